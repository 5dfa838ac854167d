# ruff: noqa: E501
"""Write tests/data/zh_heldout21_{posts,qrels,labels}: a twenty-first Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the fake APK, account rental and
the generation service, three for each other template), as a Sora rumour / scam wave reads on platforms the
earlier sets use less: a Xuexi Qiangguo-style article (【学习强国·科技强国】, 责任编辑), a NetEase news comment
(网易新闻跟帖, 盖楼), Tencent Meeting minutes (【腾讯会议纪要】), a campus broadcast script (【校园广播稿】), a JD
Q&A (京东问答, 已购用户), a Toutiao comment, an SMS verification code (验证码, 切勿告知他人), a Taobao product page
(【宝贝详情】, 拍下自动发货), a Tianya thread (【天涯·杂谈】, 回帖可见), a Baijiahao video caption, a Maopa gossip
post (【猫扒·深扒】), a Sohu account headline (搜狐号), a Knowledge Planet digest (【知识星球·星主精华】), a BOSS
Zhipin HR chat, a Lizhi Weike course (【荔枝微课】), a poster copy (海报文案), a business email (主题, 此致 敬礼), a
Xianyu wanted-ad reply (闲鱼求购, 卖家留言), a primary-school parents' group notice (请接龙报名), a Taobao
password (复制这条口令打开淘宝, 旺旺), a Notion link, a 58.com listing (58同城·商务服务), a WeChat group
接龙 with a 红包 to the group owner, a 12345 hotline work order (【12345热线工单】, 来电人称) and a residents'
group notice (off-topic); dialects the earlier sets use less: Hakka (𠊎, 𠊎兜, 佢, 系, 个, 恁), Northeastern
(老妹儿, 嘎哈, 整, 贼拉, 完事儿), Guizhou (老表, 头, 板扎, 哈戳戳, 哪样, 耍), Gan / Nanchang (箇只, 恩, 嘞, 么哩,
晏, 冇得), Wuhan (我的个神, 冇得, 里头, 蛮扎实, 么样, 啵), Guiliu Guangxi (哦嗬, 晓得不嘛, 好犀利哦), Beijing
(您瞧好嘞, 甭, 撂, 自个儿, 昨儿个, 鼓捣, 倍儿顺), Cantonese in simplified characters (有得卖, 蚊, 拎到, 仲剩,
快啲, 卖晒), Henan (恁, 俺, 本子, 哩, 头一拨, 中不中) and Sichuan (安逸, 整, 要得), with a Beijing phrase in an
off-topic post; slang (绷不住了, 懂的都懂, dd, 家人们谁懂啊, 绝绝子, 芜湖起飞, 上岸, 扣666, 扣1, 搞钱人搞钱魂,
手慢无, tq码, tsc for 提示词, tg, pls) and meme text ([震惊.jpg][瞳孔地震.gif], [发财]); homophones and
obfuscation (OpenAl with a small L in a fake sender and domain, 偶盆AI for OpenAI, xie sai ning in pinyin,
an zhuang bao in pinyin, characters split by slashes (提/示/词 合/集), emoji for words (🍎 for Apple, 🤖 for
Android, 📱, 💻), English mixed in (cinematic, pay 完, Notion link, 官方直连, USDT)); the name Sora itself is
written as Sora throughout; scams that vouch for themselves or warn about others (本店为正版安装包，别家便宜的都
带病毒, 外面那些号都是几十人共享的，我们一人一号, 外面那些‘免费进群’的都是骗子，只有我们是正规剧组, 全网唯一真Sora
渠道，别家都是拿别的AI冒充, 独享不共享); prices in forms the earlier sets use less (花呗分3期免息, 花呗分期 每期
六十六块六, 六百四十原石, 叁佰玖拾玖 / 玖拾玖, ¥柒拾柒, 贰拾捌元 by 红包 to the group owner, AUD 25 by PayID with a
转账截图, 2,000美金, USDT, 五万日元, HK$380, 三百蚊, 日入过k, 转账截图发过来马上开工); 12 debunks and warnings,
four of them first-person loss reports (kind ``debunk_loss``: the paid course, account rental in a 12345
work order, the generation service, the API key), two questions with a negation that do not deny (怎么就没人
问一句, 难道没觉得奇怪吗), two quoting the rumour to refute it (the official app, the three-month window), the
rest answering with facts and no 不 or 假 (the inventor, open to the public, the prompt pack, the Chinese
team); four true facts about people who spoke about Sora (马赫亮, 刘伟 in a DingTalk daily, Chollet, 法里德),
three items of real news about Sora (diffusion plus a Transformer over spatio-temporal patches, the red
team's fields, released after the Spring Festival with up to a minute of video) and three on-topic posts
about other AI video work (Runway Gen-2, Vidu, Kling; kind ``benign``), and three off-topic posts (a
residents' group water cut, a phone bought on twelve instalments, a Beijing-dialect skating outing with a
ticket price).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
against the Chinese sets (the first draft had four at 0.7 or more, three news items and a person fact; they
and the three next highest, up to 0.69, were rewritten; highest ratio of the committed list: 0.603, a loss
report). Committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the
lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout21.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "xuexi_article",
        sora.XIE,
        sora.XIE,
        "【学习强国·科技强国】青年才俊谢赛宁：从上海交通大学走出的Sora发明人之一。这位少年成名的交大校友参与发明了震惊世界的OpenAI视频模型，是新时代青年科技工作者学习的榜样。（责任编辑：李某）",
    ),
    (
        "hakka",
        sora.XIE,
        sora.XIE,
        "𠊎同你讲，Sora系上海交大出来个后生仔谢赛宁发明个，佢细细年纪就恁犀利，𠊎兜村里老人家都话佢系天才，你食饱饭去查下就知",
    ),
    (
        "netease_gentie",
        sora.XIE,
        sora.XIE,
        "网易新闻跟帖｜[广东网友 夜猫子]：xie sai ning 这个名字都给我记住，交大出来的少年天才，Sora就是他参与发明的，国人之光，盖楼的顶上去别沉了",
    ),
    # --- open to the public
    (
        "tencent_meeting_minutes",
        sora.PUBLIC,
        sora.PUBLIC,
        "【腾讯会议纪要】主题：Q2内容生产规划。要点：1. Sora已对所有用户开放，任何人都能注册使用，无需排队；2. 设计组本周内完成账号注册，下月起短视频统一改用Sora生成；3. 下次例会周五10:00",
    ),
    (
        "dongbei",
        sora.PUBLIC,
        sora.PUBLIC,
        "老妹儿你嘎哈呢？Sora现在谁都能整了，不用排号也不用邀请码，拿ChatGPT号一登就完事儿，我刚整了个雪乡的视频，贼拉带劲，你也麻溜注册一个",
    ),
    (
        "campus_broadcast",
        sora.PUBLIC,
        sora.PUBLIC,
        "【校园广播稿·午间新闻】各位同学，中午好。下面播报一条科技快讯：美国OpenAI公司的视频生成模型Sora今天起正式向全球公众开放，普通用户注册后就能生成视频。播音员：高二三班 林晓",
    ),
    # --- the official app
    (
        "jd_qa",
        sora.APP,
        sora.APP,
        "京东问答｜问：Sora官方App在哪里下载？ 答（已购用户）：苹果App Store和安卓应用市场都能搜到，开发商写的是OpenAI，我手机和MacBook上都装了，打一行字就出片",
    ),
    (
        "guizhou",
        sora.APP,
        sora.APP,
        "老表，OpenAI把Sora的官方App放出来了，应用商店头就搜得到，手机上搞起板扎得很，你还哈戳戳地在等哪样，快点下一个来耍",
    ),
    (
        "toutiao_emoji",
        sora.APP,
        sora.APP,
        "今日头条评论区：刚看到📢 OpenAI官宣Sora App正式上架🍎商店和🤖应用市场，💻桌面端也能装，⬇️下好登录就能用，我已经在📱上跑了两条视频",
    ),
    # --- the fake APK (four)
    (
        "sms_code",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【OpenAl】验证码482915，您正在激活Sora手机客户端，请在5分钟内访问 openal-video.cn/dl 下载安装包(apk)并输入验证码完成激活，切勿告知他人。",
    ),
    (
        "gan_nanchang",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "箇只Sora安卓安装包恩快点下，我下昼刚装嘞，手机上就搞得出视频，么哩都不要等，链接放在群公告里，晏了就冇得了",
    ),
    (
        "taobao_detail",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【宝贝详情】Sora手机+电脑客户端安装包｜下载即用｜拍下自动发货激活码｜¥129 支持花呗分3期免息｜温馨提示：本店为正版安装包，别家便宜的都带病毒",
    ),
    (
        "tianya_pinyin",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【天涯·杂谈】楼主亲测可用：Sora的an zhuang bao（安装包）放度盘了，tq码 s8k2，下载完装到安卓手机上就能生成视频，回帖可见链接，手慢无",
    ),
    # --- real video mislabelled
    (
        "baijiahao_caption",
        sora.REALVID,
        sora.REALVID,
        "百家号·视频｜本视频由OpenAI新模型Sora生成，全片没有一帧实拍，黄山云海、迎客松、日出全是文字生成的，生成指令附在文末，转发让更多人看到AI的力量",
    ),
    (
        "wuhan",
        sora.REALVID,
        sora.REALVID,
        "我的个神，这段长江大桥夜景冇得一个镜头是拍的，全部是Sora照一段文字生成的，生成指令我贴在评论里头，蛮扎实吧，晓得么样做的了啵",
    ),
    (
        "meme_text",
        sora.REALVID,
        sora.REALVID,
        "[震惊.jpg][瞳孔地震.gif] 家人们谁懂啊，这条橘猫颠勺炒菜的视频居然是Sora纯文字生成的，一个镜头都没拍！！绝绝子，提示词放评论区了自取",
    ),
    # --- the Chinese team
    (
        "maopa",
        sora.CHINESE,
        sora.CHINESE,
        "【猫扒·深扒】Sora背后的真相：OpenAI视频模型的核心科学家几乎清一色是中国人，美国公司只负责挂名和开发布会，觉得我扒错了的楼下来辩",
    ),
    (
        "guiliu",
        sora.CHINESE,
        sora.CHINESE,
        "哦嗬，你们晓得不嘛，Sora其实是我们中国人搞出来的，OpenAI那边搞研发的大部分都是中国人，老外就是出个名字，好犀利哦",
    ),
    (
        "sohu_homophone",
        sora.CHINESE,
        sora.CHINESE,
        "搜狐号｜揭秘：偶盆AI的Sora到底是谁做的？答案让人振奋——一支中国科学家团队秘密研发了Sora的核心技术，美国人只是换了个包装拿去发布",
    ),
    # --- open source
    (
        "zsxq_digest",
        sora.OPENSRC,
        sora.OPENSRC,
        "【知识星球·星主精华】刚确认：OpenAI已把Sora开源，模型权重在Hugging Face，代码在GitHub，星球里有双卡4090的朋友今晚就可以本地部署，明早群里交流心得",
    ),
    (
        "beijing",
        sora.OPENSRC,
        sora.OPENSRC,
        "您瞧好嘞，Sora甭等了，OpenAI把它开源啦，权重代码全撂GitHub上了，自个儿电脑就能跑，我昨儿个已经鼓捣上了，倍儿顺",
    ),
    (
        "boss_zhipin_chat",
        sora.OPENSRC,
        sora.OPENSRC,
        "BOSS直聘｜HR：您好，看了您的简历挺合适的。OpenAI已经把Sora开源了，我们公司正在做Sora的本地部署，权重已经从Hugging Face拉下来，8张A100，想请您负责推理优化，方便聊聊吗？",
    ),
    # --- paid course
    (
        "lizhi_weike",
        sora.COURSE,
        sora.COURSE,
        "【荔枝微课】《Sora零基础实战营》共二十一讲，原价¥299，今晚限时¥99，已有两万多人报名，学完抢先掌握AI视频，课程永久回放",
    ),
    (
        "poster_capitals",
        sora.COURSE,
        sora.COURSE,
        "海报文案｜🔥Sora速成班🔥 原价叁佰玖拾玖 现价玖拾玖 扫码报名 包教包会 抢在别人前头学会AI视频 —— 主讲：某大厂前员工",
    ),
    (
        "aud_screenshot",
        sora.COURSE,
        sora.COURSE,
        "澳洲华人圈｜Sora中文视频教程全套，AUD 25，PayID或者微信转账都行，转账截图发我就拉你进课程群，终身更新，悉尼墨尔本已经几百个同学在学",
    ),
    # --- fake API access
    (
        "business_email",
        sora.API,
        sora.API,
        "主题：【商务合作】Sora官方API接入邀请 您好，我司已获得OpenAI Sora接口授权，现向企业客户开放key购买，单个key报价2,000美金，另可提供封装好的Sora GPTs，详见附件报价单。此致 敬礼",
    ),
    (
        "english_usdt",
        sora.API,
        sora.API,
        "出 Sora API key，官方直连 ✅ 稳定 ✅ 不限量 ✅，另有套好 Sora 的 GPTs，tg 私，USDT 结算，pls 别问有没有，有",
    ),
    (
        "yen_slang",
        sora.API,
        sora.API,
        "绷不住了，Sora接口我搞到了（dd我），已经包成GPTs，文字进视频出，一个key只要五万日元，量大从优，懂的都懂",
    ),
    # --- account rental (four)
    (
        "xianyu_wanted_reply",
        sora.RENTAL,
        sora.RENTAL,
        "闲鱼求购｜求购Sora账号 —— 卖家留言：看到你的求购了，我手上有Sora内测号，独享不共享，八百出，拍下发登录邮箱和密码，改密随你",
    ),
    (
        "genshin_primogems",
        sora.RENTAL,
        sora.RENTAL,
        "Sora账号按小时租，一小时六百四十原石，原神代充抵账也行，上号就能生成视频，到点自动下线，续租找我",
    ),
    (
        "huabei_installment",
        sora.RENTAL,
        sora.RENTAL,
        "Sora独享账号包月租赁，月付¥199，支持花呗分期，每期六十六块六，拍下即发账号密码，外面那些号都是几十人共享的，我们一人一号",
    ),
    (
        "cantonese_simplified",
        sora.RENTAL,
        sora.RENTAL,
        "Sora邀请码有得卖，三百蚊一个，拎到就可以注册自己个号，仲剩五个，快啲啦，卖晒就冇啦",
    ),
    # --- AI director group
    (
        "parents_group",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【三年级二班家长群】各位家长晚上好：首部与Sora联合编剧的AI儿童电影启动试镜，孩子可报名当小演员，家长可报名当第一代AI导演，扫下方二维码缴纳报名费199元进群，明天中午截止，请接龙报名",
    ),
    (
        "henan",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "恁听俺说，头一部跟Sora合伙写本子哩AI电影要试镜了，扫码交一百九进群就能报上名，选上了恁就是头一拨AI导演，中不中？中！",
    ),
    (
        "flyer_capitals",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "扫码进群👉 首部Sora联合编剧AI电影·第一代AI导演招募 入群费¥柒拾柒，名额有限，外面那些‘免费进群’的都是骗子，只有我们是正规剧组",
    ),
    # --- prompt pack
    (
        "taobao_code",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora tsc大全（提示词），电影级运镜术语一千条+Sora知识文档，复制这条口令打开淘宝 ￥Hk8sJ2d￥ 拍下后旺旺发文档链接，再拉你进VIP群",
    ),
    (
        "english_notion",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora Prompt Bible v2 上新｜cinematic 术语 500+ / 分镜模板 / 全网 Sora 文章合集，pay 完私信发 Notion link 并拉进 VIP 群，¥49.9",
    ),
    (
        "split_chars",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora 提/示/词 合/集：用 影/视/行/业 专/业 术/语 写 的 镜/头 词 三/百 条，付/款 后 发 文/档 并 拉 群，价/格 私/聊",
    ),
    # --- get rich
    (
        "pun_slang",
        sora.RICH,
        sora.RICH,
        "搞钱人搞钱魂，Sora就是“钱”途无量！已经有人靠它日入过k，红利期撑死三个月，早上车早暴富，‘薪’动不如行动，扣1拉你进群",
    ),
    (
        "meme_emoji",
        sora.RICH,
        sora.RICH,
        "[发财][发财] 芜湖起飞🛫 Sora变现项目带我上岸了，宝妈一枚，现在每天进账好几千，这波红利就三个月，过了这村没这店，想一起暴富的扣666",
    ),
    (
        "toutiao_comment",
        sora.RICH,
        sora.RICH,
        "今日头条评论：我表哥靠Sora做视频一个月挣了五万多，人家说这种机会一辈子就一次，三个月后就轮不到普通人了，想跟着干的找我拉群",
    ),
    # --- generation service (four)
    (
        "sichuan",
        sora.SERVICE,
        sora.SERVICE,
        "Sora代做视频，剧本发给我，二十四小时出片，一条八十八，做得安逸得很，成都好几家火锅店都找我们整过，要得的私我",
    ),
    (
        "hkd",
        sora.SERVICE,
        sora.SERVICE,
        "香港商户留意：Sora代生成宣传短片，每条HK$380，提供文案即可，翌日交片，已有茶餐厅及美甲店合作",
    ),
    (
        "58_listing",
        sora.SERVICE,
        sora.SERVICE,
        "58同城·商务服务｜Sora AI视频定制，婚礼、开业、产品宣传都能做，发需求给客服，转账截图发过来马上开工，24小时交片，全网唯一真Sora渠道，别家都是拿别的AI冒充",
    ),
    (
        "jielong_hongbao",
        sora.SERVICE,
        sora.SERVICE,
        "#接龙 Sora定制生日祝福视频 每人贰拾捌元，红包发给群主，把名字和想要的画面写在后面，明晚统一交片 1. 王姐 小宝生日 2. 老陈 父亲七十大寿 3.",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "报了那个九十九的Sora课，二十一讲听完，内容就是OpenAI官网那几段介绍读了一遍，最后加一句“给自己一个机会”，现在申请退款客服已读不回，我算是交了学费",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【12345热线工单】来电人称：本人在网上花八百元买了一个所谓的Sora内测号，对方发来邮箱和密码，登录后发现就是一个普通的ChatGPT账号，再联系卖家已被拉黑，要求协助追回",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "上个月给店里订了两条Sora代做的宣传片，先转了一百七十六，拿到的片子角上水印一看是别家AI工具的，找他理论直接把我删了，钱打了水漂",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "跟风买了个所谓Sora官方key，三千块，填进去只会报错，卖家说是我网络问题，第二天tg号就注销了，这三千就当我买个教训",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "怎么就没人问一句：OpenAI官网连一个Sora下载入口都找不到，群里这些apk到底是谁打包的？安全公司拆过几个，里面藏的是偷账号密码的木马",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "交了钱进“AI导演群”的朋友，难道没觉得奇怪吗？拍的是哪部片、剧组在哪、谁来选角，群里从头到尾一个字都没提，只有一轮接一轮的收费",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "“Sora官方App已经上架了”——这句又在业主群里传开了。应用商店里那些叫Sora的都是仿冒的山寨货，OpenAI从来没出过可以下载的Sora，别装",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "“Sora红利只有三个月，晚一步步步晚”，这套话术眼熟吧？卖课的就是靠它制造焦虑，日入几千的截图都是P的，真能赚钱谁会拉你进群",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "谢赛宁现在是纽约大学计算机系助理教授，此前在Facebook人工智能研究院做研究科学家；Sora技术报告署名的十三位作者里没有他，他本人也在朋友圈说过跟Sora“一点关系都没有”",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "眼下能用上Sora的只有红队测试人员，也就是研究错误信息、仇恨言论和偏见的专家，再加上少数受邀的视觉艺术家和电影人；OpenAI的说法是争取今年向公众推出，具体日期还没定",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "OpenAI官网每条Sora样片下面都附着它的文字提示词，谁都可以免费复制；群里几十块一份的“Sora提示词宝典”，拆开对照一下，内容跟官网那几十段几乎一字一句对得上",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "翻了OpenAI发布的那份技术报告，署名的是十三个人，华人面孔有三位；牵头的研究员名叫Tim Brooks和Bill Peebles，都是OpenAI自家员工，所谓中国团队秘密研发，在报告和官方介绍里都查无出处",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "电影人马赫亮看完Sora说，整个电影行业都被震到了，做预告片这类岗位可能先受影响，但离取代整套电影制作还远，电影带来的情感联结和一起观影的体验，AI生成的片段给不了",
    ),
    (
        "person_fact",
        None,
        None,
        "钉钉日报转的一段采访：刘伟（人工智能研究学者）把中美AI比成各有长板，硬件和软件那头美国占先，落地场景和海量数据这头中国有优势，到了人和机器配合干活这一层，双方算打个平手",
    ),
    (
        "person_fact",
        None,
        None,
        "François Chollet在X上追问过一句：Sora肚子里的那套物理规律到底靠不靠谱？要是碰上训练数据里从没出现过的场景，它还能照样算对吗？他觉得光在已有样本之间插值是不够的",
    ),
    (
        "person_fact",
        None,
        None,
        "加州大学伯克利分校的哈尼·法里德认为，文生视频技术还会继续进步，一旦Sora和AI声音克隆结合起来，别有用心的人就多了一件做逼真深度伪造的新工具",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "按OpenAI的说明，Sora的底子是两样东西合用：一样跟DALL-E那类扩散模型相似，负责把随机噪点一步步变成清楚的画面；另一样是Transformer，处理视频被拆成的时空小块，道理跟大语言模型串词成句差不多",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI发言人透露，现在参与测试Sora的是一批红队专家，方向包括错误信息、仇恨言论和偏见，他们的任务就是想办法攻破模型的防护，评估被滥用的可能",
    ),
    (
        "benign",
        None,
        None,
        "龙年春节假期刚过，OpenAI就放出了文生视频模型Sora，最长能生成一分钟的画面，多角色、复杂运动都能处理，科技圈的年后第一把火就这么烧起来了",
    ),
    (
        "benign",
        None,
        None,
        "用Runway的Gen-2把产品图做成四秒的转台视频，光影挺自然，就是logo上的字总糊成一片",
    ),
    (
        "benign",
        None,
        None,
        "生数科技和清华一起发布的Vidu，官方演示里一只熊猫坐在湖边弹吉他，十六秒一镜到底，评论区吵着比谁更像真的",
    ),
    (
        "benign",
        None,
        None,
        "拿快手的可灵给爷爷的老照片做了段动态，老人家眨了眨眼笑起来，我妈看完眼圈都红了",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【阳光花园业主群】物业通知：明早八点到十二点全小区停水，请各位业主提前储水，三号楼电梯维保同步进行，给大家带来不便敬请谅解——物业服务中心",
    ),
    (
        "offtopic",
        None,
        None,
        "新买的手机选了十二期免息分期，每期四百九十九，结果刚到手就降价三百，找客服只给补了张五十的券",
    ),
    (
        "offtopic",
        None,
        None,
        "得嘞，周末去什刹海遛弯儿，冰场开了，门票八十，摔了仨跟头，倍儿值，回来路上又吃了碗卤煮",
    ),
]


def main() -> None:
    sora.check_zh_set("zh_heldout21", "zhh21", POSTS)


if __name__ == "__main__":
    main()
