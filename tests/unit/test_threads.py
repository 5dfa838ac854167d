"""The worker's BLAS thread limit reaches numpy's OpenBLAS (the library the cascade's products run on)."""

from __future__ import annotations

import numpy as np
from threadpoolctl import threadpool_limits

from monitor.embedding import blas_libraries, limit_blas_threads


def test_limit_blas_threads_reaches_numpy_and_zero_leaves_it() -> None:
    np.ones((2, 2)) @ np.ones((2, 2))  # numpy's BLAS is loaded with numpy; make sure it is in use
    with threadpool_limits(limits=2, user_api="blas"):  # restores the process's limits on exit
        assert any(lib["num_threads"] == 2 for lib in blas_libraries())
        assert limit_blas_threads(0) == blas_libraries(), "0 leaves the libraries as they are"
        libraries = limit_blas_threads(1)
        assert libraries, "numpy loads a BLAS library"
        assert {lib["num_threads"] for lib in libraries} == {1}
        assert any("openblas" in str(lib["api"]) for lib in libraries)
