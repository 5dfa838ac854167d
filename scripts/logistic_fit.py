"""The one logistic fit the learned heads' scripts share (fit_verifier.py, fit_seller_guard.py,
fit_pair_reader.py, fit_grey_band.py): L2-penalised logistic regression on standardised features by
Newton's method. Numpy, for a few thousand rows and a few dozen features; the shipped heads read their
weights from the params modules, so refitting is the only place this runs.

(The calibrator's own fit, ``monitor.core.calibration.fit_logistic``, stays dependency-free in the core.)
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np


class Standardised(NamedTuple):
    """Weights for standardised features ``(x - mean) / scale`` and the bias."""

    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray

    def raw(self) -> tuple[np.ndarray, float]:
        """The same model as weights and bias for the raw features."""
        w = self.weights / self.scale
        return w, float(self.bias - np.sum(w * self.mean))

    def probability(self, x: np.ndarray) -> np.ndarray:
        z = (np.asarray(x, dtype=np.float64) - self.mean) / self.scale
        return 1 / (1 + np.exp(-np.clip(z @ self.weights + self.bias, -30, 30)))


def fit_standardised(
    x: np.ndarray, y: np.ndarray, l2: float, *, iterations: int = 200, tol: float = 1e-8
) -> Standardised:
    """Minimise the log-loss plus ``l2/2 * |w|^2`` (the bias gets 1e-6, enough to keep a separable set's
    Hessian solvable) on features standardised to unit variance (a constant feature keeps scale 1)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    a = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    reg = np.full(a.shape[1], float(l2))
    reg[-1] = 1e-6
    beta = np.zeros(a.shape[1])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(a @ beta, -30, 30)))
        g = a.T @ (p - y) + reg * beta
        h = (a * (p * (1 - p))[:, None]).T @ a + np.diag(reg)
        step = np.linalg.solve(h, g)
        beta -= step
        if np.abs(step).max() < tol:
            break
    return Standardised(beta[:-1], float(beta[-1]), mean, scale)
