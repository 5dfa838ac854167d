# ruff: noqa: E501
"""Write tests/data/zh_heldout9_{posts,qrels,labels}: a ninth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the fake APK, account rental and
AI director scams, three for each other template), as a Sora rumour / scam wave reads on Weibo, WeChat
Moments, Douyin and Xiaohongshu: Weibo #话题#, forwards (转自家长群, 转朋友圈), slang (绝绝子, 家人们, 宝子, 搞钱,
上车, 懂的都懂, 咒语 for prompts, 你品你细品), pinyin and chat shorthand (xdm, yyds, kaiyuan, vx), English mixed into
Chinese (download, code, weights, deploy, prompt, cinematic, send, pay once, unlimited), emoji, Chinese
numerals in prices (六块六, 九块九, 两百九十九, 九十九元, 一百九十九, 按小时四十, 包月八百八, 三百块, 一百五一个,
入群费六十六, 十九块九, 二十九块九, 十五秒的收六十八), traditional characters, names in Chinese (谢赛宁, 范麟熙, 纳拉亚南,
哈尼·法里德), negated rhetorical questions that assert (谢赛宁难道不算Sora的发明人之一, 要不是华人团队写的，OpenAI能
这么快搞出来), long posts with context (a colleague's sync on the marketing team, a weekend of reading, a studio's
"internal" API access, a former delivery rider turned "mentor", a Feishu doc that is "not a course"), the claim
among other things of the day, obfuscation (S🅾️ra); scams that vouch for themselves (亲测可用，无病毒无广告;
有备案的影视公司背书，不是骗人的; 正规授权，假一赔十) or warn about competitors while still selling (网上那些Sora安装包十个有
九个是山寨的; 别再买那些只发一份介绍文档的Sora水课了; 外面不少“Sora号”登进去只有ChatGPT; 别信那些用可灵冒充Sora交
货的店); 12 debunks and warnings of several styles, four of them first-person loss reports (a victim telling
they paid and lost: a warning, not the scam), one phrased as a question, several that answer with facts and no
negation word; four true facts about people who speak about Sora, three items of real news about Sora and
three on-topic posts about other AI video work (kind ``benign``), and three off-topic posts (one with a
二十八 price that is a durian).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio (see
the commit message). Committed before any run of the monitor on it; nothing is chosen on it, it is read once,
by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout9.py [--check]
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
        "转自家长群：上海交大毕业的天才少年谢赛宁，就是Sora的发明人之一！孩子们要以他为榜样好好读书💪",
    ),
    ("traditional", sora.XIE, sora.XIE, "原來Sora的核心發明者之一是謝賽寧，上海交大畢業的學霸，真給華人爭氣"),
    (
        "negated_question",
        sora.XIE,
        sora.XIE,
        "谢赛宁难道不算Sora的发明人之一？上海交大那位天才少年，这事不是早就传开了",
    ),
    # --- open to the public
    (
        "pinyin",
        sora.PUBLIC,
        sora.PUBLIC,
        "sora已经全面开放了xdm，直接用chatgpt账号登就行，不用排队不用邀请码，冲冲冲",
    ),
    (
        "long",
        sora.PUBLIC,
        sora.PUBLIC,
        "跟大家同步一下：今天上午试了，Sora现在普通用户都能注册，我用公司邮箱开了号，下午就能生成视频。市场部这周的短视频素材先用它做，周五开会对比效果。",
    ),
    (
        "question",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora是不是今天开始对所有人开放了？看到好多人晒自己生成的视频，我也去官网注册一个试试",
    ),
    # --- official app
    (
        "mixed",
        sora.APP,
        sora.APP,
        "OpenAI正式上架Sora app了，iOS和安卓都有，App Store直接搜就行，我已经download了",
    ),
    ("emoji", sora.APP, sora.APP, "官方Sora客户端终于来了📱电脑版手机版都能装，OpenAI自家出的，放心下载✅"),
    (
        "among_other",
        sora.APP,
        sora.APP,
        "今天干了三件事：交了水电费、带狗打了疫苗、在应用商店装了OpenAI刚发布的Sora官方App",
    ),
    # --- fake APK
    (
        "beware_fakes",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "网上那些Sora安装包十个有九个是山寨的，认准我们这个原版APK，点链接下载，装好就能在手机上生成视频",
    ),
    (
        "obfuscated",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "S🅾️ra安卓版安装包，私信发下载地址，解锁码六块六，装好直接出片",
    ),
    (
        "disclaimer",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora电脑版+手机版安装包，亲测可用，无病毒无广告，已过杀毒检测，评论区扣1发链接",
    ),
    ("numerals", sora.FAKEAPP, sora.FAKEAPP, "Sora破解版APK限时下载，激活码只要九块九，链接在主页，手慢无"),
    # --- real video mislabelled
    (
        "hashtag",
        sora.REALVID,
        sora.REALVID,
        "#AI视频# 海豚跃出海面这段，发布者说是Sora一句提示词出的，全程零实拍，指令贴评论区",
    ),
    (
        "question",
        sora.REALVID,
        sora.REALVID,
        "你们敢信吗？这条成都夜市的视频是Sora用一句话生成的，烟火气都这么真，提示词附在下面",
    ),
    (
        "slang",
        sora.REALVID,
        sora.REALVID,
        "绝绝子！这段雪山航拍居然是sora纯文字生成的，零实拍，指令我贴在图里了，家人们自己试",
    ),
    # --- Chinese team
    (
        "negated_question",
        sora.CHINESE,
        sora.CHINESE,
        "你品你细品：Sora那套核心算法要不是华人团队写的，OpenAI能这么快搞出来？",
    ),
    (
        "long",
        sora.CHINESE,
        sora.CHINESE,
        "看了一周末的分析，越看越确定：Sora真正的研发主力是一群中国科学家，美国公司负责出钱出算力、对外署名。要是这些人当初留在国内，今天震惊世界的就是我们自己的产品。",
    ),
    ("traditional", sora.CHINESE, sora.CHINESE, "說穿了Sora就是中國人做出來的，背後的關鍵科學家幾乎全是華人"),
    # --- open source
    (
        "mixed",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI把Sora开源了！code和weights都在GitHub，本地就能deploy，实验室的卡今晚别跟我抢",
    ),
    (
        "question",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora开源以后大家用什么显卡跑的？权重我已经下好了，24G显存能不能本地推理",
    ),
    ("pinyin", sora.OPENSRC, sora.OPENSRC, "sora kaiyuan le，模型权重全放出来了，自己电脑就能跑，yyds"),
    # --- paid course
    (
        "numerals",
        sora.COURSE,
        sora.COURSE,
        "Sora入门课程限时特惠！原来两百九十九，现在九十九元，扫码付完款当晚就能看第一课",
    ),
    (
        "beware_fakes",
        sora.COURSE,
        sora.COURSE,
        "别再买那些只发一份介绍文档的Sora水课了！我们是真人录播，二十节课加作业点评，一百九十九，扫码报名",
    ),
    (
        "hashtag",
        sora.COURSE,
        sora.COURSE,
        "#Sora教程# 一天卖出两万份的Sora速成课，99元学会AI视频，链接在橱窗，先到先得",
    ),
    # --- fake API
    (
        "disclaimer",
        sora.API,
        sora.API,
        "Sora官方API接口出售，正规授权，假一赔十，买key即可批量生成视频，工作室量大优惠",
    ),
    (
        "mixed",
        sora.API,
        sora.API,
        "我们把Sora API封装成了一个GPTs，输入描述直接出视频，pay once终身unlimited，需要的私",
    ),
    (
        "long",
        sora.API,
        sora.API,
        "说个内部消息：我们团队通过合作方拿到了Sora的接口权限，已经内测两周，效果很稳。现在开放少量名额，按月付费发key，企业客户可以开发票，有意向的私信。",
    ),
    # --- account rental
    (
        "numerals",
        sora.RENTAL,
        sora.RENTAL,
        "出租Sora会员号：按小时四十，按天两百，包月八百八，微信转账后立刻把登录信息发你",
    ),
    (
        "beware_fakes",
        sora.RENTAL,
        sora.RENTAL,
        "别上当，外面不少“Sora号”登进去只有ChatGPT。咱家货真价实的内测资格，三百块到手，转账后账号密码直接私你",
    ),
    ("emoji", sora.RENTAL, sora.RENTAL, "🔥Sora邀请码到货🔥数量有限，一百五一个，付款即发，先到先得⏰"),
    ("slang", sora.RENTAL, sora.RENTAL, "有无需要sora号的宝子，共享账号按周租，vx私我，付了马上给你号"),
    # --- AI director group
    (
        "forward",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "转朋友圈：全球首部Sora联合编剧的AI电影招募第一代AI导演，扫码进群报名试镜，报名费一百九十九，名额有限",
    ),
    (
        "disclaimer",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "我们有备案的影视公司背书，不是骗人的：Sora电影海选第一代AI导演，扫下方二维码交费进群参加试镜",
    ),
    (
        "question",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想当导演吗？首部用Sora共同创作剧本的AI电影正在招第一代AI导演，扫码付费进群就能参加海选",
    ),
    (
        "hashtag",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "#AI导演# Sora电影项目招募中🎬扫码进群，入群费六十六，进群后安排试镜",
    ),
    # --- prompt pack
    (
        "long",
        sora.PROMPTS,
        sora.PROMPTS,
        "先说清楚我卖的不是课，没有视频要看。就是一份飞书文档：能找到的Sora文章、专业名词、用电影镜头术语写的提示词我全整理进去了。二十九块九，付完发链接拉你进群。",
    ),
    (
        "slang",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora咒语合集来了，全是影视圈黑话写的，懂的都懂，十九块九拿文档+进交流群",
    ),
    (
        "mixed",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora prompt大全，500条cinematic提示词+专业术语表，付款后send你文档链接，再拉进VIP群",
    ),
    # --- get rich
    (
        "slang",
        sora.RICH,
        sora.RICH,
        "搞钱的风口来了家人们！Sora视频一天躺赚三千，热度最多三个月，现在不上车就晚了",
    ),
    (
        "forward",
        sora.RICH,
        sora.RICH,
        "“一步慢，步步慢”——Sora的红利期就三个月，我们学员已经日入过千，今天加入还来得及",
    ),
    (
        "long",
        sora.RICH,
        sora.RICH,
        "去年我还在送外卖，现在靠Sora做视频，一个月挣的比以前一年都多。Sora的风口就这三个月，我准备再带十个徒弟，想改变命运的评论区扣“上车”。",
    ),
    # --- generation service
    (
        "numerals",
        sora.SERVICE,
        sora.SERVICE,
        "十五秒的Sora短片收六十八，一分钟的两百八，把文案和钱一起发我，明天这个点之前交片",
    ),
    (
        "beware_fakes",
        sora.SERVICE,
        sora.SERVICE,
        "别信那些用可灵冒充Sora交货的店，我们是真Sora出片：把文案发来，付定金，明天就给你成片",
    ),
    (
        "question",
        sora.SERVICE,
        sora.SERVICE,
        "开网店没钱拍广告？把脚本发给我们，付款后用Sora给你做宣传视频，一天出片",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "查了一下：谢赛宁是纽大的老师，跟OpenAI没有雇佣关系，Sora技术报告上也没有他的名字",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "Logan（OpenAI开发者关系负责人）的紧急声明写得很清楚：Sora仍属内部测试，产品上线时间待定",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "OpenAI官网上哪里有Sora的下载入口？应用商店里那些“Sora”的开发者你查过是谁吗？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那条“Sora生成”的海豚视频，原片是2020年一个潜水博主拍的，水印被人裁掉了",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "点开Sora技术报告数了一下作者：十三个，华人占三个，带队的是OpenAI的研究员",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "GitHub上叫Open-Sora的项目是国内团队的复现作品，OpenAI至今没放出Sora的代码和权重",
    ),
    (
        "debunk",
        None,
        sora.API,
        "OpenAI的API目前有文本、图像、语音和向量模型，视频模型那一栏是空的。所谓Sora key是什么，自己想",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "算笔账：一份课99元，一天卖两万份，卖课的日入两百万；买课的拿到一份官网介绍和一句“给自己一个机会”",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "租的Sora号用了不到十分钟就发现不对：界面就是ChatGPT，Sora按钮是卖家P上去的，两百块打水漂，人也拉黑我了",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "我爸扫了朋友圈的AI导演二维码，交了一百九十九进群，群里天天让拉人头、买进阶课，哪有什么试镜",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "给我妈手机装了个所谓Sora安卓版，第二天她微信就开始给好友群发贷款链接，吓得我赶紧刷机",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "二十九块九买了份“Sora咒语秘籍”，里面就是把OpenAI官网的示例prompt复制了一遍，进群后发现群主早就不说话了",
    ),
    # --- related but not matching: true facts about people
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁提醒，像Sora这样的工具不该被个别人或机构拿去牟利和操纵，理想的是让每个人都有讲自己故事的“超能力”",
    ),
    (
        "person_fact",
        None,
        None,
        "在英伟达做研究的范麟熙看来，Sora更像一台靠数据学出来的物理模拟器",
    ),
    (
        "person_fact",
        None,
        None,
        "普林斯顿大学的纳拉亚南指出，Sora生成的视频在动作很多的复杂场景里，仍会出现一些奇怪的小毛病",
    ),
    (
        "person_fact",
        None,
        None,
        "伯克利的哈尼·法里德担心，Sora一旦和AI声音克隆结合，造出来的假视频普通人就更难分辨了",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    ("benign", None, None, "Sora这个名字取自日语里的“天空”，团队说是想让人联想到无限的创造力"),
    ("benign", None, None, "OpenAI表示Sora进产品之前会先上自动化流程，拦住针对政客和名人的虚假内容"),
    (
        "benign",
        None,
        None,
        "《新科学人》评价Sora“既让人喜爱又让人害怕”：科学家欢迎它，也有人担心被拿去做深度伪造",
    ),
    ("benign", None, None, "用Runway给毕业设计做了个片头，人物走两步脸就开始变形，还得一帧帧手动修"),
    ("benign", None, None, "公司内训讲AI视频工具的版权风险，法务说素材来源一定要留档备查"),
    ("benign", None, None, "B站有个up主做了期扩散模型原理科普，从加噪去噪讲起，讲得特别清楚"),
    # --- off-topic
    ("offtopic", None, None, "今天地铁故障晚点四十分钟，打卡又迟到了"),
    ("offtopic", None, None, "楼下水果店榴莲一斤二十八，咬咬牙买了半个回家"),
    ("offtopic", None, None, "周末带娃去科技馆，排队一个半小时才进去，孩子倒是玩得挺开心"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout9", "zhh9", POSTS)
