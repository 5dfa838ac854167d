"""Pure text handling: normalisation against obfuscation, tokens, scam signals, and stance cues (denials,
debunks, warnings) with their negation scope. No I/O.

``normalize`` is what every channel sees (dense model, BM25, stance), so a post written ``S0RA``,
``s.o.r.a``, ``Ｓｏｒａ``, ``S🤖O🤖R🤖A`` or with Cyrillic look-alike letters reads ``sora`` everywhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- normalisation ----------------------------------------------------------------------------------
# invisible characters, dropped: zero-width spaces and joiners, marks, soft hyphens, and the variation
# selectors (U+FE00..U+FE0F), which only pick a glyph's presentation: "S🅾️RA" (🅾 with the emoji selector)
# is "sora", where turning the selector into a space split it into "so ra"
_ZERO_WIDTH = dict.fromkeys(
    [
        *map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff\u00ad"),
        *range(0xFE00, 0xFE10),
    ],
    None,
)
# full URLs, defanged ones (hxxp, [.]) and bare host/path links; the host's words are kept, the rest dropped
_TLDS = (
    r"com|net|org|info|biz|io|ai|app|dev|xyz|top|site|online|shop|store|link|live|club|vip|cc|co|me|ly|gg|tv|"
    r"cn|hk|tw|ru|uk|de|fr|in|us|example"
)
# a defanged dot: "[.]", "(.)", "{.}", "[dot]", "(dot)". Writing one says "this is a link": after one, any
# top-level label counts (sora-app[.]download), not only the usual domains
_DEFANGED_DOT = r"(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_URL = re.compile(
    r"(?i)(?:\b(?:h[tx]{2}ps?|ftp)\s?(?::|\[:\])//|\bwww\.)(?P<host>[^\s/?#]+)\S*"
    rf"|(?<![\w@.])(?P<bare>(?:{_LABEL}(?:\.|{_DEFANGED_DOT}))+[a-z]{{2,10}})(?P<path>/\S*)"
    rf"|(?<![\w@.])(?P<domain>(?:{_LABEL}(?:\.|{_DEFANGED_DOT}))+(?:{_TLDS}))(?![\w-]|\.\w)"
    rf"|(?<![\w@.])(?P<defanged>(?:{_LABEL}(?:\.|{_DEFANGED_DOT}))*{_LABEL}{_DEFANGED_DOT}[a-z]{{2,24}})(?![\w-]|\.\w)"
)
_DEFANGED_DOT_RX = re.compile(rf"(?i){_DEFANGED_DOT}")
_PATH_WORDS = re.compile(r"(?i)(?<=[/._=-])(apk|download|install|installer|setup|exe|dmg|ipa)(?![a-z])")
# link shorteners and media hosts: their name says nothing about the post
_BORING_HOSTS = _words(
    """
    t.co bit.ly goo.gl tinyurl.com ow.ly buff.ly dlvr.it ift.tt youtu.be is.gd fb.me lnkd.in
    pic.twitter.com twitter.com x.com instagram.com facebook.com
    """
)
_TLD_WORDS = frozenset(["com", "net", "org", "io", "co", "ly", "me", "www", "html", "htm", "php", "example"])
# single letters separated by dots, spaces, dashes, stars, emoji (already spaces): s.o.r.a / S O R A
_SEP = r"[ .\-_*·•|/+~]"
# the separators other than a space, and a plain space between two letters (see _join_spaced)
_MARK_SEP = re.compile(_SEP.replace(" ", ""))
_LETTER_GAP = re.compile(r"(?<=[^\W\d_])\s+(?=[^\W\d_])")
_SPACED = re.compile(rf"(?<![\w'’])((?:[^\W\d_]{_SEP}{{1,3}}){{2,}}[^\W\d_])(?![\w'’])")
_WORD_GAP = re.compile(r"\s{2,}|\s*[|/]\s*")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# Han, kana and Hangul: the characters of CJK runs
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# a CJK character ends a Latin token as a space does ("S0ra已经开源": Chinese has no spaces, and Han
# characters are \w)
_LEET_TOKEN = re.compile(
    rf"(?:(?<![\w@$])|(?<=[{CJK_CHARS}]))[a-z0-9@$]*[a-z][a-z0-9@$]*(?:(?![\w@$])|(?=[{CJK_CHARS}]))",
    re.IGNORECASE,
)
# Latin letters spaced out between CJK characters ("和S-o-r-a一起"): a CJK character ends the run as a space
# does (Han characters are \w, so _SPACED's boundaries never hold there); Latin letters only, so that Chinese
# words separated by slashes ("好/坏/差") stay as written
_SPACED_BY_CJK = re.compile(
    rf"(?:(?<![\w'’])|(?<=[{CJK_CHARS}]))((?:[a-z]{_SEP}{{1,3}}){{2,}}[a-z])(?:(?![\w'’])|(?=[{CJK_CHARS}]))",
    re.IGNORECASE,
)
# single characters spaced out where digits, @ or $ stand for letters ("$ 0 R A", "S.0.R.A"): _SPACED joins
# letters only, so such a run is joined here and left to _deleet, which undoes only the swaps it knows; four
# characters at least, two of them letters and one a digit, @ or $ ("call 4 0 4", "at 5 a m" stay apart)
_SPACED_LEET = re.compile(
    rf"(?<![\w'’@$])((?=(?:[0-9@$]{_SEP}{{1,3}})*[a-z])(?:[a-z0-9@$]{_SEP}{{1,3}}){{3,}}[a-z0-9@$])(?![\w'’@$])",
    re.IGNORECASE,
)
# a lone digit, @ or $ followed by a separator: every run _SPACED_LEET joins holds one (a cheap test first)
_LONE_LEET = re.compile(rf"(?<![\w@$])[0-9@$]{_SEP}")
# two Latin letters spaced out, the start of any run _SPACED_BY_CJK joins (a cheap test before it)
_SPACED_LATIN = re.compile(rf"[a-z]{_SEP}{{1,3}}[a-z]{_SEP}", re.IGNORECASE)
# a word with letters masked by stars ("s*ra", "op*nai"): see masked_spellings
_MASKED_WORD = re.compile(r"[a-z]*\*+[a-z][a-z*]*|[a-z]+\*+")
# the ideographic zero (U+3007) next to a Latin letter: a digit-for-letter swap like 0 (S〇RA)
_IDEOGRAPHIC_ZERO = re.compile(r"(?<=[a-z])\u3007|\u3007(?=[a-z])", re.IGNORECASE)
# the characters a leet token must hold for _deleet to change it (a digit, @ or $)
_LEET_CHAR = re.compile(r"[0-9@$]")
_INNER_LEET = re.compile(r"[a-z][013457@$]+[a-z]", re.IGNORECASE)
# a leading digit, or a dollar sign and a digit, for letters: 0penai, 5ora, $0ra (not $10bn, $5k: amounts)
_LEADING_LEET = re.compile(r"[0135][a-z]{3,}|\$[013457]{1,2}[a-z]{2,}", re.IGNORECASE)
_ORDINAL_OR_UNIT = re.compile(
    r"\d+(?:st|nd|rd|th|s|k|m|b|bn|x|g|gb|mb|tb|d|h|hr|hrs|am|pm|yr|yrs|mo|kg|km|cm|mm|ml|"
    r"fps|p|w|mins?|secs?)",
    re.IGNORECASE,
)
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# kana, CJK ideographs (extension A and the unified block) and Hangul: read one character per token
_CJK = re.compile(f"[{CJK_CHARS}]")
CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
_WORD = re.compile(rf"[a-z0-9]+(?:['’][a-z]+)?|[{CJK_CHARS}]")
_LATIN = re.compile(r"[a-zA-Z]")
_CONFUSABLE_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")
_CONFUSABLES = str.maketrans(
    "аеорсуххіјѕԁһӏԛԝвкмнтАВЕКМНОРСТХУІЈЅ"  # Cyrillic
    "αβεηικμνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",  # Greek
    "aeopcyxxijsdhlqwbkmhtABEKMHOPCTXYIJSabenikmvoptuxABEZHIKMNOPTYX",
)
_LETTER_NAME = re.compile(r"\bLETTER (?:SMALL CAPITAL )?([A-Z])(?: WITH [A-Z ]+)?$")


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character -> what a reader sees: letter-like symbols become letters, emoji become spaces,
    accents are dropped from Latin letters, controls become spaces."""
    if ch.isascii():
        return ch if ch.isprintable() or ch in "\n\t" else " "
    cat = unicodedata.category(ch)
    name = unicodedata.name(ch, "")
    if ("LATIN" in name or "REGIONAL INDICATOR" in name) and (m := _LETTER_NAME.search(name)):
        letter = m.group(1)
        return letter.lower() if "SMALL" in name and "SMALL CAPITAL" not in name else letter
    if cat in ("So", "Sk", "Cs", "Co", "Cn", "Cc", "Cf") or (cat == "Mn" and ord(ch) >= 0xFE00):
        return " "
    if cat.startswith("L") and "LATIN" in name:
        base = unicodedata.normalize("NFKD", ch)
        stripped = "".join(c for c in base if not unicodedata.combining(c))
        return stripped if stripped.isascii() and stripped else ch
    if cat in ("Mn", "Me"):  # combining marks, enclosing ones too: "S⃝o⃝r⃝a⃝"
        return ""
    return ch


# _fold_char of every ASCII character, as a str.translate table (an ASCII text folds in one call)
_ASCII_FOLD = str.maketrans({chr(i): _fold_char(chr(i)) for i in range(128) if _fold_char(chr(i)) != chr(i)})


@functools.cache
def _lookalikes() -> dict[int, str]:
    """Every letter outside Latin and the CJK scripts that Unicode's confusables table (UTS #39, as
    ``confusable_homoglyphs`` ships it) lists as a look-alike of one ASCII letter -> that letter: Armenian
    "Տօ", Cherokee "Ꮪ", Lisu "ꓢ", IPA "ɑ", as well as the Cyrillic and Greek of ``_CONFUSABLES``."""
    from confusable_homoglyphs.confusables import confusables_data

    table: dict[int, str] = {}
    for ch, homoglyphs in confusables_data.items():
        if len(ch) != 1 or ch.isascii() or _CJK.match(ch) or not unicodedata.category(ch).startswith("L"):
            continue
        letters = [h["c"] for h in homoglyphs if len(h["c"]) == 1 and h["c"].isascii() and h["c"].isalpha()]
        if letters:
            table[ord(ch)] = letters[0]
    table.update({k: chr(v) for k, v in _CONFUSABLES.items()})
    return table


def _fold_confusables(text: str) -> str:
    """Look-alike letters of other scripts (Cyrillic, Greek, Armenian, Cherokee...) inside Latin words (or in
    mostly-Latin texts) -> Latin."""
    if text.isascii():
        return text
    lookalikes = _lookalikes()
    other = sum(1 for ch in text if ord(ch) in lookalikes)
    if not other:
        return text
    latin = len(_LATIN.findall(text))

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if _LATIN.search(word) or latin > other:
            return word.translate(lookalikes)
        return word

    return re.sub(r"\w+", fix, text)


# letters in brackets, one to a pair: "[S][o][r][a]", "(A)(P)(K)"
_BRACKETED = re.compile(r"(?:[\[({][^\W\d_][\])}]){3,}")
_BRACKETS = re.compile(r"[\[\](){}]")


def _join_bracketed(m: re.Match[str]) -> str:
    return _BRACKETS.sub("", m.group(0))


def _host(m: re.Match[str]) -> str:
    host = m.group("host") or m.group("bare") or m.group("domain") or m.group("defanged") or ""
    host = _DEFANGED_DOT_RX.sub(".", host.lower())
    return host.strip(".").removeprefix("www.")


def _url_words(m: re.Match[str]) -> str:
    host = _host(m)
    if host in _BORING_HOSTS:
        return " link "
    labels = host.split(".")
    if len(labels) > 1 and re.fullmatch(_TLDS, labels[-1]):
        labels = labels[:-1]  # a usual top-level domain says little; an odd one (.download, .apk) does
    words = [w for label in labels for w in re.split(r"[-_]+", label) if w and w not in _TLD_WORDS]
    # what the path says it serves: a download link names its file ("sora.apk", "/download")
    link = m.group(0).split("//", 1)[-1]
    path = link[link.find("/") :] if "/" in link else ""
    words += dict.fromkeys(w.lower() for w in _PATH_WORDS.findall(path))
    return " " + " ".join(words) + " link "


def _join_spaced(m: re.Match[str]) -> str:
    run = m.group(1)
    if re.fullmatch(r"\w(?: \w){2}", run) and re.search(r"(?i)\b[ai]\b", run):
        return run  # "a U S", "I a m": three letters with plain spaces that hold a one-letter word
    if re.search(r"\s{2,}", run):
        words = _WORD_GAP.split(run)
    elif _MARK_SEP.search(run) and _LETTER_GAP.search(run):
        # letters joined by a mark ("S_o_r_a m_a_s_t_e_r", "S.O.R.A A.P.P"): a plain space between two
        # letters is the gap between two words ("S. O. R. A" has none: a mark stands beside every space)
        words = _LETTER_GAP.split(run)
    else:
        words = [run]
    return " ".join(re.sub(_SEP, "", w) for w in words)


def _join_spaced_leet(m: re.Match[str]) -> str:
    run = m.group(1)
    chars = re.sub(_SEP, "", run)
    letters = sum(ch.isalpha() for ch in chars)
    if letters < 2 or letters == len(chars) or re.search(r"\s{2,}", run):
        return run  # letters only (_SPACED's), one letter, or words apart: as written
    return chars


def _deleet(m: re.Match[str]) -> str:
    token = m.group(0)
    if _ORDINAL_OR_UNIT.fullmatch(token.removeprefix("$")) or re.fullmatch(
        r"\$\d+(?:mn|bil|mil|usd)", token, re.I
    ):
        return token  # 2nd, 4k, 60s, 10kg
    if _INNER_LEET.search(token) or _LEADING_LEET.fullmatch(token):
        return token.translate(_LEET)  # s0ra, d0wnl0ad, x1e, ea$y, 0penai
    return token  # covid19, gpt4, h264: digits at the end are usually real


# a lowercase hashtag that negates a participle or a verdict: #notfilmed, #notedited, #notreal, #notai
_NOT_TAG = re.compile(r"(not)([a-z]{3,}(?:ed|en)|real|fake|true|ai|cgi)", re.IGNORECASE)


def _split_hashtag(m: re.Match[str]) -> str:
    tag = _NOT_TAG.sub(r"\1 \2", m.group(1)) if _NOT_TAG.fullmatch(m.group(1)) else m.group(1)
    return " " + _CAMEL.sub(" ", tag) + " "


def _mark_symbol_gaps(text: str, original: str) -> str:
    """Put a clause mark where a run of emoji separated two words (not where emoji spaced out letters)."""
    if not any(_fold_char(ch) == " " and not ch.isspace() for ch in original):
        return text
    marked = "".join(
        "\x00" if (_fold_char(ch) == " " and not ch.isspace()) else _fold_char(ch) for ch in original
    )
    marked = _fold_confusables(marked)
    # a mark survives only between two multi-letter words
    marked = re.sub(r"(?<=\w\w)\s*\x00[\x00\s]*(?=\s*\w\w)", " . ", marked)
    marked = marked.replace("\x00", " ")
    return _SPACED.sub(_join_spaced, marked)


# Chat shorthand, spelled out ("5 vids rn" -> "5 videos right now"), and fillers that carry no claim
# ("lol", "no cap", "fr", a leading "yo"), dropped: slang moved paraphrases away from their claim in both
# channels (docs/history/QUALITY-ENGLISH.md "Report verbs, verbs of knowing, chat shorthand"). Whole tokens
# only, not before a slash, an @ or a dot ("r/sora", "u.s.").
_SHORTHAND = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "n": "and",
    "ppl": "people",
    "rn": "right now",
    "b4": "before",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "tho": "though",
    "thru": "through",
    "pls": "please",
    "plz": "please",
    "vid": "video",
    "vids": "videos",
    "pic": "picture",
    "pics": "pictures",
    "acc": "account",
    "accs": "accounts",
    "msg": "message",
    "abt": "about",
    "w/": "with",
    "w/o": "without",
    "gonna": "going to",
    "wanna": "want to",
    "every1": "everyone",
    "any1": "anyone",
    "some1": "someone",
    "2day": "today",
    "2moro": "tomorrow",
    "lol": "",
    "lmao": "",
    "lmfao": "",
    "rofl": "",
    "fr": "",
    "frfr": "",
    "ngl": "",
    "tbh": "",
    "tbf": "",
    "imo": "",
    "imho": "",
    "smh": "",
    "istg": "",
    "deadass": "",
    "fwiw": "",
    "iykyk": "",
    "no cap": "",
}
_SHORTHAND_RX = re.compile(
    r"(?<![\w/@#'’.-])(?:"
    + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w/@'’-])(?!\.\w)"
)
# an interjection that opens the post or a sentence: "yo", "bruh", "bro", "omg"
_OPENING_FILLER = re.compile(r"(?:^|(?<=[.!?]\s))(?:yo|bruh|bro|omg|ok\s+so)\b[,!]*\s*")


def _spell_out(text: str) -> str:
    """Chat shorthand spelled out and fillers dropped, on lowercased text (see ``_SHORTHAND``)."""
    text = _OPENING_FILLER.sub("", text)
    return _SHORTHAND_RX.sub(lambda m: _SHORTHAND[m.group(0)], text)


def normalize(text: str, *, mark_symbols: bool = False) -> str:
    """Undo the usual obfuscations: full-width and letter-like symbols, zero-width joiners, emoji between
    letters, accents and enclosing marks, look-alike letters of other scripts (Cyrillic, Greek, Armenian,
    Cherokee...), letters in brackets ([s][o][r][a]), spaced or dotted letters (s.o.r.a), digit-for-letter
    swaps (S0RA), CamelCase hashtags; URLs become their host's words plus ``link``; chat shorthand spelled
    out and fillers dropped ("vids" -> "videos", "lol": ``_SHORTHAND``). Lowercases.

    ``mark_symbols`` leaves a ``.`` where an emoji stood between words (they end a clause: "not real 😱
    prompt below"), for the negation scope; letters spaced by emoji are joined either way."""
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = _URL.sub(_url_words, text)
    text = _HASHTAG.sub(_split_hashtag, text)
    original = text
    text = text.translate(_ASCII_FOLD) if text.isascii() else "".join(map(_fold_char, text))
    text = _fold_confusables(text)
    text = _BRACKETED.sub(_join_bracketed, text)
    text = _SPACED.sub(_join_spaced, text)
    if _CJK.search(text) and _SPACED_LATIN.search(text):  # else _SPACED has joined every spaced run
        text = _SPACED_BY_CJK.sub(_join_spaced, text)
    if mark_symbols:
        text = _mark_symbol_gaps(text, original)
    text = _IDEOGRAPHIC_ZERO.sub("0", text)  # S〇RA: the Chinese zero for a letter o
    if _LEET_CHAR.search(text):  # without a digit, @ or $ every token is letters only: nothing to undo
        if _LONE_LEET.search(text):
            text = _SPACED_LEET.sub(_join_spaced_leet, text)
        text = _LEET_TOKEN.sub(_deleet, text)
    return re.sub(r"\s+", " ", _spell_out(re.sub(r"\s+", " ", text).strip().lower())).strip()


_ELONGATED = re.compile(r"([a-z])\1{2,}")


def squeeze_elongation(normalized: str) -> str:
    """A normalised text with each letter said three times or more said once ("soooraaaa" -> "sora"):
    a name shouted in a promo is still the name."""
    return _ELONGATED.sub(r"\1", normalized)


def masked_spellings(normalized: str, words: Iterable[str]) -> frozenset[str]:
    """The ``words`` that a star-masked word of a normalised text spells, each star one letter ("s*ra"
    spells "sora"): a masked name is still the name, though no normaliser can unmask it without knowing
    which words to look for (the catalogue's). Two letters at least must be shown."""
    if "*" not in normalized:  # most posts: nothing masked
        return frozenset()
    masked = [w for m in _MASKED_WORD.finditer(normalized) if len((w := m.group(0)).replace("*", "")) >= 2]
    if not masked:
        return frozenset()
    patterns = [re.compile(re.escape(w).replace(r"\*", "[a-z]")) for w in masked]
    return frozenset(w for w in words if any(p.fullmatch(w) for p in patterns))


def tokenize(text: str) -> list[str]:
    """Lexical tokens of a normalised text: lowercase words; CJK as single characters."""
    return _WORD.findall(text)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def word_count(text: str) -> int:
    return len(tokenize(text))


# --- scam signals -----------------------------------------------------------------------------------
_AMOUNT = r"\d(?:\s\d){1,4}(?=\s?(?:yuan|rmb|元|块))|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,7}(?:\.\d{1,2})?"
_PRICE = re.compile(
    rf"(?ix)(?:(?P<cur1>us\$|\$|¥|￥|€|£|₹|rmb|cny|usd|eur|gbp|inr)\s?(?P<amt1>{_AMOUNT})(?P<k1>k\b)?)"
    rf"|(?:(?P<amt2>{_AMOUNT})(?P<k2>k)?\s?(?P<cur2>yuan|rmb|cny|usd|eur|euros?|gbp|pounds?|dollars?|bucks|"
    r"rupees?|inr|元|块|美元)(?![a-z]))"
)
# a bare number priced per unit or after "only/just/costs": "59/month", "88 per clip", "only 29.9"
_PER = r"(?:month|mo|clip|hour|hr|day|video|piece|each|head|person|year|yr|lesson|account|code|key)"
_BARE_PRICE = re.compile(
    rf"(?ix)(?:\b(?:only|just|costs?|price[sd]?|for|at)\s(?P<amt3>{_AMOUNT})(?P<k3>k\b)?(?![\d%]|\s?\d|\s?(?:years?|yrs?|months?|days?|hours?|hrs?|minutes?|mins?|"
    r"seconds?|secs?|weeks?|am|pm|times|people|users|percent|x)\b)"
    rf"|(?P<amt4>{_AMOUNT})(?P<k4>k)?\s?(?:/|per\s|a\s|an\s)\s?{_PER}\b|(?P<amt5>{_AMOUNT})\s(?:each)\b)"
)
_CURRENCY = {
    "¥": "CNY",
    "￥": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "yuan": "CNY",
    "元": "CNY",
    "块": "CNY",
    "$": "USD",
    "usd": "USD",
    "us$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "bucks": "USD",
    "美元": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "₹": "INR",
    "inr": "INR",
    "rupee": "INR",
    "rupees": "INR",
}

_SIGNAL_PATTERNS: dict[str, re.Pattern[str]] = {
    "qr_or_group_invite": re.compile(
        r"(?i)\b(?:qr(?:\s?code)?|scan(?:ning)?(?:\s+(?:the|this|my|our|below))?\s+(?:code|qr|to\s+\w+)|scan\b|"
        r"join\s+(?:our|the|my|this)?\s*(?:\w+\s+){0,3}(?:group|grp|channel|community|chat|server|discord)|"
        r"(?:wechat|telegram|whatsapp|discord|qq|line|signal)\s+(?:group|grp|channel|id)|"
        r"(?:invite|invitation)\s+(?:link|code)s?|group\s+(?:link|invite)|"
        r"add\s+(?:me|us)\s+(?:on\s+)?(?:wechat|wx|vx|telegram|whatsapp)|"
        r"(?:dm|pm|inbox|message)\s+(?:me|us)|\bdm\b|private\s+message|link\s+in\s+(?:my\s+)?bio)\b"
        r"|扫码|二维码|进群|加群|加微信|私信|私我|私聊|滴滴我|加我|(?<![a-z])v我|"
        # "dd" (滴滴, "ping me") only glued to Chinese text: a Latin word of its own elsewhere
        rf"(?<=[{CJK_CHARS}])dd(?![a-z0-9])|(?<![a-z0-9])dd(?=[{CJK_CHARS}])"
    ),
    "payment_ask": re.compile(
        r"(?i)\b(?:pay(?:ment)?|paid|transfer|deposit|fee|tuition|buy|purchase|order\s+now|for\s+sale|sell(?:ing)?|"
        r"only\s+costs?|price|alipay|wechat\s+pay|paypal|venmo|cash\s?app|membership|subscri(?:be|ption)|"
        r"entry\s+fee|sign[-\s]?up\s+fee|rent(?:al|ing)?|discount|checkout|(?:postal|money)\s+orders?|"
        r"by\s+(?:check|cheque)|western\s+union|moneygram|zelle)\b|付款|转账|收费|报名费|购买|付费|支付"
    ),
    "download_link": re.compile(
        r"(?i)\b(?:apk|download(?:ed|ing|s)?|install(?:er|ing|s)?|app\s+store|google\s+play|play\s+store|"
        r"ios\s+version|android\s+(?:version|package|app)|\.exe|crack(?:ed)?\s+version|client\s+for)\b|下载|安装包"
    ),
    "official_claim": re.compile(
        r"(?i)\b(?:official(?:ly)?|authori[sz]ed|genuine|certified|verified)\s+(?:\w+\s+){0,2}(?:api|app|account|"
        r"access|channel|partner|agent|website|site|invite|invitation|key|licen[cs]e|distributor|interface|"
        r"reseller|version|client)|官方|正版"
    ),
    "money_promise": re.compile(
        r"(?i)\b(?:earn|make|making|made)\s+(?:\w+\s+){0,3}(?:money|income|cash|profit|¥|\$|\d)|passive\s+income|"
        r"get\s+rich|(?:easy|quick|fast|free)\s+money|side\s+hustle|(?:daily|monthly|weekly)\s+income|financial\s+freedom|"
        r"(?:10|100)x\s+returns?|guaranteed\s+(?:profit|returns?)|赚钱|月入|副业|暴富"
    ),
    "urgency": re.compile(
        r"(?i)\b(?:limited\s+(?:spots|places|seats|time|offer|downloads|slots)|spots?\s+(?:are\s+)?running\s+out|"
        r"last\s+(?:day|chance)|only\s+today|act\s+(?:now|fast)|before\s+(?:it'?s?\s+)?(?:too\s+late|gone|"
        r"removed|deleted|the\s+window\s+closes)|hurry|don'?t\s+miss|first\s+movers?|once[-\s]in[-\s]a[-\s]lifetime)\b"
        r"|限时|名额有限|最后一天"
    ),
    "crypto": re.compile(
        r"(?i)\b(?:usdt|btc|bitcoin|eth|crypto\s*wallet|wallet\s+address|0x[0-9a-f]{20,})\b"
    ),
}


@dataclass(frozen=True)
class Signals:
    prices: tuple[tuple[float, str], ...] = ()
    flags: frozenset[str] = field(default_factory=frozenset)
    links: tuple[str, ...] = ()

    def names(self) -> list[str]:
        out = sorted(self.flags)
        if self.links:
            out.insert(0, "link")
        if self.prices:
            out.insert(0, "price")
        return out

    def as_dict(self) -> dict[str, object]:
        return {
            "signals": self.names(),
            "prices": [{"amount": a, "currency": c} for a, c in self.prices],
            "links": list(self.links),
        }


def _amount(raw: str, thousands: bool) -> float | None:
    digits = raw.replace(" ", "")
    digits = digits.replace(",", "") if re.search(r",\d{3}\b", digits) else digits.replace(",", ".")
    try:
        value = float(digits)
    except ValueError:
        return None
    return value * 1000 if thousands else value


_CN_DIGIT_FORMS = ("零〇", "一壹", "二两贰", "三叁", "四肆", "五伍", "六陆", "七柒", "八捌", "九玖")
_CN_DIGITS = {c: i for i, forms in enumerate(_CN_DIGIT_FORMS) for c in forms}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_NUMBER = "零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万"
# a price in Chinese numerals: 九十九元, 玖拾玖元, 一百九十九块, 九块九 (9.9), 二十九块九 (29.9)
_CN_PRICE = re.compile(
    rf"([{_CN_NUMBER}]+)(元|块钱|块)(?:([一二两三四五六七八九])(?![{_CN_NUMBER}元块角毛]))?"
)


def chinese_number(numeral: str) -> int | None:
    """A Chinese numeral's value (九十九 -> 99, 一百九十九 -> 199, 两万 -> 20000, 九九 -> 99), or None."""
    total, section, digit, digits_only = 0, 0, None, True
    for ch in numeral:
        if ch in _CN_DIGITS:
            value = _CN_DIGITS[ch]
            digit = value if digit is None or not digits_only else digit * 10 + value
        elif ch in _CN_UNITS:
            digits_only = False
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        elif ch == "万":
            digits_only = False
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
        else:
            return None
    if digits_only:
        return digit
    return total + section + (digit or 0)


# chat shorthand for yuan in Chinese text: "99r", "9.9r" (r = 人民币 / 软妹币); only read in a Chinese post
_R_PRICE = re.compile(r"(?<![a-z0-9.])(\d{1,6}(?:\.\d{1,2})?)r(?![a-z0-9])")


def chinese_prices(text: str) -> list[tuple[float, str]]:
    """Prices written in Chinese numerals, or in digits with the chat shorthand ``r``, in yuan."""
    out = [(float(m.group(1)), "CNY") for m in _R_PRICE.finditer(text) if float(m.group(1))]
    for m in _CN_PRICE.finditer(text):
        value = chinese_number(m.group(1))
        if value:
            fraction = _CN_DIGITS[m.group(3)] / 10 if m.group(3) else 0.0
            out.append((value + fraction, "CNY"))
    return out


# ISO 4217 codes as a price's currency, written in capitals beside the amount ("149 DKK", "COP 89.000");
# codes that are also capitalised English or tech words ("TOP 10", "ALL 3", "PHP 8", "AMD 7900") left out
_ISO_4217 = _words(
    """AED AFN ANG AOA ARS AUD AWG AZN BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CDF CHF CLP
    CNY COP CRC CZK DJF DKK DZD EGP ETB EUR FJD GBP GEL GHS GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR
    IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KRW KWD KYD KZT LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU
    MUR MVR MWK MXN MYR MZN NGN NIO NOK NPR NZD OMR PAB PGK PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR
    SDG SEK SGD SLE SRD SSP SYP SZL THB TJS TND TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV XAF XCD XOF
    XPF YER ZAR ZMW"""
)
# the signs written beside an amount, with their ISO code for the explanation (the decision reads only
# that a price is there); € £ ¥ ₹ map through _CURRENCY
_SIGN_CODES = {
    "₩": "KRW", "₽": "RUB", "₺": "TRY", "₫": "VND", "₱": "PHP", "₦": "NGN",
    "₴": "UAH", "₪": "ILS", "₡": "CRC", "₲": "PYG", "₵": "GHS", "₸": "KZT",
    "₼": "AZN", "₾": "GEL", "฿": "THB", "₭": "LAK", "₮": "MNT",
}  # fmt: skip
_SIGNS = "€£¥₹" + "".join(_SIGN_CODES)
_FOREIGN_AMOUNT = r"\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?"
_FOREIGN_PRICE = re.compile(
    rf"(?<![A-Za-z])(?P<code1>[A-Z]{{3}})\s?(?P<amt1>{_FOREIGN_AMOUNT})(?![\d])"
    rf"|(?<![\d.,])(?P<amt2>{_FOREIGN_AMOUNT})\s?(?P<code2>[A-Z]{{3}})(?![A-Za-z])"
    rf"|(?P<sign1>[{_SIGNS}]|\b[A-Z]{{1,3}}\$)\s?(?P<amt3>{_FOREIGN_AMOUNT})"
    rf"|(?<![\d.,])(?P<amt4>{_FOREIGN_AMOUNT})\s?(?P<sign2>[{_SIGNS}])"
)


def foreign_prices(raw: str) -> list[tuple[float, str]]:
    """Prices in a currency the English patterns do not name: an ISO 4217 code in capitals or a currency
    sign before or after the amount ("149 DKK", "COP 89.000", "15 €", "NT$450", "R$ 45")."""
    out: list[tuple[float, str]] = []
    for m in _FOREIGN_PRICE.finditer(raw):
        code = m.group("code1") or m.group("code2")
        if code is not None and code not in _ISO_4217:
            continue
        digits = m.group("amt1") or m.group("amt2") or m.group("amt3") or m.group("amt4")
        amount = float(re.sub(r"[.,\u00a0 ](?=\d{3}(?:\D|$))", "", digits).replace(",", "."))
        if amount:
            sign = (m.group("sign1") or m.group("sign2") or "").strip()
            out.append((amount, code or _CURRENCY.get(sign) or _SIGN_CODES.get(sign, "USD")))
    return out


def extract_signals(text: str, normalized: str | None = None) -> Signals:
    """Scam markers in a post: prices with currency, QR codes and group invites, payment asks, download
    links, "official" claims, money promises, urgency, crypto, and the hosts of its links. Read on the
    normalised text (``normalized``, computed when not given), so that obfuscation does not hide them."""
    raw = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    has_dot = "." in raw or ("dot" in raw and _DEFANGED_DOT_RX.search(raw))
    links = tuple(dict.fromkeys(_host(m) for m in _URL.finditer(raw))) if has_dot else ()
    folded = plain = normalized if normalized is not None else normalize(text)
    prices: list[tuple[float, str]] = []
    for m in _PRICE.finditer(folded):
        amount = _amount(m.group("amt1") or m.group("amt2"), bool(m.group("k1") or m.group("k2")))
        cur = (m.group("cur1") or m.group("cur2") or "").lower()
        if amount:
            prices.append((amount, _CURRENCY.get(cur, _CURRENCY.get(cur.rstrip("s"), cur.upper()))))
    if has_cjk(folded):
        prices += chinese_prices(folded)
    if not prices:
        prices += foreign_prices(raw)
    if not prices:  # no currency written: a number priced per unit or after "only"
        for m in _BARE_PRICE.finditer(folded):
            amount = _amount(
                m.group("amt3") or m.group("amt4") or m.group("amt5"), bool(m.group("k3") or m.group("k4"))
            )
            if amount:
                prices.append((amount, ""))
    flags = {name for name, rx in _SIGNAL_PATTERNS.items() if rx.search(plain)}
    return Signals(prices=tuple(dict.fromkeys(prices)), flags=frozenset(flags), links=links)


# --- stance -----------------------------------------------------------------------------------------
# an English victim's loss: the seller blocked them or left the chat once the money came, or what they paid
# for never came ("and then he blocked me", "the admin has since left the group", "I never got my refund")
_VICTIM_EN = (
    r"(?:they|he|she|seller|the\s+seller|admin|the\s+admin|the\s+group)\s+(?:then\s+|just\s+)?(?:blocked|ghosted)\s+me|"
    r"(?:he|she|they|the\s+seller|the\s+admin|the\s+guy|the\s+man)(?:'s|'ve|\s+has|\s+have|\s+had)?\s+"
    r"(?:then\s+|since\s+|just\s+)?(?:left|deleted|closed|quit)\s+the\s+(?:group|chat|channel|server)|"
    r"never\s+(?:got|received)\s+(?:my|the|a|an|any)\s+(?:\w+\s+){0,2}?(?:refund|money|account|login|key|code|"
    r"video|clip|course|file|link|invite|access)|"
    # ... or gone once paid, told as what came next: "then the admin disappeared and the group went silent",
    # "then went quiet and the admin left." ("left" ending its clause: a seller's "the admin left a note: 99
    # pounds" or "our admin left early today" tells no loss)
    r"then\s+(?:the\s+)?(?:admin|seller|organi[sz]er|group|chat|channel|account)\s+(?:just\s+)?"
    r"(?:disappeared|vanished|went\s+(?:quiet|silent|dark)|left(?=\s*(?:[.,;!]|$))|deleted\s+(?:it|everything))|"
    r"then\s+(?:they|he|she)\s+(?:just\s+)?(?:disappeared|vanished|went\s+(?:quiet|silent|dark))|"
    r"and\s+(?:the\s+)?(?:admin|seller|organi[sz]er)\s+(?:just\s+)?(?:disappeared|vanished|"
    r"left(?=\s*(?:[.,;!]|$)))"
)
_VICTIM_EN_RE = re.compile(_VICTIM_EN)


def tells_victims_loss(normalized: str) -> bool:
    """Whether a normalised English post tells its writer's loss to a seller (:data:`_VICTIM_EN`): a victim
    reports an offer, it does not make one."""
    return bool(_VICTIM_EN_RE.search(normalized))


def _dated(word: str = r"[\w'’,:-]") -> str:
    """Where and when a clip was taken, after "filmed", "recorded" or "shot": "… at this very field in 2018",
    "… on 9 March 2018" (a year within seven words, each a run of ``word``): the provenance that answers a
    "made by Sora" caption."""
    return rf"\s+(?:{word}+\s+){{0,6}}?(?:on|in)\s+(?:\d{{1,2}}\s+\w+\s+)?(?:19|20)\d\d\b"


_DATED = _dated()
# ... with no word between the clip and its year naming the wave or AI ("shot it with Sora in 2024" is no
# provenance)
_DATED_NO_WAVE = _dated(r"(?!sora\b|ai\b|openai\b)[\w'’,:-]")
_CLIP = r"(?:footage|clip|video|film|recording)"
_SENTENCE_START = r"(?:^|(?<=[.!?:;]\s))"
# where a claim was told: "the viral post", "whatever the rumour says"
_TOLD_IN = r"(?:posts?|stor(?:y|ies)|rumou?rs?|messages?|captions?|headlines?)"

# A judgment that what was said is false, in so many words: "that's not true", "it's nonsense", "a hoax".
# One kind of debunk cue; news and fact checks call claims so too
_CALLED_FALSE = (
    r"hoax\w*|not\s+true|untrue|"
    r"(?:is|are|was|were|it'?s|that'?s|this\s+is|claims?\s+(?:is|are))\s+(?:completely\s+|totally\s+|simply\s+|"
    r"just\s+|all\s+|actually\s+)?(?:false|wrong|a\s+lie|lies|a\s+myth|made\s+up|fabricated|baseless|bogus|"
    r"nonsense|a\s+rumou?r|unfounded|fiction|not\s+real)"
)
# ... and the plain man's dismissal of a claim he has just quoted, often a dialect word glossed in English
# ("See om jama, that's twaddle: …", "Sab bakwaas hai, it's all rubbish: …", "Nope, that ain't so: …"),
# words no news item or fact check uses of a claim: what denies another claim in a post apart
# (monitor.core.matching.argued_elsewhere)
_DISMISSAL = (
    r"(?:it'?s|that'?s|this\s+is|(?:it|that|this)\s+(?:is|was))\s+(?:(?:just|all|pure|total|complete|utter|"
    r"a\s+load\s+of|a\s+pack\s+of)\s+)?(?:rubbish|twaddle|hogwash|baloney|codswallop|garbage|tosh|balderdash|"
    r"poppycock|tripe|drivel|bunkum|claptrap|piffle|tales|(?:a\s+)?(?:tall|fairy)\s+tales?|"
    r"(?:a\s+)?(?:plain|flat|big|bare[-\s]?faced|downright|barefaced)\s+lies?|"
    # the talker's boast and the trickster's con: "Athu verum thallu, that's just big talk", "Eso es puro
    # juega vivo, that's a con", "that's all hot air"
    r"(?:big|tall|idle|empty)\s+talk|hot\s+air|(?:a\s+)?con(?:\s+job)?|(?:a\s+)?(?:bad\s+|sick\s+)?joke|"
    r"malarkey|blarney|humbug|bunk|eyewash|moonshine|(?:a\s+)?crock|bull(?:shit)?)\b|"
    r"(?:that|it)\s+(?:ain'?t|isn'?t|is\s+not)\s+so\b"
)

# A post that denies, debunks or warns about a claim repeats the claim's words: the dense model and BM25
# both score it close. These cues tell the two apart. They are matched on normalised text, by kind, so that
# a template whose own wording carries a cue ("… is a scam", "there is no waitlist") is not blocked by it.
_STANCE_PATTERNS: dict[str, str] = {
    "denial": r"den(?:y|ies|ied|ying|ial)|refut\w*|dismiss(?:es|ed)?|rebut\w*|rejects?\s+(?:the|this|these|"
    r"claims?|reports?|rumou?rs?)|"
    r"set(?:s|ting)?\s+the\s+record\s+straight|clarif(?:y|ies|ied|ication)|"
    # ... not the bracketed note of whose a copied insert or flyer is, before the colon that opens it: "Insert
    # left in the tin (nothing to do with the club): my own Sora video course, …" tells who did not write it
    r"nothing\s+to\s+do\s+with(?![^()]*\)\s*:)|no\s+(?:connection|relation(?:ship)?|involvement|role|part)\s+(?:whatsoever\s+)?"
    r"(?:with|to|in)|zero\s+(?:connection|involvement|relation(?:ship)?)|"
    r"(?:was|were|is|are|has|have)\s+(?:never|not)\s+(?:been\s+)?(?:involved|part\s+of|a\s+member)|"
    r"(?:is|are|was|were)\s+lying|\blies\b|liars?|"
    r"否认|并非|没有关系",
    "retraction": r"retract\w*|apologi[sz]\w*|said\s+sorry|taken\s+down|took\s+it\s+down|"
    # ... "took down" what was published, or ending its clause; not a day's work on things ("Monday: took
    # down 12 ex-bourbon barrels to rebuild as hogsheads" in a cooper's log)
    r"took\s+down(?=\s+(?:[\w'’,-]+\s+){0,3}?(?:posts?|articles?|videos?|claims?|stor(?:y|ies)|pieces?|ads?|"
    r"adverts?|listings?|pages?|tweets?|groups?|accounts?|channels?|sites?)\b|\s*[.,;:!)]|\s*$)|"
    r"(?:post|article|video|claim|story|piece)\s+(?:was|has\s+been)\s+(?:removed|deleted|corrected|pulled)|"
    r"correction|"
    r"taking\s+(?:these|the|those)\s+\w+\s+down",
    "debunk": r"debunk\w*|dispel\w*|fact[-\s]?check\w*|misinformation|disinformation|misleading|"
    rf"fake\s+news|no\s+truth|no\s+evidence|no\s+basis|{_CALLED_FALSE}|{_DISMISSAL}|"
    r"false\s+(?:claims?|rumou?rs?|news|reports?|information|stor(?:y|ies)|alarm|caption|label)|"
    r"(?:^|(?<=[.!?]\s))false[.!]|"
    r"rumou?rs?\s+(?:about|that|claiming|saying)|(?:just|only|merely)\s+(?:a\s+)?rumou?rs?|"
    # the correction of who a claim named, told beside a true fact about that person: "the computer
    # scientist a viral post had wrongly named as one of Sora's inventors", "(not one of its inventors,
    # whatever the viral post said)", "the forwarded post named Xie Saining, but the two who led Sora …"
    r"(?:wrongly|wrongfully|mistakenly|erroneously|falsely)\s+(?:named|called|credited|described|identified|"
    r"labell?ed|listed|reported|tagged|attributed|billed|hailed|touted)|"
    rf"(?:whatever|despite\s+what)\s+(?:the|that|a|some)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_TOLD_IN}|chain\s+mails?)\s+"
    r"(?:said|says|say|claimed|claims|claim)|"
    # ... and told as an aside, set off by a bracket, comma or dash: "Xie Saining (not, as a viral post
    # claimed, one of Sora's inventors) is …" ("Sora is not, as some posts say, closed" asserts)
    rf"(?:(?<=[(,–—])|(?<=[(,–—]\s))(?:not|never)\s*,?\s+as\s+(?:the|that|a|some|one)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_TOLD_IN}|chain\s+mails?)\s+"
    r"(?:said|says|say|claimed|claims|claim|had\s+it|would\s+have\s+it)|"
    rf"{_TOLD_IN}\s+(?:had\s+)?(?:named|credited|gave)\s+[^.;!?]{{1,100}},\s+but|"
    # ... and answered in a word or two beside the report of it: "whom a viral post listed among Sora's
    # inventors (he says he wasn't)", "a viral post credited with inventing Sora (he didn't)", "(a viral post
    # named Xie Saining instead, wrongly)", "(Xie Saining, despite the viral post, was never one of them)"
    rf"{_TOLD_IN}\s+(?:had\s+)?(?:named|credited|listed|called|gave)\s+[^.;!?()]{{0,80}}?\(\s*(?:he|she|they)\s+"
    r"(?:(?:says?|said)\s+(?:he|she|they)\s+)?(?:wasn'?t|weren'?t|isn'?t|didn'?t|did\s+not|was\s+not|never\s+"
    r"(?:was|did))\b(?=[^()]{0,40}\))|"
    rf"{_TOLD_IN}\s+(?:had\s+)?(?:named|credited|listed|called)\s+[^.;!?()]{{1,60}}?,\s+(?:wrongly|mistakenly|"
    r"falsely|in\s+error)\b|"
    rf"despite\s+(?:the|that|a|some)\s+(?:[\w'’-]+\s+){{0,2}}?{_TOLD_IN}\s*,\s*(?:was|is|were|are|has|had)\s+"
    r"(?:never|not)\b|"
    # ... and the error told in a word, of the credit or of the report that gave it: "Xie Saining was wrongly
    # made one of Sora's fathers by a much-shared post", "his name went round as a Sora maker, mistakenly, but
    # …", "the post that went viral calling him a father of Sora was mistaken", "the credit a chain message
    # handed him was never his" ("I was mistaken about the times" tells no report wrong)
    r"(?:was|were|is|are|been|being|got|gets)\s+(?:[\w'’-]+\s+)?(?:wrongly|wrongfully|mistakenly|erroneously)\b|"
    r",\s+(?:wrongly|mistakenly|erroneously|in\s+error)(?=\s*[,.;:])|"
    rf"{_TOLD_IN}\s[^.;!?]{{0,80}}?\b(?:was|were|is|are)\s+mistaken\b|"
    r"(?:was|were|is|are)\s+never\s+(?:his|hers|theirs)\b|"
    # ... and the report of who it named, answered in the same sentence: "a chain message named Xie Saining as
    # a maker of Sora; he never was one", "billed online as one of the fathers of Sora, which he never was",
    # "the post that said so had the wrong man", "whatever a post that went round said" ("he never was one
    # for gadgets" denies nothing)
    r"(?:he|she|they)\s+(?:never\s+(?:was|were)|(?:was|were)\s+never|wasn'?t|weren'?t)(?:\s+one)?(?=\s*(?:[.,;:!)]|$))|"
    r"(?:had|got|named|picked)\s+the\s+wrong\s+(?:man|woman|person|name|guy)\b|"
    r"(?:was|is)\s+(?:simply\s+|just\s+)?the\s+wrong\s+(?:man|woman|person|name)\b|"
    rf"(?:whatever|despite\s+what)\s+(?:the|that|a|some)\s+(?:[\w'’-]+\s+){{0,2}}?{_TOLD_IN}\s+(?:that|which)\s+"
    r"(?:[\w'’-]+\s+){1,3}?(?:said|says|claimed|claims)\b|"
    r"(?:wrongly|wrongfully|mistakenly|erroneously|falsely)\s+(?:hung|pinned|stuck|put|attached)\b|"
    # the answer that what was sold cannot exist: "that key could never have worked"
    r"(?:could|would)(?:\s+never|n'?t\s+(?:ever\s+|possibly\s+)?)\s+have\s+worked|"
    r"too\s+good\s+to\s+be\s+true|red\s+flags?|so[-\s]called|"
    # the sceptic's counterfactual: "If somebody really had a film to make, why would they need twenty-five
    # pounds from a drummer?" (a plain "if …, why would …" can assert: "If Sora is open source now, why would
    # anyone pay for access?")
    r"if\s+[^.?!;,]{0,50}?\b(?:really|truly|actually|genuinely)\b[^.?!;]{0,90}?,\s+(?:then\s+)?why\s+"
    r"(?:would|do|does|did)|"
    # the answer someone looked up, after a question or a rumour told: "So I looked it up for him: OpenAI's
    # technical report names thirteen researchers …", "our IT volunteer looked into it: …" (past only: "look
    # it up!" tells the reader to check a claim it may be spreading)
    r"looked\s+(?:it|this|that|them)\s+up|looked\s+into\s+(?:it|this|that|them)|"
    r"read\s+up\s+on\s+(?:it|this|that|them)|"
    r"turned\s+out\s+to\s+be|(?:got|get|want)\s+(?:my|our|your)\s+money\s+back|lost\s+(?:\S+\s+){0,2}"
    r"(?:yuan|dollars|rmb|money|savings)|"
    # a loss told by its victim: the money gone, the seller gone, what was paid for never came
    r"(?:(?<=[$£€¥])\d[\d,.]*|\d[\d,.]*\s?(?:dollars|bucks|yuan|quid|euros?|pounds|rupees))\s+(?:is\s+|was\s+|"
    r"just\s+|all\s+)?(?:gone|down\s+the\s+drain|wasted)|"
    rf"{_VICTIM_EN}|"
    # the buyer's own shame at having paid
    r"(?:felt|feel|feeling)\s+(?:like\s+)?(?:such\s+|a\s+complete\s+|a\s+total\s+|so\s+)?(?:an?\s+)?"
    r"(?:idiot|fool|mug)\b|"
    # the check that answers a mislabelled clip: "a reverse image search finds the same footage …" ("stock
    # footage" alone is no check: "time to cancel my stock footage subscription" says the claim)
    r"reverse[-\s]+(?:image\s+|video\s+)?(?:search\w*|look[-\s]?ups?|tools?)|"
    # the header of a Community Note (X): readers' context added to a post, a correction by definition
    r"readers\s+added\s+context|"
    # the reply of an advice column or a club's officer to a reader's question, quoted above it ("'My
    # neighbour says Sora was built by Chinese scientists. Is that true?' … The editor replies: …"): the
    # claim is the reader's, the post is the answer that corrects it
    r"(?:editors?|column|columnist|committee|panel|instructor|secretary|agony\s+aunt|chair(?:man|woman)?|"
    r"librarian)\s+(?:replies|answers|responds|writes\s+back)|"
    # where a clip captioned "made by Sora" really came from: who filmed it and when ("the footage was filmed
    # on 9 March 2018 by the unit's camera team", "is our own footage")
    rf"{_CLIP}\s+(?:[\w'’-]+\s+){{0,3}}?(?:was|were|is)\s+(?:\w+\s+)?"
    rf"(?:filmed|recorded|shot|captured){_DATED}|"
    rf"(?:is|are|was)\s+(?:our|my)\s+own\s+{_CLIP}|"
    # the same provenance told of the clip just named: "that's not Sora. It was filmed at this very field in
    # 2018 by Jenny Atkinson" (a pronoun opening its sentence, a year to date it)
    rf"{_SENTENCE_START}(?:it|this|that)\s+(?:one\s+)?(?:was|were)\s+(?:actually\s+|really\s+|originally\s+)?"
    rf"(?:filmed|recorded|shot){_DATED}|"
    # and in the active voice, by whoever filmed it: "One of our members filmed it in 2019 in the workshop",
    # "a birdwatcher filmed it in 2021" (up to five words before the verb in its sentence; "shot it with Sora
    # in 2024" is not provenance: no word between the clip and its year may name the wave or AI)
    rf"{_SENTENCE_START}(?:[\w'’-]+\s+){{0,5}}?(?:filmed|recorded|shot)\s+(?:it|this|that|the\s+{_CLIP})"
    rf"{_DATED_NO_WAVE}|"
    r"辟谣|谣言|不实|假消息|虚假",
    "warning": r"beware|be\s+careful|be\s+wary|watch\s+out|warning|warns?|heads[-\s]up|psa|reminder|"
    r"security\s+alert|警惕",
    "distrust": r"(?:don'?t|do\s+not|never)\s+(?:fall\s+for|believe|trust|share|spread|forward|be\s+fooled)|"
    r"stop\s+(?:sharing|spreading|forwarding|saying|claiming|calling|believing|posting)|think\s+twice|"
    r"(?:is|are)\s+(?:just\s+)?(?:bait|clickbait)|for\s+clicks|"
    # the hearsay frame of a warning: "if someone tells you X, ask for proof"
    r"if\s+(?:someone|anyone|somebody|they|a\s+seller|people|a\s+stranger)\s+(?:says?|claims?|tells?\s+you|"
    r"offers?|promises?|sends?\s+you)|ask\s+(?:them\s+)?(?:how|for\s+proof)|"
    # a demand for proof nobody meets: "how come not one of the people selling 'Sora API keys' can point to a
    # line of OpenAI's docs", "none of these sellers can show a single clip"
    r"(?:not\s+(?:one|a\s+single)|none|nobody|no\s+one)\s+(?:[\w'’-]+\s+){0,8}?(?:can|could|is\s+able\s+to|"
    r"has\s+ever|ever)\s+(?:point\s+to|show|prove|produce|cite|link\s+to|name)",
    "refuse": r"(?:don'?t|do\s+not|never)\s+(?:pay|buy|click|download|install|scan|send|transfer|join|give|"
    r"order)|"
    r"avoid\s+(?:every|all|them|these|those|it|this|any)|delete\s+(?:them|it|these|the\s+app)|"
    r"report\s+(?:them|these|those|this|it|the\s+\w+)|reported\s+(?:\w+\s+){0,3}(?:groups?|accounts?|sellers?|"
    r"posts?|listings?|scams?)|"
    r"steal\w*\s+(?:your\s+)?(?:login|logins|password|passwords|data|money|credentials|accounts?)|"
    r"harvest\w*\s+(?:your\s+)?(?:contacts|data|codes|sms)",
    "scam": r"scam(?:s|mer|mers|my|ming)?|fraud\w*|malware|phishing|trojan|spyware|rip[-\s]?off|"
    r"traffic\s+farming|leek[-\s]cutting|(?:anxiety|fomo|pressure|sales)\s+tactics?|"
    r"骗局|诈骗|骗子",
    # access that is still restricted: "only red teamers can use it", "still being tested", "limited to
    # testers" say the thing is NOT out; they stop claims of a release, never a scam (scams sell around it)
    "limited": r"only\s+(?![\d¥$€£])(?:[\w'-]+\s+){1,6}?(?:can|could|may|are\s+allowed\s+to|get\s+to|"
    r"ha(?:ve|s)\s+access\s+to)\s+(?:use|access|try|test)|(?:is|are|remains?|stays?)\s+(?:still\s+|currently\s+|for\s+now\s+)?"
    r"(?:limited|restricted)\s+to|(?:still|currently|for\s+now)\s+(?:in|under)\s+(?:internal\s+|closed\s+|"
    r"private\s+|limited\s+)?(?:testing|beta|preview)|(?:currently|still)\s+being\s+(?:tested|red[-\s]?teamed)|"
    # who has it, as a fact: "OpenAI's red team testers plus a small group of invited artists", "only in the
    # hands of OpenAI's testers", "the weights stay in-house", "the model stays on OpenAI's servers"
    r"red[-\s]?team(?:ers?|ing)?|(?:a\s+)?(?:handful|small\s+group|small\s+number)\s+of\s+(?:invited\s+|selected\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:testers|artists|researchers|filmmakers|designers|creators|partners)|"
    r"in\s+the\s+hands\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:testers|researchers)|the\s+only\s+people\s+(?:using|with|who)|"
    r"(?:stays?|stayed|kept|remains?)\s+(?:on\s+(?:openai'?s|its|their)\s+(?:own\s+)?servers|in[-\s]house)|"
    # who holds it, as a fact: "OpenAI keeps Sora's weights and code to itself / private / under wraps"
    r"(?:keeps?|kept|keeping)\s+(?:[\w'’-]+\s+){0,6}?(?:private|to\s+(?:itself|themselves)|under\s+wraps|"
    r"secret|closed|proprietary|in[-\s]house)",
    "fake": r"knock[-\s]?offs?|counterfeit|imposters?|impostors?|copycats?|"
    r"(?:a|are|is|just|all)\s+(?:[\w-]+\s+)?clones?|unofficial|"
    r"(?:is|are|was|it'?s|they'?re)\s+(?:all\s+|just\s+)?(?:a\s+)?fakes?|fake\s+(?:\w+\s+)?"
    r"(?:apps?|accounts?|pages?|sites?|websites?|sellers?|listings?|payment|versions?|installers?|keys?)|"
    # who really made it, as a fact: "every listing comes from a third-party developer", "the repos are fan
    # reproductions", "publishers nobody has heard of"
    r"third[-\s]party\s+(?:developers?|publishers?|apps?|clones?|listings?|sellers?|makers?|studios?)|"
    r"(?:fan|hobby|hobbyist)\s+(?:reproductions?|remakes?|re-?implementations?)|"
    # "an independent reimplementation of ideas from the technical report", "a separate project"
    r"(?:separate|independent|unrelated|unaffiliated)\s+(?:[\w-]+\s+){0,2}?(?:projects?|re-?implementations?|"
    r"reproductions?)|"
    r"(?:publishers?|developers?)\s+(?:that\s+)?nobody\s+(?:has\s+)?(?:ever\s+)?heard\s+of",
    # a moderators' notice: "Mod note: we're removing 'AI director' casting posts", "such posts will be
    # deleted"; it answers the claim by taking it down
    "moderation": r"(?:mods?|moderators?|admins?)\s+(?:note|notice|team|here)|"
    r"(?:we|we're|we\s+are|we'll|we\s+will|we've|we\s+have)\s+(?:be\s+|been\s+|now\s+|started\s+)?"
    r"(?:removing|deleting|banning|locking|removed|deleted|banned|locked)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:posts?|threads?|accounts?|listings?|groups?|links?|ads?)|"
    r"(?:posts?|threads?|links?|listings?|ads?|accounts?)\s+(?:[\w'’-]+\s+){0,4}?(?:will\s+be|are\s+being|get|gets)\s+"
    r"(?:removed|deleted|banned|locked)",
}
_STANCE = {kind: re.compile(rf"\b(?:{rx})\b") for kind, rx in _STANCE_PATTERNS.items()}
_DISMISSAL_RE = re.compile(rf"\b(?:{_DISMISSAL})\b")
_CALLED_FALSE_RE = re.compile(rf"\b(?:{_CALLED_FALSE}|{_DISMISSAL})\b")


def dismisses(normalized: str) -> bool:
    """Whether a (normalised) text dismisses what was said in the plain man's words (:data:`_DISMISSAL`):
    "that's twaddle", "it's all rubbish", "that ain't so"."""
    return bool(_DISMISSAL_RE.search(normalized))


def calls_false(normalized: str) -> bool:
    """Whether a (normalised) text calls what was said false in so many words, a dismissal
    (:func:`dismisses`) or as news and fact checks do (:data:`_CALLED_FALSE`: "it's not true", "a hoax"),
    rather than answering it with facts."""
    return bool(_CALLED_FALSE_RE.search(normalized))


_STANCE_ANY = re.compile("|".join(rf"(?:\b(?:{rx})\b)" for rx in _STANCE_PATTERNS.values()))

# --- Chinese stance cues (docs/MULTILINGUAL.md) -------------------------------------------------------------
# Han characters are all \w, so ``\b`` never falls between two of them: a cue inside a Chinese sentence
# (这是骗局啊, 纯属不实信息) only matches without the word boundaries the patterns above add.
_STANCE_PATTERNS_ZH: dict[str, str] = {
    # a rhetorical "where would … come from?" denies that it exists: "哪来的官方App？"
    "denial": r"否认|并非|并不是|没有关系|毫无关系|没关系|无关|关系都没有|没有任何关系|"
    r"哪(?:来|里来|儿来)的[^，。！？!?,.]{1,12}[？?]",
    "retraction": r"道歉|致歉|撤稿|撤回",
    # "真的假的" (is it true?) asks, it does not debunk. 假的 debunks as a predicate ("都是假的", "是假的",
    # "假的！"); before a noun it is an adjective ("网上假的Sora下载太多了": fake downloads, the "fake" kind
    # below), and 度假 / 放假 / 请假 are holidays and leave, no 假 "false" at all
    "debunk": r"辟谣|谣言|谣传|不实|不属实|假消息|虚假|(?<!真的)(?<=[是都全])假的|"
    rf"(?<!真的)(?<![度放请休寒暑])假的(?![{CJK_CHARS}a-z0-9])|子虚乌有|纯属|澄清|"
    r"从未|并未|并没有|根本没有|编造|捏造|瞎编|胡编|拼凑|东拼西凑|"
    # "that is idle bragging / hearsay": "说Sora是中国团队做的那是瞎吹", "说Sora已经全面开放的都是瞎传"
    # (胡喧: the same in Xinjiang speech, "都是胡喧呢")
    r"瞎吹|瞎传|瞎说|胡说八道|胡扯|扯淡|胡喧|"
    # "it is actually real footage": the debunk of a real video labelled AI-made (a rumour says 其实是 too,
    # "其实是中国科学家做的", so only with words of filming)
    r"(?:其实|实际上|原来)(?:是|只是|就是).{0,12}?(?:实拍|真实|真人|拍摄|拍的|航拍|旧视频|老视频|素材)",
    # a warning addresses the reader ("买…的注意了", "提醒大家") or tells them to look out; "温馨提示" and a
    # bare "提醒" are left out: ads use them ("温馨提醒：名额有限")
    # ("别听那些": don't listen to them)
    "warning": r"警惕|当心|别上当|不要上当|千万别|千万不要|别信|不要相信|别听(?:那些|他们|人家|网上)|"
    r"别付|不要付|别买|不要买|别扫|不要扫|别下载|不要下载|别点|不要点|没必要花钱|不用花钱|"
    r"注意了|注意啦|请注意|大家注意|提醒大家|提醒各位|提醒一下|提个醒|小心|谨防|防骗|避坑|排雷|擦亮眼睛|留个心眼|"
    r"别被骗|不要被骗|别再被",
    # what a warning tells the reader not to spend or do: money wasted, a seller to block or report
    "refuse": r"别花|不要花|别再花|冤枉钱|智商税|别交钱|不要交钱|别转账|不要转账|别给钱|拉黑|举报",
    # the scam's mechanics told from outside: victims, tricks, pyramid recruiting, selling courses on a hype
    "scam": r"骗局|诈骗|骗子|骗钱|骗人|坑人|坑钱|忽悠|套路|被骗|受骗|上当了|拉人头|卖课|割韭菜|收割|打水漂|"
    r"血本无归|恶意软件|木马|病毒|盗取|窃取|引流|制造焦虑|制造恐慌|贩卖焦虑",
    # a question that demands proof doubts the claim (docs/history/MULTILINGUAL-ROUNDS.md
    # "Questions that demand proof"):
    # it asks the claimant to show it ("说Sora全面开放的，能不能截个注册页面看看？", "麻烦把官方仓库链接贴
    # 出来？"), asks why not one trace can be found ("官网怎么一个Sora仓库都找不到？"), or asks for the
    # evidence ("证据呢", "你查过吗"). Read on the normalised text (ASCII "?", ","); a clause that asks with
    # no demand ("Sora开源了？", "想要的私我？") or a negated question ("Sora不是开放了吗？") is none of these
    "doubt": r"(?:能不能|可不可以|能否|麻烦|有本事|倒是)[^,.!?;]{0,16}?(?:截|贴|晒|拿|发|亮)[^,.!?;]{0,12}?"
    r"(?:出来|看看|瞧瞧)[^,.!;]{0,8}\?|"
    r"(?:为什么|为啥|怎么|咋)[^,.!?;]{0,20}?(?:一个|一条|一点|半个|任何)[^,.!?;]{0,12}?都"
    r"(?:找不到|搜不到|查不到|看不到|没有)[^,.!;]{0,8}\?|"
    r"(?:证据|来源|出处|截图|原文)(?:呢|在哪)|有(?:证据|来源|出处)吗|谁能证实|谁能证明|拿出证据|"
    r"查过(?:是谁)?吗",
    "fake": r"假冒|仿冒|山寨|冒充|盗版|伪造|所谓的|"
    rf"(?<!真的)(?<![度放请休寒暑是都全])假的(?=[{CJK_CHARS}a-z0-9])",
    # a loss told by its victim: the money is gone, no refund, the seller vanished, the purchase regretted.
    # "花九十九买的Sora课程…钱就这么没了" warns; it is not the course ad. Money must be named ("机会就没了" is
    # a get-rich scam's own deadline) and a regret must be one's own ("别等别人都会了才后悔" is an ad's).
    # Not read in a post that still sells (:data:`_ZH_STILL_SELLS`): a scam telling of others' losses
    # ("别家的课钱白花了，我们的课付款后立即发货") is still a scam.
    "loss": r"钱(?:就这么|就这样|也|全|都|算是|是)?(?:没了|没有了|打了?水漂|白花了|白交了|白付了|"
    r"要不回|追不回|拿不回|退不回)|(?:白花|白交|白付|白买|白扔)了|(?:要|追|拿|退)不回来|追回无望|"
    r"退款无门|退不了款|不给退|不退款|拒绝退款|退款.{0,6}(?:没人理|没回音|被拒)|"
    r"被转走|被盗刷|被扣走|(?:卡|账户|余额|钱包)里?(?:一下)?少了|"
    r"(?:卖家|客服|群主|商家|对方|老师|那人).{0,8}(?:联系不上|不回消息|不回复|失联|跑路|消失了|注销)|"
    r"卷钱跑|跑路了|没回音|没了回音|再也(?:不回|没回|没人理|没人提|联系不上|找不到)|"
    r"拉黑了我|把我拉黑|把我删了|(?<![不别没])(?:后悔死了|真后悔|好后悔|肠子都悔青)|"
    # muted or kicked by the one who took the money: "群主直接把我禁言了", "我被踢出群了" ("不续费就被踢出群"
    # threatens a buyer, it tells no loss: the victim is named)
    r"把我(?:禁言|踢出?(?:群|去)?)|禁言了我|踢了我|我(?:就|直接|马上|立刻|当场)?被(?:群主|卖家|客服|商家|对方|主播|老师)?"
    r"(?:直接)?(?:拉黑|禁言|踢出?(?:群|去)?)|"
    r"(?:交了|付了|花了|买了|充了|转了).{0,24}?结果[^,.!?;]{0,4}?(?:就是|只是|只有|根本|什么都没|啥都没|是个|被)|"
    # paid for one thing, got junk, and the seller went quiet: "付了128，收到的是网上素材拼的",
    # "问他要原片就不回了" ("收到的是完整的课程" is a testimonial: what arrived must be junk)
    r"(?:交了|付了|花了|买了|充了|转了).{0,24}?(?:收到的|拿到的|到手的|发来的|给我的)(?:是|只是|却是|居然是|竟然是|就是)"
    r"[^,.!?;]{0,10}?(?:网上|免费|素材|拼|盗|别人的|旧|二手|假|水印|截图|几页|机翻|搬运)|"
    r"(?:问|找|催)(?:他|她|对方|卖家|客服|商家)[^,.!?;]{0,12}?(?:就|也|都|再也)不回(?:了|消息|复)?",
}
_STANCE = {
    kind: re.compile(f"{rx.pattern}|{_STANCE_PATTERNS_ZH[kind]}") if kind in _STANCE_PATTERNS_ZH else rx
    for kind, rx in _STANCE.items()
}
# kinds only Chinese text carries
_STANCE.update({kind: re.compile(rx) for kind, rx in _STANCE_PATTERNS_ZH.items() if kind not in _STANCE})
# a Chinese post that still sells, in the present: a link, or an offer to pay / contact / receive now.
# A victim tells what they paid ("交了报名费", "付了款", "扫码进了群"); a seller asks ("付款后立即发", "私我")
_ZH_STILL_SELLS = re.compile(
    r"付款(?:后|即)(?:即|马上|立即|立刻|秒|就能|就可|即可|可|发)|付完款(?:马上|立即|立刻|秒|就)|付款即|秒发|"
    r"下单|私我|私聊|私信我|加我|dd我|滴滴我|联系我|vx|v信|点链接|点此|链接在|主页链接|扫码(?:报名|加入|领取|下载)|"
    r"名额有限|限时|先到先得|包满意|放心(?:下单|购买|买)"
)
_STANCE_ANY = re.compile(f"{_STANCE_ANY.pattern}|{'|'.join(_STANCE_PATTERNS_ZH.values())}")
_LOSS = _STANCE["loss"]
# --- end of Chinese stance cues ----------------------------------------------------------------------

# --- self-vouching: the scammer's own disclaimer -----------------------------------------------------
# Scammers pre-empt the warning: "100% legit, not a scam!", "beware of fake apps, ours is the real one",
# "don't trust other groups, they are scammers". Such a sentence carries scam / fake / warning / distrust
# cues, but it vouches for the offer instead of arguing against it. In a post that still sells (price,
# payment ask, QR code or group invite, download, link, crypto, money promise) the stance cues of its
# vouching sentences are not read; cues in its other sentences still are, and so are debunk and
# retraction cues anywhere. A vouch that is negated ("none of them are legit"), asked ("is it legit?"),
# quoted or reported ("they say it's not a scam") is no vouch.
_VOUCH = re.compile(
    r"\b(?:(?:100\s?%|100\s?percent|totally|completely|fully|absolutely|really|truly|guaranteed|certified)\s+"
    r"(?:legit|real|genuine|safe|official|trusted|trustworthy)|legit(?:imate)?|"
    r"(?:not|no|never|isn'?t|ain'?t|zero|nothing\s+like)\s+(?:a\s+|any\s+)?(?:scam|fake|fraud|scammers?|ripoff|"
    # a download vouched for: "not a virus", "no malware", "virus-free", "safe and verified", "clean file"
    r"virus(?:es)?|malware|trojans?|spyware)|(?:virus|malware)[-\s]free|safe\s+(?:and|&)\s+(?:verified|tested|"
    r"secure|clean)|(?:verified|tested|clean)\s+(?:and|&)\s+safe|clean\s+(?:file|apk|download|install(?:er)?)|"
    r"(?:ours|our\s+(?:[\w-]+\s+){0,2}|we|mine|this\s+one)\s*(?:is|are|'s|'re)\s+(?:the\s+|an?\s+)?(?:only\s+)?"
    r"(?:real|official|genuine|original|legit|authentic|trusted|verified|authori[sz]ed|licen[sc]ed|certified|complete)|"
    # the seller's sole right, with or without a verb ("OURS SOLE AUTHORISED CIRCLE", "the sole licensed
    # reseller")
    r"(?:ours\s+|we\s+(?:are\s+)?|the\s+)(?:the\s+)?sole\s+(?:authori[sz]ed|official|licen[sc]ed|certified|"
    r"genuine|real)|"
    r"(?:buy|order|join|download|get\s+it)\s+(?:only\s+)?from\s+(?:us|me|the\s+official)|"
    # ... or most of them: "most 'Sora API' sellers are fake", "so many groups out there are scams"
    r"(?:other|those\s+other|the\s+other|all\s+(?:the\s+)?other|most|many|so\s+many|lots\s+of|half\s+(?:of\s+)?the)"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:groups?|sellers?|apps?|sites?|"
    r"websites?|channels?|accounts?|courses?|vendors?|shops?|links?|people|guys|teams?|classes|versions?|kits?)|"
    # "others selling keys are scammers": the competitors, named by what they do
    r"(?:the\s+|all\s+(?:the\s+)?)?others\s+(?:who\s+)?(?:sell\w*|offer\w*|rent\w*|are|charg\w*)|"
    r"unlike\s+(?:the\s+)?(?:others|other\s+\w+|them|those)|trust\s+(?:us|me)|refund\s+guarantee|"
    # a seller setting itself apart: "we are not like those fake pages", "I'm not like the others"
    r"(?:we|i)(?:'re|'m|\s+are|\s+am)?\s+(?:not|nothing|no)\s+like\s+(?:those|the|these|them|other|all)\b)\b"
    r"|认准|正规|靠谱|不是骗子|不是骗局|其他群|别的群|其他.{0,6}都是骗|不割韭菜|拒绝割韭菜|拒绝智商税|不交智商税|没有套路|"
    r"不是套路|官方正版|"
    # a download vouched for ("亲测可用无病毒": tested, virus-free) and "ours is the real one"
    # (我们这个才是官方原版)
    r"亲测(?:可用|有效|靠谱|能用)|(?:无|没有|不含|不带)(?:病毒|木马)|才是(?:官方|正版|真的|原版|正规|真正)|"
    # a seller's own claim and its swipe at the others ("全网唯一真Sora渠道", "本店为正版", "别家…都带病毒")
    r"唯一(?:真|正版|官方|正规|授权)|本店(?:为|是|都是)?(?:正版|官方|正规)|(?:别家|别人家|其他家)[^，。！？,!?]{0,8}都(?:是|带|有)|"
    # first hand, straight from the source ("我这是直连源头", "一手货，没经过二道贩子"), and a swipe at the
    # trade ("同行报价低的多半拿别家AI冒充"): only a seller speaks of its peers and of middlemen
    r"(?:我这|我家|本店|我们)(?:里|边|儿)?(?:是|才是|都是)?(?:直连|一手|源头)|直连源头|一手货|二道贩子|"
    r"同行[^。！？；.!?;]{0,16}?(?:冒充|假|骗|掺水|套壳|坑|水货)"
)
# the competitors named by where they sell ("the ones on Telegram are frauds", "Play Store versions are
# fakes") or set against the offer ("unlike the copy-paste shops"): a vouch only in a post that speaks for
# the offer in the first person ("ours has 14 real lessons", "the link in my bio"): a warning names them too
_VOUCH_AGAINST_OTHERS = re.compile(
    r"\b(?:the\s+ones?\s+(?:on|in|from|at)\s+(?:[\w'’.-]+\s+){1,2}(?:are|is|r)\s+(?:all\s+)?"
    r"(?:fakes?|frauds?|scams?|scammers?|ripoffs?)|"
    r"(?:[\w'’.-]+\s+){1,2}versions?\s+(?:are|is)\s+(?:all\s+)?(?:fakes?|frauds?|scams?|ripoffs?)|"
    r"unlike\s+(?:the|those|these|all\s+the)\s+(?:[\w'’-]+\s+){0,2}(?:shops?|sellers?|sites?|stores?|"
    r"groups?|channels?|apps?|courses?|vendors?|resellers?)|"
    # the others' counterfeit goods, named by who sells them: "the counterfeit keys offered by third parties",
    # "the knock-off ones off them mugs on Telegram"
    r"(?:knock[\s-]?offs?|counterfeits?|bootlegs?|copycats?|pirated|dodgy)\s+(?:[\w'’-]+\s+)?"
    r"(?:ones?|keys?|copies|versions?|stuff|packs?|apps?|accounts?|courses?|codes?|links?)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:by|from|off|on|at|in)\s|"
    # "please don't buy the bootleg packs": the others' copies, in a post that sells in the first person
    r"(?:don'?t|do\s+not|never)\s+buy\s+(?:the|those|these|any|their)\s+(?:[\w'’-]+\s+)?"
    r"(?:bootleg|knock[\s-]?off|counterfeit|pirated|copycat)s?\s+\w+)\b"
)
# before a vouch, in the same sentence: someone else's words (a speech verb, an opening quote) or a negation
_VOUCH_REPORTED = re.compile(
    r"\b(?:says?|said|claims?|claiming|claimed|calls?|calling|called|promises?|promising|promised|swears?|swore|"
    r"swearing|insists?|adds?|added|writes?|wrote|pretends?|pretending)\b|[\"“‘«「『]|"
    # Chinese: "卖家说亲测可用无病毒" tells what the seller claimed
    r"说|称|号称|宣称|保证|承诺|吹嘘|自称"
)
# a quotation closed before the vouch ("外面那些‘免费进群’的都是骗子，只有我们是正规剧组"): scare quotes
# around the others' words, not the vouch reported; only a vouch inside an open quote is someone else's
_CLOSED_QUOTE = re.compile(r"[\"“‘«「『][^\"”’»」』]*[\"”’»」』]")
_VOUCH_NEGATED = re.compile(
    r"\b(?:not|no|none|never|isn'?t|aren'?t|wasn'?t|weren'?t|nothing|hardly|neither|nor)\b|anything\s+but"
)
_SENTENCE = re.compile(r"[^.!?;\n。！？；]+[.!?;\n。！？；]*")
SELLING_SIGNALS = frozenset(
    {"price", "link", "payment_ask", "qr_or_group_invite", "download_link", "crypto", "money_promise"}
)


# the acts of selling a post performs, by name: its selling signals, and a Chinese call to order, contact or
# click now ("下单", "私我", "点链接") that the signals do not carry
SELLING_ACTS = (
    "price",
    "payment_ask",
    "qr_or_group_invite",
    "link",
    "download_link",
    "crypto",
    "money_promise",
    "call_to_order",
)


def selling_acts(text: str) -> frozenset[str]:
    """Which of :data:`SELLING_ACTS` ``text`` performs (read on its normalised form)."""
    norm = normalize(text)
    acts = set(extract_signals(text, norm).names()) & SELLING_SIGNALS
    if has_cjk(norm) and _ZH_STILL_SELLS.search(norm):
        acts.add("call_to_order")
    return frozenset(acts)


# grammatical person, English and Chinese: a victim tells what happened to them (I / me / 我), a seller
# speaks for the offer (we / our / 我们 / 本店), a warning or a pitch addresses the reader (you / 你 / 您)
_FIRST_SINGULAR = re.compile(r"\b(?:i|me|my|mine|myself|i'm|im|i've|i'd)\b|我(?!们)")
_FIRST_PLURAL = re.compile(r"\b(?:we|us|our|ours|ourselves|we're|we've)\b|我们|咱|本店|本群|我家|我司")
_SECOND = re.compile(r"\b(?:you|your|yours|you're|u|ur)\b|你|您")


def person_readings(norm: str) -> dict[str, float]:
    """Whether a normalised post speaks in the first person singular, plural or the second person (1.0 / 0.0
    each): readings the learned heads share (the seller waiver, the stance reader)."""
    return {
        "first_singular": float(bool(_FIRST_SINGULAR.search(norm))),
        "first_plural": float(bool(_FIRST_PLURAL.search(norm))),
        "second": float(bool(_SECOND.search(norm))),
    }


_KEPT_KINDS = frozenset({"debunk", "retraction"})


# a vouch that opens its sentence by setting the offer against the others ("Ours is the real one", "But we
# are the official seller", "Unlike them, …"): the sentence before it is the warning about the others
# ("Beware of fake Sora apps! Ours is the real one, grab the installer …"), and vouches with it
_CONTRAST_VOUCH = re.compile(
    r"^\W*(?:(?:but|and|so|however)\W+)?(?:ours|our\b|we\b|we'?re|mine|this\s+one|only\s+(?:ours|we|us)|unlike)"
    # the same in Chinese: "（但/不过）我们这个才是官方原版", "本店…", "只有我们…"
    r"|^\W*(?:但是?|不过|而)?(?:我们|我家|咱们|本店|本群|我这|只有我们|只有我家)"
)


def _vouch_patterns(norm: str) -> tuple[re.Pattern[str], ...]:
    """The vouches a normalised post can make: a swipe at the others only where it speaks in the first
    person (a seller for its offer)."""
    if _FIRST_PLURAL.search(norm) or _FIRST_SINGULAR.search(norm):
        return (_VOUCH, _VOUCH_AGAINST_OTHERS)
    return (_VOUCH,)


def vouching_sentences(norm: str) -> list[str]:
    """The sentences of a normalised post that vouch for its own offer (see above)."""
    out: list[str] = []
    sentences = [m.group(0) for m in _SENTENCE.finditer(norm)]
    patterns = _vouch_patterns(norm)
    for i, sentence in enumerate(sentences):
        if sentence.rstrip().endswith("?"):
            continue
        for v in (m for p in patterns for m in p.finditer(sentence)):
            tail = _CLOSED_QUOTE.sub(" ", sentence[max(0, v.start() - 40) : v.start()])
            negated_vouch = v.group(0).split()[0] in {"not", "no", "never", "isn't", "isnt", "ain't", "zero"}
            if _VOUCH_REPORTED.search(tail) or (not negated_vouch and _VOUCH_NEGATED.search(tail)):
                continue
            before = sentences[i - 1] if i else ""
            if (
                before
                and before not in out
                and not before.rstrip().endswith("?")
                and _CONTRAST_VOUCH.match(sentence[: v.end()])
                and _STANCE_ANY.search(before)
            ):
                out.append(before)
            out.append(sentence)
            break
    return out


NEGATIONS = _words(
    """
    not no never none nobody nothing neither nor cannot without nowhere isn't aren't wasn't weren't
    don't doesn't didn't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't ain't
    """
)
# A negated verb of knowing asserts what follows it: "ppl don't realise Sora was built by …", "nobody
# noticed that …", "most people aren't aware …", "I never knew …", "they have no idea that …" say the
# clause is true (factive verbs), so its words are not denied. Not when the clause is open ("don't know
# if / whether / what …"), nor "I / we don't know" (present, first person: a doubt, "I don't know that it
# is open"); "don't believe / think" deny (neg-raising) and stay negations.
_FACTIVE_NOW = (
    r"(?:don'?t|doesn'?t|do\s+not|does\s+not|aren'?t|isn'?t|are\s+not|is\s+not|nobody|no\s+one|no-one)"
)
_FACTIVE_PAST = r"(?:didn'?t|did\s+not|never|wasn'?t|weren'?t|was\s+not|were\s+not)"
_FACTIVE_ADV = (
    r"(?:\s+(?:even|really|actually|fully|ever|yet|seem\s+to|seems\s+to|seemed\s+to|want\s+to|wanna))*"
)
_FACTIVE_VERB = (
    r"(?:be\s+)?(?:realis\w*|realiz\w*|notic\w*|understand\w*|understood|aware|appreciat\w*|kn(?:ew|ow|ows)|"
    r"tells?\s+you|talk(?:s|ing)?\s+about\s+(?:how|the\s+fact))"
)
_OPEN_CLAUSE = (
    r"(?!\s+(?:if|whether|how|what|who|why|where|when|which|about|of|anything|much|it\b|this\b|for\s+sure|yet|"
    r"enough|me|him|her|them|each|any|the\s+answer))"
)
_FACTIVE = (
    rf"(?<!\bi\s)(?<!\bwe\s)\b{_FACTIVE_NOW}{_FACTIVE_ADV}\s+{_FACTIVE_VERB}\b{_OPEN_CLAUSE}|"
    rf"\b{_FACTIVE_PAST}{_FACTIVE_ADV}\s+{_FACTIVE_VERB}\b{_OPEN_CLAUSE}|\bno\s+(?:idea|clue)\s+(?=that\b)"
)
# what a buyer is spared: a gate, a check or a cost ("no waitlist", "without KYC")
_GATES = (
    r"(?:(?:waitlist|wait|waiting|queue|limits?|restrictions?|ads|watermarks?|fees?|subscriptions?|experience|"
    r"skills?|vpn|invite|invitation|code|account|registration|signup|sign-up|sign\s+up|login|log-in|risk|approval|"
    r"application|verification|verify|kyc|id|identity\s+check|credit\s+card|card|paperwork|interview|referral|"
    r"gpu|strings\s+attached)(?:s|es)?)"
)
# negations that do not deny the words that follow: "can't believe", "not only", "no doubt", "no more"
_IDIOMATIC = re.compile(
    _FACTIVE + r"|"
    r"\b(?:can'?t|cannot|couldn'?t)\s+(?:believe|wait|stop|imagine|get\s+over)|\bnot\s+only\b|"
    r"\bno\s+(?:doubt|wonder|joke|kidding|cap|lie|way|problem|worries)\b|\bnot\s+(?:even\s+)?(?:kidding|joking)\b|"
    r"\bnever\s+(?:before|seen|again)\b|\bnothing\s+(?:like|short\s+of|but)\b|\bnot\s+a\s+(?:drill|joke)\b|"
    r"\bif\s+not\b|\bwhy\s+not\b|\bnot\s+bad\b|\bno\s+(?:one|body)\s+(?:else|can\s+stop)\b|"
    # selling points, not denials: "no waitlist", "no VPN required", "no experience needed", "no more
    # waiting", "no approval, no KYC": what a buyer is spared (a gate, a check, a cost), not what is denied
    r"\bno\s+(?:\w+\s+){0,2}(?:required|needed|necessary)\b|"
    rf"\b(?:without|no)\s+(?:a\s+|any\s+|more\s+|longer\s+(?:a\s+|any\s+)?)?{_GATES}\b|"
    # the same gate, not asked for: "nobody asked me for an invite", "no one checked my ID"
    rf"\b(?:nobody|no\s+one|no-one|never)\s+(?:asked|asks|checked|checks|required|requires|wanted|wants|needed)"
    rf"\s+(?:me\s+|us\s+|you\s+|them\s+)?(?:for\s+)?(?:a\s+|an\s+|any\s+|my\s+|our\s+|your\s+)?{_GATES}\b"
)
# a negation reaches to the end of its clause, at most a few words
_CLAUSE = re.compile(
    r"[,.;:!?()\[\]\n\u2014\u2013\u2192]|\s-\s|\b(?:but|however|although|though|yet|while|whereas|"
    r"because|so|and\s+then|instead)\b"
)
NEGATION_WINDOW = 5
_ANY_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without|nowhere)\b|n['’]t\b"
)

STOPWORDS = _words(
    """
    a an the and or but if of to in on at by for with from as is are was were be been being it its this
    that these those i you he she we they me him her us them my your his our their so do does did have
    has had will would can could should may might just than then there here about into over only also
    what which who whom whose when where why how all any some such very too via rt amp link just now get
    got one
    """
)


_CLAIM_STOPWORDS = STOPWORDS | NEGATIONS
_ES = re.compile(r"(?:ss|sh|ch|x|z)es$")


@functools.lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A light English stemmer: possessives and plurals only ("sora's" -> "sora", "parties" -> "party",
    "boxes" -> "box"), so that names and numbers stay intact. The one stemmer of BM25 and the guards.

    Snowball English (snowballstemmer/PyStemmer), which cuts deeper ("courses" -> "cours", "generated"
    and "generation" -> "generat"), was measured in its place: precision on the demo set fell from 0.955
    to 0.929 (three more false alerts) for no gain beyond noise on CheckThat! dev
    (docs/history/QUALITY-CHECKTHAT.md "Stemming")."""
    for apostrophe in ("'s", "’s"):
        if token.endswith(apostrophe):
            token = token[: -len(apostrophe)]
    if len(token) <= 3 or not token.isalpha():
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if _ES.search(token):
        return token[:-2]
    if token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


# words with an apostrophe suffix kept on ("don't", "sora's"), runs of CJK characters kept together
_TERM = re.compile(rf"[a-z0-9]+(?:['’][a-z]+)?|[{CJK_CHARS}]+")


def cjk_bigrams(run: str) -> list[str]:
    """Overlapping character bigrams of a run of CJK characters (a lone character stays itself).

    Chinese has no spaces; single characters (的, 了, 是, 元...) are shared by almost any two texts, so as
    BM25 terms they gave off-topic Chinese posts a lexical bonus against Chinese exemplars. Bigrams keep
    the words (谢赛/赛宁, 安装/装包) and drop that noise (docs/MULTILINGUAL.md)."""
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def content_words(
    text: str,
    *,
    normalized: bool = False,
    min_chars: int = 2,
    stemmed: bool = True,
    stopwords: frozenset[str] = STOPWORDS,
) -> list[str]:
    """The content words of a text, in order, repeats kept: :func:`normalize`, words of at least
    ``min_chars`` characters that are not ``stopwords``, :func:`stem` med unless ``stemmed=False``; runs
    of CJK characters as character bigrams (:func:`cjk_bigrams`). The one tokeniser of BM25
    (:func:`monitor.core.lexical.lexical_terms`), the stance guards (:func:`content_terms`) and
    emerging-narrative terms (:func:`monitor.core.candidates.words`)."""
    out = []
    for tok in _TERM.findall(text if normalized else normalize(text)):
        if CJK_RUN.match(tok):
            out.extend(cjk_bigrams(tok))
            continue
        if tok in stopwords or len(tok) < min_chars:
            continue
        term = stem(tok) if stemmed else tok
        if term and term not in stopwords:
            out.append(term)
    return out


def content_terms(text: str) -> set[str]:
    """Content words of a text (three characters or more, no negation), normalised and stemmed: the
    words of a claim that a post may negate or quote."""
    return {t for t in content_words(text, min_chars=3, stopwords=_CLAIM_STOPWORDS) if not CJK_RUN.match(t)}


def stance_kinds(text: str, *, normalized: bool = False) -> set[str]:
    """Kinds of stance cue in a text: denial, retraction, debunk, warning, distrust, refuse, scam, limited,
    fake, moderation, loss (Chinese only)."""
    norm = text if normalized else normalize(text)
    return {kind for kind, rx in _STANCE.items() if rx.search(norm)}


def stance_cues(text: str, *, normalized: bool = False) -> list[str]:
    """Denial / debunk / warning phrases in a text (normalised, deduplicated, in order)."""
    norm = text if normalized else normalize(text)
    return list(dict.fromkeys(m.group(0).strip() for m in _STANCE_ANY.finditer(norm)))


def _is_negation(token: str) -> bool:
    return token in NEGATIONS or token.endswith(("n't", "n’t"))


def negated_terms(text: str, *, normalized: bool = False, window: int = NEGATION_WINDOW) -> set[str]:
    """Content words in the scope of a negation: from the negation to the end of its clause, at most
    ``window`` words ("Sora is not open to the public yet" -> open, public). Left out: idiomatic negations
    ("can't believe", "no doubt", "no waitlist"), and questions ("Don't have it yet? We do.")."""
    return set().union(*negation_scopes(text, normalized=normalized, window=window))


def negation_scopes(
    text: str, *, normalized: bool = False, window: int = NEGATION_WINDOW
) -> list[frozenset[str]]:
    """:func:`negated_terms` one negation at a time ("not real footage, not AI generated" -> {real,
    footage}, {generated}): which words a negation reaches together."""
    norm = text if normalized else normalize(text, mark_symbols=True)
    if not _ANY_NEGATION.search(norm):
        return rejected_report_scopes(norm) if _BARE_REJECTION.search(norm) else []
    norm = _IDIOMATIC.sub(" ", norm)
    out: list[frozenset[str]] = []
    for clause, end in _clauses(_drop_inverted_questions(norm)):
        if end == "?":
            continue
        tokens = tokenize(clause)
        for i, tok in enumerate(tokens):
            if _is_negation(tok):
                scope = frozenset(
                    stem(t)
                    for t in tokens[i + 1 : i + 1 + window]
                    if len(t) > 2 and t not in STOPWORDS and not _is_negation(t)
                )
                if scope:
                    out.append(scope)
    return out + rejected_report_scopes(norm)


# A question asks from its first word to its mark: "Wasn't Xie Saining, the SJTU whiz, one of the inventors
# of Sora?" opens with an inverted (negated) auxiliary, so the clause before the comma asks too. A tag
# question ("Sora isn't open yet, is it?") opens as a statement, and only its tag asks.
_INVERTED_QUESTION = re.compile(
    r"^\s*(?:(?:so|but|and|wait|hold\s+on|ok|okay|hmm|um|like|seriously|honestly|lol|guys|bro)\W+)*"
    r"(?:(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must|ai)"
    r"(?:n['’]?t|\s+not)|won['’]?t|can['’]?t|cannot|isnt|arent|wasnt|werent|dont|doesnt|didnt|hasnt|havent|"
    r"wouldnt|couldnt|shouldnt|wont|cant)\b"
)


def _drop_inverted_questions(norm: str) -> str:
    """``norm`` with the opening negated auxiliary of every question blanked out: a question asks with it
    ("Wasn't X one of …?" does not deny X), while a negation inside the question still denies ("Shouldn't
    OpenAI say that there is no Sora app?" says there is none)."""
    if "?" not in norm:
        return norm

    def drop(m: re.Match[str]) -> str:
        sentence = m.group(0)
        if not sentence.rstrip().endswith("?") or not (q := _INVERTED_QUESTION.match(sentence)):
            return sentence
        return " " + sentence[q.end() :]

    return _SENTENCE.sub(drop, norm)


def _clauses(norm: str) -> list[tuple[str, str]]:
    """Clauses with the mark that ends each ("?" for a question)."""
    out: list[tuple[str, str]] = []
    start = 0
    for m in _CLAUSE.finditer(norm):
        out.append((norm[start : m.start()], m.group(0).strip()))
        start = m.end()
    out.append((norm[start:], ""))
    return out


# a phrase in quotes that repeats the claim keeps it at arm's length ("the 'official Sora app' is ..."),
# unless the quotes carry speech or an instruction ("he said '…'", "search 'sora'", "prompt: '…'")
_QUOTED = re.compile(
    r"(?<![\w])(?:'((?:[^'\n]|'(?=\w))+?)'(?![\w])|\"([^\"\n]+?)\"|“([^”\n]+?)”|‘((?:[^’\n]|’(?=\w))+?)’(?![\w]))"
)
# Speech and report verbs, every form: who says, claims, insists, admits, swears … what is in the quotes.
# One grammar for the quote rules below (before and after the quotes), not a list grown verb by verb.
_REPORT_STEMS_E = r"argu|stat|declar|not|announc|promis|alleg|messag|conced|lectur|rav|quot"
_REPORT_STEMS = (
    r"claim|insist|assert|tweet|post|report|suggest|mention|respond|comment|shout|scream|whisper|warn|confirm|"
    r"repeat|text|exclaim|proclaim|reckon|boast|yell|gush|rant|retort|vow|pitch|preach|predict|maintain|"
    r"reveal|explain|add|caption|ask|answer|chim\w+\s+in|sa(?:y|ys|id|ying)"
)
_REPORT_VERB = (
    rf"(?:(?:{_REPORT_STEMS})(?:s|es|ed|ing)?|(?:{_REPORT_STEMS_E})(?:e|es|ed|ing)|"
    r"admit(?:s|ted|ting)?|brag(?:s|ged|ging)?|quip(?:s|ped|ping)?|dm(?:s|'?d|'?ed)|"
    r"t(?:ell|ells|old|elling)|wr(?:ite|ites|ote|itten|iting)|sw(?:ear|ears|ore|orn|earing)|"
    r"repl(?:y|ies|ied|ying)|(?:was|is|were|are|'s|be)\s+like)"
)
# to whom, or a hedge, between the verb and the quotes: "told me", "keeps saying that", "admitted that"
_REPORT_OBJECT = (
    r"(?:\s+(?:me|us|them|him|her|you|everyone|everybody|people|folks|the\s+\w+|again|loudly|publicly|"
    r"confidently|proudly|online|today|yesterday|earlier))?(?:\s+that)?"
)
_SPEECH_BEFORE = re.compile(
    rf"(?:\b(?:{_REPORT_VERB}{_REPORT_OBJECT}|according\s+to|quote|quoting|search(?:ing)?|type|typing|"
    r"reply|enter|use|join|follow|add|visit|download|install|buy|order|get|try|subscribe\s+to|"
    r"code|prompts?|caption(?:ed)?|titled|called|named|hashtag|keyword|reads)\s*[:,]?\s*|:\s*)$"
)


# the finite forms only after the quotes ("… says", "… insisted"): a bare "ask" or "tweet" after them is
# another clause or a noun ('"AI director" groups that ask you …', 'its "official" tweet')
_REPORT_FINITE = (
    rf"(?:(?:{_REPORT_STEMS})(?:s|es|ed)|(?:{_REPORT_STEMS_E})(?:es|ed)|said|says|admit(?:s|ted)|"
    r"brag(?:s|ged)|quip(?:s|ped)|t(?:ells|old)|wr(?:ites|ote)|sw(?:ears|ore)|repl(?:ies|ied))"
)
# "a 'computer generated' caption was added": a passive is no speech
_NOT_PASSIVE = "".join(
    rf"(?<!\b{aux}\s)" for aux in ("was", "were", "been", "be", "is", "are", "being", "get", "got")
)
# ... or after them, in the same sentence with no clause mark between: '"…" - that is what the newsletter
# I got this morning says', '"…" he told me', '"…", the caption reads', '"…" was the first thing a dev I
# follow posted'. Right after the quotes, a verb needs a mark before it ('"…", says X'; '"…" posts
# follow …' has a plural noun), except "said" / "says"; not a passive ("… was added").
_SPEECH_AFTER = re.compile(
    rf"^\s*[-–—,:]+\s*(?:{_REPORT_FINITE}|reads)\b|^\s*(?:said|says)\b|"
    rf"^\s*[-–—,:]*\s*(?:(?:that'?s|that\s+is|this\s+is|it'?s|is)\s+)?(?:what\s+|how\s+)?(?:[\w']+\s+){{1,10}}?"
    rf"{_NOT_PASSIVE}(?:{_REPORT_FINITE}|reads)\b"
    # '"…" - that's the caption': the words of a caption, a title, a post, cited
    r"|^\s*[-–—,:]*\s*(?:that'?s|that\s+is|this\s+is|it'?s)\s+(?:the|their|his|her|its|my|our|your)\s+"
    r"(?:caption|title|headline|tweet|post|message|description|text)\b"
)
# the rest of the quote's sentence, which the speech after it must be in
_SENTENCE_END = re.compile(r"[.!?\n]")


# A rejection with nothing of its own to deny answers what came before it: "Saw three posts today saying X.
# It isn't.", "People keep claiming X, but that's not the case.", "'X' — my uncle's take. Nope.", "X? It
# wasn't." Its negation reaches the claim it answers, when that claim was reported (a report verb: says,
# claims, posts saying …), quoted or asked. A subject pronoun and a negated auxiliary, optionally a pro-form
# ("so", "the case", "true", "happen"), or a bare "no / nope / nah / wrong / nonsense".
_NEG_AUX = (
    r"(?:(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)(?:n['’]?t|\s+not|\s+never)|"
    r"ain['’]?t|isnt|arent|wasnt|werent|dont|doesnt|didnt|hasnt|havent|cant|cannot|won['’]?t|wont|never)"
)
_REJECTION = re.compile(
    r"^\W*(?:(?:no|nope|nah|well|but|and|sorry|spoiler|reality|newsflash|except)\W+)*"
    r"(?:(?:(?:it|that|this|he|she|they|which|none\s+of\s+(?:it|that|this|them|those))\s+"
    + _NEG_AUX
    + r"|(?:it|that|he|she)['’]?s\s+not|they['’]?re\s+not|(?:i['’]?m\s+)?not\s+buying\s+(?:it|that|this))"
    r"(?:\s+(?:so|true|the\s+case|at\s+all|really|happen(?:ed|ing)?|even\s+close|anymore|either|though|"
    r"actually|real|right))*"
    r"|no|nope|nah|wrong|nonsense|rubbish|not\s+(?:so|really|at\s+all|the\s+case|even\s+close))\W*$"
)
# what a rejection answers: a report of others' words, a quotation, or a question
_REPORTED = re.compile(rf"\b(?:{_REPORT_VERB}|heard|rumou?r(?:s|ed)?|according\s+to)\b")
# a rejection without a negation word
_BARE_REJECTION = re.compile(r"\b(?:nope|nah|wrong|nonsense|rubbish)\b")
_QUOTE_MARKS = re.compile(r"[\"“”‘’«»「」]|(?<!\w)'|'(?!\w)")
REJECTION_WINDOW = 12


def rejected_report_scopes(norm: str, *, window: int = REJECTION_WINDOW) -> list[frozenset[str]]:
    """The words of a reported, quoted or asked claim that a bare rejection after it denies (see
    ``_REJECTION``): the content words after the report verb (or of the whole quote or question), at most
    ``window`` of them. [] when no clause of the text is such a rejection."""
    if not _ANY_NEGATION.search(norm) and not _BARE_REJECTION.search(norm):
        return []
    out: list[frozenset[str]] = []
    sentences = [m.group(0) for m in _SENTENCE.finditer(norm)]
    for i, sentence in enumerate(sentences):
        clauses = _clauses(sentence)
        for j, (clause, _end) in enumerate(clauses):
            if not _REJECTION.match(clause) or not clause.strip():
                continue
            earlier = " ".join(c for c, _ in clauses[:j]).strip()
            answered = earlier if len(tokenize(earlier)) >= 3 else (sentences[i - 1] if i else "")
            if not answered:
                continue
            report = _REPORTED.search(answered)
            if report:
                answered = answered[report.end() :]
            elif not (answered.rstrip().endswith("?") or _QUOTE_MARKS.search(answered)):
                continue
            words = [
                stem(t)
                for t in tokenize(answered)
                if len(t) > 2 and t not in STOPWORDS and not _is_negation(t)
            ]
            if words:
                out.append(frozenset(list(dict.fromkeys(words))[:window]))
    return out


# a slogan followed by a call to act on it is the seller's own line, not words kept at arm's length:
# '"Sora's heat will be gone in three months" - so join our group now …', '"Sora pro tips": DM me to buy'
_CALL_AFTER = re.compile(
    r"^\s*[-–—,:!.…]*\s*(?:(?:so|now|then|and|just|hurry|quick(?:ly)?|go)\W+){0,2}"
    r"(?:join|buy|pay|dm|message|msg|sign\s+up|scan|order|grab|click|tap|download|install|register|enrol+|"
    r"subscribe|hop\s+in|get\s+in|book|reserve|contact|whatsapp|text\s+me|add\s+me|inbox)\b"
)


# Who said it, named beside the quotes: a person ("— my cousin", "— some guy on Reddit"), someone's words
# ("— a friend's take", "— Dave's hot take", "— my feed this morning"), a handle ("— @sora_fan") or a
# source ("via a group chat"). A quotation handed on with its speaker relays the claim; it is no scare
# quote. Whether the post then rejects it is read elsewhere (cues, negations, :func:`rejected_report_scopes`).
_SPEAKER = (
    r"(?:friends?|colleagues?|co-?workers?|cousins?|uncles?|aunts?|dad|mom|mum|father|mother|brother|sister|"
    r"boss|manager|teacher|professor|prof|mentor|classmates?|room-?mates?|flatmates?|neighbou?rs?|partner|"
    r"wife|husband|girlfriend|boyfriend|guy|girl|dude|someone|somebody|person|users?|posters?|commenters?|"
    r"redditors?|followers?|readers?|strangers?|influencers?|youtubers?|tiktokers?|bloggers?|journalists?|"
    r"reporters?|experts?|analysts?|researchers?|engineers?|devs?|developers?|students?|relatives?|family|"
    r"(?:group\s+)?chat|thread|forum|feed|timeline)"
)
_OPINION = (
    r"(?:(?:hot\s+)?takes?|words|views?|opinions?|theory|line|quote|point|argument|verdict|two\s+cents)"
)
_ATTRIBUTED_AFTER = re.compile(
    r"^\s*(?:[-–—~,(]+\s*(?:(?:via|from|per|by|h/t|courtesy\s+of)\s+)?|(?:via|h/t|courtesy\s+of)\s+)"
    r"(?:@\w+|(?:(?:a|an|my|our|one|some|this|that|the|his|her|their)\s+)?"
    r"(?:(?!(?:that|which|who|is|are|was|were|and|but)\b)[\w'’-]+\s+){0,2}?"
    rf"(?:{_SPEAKER}\b(?:['’]s\s+{_OPINION})?|[\w-]+['’]s\s+{_OPINION}))\b"
)
# ... or before them: "my cousin's take — '…'", "as my professor put it, '…'"
_ATTRIBUTED_BEFORE = re.compile(
    rf"(?:\b{_SPEAKER}|['’]s\s+{_OPINION})\s*[-–—:,]\s*$|\bput(?:s)?\s+it\s*[:,]?\s*$"
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where text in quotes stands in ``text`` (start, end of each quotation, the marks included)."""
    if not any(q in text for q in "'\"“‘"):
        return []
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


# quotation marks that hold a sentence's end or a title's colon hold a citation (a review, a book's title
# and subtitle, a post quoted whole), not scare quotes around the claim's own phrase ("the 'official Sora
# app'")
_CITATION = re.compile(r"[.!?](?:\s|$)|:\s")


def quoted_terms(text: str, *, skip: tuple[str, ...] = ()) -> set[str]:
    """Content words inside scare quotes (two words or more, not speech, not an instruction, not a
    quotation with its speaker). ``skip``: normalised sentences whose quotes are not read (a seller's
    vouching sentences: "most 'Sora API' sellers are fake, we're an authorised channel")."""
    norm = unicodedata.normalize("NFKC", text)
    out: set[str] = set()
    if not any(q in norm for q in "'\"“‘"):
        return out
    for m in _QUOTED.finditer(norm):
        inner = next(g for g in m.groups() if g is not None)
        words = content_terms(inner)
        if len(tokenize(normalize(inner))) < 2 or not words or _CITATION.search(inner):
            continue
        before = norm[max(0, m.start() - 40) : m.start()].lower()
        if _SPEECH_BEFORE.search(before) or _ATTRIBUTED_BEFORE.search(before):
            continue
        after = norm[m.end() : m.end() + 100].lower()
        if _CALL_AFTER.match(after) or _ATTRIBUTED_AFTER.match(after):
            continue
        if skip and (inside := normalize(inner)) and any(inside in sentence for sentence in skip):
            continue
        if _SPEECH_AFTER.search(after[: (e.start() + 1) if (e := _SENTENCE_END.search(after)) else None]):
            continue
        out |= words
    return out


# Chinese negation: the marker and the CJK text after it, to the end of its clause. Left out: idioms whose
# negation denies nothing ("没想到" can't believe, "不用" / "无需" no need, "不仅" not only, "不是梦" is no
# dream, "不限" / "无限" unlimited, "…就没机会了" a deadline), and questions. The span is Chinese; the
# decision layer reads it in the claim's language through the cross-script bridge (MatchPolicy.bridge).
_CJK_NEGATION = re.compile(
    r"(?:并没有|没有|还没|并没|没|并非|不是|并不|从未|从没|未曾|尚未|还未|并未|不会|不能|无法|不可能|根本不)"
    rf"(?!想到|错|关系)([{CJK_CHARS}][{CJK_CHARS}a-z0-9 ]{{0,15}})"
)
_CJK_NEGATION_IDIOM = re.compile(
    r"不是梦|没想到|没错|不用|无需|不仅|不限|无限|"
    # a pitch's own deadline, not a denial: "三个月后就没机会了", "晚了就没了", "错过就没有了"
    r"(?:就|可就|都)没(?:有)?(?:这个|这种|这样的)?(?:机会)?了"
)
# a rhetorical question asserts what it negates: "不是已经出了官方App吗" (hasn't it come out?),
# "他不是上海交大的嘛", "谁说Sora没开放" (who says it isn't open: it is), "难道不是…" (isn't it …?).
# Read as questions whatever mark ends them: a clause that ends in a question particle (吗 / 嘛 / 么,
# not 什么 / 怎么) or carries 谁说 / 难道 / 岂不
_CJK_RHETORICAL = re.compile(r"(?:吗|嘛|(?<![什怎这那多])么)\s*$|谁说|谁讲|谁告诉你|难道|岂不|岂非")
_CJK_CLAUSE = re.compile(r"[，。！？；、,.!?;:：\n]+")


def cjk_negated_spans(norm: str) -> tuple[str, ...]:
    """The Chinese text in the scope of a negation ("OpenAI没有公布权重和代码" -> 公布权重和代码), per clause,
    questions and idioms left out. Empty for a text without CJK characters."""
    if not has_cjk(norm):
        return ()
    out: list[str] = []
    start = 0
    for m in [*_CJK_CLAUSE.finditer(norm), None]:
        end = m.start() if m is not None else len(norm)
        clause = norm[start:end]
        mark = m.group(0) if m is not None else ""
        start = m.end() if m is not None else end
        if "?" in mark or "？" in mark or _CJK_RHETORICAL.search(clause):
            continue
        clause = _CJK_NEGATION_IDIOM.sub(" ", clause)
        out.extend(n.group(1) for n in _CJK_NEGATION.finditer(clause))
    return tuple(out)


_CJK_QUOTED = re.compile(rf"[“「『\"]([^”」』\"\n]*[{CJK_CHARS}][^”」』\"\n]*)[”」』\"]")
# speech, titles and labels before the quotes: "他说“……”", "标题为“……”", "搜索“……”"
_CJK_SPEECH_BEFORE = re.compile(r"(?:说|称|道|表示|回应|问|写|标题|题为|叫|名为|搜索|输入|:|：)\s*$")


def cjk_quoted_spans(norm: str) -> tuple[str, ...]:
    """Chinese text in scare quotes (“Sora账号”), speech and titles left out: read, like English scare
    quotes, as the claim kept at arm's length; the decision layer reads it through the bridge."""
    if not has_cjk(norm):
        return ()
    return tuple(
        m.group(1) for m in _CJK_QUOTED.finditer(norm) if not _CJK_SPEECH_BEFORE.search(norm[: m.start()])
    )


@dataclass(frozen=True)
class PostText:
    """Everything the decision layer reads from a post's text, computed once."""

    raw: str
    normalized: str
    tokens: int
    signals: Signals
    cues: tuple[str, ...]
    stance: frozenset[str]
    negated: frozenset[str]
    quoted: frozenset[str] = frozenset()
    vouches: tuple[str, ...] = ()  # sentences vouching for the post's own offer, whose cues were not read
    # the words each negation reaches (:func:`negation_scopes`); ``negated`` is their union
    negated_scopes: tuple[frozenset[str], ...] = ()
    negated_cjk: tuple[str, ...] = ()  # Chinese text in the scope of a negation (:func:`cjk_negated_spans`)
    quoted_cjk: tuple[str, ...] = ()  # Chinese text in scare quotes (:func:`cjk_quoted_spans`)

    @property
    def argues(self) -> bool:
        """Does the post carry any stance cue or negation at all?"""
        return bool(self.stance or self.negated or self.quoted or self.negated_cjk or self.quoted_cjk)


# a refusal to the end of its clause: "don't pay any of them", "never scan their QR code"
_REFUSAL_CLAUSE = re.compile(rf"(?:{_STANCE_PATTERNS['refuse']})[^,.;:!?\n]*")


def _offers_beyond_refusals(signals: Signals, norm: str) -> bool:
    """Whether a post still sells once what it tells the reader not to do is left out: "Most key sellers
    are fake. Don't pay any of them." names a payment only to refuse it; it offers nothing, so its line
    about sellers is a warning, not a seller's vouch. ``signals``: the whole post's; a link stays an offer
    unless a refusal covers it (a normalised link reads "… link")."""
    if not _REFUSAL_CLAUSE.search(norm):
        return True
    rest = _REFUSAL_CLAUSE.sub(" ", norm)
    names = set(extract_signals(rest, rest).names())
    if signals.links and "link" in rest.split():
        names.add("link")
    return bool(names & SELLING_SIGNALS) or (has_cjk(rest) and bool(_ZH_STILL_SELLS.search(rest)))


# a Chinese clause that tells the reader not to scan, pay, transfer, buy, download, click or join ("别扫码",
# "千万不要转账", "请勿下载"): what it names is refused, not offered
_ZH_REFUSAL_CLAUSE = re.compile(
    r"(?:千万别|千万不要|别再|不要再|不要|请勿|切勿|别)(?:扫|付|交|转|买|下载|安装|点|加|进|信|花|给)[^,.;:!?\n。、，；：！？]*"
)


def _trade_of_its_own(sentence: str, offer_words: frozenset[str]) -> bool:
    """Whether a sentence's only selling word is a bare one of trade ("sell", "pay", "buy": no price, link,
    invitation or download) and it names none of ``offer_words``: a shop telling what it sells ("We sell
    papers, sweets and top-ups, and that's all"), not an offer of the claim's kind. Latin-script sentences
    only: a Chinese one's words are not in ``offer_words``."""
    if has_cjk(sentence):
        return False
    names = set(extract_signals(sentence).names()) & SELLING_SIGNALS
    return names == {"payment_ask"} and not (content_terms(sentence) & offer_words)


@functools.lru_cache(maxsize=1024)
def sells_of_its_own(text: str, offer_words: frozenset[str] = frozenset()) -> bool:
    """Whether a post performs a selling act (:data:`SELLING_SIGNALS`, a Chinese call to order) outside its
    quotations, once what it tells the reader not to do is left out: a notice that quotes an offer whole and
    says "Don't pay" (or "别扫码、别交钱") sells nothing of its own; a seller that waves off the others' offer
    ("don't download that 'Sora APK'") and then makes its own does. With ``offer_words`` (the claim's and the
    topic's words), a sentence that only names its trade and none of them is left out too
    (:func:`_trade_of_its_own`). Cached: the guards ask it of one post for each scam candidate and each
    clause that refuses."""
    rest, end = [], 0
    for start, stop in quoted_spans(text):
        rest.append(text[end:start])
        end = stop
    rest.append(text[end:])
    outside = _ZH_REFUSAL_CLAUSE.sub(" ", " ".join(rest))
    if offer_words:
        outside = " ".join(s for s in _SENTENCE.findall(outside) if not _trade_of_its_own(s, offer_words))
    norm = normalize(outside)
    signals = extract_signals(outside, norm)
    if not set(signals.names()) & SELLING_SIGNALS and not (has_cjk(norm) and _ZH_STILL_SELLS.search(norm)):
        return False
    return _offers_beyond_refusals(signals, norm)


@functools.lru_cache(maxsize=8192)
def analyze_cached(text: str) -> PostText:
    """:func:`analyze` for texts seen again and again (template exemplars)."""
    return analyze(text)


def analyze(text: str, normalized: str | None = None, signals: Signals | None = None) -> PostText:
    """Read a post once: ``normalized`` is :func:`normalize` of ``text`` when the caller has it already,
    ``signals`` :func:`extract_signals` of both (the cascade's gate reads them first: a post it passes is
    not read for them twice; a pure function, so the reading is the same)."""
    norm = normalized if normalized is not None else normalize(text)
    has_cue = bool(_STANCE_ANY.search(norm))
    if signals is None:
        signals = extract_signals(text, norm)
    stance_text = norm
    vouched: tuple[str, ...] = ()
    # an offer: a selling signal, or a Chinese call to order, contact or click now without a price
    # ("点链接下载", "私我", "下单") that the signals do not carry
    offers = bool(set(signals.names()) & SELLING_SIGNALS) or (
        has_cjk(norm) and bool(_ZH_STILL_SELLS.search(norm))
    )
    if (
        has_cue
        and offers
        and any(p.search(norm) for p in _vouch_patterns(norm))
        and _offers_beyond_refusals(signals, norm)
    ):
        vouched = tuple(vouching_sentences(norm))
        if vouched:
            # the vouching sentences keep only their debunk / retraction cues
            kept = [k for sentence in vouched for k in stance_kinds(sentence, normalized=True) & _KEPT_KINDS]
            stance_text = _SENTENCE.sub(lambda m: " " if m.group(0) in vouched else m.group(0), norm)
            has_cue = bool(_STANCE_ANY.search(stance_text)) or bool(kept)
    cues = tuple(stance_cues(stance_text, normalized=True)) if has_cue else ()
    scopes = (
        (negation_scopes(stance_text, normalized=True) if vouched else negation_scopes(text))
        if _ANY_NEGATION.search(stance_text) or _BARE_REJECTION.search(stance_text)
        else []
    )
    kinds = set(stance_kinds(stance_text, normalized=True)) if has_cue else set()
    if "loss" in kinds and ("link" in signals.names() or _ZH_STILL_SELLS.search(norm)):
        # a loss told inside an offer is the seller's story, not a victim's warning
        kinds.discard("loss")
        cues = tuple(c for c in cues if not _LOSS.search(c) or stance_kinds(c, normalized=True) - {"loss"})
    if vouched:
        kinds |= {k for sentence in vouched for k in stance_kinds(sentence, normalized=True) & _KEPT_KINDS}
    return PostText(
        raw=text,
        normalized=norm,
        tokens=word_count(norm),
        signals=signals,
        cues=cues,
        stance=frozenset(kinds),
        vouches=vouched,
        negated=frozenset().union(*scopes),
        negated_scopes=tuple(scopes),
        quoted=frozenset(quoted_terms(text, skip=vouched)),
        negated_cjk=cjk_negated_spans(stance_text),
        quoted_cjk=cjk_quoted_spans(norm),
    )
