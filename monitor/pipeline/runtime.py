"""Process-level tuning of the Python runtime for long-lived workers.

CPython's cyclic garbage collector walks every tracked container in a full (generation 2) collection. A
worker holds large structures that live as long as the process: the cross-script bridge's pinyin
dictionaries alone are ~190,000 lists, and a full collection over them took 235 ms on an idle 2-core machine
and up to 676 ms under load (``gc.callbacks`` around the cascade profile's stream, docs/PERFORMANCE.md): a
pause of the batch thread that shows as the stream's p99 latency. :func:`freeze_long_lived` moves what is
alive once such a structure is loaded into the collector's permanent generation (``gc.freeze``), so later
collections walk only what was created after it. It collects first, so no garbage is frozen; what it
freezes is never collected (it is meant to live for the process anyway)."""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)


def freeze_long_lived(what: str) -> int:
    """Collect, then move every live tracked object out of the collector's generations; returns how many
    objects are frozen in all (this call's and earlier ones')."""
    started = time.perf_counter()
    gc.collect()
    gc.freeze()
    frozen = gc.get_freeze_count()
    log.info(
        "gc: %s loaded; %d objects kept out of garbage collection (%.0f ms)",
        what,
        frozen,
        (time.perf_counter() - started) * 1000,
    )
    return frozen
