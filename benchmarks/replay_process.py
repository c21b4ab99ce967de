"""The replay server in a process of its own, serving the synthetic watch list.

In the measuring process its handler threads would compete with the pipeline for the GIL and
their work would be counted as fetching; a real site does its serving elsewhere. The child
builds the same pages from the same seed, so nothing large crosses the pipe.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType

from benchmarks.synthetic_pages import build_watch_list, load_templates, served_pages
from pipeline.replay_server import ReplayServer

START_TIMEOUT_SECONDS = 300  # building 1,000 pages on a busy machine
REVISE, STOP = "revise", "stop"


def _serve(conn: Connection, corpus: Path, count: int, seed: int) -> None:
    pages = build_watch_list(load_templates(corpus), count, seed)
    with ReplayServer(served_pages(pages, revised=False)) as server:
        conn.send(server.base_url)
        while conn.recv() != STOP:
            server.set_pages(served_pages(pages, revised=True))
            conn.send(REVISE)


class ReplayProcess:
    """`with ReplayProcess(corpus, count, seed) as replay:` serves at `replay.base_url`."""

    def __init__(self, corpus: Path, count: int, seed: int) -> None:
        context = multiprocessing.get_context("spawn")  # no copy of this process's threads
        self._conn, child_conn = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(child_conn, corpus, count, seed), name="replay", daemon=True
        )
        self.base_url = ""

    def __enter__(self) -> ReplayProcess:
        self._process.start()
        if not self._conn.poll(START_TIMEOUT_SECONDS):
            self._stop()
            raise RuntimeError("the replay server process did not start")
        self.base_url = self._conn.recv()
        return self

    def serve_revised(self) -> None:
        """From now on serve every page's revision (a new ETag: a full fetch)."""
        self._conn.send(REVISE)
        self._conn.recv()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop()

    def _stop(self) -> None:
        if self._process.is_alive():
            self._conn.send(STOP)
            self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
