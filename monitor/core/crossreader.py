"""The cross reader: the sentence model reads a candidate's claim and the post together.

Each guard of the decision layer reads one side of a post (its cues, its negations, its quotes) and the dense
score compares two vectors made apart; neither sees how the post's words stand towards the claim's. Here the
frozen sentence transformer encodes ``claim [SEP] post`` as one input (its attention mixes the two), and the
features are that joint encoding (mean-pooled over all tokens), the claim's and the post's separate vectors'
product and difference, and three cosines between the parts. A small logistic head over them (fitted on the
seen labelled English sets by ``scripts/fit_cross_reader.py``) estimates "this post spreads this claim".
Pure: the encoder runs in :mod:`monitor.embedding.crossreader`.
"""

from __future__ import annotations

import numpy as np


def _unit(a: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(a, axis=-1, keepdims=True)
    return a / np.maximum(n, 1e-9)


def combine(
    joint: np.ndarray, joint_claim: np.ndarray, joint_post: np.ndarray, u: np.ndarray, v: np.ndarray
) -> np.ndarray:
    """The head's input from the encodings (rows: candidates; ``v`` one row, the post's vector): the joint
    encoding, ``u*v``, ``|u-v|``, and cos(joint claim part, u), cos(joint post part, v), cos(claim part,
    post part). Pure."""
    joint, jc, jp, u = _unit(joint), _unit(joint_claim), _unit(joint_post), _unit(u)
    v = np.broadcast_to(_unit(v.reshape(1, -1)), u.shape)
    cos = np.stack([(jc * u).sum(1), (jp * v).sum(1), (jc * jp).sum(1)], axis=1)
    return np.hstack([joint, u * v, np.abs(u - v), cos])
