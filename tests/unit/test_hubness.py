from __future__ import annotations

import numpy as np
import pytest

from monitor.core.hubness import HubnessCorrection, exemplar_hubness
from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Template


def unit(*rows: list[float]) -> np.ndarray:
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_hubness_is_the_mean_cosine_to_the_k_nearest_background_posts() -> None:
    exemplars = unit([1, 0, 0], [0, 1, 0])
    background = unit([1, 0, 0], [1, 1, 0], [0, 0, 1], [0, 0, 1])
    r = exemplar_hubness(exemplars, background, k=2)
    assert r[0] == pytest.approx((1.0 + 0.70710677) / 2, abs=1e-5)
    assert r[1] == pytest.approx((0.70710677 + 0.0) / 2, abs=1e-5)
    assert exemplar_hubness(exemplars, background, k=50)[0] == pytest.approx((1 + 0.70710677) / 4, abs=1e-5)
    assert exemplar_hubness(exemplars, np.zeros((0, 3), dtype=np.float32)).tolist() == [0.0, 0.0]


def test_the_correction_is_centred_on_the_catalogue_mean() -> None:
    hub = HubnessCorrection.from_vectors(
        [("a", "text", 0), ("b", "text", 0)], unit([1, 0, 0], [0, 1, 0]), unit([1, 0, 0], [1, 1, 0]), k=1
    )
    assert hub.penalty(("a", "text", 0)) == pytest.approx(-hub.penalty(("b", "text", 0)))
    assert hub.penalty(("a", "text", 0)) > 0  # "a" is the hub: it loses
    assert hub.penalty(("unknown", "text", 0)) == 0.0


HUB = Template(id="hub", category="rumour", severity="high", text="Sora is open to everyone now")
LONER = Template(id="loner", category="rumour", severity="high", text="Sora was invented by one researcher")


def test_a_hub_exemplar_loses_its_lead_over_a_chinese_post_and_english_posts_are_untouched() -> None:
    templates = {t.id: t for t in (HUB, LONER)}
    hits = [Hit("hub", "text", 0, HUB.text, 0.900), Hit("loner", "text", 0, LONER.text, 0.895)]
    hub = HubnessCorrection({("hub", "text", 0): 0.86, ("loner", "text", 0): 0.80}, weight=0.5)
    policy = MatchPolicy(default_threshold=0.85, stance_guard=False, min_post_tokens=1)
    corrected = MatchPolicy(default_threshold=0.85, stance_guard=False, min_post_tokens=1, hubness=hub)
    zh = "Sora的发明者是一位研究员"
    assert decide("p", zh, hits, templates, policy).template_id == "hub"
    after = decide("p", zh, hits, templates, corrected)
    assert after.template_id == "loner"  # 0.895 + 0.015 against 0.900 - 0.015
    assert after.explanation["scores"]["dense"] == pytest.approx(0.91)
    en = "Sora was invented by one researcher, they say"
    assert decide("p", en, hits, templates, corrected) == decide("p", en, hits, templates, policy)
