"""Shared fixtures. Integration tests start their own broker and Redis (once per session) on free loopback
ports and stop them at the end; the real model is loaded once per session."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
# the test workers' consumer-group session timeout (heartbeats every third of it): the embedded broker
# (tansu) holds each group join and rebalance longer the longer it is (3.06 s at 6 s, 2.06 s at 3 s, from
# the worker logs), and the suite starts some 45 workers; a killed member is expired after it. 6 s: at 3 s
# one of two fresh-clone CI runs failed the chaos scenario of SIGTERM in each outage (9 of 60 posts not
# decided within the settle time after the last stop; it passed alone right after); 6 s passed every CI run
SESSION_TIMEOUT_S = 6.0


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from monitor.config import Settings
    from monitor.embedding import resolve_model
    from monitor.embedding.onnx import ensure_exported
    from monitor.embedding.static import distill_static
    from monitor.tools.stack import EmbeddedStack

    # workers run the default backend (ONNX): export it once here (a no-op when cached), so that no test's
    # worker start-up pays for the export
    ensure_exported(resolve_model("all-MiniLM-L6-v2"), Settings().models_dir, quantized=False)
    # ... and the cascade's static model (`make install` distils it; a no-op when cached)
    distill_static(resolve_model("all-MiniLM-L6-v2"), Settings().models_dir)
    state_dir = tmp_path_factory.mktemp("stack")
    embedded = EmbeddedStack(state_dir)
    data = embedded.up()
    data["state_dir"] = str(state_dir)
    try:
        yield data
    finally:
        embedded.down()


@pytest.fixture(scope="session")
def embedder() -> Any:
    from monitor.embedding import load_embedder

    return load_embedder("all-MiniLM-L6-v2")


@pytest.fixture
def prefix() -> str:
    return f"t{uuid.uuid4().hex[:10]}"


@pytest.fixture
def settings(stack: dict[str, Any], prefix: str, tmp_path: Path) -> Any:
    """Settings on the session's stack, in this test's own namespace (Redis prefix, group, topics)."""
    from monitor.config import Settings
    from monitor.tools.harness import namespaced

    base = Settings(
        kafka_url=stack["kafka_url"],
        redis_url=stack["redis_url"],
        state_dir=Path(stack["state_dir"]),
        session_timeout_s=SESSION_TIMEOUT_S,
    )
    return namespaced(base, prefix)


@pytest.fixture
def redis_conn(settings: Any) -> Iterator[Any]:
    """A Redis client; every key under this test's prefix (and its indexes) is removed afterwards."""
    from monitor.storage.connections import redis_client
    from monitor.tools.harness import drop_redis_prefix

    client = redis_client(settings)
    try:
        yield client
    finally:
        drop_redis_prefix(client, settings.redis_prefix)


def env_for(settings: Any, **extra: str) -> dict[str, str]:
    """Environment for a `monitor` subprocess using these settings; ``extra`` (raw names) wins."""
    from monitor.config import child_env

    return child_env(settings, **extra)
