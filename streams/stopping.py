"""The end of a stopping worker: a watchdog that forces the exit when a stop hangs (the last line of
defence), and the exit itself once the stop is done."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import threading
import time
from typing import NoReturn

log = logging.getLogger("monitor.worker")

# exit status of a stop the watchdog had to force: not 0, so that a hang is visible, but a stop all the same
EXIT_FORCED = 70


class StopWatchdog:
    """Once started, ends the process with :data:`EXIT_FORCED` if it is still alive ``timeout_s`` later.

    A daemon thread and ``os._exit``: neither a blocked event loop nor a non-daemon thread can hold it.
    The last line of defence; the stop path itself is bounded, and tests check it is not needed."""

    def __init__(self, timeout_s: float, exit_code: int = EXIT_FORCED) -> None:
        self.timeout_s, self.exit_code = timeout_s, exit_code
        self._started = threading.Event()
        self._done = threading.Event()

    def start(self) -> None:
        if self._started.is_set():
            return
        self._started.set()
        threading.Thread(target=self._run, name="stop-watchdog", daemon=True).start()

    def disarm(self) -> None:
        self._done.set()

    def _run(self) -> None:
        if self._done.wait(self.timeout_s):
            return
        stuck = [t.name for t in threading.enumerate() if t is not threading.current_thread()]
        log.error("stop did not finish in %.0fs (threads: %s); forcing the exit", self.timeout_s, stuck)
        with contextlib.suppress(Exception):  # best effort before a forced exit: where it hung, for a bug
            for handler in logging.getLogger().handlers:
                handler.flush()
            faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(self.exit_code)


def exit_now(code: int, join_s: float = 1.0) -> NoReturn:
    """End the process once the worker has stopped, without the interpreter's teardown.

    By then everything that matters is done: offsets committed or left uncommitted for the next owner,
    records acknowledged or belonging to batches never acked, hooks closed. The teardown would only free
    memory (the model runtime, ONNX Runtime's arena), measured at 2-3 s of CPU on a loaded 2-core machine
    after faust's stop had finished: most of a stop's time, and the part that varied. Threads that are not
    daemons get ``join_s`` in all to end first; the logs and standard streams are flushed."""
    deadline = time.monotonic() + join_s
    for thread in threading.enumerate():
        if not thread.daemon and thread is not threading.main_thread():
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                log.warning("thread %s still running at exit", thread.name)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
