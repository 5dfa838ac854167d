"""Language of posts: script rules, the py3langid step, the bounded metric label, and the processor filling
``post.lang`` / ``explanation.lang`` and counting ``monitor_posts_by_language_total``."""

from __future__ import annotations

import json
import time

import pytest

from monitor.core.ingest import RawMessage
from monitor.core.langid import LABELS, UNKNOWN, LanguageDetector, language_label, script_language
from monitor.core.matching import MatchPolicy
from monitor.core.models import Template
from monitor.embedding import HashingEmbedder
from monitor.pipeline.catalogue import StaticCatalogue
from monitor.pipeline.metrics import Metrics
from monitor.pipeline.processor import Processor
from monitor.storage.index import MemoryIndex

from ..conftest import ROOT


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("zh", "zh"),
        ("zh-CN", "zh"),
        ("ZH_tw", "zh"),
        ("yue", "zh"),
        ("cmn", "zh"),
        ("en", "en"),
        ("en-US", "en"),
        ("fr", "other"),
        ("ja", "other"),
        ("und", "other"),
        (None, "other"),
        ("", "other"),
    ],
)
def test_language_label_is_bounded(code: str | None, label: str) -> None:
    assert language_label(code) == label
    assert label in LABELS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("谢赛宁否认自己是Sora的发明者", "zh"),
        ("Sora 课程 only 99 RMB！抢先学会 AI video，扫码报名", "zh"),  # mixed: Han weighs as much as words
        ("Soraが一般公開されました", "ja"),
        ("소라가 공개되었습니다", "ko"),
        ("Sora is now open to everyone", None),
        ("OpenAI Sora video 发布", None),  # two Han characters, three Latin words: the model decides
    ],
)
def test_script_language(text: str, lang: str | None) -> None:
    assert script_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sora is now open to the public, anyone can sign up and make videos today", "en"),
        ("ｓｏｒａ invite codes 🎟️ 199 each, limited", "en"),  # full-width Latin and emoji
        ("Sora est maintenant ouvert au public, inscrivez-vous dès aujourd'hui", "fr"),
        ("Sora ya está disponible para todos, regístrate hoy mismo", "es"),
        ("Sora теперь открыта для всех пользователей", "ru"),
        ("Sora已經開放給所有人了，馬上註冊就能自己做影片！", "zh"),
        ("OMG 原来 Sora 是 Xie Saining 参与发明的，SJTU 毕业的 genius，respect！", "zh"),
        ("", UNKNOWN),
        ("😂😂 123 !!!", UNKNOWN),
        ("hxxps://sora-apk.example/dl", UNKNOWN),
    ],
)
def test_detect(detector: LanguageDetector, text: str, lang: str) -> None:
    assert detector.detect(text) == lang


def test_every_labelled_post_gets_its_language(detector: LanguageDetector) -> None:
    """The demo stream is English and the zh set Chinese (mixed-language posts included)."""
    demo = [json.loads(line)["text"] for line in (ROOT / "monitor/demo/posts.jsonl").read_text().splitlines()]
    zh = [json.loads(line)["text"] for line in (ROOT / "tests/data/zh_posts.jsonl").read_text().splitlines()]
    assert [t for t in demo if detector.label(t) != "en"] == []
    assert [t for t in zh if detector.label(t) != "zh"] == []


def test_detection_is_cheap_next_to_the_model(detector: LanguageDetector) -> None:
    """Well under the ~60-110 ms a post that MiniLM / E5 take on one core (docs/MULTILINGUAL.md)."""
    texts = [
        json.loads(line)["text"] for line in (ROOT / "monitor/demo/posts.jsonl").read_text().splitlines()
    ]
    started = time.perf_counter()
    for text in texts:
        detector.detect(text)
    per_post_s = (time.perf_counter() - started) / len(texts)
    assert per_post_s < 0.01, per_post_s


# --- the processor -------------------------------------------------------------------------------------
TEMPLATE = Template(
    id="course",
    category="scam",
    severity="high",
    text="Sora video course for 99 yuan, scan the QR code to join the paid group",
)


def _processor(detector: LanguageDetector) -> tuple[Processor, Metrics]:
    emb = HashingEmbedder()
    index = MemoryIndex()
    vecs = emb.encode_passages([TEMPLATE.text])
    index.add([(TEMPLATE.id, "text", 0, TEMPLATE.text, vecs[0])])
    metrics = Metrics()
    proc = Processor(
        emb,
        index,
        StaticCatalogue({TEMPLATE.id: TEMPLATE}),
        MatchPolicy(default_threshold=0.3),
        metrics,
        language_detector=detector,
    )
    return proc, metrics


def _msg(value: dict[str, str], offset: int) -> RawMessage:
    return RawMessage(json.dumps(value, ensure_ascii=False).encode(), "posts", 0, offset, 1.0)


def test_processor_fills_missing_lang_and_counts_posts_per_language(detector: LanguageDetector) -> None:
    proc, metrics = _processor(detector)
    out = proc.process(
        [
            _msg(
                {
                    "id": "p1",
                    "text": "Sora video course for only 99 yuan, scan the QR code and join our group",
                },
                0,
            ),
            _msg({"id": "p2", "text": "Sora课程只要99元，扫码进群学习"}, 1),
            _msg(
                {"id": "p3", "text": "Sora video course 99 yuan scan QR code join group", "lang": "en-GB"}, 2
            ),
            _msg({"id": "p4", "text": "Sora est maintenant ouvert au public, inscrivez-vous"}, 3),
        ]
    )
    assert [p.lang for p in out.posts] == ["en", "zh", "en-GB", "fr"]  # the producer's lang is kept
    sample = {
        s.labels["lang"]: s.value
        for m in metrics.registry.collect()
        if m.name == "monitor_posts_by_language"
        for s in m.samples
        if s.name.endswith("_total")
    }
    assert sample == {"en": 2.0, "zh": 1.0, "other": 1.0}
    by_post = {a.post_id: a for a in out.alerts}
    assert by_post["p1"].post["lang"] == "en" and by_post["p1"].explanation["lang"] == "en"
    assert by_post["p3"].explanation["lang"] == "en-GB"
