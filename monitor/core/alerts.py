"""Alert assembly: a decided post and its template in, the ``alerts`` record out. Pure: no I/O.

One builder for the live path (:meth:`monitor.pipeline.processor.Processor.process`) and retro-match
(:mod:`monitor.pipeline.retro`), so both carry the same fields: the decision's explanation, the template
text, the post's language, the runbook link (the template's own, else the deployment's default) and the
template's source.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor.core.matching import Decision
from monitor.core.models import Alert, Template, alert_id_for


def build_alert(
    post: Mapping[str, Any],
    template: Template,
    decision: Decision,
    *,
    created_at: str,
    default_runbook_url: str | None = None,
    retroactive: bool = False,
    extra_explanation: Mapping[str, Any] | None = None,
) -> Alert:
    """The alert for ``post`` (``Post.summary()``: ``id``, ``text``, ``lang``…) matching ``template``.

    ``decision`` must be a match (a score); its ``confidence`` is the alert's. ``extra_explanation`` is
    merged last (retro-match adds ``retroactive`` and ``post_seen_at``). The alert id is
    :func:`alert_id_for` the post and template, so the same match always has the same id, live or
    retroactive."""
    if decision.score is None:
        raise ValueError(f"decision for post {decision.post_id!r} is not a match: no alert")
    post_id = str(post["id"])
    explanation: dict[str, Any] = {**decision.explanation, "template_text": template.text}
    if post.get("lang"):
        explanation["lang"] = post["lang"]
    runbook_url = template.runbook_url or default_runbook_url
    if runbook_url:
        explanation["runbook_url"] = runbook_url
    if template.source_url:
        explanation["source_url"] = template.source_url
    if extra_explanation:
        explanation.update(extra_explanation)
    return Alert(
        alert_id=alert_id_for(post_id, template.id),
        post_id=post_id,
        template_id=template.id,
        template_version=template.version,
        category=template.category,
        severity=template.severity,
        score=round(decision.score, 4),
        post=dict(post),
        explanation=explanation,
        created_at=created_at,
        retroactive=retroactive,
        confidence=decision.confidence,
    )


__all__ = ["build_alert"]
