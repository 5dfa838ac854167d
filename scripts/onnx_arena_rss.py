"""RSS of a process holding the configured embedder (ONNX by default) before and after one batch of the
64 longest off-topic texts: ONNX Runtime's memory arena grows to the largest padded batch and keeps it.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/onnx_arena_rss.py
"""

import os, json

os.environ.setdefault("HF_HUB_OFFLINE", "1")
from monitor.config import Settings
from monitor.embedding import load_embedder
from monitor.tools.mixbench import read_background, DEFAULT_BACKGROUND


def rss():
    for l in open("/proc/self/status"):
        if l.startswith("VmRSS"):
            return int(l.split()[1]) / 1024


s = Settings()
e = load_embedder(s.model, s.backend, s.batch_size, s.torch_threads)
print("loaded", s.model, s.backend, round(rss()))
bg = read_background(DEFAULT_BACKGROUND)
short = sorted(bg, key=len)[:64]
e.encode_queries(short)
print("short batch", round(rss()))
long = sorted(bg, key=len)[-64:]
print("longest chars", len(long[-1]))
e.encode_queries(long)
print("long batch of 64", round(rss()))
e.encode_queries(short)
print("short again", round(rss()))
