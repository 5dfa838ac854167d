"""The worker's catalogue snapshot is incremental (audit-driven) and always equals a full read."""

from __future__ import annotations

from typing import Any

import pytest

from monitor.core.models import TemplateIn
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry

pytestmark = pytest.mark.integration


def _template(i: int, **kw: Any) -> TemplateIn:
    return TemplateIn(id=f"t{i}", category="scam", severity="low", text=f"template number {i} text", **kw)


def test_incremental_snapshot_matches_a_full_read(redis_conn: Any, settings: Any, embedder: Any) -> None:
    keys = Keys(settings.redis_prefix)
    writer = TemplateRegistry(redis_conn, keys, embedder)
    worker = TemplateRegistry(redis_conn, keys)  # the worker's long-lived registry, no model

    def full() -> dict[str, Any]:
        return {t.id: t for t in TemplateRegistry(redis_conn, keys).all() if t.enabled}

    assert worker.snapshot() == (0, {})  # empty audit stream: full read
    writer.upsert_many([_template(i) for i in range(5)])
    steps = [
        lambda: writer.upsert_many([_template(5)]),
        lambda: writer.upsert_many([_template(1, examples=("another phrasing",))]),
        lambda: writer.set_enabled("t2", False),
        lambda: writer.remove("t3"),
        lambda: writer.set_enabled("t2", True),
        lambda: writer.upsert_many([_template(3)]),  # re-added after removal
        lambda: None,  # nothing changed
    ]
    version, templates = worker.snapshot()
    assert templates == full() and version == writer.version()
    for step in steps:
        step()
        version, templates = worker.snapshot()
        assert templates == full()
        assert version == writer.version()
    assert templates["t1"].version == 2 and templates["t3"].version == 1
    before = worker.snapshot()[1]
    before.clear()  # callers get their own dict: the cached one is never shared
    assert worker.snapshot()[1] == full()
