"""Mentions of an initiative that do not spell its name: references the later stages read.

Each rule adds `Mention`s to the drafts, most specific first, and never where another
mention already stands:
- the name in another case ("published guidelines on the protection of minors"), but not
  inside a longer name ("Strengthened Code of Practice" is not the "Code of Practice");
- the acronym alone ("The DSA entered into force");
- a short name, "the" + words or a year + a kind noun, when exactly one initiative's name
  has those words ("the Strengthened Code", "the COVID-19 monitoring programme");
- a back-reference in the blocks an initiative owns ("the Coalition", "the new strategy",
  "the 2018 Code"), and, on a page that describes one initiative, "the agreement" and the
  like when no other initiative of the page is of that kind;
- a subject pronoun ("It was replaced by ...", "They were discontinued ...") for the
  initiative last mentioned in the same paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TypeVar

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft, Mention
from extractors.extract.names import vocabulary
from extractors.extract.resources import load_toml

_Subject = TypeVar("_Subject")
_YEAR = r"(?:19|20)\d\d"
# The letters other than "a-z" and "A-Z" that a case-insensitive pattern matches to them.
_OTHER_CASE_OF_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_MAX_WORDS_BEFORE_SUBJECT = 3  # "The", "In 2012, the"
_MAX_SHORT_NAME_WORDS = 4  # before the kind noun: a bounded look per "the"
# A subject pronoun, or an object one right after a past verb ("the Commission disbanded it").
_PRONOUN = re.compile(
    r"(?:^|[:;]\s+)(?P<pronoun>it|they)\b|\b[a-z]+ed\s+(?P<object>it|them)\b", re.IGNORECASE
)


@lru_cache(maxsize=1)
def reference_words() -> tuple[frozenset[str], re.Pattern[str]]:
    """(the kind nouns that refer back to any initiative, "the project"; the expletive "It
    was the first time ..." that refers to none, matched at the pronoun)."""
    data = load_toml("kinds.toml")
    expletive = "|".join(re.escape(phrase) for phrase in data["expletive_pronoun_phrases"])
    return vocabulary().generic_kinds, re.compile(
        rf"(?:it|they)\s+(?:{expletive})\b", re.IGNORECASE
    )


def _block_at(context: DocumentContext, offset: int) -> int:
    block = context.block_holding(offset)
    return 0 if block is None else block


class _Taken:
    """The spans already taken by mentions, sorted, for overlap tests by bisection (a scan
    of every mention per match made long pages quadratic). Spans may overlap each other."""

    def __init__(self, drafts: list[Draft]):
        self._spans = sorted((m.start, m.end) for draft in drafts for m in draft.mentions)
        self._longest = max((end - start for start, end in self._spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        # Only a span starting less than the longest span's length before `start` can reach it.
        first = bisect_left(self._spans, (start - self._longest, -1))
        last = bisect_left(self._spans, (end, -1))
        return any(start < e for _, e in self._spans[first:last])

    def append(self, span: tuple[int, int]) -> None:
        insort(self._spans, span)
        self._longest = max(self._longest, span[1] - span[0])


def _overlaps(start: int, end: int, taken: _Taken) -> bool:
    return taken.overlaps(start, end)


def _add(context: DocumentContext, draft: Draft, start: int, end: int, *, is_name: bool) -> bool:
    """Add a mention outside the title; True when added."""
    block = _block_at(context, start)
    if context.blocks[block].kind == "title":
        return False
    draft.mentions.append(Mention(start, end, block, is_name=is_name))
    return True


def _add_spelled_mentions(
    context: DocumentContext, draft: Draft, taken: _Taken, lowered: str | None
) -> None:
    """The name written in another case, unless a capitalised word makes it a longer name."""
    for variant in sorted({draft.name, *draft.variants}, key=lambda v: (-len(v), v)):
        if len(variant.split()) < 2:
            continue
        for match in _spelled(variant, context.text, lowered):
            if _is_inside_longer_name(context.text, match.start()):
                continue
            if not _overlaps(match.start(), match.end(), taken) and _add(
                context, draft, match.start(), match.end(), is_name=True
            ):
                taken.append(match.span())


def _aligned_lowercase(text: str) -> str | None:
    """`text.lower()` when each of its characters is the lowercase of the one in `text` and
    `text` has none of the letters that match an ASCII letter in another case ("\u0131",
    "\u017f", the Kelvin sign): then an ASCII name in any case is where its lowercase is."""
    lowered = text.lower()
    if len(lowered) != len(text) or _OTHER_CASE_OF_ASCII.search(text):
        return None
    return lowered


def _spelled(variant: str, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """`re.finditer` of `variant` in any case, as a whole word. An ASCII variant is looked
    for in `lowered` (`_aligned_lowercase`) by `str.find`, each place checked by the pattern:
    a case-insensitive regex scan of a long page per name and spelling cost seconds."""
    pattern = re.compile(rf"(?<!\w){re.escape(variant)}(?!\w)", re.IGNORECASE)
    if lowered is None or not variant.isascii():
        yield from pattern.finditer(text)
        return
    needle, end = variant.lower(), 0
    position = lowered.find(needle)
    while position != -1:
        if position >= end and (match := pattern.match(text, position)):
            yield match
            end = match.end()
        position = lowered.find(needle, position + 1)


def _is_inside_longer_name(text: str, start: int) -> bool:
    """ "the Strengthened Code of ...": a capitalised word or a year runs into the match."""
    before = text[max(0, start - 40) : start]
    previous = re.search(r"([\w+-]+)\s+$", before)
    if previous is None:
        return False
    word = previous.group(1)
    is_sentence_start = re.search(r"(?:^|[.!?:]\s+|\n)\S+\s+$", before) is not None
    return re.fullmatch(_YEAR, word) is not None or (word[:1].isupper() and not is_sentence_start)


def _add_acronym_mentions(context: DocumentContext, draft: Draft, taken: _Taken) -> None:
    """ "The DSA entered into force ...": the acronym alone names the initiative."""
    added = []  # taken only once all are read: an acronym's matches do not block each other
    for acronym in sorted(draft.acronym_spellings):
        for match in re.finditer(rf"(?<![\w(]){re.escape(str(acronym))}(?![\w)])", context.text):
            if not _overlaps(match.start(), match.end(), taken) and _add(
                context, draft, match.start(), match.end(), is_name=False
            ):
                added.append(match.span())
    for span in added:
        taken.append(span)


@lru_cache(maxsize=1)
def _short_name_pattern() -> re.Pattern[str]:
    kinds = "|".join(sorted((re.escape(k) for k in vocabulary().kinds), key=len, reverse=True))
    # Capitalised or not ("the COVID-19 monitoring programme"); never "the" again, so that
    # "the report on the Strengthened Code" still finds the name after the second "the".
    modifier = r"(?!(?i:the)\s)\w[\w-]*"
    return re.compile(
        rf"\b[Tt]he\s+(?P<modifiers>(?:{modifier}\s+){{1,{_MAX_SHORT_NAME_WORDS}}})"
        rf"(?P<kind>(?i:{kinds}))\b(?!\s+(?:of|for|to|on)\b)"
    )


def _words_of(draft: Draft) -> set[str]:
    words = {
        w.casefold() for name in [draft.name, *draft.variants] for w in re.findall(r"[\w-]+", name)
    }
    return words | ({draft.heading_year} if draft.heading_year else set())


def _add_short_names(context: DocumentContext, everyone: list[Draft], taken: _Taken) -> None:
    """ "the Strengthened Code": the one initiative of that kind whose name has those words."""
    for match in _short_name_pattern().finditer(context.text):
        kind = match.group("kind").lower()
        modifiers = {w.casefold() for w in match.group("modifiers").split()}
        owners = [d for d in everyone if d.kind == kind and modifiers <= _words_of(d)]
        if len(owners) != 1 or _overlaps(match.start(), match.end(), taken):
            continue
        if _add(context, owners[0], match.start(), match.end(), is_name=False):
            taken.append(match.span())


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _back_reference_pattern(kinds: set[str]) -> re.Pattern[str]:
    modifiers = "|".join(sorted(vocabulary().anaphor_modifiers))
    nouns = "|".join(sorted(re.escape(kind) for kind in kinds))
    return re.compile(
        rf"\b(?:(?:the|this|these|its|a|an)\s+)(?:(?:{modifiers}|{_YEAR})\s+)*(?:{nouns})\b"
        r"(?P<complement>\s+(?:of|for|to)\b)?",
        re.IGNORECASE,
    )


def _reference_kinds(draft: Draft, described: list[Draft], everyone: list[Draft]) -> set[str]:
    """The draft's own kind noun, and on a one-initiative page the generic ones no other has."""
    if len(described) != 1:
        return {draft.kind}
    generic, _ = reference_words()
    others = {other.kind for other in everyone if other is not draft}
    return {draft.kind} | (generic - others)


def _add_back_references(
    context: DocumentContext, draft: Draft, kinds: set[str], taken: _Taken
) -> None:
    """ "the Coalition", "a new coalition", "the 2018 Code" in the blocks the draft owns."""
    pattern = _back_reference_pattern(kinds)
    for block_index in sorted(draft.owned):
        block = context.blocks[block_index]
        for match in pattern.finditer(block.text):
            start, end = match.start() + block.span.start, match.end() + block.span.start
            is_new = "new" in match.group(0).lower().split()
            if re.match(r"(?i)an?\s", match.group(0)) and not is_new:
                continue  # "a coalition" is any coalition; "a new coalition" is this one
            if match.group("complement") and not is_new:
                continue  # "the Code of conduct" is a name of its own, not "the Code"
            head = _NEXT_WORD.match(block.text, match.end())
            if head is not None and head.group(1) in vocabulary().compound_heads:
                continue  # "the project website": the website, not the project
            if not _overlaps(start, end, taken):
                draft.mentions.append(Mention(start, end, block_index, is_name=False))
                taken.append((start, end))


class _MentionStarts:
    """(start, order in `everyone`) of every mention, sorted, updated as pronouns add theirs:
    the first mention in a sentence is a bisection, not a scan of every mention per pronoun."""

    def __init__(self, everyone: list[Draft]):
        self._entries = sorted(
            (m.start, order) for order, draft in enumerate(everyone) for m in draft.mentions
        )

    def first_between(self, start: int, end: int) -> tuple[int, int] | None:
        """The (start, order) that sorts first among the mentions starting in start..end."""
        index = bisect_left(self._entries, (start, -1))
        if index < len(self._entries) and self._entries[index][0] < end:
            return self._entries[index]
        return None

    def add(self, start: int, order: int) -> None:
        insort(self._entries, (start, order))


def subject_before(
    context: DocumentContext,
    offset: int,
    block: int,
    first_between: Callable[[int, int], tuple[int, _Subject] | None],
) -> tuple[int, _Subject] | None:
    """(start, subject) of the mention that opens the last sentence before `offset` (in its
    paragraph) that mentions an initiative: the subject a pronoun takes up ("The 2018 Code
    was ... It was ..."). `first_between(start, end)`: the first mention inside start..end."""
    sentences = context.sentences_of(block)
    # Bisected to the sentences before `offset`: a block may hold thousands.
    for at in reversed(range(bisect_left(sentences, offset, key=_start_of))):
        sentence = sentences[at]
        first = first_between(sentence.start, min(sentence.end, offset))
        if first is None:
            continue
        return first if opens_sentence(context.text, sentence.start, first[0]) else None
    return None


# What may stand before a sentence's subject beyond three words: an opening participle's
# clause with its preposition and no finite verb ("Founded by the GSMA in February 2008, the
# Mobile Alliance ..."), a date ("In March 2031, the ..."), or the head of an apposition that
# is a kind noun ("The third strategy, the Council of Europe Strategy ...").
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?:[A-Z][a-z]+ly\s+[a-z]+ed|[A-Z][a-z]+ed|Set\s+up)\s+(?:by|in|on|at|as|under|with|for)\s"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|will)\b)[^,;:.()]){0,120},\s+(?:(?i:the)\s+)?"
)
_OPENING_DATE = re.compile(
    r"\s*(?:In|On|Since|From|By)\s+[^,;:.()]{0,24}\b(?:19|20)\d\d,\s+(?:(?i:the)\s+)?"
)
_APPOSITION_HEAD = re.compile(
    r"\s*(?i:the|this)\s+(?:[\w-]+\s+){0,3}?(?P<head>[\w-]+),\s+(?:(?i:the)\s+)?"
)


def opens_sentence(text: str, sentence_start: int, mention_start: int) -> bool:
    """Whether a mention at `mention_start` opens its sentence: at most three words before
    it ("The", "In 2012, the"), or an opening participle's clause, a date or an apposition's
    head before it."""
    if len(text[sentence_start:mention_start].split()) <= _MAX_WORDS_BEFORE_SUBJECT:
        return True
    if _OPENING_PARTICIPLE.fullmatch(text, sentence_start, mention_start) is not None:
        return True
    if _OPENING_DATE.fullmatch(text, sentence_start, mention_start) is not None:
        return True
    head = _APPOSITION_HEAD.fullmatch(text, sentence_start, mention_start)
    if head is None:
        return False
    noun, words = head.group("head").lower(), vocabulary()
    return noun in words.kinds or noun in words.generic_kinds


def _start_of(sentence: Sentence) -> int:
    return sentence.start


def _add_pronouns(context: DocumentContext, everyone: list[Draft]) -> None:
    """ "It was replaced by ...": the initiative the paragraph last had as its subject."""
    _, expletive = reference_words()
    mentions = _MentionStarts(everyone)
    for sentence in context.sentences:
        for match in _PRONOUN.finditer(sentence.text):
            group = "pronoun" if match.group("pronoun") else "object"
            if expletive.match(sentence.text, match.start(group)):
                continue  # "It was the first time ...": no initiative is meant
            start = sentence.start + match.start(group)
            subject = subject_before(context, start, sentence.block, mentions.first_between)
            order = subject[1] if subject is not None else None
            draft = everyone[order] if order is not None else None
            plural = match.group(group).lower() in ("they", "them")
            if order is not None and draft is not None and plural == draft.kind.endswith("s"):
                end = start + len(match.group(group))
                draft.mentions.append(Mention(start, end, sentence.block, is_name=False))
                mentions.add(start, order)


def resolve_references(
    context: DocumentContext, described: list[Draft], mentioned: list[Draft]
) -> None:
    """Add to each draft the mentions that refer to it without spelling its name."""
    everyone = [*described, *mentioned]
    # Every mention of everyone, kept up to date as the rules add theirs: built once, as a
    # sort of every mention per rule and initiative made pages with many names slow.
    taken, lowered = _Taken(everyone), _aligned_lowercase(context.text)
    for draft in described:
        _add_spelled_mentions(context, draft, taken, lowered)
        _add_acronym_mentions(context, draft, taken)
    _add_short_names(context, everyone, taken)
    for draft in described:
        _add_back_references(context, draft, _reference_kinds(draft, described, everyone), taken)
    _add_pronouns(context, everyone)
    for draft in everyone:
        draft.mentions.sort(key=lambda mention: mention.start)
