"""Retro-match: when a template is added or its texts change, re-check the recent posts against it, so
on-call learns what spread before the template existed. A worker batch hook (:mod:`monitor.hooks`).

``on_batch``  keeps every decided post (id, summary, its query vector as float32 bytes) in a Redis STREAM
              per model, trimmed to the last ``MONITOR_RETRO_WINDOW_POSTS`` posts and
              ``MONITOR_RETRO_WINDOW_S`` seconds. A post the cascade's gate decided has no query vector:
              it is kept without one (``vec`` empty), and a retro pass re-checks it (below).
``on_tick``   when the catalogue version moved, reads the template audit stream from a cursor the workers
              share, keeps the templates that were added or whose text, examples, negatives or threshold
              changed (and are enabled), claims each template version with a ``SET NX`` lock (one worker
              does it), scores the window against the template's stored exemplar vectors (numpy), runs the
              live decision code (:func:`monitor.core.matching.decide`) on that template's hits with the
              live BM25 input (a lexical channel over the worker's catalogue snapshot) and emits alerts
              flagged ``retroactive``, built as live ones (:func:`monitor.core.alerts.build_alert`).
              Alert ids are the live ones (``alert_id_for(post, template)``), deduplicated through
              :class:`~monitor.storage.dedup.AlertDedup`: never a second alert for a post and template.
              Window posts without a vector (gate-decided) first go through the worker's
              :class:`RecheckPosts` (``Processor.recheck_vectors``): the gate again, under the catalogue
              that now holds the new template, then the transformer for the ones it passes (at most
              ``MONITOR_RETRO_MAX_MODEL_POSTS``, newest first, in batches); the gate's leftovers cannot
              match any template, so the pass decides as the live pipeline with the cascade off would.

              A spelling of the wave's name registered or re-pointed (``spelling_set`` in the same audit
              stream: 索拉 as Sora) re-reads the window posts that carry it, with one lock per audit
              entry: they are read with the spelling (the gate, then the transformer for what it
              passes, both through :class:`RecheckPosts`) and decided by the live decision over the
              whole catalogue; a match is a retro alert like any other.
A change is taken up ``MONITOR_RETRO_GRACE_S`` after it was written, so batches that were in flight with
the old catalogue are in the window by then. A bulk import is spread over ticks,
``MONITOR_RETRO_MAX_TEMPLATES_PER_TICK`` templates at a time. ``enable`` does not retro-match.
Delivery of retro alerts is at most once (they are marked delivered before they are sent).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast

import numpy as np
import orjson
import redis
from redis.client import NEVER_DECODE

from monitor.config import Settings
from monitor.core.alerts import build_alert
from monitor.core.clock import iso, iso_from_epoch_ms, utcnow
from monitor.core.lexical import LexicalChannel
from monitor.core.matching import Decision, Hit, MatchPolicy, decide
from monitor.core.models import Alert, ExemplarKind, Template
from monitor.core.spellings import Spellings
from monitor.core.text import analyze, normalize
from monitor.embedding import Embedder
from monitor.pipeline.bridge import LAZY_BRIDGE
from monitor.pipeline.catalogue import Catalogue, StaticCatalogue
from monitor.pipeline.hooks import Emit
from monitor.pipeline.processor import BatchOutput, Processor
from monitor.storage.dedup import AlertDedup
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry, parse_stream_id

log = logging.getLogger(__name__)
T = TypeVar("T")

# an update re-checks the window only when what decides a match changed
RETRO_FIELDS = frozenset({"text", "examples", "negatives", "threshold"})
AUDIT_PAGE = 2000
LOCK_TTL_S = 24 * 3600

Exemplar = tuple[ExemplarKind, int, str, np.ndarray]
# the live decision for posts with known query vectors: (post ids, post texts, vectors) -> decisions
LiveDecider = Callable[[Sequence[str], Sequence[str], np.ndarray], list[Decision]]
# posts without a query vector (the gate decided them): (post ids, post texts) -> (the rows that may match
# under the current catalogue, their query vectors); the other rows cannot match any template
RecheckPosts = Callable[[Sequence[str], Sequence[str]], tuple[list[int], np.ndarray]]


# --- pure helpers -------------------------------------------------------------------------------------
def later_id(a: str | None, b: str | None) -> str | None:
    """The later of two stream ids (None counts as the earliest)."""
    if a is None or b is None:
        return a if b is None else b
    return a if parse_stream_id(a) >= parse_stream_id(b) else b


def needs_retro(entry: Mapping[str, str]) -> bool:
    """Does this audit entry (``TemplateRegistry._audit`` fields) call for a retro-match?"""
    action = entry.get("action")
    if action == "add":
        return True
    if action != "update":
        return False
    try:
        changes = orjson.loads(entry.get("changes") or "{}")
    except orjson.JSONDecodeError:
        return True  # unreadable: re-checking is the safe side
    return isinstance(changes, dict) and bool(RETRO_FIELDS & set(changes))


def spelling_set(entry: Mapping[str, str]) -> str | None:
    """The alias an audit entry registered or re-pointed (``TemplateRegistry._audit_spelling``), else None:
    the window posts that carry it are re-read with it."""
    return (entry.get("alias") or None) if entry.get("action") == "spelling_set" else None


def rows_with_spellings(posts: Sequence[WindowPost], spellings: Spellings) -> list[int]:
    """The window posts in which one of ``spellings`` is read. Pure."""
    return [i for i, p in enumerate(posts) if spellings.read(p.text)[1]] if spellings else []


@dataclass(frozen=True)
class WindowPost:
    post_id: str
    post: dict[str, Any]  # Post.summary(): id, text, author, url, created_at…
    seen_ms: int  # when the worker stored it (Redis time)
    has_vector: bool = True  # False: the cascade's gate decided it (its row of the window's vectors is 0)

    @property
    def text(self) -> str:
        return str(self.post.get("text", ""))


@dataclass(frozen=True)
class Completed:
    """The window with the gate-decided posts re-checked: the posts a template may match, their vectors."""

    posts: list[WindowPost]
    vectors: np.ndarray
    rechecked: int  # posts without a vector that went through the recheck
    to_model: int  # ... of which the gate passed (the transformer encoded them)


def complete_window(
    posts: Sequence[WindowPost], vectors: np.ndarray, recheck: RecheckPosts | None
) -> Completed:
    """Give the window's gate-decided posts a query vector where one is needed. Pure (``recheck`` is the
    worker's gate + transformer): posts with a vector stay as they are; of the others, the rows
    ``recheck`` returns get its vectors, the rest are left out (under the current catalogue they cannot
    match any template). Without a ``recheck`` (no cascade) the posts without a vector are left out."""
    missing = [i for i, p in enumerate(posts) if not p.has_vector]
    if not missing:
        return Completed(list(posts), vectors, 0, 0)
    keep = np.asarray([p.has_vector for p in posts], dtype=bool)
    filled = np.array(vectors, dtype=np.float32, copy=True)
    passed: list[int] = []
    if recheck is not None:
        rows, found = recheck([posts[i].post_id for i in missing], [posts[i].text for i in missing])
        if len(rows):
            if not filled.shape[1]:  # every window post was gate-decided: the recheck gives the dimension
                filled = np.zeros((len(posts), found.shape[1] if found.ndim == 2 else 0), np.float32)
            if found.shape != (len(rows), filled.shape[1]):
                raise ValueError(f"recheck vectors {found.shape}, expected ({len(rows)}, {filled.shape[1]})")
            passed = [missing[r] for r in rows]
            filled[passed] = found
            keep[passed] = True
    chosen = np.flatnonzero(keep).tolist()
    return Completed(
        [posts[i] for i in chosen],
        filled[chosen],
        len(missing) if recheck is not None else 0,
        len(passed),
    )


def match_window(
    posts: Sequence[WindowPost],
    vectors: np.ndarray,
    template: Template,
    exemplars: Sequence[Exemplar],
    policy: MatchPolicy,
    *,
    catalogue: Mapping[str, Template] | None = None,
    lexical: LexicalChannel | None = None,
) -> list[tuple[WindowPost, Decision]]:
    """The window posts that ``template`` matches, by the live decision code. Pure.

    ``vectors[i]`` is the query vector of ``posts[i]``; ``exemplars`` are the template's stored vectors;
    ``catalogue`` the templates the BM25 channel is built over (see :func:`match_templates`)."""
    found = match_templates(
        posts, vectors, [(template, exemplars)], policy, catalogue=catalogue, lexical=lexical
    )
    return [(p, d) for p, _, d in found]


def match_templates(
    posts: Sequence[WindowPost],
    vectors: np.ndarray,
    targets: Sequence[tuple[Template, Sequence[Exemplar]]],
    policy: MatchPolicy,
    max_columns: int = 4096,
    *,
    catalogue: Mapping[str, Template] | None = None,
    lexical: LexicalChannel | None = None,
    live: LiveDecider | None = None,
) -> list[tuple[WindowPost, Template, Decision]]:
    """:func:`match_window` for several templates: one matrix product per group of up to ``max_columns``
    exemplars (cosine = dot product: every vector is L2-normalised). Pure.

    The decision gets the live path's inputs: the dense hits (here: every exemplar of the template, so its
    best positive and negative are exact) and the post's BM25 against the template, from a
    :class:`~monitor.core.lexical.LexicalChannel` over ``catalogue`` (the worker's snapshot) with the
    targets' current versions in it, as the live worker's channel has once its catalogue reloads.
    ``catalogue=None`` scores BM25 over the targets alone.

    ``live`` (the worker's :meth:`~monitor.pipeline.processor.Processor.decide_vectors`): the posts a target
    could match are re-decided by the live decision itself, against the whole catalogue (nearest exemplars
    of every template, their negatives, the words the candidates share), and a post is found for a target
    iff that decision matches the target: exactly what the live worker would now decide. Without it,
    each target is judged alone (pure; tests)."""
    out: list[tuple[WindowPost, Template, Decision]] = []
    channel = lexical or LexicalChannel(background_above=sys.maxsize, bridge=LAZY_BRIDGE)
    bm25 = _Bm25(posts, targets, catalogue, channel)
    pending: list[tuple[Template, list[int]]] = []
    group: list[tuple[Template, Sequence[Exemplar]]] = []
    columns = 0
    for target in [*(t for t in targets if t[1]), None]:
        if group and (target is None or columns + len(target[1]) > max_columns):
            matrix = np.stack([e[3] for _, exemplars in group for e in exemplars]).astype(
                np.float32, copy=False
            )
            if len(posts) and matrix.shape[1] != vectors.shape[1]:
                raise ValueError(f"window vectors have dim {vectors.shape[1]}, templates {matrix.shape[1]}")
            sims = vectors @ matrix.T if len(posts) else np.zeros((0, len(matrix)), np.float32)
            col = 0
            for template, exemplars in group:
                block = sims[:, col : col + len(exemplars)]
                if live is None:
                    out += [
                        (p, template, d)
                        for p, d in _decide_rows(posts, block, template, exemplars, policy, bm25)
                    ]
                else:
                    rows = _reachable(block, template, exemplars, policy)
                    rows = sorted(set(rows) | set(bm25.lexical_candidate_rows(template.id, policy)))
                    pending.append((template, rows))
                col += len(exemplars)
            group, columns = [], 0
        if target is not None:
            group.append(target)
            columns += len(target[1])
    if live is not None and pending:
        rows = sorted({r for _, rs in pending for r in rs})
        decided = live([posts[r].post_id for r in rows], [posts[r].text for r in rows], vectors[rows])
        by_row = dict(zip(rows, decided, strict=True))
        for template, rs in pending:
            out += [
                (posts[r], template, by_row[r])
                for r in rs
                if by_row[r].matched and by_row[r].template_id == template.id
            ]
    return out


def _reachable(
    sims: np.ndarray, template: Template, exemplars: Sequence[Exemplar], policy: MatchPolicy
) -> list[int]:
    """Rows whose best positive exemplar could reach the threshold: decide() ranks by dense +
    lexical_weight * saturated BM25 (< 1) + the scam-signal adjustment (<= signal_weight)."""
    positive = np.array([kind != "negative" for kind, *_ in exemplars])
    if not positive.any() or not len(sims):
        return []
    # the confidence line reaches further under for a post sharing the template's words: the BM25 pass
    # after this one cannot be anticipated here, so every post within that reach is kept
    threshold = policy.lowest_threshold(template) - policy.line_reach(template)
    return [int(r) for r in np.flatnonzero(sims[:, positive].max(axis=1) + policy.max_bonus >= threshold)]


class _Bm25:
    """BM25 of window posts against target templates, computed only for the posts that need it (the
    pre-filter's survivors) and with the index built once per call."""

    def __init__(
        self,
        posts: Sequence[WindowPost],
        targets: Sequence[tuple[Template, Sequence[Exemplar]]],
        catalogue: Mapping[str, Template] | None,
        channel: LexicalChannel,
    ) -> None:
        current = {t.id: t for t, _ in targets}
        if (
            catalogue is not None
            and all(catalogue.get(tid) == t for tid, t in current.items())
            and channel.ready(catalogue)
        ):
            self.snapshot: Mapping[str, Template] = catalogue  # the same object: the channel's index serves
        else:
            # the targets alone, a catalogue that has not reloaded the new versions yet, or a large one whose
            # index is still being built: a one-off index (a shared channel keeps serving the live snapshot)
            self.snapshot = current if catalogue is None else {**catalogue, **current}
            channel = LexicalChannel(background_above=sys.maxsize, bridge=LAZY_BRIDGE)
        self.posts, self.channel = posts, channel
        self._texts: dict[int, str] = {}
        self._candidate_rows: dict[str, list[int]] | None = None  # template id -> posts that have it

    def text(self, row: int) -> str:
        if row not in self._texts:
            self._texts[row] = normalize(self.posts[row].text)
        return self._texts[row]

    def lexical_candidate_rows(self, template_id: str, policy: MatchPolicy) -> list[int]:
        """Posts that have ``template_id`` among their BM25 candidates (the live path adds those to the
        dense ones, with the weakest dense hit as their floor): every window post is scored, and its top
        templates taken, once per call, whatever the number of targets."""
        if self._candidate_rows is None:
            self._candidate_rows = {}
            texts = [self.text(r) for r in range(len(self.posts))]
            if texts:
                scores = self.channel.index_for(self.snapshot).score(texts, normalized=True)
                for row in range(len(texts)):
                    for tid, _ in scores.top(row, policy.lexical_candidates):
                        self._candidate_rows.setdefault(tid, []).append(row)
        return self._candidate_rows.get(template_id, [])

    def scores(self, rows: Sequence[int], template_id: str) -> list[float]:
        """BM25 of ``template_id`` for the posts ``rows`` (0 where they share no term)."""
        if not rows:
            return []
        index = self.channel.index_for(self.snapshot)
        position = index.position(template_id)
        if position is None:
            return [0.0] * len(rows)
        scores = index.score([self.text(r) for r in rows], normalized=True)
        return [scores.value(i, position) for i in range(len(rows))]


def _decide_rows(
    posts: Sequence[WindowPost],
    sims: np.ndarray,
    template: Template,
    exemplars: Sequence[Exemplar],
    policy: MatchPolicy,
    bm25: _Bm25,
) -> list[tuple[WindowPost, Decision]]:
    """Run :func:`decide` on the posts whose best positive exemplar could reach the threshold."""
    if not len(posts):
        return []
    reachable = _reachable(sims, template, exemplars, policy)
    catalogue = {template.id: template}
    out = []
    for row, score in zip(reachable, bm25.scores(reachable, template.id), strict=True):
        hits = sorted(
            (
                Hit(template.id, kind, index, text, float(sims[row, col]))
                for col, (kind, index, text, _) in enumerate(exemplars)
            ),
            key=lambda h: -h.score,
        )
        post = posts[row]
        lexical = {template.id: score} if score > 0 else {}
        text = bm25.text(row)
        decision = decide(
            post.post_id, post.text, hits, catalogue, policy, lexical=lexical, post=analyze(post.text, text)
        )
        if decision.matched:
            out.append((post, decision))
    return out


def retro_alert(
    post: WindowPost,
    template: Template,
    decision: Decision,
    created_at: str,
    default_runbook_url: str | None = None,
) -> Alert:
    """The alert for a window post that a new or changed template matches (same id as a live one)."""
    return build_alert(
        post.post,
        template,
        decision,
        created_at=created_at,
        default_runbook_url=default_runbook_url,
        retroactive=True,
        extra_explanation={"retroactive": True, "post_seen_at": iso_from_epoch_ms(post.seen_ms)},
    )


# --- the hook -----------------------------------------------------------------------------------------
class WorkerParts(Protocol):
    """What :meth:`RetroMatcher.from_services` takes from the worker (``streams.app.WorkerServices``)."""

    settings: Settings
    redis: redis.Redis
    keys: Keys
    embedder: Embedder
    registry: TemplateRegistry
    processor: Processor
    dedup: AlertDedup


class RetroMatcher:
    name = "retro"

    def __init__(
        self,
        client: redis.Redis,
        keys: Keys,
        registry: TemplateRegistry,
        policy: MatchPolicy,
        dedup: AlertDedup,
        *,
        model: str,
        window_posts: int = 10_000,
        window_s: int = 86_400,
        tick_interval_s: float = 1.0,
        grace_s: float = 2.0,
        max_templates_per_tick: int = 500,
        on_alert: Callable[[Alert], None] | None = None,
        catalogue: Catalogue | StaticCatalogue | None = None,
        default_runbook_url: str | None = None,
        lexical: LexicalChannel | None = None,
        live: LiveDecider | None = None,
        recheck: RecheckPosts | None = None,
    ) -> None:
        self.client, self.keys, self.registry = client, keys, registry
        self.policy, self.dedup, self.model = policy, dedup, model
        self.window_key = keys.retro_window(model)
        self.window_posts, self.window_s = window_posts, window_s
        self.tick_interval_s: float | None = tick_interval_s
        self.grace_ms = int(grace_s * 1000)
        self.max_templates_per_tick = max_templates_per_tick
        self.on_alert = on_alert
        # the live path's BM25 corpus: the worker's catalogue snapshot (its own copy when none is given)
        self.catalogue = catalogue if catalogue is not None else Catalogue(registry)
        # the live processor's channel when given (one index, built once per catalogue): a retro pass waits
        # (is retried on the next tick) until it serves the snapshot holding the new template versions
        self.lexical = (
            lexical
            if lexical is not None
            else LexicalChannel(background_above=sys.maxsize, bridge=LAZY_BRIDGE)
        )
        # the worker's live decision (Processor.decide_vectors): a retro alert is what live would decide now
        self.live = live
        # the worker's gate + transformer for window posts the gate decided (Processor.recheck_vectors)
        self.recheck = recheck
        self.default_runbook_url = default_runbook_url
        self._seen_version: int | None = None
        self._pending = True
        self._last_seen_ms: int | None = None  # Redis time of the newest stored post
        self._start_cursor()

    @classmethod
    def from_services(cls, services: WorkerParts) -> RetroMatcher:
        s = services.settings
        return cls(
            services.redis,
            services.keys,
            services.registry,
            services.processor.policy,
            services.dedup,
            model=services.embedder.spec.name,
            window_posts=s.retro_window_posts,
            window_s=s.retro_window_s,
            tick_interval_s=s.retro_tick_s,
            grace_s=s.retro_grace_s,
            max_templates_per_tick=s.retro_max_templates_per_tick,
            on_alert=services.processor.count_alert,
            catalogue=services.processor.catalogue,
            default_runbook_url=services.processor.default_runbook_url,
            lexical=services.processor.lexical,
            live=services.processor.decide_vectors,
            recheck=lambda ids, texts: services.processor.recheck_vectors(
                ids, texts, max_model_posts=s.retro_max_model_posts
            ),
        )

    def _start_cursor(self) -> None:
        """The first worker ever starts at the audit stream's end: templates registered before any
        worker ran have no earlier posts to re-check. Later workers continue from the shared cursor."""
        last = cast(list[tuple[str, Any]], self.client.xrevrange(self.keys.audit_stream, count=1))
        start = last[0][0] if last else "0-0"
        self.client.set(self.keys.retro_cursor, start, nx=True)

    # --- on_batch: the window -----------------------------------------------------------------------
    def on_batch(self, batch: BatchOutput, alerts_sent: Sequence[Alert]) -> list[Emit]:
        if not batch.posts or batch.vectors is None:
            return []
        vectors = np.asarray(batch.vectors, dtype=np.float32)
        # posts the cascade's gate decided have no query vector: they are kept without one (a retro pass
        # re-checks them through the gate and, where it passes them, the transformer)
        kept = [
            (p, v.tobytes() if batch.has_vector(i) else b"")
            for i, (p, v) in enumerate(zip(batch.posts, vectors, strict=True))
        ]
        pipe = self.client.pipeline(transaction=False)
        for post, vec in kept:
            pipe.xadd(
                self.window_key,
                {"id": post.id, "post": orjson.dumps(post.summary()), "vec": vec},
                maxlen=self.window_posts,
                approximate=False,
            )
        if self._last_seen_ms is not None:  # the age bound, by the previous batch's Redis time
            pipe.xtrim(
                self.window_key, minid=f"{self._last_seen_ms - self.window_s * 1000}-0", approximate=True
            )
        ids = pipe.execute()
        self._last_seen_ms = parse_stream_id(ids[len(kept) - 1])[0]
        return []

    def window(self, now_ms: int) -> tuple[list[WindowPost], np.ndarray]:
        """The posts of the window (latest copy of each post id) and their query vectors (zeros for a
        post without one: ``WindowPost.has_vector``)."""
        oldest = now_ms - self.window_s * 1000
        raw = self.client.execute_command(
            "XRANGE", self.window_key, f"{oldest}-0", "+", **{NEVER_DECODE: True}
        )
        latest: dict[str, tuple[WindowPost, bytes]] = {}
        for entry_id, fields in raw or []:
            try:
                vec = fields[b"vec"]
                post = WindowPost(
                    fields[b"id"].decode(),
                    orjson.loads(fields[b"post"]),
                    parse_stream_id(entry_id)[0],
                    has_vector=bool(vec),
                )
                latest[post.post_id] = (post, vec)
            except (KeyError, ValueError, UnicodeDecodeError):  # a malformed entry: skip it
                continue
        if not latest:
            return [], np.zeros((0, 0), dtype=np.float32)
        posts = [p for p, _ in latest.values()]
        dims = {len(v) for _, v in latest.values() if v}
        if len(dims) > 1:
            raise ValueError(f"window vectors of several sizes: {sorted(dims)} bytes")
        dim = dims.pop() // 4 if dims else 0
        vectors = np.stack(
            [
                np.frombuffer(v, dtype=np.float32) if v else np.zeros(dim, np.float32)
                for _, v in latest.values()
            ]
        )
        return posts, vectors

    # --- on_tick: find new/changed templates, match them against the window --------------------------
    def on_tick(self, now_s: float) -> list[Emit]:
        version = self.registry.version()
        if version == self._seen_version and not self._pending:
            return []
        emits = self.run_once()
        self._seen_version = version
        return emits

    def run_once(self) -> list[Emit]:
        """One pass: take the due audit entries after the cursor, retro-match their templates, move the
        cursor. On an exception the locks taken are released and the cursor stays, so it is retried."""
        sec, usec = cast(tuple[int, int], self.client.time())
        now_ms = sec * 1000 + usec // 1000
        cursor = cast(str, self.client.get(self.keys.retro_cursor) or "0-0")
        entries = cast(
            list[tuple[str, dict[str, str]]],
            self.client.xrange(self.keys.audit_stream, min=f"({cursor}", count=AUDIT_PAGE),
        )
        targets: dict[str, str] = {}  # template id -> id of its latest qualifying audit entry
        aliases: dict[str, str] = {}  # spelling registered -> id of its latest audit entry
        consumed: str | None = None
        self._pending = len(entries) == AUDIT_PAGE
        for entry_id, fields in entries:
            if parse_stream_id(entry_id)[0] > now_ms - self.grace_ms:
                self._pending = True  # too fresh: batches decided without it may still be in flight
                break
            tid = fields.get("template_id", "")
            alias = spelling_set(fields)
            if alias is not None or needs_retro(fields):
                new = alias not in aliases if alias is not None else tid not in targets
                if new and len(targets) + len(aliases) >= self.max_templates_per_tick:
                    self._pending = True
                    break
                if alias is not None:
                    aliases[alias] = entry_id
                else:
                    targets[tid] = entry_id
            consumed = entry_id
        if consumed is None:
            return []
        claimed = self._claim(targets)
        locks = [lock for _, lock in claimed]
        try:
            alerts = self._match(claimed, now_ms)
            if alerts is not None:
                claimed_aliases = self._claim_spellings(aliases)
                locks += [lock for _, lock in claimed_aliases]
                alerts += self._respell(claimed_aliases, now_ms)
        except BaseException:
            self._release(locks)
            raise
        if alerts is None:  # the lexical index for this catalogue is still being built: next tick
            self._release(locks)
            self._pending = True
            return []
        stored = cast(str | None, self.client.get(self.keys.retro_cursor))
        self.client.set(self.keys.retro_cursor, later_id(stored, consumed) or consumed)
        return self._deliver(alerts)

    def _claim(self, targets: Mapping[str, str]) -> list[tuple[Template, str]]:
        """Enabled templates of ``targets`` whose version this worker locked (another worker has the rest)."""
        stored = self.registry.get_many(list(targets))
        return self._lock(
            [(t, self.keys.retro_lock(t.id, t.version, targets[t.id])) for t in stored.values() if t.enabled]
        )

    def _claim_spellings(self, aliases: Mapping[str, str]) -> list[tuple[str, str]]:
        """(alias, lock) of the spelling changes this worker locked, one lock per audit entry."""
        return self._lock([(a, self.keys.retro_spelling_lock(entry_id)) for a, entry_id in aliases.items()])

    def _lock(self, candidates: Sequence[tuple[T, str]]) -> list[tuple[T, str]]:
        """The (item, lock) pairs whose lock this worker took (``SET NX``, one round trip for all)."""
        pipe = self.client.pipeline(transaction=False)
        for _, lock in candidates:
            pipe.set(lock, "1", nx=True, ex=LOCK_TTL_S)
        return [c for c, won in zip(candidates, pipe.execute(), strict=True) if won]

    def _release(self, locks: Sequence[str]) -> None:
        if locks:
            self.client.delete(*locks)

    def _match(self, claimed: Sequence[tuple[Template, str]], now_ms: int) -> list[Alert] | None:
        """The retro alerts of ``claimed`` over the window; None when the live lexical index does not serve
        the catalogue snapshot yet (a large catalogue's rebuild runs in the background)."""
        if not claimed:
            return []
        started = time.perf_counter()
        posts, vectors = self.window(now_ms)
        if not posts:
            return []
        targets = [(t, self.registry.exemplar_vectors(t, self.model)) for t, _ in claimed]
        self.catalogue.refresh()
        snapshot = self.catalogue.templates
        if all(snapshot.get(t.id) == t for t, _ in targets) and not self.lexical.ready(snapshot):
            log.info("retro-match waits for the lexical index of catalogue v%s", self.catalogue.version)
            return None
        # gate-decided posts: the gate again under this catalogue, the transformer for what it passes
        window = complete_window(posts, vectors, self.recheck)
        if window.rechecked:
            log.info(
                "retro-match: %d window posts had no vector (gate-decided): %d passed the gate again",
                window.rechecked,
                window.to_model,
            )
        posts, vectors = window.posts, window.vectors
        if not posts:
            return []
        found = match_templates(
            posts,
            vectors,
            targets,
            self.policy,
            catalogue=self.catalogue.templates,
            lexical=self.lexical,
            live=self.live,
        )
        created_at = iso(utcnow())
        alerts = [
            retro_alert(post, template, d, created_at, self.default_runbook_url)
            for post, template, d in found
        ]
        log.info(
            "retro-match of %d templates (%s) over %d window posts: %d matches in %.2fs",
            len(claimed),
            ", ".join(f"{t.id} v{t.version}" for t, _ in claimed[:5]) + (", …" if len(claimed) > 5 else ""),
            len(posts),
            len(alerts),
            time.perf_counter() - started,
        )
        return alerts

    def _respell(self, claimed: Sequence[tuple[str, str]], now_ms: int) -> list[Alert]:
        """The retro alerts of the window posts that carry a newly registered spelling: read with it, they
        go through the gate and the transformer again (:class:`RecheckPosts`) and the live decision over
        the whole catalogue (:class:`LiveDecider`), as a post that arrives now would."""
        if not claimed:
            return []
        if self.live is None or self.recheck is None:
            log.warning("retro-match of spellings needs the worker's processor: %d skipped", len(claimed))
            return []
        started = time.perf_counter()
        self.catalogue.refresh()
        names = self.catalogue.spellings.names
        added = Spellings({a: names[a] for a, _ in claimed if a in names})  # not removed since
        posts, _ = self.window(now_ms)
        chosen = [posts[r] for r in rows_with_spellings(posts, added)]
        if not chosen:
            return []
        ids, texts = [p.post_id for p in chosen], [p.text for p in chosen]
        rows, vectors = self.recheck(ids, texts)
        decided = self.live([ids[r] for r in rows], [texts[r] for r in rows], vectors)
        templates = self.catalogue.templates
        created_at = iso(utcnow())
        alerts = []
        for r, d in zip(rows, decided, strict=True):
            template = templates.get(d.template_id or "")
            if d.matched and template is not None:
                alerts.append(retro_alert(chosen[r], template, d, created_at, self.default_runbook_url))
        log.info(
            "retro-match of %d spellings (%s) over %d window posts that carry them: %d matches in %.2fs",
            len(claimed),
            ", ".join(a for a, _ in claimed[:5]) + (", …" if len(claimed) > 5 else ""),
            len(chosen),
            len(alerts),
            time.perf_counter() - started,
        )
        return alerts

    def _deliver(self, alerts: Sequence[Alert]) -> list[Emit]:
        fresh = self.dedup.undelivered([a.alert_id for a in alerts])
        new = [a for a in alerts if a.alert_id in fresh]
        self.dedup.mark_delivered([a.alert_id for a in new])
        for a in new:
            if self.on_alert is not None:
                self.on_alert(a)
            log.info(
                "retro alert %s template=%s score=%.3f post=%s", a.alert_id, a.template_id, a.score, a.post_id
            )
        return [Emit("alerts", a.model_dump(mode="json"), key=a.post_id) for a in new]
