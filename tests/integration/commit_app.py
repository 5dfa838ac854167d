"""A faust app on the worker's consumer (streams/fetch.py) for tests/integration/test_commits.py: two actors
on one partition; the event ``slow`` is held until the file HOLD exists, the others are processed at once.
Each processed value is appended to OUT.

    python tests/integration/commit_app.py BOOTSTRAP TOPIC GROUP OUT HOLD
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from faust.worker import Worker

from streams.fetch import bounded_fetch_app


def _exists(path: Path) -> bool:
    return path.exists()


def _append(path: Path, value: bytes) -> None:
    with path.open("ab") as f:
        f.write(value + b"\n")


def main(bootstrap: str, topic_name: str, group: str, out: Path, hold: Path) -> None:
    app = bounded_fetch_app(100)(
        group,
        broker=f"kafka://{bootstrap}",
        store="memory://",
        datadir=str(out.parent / f"{group}-data"),  # beside the test's files, not in the working directory
        autodiscover=False,
        processing_guarantee="at_least_once",
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=6.0,
        broker_heartbeat_interval=2.0,
        broker_commit_interval=0.5,
        topic_partitions=1,
        web_enabled=False,
    )
    topic = app.topic(topic_name, value_serializer="raw", partitions=1)
    released = asyncio.Event()

    @app.timer(interval=0.1)
    async def watch_hold() -> None:
        if _exists(hold):
            released.set()

    @app.agent(topic, concurrency=2)
    async def process(stream: Any) -> None:
        async for value in stream:
            if value == b"slow":
                await released.wait()
            _append(out, value)

    Worker(app, loglevel="info", quiet=True, redirect_stdouts=False).execute_from_commandline()


if __name__ == "__main__":
    bootstrap, topic, group, out, hold = sys.argv[1:6]
    main(bootstrap, topic, group, Path(out), Path(hold))
