"""A throwaway redis-server for the measuring scripts (candidate_lock_wait.py, candidates_store_cost.py):
:func:`scratch_redis` starts one on a free loopback port with its data in a temporary folder and no
snapshots, waits up to ~5 s for it to answer PING, yields a client, and stops it afterwards."""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import redis

from monitor.tools.stack import binaries, free_port


@contextmanager
def scratch_redis(prefix: str, **client_kwargs: Any) -> Iterator[redis.Redis]:
    """A client (``redis.Redis(port=..., **client_kwargs)``) of a redis-server started for the block, its
    data folder a temporary directory named ``prefix``…; the server is terminated when the block ends."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix=prefix) as d:
        server = subprocess.Popen(
            [
                str(binaries()["redis-server"]),
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--dir",
                d,
                "--save",
                "",
            ],
            stdout=subprocess.DEVNULL,
        )
        try:
            client = redis.Redis(port=port, **client_kwargs)
            for _ in range(100):
                try:
                    client.ping()
                    break
                except redis.ConnectionError:
                    time.sleep(0.05)
            yield client
        finally:
            server.terminate()
            server.wait(10)
