"""Console and API users, browser sessions and on-call's handling of incidents, kept in Redis.

Tokens and session cookies are high-entropy random strings (``secrets.token_urlsafe``); only their SHA-256
is stored, so a copy of Redis does not let anyone sign in. A token is shown once, when the user is added.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import asdict, dataclass
from typing import Any, cast

import redis

from monitor.core.access import ROLES, Principal, check_user_name, role_rank
from monitor.core.models import iso, utcnow
from monitor.storage.keys import Keys

TOKEN_PREFIX = "mon_"  # noqa: S105  (a marker of our tokens, not a secret)
REVIEW_LOG_MAXLEN = 100_000


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


class UserExists(ValueError):
    pass


class UserNotFound(LookupError):
    pass


@dataclass(frozen=True)
class User:
    name: str
    role: str
    disabled: bool
    created_at: str
    created_by: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class UserStore:
    """Users (name, role, hashed token) and sessions. ``client`` decodes responses to str."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client, self.keys = client, keys

    # --- users -------------------------------------------------------------------------------------
    def add(self, name: str, role: str, *, actor: str) -> tuple[User, str]:
        """Create a user; returns it and its token (shown once: only its digest is kept)."""
        check_user_name(name)
        role_rank(role)
        token = new_token()
        digest = token_digest(token)
        user = User(name, role, False, iso(utcnow()), actor)
        key = self.keys.user(name)

        def apply(pipe: Any) -> None:
            if pipe.exists(key):
                raise UserExists(f"user {name!r} exists")
            pipe.multi()
            pipe.hset(
                key,
                mapping={
                    "name": name,
                    "role": role,
                    "disabled": "0",
                    "created_at": user.created_at,
                    "created_by": actor,
                    "token_sha256": digest,
                },
            )
            pipe.sadd(self.keys.user_names, name)
            pipe.set(self.keys.user_token(digest), name)

        self.client.transaction(apply, key)
        return user, token

    def get(self, name: str) -> User | None:
        raw = cast(dict[str, str], self.client.hgetall(self.keys.user(name)))
        return _user(raw) if raw else None

    def list(self) -> list[User]:
        names = sorted(cast(set[str], self.client.smembers(self.keys.user_names)))
        pipe = self.client.pipeline(transaction=False)
        for n in names:
            pipe.hgetall(self.keys.user(n))
        return [_user(raw) for raw in pipe.execute() if raw]

    def set_disabled(self, name: str, disabled: bool = True) -> User:
        """Disable (or re-enable) a user; a disabled user's token and sessions stop working at once."""
        if not self.client.exists(self.keys.user(name)):
            raise UserNotFound(f"no user {name!r}")
        self.client.hset(self.keys.user(name), "disabled", "1" if disabled else "0")
        user = self.get(name)
        assert user is not None
        return user

    def authenticate(self, token: str) -> User | None:
        """The enabled user holding ``token``, or None."""
        if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            return None
        name = cast(str | None, self.client.get(self.keys.user_token(token_digest(token))))
        if name is None:
            return None
        user = self.get(name)
        return user if user is not None and not user.disabled else None

    # --- sessions ----------------------------------------------------------------------------------
    def open_session(self, principal: Principal, ttl_s: int) -> tuple[str, str]:
        """A new browser session; returns (cookie value, anti-CSRF token). Expires after ``ttl_s``."""
        cookie, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        key = self.keys.session(token_digest(cookie))
        pipe = self.client.pipeline()
        pipe.hset(
            key,
            mapping={
                "name": principal.name,
                "role": principal.role,
                "csrf": csrf,
                "at": str(time.time()),
                "bootstrap": "1" if principal.bootstrap else "0",
            },
        )
        pipe.expire(key, ttl_s)
        pipe.execute()
        return cookie, csrf

    def session(self, cookie: str) -> Principal | None:
        """The session's principal while it lasts and its user is still enabled (role re-read)."""
        if not cookie or len(cookie) > 200:
            return None
        raw = cast(dict[str, str], self.client.hgetall(self.keys.session(token_digest(cookie))))
        if not raw:
            return None
        role, bootstrap = raw["role"], raw.get("bootstrap") == "1"
        if not bootstrap:  # a user: still enabled, and with the role they have now
            user = self.get(raw["name"])
            if user is None or user.disabled:
                return None
            role = user.role
        return Principal(raw["name"], role, "session", raw.get("csrf"), bootstrap)

    def close_session(self, cookie: str) -> None:
        self.client.delete(self.keys.session(token_digest(cookie)))


def _user(raw: dict[str, str]) -> User:
    return User(
        name=raw["name"],
        role=raw.get("role", "viewer") if raw.get("role") in ROLES else "viewer",
        disabled=raw.get("disabled") == "1",
        created_at=raw.get("created_at", ""),
        created_by=raw.get("created_by", ""),
    )
