"""Every Redis key and channel the monitor uses, in one place.

All keys live under one prefix (``MONITOR_REDIS_PREFIX``, default ``monitor``) so that two deployments can
share a Redis and tests can flush only their own namespace.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.embedding.base import model_slug


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

    @property
    def spellings(self) -> str:
        """HASH alias -> name: the spellings ops registered (monitor.core.spellings), in the catalogue."""
        return f"{self.prefix}:templates:spellings"

    @property
    def spelling_audit(self) -> str:
        """STREAM of the spelling changes alone (capped): ``monitor templates spellings history``."""
        return f"{self.prefix}:templates:spellings:audit"

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

    # --- incidents, delivered alerts, notification sinks (monitor/incident_store.py, sinks.py) ----------
    def alert_record(self, alert_id: str) -> str:
        """HASH with TTL: compact copy of a delivered alert (template, post, incident) for feedback."""
        return f"{self.prefix}:alertrec:{alert_id}"

    def incident(self, template_id: str) -> str:
        """STRING (JSON IncidentState): the live incident of one template; deleted when it resolves."""
        return f"{self.prefix}:incident:{template_id}"

    def incident_alert_ids(self, template_id: str) -> str:
        """SET of alert ids counted in the live incident of a template (idempotent counting)."""
        return f"{self.prefix}:incident:{template_id}:alerts"

    def incident_buckets(self, template_id: str) -> str:
        """HASH bucket start (epoch s) -> alerts: a template's velocity over the baseline window."""
        return f"{self.prefix}:incident:{template_id}:buckets"

    @property
    def incidents_open(self) -> str:
        """ZSET template_id -> last_seen (epoch s) of every open incident."""
        return f"{self.prefix}:incidents:open"

    def sink_queue(self, sink: str) -> str:
        """LIST: durable queue of incident notifications for one sink (LPUSH in, RPOP side out)."""
        return f"{self.prefix}:sink:{sink}:queue"

    def sink_inflight(self, sink: str) -> str:
        """LIST: the notification being delivered (retried until delivered; recovered after a crash)."""
        return f"{self.prefix}:sink:{sink}:inflight"

    def sink_dead(self, sink: str) -> str:
        """LIST: notifications the sink rejected for good (4xx other than 408/429), kept for inspection."""
        return f"{self.prefix}:sink:{sink}:dead"

    def sink_lock(self, sink: str) -> str:
        """STRING with TTL: the worker currently delivering for this sink (one deliverer keeps order)."""
        return f"{self.prefix}:sink:{sink}:lock"

    # --- retro-match (monitor/retro.py) -----------------------------------------------------------
    def retro_window(self, model: str) -> str:
        """STREAM of recent posts (id, summary, query vector of ``model``), the last N posts / H hours."""
        return f"{self.prefix}:retro:posts:{model_slug(model)}"

    @property
    def retro_cursor(self) -> str:
        """STRING: id of the last audit-stream entry the workers have retro-matched (shared)."""
        return f"{self.prefix}:retro:cursor"

    def retro_lock(self, template_id: str, version: int, audit_id: str) -> str:
        """STRING, SET NX with TTL: the one worker that retro-matches this template version."""
        return f"{self.prefix}:retro:lock:{template_id}:v{version}:{audit_id}"

    def retro_spelling_lock(self, audit_id: str) -> str:
        """STRING, SET NX with TTL: the one worker that re-reads the window for this spelling change."""
        return f"{self.prefix}:retro:spelling-lock:{audit_id}"

    # --- alert feedback (monitor/feedback.py) -------------------------------------------------------
    def feedback(self, alert_id: str) -> str:
        """HASH: the latest verdict on one alert (verdict, note, actor, at, template_id)."""
        return f"{self.prefix}:feedback:alert:{alert_id}"

    def feedback_counts(self, template_id: str) -> str:
        """HASH: verdict -> count of alerts of one template (per-template precision)."""
        return f"{self.prefix}:feedback:template:{template_id}"

    @property
    def feedback_templates(self) -> str:
        """SET of the template ids that have ever had a verdict (so gauges never scan the catalogue)."""
        return f"{self.prefix}:feedback:templates"

    @property
    def feedback_log(self) -> str:
        """STREAM of every verdict given, oldest first (audit of feedback)."""
        return f"{self.prefix}:feedback:log"

    # --- console: users, sessions, incident reviews, query store (monitor/storage/users.py, alertindex.py)
    def user(self, name: str) -> str:
        """HASH: one console/API user (role, token_sha256, disabled, created_at, created_by)."""
        return f"{self.prefix}:user:{name}"

    @property
    def user_names(self) -> str:
        """SET of every user name."""
        return f"{self.prefix}:users"

    def user_token(self, token_sha256: str) -> str:
        """STRING: user name of a token, by the token's SHA-256 (the token itself is never stored)."""
        return f"{self.prefix}:usertoken:{token_sha256}"

    def session(self, session_sha256: str) -> str:
        """HASH with TTL: a signed-in browser session (user, role, csrf), by the cookie's SHA-256."""
        return f"{self.prefix}:session:{session_sha256}"

    def review(self, incident_id: str) -> str:
        """HASH with TTL: on-call's handling of one incident (holder, acked_by/at, resolved_by/at)."""
        return f"{self.prefix}:review:{incident_id}"

    @property
    def review_log(self) -> str:
        """STREAM: every console/API action on incidents and alerts (who, what, when)."""
        return f"{self.prefix}:review:log"

    def incident_record(self, incident_id: str) -> str:
        """HASH with TTL: the latest published record of an incident (indexed for the console)."""
        return f"{self.prefix}:increc:{incident_id}"

    def near_misses(self, template_id: str) -> str:
        """ZSET with TTL: a template's near misses (JSON members, scored by when they were seen), capped."""
        return f"{self.prefix}:nearmiss:{template_id}"

    @property
    def alert_search_index(self) -> str:
        """RediSearch index over the alert records (``alert_record``)."""
        return f"{self.prefix}:idx:alerts"

    @property
    def incident_search_index(self) -> str:
        """RediSearch index over the incident records (``incident_record``)."""
        return f"{self.prefix}:idx:incidents"

    # --- emerging-narrative candidates (monitor/storage/candidates.py) ----------------------------------
    def candidate(self, model: str, candidate_id: str) -> str:
        """STRING (JSON, TTL): one cluster of unmatched posts: centroid, decayed counts, authors, examples."""
        return f"{self.prefix}:cand:{model_slug(model)}:c:{candidate_id}"

    def candidate_ids(self, model: str) -> str:
        """SET of live cluster ids."""
        return f"{self.prefix}:cand:{model_slug(model)}:ids"

    def candidate_changes(self, model: str) -> str:
        """ZSET cluster id -> revision of its last change (deletions too): what workers re-read."""
        return f"{self.prefix}:cand:{model_slug(model)}:changes"

    def candidate_revision(self, model: str) -> str:
        """STRING: INCR on every commit of cluster changes."""
        return f"{self.prefix}:cand:{model_slug(model)}:rev"

    def candidate_floor(self, model: str) -> str:
        """STRING: highest revision trimmed from the change log (a replica older than it reloads all)."""
        return f"{self.prefix}:cand:{model_slug(model)}:floor"

    def candidate_lock(self, model: str) -> str:
        """STRING with TTL: the writer lock (one worker updates the clusters at a time)."""
        return f"{self.prefix}:cand:{model_slug(model)}:lock"

    def candidate_maintenance(self, model: str) -> str:
        """STRING, SET NX with TTL: the one worker that prunes and merges clusters this interval."""
        return f"{self.prefix}:cand:{model_slug(model)}:maintenance"

    def candidate_stream(self, model: str) -> str:
        """STRING: INCRBY per batch, the posts every worker has processed (the cheap stage's clock)."""
        return f"{self.prefix}:cand:{model_slug(model)}:stream"

    def candidate_hidden(self, model: str) -> str:
        """HASH cluster id -> JSON {status: dismissed|promoted, by, at, template_id?}."""
        return f"{self.prefix}:cand:{model_slug(model)}:hidden"

    # --- the cascade's shared state (monitor/storage/cascade_state.py) --------------------------------
    def cascade_reservoir(self, model: str, static_model: str) -> str:
        """LIST of chunks (newest first, capped, with TTL): rows of posts the model scored and the
        background the workers saw, per transformer and distilled static model (its folder name carries
        the source digest and dimensions): what a starting worker fits its gate on."""
        return f"{self.prefix}:cascade:{model_slug(model)}:{model_slug(static_model)}:reservoir"

    # --- the hubness estimates the workers share (monitor/storage/hubness_state.py) --------------------
    def hubness(self, model: str) -> str:
        """HASH: every worker's own hubness observations for ``model``, a field per worker id (JSON: its
        Chinese posts seen and each exemplar's highest cosines, by exemplar digest), each field with its own
        TTL (HEXPIRE), so a worker that stops ages out alone."""
        return f"{self.prefix}:hubness:{model_slug(model)}"

    # --- worker liveness ---------------------------------------------------------------------------
    def worker_heartbeat(self, worker_id: str) -> str:
        return f"{self.prefix}:worker:{worker_id}"

    @property
    def all_keys_pattern(self) -> str:
        return f"{self.prefix}:*"
