"""Emerging narratives: online clustering of unmatched posts, ranked by urgency. Pure: numpy, no I/O.

The next wave of a rumour or scam matches no template yet. Posts that match nothing but resemble each other,
come from many authors and keep coming are what ops should see first, as candidate templates.

Leader-style online clustering (one pass, bounded memory)::

    unmatched post (unit vector v, author, time t)
      -> cosine to every live centroid (one matrix-vector product, at most ``max_clusters`` rows)
      -> best >= join_threshold ? join it: centroid <- normalise(centroid * spread + v * w)
                                 : open a new cluster with v as its leader
      -> counts decay exponentially with age (``size_half_life_s``, ``growth_half_life_s``)
      -> over capacity: evict the clusters with the smallest decayed size (old singletons first)
    maintenance (periodic): prune faded clusters, merge near-duplicate clusters

Spread across authors: each post counts ``1 / (1 + n)^2`` where ``n`` is how many posts its author already
added to the cluster, so one account repeating itself adds at most ~1.6 however often it posts. A post
without an author is keyed by its normalised text, so copy-pasted anonymous spam counts once.

Urgency: ``growth_per_min * log2(1 + authors)`` where ``growth_per_min`` is the author-weighted arrival rate
over the last ``growth_half_life_s`` (an exponentially weighted rate). A big cluster that stopped growing
scores near zero; a small one that grows fast across many accounts comes first.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import math
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from monitor.core.clock import iso_from_epoch_s
from monitor.core.models import TemplateIn
from monitor.core.text import STOPWORDS as TEXT_STOPWORDS
from monitor.core.text import content_words, normalize

LN2 = math.log(2.0)

_STOPWORDS_TEXT = """
    a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing
    don't down during
    each few for from further get got had hadn't has hasn't have haven't having he he'd he'll he's her here
    here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
    just let's like me more most much must mustn't my myself no nor not now of off on once one only or other
    ought our ours ourselves out over own really same say says said shan't she she'd she'll she's should
    shouldn't so some still such than that that's the their theirs them themselves then there there's these
    they they'd they'll they're they've this those through to too under until up upon us very via was wasn't
    we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom
    why why's will with won't would wouldn't yet you you'd you'll you're you've your yours yourself
    yourselves u ur im dont cant wont lol ok okay yes yeah oh hey hi amp rt via link http https www com pic
    twitter status"""
# the matcher's stopwords and the chatter of social posts: these terms are shown to on-call
STOPWORDS = TEXT_STOPWORDS | frozenset(_STOPWORDS_TEXT.split())


@dataclass(frozen=True)
class ClusterConfig:
    join_threshold: float = 0.6  # cosine between a post and a centroid to join the cluster
    merge_threshold: float = 0.8  # cosine between two centroids to merge the clusters (maintenance)
    duplicate_threshold: float = 0.95  # a post this close to a kept example is not kept as another one
    size_half_life_s: float = 6 * 3600.0  # decay of sizes: old posts fade
    growth_half_life_s: float = 900.0  # window of the growth rate
    max_clusters: int = 3000  # live clusters (singletons included): bounds memory and per-post cost
    max_examples: int = 8  # most central posts kept per cluster (one per author)
    max_authors: int = 200  # authors tracked per cluster; beyond, new authors are assumed new
    max_example_chars: int = 500
    prune_below: float = 0.3  # decayed size under which a cluster is dropped
    min_size: int = 3  # a cluster is a candidate from this many posts (decayed) ...
    min_authors: int = 2  # ... and this many distinct authors


@dataclass(frozen=True)
class PostIn:
    """One unmatched post as the clusterer sees it."""

    post_id: str
    text: str
    author_key: str
    vector: np.ndarray  # unit float32


@dataclass
class Example:
    post_id: str
    text: str
    author_key: str
    vector: np.ndarray  # unit float32
    centrality: float = 0.0  # cosine to the cluster's centroid when last re-ranked


@dataclass
class Cluster:
    id: str
    centroid: np.ndarray  # unit float32
    size: float  # decayed count of posts (size half-life)
    spread: float  # decayed author-weighted count (size half-life); weighs the centroid
    recent: float  # decayed author-weighted count (growth half-life)
    posts: int  # posts ever added
    author_count: int  # distinct authors (exact up to max_authors tracked, then a lower bound)
    authors: dict[str, int]  # author key -> posts added
    first_seen_s: float
    last_seen_s: float
    updated_s: float  # time the decayed counts refer to
    examples: list[Example] = field(default_factory=list)
    notified_s: float | None = None  # last incident notification
    notifications: int = 0
    resolved: bool = False  # a "resolved" record was sent since the last notification
    # the cheap (static-vector) stage only: when this cluster's burst was first sent to the transformer
    escalated_s: float | None = None
    # ... and its arrivals counted on the stream's clock (posts every worker has seen, see BurstConfig):
    # author-weighted counts decayed over the recent and the baseline window, as of stream position stream_at
    stream_recent: float = 0.0
    stream_baseline: float = 0.0
    stream_at: float = 0.0


def author_key(author: str | None, text: str) -> str:
    """Stable, short key: the author's handle hashed, or (no author) the normalised text hashed."""
    return author_key_normalised(author, text if author else normalize(text))


def author_key_normalised(author: str | None, normalised: str) -> str:
    """:func:`author_key` of a post whose text is already normalised (``normalised``: ``normalize(text)``),
    without normalising it again."""
    raw = f"a\x1f{author}" if author else f"t\x1f{normalised}"
    return hashlib.blake2b(raw.encode(), digest_size=8).hexdigest()


def author_weight(previous_posts: int) -> float:
    """Weight of an author's next post in a cluster: 1, 1/4, 1/9, ... (sums to at most ~1.64)."""
    return 1.0 / (1.0 + previous_posts) ** 2


def _halve(value: float, dt_s: float, half_life_s: float) -> float:
    return value * 2.0 ** (-dt_s / half_life_s) if dt_s > 0 else value


def decay_to(c: Cluster, now_s: float, cfg: ClusterConfig) -> None:
    """Bring a cluster's decayed counts to ``now_s`` (never backwards: clocks of workers differ slightly)."""
    dt = now_s - c.updated_s
    if dt <= 0:
        return
    c.size = _halve(c.size, dt, cfg.size_half_life_s)
    c.spread = _halve(c.spread, dt, cfg.size_half_life_s)
    c.recent = _halve(c.recent, dt, cfg.growth_half_life_s)
    c.updated_s = now_s


@functools.cache
def _blas_controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController  # comes with scikit-learn (sentence-transformers)
    except ImportError:  # pragma: no cover - optional
        return None
    return ThreadpoolController()


def single_threaded_blas() -> contextlib.AbstractContextManager[Any]:
    """Products of this size (a few thousand x 384) take ~0.3 ms on one thread; a multi-threaded BLAS on a
    busy machine makes each one 10-50x slower. Used around the clustering of a batch."""
    controller = _blas_controller()
    return contextlib.nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


def _unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    norm = float(np.linalg.norm(v))
    return v / norm if norm > 0 else v


# --- ranking -----------------------------------------------------------------------------------------
def growth_per_min(c: Cluster, now_s: float, cfg: ClusterConfig) -> float:
    """Author-weighted posts per minute over the growth window (exponentially weighted rate)."""
    recent = _halve(c.recent, now_s - c.updated_s, cfg.growth_half_life_s)
    return recent * LN2 / cfg.growth_half_life_s * 60.0


def baseline_per_min(c: Cluster, now_s: float, cfg: ClusterConfig) -> float:
    """Author-weighted posts per minute over the size window: the long-run rate growth is compared to."""
    spread = _halve(c.spread, now_s - c.updated_s, cfg.size_half_life_s)
    return spread * LN2 / cfg.size_half_life_s * 60.0


def current_size(c: Cluster, now_s: float, cfg: ClusterConfig) -> float:
    return _halve(c.size, now_s - c.updated_s, cfg.size_half_life_s)


def urgency(growth: float, authors: int) -> float:
    """Rank key: how fast it grows, times how widely it is spread (one account alone: factor 1)."""
    return growth * math.log2(1.0 + max(1, authors))


def is_candidate(c: Cluster, now_s: float, cfg: ClusterConfig) -> bool:
    return round(current_size(c, now_s, cfg)) >= cfg.min_size and c.author_count >= cfg.min_authors


def words(text: str) -> set[str]:
    """Content words of a text: normalised tokens, no stopwords, numbers or 1-2 letter tokens; Chinese as
    character bigrams (two characters are a word there: 谢赛, 课程)."""
    return {
        w
        for w in content_words(text, min_chars=3, stemmed=False, stopwords=STOPWORDS)
        if (w.isascii() and not w.isdigit()) or len(w) == 2  # a lone CJK character is no word
    }


@dataclass(frozen=True)
class Background:
    """Document frequencies of words in a sample of recent unmatched posts (idf of :func:`top_terms`)."""

    df: Counter[str]
    n: int

    @classmethod
    def of(cls, texts: Iterable[str]) -> Background:
        df: Counter[str] = Counter()
        n = 0
        for text in texts:
            df.update(words(text))
            n += 1
        return cls(df, n)


def top_terms(texts: Sequence[str], background: Sequence[str] | Background = (), k: int = 6) -> list[str]:
    """Distinctive words of a cluster: in how many of its texts a word occurs, times its idf against a
    background of other recent unmatched posts. With 3+ texts a word must occur in at least two."""
    if not texts:
        return []
    bg = background if isinstance(background, Background) else Background.of(background)
    df = Counter(w for text in texts for w in words(text))
    min_df = 2 if len(texts) >= 3 else 1
    scored = [
        (count * (math.log((1 + bg.n) / (1 + bg.df[w])) + 1.0), w)
        for w, count in df.items()
        if count >= min_df
    ]
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [w for _, w in scored[:k]]


@dataclass(frozen=True)
class CandidateView:
    """What ops see for one candidate (``monitor candidates list --json``, ``GET /candidates``)."""

    candidate_id: str
    size: int
    growth_per_min: float
    examples: list[dict[str, str]]
    terms: list[str]
    authors: int
    posts: int
    first_seen_at: str
    last_seen_at: str
    score: float
    baseline_per_min: float
    status: str = "active"  # active | dismissed | promoted

    def as_dict(self) -> dict[str, Any]:
        return {
            "candidate_id": self.candidate_id,
            "size": self.size,
            "growth_per_min": self.growth_per_min,
            "examples": self.examples,
            "terms": self.terms,
            "authors": self.authors,
            "posts": self.posts,
            "first_seen_at": self.first_seen_at,
            "last_seen_at": self.last_seen_at,
            "score": self.score,
            "baseline_per_min": self.baseline_per_min,
            "status": self.status,
        }


def view(
    c: Cluster,
    now_s: float,
    cfg: ClusterConfig,
    background: Sequence[str] | Background = (),
    n_examples: int = 5,
    status: str = "active",
) -> CandidateView:
    growth = growth_per_min(c, now_s, cfg)
    return CandidateView(
        candidate_id=c.id,
        size=round(current_size(c, now_s, cfg)),
        growth_per_min=round(growth, 3),
        examples=[{"post_id": e.post_id, "text": e.text} for e in c.examples[:n_examples]],
        terms=top_terms([e.text for e in c.examples], background),
        authors=c.author_count,
        posts=c.posts,
        first_seen_at=iso_from_epoch_s(c.first_seen_s),
        last_seen_at=iso_from_epoch_s(c.last_seen_s),
        score=round(urgency(growth, c.author_count), 3),
        baseline_per_min=round(baseline_per_min(c, now_s, cfg), 3),
        status=status,
    )


def rank(
    clusters: Iterable[Cluster],
    now_s: float,
    cfg: ClusterConfig,
    hidden: Mapping[str, str] | None = None,
    *,
    limit: int | None = None,
    n_examples: int = 5,
    include_hidden: bool = False,
    max_background: int = 1500,
) -> list[CandidateView]:
    """Candidates, most urgent first. ``hidden`` maps dismissed/promoted ids to their status. The idf
    background for terms is the most central post of (up to ``max_background``) live clusters: a sample of
    recent unmatched posts."""
    hidden = hidden or {}
    pool = list(clusters)
    background = Background.of(c.examples[0].text for c in pool[:max_background] if c.examples)
    eligible = [c for c in pool if is_candidate(c, now_s, cfg) and (include_hidden or c.id not in hidden)]
    eligible.sort(key=lambda c: (-urgency(growth_per_min(c, now_s, cfg), c.author_count), c.id))
    if limit is not None:
        eligible = eligible[:limit]
    return [view(c, now_s, cfg, background, n_examples, hidden.get(c.id, "active")) for c in eligible]


def template_from_candidate(
    c: Cluster,
    *,
    category: str,
    severity: str,
    template_id: str | None = None,
    text: str | None = None,
    max_examples: int = 20,
) -> TemplateIn:
    """A template seeded from a cluster: its text is the most central post unless given, its examples the
    other central posts. Raises pydantic's ValidationError for a bad category/severity/id."""
    central = [e.text.strip() for e in c.examples if e.text.strip()]
    body = (text or (central[0] if central else "")).strip()
    examples = [t for t in dict.fromkeys(central) if t != body][:max_examples]
    return TemplateIn.model_validate(
        {
            "id": template_id or f"cand-{c.id}",
            "category": category,
            "severity": severity,
            "text": body,
            "examples": examples,
        }
    )


# --- the clusterer -----------------------------------------------------------------------------------
def new_cluster_id() -> str:
    return uuid.uuid4().hex[:12]


class ClusterSet:
    """Live clusters and their centroid matrix (row per cluster, updated in place)."""

    def __init__(self, cfg: ClusterConfig, id_factory: Callable[[], str] = new_cluster_id) -> None:
        self.cfg = cfg
        self.id_factory = id_factory
        self.clusters: dict[str, Cluster] = {}
        self._ids: list[str] = []
        self._row: dict[str, int] = {}
        self._matrix = np.zeros((0, 0), dtype=np.float32)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, cid: object) -> bool:
        return cid in self.clusters

    # matrix bookkeeping
    def _set_row(self, cid: str, centroid: np.ndarray) -> None:
        row = self._row.get(cid)
        if row is None:
            row = len(self._ids)
            if self._matrix.shape[1] != centroid.shape[0]:
                if self._ids:
                    raise ValueError(
                        f"vector of {centroid.shape[0]} dims, clusters have {self._matrix.shape[1]}"
                    )
                self._matrix = np.zeros((64, centroid.shape[0]), dtype=np.float32)
            if row >= self._matrix.shape[0]:
                grown = np.zeros((self._matrix.shape[0] * 2, self._matrix.shape[1]), dtype=np.float32)
                grown[:row] = self._matrix[:row]
                self._matrix = grown
            self._ids.append(cid)
            self._row[cid] = row
        self._matrix[row] = centroid

    def put(self, c: Cluster) -> None:
        """Insert or replace a cluster (e.g. as read back from the shared store)."""
        self.clusters[c.id] = c
        self._set_row(c.id, c.centroid)

    def remove(self, cid: str) -> Cluster | None:
        c = self.clusters.pop(cid, None)
        row = self._row.pop(cid, None)
        if row is None:
            return c
        last = len(self._ids) - 1
        if row != last:  # swap-remove: move the last row into the hole
            moved = self._ids[last]
            self._matrix[row] = self._matrix[last]
            self._ids[row] = moved
            self._row[moved] = row
        self._ids.pop()
        return c

    def nearest(self, v: np.ndarray) -> tuple[str | None, float]:
        n = len(self._ids)
        if n == 0:
            return None, -1.0
        sims = self._matrix[:n] @ v
        best = int(np.argmax(sims))
        return self._ids[best], float(sims[best])

    # clustering
    def add(self, post: PostIn, now_s: float) -> tuple[str, bool]:
        """Assign one post; returns (cluster id, joined an existing cluster)."""
        v = _unit(post.vector)
        cid, sim = self.nearest(v)
        return self._assign(post, v, cid, sim, now_s)

    def assign_batch(self, posts: Sequence[PostIn], now_s: float) -> Iterator[tuple[str, bool]]:
        """:meth:`add` for each post in order (the same assignments), yielding (cluster id, joined) after
        each, so that a caller's per-post bookkeeping sees the clusters as :meth:`add` would have left them.
        The similarities to the clusters as they stood before the batch come from one matrix product: one
        pass over the centroid matrix per batch instead of one per post (at thousands of clusters the
        per-post pass is most of the cost); the rows the batch's earlier posts created or moved are
        compared afresh. Iterate it inside :func:`single_threaded_blas` (products this small)."""
        if not posts:
            return
        vs = np.stack([_unit(p.vector) for p in posts])
        n0 = len(self._ids)
        before = self._matrix[:n0] @ vs.T if n0 else np.zeros((0, len(posts)), dtype=np.float32)
        moved: set[int] = set()  # rows under n0 whose centroid a post of this batch changed
        for j, post in enumerate(posts):
            v = vs[j]
            n = len(self._ids)
            if n == 0:
                cid, sim = None, -1.0
            else:
                sims = np.empty(n, dtype=np.float32)
                sims[:n0] = before[:, j]
                if moved:
                    rows = np.fromiter(moved, dtype=np.int64, count=len(moved))
                    sims[rows] = self._matrix[rows] @ v
                if n > n0:
                    sims[n0:] = self._matrix[n0:n] @ v
                best = int(np.argmax(sims))
                cid, sim = self._ids[best], float(sims[best])
            cid, joined = self._assign(post, v, cid, sim, now_s)
            row = self._row[cid]
            if row < n0:
                moved.add(row)
            yield cid, joined

    def _assign(
        self, post: PostIn, v: np.ndarray, cid: str | None, sim: float, now_s: float
    ) -> tuple[str, bool]:
        """Join the nearest cluster ``cid`` (at cosine ``sim``) or open a new one."""
        if cid is not None and sim >= self.cfg.join_threshold:
            self._join(self.clusters[cid], post, v, now_s)
            return cid, True
        c = Cluster(
            id=self.id_factory(),
            centroid=v,
            size=1.0,
            spread=1.0,
            recent=1.0,
            posts=1,
            author_count=1,
            authors={post.author_key: 1},
            first_seen_s=now_s,
            last_seen_s=now_s,
            updated_s=now_s,
            examples=[self._example(post, v, 1.0)],
        )
        self.put(c)
        return c.id, False

    def add_batch(self, posts: Sequence[PostIn], now_s: float) -> tuple[set[str], int]:
        """Assign posts in order; returns (ids of clusters created or changed, posts that joined one)."""
        with single_threaded_blas():
            assigned = list(self.assign_batch(posts, now_s))
        return {cid for cid, _ in assigned}, sum(joined for _, joined in assigned)

    def _example(self, post: PostIn, v: np.ndarray, centrality: float) -> Example:
        return Example(post.post_id, post.text[: self.cfg.max_example_chars], post.author_key, v, centrality)

    def _join(self, c: Cluster, post: PostIn, v: np.ndarray, now_s: float) -> None:
        cfg = self.cfg
        decay_to(c, now_s, cfg)
        previous = c.authors.get(post.author_key)
        if previous is None:
            c.author_count += 1
            if len(c.authors) < cfg.max_authors:
                c.authors[post.author_key] = 1
            w = 1.0
        else:
            c.authors[post.author_key] = previous + 1
            w = author_weight(previous)
        c.centroid = _unit(c.centroid * c.spread + v * w)
        c.size += 1.0
        c.spread += w
        c.recent += w
        c.posts += 1
        c.first_seen_s = min(c.first_seen_s, now_s)
        c.last_seen_s = max(c.last_seen_s, now_s)
        self._matrix[self._row[c.id]] = c.centroid
        self._offer_example(c, post, v)

    def _offer_example(self, c: Cluster, post: PostIn, v: np.ndarray) -> None:
        cfg = self.cfg
        if any(e.author_key == post.author_key for e in c.examples):
            return
        if (
            c.examples
            and float(np.max(np.stack([e.vector for e in c.examples]) @ v)) >= cfg.duplicate_threshold
        ):
            return
        c.examples.append(self._example(post, v, 0.0))
        rerank_examples(c, cfg.max_examples)

    # maintenance
    def enforce_capacity(self, now_s: float) -> set[str]:
        """Over ``max_clusters``: evict the smallest (decayed) clusters down to 90% of it."""
        n = len(self._ids)
        if n <= self.cfg.max_clusters:
            return set()
        keep = int(self.cfg.max_clusters * 0.9)
        sizes = np.array([current_size(self.clusters[cid], now_s, self.cfg) for cid in self._ids])
        victims = [self._ids[i] for i in np.argpartition(sizes, n - keep)[: n - keep]]
        for cid in victims:
            self.remove(cid)
        return set(victims)

    def prune(self, now_s: float) -> set[str]:
        """Drop clusters whose decayed size fell under ``prune_below``."""
        faded = {
            cid for cid, c in self.clusters.items() if current_size(c, now_s, self.cfg) < self.cfg.prune_below
        }
        for cid in faded:
            self.remove(cid)
        return faded | self.enforce_capacity(now_s)

    def merge_near(self, now_s: float, min_posts: int = 2) -> tuple[set[str], set[str]]:
        """Merge pairs of clusters (with at least ``min_posts`` each) whose centroids are within
        ``merge_threshold``; the smaller goes into the larger. Returns (changed ids, removed ids)."""
        ids = [cid for cid in self._ids if self.clusters[cid].posts >= min_posts]
        if len(ids) < 2:
            return set(), set()
        m = np.stack([self.clusters[cid].centroid for cid in ids])
        with single_threaded_blas():
            sims = np.triu(m @ m.T, k=1)
        pairs = np.argwhere(sims >= self.cfg.merge_threshold)
        order = np.argsort(-sims[pairs[:, 0], pairs[:, 1]])
        changed: set[str] = set()
        removed: set[str] = set()
        for p in order:
            a, b = ids[pairs[p, 0]], ids[pairs[p, 1]]
            if a in removed or b in removed:
                continue
            ca, cb = self.clusters[a], self.clusters[b]
            if float(ca.centroid @ cb.centroid) < self.cfg.merge_threshold:
                continue  # an earlier merge moved a centroid away
            # the survivor: the one already notified (its incident goes on), else the larger
            key_a, key_b = (ca.notifications > 0, ca.spread, ca.id), (cb.notifications > 0, cb.spread, cb.id)
            big, small = (ca, cb) if key_a >= key_b else (cb, ca)
            merge_into(big, small, now_s, self.cfg)
            self.remove(small.id)
            self._matrix[self._row[big.id]] = big.centroid
            removed.add(small.id)
            changed.add(big.id)
        return changed - removed, removed


def rerank_examples(c: Cluster, max_examples: int) -> None:
    """Order examples by cosine to the current centroid; keep the most central ones."""
    if not c.examples:
        return
    sims = np.stack([e.vector for e in c.examples]) @ c.centroid
    for e, s in zip(c.examples, sims, strict=True):
        e.centrality = float(s)
    c.examples.sort(key=lambda e: -e.centrality)
    del c.examples[max_examples:]


def merge_into(big: Cluster, small: Cluster, now_s: float, cfg: ClusterConfig) -> None:
    """Fold ``small`` into ``big`` (counts, authors, examples, first/last seen). ``big`` keeps its own
    notification state; ``small``'s incident, if any, ends with it."""
    decay_to(big, now_s, cfg)
    decay_to(small, now_s, cfg)
    big.centroid = _unit(big.centroid * big.spread + small.centroid * small.spread)
    big.size += small.size
    big.spread += small.spread
    big.recent += small.recent
    big.posts += small.posts
    untracked = (big.author_count - len(big.authors)) + (small.author_count - len(small.authors))
    authors = dict(big.authors)
    for key, n in small.authors.items():
        authors[key] = authors.get(key, 0) + n
    big.author_count = len(authors) + untracked
    big.authors = dict(sorted(authors.items(), key=lambda kv: -kv[1])[: cfg.max_authors])
    big.first_seen_s = min(big.first_seen_s, small.first_seen_s)
    big.last_seen_s = max(big.last_seen_s, small.last_seen_s)
    seen_authors = {e.author_key for e in big.examples}
    for e in small.examples:
        if e.author_key not in seen_authors:
            big.examples.append(e)
            seen_authors.add(e.author_key)
    rerank_examples(big, cfg.max_examples)


# --- the cheap stage (cascade on): bursts of gate-decided posts ----------------------------------------
#
# Recurring background topics (a politician's tweets, an SMS template) form static clusters of many posts
# from many accounts, at a steady share of the stream; a new narrative's share grows. So a cheap cluster is a
# burst when its recent share of the stream is well above its own baseline share, not when it is large.
#
# The clock is the stream itself: a position counting the posts every worker has processed (a shared
# counter). Windows in posts make the test independent of throughput (a replay, a bench, a busy hour: the
# share of a recurring topic stays put) and of time of day (the whole stream rises and falls together).
# Each cluster keeps two author-weighted counts decayed on that clock (half-lives ``recent_posts`` and
# ``baseline_posts``); the stream's exposure over each window, counted from position 0 (the first post the
# stage saw; a cluster had no posts before it was born), turns them into shares:
#
#     recent share   = recent count   / exposure(recent_posts)
#     baseline share = baseline count / exposure(baseline_posts)     exposure(h) = h/ln 2 * (1 - 2^(-pos/h))
#     burst  <=>  recent count >= min posts, authors >= min authors, recent share >= growth x baseline share
#
# A steady topic's two shares are equal (up to noise); a narrative that has just started has all of its
# posts in both counts, so its ratio is the ratio of the exposures: up to baseline_posts / recent_posts once
# the stage has seen that much stream, and ~1 on a stage that has just started (no history: nothing is new).


@dataclass(frozen=True)
class BurstConfig:
    recent_posts: float = 500.0  # half-life of the recent count, in posts of the stream
    baseline_posts: float = 20_000.0  # half-life of the baseline count, in posts of the stream
    growth: float = 3.0  # a burst's recent share is at least this many times its baseline share


def stream_exposure(pos: float, half_life_posts: float) -> float:
    """Posts of the stream in a window decayed with ``half_life_posts``, from position 0 to ``pos``."""
    if pos <= 0:
        return 0.0
    return half_life_posts / LN2 * (1.0 - 2.0 ** (-pos / half_life_posts))


def _decayed_counts(c: Cluster, pos: float, g: BurstConfig) -> tuple[float, float]:
    dt = pos - c.stream_at
    return _halve(c.stream_recent, dt, g.recent_posts), _halve(c.stream_baseline, dt, g.baseline_posts)


def record_arrival(c: Cluster, author_key_: str, pos: float, g: BurstConfig) -> None:
    """Count a post that has just been added to ``c`` (by :meth:`ClusterSet.add`) at stream position
    ``pos``, with the author weight the clusterer gave it (an account's k-th post in the cluster: 1/k^2)."""
    recent, baseline = _decayed_counts(c, pos, g)
    n = c.authors.get(author_key_)
    w = author_weight(n - 1) if n else 1.0  # untracked authors (beyond max_authors) count as new
    c.stream_recent, c.stream_baseline = recent + w, baseline + w
    c.stream_at = max(c.stream_at, pos)


def burst_growth(c: Cluster, pos: float, g: BurstConfig) -> float:
    """A cluster's recent share of the stream over its baseline share (0 with no baseline)."""
    recent, baseline = _decayed_counts(c, pos, g)
    e_recent, e_base = stream_exposure(pos, g.recent_posts), stream_exposure(pos, g.baseline_posts)
    if baseline <= 0 or e_recent <= 0:
        return 0.0
    return (recent / e_recent) / (baseline / e_base)


def is_burst(c: Cluster, pos: float, cfg: ClusterConfig, g: BurstConfig) -> bool:
    """Recent (author-weighted) posts at least ``cfg.min_size``, from ``cfg.min_authors`` accounts, growing
    ``g.growth`` times faster than the cluster's own baseline (both as shares of the stream)."""
    recent, _ = _decayed_counts(c, pos, g)
    return (
        recent >= cfg.min_size and c.author_count >= cfg.min_authors and burst_growth(c, pos, g) >= g.growth
    )


def burst_escalation(
    c: Cluster,
    joined: Sequence[PostIn],
    now_s: float,
    pos: float,
    cfg: ClusterConfig,
    g: BurstConfig,
) -> list[PostIn]:
    """Posts of a cheap (static-vector) cluster to send to the transformer, central first. Nothing unless the
    cluster is a burst at stream position ``pos`` (:func:`is_burst`); the first time it is, its kept
    examples (the central few, one per author, with their static vectors) and this batch's posts that
    ``joined`` it, and it is marked escalated; later, while it is still a burst, only what joins it. When
    its growth falls back to its baseline it sends nothing more. Each post once (by id)."""
    if not is_burst(c, pos, cfg, g):
        return []
    out: list[PostIn] = []
    if c.escalated_s is None:
        out = [PostIn(e.post_id, e.text, e.author_key, e.vector) for e in c.examples]
        c.escalated_s = now_s
    seen = {p.post_id for p in out}
    for p in joined:
        if p.post_id not in seen:
            seen.add(p.post_id)
            out.append(p)
    return out


@dataclass
class ShareBudget:
    """A budget relative to the stream: ``share`` model posts earned per post the worker processes, unspent
    budget saved up to ``capacity``. Starts empty, so that whatever happens the posts granted never exceed
    ``share`` x the posts seen."""

    share: float
    capacity: float
    tokens: float = 0.0

    def earn(self, stream_posts: int) -> None:
        self.tokens = min(self.capacity, self.tokens + self.share * max(0, stream_posts))

    def take(self, wanted: int) -> int:
        """Grant up to ``wanted`` whole units now; returns how many."""
        granted = max(0, min(wanted, int(self.tokens + 1e-9)))
        self.tokens -= granted
        return granted

    def give_back(self, units: int) -> None:
        """Return units taken but not spent (another budget refused them)."""
        self.tokens = min(self.capacity, self.tokens + units)


@dataclass
class TokenBucket:
    """A budget of ``rate_per_s`` units per second, up to ``capacity`` saved (a burst's first posts)."""

    rate_per_s: float
    capacity: float
    tokens: float = 0.0  # set to ``capacity`` on first use (``updated_s`` None)
    updated_s: float | None = None

    def take(self, wanted: int, now_s: float) -> int:
        """Grant up to ``wanted`` whole units now; returns how many."""
        if self.updated_s is None:
            self.tokens = self.capacity
        else:
            self.tokens = min(self.capacity, self.tokens + max(0.0, now_s - self.updated_s) * self.rate_per_s)
        self.updated_s = now_s
        granted = max(0, min(wanted, int(self.tokens)))
        self.tokens -= granted
        return granted

    def give_back(self, units: int) -> None:
        """Return units taken but not spent (another budget refused them)."""
        self.tokens = min(self.capacity, self.tokens + units)
