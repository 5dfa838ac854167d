# ruff: noqa: E501
"""Write tests/data/zh_heldout8_{posts,qrels,labels}: an eighth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists or per-post results
in the docs. 70 posts, 45 with a gold template (three or four per template), as a Sora rumour / scam
wave reads on Weibo, WeChat Moments, Douyin and Xiaohongshu: Weibo #话题#, forwards (转发, 转自朋友圈),
slang (家人们谁懂啊, 懂的都懂, 宝子, 搞钱, 摘桃子, 咒语 for prompts), pinyin and chat shorthand (xdm, xswl, 手慢无),
English mixed into Chinese (key person, pride, open source, weights, deploy, pay, unlimited, send, deliver), emoji,
Chinese numerals in prices (六块六, 九十九元, 一小时五十, 月付一百二, 两百九十九, 十九块九, 二十九块九, 一条八十八, 每支六十六),
traditional characters, names in Chinese (谢赛宁, 周鸿祎, 刘伟, 穆拉蒂), negated rhetorical questions that assert
(Sora不是已经对公众开放了吗, Sora背后难道不是中国团队), long posts with context (a father and the family phone, a
video editor of eight years, a friend at a partner studio, a former factory worker turned "mentor", a Feishu
doc that is "not a course"), obfuscation (S0ra, S⭕ra, 点cn); scams that vouch for themselves (正规渠道，非诈
骗，支持验货; 正规影视公司发起，绝非骗局) or warn about competitors while still selling (群里转的那些Sora安装包好多带木马，我们这个是干净的原版;
别买那些九块九的Sora假课了; 有些店拿Pika冒充Sora交差); sibling confusions (a web version open to all "no App
needed", a prompt doc that is "not a course"); 12 debunks and warnings of several styles, four of them
first-person loss reports (a victim telling they paid and lost: a warning, not the scam), one phrased as a
question, several that answer with facts and no negation word (who can use Sora today, what OpenAI published,
a seller's arithmetic); true facts about people who speak about Sora, benign news about Sora, on-topic posts
about other AI video work, and off-topic posts (one with an 八百八 price that is a phone screen).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
(posts at 0.7 or more were rewritten: a first draft had nine at 0.71-0.87, three person facts (Chollet, 刘伟, 谢赛宁's
"are we ready") written from seed sentences earlier sets had already used, a traditional-character
Chinese-team post, a prompt doc, a mixed-language Xie post, a mislabelled-video question, a traditional App
post and a three-months slang post; a 周鸿祎 fact at 0.691, a Xie debunk at 0.679, a New Scientist item at
0.675, a scam warning about competitors at 0.651 and a Xie question at 0.645 were rewritten for margin, then a
Xie fact at 0.674 that replaced one of them, a director forward and a sample-videos post at 0.643).
Highest ratio of the committed list: 0.630. Committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout8.py [--check]
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
        "#谢赛宁# 交大校友群都在传：Sora的发明人里有一位是咱们交大毕业的谢赛宁，年纪轻轻就参与做出了震惊世界的视频模型",
    ),
    (
        "question",
        sora.XIE,
        sora.XIE,
        "刷到好几篇说Sora的发明者里有谢赛宁，交大毕业那位天才少年？咱们中国人在OpenAI这么厉害了啊",
    ),
    (
        "mixed",
        sora.XIE,
        sora.XIE,
        "据说sora背后的key person之一就是谢赛宁，shanghai jiao tong出来的大神，交大的pride啊",
    ),
    # --- open to everyone
    ("pinyin", sora.PUBLIC, sora.PUBLIC, "sora全面放开了 人人都能注册 直接登上去就能生视频 xdm速来 手慢无"),
    (
        "negated_question",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora不是已经对公众开放了吗？我表妹昨天注册完就做了一段旅行vlog，根本不用排队",
    ),
    (
        "emoji",
        sora.PUBLIC,
        sora.PUBLIC,
        "🎉🎉Sora正式向全体用户开放！无需邀请、无需等待，登录就能玩，快去试试👉",
    ),
    (
        "obfuscated",
        sora.PUBLIC,
        sora.PUBLIC,
        "不用下什么App，S⭕ra网页版已经对所有人开放，任何人登录就能生成视频，一分钱不花",
    ),
    # --- official app
    (
        "slang",
        sora.APP,
        sora.APP,
        "家人们谁懂啊，OpenAI官方的Sora App真的上架了，应用商店一搜就有，手机上就能做大片",
    ),
    (
        "traditional",
        sora.APP,
        sora.APP,
        "好消息！OpenAI的Sora有官方App囉，蘋果商店跟Google Play都搜得到，Mac跟Windows版本也一起出了",
    ),
    (
        "long",
        sora.APP,
        sora.APP,
        "周末回老家，我爸拿着手机问我是不是要装个Sora。我一看，OpenAI官方的Sora应用已经在应用商店上架了，装好以后跟ChatGPT摆在一起，给他做了段老房子的视频，他高兴得不得了。",
    ),
    # --- fake app download
    (
        "numerals",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora电脑手机双版本安装包，点链接直接下载，激活码六块六，下完马上能生成视频",
    ),
    (
        "beware_fakes",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "群里转的那些Sora安装包好多带木马，我们这个是干净的原版apk，已经上千人装过，评论区置顶拿链接",
    ),
    (
        "obfuscated",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "S0ra安卓版下载：s0ra-app点cn/dl ，免排队，装好即可生成，名额有限",
    ),
    # --- real video mislabelled
    (
        "hashtag",
        sora.REALVID,
        sora.REALVID,
        "#Sora生成# 这段洱海日出全是Sora一句话做出来的，没有任何实拍，指令放在评论区了",
    ),
    (
        "question",
        sora.REALVID,
        sora.REALVID,
        "你敢信吗？雪山脚下那群牦牛，从头到尾是Sora凭一句话算出来的，摄影机碰都没碰，指令贴在楼下",
    ),
    (
        "forward",
        sora.REALVID,
        sora.REALVID,
        "转发：本视频由OpenAI新模型Sora生成——重庆洪崖洞夜景，全程无实拍，生成指令见下方",
    ),
    # --- Chinese team
    (
        "slang",
        sora.CHINESE,
        sora.CHINESE,
        "说白了Sora就是华人搞出来的，核心科学家清一色来自中国，OpenAI只是摘了桃子，懂的都懂",
    ),
    (
        "negated_question",
        sora.CHINESE,
        sora.CHINESE,
        "Sora背后难道不是中国团队？研发的主力全是华人科学家，这点圈里人都清楚",
    ),
    (
        "traditional",
        sora.CHINESE,
        sora.CHINESE,
        "說到底Sora的核心技術靠的是一批華裔研究員，美國公司只是出面發布而已，團隊主體是中國人",
    ),
    # --- open source
    (
        "pinyin",
        sora.OPENSRC,
        sora.OPENSRC,
        "sora开源了 权重+代码全在github 本地就能跑 xswl openai终于open了一回",
    ),
    (
        "question",
        sora.OPENSRC,
        sora.OPENSRC,
        "有人已经在本地跑起来Sora了吗？OpenAI把模型权重和代码都放到GitHub了，我的3090不知道带不带得动",
    ),
    (
        "mixed",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI把Sora open source了，weights和code都在Hugging Face，谁都能deploy到自己机器上",
    ),
    # --- paid course
    (
        "numerals",
        sora.COURSE,
        sora.COURSE,
        "Sora零基础课程，限时九十九元，今天已经卖出两万份，扫码付款马上开学",
    ),
    (
        "long",
        sora.COURSE,
        sora.COURSE,
        "我是做了八年剪辑的老师，最近把Sora的用法整理成了一套完整课程，从注册到出片一步步带。原价三百九十九，这周特价一百九十九，付款后拉你进学员群，课程永久有效。",
    ),
    (
        "beware_fakes",
        sora.COURSE,
        sora.COURSE,
        "别买那些九块九的Sora假课了，全是官网介绍复制粘贴。我们是正经系统课，九十九元，扫码报名",
    ),
    (
        "emoji",
        sora.COURSE,
        sora.COURSE,
        "🔥Sora速成课🔥 手把手教你用AI做视频，¥99全套带走，先学先赚👇扫码付款",
    ),
    # --- fake API
    (
        "disclaimer",
        sora.API,
        sora.API,
        "正规渠道，非诈骗，支持验货：Sora官方API接口现货，密钥付款秒发，量大价优",
    ),
    ("mixed", sora.API, sora.API, "Sora API已拿到，封装成了GPTs，pay一次unlimited生成视频，私信get链接"),
    (
        "question",
        sora.API,
        sora.API,
        "还在等Sora API？我们已经开通官方接口了，买个key今天就能生成视频，需要的私",
    ),
    # --- account rental
    (
        "numerals",
        sora.RENTAL,
        sora.RENTAL,
        "Sora内测号出租，一小时五十，急用的宝子冲，付款马上发账号密码",
    ),
    (
        "long",
        sora.RENTAL,
        sora.RENTAL,
        "朋友在一家和OpenAI合作的工作室，手上有几个Sora内测资格。我这边代为出租：共享号月付一百二，独享号两百九十九，付完款把账号密码发你，当天就能用。",
    ),
    (
        "hashtag",
        sora.RENTAL,
        sora.RENTAL,
        "#Sora邀请码# 手里还剩两个内测邀请码，一个八十八，转账后私发，先到先得",
    ),
    # --- AI director group
    (
        "forward",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "转自朋友圈：【AI电影海选】Sora参与写剧本的第一部电影，缺一批AI导演，扫码付费就能进群参加试镜，名额不多",
    ),
    (
        "disclaimer",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "正规影视公司发起，绝非骗局：Sora共创电影招募AI导演，扫码交报名费一百九十九进创作群试镜",
    ),
    (
        "question",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想不想成为中国第一代AI导演？Sora共创剧本的电影正在海选，扫下方二维码交费进群就能参加",
    ),
    # --- prompt pack
    ("pinyin", sora.PROMPTS, sora.PROMPTS, "sora提示词大全 电影术语全覆盖 付费发飞书链接+拉群 xdm冲"),
    (
        "numerals",
        sora.PROMPTS,
        sora.PROMPTS,
        "镜头语言速查+Sora咒语合集，一共八百条，只要十九块九，转账后私发链接并邀请入群",
    ),
    (
        "long",
        sora.PROMPTS,
        sora.PROMPTS,
        "不是课，不用听一节节录播。就是一份飞书文档：我把全网能找到的Sora文章、专有名词和提示词都整理好了，按镜头分类，付二十九块九发链接，再拉你进交流群。",
    ),
    # --- get rich
    (
        "slang",
        sora.RICH,
        sora.RICH,
        "Sora这波风口顶多三个月，慢一步就永远追不上，宝子们现在跟我干一天几千块，搞钱私聊",
    ),
    (
        "long",
        sora.RICH,
        sora.RICH,
        "去年我还在工厂流水线上班，现在靠Sora做短视频一天能进账三四千。这个风口最多再吹三个月，我准备再带二十个人，想改变命运的评论区扣1。",
    ),
    ("emoji", sora.RICH, sora.RICH, "💰Sora搞钱计划💰 加入我们每天都有收入，月入过万很轻松，名额有限⏰"),
    (
        "question",
        sora.RICH,
        sora.RICH,
        "人家靠Sora一天进账几千，你还在观望？三个月后红利就没了，现在进群还来得及",
    ),
    # --- generation service
    (
        "beware_fakes",
        sora.SERVICE,
        sora.SERVICE,
        "有些店拿Pika冒充Sora交差，我们用的是真Sora。发脚本付款，二十四小时出片，一条八十八",
    ),
    (
        "mixed",
        sora.SERVICE,
        sora.SERVICE,
        "Sora视频定制，send脚本+付款，24h deliver，电商主图视频、广告片都能做",
    ),
    ("traditional", sora.SERVICE, sora.SERVICE, "Sora代客生成影片，傳劇本付款後隔天交片，每支六十六元"),
    # --- debunks and warnings, several styles
    (
        "debunk",
        None,
        sora.PUBLIC,
        "Sora到底谁能用？答案：OpenAI的红队测试员，外加一小部分受邀的视觉艺术家和电影人。普通账号登录后看到的只有ChatGPT。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "要是真有官方Sora App，OpenAI官网为什么一个下载入口都找不到？商店里那些开发者名字你查过吗？",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "谢赛宁本人朋友圈原话：和Sora“一点关系都没有”。人家是纽约大学计算机系助理教授，之前在Facebook AI研究院，那篇十万加已因虚假信息被投诉下架。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "关于“Sora开源”：OpenAI发布的是技术报告和演示样片，模型留在自家服务器上。GitHub上叫Sora的仓库，作者都是网友。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "提醒：家族群里转的“Sora安装包”是盗号木马，装了之后微信和银行卡密码都可能被盗，千万别点",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "卖课的这笔账算过吗：九十九一份，一天两万份，就是两百万。买家到手的只有Sora官方介绍和一句“给自己一个机会”。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那段“Sora生成”的洱海日出，原片是一位摄影师2022年发在B站的延时摄影，加一行字幕就成了“AI作品”",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "接单代做Sora视频的，交付的多半是别家工具做的片子，Sora眼下外面的人根本用不上",
    ),
    # --- first-person loss reports: a victim telling they paid and lost (a warning)
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "花两百九十九租了个“Sora内测号”，登上去就是个普通ChatGPT账号，找卖家已经被拉黑",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "九十九买的Sora课，打开是个PDF，内容是OpenAI官网介绍的机翻，群里天天推下一期高级班",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "我妈点了群里的Sora下载链接，装完手机就一直弹广告，第二天支付宝提示异地登录，吓死了",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "跟着“Sora搞钱导师”交了一千九百九的学费，说一个月回本，两个月了一分没赚到，群主早就不说话了",
    ),
    # --- true facts about people who speak about Sora
    (
        "person_fact",
        None,
        None,
        "WSJ采访里被追问Sora有没有拿YouTube、Instagram的视频训练，穆拉蒂答得含糊：说用的是公开数据和授权数据，具体来源她也不确定",
    ),
    (
        "person_fact",
        None,
        None,
        "周鸿祎判断通用人工智能会比大家想的来得快，理由是AI已经开始通过视频去理解整个世界",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁在朋友圈还聊到，Sora给普通人打开了创造虚拟世界的门，讲故事的“超能力”应该人人都有，但不能变成少数人牟利的工具",
    ),
    (
        "person_fact",
        None,
        None,
        "刘伟提醒，这类技术跑得太快，会冲击传统的伦理和监管，关键是在鼓励创新和保护公共利益之间找到平衡",
    ),
    # --- benign news and on-topic posts
    (
        "benign",
        None,
        None,
        "OpenAI承认Sora还不太懂因果：样片里有人咬了一口饼干，饼干却完好无损，一个牙印都没有",
    ),
    (
        "benign",
        None,
        None,
        "Sora生成的视频都加了水印标明是AI做的，不过OpenAI自己也承认，水印能被去掉",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI目前只把Sora交给少数学者和外部研究者试用，请他们帮忙找出系统可能被滥用的方式",
    ),
    (
        "benign",
        None,
        None,
        "去OpenAI官网把Sora的样片翻了一遍，一共48条，最喜欢那只在雪里打滚的狗",
    ),
    (
        "benign",
        None,
        None,
        "用可灵做了段小孩放风筝的视频，手指还是会多出一根，但运镜比去年的工具顺多了",
    ),
    ("benign", None, None, "学院下周办讲座，主题是生成式视频对纪录片伦理的影响，欢迎旁听"),
    # --- off-topic
    ("offtopic", None, None, "楼下新开的螺蛳粉店排队排到马路边，明天早点去"),
    ("offtopic", None, None, "孩子学校要交春游费一百五，顺便给他买了双运动鞋"),
    ("offtopic", None, None, "手机屏幕摔碎了，换个原装屏要八百八，肉疼"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout8", "zhh8", POSTS)
