"""Runs the worker: build services, build the app, hand the loop to faust until stopped.

Stopping (docs/RELIABILITY.md, "Stopping"): SIGTERM or SIGINT marks the worker as stopping before faust's
own shutdown starts, so no new batch starts, retry loops give up and the batch in flight is abandoned
unless its records are already delivered (an abandoned batch is never acked: its offsets stay uncommitted).
faust's stop then runs with bounded waits; a watchdog forces the exit if it still has not finished after
``MONITOR_STOP_TIMEOUT_S``. Once stopped, the process exits without the interpreter's teardown
(``exit_now``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from faust.worker import Worker

from monitor.config import Settings
from monitor.storage.connections import ensure_topics
from streams.app import build_app
from streams.services import WorkerServices, build_services
from streams.stopping import StopWatchdog, exit_now

log = logging.getLogger("monitor.worker")
SENTINEL_S = 0.2


class MonitorWorker(Worker):
    """faust's Worker, told first when a stop signal arrives (see the module docstring)."""

    def __init__(self, app: Any, services: WorkerServices, watchdog: StopWatchdog, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self.monitor_services = services
        self.watchdog = watchdog

    async def _sentinel_task(self) -> None:
        # mode gives the loop's last callbacks (transports closing) 1 s before closing it; a stop is
        # bounded as a whole, and they need a few loop iterations, not a second
        await asyncio.sleep(SENTINEL_S)

    def begin_stop(self, why: str) -> None:
        state = self.monitor_services.state
        if not state.stopping:
            state.stop_requested_at = time.monotonic()
            # faust's steps share the watchdog's time less mode's loop shutdown (at most 1.2 s), the
            # exit's thread joins (at most 1 s) and slack for a loaded machine
            state.stop_budget_s = max(1.0, self.watchdog.timeout_s - 6.0)
            state.stopping = True
            log.info("%s: stopping (no new batch; forced exit after %.0fs)", why, self.watchdog.timeout_s)
        self.watchdog.start()

    def _on_sigterm(self) -> None:
        self.begin_stop("SIGTERM")
        super()._on_sigterm()

    def _on_sigint(self) -> None:
        self.begin_stop("SIGINT")
        super()._on_sigint()


def run_worker(settings: Settings, loglevel: str = "info") -> None:
    ensure_topics(settings)  # every topic of these settings
    services = build_services(settings)
    app = build_app(services)
    log.info("metrics and health on http://%s:%d/metrics", settings.metrics_host, settings.metrics_port)
    watchdog = StopWatchdog(settings.stop_timeout_s)
    worker = MonitorWorker(app, services, watchdog, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    code = 0
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        # a stop that did not come from a signal (a crash, faust giving up) is bounded the same way
        watchdog.start()
        services.executor.shutdown(wait=False, cancel_futures=True)
        try:
            services.close()  # a background distillation's child process and temporary folder
        except Exception:
            log.exception("stopping the background distillation")
        for hook in services.hooks:
            close = getattr(hook, "close", None)
            if close is not None:
                try:
                    close()
                except Exception:
                    log.exception("closing hook %s", hook.name)
    stopped_in = time.monotonic() - (services.state.stop_requested_at or time.monotonic())
    log.info("worker stopped (exit %d, %.1fs after the stop request)", code, stopped_in)
    exit_now(code)  # the watchdog stays armed until the process is gone
