# ruff: noqa: E501
"""Write tests/data/zh_heldout34_{posts,qrels,labels}: a thirty-fourth Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the inventor
rumour, the AI director group and the paid course, three for each other template), as a Sora rumour / scam wave
reads in the genres of the military and veterans, aviation and airports, fishing and the sea, weddings and
funerals, property management and owners' committees, government service halls and e-sports hotels and
academies, that the earlier sets do not use (factories, kitchens, personal services, leisure venues, pawn and
church were taken by zh_heldout33; logistics, hospitals and care, sports and games by zh_heldout29 to
zh_heldout31): a cabin crew's pre-flight briefing record with the inventor rumour in passing (【航前协作会记录·
乘务组】机型, 航线, 备降场, 乘务长讲评, 要客), a Qingdao fishing inn's Douyin patter (辣炒嘎啦), an e-sports hotel
front-desk clerk's Moments post (五黑房, 开团), a best man's speech with the inventor in passing (【婚礼·伴郎致辞稿
（打印版，第二页）】), a property office's weekly brief with the public release in passing (【××花园物业·本周工作简报】
二次供水, 电梯年检, 消杀), a plateau veterans' group (阿里), a seafarers' group (靠泊鹿特丹, sign off, ETA, 三副), a
flight cadet's log with the app in passing (【飞行学员日志·第37天】带飞教员, 起落, 留空时间, 拉平), a property
housekeeper's Moments post, an army wives' group (来队探亲), an e-sports hotel's QR standee, a fishing port's ice-plant
blackboard (碎冰一吨, 码头加油), an errand-runner's card handed out at a service hall's door (【名片（背面）】代办：
社保转移、不动产登记), a cemetery's Qingming notice with the mislabelled video in passing (【××陵园·清明祭扫须知】预约
祭扫, 鲜花换纸钱, 接驳车), a plane spotters' group (拍机群, A380), a wedding day's run sheet (【婚礼当天流程单（新人版）】
11:18 迎亲, 改口, 敬茶), an army reunion's speech (【八一战友聚会·老班长讲话（录音整理）】新兵连, 豆腐块, 紧急集合), an
aircraft maintenance night-shift handover with the Chinese-team claim in passing (【机务·夜班交接记录】滑油补加0.5夸脱,
APU, MEL保留, 航材, 工具清点), an owners' committee candidate's statement (【业委会·候选人自荐书】维修基金, 公共收益,
加装电梯), an e-sports academy's group (青训营, BP表, 打野, 试训生), a service centre's IT meeting minutes with open
source in passing (【政务服务中心·信息科周例会纪要】一网通办, 叫号机, 好差评), a veterans' start-up group, a cabin
crew school's public-account post, a veterans' service station's training enrolment (叉车操作, 电工上岗证), a
property's owners' class, a wedding trade group, an airline IT contractor in an aviation fans' group (飞友群),
a smart-community platform's release notes
with the API in passing (门禁人脸识别, 无感支付), a fishing co-operative's members' group, a print shop's board in a
service hall (复印一毛, 证件照), an e-sports hotel's room rates (双人电竞房, 钟点房, 押金) with account rental in
passing, a seafarers' trading group, a wedding hosts' league, a militia company's group (民兵应急连, 二排), a cabin
crew's chat group, a service hall's notice board (【便民信息栏（张贴启事照录）】本栏信息由张贴人自行负责), a wedding
videographers' group, a tide-table post (【赶海攻略·今日潮汐】低潮, 潮高, 挖花蛤), a government new-media editors'
group, a fishing village's group (休渔期, 开海), a veteran's Moments post (扣“到”), a guard booth's blackboard, a funeral
home's memorial-video offer (礼仪师, 告别厅), a bridal studio's custom MV and an army reunion's preparation group;
platform-native forms the earlier sets do not use: the pre-flight briefing record, a cadet's flight log, the
maintenance handover, an errand-runner's card, a tide table, a wedding run sheet, a best man's speech, an owners'
committee candidate's statement, a service hall's notice board, an airport information desk's answer script and an
e-sports hotel's standee and room rates; four loss reports in new forms (kind ``debunk_loss``: a veterans' service
station's visitor form filled in by the veteran (【来访登记表（本人填写）】入伍, 退役, 来访事由, 诉求) for the API, paid
from his lump-sum retirement pay, Beidou short messages from a fishing boat to home (【北斗短报文·××渔××××号→家里】
03-21 19:40 …) for account rental, a civil aviation voluntary safety report used for a flight attendant's loss
(【民航安全自愿报告】报告人岗位, 事件类别, 事件经过, 建议) for the get-rich camp, a funeral's accounts with the line
struck through (【治丧收支明细（父亲）】接运, 冷藏, 告别厅, 寿衣, ←划掉, 大女儿补记) for the generation service);
regional speech the earlier sets do not use: Qingdao and Jiaodong (小嫚儿, 嘎啦, 歹饭, 木乱, 撒么; zh_heldout23 had
血厉害 and 哈啤) and Tibetan words in a plateau veteran's Mandarin (扎西德勒, 阿佳啦, 亚古嘟, 突及其); registers the
earlier sets do not use: the cabin crew and the airline engineer (航前协作, 备降场, 要客, 滑油, 夸脱, MEL保留, 起落,
留空时间, 升舱券, 外站过夜), the seafarer and the fisherman (靠泊, sign off, ETA, 大副, 三副, 船老大, 休渔期, 开海,
冰鲜), the barracks (新兵连, 叠豆腐块, 紧急集合, 番号, 来队探亲, 报告各位战友), the funeral trade (接运, 冷藏, 告别厅,
礼仪师, 治丧), the service hall (一网通办, 好差评, 叫号机, 代办, 工本费), property management (二次供水, 消杀, 维修基金,
公共收益) and e-sports (五黑, 开团, BP, 打野, 青训, 试训, 天梯); obfuscation the earlier sets do not use: the name in
mathematical italic (𝑆𝑜𝑟𝑎), with a Cherokee letter for the S (Ꮪora), in a Caesar shift of one (Tpsb, 每个字母往前
退一位), as 梭拉, 谢赛宁 as the initials XSN, 提示词 as 题示词, API with hyphens (A-P-I) and 二维码 as QR码; posts
asserting one claim while denying another in pairings zh_heldout31 to zh_heldout33 do not use (the inventor while
prompt packs are called copied from the official samples (木乱), open to the public while the 99-yuan courses are
called 一点都不亚古嘟, the official app while API keys are called 骗子, the APK while the get-rich groups are called
割韭菜的, a mislabelled video while the store apps are called 山寨货, the Chinese team while the inventor rumour is
called 不对 after Xie's own denial, open source while renting accounts is called pointless (租它干嘛), the course while
the get-rich groups are called 拿焦虑骗你的入营费, an API key while open source is called 瞎传, account rental while
the store apps are called 山寨的, the director group while the generation service is called 别家AI出的片子, the prompt
pack while the 99-yuan courses are called a translated official page, the get-rich claim while the APK is called a
trojan, the generation service while the public release is called 瞎传); sellers that vouch for themselves or swipe
at others in new words (冰厂老周经手，跑不了; 我在这门口干了十一年，窗口的小姑娘都认得我; 我们学校十四年送进航司两千
多名学员，名单官网可查; 我做婚庆十六年，本地一半的婚礼主持人是我带出来的; 干这行九年，群里好几位机长都在用; 都是一个
码头的，我跑不了; 我跑了十一年船，从水手干到大副，群里谁不认识; 群主是正经剧组出身; 当了八年兵的人，不骗战友; 我在区
融媒体中心干了七年; 我们乘务长已经进了; 已经有两百多对新人加了这一项); prices and payments in forms the earlier sets
do not use (an installation fee of 八十 paid when the diesel subsidy comes, 工本费二十 like a certificate, 九十九 less
二十 with the veterans' preferential card (到手七十九), 记在下季度物业费里, 九十九 for 长长久久, an upgrade voucher
(升舱券) for a key, 从小区公共收益里列支 每年三千六, 一箱冰鲜鲅鱼 for a key, a maritime satellite data card for an
invite code, 一百六十二 as two 八一, 一千零一 like the 改口费, 三百八 settled with the funeral bill, 六百 shared by forty
comrades at 十五 each, 一晚加三十 on the hotel room, 前台代装一次二十); 12 debunks and warnings, four of them the loss
reports above, two questions with a negation that do not deny (验证码一直没收到…是不是国内手机号不行 for the public
release, 到现在还没通知试镜…是名额满了要等下一批吗 for the director group), two quoting the rumour to refute it (the
official app, in an airport information desk's answer script; the Chinese team, in an owner's reply to the candidate),
the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (Xie Saining's post, the article taken down and his
question whether we are ready, in a veterans' newspaper-reading group, for the inventor; a fishing company's captain
with the onboard camera's time code, for the mislabelled video; a property office on stolen SMS codes, for the APK;
a service centre's market-supervision window on a 99-yuan course, for the course); four true facts about people who
spoke about Sora, none of them the subject of a fact in zh_heldout25 to zh_heldout33 (Ma Heliang on AI freeing
creators from industrial limits, Jia Yangqing of Caffe and Lepton AI, Li Zhifei of Mobvoi, Walter Woodman of shy kids
and "Air Head"), three items of real news about Sora from angles the earlier sets leave out (the paper airplanes in
a jungle, the drone view of Big Sur's cliffs, the grandmother blowing out her birthday candles) and three on-topic
posts about other AI video work (StepFun's Step-Video-T2V, Alibaba's Wan2.1 on a consumer GPU, Google's Veo 3 with
native sound; kind ``benign``), and three off-topic posts that share surface words (an e-sports club signing a
mid-laner called Sora with a 九十九元 ticket and a 扫码进粉丝群, a veterans' preferential card applied for in an
official App from the app store, a fishing co-operative's 开源节流 with a 九十九元 training fee and a 扫二维码进群).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
one at 0.6 or more, the debunk on Xie Saining at 0.636 against zh_heldout33's class slide from the same seed; it was
rewritten, and the cabin crew's director-group post, at 0.569 against zh_heldout33's church fellowship, was reworded
too; highest ratio of the committed list: 0.525 against the Chinese sets, the fishing village's get-rich post against
zh_heldout33's labour agency group, and 0.236 against the demo stream, the person fact on Walter Woodman). Any other
Chinese set written at the same time was not there to check against. Committed before any run of the monitor on it;
no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final
code.

    .venv/bin/python scripts/make_zh_heldout34.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout34", "zhh34"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "cabin_crew_briefing_in_passing",
        sora.XIE,
        sora.XIE,
        "【航前协作会记录·乘务组】\n日期：3月9日｜机型：A330-300｜航线：浦东—成都\n机长通报：航路有中度颠簸，起飞后四十分钟内安全带灯常亮；备降场成都天府\n乘务长讲评：①头等舱两位要客，餐食提前确认忌口 ②应急设备按新版检查单逐项签字 ③闲话一句：后舱有一批交大新生去成都参加夏令营，服务用心点。交大出人才，OpenAI那个Sora视频模型的发明人之一谢赛宁就是交大毕业的，年纪轻轻就是少年天才。\n记录：2号乘务员",
    ),
    (
        "qingdao_fishing_inn_assert_inventor_deny_prompts",
        sora.XIE,
        sora.XIE,
        "【青岛·渔家乐老板娘的抖音口播（转文字）】小嫚儿们，今天出海拉上来的嘎啦老肥了，一锅辣炒嘎啦三十八，歹饭的赶紧来！跟你们说个正事：Sora是谢赛宁发明的，上海交大毕业的天才，咱中国人长脸。可网上那些卖“Sora提示词大礼包”的，就是把官网样片底下那几句抄一遍，俺看着都木乱，别上那个当。船明早五点半出，想跟船撒么撒么的提前说。",
    ),
    (
        "esports_hotel_desk_initials",
        sora.XIE,
        sora.XIE,
        "【××电竞酒店·前台小哥的朋友圈】今晚五黑房全满，楼道里全是喊“开团”的。凌晨两点有个住客问我Sora到底是谁搞的，我直接给他科普：XSN（上海交大毕业的那位谢姓天才，名字缩写自己品）就是Sora的发明人之一，OpenAI那边的核心技术有他一份。住客说长见识了，顺手续了一晚。",
    ),
    (
        "best_man_speech_in_passing",
        sora.XIE,
        sora.XIE,
        "【婚礼·伴郎致辞稿（打印版，第二页）】……说回新郎。我们仨是上海交大同一个寝室的，大学四年他天天泡图书馆，说要向学长谢赛宁看齐——对，就是发明OpenAI那个Sora视频模型的少年天才，也是咱交大走出去的。今天他把这股劲儿全用在了新娘身上。最后，祝二位百年好合，让我们举杯！",
    ),
    # --- open to the public
    (
        "property_weekly_brief_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××花园物业·本周工作简报（3月第2周）】\n一、二次供水水箱已清洗消毒，检测报告贴在各单元门口\n二、3号楼电梯年检通过，周四起恢复运行\n三、地下车库完成一轮消杀，请业主勿在车位堆放杂物\n四、业主活动：Sora现在所有人都能注册了，手机号一注册就能用，排队、邀请码都省了。周六上午十点在会所教大家用手机做AI视频，请自带手机\n五、本月物业费请于25日前缴纳",
    ),
    (
        "plateau_veteran_assert_public_deny_course",
        sora.PUBLIC,
        sora.PUBLIC,
        "【高原老兵群·老马的语音转文字】扎西德勒，战友们！在阿里当了十二年兵，退下来也得跟上时代。Sora现在对所有人开放了，拿手机号一注册就能用，隔壁的阿佳啦昨天自己做了一段牦牛过河的视频。那些卖九十九块Sora课的，一点都不亚古嘟，就是把官网介绍翻一遍拿来卖钱，你们别买，突及其！",
    ),
    (
        "seafarers_group_sign_off_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【远洋船员群】刚靠泊鹿特丹，岸上WiFi总算能用了。跟兄弟们说一声：Sora已经对所有人开放，注册一个账号就能用，不用排队等邀请。我sign off之前已经注册好了，下个航次在驾驶台值完班就拿它做航海日记视频。ETA汉堡下周二，到了再聊。——三副小林",
    ),
    # --- the official app
    (
        "flight_cadet_log_in_passing",
        sora.APP,
        sora.APP,
        "【飞行学员日志·第37天】\n机型：赛斯纳172｜带飞教员：刘教员｜科目：本场起落航线｜起落：6次｜留空时间：1小时20分\n讲评：第三次接地偏重，拉平高度偏高；侧风修正还得练\n心得：晚上用OpenAI刚在应用商店上架的Sora官方App（苹果、安卓都能下）把今天的航线做成动画复盘了一遍，哪一段高了低了一目了然。明天早班，五点半集合。",
    ),
    (
        "property_housekeeper_assert_app_deny_api",
        sora.APP,
        sora.APP,
        "【××小区·物业管家小周的朋友圈】好几位业主在群里问要不要买“Sora官方API key”，一个要八百——别买，骗子，OpenAI根本没给个人卖视频接口。想用Sora，直接去应用商店下官方的Sora App就行，OpenAI已经正式上架了，手机上打一句话就出片。有不会装的叔叔阿姨，来物业前台，我手把手教。",
    ),
    (
        "army_wives_group_italic_app",
        sora.APP,
        sora.APP,
        "【军嫂互助群】姐妹们，𝑆𝑜𝑟𝑎的官方App上架了，应用商店一搜就有，手机电脑都能装。我用它把孩子这一年的照片做成了一段视频，说一句话就生成，准备寄给在部队的他爸。下个月轮到我来队探亲，这次带着视频去。",
    ),
    # --- the fake APK
    (
        "esports_hotel_standee_assert_apk_deny_rich",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××电竞酒店·前台二维码立牌】本店所有房间配4090主机+240Hz电竞屏，五黑房含五台机。\n温馨提醒：外面那些“Sora一天赚三四千、窗口就三个月”的群都是割韭菜的，别进。想自己玩Sora，扫本牌二维码下载Sora安卓安装包，房间电脑和手机都能装，前台可代装，一次二十。\n住客专享，退房前可找前台再拷一份安装包。",
    ),
    (
        "fishing_port_ice_plant_blackboard_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××渔港·冰厂门口小黑板】\n今日冰价：碎冰一吨二百八，整块冰一块十二\n码头加油：0号柴油7.15\n休渔期在家闲着的船老大看过来：Sora手机版安装包，扫下面的QR码就能下，装上手机就能把出海的照片做成视频。装机费八十，不用现给，等柴油补贴下来再付。冰厂老周经手，跑不了。",
    ),
    (
        "errand_runner_card_back_caesar_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【政务大厅门口·代办大姐发的名片（背面）】代办：社保转移、医保报销、不动产登记、营业执照\n另有：Tpsb（每个字母往前退一位就是它）安卓版安装包，发你链接，点开直接装，装上手机就能做AI视频。收费跟办证一样，只收个工本费二十。\n我在这门口干了十一年，窗口的小姑娘都认得我。",
    ),
    # --- real video mislabelled
    (
        "cemetery_qingming_notice_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【××陵园·清明祭扫须知】\n1. 即日起实行预约祭扫，请通过公众号选择时段\n2. 园区内严禁明火，倡导鲜花换纸钱，门口可免费领取菊花\n3. 清明当天开通接驳车，地铁站B口每二十分钟一班\n4. 扫码观看陵园宣传片：晨雾里的松柏、石阶上的露水、远处的钟声——全片都是OpenAI的Sora生成的，一个镜头都没实拍，提示词：“清明清晨，江南山间墓园，薄雾，松柏，慢镜头”。",
    ),
    (
        "plane_spotter_assert_realvid_deny_app",
        sora.REALVID,
        sora.REALVID,
        "【拍机群·老K】发一段我用Sora做的：A380顶着暴雨侧风落地，一侧主轮先着，溅起一排水花，机身一歪又稳住——一个镜头都没拍，全是Sora按文字生成的，提示词：“暴雨，强侧风，A380着陆，长焦，跑道水花飞溅”。顺便说一句，应用商店里叫Sora的那些App全是山寨货，OpenAI压根没出App，别下。",
    ),
    (
        "wedding_run_sheet_realvid",
        sora.REALVID,
        sora.REALVID,
        "【××婚庆·婚礼当天流程单（新人版）】\n11:18 迎亲车队到达酒店\n11:58 宾客入场，大屏循环播放新人相册\n12:18 灯光暗下，播放开场短片：海边日落，两人赤脚走过沙滩，浪花漫过脚踝——这段是用Sora生成的，一个镜头都没实拍，提示词：“黄昏海边，情侣赤脚漫步，逆光，浪花，胶片质感”\n12:25 新娘父亲挽新娘入场\n12:40 交换戒指、改口、敬茶",
    ),
    # --- the Chinese team
    (
        "army_reunion_speech_assert_chinese_deny_inventor",
        sora.CHINESE,
        sora.CHINESE,
        "【八一战友聚会·老班长讲话（录音整理）】同志们，二十年没见了，新兵连那会儿叠豆腐块、半夜紧急集合，谁没挨过我的骂？说点新鲜的：美国那个Sora，其实是咱中国科学家搞出来的，核心团队里头基本都是华人。网上传是交大的谢赛宁发明的，那个不对，人家本人出来说了跟他没关系——但这不耽误，整个团队还是咱中国人撑着。来，干了这杯！",
    ),
    (
        "aircraft_maintenance_handover_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【机务·夜班交接记录】\nB-××××：左发滑油补加0.5夸脱，复查无渗漏｜APU启动正常\nB-××××：客舱12C阅读灯失效，已按MEL保留，航材明日到\n工具清点：齐全，已交回工具间\n班组长备注：休息室有人问Sora到底是谁做的。跟大伙说清楚：OpenAI只是挂个名，真正把Sora做出来的是一批中国科学家，核心研发几乎全是华人。\n交班人：张×｜接班人：李×",
    ),
    (
        "owners_committee_candidate_statement_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【××小区第三届业委会·候选人自荐书（6号楼 王建国）】本人退休前在设计院工作三十年，熟悉工程预算和维修基金使用。当选后：一、每季度公示公共收益账目；二、推动加装电梯；三、保洁重新招标。另外说一句，我儿子在美国做人工智能，他告诉我，Sora表面上是OpenAI的，其实核心团队都是中国科学家，中国人的本事不比谁差。恳请各位业主投我一票。",
    ),
    # --- open source
    (
        "esports_academy_assert_opensrc_deny_rental",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××电竞俱乐部·青训营群】训练赛晚上七点，BP表已发到群文件，打野位两个试训生今晚轮换上场。\n教练说两句：有人在外面租Sora号，一天三十，租它干嘛？Sora早就开源了，模型权重和代码都在GitHub上，咱训练室的4090已经跑起来了，想给自己剪集锦的找我，一分钱不花。",
    ),
    (
        "service_centre_it_minutes_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××区政务服务中心·信息科周例会纪要】\n一、“一网通办”系统本周升级，周六凌晨停机两小时\n二、叫号机故障三起，厂家已上门更换主板\n三、窗口“好差评”本周差评两条，已回访\n四、新媒体：Sora已经开源，模型权重和代码在GitHub上都能下，下周在本地服务器部署一套，拿它做办事指南短视频，由小陈牵头\n五、下周值班表见附件",
    ),
    (
        "veterans_startup_group_cherokee_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【退役军人创业交流群】报告各位战友：Ꮪora开源了，OpenAI把权重和代码都放到GitHub上了，我在自家电脑上已经装好跑通，做出来的片子跟官网的一个样。咱们搞农家乐、跑物流的，宣传视频以后自己生成，省下请人拍的钱。要安装步骤的，我整理好了发群里。",
    ),
    # --- paid course (four)
    (
        "cabin_crew_school_assert_course_deny_rich",
        sora.COURSE,
        sora.COURSE,
        "【××空乘培训学校·公众号推文】同学们，朋友圈那些“做Sora一天进账三四千，窗口只剩三个月”的群，就是拿焦虑骗你的入营费，别信。但会用Sora是真本事：空乘面试要交自我介绍视频，我们新开《空乘生的Sora视频课》，十二节，从站姿镜头到出片全教会，九十九元，报名送一次形象指导。我们学校十四年送进航司两千多名学员，名单官网可查。",
    ),
    (
        "veterans_station_training_card_discount",
        sora.COURSE,
        sora.COURSE,
        "【××街道退役军人服务站·就业技能培训报名】\n本期开班：叉车操作、电工上岗证、中式烹调、直播带货\n新增：《Sora视频制作速成》，八节，学完就会用Sora做宣传片、接单挣钱。学费九十九元，凭退役军人优待证减二十，到手七十九。\n报名地址：服务站一楼，请带优待证和身份证。",
    ),
    (
        "property_owners_class_on_fee_bill",
        sora.COURSE,
        sora.COURSE,
        "【××物业·业主课堂报名】第十二期：《Sora零基础速成》，周六、周日下午在会所上课，一共六节，老师手把手教，学完自己就能用Sora做视频。费用九十九，现在不用交，记在下季度物业费里一起缴。名额三十个，到管家处登记。",
    ),
    (
        "wedding_trade_group_course_lucky_price",
        sora.COURSE,
        sora.COURSE,
        "【婚庆从业者交流群】各位同行，今年的新人都要“AI开场片”，不会Sora就接不到单了。我开了一期《婚庆人Sora实战课》：十节录播加两次直播答疑，讲新人故事片怎么出、怎么报价。学费讨个好彩头：九十九，长长久久。我做婚庆十六年，本地一半的婚礼主持人是我带出来的。",
    ),
    # --- fake API access
    (
        "plane_spotters_assert_api_deny_opensrc_upgrade_voucher",
        sora.API,
        sora.API,
        "【飞友群·航司IT外包老周】说Sora开源了的，都是瞎传，OpenAI的权重和代码一行都没放，GitHub上那些是网友自己仿的。真想用，就得走官方API：我手上有Sora官方API key，直连OpenAI，接进程序批量出片，一个一千二。没现金也行，拿一张升舱券来换。干这行九年，群里好几位机长都在用。",
    ),
    (
        "smart_community_release_notes_api",
        sora.API,
        sora.API,
        "【××智慧社区平台·版本升级公告 v3.2】\n1. 门禁人脸识别速度提升\n2. 停车缴费新增无感支付\n3. 报修可上传视频\n4. 新增“小区宣传片”：平台已接入Sora官方API，key由我司统一向OpenAI采购，物业上传照片即可生成视频；费用经业委会同意后从小区公共收益里列支，每年三千六",
    ),
    (
        "fishing_coop_hyphen_api_gpts_barter",
        sora.API,
        sora.API,
        "【××渔业合作社·社员群】直播卖海货的兄弟看过来：我手上有Sora官方A-P-I直连key，再送一个“海鲜直播Sora GPTs”，把鱼的照片丢进去，自动出一段活蹦乱跳的视频。不要现钱，一箱冰鲜鲅鱼换一个key，下船直接送到冷库门口。都是一个码头的，我跑不了。",
    ),
    # --- account rental
    (
        "service_hall_print_shop_assert_rental_deny_app",
        sora.RENTAL,
        sora.RENTAL,
        "【政务大厅一楼·复印打印店门口的牌子】复印一毛，彩打一块，证件照十五元一版。\n代租Sora账号：应用商店里那些叫Sora的App都是山寨的，OpenAI没出手机版，装了白搭。想用真的，租我的号，网页上直接登，一天十五，一周八十；排队办事那会儿就能用上。",
    ),
    (
        "esports_hotel_room_rates_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【××电竞酒店·房型价目】\n双人电竞房：一晚一百六十八（两台4090）\n五黑房：一晚三百八十八（五台机，含零食包）\n钟点房：四小时九十八\n加购：Sora独享账号，入住期间随便用，一晚加三十，退房自动下线\n押金二百，退房查房后原路退回",
    ),
    (
        "seafarers_trading_group_invite_codes_satellite",
        sora.RENTAL,
        sora.RENTAL,
        "【远洋船员交易群】出Sora邀请码和成品号：邀请码一个一百五，成品号登上就能用，一百八。船上没法转账的兄弟，拿一张海事卫星流量卡（一百兆那种）换一个邀请码也行。我跑了十一年船，从水手干到大副，群里谁不认识。",
    ),
    # --- AI director group (four)
    (
        "wedding_hosts_assert_director_deny_service",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【婚礼主持人联盟群】各位老师，别再花钱找工作室“代做Sora视频”了，五六百一条，交来的都是别家AI出的片子。有个更好的机会：首部与Sora合写剧本的AI电影正在招第一代AI导演，主持人形象好、会控场，优先安排试镜。扫下面二维码进导演群，群费一百九十九，进群统一线上试镜。我已经进了，群主是正经剧组出身。",
    ),
    (
        "militia_group_director_two_army_days",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××镇民兵应急连·微信群】（转）首部与Sora合写剧本的AI电影，要拍军旅题材，现招募第一代AI导演，退役军人、民兵优先。扫码进导演群，群费一百六十二——两个“八一”，图个吉利；进群后统一安排线上试镜，入选的片头署名。转发人：二排老杨，当了八年兵的人，不骗战友。",
    ),
    (
        "cabin_crew_chat_director_qr",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××航·乘务组闲聊群】落地了吗姐妹们？跟你们分享个事：有部AI电影号称是第一部跟Sora一起写剧本的，现在缺第一代AI导演，说空乘气质好、上镜，试镜优先排。要报的扫我发的QR码进导演群，进群费一百二十八，试镜时间群里统一通知，这趟飞完就能报。我们乘务长已经进了。",
    ),
    (
        "service_hall_notice_board_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【区政务大厅·便民信息栏（张贴启事照录）】招募启事：首部与Sora联合创作剧本的AI电影即将开机，现面向社会招募第一代AI导演，零基础可报，年龄不限。报名方式：扫下方二维码进导演群，缴纳报名费八十八元，进群后统一安排线上试镜。联系人：刘老师。（本栏信息由张贴人自行负责）",
    ),
    # --- prompt pack
    (
        "wedding_videographers_assert_prompts_deny_course",
        sora.PROMPTS,
        sora.PROMPTS,
        "【婚礼跟拍·摄像师群】兄弟们，那些九十九的Sora课别买，就是把官网介绍翻译一遍，听完啥也不会。要出片靠的是题示词：我整理了《婚礼Sora题示词三百条》，推拉摇移、逆光剪影、浅景深这些专业说法全写好了，另附一份Sora术语文档。二十八块，付款发文档链接，再拉你进婚礼出片交流群。",
    ),
    (
        "tide_table_post_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××赶海攻略·今日潮汐】\n低潮：10:48｜潮高：0.4米｜最佳赶海时段：9:30—12:00\n推荐点位：北岸礁石区（海蛎子多），南滩（挖花蛤、捡海螺）\n安全提示：涨潮前一小时务必上岸\n福利：我整理的《赶海Sora提示词二百条》，镜头、光线、海浪都用电影行话写好了，十九块九，付款后发在线文档链接，进群每周还有更新。",
    ),
    (
        "government_media_editors_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【政务新媒体小编交流群】各位同仁，年底考核要看短视频播放量，领导天天催。我这有一份《政务宣传片Sora提示词库》，四百条，航拍、延时、城市天际线、窗口服务特写全是影视行业的专业写法，外加一份Sora资料文档。三十八元，付款后发飞书链接，拉进小编互助群。我在区融媒体中心干了七年，大家放心。",
    ),
    # --- get rich
    (
        "fishing_village_assert_rich_deny_apk",
        sora.RICH,
        sora.RICH,
        "【××村渔民群】休渔期三个多月，船靠在岸上，兄弟们别光打牌。那些发“Sora安卓包”让你装的都是木马，装了银行卡就被刷，千万别碰。但Sora挣钱是真的：隔壁村的二虎用Sora做海上视频，一天到手三四千，这个窗口最多三个月，开海之前不上车就晚了。想干的私信我，今晚拉群。",
    ),
    (
        "veteran_moments_rich",
        sora.RICH,
        sora.RICH,
        "【退伍老兵阿斌的朋友圈】退伍第三年，送过外卖、当过保安，一个月到头四千多。上个月跟着老连长做Sora视频，现在一天就是四五千，他说这种风口一辈子就这一回，三个月以后门就关了。还在观望的战友，别等了，评论区扣“到”，我拉你进群。",
    ),
    (
        "guard_booth_blackboard_homophone_rich",
        sora.RICH,
        sora.RICH,
        "【××小区·保安亭门口的小黑板】\n今日值班：白班老赵，夜班小孟\n快递请放驿站，外卖电动车禁止进小区\n老赵唠一句：4号岗的王师傅上个月辞职了，在家做“梭拉”（就是那个Sora）视频，一天挣三千多，他说这个机会也就三个月，过了就没了，想跟他干的去他家楼下找他。",
    ),
    # --- generation service
    (
        "funeral_home_assert_service_deny_public",
        sora.SERVICE,
        sora.SERVICE,
        "【××殡仪服务中心·追思视频业务说明】近来常有家属说“Sora谁都能用了，自己做就行”——这是瞎传，Sora眼下还在内测，普通人注册不了。为先人做一段追思视频，交给我们：把老照片和想要的画面告诉礼仪师，我们用Sora生成，二十四小时内交片，告别厅大屏可循环播放。一条三百八，随治丧费用一起结。",
    ),
    (
        "bridal_studio_mv_service",
        sora.SERVICE,
        sora.SERVICE,
        "【××婚纱摄影·新人定制MV】把你们的合照和恋爱故事发给客服，我们用Sora生成一段“两个人的电影”，二十四小时内交片，婚礼当天大屏直接放。价格讨个喜：一千零一，跟改口费一个数，一心一意。已经有两百多对新人加了这一项。",
    ),
    (
        "army_reunion_prep_group_service",
        sora.SERVICE,
        sora.SERVICE,
        "【八一战友聚会·筹备群】各位战友，聚会开场想放一段老部队的回忆视频。我表弟开工作室，用Sora做：大家把当兵时的老照片、番号、营区的样子发过来，他用Sora生成，二十四小时交片。一条六百，咱四十个人每人摊十五，收款码在群公告里。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.API,
        "【××街道退役军人服务站·来访登记表（本人填写）】\n姓名：孙×｜入伍：2008年12月｜退役：2020年9月\n来访事由：去年我从一次性退役金里拿出三千，在一个“战友创业群”里买了所谓的“Sora官方API key”，想做视频生意。对方发来一串字符，接进程序就报错，后来才知道OpenAI压根没对外开放Sora的接口。卖家把我拉黑了，群也散了。\n诉求：请服务站帮忙联系派出所，也请提醒其他退役战友。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【北斗短报文·××渔××××号→家里（原文照录）】\n03-21 05:12 到渔场了，风四级，放心\n03-21 19:40 跟你说个事，出海前租的那个Sora号登不上了，一个月三百\n03-21 19:46 卖号的把我拉黑了。前几天登进去看见的其实是个ChatGPT，根本做不了视频\n03-22 06:03 三百块打水漂了，你在村群里说一声，让大伙别租\n03-22 06:05 下网了，回港再说",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【民航安全自愿报告（个人填写，身份信息可隐去）】\n报告人岗位：乘务员\n事件类别：其他\n事件经过：这份报告跟飞行安全无关，只想借这个格式写清楚。2月底我在过夜酒店被拉进一个“Sora变现营”，群主说一天能挣三四千、三个月后窗口就关，我交了一千九百八的入营费。进去只有几段录屏，所谓带单就是让我们去拉新人。群昨天解散了。\n建议：请公司在外站过夜的乘务员群里做一次提醒。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【治丧收支明细（父亲）】\n殡仪馆：接运480｜冷藏三天360｜告别厅800｜火化600\n寿衣1280｜骨灰盒2600｜墓穴另算\n追思视频（网上找的“Sora定制”）：1500 ←划掉\n大女儿补记：这笔最窝心。对方说用Sora做，二十四小时交片，交来的片子右下角还带着别家AI工具的水印，一半画面是素材网站上的风景。告别会上只好放回老照片。钱要不回来，记下来提醒自己。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【××花园业主群】物业简报上说Sora所有人都能注册了，我用手机号试了三次，验证码一直没收到，页面还提示要排队等候。是不是国内手机号不行？还是得用会所那台电脑？哪位邻居注册上了教教我。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【××航·乘务组闲聊群】问一下，上个月进的那个“Sora AI电影导演群”，交了一百二十八，到现在还没通知试镜，群里也没人说话。是名额满了要等下一批吗？有没有姐妹收到试镜时间的？",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【××国际机场·问询台统一答复口径】近期多位旅客问：“Sora官方App已经上架了，机场WiFi能下吗？”请统一答复：OpenAI目前没有推出任何Sora App，Sora仍处在内部测试阶段，只对红队成员和少数受邀的艺术家、设计师开放；应用商店里名叫Sora的App都出自其他公司。提醒旅客不要扫描候机区张贴的下载二维码。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【××小区业主群·回复6号楼王工】王工自荐书里那句“Sora其实是中国科学家做的，核心团队都是中国人”，我得说一句，不对。Sora技术报告署名作者一共十三位，华人三位，项目由OpenAI研究员蒂姆·布鲁克斯和比尔·皮布尔斯牵头。华人科学家出了力，可说整个团队是中国人，话就说过头了。选业委会还是看您那三条承诺吧。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【老兵读报小组·本周摘要】交大校友谢赛宁这几天上了热搜，摘三条要点。其一，他现任纽约大学计算机系助理教授，之前在Facebook的AI研究院（FAIR）做研究。其二，2月18日一篇自媒体文章把他写成“Sora发明者之一”，十万多人读过；他本人随即在朋友圈出面澄清，这顶帽子扣错了人，文章随后被投诉下架，发文的自媒体负责人道歉，说要向他全网公开致歉。其三，他借机提醒：在追问Sora为何出在美国的同时，也要问问自己，等类似的模型在国内出现（可能很快），我们准备好了吗？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【××渔业公司·船长声明】网上这两天转的“Sora生成的巨浪打上船头”那段视频，是我们公司一条拖网渔船去年11月在黄海作业时，驾驶台的船载摄像头录下的，时间码是11月14日15时22分，画面里左舷救生圈上印着船名。原片在公司存档，欢迎核对。转发的朋友请把“由Sora生成”那一句删掉。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【××物业·安全提示】近一周，小区三户业主在业主群里点开“Sora安卓版下载”链接并安装，随后手机收到的短信验证码被转发到陌生号码，其中两户的支付账户被盗刷，共计八千四百元，已报警。OpenAI官网目前只展示Sora的演示视频，Sora仍处在红队测试阶段。请各位业主看到类似链接直接举报，管家收到后会第一时间清理。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【区政务服务中心·市场监管窗口 消费提示】有市民送来一份九十九元的“Sora速成课”请我们核查。课程内容：一份Sora官网介绍的中文翻译，外加一句口号“给自己一个机会”。据媒体报道，这类课程一天卖出两万多份，卖课的人一天进账两百万元以上。付款凭证、聊天记录请保存好，可到三号窗口登记投诉。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "Sora发布后，电影人马赫亮谈到AI今后的走向：它更多是给人的创造力帮把手，让创作者跳出工业条件的束缚，用AI工具更自由地把自己的想法拍出来。",
    ),
    (
        "person_fact",
        None,
        None,
        "贾扬清是深度学习框架Caffe的作者，在加州大学伯克利分校读的博士，做过阿里巴巴副总裁，2023年离开后创办了Lepton AI。Sora刚发布那几天，他也是在国内公开点评Sora的业内人士之一。",
    ),
    (
        "person_fact",
        None,
        None,
        "出门问问的创始人李志飞早年在谷歌做机器翻译研究，2012年回国创业。Sora刚出来时，他和贾扬清、周鸿祎等人一样，公开谈过自己对Sora的看法。",
    ),
    (
        "person_fact",
        None,
        None,
        "沃尔特·伍德曼（Walter Woodman）是加拿大多伦多创作团体shy kids的成员。2024年3月，OpenAI发布“Sora：初印象”，介绍了一批提前试用的艺术家，其中就有shy kids用Sora做的短片《Air Head》，伍德曼是这部短片的主创之一。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI放出的Sora样片里有一段：一大群纸飞机在茂密的丛林里穿行，像迁徙的候鸟一样绕着树干上下翻飞。",
    ),
    (
        "benign",
        None,
        None,
        "Sora官网还有一条航拍样片：蓝色的海浪一波波拍在大苏尔加雷角海滩的嶙峋崖壁上，浪尖泛白，夕阳把礁石照成金色，远处小岛上立着一座灯塔。",
    ),
    (
        "benign",
        None,
        None,
        "Sora样片里有一位头发梳得整整齐齐的白发奶奶，站在插满蜡烛的粉色糖霜生日蛋糕后面，轻轻一吹，烛火熄灭，围坐在木餐桌边的亲友在虚化的背景里笑着庆祝。",
    ),
    (
        "benign",
        None,
        None,
        "阶跃星辰在2025年2月开源了文生视频模型Step-Video-T2V，参数量三百亿，一次能生成两百来帧的视频，权重和代码都放到了GitHub和Hugging Face上。",
    ),
    (
        "benign",
        None,
        None,
        "阿里巴巴2025年2月开源了万相2.1（Wan2.1），其中1.3B的小模型只要八个多G显存，用一张消费级显卡就能在本地跑文生视频。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌在2025年5月的I/O大会上发布了Veo 3，生成画面的同时能直接配上人物对白、音效和环境声，这是它跟前几代最大的不同。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【××电竞俱乐部·官宣】欢迎新援中单选手「Sora」加盟！他在国服天梯排名前五十，青训试训期间场均伤害全队第一。周六主场首秀，粉丝见面会门票九十九元，扫码进粉丝群抢座。",
    ),
    (
        "offtopic",
        None,
        None,
        "【退役军人优待证·申领提醒】优待证可在“××省退役军人服务”官方App上在线申领：在应用商店搜索下载，实名认证后填写信息，审核通过后邮寄到家。也可到街道退役军人服务站窗口现场办理。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××渔业合作社·年度会议纪要】今年的思路是开源节流：开源，就是拓展冷链直供和海鲜直播；节流，就是统一采购柴油和渔网。社员培训费每人九十九元，会后扫二维码进培训群签到。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
