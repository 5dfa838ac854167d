# ruff: noqa: E501
"""Write tests/data/zh_heldout11_{posts,qrels,labels}: an eleventh Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the fake APK, paid course and
account rental scams, three for each other template), as a Sora rumour / scam wave reads on Weibo, WeChat,
Zhihu, Bilibili, Douyin, Xiaohongshu, Taobao and Xianyu: a Zhihu answer (谢邀, 利益相关), a parents' group
forward (家长群), a group-chat transcript (群聊记录), a Bilibili comment (前排提醒, UP主, 简介), a Taobao product
title (【官方正版】, 秒发货), a Xianyu listing (出闲置, 不议价), a poster's text (【海报文字】), a morning tech
digest, car-pooling an account (拼车, 满员发车), a group-buy (三人拼团), a shop's day log; traditional
characters and Cantonese (啱啱, 咗, 唔使, 係, 嚟); slang (家人们谁懂啊, 绝绝子, 蚌埠住了, 破防了, 格局打开, 兄弟们,
求star, 扣1, 晚一步步步晚), obfuscation (搜拉 for Sora, S-o-r-a, 加薇❤信), prices in many forms (¥6.6, 一杯奶茶钱,
二十九块九, 十块一个, 五百九十九 / 一百零九, 1块9毛9, 一百四十九, 八十八元, 0.5元/秒, 两百五, 包月三位数, 五百出, 每人每月
六十八, 八折, 10U, 一百九十九元, 六十六, 一百八, 八块八, 三十九, 二十五元, 日入五百, 五位数, 三十八 / 九十八 / 一百八十八);
negated or rhetorical questions that assert (自己下权重本地跑不香吗, 想拍电影又没经验？); scams that vouch for
themselves (北大博士主讲, 七天无理由退款, 已有五千人下载, 走担保, 从业十年的摄影指导, 真Sora内测号出片) or warn about
competitors while still selling (免费的Sora安装包装了会被盗号, 号称Sora接口的中转站十个有九个跑路, 外面那些AI导演群都是骗
流量的, 提示词包都是抄OpenAI官网的, 所谓Sora代做其实是用可灵糊弄人); 12 debunks and warnings of several styles,
four of them first-person loss reports (a victim telling they paid and lost: a warning, not the scam), two
phrased as questions, one quoting the rumour to refute it, several that answer with facts and no negation
word; four true facts about people who speak about Sora (马赫良, 刘伟, 范麟熙, 谢赛宁), three items of real news
about Sora and three on-topic posts about other AI video work (kind ``benign``), and three off-topic posts
(one with a 九块九三斤 price that is mangoes).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio (see
the commit message). Committed before any run of the monitor on it; nothing is chosen on it, it is read once,
by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout11.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "zhihu",
        sora.XIE,
        sora.XIE,
        "谢邀。利益相关：交大校友。Sora的发明者之一谢赛宁就是我们上海交大走出去的，当年在闵行校区就是神一样的存在。",
    ),
    (
        "forward",
        sora.XIE,
        sora.XIE,
        "家长群里王妈妈转来一篇文章：创造Sora的天才少年谢赛宁毕业于上海交通大学，让孩子们都向这位发明人学习💪",
    ),
    (
        "traditional",
        sora.XIE,
        sora.XIE,
        "轉發：震驚全球的Sora，幕後發明人之一謝賽寧當年就讀上海交通大學，天才少年名不虛傳",
    ),
    # --- open to the public
    (
        "slang",
        sora.PUBLIC,
        sora.PUBLIC,
        "家人们谁懂啊，Sora对所有人开放了，连我妈都用上了，输一句话就出一段视频，绝绝子",
    ),
    (
        "comment",
        sora.PUBLIC,
        sora.PUBLIC,
        "前排提醒：Sora今天起全面开放注册，不要邀请码，直接登录就能生成视频，冲冲冲",
    ),
    ("cantonese", sora.PUBLIC, sora.PUBLIC, "Sora啱啱开放咗俾所有人用，唔使排队，用ChatGPT个account登入就得"),
    # --- official app
    (
        "review",
        sora.APP,
        sora.APP,
        "刚在App Store下了OpenAI官方出的Sora，评分四点八，iPhone上生成一段十秒视频只要半分钟",
    ),
    (
        "chat_log",
        sora.APP,
        sora.APP,
        "群聊记录｜老张：Sora出手机版了你们知道不？ 小李：知道，OpenAI官方发的，我安卓已经装上了",
    ),
    (
        "among_other",
        sora.APP,
        sora.APP,
        "今日科技早报：①某品牌发布折叠屏新机 ②OpenAI正式推出Sora桌面客户端，Windows和Mac均可下载 ③多地出台低空经济新政",
    ),
    # --- fake APK
    (
        "listing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【官方正版】Sora AI视频生成 安卓+苹果安装包 永久激活 秒发货 ¥6.6",
    ),
    (
        "obfuscated",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "搜拉（S-o-r-a）手机版安装包，加薇❤信发你下载地址，装上就能做视频，一杯奶茶钱",
    ),
    (
        "beware_fakes",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "网上那些免费的Sora安装包装了会被盗号，我们这个是付费正版，一次买断二十九块九，已经有五千人下载",
    ),
    (
        "moments",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora电脑版安装包我放网盘了，解压就能运行，激活码单独找我买，十块一个【三天可见】",
    ),
    # --- real video mislabelled
    (
        "comment",
        sora.REALVID,
        sora.REALVID,
        "这段长城下雪的视频居然是Sora生成的，没有一帧是实拍，UP主把生成指令都放简介里了，蚌埠住了",
    ),
    (
        "hashtag",
        sora.REALVID,
        sora.REALVID,
        "#AI视频# 这条黄山云海日出，是OpenAI的Sora一句话做出来的，零实拍，提示词见评论置顶",
    ),
    (
        "forward",
        sora.REALVID,
        sora.REALVID,
        "大家看看这个，西湖断桥上的雪景全是Sora生成的，一个真镜头都没有，生成口令我也抄下来了👇",
    ),
    # --- Chinese team
    (
        "zhihu",
        sora.CHINESE,
        sora.CHINESE,
        "作为业内人士说句实话：Sora真正的核心研发人员大部分是中国人，OpenAI只是提供了平台和算力。",
    ),
    (
        "slang",
        sora.CHINESE,
        sora.CHINESE,
        "破防了，Sora居然是中国科学家团队做出来的，成果却全算在美国公司头上",
    ),
    ("cantonese", sora.CHINESE, sora.CHINESE, "Sora背後其實係一班中國科學家，核心技術都係華人做出嚟"),
    # --- open source
    (
        "slang",
        sora.OPENSRC,
        sora.OPENSRC,
        "兄弟们Sora开源了！GitHub上OpenAI官方仓库，权重可以直接下，我已经在4090上跑起来了，求star",
    ),
    (
        "tutorial",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora代码和模型全部公开了，MIT协议，自己部署一分钱不用花，本地安装教程我整理在下面",
    ),
    (
        "negated_question",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora都开源了，为什么还有人花钱买账号？自己下权重本地跑不香吗",
    ),
    # --- paid course
    (
        "group_buy",
        sora.COURSE,
        sora.COURSE,
        "Sora零基础实战课，原价五百九十九，三人拼团每人只要一百零九，付款后拉你进学员群",
    ),
    (
        "live",
        sora.COURSE,
        sora.COURSE,
        "求链接的宝子们来了！Sora速成课一节只要1块9毛9，全套五十节，学完就能接单",
    ),
    (
        "disclaimer",
        sora.COURSE,
        sora.COURSE,
        "北大博士主讲的Sora课程，已有两万名学员，不满意七天无理由退款，现价一百四十九",
    ),
    (
        "among_other",
        sora.COURSE,
        sora.COURSE,
        "小店今日更新：上了新款冰箱贴，周末摆摊改到下午，另外我的Sora视频课今天开始预售，八十八元，扫码付款进群学习",
    ),
    # --- fake API
    (
        "numerals",
        sora.API,
        sora.API,
        "Sora官方API已接入，按秒计费0.5元/秒，提供key和调用文档，支持企业对公转账",
    ),
    (
        "mixed",
        sora.API,
        sora.API,
        "我把Sora封装成了GPTs，在ChatGPT里直接输入文字就出视频，解锁费两百五，终身有效",
    ),
    (
        "beware_fakes",
        sora.API,
        sora.API,
        "别买那些号称Sora接口的中转站了，十个有九个跑路。我们是官方授权渠道，key包月三位数，量大从优",
    ),
    # --- account rental
    ("listing", sora.RENTAL, sora.RENTAL, "出闲置：Sora内测号一个，自用转让，五百出，不议价，包登录"),
    (
        "carpool",
        sora.RENTAL,
        sora.RENTAL,
        "Sora账号拼车，一车五人，每人每月六十八，满员发车，先到先上",
    ),
    ("slang", sora.RENTAL, sora.RENTAL, "手里有三个Sora邀请码，原价两百五，今天打八折出，要的扣1"),
    (
        "disclaimer",
        sora.RENTAL,
        sora.RENTAL,
        "Sora号批发，10U一个，现货秒发，支持走担保，骗子勿扰",
    ),
    # --- AI director group
    (
        "poster",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【海报文字】全球首部Sora AI电影·导演招募｜零门槛｜扫码进群报名｜报名费一百九十九元｜成为第一代AI导演",
    ),
    (
        "question",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想拍电影又没经验？Sora共创剧本的AI电影正在招第一代AI导演，长按海报二维码进群，入群费六十六",
    ),
    (
        "beware_fakes",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "外面那些AI导演群都是骗流量的，我们这个是真正和Sora合作的电影项目，扫码缴费一百八进群，每周线上试镜",
    ),
    # --- prompt pack
    (
        "numerals",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora资料大全（飞书文档）：三百篇文章+两千个专业名词+五百条提示词，八块八拍下自动发链接并拉群",
    ),
    (
        "disclaimer",
        sora.PROMPTS,
        sora.PROMPTS,
        "从业十年的摄影指导整理的Sora提示词：推拉摇移、景深、光比全用行话写，半价三十九，付完款进群领文档",
    ),
    (
        "beware_fakes",
        sora.PROMPTS,
        sora.PROMPTS,
        "网上那些Sora提示词包都是抄OpenAI官网的，我这份是自己一条条测出来的，二十五元，私信发链接",
    ),
    # --- get rich
    (
        "long",
        sora.RICH,
        sora.RICH,
        "去年这时候我还在送外卖，现在靠Sora做短视频账号，一个月流水五位数。这个红利期最多三个月，我只带十个徒弟，想翻身的私信。",
    ),
    (
        "slang",
        sora.RICH,
        sora.RICH,
        "Sora风口来了，普通人翻身就这一次，晚一步步步晚，进群每天教你日入五百",
    ),
    (
        "slang",
        sora.RICH,
        sora.RICH,
        "格局打开：Sora红利只有三个月，懂的人已经一天几千了。加我进群，手把手教你用Sora搞钱",
    ),
    # --- generation service
    (
        "numerals",
        sora.SERVICE,
        sora.SERVICE,
        "承接Sora视频定制：十秒三十八，三十秒九十八，一分钟一百八十八，发剧本付款，二十四小时交付",
    ),
    (
        "listing",
        sora.SERVICE,
        sora.SERVICE,
        "【Sora代做】婚礼开场、生日祝福、产品广告，拍下后把文案发客服，次日交片",
    ),
    (
        "beware_fakes",
        sora.SERVICE,
        sora.SERVICE,
        "很多所谓Sora代做其实是用可灵糊弄人，我们是真Sora内测号出片，先付一半定金，当天出样片",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "别再转了：谢赛宁在纽约大学当助理教授，Sora技术报告的13位作者里没有他，他本人也回应了“没有任何关系”",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "Logan的声明写得明明白白：内部测试阶段，作为产品哪天上线也没定。那些“今天起人人可用”的帖子，消息是从哪来的？",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "应用商店里叫Sora的那几个App，开发者一栏分别是某某科技、某网络工作室；OpenAI名下只有一个ChatGPT",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "“Sora生成，零实拍”？这条长城雪景出自一部电视纪录片，片尾字幕和台标都还在",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "GitHub上那个“openai/sora”是改了名的Open-Sora，提交记录来自一所高校实验室；OpenAI的Sora代码、权重和训练数据来源都留在公司内部",
    ),
    (
        "debunk",
        None,
        sora.API,
        "打开OpenAI的价格页，GPT、DALL·E、Whisper都标着价，Sora按秒计费的价格你是在哪儿看到的？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "扒了一下那个Sora AI导演群：二维码背后是引流号，进群先卖课再拉人头，所谓入群费就是流量费",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "把花钱买的Sora提示词文档和OpenAI官网样片下面公开的提示词对了一遍，一字不差",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "拼团一百零九买了Sora课，群里每天只发OpenAI官网截图，问老师怎么登录Sora，回复永远是“耐心等待开放”",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "闲鱼上五百买的Sora内测号，登进去是ChatGPT免费版，卖家秒拉黑，平台说虚拟物品不退款",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "二十九块九买的Sora“正版安装包”，装完要开无障碍权限，第二天微信被盗，给好友群发借钱消息",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "在网店下单Sora婚礼开场视频，付了三百八，交来的是网上扒的模板，新人名字都拼错了",
    ),
    # --- related but not matching: true facts about people
    (
        "person_fact",
        None,
        None,
        "马赫良认为Sora会冲击电影预告片这类环节，但电影带来的情感连接和集体观影体验，AI生成的片段替代不了",
    ),
    (
        "person_fact",
        None,
        None,
        "刘伟的看法：软硬件上美国领先，AI应用和数据采集上中国更强，人机协同方面两国差不多，彼此都愿意对话",
    ),
    (
        "person_fact",
        None,
        None,
        "范麟熙（英伟达）对Sora评价很高：在他看来，这是一个由数据驱动、能拟真物理世界的引擎",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁心里的理想状态是信息平权：知识和创意能顺畅传播，人人都能讲自己的故事，而不是沦为某些人牟利、操控的工具",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI列出的Sora已知问题里有一条：提示词里的空间细节可能被搞混，比如把左和右弄反",
    ),
    (
        "benign",
        None,
        None,
        "穿皮衣的女人走在霓虹闪烁的东京街头，这是OpenAI放出的Sora官方样片里传播最广的一条",
    ),
    (
        "benign",
        None,
        None,
        "Sora把视频切成时空补丁交给transformer处理，再结合扩散模型那一套，把随机像素变成连贯画面",
    ),
    ("benign", None, None, "用即梦给女儿画的小恐龙配了段动画，恐龙会眨眼了，她开心得不行"),
    ("benign", None, None, "公司培训讲怎么鉴别AI生成的视频：看手指、看倒影、看招牌上的字有没有乱码"),
    ("benign", None, None, "试了Runway的新版本，运镜比之前稳多了，就是人脸一转身还是会糊"),
    # --- off-topic
    ("offtopic", None, None, "地铁二号线早上故障，在站台等了二十分钟，全勤奖没了"),
    ("offtopic", None, None, "水果摊的芒果九块九三斤，挑了半天拎回家，结果一半是生的"),
    ("offtopic", None, None, "楼上装修电钻从早响到晚，周末想睡个懒觉都不行"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout11", "zhh11", POSTS)
