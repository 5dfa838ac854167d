from __future__ import annotations

import numpy as np
import pytest

from monitor.core.bridge import CrossScriptBridge
from monitor.core.hubness import HubnessCorrection, HubnessEstimator, exemplar_hubness
from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Post, Template
from monitor.embedding import HashingEmbedder
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.storage.index import MemoryIndex


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


def test_the_estimator_keeps_each_exemplars_k_best_cosines_and_waits_for_enough_posts() -> None:
    est = HubnessEstimator(k=2, min_posts=3)
    a, b, c = ("a", "text", 0), ("b", "text", 0), ("c", "text", 0)
    est.observe([(a, 0.9), (b, 0.7)])
    est.observe([(a, 0.8), (b, 0.6), (c, 0.5)])
    assert est.correction(1.0) is None  # two posts seen, three needed
    est.observe([(a, 0.95), (b, 0.65)])
    corr = est.correction(0.5)
    assert corr is not None
    assert corr.hubness == {a: pytest.approx(0.925), b: pytest.approx(0.675)}  # c: seen once, no estimate
    assert corr.penalty(a) == pytest.approx(0.5 * (0.925 - 0.8))
    assert corr.penalty(c) == 0.0


def test_the_processor_learns_hubness_only_from_posts_of_the_estimators_script() -> None:
    emb = HashingEmbedder()
    index = MemoryIndex()
    vecs = emb.encode_passages([HUB.text, LONER.text])
    index.add([("hub", "text", 0, HUB.text, vecs[0]), ("loner", "text", 0, LONER.text, vecs[1])])
    proc = Processor(
        emb,
        index,
        StaticCatalogue({"hub": HUB, "loner": LONER}),
        MatchPolicy(default_threshold=0.5),
        Metrics(),
    )
    proc.hubness, proc.hubness_weight = HubnessEstimator(k=1, min_posts=2), 1.0
    english = [Post(id=f"e{i}", text=f"Sora is open to everyone now, post {i}") for i in range(3)]
    proc.decide_posts(english)
    assert proc.hubness.posts == 0 and proc.policy.hubness is None
    chinese = [Post(id=f"z{i}", text=f"Sora现在人人都能用了 {i}") for i in range(2)]
    proc.decide_posts(chinese)
    assert proc.hubness.posts == 2
    assert proc.policy.hubness is not None and set(proc.policy.hubness.hubness) == {
        ("hub", "text", 0),
        ("loner", "text", 0),
    }


def test_the_correction_brings_its_own_cross_script_offset() -> None:
    bridge = CrossScriptBridge({}, list)
    policy = MatchPolicy(
        default_threshold=0.9, cross_language_offset=0.03, bridged_language_offset=0.01, bridge=bridge
    )
    hub = HubnessCorrection({("hub", "text", 0): 0.8}, bridged_offset=0.025)
    with_hub = MatchPolicy(
        default_threshold=0.9,
        cross_language_offset=0.03,
        bridged_language_offset=0.01,
        bridge=bridge,
        hubness=hub,
    )
    assert policy.threshold_for(HUB, "zh", HUB.text) == pytest.approx(0.89)
    assert with_hub.threshold_for(HUB, "zh", HUB.text) == pytest.approx(0.875)
    assert with_hub.threshold_for(HUB, "alphabetic", HUB.text) == 0.9  # English posts: as before
    assert with_hub.lowest_threshold(HUB) == pytest.approx(0.87)


def test_the_correction_is_on_by_default_for_a_multilingual_model_only() -> None:
    from monitor.config import Settings
    from monitor.pipeline.matcher import attach_hubness

    def processor(offset: float) -> Processor:
        return Processor(
            HashingEmbedder(),
            MemoryIndex(),
            StaticCatalogue({}),
            MatchPolicy(cross_language_offset=offset),
            Metrics(),
        )

    settings = Settings()
    multilingual, english_only = processor(0.03), processor(0.0)
    attach_hubness(multilingual, settings)
    attach_hubness(english_only, settings)
    assert multilingual.hubness is not None and multilingual.hubness_weight == 1.0
    assert multilingual.hubness_bridged_offset == 0.03 and multilingual.hubness.min_posts == 200
    assert english_only.hubness is None
    off = processor(0.03)
    attach_hubness(off, Settings(hubness_weight=0.0))
    assert off.hubness is None


def test_an_estimator_adopts_the_others_observations_without_counting_any_twice() -> None:
    a_key, b_key = ("a", "text", 0), ("b", "text", 0)
    one, two = HubnessEstimator(k=2, min_posts=4), HubnessEstimator(k=2, min_posts=4)
    one.observe([(a_key, 0.9), (b_key, 0.5)])
    one.observe([(a_key, 0.7)])
    two.observe([(a_key, 0.8), (b_key, 0.6)])
    two.observe([(b_key, 0.4)])
    assert one.correction(1.0) is None and two.correction(1.0) is None  # two posts each, four needed
    # each adopts what the other saw itself, again and again: the same estimate every time
    for _ in range(3):
        one.adopt(two.posts, two.own())
        two.adopt(one.posts, one.own())
    first, second = one.correction(1.0), two.correction(1.0)
    assert first is not None and second is not None
    assert first.hubness == second.hubness == {a_key: pytest.approx(0.85), b_key: pytest.approx(0.55)}
    # adopting replaces what was adopted before: a worker whose observations expired counts no more
    one.adopt(0, {})
    assert one.correction(1.0) is None


def test_an_exemplar_digest_names_the_exemplar_not_its_index() -> None:
    from monitor.core.hubness import exemplar_digest

    assert exemplar_digest("t", "example", "Sora is open") == exemplar_digest("t", "example", "Sora is open")
    assert exemplar_digest("t", "example", "Sora is open") != exemplar_digest("t", "text", "Sora is open")
    assert exemplar_digest("t", "example", "Sora is open") != exemplar_digest("u", "example", "Sora is open")


def _worker(templates: dict[str, Template], min_posts: int = 2) -> Processor:
    emb = HashingEmbedder()
    index = MemoryIndex()
    rows = [(t.id, kind, i, text) for t in templates.values() for kind, i, text in t.exemplars()]
    vecs = emb.encode_passages([r[3] for r in rows])
    index.add([(*r, vecs[n]) for n, r in enumerate(rows)])
    proc = Processor(emb, index, StaticCatalogue(templates), MatchPolicy(default_threshold=0.5), Metrics())
    proc.hubness, proc.hubness_weight = HubnessEstimator(k=1, min_posts=min_posts), 1.0
    return proc


def test_a_starting_worker_corrects_from_the_others_observations_before_its_first_post() -> None:
    from monitor.pipeline.hubness_share import HubnessSharing
    from monitor.storage.hubness_state import MemoryHubnessStore

    store = MemoryHubnessStore()
    hub = HUB.model_copy(update={"examples": ("Sora for all, no invite", "anyone can sign up to Sora")})
    old = _worker({"hub": hub, "loner": LONER})
    HubnessSharing(old, store, 30.0, "old").sync()
    old.decide_posts([Post(id=f"z{i}", text=f"Sora现在人人都能用了 {i}") for i in range(2)])
    assert old.policy.hubness is not None
    assert HubnessSharing(old, store, 30.0, "old").sync()
    # a new worker, after a reload that swapped the hub's two examples: the digests find each one
    swapped = hub.model_copy(update={"examples": tuple(reversed(hub.examples))})
    new = _worker({"hub": swapped, "loner": LONER}, min_posts=2)
    assert new.hubness is not None and new.hubness.posts == 0 and new.policy.hubness is None
    assert HubnessSharing(new, store, 30.0, "new").sync()
    assert new.policy.hubness is not None and new.hubness.others_posts == 2
    seen, adopted = old.policy.hubness.hubness, new.policy.hubness.hubness
    assert seen[("hub", "example", 0)] != pytest.approx(seen[("hub", "example", 1)])
    assert adopted[("hub", "example", 1)] == pytest.approx(seen[("hub", "example", 0)])
    assert adopted[("hub", "example", 0)] == pytest.approx(seen[("hub", "example", 1)])
    assert adopted[("hub", "text", 0)] == pytest.approx(seen[("hub", "text", 0)])
    # the old worker, exchanging again, adopts nothing of its own back: the new one has seen no post
    HubnessSharing(old, store, 30.0, "old").sync()
    assert old.hubness is not None and old.hubness.others_posts == 0


def test_a_dead_store_leaves_a_worker_with_what_it_saw_itself() -> None:
    from monitor.pipeline.hubness_share import HubnessSharing
    from monitor.storage.hubness_state import MemoryHubnessStore

    store = MemoryHubnessStore()
    store.fail = True
    proc = _worker({"hub": HUB, "loner": LONER})
    sharing = HubnessSharing(proc, store, 30.0, "w")
    assert sharing.sync() is False and sharing.failures == 1
    proc.decide_posts([Post(id=f"z{i}", text=f"Sora现在人人都能用了 {i}") for i in range(2)])
    assert proc.policy.hubness is not None  # corrected from its own posts, as a worker alone is


def test_the_exchange_runs_once_at_start_then_on_its_thread_until_stopped() -> None:
    import time

    from monitor.pipeline.hubness_share import HubnessSharing
    from monitor.storage.hubness_state import MemoryHubnessStore

    store = MemoryHubnessStore()
    sharing = HubnessSharing(_worker({"hub": HUB, "loner": LONER}), store, 0.05, "w")
    sharing.start()
    assert sharing.exchanges >= 1 and "w" in store.data  # before the first batch
    deadline = time.monotonic() + 5
    while sharing.exchanges < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    sharing.stop()
    assert sharing.exchanges >= 3 and sharing._thread is not None and not sharing._thread.is_alive()


def test_a_read_only_exchange_adopts_the_workers_estimate_and_writes_nothing() -> None:
    from monitor.pipeline.hubness_share import HubnessSharing
    from monitor.storage.hubness_state import MemoryHubnessStore

    store = MemoryHubnessStore()
    worker = _worker({"hub": HUB, "loner": LONER})
    worker.decide_posts([Post(id=f"z{i}", text=f"Sora现在人人都能用了 {i}") for i in range(2)])
    assert HubnessSharing(worker, store, 30.0, "worker").sync()
    try_it = _worker({"hub": HUB, "loner": LONER})
    assert HubnessSharing(try_it, store, 30.0, "console", read_only=True).sync()
    assert set(store.data) == {"worker"} and try_it.policy.hubness is not None
