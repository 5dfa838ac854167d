"""Runs the worker: build services, build the app, hand the loop to faust until stopped."""

from __future__ import annotations

import logging

from faust.worker import Worker

from monitor.config import Settings
from monitor.storage.connections import ensure_topics
from streams.app import build_app
from streams.services import build_services

log = logging.getLogger("monitor.worker")


def run_worker(settings: Settings, loglevel: str = "info") -> None:
    ensure_topics(settings)  # every topic of these settings
    services = build_services(settings)
    app = build_app(services)
    log.info("metrics and health on http://%s:%d/metrics", settings.metrics_host, settings.metrics_port)
    worker = Worker(app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    try:
        worker.execute_from_commandline()
    finally:
        services.executor.shutdown(wait=False, cancel_futures=True)
