"""Settings to decision policies: the one place where ``MONITOR_*`` knobs and the model's calibration
become the pure policies of :mod:`monitor.core`."""

from __future__ import annotations

import dataclasses

from monitor.config import Settings
from monitor.core.calibration import calibrator_for
from monitor.core.greyband import grey_band_for
from monitor.core.matching import MatchPolicy
from monitor.core.pairreader import pair_reader_for, pair_swap_for, pair_vouch_for
from monitor.core.priors import script_priors_for
from monitor.core.ranking import ranker_for
from monitor.core.sellerguard import seller_waiver_for
from monitor.core.stancereader import stance_reader_for
from monitor.core.verifier import verifier_for
from monitor.embedding import Embedder
from monitor.pipeline.bridge import LAZY_BRIDGE

# MatchPolicy fields added to or compared with cosines, tuned in MiniLM's units; scaled per model
# by ModelSpec.score_scale (docs/MULTILINGUAL.md)
SCORE_UNIT_FIELDS = (
    "lexical_weight",
    "signal_weight",
    "negative_margin",
    "negative_stance_discount",
    "confidence_line_width",
    "segment_discount_zh",
)


def policy_from_settings(settings: Settings, embedder: Embedder) -> MatchPolicy:
    """The decision policy the worker and ``monitor eval`` share: thresholds are per model."""
    threshold = settings.default_threshold
    spec = embedder.spec
    policy = MatchPolicy(
        default_threshold=threshold if threshold is not None else spec.default_threshold,
        min_post_tokens=settings.min_post_tokens,
        segment_scoring=settings.segment_scoring,
        segment_scripts=frozenset({"alphabetic", "zh"} if settings.segment_chinese else {"alphabetic"}),
        segment_late=settings.segment_late_clauses,
        segment_min_whole_cosine=settings.segment_min_whole_cosine,
        cross_language_offset=spec.cross_language_offset,
        bridged_language_offset=spec.bridged_language_offset,
        calibrator=calibrator_for(spec.name, spec.score_scale),
        bridge=LAZY_BRIDGE,
        ranker=ranker_for(spec.name),  # None (the hand-set fusion order) for a model without fitted weights
        # None for a model without a fitted band, or with MONITOR_GREY_BAND off (on by default)
        grey_band=grey_band_for(spec.name) if settings.grey_band else None,
        # None for a model without a fitted verifier (only MiniLM has one), or with MONITOR_VERIFIER off
        verifier=verifier_for(spec.name) if settings.verifier else None,
        # None for a model without a fitted pair reader (E5 only), or with MONITOR_PAIR_READER off
        pair_reader=pair_reader_for(spec.name) if settings.pair_reader else None,
        # None for a model without a fitted waiver, or with MONITOR_SELLER_WAIVER off
        seller_waiver=seller_waiver_for(spec.name) if settings.seller_waiver else None,
        # None without the reader, without fitted vouching parameters, or with MONITOR_PAIR_VOUCH off
        pair_vouch=pair_vouch_for(spec.name) if settings.pair_reader and settings.pair_vouch else None,
        # None without the reader, without fitted swap parameters, or with MONITOR_PAIR_SWAP off
        pair_swap=pair_swap_for(spec.name) if settings.pair_reader and settings.pair_swap else None,
        # None for a model without a fitted reader accepted for a language, or with MONITOR_STANCE_READER off
        stance_reader=stance_reader_for(spec.name) if settings.stance_reader else None,
        confidence_line=settings.confidence_line or None,  # 0: off
        confidence_line_width=settings.confidence_line_width,
        # None for a model without fitted offsets, or with MONITOR_SCRIPT_PRIORS off
        script_priors=script_priors_for(spec.name) if settings.script_priors else None,
    )
    if spec.score_scale != 1.0:  # additive terms in this model's own score units
        fields = [name for name in SCORE_UNIT_FIELDS if hasattr(policy, name)]
        scaled = {name: round(getattr(policy, name) * spec.score_scale, 6) for name in fields}
        policy = dataclasses.replace(policy, **scaled)
    return policy


def default_runbook_url(settings: Settings) -> str:
    """Where an alert or incident without a template-specific runbook points."""
    return f"{settings.runbook_base_url.rstrip('/')}/template-spreading.md"
