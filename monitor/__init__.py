"""Streaming rumour and scam monitor.

Public API: settings, models, the decision layer, embedders, the registry and the errors. The stream worker
lives in the separate ``streams`` package, which imports this one (never the reverse).
"""

__version__ = "0.1.0"

from .config import Settings, get_settings
from .embedding import Embedder, HashingEmbedder, ModelSpec, load_embedder, resolve_model
from .errors import (
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
from .index import MemoryIndex, RedisVectorIndex, TemplateIndex
from .keys import Keys
from .matching import Decision, Hit, MatchPolicy, decide
from .models import Alert, Candidate, MatchRecord, Post, Template, TemplateIn, alert_id_for
from .registry import ImportResult, TemplateRegistry, parse_template_lines

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
