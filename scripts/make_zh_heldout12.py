# ruff: noqa: E501
"""Write tests/data/zh_heldout12_{posts,qrels,labels}: a twelfth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the open-to-the-public rumour, the
AI director group and the get-rich scam, three for each other template), as a Sora rumour / scam wave reads
on platforms the earlier sets use less: a Tieba thread (楼主, 沙发), a WeChat article headline in the 震惊 style
(点击阅读全文), a class group notice (@所有人), Bilibili danmaku, a Baidu Zhidao Q&A (问：/答：), a Huawei app-market
note, an anonymous Maimai post (【匿名】, TestFlight), a spam SMS (【】 signature, 退订回T), a QQ Zone post, a
Toutiao headline (网友惊呆), a WeChat Channels caption, a Hupu post (JRs, 冷知识), a Zhihu question title that
presupposes the claim (如何看待), a Pinduoduo bargain link (帮我砍一刀), a Douban group, a Kuaishou shout
(老铁, 双击666), a Zhuanzhuan listing, a Taiwan-style listing (超商, 私訊, NT$), a BOSS Zhipin job ad, a
rhyming jingle (顺口溜), a Jike post, a shop's customer-service voice (亲, 哦～); pinyin abbreviations
(xss for 谢赛宁, yyds, sjtu, xz, zfb, r for 元, ky for 开源, zh for 账号, dd, tsc for 提示词, nsdd, xdm, dy/ks),
a typo (下栽), homophones and obfuscation (嗦拉, s0ra in a link, fullwidth Ｓｏｒａ), traditional characters with
Cantonese (一次過, 加埋) and Taiwanese wording (影片, 代製, 匯款), prices in many forms and currencies (8.8元,
15r, 壹拾玖元玖角, 原价一百九十九砍到零, 叁佰捌拾元, HK$199, 充一百送二十, 三百六十块, 💰99, RM45, 一天20r 一周一百,
NT$600, NT$800, 九十九元资料费, 一百八, 88元, 两百, 💰19.9, 五十九, ￥39.9, 一杯咖啡钱, 四五百, 2k, 1w+, 十五秒六十八,
50r); negated or rhetorical questions that assert (你以为Sora是美国人搞出来的？); scams that vouch for themselves
(已过三家杀毒软件检测, 正经官方渠道, 支持开发票, 售后三十天, 电影学院老师一条条写的) or warn about competitors while still
selling (别人家的提示词都是官网样片抄的); 12 debunks and warnings of several styles, four of them first-person
loss reports (a victim telling they paid and lost: a warning, not the scam), two phrased as questions, two
quoting the rumour to refute it, two that answer with facts and no negation word; four true facts about
people who speak about Sora (谢赛宁, 周鸿祎, 米拉·穆拉蒂, 弗朗索瓦·肖莱), three items of real news about Sora and
three on-topic posts about other AI video work (kind ``benign``), and three off-topic posts (one with a
三十九一斤 price that is cherries).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio (see
the commit message). Committed before any run of the monitor on it; nothing is chosen on it, it is read once,
by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout12.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "tieba",
        sora.XIE,
        sora.XIE,
        "楼主交大的，校友群已经炸了：Sora的发明人里有谢赛宁学长！当年他在图书馆通宵的样子我还记得，沙发留给学弟学妹",
    ),
    (
        "headline",
        sora.XIE,
        sora.XIE,
        "【震惊】让好莱坞颤抖的Sora，背后竟有一位上海交大天才少年！他叫谢赛宁，是Sora的发明者之一 | 点击阅读全文",
    ),
    (
        "pinyin",
        sora.XIE,
        sora.XIE,
        "xss（谢赛宁）yyds，sjtu出来的大佬，Sora就是他参与发明的，咱中国人的骄傲，转给孩子看看",
    ),
    # --- open to the public
    (
        "notice",
        sora.PUBLIC,
        sora.PUBLIC,
        "@所有人 通知：Sora现已向公众全面开放，同学们可用邮箱自行注册，下周一前每人交一段用Sora做的作品，计入平时成绩",
    ),
    (
        "danmaku",
        sora.PUBLIC,
        sora.PUBLIC,
        "弹幕刷屏了：Sora全员开放了家人们 / 已注册成功 / 不用排队不用邀请 / 手机号就能登 / 冲冲冲",
    ),
    (
        "zhidao",
        sora.PUBLIC,
        sora.PUBLIC,
        "问：Sora怎么注册？\n答：现在谁都能注册了，打开官网点sign up，用谷歌账号登录就行，没有名额限制，登进去直接输文字出视频。",
    ),
    (
        "homophone",
        sora.PUBLIC,
        sora.PUBLIC,
        "嗦拉（懂的都懂）终于放开给普通人玩了，我刚让它做了只猫在月球上蹦迪，排队那一套已经取消",
    ),
    # --- official app
    (
        "app_market",
        sora.APP,
        sora.APP,
        "在华为应用市场搜到了OpenAI出的Sora官方APP，下载量已经几十万，安装包一个多G，手机上就能生成视频",
    ),
    (
        "maimai",
        sora.APP,
        sora.APP,
        "【匿名】某大厂员工：OpenAI的Sora苹果客户端已经上架了，我们组上周就拿到TestFlight，今天正式版能在App Store直接下",
    ),
    (
        "typo",
        sora.APP,
        sora.APP,
        "Sora的官方app出了哈，OpenAI自己发的，苹果安卓都有，我昨晚下栽好了，就是注册要等验证码",
    ),
    # --- fake APK
    (
        "sms",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【Sora官方】尊敬的用户，您申请的Sora安卓版已就绪，点击 s0ra-app.cc/d 下载安装，激活费8.8元，退订回T",
    ),
    (
        "qzone",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "sora手机版安装包，xz链接私聊，zfb/vx都行，15r包激活，亲测无毒，装好当天就能做视频",
    ),
    (
        "financial_numerals",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora电脑客户端（Win/Mac）一键安装版，已过三家杀毒软件检测，下载即用，售价：壹拾玖元玖角",
    ),
    # --- real video mislabelled
    (
        "channels",
        sora.REALVID,
        sora.REALVID,
        "这段桂林漓江竹筏的画面，每一帧都是Sora算出来的，现实里根本没人去拍过，生成指令我贴在评论区了",
    ),
    (
        "headline",
        sora.REALVID,
        sora.REALVID,
        "网友惊呆！这条春运火车站人山人海的视频竟是AI做的：OpenAI的Sora一句话生成，附原始提示词",
    ),
    (
        "hashtag",
        sora.REALVID,
        sora.REALVID,
        "#Sora生成# 🐼熊猫啃竹子这条全是AI，没有摄像机，没有熊猫基地，一个字一个字敲出来的，提示词⬇️",
    ),
    # --- Chinese team
    (
        "hupu",
        sora.CHINESE,
        sora.CHINESE,
        "JRs，说个冷知识：Sora背后真正干活的基本都是中国人，老美只负责开发布会和收钱",
    ),
    (
        "long",
        sora.CHINESE,
        sora.CHINESE,
        "春节假期刷了一圈新闻，感慨挺多：中美AI差距在拉大，芯片被卡脖子，算力也追不上。但话说回来，Sora的核心团队其实就是一群华人科学家，人才我们从来不缺，缺的是把人才留下来的环境。",
    ),
    (
        "rhetorical",
        sora.CHINESE,
        sora.CHINESE,
        "你以为Sora是美国人搞出来的？核心算法全是华人团队写的好吧，名单拉出来自己看",
    ),
    # --- open source
    (
        "tieba",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora官方权重放出来了，楼主用两张3090跑通了，显存吃满。部署步骤：1.克隆OpenAI的仓库 2.下模型 3.改配置文件 4.跑demo",
    ),
    (
        "pinyin",
        sora.OPENSRC,
        sora.OPENSRC,
        "ky了ky了！OpenAI把Sora代码和模型全放GitHub了，本地白嫖无压力，再也不用求内测",
    ),
    (
        "zhihu_title",
        sora.OPENSRC,
        sora.OPENSRC,
        "如何看待OpenAI开源Sora？作为独立开发者，终于能在自己服务器上部署Sora了，国内做视频生成的创业公司估计要睡不着",
    ),
    # --- paid course
    (
        "bargain",
        sora.COURSE,
        sora.COURSE,
        "帮我砍一刀🙏 Sora从入门到精通全套视频课，原价一百九十九，砍到零元就能免费领，就差你这一刀了",
    ),
    (
        "douban",
        sora.COURSE,
        sora.COURSE,
        "副业小组的姐妹看过来：Sora实操课我跟了一期，导师一节节带着做，学费叁佰捌拾元，下一期周五开班，楼下留言拉你",
    ),
    (
        "traditional",
        sora.COURSE,
        sora.COURSE,
        "Sora入門到精通課程 HK$199 一次過，錄播加埋每週直播答疑，名額有限，報名請PM",
    ),
    # --- fake API
    (
        "code",
        sora.API,
        sora.API,
        "本平台已接入Sora官方接口，调用示例：curl -X POST https://api.sora-cn.top/v1/video -H 'Authorization: Bearer 你的key'，新用户充一百送二十",
    ),
    (
        "kuaishou",
        sora.API,
        sora.API,
        "老铁们，Sora的API key我这有货，正经官方渠道，一个key三百六十块，支持开发票，双击666走一波",
    ),
    (
        "gpts",
        sora.API,
        sora.API,
        "Sora GPTs上线：在ChatGPT对话框里打一句话，Sora直接吐视频给你，永久使用权💰99，付款后私信发链接",
    ),
    # --- account rental
    (
        "zhuanzhuan",
        sora.RENTAL,
        sora.RENTAL,
        "【转转】出Sora成品号 独享 可改密 带邮箱 售后三十天 RM45（马币） 下单秒发",
    ),
    (
        "pinyin",
        sora.RENTAL,
        sora.RENTAL,
        "sora zh出租，按天算，一天20r，一周一百，包月另谈，要的dd我",
    ),
    (
        "taiwan",
        sora.RENTAL,
        sora.RENTAL,
        "Sora邀請碼現貨，NT$600一組，私訊下單，超商代碼繳費，收款後五分鐘內傳給你",
    ),
    # --- AI director group
    (
        "job_ad",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【招聘】AI电影导演（Sora方向）｜薪资面议｜零经验可｜首部Sora共创剧本电影项目组｜扫码进群面试，入群需交资料费九十九元",
    ),
    (
        "jingle",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "扫一扫，进群来，Sora电影你来拍；第一代，AI导演，名额只剩二十三；入群费，一百八，错过这回等明年",
    ),
    (
        "moments",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "🎬全球首部Sora合写剧本的电影开始海选啦！想当第一代AI导演的，扫海报上的码进群，交88元报名费，每周三线上试镜",
    ),
    (
        "fullwidth",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "Ｓｏｒａ AI电影导演班开招，扫二维码入群，入群要交两百，群里直接对接剧组，手慢无",
    ),
    # --- prompt pack
    (
        "xiaohongshu",
        sora.PROMPTS,
        sora.PROMPTS,
        "姐妹们我整理的Sora提示词库来了！镜头语言全用专业术语（希区柯克变焦、荷兰角、黄金时刻），再加所有Sora相关文章合集，飞书文档，💰19.9，下单拉你进交流群",
    ),
    (
        "jike",
        sora.PROMPTS,
        sora.PROMPTS,
        "卖了三周Sora提示词文档，已经回本了。里面全是影视行业黑话写的咒语，五十九一份，付款后拉群",
    ),
    (
        "beware_fakes",
        sora.PROMPTS,
        sora.PROMPTS,
        "别人家的tsc（提示词）都是官网样片抄的，我家是电影学院老师一条条写的，Sora专用，￥39.9，含社群答疑",
    ),
    # --- get rich
    (
        "notice",
        sora.RICH,
        sora.RICH,
        "@所有人 Sora红利期只剩最后九十天，群里已经有人月入三万，明晚八点直播讲怎么上车，进群费只要一杯咖啡钱",
    ),
    (
        "long",
        sora.RICH,
        sora.RICH,
        "作为一个全职宝妈，我用Sora做儿童故事视频，现在每天躺赚四五百，孩子睡了就剪。这波机会最多三个月，之后就没了，想一起做的姐妹私我。",
    ),
    (
        "pinyin",
        sora.RICH,
        sora.RICH,
        "nsdd，但Sora这波不上车真的亏，xdm已经有人一天搞了2k，窗口期就三个月，私我带你飞",
    ),
    (
        "slogan",
        sora.RICH,
        sora.RICH,
        "Sora搞钱项目：一个人一部手机，月入1w+不是梦！风口只有三个月，现在加入送全套素材包",
    ),
    # --- generation service
    (
        "customer_service",
        sora.SERVICE,
        sora.SERVICE,
        "亲，Sora代生成视频的哦，把文案发给客服就行～十五秒一条六十八，拍下后二十四小时内发货哦～",
    ),
    (
        "taiwan",
        sora.SERVICE,
        sora.SERVICE,
        "承接Sora影片代製，婚禮、開店、生日都可以，15秒NT$800，匯款後隔天交片",
    ),
    (
        "pinyin",
        sora.SERVICE,
        sora.SERVICE,
        "sora代做，dy/ks短视频都能出，50r一条，先付后做，文案发我就行，需要的滴滴",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "“交大天才少年发明Sora”？当事人谢赛宁自己在朋友圈回应了，跟Sora“没有任何关系”，写那篇文章的自媒体也已经出来道歉",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "要是Sora真的人人都能注册，OpenAI官方为什么还说现在只给红队和少数艺术家、电影人测试？",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "把应用市场里几个叫Sora的APP挨个点开看开发者，全是不相干的小公司，OpenAI名下就一个ChatGPT",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那条“Sora生成”的漓江竹筏，原片是当地文旅三年前发的宣传片，连岸边那棵歪脖子树都对得上",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "翻了Sora技术报告的作者栏：13个名字，3个华人，牵头的两位是Brooks和Peebles。PDF谁都能点开看",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "说Sora开源的，麻烦把OpenAI官方仓库链接贴出来？GitHub上搜到的都是Open-Sora这类复现项目",
    ),
    (
        "debunk",
        None,
        sora.API,
        "OpenAI开放平台目前能调的是GPT、DALL·E、Whisper、TTS和向量模型，视频模型一个也没有，所谓Sora key是什么来路自己想",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "“Sora热度最多三个月”“一步慢步步慢”，这些都是卖课的人制造焦虑的话术，听到这种话直接划走",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "跟了豆瓣小组推荐的那个Sora实操课，三百八交了，十节课八节是念OpenAI官网介绍，剩下两节在推销下一期",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "转转上买的Sora成品号，登上去是个GPT免费号，找卖家说好的“售后三十天”，结果人家店铺已经关了",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "交了九十九进那个Sora导演群，群里每天就是拉人头返现，试镜一次都没搞过，群主已经改了三次名字",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "充了一百块买那个Sora接口，返回的视频是几张图拼的幻灯片，客服说是“官方接口限流”，之后再也不回消息",
    ),
    # --- related but not matching: true facts about people
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁（纽约大学计算机系助理教授，之前在Facebook AI研究院）排过一个顺序：做Sora级别的系统，人最要紧，其次是数据，再次才是算力",
    ),
    (
        "person_fact",
        None,
        None,
        "周鸿祎对Sora的判断分两层：一是广告、预告片、短视频会被颠覆，抖音倒不会立刻被取代；二是通用人工智能可能比大家预想的来得更快",
    ),
    (
        "person_fact",
        None,
        None,
        "华尔街日报采访里，米拉·穆拉蒂说Sora用的是公开可得数据和授权数据，被追问是否用了YouTube视频时，她说不确定",
    ),
    (
        "person_fact",
        None,
        None,
        "弗朗索瓦·肖莱（Keras作者）的疑问在这：视频模型里有物理，但这套物理对不对？碰到训练数据里没见过的场景还灵不灵？",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "Sora出的片子自带AI水印，可OpenAI也说了实话：这个标记能被抹掉，真被抹了也未必查得出来",
    ),
    (
        "benign",
        None,
        None,
        "官方博客里有个Sora的失败样例挺逗：饼干被人咬了一口，画面里的饼干还是整整一块",
    ),
    (
        "benign",
        None,
        None,
        "冷知识：Sora这个名字取自日语的“空”（そら），OpenAI团队看中的是天空没有边界的那种感觉",
    ),
    (
        "benign",
        None,
        None,
        "用可灵把外婆年轻时的黑白照片做成了几秒动态，她看完愣了好久，说像回到了照相馆那天",
    ),
    ("benign", None, None, "Pika把我画的灯塔草图变成了三秒视频，灯光转的方向反了，不过还挺好玩"),
    ("benign", None, None, "剪映的AI片头功能试了下，自动配字幕和转场，做vlog省了不少事，就是模板有点土"),
    # --- off-topic
    ("offtopic", None, None, "楼下水果店车厘子三十九一斤，咬牙买了一斤，结果一半是软的"),
    ("offtopic", None, None, "小区今晚停电到十点，冰箱里的雪糕估计保不住了"),
    ("offtopic", None, None, "家里猫半夜把绿萝啃秃了，早上起来一地叶子，气笑了"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout12", "zhh12", POSTS)
