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
from typing import Any, cast

import numpy as np
import redis

from monitor.core.clock import iso, utcnow
from monitor.core.models import ExemplarKind, Template, TemplateIn
from monitor.core.spellings import SPELLINGS_MAX, SpellingIn, Spellings, SpellingStatus, one_line
from monitor.embedding import Embedder
from monitor.errors import InvalidSpelling, SpellingNotFound, TemplateNotFound
from monitor.storage.index import RedisVectorIndex
from monitor.storage.keys import Keys

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
        self._last_snapshot: tuple[str, dict[str, Template]] | None = None  # (audit tail id, templates)

    # --- reads -------------------------------------------------------------------------------------
    def version(self) -> int:
        return int(self.client.get(self.keys.catalogue_version) or 0)

    def get(self, template_id: str) -> Template:
        raw = self.client.hget(self.keys.template(template_id), "json")
        if raw is None:
            raise TemplateNotFound(template_id)
        return Template.model_validate_json(raw)

    def get_many(self, template_ids: Sequence[str]) -> dict[str, Template]:
        """The templates with these ids that exist, by id, in one round trip."""
        pipe = self.client.pipeline(transaction=False)
        for tid in template_ids:
            pipe.hget(self.keys.template(tid), "json")
        raws = pipe.execute()
        return {
            tid: Template.model_validate_json(raw) for tid, raw in zip(template_ids, raws, strict=True) if raw
        }

    def ids(self) -> list[str]:
        return sorted(self.client.smembers(self.keys.template_ids))  # type: ignore[arg-type]

    def all(self) -> list[Template]:
        ids = self.ids()
        pipe = self.client.pipeline(transaction=False)
        for tid in ids:
            pipe.hget(self.keys.template(tid), "json")
        return [Template.model_validate_json(raw) for raw in pipe.execute() if raw is not None]

    def snapshot(self) -> tuple[int, dict[str, Template]]:
        """(catalogue version, enabled templates by id), read consistently enough for a worker reload.

        Incremental after the first call on this object: only the templates named in the audit stream
        since the previous snapshot are read again, so one change to a 15k catalogue reloads in
        milliseconds instead of a second (every registry write audits in the same transaction)."""
        version = self.version()
        tail = self._audit_tail()
        changed = None if self._last_snapshot is None else self._changed_since(self._last_snapshot[0], tail)
        if changed is None or self._last_snapshot is None:
            templates = {t.id: t for t in self.all() if t.enabled}
        else:
            templates = dict(self._last_snapshot[1])
            fresh = self.get_many(sorted(changed))
            for tid in changed:
                t = fresh.get(tid)
                if t is not None and t.enabled:
                    templates[tid] = t
                else:
                    templates.pop(tid, None)
        self._last_snapshot = (tail, templates)
        return version, dict(templates)

    def _audit_tail(self) -> str:
        last = cast(list[tuple[str, Any]], self.client.xrevrange(self.keys.audit_stream, count=1))
        return last[0][0] if last else "0-0"

    def _changed_since(self, since: str, tail: str, limit: int = 2000) -> set[str] | None:
        """Template ids audited in (since, tail]; None when a full read is needed (too many changes, or
        the stream was trimmed past ``since`` or is empty)."""
        if since == tail:
            return set()
        first = cast(list[tuple[str, Any]], self.client.xrange(self.keys.audit_stream, count=1))
        if since == "0-0" or not first or parse_stream_id(first[0][0]) > parse_stream_id(since):
            return None
        entries = cast(
            list[tuple[str, dict[str, str]]],
            self.client.xrange(self.keys.audit_stream, min=f"({since}", max=tail, count=limit + 1),
        )
        if len(entries) > limit:
            return None
        return {fields["template_id"] for _, fields in entries if fields.get("template_id")}

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
            changed: list[tuple[TemplateIn, Template | None]] = []
            for t, old in self._with_stored(part):
                if _same_content(t, old):
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

    def _with_stored(self, part: Sequence[TemplateIn]) -> list[tuple[TemplateIn, Template | None]]:
        """Each template with the stored one of the same id (None when new), one round trip."""
        stored = self.get_many([t.id for t in part])
        return [(t, stored.get(t.id)) for t in part]

    def pending(self, templates: Sequence[TemplateIn], chunk: int = 1024) -> list[TemplateIn]:
        """The templates :meth:`upsert_many` would write (new, or content changed). Reads only, no model:
        a re-import that changes nothing need not load one."""
        latest = {t.id: t for t in templates}
        items = list(latest.values())
        out: list[TemplateIn] = []
        for start in range(0, len(items), chunk):
            out += [
                t for t, old in self._with_stored(items[start : start + chunk]) if not _same_content(t, old)
            ]
        return out

    def _write(
        self, changed: list[tuple[TemplateIn, Template | None]], vectors: np.ndarray, actor: str
    ) -> None:
        emb = self._require_embedder()
        model = emb.spec.name
        index = self.index()
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
            exemplars = t.exemplars()
            index.write_exemplars(
                pipe, t.id, exemplars, vectors[row : row + len(exemplars)], enabled=stored.enabled
            )
            row += len(exemplars)
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
        index = self.index()
        index.ensure()
        templates = self.all()
        pipe = self.client.pipeline(transaction=False)
        for t in templates:
            pipe.exists(self.keys.vector(emb.spec.name, t.id, "text", 0))
        missing = [t for t, ok in zip(templates, pipe.execute(), strict=True) if not ok]
        for start in range(0, len(missing), 256):
            part = missing[start : start + 256]
            texts = [text for t in part for _, _, text in t.exemplars()]
            vectors = emb.encode_passages(texts)
            pipe = self.client.pipeline(transaction=False)
            row = 0
            for t in part:
                exemplars = t.exemplars()
                index.write_exemplars(
                    pipe, t.id, exemplars, vectors[row : row + len(exemplars)], enabled=t.enabled
                )
                row += len(exemplars)
            pipe.execute()
            if progress is not None:
                progress(len(part))
        return len(missing)

    def exemplar_vectors(
        self, template: TemplateIn, model: str | None = None
    ) -> list[tuple[ExemplarKind, int, str, np.ndarray]]:
        """The stored vectors of a template's exemplars (text, examples, negatives), in ``exemplars()``
        order: ``(kind, index, text, vector)``. Read from Redis, never re-embedded; exemplars without a
        stored vector (not embedded for this model yet) are left out. ``model`` defaults to the embedder's."""
        if model is None:
            model = self._require_embedder().spec.name
        exemplars = template.exemplars()
        pipe = self.client.pipeline(transaction=False)
        for kind, i, _ in exemplars:
            # vectors are raw float32 bytes: read them undecoded from this str-decoding client
            pipe.execute_command(
                "HGET", self.keys.vector(model, template.id, kind, i), "vec", NEVER_DECODE=True
            )
        return [
            (kind, i, text, np.frombuffer(raw, dtype=np.float32))
            for (kind, i, text), raw in zip(exemplars, pipe.execute(), strict=True)
            if raw is not None
        ]

    # --- spellings (part of the catalogue: a change bumps its version, workers reload) ----------------
    def spellings(self) -> Spellings:
        """The registered spellings of the wave's names (alias -> name)."""
        return Spellings(self._spelling_names())

    def _spelling_names(self) -> dict[str, str]:
        return dict(cast(dict[str, str], self.client.hgetall(self.keys.spellings)))

    def set_spelling(self, spelling: SpellingIn, *, actor: str | None = None) -> SpellingStatus:
        """Register (or change) a spelling: ``added``, ``updated``, or ``unchanged`` when it was already
        registered as given (no version bump). The same spelling in another case replaces the one
        registered (one alias per case-folded spelling). Audited in the catalogue's stream (no template
        id)."""
        names = self._spelling_names()
        folded = spelling.alias.casefold()
        registered = next((a for a in names if a.casefold() == folded), None)
        old = names.get(registered) if registered is not None else None
        if registered == spelling.alias and old == spelling.name:
            return "unchanged"
        if registered is None and len(names) >= SPELLINGS_MAX:
            raise InvalidSpelling(f"at most {SPELLINGS_MAX} spellings; remove one first")
        pipe = self.client.pipeline(transaction=True)
        if registered is not None and registered != spelling.alias:
            pipe.hdel(self.keys.spellings, registered)
        pipe.hset(self.keys.spellings, spelling.alias, spelling.name)
        self._audit_spelling(pipe, "spelling_set", spelling.alias, old, spelling.name, actor)
        pipe.incr(self.keys.catalogue_version)
        pipe.execute()
        self._announce()
        return "added" if registered is None else "updated"

    def remove_spelling(self, alias: str, *, actor: str | None = None) -> None:
        """Stop reading ``alias`` (white space folded as when it was registered) as its name."""
        alias = one_line(alias)
        old = cast(str | None, self.client.hget(self.keys.spellings, alias))
        if old is None:
            raise SpellingNotFound(alias)
        pipe = self.client.pipeline(transaction=True)
        pipe.hdel(self.keys.spellings, alias)
        self._audit_spelling(pipe, "spelling_remove", alias, old, None, actor)
        pipe.incr(self.keys.catalogue_version)
        pipe.execute()
        self._announce()

    def _audit_spelling(
        self, pipe: Any, action: str, alias: str, old: str | None, new: str | None, actor: str | None
    ) -> None:
        entry = {
            "template_id": "",
            "action": action,
            "alias": alias,
            "actor": actor or current_actor(),
            "at": iso(utcnow()),
            "changes": json.dumps({"name": [old, new]}, ensure_ascii=False),
        }
        # the catalogue's stream (retro-match re-reads the window for a new spelling) and the spellings' own
        # (their history, however many template changes come between)
        pipe.xadd(self.keys.audit_stream, entry, maxlen=100_000, approximate=True)
        pipe.xadd(self.keys.spelling_audit, entry, maxlen=10_000, approximate=True)

    def spelling_history(self, count: int = 100) -> list[dict[str, Any]]:
        """The last ``count`` spelling changes, oldest first."""
        return self._audit_entries(self.keys.spelling_audit, count)

    def history(self, template_id: str, count: int = 100) -> list[dict[str, Any]]:
        return self._audit_entries(self.keys.template_audit(template_id), count)

    def _audit_entries(self, stream: str, count: int) -> list[dict[str, Any]]:
        """The last ``count`` entries of an audit stream, oldest first, each with its stream ``id``."""
        entries: Any = self.client.xrevrange(stream, count=count)
        return list(reversed([dict(fields, id=entry_id) for entry_id, fields in entries or []]))


def parse_stream_id(value: str | bytes) -> tuple[int, int]:
    """A Redis stream id, ``"1700000000000-3"`` -> ``(1700000000000, 3)``, comparable in order."""
    text = value.decode() if isinstance(value, bytes) else value
    ms, _, seq = text.partition("-")
    return int(ms), int(seq or 0)


def _same_content(new: TemplateIn, old: Template | None) -> bool:
    return (
        old is not None
        and TemplateIn.model_validate(old.model_dump()).content_fields() == new.content_fields()
    )


def _diff(old: Template | None, new: Template) -> dict[str, Any]:
    if old is None:
        return {}
    before, after = old.model_dump(mode="json"), new.model_dump(mode="json")
    skip = {"version", "updated_at", "created_at"}
    return {
        k: [before.get(k), after.get(k)] for k in after if k not in skip and before.get(k) != after.get(k)
    }


def export_line(template: TemplateIn) -> str:
    """One template as a JSONL line of ``monitor templates import`` (registry bookkeeping left out)."""
    data = TemplateIn.model_validate(template.model_dump()).model_dump(mode="json", exclude_none=True)
    return json.dumps(data, ensure_ascii=False)


def claim_to_template(
    data: dict[str, Any], category: str = "claim", severity: str = "medium"
) -> dict[str, Any]:
    """A fact-check claim line (CheckThat!: ``id``, ``text``, ``title``, ``url``?, ``date``?) as a template.

    The one conversion of claims (``monitor templates import --format claims``, the API, ``monitor eval``).
    The title becomes an example when it differs from the text (the text itself when that is missing or
    shorter than a template's 3 characters: a few claims have a one-word text and a full title), ``url``
    the ``source_url`` and ``date`` the ``first_seen``. Fields the line already has win, so template lines
    pass through unchanged."""
    out = dict(data)
    out.setdefault("category", category)
    out.setdefault("severity", severity)
    title = data.get("title")
    text = data.get("text")
    if isinstance(title, str) and title.strip() and (not isinstance(text, str) or len(text.strip()) < 3):
        out["text"] = text = title.strip()
    if "examples" not in out and isinstance(title, str) and title.strip() and title.strip() != text:
        out["examples"] = [title.strip()]
    if "source_url" not in out and isinstance(data.get("url"), str):
        out["source_url"] = data["url"]
    date = data.get("date")
    if "first_seen" not in out and isinstance(date, str) and len(date) <= 64:  # some "dates" are prose
        out["first_seen"] = date
    return out


def parse_template_lines(
    lines: Iterable[str], convert: Callable[[dict[str, Any]], dict[str, Any]] | None = None
) -> tuple[list[TemplateIn], list[dict[str, Any]]]:
    """Parse JSONL template lines; bad lines are reported with their 1-based number, the rest kept.

    ``convert`` maps each JSON object before validation (e.g. :func:`claim_to_template`)."""
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
        except RecursionError:  # json.loads recurses per bracket: "[[[[…" must not end the whole import
            rejected.append({"line": number, "reason": "invalid JSON: nested too deeply"})
            continue
        if not isinstance(data, dict):
            rejected.append({"line": number, "reason": "not a JSON object"})
            continue
        if convert is not None:
            data = convert(data)
        try:
            good.append(TemplateIn.model_validate(data))
        except ValidationError as exc:
            reasons = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'template'}: {err['msg']}" for err in exc.errors()
            )
            rejected.append({"line": number, "id": data.get("id"), "reason": reasons})
    return good, rejected
