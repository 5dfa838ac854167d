"""The lexical channel: BM25 over template exemplars, in process. Pure: no I/O, no model.

Built from the catalogue snapshot the worker already holds (and from the claims in ``monitor eval``), so the
memory and Redis vector indexes see exactly the same lexical scores. Each positive exemplar (template text,
examples) is one BM25 document; a template scores the best of its exemplars ("best fields"). Scoring a batch
is one sparse matrix product, a few milliseconds for tens of thousands of exemplars.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .text import normalize, tokenize

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being it its this
    that these those i you he she we they me him her us them my your his our their so do does did have has
    had will would can could should may might just than then there here about into over only also what which
    who whom whose when where why how all any some such very too via rt amp link s t""".split()
)

_ES = re.compile(r"(?:ss|sh|ch|x|z)es$")


def stem(token: str) -> str:
    """A light English stemmer: possessives and plurals only, so that names and numbers stay intact."""
    for apostrophe in ("'s", "’s"):
        if token.endswith(apostrophe):
            token = token[: -len(apostrophe)]
    if len(token) <= 3 or not token.isalpha():
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if _ES.search(token):
        return token[:-2]
    if token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def lexical_terms(text: str) -> list[str]:
    """Normalised, stemmed content words of a text (stopwords and one-letter tokens dropped)."""
    out = []
    for tok in tokenize(normalize(text)):
        if tok in STOPWORDS or (len(tok) == 1 and tok.isascii()):
            continue
        term = stem(tok)
        if term and term not in STOPWORDS:
            out.append(term)
    return out


@dataclass(frozen=True)
class LexicalScores:
    """BM25 scores of one batch: ``scores[q, t]`` for query ``q`` and template ``template_ids[t]``."""

    template_ids: Sequence[str]
    scores: np.ndarray  # (queries, templates), float32, >= 0

    def top(self, row: int, k: int) -> list[tuple[str, float]]:
        """The ``k`` best templates of one query with a positive score, best first."""
        values = self.scores[row]
        if k <= 0 or not values.size:
            return []
        k = min(k, values.size)
        part = np.argpartition(-values, k - 1)[:k]
        part = part[np.argsort(-values[part], kind="stable")]
        return [(self.template_ids[i], float(values[i])) for i in part if values[i] > 0]


class LexicalIndex:
    """BM25 (Okapi; ``k1``, ``b``) over exemplar texts, aggregated per template by the max."""

    def __init__(self, docs: Iterable[tuple[str, str]], *, k1: float = 1.2, b: float = 0.75) -> None:
        """``docs``: (template_id, text) pairs; several texts per template are allowed."""
        by_template: dict[str, list[list[str]]] = {}
        for template_id, text in docs:
            by_template.setdefault(template_id, []).append(lexical_terms(text))
        self.template_ids: list[str] = list(by_template)
        self._position = {tid: i for i, tid in enumerate(self.template_ids)}
        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        tfs: list[float] = []
        doc_len: list[int] = []
        starts: list[int] = []
        for terms_list in by_template.values():
            starts.append(len(doc_len))
            for terms in terms_list:
                d = len(doc_len)
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
        self._starts = np.asarray(starts, dtype=np.int64)
        if not n_docs or not vocab:
            self._weights = sparse.csr_matrix((len(vocab), n_docs), dtype=np.float32)
            self.idf = np.zeros(len(vocab), dtype=np.float32)
            return
        lengths = np.asarray(doc_len, dtype=np.float32)
        avg = float(lengths.mean()) or 1.0
        r, c = np.asarray(rows), np.asarray(cols)
        tf = np.asarray(tfs, dtype=np.float32)
        df = np.bincount(r, minlength=len(vocab)).astype(np.float32)
        self.idf = np.log1p((n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        norm = tf + k1 * (1.0 - b + b * lengths[c] / avg)
        w = self.idf[r] * tf * (k1 + 1.0) / norm
        self._weights = sparse.csr_matrix((w, (r, c)), shape=(len(vocab), n_docs), dtype=np.float32)

    def __len__(self) -> int:
        return len(self.template_ids)

    def query_matrix(self, texts: Sequence[str]) -> sparse.csr_matrix:
        rows, cols = [], []
        for q, text in enumerate(texts):
            for term in set(lexical_terms(text)):
                col = self.vocab.get(term)
                if col is not None:
                    rows.append(q)
                    cols.append(col)
        data = np.ones(len(rows), dtype=np.float32)
        return sparse.csr_matrix((data, (rows, cols)), shape=(len(texts), len(self.vocab)), dtype=np.float32)

    def score(self, texts: Sequence[str]) -> LexicalScores:
        """BM25 of every template for every query text (max over each template's exemplars)."""
        if not self.template_ids or not texts:
            return LexicalScores(self.template_ids, np.zeros((len(texts), len(self.template_ids)), np.float32))
        per_doc = (self.query_matrix(texts) @ self._weights).toarray()
        per_template = np.maximum.reduceat(per_doc, self._starts, axis=1)
        return LexicalScores(self.template_ids, per_template.astype(np.float32, copy=False))

    def position(self, template_id: str) -> int | None:
        return self._position.get(template_id)

    def max_possible(self, texts: Sequence[str]) -> np.ndarray:
        """An upper bound of each query's BM25 score (sum of its terms' idf times k1+1), for scaling."""
        q = self.query_matrix(texts)
        return np.asarray(q @ (self.idf * (self.k1 + 1.0)), dtype=np.float32).reshape(-1)


def idf_of(index: LexicalIndex, term: str) -> float:
    col = index.vocab.get(term)
    return 0.0 if col is None else float(index.idf[col])


def bm25_single(index: LexicalIndex, text: str) -> dict[str, float]:
    """Convenience for tests and explanations: positive BM25 per template for one text."""
    scores = index.score([text])
    return {tid: float(s) for tid, s in zip(index.template_ids, scores.scores[0], strict=True) if s > 0}


__all__ = ["STOPWORDS", "LexicalIndex", "LexicalScores", "bm25_single", "idf_of", "lexical_terms", "stem"]

_ = math  # kept for readers: log1p above is Lucene's BM25 idf
