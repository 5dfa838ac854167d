"""Alert feedback: on-call's verdict on an alert, ``confirmed`` or ``false-positive``, kept in Redis.

One verdict per alert; giving another replaces it. Three keys (see :class:`~monitor.keys.Keys`)::

    feedback:alert:{alert_id}      HASH    verdict, note, actor, at, template_id (when known)
    feedback:template:{template}   HASH    verdict -> number of alerts of the template with that verdict
    feedback:log                   STREAM  every verdict given, oldest first (who said what, when)

The per-template counts move with a changed verdict, so ``precision(template_id)`` is always
confirmed / (confirmed + false-positive) over the alerts that got feedback. A verdict counts towards a
template only when its template is known: passed in, or read from the worker's alert record.

Writers: the ops API (``POST /alerts/{alert_id}/feedback``). Readers: metrics, ``monitor alerts feedback``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal, cast, get_args

import redis

from monitor.core.clock import iso, utcnow
from monitor.storage.keys import Keys

Verdict = Literal["confirmed", "false-positive"]
VERDICTS: tuple[str, ...] = get_args(Verdict)
MAX_NOTE_CHARS = 2000
LOG_MAXLEN = 100_000


@dataclass(frozen=True)
class Feedback:
    alert_id: str
    verdict: Verdict
    actor: str
    at: str
    note: str | None = None
    template_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class FeedbackStore:
    """Record and read alert verdicts. ``client`` is a str-decoding Redis client."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client, self.keys = client, keys

    def alert_known(self, alert_id: str) -> bool:
        """True when the worker delivered this alert (its dedup marker or its record is still kept)."""
        return bool(self.client.exists(self.keys.alert_sent(alert_id), self.keys.alert_record(alert_id)))

    def template_of(self, alert_id: str) -> str | None:
        """The template of a delivered alert, from the alert record the worker keeps (None if expired)."""
        return cast(str | None, self.client.hget(self.keys.alert_record(alert_id), "template_id"))

    def record(
        self,
        alert_id: str,
        verdict: str,
        *,
        actor: str,
        note: str | None = None,
        template_id: str | None = None,
    ) -> Feedback:
        """Store a verdict (replacing an earlier one on the same alert) and move the template counts.

        ``template_id`` defaults to the alert record's; raises ValueError for an unknown verdict."""
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
        if note is not None and len(note) > MAX_NOTE_CHARS:
            raise ValueError(f"note is longer than {MAX_NOTE_CHARS} characters")
        key = self.keys.feedback(alert_id)
        template_id = template_id or self.template_of(alert_id)
        fb = Feedback(alert_id, cast(Verdict, verdict), actor, iso(utcnow()), note or None, template_id)

        def apply(pipe: Any) -> None:
            old = pipe.hgetall(key)
            template = fb.template_id or old.get("template_id") or None
            pipe.multi()
            if old.get("verdict") and old.get("template_id"):
                pipe.hincrby(self.keys.feedback_counts(old["template_id"]), old["verdict"], -1)
            if template:
                pipe.hincrby(self.keys.feedback_counts(template), fb.verdict, 1)
                pipe.sadd(self.keys.feedback_templates, template)
            pipe.delete(key)
            pipe.hset(key, mapping=_fields(fb, template))
            pipe.xadd(self.keys.feedback_log, _fields(fb, template), maxlen=LOG_MAXLEN, approximate=True)

        self.client.transaction(apply, key)
        return self.get(alert_id) or fb

    def get(self, alert_id: str) -> Feedback | None:
        raw = cast(dict[str, str], self.client.hgetall(self.keys.feedback(alert_id)))
        return _from_fields(raw) if raw else None

    def counts(self, template_id: str) -> dict[str, int]:
        """``{"confirmed": n, "false-positive": m}`` for one template."""
        raw = cast(dict[str, str], self.client.hgetall(self.keys.feedback_counts(template_id)))
        return {v: max(0, int(raw.get(v, 0))) for v in VERDICTS}

    def precision(self, template_id: str) -> float | None:
        """confirmed / (confirmed + false-positive); None before any feedback on the template."""
        c = self.counts(template_id)
        total = c["confirmed"] + c["false-positive"]
        return c["confirmed"] / total if total else None

    def recent(self, count: int = 100) -> list[Feedback]:
        """The latest verdicts given, newest first (from the log; a replaced verdict shows twice)."""
        entries = cast(
            list[tuple[str, dict[str, str]]], self.client.xrevrange(self.keys.feedback_log, count=count)
        )
        return [_from_fields(fields) for _, fields in entries]


def _fields(fb: Feedback, template_id: str | None) -> dict[str, str]:
    fields = {**fb.as_dict(), "template_id": template_id}
    return {k: str(v) for k, v in fields.items() if v is not None}


def _from_fields(raw: dict[str, str]) -> Feedback:
    return Feedback(
        alert_id=raw["alert_id"],
        verdict=cast(Verdict, raw["verdict"]),
        actor=raw.get("actor", ""),
        at=raw.get("at", ""),
        note=raw.get("note"),
        template_id=raw.get("template_id"),
    )
