"""ONNX Runtime backend (``MONITOR_BACKEND=onnx`` or ``onnx-int8``): the packaged model, exported locally.

Nothing is downloaded. On first use (or ``monitor model export``) the sentence-transformers folder's
Hugging Face model is exported with ``torch.onnx.export`` (eager attention, dynamic batch and sequence
axes) to ``model.onnx``; ``onnx-int8`` adds ``model-int8.onnx`` from
``onnxruntime.quantization.quantize_dynamic`` (per-channel 8-bit MatMul weights, dynamic 8-bit
activations). Both are cached under ``<models_dir>/<model-slug>-onnx-<digest>/``, where the digest
covers the source files (name, size, mtime), so a changed model is re-exported; files are written to a
temporary name and renamed, so two processes exporting at once never see half a file.

Inference runs ``tokenizers`` and ONNX Runtime directly: padding to the longest text of each forward
batch (the packaged ``tokenizer.json`` pads to 128 by default: that is turned off), truncation to the
model's ``max_seq_length``, texts sorted by length before batching, then mean pooling and L2
normalisation in numpy (:func:`mean_pool`), as the sentence-transformers modules do.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from monitor.config import default_models_dir
from monitor.embedding.base import ModelSpec, model_slug
from monitor.errors import ModelError

log = logging.getLogger(__name__)

EXPORT_FORMAT = 1  # bump when the export recipe changes: old caches are then ignored
OPSET = 17
FP32_FILE = "model.onnx"
INT8_FILE = "model-int8.onnx"
INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")


# --- pure helpers ------------------------------------------------------------------------------------
def mean_pool(hidden: np.ndarray, attention_mask: np.ndarray, normalize: bool = True) -> np.ndarray:
    """Mean of the token vectors where ``attention_mask`` is 1, then L2-normalised (float32)."""
    mask = attention_mask.astype(np.float32)[..., None]
    summed = (hidden.astype(np.float32) * mask).sum(axis=1)
    counts = np.clip(mask.sum(axis=1), 1e-9, None)
    pooled = summed / counts
    if not normalize:
        return pooled.astype(np.float32)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (pooled / norms).astype(np.float32)


def cls_pool(hidden: np.ndarray, attention_mask: np.ndarray, normalize: bool = True) -> np.ndarray:
    pooled = hidden[:, 0, :].astype(np.float32)
    if not normalize:
        return pooled
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (pooled / norms).astype(np.float32)


def length_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (longest first), so little padding is computed."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


def source_digest(model_dir: Path) -> str:
    """A short digest of the model folder's files (relative name, size, mtime) and the export recipe."""
    h = hashlib.sha256(f"format={EXPORT_FORMAT};opset={OPSET}".encode())
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file()):
        st = path.stat()
        h.update(f"{path.relative_to(model_dir)}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()[:12]


def export_dir(spec: ModelSpec, models_dir: Path) -> Path:
    if spec.path is None:
        raise ModelError(f"model {spec.name} has no local folder to export")
    return models_dir / f"{model_slug(spec.name)}-onnx-{source_digest(spec.path)}"


# --- export ------------------------------------------------------------------------------------------
def _atomic_target(final: Path) -> Path:
    return final.with_name(f".{final.name}.{os.getpid()}.{threading.get_ident()}.tmp")


def export_fp32(spec: ModelSpec, out: Path) -> Path:
    """torch.onnx.export of the folder's transformer (last hidden state); returns ``out/model.onnx``."""
    target = out / FP32_FILE
    if target.exists():
        return target
    assert spec.path is not None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:  # pragma: no cover - hard dependencies
        raise ModelError("exporting to ONNX needs torch and transformers") from exc

    started = time.perf_counter()
    try:
        model = AutoModel.from_pretrained(str(spec.path), attn_implementation="eager")
    except Exception as exc:
        raise ModelError(f"cannot load {spec.path} for export: {exc}") from exc
    model.eval()

    class LastHidden(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    # a padded example, so that no "mask is all ones" shortcut is traced into the graph
    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 102], [101, 7592, 102, 0, 0, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    types = torch.zeros_like(ids)
    axes = {name: {0: "batch", 1: "sequence"} for name in (*INPUT_NAMES, "last_hidden_state")}
    out.mkdir(parents=True, exist_ok=True)
    tmp = _atomic_target(target)
    try:
        import warnings

        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                LastHidden(model),
                (ids, mask, types),
                str(tmp),
                input_names=list(INPUT_NAMES),
                output_names=["last_hidden_state"],
                dynamic_axes=axes,
                opset_version=OPSET,
                dynamo=False,
            )
        tmp.replace(target)
    except Exception as exc:
        raise ModelError(f"ONNX export of {spec.name} failed: {exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    log.info("exported %s to %s in %.1fs", spec.name, target, time.perf_counter() - started)
    return target


def export_int8(spec: ModelSpec, out: Path) -> Path:
    """Dynamic int8 quantisation of the fp32 export; returns ``out/model-int8.onnx``."""
    target = out / INT8_FILE
    if target.exists():
        return target
    fp32 = export_fp32(spec, out)
    from onnxruntime.quantization import QuantType, quantize_dynamic

    started = time.perf_counter()
    tmp = _atomic_target(target)
    try:
        # per-channel uint8 weights on the MatMuls only (embeddings stay float): per-tensor int8 loses
        # too much (mean cosine to torch 0.96 vs 0.994 on the demo posts; docs/PERFORMANCE.md)
        quantize_dynamic(
            str(fp32),
            str(tmp),
            weight_type=QuantType.QUInt8,
            per_channel=True,
            op_types_to_quantize=["MatMul"],
        )
        tmp.replace(target)
    except Exception as exc:
        raise ModelError(f"int8 quantisation of {spec.name} failed: {exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    log.info("quantised %s to %s in %.1fs", spec.name, target, time.perf_counter() - started)
    return target


def ensure_exported(spec: ModelSpec, models_dir: Path, quantized: bool) -> Path:
    """The cached ONNX file for this model, exported (and quantised) on first use."""
    out = export_dir(spec, models_dir)
    with contextlib.suppress(OSError):  # record where it came from, for people browsing the cache
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.json").write_text(json.dumps({"model": spec.name, "path": str(spec.path)}))
    return export_int8(spec, out) if quantized else export_fp32(spec, out)


# --- inference ---------------------------------------------------------------------------------------
def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _pooling_mode(model_dir: Path) -> str:
    cfg = _read_json(model_dir / "1_Pooling" / "config.json")
    if cfg.get("pooling_mode_cls_token"):
        return "cls"
    if cfg and not cfg.get("pooling_mode_mean_tokens", True):
        raise ModelError(f"{model_dir}: only mean or CLS pooling is supported by the ONNX backend")
    return "mean"


class OnnxEmbedder:
    """ONNX Runtime on CPU; same vectors as :class:`~monitor.embedding.SentenceTransformerEmbedder`.

    Keeps the torch backend's :class:`ModelSpec` (name, prefixes, threshold): its vectors live in the same
    index as the torch ones and are interchangeable (see docs/PERFORMANCE.md for the agreement figures).
    """

    def __init__(
        self, spec: ModelSpec, onnx_path: Path, *, batch_size: int = 16, threads: int = 0, label: str = "onnx"
    ) -> None:
        if spec.path is None:
            raise ModelError(f"model {spec.name} has no local folder")
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - hard dependencies
            raise ModelError("the ONNX backend needs onnxruntime and tokenizers") from exc
        self.spec = spec
        self.batch_size = batch_size
        self.label = label
        self.onnx_path = onnx_path
        max_len = int(_read_json(spec.path / "sentence_bert_config.json").get("max_seq_length", 256))
        self._tokenizer = Tokenizer.from_file(str(spec.path / "tokenizer.json"))
        # the packaged tokenizer.json pads every text to 128 tokens: pad to the batch's longest instead
        pad_token = "[PAD]" if self._tokenizer.token_to_id("[PAD]") is not None else "<pad>"
        pad_id = self._tokenizer.token_to_id(pad_token) or 0
        self._tokenizer.no_padding()
        self._tokenizer.enable_padding(pad_id=pad_id, pad_token=pad_token)
        self._tokenizer.enable_truncation(max_length=max_len)
        self._pool = cls_pool if _pooling_mode(spec.path) == "cls" else mean_pool
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = threads or _cpu_count()
        options.inter_op_num_threads = 1
        # busy-waiting threads would steal the CPU that Kafka, Redis and the event loop need
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        try:
            self._session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:
            raise ModelError(f"cannot load {onnx_path}: {exc}") from exc
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._lock = threading.Lock()
        self.dim = int(self._encode(["dimension probe"], "").shape[1])

    def _forward(self, texts: Sequence[str]) -> np.ndarray:
        encoded = self._tokenizer.encode_batch(list(texts))
        ids = np.asarray([e.ids for e in encoded], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encoded], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
        return self._pool(hidden, mask)

    def _encode(self, texts: Sequence[str], prefix: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, getattr(self, "dim", 0)), dtype=np.float32)
        inputs = [prefix + t for t in texts]
        lengths = [len(t) for t in inputs]  # characters: a cheap proxy for tokens, only for ordering
        out: np.ndarray | None = None
        with self._lock:
            for batch in length_batches(lengths, self.batch_size):
                vectors = self._forward([inputs[i] for i in batch])
                if out is None:
                    out = np.zeros((len(inputs), vectors.shape[1]), dtype=np.float32)
                out[batch] = vectors
        assert out is not None
        return out

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self.spec.query_prefix)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self.spec.passage_prefix)


def _cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def load_onnx_embedder(
    spec: ModelSpec,
    *,
    quantized: bool,
    batch_size: int = 16,
    threads: int = 0,
    models_dir: Path | None = None,
) -> OnnxEmbedder:
    """Export on first use (cached), then open an ONNX Runtime session."""
    path = ensure_exported(spec, models_dir or default_models_dir(), quantized)
    return OnnxEmbedder(
        spec, path, batch_size=batch_size, threads=threads, label="onnx-int8" if quantized else "onnx"
    )
