"""Pure text handling: normalisation against obfuscation, tokens for the lexical channel, scam signals,
and stance cues (denials, debunks, warnings). No I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_URL = re.compile(r"(?i)\b(?:https?://|www\.)([^\s/]+)(\S*)")
# single letters separated by dots, spaces, dashes, underscores, stars: s.o.r.a / S O R A / s-o-r-a
_SPACED = re.compile(r"(?<![\w])((?:[^\W\d_][\s.\-_*·•|/]{1,3}){2,}[^\W\d_])(?![\w])")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_MIXED_TOKEN = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[01345])[a-zA-Z0-9@$]{3,}\b")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _is_symbol(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat in ("So", "Sk", "Cs", "Co") or (cat == "Mn" and ord(ch) >= 0xFE00)


def _deleet(match: re.Match[str]) -> str:
    token = match.group(0)
    # keep prices and plain numbers with a unit glued on (99yuan, 4k, 60s) as they are
    if re.fullmatch(r"\d+[a-z]{1,4}", token, flags=re.IGNORECASE):
        return token
    return token.translate(_LEET)


def normalize(text: str) -> str:
    """Undo the usual obfuscations: full-width forms, zero-width joiners, emoji between letters, spaced
    or dotted letters (s.o.r.a), digit-for-letter swaps (S0RA), URLs reduced to their host. Lowercases.
    """
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = _URL.sub(lambda m: f" {m.group(1).lower()} link ", text)
    text = "".join(" " if _is_symbol(ch) else ch for ch in text)
    text = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text)
    text = _SPACED.sub(lambda m: re.sub(r"[\s.\-_*·•|/]", "", m.group(1)), text)
    text = _MIXED_TOKEN.sub(_deleet, text)
    return re.sub(r"\s+", " ", text).strip().lower()


def tokenize(text: str) -> list[str]:
    """Lexical tokens of a normalised text: lowercase words; CJK as single characters."""
    return _WORD.findall(text)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def word_count(text: str) -> int:
    return len(tokenize(text))


# --- scam signals -----------------------------------------------------------------------------------
_PRICE = re.compile(
    r"(?ix)"
    r"(?:(?P<cur1>¥|￥|\$|rmb|cny|usd|us\$)\s?(?P<amt1>\d{1,7}(?:[.,]\d{1,2})?))"
    r"|(?:(?P<amt2>\d{1,7}(?:[.,]\d{1,2})?)\s?(?P<cur2>yuan|rmb|cny|usd|dollars?|bucks|元|块|美元))"
)
_CURRENCY = {"¥": "CNY", "￥": "CNY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "元": "CNY", "块": "CNY",
             "$": "USD", "usd": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD",
             "美元": "USD"}

_SIGNAL_PATTERNS: dict[str, re.Pattern[str]] = {
    "qr_or_group_invite": re.compile(
        r"(?i)\b(?:qr\s?code|scan(?:\s+(?:the|this|my))?\s+(?:code|qr)|scan\s+to\s+(?:join|enter|add)|"
        r"join\s+(?:our|the|my)\s+(?:\w+\s+){0,2}(?:group|channel|community|chat)|wechat\s+group|"
        r"telegram|whatsapp\s+group|add\s+(?:me|my)\s+(?:on\s+)?(?:wechat|wx|vx)|dm\s+me|private\s+message)\b"
        r"|扫码|二维码|进群|加群|加微信"
    ),
    "payment_ask": re.compile(
        r"(?i)\b(?:pay|paid|payment|transfer|deposit|fee|tuition|buy\s+now|only\s+costs?|"
        r"alipay|wechat\s+pay|membership|subscribe\s+for|entry\s+fee|sign[-\s]?up\s+fee)\b|付款|转账|收费|报名费"
    ),
    "download_link": re.compile(
        r"(?i)\b(?:apk|download(?:ed|ing|s)?|install(?:er)?|app\s+store|google\s+play|ios\s+version)\b|下载|安装包"
    ),
    "official_claim": re.compile(
        r"(?i)\bofficial(?:ly)?\s+(?:\w+\s+){0,2}(?:api|app|account|access|channel|partner|agent|website|"
        r"invite|invitation|key|licen[cs]e)|官方"
    ),
    "money_promise": re.compile(
        r"(?i)\b(?:earn|make|making)\s+(?:\w+\s+){0,3}(?:money|income|cash|profit|¥|\$)|passive\s+income|"
        r"get\s+rich|side\s+hustle|monthly\s+income|赚钱|月入|副业"
    ),
}


@dataclass(frozen=True)
class Signals:
    prices: tuple[tuple[float, str], ...] = ()
    flags: frozenset[str] = field(default_factory=frozenset)

    def names(self) -> list[str]:
        out = sorted(self.flags)
        if self.prices:
            out.insert(0, "price")
        return out

    def as_dict(self) -> dict[str, object]:
        return {
            "signals": self.names(),
            "prices": [{"amount": a, "currency": c} for a, c in self.prices],
        }


def extract_signals(text: str) -> Signals:
    """Scam markers in a (normalised or raw) text: prices with currency, invites, payment asks, downloads,
    "official" claims, money promises."""
    norm = unicodedata.normalize("NFKC", text)
    prices: list[tuple[float, str]] = []
    for m in _PRICE.finditer(norm):
        amount = m.group("amt1") or m.group("amt2")
        cur = (m.group("cur1") or m.group("cur2") or "").lower()
        try:
            value = float(amount.replace(",", "."))
        except ValueError:  # pragma: no cover - regex guarantees digits
            continue
        prices.append((value, _CURRENCY.get(cur, cur.upper())))
    flags = frozenset(name for name, rx in _SIGNAL_PATTERNS.items() if rx.search(norm))
    return Signals(prices=tuple(dict.fromkeys(prices)), flags=flags)


# --- stance -----------------------------------------------------------------------------------------
_DEBUNK = re.compile(
    r"(?ix)\b(?:"
    r"den(?:y|ies|ied|ying|ial)|debunk\w*|hoax\w*|refut\w*|dispel\w*|clarif(?:y|ies|ied|ication)|"
    r"fact[-\s]?check\w*|misinformation|disinformation|fake\s+news|"
    r"(?:is|are|was|were|it's|that's)\s+(?:not\s+true|false|fake|untrue|a\s+lie|a\s+scam|a\s+fraud|baseless)|"
    r"not\s+true|no\s+truth|false\s+(?:claim|rumou?r|news|report|information|story)|"
    r"rumou?rs?\s+(?:is|are|was|were)\s+(?:false|fake|untrue|baseless)|"
    r"nothing\s+to\s+do\s+with|no\s+(?:connection|relation(?:ship)?|link|involvement)\s+(?:with|to)|"
    r"beware|be\s+careful|watch\s+out|warning|don'?t\s+(?:fall|buy|pay|download|trust|believe|click|share|scan)|"
    r"do\s+not\s+(?:fall|buy|pay|download|trust|believe|click|share|scan)|"
    r"scam(?:s|mer|mers)?|fraud\w*|malware|phishing|"
    r"there\s+is\s+no\s+(?:official\s+)?(?:sora\s+)?(?:app|api|download)|"
    r"(?:is\s*n[o']t|has\s*n[o']t\s+been|not\s+yet)\s+(?:open|available|released|public)"
    r")\b|辟谣|谣言|否认|不实|假消息|骗局|诈骗|警惕|并非|没有关系"
)


def stance_cues(text: str) -> list[str]:
    """Denial / debunk / warning phrases found in a text (lowercased, deduplicated, in order)."""
    norm = unicodedata.normalize("NFKC", text).lower()
    return list(dict.fromkeys(m.group(0).strip() for m in _DEBUNK.finditer(norm)))
