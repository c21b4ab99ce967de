"""Where a run's tasks execute, as `[runner]` of the configuration says, told without Prefect.

`threads` (the default) runs tasks in threads of the flow's own process. `dask` hands them to a
Dask cluster: an existing scheduler at `dask_address` (workers on several machines), or a
LocalCluster started for the run. The task runner itself is made in `pipeline.flow`, the only
module that imports Prefect.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.config import Workspace
from schemas.config import RunnerConfig


def describe_task_runner(config: RunnerConfig) -> str:
    """One line for logs and the run summary: where this run's tasks execute."""
    if config.kind == "threads":
        return f"threads (up to {config.max_workers})"
    if config.dask_address is not None:
        return f"Dask cluster at {config.dask_address}"
    kind = "processes" if config.dask_processes else "threads"
    return f"local Dask cluster ({config.dask_workers} worker {kind})"


def unshared_stores(config: RunnerConfig, workspace: Workspace) -> list[str]:
    """Stores that tasks on a remote Dask cluster would write to their own machine's disk.

    Fetch and extraction tasks write the raw archive and the snapshots; on a cluster of
    several machines those must be object storage (or one shared mount), or each run's
    baseline depends on which machine a task happened to land on.
    """
    if config.kind != "dask" or config.dask_address is None:
        return []
    return [name for name in ("snapshots", "archive") if isinstance(getattr(workspace, name), Path)]
