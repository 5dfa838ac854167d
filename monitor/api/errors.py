"""Error responses: invalid input as ``422 {"detail": [{"field", "reason", "in"}]}`` (no input echoed),
unknown templates and spellings 404, Redis outages 503."""

from __future__ import annotations

from typing import Any

import redis
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from monitor.errors import InvalidSpelling, SpellingNotFound, TemplateNotFound


def invalid_field(field: str, reason: str) -> HTTPException:
    return HTTPException(422, [{"field": field, "reason": reason, "in": "body"}])


def add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _field_errors(exc.errors())}, status_code=422)

    @app.exception_handler(ValidationError)
    async def invalid_model(request: Request, exc: ValidationError) -> JSONResponse:
        return JSONResponse({"detail": _field_errors(exc.errors(), where="body")}, status_code=422)

    @app.exception_handler(TemplateNotFound)
    async def not_found(request: Request, exc: TemplateNotFound) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.exception_handler(SpellingNotFound)
    async def no_spelling(request: Request, exc: SpellingNotFound) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.exception_handler(InvalidSpelling)
    async def bad_spelling(request: Request, exc: InvalidSpelling) -> JSONResponse:
        return JSONResponse(
            {"detail": [{"field": "alias", "reason": str(exc), "in": "body"}]}, status_code=422
        )

    @app.exception_handler(redis.RedisError)
    async def redis_down(request: Request, exc: redis.RedisError) -> JSONResponse:
        return JSONResponse({"detail": f"redis unavailable: {exc.__class__.__name__}"}, status_code=503)


def _field_errors(errors: Any, where: str | None = None) -> list[dict[str, str]]:
    """Pydantic errors as ``{"field": "examples.0", "reason": "…", "in": "body"}`` (no input echoed)."""
    out = []
    for e in errors:
        loc = [str(p) for p in e.get("loc", ())]
        place = where or (loc.pop(0) if loc and loc[0] in ("body", "query", "path", "header") else "body")
        out.append({"field": ".".join(loc) or place, "reason": e.get("msg", "invalid"), "in": place})
    return out
