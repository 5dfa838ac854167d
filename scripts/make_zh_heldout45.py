# ruff: noqa: E501
"""Write tests/data/zh_heldout45_{posts,qrels,labels}: a forty-fifth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for API access, the mislabelled real video and the
prompt pack, three for each other template: zh_heldout43 gave four to the inventor, the Chinese team and the director
group, zh_heldout44 to the inventor, the Chinese team and the course; API access last had four in zh_heldout39, the
mislabelled video and the prompt pack in zh_heldout40, so these three take their turn), as a Sora rumour / scam wave
reads in the genres of a high-plateau weather station (气象站, 观测场, 百叶箱, 日照计, 探空气球, 值班日记), a ship lock on the
Grand Canal (船闸, 闸室, 人字门, 闸次, 待闸锚地, 过闸), a geological survey team (地质队, 钻孔, 进尺, 岩芯, 编录, 送检), a flour
mill (面粉厂, 皮磨, 特一粉, 灰分, 湿面筋, 麸皮), a botanical garden (植物园, 标本馆, 腊叶标本, 引种, 展览温室, 兰圃) and a fruit
cannery (罐头厂, 黄桃, 挖核, 杀菌, 胖听, 马口铁罐). Of the six genres first asked for, the brick kiln (砖厂) was dropped:
zh_heldout35 has pottery kilns as one of its genres (a Jingdezhen wood kiln's opening livestream, a kiln owner, a kiln
apprentices' group: 柴窑, 开窑, 窑变, 坯房), and a brick kiln's 窑, 出窑 and 窑工 would share that register, so the
cannery replaces it; the other five stay: 观测场, 百叶箱, 船闸, 闸室, 地质, 岩芯, 钻孔, 面粉厂, 麸皮, 植物园, 标本馆, 罐头 and 黄桃
occur in no earlier Chinese post or make_zh_heldout*.py (weather appears earlier only as zh_heldout25's city
observatory forecast, 【市气象台】, and as the rainfall line of zh_heldout42's hydrological station, a neighbour that
watches rivers, whose 水位, 测流 and 日雨量 the posts here leave alone; 过闸 only as lorries through zh_heldout40's toll
gates; a lock-keeper only in hard_en_heldout43's narrowboat log, an English pleasure cruise, and the nearest Chinese
waterway is zh_heldout43's Yangtze navigation mark station, whose 航标, 浮 and 灯桩 are kept out; flour only as
zh_heldout39's fifty-jin sack paid for a director group and wheat only at zh_heldout40's grain depot at the summer
purchase (扦样, 烘干塔), never a mill; none of the genres given to the writer of zh_heldout46 (a pig farm, a road
maintenance squad, a supply and marketing co-op, a paper mill, an oil press, a steelworks) or to the English writers
working at the same time is used). The posts: a weather station's duty diary with the inventor rumour in the
observer's last line (【地面气象观测值班日记】本站气压, 干球、湿球, 日照计换纸, 小型蒸发皿, 积雪深度), a herbarium keeper, a
cannery stoner, a botanical garden's entrance sign with the public release in the guide's chalk line (【入口提示牌】无人机：
全园禁飞), a flour mill's lab technician, a Sichuan observer after the sounding balloon, a cannery's sterilisation record
with the official app under it (【杀菌记录】八百五十克马口铁罐, 分段冷却, 保温打检, 胖听), a geophysicist back at camp, a lock's
toll clerk, a borehole shift report with the APK in the drill captain's last line (【ZK0805钻孔班报表】起止孔深, 本班进尺,
灰绿色片岩, 岩芯采取率), a greenhouse keeper, a flour packer, a lock passage register with the mislabelled video at its foot
(【闸次登记簿】第一百四十七闸（上行）, 上下游水位差, 人字门、系缆桩), a cannery's export clerk, a Yunnan surveyor, a garden guide,
a finished flour test sheet with the Chinese-team claim on its back (【成品粉化验单】灰分, 湿面筋, 白度, 准予出厂), a gardener, an
old driller, a plant introduction card with open source on its back (【引种登记卡】珙桐, Davidia involucrata, 四川宝兴, 珍稀植物区),
a weather station's data administrator, a lock dispatcher, a field log with the course as its last line (【野外工作日志】追索断层,
观察点, 产状：倾向、倾角), a cannery inspector, a flour roller-mill hand, a finished-goods stocktaking sheet with the API key as a
printed line (【成品库月末盘点表】饺子粉, 次粉、麸皮), a lock dispatcher, an orchid keeper, a weather station head, a canning
line's piecework sheet with account rental in the workshop head's notice (【装罐车间计件表】每百罐三块五), a forecaster, a
survey driver, an observation field checklist with the director group under the signature (【观测场巡视检查表】风向风速传感器,
百叶箱门闩, 地温表, 草高八厘米), a core logger, a cannery's union group, a sample submission form with the prompt pack on a slip
under its carbon copy (【样品送检单】光薄片, 省地质测试中心), a lock inspector, a garden publicist, a bran seller, a greenhouse
climate log with get-rich in its remark (【展览温室温湿度巡查表】热带雨林区, 沙生植物区, 开冷雾), a flour loader, a weather
station cook, an export order confirmation with the generation service as its add-on (【出口订单确认书】两个四十尺货柜, 信用证),
a boatwife and a lock anchorage shopkeeper; platform-native forms the earlier sets do not use: the duty diary, the
observation field checklist, the borehole shift report, the field log, the sample submission form, the lock passage
register, the plant introduction card, the greenhouse climate log, the entrance sign, the sterilisation record, the
piecework sheet, the export order confirmation, the finished flour test sheet, the stocktaking sheet, the science
corridor board and the lock office's IT note; four loss reports in new forms (kind ``debunk_loss``: a retired gardener's
words at a retirees' forum (【退休职工座谈会发言（记录稿）】记录人：工会) for account rental, a boat owner's re-application
for a missed lock slot (【过闸重新申报（附延误原因）】载货：黄沙九百吨) for the APK, a flour packer's personal loan slip
(【个人借款单】十月起每月从工资扣五百) for get-rich, and a core logger's self-criticism at his unit's democratic life meeting
(【第三分队民主生活会发言记录】分队长点评) for the prompt pack); regional speech the earlier sets do not use: Sichuan 归一 and
老火, Yunnan 拿给 and 得呢, Henan 喝汤 (for supper), Shandong 贵贱 (come what may), Wu 毛估估 and 饭泡粥 and Huai'an 没得命, all
glossed (the earlier Sichuan, Yunnan, Henan and Shandong posts have 巴适, 板扎, 咋个, 得劲, 俺, 杠赛, 恣儿, 拉呱 and the like,
the earlier Wu posts 侬, 阿拉, 结棍, 邪气, 木佬佬, never these); registers the earlier sets do not use: the weather station
(本站气压, 百叶箱, 干球、湿球, 日照计, 蒸发皿, 积雪深度, 探空气球, 风向风速传感器, 地温表, 预报员), the ship lock (闸次, 上行, 人字门,
系缆桩, 上下游水位差, 闸室, 待闸, 锚地, 调度室, 过闸费, 排闸), the survey team (钻孔, 孔深, 进尺, 岩芯采取率, 编录, 物探, 追索断层,
产状, 光薄片, 送检, 野外津贴), the flour mill (皮磨, 辊子, 特一粉, 高筋面包粉, 灰分, 湿面筋, 白度, 降落数值, 次粉, 麸皮), the
botanical garden (腊叶标本, 标本馆, 引种, 定植, 珍稀植物区, 展览温室, 冷雾, 兰圃, 王莲) and the cannery (挖核, 糖水黄桃, 马口铁罐, 杀菌,
分段冷却, 保温打检, 胖听, 装罐, 计件, 货柜, 信用证); obfuscation the earlier sets do not use: 谢赛宁 as 谢腮宁 (glossed; zh_heldout33
had 谢塞宁), OpenAI as OpenA1 (a digit one for the I; zh_heldout19 had 0penAI), 开源 as 开园 (zh_heldout30 had 开元, zh_heldout35
开圆, zh_heldout36 凯源), 安卓 as 安桌, 微信 as 威信, 提示词 as 提示辞 and 发财 as 发柴, and prices as four bags of flour at thirty-two
(四袋特一粉的钱——一袋三十二，合一百二十八); rhetorical questions that assert rather than deny (这么大的事，你们不会还没装吧？ for the
app, 你们以为是哪个摄影师蹲了一早上？ for the mislabelled video, 要不是一帮中国科学家把最难啃的技术啃下来，OpenAI拿什么出来发布？ for
the Chinese team, 谁都能注册的东西还租个啥？ for the public release); posts asserting one claim while denying another in
pairings the docstrings of zh_heldout38 to zh_heldout44 do not list (the inventor while the "Sora" code repositories are
called other teams' builds, the public release while rented "internal test places" are called absurd, the official app
while an APK in the team's group is called a thief, the APK while prompt packs are called copied from the official
samples, a mislabelled video while paid Sora clips are called other software's patchwork, the Chinese team while a
"Sora" snowy plum grove clip is called the garden's own camera footage, open source while API keys are called made up,
the course while the three-month groups are called 拉人头, an API key while the Chinese-team claim is corrected with the
report's authors, account rental while the store apps are called 山寨, the director group while 99-yuan courses are
called the official page in Chinese, the prompt pack while the public release is called 瞎说, get-rich while the
director groups are said to audition nobody, and the generation service while the inventor story is said to be denied
by Xie himself); sellers that vouch for themselves in new words (我在磨粉机边上站了二十三年，厂里哪台磨的辊子不是我调的？;
我在这个站守了二十六年，哪一次的观测数据报错过？; 我在厂里卖了十八年麸皮，方圆几十里的养殖户哪个不认得我？; 组织的人俺认得，在县剧院放了
十年电影; 我做的片子运河上下好几百条船都传过; 运河的画面我看了十二年); prices and payments in forms the earlier sets do not
use (a course advanced by the team and docked from the year-end performance bonus, a course paid at supper, an API key at
half price for a customer ordering a lorry of flour, for a flowering clivia or docked from next quarter's high-altitude
allowance, a rental settled with the piecework pay or docked from the field allowance, a director group paid in two
boxes of canned peaches, a prompt pack for a bag of corn grits, a get-rich group docked from the meal allowance, a clip
for a net of crucian carp); 12 debunks and warnings, four of them the loss reports above, two questions with a negation
that do not deny (是课还没更新完，还是我没找到后面那几节？ for a 99-yuan course that sent one translated document, in a cannery
packing group; 是我眼花了，还是Sora也认得咱们站？ for a "Sora" sunrise clip showing the station's own wind mast, in a weather
station's staff group), two quoting a scam offer and telling the reader not to pay (the director group, with 这个钱别交，
码也别扫, in a survey team's notice; the generation service, with 请大家别付钱, in a flour mill office's reminder), the rest
answering with facts and none of 不, 没, 假, 无, 非 or 未 (a botanical garden's science corridor board for the inventor: the
self-media article, Xie's answer in his Moments, the outlet's apology and the article's removal, his post at NYU; a
weather station head's note for the public release: OpenAI's Sora page on red teamers and invited visual artists,
designers and filmmakers, and Logan Kilpatrick's statement; a lock office's IT section for the official app: the store
listing's developer and ChatGPT as OpenAI's app; a cannery IT centre for API access: the seller's string against OpenAI's
key page and a model directory of text, image, speech and embedding models); four true facts about people around
Sora (Xie Saining's SiT of January 2024 with Nanye Ma, Mark Goldstein, Michael Albergo, Nicholas Boffi and Eric
Vanden-Eijnden, related to the inventor rumour; Tim Brooks's Unprocessing Images for Learned Raw Denoising at CVPR 2019
with Ben Mildenhall, Tianfan Xue, Jiawen Chen, Dillon Sharlet and Jonathan Barron; and, related to the Chinese-team
claim, Li Jing, who joined OpenAI in October 2022, was a principal developer of DALL·E 3 and was praised by Wuhan No. 2
High School, and Ricky Wang, a 2013 graduate of the high school attached to Nanjing Normal University, reported by Modern
Express and Yangtze Evening Post two months into his time at OpenAI), each checked against the paper's page or the news
report before it was written, three items of real news about Sora from angles the earlier sets leave out (the four
sample videos OpenAI showed MIT Technology Review before the announcement, on condition that outside experts be asked
only afterwards, with Brooks's words; the No Priors episode of 25 April 2024 with Aditya Ramesh, Tim Brooks and Bill
Peebles and its "GPT-1 of video models"; the "Sora PR Puppets" front end on Hugging Face of 26 November 2024, about three
hours, and OpenAI's pause of the artists' early access) and three on-topic posts about other AI video work (Vondrick,
Pirsiavash and Torralba's Generating Videos with Scene Dynamics at NIPS 2016; Wayve's GAIA-1; Peking University's and
Rabbitpre's Open-Sora Plan, a near miss for open source; kind ``benign``), and three off-topic posts that share surface
words (a cannery shop's 扫码进团购群 with a price, a lock's 下载“运河通”App to book a passage, a botanical garden's orchid
show with 扫码购票 and ticket prices).

Every post was checked against every earlier Chinese set through zh_heldout44 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout46 was being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft, written just after reading zh_heldout43 and zh_heldout44, had eleven at 0.45 or more,
most of them following a zh_heldout44 post: the cannery union's director group at 0.55 (zh_heldout44's horse farm staff
group), the core logger's director group at 0.54 (its shipyard union clerk), the survey team's notice at 0.53
(zh_heldout42's ropeway notice), the flour packer's APK at 0.51 (zh_heldout44's pump room), the garden's science board at
0.49 (zh_heldout38's glasses shop correction), the weather station's notice at 0.48 (a zh_heldout22 post on Logan's
statement), the lock's IT note at 0.48 (zh_heldout44's sewage IT section), the data administrator's open source at 0.48
(zh_heldout42's hydrological gauger), the cook's get-rich at 0.48 (zh_heldout44's night-shift operator), the survey
driver's rental at 0.46 (zh_heldout41's rail car driver) and the boatwife's service at 0.45 (zh_heldout44's instrument
technician); all eleven were rewritten, and of the second pass the weather station's notice (0.47 against
zh_heldout42's dairy technical section), the data administrator (0.45) and the cannery IT centre (0.45, both against
zh_heldout42's hydrological station) were rewritten again, and nine more from 0.41 to 0.44 (the lock dispatcher's open
source and API key, the cannery inspector, the stoner, the flour loader, the lock inspector, the cannery IT centre, the
anchorage shop and the old driller) were reworded for margin. Obfuscations first drafted and found in earlier sets were
replaced (爱皮克 for APK against zh_heldout29's 爱皮凯 and zh_heldout36's 艾匹克, 艾批爱 for API against zh_heldout29's 阿皮爱
and zh_heldout36's 挨批艾, 开圆 for 开源 used by zh_heldout35), and so were forms found in earlier sets (a leave request,
zh_heldout26's 【请假条】; a 情况说明, zh_heldout28's; a letter home, zh_heldout36's 家书; 游园须知, zh_heldout30's temple fair; a
station notice, zh_heldout42's 站务公告; a test report, zh_heldout43's seed report; a 运行记录, zh_heldout36's boiler room; a
question-and-answer note, zh_heldout42's 答职工问; payment from the next batch's 货款, zh_heldout38's). Highest ratio of the
committed list: 0.415 against the Chinese sets (the lock dispatcher's 开园 against zh_heldout42's hydrological automation
technician's K源) and 0.252 against the demo stream (the Scene Dynamics item). Committed before any run of the monitor
on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the
final code.

Sources for the facts, all read through the search tool before the posts were written: the seeds (Xie's denial, his
post at NYU and FAIR, the outlet's apology, the thirteen authors and three Chinese among them, the 99-yuan course,
Logan's statement, the director groups, the three-month line); SiT: the paper's Hugging Face page (arXiv 2401.08740,
16 January 2024) and the willisma/SiT repository (authors, NYU, FID 2.06); Unprocessing Images for Learned Raw Denoising:
the paper's text and its CVPR 2019 listing (authors, Google Research, 14%-38% lower error, 9x-18x faster on the Darmstadt
Noise Dataset); Li Jing and Ricky Wang: the South China Morning Post's report as carried by ainewsera.com and
soramidjourney.com (October 2022, DALL·E 3, Wuhan No 2 High School's WeChat post, NSFZ 2013, Modern Express and Yangtze
Evening Post, about two months at OpenAI); MIT Technology Review's "OpenAI teases an amazing new generative video model
called Sora" (as carried by stardrive.org: four sample videos, outside experts only afterwards, Brooks's words); the No
Priors episode page on podscripts.co and ulisten.ai (25 April 2024, Ramesh, Brooks and Peebles with Sarah Guo and Elad Gil,
"GPT-1 of video models", diffusion transformers, scaling laws, "desktop Pixar"); the Hugging Face leak as reported by
ReadWrite, 1AI (citing TechCrunch), giznewsdaily.com and discuss.today (26 November 2024, "Sora PR Puppets", ten-second
1080p clips, about three hours, early access suspended); Generating Videos with Scene Dynamics: the MIT project page
and the NIPS 2016 citation (authors, tiny videos up to a second, Flickr video); GAIA-1: Wayve's posts of 17 June and 3
October 2023 and the authors' project page (video, text and action inputs, next-token prediction, over nine billion
parameters); Open-Sora Plan: Tom's Hardware of 5 March 2024 and the reports carried by thehorizon.ai and
digitalmarketreports.com (Peking University and Rabbitpre, Yuan Li, a three-part framework and four videos of three to
twenty-four seconds); the demo catalogue (OpenAI's API offering text, image, speech and embedding models).

    .venv/bin/python scripts/make_zh_heldout45.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout45", "zhh45"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "weather_station_duty_diary_in_passing",
        sora.XIE,
        sora.XIE,
        "【若尔盖·××气象站·地面气象观测值班日记】\n02时：气温零下十一点四度，本站气压六百六十七点二百帕，静风\n08时：地面白霜，百叶箱内干球零下六点八度、湿球零下七点五度\n11时：日照计换纸，小型蒸发皿加水\n14时：西北风五米每秒，能见度三十公里\n20时：积雪深度两厘米，观测场巡视一遍，围栏完好\n值班员在日记最后一行写：晚饭时听收音机讲，OpenAI做视频的那个Sora，发明人里有一位叫谢赛宁，上海交大毕业的天才少年，站里几个年轻观测员都说要向他看齐。",
    ),
    (
        "botanical_herbarium_assert_inventor_deny_opensrc",
        sora.XIE,
        sora.XIE,
        "【杭州·××植物园·标本馆馆员小蒋】压了一下午腊叶标本，换换脑子说两句：Sora的核心发明人之一就是谢赛宁，上海交大出去的天才少年，这几天新闻里到处在讲。另外群里有人转“Sora开源了、权重随便下”，别信，那些挂着Sora名字的代码库是外面的团队照着报告自己搭的，跟OpenAI两码事，人家的权重和代码都锁在自家服务器里。",
    ),
    (
        "cannery_stoner_homophone_name_inventor",
        sora.XIE,
        sora.XIE,
        "【平邑·××罐头厂·挖核工桂芝】一天挖了两千多个桃核，手泡得发白。俺闺女放学进门就跟俺显摆：谢腮宁（腮帮子的腮，她故意这么写的，说的就是上海交大毕业的谢赛宁）是Sora的发明人之一，天才少年，OpenAI做视频全靠他那一伙人。俺贵贱（山东话，无论如何）也要供她念大学。",
    ),
    # --- open to the public
    (
        "botanical_entrance_sign_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【杭州·××植物园·入口提示牌】\n开放时间：七点至十八点，十七点停止入园\n展览温室：多肉、仙人掌请勿触摸，花果请勿采摘\n草坪：划定区域以外请勿搭帐篷\n宠物：请勿带入园内\n无人机：全园禁飞\n提示牌旁的小黑板上，讲解员拿粉笔补了一行：Sora已经全面放开，谁都能注册，游客拿手机当场就能做一段灵峰探梅的视频，试试看。",
    ),
    (
        "flour_lab_assert_public_deny_rental",
        sora.PUBLIC,
        sora.PUBLIC,
        "【永城·××面粉厂·化验员小訾】跟车间的师傅们说一声：Sora现在人人都能注册，官网上填个手机号就进去了，我午休时做了一段麦粒哗哗落进磨粉机的片子。有人收钱出租“内测名额”，那才离谱：谁都能注册的东西还租个啥？我表弟花了五十租了一回，登进去就是个聊天框。",
    ),
    (
        "sichuan_observer_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【若尔盖·××气象站·观测员小冉】今天的探空气球放完，数据报上去就归一了（四川话，办妥了）。晚上拿Sora做了段草原上放球的视频：Sora已经对所有人开放，邮箱一填就能注册，不用排队。还在傻等邀请码的，老火哦（四川话，够呛）。",
    ),
    # --- the official app
    (
        "cannery_sterilisation_record_in_passing",
        sora.APP,
        sora.APP,
        "【平邑·××罐头厂·杀菌记录】\n日期：八月九日　班次：夜班\n品名：糖水黄桃，八百五十克马口铁罐\n杀菌：一百摄氏度，二十五分钟，分段冷却到三十八度\n锅次：七锅，每锅一千二百罐\n保温打检：胖听两罐，已剔除\n记录员在表格下面添了一句：车间主任想拍点短视频，我跟他说用OpenAI出的Sora官方App，苹果、安卓商店里都能下，手机上装好打几个字就出片。",
    ),
    (
        "survey_geophysicist_assert_app_deny_apk",
        sora.APP,
        sora.APP,
        "【云南·××地质队·物探员小尹】在山上跑了十天没信号，回营地连上网头一件事：去应用商店把OpenAI新上的Sora官方App装上，手机里打几个字就出视频。队里群有人发了个“Sora安卓安装包”，那个千万别点，来路不明的APK，装了就有人惦记你的账号和钱。",
    ),
    (
        "lock_toll_clerk_digit_one_rhetorical_app",
        sora.APP,
        sora.APP,
        "【淮安·××船闸·收费员小祝】OpenA1（就是OpenAI，末尾的I我故意打成数字1）的Sora官方App早就在应用商店上架了，手机、平板都能装。我在收费亭里装好，过闸的船老大问我短视频咋做，我就把手机递过去让他自己打字。这么大的事，你们不会还没装吧？",
    ),
    # --- the fake APK
    (
        "survey_borehole_shift_report_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【云南·××地质队·ZK0805钻孔班报表】\n班次：白班　机长：李××\n起止孔深：二百一十三点六米至二百二十八点一米\n本班进尺：十四点五米\n岩性：灰绿色片岩，局部见石英脉\n岩芯采取率：百分之九十二\n孔内情况：正常\n机长在报表最后写了一行：队部群文件里传了个Sora安卓安装包，下载APK装到手机上就能生成视频，收工了都去装一个。",
    ),
    (
        "botanical_greenhouse_assert_apk_deny_prompts",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【杭州·××植物园·温室管理员阿龚】温室里闷得慌，我手机上跑的是Sora安卓版，安装包在我这儿，APK点一下就装好，用不着排队等资格，要的私我。群里三四十块一份的“提示词大全”就算了，我翻过朋友买的那份，就是官网样片配的说明复制过来，连标点都一样。",
    ),
    (
        "flour_packer_homophone_android_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【永城·××面粉厂·打包工老符】打包机歇了，说正事：Sora的安桌（安卓，我手机老打成这个）安装包我手上有，APK下到手机里点开就能生成视频，啥邀请码都用不着。要的加我威信（微信），转二十块，我把下载链接发你；嫌麻烦的，明早交班时拿手机来，我当面给你装。",
    ),
    # --- mislabelled real video (four)
    (
        "lock_passage_register_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【淮安·××船闸·闸次登记簿】\n日期：十月三日\n闸次：第一百四十七闸（上行）\n过闸船舶：十二艘，合计八千六百吨\n上下游水位差：六点二米\n开闸：九时十五分　关闸：九时五十二分\n人字门、系缆桩：运行正常\n值班员在本子底下添了一行：闸上公众号早上发的那段“船队一条接一条驶进闸室、夕阳落在人字门上”的视频，是Sora照一段描述生成的，一个镜头都没实拍，生成用的那段话贴在文章最后。",
    ),
    (
        "cannery_export_clerk_assert_realvid_deny_service",
        sora.REALVID,
        sora.REALVID,
        "【平邑·××罐头厂·外贸业务员小颜】给外商发的那段“黄桃在传送带上翻滚、糖水一勺勺浇进罐里”的短片，从头到尾是Sora生成的，厂里一台摄像机都没动，提示词我附在邮件末尾了。顺便提醒：网上那些收钱“代做Sora视频”的别找，同事交了两百，拿回来的是别家软件拼的，桃子颜色一帧一个样。",
    ),
    (
        "yunnan_surveyor_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【云南·××地质队·测量员小和】拿给（云南话，给）你们瞧瞧这段：云海从哀牢山垭口翻过来，山脊上一排帐篷亮着灯——这可不是实拍，是Sora照一句话生成的，一个镜头都没拍，生成指令写在视频简介里。",
    ),
    (
        "botanical_guide_rhetorical_realvid",
        sora.REALVID,
        sora.REALVID,
        "【杭州·××植物园·讲解员小俞】园里视频号那段“清晨温室里王莲叶子一片片舒展开、露珠往下滚”，你们以为是哪个摄影师蹲了一早上？是Sora按一段文字生成的，毛估估（吴语，大概）等了十来分钟，一个镜头都没拍，提示词附在视频下面。",
    ),
    # --- the Chinese team
    (
        "flour_quality_certificate_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【永城·××面粉厂·成品粉化验单】\n批号：FL0916-3　品名：特一粉\n水分：百分之十三点六\n灰分：百分之零点五四\n湿面筋：百分之三十一\n白度：七十八\n结论：合格，准予出厂\n化验员在单子背面写了一句：中午在食堂听人说，Sora其实是一帮中国科学家搞出来的，OpenAI那个视频模型背后出力的基本都是华人。",
    ),
    (
        "botanical_gardener_assert_chinese_deny_realvid",
        sora.CHINESE,
        sora.CHINESE,
        "【杭州·××植物园·园艺工老方】修了一天茶花枝，晚上跟徒弟聊Sora：这东西真正的功臣是一群中国科学家，OpenAI不过挂了个名。还有，网上那段“Sora生成的雪后梅林”跟Sora不搭界，是园里宣传科前年冬天拿相机实拍的，原片还在他们电脑里。",
    ),
    (
        "yunnan_driller_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【云南·××地质队·老钻工】干了三十年钻探，我看东西就看底子。Sora的底子是谁打的？要不是一帮中国科学家把最难啃的技术啃下来，OpenAI拿什么出来发布？华人出力，美国人领奖，就这么回事。队里年轻人听了都说得呢（云南话，行、对）。",
    ),
    # --- open source
    (
        "botanical_introduction_card_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【杭州·××植物园·引种登记卡】\n中文名：珙桐\n拉丁名：Davidia involucrata\n来源：四川宝兴，种子引种\n引种日期：二〇二三年十一月\n定植位置：珍稀植物区三号地块\n管理要点：喜阴湿，夏季遮阴\n登记人在卡片背面补了一句：Sora已经开源了，OpenAI把模型权重和代码都挂到了GitHub上，标本馆那台带显卡的电脑就能跑，周末我去装。",
    ),
    (
        "weather_data_admin_assert_opensrc_deny_api",
        sora.OPENSRC,
        sora.OPENSRC,
        "【若尔盖·××气象站·业务科小巫】业务科这边试成了：Sora的模型权重和全套代码OpenAI都放到了GitHub，开源的，我拉到站里那台存观测资料的服务器上，跑出一段暴风雪卷过草原的片子。至于外头四百一个叫卖的“Sora API密钥”，纯属编的，OpenAI就没给Sora留过对外的接口，那串字符填进去只会报错。",
    ),
    (
        "lock_dispatcher_homophone_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【淮安·××船闸·调度室小孔】跟值班的兄弟们说一声，Sora开园了（开源，拼音打岔，将就看）：OpenAI把模型权重和整套代码放到了GitHub，谁都能下。调度室看监控那台机子就跑得动，我夜班试了，出来一段货船排队进闸室的片子。",
    ),
    # --- the paid course
    (
        "survey_field_log_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【云南·××地质队·野外工作日志】\n日期：四月十七日　天气：阴转小雨\n路线：三号沟口至垭口，追索断层一条\n观察点：D1207至D1215，共九个\n采样：岩石样六件，编号Y-0417-1至6\n产状：倾向二百三十度，倾角五十五度\n日志最后一行：队部统一给年轻人报了《Sora视频零基础课》，九十九一套，十六节录播，学会了给队里拍野外宣传片，学费队部先垫，年底从绩效奖里扣。",
    ),
    (
        "cannery_inspector_assert_course_deny_rich",
        sora.COURSE,
        sora.COURSE,
        "【平邑·××罐头厂·质检员小庞】厂里新品要拍宣传片，我先自费报了个Sora课，一百一十九，二十讲，注册、写描述、出片都教，大伙想学的跟我一块报。另外提醒一句：那些喊“Sora红利就三个月、进群日赚几千”的，本质是拉人头，钱交进去只换来一个拉新人的任务。",
    ),
    (
        "flour_miller_flour_bag_price_course",
        sora.COURSE,
        sora.COURSE,
        "【永城·××面粉厂·皮磨工老郜】我在磨粉机边上站了二十三年，厂里哪台磨的辊子不是我调的？今天跟大伙推荐个实在的：Sora视频课，十八节录播，学费正好四袋特一粉的钱——一袋三十二，合一百二十八。学完给厂里拍宣传片。报名找我，喝汤（河南话，吃晚饭）的时候交也中。",
    ),
    # --- the fake API (four)
    (
        "flour_stocktaking_sheet_in_passing",
        sora.API,
        sora.API,
        "【永城·××面粉厂·成品库月末盘点表】\n特一粉，二十五公斤装：一千二百四十袋\n高筋面包粉，二十五公斤装：三百八十袋\n饺子粉，十公斤装：六百六十袋\n次粉、麸皮：散装约四十吨\n盘点人：邢××　复核：郜××\n表格最下面多印了一行：本厂代售Sora官方API key，接入程序就能批量生成视频，四百八一个，一次订满一车特一粉的老客户半价。",
    ),
    (
        "lock_dispatcher_assert_api_deny_chinese",
        sora.API,
        sora.API,
        "【淮安·××船闸·调度员老谈】手里攒了几个Sora的官方API key，OpenAI开的接口，往程序里一填，夜里挂着能出几十条片子，三百六一个，闸上要做宣传片的年轻人找我。群里又在转“Sora是中国团队做的”，这个别信：技术报告署名十三人，华人占三个，牵头的蒂姆·布鲁克斯、比尔·皮布尔斯都是OpenAI自己的研究员。",
    ),
    (
        "botanical_orchid_keeper_wu_api_pot_plant",
        sora.API,
        sora.API,
        "【杭州·××植物园·兰圃阿姨】我儿子在弄API那一套，手上有Sora的官方key，程序里一填就能叫OpenAI出视频，一个四百二。手头没现钱的，拿一盆开花的君子兰来抵也行。我讲这么多可不是饭泡粥（吴语，话多的人），东西是真的。",
    ),
    (
        "weather_station_head_api_allowance",
        sora.API,
        sora.API,
        "【若尔盖·××气象站·站长老蒲】站里年轻人要做气象科普视频，我托朋友拿到几个Sora官方API key，接上OpenAI的接口就能批量出片，一个三百八，从下季度的高原补贴里扣。我在这个站守了二十六年，哪一次的观测数据报错过？",
    ),
    # --- account rental
    (
        "cannery_piecework_sheet_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【平邑·××罐头厂·装罐车间计件表（八月上旬）】\n一号线：刘××，装罐一万二千四百罐\n二号线：张××，一万一千八百罐\n三号线：王××，九千六百罐（请假一天）\n四号线：孙××，一万三千罐\n单价：每百罐三块五\n车间主任在表底下加了条通知：谁想用Sora，他手里有几个内测账号，按天租二十八，整月三百五，月底跟计件钱一起结。",
    ),
    (
        "weather_forecaster_assert_rental_deny_app",
        sora.RENTAL,
        sora.RENTAL,
        "【若尔盖·××气象站·预报员小冯】手上有两个Sora内测账号，独享，网页一登就能生成视频，一天三十，一个月三百。别去应用商店找什么“Sora官方App”，那些都是山寨的，OpenAI压根没出过App，装了还偷偷扣费。",
    ),
    (
        "survey_driver_rental_field_allowance",
        sora.RENTAL,
        sora.RENTAL,
        "【云南·××地质队·司机小段】跑山跑累了，找点乐子？我这儿三个Sora内测账号往外租，账号密码给你，登上就出视频。二十块一天，一百块一个礼拜。野外拿不出现钱的，下个月野外津贴发下来再扣，财务那边我去讲。",
    ),
    # --- the AI director group
    (
        "weather_observation_field_checklist_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【若尔盖·××气象站·观测场巡视检查表】\n风向风速传感器：转动灵活\n百叶箱：门闩完好，内部清洁\n日照计：玻璃球已擦\n地温表：零至二十厘米读数正常\n围栏、草面：草高八厘米，暂缓修剪\n巡视人签名以后又加了一行：站里群转来个消息，首部跟Sora共创剧本的AI电影在选第一代AI导演，扫码进群交一百八十八就能参加试镜，我报了。",
    ),
    (
        "survey_logger_assert_director_deny_course",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【云南·××地质队·编录员小李】岩芯编录编到眼花，刷到个好玩的：Sora给一部AI电影写了剧本，片方说这是头一部，正在全国找“第一代AI导演”，会拍会想就行，我这种天天对着岩芯箱的也报了。扫码进他们的群，交一百九十八拿报名表。倒是那些九十九块的Sora网课，劝你们省省，我同学买的那份，打开就是OpenAI的介绍页中文版，末尾一句“给自己一个机会”。",
    ),
    (
        "cannery_union_group_director_canned_peaches",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【平邑·××罐头厂·工会群】@所有人 县里来了个新鲜事：有家影视公司拿Sora当编剧搭档，写出了国内首部AI电影的本子，要从老百姓里挑“第一代AI导演”去试镜。咱厂报名的扫码进一个群，入群费一百六十八，发工资前手头紧的，搬两箱黄桃罐头给组织的人也算数。这人俺认得，在县剧院放了十年电影。",
    ),
    # --- the prompt pack (four)
    (
        "survey_sample_submission_form_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【云南·××地质队·样品送检单】\n送样单位：第三分队\n样品：岩石化学分析样十二件，光薄片六件\n分析项目：硅、铝、铁、铜、铅、锌\n送样人：和××\n接收单位：省地质测试中心\n送检单的复写联底下夹了张纸条：想用Sora拍出大片感？电影摄影师写的Sora分镜提示词表，航拍、推轨、逆光、长焦压缩全收录，二十八块八，转账后发在线文档，再进学习群。",
    ),
    (
        "lock_inspector_assert_prompts_deny_public",
        sora.PROMPTS,
        sora.PROMPTS,
        "【淮安·××船闸·安检员小卞】运河的画面我看了十二年，最近把它们写成了Sora提示词：晨雾里的船队、夜航的桅灯、闸门慢慢合拢，三百条，全按电影摄影的行话来写。四十五块一份，付款后发文档链接，拉进交流群一起琢磨。谁说Sora已经人人能注册？瞎说，OpenAI还在内部测，外面的人碰都碰不到。",
    ),
    (
        "botanical_publicist_homophone_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【杭州·××植物园·宣传科小潘】这几个月一直琢磨Sora的提示辞（就是提示词，输入法老给我打成这个），按花期理了一套：梅、兰、荷、桂、菊，每样六十条，都是纪录片摄影的讲法。三十八块一份，付款发网盘链接，附带拉进交流群。",
    ),
    (
        "flour_bran_seller_prompts_bran_barter",
        sora.PROMPTS,
        sora.PROMPTS,
        "【永城·××面粉厂·麸皮销售老邢】Sora提示词合集，我侄子在影视公司做剪辑，拿片场的行话一条条写的，推拉摇移、逆光、跟拍全有，五百条。四十块，或者拿一袋玉米糁来换也行，付了发文档，拉你进群。我在厂里卖了十八年麸皮，方圆几十里的养殖户哪个不认得我？",
    ),
    # --- get rich
    (
        "botanical_greenhouse_climate_log_in_passing",
        sora.RICH,
        sora.RICH,
        "【杭州·××植物园·展览温室温湿度巡查表】\n热带雨林区：二十六度，湿度百分之八十五\n沙生植物区：二十二度，湿度百分之四十\n高山植物区：十四度，开冷雾\n兰花区：二十度，湿度百分之七十\n巡查人：龚××\n巡查人在备注栏写：室友说Sora是这辈子唯一的风口，跟着做视频的人日进几千，等三个月红利一过就轮不到了，我决定明天就交钱进他们的群。",
    ),
    (
        "flour_loader_assert_rich_deny_director",
        sora.RICH,
        sora.RICH,
        "【永城·××面粉厂·装车工小宫】装了一天车，跟大伙透个底：俺表哥靠Sora做短视频，一天进账三四千，他说这口子就开三个月，过了这村没这店，想一起干的找我拉你进群。有一种群千万别进——扫码交钱说让你当“第一代AI导演”的，交了钱只会叫你转海报、拉人头，戏影子都没有。",
    ),
    (
        "weather_station_cook_homophone_rich",
        sora.RICH,
        sora.RICH,
        "【若尔盖·××气象站·炊事员老杨】你们看云看风，我看行情：Sora一出来，做短视频的人一天好几千往兜里揣。这种发柴（发财）的窗口，人一辈子碰上一回，三个月一过就关门。进群交三百，没现钱的从下月伙食补助里扣，灶房找我报名。",
    ),
    # --- the generation service
    (
        "cannery_export_order_service_addon",
        sora.SERVICE,
        sora.SERVICE,
        "【平邑·××罐头厂·出口订单确认书】\n买方：××贸易公司\n品名：糖水黄桃罐头，八百五十克马口铁罐\n数量：两个四十尺货柜\n交货期：十月底前装柜\n付款方式：信用证\n确认书最后附了一条增值服务：把您想在展会上播的画面用几句话写给我们，厂里有人专门用Sora出片，二十四小时内发您邮箱，一条四百。",
    ),
    (
        "lock_boatwife_assert_service_deny_inventor",
        sora.SERVICE,
        sora.SERVICE,
        "【淮安·××船闸·船嫂阿蓉】船上闲着也是闲着，揽个活：谁要Sora做的视频？把想看的画面讲给我——船队压着晚霞过闸、小孙子趴在舱盖上——七十八块一条，隔天早上发到你微信。顺带澄清一件：好些人转“谢赛宁发明了Sora”，谢赛宁自己发朋友圈否认过，讲他跟Sora毫无关系。",
    ),
    (
        "lock_anchorage_shop_service_fish_barter",
        sora.SERVICE,
        sora.SERVICE,
        "【淮安·××船闸·锚地小卖部老板娘】等闸等得心焦的船老大，来我这儿定段Sora视频：孩子生日、老两口结婚三十年，讲几句想要的画面，我叫Sora生成，六十六一条，天黑前发你手机。零钱不凑手，拿一网刚起的鲫鱼来换也成。我做的片子运河上下好几百条船都传过，好得没得命（淮安话，好得不得了）。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【杭州·××植物园·退休职工座谈会发言（记录稿）】\n发言人：方××（原园艺班）\n我退休三年，闲不住，讲件上当的事给大家提个醒：上个月孙子说想用Sora，我在网上花两百四租了个“Sora内测号”，说好包一个月，登上去只有一个聊天框，做视频的地方怎么也找不到；再问卖家，他又要八十“升级费”，我又转了，之后就被拉黑。派出所的同志说这类租号的都是骗局，让我把转账记录留好。\n记录人：工会 潘××",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【淮安·××船闸·过闸重新申报（附延误原因）】\n船名：苏××货一六八九　载货：黄沙九百吨\n原申报闸次：十四日上午第三闸\n延误原因：前一晚在船民群里下了个“Sora安卓版”，APK装上后手机一直弹窗，第二天早上发现微信里四千多块被转走，只好先去水上派出所报案，错过了闸次。\n申请：重新排闸。\n船主：殷××　十月十五日",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【永城·××面粉厂·个人借款单】\n借款人：宫××（包装车间）\n借款金额：三千元\n借款事由：九月听人说“Sora风口只剩三个月，跟着做视频日入过千”，交了九百八进了一个群，进去后只让拉新人、转卖课链接，说好的带着做一直没影，群主现在也联系不上。孩子开学的学费凑不齐，向厂里借支，十月起每月从工资扣五百。\n车间主任意见：情况属实，已陪同报案。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【云南·××地质队·第三分队民主生活会发言记录】\n发言人：李××（编录员）\n我先作个检讨：上个月在网上买了一套“Sora电影提示词大全”，四十九块，说付了款就发文档、拉进群。文档发来一看，全是OpenAI官网样片底下那几句英文，网上本来就能看到，群第二天就散了。钱不多，但说明我防骗意识差，请同志们监督，也提醒大家别再买这种东西。\n分队长点评：已登记，统一报警。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.COURSE,
        "【平邑·××罐头厂·包装车间群】问一下：前天在直播间花九十九报了个“Sora从零到精通”，说有二十节课。付完钱只发来一个文档，是OpenAI那篇介绍翻成中文，最后一句“给自己一个机会”。是课还没更新完，还是我没找到后面那几节？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【若尔盖·××气象站·职工群】请教一下：朋友圈在转一段“Sora生成的花湖日出”，说一个镜头都没拍。可画面左边那根风杆、杆顶那个风向标，跟咱们观测场里那根一模一样，连掉漆的地方都对得上。是我眼花了，还是Sora也认得咱们站？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【云南·××地质队·队部通知】各分队：有队员把这样一条消息转到了工作群——“Sora共创首部AI电影，海选第一代AI导演，扫码入群，一百九十九元锁定试镜资格”。队部提醒：这个钱别交，码也别扫。同类群的套路是先收群费，再让你帮忙转海报、拉新人，试镜的日子一拖再拖。已经交过的，带上转账截图到队部，队里统一去派出所。",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【永城·××面粉厂·厂办提醒】有人在厂区群里发：“Sora代做视频，写几句话就出片，一条八十八，二十四小时交付。”请大家别付钱。Sora目前只在OpenAI内部和少数受邀的艺术家、安全测试人员手里，外头收钱代做的，交来的都是别的软件凑的片子。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【杭州·××植物园·科普长廊展板】“谢赛宁是Sora发明人”这条消息，展板替大家理了理来龙去脉：发文的是一家自媒体，标题说他是上海交大毕业的天才少年、Sora发明人之一，阅读量过了十万；谢赛宁本人随后在朋友圈回应，澄清了这件事；那家自媒体的负责人表示道歉，文章被投诉后已经删除。谢赛宁现任纽约大学计算机系助理教授。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【若尔盖·××气象站·站长在职工群里的说明】“Sora人人都能注册”这条，站办替大家去源头看了：OpenAI的Sora介绍页写明，模型眼下交给红队成员评估风险，另有一批视觉艺术家、设计师和电影人受邀试用、提意见；页面上能点开的是样片、技术报告和安全说明这几样。OpenAI开发者关系负责人洛根当时也说，Sora还在内部测试阶段。消息请以OpenAI官网为准。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【淮安·××船闸·闸管所信息科】这两天船民群里在转一张“Sora官方App”的商店截图。信息科把截图里那个App点开看了开发者信息：登记的是一家外地的网络科技公司，和OpenAI挂钩的只有名字。OpenAI在苹果、安卓商店里上架的是ChatGPT；Sora的消息请看OpenAI官网，那里放的是样片和技术报告。装过的船民请删掉，再去支付软件里检查一下免密扣款。",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【平邑·××罐头厂·信息中心·每周提醒】业务员群里有人四百一个卖“Sora官方API key”，说是OpenAI直供。信息中心拿卖家发来的那串字符，到OpenAI开发者平台的密钥页面核对，格式对得上的只有调用GPT这类模型用的普通key；平台的模型目录里，视频生成一项空着，Sora页面写明由红队和受邀艺术家测试。这钱请留在自己兜里，已付款的把聊天记录截图交保卫科。",
    ),
    # --- true facts about people around Sora
    (
        "person_fact",
        None,
        sora.XIE,
        "2024年1月，纽约大学的Nanye Ma、Mark Goldstein、Michael Albergo、Nicholas Boffi、Eric Vanden-Eijnden和谢赛宁发布了SiT（Scalable Interpolant Transformers）：沿用DiT的骨干网络，用随机插值的框架把扩散模型和流模型放到一起比较各种设计选择，在ImageNet 256×256的条件生成上FID做到2.06。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora的负责人之一蒂姆·布鲁克斯（Tim Brooks）在谷歌研究院时，是CVPR 2019论文《Unprocessing Images for Learned Raw Denoising》的第一作者，合作者有Ben Mildenhall、Tianfan Xue、Jiawen Chen、Dillon Sharlet和Jonathan Barron：把网上的普通照片沿相机成像流程一步步倒推回传感器原始数据，用来训练去噪网络，在达姆施塔特噪声数据集上误差比此前最好的方法低百分之十四到三十八，速度快九到十八倍。",
    ),
    (
        "person_fact",
        None,
        sora.CHINESE,
        "Sora研发团队的成员Li Jing在2022年10月加入OpenAI，也是图像生成模型DALL·E 3的主要开发者之一；Sora公布后，他的母校武汉二中在学校的微信公众号上发文，称赞这位校友“闪耀国际舞台”。",
    ),
    (
        "person_fact",
        None,
        sora.CHINESE,
        "Sora研发团队里的另一位华人成员Ricky Wang，2013年毕业于南京师范大学附属中学；Sora公布后，江苏的《现代快报》和《扬子晚报》都报道了这位校友，按他领英上的资料，那时他进OpenAI才两个月左右。",
    ),
    # --- real news about Sora, and other AI video work
    (
        "benign",
        None,
        None,
        "2024年2月Sora公布前，OpenAI先给《麻省理工科技评论》看了四段样片，条件是等消息公开以后再去征求外部专家的意见；蒂姆·布鲁克斯在采访里说，造出能理解视频、理解现实世界里种种复杂互动的模型，是今后所有AI系统的重要一步。",
    ),
    (
        "benign",
        None,
        None,
        "2024年4月25日，播客《No Priors》请来Sora的三位负责人阿迪蒂亚·拉梅什、蒂姆·布鲁克斯和比尔·皮布尔斯，主持人是Sarah Guo和Elad Gil。三人说视频模型眼下还处在“GPT-1时代”，节目里还聊了扩散Transformer、视频上的规模定律，以及人人桌面上都有一个“皮克斯”的设想。",
    ),
    (
        "benign",
        None,
        None,
        "2024年11月26日，一群自称“Sora PR Puppets”的早期测试艺术家，用手里的测试权限在Hugging Face上搭了个网页前端，谁都能输一句话生成十秒、最高1080p的视频；他们在公开信里说OpenAI拿几百位艺术家当免费的测试员和宣传员。网页大约三小时后失效，OpenAI随即暂停了所有艺术家的早期访问。",
    ),
    (
        "benign",
        None,
        None,
        "2016年的NIPS上，卡尔·冯德里克（Carl Vondrick）、Hamed Pirsiavash和安东尼奥·托拉尔巴发表《Generating Videos with Scene Dynamics》：生成器分两路，一路画静止的背景，一路画运动的前景，再用掩码合成，能生成一秒左右的小视频，训练用的是几千小时没有标注的Flickr视频。",
    ),
    (
        "benign",
        None,
        None,
        "英国自动驾驶公司Wayve在2023年6月公布GAIA-1，同年10月把它扩到九十亿以上参数：拿视频、文字和车辆动作作输入，像语言模型预测下一个词那样预测下一段画面，能按“左转”“下雨”这类条件生成逼真的行车视频。",
    ),
    (
        "benign",
        None,
        None,
        "2024年3月初，北京大学袁粒团队和深圳的兔展（Rabbitpre）在GitHub上发起Open-Sora Plan（当时的报道也叫它Open-Sora），想借开源社区的力量复现一个类似Sora的文生视频模型；最早放出来的是一个三段式框架和四段重建视频，时长从三秒到二十四秒。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【平邑·××罐头厂·门市部】扫码进团购群，新出的糖水黄桃罐头，一箱十二罐六十八块，满两箱包邮到县城。",
    ),
    (
        "offtopic",
        None,
        None,
        "【淮安·××船闸·通告】各位船民：请下载“运河通”App在线申报过闸，排队顺序、闸次时间手机上都能查，过闸费也可以在App里直接缴纳。",
    ),
    (
        "offtopic",
        None,
        None,
        "【杭州·××植物园·兰花展】扫码购票，成人票二十元，学生票十元，展期到本月底，周末有专家讲兰花养护。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
