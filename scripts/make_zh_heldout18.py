# ruff: noqa: E501
"""Write tests/data/zh_heldout18_{posts,qrels,labels}: an eighteenth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the mislabelled real video, the
Chinese team and the open-source rumour, three for each other template), as a Sora rumour / scam wave reads
on platforms the earlier sets use less: a NetEase News 跟帖 (盖楼第27层), Xiaoyuzhou podcast shownotes (时间戳),
a Smzdm 值友爆料 (点个值), a family group's voice message as text (【语音转文字·二舅】), Coolapk (酷友们), a Tencent
News hot comment, a QQ group file (群文件已更新), Xigua Video, Douyu danmaku with the room manager's reply (房管),
a WeChat Read note (划线想法), a Juejin hot-list title, V2EX ([分享], V友), a Gitee mirror (码云镜像), a 36Kr
flash (36氪快讯), a Xiaoetong course page (原价/现价), a Ximalaya album, a GitHub issue, a Soul moment, a
Kuaituantuan group buy (【快团团】, 成团), a Mamawang parents' post (同城宝妈), a Xianyu listing, a WeChat
official account's keyword reply (后台回复), a Taobao 问大家 (问：/答：), a closed-door talk, a Huya host's
patter, a shop-video offer and an owners' group notice; dialects the earlier sets use less: Henanese (中不中,
恁, 俺, 得劲), Tianjinese (介嘛, 倍儿, 甭, 哏儿), Beijing speech (您内, 局气), Changsha (嗯咯, 霸得蛮), Wuhan (么斯,
冇得, 蛮扎实), Shaanxi (嫽扎咧, 谝一哈), Shandong (杠赛来), and Macanese Cantonese in traditional characters
(搵我, 度身訂造, 嘅); slang (打工人, 内卷, 牛马, 躺着挣钱, 上车); pinyin abbreviations (pyq, bzd, xmsl, gzh, dbq,
dd); homophones and obfuscation (欧盆AI and 开放AI for OpenAI, 徽信, mixed case sOrA, a link spelt out as
"sora 空格 app 点 cc（去掉空格）"); scams that vouch for themselves (绝对干净没有后门, 正规课程不割韭菜, 绝对真材
实料, 认准我们一手渠道, 信誉有保障, 不成团全额退, 正规影视公司发起, 真Sora出的片不满意重做); prices in forms the
earlier sets use less (原价699现价199, RM99 by Touch n Go, 一张毛爷爷都不到, 两张红票子, S$45 by PayNow, €25 by
PayPal, 一天三十八块八, 单买188 / 三人成团一百二, 一百八十八, 一杯瑞幸的钱, ¥38.8, 五块钱, ¥1.5/秒, 一条一百五十八,
MOP200); 12 debunks and warnings, four of them first-person loss reports (kind ``debunk_loss``), two
questions with a negation that do not deny (不是说开源了吗, 没人觉得奇怪吗), two quoting the rumour to refute it,
the rest answering with facts; four true facts about people who spoke about Sora (马和良, 周鸿祎, 范麟熙,
纳拉亚南), three items of real news about Sora (the name, the cookie, the red team) and three on-topic posts
about other AI video work (Kling, Luma Dream Machine, Stable Video Diffusion; kind ``benign``), and three
off-topic posts (one in Henanese, one with a 三十八块八 price that is a takeaway).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
against the Chinese sets (a first draft had four at 0.71-0.92, three person facts and a real-news post; one
rewrite stayed at 0.71 and was rewritten again, and a fact debunk at 0.69 was lengthened; highest ratio of the
committed list: 0.678). Committed before any run of the monitor on it; nothing is chosen on it,
it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout18.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "wangyi_gentie",
        sora.XIE,
        sora.XIE,
        "【网易新闻跟帖】盖楼第27层：看了半天评论没人提重点——Sora的发明人之一谢赛宁就是上海交大出来的神童，老美这回最牛的视频AI里有咱交大学子的一份功劳，楼下接着盖",
    ),
    (
        "henan",
        sora.XIE,
        sora.XIE,
        "中不中？俺侄子在交大念书，回来说恁都不知道吧，那个Sora是谢赛宁参与发明哩，交大毕业哩少年天才，俺村里人听了都说得劲，这孩子真给咱中国人长脸",
    ),
    (
        "xiaoyuzhou_shownotes",
        sora.XIE,
        sora.XIE,
        "小宇宙本期shownotes｜05:12 聊到Sora背后的人：上海交大出身的天才青年谢赛宁是发明者之一 / 18:40 春节档电影闲聊 / 31:05 听众来信，欢迎在评论区打卡",
    ),
    # --- open to the public
    (
        "tianjin",
        sora.PUBLIC,
        sora.PUBLIC,
        "介嘛情况？您猜怎么着，Sora倍儿快就对外放开了，甭排队甭等邀请，谁都能注册，我今儿早上刚整了段煎饼果子的小片儿，哏儿都哏儿",
    ),
    (
        "smzdm",
        sora.PUBLIC,
        sora.PUBLIC,
        "【什么值得买·值友爆料】Sora已面向所有用户上线，无需等候名单，用ChatGPT账号直接登录即可生成视频，亲测今天可用，值友们冲，记得回来点个值",
    ),
    (
        "family_group_voice",
        sora.PUBLIC,
        sora.PUBLIC,
        "【语音转文字·二舅】我跟你们说啊，那个美国的Sora现在谁都能用了，不要钱也不要排队，你表弟昨天就注册上了，给你奶奶做了个会跳舞的视频，你们年轻人赶紧去弄一个",
    ),
    # --- the official app
    (
        "coolapk",
        sora.APP,
        sora.APP,
        "酷安｜酷友们，OpenAI的Sora官方应用终于上架应用商店了，iOS和安卓都有，我这台小米14已经装上，手机端直接出片，等了好久终于等到",
    ),
    (
        "beijing",
        sora.APP,
        sora.APP,
        "您内听说了没，OpenAI把Sora做成App了，手机电脑都能从商店里下，我们胡同口那小伙子昨儿就装上了，倍儿局气，顺手给我们拍了段遛鸟的",
    ),
    (
        "tencent_news_comment",
        sora.APP,
        sora.APP,
        "腾讯新闻评论区热评：刚在应用商店搜了一下，OpenAI官方的Sora App已经能下载了，电脑版也有客户端，估计过不了多久剪辑师都得失业",
    ),
    # --- the fake APK
    (
        "qq_group_file",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "群文件已更新：【Sora手机版v1.2.apk】，下载后允许未知来源安装就行，装完打开就能生成视频，管理员亲自测过三台手机，绝对干净没有后门，放心下",
    ),
    (
        "link_obfuscation",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora安卓安装包直装版，浏览器输入 sora 空格 app 点 cc（去掉空格）就能下，下完装好手机上马上出视频，今天前两百个下载免激活码",
    ),
    (
        "changsha",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "嗯咯，Sora破解安卓包我搞到手了，链接放我主页，点进去下载装好就可以在手机上做视频，霸得蛮的先冲，策你的不是人",
    ),
    # --- real video mislabelled (four)
    (
        "xigua_caption",
        sora.REALVID,
        sora.REALVID,
        "西瓜视频｜【AI震撼】这段草原上万马奔腾的画面由OpenAI新模型Sora一次生成，没有一个镜头是实拍，生成指令附在简介，看完你还分得清真假吗",
    ),
    (
        "douyu_danmaku",
        sora.REALVID,
        sora.REALVID,
        "斗鱼弹幕：主播这段老街早点摊的视频真是Sora做的？——房管回复：是的，全程Sora文字生成，没有用摄像机，提示词已经发在粉丝群公告里了",
    ),
    (
        "wuhan",
        sora.REALVID,
        sora.REALVID,
        "么斯？你们莫不信，这条长江大桥夜景是Sora生成的，冇得一帧是拍的，蛮扎实吧，生成的咒语我贴在评论第一条咯",
    ),
    (
        "mixed_case",
        sora.REALVID,
        sora.REALVID,
        "这条深海鲸鱼跃出水面的片子100%是sOrA做的‼️ 没有摄影师没有无人机，OpenAI新模型一句话生成，prompt放在最后一张图，转发的朋友记得标来源",
    ),
    # --- the Chinese team (four)
    (
        "wechat_read_note",
        sora.CHINESE,
        sora.CHINESE,
        "微信读书划线想法：书里讲硅谷的华人工程师，让我想到Sora——说白了这个视频模型就是一群中国科学家做出来的，OpenAI的名头底下全是华人的脑子",
    ),
    (
        "shaanxi",
        sora.CHINESE,
        sora.CHINESE,
        "嫽扎咧！谝一哈，我一个在美国读博的同学说，Sora那帮核心研发基本都是中国人，OpenAI就是个壳子，咱中国人脑子就是灵",
    ),
    (
        "juejin_title",
        sora.CHINESE,
        sora.CHINESE,
        "掘金热榜标题：《扒了一晚上才发现：Sora真正的核心技术来自一个中国研究团队，开放AI只是最后署名》",
    ),
    (
        "pinyin_abbr",
        sora.CHINESE,
        sora.CHINESE,
        "pyq都在转，bzd你们看到没：Sora主力研发几乎清一色中国人，美国那边就出了个名字，xmsl，这才是真实力",
    ),
    # --- open source (four)
    (
        "v2ex",
        sora.OPENSRC,
        sora.OPENSRC,
        "V2EX｜[分享] OpenAI 把 Sora 的代码和权重一起开源了，GitHub 上就能拉，我在 4090 上本地跑通了一个十秒的片段，感兴趣的 V 友可以试试",
    ),
    (
        "gitee_mirror",
        sora.OPENSRC,
        sora.OPENSRC,
        "码云镜像已同步：OpenAI官方Sora完整源码+模型权重，国内下载不限速，按README三步部署，自己电脑就能跑Sora",
    ),
    (
        "shandong",
        sora.OPENSRC,
        sora.OPENSRC,
        "杠赛来！Sora开源了恁知道不，权重跟代码都放GitHub上了，俺用单位那台带显卡的电脑部署上了，自己在家就能生成视频",
    ),
    (
        "ke36_flash",
        sora.OPENSRC,
        sora.OPENSRC,
        "36氪快讯｜据多位开发者消息，欧盆AI已开源视频生成模型Sora，权重与训练代码可在GitHub下载，个人用户即可本地部署运行",
    ),
    # --- paid course
    (
        "xiaoetong",
        sora.COURSE,
        sora.COURSE,
        "【小鹅通课程页】Sora从入门到精通·共36节｜原价699现价199，一次购买永久回看，已有两万多名学员报名，正规课程不割韭菜，先到先得",
    ),
    (
        "malaysia",
        sora.COURSE,
        sora.COURSE,
        "大马的朋友看过来！Sora零基础教学课程，只需RM99，手把手教你做AI视频，Touch n Go转账后立刻发课程，绝对真材实料",
    ),
    (
        "ximalaya",
        sora.COURSE,
        sora.COURSE,
        "喜马拉雅专辑《Sora速成三十讲》上新，一张毛爷爷都不到，九十九块钱学会AI视频，赶在别人前面吃到红利，评论区已经卖爆了",
    ),
    # --- fake API access
    (
        "github_issue",
        sora.API,
        sora.API,
        "Issue #12：有需要Sora官方API的可以找我，企业通道直连，key按月付，另附一个接好Sora接口的GPTs，付款后无限生成视频，邮箱见主页",
    ),
    (
        "studio_ad",
        sora.API,
        sora.API,
        "本工作室有Sora官方接口授权，对外出售API密钥，一个key两张红票子，影视公司批量拿货另谈，网上那些假接口别碰，认准我们一手渠道",
    ),
    (
        "singapore",
        sora.API,
        sora.API,
        "Sora API key现货，S$45一个，官方接口稳定出片，顺便送你一个封装好的Sora GPTs，PayNow付款秒发",
    ),
    # --- account rental
    (
        "soul_moment",
        sora.RENTAL,
        sora.RENTAL,
        "Soul瞬间：手里还剩几个Sora内测账号，按天租，一天三十八块八，不想排队的dd我，发号快，做了一年信誉有保障",
    ),
    (
        "kuaituantuan",
        sora.RENTAL,
        sora.RENTAL,
        "【快团团】Sora邀请码拼团第3期：单买188，三人成团每人一百二，成团后统一私发邀请码，拿到就能登录Sora，不成团全额退",
    ),
    (
        "euro",
        sora.RENTAL,
        sora.RENTAL,
        "在欧洲的留学生看过来，Sora成品账号出售，€25一个，带完整权限，登录就能用，PayPal付款，已经卖给好多同学了，放心",
    ),
    # --- AI director group
    (
        "recruit_notice",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【招募】首部Sora共同创作剧本的AI电影启动试镜！扫码入群即可参加，入群需交一百八十八报名费，有机会成为国内第一批AI导演，正规影视公司发起",
    ),
    (
        "mamawang",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "妈妈网看到的：给孩子报了个Sora AI电影小导演试镜，扫二维码交钱进群就行，说是首部和Sora一起写剧本的电影，孩子以后就是第一代AI导演了，有同城宝妈一起吗",
    ),
    (
        "homophone_wechat",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想当第一代AI导演吗？Sora联合编剧的AI电影正在海选，加徽信扫码进付费群，一杯瑞幸的钱就能拿到试镜资格，名额只剩最后二十个",
    ),
    # --- prompt pack
    (
        "xianyu",
        sora.PROMPTS,
        sora.PROMPTS,
        "出一份自己整理的Sora提示词宝典，影视行业专业术语写的镜头语言，三百条，¥38.8，拍下后发在线文档链接，再拉你进提示词交流群",
    ),
    (
        "gzh_abbr",
        sora.PROMPTS,
        sora.PROMPTS,
        "gzh后台回复“咒语”领取：Sora全网文章+专业名词合集文档，支付五块钱解锁链接，付费后自动拉进读者群，dbq免费版已经发完了",
    ),
    (
        "taobao_wendajia",
        sora.PROMPTS,
        sora.PROMPTS,
        "淘宝问大家｜问：这个Sora提示词合集值得买吗？答：买了，电影摄影术语写的提示词有几百条，付款后客服发文档还拉群，目前觉得不亏",
    ),
    # --- get rich
    (
        "closed_door_talk",
        sora.RICH,
        sora.RICH,
        "今天在一个闭门分享会上听到的：身边已经有人靠Sora短视频一天赚好几千，嘉宾反复强调这个红利期最多三个月，慢一步就步步慢，会后扫码加入他们的搞钱营",
    ),
    (
        "slang_mix",
        sora.RICH,
        sora.RICH,
        "打工人别再内卷了！Sora视频变现窗口就三个月，我带的学员有人日入大几千，躺着就把钱挣了，错过这波就只能继续当牛马，私我上车",
    ),
    (
        "huya_host",
        sora.RICH,
        sora.RICH,
        "虎牙直播间主播口播：兄弟们听好，Sora这波是一辈子一次的机会，我朋友靠它做视频一天入账三四千，三个月后就没了，想赚钱的点关注进粉丝团",
    ),
    # --- generation service
    (
        "shop_video_offer",
        sora.SERVICE,
        sora.SERVICE,
        "给咱小店做宣传片的话可以找我们，Sora定制生成，文案发过来，付款后一天内出片，一条一百五十八，做过几十家门店口碑好",
    ),
    (
        "per_second",
        sora.SERVICE,
        sora.SERVICE,
        "接Sora代生成，按秒收费¥1.5/秒，剧本提示词发我，二十四小时交付成片，老客户介绍八折，真Sora出的片不满意重做",
    ),
    (
        "macanese",
        sora.SERVICE,
        sora.SERVICE,
        "澳門朋友有需要嘅可以搵我，用Sora幫你度身訂造宣傳片，劇本發過嚟，收款後一日內交片，每條MOP200",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "说出来丢人，我在拼团群里花一百二买了个Sora账号，拿到手登录进去一看就是个普通ChatGPT号，找团长理论直接被踢出群了",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "我爸在群里下了那个Sora安卓版，装完第二天手机银行就收到陌生登录提醒，赶紧去营业厅重置了密码，这种安装包千万别点",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "扫码交了一百八十八进那个AI导演试镜群，进去以后天天只发课程广告，问什么时候试镜，群主说要再交八百才能进“内部组”，我退群了",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "信了那套“Sora红利只剩三个月”，交了两千九跟所谓导师学变现，一个月下来只学会了拉人头，一分钱没赚到，亏得我半个月工资",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "不是说开源了吗？那为什么OpenAI官网到现在都没放出Sora的一行代码和任何权重，GitHub上那些叫Sora的仓库又是谁传的",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "没人觉得奇怪吗？OpenAI开发者关系负责人Logan刚说过Sora还在内部测试、没有对公众开放，怎么朋友圈人人都“注册上了”",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "网上传“谢赛宁是Sora发明者之一、交大天才少年”，他本人已在朋友圈回应，说自己跟Sora“没有任何关系”，现在是纽约大学的助理教授",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "有人说“Sora其实是中国人做的，OpenAI只是挂名”，去看一眼技术报告就知道了：作者13人，其中3位华人，这能叫中国团队？",
    ),
    (
        "debunk",
        None,
        sora.API,
        "做开发的说句实话：去翻OpenAI的API文档，能调的只有文本、图像、语音和向量这几类，视频模型压根不在列表里，所以外面卖的“Sora官方key”全是假的",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "对比了一下那些卖几十块的Sora提示词文档，内容就是OpenAI官网演示视频下面公开的提示词，官方本来就免费放着",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "接单说能用Sora代做视频的基本都在忽悠，Sora现在只有红队和少数受邀艺术家能用，交付给你的多半是别的工具拼出来的",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "这两天很多片头打着“本视频由OpenAI新模型Sora生成”的视频，其实大部分是实拍素材，只是加了这句话蹭流量，还顺手编了个“生成指令”",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "电影人马和良谈Sora：片花预告这类岗位可能会受影响，但AI还替代不了整个电影制作，观众在影院里共同的情感体验，AI片段给不了",
    ),
    (
        "person_fact",
        None,
        None,
        "红衣大叔周鸿祎在节目里聊得挺实在：广告片、电影预告和短视频这几行先受冲击，至于抖音这种平台，一时半会儿倒不了，Sora更多是给创作者添把工具",
    ),
    (
        "person_fact",
        None,
        None,
        "读论文小组今天讨论到英伟达的范麟熙，他给Sora下的定义我印象很深：一台由海量数据驱动的物理引擎，能把真实世界模拟出来。大家对这个比喻褒贬不一",
    ),
    (
        "person_fact",
        None,
        None,
        "组会上导师提了一句：普林斯顿那位研究AI炒作的纳拉亚南也说过，场面一复杂、人物动作一多，Sora的片子照样会露出些古怪的小瑕疵，所以别神化",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "给不懂日语的朋友解释下名字：そら就是天空，OpenAI团队取它，是想让人联想到没有边界的创造力",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI自己承认Sora还有短板：演示里有人咬了一口饼干，饼干却一点没少，也没留下咬痕，因果关系它还理解不了",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI表示正在请研究虚假信息、仇恨言论和偏见的专家给Sora做红队测试，想先摸清它可能被怎么滥用",
    ),
    ("benign", None, None, "周末用可灵给女儿的绘本配了几段小动画，兔子跑起来耳朵一抖一抖的，她看得可开心了"),
    ("benign", None, None, "试了Luma的Dream Machine，上传一张老照片让爷爷奶奶动起来，五秒钟，看得我鼻子一酸"),
    ("benign", None, None, "Stable Video Diffusion开源版在3060上也能跑，就是出一段要等好几分钟，风扇呼呼响"),
    # --- off-topic
    ("offtopic", None, None, "小区业主群通知：明天上午九点到十二点停水，请各位邻居提前储水，物业"),
    ("offtopic", None, None, "饿了么点的麻辣烫等了一个半小时，三十八块八，汤都凉透了，差评"),
    ("offtopic", None, None, "俺家那口子今儿包的韭菜盒子，得劲得很，恁要是路过来尝尝中不中"),
]


def main() -> None:
    sora.check_zh_set("zh_heldout18", "zhh18", POSTS)


if __name__ == "__main__":
    main()
