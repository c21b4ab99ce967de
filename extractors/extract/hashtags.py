"""A heading that spells a campaign's hashtag in words: "Say no!" over "... the #SayNo!
awareness campaign". The heading names that campaign and owns its section."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft, Mention
from extractors.extract.names import NameCandidate
from extractors.extract.structure import section_end


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def hashtags_by_spelling(
    prose: list[tuple[NameCandidate, int]],
) -> dict[str, tuple[NameCandidate, int]]:
    """The page's hashtag names by their letters, first mention first: one pass."""
    found: dict[str, tuple[NameCandidate, int]] = {}
    for candidate, block in prose:
        if candidate.name.startswith("#"):
            found.setdefault(_letters(candidate.name), (candidate, block))
    return found


def hashtag_heading_draft(
    context: DocumentContext, index: int, hashtags: dict[str, tuple[NameCandidate, int]]
) -> Draft | None:
    """The campaign heading `index` spells, when its section names it by its hashtag."""
    heading = context.blocks[index]
    named = hashtags.get(_letters(heading.text))
    if named is None:
        return None
    section = range(index + 1, section_end(context.blocks, index))
    if named[1] not in section:
        return None
    draft = Draft(named[0].name, named[0].kind, "heading", index)
    draft.variants.append(heading.text.rstrip("!.:"))
    draft.owned = set(section)
    draft.mentions.append(Mention(heading.span.start, heading.span.end, index))
    return draft
