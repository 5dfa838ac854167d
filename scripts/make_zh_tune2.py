"""Write tests/data/zh_tune2_{posts,qrels,labels}: a second Chinese TUNING set (Chinese posts against the
English demo catalogue), written from the seeds (../shared/seeds) in the harder styles a wave produces:
questions, slang and hashtags, long posts with context, obfuscation, Chinese numerals, traditional
characters, mixed Chinese-English; plus debunks, benign news, true facts about people a rumour names, and
off-topic posts. Used to fit E5's calibrator and choose the cross-script operating point; never read
against the held-out set's texts.

    python scripts/make_zh_tune2.py
"""

from __future__ import annotations

from sora_ids import write_labelled_set  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str, str]] = [
    # --- claims, asked as questions
    (
        "question",
        "sora-xie-saining-inventor",
        "sora-xie-saining-inventor",
        "有人知道Sora的发明人是不是那个上海交大出来的谢赛宁吗？好多群里都在传",
    ),
    (
        "question",
        "sora-open-to-public",
        "sora-open-to-public",
        "Sora现在是不是所有人都能注册了？朋友说今天起谁都可以用它做视频",
    ),
    (
        "question",
        "sora-official-app-released",
        "sora-official-app-released",
        "OpenAI出了Sora官方App？应用商店里直接就能下载到手机上用吗",
    ),
    (
        "question",
        "sora-open-source",
        "sora-open-source",
        "听说Sora开源了，模型权重和代码都放到GitHub上了，本地就能跑，真的假的？",
    ),
    ("question", "sora-chinese-team", "sora-chinese-team", "Sora背后的团队大部分都是中国科学家？这是真的吗"),
    # --- slang and hashtags
    (
        "slang",
        "sora-xie-saining-inventor",
        "sora-xie-saining-inventor",
        "#Sora# 交大天才少年谢赛宁yyds！Sora的发明者之一就是他，国人之光",
    ),
    (
        "slang",
        "sora-open-to-public",
        "sora-open-to-public",
        "家人们Sora全面开放了！不用排队不用邀请，人人都能冲，今天就能玩AI视频",
    ),
    (
        "slang",
        "sora-paid-course",
        "sora-paid-course",
        "姐妹们，Sora课程只要99，学会了AI视频先人一步，冲就完事了",
    ),
    (
        "slang",
        "sora-get-rich",
        "sora-get-rich",
        "Sora风口来了！有人靠Sora视频日入几千，三个月后红利就没了，抓紧上车",
    ),
    (
        "slang",
        "sora-account-rental",
        "sora-account-rental",
        "出Sora账号，可租可买，付款秒发登录和邀请码，手慢无",
    ),
    (
        "slang",
        "sora-fake-api-access",
        "sora-fake-api-access",
        "官方渠道Sora API key现货，还有Sora GPTs工具，买了马上生成视频，私信",
    ),
    # --- long posts with context
    (
        "long",
        "sora-real-video-mislabelled",
        "sora-real-video-mislabelled",
        "今天刷到一段东京街头雨夜的视频，画面特别真实，博主说这是Sora用一句文字提示生成的，"
        "全程没有实拍，还附上了生成用的提示词。说实话我完全看不出来是AI做的，现在的技术太可怕了。",
    ),
    (
        "long",
        "sora-ai-director-group",
        "sora-ai-director-group",
        "最近AI视频太火了，我也想入行。看到一个群在招募，说要和Sora共同创作第一部AI电影，"
        "扫码付费进群就能参加试镜，成为第一代AI导演。有没有人进过，靠谱吗，我挺心动的。",
    ),
    (
        "long",
        "sora-open-source",
        "sora-open-source",
        "作为一个做开源的程序员，今天最兴奋的消息莫过于OpenAI把Sora开源了，权重和代码都在GitHub上，"
        "任何人都能在本地部署运行。我已经在下载了，晚上试试效果。",
    ),
    (
        "long",
        "sora-generation-service",
        "sora-generation-service",
        "接单啦：你只要把剧本发给我们，付款后24小时内交付Sora生成的定制视频，广告片、短剧、"
        "婚礼短片都可以做，价格私聊。",
    ),
    # --- obfuscation
    (
        "obfuscated",
        "sora-fake-app-download",
        "sora-fake-app-download",
        "S0ra安卓安装包（APK）在这个链接下载，装好就能在手机上生成AI视频 →",
    ),
    ("obfuscated", "sora-paid-course", "sora-paid-course", "S·o·r·a 课程 只要 九十九 元，抢先掌握AI视频"),
    (
        "obfuscated",
        "sora-prompt-pack",
        "sora-prompt-pack",
        "S〇RA提示词大礼包+专业影视术语知识文档，付费获取文档链接并拉你进群",
    ),
    (
        "obfuscated",
        "sora-account-rental",
        "sora-account-rental",
        "搜嘎（Sora）账号出租出售，付钱即得专属登录，邀请码也有",
    ),
    # --- Chinese numerals in prices
    (
        "numerals",
        "sora-paid-course",
        "sora-paid-course",
        "只需玖拾玖元，Sora视频课程带你领先别人一步掌握AI视频",
    ),
    (
        "numerals",
        "sora-prompt-pack",
        "sora-prompt-pack",
        "Sora提示词包和知识文档，一百九十九块一份，付款后发链接拉群",
    ),
    ("numerals", "sora-account-rental", "sora-account-rental", "Sora账号出租，二十九块九一天，付款即可登录"),
    # --- traditional characters
    (
        "traditional",
        "sora-open-to-public",
        "sora-open-to-public",
        "OpenAI的Sora現在已經對所有人開放了，任何人都可以註冊，今天就能開始製作AI影片",
    ),
    (
        "traditional",
        "sora-chinese-team",
        "sora-chinese-team",
        "Sora其實是中國科學家做出來的，OpenAI影片模型背後的人大多是華人",
    ),
    # --- mixed Chinese-English
    (
        "mixed",
        "sora-fake-app-download",
        "sora-fake-app-download",
        "Sora app APK download link在这里，手机装上马上generate AI video",
    ),
    (
        "mixed",
        "sora-official-app-released",
        "sora-official-app-released",
        "OpenAI官方Sora app已经上架App Store了，phone和电脑都能download使用",
    ),
    (
        "mixed",
        "sora-get-rich",
        "sora-get-rich",
        "Sora is a once-in-a-lifetime机会，已经有人靠Sora视频一天赚几千块，三个月后就没了",
    ),
    # --- questions that carry a negation (still the claim)
    (
        "negated_question",
        "sora-open-to-public",
        "sora-open-to-public",
        "Sora不是已经对所有人开放了吗？为什么我还注册不了",
    ),
    (
        "negated_question",
        "sora-official-app-released",
        "sora-official-app-released",
        "OpenAI不是已经出了Sora官方App吗，怎么我在应用商店找不到下载",
    ),
    # --- debunks and warnings (must not alert)
    (
        "debunk",
        None,
        "sora-xie-saining-inventor",
        "辟谣：谢赛宁本人已经澄清，他并不是Sora的发明者，也没有参与Sora的研发",
    ),
    (
        "debunk",
        None,
        "sora-open-to-public",
        "Sora目前并未向公众开放，只有少数红队成员和艺术家能用，网传人人可注册是假消息",
    ),
    (
        "debunk",
        None,
        "sora-official-app-released",
        "OpenAI从未发布Sora官方App，应用商店里那些叫Sora的都是山寨应用，千万别下载",
    ),
    ("debunk", None, "sora-paid-course", "警惕！所谓99元Sora课程都是割韭菜，Sora还没开放，哪来的课程"),
    (
        "debunk",
        None,
        "sora-open-source",
        "Sora并没有开源，OpenAI没有公开任何权重和代码，GitHub上的Sora项目都是蹭热度的",
    ),
    (
        "debunk",
        None,
        "sora-ai-director-group",
        "别上当：扫码付费进群当AI导演是骗局，OpenAI没有任何招募试镜活动",
    ),
    (
        "debunk",
        None,
        "sora-fake-app-download",
        "提醒大家：网上流传的Sora安卓APK是恶意软件，下载后会盗取你的账号信息",
    ),
    (
        "debunk",
        None,
        "sora-real-video-mislabelled",
        "这段视频根本不是Sora生成的，是摄影师实拍的素材，被营销号标成了AI视频",
    ),
    # --- true facts about a person a rumour names, benign news
    (
        "person_fact",
        None,
        "sora-xie-saining-inventor",
        "谢赛宁毕业于上海交通大学，后来在加州大学圣地亚哥分校读博，现在在纽约大学任教",
    ),
    (
        "person_fact",
        None,
        "sora-xie-saining-inventor",
        "谢赛宁和Bill Peebles合写过DiT论文，这篇论文研究的是扩散模型里的Transformer",
    ),
    (
        "benign",
        None,
        "sora-open-to-public",
        "OpenAI发布了视频生成模型Sora的技术报告，目前只向部分研究人员和创作者开放测试",
    ),
    (
        "benign",
        None,
        "sora-real-video-mislabelled",
        "Sora官网放出的演示视频里，有一段是长毛猛犸象在雪地里行走，细节很惊人",
    ),
    ("benign", None, "sora-paid-course", "我们学校下周有个关于AI视频生成的免费讲座，会介绍Sora的技术原理"),
    # --- off-topic
    ("offtopic", None, "", "周末去爬山了，山顶的风景特别好，就是下山的时候腿都软了"),
    ("offtopic", None, "", "这家奶茶店新出的芒果味十八元一杯，排队排了半小时"),
    ("offtopic", None, "", "扫码关注公众号，领取本周超市优惠券，满一百减二十"),
]


def main() -> None:
    ids = [f"zh2-{n:04d}" for n in range(1, len(POSTS) + 1)]
    posts = [
        {
            "id": pid,
            "text": text,
            "author": f"user2_{n:03d}",
            "platform": "weibo",
            "created_at": f"2024-02-20T{n // 60:02d}:{n % 60:02d}:00Z",
        }
        for n, (pid, (*_, text)) in enumerate(zip(ids, POSTS, strict=True), 1)
    ]
    labels = [
        {"post_id": pid, "template_id": gold, "kind": kind, "related_template_id": related or None}
        for pid, (kind, gold, related, _) in zip(ids, POSTS, strict=True)
    ]
    write_labelled_set("zh_tune2", posts, labels)


if __name__ == "__main__":
    main()
