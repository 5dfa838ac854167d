"""The cross reader's pure parts: the head's input from the encodings (monitor.core.crossreader)."""

import numpy as np

from monitor.core.crossreader import combine


def test_combine_shape_and_parts() -> None:
    rng = np.random.default_rng(0)
    joint, jc, jp, u = (rng.normal(size=(3, 8)) for _ in range(4))
    v = rng.normal(size=8)
    x = combine(joint, jc, jp, u, v)
    assert x.shape == (3, 8 * 3 + 3)
    un = u / np.linalg.norm(u, axis=1, keepdims=True)
    vn = v / np.linalg.norm(v)
    assert np.allclose(x[:, 8:16], un * vn)
    assert np.allclose(x[:, 16:24], np.abs(un - vn))
    jcn = jc / np.linalg.norm(jc, axis=1, keepdims=True)
    assert np.allclose(x[:, -3], (jcn * un).sum(1))


def test_combine_identical_claim_and_post() -> None:
    a = np.array([[1.0, 2.0, 2.0]])
    x = combine(a, a, a, a, a[0])
    assert np.allclose(x[0, 6:9], 0.0)  # |u - v|
    assert np.allclose(x[0, -3:], 1.0)  # every cosine
