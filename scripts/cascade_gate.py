"""How the cascade's gate calibrates and what it passes, outside the worker (docs/PERFORMANCE.md "Cascade").

Calibrates the gate on the demo catalogue with a background mean from real off-topic text (SMS ham,
CheckThat! tweets, Chinese reviews under ../shared/data), then prints the threshold curve, the share of
each background source the gate decides, and whether any labelled demo post would be skipped.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/cascade_gate.py [model] [margin]
"""

import json
import sys
from pathlib import Path

import numpy as np

from monitor.core.cascade import *
from monitor.core.lexical import LexicalChannel
from monitor.core.matching import SCAM_SIGNALS, template_profile
from monitor.core.text import analyze, normalize
from monitor.embedding import load_embedder, resolve_model
from monitor.embedding.static import load_static_embedder
from monitor.storage.registry import parse_template_lines

model = sys.argv[1] if len(sys.argv) > 1 else "all-MiniLM-L6-v2"
margin = float(sys.argv[2]) if len(sys.argv) > 2 else 0.05
spec = resolve_model(model)
st = load_static_embedder(spec)
emb = load_embedder(model, "onnx")
thr = spec.default_threshold - spec.cross_language_offset
templates, _ = parse_template_lines(Path("monitor/demo/templates.jsonl").read_text().splitlines())
templates = {t.id: t for t in templates}
exs = [(kind, normalize(text)) for t in templates.values() for kind, i, text in t.exemplars()]
texts = [x[1] for x in exs]
tg = [k != "negative" for k, _ in exs]
ex_raw = st.encode(texts)
Q = emb.encode_queries(texts)
P = emb.encode_passages(texts)
D = Path("/work/shared/data")
ham = [
    json.loads(l)["text"]
    for l in (D / "scam/sms-spam-collection/messages.jsonl").open()
    if json.loads(l)["label"] == "ham"
]
tw = [json.loads(l)["text"] for l in (D / "claim-matching/checkthat2022-2a-en/posts-train.jsonl").open()]
zh = [json.loads(l)["text"] for l in (D / "background/zh-reviews.jsonl").open()]
parts = {
    "ham": [normalize(x) for x in ham[:1500]],
    "tw": [normalize(x) for x in tw[:1500]],
    "zh": [normalize(x) for x in zh[:1000]],
}
bg = sum(parts.values(), [])
bg_raw = st.encode(bg)
demo = [json.loads(l) for l in Path("monitor/demo/posts.jsonl").open()]
labels = {json.loads(l)["post_id"]: json.loads(l) for l in Path("monitor/demo/labels.jsonl").open()}
demo_t = [normalize(p["text"]) for p in demo]
demo_raw = st.encode(demo_t)
lex = LexicalChannel()
idx = lex.index_for(templates)
scam = set()
for t in templates.values():
    pr = template_profile(t)
    if pr.is_scam:
        scam |= pr.signals


def bonuses(raw_texts, norm):
    sc = idx.score(norm, normalized=True)
    mx = np.asarray(sc.scores.max(axis=1).todense()).ravel()
    out = []
    for r, m in zip(raw_texts, mx):
        sig = bool(set(analyze(r).signals.names()) & SCAM_SIGNALS & scam)
        out.append(lexical_bonus(float(m), sig, weight=0.5, saturation=10.0, signal_weight=0.04))
    return np.array(out)


mean = background_mean(ex_raw, bg_raw.sum(0), len(bg_raw))
exc = centre(ex_raw, mean)
cal = calibrate_gate(
    Q @ P.T,
    exc @ exc.T,
    base_required=thr,
    margin=margin,
    targets=tg,
    background=centre(bg_raw, mean),
    exemplars=exc,
)
print(cal.as_dict())
for r in [0.9, 0.8, 0.78, 0.7, 0.6, 0.5, 0.4, 0.3, 0.24]:
    print(" r", r, "thr", round(cal.threshold_for(r), 3))
s_bg = gate_scores(centre(bg_raw, mean), exc)
b_bg = bonuses(ham[:1500] + tw[:1500] + zh[:1000], bg)
sk = np.array(gate_skips(s_bg, b_bg, cal))
o = 0
for name, p in parts.items():
    n = len(p)
    print(f" {name}: skipped {sk[o : o + n].mean():.3f}  bonus>0 {(b_bg[o : o + n] > 0).mean():.3f}")
    o += n
s_demo = gate_scores(centre(demo_raw, mean), exc)
b_demo = bonuses([p["text"] for p in demo], demo_t)
skd = gate_skips(s_demo, b_demo, cal)
dq = emb.encode_queries(demo_t)
dd = (dq @ P.T).max(1)
pos = [i for i, p in enumerate(demo) if labels[p["id"]]["template_id"]]
print(" demo skipped", sum(skd), "positives skipped", [demo[i]["id"] for i in pos if skd[i]])
print(
    " demo: skipped posts max dense+bonus",
    max([dd[i] + b_demo[i] for i in range(len(demo)) if skd[i]], default=None),
)
DS = Q @ P.T
SS = exc @ exc.T
mask = ~np.eye(len(texts), dtype=bool) & np.array(tg)[None, :]
for r in [0.78, 0.7, 0.6]:
    sel = (r <= DS) & mask
    v = SS[sel]
    print("r", r, "pairs", sel.sum(), "static pct 0/1/2/5/10", np.percentile(v, [0, 1, 2, 5, 10]).round(3))
ii, jj = np.where((DS >= 0.78) & mask & (SS < 0.4))
for i, j in list(zip(ii, jj))[:6]:
    print(round(float(DS[i, j]), 3), round(float(SS[i, j]), 3), "|", texts[i][:80], "||", texts[j][:80])
print("bg gate pct", np.percentile(s_bg, [50, 80, 90, 95, 97, 99]).round(3))
print("demo pos gate min", s_demo[pos].min(), "pct1", np.percentile(s_demo[pos], [1, 5]).round(3))
