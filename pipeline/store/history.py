"""A source's snapshots as a run sees them: only those of runs that filed their alert.

A run writes its snapshots before it files its one alert; until it has, they are marked
unconfirmed in the run state. Should the run die in between, its snapshots must not become
anyone's baseline, or the next run would compare with them and the change would never be told.
Every question a run asks of the past (the baseline, the newest snapshot, the runs before) is
answered here from confirmed snapshots only, so no caller has to remember the marks.
"""

from __future__ import annotations

from datetime import datetime
from itertools import islice

from pipeline.store.blobs import Location
from pipeline.store.run_state import StateStore
from pipeline.store.snapshots import SnapshotStore, snapshot_stamp
from schemas.snapshot import Snapshot


class SnapshotHistory:
    """The confirmed snapshots of every source, over one snapshot store and one run state."""

    def __init__(self, snapshots: SnapshotStore, state: StateStore) -> None:
        self.snapshots = snapshots
        self.state = state

    def baseline(self, source_id: str) -> tuple[Location, Snapshot] | None:
        """The newest confirmed snapshot of a healthy page: what the next run compares with."""
        return self.snapshots.baseline(source_id, ignore=self.state.unconfirmed_stamps(source_id))

    def latest(self, source_id: str) -> tuple[Location, Snapshot] | None:
        """The newest confirmed snapshot, healthy or not."""
        return self.snapshots.latest(source_id, ignore=self.state.unconfirmed_stamps(source_id))

    def unreadable_newest(
        self, source_id: str, baseline: Location | None = None
    ) -> Location | None:
        """The newest confirmed snapshot file when it cannot be read: what its run told is lost
        with it, and the older baseline would make the next run tell it again. `baseline`, the
        baseline already read, spares reading the newest file again when it is that one."""
        ignore = self.state.unconfirmed_stamps(source_id)
        return self.snapshots.newest_if_unreadable(source_id, ignore=ignore, read=baseline)

    def recent(self, source_id: str, count: int) -> list[Snapshot]:
        """The newest `count` confirmed snapshots, newest first."""
        ignore = self.state.unconfirmed_stamps(source_id)
        return [s for _, s in islice(self.snapshots.valid(source_id, ignore=ignore), count)]

    def write_unconfirmed(self, snapshot: Snapshot, run_started: datetime) -> Location:
        """Write a run's snapshot, marked as that run's until its alert is filed."""
        stamped = self.snapshots.next_time(snapshot.source_id, run_started)
        mark = (snapshot.source_id, snapshot_stamp(run_started), snapshot_stamp(stamped))
        self.state.note_unconfirmed(*mark)
        return self.snapshots.write(snapshot, stamped)
