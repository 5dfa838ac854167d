"""The decision layer: nearest exemplars in, one decision per post out. Pure: no I/O, no model.

Flow for one post::

    hits (exemplars near the post: template text, examples, negatives, with cosine scores)
      -> per-template candidates (best positive exemplar, best negative exemplar, lexical overlap)
      -> fused score, ranked
      -> guards, in order, on each candidate above its threshold:
           short text     the post is too short to judge
           negative       a registered look-alike (e.g. the debunk) is at least as close as the claim
           stance         the post denies / debunks / warns, the template does not
      -> first candidate that passes alerts; the reason the best one did not is kept (suppressed_by)

The same code runs in the stream worker and in ``monitor eval``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .models import Template
from .text import extract_signals, normalize, stance_cues, tokenize, word_count

STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "our", "their", "not", "no", "so", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "just", "than", "then", "there", "here", "about", "into", "over", "only"]
)


@dataclass(frozen=True)
class Hit:
    """One exemplar near a post, as returned by a :class:`~monitor.index.TemplateIndex`."""

    template_id: str
    kind: str  # text | example | negative
    index: int
    text: str
    score: float  # cosine similarity


@dataclass(frozen=True)
class ScoredCandidate:
    template_id: str
    score: float  # fused score used for ranking and thresholds
    dense: float
    lexical: float
    negative: float | None
    exemplar: Hit


@dataclass(frozen=True)
class Decision:
    post_id: str
    matched: bool
    template_id: str | None
    score: float | None
    candidates: list[ScoredCandidate]
    explanation: dict[str, Any] = field(default_factory=dict)
    suppressed_by: str | None = None


@dataclass(frozen=True)
class MatchPolicy:
    default_threshold: float = 0.62
    negative_margin: float = 0.0  # suppress when best negative >= best positive - margin
    lexical_weight: float = 0.0
    min_post_tokens: int = 4
    stance_guard: bool = True
    max_candidates: int = 5


def content_tokens(text: str) -> set[str]:
    return {t for t in tokenize(normalize(text)) if t not in STOPWORDS and len(t) > 1}


def lexical_overlap(post_tokens: set[str], exemplar_text: str) -> float:
    """Share of the exemplar's content words found in the post (0..1)."""
    ex = content_tokens(exemplar_text)
    if not ex:
        return 0.0
    return len(ex & post_tokens) / len(ex)


def rank_candidates(post_text: str, hits: Sequence[Hit], policy: MatchPolicy) -> list[ScoredCandidate]:
    """Group exemplar hits per template and score each template."""
    post_tokens = content_tokens(post_text)
    best_pos: dict[str, Hit] = {}
    best_neg: dict[str, float] = {}
    for hit in hits:
        if hit.kind == "negative":
            best_neg[hit.template_id] = max(best_neg.get(hit.template_id, -1.0), hit.score)
        elif hit.template_id not in best_pos or hit.score > best_pos[hit.template_id].score:
            best_pos[hit.template_id] = hit
    out = []
    for tid, hit in best_pos.items():
        lex = lexical_overlap(post_tokens, hit.text) if policy.lexical_weight else 0.0
        fused = hit.score + policy.lexical_weight * lex
        out.append(ScoredCandidate(tid, fused, hit.score, lex, best_neg.get(tid), hit))
    out.sort(key=lambda c: (-c.score, c.template_id))
    return out


def _template_cues(template: Template) -> set[str]:
    cues: set[str] = set()
    for text in (template.text, *template.examples):
        cues.update(stance_cues(text))
    return cues


def decide(
    post_id: str,
    post_text: str,
    hits: Sequence[Hit],
    templates: Mapping[str, Template],
    policy: MatchPolicy,
) -> Decision:
    """Turn one post's exemplar hits into a decision with its explanation."""
    ranked = [c for c in rank_candidates(post_text, hits, policy) if c.template_id in templates]
    top = ranked[: policy.max_candidates]
    signals = extract_signals(post_text)
    cues = stance_cues(post_text)
    tokens = word_count(normalize(post_text))
    base: dict[str, Any] = {**signals.as_dict(), "stance_cues": cues}

    first_reason: str | None = None
    for cand in ranked:
        template = templates[cand.template_id]
        threshold = template.threshold if template.threshold is not None else policy.default_threshold
        if cand.score < threshold:
            break  # ranked by score: nothing further can pass
        reason: str | None = None
        if tokens < policy.min_post_tokens:
            reason = "short_text"
        elif cand.negative is not None and cand.negative >= cand.dense - policy.negative_margin:
            reason = "negative"
        elif policy.stance_guard and cues and not set(cues) <= _template_cues(template):
            reason = "stance"
        if reason is not None:
            first_reason = first_reason or reason
            continue
        explanation = {
            **base,
            "nearest_exemplar": {"kind": cand.exemplar.kind, "index": cand.exemplar.index,
                                 "text": cand.exemplar.text},
            "scores": {"fused": round(cand.score, 4), "dense": round(cand.dense, 4),
                       "lexical": round(cand.lexical, 4),
                       "negative": None if cand.negative is None else round(cand.negative, 4),
                       "threshold": threshold},
        }
        return Decision(post_id, True, cand.template_id, cand.score, top, explanation, None)

    explanation = dict(base)
    if ranked:
        best = ranked[0]
        explanation["best"] = {"template_id": best.template_id, "score": round(best.score, 4),
                               "negative": None if best.negative is None else round(best.negative, 4)}
    return Decision(post_id, False, None, None, top, explanation, first_reason)
