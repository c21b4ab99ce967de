"""The semantic diff of two extractions of one page: what a subscriber must be told.

Items are compared by identity (normalised names, action texts), never by position or markup,
so reordering, case, white space and boilerplate changes yield nothing. When the new version
does not look like a real version of the page (see `pipeline.compare.page_health`), removals
are withheld: "everything was removed" is the worst false alarm.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.compare.evidence import FIELD_CUES, STATUS_CUES, sentence_at, stating_sentence
from pipeline.compare.matching import (
    ACTION_REWORD_THRESHOLD,
    loose_key,
    match_initiatives,
    normalize_text,
    pair_best_first,
    pair_remaining,
    similarity,
)
from pipeline.compare.page_health import assess_health
from pipeline.compare.renames import link_renames
from schemas.changes import (
    REMOVAL_KINDS,
    ActionAdded,
    ActionRemoved,
    ActionReworded,
    Change,
    ChangeEvent,
    DiffResult,
    FieldChanged,
    HealthProblem,
    InitiativeAdded,
    InitiativeRemoved,
    SignatoryJoined,
    SignatoryLeft,
    StatusChanged,
)
from schemas.document import Span
from schemas.extraction import Action, Extraction, Initiative

# Problems meaning the new capture is not the page at all: nothing it says is a change.
NOT_THE_PAGE = frozenset(
    {"error_page", "maintenance_page", "login_page", "http_error", "empty_extraction"}
)


def diff_extractions(
    old: Extraction, new: Extraction, *, http_status: int | None = None
) -> DiffResult:
    """Changes from `old` to `new`, with the health of `new`; no removals when unhealthy."""
    health = assess_health(new, old, http_status=http_status)
    changes = [event.to_change() for event in compare_extractions(old, new)]
    return DiffResult(changes=withhold_on_problems(changes, health), health=health)


def _lost_or_stub(change: Change) -> bool:
    """A removal, or what a removal is in effect (a status or a field no longer given), or the
    page's new title: what an unsound capture cannot be believed on."""
    if change.kind in REMOVAL_KINDS or change.kind == "status_changed":
        return True
    if change.kind == "field_changed":
        return change.new is None or (change.field == "title" and change.initiative is None)
    return False


def withhold_on_problems(changes: list[Change], health: list[HealthProblem]) -> list[Change]:
    """No removals nor a new title from an unsound page; nothing at all from a page that is not
    the page."""
    if any(problem.kind in NOT_THE_PAGE for problem in health):
        return []
    if health:
        # An unsound capture's title is the error or stub page's ("Press corner"), as
        # untrustworthy as what it lost.
        return [change for change in changes if not _lost_or_stub(change)]
    return changes


def compare_extractions(old: Extraction, new: Extraction) -> list[ChangeEvent]:
    """Every change between the two extractions, health aside (pure, deterministic)."""
    events: list[ChangeEvent] = []
    if normalize_text(old.title or "") != normalize_text(new.title or ""):
        events.append(FieldChanged(field="title", old=old.title, new=new.title))
    matching = match_initiatives(old.initiatives, new.initiatives, new.mentioned)
    for before, after in matching.same:
        events.extend(_initiative_changes(before, after, old, new))
    for before, after in matching.renamed:
        quote = quote_at(new.text, after.evidence)
        events.append(
            FieldChanged(
                initiative=before.name,  # the name the reader knows it by
                field="name",
                old=before.name,
                new=after.name,
                evidence=after.evidence,
                quote=quote,
            )
        )
        events.extend(_initiative_changes(before, after, old, new))
    for initiative in matching.removed:
        quote = quote_at(old.text, initiative.evidence)
        events.append(
            InitiativeRemoved(initiative=initiative.name, evidence=initiative.evidence, quote=quote)
        )
    for initiative in matching.added:
        quote = quote_at(new.text, initiative.evidence)
        events.append(
            InitiativeAdded(initiative=initiative.name, evidence=initiative.evidence, quote=quote)
        )
    return events


def _initiative_changes(
    old: Initiative, new: Initiative, old_page: Extraction, new_page: Extraction
) -> Iterator[ChangeEvent]:
    name, evidence = new.name, new.evidence
    if old.status != new.status:
        quote = _stating(new_page, new, STATUS_CUES.get(new.status, ()), new.ended or new.launched)
        yield StatusChanged(
            initiative=name, old=old.status, new=new.status, evidence=evidence, quote=quote
        )
    for field in ("launched", "ended"):
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            # A date no longer given is proved by the old page's sentence.
            page, item = (new_page, new) if after is not None else (old_page, old)
            yield FieldChanged(
                initiative=name,
                field=field,
                old=before,
                new=after,
                evidence=evidence,
                quote=_stating(page, item, FIELD_CUES[field], after or before),
            )
    yield from _signatory_changes(old, new, old_page.text, new_page.text)
    yield from _action_changes(old, new, old_page.text, new_page.text)


def _stating(
    page: Extraction, item: Initiative, cues: tuple[str, ...], date: str | None
) -> str | None:
    """The page's sentence that states an initiative's status or date."""
    dates = [d.evidence for d in page.dates if date and d.value == date and d.evidence]
    return stating_sentence(
        page.text, item.evidence, cue_labels=cues, date_spans=dates, name=item.name
    )


def _signatory_changes(
    old: Initiative, new: Initiative, old_text: str, new_text: str
) -> Iterator[ChangeEvent]:
    before = {normalize_text(s.name): s for s in old.signatories}
    after = {normalize_text(s.name): s for s in new.signatories}
    left = [
        SignatoryLeft(
            initiative=new.name,
            signatory=signatory.name,
            evidence=signatory.evidence,
            quote=quote_at(old_text, signatory.evidence),
        )
        for key, signatory in before.items()
        if key not in after
    ]
    joined = [
        SignatoryJoined(
            initiative=new.name,
            signatory=signatory.name,
            evidence=signatory.evidence,
            quote=quote_at(new_text, signatory.evidence),
        )
        for key, signatory in after.items()
        if key not in before
    ]
    left, joined = link_renames(left, joined)
    yield from left
    yield from joined
    for key, signatory in after.items():
        if key in before and before[key].role != signatory.role:
            yield FieldChanged(
                initiative=new.name,
                field="role",
                value=signatory.name,
                old=before[key].role,
                new=signatory.role,
                evidence=signatory.evidence,
                quote=quote_at(new_text, signatory.evidence),
            )


def _action_changes(
    old: Initiative, new: Initiative, old_text: str, new_text: str
) -> Iterator[ChangeEvent]:
    kept = {loose_key(a.text) for a in old.actions} & {loose_key(a.text) for a in new.actions}
    gone = [a for a in old.actions if loose_key(a.text) not in kept]
    came = [a for a in new.actions if loose_key(a.text) not in kept]
    pairs = pair_best_first(gone, came, _action_similarity, ACTION_REWORD_THRESHOLD)
    pairs += _extended_pairs(gone, came, pairs)
    pairs += _same_place_pairs(old, new, gone, came, pairs)
    for i, j in pairs:
        before, after = gone[i], came[j]
        yield ActionReworded(
            initiative=new.name,
            strand=after.strand,
            old=before.text,
            new=after.text,
            evidence=after.evidence,
            quote=quote_at(new_text, after.evidence),
        )
    for i, action in enumerate(gone):
        if i not in {p[0] for p in pairs}:
            yield ActionRemoved(
                initiative=new.name,
                strand=action.strand,
                text=action.text,
                evidence=action.evidence,
                quote=quote_at(old_text, action.evidence),
            )
    for j, action in enumerate(came):
        if j not in {p[1] for p in pairs}:
            yield ActionAdded(
                initiative=new.name,
                strand=action.strand,
                text=action.text,
                evidence=action.evidence,
                quote=quote_at(new_text, action.evidence),
            )


def _same_place_pairs(
    old: Initiative,
    new: Initiative,
    gone: list[Action],
    came: list[Action],
    paired: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """A rewording too thorough for the similarity match still sits where the old item did:
    same strand, same place, in a list of unchanged length, and keeps some of its words. Such an
    item was reworded, not dropped and replaced."""
    taken_old, taken_new = {i for i, _ in paired}, {j for _, j in paired}
    old_places = {
        _place(old.actions, action): i for i, action in enumerate(gone) if i not in taken_old
    }
    pairs = []
    for j, action in enumerate(came):
        i = old_places.get(_place(new.actions, action))
        if j not in taken_new and i is not None and _shared_words(gone[i], action) >= 2:
            pairs.append((i, j))
    return pairs


_KEPT_SHARE = 0.8  # of the shorter wording's content words, that the longer one keeps
_KEPT_WORDS = 4  # content words the shorter wording must have for the share to mean much


def _extended_pairs(
    gone: list[Action], came: list[Action], paired: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """An item lengthened or cut in the same strand keeps the other's words, though its
    characters changed too much for the similarity match: "Price indication must be clear"
    became "Price indication must be clear: the price must also be shown in euros"."""
    # Each wording's words read once, not once per pair it is scored in.
    worded = [(a, _content_words(a)) for a in gone], [(a, _content_words(a)) for a in came]

    def kept_share(old: tuple[Action, set[str]], new: tuple[Action, set[str]]) -> float:
        if old[0].strand != new[0].strand:
            return 0.0
        shorter = min(len(old[1]), len(new[1]))
        return 0.0 if shorter < _KEPT_WORDS else len(old[1] & new[1]) / shorter

    return pair_remaining(*worded, paired, kept_share, _KEPT_SHARE)


def _content_words(action: Action) -> set[str]:
    """Content words (four letters or more) of an action's wording."""
    return set(re.findall(r"[a-z]{4,}", action.text.lower()))


def _shared_words(old: Action, new: Action) -> int:
    """Content words (four letters or more) both wordings use."""
    return len(_content_words(old) & _content_words(new))


def _place(actions: list[Action], action: Action) -> tuple[str | None, int, int]:
    """(strand, position within the strand, length of the strand's list)."""
    strand = [a for a in actions if a.strand == action.strand]
    position = next(k for k, a in enumerate(strand) if a is action)
    return action.strand, position, len(strand)


def _action_similarity(old: Action, new: Action) -> float:
    return similarity(old.text, new.text, at_least=ACTION_REWORD_THRESHOLD)


def quote_at(text: str, span: Span | None) -> str | None:
    """The sentence of `text` holding `span`, as evidence an alert can quote."""
    return sentence_at(text, span)
