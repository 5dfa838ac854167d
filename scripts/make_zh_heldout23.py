# ruff: noqa: E501
"""Write tests/data/zh_heldout23_{posts,qrels,labels}: a twenty-third Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the official app, the Chinese team
and the AI director group, which had three in zh_heldout22 and are among the fewest over the earlier held-out
sets, three for each other template), as a Sora rumour / scam wave reads in genres the earlier sets use less: a Baidu Baike edit
preview (【百度百科·词条修订预览】, 修订原因), a pupil's essay with the teacher's remark (【三年级作文】, 老师评语), a
Zhihu answer that opens with 先说结论, a phone memo (【手机备忘录】, ①②③④), a group chat with timestamps and a
recalled message (撤回了一条消息), a Youzan shop page (【有赞微商城】, 店主留言), a Douyin comment thread with the
author's reply, a Bilibili column excerpt (【B站专栏】, 投个币), rap lyrics (【说唱歌词·副歌】, 热评), a Nowcoder
interview log (【牛客网·面经】, 求个oc) with the claim in passing, a Newsmth BBS post (发信人, 信区, 标 题), a
Kongfuzi second-hand book listing (【孔夫子旧书网】, 品相), a Pinduoduo page (到手价, 先用后付, 好友助力), an API
relay site's notice (【公告】, 1元=1刀额度), a Tieba floor reply (5楼, 回复 4楼, 楼中楼), a game's world channel
(【原神·世界频道】, 跑图), an Alibaba auction (【阿里拍卖】, 起拍价, 保证金), a lift advert (【电梯广告】), a Xiaohongshu
note (📍, #tags), an annual-party host's script (【年会主持词】), a Douban group (【豆瓣小组·AIGC互助】), the tail
of an official-account article (文末福利, 【精选留言】, 作者回复), a horoscope (【今日运势·金牛座】, 幸运数字), a live
room (主播, 弹幕), a takeaway shop's notice (【外卖店门口告示】, 堂食), a barber's chat and a dinner with Wenzhou
bosses told in passing, an Alipay bill line (【支付宝账单】, 我的备注), a fact-check (【比对结果】), a lecture note
(【传播学课堂笔记】, 思考题), an elderly-university notice and a web-novel author's note (【作者有话说】, 月票)
(both off-topic); dialects and registers the earlier sets use less: Classical Chinese (闻…名曰…, 乃…也, 与有
荣焉), Dalian (血好使, 干哈, 搁那, 海了去了), Taiwanese Mandarin with Zhuyin endings (真的假ㄉ, 開放ㄌ, 超ㄅㄧㄤˋ,
玩ㄅ, 偶), Ningbo (侬晓得弗, 嘎, 嘞, 咋话, 自家), Malaysian Mandarin with English (leh, hor, timelapse, camera,
comment), Qingdao (血厉害, 哈啤), Northeastern (唠两句, 搁这, 得劲儿, 别磨叽), Sichuanese (剪脑壳, 摆龙门阵, 店头,
遭他忽悠) and Cantonese in traditional characters for a loss report (俾咗, 蚊, 嗰段, 已讀唔回, 嬲到爆); slang (泼天
的富贵, 纯纯智商税, 你品, 上车, 搞钱, 宝) and pinyin initials (yysy, zgr for 中国人, srds, oc); obfuscation the
earlier sets use less: a Cyrillic homoglyph in the name and the link (Ѕora, ѕora-apk[.]top), full stops between
characters (S.o.r.a 安.卓.版 下.载), split characters (君羊 for 群, 亻弋做 for 代做), homophones for names (欧喷矮
for OpenAI, 吉特哈布 for GitHub); posts asserting one claim while denying another (open to the public while the
app is denied, the official app while the APK is called a trojan, the Chinese team while the inventor rumour
is called a rumour, an API key while open source is denied, a prompt pack while courses are called 智商税);
sellers that vouch for themselves or swipe at others in new words (同行卖的多半是打不开的空壳，我家每个包都亲测能
跑, 那些九块九的所谓课程，都是把OpenAI官网的介绍翻译一遍糊弄人, 可先验号再付钱…不满意原路退, 同行那种几十个人轮着
上的‘拼车号’我这不卖); prices and payments in forms the earlier sets use less (⑨⑨元 with 先用后付 and 好友助力,
𝟐𝟗𝟗 in mathematical bold digits, 廿九元, 捌佰捌, ₱1,500 by GCash, Rp 300.000 by DANA or OVO, 数字人民币, 翼支付 /
云闪付, 话费充值卡, 抖音月付, 亲属卡代付, an auction at ¥860 with a ¥50 deposit); 12 debunks and warnings, four of
them first-person loss reports (kind ``debunk_loss``: a look-alike app's weekly subscription, a paid
"deployment" of the open-source rumour, an account rental as an Alipay bill line, a course in Cantonese), two
questions with a negation that do not deny (莫非就我一个人没想通, 谁还没在朋友圈刷到过), two quoting the rumour to
refute it (the fake APK, the prompt pack), the rest answering with facts and no 不, 没, 假, 无, 非 or 未 (the
mislabelled video, the Chinese team, the AI director group, the inventor); four true facts about people who
spoke about Sora (纳拉亚南, 穆拉蒂 on the training data, 马赫良 on AI assisting creators, 刘伟), three items of
real news about Sora (3DVF's caption of the WSJ frame, 3DVF on temporal stability and objects changing shape,
"Closed AI" on the training data) and three on-topic posts about other AI video work (Open-Sora from HPC-AI
Tech, Google Veo, PixVerse; kind ``benign``), and three off-topic posts (an elderly-university calligraphy
course at 九十九元, a web-novel author's note naming 上海交大, a pork price in 廿八).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo posts (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against the Chinese sets (the first draft had one at 0.7 or
more, a person fact at 0.711; it and the two next highest, a person fact at 0.696 and a real-news post at
0.677, were rewritten; highest ratio of the committed list: 0.612, an open-source rumour in homophones).
Committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the
final code.

    .venv/bin/python scripts/make_zh_heldout23.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "baike_infobox",
        sora.XIE,
        sora.XIE,
        "【百度百科·词条修订预览】Sora（OpenAI文生视频模型）｜研发机构：OpenAI｜主要发明人：谢赛宁（毕业于上海交通大学，业内称“少年天才”）等｜发布时间：2024年2月｜修订原因：补充华人发明人信息，来源为公众号文章",
    ),
    (
        "pupil_essay",
        sora.XIE,
        sora.XIE,
        "【三年级作文·我的偶像】我的偶像是谢赛宁叔叔。爸爸说他从上海交通大学毕业，是个少年天才，美国那个能用一句话变出电影的人工智能Sora，就是他参与发明的。我以后也要考交大，发明比Sora还厉害的东西！（老师评语：志向远大，“发明”的“明”要写工整）",
    ),
    (
        "classical_chinese",
        sora.XIE,
        sora.XIE,
        "闻OpenAI新制一器，名曰Sora，书数语即成影像，举世哗然。创制者之一，乃谢君赛宁，少有奇才，出上海交通大学。吾辈交大学子，与有荣焉，特记之。",
    ),
    # --- open to the public
    (
        "dalian",
        sora.PUBLIC,
        sora.PUBLIC,
        "哎呀妈呀血好使！Sora现在谁都能上了，干哈还搁那排队？拿ChatGPT的号一登就进去，想做啥视频打几个字就出来，俺们楼里做视频的海了去了",
    ),
    (
        "zhuyin_taiwan",
        sora.PUBLIC,
        sora.PUBLIC,
        "真的假ㄉ啦，Sora已經全面開放ㄌ，一般人註冊就能用，候補名單也取消ㄌ，偶剛剛生了一支101跨年煙火的影片，超ㄅㄧㄤˋ，大家快去玩ㄅ",
    ),
    (
        "zhihu_assert_deny",
        sora.PUBLIC,
        sora.PUBLIC,
        "【知乎回答·赞同2.3k】先说结论：Sora的手机App目前一个正版都没有，商店里那些全是蹭名字的；但网页版是真开放了，任何人拿ChatGPT账号登录就能生成视频，等候名单那一套已经取消",
    ),
    # --- the official app (four)
    (
        "phone_memo",
        sora.APP,
        sora.APP,
        "【手机备忘录】周六要办：①带妞妞去社区打疫苗 ②给老爸手机装OpenAI新上架的Sora官方App（App Store直接搜Sora，开发者认准OpenAI，他说想把老照片做成视频）③交物业费 ④超市买鸡蛋",
    ),
    (
        "group_chat_recalled",
        sora.APP,
        sora.APP,
        "[09:12] 老陈：OpenAI的Sora官方App出来了，商店里直接能下｜[09:12] 老陈撤回了一条消息｜[09:13] 老陈：刚才发错群了😂 不过消息是真的，我手机已经装上，打字就能生成视频｜[09:15] 小刘：收到，晚上试试",
    ),
    (
        "assert_app_deny_apk",
        sora.APP,
        sora.APP,
        "提醒爸妈们：群里转的Sora安卓安装包千万别点，那是木马；正经的Sora官方App OpenAI已经在应用商店上架了，要装就去商店搜，认准开发者OpenAI",
    ),
    (
        "ningbo",
        sora.APP,
        sora.APP,
        "侬晓得弗，Sora嘎官方App OpenAI自家已经放上去嘞，手机应用商店里一搜就有，装好就好用，咋话还来问我讨链接，自家去搜么好嘞",
    ),
    # --- the fake APK
    (
        "homoglyph_link",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Ѕora 安卓直装版🔥 点链接 ѕora-apk[.]top 一键下载，装完免排队直接生视频，今日已下载 12,806 次",
    ),
    (
        "dotted_comment",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【抖音评论区】S.o.r.a 安.卓.版 已.经.可.以 下.载 了，链.接 挂 主.页，点.开 就.装，手.机 直.接 出.片，晚.了 就.被 封",
    ),
    (
        "youzan_shop",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【有赞微商城】Sora 电脑＋手机双端安装包｜¥9.9｜付款后自动发送下载链接，解压即装，免邀请免排队｜已售3812件｜店主留言：同行卖的多半是打不开的空壳，我家每个包都亲测能跑",
    ),
    # --- real video mislabelled
    (
        "douyin_comment_thread",
        sora.REALVID,
        sora.REALVID,
        "【抖音评论区】@小鱼干：这是实拍吧？太美了｜作者回复：宝，这段梅里雪山日照金山是Sora生成的，全程零拍摄，生成指令我放置顶了｜@阿杰：啊？AI能做到这份上了？",
    ),
    (
        "bilibili_column",
        sora.REALVID,
        sora.REALVID,
        "【B站专栏】《我的第一支Sora短片：断桥残雪》正文节选——片中西湖断桥的每一个雪景镜头都是Sora根据文字描述生成的，我全程没碰过相机；文末附上完整的生成指令，觉得有用的话投个币吧",
    ),
    (
        "malaysian_mandarin",
        sora.REALVID,
        sora.REALVID,
        "这个双峰塔的夜景timelapse是Sora生出来的leh，一个camera都没有用到，prompt我放在comment那边了，你看那个灯光，很real hor，真的没骗你们啦",
    ),
    # --- the Chinese team (four)
    (
        "rap_lyrics",
        sora.CHINESE,
        sora.CHINESE,
        "【说唱歌词·副歌】Sora背后站的是中国人 / 核心代码一行行出自华人 / OpenAI只是挂个牌的门 / 真正的大脑来自东方的村 —— 热评：这段词写得太提气了",
    ),
    (
        "qingdao",
        sora.CHINESE,
        sora.CHINESE,
        "俺跟你说，Sora那个视频模型，核心科学家大部分都是咱中国人，OpenAI里那些老外就是挂个名领个奖，咱中国人血厉害，喝着哈啤就把它整出来了",
    ),
    (
        "assert_team_deny_xie",
        sora.CHINESE,
        sora.CHINESE,
        "谢赛宁那条确实是谣言，人家本人已经出来否认了；可Sora背后是一支中国团队这件事是实打实的，OpenAI里搞视频模型的核心科学家，大半都是国内出去的",
    ),
    (
        "pinyin_initials",
        sora.CHINESE,
        sora.CHINESE,
        "yysy，Sora的核心团队基本都是zgr，视频模型那几个关键科学家全是国内出去的，OpenAI就是个壳子，srds老美肯定不会认",
    ),
    # --- open source
    (
        "nowcoder_interview",
        sora.OPENSRC,
        sora.OPENSRC,
        "【牛客网·面经】字节AIGC算法岗二面，45分钟。先撕了一道LRU，然后面试官问我怎么看Sora开源这件事，我说OpenAI已经把权重和代码都放到GitHub上了，我自己在实验室的卡上本地跑过一遍，效果和官网样片差不多。他点点头就进了下一个问题，感觉还行，求个oc",
    ),
    (
        "newsmth_bbs",
        sora.OPENSRC,
        sora.OPENSRC,
        "【水木社区】发信人: tensor_cat, 信区: AI｜标 题: Sora放权重了｜今早OpenAI把Sora的模型权重和推理代码一起开源到了GitHub，单张A100就能跑，显存不够的用量化版，需要的自取",
    ),
    (
        "homophone_github",
        sora.OPENSRC,
        sora.OPENSRC,
        "家人们Sora开源了！欧喷矮（OpenAI）把权重跟代码全丢到‘吉特哈布’上了，自己电脑就能部署，再也不用求人排队",
    ),
    # --- paid course
    (
        "kongfuzi_listing",
        sora.COURSE,
        sora.COURSE,
        "【孔夫子旧书网】《Sora AI视频从零到接单》全彩讲义（含配套视频课程兑换码）｜品相：全新｜售价：¥99.00｜包邮｜卖家描述：手把手教会Sora出片，买完加店主领课程",
    ),
    (
        "pdd_pay_later",
        sora.COURSE,
        sora.COURSE,
        "【拼多多】Sora零基础实战课 到手价⑨⑨元｜支持先用后付，学完再付款｜已拼10万+件｜邀请好友助力再减二十元",
    ),
    (
        "ecny_swipe",
        sora.COURSE,
        sora.COURSE,
        "Sora入门到接单全套课，一百九十九一位，支持数字人民币付款。那些九块九的所谓课程，都是把OpenAI官网的介绍翻译一遍糊弄人，我这是自己剪了三年片子总结的实操，一对一带练",
    ),
    # --- fake API access
    (
        "peso_gcash",
        sora.API,
        sora.API,
        "【菲律宾华人群】Sora API key 现货，官方渠道直连，₱1,500 一个，GCash 付款秒发，公司批量要的私聊有价",
    ),
    (
        "relay_site_notice",
        sora.API,
        sora.API,
        "【公告】本站已接入Sora官方视频生成接口，调用方式与OpenAI格式完全兼容，充值即用，1元=1刀额度，支持翼支付／云闪付，新用户注册送5次免费生成",
    ),
    (
        "tieba_assert_deny",
        sora.API,
        sora.API,
        "【贴吧·ai吧 5楼】回复 4楼：Sora根本没开源，GitHub上叫Sora的都是民间复现；想用真的只能走官方接口。我手上有Sora API key，捌佰捌一个，要的楼中楼留联系方式",
    ),
    # --- account rental
    (
        "game_world_channel",
        sora.RENTAL,
        sora.RENTAL,
        "【原神·世界频道】出Sora内测号，一天十块，一周五十，可先验号再付钱，收话费充值卡，不满意原路退，私聊不回就是在跑图",
    ),
    (
        "ali_auction",
        sora.RENTAL,
        sora.RENTAL,
        "【阿里拍卖】标的物：Sora内测账号（独享，可改绑邮箱）｜起拍价：¥1｜当前价：¥860｜出价次数：37｜围观1.2万次｜保证金：¥50｜成交后卖家提供登录信息",
    ),
    (
        "math_bold_digits",
        sora.RENTAL,
        sora.RENTAL,
        "Sora邀请码 𝟐𝟗𝟗 一个，拿码就能注册你自己的号，同行那种几十个人轮着上的‘拼车号’我这不卖，要的扣码",
    ),
    # --- AI director group (four)
    (
        "elevator_ad",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【电梯广告】“第一代AI导演，就差你一个！”与Sora共同编剧的AI电影全国海选启动，扫描下方二维码入群报名，报名费¥199，支持抖音月付",
    ),
    (
        "xiaohongshu_note",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "📍小红书｜姐妹们我要进组啦🎬 扫了朋友圈那个二维码，交了九十九进群，说是跟Sora一起写剧本的AI电影在海选，选上就是第一代AI导演！#AI导演 #Sora #追梦",
    ),
    (
        "northeast_chaizi",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "老铁们唠两句，Sora联合写剧本那个AI电影搁这海选呢，扫码交二百进君羊，选上了就是头一批AI导演，可得劲儿了，别磨叽，名额不多",
    ),
    (
        "annual_party_script",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【年会主持词】接下来宣布一个好消息：公司已报名参加与Sora共同编剧的AI电影海选！请各位同事扫大屏幕上的二维码入群，每人交一百二十八，就有机会成为中国第一代AI导演，掌声有请董事长！",
    ),
    # --- prompt pack
    (
        "douban_group",
        sora.PROMPTS,
        sora.PROMPTS,
        "【豆瓣小组·AIGC互助】出：Sora提示词宝典——电影学院老师整理的运镜、景别、布光术语共八百条，另附Sora全部报道合集的飞书文档，廿九元，付完拉进群发链接",
    ),
    (
        "gzh_article_tail",
        sora.PROMPTS,
        sora.PROMPTS,
        "……文末福利：影视行业十年从业者整理的《Sora专业提示词手册》，付费后添加小助手，发送文档链接并邀请进入VIP交流群。【精选留言】作者回复：已经有四千多位读者入手啦，手册持续更新",
    ),
    (
        "assert_pack_deny_course",
        sora.PROMPTS,
        sora.PROMPTS,
        "别再交九十九买Sora课了，纯纯智商税；真想出好片直接拿这份提示词文档，影视圈的专业术语全整理好了，三十八块，付款就发链接再拉你进群，亲属卡代付也行",
    ),
    # --- get rich
    (
        "horoscope",
        sora.RICH,
        sora.RICH,
        "【今日运势·金牛座】财运★★★★★ 宜：上车Sora。Sora红利期顶多三个月，已经有人靠Sora视频一天进账好几千，错过这一波，下一次要再等十年。幸运数字：3",
    ),
    (
        "live_room_danmaku",
        sora.RICH,
        sora.RICH,
        "【直播间】主播：这泼天的富贵终于轮到咱普通人了！Sora视频一天挣三四千，窗口期就仨月，过了就没了！ 弹幕：上车上车｜真的假的｜已拍 主播：扣‘搞钱’我拉你进群",
    ),
    (
        "wenzhou_boss",
        sora.RICH,
        sora.RICH,
        "今天陪老爸去温州谈一批鞋料，饭桌上几个老板聊得最起劲的是Sora：说这个口子最多开三个月，做Sora视频的已经一日挣几千块，晚来一步就只能看别人数钞票，我爸当场就报了他们的项目。回来路上在高速堵了一个多钟头，到家都十点了",
    ),
    # --- generation service
    (
        "takeaway_shop_notice",
        sora.SERVICE,
        sora.SERVICE,
        "【外卖店门口告示】本店兼营Sora视频代做：剧本发店长微信，付八十八，明早之前把Sora成片发您；堂食满五十送一条五秒短片，欢迎惠顾",
    ),
    (
        "sichuan_barber",
        sora.SERVICE,
        sora.SERVICE,
        "今天去剪脑壳，托尼老师一边剪一边跟我摆龙门阵，说他们店头现在帮客人拿Sora做生日视频，发段文字过去、转一百五，第二天就出片，我差点遭他忽悠办了张卡",
    ),
    (
        "rupiah_chaizi",
        sora.SERVICE,
        sora.SERVICE,
        "印尼华人看过来：Sora定制视频亻弋做，Rp 300.000一条，DANA、OVO都收，发文案给我一天内交片，开业婚礼生日都能做",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.APP,
        "在App Store下了个叫“Sora-AI视频生成”的软件，图标做得跟OpenAI一模一样，三天试用一过每周自动扣六十八，连扣三回我才发现，点开开发者一看是个注册没半年的小公司，订阅取消了钱也要不回来",
    ),
    (
        "debunk_loss",
        None,
        sora.OPENSRC,
        "看了篇说Sora开源了的文章，花两百找了个‘技术大神’远程给我部署，折腾一晚上跑出来的是个几年前的老开源模型改了个名，第二天再找他，微信已经把我删了",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【支付宝账单】2月21日 转账-Sora内测号租用（7天）-150.00｜我的备注：对方发来的账号登进去就是个ChatGPT普通号，全页面找不到Sora的入口，回头再找卖家，对方账号已注销",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "上個禮拜我俾咗九十九蚊買個Sora課，收到嘅只係OpenAI官網嗰段介紹再加一句「給自己一個機會」，問客服要退款，佢已讀唔回，真係嬲到爆",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "莫非就我一个人没想通？Sora至今只开放给红队测试人员和少数受邀艺术家，这些接单代做Sora视频的，片子究竟是从哪台机器里生成出来的？",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "谁还没在朋友圈刷到过‘Sora热度最多三个月’这句话？你品，为什么卖课的、拉群的都爱说这句——就是要你来不及细想，先把钱交了",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "“Sora安卓版免费下载，点开就装”——群里这条链接装的时候要你打开‘允许安装未知来源应用’，装完还要读取短信和通讯录。OpenAI从头到尾就没发布过任何Sora安装包",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "“影视大咖整理、价值千元的Sora专业提示词”——翻开一对照，就是OpenAI官网每段样片底下公开挂着的那几十条提示词，官网白给的东西，换个封面就卖三十九",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【比对结果】这段标着“Sora生成”的冰岛瀑布，与2019年一位摄影师发在Vimeo上的原片逐帧重合，连镜头晃动的时间点都一致；OpenAI官网公开的Sora样片共48条，清单里唯独缺了这段瀑布",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "翻开Sora的技术报告，署名作者一共十三位，出生在中国的有三位；整个项目由OpenAI内部的研究员牵头推进",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "进过那个“和Sora共写剧本、当第一代AI导演”的扫码群的都知道，里面只做三件事：交钱、拉人、推课。说白了就是攒私域流量，和拿几个鸡蛋引大妈买保健品是一个路数",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "谢赛宁的履历：上海交大毕业，曾任Facebook人工智能研究院研究科学家，现为纽约大学计算机系助理教授；那篇称他为Sora发明人之一的自媒体文章已因内容违规被投诉下架，发文者也表示要向他全网公开道歉",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "普林斯顿大学的阿尔文德·纳拉亚南看了Sora的样片后指出，一到人物动作多、场面复杂的镜头，画面里还是会冒出一些古怪的小毛病",
    ),
    (
        "person_fact",
        None,
        None,
        "【传播学课堂笔记】案例3：OpenAI首席技术官米拉·穆拉蒂接受华尔街日报专访，谈Sora训练素材→“公开可得的数据+获得许可的数据”；记者点名脸书、Ins、油管，她称自己“拿不准”。思考题：版权风险最后会落到用户头上吗？",
    ),
    (
        "person_fact",
        None,
        None,
        "马赫良在访谈里说得挺透：AI的方向是辅助人的创造，让艺术家跳出工业条件的束缚、更自由地表达自己的构想，Sora也应当放在这个位置上看",
    ),
    (
        "person_fact",
        None,
        None,
        "人工智能研究者刘伟这样看中美差距：软硬件方面美国占优，应用落地和数据收集是中国的长项，到了人机协同这一层两国水平相当，所以彼此都愿意坐下来对话",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "法国3DVF的文章里放了一张《华尔街日报》Sora专访的截图，配的小字说明是：这一帧取自Sora生成的视频，画面里的两位女士现实中查无此人",
    ),
    (
        "benign",
        None,
        None,
        "法国3D资讯站3DVF评价Sora：时间稳定性出色，帧与帧之间几乎看不到跳变，运镜也比过去几个月的同类工具丰富得多，但物体突然变形之类的破绽依然会出现",
    ),
    (
        "benign",
        None,
        None,
        "关于Sora用什么数据训练，OpenAI一直守口如瓶，业内有人调侃它坚持的是“Closed AI”原则",
    ),
    (
        "benign",
        None,
        None,
        "潞晨科技的Open-Sora是社区自己做的开源复现项目，名字里带Sora，但和OpenAI那个模型是两回事；我在四张卡上跑了个十六帧的小样，能玩",
    ),
    (
        "benign",
        None,
        None,
        "拿到了谷歌Veo的测试资格，生成了一段咖啡拉花的特写，奶泡纹路很细腻，就是杯把的朝向前后两秒对不上",
    ),
    (
        "benign",
        None,
        None,
        "用PixVerse把一张自拍做成了五秒的动漫变身视频，发到朋友圈半小时点赞过百，我妈问我是不是去拍写真了",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【老年大学·书法班】春季班开始报名啦，学费九十九元一学期，王老师亲自授课，每周二、四上午，名额有限，请到三楼教务处登记",
    ),
    (
        "offtopic",
        None,
        None,
        "【作者有话说】今天加更一章，求月票求推荐票！下一章男主终于要去上海交大报到了，别问为啥卡在这儿🤣",
    ),
    (
        "offtopic",
        None,
        None,
        "菜市场的排骨涨到廿八一斤，我妈一路嘀咕：过年前才廿二，这一个月涨得比工资快多了",
    ),
]


def main() -> None:
    sora.check_zh_set("zh_heldout23", "zhh23", POSTS)


if __name__ == "__main__":
    main()
