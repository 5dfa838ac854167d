"""The decision layer: nearest exemplars and lexical scores in, one decision per post out. Pure: no I/O,
no model.

Flow for one post::

    dense hits (exemplars near the post: template text, examples, negatives, with cosine scores)
    + BM25 of the post against each template's positive exemplars (monitor.lexical)
      -> per-template candidates: best positive exemplar (dense), best negative exemplar, BM25
      -> fused = dense + lexical_weight * bm25 / (bm25 + lexical_saturation)
                 [+ signal_weight * shared scam signals, for scam templates]
      -> ranked (this order is what ``monitor eval`` scores as MAP@5)
      -> guards, in order, on each candidate at or above its threshold:
           short_text  the post is too short to judge
           negative    a registered look-alike (e.g. the debunk) is as close as the claim
           stance      the post denies / debunks / warns about what the template asserts, or negates
                       the template's own words ("is not open", "was never one of its inventors")
      -> the first candidate that passes alerts; the reason the best one did not is kept (suppressed_by)

The same code runs in the stream worker and in ``monitor eval``.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from monitor.core.bridge import TermBridge
from monitor.core.calibration import Calibrator, calibrator_for
from monitor.core.greyband import GreyBand, in_band
from monitor.core.hubness import HubnessCorrection
from monitor.core.langid import writing_system
from monitor.core.models import Template
from monitor.core.newsguard import news_report, not_yet_cues
from monitor.core.pairreader import VOUCH_CANDIDATES, PairReader, PairSwap, PairVouch, Vector
from monitor.core.priors import ScriptPriors
from monitor.core.ranking import CandidateEvidence, Ranker, days_between, stated_date
from monitor.core.sellerguard import WAIVABLE, SellerWaiver, waiver_features
from monitor.core.stancereader import StanceReader
from monitor.core.text import (
    PostText,
    Signals,
    analyze,
    analyze_cached,
    calls_false,
    content_terms,
    content_words,
    dismisses,
    extract_signals,
    masked_spellings,
    negated_terms,
    normalize,
    quoted_spans,
    sells_of_its_own,
    squeeze_elongation,
    stance_kinds,
    stem,
    tells_victims_loss,
)
from monitor.core.verifier import CandidateView, Verifier

# scam signals that say "this post sells / recruits / ships something" (price counts as one)
SCAM_SIGNALS = frozenset(
    {
        "price",
        "payment_ask",
        "qr_or_group_invite",
        "download_link",
        "official_claim",
        "money_promise",
        "crypto",
    }
)


# a Chinese negation read through the bridge gives English base forms; claims use them inflected
_GLOSS_ENDINGS = ("", "ed", "d", "ing", "er", "or")

SCAM_CATEGORIES = frozenset({"scam", "fraud", "phishing"})
# "Warning: the bridge closes Monday!" spreads a rumour; "Warning: this gift card offer..." exposes a scam;
# a victim's loss ("钱就这么没了") is told about a scam, not about a rumour
RUMOUR_NEUTRAL_CUES = frozenset({"warning", "loss"})
# "only testers can use it" denies a release; a scam sells access around exactly that
SCAM_NEUTRAL_CUES = frozenset({"limited"})


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
    dense: float  # best positive exemplar's cosine (a floor when only BM25 found the template)
    lexical: float  # saturated BM25, 0..1
    negative: float | None  # best negative exemplar's cosine, when one was among the hits
    exemplar: Hit
    bm25: float = 0.0
    signal: float = 0.0  # scam-signal adjustment included in ``score``
    shared_signals: tuple[str, ...] = ()
    # the learned ranker's estimate that this candidate is right (None: ranked by the fused score)
    rank_score: float | None = None


@dataclass(frozen=True)
class Decision:
    post_id: str
    matched: bool
    template_id: str | None
    score: float | None
    candidates: list[ScoredCandidate]
    explanation: dict[str, Any] = field(default_factory=dict)
    suppressed_by: str | None = None
    # the template this post would match if every threshold were 0 (guards still apply), and its score:
    # what ``monitor eval`` uses to suggest thresholds
    would_match: tuple[str, float] | None = None
    # calibrated probability that ``template_id`` (or, unmatched, the best candidate) is a correct match
    confidence: float = 0.0
    confidence_features: tuple[float, ...] | None = None  # calibration.FEATURES, for fitting and debugging
    # the catalogue has a subject (catalogue_subject: a wave's name) and the confidence read it that way
    topical: bool = True
    # unmatched: the template whose candidate ``suppressed_by`` stopped (it reached its threshold)
    suppressed_template: str | None = None


@dataclass(frozen=True)
class MatchPolicy:
    default_threshold: float = 0.78  # the worker takes the model's (ModelSpec.default_threshold)
    negative_margin: float = 0.0  # suppress when a negative >= best positive - margin
    negative_stance_discount: float = 0.2  # see effective_negative()
    # a neutral negative of another template weighs against a candidate's dense score plus this share of
    # its lexical bonus (_Negatives.closest); 0: against the dense score alone
    foreign_negative_lexical: float = 0.25
    # ... only when the first-ranked candidate leads every other candidate by this much of the fused score:
    # a post the ranker and the fused score do not clearly give to one template gets no relief
    foreign_negative_lead: float = 0.05
    # fused = dense + weight * bm25 / (bm25 + saturation); chosen on CheckThat! train/dev
    # (docs/history/QUALITY-CHECKTHAT.md "What each part is worth")
    lexical_weight: float = 0.5
    lexical_saturation: float = 10.0
    lexical_candidates: int = 20  # templates taken from the BM25 channel per post (besides the dense hits)
    signal_weight: float = 0.04  # scam templates: +weight when the post shares their scam signals
    min_post_tokens: int = 4
    stance_guard: bool = True
    # a scam template that shares the post's scam signals is tried before a claim (rumour) whose texts
    # lack the post's offer (link, price, payment, invite): see offer_before_claim()
    offer_before_claim: bool = True
    max_candidates: int = 5
    # claims in passing (monitor.core.segments): the dense channel also scores the clauses of a long post
    # and keeps each exemplar's best cosine; a clause's cosine counts ``segment_discount`` less
    # off in the bare policy; the worker's setting (MONITOR_SEGMENT_SCORING) is on by default since its
    # clause work was bounded and pruned (docs/history/QUALITY-ENGLISH.md "Pruned clause work")
    segment_scoring: bool = False
    segment_discount: float = 0.05
    # the writing systems whose posts are split (monitor.core.segments.clause_script_ok): English and its
    # neighbours by default; "zh" adds Chinese posts, cut at sentence ends and line breaks, each sentence
    # that names the wave scored, its cosine counting ``segment_discount_zh`` less (in MiniLM's units,
    # scaled per model as the other additive terms)
    segment_scripts: frozenset[str] = frozenset({"alphabetic"})
    # an English post's clauses after the first six that name the wave are scored too, each with the one
    # after it (monitor.core.segments.readable_clauses): a notice board's claim in its eighth line
    segment_late: bool = False
    segment_discount_zh: float = 0.05
    # ...only for a post whose whole text comes this close to a claim or example already. 0: every post that
    # names the wave (a claim at the foot of a long form comes as low as 0.07 on its whole text); the worker's
    # setting (MONITOR_SEGMENT_MIN_WHOLE_COSINE) was 0.35 until its pre-registered unseen reads
    # (docs/history/QUALITY-ENGLISH.md "The clause floor"); a post that does not name the wave is never split
    segment_min_whole_cosine: float = 0.0
    # a post that names the person a claim is about must also say what the claim says of them
    # (claim_predicate): the name and the topic alone are a fact about the person, not the claim
    predicate_guard: bool = True
    # a report of what the maker or a named outlet says or did that says the thing is not out yet ("OpenAI
    # says … before any wider release", "据OpenAI介绍…尚未向公众开放") is not a claim that it is out: it
    # stops a candidate in a post that sells nothing, a scam's only without any scam signal in the post
    # (monitor.core.newsguard)
    news_guard: bool = True
    # subtracted from the default threshold when the post and the nearest exemplar are written in
    # different scripts (a Chinese post against an English exemplar): a multilingual model scores
    # translations lower than same-language paraphrases, and BM25 adds almost nothing across scripts
    cross_language_offset: float = 0.0
    # the offset for a Chinese post against an alphabetic exemplar when the cross-script bridge gives BM25
    # English terms for it (``bridge``): the lexical channel then carries part of what the model misses,
    # so less is taken off the threshold; None: ``cross_language_offset`` (docs/MULTILINGUAL.md)
    bridged_language_offset: float | None = None
    # turns a decision into ``confidence``; None: MiniLM's fitted calibrator (the worker sets the model's)
    calibrator: Calibrator | None = None
    # reads Chinese negation scopes in the catalogue's English words for the stance guard ("没有公布权重"
    # -> publish, weight); the worker sets the cross-script bridge, None reads only English negation
    bridge: TermBridge | None = None
    # orders candidates (monitor.core.ranking); None: by the fused score. Thresholds stay on the fused score
    ranker: Ranker | None = None
    # CSLS-style correction of cross-script cosines (monitor.core.hubness): an exemplar close to every
    # post of the other script counts less; None: off (docs/history/MULTILINGUAL-ROUNDS.md, "A second
    # tuning set…")
    hubness: HubnessCorrection | None = None
    # fitted per-template offsets (monitor.core.priors) that pick which of a Chinese post's close candidates
    # leads: a template close to every Chinese post about the wave (the paid course) does not alert past a
    # sibling its offset lets lead; scores and thresholds are unchanged. None: off
    script_priors: ScriptPriors | None = None
    # the corroborated grey band (monitor.core.greyband): a Chinese post's first candidate a little under
    # the cross-script line alerts when independent evidence agrees; None: off (docs/MULTILINGUAL.md)
    grey_band: GreyBand | None = None
    # the learned verifier (monitor.core.verifier): a logistic estimate over what the rules measure of
    # each of the first candidates decides which, if any, alerts; None: the rules decide (docs/QUALITY.md)
    verifier: Verifier | None = None
    # the Chinese pair reader (monitor.core.pairreader): a learned reading of post and claim together that
    # may stop a Chinese post's alert against a claim in another script; None: off (docs/MULTILINGUAL.md)
    pair_reader: PairReader | None = None
    # the seller's waiver (monitor.core.sellerguard): a learned reading of whether a post the stance guard
    # or a negative stops still sells; at its cut the first such candidate over its line alerts after all.
    # None: off (docs/history/QUALITY-ENGLISH.md "A learned waiver for sellers that vouch")
    seller_waiver: SellerWaiver | None = None
    # the same reader vouching in a narrow band under the line (monitor.core.pairreader.PairVouch): a
    # Chinese post nothing alerts whose guard-free first candidate it reads as right alerts; None: off
    pair_vouch: PairVouch | None = None
    # the same reader picking between a Chinese post's first two candidates when they are close
    # (monitor.core.pairreader.PairSwap): sibling claims; None: off (docs/MULTILINGUAL.md)
    pair_swap: PairSwap | None = None

    # the stance reader (monitor.core.stancereader): a learned reading of the post's vector that stops an
    # alert it reads as a debunk, warning or loss report (never one the seller waiver made); None: off
    # (docs/history/QUALITY-ENGLISH.md "A learned stance reader")
    stance_reader: StanceReader | None = None
    # the confidence line: a post nothing alerted and no guard or reader stopped alerts on its first
    # candidate, under that candidate's line, when the calibrated confidence that it is right reaches this
    # probability and no guard stops it there either (a template with a threshold of its own keeps it;
    # only a catalogue with a subject). None: off (docs/QUALITY.md "The confidence line")
    confidence_line: float | None = None
    # how far under its threshold (fused score, MiniLM units; scaled per model) the confidence line reaches:
    # the cheap pre-filters (the cascade's gate, retro-match) keep every post within it that shares words
    # with the template (line_reach), so that they never change what the line decides. On first reads 55 of
    # its 59 English lifts were within 0.2
    confidence_line_width: float = 0.2

    def threshold_for(self, template: Template, post_script: str, exemplar_text: str) -> float:
        """The threshold one candidate must reach: the template's own, else the default, lowered by
        :attr:`cross_language_offset` across scripts (an explicit template threshold is kept as set).
        ``post_script`` is :func:`post_writing_system` of the post."""
        if template.threshold is not None:
            return template.threshold
        if (
            self.cross_language_offset
            and (exemplar_script := _exemplar_writing_system(exemplar_text)) != post_script
        ):
            bridged = self.bridged_language_offset
            if self.hubness is not None and self.hubness.bridged_offset is not None:
                bridged = self.hubness.bridged_offset  # the offset chosen with the correction
            if (
                bridged is not None
                and self.bridge is not None
                and post_script == "zh"
                and exemplar_script == "alphabetic"
            ):
                return self.default_threshold - bridged
            return self.default_threshold - self.cross_language_offset
        return self.default_threshold

    def lowest_threshold(self, template: Template) -> float:
        """The lowest threshold any candidate of this template can get (for cheap pre-filters)."""
        if template.threshold is not None:
            return template.threshold
        hub = self.hubness.bridged_offset if self.hubness is not None else None
        offsets = (self.cross_language_offset, self.bridged_language_offset or 0.0, hub or 0.0)
        band = self.grey_band.width if self.grey_band is not None and self.cross_language_offset else 0.0
        # the verifier weighs candidates this far under their line (monitor.core.verifier)
        verified = self.verifier.width if self.verifier is not None else 0.0
        # the pair reader vouches this far under the cross-script line
        vouched = (
            self.pair_vouch.width
            if self.pair_vouch is not None and self.pair_reader is not None and self.cross_language_offset
            else 0.0
        )
        return self.default_threshold - max(offsets) - max(band, verified, vouched)

    def line_reach(self, template: Template) -> float:
        """How much further under :meth:`lowest_threshold` the confidence line can alert a post on this
        template, for a post that shares words with it (BM25): the line lifts no other (see
        :func:`_confidence_line`), so the cheap pre-filters lower their bar by this much only for such
        pairs."""
        if self.confidence_line is None or template.threshold is not None:
            return 0.0
        return self.confidence_line_width

    def line_lexical_floor(self) -> float:
        """The least saturated BM25 a candidate needs for the confidence line to lift it: below it, the
        calibrator's weights cannot reach the line within its reach (Calibrator.lexical_floor). The cheap
        pre-filters lower their bar only for pairs at or over it."""
        if self.confidence_line is None:
            return 1.0
        calibrator = self.calibrator or _default_calibrator()
        return calibrator.lexical_floor(
            self.confidence_line,
            width=self.confidence_line_width,
            lexical_weight=self.lexical_weight,
            signal_weight=self.signal_weight,
        )

    def post_writing_system(self, post_text: str) -> str:
        """The post's side of :meth:`threshold_for`; not computed when the policy has no offset."""
        return writing_system(post_text) if self.cross_language_offset else ""

    @property
    def max_bonus(self) -> float:
        """The most that lexical and signal terms add to a dense cosine (for cheap pre-filters)."""
        return self.lexical_weight + self.signal_weight


@dataclass(frozen=True)
class TemplateProfile:
    """What the guards need to know about a template, computed once per template version."""

    stance: frozenset[str]  # stance cue kinds its positive texts already carry
    negated: frozenset[str]  # words its positive texts negate themselves ("no waitlist")
    signals: frozenset[str]  # scam signals of its positive texts
    is_scam: bool
    claim_negates: bool = False  # the claim itself is phrased with a negation ("none of it was filmed")
    # "not yet" cues its positive texts carry themselves (monitor.core.newsguard): never read against it
    not_yet: frozenset[str] = frozenset()


# exemplars recur from post to post, posts do not: only the exemplar side is cached
_exemplar_writing_system = functools.lru_cache(maxsize=65536)(writing_system)


@functools.lru_cache(maxsize=65536)
def template_profile(template: Template) -> TemplateProfile:
    positives = (template.text, *template.examples)
    stance: set[str] = set()
    negated: set[str] = set()
    signals: set[str] = set()
    for text in positives:
        stance |= stance_kinds(text)
        negated |= negated_terms(text)
        signals |= set(extract_signals(text).names())
    return TemplateProfile(
        stance=frozenset(stance),
        negated=frozenset(negated),
        signals=frozenset(signals & SCAM_SIGNALS),
        is_scam=template.category in SCAM_CATEGORIES,
        claim_negates=bool(negated_terms(template.text)),
        not_yet=frozenset().union(*(not_yet_cues(normalize(text)) for text in positives)),
    )


def _saturate(bm25: float, policy: MatchPolicy) -> float:
    return bm25 / (bm25 + policy.lexical_saturation) if bm25 > 0 else 0.0


def _signal_adjustment(
    signals: Signals, template: Template | None, policy: MatchPolicy
) -> tuple[float, tuple[str, ...]]:
    """Scam templates: reward a post that carries the template's scam signals (price, invite, download…),
    penalise one that carries none of them (talk about the topic, not the offer)."""
    if template is None or not policy.signal_weight or template.category not in SCAM_CATEGORIES:
        return 0.0, ()
    return signal_reward(
        frozenset(signals.names()) & SCAM_SIGNALS, template_profile(template).signals, policy.signal_weight
    )


def signal_reward(
    post_signals: frozenset[str], template_signals: frozenset[str], weight: float
) -> tuple[float, tuple[str, ...]]:
    """What a scam template with scam signals ``template_signals`` adds to a post's fused score, given
    the post's scam signals (``post_signals``, already within :data:`SCAM_SIGNALS`): half the weight per
    shared signal, up to the whole; minus the weight when the post carries none at all (talk about the
    topic, not the offer); nothing otherwise. The cascade's gate reads the same function, so its bars
    take this term exactly (monitor.pipeline.cascade)."""
    if not template_signals:
        return 0.0, ()
    shared = tuple(sorted(post_signals & template_signals))
    if shared:
        return weight * min(len(shared), 2) / 2, shared
    if not post_signals:
        return -weight, ()
    return 0.0, ()


def rank_candidates(
    post_text: str | PostText,
    hits: Sequence[Hit],
    policy: MatchPolicy,
    *,
    lexical: Mapping[str, float] | None = None,
    templates: Mapping[str, Template] | None = None,
) -> list[ScoredCandidate]:
    """Group exemplar hits per template, add BM25 (``lexical``: template id -> BM25) and scam signals,
    and score each template. Templates only BM25 found get the weakest dense hit as their dense floor."""
    post = post_text if isinstance(post_text, PostText) else analyze(post_text)
    best_pos: dict[str, Hit] = {}
    best_neg: dict[str, float] = {}
    floor = min((h.score for h in hits), default=0.0)
    for hit in hits:
        if hit.kind == "negative":
            best_neg[hit.template_id] = max(best_neg.get(hit.template_id, -1.0), hit.score)
        elif hit.template_id not in best_pos or hit.score > best_pos[hit.template_id].score:
            best_pos[hit.template_id] = hit
    lexical = lexical or {}
    for tid, bm25 in lexical.items():
        if tid not in best_pos and bm25 > 0 and (templates is None or tid in templates):
            text = templates[tid].text if templates is not None else ""
            best_pos[tid] = Hit(tid, "text", 0, text, floor)
    out = []
    for tid, hit in best_pos.items():
        bm25 = float(lexical.get(tid, 0.0))
        lex = _saturate(bm25, policy)
        template = templates.get(tid) if templates is not None else None
        adjust, shared = _signal_adjustment(post.signals, template, policy)
        fused = hit.score + policy.lexical_weight * lex + adjust
        out.append(ScoredCandidate(tid, fused, hit.score, lex, best_neg.get(tid), hit, bm25, adjust, shared))
    if policy.ranker is not None and out:
        evidence = candidate_evidence(post, hits, out, templates, floor)
        out = [
            dataclasses.replace(c, rank_score=round(r, 6))
            for c, r in zip(out, policy.ranker.scores(evidence), strict=True)
        ]
        out.sort(key=lambda c: (-(c.rank_score or 0.0), -c.score, c.template_id))
        return out
    out.sort(key=lambda c: (-c.score, c.template_id))
    return out


def candidate_evidence(
    post: PostText,
    hits: Sequence[Hit],
    candidates: Sequence[ScoredCandidate],
    templates: Mapping[str, Template] | None,
    floor: float | None = None,
) -> list[CandidateEvidence]:
    """What the learned ranker reads of each candidate (monitor.core.ranking), in ``candidates`` order."""
    if floor is None:
        floor = min((h.score for h in hits), default=0.0)
    positives: dict[str, list[float]] = {}
    best_text: dict[str, float] = {}
    best_example: dict[str, float] = {}
    for hit in hits:
        if hit.kind == "negative":
            continue
        positives.setdefault(hit.template_id, []).append(hit.score)
        best = best_text if hit.kind == "text" else best_example
        best[hit.template_id] = max(best.get(hit.template_id, hit.score), hit.score)
    post_terms = content_terms(post.normalized)  # posts do not recur: not cached
    post_words = content_words(post.normalized, normalized=True)
    post_word_set = frozenset(post_words)
    post_pairs = frozenset(itertools.pairwise(post_words))
    post_numbers = frozenset(_NUMBER.findall(post.normalized))
    post_date = stated_date(post.raw)
    out = []
    for c in candidates:
        scores = sorted(positives.get(c.template_id, ()), reverse=True)
        template = templates.get(c.template_id) if templates is not None else None
        claim = _claim_terms(template) if template is not None else frozenset()
        words = _text_words(template.text) if template is not None else _NO_WORDS
        examples = [_text_words(e).unique for e in template.examples] if template is not None else []
        out.append(
            CandidateEvidence(
                template_id=c.template_id,
                dense=c.dense,
                dense_found=bool(scores),
                second=scores[1] if len(scores) > 1 else floor,
                bm25=c.bm25,
                lexical=c.lexical,
                coverage=len(claim & post_terms) / len(claim) if claim else 0.0,
                exemplar_text=c.exemplar.kind == "text",
                signal=c.signal,
                bigram=len(words.pairs & post_pairs) / len(words.pairs) if words.pairs else 0.0,
                numbers_missing=bool(words.numbers) and not (words.numbers & post_numbers),
                text_coverage=len(words.unique & post_word_set) / len(words.unique) if words.unique else 0.0,
                example_coverage=max((len(e & post_word_set) / len(e) for e in examples if e), default=0.0),
                dense_text=best_text.get(c.template_id, floor),
                dense_example=best_example.get(c.template_id, floor),
                claim_words=len(words.words),
                exemplar_hits=len(scores),
                days=days_between(post_date, template.first_seen) if template is not None else None,
            )
        )
    return out


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class _TextWords:
    """A template text's content words (in order), their set, consecutive pairs and numbers."""

    words: tuple[str, ...]
    unique: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    numbers: frozenset[str]


_NO_WORDS = _TextWords((), frozenset(), frozenset(), frozenset())


@functools.lru_cache(maxsize=65536)
def _text_words(text: str) -> _TextWords:
    words = tuple(content_words(text))
    return _TextWords(
        words,
        frozenset(words),
        frozenset(itertools.pairwise(words)),
        frozenset(_NUMBER.findall(normalize(text))),
    )


@functools.lru_cache(maxsize=65536)
def _claim_terms(template: Template) -> frozenset[str]:
    """The content words of a template's positive texts (its claim, examples, a claim's title)."""
    out: set[str] = set()
    for text in (template.text, *template.examples):
        out |= _terms(text)
    return frozenset(out)


@functools.lru_cache(maxsize=65536)
def _terms(text: str) -> frozenset[str]:
    """content_terms of template texts, which come back post after post."""
    return frozenset(content_terms(text))


# a capitalised word inside a sentence (not its first word): a name ("Xie Saining", "Jiao Tong")
_CAPITALISED = re.compile(r"(?<=[\w,;:)'\"]\s)([A-Z][a-z]+|[A-Z]{2,6})\b")


def claim_names(template: Template, templates: Mapping[str, Template]) -> frozenset[str]:
    """The names a claim is about: words written capitalised inside a sentence in at least two of the
    template's positive texts and in no other template's text ("xie", "saining", "sjtu" for the
    inventor rumour; not "OpenAI" or "Sora", which every claim of the wave names)."""
    catalogue = _catalogue_terms(templates)
    seen: dict[str, int] = {}
    for text in (template.text, *template.examples):
        caps: set[str] = set()
        for word in _CAPITALISED.findall(text):
            caps |= _terms(word)
        for term in caps:
            seen[term] = seen.get(term, 0) + 1
    own = _terms(template.text)
    names = frozenset(t for t, n in seen.items() if n >= 2 and catalogue.counts.get(t, 0) <= int(t in own))
    # a person is named by two words at least (given name and family name); one capitalised word is a
    # product, a nationality or an acronym ("API", "Chinese"), and what is said of it varies too much
    return names if len(names) >= NAME_MIN_TERMS else frozenset()


NAME_MIN_TERMS = 2
# words that share their first letters share a root: "inventors", "co-invented", "co-inventing";
# "creators", "created"
PREDICATE_PREFIX = 5


def _same_root(a: str, b: str) -> bool:
    return a == b or (
        len(a) >= PREDICATE_PREFIX
        and len(b) >= PREDICATE_PREFIX
        and a[:PREDICATE_PREFIX] == b[:PREDICATE_PREFIX]
    )


def claim_predicate(
    post: PostText, template: Template, templates: Mapping[str, Template], topic: frozenset[str]
) -> bool | None:
    """Whether a post that names the person (or place) a claim is about also says what the claim says of
    them: it shares a word of the claim's positive texts beyond those names, the topic ("sora") and words a
    quarter of the catalogue uses ("video", "model"). None when the claim names no one or the post does not
    name them. "Xie Saining wrote that if something like Sora appears in China …" names the man and the
    topic, never that he invented, created or led anything: a true fact about him, not the claim."""
    names = claim_names(template, templates)
    words = _terms(post.normalized)
    if not names or not words & names:
        return None
    catalogue = _catalogue_terms(templates)
    limit = max(2, catalogue.size // 4)
    predicate = {
        t
        for t in _claim_terms(template) - names - topic - catalogue.subject
        if catalogue.counts.get(t, 0) <= limit
    }
    parts = {part for w in words for part in (w, *w.split("-"))}
    return any(_same_root(w, p) for w in parts for p in predicate)


def topic_terms(
    candidates: Sequence[ScoredCandidate], templates: Mapping[str, Template], limit: int | None = 5
) -> frozenset[str]:
    """Words most of a post's candidate templates share ("sora", "openai" in a Sora catalogue): they say
    what the post is about, not what it claims, so negating or quoting them is no debunk. ``limit``: how
    many of the best candidates are read (None: all)."""
    texts = [templates[c.template_id].text for c in candidates[:limit] if c.template_id in templates]
    if len(texts) < 3:
        return frozenset()
    counts: dict[str, int] = {}
    for text in texts:
        for term in _terms(text):
            counts[term] = counts.get(term, 0) + 1
    return frozenset(t for t, n in counts.items() if n * 2 > len(texts))


def subject_terms(
    candidates: Sequence[ScoredCandidate], templates: Mapping[str, Template], topic: frozenset[str]
) -> frozenset[str]:
    """The catalogue's subject around a post: words of its ``topic`` (shared by most of its five best
    candidates) that most of ALL its candidates (dense and BM25, up to ~40) share too. In a catalogue of
    one wave that is its name ("sora"); in a catalogue of unrelated claims (CheckThat!) five candidates
    often share a common word ("said", "photo", "president") that the rest do not: no subject."""
    if not topic:
        return frozenset()
    return topic & topic_terms(candidates, templates, limit=None)


OPEN_CATALOGUE_MIN_TEMPLATES = 100


def catalogue_subject(templates: Mapping[str, Template]) -> frozenset[str]:
    """Words more than half of the catalogue's templates share (a catalogue of one wave: "sora"; a
    catalogue of unrelated claims, like CheckThat!'s fact-checks: none). It picks the confidence
    calibrator's domain (monitor.core.calibration)."""
    return _catalogue_terms(templates).subject


def catalogue_name(templates: Mapping[str, Template]) -> frozenset[str]:
    """The words that name a wave's catalogue: those of every template text ("sora"), else the subject's
    (:func:`catalogue_subject`); empty for a catalogue of unrelated claims. A claim made in passing names
    it, so only such a post's clauses are scored (monitor.core.segments)."""
    terms = _catalogue_terms(templates)
    return terms.common or terms.subject


def off_subject_whatever_the_scores(
    normalized: str, templates: Mapping[str, Template], lexical_templates: int, policy: MatchPolicy
) -> bool:
    """True when the ``off_subject`` guard (:func:`_guard`) is sure to stop every candidate of a post,
    whatever its dense hits, so that the post cannot match: read from the normalised text and the number
    of catalogue templates it shares a BM25 term with (``lexical_templates``), before any transformer.

    The guard's subject is the words most of the post's first five candidates share that most of all its
    candidates share too (:func:`subject_terms`). With at least three candidates, a word of *every*
    template's text is in it, so the subject is never empty; the BM25 channel alone gives that many
    (its ``lexical_candidates`` best templates are always candidates). And a word of a single template's
    text is never in it (it needs more than half of at least three texts). So a post that shares a BM25
    term with three templates and no word with two or more templates' texts is stopped by the guard on
    every candidate. Only a catalogue with a word common to all its template texts (one wave: "sora")
    gives this; elsewhere it is False."""
    terms = _catalogue_terms(templates)
    if terms.size < 3 or not terms.common or min(lexical_templates, policy.lexical_candidates) < 3:
        return False
    if any(terms.counts.get(t, 0) >= 2 for t in content_terms(normalized)):
        return False
    # a star-masked word ("s*ra") may spell the subject: the guard reads it so (masked_spellings)
    return not masked_spellings(normalized, (t for t, n in terms.counts.items() if n >= 2))


@dataclass(frozen=True)
class _CatalogueTerms:
    size: int  # templates
    counts: Mapping[str, int]  # in how many template texts each word occurs
    subject: frozenset[str]  # words of more than half of them (from three templates on)
    common: frozenset[str] = frozenset()  # words of every one of them


_CATALOGUES: list[tuple[Mapping[str, Template], _CatalogueTerms]] = []  # the last few catalogues


def _catalogue_terms(templates: Mapping[str, Template]) -> _CatalogueTerms:
    """The one scan of the catalogue's texts behind :func:`catalogue_subject` and :func:`siblings`.
    Computed once per catalogue snapshot: the worker replaces its snapshot on reload rather than editing
    it in place."""
    for known, terms in _CATALOGUES:
        if known is templates and terms.size == len(templates):
            return terms
    counts: dict[str, int] = {}
    for template in templates.values():
        for term in _terms(template.text):
            counts[term] = counts.get(term, 0) + 1
    n = len(templates)
    subject = frozenset(t for t, c in counts.items() if c * 2 > n) if n >= 3 else frozenset()
    terms = _CatalogueTerms(n, counts, subject, frozenset(t for t, c in counts.items() if c == n))
    _CATALOGUES.insert(0, (templates, terms))
    del _CATALOGUES[4:]
    return terms


def stance_conflict(
    post: PostText, exemplar_text: str, template: Template, topic: frozenset[str] = frozenset()
) -> str | None:
    """Why the post argues against what the template asserts, or None.

    ``cue:<kind>``  the post denies / debunks / warns, and the template's own texts do not (a bare warning
                    only counts against scam templates: rumours spread as warnings too); a cue that only
                    negates what the claim negates itself ("this shot is not real" against "none of it
                    was filmed, not a single real camera") says the claim (:func:`claim_stance`)
    ``negation``    the post negates words of the claim that the template never negates ("is not open",
                    "was never one of its inventors"; against a claim phrased with a negation, "none of it
                    was filmed": "not AI generated" negates the claim, "nothing was filmed" repeats it)
    ``quoted``      the post puts the claim's words in scare quotes ("the 'Sora app' is …")
    """
    profile = template_profile(template)
    stance = claim_stance(post, profile)
    neutral = SCAM_NEUTRAL_CUES if profile.is_scam else RUMOUR_NEUTRAL_CUES
    new_kinds = sorted(stance - profile.stance - neutral)
    if new_kinds:
        return f"cue:{new_kinds[0]}"
    if not (post.negated or post.quoted):
        return None
    claim_words = (_terms(exemplar_text) | _terms(template.text)) - topic
    if claim_negation(post, profile) & claim_words:
        return "negation"
    if post.quoted & claim_words:
        return "quoted"
    return None


def claim_stance(post: PostText, profile: TemplateProfile) -> frozenset[str]:
    """The post's stance kinds, less those it carries only through cues that negate nothing but what the
    template negates itself: "this drone shot is not real" (a debunk cue anywhere else) says what "none of
    it was filmed, not a single real camera involved" says. Any other cue still counts."""
    if not profile.negated or not post.stance:
        return post.stance
    kept: set[str] = set()
    dropped: set[str] = set()
    for cue in post.cues:
        words = content_terms(cue)
        kinds = stance_kinds(cue, normalized=True)
        (dropped if words and words <= profile.negated else kept).update(kinds)
    return post.stance - (dropped - kept)


def argues_against(post: PostText, template: Template) -> bool:
    """Does the post argue (deny, debunk, negate, scare-quote) beyond what the template itself says?

    For a claim without negations of its own this is :attr:`PostText.argues`: any cue, negation or quote.
    A claim phrased with a negation ("none of it was filmed") is repeated with one ("nothing was filmed",
    "this is not real footage"): such a post argues only when a cue remains (:func:`claim_stance`), it
    quotes, or one of its negations reaches none of the words the claim negates itself ("not AI
    generated", "isn't an app": :func:`claim_negation`), whether or not the claim uses those words: a
    post that denies something else is a debunk all the same."""
    profile = template_profile(template)
    if not profile.negated:
        return post.argues
    if claim_stance(post, profile) or post.quoted or post.negated_cjk or post.quoted_cjk:
        return True
    return bool(claim_negation(post, profile))


def claim_negation(post: PostText, profile: TemplateProfile) -> frozenset[str]:
    """The words the post negates that could deny the claim: not those the claim negates itself, nor
    the rest of a negation that reaches one of them ("not real footage" repeats "not a single real camera";
    "not AI generated" does not)."""
    if not profile.negated:
        return post.negated
    repeated: frozenset[str] = frozenset().union(*(s for s in post.negated_scopes if s & profile.negated))
    return post.negated - repeated - profile.negated


# what an offer carries and a claim about the same thing does not: a place to go (a link), a price, a way
# to pay or to join. A download alone is not one: "download it from the app store" is the rumour itself
OFFER_SIGNALS = frozenset({"link", "price", "payment_ask", "qr_or_group_invite", "crypto"})


def offer_before_claim(
    ranked: Sequence[ScoredCandidate],
    post: PostText,
    templates: Mapping[str, Template],
    window: int,
) -> list[ScoredCandidate]:
    """A scam exploits a rumour: "OpenAI released an official Sora app" (claim) and "download the Sora
    app from this link" (scam) share almost every word, and the claim often scores higher. When the post
    carries an offer (a link, a price, a payment ask, an invite) that the claim's own texts lack, and a scam
    template within the first ``window`` candidates shares the post's scam signals, that scam template is
    tried before the claim: the post sells the thing the rumour talks about."""
    if not ranked or not set(post.signals.names()) & OFFER_SIGNALS:
        return list(ranked)
    out = list(ranked)
    head = out[:window]
    for i, cand in enumerate(head):
        profile = template_profile(templates[cand.template_id])
        if profile.is_scam:
            continue
        extra = (
            set(post.signals.names()) - profile.signals - set(_template_offer(templates[cand.template_id]))
        )
        if not extra & OFFER_SIGNALS:
            continue
        for j in range(i + 1, len(head)):
            other = head[j]
            if (
                template_profile(templates[other.template_id]).is_scam
                and other.shared_signals
                and siblings(templates[cand.template_id], templates[other.template_id], templates)
            ):
                out.insert(i, out.pop(j))
                return out
        return out
    return out


SIBLING_MIN_TERMS = 2


def siblings(claim: Template, scam: Template, templates: Mapping[str, Template]) -> bool:
    """A scam that exploits a claim names the same thing: their texts share at least
    :data:`SIBLING_MIN_TERMS` words beyond the catalogue's subject that at most a quarter of the
    catalogue's templates use, at least two ("app", "download", "phone" for the official-app rumour and
    the fake-app download; not "video" or "today")."""
    catalogue = _catalogue_terms(templates)
    shared = (_terms(claim.text) & _terms(scam.text)) - catalogue.subject
    limit = max(2, catalogue.size // 4)
    return sum(1 for t in shared if catalogue.counts.get(t, 0) <= limit) >= SIBLING_MIN_TERMS


@functools.lru_cache(maxsize=65536)
def _template_offer(template: Template) -> tuple[str, ...]:
    """The offer signals (link included) of a template's positive texts."""
    names: set[str] = set()
    for text in (template.text, *template.examples):
        names |= set(extract_signals(text).names())
    return tuple(sorted(names & OFFER_SIGNALS))


def effective_negative(hit: Hit, post: PostText, policy: MatchPolicy, argues: bool | None = None) -> float:
    """A negative exemplar's cosine, discounted when the negative argues (denies, negates, warns) and the
    post does not: then the two only share a topic, and the post is no more the debunk than the claim is.
    ``argues``: whether the post argues against the candidate at hand (:func:`argues_against`); None:
    :attr:`PostText.argues`."""
    argues = post.argues if argues is None else argues
    if policy.negative_stance_discount and not argues and analyze_cached(hit.text).argues:
        return hit.score - policy.negative_stance_discount
    return hit.score


def decide(
    post_id: str,
    post_text: str,
    hits: Sequence[Hit],
    templates: Mapping[str, Template],
    policy: MatchPolicy,
    *,
    lexical: Mapping[str, float] | None = None,
    post: PostText | None = None,
    post_vector: Vector | None = None,
    claim_vector: Callable[[Template], Vector] | None = None,
) -> Decision:
    """Turn one post's exemplar hits (and BM25 scores) into a decision with its explanation.

    ``post_vector`` (the post's query vector) and ``claim_vector`` (a template's claim as a passage vector)
    are read only by :attr:`MatchPolicy.pair_reader`; without them it does not apply."""
    prep = _prepare(post_text, hits, templates, policy, lexical, post)
    post, hits, ranked, top, negatives, topic, subject = (
        prep.post,
        prep.hits,
        prep.ranked,
        prep.top,
        prep.negatives,
        prep.topic,
        prep.subject,
    )
    # the open-catalogue weights were fitted on 14,231 unrelated claims: a small catalogue without a subject
    # (a test, a first few templates) keeps the conservative topical weights
    topical = bool(catalogue_subject(templates)) or len(templates) < OPEN_CATALOGUE_MIN_TEMPLATES
    base: dict[str, Any] = {
        **post.signals.as_dict(),
        "stance_cues": list(post.cues),
    }
    if post.negated:
        base["negated_terms"] = sorted(post.negated)
    if prep.demoted:
        # the template priors let the first candidate lead past these (monitor.core.priors): on-call sees why
        # a template with a higher score did not alert
        base["priors_demoted"] = sorted(prep.demoted)

    first_reason: str | None = None
    first_suppressed: str | None = None  # the template the first guard stopped
    first_detail: str | None = None
    script = policy.post_writing_system(post_text)
    chosen: tuple[ScoredCandidate, float, float | None] | None = None  # candidate, its line, band estimate
    argued = False  # a candidate above was stopped because the post negates or scare-quotes its words
    for cand in ranked:
        if cand.template_id in prep.demoted:
            continue  # the template priors let a sibling lead this post (monitor.core.priors)
        template = templates[cand.template_id]
        threshold = policy.threshold_for(template, script, cand.exemplar.text)
        band_p = None
        if cand.score < threshold:
            band_p = _grey_band(cand, ranked, threshold, template, post, policy, script)
            if band_p is None:
                continue  # thresholds differ per template and across scripts: a lower one may still pass
        reason, detail = _guard(cand, template, post, policy, negatives, topic, subject, templates)
        if reason is not None:
            if first_reason is None:
                first_reason, first_detail, first_suppressed = reason, detail, cand.template_id
            argued = argued or (reason == "stance" and detail in ("negation", "quoted"))
            continue
        if argued and not asserted_apart(post.raw, template, topic):
            # the post argues with the words of a claim ranked above: a claim below it alerts only when a
            # clause of its own asserts it without arguing ("The Louvre is open every night, but the bridge
            # will not close"), else it is a weaker reading of the same post, not what the post asserts
            break
        chosen = (cand, threshold, band_p)
        break
    waived: dict[str, Any] | None = None
    if policy.seller_waiver is not None and policy.seller_waiver.applies(post):
        waivable = _first_waivable(prep, templates, policy, script)
        if waivable is not None and (chosen is None or ranked.index(chosen[0]) > waivable.index):
            lift, p = policy.seller_waiver.waives(waivable.features)
            waived = {
                "probability": round(p, 4),
                "template_id": waivable.template_id,
                "guard": waivable.reason,
                "waived": lift,
            }
            if lift:
                chosen = (ranked[waivable.index], waivable.threshold, None)
    verified: dict[str, Any] | None = None
    if policy.verifier is not None and _verifier_applies(
        policy.verifier, ranked, chosen is None, policy, templates
    ):
        # the learned verifier decides among the first candidates (monitor.core.verifier): the rules'
        # readings are among its features, their verdict is not final (band mode: only when they let
        # nothing alert)
        view, p = policy.verifier.choose(_views(prep, templates, policy, policy.verifier.window))
        rules = chosen[0].template_id if chosen is not None else None
        verified = {"probability": round(p, 4), "rules": rules}
        if view is None:
            if chosen is not None:
                first_reason, first_detail, first_suppressed = "verifier", None, rules
            chosen = None
        elif view.template_id != rules:
            chosen = (ranked[view.index], view.threshold, None)
    swapped: dict[str, Any] | None = None
    if chosen is not None and post_vector is not None and claim_vector is not None:
        swapped = _pair_swap(chosen[0], prep, templates, policy, script, post_text, post_vector, claim_vector)
        if swapped is not None and swapped["swapped"]:
            chosen = (prep.ranked[1], swapped["line"], None)
    paired: dict[str, Any] | None = None
    if chosen is not None and post_vector is not None and claim_vector is not None:
        paired = _pair_read(
            chosen[0], chosen[1], templates, policy, script, post_text, post_vector, claim_vector
        )
        if paired is not None and paired["stopped"]:
            first_reason, first_detail, first_suppressed = "pair_reader", None, chosen[0].template_id
            chosen = None
    vouched: dict[str, Any] | None = None
    if chosen is None and post_vector is not None and claim_vector is not None:
        vouched = _pair_vouch(prep, templates, policy, script, post_text, post_vector, claim_vector)
        if vouched is not None and vouched["lifted"]:
            chosen = (ranked[0], vouched["line"], None)
    lined: dict[str, Any] | None = None
    if chosen is None and first_reason is None and policy.confidence_line is not None and topical and ranked:
        lined, chosen = _confidence_line(prep, top, templates, policy, negatives, topic, subject, script)
    stanced: dict[str, Any] | None = None
    if (
        chosen is not None
        and policy.stance_reader is not None
        and post_vector is not None
        and not (waived is not None and waived["waived"] and chosen[0].template_id == waived["template_id"])
        and policy.stance_reader.applies(post)
    ):
        # the last word on an alert the rules (or the pair reader's vouch) made: the post itself read as
        # a debunk, warning or loss report stops it (monitor.core.stancereader)
        stop, p = policy.stance_reader.reads(post, post_vector)
        stanced = {"probability": round(p, 4), "template_id": chosen[0].template_id, "stopped": stop}
        if stop:
            first_reason, first_detail, first_suppressed = "stance_reader", None, chosen[0].template_id
            chosen = None
    # what the learned readers read of this post, matched or not (the explanation's entries)
    readings = {
        key: value
        for key, value in (
            ("seller_waiver", waived),
            ("verifier", verified),
            ("pair_reader", paired),
            ("pair_vouch", vouched),
            ("pair_swap", swapped),
            ("stance_reader", stanced),
            ("confidence_line", lined),
        )
        if value is not None
    }
    if chosen is not None:
        cand, threshold, band_p = chosen
        template = templates[cand.template_id]
        explanation = {
            **base,
            "nearest_exemplar": {
                "kind": cand.exemplar.kind,
                "index": cand.exemplar.index,
                "text": cand.exemplar.text,
                "score": round(cand.dense, 4),
            },
            "scores": _scores(cand, threshold),
            "template_signals": sorted(template_profile(template).signals),
            "shared_signals": list(cand.shared_signals),
        }
        if band_p is not None:
            explanation["grey_band"] = {"probability": round(band_p, 4), "line": threshold}
        explanation.update(readings)
        calibrator = policy.calibrator or _default_calibrator()
        confidence, x = calibrator.confidence(
            top or [cand], cand.template_id, threshold, True, None, topical=topical, script=script
        )
        explanation["scores"]["confidence"] = confidence
        return Decision(
            post_id,
            True,
            cand.template_id,
            cand.score,
            top,
            explanation,
            None,
            (cand.template_id, cand.score),
            confidence,
            x,
            topical,
        )

    explanation = {**base, **readings}
    confidence, x = 0.0, None
    if ranked:
        best = ranked[0]
        threshold = policy.threshold_for(templates[best.template_id], script, best.exemplar.text)
        calibrator = policy.calibrator or _default_calibrator()
        stopped = first_reason if first_suppressed == best.template_id else None
        if stopped is None and lined is not None and lined.get("guard"):
            stopped = lined["guard"]  # a guard stopped it under its line: read as stopped, like over it
        confidence, x = calibrator.confidence(
            top, best.template_id, threshold, False, stopped, topical=topical, script=script
        )
        explanation["best"] = {"template_id": best.template_id, **_scores(best, threshold)}
        explanation["best"]["confidence"] = confidence
    if first_detail:
        explanation["suppressed_detail"] = first_detail
    would = None
    for cand in top:
        template = templates[cand.template_id]
        if _guard(cand, template, post, policy, negatives, topic, subject, templates)[0] is None:
            would = (cand.template_id, cand.score)
            break
    return Decision(
        post_id,
        False,
        None,
        None,
        top,
        explanation,
        first_reason,
        would,
        confidence,
        x,
        topical,
        suppressed_template=first_suppressed,
    )


# a negative at least this close to the post is that post, or a repost of it, marked false by a person
# (``monitor alerts feedback … false-positive --add-negative``): the seller waiver never overrides it
WAIVER_COPY_COSINE = 0.95


@dataclass(frozen=True)
class WaivableCandidate:
    """The first candidate over its line that the ``negative`` or ``stance`` guard stops, before any
    candidate the rules let alert, with the seller waiver's features (monitor.core.sellerguard)."""

    index: int  # in the ranked candidates
    template_id: str
    threshold: float
    reason: str
    detail: str | None
    features: Any  # numpy row of sellerguard.FEATURES


def waivable_candidate(
    post_text: str,
    hits: Sequence[Hit],
    templates: Mapping[str, Template],
    policy: MatchPolicy,
    *,
    lexical: Mapping[str, float] | None = None,
    post: PostText | None = None,
) -> WaivableCandidate | None:
    """What the seller waiver would read of a post (None: no candidate for it): the input
    ``scripts/fit_seller_guard.py`` fits on, computed as :func:`decide` computes it."""
    prep = _prepare(post_text, hits, templates, policy, lexical, post)
    return _first_waivable(prep, templates, policy, policy.post_writing_system(post_text))


def _first_waivable(
    prep: _Prepared, templates: Mapping[str, Template], policy: MatchPolicy, script: str
) -> WaivableCandidate | None:
    post = prep.post
    for i, cand in enumerate(prep.ranked):
        if cand.template_id in prep.demoted:
            continue
        template = templates[cand.template_id]
        threshold = policy.threshold_for(template, script, cand.exemplar.text)
        if cand.score < threshold:
            continue
        reason, detail = _guard(
            cand, template, post, policy, prep.negatives, prep.topic, prep.subject, templates
        )
        if reason is None:
            return None  # the rules let this one alert: nothing was lost to a guard before it
        if reason not in WAIVABLE:
            continue
        if quoted_to_be_dismissed(post.raw, template, templates, prep.topic):
            # a claim the post quotes to dismiss is no seller's to waive, whichever guard stopped it: what the
            # post sells after the dismissal is another offer ("'… join my team for $40'. That's a bunch of
            # baloney: … But I make Sora videos to order, $45"), unless it makes this claim again in its own
            # words (a seller running a rival's same offer down)
            continue
        if reason == "negative" and any(
            h.kind == "negative" and h.template_id == cand.template_id and h.score >= WAIVER_COPY_COSINE
            for h in prep.hits
        ):
            continue  # the template's negative is (nearly) this very post, as on-call marked it false: final
        closest = prep.negatives.closest(cand, argues_against(post, template))
        debunks = [h.score for h in prep.hits if h.kind == "negative" and analyze_cached(h.text).argues]
        others = [c.score for c in prep.ranked if c.template_id != cand.template_id]
        x = waiver_features(
            post,
            reason=reason,
            detail=detail,
            margin=cand.score - threshold,
            lead=cand.score - max(others) if others else 0.3,
            neg_gap=closest[1] - cand.dense if closest is not None else -0.3,
            debunk_gap=max(debunks) - cand.dense if debunks else -0.3,
            scam_template=template_profile(template).is_scam,
            shared=bool(cand.shared_signals),
        )
        return WaivableCandidate(i, cand.template_id, threshold, reason, detail, x)
    return None


def _pair_read(
    cand: ScoredCandidate,
    threshold: float,
    templates: Mapping[str, Template],
    policy: MatchPolicy,
    script: str,
    post_text: str,
    post_vector: Vector,
    claim_vector: Callable[[Template], Vector],
) -> dict[str, Any] | None:
    """The pair reader's reading of the alert ``cand`` would make (None: it does not apply: no reader, not
    a post of its script, an exemplar in the same script); ``stopped`` when its estimate is under its cut."""
    reader = policy.pair_reader
    if reader is None or script != reader.script:
        return None
    if _exemplar_writing_system(cand.exemplar.text) == script:
        return None
    template = templates[cand.template_id]
    reading = reader.read(
        post_vector, claim_vector(template), cand.score - threshold, post_text, template.text
    )
    return {
        "probability": round(reading.probability, 4),
        "template_id": cand.template_id,
        "stopped": reading.stopped,
    }


def _pair_vouch(
    prep: _Prepared,
    templates: Mapping[str, Template],
    policy: MatchPolicy,
    script: str,
    post_text: str,
    post_vector: Vector,
    claim_vector: Callable[[Template], Vector],
) -> dict[str, Any] | None:
    """The pair reader's vouch for a post nothing alerts (None: it does not apply): its first candidate,
    against an exemplar in another script and a template without its own threshold, at most the band's
    width under its line, stopped by no guard. ``lifted`` when :meth:`PairVouch.lifts` says so."""
    vouch, reader = policy.pair_vouch, policy.pair_reader
    if vouch is None or reader is None or script != reader.script or not prep.ranked:
        return None
    cand = prep.ranked[0]
    template = templates[cand.template_id]
    if template.threshold is not None or _exemplar_writing_system(cand.exemplar.text) == script:
        return None
    threshold = policy.threshold_for(template, script, cand.exemplar.text)
    margin = cand.score - threshold
    if not -vouch.width <= margin < 0:
        return None
    guard = _guard(cand, template, prep.post, policy, prep.negatives, prep.topic, prep.subject, templates)
    if guard[0] is not None:
        return None
    p = reader.probability(post_vector, claim_vector(template), margin, post_text, template.text)
    cues = bool(prep.post.cues)
    other = 0.0
    if vouch.first:
        # the reader's best reading of another of the first candidates' claims, each at its own margin
        for c in prep.top[:VOUCH_CANDIDATES]:
            if c.template_id == cand.template_id:
                continue
            t = templates[c.template_id]
            line = policy.threshold_for(t, script, c.exemplar.text)
            q = reader.probability(post_vector, claim_vector(t), c.score - line, post_text, t.text)
            other = max(other, q)
    return {
        "probability": round(p, 4),
        "template_id": cand.template_id,
        "line": threshold,
        "cues": cues,
        "other": round(other, 4),
        "lifted": vouch.lifts(p, margin, cues, other),
    }


def _pair_swap(
    first: ScoredCandidate,
    prep: _Prepared,
    templates: Mapping[str, Template],
    policy: MatchPolicy,
    script: str,
    post_text: str,
    post_vector: Vector,
    claim_vector: Callable[[Template], Vector],
) -> dict[str, Any] | None:
    """The pair reader's pick between the alert on the post's first candidate ``first`` and its second
    candidate (None: it does not apply: no swap, not a post of the reader's script, the alert not on the
    first candidate, an exemplar in the same script, a template with its own threshold, a guard stopping
    the second). ``swapped`` when :meth:`PairSwap.swaps` says so; ``line`` is the second's line."""
    swap, reader = policy.pair_swap, policy.pair_reader
    if swap is None or reader is None or script != reader.script or len(prep.ranked) < 2:
        return None
    second = prep.ranked[1]
    if first is not prep.ranked[0] or second.template_id in (first.template_id, *prep.demoted):
        return None
    one, two = templates[first.template_id], templates[second.template_id]
    if (
        one.threshold is not None
        or two.threshold is not None
        or _exemplar_writing_system(first.exemplar.text) == script
        or _exemplar_writing_system(second.exemplar.text) == script
    ):
        return None
    gap = first.score - second.score
    if gap > swap.gap:
        return None
    guard = _guard(second, two, prep.post, policy, prep.negatives, prep.topic, prep.subject, templates)
    if guard[0] is not None:
        return None
    line_one = policy.threshold_for(one, script, first.exemplar.text)
    line_two = policy.threshold_for(two, script, second.exemplar.text)
    p_one = reader.probability(post_vector, claim_vector(one), first.score - line_one, post_text, one.text)
    p_two = reader.probability(post_vector, claim_vector(two), second.score - line_two, post_text, two.text)
    return {
        "first": first.template_id,
        "first_probability": round(p_one, 4),
        "template_id": second.template_id,
        "probability": round(p_two, 4),
        "gap": round(gap, 4),
        "line": line_two,
        "swapped": swap.swaps(p_one, p_two, gap),
    }


def _verifier_applies(
    verifier: Verifier,
    ranked: Sequence[ScoredCandidate],
    unmatched: bool,
    policy: MatchPolicy,
    templates: Mapping[str, Template],
) -> bool:
    """Whether the verifier has anything to weigh: in band mode only a post the rules let nothing alert
    with one of its first candidates sharing the post's scam signals within reach of its lowest line (a
    cheap bound before any guard runs; the exact check is :meth:`Verifier.eligible`)."""
    if not ranked:
        return False
    if verifier.mode == "full":
        return True
    return unmatched and any(
        c.shared_signals and c.score >= policy.lowest_threshold(templates[c.template_id])
        for c in ranked[: verifier.window]
    )


@dataclass(frozen=True)
class _Prepared:
    post: PostText
    hits: Sequence[Hit]
    ranked: list[ScoredCandidate]
    top: list[ScoredCandidate]
    negatives: _Negatives
    topic: frozenset[str]
    subject: frozenset[str]
    # the candidates the template priors moved the lead past (monitor.core.priors): they do not alert
    demoted: frozenset[str] = frozenset()


def _prepare(
    post_text: str,
    hits: Sequence[Hit],
    templates: Mapping[str, Template],
    policy: MatchPolicy,
    lexical: Mapping[str, float] | None,
    post: PostText | None,
) -> _Prepared:
    """What every guard of :func:`decide` reads: the post's reading, its ranked candidates, its negatives,
    the topic and subject of its candidates."""
    post = post or analyze(post_text)
    if (post.negated_cjk or post.quoted_cjk) and policy.bridge is not None:
        post = dataclasses.replace(
            post,
            negated=post.negated | _bridged(post.negated_cjk, policy.bridge),
            quoted=post.quoted | _bridged(post.quoted_cjk, policy.bridge),
        )
    # the post's writing system, read once for the two cross-script corrections that need it
    corrected = policy.hubness is not None or policy.script_priors is not None
    script = writing_system(post_text) if corrected else ""
    if policy.hubness is not None:
        hits = _hub_corrected(hits, policy.hubness, script)
    ranked = [
        c
        for c in rank_candidates(post, hits, policy, lexical=lexical, templates=templates)
        if c.template_id in templates
    ]
    if policy.offer_before_claim:
        ranked = offer_before_claim(ranked, post, templates, policy.max_candidates)
    demoted: frozenset[str] = frozenset()
    if policy.script_priors is not None:
        ranked, demoted = policy.script_priors.reorder(ranked, script, _exemplar_writing_system)
    negatives = _Negatives(
        [h for h in hits if h.kind == "negative" and h.template_id in templates],
        post,
        policy,
        clear_leader(ranked, policy.foreign_negative_lead),
    )
    topic = topic_terms(ranked, templates) if ranked else frozenset()
    subject = subject_terms(ranked, templates, topic)
    return _Prepared(post, hits, ranked, ranked[: policy.max_candidates], negatives, topic, subject, demoted)


def candidate_views(
    post_text: str,
    hits: Sequence[Hit],
    templates: Mapping[str, Template],
    policy: MatchPolicy,
    *,
    lexical: Mapping[str, float] | None = None,
    post: PostText | None = None,
    window: int | None = None,
) -> list[CandidateView]:
    """What the decision layer measures of each of the post's first candidates (``window``, default
    :attr:`MatchPolicy.max_candidates`): the learned verifier's input (monitor.core.verifier), also what
    ``scripts/fit_verifier.py`` fits on."""
    prep = _prepare(post_text, hits, templates, policy, lexical, post)
    return _views(prep, templates, policy, window or policy.max_candidates)


def _views(
    prep: _Prepared, templates: Mapping[str, Template], policy: MatchPolicy, window: int
) -> list[CandidateView]:
    post = prep.post
    script = policy.post_writing_system(post.raw)
    debunks = [h.score for h in prep.hits if h.kind == "negative" and analyze_cached(h.text).argues]
    debunk = max(debunks, default=None)
    offers = bool(post.signals.names())
    question = "?" in post.raw or "？" in post.raw
    views = []
    for i, cand in enumerate(prep.ranked[:window]):
        template = templates[cand.template_id]
        threshold = policy.threshold_for(template, script, cand.exemplar.text)
        reason, detail = _guard(
            cand, template, post, policy, prep.negatives, prep.topic, prep.subject, templates
        )
        if reason == "stance":
            reason = f"stance:{detail}"
        closest = prep.negatives.closest(cand, argues_against(post, template))
        others = [c.score for c in prep.ranked if c.template_id != cand.template_id]
        profile = template_profile(template)
        views.append(
            CandidateView(
                template_id=cand.template_id,
                index=i,
                score=cand.score,
                threshold=threshold,
                dense=cand.dense,
                lexical=cand.lexical,
                lead=cand.score - max(others) if others else 0.1,
                rank=cand.rank_score or 0.0,
                neg_gap=closest[1] - cand.dense if closest is not None else -0.3,
                debunk_gap=debunk - cand.dense if debunk is not None else -0.3,
                guard=reason,
                cues=len(post.cues),
                negated=bool(post.negated),
                quoted=bool(post.quoted),
                vouches=bool(post.vouches),
                question=question,
                offers=offers,
                shared=profile.is_scam and bool(cand.shared_signals),
                scam=profile.is_scam,
                claim_cues=bool(profile.stance),
            )
        )
    # the rules' own choice: the first candidate over its line that no guard stops
    pick = next((v for v in views if v.score >= v.threshold and v.guard is None), None)
    return [dataclasses.replace(v, pick=True) if v is pick else v for v in views]


def _grey_band(
    cand: ScoredCandidate,
    ranked: Sequence[ScoredCandidate],
    threshold: float,
    template: Template,
    post: PostText,
    policy: MatchPolicy,
    script: str,
) -> float | None:
    """The grey band's probability for a candidate under its line (None: it does not alert); only for a
    template without a threshold of its own, against an exemplar in another script than the post."""
    band = policy.grey_band
    if band is None or template.threshold is not None or script != band.script:
        return None
    if policy.hubness is not None and policy.hubness.weight and policy.hubness.script == script:
        # fitted on uncorrected cross-script scores (a small input, a worker's first Chinese posts): once
        # the hubness correction applies, its own line holds
        return None
    return in_band(
        band,
        cand,
        ranked,
        threshold,
        is_scam=template_profile(template).is_scam,
        post_script=script,
        cross_script=_exemplar_writing_system(cand.exemplar.text) != script,
        stance_cues=post.cues,
        offers=bool(post.signals.names()),
    )


def _confidence_line(
    prep: _Prepared,
    top: Sequence[ScoredCandidate],
    templates: Mapping[str, Template],
    policy: MatchPolicy,
    negatives: _Negatives,
    topic: frozenset[str],
    subject: frozenset[str],
    script: str,
) -> tuple[dict[str, Any] | None, tuple[ScoredCandidate, float, float | None] | None]:
    """The confidence line's reading of a post nothing alerted and nothing stopped: its first candidate
    alerts, under its line, when the calibrated confidence (as an unmatched decision: what the weights
    were fitted on) reaches :attr:`MatchPolicy.confidence_line` and no guard stops that candidate.
    Returns (the reading for the explanation, the chosen candidate or None); no reading where the line
    does not apply (a template with a threshold of its own: an operator's line is kept as set; a candidate
    further under its threshold than :attr:`MatchPolicy.confidence_line_width`, or that shares too few words
    with the post for the weights to reach the line, :meth:`MatchPolicy.line_lexical_floor`).

    A post whose score sits under the line can still be a sure match: its words are the claim's (BM25),
    or it leads every other template by far; the logistic weights read that, the bare threshold cannot."""
    best = prep.ranked[0]
    template = templates[best.template_id]
    line = policy.confidence_line
    if template.threshold is not None or line is None:
        return None, None
    threshold = policy.threshold_for(template, script, best.exemplar.text)
    if (
        best.score < threshold - policy.confidence_line_width
        or best.bm25 <= 0
        or best.lexical < policy.line_lexical_floor()
    ):
        # out of its reach (MatchPolicy.confidence_line_width), or too few of the claim's words for the
        # weights to reach the line at all (MatchPolicy.line_lexical_floor): the pre-filters keep only
        # such pairs within its reach, so the line must not read any other
        return None, None
    calibrator = policy.calibrator or _default_calibrator()
    p, _ = calibrator.confidence(top or [best], best.template_id, threshold, False, None, script=script)
    reading: dict[str, Any] = {"probability": p, "line": line, "template_id": best.template_id}
    if p < line:
        return {**reading, "lifted": False}, None
    reason, _detail = _guard(best, template, prep.post, policy, negatives, topic, subject, templates)
    if reason is not None:
        return {**reading, "lifted": False, "guard": reason}, None
    return {**reading, "lifted": True}, (best, threshold, None)


def clear_leader(ranked: Sequence[ScoredCandidate], lead: float) -> str | None:
    """The first-ranked candidate's template when its fused score leads every other candidate's by at
    least ``lead``, else None. The learned ranker may put first a template whose fused score is no higher
    than the next one's ("Isn't Sora open to everybody already?": the get-rich scam first by 0.02 of the
    ranker's score, 0.004 below the open-to-public rumour's fused score): such a post is not clearly in
    the first template's words, so no neighbour's look-alike is discounted for it."""
    if not ranked:
        return None
    first = ranked[0]
    if any(c.score > first.score - lead for c in ranked[1:]):
        return None
    return first.template_id


def _hub_corrected(hits: Sequence[Hit], hubness: HubnessCorrection, post_script: str) -> Sequence[Hit]:
    """``hits`` with the hubness correction taken off the cosines of exemplars in another script than
    the post (only for posts of the script the hubness was estimated on)."""
    if post_script != hubness.script or not hubness.weight:
        return hits
    out = []
    for h in hits:
        penalty = hubness.penalty((h.template_id, h.kind, h.index))
        if penalty and _exemplar_writing_system(h.text) != post_script:
            h = dataclasses.replace(h, score=h.score - penalty)
        out.append(h)
    return out


def _bridged(spans: Sequence[str], bridge: TermBridge) -> frozenset[str]:
    """Chinese negation or quote spans in the catalogue's English words. Glosses are base forms
    ("publish", "invent"); claims inflect them ("published", "inventors"), so the usual endings are added."""
    return frozenset(
        stem(t) + ending for span in spans for t in bridge.terms(span) for ending in _GLOSS_ENDINGS
    )


@functools.lru_cache(maxsize=1)
def _default_calibrator() -> Calibrator:
    return calibrator_for("all-MiniLM-L6-v2")


class _Negatives:
    """A post's negative exemplar hits, each at its :func:`effective_negative` score, and the closest one
    against a candidate (see :meth:`closest`)."""

    def __init__(self, hits: Sequence[Hit], post: PostText, policy: MatchPolicy, first: str | None) -> None:
        self._hits, self._post, self._policy, self._first = hits, post, policy, first
        self._neutral = [not analyze_cached(h.text).argues for h in hits]

    def closest(self, cand: ScoredCandidate, argues: bool) -> tuple[str, float] | None:
        """(template id, score) of the negative closest to the post, for a candidate the post argues
        against or not (:func:`argues_against`); None when the post has no negative among its hits.

        A neutral look-alike of ANOTHER template ("OpenAI has posted 48 official Sora sample videos",
        registered against the mislabelled-video rumour) says the post is not that template. Against the
        first-ranked candidate of a post that does not argue, when it clearly leads (``first``:
        :func:`clear_leader`), it weighs against the candidate's dense score
        plus :attr:`MatchPolicy.foreign_negative_lexical` of its lexical bonus: a post in the claim's own
        words is no look-alike of a neighbour. The candidate's own negatives, every arguing negative (a
        debunk), and any negative against a post that argues or a candidate further down (a fall-through
        after the best was stopped) weigh against the dense score alone."""
        best: tuple[str, float] | None = None
        relief = not argues and cand.template_id == self._first
        bonus = self._policy.foreign_negative_lexical * self._policy.lexical_weight * cand.lexical
        for hit, neutral in zip(self._hits, self._neutral, strict=True):
            score = effective_negative(hit, self._post, self._policy, argues)
            if relief and neutral and hit.template_id != cand.template_id:
                score -= bonus
            if best is None or score > best[1]:
                best = (hit.template_id, score)
        return best


# a post's clauses for asserted_apart: sentences, and the parts a "but" or a semicolon sets against each other
_APART = re.compile(r"[.!?;\n。！？；～〜]+|,?\s+but\s+", re.IGNORECASE)


def asserted_apart(raw: str, template: Template, topic: frozenset[str]) -> bool:
    """Whether a clause of the post that does not argue (no cue, negation or scare quote) shares two or
    more of the claim's content words (beyond the topic's): the post asserts that claim on its own."""
    claim = _claim_terms(template) - topic
    return any(len(c.words & claim) >= 2 and not c.reading.argues for c in _apart_clauses(raw))


# what denies another claim in a Chinese clause of argued_elsewhere beside a negation ("谢赛宁那条确实是
# 谣言", "群里转的安装包都是木马"): a warning, a loss or scare quotes say something about it, not that it is
# false. An English clause denies by a negation, by calling the other offer a scam or a fraud (below), or by
# the plain man's dismissal ("that's codswallop", monitor.core.text.dismisses); not by its other debunk
# cues: "misinformation" or "fact check" near a claim, in news and debunks, names no claim false (read with
# and without them, CheckThat! dev had two false alerts more with English debunk cues)
# A clause that tells the reader not to buy or pay for the other offer denies it too, in either language
# ("别再花九十九买什么Sora课了", "avoid them"): a refusal with no negation word.
_DENYING = frozenset({"denial", "debunk", "scam", "refuse"})
_DENYING_EN = frozenset({"scam", "refuse"})  # "the so-called Sora APK passed about on WhatsApp is a fraud"
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class _Clause:
    """One clause of a post as :func:`asserted_apart` and :func:`argued_elsewhere` read it."""

    text: str
    asked: bool  # a question mark ends it
    reading: PostText  # :func:`analyze` of the clause alone
    words: frozenset[str]  # its content words
    dismisses: bool  # it dismisses what was said in the plain man's words (text.dismisses)
    calls_false: bool  # it calls what was said false in so many words, dismissals included (text.calls_false)


# the guards read a post's clauses once per candidate, and several candidates per post: the clauses of the
# last few posts are kept here, apart from analyze_cached's exemplars, which come back post after post
@functools.lru_cache(maxsize=256)
def _apart_clauses(raw: str) -> tuple[_Clause, ...]:
    """The post's clauses: sentences, and the parts a "but" or a semicolon sets against each other
    (:data:`_APART`; the wave dash ends a clause too, "别去部署了～OpenAI正经出的是…")."""
    # a quotation a colon introduces, that argues nothing itself, is one clause with what introduces it,
    # however many sentences it holds: a boundary inside it is no boundary, and a quotation that ends a
    # sentence ("… forwards: 'One of the inventors of Sora is Xie Saining.'") ends its clause at its closing
    # mark, so the clause holds the whole quotation and the next one starts after it ("Forget that one, …": a
    # denial that answers the report, _reports). A quoted offer that runs its rivals down ("All genuine, not
    # them 'accounts' off the forum") is read sentence by sentence, as before: its own negation is no denial
    quoted = quoted_spans(raw)
    quotes = [(a, b) for a, b in quoted if _QUOTE_OPENS.search(raw, 0, a) and not analyze(raw[a:b]).argues]
    cuts: list[tuple[int, int, bool]] = []  # (end of a clause, start of the next, a question ends it)
    for m in _APART.finditer(raw):
        asked = "?" in m.group(0) or "？" in m.group(0)
        inside = next(((a, b) for a, b in quotes if a < m.start() < b), None)
        if inside is None:
            # any other English quotation that ends its sentence ("my cousin keeps saying 'Sora was built by
            # a Chinese team.' Mai jing, not true: …") keeps its closing mark too: cut there, the quotation
            # is whole in the clause that reports it (_reports), and the answer after it is not read as a
            # quotation. Not a Chinese one: a Chinese clause answers no report (_report_answered)
            ending = next(
                (
                    b
                    for a, b in quoted
                    if a < m.start() < b and _closes_quotation(raw, m, b) and not _CJK.search(raw, a, b)
                ),
                None,
            )
            cuts.append((m.start(), m.end(), asked) if ending is None else (ending, ending, asked))
        elif _closes_quotation(raw, m, inside[1]):
            cuts.append((inside[1], inside[1], asked))
    spans: list[tuple[str, bool]] = []
    start = 0
    for end, after, asked in cuts:
        spans.append((raw[start:end], asked))
        start = after
    spans.append((raw[start:], False))
    return tuple(_clause(text, asked) for text, asked in spans)


def _closes_quotation(raw: str, boundary: re.Match[str], end: int) -> bool:
    """Whether a clause boundary is the sentence end right before the closing mark of a quotation that ends at
    ``end``: the closing mark is no boundary character, so the clause is cut after it instead."""
    return boundary.end() >= end - 1 and raw[boundary.start()] in _SENTENCE_END


def _clause(text: str, asked: bool) -> _Clause:
    """A clause read once: its stance, its words, and whether it dismisses or calls false what was said."""
    reading = analyze(text)
    norm = reading.normalized
    return _Clause(text, asked, reading, frozenset(content_terms(text)), dismisses(norm), calls_false(norm))


_SENTENCE_END = frozenset(".!?。！？")
# a quotation introduced by a colon ("… forwards: 'One of …'"): an elided word ("leave 'em be … haulin'")
# opens none
_QUOTE_OPENS = re.compile(r"[:：]\s*$")


# quotation marks, or a pair of single quotes opening after a space ("offers a 'Sora API key'"): an
# apostrophe ("it's") is neither
_QUOTATION = re.compile(r"[\"“”«»「」『』]|(?:^|\s)'[^']+'")


def _reports(clause: _Clause) -> bool:
    """Whether a clause quotes someone else's words without arguing with them itself: a quotation, and no
    negation or stance cue of its own ("a man in the chat offers a 'Sora API key, official, CHF 49'")."""
    r = clause.reading
    quotes = bool(r.quoted or r.quoted_cjk or _QUOTATION.search(clause.text))
    return quotes and not (r.negated or r.negated_cjk or r.stance)


# what an English clause that answers a report dismisses it by, beside calling it false (calls_false): a
# denial or scam cue. Not every debunk cue: a clip's provenance answers with facts that may name another
# claim ("It was filmed in 2017 …", then "OpenAI has put 48 sample videos from Sora on its own website")
_ANSWERING_EN = frozenset({"denial", "scam"})


def _report_answered(
    clause: _Clause,
    cjk: bool,
    reported: frozenset[str],
    claim: frozenset[str],
    other_claims: Callable[[], list[frozenset[str]]],
    *,
    verdicts: bool = False,
) -> str | None:
    """Whose claim an English clause that dismisses (calls it false, denies it or calls it a scam; not a
    bare negation nor an answer with facts) answers, when it comes right after a report of someone else's
    words (:func:`_reports`): ``"this"`` when the report quotes this claim (two or more of its claim words,
    no fewer than of any other's), ``"other"`` when it quotes another (more of that one's), else None. With
    ``verdicts``, a verdict in words no cue reads dismisses too (:func:`_verdict`)."""
    if cjk or not reported:
        return None
    if not (clause.reading.stance & _ANSWERING_EN or clause.calls_false or (verdicts and _verdict(clause))):
        return None
    return _whose_report(reported, claim, other_claims)


def _whose_report(
    reported: frozenset[str], claim: frozenset[str], other_claims: Callable[[], list[frozenset[str]]]
) -> str | None:
    """Whose claim a report's words quote: ``"this"`` (two or more of this claim's words, no fewer than of
    any other's), ``"other"`` (two or more of another's, more than of this one's), else None."""
    mine = len(reported & claim)
    most = max((len(reported & other) for other in other_claims()), default=0)
    if mine >= 2 and mine >= most:
        return "this"
    return "other" if most >= 2 else None


def _names_this(
    words: frozenset[str], claim: frozenset[str], other_claims: Callable[[], list[frozenset[str]]]
) -> bool:
    """Whether a clause's words name this claim: two or more of its words, no fewer than of any other
    claim's. The other claims are read only when the clause shares two of this one's (most never do)."""
    shared = len(words & claim)
    return shared >= 2 and all(len(words & other) <= shared for other in other_claims())


def _other_claims(
    template: Template, templates: Mapping[str, Template], topic: frozenset[str]
) -> Callable[[], list[frozenset[str]]]:
    """The other templates' claim words (beyond the topic's), read from the catalogue on the first call
    only: most posts never need them."""
    others: list[frozenset[str]] = []

    def other_claims() -> list[frozenset[str]]:
        if not others:
            others.extend(_claim_terms(o) - topic for o in templates.values() if o is not template)
        return others

    return other_claims


def quoted_to_be_dismissed(
    raw: str, template: Template, templates: Mapping[str, Template], topic: frozenset[str]
) -> bool:
    """Whether the post quotes this claim to dismiss it and does not make it again afterwards in a clause of
    its own. Dismissed: an English clause right after a report of someone else's words that quotes this claim
    (:func:`_report_answered` with verdicts reads ``"this"``) denies it, calls it false or a scam, or gives a
    verdict on it in words no cue reads ("In the group somebody shared: 'Auditions now for the first film
    whose script Sora co-wrote …' Isso é balela, that's hogwash: …", "Lord, that's a bald-faced lie: …",
    :func:`_verdict`); a seller who vouches for his own offer ("100% legit, not a scam!") quotes no claim of
    the catalogue to dismiss it. Made again: a later clause that neither argues nor reports shares two or
    more of this claim's words, no fewer than of any other's. A seller who runs down a rival's offer and
    then makes the same one ("they sell 'Sora accounts, ¥1,200' – that's a rip-off: mine are ¥800, your own
    login") sells it all the same."""
    claim = _claim_terms(template) - topic
    other_claims = _other_claims(template, templates, topic)
    answered_here = False
    for clause, cjk, words, reported in _clauses_after_reports(raw):
        if not answered_here:
            answered_here = (
                _report_answered(clause, cjk, reported, claim, other_claims, verdicts=True) == "this"
            )
            continue
        if not clause.reading.argues and not _reports(clause) and _names_this(words, claim, other_claims):
            return False
    return answered_here


# a verdict on what was just quoted: "[a word of one's own dialect,] that's <a few words>: <why>" ("Oh,
# that's a crooked scheme, dear: those prompts are …", "Sunt gogoși, those are tall tales: those QR groups
# …"). Its words are an open class no cue list keeps up with; what it must not be is an assent ("that's
# right:", "it's true:", "that's the real deal:", "that's huge:"), unless it negates ("that's no good:")
_VERDICT = re.compile(
    r"^\W*(?:[^,:;]{1,40},\s*)?(?:that'?s|that\s+is|those\s+are|these\s+are|this\s+is|it'?s|it\s+is|them'?s)"
    r"\s+([^:]{1,40}?)\s*:\s*\S"
)
_ASSENT = re.compile(
    r"\b(?:true|real|right|legit\w*|genuine|correct|accurate|facts?|official|confirmed|good|great|huge|"
    r"amazing|awesome|deal|works?|so|it|big|news|happening|wild|insane|crazy|exciting|incredible|brilliant|"
    r"the\s+one)\b"
)
_NEGATING = re.compile(r"\b(?:no|not|nothing|nowt|never|none)\b|n'?t\b")


def _verdict(clause: _Clause) -> bool:
    """Whether an English clause opens with a verdict on what was just said (:data:`_VERDICT`) that does not
    assent to it: only read right after a report of someone else's words, where it answers that report."""
    found = _VERDICT.search(clause.reading.normalized)
    if found is None:
        return False
    said = found.group(1)
    return bool(_NEGATING.search(said)) or not _ASSENT.search(said)


def negates_report_of(
    raw: str, template: Template, templates: Mapping[str, Template], topic: frozenset[str]
) -> bool:
    """Whether an English clause that negates, and asks nothing, comes right after a report of someone
    else's words that quotes this claim (two or more of its claim words, no fewer than of any other's):
    "In the harbour chat someone keeps saying: 'OpenAI's official Sora app has landed in the stores.'
    Ohaueha, what a fuss over nothing: the 'Sora' apps in those stores are copies by other developers, and
    none of them is OpenAI's." The negation answers the report, whatever words it negates: the post argues
    against the claim it quotes. A question ("Someone said: 'Sora is open to all.' Didn't I tell you?")
    answers nothing. The report is someone else's words when a colon opens its quotation (a seller's own
    title, "'Sora for Funeral Professionals': the complete course …", is no report); and a claim phrased
    with a negation ("not a single real camera") is repeated with one, so only a negation that reaches
    other words answers it (:func:`claim_negation`)."""
    claim = _claim_terms(template) - topic
    profile = template_profile(template)
    other_claims = _other_claims(template, templates, topic)
    before = ""
    for clause, cjk, _, reported in _clauses_after_reports(raw):
        reading = clause.reading
        said, before = before, clause.text
        if cjk or clause.asked or not reported or not _COLON_QUOTE.search(said):
            continue
        if claim_negation(reading, profile) and _whose_report(reported, claim, other_claims) == "this":
            return True
    return False


# a quotation a colon opens: "someone keeps saying: 'OpenAI's official Sora app …'"
_COLON_QUOTE = re.compile(r"[:：]\s*['\"“‘«「]")


def _clauses_after_reports(
    raw: str, bridge: TermBridge | None = None
) -> Iterator[tuple[_Clause, bool, frozenset[str], frozenset[str]]]:
    """Each clause of the post (:func:`_apart_clauses`) with whether it is Chinese, its words (a Chinese
    one's read in the catalogue's English words too, through ``bridge``) and the words of the clause before
    it when that one is an English report of someone else's words (:func:`_reports`; else empty): the report
    a dismissal in this clause answers (:func:`_report_answered`)."""
    before: frozenset[str] = frozenset()
    for clause in _apart_clauses(raw):
        words = clause.words
        cjk = bool(_CJK.search(clause.text))
        if bridge is not None and cjk:
            words |= _bridged((clause.reading.normalized,), bridge)
        reported, before = before, (words if not cjk and _reports(clause) else frozenset())
        yield clause, cjk, words, reported


def argued_elsewhere(
    raw: str,
    template: Template,
    templates: Mapping[str, Template],
    topic: frozenset[str],
    bridge: TermBridge | None = None,
) -> frozenset[str]:
    """The other templates a post denies when it argues only against other claims and asserts this one in a
    clause of its own (empty when it does not): no clause that argues shares two or more of the words of this
    claim's text (beyond the topic's), one that argues shares two or more of another template's claim words,
    and one that does not argue shares two or more of this one's, and no fewer of this one's than of any other
    template's ("Sora ain't open to the public yet. BUT OpenAI put the whole thing on GitHub, weights and
    code": the negation is the other claim's, the assertion this one's). A clause denies by a negation; a
    Chinese one also by a denial, debunk or scam cue ("谢赛宁那条确实是谣言", "安装包都是木马",
    :data:`_DENYING`), an English one also by a scam cue ("the so-called Sora APK is a fraud",
    :data:`_DENYING_EN`) or a dismissal ("that's codswallop"); a denial right after a question denies what was
    asked ("开源？❌ 谣言"), and an English denial that names no claim denies the other claim the report
    before it quotes ("a man offers a 'Sora API key, CHF 49'. It's nonsense: …", :func:`_reports`). An English
    clause that dismisses right after such a report answers the report, whatever words its facts share
    (:func:`_report_answered`): it denies the claim the report quotes, and argues against this one when the
    report quotes this one ("My neighbour keeps posting: 'The official Sora app is out …' See om jama, that's
    twaddle: the 'Sora' apps in the stores are made by other developers. But this one is real: Sora is open to
    the public"). A refusal ("Don't pay", "别交钱") in a post that sells nothing of its own outside its
    quotations argues against a scam template whatever words it names
    (:func:`~monitor.core.text.sells_of_its_own`). Through ``bridge`` a Chinese clause is read in the
    catalogue's English words too."""
    claim, own = _claim_terms(template) - topic, _terms(template.text) - topic
    scam = template_profile(template).is_scam
    asserted = False
    denials: list[frozenset[str]] = []  # the words of each clause that argues by a negation
    other_claims = _other_claims(template, templates, topic)

    asked: frozenset[str] = frozenset()  # the words of the clause before, when it asks
    # reported: the clause before, when it is an English report of someone else's words (a quotation, no
    # negation or cue of its own): what a denial after it that names no claim answers
    for clause, cjk, words, reported in _clauses_after_reports(raw, bridge):
        reading = clause.reading
        question, asked = asked, (words if clause.asked else frozenset())
        if not reading.argues:
            # the clause asserts this claim, not another one it shares more words with ("we have Sora access:
            # send your script, pay per clip" shares "access" and "video" with open-to-public, more with the
            # generation service)
            asserted = asserted or (not clause.asked and _names_this(words, claim, other_claims))
        elif scam and "refuse" in reading.stance and not sells_of_its_own(raw, claim | topic):
            # a refusal ("don't pay", "别交钱") in a post that sells nothing of its own is said to an
            # offer it quotes or names: whatever words it names, it argues against a scam template. A seller
            # refuses the others' offers and makes its own: there it argues only against what it names
            return frozenset()
        elif (answered := _report_answered(clause, cjk, reported, claim, other_claims)) == "this":
            # a dismissal right after a report of this claim answers this claim, whatever words its facts
            # share with another ("'The bridge will be closed for a year.' It's all rubbish: the bridge
            # stays open every night")
            return frozenset()
        elif (answers := answered == "other") or len(words & own) < 2:
            if not (
                answers
                or reading.negated
                or reading.negated_cjk
                or reading.stance & (_DENYING if cjk else _DENYING_EN)
                or (not cjk and clause.dismisses)
            ):
                continue
            # a denial that answers a question denies what was asked ("开源？❌ 谣言", "Open source? Nope")
            denied = words | question
            if answers:
                # an English clause that dismisses right after a report of another claim answers that
                # report, whatever facts it answers with: "My neighbour keeps posting: 'The official Sora
                # app is out …' See om jama, that's twaddle: the 'Sora' apps in the stores are made by
                # other developers, not by OpenAI." Its facts may share words with the claim the post then
                # asserts apart ("But this one is real: Sora is open to the public now"): the report, not
                # those words, is what it denies
                denied |= reported
            elif (
                not cjk
                and not any(len(denied & other) >= 2 for other in other_claims())
                and len(reported & own) < 2
                and any(len(reported & other) >= 2 for other in other_claims())
            ):
                # an English denial that names no claim denies the other claim the report before it quotes
                # ("a man offers a 'Sora API key, CHF 49'. It's nonsense: OpenAI does not give Sora to the
                # public through its API")
                denied |= reported
            denials.append(denied)
        else:
            # a clause that argues in this claim's own words argues against this claim
            return frozenset()
    # the denials are set against the catalogue only for a post that asserts this claim apart
    if not asserted:
        return frozenset()
    ids = [o.id for o in templates.values() if o is not template]
    return frozenset(
        i
        for i, other in zip(ids, other_claims(), strict=True)
        if any(len(words & other) >= 2 for words in denials)
    )


def _guard(
    cand: ScoredCandidate,
    template: Template,
    post: PostText,
    policy: MatchPolicy,
    negatives: _Negatives,
    topic: frozenset[str],
    subject: frozenset[str],
    templates: Mapping[str, Template],
    *,
    whole_post: bool = True,
) -> tuple[str | None, str | None]:
    """The first guard that stops this candidate, with its detail; (None, None) when none does.
    ``whole_post`` False: ``post`` is a clause of a post that was read whole (:func:`guarded_templates`),
    so its length and whether it names the subject are the whole post's to judge, not the clause's."""
    if whole_post and post.tokens < policy.min_post_tokens:
        return "short_text", None
    if (
        whole_post
        and subject
        and not (subject & _terms(post.normalized))
        and not (subject & _terms(squeeze_elongation(post.normalized)))
        and not masked_spellings(post.normalized, subject)
    ):
        # the post never names what the claims are about (a true fact about the person a Sora rumour names,
        # without Sora): it shares a name with the claim, not the claim. The subject, not the wider topic of
        # the five best candidates: "his lab works on vision models" shares "model" with that topic, a word
        # of most Sora claims ("video model") but not what they are about. A star-masked name ("S*ra")
        # names it too (masked_spellings)
        return "off_subject", ", ".join(sorted(subject))
    if policy.predicate_guard and claim_predicate(post, template, templates, topic) is False:
        return "no_predicate", ", ".join(sorted(claim_names(template, templates)))
    # a post that argues only with another claim and asserts this one apart ("Sora isn't open to the public
    # yet, but OpenAI put the weights on GitHub") does not argue against this one: neither its negatives
    # nor its stance read the other claim's denial as this one's. A post that tells its writer's loss
    # ("钱打水漂了", "and then he blocked me") reports the offer it paid for: it is never read as asserting it
    # a negation right after a report that quotes this claim answers the report, whatever words it negates
    # ("someone keeps saying: 'The official Sora app is in the stores.' What a fuss over nothing: none of
    # those apps is OpenAI's"): the post argues against this claim, and the report asserts nothing apart
    answered = whole_post and bool(post.negated) and negates_report_of(post.raw, template, templates, topic)
    # so does a dismissal or a verdict right after such a report ("someone's renting 'Sora accounts by the
    # week, ¥1,200' Sagi da yo, it's a swindle: whoever paid …", :func:`quoted_to_be_dismissed`): a verdict's
    # words are an open class no cue list reads, so the stance guard's cues cannot be what it takes to stop
    # the claim the post quotes to call it false. Unless the post then makes that same claim in a clause of
    # its own: a seller who runs down a rival's offer and makes it again ("they sell 'Sora accounts, ¥1,200'
    # – that's a rip-off: mine are ¥800, your own login") is left to the other guards and the waiver
    dismissed = (
        whole_post
        and not answered
        and bool(post.quoted or _QUOTATION.search(post.raw))
        and quoted_to_be_dismissed(post.raw, template, templates, topic)
    )
    elsewhere = (
        whole_post
        and not answered
        and not dismissed
        and post.argues
        and "loss" not in post.stance
        and not tells_victims_loss(post.normalized)
        and bool(argued_elsewhere(post.raw, template, templates, topic, policy.bridge))
    )
    # a registered look-alike of any template that is closer than the claim says "this is not it", the
    # look-alikes of a claim the post denies included: setting those aside (n3b) let a debunk through on its
    # unseen reads, a post that denies a prompt pack in its look-alike's words and the public release in
    # a negation the reading took for an assertion (docs/QUALITY.md "What was tried and rejected")
    closest = negatives.closest(cand, False if elsewhere else argues_against(post, template))
    if closest is not None and closest[1] >= cand.dense - policy.negative_margin:
        return "negative", closest[0]
    if (
        policy.stance_guard
        and not elsewhere
        and (
            detail := stance_conflict(post, cand.exemplar.text, template, topic)
            or ("negation" if answered else None)
            or ("verdict" if dismissed else None)
        )
    ):
        return "stance", detail
    if policy.news_guard and (detail := _news(post, template)):
        return "news", detail
    return None, None


def _news(post: PostText, template: Template) -> str | None:
    """The news guard's reading (monitor.core.newsguard). Against a scam template only when the post carries
    no scam signal at all (not even an "official" claim): a report that sells nothing is no scam, even when
    its words ("invited artists … try it") come close to one ("join our group to audition"); a seller
    around the restriction always carries one."""
    profile = template_profile(template)
    if profile.is_scam and set(post.signals.names()) & SCAM_SIGNALS:
        return None
    return news_report(post.raw, post.normalized, profile.not_yet)


def guarded_templates(
    clause: str, hits: Sequence[Hit], templates: Mapping[str, Template], policy: MatchPolicy
) -> frozenset[str]:
    """The templates a guard of :func:`decide` stops on a clause's own reading (``clause``: normalised
    text, ``hits``: its own exemplar hits, its negatives among them; no lexical channel): the predicate
    guard (a true fact about a named person), the clause's own negative exemplars and the stance guard.
    Such a clause gives those templates none of its cosines (monitor.core.segments.clause_hits)."""
    prep = _prepare(clause, hits, templates, policy, None, None)
    return frozenset(
        c.template_id
        for c in prep.ranked
        if _guard(
            c,
            templates[c.template_id],
            prep.post,
            policy,
            prep.negatives,
            prep.topic,
            prep.subject,
            templates,
            whole_post=False,
        )[0]
        is not None
    )


def _scores(cand: ScoredCandidate, threshold: float) -> dict[str, Any]:
    return {
        "fused": round(cand.score, 4),
        "dense": round(cand.dense, 4),
        "lexical": round(cand.lexical, 4),
        "bm25": round(cand.bm25, 3),
        "signal": round(cand.signal, 4),
        "negative": None if cand.negative is None else round(cand.negative, 4),
        "threshold": threshold,
    }
