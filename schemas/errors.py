"""The one exception tree of bikwatch.

Foreign exceptions (httpx, pydantic, json, OS errors) are translated into these once, at the
boundary where they happen, so callers and the CLI only ever handle `BikwatchError`.
Each error renders as one line; `transient` tells the flow whether a retry may help.
"""

from __future__ import annotations


class BikwatchError(Exception):
    """Base of every error bikwatch raises on purpose."""

    transient: bool = False

    def __str__(self) -> str:
        # One line, always: the CLI prints it after "bikwatch: error: ".
        return " ".join(super().__str__().split())


class ConfigError(BikwatchError):
    """The configuration (sources.toml, settings, environment) is invalid."""


class InputError(BikwatchError):
    """A file or page handed to bikwatch cannot be used (missing, empty, binary, not HTML...)."""


class PageTooLargeError(InputError):
    """A page exceeds the budget of cleaning or extraction (`extractors.budget.PageBudget`)."""


class ExtractionError(BikwatchError):
    """Extraction could not produce a valid result from a cleaned document."""


class FetchError(BikwatchError):
    """A page could not be fetched."""

    def __init__(self, message: str, *, transient: bool = False, status: int | None = None):
        super().__init__(message)
        self.transient = transient
        self.status = status


class ComeBackLaterError(FetchError):
    """The server asked us (429/503 with Retry-After) to come back later than we wait in a run."""

    def __init__(self, message: str, *, retry_after: float, status: int | None = None):
        super().__init__(message, transient=True, status=status)
        self.retry_after = retry_after


class HostNotAllowedError(FetchError):
    """A URL or a redirect points outside the hosts named in the sources."""


class RobotsDisallowedError(FetchError):
    """robots.txt of the host forbids fetching the URL."""


class StoreError(BikwatchError):
    """A store (snapshots, raw archive, outbox, run state) cannot be read or written."""


class SnapshotError(StoreError):
    """A snapshot file is corrupt, hand-edited, of another page or of another schema version."""


class DeliveryError(BikwatchError):
    """An alert could not be delivered; it stays in the outbox for the next run."""

    transient = True


class LockedError(BikwatchError):
    """Another bikwatch run holds the lock on the same stores."""


class RunFailedError(BikwatchError):
    """A run failed: no source could be processed, or the flow failed after saving its
    record; carries the run's report for the summary."""

    def __init__(self, message: str, report: object | None = None):
        super().__init__(message)
        self.report = report


class RegistryError(BikwatchError):
    """The initiative or organisation registry (reviewed data shipped with the code) is invalid."""
