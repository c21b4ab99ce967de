"""Which initiatives a page describes, their name variants, and the blocks each one owns.

Sources, strongest first: a heading that names an initiative (it owns its section), the
title when the prose confirms it, then names in prose. Variants merge under one name:
same words ("ICT Coalition" / "The ICT Coalition for Children Online" by prefix), acronym
("BIK+"), case. The page's primary initiative owns the blocks no heading initiative owns;
names that own nothing are only mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from extractors.extract.context import DocumentContext
from extractors.extract.names import (
    NameCandidate,
    acronym_of,
    find_names,
    heading_name,
    heading_year,
    name_key,
    vocabulary,
)
from extractors.extract.structure import section_end

_ACRONYM = re.compile(r"[A-Z][A-Z0-9+&]{1,11}")
_SHORT_NAME = re.compile(
    r"\s*\((?:the\s+)?[\u2018'\"\u201c]?([A-Z][^()\u2019'\"\u201d]{1,40}?)[\u2019'\"\u201d]?\)"
)


@dataclass
class Mention:
    start: int
    end: int
    block: int
    is_name: bool = True  # False for a back-reference ("the Coalition")


@dataclass
class Draft:
    """An initiative while it is being extracted."""

    name: str
    kind: str
    source: str  # "title" | "heading" | "prose"
    heading: int | None = None
    heading_year: str | None = None
    variants: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    owned: set[int] = field(default_factory=set)  # block indices

    @property
    def keys(self) -> set[str]:
        return {name_key(variant) for variant in [self.name, *self.variants]}

    @property
    def acronym_spellings(self) -> set[str]:
        """ "BIK+" from "... (BIK+)", or a variant that is an acronym itself."""
        found = {acronym_of(v) for v in [self.name, *self.variants]}
        found |= {v for v in self.variants if _ACRONYM.fullmatch(v)}
        return {a for a in found if a}

    @property
    def acronyms(self) -> set[str]:
        return {a.casefold() for a in self.acronym_spellings}

    def aliases(self) -> list[str]:
        seen = {name_key(self.name)}
        aliases = []
        for variant in [*self.variants, *sorted(self.acronym_spellings)]:
            if name_key(variant) not in seen:
                seen.add(name_key(variant))
                aliases.append(variant)
        return aliases


def _strip_plus(key: str) -> tuple[str, bool]:
    return key.rstrip("+").strip(), key.endswith("+")


def is_variant(short: str, long: str, long_acronyms: AbstractSet[str] = frozenset()) -> bool:
    """True when name key `short` names the same initiative as name key `long`."""
    if short == long:
        return True
    short_words = short.split()
    if short_words[0] in long_acronyms and len(short_words) <= 2:
        return True  # "BIK+ strategy" for "... (BIK+)"
    short_core, short_plus = _strip_plus(short)
    long_core, long_plus = _strip_plus(long)
    if short_plus != long_plus:
        return False  # "Code of conduct+" is not the "Code of conduct" it replaced
    words = short_core.split()
    return (
        len(words) >= 2
        and any(word in vocabulary().kinds for word in words)
        and (long_core + " ").startswith(short_core + " ")
    )


def _matching_draft(key: str, drafts: list[Draft]) -> Draft | None:
    matches = [
        draft
        for draft in drafts
        if any(is_variant(key, k, draft.acronyms) or is_variant(k, key) for k in draft.keys)
        or key in draft.acronyms
    ]
    return matches[0] if len(matches) == 1 else None


def _heading_drafts(context: DocumentContext) -> list[Draft]:
    drafts = []
    for index, block in enumerate(context.blocks):
        if block.kind != "heading":
            continue
        named = heading_name(block.text)
        if named is None:
            continue
        draft = Draft(named[0], named[1], "heading", index, heading_year(block.text))
        draft.owned = set(range(index + 1, section_end(context.blocks, index)))
        draft.mentions.append(Mention(block.span.start, block.span.end, index))
        drafts.append(draft)
    for outer in drafts:
        for inner in drafts:
            if inner is not outer and inner.heading in outer.owned:
                outer.owned -= inner.owned | {inner.heading}  # a nested initiative's own blocks
    return drafts


def _prose_candidates(context: DocumentContext) -> list[tuple[NameCandidate, int]]:
    found = []
    for sentence in context.sentences:
        if context.blocks[sentence.block].kind == "title":
            continue
        for candidate in find_names(sentence.text):
            absolute = NameCandidate(
                candidate.name,
                candidate.kind,
                candidate.start + sentence.start,
                candidate.end + sentence.start,
            )
            found.append((absolute, sentence.block))
    return found


def _title_draft(context: DocumentContext, prose: list[tuple[NameCandidate, int]]) -> Draft | None:
    """The title's initiative, when the prose names it too (by name, variant or acronym)."""
    title = context.document.title or ""
    named = heading_name(title) or heading_name(title.split(":", 1)[-1].strip())
    if named is None:
        return None
    # A page title's article is the title's, not the name's: "The Code of conduct on ...".
    name = re.sub(r"^The\s+", "", named[0])
    draft = Draft(name, named[1], "title", 0 if context.blocks else None)
    body_key = name_key(context.text[context.blocks[0].span.end :]) if context.blocks else ""
    acronym = acronym_of(draft.name)
    body_words = (
        set(context.text[context.blocks[0].span.end :].split()) if context.blocks else set()
    )
    confirmed = (
        name_key(draft.name) in body_key
        or acronym in body_words
        or any(_matching_draft(name_key(candidate.name), [draft]) for candidate, _ in prose)
    )
    if not confirmed and not any(candidate.kind == draft.kind for candidate, _ in prose):
        # No other name of its kind in the prose: "the Alliance" can only be the title's.
        body = context.text[context.blocks[0].span.end :] if context.blocks else ""
        confirmed = re.search(rf"\b[Tt]he {re.escape(draft.kind.capitalize())}\b", body) is not None
    return draft if confirmed else None


def _cluster(
    prose: list[tuple[NameCandidate, int]], drafts: list[Draft], context_text: str
) -> list[Draft]:
    """Attach each prose name to its initiative, or start a new (mentioned) one."""
    for candidate, block in prose:
        key = name_key(candidate.name)
        if not key:
            continue
        draft = _matching_draft(key, drafts)
        if draft is None:
            draft = Draft(candidate.name, candidate.kind, "prose")
            drafts.append(draft)
        elif candidate.name not in draft.variants and key != name_key(draft.name):
            _add_variant(draft, candidate.name)
        draft.mentions.append(Mention(candidate.start, candidate.end, block))
        short = _short_name_after(context_text, candidate.end)
        if short and name_key(short) not in draft.keys:
            draft.variants.append(short)  # "... design (the BIK Code)": the page's short name
    return drafts


def _add_variant(draft: Draft, name: str) -> None:
    """A new spelling; the longest prose spelling names a prose initiative."""
    longer = len(name_key(name)) > len(name_key(draft.name))
    if draft.source != "prose" and longer:
        # A heading or title is the name; prose that runs longer ran over a verb, but the
        # acronym it gives ("Digital Services Act (DSA)") names the initiative too.
        acronym = acronym_of(name)
        if acronym and acronym not in draft.variants:
            draft.variants.append(acronym)
        return
    if draft.source == "prose" and longer:
        draft.variants.append(draft.name)
        draft.name = name
    else:
        draft.variants.append(name)


def _short_name_after(text: str, end: int) -> str | None:
    match = _SHORT_NAME.match(text, end)
    if match is None or not any(w.lower() in vocabulary().kinds for w in match.group(1).split()):
        return None
    return match.group(1)


def _title_kinds(context: DocumentContext) -> set[str]:
    words = re.findall(r"\w+", (context.document.title or "").lower())
    return set(words) & vocabulary().kinds


def _primary(drafts: list[Draft], context: DocumentContext) -> Draft | None:
    """The initiative the whole page is about, when no heading splits it into sections."""
    titled = [draft for draft in drafts if draft.source == "title"]
    if titled:
        return titled[0]
    if any(draft.source == "heading" for draft in drafts):
        return None
    kinds = _title_kinds(context)
    named_in_title = [d for d in drafts if d.kind in kinds and d.mentions]
    if not named_in_title:
        return _joined_in_lead(drafts, context)
    return max(named_in_title, key=lambda draft: len(draft.mentions))


def _joined_in_lead(drafts: list[Draft], context: DocumentContext) -> Draft | None:
    """ "TikTok and LinkedIn have joined the Code of conduct ...": the lead says who joined what."""
    lead = next((i for i, b in enumerate(context.blocks) if b.kind == "paragraph"), None)
    if lead is None:
        return None
    for sentence in context.sentences_of(lead):
        if not sentence.has_cue("SIGNATORY"):
            continue
        for draft in drafts:
            if any(sentence.start <= m.start < sentence.end for m in draft.mentions):
                return draft
    return None


def find_initiatives(context: DocumentContext) -> tuple[list[Draft], list[Draft]]:
    """The initiatives the page describes (owning blocks) and those it only mentions."""
    prose = _prose_candidates(context)
    drafts = _heading_drafts(context)
    title = _title_draft(context, prose)
    if title is not None:
        drafts.insert(0, title)
    drafts = _cluster(prose, drafts, context.text)
    primary = _primary(drafts, context)
    if primary is not None:
        owned_by_headings = set().union(*(d.owned for d in drafts if d.source == "heading"))
        primary.owned = set(range(1, len(context.blocks))) - owned_by_headings
    described = [d for d in drafts if d.owned or d is primary]
    organisations = {context.text[start:end] for start, end in context.organisations}
    mentioned = [d for d in drafts if d not in described and d.name not in organisations]
    _add_back_references(context, described)
    return described, mentioned


def _back_reference_pattern(kind: str) -> re.Pattern[str]:
    modifiers = "|".join(sorted(vocabulary().anaphor_modifiers))
    return re.compile(
        rf"\b(?:(?:the|this|its|a|an)\s+)(?:(?:{modifiers})\s+)*{re.escape(kind)}\b"
        r"(?P<complement>\s+(?:of|for|to)\b)?",
        re.IGNORECASE,
    )


def _add_acronym_mentions(context: DocumentContext, draft: Draft) -> None:
    """ "The DSA entered into force ...": the acronym alone names the initiative."""
    named = [(m.start, m.end) for m in draft.mentions]
    for acronym in sorted(draft.acronym_spellings):
        for match in re.finditer(rf"(?<![\w(]){re.escape(str(acronym))}(?![\w)])", context.text):
            if any(s <= match.start() < e for s, e in named):
                continue
            block = _block_at(context, match.start())
            if context.blocks[block].kind != "title":
                draft.mentions.append(Mention(match.start(), match.end(), block, is_name=False))


def _block_at(context: DocumentContext, offset: int) -> int:
    for index, block in enumerate(context.blocks):
        if block.span.start <= offset <= block.span.end:
            return index
    return 0


def _add_spelled_mentions(context: DocumentContext, draft: Draft) -> None:
    """The name written in another case ("published guidelines on the protection of minors")."""
    named = [(m.start, m.end) for m in draft.mentions]
    for variant in sorted({draft.name, *draft.variants}, key=lambda v: (-len(v), v)):
        if len(variant.split()) < 2:
            continue
        pattern = rf"(?<!\w){re.escape(variant)}(?!\w)"
        for match in re.finditer(pattern, context.text, flags=re.IGNORECASE):
            if any(s <= match.start() < e for s, e in named):
                continue
            block = _block_at(context, match.start())
            if context.blocks[block].kind != "title":
                draft.mentions.append(Mention(match.start(), match.end(), block))
                named.append((match.start(), match.end()))


def _add_back_references(context: DocumentContext, described: list[Draft]) -> None:
    """ "the Coalition", "a new coalition", "the strategy": mentions of the owner of the block."""
    for draft in described:
        _add_spelled_mentions(context, draft)
        _add_acronym_mentions(context, draft)
        pattern = _back_reference_pattern(draft.kind)
        named = [(m.start, m.end) for m in draft.mentions]
        for block_index in sorted(draft.owned):
            block = context.blocks[block_index]
            for match in pattern.finditer(block.text):
                start, end = match.start() + block.span.start, match.end() + block.span.start
                is_new = "new" in match.group(0).lower().split()
                if re.match(r"(?i)an?\s", match.group(0)) and not is_new:
                    continue  # "a coalition" is any coalition; "a new coalition" is this one
                if match.group("complement") and not is_new:
                    continue  # "the Code of conduct" is a name of its own, not "the Code"
                if any(s <= start < e for s, e in named):
                    continue
                draft.mentions.append(Mention(start, end, block_index, is_name=False))
        draft.mentions.sort(key=lambda mention: mention.start)


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


def nearest_initiative(
    drafts: list[Draft], start: int, end: int, within: tuple[int, int]
) -> Draft | None:
    """The initiative whose mention inside `within` (a sentence) is nearest to start..end.

    Mentions inside start..end itself do not count: a list of members may name an initiative
    ("ICT Coalition") without being about it. Ties go to the earlier draft of `drafts`.
    """
    best: tuple[int, int] | None = None
    chosen = None
    for order, draft in enumerate(drafts):
        for mention in draft.mentions:
            if not within[0] <= mention.start < within[1] or start <= mention.start < end:
                continue
            key = (_gap(mention.start, mention.end, start, end), order)
            if best is None or key < best:
                best, chosen = key, draft
    return chosen
