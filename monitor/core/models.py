"""The records that cross the monitor's boundaries: posts in; templates; matches, alerts out.

Schemas follow ../shared/CONTRACT.md. Models are frozen; extra input fields are ignored.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

# re-exported: the time helpers used to live here
from monitor.core.clock import iso as iso
from monitor.core.clock import utcnow as utcnow

Severity = Literal["low", "medium", "high", "critical"]
SEVERITY_RANK: dict[str, int] = {"low": 0, "medium": 1, "high": 2, "critical": 3}
ExemplarKind = Literal["text", "example", "negative"]

TEMPLATE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
CATEGORY_PATTERN = r"^[a-z][a-z0-9_-]{0,31}$"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=False)


class Post(_Frozen):
    id: str = Field(min_length=1, max_length=256)
    text: str
    author: str | None = None
    platform: str | None = None
    lang: str | None = None
    url: str | None = None
    created_at: datetime | None = None
    truncated: bool = False  # set by the parser when the text was cut to MONITOR_MAX_TEXT_CHARS

    def summary(self) -> dict[str, Any]:
        """The post as carried inside an alert."""
        return self.model_dump(mode="json", exclude_none=True)


class TemplateIn(_Frozen):
    """A template as ops write it (JSONL line, CLI, API)."""

    id: str = Field(pattern=TEMPLATE_ID_PATTERN)
    category: str = Field(pattern=CATEGORY_PATTERN)
    severity: Severity
    text: str = Field(min_length=3, max_length=4000)
    examples: tuple[str, ...] = ()
    negatives: tuple[str, ...] = ()
    threshold: float | None = Field(None, gt=0.0, le=1.0)
    lang: str | None = Field(None, max_length=16)
    source_url: str | None = Field(None, max_length=2000)
    # ClaimReview-style provenance, all optional
    rating: str | None = Field(None, max_length=200)
    first_seen: str | None = Field(None, max_length=64)
    runbook_url: str | None = Field(None, max_length=2000)

    @field_validator("examples", "negatives", mode="before")
    @classmethod
    def _list_of_strings(cls, value: Any) -> Any:
        if value is None:
            return ()
        if isinstance(value, str):
            raise ValueError("must be a list of strings, not a string")
        return value

    @field_validator("examples", "negatives")
    @classmethod
    def _non_empty_items(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        items = tuple(v.strip() for v in value)
        if any(not v for v in items):
            raise ValueError("items must be non-empty strings")
        if len(items) > 200:
            raise ValueError("at most 200 items")
        return items

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value.strip()

    def content_fields(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def exemplars(self) -> list[tuple[ExemplarKind, int, str]]:
        """Every text of this template that gets a vector: (kind, index, text)."""
        out: list[tuple[ExemplarKind, int, str]] = [("text", 0, self.text)]
        out += [("example", i, t) for i, t in enumerate(self.examples)]
        out += [("negative", i, t) for i, t in enumerate(self.negatives)]
        return out


class Template(TemplateIn):
    """A registered template: what ops wrote plus registry bookkeeping."""

    enabled: bool = True
    version: int = 1
    created_at: str | None = None
    updated_at: str | None = None


class Candidate(_Frozen):
    template_id: str
    score: float


class MatchRecord(_Frozen):
    """One per processed post, matched or not (``matches`` topic)."""

    post_id: str
    matched: bool
    template_id: str | None
    score: float | None
    candidates: list[Candidate]
    processed_at: str
    category: str | None = None
    truncated: bool = False
    suppressed_by: str | None = None  # why the best candidate did not alert (negative, stance, short text…)
    # calibrated probability that the decision (or, unmatched, the best candidate) is right
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    # the cascade stage that decided the post: model (full pipeline) | cache (a repost of a text the model
    # decided) | gate (static-embedding gate: cannot match); absent when the cascade is off
    decided_by: str | None = None


def alert_id_for(post_id: str, template_id: str) -> str:
    """Stable id: the same post and template always give the same alert id."""
    digest = hashlib.sha256(f"{post_id}\x1f{template_id}".encode()).hexdigest()
    return f"al_{digest[:24]}"


class Alert(_Frozen):
    """One per post that matched a template (``alerts`` topic)."""

    alert_id: str
    post_id: str
    template_id: str
    template_version: int
    category: str
    severity: Severity
    score: float
    post: dict[str, Any]
    explanation: dict[str, Any]
    created_at: str
    retroactive: bool = False
    # calibrated probability that the post really is this template's claim (``score`` is the raw fused score)
    confidence: float = Field(0.0, ge=0.0, le=1.0)
