"""The faust stream worker. Imports :mod:`monitor`; ``monitor`` never imports this package."""

from streams.app import build_app
from streams.services import WorkerServices, build_services

__all__ = ["WorkerServices", "build_app", "build_services"]
