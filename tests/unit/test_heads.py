"""The learned heads' shared estimate and the per-language head record (monitor/core/heads.py)."""

from __future__ import annotations

import math

import pytest

from monitor.core.heads import LanguageHead, logistic_estimate
from monitor.core.sellerguard import SellerWaiver
from monitor.core.stancereader import StanceReader
from monitor.core.text import analyze


def test_logistic_estimate_standardises_only_when_fitted_so() -> None:
    # raw features: sigmoid(0.5 + 2*1 - 1*3) = sigmoid(-0.5)
    assert logistic_estimate((2.0, -1.0), 0.5, (1.0, 3.0)) == pytest.approx(1 / (1 + math.exp(0.5)))
    # standardised: z = ((1-1)/2, (3-1)/0.5) = (0, 4): sigmoid(0.5 - 4)
    got = logistic_estimate((2.0, -1.0), 0.5, (1.0, 3.0), mean=(1.0, 1.0), scale=(2.0, 0.5))
    assert got == pytest.approx(1 / (1 + math.exp(3.5)))
    # no overflow far out on either side
    assert logistic_estimate((1.0,), 0.0, (1e6,)) == 1.0
    assert logistic_estimate((1.0,), 0.0, (-1e6,)) == 0.0


def test_logistic_estimate_names_the_head_on_a_wrong_length() -> None:
    with pytest.raises(ValueError, match="grey band expects 2 features, got 3"):
        logistic_estimate((1.0, 1.0), 0.0, (1.0, 2.0, 3.0), head="grey band")


ENTRY = {"weights": [1.0, -1.0], "mean": [0.0, 1.0], "scale": [1.0, 2.0], "bias": 0.25, "cut": 0.5}


def test_a_params_entry_without_languages_keeps_each_heads_default() -> None:
    # the waiver reads both languages unless told otherwise; the stance reader none (a language has to be
    # accepted by its check before it reads it)
    assert SellerWaiver.from_dict(ENTRY).languages == ("en", "zh")
    assert StanceReader.from_dict(ENTRY).languages == ()
    zh_only = StanceReader.from_dict({**ENTRY, "languages": ["zh"], "fitted_on": "12 sets"})
    assert zh_only.languages == ("zh",) and zh_only.fitted_on == "12 sets"
    assert zh_only.applies(analyze("Sora对所有人开放了")) and not zh_only.applies(analyze("Sora is open"))


def test_over_cut_and_the_heads_name_in_errors() -> None:
    head = LanguageHead.from_dict(ENTRY)
    # z = (2, (1-1)/2) = (2, 0): sigmoid(0.25 + 2)
    lifted, p = head.over_cut((2.0, 1.0))
    assert lifted and p == pytest.approx(1 / (1 + math.exp(-2.25)))
    assert head.over_cut((-2.0, 1.0))[0] is False
    with pytest.raises(ValueError, match="stance reader expects 2 features"):
        StanceReader.from_dict(ENTRY).probability((1.0,))
    with pytest.raises(ValueError, match="seller waiver expects 2 features"):
        SellerWaiver.from_dict(ENTRY).probability((1.0, 2.0, 3.0))
