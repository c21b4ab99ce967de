"""`bikwatch serve`: the `scrape` deployment on a schedule, until SIGINT or SIGTERM.

Prefect's `flow.serve` installs a SIGTERM handler that calls the runner's `stop` from inside
the running event loop, where it only makes a coroutine nobody awaits, and the process lingers.
So the runner is driven here: both signals set one event in the loop, and the runner is
stopped by awaiting its own `astop`, which pauses the schedule and cancels its poll loop.
Prefect is imported lazily, as everywhere outside `pipeline.flow`.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prefect import Flow
    from prefect.runner import Runner

# Imports the flow to serve: Prefect reads the server's address at import, so only once the
# server is settled (and `pipeline.run` stays free of the flow that imports it).
FlowLoader = Callable[[], "Flow[..., Any]"]


@dataclass(frozen=True)
class ServeSchedule:
    """A cron with its time zone, or (for tests and trials) a plain interval in seconds."""

    cron: str
    timezone: str
    interval_seconds: float | None = None

    def describe(self) -> str:
        if self.interval_seconds is not None:
            return f"every {self.interval_seconds:g} s"
        return f"on cron {self.cron!r} ({self.timezone})"


def serve_scrape(
    load_flow: FlowLoader,
    name: str,
    schedule: ServeSchedule,
    parameters: dict[str, Any],
    *,
    pause_on_stop: bool,
) -> None:
    """Serve the `scrape` flow until SIGINT or SIGTERM; returns once the runner stopped.

    `pause_on_stop` pauses the schedule on a lasting server, so that it queues no runs nobody
    will execute; a server that stops with `serve` needs no such call.
    """
    asyncio.run(_serve(load_flow(), name, schedule, parameters, pause_on_stop))


def _runner(on_sigterm: Callable[[], object], pause_on_stop: bool) -> Runner:
    # Deferred on purpose: Prefect reads the server's address at import (see `FlowLoader`).
    from prefect.runner import Runner

    class SignalFreeRunner(Runner):
        """SIGTERM is `serve`'s to handle (see the module docstring)."""

        def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
            on_sigterm()

    # One run at a time: a run holds the lock of the state folder, a second would fail on it.
    return SignalFreeRunner(name="bikwatch", limit=1, pause_on_shutdown=pause_on_stop)


async def _serve(
    scrape: Flow[..., Any],
    name: str,
    schedule: ServeSchedule,
    parameters: dict[str, Any],
    pause_on_stop: bool,
) -> None:
    # Deferred on purpose, as in `_runner`.
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron, Interval

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    # Runner.start installs its own SIGTERM handler over the loop's; it sets the event too.
    runner = _runner(lambda: loop.call_soon_threadsafe(stop.set), pause_on_stop)
    chosen = (
        Interval(timedelta(seconds=schedule.interval_seconds))
        if schedule.interval_seconds is not None
        else Cron(schedule.cron, timezone=schedule.timezone)
    )
    await runner.aadd_flow(
        scrape,
        name=name,
        schedules=[chosen],
        parameters=parameters,
        # Imported by module name in each run's process: independent of the working folder.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    serving = asyncio.create_task(runner.start())
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({serving, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if not serving.done():
        await runner.astop()
    stopping.cancel()
    await serving
