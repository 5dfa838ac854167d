"""Near misses: unmatched posts that came close to a template. Pure: no I/O.

A reviewer looking at an incident wants the posts that almost joined it: the same claim worded a little
differently (scored just under the threshold), or a post a guard stopped (the debunk of the rumour, a
post too short to judge). For every unmatched post the matcher already ranked its candidates; a post is a
near miss of template T when

- a guard stopped T's candidate although it reached its threshold (``reason`` = the guard's name:
  ``short_text``, ``off_subject``, ``negative``, ``stance``; ``detail`` says what it saw), or
- T was its best candidate and the fused score fell within ``margin`` below T's threshold
  (``reason`` = ``below_threshold``).

The worker keeps a bounded, retention-limited list per template (monitor/storage/nearmiss.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from monitor.core.matching import Decision
from monitor.core.models import Post

BELOW_THRESHOLD = "below_threshold"
MAX_TEXT_CHARS = 1000  # a near miss is shown beside an incident: its text is kept short


@dataclass(frozen=True)
class NearMiss:
    template_id: str
    post_id: str
    score: float  # fused score against the template
    threshold: float | None  # the template's threshold for this post (None: not known)
    reason: str  # below_threshold | a guard's name
    detail: str | None = None  # the guard's detail (e.g. the stance cue, the negative's template)
    text: str = ""
    author: str | None = None
    lang: str | None = None
    platform: str | None = None
    url: str | None = None
    created_at: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; deterministic for one post and decision, so a reprocessed post is the same
        member of the template's list, not a second one."""
        # not dataclasses.asdict: it deep-copies, and this runs for every near miss of every batch
        return {name: v for name in _FIELDS if (v := getattr(self, name)) is not None}


_FIELDS = tuple(f.name for f in fields(NearMiss))


def near_miss_of(post: Post, decision: Decision, margin: float) -> NearMiss | None:
    """The near miss one decision makes, or None (matched, nothing close, or no candidate at all)."""
    if decision.matched or not decision.candidates:
        return None
    best = decision.explanation.get("best") or {}
    template_id: str | None = None
    reason = BELOW_THRESHOLD
    detail: str | None = None
    if decision.suppressed_by and decision.suppressed_template:
        template_id, reason = decision.suppressed_template, decision.suppressed_by
        raw = decision.explanation.get("suppressed_detail")
        detail = str(raw) if raw else None
    elif margin > 0 and best.get("template_id") == decision.candidates[0].template_id:
        threshold = best.get("threshold")
        score = decision.candidates[0].score
        if isinstance(threshold, int | float) and threshold - margin <= score < threshold:
            template_id = decision.candidates[0].template_id
    if template_id is None:
        return None
    cand = next((c for c in decision.candidates if c.template_id == template_id), None)
    if cand is None:  # the suppressed template fell out of the top candidates: nothing to show a score of
        return None
    threshold = best.get("threshold") if best.get("template_id") == template_id else None
    return NearMiss(
        template_id=template_id,
        post_id=post.id,
        score=round(cand.score, 4),
        threshold=None if threshold is None else round(float(threshold), 4),
        reason=reason,
        detail=detail,
        text=post.text[:MAX_TEXT_CHARS],
        author=post.author,
        lang=post.lang,
        platform=post.platform,
        url=post.url,
        created_at=post.created_at.isoformat() if post.created_at else None,
    )


def select_near_misses(posts: Sequence[Post], decisions: Sequence[Decision], margin: float) -> list[NearMiss]:
    """The batch's near misses, at most one per post (row i of ``decisions`` decides ``posts[i]``);
    a post seen twice in one batch counts once."""
    out: dict[tuple[str, str], NearMiss] = {}
    for post, decision in zip(posts, decisions, strict=True):
        miss = near_miss_of(post, decision, margin)
        if miss is not None:
            out[(miss.template_id, miss.post_id)] = miss
    return list(out.values())


def group_by_template(misses: Sequence[NearMiss]) -> dict[str, list[NearMiss]]:
    out: dict[str, list[NearMiss]] = {}
    for m in misses:
        out.setdefault(m.template_id, []).append(m)
    return out
