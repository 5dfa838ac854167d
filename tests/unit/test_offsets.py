"""The worker's commit rule (streams/offsets.py): never commit past a post that no batch finished."""

from __future__ import annotations

from typing import Any

import pytest
from aiokafka.structs import ConsumerRecord
from faust.transport.drivers import aiokafka as driver
from faust.types import TP

import streams.offsets as offsets
from streams.fetch import bounded_fetch_app
from streams.offsets import dropped_head, next_commit

P2 = TP("posts", 2)


# --- the rule -------------------------------------------------------------------------------------------
def test_the_run_must_start_at_the_head() -> None:
    # the churn scenario's loss: offset 4 missing, 5-15 acked
    assert next_commit(4, range(5, 16), []) is None
    assert next_commit(4, range(4, 16), []) == 16


def test_the_run_ends_at_the_first_missing_offset() -> None:
    assert next_commit(4, [4, 5, 7, 8], []) == 6
    assert next_commit(0, [0], []) == 1


def test_offsets_the_broker_never_delivered_count_as_done() -> None:
    assert next_commit(4, [6, 7], [(4, 6)]) == 8
    assert next_commit(4, [4, 9], [(5, 9)]) == 10
    assert next_commit(4, [7], [(5, 7)]) is None  # the head itself is neither acked nor skipped


def test_a_dropped_head_is_one_no_batch_holds_with_later_offsets_acked() -> None:
    assert dropped_head(4, [5, 6], in_flight=[])
    assert not dropped_head(4, [5, 6], in_flight=[4])  # still in a batch: wait for it
    assert not dropped_head(4, [], in_flight=[])  # nothing acked after it: nothing to commit past
    assert not dropped_head(4, [4, 5], in_flight=[])


# --- the rule inside faust's consumer ---------------------------------------------------------------------
class FakeThread:
    def __init__(self) -> None:
        self.seeks: list[tuple[TP, int]] = []

    def seek(self, tp: TP, offset: int) -> None:
        self.seeks.append((tp, offset))


@pytest.fixture
def consumer() -> Any:
    rereads: list[tuple[TP, int]] = []
    app = bounded_fetch_app(100, on_reread=lambda tp, offset: rereads.append((tp, offset)))(
        "offsets-test", broker="kafka://127.0.0.1:1", store="memory://", autodiscover=False
    )
    consumer = app.consumer  # built, never started: no broker is reached
    consumer._thread = FakeThread()
    consumer.rereads = rereads
    return consumer


def _record(offset: int) -> ConsumerRecord:
    return ConsumerRecord("posts", 2, offset, 0, 0, None, b"v", None, 0, 1, ())


def test_faust_alone_commits_past_a_missing_head() -> None:
    # why the subclass exists: faust-streaming's rule (issue 606) on the churn scenario's state. If this
    # fails after an upgrade, faust fixed it and streams/offsets.py may be retired.
    app = bounded_fetch_app(100)("offsets-faust", broker="kafka://127.0.0.1:1", autodiscover=False)
    plain = driver.Consumer(
        app.transport, callback=print, on_partitions_revoked=print, on_partitions_assigned=print
    )
    plain._committed_offset[P2] = 4
    plain._acked[P2] = list(range(5, 16))
    assert plain._new_offset(P2) == 16


def test_the_worker_consumer_holds_the_commit_at_a_missing_head(consumer: Any) -> None:
    consumer._committed_offset[P2] = 4
    consumer._acked[P2] = list(range(5, 16))
    consumer._acked_index[P2] = set(range(5, 16))
    assert consumer._new_offset(P2) is None
    consumer._acked[P2].insert(0, 4)
    consumer._acked_index[P2].add(4)
    assert consumer._new_offset(P2) == 16
    assert consumer._acked[P2] == [] and consumer._acked_index[P2] == set()


def test_without_a_committed_offset_the_head_is_the_first_offset_fetched(consumer: Any) -> None:
    for offset in (0, 1, 2):
        consumer._to_message(P2, _record(offset))
    consumer._acked[P2] = [1, 2]
    assert consumer._new_offset(P2) is None  # faust would commit 3 over offset 0
    consumer._acked[P2] = [0, 1, 2]
    assert consumer._new_offset(P2) == 3


def test_a_dropped_head_is_read_again_after_the_grace(consumer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(offsets.time, "monotonic", lambda: now[0])
    consumer._committed_offset[P2] = 4
    consumer._acked[P2] = [5, 6]
    assert consumer._new_offset(P2) is None
    now[0] += offsets.DROPPED_HEAD_GRACE_S - 0.5
    assert consumer._new_offset(P2) is None
    assert consumer._thread.seeks == []
    now[0] += 1.0
    assert consumer._new_offset(P2) is None
    assert consumer._thread.seeks == [(P2, 4)]
    assert consumer._read_offset[P2] == 4  # faust's fetch loop lets offsets from 4 through again
    assert consumer.rereads == [(P2, 4)]


def test_a_head_still_in_a_batch_is_waited_for(consumer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(offsets.time, "monotonic", lambda: now[0])
    head = consumer._to_message(P2, _record(4))
    consumer.track_message(head)  # taken by a stream, not acked yet
    consumer._committed_offset[P2] = 4
    consumer._acked[P2] = [5, 6]
    for _ in range(3):
        assert consumer._new_offset(P2) is None
        now[0] += offsets.DROPPED_HEAD_GRACE_S
    assert consumer._thread.seeks == []
