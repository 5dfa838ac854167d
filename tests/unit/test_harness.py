"""The shared harness's pure parts: namespaces, Prometheus text, record decoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import Settings
from monitor.tools.harness import decode_record, histogram_totals, metric_value, namespaced

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
