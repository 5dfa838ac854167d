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
# start a new statement ("… to the public so I spent lunch …"); not "and" alone ("sign up and start"). A
# punctuation mark cuts only before a space or the end: "$14.99", "3,000", "sora.apk" and "v0.9" are one word
_BREAK = re.compile(
    r"[,.;:!?]+(?=\s|$)|[\n\u2014\u2013]+|\s-\s|\b(?:but|however|although|though|whereas|because|so|and\s+then|"
    r"meanwhile|also|plus)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^\s*(?:and|or|then|oh|btw|also|plus)\b\s*", re.IGNORECASE)
# a clause that opens with one of these states nothing on its own ("if a login could be rented for 150
# yuan, why would…", "while people wonder why…, are we ready…"): it is joined to the clause after it
_SUBORDINATE = re.compile(r"^(?:if|even\s+if|whether|unless|while|when|whenever|once)\b", re.IGNORECASE)
# a clause wholly inside quotes is someone else's words: only the whole post says whether it is relayed or
# rejected ("'A Chinese team secretly built Sora', says the post my uncle forwarded. The credits: …")
_QUOTED = re.compile(r"^\s*(['\"\u2018\u201c]).*(['\"\u2019\u201d])\s*$")


def _pieces(normalized: str) -> list[tuple[str, str]]:
    """(clause, the mark that ends it) of a normalised text, in order; the mark is "" for a conjunction."""
    out: list[tuple[str, str]] = []
    at = 0
    for m in _BREAK.finditer(normalized):
        out.append((normalized[at : m.start()], m.group(0)))
        at = m.end()
    out.append((normalized[at:], ""))
    return out


def segments(normalized: str) -> list[str]:
    """The clauses of a long post (normalised text), short ones, questions and subordinate clauses joined
    to the next, quoted ones left to the whole post; [] when the post is short or is one clause (then the
    whole post is the only thing to score)."""
    if len(tokenize(normalized)) < SEGMENT_MIN_POST_TOKENS:
        return []
    pieces: list[str] = []
    pending = ""
    for raw, mark in _pieces(normalized):
        part = _LEAD.sub("", raw).strip()
        if not part:
            continue
        if not pending and _QUOTED.match(part):
            continue
        opens_subordinate = bool(_SUBORDINATE.match(part))
        pending = f"{pending} {part}".strip() if pending else part
        # a question asks, it does not state: it is read with what follows ("is this real?? sora is open…")
        if len(tokenize(pending)) >= SEGMENT_MIN_TOKENS and not opens_subordinate and "?" not in mark:
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
