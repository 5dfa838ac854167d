# ruff: noqa: E501
"""Write tests/data/zh_heldout6_{posts,qrels,labels}: a sixth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists or per-post results
in the docs. 69 posts, 45 with a gold template (three or four per template), as a Sora rumour / scam wave
reads on Weibo, WeChat Moments, Douyin and Xiaohongshu: Weibo #话题#, forwards (【转】, a family group), slang
(家人们谁懂啊, 卧槽, 冲鸭, 上车, 印钞机), pinyin and abbreviations (yysy, xdm, zy, dd, sjtu, 3090, 24h), English
mixed into Chinese, emoji, Chinese numerals in prices (六块六, 三百九, 二十九块九, 三条二百二), traditional
characters, questions that assert (two 不是…吗 / 难道不是…吗 with a negation), long posts with context (a dinner
with a classmate in Silicon Valley, a stay-at-home mother's side income, two weeks of collecting), obfuscated
links and words (s-o-r-a（点）cc, S0ra, 扫↓方); scams that vouch for themselves (绝对正规不是骗子, 不是割韭菜不是传销)
or warn about competitors while still selling (认准我们这个官方原版, 外面卖的都是割韭菜的，我们是唯一正版); 12
debunks and warnings of several styles, four of them first-person loss reports (a victim telling they paid or
installed and lost: a warning, not the scam), one phrased as a question, two that restate the rumour before
rejecting it; true facts about people who speak about Sora, benign news about Sora, on-topic posts about other
AI video tools, and off-topic posts (one with a 十九块九 price that is milk tea).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
(posts at 0.7 or more were rewritten: a first draft had nine at 0.72-0.88, two person facts and two news
items written from the same seed sentences, a post in traditional characters, a forward, a hashtag, a casting
call and a course price; the rewritten sample-video post was still at 0.76 and was rewritten again; two at 0.67
were rewritten for margin). Highest ratio of the
committed list: 0.646. Committed before any run of the monitor on it; nothing is chosen on it, it is read
once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout6.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "hashtag",
        sora.XIE,
        sora.XIE,
        "#谢赛宁# 上海交大走出来的天才少年，OpenAI那个Sora的核心发明者之一，这才叫真正的国之栋梁👍",
    ),
    (
        "forward",
        sora.XIE,
        sora.XIE,
        "转自家族群：听说美国那个会自己拍视频的Sora，是一个叫谢赛宁的小伙子参与发明的，人家是上海交通大学毕业的，咱家孩子也得好好念书啊",
    ),
    ("mixed", sora.XIE, sora.XIE, "刚刷到，Sora的inventors里有个SJTU校友叫谢赛宁，genius本才，交大牛b🐮"),
    (
        "slang",
        sora.XIE,
        sora.XIE,
        "家人们谁懂啊，Sora发明人之一居然是上交毕业的谢赛宁，天才少年实锤了，我们学院群都在刷屏",
    ),
    # --- open to everyone
    (
        "question",
        sora.PUBLIC,
        sora.PUBLIC,
        "有人知道Sora在哪注册吗？听说昨天起已经面向所有用户开放了，不用排队也不用邀请",
    ),
    ("pinyin", sora.PUBLIC, sora.PUBLIC, "sora全面开放了 yysy 直接拿gpt号登录就能用 xdm冲鸭"),
    (
        "emoji",
        sora.PUBLIC,
        sora.PUBLIC,
        "🎉🎉Sora正式上线啦！人人可用，再也不用等内测名额，快去生成你的第一条视频🎬",
    ),
    # --- official app
    (
        "traditional",
        sora.APP,
        sora.APP,
        "OpenAI正式推出Sora手機App了，iPhone和安卓都能下載，躺在床上就能做AI影片",
    ),
    (
        "slang",
        sora.APP,
        sora.APP,
        "卧槽Sora官方app上线了，应用商店一搜就有，OpenAI亲儿子，我已经装上玩了一下午",
    ),
    (
        "negated_question",
        sora.APP,
        sora.APP,
        "OpenAI不是早就出了Sora电脑客户端吗？官网就能下，你们怎么还守着网页版等",
    ),
    # --- fake app download
    (
        "obfuscated",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora安卓版安装包 👉 s-o-r-a（点）cc/down 用浏览器打开下载，三步装好，马上生成视频",
    ),
    (
        "numerals",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora破解版安装包，手机电脑都能装，解锁码只要六块六，评论区扣1私发链接",
    ),
    (
        "beware_fakes",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "最近好多假冒的Sora安装包带病毒，认准我们这个官方原版，主页链接直接下载，放心用",
    ),
    ("pinyin", sora.FAKEAPP, sora.FAKEAPP, "sora apk已更新 链接在zy 下载安装就能用 不用排队 不用魔法"),
    # --- real video mislabelled
    (
        "forward",
        sora.REALVID,
        sora.REALVID,
        "【转发】朋友圈都在传的这条海边日落，据说从头到尾没用摄像机，是OpenAI的Sora照着一段文字描述算出来的，原帖还贴了指令",
    ),
    (
        "question",
        sora.REALVID,
        sora.REALVID,
        "你能看出来这是AI吗？这段江南古镇雨景全部由Sora生成，一个真实镜头都没有，指令我放评论区了",
    ),
    ("emoji", sora.REALVID, sora.REALVID, "🤯这段雪山滑雪的画面居然是Sora做的！零实拍，纯文字生成，提示词👇"),
    # --- Chinese team
    (
        "negated_question",
        sora.CHINESE,
        sora.CHINESE,
        "Sora难道不是华人团队搞出来的吗？核心研发几乎清一色中国人，OpenAI只是个招牌",
    ),
    (
        "long",
        sora.CHINESE,
        sora.CHINESE,
        "今天和老同学吃饭，他在硅谷做AI，说得很直白：Sora背后真正干活的是一帮中国科学家，团队里大部分都是华人，只是顶着OpenAI的名字发布。听完心情挺复杂的，人才都跑出去了。",
    ),
    (
        "traditional",
        sora.CHINESE,
        sora.CHINESE,
        "講真，Sora的功勞大半該算在華人頭上，OpenAI做影片模型的那批核心研究員，十個裡有七八個是中國來的",
    ),
    # --- open source
    (
        "hashtag",
        sora.OPENSRC,
        sora.OPENSRC,
        "#Sora开源# 官方仓库上线，checkpoint和推理代码一并放出，显卡够的自己拉下来跑吧，OpenAI这回真Open了🙌",
    ),
    (
        "mixed",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora终于open source了，weights挂在huggingface，clone下来本地部署就行，我的3090已经在跑了",
    ),
    (
        "slang",
        sora.OPENSRC,
        sora.OPENSRC,
        "家人们Sora开源了！代码和权重全放出来了，有没有大佬出个教程教我本地部署一下",
    ),
    # --- paid course
    (
        "numerals",
        sora.COURSE,
        sora.COURSE,
        "Sora全套课程：三十节视频课＋素材包，原价三百九，今晚只收九十九，付款后拉你进学习群",
    ),
    (
        "beware_fakes",
        sora.COURSE,
        sora.COURSE,
        "外面卖的Sora课都是割韭菜的，我们是唯一正版授权课程，一百九十九元学全套，扫码报名",
    ),
    (
        "emoji",
        sora.COURSE,
        sora.COURSE,
        "🔥Sora视频教程🔥 零基础三天上手，今日已售两万份，99元一套，名额有限手慢无",
    ),
    ("pinyin", sora.COURSE, sora.COURSE, "sora课 99包教会 学不会退 dd我拿二维码"),
    # --- fake API
    ("numerals", sora.API, sora.API, "Sora官方API密钥出售，单个二百元，十个起批打八折，付款即发"),
    (
        "hashtag",
        sora.API,
        sora.API,
        "#Sora API# 独家接口渠道，已封装成GPTs，输入文字直接出视频，付费解锁不限次数",
    ),
    (
        "traditional",
        sora.API,
        sora.API,
        "Sora API官方授權金鑰現貨，穩定不掉線，工作室大量採購有優惠，私訊報價",
    ),
    # --- account rental
    (
        "disclaimer",
        sora.RENTAL,
        sora.RENTAL,
        "出租Sora账号，一小时五十元，绝对正规不是骗子，已有三百多位老板好评，付款秒发账号",
    ),
    ("slang", sora.RENTAL, sora.RENTAL, "sora内测号出，299一个，独享不共享，拍下即发，手慢无"),
    (
        "long",
        sora.RENTAL,
        sora.RENTAL,
        "排了好久Sora候补一直没动静？我这边有几个朋友在海外创作者计划里拿到的完整权限账号，闲着也是闲着，按月出租，一个月两百，付款后发登录方式，有需要的私聊。",
    ),
    # --- AI director group
    (
        "emoji",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "📣AI电影海选📣 Sora参与写剧本的全球第一部AI长片开始选人！扫码交费进群候选，零基础也能成为第一代AI导演",
    ),
    (
        "question",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想不想过一把导演瘾？首部Sora AI电影剧本试镜火热招募中，扫码交一百九十九进群就能参加",
    ),
    (
        "obfuscated",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "AI导演招募🎥 S0ra电影项目，扫↓方二维码进群（需付费），名额仅剩二十个",
    ),
    # --- prompt pack
    (
        "numerals",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora专业提示词文档，收录八百条影视级镜头语言，二十九块九，付款发飞书链接，送进群",
    ),
    (
        "long",
        sora.PROMPTS,
        sora.PROMPTS,
        "花了整整两周，把网上所有Sora相关的文章、专业名词、电影运镜提示词整理进了一个飞书文档，持续更新。需要的朋友付费获取链接，同时拉你进交流群。",
    ),
    ("pinyin", sora.PROMPTS, sora.PROMPTS, "sora提示词库 影视术语版 v我19.9 发文档链接+进群"),
    # --- get rich
    (
        "slang",
        sora.RICH,
        sora.RICH,
        "兄弟们醒醒，Sora这波就是印钞机，群里老哥一天搞几千块，顶多三个月窗口期，再犹豫车就开走了",
    ),
    (
        "long",
        sora.RICH,
        sora.RICH,
        "我本来是个普通宝妈，去年还在为奶粉钱发愁。跟着团队做Sora视频之后，现在一天稳定进账三四千。这个红利期顶多三个月，一步慢步步慢，想改变的姐妹私信我进群。",
    ),
    (
        "disclaimer",
        sora.RICH,
        sora.RICH,
        "Sora副业项目，不是割韭菜，不是传销，群里学员每天收入上千，三个月内窗口关闭，现在加入",
    ),
    # --- generation service
    (
        "numerals",
        sora.SERVICE,
        sora.SERVICE,
        "Sora代做视频，一条八十八，三条二百二，发脚本付款，二十四小时内交付",
    ),
    (
        "emoji",
        sora.SERVICE,
        sora.SERVICE,
        "📢接单📢 用Sora帮你做电商广告视频，发文案＋付款，一天出片，小店老板有优惠",
    ),
    ("hashtag", sora.SERVICE, sora.SERVICE, "#Sora代生成# 有Sora权限，你出提示词我出片，付款后24h内发你"),
    # --- debunks and warnings, several styles
    (
        "debunk",
        None,
        sora.PUBLIC,
        "都说Sora已经全面开放了，那为什么OpenAI开发者关系负责人Logan还要紧急声明，说Sora仍在内测、没对公众开放？",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "“谢赛宁是Sora发明者”这个说法是假的。他本人在朋友圈回应，和Sora“一点关系都没有”，写那篇文章的自媒体也承诺全网道歉了",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "别再问Sora在哪下载了：OpenAI从来没出过Sora的手机版或电脑版，商店里挂着Sora名字的全是蹭热度的李鬼",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那条“Sora生成”的海边日落，原视频是一位摄影博主三年前拍的，被人裁掉水印配上Sora字样又发了一遍",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "有人说Sora其实是中国团队做的。事实是：技术报告13位作者中3位是华人，项目由OpenAI主导，别再传了",
    ),
    (
        "debunk",
        None,
        sora.API,
        "OpenAI根本没开放Sora API，所谓的Sora接口、Sora密钥、Sora GPTs全是假的，买了就是白给",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "Sora提示词包里那些所谓“专业提示词”，其实就是OpenAI官网上免费公开的演示视频提示词，别花冤枉钱",
    ),
    ("debunk", None, sora.RICH, "“Sora红利只剩三个月”这种话就是制造焦虑的话术，真正赚到钱的是卖课拉群的人"),
    # --- first-person loss reports: a victim telling they paid (or installed) and lost (a warning)
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "上周花九十九买了Sora课，结果就是一个PDF，里面是OpenAI介绍页的机翻，群主已经把我拉黑了",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "租了个所谓的Sora账号，登进去一看是ChatGPT，找卖家理论直接被删，五十块打水漂",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "我妈手机上装了个“Sora”安装包，第二天就开始疯狂弹广告，通讯录还被拿去发诈骗短信，大家长点心",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "付了八十八让人用Sora帮我做广告视频，交过来的一看就是别的软件做的，还带着水印，要退款就不回了",
    ),
    # --- true facts about people who speak about Sora
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁提到，OpenAI有完整的红队和安全护栏研究，欧美的监管体系也在逐步成熟",
    ),
    (
        "person_fact",
        None,
        None,
        "看了WSJ那段专访，记者追问训练数据里有没有YouTube、Instagram的视频，Mira Murati支支吾吾，最后说她也说不准",
    ),
    (
        "person_fact",
        None,
        None,
        "360的周鸿祎聊Sora：广告片、电影预告、短视频这几行会最先被搅动，至于抖音，他觉得一时半会儿替代不了，更像是给创作者添了个工具",
    ),
    (
        "person_fact",
        None,
        None,
        "Keras之父François Chollet说，Sora这类模型确实内嵌了物理模型，问题是它准不准、能不能泛化到新情况",
    ),
    # --- benign news and on-topic posts
    (
        "benign",
        None,
        sora.REALVID,
        "Sora官方样片我一条条看完了，四十八段里最惊艳的是那几只在雪地里打滚的金毛，毛发细节离谱",
    ),
    ("benign", None, None, "OpenAI承认Sora还有短板：饼干咬了一口却没有牙印，因果关系也经常搞混"),
    (
        "benign",
        None,
        None,
        "关于Sora的水印：官方会在成片里打上AI生成的标记，但OpenAI自己也说，这个标记可以被抹掉，检测起来也不容易",
    ),
    ("benign", None, None, "可灵和Runway我都试了，做短视频分镜挺好用，就是画面里人一多就容易崩"),
    ("benign", None, None, "下周学校有个讲座，聊AI视频工具会怎样改变导演这个职业，免费入场，欢迎旁听"),
    # --- off-topic
    ("offtopic", None, None, "周末带娃去动物园，熊猫馆排了一个多小时队，累瘫"),
    ("offtopic", None, None, "快递又延误了，双十一买的东西到现在还没到"),
    ("offtopic", None, None, "楼下奶茶店第二杯半价，十九块九两杯，冲"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout6", "zhh6", POSTS)
