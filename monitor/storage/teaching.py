"""Verdicts that teach the catalogue, one path for the CLI, the API and the console: a false positive's post
becomes a negative of its template, a confirmed post one of its examples (in its language, as
:func:`monitor.core.teaching.learn_example` allows). The post is read from the alert's kept record; the
template gets a new version through the registry (re-embedded, audited, picked up by running workers)."""

from __future__ import annotations

from dataclasses import dataclass

from monitor.core.models import Template, TemplateIn
from monitor.core.teaching import learn_example
from monitor.errors import RegistryError
from monitor.storage.incidents import load_alert_record
from monitor.storage.registry import TemplateRegistry

VERSION_FIELDS = {"enabled", "version", "created_at", "updated_at"}


@dataclass(frozen=True)
class Taught:
    """What a teaching step did: ``added`` or why not (``reason``), and the template's version after it."""

    added: bool
    template_version: int | None
    reason: str  # added | duplicate | negative | language_full | empty | invalid: ...
    language: str | None = None  # examples: the post's writing system


class AlertPostGone(RegistryError):
    """The alert's kept record (its post text and template) has expired or never existed."""


def add_negative(registry: TemplateRegistry, alert_id: str, actor: str) -> Taught:
    """The alert's post as a negative of its template: that post, and posts like it, stop matching."""
    text, current = _alert_post(registry, alert_id)
    if text in current.negatives:
        return Taught(False, current.version, "duplicate")
    return _save(registry, current, {"negatives": [*current.negatives, text]}, actor)


def add_example(registry: TemplateRegistry, alert_id: str, actor: str) -> Taught:
    """The alert's (confirmed) post as an example of its template, in the post's language: the next post
    written like it matches too."""
    text, current = _alert_post(registry, alert_id)
    lesson = learn_example(current.examples, current.negatives, text)
    if not lesson.added:
        return Taught(False, current.version, lesson.reason, lesson.language)
    return _save(registry, current, {"examples": list(lesson.examples)}, actor, lesson.language)


def _alert_post(registry: TemplateRegistry, alert_id: str) -> tuple[str, Template]:
    record = load_alert_record(registry.client, registry.keys, alert_id) or {}
    text, template_id = str(record.get("text", "")).strip(), record.get("template_id")
    if not text or not template_id:
        raise AlertPostGone(f"alert {alert_id!r} has no kept post text/template (record expired?)")
    return text, registry.get(str(template_id))  # TemplateNotFound when it was removed


def _save(
    registry: TemplateRegistry,
    current: Template,
    changes: dict[str, object],
    actor: str,
    language: str | None = None,
) -> Taught:
    fields = {**current.model_dump(exclude=VERSION_FIELDS), **changes}
    try:
        registry.upsert_many([TemplateIn.model_validate(fields)], actor=actor)
    except ValueError as exc:  # pydantic: e.g. the template already has the most negatives allowed
        return Taught(False, current.version, f"invalid: {exc}", language)
    return Taught(True, registry.get(current.id).version, "added", language)
