"""The registered initiatives a page's drafts, title and headings name.

Drafts get the registry id one of their spellings names; a title or a heading that is a
registered name gives a draft or tells an occasion; the page's dates are checked against the
registry's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise

from extractors.extract.drafts import Draft
from extractors.extract.heading_names import OCCASION_OF, title_verbs
from extractors.extract.names import COMPLEMENT_WORDS, POSSESSIVE_S, NameCandidate, vocabulary
from extractors.extract.national_members import national_members
from extractors.extract.registry_mentions import COMPLEMENT, registry_candidates, registry_matches
from extractors.extract.roles import is_working_body
from extractors.extract.titles import title_verb_name
from extractors.registry import Registry, load_initiatives

# A year right after a name: an edition of an event ("Safer Internet Forum 2024 looks back ...").
_EDITION = re.compile(r"\s+(?:19|20)\d\d\b")
# What may follow a name in a heading: "(2009)", "(RAN)", "2024".
# A title's separator between the series it belongs to and its own subject: a dash.
_LABEL_SEPARATOR = re.compile(r"\s+[-\u2013\u2014]\s+")
_HEADING_TAIL = re.compile(r"(?:\s*\([^()]{1,20}\)|\s+(?:19|20)\d\d)+\s*$")


def registry_id_of(
    names: list[str], named: set[str], registry: Registry | None = None
) -> str | None:
    """The registry id the first resolvable spelling of an initiative names, or None."""
    registry = registry or load_initiatives()
    for name in names:
        entry = registry.resolve(name, named)
        if entry is not None:
            return entry.id
    return None


def _named_in(body: str, body_ids: set[str], entry_id: str) -> bool:
    """True when the body names the entry: in a global form, or a contextual one ("the Forum")."""
    if entry_id in body_ids:
        return True
    entry = load_initiatives().get(entry_id)
    forms = entry.contextual_aliases if entry else ()
    return any(re.search(rf"\b{re.escape(form)}\b", body) for form in forms)


def title_registry_drafts(title: str, body: str) -> list[Draft]:
    """The registered initiatives a page's title names and its body names again.

    "Insafe and INHOPE" gives two; a title that names a registered initiative as the
    complement of its own name ("Special group on the EU Code of conduct ...") gives that
    longer name, unregistered: the page is about the group, not the Code.
    """
    if label_rest(title, body) is not None:
        return []  # "<Strategy> - Report on the X consultation": the page is about X
    body_ids: set[str] | None = None  # read only for a title that names one: a long body
    drafts = []
    # "Safer Internet Centre in Ukraine": a national member, not the registered network
    candidates = [c for c in national_members(registry_candidates(title), title) if c.registry_id]
    # A press title names a handful; each is read against the whole title and body once, so a
    # title repeating thousands of names stays linear.
    candidates = candidates[:_TITLE_CANDIDATES]
    starts = {candidate.start for candidate in candidates}
    announced = title_verb_name(title) if candidates else None
    basis: set[str] = set()
    kind_at = _first_kind_noun_at(title) if candidates else None
    for candidate in candidates:
        if _owned_start(title, candidate) in starts or _owns_a_named_thing(title, candidate):
            continue  # "the <Forum>'s <Programme>": the owned thing is the topic, not its owner
        if announced is not None and _complement_of(announced, candidate):
            continue  # "... sign a cooperation agreement on the <Act>": the agreement is
        if candidate.registry_id in basis or _basis_of_named_text(title, candidate.start, kind_at):
            # "Guidelines on ... practices, as defined by the <Act>": the guidelines; the
            # law's other form after it ("Regulation (EU) 2024/1689 (AI Act)") is the law again
            basis.add(candidate.registry_id or "")
            continue
        prefix = title[: candidate.start]
        if _names_a_part(prefix):
            name = title[: candidate.end]
            return [Draft(name, name.split()[1].lower() if " " in name else name, "title", 0)]
        if _is_occasion(candidate, title):
            continue  # "Safer Internet Day 2017: Commission welcomes alliance ...": the occasion
        if _a_class_of(candidate):
            continue  # "EU safer internet programmes, 1999-2013": the series, not one of them
        if body_ids is None:
            body_ids = {match.entry_id for match in registry_matches(body)}
        if _named_in(body, body_ids, candidate.registry_id or ""):
            draft = Draft(candidate.name, candidate.kind, "title", 0)
            draft.registry_id = candidate.registry_id
            drafts.append(draft)
    return drafts


_TITLE_CANDIDATES = 12


def _a_class_of(candidate: NameCandidate) -> bool:
    """Whether a registered name is written with its last noun in the plural where the
    registry's name has it in the singular ("safer internet programmes", "Safer Internet
    Programmes"): the series of that kind, not one of them."""
    entry = load_initiatives().get(candidate.registry_id or "")
    if entry is None:
        return False
    written, own = candidate.name.split()[-1].casefold(), entry.name.split()[-1].casefold()
    return written.startswith(own) and written[len(own) :] in ("s", "es")


def _complement_of(announced: tuple[str, str], registered: NameCandidate) -> bool:
    """Whether the registered name ends the complement of a name of another kind that the
    title's verb announces ("Cooperation agreement on the Digital Services Act")."""
    name, kind = announced
    folded, inner = name.casefold(), registered.name.casefold()
    return folded.endswith(inner) and kind != registered.kind


def label_rest(title: str, body: str) -> str | None:
    """The title's own subject after a registered name that only labels it ("European
    strategy ... (BIK+) - Report on the X consultation"): the rest after the separator, when
    it names another initiative by a kind noun the body writes with the word before it."""
    candidates = registry_candidates(title)
    first = candidates[0] if candidates else None
    if first is None or title[: first.start].strip():
        return None
    separator = _LABEL_SEPARATOR.match(title, first.end)
    rest = title[separator.end() :] if separator else ""
    words = rest.split()
    kinds = vocabulary().kinds
    folded = body.casefold()
    for before, word in pairwise(words):
        named = before != before.lower()  # a name's modifier, not "the consultation"
        if named and word.lower() in kinds and f"{before} {word}".casefold() in folded:
            return rest
    return None


def _owned_start(title: str, candidate: NameCandidate) -> int:
    """Where the thing a name owns starts in the title ("Forum's Programme"), else -1."""
    owner = POSSESSIVE_S.match(title, candidate.end)
    return owner.end() if owner else -1


def _owns_a_named_thing(title: str, candidate: NameCandidate) -> bool:
    """ "The <Network>'s key principles on in-game virtual currencies": what the registered
    name owns is named by its kind noun and complement, so it is the title's topic."""
    owned = _owned_start(title, candidate)
    if owned < 0:
        return False
    words = [word.strip(",.:;") for word in title[owned:].split()]
    kinds = vocabulary().kinds
    return any(
        word.lower() in kinds and following in COMPLEMENT_WORDS
        for word, following in pairwise(words)
    )


# What introduces the law another text rests on: "established by", "as defined by", "laid
# down in", "adopted under".
_BASIS = re.compile(
    r"\b(?:(?:[a-z]+ed|set\s+out|laid\s+down)\s+(?:by|in|under|pursuant\s+to)|under)"
    r"\s+(?:the\s+)?$"
)


def _basis_of_named_text(title: str, start: int, kind_at: int | None) -> bool:
    """Whether the registered name at `start` is the basis of a text the title names before it
    by a kind noun ("Commission Guidelines on prohibited AI practices established by
    <Regulation>"): the page is about that text, and the law is only mentioned. Only the words
    right before the name are read: a title may name thousands of things."""
    return _basis_at(title, start, kind_at) is not None


def _basis_at(title: str, start: int, kind_at: int | None) -> re.Match[str] | None:
    """The words that introduce the law at `start` as a named text's basis, or None."""
    if kind_at is None or kind_at >= start:
        return None
    return _BASIS.search(title, max(0, start - _BASIS_CHARS), start)


_BASIS_CHARS = 40  # "... as defined by the ", "... laid down pursuant to the "


def before_basis(title: str) -> str:
    """The title up to the law another text it names rests on ("Commission Guidelines on ...
    established by <Regulation> (<Act>)" -> "Commission Guidelines on ..."): the law is no
    kind of what the page is about. The whole title when it names no such law."""
    kind_at = _first_kind_noun_at(title)
    if kind_at is None:
        return title
    for candidate in registry_candidates(title):
        basis = _basis_at(title, candidate.start, kind_at)
        if basis is not None:
            return title[: basis.start()]
    return title


def _first_kind_noun_at(title: str) -> int | None:
    """Where the title's first strong kind noun starts, read once: "Guidelines", "code", not
    "platform" or "year" ("Platform company fined under the <Act>")."""
    words = vocabulary()
    kinds = words.kinds - words.weak_kinds
    for word in re.finditer(r"[\w-]+", title):
        if word.group(0).lower() in kinds:
            return word.start()
    return None


# A part's name before its whole's is a short noun phrase ("Special group", "Civil Society
# Advisory Group", "Expert Group on Age Verification" before "of the"/"on the"); a longer run,
# or one with a finite verb, is a press title's clause ("Commission decides to refer
# Czechia, Spain, ... due to lack of implementation of the", "What does ... mean for the").
_MAX_PART_WORDS = 5
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|do|does|did|has|have|had|will|would|can)\b")


def _names_a_part(prefix: str) -> bool:
    """ "Special group on the <Name>": a body of the initiative named before it; "Crafting of
    the <Name>" is the work on the initiative itself (a gerund heads no name), "Third meeting
    of the <Name>" an occasion of it; "Commission releases new version of the <Name>" is a
    press title whose verb says what happened to the initiative itself."""
    words = prefix.split()
    first = words[0] if words else ""
    complement = COMPLEMENT.search(prefix)
    return (
        complement is not None
        and _is_short_noun_phrase(prefix[: complement.start()])
        and not _plural_contents(prefix[: complement.start()])
        and OCCASION_OF.fullmatch(prefix) is None  # "Third meeting of the <Name>": its meeting
        and prefix[:1].isupper()
        and ":" not in prefix
        and not first.lower().endswith("ing")
        and not any(word.lower() in title_verbs() for word in words)
    )


def _is_short_noun_phrase(head: str) -> bool:
    return len(head.split()) <= _MAX_PART_WORDS and _FINITE_VERB.search(head) is None


def _plural_contents(before_complement: str) -> bool:
    """ "First rules of the <Act>", "Two years of the <Regulation>": a plural noun names what
    the initiative holds or how long it has run, not a body of it ("Special group on ...")."""
    words = before_complement.split()
    head = words[-1].lower() if words else ""
    if not head.endswith("s"):
        return False
    # "National Youth Panels of the <Strategy>", "Subgroups of the <Coalition>": bodies of it
    return not is_working_body(head[:-1])


def _tells_of_other(rest: str) -> bool:
    kinds = vocabulary().kinds
    words = [word.lower().strip(",.:;") for word in rest.split()]
    return any(word in kinds or word.removesuffix("s") in kinds for word in words)


def link_drafts(drafts: list[Draft]) -> None:
    """Give each draft the registry id one of its spellings names, on this page."""
    registry = load_initiatives()
    named = {draft.registry_id for draft in drafts if draft.registry_id}
    for draft in drafts:
        if draft.registry_id is None:
            draft.registry_id = registry_id_of([draft.name, *draft.variants], named, registry)


def unregistered_warnings(names: list[str]) -> list[str]:
    """One page-level warning per described initiative the registry does not know."""
    return [f"{name}: not in the registry (add it if it is a new initiative)" for name in names]


def registry_warnings(registry_id: str | None, launched: object, ended: object) -> list[str]:
    """Where the page's launch or end date disagrees with the registry's: the page wins."""
    entry = load_initiatives().get(registry_id) if registry_id else None
    warnings = []
    for label, page, known in (
        ("launched", launched, entry.launched if entry else None),
        ("ended", ended, entry.ended if entry else None),
    ):
        if page is not None and known is not None and not _agrees(str(page), str(known.date)):
            warnings.append(f"{label} {page} on the page, {known.date} in the registry")
    return warnings


def _agrees(page: str, known: str) -> bool:
    """Dates agree when the less precise one is a prefix of the other ("2017-02", "2017-02-07")."""
    return page.startswith(known) or known.startswith(page)


def _is_occasion(candidate: NameCandidate, title: str) -> bool:
    rest = title[candidate.end :]
    is_edition = candidate.kind == "event" or _EDITION.match(rest) is not None
    return is_edition and _tells_of_other(rest)


def title_occasion(title: str) -> str | None:
    """The registered event or edition a title opens with when it tells of something else
    ("Safer Internet Forum 2024 looks back at industry coalitions"), else None."""
    candidates = registry_candidates(title)
    first = candidates[0] if candidates else None
    if first is None or title[: first.start].strip() or not _is_occasion(first, title):
        return None
    return first.name


def heading_registry_name(heading: str) -> tuple[str, str, str] | None:
    """(name, kind, id) when a heading is a registered name, a year, acronym or article
    aside: "Age verification blueprint", "Radicalisation Awareness Network (RAN)", "An EU
    Centre to ..." (a heading may introduce what its section describes)."""
    named = _whole_registry_name(heading)
    if named is None and (subtitled := _DASH_SUBTITLE.search(heading)) is not None:
        named = _whole_registry_name(heading[: subtitled.start()])  # "X 2020 \u2013 a new format"
    return named


# A subtitle after a spaced dash: "BIK Youth Panel 2020 \u2013 a new format".
_DASH_SUBTITLE = re.compile(r"\s+[\u2013\u2014-]\s+\S")


def _whole_registry_name(heading: str) -> tuple[str, str, str] | None:
    core = _HEADING_TAIL.sub("", heading).strip()
    candidates = registry_candidates(core)
    if len(candidates) != 1:
        return None
    (candidate,) = candidates
    if (
        core[: candidate.start].strip().lower() not in ("", "the", "a", "an")
        or core[candidate.end :].strip()
    ):
        return None
    return candidate.name, candidate.kind, candidate.registry_id or ""


def heading_registry_names(heading: str, named: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(name, kind, id) of each registered initiative a heading joins with "and" or commas and
    nothing else ("BIK Youth Panel and Youth Ambassadors"): the section describes them all. A
    contextual form counts where the page names its initiative in full (`named`: id -> the
    form the page writes), and the page's full form is its name. Empty unless there are two
    or more."""
    core = _HEADING_TAIL.sub("", heading).strip()
    parts = _JOINS.split(core)
    if len(parts) < 2:
        return []
    registry, kinds = load_initiatives(), vocabulary().kinds
    found = []
    for part in parts:
        written = _LEADING_ARTICLE.sub("", part.strip())
        entry = registry.resolve(written, named) if written else None
        if entry is None:
            return []
        if registry.resolve(written) is None:
            written = named[entry.id]  # "Youth Ambassadors" where the page wrote "BIK ..."
        nouns = [word.lower() for word in written.split() if word.lower() in kinds]
        found.append((written, nouns[-1] if nouns else entry.kind, entry.id))
    return found if len({entry_id for _, _, entry_id in found}) == len(found) else []


_JOINS = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)


def merge_linked(described: list[Draft], mentioned: list[Draft]) -> tuple[list[Draft], list[Draft]]:
    """One draft per registered initiative: "Interim Regulation" and "Regulation (EU)
    2021/1232" on one page are one initiative; the described draft keeps the others' forms."""
    keeper: dict[str, Draft] = {}
    kept: list[list[Draft]] = [[], []]
    for side, drafts in enumerate((described, mentioned)):
        for draft in drafts:
            first = keeper.get(draft.registry_id or "")
            if first is None:
                if draft.registry_id:
                    keeper[draft.registry_id] = draft
                kept[side].append(draft)
                continue
            forms = [draft.name, *draft.variants]
            first.variants.extend(form for form in forms if form not in first.variants)
            first.mentions = sorted([*first.mentions, *draft.mentions], key=lambda m: m.start)
            first.owned |= draft.owned
    return kept[0], kept[1]


def is_edition(title: str, draft: Draft) -> bool:
    """True when a title names a registered event, or an initiative with a year after it."""
    entry = load_initiatives().get(draft.registry_id or "")
    if entry is not None and entry.kind == "event":
        return True
    at = title.find(draft.name)
    return at >= 0 and _EDITION.match(title, at + len(draft.name)) is not None
