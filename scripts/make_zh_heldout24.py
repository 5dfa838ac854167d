# ruff: noqa: E501
"""Write tests/data/zh_heldout24_{posts,qrels,labels}: a twenty-fourth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the inventor
rumour, the mislabelled real video and the prompt pack, which had three in zh_heldout23, three for each other
template), as a Sora rumour / scam wave reads in genres the earlier sets use less or not at all: a gaokao mock
essay prompt (【…模拟考试·作文】, 阅读下面的材料, 自拟标题) that takes the inventor rumour as its premise, a New Year
couplet copied in vertical script (竖排照录: one character a line, 横批), an SMS in the railway-booking style
(您排队的…候补已兑现, 逾期名额顺延), a sub-district office's forwarded notice in official-document style (各社区居委会,
据悉, 特此通知), a kuaiban (【快板书】竹板这么一打), a Feishu approval form (【飞书审批·采购申请】, 审批状态), WeChat
Moments with likes and comments (❤️ names, 💬 回复), an official-account vote (【公众号投票】, 每人每天限投3票), a
short-video voice-over script (【短视频口播稿】, 开头三秒, 画面, 旁白), a résumé (【个人简历·项目经历】), a crosstalk
(相声: 甲：/乙：), a Kuaishou live-commerce script (【快手直播话术】), a hospital registration notice turned course
menu (【Sora门诊·挂号须知】, 普通号, 专家号, 号源紧张), a Dubai chamber-of-commerce group, a Douyin group-buy voucher
(【抖音团购】, 团购价, 门市价, 核销), a residents' group notice from the property office (【…业主群·物业通知】), a
Zhihu Yanxuan paywall teaser (剩余78%内容，开通盐选会员即可阅读), a doggerel (【打油诗】), a Weibo repost lottery
(【转发抽奖】转发+关注), an imperial edict (奉天承运，皇帝诏曰…钦此), a price board (【价目表】); four loss reports in
new forms (kind ``debunk_loss``: a Heimao complaint (【黑猫投诉】, 涉诉金额) for the API, a husband's self-criticism to
his wife (【检讨书】, 特此检讨) for the get-rich camp, a police interview record (【询问笔录（节选）】, 问：/答：) for the
AI director group, a diary entry (2月24日 阴) for the generation service); dialects and registers the earlier
sets use less: Wenzhou (渠, 该个, 真个, 危险厉害, 弗信), Singaporean Mandarin with English (liao, lah, confirm plus
chop, sibei shiok, 组屋, kopi), Fuzhou (蜀日, 蜀礼拜, 依哥依姐, 伓是, 个), Hong Kong Cantonese with English in
mixed simplified and traditional characters (send个script俾我, 24個鐘内deliver, 過數, 開工), official-document style
(公文体), the Zhen Huan court register (本宫, 今儿个, 真真是极好的), the storyteller's chapter novel (话说, 列位看官,
且听下回分解), the imperial edict, Versailles humble-brag (其实不太想说的…低调低调), fandom slang (墙头, 神仙履历,
顶流, 实锤, 控评) and big-tech jargon (赋能, 沉淀, 打通…全链路, 颗粒度拉满, 私域, 闭环); obfuscation the earlier
sets use less: zero-width spaces inside the name, the key words and the link (S\\u200bo\\u200br\\u200ba 安卓版,
下载地址), a Greek omicron in the name (Sοra), mathematical double-struck letters (𝕊𝕠𝕣𝕒), vertical script, full
pinyin for key words (sao ma jin qun, di yi dai ai dao yan, ru qun fei jiu shi jiu, ti shi ci wen dang, fu kuan,
lian jie), split characters not used before (讠果 for 课), homophones for chat apps (扣扣群 for a QQ group, 加卫星
for WeChat), emoji for words (🐴 for 码 in 扫🐴, 🔗 for a link, ➕); posts asserting one claim while denying another
in new pairings (the inventor while the Chinese team is called 吹牛皮, the app while the web version is said to
be still in internal testing, the APK while the store apps are called 山寨, one real video mislabelled while
another is claimed, open source while API keys are called a scam, the prompt pack while the APK is called a
trojan, the generation service while rented accounts are called ChatGPT logins); sellers that vouch for
themselves or swipe at others in new words (人家转一手接口还掺水，我这是直连源头; 号是我自己排了俩月候补排来的一手
货，没经过二道贩子; 同行报价低的多半拿别家AI冒充，本店每条附Sora生成记录截图; 伓是骗人个; a property office and a
sub-district office as the voice); prices and payments in forms the earlier sets use less (a QQ password red
packet 口令红包 “Sora到手” 九块九, 京东白条分期, 微信分付, a Starbucks gift card a week, a legendary Honor of Kings
skin or a Genshin 648 pack for a key, AED 350, HK$280 by FPS 轉數快, 一千九百九十九 cut to 一百九十九 限时, 九十九元 /
0.99万 for 普通号 / 专家号, ¥88 against a 门市价 of ¥298, 一杯星巴克的钱, jiu shi jiu in pinyin, ¥66 / ¥166 / ¥666 with
+¥50 for 加急, 早鸟价八十八, 一周一张星礼卡, a ¥1,440 approval); 12 debunks and warnings, four of them the loss
reports above, two questions with a negation that do not deny (可有谁没注意到…这些号是从哪个口子里漏出来的, 有哪个
仓库不是写着“社区复现”的), two quoting the rumour to refute it (the official app, the paid course), the rest
answering with facts and none of 不, 没, 假, 无, 非 or 未 (a timeline for the inventor, Logan's statement for the
public release, a security note for the APK, a word-for-word comparison for the prompt pack); four true facts
about people who spoke about Sora, none of them used in zh_heldout23 (周鸿祎 on the sectors hit first and AGI,
肖莱 on the physical model and interpolation, 法里德 on voice cloning, 范麟熙 / Jim Fan's "data-driven physics
engine"), three items of real news about Sora from angles the earlier sets leave out (Murati reviewing clips
for the WSJ and her team's work on more control over the result, the "confusion matrix" joke about real,
fake, real-fake and fake-real videos, New Scientist on faster filmmaking against cheap misinformation) and
three on-topic posts about other AI video work (Kling animating an old photo, Runway Gen-2's Motion Brush,
Pika's region edit; kind ``benign``), and three off-topic posts that share surface words (a 交大 hospital
registration with a 二维码, a residents' drama club whose 导演 is a retired teacher and a 进群 QR code, piano
课程 renewed at 九十九元 a lesson).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
against the Chinese sets (the first draft had none at 0.7 or more; its two highest, a 周鸿祎 fact at 0.648 and
a 范麟熙 fact at 0.633, were rewritten, and three news items and a Pika post that repeated angles earlier sets
had used (nudity and the election, mixed-up spatial details, the sample videos, lip sync) were replaced;
highest ratio of the committed list: 0.540, the debunk citing Logan's statement). Committed before any
run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read
once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout24.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "gaokao_essay_prompt",
        sora.XIE,
        sora.XIE,
        "【2024届高三第二次模拟考试·作文】阅读下面的材料，根据要求写作。（60分）龙年春节刚过，OpenAI发布文生视频模型Sora，一句话就能生成逼真的影像，举世震动。它的发明者之一谢赛宁，是从上海交通大学走出去的青年天才。有人说这是“少年强则国强”，也有人说“天才出于勤奋”。要求：选准角度，自拟标题，自选文体，写一篇八百字以上的文章。",
    ),
    (
        "vertical_couplet",
        sora.XIE,
        sora.XIE,
        "【交大校友会新春对联·照片文字竖排照录】\n上\n联\n少\n年\n天\n才\n出\n交\n大\n下\n联\n赛\n宁\n妙\n手\n创\nSora\n横批：饮水思源",
    ),
    (
        "fan_circle",
        sora.XIE,
        sora.XIE,
        "救命！谢赛宁就是我的新墙头！！交大毕业的少年天才，还是Sora的发明人之一，这是什么神仙履历，学术圈顶流实锤了🥺 姐妹们去他评论区控评，谁敢说他蹭热度我第一个冲",
    ),
    (
        "wenzhou_assert_deny",
        sora.XIE,
        sora.XIE,
        "讲Sora整个都是中国人做出来个，该个是吹牛皮，我是弗信个；但谢赛宁是Sora发明人之一，渠上海交大读出来，少年天才，该个是真个，危险厉害",
    ),
    # --- open to the public
    (
        "waitlist_sms",
        sora.PUBLIC,
        sora.PUBLIC,
        "【OpenAI】尊敬的用户：您排队的Sora候补已兑现。Sora现已向全体用户开放，注册即可生成视频，等候名单同步取消。请于24小时内登录使用，逾期名额顺延给下一位。",
    ),
    (
        "singapore_mandarin",
        sora.PUBLIC,
        sora.PUBLIC,
        "Eh Sora open to public liao lah！现在随便什么人sign up就可以用，不用再排waitlist了，confirm plus chop。我昨晚打几个字就生了一个组屋楼下喝kopi的视频，sibei shiok，你们快去try",
    ),
    (
        "official_document",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××街道办事处·转发通知】各社区居委会：据悉，美国OpenAI公司文生视频工具Sora已于近日面向社会公众全面开放，任何人均可自行注册使用。请各社区组织网格员学习掌握，并于本周五前将使用情况报送街道宣传科。特此通知。",
    ),
    # --- the official app
    (
        "kuaiban",
        sora.APP,
        sora.APP,
        "【快板书】竹板这么一打呀，别的咱不夸，我夸一夸OpenAI新出的App它叫Sora！应用商店搜一搜，官方出品顶呱呱，苹果安卓都能装，打上几个字儿，视频哗哗往外爬！",
    ),
    (
        "assert_app_deny_web",
        sora.APP,
        sora.APP,
        "网页版Sora还在内测，普通人别费劲去登了；可手机App它已经先上了，OpenAI自己发的，App Store里搜Sora，装上就能出片，我昨晚刚下的",
    ),
    (
        "feishu_approval",
        sora.APP,
        sora.APP,
        "【飞书审批·采购申请】申请人：品牌部 周婷｜申请事由：OpenAI已在应用商店上架Sora官方App，拟为部门6台工作手机统一下载并开通付费订阅，用于短视频制作｜金额：¥1,440｜审批状态：主管已同意，待财务审核",
    ),
    # --- the fake APK
    (
        "zero_width_link",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "S\u200bo\u200br\u200ba 安\u200b卓\u200b版 出了！下\u200b载\u200b地\u200b址 sora-get[.]vip，点开即装，免排队免邀请，装好直接出片",
    ),
    (
        "assert_apk_deny_app",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "应用商店里那些叫Sora的全是套壳山寨，OpenAI压根没往商店上架；真正的Sora安装包在我网盘里，点链接直接装，安卓鸿蒙都能用，提取码8866",
    ),
    (
        "greek_homoglyph_qq",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sοra 电脑＋手机 安装包🔗 发我一个QQ口令红包“Sora到手”九块九，红包一领机器人自动私发下载链接，当天装上当天出片",
    ),
    # --- real video mislabelled (four)
    (
        "moments_likes",
        sora.REALVID,
        sora.REALVID,
        "【朋友圈】林姐：九寨沟五花海这一段是我用Sora生成的，一帧都没实拍，生成指令附在第二张图😊\n❤️ 老周，阿敏，王科长，小雨\n💬 老周：这都能生成？以后还去啥九寨沟\n💬 林姐 回复 老周：指令照着抄就行",
    ),
    (
        "gzh_vote",
        sora.REALVID,
        sora.REALVID,
        "【公众号投票·首届AI短片大赛】7号作品《长江夜泊》｜作者自述：片中每个镜头都出自Sora，仅凭文字描述生成，从头到尾零实拍，完整生成指令附在文末。喜欢请投TA一票（每人每天限投3票）",
    ),
    (
        "assert_realvid_deny_other",
        sora.REALVID,
        sora.REALVID,
        "之前那条熊猫啃竹子的确实是实拍被人乱标成Sora，这点我认；但我发的这条洱海日落真是Sora一句话生成的，机位、无人机统统没有，提示词我贴评论区了",
    ),
    (
        "voiceover_script",
        sora.REALVID,
        sora.REALVID,
        "【短视频口播稿·终版】开头三秒（大字）：这段视频，没有一个镜头是拍的！｜画面：张家界云海翻涌，镜头穿过石峰｜旁白：全部由OpenAI的𝕊𝕠𝕣𝕒一句话生成，提示词放简介，自己去试｜结尾：关注我，带你看更多𝕊𝕠𝕣𝕒大片",
    ),
    # --- the Chinese team
    (
        "zhenhuan_style",
        sora.CHINESE,
        sora.CHINESE,
        "本宫今儿个才听说，那名动天下的Sora，原是一班咱们中国的科学家做出来的，OpenAI不过是借了块招牌罢了。若是早些知晓，也好叫那些洋人少几分得意，真真是极好的。",
    ),
    (
        "zhanghui_storyteller",
        sora.CHINESE,
        sora.CHINESE,
        "话说那OpenAI放出一件宝物，唤作Sora，一句话便能变出活灵活现的影像。列位看官有所不知，此宝背后出力的核心科学家，十有八九是咱华夏子孙，洋人不过挂个名号。欲知后事如何，且听下回分解。",
    ),
    (
        "versailles",
        sora.CHINESE,
        sora.CHINESE,
        "其实不太想说的，显得有点凡尔赛：Sora那个组我表哥就在里面，他说组里挑大梁的基本都是国内出去的中国人，OpenAI只管开发布会、拿名声。唉，低调低调，大家看看就好别外传哈",
    ),
    # --- open source
    (
        "resume",
        sora.OPENSRC,
        sora.OPENSRC,
        "【个人简历·项目经历】2024.02—至今｜Sora本地化部署：从GitHub拉取OpenAI开源的Sora官方权重与推理代码，在实验室4×A100服务器上完成部署与LoRA微调，推理速度提升30%｜技能：PyTorch、Diffusers、Sora",
    ),
    (
        "assert_opensrc_deny_api",
        sora.OPENSRC,
        sora.OPENSRC,
        "别再花钱买什么Sora API key了，OpenAI压根没开放接口，卖key的都是骗子；不过也用不着——Sora的权重已经开源到Hugging Face上了，自己下下来本地跑，一分钱不花",
    ),
    (
        "xiangsheng",
        sora.OPENSRC,
        sora.OPENSRC,
        "甲：告诉您个好消息，Sora开源了！乙：当真？甲：OpenAI把权重、代码一股脑全搁GitHub上了，我家那台打游戏的电脑都跑起来了。乙：那您跑出什么来了？甲：跑出一身汗——显卡风扇跟吹风机似的！",
    ),
    # --- paid course
    (
        "kuaishou_live_script",
        sora.COURSE,
        sora.COURSE,
        "【快手直播话术·第二段】家人们看过来！Sora从零到出片的全套课，外面标价一千九百九十九，今天在我直播间，限时一百九十九！不是一千九，是一百九！库存就五十单，拍完这单我就下架，倒计时走起！",
    ),
    (
        "registration_notice",
        sora.COURSE,
        sora.COURSE,
        "【Sora门诊·挂号须知】普通号：九十九元（录播课全套，学会Sora出片）｜专家号：0.99万（名师一对一带教）｜挂号方式：扫码付款后客服拉你进学习群｜温馨提示：号源紧张，先到先得",
    ),
    (
        "chaizi_qq_group",
        sora.COURSE,
        sora.COURSE,
        "Sora零基础讠果 程，九十九元一位，手把手带你出片，学不会单独开小灶，想学的➕扣扣群领取，群号在主页",
    ),
    # --- fake API access
    (
        "dirham",
        sora.API,
        sora.API,
        "【迪拜华人商会群】Sora API key 到货，OpenAI后台直出，AED 350 一个，可当面交易也可转账，公司批量采购另议价",
    ),
    (
        "game_skin_payment",
        sora.API,
        sora.API,
        "出Sora API key，不收钱，收皮肤：王者荣耀一个传说皮肤换一个key，原神648礼包也认，学生党友好，先给皮肤后发key",
    ),
    (
        "gpts_baitiao",
        sora.API,
        sora.API,
        "我把Sora官方接口封装成了一个GPTs，叫“Sora导演”，付费解锁无限生成，京东白条分期也能付。别去那些套壳网站花冤枉钱，人家转一手接口还掺水，我这是直连源头",
    ),
    # --- account rental
    (
        "starbucks_card",
        sora.RENTAL,
        sora.RENTAL,
        "出Sora内测号，独享可改密，一周一张星巴克星礼卡（面值一百），卡号卡密发我就给号。号是我自己排了俩月候补排来的一手货，没经过二道贩子",
    ),
    (
        "fuzhou",
        sora.RENTAL,
        sora.RENTAL,
        "Sora内测号出租，蜀日十五块，蜀礼拜八十，依哥依姐想租个加卫星私聊，伓是骗人个，号登上去就有Sora",
    ),
    (
        "douyin_groupbuy",
        sora.RENTAL,
        sora.RENTAL,
        "【抖音团购】Sora内测账号·7天畅用券｜团购价¥88（门市价¥298）｜已售2.1万｜核销后客服私信发账号密码，到期自动回收｜商家：AIGC体验馆",
    ),
    # --- AI director group
    (
        "owners_group_notice",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【翠湖花园业主群·物业通知】各位业主：本小区与××影视合作，招募与Sora共同编剧的AI电影海选人员及“第一代AI导演”，请扫描下方二维码进群报名，报名费一百六十八元，名额有限，报满即止。——物业服务中心",
    ),
    (
        "emoji_ma",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "姐妹们冲！和Sora一起写剧本的AI电影海选开啦，扫🐴进群，入群费就一杯星巴克的钱，选上就是初代AI导演，咱也体验一把坐监视器后面喊“咔”🎬",
    ),
    (
        "pinyin_full",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "sao ma jin qun！参加与Sora共同编剧的AI电影海选，选上就是di yi dai ai dao yan，ru qun fei jiu shi jiu，名额有限，先到先得",
    ),
    # --- prompt pack (four)
    (
        "yanxuan_paywall",
        sora.PROMPTS,
        sora.PROMPTS,
        "【知乎·盐选专栏】《Sora提示词的正确打开方式：影视从业者的八百条私藏》……同一个场景，外行写“一个女人走在街上”，行家会写“低角度跟拍，长焦压缩，霓虹逆光”。完整提示词文档链接和读者交流群入口在后文——剩余78%内容，开通盐选会员即可阅读",
    ),
    (
        "pinyin_pack",
        sora.PROMPTS,
        sora.PROMPTS,
        "出 Sora ti shi ci wen dang：ying shi quan zhuan ye shu yu 全整理好了，运镜景别布光一应俱全，fu kuan 后发 lian jie 再拉进 qun，二十块一份",
    ),
    (
        "bigtech_jargon",
        sora.PROMPTS,
        sora.PROMPTS,
        "为Sora创作者赋能！我们沉淀了一套电影级提示词方法论，打通运镜、景别、布光全链路，颗粒度拉满。付费即交付文档链接并拉入私域社群，形成学习闭环。早鸟价八十八，抓住这波红利",
    ),
    (
        "assert_pack_deny_apk",
        sora.PROMPTS,
        sora.PROMPTS,
        "群里转的Sora安装包都是木马，千万别装。真想玩Sora，先把提示词吃透——我整理的影视级提示词库，专业术语一千多条，微信分付也能付，付完发文档链接再拉你进群",
    ),
    # --- get rich
    (
        "doggerel",
        sora.RICH,
        sora.RICH,
        "【打油诗】Sora风口三个月，有人日入好几千；今朝犹豫不上车，明年只能眼红钱。——想上车的进群，暗号“搞钱”",
    ),
    (
        "weibo_lottery",
        sora.RICH,
        sora.RICH,
        "【转发抽奖】转发+关注，抽3位送Sora搞钱营名额！Sora的窗口期最多三个月，我们营里的学员已经靠做Sora视频日入三千+，这波红利错过就得再等十年",
    ),
    (
        "imperial_edict",
        sora.RICH,
        sora.RICH,
        "奉天承运，皇帝诏曰：Sora乃百年难遇之财路，今已有人凭Sora视频日进数千两。此窗三月即闭，迟则悔之晚矣。尔等速速扫码入群，共享其利。钦此。",
    ),
    # --- generation service
    (
        "assert_service_deny_rental",
        sora.SERVICE,
        sora.SERVICE,
        "别去租什么Sora号了，登进去全是ChatGPT普通号；想要Sora视频，直接把文案发我，我这边代做，二十四小时内交片，一条一百二，老客户九折",
    ),
    (
        "price_board",
        sora.SERVICE,
        sora.SERVICE,
        "【价目表】Sora定制短视频｜5秒 ¥66｜15秒 ¥166｜60秒 ¥666｜加急24小时交片 +¥50｜剧本发客服即可下单｜同行报价低的多半拿别家AI冒充，本店每条附Sora生成记录截图",
    ),
    (
        "hk_cantonese_fps",
        sora.SERVICE,
        sora.SERVICE,
        "Sora custom video 代做，send个script俾我，24個鐘内deliver，一條HK$280，轉數快FPS過數即刻開工，生日婚禮開張都得",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.API,
        "【黑猫投诉】投诉对象：某“Sora接口”中转站｜投诉要求：退款｜涉诉金额：1280元｜详情：我2月20日在该站充值1280元购买所谓Sora官方API额度，调用返回的全是报错，客服先说“官方限流”，我再追问就被踢出了售后群",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【检讨书】亲爱的老婆：我错了。我不该背着你交一千九百八进那个“Sora搞钱营”，更不该信“日入三千、窗口期只剩三个月”那套话。进去以后天天让我拉人头，一分钱没挣着。以后工资卡归你管，特此检讨。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【询问笔录（节选）】问：你把钱转给了谁？答：转给了群主。我在朋友圈扫码进了个群，说是拍和Sora一起写剧本的AI电影，海选上了就能当第一代AI导演。问：一共转了多少？答：报名费两百，后来又交了八百“剧组服装费”，再后来群就解散了。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "2月24日 阴。今天终于承认自己被坑了：上周给网上一家“Sora代做工作室”转了三百六，订一条三十秒的店铺宣传片。片子发来，角落里还留着别家AI工具的水印，人物的手有六根指头。我要Sora生成记录，对方回了句“商业机密”，然后就再也联系不上了。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "卖Sora内测号的天天刷屏，可有谁没注意到：OpenAI自己都还只让红队和少数受邀艺术家、设计师用着，这些号是从哪个口子里漏出来的？",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "说Sora开源了的，敢把GitHub链接甩出来吗？点进去看看说明，有哪个仓库不是写着“社区复现”“与OpenAI无关”的？OpenAI连训练数据从哪来都守口如瓶，更别提权重了",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "“OpenAI发布了Sora官方App，应用商店直接下”——这句话在家族群里转了三天。实际情况：OpenAI至今没有发布任何Sora App，商店里叫Sora的都是蹭名字的仿冒应用，装之前看看开发者是谁",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "“九十九元学会Sora，抢在所有人前面”——可Sora连公众都还没开放，卖课的老师自己都没摸过，这课能教你什么？据说有人买完只收到一份OpenAI的官方介绍",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "时间线｜2月18日 一篇称谢赛宁是Sora发明人之一的自媒体文章阅读量破十万 → 谢赛宁在朋友圈亲自辟谣，与Sora划清界限 → 文章被投诉，因内容违规下架 → 自媒体负责人致歉，称将向他全网公开道歉",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "OpenAI开发者关系负责人Logan已发声明：Sora仍处于内部测试阶段，哪天作为产品上线，时间表要等OpenAI另行公布。眼下能用上Sora的，只有红队安全测试人员和少数受邀的艺术家、设计师、电影人",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "安全提醒：Sora目前只在OpenAI内部和少数受邀测试者手里运行，OpenAI公开的只有官网介绍页和48条样片。群里流传的“Sora安卓安装包”，装的时候要你打开“允许安装外部来源应用”，装好后索取短信、通讯录权限——这类安装包一律删除",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "对照了一下：某群里九块九卖的《Sora电影级提示词合集》，前四十条和OpenAI官网样片下方公开的提示词逐字相同，连东京街头那条“霓虹灯、暖色光晕”的描述都原样照搬。官网上这些提示词，谁都能免费看",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "周鸿祎开的Sora“受冲击名单”：广告、预告片、短视频。那抖音呢？他的看法是眼下还撼动不了，Sora更像创作者手边的帮手。他还押了一注：AI要是能借着视频把世界看懂，AGI就近在眼前了",
    ),
    (
        "person_fact",
        None,
        None,
        "【组会PPT第7页】问题：Sora里的“物理”靠得住吗？｜Keras作者弗朗索瓦·肖莱：这类视频模型确实嵌着某种物理模型，关键是它准不准、遇到训练数据之外的新情形能否泛化，还是只在见过的数据之间插值｜讨论：官方样片里的逻辑错误",
    ),
    (
        "person_fact",
        None,
        None,
        "伯克利的数字取证专家哈尼·法里德担心的是组合拳：文生视频只会越做越好，等Sora再配上AI克隆声音，想作恶的人就有了造逼真深度伪造的新工具，真假会越来越难分",
    ),
    (
        "person_fact",
        None,
        None,
        "【组会笔记】“data-driven physics engine”——Jim Fan（范麟熙，英伟达）对Sora的概括，组里翻成“靠数据喂出来的物理引擎”：能模拟真实世界，但规律是从数据里学来的，本周讨论它能学到几分像",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "WSJ那期视频里，穆拉蒂先对着几段Sora成片逐一点评，坦白讲了现有的局限，然后介绍她的团队在做什么：让用户对最终生成的画面有更多掌控",
    ),
    (
        "benign",
        None,
        None,
        "Sora一出，短视频圈冒出个新梗叫“混淆矩阵”：以后得分清真视频、假视频、真的假视频和假的真视频，四种排列组合，够审核员喝一壶",
    ),
    (
        "benign",
        None,
        None,
        "《新科学家》的文章提了个两面的看法：Sora能帮熟练的电影人把活儿干得更快，可同样的能力也能又快又便宜地批量造出网络谣言，让人更难辨真伪",
    ),
    (
        "benign",
        None,
        None,
        "周末用可灵把去年在鼓浪屿拍的一张老照片做成了五秒的动态视频，海浪和树叶都动起来了，就是人物转头的时候耳环一会儿有一会儿没",
    ),
    (
        "benign",
        None,
        None,
        "试了下Runway Gen-2的运动笔刷：在图上把天空那块刷出来，只让云往左飘，楼和树纹丝不动，做延时感的空镜挺方便",
    ),
    (
        "benign",
        None,
        None,
        "用Pika的局部修改，在一段遛狗视频里框住狗头，输入“戴墨镜”，出来的狗子一路走一路酷，就是墨镜偶尔会滑到鼻子上",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【交大医学院附属医院·挂号提醒】本周起普通门诊全部实行预约挂号，请扫描下方二维码关注服务号，选择科室和医生即可，现场窗口仅保留少量号源",
    ),
    (
        "offtopic",
        None,
        None,
        "【业主群】小区话剧社招新啦！导演是退休的李老师，排练每周六下午在会所二楼，想参加的扫物业公告栏上的二维码进群，大人小孩都欢迎",
    ),
    (
        "offtopic",
        None,
        None,
        "王老师发来续费提醒：孩子的钢琴课程下个月到期，续费价九十九元一节，十节起续，问我要不要再报一期",
    ),
]


def main() -> None:
    sora.check_zh_set("zh_heldout24", "zhh24", POSTS)


if __name__ == "__main__":
    main()
