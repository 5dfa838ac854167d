"""When the cascade's gate decides nothing, stop paying for it on every batch. Pure.

On an all-topical stream (every post about the catalogue's subjects) the gate passes every post to the
model, so its per-post work (static encode, BM25 terms, the per-template bounds) is pure overhead. The
:class:`GateBackoff` watches the share of posts the gate decided over the last ``window_posts`` posts it
saw; under the share at which it pays for itself it backs off: the gate then runs on one batch in
``sample_every`` (every other batch goes straight to the model, which is always the safe side: the model
decides every post the gate would have decided, the same way), and the first sampled batch whose share
reaches it brings it back on every batch. The share is ``min_share`` or, when the caller knows the costs,
the break-even ``gate seconds per post / model seconds per post`` (a post the gate decides saves the
model's cost, every post it sees costs the gate's), capped at ``max_share``. Bounded: at most
``sample_every - 1`` batches in a row skip the gate, and the window holds at most ``window_posts`` posts
(plus one batch)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class BackoffConfig:
    window_posts: int = 256  # posts the gate saw, over which its share is read (0: never back off)
    min_share: float = 0.02  # back off under this share of posts decided by the gate (at least)
    max_share: float = 0.25  # ... and never above this one, whatever the costs say
    sample_every: int = 8  # while backed off, the gate runs on one batch in this many


class GateBackoff:
    def __init__(self, config: BackoffConfig | None = None) -> None:
        self.config = config or BackoffConfig()
        self._window: deque[tuple[int, int]] = deque()  # (posts the gate saw, posts it decided) per batch
        self._seen = 0
        self._decided = 0
        self._skipped = 0  # batches in a row that skipped the gate
        self.backed_off = False

    def should_run(self) -> bool:
        """Does this batch go through the gate? Always, unless backed off; then one batch in
        ``sample_every``."""
        if not self.backed_off or self._skipped + 1 >= self.config.sample_every:
            self._skipped = 0
            return True
        self._skipped += 1
        return False

    def share(self, break_even: float = 0.0) -> float:
        """The share of decided posts under which the gate backs off: ``min_share``, or the break-even
        share of the measured costs when larger, capped at ``max_share``."""
        return min(self.config.max_share, max(self.config.min_share, break_even))

    def record(self, seen: int, decided: int, break_even: float = 0.0) -> None:
        """A batch the gate ran on (with a calibration it could decide with): ``decided`` of ``seen``;
        ``break_even``: gate seconds per post / model seconds per post, when measured (0: unknown)."""
        if seen <= 0 or self.config.window_posts <= 0:
            return
        share = self.share(break_even)
        if self.backed_off:
            if decided >= share * seen:  # the stream changed: back on every batch
                self.reset()
            return
        self._window.append((seen, decided))
        self._seen += seen
        self._decided += decided
        while len(self._window) > 1 and self._seen - self._window[0][0] >= self.config.window_posts:
            old_seen, old_decided = self._window.popleft()
            self._seen -= old_seen
            self._decided -= old_decided
        if self._seen >= self.config.window_posts and self._decided < share * self._seen:
            self.backed_off = True
            self._window.clear()
            self._seen = self._decided = self._skipped = 0

    def reset(self) -> None:
        """Back to the gate on every batch, with an empty window (a new catalogue: the share may change)."""
        self._window.clear()
        self._seen = self._decided = self._skipped = 0
        self.backed_off = False
