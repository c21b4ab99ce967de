"""At most N requests in flight per host, whatever the number of worker threads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from pipeline.fetch.hosts import host_key


class HostSlots:
    def __init__(self, per_host: int) -> None:
        self._per_host = per_host
        self._semaphores: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()

    @contextmanager
    def hold(self, url: httpx.URL) -> Iterator[None]:
        """Block until the host of `url` has a free slot, and keep it for the block."""
        key = host_key(url)
        with self._lock:
            semaphore = self._semaphores.setdefault(key, threading.BoundedSemaphore(self._per_host))
        with semaphore:
            yield
