"""The on-call queue as a service and as JSON endpoints: open incidents, one incident with its alerts and
evidence, search over recent alerts, and the actions (take, ack, resolve, verdicts, bulk verdicts), each
audited with who and when. The console pages (``monitor.api.pages``) call the same :class:`ReviewService`.

=======  ======================================  =====================================================
GET      /incidents                              open incidents, spreading first, then severity
GET      /incidents/{id}                         one incident, its review and its alerts with evidence
POST     /incidents/{id}/take                    claim it (409 with the holder when someone else has it)
POST     /incidents/{id}/ack, …/resolve          acknowledge / resolve (reviewer)
GET      /alerts                                 search recent alerts (text, template, severity, …)
POST     /alerts/feedback                        bulk verdicts ``{"alert_ids": [...], "verdict"}``
GET      /audit                                  the latest actions (who, what, when)
=======  ======================================  =====================================================
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import orjson
import redis
from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from monitor.api.auth import Reviewer, Viewer
from monitor.api.middleware import ApiMetrics
from monitor.core.access import alert_query
from monitor.core.clock import iso_from_epoch_s
from monitor.core.incidents import IncidentState, to_record
from monitor.errors import MonitorError
from monitor.storage import teaching
from monitor.storage.alertindex import (
    iso_to_ts,
    load_incident_record,
    search_alerts,
)
from monitor.storage.candidates import CandidateStore
from monitor.storage.feedback import MAX_NOTE_CHARS, FeedbackStore, Verdict
from monitor.storage.keys import Keys
from monitor.storage.nearmiss import read_near_misses
from monitor.storage.registry import TemplateRegistry
from monitor.storage.reviews import HeldByOther, ReviewStore

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"
SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}
SPARK_BUCKETS = 30
NEAR_MISS_LIMIT = 50


class NotFound(LookupError):
    pass


@dataclass
class ReviewService:
    client: redis.Redis
    keys: Keys
    reviews: ReviewStore
    feedback: FeedbackStore
    registry: TemplateRegistry
    metrics: ApiMetrics | None = None
    bucket_s: float = 60.0
    candidates: Callable[[], CandidateStore] | None = None  # the emerging clusters (console page)

    # --- reads ---------------------------------------------------------------------------------------
    def _states(self) -> list[IncidentState]:
        ids = [str(t) for t in self.client.zrange(self.keys.incidents_open, 0, -1)]  # type: ignore[union-attr]
        pipe = self.client.pipeline(transaction=False)
        for t in ids:
            pipe.get(self.keys.incident(t))
            pipe.hgetall(self.keys.incident_buckets(t))
        raw = pipe.execute()
        out = []
        for i in range(0, len(raw), 2):
            if raw[i]:
                state = IncidentState.model_validate_json(raw[i])
                out.append(state.model_copy(update={}))
                self._buckets[state.incident_id] = {int(b): int(n) for b, n in (raw[i + 1] or {}).items()}
        return out

    def __post_init__(self) -> None:
        self._buckets: dict[str, dict[int, int]] = {}

    def sparkline(self, incident_id: str, now_s: float) -> list[int]:
        buckets = self._buckets.get(incident_id, {})
        if not buckets:
            return []
        step = int(self.bucket_s)
        last = int(now_s // step) * step
        return [buckets.get(last - step * i, 0) for i in reversed(range(SPARK_BUCKETS))]

    def queue(self, *, include_resolved: bool = False) -> list[dict[str, Any]]:
        """Open incidents, spreading first, then severity, then rate; with review state and sparkline."""
        now = time.time()
        states = self._states()
        reviews = self.reviews.get_many([s.incident_id for s in states])
        rows = []
        for s in states:
            review = reviews.get(s.incident_id) or {}
            resolved_ts = float(review.get("resolved_ts") or 0)
            if resolved_ts >= s.last_seen_s and not include_resolved:
                continue  # resolved by on-call and quiet since; a new alert brings it back
            record = to_record(s, "open", now)
            record.pop("emitted_at", None)
            record.update(
                status="resolved-by-reviewer" if resolved_ts >= s.last_seen_s else "open",
                escalated=s.escalated,
                age_s=round(now - s.first_seen_s, 1),
                since_last_s=round(now - s.last_seen_s, 1),
                holder=review.get("holder"),
                taken_at=review.get("taken_at"),
                acked_by=review.get("acked_by"),
                acked_at=review.get("acked_at"),
                resolved_by=review.get("resolved_by") if resolved_ts else None,
                sparkline=self.sparkline(s.incident_id, now),
            )
            rows.append(record)
        rows.sort(
            key=lambda r: (
                not r["spreading"],
                SEVERITY_RANK.get(r["severity"], 9),
                -r["rate_per_min"],
                -(iso_to_ts(r["last_seen_at"]) or 0),
            )
        )
        return rows

    def queue_digest(self) -> str:
        """A fingerprint of what the queue shows (ages left out: they change every second); the live feed
        tells the browsers when it changes."""
        rows = [{k: v for k, v in r.items() if k not in ("age_s", "since_last_s")} for r in self.queue()]
        return hashlib.sha256(orjson.dumps(rows)).hexdigest()[:16]

    def unacknowledged(self) -> int:
        return sum(1 for r in self.queue() if not r.get("acked_at"))

    def incident(self, incident_id: str, limit: int = 200) -> dict[str, Any]:
        """The incident (live state, else its last published record), its review, alerts and audit."""
        live = next((r for r in self.queue(include_resolved=True) if r["incident_id"] == incident_id), None)
        record = live or load_incident_record(self.client, self.keys, incident_id)
        if record is None:
            raise NotFound(f"no incident {incident_id!r} (unknown, or older than the retention window)")
        if live is None:
            review = self.reviews.get(incident_id)
            record = {
                **record,
                "holder": review.get("holder"),
                "acked_by": review.get("acked_by"),
                "acked_at": review.get("acked_at"),
                "resolved_by": review.get("resolved_by"),
                "sparkline": [],
            }
        page = search_alerts(self.client, self.keys, alert_query(incident_id=incident_id), limit=limit)
        template = None
        with contextlib.suppress(MonitorError):
            template = self.registry.get(record["template_id"]).model_dump(mode="json")
        return {
            **record,
            "template": template,
            "alerts_total": page.total,
            "alerts": page.items,
            "near_misses": self.near_misses(record["template_id"]),
            "audit": self.reviews.log(50, incident_id=incident_id),
        }

    def near_misses(self, template_id: str | None, limit: int = NEAR_MISS_LIMIT) -> list[dict[str, Any]]:
        """Unmatched posts that came close to the template (best score first, then newest), each with its
        score, threshold, reason (``below_threshold`` or the guard that stopped it) and ``seen_at``."""
        if not template_id:
            return []
        items = read_near_misses(self.client, self.keys, template_id, limit)
        items.sort(key=lambda m: (-float(m.get("score") or 0), -m["seen_at_s"]))
        for item in items:
            item["seen_at"] = iso_from_epoch_s(item.pop("seen_at_s"))
        return items

    def search(self, **filters: Any) -> dict[str, Any]:
        offset, limit = filters.pop("offset", 0), filters.pop("limit", 50)
        page = search_alerts(self.client, self.keys, alert_query(**filters), offset=offset, limit=limit)
        return {"total": page.total, "offset": offset, "items": page.items}

    # --- actions -------------------------------------------------------------------------------------
    def _first_seen(self, incident_id: str) -> float | None:
        for s in self._states():
            if s.incident_id == incident_id:
                return s.first_seen_s
        record = load_incident_record(self.client, self.keys, incident_id)
        return iso_to_ts(record.get("first_seen_at")) if record else None

    def _known(self, incident_id: str) -> float:
        first = self._first_seen(incident_id)
        if first is None:
            raise NotFound(f"no incident {incident_id!r}")
        return first

    def _acked(self, incident_id: str, first_seen: float, acked_at: float | None) -> None:
        if acked_at is not None and self.metrics is not None:
            self.metrics.time_to_ack.observe(max(0.0, acked_at - first_seen))

    def take(self, incident_id: str, actor: str, force: bool = False) -> dict[str, str]:
        first = self._known(incident_id)
        review, acked = self.reviews.take(incident_id, actor, force=force)
        self._acked(incident_id, first, acked)
        self._count("take")
        return review

    def ack(self, incident_id: str, actor: str) -> dict[str, str]:
        first = self._known(incident_id)
        review, acked = self.reviews.ack(incident_id, actor)
        self._acked(incident_id, first, acked)
        self._count("ack")
        return review

    def resolve(self, incident_id: str, actor: str, note: str | None = None) -> dict[str, str]:
        first = self._known(incident_id)
        before = self.reviews.get(incident_id)
        review = self.reviews.resolve(incident_id, actor, note)
        if not before.get("acked_at"):
            self._acked(incident_id, first, time.time())
        self._count("resolve")
        return review

    def verdict(
        self,
        alert_id: str,
        verdict: str,
        actor: str,
        *,
        note: str | None = None,
        template_id: str | None = None,
        add_negative: bool = False,
        add_example: bool = False,
    ) -> dict[str, Any]:
        """Record on-call's verdict on a delivered alert (``template_id``: the template it is about, by
        default the alert record's) and, when asked, teach the template: a false positive becomes a
        negative, a confirmed post an example. The one path of the single, bulk and console verdicts."""
        if not self.feedback.alert_known(alert_id):
            raise NotFound(f"no delivered alert with id {alert_id!r} (or it has expired)")
        fb = self.feedback.record(alert_id, verdict, actor=actor, note=note, template_id=template_id)
        self.after_verdict(alert_id, verdict, actor)
        out: dict[str, Any] = {**fb.as_dict(), "negative_added": False, "example_added": False}
        if add_negative and verdict == "false-positive":
            out["negative_added"] = self.add_negative(alert_id, actor)
        if add_example and verdict == "confirmed":
            out["example_added"] = self.add_example(alert_id, actor)
        return out

    def after_verdict(self, alert_id: str, verdict: str, actor: str) -> None:
        """The query store's copy shows the verdict; the action is audited and counted."""
        key = self.keys.alert_record(alert_id)
        if self.client.exists(key):
            self.client.hset(key, "verdict", verdict)
        self.reviews.audit(actor, verdict, alert_id=alert_id, template_id=self.feedback.template_of(alert_id))
        if self.metrics is not None:
            self.metrics.verdicts.labels(verdict).inc()

    def add_negative(self, alert_id: str, actor: str) -> bool:
        """Teach the alert's template that this post must not match (as ``--add-negative`` does)."""
        return self._teach(teaching.add_negative, alert_id, actor)

    def add_example(self, alert_id: str, actor: str) -> bool:
        """Teach the alert's template that this confirmed post is one of its phrasings, in the post's
        language (monitor.core.teaching): the next post written like it matches too."""
        return self._teach(teaching.add_example, alert_id, actor)

    def _teach(
        self, step: Callable[[TemplateRegistry, str, str], teaching.Taught], alert_id: str, actor: str
    ) -> bool:
        if self.registry.embedder is None:  # a read-only API without the model cannot embed a new phrasing
            return False
        try:
            return step(self.registry, alert_id, actor).added
        except teaching.AlertPostGone:
            return False

    def _count(self, action: str) -> None:
        if self.metrics is not None:
            self.metrics.actions.labels(action).inc()


# --- JSON endpoints -------------------------------------------------------------------------------------
IncidentId = Annotated[str, Path(pattern=ID_PATTERN)]


class TakeBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    force: bool = Field(False, description="take it over from its holder")


class ResolveBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    note: str | None = Field(None, max_length=MAX_NOTE_CHARS)


class BulkVerdictBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    alert_ids: list[Annotated[str, Field(pattern=ID_PATTERN)]] = Field(min_length=1, max_length=500)
    verdict: Verdict
    note: str | None = Field(None, max_length=MAX_NOTE_CHARS)
    add_negative: bool = False
    add_example: bool = Field(False, description="confirmed: add each post to its template's examples")


def held_response(exc: HeldByOther) -> JSONResponse:
    return JSONResponse(
        {"detail": f"incident is held by {exc.holder}", "holder": exc.holder, "since": exc.since},
        status_code=409,
    )


def review_router(service: ReviewService) -> APIRouter:
    router = APIRouter(tags=["review"])

    @router.get("/incidents", summary="Open incidents, spreading first, then severity")
    def list_incidents(
        viewer: Viewer, include_resolved: Annotated[bool, Query(alias="all")] = False
    ) -> list[dict[str, Any]]:
        return service.queue(include_resolved=include_resolved)

    @router.get("/incidents/{incident_id}", summary="One incident with its alerts and their evidence")
    def get_incident(incident_id: IncidentId, viewer: Viewer) -> dict[str, Any]:
        try:
            return service.incident(incident_id)
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from exc

    @router.post(
        "/incidents/{incident_id}/take",
        summary="Claim an incident",
        responses={409: {"description": "held by someone else: `{detail, holder, since}`"}},
    )
    def take_incident(incident_id: IncidentId, who: Reviewer, body: TakeBody | None = None) -> Any:
        try:
            return service.take(incident_id, who.name, force=bool(body and body.force))
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from exc
        except HeldByOther as exc:
            return held_response(exc)

    @router.post("/incidents/{incident_id}/ack", summary="Acknowledge an incident")
    def ack_incident(incident_id: IncidentId, who: Reviewer) -> Any:
        try:
            return service.ack(incident_id, who.name)
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from exc

    @router.post("/incidents/{incident_id}/resolve", summary="Resolve an incident (on-call's decision)")
    def resolve_incident(incident_id: IncidentId, who: Reviewer, body: ResolveBody | None = None) -> Any:
        try:
            return service.resolve(incident_id, who.name, body.note if body else None)
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from exc

    @router.get("/alerts", summary="Search recent alerts")
    def list_alerts(
        viewer: Viewer,
        q: Annotated[
            str | None, Query(max_length=200, description="words of the post text or author")
        ] = None,
        template_id: str | None = None,
        severity: Literal["low", "medium", "high", "critical"] | None = None,
        status: Annotated[
            Literal["open", "confirmed", "false-positive"] | None, Query(description="verdict, or open")
        ] = None,
        lang: Annotated[str | None, Query(max_length=16)] = None,
        incident_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
        since: Annotated[str | None, Query(description="ISO-8601")] = None,
        until: Annotated[str | None, Query(description="ISO-8601")] = None,
        offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> dict[str, Any]:
        for name, value in (("since", since), ("until", until)):
            if value and iso_to_ts(value) is None:
                raise HTTPException(422, [{"field": name, "reason": "not an ISO-8601 time", "in": "query"}])
        return service.search(
            text=q,
            template_id=template_id,
            severity=severity,
            status=status,
            lang=lang,
            incident_id=incident_id,
            since_ts=iso_to_ts(since),
            until_ts=iso_to_ts(until),
            offset=offset,
            limit=limit,
        )

    @router.post("/alerts/feedback", summary="The same verdict on several alerts")
    def bulk_feedback(body: BulkVerdictBody, who: Reviewer) -> dict[str, Any]:
        done, missing = [], []
        for alert_id in dict.fromkeys(body.alert_ids):
            try:
                done.append(
                    service.verdict(
                        alert_id,
                        body.verdict,
                        who.name,
                        note=body.note,
                        add_negative=body.add_negative,
                        add_example=body.add_example,
                    )
                )
            except NotFound:
                missing.append(alert_id)
        return {"recorded": done, "not_found": missing}

    @router.get("/audit", summary="The latest console and API actions (who, what, when)")
    def audit(
        viewer: Viewer,
        count: Annotated[int, Query(ge=1, le=1000)] = 100,
        incident_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    ) -> list[dict[str, str]]:
        return service.reviews.log(count, incident_id=incident_id)

    return router
