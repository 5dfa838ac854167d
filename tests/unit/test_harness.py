"""The shared harness's pure parts: namespaces, Prometheus text, record decoding; the post producer's
pacing (with a stand-in Kafka producer)."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import orjson
import pytest

from monitor.config import Settings
from monitor.tools import harness
from monitor.tools.harness import PostProducer, decode_record, histogram_totals, metric_value, namespaced

EXPOSITION = "\n".join(
    [
        "# HELP monitor_batch_size Posts per processed batch",
        "# TYPE monitor_batch_size histogram",
        'monitor_batch_size_bucket{le="1.0"} 3.0',
        'monitor_batch_size_bucket{le="+Inf"} 4.0',
        "monitor_batch_size_sum 96.0",
        "monitor_batch_size_count 4.0",
        "monitor_batch_size_created 1.7e9",
        "# HELP monitor_alerts_deduplicated_total Alerts not sent again",
        "# TYPE monitor_alerts_deduplicated_total counter",
        "monitor_alerts_deduplicated_total 2.0",
        "# HELP monitor_dependency_up 1 when reachable",
        "# TYPE monitor_dependency_up gauge",
        'monitor_dependency_up{dependency="redis"} 0.0',
        'monitor_dependency_up{dependency="kafka"} 1.0',
        "# HELP monitor_posts_total Posts by outcome",
        "# TYPE monitor_posts_total counter",
        'monitor_posts_total{outcome="matched",lang="en"} 3.0',
        'monitor_posts_total{outcome="matched",lang="zh"} 4.0',
        'monitor_posts_total{outcome="unmatched",lang="en"} 10.0',
        "monitor_embedding_seconds_sum 1.5",
        "",
    ]
)


def test_histogram_totals_from_prometheus_text() -> None:
    assert histogram_totals(EXPOSITION, "monitor_batch_size") == (96.0, 4.0)
    assert histogram_totals(EXPOSITION, "monitor_embedding_seconds") == (1.5, 0.0)  # no count: 0
    assert histogram_totals("", "monitor_batch_size") == (0.0, 0.0)


def test_metric_value_by_exposed_name_and_labels() -> None:
    assert metric_value(EXPOSITION, "monitor_alerts_deduplicated_total") == 2.0
    assert metric_value(EXPOSITION, "monitor_dependency_up", dependency="redis") == 0.0
    assert metric_value(EXPOSITION, "monitor_dependency_up", dependency="kafka") == 1.0
    assert metric_value(EXPOSITION, "monitor_posts_total", outcome="matched") == 7.0  # summed over lang
    assert metric_value(EXPOSITION, "monitor_posts_total") == 17.0
    # absent is None, not 0: "the worker did not answer" must not read as "the dependency is down"
    assert metric_value(EXPOSITION, "monitor_dependency_up", dependency="postgres") is None
    assert metric_value("", "monitor_dependency_up", dependency="redis") is None
    assert metric_value(EXPOSITION, "monitor_alerts_deduplicated") is None  # the family, not a sample


def test_namespaced_settings_share_nothing_with_the_defaults(tmp_path: Path) -> None:
    base = Settings(state_dir=tmp_path, session_timeout_s=6)
    s = namespaced(base, "run-1")
    assert (s.redis_prefix, s.app_id) == ("run-1", "run-1")
    assert s.topic_names() == [
        "run-1.posts",
        "run-1.matches",
        "run-1.alerts",
        "run-1.incidents",
        "run-1.posts.dlq",
    ]
    assert s.session_timeout_s == 6 and s.state_dir == tmp_path  # everything else kept
    defaults = Settings(state_dir=tmp_path)
    assert not set(s.topic_names()) & set(defaults.topic_names())
    assert set(namespaced(base, "run-2").topic_names()).isdisjoint(s.topic_names())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b'{"post_id": "p1"}', {"post_id": "p1"}),
        (b"not json", {"undecodable": "not json"}),
        (b"[1, 2]", {"undecodable": [1, 2]}),
        (None, {"undecodable": ""}),
    ],
)
def test_records_decode_to_dicts(value: bytes | None, expected: dict[str, object]) -> None:
    assert decode_record(value) == expected


class _Sent:
    def __init__(self, offset: int) -> None:
        self.meta = SimpleNamespace(partition=0, offset=offset)

    def add_callback(self, fn: Any, *args: Any) -> None:
        fn(*args, self.meta)

    def add_errback(self, fn: Any, *args: Any) -> None:
        pass


class _Producer:
    """Stands in for kafka-python's producer: remembers when each value was sent."""

    def __init__(self) -> None:
        self.sent_at: list[float] = []

    def send(self, topic: str, *, key: bytes, value: bytes | None) -> _Sent:
        self.sent_at.append(time.monotonic())
        return _Sent(len(self.sent_at) - 1)

    def flush(self, timeout: float) -> None:
        pass

    def close(self, timeout: float) -> None:
        pass


def test_the_producer_keeps_its_pace_until_told_to_spread_the_rest_over_a_shorter_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = _Producer()
    monkeypatch.setattr(harness, "kafka_producer", lambda *_a, **_k: fake)
    values = [orjson.dumps({"id": f"p{i}", "text": "x"}) for i in range(20)]
    producer = PostProducer(Settings(), values, rate_per_s=4.0)  # 20 values: ~5 s at this pace
    producer.start()
    deadline = time.monotonic() + 5
    while len(fake.sent_at) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert fake.sent_at[2] - fake.sent_at[0] >= 0.45  # two steps of 0.25 s: the pace holds
    told = time.monotonic()
    producer.spread_rest(0.4)  # the 17 or so left, over 0.4 s from now
    producer.join(3)
    assert not producer.is_alive()
    assert len(producer.acked) == 20 and producer.failed == []
    assert fake.sent_at[-1] - told < 1.0
    later = [t for t in fake.sent_at if t > told]
    assert len(later) >= 10 and later[-1] - later[0] >= 0.2  # spread out, not all at once
