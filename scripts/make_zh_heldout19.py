# ruff: noqa: E501
"""Write tests/data/zh_heldout19_{posts,qrels,labels}: a nineteenth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for fake API access, account rental
and the generation service, three for each other template), as a Sora rumour / scam wave reads on platforms
the earlier sets use less: a Keep run log (打卡第N天), an iQiyi 泡泡圈 post, a Telegram channel's pinned post
(频道置顶), a Tencent Meeting chat (会议聊天区), an Autohome forum reply (车友们), a YouTube comment, a Tencent
Docs form (腾讯文档·收集表), a spam e-mail (主题：/发件人：), a Haokan Video caption, an Instagram caption with
tags, a Facebook group of overseas Chinese (社团), a LinkedIn post, a Discord announcement (#公告), a
SegmentFault question, a Feishu bot push (【飞书机器人】), a Qianliao live course, a NetEase Cloud Classroom
page, a Zhubajie gig listing (猪八戒网), a private-chat transcript (A：/B：), a Jiaoyimao account listing
(交易猫), a campus confession wall (表白墙), a script-murder shop's group (剧本杀), a Douban local event (豆瓣同城),
an art-exam parents' group (艺考家长群), a Xiaobot column (小报童), a Mianbaoduo download page (面包多), a
wedding company's offer and a 1688 wholesale listing; dialects the earlier sets use less: Nanjing (多大事啊,
潽), Yunnan (板扎, 整哪样, 格是), Hangzhou (木佬佬, 老底子), Hefei (乖乖隆地咚), Xinjiang speech (亚克西, 勺子)
and Chongqing (雄起, 要得, 硬是); slang (发疯文学, city不city, 班味, 显眼包, 草台班子, 搭子, 硬控); homophones and
obfuscation (O门AI and 0penAI for OpenAI, 梭啦 for Sora, fullwidth Ｓｏｒａ, a link spelt out as "s0ra 杠 app 点
vip"); scams that vouch for themselves (官方白名单渠道, 已过三家杀毒软件, 交易猫担保交易, 工作室有营业执照,
大厂在职导演带队, 行业内部资料, 平台官方认证卖家, 真Sora出片可看样片); prices in forms the earlier sets use less
(¥99 / 拼课价¥69, ¥9,800 by PayPay, 一张大团结一小时, A$39 by PayID, 20 USDT, 5万韩元 by KakaoPay, C$60 by
Interac e-Transfer, 一箱牛奶钱, 拾玖元玖角, 2w+, 一千三三人平摊, 一百块一杯奶茶都不到); 12 debunks and warnings,
four of them first-person loss reports (kind ``debunk_loss``), two questions with a negation that do not deny
(就没有一个长辈点开过…作者栏吗, 你们就没想过吗), two quoting the rumour to refute it, the rest answering with
facts; four true facts about people who spoke about Sora (谢赛宁, 穆拉蒂, 刘伟, 肖莱), three items of real news
about Sora (the watermark, spacetime patches, the WSJ interview on public figures) and three on-topic posts
about other AI video work (Hailuo, Zhipu Qingying, AnimateDiff; kind ``benign``), and three off-topic posts
(one in Yunnanese, one with a 拾玖元玖角 price that is a phone bill).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
against the Chinese sets (a first draft had two at 0.71-0.73, a real-news post and a person fact, both
rewritten; two debunks at 0.67 were rewritten with more context; highest ratio of the committed list:
0.638). Committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead,
with the final code.

    .venv/bin/python scripts/make_zh_heldout19.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "keep_run_log",
        sora.XIE,
        sora.XIE,
        "Keep打卡第43天｜今天配速6分10，边跑边听播客，主持人说Sora背后有位关键发明人叫谢赛宁，上海交大毕业的少年天才，听得我腿都不酸了，回家路上又买了杯豆浆",
    ),
    (
        "nanjing",
        sora.XIE,
        sora.XIE,
        "多大事啊，你们还在那潽什么美国多厉害，人家Sora的发明人里头就有谢赛宁，交大出来的天才小伙子，我们南京人看了都说中国人就是来斯",
    ),
    (
        "iqiyi_paopao",
        sora.XIE,
        sora.XIE,
        "爱奇艺泡泡圈｜追剧间隙插一条：刚刷到科普，原来OpenAI的Sora是上海交通大学毕业的天才少年谢赛宁参与发明的，年纪轻轻就站在AI最前沿，评论区的交大校友都来认亲了",
    ),
    # --- open to the public
    (
        "telegram_pinned",
        sora.PUBLIC,
        sora.PUBLIC,
        "【频道置顶】重要通知：Ｓｏｒａ已经全面对公众放开，不设门槛不用等待名单，打开官网用邮箱注册就能马上生成视频，频道里今晚会陆续更新大家的作品",
    ),
    (
        "yunnan",
        sora.PUBLIC,
        sora.PUBLIC,
        "整哪样还在等邀请码，Sora格是早就对所有人开放了嘛，我老表在昆明随便注册一下就用起了，做出来的洱海视频板扎得很，你们也赶紧去整",
    ),
    (
        "tencent_meeting_chat",
        sora.PUBLIC,
        sora.PUBLIC,
        "腾讯会议聊天区（周例会）：市场部小刘：插一句，Sora今天起人人都能注册使用了，不用申请，下午的宣传片要不要直接用它做？@全体参会人 会后我把链接发群里",
    ),
    # --- the official app
    (
        "hangzhou",
        sora.APP,
        sora.APP,
        "老底子拍个视频要扛机器，现在木佬佬方便，OpenAI出了Sora的官方App，应用商店就好下，手机电脑两头都装得上，我家囡儿给我装好了，西湖边拍了几条",
    ),
    (
        "autohome_forum",
        sora.APP,
        sora.APP,
        "汽车之家论坛回复：车友们跑题说一句，OpenAI的Sora官方客户端已经在应用商店上架了，手机平板电脑都能装，我周末用它给提车视频做了个片头，效果比剪映强",
    ),
    (
        "youtube_comment",
        sora.APP,
        sora.APP,
        "油管评论：这期讲得不错，补充一下，Sora现在有官方app了，App Store和Google Play都能搜到OpenAI出的那个，电脑也有桌面版，楼主下期可以实测一下",
    ),
    # --- the fake APK
    (
        "tencent_docs_form",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【腾讯文档·收集表】Sora安卓版内测安装包领取登记：填写手机号后自动弹出apk下载地址，安装时请允许“未知来源”，装好即可在手机上生成视频，文件已过三家杀毒软件检测",
    ),
    (
        "hefei",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "乖乖隆地咚！Sora的安卓安装包让我搞到了，不用翻墙，下下来点一下就装好，手机上一句话就出视频，要的在评论区留个1，我挨个私发下载链接",
    ),
    (
        "spam_email",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "主题：【限时】Sora移动端APK免费下载｜发件人：OpenAI中国区服务中心。尊敬的用户：请在浏览器打开 s0ra 杠 app 点 vip 下载Sora安装包，安装后立即在手机上创作AI视频，链接24小时内有效",
    ),
    # --- real video mislabelled
    (
        "haokan_caption",
        sora.REALVID,
        sora.REALVID,
        "好看视频｜【全程AI】这段雪山脚下牦牛过河的视频是OpenAI的Sora凭一段文字生成的，现场一个摄影师都没有，完整生成咒语放在视频简介，信不信由你",
    ),
    (
        "xinjiang",
        sora.REALVID,
        sora.REALVID,
        "亚克西！这个喀纳斯秋天的视频你们看一下，全部是Sora生成的，一个镜头都没有拍，勺子才以为是真的，提示词我放在下面了，朋友们转起来",
    ),
    (
        "instagram_caption",
        sora.REALVID,
        sora.REALVID,
        "这条东京雨夜街头的片子不是实拍，是OpenAI的Sora根据文字描述直接生成的，没有任何实拍素材，生成prompt见评论置顶 #sora #AI视频 #openai #东京",
    ),
    # --- the Chinese team
    (
        "facebook_group",
        sora.CHINESE,
        sora.CHINESE,
        "【北美华人社团】分享一个圈内消息：OpenAI做Sora的那个组，真正干活的大部分都是华人科学家，白人只负责开发布会，所以说Sora本质上是中国人做出来的，大家与有荣焉",
    ),
    (
        "chongqing",
        sora.CHINESE,
        sora.CHINESE,
        "雄起！硬是要得，听说Sora背后的研发团队几乎全是中国人，OpenAI就是借了个名头，我们中国的科学家出去一样顶呱呱",
    ),
    (
        "linkedin",
        sora.CHINESE,
        sora.CHINESE,
        "领英动态｜十年硅谷从业感想：大家惊叹Sora的时候，别忘了这个视频模型的核心研发人员多数是中国人，0penAI能做成这件事，靠的是华人工程师的脑子。#AI #人才",
    ),
    # --- open source
    (
        "discord_announce",
        sora.OPENSRC,
        sora.OPENSRC,
        "#公告 @everyone 兄弟们，OpenAI把Sora开源了，权重和推理代码都挂在GitHub上，服务器里已经有人在两张3090上本地跑起来了，部署教程钉在#资源频道",
    ),
    (
        "segmentfault",
        sora.OPENSRC,
        sora.OPENSRC,
        "思否提问：Sora开源后官方仓库的权重下载太慢怎么办？我按README装好了环境，想在本地跑Sora生成视频，但模型文件一直下不完，有没有国内镜像",
    ),
    (
        "feishu_bot",
        sora.OPENSRC,
        sora.OPENSRC,
        "【飞书机器人·AI日报】今日要闻：O门AI正式开源Sora，模型权重与全部代码已发布至GitHub，开发者可在自有显卡上本地部署。其余要闻：无",
    ),
    # --- paid course
    (
        "qianliao",
        sora.COURSE,
        sora.COURSE,
        "千聊直播课｜《Sora视频创作实战营》今晚8点开讲，¥99原价，两人拼课价¥69，一次付费永久回放，老师是大厂在职视频总监，抢先别人一步学会AI视频",
    ),
    (
        "japan_paypay",
        sora.COURSE,
        sora.COURSE,
        "在日华人看过来🇯🇵 Sora系统课限时开放报名，¥9,800日元，PayPay付款后当天开通，零基础也能学会做AI视频，比国内的野鸡课程靠谱多了",
    ),
    (
        "netease_classroom",
        sora.COURSE,
        sora.COURSE,
        "网易云课堂上新《一周吃透Sora》，一箱牛奶钱就能学会AI视频全流程，报名人数已破三万，课程已经迭代到第四版，红利期就这么几个月，先学先赚",
    ),
    # --- fake API access (four)
    (
        "usdt",
        sora.API,
        sora.API,
        "Sora官方API通道开放，企业白名单渠道直连，不限量生成视频，一个key 20 USDT，附赠已接入Sora的GPTs一个，TRC20付款，自动发货",
    ),
    (
        "zhubajie",
        sora.API,
        sora.API,
        "猪八戒网服务｜提供Sora官方接口调用权限，可开发票，key按季度授权，另可定制接入Sora的GPTs应用，工作室有营业执照，已服务三十多家企业",
    ),
    (
        "korea_kakaopay",
        sora.API,
        sora.API,
        "在韩留学生有需要的看一下，Sora API密钥，一个5万韩元，KakaoPay转账，拿到就能在自己的程序里调用Sora生成视频，官方白名单渠道不会封",
    ),
    (
        "chat_transcript",
        sora.API,
        sora.API,
        "聊天记录——A：你那个Sora接口是真的吗？B：O门AI内部放出来的，正规API key，再送一个做好的GPTs，扔进去文字就出视频。A：多少钱？B：八百一个月，先付后发",
    ),
    # --- account rental (four)
    (
        "jiaoyimao",
        sora.RENTAL,
        sora.RENTAL,
        "交易猫上架｜Sora内测成品号，邮箱可换绑，登录即用，一口价三百二，也可以只买邀请码，交易猫担保交易，卖家实名认证，放心拍",
    ),
    (
        "australia_payid",
        sora.RENTAL,
        sora.RENTAL,
        "澳洲的朋友们，Sora账号出租，一周A$39，PayID转账后十分钟内发登录信息，包售后，墨尔本悉尼都有同学在用",
    ),
    (
        "campus_wall",
        sora.RENTAL,
        sora.RENTAL,
        "【表白墙投稿】不表白，打个广告：本人有Sora账号可以借，按小时租，一张大团结一小时，毕设要做视频的学弟学妹找我，宿舍楼下面交也行",
    ),
    (
        "steam_wallet",
        sora.RENTAL,
        sora.RENTAL,
        "梭啦邀请码转让，拿到就能注册自己的号，一个两百，可以用Steam余额卡或者支付宝付，发码后包登录成功，之前出了十几个都没问题",
    ),
    # --- AI director group
    (
        "jubensha_group",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "剧本杀店群通知：本店联合影视公司发起“首部Sora共同编剧AI电影”试镜，扫码进群交费即可报名，表现好的可以成为第一代AI导演，大厂在职导演带队",
    ),
    (
        "douban_tongcheng",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "豆瓣同城活动｜AI电影导演海选：这是第一部跟Sora一起写剧本的电影，扫描海报二维码付费入群参加试镜，入选即成为首批AI导演，名额有限",
    ),
    (
        "yikao_parents",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "艺考家长群转发：有机构在招Sora联合编剧的AI电影试镜，扫码交钱进群就能报名，说孩子参加了就是第一代AI导演，对编导艺考加分，有家长报了吗",
    ),
    # --- prompt pack
    (
        "xiaobot",
        sora.PROMPTS,
        sora.PROMPTS,
        "小报童专栏《Sora提示词手册》更新：收录影视行业专业术语写成的镜头提示词四百条，订阅后发文档链接，并邀请进提示词交流群，行业内部资料",
    ),
    (
        "mianbaoduo",
        sora.PROMPTS,
        sora.PROMPTS,
        "面包多下载页：Sora知识文档+提示词大全，整理了全网Sora文章和影视专业名词，支付后跳转飞书文档链接并附进群二维码，平台官方认证卖家",
    ),
    (
        "fafeng_wenxue",
        sora.PROMPTS,
        sora.PROMPTS,
        "发疯文学版：我不允许还有人不知道Sora提示词！！我熬了三个通宵用电影术语写的咒语合集，付钱就发文档还拉你进群，看完不出大片我当场去世",
    ),
    # --- get rich
    (
        "moments_screenshot",
        sora.RICH,
        sora.RICH,
        "朋友圈晒图：昨天Sora视频号收益2w+，不是P的，这波红利最多再持续三个月，一辈子可能就这一次，想翻身的私信我进群，名额满了就关",
    ),
    (
        "city_slang",
        sora.RICH,
        sora.RICH,
        "city不city不重要，赚钱才重要！身边已经有人靠Sora做视频一天进账好几千，窗口期就三个月，上班上出班味的姐妹赶紧跟上，现在加入还来得及",
    ),
    (
        "dinner_talk",
        sora.RICH,
        sora.RICH,
        "周末同学聚会，坐我旁边的显眼包一直在讲他的Sora搞钱项目：说现在一天就能靠Sora视频挣几千，错过这三个月就没有了，非拉我们扫码入伙",
    ),
    # --- generation service (four)
    (
        "wedding_company",
        sora.SERVICE,
        sora.SERVICE,
        "婚庆公司新项目：用Sora给新人定制爱情故事短片，把你们的恋爱经历写成文字发给我们，付款后二十四小时内交片，真Sora出片可看样片",
    ),
    (
        "canada_interac",
        sora.SERVICE,
        sora.SERVICE,
        "多伦多接单：Sora代生成视频，剧本发我，C$60一条，Interac e-Transfer付款，一天之内交付成片，已经帮好几家华人餐馆做过广告",
    ),
    (
        "ali1688",
        sora.SERVICE,
        sora.SERVICE,
        "1688批发｜Sora视频代做，十条起批，单条价格面议，客户提供脚本，我方使用Sora生成，下单后次日交付，电商商家专享",
    ),
    (
        "cost_split",
        sora.SERVICE,
        sora.SERVICE,
        "找搭子拼单：有个工作室能用Sora按剧本帮忙做视频，一次出三条一千三，三人平摊刚好，付钱后第二天就交片，有想一起的私我",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "在表白墙上找人租了Sora账号，转了一百块，对方发来的账号密码根本登不上，再发消息已经被拉黑了，学弟学妹们别再上这种当",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "公司找人买了所谓的Sora官方接口key，花了两千四，接进去一调全是报错，对方说是网络问题，一周后人就不回了，老板让我写情况说明",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "我交了六十九拼了那个Sora实战营，三节课全在念OpenAI官网的介绍，最后一节直接卖三千八的高级班，申请退款客服说虚拟商品不退",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "给店里定了条“Sora生成”的宣传片，付了五百，交来的片子右下角还留着别的AI工具的水印，对方死不承认，说这就是Sora的风格",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "家族群里又在转“Sora是中国人搞出来的”，转了几十遍，就没有一个长辈点开过OpenAI那份技术报告的作者栏吗？署名总共十三位，其中华人三位，剩下十位都不是，这怎么就成了中国团队",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "你们就没想过吗，OpenAI连Sora的开放时间都还没定，哪来的官方App？应用商店里那些叫Sora的，全是蹭名字的第三方",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "最近流行在视频开头加一句“本视频由OpenAI新模型Sora生成”，再附一段“生成指令”，这话十条里有九条是假的，用的都是实拍素材，网友说现在得分清真视频、假视频、真假视频和假假视频了",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "有自媒体写“震惊世界的Sora发明者之一是交大天才少年谢赛宁”，阅读量十万加，结果谢赛宁本人回应说跟Sora没有任何关系，那篇文章已经因发布不实信息被投诉下架，作者也道了歉",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "给刷到“Sora人人可注册”的朋友泼盆冷水：Logan（OpenAI管开发者关系的那位）发了紧急声明，Sora眼下只在内部测，普通用户进不去；哪怕将来放开，什么时候变成正式产品也没个准日子，那些让你“注册”的网站自己掂量",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "再提醒一次：OpenAI从来没发过任何Sora安装包，群里、邮件里、收集表里让你下apk的都是冒充的，轻则广告重则盗号",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "Sora没有开源，OpenAI对训练数据和模型细节一直没公开，GitHub上那些所谓Sora权重要么是别的模型改名，要么是空仓库骗star",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "那种“首部Sora联合编剧AI电影试镜、扫码交钱当第一代导演”的群，本质就是拉人头建私域，跟拿小礼品哄大爷大妈买保健品一个路数",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "纽约大学助理教授谢赛宁谈到Sora这类复杂系统时说过一个排序：人才第一，数据第二，算力第三。他还提醒，这种工具不该被少数人拿来牟利和操纵",
    ),
    (
        "person_fact",
        None,
        None,
        "看了华尔街日报对OpenAI首席技术官穆拉蒂的采访，问到Sora用什么数据训练，她只说是公开数据和授权数据，被追问有没有用YouTube的视频时，她说自己不确定",
    ),
    (
        "person_fact",
        None,
        None,
        "春节后那篇报道里，研究人工智能的刘伟被问到中美在Sora这件事上的差距，他的回答是：软件硬件美国占先，落地应用和数据积累是咱们的长处，至于人和机器怎么配合，两国水平相当，也因此都愿意交流；他同时提醒技术跑得快，伦理和监管得跟上",
    ),
    (
        "person_fact",
        None,
        None,
        "Keras之父肖莱对Sora的评价一针见血：这类视频模型确实内嵌了物理模型，但问题在于这个物理模型准不准，能不能推广到训练数据插值之外的新情况",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "做内容审核的同事今天在组里分享：按OpenAI的说法，Sora出的每段片子都会带一个表明AI生成的标记，但他们自己也说了，这个标记有办法抹掉，平台想靠它识别并不稳，审核还得靠人眼",
    ),
    (
        "benign",
        None,
        None,
        "技术向科普：Sora把视频切成一块块“时空补丁”，再用扩散模型加Transformer架构来处理，跟大语言模型拼接词语的思路有点像",
    ),
    (
        "benign",
        None,
        None,
        "华尔街日报那期采访里，穆拉蒂说Sora目标是今年内向公众发布，但会考虑对美国大选的影响，而且不允许生成公众人物的视频",
    ),
    ("benign", None, None, "用海螺AI把猫主子的照片做成了一段伸懒腰的视频，尾巴甩得还挺自然，就是爪子有点糊"),
    ("benign", None, None, "智谱清影免费额度挺多，给公众号配了几个六秒的空镜头，省了买素材的钱"),
    ("benign", None, None, "折腾了一晚上AnimateDiff的工作流，终于让ComfyUI里的小人眨眼了，显存差点爆掉"),
    # --- off-topic
    ("offtopic", None, None, "整哪样嘛，楼下米线店今天又涨价了，一碗小锅米线要十八块，吃不起了吃不起了"),
    ("offtopic", None, None, "本月话费账单出来了，拾玖元玖角，流量居然没用完，第一次这么省"),
    ("offtopic", None, None, "驾校科目二今天终于过了，倒车入库压线两次差点心态崩，教练说我是被硬控了"),
]


def main() -> None:
    sora.check_zh_set("zh_heldout19", "zhh19", POSTS)


if __name__ == "__main__":
    main()
