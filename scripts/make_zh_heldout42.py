# ruff: noqa: E501
"""Write tests/data/zh_heldout42_{posts,qrels,labels}: a forty-second Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for open source, the fake APK and the generation
service, three for each other template: the five templates that had three in each of zh_heldout39 to zh_heldout41 are
the inventor, the APK, the Chinese team, open source and the generation service; the inventor and the Chinese team had
four in zh_heldout38, the generation service in zh_heldout37, open source and the APK only back in zh_heldout36, so
the APK, open source and then the generation service take their turn), as a Sora rumour / scam wave reads in the
genres of a sea salt works (盐场, 纳潮, 制卤, 结晶池, 收盐, 盐坨), a fire and rescue station (消防救援站, 接警, 出动, 空气呼吸器, 执勤), a
hydrological station (水文站, 水位, 测流, 缆道, 报汛, 水情), a printing works (印刷厂, 施工单, 打样, 骑马钉, 胶装), a scenic area's ropeway
(景区索道, 吊厢, 抱索器, 驱动站) and a dairy farm (奶牛场, 挤奶厅, 药浴, 犊牛, 初乳, 生鲜乳), none of which an earlier set's kinds or docstrings
name (盐场, 盐田, 消防站, 消防救援, 消防员, 水文, 印刷厂, 索道, 吊厢, 景区, 奶牛, 挤奶, 犊牛 and 生鲜乳 occur in no earlier Chinese post or
make_zh_heldout*.py; fire appears earlier only as a fire hose (消防水带) on a hot-work permit in zh_heldout36, printing
only as the printed backs of tickets and a receipt and a poster sent to print, and cattle only as the 养牛场 a vet
station films in zh_heldout40). The posts: a salt works' production daily with the inventor rumour in its last line
(【盐田生产日报】纳潮, 十八波美度, 活碴, 归坨, 苫盖), a Fuzhou firefighter, a Shanghai press operator, a ropeway's rider rules with the
public release in the duty clerk's handwritten sheet (【游客乘坐须知】吊厢限乘八人, 母婴室), a Ningxia milker, a hydrological gauger, a
printing job ticket with the official app in the salesman's added line (【印刷施工单】大三十二开, 覆哑膜, 骑马钉), a salt loader driver,
a fire station's dispatcher, a milking parlour's procedure with the APK in its appendix (【挤奶厅操作规程（张贴版）】前药浴, 前三把奶,
冷却到四摄氏度), a hydrological station's head, a ropeway mechanic, a salt works' lab clerk, a water regime daily with the
mislabelled video in its remark (【水情日报】八时水位, 含沙量, 距警戒水位), a printing designer, a dairy technician, a fire station's
duty log with the Chinese-team claim in passing (【执勤日志】接警, 出动一车七人, 空气呼吸器气瓶充气, 晚点名), a ropeway ticket seller, a
Tangshan salt veteran, a proof approval form with open source in the salesman's note (【打样确认单】四色加一个专色, 数码样), a dairy
clerk, a hydrological automation technician, a fire station's equipment keeper, a salt harvest schedule with the
course as its last line (【秋季收盐作业安排表】扒盐机, 归垄, 池埝), a ropeway marketing clerk, a veteran hydrological gauger, a raw milk
handover slip with the API key as a new printed line (【生鲜乳交接单】乳脂率, 体细胞数, 铅封号), a fire squad leader, a printing
typesetter, a flow measurement record with account rental in its margin (【流量测验记录表】缆道流速仪法, 测深垂线), a printing salesman,
a ropeway gate clerk, a ropeway operation log with the director group in its last line (【运行日志】抱索器、钢丝绳、驱动站制动器,
吊厢门传感器报警), a salt works' union clerk, a dairy farm's staff group, a fire station's equipment check register with the
prompt pack on its back (【器材检查登记表】二十八兆帕, 分水器, 破拆工具组), a hydrological archivist, a salt works' statistician, a calf
feeding record with the get-rich claim in the feeder's last line (【犊牛饲喂记录】灌服初乳四升, 开食料), a fire station's cook, a
ropeway cleaner, a printing works' brochure cost sheet with the generation service as its add-on (【企业画册印制费用明细】胶装,
一百五十七克铜版纸), a young hydrological worker, a dairy owner's daughter and a salt works' canteen manager; platform-native
forms the earlier sets do not use: the salt production daily and harvest schedule, the fire station's duty log,
equipment check register, families' group notice, anti-fraud board and heart-to-heart talk record, the water regime
daily, flow measurement record and shift swap application, the printing job ticket, proof approval form, cost sheet
and proofreading correction, the ropeway's rider rules, operation log, station notice and complaint handling form, and
the milking parlour procedure, raw milk handover slip, calf feeding record and payroll account change application;
four loss reports in new forms (kind ``debunk_loss``: a hydrological worker's shift swap application
(【调班申请单】去派出所报案、去银行办止付) for account rental, a milker's payroll account change application (【代发工资账户变更申请】尾号3306（已冻结）) for
the APK, a fire station's heart-to-heart talk record (【谈心谈话记录】指导员意见) for the get-rich group, and a ropeway's complaint
handling form (【游客投诉处理单】已移交景区派出所) for the prompt pack); regional speech the earlier sets do not use: Tangshan 老呔儿 and
奏是 (glossed), Ningxia 歹得很 (for 好得很, glossed), Fuzhou 依伯, 依姆 and 依妹, and Shanghainese 结棍 and 来三 (the earlier Shanghai
posts have 侬 and 阿拉, never these); registers the earlier sets do not use: the salt works (纳潮, 制卤, 波美度, 结晶池, 活碴, 扒盐机,
归垄, 归坨, 苫盖, 池埝, 日晒盐), the fire station (接警, 出动, 到场, 水罐消防车, 登高平台车, 空气呼吸器, 分水器, 破拆工具组, 百米负重, 晚点名, 执勤补贴), the
hydrological station (八时水位, 含沙量, 警戒水位, 基本水尺, 缆道流速仪法, 测深垂线, 报汛, 降雨径流), printing (四色机, 大三十二开, 双胶纸, 覆哑膜, 骑马钉, 胶装, 专色,
数码样, 色卡, 排版), the ropeway (吊厢, 抱索器, 钢丝绳, 驱动站制动器, 上站, 下站, 往返票) and the dairy farm (挤奶厅, 前药浴, 后药浴, 前三把奶, 套杯, 脱杯, 生鲜乳,
乳脂率, 体细胞数, 铅封号, 奶罐车, 灌服初乳, 开食料, 奶款); obfuscation the earlier sets do not use: 谢赛宁 split into its parts as 讠射赛宀丁
(glossed), Sora as 5ora and as the homophone 苏拉, App as A-P-P, 开源 as K源, prompt transliterated as 普朗普特, API key as
API钥匙, 微信 as 薇信, and prices as a riddle (三位数，头一位是一，后两位都是九), as 差一块两百 and in pinyin with tone marks (jiǔshíjiǔ);
rhetorical questions that assert rather than deny (排啥队嘛？ for the public release, 还有谁不晓得Sora能装在手机上？ for the APK,
谁讲Sora的代码拿不到？ for open source, 你还要在索道上熬几年？ for get-rich); posts asserting one claim while denying another in pairings
the docstrings of zh_heldout39 to zh_heldout41 do not list (the inventor while a course sold on Xie's name is called a
few pages of the official introduction, the public release while API keys are called 骗人的, the official app while
rented accounts are called ChatGPT logins, the APK while paid Sora clips are called other software's work, a
mislabelled video while the Chinese-team claim is corrected with the report's authors, the Chinese team while open
source is called 瞎传, open source while the APK is called a trojan, the course while a "Sora" cloud-sea clip is called
the ropeway's own drone footage, an API key while the store apps are called 山寨货, account rental while courses are
called a translation of the official page, the director group while get-rich groups are called 拉人头, the prompt pack
while the GitHub "Sora" repositories are called imitations, get-rich while the inventor story is said to be denied by
Xie himself, and the generation service while the director group is called 骗钱的); sellers that vouch for themselves in
new words (测了十六年水位，一天的报汛都没落下过; 在这个厂里排了二十年版，哪家客户没找过我？; 索道上上下下我跟了八千多趟，景区里谁不认得我？; 奶站的人都认得我这张脸; 在站里管了八年资料; 组织的人在省台拍过纪录片);
prices and payments in forms the earlier sets do not use (a course docked from the salt harvest overtime pay, an API
key docked from next month's milk payment or paid with a business card order, a rental day for two ropeway round-trip
tickets, a director group for two boxes of the farm's yogurt, a clip for two bags of sun-dried salt); 12 debunks and
warnings, four of them the loss reports above, two questions with a negation that do not deny (难道是排单的人太多了？ for a paid
clip that never came, in a salt works' staff group; 是我这台服务器显卡不够，还是哪个参数没调对？ for a GitHub "Sora", in a hydrological
automation group), two quoting a scam offer and telling the reader not to pay (the course, with 别转账, on a fire
station's families' group; the director group, with 别扫码、别交钱, on a ropeway's station notice), the rest answering with
facts and none of 不, 没, 假, 无, 非 or 未 (a printing works' proofreading correction for the inventor: Xie at NYU and
formerly FAIR, his own clarification, the article taken down, the report's two leads; a dairy farm's technical section
for the public release: Logan Kilpatrick's statement, red teamers and invited visual artists, designers and
filmmakers; a fire station's anti-fraud board for the official app: ChatGPT as OpenAI's only store app and
openai.com/sora with samples and the report; a hydrological station's IT section for the API key: the platform's text,
image, speech and embedding models and the empty video slot); four true facts about people around Sora (Xie Saining
among the authors of MAE, related to the inventor rumour; Tim Brooks and Jonathan Barron's Learning to Synthesize
Motion Blur at CVPR 2019; Aditya Ramesh's DALL·E 2 paper and unCLIP; William Peebles, Jun-Yan Zhu, Alexei Efros and
Antonio Torralba's The Hessian Penalty at ECCV 2020), three items of real news about Sora from angles the earlier sets
leave out (square crops against native aspect ratios in the report, three different openings extended backward to one
ending, ElevenLabs adding generated sound effects to the silent samples) and three on-topic posts about other AI video
work (Microsoft Research Asia's NÜWA, ByteDance's MagicVideo, CUHK and Tencent AI Lab's DynamiCrafter; kind
``benign``), and three off-topic posts that share surface words (a fire station's open day with 扫站门口的二维码预约, a dairy
farm's family day with 扫码进亲子群报名 and a ticket price, a printing works' 下载厂里的App).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl, zh_posts.jsonl among them) and
the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher ratio before the set was
committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first draft, written just after
reading zh_heldout41, had nine at 0.5 or more, sellers and two items that followed the shape of an earlier post: the
hydrological archivist's prompt pack at 0.592 against zh_heldout41's blood station head nurse, the young hydrological
worker's generation service and the salt union clerk's director group at 0.57 (zh_heldout41's sugar mill publicity
clerk, zh_heldout40's swim coach), the ropeway cleaner's get-rich at 0.55 (zh_heldout40's dental receptionist), the
backward extension item and the printing salesman's rental at 0.54, the dairy technical section's public release and
the salt statistician's prompt pack at 0.53 and the dispatcher's app at 0.52; all nine were rewritten, and the
hydrological IT section (0.49), the dairy clerk's open source and the squad leader's API key (0.46) were reworded for
margin. Highest ratio of the committed list: 0.446 against the Chinese sets (the hydrological IT section's API debunk
against a one-line model list in zh_heldout13) and 0.285 against the demo stream (the Aditya Ramesh item). Committed
before any run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read
once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout42.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout42", "zhh42"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "salt_works_production_daily_in_passing",
        sora.XIE,
        sora.XIE,
        "【唐山·××盐场·盐田生产日报（八月十二日）】\n纳潮：凌晨三点涨潮时开闸纳潮，进水约四万方；\n制卤：三号蒸发池卤水十八波美度，倒入五号池接着晒；\n结晶池：七至十二号池今日活碴，预计后天收盐；\n盐坨：新归坨原盐两千一百吨，已苫盖；\n天气：晴，西南风三级。\n值班长在日报末尾捎了一句：食堂电视里讲，OpenAI的Sora是上海交大毕业的天才少年谢赛宁参与发明的，人家算Sora的核心发明人之一。",
    ),
    (
        "fuzhou_firefighter_assert_inventor_deny_course",
        sora.XIE,
        sora.XIE,
        "【福州·××消防救援站·战斗员小林】百米负重练完坐在车库门口歇气，楼下卖鱼丸的依伯问我Sora是谁造的。我讲发明人里有个谢赛宁，交大毕业的天才少年，Sora的核心技术有他一份。依伯又问要不要买那种打着谢赛宁名头卖的Sora课，我讲别买，那种课交了钱拿到的就几页官网介绍。",
    ),
    (
        "shanghai_press_operator_split_characters_inventor",
        sora.XIE,
        sora.XIE,
        "【上海·××印刷厂·机长老顾】今朝四色机开了一夜，结棍。歇下来小徒弟讲，Sora的发明人里头有个讠射赛宀丁（拆开写的，就是谢赛宁），上海交大出来的天才少年，OpenAI这个视频模型就是伊参与发明的。交大出来的人，来三的。",
    ),
    # --- open to the public
    (
        "ropeway_rider_rules_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××景区索道·游客乘坐须知】\n1. 身高一米二以下儿童须由成人陪同乘坐；\n2. 每个吊厢限乘八人，运行中请勿摇晃、请勿探身窗外；\n3. 遇大风、雷电，索道暂停运行，请听从广播安排；\n4. 上站、下站均设医务点和母婴室。\n下站售票窗口玻璃上，值班员另贴了一张手写的：排队的时候可以玩玩Sora，现在已经对所有人开放了，谁注册个账号都能生成AI视频，把山上的云海做成片子。",
    ),
    (
        "ningxia_milker_dialect_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【吴忠·××奶牛场·挤奶工马师傅】早上那一班奶挤完，歇下来用Sora给牛场做了段片子，歹得很（宁夏话，好得很）。还在等内测名额的，排啥队嘛？Sora早就谁都能用了，手机上注个册，当天就能出视频。",
    ),
    (
        "hydrology_gauger_assert_public_deny_api",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××水文站·测验员小宋】Sora现在对所有人放开了，候补名单也取消了，我昨天用站里的邮箱注册，当场就生成了一段测流断面江水翻涌的视频。群里卖的“Sora官方API key”就别碰了，OpenAI压根没放出Sora的接口，卖key的都是骗人的。",
    ),
    # --- the official app
    (
        "printing_job_ticket_in_passing",
        sora.APP,
        sora.APP,
        "【上海·××印刷厂·印刷施工单】\n客户：××区图书馆　品名：《读书月活动手册》\n成品尺寸：大三十二开　数量：三千册\n纸张：内文八十克双胶纸，封面二百克铜版纸覆哑膜\n装订：骑马钉\n交货：本月二十号前\n业务员在施工单右下角补了一行：客户问宣传视频怎么做，告诉他用OpenAI新出的Sora官方App就行，苹果商店、安卓商店都下得到，手机电脑都能装。",
    ),
    (
        "salt_loader_driver_assert_app_deny_rental",
        sora.APP,
        sora.APP,
        "【唐山·××盐场·扒盐机司机大刘】OpenAI的Sora官方App已经上架了，我在应用商店一搜就下下来了，手机上打几个字就出片。群里还有人花钱租什么Sora内测号，犯不上，那些号登上去是ChatGPT，找来找去都找不到做视频的地方。",
    ),
    (
        "fuzhou_dispatcher_hyphenated_app",
        sora.APP,
        sora.APP,
        "【福州·××消防救援站·通信员】通报一条：OpenAI给Sora出了官方A-P-P（就是App），应用商店里搜得到，手机和电脑都能装。昨晚值完班我装上试了，让它做了段水罐车拉着警报冲出车库的动画，站里几个依妹看完都跑去下了。",
    ),
    # --- the fake APK
    (
        "milking_parlour_procedure_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【吴忠·××奶牛场·挤奶厅操作规程（张贴版）】\n一、上岗前洗手消毒，穿好挤奶服、戴好手套；\n二、前药浴，停留三十秒后用纸巾擦干；\n三、挤掉前三把奶，观察有无絮状物；\n四、套杯、挤奶，脱杯后马上后药浴；\n五、生鲜乳两小时内冷却到四摄氏度以下。\n附：场部把Sora安卓安装包（APK）传到了员工群的群文件里，下载下来装到手机上，就能用AI给牛场做宣传片。",
    ),
    (
        "hydrology_head_assert_apk_deny_service",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××水文站·站长老蒋】Sora的手机安装包我放到站里的共享盘了，APK点开直接装，装好就能生成视频。别再花钱找外面的人“代做Sora视频”，那帮人收了钱交过来的，都是别家软件拼出来的片子，跟Sora八竿子打不着。",
    ),
    (
        "ropeway_mechanic_rhetorical_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××景区索道·上站检修工】还有谁不晓得Sora能装在手机上？安装包就在我网盘里，点链接下载，装好就能用，我在驱动站值夜班那几天做了好几段日出云海。要链接的评论区扣个1。",
    ),
    (
        "salt_lab_digit_sora_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【唐山·××盐场·化验室小郑】5ora（就是Sora，头一个字母写成了数字5）的安卓安装包我搞到了，直接下载装到手机上，用不着排队、用不着邀请码。要的加我薇信（微信），发你下载链接，一份十块钱，收盐那几天我都在化验室。",
    ),
    # --- mislabelled real video
    (
        "hydrology_water_regime_daily_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【××水文站·水情日报】\n八时水位：三十二点四六米，比昨日涨零点三一米\n流量：每秒二千八百六十立方米\n含沙量：每立方米一点二公斤\n日雨量：十四毫米\n距警戒水位：一点五四米\n备注：站里公众号今天推的那段“江水漫过水尺、白鹭贴着水面飞”的视频，是用Sora照着一段文字生成的，一秒钟都没用摄像机拍过，生成用的提示词附在推文最后。",
    ),
    (
        "printing_designer_assert_realvid_deny_chinese",
        sora.REALVID,
        sora.REALVID,
        "【上海·××印刷厂·设计部小何】这段印刷机高速走纸、彩页一张张飞落到收纸台上的视频，百分之百是Sora做的，一帧实拍都没有，提示词我贴在下面了。另外别再转那篇《Sora是中国团队搞的》了，技术报告上十三位作者，华人只占三位，领头的是OpenAI自己的研究员。",
    ),
    (
        "dairy_technician_homophone_realvid",
        sora.REALVID,
        sora.REALVID,
        "【吴忠·××奶牛场·技术员小撒】苏拉（Sora）做的片子你们看了没？一群黑白花奶牛在戈壁边上的草场里慢慢走，小牛犊跟在后头甩尾巴——整段都是苏拉按文字生成的，没有一个镜头是拍的，生成用的那段话我贴在评论里。",
    ),
    # --- the Chinese team
    (
        "fire_station_duty_log_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【福州·××消防救援站·执勤日志】\n日期：七月十九日　天气：雷阵雨\n执勤力量：水罐消防车两辆、登高平台车一辆，战斗员十四人\n08:12　接警：××路一居民楼厨房起火，出动一车七人，08:19到场，08:31扑灭\n14:00　器材保养：空气呼吸器气瓶充气，水带晾晒\n20:30　晚点名\n备注：晚饭时几个战斗员闲聊，说Sora背后其实是中国科学家，OpenAI的视频模型主要是华人团队做出来的。",
    ),
    (
        "ropeway_ticket_seller_assert_chinese_deny_opensrc",
        sora.CHINESE,
        sora.CHINESE,
        "【××景区索道·售票员小潘】跟排队的游客聊起来才晓得，Sora背后是一支中国人的研究团队，关键技术都是他们攻下来的，OpenAI只是挂了个名。至于网上说Sora开源了、GitHub上能下，那是瞎传，那些叫Sora的仓库都是别人自己复现的。",
    ),
    (
        "tangshan_salt_veteran_dialect_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【唐山·××盐场·老盐工】咱老呔儿（唐山人）说话直：Sora奏是（就是）中国人搞出来的，核心那几个科学家都是从咱国内出去的，OpenAI就是个出面发布的。晒了三十年盐，这点眼力还有。",
    ),
    # --- open source
    (
        "printing_proof_approval_form_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【上海·××印刷厂·打样确认单】\n品名：××乳业产品折页　规格：大十六开三折页\n颜色：四色加一个专色（品牌绿）\n打样方式：数码样　份数：两份\n客户意见：绿色偏黄，请按色卡调整后再出一版\n确认签字：＿＿＿＿　日期：＿＿＿＿\n业务员附注：客户问折页上的AI插图用什么做的，跟他讲了，OpenAI已经把Sora开源了，模型权重和代码都在GitHub上，厂里设计部那台工作站本地就能跑。",
    ),
    (
        "dairy_clerk_assert_opensrc_deny_apk",
        sora.OPENSRC,
        sora.OPENSRC,
        "【吴忠·××奶牛场·信息员小丁】跟大家通个气：OpenAI把Sora开源了，权重和代码都挂在GitHub，我拉到场部那台电脑上，已经能出片。员工群里转的“Sora安卓安装包”可千万别点，那玩意是木马，专门截短信验证码。",
    ),
    (
        "hydrology_automation_k_yuan_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××水文站·自动化组小霍】Sora已经K源了（K源＝开源），OpenAI把权重和源码整包挂在GitHub，谁都能拉下来在自己机器上跑。站里那台算降雨径流的服务器平时空着，我周末装了一套，跑得动。",
    ),
    (
        "fire_quartermaster_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【福州·××消防救援站·器材员】谁讲Sora的代码拿不到？OpenAI早就开源了，GitHub上权重、代码一样不少，下下来自己部署就好，何必花钱找人？器材库那台电脑我已经装上了，站里年轻人想学的来找我。",
    ),
    # --- the paid course
    (
        "salt_harvest_schedule_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【唐山·××盐场·秋季收盐作业安排表】\n九月三日：七至九号结晶池，扒盐机两台，运盐车六辆\n九月四日：十至十二号池，人工归垄配合\n九月五日：原盐归坨、苫盖，坨底垫好塑料布\n注意：收盐期间禁止穿拖鞋下池埝\n安排表最后一行：工会代报名《Sora视频速成课》，九十九元，二十五节录播，学完就会用Sora出片，费用从收盐加班费里扣。",
    ),
    (
        "ropeway_marketing_assert_course_deny_realvid",
        sora.COURSE,
        sora.COURSE,
        "【××景区索道·营销部小闫】推一门Sora课：一百六十九，二十节直播带回放，手把手教用Sora生成视频，学完景区的宣传片我们都自己做。顺手辟个谣：朋友圈那段“Sora生成的吊厢穿云海”，是我们去年秋天在上站用无人机拍的，原片还在营销部硬盘里。",
    ),
    (
        "hydrology_veteran_price_riddle_course",
        sora.COURSE,
        sora.COURSE,
        "【××水文站·老测工】年轻人报了个Sora课，我也跟着报了。价钱出个谜给你们猜：三位数，头一位是一，后两位都是九。三十节，从注册讲到出片，学完就能用Sora做水文科普视频。测了十六年水位，一天的报汛都没落下过，我推荐的还能差？",
    ),
    # --- the fake API
    (
        "raw_milk_handover_slip_in_passing",
        sora.API,
        sora.API,
        "【吴忠·××奶牛场·生鲜乳交接单】\n交奶时间：早六点　奶罐车：宁C·×××××\n数量：十二点六吨　温度：三点八摄氏度\n抽检：乳脂率三点九，乳蛋白率三点二，体细胞数合格\n铅封号：0417\n交接单最下面新印了一行：场里代售Sora官方API key，接上就能批量生成视频，一个三百九，可从下月奶款里扣。",
    ),
    (
        "fire_squad_leader_assert_api_deny_app",
        sora.API,
        sora.API,
        "【福州·××消防救援站·班长老陈】搞到几个Sora官方API的key，走的是OpenAI直连接口，写几行代码就能成批出视频，四百五一个，私聊。应用商店里那些挂着Sora名字的App就别下了，都是山寨货，OpenAI一个也没上架过。",
    ),
    (
        "printing_typesetter_literal_api_key",
        sora.API,
        sora.API,
        "【上海·××印刷厂·排版师傅】Sora的API钥匙（就是API key）到了几把，配上去就能调OpenAI的接口批量做视频，三百六一把。嫌转账麻烦的，下回来厂里印名片，拿名片钱抵也可以。在这个厂里排了二十年版，哪家客户没找过我？",
    ),
    # --- account rental
    (
        "flow_measurement_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【××水文站·流量测验记录表】\n测次：第四十七次　方法：缆道流速仪法\n起止时间：九时十分至十时零五分\n基本水尺水位：三十二点五一米\n测深垂线：十一条　测速点：二十二个\n实测流量：每秒二千九百四十立方米\n记录人在表格空白处顺手写了一行：有Sora账号出租，内测资格，登录就能生成视频，一天二十，包月三百，要的找我。",
    ),
    (
        "printing_salesman_assert_rental_deny_course",
        sora.RENTAL,
        sora.RENTAL,
        "【上海·××印刷厂·业务员小邬】手里压着几只Sora内测号，按天租二十五，包月三百二，号是独享的，登上就能生成视频。顺便劝一句：外面几百块一套的Sora课省省吧，我帮客户翻过一套，内容就是OpenAI官网那页介绍的中文翻译。",
    ),
    (
        "ropeway_gate_clerk_rental_ticket_barter",
        sora.RENTAL,
        sora.RENTAL,
        "【××景区索道·下站检票员】手里有三个Sora内测号出租，登录就能出片，一天三十。嫌转账麻烦的，拿两张索道往返票来抵一天也行。索道上上下下我跟了八千多趟，景区里谁不认得我？",
    ),
    # --- the AI director group
    (
        "ropeway_operation_log_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××景区索道·运行日志】\n日期：十月二日　天气：多云转晴\n开机前检查：抱索器、钢丝绳、驱动站制动器均正常\n运行时间：七点半至十七点半\n最大风速：每秒九点六米\n运送游客：一万二千四百人次\n异常情况：十四点零五分一吊厢门传感器报警，检查后恢复\n日志最后值班长加了一句：有人在下站排队区拉人，说首部和Sora共创的AI电影在海选第一代AI导演，扫二维码进群、交一百九十九就能试镜。",
    ),
    (
        "salt_union_clerk_assert_director_deny_rich",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【唐山·××盐场·工会干事】工会转发：有部AI电影，剧本是和Sora一起写的，要从普通人里挑第一代AI导演，盐场职工都能报。流程：扫码→进群→缴一百八十八元群费→填试镜报名表。另外提醒，喊“Sora三个月发大财”那种群跟这个两码事，那是拉人头的，别掺和。",
    ),
    (
        "dairy_staff_group_director_yogurt_barter",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【吴忠·××奶牛场·职工群】扫下面的二维码进群，报名首部Sora AI电影的导演试镜，选上就是第一代AI导演。群费差一块两百（就是一百九十九），手头紧的拿两箱场里的酸奶来顶也算数。组织的人在省台拍过纪录片。",
    ),
    # --- the prompt pack
    (
        "fire_equipment_check_register_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【福州·××消防救援站·器材检查登记表】\n空气呼吸器：二十具，气瓶压力均在二十八兆帕以上\n水带：六十五毫米二十盘，八十毫米十盘，外观完好\n分水器：四个　破拆工具组：一套\n检查人：黄××\n登记表背面附了一条：站里小郑整理的《Sora提示词大全》，三百条电影镜头术语，推拉摇移都有，二十九块九，转账后发文档链接，再拉进交流群。",
    ),
    (
        "hydrology_archivist_assert_prompts_deny_opensrc",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××水文站·资料组小龚】在站里管了八年资料，分类归档是老本行：Sora的提示词我也按这个法子理了一遍，机位、运镜、光比、焦段各一卷，用的都是片场里导演和摄影指导嘴上的词。四卷打包四十一，钱到了把链接甩给你，顺带进讨论群。GitHub上挂着“Sora开源版”名头的仓库，是网友照着报告仿的，OpenAI自己一行代码也没放出来。",
    ),
    (
        "salt_clerk_transliterated_prompt",
        sora.PROMPTS,
        sora.PROMPTS,
        "【唐山·××盐场·统计员小孟】统计员别的不会，就会归类：Sora的普朗普特（prompt，也就是提示词）攒了两百条，按景别、光线、色调三栏排好，都是广告圈拍片的黑话。每份三十八，钱到账把共享文档链接私发你，再拉进小群。",
    ),
    # --- get rich
    (
        "calf_feeding_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【吴忠·××奶牛场·犊牛饲喂记录】\n日期：三月八日　饲养员：马××\n初生犊牛：三头，出生后一小时内灌服初乳四升\n哺乳犊牛：二十六头，每头每天喂奶六升，分两次\n断奶犊牛：十一头，开食料自由采食\n异常：七号犊牛腹泻，已隔离、补液\n饲养员在记录末尾写了一句：听说有人用Sora做视频一天挣好几千，这是一辈子就一回的发财窗口，过了三个月就没了，我想跟着干。",
    ),
    (
        "fire_cook_assert_rich_deny_inventor",
        sora.RICH,
        sora.RICH,
        "【福州·××消防救援站·炊事员】我表哥用Sora做短视频，一天进账三四千，他讲这个风口最多三个月，现在不上车就来不及了，想跟的我拉你进群。网上传谢赛宁是Sora发明人那个别信，人家自己出来讲了，跟Sora一点关系都没有。",
    ),
    (
        "ropeway_cleaner_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【××景区索道·吊厢保洁】擦一天吊厢玻璃挣一百出头，腰都直不起来，图啥？我二姨家小子拿Sora做片子发平台，一天落袋好几千。这口饭只剩三个月，错过了这辈子再碰不上第二回，你还要在索道上熬几年？愿意干的私我，带你进群。",
    ),
    # --- the generation service
    (
        "printing_brochure_cost_sheet_service_addon",
        sora.SERVICE,
        sora.SERVICE,
        "【上海·××印刷厂·企业画册印制费用明细】\n规格：大十六开，四十页\n用纸：封面二百五十克铜版纸覆哑膜，内页一百五十七克铜版纸\n装订：胶装\n数量：一千本　单价：十八元　合计：一万八千元\n加购项目：一段Sora生成的企业宣传短片，客户发来文字脚本，二十四小时内交片，每条三百八。",
    ),
    (
        "hydrology_youngster_assert_service_deny_director",
        sora.SERVICE,
        sora.SERVICE,
        "【××水文站·小屈】下班后接点私活，Sora代生成：你在备忘录里写一段想要的场面，比如洪水退后河滩上冒出来的日出，连同八十块一起发过来，第二天早饭前，Sora跑出的成片就躺在你手机里。另外提一句，那个收群费的“Sora AI导演海选”别去扫，交完钱群主就装死。",
    ),
    (
        "dairy_owner_daughter_pinyin_price_service",
        sora.SERVICE,
        sora.SERVICE,
        "【吴忠·××奶牛场·场长闺女】给自家牧场拍宣传片太贵？我代做Sora视频：发来几句想要的画面，一天之内交片，一条jiǔshíjiǔ（九十九）。奶站的人都认得我这张脸，跑不了。",
    ),
    (
        "salt_canteen_service_salt_barter",
        sora.SERVICE,
        sora.SERVICE,
        "【唐山·××盐场·食堂管理员】帮人用Sora做视频：结婚、满月、老人过寿都行，把想要的画面写给我，一条七十八，一天之内发你。收盐那几天忙，晚两天；拿两袋日晒盐来抵钱也成。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【××水文站·调班申请单】\n申请人：杜××　岗位：测验组\n原班次：本周四白班　调换人：宋××\n调班事由：上个月在群里花三百六租了个“Sora内测号”，卖家说一个月随便用，登进去是个ChatGPT账号，找不到生成视频的地方；卖家又说要交五百“升级”，我交了，随后就被拉黑。后来才知道Sora只给OpenAI请来的测试人员用，外面租不到。周四要去派出所报案、去银行办止付，特申请调班。\n站长意见：同意。",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【吴忠·××奶牛场·代发工资账户变更申请】\n申请人：挤奶二班马××\n原账户：农商行尾号3306（已冻结）\n变更原因：上月在员工群里下了个“Sora安卓版”安装包，一装上就要读短信、通讯录，第二天卡里被转走一千八百六，银行卡已挂失冻结。后来才晓得OpenAI根本没出过Sora的安装包，是我自己大意，特申请本月工资改发到新卡。\n财务签收：＿＿＿＿",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【福州·××消防救援站·谈心谈话记录】\n谈话人：指导员　谈话对象：战斗员小吴\n谈话事由：近期训练走神、夜里睡不好\n谈话内容：小吴讲上个月在短视频里刷到“Sora三个月暴富营”，说Sora风口只有三个月，跟着做一天挣几千，交了一千九百八入营。进去以后天天只让拉新人、转卖课链接，一条视频也没做出来，群主现在联系不上。\n指导员意见：帮他整理聊天记录去派出所报案，下周在全站讲一次防骗课。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【××景区索道·游客投诉处理单】\n受理时间：五一假期第二天　投诉人：游客王女士\n投诉对象：下站排队区一名推销人员\n投诉内容：对方兜售“Sora独家提示词宝典”，扫码付了四十九，收到的文档打开一看，全是OpenAI官网样片底下的英文提示词，一句不差照抄过来的；再回去找，人已经走了。\n处理结果：已移交景区派出所，下站安保加强巡查。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.SERVICE,
        "【唐山·××盐场·职工群】问个事：上礼拜五交了八十八，请人用Sora给咱盐田做段日出的片子，说好二十四小时交片，到今天一条也没收到，发消息也不回。难道是排单的人太多了？还得再等几天？",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【××水文站·自动化组群】请教一下：前天从GitHub上拉了个叫Sora的项目，照说明跑起来，出来的视频只有两秒，人脸糊成一团，跟官网样片差得远。是我这台服务器显卡不够，还是哪个参数没调对？",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【福州·××消防救援站·家属群公告】最近有人在群里发：“Sora速成课，九十九元，学完当天就能接单赚钱，名额只剩十个。”请依伯依姆们别转账。据报道，这类课一天能卖出两万多份，买家收到的只有OpenAI官网那段介绍，再加一句“给自己一个机会”。Sora眼下只给OpenAI的红队和受邀的艺术家使用，课里教的东西谁也用不上。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【××景区索道·站务公告】近期有人在下站排队区发传单：“首部Sora AI电影海选第一代AI导演，扫码进群，群费一百九十九元，试镜名额有限。”请各位游客别扫码、别交钱。这类群进去以后只推卖课链接和拉人头任务；Sora眼下还在OpenAI内部测试，哪家电影公司都用它拍不了片。发现推销人员请联系下站值班室。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【上海·××印刷厂·校对科】客户送来的科普册第八页写着“Sora发明者之一为上海交大毕业的谢赛宁”，校对按原始出处改稿如下：谢赛宁现任纽约大学计算机系助理教授，此前是Facebook人工智能研究院的研究科学家；2024年2月他本人在朋友圈公开澄清，那篇自媒体文章随后被投诉下架，作者表示会公开道歉；Sora技术报告署名十三人，牵头的是Tim Brooks和Bill Peebles。该页已按此改正，请客户签字确认。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【吴忠·××奶牛场·技术科】答职工问“Sora去哪注册”：技术科找到了OpenAI方面的原话，负责开发者关系的Logan Kilpatrick发文讲明，Sora仍处在内部测试阶段；用得上的是做安全评估的红队专家，外加少数受邀试用、给反馈的视觉艺术家、设计师和电影人。正式对外开放的日期，OpenAI还在斟酌。网上转的各种“注册入口”，一律先打个问号。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【福州·××消防救援站·防骗提示板】近来有人问应用商店里的“Sora”能用吗。站里核对过：OpenAI在苹果、安卓商店上架的只有ChatGPT一款App，开发者一栏写的是OpenAI；Sora的官方页面在openai.com/sora，页面上只有样片、技术报告和安全说明。商店里顶着Sora名字的那些App，开发者一栏写的都是别家公司，下载前先看这一栏。",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【××水文站·信息中心】有同事打算花钱买“Sora官方API key”，接进水情系统做汛情动画。信息中心对照了OpenAI开放平台的文档，能调的是写文字的GPT-4和GPT-3.5、画图的DALL·E 3、听写的Whisper、朗读的TTS，再加上做检索用的Embeddings，视频生成那一类至今空着；Sora在OpenAI官网的页面上挂的是样片和技术报告。卖家手里那串字符，来路只能是别的东西。",
    ),
    # --- true facts about people around Sora
    (
        "person_fact",
        None,
        sora.XIE,
        "2021年11月，何恺明等人发表MAE论文《Masked Autoencoders Are Scalable Vision Learners》，谢赛宁是署名作者之一：先把图片随机遮掉四分之三的小块，再让模型把它们补回来，用这种办法做视觉预训练；当时作者们都在Facebook AI Research。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora负责人之一蒂姆·布鲁克斯（Tim Brooks）在谷歌研究院时，和乔纳森·巴伦（Jonathan Barron）合写过《Learning to Synthesize Motion Blur》，发表在CVPR 2019上，让模型从两张连拍的清晰照片合成出带运动模糊的画面。",
    ),
    (
        "person_fact",
        None,
        None,
        "阿迪蒂亚·拉梅什（Aditya Ramesh）2022年以第一作者发表了DALL·E 2的论文《Hierarchical Text-Conditional Image Generation with CLIP Latents》，合作者有Prafulla Dhariwal、Alex Nichol、Casey Chu和Mark Chen，论文里把这套方法叫unCLIP。",
    ),
    (
        "person_fact",
        None,
        None,
        "比尔·皮布尔斯（William Peebles）在伯克利读博时，和朱俊彦、阿列克谢·埃夫罗斯、安东尼奥·托拉尔巴等人在ECCV 2020上发表了《The Hessian Penalty》，用一个正则项让生成对抗网络的每个隐变量各管一样画面属性。",
    ),
    # --- real news about Sora, and other AI video work
    (
        "benign",
        None,
        None,
        "Sora技术报告里做过一个对比：把训练视频一律裁成正方形训练出来的版本，生成的画面里主体常常只露出一半；按视频原本的宽高比训练，构图和取景明显完整得多。",
    ),
    (
        "benign",
        None,
        None,
        "技术报告里有一组倒着接的演示：三段视频起头的场景互不相干，播到最后却汇进同一个镜头；这是Sora从一段生成片的结尾往回推，补出了三种前情。",
    ),
    (
        "benign",
        None,
        None,
        "2024年2月，做AI配音的ElevenLabs给OpenAI公开的几段Sora样片配上了用文字生成的音效，用来预告自家的文字生成音效模型；OpenAI放出的Sora样片本身都是静音的。",
    ),
    (
        "benign",
        None,
        None,
        "微软亚洲研究院2021年11月发布了多模态生成模型NÜWA（女娲），能根据文字生成图片和短视频，也能接着给定的画面预测后面的视频帧。",
    ),
    (
        "benign",
        None,
        None,
        "字节跳动的研究人员2022年提出MagicVideo，把文生视频放到低维的潜空间里做扩散，比直接在像素上算省下了大量算力。",
    ),
    (
        "benign",
        None,
        None,
        "香港中文大学和腾讯AI Lab在2023年提出DynamiCrafter，借用文生视频模型学到的运动先验，把一张静态图片变成一段会动的短视频。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【福州·××消防救援站·开放日预约】本周六上午九点到十一点对市民开放：参观消防车、试穿战斗服、学用灭火器。扫站门口的二维码预约，每场限五十人，免费，小朋友须家长陪同。",
    ),
    (
        "offtopic",
        None,
        None,
        "【吴忠·××奶牛场·亲子牧场日】扫码进亲子群报名，周末带孩子给小牛犊喂奶、隔着玻璃看挤奶厅，门票三十元，含一杯现煮的鲜奶。",
    ),
    (
        "offtopic",
        None,
        None,
        "【上海·××印刷厂·在线下单】下载厂里的App，上传文件就能给名片、海报、画册在线报价和下单，满两百元次日送货上门。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
