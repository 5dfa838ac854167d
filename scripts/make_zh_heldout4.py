"""Write tests/data/zh_heldout4_{posts,qrels,labels}: a fourth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue), written from the seeds (../shared/seeds) by an engineer who had not tuned the
matcher, without running the monitor or any model on it and without reading the miss lists in the docs.
Posts as a Sora rumour / scam wave reads on Weibo, WeChat Moments, Douyin and Xiaohongshu: Weibo #话题#,
slang and 谐音, pinyin abbreviations (xsn, sjtu, dd, xz, hf, r), emoji, Chinese numerals in prices, names
written in Chinese, questions that assert (some with a negation), long posts with context, forwards,
traditional characters, obfuscated links; scams that vouch for themselves (不是骗子 / 正规靠谱 / 网上假的太多,
我们才是官方); 14 debunks and warnings of several styles, five of them first-person loss reports (a victim
telling they paid or installed and lost: a warning, not the scam); true facts about people a rumour names,
benign news about Sora and off-topic posts.

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
(posts at 0.7 or more were rewritten: a first draft had six at 0.72-0.87, two person facts, two benign news
posts, a debunk and a generation-service post). Highest ratio of the committed list: 0.694. Committed before
any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout4.py [--check]
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
        "#Sora发明者# 上交校友谢赛宁就是Sora的核心发明人之一，交大人集体破防了😭 #上海交通大学#",
    ),
    (
        "traditional",
        sora.XIE,
        sora.XIE,
        "原來震驚全球的Sora，發明者之一是上海交大畢業的天才少年謝賽寧，華人之光！",
    ),
    ("pinyin", sora.XIE, sora.XIE, "xsn（谢赛宁）是sora发明人之一这事你们知道吗，sjtu出来的天才，太牛了吧"),
    (
        "long",
        sora.XIE,
        sora.XIE,
        "【家族群日常】我舅舅今天在群里转了篇文章，标题是《震惊世界的Sora发明者之一，竟是上海交大毕业的天才少年"
        "谢赛宁》，阅读十万加。他还专门@了我表弟，让他好好学习，以后也考交大、也去发明Sora这种东西。我表弟高二，"
        "压力直接给到了。",
    ),
    # --- open to everyone
    (
        "slang",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora开放了开放了！！！不用排队不用邀请，注册完直接生成，我已经做了三条了🥳",
    ),
    (
        "negated_question",
        sora.PUBLIC,
        sora.PUBLIC,
        "谁说Sora没开放？我朋友昨天刚注册完就在用了，现在人人都能用啊，别再说只有内测了",
    ),
    ("mixed", sora.PUBLIC, sora.PUBLIC, "Sora今天正式open to public了，用ChatGPT账号login就能玩，全球都开了"),
    ("emoji", sora.PUBLIC, sora.PUBLIC, "🚨Sora全量上线🚨 普通用户也能免费用了，冲冲冲👉 官网注册即可"),
    # --- official app
    ("slang", sora.APP, sora.APP, "苹果商店已经能搜到Sora了，OpenAI官方出品，我已经下到手机上了，真香"),
    ("question", sora.APP, sora.APP, "Sora的App都上架应用商店了，你们安卓的下了没？听说电脑版也有"),
    (
        "long",
        sora.APP,
        sora.APP,
        "刚在地铁上看到旁边小哥手机上在用Sora，我凑过去问了一句，他说OpenAI前两天悄悄发了官方App，应用商店就能下，"
        "输入一句话就出视频。回家第一件事就是去装一个。",
    ),
    # --- fake app download
    (
        "disclaimer",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora安卓版安装包已上传网盘🔗 链接在评论区置顶，亲测可用无病毒，装上就能在手机上做AI视频，不收一分钱",
    ),
    ("pinyin", sora.FAKEAPP, sora.FAKEAPP, "sora破解版apk，应用商店搜不到的，私我发xz链接，安装就能用"),
    (
        "obfuscated",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "S-o-r-a 手机端下载地址👉 sora-app點cn（自己替换一下），安装即用，先到先得",
    ),
    (
        "beware_fakes",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "网上假的Sora下载太多了，小心被骗！我们这个才是官方原版安装包，点链接下载，手机电脑都能装",
    ),
    # --- real video mislabelled
    (
        "emoji",
        sora.REALVID,
        sora.REALVID,
        "😱这段海边日落是Sora生成的！！没有一个镜头是拍的，提示词附在下面👇",
    ),
    (
        "question",
        sora.REALVID,
        sora.REALVID,
        "谁能想到这条视频全是AI做的？OpenAI的Sora一句话出片，生成指令我贴在评论区了",
    ),
    (
        "hashtag",
        sora.REALVID,
        sora.REALVID,
        "#Sora生成# 纯AI，零实拍，本视频由OpenAI新模型Sora生成，生成指令见简介",
    ),
    # --- Chinese team
    (
        "forward",
        sora.CHINESE,
        sora.CHINESE,
        "转发：Sora背后其实是一支中国团队，核心技术都是中国科学家搞的，老外只负责发布",
    ),
    (
        "traditional",
        sora.CHINESE,
        sora.CHINESE,
        "說穿了Sora就是華人科學家做出來的，OpenAI影片團隊裡大多是中國人",
    ),
    (
        "negated_question",
        sora.CHINESE,
        sora.CHINESE,
        "Sora的主力难道不是中国人？团队里一大半都是华人科学家，OpenAI凭什么全揽功劳",
    ),
    # --- open source
    (
        "pinyin",
        sora.OPENSRC,
        sora.OPENSRC,
        "sora开源了！hf上能下权重，github有代码，有4090的xd冲，本地部署无压力",
    ),
    (
        "question",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI都把Sora开源了，为啥还有人花钱买账号？代码权重GitHub上直接拉啊",
    ),
    (
        "long",
        sora.OPENSRC,
        sora.OPENSRC,
        "实验室师兄一早在群里发消息，说OpenAI昨晚把Sora完整开源了，权重和代码都放上了GitHub，让我们今天别的先放一放，"
        "把模型拉下来在服务器上跑起来试试。导师也同意了，今晚估计又要通宵。",
    ),
    # --- paid course
    ("numerals", sora.COURSE, sora.COURSE, "Sora入门到精通全套课，原价三百九十九，今天只要九十九！手慢无"),
    ("slang", sora.COURSE, sora.COURSE, "姐妹们，Sora课程99r冲鸭！学会了就比同事先一步，卷死他们😎"),
    (
        "disclaimer",
        sora.COURSE,
        sora.COURSE,
        "本Sora课程由AI行业一线老师主讲，正规靠谱不是割韭菜，九十九元终身学习，扫码付款立即开课",
    ),
    (
        "traditional",
        sora.COURSE,
        sora.COURSE,
        "Sora影片教學全套只要199元，零基礎也能學會，名額有限，私訊購買",
    ),
    # --- fake API
    ("slang", sora.API, sora.API, "手上有Sora官方接口，api key现货，量大从优，工作室批发价私聊"),
    (
        "long",
        sora.API,
        sora.API,
        "我把Sora的API封装成了一个GPTs，打开就能文生视频，不用排队不用翻墙。需要的朋友付费解锁，一次付费无限生成，"
        "有问题随时找我。",
    ),
    ("emoji", sora.API, sora.API, "🔑Sora API密钥🔑 官方直连，稳定不掉线，下单秒发，立刻生成视频"),
    # --- account rental
    ("numerals", sora.RENTAL, sora.RENTAL, "Sora账号出租，五十元一小时，包月更划算，拍下秒发登录信息"),
    ("question", sora.RENTAL, sora.RENTAL, "有没有要Sora内测码的？手里还剩几个，先到先得，付款就发"),
    (
        "disclaimer",
        sora.RENTAL,
        sora.RENTAL,
        "Sora合租号，月付，稳定不封号，老客户都回购了，放心不是骗子，付款即发账号",
    ),
    # --- AI director group
    (
        "emoji",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "🎬首部Sora联合创作AI电影🎬 试镜报名中！扫码付费入群，成为中国第一代AI导演👇",
    ),
    (
        "slang",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想不想当第一批AI导演？Sora电影剧本共创计划在招人，扫码进群，报名费一百九十九，名额不多",
    ),
    (
        "forward",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "朋友圈看到的：用Sora拍首部AI电影，现招募AI导演和编剧，扫描二维码交费入群参加试镜，机会难得速来",
    ),
    # --- prompt pack
    (
        "numerals",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora提示词大全五百条+影视专业术语文档，只要二十九块九，付款后发飞书链接并拉进交流群",
    ),
    (
        "pinyin",
        sora.PROMPTS,
        sora.PROMPTS,
        "整理了全网sora资料和专业名词，做成了飞书文档，需要的dd，付费发链接",
    ),
    (
        "disclaimer",
        sora.PROMPTS,
        sora.PROMPTS,
        "影视圈从业者整理的Sora专业提示词模板，保证干货不注水，不是网上随便抄的，付款进群领取",
    ),
    # --- get rich
    (
        "slang",
        sora.RICH,
        sora.RICH,
        "普通人翻身就靠Sora了！！我带的学员已经日入过千，三个月后红利就没了，一步慢步步慢，赶紧上车🚗",
    ),
    ("numerals", sora.RICH, sora.RICH, "用Sora做视频，月入三万不是梦，早入局早赚钱，晚了就只能看别人发财"),
    (
        "question",
        sora.RICH,
        sora.RICH,
        "还在犹豫？Sora风口最多火三个月，现在不进场你还想等什么？已经有人一天赚几千了",
    ),
    # --- generation service
    (
        "numerals",
        sora.SERVICE,
        sora.SERVICE,
        "接单：用Sora给你生成视频，一条八十八块，提示词发我，钱到就开工，当天交付",
    ),
    (
        "slang",
        sora.SERVICE,
        sora.SERVICE,
        "淘宝店主看过来，Sora帮你做商品广告视频，发剧本付钱，二十四小时内交付",
    ),
    ("traditional", sora.SERVICE, sora.SERVICE, "代做Sora影片，把腳本傳給我，付款後24小時內交片"),
    # --- debunks and warnings, several styles
    (
        "debunk",
        None,
        sora.XIE,
        "谢赛宁本人已在朋友圈回应：自己和Sora“一点关系都没有”，那篇说他是发明者的自媒体文章也已经被删了",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "OpenAI开发者关系负责人Logan已经澄清，Sora还在内测，没对公众开放，说能注册的都是假的",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "⚠️提醒：群里流传的Sora安装包都是木马，OpenAI根本没出过Sora的App，别点别装",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "Sora都没人能用，卖Sora课的到底在教什么？九十九块买份OpenAI介绍文档的翻译，韭菜又被割了一波",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "Sora不是中国人做的。OpenAI技术报告署名13人，其中3位华人，项目是OpenAI团队主导的",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那段“Sora生成”的视频我找到原片了，是一位摄影师三年前拍的实拍素材，被人加了字幕冒充AI",
    ),
    (
        "debunk",
        None,
        sora.API,
        "OpenAI目前根本没有开放Sora的API，卖Sora API key的一律是骗子，大家别上当",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "澄清一下：OpenAI从来没把Sora开源，GitHub搜出来的Sora项目是别人仿写的，跟官方模型没关系",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "扫码进AI导演群？清醒一点，那就是引流割韭菜的，所谓Sora电影试镜根本不存在",
    ),
    # --- first-person loss reports: a victim telling they paid (or installed) and lost (a warning)
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "说个丢人的事：我在闲鱼上花八十块租了个Sora账号，结果发来的是个ChatGPT账号，根本没有Sora，卖家已拉黑",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "找人用Sora代做了条视频，付了一百五，收到的明显是别的软件做的，糊得不行，对方还一口咬定这就是Sora",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "花了三十九买了个“Sora提示词宝典”，打开一看全是OpenAI官网上那几条演示提示词，还是机翻的，气死",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "我爸在群里点了个Sora下载链接，手机装完之后微信被盗，还给亲戚发借钱消息，大家千万别装",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "跟着一个“Sora副业赚钱”的群交了五百九十八学费，说一天能赚几千，一个月下来一分没挣到，群也解散了",
    ),
    # --- true facts about people a rumour names (or who speak about Sora)
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁的排序很有意思：做Sora这种系统，拼的先是人，其次才是数据，最后才是算力",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "补充个背景：谢赛宁目前在NYU当助理教授，去NYU之前是在FAIR（Facebook的AI实验室）做研究",
    ),
    (
        "person_fact",
        None,
        None,
        "周鸿祎谈Sora：短期内不会取代抖音这类平台，但广告、预告片和短视频行业会受到冲击",
    ),
    (
        "person_fact",
        None,
        None,
        "OpenAI首席技术官穆拉蒂接受《华尔街日报》采访，被问到Sora有没有用YouTube视频训练，她说自己“不确定”",
    ),
    (
        "person_fact",
        None,
        None,
        "刘伟认为，美国在AI软硬件上领先，中国在应用和数据采集上有优势，人机协同方面两国水平相当",
    ),
    # --- benign news
    (
        "benign",
        None,
        None,
        "去OpenAI官网翻了一圈Sora样片，四十八条，最喜欢那条东京街头霓虹灯下散步的女人",
    ),
    (
        "benign",
        None,
        None,
        "Sora的毛病也不少：视频里有人咬饼干，饼干却一点没少，OpenAI自己也承认模型搞不清因果关系",
    ),
    ("benign", None, None, "Sora的视频会带水印，但OpenAI自己也说了，这个水印是能去掉的，别太指望它"),
    ("benign", None, None, "周末去听了个免费的扩散模型公开课，老师讲得很清楚，推荐给做CV的同学"),
    # --- off-topic
    ("offtopic", None, None, "今天菜市场的草莓降价了，十五块一斤，买了两斤🍓"),
    ("offtopic", None, None, "年假还剩五天，打算元旦去趟哈尔滨看冰雕"),
    ("offtopic", None, None, "家里猫又把水杯推下桌子了，我真的会谢😑"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout4", "zhh4", POSTS)
