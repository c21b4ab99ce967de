"""The run context: configuration and the stores of one workspace, shared by a run's steps.

It imports neither spaCy nor Prefect, so `bikwatch status` and the other commands that only
read the stores stay quick to start.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from uuid import uuid4

from extractors.clean import SiteProfile
from pipeline.config import Workspace
from pipeline.fetch.fetcher import Fetcher
from pipeline.fetch.settings import FetchSettings
from pipeline.run.profiles import extractor_version, load_profile
from pipeline.store.archive import RawArchive
from pipeline.store.blobs import Location
from pipeline.store.history import SnapshotHistory
from pipeline.store.run_state import StateStore
from pipeline.store.snapshots import SnapshotStore
from schemas.config import Config
from schemas.snapshot import Snapshot


class RunCaches:
    """What a run reads once and its threads share: profiles, extractor versions, baselines.

    Not a dataclass nor a collection on purpose: Prefect walks task inputs (dataclass fields,
    dicts, lists) to resolve futures in them, and walking these while another thread fills them
    failed healthy sources ("dictionary changed size during iteration"). A lock guards them;
    a pickled copy (a Dask worker's) starts empty.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.profiles: dict[str | None, SiteProfile | None] = {}
        self.versions: dict[str | None, str] = {}
        self.baselines: dict[str, tuple[Location, Snapshot] | None] = {}

    def __reduce__(self) -> tuple[type[RunCaches], tuple[()]]:
        return RunCaches, ()


@dataclass
class RunContext:
    """Everything a run's steps share: configuration and the stores of one workspace.

    Picklable, so tasks on Dask workers receive it (without its caches); `run_key` names the
    run in per-process caches (see `pipeline.run.worker_resources`).
    """

    config: Config
    workspace: Workspace
    run_key: str = field(default_factory=lambda: uuid4().hex)
    snapshots: SnapshotStore = field(init=False)
    archive: RawArchive = field(init=False)
    state: StateStore = field(init=False)
    history: SnapshotHistory = field(init=False)
    _caches: RunCaches = field(init=False, default_factory=lambda: RunCaches())

    def __post_init__(self) -> None:
        storage = self.config.storage.options
        self.snapshots = SnapshotStore(self.workspace.snapshots, storage)
        self.archive = RawArchive(self.workspace.archive, storage)
        self.state = StateStore(self.workspace.state)
        self.history = SnapshotHistory(self.snapshots, self.state)

    def make_fetcher(self) -> Fetcher:
        settings = FetchSettings.model_validate(self.config.fetch.fetcher_settings())
        return Fetcher(settings, allowed_hosts=self.config.allowed_origins)

    def cleaning_profile(self, site: str | None) -> SiteProfile | None:
        """The site's profile (learned, else shipped), read once per run."""
        caches = self._caches
        with caches.lock:
            if site not in caches.profiles:
                caches.profiles[site] = load_profile(self.workspace.state, site)
            return caches.profiles[site]

    def extractor_version(self, site: str | None) -> str:
        """The extractor's version for the site's pages, read once per run."""
        caches = self._caches
        with caches.lock:
            if site not in caches.versions:
                caches.versions[site] = extractor_version(self.workspace.state, site)
            return caches.versions[site]

    def baseline(self, source_id: str) -> tuple[Location, Snapshot] | None:
        """The baseline among snapshots of runs that filed their alert (see `SnapshotHistory`).

        Looked up once per source and run (fetching wants its validators, comparing the
        snapshot), until the source's next snapshot is written.
        """
        caches = self._caches
        with caches.lock:
            if source_id in caches.baselines:
                return caches.baselines[source_id]
        # Read outside the lock (other sources need not wait); each source is one thread's.
        found = self.history.baseline(source_id)
        with caches.lock:
            caches.baselines[source_id] = found
        return found

    def write_snapshot(self, snapshot: Snapshot, taken_at: datetime) -> Location:
        """Write a source's snapshot, marked as this run's until its alert is filed."""
        with self._caches.lock:
            self._caches.baselines.pop(snapshot.source_id, None)
        return self.history.write_unconfirmed(snapshot, taken_at)
