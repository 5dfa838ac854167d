"""The ops HTTP API against the real Redis 8.2 + RediSearch and the real model: in process (ASGI) for the
flows, and as the `monitor api` command (uvicorn on a loopback port) for start-up, auth and metrics."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from monitor.api import create_app
from monitor.core.models import TemplateIn, alert_id_for
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from monitor.tools.stack import free_port

from ..conftest import ROOT, env_for

pytestmark = pytest.mark.integration

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}", "X-Actor": "alice"}
CLAIMS = ROOT.parent / "shared" / "data" / "claim-matching" / "checkthat2022-2a-en" / "claims.jsonl"
COURSE = {
    "id": "sora-course",
    "category": "scam",
    "severity": "critical",
    "text": "Paid Sora video course for 99 yuan, scan the QR code to join the group",
    "examples": ["Sora tutorial class only 199 RMB, pay and join our WeChat group"],
    "source_url": "https://example.org/fact-check/sora-course",
    "rating": "Scam",
    "first_seen": "2024-02-16",
}


@pytest.fixture
def api(settings: Any, redis_conn: Any, embedder: Any) -> Iterator[tuple[TestClient, TemplateRegistry]]:
    registry = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), embedder)
    app = create_app(settings.model_copy(update={"api_token": SecretStr(TOKEN)}), registry)
    with TestClient(app) as client:
        yield client, registry


def test_template_lifecycle_is_versioned_audited_and_embedded_once(
    api: tuple[TestClient, TemplateRegistry],
) -> None:
    client, registry = api
    assert client.post("/templates", json=COURSE).status_code == 401
    assert client.post("/templates", json=COURSE, headers={"Authorization": "Bearer nope"}).status_code == 401

    res = client.post("/templates", json=COURSE, headers=AUTH)
    assert res.status_code == 201, res.text
    assert res.json()["status"] == "added"
    created = res.json()["template"]
    assert (created["version"], created["enabled"], created["rating"]) == (1, True, "Scam")
    stored = registry.exemplar_vectors(registry.get("sora-course"))
    assert [(kind, i) for kind, i, _, _ in stored] == [("text", 0), ("example", 0)]
    assert all(vec.shape == (384,) for *_, vec in stored), "vectors computed once, at registration"

    res = client.post("/templates", json=COURSE, headers=AUTH)
    assert (res.status_code, res.json()["status"]) == (200, "unchanged")
    assert res.json()["template"]["version"] == 1

    changed = {k: v for k, v in COURSE.items() if k != "id"} | {"negatives": ["Paid Sora courses are a scam"]}
    res = client.put("/templates/sora-course", json=changed, headers=AUTH)
    assert (res.status_code, res.json()["status"], res.json()["template"]["version"]) == (200, "updated", 2)
    assert len(registry.exemplar_vectors(registry.get("sora-course"))) == 3
    sent_back = client.get("/templates/sora-course").json()  # a read can be sent back as it is
    assert client.put("/templates/sora-course", json=sent_back, headers=AUTH).json()["status"] == "unchanged"

    assert client.post("/templates/sora-course/disable", headers=AUTH).json()["enabled"] is False
    assert [t["id"] for t in client.get("/templates", params={"enabled": "false"}).json()] == ["sora-course"]
    assert client.get("/templates", params={"enabled": "true"}).json() == []
    assert client.post("/templates/sora-course/enable", headers=AUTH).json()["version"] == 4

    history = client.get("/templates/sora-course/history").json()
    assert [(h["action"], h["version"], h["actor"]) for h in history] == [
        ("add", "1", "api:alice"),
        ("update", "2", "api:alice"),
        ("disable", "3", "api:alice"),
        ("enable", "4", "api:alice"),
    ]
    assert "negatives" in json.loads(history[1]["changes"])
    assert all(h["at"] for h in history)

    exported = client.get("/templates", params={"format": "jsonl"})
    assert exported.headers["content-type"].startswith("application/x-ndjson")
    line = json.loads(exported.text)
    assert line["negatives"] == ["Paid Sora courses are a scam"] and "version" not in line
    version = registry.version()
    again = client.post("/templates/import", content=exported.text.encode(), headers=AUTH).json()
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 1), "export round-trips"
    assert registry.version() == version

    assert client.delete("/templates/sora-course", headers=AUTH).status_code == 204
    assert client.get("/templates/sora-course").status_code == 404
    assert client.delete("/templates/sora-course", headers=AUTH).status_code == 404
    assert registry.exemplar_vectors(TemplateIn.model_validate(COURSE)) == [], "vectors removed too"
    assert client.get("/templates/sora-course/history").json()[-1]["action"] == "remove"


def test_invalid_bodies_get_the_field_and_the_reason(api: tuple[TestClient, TemplateRegistry]) -> None:
    client, _ = api
    res = client.post("/templates", json={**COURSE, "severity": "urgent", "examples": "one"}, headers=AUTH)
    assert res.status_code == 422
    fields = {d["field"]: d["reason"] for d in res.json()["detail"]}
    assert set(fields) == {"severity", "examples"}
    assert "not a string" in fields["examples"]
    res = client.post("/templates", json={**COURSE, "exampels": ["typo"]}, headers=AUTH)
    assert res.json()["detail"] == [
        {"field": "exampels", "reason": "Extra inputs are not permitted", "in": "body"}
    ]
    res = client.put("/templates/other-id", json=COURSE, headers=AUTH)
    assert (res.status_code, res.json()["detail"][0]["field"]) == (422, "id")
    res = client.post(
        "/templates", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert res.status_code == 422
    res = client.post("/templates/import", content=b"\xff\xfe", headers=AUTH)
    assert (res.status_code, res.json()["detail"][0]["field"]) == (422, "body")


@pytest.mark.skipif(not CLAIMS.exists(), reason=f"{CLAIMS} is not there")
def test_import_claims_at_ci_scale_rejects_bad_lines_and_reimport_is_a_no_op(
    api: tuple[TestClient, TemplateRegistry],
) -> None:
    client, registry = api
    lines = CLAIMS.read_text(encoding="utf-8").splitlines()[:300]
    body = "\n".join([*lines[:150], "{broken", json.dumps({"id": "bad id!", "text": "x"}), *lines[150:]])
    res = client.post("/templates/import", params={"format": "claims"}, content=body.encode(), headers=AUTH)
    assert res.status_code == 200, res.text
    report = res.json()
    assert [r["line"] for r in report["rejected"]] == [151, 152]
    assert report["rejected"][0]["reason"].startswith("invalid JSON")
    assert "id" in report["rejected"][1]["reason"] and "text" in report["rejected"][1]["reason"]
    assert report["imported"] == 300 and report["updated"] == report["unchanged"] == 0
    first = json.loads(lines[0])
    t = client.get(f"/templates/{first['id']}").json()
    assert (t["category"], t["severity"], t["text"], t["first_seen"]) == (
        "claim",
        "medium",
        first["text"],
        first["date"],
    )
    assert t["examples"] == [first["title"]]

    version = registry.version()
    res = client.post("/templates/import", params={"format": "claims"}, content=body.encode(), headers=AUTH)
    report = res.json()
    assert (report["imported"], report["updated"], report["unchanged"]) == (0, 0, 300)
    assert registry.version() == version, "a re-import changes nothing"


def test_feedback_is_stored_per_alert_and_counted_per_template(
    api: tuple[TestClient, TemplateRegistry], redis_conn: Any, settings: Any
) -> None:
    from monitor.storage.feedback import FeedbackStore

    client, _ = api
    keys = Keys(settings.redis_prefix)
    alert_id = alert_id_for("post-1", "sora-course")
    assert (
        client.post(f"/alerts/{alert_id}/feedback", json={"verdict": "confirmed"}, headers=AUTH).status_code
        == 404
    )
    redis_conn.set(keys.alert_sent(alert_id), "1")  # what the worker leaves for a delivered alert
    redis_conn.hset(keys.alert_record(alert_id), mapping={"template_id": "sora-course", "post_id": "post-1"})

    assert client.post(f"/alerts/{alert_id}/feedback", json={"verdict": "confirmed"}).status_code == 401
    res = client.post(f"/alerts/{alert_id}/feedback", json={"verdict": "maybe"}, headers=AUTH)
    assert (res.status_code, res.json()["detail"][0]["field"]) == (422, "verdict")
    res = client.post(
        f"/alerts/{alert_id}/feedback",
        json={"verdict": "confirmed", "note": "seen in 3 groups"},
        headers=AUTH,
    )
    assert res.status_code == 200, res.text
    assert res.json() | {"at": None} == {
        "alert_id": alert_id,
        "verdict": "confirmed",
        "actor": "api:alice",
        "at": None,
        "note": "seen in 3 groups",
        "template_id": "sora-course",
        "negative_added": False,
        "example_added": False,
    }
    other = alert_id_for("post-2", "sora-course")
    redis_conn.set(keys.alert_sent(other), "1")
    client.post(
        f"/alerts/{other}/feedback", json={"verdict": "confirmed", "template_id": "sora-course"}, headers=AUTH
    )
    client.post(f"/alerts/{other}/feedback", json={"verdict": "false-positive"}, headers=AUTH)  # changed mind

    assert (
        client.get("/templates/sora-course/feedback").status_code == 401
    )  # verdicts need a signed-in caller
    assert client.get(f"/alerts/{other}/feedback").status_code == 401
    summary = client.get("/templates/sora-course/feedback", headers=AUTH).json()
    assert summary == {"template_id": "sora-course", "confirmed": 1, "false-positive": 1, "precision": 0.5}
    assert client.get(f"/alerts/{other}/feedback", headers=AUTH).json()["verdict"] == "false-positive"
    assert client.get(f"/alerts/{alert_id_for('x', 'y')}/feedback", headers=AUTH).status_code == 404
    store = FeedbackStore(redis_conn, keys)
    assert [f.verdict for f in store.recent()] == ["false-positive", "confirmed", "confirmed"]
    assert store.precision("sora-course") == 0.5 and store.precision("never") is None


# --- the command --------------------------------------------------------------------------------------
@contextlib.contextmanager
def serving(settings: Any, log: Path, *args: str, **env: str) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor.cli", "api", "--port", str(port), *args],
        env=env_for(settings, **env),
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text()
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            time.sleep(0.2)
        else:
            raise AssertionError(f"api not up:\n{log.read_text()}")
        yield base
    finally:
        proc.terminate()
        proc.wait(20)


def test_the_api_refuses_to_start_without_a_token(settings: Any) -> None:
    for token in ("", "   "):
        res = subprocess.run(
            [sys.executable, "-m", "monitor.cli", "api", "--port", str(free_port())],
            env=env_for(settings, MONITOR_API_TOKEN=token),
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
        assert res.returncode == 2, res.stderr
        assert "MONITOR_API_TOKEN" in res.stderr and "--read-only" in res.stderr


def test_read_only_api_serves_reads_openapi_and_metrics(
    settings: Any, redis_conn: Any, tmp_path: Path
) -> None:
    with serving(settings, tmp_path / "api.log", "--read-only") as base:
        assert httpx.get(f"{base}/healthz").json()["read_only"] is True
        assert httpx.get(f"{base}/templates").json() == []
        res = httpx.post(f"{base}/templates", json=COURSE, headers=AUTH)
        assert res.status_code == 403
        schema = httpx.get(f"{base}/openapi.json").json()
        assert {"/templates", "/templates/import", "/alerts/{alert_id}/feedback"} <= set(schema["paths"])
        assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
        metrics = httpx.get(f"{base}/metrics")
        assert metrics.headers["content-type"].startswith("text/plain")
        assert 'monitor_api_requests_total{method="POST",route="/templates",status="403"} 1.0' in metrics.text
        assert 'monitor_api_requests_total{method="GET",route="/templates",status="200"} 1.0' in metrics.text
        assert "_created" not in metrics.text
    assert f"Uvicorn running on {base}" in (tmp_path / "api.log").read_text(), "binds to 127.0.0.1"


@pytest.mark.slow
def test_writable_api_with_a_token_end_to_end(settings: Any, redis_conn: Any, tmp_path: Path) -> None:
    env = {"MONITOR_API_TOKEN": TOKEN, "MONITOR_API_MAX_BODY_BYTES": "4096"}
    with serving(settings, tmp_path / "api.log", **env) as base:
        res = httpx.post(f"{base}/templates", json=COURSE, headers=AUTH, timeout=60)
        assert res.status_code == 201, res.text
        big = {**COURSE, "examples": ["x" * 100] * 50}
        assert httpx.post(f"{base}/templates", json=big, headers=AUTH).status_code == 413
        history = httpx.get(f"{base}/templates/sora-course/history").json()
        assert [(h["action"], h["actor"]) for h in history] == [("add", "api:alice")]
        metrics = httpx.get(f"{base}/metrics").text
        assert 'monitor_api_requests_total{method="POST",route="/templates",status="201"} 1.0' in metrics
        assert 'monitor_api_requests_total{method="POST",route="/templates",status="413"} 1.0' in metrics


def test_spellings_are_registered_listed_and_removed_by_writers_only(
    api: tuple[TestClient, TemplateRegistry],
) -> None:
    client, registry = api
    assert client.put("/spellings/索拉", json={"name": "Sora"}).status_code == 401
    res = client.put("/spellings/索拉", json={"name": "Sora"}, headers=AUTH)
    assert (res.status_code, res.json()) == (
        201,
        {"status": "added", "spelling": {"alias": "索拉", "name": "Sora"}},
    )
    assert client.put("/spellings/索拉", json={"name": "Sora"}, headers=AUTH).json()["status"] == "unchanged"
    assert client.put("/spellings/索拉", json={"name": "SORA"}, headers=AUTH).json()["status"] == "updated"
    assert client.get("/spellings").json() == [{"alias": "索拉", "name": "SORA"}]
    assert registry.spelling_history()[0]["actor"] == "api:alice"

    bad = client.put("/spellings/x", json={"name": "Sora"}, headers=AUTH)
    assert bad.status_code == 422 and "at least two characters" in bad.text
    assert client.put("/spellings/ab", json={"name": "Sora", "why": "typo"}, headers=AUTH).status_code == 422

    assert client.delete("/spellings/索拉").status_code == 401
    assert client.delete("/spellings/索拉", headers=AUTH).status_code == 204
    assert client.delete("/spellings/索拉", headers=AUTH).status_code == 404
    assert client.get("/spellings").json() == []
