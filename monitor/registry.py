"""The template registry: Redis is the source of truth for templates and their vectors.

Every change bumps the template's version, the catalogue version (workers poll it and reload within a
second) and appends an audit entry. Vectors are computed once, when a template is registered or its
texts change; the stream worker never re-embeds templates on its hot path.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import redis

from .embedding import Embedder
from .errors import TemplateNotFound
from .index import RedisVectorIndex
from .keys import Keys
from .models import Template, TemplateIn, iso, utcnow

ProgressFn = Callable[[int], None]


def current_actor() -> str:
    try:
        return pwd.getpwuid(os.getuid()).pw_name
    except KeyError:  # pragma: no cover
        return str(os.getuid())


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
        }


class TemplateRegistry:
    """Redis-backed registry. ``embedder`` is needed only for writes (vectors) and vector checks."""

    def __init__(self, client: redis.Redis, keys: Keys, embedder: Embedder | None = None) -> None:
        self.client = client
        self.keys = keys
        self.embedder = embedder

    # --- reads -------------------------------------------------------------------------------------
    def version(self) -> int:
        return int(self.client.get(self.keys.catalogue_version) or 0)

    def get(self, template_id: str) -> Template:
        raw = self.client.hget(self.keys.template(template_id), "json")
        if raw is None:
            raise TemplateNotFound(template_id)
        return Template.model_validate_json(raw)

    def ids(self) -> list[str]:
        return sorted(self.client.smembers(self.keys.template_ids))  # type: ignore[arg-type]

    def all(self) -> list[Template]:
        ids = self.ids()
        pipe = self.client.pipeline(transaction=False)
        for tid in ids:
            pipe.hget(self.keys.template(tid), "json")
        return [Template.model_validate_json(raw) for raw in pipe.execute() if raw is not None]

    def snapshot(self) -> tuple[int, dict[str, Template]]:
        """(catalogue version, enabled templates by id), read consistently enough for a worker reload."""
        version = self.version()
        return version, {t.id: t for t in self.all() if t.enabled}

    # --- writes ------------------------------------------------------------------------------------
    def _require_embedder(self) -> Embedder:
        if self.embedder is None:
            raise RuntimeError("this registry was built without an embedder; writes need one")
        return self.embedder

    def index(self) -> RedisVectorIndex:
        emb = self._require_embedder()
        return RedisVectorIndex(self.client, self.keys, emb.spec.name, emb.dim)

    def upsert_many(
        self,
        templates: Sequence[TemplateIn],
        *,
        actor: str | None = None,
        progress: ProgressFn | None = None,
        chunk: int = 256,
    ) -> ImportResult:
        """Add or update templates; idempotent by id (identical content is a no-op, no version bump)."""
        emb = self._require_embedder()
        index = self.index()
        index.ensure()
        actor = actor or current_actor()
        result = ImportResult()
        latest: dict[str, TemplateIn] = {}
        for t in templates:  # last line wins for duplicate ids within one import
            latest[t.id] = t
        items = list(latest.values())
        for start in range(0, len(items), chunk):
            part = items[start : start + chunk]
            pipe = self.client.pipeline(transaction=False)
            for t in part:
                pipe.hget(self.keys.template(t.id), "json")
            existing = [None if raw is None else Template.model_validate_json(raw) for raw in pipe.execute()]
            changed: list[tuple[TemplateIn, Template | None]] = []
            for t, old in zip(part, existing, strict=True):
                if (
                    old is not None
                    and TemplateIn.model_validate(old.model_dump()).content_fields() == t.content_fields()
                ):
                    result.unchanged += 1
                else:
                    changed.append((t, old))
            if changed:
                texts = [text for t, _ in changed for _, _, text in t.exemplars()]
                vectors = emb.encode_passages(texts)
                self._write(changed, vectors, actor)
                for _, old in changed:
                    if old is None:
                        result.imported += 1
                    else:
                        result.updated += 1
            if progress is not None:
                progress(len(part))
        return result

    def _write(
        self, changed: list[tuple[TemplateIn, Template | None]], vectors: np.ndarray, actor: str
    ) -> None:
        emb = self._require_embedder()
        model = emb.spec.name
        now = iso(utcnow())
        pipe = self.client.pipeline(transaction=True)
        row = 0
        for t, old in changed:
            if old is not None:
                self._delete_vectors(pipe, old, model)
            stored = Template(
                **t.model_dump(),
                enabled=old.enabled if old is not None else True,
                version=(old.version + 1) if old is not None else 1,
                created_at=old.created_at if old is not None else now,
                updated_at=now,
            )
            pipe.hset(self.keys.template(t.id), mapping={"json": stored.model_dump_json()})
            pipe.sadd(self.keys.template_ids, t.id)
            for kind, i, text in t.exemplars():
                pipe.hset(
                    self.keys.vector(model, t.id, kind, i),
                    mapping={
                        "template_id": t.id,
                        "kind": kind,
                        "idx": i,
                        "text": text,
                        "enabled": "1" if stored.enabled else "0",
                        "vec": vectors[row].astype(np.float32).tobytes(),
                    },
                )
                row += 1
            self._audit(
                pipe, t.id, "update" if old is not None else "add", stored.version, actor, _diff(old, stored)
            )
        pipe.incr(self.keys.catalogue_version)
        pipe.execute()
        self._announce()

    def _delete_vectors(self, pipe: Any, template: TemplateIn, model: str) -> None:
        for kind, i, _ in template.exemplars():
            pipe.delete(self.keys.vector(model, template.id, kind, i))

    def _audit(
        self, pipe: Any, template_id: str, action: str, version: int, actor: str, changes: dict[str, Any]
    ) -> None:
        entry = {
            "template_id": template_id,
            "action": action,
            "version": version,
            "actor": actor,
            "at": iso(utcnow()),
            "changes": json.dumps(changes, ensure_ascii=False),
        }
        # one stream per template (its history) and one for the whole catalogue (what changed lately)
        pipe.xadd(self.keys.template_audit(template_id), entry, maxlen=1000, approximate=True)
        pipe.xadd(self.keys.audit_stream, entry, maxlen=100_000, approximate=True)

    def _announce(self) -> None:
        with contextlib.suppress(redis.RedisError):  # the version counter is the signal; pub/sub a hint
            self.client.publish(self.keys.catalogue_channel, self.version())

    def set_enabled(self, template_id: str, enabled: bool, *, actor: str | None = None) -> Template:
        old = self.get(template_id)
        if old.enabled == enabled:
            return old
        new = old.model_copy(
            update={"enabled": enabled, "version": old.version + 1, "updated_at": iso(utcnow())}
        )
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(self.keys.template(template_id), mapping={"json": new.model_dump_json()})
        for model_prefix in self._vector_prefixes():
            for kind, i, _ in old.exemplars():
                key = f"{model_prefix}{template_id}:{kind}:{i}"
                pipe.hset(key, "enabled", "1" if enabled else "0")
        self._audit(
            pipe,
            template_id,
            "enable" if enabled else "disable",
            new.version,
            actor or current_actor(),
            {"enabled": [old.enabled, enabled]},
        )
        pipe.incr(self.keys.catalogue_version)
        pipe.execute()
        self._announce()
        return new

    def remove(self, template_id: str, *, actor: str | None = None) -> None:
        old = self.get(template_id)
        pipe = self.client.pipeline(transaction=True)
        pipe.delete(self.keys.template(template_id))
        pipe.srem(self.keys.template_ids, template_id)
        for model_prefix in self._vector_prefixes():
            for kind, i, _ in old.exemplars():
                pipe.delete(f"{model_prefix}{template_id}:{kind}:{i}")
        self._audit(pipe, template_id, "remove", old.version, actor or current_actor(), {})
        pipe.incr(self.keys.catalogue_version)
        pipe.execute()
        self._announce()

    def _vector_prefixes(self) -> list[str]:
        """Vector key prefixes of every model that has an index (vectors are kept per model)."""
        prefixes = set()
        if self.embedder is not None:
            prefixes.add(self.keys.vector_prefix(self.embedder.spec.name))
        for name in self.client.execute_command("FT._LIST") or []:
            name = name.decode() if isinstance(name, bytes) else name
            base = f"{self.keys.prefix}:idx:"
            if name.startswith(base):
                prefixes.add(f"{self.keys.prefix}:vec:{name[len(base) :]}:")
        return sorted(prefixes)

    def ensure_vectors(self, progress: ProgressFn | None = None) -> int:
        """Embed templates that have no vectors for the current model (new model, restored backup).

        Returns how many templates were embedded."""
        emb = self._require_embedder()
        self.index().ensure()
        templates = self.all()
        pipe = self.client.pipeline(transaction=False)
        for t in templates:
            pipe.exists(self.keys.vector(emb.spec.name, t.id, "text", 0))
        missing = [t for t, ok in zip(templates, pipe.execute(), strict=True) if not ok]
        model = emb.spec.name
        for start in range(0, len(missing), 256):
            part = missing[start : start + 256]
            texts = [text for t in part for _, _, text in t.exemplars()]
            vectors = emb.encode_passages(texts)
            pipe = self.client.pipeline(transaction=False)
            row = 0
            for t in part:
                for kind, i, text in t.exemplars():
                    pipe.hset(
                        self.keys.vector(model, t.id, kind, i),
                        mapping={
                            "template_id": t.id,
                            "kind": kind,
                            "idx": i,
                            "text": text,
                            "enabled": "1" if t.enabled else "0",
                            "vec": vectors[row].tobytes(),
                        },
                    )
                    row += 1
            pipe.execute()
            if progress is not None:
                progress(len(part))
        return len(missing)

    def history(self, template_id: str, count: int = 100) -> list[dict[str, Any]]:
        entries: Any = self.client.xrevrange(self.keys.template_audit(template_id), count=count)
        out = [dict(fields, id=entry_id) for entry_id, fields in entries or []]
        return list(reversed(out))


def _diff(old: Template | None, new: Template) -> dict[str, Any]:
    if old is None:
        return {}
    before, after = old.model_dump(mode="json"), new.model_dump(mode="json")
    skip = {"version", "updated_at", "created_at"}
    return {
        k: [before.get(k), after.get(k)] for k in after if k not in skip and before.get(k) != after.get(k)
    }


def parse_template_lines(lines: Iterable[str]) -> tuple[list[TemplateIn], list[dict[str, Any]]]:
    """Parse JSONL template lines; bad lines are reported with their 1-based number, the rest kept."""
    from pydantic import ValidationError

    good: list[TemplateIn] = []
    rejected: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            rejected.append({"line": number, "reason": f"invalid JSON: {exc.msg}"})
            continue
        if not isinstance(data, dict):
            rejected.append({"line": number, "reason": "not a JSON object"})
            continue
        try:
            good.append(TemplateIn.model_validate(data))
        except ValidationError as exc:
            reasons = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'template'}: {err['msg']}" for err in exc.errors()
            )
            rejected.append({"line": number, "id": data.get("id"), "reason": reasons})
    return good, rejected
