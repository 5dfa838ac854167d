"""The lexical channel: BM25 over template exemplars, in process. Pure: no I/O, no model.

Built from the catalogue snapshot the worker already holds (and from the claims in ``monitor eval``), so the
memory and Redis vector indexes see exactly the same lexical scores. A template's positive exemplars (text
and examples, not negatives) form its BM25 document. Scoring a batch is one sparse matrix product: well
under a millisecond per post for fifteen thousand templates.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from monitor.core.models import Template
from monitor.core.text import STOPWORDS, cjk_bigrams, content_words, stem

log = logging.getLogger(__name__)


def lexical_terms(text: str, *, normalized: bool = False) -> list[str]:
    """A text's BM25 terms: its :func:`~monitor.core.text.content_words` (normalised, stemmed, stopwords
    and one-letter words dropped, CJK runs as character bigrams)."""
    return content_words(text, normalized=normalized)


@dataclass(frozen=True)
class LexicalScores:
    """BM25 scores of one batch: row ``q`` of ``scores`` holds query ``q``'s score of template
    ``template_ids[t]`` in column ``t``. Sparse (CSR): a post shares words with a few templates, and a
    dense (posts x 100k templates) array cost more than the model on a large catalogue."""

    template_ids: Sequence[str]
    scores: sparse.csr_matrix  # (queries, templates), float32, explicit entries > 0

    def top(self, row: int, k: int) -> list[tuple[str, float]]:
        """The ``k`` best templates of one query with a positive score, best first."""
        start, end = self.scores.indptr[row], self.scores.indptr[row + 1]
        if k <= 0 or start == end:
            return []
        values = self.scores.data[start:end]
        cols = self.scores.indices[start:end]
        keep = values > 0
        values, cols = values[keep], cols[keep]
        if len(values) > k:
            part = np.argpartition(-values, k - 1)[:k]
            values, cols = values[part], cols[part]
        order = np.lexsort((cols, -values))  # best first; equal scores in template order, as before
        return [(self.template_ids[cols[i]], float(values[i])) for i in order]

    def value(self, row: int, col: int) -> float:
        """The score of template column ``col`` for query ``row`` (0 when they share no term)."""
        return float(self.scores[row, col])


class LexicalIndex:
    """BM25 (Okapi; ``k1``, ``b``) with one document per template: its positive exemplars together.

    (Measured on CheckThat! 2022 train/dev: one document per template ranks at least as well as the best of
    its exemplars, and scoring is a single sparse product with no per-template aggregation.)"""

    def __init__(self, docs: Iterable[tuple[str, str]], *, k1: float = 1.2, b: float = 0.75) -> None:
        """``docs``: (template_id, text) pairs; several texts per template are joined into its document."""
        by_template: dict[str, list[str]] = {}
        for template_id, text in docs:
            by_template.setdefault(template_id, []).extend(lexical_terms(text))
        self.template_ids: list[str] = list(by_template)
        self._position = {tid: i for i, tid in enumerate(self.template_ids)}
        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        tfs: list[float] = []
        doc_len: list[int] = []
        for d, terms in enumerate(by_template.values()):
            doc_len.append(len(terms))
            counts: dict[str, int] = {}
            for term in terms:
                counts[term] = counts.get(term, 0) + 1
            for term, tf in counts.items():
                rows.append(vocab.setdefault(term, len(vocab)))
                cols.append(d)
                tfs.append(tf)
        self.vocab = vocab
        self.k1, self.b = k1, b
        n_docs = len(doc_len)
        if not n_docs or not vocab:
            self._weights = sparse.csr_matrix((len(vocab), n_docs), dtype=np.float32)
            self.idf = np.zeros(len(vocab), dtype=np.float32)
            return
        lengths = np.asarray(doc_len, dtype=np.float32)
        avg = float(lengths.mean()) or 1.0
        r, c = np.asarray(rows), np.asarray(cols)
        tf_arr = np.asarray(tfs, dtype=np.float32)
        df = np.bincount(r, minlength=len(vocab)).astype(np.float32)
        self.idf = np.log1p((n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        norm = tf_arr + k1 * (1.0 - b + b * lengths[c] / avg)
        w = self.idf[r] * tf_arr * (k1 + 1.0) / norm
        self._weights = sparse.csr_matrix((w, (r, c)), shape=(len(vocab), n_docs), dtype=np.float32)

    def __len__(self) -> int:
        return len(self.template_ids)

    def query_matrix(self, texts: Sequence[str], *, normalized: bool = False) -> sparse.csr_matrix:
        rows, cols = [], []
        for q, text in enumerate(texts):
            for term in set(lexical_terms(text, normalized=normalized)):
                col = self.vocab.get(term)
                if col is not None:
                    rows.append(q)
                    cols.append(col)
        data = np.ones(len(rows), dtype=np.float32)
        return sparse.csr_matrix((data, (rows, cols)), shape=(len(texts), len(self.vocab)), dtype=np.float32)

    def score(self, texts: Sequence[str], *, normalized: bool = False) -> LexicalScores:
        """BM25 of every template for every query text."""
        if not self.template_ids or not texts:
            empty = sparse.csr_matrix((len(texts), len(self.template_ids)), dtype=np.float32)
            return LexicalScores(self.template_ids, empty)
        scores = sparse.csr_matrix(self.query_matrix(texts, normalized=normalized) @ self._weights)
        scores.sum_duplicates()
        return LexicalScores(self.template_ids, scores.astype(np.float32, copy=False))

    def position(self, template_id: str) -> int | None:
        return self._position.get(template_id)


class LexicalChannel:
    """Keeps a :class:`LexicalIndex` in step with a catalogue snapshot (``{id: Template}``) and turns a
    batch of normalised post texts into per-post BM25 rows for :func:`monitor.matching.decide`.

    The index is rebuilt when the snapshot object changes (the worker's catalogue swaps its dict on every
    reload). The first build is synchronous; later ones for catalogues above ``background_above`` templates
    run in a thread while the previous index keeps serving, so a reload never stalls a batch."""

    def __init__(self, *, k1: float = 1.2, b: float = 0.75, background_above: int = 2000) -> None:
        self.k1, self.b = k1, b
        self.background_above = background_above
        self._source: Mapping[str, Template] | None = None
        self._index: LexicalIndex | None = None
        self._building: Mapping[str, Template] | None = None
        self._lock = threading.Lock()
        #: background rebuilds that failed (the previous index kept serving); read by the processor's metrics
        self.rebuild_failures = 0
        self._failed: Mapping[str, Template] | None = None  # the snapshot whose rebuild failed

    @property
    def stale(self) -> bool:
        """True while the index serves an older snapshot because the rebuild of the current one failed."""
        return self._failed is not None

    def _build(self, templates: Mapping[str, Template]) -> LexicalIndex:
        docs = ((t.id, text) for t in templates.values() for text in (t.text, *t.examples))
        return LexicalIndex(docs, k1=self.k1, b=self.b)

    def _build_in_background(self, templates: Mapping[str, Template]) -> None:
        try:
            index = self._build(templates)
        except Exception:  # keep serving the old index, and say so
            log.exception("lexical index rebuild failed; serving the previous catalogue's index")
            index = None
        with self._lock:
            if index is not None:
                self._index, self._source = index, templates
                self._failed = None
            else:
                self.rebuild_failures += 1
                self._failed = templates
            self._building = None

    def index_for(self, templates: Mapping[str, Template]) -> LexicalIndex:
        with self._lock:
            if templates is self._source and self._index is not None:
                return self._index
            current, building = self._index, self._building
            if current is not None and len(templates) > self.background_above:
                # a snapshot whose rebuild failed is not retried on every batch: the next one is
                if building is not templates and self._failed is not templates:
                    self._building = templates
                    threading.Thread(
                        target=self._build_in_background, args=(templates,), daemon=True, name="lexical-index"
                    ).start()
                return current
        index = self._build(templates)
        with self._lock:
            self._index, self._source, self._failed = index, templates, None
        return index

    def ready(self, templates: Mapping[str, Template]) -> bool:
        """True once the index serves exactly ``templates`` (the same snapshot object). Starts its build if
        none runs: synchronously for small catalogues, so they are ready at once; in the background above
        ``background_above``. A snapshot whose background build failed is built here, in the foreground
        (an exception then propagates): a caller that must decide on this snapshot is never left waiting."""
        self.index_for(templates)
        with self._lock:
            if templates is self._source and self._index is not None:
                return True
            failed = self._failed is templates
        if failed:
            index = self._build(templates)
            with self._lock:
                self._index, self._source, self._failed = index, templates, None
            return True
        return False

    def rows(
        self,
        templates: Mapping[str, Template],
        texts: Sequence[str],
        also: Sequence[Iterable[str]] = (),
        k: int = 20,
    ) -> list[dict[str, float]]:
        """``texts`` are normalised (:func:`monitor.text.normalize`). Per post: BM25 of its ``k`` best
        templates, plus of every template in ``also[i]`` (the dense channel's candidates), so that both
        channels' candidates carry both scores."""
        if not templates or not texts:
            return [{} for _ in texts]
        index = self.index_for(templates)
        scores = index.score(texts, normalized=True)
        out = []
        for row, text_also in enumerate(list(also) + [()] * (len(texts) - len(also))):
            found = dict(scores.top(row, k))
            for tid in text_also:
                if tid not in found and (pos := index.position(tid)) is not None:
                    value = scores.value(row, pos)
                    if value > 0:
                        found[tid] = value
            out.append(found)
        return out


__all__ = [
    "STOPWORDS",
    "LexicalChannel",
    "LexicalIndex",
    "LexicalScores",
    "cjk_bigrams",
    "lexical_terms",
    "stem",
]
