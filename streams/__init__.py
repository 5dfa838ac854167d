"""The faust stream worker. Imports :mod:`monitor`'s layers up to ``monitor.pipeline``; of ``monitor``, only
the CLI (``monitor worker``) imports this package (the layer contracts in pyproject.toml)."""

from streams.app import build_app
from streams.services import WorkerServices, build_services

__all__ = ["WorkerServices", "build_app", "build_services"]
