"""A page whose title is a document's formal title ("European Parliament resolution of 17
January 2024 on virtual worlds - opportunities, risks and policy implications for the single
market"), as a record of that document is titled, and whose body takes it up by its kind noun
("this own-initiative resolution", "The Recommendation calls on ..."): the page describes that
document, named by its whole title, subtitle and all, where the body never repeats the name."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft, Mention
from extractors.extract.legal_names import MAX_FORMAL_TITLE_WORDS, document_title

_MAX_MODIFIERS = 2  # "this own-initiative resolution", "the new Council Recommendation"


def formal_title_draft(context: DocumentContext) -> Draft | None:
    """The page's document, when its title is the document's formal title and the body
    refers back to it by its kind noun after "this" or "the"."""
    title = (context.document.title or "").strip()
    if not context.blocks or len(title.split()) > MAX_FORMAL_TITLE_WORDS:
        return None
    titled = document_title(title)
    if titled is None:
        return None
    kind = titled[0]
    taken_up = re.compile(
        rf"\b(?:this|the)\s+(?:[\w-]+\s+){{0,{_MAX_MODIFIERS}}}?{re.escape(kind)}\b", re.IGNORECASE
    )
    block = context.blocks[0]
    if taken_up.search(context.text, block.span.end) is None:
        return None
    draft = Draft(title, kind, "title")
    draft.mentions.append(Mention(block.span.start, block.span.end, 0))
    return draft
