# ruff: noqa: E501
"""Write tests/data/zh_heldout7_{posts,qrels,labels}: a seventh Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists or per-post results
in the docs. 70 posts, 45 with a gold template (three or four per template), as a Sora rumour / scam wave
reads on Weibo, WeChat Moments, Douyin and Xiaohongshu: Weibo #话题#, forwards (【转】, 转发, 转自朋友圈, a
professor's forward in a group), slang (绝绝子, 绝了家人们, 冲就完了, 上车, 割韭菜), pinyin and chat shorthand
(xsn, awsl, yyds, gf, zqsg, nsdd, sl, xdm, dd, 滴滴), English mixed into Chinese (all open, sign up, full course,
lifetime access), emoji, Chinese numerals in prices (九块九, 九十九元一期, 一天三十一周一百五包月四百, 三十九块九,
一百九十九), traditional characters, names in Chinese (谢赛宁, 范麟熙, 穆拉蒂), negated rhetorical questions that
assert (谢赛宁难道不是…, 这难道不是AI做的吗, OpenAI难道没把Sora开源, 你难道还不上车吗), long posts with context (a
colleague in the tech department, a wedding photographer turned "AI director", a Taobao shop owner, a year of
AI app development), an obfuscated link (sora-ai点top); scams that vouch for themselves (亲测无毒, 正规工作室不满意
不收钱, 真老师直播带教学不会全额退) or warn about competitors while still selling (别再买那些假的Sora接口了，我们是官方一手
渠道; 很多人卖的所谓Sora账号其实是ChatGPT号; 别人卖的Sora提示词都是抄官网的); 12 debunks and warnings of several
styles, four of them first-person loss reports (a victim telling they paid and lost: a warning, not the scam),
one phrased as a question, two that restate the rumour and answer it with facts and no negation word (who can
use Sora today, what OpenAI published); true facts about people who speak about Sora, benign news about Sora,
on-topic posts about other AI video tools, and off-topic posts (one with a 一千二百八 price that is a gym card).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
(posts at 0.7 or more were rewritten: a first draft had six at 0.76-1.00, four person facts, the name's
meaning and a debunk about app stores, all written from seed sentences earlier sets had already used (one was
identical); a technical-report debunk at 0.696, an explainer at 0.688 and an open-source question at 0.681
were rewritten for margin, then four at 0.647-0.658). Highest ratio of the committed list: 0.637. Committed
before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final
code.

    .venv/bin/python scripts/make_zh_heldout7.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "forward",
        sora.XIE,
        sora.XIE,
        "【转】震惊！让好莱坞都坐不住的Sora，发明者之一竟是上海交大毕业的天才少年谢赛宁，看完转给家里正在读书的孩子",
    ),
    ("pinyin", sora.XIE, sora.XIE, "xsn（谢赛宁）是sora发明人之一 sjtu出来的神仙 awsl 交大yyds"),
    (
        "negated_question",
        sora.XIE,
        sora.XIE,
        "谢赛宁难道不是Sora的发明人？上海交大出来的天才，十万加的文章都写了，有图有真相，你们还不信",
    ),
    # --- open to everyone
    (
        "slang",
        sora.PUBLIC,
        sora.PUBLIC,
        "绝绝子！Sora对所有人开放了，不用排队不用邀请码，注册完就能生成，姐妹们冲",
    ),
    (
        "traditional",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora今天全面開放了，任何人用ChatGPT帳號登入就能做影片，不必再等候補名單",
    ),
    (
        "long",
        sora.PUBLIC,
        sora.PUBLIC,
        "刚才在公司群里看到技术部同事说，OpenAI昨晚已经把Sora放开给所有普通用户了，他下班前就生成了三段产品演示视频，效果比我们外包拍的还好。老板已经在问要不要砍掉下个月的拍摄预算了。",
    ),
    (
        "mixed",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora现在all open了，朋友说直接sign up就能用，完全免费，no waitlist，速度上手",
    ),
    # --- official app
    (
        "forward",
        sora.APP,
        sora.APP,
        "转发：OpenAI官方Sora手机版已上架苹果商店和各大安卓市场，搜索Sora认准OpenAI出品即可下载",
    ),
    (
        "question",
        sora.APP,
        sora.APP,
        "你们都装Sora的app了吗？OpenAI官方出的，App Store直接搜，我昨晚装好一直玩到两点",
    ),
    ("pinyin", sora.APP, sora.APP, "sora客户端出了 gf出品 mac win都有 zqsg推荐 装上就能用"),
    ("emoji", sora.APP, sora.APP, "📲Sora官方App来啦！iOS安卓双端上线，手机上动动手指就能拍大片🎞️"),
    # --- fake app download
    (
        "obfuscated",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora安卓安装包（绿色版）下载地址：sora-ai点top，永久会员解锁码仅需九块九",
    ),
    (
        "disclaimer",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora手机版apk，亲测无毒，我自己手机已经用了一周，私信发链接，装好就能生成视频",
    ),
    (
        "hashtag",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "#Sora下载# 破解版安装包已放网盘，电脑手机都能装，链接见评论区置顶，手慢就失效了",
    ),
    # --- real video mislabelled
    (
        "negated_question",
        sora.REALVID,
        sora.REALVID,
        "这难道不是AI做的吗？Sora一句话生成的熊猫啃竹子视频，没有一个镜头是实拍，提示词放下面了",
    ),
    (
        "forward",
        sora.REALVID,
        sora.REALVID,
        "【转】这条维多利亚港夜景刷爆了朋友圈，配文“本视频由OpenAI新模型Sora生成”，还贴心附上了生成指令",
    ),
    (
        "traditional",
        sora.REALVID,
        sora.REALVID,
        "這段草原奔馬的畫面全是Sora生成的，完全沒有實拍，生成指令附在留言區",
    ),
    (
        "slang",
        sora.REALVID,
        sora.REALVID,
        "绝了家人们，这段故宫下雪的视频是Sora纯文字生成的，一帧实拍都没有，指令我贴评论了",
    ),
    # --- Chinese team
    (
        "hashtag",
        sora.CHINESE,
        sora.CHINESE,
        "#Sora背后的中国人# 真正把Sora做出来的是一群华人科学家，OpenAI不过是挂个名",
    ),
    ("pinyin", sora.CHINESE, sora.CHINESE, "sora核心团队基本都是华人 nsdd 老美只是贴了个logo"),
    (
        "forward",
        sora.CHINESE,
        sora.CHINESE,
        "群里一位教授转的：Sora的关键技术是中国科学家搞出来的，研发主力大部分来自中国，只不过成果算在了OpenAI头上",
    ),
    # --- open source
    (
        "negated_question",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI难道没把Sora开源？GitHub官方仓库里权重代码一应俱全，会部署的自己跑就行，何必花钱买会员",
    ),
    (
        "traditional",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora開源了！模型權重和原始碼都上了Hugging Face，自己下載就能在本機跑",
    ),
    (
        "emoji",
        sora.OPENSRC,
        sora.OPENSRC,
        "🎉Sora源码公开啦🎉 OpenAI连模型权重也一起放出来了，家里有显卡的都能本地部署",
    ),
    # --- paid course
    (
        "numerals",
        sora.COURSE,
        sora.COURSE,
        "Sora速成班，九十九元一期，原价两百九十九，扫码付款立即开课，送全套素材",
    ),
    (
        "disclaimer",
        sora.COURSE,
        sora.COURSE,
        "我们的Sora课是真老师直播带教，不是那种发个PDF就跑路的，一百九十九，学不会全额退，私信报名",
    ),
    (
        "mixed",
        sora.COURSE,
        sora.COURSE,
        "Sora从零到精通full course，¥99 lifetime access，今日报名送prompt模板，链接在bio",
    ),
    # --- fake API
    (
        "beware_fakes",
        sora.API,
        sora.API,
        "别再买那些假的Sora接口了，我们是官方一手渠道，Sora API密钥现货，五百元一个，付款即发",
    ),
    (
        "long",
        sora.API,
        sora.API,
        "做了快一年AI应用开发，最近终于拿到了Sora的API权限，已经封装成GPTs，不会写代码也能直接输入文字生成视频。有需要的朋友付费开通，按月计费，工作室批量另谈。",
    ),
    ("pinyin", sora.API, sora.API, "sora api key出 稳定不封 价格sl 工作室量大从优"),
    # --- account rental
    (
        "numerals",
        sora.RENTAL,
        sora.RENTAL,
        "Sora账号出租，一天三十，一周一百五，包月四百，付款后五分钟内发账号密码",
    ),
    (
        "beware_fakes",
        sora.RENTAL,
        sora.RENTAL,
        "很多人卖的所谓Sora账号其实是ChatGPT号，我这里是真的Sora内测号，三百块一个，拍下秒发",
    ),
    (
        "question",
        sora.RENTAL,
        sora.RENTAL,
        "还在苦等Sora内测资格？我手上有三个邀请码，每个八十，先到先得，要的滴滴",
    ),
    # --- AI director group
    (
        "hashtag",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "#AI导演# 首部Sora共创剧本电影招募第一代AI导演，扫码缴纳报名费一百九十九元进群试镜",
    ),
    (
        "long",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "我一个做婚庆摄影的，从没想过能当导演。上个月扫码进了Sora AI电影创作群，交了报名费，现在已经在参与剧本共创了。第二批招募马上开始，想当第一代AI导演的扫我主页二维码进群。",
    ),
    (
        "pinyin",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想当ai导演的xdm看过来 sora电影项目海选 扫码进群 报名费199 冲就完了",
    ),
    # --- prompt pack
    (
        "beware_fakes",
        sora.PROMPTS,
        sora.PROMPTS,
        "别人卖的Sora提示词都是抄官网的，我们这份是电影从业者原创的，五百条镜头语言加专业术语，付款发文档链接并拉群",
    ),
    (
        "numerals",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora知识库飞书文档，全网Sora文章和名词一网打尽，三十九块九，付费后发链接",
    ),
    (
        "emoji",
        sora.PROMPTS,
        sora.PROMPTS,
        "📚Sora电影级提示词合集📚 推拉摇移、景深、逆光全都有，9.9元带走，付款进群领文档",
    ),
    # --- get rich
    (
        "numerals",
        sora.RICH,
        sora.RICH,
        "用Sora做视频月入过万不是梦，群里学员最多一天赚了五千，红利只有三个月，早上车早赚钱",
    ),
    (
        "forward",
        sora.RICH,
        sora.RICH,
        "转自朋友圈：Sora是普通人这辈子最后一次翻身机会，有人已经日入几千，三个月后就没机会了，想加入的扫码",
    ),
    (
        "negated_question",
        sora.RICH,
        sora.RICH,
        "别人都靠Sora日入过千了，你难道还不上车吗？这波窗口期就三个月，错过就再也没有了",
    ),
    # --- generation service
    (
        "disclaimer",
        sora.SERVICE,
        sora.SERVICE,
        "Sora代做视频，正规工作室，不满意不收钱，发剧本加付款，二十四小时出片",
    ),
    ("pinyin", sora.SERVICE, sora.SERVICE, "sora代生成 一条66 发文案+付款 当天出 dd"),
    (
        "long",
        sora.SERVICE,
        sora.SERVICE,
        "开淘宝店三年了，一直为商品视频发愁。现在我们工作室接Sora定制视频：你把产品卖点和脚本发过来，付款后第二天就交付一条Sora生成的广告片，价格私聊。",
    ),
    # --- debunks and warnings, several styles
    (
        "debunk",
        None,
        sora.PUBLIC,
        "说Sora已经向所有人开放？目前能用上Sora的只有OpenAI的红队测试人员，加上少数受邀的视觉艺术家、设计师和电影人。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "Sora开源了？OpenAI公开的只有一份技术报告和几十段演示视频，模型权重和训练数据都留在公司内部，GitHub上那些叫Sora的项目是网友自己的复现。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "谢赛宁是Sora发明人？那他本人为什么要专门在朋友圈澄清，说自己和Sora“一点关系都没有”？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "辟谣：那段“Sora生成”的维多利亚港夜景，其实是某旅游博主2019年拍的实拍素材，只是被人加上了Sora的字样",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "扒了一下Sora技术报告的作者栏：13个名字，华人3个，牵头的是OpenAI自己的研究员。“中国团队造出Sora”这种故事，对照作者名单就明白了",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "所谓扫码进群当“第一代AI导演”，本质就是引流割韭菜，进去以后只有卖课广告和转发任务",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "提醒爸妈们：商店里搜到的“Sora”图标做得像OpenAI，点开开发者一看全是不知名的小公司。OpenAI的官方App目前只有ChatGPT一个",
    ),
    (
        "debunk",
        None,
        sora.API,
        "OpenAI的API里有GPT、DALL·E、Whisper和向量模型，唯独没有Sora。卖Sora密钥的，卖给你的是别的东西",
    ),
    # --- first-person loss reports: a victim telling they paid and lost (a warning)
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "二十九块九换来一个飞书链接，里面的Sora“专业提示词”我对了一下，跟OpenAI官网样片底下那几段一字不差，进的群每天只推新课",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "交了九百八拜了个Sora副业导师，承诺日入过千。结果一个月过去，收入为零，导师失联，群也散了",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "花五百买了个Sora API密钥，调用一次就报错，卖家说接口在维护，之后再也联系不上",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "扫码交了一百九十九进那个Sora AI电影群，说好要试镜，结果三周过去只有让我们拉人头的任务，退群也不退钱",
    ),
    # --- true facts about people who speak about Sora
    (
        "person_fact",
        None,
        None,
        "英伟达的范麟熙（Jim Fan）发帖形容Sora：这是用数据训练出来的物理引擎，可以在模型内部把真实世界模拟出来",
    ),
    (
        "person_fact",
        None,
        None,
        "普林斯顿的Arvind Narayanan指出，Sora画动作很多的复杂场面时，还是会冒出一些奇怪的小毛病",
    ),
    (
        "person_fact",
        None,
        sora.PUBLIC,
        "WSJ的Joanna Stern问到大选，穆拉蒂的回应是：Sora今年有望上线，但发布前要充分测试，美国大选期间的风险也在评估之内",
    ),
    (
        "person_fact",
        None,
        None,
        "Hany Farid（加州大学伯克利分校）的看法是：文生视频只会越来越强，再配上AI克隆的声音，坏人造假容易得多，普通人越来越难辨真假",
    ),
    # --- benign news and on-topic posts
    (
        "benign",
        None,
        None,
        "为啥叫Sora？日语里“空”念そら，OpenAI团队取这个名，是觉得天空代表没有边界的想象力",
    ),
    (
        "benign",
        None,
        None,
        "官方资料显示，Sora单条视频能做到60秒，长镜头里好几个角色同时出场、机位来回运动也能保持连贯",
    ),
    (
        "benign",
        None,
        None,
        "科普一下Sora怎么工作：先把视频压成一小块一小块的“时空补丁”，扩散模型负责去噪，transformer负责把这些补丁串起来",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI说目前在测Sora的是虚假信息、仇恨言论和偏见方面的专家，他们的任务就是找模型的漏洞",
    ),
    (
        "benign",
        None,
        None,
        "用Stable Video Diffusion给自家猫做了段动图，4秒就开始变形，开源视频模型还是早了点",
    ),
    ("benign", None, None, "公司周会讨论要不要用Pika做短视频预告片，结论是先小范围试一下，正片还是实拍"),
    # --- off-topic
    ("offtopic", None, None, "今天地铁又停运半小时，迟到被扣了五十块全勤"),
    ("offtopic", None, None, "老妈包的荠菜馄饨，一口气吃了二十个"),
    ("offtopic", None, None, "健身房年卡打折，一千二百八一年，犹豫要不要办"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout7", "zhh7", POSTS)
