"""Claims in passing: the clauses of a long multi-topic post, each scored on its own.

A post that carries a claim among other news ("Monday notes: coffee machine is broken again, my flight got
moved, and Sora opened up to the public so I spent lunch making videos") embeds as its average topic, far
from the claim's exemplars. The dense channel therefore also scores the post's clauses and keeps, per
exemplar, the best cosine over the whole post and its clauses (:func:`merge_hits`). Negative exemplars keep
the whole post's cosine (merging them too stopped right posts); stance, negation and quotes are still read
on the whole post. Only a post that names the wave is split (:func:`wave_name`, :func:`named_clauses`).

Pure: no model here; the processor encodes the clauses and searches the index for each.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from monitor.core.matching import Hit, MatchPolicy, catalogue_name, catalogue_subject
from monitor.core.models import Template
from monitor.core.text import tokenize

# a post of fewer words is one statement: its whole text is what it says
SEGMENT_MIN_POST_TOKENS = 16
# a clause of fewer words is joined to the one after it ("Monday notes:", "my flight got moved,")
SEGMENT_MIN_TOKENS = 4
# the first clauses of a very long post only: a bound on the extra encoder work per post
SEGMENT_MAX = 6

# clause marks: sentence ends, colon, semicolon, dashes, commas, line breaks, and the conjunctions that
# start a new statement ("… to the public so I spent lunch …"); not "and" alone ("sign up and start")
_BREAK = re.compile(
    r"[,.;:!?\n\u2014\u2013]+|\s-\s|\b(?:but|however|although|though|whereas|because|so|and\s+then|"
    r"meanwhile|also|plus)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^\s*(?:and|or|then|oh|btw|also|plus)\b\s*", re.IGNORECASE)


def segments(normalized: str) -> list[str]:
    """The clauses of a long post (normalised text), short ones joined to the next; [] when the post is
    short or is one clause (then the whole post is the only thing to score)."""
    if len(tokenize(normalized)) < SEGMENT_MIN_POST_TOKENS:
        return []
    pieces: list[str] = []
    pending = ""
    for part in _BREAK.split(normalized):
        part = _LEAD.sub("", part).strip()
        if not part:
            continue
        pending = f"{pending} {part}".strip() if pending else part
        if len(tokenize(pending)) >= SEGMENT_MIN_TOKENS:
            pieces.append(pending)
            pending = ""
    if pending:
        if pieces and len(tokenize(pending)) < SEGMENT_MIN_TOKENS:
            pieces[-1] = f"{pieces[-1]} {pending}"
        else:
            pieces.append(pending)
    if len(pieces) < 2:
        return []
    return pieces[:SEGMENT_MAX]


def merge_hits(
    whole: Sequence[Hit], parts: Sequence[Sequence[Hit]], discount: float, negatives: bool = False
) -> list[Hit]:
    """The post's exemplar hits with each positive exemplar at its best cosine over the whole post and its
    clauses (a clause's cosine less ``discount``: a clause is shorter and matches more easily), best
    first. Negative exemplars keep the whole post's cosine unless ``negatives``."""
    best: dict[tuple[str, str, int], Hit] = {(h.template_id, h.kind, h.index): h for h in whole}
    for hits in parts:
        for h in hits:
            if h.kind == "negative" and not negatives:
                continue
            key = (h.template_id, h.kind, h.index)
            score = h.score - discount
            known = best.get(key)
            if known is None or score > known.score:
                best[key] = Hit(h.template_id, h.kind, h.index, h.text, score)
    return sorted(best.values(), key=lambda h: -h.score)


def names_any(normalized: str, words: frozenset[str]) -> bool:
    """Whether the post uses one of ``words`` (the catalogue's name, :func:`monitor.core.matching.
    catalogue_name`): the clauses of a post that does not name the wave are not scored."""
    return bool(words) and not words.isdisjoint(tokenize(normalized))


def wave_name(templates: Mapping[str, Template], policy: MatchPolicy) -> frozenset[str]:
    """The words a post must use for its clauses to be scored (:func:`monitor.core.matching.catalogue_name`);
    empty when no clause is scored: segment scoring off, or a catalogue of unrelated claims (on CheckThat!'s
    fact-checks a tweet's clause found one more wrong claim than right, dev: 2 tp, 1 fp)."""
    if not policy.segment_scoring or not catalogue_subject(templates):
        return frozenset()
    return catalogue_name(templates)


def named_clauses(normalized: str, name: frozenset[str]) -> list[str]:
    """The clauses the decision layer may score for a post (:func:`segments`), [] unless it names the wave."""
    return segments(normalized) if names_any(normalized, name) else []
