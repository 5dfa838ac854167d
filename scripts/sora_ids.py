"""The demo catalogue's template ids (monitor/demo/templates.jsonl), shared by the scripts that write labelled
sets from the seeds (make_hard_sets.py, make_hard_heldout*.py, make_zh_heldout*.py, make_zh_tune2.py), and
what they share: the writers (:func:`write_en_set`, :func:`write_zh_set`) and the near-copy check against
every earlier set (:func:`check_en_set`, :func:`check_zh_set`: ``--check`` prints it only). A writer reads
it as a namespace, ``import sora_ids as sora`` (``sora.XIE``, ``sora.check_en_set``), rather than naming
the fourteen ids in an import block of its own."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

XIE, PUBLIC, APP, FAKEAPP = (
    "sora-xie-saining-inventor",
    "sora-open-to-public",
    "sora-official-app-released",
    "sora-fake-app-download",
)
REALVID, CHINESE, OPENSRC, COURSE = (
    "sora-real-video-mislabelled",
    "sora-chinese-team",
    "sora-open-source",
    "sora-paid-course",
)
API, RENTAL, DIRECTOR, PROMPTS, RICH, SERVICE = (
    "sora-fake-api-access",
    "sora-account-rental",
    "sora-ai-director-group",
    "sora-prompt-pack",
    "sora-get-rich",
    "sora-generation-service",
)


def write_labelled_set(stem: str, posts: list[dict[str, Any]], labels: list[dict[str, Any]]) -> None:
    """Write ``tests/data/{stem}_{posts,qrels,labels}``: one JSON line per post and per label (a label has
    ``post_id``, ``template_id`` (None for no gold template) and ``kind``), a qrels line per gold post."""
    qrels = [f"{lb['post_id']}\t{lb['template_id']}" for lb in labels if lb["template_id"]]
    out = Path(__file__).resolve().parents[1] / "tests" / "data"
    (out / f"{stem}_posts.jsonl").write_text(
        _lines(json.dumps(p, ensure_ascii=False) for p in posts), "utf-8"
    )
    (out / f"{stem}_qrels.tsv").write_text(_lines(qrels), encoding="utf-8")
    (out / f"{stem}_labels.jsonl").write_text(
        _lines(json.dumps(lb, ensure_ascii=False) for lb in labels), encoding="utf-8"
    )
    print(f"{stem}: {len(posts)} posts, {len(qrels)} with a gold template")


def write_en_set(name: str, rows: list[tuple[str | None, str, str]]) -> None:
    """Write ``tests/data/hard_en_{name}_*``: ``rows`` are (gold template id or None, kind, text); post ids
    are ``{name}-001``, ``-002``…"""
    ids = [f"{name}-{i:03d}" for i in range(1, len(rows) + 1)]
    write_labelled_set(
        f"hard_en_{name}",
        [{"id": pid, "text": text, "lang": "en"} for pid, (_, _, text) in zip(ids, rows, strict=True)],
        [
            {"post_id": pid, "kind": kind, "template_id": gold}
            for pid, (gold, kind, _) in zip(ids, rows, strict=True)
        ],
    )


def write_zh_set(stem: str, id_prefix: str, rows: list[tuple[str, str | None, str | None, str]]) -> None:
    """Write a Chinese set of weibo posts: ``rows`` are (kind, gold template id or None, related template id
    or None, text); post ids are ``{id_prefix}-001``, ``-002``…"""
    ids = [f"{id_prefix}-{n:03d}" for n in range(1, len(rows) + 1)]
    write_labelled_set(
        stem,
        [
            {"id": pid, "text": text, "platform": "weibo", "lang": "zh"}
            for pid, (*_, text) in zip(ids, rows, strict=True)
        ],
        [
            {"post_id": pid, "template_id": template, "kind": kind, "related_template_id": related}
            for pid, (kind, template, related, _) in zip(ids, rows, strict=True)
        ],
    )


def _lines(rows: Iterable[str]) -> str:
    return "".join(row + "\n" for row in rows)


def near_copies(
    texts: Sequence[str], earlier_files: Iterable[Path], *, lower: bool = False
) -> list[tuple[float, str, str]]:
    """Each text's highest ``difflib`` ratio against every post of the earlier sets' files:
    ``(ratio, text, nearest earlier post)``, in the order of ``texts``. A new held-out set is checked with it
    before it is committed, so that it does not repeat a set that was already tuned on."""
    fold = str.lower if lower else (lambda text: text)
    earlier = [
        fold(json.loads(line)["text"])
        for path in earlier_files
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    rows = []
    for text in texts:
        new = fold(text)
        # quick_ratio() never falls below ratio(): it orders the candidates, and the search stops once no
        # candidate left can beat the best ratio found (the same highest ratio, at a fraction of the cost)
        quick = SequenceMatcher(None)
        quick.set_seq2(new)
        bounds = []
        for other in earlier:
            quick.set_seq1(other)
            bounds.append((quick.quick_ratio(), other))
        bounds.sort(key=lambda pair: pair[0], reverse=True)
        ratio, nearest = 0.0, ""
        for bound, other in bounds:
            if bound <= ratio:
                break
            if (r := SequenceMatcher(None, new, other).ratio()) > ratio:
                ratio, nearest = r, other
        rows.append((ratio, text, nearest))
    return rows


DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def earlier_sets(pattern: str, own: str, *extra: Path) -> list[Path]:
    """The committed sets a new set is checked against: the posts files of ``tests/data`` matching
    ``pattern`` except its own (``own`` in the name), then ``extra``."""
    return [p for p in sorted(DATA.glob(pattern)) if own not in p.name] + list(extra)


def check_zh_set(
    stem: str,
    id_prefix: str,
    rows: list[tuple[str, str | None, str | None, str]],
    threshold: float = 0.7,
    *,
    demo: bool = False,
) -> None:
    """``--check``: print the near copies of a Chinese set's posts in every earlier Chinese set at
    ``threshold`` (with ``demo``, then in the demo stream too, lower-cased); otherwise write it
    (:func:`write_zh_set`)."""
    if "--check" not in sys.argv:
        write_zh_set(stem, id_prefix, rows)
        return
    texts = [text for *_, text in rows]
    earlier = earlier_sets("zh_*_posts.jsonl", stem, DATA / "zh_posts.jsonl")
    if demo:
        print("against the earlier Chinese sets:")
    print_near_copies(near_copies(texts, earlier), threshold)
    if demo:
        print("against the demo stream:")
        stream = DATA.parents[1] / "monitor" / "demo" / "posts.jsonl"
        print_near_copies(near_copies(texts, [stream], lower=True), threshold)


def check_en_set(name: str, rows: list[tuple[str | None, str, str]], threshold: float = 0.70) -> None:
    """Print the near copies (lower-cased, ``threshold``) of an English set's posts in every earlier English
    set and the demo stream; then write it (:func:`write_en_set`) unless ``--check`` is given."""
    earlier = earlier_sets(
        "hard_en_*_posts.jsonl", name, DATA.parents[1] / "monitor" / "demo" / "posts.jsonl"
    )
    print_near_copies(near_copies([text for *_, text in rows], earlier, lower=True), threshold)
    if "--check" not in sys.argv:
        write_en_set(name, rows)


def print_near_copies(rows: list[tuple[float, str, str]], threshold: float) -> None:
    """The highest ratio and every pair at ``threshold`` or more."""
    hits = sorted((row for row in rows if row[0] >= threshold), reverse=True)
    top = max((row[0] for row in rows), default=0.0)
    print(
        f"max ratio against earlier sets: {top:.3f} over {len(rows)} posts; "
        f"near copies (>= {threshold:.2f}): {len(hits)}"
    )
    for ratio, text, other in hits:
        print(f"  {ratio:.2f}  {text!r}  ~  {other!r}")
