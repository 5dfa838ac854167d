"""``/docs``: the OpenAPI schema rendered by Swagger UI, served from this process only.

FastAPI's own page loads Swagger UI from a CDN and starts it with an inline script; neither works offline
nor under the console's Content-Security-Policy. Swagger UI 5.18.2 is vendored in ``web/static/`` (from
the npm package ``swagger-ui-dist``, Apache-2.0: ``swagger-ui-LICENSE.txt``, ``swagger-ui-NOTICE.txt``)
and started by ``docs.js``, so the page makes no request that leaves the machine and needs no exemption
from the CSP. ``/redoc`` (a CDN page as well) now points here.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse

SWAGGER_UI_VERSION = "5.18.2"
SWAGGER_JS = f"/ui/static/swagger-ui-{SWAGGER_UI_VERSION}-bundle.js"
SWAGGER_CSS = f"/ui/static/swagger-ui-{SWAGGER_UI_VERSION}.css"
DOCS_JS = "/ui/static/docs.js"


def docs_html(title: str, openapi_url: str = "/openapi.json") -> str:
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_escape(title)} · API docs</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{SWAGGER_CSS}">
</head>
<body>
<div id="swagger-ui" data-openapi-url="{_escape(openapi_url)}"></div>
<script src="{SWAGGER_JS}"></script>
<script src="{DOCS_JS}"></script>
</body>
</html>
"""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docs_router(title: str) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    page = docs_html(title)

    @router.get("/docs")
    def swagger_ui() -> HTMLResponse:
        return HTMLResponse(page)

    @router.get("/redoc")
    def redoc() -> RedirectResponse:
        return RedirectResponse("/docs", status_code=307)

    return router
