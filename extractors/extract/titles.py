"""An initiative named in sentence case as the head of a page's title.

"Commission publishes guidelines on the protection of minors online under the Digital
Services Act": the title's object, a kind noun with its complement, names the initiative
the page is about when the body writes the same words ("published guidelines on the
protection of minors under ..."). The name is the longest run of the title's words that
the body repeats, with an "under/of the <Name>" the body adds after it.
"""

from __future__ import annotations

import re

from extractors.extract.names import vocabulary

_MIN_COMPLEMENT_WORDS = 3  # "guidelines on the protection ..." , not "guidelines on age"
_COMPLEMENT = ("on", "of", "for", "to", "against")
_BASE_ACT = re.compile(r"\s+(?:under|of)\s+the\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*")


def _head(title: str) -> tuple[list[str], str] | None:
    """The title's words from its first lower-case kind noun that a complement follows."""
    words = title.split()
    vocab = vocabulary()
    for index, word in enumerate(words[1:], start=1):
        kind = word.lower()
        is_kind = word == kind and kind in vocab.kinds and kind not in vocab.weak_kinds
        if is_kind and index + 1 < len(words) and words[index + 1] in _COMPLEMENT:
            return words[index:], kind
    return None


def title_head_name(title: str, body: str) -> tuple[str, str] | None:
    """(name, kind) of the initiative the title's head names in sentence case, or None."""
    head = _head(title)
    if head is None:
        return None
    words, kind = head
    for length in range(len(words), 1 + _MIN_COMPLEMENT_WORDS, -1):
        phrase = r"\s+".join(re.escape(word) for word in words[:length])
        match = re.search(rf"(?<!\w){phrase}(?!\w)", body, flags=re.IGNORECASE)
        if match is None:
            continue
        end = match.end()
        base = _BASE_ACT.match(body, end)
        if base is not None and length < len(words):
            end = base.end()
        name = body[match.start() : end]
        return name[:1].upper() + name[1:], kind
    return None
