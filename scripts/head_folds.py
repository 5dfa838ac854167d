"""What the learned heads' leave-one-set-out scripts share (fit_seller_guard.py, fit_stance_reader.py,
fit_verifier.py, fit_grey_band.py, fit_pair_reader.py): the seen sets of a language, running sets through
``monitor eval``'s path to dump their rows (:func:`dump_decisions`, :func:`labelled_runs`), counting a post's
alert (:func:`count_alert`), the P / R line, the inner choice of L2 and cut, and writing a head's fitted
parameters into its params module. Each script keeps what differs: its rows, its label, its outcome and the
gain its acceptance rule counts.
"""

from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from logistic_fit import Standardised

DATA = Path("tests/data")
DEMO = ("demo", Path("monitor/demo/posts.jsonl"), Path("monitor/demo/qrels.tsv"))
DEMO_CLAIMS = Path("monitor/demo/templates.jsonl")
# the newest English / Chinese held-out sets read once unseen: every set up to them is seen, the next ones
# (hard_en_heldout{LAST_SEEN_EN + 1}, zh_heldout{LAST_SEEN_ZH + 1}) are opened only by their read. The
# round that reads them raises these. hard_en_heldout33 was read (2026-12-05 02:24) before 32 (04:52).
LAST_SEEN_EN, LAST_SEEN_ZH = 80, 74


ROOT = Path(__file__).resolve().parents[1]


def code_folder(env: Mapping[str, str]) -> Path:
    """The ``monitor/`` a run with this environment is meant to read: the first ``PYTHONPATH`` entry's (a
    ``git archive`` of other code, a mend's copy), else this checkout's."""
    first = env.get("PYTHONPATH", "").split(os.pathsep)[0]
    return ((Path(first) if first else ROOT) / "monitor").resolve()


def imported_from(env: Mapping[str, str]) -> Path:
    """The folder a subprocess with this environment imports ``monitor`` from."""
    code = "import pathlib, monitor; print(pathlib.Path(monitor.__file__).parent)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(env),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT / "scripts",
    )
    return Path(done.stdout.strip()).resolve()


def check_code(who: str, env: Mapping[str, str], found: Path | None = None) -> None:
    """Stop when ``monitor`` is (``found``: this process's) or would be (a subprocess with ``env``:
    :func:`imported_from`) imported from anywhere but the code a run is meant to read (:func:`code_folder`).
    An editable install that points at another worktree (``make`` run there, sharing the virtual
    environment) silently reads that worktree's code, uncommitted edits and all."""
    wanted = code_folder(env)
    found = imported_from(env) if found is None else found
    if found.resolve() != wanted:
        raise SystemExit(f"{who}: monitor is imported from {found}, not {wanted}")


def numbered(first: Sequence[str], stem: str, last: int) -> list[str]:
    """``first`` then ``stem``, ``stem2`` … ``stem{last}``: a family of held-out sets' names."""
    return [*first, *(f"{stem}{n}" for n in ["", *map(str, range(2, last + 1))])]


def set_number(name: str) -> int:
    """A held-out set's number from its name: ``zh_heldoutN`` / ``hard_en_heldoutN`` -> N, the first held-out
    set of a family (``zh_heldout``, ``hard_en_heldout``) -> 1, a tuning set -> 0."""
    if "heldout" not in name:
        return 0
    return int(name.rsplit("heldout", 1)[1] or 1)


def named_sets(names: Sequence[str]) -> list[tuple[str, Path, Path]]:
    """(name, posts, qrels) of sets of ``tests/data`` named in full."""
    return [(s, DATA / f"{s}_posts.jsonl", DATA / f"{s}_qrels.tsv") for s in names]


def seen_sets(lang: str, en_sets: Sequence[str], zh_sets: Sequence[str]) -> list[tuple[str, Path, Path]]:
    """(name, posts, qrels) of a language's sets: English ``hard_en_<name>`` and the demo stream, Chinese
    ``<name>``."""
    if lang == "en":
        return [*named_sets([f"hard_en_{s}" for s in en_sets]), DEMO]
    return named_sets(zh_sets)


def decision_row(name: str, d: Any, run: Any, labels: Mapping[str, dict]) -> dict[str, Any]:
    """What every dumped row starts with: the set, the post, its label kind, its gold templates and the
    template it alerted (None: none)."""
    return {
        "set": name,
        "id": d.post_id,
        "kind": labels.get(d.post_id, {}).get("kind"),
        "gold": sorted(run.qrels.get(d.post_id, set())),
        "matched": d.template_id,
    }


def dump_decisions(
    out_file: Path,
    named: Iterable[tuple[str, Path, Path]],
    settings: Any,
    read: Callable[..., Any],
    row: Callable[[str, Any, Any, Mapping[str, dict], Any], dict[str, Any]],
    *,
    ensure_ascii: bool = False,
    count_readings: bool = False,
    embedder: Any = None,
) -> None:
    """Run each set of ``named`` (name, posts, qrels) through ``monitor eval``'s path against the demo
    catalogue with ``settings`` (one embedder for all) and write ``out_file``: one JSON line per post,
    ``row(set name, decision, run, labels by post id, reading)``. ``reading`` is what ``read`` returned for
    the post given ``decide``'s inputs as the matcher decided it (None: it returned None); ``read`` only
    reads, the decisions are the matcher's own. Prints each set's name and number of posts (and, with
    ``count_readings``, of posts with a reading). ``embedder``: one the caller already loaded (else the
    settings' model is loaded here)."""
    import monitor.pipeline.processor as proc
    from monitor.tools.evaluate import embedder_from_settings, load_labels, match_set

    readings: dict[str, Any] = {}
    original = proc.decide

    def recording(pid, raw, hits, templates, policy, *, lexical=None, post=None, **more):  # type: ignore[no-untyped-def]
        # ``more``: the decision's other inputs (e.g. the pair reader's vectors), passed through unchanged
        got = read(raw, hits, templates, policy, lexical=lexical, post=post, **more)
        if got is not None:
            readings[pid] = got
        return original(pid, raw, hits, templates, policy, lexical=lexical, post=post, **more)

    proc.decide = recording  # type: ignore[assignment]
    try:
        emb = embedder if embedder is not None else embedder_from_settings(settings)
        with open(out_file, "w", encoding="utf-8") as f:
            for name, posts, qrels in named:
                readings.clear()
                run = match_set(settings, DEMO_CLAIMS, posts, qrels, embedder=emb)
                labels = load_labels(posts)
                for d in run.decisions:
                    line = row(name, d, run, labels, readings.get(d.post_id))
                    f.write(json.dumps(line, ensure_ascii=ensure_ascii) + "\n")
                tally = [len(readings)] if count_readings else []
                print(name, len(run.decisions), *tally, flush=True)
    finally:
        proc.decide = original  # type: ignore[assignment]


def labelled_runs(settings: Any, claims: Path, specs: Sequence[str]) -> Iterator[tuple[Any, dict, dict, str]]:
    """For each spec ``POSTS,QRELS,LABELS,OUT`` (a labelled set, or a stream from zh_stream.py): the set run
    through ``monitor eval``'s path against ``claims`` with ``settings`` (one embedder for all: the run's
    ``embedder``), its posts' label kinds by id (a post without a label: "background"), their texts by id,
    and OUT."""
    from monitor.tools.evaluate import match_set

    embedder = None
    for spec in specs:
        posts, qrels, labels, out = spec.split(",")
        kinds = {
            (lb := json.loads(line))["post_id"]: lb["kind"]
            for line in Path(labels).read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        run = match_set(settings, claims, Path(posts), Path(qrels), embedder=embedder)
        embedder = run.embedder
        texts = {p.id: p.text for p in run.posts}
        yield run, {pid: kinds.get(pid, "background") for pid in texts}, texts, out


def count_alert(
    c: dict[str, Any], r: Mapping[str, Any], alert: str | None, debunk_kinds: Iterable[str]
) -> None:
    """Add one post's decision to the count ``c`` (``new_count``): ``alert`` (None: nothing) against the
    row's ``gold`` templates (tp / fp / fn), and whether it alerts on a debunk or loss report (its ``kind``
    in ``debunk_kinds``) or on a stream's background post."""
    gold = set(r["gold"])
    c["tp"] += int(alert is not None and alert in gold)
    c["fp"] += int(alert is not None and alert not in gold)
    c["fn"] += int(bool(gold) and not (alert is not None and alert in gold))
    c["debunks"] += int(alert is not None and r["kind"] in debunk_kinds)
    c["background"] += int(alert is not None and r["kind"] == "background")


def new_count() -> dict[str, Any]:
    """An empty count for :func:`count_alert`."""
    return dict.fromkeys(("tp", "fp", "fn", "debunks", "background"), 0)


def add_count(total: dict[str, Any], c: Mapping[str, Any]) -> None:
    """Add the count ``c`` into ``total`` (both ``new_count`` shaped, or with the same extra keys)."""
    for k in total:
        total[k] += c[k]


def with_pr(c: Mapping[str, Any]) -> dict[str, Any]:
    """``c`` led by its precision ``p`` (1.0 with no alert) and recall ``r`` (0.0 with no gold post)."""
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    return {"p": tp / (tp + fp) if tp + fp else 1.0, "r": tp / (tp + fn) if tp + fn else 0.0, **c}


def fmt(c: Mapping[str, int]) -> str:
    """``P / R (tp/fp/fn)`` of a count."""
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return f"{p:.3f} / {r:.3f} ({c['tp']}/{c['fp']}/{c['fn']})"


def choose_l2_cut(
    l2s: Iterable[float],
    cuts: Iterable[float],
    inner_probs: Callable[[float], dict[str, float]],
    gain: Callable[[dict[str, float], float], float | None],
    *,
    never: tuple[float, float],
) -> tuple[float, float]:
    """(l2, cut) with the highest ``gain(probs, cut)`` over the ``l2s`` (``inner_probs(l2)``: every inner
    set's rows scored by a head fitted without that set) and ``cuts``; ``None``: a choice the rule forbids.
    ``never`` (l2, cut) when nothing gains; on ties the most cautious (a higher cut, then a higher L2)."""
    best = (0.0, *never)  # gain, l2, cut: "change nothing"
    for l2 in l2s:
        probs = inner_probs(l2)
        for cut in cuts:
            g = gain(probs, cut)
            if g is None:
                continue
            if g > best[0] or (
                g == best[0] and g > 0 and (cut > best[2] or (cut == best[2] and l2 > best[1]))
            ):
                best = (g, l2, cut)
    return best[1], best[2]


def head_entry(
    model: Standardised, *, cut: float, l2: float, fitted_on: str, languages: Sequence[str]
) -> dict[str, Any]:
    """A fitted head as its params module stores it."""
    return {
        "weights": [round(float(v), 6) for v in model.weights],
        "mean": [round(float(v), 6) for v in model.mean],
        "scale": [round(float(v), 6) for v in model.scale],
        "bias": round(model.bias, 6),
        "cut": cut,
        "l2": l2,
        "fitted_on": fitted_on,
        "languages": list(languages),
    }


def write_params(target: Path, variable: str, doc: str, entries: Mapping[str, dict[str, Any]]) -> None:
    """Write ``entries`` (model -> head) into the params module ``target`` under ``variable``; the other
    models' entries there stay (each model's languages are decided, and refitted, on their own)."""
    shipped = runpy.run_path(str(target))[variable] if target.exists() else {}
    body = json.dumps({**shipped, **entries}, indent=4)
    target.write_text(
        f'"""{doc}"""\n\nfrom typing import Any\n\n{variable}: dict[str, dict[str, Any]] = {body}\n'
    )
    # in the house format: `make lint` checks the params modules like the rest of monitor/
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(target)], check=False)
