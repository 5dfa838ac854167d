"""The cross-script lexical bridge (monitor/core/bridge.py), Chinese prices and Chinese negation scopes."""

from __future__ import annotations

import pytest

from monitor.core.bridge import CrossScriptBridge
from monitor.core.lexical import LexicalIndex
from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Template
from monitor.core.text import (
    analyze,
    chinese_number,
    cjk_negated_spans,
    cjk_quoted_spans,
    extract_signals,
    normalize,
)
from monitor.pipeline.bridge import Glossary, default_bridge, parse_cedict

# a toy dictionary: the bridge's logic without the 120k-entry file
GLOSSARY = {
    "课程": ("course",),
    "开源": ("open", "source"),
    "公布": ("publish", "announce"),
    "权重": ("weight",),
    "上海": ("shanghai",),
    "发明": ("invent",),
}
PINYIN = {"谢": "xie", "赛": "sai", "宁": "ning", "的": "de", "张": "zhang", "三": "san"}


def toy_bridge() -> CrossScriptBridge:
    return CrossScriptBridge(GLOSSARY, lambda chars: [PINYIN.get(c, c) for c in chars])


def test_dictionary_words_are_glossed_and_unknown_spans_become_pinyin_names() -> None:
    bridge = toy_bridge()
    assert bridge.segment("谢赛宁发明") == [("谢", False), ("赛", False), ("宁", False), ("发明", True)]
    terms = bridge.terms("谢赛宁发明了上海的课程")
    assert {"xiesai", "saining", "xiesaining", "invent", "shanghai", "course"} <= set(terms)
    # a function character ends a name span: no "dezhang"
    assert "dezhang" not in bridge.terms("的张三")
    assert bridge.terms("english only text") == []


def test_bridge_terms_reach_english_templates_only_through_the_bridge() -> None:
    docs = [("course", "Pay 99 yuan for our Sora course"), ("source", "Sora is open source now")]
    plain = LexicalIndex(docs)
    bridged = LexicalIndex(docs, bridge=toy_bridge())
    post = normalize("Sora课程只要九十九元")
    assert plain.score([post], normalized=True).top(0, 2)[0][0] in {"course", "source"}  # "sora" only
    top = bridged.score([post], normalized=True).top(0, 2)
    assert top[0][0] == "course"
    terms = bridged.query_terms(post, normalized=True)
    assert terms["course"] < terms["sora"] or terms["course"] == terms["sora"]
    assert "99" in terms  # the Chinese price meets "99 yuan"
    # English posts are read exactly as before
    english = normalize("Pay 99 yuan for the course")
    assert bridged.query_terms(english, normalized=True) == plain.query_terms(english, normalized=True)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("九十九", 99),
        ("一百九十九", 199),
        ("两万", 20000),
        ("九九", 99),
        ("十", 10),
        ("玖拾玖", 99),
        ("五十", 50),
    ],
)
def test_chinese_numbers(numeral: str, value: int) -> None:
    assert chinese_number(numeral) == value


@pytest.mark.parametrize(
    ("text", "prices"),
    [
        ("只要九十九元学Sora", ((99.0, "CNY"),)),
        ("九块九包邮", ((9.9, "CNY"),)),
        ("二十九块九，付款后发", ((29.9, "CNY"),)),
        ("一百块钱", ((100.0, "CNY"),)),
        ("99元", ((99.0, "CNY"),)),
        ("九个人去爬山", ()),
    ],
)
def test_prices_in_chinese_numerals(text: str, prices: tuple[tuple[float, str], ...]) -> None:
    assert extract_signals(text).prices == prices


def test_chinese_negation_scope_skips_questions_and_idioms() -> None:
    assert cjk_negated_spans(normalize("OpenAI没有公布权重和代码，真可惜")) == ("公布权重和代码",)
    assert cjk_negated_spans(normalize("OpenAI没有公布Sora权重")) == ("公布sora权重",)
    assert cjk_negated_spans(normalize("为什么没人说Sora开源了？")) == ()
    assert cjk_negated_spans(normalize("Sora不用排队了，月入十万不是梦")) == ()
    # a pitch's own deadline denies nothing; "no chance at all" still does
    assert cjk_negated_spans(normalize("Sora这波一天几千，三个月后就没机会了")) == ()
    assert cjk_negated_spans(normalize("千载难逢的风口，晚了就没了")) == ()
    assert cjk_negated_spans(normalize("普通人根本没机会靠Sora赚钱")) == ("机会靠sora赚钱",)
    assert cjk_negated_spans(normalize("no Chinese here")) == ()
    assert analyze("OpenAI没有公布权重").argues


def test_a_chinese_negation_of_the_claims_words_stops_the_alert_through_the_bridge() -> None:
    template = Template(
        id="src", category="rumour", severity="high", text="OpenAI has published the Sora weights"
    )
    hits = [Hit("src", "text", 0, template.text, 0.95)]
    claim = "OpenAI公布了Sora权重，大家快去下载吧"
    denial = "OpenAI没有公布Sora权重和代码"
    with_bridge = MatchPolicy(bridge=toy_bridge())
    assert decide("a", claim, hits, {"src": template}, with_bridge).matched
    blocked = decide("b", denial, hits, {"src": template}, with_bridge)
    assert not blocked.matched and blocked.suppressed_by == "stance"
    # without a bridge the Chinese negation cannot be read against English words
    assert decide("c", denial, hits, {"src": template}, MatchPolicy()).matched


def test_cedict_glossary_skips_references_and_classifiers() -> None:
    lines = [
        "開放源碼 开放源码 [kai1 fang4 yuan2 ma3] /open source/",
        "開源 开源 [kai1 yuan2] /to expand one's financial resources/abbr. for 開放源碼|开放源码[kai1 fang4 yuan2 ma3]/",
        "課程 课程 [ke4 cheng2] /course/academic program/CL:堂[tang2]/",
        "謝 谢 [Xie4] /surname Xie/",
    ]
    glossary = Glossary(parse_cedict(lines))
    assert "谢" not in glossary  # single characters are not glossed
    assert glossary["课程"] == ("course", "academic", "program")
    assert {"open", "source"} <= set(glossary["開源"])
    assert "cl" not in glossary["课程"]


def test_the_shipped_dictionary_bridges_a_name_and_words() -> None:
    bridge = default_bridge()
    assert bridge is not None
    terms = set(bridge.terms(normalize("上海交大毕业的谢赛宁发明了Sora课程")))
    assert {"shanghai", "saining", "course", "inventor"} & terms >= {"shanghai", "saining", "course"}


def test_chinese_scare_quotes_are_read_through_the_bridge_but_speech_is_not() -> None:
    assert cjk_quoted_spans(normalize("那些卖“Sora课程”的人")) == ("sora课程",)
    assert cjk_quoted_spans(normalize("他说：“Sora课程上线了”")) == ()
    template = Template(
        id="c", category="scam", severity="high", text="Pay 99 yuan for our Sora course today"
    )
    hits = [Hit("c", "text", 0, template.text, 0.95)]
    policy = MatchPolicy(bridge=toy_bridge(), signal_weight=0.0)
    quoted = decide("q", "那些卖“Sora课程”的人都去哪了呢", hits, {"c": template}, policy)
    assert not quoted.matched and quoted.suppressed_by == "stance"
    assert quoted.explanation.get("suppressed_detail") == "quoted"


def test_the_bridged_offset_applies_only_to_chinese_posts_against_alphabetic_exemplars() -> None:
    template = Template(id="t", category="rumour", severity="high", text="Sora is open source")
    policy = MatchPolicy(
        default_threshold=0.9, cross_language_offset=0.03, bridged_language_offset=0.01, bridge=toy_bridge()
    )
    assert policy.threshold_for(template, "zh", "Sora is open source") == pytest.approx(0.89)
    assert policy.threshold_for(template, "alphabetic", "Sora开源了") == pytest.approx(0.87)  # EN -> zh
    assert policy.threshold_for(template, "alphabetic", "Sora is open source") == 0.9
    assert policy.lowest_threshold(template) == pytest.approx(0.87)
    no_bridge = MatchPolicy(default_threshold=0.9, cross_language_offset=0.03, bridged_language_offset=0.01)
    assert no_bridge.threshold_for(template, "zh", "Sora is open source") == pytest.approx(0.87)


def test_a_full_name_gives_its_surname_and_given_name_apart() -> None:
    # "Xie Saining" is two English words: the Chinese name must meet both, not only "saining"
    terms = toy_bridge().terms("谢赛宁发明了")
    assert "xie" in terms
    assert "saining" in terms
    # two unknown characters are not a full name, and a span that opens with no surname is not a name:
    # no lone syllable that could meet an English word by chance
    assert "sai" not in toy_bridge().terms("赛宁发明")
    assert "san" not in toy_bridge().terms("三赛宁发明")
    docs = [("xie", "Xie Saining invented Sora"), ("other", "Saining said nothing about Sora at all")]
    index = LexicalIndex(docs, bridge=toy_bridge())
    assert index.score([normalize("谢赛宁发明了Sora")], normalized=True).top(0, 1)[0][0] == "xie"


def test_pinyin_abbreviations_in_a_chinese_post_are_read_as_their_word() -> None:
    glossary = {**GLOSSARY, "下载": ("download",), "注册": ("register", "sign")}
    bridge = CrossScriptBridge(glossary, lambda chars: [PINYIN.get(c, c) for c in chars])
    assert "download" in bridge.terms(normalize("Sora手机版xz装上就能用"))
    assert "register" in bridge.terms(normalize("Sora现在zc一下就能用"))
    # only in a text with Chinese characters: an English post's "xz" stays a token of its own
    assert bridge.terms(normalize("grab the xz archive")) == []


def test_digit_for_letter_swaps_glued_to_chinese_text_are_undone() -> None:
    # Chinese has no spaces: "S0ra已经开源" is the token "s0ra" followed by Han characters
    assert normalize("S0ra已经开源了") == "sora已经开源了"
    assert normalize("听说5ora要收费") == "听说sora要收费"
    # amounts and units next to Chinese stay as written
    assert normalize("只要99元") == "只要99元"
    assert normalize("4k画质") == "4k画质"


def test_the_ideographic_zero_inside_a_latin_word_is_a_letter() -> None:
    assert normalize("S〇RA提示词大礼包") == "sora提示词大礼包"
    assert normalize("二〇二四年") == "二〇二四年"  # a Chinese year keeps its zero


def test_chinese_numbers_of_time_and_thousands_meet_the_english_words() -> None:
    terms = toy_bridge().terms(normalize("红利期只有三个月，有人一天赚三千多"))
    assert {"three", "month", "one", "day", "thousand"} <= set(terms)
    assert {"24", "hour"} <= set(toy_bridge().terms("二十四小时内出片"))
    assert "month" not in toy_bridge().terms("发明")  # no numeral, no unit word


def test_the_universitys_short_names_are_read_as_the_university() -> None:
    raw = parse_cedict(
        [
            "上交 上交 [shang4 jiao1] /to hand over to/to give to higher authority/",
            "上海交通大學 上海交通大学 [Shang4 hai3 Jiao1 tong1 Da4 xue2] /Shanghai Jiao Tong University/",
        ]
    )
    bridge = CrossScriptBridge(Glossary(raw), lambda chars: list(chars))
    terms = bridge.terms("上交大毕业的天才")
    assert {"shanghai", "jiao", "tong", "university"} <= set(terms)
    assert "authority" not in terms


def test_a_name_after_other_unknown_characters_is_still_read_as_a_name() -> None:
    bridge = CrossScriptBridge(GLOSSARY, lambda chars: [{**PINYIN, "叫": "jiao"}.get(c, c) for c in chars])
    terms = bridge.terms("叫谢赛宁")  # 叫: "called", not a surname
    assert "xie" in terms
    assert "saining" in terms
