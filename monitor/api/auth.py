"""Who may write: the bearer token (constant-time compare) and the actor name for the audit trail."""

from __future__ import annotations

import hmac
import re
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from monitor.config import Settings
from monitor.errors import ConfigError

_ACTOR_UNSAFE = re.compile(r"[^A-Za-z0-9_.@:+-]")


def api_token(settings: Settings) -> str | None:
    """The bearer token writes need; None when unset or blank (an empty token counts as no token)."""
    token = settings.api_token.get_secret_value().strip() if settings.api_token is not None else ""
    return token or None


def check_startable(settings: Settings, read_only: bool) -> None:
    """Refuse to serve writes without a token (raises ConfigError)."""
    if not read_only and api_token(settings) is None:
        raise ConfigError(
            "MONITOR_API_TOKEN is not set (or empty): set it to allow writes, or start the API read-only "
            "(monitor api --read-only, or MONITOR_API_READ_ONLY=1)"
        )


# --- authorisation ------------------------------------------------------------------------------------
_bearer = HTTPBearer(auto_error=False, description="MONITOR_API_TOKEN")


def require_writer(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    x_actor: Annotated[str | None, Header(description="name recorded in the audit trail")] = None,
) -> str:
    """Authorise a write (bearer token, constant-time compare); returns the actor for the audit trail."""
    if request.app.state.read_only:
        raise HTTPException(403, "this API is read-only: writes are refused")
    if creds is None:
        raise HTTPException(
            401, "missing bearer token (Authorization: Bearer …)", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(creds.credentials.encode(), request.app.state.token):
        raise HTTPException(401, "invalid bearer token", {"WWW-Authenticate": 'Bearer error="invalid_token"'})
    name = _ACTOR_UNSAFE.sub("", x_actor or "")[:64]
    return f"api:{name}" if name else "api"


Writer = Annotated[str, Depends(require_writer)]
