"""Extension point of the stream worker: batch hooks.

After each batch is decided and its alerts delivered, the worker calls every hook's ``on_batch`` (in its
worker thread, off the event loop; blocking Redis calls are fine). A hook returns records to publish —
for example incident updates — which the worker sends to the named output topic. ``on_tick`` runs every
``tick_interval_s`` (e.g. to resolve quiet incidents). Hooks must not raise for a single bad record; an
exception is logged and counted, and the batch is not retried because of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from monitor.core.models import Alert
from monitor.pipeline.processor import BatchOutput

OutputTopic = Literal["matches", "alerts", "incidents", "dlq"]


@dataclass(frozen=True)
class Emit:
    topic: OutputTopic
    value: dict[str, Any]
    key: str | None = None


class BatchHook(Protocol):
    name: str
    tick_interval_s: float | None

    def on_batch(self, batch: BatchOutput, alerts_sent: Sequence[Alert]) -> list[Emit]: ...

    def on_tick(self, now_s: float) -> list[Emit]: ...
