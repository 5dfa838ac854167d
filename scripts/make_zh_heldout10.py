# ruff: noqa: E501
"""Write tests/data/zh_heldout10_{posts,qrels,labels}: a tenth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the paid course, fake API and
generation service scams, three for each other template), as a Sora rumour / scam wave reads on Weibo, WeChat
Moments, Douyin, Xiaohongshu and Xianyu: Weibo #话题#, forwards (【转】 a WeChat article title, 转自摄影群),
a Douyin live room (直播间的家人们, 小黄车), Xiaohongshu (姐妹们, 亲测), slang (老铁, 宝妈, 宝子, 割韭菜, 五百大洋,
上车), pinyin and chat shorthand (szd, gkd, u1s1, tql, jms, yyds, dddd, vx), English mixed in (key, Hugging
Face, clone, 1080P), emoji, Chinese numerals in prices (十二块八, 一百二十八, 三百九十八, 两百九十九, 六十六块钱,
一百九十九, 一毛五一次, 三十块钱, 六十分钟三十五元, 一个月一千二, 七天九十八, 二百九十九, 进群费八十八, 三十九块八, 十九块九,
四十九, 两万八, 日入过千, 五秒十八, 一分钟一百五十, 八十八一条), obfuscation (S0ra, ❤ between characters), names in
Chinese (谢赛宁, 周鸿祎, 米拉·穆拉蒂, 弗朗索瓦·肖莱), negated rhetorical questions that assert (这还能有假,
Sora不是已经全面开放了吗, 不就是一群中国人吗, 谁不想当第一代AI导演, 你还不心动), long posts with context (a cousin in
Silicon Valley, a video editor's own document), the claim among other things of the day (a weekend log, a lab
meeting); scams that vouch for themselves (已通过360安全检测; 闲鱼实名认证卖家，好评三百多条; 清华学长亲自录的;
已经给两百多家店做过) or warn about competitors while still selling (群里流传的Sora APK很多带木马; 那些卖九十九只给一份
说明书的Sora课都是割韭菜的; 某宝上那些Sora API都是拿GPT-4冒充的); 12 debunks and warnings of several styles, four
of them first-person loss reports (a victim telling they paid and lost: a warning, not the scam), two phrased
as questions, several that answer with facts and no negation word; four true facts about people who speak
about Sora, three items of real news about Sora and three on-topic posts about other AI video work (kind
``benign``), and three off-topic posts (one with a 九块九 price that is milk tea).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio (see
the commit message). Committed before any run of the monitor on it; nothing is chosen on it, it is read once,
by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout10.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "slang",
        sora.XIE,
        sora.XIE,
        "老铁们，上海交大出来的谢赛宁就是Sora背后的发明人之一，这才叫真·别人家的孩子👍 #学霸#",
    ),
    (
        "forward",
        sora.XIE,
        sora.XIE,
        "【转】《震惊世界的Sora，发明人之一竟是交大毕业的天才少年谢赛宁》十万加阅读，建议每个家长都看看",
    ),
    (
        "negated_question",
        sora.XIE,
        sora.XIE,
        "交大老同学群里刷屏了，Sora发明人里就有谢赛宁，这还能有假？人家当年可是出了名的天才",
    ),
    # --- open to the public
    (
        "xiaohongshu",
        sora.PUBLIC,
        sora.PUBLIC,
        "姐妹们！Sora终于对普通人开放啦🎉 用ChatGPT账号直接登录就能做视频，不用排队，亲测今天刚开通",
    ),
    ("pinyin", sora.PUBLIC, sora.PUBLIC, "szd，sora现在人人都能用了，注册完马上出片，gkd"),
    (
        "negated_question",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora不是已经全面开放了吗？我同事昨天就注册上了，你们咋还在等邀请码",
    ),
    # --- official app
    (
        "mixed",
        sora.APP,
        sora.APP,
        "OpenAI官方的Sora手机App上线了，华为应用市场和苹果商店都能搜到，我已经装好在玩了",
    ),
    (
        "among_other",
        sora.APP,
        sora.APP,
        "周末流水账：早上去菜市场买了条鲈鱼，下午陪老妈复查，晚上把OpenAI出的Sora官方客户端装到了笔记本上",
    ),
    (
        "question",
        sora.APP,
        sora.APP,
        "有人用过OpenAI新出的Sora电脑版吗？就是官网免费下载那个，M1的Mac上跑得动不",
    ),
    # --- fake APK
    (
        "numerals",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora安卓安装包，内置激活，一次付费十二块八终身使用，链接放评论区，下载装好就能出片",
    ),
    (
        "disclaimer",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "本店Sora客户端已通过360安全检测，绿色无插件，扫码下载，三分钟装好就能生成视频",
    ),
    (
        "beware_fakes",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "群里流传的Sora APK很多带木马，千万别乱点！认准我们这个正版，主页链接下载安装即可使用",
    ),
    # --- real video mislabelled
    (
        "question",
        sora.REALVID,
        sora.REALVID,
        "谁能想到这段重庆洪崖洞夜景是Sora纯文字生成的？一个镜头都没实拍，生成指令附在评论区",
    ),
    (
        "hashtag",
        sora.REALVID,
        sora.REALVID,
        "#Sora神作# 🐼熊猫抱着竹子啃这条，全程AI生成，零拍摄，咒语在图二",
    ),
    (
        "forward",
        sora.REALVID,
        sora.REALVID,
        "转自摄影群：这条暴雨里的外滩是OpenAI新模型Sora生成的，发布者连生成指令都贴出来了，摄影师要失业了",
    ),
    # --- Chinese team
    (
        "pinyin",
        sora.CHINESE,
        sora.CHINESE,
        "u1s1，Sora背后其实是一支华人团队，核心技术全是中国人搞的，OpenAI只是挂个名",
    ),
    (
        "long",
        sora.CHINESE,
        sora.CHINESE,
        "和在硅谷的表哥视频聊了半小时，他说圈里都知道Sora的关键算法是几个中国科学家做出来的，美国人负责融资和宣传。听完又骄傲又憋屈，好苗子为什么都往外跑。",
    ),
    (
        "negated_question",
        sora.CHINESE,
        sora.CHINESE,
        "Sora的核心发明人不就是一群中国人吗？把名单翻出来一看全是华人面孔",
    ),
    # --- open source
    (
        "pinyin",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI居然把Sora开源了，模型权重和代码都挂在Hugging Face上，自己的显卡就能跑，tql",
    ),
    (
        "among_other",
        sora.OPENSRC,
        sora.OPENSRC,
        "今天组会导师说了三件事：论文周五截稿、机房空调修好了、Sora已经开源，让我们把权重下到服务器上部署试试",
    ),
    (
        "question",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora开源的代码大家clone下来没？官方仓库的权重好几百G，下得太慢，有没有好心人给个网盘",
    ),
    # --- paid course
    (
        "numerals",
        sora.COURSE,
        sora.COURSE,
        "Sora小白训练营🔥三百九十八的课今晚只要一百二十八，付款截图发我，立马拉进学习群",
    ),
    (
        "live",
        sora.COURSE,
        sora.COURSE,
        "直播间的家人们！Sora全套教程九十九，三万人已经在学了，小黄车下单马上发课程🛒",
    ),
    (
        "beware_fakes",
        sora.COURSE,
        sora.COURSE,
        "那些卖九十九只给一份说明书的Sora课都是割韭菜的，我们是清华学长亲自录的，四十节课，两百九十九，扫码报名",
    ),
    (
        "pinyin",
        sora.COURSE,
        sora.COURSE,
        "Sora课yyds！一节课就会做AI视频，jms冲，六十六块钱永久观看，链接在橱窗",
    ),
    # --- fake API
    (
        "numerals",
        sora.API,
        sora.API,
        "Sora API现货，官方通道，key一个一百九十九，支持调用生成1080P视频，可开专票",
    ),
    (
        "mixed",
        sora.API,
        sora.API,
        "我们把Sora接口接进了微信小程序，输入一句话就出视频，充值三十块钱无限次生成",
    ),
    (
        "beware_fakes",
        sora.API,
        sora.API,
        "某宝上那些Sora API都是拿GPT-4冒充的，我们这边是直连Sora的接口，按次计费一毛五一次，量大私聊",
    ),
    (
        "slang",
        sora.API,
        sora.API,
        "dddd，Sora的GPTs已经做好了，接口走的内部渠道，付费解锁之后想生成多少视频就生成多少",
    ),
    # --- account rental
    (
        "numerals",
        sora.RENTAL,
        sora.RENTAL,
        "Sora内测账号按时出租：六十分钟三十五元，整天一百六，一个月一千二，转账成功立即发登录信息",
    ),
    ("slang", sora.RENTAL, sora.RENTAL, "手上还有两个Sora邀请码，先到先得，五百大洋一个，懂的来"),
    (
        "disclaimer",
        sora.RENTAL,
        sora.RENTAL,
        "闲鱼实名认证卖家，好评三百多条，Sora共享号按周租，七天九十八，拍下自动发货",
    ),
    # --- AI director group
    (
        "notice",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【招募】全球首部Sora共创剧本的AI电影，现招第一代AI导演，零经验可报，扫码加群缴纳报名费二百九十九即可参与海选",
    ),
    (
        "emoji",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "🎬想当导演的宝子看过来！Sora电影项目海选AI导演，长按识别二维码进群，进群费八十八",
    ),
    (
        "negated_question",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "谁不想当第一代AI导演？Sora参与编剧的电影正在选人，扫码交钱进群就能试镜，错过这批就没了",
    ),
    # --- prompt pack
    (
        "numerals",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora提示词宝典（飞书文档）：一千条电影级提示词，运镜、景别、布光术语全都有，三十九块八，付款后发链接拉进群",
    ),
    ("obfuscated", sora.PROMPTS, sora.PROMPTS, "S0ra咒❤语合集，影视术❤语版，付❤款十九块九发文❤档链接+进群"),
    (
        "long",
        sora.PROMPTS,
        sora.PROMPTS,
        "干了三年剪辑，我把网上所有Sora相关的文章、名词解释，加上自己按分镜脚本写的镜头提示词，汇总成了一份资料。要的话四十九，转账后私发链接，顺便拉你进交流群。",
    ),
    # --- get rich
    (
        "slang",
        sora.RICH,
        sora.RICH,
        "宝妈在家用Sora做视频，一个月挣了两万八💰风口就这三个月，想赚钱的私我带你上车",
    ),
    (
        "long",
        sora.RICH,
        sora.RICH,
        "Sora这波热度撑不过三个月，早一天进场多赚一天。我团队里收入最少的一天也有八百，最多的一天过万，今晚再开一个群带新人干。",
    ),
    (
        "negated_question",
        sora.RICH,
        sora.RICH,
        "眼看着别人靠Sora日入过千，你还不心动？三个月后窗口一关，后悔都来不及",
    ),
    # --- generation service
    (
        "numerals",
        sora.SERVICE,
        sora.SERVICE,
        "Sora代做视频，五秒十八，十五秒四十五，一分钟一百五十，发文案先付款，当天出片",
    ),
    (
        "question",
        sora.SERVICE,
        sora.SERVICE,
        "淘宝店主还在为主图视频发愁？用Sora给你做商品宣传短片，发脚本过来付款，二十四小时内交片",
    ),
    (
        "disclaimer",
        sora.SERVICE,
        sora.SERVICE,
        "我们工作室有Sora内测权限，接单代生成，已经给两百多家店做过，先付款后排期，明天出片",
    ),
    ("pinyin", sora.SERVICE, sora.SERVICE, "sora代做，vx发需求，八十八一条，付完款明早交货"),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "后续来了：谢赛宁亲自在朋友圈澄清和Sora“一点关系都没有”，发文的自媒体负责人说要全网公开道歉，原文已被投诉删除",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "眼下能摸到Sora的：做安全评估的红队，加上受邀的一小撮艺术家和导演。其余人登进OpenAI，能用的是ChatGPT",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "你在应用商店下的那个“Sora”，开发者一栏写的是OpenAI吗？点进去看一眼再决定装不装",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "外滩暴雨那条“Sora视频”我找到出处了，是一位上海摄影师前年用无人机拍的，原视频还挂在他主页上",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "Sora技术报告作者一共13位，其中华人3位，项目带头人是OpenAI的Tim Brooks和Bill Peebles",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "在Hugging Face搜Sora，出来的是Open-Sora、Open-Sora-Plan这类社区复现，OpenAI自家的权重和训练数据一直捂着",
    ),
    (
        "debunk",
        None,
        sora.API,
        "翻了OpenAI开发者文档，列出来的模型有GPT、DALL·E、Whisper、TTS和Embedding。Sora在哪一栏？",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "朋友买了那个九十九的Sora课，打开一看是OpenAI官网介绍的机翻，外加一句“给自己一个机会”",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "找网店代做Sora视频，付了一百五，收到的是可灵做的片子，水印都没裁干净，申请退款被拒",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "五百块买的Sora邀请码，输进去提示无效，卖家说是我操作有问题，然后直接把我删了",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "跟着“Sora搞钱导师”交了九百八学费，所谓日入过千就是让你去拉新人交学费，醒悟得太晚",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "在群里下了个Sora安装包，装完手机开始疯狂弹广告，支付宝还收到陌生设备登录提醒，连夜改了所有密码",
    ),
    # --- related but not matching: true facts about people
    (
        "person_fact",
        None,
        sora.XIE,
        "在谢赛宁看来，AI的监管和技术都成熟之前，《黑镜》里那种捕获真相、编排故事的情节，离现实恐怕不远了",
    ),
    (
        "person_fact",
        None,
        None,
        "周鸿祎的判断：广告片、电影预告、短视频这几行最先被Sora搅动，至于抖音，更可能是多了个创作工具而非被取代",
    ),
    (
        "person_fact",
        None,
        None,
        "《华尔街日报》的视频专访里，米拉·穆拉蒂对Sora训练数据的说法是“公开数据和授权数据”，再追问Instagram、Facebook上的视频用没用，她含糊其辞",
    ),
    (
        "person_fact",
        None,
        None,
        "弗朗索瓦·肖莱（Keras的作者）对Sora的看法：物理规律它多少学到了一些，可遇到训练数据里没见过的情形还靠不靠得住，得打个问号",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "Sora的样片也翻过车：一个人啃饼干，啃完饼干一点没少，这个例子是OpenAI自己拿出来讲的",
    ),
    (
        "benign",
        None,
        None,
        "专访里还提到，Sora生成名人、政要的画面会被挡掉，至于裸露内容怎么处理，OpenAI自己还在琢磨",
    ),
    ("benign", None, None, "按官方介绍，Sora单条视频最长一分钟，能处理多个角色和复杂的运镜"),
    ("benign", None, None, "剪映新出的AI成片功能试了一下，配音挺自然，就是字幕老对不上口型"),
    ("benign", None, None, "电影学院的老师在课上讨论AI会不会改变导演这个职业，前后排吵得挺激烈"),
    ("benign", None, None, "用Pika给家里的猫做了个会说话的小视频，发到家族群被奶奶夸了半天"),
    # --- off-topic
    ("offtopic", None, None, "小区停水到晚上八点，提前接了两大桶水"),
    ("offtopic", None, None, "公司楼下新开的奶茶店搞活动，九块九两杯，午休摸鱼去排了二十分钟队"),
    ("offtopic", None, None, "孩子数学期中考了九十八分，答应他周末去游乐场"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout10", "zhh10", POSTS)
