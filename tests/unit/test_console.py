"""The console's pure parts and its guard rails without any service: roles, search-query escaping, the
post highlighter (escapes everything), sign-in redirects, 401 for reads that show posts, security headers.
Redis is a closed port here: nothing reaches it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from redis.backoff import NoBackoff
from redis.retry import Retry

from monitor.api import create_app
from monitor.api.pages import _safe_next, highlight
from monitor.config import Settings
from monitor.core.access import ROLES, alert_query, allows, check_user_name, escape_tag, escape_text
from monitor.embedding import HashingEmbedder
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from monitor.tools.stack import free_port


def test_roles_are_ordered() -> None:
    assert ROLES == ("viewer", "reviewer", "editor", "admin")
    assert allows("admin", "reviewer") and allows("reviewer", "reviewer") and allows("editor", "viewer")
    assert (
        not allows("viewer", "reviewer") and not allows("reviewer", "editor") and not allows("root", "viewer")
    )


@pytest.mark.parametrize("name", ["", "Alice", "1bob", "a" * 33, "api", "a b", "x;y", "ü"])
def test_bad_user_names_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match=r"user name"):
        check_user_name(name)


def test_user_names_that_pass() -> None:
    assert check_user_name("alice.smith-2") == "alice.smith-2"


@pytest.mark.parametrize(
    "text",
    ["@template_id:{x}", "* | -foo", '"quoted" (group) ~opt', "a}b{c", "%fuzzy%", "\\escape", "<script>"],
)
def test_search_text_cannot_inject_query_syntax(text: str) -> None:
    out = escape_text(text)
    assert not set(out) & set('@{}|-"()~%*\\<>:')


def test_alert_query_combines_filters() -> None:
    assert alert_query() == "*"
    q = alert_query(
        text="sora course",
        template_id="sora-course",
        severity="high",
        status="open",
        lang="zh",
        since_ts=10.0,
        until_ts=20.0,
    )
    assert q == (
        "(sora course) @template_id:{sora\\-course} @severity:{high} @lang:{zh} @verdict:{none} "
        "@created_ts:[10.0 20.0]"
    )
    assert escape_tag("a b}|c") == "a\\ b\\}\\|c"
    assert alert_query(status="false-positive") == "@verdict:{false\\-positive}"


def test_highlight_escapes_every_character_of_the_post() -> None:
    text = 'Join <script>alert(1)</script> the Sora course <img src=x onerror="alert(2)"> now'
    out = str(
        highlight(text, {"nearest_exemplar": {"text": "sora course for 99 yuan"}, "shared_signals": ["join"]})
    )
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&lt;img src=x onerror=&#34;alert(2)&#34;&gt;" in out
    assert '<mark class="word">Sora</mark>' in out and '<mark class="word">course</mark>' in out
    assert '<mark class="signal">Join</mark>' in out
    # a hostile exemplar word cannot smuggle markup either
    assert "<b>" not in str(highlight("<b>sora</b>", {"nearest_exemplar": {"text": "<b>sora</b>"}}))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/ui/alerts", "/ui/alerts"),
        ("//evil.example", "/"),
        ("https://evil.example", "/"),
        ("/\\evil", "/"),
        (None, "/"),
        ("ui", "/"),
    ],
)
def test_sign_in_only_returns_to_local_paths(value: str | None, expected: str) -> None:
    assert _safe_next(value) == expected


# --- the app, with Redis unreachable ----------------------------------------------------------------------
def _client(tmp_path: Path, **kw: Any) -> TestClient:
    client = redis.Redis(
        port=free_port(), socket_connect_timeout=0.2, decode_responses=True, retry=Retry(NoBackoff(), 0)
    )
    registry = TemplateRegistry(client, Keys("unit"), HashingEmbedder())
    return TestClient(create_app(Settings(state_dir=tmp_path, api_token="tok", **kw), registry))


@pytest.mark.parametrize(
    "path",
    [
        "/incidents",
        "/incidents/inc_1",
        "/alerts",
        "/alerts/al_1/feedback",
        "/templates/t1/feedback",
        "/audit",
    ],
)
def test_reads_that_show_posts_need_a_signed_in_caller(tmp_path: Path, path: str) -> None:
    res = _client(tmp_path).get(path)
    assert res.status_code == 401
    assert res.headers["www-authenticate"].startswith("Bearer")
    assert res.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize(
    "path", ["/", "/ui/alerts", "/ui/templates", "/ui/candidates", "/ui/incidents/inc_1"]
)
def test_console_pages_send_a_browser_to_sign_in(tmp_path: Path, path: str) -> None:
    res = _client(tmp_path).get(path, follow_redirects=False)
    assert res.status_code == 303
    assert res.headers["location"].startswith("/signin?next=")


def test_sign_in_page_has_the_token_field_and_strict_headers(tmp_path: Path) -> None:
    res = _client(tmp_path).get("/signin")
    assert res.status_code == 200
    assert 'name="token"' in res.text
    assert "<script>" not in res.text and "onclick" not in res.text  # no inline script anywhere
    csp = res.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert res.headers["x-frame-options"] == "DENY"
    assert res.headers["x-content-type-options"] == "nosniff"


def test_wrong_token_does_not_sign_in(tmp_path: Path) -> None:
    res = _client(tmp_path).post("/signin", data={"token": "nope"}, follow_redirects=False)
    assert res.status_code == 401
    assert "set-cookie" not in res.headers


def test_htmx_and_static_files_are_served_locally(tmp_path: Path) -> None:
    client = _client(tmp_path)
    js = client.get("/ui/static/htmx-2.0.4.min.js")
    assert js.status_code == 200 and "htmx" in js.text[:2000]
    assert "Zero-Clause BSD" in client.get("/ui/static/htmx-LICENSE.txt").text
    assert client.get("/ui/static/console.js").status_code == 200


def test_console_metrics_start_at_zero(tmp_path: Path) -> None:
    text = _client(tmp_path).get("/metrics").text
    assert 'monitor_console_verdicts_total{verdict="confirmed"} 0.0' in text
    assert 'monitor_console_verdicts_total{verdict="false-positive"} 0.0' in text
    assert "monitor_console_time_to_acknowledge_seconds_count 0.0" in text
    assert "monitor_console_unacknowledged_incidents" in text


def test_docs_are_served_locally_under_the_csp(tmp_path: Path) -> None:
    """/docs references nothing outside this server (Swagger UI is vendored) and runs under the strict CSP."""
    import hashlib
    import re

    from monitor.api.docs import SWAGGER_CSS, SWAGGER_JS

    client = _client(tmp_path)
    res = client.get("/docs")
    assert res.status_code == 200
    refs = re.findall(r'(?:src|href)="([^"]*)"', res.text)
    assert refs and all((r.startswith("/") and not r.startswith("//")) or r == "data:," for r in refs), refs
    assert not re.search(r"https?://|//cdn|jsdelivr|unpkg", res.text)
    assert "<script>" not in res.text  # every script is a file of ours
    csp = res.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    for path in (SWAGGER_JS, SWAGGER_CSS, "/ui/static/docs.js"):
        assert path in res.text and client.get(path).status_code == 200
    assert "Apache License" in client.get("/ui/static/swagger-ui-LICENSE.txt").text
    # pinned: the vendored files are the ones of swagger-ui-dist 5.18.2
    assert hashlib.sha256(client.get(SWAGGER_JS).content).hexdigest() == (
        "c50b94bbc4f02394326fb7aed1f4fb693b3677f4b3d3344e0d6131808cbf281f"
    )
    assert client.get("/redoc", follow_redirects=False).headers["location"] == "/docs"
    assert client.get("/openapi.json").status_code == 200
