"""The worker's matcher, built from settings in one place: the stream worker and the console's "try it" box
run the same processor (same policy, thresholds, k, runbook default), so what ops see before saving a
template is what the worker will decide."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from monitor.config import Settings
from monitor.core.hubness import HubnessEstimator
from monitor.core.langid import LanguageDetector
from monitor.embedding import Embedder
from monitor.embedding.distil_process import BackgroundDistil
from monitor.embedding.static import estimate_minutes, open_static_embedder
from monitor.pipeline.cascade import CascadeStage, cascade_from_settings, static_model_missing
from monitor.pipeline.catalogue import Catalogue
from monitor.pipeline.hubness_share import HubnessSharing
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.policies import default_runbook_url, policy_from_settings
from monitor.pipeline.processor import Processor
from monitor.storage.connections import redis_client
from monitor.storage.hubness_state import RedisHubnessStore
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry

log = logging.getLogger(__name__)


def processor_from_settings(
    settings: Settings,
    embedder: Embedder,
    registry: TemplateRegistry,
    metrics: Metrics,
    *,
    language_detector: LanguageDetector | None = None,
    with_cascade: bool = True,
) -> Processor:
    """A processor over the registry's live catalogue (loaded now). ``with_cascade=False`` leaves out the
    cheap stages (``MONITOR_CASCADE``), which never change a decision, only skip work: the "try it" box
    wants the model's own answer without a static model in the API process. With the cascade on but its
    static model not distilled yet, the processor starts without it (never blocking for minutes):
    :func:`distil_in_background` turns it on later."""
    catalogue = Catalogue(registry, metrics)
    catalogue.refresh(force=True)
    processor = Processor(
        embedder,
        registry.index(),
        catalogue,
        policy_from_settings(settings, embedder),
        metrics,
        knn_k=settings.knn_k,
        max_text_chars=settings.max_text_chars,
        language_detector=language_detector,
        default_runbook_url=default_runbook_url(settings),
    )
    attach_hubness(processor, settings)
    if with_cascade:
        processor.cascade = cascade_from_settings(
            settings, embedder, processor.policy, processor.lexical, metrics
        )
    metrics.cascade_enabled.set(1 if processor.cascade is not None else 0)
    if processor.cascade is not None and processor.cascade.static is not None:
        metrics.set_static_model_state("ready")
    return processor


def distil_in_background(
    settings: Settings,
    processor: Processor,
    metrics: Metrics,
    *,
    on_enabled: Callable[[CascadeStage], None] | None = None,
    poll_s: float = 2.0,
    command: list[str] | None = None,
) -> BackgroundDistil | None:
    """A worker with ``MONITOR_CASCADE=on`` whose static model is not in the cache: it runs with the cascade
    off (every post goes to the model; the cascade never changes a decision, only skips work) while a
    low-priority child process distils the model (or another process on the host does: it waits for
    that one), then turns the cascade on between two batches. ``on_enabled(cascade)`` runs just before
    (the candidates' burst stage). Returns the started distiller (the caller stops it when the worker
    stops: the child and its temporary folder go with it), or None when there is nothing to wait for.
    ``command`` replaces the child's command line (tests)."""
    embedder = processor.embedder
    if processor.cascade is not None or not static_model_missing(settings, embedder):
        return None

    def ready(path: Path) -> None:
        static = open_static_embedder(embedder.spec, path)
        cascade = cascade_from_settings(
            settings, embedder, processor.policy, processor.lexical, metrics, static=static
        )
        assert cascade is not None
        if on_enabled is not None:
            on_enabled(cascade)
        processor.cascade = cascade  # one reference, read once per batch: the next batch runs it
        metrics.cascade_enabled.set(1)
        metrics.set_static_model_state("ready")
        log.info("cascade on: static model %s loaded", path.name)

    def failed(_why: str) -> None:
        metrics.set_static_model_state("failed")

    distil = BackgroundDistil(
        embedder.spec,
        settings.models_dir,
        ready,
        pca_dims=settings.cascade_static_dims,
        poll_s=poll_s,
        command=command,
        on_failed=failed,
        on_status=lambda status: (
            metrics.set_static_model_state(status) if status in ("distilling", "waiting", "failed") else None
        ),
    )
    log.warning(
        "static model missing: cascade off until distilled in background (~%d min on free cores; "
        "`monitor model distill` builds it ahead)",
        estimate_minutes(embedder.spec),
    )
    metrics.set_static_model_state("distilling")
    distil.start()
    return distil


def hubness_sharing_from_settings(
    settings: Settings, processor: Processor, worker_id: str | None = None, *, read_only: bool = False
) -> HubnessSharing | None:
    """``MONITOR_HUBNESS_SHARE_S`` > 0 and a processor with a hubness estimator: the exchange of its
    observations with the other workers' through Redis (not started; ``read_only``: adopt theirs, write
    none, as the console's "try it" box does)."""
    if processor.hubness is None or settings.hubness_share_s <= 0:
        return None
    store = RedisHubnessStore(
        redis_client(settings, timeout_s=2.0),
        Keys(settings.redis_prefix),
        processor.embedder.spec.name,
        ttl_s=settings.hubness_share_ttl_s,
    )
    return HubnessSharing(processor, store, settings.hubness_share_s, worker_id, read_only=read_only)


def attach_hubness(processor: Processor, settings: Settings) -> None:
    """``MONITOR_HUBNESS_WEIGHT`` > 0 (default 1) and a multilingual model: the processor estimates each
    exemplar's hubness from the Chinese posts it sees and corrects cross-script cosines with it
    (docs/history/MULTILINGUAL-ROUNDS.md, "A second tuning set…")."""
    # an English-only model (no cross-script offset: MiniLM) reads Chinese posts as before
    if settings.hubness_weight > 0 and processor.policy.cross_language_offset > 0:
        processor.hubness = HubnessEstimator(settings.hubness_k, settings.hubness_min_posts)
        processor.hubness_weight = settings.hubness_weight
        processor.hubness_bridged_offset = settings.hubness_bridged_offset
