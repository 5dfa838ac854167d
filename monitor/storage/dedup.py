"""Alert deduplication in Redis: an alert id is claimed before it is sent and marked delivered after the
broker's ack, so reprocessing a post never alerts twice (docs/RELIABILITY.md)."""

from __future__ import annotations

from collections.abc import Sequence

import orjson
import redis

from monitor.storage.keys import Keys


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
        next offset per alerts partition as this worker knows it (from its own acks)."""
        if not alert_ids:
            return [], {}
        value = self.PENDING + orjson.dumps({str(p): o for p, o in topic_offsets.items()}).decode()
        pipe = self.client.pipeline(transaction=False)
        for aid in alert_ids:
            pipe.set(self.keys.alert_sent(aid), value, nx=True, ex=self.ttl_s)
        claimed: list[str] = []
        taken: list[str] = []
        for aid, ok in zip(alert_ids, pipe.execute(), strict=True):
            (claimed if ok else taken).append(aid)
        in_doubt: dict[str, dict[int, int]] = {}
        if taken:
            pipe = self.client.pipeline(transaction=False)
            for aid in taken:
                pipe.get(self.keys.alert_sent(aid))
            for aid, raw in zip(taken, pipe.execute(), strict=True):
                if isinstance(raw, str) and raw.startswith(self.PENDING):
                    offsets = orjson.loads(raw[len(self.PENDING) :])
                    in_doubt[aid] = {int(p): int(o) for p, o in offsets.items()}
        return claimed, in_doubt

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
