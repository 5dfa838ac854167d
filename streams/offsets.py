"""The offsets a worker commits: never past a post that no batch has finished (docs/RELIABILITY.md).

faust's consumer commits one past the first run of consecutive acked offsets of a partition. It holds the
commit back when that run starts two or more offsets above the committed one, but not when it starts exactly
one above, nor when it knows no committed offset (faust-streaming issue 606). A post at the committed
offset that is still in a batch, or that a rebalance dropped before any stream took it (faust clears its
stream queues when the flow resumes, and skips messages fetched in an older generation), is then
committed over: the group never reads it again (tests/integration/test_commits.py shows it on the real
broker). A batch that faust acks while it is still in flight (a stopping stream) is the agent's to guard
(streams.agents.hold).

:func:`next_commit` is the rule this worker commits by: the run must start at the partition's head, the
first offset not committed yet. :func:`safe_commit_consumer` applies it to faust's consumer, and reads a
partition again from its head when the post there was dropped (no batch holds it and later posts are
acked); the posts after it are processed twice, which at-least-once allows and the alert claims dedupe.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from monitor.pipeline.metrics import PARTITION_REREAD_LOG

log = logging.getLogger("monitor.worker")
# a head that no batch holds, with later offsets acked, is read again once it stayed missing this long
# (commits are tried every second; a batch takes the head from the stream before any later post of its
# partition, so in practice a missing head that is not in flight was dropped)
DROPPED_HEAD_GRACE_S = 3.0

OnReread = Callable[[Any, int], None]  # (topic-partition, offset read again from)


def next_commit(head: int, acked: Iterable[int], gaps: Iterable[tuple[int, int]]) -> int | None:
    """The offset to commit: one past the run of offsets from ``head`` that are each acked or inside a gap
    the broker never delivered (``gaps``: half-open ``(begin, end)`` ranges, e.g. compacted away); None
    while ``head`` itself is neither."""
    done = set(acked)
    spans = sorted(gaps)
    end = head
    while True:
        if end in done:
            end += 1
            continue
        span = next((e for b, e in spans if b <= end < e), None)
        if span is None:
            break
        end = span
    return end if end > head else None


def dropped_head(head: int, acked: Sequence[int], in_flight: Iterable[int]) -> bool:
    """Later offsets are acked while ``head`` is not, and no batch holds ``head`` (``in_flight``: the
    offsets of the partition's messages taken by a stream and not acked yet)."""
    return bool(acked) and min(acked) > head and head not in set(in_flight)


def safe_commit_consumer(base: type, on_reread: OnReread | None = None) -> type:
    """A subclass of faust's consumer class ``base`` that commits by :func:`next_commit` and reads a
    partition again from its head when :func:`dropped_head` held for DROPPED_HEAD_GRACE_S."""

    class SafeCommitConsumer(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._first_fetched: dict[Any, int] = {}  # per partition, since it was assigned
            self._missing_since: dict[Any, tuple[int, float]] = {}  # partition -> (head, monotonic)

        def _to_message(self, tp: Any, record: Any) -> Any:
            first = self._first_fetched.get(tp)
            if first is None or record.offset < first:
                self._first_fetched[tp] = record.offset
            return super()._to_message(tp, record)

        async def on_partitions_revoked(self, revoked: set[Any]) -> None:
            for tp in revoked:
                self._first_fetched.pop(tp, None)
                self._missing_since.pop(tp, None)
            await super().on_partitions_revoked(revoked)

        def _head(self, tp: Any, acked: Sequence[int]) -> int:
            # faust keeps no committed offset for a partition never committed, or committed at 0: the
            # head is then where this assignment started fetching
            committed = self._committed_offset[tp]
            if committed is not None:
                return int(committed)
            return self._first_fetched.get(tp, min(acked))

        def _new_offset(self, tp: Any) -> int | None:
            acked: list[int] = self._acked[tp]
            if not acked:
                return None
            head = self._head(tp, acked)
            gap_tree = self._gap[tp]
            end = next_commit(head, acked, ((i.begin, i.end) for i in gap_tree))
            if end is None:
                self._check_dropped(tp, head, acked)
                return None
            self._missing_since.pop(tp, None)
            self._acked_index[tp].difference_update([o for o in acked if o < end])
            acked[:] = sorted(o for o in acked if o >= end)
            gap_tree.chop(0, end)
            return end

        def _check_dropped(self, tp: Any, head: int, acked: Sequence[int]) -> None:
            in_flight = (m.offset for m in list(self._unacked_messages) if m.tp == tp and not m.acked)
            if not dropped_head(head, acked, in_flight):
                self._missing_since.pop(tp, None)
                return
            now = time.monotonic()
            seen = self._missing_since.setdefault(tp, (head, now))
            if seen[0] != head:
                self._missing_since[tp] = (head, now)
                return
            if now - seen[1] < DROPPED_HEAD_GRACE_S or self.should_stop:
                return
            log.warning(
                "%s[%d]: offset %d was dropped before any batch took it (offsets from %d are acked); "
                f"{PARTITION_REREAD_LOG} from %d",
                tp.topic,
                tp.partition,
                head,
                min(acked),
                head,
            )
            self._thread.seek(tp, head)
            self._read_offset[tp] = head if head else None  # as faust's own seek: messages from head pass
            self._missing_since.pop(tp, None)
            if on_reread is not None:
                on_reread(tp, head)

    return SafeCommitConsumer
