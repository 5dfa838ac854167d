"""The faust stream worker. Imports :mod:`monitor`; ``monitor`` never imports this package."""

from .app import WorkerServices, build_app, build_services

__all__ = ["WorkerServices", "build_app", "build_services"]
