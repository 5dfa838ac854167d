"""Static embeddings for the cascade's gate: a model2vec model distilled locally from the configured
sentence-transformers folder (all-MiniLM-L6-v2, multilingual-e5-small or any folder), never downloaded.

``model2vec.distill`` runs the transformer once over its own vocabulary (~1 minute on CPU) and reduces the
token vectors with PCA (``pca_dims``); a post's vector is then the mean of its tokens' rows: ~100x faster
than the transformer, and a far rougher reading of the text (the gate only uses it to tell "cannot be about
the catalogue" from "might be").

Cached like the ONNX export: ``<models_dir>/<model-slug>-static-<digest>-pca<dims>/`` with the tokenizer and
``embeddings.npy``, where the digest covers the source folder's files; built in a temporary folder and renamed
into place under a lock, so concurrent workers never see half a model. The matrix is memory-mapped, so a
worker only holds the rows of tokens it has seen (E5's 250k-token vocabulary would be ~250 MB resident) and
workers on one host share the page cache.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from monitor.embedding.base import ModelSpec, model_slug
from monitor.embedding.onnx import default_models_dir, source_digest
from monitor.errors import ModelError

log = logging.getLogger(__name__)

DISTILL_FORMAT = 1  # bump when the recipe below changes: old caches are then ignored
DEFAULT_PCA_DIMS = 256
MATRIX_FILE = "embeddings.npy"
TOKENIZER_FILE = "tokenizer.json"
MARKER_FILE = "static.json"
MAX_TOKENS = 256  # the gate reads the start of long posts only

ProgressFn = Callable[[str], None]


def static_dir(spec: ModelSpec, models_dir: Path, pca_dims: int = DEFAULT_PCA_DIMS) -> Path:
    if spec.path is None:
        raise ModelError(f"model {spec.name} has no local folder to distil from")
    digest = source_digest(spec.path)
    return models_dir / f"{model_slug(spec.name)}-static-{digest}-f{DISTILL_FORMAT}-pca{pca_dims}"


def estimate_minutes(spec: ModelSpec) -> int:
    """About how long distilling ``spec`` takes on 2 free cores, in minutes: model2vec encodes the whole
    vocabulary, ~1 minute per 30k tokens (MiniLM's 30k: ~1; E5's 250k: 7-9)."""
    vocab = 30_522
    if spec.path is not None:
        with contextlib.suppress(OSError, ValueError, TypeError):
            vocab = int(json.loads((spec.path / "config.json").read_text()).get("vocab_size", vocab))
    return max(1, round(vocab / 30_000))


def lock_path(dest: Path) -> Path:
    """The lock a distillation of ``dest`` holds (beside it, hidden)."""
    return dest.parent / f".{dest.name}.lock"


def static_model_path(
    spec: ModelSpec, models_dir: Path | None = None, pca_dims: int = DEFAULT_PCA_DIMS
) -> Path | None:
    """The cached static model of ``spec``, or None when it is not distilled yet (never distils: a stat or
    three; a model without a local folder has none)."""
    if spec.path is None:
        return None
    dest = static_dir(spec, (models_dir or default_models_dir()).expanduser(), pca_dims)
    return dest if is_distilled(dest) else None


def distil_in_progress(dest: Path) -> bool:
    """True while another process holds the distillation lock of ``dest`` (a non-blocking probe)."""
    path = lock_path(dest)
    if not path.exists():
        return False
    with open(path, "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
    return False


def temp_prefix(dest: Path, pid: int | None = None) -> str:
    """The name a distillation's temporary folder starts with (beside ``dest``; the pid says whose)."""
    return f".{dest.name}-{os.getpid() if pid is None else pid}-"


def remove_temp_folders(dest: Path, pid: int | None = None) -> int:
    """Remove the temporary folders of distillations of ``dest`` (of the process ``pid``; None: all of
    them, which only the lock's holder may do). Returns how many were removed."""
    prefix = temp_prefix(dest, pid) if pid is not None else f".{dest.name}-"
    removed = 0
    if not dest.parent.is_dir():
        return 0
    for path in dest.parent.iterdir():
        if path.is_dir() and path.name.startswith(prefix):
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    return removed


def is_distilled(path: Path) -> bool:
    return (
        (path / MARKER_FILE).is_file()
        and (path / MATRIX_FILE).is_file()
        and (path / TOKENIZER_FILE).is_file()
    )


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def distill_static(
    spec: ModelSpec,
    models_dir: Path | None = None,
    *,
    pca_dims: int = DEFAULT_PCA_DIMS,
    force: bool = False,
    progress: ProgressFn | None = None,
) -> Path:
    """Make sure the distilled static model of ``spec`` exists in the cache; returns its folder."""
    models_dir = (models_dir or default_models_dir()).expanduser()
    dest = static_dir(spec, models_dir, pca_dims)
    if not force and is_distilled(dest):
        return dest
    say = progress or (lambda msg: log.info("%s", msg))
    with _lock(lock_path(dest)):
        if not force and is_distilled(dest):
            return dest  # another process distilled it while we waited
        # the lock's holder is the only writer: a temporary folder left now is a killed distillation's
        if remove_temp_folders(dest):
            log.info("removed the temporary folder of an interrupted distillation of %s", spec.name)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from model2vec.distill import distill
        except ImportError as exc:  # pragma: no cover - a hard dependency
            raise ModelError(
                "distilling the static model needs model2vec[distill] (pip install -e .)"
            ) from exc
        say(f"distilling a static model from {spec.name} into {dest} (once; ~{estimate_minutes(spec)} min)")
        started = time.perf_counter()
        tmp = Path(tempfile.mkdtemp(prefix=temp_prefix(dest), dir=models_dir))
        try:
            model = distill(model_name=str(spec.path), pca_dims=pca_dims, device="cpu")
            _write(model, tmp, spec, pca_dims)
            if dest.exists():
                shutil.rmtree(dest)
            tmp.rename(dest)
        except ModelError:
            raise
        except Exception as exc:
            raise ModelError(f"distilling {spec.name} with model2vec failed: {exc}") from exc
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        say(f"distilled {spec.name} in {time.perf_counter() - started:.0f}s")
    return dest


def _write(model: Any, out: Path, spec: ModelSpec, pca_dims: int) -> None:
    """The model2vec model as a tokenizer plus a plain float32 matrix (memory-mappable)."""
    matrix = np.asarray(model.embedding, dtype=np.float32)
    np.save(out / MATRIX_FILE, matrix)
    model.tokenizer.save(str(out / TOKENIZER_FILE))
    marker = {
        "model": spec.name,
        "source": str(spec.path),
        "pca_dims": pca_dims,
        "format": DISTILL_FORMAT,
        "vocab": int(matrix.shape[0]),
        "dim": int(matrix.shape[1]),
    }
    (out / MARKER_FILE).write_text(json.dumps(marker, indent=2))
    for path in (out, *out.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)


class StaticEmbedder:
    """Mean of token rows (model2vec's encoding), *not* normalised: the gate centres first."""

    def __init__(self, path: Path, name: str = "") -> None:
        from tokenizers import Tokenizer

        self.path = path
        self.name = name or path.name
        self.matrix: np.ndarray = np.load(path / MATRIX_FILE, mmap_mode="r")
        self.dim = int(self.matrix.shape[1])
        tokenizer = Tokenizer.from_file(str(path / TOKENIZER_FILE))
        tokenizer.no_padding()
        tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer = tokenizer
        self._unk = tokenizer.token_to_id("[UNK]")
        if self._unk is None:
            self._unk = tokenizer.token_to_id("<unk>")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(encodings))
        ids = np.fromiter((i for e in encodings for i in e.ids), dtype=np.int64, count=int(lengths.sum()))
        if not len(ids):
            return out
        # a token id beyond the distilled matrix (should not happen) reads as the unknown token
        ids[ids >= self.matrix.shape[0]] = self._unk or 0
        rows = np.asarray(self.matrix[ids], dtype=np.float32)
        nonempty = lengths > 0
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])[nonempty]
        sums = np.add.reduceat(rows, starts, axis=0)
        out[nonempty] = sums / lengths[nonempty, None]
        return out


def load_static_embedder(
    spec: ModelSpec,
    models_dir: Path | None = None,
    *,
    pca_dims: int = DEFAULT_PCA_DIMS,
    progress: ProgressFn | None = None,
) -> StaticEmbedder:
    """Distil on first use (cached), then open the static model."""
    path = distill_static(spec, models_dir, pca_dims=pca_dims, progress=progress)
    return open_static_embedder(spec, path)


def open_static_embedder(spec: ModelSpec, path: Path) -> StaticEmbedder:
    """The static model of ``spec`` distilled at ``path`` (named after its source model)."""
    return StaticEmbedder(path, name=f"{spec.name}-static")
