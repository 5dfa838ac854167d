"""Who is calling, and may they: bearer tokens (``MONITOR_API_TOKEN``, the bootstrap admin, or a user's
token), or the console's session cookie with its anti-CSRF token; roles viewer < reviewer < editor < admin.

Reads that show posts need a signed-in caller (``require_viewer``); writes need a role (``require_role``).
A cookie-authenticated write must carry the session's anti-CSRF token (``X-CSRF-Token`` header or a
``csrf_token`` form field) and, when the browser sends one, an ``Origin`` of this server.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Header, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from monitor.config import Settings
from monitor.core.access import BOOTSTRAP_NAME, Principal
from monitor.errors import ConfigError

_ACTOR_UNSAFE = re.compile(r"[^A-Za-z0-9_.@:+-]")
SESSION_COOKIE = "monitor_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def api_token(settings: Settings) -> str | None:
    """The bootstrap admin's bearer token; None when unset or blank (an empty token counts as no token)."""
    token = settings.api_token.get_secret_value().strip() if settings.api_token is not None else ""
    return token or None


def check_startable(settings: Settings, read_only: bool) -> None:
    """Refuse to serve writes without a token (raises ConfigError)."""
    if not read_only and api_token(settings) is None:
        raise ConfigError(
            "MONITOR_API_TOKEN is not set (or empty): set it to allow writes, or start the API read-only "
            "(monitor api --read-only, or MONITOR_API_READ_ONLY=1)"
        )


# --- who is calling -----------------------------------------------------------------------------------
_bearer = HTTPBearer(auto_error=False, description="MONITOR_API_TOKEN or a user's token (monitor users add)")


def bearer_principal(request: Request, token: str, x_actor: str | None) -> Principal | None:
    """The bootstrap admin (constant-time compare) or the enabled user holding ``token``; None if neither."""
    expected: bytes = request.app.state.token
    if expected and hmac.compare_digest(token.encode(), expected):
        name = _ACTOR_UNSAFE.sub("", x_actor or "")[:64]
        return Principal(
            f"{BOOTSTRAP_NAME}:{name}" if name else BOOTSTRAP_NAME, "admin", "bearer", None, True
        )
    user = request.app.state.users.authenticate(token)
    return None if user is None else Principal(user.name, user.role, "bearer")


def session_principal(request: Request) -> Principal | None:
    cookie = request.cookies.get(SESSION_COOKIE)
    return request.app.state.users.session(cookie) if cookie else None


def current_principal(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    x_actor: Annotated[str | None, Header(description="name recorded in the audit trail")] = None,
) -> Principal | None:
    """The caller, or None. A bearer token that matches no one is refused (401), never ignored."""
    if request.app.state.read_only and request.method not in _SAFE_METHODS:
        raise HTTPException(403, "this API is read-only: writes are refused")
    if creds is not None:
        principal = bearer_principal(request, creds.credentials, x_actor)
        if principal is None:
            raise HTTPException(
                401, "invalid bearer token", {"WWW-Authenticate": 'Bearer error="invalid_token"'}
            )
        return principal
    if request.headers.get("authorization"):  # a scheme other than Bearer
        raise HTTPException(
            401, "invalid credentials (Authorization: Bearer …)", {"WWW-Authenticate": "Bearer"}
        )
    return session_principal(request)


MaybePrincipal = Annotated[Principal | None, Depends(current_principal)]


async def check_csrf(request: Request, principal: Principal) -> None:
    """Cookie-authenticated writes need the session's anti-CSRF token and a same-origin ``Origin``."""
    if principal.via != "session" or request.method in _SAFE_METHODS:
        return
    origin = request.headers.get("origin")
    if origin and origin != f"{request.url.scheme}://{request.headers.get('host', '')}":
        raise HTTPException(403, "cross-origin request refused")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not sent or not principal.csrf or not hmac.compare_digest(sent.encode(), principal.csrf.encode()):
        raise HTTPException(403, "missing or invalid anti-CSRF token (sign in again)")


def require_role(needed: str, *, write: bool = True) -> Callable[..., Any]:
    """A dependency: the caller must be signed in with at least ``needed``; returns the Principal."""

    async def dependency(request: Request, principal: MaybePrincipal) -> Principal:
        if write and request.app.state.read_only:
            raise HTTPException(403, "this API is read-only: writes are refused")
        if principal is None:
            detail = "missing bearer token (Authorization: Bearer …)" if write else "sign in first"
            raise HTTPException(401, detail, {"WWW-Authenticate": "Bearer"})
        if not principal.allows(needed):
            raise HTTPException(403, f"role {principal.role!r} may not do this (needs {needed})")
        if write:
            await check_csrf(request, principal)
        return principal

    return dependency


require_viewer = require_role("viewer", write=False)
require_reviewer = require_role("reviewer")
require_editor = require_role("editor")
require_admin = require_role("admin")


async def require_writer(principal: Annotated[Principal, Depends(require_editor)]) -> str:
    """Template and candidate writes (editor or admin); returns the actor for the audit trail."""
    return principal.name


async def require_review_writer(principal: Annotated[Principal, Depends(require_reviewer)]) -> str:
    return principal.name


Viewer = Annotated[Principal, Depends(require_viewer)]
Reviewer = Annotated[Principal, Depends(require_reviewer)]
Editor = Annotated[Principal, Depends(require_editor)]
Writer = Annotated[str, Depends(require_writer)]
ReviewWriter = Annotated[str, Depends(require_review_writer)]
