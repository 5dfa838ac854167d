"""Near misses in Redis: one capped, retention-limited sorted set per template.

Members are the near misses' JSON (deterministic for one post, so a reprocessed post updates its own
member instead of adding one), scored by when they were seen. Each write trims the set to the newest
``per_template`` members and drops those older than the retention, and renews the key's TTL: a template's
set never grows past its cap and disappears once the template stops drawing near misses. The writer only
queues commands on the caller's pipeline: the worker sends them with the batch's other writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
import redis

from monitor.core.nearmiss import NearMiss, group_by_template
from monitor.storage.keys import Keys


def write_near_misses(
    pipe: Any, keys: Keys, misses: Sequence[NearMiss], now_s: float, *, per_template: int, ttl_s: int
) -> None:
    """Queue the batch's near misses on ``pipe`` (a redis pipeline): ZADD, trims and EXPIRE per template."""
    for template_id, group in group_by_template(misses).items():
        key = keys.near_misses(template_id)
        pipe.zadd(key, {orjson.dumps(m.as_dict(), option=orjson.OPT_SORT_KEYS): now_s for m in group})
        pipe.zremrangebyscore(key, "-inf", f"({now_s - ttl_s}")
        pipe.zremrangebyrank(key, 0, -per_template - 1)  # keep the newest per_template
        pipe.expire(key, ttl_s)


def read_near_misses(
    client: redis.Redis, keys: Keys, template_id: str, limit: int = 50
) -> list[dict[str, Any]]:
    """A template's near misses, newest first, each with ``seen_at_s`` (epoch seconds)."""
    raw: list[tuple[str, float]] = client.zrevrange(  # type: ignore[assignment]
        keys.near_misses(template_id), 0, max(0, limit - 1), withscores=True
    )
    out: list[dict[str, Any]] = []
    for member, seen_at_s in raw:
        try:
            item = orjson.loads(member)
        except orjson.JSONDecodeError:
            continue
        if isinstance(item, dict):
            item["seen_at_s"] = float(seen_at_s)
            out.append(item)
    return out
