"""Threads of the numeric libraries besides the model's own (``MONITOR_BLAS_THREADS``).

numpy's OpenBLAS starts one thread per core by default and uses them even for the cascade's small products
(a batch's static vectors through the learned map, their cosines to the exemplars) and for its calibration
fits. In a worker whose model threads already own the cores (one ONNX thread per process, one process per
core), those helper threads fight the model for the cores, and OpenBLAS's hand-off between its threads
waits for a thread that is not scheduled: on this 2-core machine, under load, one 64 x 257 x 384 product
took ~90 ms with two OpenBLAS threads and ~0.5 ms with one (docs/PERFORMANCE.md, "Cascade"). The worker
therefore limits them once everything is loaded (:func:`limit_blas_threads`, through threadpoolctl, which
reaches every BLAS library loaded in the process, numpy's and scipy's)."""

from __future__ import annotations

import logging
from typing import Any

from threadpoolctl import threadpool_info, threadpool_limits

log = logging.getLogger(__name__)


def blas_libraries() -> list[dict[str, Any]]:
    """The BLAS libraries loaded in this process: library, threading layer, thread count, file."""
    return [
        {
            "api": info.get("internal_api"),
            "threading_layer": info.get("threading_layer"),
            "num_threads": info.get("num_threads"),
            "file": str(info.get("filepath", "")).rsplit("/", 1)[-1],
        }
        for info in threadpool_info()
        if info.get("user_api") == "blas"
    ]


def limit_blas_threads(threads: int) -> list[dict[str, Any]]:
    """Limit every BLAS library loaded so far to ``threads`` threads (0: leave them as they are); returns
    what is loaded afterwards. Process-wide and lasting: call it once the model and the cascade's static
    model are loaded (a library loaded later keeps its default)."""
    if threads > 0:
        threadpool_limits(limits=threads, user_api="blas")
    libraries = blas_libraries()
    log.info(
        "BLAS threads: %s",
        ", ".join(f"{lib['file']} ({lib['api']}) {lib['num_threads']}" for lib in libraries) or "none loaded",
    )
    return libraries
