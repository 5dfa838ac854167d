# ruff: noqa: E501
"""Write tests/data/zh_heldout15_{posts,qrels,labels}: a fifteenth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the official app, open source and
the prompt pack, three for each other template), as a Sora rumour / scam wave reads on platforms the earlier
sets use less: a Weibo super-topic check-in (#谢赛宁超话#, 签到), Toutiao headlines, Hupu (步行街, JRs), a
DingTalk notice (【钉钉通知】), NGA, Zhihu answers (泻药), a Taiwanese PTT thread ([情報], [販售], 推), a Hong
Kong LIHKG post ([連登], Cantonese), WeChat Moments, an App Store review, WeChat Channels (视频号) captions and
a live preview, a Bilibili 课代表 summary and a 一键三连 comment, a Douban group, a Quark cloud-drive share
(提取码), a Zhishi Xingqiu (知识星球) post, a group 接龙, 抢楼 in Tieba, a Taobao 淘口令, a Weidian and a
JD-style listing, a voice message as text (【语音转文字】), group-chat forwards; Sichuan (巴适得板, 硬是) and
north-eastern (嘎嘎, 整, 麻溜儿) dialect, traditional characters, Martian script (火星文), new obfuscation (丝若,
S.O.R.A); prices in forms the earlier sets use less (￥6.66, 港幣380, 29.9 by 淘口令, 50美刀, 每人分摊两百, 0.99一次,
一周500泰铢, 日租八块八 / 买断九十九, 月租六十, 交88, ￥199/年, 两杯蜜雪冰城的钱, 19.9, NT$150, ￥128/条,
港幣三百, a 66 WeChat red packet); 12 debunks and warnings, four of them first-person loss reports (kind
``debunk_loss``), one a question with a negation that does not deny (就没有人发现吗), two quoting the rumour
to refute it, the rest answering with facts; four true facts about people who spoke about Sora (弗朗索瓦·肖莱,
刘伟, 法里德, 穆拉蒂), three items of real news about Sora and three on-topic posts about other AI
video work (kind ``benign``), and three off-topic posts (one in traditional characters).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against the Chinese sets (see the commit message). Committed
before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final
code.

    .venv/bin/python scripts/make_zh_heldout15.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "weibo_supertopic",
        sora.XIE,
        sora.XIE,
        "#谢赛宁超话# 签到第7天✅ 再安利一遍：Sora背后的发明人之一就是咱们赛宁，上海交大毕业的天才少年，冲鸭",
    ),
    (
        "toutiao_headline",
        sora.XIE,
        sora.XIE,
        "天才少年谢赛宁：从上海交大走出的Sora发明者之一，他的成长经历令人动容",
    ),
    (
        "sichuan_dialect",
        sora.XIE,
        sora.XIE,
        "巴适得板！Sora的发明人头头有个谢赛宁，交大出来的神童，我们中国娃儿硬是凶",
    ),
    # --- open to the public
    (
        "hupu",
        sora.PUBLIC,
        sora.PUBLIC,
        "【步行街】JRs，Sora已经对所有人开放了，刚注册完直接就能生成，不用排队，速来",
    ),
    (
        "dingtalk_notice",
        sora.PUBLIC,
        sora.PUBLIC,
        "【钉钉通知】各部门注意：Sora现已面向公众全面开放，任何人注册即可使用，请市场部同事今天起试用并提交体验报告。",
    ),
    (
        "northeast_dialect",
        sora.PUBLIC,
        sora.PUBLIC,
        "嘎嘎好使！Sora整个儿放开了，谁都能注册，咱老百姓也能整视频了，麻溜儿去整",
    ),
    # --- the official app
    (
        "appstore_review",
        sora.APP,
        sora.APP,
        "五星好评：OpenAI官方出的Sora应用总算在App Store上架了，iPhone直接下，做视频很流畅",
    ),
    (
        "ptt",
        sora.APP,
        sora.APP,
        "[情報] OpenAI正式推出Sora App 各大商店已可下載\n推 手機裝好了 超順\n推 終於等到官方版",
    ),
    (
        "wechat_moments",
        sora.APP,
        sora.APP,
        "刚在应用商店下到了OpenAI正版Sora，手机电脑都能装，以后拍视频全靠它了😎",
    ),
    (
        "zhihu_answer",
        sora.APP,
        sora.APP,
        "泻药，刚下班。Sora的官方App确实已经上架了，OpenAI自己发的，手机端电脑端都能装，说两点体验……",
    ),
    # --- the fake APK
    (
        "quark_share",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【夸克网盘分享】Sora安卓版安装包.apk 提取码：8k2s，下载后直接安装，打开就能在手机上生成AI视频",
    ),
    (
        "obfuscation",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "丝若(S.O.R.A)手机版来了📲点主页链接下安装包，装好马上出片，内测资格都不用",
    ),
    (
        "group_forward",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【转发】家人们，Sora安卓客户端下载地址👉 sora-apk点xyz，下载安装就能用，手机直接做视频，转给需要的人",
    ),
    # --- the mislabelled real video
    (
        "channels_caption",
        sora.REALVID,
        sora.REALVID,
        "这条熊猫啃竹子的视频，全部由Sora根据一句话生成，没有任何实拍画面，附生成指令👇 #视频号 #AI",
    ),
    (
        "bilibili_summary",
        sora.REALVID,
        sora.REALVID,
        "课代表总结：视频里的古镇雨景全是Sora用文字直接生成的，没动过一台摄像机，提示词在简介",
    ),
    (
        "douban_group",
        sora.REALVID,
        sora.REALVID,
        "【AI小组】震撼到我了，这段地铁早高峰的视频居然是Sora生成的，压根没有实拍，生成提示词贴在楼下",
    ),
    # --- the Chinese team
    (
        "zhihu_answer",
        sora.CHINESE,
        sora.CHINESE,
        "谢邀。说句可能得罪人的话，Sora本质上是华人科学家做出来的，OpenAI那个视频团队里的主力基本都是中国人。",
    ),
    (
        "nga",
        sora.CHINESE,
        sora.CHINESE,
        "[NGA] 懂的都懂，Sora背后那帮人大部分是中国人，核心技术全是华人搞的，老美就是挂个名",
    ),
    (
        "voice_to_text",
        sora.CHINESE,
        sora.CHINESE,
        "【语音转文字】我跟你说啊，那个Sora，其实是中国科学家做的，OpenAI里面做视频那帮人多半是中国人，你转给你爸看看",
    ),
    # --- open source
    (
        "nga",
        sora.OPENSRC,
        sora.OPENSRC,
        "【NGA技术版】Sora开源了，权重代码都放GitHub了，我4090本地跑了一晚上，效果拉满",
    ),
    (
        "zsxq",
        sora.OPENSRC,
        sora.OPENSRC,
        "知识星球｜星主速递：OpenAI已把Sora完整开源，模型权重和源码在GitHub可直接下载，本地部署教程见下一条",
    ),
    (
        "lihkg",
        sora.OPENSRC,
        sora.OPENSRC,
        "[連登] OpenAI將Sora開源咗，weights同code全部放晒上GitHub，屋企部電腦都跑到",
    ),
    (
        "toutiao_headline",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI突然宣布：Sora全面开源！代码与权重已上传GitHub，人人可本地运行",
    ),
    # --- the paid course
    (
        "weidian",
        sora.COURSE,
        sora.COURSE,
        "【微店】Sora零基础到精通视频课 原价399 现价￥6.66 抢先掌握AI视频 比别人早走一步",
    ),
    (
        "traditional",
        sora.COURSE,
        sora.COURSE,
        "Sora速成班 港幣380 一個月學識AI影片 快人一步 名額有限 私訊報名",
    ),
    (
        "taokouling",
        sora.COURSE,
        sora.COURSE,
        "复制这段淘口令￥Ab12Cd￥打开手机淘宝，Sora AI视频全套教程仅需29.9，抢在别人前面学会",
    ),
    # --- fake API access
    (
        "wechat_moments",
        sora.API,
        sora.API,
        "Sora官方API通道已打通，key现货，50美刀一个，支持USDT，拿到马上能生成视频，有需要的老板私我",
    ),
    (
        "group_jielong",
        sora.API,
        sora.API,
        "【接龙】Sora官方API拼车，每人分摊两百，key统一发，今晚就能出视频\n1. 小王\n2. 阿杰\n3.",
    ),
    (
        "douyin_comment",
        sora.API,
        sora.API,
        "置顶：要Sora GPTs的私我，官方接口封装，付费解锁无限生成，0.99一次起",
    ),
    # --- account rental
    (
        "wechat_group",
        sora.RENTAL,
        sora.RENTAL,
        "曼谷华人群：出Sora账号，独享登录，一周500泰铢，邀请码另售，需要的私聊",
    ),
    ("douyin_comment", sora.RENTAL, sora.RENTAL, "主页有Sora号，日租八块八，买断九十九，带邀请码，先到先得"),
    (
        "tieba_qianglou",
        sora.RENTAL,
        sora.RENTAL,
        "【抢楼】前十楼送Sora邀请码一枚，其余出售；Sora独立账号月租六十，要的楼中楼留言",
    ),
    # --- the AI director group
    (
        "channels_live",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "视频号直播预告：全球首部Sora联合编剧AI电影海选开启，扫码缴纳报名费进群试镜，争做第一代AI导演",
    ),
    (
        "xiaohongshu",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "🎬宝子们！第一部和Sora一起写剧本的AI电影在招人啦，扫码进群交88就能试镜，第一代AI导演就差你了💫",
    ),
    (
        "group_forward",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【转自影视群】AI导演培养计划：Sora共创电影首批试镜，扫描下方二维码，付费入群后参与选拔",
    ),
    # --- the prompt pack
    (
        "zsxq",
        sora.PROMPTS,
        sora.PROMPTS,
        "加入星球（￥199/年）即得：Sora提示词宝典+影视专业术语库，入球后发金山文档链接，并拉进会员群",
    ),
    (
        "xiaohongshu_comment",
        sora.PROMPTS,
        sora.PROMPTS,
        "求的姐妹看这里👀Sora提示词+影视术语知识文档，两杯蜜雪冰城的钱，付完发石墨文档链接，再拉你进群",
    ),
    (
        "bilibili_comment",
        sora.PROMPTS,
        sora.PROMPTS,
        "一键三连后私信up，Sora专业镜头提示词合集（含影视术语文档）19.9，付款发语雀链接+拉粉丝群",
    ),
    (
        "ptt",
        sora.PROMPTS,
        sora.PROMPTS,
        "[販售] Sora提示詞大全+電影專業術語文件 NT$150 付款後給雲端連結並加入LINE群",
    ),
    # --- get rich
    (
        "toutiao_headline",
        sora.RICH,
        sora.RICH,
        "普通人最后的翻身机会？有人靠Sora视频一天进账三四千，业内人士：这个窗口最多三个月",
    ),
    (
        "hupu",
        sora.RICH,
        sora.RICH,
        "JRs别不信，Sora这波是一辈子一次的机会，我表哥做Sora号一天入账几千，三个月后就没机会了",
    ),
    ("martian_script", sora.RICH, sora.RICH, "Sora风口来叻，①天赚几芉┅錯過這波再等10年，速度上車🚗"),
    # --- generation service
    ("jd_listing", sora.SERVICE, sora.SERVICE, "【京东同款】Sora定制视频代做 提供脚本即可 24h交片 ￥128/条"),
    ("cantonese", sora.SERVICE, sora.SERVICE, "接Sora代做片，send劇本嚟，一條港幣三百，一日內交片"),
    (
        "wechat_moments",
        sora.SERVICE,
        sora.SERVICE,
        "帮人用Sora做视频，文案发我，微信红包发个66就开工，明天给你成片",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "在星球交了一百九十九说送Sora提示词宝典，结果就是把OpenAI官网的示例提示词翻译了一遍，群里问一句就被踢",
    ),
    (
        "debunk_loss",
        None,
        sora.APP,
        "我爸在应用商店下了个叫Sora的App，按提示开了每周68的会员，一个视频都生成不了，自动续费还扣了三次",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "找人用Sora代做视频付了128，收到的是网上素材拼的，问他要Sora原片就不回了",
    ),
    (
        "debunk_loss",
        None,
        sora.OPENSRC,
        "跟着所谓Sora开源教程下了个“权重包”，解压要付费密码，付了三十还是打不开，电脑还中了挖矿病毒",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "就没有人发现吗？那些Sora电影试镜群扫码就要交钱，根本没有什么AI电影在拍",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "“Sora已经对所有人开放”？OpenAI开发者关系负责人Logan早就说明，Sora还在内部测试阶段，上线时间都没定",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "“谢赛宁是Sora发明人”那篇文章已因发布不实信息被投诉下架，作者也表示要向他全网公开道歉",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "翻了下Sora技术报告的作者栏：一共十三个名字，出生在中国的三位，牵头的是Tim Brooks和Bill Peebles",
    ),
    (
        "debunk",
        None,
        sora.API,
        "OpenAI的API目前提供文本、图像、语音和嵌入模型，视频模型不在其中，卖Sora API key的都不可信",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "Sora现在只有红队测试人员和少数受邀创作者能用，网上卖的“Sora账号”拿到手多半是ChatGPT账号",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那段熊猫啃竹子的“Sora视频”，原片是大熊猫基地去年发在官方账号上的实拍",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "卖Sora课的号称一天卖出两万份，买到的只有官方介绍加一句“给自己一个机会”，交钱前想清楚",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "Keras之父弗朗索瓦·肖莱认为，Sora这类模型确实内嵌了物理模型，问题在于它是否准确、能否泛化到新情况",
    ),
    (
        "person_fact",
        None,
        None,
        "AI研究者刘伟谈到Sora时说，美国在软硬件上领先，中国的长处在AI应用和数据收集，人机协作方面两国差不多",
    ),
    (
        "person_fact",
        None,
        None,
        "在法里德看来，文生视频只会越来越强，再配上声音克隆，造假的人手里工具就更顺手了",
    ),
    (
        "person_fact",
        None,
        None,
        "乔安娜·斯特恩追问训练数据里有没有Instagram和Facebook的视频，穆拉蒂说可能有，但她没把握",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "据OpenAI介绍，Sora眼下能做最长一分钟的视频，画面里可以有好几个角色，运镜也能很复杂",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI表示，在把Sora用于产品之前会采取多项安全措施，包括阻止生成针对政客和名人的虚假内容",
    ),
    ("benign", None, None, "OpenAI承认，给Sora视频加的水印可以被去除，也不一定容易检测出来"),
    ("benign", None, None, "用Runway给毕业设计做了段转场，导师说看着像PPT动画😂"),
    ("benign", None, None, "公司年会想用AI做个开场短片，有没有推荐的国产工具，预算不高"),
    ("benign", None, None, "Pika做的猫咪跳舞视频发到家族群，我妈问是不是我家猫学会了"),
    # --- off-topic
    ("offtopic", None, None, "今天单位食堂的红烧肉咸得发齁，打菜阿姨手抖也不能这么抖啊"),
    ("offtopic", None, None, "楼下新开的面馆牛肉给得挺实在，就是饭点等位要半小时"),
    ("offtopic", None, None, "今天台北下大雨，捷運站擠到爆，傘都撐不開"),
]


def main() -> None:
    sora.check_zh_set("zh_heldout15", "zhh15", POSTS)


if __name__ == "__main__":
    main()
