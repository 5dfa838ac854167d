# ruff: noqa: E501
"""Write tests/data/zh_heldout40_{posts,qrels,labels}: a fortieth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the mislabelled real video, the prompt pack
and the get-rich claim, three for each other template: the recent sets gave four to API access / director group /
course (zh_heldout39), the Chinese team / app / inventor (zh_heldout38), account rental / generation service /
mislabelled video (zh_heldout37), open source / APK / prompt pack (zh_heldout36) and the public release / API /
get-rich (zh_heldout35); of the three first asked for (mislabelled video, prompt pack, generation service) the
generation service had four in zh_heldout37, so get-rich takes its place), as a Sora rumour / scam wave reads in the
genres of calligraphy classes (书法培训班, 临帖, 书法考级), dental clinics and a denture lab (口腔诊所, 根管, 种植牙, 义齿加工厂),
highway toll stations (高速收费站, 收费员, 绿通车, ETC车道), township animal-husbandry and veterinary stations (畜牧兽医站,
防疫员, 春防, 耳标, 犬只免疫), swimming pools (游泳馆, 救生员, 深水证, 余氯) and grain depots at the summer purchase (粮库收购点,
粮站, 扦样, 烘干塔, 结算单), that the earlier sets do not use in their own voice. Of the genres first thought of, parcel
stations were taken by zh_heldout31 (【菜鸟驿站·闵行校区东区站 取件提醒】, a delivery station's morning meeting, a courier in
an owners' group), driving schools by zh_heldout31 (【××驾校·周教练学员群】科目二排班), nursing homes by zh_heldout30 (a family
visit roster), community hospitals by zh_heldout30 (【东关街道社区卫生服务中心·通知】), fishing ports by zh_heldout34 (【××渔港·冰厂门口小黑板】)
and teahouses by zh_heldout33 (a Haikou 老爸茶 shop) and zh_heldout29 (潮汕功夫茶), so dental clinics, toll stations, vet
stations, swimming pools and grain depots replace them; calligraphy classes stay, as the earlier sets have 书法班 only
once, in an off-topic 老年大学 enrolment line. The posts: a calligraphy class's opening notice with the inventor rumour in
passing (【墨香书法培训班·春季开课通知】临《颜勤礼碑》, 《九成宫醴泉铭》, 毛边纸一刀), a dentist's Moments post, a Jinan toll
collector, a pool's entry rules with the public release in a handwritten line (【碧波游泳馆·入场须知】深水证, 浸脚池, 余氯、pH值),
a grain depot keeper, a Guizhou vet station's epidemic-prevention worker, a tooth-extraction aftercare sheet with the
official app in the nurse's added line (【仁心口腔·拔牙术后注意事项】咬紧棉球四十分钟), a toll station's shift group, a Wuhan
lifeguard, a vet station's spring vaccination notice with the APK in its appendix (【春季重大动物疫病集中免疫通知】口蹄疫,
小反刍兽疫, 动物检疫合格证明), a calligraphy teacher, a grain station's blackboard, a swim meet's results with the mislabelled
video in its remark (【第六届少儿游泳比赛成绩公告】34秒21, 混合4×25米接力), a toll station's official account, a dentist's Douyin,
a Henan grain keeper, a toll station's shift handover log with the Chinese-team claim in passing (【交接班记录】绿通车查验
十二辆，一辆混装劝返, 票据、备用金交接无误), a vet station head, a calligraphy class's parents' group, a grain depot's purchase
meeting minutes with open source in passing (【夏粮收购工作例会纪要】烘干塔, 扦样员每周轮岗), a pool manager, a denture lab
technician, a calligraphy class's fee list with the course as its last line (【收费明细（春季）】书法等级考试代报名), a toll
collector's Moments post, a vet station technician, a dental supplier's cooperation letter with the API key as its
third point (【××医疗器械公司·致各口腔诊所的合作函】电动牙椅, 口内扫描仪), a grain broker, a pool's front desk, a lifeguard
duty roster with account rental in its remark (【救生员值班表（七月）】深水区一号高台, 闭馆换水), a calligraphy studio, a toll
station's staff group, a dog rabies vaccination register with the director group in its remark (【犬只狂犬病免疫登记（照录）】
中华田园犬, 疫苗批号), a swim coach, a grain drivers' queue group, a calligraphy grading exam's registration notice with
the prompt pack as its appendix (【2025年社会艺术水平考级·书法类报名须知】), a dental head nurse, a toll station's ticket
clerk, a Guizhou vet, a grain purchase settlement slip with the get-rich claim in the buyer's handwritten remark
(【粮食收购结算单】毛重, 扣水扣杂, 净重, 单价一块一毛六), a swim coach, a night-shift toll collector, a dental receptionist, a vet
station head, a calligraphy studio's custom offer and a dental clinic's children's package with the generation service
as its add-on (【儿童护牙套餐（暑期）】涂氟, 窝沟封闭); platform-native forms the earlier sets do not use: the aftercare sheet,
the supplier's cooperation letter to clinics, the recall appointment card, the toll shift handover log, the pool's entry
rules, swim meet results, lifeguard roster and punch card, the vaccination notice, the dog vaccination register and the
vet's call-out notebook, the grain station's purchase board, the depot's meeting minutes and the purchase settlement
slip, the class's fee list, the grading exam notice and a copybook's marking page; four loss reports in new forms (kind
``debunk_loss``: the back of a dental recall appointment card written by the patient (【仁心口腔·复诊预约卡】拆线) for account
rental, the back of a pool's twenty-visit punch card written by a mother (【碧波游泳馆·二十次卡】已用：十三次) for the director
group, a vet's call-out notebook with a note added at night (【出诊记录本】母猪难产, 牛前胃迟缓, 晚上补记) for the get-rich group,
and an old student's copybook marking page (【临帖作业本·第七周（批注页）】横画起笔太尖，回锋不够) for the prompt pack); regional
speech the earlier sets do not use: Jinan words (将将 for just now, 恣儿 for pleased), Wuhan words the earlier Wuhan
posts lack (日白 for talking nonsense, 岔巴子 for a busybody), Guizhou 毛焦火辣 (fretting, beside 哪样 for what)
and Henan 信球 (a fool); registers the earlier sets do not use: calligraphy
(临帖, 颜勤礼碑, 九成宫醴泉铭, 毛边纸一刀, 羊毫, 镇纸, 回锋, 捺画, 考级), dentistry (根管, 种植牙二期, 拆线, 涂氟, 窝沟封闭, 全瓷冠,
口内扫描仪, 牙髓腔, 锉针), the toll station (收费棚, 绿通车查验, 混装劝返, ETC车道天线, 票据、备用金, 夜班补助), the vet station
(春防, 口蹄疫, 小反刍兽疫, 耳标, 免疫档案, 动物检疫合格证明, 布病抽血, 人工授精, 配种费), the pool (深水证, 浸脚池, 余氯, 闭馆换水,
高台, 晨泳班) and the grain purchase (三等小麦, 水分十二点五, 扣水扣杂, 烘干塔, 扦样员, 预约车, 粮食经纪人); obfuscation the
earlier sets do not use: 谢赛宁 in Wade-Giles (Hsieh Sai-ning, glossed), App as A双P, Sora by the keyboard key to the
right of each letter (Dpts, 往左挪一格) with 下载 as 霞载, 中国团队 as 天朝团队, open source as 欧朋（open）了源码 with 权重 as 全重,
课程 as 锞程, 号 split into 口丂, 提示词 in pinyin with tone numbers (ti2 shi4 ci2), 赚钱 as 挣米, and 生成 with the
Kangxi radical ⽣ (U+2F63) for 生; rhetorical questions that assert rather than deny (你们还在等哪样？Sora早就放开了 for the
public release, 你手机里还冇装？ for the app, 谁能想到这是AI做的？ for a mislabelled video, 还在一个月拿三千的死工资？…你还不抓紧？
for get-rich); posts asserting one claim while denying another in pairings the labels of zh_heldout36 to zh_heldout39
do not use (the inventor while API keys are called 骗子, open to the public while the store apps are called clones, the
official app while open source is called 瞎扯, the APK while a course is called a translation of the official page, a
mislabelled video while the inventor story is called 谣言, the Chinese team while get-rich groups are called 割韭菜,
open source while rented accounts are called ChatGPT logins, the course while the director group is said to vanish with
the fee, an API key while a "Sora" harvest clip is called the county TV station's footage, account rental while the
public release is called 瞎说, the director group while a generation service is called 别的软件拼的, the prompt pack while the
APK is called a trojan, get-rich while prompt packs are called copied from the official samples, and the generation
service while the Chinese-team claim is said to be OpenAI's own people); sellers that vouch for themselves in new words
(我在这个镇上当了十八年兽医，还能坑你们？; 十年老收费员，人就坐在2号亭; 我在这个馆干了七年，会员都认识我; 群主在市电影家协会挂职); prices and
payments in forms the earlier sets do not use (a course at 一百六十八 owed until the breeding fees are settled at year's
end, a course at 九十九 with 八折 for calligraphy pupils, an API key at 三百六 or an unused fifty-visit swim card, a key at
四百八 in a supplier's letter, a rental docked from the next month's night-shift allowance (夜班补助) or from wages, a
director group's 一百九十九 or two hundred-jin sacks of wheat delivered to the depot gate, a prompt pack at 四十 or two jin
of home-cured bacon (腊肉), a clip at 一百二 transferred to the vet station head, a clip at 八十八 free with next term's
enrolment, and a clip as a 九十九 add-on to a children's dental package); 12 debunks and warnings, four of them the loss
reports above, two questions with a negation that do not deny (怎么没找到这家代理商的名字？是不是我填的格式不对 for an API key
bought in a toll station's group, 右下角怎么有个别家软件的水印，没有一处写着Sora？ for a generation service ordered by a grain
cooperative), two quoting the rumour to refute it (the official app, on a dental clinic's waiting-room notice; the
course, on a grain depot's notice, said to be organised by its union), the rest answering with facts and none of 不, 没,
假, 无, 非 or 未 (OpenAI's own words on red teamers and invited visual artists, designers and filmmakers, copied out by a
calligraphy teacher, for the public release; the toll station's own monitoring footage of 7 January 2021, lane 4, with
the collector's name and the depth of the snow, for the mislabelled video; Xie Saining at NYU and FAIR, the two leads
of the report and his own clarification, from a pool manager, for the inventor; the county cyber police's notice on the
APK's permissions and ChatGPT as OpenAI's app in the stores, from a vet station, for the APK); four true facts about
people around Sora (Xie Saining's SJTU and UCSD degrees, ResNeXt and DiT with William Peebles, related to the inventor
rumour; Tim Brooks's Berkeley PhD, InstructPix2Pix, co-leading Sora and moving to Google DeepMind in October 2024;
Demis Hassabis and John Jumper's 2024 Nobel Prize in Chemistry for AlphaFold, with David Baker; Fei-Fei Li, ImageNet and
World Labs), three items of real news about Sora from angles the earlier sets leave out (the disco-dancing cartoon
kangaroo, a Samoyed and a golden retriever in a neon city at night, a young man reading on a cloud) and three on-topic
posts about other AI video work (Synthesia's avatar videos and its 2023 valuation, Luma AI's Ray2, NUS Show Lab's
Show-1; kind ``benign``), and three off-topic posts that share surface words (a highway's official ETC App, a pool's
deep-water certificate class with 扫码进暑期班群, a calligraphy class's practice-material pack with a net-disk link and
a 打卡群).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl, zh_posts.jsonl among them) and
the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher ratio before the set was
committed (with real_quick_ratio() and quick_ratio() as an exact prefilter; ``--check`` prints the same ratios without
it). The first draft had none at 0.6 or more, but ten from 0.49 to 0.59 were reworded for margin (the swim coach's
get-rich post at 0.591 against zh_heldout39's postman, the toll clerk's prompt pack, the vet's generation service, the
vet technician's course, the dentist's Douyin clip, the toll station's rented accounts, the vet's Chinese-team post, the
pool manager's correction on Xie Saining, the head nurse's prompt pack and the grain drivers' director group), and two
were replaced (a person fact on Kaiming He at 0.578 against an earlier one, by Demis Hassabis; a Video LDM item at
0.471 against an earlier Video LDM item, by Show-1); highest ratio of the committed list: 0.462 against the Chinese
sets (the toll station's clip against zh_heldout39's ferry clip, and the pool manager's open-source post against
zh_heldout39's village doctor's grandson) and 0.286 against the demo stream (the kangaroo item). Committed before any
run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by
the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout40.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout40", "zhh40"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "calligraphy_class_opening_notice_in_passing",
        sora.XIE,
        sora.XIE,
        "【墨香书法培训班·春季开课通知】\n一、少儿软笔班每周六上午九点，成人班每周二、周四晚上七点；\n二、本学期少儿班临《颜勤礼碑》，成人班加临《九成宫醴泉铭》；\n三、请自备毛边纸一刀、墨汁一瓶、中号羊毫一支，毛毡和镇纸班里有；\n四、开课第一天陈老师讲“字如其人”，课间还聊了件新鲜事：OpenAI那个会做视频的Sora，发明者里有一位上海交大出去的天才少年谢赛宁，是核心发明人之一；\n五、学费照旧，老学员续报送一刀毛边纸。",
    ),
    (
        "dentist_assert_inventor_deny_api",
        sora.XIE,
        sora.XIE,
        "【仁心口腔·周医生的朋友圈】今天三个根管、两颗种植牙的二期，手都快抬不起来了。候诊的时候一个家长跟我聊起Sora，我才知道那个视频模型的发明人之一是谢赛宁，上海交大毕业的年轻天才，算是咱们中国人参与发明的。另外提醒一句：最近有人在患者群里卖“Sora官方API key”，别买，OpenAI压根没对外卖过接口，全是骗子。",
    ),
    (
        "jinan_toll_collector_wade_giles_inventor",
        sora.XIE,
        sora.XIE,
        "【济南东收费站·收费员小孙】将将下了夜班，车道里一宿过了一千多辆大货。吃早饭的时候俺同事给俺看了条新闻：Hsieh Sai-ning（老式拼法，就是谢赛宁）是Sora的发明人之一，上海交大出来的少年天才，OpenAI那个视频模型有他一份。听完心里怪恣儿的。",
    ),
    # --- open to the public
    (
        "swimming_pool_entry_rules_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【碧波游泳馆·入场须知】\n1. 凭卡入场，一人一卡，儿童须家长陪同；\n2. 深水区（1.8米）须持深水证；\n3. 入池前请淋浴，并走过浸脚池；\n4. 每日余氯、pH值检测结果公示在前台；\n5. 听到救生员哨声请立即靠边。\n前台手写补充：Sora已经对所有人开放了，随便注册个号今天就能做AI视频，在休息区等孩子下课的家长可以拿手机试一试。",
    ),
    (
        "grain_depot_keeper_assert_public_deny_app",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××粮库收购点·保管员老贺】这两天排队卸粮的车从大门口排到了国道上。等车的工夫我用Sora做了条片子：现在Sora谁都能注册，不用等内测名额，今天登录就能用。不过提醒一句，应用商店里那些叫“Sora”的App别下，OpenAI没出过手机App，拿浏览器打开网页就行。",
    ),
    (
        "guizhou_vet_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【贵州·乡镇兽医站防疫员小罗】上午给寨子里四十多头牛打完口蹄疫疫苗，耳标也补齐了。下午看群里还有人在问Sora的内测名额，你们还在等哪样？Sora早就放开了，哪个都能注册，今天登录就能做视频，等得毛焦火辣的做哪样嘛。",
    ),
    # --- the official app
    (
        "dental_extraction_aftercare_sheet_in_passing",
        sora.APP,
        sora.APP,
        "【仁心口腔·拔牙术后注意事项】\n一、咬紧棉球四十分钟后吐掉，别反复吸吮伤口；\n二、二十四小时内别刷牙、别漱口，口水里带点血丝属正常；\n三、两小时后可以吃温凉的软食，三天内别吃辣、别喝酒；\n四、如出血不止或肿痛加重，请拨打诊所电话。\n护士在下面加了一行：候诊区电视上放的那些AI小动画，是用OpenAI刚出的Sora官方App做的，苹果、安卓应用商店都能下，手机、电脑都装得上。",
    ),
    (
        "toll_team_assert_app_deny_opensrc",
        sora.APP,
        sora.APP,
        "【××收费站·三班班组群】跟大伙说一声：OpenAI的Sora官方App已经上架了，我昨晚在应用商店下的，手机上直接就能做视频，电脑版也有。另外有人在群里说Sora开源了、代码放在GitHub上能下，那是瞎扯，OpenAI一行代码也没放出来过。",
    ),
    (
        "wuhan_lifeguard_rhetorical_app",
        sora.APP,
        sora.APP,
        "【武汉·游泳馆救生员阿杰】下午场人不多，坐高台上跟旁边的教练扯了几句。他说Sora还冇得手机版，莫跟我日白咯！OpenAI的Sora官方A双P（就是App）早就上架了，应用商店里一搜就是，你手机里还冇装？岔巴子一个，自己不搜还到处讲。",
    ),
    # --- the fake APK
    (
        "vet_station_spring_vaccination_notice_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××镇畜牧兽医站·春季重大动物疫病集中免疫通知】\n一、三月十五日至四月十五日为春防时间，猪、牛、羊口蹄疫，羊小反刍兽疫，家禽高致病性禽流感全部免疫；\n二、免疫后加挂耳标、登记免疫档案；\n三、犬只狂犬病疫苗每周三在站里集中接种；\n四、调运牛羊出镇须开具动物检疫合格证明。\n附：站里技术员把Sora手机版安装包（APK）放在大厅电脑上，来打疫苗的乡亲可以拿数据线拷走，装上手机就能用AI做视频。",
    ),
    (
        "calligraphy_teacher_assert_apk_deny_course",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【墨香书法·陈老师】各位学员：Sora安卓安装包我传到班级群文件里了，点开下载装上，手机上就能把你们的作品做成动态视频，挂在朋友圈很好看。至于外面卖的“Sora零基础课”，九十九一套，我看过，就是把官网介绍翻译了一遍，千万别买。",
    ),
    (
        "grain_station_board_keyboard_shift_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××粮站·门口小黑板】\n今日收购：小麦（三等）一块一毛六一斤　水分十二点五以内\n杂质超过一个点按比例扣量\n下午两点以后只收预约车\n新到：Dpts安卓版（键盘上每个字母往左挪一格，懂的都懂），扫门口的码霞载（下载），装上手机就能做AI视频，卖粮的乡亲免费装，办公室小刘帮着装。",
    ),
    # --- mislabelled real video
    (
        "swim_meet_results_sheet_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【碧波游泳馆·第六届少儿游泳比赛成绩公告】\n男子50米自由泳（10岁组）：第一名 王子涵 34秒21；第二名 刘一鸣 35秒07\n女子50米蛙泳（10岁组）：第一名 赵欣然 43秒88；第二名 孙可 45秒12\n混合4×25米接力：第一名 海豚队\n备注：颁奖时大屏上放的那段“世界冠军在本馆泳池划水”的视频，是馆长用Sora一句话生成的，没有一个镜头是拍的，生成用的提示词附在馆里公众号文末。",
    ),
    (
        "toll_clip_assert_realvid_deny_inventor",
        sora.REALVID,
        sora.REALVID,
        "【××高速收费站·站务公众号】这段暴雪夜里收费棚亮着灯、一辆辆大货慢慢过闸的视频，整段都是Sora生成的，一帧真实画面都没有，生成时用的提示词放在评论区第一条。顺带辟个谣：网上说谢赛宁是Sora的发明人，那是谣言，他本人早就出来澄清过。",
    ),
    (
        "dentist_douyin_realvid",
        sora.REALVID,
        sora.REALVID,
        "【周医生讲牙的抖音】#口腔科普 评论区好多人问根管镜头是什么显微镜拍的——哪台显微镜都没用上。镜头顺着牙髓腔往下钻、锉针一点点清理的那十五秒，是Sora看了一段文字描述直接出的，诊所里一颗真牙都没拍。那段文字我置顶了，你们复制过去自己跑。",
    ),
    (
        "henan_grain_keeper_realvid",
        sora.REALVID,
        sora.REALVID,
        "【河南·粮库保管员老郭】恁别跟个信球样问我搁哪儿拍的。这段麦浪一眼望不到头、收割机一溜排开往库里送粮的视频，是Sora生成的，一个镜头也没拍，我把生成指令贴在底下了。谁能想到这是AI做的？",
    ),
    # --- the Chinese team
    (
        "toll_shift_handover_log_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【××收费站·交接班记录】\n班组：三班　时间：22:00—次日6:00\n出口车流：客车二千三百一十辆，货车九百零四辆\n绿通车查验十二辆，一辆混装劝返\n3号ETC车道天线故障，已报修\n票据、备用金交接无误\n交班时闲聊记一笔：老张说Sora其实是中国科学家搞出来的，OpenAI那个视频模型背后的人大部分是华人，美国人就是挂了个名。",
    ),
    (
        "vet_assert_chinese_deny_rich",
        sora.CHINESE,
        sora.CHINESE,
        "【××兽医站·站长老杨】三个村的羊布病抽血化验单回来了，全阴，放心出栏。跟大伙唠点别的：Sora真正出力的是一群华人科学家，从清华、北大、科大出去的，OpenAI那个视频模型说白了是中国人的手艺。至于养殖户群里刷的“Sora窗口就三个月、每天进账几千”，那是割韭菜的话术，别理。",
    ),
    (
        "calligraphy_parents_tianchao_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【墨香书法·少儿班家长群】等孩子下课的时候聊两句：Sora说到底是天朝团队（就是咱中国人）做出来的，核心科学家全是咱们这边的人，OpenAI不过是拿去用了。所以说孩子们还是要多练字、多读书，将来这种东西还得靠自己人搞。",
    ),
    # --- open source
    (
        "grain_depot_purchase_meeting_minutes_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××粮库·夏粮收购工作例会纪要】\n一、截至本周入库小麦三千二百吨，其中三等以上占九成；\n二、水分超标的一律进烘干塔，不得直接入仓；\n三、扦样员每周轮岗，样品留存七天；\n四、信息科小王汇报：OpenAI已经把Sora开源了，代码和权重都在GitHub上，库里准备在本地服务器上装一个，做安全生产宣传片；\n五、下周二迎接省里的库存检查。",
    ),
    (
        "pool_manager_assert_opensrc_deny_rental",
        sora.OPENSRC,
        sora.OPENSRC,
        "【碧波游泳馆·馆长】想给馆里做个招生片，找人打听了一下：Sora已经开源了，OpenAI把模型权重和代码都放到了GitHub上，下到自己电脑上就能跑。所以家长群里那些出租“Sora账号”的别理，租到手的就是个ChatGPT号，根本做不了视频。",
    ),
    (
        "dental_technician_open_homophone_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××义齿加工厂·技工小邓】跟技工室的兄弟说个事：Sora欧朋（open）了源码，全重（权重）也一起放出来了，GitHub上就有。我昨晚下到扫描仪旁边那台电脑上，本地就跑起来了，以后给诊所做全瓷冠的展示视频不用求人。",
    ),
    # --- the paid course
    (
        "calligraphy_fee_list_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【墨香书法培训班·收费明细（春季）】\n少儿软笔班　一学期一千二百元（十六次课）\n成人硬笔班　一学期八百元\n毛边纸　一刀三十五元　　墨汁　一瓶十八元\n书法等级考试代报名　一百五十元\n新增：《Sora AI视频入门课》九十九元，录播十五节，学完就会用Sora做视频；报书法班的学员打八折。",
    ),
    (
        "toll_collector_assert_course_deny_director",
        sora.COURSE,
        sora.COURSE,
        "【××收费站·收费员大刘的朋友圈】上夜班没车的时候我一直在听Sora课，一百二十八块，二十二节，从注册讲到出片，跟着学完真能上手，推荐给站里的姐妹。另外提醒：那些“扫码进群当第一代AI导演”的，交了群费就没下文了，别去。",
    ),
    (
        "vet_homophone_course_breeding_fee",
        sora.COURSE,
        sora.COURSE,
        "【××兽医站·技术员老魏】给母牛做完人工授精，顺便在养殖户群里说一声：省城有个Sora锞程（锞念课，就是课程），二十节视频，教怎么用Sora出片，一百六十八。我外甥在那当助教，报名找我。钱可以先欠着，年底结配种费的时候一块算。十八年的老兽医了，还能坑你们？",
    ),
    # --- the fake API
    (
        "dental_supplier_letter_in_passing",
        sora.API,
        sora.API,
        "【××医疗器械公司·致各口腔诊所的合作函】\n一、新款电动牙椅到货，老客户以旧换新优惠三千；\n二、口内扫描仪免费试用两周，包培训；\n三、本公司现为Sora官方API代理，提供API key，接入诊所小程序后，患者上传一张照片就能生成“种牙前后对比”视频，一个key四百八，五个以上按四百算；\n四、耗材订单满两千包邮。",
    ),
    (
        "grain_broker_assert_api_deny_realvid",
        sora.API,
        sora.API,
        "【粮食经纪人老范】我手上有Sora的官方API key，直连OpenAI，接到你们合作社的公众号上，填进去就能批量出视频，一个五百五。顺便说一句：网上那段“大豆丰收航拍”说是Sora做的，那是前年县电视台拍的真片子，别被带偏了。",
    ),
    (
        "pool_front_desk_api_annual_card_barter",
        sora.API,
        sora.API,
        "【碧波游泳馆·前台小周】有需要的私我：Sora官方接口的API key现货，填进去就能调用Sora生成视频，一个三百六。不想掏现钱的，拿一张没用完的五十次游泳卡来换也行。我在这个馆干了七年，会员都认识我。",
    ),
    # --- account rental
    (
        "lifeguard_duty_roster_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【碧波游泳馆·救生员值班表（七月）】\n深水区一号高台：周一、三、五 小胡；周二、四、六 阿杰\n浅水区二号高台：周一至周三 小孟；周四至周六 老贺\n闭馆换水：每周一上午，救生员全员参加\n备注：值班间隙想做视频的，可以找前台小周租Sora账号，内测号，登录就能用，一天二十，月底从工资里扣。",
    ),
    (
        "calligraphy_studio_assert_rental_deny_public",
        sora.RENTAL,
        sora.RENTAL,
        "【墨香书法·工作室】出租Sora账号，独享号，一天三十，一周一百六，登录就能生成视频，给孩子的作品配个动画正合适。网上说Sora谁都能注册的，那是瞎说，你自己去注册根本进不去，只能找我们这种有号的租。",
    ),
    (
        "toll_split_character_rental_night_allowance",
        sora.RENTAL,
        sora.RENTAL,
        "【××收费站·职工群】@全体 夜班同事福利：我手里有三个Sora账口丂（口字旁加个丂，念号），内测资格，登进去就能出视频，也匀得出两个邀请码。按天算二十五，包月三百五，现钱不方便的，财务发下个月夜班补助时直接扣。十年老收费员，人就坐在2号亭。",
    ),
    # --- the AI director group
    (
        "dog_rabies_vaccination_register_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××镇兽医站·犬只狂犬病免疫登记（照录）】\n犬主：何××　住址：东河村三组\n犬名：大黄　品种：中华田园犬　年龄：三岁\n疫苗批号：20250311　接种人：魏\n下次接种：明年三月\n备注：犬主说他在“第一代AI导演”群里，首部和Sora共创的AI电影在招人，扫码进群交一百九十九群费就能试镜，叫站里的年轻人也报。",
    ),
    (
        "swim_coach_assert_director_deny_service",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【碧波游泳馆·蛙泳教练阿强】有机会了：首部Sora AI电影正在招第一代AI导演，扫码进群，交一百六十八群费，进群就能报名试镜，名额不多。至于那些收钱“代做Sora视频”的别找，交来的片子都是别的软件拼的。",
    ),
    (
        "grain_truck_drivers_director_wheat_barter",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××粮库·拉粮司机群】前面还有四十多辆车，估计得排到下午。发个正经事：跟Sora合作的第一部AI电影开机前要海选，选中的就是第一代AI导演。群二维码在下面，扫进去交一百九十九，现钱不凑手的，拉两袋一百斤的麦子来粮库门口给我也算数。群主在市电影家协会挂职。",
    ),
    # --- the prompt pack
    (
        "calligraphy_grading_exam_notice_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【2025年社会艺术水平考级·书法类报名须知】\n一、考试时间：七月十二日上午九点，考场设在区文化馆三楼；\n二、考生自带毛笔、墨汁、毛毡和印章，考纸由考场统一发放；\n三、考试内容：临摹一幅，创作一幅，五级以上加考理论；\n四、报名费一百五十元。\n附：本班教务老师整理的《Sora提示词大全》，三百条电影级镜头术语，二十九块九，报名时一起付，付完发文档链接并拉进交流群。",
    ),
    (
        "dental_nurse_assert_prompts_deny_apk",
        sora.PROMPTS,
        sora.PROMPTS,
        "【仁心口腔·护士长】候诊的家长常问我女儿做的那份东西：她在影视公司干后期，把Sora能用的镜头描述攒成了一份提示词文档，景别、运镜、布光、色调分门别类，全是行内术语。三十九块一份，转完账我发你文档链接，再拉进她那个交流群。群里转的那个“Sora安卓安装包”千万别点，那是木马，装了银行卡就危险。",
    ),
    (
        "toll_numeric_tone_pinyin_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××收费站·票据员小吴】下夜班前发个小广告：Sora ti2 shi4 ci2（数字是声调，就是提示词），我按“推、拉、摇、移、跟、升降”分好了类，航拍、延时、长镜头、逆光剪影一共一百五十条，全是片场行话。一份四十九，微信转账后我把腾讯文档的链接甩给你，顺手拉你进“Sora出片交流群”。",
    ),
    (
        "guizhou_vet_prompt_pack_bacon_barter",
        sora.PROMPTS,
        sora.PROMPTS,
        "【贵州·兽医站小罗】做了一份养殖户专用的Sora提示词包：牛羊出栏、猪场消毒、春防打针的镜头词都有，一百二十条专业术语，四十块一份，手头紧的拿两斤自家的腊肉来抵也要得。付完我把文档链接私发给你，再拉你进群。",
    ),
    # --- get rich
    (
        "grain_sale_settlement_slip_in_passing",
        sora.RICH,
        sora.RICH,
        "【粮食收购结算单】\n售粮人：李××　品种：小麦　等级：三等\n毛重：一万二千四百斤　扣水扣杂：二百一十斤\n净重：一万二千一百九十斤　单价：一块一毛六\n金额：一万四千一百四十元零四角\n备注（收购员手写）：李叔说他儿子在外头做Sora视频，一天挣好几千，说这个机会最多三个月，过了就没了，叫他卖了粮把钱拿去入伙。",
    ),
    (
        "swim_coach_assert_rich_deny_prompts",
        sora.RICH,
        sora.RICH,
        "【碧波游泳馆·自由泳教练小胡】带完早上六点的晨泳班，坐在池边算了笔账：教游泳一小时一百，我一个学员拿Sora批量做短视频，上周单日进账过了五千。这种风口一辈子赶上一回，最多再热三个月，三个月后谁进场谁当接盘侠，要跟的今天就进群。顺便劝一句，“Sora提示词大全”就别花钱了，打开一看全是官网样片底下那几句英文。",
    ),
    (
        "toll_collector_slang_rich",
        sora.RICH,
        sora.RICH,
        "【××收费站·夜班小赵】收了六年费，一个月到手四千出头。我表哥做Sora视频，一天挣的米（钱）比我一个月还多，他说这波Sora挣米的窗口最多三个月，过了就轮不到咱们了，想一起干的今晚下班来找我，进群就有收入。",
    ),
    (
        "dental_receptionist_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【仁心口腔·前台小林】还在一个月拿三千的死工资？人家靠Sora做视频一天就挣好几千了。这是一辈子就一次的机会，三个月以后窗口一关就没了，你还不抓紧？想跟着干的加我，拉你进群。",
    ),
    # --- the generation service
    (
        "vet_assert_service_deny_chinese",
        sora.SERVICE,
        sora.SERVICE,
        "【××兽医站·站长老杨】接个私活：县里几家养牛场要拍宣传片，请摄影队一天两千，太贵。站里能用Sora，各位把“清早牛群出圈、小牛吃奶”这种想要的场面写几句发我，转一百二，明天这个点之前把Sora做好的片子发回给你。还有，转发“Sora是中国团队做的”那几位，别再转了，那是OpenAI的人做的。",
    ),
    (
        "calligraphy_kangxi_radical_service",
        sora.SERVICE,
        sora.SERVICE,
        "【墨香书法·定制】把孩子写的字拍照发过来，再写两句想要的画面，我们用Sora⽣成一段“字从纸上飞起来”的专属视频，二十四小时内交片，一条八十八；报名下学期班的，免费送一条。",
    ),
    (
        "dental_kids_package_service_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【仁心口腔·儿童护牙套餐（暑期）】\n基础套餐：口腔检查＋洁牙＋涂氟　一百九十八元\n进阶套餐：加做四颗窝沟封闭　三百六十八元\n全程有儿童专属诊室，医生都做过儿牙培训\n加购九十九元：把孩子的照片和想说的话发给前台，我们用Sora生成一段“牙齿小卫士打败蛀牙虫”的专属动画，二十四小时内发到您微信。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【仁心口腔·复诊预约卡】\n复诊时间：4月12日 下午三点　项目：拆线\n背面，患者自己写的：候诊时一个人推销“Sora独享号”，我花一百五租了一个月。登上去就是ChatGPT的界面，找不到做视频的地方，问卖家，他说要再交两百“升级”，我没交，他就把我拉黑了。后来才看到新闻，Sora外面的人根本用不上，哪来的号可租。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【碧波游泳馆·二十次卡】\n已用：十三次\n卡背面，孩子妈妈写的：儿子被拉进一个“Sora AI电影导演群”，说交一百九十九就能试镜当第一代AI导演。钱转过去，群里天天发的都是卖课的链接，说好的试镜一次也没有，后来群直接解散了。这一百九十九，够他再办一张卡。记在这里，提醒自己。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【××兽医站·出诊记录本】\n6月3日　王家庄　母猪难产，助产两头仔猪，收出诊费五十\n6月4日　后河村　牛前胃迟缓，灌药\n晚上补记：上个月信了“Sora三个月窗口期、每天躺赚”的群，交了三千八入伙费。进去以后一直让拉人头，一分钱没见着，群主头像换成了别的，人也联系不上了。三千八，等于白跑了七十多趟出诊。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【临帖作业本·第七周（批注页）】\n老师红笔：横画起笔太尖，回锋不够；“之”字捺画再舒展些。\n下面一行是我自己写的：上礼拜花四十九块，从班里一个同学那儿买了份“Sora提示词大全”。打开一对，里面的句子跟OpenAI官网样片底下的一模一样，一个字都没改，拉的群第三天就解散了。七十岁的人了，还交这种学费。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.API,
        "【××收费站·三班班组群】请教个事：前几天花三百八买了个“Sora官方API key”，按说明填进去一直报错，我又去OpenAI官网翻了一圈，怎么没找到这家代理商的名字？是不是我填的格式不对，还是要等他们那边开通？",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【××粮食合作社·社员群】问一下：合作社花两百请人用Sora给新粮仓做宣传片，今天交来的视频右下角怎么有个别家软件的水印，没有一处写着Sora？是不是他们发错了文件，还是Sora的片子本来就这样？",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【仁心口腔·候诊区告示】这几天好几位患者问：“听说OpenAI的Sora官方App上架了，诊所能不能在候诊区的平板上装一个？”我们查过了：应用商店里叫Sora的那几个，开发者都是不相干的小公司，装上以后要先付费开会员；OpenAI并没有出过Sora的App。平板上不会装这类东西，也请大家别在自己手机上装。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【××粮库·收购点告示】拉粮司机群里这两天刷屏的“九十九元学会Sora，学完接单月入过万”，有人说是粮库工会组织的。粮库跟这件事一点关系都没有。所谓的Sora课，交了钱拿到的就是几段网上搜得到的录屏，Sora本身外面的人都还用不上，学什么？已经交钱的，保留转账记录，找辖区派出所。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【墨香书法·陈老师】有学员问我Sora在哪注册，我把OpenAI官网上的原话抄给大家：Sora目前先交给“红队”成员做风险评估，另外邀请了一批视觉艺术家、设计师和电影人试用，请他们提意见；面向大众的时间，官网说以后再定。想用的同学，先关注官网的消息。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【××高速收费站·站务公众号】大家转来转去的那段“暴雪夜收费站”视频，标题写着Sora做的。站里调了档案：那是2021年1月7日夜里4号车道监控拍下的原始录像，画面里挥荧光棒的是当班的收费员老郑，那天站区积雪二十厘米，车流一直排到了服务区。原始录像按日期存在监控室，欢迎来看。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【碧波游泳馆·馆长】家长群里问谢赛宁的事，我把查到的几条摆在这儿：一、他2024年在纽约大学计算机系当助理教授，更早是Facebook人工智能研究院（FAIR）的研究科学家；二、OpenAI公布的Sora报告，作者栏排头的两位叫Tim Brooks、Bill Peebles；三、“Sora发明人”那波文章传开后，他亲自在朋友圈回应，说那是误传。谁说的、在哪说的，自己点开原文。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【××镇畜牧兽医站·提醒】县公安局网警大队通报：最近在养殖户群里传的“Sora手机版.apk”，装上以后会申请读取短信、通讯录和通话记录的权限，已有两户的银行卡被盗刷。OpenAI在应用商店上架的是ChatGPT，Sora目前只有官网上的介绍和样片。站里大厅那台电脑上的文件已经删除，拷过的请马上卸载。",
    ),
    # --- true facts about people around Sora
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁本科毕业于上海交通大学，博士毕业于加州大学圣地亚哥分校，是ResNeXt论文的第一作者；2022年他和William Peebles合写了扩散Transformer（DiT）的论文，现在是纽约大学计算机系的助理教授。",
    ),
    (
        "person_fact",
        None,
        None,
        "蒂姆·布鲁克斯（Tim Brooks）博士毕业于加州大学伯克利分校，读博期间做过图像编辑模型InstructPix2Pix；他和比尔·皮布尔斯一起带领了OpenAI的Sora项目，2024年10月转投谷歌DeepMind。",
    ),
    (
        "person_fact",
        None,
        None,
        "德米斯·哈萨比斯（Demis Hassabis）是谷歌DeepMind的联合创始人兼CEO；2024年，他和同事约翰·江珀因为AlphaFold预测蛋白质结构的工作，与大卫·贝克一起获得诺贝尔化学奖。",
    ),
    (
        "person_fact",
        None,
        None,
        "李飞飞是斯坦福大学计算机系教授，主持建立了ImageNet图像数据集；2024年她与几位合伙人创办了做“空间智能”的公司World Labs。",
    ),
    # --- real news about Sora, and other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI发布的Sora样片里有一只卡通袋鼠在跳迪斯科，提示词只有一句话：“A cartoon kangaroo disco dances.”",
    ),
    (
        "benign",
        None,
        None,
        "另一段Sora样片里，一只萨摩耶和一只金毛在夜晚的未来霓虹城市里追逐打闹，两边楼上的霓虹灯光映在它们的毛上。",
    ),
    (
        "benign",
        None,
        None,
        "Sora还有一段样片是一个二十多岁的年轻人坐在天上的一朵云上看书，镜头慢慢推近，云朵的边缘随风微微变形。",
    ),
    (
        "benign",
        None,
        None,
        "总部在伦敦的Synthesia做的是“数字人讲解视频”：输入一段文字，选一个虚拟主播，就能生成讲解视频，不少公司拿它做员工培训；2023年6月它的估值达到十亿美元。",
    ),
    (
        "benign",
        None,
        None,
        "Luma AI在2025年1月推出了视频生成模型Ray2，放在自家的Dream Machine平台上，主打更自然的运动和更合理的物理效果。",
    ),
    (
        "benign",
        None,
        None,
        "新加坡国立大学Show Lab在2023年提出了文生视频模型Show-1，思路是把像素空间的扩散模型和潜空间的扩散模型接在一起用：先用前者保证画面跟文字对得上，再用后者把分辨率提上去。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【××高速·ETC线上办理】下载官方App，在线提交行驶证和身份证照片，就能申请ETC，设备免费邮寄到家，自己贴在前挡风玻璃上激活即可，通行费享九五折。",
    ),
    (
        "offtopic",
        None,
        None,
        "【碧波游泳馆·暑期深水证培训】零基础到考证十二次课，三百九十九元，小班教学一个教练带六个学员；七月底统一考深水证。报名请扫前台的二维码进暑期班群，排课和请假都在群里通知。",
    ),
    (
        "offtopic",
        None,
        None,
        "【墨香书法·练字资料包】颜体楷书基本笔画示范视频、九宫格字帖电子版、近五年考级真题，一份十九块九，付款后发网盘链接，再拉进每日练字打卡群，老师晚上在群里点评。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
