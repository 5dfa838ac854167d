"""Notification sinks for incidents: generic JSON webhook, Slack incoming webhook, Alertmanager.

A sink has the quix-streams shape — ``setup()``, ``add(record)``, ``flush()`` — and knows nothing about
retries. :class:`DurableDelivery` puts a sink behind a durable Redis queue and a background thread:

- records are pushed onto ``keys.sink_queue(name)`` (by the incident store, in the same transaction that
  publishes them, so a published record is never lost), which takes microseconds: a slow or dead endpoint
  never blocks or slows the stream;
- one delivery thread per sink (one worker at a time holds the sink's lock, so records go out in order)
  moves the oldest record to ``sink_inflight``, delivers it, and only then removes it. A failed delivery is
  retried with exponential backoff (each failure counts in ``monitor_sink_failures_total{sink}``, the
  head record's consecutive failures show in ``monitor_sink_head_failures{sink}``); a record the endpoint
  rejects for good (4xx other than 408/429), or one that still fails after ``max_attempts`` deliveries, goes
  to ``sink_dead`` for inspection instead of blocking the queue forever
  (``monitor_sink_records_parked_total{sink,reason}``);
- a crash between delivery and removal re-delivers that record (at least once).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any, Literal, Protocol

import httpx
import orjson
import redis
from pydantic import SecretStr

from monitor.config import Settings
from monitor.core.clock import iso, parse_iso
from monitor.errors import MonitorError
from monitor.pipeline.metrics import Metrics
from monitor.storage.keys import Keys

log = logging.getLogger(__name__)

Record = dict[str, Any]
Outcome = Literal["delivered", "failed", "idle", "standby"]


class SinkError(MonitorError):
    """A delivery failed and should be retried later."""


class SinkRejected(SinkError):
    """The endpoint refused the record for good (a client error): retrying will not help."""


class IncidentSink(Protocol):
    name: str

    def setup(self) -> None: ...

    def add(self, record: Record) -> None: ...

    def flush(self) -> None: ...


# --- HTTP sinks --------------------------------------------------------------------------------------
class HttpSink:
    """POSTs JSON built by :meth:`payloads` from the buffered records; raises :class:`SinkError`."""

    name = "http"

    def __init__(
        self,
        url: SecretStr | str,
        *,
        timeout_s: float = 5.0,
        headers: dict[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._url = url if isinstance(url, SecretStr) else SecretStr(url)
        self.timeout_s = timeout_s
        self.headers = {"User-Agent": "rumour-monitor", **(headers or {})}
        self._transport = transport
        self._client: httpx.Client | None = None
        self._buffer: list[Record] = []

    @property
    def url(self) -> str:
        return self._url.get_secret_value()

    def setup(self) -> None:
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.timeout_s, headers=self.headers, transport=self._transport
            )

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def add(self, record: Record) -> None:
        self._buffer.append(record)

    def payloads(self, records: Sequence[Record]) -> list[Any]:
        return list(records)

    def flush(self) -> None:
        records, self._buffer = self._buffer, []
        if not records:
            return
        self.setup()
        assert self._client is not None
        for body in self.payloads(records):
            try:
                response = self._client.post(self.url, content=orjson.dumps(body), headers=_JSON)
            except httpx.HTTPError as exc:  # never put the URL (it may hold a token) in the message
                raise SinkError(f"{self.name}: {type(exc).__name__}") from None
            status = response.status_code
            if status < 300:
                continue
            if 400 <= status < 500 and status not in (408, 429):
                raise SinkRejected(f"{self.name}: HTTP {status}")
            raise SinkError(f"{self.name}: HTTP {status}")


_JSON = {"Content-Type": "application/json"}


class WebhookSink(HttpSink):
    """Generic JSON webhook: one POST per incident record, the record as the body."""

    name = "webhook"


class SlackSink(HttpSink):
    """Slack incoming webhook: one message per incident record."""

    name = "slack"

    def payloads(self, records: Sequence[Record]) -> list[Any]:
        return [slack_message(r) for r in records]


class AlertmanagerSink(HttpSink):
    """Alertmanager ``POST /api/v2/alerts``. Firing alerts carry an ``endsAt`` in the future (so they do
    not expire before the incident resolves); a resolved incident sends ``endsAt`` = now."""

    name = "alertmanager"

    def __init__(self, url: SecretStr | str, *, firing_for_s: float = 1800.0, **kwargs: Any) -> None:
        raw = url.get_secret_value() if isinstance(url, SecretStr) else url
        raw = raw.rstrip("/")
        if not raw.endswith("/api/v2/alerts"):
            raw += "/api/v2/alerts"
        super().__init__(SecretStr(raw), **kwargs)
        self.firing_for_s = firing_for_s

    def payloads(self, records: Sequence[Record]) -> list[Any]:
        return [[a for r in records for a in alertmanager_alerts(r, firing_for_s=self.firing_for_s)]]


# --- formats (pure) ----------------------------------------------------------------------------------
SEVERITY_EMOJI = {"critical": ":rotating_light:", "high": ":red_circle:", "medium": ":large_orange_circle:"}


def incident_summary(r: Record) -> str:
    spread = " and SPREADING" if r.get("spreading") else ""
    return (
        f"[{str(r.get('severity', '')).upper()}] {r.get('category') or 'incident'} template "
        f"{r.get('template_id')} is {r.get('status')}{spread}: {r.get('count')} posts"
    )


def incident_description(r: Record) -> str:
    samples = ", ".join(r.get("sample_post_ids") or []) or "-"
    return (
        f"{r.get('count')} matching posts since {r.get('first_seen_at')} (last {r.get('last_seen_at')}); "
        f"{r.get('rate_per_min')}/min vs baseline {r.get('baseline_per_min')}/min"
        f"{_peak(r)}{_confidence(r)}. Sample posts: {samples}. Incident {r.get('incident_id')}."
    )


def _confidence(r: Record) -> str:
    """The text "; confidence 0.97 (best alert), 0.88 mean": how sure the matches are, as on-call
    reads it (the raw fused scores stay in each alert's explanation); empty without a confidence."""
    best, mean = r.get("confidence"), r.get("confidence_mean")
    if not isinstance(best, int | float):
        return ""
    tail = f", {mean:.2f} mean" if isinstance(mean, int | float) else ""
    return f"; confidence {best:.2f} (best alert){tail}"


def slack_escape(text: str) -> str:
    """Slack mrkdwn control characters as entities: ``<!channel>``, ``<@U123>`` or ``<http://x|y>`` in a
    post id or any other value that came from a post shows as text, never pings or links."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slack_safe(value: Any) -> Any:
    if isinstance(value, str):
        return slack_escape(value)
    if isinstance(value, list | tuple):
        return [_slack_safe(v) for v in value]
    return value


def _peak(r: Record) -> str:
    """ ", peak 60.0/min at …" when the incident ran faster before than now (a burst that has passed)."""
    peak = r.get("peak_rate_per_min")
    if not isinstance(peak, int | float) or peak <= float(r.get("rate_per_min") or 0):
        return ""
    return f", peak {peak}/min at {r.get('peak_at')}"


def slack_message(r: Record) -> dict[str, Any]:
    """The Slack incoming-webhook body: every value of the record escaped for mrkdwn (ours is the only
    markup: the bold summary and the runbook link)."""
    safe = {k: _slack_safe(v) for k, v in r.items()}
    emoji = (
        ":white_check_mark:"
        if r.get("status") == "resolved"
        else SEVERITY_EMOJI.get(str(r.get("severity", "")), "")
    )
    text = f"{emoji} {incident_summary(safe)}".strip()
    lines = [f"*{text}*", incident_description(safe)]
    runbook = r.get("runbook_url")
    if isinstance(runbook, str) and runbook.startswith(("https://", "http://")):
        lines.append(f"Runbook: <{slack_escape(runbook).replace('|', '%7C')}>")
    elif runbook:
        lines.append(f"Runbook: {slack_escape(str(runbook))}")
    return {
        "text": text,
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}}],
    }


def alertmanager_alerts(r: Record, *, firing_for_s: float = 1800.0) -> list[dict[str, Any]]:
    """One Alertmanager alert per record — plus, once the severity escalated, the end of the alert that
    carried the template's own severity (Alertmanager identifies an alert by its labels)."""
    emitted = parse_iso(r.get("emitted_at") or r["last_seen_at"])
    severity = str(r["severity"])
    base = str(r.get("base_severity") or severity)
    labels = {
        "alertname": "MonitorIncident",
        "template": str(r["template_id"]),
        "category": str(r.get("category") or "unknown"),
    }
    annotations = {
        "summary": incident_summary(r),
        "description": incident_description(r),
        "incident_id": str(r["incident_id"]),
    }
    if r.get("runbook_url"):
        annotations["runbook_url"] = str(r["runbook_url"])
    starts = r["first_seen_at"]
    if r["status"] == "resolved":
        ends = iso(emitted)
    else:
        ends = iso(parse_iso(r["last_seen_at"]) + timedelta(seconds=firing_for_s))
    out = [
        {
            "labels": {**labels, "severity": severity},
            "annotations": annotations,
            "startsAt": starts,
            "endsAt": ends,
        }
    ]
    if base != severity:
        out.append(
            {
                "labels": {**labels, "severity": base},
                "annotations": annotations,
                "startsAt": starts,
                "endsAt": iso(emitted),
            }
        )
    return out


# --- durable delivery ----------------------------------------------------------------------------------
class DurableDelivery:
    """A sink behind a Redis queue, delivered by a background thread with retries and backoff."""

    def __init__(
        self,
        sink: IncidentSink,
        client: redis.Redis,
        keys: Keys,
        metrics: Metrics | None = None,
        *,
        base_backoff_s: float = 0.5,
        max_backoff_s: float = 60.0,
        lock_ttl_s: float = 30.0,
        idle_wait_s: float = 1.0,
        owner: str | None = None,
        max_attempts: int = 12,
    ) -> None:
        self.sink = sink
        self.client = client
        self.keys = keys
        self.metrics = metrics
        self.base_backoff_s = base_backoff_s
        self.max_backoff_s = max_backoff_s
        self.lock_ttl_s = lock_ttl_s
        self.idle_wait_s = idle_wait_s
        self.max_attempts = max_attempts
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.failures = 0  # consecutive
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if metrics is not None:
            metrics.init_sink(sink.name)

    @property
    def name(self) -> str:
        return self.sink.name

    @property
    def queue_key(self) -> str:
        return self.keys.sink_queue(self.name)

    def enqueue(self, record: Record) -> None:
        """Queue a record (the incident store queues in its own transaction instead)."""
        self.client.lpush(self.queue_key, orjson.dumps(record))

    def pending(self) -> int:
        pipe = self.client.pipeline(transaction=False)
        pipe.llen(self.queue_key)
        pipe.llen(self.keys.sink_inflight(self.name))
        return sum(int(n) for n in pipe.execute())

    # --- one step ------------------------------------------------------------------------------------
    def _hold_lock(self) -> bool:
        key = self.keys.sink_lock(self.name)
        ttl_ms = int(self.lock_ttl_s * 1000)
        if self.client.set(key, self.owner, nx=True, px=ttl_ms):
            return True
        if self.client.get(key) == self.owner:
            self.client.pexpire(key, ttl_ms)
            return True
        return False

    def release(self) -> None:
        key = self.keys.sink_lock(self.name)
        try:
            if self.client.get(key) == self.owner:
                self.client.delete(key)
        except redis.RedisError:
            pass

    def deliver_once(self, wait_s: float = 0.0) -> Outcome:
        """Deliver the oldest queued record (waiting up to ``wait_s`` for one). ``delivered`` includes a
        record rejected for good (moved to the dead list); ``failed``: retry it after a backoff; ``idle``:
        nothing queued; ``standby``: another worker delivers for this sink."""
        if not self._hold_lock():
            return "standby"
        inflight = self.keys.sink_inflight(self.name)
        raw = self.client.lindex(inflight, -1)
        if raw is None:
            if wait_s > 0:
                raw = self.client.blmove(self.queue_key, inflight, wait_s, "RIGHT", "LEFT")  # type: ignore[arg-type]
            else:
                raw = self.client.lmove(self.queue_key, inflight, "RIGHT", "LEFT")
            if raw is None:
                self._export_depth()
                return "idle"
        try:
            try:
                record = orjson.loads(raw)  # type: ignore[arg-type]
            except orjson.JSONDecodeError:
                raise SinkRejected(f"{self.name}: undecodable queued record") from None
            self.sink.add(record)
            self.sink.flush()
        except SinkRejected as exc:
            log.error(
                "sink %s rejected a record for good (%s); kept in %s",
                self.name,
                exc,
                self.keys.sink_dead(self.name),
            )
            self._count_failure()
            self._park(inflight, "rejected")
            return "delivered"
        except Exception as exc:  # a sink must never kill the delivery thread
            self.failures += 1
            self._count_failure()
            if self.failures >= self.max_attempts:
                log.error(
                    "sink %s: a record failed %d deliveries (%s); parked in %s so the queue moves on",
                    self.name,
                    self.failures,
                    exc,
                    self.keys.sink_dead(self.name),
                )
                self._park(inflight, "retries_exhausted")
                return "failed"  # back off before the next record: the endpoint may be down
            self._export_head()
            log.warning("sink %s delivery failed (%s); attempt %d", self.name, exc, self.failures)
            return "failed"
        self.client.rpop(inflight)
        if self.failures:
            log.info("sink %s delivering again after %d failures", self.name, self.failures)
        self.failures = 0
        self._export_head()
        if self.metrics is not None:
            self.metrics.sink_delivered.labels(self.name).inc()
        self._export_depth()
        return "delivered"

    def _park(self, inflight: str, reason: str) -> None:
        """Move the head record to the dead list (for inspection and replay) and reset its failure count."""
        self.client.lmove(inflight, self.keys.sink_dead(self.name), "RIGHT", "LEFT")
        self.failures = 0
        if self.metrics is not None:
            self.metrics.sink_parked.labels(self.name, reason).inc()
        self._export_head()

    def _export_head(self) -> None:
        if self.metrics is not None:
            self.metrics.sink_head_failures.labels(self.name).set(self.failures)

    def _count_failure(self) -> None:
        if self.metrics is not None:
            self.metrics.sink_failures.labels(self.name).inc()

    def _export_depth(self) -> None:
        if self.metrics is not None:
            self.metrics.sink_queue_depth.labels(self.name).set(self.pending())

    def backoff_s(self) -> float:
        """The wait after a failed delivery; a parked record resets the count, but the next record still
        waits the base backoff (the endpoint may be down for all of them)."""
        return float(min(self.max_backoff_s, self.base_backoff_s * 2 ** min(max(self.failures - 1, 0), 20)))

    # --- the thread ------------------------------------------------------------------------------------
    def run(self) -> None:
        self.sink.setup()
        while not self._stop.is_set():
            try:
                outcome = self.deliver_once(wait_s=self.idle_wait_s)
            except redis.RedisError as exc:
                log.warning("sink %s: redis unavailable (%s)", self.name, exc)
                self._stop.wait(min(self.max_backoff_s, 2.0))
                continue
            if outcome == "failed":
                self._stop.wait(self.backoff_s())
            elif outcome == "standby":
                self._stop.wait(self.lock_ttl_s / 3)
            # "idle": BLMOVE has already waited; "delivered": go on with the next record
        self.release()

    def start(self) -> threading.Thread:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self.run, name=f"sink-{self.name}", daemon=True)
            self._thread.start()
        return self._thread

    def stop(self, timeout_s: float = 2.0) -> None:
        """Stop the thread (a daemon: a delivery still blocked after ``timeout_s`` never holds the exit)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
        close: Callable[[], None] | None = getattr(self.sink, "close", None)
        if close is not None:
            close()


# --- from settings -----------------------------------------------------------------------------------
def _secret(value: SecretStr | None) -> str:
    return value.get_secret_value().strip() if value is not None else ""


def build_sinks(settings: Settings) -> list[IncidentSink]:
    """The sinks configured in the environment (none by default)."""
    sinks: list[IncidentSink] = []
    timeout_s = settings.sink_timeout_s
    if _secret(settings.webhook_url):
        headers = {}
        if _secret(settings.webhook_token):
            headers["Authorization"] = f"Bearer {_secret(settings.webhook_token)}"
        sinks.append(WebhookSink(settings.webhook_url or "", timeout_s=timeout_s, headers=headers))
    if _secret(settings.slack_webhook_url):
        sinks.append(SlackSink(settings.slack_webhook_url or "", timeout_s=timeout_s))
    if _secret(settings.alertmanager_url):
        sinks.append(
            AlertmanagerSink(
                settings.alertmanager_url or "",
                timeout_s=timeout_s,
                firing_for_s=settings.incident_resolve_after_s + 600.0,
            )
        )
    return sinks


def build_deliveries(
    settings: Settings, client: redis.Redis, keys: Keys, metrics: Metrics | None
) -> list[DurableDelivery]:
    return [
        DurableDelivery(
            s,
            client,
            keys,
            metrics,
            max_backoff_s=settings.sink_max_backoff_s,
            max_attempts=settings.sink_max_attempts,
        )
        for s in build_sinks(settings)
    ]
