"""Distilling the static model in the background: a low-priority child process, so that a worker with the
cascade on starts at once (the cascade off) instead of waiting minutes for ``model2vec`` (E5's 250k-token
vocabulary: 7-9 minutes on 2 cores).

:class:`BackgroundDistil` (in the worker) watches the cache from a daemon thread that sleeps between cheap
checks (a few ``stat`` calls and a non-blocking ``flock`` probe every ``poll_s``):

- the static model is in the cache: ``on_ready(path)``; done;
- another process holds the distillation lock (another worker on this host, ``monitor model distill``):
  wait for its folder to appear, never distil twice;
- else: start ``python -m monitor.embedding.distil_process`` (this module's :func:`main`), which lowers its
  own priority (nice 19) and runs
  :func:`~monitor.embedding.static.distill_static` (the lock, a temporary folder renamed into place).

:meth:`BackgroundDistil.stop` ends the child (SIGTERM: it removes its temporary folder; SIGKILL after a
grace period, and the parent removes the folder) and the child ends itself when its parent is gone (a
worker killed with SIGKILL or forced out by its stop watchdog): no stray process, no half a model.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Literal

from monitor.embedding.base import ModelSpec
from monitor.embedding.static import (
    DEFAULT_PCA_DIMS,
    distil_in_progress,
    distill_static,
    estimate_minutes,
    is_distilled,
    remove_temp_folders,
    static_dir,
)

log = logging.getLogger(__name__)

DistilStatus = Literal["idle", "distilling", "waiting", "ready", "failed", "stopped"]
# the statuses a gauge or a health page reports (known values, in order)
DISTIL_STATUSES: tuple[DistilStatus, ...] = ("idle", "distilling", "waiting", "ready", "failed", "stopped")


class BackgroundDistil:
    """Make the static model of ``spec`` appear in ``models_dir`` without blocking: distil it in a child
    process (or wait for the process that does), then call ``on_ready(path)`` from the watcher thread.

    ``command`` replaces the child's command line (tests); ``max_attempts``: failed children before it
    gives up (``on_failed``; the worker then runs without the cascade)."""

    def __init__(
        self,
        spec: ModelSpec,
        models_dir: Path,
        on_ready: Callable[[Path], None],
        *,
        pca_dims: int = DEFAULT_PCA_DIMS,
        poll_s: float = 2.0,
        max_attempts: int = 2,
        command: Sequence[str] | None = None,
        on_failed: Callable[[str], None] | None = None,
        stop_grace_s: float = 2.0,
        on_status: Callable[[DistilStatus], None] | None = None,
    ) -> None:
        if spec.path is None:
            raise ValueError(f"model {spec.name} has no local folder to distil from")
        self.spec = spec
        self.models_dir = models_dir.expanduser()
        self.pca_dims = pca_dims
        self.dest = static_dir(spec, self.models_dir, pca_dims)
        self.on_ready = on_ready
        self.on_failed = on_failed
        self.poll_s = poll_s
        self.max_attempts = max_attempts
        self.stop_grace_s = stop_grace_s
        self.command = list(command) if command is not None else self._default_command()
        self.on_status = on_status
        self.status: DistilStatus = "idle"
        self.error: str | None = None
        self.attempts = 0
        self.started_at: float | None = None
        self.child: subprocess.Popen[bytes] | None = None
        self._child_log: IO[bytes] | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()  # the child handle: the watcher starts it, stop() ends it
        self._thread: threading.Thread | None = None

    def _default_command(self) -> list[str]:
        assert self.spec.path is not None
        return [
            sys.executable,
            "-m",
            "monitor.embedding.distil_process",
            "--name",
            self.spec.name,
            "--source",
            str(self.spec.path),
            "--models-dir",
            str(self.models_dir),
            "--pca-dims",
            str(self.pca_dims),
            "--parent",
            str(os.getpid()),
        ]

    def _set_status(self, status: DistilStatus) -> None:
        if status == self.status:
            return
        self.status = status
        if self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:  # a gauge must not stop the watcher
                log.exception("static distil: status callback failed")

    @property
    def estimate_min(self) -> int:
        return estimate_minutes(self.spec)

    def start(self) -> BackgroundDistil:
        self.started_at = time.monotonic()
        self._thread = threading.Thread(target=self._watch, name="static-distil", daemon=True)
        self._thread.start()
        return self

    def wait(self, timeout_s: float) -> bool:
        """Wait for the watcher to finish (ready, failed or stopped); True when it has."""
        if self._thread is not None:
            self._thread.join(timeout_s)
            return not self._thread.is_alive()
        return True

    # --- the watcher thread -------------------------------------------------------------------------------
    def _watch(self) -> None:
        announced_wait = False
        while not self._stop.is_set():
            if is_distilled(self.dest):
                self._end_child()  # ours renamed its folder into place and is exiting: reap it
                self._ready()
                return
            with self._lock:
                child = self.child
            if child is None:
                if distil_in_progress(self.dest):
                    self._set_status("waiting")
                    if not announced_wait:
                        log.info(
                            "static model of %s: another process is distilling it; waiting for %s",
                            self.spec.name,
                            self.dest,
                        )
                        announced_wait = True
                elif self.attempts >= self.max_attempts:
                    self._failed(self.error or "distillation failed")
                    return
                else:
                    self._spawn()
            else:
                code = child.poll()
                if code is not None:
                    self._reap(code)
            self._stop.wait(self.poll_s)

    def _spawn(self) -> None:
        with self._lock:
            if self._stop.is_set():
                return
            self.attempts += 1
            # the child's output, read back on failure; closed when the child is reaped or stopped
            self._child_log = tempfile.TemporaryFile(prefix="monitor-distil-")  # noqa: SIM115
            env = dict(os.environ)
            # offline, no progress bars (the log stays readable); torch keeps its threads: at nice 19
            # they take the cores' idle time (an idle host distils at full speed, a busy worker barely
            # notices)
            env.update(
                TOKENIZERS_PARALLELISM="false", TQDM_DISABLE="1", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1"
            )
            self.child = subprocess.Popen(
                self.command,
                stdin=subprocess.DEVNULL,
                stdout=self._child_log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,  # a Ctrl-C in the worker's terminal is the worker's to handle
            )
            self._set_status("distilling")
        log.info(
            "static model of %s: distilling it in the background (pid %d, nice 19, ~%d min on free cores)",
            self.spec.name,
            self.child.pid,
            self.estimate_min,
        )

    def _reap(self, code: int) -> None:
        with self._lock:
            child, self.child = self.child, None
            tail = self._log_tail()
        if child is not None:
            remove_temp_folders(self.dest, child.pid)
        if code != 0 and not is_distilled(self.dest):
            self.error = (
                f"distillation exited with {code}: {tail}" if tail else f"distillation exited with {code}"
            )
            log.warning("static model of %s: %s", self.spec.name, self.error)

    def _end_child(self, timeout_s: float = 10.0) -> None:
        """Wait for our child (done) to exit, ending it after ``timeout_s``; reap it."""
        with self._lock:
            child = self.child
        if child is None:
            return
        try:
            code = child.wait(timeout_s)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                child.kill()
            code = child.wait()
        self._reap(code)

    def _log_tail(self, chars: int = 400) -> str:
        if self._child_log is None:
            return ""
        try:
            self._child_log.seek(0)
            text = self._child_log.read().decode("utf-8", "replace").strip()
        finally:
            self._child_log.close()
            self._child_log = None
        return " | ".join(text[-chars:].splitlines()[-4:])

    def _ready(self) -> None:
        took = time.monotonic() - (self.started_at or time.monotonic())
        try:
            self.on_ready(self.dest)
        except Exception as exc:
            log.exception("static model of %s: distilled, but turning the cascade on failed", self.spec.name)
            self._failed(f"loading {self.dest} failed: {exc}")
            return
        self._set_status("ready")
        log.info("static model of %s ready after %.0fs", self.spec.name, took)

    def _failed(self, why: str) -> None:
        self._set_status("failed")
        self.error = why
        log.error(
            "static model of %s: %s; the cascade stays off (monitor model distill)", self.spec.name, why
        )
        if self.on_failed is not None:
            self.on_failed(why)

    # --- stopping ---------------------------------------------------------------------------------------
    def stop(self) -> None:
        """End the watcher and the child, if any (SIGTERM, then SIGKILL after ``stop_grace_s``), and remove
        the child's temporary folder. Safe to call more than once, from any thread."""
        self._stop.set()
        with self._lock:
            child, self.child = self.child, None
            if child is not None:
                with contextlib.suppress(ProcessLookupError):
                    child.terminate()
                try:
                    child.wait(self.stop_grace_s)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError):
                        child.kill()
                    child.wait()
                remove_temp_folders(self.dest, child.pid)
                if self._child_log is not None:
                    self._child_log.close()
                    self._child_log = None
            if self.status not in ("ready", "failed"):
                self._set_status("stopped")


# --- the child ---------------------------------------------------------------------------------------------
def _lower_priority() -> None:
    """Yield the cores to the worker: nice 19 (the scheduler gives a nice-0 thread ~70x its share when
    both want a core, and the child the cores' idle time). Not ``SCHED_IDLE``: on a host that is never idle
    the distillation would never end, and the cascade never turn on."""
    with contextlib.suppress(OSError):
        os.nice(19)


def _exit_with_parent(parent: int, every_s: float = 1.0) -> None:
    """End this process (SIGTERM to itself: the temporary folder is removed) once ``parent`` is gone."""

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os.kill(os.getpid(), signal.SIGTERM)
                return
            time.sleep(every_s)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="distil the cascade's static model (a worker's child)")
    parser.add_argument("--name", required=True)
    parser.add_argument("--source", required=True, type=Path)
    parser.add_argument("--models-dir", required=True, type=Path)
    parser.add_argument("--pca-dims", type=int, default=DEFAULT_PCA_DIMS)
    parser.add_argument("--parent", type=int, default=0, help="exit when this process is gone")
    args = parser.parse_args(argv)
    # SIGTERM unwinds (SystemExit): distill_static's finally removes its temporary folder, the lock goes
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    _lower_priority()
    if args.parent:
        _exit_with_parent(args.parent)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    spec = ModelSpec(name=args.name, path=args.source)
    path = distill_static(
        spec, args.models_dir, pca_dims=args.pca_dims, progress=lambda m: print(m, flush=True)
    )
    print(path, flush=True)
    return 0


if __name__ == "__main__":  # pragma: no cover - run as a child process
    sys.exit(main())
