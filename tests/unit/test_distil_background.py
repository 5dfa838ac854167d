"""The static model distilled in the background: a worker starts with the cascade off, a child process
distils (here a fake child that writes a tiny real static model), the cascade turns on between batches;
stopping ends the child and removes its temporary folder; another process's distillation is waited for."""

from __future__ import annotations

import fcntl
import os
import sys
import time
from pathlib import Path

import pytest

from monitor.config import Settings
from monitor.embedding import HashingEmbedder, ModelSpec
from monitor.embedding.distil_process import BackgroundDistil
from monitor.embedding.static import (
    StaticEmbedder,
    distil_in_progress,
    is_distilled,
    lock_path,
    remove_temp_folders,
    static_dir,
    static_model_path,
    temp_prefix,
)
from monitor.pipeline.cascade import static_model_missing
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.matcher import distil_in_background
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.storage.index import MemoryIndex
from tests.unit.test_cascade import STREAM, TEMPLATES, msgs

# the fake child: what `python -m monitor.embedding.distil_process` does, in miniature. argv: the static
# folder, seconds to take, "ok" | "fail". It writes a real (tiny) static model: a word-level tokenizer
# and a random matrix, in a temporary folder named like distill_static's, then renames it into place.
FAKE_CHILD = r"""
import json, os, sys, time
from pathlib import Path
import numpy as np
from tokenizers import Tokenizer, models, pre_tokenizers
dest, seconds, mode = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
tmp = dest.parent / f".{dest.name}-{os.getpid()}-fake"
tmp.mkdir(parents=True)
print("distilling", flush=True)
time.sleep(seconds)
while len(sys.argv) > 5 and not Path(sys.argv[5]).exists():  # a gate file: the test says when to finish
    time.sleep(0.02)
if mode == "fail":
    print("boom: model2vec failed", flush=True)
    sys.exit(3)
words = sorted({w for line in open(sys.argv[4]) for w in line.lower().split()})
vocab = {"[UNK]": 0, **{w: i + 1 for i, w in enumerate(words)}}
tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
tok.pre_tokenizer = pre_tokenizers.Whitespace()
tok.save(str(tmp / "tokenizer.json"))
rng = np.random.default_rng(0)
np.save(tmp / "embeddings.npy", rng.normal(size=(len(vocab), 16)).astype(np.float32))
(tmp / "static.json").write_text(json.dumps({"fake": True}))
tmp.rename(dest)
"""


@pytest.fixture
def model_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text('{"vocab_size": 250037}')
    return folder


@pytest.fixture
def words(tmp_path: Path) -> Path:
    path = tmp_path / "words.txt"
    path.write_text("\n".join([*STREAM, *(t.text for t in TEMPLATES)]))
    return path


def fake_command(dest: Path, seconds: float, mode: str, words: Path, gate: Path | None = None) -> list[str]:
    return [
        sys.executable,
        "-c",
        FAKE_CHILD,
        str(dest),
        str(seconds),
        mode,
        str(words),
        *([str(gate)] if gate else []),
    ]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (not reaped) is not running either
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return True


def wait_for(predicate, timeout_s: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def processor_with_model(folder: Path) -> tuple[Processor, Metrics]:
    emb = HashingEmbedder()
    emb.spec = ModelSpec(name="fake-e5", path=folder, default_threshold=0.5)
    index = MemoryIndex()
    for t in TEMPLATES:
        ex = t.exemplars()
        vecs = emb.encode_passages([e[2] for e in ex])
        index.add((t.id, kind, i, text, vecs[n]) for n, (kind, i, text) in enumerate(ex))
    metrics = Metrics()
    proc = Processor(emb, index, StaticCatalogue({t.id: t for t in TEMPLATES}), proc_policy(), metrics)
    return proc, metrics


def proc_policy():  # type: ignore[no-untyped-def]
    from monitor.core.matching import MatchPolicy

    return MatchPolicy(default_threshold=0.5)


def test_the_static_model_path_is_none_until_distilled(tmp_path: Path, model_folder: Path) -> None:
    spec = ModelSpec(name="m", path=model_folder)
    assert static_model_path(spec, tmp_path / "models") is None
    assert static_model_path(ModelSpec(name="fake", path=None), tmp_path) is None
    settings = Settings(cascade="on", models_dir=tmp_path / "models")
    emb = HashingEmbedder()
    assert not static_model_missing(settings, emb)  # no model folder: nothing to distil
    emb.spec = spec
    assert static_model_missing(settings, emb)
    assert not static_model_missing(settings.model_copy(update={"cascade": "off"}), emb)


def test_a_worker_starts_with_the_cascade_off_and_turns_it_on_once_distilled(
    tmp_path: Path, model_folder: Path, words: Path
) -> None:
    settings = Settings(cascade="on", models_dir=tmp_path / "models", cascade_shared=False)
    proc, metrics = processor_with_model(model_folder)
    off, _ = processor_with_model(model_folder)
    dest = static_dir(proc.embedder.spec, settings.models_dir)
    enabled: list[object] = []
    distil = distil_in_background(
        settings,
        proc,
        metrics,
        on_enabled=enabled.append,
        poll_s=0.05,
        command=fake_command(dest, 0, "ok", words, gate=tmp_path / "go"),
    )
    assert distil is not None
    try:
        # at once, with the cascade off: every post to the model
        assert proc.cascade is None
        text = metrics.render().decode()
        assert "monitor_cascade_enabled 0.0" in text
        assert 'monitor_cascade_static_model{state="distilling"} 1.0' in text
        first = proc.process(msgs(STREAM))
        assert first.decided_by == ["model"] * len(STREAM)
        assert wait_for(lambda: distil.child is not None) and distil.status == "distilling"
        (tmp_path / "go").touch()  # the child may finish now
        assert distil.wait(30), "the fake distillation finished"
        assert distil.status == "ready"
        assert proc.cascade is not None and enabled == [proc.cascade]
        assert isinstance(proc.cascade.static, StaticEmbedder)
        assert proc.cascade.config.background_calibration, "a worker's cascade calibrates in the background"
        text = metrics.render().decode()
        assert "monitor_cascade_enabled 1.0" in text
        assert 'monitor_cascade_static_model{state="ready"} 1.0' in text
        assert 'monitor_cascade_static_model{state="distilling"} 0.0' in text
        # the next batch runs the cascade: the same decisions as without it
        got = proc.process(msgs(STREAM))
        ref = off.process(msgs(STREAM))
        assert [(m.matched, m.template_id) for m in got.matches] == [
            (m.matched, m.template_id) for m in ref.matches
        ]
        assert got.decided_by[5] == "cache", "a repost of post 0: the cascade's cache decided it"
        # the cascade's own calibration ran (on its background thread) for the catalogue it was given
        assert proc.cascade.wait_calibrated(10)
        assert proc.cascade.calibration.reason != "not yet"
        assert proc.cascade.stats()["background_posts"] == len(set(STREAM))  # read by the static model
        # the child is gone, no temporary folder is left
        assert distil.child is None
        assert not [p for p in dest.parent.iterdir() if p.name.startswith(f".{dest.name}-")]
    finally:
        distil.stop()


def test_stopping_ends_the_child_and_removes_its_temporary_folder(
    tmp_path: Path, model_folder: Path, words: Path
) -> None:
    spec = ModelSpec(name="m", path=model_folder)
    models = tmp_path / "models"
    dest = static_dir(spec, models)
    ready: list[Path] = []
    distil = BackgroundDistil(
        spec, models, ready.append, poll_s=0.05, command=fake_command(dest, 60, "ok", words), stop_grace_s=0.5
    ).start()
    assert wait_for(lambda: distil.child is not None and any(models.glob(f".{dest.name}-*")))
    child = distil.child
    assert child is not None and alive(child.pid)
    started = time.monotonic()
    distil.stop()
    assert time.monotonic() - started < 5
    assert not alive(child.pid)
    assert child.returncode is not None
    assert not any(p.is_dir() for p in models.glob(f".{dest.name}-*")), "the temporary folder is removed"
    assert not is_distilled(dest) and not ready
    assert distil.status == "stopped"
    assert distil.wait(5)
    distil.stop()  # twice is harmless


def test_another_process_distilling_is_waited_for_not_repeated(
    tmp_path: Path, model_folder: Path, words: Path
) -> None:
    spec = ModelSpec(name="m", path=model_folder)
    models = tmp_path / "models"
    dest = static_dir(spec, models)
    models.mkdir()
    ready: list[Path] = []
    with open(lock_path(dest), "w") as held:  # another worker's distillation holds the lock
        fcntl.flock(held, fcntl.LOCK_EX)
        assert distil_in_progress(dest)
        distil = BackgroundDistil(
            spec, models, ready.append, poll_s=0.05, command=[sys.executable, "-c", "raise SystemExit(9)"]
        ).start()
        try:
            assert wait_for(lambda: distil.status == "waiting")
            time.sleep(0.3)
            assert distil.attempts == 0 and distil.child is None, "no second distillation"
            # the other process finishes: its folder appears
            import subprocess

            subprocess.run(fake_command(dest, 0, "ok", words), check=True, capture_output=True)
            assert distil.wait(10)
            assert distil.status == "ready" and ready == [dest]
            assert distil.attempts == 0
        finally:
            distil.stop()
            fcntl.flock(held, fcntl.LOCK_UN)
    assert not distil_in_progress(dest)


def test_a_failing_distillation_gives_up_and_says_why(
    tmp_path: Path, model_folder: Path, words: Path
) -> None:
    spec = ModelSpec(name="m", path=model_folder)
    models = tmp_path / "models"
    dest = static_dir(spec, models)
    failed: list[str] = []
    distil = BackgroundDistil(
        spec,
        models,
        lambda _p: None,
        poll_s=0.05,
        max_attempts=2,
        command=fake_command(dest, 0, "fail", words),
        on_failed=failed.append,
    ).start()
    assert distil.wait(30)
    assert distil.status == "failed" and distil.attempts == 2
    assert failed and "boom: model2vec failed" in failed[0] and "exited with 3" in failed[0]
    assert not any(p.is_dir() for p in models.glob(f".{dest.name}-*")), "the failed child's folder is removed"


def test_temp_folders_are_named_by_pid_and_removed_by_pid(tmp_path: Path) -> None:
    dest = tmp_path / "m-static-abc"
    mine = tmp_path / f"{temp_prefix(dest, 111)}x"
    other = tmp_path / f"{temp_prefix(dest, 222)}y"
    unrelated = tmp_path / ".other-static-111-z"
    for p in (mine, other, unrelated):
        p.mkdir()
    assert remove_temp_folders(dest, 111) == 1
    assert not mine.exists() and other.exists()
    assert remove_temp_folders(dest) == 1  # every one of dest's (the lock's holder only)
    assert not other.exists() and unrelated.exists()


def test_the_estimate_reads_the_vocabulary_size(model_folder: Path) -> None:
    from monitor.embedding.static import estimate_minutes

    assert estimate_minutes(ModelSpec(name="e5", path=model_folder)) == 8
    assert estimate_minutes(ModelSpec(name="none", path=None)) == 1


def test_nothing_to_wait_for_without_a_model_folder_or_with_the_cascade_off(tmp_path: Path) -> None:
    proc, metrics = processor_with_model(tmp_path)
    assert distil_in_background(Settings(cascade="off", models_dir=tmp_path), proc, metrics) is None
    proc.embedder.spec = ModelSpec(name="hashing", path=None)  # type: ignore[misc]
    assert distil_in_background(Settings(cascade="on", models_dir=tmp_path), proc, metrics) is None
    assert "monitor_cascade_enabled 0.0" in metrics.render().decode()


def test_eval_without_the_static_model_runs_without_the_cascade_and_says_so(
    tmp_path: Path, model_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from monitor.tools.demo import demo_file
    from monitor.tools.evaluate import match_set

    emb = HashingEmbedder()
    emb.spec = ModelSpec(name="fake-e5", path=model_folder, default_threshold=0.5)
    settings = Settings(cascade="on", models_dir=tmp_path / "models", state_dir=tmp_path / "state")
    started = time.monotonic()
    run = match_set(
        settings,
        demo_file("templates.jsonl"),
        demo_file("posts.jsonl"),
        demo_file("qrels.tsv"),
        limit=20,
        embedder=emb,
    )
    assert time.monotonic() - started < 60, "no distillation"
    assert run.cascade is not None and run.cascade["mode"] == "off (static model not distilled)"
    assert run.cascade["stages"]["model"] == 20
    err = capsys.readouterr().err.strip().splitlines()
    assert [line for line in err if line.startswith("cascade off: the static model of fake-e5")], err
    assert "~8 min" in err[-1] and "monitor model distill" in err[-1]
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())
