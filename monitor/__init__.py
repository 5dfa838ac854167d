"""Streaming rumour and scam monitor.

Public API: settings, models, the decision layer, embedders, the registry and the errors.

Layers, each importing only those before it (tests/unit/test_layers.py keeps it so)::

    config, errors        leaves: anyone may import them
    core                  pure: models, text, lexical, matching, incidents, candidates, evaluation, alerts
    embedding             the Embedder interface; torch, ONNX, E5 conversion, a hashing fake
    storage               Redis and Kafka adapters: keys, registry, vector index, dedup, stores
    pipeline              the batch processor, catalogue, hooks, sinks, metrics (no faust)
    streams, api, tools   the faust worker; the ops API and console; eval, bench, chaos, demo
    cli                   the ``monitor`` command line, on top of everything

``streams`` (the faust app) is a separate top-level package at the ``streams/api/tools`` level: the CLI
starts it (``monitor worker``); nothing below the CLI imports it.
"""

__version__ = "0.1.0"

from monitor.config import Settings, get_settings
from monitor.core.matching import Decision, Hit, MatchPolicy, decide
from monitor.core.models import Alert, Candidate, MatchRecord, Post, Template, TemplateIn, alert_id_for
from monitor.embedding import Embedder, HashingEmbedder, ModelSpec, load_embedder, resolve_model
from monitor.errors import (
    ConfigError,
    DependencyUnavailable,
    ModelError,
    MonitorError,
    PortInUseError,
    PostInvalid,
    RegistryError,
    StackError,
    TemplateInvalid,
    TemplateNotFound,
)
from monitor.storage.index import MemoryIndex, RedisVectorIndex, TemplateIndex
from monitor.storage.keys import Keys
from monitor.storage.registry import ImportResult, TemplateRegistry, parse_template_lines

__all__ = [
    "Alert",
    "Candidate",
    "ConfigError",
    "Decision",
    "DependencyUnavailable",
    "Embedder",
    "HashingEmbedder",
    "Hit",
    "ImportResult",
    "Keys",
    "MatchPolicy",
    "MatchRecord",
    "MemoryIndex",
    "ModelError",
    "ModelSpec",
    "MonitorError",
    "PortInUseError",
    "Post",
    "PostInvalid",
    "RedisVectorIndex",
    "RegistryError",
    "Settings",
    "StackError",
    "Template",
    "TemplateIn",
    "TemplateIndex",
    "TemplateInvalid",
    "TemplateNotFound",
    "TemplateRegistry",
    "__version__",
    "alert_id_for",
    "decide",
    "get_settings",
    "load_embedder",
    "parse_template_lines",
    "resolve_model",
]
