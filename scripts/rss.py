"""The resident set size of this process, for the memory scripts (onnx_arena_rss.py, static_rss.py)."""

from __future__ import annotations

from pathlib import Path


def rss_mib() -> float:
    """VmRSS of this process in MiB (Linux: /proc/self/status)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")
