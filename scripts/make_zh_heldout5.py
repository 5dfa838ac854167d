"""Write tests/data/zh_heldout5_{posts,qrels,labels}: a fifth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue), written from the seeds (../shared/seeds) by an engineer who had not tuned the
matcher, without running the monitor or any model on it and without reading the miss lists in the docs.
Posts as a Sora rumour / scam wave reads on Weibo, WeChat Moments, Douyin and Xiaohongshu: Weibo #话题#,
forwards, slang (家人们, 绝了, yyds, v我), pinyin and abbreviations (xsn, sjtu, oai, xdm, zfb, dd, hf),
English mixed into Chinese, emoji, Chinese numerals in prices, traditional characters, questions that assert
(some with a negation), long posts with context (a work meeting, a career of editing, a casting call),
obfuscated links; scams that vouch for themselves (亲测无毒, 正规机构出品绝不割韭菜, 不是倒卖不是骗局,
外面的都是山寨只有我们是正版, 保证是真Sora生成); 14 debunks and warnings of several styles, five of them
first-person loss reports (a victim telling they paid or installed and lost: a warning, not the scam), one a
debunk phrased as a question; true facts about people who speak about Sora, benign news about Sora, an
on-topic post about other AI video work, and off-topic posts (one with a 九十九 that is a school mark).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
(posts at 0.7 or more were rewritten: a first draft had four at 0.78-0.87, two person facts, a benign news
post and an open-source post in traditional characters; an open-source debunk at 0.68 was rewritten for
margin). Highest ratio of the committed list: 0.638. Committed before any run of the monitor on it; nothing
is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout5.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "forward",
        sora.XIE,
        sora.XIE,
        "【转】震惊！Sora背后的发明人之一居然是咱们上海交大走出去的天才少年谢赛宁，年纪轻轻就站上了世界之巅，转给家里孩子看看",
    ),
    (
        "negated_question",
        sora.XIE,
        sora.XIE,
        "谢赛宁不就是交大毕业、参与发明Sora的那位吗？这么厉害的华人，怎么国内没几家媒体报道",
    ),
    ("pinyin", sora.XIE, sora.XIE, "sjtu学长xsn是sora的发明人之一！！班群直接炸了，yyds"),
    ("mixed", sora.XIE, sora.XIE, "Sora的co-inventor之一是Saining Xie，上交本科出身的genius，respect🙏"),
    # --- open to everyone
    (
        "negated_question",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora现在不是谁都能用了吗？我刚用邮箱注册完就进去了，你们还在等什么",
    ),
    ("slang", sora.PUBLIC, sora.PUBLIC, "家人们Sora放开了！普通人直接注册就能玩，不用排队，今晚通宵做视频🤩"),
    ("traditional", sora.PUBLIC, sora.PUBLIC, "Sora今天起全面開放，所有人都能註冊使用，不必再等候名單了"),
    (
        "long",
        sora.PUBLIC,
        sora.PUBLIC,
        "今天部门周会上领导说，OpenAI那个Sora已经对所有人开放了，人人都能注册，让我们每人这周用它做一条产品宣传短片交上来。下班回家第一件事就是注册一个试试。",
    ),
    # --- official app
    (
        "emoji",
        sora.APP,
        sora.APP,
        "📱OpenAI官方Sora App终于上架了！App Store和安卓市场都有，手机上就能文生视频🎉",
    ),
    (
        "question",
        sora.APP,
        sora.APP,
        "你们手机上装Sora官方App了吗？OpenAI自己发的，应用商店直接搜就有，电脑端也出了",
    ),
    ("pinyin", sora.APP, sora.APP, "oai官方的sora app已经上架as了，iOS直接下，安卓版据说下周"),
    # --- fake app download
    (
        "obfuscated",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora手机版下载→ s0ra-ai【点】top/apk 复制到浏览器打开，装好就能生成视频",
    ),
    (
        "disclaimer",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora安卓安装包，本人亲测，无毒无广告，安全放心，下载链接在主页，装完直接用",
    ),
    (
        "beware_fakes",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "外面那些Sora下载全是山寨的，只有我们这个是正版，点击链接安装，手机电脑通用",
    ),
    ("numerals", sora.FAKEAPP, sora.FAKEAPP, "Sora电脑版加手机版安装包，激活码九块九，付款后发下载链接"),
    # --- real video mislabelled
    (
        "hashtag",
        sora.REALVID,
        sora.REALVID,
        "#AI视频# 这段大熊猫啃竹子的视频是Sora生成的，一帧实拍都没有，生成指令放评论了🐼",
    ),
    (
        "traditional",
        sora.REALVID,
        sora.REALVID,
        "這段城市夜景完全是OpenAI的Sora用文字生成的，沒有實拍，提示詞附在下面",
    ),
    (
        "slang",
        sora.REALVID,
        sora.REALVID,
        "绝了绝了，这个瀑布视频居然是Sora一句话做出来的，完全看不出是AI，提示词在图二",
    ),
    # --- Chinese team
    ("slang", sora.CHINESE, sora.CHINESE, "说白了Sora就是中国人搞出来的，核心成员全是华人，OpenAI捡了个现成"),
    (
        "hashtag",
        sora.CHINESE,
        sora.CHINESE,
        "#华人之光# Sora背后的研发团队大部分是中国科学家，这波必须骄傲一下🇨🇳",
    ),
    (
        "question",
        sora.CHINESE,
        sora.CHINESE,
        "你们知道吗？Sora真正的研发主力是一群中国科学家，外国人只是挂个名",
    ),
    # --- open source
    (
        "traditional",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora真的開源了，權重跟原始碼GitHub上都抓得到，家裡那張4090應該跑得動吧",
    ),
    ("pinyin", sora.OPENSRC, sora.OPENSRC, "sora代码权重全放出来了！hf上一键下载，本地部署走起，显存24g够用"),
    (
        "negated_question",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora不是已经开源了吗？GitHub上官方仓库都有了，干嘛还花钱买会员",
    ),
    # --- paid course
    (
        "numerals",
        sora.COURSE,
        sora.COURSE,
        "Sora零基础速成班，原价六百九十九，限时九十九元，扫码付款即可开课",
    ),
    ("pinyin", sora.COURSE, sora.COURSE, "sora课程99r，xdm冲，学完就能接单，名额不多了"),
    (
        "disclaimer",
        sora.COURSE,
        sora.COURSE,
        "我们的Sora课程是正规机构出品，绝不割韭菜，九十九元学全套，不满意随时退，扫码报名",
    ),
    (
        "long",
        sora.COURSE,
        sora.COURSE,
        "做了十年剪辑，第一次觉得饭碗要不保了。与其焦虑不如先学起来，我把这两周摸索出来的Sora玩法整理成了一套课程，从提示词到成片全覆盖。现在早鸟价199元，周日涨价，想学的点主页链接付款。",
    ),
    # --- fake API
    ("slang", sora.API, sora.API, "手里有Sora API官方通道，key现货秒发，量大价优，工作室来谈"),
    (
        "long",
        sora.API,
        sora.API,
        "把Sora的接口接进了GPTs，做成了一个文生视频小工具，输入一句话直接出片。付费解锁，包月不限次，需要的私信我拿链接。",
    ),
    ("disclaimer", sora.API, sora.API, "正规Sora API授权渠道，不是倒卖，不是骗局，付款后立刻发key，接入即用"),
    # --- account rental
    ("numerals", sora.RENTAL, sora.RENTAL, "出Sora账号，整号三百元，包售后，拍下五分钟内发货"),
    ("pinyin", sora.RENTAL, sora.RENTAL, "sora号出租，按天按周都行，zfb付款秒发登录信息，有意dd"),
    ("emoji", sora.RENTAL, sora.RENTAL, "🎫Sora邀请码🎫 最后五个，付款即发，手慢无"),
    # --- AI director group
    (
        "long",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【招募】全球首部Sora共创AI电影剧本正式启动！不需要任何经验，只要你有想法，扫描下方二维码缴纳报名费进群，参加线上试镜，就有机会成为第一代AI导演。名额有限，报满即止。",
    ),
    (
        "pinyin",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "ai导演招募🎬 sora电影项目，扫码进群（付费），试镜本周开始，想当第一代ai导演的速来",
    ),
    (
        "traditional",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想成為第一代AI導演嗎？Sora電影試鏡開始報名，掃碼付費入群即可參加",
    ),
    # --- prompt pack
    (
        "emoji",
        sora.PROMPTS,
        sora.PROMPTS,
        "📚Sora提示词合集📚 一千条电影级提示词＋影视术语手册，十九块九，付款后发文档链接，拉你进群",
    ),
    (
        "question",
        sora.PROMPTS,
        sora.PROMPTS,
        "还在为Sora提示词发愁？我们整理好了专业影视术语版提示词文档，付费即可获取链接",
    ),
    (
        "slang",
        sora.PROMPTS,
        sora.PROMPTS,
        "全网Sora资料我都扒下来了，整理成一份飞书文档，专业名词解释全都有，想要的v我9.9",
    ),
    # --- get rich
    (
        "emoji",
        sora.RICH,
        sora.RICH,
        "💰Sora搞钱💰 已经有人靠Sora视频一天进账五千了，三个月后风口就过，现在上车还来得及",
    ),
    (
        "traditional",
        sora.RICH,
        sora.RICH,
        "Sora是這輩子最大的賺錢機會，現在入場的人日賺數千，三個月後就沒機會了，趕快加入",
    ),
    (
        "negated_question",
        sora.RICH,
        sora.RICH,
        "难道你不想靠Sora月入过万吗？别人已经在赚了，一步慢步步慢，今天就加入我们的副业群",
    ),
    # --- generation service
    ("numerals", sora.SERVICE, sora.SERVICE, "Sora视频代生成，一条六十八元，发文案付款，一天内出片"),
    (
        "disclaimer",
        sora.SERVICE,
        sora.SERVICE,
        "本店代做Sora视频，保证是真Sora生成，不是别的软件糊弄，发脚本付款，24小时交片",
    ),
    (
        "slang",
        sora.SERVICE,
        sora.SERVICE,
        "有没有老板要Sora做的带货视频？我这边能接，脚本发我，付完款明天给你成片",
    ),
    # --- debunks and warnings, several styles
    (
        "debunk",
        None,
        sora.XIE,
        "辟谣：谢赛宁已亲自否认，他不是Sora的发明人，跟Sora没有任何关系，发那篇文章的自媒体也已道歉",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "别被“Sora已开放注册”骗了，OpenAI的Logan明确说过Sora仍处于内测阶段，什么时候面向公众还没定",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "应用商店里那些叫Sora的App全是蹭热度的山寨货，OpenAI官方压根没发布过Sora客户端",
    ),
    ("debunk", None, sora.REALVID, "所谓“Sora生成”的那条大熊猫视频，是某动物园直播的录屏，根本不是AI做的"),
    (
        "debunk",
        None,
        sora.CHINESE,
        "Sora是中国团队做的？别自嗨了，技术报告13个作者里华人只有3个，项目是OpenAI主导的",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "有人说Sora开源了？没有的事。OpenAI连训练用了哪些数据都不肯说，更别提放权重了，GitHub那些都是民间复刻版",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "那些朋友圈里扫码交钱进“AI导演群”的，醒醒吧，根本没有什么Sora电影，就是收割报名费",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "卖Sora课的一天卖出两万份，赚两百万，内容就是一份介绍文档加一句“给自己一个机会”，大家别再交智商税了",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "Sora目前只有红队和少数艺术家能用，凡是说能帮你用Sora生成视频、卖你Sora账号的，都是骗子",
    ),
    # --- first-person loss reports: a victim telling they paid (or installed) and lost (a warning)
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "我承认我是韭菜：九十九买的Sora课，就给了个网盘链接，里面是OpenAI官网的中文翻译，客服直接消失",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "昨天装了朋友发的Sora安装包，今天支付宝就被盗刷了两千多，已报警，大家千万别装来路不明的App",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "花了两百块买Sora API key，接进去一直报错，问卖家就说官方在维护，然后就把我删了",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "交了一百九十九进了那个Sora AI导演群，每天就是发广告让我们拉人头，所谓试镜从来没有过，钱也不退",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "买了份“Sora专业提示词手册”，二十九块九，内容就是网上随便搜得到的东西拼一起，亏了",
    ),
    # --- true facts about people who speak about Sora
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁在朋友圈里说，别光问中国为什么没出Sora，如果它很快就出现了，我们准备好了吗",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "查了下谢赛宁的履历：本科上海交大，博士毕业后去了Facebook的FAIR，现在在纽约大学当助理教授",
    ),
    (
        "person_fact",
        None,
        None,
        "Jim Fan（范麟熙）对Sora的评价挺有意思：它本质上是个靠数据学出来的物理模拟器",
    ),
    (
        "person_fact",
        None,
        sora.PUBLIC,
        "穆拉蒂说OpenAI的目标是今年内公开发布Sora，但生成公众人物的视频不会被允许",
    ),
    # --- benign news and on-topic posts
    ("benign", None, None, "冷知识：Sora这个名字取自日语的“空”，寓意创作空间无边无际"),
    ("benign", None, None, "OpenAI说Sora最长能生成一分钟的视频，能做多角色、复杂运镜，一镜到底"),
    ("benign", None, None, "伯克利的Hany Farid担心，Sora要是和声音克隆结合起来，深度伪造会更难分辨"),
    ("benign", None, None, "我们组在招扩散模型方向的实习生，做视频编辑相关的研究，有兴趣的同学私信"),
    ("benign", None, None, "Runway和Pika最近也更新了，文生视频这条赛道越来越卷了"),
    # --- off-topic
    ("offtopic", None, None, "楼下新开了家兰州拉面，牛肉给得挺实在，推荐"),
    ("offtopic", None, None, "今天降温了，出门记得穿秋裤🥶"),
    ("offtopic", None, None, "孩子期末考试数学考了九十九，差一分满分，气得他哭了一晚上"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout5", "zhh5", POSTS)
