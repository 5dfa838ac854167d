"""Thin faust wiring: decode -> batch -> decide (off the loop) -> send. Never raises out of the agent
(an exception would ack the batch): dependency outages are retried with backoff, bad posts dead-lettered.
A batch is acked (its offsets may be committed) only once its records or its dead letters are acknowledged
by the broker; a batch abandoned because the worker stops is never acked (docs/RELIABILITY.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import faust
import orjson
import redis
from faust.web import Request, Response, View

from monitor.core.ingest import RawMessage, dead_letter
from monitor.pipeline.hooks import BatchHook, Emit
from monitor.pipeline.processor import BatchOutput
from monitor.storage.kafka import find_sent_alerts
from streams.delivery import Outgoing, backoff_s, deliver, mark_kafka, pause
from streams.services import StopRequested, WorkerServices, WorkerState, cascade_status, run_blocking
from streams.topics import Topics

log = logging.getLogger("monitor.worker")
KAFKA_PROBE_TIMEOUT_S = 3.0
CLAIM_POLL_S = 0.5  # how often a claim held by another worker is asked again


def hold(events: Sequence[Any]) -> None:
    """Take a reference to each event of a batch the moment the agent receives it, before any await.

    faust's ``take_events`` acks a batch's events when the batch ends, and it ends it not only when the
    agent asks for the next batch: a stopping stream closes the generator (``Stream.on_stop``) while the
    agent is still processing the batch, and that acks the batch in flight, so the stop's last commit went
    past posts no one decided (the churn chaos scenario's loss, docs/RELIABILITY.md). With this reference
    held, faust's ack leaves each message unacked until :func:`release`; a batch never released (abandoned
    at a stop) is never acked, and the partition's next owner reprocesses it."""
    for event in events:
        event.message.incref()


def release(events: Sequence[Any]) -> None:
    """Give back :func:`hold`'s reference once the batch is delivered: the message is acked when faust's own
    ack comes (the usual order) or here, if faust acked first (the stream was closed meanwhile)."""
    for event in events:
        event.ack()


class AgentRun:
    """Counts the agent's actors inside their loop, for ``/health``'s ``agent_running``: an actor that
    crashed or was cancelled no longer counts."""

    def __init__(self, state: WorkerState) -> None:
        self.state = state

    def __enter__(self) -> AgentRun:
        self.state.agents_running += 1
        self.state.agent_running = True
        return self

    def __exit__(self, *exc: object) -> None:
        self.state.agents_running = max(0, self.state.agents_running - 1)
        self.state.agent_running = self.state.agents_running > 0
        if exc[0] is not None and not isinstance(exc[1], asyncio.CancelledError | GeneratorExit):
            log.error("the posts agent stopped on %s", getattr(exc[0], "__name__", exc[0]))


def register_agents(
    app: faust.App, services: WorkerServices, topics: Topics, dumps: Callable[[Any], bytes]
) -> None:
    settings, metrics, state = services.settings, services.metrics, services.state

    async def with_redis_retry(fn: Callable[..., Any], *args: Any) -> Any:
        """Run a blocking Redis/model call; on Redis errors, back off and retry until it works, or until
        the worker is stopping (:class:`StopRequested`: the batch is abandoned)."""
        attempt = 0
        while True:
            if state.stopping:
                raise StopRequested
            try:
                result = await run_blocking(services, fn, *args)
            except (redis.ConnectionError, redis.TimeoutError, ConnectionError) as exc:
                attempt += 1
                delay = backoff_s(attempt)
                state.redis_ok, state.redis_error = False, str(exc)
                metrics.dependency_up.labels("redis").set(0)
                metrics.retries.labels("redis").inc()
                log.warning("redis unavailable (%s); retry %d in %.1fs", exc, attempt, delay)
                await pause(state, delay)
                continue
            if not state.redis_ok:
                log.info("redis is back after %d retries", attempt)
            state.redis_ok, state.redis_error = True, None
            metrics.dependency_up.labels("redis").set(1)
            return result

    def process_safely(messages: Sequence[RawMessage]) -> BatchOutput:
        """Process a batch; if something other than a dependency fails, isolate the bad post."""
        try:
            return services.processor.process(messages)
        except (redis.ConnectionError, redis.TimeoutError, ConnectionError):
            raise
        except Exception:
            if len(messages) == 1:
                log.exception(
                    "processing failed for %s[%d]@%d",
                    messages[0].topic,
                    messages[0].partition,
                    messages[0].offset,
                )
                metrics.dead_letters.labels("processing_error").inc()
                return BatchOutput(
                    dead_letters=[dead_letter(messages[0], "processing_error: see worker log")]
                )
            out = BatchOutput()
            for msg in messages:
                out.extend(process_safely([msg]))
            return out

    # next offset per alerts partition, from this worker's own acks: where a pending alert would be found
    alert_offsets: dict[int, int] = {}
    # alert ids claimed by a batch of this worker that is still in flight (MONITOR_WORKER_CONCURRENCY > 1):
    # another batch of ours seeing them pending must neither treat them as a crash's leftovers nor send them
    in_flight: set[str] = set()

    async def alerts_to_send(out: BatchOutput) -> list[Any]:
        """Claim this batch's alerts; one a killed worker left pending is sent only if the topic lacks it."""
        unique = list({a.alert_id: a for a in out.alerts}.values())  # one post twice in a batch: one alert
        claimed, in_doubt = await claim_alerts([a.alert_id for a in unique])
        send = set(claimed)
        in_doubt = {aid: offsets for aid, offsets in in_doubt.items() if aid not in in_flight}
        if in_doubt:
            try:
                found = await run_blocking(services, find_sent_alerts, settings, in_doubt)
            except Exception:  # the topic cannot be read: at least once, send them again
                log.exception("in-doubt alerts: cannot read %s; sending them again", settings.alerts_topic)
                found = None
            found = found or set()
            await with_redis_retry(services.dedup.mark_delivered, sorted(found))
            send |= set(in_doubt) - found
            log.info("%d alerts in doubt after a crash: %d already in the topic", len(in_doubt), len(found))
        in_flight.update(send)
        return [a for a in unique if a.alert_id in send]

    async def claim_alerts(alert_ids: list[str]) -> tuple[list[str], dict[str, dict[int, int]]]:
        """Claim with this worker's lease. An alert another live worker holds (a rebalance gave both of us
        the post) is waited for: it comes back delivered (dropped) or, once the lease ran out, in doubt."""
        claimed: list[str] = []
        in_doubt: dict[str, dict[int, int]] = {}
        ask, waited = alert_ids, 0
        while ask:
            got, doubt, held = await with_redis_retry(
                lambda ids: services.dedup.claim_leased(
                    ids, dict(alert_offsets), owner=services.owner, lease_s=settings.alert_claim_lease_s
                ),
                ask,
            )
            claimed += got
            in_doubt.update(doubt)
            if held and not waited:
                log.info("%d alerts are being sent by another worker; waiting for them", len(held))
            if held:
                metrics.alert_claims_waited.inc(len(held) if not waited else 0)
                waited += 1
                await pause(state, CLAIM_POLL_S)
            ask = held
        return claimed, in_doubt

    def stage(name: str) -> Any:
        """Times a stage of the batch into ``monitor_batch_stage_seconds{stage}``."""
        return metrics.batch_stage.labels(name).time()

    async def send_all(out: BatchOutput) -> None:
        with stage("claim"):
            alerts = await alerts_to_send(out)
        try:
            await send_records(out, alerts)
        except StopRequested:
            # abandoned mid-send: whoever reprocesses these posts should not wait out our lease
            with contextlib.suppress(Exception):
                await asyncio.wait_for(
                    run_blocking(
                        services, services.dedup.release, [a.alert_id for a in alerts], services.owner
                    ),
                    1.0,
                )
            raise
        finally:
            in_flight.difference_update(a.alert_id for a in alerts)

    async def send_records(out: BatchOutput, alerts: list[Any]) -> None:
        records = [Outgoing(topics.dlq, dumps(rec)) for rec in out.dead_letters]
        records += [Outgoing(topics.matches, dumps(m), m.post_id.encode()) for m in out.matches]
        first_alert = len(records)
        records += [Outgoing(topics.alerts, dumps(a), a.post_id.encode()) for a in alerts]
        with stage("deliver"):
            results = await deliver(records, state, metrics)  # every record acknowledged by the broker
        for meta in results[first_alert:]:
            alert_offsets[meta.partition] = max(alert_offsets.get(meta.partition, 0), meta.offset + 1)
        if alerts:
            with stage("mark"):
                await with_redis_retry(services.dedup.mark_delivered, [a.alert_id for a in alerts])
        for a in alerts:
            services.processor.count_alert(a)
            log.info("alert %s template=%s score=%.3f post=%s", a.alert_id, a.template_id, a.score, a.post_id)
        if len(alerts) < len(out.alerts):
            metrics.alerts_deduplicated.inc(len(out.alerts) - len(alerts))
        try:
            with stage("hooks"):
                for hook in services.hooks:
                    await emit(hook.name, await with_redis_retry(run_hook_batch, hook, out, alerts))
        except StopRequested:  # the records are delivered: the batch is done, only its hooks are cut short
            log.warning("stopping: batch hooks skipped for a delivered batch")

    def run_hook_batch(hook: BatchHook, out: BatchOutput, alerts: list[Any]) -> list[Emit]:
        try:
            with metrics.hook_seconds.labels(hook.name, "batch").time():
                return hook.on_batch(out, alerts)
        except (redis.ConnectionError, redis.TimeoutError, ConnectionError):
            raise
        except Exception:
            log.exception("hook %s failed on a batch", hook.name)
            metrics.hook_errors.labels(hook.name).inc()
            return []

    def run_hook_tick(hook: BatchHook, now_s: float) -> list[Emit]:
        try:
            with metrics.hook_seconds.labels(hook.name, "tick").time():
                return hook.on_tick(now_s)
        except Exception:
            log.exception("hook %s failed on tick", hook.name)
            metrics.hook_errors.labels(hook.name).inc()
            return []

    async def emit(source: str, records: list[Emit]) -> None:
        by_name = {
            "matches": topics.matches,
            "alerts": topics.alerts,
            "incidents": topics.incidents,
            "dlq": topics.dlq,
        }
        outgoing = [
            Outgoing(by_name[rec.topic], dumps(rec.value), rec.key.encode() if rec.key else None)
            for rec in records
        ]
        if outgoing:
            await deliver(outgoing, state, metrics)

    for hook in services.hooks:
        if hook.tick_interval_s:

            def make_tick(h: BatchHook) -> Callable[[], Any]:
                async def tick() -> None:
                    if state.consuming and not state.stopping:
                        with contextlib.suppress(StopRequested):
                            await emit(h.name, await run_blocking(services, run_hook_tick, h, time.time()))

                tick.__name__ = f"tick_{h.name}"
                return tick

            app.timer(interval=hook.tick_interval_s, name=f"tick_{hook.name}")(make_tick(hook))

    # concurrency: that many actors share the stream's queue, so one batch is in the model while another is
    # being sent; the worker's consumer commits only offsets below the lowest unacked event of a partition
    # (streams/offsets.py: faust's own rule does not), so at-least-once holds
    @app.agent(topics.posts, name="posts", concurrency=settings.worker_concurrency)
    async def process_posts(stream: Any) -> None:
        with AgentRun(state):
            async for events in stream.take_events(settings.batch_size, within=settings.batch_window_s):
                hold(events)  # first: a stop may close the stream (and ack the batch) at the next await
                if state.stopping:  # no new batch once a stop was requested: held, never released
                    continue
                await process_batch(events)

    async def process_batch(events: Sequence[Any]) -> None:
        messages = [
            RawMessage(
                value=e.message.value,
                topic=e.message.topic,
                partition=e.message.partition,
                offset=e.message.offset,
                timestamp_s=e.message.timestamp,
            )
            for e in events
        ]
        delivered = False
        try:
            try:
                with stage("decide"):
                    out = await with_redis_retry(process_safely, messages)
                await send_all(out)
            except (StopRequested, asyncio.CancelledError):
                raise
            except Exception:  # never let an exception ack a batch silently: dead-letter it (confirmed)
                log.exception("batch failed; dead-lettering %d messages", len(messages))
                metrics.dead_letters.labels("processing_error").inc(len(messages))
                letters = [dead_letter(msg, "processing_error: batch failed") for msg in messages]
                await deliver([Outgoing(topics.dlq, dumps(rec)) for rec in letters], state, metrics)
            delivered = True
        except StopRequested:
            pass
        finally:
            if delivered:
                release(events)
            else:  # stopping or cancelled: never released, so never acked; the next owner reprocesses it
                log.info("abandoned a batch of %d posts (offsets not committed)", len(messages))
        if not delivered:
            return
        for msg in messages:
            key = (msg.topic, msg.partition)
            state.next_offsets[key] = max(state.next_offsets.get(key, 0), msg.offset + 1)
        state.processed += len(messages)
        state.last_batch_at = time.time()

    @app.timer(interval=settings.catalogue_poll_s)
    async def reload_catalogue() -> None:
        try:
            await run_blocking(services, services.catalogue.refresh)
        except redis.RedisError as exc:
            metrics.dependency_up.labels("redis").set(0)
            state.redis_ok, state.redis_error = False, str(exc)
            return
        if not state.redis_ok:  # Redis is back while idle: no batch would flip health back otherwise
            log.info("redis is back (catalogue refresh succeeded)")
            state.redis_ok, state.redis_error = True, None
            metrics.dependency_up.labels("redis").set(1)
        if not state.consuming:  # timers start once the worker has joined its group and is consuming
            state.consuming = True
            metrics.worker_ready.set(1)
            log.info("worker ready: consuming %s", settings.posts_topic)

    @app.timer(interval=2.0)
    async def probe_kafka() -> None:
        """``monitor_dependency_up{dependency="kafka"}``: 1 when the broker answered a metadata request
        within a few seconds and the last send was acknowledged, 0 otherwise."""
        if state.stopping:
            return
        # aiokafka's client, shared by faust's producer; absent before the producer started
        client = getattr(getattr(app.producer, "_producer", None), "client", None)
        if client is None:  # no probe possible (another producer driver): the sends alone decide
            if not state.kafka_ok and state.kafka_error is None:
                mark_kafka(state, metrics, True)
            return
        try:
            await asyncio.wait_for(client.fetch_all_metadata(), KAFKA_PROBE_TIMEOUT_S)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if state.kafka_ok or state.kafka_error is None:
                log.warning("kafka unavailable (%s)", type(exc).__name__)
            mark_kafka(state, metrics, False, f"metadata request failed: {type(exc).__name__}")
            return
        if not state.kafka_ok and not (state.kafka_error or "").startswith("send failed"):
            if state.kafka_error:
                log.info("kafka is back")
            mark_kafka(state, metrics, True)

    @app.timer(interval=2.0)
    async def export_lag() -> None:
        """Lag = fetch highwater - next offset to process (not end_offsets(), which tansu gets wrong)."""
        consumer = app.consumer
        try:
            assignment = {tp for tp in consumer.assignment() if tp.topic == settings.posts_topic}
        except Exception:  # consumer not started yet
            return
        committed_offsets = getattr(consumer, "_committed_offset", {}) or {}
        current = set()
        for tp in assignment:
            high = consumer.highwater(tp)
            position = state.next_offsets.get((tp.topic, tp.partition), committed_offsets.get(tp))
            if high is None or position is None:
                continue
            current.add((tp.topic, str(tp.partition)))
            metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(max(0, high - position))
        for labels in state.lag_labels - current:  # partitions moved to another worker: drop their series
            metrics.consumer_lag.remove(*labels)
        state.lag_labels = current

    @app.page("/metrics")
    class MetricsView(View):
        async def get(self, request: Request) -> Response:
            return self.bytes(metrics.render(), content_type="text/plain; version=0.0.4")

    @app.page("/health")
    class HealthView(View):
        async def get(self, request: Request) -> Response:
            body = health_report(services)
            return self.bytes(
                orjson.dumps(body), content_type="application/json", status=200 if body["healthy"] else 503
            )


def health_report(services: WorkerServices) -> dict[str, Any]:
    state = services.state
    healthy = (
        state.agent_running
        and state.consuming
        and state.redis_ok
        and state.kafka_ok
        and not state.stopping
        and services.catalogue.version >= 0
    )
    return {
        "healthy": healthy,
        "agent_running": state.agent_running,
        "consuming": state.consuming,
        "stopping": state.stopping,
        "redis": {"ok": state.redis_ok, "error": state.redis_error},
        "kafka": {"ok": state.kafka_ok, "error": state.kafka_error},
        "catalogue_version": services.catalogue.version,
        "templates_active": len(services.catalogue.templates),
        "spellings_active": len(services.catalogue.spellings),
        "processed": state.processed,
        "last_batch_at": state.last_batch_at,
        "uptime_s": round(time.time() - state.started_at, 1),
        "model": services.embedder.spec.name,
        "cascade": cascade_status(services),
    }
