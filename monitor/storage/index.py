"""Nearest-exemplar search over template vectors.

:class:`RedisVectorIndex` is what runs in production: a RediSearch vector index (HNSW, cosine) over one
hash per exemplar (template text, examples, negatives), queried for a whole batch in one pipeline.
:class:`MemoryIndex` is the in-process fake with the same semantics (exact cosine) for unit tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import numpy as np
import redis
from redis.commands.search.field import NumericField, TagField, TextField, VectorField
from redis.commands.search.index_definition import IndexDefinition, IndexType

from monitor.core.matching import Hit
from monitor.errors import RegistryError
from monitor.storage.keys import Keys


class TemplateIndex(Protocol):
    def search(self, vectors: np.ndarray, k: int) -> list[list[Hit]]:
        """For each query vector, the ``k`` nearest enabled exemplars, best first."""
        ...


class MemoryIndex:
    """Exact cosine search in numpy. Ships with the package as a fake for tests."""

    def __init__(self) -> None:
        self._meta: list[tuple[str, str, int, str]] = []
        self._vectors = np.zeros((0, 0), dtype=np.float32)

    def add(self, items: Iterable[tuple[str, str, int, str, np.ndarray]]) -> None:
        rows = list(items)
        if not rows:
            return
        vecs = np.stack([r[4] for r in rows]).astype(np.float32)
        self._vectors = vecs if self._vectors.size == 0 else np.vstack([self._vectors, vecs])
        self._meta += [(r[0], r[1], r[2], r[3]) for r in rows]

    def remove_template(self, template_id: str) -> None:
        keep = [i for i, m in enumerate(self._meta) if m[0] != template_id]
        self._meta = [self._meta[i] for i in keep]
        self._vectors = self._vectors[keep] if keep else np.zeros((0, 0), dtype=np.float32)

    def _hit(self, i: int, score: float) -> Hit:
        tid, kind, idx, text = self._meta[i]
        return Hit(template_id=tid, kind=kind, index=idx, text=text, score=score)

    def search(self, vectors: np.ndarray, k: int) -> list[list[Hit]]:
        if not self._meta:
            return [[] for _ in range(len(vectors))]
        sims = vectors @ self._vectors.T
        out = []
        for row in sims:
            top = np.argsort(-row, kind="stable")[:k]
            out.append([self._hit(i, float(row[i])) for i in top])
        return out


class RedisVectorIndex:
    """RediSearch KNN over exemplar hashes ``{prefix}:vec:{model}:{template}:{kind}:{i}``."""

    def __init__(self, client: redis.Redis, keys: Keys, model: str, dim: int, ef_runtime: int = 64) -> None:
        self.client = client
        self.keys = keys
        self.model = model
        self.dim = dim
        self.ef_runtime = ef_runtime
        self.name = keys.vector_index(model)

    def ensure(self) -> None:
        """Create the index if missing; refuse an index of another dimension."""
        try:
            info = self.client.ft(self.name).info()
        except redis.ResponseError:
            info = None
        if info is not None:
            dims = _index_dim(info)
            if dims is not None and dims != self.dim:
                raise RegistryError(
                    f"vector index {self.name} has dim {dims}, model {self.model} has {self.dim}"
                )
            return
        schema = [
            TagField("template_id"),
            TagField("kind"),
            TagField("enabled"),
            NumericField("idx"),
            TextField("text", no_stem=True),
            VectorField(
                "vec",
                "HNSW",
                {
                    "TYPE": "FLOAT32",
                    "DIM": self.dim,
                    "DISTANCE_METRIC": "COSINE",
                    "M": 16,
                    "EF_CONSTRUCTION": 200,
                    "EF_RUNTIME": self.ef_runtime,
                },
            ),
        ]
        try:
            self.client.ft(self.name).create_index(
                schema,
                definition=IndexDefinition(
                    prefix=[self.keys.vector_prefix(self.model)], index_type=IndexType.HASH
                ),
            )
        except redis.ResponseError as exc:  # created concurrently by another process
            if "already exists" not in str(exc).lower():
                raise

    def write_exemplars(
        self,
        pipe: Any,
        template_id: str,
        exemplars: Sequence[tuple[str, int, str]],
        vectors: np.ndarray,
        *,
        enabled: bool = True,
    ) -> None:
        """Queue on ``pipe`` one hash per exemplar (``(kind, index, text)``, with ``vectors[n]`` its passage
        vector) in the layout this index reads. The one writer of exemplar vectors: registry, ``monitor
        eval --index redis`` and the bench's synthetic catalogue all go through it."""
        if len(exemplars) != len(vectors):
            raise ValueError(f"{len(exemplars)} exemplars but {len(vectors)} vectors for {template_id}")
        for (kind, i, text), vec in zip(exemplars, vectors, strict=True):
            pipe.hset(
                self.keys.vector(self.model, template_id, kind, i),
                mapping={
                    "template_id": template_id,
                    "kind": kind,
                    "idx": i,
                    "text": text,
                    "enabled": "1" if enabled else "0",
                    "vec": np.asarray(vec, dtype=np.float32).tobytes(),
                },
            )

    def _query_args(self, k: int) -> list[str | int | bytes | None]:
        return [
            # HYBRID_POLICY BATCHES keeps the filtered query on the HNSW graph; left to choose,
            # RediSearch brute-forces every exemplar (ADHOC_BF), linear in the catalogue (docs/PERFORMANCE.md)
            f"(@enabled:{{1}})=>[KNN {k} @vec $v HYBRID_POLICY BATCHES AS dist]",
            "PARAMS",
            2,
            "v",
            None,  # the query vector, filled per query
            "SORTBY",
            "dist",
            "ASC",
            "RETURN",
            5,
            "template_id",
            "kind",
            "idx",
            "text",
            "dist",
            "LIMIT",
            0,
            k,
            "DIALECT",
            2,
        ]

    def search(self, vectors: np.ndarray, k: int) -> list[list[Hit]]:
        """One pipelined FT.SEARCH per query vector: one network round trip for the whole batch."""
        if len(vectors) == 0:
            return []
        args = self._query_args(k)
        slot = args.index(None)
        pipe = self.client.pipeline(transaction=False)
        for vec in np.asarray(vectors, dtype=np.float32):
            args[slot] = vec.tobytes()
            pipe.execute_command("FT.SEARCH", self.name, *args)
        return [_parse_hits(raw) for raw in pipe.execute()]


def _parse_hits(raw: list) -> list[Hit]:
    """Raw RESP2 FT.SEARCH reply: [total, key, [field, value, ...], key, [...], ...]."""
    hits = []
    for fields in raw[2::2]:
        doc = dict(zip(fields[::2], fields[1::2], strict=False))
        hits.append(
            Hit(
                template_id=doc["template_id"],
                kind=doc["kind"],
                index=int(doc["idx"]),
                text=doc["text"],
                score=1.0 - float(doc["dist"]),
            )
        )
    return hits


def _index_dim(info: dict) -> int | None:
    for attr in info.get("attributes", []):
        fields = dict(zip(attr[::2], attr[1::2], strict=False)) if isinstance(attr, list) else {}
        if fields.get("type") == "VECTOR" or fields.get(b"type") == b"VECTOR":
            for key in ("dim", "DIM", b"dim"):
                if key in fields:
                    return int(fields[key])
    return None
