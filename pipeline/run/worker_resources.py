"""What tasks build once per worker process rather than receive: the fetcher, the spaCy pipeline.

Under a Dask task runner every task argument is pickled to another process (maybe another
machine). A `Fetcher` holds an HTTP client, locks and per-host slots, and the spaCy pipeline is
costly to ship for every page; so tasks receive the picklable `RunContext` and look these up
here. Within one process the threads of a run share one fetcher, as they did before, so the
per-host concurrency limit still holds there; one fetcher is kept per run (`RunContext.run_key`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from extractors.extract.nlp import default_nlp
from pipeline.fetch.fetcher import Fetcher

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.run.context import RunContext

# A worker process serving a long-lived cluster sees run after run; the newest few are kept.
MAX_CACHED_RUNS = 4

_fetchers: OrderedDict[str, Fetcher] = OrderedDict()
_lock = threading.Lock()


def run_fetcher(ctx: RunContext) -> Fetcher:
    """This process's fetcher for the run of `ctx`, made on first use."""
    with _lock:
        fetcher = _fetchers.get(ctx.run_key)
        if fetcher is None:
            fetcher = _fetchers[ctx.run_key] = ctx.make_fetcher()
            while len(_fetchers) > MAX_CACHED_RUNS:
                _, retired = _fetchers.popitem(last=False)
                retired.close()
        _fetchers.move_to_end(ctx.run_key)
        return fetcher


def release_fetcher(ctx: RunContext) -> None:
    """Close this process's fetcher of a finished run (other processes age theirs out)."""
    with _lock:
        fetcher = _fetchers.pop(ctx.run_key, None)
    if fetcher is not None:
        fetcher.close()


def process_nlp() -> Language:
    """The extraction pipeline, built once per process: read-only once built."""
    return default_nlp()
