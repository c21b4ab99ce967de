"""How much of a page cleaning and extraction take on.

Both are linear in the page, but a page far larger than any real one (or a hostile one)
would still hold a run for minutes. Past the budget a page fails at once with a clear
one-line `PageTooLargeError`, the way a page without main content fails, and the run goes on.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas.errors import PageTooLargeError


@dataclass(frozen=True)
class PageBudget:
    # Characters of HTML cleaning parses: twice the fetcher's default byte cap.
    max_html_chars: int = 20_000_000
    # Characters of cleaned text extraction reads: about 10 s on a 2-core machine.
    max_text_chars: int = 6_000_000
    # Distinct initiative names on one page: real pages name a few dozen; each new name is
    # compared with every earlier one, so thousands of them are what a hostile page holds.
    max_initiative_names: int = 1_000


DEFAULT_BUDGET = PageBudget()


def check_within(url: str, what: str, amount: int, limit: int) -> None:
    """Raise `PageTooLargeError` when `amount` of `what` exceeds `limit`."""
    if amount > limit:
        raise PageTooLargeError(
            f"{url}: {amount:,} {what} is over the page budget of {limit:,}; "
            "the page is not processed"
        )
