"""The look-ups that keep extraction linear in the page give what the scans they replace give.

Each replaced a scan per name, separator or mention that made long pages quadratic (the
protected spans of a written list, the relations that hold a list's names, the registered
names a shape name overlaps, the drafts a prose name may match, the verb before a mention);
each is checked here against that scan on generated input.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.extract.context import Cue, Sentence, _covenant_parties
from extractors.extract.cue_owners import _CLAUSE_REACH, _last_clause
from extractors.extract.draft_matching import MatchingDrafts, matching_draft
from extractors.extract.drafts import Draft, Mention, MentionIndex
from extractors.extract.namelists import NamePiece
from extractors.extract.names import name_key
from extractors.extract.nlp import _exclaimed_names
from extractors.extract.relations import _RELATION, _RELATION_WINDOW, _relation_before
from extractors.extract.sentence_lists import _DATE_TAIL, _DATE_TAIL_REACH, _trim_tail
from extractors.extract.spans import OrderedSpans, SpanSet

spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda s: (s[0], s[0] + s[1])),
    max_size=12,
)
probes = st.tuples(st.integers(0, 80), st.integers(0, 20)).map(lambda s: (s[0], s[0] + s[1]))


@given(spans, probes)
def test_span_set_answers_as_a_scan(given_spans, probe):
    start, end = probe
    found = SpanSet(given_spans)
    assert found.overlaps(start, end) == any(s < end and start < e for s, e in given_spans)
    assert found.encloses(start, end) == any(s <= start and end <= e for s, e in given_spans)


@given(spans, probes)
def test_ordered_spans_answer_as_a_scan_sorted_or_not(given_spans, probe):
    start, end = probe
    disjoint, cursor = [], 0
    for s, e in sorted(given_spans):
        if s >= cursor:
            disjoint.append((s, e))
            cursor = max(e, s + 1)
    for case in (given_spans, disjoint):
        plain = [i for i, (s, e) in enumerate(case) if s < end and start < e]
        assert list(OrderedSpans(case).overlapping(start, end)) == plain


_WORDS = ["code", "of", "conduct", "practice", "safer", "internet", "coalition", "2018", "BIK+"]
_NAMES = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join)
_ACRONYMS = st.sampled_from(["", " (BIK+)", " (CoP)", " (SIC)"])


@st.composite
def _drafts(draw):
    drafts = []
    for _ in range(draw(st.integers(1, 6))):
        draft = Draft(draw(_NAMES) + draw(_ACRONYMS), "code", "prose")
        draft.variants = draw(st.lists(st.one_of(_NAMES, st.sampled_from(["BIK+", "CoP"]))))
        draft.registry_id = draw(st.sampled_from([None, None, "bik-plus", "cop"]))
        drafts.append(draft)
    return drafts


@settings(max_examples=300)
@given(_drafts(), st.lists(st.tuples(_NAMES, st.sampled_from([None, "bik-plus", "other"]))))
def test_matching_drafts_answers_as_a_scan_of_every_draft(drafts, names):
    matching = MatchingDrafts(drafts)
    for name, registry_id in names:
        key = name_key(name)
        assert matching(key, registry_id) is matching_draft(key, drafts, registry_id)
    # A draft added, a spelling gained and a registry id found, as clustering does, are seen
    # at once.
    drafts.append(Draft("Code of Practice on Safer Internet (CoP)", "code", "prose"))
    matching.changed(drafts[-1])
    drafts[0].variants.append("Coalition 2018")
    matching.changed(drafts[0])
    if drafts[-2].registry_id is None:
        drafts[-2].registry_id = "other"
        matching.changed(drafts[-2])
    for name, registry_id in [*names, ("cop", None), ("coalition", None), ("x", "other")]:
        key = name_key(name)
        assert matching(key, registry_id) is matching_draft(key, drafts, registry_id)


_PROSE_WORDS = ["Acme", "Ltd,", "and", "has", "also", "signed", "joined", "the", "-", "(", ")"]
_PROSE = st.lists(st.sampled_from(_PROSE_WORDS), max_size=80).map(" ".join)


@given(_PROSE, st.sampled_from(["", " ", "  "]))
def test_relation_verb_found_as_in_the_whole_sentence(prose, tail):
    # Only the window before the mention is read; a relation's words fit in it unless a run of
    # auxiliaries longer than the window stands before the verb (then the match is its tail).
    text = f"{prose}{tail}"
    plain = _RELATION.search(text)
    found = _relation_before(text, 0, len(text))
    if plain is None or plain.end() - plain.start() <= _RELATION_WINDOW:
        assert found == ((plain.start(), plain.group(0)) if plain else None)
    else:
        assert found is not None and plain.group(0).endswith(found[1])


_PIECE_WORDS = ["Acme", "from", "x", "in", "May", "2016", "followed", "on", "Ltd"]


@given(st.lists(st.sampled_from(_PIECE_WORDS), min_size=1, max_size=60).map(" ".join))
def test_a_names_date_tail_is_found_as_in_the_whole_name(name: str) -> None:
    # Only the name's end is searched for a date's tail; a tail that starts further back is
    # no date's ("from x from x ... 2016" is no "in May 2016").
    plain = _DATE_TAIL.search(name)
    trimmed = _trim_tail(NamePiece(name, 0, len(name))).name
    if plain is not None and len(name) - plain.start() <= _DATE_TAIL_REACH:
        assert trimmed == name[: plain.start()]


@given(st.lists(st.sampled_from(["a", "b", "Treaty", "Declaration"]), max_size=200))
@settings(max_examples=60)
def test_a_covenants_parties_are_read_in_the_verbs_clause_only(words: list[str]) -> None:
    # The decision reads the verb's clause, within a bounded reach: covenant words further
    # back in the sentence change nothing (a search from the sentence's start per cue was
    # quadratic in a sentence of thousands of cues).
    tail = "The Pond Declaration was adopted by Aqualand, Lilyland and Newtland."
    for text in (tail, " ".join(words) + ", " + tail):
        cue_start = text.index("adopted by")
        cue = Cue("PARTIES_BY", cue_start, cue_start + len("adopted by"))
        kept = _covenant_parties(text, (0, len(text)), (cue,))
        assert [c.label for c in kept] == ["SIGNATORY"]
    far = " ".join(["The Pond Declaration"] + ["a"] * 200) + " was adopted by A, B and C."
    cue_start = far.index("adopted by")
    cue = Cue("PARTIES_BY", cue_start, cue_start + len("adopted by"))
    assert _covenant_parties(far, (0, len(far)), (cue,)) == ()  # beyond the reach


@given(st.text(alphabet="ab ,;(", max_size=700), st.integers(0, 700))
@settings(max_examples=200)
def test_a_cues_clause_is_found_as_by_splitting_the_whole_sentence(text: str, cut: int) -> None:
    # The clause before a cue is read in its last _CLAUSE_REACH characters (splitting the
    # whole sentence once per cue was quadratic); within that reach it is what the split gives.
    end = min(cut, len(text))
    sentence = Sentence(0, len(text), 0, text)
    for marks in (",;:\u2013\u2014", ",;:\u2013\u2014("):
        whole = re.split(f"[{re.escape(marks)}]", text[:end])[-1]
        if len(whole) < _CLAUSE_REACH:
            assert _last_clause(sentence, end, marks) == whole


_MENTIONS = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 200), st.integers(1, 30)), max_size=25
)


@given(_MENTIONS, st.integers(0, 220), st.integers(0, 20), st.integers(0, 240), st.data())
@settings(max_examples=300)
def test_the_nearest_mention_is_found_as_by_scoring_every_mention(
    mentions, start: int, width: int, within_end: int, data
) -> None:
    # `nearest` walks outwards from the cue only as far as a mention may still be as near as
    # the best one; it answers what scoring every mention of the sentence answers.
    drafts = [Draft(f"Pond Code {i}", "code", "prose") for i in range(4)]
    for which, at, length in mentions:
        drafts[which].mentions.append(Mention(at, at + length, 0))
    index = MentionIndex(drafts)
    end = start + width
    within = (data.draw(st.integers(0, 100)), within_end)
    skip = frozenset(data.draw(st.lists(st.integers(0, 200), max_size=5)))
    entries = sorted((m.start, m.end, o) for o, d in enumerate(drafts) for m in d.mentions)
    scored = [
        (max(0, start - m_end, m_start - end), index._rank(order), order)
        for m_start, m_end, order in entries
        if within[0] <= m_start < within[1] and not start <= m_start < end and m_start not in skip
    ]
    expected = drafts[min(scored)[2]] if scored else None
    assert index.nearest(start, end, within, skip) is expected


@given(_MENTIONS, st.integers(0, 240), st.integers(0, 240))
def test_the_last_mention_before_a_cue_is_found_as_by_listing_them(mentions, low, high) -> None:
    # owned_cues asks for the subject (the last mention before each cue) without listing every
    # mention from the sentence's start, and stops at the first mention it wants after a cue.
    drafts = [Draft(f"Pond Code {i}", "code", "prose") for i in range(4)]
    for which, at, length in mentions:
        drafts[which].mentions.append(Mention(at, at + length, 0))
    index = MentionIndex(drafts)
    listed = index.between(low, high)
    assert index.last_start_between(low, high) == (listed[-1][0] if listed else None)
    assert list(index.iter_between(low, high)) == listed


def _exclaimed_by_scan(marks: list[str], ends: list[int], punct: list[bool]) -> set[int]:
    """The former scan: from each "!" or "?", back over the marks before it to a word, and
    on over the marks that follow it."""
    joined = set()
    for at in ends:
        if marks[at] not in ("!", "?"):
            continue
        first = at
        while first > 0 and marks[first - 1] in ("!", "?"):
            first -= 1
        after = at + 1
        while after < len(marks) and marks[after] in ("!", "?"):
            after += 1
        word = marks[after] if after < len(marks) else ""
        if (first == 0 or not punct[first - 1]) and word.isalpha() and word.islower():
            joined.add(at)
    return joined


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["!", "?", ".", "a", "Ab", "x1", " "]), max_size=30))
def test_a_names_marks_are_found_as_by_a_scan_from_each_mark(tokens: list[str]) -> None:
    ends = [i for i, token in enumerate(tokens) if token in ("!", "?", ".")]
    orths = list(range(len(tokens)))  # the token's own text stands for its string-store id
    punct = [token in ("!", "?", ".") for token in tokens]
    assert _exclaimed_names(tokens, orths, ends, punct) == _exclaimed_by_scan(tokens, ends, punct)
