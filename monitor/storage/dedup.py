"""Alert deduplication in Redis: an alert id is claimed before it is sent and marked delivered after the
broker's ack, so reprocessing a post never alerts twice (docs/RELIABILITY.md)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import orjson
import redis

from monitor.storage.keys import Keys


@dataclass(frozen=True)
class PendingClaim:
    offsets: dict[int, int]  # the alerts topic's next offset per partition when the claim was made
    owner: str = ""  # the claiming worker ("" for a claim without a lease)
    until_s: float = 0.0  # epoch seconds when its lease ends


def parse_pending(body: str) -> PendingClaim:
    """The JSON after ``pending ``: ``{"o": offsets, "owner": ..., "until": ...}``, or plain offsets."""
    data = orjson.loads(body)
    if isinstance(data, dict) and "o" in data:
        return PendingClaim(
            {int(p): int(o) for p, o in data["o"].items()},
            str(data.get("owner") or ""),
            float(data.get("until") or 0),
        )
    return PendingClaim({int(p): int(o) for p, o in data.items()})


class AlertDedup:
    """Remembers delivered alert ids in Redis (with a TTL) so reprocessing never alerts twice.

    The worker claims an alert (``pending`` + where the alerts topic stood) before sending it and
    marks it delivered (``1``) after the broker's ack. A worker killed in between leaves ``pending``: the
    alert may or may not be in the topic. Whoever reprocesses that post gets it back as *in doubt* and looks
    in the topic (:func:`find_sent_alerts`) instead of sending it a second time."""

    PENDING = "pending "

    def __init__(self, client: redis.Redis, keys: Keys, ttl_s: int) -> None:
        self.client, self.keys, self.ttl_s = client, keys, ttl_s

    def claim(
        self, alert_ids: Sequence[str], topic_offsets: dict[int, int]
    ) -> tuple[list[str], dict[str, dict[int, int]]]:
        """Before sending: ``(claimed, in_doubt)``. ``claimed`` were never seen and are now pending;
        ``in_doubt`` maps ids an earlier attempt left pending to the alerts-topic offsets (per partition)
        from which that attempt's record would be. Delivered ids are in neither. ``topic_offsets``: the
        next offset per alerts partition as this worker knows it (from its own acks). Claims without a
        lease: see :meth:`claim_leased`."""
        claimed, in_doubt, _held = self.claim_leased(alert_ids, topic_offsets)
        return claimed, in_doubt

    def claim_leased(
        self,
        alert_ids: Sequence[str],
        topic_offsets: dict[int, int],
        *,
        owner: str = "",
        lease_s: float = 0.0,
        now_s: float | None = None,
    ) -> tuple[list[str], dict[str, dict[int, int]], list[str]]:
        """:meth:`claim`, with the claim carrying its ``owner`` and a lease of ``lease_s`` seconds.

        Returns ``(claimed, in_doubt, held)``. ``held`` are pending claims of *another live owner* (its
        lease has not expired): that worker is sending them right now (two workers on one post during a
        rebalance), so they are neither sent nor in doubt; ask again later: they come back delivered (in
        no list), or in doubt once the lease expired (its owner died or stalled). Claims of ``owner``
        itself, expired ones and claims without a lease are in doubt."""
        if not alert_ids:
            return [], {}, []
        now = time.time() if now_s is None else now_s
        offsets_json = {str(p): o for p, o in topic_offsets.items()}
        body: object = offsets_json  # the plain format: in doubt as soon as another worker sees it
        if lease_s > 0:
            body = {"o": offsets_json, "owner": owner, "until": round(now + lease_s, 3)}
        value = self.PENDING + orjson.dumps(body).decode()
        pipe = self.client.pipeline(transaction=False)
        for aid in alert_ids:
            pipe.set(self.keys.alert_sent(aid), value, nx=True, ex=self.ttl_s)
        claimed: list[str] = []
        taken: list[str] = []
        for aid, ok in zip(alert_ids, pipe.execute(), strict=True):
            (claimed if ok else taken).append(aid)
        in_doubt: dict[str, dict[int, int]] = {}
        held: list[str] = []
        if taken:
            pipe = self.client.pipeline(transaction=False)
            for aid in taken:
                pipe.get(self.keys.alert_sent(aid))
            for aid, raw in zip(taken, pipe.execute(), strict=True):
                if not (isinstance(raw, str) and raw.startswith(self.PENDING)):
                    continue  # delivered
                pending = parse_pending(raw[len(self.PENDING) :])
                if pending.owner and pending.owner != owner and pending.until_s > now:
                    held.append(aid)
                else:
                    in_doubt[aid] = pending.offsets
        return claimed, in_doubt, held

    def release(self, alert_ids: Sequence[str], owner: str) -> None:
        """End the lease of ``owner``'s pending claims now (a batch abandoned mid-send): whoever processes
        those posts next treats them as in doubt at once instead of waiting out the lease."""
        if not alert_ids:
            return
        pipe = self.client.pipeline(transaction=False)
        for aid in alert_ids:
            pipe.get(self.keys.alert_sent(aid))
        raws = pipe.execute()
        pipe = self.client.pipeline(transaction=False)
        for aid, raw in zip(alert_ids, raws, strict=True):
            if isinstance(raw, str) and raw.startswith(self.PENDING):
                pending = parse_pending(raw[len(self.PENDING) :])
                if pending.owner == owner:
                    body = {"o": {str(p): o for p, o in pending.offsets.items()}, "owner": owner, "until": 0}
                    pipe.set(
                        self.keys.alert_sent(aid),
                        self.PENDING + orjson.dumps(body).decode(),
                        xx=True,
                        keepttl=True,
                    )
        pipe.execute()

    def undelivered(self, alert_ids: Sequence[str]) -> set[str]:
        if not alert_ids:
            return set()
        pipe = self.client.pipeline(transaction=False)
        for aid in alert_ids:
            pipe.exists(self.keys.alert_sent(aid))
        return {aid for aid, seen in zip(alert_ids, pipe.execute(), strict=True) if not seen}

    def mark_delivered(self, alert_ids: Sequence[str]) -> None:
        if not alert_ids:
            return
        pipe = self.client.pipeline(transaction=False)
        for aid in alert_ids:
            pipe.set(self.keys.alert_sent(aid), "1", ex=self.ttl_s)
        pipe.execute()
