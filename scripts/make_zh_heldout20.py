# ruff: noqa: E501
"""Write tests/data/zh_heldout20_{posts,qrels,labels}: a twentieth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the paid course, the prompt pack
and the get-rich scam, three for each other template), as a Sora rumour / scam wave reads on platforms the
earlier sets use less: a Ximalaya episode blurb (本期简介), a Dedao App note (划线, 我的想法), a WeCom all-staff
notice (【企业微信·全员通知】), a Dongchedi owners' circle (懂车帝车友圈), a Hupu 步行街 post (JRs), a spam SMS
(回TD退订), a phone-call transcript (【电话录音转写】), a QQ Zone 说说, a Douyin live room's danmaku transcript
(【直播间弹幕实录】, 小黄车), a Bilibili 专栏 (逐帧解析, 一键三连), a Zhihu 盐选 title, a Maimai 职言, an NGA
大时代 thread, a Tieba 楼中楼 reply, a Pinduoduo 砍一刀, a Xianyu listing, a Meituan group-buy at an internet
café (随时退·过期退), a Xiaohongshu comment reply (回复@), a WeChat official-account clickbait headline (重磅,
点击阅读原文), a Kuaishou shout (老铁们), a WeChat Moments 微商 post (【微商上新】), a Douban group (【资源】, 友邻),
a Weibo super-topic (#AI创作超话#), a Channels live preview (视频号直播预告), a Dianping review (⭐⭐⭐⭐⭐) and
a Meituan delivery review (off-topic); dialects the earlier sets use less: Hokkien (佇, 彼个, 读册, 伊, 足, 阮,
逐家), Shandong (俺, 恁, 夜来黑天, 杠好), Shanghainese (阿拉, 屋里厢, 侪, 一记, 老灵额), Cantonese in traditional
characters (呢條, 唔係, 影出嚟, 擺咗), Shaanxi (额, 美得很, 谝, 哪达, 不虚), Hunanese (咯门, 别个, 冇, 堂客, 咖哒,
莫策), Teochew (胶己人, 食饱闲闲, 乜人), Tianjin (介事儿, 嘛, 倍儿有面儿) and Suzhou Wu (覅, 哉, 搿, 呒没, 一日);
slang (nsdd, yyds, xswl, dd, 上岸, 躺赚, 亏麻了, 晚一步步步晚) and pinyin initials (ky, gf, gh, bs for 部署, xdm);
homophones and obfuscation (噢喷AI for OpenAI, 谢赛柠 for 谢赛宁 as a slip the note corrects, Martian script
(巳經, 所祐亽, 卟鼡, 莪, 萠伖們), emoji for words (🔪 for 砍), English mixed into traditional characters
(stable, unlimited, studio), a spelt-out link (ai-video-dl.top/sora)); the name Sora itself is written as
Sora throughout; scams that vouch for themselves or warn about others (外面别人发的都是盗版带病毒，我们这个是正版
授权的, 国内那些割韭菜的课跟我们没法比, 千万别信那些说免费送的, 外面那些抄官网的别买, 说是真Sora做的); prices in
forms the earlier sets use less (玖拾玖元 砍到零元, £15 by WeChat transfer at the day's rate, API key 3k, 50个Q币
or 六百点券 a day, ¥39.9 for three hours, 贰佰圆, 一百九十九 to join, 28.8的红包, 壹佰貳拾捌圓, 9.9 by 支付宝口令,
3w+, 50万越南盾, 1.5k, 四百一个月, 一百九十九入的 现八十八转); 12 debunks and warnings, four of them first-person
loss reports (kind ``debunk_loss``: the fake APK, the director group, the prompt pack, the get-rich group),
two questions with a negation that do not deny (就没人去…看一眼吗, 你们怎么就没想过), two quoting the rumour to
refute it (open to the public, the Chinese team), the rest answering with facts and no 不 or 假 (the inventor,
the mislabelled video, account rental, the generation service); four true facts about people who spoke about
Sora (周鸿祎, 范麟熙, 谢赛宁, 穆拉蒂), three items of real news about Sora (New Scientist on 17 February, the 48
sample videos, sixty seconds in one shot) and three on-topic posts about other AI video work (Luma Dream
Machine, Tongyi Wanxiang, Hunyuan Video; kind ``benign``), and three off-topic posts (one with a Teochew
phrase, one with a 60个Q币 price that is a game skin).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
against the Chinese sets (the first draft had none at 0.7 or more; highest ratio of the committed list: 0.612,
a person fact). Committed before any run of the monitor on it; nothing is chosen on it, it is read once, by
the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout20.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "ximalaya_blurb",
        sora.XIE,
        sora.XIE,
        "【喜马拉雅·科技夜谈 第88期】本期简介：一个从上海交大走出来的天才少年谢赛宁，是怎么成为OpenAI视频模型Sora发明人之一的？二十分钟听完他的成长路，适合通勤路上收听",
    ),
    (
        "hokkien",
        sora.XIE,
        sora.XIE,
        "阿公食饱饭就佇客厅讲：彼个会做影片的Sora，是上海交大读册出来的少年天才谢赛宁发明的，伊真正有够厉害，咱华人足有面子，叫阮逐家攏愛學",
    ),
    (
        "dedao_note",
        sora.XIE,
        sora.XIE,
        "得到App笔记｜今天听课划的一句：Sora的发明者之一是上海交通大学毕业的谢赛柠（老师口误还是我听错了？应该就是谢赛宁），少年成名，二十出头就进了顶级实验室。我的想法：人才才是第一生产力",
    ),
    # --- open to the public
    (
        "wecom_notice",
        sora.PUBLIC,
        sora.PUBLIC,
        "【企业微信·全员通知】各部门同事：OpenAI的Sora现已面向所有用户开放注册，无需申请、无需等候名单，请市场部本周内用公司邮箱注册账号，下周起宣传视频统一改用Sora制作。——行政部",
    ),
    (
        "shandong",
        sora.PUBLIC,
        sora.PUBLIC,
        "俺跟恁说个事儿，Sora现在谁都能用了，用不着排队也用不着邀请码，俺家小闺女夜来黑天注册完就做了个泰山日出，恁也赶紧去官网注册一个试试",
    ),
    (
        "martian_script",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora巳經對所祐亽開倣啦～卟鼡等待洺單，直接註冊僦能苼成視頻，莪剛試鍋，超讚の，萠伖們趕緊衝！",
    ),
    # --- the official app
    (
        "dongchedi",
        sora.APP,
        sora.APP,
        "懂车帝车友圈｜服务区排队充电时刷到的：OpenAI正式发布了Sora官方App，安卓苹果的应用商店都能下，我顺手装了一个，手机上打几个字就出视频，回去给新车拍个宣传片",
    ),
    (
        "shanghainese",
        sora.APP,
        sora.APP,
        "阿拉屋里厢小囡讲，OpenAI的Sora出官方App了，应用商店里就好下，手机电脑侪好用，伊帮我装好了，我试了一记，老灵额，侬也去下一只",
    ),
    (
        "hupu_bxj",
        sora.APP,
        sora.APP,
        "[步行街主干道] JRs，Sora的官方App上架App Store了，开发者一栏写的就是OpenAI，下完登录就能用，听说Mac也出了桌面客户端，有没有老哥实测一下出片速度",
    ),
    # --- the fake APK
    (
        "sms_notice",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【OpenAI服务中心】尊敬的用户，您的Sora体验资格已开通，请点击 ai-video-dl.top/sora 下载安卓安装包，安装后即可在手机上生成AI视频，24小时内未安装视为自动放弃。回TD退订",
    ),
    (
        "call_transcript",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【电话录音转写】对方：您好，这边是OpenAI国内合作中心，您预约的Sora手机版可以下了，我加您微信发安装包，apk格式的，安装时手机提示风险您点继续就行。外面别人发的都是盗版带病毒，我们这个是正版授权的",
    ),
    (
        "qzone_shuoshuo",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "QQ空间说说：嘿嘿搞到Sora的安卓安装包了✌️ 链接放在我相册第三张图里，点开下载直接装，装好手机上就能生成视频，先到先得哦～转发本条再送激活码",
    ),
    # --- real video mislabelled
    (
        "douyin_danmaku",
        sora.REALVID,
        sora.REALVID,
        "【直播间弹幕实录】用户A：主播这段海浪是实拍吗 主播：家人们这条全是Sora生成的，一帧都没拍，提示词我挂小黄车了 用户B：卧槽真的假的 用户C：AI都这么强了？",
    ),
    (
        "cantonese_trad",
        sora.REALVID,
        sora.REALVID,
        "呢條維港煙花片唔係影出嚟㗎，係OpenAI個Sora用一段文字生成嘅，成條片冇用過一部相機，生成指令我擺咗喺留言第一條，信唔信由你",
    ),
    (
        "bilibili_column",
        sora.REALVID,
        sora.REALVID,
        "B站专栏｜【逐帧解析】那条刷屏的熊猫啃竹子视频，其实是OpenAI的Sora根据一句文字描述生成的，没有用任何实拍素材。文末贴出原版提示词，欢迎一键三连",
    ),
    # --- the Chinese team
    (
        "shaanxi",
        sora.CHINESE,
        sora.CHINESE,
        "额给你说，Sora背后那一伙搞研发的，大部分都是咱中国人，OpenAI就是挂了个名，美得很！咱中国娃脑子就是灵，谝到哪达都不虚",
    ),
    (
        "zhihu_yanxuan",
        sora.CHINESE,
        sora.CHINESE,
        "知乎盐选｜《Sora背后的华人军团》：OpenAI视频模型真正的核心研发其实是一支中国团队，本文独家揭秘那些没被写进发布会的中国科学家（全文约1.2万字）",
    ),
    (
        "maimai",
        sora.CHINESE,
        sora.CHINESE,
        "【脉脉·职言】在湾区干过的都懂，Sora那个项目组里真干活的主力基本是中国人，噢喷AI也就出了个牌子和发布会，技术底子全是华人工程师搭起来的",
    ),
    # --- open source
    (
        "nga",
        sora.OPENSRC,
        sora.OPENSRC,
        "[NGA·大时代] 刚看到消息OpenAI把Sora开源了，权重和推理代码全放GitHub上了，4090能本地跑吗？有没有已经部署成功的老哥发个教程，跪谢",
    ),
    (
        "pinyin_abbr",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora ky了！！gf把权重和代码都丢到gh上了，本地就能bs，xdm冲，手慢了怕被删库，我已经在拉了，显存24G够用",
    ),
    (
        "tieba_louzhonglou",
        sora.OPENSRC,
        sora.OPENSRC,
        "回复 显卡战神 ：楼中楼补一句，Sora已经开源了，Hugging Face上能直接下模型权重，代码在GitHub，家里有张好点的卡就能自己部署，用不着等官网",
    ),
    # --- paid course (four)
    (
        "pdd_kanyidao",
        sora.COURSE,
        sora.COURSE,
        "帮我砍一刀🔪！拼多多《Sora从入门到精通》全套视频课，原价玖拾玖元，砍到零元就能白拿，还差最后0.01，学会了抢在所有人前面做AI视频",
    ),
    (
        "hunanese",
        sora.COURSE,
        sora.COURSE,
        "咯门Sora课我跟你讲实在要得，九十九块钱一套，学完你就比别个先会搞AI视频，冒得基础也冇关系，我屋里堂客都报咖哒，你莫策了快点报",
    ),
    (
        "xianyu_listing",
        sora.COURSE,
        sora.COURSE,
        "闲鱼｜出Sora教程全套，一百九十九入的，现八十八转，含录播四十节+课件，网盘秒发，学完就能赶在别人前面上手AI视频，虚拟物品拍下不退",
    ),
    (
        "uk_pound",
        sora.COURSE,
        sora.COURSE,
        "英国留学生看过来🇬🇧 Sora零基础网课，£15一套，终身更新，微信转账按当天汇率折算，这两天已经卖出两千多份，国内那些割韭菜的课跟我们没法比",
    ),
    # --- fake API access
    (
        "wechat_transfer",
        sora.API,
        sora.API,
        "【企业专享】Sora官方接口通道开放，API key 3k一个，批量采购打八折，支持对公打款或微信转账，另附一个封装好Sora的GPTs，文字丢进去直接出视频",
    ),
    (
        "trad_english",
        sora.API,
        sora.API,
        "官方Sora API 現貨 ✅ stable ✅ unlimited ✅ 私訊拿key，已經幫十幾間studio接好，另有包裝好的Sora GPTs可以直接用，量大價優",
    ),
    (
        "teochew",
        sora.API,
        sora.API,
        "胶己人免客气，Sora官方API key我有路子拿，四百一个月，另外送一个接好Sora的GPTs，食饱闲闲打几个字就出片，乜人要就私我",
    ),
    # --- account rental
    (
        "qcoin",
        sora.RENTAL,
        sora.RENTAL,
        "Sora账号出租，按天算，一天50个Q币，王者点券也收，六百点券一天，上号就能用Sora做视频，到期收回，有意的加好友备注“租号”",
    ),
    (
        "meituan_tuangou",
        sora.RENTAL,
        sora.RENTAL,
        "美团团购｜【星际网咖】Sora内测账号体验·单人3小时套餐 ¥39.9，到店扫码登录我们的Sora号，随时退·过期退，可叠加会员折扣",
    ),
    (
        "xhs_comment",
        sora.RENTAL,
        sora.RENTAL,
        "小红书评论区 回复@momo酱：姐妹我这有多的Sora邀请码，一个贰佰圆，拿到就能注册自己的号，私我就行，千万别信那些说免费送的，都是骗关注的",
    ),
    # --- AI director group
    (
        "gzh_clickbait",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "重磅！全国首部Sora联合编剧AI电影开机在即，第一代AI导演海选火热进行中！扫文末二维码缴纳报名费进群，错过再等十年｜点击阅读原文",
    ),
    (
        "tianjin",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "介事儿您听我的，嘛也不用会，扫码交一百九十九进群，就能参加头一部跟Sora一块儿写剧本的AI电影试镜，选上了您就是头一拨AI导演，倍儿有面儿",
    ),
    (
        "kuaishou",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "老铁们！咱普通人也能当导演了！第一部跟Sora合写剧本的AI电影开始试镜，点我主页扫二维码交钱进群报名，选上就是第一代AI导演，别走丢先关注",
    ),
    # --- prompt pack (four)
    (
        "moments_weishang",
        sora.PROMPTS,
        sora.PROMPTS,
        "【微商上新】Sora提示词宝典第三版到货啦💕 整合全网Sora文章+八百条影视级镜头术语，付款后发飞书文档链接再拉进VIP交流群，发个28.8的红包就行",
    ),
    (
        "trad_price",
        sora.PROMPTS,
        sora.PROMPTS,
        "《Sora提示詞大全》整理了電影業內術語寫成的鏡頭提示詞，壹佰貳拾捌圓一份，付款後私訊發文件連結並邀請進群，外面那些抄官網的別買",
    ),
    (
        "douban_group",
        sora.PROMPTS,
        sora.PROMPTS,
        "豆瓣小组｜【资源】自己整理的Sora知识库：能找到的Sora报道、专有名词和影视行业术语都编进去了，另有上百条成套提示词，付费后发文档并附进群链接，组内友邻八折",
    ),
    (
        "alipay_code",
        sora.PROMPTS,
        sora.PROMPTS,
        "#AI创作超话# Sora咒语包来了！用电影镜头语言写的三百条提示词+一份Sora知识文档，复制支付宝口令付9.9，付完截图私我，发文档链接再拉你进群",
    ),
    # --- get rich (four)
    (
        "suzhou_wu",
        sora.RICH,
        sora.RICH,
        "覅犹豫哉，Sora搿波红利顶多三个月，我身边已经有人一日赚几千，错过搿趟就呒没哉，一世人就一趟，快点跟上，私我进群",
    ),
    (
        "w_price",
        sora.RICH,
        sora.RICH,
        "月入3w+不是梦！靠Sora做视频变现，已经有学员日入四位数，这波红利最多三个月，晚一步步步晚，私信“Sora”领资料进群",
    ),
    (
        "nsdd_slang",
        sora.RICH,
        sora.RICH,
        "nsdd，Sora搞钱项目真的yyds，我一个宝妈现在每天躺赚大几千，红利期就仨月，一辈子就这一回，想上岸的姐妹dd我，xswl上班的钱不如它零头",
    ),
    (
        "channels_live_preview",
        sora.RICH,
        sora.RICH,
        "视频号直播预告｜普通人翻身的最后机会！手把手教你用Sora每天稳定变现好几千，三个月后门槛就高了，点左下角预约进群，名额只剩三十个",
    ),
    # --- generation service
    (
        "dianping_review",
        sora.SERVICE,
        sora.SERVICE,
        "大众点评⭐⭐⭐⭐⭐ 给店里订了他家的Sora代做，剧本发过去第二天就收到成片，一条才一百二，老板还送了个片头，推荐给开店的朋友，说是真Sora做的",
    ),
    (
        "vietnam_dong",
        sora.SERVICE,
        sora.SERVICE,
        "胡志明的华人老板们看过来，Sora代生成广告视频，把脚本发给我，每条50万越南盾，当天出片，已经帮好几家河粉店和奶茶店做过",
    ),
    (
        "shandong_k_price",
        sora.SERVICE,
        sora.SERVICE,
        "俺们工作室接Sora代做，恁把剧本发过来，一条1.5k，二十四小时交片，济南青岛好几家饭店都找俺做过，杠好！",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "短信里那个Sora安卓安装包我装了，装完手机卡得要命，第二天微信就在别的设备上登录，给好友群发借钱。在这说一声：我没借钱，谁都别转",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "扫了那个AI导演试镜群的码，交了一百九十九进群，群里天天只发课程广告，问试镜啥时候开始没人理，上周群主直接解散，钱也要不回来了",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "花二十八块八买的Sora提示词宝典，打开一看就是把OpenAI官网样片下面的提示词复制下来机翻了一遍，拉我进的那个群早就没人说话了，亏麻了",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "被拉进一个Sora搞钱群，先交了九百八的“入门费”，说跟着做一个月回本，结果所谓项目就是让我再去拉人头，一分钱没挣到，我认栽，大家别步我后尘",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "天天有人喊Sora开源了，就没人去OpenAI的GitHub主页看一眼吗？那里找不到任何Sora的权重和代码，能搜到叫Sora的仓库都是爱好者自己复现的",
    ),
    (
        "debunk",
        None,
        sora.API,
        "你们怎么就没想过，OpenAI的API文档里只有文本、图像、语音和向量模型，Sora的接口连个公告都还没发，卖家手里的key是从哪变出来的？",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "“Sora今天起人人可注册”——这句话又在群里传疯了。OpenAI管开发者关系的Logan已经出面说明，Sora仍处在内部测试阶段，普通用户用不了，就算以后开放，上线日期也还没定",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "有人说“Sora是中国团队做的，OpenAI只是挂名”，这话站不住：技术报告署名一共十三人，华人三位，项目由OpenAI自己的研究员牵头，别再往家族群里转了",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "谢赛宁本人已在朋友圈回应：他跟Sora毫无关系，也从未参与Sora的发明；那篇给他安上发明人头衔的自媒体文章因发布失实信息被投诉删除，负责人表示会向他全网公开道歉",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那条标着“Sora生成”的冰川航拍，原片是一位摄影师几年前用无人机拍的，他的作品页现在还能查到；OpenAI官网上能确认的Sora样片一共四十八条，其余挂名的请自己核对出处",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "目前能用上Sora的只有OpenAI的红队安全测试人员和少数受邀艺术家；网上那些“Sora账号”，买家拿到手的登录信息其实是ChatGPT的号，邀请码更是从来就没发过",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "Sora刚发布那几天，奥特曼在X上收网友的提示词，做好的片子直接免费贴回评论区；至于闲鱼淘宝上收钱接单的“Sora代做”，Sora眼下只对红队和少数艺术家开放，他们交出来的片子出自别的AI工具",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "周鸿祎聊Sora时的判断：广告、电影预告片和短视频这几个行当会先被冲击，但它一时半会儿取代不了抖音这样的平台，更像是给创作者添了件趁手的工具；他还觉得通用人工智能会来得比大家想的快",
    ),
    (
        "person_fact",
        None,
        None,
        "英伟达高级研究科学家范麟熙（Jim Fan）给Sora下过一个定义——“数据驱动的物理引擎”，意思是它靠海量数据去模拟真实世界里的东西怎么动、怎么碰撞",
    ),
    (
        "person_fact",
        None,
        None,
        "谢赛宁在朋友圈里抛出过一个反问：大家都在问为什么Sora没有出现在中国，可如果它真的出现了，而且可能很快，我们准备好了吗？他也提到OpenAI有整套红队和安全护栏研究",
    ),
    (
        "person_fact",
        None,
        None,
        "穆拉蒂接受华尔街日报Joanna Stern采访，被问到Sora会不会允许生成裸露内容时，她说现阶段还很难讲；她还提到公司在掂量这个工具对美国总统大选可能带来的影响",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "英国《新科学家》2月17日刊文说，Sora的到来可能让人又爱又怕：不少科学家欢迎它推动技术进步，也有人担心有心人拿它做深度伪造视频，让错误信息传得更凶",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI官网眼下挂着四十八条Sora演示视频，有在雪地里撒欢的小狗、公路上跑的车，还有在城市摩天楼之间游来游去的鲨鱼，周末可以去翻翻",
    ),
    (
        "benign",
        None,
        None,
        "按OpenAI的介绍，Sora单条视频最长能到六十秒，一镜到底，支持复杂运镜和多个角色同框，那位走在东京霓虹街头的时髦女子就是照着一段文字描述生成的",
    ),
    (
        "benign",
        None,
        None,
        "试了下Luma的Dream Machine，把旅行照片做成五秒的推镜头，海面反光还挺真，就是人一转身脸就变了",
    ),
    (
        "benign",
        None,
        None,
        "通义万相的视频生成给公司年会做了段开场动画，龙年的金龙绕着logo飞了一圈，同事们都说有点东西",
    ),
    (
        "benign",
        None,
        None,
        "在本地折腾腾讯开源的混元视频模型，一段五秒的片子跑了二十多分钟，风扇声像直升机起飞",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "周末带娃去吃那家新开的潮汕牛肉火锅，胶己人推荐的，吊龙和匙柄都鲜，人均一百二，排队排了四十分钟",
    ),
    (
        "offtopic",
        None,
        None,
        "给儿子充了60个Q币买皮肤，结果他说充错区了，客服讲虚拟货币一经充值概不退还，气得我午饭都没吃",
    ),
    (
        "offtopic",
        None,
        None,
        "美团外卖评价⭐⭐⭐ 螺蛳粉送到时汤洒了一半，酸笋倒是给得足，下雨天骑手小哥也不容易，就不给差评了",
    ),
]


def main() -> None:
    sora.check_zh_set("zh_heldout20", "zhh20", POSTS)


if __name__ == "__main__":
    main()
