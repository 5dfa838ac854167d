"""On the real broker, the worker's consumer (streams/offsets.py) never commits past an event still being
processed, so a ``kill -9`` while it is held loses nothing. faust's own rule commits past it (issue 606:
with no committed offset yet, the run 1-3 acked by the second actor is committed as 4, over offset 0).
tests/integration/commit_app.py holds the event ``slow`` in one actor while the other processes the rest."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kafka import TopicPartition

from monitor.storage.connections import ensure_topics, kafka_consumer, kafka_producer

pytestmark = pytest.mark.integration
APP = Path(__file__).with_name("commit_app.py")
ROOT = APP.parents[2]
WAIT_S = 90.0  # a fresh faust app joins its group and fetches within 10-30 s here


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines() if path.exists() else []


def _wait_for(what: str, check: Any, app: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if check():
            return
        assert app.poll() is None, f"the app exited: {log.read_text()[-3000:]}"
        time.sleep(0.2)
    raise AssertionError(f"{what} not within {WAIT_S:.0f}s: {log.read_text()[-3000:]}")


@pytest.fixture
def start_app(tmp_path: Path) -> Iterator[Any]:
    apps: list[subprocess.Popen[bytes]] = []

    def start(*args: str) -> tuple[subprocess.Popen[bytes], Path]:
        log = tmp_path / f"app{len(apps)}.log"
        with log.open("wb") as out:
            app = subprocess.Popen([sys.executable, str(APP), *args], cwd=ROOT, stdout=out, stderr=out)
        apps.append(app)
        return app, log

    try:
        yield start
    finally:
        for app in apps:
            if app.poll() is None:
                app.kill()
            app.wait(10)


def test_an_event_in_flight_is_not_committed_over_and_survives_kill_9(
    settings: Any, tmp_path: Path, start_app: Any
) -> None:
    topic, group = f"{settings.app_id}.commits", f"{settings.app_id}-commits"
    ensure_topics(settings, [topic], partitions=1)
    producer = kafka_producer(settings)
    for value in (b"slow", b"a", b"b", b"c"):
        producer.send(topic, value)
    producer.flush(10)
    producer.close()
    out, hold = tmp_path / "out", tmp_path / "hold"
    args = (settings.kafka_bootstrap()[0], topic, group, str(out), str(hold))

    app, log = start_app(*args)
    _wait_for("a, b and c processed", lambda: _lines(out) == [b"a", b"b", b"c"], app, log)
    time.sleep(3.0)  # six commit intervals: faust's rule would have committed 4 by now
    consumer = kafka_consumer(settings, group_id=group)
    try:
        committed = consumer.committed(TopicPartition(topic, 0))
    finally:
        consumer.close()
    assert committed in (None, 0), f"committed {committed} while offset 0 is still in a batch"

    app.kill()  # kill -9 with ``slow`` held: the next member must read it again
    app.wait(10)
    hold.touch()
    app, log = start_app(*args)
    _wait_for("slow processed after the restart", lambda: b"slow" in _lines(out), app, log)
