"""Alert feedback endpoints: on-call's verdict on a delivered alert (confirmed / false positive)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path
from pydantic import BaseModel, ConfigDict, Field

from monitor.api.auth import ReviewWriter, Viewer
from monitor.core.models import TEMPLATE_ID_PATTERN
from monitor.storage.feedback import MAX_NOTE_CHARS, FeedbackStore, Verdict

ALERT_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"


class FeedbackBody(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    verdict: Verdict
    note: str | None = Field(None, max_length=MAX_NOTE_CHARS)
    template_id: str | None = Field(
        None, pattern=TEMPLATE_ID_PATTERN, description="defaults to the alert record's template"
    )


AlertId = Annotated[str, Path(pattern=ALERT_ID_PATTERN)]


def feedback_router(
    feedback: FeedbackStore, on_verdict: Callable[[str, str, str], None] | None = None
) -> APIRouter:
    """``on_verdict(alert_id, verdict, actor)`` runs after a verdict is stored (the console's bookkeeping)."""
    router = APIRouter()

    @router.post("/alerts/{alert_id}/feedback", tags=["feedback"])
    def give_feedback(alert_id: AlertId, body: FeedbackBody, actor: ReviewWriter) -> Any:
        if not feedback.alert_known(alert_id):
            raise HTTPException(404, f"no delivered alert with id {alert_id!r} (or it has expired)")
        fb = feedback.record(
            alert_id, body.verdict, actor=actor, note=body.note, template_id=body.template_id
        )
        if on_verdict is not None:
            on_verdict(alert_id, body.verdict, actor)
        return fb.as_dict()

    @router.get("/alerts/{alert_id}/feedback", tags=["feedback"])
    def read_feedback(alert_id: AlertId, viewer: Viewer) -> Any:
        fb = feedback.get(alert_id)
        if fb is None:
            raise HTTPException(404, f"no feedback on alert {alert_id!r}")
        return fb.as_dict()

    return router
