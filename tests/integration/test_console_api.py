"""The console's API through real Redis (RediSearch): users and tokens, sessions with CSRF, the queue,
take/ack/resolve with a conflict, search over the alert records the worker writes, replay (reindex)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from monitor.api import create_app
from monitor.core.models import Alert, alert_id_for, iso, utcnow
from monitor.embedding import HashingEmbedder
from monitor.pipeline.incidents import policy_from_settings
from monitor.storage.alertindex import ensure_indexes, reindex
from monitor.storage.incidents import (
    IncidentStore,
    alert_facts,
    link_alert_records,
    save_alert_records,
)
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry
from monitor.storage.users import UserStore, token_digest

pytestmark = pytest.mark.integration
TOKEN = "bootstrap-s3cret"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
HOSTILE = 'Buy the Sora course <script>alert(1)</script> <img src=x onerror="alert(2)"> 99 yuan'


def alert(
    i: int, text: str = "Buy the Sora course now for 99 yuan", lang: str = "en", confidence: float = 0.9
) -> Alert:
    return Alert(
        alert_id=alert_id_for(f"p{i}", "sora-course"),
        post_id=f"p{i}",
        template_id="sora-course",
        template_version=1,
        category="scam",
        severity="high",
        score=0.91,
        confidence=confidence,
        post={
            "id": f"p{i}",
            "text": text,
            "author": f"user{i}",
            "lang": lang,
            "url": f"https://x.example/{i}",
        },
        explanation={
            "nearest_exemplar": {"kind": "text", "index": 0, "text": "Sora course 99 yuan", "score": 0.9}
        },
        created_at=iso(utcnow()),
    )


def deliver(settings: Any, redis_conn: Any, alerts: list[Alert]) -> str:
    """What the worker's incident hook does with delivered alerts: records, incident, link."""
    keys = Keys(settings.redis_prefix)
    ensure_indexes(redis_conn, keys)
    save_alert_records(redis_conn, keys, alerts, {}, 3600)
    store = IncidentStore(redis_conn, keys, policy_from_settings(settings))
    records, ids = store.record_alerts([alert_facts(a) for a in alerts], time.time())
    link_alert_records(redis_conn, keys, alerts, ids)
    save_alert_records(redis_conn, keys, [], {}, 3600, incident_records=records)
    for a in alerts:
        redis_conn.set(keys.alert_sent(a.alert_id), "1", ex=3600)
    return ids["sora-course"]


@pytest.fixture
def app(settings: Any, redis_conn: Any) -> Iterator[tuple[TestClient, UserStore]]:
    registry = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), HashingEmbedder())
    application = create_app(settings.model_copy(update={"api_token": SecretStr(TOKEN)}), registry)
    with TestClient(application) as client:
        yield client, application.state.users


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_users_tokens_are_hashed_roles_enforced_and_disable_is_immediate(
    app: tuple[TestClient, UserStore], settings: Any, redis_conn: Any
) -> None:
    client, users = app
    _, rev = users.add("rita", "reviewer", actor="test")
    _, view = users.add("vic", "viewer", actor="test")
    dump = " ".join(
        str(redis_conn.hgetall(k)) for k in redis_conn.scan_iter(f"{settings.redis_prefix}:user:*")
    )
    assert rev not in dump and token_digest(rev) in dump  # only the digest is kept
    assert [u.name for u in users.list()] == ["rita", "vic"]
    incident_id = deliver(settings, redis_conn, [alert(1), alert(2)])
    a1 = alert_id_for("p1", "sora-course")

    assert client.get("/incidents").status_code == 401
    assert client.get("/incidents", headers=bearer(view)).status_code == 200
    res = client.post(f"/alerts/{a1}/feedback", json={"verdict": "confirmed"}, headers=bearer(view))
    assert res.status_code == 403
    res = client.post(f"/incidents/{incident_id}/take", headers=bearer(view))
    assert res.status_code == 403
    res = client.post(f"/alerts/{a1}/feedback", json={"verdict": "confirmed"}, headers=bearer(rev))
    assert res.status_code == 200 and res.json()["actor"] == "rita"
    assert client.post("/templates", json={}, headers=bearer(rev)).status_code == 403  # editor's job

    users.set_disabled("rita")
    assert client.get("/incidents", headers=bearer(rev)).status_code == 401


def test_queue_detail_search_and_take_conflict(
    app: tuple[TestClient, UserStore], settings: Any, redis_conn: Any
) -> None:
    client, users = app
    _, ann = users.add("ann", "reviewer", actor="test")
    _, bob = users.add("bob", "reviewer", actor="test")
    incident_id = deliver(
        settings, redis_conn, [alert(1, HOSTILE, "en", 0.97), alert(2, "另一个 Sora 课程", "zh", 0.61)]
    )

    [row] = client.get("/incidents", headers=ADMIN).json()
    assert (row["incident_id"], row["template_id"], row["count"], row["holder"]) == (
        incident_id,
        "sora-course",
        2,
        None,
    )
    # the incident reads as its best alert's confidence and the mean over its alerts
    assert (row["confidence"], row["confidence_mean"]) == (0.97, 0.79)
    client.post("/signin", data={"token": ann})
    queue = client.get("/ui/queue").text
    assert "97%" in queue and "avg 79%" in queue
    assert "97% (its best alert), 79% on average" in client.get(f"/ui/incidents/{incident_id}").text
    detail = client.get(f"/incidents/{incident_id}", headers=ADMIN).json()
    assert {a["post_id"] for a in detail["alerts"]} == {"p1", "p2"}
    [hostile] = [a for a in detail["alerts"] if a["post_id"] == "p1"]
    assert hostile["text"] == HOSTILE and hostile["explanation"]["nearest_exemplar"]["score"] == 0.9

    def found(**params: Any) -> set[str]:
        res = client.get("/alerts", params=params, headers=ADMIN)
        assert res.status_code == 200, res.text
        return {a["post_id"] for a in res.json()["items"]}

    assert found() == {"p1", "p2"}
    assert found(q="script onerror") == {"p1"}
    assert found(q="@template_id:{x} | *") == set()  # query syntax is escaped, not run
    assert found(lang="zh") == {"p2"}
    assert found(template_id="sora-course", severity="high", status="open") == {"p1", "p2"}
    assert found(since="2000-01-01T00:00:00Z", until="2001-01-01T00:00:00Z") == set()
    assert client.get("/alerts", params={"since": "yesterday"}, headers=ADMIN).status_code == 422

    assert client.post(f"/incidents/{incident_id}/take", headers=bearer(ann)).json()["holder"] == "ann"
    res = client.post(f"/incidents/{incident_id}/take", headers=bearer(bob))
    assert res.status_code == 409 and res.json()["holder"] == "ann"
    res = client.post(f"/incidents/{incident_id}/take", json={"force": True}, headers=bearer(bob))
    assert res.status_code == 200 and res.json()["holder"] == "bob"
    assert client.post("/incidents/inc_nope/take", headers=bearer(bob)).status_code == 404

    res = client.post(
        "/alerts/feedback",
        json={"alert_ids": [alert_id_for("p1", "sora-course"), "al_gone"], "verdict": "false-positive"},
        headers=bearer(ann),
    )
    assert res.status_code == 200 and res.json()["not_found"] == ["al_gone"]
    assert found(status="false-positive") == {"p1"} and found(status="open") == {"p2"}
    assert (
        client.post(
            f"/incidents/{incident_id}/resolve", json={"note": "done"}, headers=bearer(bob)
        ).status_code
        == 200
    )
    assert client.get("/incidents", headers=ADMIN).json() == []  # resolved by on-call and quiet since
    actions = [(e["actor"], e["action"]) for e in client.get("/audit", headers=ADMIN).json()]
    assert ("ann", "take") in actions and ("bob", "take-over") in actions and ("bob", "resolve") in actions
    assert ("ann", "false-positive") in actions

    metrics = client.get("/metrics").text
    assert "monitor_console_time_to_acknowledge_seconds_count 1.0" in metrics
    assert 'monitor_console_verdicts_total{verdict="false-positive"} 1.0' in metrics


def test_session_cookie_csrf_and_expiry_keep_the_form(
    app: tuple[TestClient, UserStore], settings: Any, redis_conn: Any
) -> None:
    client, users = app
    _, ann = users.add("ann", "reviewer", actor="test")
    incident_id = deliver(settings, redis_conn, [alert(1, HOSTILE)])
    res = client.post("/signin", data={"token": ann, "next": "/"}, follow_redirects=False)
    assert res.status_code == 303
    cookie = res.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "monitor_session=" in cookie

    page = client.get(f"/ui/incidents/{incident_id}")
    assert page.status_code == 200
    assert (
        "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    )
    assert 'rel="noopener noreferrer"' in page.text
    assert ">Confirm</button>" in page.text and ">False positive</button>" in page.text
    csrf = re.search(r'data-csrf="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]

    a1 = alert_id_for("p1", "sora-course")
    assert (
        client.post(f"/ui/alerts/{a1}/verdict", data={"verdict": "confirmed"}).status_code == 403
    )  # no CSRF
    res = client.post(f"/alerts/{a1}/feedback", json={"verdict": "confirmed"})  # the JSON API, cookie only
    assert res.status_code == 403
    res = client.post(
        f"/ui/alerts/{a1}/verdict",
        data={"verdict": "confirmed", "csrf_token": csrf},
        headers={"Origin": "https://evil.example"},
    )
    assert res.status_code == 403
    res = client.post(
        f"/ui/alerts/{a1}/verdict", data={"verdict": "confirmed", "csrf_token": csrf}, follow_redirects=False
    )
    assert res.status_code == 303
    assert client.get(f"/alerts/{a1}/feedback").json()["verdict"] == "confirmed"  # the cookie reads too

    # the session expires mid-edit: the sign-in page keeps the form, and gives it back after sign-in
    for key in redis_conn.scan_iter(f"{settings.redis_prefix}:session:*"):
        redis_conn.delete(key)
    form = {
        "csrf_token": csrf,
        "id": "kept-form",
        "category": "scam",
        "severity": "high",
        "text": "unsaved words",
    }
    res = client.post("/ui/templates/save", data=form)
    assert res.status_code == 401 and 'name="token"' in res.text and "unsaved words" in res.text
    resume = re.search(r'name="resume" value="([^"]+)"', res.text).group(1)  # type: ignore[union-attr]
    import html

    _, ed = users.add("eddie", "editor", actor="test")
    res = client.post(
        "/signin", data={"token": ed, "next": "/ui/templates/save", "resume": html.unescape(resume)}
    )
    assert res.status_code == 200 and "unsaved words" in res.text and 'value="kept-form"' in res.text


def test_template_form_validation_and_viewer_refusal(
    app: tuple[TestClient, UserStore], settings: Any, redis_conn: Any
) -> None:
    client, users = app
    _, ed = users.add("eddie", "editor", actor="test")
    client.post("/signin", data={"token": ed})
    csrf = re.search(r'data-csrf="([^"]+)"', client.get("/ui/templates/new").text).group(1)  # type: ignore[union-attr]
    bad = {
        "csrf_token": csrf,
        "id": "t-bad",
        "category": "scam",
        "severity": "high",
        "text": "",
        "threshold": "2",
    }
    res = client.post("/ui/templates/save", data=bad)
    assert res.status_code == 422
    assert 'id="error-text"' in res.text and 'id="error-threshold"' in res.text
    assert client.get("/templates/t-bad").status_code == 404  # nothing saved
    good = {
        **bad,
        "text": "Buy the Sora director course for 99 yuan",
        "threshold": "0.8",
        "examples": "a\nb c d",
    }
    res = client.post("/ui/templates/save", data=good, follow_redirects=False)
    assert res.status_code == 303
    assert client.get("/templates/t-bad").json()["examples"] == ["a", "b c d"]

    _, view = users.add("vic", "viewer", actor="test")
    client.post("/signin", data={"token": view})
    csrf = re.search(r'data-csrf="([^"]+)"', client.get("/").text).group(1)  # type: ignore[union-attr]
    res = client.post("/ui/templates/save", data={**good, "csrf_token": csrf})
    assert res.status_code == 403 and "viewer" in res.text


def test_reindex_rebuilds_the_store_from_replayed_records(settings: Any, redis_conn: Any) -> None:
    keys = Keys(settings.redis_prefix)
    now = time.time()
    alerts = [alert(i).model_dump(mode="json") for i in range(3)]
    old = {**alert(9).model_dump(mode="json"), "created_at": "2000-01-01T00:00:00Z"}
    incident = {
        "incident_id": "inc_r",
        "template_id": "sora-course",
        "status": "open",
        "severity": "high",
        "count": 3,
        "first_seen_at": iso(utcnow()),
        "last_seen_at": iso(utcnow()),
        "spreading": False,
    }
    counts = reindex(redis_conn, keys, [*alerts, old], [incident], 3600, now_s=now)
    assert counts == {"alerts": 3, "incidents": 1, "expired": 1}
    rec = redis_conn.hgetall(keys.alert_record(alerts[0]["alert_id"]))
    assert rec["incident_id"] == "inc_r" and rec["verdict"] == "none"
    assert 0 < redis_conn.ttl(keys.alert_record(alerts[0]["alert_id"])) <= 3600
    redis_conn.hset(keys.alert_record(alerts[0]["alert_id"]), "verdict", "confirmed")
    reindex(redis_conn, keys, alerts, [incident], 3600, now_s=now)  # replay again: the verdict stays
    assert redis_conn.hget(keys.alert_record(alerts[0]["alert_id"]), "verdict") == "confirmed"


def test_users_command_shows_the_token_once(settings: Any, redis_conn: Any) -> None:
    import json
    import subprocess
    import sys

    from ..conftest import ROOT, env_for

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "monitor.cli", "users", *args],
            env=env_for(settings), capture_output=True, text=True, timeout=60, cwd=ROOT,
        )  # fmt: skip

    added = json.loads(run("add", "olga", "--role", "editor", "--json").stdout)
    assert added["role"] == "editor" and added["token"].startswith("mon_")
    assert run("add", "olga", "--json").returncode == 1  # exists
    assert run("add", "Bad Name").returncode == 2
    assert run("add", "zed", "--role", "root").returncode == 2
    listed = run("list", "--json").stdout
    assert added["token"] not in listed and token_digest(added["token"]) not in listed
    assert [u["name"] for u in json.loads(listed)] == ["olga"]
    assert json.loads(run("disable", "olga", "--json").stdout)["disabled"] is True
    users = UserStore(redis_conn, Keys(settings.redis_prefix))
    assert users.authenticate(added["token"]) is None
    assert run("disable", "nobody").returncode == 1


def course_registry(settings: Any, redis_conn: Any) -> TemplateRegistry:
    """A registry with one template, the alerts' (``sora-course``), that verdicts can teach."""
    from monitor.core.models import TemplateIn

    registry = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), HashingEmbedder())
    registry.upsert_many(
        [
            TemplateIn(
                id="sora-course", category="scam", severity="high", text="Paid Sora video course, 99 yuan"
            )
        ],
        actor="test",
    )
    return registry


def test_confirmed_posts_become_examples_of_their_template_through_the_bulk_api(
    app: tuple[TestClient, UserStore], settings: Any, redis_conn: Any
) -> None:
    client, users = app
    _, ann = users.add("ann", "reviewer", actor="test")
    registry = course_registry(settings, redis_conn)
    english, chinese = "Buy the S0RA course now for 99 yuan", "另一个 Sora 课程，只要九十九元"
    deliver(settings, redis_conn, [alert(1, english, "en"), alert(2, chinese, "zh")])
    ids = [alert_id_for("p1", "sora-course"), alert_id_for("p2", "sora-course")]

    res = client.post(
        "/alerts/feedback",
        json={"alert_ids": ids, "verdict": "confirmed", "add_example": True},
        headers=bearer(ann),
    )
    assert res.status_code == 200, res.text
    assert [r["example_added"] for r in res.json()["recorded"]] == [True, True]
    template = registry.get("sora-course")
    assert template.examples == (english, chinese) and template.version == 3
    # once only; and a false positive never becomes an example
    again = client.post(
        "/alerts/feedback",
        json={"alert_ids": ids, "verdict": "confirmed", "add_example": True},
        headers=bearer(ann),
    )
    assert [r["example_added"] for r in again.json()["recorded"]] == [False, False]
    fp = client.post(
        "/alerts/feedback",
        json={"alert_ids": ids[:1], "verdict": "false-positive", "add_example": True},
        headers=bearer(ann),
    )
    assert fp.json()["recorded"][0]["example_added"] is False
    assert registry.get("sora-course").examples == (english, chinese)


def test_the_single_alert_verdict_teaches_the_template_as_the_bulk_one_does(
    app: tuple[TestClient, UserStore], settings: Any, redis_conn: Any
) -> None:
    client, users = app
    _, ann = users.add("ann", "reviewer", actor="test")
    registry = course_registry(settings, redis_conn)
    scam, warning = "Buy the S0RA course now for 99 yuan", "The 99 yuan Sora course is a scam, do not pay"
    deliver(settings, redis_conn, [alert(1, scam), alert(2, warning)])
    confirmed_id, false_id = alert_id_for("p1", "sora-course"), alert_id_for("p2", "sora-course")

    res = client.post(
        f"/alerts/{confirmed_id}/feedback",
        json={"verdict": "confirmed", "add_example": True},
        headers=bearer(ann),
    )
    assert res.status_code == 200, res.text
    assert (res.json()["verdict"], res.json()["example_added"], res.json()["negative_added"]) == (
        "confirmed",
        True,
        False,
    )
    res = client.post(
        f"/alerts/{false_id}/feedback",
        json={"verdict": "false-positive", "add_negative": True, "add_example": True},
        headers=bearer(ann),
    )
    assert (res.json()["negative_added"], res.json()["example_added"]) == (True, False)
    template = registry.get("sora-course")
    assert (template.examples, template.negatives) == ((scam,), (warning,))
    # the verdicts are audited and shown on the alert records, as the bulk and console verdicts are
    actions = [e["action"] for e in client.get("/audit", headers=bearer(ann)).json()]
    assert actions.count("confirmed") == 1 and actions.count("false-positive") == 1
    missing = client.post(
        f"/alerts/{alert_id_for('p9', 'sora-course')}/feedback",
        json={"verdict": "confirmed", "add_example": True},
        headers=bearer(ann),
    )
    assert missing.status_code == 404


def test_spellings_on_the_templates_page_editors_add_and_remove_viewers_only_read(
    app: tuple[TestClient, UserStore], settings: Any, redis_conn: Any
) -> None:
    client, users = app
    _, ed = users.add("eddie", "editor", actor="test")
    client.post("/signin", data={"token": ed})
    page = client.get("/ui/templates")
    assert "No spellings." in page.text
    csrf = re.search(r'data-csrf="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    res = client.post("/ui/spellings/save", data={"csrf_token": csrf, "alias": "索", "name": "Sora"})
    assert res.status_code == 422 and "at least two characters" in res.text and 'value="索"' in res.text
    res = client.post(
        "/ui/spellings/save",
        data={"csrf_token": csrf, "alias": "索拉", "name": "Sora"},
        follow_redirects=False,
    )
    assert res.status_code == 303
    registry = TemplateRegistry(redis_conn, Keys(settings.redis_prefix))
    assert registry.spellings().names == {"索拉": "Sora"}
    assert registry.spelling_history()[-1]["actor"] == "eddie"
    page = client.get("/ui/templates")
    assert "<td>索拉</td><td>Sora</td>" in page.text and 'action="/ui/spellings/remove"' in page.text

    _, view = users.add("vic", "viewer", actor="test")
    client.post("/signin", data={"token": view})
    page = client.get("/ui/templates")
    assert "<td>索拉</td>" in page.text and 'action="/ui/spellings/remove"' not in page.text
    csrf = re.search(r'data-csrf="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    res = client.post("/ui/spellings/remove", data={"csrf_token": csrf, "alias": "索拉"})
    assert res.status_code == 403 and registry.spellings().names == {"索拉": "Sora"}

    client.post("/signin", data={"token": ed})
    csrf = re.search(r'data-csrf="([^"]+)"', client.get("/").text).group(1)  # type: ignore[union-attr]
    res = client.post(
        "/ui/spellings/remove", data={"csrf_token": csrf, "alias": "索拉"}, follow_redirects=False
    )
    assert res.status_code == 303 and not registry.spellings()


def test_the_evidence_names_the_spellings_a_post_was_read_with(
    app: tuple[TestClient, UserStore], settings: Any, redis_conn: Any
) -> None:
    client, users = app
    respelt = alert(1, "索拉 课程 99 元，扫码进群")
    respelt = respelt.model_copy(
        update={"explanation": {**respelt.explanation, "spellings": [{"alias": "索拉", "name": "Sora"}]}}
    )
    incident_id = deliver(settings, redis_conn, [respelt, alert(2)])
    _, ann = users.add("ann", "reviewer", actor="test")
    client.post("/signin", data={"token": ann})
    page = client.get(f"/ui/incidents/{incident_id}").text
    assert page.count("<dt>Spellings read</dt>") == 1
    assert "“索拉” as Sora" in page


def test_the_evidence_says_when_the_confidence_line_alerted_under_the_threshold(
    app: tuple[TestClient, UserStore], settings: Any, redis_conn: Any
) -> None:
    client, users = app
    lifted = alert(1)
    line = {"probability": 0.63, "line": 0.5, "template_id": "sora-course", "lifted": True}
    lifted = lifted.model_copy(update={"explanation": {**lifted.explanation, "confidence_line": line}})
    incident_id = deliver(settings, redis_conn, [lifted, alert(2)])
    _, ann = users.add("ann", "reviewer", actor="test")
    client.post("/signin", data={"token": ann})
    page = client.get(f"/ui/incidents/{incident_id}").text
    assert page.count("<dt>Under the threshold</dt>") == 1  # the lifted alert's evidence only
    assert "the confidence was 0.63, at or over the line of 0.5" in page


def test_the_evidence_names_the_clause_that_carried_the_claim_and_the_templates_passed_over(
    app: tuple[TestClient, UserStore], settings: Any, redis_conn: Any
) -> None:
    client, users = app
    lifted = alert(1)
    clause = {"text": "and sora opened up to the public so i spent lunch making videos", "cosine": 0.8123}
    lifted = lifted.model_copy(
        update={"explanation": {**lifted.explanation, "clause": clause, "priors_demoted": ["sora-course"]}}
    )
    incident_id = deliver(settings, redis_conn, [lifted, alert(2)])
    _, ann = users.add("ann", "reviewer", actor="test")
    client.post("/signin", data={"token": ann})
    page = client.get(f"/ui/incidents/{incident_id}").text
    assert page.count("<dt>Claim found in</dt>") == 1  # the lifted alert's evidence only
    assert "“and sora opened up to the public so i spent lunch making videos”" in page and "0.8123" in page
    assert page.count("<dt>Passed over</dt>") == 1
    assert "sora-course: scored higher, but the template priors put this template first" in page
