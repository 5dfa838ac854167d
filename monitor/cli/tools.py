"""``monitor demo``, ``eval``, ``bench`` and ``chaos``: the tools that drive the whole stack."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from monitor.cli.common import JsonFlag, console, err, fail, load_settings, progress_bar
from monitor.cli.root import app
from monitor.errors import MonitorError


# --- demo and evaluation -------------------------------------------------------------------------------
@app.command()
def demo(
    rate: Annotated[float, typer.Option(help="demo posts per second")] = 8.0,
    exit_when_done: Annotated[bool, typer.Option(help="exit once every demo post is decided")] = False,
) -> None:
    """Start the stack, load the Sora catalogue, run a worker, replay the demo stream, show alerts live."""
    from monitor.tools.demo import run_demo

    try:
        run_demo(load_settings(), console, rate=rate, exit_when_done=exit_when_done)
    except MonitorError as exc:
        fail(str(exc))


@app.command("eval")
def evaluate(
    claims: Annotated[Path, typer.Option(exists=True, help="templates or claims JSONL")],
    posts: Annotated[Path, typer.Option(exists=True, help="posts JSONL")],
    qrels: Annotated[
        Path, typer.Option(exists=True, help="post_id<TAB>template_id; posts absent match nothing")
    ],
    index: Annotated[
        str, typer.Option(help="memory (exact, no services) or redis (the worker's index)")
    ] = "memory",
    limit: Annotated[int, typer.Option(help="evaluate only the first N posts (0 = all)")] = 0,
    spellings: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            help='registered spellings: one {"alias", "name"} JSON object per line, as the worker reads',
        ),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Offline evaluation of the matcher the worker runs: ranking (MAP@5, MRR, recall) and decisions."""
    from monitor.tools.evaluate import run_eval

    s = load_settings()
    progress = progress_bar()
    try:
        with progress:
            report = run_eval(
                s, claims, posts, qrels, index=index, limit=limit, progress=progress, spellings=spellings
            )
    except MonitorError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report))
        return
    from monitor.tools.evaluate import print_report

    print_report(report, console)


@app.command()
def bench(
    posts: Annotated[int, typer.Option(help="posts in the throughput phase")] = 1000,
    latency_posts: Annotated[int, typer.Option(help="posts in the fixed-rate phase (0 = posts/2)")] = 0,
    rate: Annotated[
        float, typer.Option(help="latency phase rate, posts/s (0 = half the max rate; --mix too)")
    ] = 0.0,
    templates: Annotated[int, typer.Option(help="synthetic templates added to the demo catalogue")] = 0,
    workers: Annotated[
        int, typer.Option(help="worker processes in one consumer group; 0 = one per core")
    ] = 0,
    encode_rounds: Annotated[
        int,
        typer.Option(
            help="bare-encode measurements (before/after); --mix: 0 skips it, else before and after"
        ),
    ] = 2,
    log_dir: Annotated[Path | None, typer.Option(help="keep the workers' logs here")] = None,
    mix: Annotated[
        bool,
        typer.Option(
            "--mix", help="a realistic stream: real off-topic text + ~2% labelled posts, cascade on vs off"
        ),
    ] = False,
    mix_share: Annotated[float, typer.Option(help="--mix: share of labelled rumour/scam posts")] = 0.02,
    background: Annotated[
        Path, typer.Option(help="--mix: folder with the off-topic text (SMS ham, tweets, zh reviews)")
    ] = Path("../shared/data"),
    mix_modes: Annotated[
        str,
        typer.Option(
            help="--mix: phases, comma-separated: on, off (cascade on/off on the mixed stream), ceiling "
            "(reposts only: the worker's cost around the model), restart (after on: fresh workers with "
            "only 64 warm-up posts, starting from the shared state the on workers left)"
        ),
    ] = "on,off",
    mix_warmup: Annotated[
        int,
        typer.Option(
            help="--mix: untimed off-topic posts the cascade's workers see first (its background mean and "
            "learned map are fitted from what a worker saw); 64 = a cold worker"
        ),
    ] = 64,
    repeat: Annotated[
        int,
        typer.Option(
            min=1,
            help="--mix: time the cascade-on throughput over N rounds of --posts posts, each between two "
            "bare torch encodes of its own posts; reports the ratio's median and spread and every round",
        ),
    ] = 1,
    as_json: JsonFlag = False,
) -> None:
    """End-to-end throughput and latency through the real broker, Redis and worker(s), against the bare
    encode rate of the same model on the same posts (see docs/PERFORMANCE.md)."""
    if mix:
        from monitor.tools.mixbench import render_mix, run_mix

        try:
            mixed = run_mix(
                load_settings(),
                posts=posts,
                share=mix_share,
                background_dir=background,
                workers=workers,
                latency_posts=latency_posts,
                say=lambda msg: err.print(msg, highlight=False),
                phases=[m.strip() for m in mix_modes.split(",") if m.strip()],
                warmup_posts=mix_warmup,
                latency_rate=rate,
                encode_rounds=encode_rounds,
                repeat=repeat,
            )
        except MonitorError as exc:
            fail(str(exc))
        if as_json:
            typer.echo(json.dumps(mixed))
            return
        for line in render_mix(mixed):
            console.print(line, highlight=False)
        return
    if repeat > 1:
        fail("--repeat applies to --mix (the all-topical bench: run it several times, alternating)")
    from monitor.tools.bench import BenchOptions, render_report, run_bench

    options = BenchOptions(
        posts=posts,
        latency_posts=latency_posts,
        rate=rate,
        templates=templates,
        workers=workers,
        encode_rounds=encode_rounds,
    )
    try:
        report = run_bench(
            load_settings(), options, say=lambda msg: err.print(msg, highlight=False), log_dir=log_dir
        )
    except MonitorError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report.as_json()))
        return
    for line in render_report(report):
        console.print(line, highlight=False)


@app.command()
def chaos(
    scenario: Annotated[
        list[str] | None, typer.Option("--scenario", help="repeatable; default: all scenarios")
    ] = None,
    posts: Annotated[int, typer.Option(help="good posts per scenario")] = 300,
    outage_s: Annotated[float, typer.Option("--outage-s", help="how long Redis stays down")] = 30.0,
    pause_s: Annotated[float, typer.Option("--pause-s", help="how long the broker stays paused")] = 20.0,
    as_json: JsonFlag = False,
) -> None:
    """Crash, outage and hostile-input scenarios against a private embedded stack; exit 1 if any post is
    lost, any alert duplicated or any check fails. Starts and stops everything itself (temp state dir)."""
    from monitor.tools.chaos import SCENARIOS, ChaosSizes, results_table, run_chaos

    names = scenario or list(SCENARIOS)
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        fail(f"unknown scenario {', '.join(unknown)}; choose from {', '.join(SCENARIOS)}", 2)
    sizes = ChaosSizes(posts=posts, outage_s=outage_s, pause_s=pause_s)
    results = run_chaos(names, sizes, say=lambda msg: err.print(msg, highlight=False))
    if as_json:
        typer.echo(json.dumps([r.model_dump() | {"ok": r.ok} for r in results]))
    else:
        console.print(results_table(results))
        for r in results:
            for note in r.notes:
                console.print(f"  {r.scenario}: {note}", highlight=False)
    raise typer.Exit(0 if all(r.ok for r in results) else 1)
