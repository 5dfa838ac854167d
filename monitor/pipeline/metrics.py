"""Prometheus metrics: one :class:`Metrics` object owns every collector, in its own registry.

Label sets are bounded (outcome, category, severity, reason, topic/partition, template id — the catalogue
bounds it); never post or user ids. ``_created`` series are off.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import prometheus_client
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from monitor import __version__

prometheus_client.disable_created_metrics()

LATENCY_BUCKETS_S = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0)
EMBED_BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512)
SINK_PARK_REASONS = ("rejected", "retries_exhausted")

# Known label values start at zero (a labelled counter has no series until its first increment, so
# ``rate()`` misses the first event and dashboards show "No data"): the fixed ones here, the ones that
# depend on configuration (sinks, hooks, the catalogue's categories) where those are built.
DEAD_LETTER_REASONS = ("invalid_json", "invalid_schema", "processing_error")
POST_OUTCOMES = ("matched", "unmatched")
LANGUAGE_LABELS = ("en", "zh", "other")
SEVERITIES = ("low", "medium", "high", "critical")
DEPENDENCIES = ("redis", "kafka")
# the cascade's static model (monitor_cascade_static_model{state}): monitor.pipeline.matcher
CASCADE_STATIC_STATES = ("none", "distilling", "waiting", "ready", "failed")
CANDIDATE_OUTCOMES = ("joined", "new")
CANDIDATE_MODEL_OUTCOMES = ("encoded", "recalled", "over_budget")  # posts of bursts of gate-decided posts
CANDIDATE_STATUSES = ("open", "updated", "resolved")
# where a batch's time goes, in order: decide (model, index, rules), claim (alert dedup claims), deliver
# (records sent and acknowledged by the broker), mark (alerts marked delivered), hooks (incidents, console
# index, candidates, and their records sent)
BATCH_STAGES = ("decide", "claim", "deliver", "mark", "hooks")
HOOK_CALLS = ("batch", "tick")
TEMPLATE_SERIES_AT_ZERO_MAX = 500
# the worker's log line for each partition it reads again (monitor_partition_rereads_total): the chaos
# scorecard counts these lines in worker logs, since a stopped or killed worker's metrics are gone
PARTITION_REREAD_LOG = "reading the partition again"


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        r = self.registry
        self.build_info = Gauge(
            "monitor_build_info",
            "Build and model of this worker",
            ["version", "model", "backend"],
            registry=r,
        )
        self.posts_processed = Counter(
            "monitor_posts_processed_total", "Posts decided, by outcome", ["outcome"], registry=r
        )
        self.matches = Counter(
            "monitor_matches_total", "Posts that matched a template, by category", ["category"], registry=r
        )
        self.alerts = Counter("monitor_alerts_total", "Alerts emitted", ["category", "severity"], registry=r)
        self.alerts_deduplicated = Counter(
            "monitor_alerts_deduplicated_total",
            "Alerts not re-sent because their alert_id was already delivered",
            registry=r,
        )
        self.template_alerts = Counter(
            "monitor_template_alerts_total", "Alerts per template", ["template_id"], registry=r
        )
        self.dead_letters = Counter(
            "monitor_dead_letters_total", "Inputs sent to the dead-letter topic", ["reason"], registry=r
        )
        self.latency = Histogram(
            "monitor_end_to_end_latency_seconds",
            "From the post's created_at (or broker timestamp) to its decision",
            buckets=LATENCY_BUCKETS_S,
            registry=r,
        )
        self.embedding = Histogram(
            "monitor_embedding_seconds", "Time to embed one batch", buckets=EMBED_BUCKETS_S, registry=r
        )
        self.batch_stage = Histogram(
            "monitor_batch_stage_seconds",
            "Time a batch spends in each stage of the worker (decide, claim, deliver, mark, hooks)",
            ["stage"],
            buckets=LATENCY_BUCKETS_S,
            registry=r,
        )
        self.batch_size = Histogram(
            "monitor_batch_size", "Posts per processed batch", buckets=BATCH_BUCKETS, registry=r
        )
        self.consumer_lag = Gauge(
            "monitor_consumer_lag_messages",
            "Fetch highwater minus next offset to process",
            ["topic", "partition"],
            registry=r,
        )
        self.templates_active = Gauge("monitor_templates_active", "Enabled templates loaded", registry=r)
        self.registry_version = Gauge("monitor_registry_version", "Catalogue version loaded", registry=r)
        self.sink_failures = Counter(
            "monitor_sink_failures_total", "Failed deliveries to a sink", ["sink"], registry=r
        )
        self.incidents_open = Gauge("monitor_incidents_open", "Incidents currently open", registry=r)
        self.incidents = Counter("monitor_incidents_total", "Incidents opened", ["severity"], registry=r)
        # --- incidents, sinks and feedback (docs/OPERATIONS-alerts.md) ---
        self.sink_delivered = Counter(
            "monitor_sink_deliveries_total",
            "Incident notifications delivered by a sink",
            ["sink"],
            registry=r,
        )
        self.sink_queue_depth = Gauge(
            "monitor_sink_queue_depth", "Incident notifications waiting for a sink", ["sink"], registry=r
        )
        self.template_feedback_precision = Gauge(
            "monitor_template_feedback_precision",
            "Confirmed / (confirmed + false positives) from on-call feedback, per template",
            ["template_id"],
            registry=r,
        )
        self.template_feedback = Gauge(
            "monitor_template_feedback_verdicts",
            "Feedback verdicts recorded per template (from Redis)",
            ["template_id", "verdict"],
            registry=r,
        )
        # --- emerging-narrative candidates (docs/OPERATIONS-candidates.md) ---
        self.candidates_active = Gauge(
            "monitor_candidates_active",
            "Candidate narratives listed: unmatched-post clusters above min size and authors, not hidden",
            registry=r,
        )
        self.candidate_growth = Gauge(
            "monitor_candidate_growth_per_min",
            "Growth (author-weighted posts per minute) of the most urgent candidate",
            registry=r,
        )
        self.candidate_clusters = Gauge(
            "monitor_candidate_clusters", "Live clusters of unmatched posts, singletons included", registry=r
        )
        self.candidate_posts = Counter(
            "monitor_candidate_posts_total",
            "Unmatched posts clustered, by outcome (joined a cluster | opened a new one)",
            ["outcome"],
            registry=r,
        )
        self.candidate_gated_posts = Counter(
            "monitor_candidate_gated_posts_total",
            "Gate-decided unmatched posts clustered on static vectors (cascade on), by outcome "
            "(joined | new)",
            ["outcome"],
            registry=r,
        )
        self.candidate_model_posts = Counter(
            "monitor_candidate_model_posts_total",
            "Posts of bursts of gate-decided posts, by outcome: encoded by the transformer for the "
            "candidates (one per distinct text) | recalled (a distinct text an earlier batch encoded: "
            "its vector remembered, not encoded again) | over_budget (not encoded: "
            "MONITOR_CANDIDATES_BURST_MODEL_SHARE, _MODEL_POSTS_PER_S)",
            ["outcome"],
            registry=r,
        )
        self.candidate_bursts = Counter(
            "monitor_candidate_bursts_total",
            "Cheap clusters of gate-decided posts that became bursts (growing above their own baseline share "
            "of the stream) and were first sent to the transformer",
            registry=r,
        )
        self.candidate_gated_clusters = Gauge(
            "monitor_candidate_gated_clusters",
            "Live cheap clusters of gate-decided posts (static vectors, cascade on), singletons included",
            registry=r,
        )
        self.candidate_notifications = Counter(
            "monitor_candidate_notifications_total",
            "Incident records emitted for fast-growing candidates",
            ["status"],
            registry=r,
        )
        # --- language of posts (docs/MULTILINGUAL.md) ---
        self.posts_by_language = Counter(
            "monitor_posts_by_language_total",
            "Posts processed, by language (the producer's lang or the detected one): en | zh | other",
            ["lang"],
            registry=r,
        )
        self.dependency_up = Gauge(
            "monitor_dependency_up",
            "1 when the dependency answered its last call",
            ["dependency"],
            registry=r,
        )
        self.worker_ready = Gauge("monitor_worker_ready", "1 when the worker is consuming", registry=r)
        self.spelling_posts = Counter(
            "monitor_spelling_posts_total",
            "Posts read with a registered spelling of the wave's name replaced by the name (索拉 as Sora)",
            registry=r,
        )
        self.truncated_posts = Counter(
            "monitor_posts_truncated_total", "Posts whose text was truncated", registry=r
        )
        self.hook_errors = Counter(
            "monitor_hook_errors_total", "Exceptions raised by a batch hook", ["hook"], registry=r
        )
        self.hook_seconds = Histogram(
            "monitor_hook_seconds",
            "Time a hook spends per call (call: batch | tick), on the worker's one processing thread",
            ["hook", "call"],
            buckets=LATENCY_BUCKETS_S,
            registry=r,
        )
        self.retries = Counter(
            "monitor_dependency_retries_total", "Retries after a dependency error", ["dependency"], registry=r
        )
        # --- silent degradation made visible (docs/RELIABILITY.md) ---
        self.alert_claims_waited = Counter(
            "monitor_alert_claims_waited_total",
            "Alerts this worker waited for because another live worker held their claim (rebalance race)",
            registry=r,
        )
        self.partition_rereads = Counter(
            "monitor_partition_rereads_total",
            "Partitions read again from their committed offset because a post there was dropped before any "
            "batch took it (faust on a rebalance); the posts after it are processed twice",
            registry=r,
        )
        self.candidate_posts_skipped = Counter(
            "monitor_candidate_posts_skipped_total",
            "Unmatched posts not clustered because the candidates lock stayed busy",
            registry=r,
        )
        self.lexical_rebuild_failures = Counter(
            "monitor_lexical_index_rebuild_failures_total",
            "Lexical (BM25) index rebuilds that failed; the previous index keeps serving",
            registry=r,
        )
        self.lexical_index_stale = Gauge(
            "monitor_lexical_index_stale",
            "1 while the lexical index serves an older catalogue because its rebuild failed",
            registry=r,
        )
        self.sink_parked = Counter(
            "monitor_sink_records_parked_total",
            "Records moved to a sink's dead list: rejected by the endpoint, or still failing after "
            "MONITOR_SINK_MAX_ATTEMPTS deliveries",
            ["sink", "reason"],
            registry=r,
        )
        self.sink_head_failures = Gauge(
            "monitor_sink_head_failures",
            "Consecutive failed deliveries of the record at the head of a sink's queue (it blocks the rest)",
            ["sink"],
            registry=r,
        )
        for dependency in DEPENDENCIES:
            self.dependency_up.labels(dependency)

        # --- the cascade (docs/PERFORMANCE.md "Cascade"): which stage decided each post ---
        self.cascade_posts = Counter(
            "monitor_cascade_posts_total",
            "Posts decided per cascade stage: cache (repost of a decided text), gate (static-embedding gate: "
            "cannot match), model (full pipeline)",
            ["stage"],
            registry=r,
        )
        for stage in ("cache", "gate", "model"):
            self.cascade_posts.labels(stage)
        self.cascade_gate_threshold = Gauge(
            "monitor_cascade_gate_threshold",
            "Calibrated gate threshold (centred static cosine); NaN while the gate is off",
            registry=r,
        )
        self.cascade_gate_threshold.set(float("nan"))
        self.cascade_gate_backoff = Gauge(
            "monitor_cascade_gate_backoff",
            "1 while the cascade's gate runs on a sample of batches only: it decided (almost) no post over "
            "its recent window (an all-topical stream); 0: on every batch",
            registry=r,
        )
        self.cascade_gate_backoff.set(0)
        self.cascade_enabled = Gauge(
            "monitor_cascade_enabled",
            "1 while the cascade's cheap stages run before the model; 0: MONITOR_CASCADE=off, or on but its "
            "static model is still being distilled in the background (every post goes to the model)",
            registry=r,
        )
        self.cascade_enabled.set(0)
        self.cascade_static_model = Gauge(
            "monitor_cascade_static_model",
            "The cascade's static model, one series per state set to 1: ready (loaded), distilling (a child "
            "process of this worker), waiting (another process distils it), failed, none (cascade off)",
            ["state"],
            registry=r,
        )
        self.set_static_model_state("none")
        self._init_fixed_labels()

    def set_static_model_state(self, state: str) -> None:
        """One state of ``monitor_cascade_static_model`` at 1, the others at 0 (all of them exported)."""
        for known in CASCADE_STATIC_STATES:
            self.cascade_static_model.labels(known).set(1 if known == state else 0)

    def _init_fixed_labels(self) -> None:
        for reason in DEAD_LETTER_REASONS:
            self.dead_letters.labels(reason)
        for outcome in POST_OUTCOMES:
            self.posts_processed.labels(outcome)
        for lang in LANGUAGE_LABELS:
            self.posts_by_language.labels(lang)
        for severity in SEVERITIES:
            self.incidents.labels(severity)
        for dependency in DEPENDENCIES:
            self.retries.labels(dependency)
        for outcome in CANDIDATE_OUTCOMES:
            self.candidate_posts.labels(outcome)
        for status in CANDIDATE_STATUSES:
            self.candidate_notifications.labels(status)
        for outcome in CANDIDATE_OUTCOMES:
            self.candidate_gated_posts.labels(outcome)
        for outcome in CANDIDATE_MODEL_OUTCOMES:
            self.candidate_model_posts.labels(outcome)
        for stage in BATCH_STAGES:
            self.batch_stage.labels(stage)

    def init_sink(self, sink: str) -> None:
        """A configured sink's series at zero (called when its delivery is built)."""
        self.sink_delivered.labels(sink)
        self.sink_failures.labels(sink)
        for reason in SINK_PARK_REASONS:
            self.sink_parked.labels(sink, reason)
        self.sink_head_failures.labels(sink).set(0)

    def init_hooks(self, hooks: Iterable[str]) -> None:
        for hook in hooks:
            self.hook_errors.labels(hook)
            for call in HOOK_CALLS:
                self.hook_seconds.labels(hook, call)

    def init_catalogue(self, templates: Iterable[tuple[str, str, str]]) -> None:
        """``(template_id, category, severity)`` of the loaded catalogue: matches and alerts per category
        and severity at zero, and alerts per template while the catalogue is small (a series per template
        of a 100k catalogue would cost more than the missing first point)."""
        rows = list(templates)
        for _, category, severity in rows:
            self.matches.labels(category)
            self.alerts.labels(category, severity)
        if len(rows) <= TEMPLATE_SERIES_AT_ZERO_MAX:
            for template_id, _, _ in rows:
                self.template_alerts.labels(template_id)

    def set_build(self, model: str, backend: str) -> None:
        self.build_info.labels(__version__, model, backend).set(1)

    def render(self) -> bytes:
        return generate_latest(self.registry)


def metrics_reference(sections: Sequence[tuple[str, str, CollectorRegistry]]) -> str:
    """The metrics reference (docs/METRICS.md): per process (title, intro, registry), every collector's
    exposed name, type, labels and help, in registration order."""
    lines = [
        "# Metrics reference",
        "",
        "Generated from the collectors by `monitor config --metrics > docs/METRICS.md`; a test fails when",
        "this file is stale. Labels are bounded (never post or user ids); known label values are exported",
        "at zero from start-up, so `rate()` sees the first event.",
    ]
    for title, intro, registry in sections:
        lines += ["", f"## {title}", "", intro, "", "| metric | type | labels | help |", "|---|---|---|---|"]
        seen: set[int] = set()
        for found in list(registry._collector_to_names):  # registration order
            collector: Any = found
            if id(collector) in seen or not hasattr(collector, "_type"):
                continue
            seen.add(id(collector))
            kind = str(collector._type)
            name = str(collector._name) + ("_total" if kind == "counter" else "")
            labels = ", ".join(f"`{label}`" for label in getattr(collector, "_labelnames", ())) or "—"
            text = str(collector._documentation).replace("|", "\\|")
            lines.append(f"| `{name}` | {kind} | {labels} | {text} |")
    return "\n".join(lines) + "\n"
