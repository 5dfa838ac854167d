"""Claims in passing: the clauses of a long multi-topic post, each scored on its own.

A post that carries a claim among other news ("Monday notes: coffee machine is broken again, my flight got
moved, and Sora opened up to the public so I spent lunch making videos") embeds as its average topic, far
from the claim's exemplars. The dense channel therefore also scores the post's clauses and keeps, per
exemplar, the best cosine over the whole post and its clauses (:func:`merge_hits`). Negative exemplars keep
the whole post's cosine (merging them too stopped right posts); stance, negation and quotes are still read
on the whole post. Only a post that names the wave is split (:func:`wave_name`, :func:`readable_clauses`).
A clause lifts the post only where its own reading passes: a clause of a conditional, a question or a
quotation is not scored (:func:`readable_clauses`), and a template a guard stops on the clause alone gets
none of its cosines (:func:`clause_hits`).

The clause work is bounded (each clause costs a transformer pass and a reading of its guards): only a post
the whole text leaves without an alert is split (:func:`clause_worth_scoring`), and only a post in an
alphabetic script (:func:`clause_script_ok`: the split cuts a Chinese post at every comma, and clause
scoring was never judged on Chinese posts). docs/history/QUALITY-ENGLISH.md "Bounded clause work".

Pure: no model here; the processor encodes the clauses and searches the index for each.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from monitor.core.langid import writing_system
from monitor.core.matching import Hit, MatchPolicy, catalogue_name, catalogue_subject, guarded_templates
from monitor.core.models import Template
from monitor.core.text import quoted_spans, tokenize

# a post of fewer words is one statement: its whole text is what it says
SEGMENT_MIN_POST_TOKENS = 16
# a Chinese clause of fewer characters (tokenize gives one token per character) is joined to the next one
SEGMENT_MIN_CJK_TOKENS = 8
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
# a Chinese post is cut at its sentence ends and line breaks only: a comma inside a Chinese sentence joins
# the parts of one statement far more often than an English one does (normalize makes ！？；： ASCII and a
# line break a space; a space between two Chinese characters is where a line or a field ended, one beside
# a Latin word is not: "原来 Sora 是")
_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"[\u3002!?;\n]+|(?<=[{_CJK}])\s+(?=[{_CJK}])")


def segments(normalized: str) -> list[str]:
    """The clauses of a long post (normalised text), short ones joined to the next; [] when the post is
    short or is one clause (then the whole post is the only thing to score)."""
    return [text for text, _, _ in _clause_spans(normalized)]


def _clause_spans(
    normalized: str, *, bounded: bool = True, script: str | None = None
) -> list[tuple[str, int, int]]:
    """:func:`segments` with where each clause starts and ends in ``normalized`` (its first and last part).
    A Chinese post (:func:`writing_system`) is cut into its sentences and lines, short ones joined to the
    next (:data:`SEGMENT_MIN_CJK_TOKENS` characters). ``script``: the post's, when the caller has it."""
    if len(tokenize(normalized)) < SEGMENT_MIN_POST_TOKENS:
        return []
    cjk = (script or writing_system(normalized)) == "zh"
    breaks, min_tokens = (_CJK_BREAK, SEGMENT_MIN_CJK_TOKENS) if cjk else (_BREAK, SEGMENT_MIN_TOKENS)
    bounds: list[tuple[int, int]] = []
    at = 0
    for m in breaks.finditer(normalized):  # the parts between the marks, as _BREAK.split gives them
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(normalized)))
    pieces: list[tuple[str, int, int]] = []
    pending, start = "", 0
    for lo, hi in bounds:
        part = _LEAD.sub("", normalized[lo:hi]).strip()
        if not part:
            continue
        if not pending:
            start = lo
        pending = f"{pending} {part}".strip() if pending else part
        if len(tokenize(pending)) >= min_tokens:
            pieces.append((pending, start, hi))
            pending = ""
    if pending:
        if pieces and len(tokenize(pending)) < min_tokens:
            text, first, _ = pieces[-1]
            pieces[-1] = (f"{text} {pending}", first, len(normalized))
        else:
            pieces.append((pending, start, len(normalized)))
    if len(pieces) < 2:
        return []
    # a Chinese post's sentences are chosen by readable_clauses (those that name the wave), then bounded
    return pieces if cjk or not bounded else pieces[:SEGMENT_MAX]


# a sentence that supposes rather than says: "if a login could be rented …", "imagine …", "that would be …"
_HYPOTHETICAL = re.compile(r"\b(?:if|suppose|supposing|imagine|would)\b")
# the same in Chinese ("如果…", "假如…", "要是…"): no word boundaries to match on
_HYPOTHETICAL_CJK = re.compile(r"如果|假如|假设|要是|倘若|万一|若是")
_SENTENCE_END = re.compile(r"[.\u3002!?\n]+")


def clause_form_ok(
    normalized: str, start: int, end: int, quotes: Sequence[tuple[int, int]] | None = None
) -> bool:
    """Whether the clause at ``normalized[start:end]`` says something on its own: not in a conditional or
    hypothetical sentence, not in a question (its sentence ends in "?"), not inside quotes. A clause loses
    the sentence around it; one of these would read as the claim it only supposes, asks or relays.
    ``quotes``: the post's :func:`monitor.core.text.quoted_spans`, found once per post by the caller
    (found here when None)."""
    left = max(normalized.rfind(c, 0, start) for c in ".\u3002!?\n") + 1
    after = _SENTENCE_END.search(normalized, end)
    right = after.end() if after else len(normalized)
    sentence = normalized[left:right]
    if "?" in (after.group(0) if after else "") or _HYPOTHETICAL.search(sentence):
        return False
    if _HYPOTHETICAL_CJK.search(sentence):
        return False
    spans = quoted_spans(normalized) if quotes is None else quotes
    return not any(lo < end and start < hi for lo, hi in spans)


# the writing systems whose clauses are scored by default: English and its neighbours
ALPHABETIC_ONLY = frozenset({"alphabetic"})


def clause_script_ok(normalized: str, scripts: frozenset[str] = ALPHABETIC_ONLY) -> bool:
    """Whether a post's clauses may be scored at all by its script (:func:`writing_system`): one of
    ``scripts`` (``MatchPolicy.segment_scripts``). Japanese and Korean posts always keep the whole-post
    path (no split was written or judged for them); a Chinese post is split at its sentence ends and line
    breaks (:func:`_clause_spans`) where ``scripts`` names ``zh``."""
    return _splits(writing_system(normalized), scripts)


def _splits(script: str, scripts: frozenset[str]) -> bool:
    return script in scripts and script in ("alphabetic", "zh")


def readable_clauses(
    normalized: str, name: frozenset[str], scripts: frozenset[str] = ALPHABETIC_ONLY, *, late: bool = False
) -> list[str]:
    """The clauses the decision layer scores for a post (:func:`segments`): [] unless it names the wave
    (``name``) in a script of ``scripts`` (:func:`clause_script_ok`), and only those whose sentence form lets
    them stand alone (:func:`clause_form_ok`; the post's quotations found once, not once per clause). Of a
    Chinese post, only the sentences that name the wave themselves, the first :data:`SEGMENT_MAX` of them:
    a notice board of twenty lines carries its claim in the line that names Sora. ``late``
    (``MatchPolicy.segment_late``): an English post's clauses after the first :data:`SEGMENT_MAX` are not
    all dropped: each that names the wave is scored, with the clause after it (a claim split at a comma:
    "… Sora, | so anyone can sign up"), at most :data:`SEGMENT_MAX` more."""
    if not names_any(normalized, name):
        return []
    script = writing_system(normalized)
    if not _splits(script, scripts):
        return []
    spans = _clause_spans(normalized, bounded=not late, script=script)
    if not spans:
        return []
    if script == "zh":
        spans = [span for span in spans if names_any(span[0], name)][:SEGMENT_MAX]
    elif late and len(spans) > SEGMENT_MAX:
        rest = spans[SEGMENT_MAX:]
        chosen = sorted({j for i, span in enumerate(rest) if names_any(span[0], name) for j in (i, i + 1)})
        spans = spans[:SEGMENT_MAX] + [rest[j] for j in chosen if j < len(rest)][:SEGMENT_MAX]
    quotes = quoted_spans(normalized)
    return [text for text, lo, hi in spans if clause_form_ok(normalized, lo, hi, quotes)]


def policy_clauses(normalized: str, name: frozenset[str], policy: MatchPolicy) -> list[str]:
    """:func:`readable_clauses` as ``policy`` splits posts (its scripts, late clauses): what the decision
    layer scores, and therefore what the cascade's gate must bound, from this one call."""
    return readable_clauses(normalized, name, policy.segment_scripts, late=policy.segment_late)


def segment_discount(policy: MatchPolicy, normalized: str) -> float:
    """What a clause's cosine counts less than the whole post's (:func:`merge_hits`), by the post's script:
    a Chinese sentence against an English exemplar sits in a narrower band of cosines than an English
    clause, so it has its own (``MatchPolicy.segment_discount_zh``)."""
    return policy.segment_discount_zh if writing_system(normalized) == "zh" else policy.segment_discount


def clause_worth_scoring(alerted: bool, whole_best_positive: float, floor: float) -> bool:
    """Whether a post's clauses could change its decision enough to be worth their transformer passes:
    the whole post does not alert already (a clause only raises positive cosines, so on an alerting post
    it could at most swap the template), and the whole post's best positive cosine reaches ``floor`` (the
    policy's ``segment_min_whole_cosine``: a post nowhere near a claim is not split). The post is decided
    on its whole text first; only the posts this passes are split and decided again."""
    return not alerted and whole_best_positive >= floor


def best_positive(hits: Sequence[Hit]) -> float:
    """The best cosine among a post's positive (non-negative) exemplar hits; -1 with none."""
    return max((h.score for h in hits if h.kind != "negative"), default=-1.0)


def clause_hits(
    clauses: Sequence[str],
    hits: Sequence[Sequence[Hit]],
    templates: Mapping[str, Template],
    policy: MatchPolicy,
    whole: Sequence[Hit] | None = None,
    discount: float = 0.0,
) -> list[list[Hit]]:
    """Each clause's hits less those of the templates a guard stops on the clause's own reading
    (:func:`monitor.core.matching.guarded_templates`: its own negatives, stance, a person's true fact):
    the whole post's guards read the post, and a clause must not lift a template its own reading rejects.
    Given the ``whole`` post's hits, a clause that raises none of them (:func:`raises_any`) gives no hits and
    its guards are not read: the merge is the same either way."""
    out: list[list[Hit]] = []
    for clause, own in zip(clauses, hits, strict=True):
        if whole is not None and not raises_any(whole, own, discount):
            out.append([])  # nothing it could add to the post's hits: its guards need not be read
            continue
        stopped = guarded_templates(clause, own, templates, policy)
        out.append([h for h in own if h.template_id not in stopped])
    return out


def raises_any(whole: Sequence[Hit], own: Sequence[Hit], discount: float) -> bool:
    """Whether a clause's hits would raise a positive exemplar of the post's hits (:func:`merge_hits`: its
    cosine less ``discount`` over the whole post's, or an exemplar the post did not reach). A clause that
    raises none changes nothing, so its guards and the post's second decision can be skipped."""
    best = {(h.template_id, h.kind, h.index): h.score for h in whole}
    for h in own:
        if h.kind == "negative":
            continue
        known = best.get((h.template_id, h.kind, h.index))
        if known is None or h.score - discount > known:
            return True
    return False


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


def lifting_clause(
    whole: Sequence[Hit],
    clauses: Sequence[str],
    parts: Sequence[Sequence[Hit]],
    template_id: str,
    discount: float,
) -> tuple[str, float] | None:
    """The clause that gave ``template_id`` its best positive cosine in :func:`merge_hits`, with that cosine
    (less ``discount``, as merged), or None where the whole post's own cosine is as high: what on-call reads
    as "the claim was found in this sentence" when a long post alerts on one of its clauses."""
    own = (h.score for h in whole if h.template_id == template_id and h.kind != "negative")
    best = max(own, default=-1.0)
    found: tuple[str, float] | None = None
    for clause, hits in zip(clauses, parts, strict=True):
        for h in hits:
            if h.template_id != template_id or h.kind == "negative":
                continue
            score = h.score - discount
            if score > best:
                best, found = score, (clause, score)
    return found


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
