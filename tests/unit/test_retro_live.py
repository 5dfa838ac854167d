"""Retro-match decides exactly as the live path: at the shipped default threshold (not a lowered one), a
window post alerts retroactively for a template iff the live worker alerts it for that template."""

from __future__ import annotations

import random

import numpy as np
import pytest

from monitor.core.lexical import LexicalChannel
from monitor.core.matching import MatchPolicy
from monitor.core.models import ExemplarKind, Post, Template
from monitor.embedding import HashingEmbedder
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.pipeline.retro import WindowPost, match_templates, match_window
from monitor.storage.index import MemoryIndex

EMB = HashingEmbedder()
TARGET = Template(
    id="course",
    category="scam",
    severity="critical",
    text="paid sora video course for 99 yuan scan the qr code to join the ai director group",
    examples=("learn sora in three days, course fee 99 yuan, join our wechat group via the qr code",),
    negatives=("paid sora video courses are a scam, do not scan the qr code or join the group",),
)
OTHERS = [
    Template(
        id="bank",
        category="scam",
        severity="high",
        text="your bank account is locked click the link and enter your pin to unlock it",
    ),
]
FILLER = ["today", "really", "honestly", "friends", "please", "note", "that", "my", "cousin", "said", "this"]


def _posts() -> list[Post]:
    """Paraphrases of every template at every distance: words dropped, reordered, filler added."""
    rng = random.Random(7)
    texts = []
    for template in [TARGET, *OTHERS]:
        for source in (template.text, *template.examples):
            words = source.split()
            for keep in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4):
                for _ in range(6):
                    kept = [w for w in words if rng.random() < keep] or words[:3]
                    kept += rng.sample(FILLER, rng.randint(0, 4))
                    if rng.random() < 0.3:
                        rng.shuffle(kept)
                    texts.append(" ".join(kept))
    return [Post(id=f"p{i}", text=t) for i, t in enumerate(dict.fromkeys(texts))]


def _live_processor(
    templates: dict[str, Template], policy: MatchPolicy
) -> tuple[Processor, list[tuple[str, ExemplarKind, int, str]], np.ndarray]:
    """The live path over ``templates``: an exact in-memory index of every exemplar, and its rows and
    vectors (retro reads a target's stored exemplar vectors from them)."""
    index = MemoryIndex()
    rows = [(t.id, kind, i, text) for t in templates.values() for kind, i, text in t.exemplars()]
    vectors = EMB.encode_passages([r[3] for r in rows])
    index.add((*r, vectors[n]) for n, r in enumerate(rows))
    return Processor(EMB, index, StaticCatalogue(templates), policy, Metrics()), rows, vectors


def test_a_post_alerts_retroactively_iff_it_alerts_live_at_the_default_threshold() -> None:
    policy = MatchPolicy()  # the shipped defaults: threshold 0.78, BM25 weight 0.5
    # every template is in the BM25 corpus (its statistics are the catalogue's), but the catalogue has
    # fewer than three templates the posts could be about: with three or more, live decisions also use
    # the words the post's candidate templates share (topic_terms: the off_subject and stance guards),
    # which retro-match, judging one template alone, does not see yet (docs/OPERATIONS-templates.md)
    templates = {t.id: t for t in [TARGET, *OTHERS]}
    processor, rows, vectors = _live_processor(templates, policy)
    posts = _posts()
    query_vectors, decisions = processor.embed_and_decide(posts)
    live = {d.post_id for d in decisions if d.template_id == TARGET.id}

    # the worker stores these query vectors in the window; the template's stored exemplar vectors
    window = [WindowPost(p.id, p.summary(), 1_700_000_000_000) for p in posts]
    exemplars = [
        (kind, i, text, vectors[n]) for n, (tid, kind, i, text) in enumerate(rows) if tid == TARGET.id
    ]
    found = match_window(
        window, query_vectors, TARGET, exemplars, policy, catalogue=templates, lexical=LexicalChannel()
    )
    retro = {p.post_id for p, _ in found}

    assert retro == live
    # the check means something: some posts alert, some do not, and some alert only thanks to BM25
    assert 5 <= len(live) < len([p for p in posts if p.text])
    lexical_decided = [
        d for _, d in found if d.explanation["nearest_exemplar"]["score"] < policy.default_threshold
    ]
    assert lexical_decided, "no alert needed the lexical channel: the test would not catch its absence"
    # and the fused scores are the live ones, to the digit
    live_scores = {d.post_id: d.score for d in decisions if d.template_id == TARGET.id}
    assert {p.post_id: d.score for p, d in found} == live_scores


SORA_TEMPLATES = [
    Template(
        id="open",
        category="rumour",
        severity="medium",
        text="sora is open to everyone now, openai released the sora video app to the public today",
    ),
    Template(
        id="inventor",
        category="rumour",
        severity="medium",
        text="the inventor of sora is a chinese researcher who built the openai video model alone",
        negatives=("sora was built by a large openai team, no single researcher invented it",),
    ),
    Template(
        id="fake-app",
        category="scam",
        severity="high",
        text="download the official sora app apk here, pay 49 yuan to unlock openai sora video generation",
    ),
]


def test_with_the_live_decider_retro_is_the_live_decision_over_the_whole_catalogue() -> None:
    """With the worker's live decision (Processor.decide_vectors), retro sees what a lone-template judgement
    cannot: the other templates' hits and negatives, and the words the candidates share (topic_terms)."""
    from monitor.core.matching import rank_candidates, topic_terms
    from monitor.core.text import analyze

    policy = MatchPolicy()
    templates = {t.id: t for t in [TARGET, *OTHERS, *SORA_TEMPLATES]}
    processor, rows, vectors = _live_processor(templates, policy)
    posts = _posts() + [
        Post(id=f"s{i}", text=text)
        for i, text in enumerate(
            [
                "sora course 99 yuan, openai sora is not open to everyone so learn it in our qr code group",
                "is the sora video course for 99 yuan real? scan the qr code to join the ai director group",
                "openai sora app apk download and the paid sora course, 99 yuan, join our wechat group",
            ]
        )
    ]
    query_vectors, decisions = processor.embed_and_decide(posts)
    live = {d.post_id: d.score for d in decisions if d.matched and d.template_id == TARGET.id}

    window = [WindowPost(p.id, p.summary(), 1_700_000_000_000) for p in posts]
    found = match_templates(
        window,
        query_vectors,
        [
            (t, [(k, i, x, vectors[n]) for n, (tid, k, i, x) in enumerate(rows) if tid == t.id])
            for t in [TARGET]
        ],
        policy,
        catalogue=templates,
        lexical=processor.lexical,
        live=processor.decide_vectors,
    )
    # the same posts, with the live scores (a row of a matrix product: equal to float32 rounding)
    assert {p.post_id: d.score for p, _, d in found} == pytest.approx(live, abs=1e-5)
    assert len(live) >= 5
    # the check means something: judged alone, the target would alert on posts live does not alert on
    exemplars = [(k, i, x, vectors[n]) for n, (tid, k, i, x) in enumerate(rows) if tid == TARGET.id]
    alone = match_templates(window, query_vectors, [(TARGET, exemplars)], policy, catalogue=templates)
    assert {p.post_id for p, _, _ in alone} - set(live), "no post tells the lone judgement from the live one"
    # and the catalogue's shared words are in play for some of these posts
    hits = processor.index.search(query_vectors, 20)
    assert any(
        topic_terms(rank_candidates(analyze(p.text), h, policy, templates=templates), templates)
        for p, h in zip(posts, hits, strict=True)
    )
