"""Teasers and the page's tail: what a general extractor keeps after the article ends.

After the article, pages append their own promotion: "Read also: <a link>", a "Related
articles" or "Comments" section, newsletter calls, a column of links to other posts. The
evidence used is where a block stands (its share of the text before it) and whether it is a
link of the page, with the section labels of `boilerplate.toml` that open such a tail:

- a block that is a label and a link of the page ("Lea más: <title of another article>") is
  a teaser wherever it stands;
- in the last part of the text, a short block that is a tail label ("Related articles",
  "Comments", "Weitere Themen") ends the article: it and what follows go;
- in the last part of the text, a block that is wholly the text of a link of the page is a
  link to elsewhere (a previous/next post, a teaser), not the article's own text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.clean.walk import RawBlock

# Where the tail starts, as a share of the text's characters: labels and links after it.
_TAIL_LABEL_FROM = 0.7
_TAIL_LINK_FROM = 0.8
_MAX_LABEL_WORDS = 12
_LABELLED = re.compile(r"^([^:]{1,40}):\s*(.+)$")


def drop_teasers(
    blocks: list[RawBlock], link_texts: set[str], tail_labels: re.Pattern[str]
) -> list[RawBlock]:
    blocks = [block for block in blocks if not _is_labelled_link(block, link_texts)]
    blocks = _cut_at_tail_label(blocks, tail_labels)
    return _drop_tail_links(blocks, link_texts)


def link_keys(texts: Iterable[str]) -> set[str]:
    """The page's link texts, white space collapsed as in blocks."""
    return {" ".join(text.split()) for text in texts}


def _is_labelled_link(block: RawBlock, link_texts: set[str]) -> bool:
    match = _LABELLED.match(block.text)
    return match is not None and match.group(2) in link_texts


def _cut_at_tail_label(blocks: list[RawBlock], tail_labels: re.Pattern[str]) -> list[RawBlock]:
    for index in _tail_indices(blocks, _TAIL_LABEL_FROM):
        text = blocks[index].text
        if len(text.split()) <= _MAX_LABEL_WORDS and tail_labels.match(text):
            return blocks[:index]
    return blocks


def _drop_tail_links(blocks: list[RawBlock], link_texts: set[str]) -> list[RawBlock]:
    tail = set(_tail_indices(blocks, _TAIL_LINK_FROM))
    return [
        block
        for index, block in enumerate(blocks)
        if index not in tail or block.text not in link_texts
    ]


def _tail_indices(blocks: list[RawBlock], share: float) -> list[int]:
    """The indices of the blocks that start after `share` of the text's characters."""
    total = sum(len(block.text) for block in blocks)
    found = []
    before = 0
    for index, block in enumerate(blocks):
        if before >= share * total:
            found.append(index)
        before += len(block.text)
    return found
