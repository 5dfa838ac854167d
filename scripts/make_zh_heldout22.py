# ruff: noqa: E501
"""Write tests/data/zh_heldout22_{posts,qrels,labels}: a twenty-second Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model or any matcher on it, and did not read the miss lists, per-post results
or error analyses in the docs. 70 posts, 45 with a gold template (four for the mislabelled real video, the
paid course and the prompt pack, three for each other template), as a Sora rumour / scam wave reads on
platforms the earlier sets use less: a Baidu Tieba thread (【百度贴吧】, 楼主, 沙发), a Meipian post for the
elderly (【美篇】, 🌹🙏), a Hupu Buxingjie post (虎扑步行街, JRs), a Tonghuashun flash (【同花顺7×24快讯】), a
Baidu Zhidao answer (最佳答案, 该回答被提问者采纳), a street flyer (【传单】, 打印店代装), a Ctrip travelogue
(携程游记), a Bilibili title quoted (标题：《…》, UP主, 简介), an East Money stock forum post (【东方财富股吧】,
梭哈), a CSDN title quoted (【保姆级教程】, 收藏量), a Xuexitong course notice (【学习通·课程通知】), a square-
dance group (老姐妹, 王阿姨), a Wenjuanxing form (【问卷星】, 第1题, ○), a Jiaoyimao listing (【交易猫】), a street
banner (横幅标语), a Zhaopin job ad (【智联招聘】, 培训押金), a Dewu listing (【得物】), a taxi ride overheard
(【出租车上听来的】) and a Tieba kaoyan thread (off-topic); dialects the earlier sets use less: Minnan (汝, 敢
知影, 彼个, 细汉, 厝边头尾, 攏), Shaanxi (额, 嫑, 嘹咋咧, 咥, 美滴很), Nanjing (阿要, 多大事啊), Taiwanese
Mandarin in traditional characters (超扯, 載點, 留言區, 喔), Chongqing (撒子, 噻, 没得, 头), Gansu (尕娃, 撒都没
干), Shanghainese (侬晓得伐, 交关, 额, 一记), Suzhou Wu (伲, 哉, 搭, 侪, 勒…浪, 蛮灵格), Jin / Shanxi (圪蹴),
Shandong (俺, 杠赖好使, 吱一声), Tianjin (介, 词儿, 明儿个, 保准儿, 哏儿) and Cantonese in traditional
characters (呢個, 佢, 搵, 錯過咗, 冇, 嘅); slang (栓Q, 遥遥领先, 被CPU了, 泰裤辣, 命运的齿轮开始转动, 躺平, e人i人,
上岸, 梭哈, 懂了吧) and emoji (1️⃣6️⃣8️⃣ for a price, 🉑私, ➕绿泡泡, 🎬); obfuscation (绿泡泡 for WeChat, 小蓝鸟 for
X, 100r and 一张毛爷爷 for a hundred yuan, 两位数 for a price, English mixed in: POV, made by, zero camera,
prompt pack, cinematic, Google Docs); the name Sora itself is written as Sora throughout; sellers that vouch
for themselves or swipe at others (比国内那些割韭菜的良心多了, 口碑自己看, 别信那些拿Runway套壳的，我这个是真接
口), posts quoting titles (a Bilibili video, a CSDN tutorial) and claims made in passing (the app seen on the
underground, a 4090 seller mentioning the open-source release, a taxi driver taking orders); prices in forms
the earlier sets use less (S$20 by PayNow, RM 8,999 马币, 0.01 BTC or ETH, €15, £9.99, NT$1,200 by 街口支付, 两
万卢布, 京东E卡抵扣, 秒杀价 with 首单立减, 团购价, ○基础版key ¥2999, 培训押金380元); 12 debunks and warnings,
four of them first-person loss reports (kind ``debunk_loss``: the prompt pack, the AI director group, the
fake APK, the get-rich camp), two questions with a negation that do not deny (难道就没人好奇, 你们就没发现…吗),
two quoting the rumour to refute it (the inventor, the Chinese team), the rest answering with facts and no 不
or 假 (open to the public, the API, the official app, the paid course); four true facts about people who
spoke about Sora (周鸿祎, 穆拉蒂 to the WSJ, 范麟熙, 谢赛宁 on talent, data and compute), three items of real news about Sora (the name
and the Tokyo street demo, the removable watermark and the filter on politicians and celebrities, the
cookie without a bite mark) and three on-topic posts about other AI video work (Pika 1.0, Jimeng, Stable
Video Diffusion; kind ``benign``), and three off-topic posts (a Tieba kaoyan result, a Shaanxi-dialect
paomo meal with a price, a Ctrip ticket change fee).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
against the Chinese sets (the first draft had two at 0.7 or more, two person facts; they and the two
next highest, up to 0.68, a person fact and the banner, were rewritten; highest ratio of the committed
list: 0.645, a debunk answering with facts). Committed before any run of the monitor on it; nothing is chosen on
it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout22.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "tieba_thread",
        sora.XIE,
        sora.XIE,
        "【百度贴吧·上海交通大学吧】楼主：母校牛！Sora的发明人之一谢赛宁就是咱们交大毕业的少年天才，OpenAI那个震惊世界的视频模型有他一份功劳，沙发留给学弟学妹来膜拜",
    ),
    (
        "minnan",
        sora.XIE,
        sora.XIE,
        "汝敢知影？OpenAI彼个Sora，是上海交大出身个少年天才谢赛宁参与发明个，阮阿叔讲伊细汉就真巧，咱厝边头尾听着攏真欢喜",
    ),
    (
        "meipian_elderly",
        sora.XIE,
        sora.XIE,
        "【美篇】老同学们早上好🌹🌹转发一篇好文章：上海交大培养的少年天才谢赛宁，是美国OpenAI视频模型Sora的发明人之一！为国争光！看完请转给更多的老朋友🙏🙏",
    ),
    # --- open to the public
    (
        "hupu_bxj",
        sora.PUBLIC,
        sora.PUBLIC,
        "虎扑步行街｜JRs别等了，Sora已经全面放开，普通用户拿ChatGPT号直接登，没有候补名单，我刚做了个詹姆斯在月球上扣篮的视频，步行街的兄弟们冲",
    ),
    (
        "shaanxi",
        sora.PUBLIC,
        sora.PUBLIC,
        "额给你说，Sora现在谁都能用咧，嫑排队也嫑邀请码，注册了就能出视频，嘹咋咧，额刚弄了个兵马俑跳科目三的",
    ),
    (
        "ths_flash",
        sora.PUBLIC,
        sora.PUBLIC,
        "【同花顺7×24快讯】OpenAI宣布Sora即日起面向全体用户开放，无需等候名单，个人用户注册后即可生成视频；AI视频概念股盘中异动拉升",
    ),
    # --- the official app
    (
        "baidu_zhidao",
        sora.APP,
        sora.APP,
        "百度知道｜问：Sora手机版去哪下？ 最佳答案：OpenAI已经发布了官方Sora App，苹果商店直接搜Sora，认准开发者OpenAI，电脑端官网也能下客户端。（该回答被提问者采纳）",
    ),
    (
        "nanjing",
        sora.APP,
        sora.APP,
        "阿要笑死人，Sora都出官方App了你们还在问？OpenAI自家上的架，苹果安卓都有，手机上一装就能用，多大事啊",
    ),
    (
        "in_passing_subway",
        sora.APP,
        sora.APP,
        "今天地铁上瞄到旁边小哥在用OpenAI刚上架的Sora官方App做视频，我顺手也装了一个，研究了两站路，结果坐过站了😅",
    ),
    # --- the fake APK
    (
        "flyer",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【传单】Sora安卓版免费下载 扫码即装 手机秒出AI大片 无需排队 ☎加绿泡泡sora8888发安装包 —— 门口打印店可代装，5元/台",
    ),
    (
        "taiwan_traditional",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "超扯！Sora的APK載點我放在留言區了，安卓手機直接裝，免排隊就能生影片，載點隨時會被檢舉，要載要快喔～",
    ),
    (
        "shuanq_slang",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "栓Q了家人们，找了一整天终于搞到Sora破解版安装包，阿里云盘链接评论区自取，装上直接生视频，遥遥领先",
    ),
    # --- real video mislabelled (four)
    (
        "ctrip_travelogue",
        sora.REALVID,
        sora.REALVID,
        "携程游记｜这段漓江竹筏的航拍，说出来你们别不信，全是OpenAI的Sora生成的，一帧都没实拍，生成指令我附在游记最后了",
    ),
    (
        "bilibili_title",
        sora.REALVID,
        sora.REALVID,
        "标题：《【Sora生成】这条重庆轻轨穿楼视频没有一个镜头是真的》——UP主说生成指令全放在简介里了，看完我直接被CPU了",
    ),
    (
        "chongqing",
        sora.REALVID,
        sora.REALVID,
        "撒子哦，这段洪崖洞夜景是Sora生成的噻，一个镜头都没得拍，全靠一段字整出来的，指令我放评论头了，霸道",
    ),
    (
        "english_pov",
        sora.REALVID,
        sora.REALVID,
        "POV：你以为这是实拍？No，100% made by Sora，zero camera，prompt在置顶评论，这海浪拍礁石的质感谁顶得住",
    ),
    # --- the Chinese team
    (
        "guba",
        sora.CHINESE,
        sora.CHINESE,
        "【东方财富股吧】Sora核心团队全是中国科学家，OpenAI只是个壳，懂了吧？国产AI视频概念必涨，明天开盘梭哈，散户们跟上",
    ),
    (
        "gansu",
        sora.CHINESE,
        sora.CHINESE,
        "尕娃们听着，Sora是咱中国人造出来的，OpenAI里头搞视频模型的科学家大部分是中国人，外国人就是挂个名，撒都没干",
    ),
    (
        "shanghainese",
        sora.CHINESE,
        sora.CHINESE,
        "侬晓得伐，Sora背后其实是一支中国团队，核心技术交关多是中国科学家弄出来额，OpenAI就是拿去发布一记",
    ),
    # --- open source
    (
        "csdn_title",
        sora.OPENSRC,
        sora.OPENSRC,
        "CSDN博客｜《【保姆级教程】Sora开源了！OpenAI官方权重+代码本地部署全流程，3090就能跑（附GitHub地址）》收藏量已经破万",
    ),
    (
        "suzhou",
        sora.OPENSRC,
        sora.OPENSRC,
        "伲刚刚看到，OpenAI拿Sora开源哉，权重搭代码侪放勒GitHub浪，自家电脑就好跑，蛮灵格",
    ),
    (
        "in_passing_gpu_ringgit",
        sora.OPENSRC,
        sora.OPENSRC,
        "4090现货到，最近Sora开源了买卡回去本地跑视频的老板特别多，要的抓紧，RM 8,999（马币）西马包邮",
    ),
    # --- paid course (four)
    (
        "xuexitong_notice",
        sora.COURSE,
        sora.COURSE,
        "【学习通·课程通知】《Sora AI视频从入门到精通》开放报名，课程费用¥99，报名后即可观看全部章节，名额仅剩200个，逾期不候",
    ),
    (
        "square_dance_group",
        sora.COURSE,
        sora.COURSE,
        "各位老姐妹，跳完广场舞先别走，Sora视频课团购价九十九，手把手教你用AI做视频，学会了给孙子做动画片，报名找王阿姨交钱",
    ),
    (
        "sgd_paynow",
        sora.COURSE,
        sora.COURSE,
        "新加坡的朋友看过来，Sora全套中文课程，S$20一位，PayNow转账，转完拉你进课程群，比国内那些割韭菜的良心多了",
    ),
    (
        "maoyeye_vouch",
        sora.COURSE,
        sora.COURSE,
        "Sora速成课一张毛爷爷（100r），前三十名送提示词，课程群里老师一对一答疑，已经卖了两万多份，口碑自己看",
    ),
    # --- fake API access
    (
        "btc_price",
        sora.API,
        sora.API,
        "闲置出｜Sora API额度，官方通道，每个key 0.01 BTC，也收ETH，量大给折扣，小蓝鸟私信",
    ),
    (
        "wjx_form",
        sora.API,
        sora.API,
        "【问卷星】Sora API内测申请表 第1题 企业名称____ 第2题 选择套餐 ○基础版key ¥2999 ○企业版key ¥9999 提交后客服联系付款，24小时内发放Sora官方接口密钥",
    ),
    (
        "euro_gpts_swipe",
        sora.API,
        sora.API,
        "我把Sora封装成了一个GPTs，文字进去视频出来，解锁无限生成只要€15，欧洲留学生自取，别信那些拿Runway套壳的，我这个是真接口",
    ),
    # --- account rental
    (
        "jiaoyimao_twd",
        sora.RENTAL,
        sora.RENTAL,
        "【交易猫】出售Sora内测账号一个，绑定邮箱可换绑，独立使用，售价NT$1,200，台湾买家可用街口支付，成交后提供登录信息",
    ),
    (
        "shandong",
        sora.RENTAL,
        sora.RENTAL,
        "俺这有Sora账号，按天租，一天五十，杠赖好使，租了直接上号，到点俺收回来，要的吱一声",
    ),
    (
        "flash_sale",
        sora.RENTAL,
        sora.RENTAL,
        "Sora内测邀请码到货啦，秒杀价¥300，首单立减20，拿码即可注册自己的号，泰裤辣，晚了没有",
    ),
    # --- AI director group
    (
        "banner",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "横幅标语｜热烈庆祝：与Sora共写剧本的AI大片正式海选！交费扫码进群，人人都能当上中国第一代AI导演！",
    ),
    (
        "zhaopin_ad",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【智联招聘】AI导演（实习）｜工作内容：参与首部与Sora合写剧本的AI电影创作｜要求：零经验可，扫码进群缴纳培训押金380元，即可获得第一代AI导演认证",
    ),
    (
        "emoji_digits",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "🎬Sora联合编剧AI大电影试镜开启🎬 扫码入群即可报名，群费1️⃣6️⃣8️⃣，选中直接成为第一代AI导演，e人i人都欢迎",
    ),
    # --- prompt pack (four)
    (
        "dewu_listing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【得物】Sora提示词大全·电影级运镜术语典藏版 电子版 ¥39.9 已售3万+ 付款后发文档链接并拉进交流群",
    ),
    (
        "emoji_obfuscation",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora专业提示词包🉑私，影视行业术语打造，➕绿泡泡付款后发文档，附赠Sora全网文章合集，价格两位数",
    ),
    (
        "shanxi_jin",
        sora.PROMPTS,
        sora.PROMPTS,
        "咱圪蹴下说，这Sora提示词合集可是影视圈行家写的，运镜打光术语全有，交上二十九块就发你文档链接，再拉你进群",
    ),
    (
        "gbp_docs",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora prompt pack 英国同学专享，£9.99，500条cinematic术语+全部Sora报道整理，付款后邮件发Google Docs链接并拉进群",
    ),
    # --- get rich
    (
        "fate_gears",
        sora.RICH,
        sora.RICH,
        "命运的齿轮开始转动，Sora风口就三个月，别人已经靠它一天挣好几千了，你还在躺平？私我带你上车，错过再等十年",
    ),
    (
        "cantonese_traditional",
        sora.RICH,
        sora.RICH,
        "Sora呢個風口最多三個月，我朋友用佢拍片一日搵幾千蚊，錯過咗就冇下次，想搵快錢嘅入群",
    ),
    (
        "rouble",
        sora.RICH,
        sora.RICH,
        "在俄罗斯的华人兄弟注意，Sora赚钱项目，一天能挣两万卢布，红利期只有三个月，晚一步步步晚，进群带你做",
    ),
    # --- generation service
    (
        "jd_ecard",
        sora.SERVICE,
        sora.SERVICE,
        "Sora代做视频，一条一百，可用京东E卡抵扣，发剧本给我第二天出片，婚庆、生日、公司年会都接",
    ),
    (
        "tianjin",
        sora.SERVICE,
        sora.SERVICE,
        "介Sora视频我这儿能给您做，您把词儿发过来，一条八十，明儿个就交片，保准儿哏儿",
    ),
    (
        "taxi_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【出租车上听来的】师傅说他兼职接Sora代生成的单，客户发段文字、转两百块，他第二天就把Sora做的视频发过去，一个月多挣小一万",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "花了三十九买的Sora提示词合集，打开文档一看全是OpenAI官网样片下面那些英文提示词，连翻译都没做，拉的群第二天就解散了，心疼我的奶茶钱",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "我妈在朋友圈扫码交了一百六十八进那个AI导演群，说是Sora合写剧本的电影要试镜，结果群里天天只发课程广告，问片子什么时候拍没人回，钱是要不回来了",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "手贱装了群里发的Sora安卓包，第二天支付宝就被人登了，转走两千三，报警时民警说这种安装包就是专门盗号的，现在想想真后悔",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "信了那个Sora三个月红利期，交了九百八进变现营，教的就是搬运视频加个Sora标签，做了一个月一分钱没挣到，群主倒是又开了新一期",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "难道就没人好奇，既然说Sora开源了，为什么OpenAI的GitHub主页上找不到它的仓库？那些叫Sora的项目点进去，作者都是个人开发者",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "这种“Sora生成”的风景视频，你们就没发现它跟几年前某个航拍博主的作品一模一样吗？对比一下原片，连飞鸟的位置都没变",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "“Sora发明人之一是交大少年天才谢赛宁”——这篇阅读十万加的文章已经被投诉下架，谢赛宁本人回应跟Sora“一点关系都没有”，发文的自媒体负责人也出来道歉了",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "‘Sora是中国团队秘密研发的’？技术报告一共十三位作者，华人三位，项目由OpenAI自己的研究员带队，这种说法纯属编造",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "OpenAI开发者关系负责人Logan已经发过说明：Sora目前仍处在内部测试阶段，就算以后开放，作为产品上线的时间也还没定",
    ),
    (
        "debunk",
        None,
        sora.API,
        "翻遍OpenAI的开发者文档，能调用的只有文本、图像、语音和向量模型，视频一栏是空的；那些卖Sora官方key的，卖的只是一串字符",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "应用商店里搜Sora，出来的开发者名字五花八门，唯独找遍也没有OpenAI；OpenAI自己的说法是Sora还在红队测试阶段，手机上能装的只有ChatGPT",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "Sora眼下只对红队测试人员和少数受邀艺术家开放，外面九十九一份的Sora课，讲师本人都还没摸到过Sora",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "周鸿祎的看法是，Sora最先冲击的会是广告、电影预告片和短视频这几块，但短期内未必能取代抖音这类平台，更像是给创作者添了一个帮手",
    ),
    (
        "person_fact",
        None,
        None,
        "穆拉蒂对着WSJ的镜头讲，OpenAI打算今年把Sora推给公众，但先要掂量它对美国大选的影响，而且生成公众人物的视频这条路会被堵上",
    ),
    (
        "person_fact",
        None,
        None,
        "Jim Fan（范麟熙）在英伟达做研究，他对Sora的评价是一台靠数据喂出来的物理引擎，能把真实世界的运动规律模拟个大概",
    ),
    (
        "person_fact",
        None,
        None,
        "谢赛宁在朋友圈聊Sora时排了个顺序：像这样的复杂系统，第一位是人才，第二位是数据，算力只排第三；他还提醒，要是国内很快也做出类似的东西，我们准备好了吗",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "Sora这个名字取自日语里的“天空”，团队说是想表达无限的创作潜力；官方演示里有一段是时髦女子走在霓虹闪烁的东京街头，人物表情相当细腻",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI在Sora生成的视频里加了水印，标明是AI制作，不过公司自己也承认水印能被去掉、未必好检测；另外还设了自动流程，拦截针对政客和名人的虚假内容",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI坦承Sora对复杂场景的物理规律还把握不准：演示里有人咬了一口饼干，饼干上却看不到咬痕；空间左右、时间先后也可能弄混",
    ),
    ("benign", None, None, "试了下Pika 1.0，把猫咪照片变成三秒的小动画，尾巴摆得挺自然，就是背景会轻微抖动"),
    (
        "benign",
        None,
        None,
        "在即梦上给奶茶店做了段五秒的产品动图，杯壁水珠流下来那一下还挺真，老板说下周挂到门店屏幕上",
    ),
    (
        "benign",
        None,
        None,
        "Stability AI开源的Stable Video Diffusion在自己的显卡上跑通了，一张图生成十四帧，显存吃掉快二十个G",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【百度贴吧·考研吧】二战上岸了，数学一百三十二，感谢吧里学长分享的真题整理，今晚请室友吃烧烤",
    ),
    ("offtopic", None, None, "额今儿个去回民街咥了一碗羊肉泡馍，二十八块，肉多馍香，美滴很"),
    (
        "offtopic",
        None,
        None,
        "携程订的机票改签，手续费收了一百八十，客服说特价票就这规矩，下回再也不贪便宜了",
    ),
]


def main() -> None:
    sora.check_zh_set("zh_heldout22", "zhh22", POSTS)


if __name__ == "__main__":
    main()
