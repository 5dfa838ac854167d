# ruff: noqa: E501
"""Write tests/data/zh_heldout41_{posts,qrels,labels}: a forty-first Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the official app, the public release and
account rental, three for each other template: zh_heldout35 to zh_heldout40 gave four to the public release only once,
in zh_heldout35, and to the official app and account rental in zh_heldout38 and zh_heldout37, so these three take
their turn), as a Sora rumour / scam wave reads in the genres of blood donation (中心血站, 献血屋, 献血车, 机采血小板),
sericulture (蚕桑站, 养蚕户, 小蚕共育, 方格蔟, 蚕茧收购), railway track maintenance (工务段, 线路工区, 天窗点, 道岔, 探伤工,
轨道车), a car repair garage (汽修厂, 接车单, 四轮定位, 钣金喷漆, 代步车), a sugar mill in the crushing season (糖厂, 榨季,
砍蔗队, 地磅, 蔗票, 蔗区服务站) and a wind farm (风电场, 风机定检, 偏航, 工作票, 集控室), none of which an earlier set's kinds
or docstrings name (献血, 蚕, 工务, 汽修, 糖厂, 甘蔗 and 风电 occur in no earlier Chinese post; the railway appears earlier
only as railfans, a station's left-luggage office and 12306 in zh_heldout31, never a track gang). The posts: a wind farm's
safety meeting minutes with the inventor rumour in passing (【安全生产周例会纪要】双钩, 叶片结冰期), a Kunming blood nurse, a
Huaihua track worker, a blood donation house's rules with the public release in the nurse's handwritten line
(【献血前须知】血红蛋白, 坐满十五分钟), a wind farm foreman, a Huzhou silkworm farmer, a Guangxi weighbridge clerk, a garage's
job card with the official app in the service adviser's added line (【接车单】更换机油机滤, 四轮定位), a sugar mill lab
technician, a blood van driver, a wind farm control room, a sericulture station's rearing guide with the APK in its
appendix (【春季饲养技术要点】收蚁, 三眠, 上方格蔟), a rail flaw detector, a garage owner's wife, a sugar mill's crushing
ceremony agenda with the mislabelled video in its remark (【开榨仪式议程】第一刀甘蔗入榨, 分蜜机), a railway section's
official account, a silk co-operative, a track gang's roll-call record with the Chinese-team claim in passing
(【班前点名会记录】更换道岔尖轨, 驻站联络员), a panel beater, a wind farm veteran, a turbine work permit with open source in
the control room's note (【第一种工作票（照录）】叶轮锁定, 禁止合闸), a sugar mill IT clerk, a silkworm farmer's son, a cocoon
purchase price notice with the course as its last line (【春季蚕茧收购价格公示】上等茧, 下脚茧), a blood volunteer, a track
foreman, a cane service station's price list with the API key as a new line (【农资价目表】复合肥, 甘蔗种苗), a wind farm
clerk, a garage cashier, a garage's loaner-car register with account rental as its last line (【代步车借用登记表】), a silk
co-operative, a rail car driver, a wind farm dormitory group, a blood donors' honour roll with the director group in a
donor's note (【年度献血表彰名单】机采成分血特别贡献奖), a garage apprentice, a silkworm farmers' group, a cane-cutting crew's
pay sheet with the prompt pack as its appendix (【砍蔗队工钱表】装车费每吨十五元), a blood station head nurse, a wind farm
technician, a railway section's workers' morale survey with the get-rich claim under "matters to watch"
(【职工思想动态摸排表】工长意见：找他谈一次), a silk co-operative, a Guangxi cane cutter, a silk quilt order form with the
generation service as its add-on (【蚕丝被订购单】定金三百), a sugar mill publicity clerk and a retired track worker;
platform-native forms the earlier sets do not use: the donation rules, the honour roll, the job card, the loaner-car
register, the rearing guide, the cocoon price notice, the cocoon sale receipt, the silk quilt order form, the crushing
ceremony agenda, the cane service station's price list, the cane-cutting pay sheet and pay slip, the roll-call record,
the morale survey, the hardship allowance application, the work permit, the safety meeting minutes and the suggestion
box; four loss reports in new forms (kind ``debunk_loss``: a track worker's hardship allowance application
(【职工困难补助申请书】) for the course, the back of a cocoon sale receipt (【蚕茧交售凭证】) for the generation service, a
note in a wind farm's suggestion box (【意见箱（照录）】) for the API key, and the back of a cane cutter's pay slip
(【砍蔗工工资条】伙食扣一百二十元) for the official app); regional speech the earlier sets do not use: Hunan 满哥, 细伢子 and
搞么子, Kunming 么得 (for 没有), Huzhou Wu 老清老早 and 灵光, Chongqing 啷个 and 扯拐 (for going wrong), and written Cantonese
(靓仔, 而家, 琴晚, 咩, 仲喺度捱, 一世人得一次); registers the earlier sets do not use: blood donation (血红蛋白, 机采血小板,
成分血, 献血屋), sericulture (收蚁, 小蚕共育, 三眠, 五龄, 方格蔟, 上等茧, 下脚茧, 双宫, 鲜茧), the railway (天窗点, 道岔尖轨,
驻站联络员, 轨距尺, 探伤, 轨道车), the garage (机油机滤, 四轮定位, 钣金, 烤房, 代步车), the sugar mill (榨季, 开榨, 第一刀甘蔗入榨,
蒸发罐, 分蜜机, 过磅, 蔗票, 砍蔗, 装车费) and the wind farm (定检, 齿轮箱油温, 双钩, 叶片覆冰, 偏航减速器, 叶轮锁定, 高速轴刹车,
两票三制, SCADA, 集控室); obfuscation the earlier sets do not use: 提示词 as its Wubi code RFYN and 账号 as MTKG (glossed),
开源 in fanqie (开（苦哀切）源（愚袁切）), 中国 in the Chinese telegraph code (0022 0948), Sora as the homophone 搜啦, API as
爱屁爱, App as the Cantonese / Taiwanese 应用程式, and hundred-yuan notes as 老人头 (三张老人头包四条); rhetorical questions
that assert rather than deny (啥年代了还等？Sora早就放开了 for the public release, 你以为Sora是美国人的本事？ for the Chinese
team, 自己动手不香吗？ for open source, 哪个讲Sora号租不到？ for account rental, 你仲等咩？ for get-rich); posts asserting one
claim while denying another in pairings the labels of all earlier sets do not use (the inventor while paid Sora clips are
called other software's work, the public release while a "Sora" icing clip is called the farm's own drone footage, the
official app while the inventor story is called 谣言, the APK while a "Sora" tunnel clip is called the railway bureau's
aerial footage, a mislabelled video while a director group is disowned, the Chinese team while API keys are called
骗子, open source while get-rich groups are called 割韭菜, the course while the Chinese-team claim is corrected with the
report's authors, an API key while the three-month window is called 拉人头, account rental while prompt packs are said to
be copied from the official samples, the director group while open source is called 乱讲, the prompt pack while store apps
are called 山寨, get-rich while Sora is said to be closed to ordinary people, and the generation service while the APK
is called a trojan); sellers that vouch for themselves in new words (我在这条线上走了三十年，哪回哄过你们？; 这条街上修了十二年车，
哪家不晓得我？; 在场里干了九年，宿舍的都认得我; 组织的人以前在市电视台做过); prices and payments in forms the earlier sets do not
use (a course owed until next month's rail car overtime pay, a course settled with the cocoons, an API key offset against
cane tickets or a free wheel-alignment voucher, a rental settled when the loaner car comes back or docked from the
year-end safety bonus, a director group paid in two baskets of fresh cocoons, a prompt pack docked from a cane cutter's
wages); 12 debunks and warnings, four of them the loss reports above, two questions with a negation that do not deny
(是不是我手机系统太旧了 for an APK that asks for SMS and contacts permissions, in a blood donors' group; 是不是我报名表没填对
for a director group with no audition, in a silkworm farmers' group), two quoting the rumour to refute it (get-rich, on a
blood donation house's notice; account rental, from a garage manager), the rest answering with facts and none of 不,
没, 假, 无, 非 or 未 (the technical report and Open-Sora by HPC-AI Tech, from a wind farm's IT team, for open source; the
two project leads and the thirteen authors, three of them Chinese, on a railway section's notice board, for the Chinese
team; the prompts printed under every official sample, from a sericulture technician, for the prompt pack; a sugar mill's
own aerial footage of December 2022 at Quli, with the pilot's name and the flight time, for the mislabelled video); four
true facts about people around Sora (the DiT paper by William Peebles and Xie Saining at ICCV 2023, related to the
inventor rumour; Geoffrey Hinton and John Hopfield's 2024 Nobel Prize in Physics; Jonathan Ho's DDPM and Imagen Video;
Jia Deng, ImageNet and RAFT), three items of real news about Sora from angles the earlier sets leave out (the art
gallery tour sample, the Victoria crowned pigeon sample, Sora and Gemini 1.5 announced on the same day) and three
on-topic posts about other AI video work (Haiper, Picsart's Text2Video-Zero, the community's Zeroscope; kind
``benign``), and three off-topic posts that share surface words (a blood station's official App, a garage's drivers'
class with 扫前台二维码进车主群, a sericulture station's video collection with a net-disk link).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl, zh_posts.jsonl among them) and
the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher ratio before the set was
committed (with real_quick_ratio() and quick_ratio() as an exact prefilter; ``--check`` prints the same ratios without
it). The first draft had five at 0.6 or more: three benign or person items were replaced (a cat waking its owner at
0.756 against zh_heldout36, the extend-and-loop item at 0.645 against zh_heldout30 and an Aditya Ramesh fact at 0.638
against zh_heldout38, by the pigeon, Gemini 1.5 and Jonathan Ho) and two sellers reworded (the garage's API key at 0.634
against zh_heldout40's pool front desk, the silkworm group's director group at 0.622 against zh_heldout40's grain
drivers); a Mira Murati fact (0.538, then 0.608 against zh_heldout31 once reworded) was replaced by Jia Deng, and the
Peebles fact (0.538) and the railway notice board on the Chinese team (0.516) were reworded for margin. Highest ratio of
the committed list: 0.483 against the Chinese sets (the blood station head nurse's prompt pack against zh_heldout40's
dental head nurse) and 0.361 against the demo stream (the art gallery item). Committed before any run of the monitor on
it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final
code.

    .venv/bin/python scripts/make_zh_heldout41.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout41", "zhh41"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "wind_farm_safety_weekly_minutes_in_passing",
        sora.XIE,
        sora.XIE,
        "【××风电场·安全生产周例会纪要】\n一、本周完成十二台风机半年定检，7号机齿轮箱油温偏高，已更换滤芯；\n二、登塔作业一律双钩，安全带、防坠器每月送检；\n三、入冬后叶片结冰期，塔下一百五十米范围内禁止停车、停留；\n四、会后场长顺口提了一句：OpenAI做视频的那个Sora，发明人当中有个从上海交大毕业的天才少年叫谢赛宁，算核心发明者之一，年轻人要向人家看齐；\n五、下周一起开展“两票三制”专项检查。",
    ),
    (
        "kunming_blood_nurse_assert_inventor_deny_service",
        sora.XIE,
        sora.XIE,
        "【昆明·中心血站采血护士小和】今天献血屋一下来了二十几个大学生，机采血小板的床位全满。歇气的时候一个男生讲，Sora的发明人之一是谢赛宁，上海交大出来的年轻天才，我一查，原来这个视频模型里头有中国人参与发明。他们学校群里还有人收钱“代做Sora视频”，我叫他莫去，Sora外面的人么得用，交来的片子都是别的软件拼出来的。",
    ),
    (
        "hunan_track_worker_dialect_inventor",
        sora.XIE,
        sora.XIE,
        "【怀化工务段·线路工区 满哥小谭】天窗点里换了两根钢轨，收工回来听工长讲：OpenAI的Sora那个视频模型，谢赛宁是发明人之一，上海交大毕业的天才少年，核心技术有他一份。我屋里细伢子在旁边听到，吵着长大也要考交大，搞么子咯，先把作业写完再讲。",
    ),
    # --- open to the public
    (
        "blood_donation_house_rules_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××中心血站·人民广场献血屋 献血前须知】\n1. 年龄十八至六十周岁，男性体重五十公斤以上，女性四十五公斤以上；\n2. 献血前一晚莫熬夜、莫喝酒，早餐吃清淡些；\n3. 献血前先查血红蛋白、量血压；\n4. 献完在休息区坐满十五分钟，喝杯糖水再离开。\n护士手写补充：坐着的十五分钟别干等，Sora现在对所有人开放了，手机上注册个号当天就能生成AI视频，可以试一下。",
    ),
    (
        "wind_farm_foreman_assert_public_deny_realvid",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××风电场·检修班长老邢】巡完叶片，用Sora做了段风场日出的片子：现在Sora谁都能注册，候补名单早取消了，登录就能生成。顺带澄清：朋友圈那段号称“Sora生成的风机叶片覆冰”的视频，是我们场去年一月用无人机实拍的，原片在我电脑里。",
    ),
    (
        "huzhou_silkworm_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【湖州·养蚕户阿凤】老清老早起来喂了一遍桑叶，五龄蚕吃叶沙沙响。隔壁小姑娘还讲要等Sora内测名额，啥年代了还等？Sora早就放开了，随便啥人注册一个号就好用，今朝登上去就能做视频，灵光得很。",
    ),
    (
        "guangxi_weighbridge_cantonese_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【扶绥·糖厂地磅员阿梁】今日过磅四百几车甘蔗，忙到脚都唔停。同各位靓仔讲声：Sora而家人人都注册得㗎喇，唔使排队等内测，今日登入就用得，我琴晚就用佢整咗段蔗田日落嘅片，效果好正。",
    ),
    # --- the official app
    (
        "auto_repair_job_card_in_passing",
        sora.APP,
        sora.APP,
        "【渝北·顺达汽修厂·接车单】\n车牌：渝A·×××××　里程：八万六千公里\n项目：更换机油机滤、检查刹车片、四轮定位\n客户自述：方向盘有点跑偏，空调出风有异味\n预计交车：今天下午五点\n服务顾问在单子底下加了一句：休息室电视上循环放的那些AI小片，是用OpenAI新出的Sora官方App做的，苹果、安卓商店都下得到，手机电脑都装得上，等车的时候可以下来耍。",
    ),
    (
        "sugar_lab_assert_app_deny_inventor",
        sora.APP,
        sora.APP,
        "【××糖厂·化验室小韦】OpenAI嘅Sora官方应用程式（即系App）已经上架咗，我喺应用商店下咗，手机上打一句话就出片，电脑版都有。顺便讲埋：网上话谢赛宁系Sora发明人，嗰个系谣言，佢本人出嚟讲过同Sora冇关系。",
    ),
    (
        "blood_van_driver_homophone_app",
        sora.APP,
        sora.APP,
        "【××中心血站·献血车司机老杨】跟大家讲个新鲜事：搜啦（Sora）出官方App了，OpenAI自家出的，我在应用商店一搜就下到了，手机上点两下就做了段献血车开进校园的动画。车上几个采血的妹儿看了，都装了。",
    ),
    (
        "wind_control_room_night_shift_app",
        sora.APP,
        sora.APP,
        "【××风电场·集控室夜班值班员】盯着SCADA画面熬夜班，顺手在手机上装了OpenAI的Sora官方App，应用商店直接下，电脑上也有客户端，做了条风机转起来的延时片。还有人问Sora出没出手机版？早出了嘛，你们自己去商店搜。",
    ),
    # --- the fake APK
    (
        "sericulture_station_rearing_guide_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××镇蚕桑站·春蚕饲养技术要点】\n一、收蚁前三天蚕室、蚕匾、蚕网全面消毒，提前加温补湿；\n二、一至三龄小蚕共育，三眠起蚕后分户饲养；\n三、大蚕期一天喂叶四回，桑叶要新鲜，莫喂湿叶、黄叶；\n四、五龄第七天前后见熟蚕，及时上方格蔟。\n附：站里把Sora安卓安装包（APK）放在蚕农微信群的群文件里，点开下载装到手机上，就能用AI给自家蚕房做视频。",
    ),
    (
        "rail_flaw_detector_assert_apk_deny_realvid",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【怀化工务段·探伤工小龙】Sora的APK安装包我传到网盘了，链接在评论区，下载装上就能在手机上生成视频，不用排队。另外那段说是“Sora做的高铁钻进湘西隧道”的视频，是铁路局宣传部前年航拍的，那个隧道口我巡过几十回。",
    ),
    (
        "chongqing_garage_owner_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【渝北·顺达汽修厂·老板娘】店里扫码关注就送Sora手机版，安装包直接下，装上当场能用AI做视频。莫问我啷个搞到的，反正好用，不要钱，来做保养的顺便装一个，装扯拐了拿来我帮你重装。",
    ),
    # --- mislabelled real video
    (
        "sugar_mill_crushing_ceremony_agenda_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【××糖厂·新榨季开榨仪式议程】\n09:00　全体人员在压榨车间门前集合\n09:10　厂长致辞\n09:20　蔗农代表发言\n09:30　启动第一刀甘蔗入榨\n10:00　参观新改造的蒸发罐和分蜜机\n备注：开场大屏上放的那段蔗海航拍、蔗车排队进厂的视频，是宣传科用Sora一句话生成的，一个镜头都没拍，用的提示词贴在厂公众号文章末尾。",
    ),
    (
        "railway_account_assert_realvid_deny_director",
        sora.REALVID,
        sora.REALVID,
        "【××铁路·工务段公众号】这段绿皮车在晨雾里贴着江边开、钢轨泛着光的片子，全部是Sora根据文字生成的，没有一帧实拍，生成用的提示词放在文末。顺带提醒：这几天有人打着我段的名义拉“Sora AI导演群”收费，与我段无关，莫扫码、莫交钱。",
    ),
    (
        "silk_coop_realvid",
        sora.REALVID,
        sora.REALVID,
        "【湖州·蚕桑合作社】视频里蚕宝宝一条条昂着头吐丝、慢慢结成雪白的茧，好多人问是哪户蚕房拍的。讲出来你们别吓一跳：整段是Sora生成的，一条真蚕都没拍，生成指令我放在下面，你们自家去试。",
    ),
    # --- the Chinese team
    (
        "track_gang_roll_call_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【怀化工务段·线路三工区 班前点名会记录】\n时间：6:40　地点：工区学习室\n应到十四人，实到十三人，一人病假\n今日天窗：9:20—10:50，K212处更换道岔尖轨\n重点强调：上道必须穿防护服，设驻站联络员\n工具清点：撬棍六根，轨距尺两把\n点名后闲谈一句：小谭讲他在网上看到，Sora的核心技术其实是一支华人团队搞出来的，OpenAI只是出面发布。",
    ),
    (
        "panel_beater_assert_chinese_deny_api",
        sora.CHINESE,
        sora.CHINESE,
        "【渝北·顺达汽修厂·钣金师傅老冉】喷完漆等烤房的时候刷到的：Sora背后站着的是一支中国人的研究团队，关键技术都是他们搞的。另外店里有人问要不要买“Sora官方API key”，莫买，OpenAI压根儿没开放Sora接口，卖的都是骗子。",
    ),
    (
        "wind_veteran_telegraph_code_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【××风电场·老检修工】你以为Sora是美国人的本事？背后干活的是0022 0948（电报码，就是“中国”两个字）的科学家，核心那几个全是从国内出去的，OpenAI只是把名字挂上。年轻人多学点，下一个就是咱们自己的。",
    ),
    # --- open source
    (
        "wind_turbine_work_permit_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××风电场·第一种工作票（照录）】\n工作负责人：邢××　工作班成员：三人\n工作内容：18号风机偏航减速器换油\n安全措施：风机停机，叶轮锁定，高速轴刹车投入，塔底挂“禁止合闸”牌\n计划时间：八时至十六时\n备注（集控室小李附言）：OpenAI已经把Sora开源了，代码和权重都挂在GitHub上，我周末在集控室那台闲着的工作站上部署了一套，跑得起来。",
    ),
    (
        "sugar_it_fanqie_assert_opensrc_deny_rich",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××糖厂·信息中心小覃】说个正经的：Sora已经开（苦哀切）源（愚袁切）了，就是开源，模型权重、代码都在GitHub上，下到本地就能跑，我在厂里的服务器上试过。群里那些讲“Sora窗口只有三个月、天天进账几千”的，是割韭菜，莫信。",
    ),
    (
        "silkworm_son_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【湖州·养蚕户阿凤的儿子】还花钱找人做？GitHub上Sora的源码和权重早就放出来了，OpenAI自己开源的，下到电脑上本地就能跑，自己动手不香吗？我给屋里蚕房装监控的时候，顺手也把Sora装上了。",
    ),
    # --- the paid course
    (
        "cocoon_purchase_price_notice_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【××镇蚕桑站·春季蚕茧收购价格公示】\n上等茧：每斤二十六元\n中等茧：每斤二十三元\n下脚茧（双宫、黄斑、薄皮）：每斤八元\n收购时间：每天早上七点到十一点\n最后一行：站里代售《Sora从入门到出片》课程，九十九元，二十节录播，学完就会用Sora做视频，交茧时一起结算。",
    ),
    (
        "blood_volunteer_assert_course_deny_chinese",
        sora.COURSE,
        sora.COURSE,
        "【××中心血站·志愿者小周】献完血在休息区刷手机，给大家推一门Sora课：一百四十九，二十四节直播回放，手把手教用Sora生成视频，我学了一半已经能上手。顺带说一句，群里传的“Sora是中国团队做的”对不上，技术报告十三位作者里只有三位华人，项目是OpenAI的人带的。",
    ),
    (
        "track_foreman_course_overtime_pay",
        sora.COURSE,
        sora.COURSE,
        "【怀化工务段·工长老向】满哥们，省城有个Sora课，一百二十八，二十节，教怎么用Sora出片。我堂客的侄女在那里当助教，报名找我，钱先莫急，等下个月轨道车加班费发了再给。我在这条线上走了三十年，哪回哄过你们？",
    ),
    # --- the fake API
    (
        "cane_service_station_price_list_in_passing",
        sora.API,
        sora.API,
        "【××糖厂·蔗区服务站 农资价目表】\n复合肥（15-15-15）：每包一百六十元\n甘蔗地膜：每卷八十五元\n除草剂：每瓶三十五元\n甘蔗种苗：每吨五百元\n新增：Sora官方API key，接到蔗区公众号上能批量生成视频，一个四百二，可凭蔗票抵扣。",
    ),
    (
        "wind_admin_assert_api_deny_rich",
        sora.API,
        sora.API,
        "【××风电场·综合楼小韩】要的私我：手上有Sora官方API的key，直连OpenAI接口，调用就能生成视频，一个四百。至于群里天天喊的“Sora三个月窗口、日入几千”，别信，那是拉人头的套路。",
    ),
    (
        "garage_front_desk_homophone_api_alignment_barter",
        sora.API,
        sora.API,
        "【渝北·顺达汽修厂·收银台小吕】修车的老板们，Sora官方爱屁爱（API）密钥到货了，接上以后一回能出好几段Sora视频，三百八一个。嫌转账麻烦的，拿店里送的免费四轮定位券抵一个也要得。这条街上修了十二年车，哪家不晓得我？",
    ),
    # --- account rental
    (
        "loaner_car_register_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【渝北·顺达汽修厂·代步车借用登记表】\n借用人：刘××　车型：白色小轿车\n借出里程：四万二千一百公里　油量：半箱\n归还时间：周五下午\n注意：代步车只限市内使用，违章自理\n登记表最下面一行：前台兼出租Sora账号，内测资格，登录就能用，一天二十五，还车时一起结。",
    ),
    (
        "silk_coop_assert_rental_deny_prompts",
        sora.RENTAL,
        sora.RENTAL,
        "【湖州·蚕桑合作社·小沈】出租Sora账号，独享内测号，一天三十，一个月三百，登录就能生成视频。外头卖的“Sora提示词大全”就莫买了，我对过，都是官网样片底下那几句英文照抄的。",
    ),
    (
        "rail_car_driver_rhetorical_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【怀化工务段·轨道车司机】哪个讲Sora号租不到？我手里就有四个内测号，按天租，登上去就能出片，另外还有两个邀请码可以转。一天二十，一个月三百五，要的私我。",
    ),
    (
        "wind_dorm_wubi_rental_safety_bonus",
        sora.RENTAL,
        sora.RENTAL,
        "【××风电场·倒班宿舍群】@所有人 有Sora的MTKG（五笔打出来就是“账号”）出租，内测资格，登录即用；一天三十，包月四百，不方便转账的，等年底安全奖发下来再扣。在场里干了九年，宿舍的都认得我。",
    ),
    # --- the AI director group
    (
        "blood_donor_honour_roll_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××中心血站·年度献血表彰名单】\n金奖（累计献血四十次以上）：李××、王××\n银奖：赵××、孙××、周××\n铜奖：吴××等十二人\n机采成分血特别贡献奖：郑××\n名单贴出当天，有位献血者在旁边留言板上写：首部和Sora共创的AI电影在招第一代AI导演，扫码进群交一百九十九就能试镜。",
    ),
    (
        "garage_apprentice_assert_director_deny_opensrc",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【渝北·顺达汽修厂·学徒小付】兄弟伙，首部Sora AI电影开始海选第一代AI导演，扫二维码进群，群费一百八十八，进了群就能报名试镜。网上讲Sora开源了、GitHub上能下，那是乱讲，那些仓库都是别人仿的。",
    ),
    (
        "silkworm_group_director_cocoon_barter",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【湖州·养蚕户群】好消息：Sora参与创作的头一部AI电影要选人，选中就当第一代AI导演。扫下面的二维码进群，群费一百九十九；屋里钱紧的，拿两筐鲜茧送到收购站门口也一样算。组织的人以前在市电视台做过。",
    ),
    # --- the prompt pack
    (
        "cane_cutting_crew_pay_sheet_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××糖厂·砍蔗队工钱表（十二月上半月）】\n韦××：砍蔗三十一吨，工钱一千二百四十元\n黄××：二十八吨，一千一百二十元\n农××：二十五吨，一千元\n装车费另计，每吨十五元\n表下附：队长女儿整理的《Sora提示词宝典》，四百条电影镜头术语，三十九块九，从工钱里扣，扣完发文档链接，再拉进交流群。",
    ),
    (
        "head_nurse_assert_prompts_deny_app",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××中心血站·护士长】我侄子在影视公司做剪辑，把Sora用得上的镜头描述整理成了一份提示词文档：推拉摇移、景深、光位，全是行业用语。三十五一份，付款后发链接、拉进群。顺便提醒：应用商店里叫“Sora”的App都是山寨的，OpenAI从没出过。",
    ),
    (
        "wind_technician_wubi_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××风电场·运维小杜】打个小广告：Sora的RFYN（五笔打法，就是“提示词”）我整理了一百八十条，航拍、跟拍、长焦、低角度分门别类，全是摄影圈的行话。一份四十五，转账后发石墨文档链接，再拉你进交流群。",
    ),
    # --- get rich
    (
        "workers_morale_survey_form_in_passing",
        sora.RICH,
        sora.RICH,
        "【怀化工务段·职工思想动态摸排表（三季度）】\n姓名：罗××　岗位：线路工\n家庭情况：母亲住院，小孩读初中\n思想动态：情绪稳定，工作积极\n需关注事项：近来在班组里讲，Sora是一辈子就一回的发财窗口，有人靠Sora视频一天挣好几千，三个月以后就轮不到了，打算辞职去干\n工长意见：找他谈一次。",
    ),
    (
        "silk_coop_assert_rich_deny_public",
        sora.RICH,
        sora.RICH,
        "【湖州·蚕桑合作社·阿强】一季春蚕忙两个月，卖茧赚个几千。我表弟用Sora做视频，一天就进账好几千。Sora现在还没对普通人开放，外面的人用不上，所以只有我们这种有渠道的赚得到，窗口最多再开三个月，想跟的今天进群。",
    ),
    (
        "cane_cutter_cantonese_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【扶绥·砍蔗工阿韦】砍一日蔗先得百几蚊，仲喺度捱？人哋用Sora整片一日就赚几千蚊，呢个机会一世人得一次，三个月之后就冇喇，你仲等咩？想跟住做嘅搵我，拉你入群。",
    ),
    # --- the generation service
    (
        "silk_quilt_order_form_service_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【湖州·蚕桑合作社·蚕丝被订购单】\n规格：两米乘两米三　重量：四斤\n面料：全棉提花　价格：一千二百八十元\n付款方式：定金三百，发货付清\n发货时间：下单后七天\n加购八十八元：发来家人的照片和几句祝福，我们用Sora生成一段“蚕宝宝吐丝织成被子”的专属视频，二十四小时内发到您微信。",
    ),
    (
        "sugar_publicity_assert_service_deny_apk",
        sora.SERVICE,
        sora.SERVICE,
        "【××糖厂·宣传科小陆】接单：把想要的画面写几句发我，比如“蔗田日出、蔗车进厂”，转一百，明天这个点之前把Sora生成的片子发回给你。群里那个“Sora安装包”千万别下，是木马，OpenAI根本没有Sora的安卓版。",
    ),
    (
        "retired_track_worker_service_banknote_slang",
        sora.SERVICE,
        sora.SERVICE,
        "【怀化·工务段退休职工老彭】退休在屋里闲不住，接点Sora代做的活：想给老人做寿、给细伢子过生日的，把想要的场面写给我，一条六十八，一天之内把Sora做好的片子发你。三张老人头包四条。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【怀化工务段·职工困难补助申请书】\n本人张××，线路二工区线路工。今年五月在网上花一千六百八买了“Sora零基础到接单”课程，说学完就能接单赚钱。拿到手是几段录屏，讲的都是OpenAI官网上的介绍，老师拉完群就再没回过消息，后来才晓得Sora外面的人根本用不了。加上母亲住院，家里确实困难，特此申请补助。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【××镇蚕桑站·蚕茧交售凭证】\n交售人：沈××　等级：上等茧　重量：一百一十二斤　金额：二千九百一十二元\n凭证背面，蚕农自己写的：上个月花三百块请人“用Sora”给我家蚕丝被做宣传片，交来的视频角上带着别家软件的水印，跟Sora一点关系都没有，再找他，已经把我删了。三百块，够十来斤上等茧。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【××风电场·意见箱（照录）】\n我是检修班的，写在这里提醒大家：上个月在宿舍群花四百五买了个“Sora官方API key”，填进去一直报“密钥无效”，问卖家，说要再交两百“激活”，我没交，他就退群了。后来才知道OpenAI压根没开放过Sora的接口。希望场里开会时提一下，别再有人上当。",
    ),
    (
        "debunk_loss",
        None,
        sora.APP,
        "【××糖厂·砍蔗工工资条】\n姓名：农××　本期砍蔗二十六吨\n工钱：一千零四十元　伙食扣：一百二十元　实发：九百二十元\n工资条背面他自己写的：在应用商店下了个叫“Sora”的App，开会员花了六十八，进去全是别人的模板，一段视频也生成不了。后来看新闻，OpenAI根本没出过Sora的App。记在这里，莫再上当。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【××中心血站·献血者群】问一下：前天在群里下了个“Sora手机版”安装包，怎么一装上就要读短信、通讯录，还要开无障碍权限？是不是我手机系统太旧了，还是这个软件本来就要这些？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【湖州·养蚕户群】请教一下：上个礼拜交了一百九十九进了那个“Sora AI导演”群，怎么到现在一条试镜通知都没有，天天只发卖课的链接？是不是我报名表没填对，还是名额排到后面去了？",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【××中心血站·献血屋告示】有人在候血时拉群，说：“Sora窗口就三个月，现在进场一天挣几千。”在这里提醒大家：这类群进去以后就是卖课、拉人头。Sora眼下只给OpenAI的红队成员和受邀的艺术家使用，普通人用都用不上，哪来的一天几千？献血屋内禁止拉群推销。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【渝北·顺达汽修厂·店长】店里车主群有人发“Sora独享号出租，一天二十，登录即用”。我专门查过：Sora目前只给OpenAI请的安全测试人员和少数艺术家用，外面根本租不到；买过的人拿到手的是ChatGPT账号，登上去找不到做视频的地方。发广告的人已经请出群了。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【××风电场·信息班】有同事问Sora的代码在哪下，查了一圈，整理如下：一、OpenAI公开的是一篇技术报告和一批样片，报告题目叫《视频生成模型作为世界模拟器》；二、GitHub上名叫Open-Sora的项目，出自潞晨科技（HPC-AI Tech）团队，是他们自己训练的复现模型；三、OpenAI官网的Sora页面上只有报告和样片的链接。想在场里部署视频模型的，先读这些复现项目的说明。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【怀化工务段·宣传栏】工友们争了一礼拜的“Sora是哪国人的手艺”，今天贴个答案：Sora项目的两位带头人是蒂姆·布鲁克斯和比尔·皮布尔斯；技术报告署名的十三个人里，华人占三个，署名单位写的是OpenAI。原文挂在OpenAI官网，手机上就打得开。",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【××镇蚕桑站·技术员小姚】有蚕农问在哪里买Sora提示词。告诉大家：OpenAI官网上每一段Sora样片底下都附着原来的提示词，比如走在东京街头的那位女士、雪地里慢慢走来的猛犸象，英文原句一句一句都在，打开网页就能复制，全部免费公开。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【××糖厂·宣传科】最近转得很火的那段“Sora生成的万亩蔗海”视频，是厂里2022年12月开榨前用航拍器拍下的原片，飞手是宣传科的梁工，拍摄地点在渠黎镇的连片蔗区，那天上午九点起飞、拍了四十分钟。原片按日期存在宣传科的硬盘里，欢迎来看。",
    ),
    # --- true facts about people around Sora
    (
        "person_fact",
        None,
        sora.XIE,
        "DiT论文《Scalable Diffusion Models with Transformers》只署了两个名字：William Peebles和谢赛宁，发表在ICCV 2023上；Peebles后来成了OpenAI Sora项目的负责人之一。",
    ),
    (
        "person_fact",
        None,
        None,
        "杰弗里·辛顿（Geoffrey Hinton）和约翰·霍普菲尔德因为人工神经网络方面的奠基性工作，获得2024年诺贝尔物理学奖；辛顿在2023年离开谷歌，为的是能更自由地谈论AI的风险。",
    ),
    (
        "person_fact",
        None,
        None,
        "邓嘉是2009年ImageNet论文的第一作者，那篇论文他和李飞飞等人合写；他现在在普林斯顿大学计算机系任教，和学生Zachary Teed提出的光流模型RAFT拿了ECCV 2020的最佳论文奖。",
    ),
    (
        "person_fact",
        None,
        None,
        "乔纳森·何（Jonathan Ho）在伯克利读博时，和Ajay Jain、Pieter Abbeel在2020年发表了扩散模型论文DDPM；后来他在谷歌牵头做了文生视频模型Imagen Video。",
    ),
    # --- real news about Sora, and other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI放出的Sora样片里有一段美术馆巡游：镜头在展厅里缓缓穿行，墙上挂着各种风格的画作，提示词写的是“Tour of an art gallery with many beautiful works of art in different styles.”",
    ),
    (
        "benign",
        None,
        None,
        "还有一段Sora样片是维多利亚冠鸽的特写：头顶一簇蓝色的扇形冠羽，胸口一片暗红，镜头离得很近，连羽毛的纹理都看得清。",
    ),
    (
        "benign",
        None,
        None,
        "2024年2月15日OpenAI公布Sora的同一天，谷歌发布了Gemini 1.5，两条新闻挤在了同一天的科技头条上。",
    ),
    (
        "benign",
        None,
        None,
        "伦敦的初创公司Haiper由两位前谷歌DeepMind研究员创办，2024年3月推出了面向普通用户的视频生成工具。",
    ),
    (
        "benign",
        None,
        None,
        "Picsart AI Research在2023年提出了Text2Video-Zero，直接拿现成的文生图模型Stable Diffusion生成短视频，靠改造注意力让前后帧保持一致，省掉了专门的视频训练。",
    ),
    (
        "benign",
        None,
        None,
        "2023年夏天，社区开发者发布了开源文生视频模型Zeroscope，它是在阿里达摩院ModelScope文生视频模型的基础上微调出来的，能输出宽屏、画面里不带水印的短片。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【××中心血站·服务号】下载官方App或关注服务号，可以在线预约献血时间、查询血液检测结果、领取电子献血证；累计献血满三次，家属临床用血可按规定报销。",
    ),
    (
        "offtopic",
        None,
        None,
        "【渝北·顺达汽修厂·车主课堂】本周六下午两点，老师傅讲冬季用车：防冻液怎么查、电瓶怎么养、胎压打多少。免费参加，扫前台二维码进车主群报名，名额三十个。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××镇蚕桑站·养蚕技术视频合集】小蚕共育、蚕病防治、方格蔟上蔟的操作视频都整理好了，免费领取，网盘链接发在蚕农群里，每周三晚上技术员在群里答疑。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
