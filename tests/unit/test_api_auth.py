"""The API's guard rails without any service: start-up refusal, bearer auth, read-only, size limits,
field-level validation errors, metrics and the schema. Redis is a closed port: nothing here reaches it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from redis.backoff import NoBackoff
from redis.retry import Retry

from monitor.api import api_token, create_app
from monitor.config import Settings
from monitor.embedding import HashingEmbedder
from monitor.errors import ConfigError
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from monitor.tools.stack import free_port

TEMPLATE = {"id": "t1", "category": "scam", "severity": "high", "text": "Buy the Sora course for 99 yuan"}


def _registry(embedder: Any = None) -> TemplateRegistry:
    client = redis.Redis(
        port=free_port(), socket_connect_timeout=0.2, decode_responses=True, retry=Retry(NoBackoff(), 0)
    )
    return TemplateRegistry(client, Keys("unit"), embedder)


def _settings(tmp_path: Path, **kw: Any) -> Settings:
    return Settings(state_dir=tmp_path, **kw)


def _client(tmp_path: Path, **kw: Any) -> TestClient:
    read_only = kw.pop("read_only", None)
    return TestClient(
        create_app(_settings(tmp_path, **kw), _registry(HashingEmbedder()), read_only=read_only)
    )


@pytest.mark.parametrize("token", [None, "", "   "])
def test_refuses_to_start_without_a_token_unless_read_only(tmp_path: Path, token: str | None) -> None:
    settings = _settings(tmp_path, api_token=token)
    assert api_token(settings) is None
    with pytest.raises(ConfigError, match="MONITOR_API_TOKEN"):
        create_app(settings, _registry(HashingEmbedder()))
    # read-only, it starts without a token: it serves its health page, refuses every write and shows
    # no posts to anyone (there is no token to sign in with)
    for app in (
        create_app(settings, _registry(), read_only=True),
        create_app(_settings(tmp_path, api_token=token, api_read_only=True), _registry()),
    ):
        client = TestClient(app)
        assert client.get("/openapi.json").status_code == 200
        write = client.post("/templates", json=TEMPLATE, headers={"Authorization": "Bearer anything"})
        assert write.status_code == 403
        assert client.get("/alerts").status_code in (401, 403)
        assert client.get("/alerts", headers={"Authorization": "Bearer anything"}).status_code in (401, 403)


def test_read_only_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MONITOR_API_READ_ONLY", "1")
    monkeypatch.delenv("MONITOR_API_TOKEN", raising=False)
    client = TestClient(create_app(Settings(state_dir=tmp_path), _registry()))
    assert client.post("/templates", json=TEMPLATE).status_code == 403


def test_a_writable_api_needs_an_embedder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="embedder"):
        create_app(_settings(tmp_path, api_token="tok"), _registry())


def test_writes_need_the_bearer_token(tmp_path: Path) -> None:
    client = _client(tmp_path, api_token="tok")
    res = client.post("/templates", json=TEMPLATE)
    assert res.status_code == 401
    assert res.headers["www-authenticate"].startswith("Bearer")
    for bad in ("Bearer tok2", "Bearer to", "Basic dG9rOg==", "tok", "Bearer "):
        assert client.post("/templates", json=TEMPLATE, headers={"Authorization": bad}).status_code == 401
    for method, path in [
        ("PUT", "/templates/t1"),
        ("DELETE", "/templates/t1"),
        ("POST", "/templates/t1/disable"),
        ("POST", "/templates/t1/enable"),
        ("POST", "/templates/import"),
        ("POST", "/alerts/al_1/feedback"),
    ]:
        assert client.request(method, path, json=TEMPLATE).status_code == 401, (method, path)


def test_read_only_refuses_every_write_even_with_the_token(tmp_path: Path) -> None:
    client = _client(tmp_path, api_token="tok", read_only=True)
    res = client.post("/templates", json=TEMPLATE, headers={"Authorization": "Bearer tok"})
    assert res.status_code == 403
    assert "read-only" in res.json()["detail"]


def test_invalid_bodies_name_the_field_and_the_reason(tmp_path: Path) -> None:
    client = _client(tmp_path, api_token="tok")
    auth = {"Authorization": "Bearer tok"}
    res = client.post("/templates", json={**TEMPLATE, "severity": "urgent", "threshold": 2}, headers=auth)
    assert res.status_code == 422
    detail = {d["field"]: d for d in res.json()["detail"]}
    assert set(detail) == {"severity", "threshold"}
    assert detail["threshold"]["in"] == "body" and "1" in detail["threshold"]["reason"]
    assert "urgent" not in res.text, "the input is not echoed back"
    res = client.post("/templates", json={k: v for k, v in TEMPLATE.items() if k != "text"}, headers=auth)
    assert res.json()["detail"] == [{"field": "text", "reason": "Field required", "in": "body"}]
    res = client.get("/templates/bad id!")
    assert (res.status_code, res.json()["detail"][0]["field"], res.json()["detail"][0]["in"]) == (
        422,
        "template_id",
        "path",
    )
    res = client.post("/alerts/al_1/feedback", json={"verdict": "meh", "extra": 1}, headers=auth)
    assert {d["field"] for d in res.json()["detail"]} == {"verdict", "extra"}


def test_bodies_over_the_limit_get_413(tmp_path: Path) -> None:
    client = _client(tmp_path, api_token="tok", api_max_body_bytes=2048, api_max_import_bytes=4096)
    auth = {"Authorization": "Bearer tok", "Content-Type": "application/json"}
    assert client.post("/templates", content=b" " * 2049, headers=auth).status_code == 413

    def chunks(n: int) -> Any:  # no Content-Length: counted while it is read
        for _ in range(n):
            yield b" " * 512

    res = client.post("/templates", content=chunks(5), headers=auth)
    assert (res.status_code, res.json()["detail"]) == (413, "request body is larger than 2048 bytes")
    assert client.post("/templates/import", content=b"x" * 4097, headers=auth).status_code == 413
    # the import limit is the larger one: 3000 bytes pass the size check (then Redis is down: 503)
    assert client.post("/templates/import", content=b"\n" * 3000, headers=auth).status_code == 503
    # unauthenticated big bodies are refused before anything is read
    assert client.post("/templates", content=b" " * 4000).status_code == 413


def test_healthz_metrics_and_openapi(tmp_path: Path) -> None:
    client = _client(tmp_path, api_token="tok")
    res = client.get("/healthz")
    assert res.status_code == 503 and res.json()["status"] == "unavailable"
    client.post("/templates", json=TEMPLATE)
    client.get("/nowhere")
    text = client.get("/metrics").text
    assert 'monitor_api_requests_total{method="GET",route="/healthz",status="503"} 1.0' in text
    assert 'monitor_api_requests_total{method="POST",route="/templates",status="401"} 1.0' in text
    assert 'monitor_api_requests_total{method="GET",route="unmatched",status="404"} 1.0' in text
    assert "monitor_api_request_duration_seconds_bucket" in text
    assert "monitor_posts_processed_total" not in text, "its own registry, not the worker's"
    schema = client.get("/openapi.json").json()
    assert schema["info"]["title"] == "rumour-monitor ops API"
    post = schema["paths"]["/templates"]["post"]
    assert post["security"] == [{"HTTPBearer": []}]
    assert "get" in schema["paths"]["/templates/{template_id}/history"]


def test_redis_outage_is_a_503_not_a_crash(tmp_path: Path) -> None:
    client = _client(tmp_path, api_token="tok")
    res = client.get("/templates")
    assert res.status_code == 503
    assert res.json()["detail"].startswith("redis unavailable")


def test_mounted_routers_share_the_guard_rails(tmp_path: Path) -> None:
    from fastapi import APIRouter, Depends

    from monitor.api import require_writer

    router = APIRouter(prefix="/extra")

    @router.post("/{item}/poke")
    def poke(item: str, body: dict[str, str], actor: str = Depends(require_writer)) -> dict[str, str]:
        return {"item": item, "actor": actor, **body}

    settings = _settings(tmp_path, api_token="tok", api_max_body_bytes=1024)
    client = TestClient(create_app(settings, _registry(HashingEmbedder()), routers=[router]))
    assert client.post("/extra/a/poke", json={}).status_code == 401
    auth = {"Authorization": "Bearer tok", "X-Actor": "bob <b@x>"}
    res = client.post("/extra/a/poke", json={"x": "1"}, headers=auth)
    assert res.json() == {"item": "a", "actor": "api:bobb@x", "x": "1"}
    assert client.post("/extra/a/poke", json={"x": "y" * 2000}, headers=auth).status_code == 413
    text = client.get("/metrics").text
    assert 'route="/extra/{item}/poke",status="200"' in text
    assert 'route="/extra/{item}/poke",status="413"' in text
