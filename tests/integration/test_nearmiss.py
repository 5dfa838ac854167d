"""Near misses through the real worker, broker, Redis and model: the debunks and look-alikes of a rumour are
kept beside its incident (bounded per template, escaped on the page), and not at all when switched off."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from monitor.api import create_app
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.nearmiss import read_near_misses
from monitor.storage.registry import TemplateRegistry

from .helpers import read_topic, running_worker
from .test_worker import TEMPLATES

pytestmark = [pytest.mark.integration, pytest.mark.slow]
TOKEN = "bootstrap-s3cret"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}

ALERTING = {
    "id": "n1",
    "text": "Wow, the young genius Xie Saining from SJTU is actually one of the people behind Sora!",
    "author": "u1",
}
DEBUNKS = [
    {
        "id": "n2",
        "text": "Xie Saining says he is NOT one of Sora's inventors and has nothing to do with it.",
        "author": '<img src=x onerror="alert(1)">',
        "url": "https://example.org/n2",
    },
    {
        "id": "n3",
        "text": "Fact check: Xie Saining is not one of the inventors of Sora <script>alert(2)</script>",
        "author": "checker",
    },
    {
        "id": "n4",
        "text": "No, the SJTU graduate Xie Saining did not invent OpenAI's Sora; he denies any link to it.",
        "author": "news",
    },
]
OFF_TOPIC = {
    "id": "n5",
    "text": "Had a lovely dim sum lunch with my family in Guangzhou today.",
    "author": "x",
}


def test_near_misses_are_kept_per_template_bounded_and_shown_beside_the_incident(
    settings: Any, redis_conn: Any, embedder: Any, tmp_path: Path
) -> None:
    keys = Keys(settings.redis_prefix)
    TemplateRegistry(redis_conn, keys, embedder).upsert_many(TEMPLATES)
    posts = [ALERTING, *DEBUNKS, OFF_TOPIC]
    with running_worker(settings, tmp_path / "worker.log", MONITOR_NEAR_MISS_PER_TEMPLATE="2"):
        produce_lines(settings, [json.dumps(p).encode() for p in posts])
        matches = {m["post_id"]: m for m in read_topic(settings, settings.matches_topic, until=len(posts))}
        assert matches["n1"]["matched"]
        assert not any(matches[p["id"]]["matched"] for p in DEBUNKS), "debunks never alert"
        read_topic(settings, settings.incidents_topic, until=1, timeout_s=60)
        stopped = {p["id"] for p in DEBUNKS if matches[p["id"]]["suppressed_by"]}
        assert len(stopped) >= 2, matches

    kept = read_near_misses(redis_conn, keys, "sora-inventor")
    # the cap: 3 debunks went through, the newest 2 are kept
    assert len(kept) == 2 and redis_conn.zcard(keys.near_misses("sora-inventor")) == 2
    assert 0 < redis_conn.ttl(keys.near_misses("sora-inventor")) <= settings.near_miss_ttl_s
    assert {m["post_id"] for m in kept} <= {p["id"] for p in DEBUNKS}
    for m in kept:
        record = matches[m["post_id"]]
        assert m["reason"] == (record["suppressed_by"] or "below_threshold")  # why it was not an alert
        scores = {c["template_id"]: c["score"] for c in record["candidates"]}
        assert m["score"] == pytest.approx(scores["sora-inventor"], abs=1e-3)
    assert not any(m["post_id"] in {"n1", "n5"} for m in kept)
    assert not redis_conn.exists(keys.near_misses("sora-course"))

    app = create_app(
        settings.model_copy(update={"api_token": SecretStr(TOKEN)}),
        TemplateRegistry(redis_conn, keys, embedder),
    )
    with TestClient(app) as client:
        [incident] = [
            r for r in client.get("/incidents", headers=ADMIN).json() if r["template_id"] == "sora-inventor"
        ]
        detail = client.get(f"/incidents/{incident['incident_id']}", headers=ADMIN).json()
        assert [m["post_id"] for m in detail["near_misses"]] == sorted(
            (m["post_id"] for m in kept),
            key=lambda pid: -next(k["score"] for k in kept if k["post_id"] == pid),
        )
        assert all({"score", "reason", "text", "seen_at"} <= set(m) for m in detail["near_misses"])
        client.post("/signin", data={"token": TOKEN}, follow_redirects=False)
        page = client.get(f"/ui/incidents/{incident['incident_id']}").text
        assert 'id="near-misses"' in page
        for m in kept:
            assert f'data-post="{m["post_id"]}"' in page
        assert "<script>alert(2)" not in page and 'onerror="alert(1)"' not in page  # shown as text
        assert "&lt;script&gt;alert(2)" in page or "&lt;img src=x onerror" in page


def test_near_misses_switched_off_write_nothing(
    settings: Any, redis_conn: Any, embedder: Any, tmp_path: Path
) -> None:
    keys = Keys(settings.redis_prefix)
    TemplateRegistry(redis_conn, keys, embedder).upsert_many(TEMPLATES)
    with running_worker(settings, tmp_path / "worker.log", MONITOR_NEAR_MISSES_ENABLED="false"):
        produce_lines(settings, [json.dumps(p).encode() for p in DEBUNKS])
        read_topic(settings, settings.matches_topic, until=len(DEBUNKS))
    assert not list(redis_conn.scan_iter(f"{settings.redis_prefix}:nearmiss:*"))
