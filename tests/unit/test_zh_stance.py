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
        # idle bragging and hearsay: "that is just bragging", "it is all hearsay"
        ("说Sora是中国团队做的，那是瞎吹", "debunk"),
        ("说Sora已经全面开放的都是瞎传，官网还只给内测用户用", "debunk"),
        # idle talk in Xinjiang speech (胡喧), and "don't listen to them" (scripts/round31_mends.py, z9)
        ("说Sora是中国团队做出来的，都是胡喧呢", "debunk"),
        ("别听那些卖课的，官网都写着呢", "warning"),
        # paid, and what came of it, a few characters after 结果
        ("我交了三千八进了所谓的训练营，结果里面只有几节录屏", "loss"),
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


# --- first-person loss reports: a victim telling the money is gone warns, it does not sell


@pytest.mark.parametrize(
    "text",
    [
        "上个月在群里买了Sora会员号，用了两天就登不上，钱也要不回来",
        "报了那个Sora速成班，老师讲的全是网上的免费内容，申请退款无门",
        "表哥点开所谓的Sora下载页，支付宝里的钱被转走了三千",
        "交了两百块进Sora创作营，结果就是每天转发广告",
        "买完Sora邀请码，卖家直接跑路了",
        "Sora的提示词包买完才发现是机翻的，真后悔",
        "付了定金让人用Sora做宣传片，等了一周对方联系不上了",
        "几十块钱白花了，那份Sora秘籍就三页纸",
        "找人用Sora做视频付了两百，收到的是网上素材拼的",  # paid for one thing, got another
        "Sora原片一直没给，问客服要就不回了",  # the seller went quiet
        "租了个Sora内测号，登进去根本没有Sora，回头再找卖家，对方账号已注销",  # the seller's account deleted
    ],
)
def test_a_first_person_loss_report_reads_as_a_loss(text: str) -> None:
    assert "loss" in analyze(text).stance


@pytest.mark.parametrize(
    "text",
    [
        "Sora是千载难逢的赚钱窗口，三个月后机会就没了",  # a deadline, no money lost
        "Sora课早学早赚，别等别人都会了才后悔",  # an ad's regret is the reader's future one
        "九十九元的Sora课，买了不后悔",  # a negated regret
        "我交了九十九学Sora，结果一个月赚了两万",  # a testimonial: paid, then earned
        "今天买了Sora会员，明天开始做视频",
        "付了九十九，收到的是完整的Sora课程，很值",  # a testimonial: what arrived is what was paid for
    ],
)
def test_deadlines_testimonials_and_ads_are_no_loss(text: str) -> None:
    assert "loss" not in analyze(text).stance


@pytest.mark.parametrize(
    "text",
    [
        "别家的Sora课钱都白花了，我们的课九十九元，付款后立即发课程",
        "在别处买Sora账号被跑路了？找我们，秒发登录账号",
        "之前的群退款无门，我们的AI导演群扫码报名，名额有限",
    ],
)
def test_a_loss_told_inside_an_offer_is_not_read(text: str) -> None:
    """A scam telling of other sellers' victims still sells: the loss is its pitch, not a warning."""
    assert "loss" not in analyze(text).stance


def test_a_loss_report_stops_a_scam_alert_but_not_a_rumour_alert() -> None:
    course = Template(
        id="course",
        category="scam",
        severity="high",
        text="Pay just 99 yuan for our Sora course and master AI video before everyone else does.",
    )
    rumour = Template(
        id="public",
        category="rumour",
        severity="medium",
        text="OpenAI's Sora is now open to the public: anyone can sign up and start making AI videos today.",
    )
    templates = {"course": course, "public": rumour}
    scam_hits = [Hit("course", "text", 0, course.text, 0.95)]
    rumour_hits = [Hit("public", "text", 0, rumour.text, 0.95)]
    ad = "九十九元Sora课程，比别人先一步掌握AI视频"
    loss = "花了九十九报的Sora课程，就一份入门文档，钱就这么没了"
    assert decide("ad", ad, scam_hits, templates, MatchPolicy()).matched
    stopped = decide("loss", loss, scam_hits, templates, MatchPolicy())
    assert not stopped.matched and stopped.suppressed_by == "stance"
    # the same loss phrase in a post that repeats a rumour does not stop it: losses are told about scams
    claim = "Sora对所有人开放了，谁都能注册，我充的钱就这么没了"
    assert decide("claim", claim, rumour_hits, templates, MatchPolicy()).matched
    # and a scam that tells of other sellers' victims while selling is still the scam
    pitch = "别家的Sora课钱都白花了，我们的课九十九元，付款后立即发课程"
    assert decide("pitch", pitch, scam_hits, templates, MatchPolicy()).matched


@pytest.mark.parametrize(
    "text",
    [
        # a warning about copycats before "ours is the real one", in a post that links the download
        "警惕山寨Sora安装包，当心被骗！本店这个才是官方正版，点链接下载 sora-get.cn",
        # a download vouched for: tested, no virus (病毒 is a scam cue elsewhere)
        "Sora手机版安装包放网盘了，亲测可用无病毒，链接 pan-sora.cn/get",
    ],
)
def test_a_chinese_seller_vouching_for_the_download_is_not_a_warning(text: str) -> None:
    post = analyze(text)
    assert post.vouches and not post.stance


@pytest.mark.parametrize(
    "text",
    [
        # the seller's own claim and its swipe at the others, in a post that sells
        "Sora安装包¥129，拍下自动发货，本店为正版安装包，别家便宜的都带病毒",
        "Sora视频定制，转账截图发过来马上开工，全网唯一真Sora渠道，别家都是拿别的AI冒充的",
        # first hand, straight from the source; a swipe at the trade (only a seller speaks of its peers)
        "Sora接口Key每月¥30，京东白条也能付。别去那些套壳网站花冤枉钱，人家转一手还掺水，我这是直连源头",
        "Sora定制短视频，15秒¥166，剧本发客服即可下单。同行报价低的多半拿别家AI冒充，本店附生成记录",
    ],
)
def test_a_chinese_sellers_claim_to_be_the_only_real_one_is_a_vouch(text: str) -> None:
    post = analyze(text)
    assert post.vouches and not post.stance


def test_quotes_closed_before_a_vouch_mark_the_others_words_not_reported_speech() -> None:
    # "‘免费进群’" scare-quotes the competitors' line; the vouch after it is the seller's own
    post = analyze("扫码进群，入群费¥77，外面那些‘免费进群’的都是骗子，只有我们是正规剧组")
    assert post.vouches and not post.stance
    # a vouch inside an open quote is still someone else's words
    assert not analyze("他们的广告写着“只有我们是正规剧组”，扫码交了77元就被拉黑了").vouches


def test_a_chinese_warning_that_repeats_the_sellers_vouch_stays_a_warning() -> None:
    # nothing sold: the vouch is the seller's words, told by the victim
    post = analyze("卖家说亲测可用无病毒，结果装完手机就中了木马，大家千万别下载")
    assert {"warning", "scam"} <= post.stance
    # nor is a warning that names the trade, selling nothing
    post = analyze("同行都在拿别家AI冒充Sora卖视频，大家千万别信")
    assert "warning" in post.stance and not post.vouches


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("说Sora能下载到手机上的消息都是假的", "debunk"),  # a predicate: "is false"
        ("那个Sora内测邀请是假的，别转了", "debunk"),
        ("假的！OpenAI根本没发过这个", "debunk"),
        ("朋友圈里那些假的Sora课程千万别买", "fake"),  # before a noun: "fake courses"
        ("小心假的sora app", "fake"),
    ],
)
def test_chinese_false_as_a_predicate_debunks_before_a_noun_it_names_fakes(text: str, kind: str) -> None:
    post = analyze(text)
    assert kind in post.stance
    assert ({"debunk", "fake"} - {kind}).isdisjoint(post.stance)


@pytest.mark.parametrize("text", ["暑假的时候和家人去海边度假的照片", "下周请假的话记得提前说"])
def test_holiday_and_leave_are_no_false(text: str) -> None:
    # 度假 / 暑假 / 请假: the 假 of holidays and leave, not "false"
    assert not analyze(text).stance


@pytest.mark.parametrize(
    "text",
    [
        # fake copies named before "ours is the real one", the offer a call to click, with no price or link
        "外面山寨的Sora客户端一大堆，当心中招！我家这个才是官方原版，点链接下载就能用",
        # the offer a private message: "私我" (DM me)
        "别的群都是骗子，我们才是正规的Sora内测群，想进的私我",
        # "dd" (ping me) glued to Chinese text
        "其他群都是割韭菜的，本群才是正版资源，要的dd",
    ],
)
def test_a_chinese_vouch_with_an_offer_but_no_price_is_not_a_warning(text: str) -> None:
    post = analyze(text)
    assert post.vouches
    assert not post.stance


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Sora提示词合集整理好了，要的dd", "qr_or_group_invite"),
        ("Sora内测资格，想要的私我", "qr_or_group_invite"),
        ("Sora会员号出租，有需要的加我", "qr_or_group_invite"),
        ("Sora教程文档，付费后发你", "payment_ask"),
        ("支付成功后自动发送Sora账号", "payment_ask"),
    ],
)
def test_chinese_offers_without_a_price_carry_a_signal(text: str, signal: str) -> None:
    assert signal in analyze(text).signals.names()


def test_dd_is_a_signal_only_next_to_chinese_text() -> None:
    assert (
        "qr_or_group_invite"
        not in analyze("the dd drive in my old PC died, add dd to the list").signals.names()
    )


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI不是早就发布Sora安卓版了吗，应用商店一搜就有",  # 不是…吗: "hasn't it?", no mark needed
        "他不是在清华读的博嘛，大家都知道",
        "谁说Sora没开源，代码都放出来了",  # who says it isn't: it is
        "Sora难道没对普通用户开放",
    ],
)
def test_a_chinese_rhetorical_negated_question_is_no_negation(text: str) -> None:
    assert not analyze(text).negated_cjk


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sora没有对普通用户开放，别信", "对普通用户开放"),
        ("这事跟他没什么关系", "什么关系"),  # 什么 is no question particle
    ],
)
def test_a_chinese_negation_that_asks_nothing_is_kept(text: str, span: str) -> None:
    assert span in analyze(text).negated_cjk


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("sora课程99r，冲，名额不多了", 99.0),
        ("Sora教程9.9r包教包会", 9.9),
        ("整号三百元，拍下就发", 300.0),
        ("Sora课两百块，包更新", 200.0),
        ("提示词合集九块九", 9.9),
    ],
)
def test_chinese_prices_in_chat_shorthand_and_numerals(text: str, price: float) -> None:
    assert (price, "CNY") in analyze(text).signals.prices


def test_v_wo_is_a_contact_ask_and_r_is_no_price_outside_chinese_text() -> None:
    assert "qr_or_group_invite" in analyze("全网Sora资料都整理好了，想要的v我").signals.names()
    assert "qr_or_group_invite" not in analyze("Sora v2 is out, v3 next").signals.names()
    assert analyze("the 99r build of the Sora app is out").signals.prices == ()  # English: no yuan shorthand
    assert analyze("the r2d2 robot in a Sora clip").signals.prices == ()


@pytest.mark.parametrize(
    "text",
    [
        "说Sora已经开放注册的，能不能截个图看看？",  # asks the claimant to show it
        "说有官方安卓版的，麻烦把下载页贴出来？",
        "真开源了的话，为什么OpenAI官网一条公告都没有？",  # not one trace to be found
        "Sora上线了？那应用商店里怎么一个官方App都搜不到？",
        "说谢赛宁参与了Sora，证据呢？",  # asks for the evidence
        "网上都说Sora免费了，谁能证实一下？",
        "那些卖Sora账号的开发者你查过是谁吗？",
    ],
)
def test_chinese_questions_that_demand_proof_doubt_the_claim(text: str) -> None:
    assert "doubt" in analyze(text).stance


@pytest.mark.parametrize(
    "text",
    [
        "想要的私我？",  # a seller asks too
        "Sora开源了？",  # a question that spreads the rumour demands nothing
        "Sora不是已经开放了吗？",  # a negated question asks, it does not deny
        "谁有Sora邀请码？私我",
        "Sora内测号出售，需要截图的私聊",
        "Sora安装包，链接在评论区，怎么安装看置顶？",
        "为什么大家都在学Sora？因为三个月后机会就没了",  # asks why, demands nothing
    ],
)
def test_chinese_questions_without_a_demand_for_proof_are_no_doubt(text: str) -> None:
    assert "doubt" not in analyze(text).stance


def test_a_chinese_demand_for_proof_stops_a_rumour_alert() -> None:
    rumour = Template(
        id="public",
        category="rumour",
        severity="medium",
        text="OpenAI's Sora is now open to the public: anyone can sign up and start making AI videos today.",
    )
    hits = [Hit("public", "text", 0, rumour.text, 0.95)]
    claim = "Sora已经全面开放了？大家快去注册"
    doubt = "说Sora全面开放的，能不能截个注册页面看看？"
    assert decide("claim", claim, hits, {"public": rumour}, MatchPolicy()).matched
    stopped = decide("doubt", doubt, hits, {"public": rumour}, MatchPolicy())
    assert not stopped.matched
    assert stopped.suppressed_by == "stance"
