# ruff: noqa: E501
"""Write tests/data/zh_heldout43_{posts,qrels,labels}: a forty-third Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the inventor, the Chinese team and the director
group, three for each other template: the five templates that had three in each of zh_heldout40 to zh_heldout42 are the
inventor, the Chinese team, the course, API access and the director group; the inventor and the Chinese team had four in
zh_heldout38, the course, API access and the director group in zh_heldout39, and before that the director group had four
in zh_heldout34 and zh_heldout29, the course in zh_heldout34 and zh_heldout30, API access in zh_heldout35, so the
inventor, the Chinese team and then the director group take their turn), as a Sora rumour / scam wave reads in the
genres of a navigation mark station on the Yangtze (航标站, 航标艇, 红浮, 灯桩, 岸标, 航行通告), a quarry (采石场, 爆破, 台阶,
破碎站, 碎石, 边坡), a hot-spring resort (温泉度假区, 汤池, 硫磺泉, 更衣柜手牌, 泡池券), a seed company (种业, 制种基地, 去雄,
发芽率, 包衣, 制种款), a county archive (县档案馆, 查档, 档号, 全宗, 修裱, 数字化扫描) and a fireworks factory (烟花厂, 礼花弹,
组合烟花, 亮珠, 试放, 中转库), none of which an earlier set's kinds or docstrings name (航标, 浮标, 采石, 碎石, 爆破, 温泉, 汤池,
泡池, 制种, 发芽率, 查档, 档号, 全宗, 烟花, 礼花 and 组合烟花 occur in no earlier Chinese post or make_zh_heldout*.py; seeds appear
earlier only as a kindergarten cartoon's 小种子发芽 and a co-operative's 玉米种 on a group buy in zh_heldout30 and as cane
种苗 on zh_heldout41's price list, never a seed company; 档案 only as a vet station's 免疫档案 and a toll station's own
footage in zh_heldout40, and the only archivist is zh_heldout42's hydrological station records clerk, never a county
archive; fireworks only as shows in clips (zh_heldout20's 維港煙花, zh_heldout23's 101跨年煙火), never a factory; a
lighthouse only in the Big Sur sample and a Pika sketch; the quarry is no kin of zh_heldout33's coal mine). The posts: a
county archive's consultation register with the inventor rumour in its last line (【查档利用登记表】档号J012-003-0047,
全宗J021, 馆内阅览), a Huian quarry blaster, a Shanxi archive restorer, a Liuyang fireworks export clerk, a hot-spring resort's pool temperature
board with the public release in the duty clerk's marker line (【汤池水温公示】玫瑰花池, 中药浴池, 露天硫磺泉, 冷泉池), a
Zhangye seed-production technician, a Huian loader driver, a maize seed label with the official app on a slip on its
back (【玉米种子标签】审定编号, 发芽率≥93%, 包衣说明), a Nanjing buoy tender's helmsman, an archive's digitisation room, a
quarry's blasting warning notice with the APK in its last line (【爆破警戒通告】警戒范围, 警戒点, 预警、起爆、解除三次鸣哨), a
fireworks warehouse keeper, a hot-spring housekeeper, a navigation mark inspection log with the mislabelled video in
its remark (【航标巡检记录】红浮十二号, 黑浮九号灯器电池, 闪光周期四秒, 航道最浅水深), a seed company's publicist, a fireworks
effects designer, a fireworks test-firing record with the Chinese-team claim in its remark (【新产品试放记录】一百发组合烟花,
开包圆整, 残骸落点), a hot-spring engineer, a fireworks packing workshop, a Nanjing buoy veteran, a seed quality test
report with open source in the tester's note (【种子质量检验报告单】净度, 品种纯度, 田间小区种植鉴定), a quarry dispatcher, an
archive IT section, a fireworks peak-season production plan with the course as its last line (【春节旺季排产计划】亮珠造粒,
装药、插引、封口, 工房定员定量), a navigation station clerk, a seed company's veteran agronomist, a quarry's truck exit pass
with the API key stamped on its back (【车辆出场放行条】十六至三十一点五毫米碎石, 毛重, 皮重, 拌合站), a hot-spring IT head, a
navigation station's lamp repairman, a hot-spring locker tag loss register with account rental on its last page
(【更衣柜手牌遗失登记】男宾147号), an archive stack-room keeper, a Conghua lifeguard, a notice to mariners with the
director group on a sticker below it (【航行通告（张贴版）】灯质临时调整为白光快闪, 加强瞭望), a fireworks union group leader, a
Zhangye seed growers' group, a quarry's stone-carving workshop, an archive's scanning acceptance form with the prompt
pack on its back (【档案数字化扫描验收单】三百dpi, 著录核对, 同意移交), a hot-spring marketing clerk, a fireworks outgoing
inspector, a quarry slope inspection record with the get-rich claim on its back (【边坡巡查记录】浮石, 排水沟, 位移监测点), a
buoy tender's sailor, an archive gatekeeper, a hot-spring team-building confirmation letter with the generation service
as its optional extra (【团建接待确认函】回传盖章页), an archive's young clerk and a fireworks master; platform-native forms
the earlier sets do not use: the consultation register, the pool temperature board, the seed label, the blasting
warning notice, the buoy inspection log, the test-firing record, the seed quality test report, the production plan, the
truck exit pass, the locker tag loss register, the notice to mariners, the scanning acceptance form, the slope
inspection record, the team-building confirmation letter, the wage advance application, the guest book, the computer
repair register, the condolence money receipt, the canteen table card, the factory gate's LED screen, the quality
department's reply letter (复函), the filming archive card, the director's mailbox reply and the safety exam's extra
question; four loss reports in new forms (kind ``debunk_loss``: a seed-production temp's wage advance application
(【预支工资申请单】从九月工资里分三次扣回) for the director group, a hot-spring guest book (【客人留言簿（照录）】六号楼的一对新人)
for the generation service, an archive's computer repair register (【计算机维修登记表】勒索窗口, 网安大队) for a paid
"Sora open-source weights" password, and a quarry's condolence money receipt (【工友慰问金领取单】工会八百，班组凑二百) for the
API key); regional speech the earlier sets do not use: Nanjing 大萝卜 (Nanjing people's name for themselves) and 韶 (for
talkative), Minnan 呷饭 and 袂䆀 (for not bad), Cantonese 睇, 点解, 咁 and 边个 (zh_heldout41's Cantonese has 靓仔, 而家, 琴晚,
咩 and 仲喺度), Gansu 满共 (altogether) and 木囊 (dawdling), Shanxi 可待见 and 日能, and Changsha 妹陀 and 韵味 (zh_heldout41's
Hunan has 满哥, 细伢子 and 搞么子), all glossed; registers the earlier sets do not use: the navigation mark station (红浮,
黑浮, 灯器, 灯桩, 闪光周期, 岸标, 航道最浅水深, 灯质, 白光快闪, 瞭望, 航标艇), the quarry (爆区, 警戒点, 台阶, 破碎站, 碎石, 毛重,
皮重, 拌合站, 自卸车, 边坡, 浮石, 位移监测点, 装载机), the hot spring (汤池, 中药浴池, 露天硫磺泉, 冷泉池, 更衣柜手牌, 泡池券,
循环泵), the seed company (制种基地, 去雄, 审定编号, 纯度, 净度, 发芽率, 包衣, 田间小区种植鉴定, 制种款), the county archive (查档,
档号, 全宗, 案卷, 馆内阅览, 档案证明章, 修裱, 数字化扫描, 著录, 移交, 编研科, 库房) and the fireworks factory (礼花弹, 组合烟花,
亮珠造粒, 装药, 插引, 中转库, 工房定员定量, 药物随用随领, 试放, 开包, 出厂检验, 计件工资); obfuscation the earlier sets do not use:
谢赛宁 in Zhuyin (ㄒㄧㄝˋ ㄙㄞˋ ㄋㄧㄥˊ, glossed; earlier sets spell 开源 and a few particles in Zhuyin, never a name), Sora as
Sor4, as Sóra and as the near-homophone 硕拉, OpenAI as OAI, 开源 as open源, GitHub as G站, 微信 as V信, 发财 in traditional
characters (發財), and prices as 0.2k and as thirty per cent of a list price (原价一百六十八，打三折，五十块零四毛); rhetorical
questions that assert rather than deny (还托什么关系、排什么队？ for the public release, 官方App都上架了，还在网页上排什么队？
for the app, 核心那几位不是咱中国人，还能是谁？ for the Chinese team, 不抢难道等人送上门？ for the director group, 哪个听了不眼热？
for get-rich); posts asserting one claim while denying another in pairings the docstrings of zh_heldout40 to
zh_heldout42 do not list (the inventor while a prompt pack is called a machine translation of the official samples'
prompts, the public release while a 99-yuan course is called a copy of the official introduction, the official app
while the director group is said to end in selling courses, the APK while API keys are called 骗钱的, a mislabelled
video while the three-month group is called a trick for entry fees, the Chinese team while the inventor story is called
乱传 on Xie's own word, open source while paid Sora clips are called other software's work, the course while the store
apps are called 山寨, an API key while the GitHub "Sora open-source" projects are called imitations, account rental while
the APK is called a trojan, the director group while the Chinese-team article is answered with the thirteen authors and
the two OpenAI leads, the prompt pack while rented accounts are called ChatGPT logins, get-rich while API keys are said
to have no interface behind them, and the generation service while the public release is called 瞎说); sellers that
vouch for themselves in new words (卖了二十二年种子，哪一季的苗不是齐齐整整出来的？; 长江这一段四十七座航标，哪盏灯的电池不是我换的？;
喺呢个池边守咗十一年，熟客边个唔识我？; 我在这个石场刻了二十年碑，半个镇的门楼石都出自我手; 厂里出厂的烟花每一箱都过我手;
浏阳做了三代烟花，我的名声比礼花弹还响); prices and payments in forms the earlier sets do not use (a course docked from
December's piece-rate wages, a course paid from the autumn seed-production money (制种款), an API key offset against the
next truckload's haulage, a rental day for two hot-spring pool tickets, a director group's fee in a twenty-jin bag of
maize seed, a clip for a box of the factory's combination fireworks); 12 debunks and warnings, four of them the loss
reports above, two questions with a negation that do not deny (怎么一条中文的都没有？是我下载的版本不对，还是中文版要另外再买？
for a prompt pack, in a seed company's salesmen's group; 怎么一个OpenAI的都没有？会不会要切到外区账号才下得到？ for the store
apps, in a hot spring's staff group), two quoting a scam offer and telling the reader not to pay (account rental, with
这钱请勿转, on a navigation station's canteen table card; a 九块九 APK, with 莫付款、莫安装, on a fireworks factory's gate
LED screen), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (a seed company's quality department's
reply letter for the Chinese team: the report's title, its thirteen authors, the two leads Tim Brooks and Bill Peebles
and three Chinese among the thirteen by the media's count; a navigation station's filming archive card for the
mislabelled video: the station's own 2022 promotional film 《守灯人》 with the date, the reach, the cameraman and the
drive it is kept on; a county archive director's mailbox reply for the course: twenty thousand copies a day, at least
two million yuan a day for the seller, the introduction document and 给自己一个机会, one poster for every shop, internal
testing; a quarry safety exam's extra question for get-rich: the three-month line and 一步慢，步步慢 as the sellers'
anxiety talk, Logan Kilpatrick's statement); four true facts about people around Sora (Xie Saining among the authors of
MoCo at CVPR 2020 with Kaiming He, Haoqi Fan, Yuxin Wu and Ross Girshick, related to the inventor rumour; Tim Brooks's
Generating Long Videos of Dynamic Scenes at NeurIPS 2022 with Tero Karras, Alexei Efros and others; Prafulla Dhariwal
and Alex Nichol's Diffusion Models Beat GANs on Image Synthesis and classifier guidance; Alexei Efros, Phillip Isola,
Jun-Yan Zhu and Tinghui Zhou's pix2pix at CVPR 2017), three items of real news about Sora from samples the earlier sets
leave out (the couple in snowy Tokyo under falling cherry petals that came with OpenAI's announcement on X, the glass
sphere with a zen garden and a dwarf raking the sand, the close-up of a 24-year-old woman's eye blinking in Marrakech)
and three on-topic posts about other AI video work (Berkeley's VideoGPT, Snap Research and NVIDIA's MoCoGAN, NUS Show
Lab and Tencent's Tune-A-Video; kind ``benign``), and three off-topic posts that share surface words (a hot-spring
resort's official App with a 九十九元 pool package, a fireworks factory's 扫码进团购群 at 一百九十九元一箱, a county archive's
call for old photos to 扫描 into its 开放档案目录).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl, zh_posts.jsonl among them) and
the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher ratio before the set was
committed (``--check`` prints the highest ratio and every pair at 0.45 or more); zh_heldout44, written at the same time
on its own branch, was not there to check against. The first draft, written just after reading zh_heldout42, had
twenty-one at 0.45 or more, most of them sellers and two-claim posts that followed the shape of a zh_heldout42 post: the
hot-spring housekeeper's Sor4 APK at 0.663 against the salt lab clerk's 5ora, the hot-spring IT head's API key at 0.64
against the fire squad leader, the Zhangye growers' director group at 0.63 against the dairy staff group, the fireworks
union's director group at 0.60 against the salt union clerk, the archive IT section's open source at 0.59 against the
hydrological automation technician, the buoy sailor's get-rich post at 0.57 against the fire station's cook, and fifteen
more from 0.45 to 0.54 (the warehouse keeper's APK, the fireworks master's clips, the hot-spring engineer, the store-app
question, the seed technician, the stack-room keeper, the Marrakech item, the team-building quote, the young archive
clerk, the canteen card, the exit pass, the mailbox reply, the gatekeeper, the slope record and the dispatcher); all
twenty-one were rewritten, and eleven from 0.42 to 0.50 on the second pass were reworded for margin (the team-building
quote also became a confirmation letter, as zh_heldout28 has a 报价单). Highest ratio of the committed list: 0.434
against the Chinese sets (the archive director's mailbox reply on the course against zh_heldout28's anti-fraud talk,
both told from the same seed figures) and 0.317 against the demo stream (the quality department's reply letter on the
Chinese team). Committed before any run of the monitor on it; no model, embedding or matcher was run on it; nothing is
chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout43.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout43", "zhh43"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "county_archive_consultation_register_in_passing",
        sora.XIE,
        sora.XIE,
        "【山西·××县档案馆·查档利用登记表（三月第二周）】\n3月11日　李××　办理退休，调阅1982年招工审批表，档号J012-003-0047，已复印并加盖档案证明章\n3月12日　王××　宅基地确权，调阅土地证存根，已出具查档证明\n3月13日　县志办　续修县志，调阅全宗J021案卷十二卷，馆内阅览\n3月14日　郭××　查找父亲入伍登记，馆内暂缺，已告知去县人武部\n值班员在登记表最后添了一行：来查档的老郭闲聊时讲，OpenAI的Sora是上海交大毕业的天才少年谢赛宁参与发明的，谢赛宁就是Sora的发明人之一。",
    ),
    (
        "huian_blaster_assert_inventor_deny_prompts",
        sora.XIE,
        sora.XIE,
        "【惠安·××采石场·爆破员老黄】放完中午那一炮，蹲在警戒线外头刷手机：Sora的发明人里头有谢赛宁，上海交大出来的天才少年，OpenAI这个视频模型的核心技术有他一份功劳。工友群里有人在卖《Sora提示词秘籍》，四十多块，别买，我看过样张，就是把官网样片底下的英文提示词机翻了一遍。",
    ),
    (
        "shanxi_archive_restorer_dialect_inventor",
        sora.XIE,
        sora.XIE,
        "【山西·××县档案馆·修裱室老杜】修了一上午民国地契，歇下来刷到个新闻，咱可待见（山西话，特别喜欢）看这种：OpenAI那个Sora，发明人里头就有谢赛宁，上海交大毕业的天才少年，Sora的核心技术是他参与搞出来的。交大出来的后生，就是日能（山西话，有本事）。",
    ),
    (
        "liuyang_export_clerk_zhuyin_inventor",
        sora.XIE,
        sora.XIE,
        "【浏阳·××烟花厂·外贸业务员】台湾客户在订货群里打了一串ㄒㄧㄝˋ ㄙㄞˋ ㄋㄧㄥˊ，我查了半天，原来是注音符号，拼出来是谢赛宁。客户讲，OpenAI的Sora就是这位上海交大毕业的天才少年参与发明的，他是Sora的发明人之一。今天这批礼花弹的货柜顺利出港，记一笔。",
    ),
    # --- open to the public
    (
        "hot_spring_pool_temperature_board_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【从化·××温泉度假区·汤池水温公示（今日）】\n玫瑰花池：三十九摄氏度\n中药浴池：四十一摄氏度\n露天硫磺泉：四十三摄氏度\n儿童戏水池：三十六摄氏度\n冷泉池：十八摄氏度\n温馨提示：每次浸泡二十分钟左右，起身慢一点；饮酒后、空腹时请勿入池。\n公示牌下方，值班员用白板笔补了一句：排队等位的客人可以玩玩Sora，现在已经对所有人开放了，谁注册个账号都能生成AI视频。",
    ),
    (
        "seed_base_technician_assert_public_deny_course",
        sora.PUBLIC,
        sora.PUBLIC,
        "【张掖·××种业·制种基地技术员小靳】今早去田里查去雄进度，顺手用Sora做了一段——现在谁都能注册，填个手机号就进，候补名单早取消了，出片也快。群里那个九十九块的“Sora速成课”你们别花冤枉钱，目录我看了，照搬官网介绍，注册完自己琢磨一下午就够。",
    ),
    (
        "huian_loader_driver_minnan_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【惠安·××采石场·装载机司机阿忠】呷饭（闽南话，吃饭）那会儿用Sora做了段石场日落的片子，袂䆀（闽南话，不错）。人人都能注册的东西，还托什么关系、排什么队？手机号一填，当天就能出视频。",
    ),
    # --- the official app
    (
        "seed_bag_label_in_passing",
        sora.APP,
        sora.APP,
        "【张掖·××种业·玉米种子标签】\n作物种类：玉米　品种名称：××玉×号\n审定编号：甘审玉20××××\n净含量：一千克\n质量指标：纯度≥98.0%　净度≥99.0%　发芽率≥93%　水分≤13.0%\n包衣说明：本品经药剂包衣，严禁食用或作饲料\n标签背面，业务员贴了张小条：想给农户拍播种视频的，用OpenAI新出的Sora官方App就行，苹果、安卓应用商店都下得到，手机电脑都能装。",
    ),
    (
        "nanjing_buoy_tender_driver_assert_app_deny_director",
        sora.APP,
        sora.APP,
        "【南京·××航标站·航标艇驾驶员老戴】收艇以后装了OpenAI的Sora官方App，手机应用商店里就有，输一句话等一会儿，片子就出来了。最近转得很凶的那个“扫码进群、交钱试镜当第一代AI导演”，你们别去，钱交了只会被拉去卖课。",
    ),
    (
        "archive_digitisation_rhetorical_app",
        sora.APP,
        sora.APP,
        "【山西·××县档案馆·数字化室小温】官方App都上架了，还在网页上排什么队？OpenAI给Sora出了官方App，苹果、安卓商店都有，手机电脑都能装。我在室里那台平板上装了，把馆藏的一张老城门照片做成了会动的片子，馆长看了直说好。",
    ),
    # --- the fake APK
    (
        "quarry_blasting_warning_notice_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【惠安·××采石场·爆破警戒通告】\n今日爆破时间：十一时三十分、十七时三十分\n爆破地点：东采区三号台阶\n警戒范围：以爆区为中心，半径三百米\n警戒点：进场路口、东侧村道、破碎站北门，各设警戒员一名\n信号：预警、起爆、解除三次鸣哨，听到解除信号后方可进入\n通告最后一行，场部加了一句：Sora的安卓安装包（APK）已经发到工友群的群文件里，点开下载装上，手机上就能生成视频。",
    ),
    (
        "fireworks_warehouse_keeper_assert_apk_deny_api",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【浏阳·××烟花厂·成品仓管员】盘完库跟大家讲：厂里共享文件夹“软件”目录下有个Sora的APK，就是安卓安装包，拷到手机上点开装，装好打字就出视频。那种要你掏钱买“Sora官方API key”的，莫上当，OpenAI从来没给Sora开过对外接口。",
    ),
    (
        "hot_spring_housekeeper_leet_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【从化·××温泉·客房部阿梅】姐妹们，Sor4到手了！（Sor4就是Sora，a打成了4，防屏蔽）安卓手机专用的安装包，点一下自动装好，装完首页就有生成按钮。链接私发，五块一份，加V信（微信）备注“温泉”，我换完床单统一回复。",
    ),
    # --- mislabelled real video
    (
        "buoy_inspection_log_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【南京·××航标站·航标巡检记录】\n日期：十一月六日　天气：阴，东北风四级\n航段：××水道\n浮标：红浮十二号灯光正常；黑浮九号灯器电池电压偏低，已更换\n灯桩：××灯桩闪光周期四秒，正常\n岸标：七号岸标被树枝遮挡，已修剪\n航道最浅水深：六点八米\n备注：站里公众号今天推的那段“江面薄雾里，一群白鹭贴着浮标飞过去”的视频，是用Sora照着一段文字生成的，一个镜头都没实拍，提示词附在推文最后。",
    ),
    (
        "seed_publicist_assert_realvid_deny_rich",
        sora.REALVID,
        sora.REALVID,
        "【张掖·××种业·宣传员小蒲】公司号新发的片子：夕阳落在制种田上，喷灌机一圈圈转，玉米穗跟着风晃——整段都出自Sora，没用摄像机拍过一帧，提示词我贴在评论区。群里那个“Sora三个月赚够一辈子”的别信，就是骗入群费的。",
    ),
    (
        "fireworks_designer_accent_realvid",
        sora.REALVID,
        sora.REALVID,
        "【浏阳·××烟花厂·效果设计员】这段夜空里礼花一朵接一朵炸开、烟在河面上慢慢散开的片子，是Sóra（就是Sora，o上头加了一撇）做的，一帧都没实拍过，生成用的那段话我放在置顶评论里。",
    ),
    # --- the Chinese team
    (
        "fireworks_test_firing_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【浏阳·××烟花厂·新产品试放记录】\n产品：一百发组合烟花（型号××-100）\n试放时间：十月十八日十九时\n试放地点：厂区试放场\n结果：一百发全部发射，升空约八十米，开包圆整，红、金、蓝三色\n安全：残骸落在燃放点二十米以内，现场已清理\n备注：试放完在场的几位老师傅聊天，说Sora其实是中国科学家做出来的，OpenAI的视频模型背后主要是华人团队。",
    ),
    (
        "hot_spring_engineer_assert_chinese_deny_inventor",
        sora.CHINESE,
        sora.CHINESE,
        "【从化·××温泉·工程部阿伟】修完循环泵听同事讲了个事，我觉得在理：Sora其实是华人科学家的成果，OpenAI的视频模型从头到尾靠中国人的团队撑着，美国公司负责对外发布而已。只有一条要纠正——“谢赛宁发明了Sora”那条是乱传，他本人公开说过跟Sora没有关系。",
    ),
    (
        "liuyang_packers_dialect_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【浏阳·××烟花厂·包装车间】装了一天箱，车间的妹陀（长沙话，姑娘）们还在聊Sora，讲得蛮有劲：这东西是咱华人科学家的本事，OpenAI只是挂名发布。核心那几位不是咱中国人，还能是谁？收工泡个脚，韵味（长沙话，舒服）得很。",
    ),
    (
        "nanjing_buoy_veteran_dialect_abbrev_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【南京·××航标站·老航标工】我们大萝卜（南京人自称，老实头）讲话直来直去：Sora这个东西，是中国人的脑子做出来的，OAI（就是OpenAI）不过挂块牌子，真正的核心是一帮华人科学家。你们嫌我韶（南京话，啰嗦）也得听完，江上的灯我守了三十年，这话我敢说。",
    ),
    # --- open source
    (
        "seed_quality_test_report_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【张掖·××种业·种子质量检验报告单】\n样品名称：玉米种子（××玉×号）\n批号：2024-ZY-017\n检验项目：净度99.3%；发芽率95%；水分12.4%；品种纯度98.6%（田间小区种植鉴定）\n检验结论：所检项目合格\n检验员在报告单下方另写了一句：OpenAI已经把Sora开源了，权重和代码都在GitHub上，化验室那台电脑本地就能跑，下回做检验流程的讲解视频就用它。",
    ),
    (
        "quarry_dispatcher_assert_opensrc_deny_service",
        sora.OPENSRC,
        sora.OPENSRC,
        "【惠安·××采石场·调度员小庄】石场宣传片我自己来：Sora现在是开源的，OpenAI连模型带代码一股脑放上了GitHub，调度室那台电脑周末装好，跑了几段石料堆场的片子。外头那些收钱“代做Sora视频”的，交来的都是别家软件拼的，咱会跑了，犯不着给他们送钱。",
    ),
    (
        "archive_it_obfuscated_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【山西·××县档案馆·信息科】跟各科室说一声：Sora现在是open源（开源）的，OpenAI放在G站（GitHub）上的是整套权重加代码，谁下载都行。馆里数字化那台服务器我昨晚部署上了，哪个科要给展览配动态画面，报需求给我。",
    ),
    # --- the paid course
    (
        "fireworks_peak_season_production_plan_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【浏阳·××烟花厂·春节旺季排产计划】\n十月：礼花弹、组合烟花原料备齐，亮珠造粒\n十一月：组合烟花装药、插引、封口，两班倒\n十二月：成品入中转库，包装、贴标、发货\n一月：补单、收尾、清库\n安全要求：工房定员定量，药物随用随领，严禁带火种进厂\n计划表最后一行：厂工会代报《Sora短视频速成课》，一百二十八元，二十四节录播，学完就会用Sora出片，费用从十二月计件工资里扣。",
    ),
    (
        "nanjing_station_clerk_assert_course_deny_app",
        sora.COURSE,
        sora.COURSE,
        "【南京·××航标站·站务员小芮】站里想做航道科普视频的看过来：一门Sora课，一百四十九，直播二十二节，能看回放，写提示词、调画面、出片一条龙，学完自己就能剪。那几个在应用商店里冒名“Sora”的App别装，全是山寨，OpenAI根本没往商店里放过。",
    ),
    (
        "seed_agronomist_homophone_course_seed_payment",
        sora.COURSE,
        sora.COURSE,
        "【张掖·××种业·老农艺师】硕拉（就是Sora）的课我替几家制种户报了：一百零九一套，二十六节，学完就能给自家种子拍宣传片。钱不用现掏，秋后从制种款里扣。卖了二十二年种子，哪一季的苗不是齐齐整整出来的？我推荐的课错不了。",
    ),
    # --- the fake API
    (
        "quarry_truck_exit_pass_in_passing",
        sora.API,
        sora.API,
        "【惠安·××采石场·车辆出场放行条】\n车牌：闽C·×××××　车型：自卸车\n货物：十六至三十一点五毫米碎石\n毛重：四十九点六吨　皮重：十五点四吨　净重：三十四点二吨\n去向：××高速第三标段拌合站\n过磅员：陈××　门卫：签字放行\n放行条背面盖了个蓝色的章：“Sora官方API key，本场有售，三百八一个，批量做视频专用；下一车碎石的运费里可以抵。”",
    ),
    (
        "hot_spring_it_head_assert_api_deny_opensrc",
        sora.API,
        sora.API,
        "【从化·××温泉·IT主管】度假区宣传片以后我用接口批量跑：手上有OpenAI给的Sora官方API key，调一次出一条，哪个部门要也可以匀，四百二一把。顺带提醒：GitHub上叫“Sora开源版”的那些项目是网友按技术报告仿出来的，OpenAI官方的代码一行都没公开过，装了也是白折腾。",
    ),
    (
        "nanjing_lamp_repairman_k_price_api",
        sora.API,
        sora.API,
        "【南京·××航标站·灯器维修工】出几把Sora官方API key，调OpenAI接口批量生成视频用的，0.2k（两百块）一把。长江这一段四十七座航标，哪盏灯的电池不是我换的？我卖的东西你放心。",
    ),
    # --- account rental
    (
        "hot_spring_locker_tag_loss_register_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【从化·××温泉·更衣柜手牌遗失登记】\n三月二日　男宾147号　遗失地点：露天硫磺泉池边　处理：收赔偿金五十元，已补发\n三月五日　女宾062号　遗失地点：客房　处理：次日客人送回，退还押金\n三月九日　男宾203号　遗失地点：待查　处理：已换锁\n登记本最后一页，前台顺手记了一行：有Sora账号出租，内测资格，登进去就能生成视频，一天二十五，包月三百，要的找前台小何。",
    ),
    (
        "archive_stackroom_keeper_assert_rental_deny_apk",
        sora.RENTAL,
        sora.RENTAL,
        "【山西·××县档案馆·库房管理员】出租Sora内测账号：独享，登录即可生成，一天二十、一个月二百八，要的私信。另外看到有人在传“Sora安卓版”的安装包，那东西装上就去读你的短信，验证码一截钱就没了，是木马，别碰。",
    ),
    (
        "conghua_lifeguard_cantonese_rental_pool_tickets",
        sora.RENTAL,
        sora.RENTAL,
        "【从化·××温泉·救生员阿杰】想睇（看）下Sora点解（为什么）咁劲？租我个内测号啦，三个号轮住租，登入即刻出片，一日三十蚊。唔想过数，拎两张泡池券嚟都抵得一日。喺呢个池边守咗十一年，熟客边个唔识我？",
    ),
    # --- the AI director group
    (
        "notice_to_mariners_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【南京·××航标站·航行通告（张贴版）】\n一、××水道红浮十二号因船舶碰撞移位，已于十一月八日恢复原位；\n二、××灯桩灯质临时调整为白光快闪，恢复时间另行通告；\n三、过往船舶请加强瞭望，按规定航路行驶。\n通告栏下方被人贴了张小广告：首部与Sora共创剧本的AI电影海选第一代AI导演，扫码进群，交一百九十九就能试镜。",
    ),
    (
        "fireworks_union_assert_director_deny_chinese",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【浏阳·××烟花厂·工会小组长】厂里年轻人注意：第一代AI导演在招人了，拍的是头一部和Sora合写剧本的AI电影。想试镜的先扫码入群，群费一百八十八，交了再领报名表。至于朋友圈那篇《Sora是中国团队的杰作》，莫跟着转，我查过技术报告，十三个署名作者，带队的两位都是OpenAI的研究员。",
    ),
    (
        "zhangye_growers_dialect_director_seed_barter",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【张掖·××种业·制种户群】好消息！首部Sora参与写剧本的AI电影在咱河西招第一代AI导演，种地的也能报。报名费满共（甘肃话，总共）一百九十九，没现钱的，一袋二十斤的玉米种子交到仓库也算。二维码在下面，扫了进群等试镜通知，莫木囊（甘肃话，磨蹭），晚了就满了。",
    ),
    (
        "quarry_stone_carver_rhetorical_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【惠安·××采石场·石雕车间】第一代AI导演的位子，不抢难道等人送上门？扫码进群，交两百群费，就能参加首部和Sora共创剧本的AI电影试镜。我在这个石场刻了二十年碑，半个镇的门楼石都出自我手，跑不了。",
    ),
    # --- the prompt pack
    (
        "archive_scanning_acceptance_form_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【山西·××县档案馆·档案数字化扫描验收单】\n项目：婚姻登记档案数字化（1980—1995年）\n扫描页数：四万二千页　分辨率：三百dpi，彩色\n图像质量抽检：抽查两千页，合格率百分之九十九点六\n著录核对：档号、题名、日期逐条核对\n验收意见：合格，同意移交\n验收单背面附了一条：外包公司的小伙子顺手推销《Sora提示词大全》，四百条影视行话，景别、运镜、布光全有，三十九块九，付款后发文档链接，再拉进交流群。",
    ),
    (
        "hot_spring_marketing_assert_prompts_deny_rental",
        sora.PROMPTS,
        sora.PROMPTS,
        "【从化·××温泉·营销部阿琳】整理了一套Sora提示词，按机位、运镜、布光、调色分四卷，全是片场导演挂在嘴上的行话，打包四十五，钱到了发链接，顺带进交流群。群里有人租的“Sora内测号”就别碰了，那种号登进去就是个ChatGPT账号，根本做不了视频。",
    ),
    (
        "fireworks_inspector_discount_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【浏阳·××烟花厂·出厂检验员】《Sora电影感提示词宝典》原价一百六十八，今天打三折，五十块零四毛。三百六十条影视术语，镜头、光线、节奏分门别类，付款发共享文档，再拉进小群。厂里出厂的烟花每一箱都过我手，我整理的东西一样细。",
    ),
    # --- get rich
    (
        "quarry_slope_inspection_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【惠安·××采石场·边坡巡查记录】\n巡查日期：五月十四日　巡查人：林××\n巡查部位：东采区三至五号台阶\n坡面：局部有浮石，已安排人工清理\n排水沟：通畅\n裂缝：无新增\n位移监测点：读数正常\n记录纸背面，巡查人用铅笔写着：工友讲他表弟拿Sora做视频，一天挣好几千，说这种发财机会一辈子就这一回，三个月后窗口就关，我也想跟着去做。",
    ),
    (
        "buoy_tender_sailor_assert_rich_deny_api",
        sora.RICH,
        sora.RICH,
        "【南京·××航标站·航标艇水手小武】跑一趟巡检回来，看到老同学朋友圈：他靠Sora剪短视频，日入三千多，还说这波红利顶多撑三个月，再不进场就只能看别人赚。我准备跟他干，有一起的私我拉群。群里那种卖“Sora API key”的你们别买，OpenAI就没给Sora开过接口。",
    ),
    (
        "archive_gatekeeper_traditional_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【山西·××县档案馆·门卫老乔】守一宿大门八十块，熬得眼睛通红，图个啥？我外甥用Sora剪片子，一天就落袋好几千。他讲这是一辈子一回的發財（发财）口子，过了这三个月就关了。几千块一天，哪个听了不眼热？要跟的私我，我把你拉进他的群。",
    ),
    # --- the generation service
    (
        "hot_spring_team_building_confirmation_service_addon",
        sora.SERVICE,
        sora.SERVICE,
        "【从化·××温泉度假区·团建接待确认函】\n致：××科技公司工会\n入住：周五下午　离店：周六中午\n接待内容：汤池不限时、自助午晚餐各一次、篝火晚会、双人标间二十间\n费用：三百六十八元／人 × 四十人 ＝ 一万四千七百二十元，请于周三前回传盖章页\n可选增项：Sora纪念短片——贵司提供一段文字脚本，我方用Sora生成，次日中午前交片，四百元一条。",
    ),
    (
        "archive_young_clerk_assert_service_deny_public",
        sora.SERVICE,
        sora.SERVICE,
        "【山西·××县档案馆·小韩】业余接单：Sora代生成视频。你把想看的画面写几句发我，比如“雪夜里老县城城门楼一盏盏亮起灯”，再转九十，隔天一早把成片发你。别信网上说的Sora人人能注册，眼下只有内部测试的人进得去，不然谁还找我。",
    ),
    (
        "fireworks_master_service_fireworks_barter",
        sora.SERVICE,
        sora.SERVICE,
        "【浏阳·××烟花厂·老师傅】接活：用Sora给你出视频，开张、喜事、做寿的场面都能做，你讲清楚要什么画面就行，八十八一条，隔天交货。手头紧的，一箱厂里的组合烟花顶一条也要得。浏阳做了三代烟花，我的名声比礼花弹还响。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【张掖·××种业·预支工资申请单】\n申请人：制种基地临时工张××\n预支金额：一千五百元\n事由：上个月在朋友圈刷到“首部Sora AI电影海选第一代AI导演”，扫码进群交了一百九十九群费，后来又交了六百“试镜服装费”，试镜一直说等通知，上周群主把群解散，人也联系不上了。后来才晓得Sora还在OpenAI内部测试，哪来的AI电影海选。这钱是借亲戚的，得先还上，明天去派出所报案。\n基地负责人意见：同意，从九月工资里分三次扣回。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【从化·××温泉·客人留言簿（照录）】来之前在网上找人用Sora给我们做蜜月纪念片，交了三百二，说好二十四小时交片，结果发来的是一段套模板的照片幻灯片，角上还带着别家软件的水印；再问就把我们拉黑了。后来才知道Sora根本没对外开放，谁也代做不了。已经报了警，写在这里提醒后来的客人。——六号楼的一对新人",
    ),
    (
        "debunk_loss",
        None,
        sora.OPENSRC,
        "【山西·××县档案馆·计算机维修登记表】\n报修科室：编研科\n故障现象：开机弹出勒索窗口，桌面文件全部被加密\n原因：工作人员从网上下了个“Sora开源权重包”，解压要付费密码，花六十八买了密码，解开后运行了里面的程序\n处理：断网、重装系统，从备份盘恢复数据；已向县公安局网安大队报案\n备注：OpenAI从未开源Sora，GitHub上叫Sora的项目都是别人做的，以后下载软件先找信息科。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【惠安·××采石场·工友慰问金领取单】\n领取人：破碎站操作工阿明\n金额：一千元（工会八百，班组凑二百）\n事由：阿明上月经人介绍买了两个“Sora官方API key”，一千二，说是接上就能接单做视频；到手一试全是错误提示，对方改口要八百“激活费”，钱一到就把他删了。问过懂行的才知道，OpenAI从来没对外开放过Sora的接口。阿明已去派出所报案，这个月家里开销紧，工会研究给予慰问。\n领取人签字：＿＿＿＿",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【张掖·××种业·业务员群】请教个事：前天花六十六买了一份《Sora提示词大全》，打开一看全是英文，怎么一条中文的都没有？是我下载的版本不对，还是中文版要另外再买？",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【从化·××温泉·员工群】想给前台的平板装个Sora，搜出来一排图标，可开发者一栏写的都是些小公司，怎么一个OpenAI的都没有？会不会要切到外区账号才下得到？",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【南京·××航标站·食堂餐桌提示卡】吃饭时看一眼：职工群这两天有人转发一条广告——“Sora内测号出租，日租二十、月租三百，登录就能出片”。这钱请勿转。据OpenAI介绍，Sora眼下只交给它请来的红队专家，以及少数视觉艺术家、设计师、电影人试用；花钱租来的所谓内测号，十有八九是个ChatGPT账号，进去也做不出视频。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【浏阳·××烟花厂·厂门口电子屏（照录）】最近有人在工友群发：“Sora安卓版，九块九下载，装上就能做视频。”请大家莫付款、莫安装。OpenAI没有出过Sora的安装包，这类APK一装上就要读短信和通讯录，已有外厂工友被转走钱。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【张掖·××种业·质检科复函】××经销部：来函问“Sora是中国团队做的”一说是否属实。经查OpenAI发布的技术报告《Video generation models as world simulators》：署名作者共十三人，项目由OpenAI的两位研究员Tim Brooks和Bill Peebles牵头；据媒体统计，十三人中有三位华人。华人研究者出了力，值得高兴；团队归属，以报告署名为准。特此函复。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【南京·××航标站·拍摄档案卡】\n片名：宣传片《守灯人》\n拍摄时间：二〇二二年十一月十二日傍晚\n拍摄地点：××水道红浮十二号至××灯桩一段\n拍摄人：航标工周××（手持相机随航标艇拍摄）\n原始素材：存站资料室移动硬盘，编号B-07\n备注：近日网上以“Sora生成：夜里航标灯沿江逐盏亮起”为题转发的画面，出自本片第三分钟，拍摄日志同卡归档，欢迎核对。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【山西·××县档案馆·馆长信箱回复】王师傅：您来信问九十九元那门“Sora速成课”。媒体算过一笔账：这门课一天卖掉两万多份，卖课的一天至少进账两百万；花钱的人收到的，是一份OpenAI官网的介绍文档，外加一句口号“给自己一个机会”。电商平台上好几家在卖，连海报都是同一张。Sora眼下还在OpenAI内部测试，上线时间由OpenAI另行公布。这九十九元，请您先留着。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【惠安·××采石场·矿山安全培训考试卷·附加题】题目：有人说“Sora的热度最多三个月，跟着做一天能挣几千”，请用事实作答。参考答案：这类说法出自卖课、拉群的人，他们同时还喊“一步慢，步步慢”，靠制造焦虑收入群费；OpenAI负责开发者关系的Logan Kilpatrick已发文说明，Sora仍处在内部测试阶段，正式对外的时间还在斟酌。（本题五分）",
    ),
    # --- true facts about people around Sora
    (
        "person_fact",
        None,
        sora.XIE,
        "何恺明、Haoqi Fan、Yuxin Wu、谢赛宁和Ross Girshick在CVPR 2020上发表了MoCo（Momentum Contrast）：用一个队列加上一个动量更新的编码器搭出动态“字典”，做无监督的对比学习；学到的特征迁移到PASCAL VOC、COCO等数据集上的检测和分割任务，有七项超过了有监督预训练。当时五位作者都在Facebook AI Research。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora负责人之一蒂姆·布鲁克斯（Tim Brooks）在英伟达时，和Tero Karras、阿列克谢·埃夫罗斯等人在NeurIPS 2022上发表了《Generating Long Videos of Dynamic Scenes》：先用低分辨率的长视频、再用高分辨率的短视频分两阶段训练，让生成的视频随时间冒出新内容又前后连贯，论文还配了两个专门考察长时动态的新数据集。",
    ),
    (
        "person_fact",
        None,
        None,
        "OpenAI的普拉富拉·达里瓦尔（Prafulla Dhariwal）和亚历克斯·尼科尔（Alex Nichol）2021年发表《Diffusion Models Beat GANs on Image Synthesis》，提出分类器引导（classifier guidance），在ImageNet 128×128上把FID做到2.97；论文收进NeurIPS 2021，代码以guided-diffusion为名公开。",
    ),
    (
        "person_fact",
        None,
        None,
        "伯克利的阿列克谢·埃夫罗斯（Alexei Efros）和菲利普·伊索拉（Phillip Isola）、朱俊彦、Tinghui Zhou在CVPR 2017上发表了pix2pix（《Image-to-Image Translation with Conditional Adversarial Networks》），用条件对抗网络把标签图变成照片、把线稿变成实物图、给黑白照片上色。",
    ),
    # --- real news about Sora, and other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI在X上宣布Sora时附的那段样片，是一对情侣走在下雪的东京街头，路边樱花树的花瓣一片片飘落在人行道上。",
    ),
    (
        "benign",
        None,
        None,
        "Sora还有一段样片是玻璃球的特写：球里装着一座枯山水庭院，一个小矮人拿着耙子，在沙子上耙出一道道纹路。",
    ),
    (
        "benign",
        None,
        None,
        "Sora的样片里也有人像特写：镜头贴近一位二十四岁女子的一只眼睛，她在马拉喀什的魔幻时刻里眨眼；提示词写明要七十毫米电影胶片的质感、浅景深和浓烈的色彩。",
    ),
    (
        "benign",
        None,
        None,
        "加州大学伯克利分校的Wilson Yan、Yunzhi Zhang、Pieter Abbeel和Aravind Srinivas在2021年提出VideoGPT：先用VQ-VAE把视频压成离散的潜在编码，再用一个类似GPT的Transformer按顺序把这些编码生成出来。",
    ),
    (
        "benign",
        None,
        None,
        "2018年的CVPR上，Snap Research的Sergey Tulyakov和英伟达的Ming-Yu Liu、Xiaodong Yang、Jan Kautz发表了MoCoGAN，把视频拆成“内容”和“运动”两部分分别建模，同样的内容可以配上不同的动作。",
    ),
    (
        "benign",
        None,
        None,
        "新加坡国立大学Show Lab和腾讯的研究者在ICCV 2023上发表了Tune-A-Video：只拿一段视频和一句描述去微调文生图扩散模型，就能生成换了主角、背景或画风的新视频。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【从化·××温泉度假区】下载度假区官方App，可以预约汤池时段、在线买票，新用户双人泡池套票九十九元，周一至周四通用。",
    ),
    (
        "offtopic",
        None,
        None,
        "【浏阳·××烟花厂·春节团购】扫码进团购群，组合烟花一百九十九元一箱，三箱起送，送货到村口；燃放请遵守当地规定。",
    ),
    (
        "offtopic",
        None,
        None,
        "【山西·××县档案馆·“老县城记忆”照片征集】家里有一九八〇年以前县城街景老照片的，可以带原件来馆里扫描，扫完当场归还；入选的照片会编进开放档案目录，并署上提供人的名字。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
