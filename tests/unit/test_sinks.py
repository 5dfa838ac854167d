"""Incident sinks against a real local HTTP server (http.server in a thread on 127.0.0.1): formats,
headers, error classification. Durable delivery with Redis: tests/integration/test_sinks.py."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson
import pytest

from monitor.config import Settings
from monitor.pipeline.sinks import (
    AlertmanagerSink,
    SinkError,
    SinkRejected,
    SlackSink,
    WebhookSink,
    alertmanager_alerts,
    build_sinks,
    incident_description,
)
from monitor.tools.stack import free_port


class Receiver:
    """A tiny HTTP endpoint on 127.0.0.1 that records every POST and answers scripted statuses."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.requests: list[dict[str, Any]] = []
        self.statuses: list[int] = []  # answered in order, then 200
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with receiver._lock:
                    status = receiver.statuses.pop(0) if receiver.statuses else 200
                    if status < 300:
                        receiver.requests.append(
                            {"path": self.path, "headers": dict(self.headers), "json": orjson.loads(body)}
                        )
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def bodies(self) -> list[Any]:
        with self._lock:
            return [r["json"] for r in self.requests]

    def wait_for(self, n: int, timeout_s: float = 20.0) -> list[Any]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if len(self.bodies()) >= n:
                return self.bodies()
            time.sleep(0.05)
        raise AssertionError(f"expected {n} requests, got {len(self.bodies())}")


@contextlib.contextmanager
def receiving(port: int | None = None) -> Iterator[Receiver]:
    r = Receiver(port).start()
    try:
        yield r
    finally:
        r.stop()


def incident(status: str = "open", **over: Any) -> dict[str, Any]:
    record = {
        "incident_id": "inc_1",
        "template_id": "sora-course",
        "status": status,
        "severity": "critical",
        "count": 12,
        "rate_per_min": 12.0,
        "baseline_per_min": 0.0,
        "spreading": True,
        "first_seen_at": "2024-02-18T09:00:00.000Z",
        "last_seen_at": "2024-02-18T09:00:06.000Z",
        "sample_post_ids": ["p1", "p2"],
        "category": "scam",
        "template_version": 2,
        "base_severity": "high",
        "runbook_url": "https://runbooks.example/template-spreading.md",
        "confidence": 0.974,
        "confidence_mean": 0.881,
        "emitted_at": "2024-02-18T09:00:07.000Z",
    }
    return {**record, **over}


def deliver(sink: Any, *records: dict[str, Any]) -> None:
    sink.setup()
    try:
        for r in records:
            sink.add(r)
        sink.flush()
    finally:
        sink.close()


def test_webhook_posts_the_record_with_its_token() -> None:
    with receiving() as rx:
        deliver(WebhookSink(f"{rx.url}/hook", headers={"Authorization": "Bearer s3cret"}), incident())
        [req] = rx.requests
    assert req["path"] == "/hook"
    assert req["json"] == incident()
    assert req["headers"]["Authorization"] == "Bearer s3cret"
    assert req["headers"]["Content-Type"] == "application/json"


def test_slack_message_names_template_severity_and_spreading() -> None:
    with receiving() as rx:
        deliver(SlackSink(f"{rx.url}/services/T/B/X"), incident())
        [body] = rx.bodies()
    assert "[CRITICAL]" in body["text"] and "sora-course" in body["text"] and "SPREADING" in body["text"]
    section = body["blocks"][0]["text"]
    assert section["type"] == "mrkdwn"
    assert "p1, p2" in section["text"] and "12.0/min" in section["text"]
    assert "<https://runbooks.example/template-spreading.md>" in section["text"]


def test_descriptions_give_the_confidence_not_the_raw_score() -> None:
    assert "confidence 0.97 (best alert), 0.88 mean" in incident_description(incident())
    assert "confidence" not in incident_description(incident(confidence=None, confidence_mean=None))
    [firing, *_] = alertmanager_alerts(incident())
    assert "confidence 0.97" in firing["annotations"]["description"]


def test_slack_escapes_everything_that_came_from_a_post() -> None:
    from monitor.pipeline.sinks import slack_escape, slack_message

    hostile = incident(
        sample_post_ids=["<!channel>", "<@U024BE7LH>", "a&b", "<https://evil.example|click me>"],
        template_id="cand-<!here>",
        category="scam <!everyone>",
        runbook_url="https://runbooks.example/x?a=1&b=<2>|evil",
    )
    body = slack_message(hostile)
    text = body["blocks"][0]["text"]["text"]
    for rendered in (text, body["text"]):
        assert "<!" not in rendered and "<@" not in rendered, rendered
    assert "&lt;!channel&gt;" in text and "&lt;@U024BE7LH&gt;" in text and "a&amp;b" in text
    assert "&lt;https://evil.example|click me&gt;" in text  # shown as text, not a link
    assert "cand-&lt;!here&gt;" in body["text"]
    # our own link survives, with its value escaped and no second label
    assert "<https://runbooks.example/x?a=1&amp;b=&lt;2&gt;%7Cevil>" in text
    assert slack_escape("&lt;") == "&amp;lt;"  # escaped once per value, so an entity in a post stays text
    assert text.count("<") == 1 and text.count(">") == 1


def test_slack_and_webhook_bodies_are_json_only() -> None:
    with receiving() as rx:
        deliver(SlackSink(f"{rx.url}/services/T/B/X"), incident(sample_post_ids=["<!channel>"]))
        deliver(WebhookSink(f"{rx.url}/hook"), incident(sample_post_ids=["<script>x</script>"]))
        slack, hook = rx.requests
    for req in (slack, hook):
        assert req["headers"]["Content-Type"] == "application/json"
    assert "<!channel>" not in orjson.dumps(slack["json"]).decode()
    assert hook["json"]["sample_post_ids"] == ["<script>x</script>"]  # JSON carries it as data


def test_alertmanager_firing_alert_has_labels_annotations_and_future_end() -> None:
    with receiving() as rx:
        deliver(AlertmanagerSink(rx.url, firing_for_s=600), incident(status="updated"))
        [req] = rx.requests
    assert req["path"] == "/api/v2/alerts"
    alerts = req["json"]
    firing = next(a for a in alerts if a["labels"]["severity"] == "critical")
    assert firing["labels"] == {
        "alertname": "MonitorIncident",
        "template": "sora-course",
        "category": "scam",
        "severity": "critical",
    }
    assert set(firing["annotations"]) >= {"summary", "description", "runbook_url"}
    assert firing["annotations"]["runbook_url"] == "https://runbooks.example/template-spreading.md"
    assert firing["startsAt"] == "2024-02-18T09:00:00.000Z"
    assert firing["endsAt"] == "2024-02-18T09:10:06.000Z", "last_seen + firing_for_s"
    # the escalation ends the alert that carried the template's own severity
    [before] = [a for a in alerts if a["labels"]["severity"] == "high"]
    assert before["endsAt"] == "2024-02-18T09:00:07.000Z"


def test_alertmanager_resolved_sets_ends_at_now() -> None:
    with receiving() as rx:
        deliver(AlertmanagerSink(f"{rx.url}/api/v2/alerts"), incident(status="resolved", spreading=False))
        [req] = rx.requests
    assert req["path"] == "/api/v2/alerts"
    assert {a["labels"]["severity"] for a in req["json"]} == {"critical", "high"}
    assert all(a["endsAt"] == "2024-02-18T09:00:07.000Z" for a in req["json"])
    ends = datetime.fromisoformat(req["json"][0]["endsAt"].replace("Z", "+00:00"))
    assert ends.tzinfo == UTC


@pytest.mark.parametrize(("status", "error"), [(500, SinkError), (503, SinkError), (429, SinkError)])
def test_server_errors_are_retryable(status: int, error: type[Exception]) -> None:
    with receiving() as rx:
        rx.statuses = [status]
        with pytest.raises(error) as info:
            deliver(WebhookSink(rx.url), incident())
    assert not isinstance(info.value, SinkRejected)


def test_client_errors_are_rejections() -> None:
    with receiving() as rx:
        rx.statuses = [400]
        with pytest.raises(SinkRejected, match="HTTP 400"):
            deliver(SlackSink(rx.url), incident())


def test_unreachable_endpoint_is_retryable_and_never_leaks_the_url() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(SinkError) as info:
        deliver(
            SlackSink(f"http://127.0.0.1:{port}/services/T000/B000/SECRET-TOKEN", timeout_s=1), incident()
        )
    assert not isinstance(info.value, SinkRejected)
    assert "SECRET-TOKEN" not in str(info.value)


def test_sinks_come_from_settings_and_their_urls_are_masked() -> None:
    assert build_sinks(Settings()) == []
    s = Settings(
        webhook_url="http://127.0.0.1:1/hook",  # type: ignore[arg-type]
        webhook_token="tok",  # type: ignore[arg-type]
        slack_webhook_url="https://hooks.slack.com/services/T/B/SECRET",  # type: ignore[arg-type]
        alertmanager_url="http://127.0.0.1:9093",  # type: ignore[arg-type]
    )
    sinks = build_sinks(s)
    assert [x.name for x in sinks] == ["webhook", "slack", "alertmanager"]
    assert sinks[0].headers["Authorization"] == "Bearer tok"  # type: ignore[attr-defined]
    assert sinks[2].url == "http://127.0.0.1:9093/api/v2/alerts"  # type: ignore[attr-defined]
    shown = str(s.masked())
    assert "SECRET" not in shown and "tok'" not in shown
    assert "SECRET" not in repr(s)
