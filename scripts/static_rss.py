"""Resident memory the cascade's static model adds to a worker that holds the ONNX model (docs/PERFORMANCE.md).

HF_HUB_OFFLINE=1 .venv/bin/python scripts/static_rss.py
"""

import json
from pathlib import Path


def rss():
    for l in open("/proc/self/status"):
        if l.startswith("VmRSS"):
            return int(l.split()[1]) / 1024


from monitor.embedding import load_embedder
from monitor.embedding.static import load_static_embedder

e = load_embedder("all-MiniLM-L6-v2", "onnx")
e.encode_queries(["warm up text"] * 16)
a = rss()
st = load_static_embedder(e.spec)
b = rss()
D = Path("/work/shared/data")
texts = [json.loads(l)["text"] for l in (D / "scam/sms-spam-collection/messages.jsonl").open()] + [
    json.loads(l)["text"] for l in (D / "background/zh-reviews.jsonl").open()
]
for i in range(0, len(texts), 64):
    st.encode(texts[i : i + 64])
c = rss()
print(
    f"worker model RSS {a:.0f} MB; + static model loaded {b - a:.1f} MB; after encoding {len(texts)} posts {c - a:.1f} MB; matrix {st.matrix.nbytes / 2**20:.1f} MB on disk (mmap)"
)
