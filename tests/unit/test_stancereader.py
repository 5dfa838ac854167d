"""The stance reader (monitor.core.stancereader) and where decide() applies it."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Template
from monitor.core.sellerguard import FEATURES, SellerWaiver
from monitor.core.stancereader import (
    READINGS,
    StanceReader,
    stance_features,
    stance_reader_for,
    stance_readings,
)
from monitor.core.text import analyze

GIFT = Template(
    id="gift-card-scam",
    category="scam",
    severity="high",
    text="Pay a 20 dollar fee and we send you a 500 dollar supermarket gift card, scan the QR code to pay.",
    examples=("Supermarket gift card giveaway, small handling fee, DM me",),
)
CATALOGUE = {GIFT.id: GIFT}
POLICY = MatchPolicy(default_threshold=0.6, lexical_weight=0.4, lexical_saturation=10.0, signal_weight=0.04)
SPREAD = "Pay the 20 dollar fee and scan the QR code, your 500 dollar gift card ships today."
# a post vector of two components: the first reads "debunk", the second "spreads" (a hand-set head)
DEBUNK_VEC = np.array([1.0, 0.0], dtype=np.float32)
SPREAD_VEC = np.array([0.0, 1.0], dtype=np.float32)


def _reader(**more: object) -> StanceReader:
    n = 2 + len(READINGS)
    head = StanceReader(
        (6.0,) + (0.0,) * (n - 1), (0.0,) * n, (1.0,) * n, bias=-3.0, cut=0.9, languages=("en",)
    )
    return dataclasses.replace(head, **more)  # type: ignore[arg-type]


def _hits(score: float) -> list[Hit]:
    return [Hit(GIFT.id, "text", 0, GIFT.text, score)]


def _decide(policy: MatchPolicy, text: str, vec: np.ndarray | None, pid: str = "p"):  # type: ignore[no-untyped-def]
    return decide(pid, text, _hits(0.9), CATALOGUE, policy, lexical={GIFT.id: 20.0}, post_vector=vec)


def test_readings_are_question_form_person_and_selling_acts() -> None:
    r = dict(
        zip(
            READINGS,
            stance_readings(analyze("Where would a seller even get one? I paid, you pay too")),
            strict=True,
        )
    )
    assert r["question"] == 1 and r["first_singular"] == 1 and r["second"] == 1 and r["first_plural"] == 0
    zh = dict(
        zip(READINGS, stance_readings(analyze("开发者一栏写的是OpenAI吗？我们扫码付款即发")), strict=True)
    )
    assert zh["question"] == 1 and zh["first_plural"] == 1 and zh["acts"] >= 1
    x = stance_features(analyze(SPREAD), SPREAD_VEC)
    assert x.shape == (2 + len(READINGS),) and list(x[:2]) == [0.0, 1.0]


def test_an_alert_read_as_a_debunk_stops_and_a_spread_alerts() -> None:
    policy = dataclasses.replace(POLICY, stance_reader=_reader())
    stopped = _decide(policy, SPREAD, DEBUNK_VEC)
    assert not stopped.matched and stopped.suppressed_by == "stance_reader"
    assert stopped.suppressed_template == GIFT.id
    assert stopped.explanation["stance_reader"]["stopped"] is True
    assert stopped.explanation["stance_reader"]["probability"] == pytest.approx(
        1 / (1 + np.exp(-3)), abs=1e-4
    )
    kept = _decide(policy, SPREAD, SPREAD_VEC)
    assert (
        kept.matched and kept.template_id == GIFT.id and kept.explanation["stance_reader"]["stopped"] is False
    )
    # off, no vector, or a language it was not accepted for: the rules' alert stands, nothing is read
    for other, vec in ((POLICY, DEBUNK_VEC), (policy, None)):
        d = _decide(other, SPREAD, vec)
        assert d.matched and "stance_reader" not in d.explanation
    zh_only = dataclasses.replace(POLICY, stance_reader=_reader(languages=("zh",)))
    assert _decide(zh_only, SPREAD, DEBUNK_VEC).matched


def test_an_alert_the_seller_waiver_made_is_never_read() -> None:
    seller = "Beware of copycats everywhere. Pay the 20 dollar fee and scan the QR code, your 500 dollar card ships today."
    n = len(FEATURES)
    lift = SellerWaiver(
        tuple(3.0 if name == "acts_after_cue" else 0.0 for name in FEATURES),
        (0.0,) * n,
        (1.0,) * n,
        bias=-1.0,
        cut=0.5,
    )
    policy = dataclasses.replace(POLICY, seller_waiver=lift, stance_reader=_reader())
    d = _decide(policy, seller, DEBUNK_VEC)
    assert d.matched and d.explanation["seller_waiver"]["waived"] is True
    assert "stance_reader" not in d.explanation


def test_a_head_checks_its_input_and_round_trips() -> None:
    head = _reader()
    with pytest.raises(ValueError, match="expects"):
        head.probability(np.zeros(3))
    assert StanceReader.from_dict(dataclasses.asdict(head)) == head
    assert stance_reader_for("no-such-model") is None


def test_the_shipped_heads_read_chinese_with_e5_and_nothing_with_minilm() -> None:
    # the nested leave-one-set-out check accepted Chinese (E5) and rejected English (MiniLM)
    e5 = stance_reader_for("multilingual-e5-small")
    assert e5 is not None and e5.languages == ("zh",) and len(e5.weights) == 384 + len(READINGS)
    assert 0.5 <= e5.cut <= 0.95
    assert stance_reader_for("all-MiniLM-L6-v2") is None
    assert not e5.applies(analyze("Before you install: which developer is listed on the store page?"))
    assert e5.applies(analyze("你在应用商店下的那个Sora，开发者一栏写的是谁？"))
