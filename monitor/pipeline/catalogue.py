"""The worker's view of the enabled templates and the registered spellings: a snapshot of the registry,
reloaded in place when the catalogue version moves (hot reload); :class:`StaticCatalogue` is a fixed set
for evaluation and tests."""

from __future__ import annotations

import logging
import threading

from monitor.core.models import Template
from monitor.core.spellings import NO_SPELLINGS, Spellings
from monitor.pipeline.metrics import Metrics
from monitor.storage.registry import TemplateRegistry

log = logging.getLogger(__name__)


class Catalogue:
    """The worker's view of the enabled templates, reloaded when the catalogue version moves."""

    def __init__(self, registry: TemplateRegistry, metrics: Metrics | None = None) -> None:
        self.registry = registry
        self.metrics = metrics
        self.version = -1
        self.templates: dict[str, Template] = {}
        self.spellings: Spellings = NO_SPELLINGS
        self._lock = threading.Lock()

    def refresh(self, force: bool = False) -> bool:
        """Reload if the version changed; returns True when a reload happened."""
        current = self.registry.version()
        if not force and current == self.version:
            return False
        with self._lock:
            version, templates = self.registry.snapshot()
            spellings = self.registry.spellings()
            self.version, self.templates, self.spellings = version, templates, spellings
        if self.metrics is not None:
            self.metrics.templates_active.set(len(templates))
            self.metrics.registry_version.set(version)
            self.metrics.init_catalogue((t.id, t.category, t.severity) for t in templates.values())
        log.info(
            "catalogue v%s loaded: %d enabled templates, %d spellings",
            version,
            len(templates),
            len(spellings),
        )
        return True


class StaticCatalogue:
    """A fixed set of templates (evaluation, benchmarks, tests): same interface as :class:`Catalogue`."""

    def __init__(
        self, templates: dict[str, Template], version: int = 0, spellings: Spellings = NO_SPELLINGS
    ) -> None:
        self.templates = templates
        self.version = version
        self.spellings = spellings

    def refresh(self, force: bool = False) -> bool:
        return False
