"""The cross reader's encoder pass (the pure feature layout is :mod:`monitor.core.crossreader`): a
sentence-transformers model reads ``claim [SEP] post`` as one sentence pair, and each part alone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from monitor.core.crossreader import combine


def _mean(hidden: Any, mask: Any) -> Any:
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)


def pair_features(model: Any, claims: Sequence[str], post: str, max_length: int = 256) -> np.ndarray:
    """:func:`combine` of one post against each of ``claims``, with a sentence-transformers ``model``."""
    import torch

    tok = model.tokenizer
    hf = model[0].auto_model
    enc = tok(
        list(claims),
        [post] * len(claims),
        padding=True,
        truncation="only_second",
        max_length=max_length,
        return_tensors="pt",
        return_token_type_ids=True,
    )
    with torch.inference_mode():
        hidden = hf(**enc).last_hidden_state
        mask = enc["attention_mask"]
        seg = enc["token_type_ids"]
        joint = _mean(hidden, mask)
        jc = _mean(hidden, mask * (seg == 0))
        jp = _mean(hidden, mask * (seg == 1))
        single = tok(
            [*list(claims), post], padding=True, truncation=True, max_length=max_length, return_tensors="pt"
        )
        sep = _mean(hf(**single).last_hidden_state, single["attention_mask"])
    sep_np = sep.numpy()
    return combine(joint.numpy(), jc.numpy(), jp.numpy(), sep_np[:-1], sep_np[-1])
