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

from collections.abc import Collection, Sequence

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


def pair_labels(candidates: Sequence[str], gold: Collection[str], window: int) -> list[tuple[str, float]]:
    """One labelled post's training pairs for a reader fine-tuned on ``claim [SEP] post``: its first
    ``window`` candidates, 1.0 for a gold template and 0.0 for any other (so a debunk, a true fact about a
    person or a benign post is 0.0 against the template it resembles, and a sibling is 0.0), then each gold
    template outside the window, 1.0. Pure."""
    head = list(dict.fromkeys(candidates))[:window]
    gold_set = set(gold)
    return [(t, 1.0 if t in gold_set else 0.0) for t in head] + [
        (g, 1.0) for g in sorted(gold_set) if g not in head
    ]


def nested_folds(n_groups: int) -> list[tuple[int, tuple[int, ...], list[tuple[int, tuple[int, ...]]]]]:
    """Nested grouped leave-out: for each left-out group ``k``, the groups a model is fitted on
    (all but ``k``) and, for each of those groups ``j``, the groups the model that estimates ``j`` out of
    fold is fitted on (all but ``j`` and ``k``); no model ever sees the group it scores or ``k``. Pure."""
    if n_groups < 3:
        raise ValueError("nested leave-out needs at least three groups")
    out = []
    for k in range(n_groups):
        others = tuple(g for g in range(n_groups) if g != k)
        out.append((k, others, [(j, tuple(g for g in others if g != j)) for j in others]))
    return out
