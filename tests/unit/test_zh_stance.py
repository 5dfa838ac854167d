"""Chinese warnings and debunks that carry no explicit "辟谣 / 骗局" word: a warning addressed to buyers, a
"save your money" post, the scam's mechanics told from outside; and the ads that must not read as one."""

from __future__ import annotations

import pytest

from monitor.core.matching import Hit, MatchPolicy, decide
from monitor.core.models import Template
from monitor.core.text import analyze


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("在网上买Sora提示词文档的注意了，就是把公开文章拼凑起来卖钱", "warning"),
        ("提醒大家，Sora账号出租都是先收钱后失联", "warning"),
        ("买Sora课程之前留个心眼，小心别被骗", "warning"),
        ("别花这冤枉钱买Sora提示词了", "refuse"),
        ("所谓Sora导演群就是收智商税，遇到直接拉黑", "refuse"),
        ("所谓的AI电影试镜群，进去就是让你再发展下线拉人头", "scam"),
        ("这些Sora大师赚的不是视频的钱，是卖课的钱", "scam"),
        ("邻居阿姨在群里买了Sora课，第二天就被骗走五百块", "scam"),
        ("这份Sora知识文档就是东拼西凑的网上文章", "debunk"),
        ("刷屏的“Sora大片”原来是某纪录片里的实拍镜头", "debunk"),
    ],
)
def test_chinese_warnings_without_an_explicit_stance_word_are_read(text: str, kind: str) -> None:
    assert kind in analyze(text).stance


@pytest.mark.parametrize(
    "text",
    [
        "Sora课程只要九十九元，学会AI视频先人一步",
        "温馨提醒：名额有限，Sora课程99元，扫码报名",  # an ad's "reminder" is no warning
        "真的假的？听说Sora开源了，权重和代码都在GitHub上",  # "is it true?" asks, it does not debunk
        "Sora是千载难逢的赚钱窗口，三个月后机会就没了，赶紧加入",
        "Sora其实是中国科学家做出来的，背后的团队大多是中国人",  # 其实是 without filming words
        "出售Sora API key，付款后马上发货",
    ],
)
def test_claims_and_ads_carry_no_chinese_stance_cue(text: str) -> None:
    assert not analyze(text).stance


def test_a_seller_vouching_against_leek_cutting_is_not_a_warning() -> None:
    """ "不割韭菜" in a post that sells is the scammer's own disclaimer: its cues are not read."""
    post = analyze("Sora课程只要99元，不割韭菜，扫码进群")
    assert post.vouches and "scam" not in post.stance


def test_a_chinese_warning_about_buyers_stops_a_scam_alert() -> None:
    template = Template(
        id="pack",
        category="scam",
        severity="high",
        text="Buy our Sora prompt pack and knowledge document; pay to get the doc link and join the group.",
    )
    hits = [Hit("pack", "text", 0, template.text, 0.95)]
    ad = "出售Sora提示词包和知识文档，付款发文档链接再拉群"
    warning = "在网上买Sora提示词文档的注意了，就是把公开文章拼凑起来卖钱，别花这冤枉钱"
    assert decide("ad", ad, hits, {"pack": template}, MatchPolicy()).matched
    stopped = decide("warn", warning, hits, {"pack": template}, MatchPolicy())
    assert not stopped.matched and stopped.suppressed_by == "stance"
