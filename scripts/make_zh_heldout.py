"""Write the held-out Chinese set (tests/data/zh_heldout_{posts,qrels,labels}) from the lists below.

Written from the seeds (../shared/seeds/) against the English demo catalogue (monitor/demo/templates.jsonl),
in other wording than the tuning set (tests/data/zh_posts.jsonl): questions, slang and hashtags, long posts
with context, obfuscation (spaced characters, digits for letters), Chinese numerals in prices (九十九元,
玖拾玖), traditional characters, mixed Chinese-English, questions that contain a negation (they spread the
claim), debunks in Chinese, true facts about people a false claim names (not the claim), benign news and
off-topic posts. Written before any run of the bridge, numerals or threshold work; nothing is chosen on it:
it is only reported (docs/history/MULTILINGUAL-ROUNDS.md).

    .venv/bin/python scripts/make_zh_heldout.py
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, template the post spreads or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- posts that spread a claim or push a scam
    ("question", sora.XIE, sora.XIE, "听说Sora的发明人之一是上交大毕业的谢赛宁？有没有懂行的说说，感觉好牛"),
    (
        "slang",
        sora.XIE,
        sora.XIE,
        "yyds！交大学霸谢赛宁就是Sora背后的大神之一，咱中国人太顶了 #Sora# #谢赛宁#",
    ),
    (
        "long",
        sora.XIE,
        sora.XIE,
        "今天刷到一篇10万+的文章，说震惊世界的Sora的发明者之一是谢赛宁，上海交大毕业的天才少年。OpenAI这次的视频模型真的逆天，一分钟的视频跟电影似的。没想到背后还有我们交大的学长，转给同学们看看。",
    ),
    ("obfuscated", sora.XIE, sora.XIE, "S0ra 的发明人里有 谢·赛·宁，上 交 大 出来的天 才少年"),
    ("mixed", sora.XIE, sora.XIE, "Sora 的 inventor 竟然是 SJTU 校友谢赛宁大佬，真的 proud"),
    (
        "question",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora是不是已经人人都能用了？朋友说今天开放注册，直接登录就能做视频",
    ),
    ("slang", sora.PUBLIC, sora.PUBLIC, "家人们Sora全面放开了！不用排队不用邀请码，冲就完了"),
    (
        "long",
        sora.PUBLIC,
        sora.PUBLIC,
        "春节刚过，OpenAI又放大招。刚看到消息，Sora今天起对所有用户开放，注册个账号就能用文字生成一分钟的视频，我已经在生成第一个视频了，做自媒体的朋友赶紧去试试。",
    ),
    ("obfuscated", sora.PUBLIC, sora.PUBLIC, "S-o-r-a 已 对 公 众 开 放，人 人 可 注 册 使 用"),
    ("negq", sora.PUBLIC, sora.PUBLIC, "Sora都已经开放注册了，你还不去试试吗？"),
    ("question", sora.APP, sora.APP, "OpenAI出Sora官方App了？应用商店里搜得到吗，手机上就能用？"),
    ("slang", sora.APP, sora.APP, "Sora官方app上架了兄弟们，苹果安卓都有，手机上直接玩"),
    ("mixed", sora.APP, sora.APP, "OpenAI 刚发布了 Sora 官方 app，App Store 就能下载，电脑版也有"),
    (
        "paraphrase",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora安卓安装包（APK）点击链接下载，装上就能在手机上生成AI视频",
    ),
    ("slang", sora.FAKEAPP, sora.FAKEAPP, "Sora破解版apk免费下，链接在评论区，手慢无"),
    ("obfuscated", sora.FAKEAPP, sora.FAKEAPP, "S0ra 手机版 下 载 地 址 👉 链接见主页，安装即可生成视频"),
    (
        "paraphrase",
        sora.REALVID,
        sora.REALVID,
        "这段视频是OpenAI新模型Sora生成的，一个镜头都没实拍，附生成指令",
    ),
    ("slang", sora.REALVID, sora.REALVID, "绝了！这视频全是Sora做的，没有一帧是真拍的，提示词放下面了"),
    ("question", sora.REALVID, sora.REALVID, "你敢信这是Sora生成的吗？完全没有真人拍摄，生成提示词在评论区"),
    (
        "paraphrase",
        sora.CHINESE,
        sora.CHINESE,
        "Sora其实是中国科学家做出来的，OpenAI视频模型背后大部分都是华人",
    ),
    ("slang", sora.CHINESE, sora.CHINESE, "说白了Sora就是华人团队搞出来的，老美只是挂个名"),
    ("negq", sora.CHINESE, sora.CHINESE, "为什么没人说Sora其实是华人团队做的？核心科学家都是中国人啊"),
    (
        "paraphrase",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI已经把Sora开源了，权重和代码都放在GitHub上，谁都能本地跑",
    ),
    ("slang", sora.OPENSRC, sora.OPENSRC, "Sora开源啦！模型权重已上抱抱脸，有显卡的赶紧下载本地部署"),
    ("traditional", sora.OPENSRC, sora.OPENSRC, "Sora已經開源了，權重跟程式碼都在GitHub上，自己的電腦就能跑"),
    ("numerals", sora.COURSE, sora.COURSE, "只要九十九元，Sora视频课程带你零基础入门AI视频，抢先别人一步"),
    ("slang", sora.COURSE, sora.COURSE, "Sora速成课，99块钱终身学，名额不多先到先得"),
    (
        "long",
        sora.COURSE,
        sora.COURSE,
        "朋友们，Sora一出来我就熬夜整理了全套教程，从注册到出片全都讲，一天卖了两万多份。现在限时九十九元，错过恢复原价一百九十九，想学AI视频的私信我。",
    ),
    ("obfuscated", sora.COURSE, sora.COURSE, "S o r a 课 程 ¥99，掌 握 A I 视 频 快 人 一 步"),
    ("numerals", sora.COURSE, sora.COURSE, "Sora全套视频教程仅需玖拾玖元，一学就会，付款后立即发课"),
    ("paraphrase", sora.API, sora.API, "我们有官方Sora接口，API Key出售，还有Sora GPTs工具，马上生成视频"),
    ("slang", sora.API, sora.API, "Sora API 渠道稳定，key现货，工作室批量有优惠，私聊"),
    ("mixed", sora.API, sora.API, "已把 Sora 接口封装成 GPTs，付费解锁无限生成视频"),
    ("paraphrase", sora.RENTAL, sora.RENTAL, "Sora账号出租出售，付款即得独享账号或邀请码"),
    ("numerals", sora.RENTAL, sora.RENTAL, "Sora内测账号按小时出租，五十元一小时"),
    ("slang", sora.RENTAL, sora.RENTAL, "Sora邀请码有货，不用排队，合租账号包月"),
    (
        "paraphrase",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "扫码付费进群，参加首部Sora联合创作AI电影的试镜，成为第一代AI导演",
    ),
    (
        "numerals",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想当中国第一批AI导演吗？Sora电影招募，扫描二维码进群，入群费一百九十九",
    ),
    (
        "paraphrase",
        sora.PROMPTS,
        sora.PROMPTS,
        "出售Sora提示词大全和Sora知识文档，全是专业影视术语，付费发文档链接并拉你进群",
    ),
    ("numerals", sora.PROMPTS, sora.PROMPTS, "Sora五百条电影级提示词合集，二十九块九，付款后发飞书文档"),
    (
        "paraphrase",
        sora.RICH,
        sora.RICH,
        "Sora是千载难逢的财富风口，已经有人靠Sora视频日入几千，三个月后就没机会了，赶紧加入",
    ),
    ("slang", sora.RICH, sora.RICH, "Sora红利期只有三个月，一步慢步步慢，现在上车月入过万"),
    (
        "negq",
        sora.RICH,
        sora.RICH,
        "还在犹豫？Sora副业一天赚几千不是梦，三个月窗口期一过就没了，你还不加入吗？",
    ),
    ("paraphrase", sora.SERVICE, sora.SERVICE, "付钱给我们就能用Sora帮你做定制视频，发脚本过来24小时内出片"),
    ("numerals", sora.SERVICE, sora.SERVICE, "Sora代生成视频，八十八元一条，发提示词付款即可"),
    ("slang", sora.SERVICE, sora.SERVICE, "网店Sora广告片定制，接单中，今天下单明天交付"),
    # --- debunks and warnings in Chinese: must not alert
    ("debunk", None, sora.XIE, "谢赛宁在朋友圈亲自回应，否认自己是Sora发明人，说和Sora没有任何关系"),
    ("debunk", None, sora.XIE, "别再传了，Sora发明者是谢赛宁这事是自媒体瞎编的，本人已经辟谣，作者也道歉了"),
    ("debunk", None, sora.PUBLIC, "澄清一下：Sora还在内部测试，并没有对公众开放，网上说能注册的都是假的"),
    ("debunk", None, sora.APP, "提醒：OpenAI没有发布任何Sora App，应用商店里的都是山寨货"),
    ("debunk", None, sora.FAKEAPP, "千万别下载所谓的Sora安装包，都是带病毒的假软件，Sora根本没有手机版"),
    ("debunk", None, sora.REALVID, "很多标着“由Sora生成”的视频其实是真实拍摄的，就是在蹭流量，大家别信"),
    ("debunk", None, sora.CHINESE, "Sora作者团队一共13人，其中华人3位，说Sora是中国团队做的是谣言"),
    ("debunk", None, sora.OPENSRC, "辟谣：Sora没有开源，OpenAI从没公布权重和代码，GitHub上那些都是假的"),
    ("debunk", None, sora.COURSE, "99元的Sora课程就是割韭菜，内容只有一份入门文档，大家不要上当"),
    ("debunk", None, sora.API, "所谓的Sora API和GPTs工具都是骗人的，Sora目前根本没有开放接口"),
    ("debunk", None, sora.RENTAL, "警惕出租Sora账号的，Sora还没开放，哪来的账号，都是骗子"),
    ("debunk", None, sora.DIRECTOR, "扫码进群当AI导演？这是收智商税，Sora电影试镜就是骗局"),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "在网上买Sora提示词文档的注意了，就是把公开文章拼凑起来卖钱，别花这冤枉钱",
    ),
    ("debunk", None, sora.RICH, "靠Sora月入过万的说法纯属贩卖焦虑，本质就是割韭菜"),
    # --- true facts about people a false claim names, and benign news: not the claim
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁目前是纽约大学计算机科学助理教授，之前在Facebook人工智能研究院做研究科学家",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁说，在问为什么Sora没有出现在中国的同时，我们也要问问自己：如果它很快出现，我们准备好了吗？",
    ),
    (
        "person_fact",
        None,
        None,
        "OpenAI首席技术官穆拉蒂接受《华尔街日报》采访时说，Sora的训练用了公开数据和授权数据",
    ),
    ("person_fact", None, None, "英伟达高级研究科学家范麟熙称Sora是一个“数据驱动的物理引擎”"),
    ("person_fact", None, None, "周鸿祎认为Sora会冲击广告、预告片和短视频行业，但不会马上取代抖音"),
    (
        "benign",
        None,
        None,
        "OpenAI发布了文生视频模型Sora，最长能生成60秒视频，目前只给红队测试人员和少数艺术家使用",
    ),
    ("benign", None, None, "Sora技术报告显示，作者团队只有13个人，其中3位是华人"),
    ("benign", None, None, "我花了九十九元买了一门Python网课，老师讲得挺好"),
    ("benign", None, None, "在应用商店下载了剪映App，手机上剪视频很方便"),
    ("benign", None, None, "OpenAI给Sora生成的视频加了水印，但公司也承认水印可能被去掉"),
    ("offtopic", None, None, "今晚吃火锅，楼下新开的店人均九十九元，味道还行"),
    ("offtopic", None, None, "周末去爬山，天气不错，拍了好多照片发朋友圈"),
]


if __name__ == "__main__":
    sora.write_zh_set("zh_heldout", "zhh", POSTS)
