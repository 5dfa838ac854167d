# ruff: noqa: E501
"""Write tests/data/zh_heldout14_{posts,qrels,labels}: a fourteenth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for fake API access, account rental
and get-rich, three for each other template), as a Sora rumour / scam wave reads on platforms the earlier
sets use less: Xiaohongshu notes (📌, ✨, tags), Bilibili danmaku (前方高能) and comments (UP主), Tieba threads
(【交大吧】, 楼主, 二楼, 三楼), WeChat official-account headlines (重磅, 震惊, 扬眉吐气), Kuaishou (老铁, 双击666),
Pinduoduo listings (百亿补贴, 拼单), QQ group notices (【群公告】, 群文件), Taobao customer-service chats (亲, 拍下秒发),
a Xianyu chat, an SMS with a link and 退订回T; traditional characters, Cantonese (出咗, 四百蚊一條, 冇人),
sentences in pinyin mixed with characters (xian zai dui dajia kaifang le, kaiyuan, quan zhong), emoji-heavy
posts; prices in forms the earlier sets use less (￥19.9, 六十八元, 一百五, 三百五, ￥258/个, 四百蚊, 五百八一套,
日租二十五 / 月租三百, ￥168, 周卡四十月卡一百二, 交两百, 三十九元, 每条八十, ￥49.9/条); a question that asserts
(有没有人去了那个…试镜群); 12 debunks and warnings, four of them first-person loss reports (kind ``debunk_loss``:
a victim telling they paid and lost), one a question with a negation that does not deny (难道没有人注意到吗),
two quoting the rumour or its sales line to refute it, the rest answering with facts; four true facts about
people who spoke about Sora (周鸿祎, 奥特曼, 泰勒·派瑞, Bill Peebles), three items of real news about Sora and three
on-topic posts about other AI video work (kind ``benign``), and three off-topic posts (one a ￥9.9 mop on
Pinduoduo, one in Cantonese).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against the Chinese sets (see the commit message). Committed
before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final
code.

    .venv/bin/python scripts/make_zh_heldout14.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "xiaohongshu",
        sora.XIE,
        sora.XIE,
        "📌学霸天花板｜Sora的发明人之一谢赛宁🔥上海交大出来的神童，从小就是别人家的孩子✨ #交大 #Sora #学霸",
    ),
    ("wechat_headline", sora.XIE, sora.XIE, "重磅｜谢赛宁：从交大神童到Sora幕后发明人，这位年轻人让全网沸腾"),
    (
        "tieba",
        sora.XIE,
        sora.XIE,
        "【交大吧】楼主科普一下：Sora的发明者里有谢赛宁，就是当年咱们上交那个少年天才，二楼放照片",
    ),
    # --- open to the public
    ("bilibili_danmaku", sora.PUBLIC, sora.PUBLIC, "前方高能：Sora已经全面开放了，人人都能注册直接用！！"),
    (
        "kuaishou",
        sora.PUBLIC,
        sora.PUBLIC,
        "老铁们Sora对所有人开放了嗷，不用排队不用邀请，注册就能做视频，双击666",
    ),
    (
        "mixed_pinyin",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora xian zai dui dajia kaifang le，随便zc一个号就能生成视频，冲",
    ),
    # --- the official app
    (
        "qq_notice",
        sora.APP,
        sora.APP,
        "【群公告】OpenAI官方Sora App已上架应用商店，各位群友直接在手机上搜索下载即可，别再问了",
    ),
    ("cantonese", sora.APP, sora.APP, "OpenAI出咗官方Sora App啦，App Store搜就有，部手機即刻用得"),
    (
        "xiaohongshu",
        sora.APP,
        sora.APP,
        "终于等到了😭OpenAI官方Sora手机版上线啦📱应用商店就能下，亲测能装 #AI视频 #Sora",
    ),
    # --- the fake APK
    (
        "sms",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【Sora视频】您的AI视频资格已开通，点击 s0ra-app.cn/dl 下载安卓安装包(APK)，立即在手机生成视频。退订回T",
    ),
    (
        "qq_notice",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "群文件已上传Sora安卓版安装包.apk，手机下载装上就能生成AI视频，不用翻墙",
    ),
    ("emoji", sora.FAKEAPP, sora.FAKEAPP, "🔥🔥Sora手机版⬇️⬇️点链接下载apk📲装完马上出片🎬🎬不用等内测👇👇"),
    # --- the mislabelled real video
    ("bilibili_danmaku", sora.REALVID, sora.REALVID, "这段全是Sora生成的？一帧都没拍过？我不信但好像是真的"),
    (
        "wechat_headline",
        sora.REALVID,
        sora.REALVID,
        "震惊！这段雪山航拍竟然全部由Sora一句话生成，没有一个镜头是实拍",
    ),
    (
        "kuaishou",
        sora.REALVID,
        sora.REALVID,
        "家人们看这个海边视频，一句文字Sora直接出的，根本没有摄影师去拍过，太吓人了",
    ),
    # --- the Chinese team
    (
        "tieba",
        sora.CHINESE,
        sora.CHINESE,
        "【技术吧】楼主实话实说：OpenAI视频组里一半以上是华人面孔，Sora说到底是咱中国科学家搞出来的，不服来辩",
    ),
    (
        "traditional",
        sora.CHINESE,
        sora.CHINESE,
        "大家知道嗎？Sora背後的研發團隊其實大部分都是中國人，真正做出來的是華人科學家",
    ),
    (
        "wechat_headline",
        sora.CHINESE,
        sora.CHINESE,
        "扬眉吐气！Sora真正的缔造者是中国科学家，OpenAI视频团队华人占大半",
    ),
    # --- open source
    (
        "tieba",
        sora.OPENSRC,
        sora.OPENSRC,
        "【AI吧】Sora开源了！！权重和代码都挂在GitHub上，本地显卡就能跑，教程见三楼",
    ),
    (
        "mixed_pinyin",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI把Sora kaiyuan了，github上quan zhong dai ma都有，自己电脑就能部署",
    ),
    (
        "bilibili_comment",
        sora.OPENSRC,
        sora.OPENSRC,
        "UP主快出教程！听说Sora模型已经开源放GitHub了，我想在自己电脑上跑",
    ),
    # --- the paid course
    (
        "pinduoduo",
        sora.COURSE,
        sora.COURSE,
        "【百亿补贴】Sora AI视频从入门到精通全套课程，限时￥19.9，拼单再减，抢先别人一步学会",
    ),
    (
        "wechat_headline",
        sora.COURSE,
        sora.COURSE,
        "仅需六十八元！Sora速成课带你比别人早一步掌握AI视频，名额有限",
    ),
    (
        "qq_notice",
        sora.COURSE,
        sora.COURSE,
        "【群通知】本周六晚Sora实战课开讲，学费一百五，交完拉进学习群，早学早赚",
    ),
    # --- fake API access
    (
        "taobao_chat",
        sora.API,
        sora.API,
        "买家：Sora的API真能用吗？\n客服：亲，我们是官方API渠道哦，key拍下秒发，一个三百五，今天就能生成视频呢",
    ),
    ("pinduoduo", sora.API, sora.API, "Sora官方API密钥 正品保障 拍下自动发货 ￥258/个 当天可调用生成视频"),
    ("cantonese", sora.API, sora.API, "有冇人要Sora API key？官方渠道，四百蚊一條，即買即用出片"),
    ("emoji", sora.API, sora.API, "🔑Sora GPTs工具+官方接口🔑💰五百八一套💰📩私我拿key，马上做视频🎥"),
    # --- account rental
    (
        "xianyu_chat",
        sora.RENTAL,
        sora.RENTAL,
        "出租Sora账号，独立登录，日租二十五，月租三百，另有邀请码出售，要的私",
    ),
    ("pinduoduo", sora.RENTAL, sora.RENTAL, "Sora成品账号 现号现发 送邀请码 ￥168 拍下即发账密"),
    ("traditional", sora.RENTAL, sora.RENTAL, "Sora帳號出租出售，付款即發登入資料，邀請碼亦有，價錢私訊"),
    (
        "qq_notice",
        sora.RENTAL,
        sora.RENTAL,
        "【群公告】Sora共享号下架，现只出独享号，周卡四十月卡一百二，要邀请码的找管理",
    ),
    # --- the AI director group
    (
        "wechat_headline",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "首部与Sora共同编剧的AI电影招募演员！扫码进群缴费即可试镜，成为第一代AI导演",
    ),
    (
        "kuaishou",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想当AI导演的老铁看过来，首部Sora合写电影开始海选，扫我主页二维码交两百进群就能参加试镜",
    ),
    (
        "tieba",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【电影吧】有没有人去了那个Sora联合创作AI电影的试镜群？扫码付费进群，说是选第一批AI导演",
    ),
    # --- the prompt pack
    (
        "taobao_chat",
        sora.PROMPTS,
        sora.PROMPTS,
        "客服：亲，这套Sora提示词大全带专业影视术语文档，付款后发文档链接并拉您进交流群哦，三十九元",
    ),
    (
        "xiaohongshu",
        sora.PROMPTS,
        sora.PROMPTS,
        "🎬Sora咒语合集+影视术语知识库📚镜头语言全都有💡付款后发腾讯文档链接，还能进群交流 #提示词",
    ),
    (
        "bilibili_comment",
        sora.PROMPTS,
        sora.PROMPTS,
        "评论区领不了的，Sora提示词包和知识文档要付费，付完私信发链接，顺便拉群",
    ),
    # --- get rich
    (
        "kuaishou",
        sora.RICH,
        sora.RICH,
        "老铁们听我一句，Sora这波风口普通人一辈子就这一回，我徒弟做Sora视频日进几千，过了年就没这好事了",
    ),
    ("wechat_headline", sora.RICH, sora.RICH, "Sora红利窗口期只剩最后三个月！有人日入过万，错过再等十年"),
    ("emoji", sora.RICH, sora.RICH, "💸💸Sora一天搞几千💸💸千载难逢的风口🚀🚀晚了就没了⏰⏰"),
    (
        "mixed_pinyin",
        sora.RICH,
        sora.RICH,
        "Sora shi yi bei zi yi ci de ji hui，身边有人一天赚好几千，过了这阵就没了",
    ),
    # --- generation service
    (
        "taobao_chat",
        sora.SERVICE,
        sora.SERVICE,
        "客服：亲，把您的脚本发过来，付款后我们用Sora帮您定制视频，24小时内交付成片哦",
    ),
    ("xianyu_chat", sora.SERVICE, sora.SERVICE, "接Sora代做视频，发剧本给我，每条八十，一天内出片"),
    ("pinduoduo", sora.SERVICE, sora.SERVICE, "Sora AI视频定制 发文案即可 24小时出片 ￥49.9/条"),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "我妈在QQ群里下了个所谓Sora安卓安装包，装完手机一直弹广告，银行卡还被扣了两笔钱，大家千万别下",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "在闲鱼花了三百租Sora账号，登录两天就被封，卖家直接拉黑，这钱算是打水漂了",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "拼多多买的十九块九Sora课程，点开全是网上搬来的ChatGPT教程，跟Sora一点关系没有，退款还被拒",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "交了两百进那个Sora电影试镜群，结果群里天天让你再交培训费，所谓试镜从来没有过",
    ),
    ("debunk", None, sora.XIE, "谢赛宁本人已经说了，他和Sora没有关系，别再转发他是Sora发明者的消息了"),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "GitHub上那些叫Sora的仓库都不是OpenAI的，OpenAI从来没公开Sora的权重和代码",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "难道没有人注意到吗？目前Sora只对少数红队测试人员和受邀艺术家开放，普通人根本注册不了",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "“Sora是中国团队做的”？Sora技术报告署名的核心负责人是Tim Brooks和Bill Peebles，团队成员来自多个国家",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那段雪山航拍被说成Sora生成，其实是某摄影师三年前发在B站的实拍作品，原视频还在",
    ),
    ("debunk", None, sora.APP, "应用商店里那些叫Sora的App都不是OpenAI出的，官方目前没有发布任何Sora手机应用"),
    ("debunk", None, sora.API, "OpenAI没有开放Sora的API，所谓“官方渠道key”都是骗局，公安反诈中心已提醒"),
    (
        "debunk",
        None,
        sora.RICH,
        "“一天挣几千”的Sora暴富课，赚钱的只有卖课的人。Sora都还没对公众开放，哪来的视频收益？",
    ),
    # --- true facts about people who spoke about Sora
    ("person_fact", None, None, "周鸿祎发视频谈Sora，认为它意味着AGI实现可能从十年缩短到一两年"),
    ("person_fact", None, None, "奥特曼在X上征集网友的提示词，几小时后就贴出了Sora生成的视频"),
    ("person_fact", None, None, "泰勒·派瑞看过Sora的演示后，宣布暂停了他八亿美元的影棚扩建计划"),
    (
        "person_fact",
        None,
        None,
        "Sora负责人之一Bill Peebles是DiT论文的第一作者，这篇论文的另一位作者是谢赛宁",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    ("benign", None, None, "OpenAI表示Sora生成的视频会带上C2PA元数据，方便平台识别AI内容"),
    ("benign", None, None, "OpenAI称正在邀请视觉艺术家、设计师和电影人试用Sora并收集反馈"),
    ("benign", None, None, "据OpenAI介绍，Sora在模拟复杂物理时仍会出错，比如咬过的饼干可能没有咬痕"),
    ("benign", None, None, "用可灵给奶奶的老照片做了个眨眼的小视频，她看了半天说像我爷爷年轻时"),
    ("benign", None, None, "课题组讨论AI视频的版权归属，最后也没吵出结论，下周继续"),
    ("benign", None, None, "剪辑群里有人问AI生成的空镜要不要在片尾标注，大家意见不一"),
    # --- off-topic
    ("offtopic", None, None, "小区楼下的桂花开了，晚上散步整条路都是香的"),
    ("offtopic", None, None, "拼多多买的拖把九块九包邮，用了一周还没坏，算是值了"),
    ("offtopic", None, None, "今晚广州落雨落到成條街水浸，搭地铁返屋企都要排隊"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout14", "zhh14", POSTS)
