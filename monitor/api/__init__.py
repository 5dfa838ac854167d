"""``monitor api``: the ops HTTP API (FastAPI), one router per resource over the same stores as the CLI.

``app`` builds the application (:func:`create_app`) and serves it (:func:`run_api`); ``auth`` decides who
may write; ``middleware`` limits bodies and measures requests; ``errors`` shapes error bodies; ``templates``,
``feedback`` and ``candidates`` are the routers.
"""

from monitor.api.app import create_app, run_api
from monitor.api.auth import api_token, require_writer

__all__ = ["api_token", "create_app", "require_writer", "run_api"]
