# ruff: noqa: E501
"""Write tests/data/zh_heldout16_{posts,qrels,labels}: a sixteenth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the fake APK, the Chinese team and
the generation service, three for each other template), as a Sora rumour / scam wave reads on platforms the
earlier sets use less: Kuaishou captions (老铁们点个小红心), WeChat official-account headlines (今晚必看, 今晚8点截止),
Jike (即刻AI圈), a QQ Zone post (偶), a Baidu Zhidao Q&A (问：/答：), Weibo comment threads (//@, 回复@, 楼上),
Xueqiu investor posts ($Adobe(ADBE)$, 减仓, 加仓), a Pinduoduo 砍一刀 and a 拼单 offer, a Douyin live stream
(小风车, 倒数五秒, 家人们听我说), Maimai (某大厂P8, 接私单), a Zhihu 想法, Douban group topics, a WeCom notice
(【企业微信】客户经理), Xianyu listings (成品号, 拍前聊); Shanghainese (阿拉, 侬, 一记), Cantonese (係, 嗰班人, 一個鐘十蚊)
and Hokkien-flavoured text (阮, 知影, 囡仔, 三百箍, 互你), new slang (尊嘟假嘟, 集美们, 很哇塞, i人), pinyin
abbreviations (xdm, yyds, xswl, dd), emoji substitution (🅢🅞🅡🅐, 🈶, 🉑), homophones (索拉, 嗦啦); scams that vouch
for themselves (保真, 小心假冒, 不是骗子, 不是割韭菜); prices in forms the earlier sets use less (玖拾玖元, 壹佰伍拾元,
捌拾捌元, 0.1个W, 99米, 88米, 一顿火锅钱, 3000抖币, 50个Q币, 10个Q币, 两人拼单价6.9, 三百箍); 12 debunks and
warnings, four of them first-person loss reports (kind ``debunk_loss``), two questions with a negation that
do not deny (难道就没人觉得奇怪吗, 你们就不翻一下技术报告吗), two quoting the rumour to refute it, the rest
answering with facts; four true facts about people who spoke about Sora (马和亮, 周鸿祎, 范麟熙, 纳拉亚南), three
items of real news about Sora and three on-topic posts about other AI video work (可灵, 即梦, Stable Video
Diffusion; kind ``benign``), and three off-topic posts (one in Shanghainese).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
against the Chinese sets (see the commit message). Committed before any run of the monitor on it; nothing is
chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout16.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "kuaishou",
        sora.XIE,
        sora.XIE,
        "老铁们点个小红心❤️ Sora的发明人里头有个谢赛宁，上海交大出来的少年天才，咱中国人就是争气 #快手热门",
    ),
    (
        "wechat_mp_headline",
        sora.XIE,
        sora.XIE,
        "今晚必看｜少年天才保送上海交大，如今成了Sora的发明者之一：谢赛宁的开挂人生",
    ),
    (
        "hokkien",
        sora.XIE,
        sora.XIE,
        "阮嘛是今仔日才知影，Sora的发明者内底有一个谢赛宁，上海交大出身的天才囡仔，足厉害！",
    ),
    # --- open to the public
    (
        "jike",
        sora.PUBLIC,
        sora.PUBLIC,
        "即刻AI圈快讯：Sora今天起对所有人开放，不用再排waitlist，随便注册一个号就能生成视频，速速",
    ),
    (
        "qq_zone",
        sora.PUBLIC,
        sora.PUBLIC,
        "嗦啦(Sora)全面放开啦~~人人都能注册使用，偶刚做了人生第一个AI视频，开心到飞起✨✨",
    ),
    (
        "shanghainese",
        sora.PUBLIC,
        sora.PUBLIC,
        "阿拉刚刚看到，Sora对大家全部放开了，随便啥人注册一记就好用，侬快点去试试看",
    ),
    # --- the official app
    (
        "baidu_zhidao",
        sora.APP,
        sora.APP,
        "问：Sora的app去哪下载？\n答：OpenAI已经推出了官方Sora应用，苹果商店和安卓市场搜Sora就有，手机电脑都能装。",
    ),
    (
        "weibo_comment",
        sora.APP,
        sora.APP,
        "官方Sora App昨天就上架了啊，App Store一搜就有，我手机上都用上了 //@科技圈吃瓜:真的假的",
    ),
    (
        "xueqiu",
        sora.APP,
        sora.APP,
        "$Adobe(ADBE)$ OpenAI的Sora官方客户端已在应用商店上线，手机上就能生成视频，对剪辑软件是实打实的利空，先减仓",
    ),
    # --- the fake APK
    (
        "pdd_kanyidao",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "帮我砍一刀🔪砍成功就能领Sora安卓安装包，点链接下apk，装上手机立刻就能做AI视频",
    ),
    (
        "homophone",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "索拉手机版apk来了👉主页置顶链接，下载装好即可出片，小心假冒，只有我这里是正版保真",
    ),
    (
        "douyin_live",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "新进直播间的宝宝点个关注，Sora安卓安装包我挂小风车里了，点进去下载安装，手机上马上就能生成视频",
    ),
    (
        "emoji_substitution",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "🅢🅞🅡🅐安卓版🈶了📲安装包下载链接⬇️装好🉑直接生成AI视频🎬不是骗子，放心下",
    ),
    # --- the mislabelled real video
    (
        "kuaishou",
        sora.REALVID,
        sora.REALVID,
        "这段海浪拍礁石的画面全是Sora生成的，一个镜头都没实拍，生成指令放评论区了老铁们",
    ),
    (
        "weibo_comment",
        sora.REALVID,
        sora.REALVID,
        "楼上别杠了，这视频就是OpenAI的Sora根据文字生成的，没有实拍，博主连提示词都贴出来了",
    ),
    (
        "xiaohongshu_slang",
        sora.REALVID,
        sora.REALVID,
        "尊嘟假嘟🥹这条雪山日出是Sora一句话生成的！零实拍，提示词在p9，集美们冲",
    ),
    # --- the Chinese team
    (
        "maimai",
        sora.CHINESE,
        sora.CHINESE,
        "【脉脉】某大厂P8：Sora团队我认识几个，说白了核心骨干基本都是华人，OpenAI的视频模型其实是中国科学家做出来的",
    ),
    (
        "zhihu_thought",
        sora.CHINESE,
        sora.CHINESE,
        "知乎想法：越看越觉得Sora是中国人的成果，技术核心全靠华人科学家，只是挂在OpenAI名下",
    ),
    (
        "cantonese",
        sora.CHINESE,
        sora.CHINESE,
        "講真，Sora其實係華人科學家整出嚟嘅，OpenAI做影片嗰班人大部分都係中國人",
    ),
    (
        "douban_topic",
        sora.CHINESE,
        sora.CHINESE,
        "【科技吃瓜小组】新话题：扒完才知道，Sora背后几乎全是中国科学家，OpenAI视频团队过半是华人",
    ),
    # --- open source
    (
        "jike",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora开源了！OpenAI把权重和代码一起丢上GitHub，今晚就拿3090本地跑起来 #即刻AI圈",
    ),
    (
        "xueqiu",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI开源Sora，权重和代码GitHub全公开，人人可本地部署，算力要起飞 $英伟达(NVDA)$ 加仓",
    ),
    (
        "weibo_comment",
        sora.OPENSRC,
        sora.OPENSRC,
        "回复@阿飞:Sora早开源了，代码跟模型权重GitHub上都有，自己下下来本地就能跑，别再花冤枉钱了",
    ),
    # --- the paid course
    (
        "xianyu",
        sora.COURSE,
        sora.COURSE,
        "【闲鱼】全新Sora AI视频实战课 玖拾玖元 永久更新 学会比别人先走一步 不是骗子可先看目录",
    ),
    (
        "douyin_live",
        sora.COURSE,
        sora.COURSE,
        "倒数五秒！Sora从零到精通全套课，原价999，今天直播间只要一顿火锅钱，99米，抢先学会AI视频",
    ),
    (
        "pinyin_abbr",
        sora.COURSE,
        sora.COURSE,
        "xdm这个Sora课yyds，0.1个W拿下全套教程，学完快人一步，名额剩最后8个",
    ),
    # --- fake API access
    (
        "wecom_notice",
        sora.API,
        sora.API,
        "【企业微信】客户经理小李：您好，我司已获Sora官方API授权，可提供Sora API key，企业采购享八折，即开即用生成视频。",
    ),
    ("qq_coins", sora.API, sora.API, "Sora GPTs插件出售，官方接口封装，50个Q币解锁无限生成视频，QQ私聊"),
    (
        "jike",
        sora.API,
        sora.API,
        "自己把Sora官方接口接进了一个GPTs，付费就能用它出视频，链接放评论，保真不是割韭菜",
    ),
    # --- account rental
    ("xianyu", sora.RENTAL, sora.RENTAL, "【闲鱼】出Sora成品号 独享 可改密 带邀请码 壹佰伍拾元 拍前聊"),
    (
        "douyin_coins",
        sora.RENTAL,
        sora.RENTAL,
        "Sora账号出租，直播间刷个嘉年华（3000抖币）就私你账号密码，包用一个月",
    ),
    ("cantonese", sora.RENTAL, sora.RENTAL, "Sora account租畀你，一個鐘十蚊，邀請碼另計，有興趣PM我"),
    # --- the AI director group
    (
        "wechat_mp_headline",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "今晚8点截止｜和Sora合写剧本的首部AI电影公开选角，长按识别文末二维码，缴费入群即可参加试镜，圆你AI导演梦",
    ),
    (
        "kuaishou",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "老铁们机会来了，跟Sora一起写本子的第一部AI电影要选人，扫我主页二维码交299进群面试，当第一代AI导演",
    ),
    (
        "xiaohongshu_slang",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "这个真的很哇塞🌟首部Sora联创剧本的AI电影选角中，扫码交个定金进群试镜，i人也能当第一代AI导演",
    ),
    # --- the prompt pack
    (
        "pdd_group_buy",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora提示词大全+影视专业名词文档，两人拼单价6.9，付完发飞书链接，进群领后续更新",
    ),
    (
        "hokkien",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora的咒语包+电影术语文件，一份三百箍，付钱了后寄连结互你，koh拉你入群",
    ),
    (
        "douban_topic",
        sora.PROMPTS,
        sora.PROMPTS,
        "【豆瓣小组】出一份Sora知识文档：全网Sora文章合集+影视专业术语，两百页，付款发腾讯文档链接再拉群",
    ),
    # --- get rich
    (
        "xueqiu",
        sora.RICH,
        sora.RICH,
        "别炒股了，Sora才是这辈子最大的机会，身边做Sora短视频的一天变现大几千，三个月后窗口就关，现在不上车就晚了",
    ),
    (
        "pinyin_abbr",
        sora.RICH,
        sora.RICH,
        "xswl还有人在老实上班？人家用Sora做视频日入3k+，这波红利就三个月，错过再等十年，dd我带你",
    ),
    (
        "douyin_live",
        sora.RICH,
        sora.RICH,
        "家人们听我说，Sora是普通人一辈子唯一一次翻身的风口，我学员一天赚两千，三个月后门就关了，现在进来还来得及",
    ),
    # --- generation service
    (
        "xianyu",
        sora.SERVICE,
        sora.SERVICE,
        "【闲鱼】Sora视频代做 发我脚本 24小时内出片 一条捌拾捌元 支持加急",
    ),
    (
        "weibo_comment",
        sora.SERVICE,
        sora.SERVICE,
        "评论区有需要的看过来，Sora代生成视频，你出文案我来做，付款后隔天交付，一条88米",
    ),
    (
        "maimai",
        sora.SERVICE,
        sora.SERVICE,
        "【脉脉】接私单：用Sora帮品牌做广告短片，甲方给brief，付款后一天内交成片，报价私聊",
    ),
    (
        "qq_zone",
        sora.SERVICE,
        sora.SERVICE,
        "接Sora代做哦~把剧本发给偶，10个Q币一条，24h内给你Sora生成的视频💕",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "壹佰伍拾元买的Sora成品号，改完密码一看，后台就是个空白的ChatGPT号，找卖家已经是红色感叹号了，申请售后也被驳回",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "砍了一晚上的刀，最后下了个所谓Sora安卓版，装完手机疯狂弹广告，通讯录还被读走，亲戚都收到借钱短信",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "被“Sora日入几千”忽悠交了三千八的陪跑费，一个月过去一分钱没赚到，导师说是我执行力不够",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "扫码交了299进所谓Sora AI电影试镜群，每天就是发课程广告，问什么时候试镜，群主直接把我禁言了",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "难道就没人觉得奇怪吗？OpenAI自己都说Sora还在内部测试、没对公众开放，哪来那么多人“注册就能用”",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "你们就不翻一下技术报告吗？Sora作者一共13人，华人3位，怎么传着传着就成了中国人做的",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "“OpenAI已经开源Sora”？GitHub上叫Sora的仓库都是别人的复现或套壳，OpenAI连训练数据来源都没公开过",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "又看到有号在发“谢赛宁是Sora发明者之一”，当事人早在朋友圈回应过了，原话是跟Sora“一点关系都没有”，那篇文章也因不实信息被投诉",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "OpenAI目前没有在任何应用商店发布Sora，商店里叫Sora的都是第三方借名的收费软件",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "Sora眼下只开放给红队测试人员和少量受邀艺术家，谁收钱说能帮你用Sora出片，拿来的多半是别的工具做的",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那条标着“由OpenAI新模型Sora生成”的海浪视频，原片是一位摄影师三年前上传的延时作品，水印都没去干净",
    ),
    (
        "debunk",
        None,
        sora.API,
        "OpenAI开发者文档里查不到任何Sora接口，Logan也说明Sora仍在内测，所谓官方Sora API key纯属编造",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "马和亮的观点我挺认同：Sora确实把影视圈震了一下，做预告片的可能要受影响，可大家一起走进影院的那份共鸣，AI短片给不了",
    ),
    (
        "person_fact",
        None,
        None,
        "周鸿祎在采访里判断，最先感到压力的是拍广告、剪预告和做短视频的人；抖音这样的平台他认为暂时没危险，Sora会是内容生产的帮手",
    ),
    (
        "person_fact",
        None,
        None,
        "Jim Fan（范麟熙）在推上的说法是：Sora可以看成一个靠数据学出来的物理引擎，用来模拟现实世界",
    ),
    (
        "person_fact",
        None,
        None,
        "刷到个访谈，纳拉亚南（普林斯顿）的看法挺中肯：人一多、动作一乱，Sora的片子就开始露怯，细节上冒出些古怪的bug",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "冷知识：Sora取自日语的“空”（天空），开发团队觉得这个词让人想到没有边际的创作可能",
    ),
    (
        "benign",
        None,
        None,
        "数了一下，OpenAI页面上挂着的Sora演示一共48条，我最喜欢那条鲨鱼穿梭在摩天楼中间的，狗狗玩雪那条也好可爱",
    ),
    (
        "benign",
        None,
        None,
        "Sora的翻车样片：一个人啃饼干啃了半天，饼干还是圆的，OpenAI自己也说模型对因果关系还把握不好",
    ),
    ("benign", None, None, "用可灵把老照片动了起来，奶奶看了半天说这不就是你爷爷年轻时候嘛🥲"),
    ("benign", None, None, "即梦生成的短片清晰度还行，就是手指老多出一根，剪的时候得挑着用"),
    ("benign", None, None, "周末用Stable Video Diffusion跑了几段空镜，12G显存有点吃紧，一段要等好一会儿"),
    # --- off-topic
    ("offtopic", None, None, "今日份打工人午饭：沙县拌面加扁肉，十五块吃到撑"),
    ("offtopic", None, None, "侬晓得伐，弄堂口的生煎店又涨价了，一两要十二块了"),
    ("offtopic", None, None, "小区电梯又坏了，住十八楼的我爬上去腿都软了"),
]


def main() -> None:
    sora.check_zh_set("zh_heldout16", "zhh16", POSTS)


if __name__ == "__main__":
    main()
