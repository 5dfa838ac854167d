"""The stream worker end to end: real tansu broker, Redis 8.2 + RediSearch, real model, faust."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from monitor.core.models import TemplateIn, alert_id_for
from monitor.core.spellings import SpellingIn
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from tests.unit.test_deploy import API_CONSOLE_METRICS  # exported by `monitor api`, checked there

from .helpers import read_topic, running_worker

pytestmark = [pytest.mark.integration, pytest.mark.slow]

TEMPLATES = [
    TemplateIn(
        id="sora-inventor",
        category="rumour",
        severity="high",
        text="Xie Saining, a Shanghai Jiao Tong University graduate, is one of the inventors of OpenAI's Sora",
        examples=("SJTU genius Xie Saining invented Sora",),
        negatives=("Xie Saining denies being one of the inventors of Sora and says he has no link to it",),
    ),
    TemplateIn(
        id="sora-course",
        category="scam",
        severity="critical",
        text="Learn Sora now: paid Sora video course for 99 yuan, scan the QR code to join the group",
        examples=("Sora tutorial class only 199 RMB, pay and join our WeChat group",),
    ),
]

POSTS = [
    {
        "id": "w1",
        "text": "Wow, the young genius Xie Saining from SJTU is actually one of the people behind Sora!",
        "created_at": "2024-02-18T09:00:00Z",
        "author": "u1",
        "url": "https://example.org/1",
    },
    {"id": "w2", "text": "Xie Saining says he is NOT one of Sora's inventors and has nothing to do with it."},
    {"id": "w3", "text": "S0RA video course only ¥99!! scan the QR code and join our group to learn it fast"},
    {"id": "w4", "text": "Had a lovely dim sum lunch with my family in Guangzhou today."},
]
BAD = [b"not json", b'{"id": 7, "text": "id is a number"}', b"[1,2,3]"]


def test_posts_flow_to_matches_alerts_and_dlq(
    settings: Any, redis_conn: Any, embedder: Any, tmp_path: Path
) -> None:
    registry = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), embedder)
    registry.upsert_many(TEMPLATES)
    lines = [json.dumps(p).encode() for p in POSTS] + BAD
    with running_worker(settings, tmp_path / "worker.log") as worker:
        # a fresh worker, before any post: every metric a dashboard or rule queries has a series already
        fresh = worker.metrics()
        # except: sink counters when no sink is configured (none here; their start at zero is unit-tested),
        # and consumer lag, a gauge per partition that appears once the partition has a position
        not_yet = {"monitor_sink_failures_total", "monitor_consumer_lag_messages"}
        # the console's queue metrics are exported by `monitor api`, not the worker
        missing = queried_metrics() - API_CONSOLE_METRICS - metrics_with_series(fresh) - not_yet
        assert not missing, f"no series on a fresh worker for {sorted(missing)}"
        for reason in ("invalid_json", "invalid_schema", "processing_error"):
            assert f'monitor_dead_letters_total{{reason="{reason}"}} 0.0' in fresh
        produce_lines(settings, lines)
        matches = read_topic(settings, settings.matches_topic, until=len(POSTS), timeout_s=90)
        by_post = {m["post_id"]: m for m in matches}
        assert set(by_post) == {p["id"] for p in POSTS}, "every valid post gets exactly one matches record"
        assert len(matches) == len(POSTS)
        assert by_post["w1"]["matched"] and by_post["w1"]["template_id"] == "sora-inventor"
        assert by_post["w3"]["matched"] and by_post["w3"]["template_id"] == "sora-course"
        assert not by_post["w2"]["matched"], "the debunk must not alert"
        assert not by_post["w4"]["matched"]
        for m in matches:
            assert set(m) >= {"post_id", "matched", "template_id", "score", "candidates", "processed_at"}
            assert 0.0 <= m["confidence"] <= 1.0
            assert len(m["candidates"]) <= 5

        alerts = read_topic(settings, settings.alerts_topic, until=2, timeout_s=30)
        assert {a["template_id"] for a in alerts} == {"sora-inventor", "sora-course"}
        a1 = next(a for a in alerts if a["post_id"] == "w1")
        assert a1["alert_id"] == alert_id_for("w1", "sora-inventor")
        assert a1["template_version"] == 1
        assert a1["severity"] == "high"
        assert a1["category"] == "rumour"
        assert a1["post"]["url"] == "https://example.org/1"
        assert a1["explanation"]["nearest_exemplar"]["text"]
        a3 = next(a for a in alerts if a["post_id"] == "w3")
        assert all(0.5 <= a["confidence"] <= 1.0 for a in alerts), [a["confidence"] for a in alerts]
        assert by_post["w2"]["confidence"] < 0.5, "a suppressed debunk is not a confident match"
        assert "price" in a3["explanation"]["signals"]
        assert "qr_or_group_invite" in a3["explanation"]["signals"]

        dlq = read_topic(settings, settings.dlq_topic, until=len(BAD), timeout_s=30)
        assert len(dlq) == len(BAD)
        assert all(set(d) >= {"error", "raw", "topic", "partition", "offset"} for d in dlq)
        assert {d["raw"] for d in dlq} == {b.decode() for b in BAD}

        # reprocessing the same post never produces a second alert
        produce_lines(settings, [lines[0]])
        matches = read_topic(settings, settings.matches_topic, until=len(POSTS) + 1, timeout_s=60)
        assert [m["post_id"] for m in matches].count("w1") == 2
        time.sleep(1.0)
        alerts = read_topic(settings, settings.alerts_topic, timeout_s=5, idle_s=2)
        assert len(alerts) == 2

        metrics = worker.metrics()
        assert 'monitor_posts_processed_total{outcome="matched"} 3.0' in metrics
        assert 'monitor_dead_letters_total{reason="invalid_json"} 1.0' in metrics
        assert 'monitor_dead_letters_total{reason="invalid_schema"} 2.0' in metrics
        assert "monitor_alerts_deduplicated_total 1.0" in metrics
        assert "monitor_templates_active 2.0" in metrics
        assert "_created" not in metrics
        assert queried_metrics() - API_CONSOLE_METRICS <= exported_metric_names(metrics), (
            "dashboards/rules query unexported metrics"
        )
        assert queried_metrics() - API_CONSOLE_METRICS - {
            "monitor_sink_failures_total"
        } <= metrics_with_series(metrics)

        # a spelling ops register while the worker runs: the next posts are read with it, the alert
        # shows the post as written and names the spelling
        registry.set_spelling(SpellingIn(alias="索拉", name="Sora"))
        time.sleep(2.0)  # the worker polls the catalogue version every second
        spelt = {
            "id": "w5",
            "text": "索拉 video course only ¥99!! scan the QR code and join our group to learn it",
        }
        produce_lines(settings, [json.dumps(spelt).encode()])
        alerts = read_topic(settings, settings.alerts_topic, until=3, timeout_s=60)
        a5 = next(a for a in alerts if a["post_id"] == "w5")
        assert a5["template_id"] == "sora-course"
        assert a5["post"]["text"] == spelt["text"]
        assert a5["explanation"]["spellings"] == [{"alias": "索拉", "name": "Sora"}]
        assert (worker.health() or {}).get("spellings_active") == 1


def metrics_with_series(exposition: str) -> set[str]:
    """Metric names that have at least one sample line (histograms by base name)."""
    names = set()
    for line in exposition.splitlines():
        if line and not line.startswith("#"):
            name = line.split("{", 1)[0].split(" ", 1)[0]
            names.add(name)
            for suffix in ("_bucket", "_sum", "_count"):
                if name.endswith(suffix):
                    names.add(name.removesuffix(suffix))
    return names


def exported_metric_names(exposition: str) -> set[str]:
    """Metric families a live /metrics declares (``# TYPE`` lines; counters get their ``_total``)."""
    names = set()
    for line in exposition.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split()
            names.add(f"{name}_total" if kind == "counter" and not name.endswith("_total") else name)
            names.add(name)
    return names


def queried_metrics() -> set[str]:
    """Every monitor_* metric a Grafana dashboard or a Prometheus rule queries."""
    import yaml

    from tests.unit.test_deploy import DASHBOARDS, RULES, metric_names

    def exprs_in(node: Any) -> list[str]:
        if isinstance(node, dict):
            found = [node["expr"]] if isinstance(node.get("expr"), str) else []
            return found + [e for v in node.values() for e in exprs_in(v)]
        if isinstance(node, list):
            return [e for v in node for e in exprs_in(v)]
        return []

    exprs = [e for d in DASHBOARDS for e in exprs_in(json.loads(d.read_text()))]
    exprs += exprs_in(yaml.safe_load(RULES.read_text()))
    names = {n for expr in exprs for n in metric_names(expr) if n.startswith("monitor_")}
    assert len(names) > 5, "no queries found"
    return names
