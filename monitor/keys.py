"""Every Redis key and channel the monitor uses, in one place.

All keys live under one prefix (``MONITOR_REDIS_PREFIX``, default ``monitor``) so that two deployments can
share a Redis and tests can flush only their own namespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def model_slug(model_name: str) -> str:
    """A short, key-safe name for an embedding model: vectors of different models never mix."""
    tail = model_name.rstrip("/").split("/")[-1]
    return re.sub(r"[^a-z0-9]+", "-", tail.lower()).strip("-") or "model"


@dataclass(frozen=True)
class Keys:
    prefix: str = "monitor"

    # --- templates (source of truth) ---------------------------------------------------------------
    def template(self, template_id: str) -> str:
        """HASH: one template's fields (JSON-encoded lists), version, timestamps, enabled flag."""
        return f"{self.prefix}:template:{template_id}"

    @property
    def template_ids(self) -> str:
        """SET of every registered template id."""
        return f"{self.prefix}:templates"

    @property
    def catalogue_version(self) -> str:
        """INCR on every catalogue change; workers compare it to reload without restart."""
        return f"{self.prefix}:templates:version"

    @property
    def catalogue_channel(self) -> str:
        """PUB/SUB channel announcing catalogue changes (payload: new version)."""
        return f"{self.prefix}:templates:changed"

    @property
    def audit_stream(self) -> str:
        """STREAM of every template change (capped): who, when, what."""
        return f"{self.prefix}:templates:audit"

    def template_audit(self, template_id: str) -> str:
        """STREAM of one template's changes: ``monitor templates history ID``."""
        return f"{self.prefix}:audit:{template_id}"

    # --- vectors -----------------------------------------------------------------------------------
    def vector_prefix(self, model: str) -> str:
        """HASH per exemplar (template text, example or negative), indexed by RediSearch."""
        return f"{self.prefix}:vec:{model_slug(model)}:"

    def vector(self, model: str, template_id: str, kind: str, index: int) -> str:
        return f"{self.vector_prefix(model)}{template_id}:{kind}:{index}"

    def vector_index(self, model: str) -> str:
        """RediSearch index name over the exemplar hashes of one model."""
        return f"{self.prefix}:idx:{model_slug(model)}"

    # --- alerting ----------------------------------------------------------------------------------
    def alert_sent(self, alert_id: str) -> str:
        """STRING with TTL: marks an alert as delivered, so reprocessing never alerts twice."""
        return f"{self.prefix}:alert:{alert_id}"

    # --- worker liveness ---------------------------------------------------------------------------
    def worker_heartbeat(self, worker_id: str) -> str:
        return f"{self.prefix}:worker:{worker_id}"

    @property
    def all_keys_pattern(self) -> str:
        return f"{self.prefix}:*"
