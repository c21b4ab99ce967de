"""Python's cycle collector paused while a page is cleaned or extracted.

Both stages allocate hundreds of thousands of small objects on a long page (tokens, spans,
sentences, mentions, dates) that all live until the page is done, and hold no reference
cycles worth collecting early. The collector, triggered every few hundred allocations, walks
them again and again for nothing: about a tenth of the time of a 5 MB page. It is paused for
the call only, and left as it was found (paused already by a caller, it stays paused).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from importlib import import_module
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def cycle_collector_paused(function: Callable[P, R]) -> Callable[P, R]:
    """`function` run with the cycle collector paused."""

    @wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused


# A module loaded once lives as long as the process: the collector would only walk its objects
# again and again while it loads (about 5% of a one-page `bikwatch extract`).
load_module_paused = cycle_collector_paused(import_module)
