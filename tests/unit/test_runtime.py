"""The worker's garbage-collector tuning (monitor/pipeline/runtime.py)."""

from __future__ import annotations

import gc
import weakref

from monitor.pipeline.runtime import freeze_long_lived


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_freeze_keeps_live_objects_out_of_full_collections_and_collects_garbage_first() -> None:
    gc.unfreeze()
    try:
        keep = [[i] for i in range(50_000)]  # long-lived containers, as a loaded dictionary
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a cycle: garbage only a collection frees
        gone = weakref.ref(a)
        del a, b
        before = len(gc.get_objects())
        frozen = freeze_long_lived("a test's lists")
        assert gone() is None  # collected before the freeze, never frozen
        # (frozen objects freed by reference counting since leave the count: it can only have fallen)
        assert frozen >= gc.get_freeze_count() >= len(keep)
        # the lists are no longer walked by a collection: the tracked set shrank by at least them
        assert len(gc.get_objects()) <= before - len(keep)
        assert len(keep) == 50_000
    finally:
        gc.unfreeze()
