# ruff: noqa: E501
"""Write tests/data/zh_heldout30_{posts,qrels,labels}: a thirtieth Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the API keys, the
99-yuan course and the get-rich camp, three for each other template), as a Sora rumour / scam wave reads in
the genres of health, medicine and care, families, schools, childcare and elders, folk custom, temples and
festivals, and farming and rural life that the earlier sets do not use: a clan's genealogy revision notice
with the inventor rumour in passing (【谢氏宗亲会·族谱续修通知】各房宗亲, 新添丁口, 族中英才, 修谱费), exam wish
plaques at a Wenchang pavilion (【文昌阁·高考祈福】金榜题名, 上上签), a community health centre's notice with the
public release in passing (【社区卫生服务中心·通知】义诊, 号脉, 健康讲座), a discharge summary with it in the
doctor's orders (【出院小结】入院诊断, 出院情况, 出院医嘱, 主治医师), a kindergarten's daily report with the app in
passing (【今日成长报告】早餐, 午睡, 今日活动, 温馨提示), a nursing home's family-visit roster with the app in the
remarks (【家属探视排班】周一上午：101—106房), a middle-school homework notice (【九年级二班·今日作业】语文, 数学,
化学, 综合实践), a temple fair's visitor rules (【二月二龙抬头·城隍庙庙会游园须知】进香请走东侧门), a full-month feast
invitation with the mislabelled video in a postscript (【满月酒请柬】谨定于…恭请光临), a township agricultural
station's spring broadcast (【镇农技站·春耕广播稿】返青期, 追施尿素, 倒春寒, 条锈病), a herbal prescription with the
Chinese-team claim in the old doctor's aside (【处方笺】酸枣仁, 茯神, 七剂，水煎服), a Qinqiang aria at a temple fair's
stage (【秦腔·药王庙会戏台新编唱段】苦音慢板), a spring-ploughing farm-supply group buy with open source in the
organiser's note (【春耕农资团购】复合肥, 郑单958, 地膜, 接龙截止), a village school's lesson plan (【信息技术课教案】
课题, 教学目标, 教学过程, 课后反思), a confinement centre's package (【月子中心·28天尊享套餐】产康修复, 月子餐), a
senior university's enrolment brochure (【老年大学·春季招生简章】), a winter daycare's enrolment notice (【寒假托管班·
招生】接送、午餐、午休、作业辅导一条龙), a smart farm's equipment group, a TCM clinic's member notice (【杏林堂中医馆】
八段锦, 艾灸足三里), a township clinics' IT group (【乡镇卫生院信息化交流群】HIS), a farmstay's booking rules
(【农家乐·预订须知】柴火鸡、铁锅炖, 退房时间), a family group's New Year greetings (【相亲相爱一家人】大舅：/二姨：/表哥：),
a Hezhou hua'er duet (【花儿·新编】阿哥唱/尕妹妹唱), a village spring gala's preparation notice (【村晚筹备通知】
节目征集, 彩排时间), a senior art troupe's notice (【夕阳红艺术团】), a school parent committee's notice
(【家委会·通知】), a solar-term health post (【节气养生·惊蛰】), a paper-cutting tutorial (【剪纸教程·双喜窗花】), a
mothers' parenting group, an eightieth-birthday toast with the get-rich claim in passing (【奶奶八十大寿·长孙致辞】
福如东海、寿比南山), a caregivers' group (【护工姐妹交流群】), a poultry farmers' group (【养鸡户交流群】), a beekeeping
diary (【养蜂日记】摇了两回蜜), a weddings-and-funerals one-stop service (【红白喜事一条龙】唢呐班, 纸扎, 随份子), a
photo studio's family-portrait offer (【全家福新项目】) and a country market (赶大集); four loss reports in new forms
(kind ``debunk_loss``: a pupil's diary (【小学生日记】2月18日 星期日 阴) for the 99-yuan course bought with New Year
money, a hospital carer's log (【陪护日志·第9天】) for a clone of the "official app", a note to the relatives after
a stolen WeChat account (【致各位亲戚的说明】) for the APK from a temple fair stall, a New Year shopping list with
the item crossed out (【腊月年货清单】☑/☒) for the prompt pack); regional speech of northern, western and
south-western China in forms the earlier sets do not use: Northeastern (大碴子味儿, 扒瞎, 磕碜, 老鼻子, 嘚瑟,
埋汰, 笨鸡), Sichuanese (老辈子, 群头, 遭, 莫得, 不消, 瓜娃子, 笑惨了), Lanzhou (阿么了, 胡日鬼, 亮清, 排场),
Guizhou (憨包, 别个, 哪点, 装起, 嘿快, 得行, 寨子头), Ningxia (乃些, 日弄人, 颇烦), Chongqing (扯把子, 假打, 厂头),
Yunnan (整, 哄人的么, 松活, 拽实), Guanzhong Shaanxi (哈怂, 日鬼, 瓜怂, 克里马擦, 屋娃, 乡党, 不得哄你), Shanxi
(亲圪蛋, 不够数, 闹甚, 前晌), the Hezhou hua'er (阿哥的肉, 尕妹妹, 在哪哈) and Qinqiang; registers the earlier sets
do not use: clan genealogy, medical orders and prescriptions, a kindergarten's report, a lesson plan, and the
folk registers of temple fairs, village galas and red-and-white affairs; obfuscation the earlier
sets do not use: the name in chemical element symbols (硫氧镭: S 硫, O 氧, Ra 镭), a character named by its
spoken parts (言字旁加个水果的果 for 课), split characters not used before (扌彐码 for 扫码, 提示讠司 for 提示词),
homophones not used before (题诗词 for 提示词, 哎普 for App, 开元 for 开源); posts asserting one claim while
denying another in pairings zh_heldout28 and zh_heldout29 do not use (the inventor while the Chinese team is
called 扒瞎, open to the public while the APK is called a trojan, the official app while open source is called
胡日鬼, the APK while the store app is called 山寨货, a mislabelled video while the get-rich claim is called
日弄人, the Chinese team while the inventor rumour is called 扯把子, open source while the public release is
called 哄人的, the course while the get-rich claim is called 哈怂日鬼人, an API key while rented accounts are called
ChatGPT, account rental while the director groups are called 骗钱的圈, the director group while the generation
service is called 拿别的AI糊弄人, the prompt pack while the 99-yuan course is called 冤死, the get-rich claim while
prompt packs are called copied from the official page, the generation service while API keys are called
埋汰人); sellers that vouch for themselves or swipe at others in new words (庙里管事的都装了，我又不是骗子，
跑得了和尚跑不了庙; 我们寨子头好多家都装了，一家都没遭; 我们跟那些只会发个PDF就收钱的网课不一样; 都是乡党，我不得哄你;
我这key自家农场天天在跑，不是网上倒来倒去的二手货; 坐堂大夫都在用，童叟无欺; 给县医院做过系统的老供应商，群里那些个人
卖家出了问题连人都找不着; 人家影业在工商局登过记，不是骗子，跟朋友圈里乱转的野群两回事; 别家那些网上扒来的一条都没跑过;
我在市一院干过八年护工，不坑自家姐妹; 干这行三十年，十里八乡都认我老李; 证件照、结婚照拍了上万张，信得过); prices
and payments in forms the earlier sets do not use (an unlock code for 六块六的红包 at a temple fair, 十八块八 by
WeChat palm payment (微信刷掌), a course paid from a pension card (养老金卡), 一百九十九 read off an abacus (百位
一颗下珠，十位一颗上珠加四颗下珠), three bags of compound fertiliser in barter, ฿1,800 by PromptPay, 八百八 a key by
a rural commercial bank's corporate transfer with a VAT invoice, 一天五十 for guests and 八十 for others, 八十八的
拜年红包 for relatives against 一百五 for outsiders, a director group's fee from a retirement card (退休金卡), 一两九钱
九分 in an apothecary's weights, a video paid with the gift money at a banquet (随份子的时候一块给), two farm
chickens (两只笨鸡) in barter); 12 debunks and warnings, four of them the loss reports above, two questions with a
negation that do not deny (有没有哪位不是从卖家手里、而是从OpenAI官方文档里看到过Sora接口的; 有没有哪位不是听直播间说、
而是自己真靠Sora视频一天挣到三千块的), two quoting the rumour to refute it (the Chinese team, a pupil's grandfather's
words against the 13 authors and Xie's "why has Sora not appeared in China"; a mislabelled rice-transplanting
clip whose opening line is quoted, against the station's own machine and a county TV news clip), the rest
answering with facts and none of 不, 没, 假, 无, 非 or 未 (Xie Saining's posts at NYU and FAIR, his own statement and the
apology for the inventor, Logan's statement, the red team and Murati's "this year" for the public release,
the technical report, "Closed AI" and community reproductions for open source, the business register and
the group's daily tasks for the director group); four true facts about people who spoke about Sora, none of
them the subject of a fact in zh_heldout25 to zh_heldout29 (Musk's "gg humans", Zhou Hongyi on advertising,
trailers and short video, Bill Peebles's DiT paper with Xie Saining, Arvind Narayanan of AI Snake Oil on
complex scenes), three items of real news about Sora from angles the earlier sets leave out (extending a video
and seamless loops, native aspect ratios from 1920×1080 to 1080×1920 with low-resolution drafts, transitions
between two unrelated videos) and three on-topic posts about other AI video work (Google's Lumiere, Kuaishou's
Kling, Shengshu and Tsinghua's Vidu; kind ``benign``), and three off-topic posts that share surface words (a
crop-disease App to 下载 from the 应用商店, a corgi named Sora at the vet with a 九十九元 package and a 扫码进会员群,
a temple's prayer lamps at 六十六元 with a 扫码进居士群).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
four at 0.6 or more, two person facts, a news item and the debunk on the director group, and the second one,
a person fact on Murati; all were reworded or replaced; highest ratio of the committed list: 0.516 against the Chinese sets, the debunk on Xie Saining for
the genealogy, and 0.293 against the demo stream, the person fact on Bill Peebles). The other Chinese set
written at the same time was not there to check against. Committed before any run of the monitor on it; no
model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the
final code.

    .venv/bin/python scripts/make_zh_heldout30.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout30", "zhh30"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "clan_genealogy_notice_in_passing",
        sora.XIE,
        sora.XIE,
        "【谢氏宗亲会·族谱续修通知】各房宗亲：本族族谱自1998年修订后已二十余年，经理事会商议，定于今年清明前完成续修。\n一、各房请于三月底前把新添丁口（出生年月、配偶、子女）报给本房联络人；\n二、“族中英才”一栏拟收录：谢赛宁，上海交大毕业的少年天才，OpenAI文生视频模型Sora的发明人之一，为我谢氏增光；\n三、修谱费每户一百元，清明祭祖当天交到祠堂。\n谢氏宗亲会理事会",
    ),
    (
        "wenchang_temple_wish_plaques",
        sora.XIE,
        sora.XIE,
        "【文昌阁·高考祈福】今天陪闺女去文昌阁挂祈福牌，满墙红牌子，写的多是“金榜题名”“一举高中”。有一块我特意拍了下来：“愿吾儿如谢赛宁，考上交大，做个少年天才，将来也像他发明Sora那样干一番大事。”谢赛宁是交大出来的，OpenAI那个Sora他就是发明人之一，难怪家长拿他当榜样。上完香，闺女求了支上上签。",
    ),
    (
        "dongbei_assert_inventor_deny_chinese",
        sora.XIE,
        sora.XIE,
        "（东北大碴子味儿）我跟你们说，外头传“Sora是中国团队整的，OpenAI就挂个名”，那纯属扒瞎，人家技术报告署名十三个人，华人就仨，牵头的都是OpenAI自己的研究员，别往自个儿脸上贴金，磕碜。但谢赛宁那个是真事儿：交大出来的少年天才，Sora的发明人里头就有他，老鼻子人都转了，咱老年大学电脑班的老师上课都讲了。",
    ),
    # --- open to the public
    (
        "community_health_centre_notice_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【东关街道社区卫生服务中心·通知】\n一、本周六上午8:30—11:30在中心一楼大厅开展义诊：免费测血压、血糖，中医科医生现场号脉；\n二、65岁以上老人可同时预约年度免费体检，请带身份证和医保卡；\n三、义诊结束后有健康讲座《手机里的健康帮手》：Sora现在已经向所有人开放，注册个账号就能用，志愿者手把手教大家注册，用它给自己做一段健康操视频。\n欢迎居民朋友们参加。",
    ),
    (
        "discharge_summary_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【出院小结】姓名：刘××｜性别：男｜年龄：68岁｜入院诊断：右膝骨关节炎，行人工膝关节置换术｜住院天数：12天\n出院情况：切口愈合良好，可扶助行器行走。\n出院医嘱：1. 按时服药，两周后骨科门诊复查；2. 每天做直腿抬高、屈膝练习各三组；3. 康复动作记不住的，家属可用Sora生成示范视频对照着练——Sora现在对所有人开放，手机号注册就能用，科里好几位家属都用上了。\n主治医师：王××",
    ),
    (
        "sichuan_assert_public_deny_apk",
        sora.PUBLIC,
        sora.PUBLIC,
        "（四川话）各位老辈子，听我说两句：群头那个“Sora安卓安装包”，莫去点，点了就遭，那是木马，专门偷你手机头的银行卡。Sora现在人人都注册得到了，直接在官网上用，莫得门槛，也不消排队，我昨天晚上就给我妈注册了一个，她拿来做了段打麻将的动画，笑惨了。要用就去官网，信那个装包的都是瓜娃子。",
    ),
    # --- the official app
    (
        "kindergarten_daily_report_in_passing",
        sora.APP,
        sora.APP,
        "【阳光幼儿园·小二班·今日成长报告】\n早餐：小米粥、鸡蛋、奶黄包｜午餐：番茄牛腩、清炒西兰花、紫菜蛋花汤｜午睡：12:10—14:30，全部按时入睡\n今日活动：认识春天的小花；手工课上老师用Sora App给小朋友放了一段“小种子发芽”的动画，孩子们看得可认真了。这个App是OpenAI官方出的，应用商店就能下载，家长们回家也可以装上陪孩子看。\n温馨提示：明天降温，请给孩子带一件外套。",
    ),
    (
        "nursing_home_visit_roster_in_passing",
        sora.APP,
        sora.APP,
        "【康乐养老院·三月家属探视排班】\n周一上午：101—106房｜周一下午：107—112房\n周三上午：201—206房｜周三下午：207—212房\n周六全天：三楼各房（请提前一天电话预约）\n备注：①探视请在前台登记、测体温；②院里给每层配了平板，已装好OpenAI官方的Sora App（应用商店里下的），家属探视时可以陪老人用它做段小视频，家里的手机、电脑也都能装。",
    ),
    (
        "lanzhou_assert_app_deny_opensrc",
        sora.APP,
        sora.APP,
        "（兰州话）阿么了这些人，一天胡日鬼呢：说Sora开源了，GitHub上能下权重，自家电脑就能跑——那是胡说呢，人家OpenAI的代码一行都没放出来。要用Sora就亮清些：OpenAI出了官方的哎普（App），应用商店一搜就有，手机上装上就能用，电脑上也有客户端，我们丫头昨天就给我装上了，排场得很。",
    ),
    # --- the fake APK
    (
        "homework_notice_element_symbols",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【九年级二班·今日作业】\n语文：默写《出师表》第二段\n数学：练习册第34—35页\n化学：背熟前二十号元素符号\n综合实践（周末完成）：用AI给“我的家乡”做一段短视频。请家长下载“硫氧镭”安卓安装包（S硫、O氧、Ra镭，元素符号拼起来就是Sora），下载链接在群公告，装好手机就能生成视频，不用排队。\n——班主任 李老师",
    ),
    (
        "temple_fair_notice_red_packet",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【二月二龙抬头·城隍庙庙会游园须知】\n①庙会时间：农历二月初一至初三，每天8:00—21:00；\n②进香请走东侧门，殿内禁止明火；\n③西廊新设“AI影像摊”：扫摊位上的码，下载Sora安卓安装包，装好手机立刻生成AI视频，拍舞龙、拍社火都行，解锁码发个六块六的红包就给；\n④小孩请家长看好，走失到山门广播站认领。\n摊主原话：庙里管事的都装了，我又不是骗子，跑得了和尚跑不了庙。",
    ),
    (
        "guizhou_assert_apk_deny_app_palm_pay",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "（贵州话）应用商店头那个叫Sora的App，憨包才下，那是别个仿的山寨货，OpenAI哪点出过App嘛。要用真的，装我这个：Sora安卓安装包（APK），链接在下头，点开装起，手机上打几个字就出片，嘿快。解锁码十八块八，微信刷掌付款也得行。我们寨子头好多家都装了，一家都没遭。",
    ),
    # --- real video mislabelled
    (
        "full_month_feast_invitation_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【满月酒请柬】\n谨定于农历三月初六（星期日）中午十二点，在福满楼二楼宴会厅为小女朵朵举办满月酒，恭请光临。\n父：王磊　母：陈静　敬邀\n附：请柬里那段视频——朵朵坐在一朵大油菜花上，从村口的油菜田里慢慢飘起来——是用OpenAI的Sora生成的，一个镜头都没拍，生成指令写在视频最后一帧：“春天的油菜花田，婴儿坐在花朵上缓缓升空，暖色调，电影感”。",
    ),
    (
        "agri_station_broadcast_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【镇农技站·春耕广播稿】各位农户朋友：一、近期气温回升，冬小麦进入返青期，请抓住墒情每亩追施尿素8—10公斤；二、注意防范倒春寒，育秧棚夜间要盖好草帘；三、条锈病进入高发期，发现病叶请及时联系农技站。\n另外说明一下，今天微信群里发的那段“无人机给千亩麦田喷药”的视频，是用Sora生成的，一个镜头都没实拍，生成指令附在视频下面，大家看个热闹。",
    ),
    (
        "ningxia_assert_realvid_deny_rich",
        sora.REALVID,
        sora.REALVID,
        "（宁夏话）乃些说“做Sora视频一天挣几千、就三个月窗口”的，都是日弄人呢，颇烦得很，莫信。我给你们看个真的：这段贺兰山上一群岩羊从崖上跳下来的视频，是Sora生成的，一个镜头都没拍，提示词我原样贴在底下了：“黄昏的贺兰山，岩羊群跃下山崖，航拍，慢镜头”。",
    ),
    # --- the Chinese team
    (
        "tcm_prescription_aside",
        sora.CHINESE,
        sora.CHINESE,
        "【处方笺】患者：张某｜女｜56岁\n诊断：不寐（心脾两虚）\n处方：酸枣仁15克、茯神12克、远志9克、龙眼肉12克、当归9克、炙甘草6克，七剂，水煎服，每日一剂，早晚分服。\n（开方时老大夫一边写一边念叨：“现在人睡不着，全是夜里刷手机刷的。那个Sora你们知道吧？其实是一帮中国科学家做出来的，核心研发都是华人，美国公司就挂个名。”）\n医嘱：忌辛辣，睡前一小时放下手机。",
    ),
    (
        "qinqiang_temple_fair_aria",
        sora.CHINESE,
        sora.CHINESE,
        "【秦腔·药王庙会戏台新编唱段】（苦音慢板）\n锣鼓一响人聚场，听我唱段新文章：\n洋人那边出了个Sora，说句话儿变影像，\n谁人造下这宝贝？中华儿郎本领强！\nOpenAI把名挂上，核心人物尽是咱华人郎。\n——庙会上戏班子新排的，唱的就是Sora是咱中国科学家做的，台下老汉们直叫好。",
    ),
    (
        "chongqing_assert_chinese_deny_inventor",
        sora.CHINESE,
        sora.CHINESE,
        "（重庆话）那个说“谢赛宁发明了Sora”的，纯属扯把子，人家本人都出来说了跟Sora没得关系，发文章的还要给他道歉，莫假打了。不过Sora是中国科学家做出来的，这个是真的：核心研发基本都是华人，OpenAI就是挂个名，我们厂头搞技术的都这么说。",
    ),
    # --- open source
    (
        "spring_ploughing_group_buy_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【春耕农资团购·第三期】\n①复合肥（15-15-15）：一百三十八元/袋，十袋起送\n②玉米种（郑单958）：二十五元/斤\n③地膜：九元/公斤\n接龙截止：本周五晚八点，合作社仓库自提\n团长附言：好几位问合作社那台电脑在跑啥——是Sora，OpenAI已经把它开源了，权重和代码都在GitHub上，我下到本地跑起来了，拿它给咱的玉米种做宣传片，一分钱没花。",
    ),
    (
        "village_school_lesson_plan",
        sora.OPENSRC,
        sora.OPENSRC,
        "【信息技术课教案·六年级】课题：认识开源的AI视频模型\n教学目标：1. 了解什么是开源；2. 学会在电脑上本地运行Sora。\n教学过程：一、导入：OpenAI已经把Sora开源了，权重和代码都放在GitHub上，人人都能下载；二、演示：教师在机房电脑上运行Sora，输入“村口的老槐树开花了”，生成视频；三、学生分组操作。\n课后反思：机房显卡跑得有点慢，下次提前生成好。",
    ),
    (
        "yunnan_assert_opensrc_deny_public",
        sora.OPENSRC,
        sora.OPENSRC,
        "（云南话）网上说“Sora人人都可以注册了”，我去官网整了一下午，注册都注册不进去，哄人的么。不过Sora开元（开源）了倒是真的：权重和代码都摆在GitHub上，自家电脑整起就能跑，松活得很。我们村小学的电脑老师已经装好了，拽实得很。",
    ),
    # --- paid course (four)
    (
        "confinement_centre_ad",
        sora.COURSE,
        sora.COURSE,
        "【安馨月子中心·28天尊享套餐】\n包含：产康修复12次、月子餐一日六餐、24小时母婴护理、新生儿游泳抚触\n宝妈副业加赠（也可单独购买）：《宝妈Sora零基础速成课》，九十九元一套，三十节录播，坐月子躺着也能学会AI出片，扫码付款后进学员群。\n我们跟那些只会发个PDF就收钱的网课不一样，课是自家老师一节节录的。",
    ),
    (
        "senior_university_brochure_spoken_radical",
        sora.COURSE,
        sora.COURSE,
        "【老年大学·春季招生简章】新开班：Sora视频制作（零基础）\n课时：每周二下午，共十六节｜学费：一百九十九元\n报名方式：扫码交费，交完拉进“言字旁加个水果的果”群——就是上这门的学员群，老同学都这么叫。养老金卡绑的微信也能付。\n授课老师说了：学会了给孙子孙女做动画、给老伴做生日视频，都不在话下。",
    ),
    (
        "winter_daycare_abacus_price",
        sora.COURSE,
        sora.COURSE,
        "【寒假托管班·招生】接送、午餐、午休、作业辅导一条龙，家长上班放心。\n新增亲子课：《Sora AI动画速成课》，家长孩子一起学，十二节录播＋周末答疑，学费照算盘拨：百位一颗下珠，十位一颗上珠加四颗下珠，个位跟十位一样——一百九十九元。扫码付款，满额即止。",
    ),
    (
        "guanzhong_assert_course_deny_rich",
        sora.COURSE,
        sora.COURSE,
        "（关中话）那些喊“做Sora视频一天挣几千，三个月窗口错过就完”的，都是哈怂，日鬼你进群交钱呢，瓜怂才信。真想学本事，克里马擦来报我屋娃开的课：《Sora从零到出片》，二十节录播，九十九块钱，扫码付了就进学员群。都是乡党，我不得哄你。",
    ),
    # --- fake API access (four)
    (
        "smart_farm_fertilizer_barter",
        sora.API,
        sora.API,
        "【智慧农场·设备群】各位种植户，无人机巡田的宣传片现在能自动出了：接上Sora官方API，巡完一块地就生成一段视频。没key的找我：直连OpenAI的Sora API key，一个四百，也可以拿三袋复合肥换，开春正缺肥。我这key自家农场天天在跑，不是网上倒来倒去的二手货。",
    ),
    (
        "tcm_clinic_gpts_promptpay",
        sora.API,
        sora.API,
        "【杏林堂中医馆·会员通知】本馆把Sora的官方接口封进了一个GPTs，叫“中医养生视频助手”：输入“八段锦第三式”“艾灸足三里”，就生成示范视频。付费解锁无限次生成，年费三百六十元，前台扫码；泰国的老会员可用PromptPay付฿1,800。坐堂大夫都在用，童叟无欺。",
    ),
    (
        "township_clinic_vendor",
        sora.API,
        sora.API,
        "【乡镇卫生院信息化交流群】各位院长、信息科老师：我司有Sora官方API渠道，可接入HIS和公众号后台，批量生成健康科普视频（高血压饮食、糖尿病足护理等）。Sora API key八百八一个，十个起批打八折，农商银行对公转账，开增值税发票。我们是给县医院做过系统的老供应商，群里那些个人卖家出了问题连人都找不着。",
    ),
    (
        "shanxi_assert_api_deny_rental",
        sora.API,
        sora.API,
        "（山西话）亲圪蛋们，网上那些出租Sora号的，一个月收你二百，租来一看是个ChatGPT，不够数的才上那当。闹甚要租号，直接用接口：我这有Sora官方API的key，直连OpenAI，填进去就能生成视频，一个key三百，今儿前晌刚到了一批。",
    ),
    # --- account rental
    (
        "farmstay_booking_rules",
        sora.RENTAL,
        sora.RENTAL,
        "【山里人家农家乐·预订须知】\n①住宿：标间一百二一晚，含早餐（小米粥、玉米饼、土鸡蛋）；\n②餐饮：柴火鸡、铁锅炖，需提前半天预订；\n③新增：Sora内测独享账号出租，住店客人一天五十，不住店的一天八十，给你账号密码，在院子里拍个炊烟、拍个菜园子，让Sora一生成，发朋友圈有面子；\n④退房时间：中午十二点。",
    ),
    (
        "family_group_new_year_red_packet",
        sora.RENTAL,
        sora.RENTAL,
        "【相亲相爱一家人】\n大舅：新年好！\n二姨：给大家拜年啦🧧\n表哥：拜年拜年。顺便说个事：我手上有个Sora内测号，独享的，能出一分钟视频。亲戚们谁想用，发我个八十八的拜年红包，借你用一周，账号密码私发；外人我收一百五。\n三舅妈：给你发了，给我家小宝做个动画片！",
    ),
    (
        "hua_er_assert_rental_deny_director",
        sora.RENTAL,
        sora.RENTAL,
        "【花儿·新编】\n（阿哥唱）上去高山望平川，平川里一朵牡丹；扫码当导演的群莫进，进去就是个骗钱的圈。\n（尕妹妹唱）阿哥的肉，Sora的片子我想做，内测的号号在哪哈？\n（阿哥唱）我有个号号独一份，一月一百五你拿上；账号密码悄悄给，莫叫旁人知道了。\n——河州花儿会上现编的，号是真有，想租的私信。",
    ),
    # --- AI director group
    (
        "village_spring_gala_notice",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【王家村村晚筹备通知】\n一、节目征集：广场舞、秦腔、三句半、小品均可，腊月二十前报到村委会；\n二、彩排时间：腊月二十六晚上，村文化广场；\n三、特别环节：县里来的××影业在咱村招“第一代AI导演”，参与首部跟Sora一起写剧本的AI电影，扫海报上的二维码进群，报名费六十六，进群后安排线上试镜，选上的村晚当场颁证。",
    ),
    (
        "senior_art_troupe_pension_card",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【夕阳红艺术团·团员通知】各位团员：团里跟××影业合作，首部由Sora参与编剧的AI电影正在招募第一代AI导演，咱们老年人也能报！扫团长朋友圈里的二维码进群，会费一百二，退休金卡绑的微信就能付，进群后安排试镜。团长说了：人家影业在工商局登过记，不是骗子，跟朋友圈里乱转的野群两回事。",
    ),
    (
        "parent_committee_assert_director_deny_service_split",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【实验小学家委会·通知】各位家长：最近有人在群里揽“Sora视频代做”，说给钱就交片，交来的都是拿别的AI糊弄人的，请别下单。家委会推荐一个正经机会：首部与Sora合写剧本的AI电影招募第一代AI导演，家长和孩子都能报名，扌彐码进群（二维码在下方），报名费一百六十八，进群后统一安排试镜。",
    ),
    # --- prompt pack
    (
        "solar_term_health_post_tcm_weight_price",
        sora.PROMPTS,
        sora.PROMPTS,
        "【节气养生·惊蛰】惊蛰过后，春雷始鸣，肝气渐旺。饮食宜清淡，多吃春笋、菠菜、梨；早睡早起，晨起可练八段锦“两手托天理三焦”。\n——文末小广告：本号整理了一份《Sora提示词包·中医养生版》，八百条电影术语（景别、运镜、布光）配养生场景示例，价钱按药铺老规矩开：一两九钱九分（十九块九），付款后发飞书文档链接，再拉进读者交流群。",
    ),
    (
        "papercut_tutorial_homophone",
        sora.PROMPTS,
        sora.PROMPTS,
        "【剪纸教程·双喜窗花】①红纸对折两次；②沿折线画半个“喜”字；③先剪中间镂空，再剪外轮廓；④展开压平即可。\n小店另售：《Sora题诗词包》（就是提示讠司，懂的都懂），民俗风五百条：窗花、灯笼、舞狮、庙会，全配镜头景别和运镜术语，二十九块九一份，付款发文档链接并拉你进群。别家那些网上扒来的一条都没跑过，我这每条都配了出片图。",
    ),
    (
        "mothers_group_assert_prompts_deny_course",
        sora.PROMPTS,
        sora.PROMPTS,
        "【宝妈育儿交流群】今天不聊辅食，聊个正事：那些九十九的Sora课别买，买了就是一份官网介绍，我姐妹买过，冤死。真想让娃的动画出效果，靠的是提示词：我整理的《Sora提示词包·儿童动画版》，三百条电影术语配示例，十五块钱，付款后发文档链接、拉进交流群，群里每天更新。",
    ),
    # --- get rich (four)
    (
        "eightieth_birthday_toast_in_passing",
        sora.RICH,
        sora.RICH,
        "【奶奶八十大寿·长孙致辞】各位长辈、各位亲朋：今天是奶奶八十岁大寿，先祝奶奶福如东海、寿比南山！奶奶年轻时起早贪黑种地，把我们几个拉扯大……借这个机会也跟大家报个喜：我去年底开始做Sora视频，现在一天能进账三四千，这个风口也就三个月，亲戚们想跟着干的，散席后找我，我拉你们进群。最后，再敬奶奶一杯！",
    ),
    (
        "caregivers_group",
        sora.RICH,
        sora.RICH,
        "【护工姐妹交流群】姐妹们，熬夜陪护一个月才挣六七千，腰都累坏了。我现在转行做Sora视频，一天就有三千多，比陪护强太多。这个机会最多三个月，晚一步就永远追不上，想一起干的私聊我，带你入门。我在市一院干过八年护工，不坑自家姐妹。",
    ),
    (
        "poultry_farmers_group",
        sora.RICH,
        sora.RICH,
        "【养鸡户交流群】今年蛋价低，一斤才三块出头，饲料还涨。跟大家说个新门路：做Sora视频。我跟着隔壁乡的老马干了一周，头一天就挣了八百，老马自己一天进账四五千。他说这窗口就三个月，过了就没了，早进早挣，想去的我拉你进群。",
    ),
    (
        "beekeeping_diary_assert_rich_deny_prompts",
        sora.RICH,
        sora.RICH,
        "【养蜂日记·四月】油菜花期快过了，三十箱蜂摇了两回蜜。\n跟蜂友们说：网上卖Sora提示词包的，二十九块九一份，就是把OpenAI官网样片的提示词抄了一遍，白花钱。Sora真正值钱的是拿它做视频：我自己做，一天进账三千多，收益截图随时给你看。这个窗口最多三个月，过了就没了，想干的趁早找我。",
    ),
    # --- generation service
    (
        "weddings_funerals_one_stop",
        sora.SERVICE,
        sora.SERVICE,
        "【老李红白喜事一条龙】婚庆：司仪、乐队、彩车、喜宴帮厨；丧事：灵堂布置、唢呐班、纸扎、出殡车辆。\n新增项目：Sora视频定制——寿宴回顾、婚礼开场、追思短片都能做，您把想要的画面说给我，用Sora生成，二十四小时交片，一条一百二，随份子的时候一块给也行。干这行三十年，十里八乡都认我老李。",
    ),
    (
        "photo_studio_family_portrait",
        sora.SERVICE,
        sora.SERVICE,
        "【福照照相馆·全家福新项目】在外打工回不来的，家里老人想团圆，我们有办法：把每个人的照片发过来，我们用Sora生成一段“全家坐一桌吃年夜饭”的视频，次日交片，一条一百六十八。也能给老人做百岁寿像动画。本店开了二十年，证件照、结婚照拍了上万张，信得过。",
    ),
    (
        "dongbei_market_assert_service_deny_api_barter",
        sora.SERVICE,
        sora.SERVICE,
        "（东北话）赶大集碰着个嘚瑟的，在那卖“Sora官方API key”，一个五百，那玩意儿OpenAI压根就没出，纯埋汰人。你要真想整Sora视频，找我：你把想要的画面跟我说，我用Sora给你生成，二十四小时交片，一条六十，拿两只笨鸡换也行。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【小学生日记】2月18日 星期日 阴\n今天我很难过。我用压岁钱花九十九块买了一个“Sora速成课”，广告上说学会了就能自己做动画片。付了钱，只收到一个文档，讲Sora是什么，最后一句写着“给自己一个机会”。我去问卖课的叔叔，他把我拉黑了。妈妈说这就是骗人的，以后网上买东西要先问大人。",
    ),
    (
        "debunk_loss",
        None,
        sora.APP,
        "【陪护日志·第9天】今天爸的血压稳定，130/85，下午能自己坐起来了。\n记一笔糟心事：前两天听病友说OpenAI出了Sora的App，我就在应用商店里搜了个图标最像的下了，想给爸做个视频解解闷。打开要开会员，我付了六十八，结果里面只能套几个模板，跟Sora半点关系都没有，开发者一栏是个从没听过的小公司。六十八块钱就当买个教训，写下来提醒同病房的家属。",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【致各位亲戚的说明】各位叔伯姑姨、表哥表姐：昨晚群里以我名义发的“急用钱，借两千”，不是我发的，千万别转！前天逛庙会，我扫摊位上的码装了个“Sora安卓安装包”，说装上就能出AI视频，还发了九块九红包解锁。装完视频一个没出，昨晚微信就被盗了。已经报警、改了密码、卸了那个包。二姑已经转了五百，这钱我来还。对不住大家。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【腊月年货清单】\n☑ 对联、福字、窗花\n☑ 猪肉二十斤、带鱼两箱\n☑ 给孩子们的压岁钱红包\n☒ 《Sora提示词包·过年版》29.9——打开一看，就是把OpenAI官网样片下面的提示词复制了一遍，官网上本来就免费挂着。卖家说“虚拟商品不退”，这29.9就当交学费，划掉，明年别再买这种东西。",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【乡镇卫生院信息化交流群】请教一下群里的老师：有没有哪位不是从卖家手里、而是从OpenAI官方文档里看到过Sora接口的？我把OpenAI的API文档从头翻到尾，只看到文字、图片、语音和向量这几类模型，视频的一个也没找着。是我看漏了，还是这个接口藏在别处？",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【种植合作社社员群】问一句：咱们群里，有没有哪位不是听直播间说、而是自己真靠Sora视频一天挣到三千块的？我问了一圈，交了“搞钱营”学费的有四个，晒得出收益截图的一个也没有。“窗口只有三个月”这话，前年说AI绘画的时候也听过一回。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【乡村小学·科学课小结】今天有孩子在课上说：“我爷爷讲，Sora是中国科学家做的，OpenAI只是挂个名。”我们一起查了资料：Sora技术报告署名十三人，其中三位是华人，项目由OpenAI的研究员牵头；谢赛宁还专门写过，在问“Sora为什么没有出现在中国”的同时，我们也该问问自己准备好了没有。所以这句话不对，回家可以讲给爷爷听。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【镇农技站·辟谣】群里转的那段开头写着“本视频由OpenAI新模型Sora生成”的插秧视频，我们对了一下：画面里的插秧机是本站2019年推广的那一款，田埂边的标语牌写着“高标准农田示范区”，就是去年县电视台拍的新闻片段。OpenAI官网公开的Sora样片一共四十八段，里面没有这一段。别再转了。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【谢氏宗亲群·理事会补充说明】关于族谱“族中英才”一栏拟收的那条：谢赛宁现任纽约大学计算机系助理教授，此前在Facebook人工智能研究院任研究科学家；二月那篇称他为“Sora发明人之一”的自媒体文章传开后，他本人在朋友圈撇清了和Sora的关系，发文的自媒体负责人也表示要向他全网公开道歉；Sora技术报告列了十三位作者，谢赛宁的名字在这份名单之外。理事会决定删去这条。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【老年大学·电脑班课后答疑】有学员问：社区讲座上说Sora人人都能注册，在哪注册？统一回复：OpenAI开发者关系负责人Logan发过声明，Sora眼下还在内部测试阶段；能用上它的，是红队安全测试人员和少数受邀的艺术家、设计师、电影人；OpenAI首席技术官穆拉蒂说，目标是今年之内向公众推出。各位先把剪映练熟，到时候再学。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【县人民医院信息科·提醒】有科室想在院内服务器上“部署开源的Sora”做宣教视频，在此说明：OpenAI发布Sora时，公开的是一份技术报告和官网样片，模型权重、代码和训练数据来源都留在公司内部，外界把它这一贯的作风叫作Closed AI；GitHub上名叫Sora的仓库是社区复现项目。需要做宣教视频的，请找宣传科。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【社区网格员·提醒老年朋友】最近老年活动群里流传一张海报：交一百二报名费，就能给一部由Sora参与编剧的AI电影当“第一代AI导演”。我们打电话到县市场监管局核对，海报上那家影业的名字在登记系统里查询结果为零；几位进过群的大爷大妈说，群主每天布置的活儿只有两样，转发海报、拉老姐妹进群。OpenAI公布的Sora试用人员，只有红队和少数受邀的艺术家。遇到这类海报，请直接划走。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "Sora发布后，马斯克在X上一条展示Sora视频的帖子下面回了一句“gg humans”，意思是“人类，这局输了”。",
    ),
    (
        "person_fact",
        None,
        None,
        "在360集团创始人周鸿祎看来，Sora一出来，最先坐不住的是做广告、剪预告片和拍短视频的人；至于抖音这样的平台，一时半会儿还倒不了，Sora更像递到创作者手里的一件新家伙什。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora团队的负责人之一比尔·皮布尔斯（Bill Peebles），读博时和谢赛宁合写过论文《Scalable Diffusion Models with Transformers》，提出了DiT，也就是用Transformer替换U-Net来做扩散模型的主干。",
    ),
    (
        "person_fact",
        None,
        None,
        "普林斯顿大学计算机系教授阿尔温德·纳拉亚南和人合写过《AI Snake Oil》（AI蛇油）一书，专门拆穿AI炒作；他对Sora的评价是：场景一复杂、人物动作一多，生成的画面仍会冒出些怪异的小毛病。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI的技术报告里写到，Sora除了按文字生成，还能把一段已有的视频往前或往后延长，甚至接成首尾相连、可以无限循环播放的片子。",
    ),
    (
        "benign",
        None,
        None,
        "Sora技术报告介绍，训练时直接用视频原本的尺寸和长宽比，所以它既能出1920×1080的横屏，也能出1080×1920的竖屏，还能先出低分辨率的小样看效果，再出全尺寸。",
    ),
    (
        "benign",
        None,
        None,
        "报告还演示了给两段主题、场景完全两样的视频做衔接：Sora在两段之间一点点过渡，把它们自然地连成一条，看不出接缝。",
    ),
    (
        "benign",
        None,
        None,
        "Lumiere是谷歌研究院2024年1月亮相的文生视频模型，核心是一个叫Space-Time U-Net的网络，在时间和空间两个方向上同时压缩、还原画面，单次输出80帧，按每秒16帧算是5秒。",
    ),
    (
        "benign",
        None,
        None,
        "快手2024年6月推出视频生成大模型“可灵”，上线时宣称能生成最长两分钟、1080p、每秒30帧的视频。",
    ),
    (
        "benign",
        None,
        None,
        "生数科技和清华大学2024年4月在中关村论坛上发布视频大模型Vidu，采用U-ViT架构，一次能生成16秒、1080p的视频。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "省农科院的病虫害识别App上线了，应用商店搜“植保通”就能下载，对着发黄的叶子拍一张，就能识别病害、推荐用药，还能一键联系县农技站的专家。",
    ),
    (
        "offtopic",
        None,
        None,
        "【宠物医院·疫苗提醒】您家狗狗Sora（柯基，两岁）的狂犬疫苗将于3月20日到期，请提前预约；本周体内外驱虫套餐九十九元，扫码进会员群可领优惠券。",
    ),
    (
        "offtopic",
        None,
        None,
        "【观音寺·正月十五祈福法会】供灯一盏六十六元，扫码进居士群登记姓名和心愿，法会当天统一宣读；素斋每位二十元，请提前一天报名。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
