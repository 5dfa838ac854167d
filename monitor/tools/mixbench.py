"""``monitor bench --mix``: a realistic stream (mostly real off-topic text, ~2 % labelled rumour and scam
posts) through the real broker, Redis and workers, with the cascade on and then off.

Reuses ``monitor.tools.bench`` (stack, workers, producer, phase summaries, bare encode); only the post list,
the decision read-back and the report differ. Reports, per mode: throughput, its ratio to the bare torch
encoder on the same posts (measured in the same run), the share of posts each cascade stage decided,
recall and precision on the labelled posts, and each worker's resident memory; for the cascade on, the
latency at half its measured rate.

Off-topic text (read at run time, never packaged): the SMS collection's ham messages, CheckThat! tweets and
Chinese product reviews under ``--background`` (default ``../shared/data``); labelled posts: the demo stream
(``monitor/demo/posts.jsonl`` + ``labels.jsonl``).
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from monitor.config import Settings
from monitor.core.text import normalize
from monitor.embedding import load_embedder
from monitor.embedding.static import distill_static
from monitor.pipeline.metrics import CANDIDATE_MODEL_OUTCOMES
from monitor.storage.connections import ensure_topics, kafka_producer, redis_client
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from monitor.tools.bench import (
    BASELINE_BATCH,
    BenchError,
    Decisions,
    PhaseResult,
    Say,
    available_cores,
    bench_stack,
    load_average,
    load_demo_catalogue,
    machine_info,
    measure_encode,
    plan_workers,
    produce_posts,
    summarize_phase,
    wait_budget_s,
    wait_workers_idle,
    with_worker_stats,
    worker_totals,
)
from monitor.tools.demo import demo_file
from monitor.tools.harness import TopicCollector, WorkerProcess, metric_value, namespaced, start_workers

DEFAULT_BACKGROUND = Path("../shared/data")
MODEL_WARMUP_POSTS = 64  # every phase: the model's first batches allocate for every length
MIN_TIMED_TEXTS = 1000  # distinct off-topic texts kept for the timed posts when a warm-up sets some aside


# --- pure: the stream ---------------------------------------------------------------------------------
def mixed_stream(
    n: int,
    background: Sequence[str],
    labelled: Sequence[tuple[str, str]],
    *,
    share: float = 0.02,
    seed: int = 0,
    prefix: str = "mix",
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """``n`` posts: off-topic ``background`` texts (cycled, in a seeded order) with ``labelled`` posts
    (``(label id, text)``) spread in at ``share``. Returns the posts and post id -> label id."""
    rng = random.Random(seed)
    bg = list(background)
    rng.shuffle(bg)
    n_lab = max(1, round(n * share)) if labelled else 0
    lab = [labelled[i % len(labelled)] for i in range(n_lab)]
    slots = set(rng.sample(range(n), n_lab)) if n_lab else set()
    posts: list[dict[str, Any]] = []
    labels: dict[str, str] = {}
    b = k = 0
    for i in range(n):
        pid = f"{prefix}-{i:06d}"
        if i in slots:
            label_id, text = lab[k]
            k += 1
            labels[pid] = label_id
        else:
            text = bg[b % len(bg)]
            b += 1
        posts.append({"id": pid, "text": text, "author": f"user{rng.randrange(10_000)}"})
    return posts, labels


def split_warmup(
    background: Sequence[str], warmup_posts: int, *, seed: int = 0
) -> tuple[list[str], list[str]]:
    """``(warm-up texts, timed texts)``: above the model's own warm-up, distinct texts are set aside for
    the warm-up (at most ``warmup_posts``, leaving ``MIN_TIMED_TEXTS``), so no timed post repeats one."""
    if warmup_posts <= MODEL_WARMUP_POSTS:
        return list(background), list(background)
    unique = list(dict.fromkeys(background))
    random.Random(seed).shuffle(unique)
    reserve = min(warmup_posts, len(unique) - MIN_TIMED_TEXTS)
    if reserve < MODEL_WARMUP_POSTS:
        raise BenchError(
            f"{len(unique)} distinct off-topic texts: too few to set {warmup_posts} aside for the warm-up"
        )
    return unique[:reserve], unique[reserve:]


def split_rounds(posts: Sequence[dict[str, Any]], rounds: int) -> list[list[dict[str, Any]]]:
    """``posts`` cut into ``rounds`` consecutive equal runs (the remainder dropped): the timed rounds of
    ``--repeat`` are successive stretches of one long stream, so a later round repeats an earlier round's
    text only where one long run would (the background cycled, reposts), and the repost cache decides no
    more of it than it would there."""
    if rounds < 1:
        raise ValueError("rounds must be >= 1")
    size = len(posts) // rounds
    return [list(posts[i * size : (i + 1) * size]) for i in range(rounds)]


def background_reuse(background_posts: int, distinct_texts: int) -> dict[str, Any]:
    """How often the timed stream's ``background_posts`` off-topic posts pass over its ``distinct_texts``
    (:func:`mixed_stream` cycles them). Over one pass a round meets texts an earlier round had and the
    repost cache decides them, so later rounds run easier than the first: rounds compare only while
    ``passes`` <= 1 (fewer ``--posts`` x ``--repeat``, or a smaller ``--mix-warmup``, which sets fewer
    texts aside)."""
    if distinct_texts < 1:
        raise ValueError("no distinct off-topic texts")
    return {
        "posts": background_posts,
        "distinct_texts": distinct_texts,
        "passes": round(background_posts / distinct_texts, 2),
    }


def repeat_summary(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The median and spread over ``rows`` (one per timed round: ``posts_per_s``, ``bare_before`` and
    ``bare_after``, the bare torch rates measured on the round's own posts right before and after it) of
    the ratio of each round's rate to the mean of its two bare rates. Each round is bracketed by its own
    bare measurements, so machine drift moves both sides of a ratio; the spread
    (``(max - min) / median``) says how far one run can be trusted."""
    if not rows:
        raise ValueError("no rounds")
    ratios = [r["posts_per_s"] / ((r["bare_before"] + r["bare_after"]) / 2) for r in rows]
    med = float(np.median(ratios))
    return {
        "runs": len(rows),
        "ratio_median": round(med, 3),
        "ratio_min": round(min(ratios), 3),
        "ratio_max": round(max(ratios), 3),
        "ratio_spread": round((max(ratios) - min(ratios)) / med, 3) if med > 0 else None,
        "posts_per_s_median": round(float(np.median([r["posts_per_s"] for r in rows])), 2),
        "bare_torch_median": round(
            float(np.median([(r["bare_before"] + r["bare_after"]) / 2 for r in rows])), 2
        ),
        "rows": [{**r, "ratio_vs_bare_torch": round(x, 3)} for r, x in zip(rows, ratios, strict=True)],
    }


def stage_shares(records: dict[str, tuple[str | None, str | None]], ids: Sequence[str]) -> dict[str, float]:
    """Share of ``ids`` each cascade stage decided (``decided_by``; absent = the model)."""
    stages: dict[str, int] = {"cache": 0, "gate": 0, "model": 0}
    for pid in ids:
        stage = records.get(pid, (None, None))[1] or "model"
        stages[stage] = stages.get(stage, 0) + 1
    return {k: round(v / max(1, len(ids)), 4) for k, v in stages.items()}


def precision_recall(
    decided: dict[str, str | None], labels: dict[str, str], gold: dict[str, str | None]
) -> dict[str, float | int]:
    """Over the labelled posts: ``gold[label id]`` is the template it must match (None: must not)."""
    tp = fp = fn = 0
    for pid, label_id in labels.items():
        want, got = gold.get(label_id), decided.get(pid)
        if got is not None and got == want:
            tp += 1
        elif got is not None:
            fp += 1
            if want is not None:
                fn += 1
        elif want is not None:
            fn += 1
    false_alerts = sum(1 for pid, t in decided.items() if t is not None and pid not in labels)
    return {
        "labelled": len(labels),
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "alerts_on_background": false_alerts,
    }


# the CheckThat! splits the off-topic background reads: the tweets of the train and dev splits, never a
# test split (held out for the quality work)
BACKGROUND_SPLITS = ("train", "dev")


def read_background(root: Path, limit_each: int | None = None) -> list[str]:
    """The off-topic texts of the mixed stream, source after source: the SMS collection's ham, the
    CheckThat! 2022 and 2020 tweets of ``BACKGROUND_SPLITS``, the Chinese product reviews (``limit_each``
    texts of each file at most; None: all). Every one is read so that a long run's rounds do not repeat
    text (8,714 distinct texts with the data of ``../shared/data``, where the train splits and 3,000 ham
    gave 6,843)."""

    def lines(path: Path) -> list[dict[str, Any]]:
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]

    texts: list[str] = []
    sms = root / "scam" / "sms-spam-collection" / "messages.jsonl"
    if sms.exists():
        texts += [r["text"] for r in lines(sms) if r.get("label") == "ham"][:limit_each]
    for name in ("checkthat2022-2a-en", "checkthat2020-t2-en"):
        for split in BACKGROUND_SPLITS:
            path = root / "claim-matching" / name / f"posts-{split}.jsonl"
            if path.exists():
                texts += [r["text"] for r in lines(path)][:limit_each]
    reviews = root / "background" / "zh-reviews.jsonl"
    if reviews.exists():
        texts += [r["text"] for r in lines(reviews)][:limit_each]
    if not texts:
        raise BenchError(f"no off-topic text under {root} (SMS ham, CheckThat! tweets, zh reviews)")
    return texts


# --- I/O -------------------------------------------------------------------------------------------------
class StageDecisions(Decisions):
    """The bench's matches-record bookkeeping, keeping each post's decision and deciding stage too."""

    def __init__(self) -> None:
        super().__init__()
        self.records: dict[str, tuple[str | None, str | None]] = {}

    def add(self, topic: str, record: dict[str, Any]) -> None:
        super().add(topic, record)
        post_id = record.get("post_id")
        if isinstance(post_id, str):
            self.records.setdefault(post_id, (record.get("template_id"), record.get("decided_by")))


def burst_model_posts(procs: Sequence[WorkerProcess]) -> dict[str, float]:
    """``monitor_candidate_model_posts_total`` by outcome, summed over the workers (their /metrics; a worker
    that died answers nothing: its counts are gone)."""
    texts = [w.metrics() for w in procs]
    return {
        outcome: sum(
            metric_value(t, "monitor_candidate_model_posts_total", outcome=outcome) or 0.0 for t in texts
        )
        for outcome in CANDIDATE_MODEL_OUTCOMES
    }


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def run_mix(
    settings: Settings,
    *,
    posts: int = 3000,
    share: float = 0.02,
    background_dir: Path = DEFAULT_BACKGROUND,
    workers: int = 0,
    latency_posts: int = 0,
    say: Say = lambda _msg: None,
    seed: int = 0,
    phases: Sequence[str] = ("on", "off"),
    warmup_posts: int = MODEL_WARMUP_POSTS,
    latency_rate: float = 0.0,
    encode_rounds: int = 2,
    repeat: int = 1,
) -> dict[str, Any]:
    """``phases``: ``on`` / ``off`` (the cascade on the mixed stream) and ``ceiling``: the cascade on over
    a stream of reposts of 32 background texts, so that the cheapest stage (the repost cache) decides
    nearly every post: what the worker costs around the model (Kafka, parsing, language, normalisation,
    records, Redis, hooks), the most any cascade can reach. ``restart`` (after ``on``): fresh workers, the
    cascade on, only the model's 64-post warm-up, in the ``on`` phase's Redis namespace: they start from
    the shared state the ``on`` workers left (``MONITOR_CASCADE_SHARED``), as a worker restarted or added
    to a running group does; the timed posts are the ``on`` phase's (new ids, no cached decision).

    ``warmup_posts``: off-topic posts each cascade phase's workers see before the timed posts (untimed),
    as a worker that has been running has: the gate's background mean and its learned map are fitted
    from posts the worker saw. Above the model's own warm-up (64) they come from background texts set
    aside for it, so no timed post is a repost of a warm-up post; the cascade-off phase only gets 64.

    ``latency_rate``: the cascade-on latency phase's rate (posts/s; 0 = half the throughput phase's), fixed so
    that two runs (e.g. two fetch waits) compare at one rate. ``encode_rounds``: 0 skips the bare torch
    encode (no ratio; for runs that only compare latency or CPU per post); any other value measures it
    before the phases and after, as always (the ratio reads their mean).

    ``repeat`` (> 1): the ``on`` phase's throughput is timed over ``repeat`` rounds of ``posts`` posts
    each (successive stretches of one stream, :func:`split_rounds`), every round bracketed by a bare torch
    encode of its own posts right before and right after it (the workers idle; each after an untimed pass,
    as the encode before the phases), and the report's
    ``repeat`` holds each round's row and the median and spread of the ratio (:func:`repeat_summary`).
    The ``on`` phase's other figures (stage shares, quality, decisions against ``off``) are its first
    round's; the bare encode after the phases is left out (each round has its own), so the phases'
    ``ratio_vs_bare_torch`` reads the one before them."""
    if repeat > 1 and "on" not in phases:
        raise BenchError("--repeat times the cascade-on phase: list on among the phases")
    if repeat > 1 and encode_rounds < 1:
        raise BenchError("--repeat reads the ratio to the bare encoder: it needs --encode-rounds >= 1")
    if "restart" in phases and (
        "on" not in phases or list(phases).index("restart") < list(phases).index("on")
    ):
        raise BenchError("the restart phase starts from the on phase's shared state: list it after on")
    started = time.monotonic()
    load_before = load_average()
    background = read_background(background_dir)
    warm_background, background = split_warmup(background, warmup_posts, seed=seed + 3)
    demo = [json.loads(line) for line in demo_file("posts.jsonl").read_text().splitlines() if line.strip()]
    gold = {
        d["post_id"]: d["template_id"]
        for d in map(json.loads, demo_file("labels.jsonl").read_text().splitlines())
        if d
    }
    labelled = [(d["id"], d["text"]) for d in demo]
    long_stream, long_labels = mixed_stream(
        posts * repeat, background, labelled, share=share, seed=seed, prefix="tput"
    )
    rounds = split_rounds(long_stream, repeat)
    timed_background = sum(p["id"] not in long_labels for r in rounds for p in r)
    reuse = background_reuse(timed_background, len(set(background)))
    if reuse["passes"] > 1:
        say(
            f"note: the timed posts' {reuse['posts']} off-topic texts come from {reuse['distinct_texts']} "
            f"distinct ones ({reuse['passes']} passes): later posts repeat earlier ones and the repost "
            "cache decides them (lower --posts x --repeat or --mix-warmup for a stream without)"
        )
    stream = rounds[0]
    labels = {p["id"]: long_labels[p["id"]] for p in stream if p["id"] in long_labels}
    lat_stream, _ = mixed_stream(
        latency_posts or max(200, posts // 2), background, labelled, share=share, seed=seed + 1, prefix="lat"
    )
    warm, _ = mixed_stream(
        MODEL_WARMUP_POSTS, background, labelled, share=share, seed=seed + 2, prefix="warm"
    )
    long_warm = (
        mixed_stream(warmup_posts, warm_background, [], seed=seed + 4, prefix="bgwarm")[0]
        if warmup_posts > MODEL_WARMUP_POSTS
        else []
    )
    reposts = [{**p, "id": f"rep-{i:06d}", "text": background[i % 32]} for i, p in enumerate(stream)]
    texts = [normalize(p["text"]) for p in stream]
    say(f"loading {settings.model} (torch, batch {BASELINE_BATCH}) for the bare encode rate")
    baseline = load_embedder(settings.model, "torch", BASELINE_BATCH, 0)
    if any(mode != "off" for mode in phases) and baseline.spec.path is not None:
        # the cascade's phases measure the cascade: its static model is distilled now, with progress (a
        # worker without it would start with the cascade off and distil in the background)
        distill_static(
            baseline.spec, settings.models_dir, pca_dims=settings.cascade_static_dims, progress=say
        )
    encode_rates: list[float] = []
    if encode_rounds >= 1:
        encode_rates.append(measure_encode(baseline, texts, BASELINE_BATCH))
        say(f"bare encode (torch, batch {BASELINE_BATCH}) on the mixed posts: {encode_rates[-1]:.1f} posts/s")
    n_workers, threads = plan_workers(
        workers, settings.torch_threads, available_cores(), settings.topic_partitions
    )
    modes: dict[str, Any] = {}
    repeat_report: dict[str, Any] | None = None
    on_prefix: str | None = None
    with bench_stack(settings, say) as (stack_settings, stack_kind):
        for mode in phases:
            tag = uuid.uuid4().hex[:8]
            cascade = "off" if mode == "off" else "on"
            s = namespaced(stack_settings, tag).model_copy(
                update={"torch_threads": threads, "cascade": cascade}
            )
            if mode == "restart":  # new topics and group, the on phase's Redis (catalogue, shared state)
                assert on_prefix is not None
                s = s.model_copy(update={"redis_prefix": on_prefix})
            elif mode == "on":
                on_prefix = s.redis_prefix
            phase_posts = reposts if mode == "ceiling" else stream
            ensure_topics(s, [s.posts_topic, s.matches_topic, s.alerts_topic, s.incidents_topic, s.dlq_topic])
            registry = TemplateRegistry(redis_client(s, timeout_s=60), Keys(s.redis_prefix), baseline)
            if mode != "restart":
                load_demo_catalogue(registry)
            logs = Path(tempfile.mkdtemp(prefix=f"monitor-mix-{mode}-"))
            procs: list[WorkerProcess] = []
            collector: TopicCollector | None = None
            decisions = StageDecisions()
            try:
                say(f"cascade {mode}: starting {n_workers} worker(s) x {threads} thread(s)")
                procs = start_workers(s, n_workers, logs, 900)
                collector = TopicCollector(s, s.matches_topic, on_record=decisions.add, keep=False).start()
                producer = kafka_producer(s, linger_ms=2)
                try:
                    produce_posts(producer, s.posts_topic, warm)
                    decisions.wait_for(collector, [p["id"] for p in warm], 900, procs)
                    if long_warm and mode in ("on", "ceiling"):
                        say(f"cascade {mode}: warm-up, {len(long_warm)} off-topic posts (untimed)")
                        produce_posts(producer, s.posts_topic, long_warm)
                        decisions.wait_for(
                            collector, [p["id"] for p in long_warm], 900 + len(long_warm), procs
                        )

                    def timed(
                        round_posts: Sequence[dict[str, Any]],
                        procs: list[WorkerProcess] = procs,
                        producer: Any = producer,
                        topic: str = s.posts_topic,
                        collector: TopicCollector = collector,
                        decisions: StageDecisions = decisions,
                    ) -> tuple[dict[str, float], PhaseResult]:
                        """Produce ``round_posts`` at once, wait for their records: the throughput figures."""
                        totals_before = worker_totals(procs)
                        created = produce_posts(producer, topic, round_posts)
                        budget = wait_budget_s(
                            len(round_posts), encode_rates[0] if encode_rates else None, base_s=300
                        )
                        decisions.wait_for(collector, list(created), budget, procs)
                        return created, with_worker_stats(
                            summarize_phase(created, decisions.processed), totals_before, procs
                        )

                    if mode == "on" and repeat > 1:
                        rows: list[dict[str, Any]] = []
                        for r, round_posts in enumerate(rounds):
                            round_texts = [normalize(p["text"]) for p in round_posts]
                            idle_s = wait_workers_idle(procs)
                            load = load_average()
                            # each bracketing encode gets its untimed pass first, like the encode before
                            # the phases and the all-topical bench's: without it they read 10-20 % under
                            # it on the same posts (the workers ran in between), which flattered the ratio
                            bare_before = measure_encode(
                                baseline, round_texts, BASELINE_BATCH, passes=1, warmup=True
                            )
                            say(f"cascade on: round {r + 1}/{repeat}, {len(round_posts)} posts")
                            created_r, tput_r = timed(round_posts)
                            idle_s += wait_workers_idle(procs)
                            bare_after = measure_encode(
                                baseline, round_texts, BASELINE_BATCH, passes=1, warmup=True
                            )
                            if r == 0:
                                created, tput = created_r, tput_r
                            rows.append(
                                {
                                    "round": r + 1,
                                    "posts_per_s": tput_r.posts_per_s,
                                    "bare_before": round(bare_before, 2),
                                    "bare_after": round(bare_after, 2),
                                    "stage_share": stage_shares(decisions.records, list(created_r)),
                                    "worker_cpu_ms_per_post": tput_r.worker_cpu_ms_per_post,
                                    "load_avg": load[0] if load else None,
                                    "idle_wait_s": idle_s,
                                }
                            )
                            say(
                                f"  {tput_r.posts_per_s:.1f} posts/s; bare {bare_before:.1f} -> "
                                f"{bare_after:.1f}/s"
                            )
                        repeat_report = repeat_summary(rows)
                        say(
                            f"  ratio over {repeat} rounds: median {repeat_report['ratio_median']}, "
                            f"{repeat_report['ratio_min']}-{repeat_report['ratio_max']}"
                        )
                    else:
                        say(f"cascade {mode}: throughput, {len(phase_posts)} posts")
                        created, tput = timed(phase_posts)
                        say(f"  {tput.posts_per_s:.1f} posts/s")
                    lat: PhaseResult | None = None
                    if mode == "on":
                        rate = latency_rate or max(0.5, round(tput.posts_per_s / 2, 2))
                        say(f"cascade on: latency, {len(lat_stream)} posts at {rate:g}/s")
                        totals_before = worker_totals(procs)
                        created_lat = produce_posts(producer, s.posts_topic, lat_stream, rate=rate)
                        decisions.wait_for(
                            collector, list(created_lat), wait_budget_s(len(lat_stream), rate, 300), procs
                        )
                        lat = with_worker_stats(
                            summarize_phase(created_lat, decisions.processed), totals_before, procs
                        )
                        say(f"  p50 {lat.p50_ms:.0f} ms, p99 {lat.p99_ms:.0f} ms")
                finally:
                    producer.close(timeout=5)
                burst = burst_model_posts(procs)
                records = {pid: decisions.records.get(pid, (None, None)) for pid in created}
                decided = {pid: rec[0] for pid, rec in records.items()}
                modes[mode] = {
                    "posts_per_s": tput.posts_per_s,
                    "ratio_vs_bare_torch": None,  # filled below, with the averaged bare rate
                    "throughput": tput.model_dump(mode="json"),
                    "latency": None if lat is None else lat.model_dump(mode="json"),
                    "latency_rate_posts_per_s": None if lat is None else rate,
                    "stage_share": stage_shares(decisions.records, list(created)),
                    "quality": precision_recall(decided, labels, gold),
                    "worker_rss_mb": [rss_mb(w.pid) if w.pid else None for w in procs],
                    # CPU the workers used for the timed posts (every thread: batch, event loop, Kafka,
                    # calibration): what the other engineers' load on a shared machine moves least
                    "worker_cpu_ms_per_post": tput.worker_cpu_ms_per_post,
                    # the transformer spent by the candidates' cheap stage on bursts of gate-decided posts
                    # (warm-up included; summed over workers)
                    "candidate_model_posts": burst,
                    "decisions": decided,
                }
            finally:
                if collector is not None:
                    collector.stop()
                for w in procs:
                    w.stop()
                shutil.rmtree(logs, ignore_errors=True)
    if encode_rounds >= 1 and repeat == 1:  # --repeat: every round is bracketed by its own already
        encode_rates.append(measure_encode(baseline, texts, BASELINE_BATCH))
        say(f"bare encode (torch) after: {encode_rates[-1]:.1f} posts/s")
    bare = float(np.mean(encode_rates)) if encode_rates else float("nan")
    on_dec = modes["on"].pop("decisions") if "on" in modes else {}
    off_dec = modes["off"].pop("decisions") if "off" in modes else {}
    restart_dec = modes["restart"].pop("decisions") if "restart" in modes else {}
    if "ceiling" in modes:
        modes["ceiling"].pop("decisions")
    labelled_ids = {pid for pid in on_dec if pid in labels}
    for m in modes.values():
        m["ratio_vs_bare_torch"] = round(m["posts_per_s"] / bare, 2) if encode_rates else None
    both = "on" in modes and "off" in modes
    return {
        "posts": len(stream),
        "warmup_posts": warmup_posts,
        "labelled_share": share,
        "labelled_posts": len(labels),
        "bare_torch_posts_per_s": round(bare, 2) if encode_rates else None,
        "bare_torch_runs": [round(r, 2) for r in encode_rates],
        "cascade_on": modes.get("on"),
        "cascade_off": modes.get("off"),
        "ceiling": modes.get("ceiling"),
        "restart": modes.get("restart"),
        # --repeat: the cascade-on throughput over several rounds, each against its own bare encodes
        "repeat": repeat_report,
        # the timed posts' off-topic texts against the distinct ones left after the warm-up: over one
        # pass, later rounds repeat earlier ones (easier for the repost cache than the first)
        "timed_background": reuse,
        "restart_decisions_equal_on": None if not restart_dec else restart_dec == on_dec,
        # None when only one of the two ran: nothing was compared (False would read as a difference)
        "labelled_decisions_equal": all(on_dec.get(p) == off_dec.get(p) for p in labelled_ids)
        if both
        else None,
        "all_decisions_equal": on_dec == off_dec if both else None,
        "workers": n_workers,
        "threads": threads,
        "model": settings.model,
        "backend": settings.backend,
        "stack": stack_kind,
        "machine": {**machine_info(), "load_avg_before": load_before, "load_avg_after": load_average()},
        "elapsed_s": round(time.monotonic() - started, 1),
    }


def render_mix(report: dict[str, Any]) -> list[str]:
    lines = [
        f"mixed stream: {report['posts']} posts, {report['labelled_posts']} labelled "
        f"({report['labelled_share']:.0%}) after {report['warmup_posts']} warm-up posts; "
        f"bare torch encode {report['bare_torch_posts_per_s']} posts/s",
        "| cascade | posts/s | x bare torch | cache / gate / model | precision | recall | worker RSS MB "
        "| worker CPU ms/post |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for mode in ("on", "restart", "off", "ceiling"):
        m = report[f"cascade_{mode}"] if mode in ("on", "off") else report.get(mode)
        if not m:
            continue
        sh, q = m["stage_share"], m["quality"]
        lines.append(
            f"| {mode} | {m['posts_per_s']:.1f} | {m['ratio_vs_bare_torch']} | "
            f"{sh['cache']:.1%} / {sh['gate']:.1%} / {sh['model']:.1%} | {q['precision']} | {q['recall']} | "
            f"{m['worker_rss_mb']} | {m.get('worker_cpu_ms_per_post')} |"
        )
    rep = report.get("repeat")
    if rep:
        lines.append(
            f"cascade on over {rep['runs']} rounds, each against the bare torch encode of its posts right "
            f"before and after: x bare torch median {rep['ratio_median']} "
            f"({rep['ratio_min']} - {rep['ratio_max']}, spread {rep['ratio_spread']:.1%}); "
            f"{rep['posts_per_s_median']} posts/s against {rep['bare_torch_median']}/s"
        )
        reuse = report.get("timed_background")
        if reuse and reuse["passes"] > 1:
            lines.append(
                f"the rounds' off-topic texts pass {reuse['passes']} times over {reuse['distinct_texts']} "
                "distinct ones: later rounds repeat earlier ones, so they run easier than the first"
            )
        lines.append(
            "| round | posts/s | bare before / after | x bare | cache / gate / model | CPU ms/post | load |"
        )
        lines.append("|---|---|---|---|---|---|---|")
        for row in rep["rows"]:
            sh = row["stage_share"]
            lines.append(
                f"| {row['round']} | {row['posts_per_s']:.1f} | {row['bare_before']} / {row['bare_after']} | "
                f"{row['ratio_vs_bare_torch']} | {sh['cache']:.1%} / {sh['gate']:.1%} / {sh['model']:.1%} | "
                f"{row['worker_cpu_ms_per_post']} | {row['load_avg']} |"
            )
    lat = (report["cascade_on"] or {}).get("latency")
    if lat:
        lines.append(
            f"cascade on, latency at {report['cascade_on']['latency_rate_posts_per_s']}/s: "
            f"p50 {lat['p50_ms']:.0f} ms, p99 {lat['p99_ms']:.0f} ms"
        )
        if lat.get("stage_ms_per_batch"):
            lines.append(
                f"  mean batch {lat.get('mean_batch_size')} posts; ms per batch: "
                + ", ".join(f"{k} {v:g}" for k, v in lat["stage_ms_per_batch"].items())
            )
    if report["all_decisions_equal"] is not None:
        lines.append(
            f"labelled decisions equal on/off: {report['labelled_decisions_equal']}; "
            f"all decisions equal: {report['all_decisions_equal']}"
        )
    if report.get("restart"):
        lines.append(
            "restart: fresh workers after only the model's 64-post warm-up, from the on workers' shared "
            f"state; decisions equal to on: {report.get('restart_decisions_equal_on')}"
        )
    m = report["machine"]
    lines.append(
        f"load {m.get('load_avg_before')} -> {m.get('load_avg_after')}; elapsed {report['elapsed_s']}s"
    )
    return lines
