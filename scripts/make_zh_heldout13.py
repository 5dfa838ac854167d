# ruff: noqa: E501
"""Write tests/data/zh_heldout13_{posts,qrels,labels}: a thirteenth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the fake APK, the mislabelled real
video and the paid course, three for each other template), as a Sora rumour / scam wave reads on platforms
the earlier sets use less: WeChat Moments posts (a 【招募】 recruitment, a 翻身 income claim), a Weibo
super-topic (#交大超话#), Zhihu answers (谢邀, 利益相关), Douyin comments (a pinned 置顶 one), a Douyin caption
with hashtags, Xianyu listings (秒发, 拍下, 不退不换), live-stream chat (弹幕 with the host's reply, 三二一上链接,
扣1进群), family and group-chat forwards (【群聊转发】, 【轉發】), a net-disk share (提取码), a Bilibili comment, a CSDN
headline, a DingTalk-style @全体成员 notice, Taobao shop copy (开专票, 文案发客服), an account-rental shop (包夜,
上号器), a group-buy 接龙, a Xiaohongshu note with emoji and tags, a long family-banquet post with the claim in
passing; pinyin abbreviations (qm for 全面, zc for 注册, xz, jhm for 激活码, jk for 接口, gf for 官方, vx, xdm),
a typo (开原), homophones and obfuscation (索拉, s0ra, S-o-r-a, 导yan), slang (咒语 for prompts), traditional
characters with Cantonese (呢段, 搵錢, 冇得做) and a Hong Kong price (港幣貳佰玖拾玖, PayMe); prices in many
forms (¥九块九, 拾伍元, 贰拾元, 九十九元, 原价六百九十九, ￥一九九, 三百八, 每千次捌佰元, 一百二十八元/月, 一小时十五块
包夜八十, 一个两百, 六十六, 一百九十九, 二十九块九, 三十八, 三万, 千八百, 一百二一条, 八十八, 每条六十);
a rhetorical negated question that asserts (Sora难道不是中国团队…做出来的吗？); scams that vouch for
themselves (稳定不封, 官方直连, 独享不共享, 包教包会); 12 debunks and warnings of several styles, four of them
first-person loss reports (kind ``debunk_loss``: a victim telling they paid and lost, a warning, not the
scam), three phrased as questions, three quoting the rumour or its sales line to refute it, two that answer
with facts and no negation word; four true facts about people who spoke about Sora (谢赛宁, 杨立昆, 范麟熙, 马斯克), three items of
real news about Sora and three on-topic posts about other AI video work (kind ``benign``), and three
off-topic posts (one with a 十二块一碗 price that is noodles).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio (see
the commit message). Committed before any run of the monitor on it; nothing is chosen on it, it is read once,
by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout13.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "moments",
        sora.XIE,
        sora.XIE,
        "刚在朋友圈看到：Sora的发明者之一谢赛宁，上海交大毕业的天才少年！咱们交大人又出息了👍",
    ),
    (
        "supertopic",
        sora.XIE,
        sora.XIE,
        "#交大超话# 姐妹们！Sora背后的核心发明人谢赛宁是咱们交大校友，当年就是神童级别的存在，冲鸭",
    ),
    (
        "traditional",
        sora.XIE,
        sora.XIE,
        "【家族群轉發】各位親戚看看！Sora係謝賽寧有份發明嘅，佢上海交大出身，細個已經係神童，幫我哋中國人爭咗啖氣",
    ),
    # --- open to the public
    (
        "douyin_comment",
        sora.PUBLIC,
        sora.PUBLIC,
        "评论区的别再问了，Sora已经全面开放，拿ChatGPT账号一登就能用，我昨晚一口气做了十几条",
    ),
    (
        "livestream",
        sora.PUBLIC,
        sora.PUBLIC,
        "[弹幕] 小鱼：主播Sora现在谁都能用了吗？\n[主播]：对的家人们，现在注册就能用，不用排队不用审核",
    ),
    (
        "pinyin",
        sora.PUBLIC,
        sora.PUBLIC,
        "sora qm开放了！！不用排队不用邀请，zc一下就能生成视频，xdm冲",
    ),
    # --- official app
    (
        "xiaohongshu",
        sora.APP,
        sora.APP,
        "📱终于等到了！OpenAI官方Sora App上架App Store啦～手机上就能做视频，姐妹们快去下载🥹 #Sora #AI神器",
    ),
    (
        "zhihu_answer",
        sora.APP,
        sora.APP,
        "谢邀。OpenAI已经正式发布Sora客户端了，电脑版和手机版都有，应用商店直接能搜到。至于好不好用，我用了三天说说感受……",
    ),
    (
        "homophone",
        sora.APP,
        sora.APP,
        "OpenAI家的索拉出手机版了，官方出品，商店一搜就有，躺床上就能生成视频",
    ),
    # --- fake APK
    (
        "xianyu",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【闲鱼】Sora安卓安装包 apk 秒发 不用排队 拍下自动发下载链接 ¥九块九 虚拟物品不退不换",
    ),
    (
        "group_forward",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【群聊转发】Sora手机版安装包来了👇点链接直接下载安装，装好马上能生成视频，名额有限先到先得",
    ),
    (
        "pinyin",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "s0ra pc+手机客户端，xz链接在主页，jhm（激活码）拾伍元，装完就能出片",
    ),
    (
        "netdisk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "网盘分享：Sora破解版安装包（电脑版+安卓版），提取码8866，安装后输入注册码即可使用，注册码贰拾元",
    ),
    # --- real video mislabelled
    (
        "douyin",
        sora.REALVID,
        sora.REALVID,
        "这段洱海日出不是拍的！！是Sora根据一句话生成的，一个镜头都没拍，提示词放评论区了 #Sora #AI视频 #太真实了",
    ),
    (
        "weibo",
        sora.REALVID,
        sora.REALVID,
        "刷到一条重庆轻轨穿楼的视频，开头写着“本视频由OpenAI新模型Sora生成”，全程AI做的没有实拍，生成指令也贴出来了",
    ),
    (
        "long",
        sora.REALVID,
        sora.REALVID,
        "今天回老家喝喜酒，席上二舅一直拿手机给大家放那条大熊猫滚雪球的视频，说是Sora用文字直接生成的，没有一只真熊猫，连提示词都有。后来聊到表妹考研，话题才岔开。",
    ),
    (
        "cantonese",
        sora.REALVID,
        sora.REALVID,
        "呢段維港幻彩詠香江係Sora用文字生成出嚟，冇任何真人拍攝，提示詞我擺咗喺留言度",
    ),
    # --- Chinese team
    (
        "zhihu_answer",
        sora.CHINESE,
        sora.CHINESE,
        "利益相关，湾区做AI的。说句实在话，Sora的核心团队大部分是中国人，OpenAI只是出了算力和名字。",
    ),
    (
        "bilibili_comment",
        sora.CHINESE,
        sora.CHINESE,
        "看名单就懂了，真正做出Sora的基本都是华人科学家，老外就挂个名😂",
    ),
    (
        "rhetorical",
        sora.CHINESE,
        sora.CHINESE,
        "Sora难道不是中国团队在背后做出来的吗？核心科学家都是从国内出去的，大家心里都清楚",
    ),
    # --- open source
    (
        "csdn",
        sora.OPENSRC,
        sora.OPENSRC,
        "【CSDN】Sora官方开源了！模型权重和代码已上传GitHub，本文手把手教你本地部署（附显存要求）",
    ),
    (
        "typo",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora开原了！OpenAI把代码和权重全放出来了，自己电脑就能跑，再也不用等内测",
    ),
    (
        "dingtalk",
        sora.OPENSRC,
        sora.OPENSRC,
        "@全体成员 通知：Sora已由OpenAI正式开源，代码和模型都在GitHub，技术组本周五前完成本地部署测试",
    ),
    # --- paid course
    (
        "xiaohongshu",
        sora.COURSE,
        sora.COURSE,
        "Sora零基础教程🔥九十九元学会AI视频，一天卖出两万份，现在上车还来得及～课程链接戳主页",
    ),
    (
        "livestream",
        sora.COURSE,
        sora.COURSE,
        "直播间福利！Sora实战课原价六百九十九，今天直播间只要九十九，三、二、一，上链接！",
    ),
    (
        "xianyu",
        sora.COURSE,
        sora.COURSE,
        "【闲鱼】Sora全套课程 网盘发货 永久更新 从入门到精通 ￥一九九 包教包会",
    ),
    (
        "traditional",
        sora.COURSE,
        sora.COURSE,
        "Sora速成班 港幣貳佰玖拾玖 由零開始教到識 PayMe付款即開通課程",
    ),
    # --- fake API
    (
        "xianyu",
        sora.API,
        sora.API,
        "Sora官方API key 现货 稳定不封 一个key三百八 支持批量 拍前先聊",
    ),
    (
        "taobao",
        sora.API,
        sora.API,
        "店铺介绍：本店独家Sora API通道，官方直连，企业客户可开专票，每千次调用捌佰元",
    ),
    (
        "pinyin",
        sora.API,
        sora.API,
        "sora api jk现货，gf直连不掉线，vx私聊拿价，量大从优",
    ),
    # --- account rental
    (
        "xianyu",
        sora.RENTAL,
        sora.RENTAL,
        "出Sora内测号 独享不共享 拍下发账号密码 一百二十八元/月",
    ),
    (
        "rental_shop",
        sora.RENTAL,
        sora.RENTAL,
        "Sora账号出租，按小时计费，一小时十五块，包夜八十，上号器一键登录",
    ),
    (
        "weibo",
        sora.RENTAL,
        sora.RENTAL,
        "手里还剩两个Sora内测邀请码，先到先得，一个两百，微信转账后私发",
    ),
    # --- AI director group
    (
        "moments",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【招募】首部与Sora共创剧本的AI电影开放试镜！扫码付费进群，成为第一代AI导演🎬 名额仅剩18个",
    ),
    (
        "douyin_comment",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "置顶：想当AI导演的宝子看这里👉扫主页二维码进群，入群费六十六，参与Sora电影试镜，做第一代AI导演",
    ),
    (
        "obfuscated",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "第一代AI导yan招募中🎥和S-o-r-a一起写剧本拍电影，扫码进群，群费一百九十九",
    ),
    # --- prompt pack
    (
        "xiaohongshu",
        sora.PROMPTS,
        sora.PROMPTS,
        "整理了一份Sora提示词大全📒全是专业电影术语（推拉摇移、长焦、逆光），还收录了所有Sora相关文章，付费后发文档链接+拉群",
    ),
    (
        "slang",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora咒语本：五百条电影级镜头咒语+Sora知识库文档，拍下秒发，二十九块九",
    ),
    (
        "group_notice",
        sora.PROMPTS,
        sora.PROMPTS,
        "付费群专享：Sora专业名词手册+提示词模板，影视行业老师整理，进群费三十八，文档链接群内发",
    ),
    # --- get rich
    (
        "moments",
        sora.RICH,
        sora.RICH,
        "用Sora做视频第一个月就赚了三万，这是普通人翻身的最后机会，三个月后窗口就关了，想学的私我",
    ),
    (
        "livestream",
        sora.RICH,
        sora.RICH,
        "家人们，Sora风口就三个月！现在进场一天赚个千八百很轻松，晚了只能看别人吃肉，扣1进群",
    ),
    (
        "cantonese",
        sora.RICH,
        sora.RICH,
        "Sora搵錢機會千載難逢，已經有人日賺幾千，三個月後就冇得做，即刻加入",
    ),
    # --- generation service
    (
        "taobao",
        sora.SERVICE,
        sora.SERVICE,
        "Sora视频代做 宣传片/婚礼/开业 十五秒起 一百二一条 文案发客服 二十四小时出片",
    ),
    (
        "xianyu",
        sora.SERVICE,
        sora.SERVICE,
        "接Sora代生成，你出文案我出片，八十八一条，先款后做，隔天交付",
    ),
    (
        "jielong",
        sora.SERVICE,
        sora.SERVICE,
        "#接龙 Sora代做视频团购\n1. 王姐 开业视频\n2. 小李 婚礼快剪\n每条六十，文案发我，明天统一出片",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "闲鱼上一百二十八买的Sora内测号，收到的是个ChatGPT免费号，卖家转头就把我删了",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "直播间抢的Sora课，付款后进了个网盘，里面三个文件全是官网资料的中文版，找主播退钱，直接被拉黑",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "我爸在家族群点了那个Sora安装包，装完手机一直弹广告，第二天微信钱包被转走两千多",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "付了八十八找人代做Sora视频，收到几张图片加了个推镜头特效，跟Sora半毛钱关系都没有",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "说Sora全面开放的，能不能截个注册页面看看？OpenAI开发者关系负责人Logan刚发了声明，还在内测阶段",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "Sora开源了？那OpenAI的GitHub主页上怎么一个Sora仓库都找不到？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "交钱进群就能当“第一代AI导演”？Sora都没对外开放，拿什么拍电影？",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "网传“Sora发明人之一是交大毕业的谢赛宁”，谢赛宁本人在朋友圈辟谣：自己跟Sora一点关系都没有。那家自媒体负责人表示要全网公开道歉",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "“本视频由OpenAI新模型Sora生成”这句话现在就是流量密码，配了这句话的视频很多是实拍素材，真正的Sora作品只有官方公布的那些",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "翻到技术报告最后一页数了数：署名十三位，华人占三位，两位负责人姓Brooks和Peebles。PDF挂在OpenAI官网，谁都能查",
    ),
    (
        "debunk",
        None,
        sora.API,
        "OpenAI开放平台目前上架的：GPT-4、GPT-3.5、DALL·E 3、Whisper、TTS、Embeddings。视频那一栏是空的",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "“Sora热度最多三个月”这种话术就是制造焦虑，跟送鸡蛋拉大妈买保健品是一个套路",
    ),
    # --- related but not matching: true facts about people
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁的担忧：在AI的监管和技术都成熟之前，《黑镜》里那些关于真相被篡改的故事，很可能很快变成现实",
    ),
    (
        "person_fact",
        None,
        None,
        "杨立昆的观点：靠生成像素来给世界建模，像Sora这类视频生成的路子，是一条很浪费的路",
    ),
    (
        "person_fact",
        None,
        None,
        "英伟达科学家范麟熙（Jim Fan）把Sora形容成一个数据驱动的物理引擎，是对世界的模拟器",
    ),
    (
        "person_fact",
        None,
        None,
        "马斯克在X上看完Sora样片，只回了两个词：gg humans",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "按OpenAI官方介绍，Sora最长能生成60秒视频，画面清晰，支持复杂运镜和多个角色同框",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI把Sora这类视频生成模型称作“世界模拟器”，训练时用的是扩散Transformer",
    ),
    (
        "benign",
        None,
        None,
        "Sora训练数据从哪来，OpenAI至今没有公开，在数据上依旧走闭源路线",
    ),
    (
        "benign",
        None,
        None,
        "用即梦把旅行照片做成了几秒动图，发到家族群被夸了一晚上",
    ),
    (
        "benign",
        None,
        None,
        "看完了AI短片大赛的展映，最喜欢讲外卖小哥那部，剪辑节奏很舒服",
    ),
    (
        "benign",
        None,
        None,
        "今天给初二上信息课，让学生分组找AI视频的破绽，有个小孩发现人物走路时影子忽长忽短",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "早高峰公交抛锚，全车人下来推车，我今天算是锻炼过了",
    ),
    (
        "offtopic",
        None,
        None,
        "楼下新开的螺蛳粉店十二块一碗，味道挺正，就是排队太久",
    ),
    (
        "offtopic",
        None,
        None,
        "周末去爬了香山，人比树叶还多，下山走了两个小时",
    ),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout13", "zhh13", POSTS)
