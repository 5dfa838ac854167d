# ruff: noqa: E501
"""Write tests/data/zh_sellers_tune_{posts,qrels,labels}: a Chinese TUNING set for the seller's waiver: sellers that vouch, and the debunks beside them.

Seen by design: labelled training rows for the seller's waiver (monitor/core/sellerguard.py). Written from
the seeds (../shared/seeds) against the demo catalogue by an engineer who did not run the monitor, a model or
a matcher on it. 80 weibo-style posts on one boundary: 45 scam posts of the eight scam templates (six for the
fake APK, paid course, API resale, account rental and prompt pack, five for the AI-director group, get-rich
and generation service) that still SELL (a price, 扫码 / 进群, a link, 私信 / 评论区扣1, 小黄车, a download)
while they warn about fakes, copycats or the other sellers' product or vouch for themselves, in the styles
of Moments, Xiaohongshu, Bilibili, Douyin live, a Taobao title, a Xianyu listing, a Zhihu answer (谢邀, 利益相
关), a WeChat group notice (【群公告】), a 严正声明 and a Cantonese listing in traditional characters; the
warning sits first, in the middle or last, the seller speaks as 我们 / 本店 or 我, some sell mostly by vouching
(好评率, 七天无理由退款, 可开发票, 可用率). Kinds: ``beware_fakes`` (别家 / 外面那些 / 谨防假冒 …, then the
offer), ``disclaimer`` (不是骗子, 不是割韭菜, 正规机构), ``self_vouch`` (trust signals only). And 35 posts with
no gold template that use the same words but sell nothing (their related template is the scam they are
about): debunks, public warnings, a community's, a marketplace's and a bank's notices, first-person loss
reports (九十九买的Sora课…结果就是一个PDF), reports that quote a seller's vouch to warn (“相信我们，我们是正版”，
收了钱就消失) and questions asking whether such a seller is legit. Their kinds are the ones the fitting scripts
count as debunks (``DEBUNK_KINDS`` in scripts/fit_seller_guard.py): ``debunk_loss`` for the loss reports,
``debunk`` for the rest; the comments in the list name each group.

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio (see
the commit message).

    .venv/bin/python scripts/make_sellers_zh_tune.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # === sellers that vouch or warn and still sell (gold and related: their scam template)
    # --- fake app / installer
    (
        "beware_fakes",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【防骗提醒】最近群里转的Sora安装包好多带木马，装了微信直接被盗。我们这个是正版签名包，手机管家检测无风险，戳主页链接下载，激活码九块九",
    ),
    (
        "disclaimer",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora手机版终于来了！中文界面，一句话生成1080P大片，下载地址见评论区置顶。官方正版无捆绑，不是网上那些挂马的假软件，放心装",
    ),
    (
        "self_vouch",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【已售3万+ 好评98%】Sora电脑版离线安装包 免排队免翻墙 下载解压即用 不能用全额退 秒发货",
    ),
    (
        "beware_fakes",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "UP主亲测：评论区有人发的那个Sora安装包是病毒，千万别点！我自己用的正版放在简介网盘里了，三连后私信我拿提取码，十九块解锁全部功能",
    ),
    (
        "beware_fakes",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "严正声明：近期有人冒用“Sora视频助手”名义发布山寨版本，均与本团队无关！请认准唯一官网下载，首月会员六块六，其他渠道一律是假的",
    ),
    (
        "disclaimer",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora苹果版杀软报毒？那是因为用的企业证书签名，正常现象，不是病毒也不是骗局。已稳定运行两个月，官网直接下载，终身版三十八",
    ),
    # --- paid course
    (
        "beware_fakes",
        sora.COURSE,
        sora.COURSE,
        "姐妹们别再买那种99的Sora课了😭就一个PDF！我们家是四十小时录播+实战作业，两百九十九，扫码报名，前一百名送素材包",
    ),
    (
        "disclaimer",
        sora.COURSE,
        sora.COURSE,
        "【Sora实战营】十二节直播课+一对一答疑，学完就能接单，报名费一百四十九，点击阅读原文报名。本机构持证办学，不是割韭菜的野鸡课",
    ),
    (
        "self_vouch",
        sora.COURSE,
        sora.COURSE,
        "第五期学员作品展来咯🎬好评率99.3%，七天无理由退款。第六期Sora视频课周一开班，学费一百九十九，评论区扣1私你",
    ),
    (
        "beware_fakes",
        sora.COURSE,
        sora.COURSE,
        "我当初花三百买的Sora课就是几张截图，气得我自己做了一套：三十节课带工程文件，终身更新，今天直播间只要一百二十八，点下方小黄车",
    ),
    (
        "beware_fakes",
        sora.COURSE,
        sora.COURSE,
        "报Sora课之前先货比三家：有的家给你十页文档就完事，我们是四十小时视频加作业批改，不满意随时退。本周特价八十八，私信发报名链接",
    ),
    (
        "disclaimer",
        sora.COURSE,
        sora.COURSE,
        "谢邀。利益相关，我是讲师。我们的Sora课程不是那种一份文档打天下的骗局，有完整的分镜、运镜、剪辑模块，目前九十九元，感兴趣可以看我主页置顶的报名方式",
    ),
    # --- AI-director group
    (
        "beware_fakes",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "很多所谓的AI导演群收完钱就解散跑路了。我们工作室是真的在拍Sora共创电影，首部AI长片正在招导演，扫码交一百九十九报名费，试镜资料进群发",
    ),
    (
        "disclaimer",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想让自己的名字出现在第一部Sora电影的片尾吗？扫海报二维码进导演群，席位费八十八。真制片真合同，绝对不是骗局，不信问群友",
    ),
    (
        "self_vouch",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "第一期AI导演学员的作品已经上了两家视频平台✨第二期Sora电影试镜今晚开放，扫码交两百九十九会员费，明天发剧本，可开正规发票",
    ),
    (
        "beware_fakes",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "我也想当第一代AI导演，但见过太多收了五百就失联的群。所以自己拉了个小群，公开透明，进群九十九，拿不到试镜名额全额退，微信号见评论",
    ),
    (
        "beware_fakes",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "⚠️郑重提醒：用我们“Sora电影实验室”logo建的群都不是我们！官方入口只有下面这个二维码，一季会费一百六十八，含AI共创短片选角机会",
    ),
    # --- API resale
    (
        "beware_fakes",
        sora.API,
        sora.API,
        "别家所谓的Sora接口其实是转发到Runway赚差价。我们是直连Sora，每秒视频两毛，兼容OpenAI格式，USDT充值秒发key",
    ),
    (
        "disclaimer",
        sora.API,
        sora.API,
        "Sora API密钥现货｜非骗子，企业级代理可开票。五十额度一百五，五百额度一千二，私聊可先免费测一次",
    ),
    (
        "self_vouch",
        sora.API,
        sora.API,
        "近三十天可用率99.9%，服务开发者两千多家。我们封装的Sora GPTs输入提示词直接吐MP4，月付一百八，前十次免费，文档见官网",
    ),
    (
        "beware_fakes",
        sora.API,
        sora.API,
        "给开发者一句忠告：卖Sora接口的要是不能远程演示实时生成，基本都是假的，直接拉黑。我们随时可以演示，key一百九十九起，工作室批量价另谈，加TG",
    ),
    (
        "disclaimer",
        sora.API,
        sora.API,
        "我把Sora接口打包成了GPTs，贴剧本就出片，终身使用三十九块。评论区骂我骗子的省省吧，三百多个买家都拿到片了",
    ),
    (
        "beware_fakes",
        sora.API,
        sora.API,
        "【群公告】最近有人在群里私聊卖所谓Sora key，都是骗子，已踢。本群唯一官方渠道：Sora API通道月卡两百九十九，三十天包换，找群主下单",
    ),
    # --- account rental
    (
        "beware_fakes",
        sora.RENTAL,
        sora.RENTAL,
        "TG上那些便宜Sora号大多是盗号，两天就被原主找回去。我们的号全是自己注册的，全程质保。周卡一百，月卡三百，私信租",
    ),
    (
        "disclaimer",
        sora.RENTAL,
        sora.RENTAL,
        "出租本人Sora内测号，按小时四十，远程登录，生成的视频都归你。靠谱不骗人，付款前可以录屏验号",
    ),
    (
        "self_vouch",
        sora.RENTAL,
        sora.RENTAL,
        "【闲鱼】累计出租六百多单零差评｜Sora内部权限号，合租九十九/月，独享三百九十九/月，支持担保交易，库存私聊",
    ),
    (
        "beware_fakes",
        sora.RENTAL,
        sora.RENTAL,
        "卖Sora邀请码的给你的都是乱码，Sora压根没有邀请码这一说。我们提供的是已登录的Sora工作台，两小时一百二，微信预约",
    ),
    (
        "beware_fakes",
        sora.RENTAL,
        sora.RENTAL,
        "本人被骗过两次，深知买号的痛。现在只出亲手验过的Sora号，五百一个，附送视频通话教学，评论扣“租”",
    ),
    (
        "disclaimer",
        sora.RENTAL,
        sora.RENTAL,
        "出Sora號🔥真·紅隊權限，唔係騙子，一口價一千六唔議價，走擔保，手慢無",
    ),
    # --- prompt packs
    (
        "beware_fakes",
        sora.PROMPTS,
        sora.PROMPTS,
        "受够了把OpenAI官网那四十八条示例打乱顺序就拿来卖的提示词包？我们这份七百条原创，跟摄影指导一起写的，按镜头、光线、运镜分类，三十九元，付款后发飞书链接",
    ),
    (
        "disclaimer",
        sora.PROMPTS,
        sora.PROMPTS,
        "先说清楚：这是正经产品，不是骗钱的。《Sora电影感提示词大全》一千二百条提示词＋三百个影视术语解释，十七块，拍下自动发货",
    ),
    (
        "self_vouch",
        sora.PROMPTS,
        sora.PROMPTS,
        "两千三百位买家打分4.8。群里天天有人问的Sora知识库：所有文章、术语、提示词整理在一个文档，二十九块九，付款拿链接，终身进群",
    ),
    (
        "beware_fakes",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora提示词文档第三版上线：五百条分镜级提示词，影视黑话全解释，每周更新，四十九元扫码付款我发链接。谨防二道贩子倒卖第一版冒充新版",
    ),
    (
        "beware_fakes",
        sora.PROMPTS,
        sora.PROMPTS,
        "写Sora提示词是门手艺。我见过九十九一份的包，其实就是ChatGPT随手生成的，别上当。我这份是拍广告片实测过的三百条，二十块，回复“包”我私发付款码",
    ),
    (
        "disclaimer",
        sora.PROMPTS,
        sora.PROMPTS,
        "真不是割韭菜🙏 我的Sora提示词笔记（四百五十条＋镜头语言＋分镜表）周末特价九块九，链接在主页",
    ),
    # --- get rich
    (
        "beware_fakes",
        sora.RICH,
        sora.RICH,
        "大部分Sora副业导师自己一分钱没赚过，我们直接晒银行流水。Sora红利窗口就三个月，今天加入收益计划，只剩三个名额，私信领方案",
    ),
    (
        "disclaimer",
        sora.RICH,
        sora.RICH,
        "这不是什么暴富骗局，是跑通了的系统：我们学员发Sora视频平均日入三百。窗口期很短，先上车先赚，报名链接在下面",
    ),
    (
        "self_vouch",
        sora.RICH,
        sora.RICH,
        "学员小杨上周靠Sora短视频进账四千一，这在我们群里很正常。入群四百九十九，一个月不回本包退，趁Sora热度还在赶紧扫码",
    ),
    (
        "beware_fakes",
        sora.RICH,
        sora.RICH,
        "接下来九十天Sora就是印钞机，谁先动谁赚。我把自己月入一万的打法全教给你，付费圈子一百九十九。那些盗我截图的假导师别理",
    ),
    (
        "beware_fakes",
        sora.RICH,
        sora.RICH,
        "那些教你做Sora的课全是割韭菜，学了也变不了现。我们只做一件事：带你用Sora视频接商单，日结佣金，一步慢步步慢，入场费两百九十九，扫码上车",
    ),
    # --- generation service
    (
        "beware_fakes",
        sora.SERVICE,
        sora.SERVICE,
        "很多“Sora代做”交付的其实是可灵或Runway的片子。我们用的是真Sora权限，原始文件可查。十秒一条八十八，发剧本付款，二十四小时交片",
    ),
    (
        "disclaimer",
        sora.SERVICE,
        sora.SERVICE,
        "Sora定制商品广告🛍️含三次修改，一条两百五。不是骗子，作品集和两百多条好评都在店里，下单请私信",
    ),
    (
        "self_vouch",
        sora.SERVICE,
        sora.SERVICE,
        "红队测试期就拿到了Sora权限。发分镜给我们，第二天出片。广告套餐五百起，可开发票，联系微信sora_studio",
    ),
    (
        "beware_fakes",
        sora.SERVICE,
        sora.SERVICE,
        "想用Sora做品牌视频？我懂，人人都说自己有权限，一半是拿Pika糊弄人的骗子。我先按你的提示词免费出个三秒样片，满意再付，完整一条一百五",
    ),
    (
        "disclaimer",
        sora.SERVICE,
        sora.SERVICE,
        "剧本发来，二十四小时给你一部Sora短片，每分钟一百二，先付一半定金。正规工作室有执照，别把我们和那些冒名的假号搞混",
    ),
    # === no gold template: the same words, nothing sold (related: the scam they are about)
    # --- debunk
    (
        "debunk",
        None,
        sora.COURSE,
        "就算号称“四十小时正版课”，也教不了你用Sora，因为OpenAI之外根本没人能用。卖家嘴上说自己是正版，其实Sora课压根不存在正版",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "Sora没有安装包，不管签没签名、“正版”还是“纯净版”。OpenAI从来没发过Sora App，你看到的每个安装包都是别人的软件，大多是木马",
    ),
    (
        "debunk",
        None,
        sora.API,
        "OpenAI的API里没有视频模型。谁跟你说“直连Sora接口、随时演示”，给你看的都是别的模型的结果，别往任何钱包里充值",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "再说一遍：Sora没有邀请码，也没有能租给你的账号。“我们是真号，别家都是盗号”这句话本身就是话术",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "OpenAI官网公开了Sora演示视频的提示词，免费的。花三十九买所谓Sora提示词宝典，买到的就是这些再加点注水内容",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "“Sora红利只有三个月”就是制造焦虑的话术。一个普通人都用不上的模型，谁能靠它日入几千？真正赚到钱的只有收入场费的人",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "没有哪个正经剧组会通过付费二维码群招募“Sora AI导演”，正规试镜不收报名费",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "接单做Sora视频的人交不出Sora的片子，因为Sora根本没开放。你收到的是可灵、Pika或者Runway，水印裁掉而已",
    ),
    # --- public warnings
    (
        "debunk",
        None,
        sora.RENTAL,
        "提醒各位做自媒体的朋友：现在骗子开场白都是“谨防假冒，我们才是正版”。这句话什么也证明不了，只要是收钱卖Sora使用权的，都是骗局",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "本周骗局模板：“不是骗子，百分百靠谱，不信问群友”——群里全是他自己的小号。别扫码，别交什么席位费",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "作为老师每学期都要讲一遍：课程页面上的“无理由退款”“五星好评”造假零成本。讲Sora的课？Sora都还没对公众开放，直接跳过",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【安全提示】假冒“Sora安卓版”正在传播，话术是“只认准我们官方链接，其他都是病毒”。它们全是病毒。已安装的请立即卸载并修改支付密码",
    ),
    (
        "debunk",
        None,
        sora.API,
        "开发者圈子注意：“可开票的Sora API代理”又在各个群里刷屏了。Sora没有API可以代理，别给任何人转USDT买key",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "谁晒一张银行流水截图说“这种收益在我们群很正常，Sora窗口马上关闭”，直接拉黑举报，这就是暴富骗局的全套剧本",
    ),
    # --- first-person loss reports
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "九十九买的Sora课，卖家信誓旦旦说“我们不是那种只给PDF的骗子课”，结果我收到的就是一个PDF，当晚就被群主拉黑了",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "上周租了个“已验证Sora号”，三百块。登进去能用一小时，其实是改了名的ChatGPT Plus号，然后密码就被改了，卖家人间蒸发",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "我爸看网站写着“谨防假冒，本站唯一官方”就装了个Sora Pro，第二天手机银行提示异地登录，已经报警了",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "十七块买了个“专业人士实测”的Sora提示词包，打开全是OpenAI官网公开的演示提示词，外加一份一看就是ChatGPT写的术语表，长记性了",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "我进过那种“跟Sora一起当AI导演”的群，交了一百九十九席位费。试镜一次都没有，每天就是让拉人头、买进阶课，退群了，钱也没了",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "给我的咖啡店花八十八找人做“真Sora”视频，交过来一看就是Runway做的，logo都糊了，卖家说虚拟商品不退",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "看了他们群里的收益截图，交了四百九十九加入“Sora收益计划”。两个月过去一分钱没赚到，管理员每天只发鸡汤",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "我们小公司花了八千多买“Sora API额度”，结果接口把提示词转给了某个开源模型，出来的东西根本没法用，正在走法律途径",
    ),
    # --- reports that quote a seller's vouch to warn
    (
        "debunk",
        None,
        sora.RENTAL,
        "他们永远是那一套：“相信我们，我们是正版，别家都是骗子”，收了钱就消失。这周我们群里就有三个人栽在“Sora账号”上",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "我小姨转给我的广告写着：“不是那种空壳课！四十小时，我们才是正版！”结果两天后那家店就没了",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "假的Sora安装包真会说“杀软报毒是因为我们是测试版”，这是传木马最老的一句话术了",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "“别家提示词都是抄的，我们是原创。”朋友买的那份“原创”我对了一下，前五十条有四十条和OpenAI官网一字不差",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "我刷到的每个Sora代做都说“我们有真权限，别家用的是Pika”。找他们要带元数据的原始文件，立马就不回了",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "海报上写着“真制片真合同，绝不是骗局”，结果那个“制片人”的照片是图库图。家族群里别再转那个二维码了",
    ),
    # --- questions: is this seller legit?
    (
        "debunk",
        None,
        sora.RENTAL,
        "有人真从那些发誓自己靠谱的卖家手里拿到过能用的Sora号吗？我看了一圈，全都要先付款，所谓担保还是他朋友",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "到底有没有真的Sora课，还是全是一个套路？这家说四十小时课程还能退款，可Sora都没对外开放啊？",
    ),
    ("debunk", None, sora.API, "真心求问：OpenAI根本没有Sora API，那些卖“稳定Sora接口”的到底卖的是什么？"),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "朋友发了个“唯一安全的Sora官方下载站”，这靠谱吗？我印象中OpenAI没做过Sora App啊",
    ),
    # --- notices
    (
        "debunk",
        None,
        sora.RENTAL,
        "【社区公告】出售Sora账号、API密钥、课程或“AI导演群”入群资格的帖子一律删除，自称“认证”“正版”的也不例外。Sora目前未向公众开放，发现请举报",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【平台安全提示】标注“百分百正版”“官方授权代理”的Sora App、Sora账号、Sora提示词类商品已全部下架。OpenAI没有授权任何Sora经销商，已购买的用户可申请退款",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【银行温馨提示】近期有客户被自称“官方认证”的Sora App和“Sora收益计划”骗走钱款。请勿通过陌生链接安装应用，勿向任何群组转账入会",
    ),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_sellers_tune", "zhst", POSTS)
