"""Adapters to Redis and Kafka: key names, connections, the template registry and its vector index, alert
dedup, feedback, incident and candidate stores, and Kafka helpers (produce, follow, scan).

Each store takes a client built once at start-up (:mod:`monitor.storage.connections`); in-memory fakes
(:class:`monitor.storage.index.MemoryIndex`) sit beside the real ones for unit tests.
"""
