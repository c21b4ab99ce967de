"""Does a new capture look like a real version of the page?

Sites answer 200 with maintenance, error and login pages, and layouts change so that the
extractor finds nothing. Both would read as "every initiative was removed"; these checks name
the problem instead, so the diff withholds removals and the baseline stays the last good one.
Cue phrases are data (`health_cues.toml`), not code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.compare.matching import match_initiatives, normalize_text, signatory_keys
from schemas.changes import HealthProblem
from schemas.errors import ConfigError
from schemas.extraction import Extraction

CUES_FILE = Path(__file__).with_name("health_cues.toml")

MIN_WORDS = 15  # less than a sentence or two of main text is no page at all
SHORT_PAGE_WORDS = 150  # cue phrases in the text count only on a page this short...
SHRUNK_RATIO = 0.3  # ...or on one that shrank to under this share of the last good version
MIN_SHRINK_WORDS = 100  # a last good version this long that shrank so is itself a collapse
COLLAPSE_SHARE = 0.6  # "most" of the initiatives or signatories gone at once
MIN_COLLAPSE_INITIATIVES = 2
MIN_COLLAPSE_SIGNATORIES = 6
MAX_TITLE_WORDS = 8  # error pages have terse titles
_TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014]\s+")


@dataclass(frozen=True)
class PageCues:
    kind: str
    message: str
    title: tuple[re.Pattern[str], ...]
    text: tuple[re.Pattern[str], ...]


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(normalize_text(phrase))}(?!\w)")


@cache
def load_cues(path: Path = CUES_FILE) -> tuple[PageCues, ...]:
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read health cues {path.name}: {exc}") from exc
    return tuple(
        PageCues(
            kind=kind,
            message=entry["message"],
            title=tuple(_phrase_pattern(p) for p in entry.get("title", [])),
            text=tuple(_phrase_pattern(p) for p in entry.get("text", [])),
        )
        for kind, entry in table.items()
    )


def assess_health(
    new: Extraction, old: Extraction | None = None, *, http_status: int | None = None
) -> list[HealthProblem]:
    """Problems that make `new` unfit to compare against or to become the baseline."""
    problems: list[HealthProblem] = []
    if http_status is not None and http_status >= 400:
        problems.append(HealthProblem(kind="http_error", message=f"HTTP status {http_status}"))
    page_kind = page_kind_problems(new, old)
    if page_kind:
        # Not the page at all: counting what vanished from it would only repeat that.
        return problems + page_kind
    if len(new.text.split()) < MIN_WORDS:
        problems.append(
            HealthProblem(kind="empty_extraction", message="the page has almost no main text")
        )
    elif old is not None:
        problems.extend(collapse_problems(new, old))
    return problems


def page_kind_problems(new: Extraction, old: Extraction | None) -> list[HealthProblem]:
    """Error, maintenance or login page, told by its title or by cues on a short page."""
    title = title_head(new.title or "")
    text = normalize_text(new.text)
    words = len(text.split())
    text_counts = words <= SHORT_PAGE_WORDS or (
        old is not None and _shrunk(words, len(old.text.split()))
    )
    for cues in load_cues():
        quoted = _first_match(cues.title, title)
        if quoted is None and text_counts:
            quoted = _first_match(cues.text, text)
        if quoted is not None:
            return [HealthProblem(kind=cues.kind, message=f'{cues.message} ("{quoted}")')]
    return []


def _shrunk(words: int, old_words: int) -> bool:
    """Whether a text of `words` words is under `SHRUNK_RATIO` of the last good version's."""
    return words < SHRUNK_RATIO * old_words


def title_head(title: str) -> str:
    """The title's first segment ("Page not found | European Commission"), if it is short.

    A long title is a real page's, whatever words it holds ("Forbidden content online...").
    """
    head = _TITLE_SEPARATOR.split(normalize_text(title), maxsplit=1)[0]
    return head if len(head.split()) <= MAX_TITLE_WORDS else ""


def _first_match(patterns: tuple[re.Pattern[str], ...], text: str) -> str | None:
    for pattern in patterns:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


def collapse_problems(new: Extraction, old: Extraction) -> list[HealthProblem]:
    """Most of the main text, most initiatives, or most signatories of one initiative, gone
    at once. A real update rarely drops most of a page; a notice the cleaner leaves out (a
    maintenance banner) or a changed layout does, whether or not initiatives were found."""
    old_words, new_words = len(old.text.split()), len(new.text.split())
    if old_words >= MIN_SHRINK_WORDS and _shrunk(new_words, old_words):
        return [_collapse(f"the main text shrank from {old_words} to {new_words} words")]
    matching = match_initiatives(old.initiatives, new.initiatives)
    count = len(old.initiatives)
    if count and not new.initiatives:
        return [_collapse(f"no initiative found where the last good version had {count}")]
    if count >= MIN_COLLAPSE_INITIATIVES and len(matching.removed) >= COLLAPSE_SHARE * count:
        return [_collapse(f"{len(matching.removed)} of {count} initiatives vanished at once")]
    for before, after in matching.same + matching.renamed:
        had = signatory_keys(before)
        lost = had - signatory_keys(after)
        if len(had) >= MIN_COLLAPSE_SIGNATORIES and len(lost) >= COLLAPSE_SHARE * len(had):
            return [_collapse(f"{len(lost)} of {len(had)} signatories of {after.name} vanished")]
    return []


def _collapse(message: str) -> HealthProblem:
    return HealthProblem(kind="collapse", message=message)
