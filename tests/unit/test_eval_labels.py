"""``monitor eval`` finds the labels file beside a posts file (for the per-kind breakdown)."""

from __future__ import annotations

import json
from pathlib import Path

from monitor.tools.evaluate import load_labels

ROOT = Path(__file__).resolve().parents[2]


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_labels_named_after_the_posts_file_win(tmp_path: Path) -> None:
    _write(tmp_path / "zh_labels.jsonl", [{"post_id": "a", "kind": "debunk"}])
    _write(tmp_path / "labels.jsonl", [{"post_id": "a", "kind": "paraphrase"}])
    assert load_labels(tmp_path / "zh_posts.jsonl")["a"]["kind"] == "debunk"
    assert load_labels(tmp_path / "posts.jsonl")["a"]["kind"] == "paraphrase"


def test_no_labels_file_means_no_labels(tmp_path: Path) -> None:
    assert load_labels(tmp_path / "posts.jsonl") == {}
    assert load_labels(tmp_path / "tweets.jsonl") == {}


def test_the_shipped_sets_have_labels_for_every_post() -> None:
    for posts in (ROOT / "monitor/demo/posts.jsonl", ROOT / "tests/data/zh_posts.jsonl"):
        ids = {json.loads(line)["id"] for line in posts.read_text(encoding="utf-8").splitlines() if line}
        assert set(load_labels(posts)) == ids, posts
