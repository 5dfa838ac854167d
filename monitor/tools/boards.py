"""Following an output topic: records as dicts, one-line human renderings, and live boards (a table
refreshed in place) for alerts and incidents."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable
from typing import Any

import orjson
from rich.console import Console
from rich.live import Live
from rich.table import Table
from rich.text import Text

SEVERITY_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}


def excerpt(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def confidence(r: dict[str, Any]) -> str:
    """A record's calibrated confidence as a percentage (the raw fused score stays in the explanation);
    "-" for records written before confidence existed."""
    value = r.get("confidence")
    return f"{float(value):.0%}" if isinstance(value, int | float) else "-"


def render_row(kind: str, r: dict[str, Any]) -> Text:
    if kind == "alert":
        sev = r.get("severity", "")
        line = Text()
        line.append(f"{sev.upper():8}", style=SEVERITY_STYLE.get(sev, ""))
        line.append(f" {r.get('category', ''):7} {r.get('template_id', '')} ")
        line.append(f"confidence={confidence(r)} ", style="bold")
        line.append(f"post={r.get('post_id')} ")
        line.append(excerpt(r.get("post", {}).get("text", ""), 80), style="dim")
        return line
    if kind == "incident":
        sev = str(r.get("severity", ""))
        line = Text()
        line.append(f"{str(r.get('status', '')).upper():8}", style=STATUS_STYLE.get(str(r.get("status")), ""))
        line.append(f" {sev.upper():8}", style=SEVERITY_STYLE.get(sev, ""))
        line.append(f" {r.get('template_id')} count={r.get('count')} rate={r.get('rate_per_min')}/min ")
        line.append(f"baseline={r.get('baseline_per_min')}/min ")
        if r.get("peak_rate_per_min"):
            line.append(f"peak={r.get('peak_rate_per_min')}/min ")
        if r.get("spreading"):
            line.append("SPREADING ", style="bold red")
        line.append(f"confidence={confidence(r)} ", style="bold")
        line.append(f"{r.get('incident_id')}", style="dim")
        return line
    if kind == "match":
        mark = "MATCH" if r.get("matched") else "-----"
        return Text(
            f"{mark} {r.get('post_id')} {r.get('template_id') or ''} {confidence(r)} "
            f"{r.get('suppressed_by') or ''}"
        )
    return Text(orjson.dumps(r).decode())


# --- live boards (`monitor alerts tail` / `monitor incidents tail` without --json) ---------------
def _hhmmss(ts: Any) -> str:
    text = str(ts or "")
    return text[11:19] if len(text) >= 19 else text


def _sev(severity: str) -> Text:
    return Text(severity.upper(), style=SEVERITY_STYLE.get(severity, ""))


class AlertBoard:
    """The latest alerts, newest first, with a per-template tally."""

    def __init__(self, rows: int = 20) -> None:
        self.latest: deque[dict[str, Any]] = deque(maxlen=rows)
        self.per_template: Counter[str] = Counter()
        self.total = 0

    def add(self, r: dict[str, Any]) -> None:
        self.latest.appendleft(r)
        self.per_template[str(r.get("template_id"))] += 1
        self.total += 1

    def render(self) -> Table:
        top = ", ".join(f"{t} {n}" for t, n in self.per_template.most_common(3))
        table = Table(title=f"alerts: {self.total} seen" + (f" (top: {top})" if top else ""), expand=True)
        for col, opts in (
            ("time", {"no_wrap": True}),
            ("severity", {"no_wrap": True}),
            ("template", {"overflow": "fold"}),
            ("confidence", {"justify": "right"}),
            ("author", {"overflow": "fold"}),
            ("post", {"overflow": "fold", "ratio": 3}),
            ("signals", {"overflow": "fold"}),
        ):
            table.add_column(col, **opts)  # type: ignore[arg-type]
        for r in self.latest:
            post = r.get("post") or {}
            explanation = r.get("explanation") or {}
            signals = explanation.get("signals")
            table.add_row(
                _hhmmss(r.get("created_at")),
                _sev(str(r.get("severity", ""))),
                f"{r.get('template_id')} v{r.get('template_version', '?')}",
                confidence(r),
                str(post.get("author") or "-"),
                excerpt(str(post.get("text", "")), 120),
                ", ".join(signals) if isinstance(signals, list) else "",
            )
        return table


STATUS_STYLE = {"open": "bold", "updated": "bold", "resolved": "dim"}


class IncidentBoard:
    """One row per incident, updated in place: live ones first (spreading first), then resolved ones."""

    def __init__(self, rows: int = 30) -> None:
        self.rows = rows
        self.incidents: dict[str, dict[str, Any]] = {}

    def add(self, r: dict[str, Any]) -> None:
        self.incidents[str(r.get("incident_id"))] = r

    def ordered(self) -> list[dict[str, Any]]:
        rows = sorted(self.incidents.values(), key=lambda r: str(r.get("last_seen_at", "")), reverse=True)
        rows.sort(key=lambda r: (r.get("status") == "resolved", not r.get("spreading")))  # stable
        return rows[: self.rows]

    def render(self) -> Table:
        live = sum(1 for r in self.incidents.values() if r.get("status") != "resolved")
        spreading = sum(1 for r in self.incidents.values() if r.get("spreading"))
        table = Table(title=f"incidents: {live} open, {spreading} spreading", expand=True)
        for col in (
            "status",
            "severity",
            "template",
            "count",
            "rate/min",
            "peak/min",
            "baseline/min",
            "spreading",
            "confidence",
        ):
            table.add_column(col, no_wrap=True)
        for col in ("first seen", "last seen", "sample posts"):
            table.add_column(col, overflow="fold")
        for r in self.ordered():
            status = str(r.get("status", ""))
            spread = Text("SPREADING", style="bold red") if r.get("spreading") else Text("-")
            table.add_row(
                Text(status, style=STATUS_STYLE.get(status, "")),
                _sev(str(r.get("severity", ""))),
                str(r.get("template_id")),
                str(r.get("count")),
                f"{float(r.get('rate_per_min') or 0):.1f}",
                f"{float(r.get('peak_rate_per_min') or 0):.1f}",
                f"{float(r.get('baseline_per_min') or 0):.1f}",
                spread,
                confidence(r),
                _hhmmss(r.get("first_seen_at")),
                _hhmmss(r.get("last_seen_at")),
                ", ".join(r.get("sample_post_ids") or [])[:80],
                style="dim" if status == "resolved" else None,
            )
        return table


def live_board(kind: str, records: Iterable[dict[str, Any]], console: Console) -> None:
    """Show ``records`` as a table refreshed in place (one line per record when not on a terminal)."""
    if not console.is_terminal or kind not in ("alert", "incident"):
        for record in records:
            console.print(render_row(kind, record))
        return
    board: AlertBoard | IncidentBoard = AlertBoard() if kind == "alert" else IncidentBoard()
    with Live(board.render(), console=console, refresh_per_second=4, transient=False) as live:
        for record in records:
            board.add(record)
            live.update(board.render())
