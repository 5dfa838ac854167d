"""The worker's matcher, built from settings in one place: the stream worker and the console's "try it" box
run the same processor (same policy, thresholds, k, runbook default), so what ops see before saving a
template is what the worker will decide."""

from __future__ import annotations

from monitor.config import Settings
from monitor.core.hubness import HubnessEstimator
from monitor.core.langid import LanguageDetector
from monitor.embedding import Embedder
from monitor.pipeline.cascade import cascade_from_settings
from monitor.pipeline.catalogue import Catalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.policies import default_runbook_url, policy_from_settings
from monitor.pipeline.processor import Processor
from monitor.storage.registry import TemplateRegistry


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
    wants the model's own answer without distilling a static model in the API process."""
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
    return processor


def attach_hubness(processor: Processor, settings: Settings) -> None:
    """``MONITOR_HUBNESS_WEIGHT`` > 0 (default 1) and a multilingual model: the processor estimates each
    exemplar's hubness from the Chinese posts it sees and corrects cross-script cosines with it
    (docs/MULTILINGUAL.md, "Hubness")."""
    # an English-only model (no cross-script offset: MiniLM) reads Chinese posts as before
    if settings.hubness_weight > 0 and processor.policy.cross_language_offset > 0:
        processor.hubness = HubnessEstimator(settings.hubness_k, settings.hubness_min_posts)
        processor.hubness_weight = settings.hubness_weight
        processor.hubness_bridged_offset = settings.hubness_bridged_offset
