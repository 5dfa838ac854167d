"""Who may do what in the console and the API: roles, ordered, and the search query over alert records.

Pure: no I/O. The stores (``monitor.storage.users``, ``monitor.storage.alertindex``) and the API use these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

Role = Literal["viewer", "reviewer", "editor", "admin"]
ROLES: tuple[str, ...] = get_args(Role)
"""Each role may do what the ones before it may: viewer reads; reviewer takes, acknowledges, resolves and
gives verdicts; editor also registers templates and promotes candidates; admin also manages users."""

USER_NAME_PATTERN = r"^[a-z][a-z0-9_.-]{0,31}$"
_USER_NAME = re.compile(USER_NAME_PATTERN)


def role_rank(role: str) -> int:
    """0 for viewer … 3 for admin; raises ValueError for an unknown role."""
    try:
        return ROLES.index(role)
    except ValueError:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}") from None


def allows(role: str, needed: str) -> bool:
    """True when ``role`` may do what ``needed`` may."""
    return role in ROLES and role_rank(role) >= role_rank(needed)


BOOTSTRAP_NAME = "api"
"""The name the bootstrap admin (``MONITOR_API_TOKEN``) acts under; reserved."""


def check_user_name(name: str) -> str:
    if name == BOOTSTRAP_NAME:
        raise ValueError(f"user name {name!r} is reserved for the bootstrap admin (MONITOR_API_TOKEN)")
    if not _USER_NAME.match(name):
        raise ValueError(
            "user name: 1-32 characters, lower-case letters, digits, '_', '.', '-', starting with a letter"
        )
    return name


@dataclass(frozen=True)
class Principal:
    """A signed-in caller: a user, or the bootstrap admin (``MONITOR_API_TOKEN``)."""

    name: str
    role: str
    via: Literal["bearer", "session"]
    csrf: str | None = None  # the session's anti-CSRF token (sessions only)
    bootstrap: bool = False  # signed in with MONITOR_API_TOKEN

    def allows(self, needed: str) -> bool:
        return allows(self.role, needed)


# --- RediSearch query text ----------------------------------------------------------------------------
_SPECIAL = re.compile(r"([^\w\s])", re.UNICODE)
_TAG_SPECIAL = re.compile(r"([^A-Za-z0-9_])")


def escape_text(text: str) -> str:
    """Words of a free-text search with every query-syntax character escaped (no injection)."""
    words = [w for w in _SPECIAL.sub(" ", text).split() if w]
    return " ".join(words[:20])


def escape_tag(value: str) -> str:
    return _TAG_SPECIAL.sub(r"\\\1", value)


def alert_query(
    *,
    text: str | None = None,
    template_id: str | None = None,
    severity: str | None = None,
    status: str | None = None,
    lang: str | None = None,
    incident_id: str | None = None,
    since_ts: float | None = None,
    until_ts: float | None = None,
) -> str:
    """A RediSearch query over alert records; ``status`` is a verdict or ``open`` (no verdict yet)."""
    parts: list[str] = []
    if text and escape_text(text):
        parts.append(f"({escape_text(text)})")
    for field, value in (
        ("template_id", template_id),
        ("severity", severity),
        ("lang", lang),
        ("incident_id", incident_id),
    ):
        if value:
            parts.append(f"@{field}:{{{escape_tag(value)}}}")
    if status:
        parts.append(f"@verdict:{{{escape_tag(status if status != 'open' else 'none')}}}")
    if since_ts is not None or until_ts is not None:
        low = "-inf" if since_ts is None else repr(float(since_ts))
        high = "+inf" if until_ts is None else repr(float(until_ts))
        parts.append(f"@created_ts:[{low} {high}]")
    return " ".join(parts) or "*"
