"""The gate takes the decision layer's own terms exactly: the scam-signal term per template (reward, half
reward, penalty) and the short-text guard. Each is checked against the decision layer itself, so a change
there that the gate does not follow fails here."""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np

from monitor.core.lexical import LexicalChannel
from monitor.core.matching import (
    SCAM_SIGNALS,
    Decision,
    Hit,
    MatchPolicy,
    _signal_adjustment,
    analyze,
    decide,
    off_subject_whatever_the_scores,
    signal_reward,
    template_profile,
)
from monitor.core.models import Post, Template
from monitor.core.text import Signals, normalize, word_count
from monitor.embedding import HashingEmbedder
from monitor.pipeline.cascade import CascadeConfig, CascadeStage, _with_clauses
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.storage.index import MemoryIndex
from tests.unit.test_cascade import STREAM, TEMPLATES, FakeStatic, build, msgs

WEIGHT = MatchPolicy().signal_weight


def _signals(names: frozenset[str]) -> Signals:
    """A Signals whose scam signals are ``names`` ("price" from a price, the rest as flags)."""
    out = Signals(prices=((99.0, "CNY"),) if "price" in names else (), flags=frozenset(names - {"price"}))
    assert set(out.names()) & SCAM_SIGNALS == names
    return out


ALL = sorted(SCAM_SIGNALS)
COMBOS = [frozenset(c) for n in range(len(ALL) + 1) for c in itertools.combinations(ALL, n)]


def test_signal_reward_is_the_decision_layers_term_for_every_combination() -> None:
    policy = MatchPolicy()
    for template_signals in (frozenset(), frozenset({"price"}), frozenset({"price", "qr_or_group_invite"})):
        for post in COMBOS:
            reward, shared = signal_reward(post, template_signals, WEIGHT)
            if not template_signals:
                assert (reward, shared) == (0.0, ())
            elif post & template_signals:
                assert reward == WEIGHT * min(len(post & template_signals), 2) / 2 > 0
            elif not post:
                assert reward == -WEIGHT  # the penalty: a post that offers nothing
            else:
                assert reward == 0.0
    # and the decision layer reads it: the course template's own signals, every post combination
    course = TEMPLATES[0]
    assert course.category == "scam"
    for post in COMBOS:
        got = _signal_adjustment(_signals(post), course, policy)
        assert got == signal_reward(post, template_profile(course).signals, WEIGHT)
    assert _signal_adjustment(_signals(frozenset()), TEMPLATES[1], policy) == (0.0, ())  # a rumour


def test_the_gates_signal_row_is_the_decision_layers_term_per_template() -> None:
    on, _, _ = build(cascade=True)
    assert on.cascade is not None
    on.process(msgs(STREAM))  # the catalogue is loaded
    policy = on.policy
    for post in COMBOS:
        row = on.cascade._signal_row(post)
        want = [_signal_adjustment(_signals(post), t, policy)[0] for t in TEMPLATES]
        assert np.allclose(row, want), post
    loose = dataclasses.replace(on.cascade.config, exact_terms=False)
    on.cascade.config = loose
    on.cascade._signal_rows = {}
    for post in COMBOS:
        exact_want = [_signal_adjustment(_signals(post), t, policy)[0] for t in TEMPLATES]
        # the earlier bound is never below the exact term: the exact gate's bars are never lower
        assert np.all(on.cascade._signal_row(post) >= np.asarray(exact_want) - 1e-12)


SHORT = ["ok see you", "lol", "Sora course 99", "haha yes", "k thx bye"]


def _decide(
    proc: Processor, texts: list[str]
) -> tuple[list[tuple[bool, str | None]], list[Decision], list[str]]:
    _, decisions, stages = proc.embed_decide_stages([Post(id=f"p{i}", text=t) for i, t in enumerate(texts)])
    return [(d.matched, d.template_id) for d in decisions], decisions, stages


def test_posts_too_short_to_match_are_decided_at_the_gate_as_the_pipeline_would() -> None:
    texts = [*STREAM, *SHORT, "weather is lovely, going hiking with grandma tomorrow"]
    off, _, _ = build(cascade=False)
    on, _, _ = build(cascade=True)
    want, ref, _ = _decide(off, texts)
    got, decisions, stages = _decide(on, texts)
    assert got == want
    short = [i for i, t in enumerate(texts) if word_count(normalize(t)) < on.policy.min_post_tokens]
    assert short, "the stream has posts under the guard's length"
    for i in short:
        assert stages[i] == "gate"
        assert decisions[i].explanation["gate"] == {"short_text": True}
        # the full pipeline stops them with its own first guard (when a candidate reaches its threshold)
        assert not ref[i].matched
    assert ref[texts.index("Sora course 99")].suppressed_by in (None, "short_text")


def test_without_exact_terms_or_with_a_keep_margin_short_posts_reach_the_model() -> None:
    texts = ["Sora course 99", "ok see you"]
    for change in ({"exact_terms": False}, {"keep_margin": 0.1}):
        fresh, _, _ = build(cascade=True)
        assert fresh.cascade is not None
        fresh.cascade.config = dataclasses.replace(fresh.cascade.config, **change)
        _, decisions, _ = _decide(fresh, texts)
        assert not any(d.explanation.get("gate") == {"short_text": True} for d in decisions), change


def test_the_exact_gate_decides_a_superset_of_the_loose_one_with_the_same_decisions() -> None:
    texts = [*STREAM, *SHORT, "Sora course, scan the code", "learn video editing for 99 yuan now"]
    off, _, _ = build(cascade=False)
    want = [(m.matched, m.template_id) for m in off.process(msgs(texts)).matches]
    gated = {}
    for exact in (False, True):
        on, _, _ = build(cascade=True)
        assert on.cascade is not None
        on.cascade.config = dataclasses.replace(on.cascade.config, exact_terms=exact)
        on.process(msgs(STREAM))  # the same warm-up: the same calibration
        on.cascade.cache.clear()
        out = on.process(msgs(texts))
        assert [(m.matched, m.template_id) for m in out.matches] == want
        gated[exact] = {m.post_id for m in out.matches if m.decided_by == "gate"}
    assert gated[False] <= gated[True]
    assert len(gated[True]) > len(gated[False])
    assert Post(id="x", text="y")  # the model type the stream uses


WAVE = [
    Template(
        id="course",
        category="scam",
        severity="high",
        text="Sora video course for 99 yuan, scan the QR code to join the paid group",
    ),
    Template(
        id="inventor",
        category="rumour",
        severity="high",
        text="Xie Saining from Shanghai Jiao Tong University is the inventor of Sora",
    ),
    Template(
        id="weights",
        category="rumour",
        severity="high",
        text="OpenAI has open-sourced Sora: the weights are on GitHub for anyone",
    ),
    Template(
        id="rental",
        category="scam",
        severity="high",
        text="Sora accounts for rent: pay and get your own Sora login today",
    ),
]
WAVE_POSTS = [
    # one word of each of four templates' texts, no word two texts share: stopped whatever the scores
    "my grandma lifts weights at the university gym and forgot her login before the course",
    "the university course on weights training needs a login",
    # a word of two or more templates' texts, or the common one: the subject may be in the post
    "the university course on weights training needs a login for sora",
    # fewer than three templates share a BM25 term with it: not sure of three candidates
    "the university course starts at nine",
    "lovely weather for a walk",
]


def test_off_subject_whatever_the_scores_only_where_the_guard_stops_every_candidate() -> None:
    policy = MatchPolicy(default_threshold=0.5)
    templates = {t.id: t for t in WAVE}
    lexical = LexicalChannel().rows(
        templates, [normalize(t) for t in WAVE_POSTS], k=policy.lexical_candidates
    )
    # every positive exemplar as close as can be: only a guard can stop a candidate
    hits = [Hit(t.id, "text", 0, t.text, 0.99) for t in WAVE]
    sure = []
    for text, lex in zip(WAVE_POSTS, lexical, strict=True):
        norm = normalize(text)
        certain = off_subject_whatever_the_scores(norm, templates, len(lex), policy)
        sure.append(certain)
        decision = decide("p", text, hits, templates, policy, lexical=lex, post=analyze(text, norm))
        if certain:
            assert not decision.matched, text
            assert decision.suppressed_by == "off_subject", text
    assert sure == [True, True, False, False, False]
    # a catalogue without a word common to all its texts never gives it
    two = {t.id: t for t in TEMPLATES}
    assert not off_subject_whatever_the_scores(normalize(WAVE_POSTS[0]), two, 4, policy)


def test_a_star_masked_subject_is_named_for_the_guard_and_the_gate() -> None:
    policy = MatchPolicy(default_threshold=0.5)
    templates = {t.id: t for t in WAVE}
    hits = [Hit(t.id, "text", 0, t.text, 0.99) for t in WAVE]
    for subject in ("sora", "s*ra"):
        text = f"the university course on weights training needs a login for {subject}"
        norm = normalize(text)
        (lex,) = LexicalChannel().rows(templates, [norm], k=policy.lexical_candidates)
        assert not off_subject_whatever_the_scores(norm, templates, len(lex), policy), subject
        decision = decide("p", text, hits, templates, policy, lexical=lex, post=analyze(text, norm))
        assert decision.suppressed_by != "off_subject", subject
    # a masked word that spells nothing the catalogue shares leaves the post off the subject
    text = "my grandma lifts weights at the university gym and forgot her login before the c*t"
    norm = normalize(text)
    (lex,) = LexicalChannel().rows(templates, [norm], k=policy.lexical_candidates)
    assert off_subject_whatever_the_scores(norm, templates, len(lex), policy)


def test_the_gate_decides_off_subject_posts_as_the_pipeline_would() -> None:
    emb = HashingEmbedder()
    index = MemoryIndex()
    for t in WAVE:
        ex = t.exemplars()
        vecs = emb.encode_passages([e[2] for e in ex])
        index.add((t.id, kind, i, text, vecs[n]) for n, (kind, i, text) in enumerate(ex))
    catalogue = StaticCatalogue({t.id: t for t in WAVE})
    off = Processor(emb, index, catalogue, MatchPolicy(default_threshold=0.5), Metrics())
    on = Processor(emb, index, catalogue, MatchPolicy(default_threshold=0.5), Metrics())
    on.cascade = CascadeStage(
        FakeStatic(),  # type: ignore[arg-type]
        emb,
        on.policy,
        on.lexical,
        on.metrics,
        CascadeConfig(min_pairs=2, template_min_pairs=0),
    )
    texts = [*WAVE_POSTS, *(t.text for t in WAVE)]
    want, _, _ = _decide(off, texts)
    _decide(on, texts)  # warm: calibrated
    on.cascade.cache.clear()
    got, decisions, stages = _decide(on, texts)
    assert got == want
    assert any(
        t == "gate" and d.explanation["gate"] == {"off_subject": True}
        for t, d in zip(stages, decisions, strict=True)
    )


# a claim made in passing among other news: the decision layer scores the post's clauses too
# (monitor.core.segments), so the gate must bound them, not only the whole post
IN_PASSING = (
    "Monday notes from a long and rather quiet weekend spent mostly at home with the family and two cats. "
    "OpenAI has open-sourced Sora: the weights are on GitHub for anyone. "
    "The weather stayed grey and wet from early friday evening until late sunday afternoon without a break. "
    "My neighbour finally repainted his old wooden fence a bright shade of green after three years of promises. "
    "The bakery on the corner raised the price of its famous cinnamon rolls again for the third time this year."
)


def _wave_processors(segment_scoring: bool) -> tuple[Processor, Processor]:
    emb = HashingEmbedder()
    index = MemoryIndex()
    for t in WAVE:
        ex = t.exemplars()
        vecs = emb.encode_passages([e[2] for e in ex])
        index.add((t.id, kind, i, text, vecs[n]) for n, (kind, i, text) in enumerate(ex))
    catalogue = StaticCatalogue({t.id: t for t in WAVE})
    # a line between the whole post's score and its clause's (hashing vectors)
    policy = MatchPolicy(default_threshold=0.9, segment_scoring=segment_scoring)
    off = Processor(emb, index, catalogue, policy, Metrics())
    on = Processor(emb, index, catalogue, policy, Metrics())
    on.cascade = CascadeStage(
        FakeStatic(),  # type: ignore[arg-type]
        emb,
        on.policy,
        on.lexical,
        on.metrics,
        CascadeConfig(min_pairs=2, template_min_pairs=0),
    )
    return off, on


def test_a_claim_in_passing_that_a_clause_matches_is_never_decided_at_the_gate() -> None:
    texts = [*WAVE_POSTS, *(t.text for t in WAVE), IN_PASSING]
    off, on = _wave_processors(segment_scoring=True)
    want, _, _ = _decide(off, texts)
    assert want[-1] == (True, "weights"), "the full pipeline finds the claim in one clause"
    plain, _ = _wave_processors(segment_scoring=False)
    assert _decide(plain, texts)[0][-1] == (False, None), "the whole post alone is too diluted to match"
    _decide(on, texts)  # warm: calibrated
    assert on.cascade is not None
    on.cascade.cache.clear()
    got, _, stages = _decide(on, texts)
    assert got == want
    assert stages[-1] == "model"


def test_the_gate_bounds_each_exemplar_by_the_best_of_the_post_and_its_clauses() -> None:
    sims = np.asarray([[0.1, 0.2, 0.3], [0.5, 0.1, 0.0]])
    clause_sims = np.asarray([[0.4, 0.0, 0.1], [0.0, 0.6, 0.2], [0.9, 0.0, 0.0]])
    got = _with_clauses(sims, np.asarray([0, 0, 1]), clause_sims)
    assert np.allclose(got, [[0.4, 0.6, 0.3], [0.9, 0.1, 0.0]])
    assert np.allclose(sims, [[0.1, 0.2, 0.3], [0.5, 0.1, 0.0]]), "the input is left as it was"
    assert _with_clauses(sims, np.zeros(0, dtype=np.int64), np.zeros((0, 3))) is sims
    # which clauses: a long post's, where the decision layer scores them (a wave's catalogue)
    _, on = _wave_processors(segment_scoring=True)
    assert on.cascade is not None
    templates = {t.id: t for t in WAVE}
    texts = {0: normalize(IN_PASSING), 1: normalize("lovely weather for a walk")}
    owners, vectors = on.cascade._clauses([0, 1], texts, templates, 7)
    assert len(owners) == len(vectors) >= 2 and set(owners.tolist()) == {0}
    off_policy = dataclasses.replace(on.cascade.policy, segment_scoring=False)
    on.cascade.policy = off_policy
    assert len(on.cascade._clauses([0, 1], texts, templates, 7)[0]) == 0


def test_clauses_are_encoded_only_for_posts_that_name_the_wave_and_come_near_a_claim() -> None:
    far = (
        "Monday notes from a long and rather quiet weekend spent mostly at home with the family and two cats. "
        "The weather stayed grey and wet from early friday evening until late sunday afternoon without a break. "
        "My neighbour finally repainted his old wooden fence a bright shade of green after three years."
    )
    named = far.replace("two cats", "two cats, Sora and Miso")
    off, _ = _wave_processors(segment_scoring=True)
    encoded: list[str] = []
    inner = off.embedder.encode_queries

    def counting(texts: list[str]) -> np.ndarray:
        encoded.extend(texts)
        return inner(texts)

    off.embedder.encode_queries = counting  # type: ignore[method-assign]
    for text, floor, clauses in ((far, -1.0, False), (named, -1.0, True), (named, 0.35, False)):
        off.policy = dataclasses.replace(off.policy, segment_min_whole_cosine=floor)
        encoded.clear()
        _decide(off, [text])
        assert (len(encoded) > 1) == clauses, (text[-40:], floor)
    encoded.clear()
    _decide(off, [IN_PASSING])  # names the wave and comes near a claim as a whole: its clauses are scored
    assert len(encoded) > 1


def test_a_post_that_alerts_on_its_whole_text_is_not_split() -> None:
    """Bounded clause work (monitor.core.segments.clause_worth_scoring): a clause only raises positive
    cosines, so a post that alerts already is decided on its whole text; its clauses are never encoded."""
    off, _ = _wave_processors(segment_scoring=True)
    encoded: list[str] = []
    inner = off.embedder.encode_queries

    def counting(texts: list[str]) -> np.ndarray:
        encoded.extend(texts)
        return inner(texts)

    off.embedder.encode_queries = counting  # type: ignore[method-assign]
    off.policy = dataclasses.replace(off.policy, segment_min_whole_cosine=-1.0)
    got, _, _ = _decide(off, [IN_PASSING])
    assert got[0] == (True, "weights") and len(encoded) > 1  # under the line as a whole: split
    off.policy = dataclasses.replace(off.policy, default_threshold=0.0)
    encoded.clear()
    got, _, _ = _decide(off, [IN_PASSING])
    assert got[0][0] and encoded == [normalize(IN_PASSING)]  # alerts as a whole: the post alone
