"""Sources' outcomes announced as each completes, for a progress display on a terminal.

The run's steps announce; the CLI listens while it runs a flow in its own process. Tasks on
a Dask cluster run in other processes, where nobody listens: the display then stays silent
and the summary at the end still tells everything.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from schemas.run import SourceOutcome

Listener = Callable[[SourceOutcome], None]

_listeners: list[Listener] = []
_lock = threading.Lock()


def announce(outcome: SourceOutcome) -> None:
    """Tell every listener that a source is done, with its final outcome."""
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(outcome)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    with _lock:
        _listeners.append(listener)
    try:
        yield
    finally:
        with _lock:
            _listeners.remove(listener)
