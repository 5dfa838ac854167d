"""Alert feedback endpoints: on-call's verdict on a delivered alert (confirmed / false positive)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path
from pydantic import BaseModel, ConfigDict, Field

from monitor.api.auth import ReviewWriter, Viewer
from monitor.api.review import NotFound, ReviewService
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
    add_negative: bool = Field(
        False, description="false-positive: the post becomes a negative of its template"
    )
    add_example: bool = Field(
        False, description="confirmed: the post becomes an example of its template (per language)"
    )


AlertId = Annotated[str, Path(pattern=ALERT_ID_PATTERN)]


def feedback_router(feedback: FeedbackStore, review: ReviewService) -> APIRouter:
    """A verdict goes through ``review.verdict`` (stored, audited, counted, and the template taught when
    asked), as the bulk endpoint's and the console's do; reads come from ``feedback``."""
    router = APIRouter()

    @router.post("/alerts/{alert_id}/feedback", tags=["feedback"])
    def give_feedback(alert_id: AlertId, body: FeedbackBody, actor: ReviewWriter) -> Any:
        try:
            return review.verdict(
                alert_id,
                body.verdict,
                actor,
                note=body.note,
                template_id=body.template_id,
                add_negative=body.add_negative,
                add_example=body.add_example,
            )
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from exc

    @router.get("/alerts/{alert_id}/feedback", tags=["feedback"])
    def read_feedback(alert_id: AlertId, viewer: Viewer) -> Any:
        fb = feedback.get(alert_id)
        if fb is None:
            raise HTTPException(404, f"no feedback on alert {alert_id!r}")
        return fb.as_dict()

    return router
