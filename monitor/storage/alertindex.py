"""The console's query store: RediSearch indexes over the alert records and incident records in Redis.

The worker already writes one HASH per delivered alert (``Keys.alert_record``, pipelined once per batch,
with a TTL = the retention window) and, here, one HASH per published incident record
(``Keys.incident_record``); RediSearch indexes them as they are written, so the worker does no extra
round trip for the index. Both are rebuilt from the topics by ``monitor alerts reindex`` (replay).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import orjson
import redis
from redis.commands.search.field import NumericField, TagField, TextField
from redis.commands.search.index_definition import IndexDefinition, IndexType
from redis.commands.search.query import Query

from monitor.core.clock import epoch_s_from_iso
from monitor.storage.keys import Keys

log = logging.getLogger(__name__)

ALERT_TEXT_CHARS = 2000
EXPLANATION_CHARS = 8000
INCIDENT_FIELDS = (
    "incident_id",
    "template_id",
    "status",
    "severity",
    "count",
    "rate_per_min",
    "baseline_per_min",
    "spreading",
    "first_seen_at",
    "last_seen_at",
    "peak_rate_per_min",
)


def iso_to_ts(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return epoch_s_from_iso(value)
    except ValueError:
        return None


def ensure_indexes(client: redis.Redis, keys: Keys) -> None:
    """Create the alert and incident indexes when missing (idempotent; safe from several processes)."""
    specs = {
        keys.alert_search_index: (
            keys.alert_record(""),
            [
                TextField("text"),
                TextField("author", weight=0.5),
                TagField("template_id"),
                TagField("severity"),
                TagField("category"),
                TagField("lang"),
                TagField("verdict"),
                TagField("incident_id"),
                NumericField("created_ts", sortable=True),
                NumericField("score", sortable=True),
            ],
        ),
        keys.incident_search_index: (
            keys.incident_record(""),
            [
                TagField("template_id"),
                TagField("status"),
                TagField("severity"),
                TagField("spreading"),
                NumericField("last_seen_ts", sortable=True),
                NumericField("count", sortable=True),
            ],
        ),
    }
    existing = {str(n) for n in (client.execute_command("FT._LIST") or [])}
    for name, (prefix, fields) in specs.items():
        if name in existing:
            continue
        try:
            client.ft(name).create_index(
                fields, definition=IndexDefinition(prefix=[prefix], index_type=IndexType.HASH)
            )
        except redis.ResponseError as exc:
            if "already exists" not in str(exc).lower():
                raise


# --- writes (the worker's incident hook and the replay) -------------------------------------------------
def alert_record_fields(alert: Mapping[str, Any], incident_id: str | None) -> dict[str, str]:
    """The compact, indexed copy of a delivered alert record (flat strings for a Redis HASH)."""
    post = alert.get("post") or {}
    explanation = alert.get("explanation") or {}
    fields = {
        "alert_id": str(alert["alert_id"]),
        "post_id": str(alert.get("post_id", "")),
        "template_id": str(alert.get("template_id", "")),
        "template_version": str(alert.get("template_version", "")),
        "category": str(alert.get("category", "")),
        "severity": str(alert.get("severity", "")),
        "score": str(alert.get("score", "")),
        "created_at": str(alert.get("created_at", "")),
        "created_ts": str(iso_to_ts(alert.get("created_at")) or time.time()),
        "text": str(post.get("text", ""))[:ALERT_TEXT_CHARS],
        "author": str(post.get("author") or ""),
        "url": str(post.get("url") or ""),
        "platform": str(post.get("platform") or ""),
        "lang": str(post.get("lang") or explanation.get("lang") or ""),
        "incident_id": incident_id or "",
        "explanation": orjson.dumps(explanation).decode()[:EXPLANATION_CHARS] if explanation else "",
        "confidence": "" if alert.get("confidence") is None else str(alert["confidence"]),
        "retroactive": "1" if alert.get("retroactive") else "",
    }
    return {k: v for k, v in fields.items() if v != ""}


def write_alert_records(
    pipe: Any, keys: Keys, alerts: Iterable[Mapping[str, Any]], incident_ids: Mapping[str, str], ttl_s: int
) -> None:
    """Queue the HSETs of alert records on ``pipe`` (a verdict given later is never overwritten)."""
    for a in alerts:
        key = keys.alert_record(str(a["alert_id"]))
        pipe.hset(key, mapping=alert_record_fields(a, incident_ids.get(str(a.get("template_id")))))
        pipe.hsetnx(key, "verdict", "none")
        pipe.expire(key, ttl_s)


def incident_record_fields(record: Mapping[str, Any]) -> dict[str, str]:
    fields = {k: str(record[k]) for k in INCIDENT_FIELDS if record.get(k) is not None}
    fields["spreading"] = "1" if record.get("spreading") else "0"
    fields["last_seen_ts"] = str(iso_to_ts(record.get("last_seen_at")) or time.time())
    fields["record"] = orjson.dumps(record).decode()
    return fields


def write_incident_records(pipe: Any, keys: Keys, records: Iterable[Mapping[str, Any]], ttl_s: int) -> None:
    for r in records:
        if not r.get("incident_id"):
            continue
        key = keys.incident_record(str(r["incident_id"]))
        pipe.hset(key, mapping=incident_record_fields(r))
        pipe.expire(key, ttl_s)


# --- reads (the API) ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SearchPage:
    total: int
    items: list[dict[str, Any]]


def decode_alert(raw: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {k: v for k, v in raw.items() if k not in ("explanation", "id", "payload")}
    for k in ("score", "confidence", "created_ts"):
        if k in out:
            try:
                out[k] = float(out[k])
            except ValueError:
                out[k] = None
    if "template_version" in out:
        with contextlib.suppress(ValueError):
            out["template_version"] = int(out["template_version"])
    try:
        out["explanation"] = orjson.loads(raw["explanation"]) if raw.get("explanation") else {}
    except orjson.JSONDecodeError:
        out["explanation"] = {}
    if out.get("verdict") == "none":
        out["verdict"] = None
    return out


def search_alerts(
    client: redis.Redis,
    keys: Keys,
    query: str,
    *,
    offset: int = 0,
    limit: int = 50,
    newest_first: bool = True,
) -> SearchPage:
    q = Query(query).sort_by("created_ts", asc=not newest_first).paging(offset, limit).dialect(2)
    result = client.ft(keys.alert_search_index).search(q)
    items = [
        decode_alert({k: v for k, v in doc.__dict__.items() if isinstance(v, str)}) for doc in result.docs
    ]
    return SearchPage(int(result.total), items)


def load_alerts(client: redis.Redis, keys: Keys, alert_ids: Sequence[str]) -> list[dict[str, Any]]:
    pipe = client.pipeline(transaction=False)
    for a in alert_ids:
        pipe.hgetall(keys.alert_record(a))
    return [decode_alert(raw) for raw in pipe.execute() if raw]


def load_incident_record(client: redis.Redis, keys: Keys, incident_id: str) -> dict[str, Any] | None:
    raw = cast(str | None, client.hget(keys.incident_record(incident_id), "record"))
    return None if raw is None else cast(dict[str, Any], orjson.loads(raw))


def open_incident_records(client: redis.Redis, keys: Keys, limit: int = 500) -> list[dict[str, Any]]:
    """The latest record of every incident not resolved by the worker."""
    q = Query("-@status:{resolved}").sort_by("last_seen_ts", asc=False).paging(0, limit).dialect(2)
    result = client.ft(keys.incident_search_index).search(q)
    out = []
    for doc in result.docs:
        raw = getattr(doc, "record", None)
        if isinstance(raw, str):
            out.append(orjson.loads(raw))
    return out


# --- replay: rebuild the query store from the topics -------------------------------------------------------
def incident_of(
    alert: Mapping[str, Any], spans: Mapping[str, list[tuple[float, float, str]]], slack_s: float = 5.0
) -> str | None:
    """The incident whose [first seen, last seen] holds the alert's time, among its template's incidents."""
    ts = iso_to_ts(alert.get("created_at"))
    if ts is None:
        return None
    for first, last, incident_id in spans.get(str(alert.get("template_id")), []):
        if first - slack_s <= ts <= last + slack_s:
            return incident_id
    return None


def reindex(
    client: redis.Redis,
    keys: Keys,
    alerts: Iterable[Mapping[str, Any]],
    incidents: Iterable[Mapping[str, Any]],
    retention_s: int,
    now_s: float | None = None,
    chunk: int = 500,
) -> dict[str, int]:
    """Write the alert and incident records of a replay (records older than the retention are skipped; the
    others expire when they would have). Idempotent: a verdict already given is kept."""
    now_s = time.time() if now_s is None else now_s
    ensure_indexes(client, keys)
    latest: dict[str, Mapping[str, Any]] = {}
    for r in incidents:
        if r.get("incident_id"):
            latest[str(r["incident_id"])] = r
    spans: dict[str, list[tuple[float, float, str]]] = {}
    counts = {"alerts": 0, "incidents": 0, "expired": 0}
    pipe = client.pipeline(transaction=False)
    for incident_id, r in latest.items():
        first, last = iso_to_ts(r.get("first_seen_at")), iso_to_ts(r.get("last_seen_at"))
        if first is None or last is None:
            continue
        spans.setdefault(str(r.get("template_id")), []).append((first, last, incident_id))
        ttl = int(retention_s - (now_s - last))
        if ttl <= 0:
            counts["expired"] += 1
            continue
        write_incident_records(pipe, keys, [r], ttl)
        counts["incidents"] += 1
    pending = 0
    for a in alerts:
        ts = iso_to_ts(a.get("created_at")) or now_s
        ttl = int(retention_s - (now_s - ts))
        if ttl <= 0 or not a.get("alert_id"):
            counts["expired"] += 1
            continue
        linked = incident_of(a, spans)
        write_alert_records(pipe, keys, [a], {str(a.get("template_id")): linked} if linked else {}, ttl)
        counts["alerts"] += 1
        pending += 1
        if pending >= chunk:
            pipe.execute()
            pending = 0
    pipe.execute()
    return counts
