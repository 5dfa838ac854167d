"""normalize's cheap paths (an ASCII text folded with one translate call, the leet pass skipped for a
text without a digit, @ or $) give exactly what the per-character fold and the unconditional leet pass
gave."""

from __future__ import annotations

import random
import re
import unicodedata

import monitor.core.text as T
from monitor.core.text import normalize


def reference_normalize(text: str, *, mark_symbols: bool = False) -> str:
    """normalize as it was written before the cheap paths (the same steps, every one always run)."""
    text = unicodedata.normalize("NFKC", text).translate(T._ZERO_WIDTH)
    text = T._URL.sub(T._url_words, text)
    text = T._HASHTAG.sub(T._split_hashtag, text)
    original = text
    text = "".join(T._fold_char(ch) for ch in text)
    text = T._fold_confusables(text)
    text = T._BRACKETED.sub(T._join_bracketed, text)
    text = T._SPACED.sub(T._join_spaced, text)
    text = T._SPACED_BY_CJK.sub(T._join_spaced, text)
    if mark_symbols:
        text = T._mark_symbol_gaps(text, original)
    text = T._SPACED_LEET.sub(T._join_spaced_leet, text)
    text = T._LEET_TOKEN.sub(T._deleet, text)
    return re.sub(r"\s+", " ", T._spell_out(re.sub(r"\s+", " ", text).strip().lower())).strip()


def test_the_ascii_table_folds_every_ascii_character_as_fold_char_does() -> None:
    for i in range(128):
        assert chr(i).translate(T._ASCII_FOLD) == T._fold_char(chr(i)), i


def test_normalize_equals_the_plain_steps_on_generated_and_obfuscated_texts() -> None:
    rng = random.Random(3)
    samples = [
        "S0RA is 0pen to everyone!! d0wnl0ad at sora-ai.apk lol",
        "Sora\u200b课程只要 99 元，扫码进群 👉 https://t.me/sora_cn",
        "ＳＯＲＡ ｏｐｅｎ ｓｏｕｒｃｅ",
        "s.o.r.a is fr33 $0ra 2nd 4k 60fps $10bn",
        "Ѕоrа іs оut (Cyrillic look-alikes)",
        "Տօɾɑ [S][o][r][a] S⃝o⃝r⃝a⃝ (look-alikes, brackets, enclosing marks)",
        "#SoraIsOpenSource #notreal omg ok so vids r real",
        "plain words only, nothing to undo",
        "tab\tand\rcontrol\x0b\x0c\x7f chars",
        "",
    ]
    alphabet = "abcS0135$@ .,!#\t\n\r\x0b\x7féü😀Ѕ课程ｓ\u200b-/:"
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(1500)]
    samples += ["".join(rng.choice("abc deSO") for _ in range(rng.randint(1, 40))) for _ in range(300)]
    for text in samples:
        assert normalize(text) == reference_normalize(text), text
        assert normalize(text, mark_symbols=True) == reference_normalize(text, mark_symbols=True), text
