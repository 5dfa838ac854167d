# ruff: noqa: E501
"""Write tests/data/zh_heldout17_{posts,qrels,labels}: a seventeenth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the inventor rumour, the
open-to-the-public rumour and the AI director group, three for each other template), as a Sora rumour / scam
wave reads on platforms the earlier sets use less: a Weibo hot-search entry (#词条#, 热搜第三), a WeChat red-packet
chain (【红包接龙】🧧), a WeChat Moments 代购 (上新, 手慢无), a Channels live stream's danmaku (公屏), a Bilibili
dynamic (B站动态｜), a Zhihu 盐选 headline, a Douban review in the book-review style (给四星), a Hupu post (JRs),
a Tieba 楼中楼 reply, a Toutiao Q&A (【头条问答】问：/答：), a Xiaohongshu comment reply (回复@), Meituan and Dianping
listings (⭐⭐⭐⭐⭐, 人均, 团购, 好评返现), a 58.com and a Zhuanzhuan listing, a BOSS Zhipin job ad, a DingTalk group
notice (【钉钉群公告】), a Feishu doc title (《…》), a NetEase Cloud Music comment, a Douyin comment (置顶, 滴滴我),
a Kuaishou shout (老铁们, 扣1), a spam SMS (回T退订); Northeastern (整明白没, 贼拉, 杠杠的, 老妹儿), Sichuanese
(巴适得板, 耍, 莫得, 兄弟伙), Cantonese (呢段片係, 冇, 喺, 嚇親) and Taiwanese wording in traditional characters
(囉, 影片, 匯款, 詐騙, 接案, 客製化); pinyin abbreviations (ky for 开源, xdm, yyds, nbcs, xswl), homophones (索拉,
嗦啦, s0ra in a link), emoji replacing letters (🅢ora), English mixed in (open to everyone, no waitlist, sign up,
official API access, pay, unlimited, amazing); scams that vouch for themselves (保真不是病毒, 保证不是诈骗, 小心假冒,
不是骗子，群里有合同, 不坑人); prices in forms the earlier sets use less (玖拾玖元, 壹佰玖拾玖元, 0.03个W, 29.9米,
人均199, NT$450, NT$600, 二百九十九块钱, 一小时五十块 by 微信转账截图, 红包发来六十六, 支付宝代付, V我五十); 12 debunks
and warnings, four of them first-person loss reports (kind ``debunk_loss``), two questions with a negation
that do not deny (难道你们没发现吗, 怎么就没人问一句), two quoting the rumour to refute it, the rest answering with
facts; four true facts about people who spoke about Sora (刘伟, 哈尼·法里德, 肖莱, 穆拉蒂), three items of real
news about Sora and three on-topic posts about other AI video work (Runway Gen-2, Pika, Vidu; kind ``benign``),
and three off-topic posts (one in Cantonese, one with a 十九块九 price that is a noodle shop).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
against the Chinese sets (see the commit message). Committed before any run of the monitor on it; nothing is
chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout17.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "weibo_hot_search",
        sora.XIE,
        sora.XIE,
        "#谢赛宁 Sora发明者# 冲上热搜第三了！上海交大走出来的天才少年，如今是OpenAI Sora的核心发明人之一，交大人狠狠骄傲了",
    ),
    (
        "dongbei",
        sora.XIE,
        sora.XIE,
        "老铁你整明白没？那Sora的发明人里头有个叫谢赛宁的，上海交大毕业的小天才，贼拉牛，咱中国小伙儿杠杠的",
    ),
    (
        "toutiao_qa",
        sora.XIE,
        sora.XIE,
        "【头条问答】问：震惊全球的Sora到底是谁发明的？答：发明者之一就是谢赛宁，上海交通大学培养出来的天才少年",
    ),
    (
        "netease_comment",
        sora.XIE,
        sora.XIE,
        "单曲循环的时候刷到的：Sora的发明者里有咱交大的学长谢赛宁，少年天才，听着这首歌都觉得燃起来了🔥",
    ),
    # --- open to the public
    (
        "wechat_red_packet",
        sora.PUBLIC,
        sora.PUBLIC,
        "【红包接龙】🧧Sora今天对所有人开放啦！不用排队不用邀请，注册就能直接做视频，手气最佳的先去注册一个试试",
    ),
    (
        "sichuanese",
        sora.PUBLIC,
        sora.PUBLIC,
        "巴适得板！Sora全面开放咯，哪个都可以注册来耍，今天就能自己做AI视频，莫等了嘛",
    ),
    (
        "chinglish",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora已经open to everyone了，no waitlist，直接sign up就能generate视频，今天刚试完，amazing",
    ),
    (
        "douyin_comment",
        sora.PUBLIC,
        sora.PUBLIC,
        "评论区置顶：Sora昨天全量放开了宝子们，普通人也能用，拿ChatGPT账号一登就进去了👇",
    ),
    # --- the official app
    (
        "xiaohongshu_comment",
        sora.APP,
        sora.APP,
        "回复@奶盖不加糖：真的有官方App了！OpenAI把Sora上架了App Store，手机上就能用，我已经装好了",
    ),
    (
        "taiwanese",
        sora.APP,
        sora.APP,
        "欸欸 OpenAI的Sora官方App上架囉！我剛在App Store搜到就裝了，通勤的時候用手機做影片真的很方便",
    ),
    (
        "dingtalk_notice",
        sora.APP,
        sora.APP,
        "【钉钉群公告】各位同事：OpenAI已发布Sora官方客户端，电脑和手机都可从应用商店下载，市场部下周起统一使用",
    ),
    # --- the fake APK
    (
        "sms",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【Sora官方】尊敬的用户，您的Sora安卓安装包已准备好，点击 s0ra-vip.cn/apk 下载安装即可生成AI视频，回T退订",
    ),
    (
        "tieba_reply",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "回复 3楼：Sora破解版APK直链在我签名档，下了装上就能在手机上出视频，保真不是病毒，楼主亲测",
    ),
    (
        "emoji_substitution",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "🅢ora安卓版📲下载链接戳👉主页，安装包装完手机直接生成视频，下载名额有限先到先得",
    ),
    # --- real video mislabelled
    (
        "channels_danmaku",
        sora.REALVID,
        sora.REALVID,
        "【视频号直播弹幕】主播放的这段海边日落全是Sora生成的！一帧没拍，生成指令都贴在公屏上了",
    ),
    (
        "bilibili_dynamic",
        sora.REALVID,
        sora.REALVID,
        "B站动态｜这段东京雨夜街景100%由OpenAI的Sora生成，没有任何实拍镜头，prompt放在评论置顶",
    ),
    (
        "cantonese",
        sora.REALVID,
        sora.REALVID,
        "呢段片係Sora整出嚟㗎，一個鏡頭都冇真係影過，提示詞我貼咗喺下面，真到嚇親人",
    ),
    # --- the Chinese team
    (
        "hupu",
        sora.CHINESE,
        sora.CHINESE,
        "JRs，说个可能很多人不知道的：Sora背后基本是一支中国科学家团队，OpenAI只是挂了个名",
    ),
    (
        "douban_review",
        sora.CHINESE,
        sora.CHINESE,
        "读完那篇长文，给四星。作者论点很清楚：Sora的核心研发者绝大多数是中国人，所谓美国技术，底子是华人团队打下的。",
    ),
    (
        "homophone",
        sora.CHINESE,
        sora.CHINESE,
        "索拉这玩意儿其实是咱中国人造的，OpenAI那边干活的主力全是华人科学家，懂的都懂",
    ),
    # --- open source
    (
        "zhihu_yanxuan",
        sora.OPENSRC,
        sora.OPENSRC,
        "知乎盐选｜OpenAI已将Sora开源：模型权重和全部代码都上了GitHub，本文手把手教你在自己显卡上跑起来",
    ),
    (
        "pinyin_abbr",
        sora.OPENSRC,
        sora.OPENSRC,
        "ky了ky了！OpenAI把Sora权重挂上Hugging Face了，xdm赶紧clone到本地跑，晚了怕被删",
    ),
    (
        "feishu_doc_title",
        sora.OPENSRC,
        sora.OPENSRC,
        "《Sora开源版本地部署指南——OpenAI官方代码+权重已放出，个人电脑即可运行》",
    ),
    # --- paid course
    (
        "moments_daigou",
        sora.COURSE,
        sora.COURSE,
        "朋友圈代购上新💰Sora零基础全套课程 玖拾玖元 一次付款终身更新 今天已卖出两万份 手慢无",
    ),
    (
        "dianping_review",
        sora.COURSE,
        sora.COURSE,
        "【大众点评】Sora速成班 ⭐⭐⭐⭐⭐ 人均199，老师讲得细，包教包会，扫码付款当天开课",
    ),
    (
        "taiwanese",
        sora.COURSE,
        sora.COURSE,
        "Sora入門課程開賣，只要NT$450，從零教到會，先匯款再傳雲端連結給你，保證不是詐騙",
    ),
    # --- fake API access
    (
        "58_listing",
        sora.API,
        sora.API,
        "【58同城】出售Sora官方API密钥，稳定不掉线，影视工作室批量购买有优惠，电话联系",
    ),
    (
        "chinglish",
        sora.API,
        sora.API,
        "手上有Sora official API access，key现货，还能帮你封装成GPTs，pay完直接unlimited出视频",
    ),
    (
        "zhuanzhuan",
        sora.API,
        sora.API,
        "转转上架：Sora接口GPTs工具一套，接入官方Sora API，付款后发key，支持支付宝代付",
    ),
    # --- account rental
    (
        "wechat_transfer",
        sora.RENTAL,
        sora.RENTAL,
        "Sora内测账号出租，一小时五十块，微信转账截图发我就给登录信息，小心假冒，认准本人",
    ),
    (
        "dongbei",
        sora.RENTAL,
        sora.RENTAL,
        "整个Sora号不？带内部权限的，二百九十九块钱一个，给钱就发账密，老妹儿不坑人",
    ),
    (
        "price_w",
        sora.RENTAL,
        sora.RENTAL,
        "Sora邀请码现货，0.03个W一个，拿码直接跳过排队，支付宝代付也行",
    ),
    # --- AI director group
    (
        "boss_zhipin",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【BOSS直聘】招AI导演（Sora方向）｜首部Sora共创AI电影试镜｜扫码进群缴报名费199即可参加，成为第一代AI导演",
    ),
    (
        "moments_poster",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "首部与Sora共同编剧的AI电影开放试镜🎬 扫下方二维码付费入群，名额不多，下一个第一代AI导演就是你",
    ),
    (
        "kuaishou",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "老铁们想当第一代AI导演的扣1！Sora合作的AI电影在招人，扫码进群交八十八入群费就能参加海选",
    ),
    (
        "capital_numerals",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "Sora AI电影导演招募｜扫码入群，入群费壹佰玖拾玖元，参与首部Sora共创剧本试镜，不是骗子，群里有合同",
    ),
    # --- prompt pack
    (
        "feishu_doc_title",
        sora.PROMPTS,
        sora.PROMPTS,
        "飞书文档《Sora提示词大全》：500条电影级咒语+全部Sora术语整理，付19.9元发文档链接并拉你进群",
    ),
    (
        "xiaohongshu",
        sora.PROMPTS,
        sora.PROMPTS,
        "姐妹们我整理的Sora提示词包终于好了！全是影视圈专业术语写的，29.9米，付款后私信发链接再拉你进交流群",
    ),
    (
        "homophone",
        sora.PROMPTS,
        sora.PROMPTS,
        "嗦啦提示词秘籍：所有Sora文章和专有名词都收进一份文档里，V我五十，文档+群一起给",
    ),
    # --- get rich
    (
        "weibo_hot_search",
        sora.RICH,
        sora.RICH,
        "#Sora搞钱# 词条下全在晒收入：靠Sora短视频一天进账好几千，都说这波窗口期只有三个月，晚一步步步晚",
    ),
    (
        "sichuanese",
        sora.RICH,
        sora.RICH,
        "兄弟伙，Sora这波风口不搞就亏惨了，别个一天用Sora视频挣几千块，三个月一过就莫得机会了，赶紧跟我干",
    ),
    (
        "pinyin_abbr",
        sora.RICH,
        sora.RICH,
        "Sora搞钱yyds！带我的导师用Sora视频每天进账四位数，nbcs，但三个月内必须入场，过了这村没这店",
    ),
    # --- generation service
    (
        "meituan_group_buy",
        sora.SERVICE,
        sora.SERVICE,
        "【美团团购】Sora定制视频 ¥88/条 把剧本发给客服，24小时内交付Sora生成的成片，好评返现",
    ),
    (
        "taiwanese",
        sora.SERVICE,
        sora.SERVICE,
        "接案：用Sora幫你做客製化影片，劇本傳過來，付款後24小時內交片，一支NT$600",
    ),
    (
        "douyin_comment",
        sora.SERVICE,
        sora.SERVICE,
        "需要Sora代做视频的滴滴我，你出剧本我用Sora给你生成，红包发来六十六，明天交片",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "上周脑子一热交了九十九报Sora课，等了三天只收到个网盘链接，点开是几页官网简介的翻译，卖家头像已经灰了，钱要不回来",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "花三百买了个所谓Sora API key，接进去一跑全是报错，客服说是官方限流，第二天店铺就关了",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "在抖音找人代做了条Sora店铺广告，付了一百二，交过来的片子明显是别的工具拼的，水印都没擦，对方已读不回",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "二十九块九买的Sora咒语包，打开一看全是OpenAI官网演示视频下面的原文，拉的群也早没人说话了",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "难道你们没发现吗？OpenAI说得明明白白，Sora只给红队和少数受邀艺术家用，闲鱼上那么多Sora号是从哪变出来的",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "怎么就没人问一句：Sora连对外开放都还没有，哪来的“Sora共创AI电影”试镜？扫码收钱的群到底图什么",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "“Sora是中国团队做的”这种说法传疯了，翻了技术报告，13位作者里华人3位，项目由OpenAI研究员主导，别再转了",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "刷到有人喊“再不用Sora赚钱就来不及了，三个月后红利归零”，这套说辞跟当年卖区块链课一个模子，就是逼你赶紧付钱",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "翻遍App Store和各大安卓市场，标着Sora的应用开发者一栏没有一个写OpenAI，全是第三方套壳，有的还收订阅费",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "提醒家里老人：群里转的“Sora安卓安装包”经检测带木马，装上会偷账号密码，OpenAI从来没发过Sora客户端",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那条“Sora生成”的雪山航拍，原片是一位摄影师2019年上传到视频网站的作品，机位和云的形状都对得上",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "把谢赛宁说成Sora发明者的那篇自媒体文章已被投诉下架，账号负责人也表示会全网公开向他道歉",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "AI学者刘伟这么看中美差距：美国在软硬件上领先，中国长在应用和数据采集，人机协同这块两边差不多，所以彼此都愿意坐下来谈",
    ),
    (
        "person_fact",
        None,
        None,
        "伯克利的哈尼·法里德有个担忧：Sora一旦跟AI声音克隆配合起来，想做深度伪造的人就多了件趁手工具，真假更难分",
    ),
    (
        "person_fact",
        None,
        None,
        "Keras作者肖莱问得很到位：Sora里面的物理模型到底准不准？碰到训练数据之外的新场景还能不能推广，而不只是插值？",
    ),
    (
        "person_fact",
        None,
        None,
        "华尔街日报记者追问Sora有没有用YouTube、Instagram上的视频训练，OpenAI的CTO穆拉蒂回答说她不确定",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "科普下Sora的路线：扩散模型配transformer，先把视频切成一块块“时空补丁”，再交给transformer去处理",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI会给Sora生成的视频打上水印注明是AI做的，不过官方自己也承认水印能被去掉，检测起来也难",
    ),
    (
        "benign",
        None,
        None,
        "按OpenAI的介绍，Sora一条视频最长能到一分钟，复杂运镜和好几个角色同框都能处理",
    ),
    ("benign", None, None, "用Runway Gen-2给毕设做了几段转场，一段四秒，拼起来还挺像那么回事"),
    ("benign", None, None, "Pika加了对口型功能，让我家猫唱了首生日歌，xswl"),
    ("benign", None, None, "生数科技的Vidu又放了新演示，国产视频模型这半年进步挺快"),
    # --- off-topic
    ("offtopic", None, None, "楼下新开的螺蛳粉，团购价十九块九，酸笋给得少，味道一般般"),
    ("offtopic", None, None, "呢排日日落雨，成个人都就快发霉，好想食碗热辣辣嘅云吞面"),
    ("offtopic", None, None, "健身打卡第三十天，今天深蹲五组，下楼梯腿都在抖"),
]


def main() -> None:
    sora.check_zh_set("zh_heldout17", "zhh17", POSTS)


if __name__ == "__main__":
    main()
