"""The `[runner]` and `[storage]` tables, the task runner they choose, per-process resources."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from pipeline.config import Workspace, parse_config
from pipeline.run.context import RunContext
from pipeline.run.runners import describe_task_runner, unshared_stores
from pipeline.run.worker_resources import MAX_CACHED_RUNS, release_fetcher, run_fetcher
from schemas.config import RunnerConfig
from schemas.errors import ConfigError


def test_runner_and_storage_tables_are_validated():
    sources = [{"id": "a", "url": "https://example.eu/", "site": "bik"}]
    config = parse_config(
        {
            "sources": sources,
            "runner": {"kind": "dask", "dask_workers": 3},
            "storage": {"options": {"endpoint_url": "http://minio:9000"}},
        }
    )
    assert config.runner.kind == "dask" and config.runner.dask_address is None
    assert config.storage.options == {"endpoint_url": "http://minio:9000"}
    with pytest.raises(ConfigError, match="credentials in the environment"):
        parse_config({"sources": sources, "storage": {"options": {"secret": "x"}}})
    with pytest.raises(ConfigError, match=r"runner\.kind"):
        parse_config({"sources": sources, "runner": {"kind": "ray"}})
    with pytest.raises(ConfigError, match='needs kind = "dask"'):
        parse_config({"sources": sources, "runner": {"dask_address": "tcp://x:8786"}})


def test_the_task_runner_follows_the_runner_table():
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    from pipeline.flow import make_task_runner

    threads = make_task_runner(RunnerConfig(max_workers=3))
    local = make_task_runner(RunnerConfig(kind="dask", dask_workers=2, dask_processes=False))
    remote = make_task_runner(RunnerConfig(kind="dask", dask_address="tcp://10.0.0.5:8786"))

    assert isinstance(threads, ThreadPoolTaskRunner) and threads._max_workers == 3
    assert isinstance(local, DaskTaskRunner)
    assert local.cluster_kwargs["n_workers"] == 2 and local.cluster_kwargs["processes"] is False
    assert isinstance(remote, DaskTaskRunner) and remote.address == "tcp://10.0.0.5:8786"
    assert describe_task_runner(RunnerConfig(kind="dask", dask_workers=2)) == (
        "local Dask cluster (2 worker processes)"
    )


def test_local_stores_are_flagged_when_tasks_run_on_a_remote_cluster():
    remote = RunnerConfig(kind="dask", dask_address="tcp://10.0.0.5:8786")
    local_stores = Workspace.resolve(snapshots="snapshots", archive="s3://b/archive")

    assert unshared_stores(remote, local_stores) == ["snapshots"]
    assert unshared_stores(RunnerConfig(kind="dask"), local_stores) == []
    assert unshared_stores(RunnerConfig(), local_stores) == []


def test_a_worker_process_keeps_one_fetcher_per_run(tmp_path: Path):
    config = parse_config({"sources": [{"id": "a", "url": "https://example.eu/", "site": "bik"}]})
    run = RunContext(config, Workspace.under(tmp_path))
    shipped = pickle.loads(pickle.dumps(run))  # as a Dask worker receives it
    later_runs = [RunContext(config, Workspace.under(tmp_path)) for _ in range(MAX_CACHED_RUNS)]

    fetcher = run_fetcher(run)
    assert run_fetcher(shipped) is fetcher
    assert all(run_fetcher(later) is not fetcher for later in later_runs)
    assert run_fetcher(run) is not fetcher  # the oldest run was retired to make room
    for each in [run, *later_runs]:
        release_fetcher(each)
