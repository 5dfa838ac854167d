"""The batch processor with the package's own fakes: hashing embedder, in-memory index."""

from __future__ import annotations

import json

from monitor.core.ingest import RawMessage
from monitor.core.matching import MatchPolicy
from monitor.core.models import Template
from monitor.embedding import HashingEmbedder
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.storage.index import MemoryIndex

TEMPLATES = [
    Template(
        id="course",
        category="scam",
        severity="critical",
        text="Sora video course for 99 yuan, scan the QR code to join the paid group",
    ),
    Template(
        id="inventor",
        category="rumour",
        severity="high",
        text="Xie Saining from Shanghai Jiao Tong University is the inventor of Sora",
        negatives=("Xie Saining denies being the inventor of Sora",),
    ),
]


def build(threshold: float = 0.5) -> tuple[Processor, Metrics]:
    emb = HashingEmbedder()
    index = MemoryIndex()
    for t in TEMPLATES:
        ex = t.exemplars()
        vecs = emb.encode_passages([e[2] for e in ex])
        index.add((t.id, kind, i, text, vecs[n]) for n, (kind, i, text) in enumerate(ex))
    metrics = Metrics()
    proc = Processor(
        emb,
        index,
        StaticCatalogue({t.id: t for t in TEMPLATES}),
        MatchPolicy(default_threshold=threshold),
        metrics,
    )
    return proc, metrics


def msg(value: object, offset: int = 0) -> RawMessage:
    raw = value if isinstance(value, bytes) else json.dumps(value).encode()
    return RawMessage(raw, "posts", 0, offset, 1.0)


def test_every_post_gets_a_match_record_and_bad_ones_dead_letter() -> None:
    proc, metrics = build()
    out = proc.process(
        [
            msg(
                {
                    "id": "a",
                    "text": "Sora video course for 99 yuan, scan the QR code to join the paid group now",
                }
            ),
            msg(b"not json", 1),
            msg({"id": "b", "text": "the weather in Lisbon is lovely this week, going to the beach"}, 2),
        ]
    )
    assert [m.post_id for m in out.matches] == ["a", "b"]
    assert out.matches[0].matched
    assert out.matches[0].template_id == "course"
    assert not out.matches[1].matched
    assert len(out.dead_letters) == 1
    assert out.dead_letters[0]["offset"] == 1
    assert [a.template_id for a in out.alerts] == ["course"]
    alert = out.alerts[0]
    assert alert.severity == "critical"
    assert alert.explanation["nearest_exemplar"]["kind"] == "text"
    assert "price" in alert.explanation["signals"]
    assert metrics.dead_letters.labels("invalid_json")._value.get() == 1
    assert metrics.posts_processed.labels("matched")._value.get() == 1


def test_candidates_are_ranked_and_capped() -> None:
    proc, _ = build(threshold=5.0)  # above any fused score: ranking only
    out = proc.process([msg({"id": "c", "text": "Xie Saining Shanghai Jiao Tong University Sora inventor"})])
    m = out.matches[0]
    assert not m.matched
    assert m.candidates[0].template_id == "inventor"
    scores = [c.score for c in m.candidates]
    assert scores == sorted(scores, reverse=True)
    assert len(m.candidates) <= 5
    assert out.alerts == []
