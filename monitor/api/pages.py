"""The on-call console: server-rendered pages (Jinja2, autoescaped) with htmx (vendored, pinned, its license
beside it) and one small script of ours; no inline script, no request leaves the machine.

=========================================  ===========================================================
GET  /signin, POST /signin, POST /signout  sign in with a token (form field ``token``) -> session cookie
GET  /                                     incident queue, live (``/ui/events``: server-sent events)
GET  /ui/incidents/{id}                    one incident: its alerts with evidence, Confirm / False positive
POST /ui/incidents/{id}/{take|ack|resolve} claim, acknowledge, resolve
POST /ui/alerts/{id}/verdict, /ui/verdicts one alert's verdict; the same verdict on a selection
GET  /ui/alerts                            search recent alerts
GET  /ui/templates[/{id}/edit|/new]        templates: search, enable/disable, create/edit, history, try it
GET  /ui/candidates                        emerging clusters; promote through the template form
=========================================  ===========================================================

Every page needs a signed-in user (else: the sign-in page, which keeps the path and any form being sent);
writes need a role and the session's anti-CSRF token (hidden field ``csrf_token`` or ``X-CSRF-Token``).
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import numpy as np
import orjson
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from monitor.api.auth import CSRF_FIELD, SESSION_COOKIE, bearer_principal, session_principal
from monitor.api.live import LiveFeed
from monitor.api.review import NotFound, ReviewService
from monitor.core.access import BOOTSTRAP_NAME, ROLES, Principal
from monitor.core.history import field_changes
from monitor.core.ingest import parse_post
from monitor.core.models import TemplateIn
from monitor.core.spellings import SpellingIn, refusal
from monitor.core.text import normalize
from monitor.errors import MonitorError, PostInvalid
from monitor.pipeline.processor import Processor
from monitor.storage.alertindex import iso_to_ts
from monitor.storage.feedback import VERDICTS
from monitor.storage.reviews import HeldByOther
from monitor.storage.users import UserStore

log = logging.getLogger(__name__)
WEB = Path(__file__).resolve().parent / "web"
HTMX = "htmx-2.0.4.min.js"
EVENTS_WAIT_S = 3.0  # how often a stream checks that its browser is still there
EVENTS_HEARTBEAT_S = 15.0
TEMPLATE_FIELDS = (
    "id",
    "category",
    "severity",
    "text",
    "examples",
    "negatives",
    "threshold",
    "lang",
    "source_url",
)
LIST_FIELDS = ("examples", "negatives")


def mount_static(app: FastAPI) -> None:
    app.mount("/ui/static", StaticFiles(directory=WEB / "static"), name="static")


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=WEB / "templates")  # autoescape is on for .html
    env = templates.env
    env.autoescape = True
    env.globals.update(HTMX=HTMX, ROLES=ROLES, VERDICTS=VERDICTS, near_miss_reasons=NEAR_MISS_REASONS)
    env.filters["ago"] = _ago
    env.filters["pretty"] = lambda v: json.dumps(v, indent=2, ensure_ascii=False, sort_keys=True)
    env.filters["spark"] = _spark_points
    env.filters["highlight"] = highlight
    return templates


def _ago(seconds: Any) -> str:
    try:
        s = float(seconds)
    except (TypeError, ValueError):
        return "-"
    if s < 90:
        return f"{s:.0f}s"
    if s < 5400:
        return f"{s / 60:.0f}m"
    if s < 172800:
        return f"{s / 3600:.1f}h"
    return f"{s / 86400:.1f}d"


def _spark_points(values: list[int], width: int = 120, height: int = 24) -> str:
    """SVG polyline points of a sparkline (drawn server-side: no script, no inline style)."""
    if not values:
        return ""
    top = max(values) or 1
    step = width / max(1, len(values) - 1)
    return " ".join(
        f"{i * step:.1f},{height - 2 - (v / top) * (height - 4):.1f}" for i, v in enumerate(values)
    )


# why an unmatched post was not an alert (monitor/core/nearmiss.py, the guards of monitor/core/matching.py)
NEAR_MISS_REASONS = {
    "below_threshold": "below the threshold",
    "short_text": "too short to judge",
    "off_subject": "does not name the subject",
    "negative": "closer to a registered negative",
    "stance": "denies or debunks the claim",
    "stance_reader": "read as a debunk, warning or loss report",
    "pair_reader": "read as unlikely to make this claim",
    "verifier": "the learned verifier disagrees",
}

_WORD = re.compile(r"\w{4,}", re.UNICODE)


def highlight(text: str, explanation: dict[str, Any] | None = None) -> Markup:
    """The post text, escaped, with the words it shares with the nearest exemplar (and the scam signals
    the match used) wrapped in ``<mark>``: every character of the post goes through ``escape``."""
    explanation = explanation or {}
    exemplar = str((explanation.get("nearest_exemplar") or {}).get("text") or "")
    words = {w.lower() for w in _WORD.findall(exemplar)}
    signals = {str(s).lower() for s in explanation.get("shared_signals") or [] if len(str(s)) >= 4}
    out, pos = [], 0
    for m in _WORD.finditer(text or ""):
        word = m.group(0).lower()
        kind = "signal" if word in signals else "word" if word in words else None
        if kind is None:
            continue
        out.append(escape(text[pos : m.start()]))
        out.append(Markup('<mark class="{}">{}</mark>').format(kind, m.group(0)))
        pos = m.end()
    out.append(escape((text or "")[pos:]))
    return Markup("").join(out)


def _safe_next(value: str | None) -> str:
    """Only a local path (never ``//host`` or a scheme): no open redirect after sign-in."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def console_router(service: ReviewService, users: UserStore, processor: Processor | None) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    templates = _templates()
    registry = service.registry

    def render(
        request: Request, name: str, who: Principal | None, status: int = 200, **ctx: Any
    ) -> HTMLResponse:
        ctx.update(request=request, who=who, csrf=who.csrf if who else "", nav=name.split(".")[0])
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def signin_page(
        request: Request, status: int = 200, error: str | None = None, resume: dict[str, Any] | None = None
    ) -> HTMLResponse:
        return render(
            request,
            "signin.html",
            None,
            status,
            error=error,
            next=_safe_next(request.query_params.get("next") or request.url.path),
            resume=json.dumps(resume) if resume else "",
        )

    def refuse(request: Request, who: Principal | None, status: int, message: str) -> HTMLResponse:
        name = "refused.html" if request.headers.get("hx-request") else "error.html"
        return render(request, name, who, status, message=message)

    def who_or_none(request: Request) -> Principal | None:
        return session_principal(request)

    def to_signin(request: Request) -> Response:
        if request.headers.get("hx-request"):
            return Response(
                status_code=401, headers={"HX-Redirect": "/signin?" + urlencode({"next": request.url.path})}
            )
        return RedirectResponse("/signin?" + urlencode({"next": request.url.path}), status_code=303)

    async def writer(
        request: Request, needed: str
    ) -> tuple[Principal | None, Response | None, dict[str, Any]]:
        """The signed-in writer of a console form, or the response to send instead (sign-in, 403)."""
        form = dict(await request.form())
        who = who_or_none(request)
        if who is None:  # expired: sign in again, keeping the form being sent
            resume = {k: v for k, v in form.items() if isinstance(v, str) and k != CSRF_FIELD}
            return None, signin_page(request, 401, "Your session has expired: sign in again.", resume), form
        sent = request.headers.get("x-csrf-token") or form.get(CSRF_FIELD)
        origin = request.headers.get("origin")
        bad_origin = origin and origin != f"{request.url.scheme}://{request.headers.get('host', '')}"
        if bad_origin or not isinstance(sent, str) or not who.csrf or not hmac.compare_digest(sent, who.csrf):
            return (
                who,
                refuse(request, who, 403, "Refused: missing or stale form token. Reload the page."),
                form,
            )
        if request.app.state.read_only and needed != "viewer":
            return who, refuse(request, who, 403, "Refused: this console is read-only."), form
        if not who.allows(needed):
            message = f"Refused: your role ({who.role}) may not do this; it needs {needed}."
            return who, refuse(request, who, 403, message), form
        return who, None, form

    # --- sign in / out ---------------------------------------------------------------------------------
    @router.get("/signin")
    def signin_form(request: Request) -> Response:
        return signin_page(request)

    @router.post("/signin")
    async def signin(request: Request) -> Response:
        form = await request.form()
        token = str(form.get("token") or "").strip()
        who = bearer_principal(request, token, None) if token else None
        if who is None:
            return signin_page(request, 401, "Unknown, disabled or mistyped token.")
        if who.bootstrap:
            who = Principal(BOOTSTRAP_NAME, "admin", "session", None, True)
        cookie, csrf = users.open_session(who, request.app.state.settings.session_ttl_s)
        nxt = _safe_next(str(form.get("next") or "/"))
        resume = str(form.get("resume") or "")
        who = Principal(who.name, who.role, "session", csrf, who.bootstrap)
        if resume and nxt.startswith("/ui/templates"):  # give back the form the expired session interrupted
            try:
                values = {k: str(v) for k, v in json.loads(resume).items()}
            except (ValueError, AttributeError):
                values = {}
            response: Response = render(
                request,
                "template_form.html",
                who,
                values=values,
                errors={},
                creating=not values.get("_editing"),
                notice="Signed in again: check the form and save it.",
                candidate_id=values.get("candidate_id", ""),
            )
        else:
            response = RedirectResponse(nxt, status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            cookie,
            max_age=request.app.state.settings.session_ttl_s,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path="/",
        )
        return response

    @router.post("/signout")
    async def signout(request: Request) -> Response:
        who, refused, _ = await writer(request, "viewer")
        if refused is not None and who is not None:
            return refused
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie:
            users.close_session(cookie)
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # --- the queue -------------------------------------------------------------------------------------
    @router.get("/")
    def home(request: Request) -> Response:
        who = who_or_none(request)
        if who is None:
            return to_signin(request)
        return render(request, "queue.html", who, rows=service.queue())

    @router.get("/ui/queue")
    def queue_rows(request: Request) -> Response:
        who = who_or_none(request)
        if who is None:
            return to_signin(request)
        return render(request, "queue_rows.html", who, rows=service.queue())

    @router.get("/ui/events")
    async def events(request: Request) -> Response:
        """Server-sent events from the process's live feed (:mod:`monitor.api.live`): ``queue`` whenever the
        open incidents change (new, counts, holders), ``mode`` when its source changes (``topics`` |
        ``polling``)."""
        if who_or_none(request) is None:
            return Response("sign in first", status_code=401)
        feed: LiveFeed = request.app.state.live
        sub = feed.subscribe()

        async def stream() -> AsyncIterator[bytes]:
            try:
                yield b"retry: 3000\n\n"
                quiet = 0.0
                while not await request.is_disconnected():
                    event = await sub.next(EVENTS_WAIT_S)
                    if event is not None:
                        quiet = 0.0
                        yield event.encode()
                        continue
                    quiet += EVENTS_WAIT_S
                    if quiet >= EVENTS_HEARTBEAT_S:
                        quiet = 0.0
                        yield b": heartbeat\n\n"
            finally:
                feed.unsubscribe(sub)

        return StreamingResponse(
            stream(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    # --- one incident ------------------------------------------------------------------------------------
    def incident_page(
        request: Request, who: Principal, incident_id: str, status: int = 200, **extra: Any
    ) -> Response:
        try:
            incident = service.incident(incident_id)
        except NotFound as exc:
            return render(request, "error.html", who, 404, message=str(exc))
        return render(request, "incident.html", who, status, incident=incident, **extra)

    @router.get("/ui/incidents/{incident_id}")
    def incident_view(request: Request, incident_id: str) -> Response:
        who = who_or_none(request)
        if who is None:
            return to_signin(request)
        return incident_page(request, who, incident_id)

    @router.post("/ui/incidents/{incident_id}/{action}")
    async def incident_action(request: Request, incident_id: str, action: str) -> Response:
        if action not in ("take", "takeover", "ack", "resolve"):
            return Response(status_code=404)
        who, refused, form = await writer(request, "reviewer")
        if refused is not None or who is None:
            return refused or to_signin(request)
        try:
            if action in ("take", "takeover"):
                await run_in_threadpool(service.take, incident_id, who.name, action == "takeover")
            elif action == "ack":
                await run_in_threadpool(service.ack, incident_id, who.name)
            else:
                await run_in_threadpool(
                    service.resolve, incident_id, who.name, str(form.get("note") or "") or None
                )
        except NotFound as exc:
            return render(request, "error.html", who, 404, message=str(exc))
        except HeldByOther as exc:
            return incident_page(request, who, incident_id, 409, held=exc)
        request.app.state.live.notify()  # this process's browsers see the holder change at once
        return RedirectResponse(f"/ui/incidents/{incident_id}", status_code=303)

    @router.post("/ui/alerts/{alert_id}/verdict")
    async def alert_verdict(request: Request, alert_id: str) -> Response:
        who, refused, form = await writer(request, "reviewer")
        if refused is not None or who is None:
            return refused or to_signin(request)
        verdict = str(form.get("verdict") or "")
        if verdict not in VERDICTS:
            return render(
                request, "error.html", who, 422, message="verdict must be Confirm or False positive"
            )
        try:
            fb = await run_in_threadpool(
                lambda: service.verdict(
                    alert_id,
                    verdict,
                    who.name,
                    add_negative=form.get("add_negative") == "1",
                    add_example=form.get("add_example") == "1",
                )
            )
        except NotFound as exc:
            return render(request, "error.html", who, 404, message=str(exc))
        if request.headers.get("hx-request"):
            return render(
                request, "verdict.html", who, alert={"alert_id": alert_id, "verdict": verdict}, fb=fb
            )
        back = _safe_next(str(form.get("back") or "/"))
        return RedirectResponse(back, status_code=303)

    @router.post("/ui/verdicts")
    async def bulk_verdicts(request: Request) -> Response:
        who, refused, form = await writer(request, "reviewer")
        if refused is not None or who is None:
            return refused or to_signin(request)
        verdict = str(form.get("verdict") or "")
        ids = [str(v) for v in (await request.form()).getlist("alert_id")][:500]
        if verdict not in VERDICTS or not ids:
            return render(request, "error.html", who, 422, message="select alerts and a verdict")
        for alert_id in ids:
            try:
                await run_in_threadpool(service.verdict, alert_id, verdict, who.name)
            except NotFound:
                continue
        return RedirectResponse(_safe_next(str(form.get("back") or "/")), status_code=303)

    # --- search ------------------------------------------------------------------------------------------
    @router.get("/ui/alerts")
    def search_page(request: Request) -> Response:
        who = who_or_none(request)
        if who is None:
            return to_signin(request)
        p = request.query_params
        filters = {
            k: (p.get(k) or "").strip()
            for k in ("q", "template_id", "severity", "status", "lang", "since", "until")
        }
        error = None
        for k in ("since", "until"):
            if filters[k] and iso_to_ts(filters[k]) is None:
                error = f"{k}: not an ISO-8601 time (e.g. 2026-11-30T21:00:00Z)"
        result = {"total": 0, "items": []}
        if error is None:
            result = service.search(
                text=filters["q"] or None,
                template_id=filters["template_id"] or None,
                severity=filters["severity"] or None,
                status=filters["status"] or None,
                lang=filters["lang"] or None,
                since_ts=iso_to_ts(filters["since"]),
                until_ts=iso_to_ts(filters["until"]),
                limit=100,
            )
        return render(request, "alerts.html", who, filters=filters, result=result, error=error)

    # --- templates ---------------------------------------------------------------------------------------
    @router.get("/ui/templates")
    def templates_page(request: Request) -> Response:
        who = who_or_none(request)
        if who is None:
            return to_signin(request)
        return render_templates(
            request,
            who,
            q=(request.query_params.get("q") or "").strip().lower(),
            category=request.query_params.get("category") or "",
            state=request.query_params.get("state") or "",
            notice=request.query_params.get("saved"),
        )

    def render_templates(
        request: Request,
        who: Principal,
        status: int = 200,
        *,
        q: str = "",
        category: str = "",
        state: str = "",
        notice: str | None = None,
        spelling_error: str = "",
        spelling_values: dict[str, str] | None = None,
    ) -> Response:
        """The Templates page: the templates the filters keep, and the registered spellings (with the
        add form's values and error when a spelling was refused)."""
        everything = registry.all()
        rows = [
            t
            for t in everything
            if (not q or q in t.id.lower() or q in t.text.lower())
            and (not category or t.category == category)
            and (not state or (state == "enabled") == t.enabled)
        ]
        names = registry.spellings().names
        return render(
            request,
            "templates.html",
            who,
            status,
            rows=rows,
            q=q,
            category=category,
            state=state,
            categories=sorted({t.category for t in everything}),
            notice=notice,
            spellings=[{"alias": a, "name": names[a]} for a in sorted(names, key=str.casefold)],
            spelling_error=spelling_error,
            spelling_values=spelling_values or {"alias": "", "name": ""},
        )

    @router.post("/ui/spellings/{action}")
    async def change_spelling(request: Request, action: str) -> Response:
        if action not in ("save", "remove"):
            return Response(status_code=404)
        who, refused, form = await writer(request, "editor")
        if refused is not None or who is None:
            return refused or to_signin(request)
        values = {k: str(form.get(k) or "") for k in ("alias", "name")}
        error = ""
        try:
            if action == "save":
                registry.set_spelling(SpellingIn(**values), actor=who.name)
            else:
                registry.remove_spelling(values["alias"], actor=who.name)
        except ValidationError as exc:
            error = refusal(exc)
        except MonitorError as exc:
            error = str(exc)
        if error:
            return render_templates(request, who, 422, spelling_error=error, spelling_values=values)
        return RedirectResponse("/ui/templates#spellings", status_code=303)

    def form_values(template: Any) -> dict[str, str]:
        data = template.model_dump(mode="json")
        values = {k: "" if data.get(k) is None else str(data.get(k)) for k in TEMPLATE_FIELDS}
        for k in LIST_FIELDS:
            values[k] = "\n".join(data.get(k) or [])
        return values

    @router.get("/ui/templates/new")
    def new_template(request: Request) -> Response:
        who = who_or_none(request)
        if who is None:
            return to_signin(request)
        return render(
            request,
            "template_form.html",
            who,
            values={"severity": "medium"},
            errors={},
            creating=True,
            candidate_id="",
        )

    @router.get("/ui/templates/{template_id}/edit")
    def edit_template(request: Request, template_id: str) -> Response:
        who = who_or_none(request)
        if who is None:
            return to_signin(request)
        try:
            template = registry.get(template_id)
        except MonitorError as exc:
            return render(request, "error.html", who, 404, message=str(exc))
        history = [{**h, "diff": field_changes(h.get("changes"))} for h in registry.history(template_id, 50)]
        return render(
            request,
            "template_form.html",
            who,
            values={**form_values(template), "_editing": "1"},
            errors={},
            creating=False,
            history=list(reversed(history)),
            candidate_id="",
        )

    @router.post("/ui/templates/save")
    async def save_template(request: Request) -> Response:
        who, refused, form = await writer(request, "editor")
        if refused is not None or who is None:
            return refused or to_signin(request)
        values = {k: str(form.get(k) or "") for k in (*TEMPLATE_FIELDS, "_editing", "candidate_id")}
        data: dict[str, Any] = {k: values[k].strip() for k in TEMPLATE_FIELDS if values[k].strip()}
        for k in LIST_FIELDS:
            data[k] = [line.strip() for line in values[k].splitlines() if line.strip()]
        errors: dict[str, str] = {}
        if "threshold" in data:
            try:
                data["threshold"] = float(data["threshold"])
            except ValueError:
                errors["threshold"] = "a number between 0 and 1"
        template = None
        if not errors:
            try:
                template = TemplateIn.model_validate(data)
            except ValidationError as exc:
                for e in exc.errors():
                    loc = e.get("loc") or ("text",)
                    errors.setdefault(str(loc[0]) if loc else "text", e.get("msg", "invalid"))
        if template is None or errors:
            return render(
                request,
                "template_form.html",
                who,
                422,
                values=values,
                errors=errors,
                creating=not values["_editing"],
                candidate_id=values["candidate_id"],
            )
        if registry.embedder is None:
            return render(
                request, "error.html", who, 403, message="this API is read-only: templates cannot be saved"
            )
        await run_in_threadpool(registry.upsert_many, [template], actor=who.name)
        if values["candidate_id"] and service.candidates is not None:
            try:
                service.candidates().mark_promoted(values["candidate_id"], template.id, actor=who.name)
            except Exception as exc:  # the template is saved; a vanished candidate only stays listed
                log.warning("candidate %s not marked promoted: %s", values["candidate_id"], exc)
        return RedirectResponse("/ui/templates?" + urlencode({"saved": template.id}), status_code=303)

    @router.post("/ui/templates/{template_id}/{action}")
    async def toggle_template(request: Request, template_id: str, action: str) -> Response:
        if action not in ("enable", "disable"):
            return Response(status_code=404)
        who, refused, _ = await writer(request, "editor")
        if refused is not None or who is None:
            return refused or to_signin(request)
        try:
            registry.set_enabled(template_id, action == "enable", actor=who.name)
        except MonitorError as exc:
            return render(request, "error.html", who, 404, message=str(exc))
        return RedirectResponse("/ui/templates", status_code=303)

    @router.post("/ui/try")
    async def try_it(request: Request) -> Response:
        """The decision the worker would give for a pasted text, and its score against the draft."""
        who, refused, form = await writer(request, "viewer")
        if refused is not None or who is None:
            return refused or to_signin(request)
        text = str(form.get("try_text") or "").strip()
        if not text:
            return render(request, "try.html", who, error="Paste a post's text first.")
        if processor is None:
            return render(request, "try.html", who, error="Unavailable: this API runs read-only (no model).")
        try:
            post = parse_post(orjson.dumps({"id": "try-it", "text": text}), processor.max_text_chars)
        except PostInvalid as exc:
            return render(request, "try.html", who, error=str(exc))
        decision = (await run_in_threadpool(processor.decide_posts, [post]))[0]
        draft = [
            s.strip()
            for s in [str(form.get("text") or ""), *str(form.get("examples") or "").splitlines()]
            if s.strip()
        ]
        draft_score = None
        if draft:
            vectors = await run_in_threadpool(processor.embedder.encode_queries, [normalize(text)])
            exemplars = await run_in_threadpool(
                processor.embedder.encode_passages, [normalize(t) for t in draft]
            )
            draft_score = float(np.max(np.asarray(exemplars) @ np.asarray(vectors)[0]))
        return render(
            request,
            "try.html",
            who,
            decision=decision,
            draft_score=draft_score,
            draft_threshold=str(form.get("threshold") or ""),
            error=None,
        )

    # --- candidates --------------------------------------------------------------------------------------
    @router.get("/ui/candidates")
    def candidates_page(request: Request) -> Response:
        who = who_or_none(request)
        if who is None:
            return to_signin(request)
        rows = (
            [v.as_dict() for v in service.candidates().list(time.time(), limit=50)]
            if service.candidates
            else []
        )
        return render(request, "candidates.html", who, rows=rows)

    @router.get("/ui/candidates/{candidate_id}/promote")
    def promote_form(request: Request, candidate_id: str) -> Response:
        who = who_or_none(request)
        if who is None:
            return to_signin(request)
        views = (
            [v.as_dict() for v in service.candidates().list(time.time(), limit=None, n_examples=10)]
            if service.candidates
            else []
        )
        cand = next((v for v in views if v["candidate_id"] == candidate_id), None)
        if cand is None:
            return render(request, "error.html", who, 404, message=f"no candidate {candidate_id!r}")
        texts = [e["text"] for e in cand["examples"]]
        values = {
            "id": f"cand-{candidate_id}"[:64],
            "severity": "medium",
            "category": "rumour",
            "text": texts[0] if texts else "",
            "examples": "\n".join(texts[1:6]),
        }
        return render(
            request,
            "template_form.html",
            who,
            values=values,
            errors={},
            creating=True,
            candidate_id=candidate_id,
            notice=f"Promoting candidate {candidate_id}: terms {', '.join(cand['terms'])}",
        )

    return router
