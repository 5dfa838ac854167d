"""What the cascade's gate decides, and whether it loses anything, outside the worker (docs/PERFORMANCE.md
"Cascade").

The same Processor runs with the cascade off and on (in batches of 64, like a worker) over labelled sets
and real off-topic text, each set after a warm-up of 600 off-topic posts (the background mean a worker
would have); prints, per set, the share of posts each stage decided and whether every decision (matched,
template) is the same with the cascade on as off.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/cascade_gate.py [--model all-MiniLM-L6-v2] [--json]

Sets: the demo stream, tests/data/hard_en_{tune,heldout,heldout2..15}_posts.jsonl (demo catalogue), the
Chinese seed-derived sets (tests/data/zh_posts.jsonl, zh_tune2, zh_heldout, zh_heldout2..12) against the
Chinese catalogue and, for a multilingual model, against the demo (English) catalogue too, and 1,500 SMS
ham, 1,500 CheckThat! tweets, 1,000 Chinese reviews from ../shared/data (warm-up posts are taken from the
end of each source, the measured ones from the start). The decision policy is the worker's for the model
(``--policy bare``: the model's threshold alone, as the runs before 2026-12-02).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from exemplar_index import exemplar_index  # the scripts folder is on sys.path when a script runs

import monitor.pipeline.cascade as cascade_module
from monitor.config import Settings
from monitor.core.matching import MatchPolicy
from monitor.core.models import Post
from monitor.embedding import load_embedder
from monitor.embedding.static import load_static_embedder
from monitor.pipeline.cascade import CascadeConfig, CascadeStage
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.policies import policy_from_settings
from monitor.pipeline.processor import Processor
from monitor.storage.registry import parse_template_lines

ROOT = Path(__file__).resolve().parents[1]
ZH_SETS = (
    "zh_posts.jsonl",
    "zh_heldout_posts.jsonl",
    "zh_tune2_posts.jsonl",
    *(f"zh_heldout{n}_posts.jsonl" for n in range(2, 13)),
)
SHARED = ROOT.parent / "shared" / "data"


def read(path: Path, key: str = "text", where: dict[str, str] | None = None) -> list[str]:
    out = []
    for line in path.read_text().splitlines():
        if line.strip():
            d = json.loads(line)
            if where is None or all(d.get(k) == v for k, v in where.items()):
                out.append(d[key])
    return out


def processors(
    embedder,
    static,
    templates_path: Path,
    policy: MatchPolicy,
    margin: float,
    keep_margin: float = 0.0,
    gate_map: bool = True,
    template_min_pairs: int = CascadeConfig().template_min_pairs,
    fold_by: str = CascadeConfig().map_fold_by,
    exact_terms: bool = CascadeConfig().exact_terms,
    gate_joint: bool = CascadeConfig().gate_joint,
    joint_margin: float = CascadeConfig().gate_joint_margin,
) -> tuple[Processor, Processor]:
    templates = {t.id: t for t in parse_template_lines(templates_path.read_text().splitlines())[0]}
    index = exemplar_index(embedder, templates)
    off = Processor(embedder, index, StaticCatalogue(templates), policy, Metrics())
    on = Processor(embedder, index, StaticCatalogue(templates), policy, Metrics())
    on.cascade = CascadeStage(
        static,
        embedder,
        policy,
        on.lexical,
        on.metrics,
        CascadeConfig(
            gate_margin=margin,
            keep_margin=keep_margin,
            gate_map=gate_map,
            template_min_pairs=template_min_pairs,
            map_fold_by=fold_by,
            exact_terms=exact_terms,
            gate_joint=gate_joint,
            gate_joint_margin=joint_margin,
        ),
    )
    return off, on


# the gate's per-post slack (bar minus score at the tightest template, > 0: skipped) of every post it judged,
# recorded by wrapping the stage's gate: how close the posts the full pipeline alerts on came to being skipped
_judged: list[tuple[list[int], np.ndarray]] = []
_real_gate, _real_combine = cascade_module.CascadeStage._gate, cascade_module.combine_bounds
_rest: list[list[int]] = []


def _gate(self, rest, *args, **kwargs):  # type: ignore[no-untyped-def]
    _rest.append(list(rest))
    try:
        return _real_gate(self, rest, *args, **kwargs)
    finally:
        _rest.pop()


def _combine(slacks):  # type: ignore[no-untyped-def]
    out = _real_combine(slacks)
    if _rest:
        _judged.append((_rest[-1], np.asarray(out[1])))
    return out


cascade_module.CascadeStage._gate = _gate  # type: ignore[method-assign]
cascade_module.combine_bounds = _combine


def run(
    proc: Processor, posts: list[Post], slack: list[float] | None = None
) -> tuple[list[tuple[bool, str | None]], list[str]]:
    """Decisions and stages in batches of 64; ``slack`` (given): each post's gate slack (nan: not judged)."""
    decisions, stages = [], []
    for start in range(0, len(posts), 64):
        _judged.clear()
        _, ds, ss = proc.embed_decide_stages(posts[start : start + 64])
        decisions += [(d.matched, d.template_id) for d in ds]
        stages += ss
        if slack is not None:
            part = [float("nan")] * len(ds)
            for rest, values in _judged:
                for row, i in enumerate(rest):
                    part[i] = float(values[row])
            slack += part
    return decisions, stages


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="all-MiniLM-L6-v2")
    ap.add_argument("--backend", default="onnx")
    ap.add_argument("--margin", type=float, default=CascadeConfig().gate_margin)
    ap.add_argument(
        "--keep-margin", type=float, default=0.0, help="near-miss margin the gate keeps (0.1 in a worker)"
    )
    ap.add_argument("--no-map", action="store_true", help="the centred static gate (no learned map)")
    ap.add_argument(
        "--template-min-pairs",
        type=int,
        default=CascadeConfig().template_min_pairs,
        help="pairs a template's own calibration curve needs (0: the catalogue-wide curve everywhere)",
    )
    ap.add_argument(
        "--fold-by",
        default=CascadeConfig().map_fold_by,
        choices=["exemplar", "template"],
        help="how the mapped calibration holds rows out (MONITOR_CASCADE_MAP_FOLD_BY)",
    )
    ap.add_argument(
        "--loose-terms",
        action="store_true",
        help="the gate's earlier bounds of the signal term and no short-text check (exact_terms off)",
    )
    ap.add_argument(
        "--no-joint",
        action="store_true",
        help="without the joint bound (the calibration pairs in both spaces at once; "
        "MONITOR_CASCADE_GATE_JOINT)",
    )
    ap.add_argument("--joint-margin", type=float, default=CascadeConfig().gate_joint_margin)
    ap.add_argument(
        "--warm-from",
        default="mixed",
        choices=["mixed", "ham", "tweets", "zh", "none"],
        help="the 600 warm-up posts: 200 of each source (mixed) or all from one, to measure the others on "
        "text the gate's background and reservoir never saw",
    )
    ap.add_argument(
        "--policy",
        default="worker",
        choices=["worker", "bare"],
        help="the worker's decision policy for the model (its cross-script offsets and learned heads; the "
        "default since 2026-12-02) or a bare one with the model's threshold alone (the runs before)",
    )
    ap.add_argument("--only", default="", help="comma-separated set names")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    embedder = load_embedder(args.model, args.backend)
    static = load_static_embedder(embedder.spec)
    policy = (
        policy_from_settings(Settings(model=args.model), embedder)
        if args.policy == "worker"
        else MatchPolicy(default_threshold=embedder.spec.default_threshold)
    )
    ham = read(SHARED / "scam/sms-spam-collection/messages.jsonl", where={"label": "ham"})
    tweets = read(SHARED / "claim-matching/checkthat2022-2a-en/posts-train.jsonl")
    reviews = read(SHARED / "background/zh-reviews.jsonl")
    warm = {
        "mixed": ham[-200:] + tweets[-200:] + reviews[-200:],
        "ham": ham[-600:],
        # the 2020 task's tweets: the measured ones are every 2022 train tweet
        "tweets": read(SHARED / "claim-matching/checkthat2020-t2-en/posts-train.jsonl")[:600],
        "zh": reviews[-600:],
        "none": [],  # a worker's cold start, as `monitor eval` runs
    }[args.warm_from]
    demo_t, data = ROOT / "monitor/demo/templates.jsonl", ROOT / "tests/data"
    sets = {
        "demo stream": (demo_t, read(ROOT / "monitor/demo/posts.jsonl")),
        "hard_en tune": (demo_t, read(data / "hard_en_tune_posts.jsonl")),
        "hard_en heldout": (demo_t, read(data / "hard_en_heldout_posts.jsonl")),
        "hard_en heldout2": (demo_t, read(data / "hard_en_heldout2_posts.jsonl")),
        **{
            f"hard_en heldout{n}": (demo_t, read(data / f"hard_en_heldout{n}_posts.jsonl"))
            for n in range(3, 16)  # 3..15: every English held-out set read so far
            if (data / f"hard_en_heldout{n}_posts.jsonl").exists()
        },
        "SMS ham": (demo_t, ham[:1500]),
        "CheckThat! tweets": (demo_t, tweets[:1500]),
        "zh reviews": (demo_t, reviews[:1000]),
        "zh seeds": (data / "zh_templates.jsonl", read(data / "zh_posts.jsonl")),
        "zh heldout": (data / "zh_templates.jsonl", read(data / "zh_heldout_posts.jsonl")),
        **{
            name.replace("_", " ").removesuffix(" posts.jsonl"): (
                data / "zh_templates.jsonl",
                read(data / name),
            )
            # zh_tune2 and zh_heldout2..12 (the first two sets are named above, as earlier runs printed them)
            for name in ZH_SETS[2:]
            if (data / name).exists()
        },
        # a multilingual model matches Chinese posts to the English claims (cross-script): every Chinese
        # set against the demo catalogue too (the gate once skipped almost all of them there)
        **{
            name.replace("_", " ").removesuffix(" posts.jsonl") + " (demo catalogue)": (
                demo_t,
                read(data / name),
            )
            for name in ZH_SETS
            if embedder.spec.cross_language_offset and (data / name).exists()
        },
        "zh reviews (zh catalogue)": (data / "zh_templates.jsonl", reviews[:1000]),
    }
    report = {}
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    for name, (templates, texts) in sets.items():
        if only and name not in only:
            continue
        off, on = processors(
            embedder,
            static,
            templates,
            policy,
            args.margin,
            args.keep_margin,
            not args.no_map,
            args.template_min_pairs,
            args.fold_by,
            not args.loose_terms,
            not args.no_joint,
            args.joint_margin,
        )
        warm_posts = [Post(id=f"w{i}", text=t) for i, t in enumerate(warm)]
        run(on, warm_posts)  # the background mean and threshold a running worker would have
        assert on.cascade is not None
        on.cascade.cache.clear()
        posts = [Post(id=f"p{i}", text=t) for i, t in enumerate(texts)]
        t0 = time.perf_counter()
        want, _ = run(off, posts)
        t1 = time.perf_counter()
        slack: list[float] = []
        got, stages = run(on, posts, slack)
        t2 = time.perf_counter()
        # the posts the full pipeline matches: the gate's slack on them (< 0: kept), the closest to 0 first
        alert_slack = sorted((s for (m, _), s in zip(want, slack, strict=True) if m and s == s), reverse=True)
        diff = [i for i, (a, b) in enumerate(zip(want, got, strict=True)) if a != b]
        report[name] = {
            "posts": len(posts),
            "matched_off": sum(1 for m, _ in want if m),
            "decisions_equal": not diff,
            "differences": [{"text": texts[i][:100], "off": want[i], "on": got[i]} for i in diff[:5]],
            "gate": round(stages.count("gate") / len(posts), 4),
            "cache": round(stages.count("cache") / len(posts), 4),
            "model": round(stages.count("model") / len(posts), 4),
            "speedup_in_process": round((t1 - t0) / max(1e-9, t2 - t1), 2),
            "threshold": on.cascade.calibration.threshold,
            "matched_judged_by_gate": len(alert_slack),
            "closest_matched_slack": round(alert_slack[0], 4) if alert_slack else None,
            "matched_within_0.05_of_gate": sum(1 for s in alert_slack if s > -0.05),
        }
        if not args.json:
            r = report[name]
            print(
                f"{name:28s} posts {r['posts']:5d} matched {r['matched_off']:4d} "
                f"equal {r['decisions_equal']!s:5s} "
                f"gate {r['gate']:.1%} cache {r['cache']:.1%} model {r['model']:.1%} "
                f"x{r['speedup_in_process']} thr {r['threshold']} "
                f"matched judged {r['matched_judged_by_gate']} closest slack {r['closest_matched_slack']} "
                f"within 0.05 {r['matched_within_0.05_of_gate']}",
                flush=True,
            )
            for d in r["differences"]:
                print("   DIFF", d)
    if args.json:
        print(json.dumps(report))


if __name__ == "__main__":
    main()
