"""The Prefect task runner a run uses, as `[runner]` of the configuration says.

`threads` (the default) runs tasks in threads of the flow's own process. `dask` hands them to a
Dask cluster: an existing scheduler at `dask_address` (workers on several machines), or a
LocalCluster started for the run. Prefect and prefect-dask are imported here, lazily, so that
reading the configuration never pays for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.config import Workspace
from schemas.config import RunnerConfig
from schemas.errors import ConfigError

if TYPE_CHECKING:
    from prefect.task_runners import TaskRunner


def make_task_runner(config: RunnerConfig) -> TaskRunner[Any]:
    """A fresh, not yet started task runner for one flow run."""
    if config.kind == "threads":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=config.max_workers)
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:
        raise ConfigError(f'runner kind "dask" needs prefect-dask installed: {exc}') from None
    if config.dask_address is not None:
        return DaskTaskRunner(address=config.dask_address)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": config.dask_workers,
            "threads_per_worker": config.max_workers,
            "processes": config.dask_processes,
            # No dashboard: it needs bokeh, and a scheduled job has nobody to look at it.
            "dashboard_address": None,
        },
    )


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
