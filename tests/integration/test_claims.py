"""Alert claims with an owner and a lease, on real Redis: two live workers racing on one post (a rebalance)
send its alert once; a dead owner's claim becomes in doubt when its lease ends."""

from __future__ import annotations

import random
import threading
import time
from typing import Any

import pytest

from monitor.storage.dedup import AlertDedup
from monitor.storage.keys import Keys

pytestmark = pytest.mark.integration


def test_a_live_owners_claim_is_held_then_delivered(settings: Any, redis_conn: Any) -> None:
    dedup = AlertDedup(redis_conn, Keys(settings.redis_prefix), 3600)
    claimed, in_doubt, held = dedup.claim_leased(["a1", "a2"], {0: 5}, owner="A", lease_s=30)
    assert claimed == ["a1", "a2"] and not in_doubt and not held
    # B meets the same alerts while A is still sending them: neither sent nor in doubt
    assert dedup.claim_leased(["a1", "a2"], {}, owner="B", lease_s=30) == ([], {}, ["a1", "a2"])
    # A itself (a second batch of A's) sees its own claim as in doubt: the worker filters its in-flight ids
    assert dedup.claim_leased(["a1"], {}, owner="A", lease_s=30)[1] == {"a1": {0: 5}}
    dedup.mark_delivered(["a1"])
    assert dedup.claim_leased(["a1", "a2"], {}, owner="B", lease_s=30) == ([], {}, ["a2"])


def test_an_expired_or_released_lease_and_a_plain_claim_are_in_doubt(settings: Any, redis_conn: Any) -> None:
    dedup = AlertDedup(redis_conn, Keys(settings.redis_prefix), 3600)
    now = time.time()
    dedup.claim_leased(["dead"], {1: 7}, owner="A", lease_s=5, now_s=now)
    assert dedup.claim_leased(["dead"], {}, owner="B", lease_s=5, now_s=now + 1)[2] == ["dead"]
    assert dedup.claim_leased(["dead"], {}, owner="B", lease_s=5, now_s=now + 6)[1] == {"dead": {1: 7}}
    dedup.claim_leased(["stopped"], {0: 3}, owner="A", lease_s=60)
    dedup.release(["stopped"], "B")  # only the owner can release
    assert dedup.claim_leased(["stopped"], {}, owner="B", lease_s=60)[2] == ["stopped"]
    dedup.release(["stopped"], "A")
    assert dedup.claim_leased(["stopped"], {}, owner="B", lease_s=60)[1] == {"stopped": {0: 3}}
    assert redis_conn.ttl(Keys(settings.redis_prefix).alert_sent("stopped")) > 3000, "release keeps the TTL"
    dedup.claim(["plain"], {2: 1})  # the format before leases: in doubt for anyone at once
    assert dedup.claim_leased(["plain"], {}, owner="B", lease_s=60)[1] == {"plain": {2: 1}}


def race(dedup: AlertDedup, ids: list[str], lease_s: float, seed: int) -> list[str]:
    """Two workers, the same posts, the claim -> send -> mark protocol of streams/agents.py, with the topic
    as a list: each send takes 0-20 ms, so the second worker often arrives mid-send. Returns the topic."""
    topic: list[str] = []
    lock = threading.Lock()

    def worker(owner: str, rng: random.Random) -> None:
        for aid in ids:
            time.sleep(rng.uniform(0, 0.004))
            ask: list[str] = [aid]
            send: list[str] = []
            deadline = time.monotonic() + 5
            while ask and time.monotonic() < deadline:
                claimed, in_doubt, held = dedup.claim_leased(ask, {}, owner=owner, lease_s=lease_s)
                with lock:  # an in-doubt alert is looked up in the topic (find_sent_alerts)
                    found = {a for a in in_doubt if a in topic}
                dedup.mark_delivered(sorted(found))
                send += claimed + [a for a in in_doubt if a not in found]
                ask = held
                if held:
                    time.sleep(0.005)
            for a in send:
                time.sleep(rng.uniform(0, 0.02))  # the broker's ack takes a while
                with lock:
                    topic.append(a)
            dedup.mark_delivered(send)

    threads = [
        threading.Thread(target=worker, args=(owner, random.Random(seed + i))) for i, owner in enumerate("AB")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return topic


def test_two_live_workers_racing_on_the_same_posts_send_each_alert_once_with_leases(
    settings: Any, redis_conn: Any
) -> None:
    keys = Keys(settings.redis_prefix)
    dedup = AlertDedup(redis_conn, keys, 3600)
    n = 150
    without = race(dedup, [f"plain-{i}" for i in range(n)], lease_s=0, seed=1)
    with_lease = race(dedup, [f"lease-{i}" for i in range(n)], lease_s=10, seed=1)
    dup_without = len(without) - len(set(without))
    dup_with = len(with_lease) - len(set(with_lease))
    print(f"duplicates over {n} raced alerts: {dup_without} without a lease, {dup_with} with a 10 s lease")
    assert len(set(without)) == n and len(set(with_lease)) == n, "every alert sent at least once"
    assert dup_with == 0
    assert dup_without > 0, "the race is real without the lease (else this test measures nothing)"
