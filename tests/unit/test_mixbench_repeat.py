"""``monitor bench --mix --repeat``: the rounds are successive stretches of one stream, each round's ratio
reads its own bare encodes, and the report gives the median and spread with every round; the wait budget
is one expression for both benches; the idle wait returns once the workers are quiet."""

from __future__ import annotations

import os
import time
from types import SimpleNamespace

import pytest

from monitor.tools.bench import wait_budget_s, wait_workers_idle
from monitor.tools.mixbench import (
    background_reuse,
    mixed_stream,
    render_mix,
    repeat_summary,
    split_rounds,
    stage_shares,
)

BACKGROUND = [f"off-topic text number {i}" for i in range(500)]
LABELLED = [(f"lab{i}", f"labelled rumour {i}") for i in range(20)]


def test_rounds_are_successive_stretches_of_one_stream_and_one_round_is_the_old_stream() -> None:
    long, _ = mixed_stream(300, BACKGROUND, LABELLED, seed=3, prefix="tput")
    rounds = split_rounds(long, 3)
    assert [len(r) for r in rounds] == [100, 100, 100]
    assert [p for r in rounds for p in r] == long
    ids = [p["id"] for r in rounds for p in r]
    assert len(set(ids)) == len(ids)
    # 300 posts over 500 texts: no round repeats an earlier round's off-topic text
    seen: set[str] = set()
    for r in rounds:
        texts = {p["text"] for p in r if p["text"].startswith("off-topic")}
        assert not texts & seen
        seen |= texts
    single, _ = mixed_stream(100, BACKGROUND, LABELLED, seed=3, prefix="tput")
    assert split_rounds(single, 1) == [single]  # --repeat 1 times exactly the stream it always did
    assert [len(r) for r in split_rounds(long[:301], 3)] == [100, 100, 100]
    with pytest.raises(ValueError, match="rounds"):
        split_rounds(long, 0)


def test_background_reuse_says_when_later_rounds_repeat_earlier_texts() -> None:
    # 1,500 posts over 500 distinct texts: the fourth round meets the first round's texts again
    long, labels = mixed_stream(1500, BACKGROUND, LABELLED, seed=3, prefix="tput")
    rounds = split_rounds(long, 5)
    reuse = background_reuse(len(long) - len(labels), len(set(BACKGROUND)))
    assert reuse == {"posts": 1470, "distinct_texts": 500, "passes": 2.94}
    first = {p["text"] for p in rounds[0] if p["id"] not in labels}
    assert first & {p["text"] for p in rounds[3] if p["id"] not in labels}
    # within one pass no round repeats another's off-topic text
    assert background_reuse(490, 500)["passes"] < 1
    with pytest.raises(ValueError, match="distinct"):
        background_reuse(10, 0)


def _row(n: int, pps: float, before: float, after: float) -> dict[str, object]:
    return {
        "round": n,
        "posts_per_s": pps,
        "bare_before": before,
        "bare_after": after,
        "stage_share": {"cache": 0.02, "gate": 0.92, "model": 0.06},
        "worker_cpu_ms_per_post": 4.2,
        "load_avg": 1.1,
        "idle_wait_s": 0.5,
    }


def test_each_round_reads_its_own_bracketing_bare_rates_and_the_median_and_spread() -> None:
    rows = [_row(1, 400.0, 40.0, 40.0), _row(2, 360.0, 38.0, 42.0), _row(3, 330.0, 30.0, 30.0)]
    rep = repeat_summary(rows)
    assert [r["ratio_vs_bare_torch"] for r in rep["rows"]] == [10.0, 9.0, 11.0]
    assert rep["ratio_median"] == 10.0
    assert (rep["ratio_min"], rep["ratio_max"]) == (9.0, 11.0)
    assert rep["ratio_spread"] == 0.2
    assert rep["posts_per_s_median"] == 360.0
    assert rep["bare_torch_median"] == 40.0
    assert rep["runs"] == 3
    # the ratio of the medians (360 / 40 = 9) is not what is reported: each round is paired with its
    # own bare rates, so a slow machine in round 3 moves both sides of its ratio
    with pytest.raises(ValueError, match="no rounds"):
        repeat_summary([])


def test_stage_shares_count_a_post_without_a_stage_or_a_record_as_the_model() -> None:
    records = {"a": ("t1", None), "b": (None, "gate"), "c": (None, "cache"), "d": (None, "gate")}
    assert stage_shares(records, ["a", "b", "c", "d", "e"]) == {"cache": 0.2, "gate": 0.4, "model": 0.4}


def test_the_report_lists_every_round() -> None:
    on = {
        "posts_per_s": 400.0,
        "ratio_vs_bare_torch": 10.0,
        "stage_share": {"cache": 0.02, "gate": 0.92, "model": 0.06},
        "quality": {"precision": 1.0, "recall": 1.0},
        "worker_rss_mb": [600.0, 601.0],
        "worker_cpu_ms_per_post": 4.2,
        "latency": None,
    }
    report = {
        "posts": 1200,
        "labelled_posts": 24,
        "labelled_share": 0.02,
        "warmup_posts": 5000,
        "bare_torch_posts_per_s": 40.0,
        "cascade_on": on,
        "cascade_off": None,
        "all_decisions_equal": None,
        "repeat": repeat_summary([_row(1, 400.0, 40.0, 40.0), _row(2, 360.0, 38.0, 42.0)]),
        "machine": {"load_avg_before": [1.0], "load_avg_after": [1.2]},
        "elapsed_s": 300.0,
    }
    text = "\n".join(render_mix(report))
    assert "x bare torch median 9.5 (9.0 - 10.0, spread 10.5%)" in text
    assert "| 1 | 400.0 | 40.0 / 40.0 | 10.0 | 2.0% / 92.0% / 6.0% | 4.2 | 1.1 |" in text
    assert "| 2 | 360.0 | 38.0 / 42.0 | 9.0 |" in text


def test_the_wait_budget_is_a_start_up_allowance_plus_three_times_the_posts_at_the_rate() -> None:
    assert wait_budget_s(400, 40.0) == 120 + 30
    assert wait_budget_s(400, 40.0, base_s=300) == 300 + 30
    assert wait_budget_s(100, None) == 120 + 60  # nothing measured: 5 posts/s
    assert wait_budget_s(100, 0.5) == 120 + 600  # the latency phase's slowest rate is not floored away


def test_the_idle_wait_returns_at_once_for_idle_workers_and_gives_up_on_busy_ones() -> None:
    idle = [SimpleNamespace(pid=None)]  # no process to read: nothing runs
    assert wait_workers_idle(idle, window_s=0.05, max_s=5) < 1
    busy = [SimpleNamespace(pid=os.getpid())]  # this process, spinning on a thread meanwhile
    import threading

    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            sum(range(1000))

    t = threading.Thread(target=spin, daemon=True)
    t.start()
    try:
        started = time.monotonic()
        waited = wait_workers_idle(busy, below_cores=0.05, window_s=0.1, max_s=0.6)
        assert waited >= 0.6
        assert time.monotonic() - started < 3
    finally:
        stop.set()
        t.join()


def test_the_background_reads_every_train_and_dev_tweet_all_ham_and_never_a_test_split(tmp_path) -> None:
    import json

    from monitor.tools.mixbench import read_background

    def write(path, rows):  # type: ignore[no-untyped-def]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))

    write(
        tmp_path / "scam/sms-spam-collection/messages.jsonl",
        [{"text": f"ham {i}", "label": "ham"} for i in range(3500)] + [{"text": "win", "label": "spam"}],
    )
    for name in ("checkthat2022-2a-en", "checkthat2020-t2-en"):
        for split in ("train", "dev", "test", "test2021"):
            write(tmp_path / f"claim-matching/{name}/posts-{split}.jsonl", [{"text": f"{name} {split}"}])
    write(tmp_path / "background/zh-reviews.jsonl", [{"text": "评论"}])
    texts = read_background(tmp_path)
    assert len([t for t in texts if t.startswith("ham")]) == 3500  # all of it (the bench read 3,000)
    assert "win" not in texts
    for name in ("checkthat2022-2a-en", "checkthat2020-t2-en"):
        assert f"{name} train" in texts and f"{name} dev" in texts
        assert f"{name} test" not in texts and f"{name} test2021" not in texts
    assert "评论" in texts
    assert len(read_background(tmp_path, limit_each=10)) == 10 + 2 * 2 + 1
