"""Counts a page announces ("nine actions under three main strands", "signed by 21 companies").

An extraction that finds another number of items than the page announces carries a warning:
either the page or the extractor is wrong, and a reader should look.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.extract.resources import load_toml


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    return {word: int(value) for word, value in load_toml("numbers.toml")["numbers"].items()}


def number_words() -> list[str]:
    """The number words numbers.toml knows, longest first (for a regex alternation)."""
    return sorted(_number_words(), key=len, reverse=True)


def number_value(word: str) -> int | None:
    """12, "twelve", "Twenty-eight" -> the number; anything else -> None."""
    lowered = word.lower()
    if lowered.isdigit():
        return int(lowered)
    numbers = _number_words()
    if lowered in numbers:
        return numbers[lowered]
    tens, _, unit = lowered.partition("-")
    if tens in numbers and unit in numbers and numbers[unit] < 10:
        return numbers[tens] + numbers[unit]
    return None


_WORD_START = re.compile(r"\w")
_TOKEN = re.compile(r"[\w-]+|[^\w\s]")


@lru_cache(maxsize=8)  # the intros read in turn; no page's long text kept
def _numbers_in(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The tokens of `text`, and (position, value) of each number among them: read once per
    text, as a list's intro is read for the counts of actions, of other things, of names."""
    words = tuple(_TOKEN.findall(text))
    # Each distinct word read once: a long text repeats most of its words.
    values = {word: value for word in set(words) if 1 < (value := number_value(word) or 0) < 1000}
    return words, tuple((index, values[word]) for index, word in enumerate(words) if word in values)


def numbers_in(text: str) -> list[int]:
    """The values of the numbers `text` writes, in digits or words ("14", "ten")."""
    return [value for _, value in _numbers_in(text)[1]]


def announced_counts(text: str, nouns: list[str]) -> list[tuple[int, str]]:
    """(number, noun) for numbers up to three words before one of `nouns`: "nine actions"."""
    wanted = {noun.lower() for noun in nouns}
    words, numbers = _numbers_in(text)
    counts = []
    for index, count in numbers:
        for following in words[index + 1 : index + 5]:
            if not _WORD_START.match(following):
                break  # a count does not reach over punctuation: "three months, companies"
            if following.lower() in wanted:
                counts.append((count, following.lower()))
                break
    return counts


def action_count_nouns() -> list[str]:
    return list(load_toml("numbers.toml")["action_count_nouns"]["nouns"])


def strand_count_nouns() -> frozenset[str]:
    return frozenset(load_toml("numbers.toml")["action_count_nouns"]["strand_nouns"])


def count_warning(what: str, found: int, announced: list[int]) -> str | None:
    """A warning when the page announces a count other than what was found."""
    wrong = sorted({number for number in announced if number != found})
    if not wrong:
        return None
    expected = " or ".join(str(n) for n in wrong)
    return f"the page announces {expected} {what}, {found} found"


def counts_as_actions(text: str, items: int) -> bool:
    """ "focuses on four areas ...:" over four items: the count says what the items are,
    whatever else the sentence names ("... cooperation between Member States")."""
    return any(count == items for count, _ in announced_counts(text, action_count_nouns()))


def counts_as_other_things(text: str, items: int) -> bool:
    """ "Two EU-funded projects presented their solutions:" over two items: projects, not
    actions."""
    return any(count == items for count, _ in announced_counts(text, other_count_nouns()))


@lru_cache(maxsize=1)
def other_count_nouns() -> list[str]:
    return list(load_toml("numbers.toml")["other_count_nouns"]["nouns"])
