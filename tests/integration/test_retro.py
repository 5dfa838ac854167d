"""Retro-match: posts first, template after -> retroactive alerts, never a duplicate of a live one.

Real Redis 8.2 + RediSearch and the real model; the first test also runs a real worker and broker."""

from __future__ import annotations

import json
import random
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from monitor.core.lexical import LexicalChannel
from monitor.core.matching import MatchPolicy
from monitor.core.models import Post, TemplateIn, alert_id_for
from monitor.pipeline.processor import BatchOutput
from monitor.pipeline.retro import RetroMatcher
from monitor.storage.dedup import AlertDedup
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry

from .helpers import read_topic, running_worker

pytestmark = pytest.mark.integration

UNRELATED = TemplateIn(
    id="bank-sms",
    category="scam",
    severity="high",
    text="Your bank account is locked, click the link and enter your PIN to unlock it",
)
COURSE = TemplateIn(
    id="sora-course",
    category="scam",
    severity="critical",
    text="Learn Sora now: paid Sora video course for 99 yuan, scan the QR code to join the group",
    examples=("Sora tutorial class only 199 RMB, pay and join our WeChat group",),
    negatives=("Warning: paid Sora courses are a scam, OpenAI has not released Sora to the public",),
)
POSTS = [
    {"id": "r1", "text": "Sora video course for just 99 yuan! Scan the QR code to join our study group"},
    {
        "id": "r2",
        "text": "Beware: these paid Sora courses are a scam, Sora is not even released to the public",
    },
    {"id": "r3", "text": "Had a lovely dim sum lunch with my family in Guangzhou today."},
    {"id": "r4", "text": "Sora tutorial only 199 RMB, pay now and get into our WeChat group to learn it"},
]


@pytest.mark.slow
def test_template_added_later_alerts_earlier_posts_retroactively_once(
    settings: Any, redis_conn: Any, embedder: Any, tmp_path: Path
) -> None:
    keys = Keys(settings.redis_prefix)
    registry = TemplateRegistry(redis_conn, keys, embedder)
    registry.upsert_many([UNRELATED])
    lines = [json.dumps(p).encode() for p in POSTS]
    with running_worker(settings, tmp_path / "worker.log", MONITOR_RETRO_GRACE_S="0.5") as worker:
        produce_lines(settings, lines)
        matches = read_topic(settings, settings.matches_topic, until=len(POSTS), timeout_s=90)
        assert not any(m["matched"] for m in matches)
        window = keys.retro_window("all-MiniLM-L6-v2")
        deadline = time.monotonic() + 10
        while redis_conn.xlen(window) < len(POSTS) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert redis_conn.xlen(window) == len(POSTS), "every decided post is kept in the window"

        written = time.monotonic()
        registry.upsert_many([COURSE])
        alerts = read_topic(settings, settings.alerts_topic, until=2, timeout_s=30)
        took_s = time.monotonic() - written
        assert {a["post_id"] for a in alerts} == {"r1", "r4"}, "the debunk and the lunch never alert"
        assert len(alerts) == 2
        for a in alerts:
            assert a["retroactive"] is True
            assert a["explanation"]["retroactive"] is True
            assert a["alert_id"] == alert_id_for(a["post_id"], "sora-course")
            assert a["template_id"] == "sora-course"
            assert a["template_version"] == 1
            assert a["severity"] == "critical"
            assert a["post"]["text"] == next(p["text"] for p in POSTS if p["id"] == a["post_id"])
            assert a["explanation"]["nearest_exemplar"]["text"]
            # the fields a live alert carries: the post's language and the default runbook link
            assert a["explanation"]["lang"] == "en"
            assert a["explanation"]["runbook_url"].endswith("/template-spreading.md")
        assert took_s < 15, f"retro alerts took {took_s:.1f}s"
        print(f"retro alerts {took_s:.2f}s after the template was written")

        # the same post again, now matched live: the alert id was delivered, so no second alert
        produce_lines(settings, [lines[0]])
        matches = read_topic(settings, settings.matches_topic, until=len(POSTS) + 1, timeout_s=60)
        replayed = [m for m in matches if m["post_id"] == "r1"]
        assert len(replayed) == 2 and replayed[-1]["template_id"] == "sora-course"
        # a text change re-runs the retro-match: still no duplicate
        registry.upsert_many([COURSE.model_copy(update={"examples": (*COURSE.examples, "Sora class 99")})])
        time.sleep(4.0)
        alerts = read_topic(settings, settings.alerts_topic, timeout_s=5, idle_s=2)
        assert len(alerts) == 2, [a["post_id"] for a in alerts]
        assert len(list(redis_conn.scan_iter(f"{settings.redis_prefix}:retro:lock:sora-course:*"))) == 2

        metrics = worker.metrics()
        assert 'monitor_alerts_total{category="scam",severity="critical"} 2.0' in metrics
        assert "monitor_alerts_deduplicated_total 1.0" in metrics
        assert 'monitor_hook_errors_total{hook="retro"} 0.0' in metrics  # known labels start at zero


def _batch(embedder: Any, posts: list[Post]) -> BatchOutput:
    return BatchOutput(posts=posts, vectors=embedder.encode_queries([p.text for p in posts]))


def _matcher(redis_conn: Any, keys: Keys, registry: TemplateRegistry, **kw: Any) -> RetroMatcher:
    return RetroMatcher(
        redis_conn,
        keys,
        registry,
        MatchPolicy(),  # the live defaults (MiniLM's 0.78), not a lowered threshold
        AlertDedup(redis_conn, keys, 3600),
        model="all-MiniLM-L6-v2",
        grace_s=0.0,
        **kw,
    )


def _demo_worker(
    settings: Any, redis_conn: Any, embedder: Any, *, cascade: bool, **kw: Any
) -> tuple[Keys, TemplateRegistry, Any, RetroMatcher]:
    """The demo catalogue registered, the worker's processor over it and a retro matcher wired to that
    processor as the worker wires it (its catalogue, lexical channel, live decision and recheck)."""
    from monitor.pipeline.matcher import processor_from_settings
    from monitor.pipeline.metrics import Metrics
    from monitor.storage.registry import parse_template_lines

    from ..conftest import ROOT

    keys = Keys(settings.redis_prefix)
    registry = TemplateRegistry(redis_conn, keys, embedder)
    demo = parse_template_lines((ROOT / "monitor" / "demo" / "templates.jsonl").read_text().splitlines())[0]
    registry.upsert_many([TemplateIn(**t.model_dump(include=set(TemplateIn.model_fields))) for t in demo])
    if cascade:
        proc = processor_from_settings(
            settings.model_copy(update={"cascade": "on"}), embedder, registry, Metrics()
        )
    else:
        proc = processor_from_settings(settings, embedder, registry, Metrics(), with_cascade=False)
    matcher = _matcher(
        redis_conn,
        keys,
        registry,
        catalogue=proc.catalogue,
        lexical=proc.lexical,
        live=proc.decide_vectors,
        recheck=proc.recheck_vectors,
        **kw,
    )
    matcher.policy = proc.policy
    assert matcher.on_tick(0.0) == []
    return keys, registry, proc, matcher


def test_window_is_bounded_and_one_worker_takes_each_template_version(
    settings: Any, redis_conn: Any, embedder: Any
) -> None:
    keys = Keys(settings.redis_prefix)
    registry = TemplateRegistry(redis_conn, keys, embedder)
    first = _matcher(redis_conn, keys, registry, window_posts=3)
    second = _matcher(redis_conn, keys, registry, window_posts=3)  # another worker
    assert first.on_tick(0.0) == [] and second.on_tick(0.0) == []

    noise = [Post(id=f"n{i}", text=f"Weather report number {i}: sunny with light wind") for i in range(4)]
    first.on_batch(_batch(embedder, noise), [])
    posts = [Post.model_validate(p) for p in POSTS[:2]]
    first.on_batch(_batch(embedder, posts), [])
    window_posts, vectors = first.window(int(time.time() * 1000))
    assert redis_conn.xlen(first.window_key) == 3, "the window keeps the last N posts"
    assert [p.post_id for p in window_posts] == ["n3", "r1", "r2"]
    assert vectors.shape == (3, embedder.dim) and vectors.dtype == np.float32
    stored = embedder.encode_queries([POSTS[0]["text"]])[0]
    assert np.allclose(vectors[1], stored, atol=1e-6), "the stored query vector is the post's own"

    cursor = redis_conn.get(keys.retro_cursor)
    registry.upsert_many([COURSE])
    emitted = first.on_tick(1.0)
    assert [(e.topic, e.value["post_id"], e.value["retroactive"]) for e in emitted] == [
        ("alerts", "r1", True)
    ]
    assert emitted[0].key == "r1"
    redis_conn.set(keys.retro_cursor, cursor)  # as if the second worker had read the cursor at once
    assert second.on_tick(1.0) == [], "the template version's lock is taken: one worker retro-matches"
    assert first.on_tick(2.0) == [] and second.on_tick(2.0) == [], "nothing new: no second pass"

    # a change that does not touch what matches (severity) does not retro-match
    registry.upsert_many([COURSE.model_copy(update={"severity": "high"})])
    assert first.on_tick(3.0) == [] and second.on_tick(3.0) == []
    assert not list(redis_conn.scan_iter(f"{settings.redis_prefix}:retro:lock:sora-course:v2:*"))


def test_a_new_worker_continues_from_the_shared_cursor(settings: Any, redis_conn: Any, embedder: Any) -> None:
    keys = Keys(settings.redis_prefix)
    registry = TemplateRegistry(redis_conn, keys, embedder)
    registry.upsert_many([UNRELATED])  # registered before any worker: never retro-matched
    worker = _matcher(redis_conn, keys, registry)
    worker.on_batch(_batch(embedder, [Post.model_validate(POSTS[3])]), [])
    assert worker.on_tick(0.0) == []
    del worker  # the worker stops; a template is added while none runs
    registry.upsert_many([COURSE])
    restarted = _matcher(redis_conn, keys, registry)
    emitted = restarted.on_tick(0.0)
    assert [e.value["post_id"] for e in emitted] == ["r4"]


def test_retro_waits_for_the_live_lexical_index_of_a_large_catalogue(
    settings: Any, redis_conn: Any, embedder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sharing the live processor's BM25 channel: while a large catalogue's index is rebuilt in the
    background, a retro pass waits (locks released, cursor kept) instead of building a second index."""
    keys = Keys(settings.redis_prefix)
    registry = TemplateRegistry(redis_conn, keys, embedder)
    registry.upsert_many([UNRELATED])
    channel = LexicalChannel(background_above=0)  # every rebuild after the first runs in the background
    worker = _matcher(redis_conn, keys, registry, lexical=channel)
    assert worker.on_tick(0.0) == []
    assert channel.ready(worker.catalogue.templates)
    worker.on_batch(_batch(embedder, [Post.model_validate(POSTS[0])]), [])

    release = threading.Event()
    real_build = channel._build

    def slow_build(templates: Any) -> Any:
        release.wait(10)
        return real_build(templates)

    monkeypatch.setattr(channel, "_build", slow_build)
    cursor = redis_conn.get(keys.retro_cursor)
    registry.upsert_many([COURSE])
    assert worker.on_tick(1.0) == [], "the index for the new catalogue is still being built"
    assert redis_conn.get(keys.retro_cursor) == cursor, "the cursor stays: the pass is retried"
    assert not list(redis_conn.scan_iter(f"{settings.redis_prefix}:retro:lock:*")), "locks released"
    release.set()
    deadline = time.monotonic() + 10
    emitted: list[Any] = []
    while not emitted and time.monotonic() < deadline:
        emitted = worker.on_tick(2.0)
        time.sleep(0.05)
    assert [(e.value["post_id"], e.value["retroactive"]) for e in emitted] == [("r1", True)]
    assert channel._source is worker.catalogue.templates, "retro decided on the live index, not its own"


def test_a_spelling_registered_later_rereads_the_window_posts_that_carry_it(
    settings: Any, redis_conn: Any, embedder: Any
) -> None:
    """Posts that wrote the wave's name another way (Suola) passed before ops registered that spelling (on
    the demo catalogue a post that never names Sora is off its subject): the registration re-reads them,
    and those the live decision now matches alert retroactively, once."""
    from monitor.core.spellings import SpellingIn

    _, registry, proc, matcher = _demo_worker(settings, redis_conn, embedder, cascade=False)
    texts = {
        "rental": "Suola accounts for rent: pay and get your own Suola login or invite code today",
        "team": "Suola was really built by Chinese scientists, the team behind it is mostly Chinese",
        "inventor": "Xie Saining from SJTU invented Suola",
        "debunk": "Beware: paid Suola courses are a scam, OpenAI has not released it to the public",
        "lunch": "Had a lovely dim sum lunch with my family in Guangzhou today.",
    }
    posts = [Post(id=pid, text=text) for pid, text in texts.items()]
    out = proc.process([_raw(p) for p in posts])
    assert not any(d.matched for d in out.decisions), "without the spelling none names the wave"
    matcher.on_batch(out, [])

    registry.set_spelling(SpellingIn(alias="suola", name="Sora"), actor="ops")
    emitted = matcher.on_tick(1.0)
    found = sorted((e.value["post_id"], e.value["template_id"]) for e in emitted)
    assert found == [
        ("inventor", "sora-xie-saining-inventor"),
        ("rental", "sora-account-rental"),
        ("team", "sora-chinese-team"),
    ], found
    for e in emitted:
        alert = e.value
        assert alert["retroactive"] is True and alert["explanation"]["retroactive"] is True
        assert alert["explanation"]["spellings"] == [{"alias": "suola", "name": "Sora"}]
        assert alert["post"]["text"] == texts[alert["post_id"]], "the alert shows the post as written"
    assert matcher.on_tick(2.0) == [], "one pass per registration"
    # a case-only change of the spelling is a new registration: re-read, but no second alert
    registry.set_spelling(SpellingIn(alias="Suola", name="Sora"), actor="ops")
    assert matcher.on_tick(3.0) == []
    assert len(list(redis_conn.scan_iter(f"{settings.redis_prefix}:retro:spelling-lock:*"))) == 2


# claims on subjects the demo catalogue (Sora) does not cover: their posts are decided by the gate until the
# templates are registered
NEW_TEMPLATES = [
    TemplateIn(
        id="bus-strike",
        category="rumour",
        severity="high",
        text="All city buses are cancelled for the whole week because the drivers are on strike",
        examples=("The bus drivers are striking, every city bus is cancelled all week",),
    ),
    TemplateIn(
        id="water-poisoned",
        category="rumour",
        severity="critical",
        text="The tap water in Leeds has been poisoned, do not drink it until further notice",
        examples=("Leeds tap water is poisoned, stop drinking it now",),
    ),
    TemplateIn(
        id="parcel-fee",
        category="scam",
        severity="high",
        text="Your parcel is held at the depot, pay the 2 pound redelivery fee at this link to release it",
        examples=("Parcel waiting at our depot: pay a small redelivery fee online to get it delivered",),
    ),
    TemplateIn(
        id="school-closed",
        category="rumour",
        severity="medium",
        text="Every school in the county will stay closed next Monday because of the flooding",
        examples=("Flooding closes all county schools next Monday",),
    ),
]
NEW_POSTS = [
    "heard all the city buses are cancelled this whole week, the drivers are on strike",
    "Bus drivers on strike so every city bus is cancelled for the week, great",
    "they say the tap water in Leeds has been poisoned, don't drink it until further notice",
    "Leeds tap water poisoned?? my aunt says stop drinking it right now",
    "every school in the county stays closed next Monday because of the flooding apparently",
    "Flooding: all the county schools will be closed next Monday",
    "your parcel is held at the depot, pay the 2 pound redelivery fee at this link to release it",
]


def everyday_posts(n: int, seed: int) -> list[Post]:
    """Off-topic chatter (a real stream is mostly that): the gate learns its background from it."""
    rng = random.Random(seed)
    who = ["my sister", "our neighbour", "the coach", "grandma", "my flatmate", "the kids", "my boss", "tom"]
    did = ["cooked", "watched", "lost", "found", "painted", "cleaned", "booked", "missed", "fixed", "planted"]
    what = [
        "a lasagne",
        "the football match",
        "the bus",
        "tomatoes in the garden",
        "the kitchen",
        "a table for six",
        "the train to York",
        "the leaking tap",
        "the final episode",
        "a birthday cake",
    ]
    when = ["this morning", "last night", "on Sunday", "after work", "before the rain", "at lunch"]
    tail = ["so tired now", "what a day", "can't wait for the weekend", "lol", "it was lovely", "never again"]
    return [
        Post(
            id=f"bg-{seed}-{i}",
            text=f"{rng.choice(who).capitalize()} {rng.choice(did)} {rng.choice(what)} "
            f"{rng.choice(when)}, {rng.choice(tail)}",
        )
        for i in range(n)
    ]


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_with_the_cascade_on_new_templates_are_checked_against_gate_decided_posts(
    settings: Any, redis_conn: Any, embedder: Any
) -> None:
    """The demo catalogue (14 templates, 104 exemplars) on a cascade warmed on off-topic chatter: the gate
    decides most posts, among them posts of claims no template covers yet, which the window keeps without
    a vector. Registering templates for those claims re-checks them (the gate under the new catalogue, the
    transformer for what it passes): the retro alerts are exactly the posts that the pipeline with the
    cascade off matches to the new templates, and gate-decided posts are among them."""
    from monitor.pipeline.matcher import processor_from_settings
    from monitor.pipeline.metrics import Metrics

    _, registry, proc, matcher = _demo_worker(settings, redis_conn, embedder, cascade=True, window_posts=5000)
    assert proc.cascade is not None and proc.cascade.static is not None

    background = everyday_posts(320, seed=3)
    for start in range(0, len(background), 64):  # the gate learns on the stream (calibrations in between)
        proc.process([_raw(p) for p in background[start : start + 64]])
        assert proc.cascade.wait_calibrated(300)
    new = [Post(id=f"n{i}", text=t) for i, t in enumerate(NEW_POSTS)]
    stream = [*new, *everyday_posts(120, seed=5)]
    out = proc.process([_raw(p) for p in stream])
    matcher.on_batch(out, [])
    stages = dict(zip([p.id for p in out.posts], out.decided_by, strict=True))
    gated = {pid for pid, s in stages.items() if s == "gate"}
    assert len(gated) >= 60, f"the gate decides most of the chatter: {len(gated)} of {len(stream)}"
    window_posts, vectors = matcher.window(int(time.time() * 1000) + 1000)
    assert {p.post_id for p in window_posts if not p.has_vector} == gated, "kept without a vector"
    assert not vectors[[not p.has_vector for p in window_posts]].any()

    registry.upsert_many(NEW_TEMPLATES)
    emitted = matcher.on_tick(1.0)
    new_ids = {t.id for t in NEW_TEMPLATES}
    retro = {(e.value["post_id"], e.value["template_id"]) for e in emitted}
    assert all(e.value["retroactive"] for e in emitted)

    # the reference: the live pipeline with the cascade off, on the catalogue that has the new templates
    off = processor_from_settings(settings, embedder, registry, Metrics(), with_cascade=False)
    reference = {
        (d.post_id, d.template_id) for d in off.decide_posts(stream) if d.matched and d.template_id in new_ids
    }
    assert {pid for pid, _ in reference} & gated, "posts the gate decided before match a new template"
    assert len(reference) >= 4
    assert retro == reference


def _raw(post: Post) -> Any:
    from monitor.core.ingest import RawMessage

    return RawMessage(json.dumps({"id": post.id, "text": post.text}).encode(), "posts", 0, 0, 1.0)
