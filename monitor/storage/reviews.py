"""On-call's handling of incidents: who holds one (take), acknowledged, resolved; and the audit log of every
console/API action (who, what, when) in a capped Redis stream.

``take`` is a compare-and-set in a WATCH/MULTI transaction: two reviewers taking the same incident at the
same moment get one holder, and the other is told who it is (:class:`HeldByOther`).
"""

from __future__ import annotations

import time
from typing import Any, cast

import redis

from monitor.core.models import iso, utcnow
from monitor.storage.keys import Keys

LOG_MAXLEN = 100_000


class HeldByOther(Exception):
    def __init__(self, holder: str, since: str) -> None:
        super().__init__(f"held by {holder} since {since}")
        self.holder, self.since = holder, since


class ReviewStore:
    def __init__(self, client: redis.Redis, keys: Keys, ttl_s: int) -> None:
        self.client, self.keys, self.ttl_s = client, keys, ttl_s

    def get(self, incident_id: str) -> dict[str, str]:
        return cast(dict[str, str], self.client.hgetall(self.keys.review(incident_id)))

    def get_many(self, incident_ids: list[str]) -> dict[str, dict[str, str]]:
        pipe = self.client.pipeline(transaction=False)
        for i in incident_ids:
            pipe.hgetall(self.keys.review(i))
        return dict(zip(incident_ids, pipe.execute(), strict=True))

    def take(
        self, incident_id: str, actor: str, *, force: bool = False
    ) -> tuple[dict[str, str], float | None]:
        """Claim an incident (acknowledging it if nobody had); raises HeldByOther unless ``force``.

        Returns the review and, when this call acknowledged it, the epoch seconds it was acknowledged at."""
        key = self.keys.review(incident_id)
        now = time.time()

        def apply(pipe: Any) -> float | None:
            current = pipe.hgetall(key)
            holder = current.get("holder")
            if holder and holder != actor and not force:
                raise HeldByOther(holder, current.get("taken_at", ""))
            fields = {"holder": actor, "taken_at": iso(utcnow())}
            acked = None
            if not current.get("acked_at"):
                fields.update(acked_by=actor, acked_at=fields["taken_at"], acked_ts=str(now))
                acked = now
            pipe.multi()
            pipe.hset(key, mapping=fields)
            pipe.expire(key, self.ttl_s)
            return acked

        acked = cast(float | None, self.client.transaction(apply, key, value_from_callable=True))  # type: ignore[arg-type]
        self.audit(actor, "take" if not force else "take-over", incident_id=incident_id)
        return self.get(incident_id), acked

    def release(self, incident_id: str, actor: str) -> dict[str, str]:
        self.client.hdel(self.keys.review(incident_id), "holder", "taken_at")
        self.audit(actor, "release", incident_id=incident_id)
        return self.get(incident_id)

    def ack(self, incident_id: str, actor: str) -> tuple[dict[str, str], float | None]:
        """Acknowledge (first time only); returns the review and the ack time when this call made it."""
        key = self.keys.review(incident_id)
        now = time.time()
        first = bool(self.client.hsetnx(key, "acked_at", iso(utcnow())))
        if first:
            self.client.hset(key, mapping={"acked_by": actor, "acked_ts": str(now)})
        self.client.expire(key, self.ttl_s)
        self.audit(actor, "ack", incident_id=incident_id)
        return self.get(incident_id), now if first else None

    def resolve(self, incident_id: str, actor: str, note: str | None = None) -> dict[str, str]:
        key = self.keys.review(incident_id)
        fields = {"resolved_by": actor, "resolved_at": iso(utcnow()), "resolved_ts": str(time.time())}
        if note:
            fields["resolve_note"] = note[:2000]
        pipe = self.client.pipeline()
        pipe.hsetnx(key, "acked_at", fields["resolved_at"])
        pipe.hsetnx(key, "acked_by", actor)
        pipe.hset(key, mapping=fields)  # type: ignore[arg-type]
        pipe.expire(key, self.ttl_s)
        pipe.execute()
        self.audit(actor, "resolve", incident_id=incident_id)
        return self.get(incident_id)

    def reopen(self, incident_id: str, actor: str) -> dict[str, str]:
        self.client.hdel(
            self.keys.review(incident_id), "resolved_by", "resolved_at", "resolved_ts", "resolve_note"
        )
        self.audit(actor, "reopen", incident_id=incident_id)
        return self.get(incident_id)

    def audit(self, actor: str, action: str, **fields: str | None) -> None:
        entry = {"actor": actor, "action": action, "at": iso(utcnow())}
        entry.update({k: v for k, v in fields.items() if v})
        self.client.xadd(self.keys.review_log, entry, maxlen=LOG_MAXLEN, approximate=True)  # type: ignore[arg-type]

    def log(self, count: int = 100, incident_id: str | None = None) -> list[dict[str, str]]:
        """Latest actions, newest first (optionally those on one incident)."""
        entries = cast(
            list[tuple[str, dict[str, str]]],
            self.client.xrevrange(self.keys.review_log, count=count if incident_id is None else count * 20),
        )
        out = [
            fields for _, fields in entries if incident_id is None or fields.get("incident_id") == incident_id
        ]
        return out[:count]
