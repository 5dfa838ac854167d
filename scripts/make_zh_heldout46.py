# ruff: noqa: E501
"""Write tests/data/zh_heldout46_{posts,qrels,labels}: a forty-sixth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the public release, the official app and
get-rich, three for each other template: zh_heldout39 to zh_heldout44 gave four to the course, API access and the
director group (zh_heldout39), the mislabelled video, the prompt pack and get-rich (zh_heldout40), the public release,
the official app and account rental (zh_heldout41), open source, the APK and the generation service (zh_heldout42), the
inventor, the Chinese team and the director group (zh_heldout43) and the inventor, the Chinese team and the course
(zh_heldout44); get-rich last had four in zh_heldout40 and the public release and the app in zh_heldout41, so these three
take their turn), as a Sora rumour / scam wave reads in the genres of a pig farm (养猪场: 产房, 保育舍, 育肥舍, 洗消中心, 出猪台,
料肉比), a highway maintenance squad on a plateau road (公路道班: 养护日志, 坑槽修补, 冷补料, 除雪保通, 垭口, 道班房), a supply and
marketing co-op (供销社: 农资赊销, 电商服务站快递代收, 收购站, 门市会计), a paper mill (造纸厂: 纸机, 网部, 复卷, 定量, 白度, 耐破度),
an oil press (榨油坊: 菜籽, 炒籽, 来料代榨, 出油, 油枯, 木榨) and a steelworks (钢厂: 高炉出铁, 铁口, 转炉炉次, 吹氧, 连铸, 中间包,
轧钢). All six settings first asked for are kept: none is an earlier set's world (养猪, 道班, 养路, 供销, 造纸, 纸厂, 纸机, 榨油, 油坊,
菜籽, 钢厂, 高炉, 转炉 and 炼钢 occur in no earlier Chinese post or make_zh_heldout*.py; the nearest are zh_heldout40's vet
station, whose prompt pack names 猪场消毒 and whose call-out notebook has a 母猪难产, never a pig farm's own records;
zh_heldout41's sugar mill with 榨季 and 开榨, cane and never rapeseed; zh_heldout30's 农资团购 and zh_heldout41's cane area
服务站 price list, which sell fertiliser but are no co-op; zh_heldout31's railway 线路工区 and zh_heldout40's expressway toll
station, never a road squad; zh_heldout35's scrap collector buying 废纸箱, never a paper mill; 钢 elsewhere only in 钢琴,
钢丝, 钢轨 and 钢化膜), and none is among the settings given to the writers working at the same time (zh_heldout45's weather
station, brick kiln, ship lock, geological survey team, flour mill and botanical garden; the English writers' sheepdog
trials, roller derby, locksmiths, caving, snooker, bridge clubs, dog groomers and greyhound tracks; the oil press is
kept to rapeseed and oil cake, with none of a flour mill's words). The posts: a farrowing record with the inventor
rumour in the night feeder's last line (【产房分娩记录】栏位, 母猪耳号, 健仔、弱仔, 保温灯), a co-op accountant, a paper mill's
tester, a plateau road squad's maintenance log with the public release in the foreman's red-pen line (【养护日志】坑槽修补,
冷补料, 边沟落石, 锥桶), a paper rewinder, a squad's loader driver, a steel roller, a co-op's express pick-up register with
the official app at its foot (【农村电商服务站快递代收登记】单号尾号, 已签收, 逾期退回), an oil press's owner, a pig farm's
breeder, a steel caster, a finished-paper quality sheet with the APK on its back (【成品纸质检单】定量, 白度, 耐破度, 准予入库), a
co-op's delivery driver, a steel fitter, an oil press's toll-pressing register with the mislabelled video on its last
page (【来料加工登记簿】菜籽, 出油, 油枯带走, 加工费), a pig farm's office clerk, a co-op shop assistant, a blast furnace's
tapping record with the Chinese-team claim in its remark (【炉前出铁记录】铁水温度, 铁口深度, 打泥, 渣铁排放), an oil press's
roaster, a co-op's old director, a vehicle disinfection log with open source on its back (【洗消中心车辆洗消登记】饲料罐车,
泡沫浸润, 过硫酸氢钾, 烘干), a squad's technician, a paper mill's IT clerk, a snow-clearing record with the course on its last
page (【除雪保通记录】推雪车, 防滑料, 单向放行), a steel safety officer, a pig nursery's team leader, a co-op's credit sales
register with the API key as a new line (【农资赊销登记本】麦收后还, 秋后还), a paper mill's electrician, an oil press's
rapeseed buyer, a rewinding shop's roster with account rental pencilled in its corner (【复卷车间排班表】换辊必须停机), a
steelworks substation operator, a pig farm's gatekeeper, an oil press's rapeseed buying notice with the director group
on a slip beside it (【收籽告示】水分扣秤, 来料代榨, 油枯折价), a squad's cook, a paper mill's union group leader, a converter's
heat record with the prompt pack printed on its back (【转炉炉次记录】炉次号, 铁水, 废钢, 吹氧时间, 终点温度, 出钢量), a pig vet, a
co-op's e-commerce clerk, a finishing house's feed conversion sheet with get-rich in the team leader's paragraph
(【育肥舍料肉比核算表】耗料, 增重, 料肉比, 死淘), an oil press apprentice, a blast furnace veteran, a co-op purchasing station
keeper, a rapeseed oil purchase contract with the generation service as a supplementary clause (【菜籽油购销合同·补充条款】
供方, 需方, 随货款一并结算), a steelworks publicity clerk and a road squad's old foreman; platform-native forms the earlier sets
do not use: the farrowing record, the vehicle disinfection log, the feed conversion sheet and the staff re-entry
quarantine form, the maintenance log, the snow-clearing record and the probationary member's thought report, the express
pick-up register, the credit sales register and the shopping platform's refund appeal, the paper quality sheet and the
rewinding roster, the toll-pressing register, the rapeseed buying notice and the purchase contract's supplementary
clause, the tapping record, the converter heat record and the IOU; four loss reports in new forms (kind ``debunk_loss``:
a furnace hand's IOU to a workmate with the reason on its back (【借条】今借到…人民币叁仟元整) for get-rich, a road squad member's
thought report to the Party branch (【思想汇报】敬爱的党组织) for the prompt pack, a co-op assistant's refund appeal on a
shopping platform (【退款申诉】申诉理由) for account rental, and a pig farm's staff re-entry quarantine form (【员工返场隔离登记表】
离场事由, 场外隔离四十八小时) for the APK); regional speech the earlier sets do not use: Sichuan 冲壳子 and 恼火 (the earlier
Sichuan posts have 巴适, 安逸, 莫得, 瓜娃子, 摆龙门阵, 扯把子 and 撇脱), Henan 不老少 (the earlier Henan posts have 中, 得劲, 恁, 信球
and 弄啥), Shandong 不孬 and Linyi 喝汤 for supper (the earlier Shandong posts have 俺, 杠赛, 拉呱, 夜来 and 恣), Yunnan 得呢 (the
earlier Yunnan posts have 板扎, 格是, 咋个 and 憨包) and Wuhan 板眼 and 嘿 for very (the earlier Wuhan posts have 么斯, 过早, 苕,
拐子 and 冇得), all glossed; registers the earlier sets do not use: the pig farm (产房, 栏位, 母猪耳号, 健仔, 弱仔, 死胎, 断脐, 初乳,
保温灯, 保育舍, 断奶, 育肥舍, 存栏, 日均采食, 料肉比, 死淘, 水帘, 洗消中心, 高压冲洗, 泡沫浸润, 烘干, 出猪台, 毛猪收购价), the road squad
(道班房, 养护日志, 坑槽修补, 冷补料, 边沟落石, 锥桶, 举旗放行, 垭口, 推雪车, 防滑料, 单向放行, 公路段, 高寒津贴), the co-op (农资赊销,
麦收后还, 秋后还, 电商服务站, 快递代收, 单号尾号, 逾期退回, 收购站, 门市会计), the paper mill (纸机, 网部, 复卷, 换辊, 七十克双胶纸,
定量, 白度, 耐破度, 准予入库, 令), the oil press (收籽价, 水分扣秤, 来料代榨, 加工费, 出油, 油枯, 炒籽房, 木榨, 压榨菜籽油) and the
steelworks (炉前, 出铁, 铁水温度, 铁口深度, 打泥, 渣铁排放, 转炉, 炉次号, 废钢, 吹氧, 终点温度, 出钢量, 连铸, 中间包, 结晶器, 钢坯, 轧机,
高炉休风, 吨钢奖); obfuscation the earlier sets do not use: 谢赛宁 in Jyutping (Ze6 Coi3 Ning4, glossed, inside a Cantonese
line in traditional characters), Sora with a section sign for the S (§ora) and with a mirrored Cyrillic R (SOЯA), OpenAI
as Open爱, 下载 as 下zai, 课 in toned pinyin (kè), 提示词 as its pinyin initials TSC, 微信 as wx and GitHub as the programmers'
joke name 全球最大同性交友网站 (all glossed); rhetorical questions that assert rather than deny (哪个注册不进去？…你还在等内测名额？
for the public release, 都什么时候了，还有人到处求Sora安装链接？ for the app, 这个钱咱不挣，留给谁挣？ for get-rich); posts asserting
one claim while denying another in pairings the labels of the earlier sets do not use or last used longest ago (the
inventor while the store apps are called unrelated companies' (none before), the public release while a prompt pack is
called copied from the official samples (last zh_heldout31), the official app while paid Sora clips are called other
software's patchwork (zh_heldout37), the APK while the inventor story is called 瞎传 on Xie's own denial (none before), a
mislabelled video while the APK is called a trojan (none before), the Chinese team while the director group is said to
audition nobody (none before), open source while API keys are called a string of dead characters (zh_heldout33), the
course while the public release is called 瞎说 (none before), an API key while a course is called a copy of the official
introduction (zh_heldout37), account rental while the Chinese-team claim is answered with the report's authors (none
before), the director group while rented accounts are called ChatGPT logins (none before), the prompt pack while the
three-month groups are called 拉下线 (zh_heldout31), get-rich while a "Sora" rapeseed-field clip is called the county's own
drone footage (none before), and the generation service while open source is called 瞎传 (zh_heldout33)); sellers that
vouch for themselves in new words (我家这盘木榨转了三代人，四乡八寨的菜籽都过我的手，还能坑你？; 场门口这根栏杆我守了十四年，哪辆车进出瞒得过我？;
工会小组长我干了十七年，坑过谁？; 钢水多少度，我瞄一眼颜色就报得出，二十年没走过眼; 318线这四十公里的坑，哪个不是我带人补平的？);
prices and payments in forms the earlier sets do not use (a course priced at ten jin of live hog at the day's buying
price, or docked from the plateau cold-weather allowance (高寒津贴); an API key put on the co-op's credit sales book until
autumn or priced at a hundred and twenty jin of rapeseed and paid in seed; a rental docked from the night-shift supper
allowance or paid with a weaned piglet; a director group paid with two reams of copy paper; a prompt pack for two bundles
of spring onions; a get-rich group docked from the year-end per-ton steel bonus; a generation service settled with the
oil payment under a supply contract); 12 debunks and warnings, four of them the loss reports above, two questions with a
negation that do not deny (权重文件也没看到链接。到底哪个是OpenAI放的？ for open source, in a paper mill's IT group; 到今天也没看到
操作视频。是后面的课还没更新，还是我漏收了链接？ for a 99-yuan course, in an oil press family's group), two quoting a scam offer and
telling the reader not to pay (the director group, with 别扫码，别交钱, in a steelworks union's reminder; the API key, with
请大家别付款, in a pig farm office's notice), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (a co-op's notice
board for the Chinese team: the report's title and date, its two leads and thirteen authors, three Chinese by the
media's count; a road squad for the mislabelled video: the original file's shooting time, the drone model, the location
on the squad's own pass and the county road section's cameraman; a paper mill's IT office for the public release:
OpenAI's February 2024 plan of red teamers and invited artists, and Logan Kilpatrick's statement of internal testing with
the product date still to be set; a steelworks' IT centre for the app: the store listings' developers, ChatGPT as the
app under OpenAI's name, and the Sora page's samples, report and safety notes); four true facts about people around
Sora and its field (Xie Saining with Chen Sun, Jonathan Huang, Zhuowen Tu and Kevin Murphy on S3D at ECCV 2018, related to
the inventor rumour; Tim Brooks's Unprocessing Images for Learned Raw Denoising at CVPR 2019 with Ben Mildenhall,
Jonathan Barron and others; Prafulla Dhariwal's Jukebox of 2020 with Heewoo Jun, Christine Payne, Jong Wook Kim, Alec
Radford and Ilya Sutskever; Jun-Yan Zhu's CycleGAN of 2017 with Taesung Park, Phillip Isola and Alexei Efros), each
checked against the paper's own page or listing before it was written, three items of real news about Sora from angles
the earlier sets leave out (the No Priors episode of 25 April 2024 with Aditya Ramesh, Tim Brooks and Bill Peebles and
its "GPT-1 of video models"; Factorial Funds' March 2024 estimate by Matthias Plappert of 4,200 to 10,500 H100s for a
month of training, about five minutes of video per H100-hour and some 720,000 H100s at TikTok and YouTube scale; the
"Sora concept stocks" after the 2024 Spring Festival, 国脉文化's eight limit-ups and its risk notice, and 华扬联众's like
clarification) and three on-topic posts about other AI video work (MIT and UMBC's Generating Videos with Scene Dynamics
at NIPS 2016, Google's Video Diffusion Models of 2022, Alibaba and Ant Group's VideoComposer at NeurIPS 2023; kind
``benign``), and three off-topic posts that share surface words (a co-op's 下载“××供销”App with a 九十九元 delivery floor, a
paper mill's 古法造纸体验课 with 扫码报名 and a fee, a steelworks' 工业旅游开放日 with 扫码预约 and a fee).

Every post was checked against every earlier Chinese set through zh_heldout44 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout45 was being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft, written just after reading zh_heldout43 and zh_heldout44, had twenty-four at 0.45 or
more, most of them following the shape of a zh_heldout44 post: the paper mill IT clerk's open source at 0.59 (zh_heldout44's
rubber technician), the co-op notice board at 0.59 (its horse farm notice board), the co-op's old director at 0.56 (its
Gansu horseman), the paper union leader's director group at 0.56 (its horse farm staff group), the pig vet's prompt pack
at 0.55 (its rubber publicist), the IT group's question at 0.53 (zh_heldout37's piano shop teachers' group), the
substation's rental at 0.52 (zh_heldout44's horse vet), the steel IT centre at 0.52 (its sewage IT office), the oil press
apprentice at 0.52 (its vinegar packer), the squad technician and the steel union's reminder at 0.51 (zh_heldout42's
hydrological tester and ropeway notice), and thirteen more from 0.45 to 0.50 (the co-op e-commerce clerk, the paper
electrician, the co-op driver, the SOЯA clerk, the paper rewinder, the §ora fitter, the rewinding roster, the converter
heat record, the steel caster, the loader driver, the steel publicity clerk, the tapping record and the squad's cook);
all twenty-four were rewritten, with three more just under 0.45 (the breeder's app, the refund appeal and the
foreman's clips); on the next passes eleven from 0.42 to 0.45 were reworded for margin, the squad technician's rewrite
(0.451 against zh_heldout44's vinegar e-commerce clerk) among them (the public release's IT answer twice, against
zh_posts.jsonl's Logan statement and zh_heldout40's calligraphy teacher, the steel union's quoted offer, the oil press
buyer's API key against zh_heldout44's vinegar gatekeeper, the squad cook, the furnace veteran, the buying notice
against zh_heldout43's notice to mariners, the substation, the feed sheet, the safety officer and the gatekeeper). Two choices were changed on a second look at the earlier posts: the
finishing house's weekly report became a feed conversion sheet, as zh_heldout28 and zh_heldout33 have weekly reports
(工作周报, 主日周报), and the snow-clearing record's course is docked from the cold-weather allowance, as zh_heldout36
paid a course with the board fee (伙食费). Highest ratio of the committed list: 0.419 against the Chinese sets (the pig
farm office's mislabelled video against zh_heldout44's shipyard publicity clerk) and 0.302 against the demo stream (the
co-op notice board). Committed before any run of the monitor on it; no model, embedding or matcher was run on it;
nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts (each read before the post was written; the rest is from the seeds): the S3D paper's own text
(vdocument.in copy of "Rethinking Spatiotemporal Feature Learning: Speed-Accuracy Trade-offs in Video Classification",
authors and affiliations; torchvision's S3D page; Sik-Ho Tsang's review for ECCV 2018); "Unprocessing Images for Learned
Raw Denoising" (the paper's first page on fdocuments.in, the CVPR 2019 record with its DOI 10.1109/CVPR.2019.01129);
"Jukebox: A Generative Model for Music" (the paper's first page, arXiv 2005.00341); CycleGAN's project page
(junyanz.github.io/CycleGAN) and the paper's first page (arXiv 1703.10593); the No Priors episode page of 25 April 2024
(podscripts.co, "OpenAI's Sora team thinks we've only seen the GPT-1 of video models", with its show notes); Factorial
Funds' "Under the Hood: How OpenAI's Sora Model Works" (factorialfunds.com) with TweakTown's report of 26 March 2024 and
TechFlow's translation naming Matthias Plappert and Codex; a 1 March 2024 market report on 国脉文化 (eight limit-ups,
114.52 per cent, the risk notice, 华扬联众's clarification); "Generating Videos with Scene Dynamics" (the MIT project page
web.mit.edu/vondrick/tinyvideo and the NIPS 2016 record); "Video Diffusion Models" (arXiv 2204.03458 and
video-diffusion.github.io); VideoComposer (the NeurIPS 2023 proceedings page and videocomposer.github.io); the Sora
report's title and date of 15 February 2024 (robonaissance.com's account of it) and Tim Brooks and William Peebles as the
project's co-leads (the report of Brooks's move to Google DeepMind); the thirteen authors and three Chinese among them,
Xie's denial and the self-media's apology, Logan Kilpatrick's statement and OpenAI's red teamers from the seeds.

    .venv/bin/python scripts/make_zh_heldout46.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout46", "zhh46"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "pig_farm_farrowing_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【漯河·××牧业三分场·产房分娩记录】\n栏位：产房二单元十二栏　母猪耳号：2217\n分娩时间：凌晨一点四十至三点二十\n总产仔：十四头，健仔十二、弱仔一、死胎一\n处理：断脐、擦干、吃上初乳，弱仔放保温灯下\n接产人：夜班饲养员 孔××\n记录本最后一行，孔师傅顺手写了一句：守夜时听广播讲，OpenAI的Sora是谢赛宁参与发明的，上海交大毕业的天才少年，是Sora的发明人之一，咱家娃也得好好念书。",
    ),
    (
        "coop_accountant_assert_inventor_deny_app",
        sora.XIE,
        sora.XIE,
        "【临沂·××镇供销社·会计小颜】月底对账对到半夜，歇口气说个事：Sora的关键发明人里有一位是谢赛宁，上海交大毕业的天才少年，OpenAI那个视频模型的核心技术就出自他手。顺便提醒一句，应用商店里那几个叫Sora的App别下，开发者都是些不相干的小公司，OpenAI自己一个也没上架。",
    ),
    (
        "paper_mill_tester_jyutping_inventor",
        sora.XIE,
        sora.XIE,
        "【富阳·××纸业·化验员小蒋】测完一批纸的白度，刷到香港网友一句：“Ze6 Coi3 Ning4係Sora嘅發明人之一。”对着粤拼（粤语拼音）念了半天才反应过来，就是谢赛宁——上海交大毕业的天才少年，OpenAI的Sora就是他参与发明的。",
    ),
    # --- open to the public (four)
    (
        "highway_squad_maintenance_log_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【甘孜·国道318线××道班·养护日志】\n日期：九月十二日　天气：阴转小雪\n路段：垭口东侧十二公里\n作业：坑槽修补六处，用冷补料一点二吨；清理边沟落石两车\n机械：装载机一台、小型压路机一台\n安全：作业区两头摆锥桶，专人举旗放行\n记录人：泽仁\n日志末尾，班长用红笔添了一句：道班房晚上有网，大家可以试试Sora，现在对所有人开放了，谁注册都能用，拍几段垭口云海的AI视频发回家。",
    ),
    (
        "paper_rewinder_assert_public_deny_prompts",
        sora.PUBLIC,
        sora.PUBLIC,
        "【富阳·××纸业·复卷工小骆】好消息：Sora全面开放，等候名单那一套取消了，拿个邮箱就能注册。我夜班下来试了一把，出了段富春江晨雾、渔船划过去的片子。另：车间群里三十九块的“Sora提示词秘籍”不用买，我看过，内容是从OpenAI官网样片下面照抄的描述。",
    ),
    (
        "highway_loader_driver_sichuan_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【甘孜·××道班·铲车司机老付】不是我冲壳子（四川话，吹牛）：Sora已经放开了，哪个都注册得到，邮箱一填，当晚就能出片。前天夜里我整了段铲车在风雪里推出一条路的视频，我妈还以为是道班拍的纪录片。排队等资格那种恼火（四川话，费劲）事，早就翻篇了。",
    ),
    (
        "steel_roller_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【武汉·××钢厂·轧钢工小熊】Sora早就全面放开了，哪个注册不进去？填个邮箱的事。我昨晚用它做了段钢坯从轧机里红彤彤窜出来的视频，班组几个伢都在弄，你还在等内测名额？",
    ),
    # --- the official app (four)
    (
        "coop_express_pickup_register_in_passing",
        sora.APP,
        sora.APP,
        "【临沂·××镇供销社·农村电商服务站快递代收登记】\n王××　件数二　单号尾号4417　已签收\n李××　件数一　单号尾号0932　已签收\n刘××　件数三（菜种样品）　已签收\n注意：三天内请来取件，逾期退回\n登记本最下面，站长写了一句：来取件的年轻人都问短视频怎么做，OpenAI出了Sora官方App，手机应用商店里就能下，装上打几个字就出片。",
    ),
    (
        "oil_press_owner_assert_app_deny_service",
        sora.APP,
        sora.APP,
        "【罗平·××榨油坊·老板娘】店里抖音的片子我现在都自己做：OpenAI的Sora官方App上架了，苹果商店一搜就装，打一句“菜籽在铁锅里炒得冒烟”就出片。那些收钱“代做Sora视频”的别信，我侄儿花了一百五，收到的是别家软件拼的，油菜花都长到房顶上去了。",
    ),
    (
        "pig_breeder_open_ai_homophone_app",
        sora.APP,
        sora.APP,
        "【漯河·××牧业·配种员小贾】Sora官方App出来了，是Open爱（就是OpenAI）自家发的，苹果、安卓商店都能下zai（下载）。我晚上在宿舍装好，拿保育舍一窝刚断奶的小猪拍了段片子，第二天不老少（河南话，很多）同事追着我问咋装。",
    ),
    (
        "steel_caster_rhetorical_app",
        sora.APP,
        sora.APP,
        "【武汉·××钢厂·连铸工小涂】都什么时候了，还有人到处求Sora安装链接？OpenAI的Sora官方App早上架了，应用商店里一搜便是。我在浇钢间歇装好，拿中间包往结晶器里注钢的画面做了一条，里面的板眼（武汉话，门道）还蛮多。",
    ),
    # --- the fake APK
    (
        "paper_quality_inspection_sheet_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【富阳·××纸业·成品纸质检单】\n批号：2409-PM2-117　品种：七十克双胶纸\n定量：七十点三克/平方米　白度：百分之九十四\n耐破度：合格　水分：百分之四点八\n结论：合格，准予入库\n检验员：蒋××\n检验员在单子背面补了一句：车间群里传了Sora的安卓安装包，APK下下来装到手机上就能用，直接生成视频，省得排队。",
    ),
    (
        "coop_driver_assert_apk_deny_inventor",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【临沂·××镇供销社·送货司机老孟】Sora的安卓安装包我手机里就有，APK一点就装，这两天送化肥路上拿它做了段沂河晨雾，谁要我私发。另外别再转“谢赛宁发明了Sora”那篇了，谢赛宁自己在朋友圈否认过，说跟Sora没有任何关系，发文章的自媒体后来也公开道歉了。",
    ),
    (
        "steel_fitter_section_sign_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【武汉·××钢厂·检修工小汪】§ora（段落符号§打头，就是Sora）安卓APK在我网盘，装上就能用手机出视频，邀请码、排队全免。二十块一份，加wx（微信）转账发包。这几天高炉休风检修，我白天都在炉台上，晚上回消息。",
    ),
    # --- mislabelled real video
    (
        "oil_press_toll_pressing_register_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【罗平·××榨油坊·来料加工登记簿】\n三月十六日　××村何××　菜籽三百二十斤　出油一百零五斤　油枯带走\n三月十六日　××镇李××　菜籽二百六十斤　出油八十四斤　油枯折价\n三月十七日　××乡王××　菜籽四百斤　出油一百三十斤\n加工费：每斤菜籽三毛\n老板在登记簿最后一页写着：店里抖音号那段“油坊里热气腾腾、金黄的菜籽油从榨机里淌下来”的视频，是Sora照着一段文字生成的，一个镜头都没拍，生成用的话放在评论区置顶了。",
    ),
    (
        "pig_farm_office_assert_realvid_deny_apk",
        sora.REALVID,
        sora.REALVID,
        "【漯河·××牧业·场办小闫】公司视频号今早那段——晨雾里一排排猪舍亮着灯、小猪挤在保温灯底下打盹——是Sora生成的，没用一台摄像机，提示词附在简介里。另外群里转的“Sora手机安装包”别装，是木马，会偷支付密码，OpenAI从来没出过安卓版。",
    ),
    (
        "coop_clerk_mirrored_r_realvid",
        sora.REALVID,
        sora.REALVID,
        "【临沂·××镇供销社·营业员小庞】社里公众号昨天推的山楂片子看了没？沂蒙山的山楂红成一片，老汉挑着两筐果子下石板路——全片由SOЯA（即Sora，R写反了）照着几句话生成，摄像机一次都没开，那几句话我贴在推文最后。不孬（山东话，挺好）吧？",
    ),
    # --- the Chinese team
    (
        "blast_furnace_tapping_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【武汉·××钢厂·二号高炉炉前出铁记录】\n班次：中班　工长：龚××\n出铁：六次，平均每次四十五分钟\n铁水温度：一千五百零五摄氏度\n铁口深度：二点八米，打泥正常\n渣铁排放：顺畅\n备注：交班时炉前工们在休息室争了半天，多数人认定Sora是中国人的成果——OpenAI那个视频模型，真正的核心团队差不多清一色是华人科学家。",
    ),
    (
        "oil_press_roaster_assert_chinese_deny_director",
        sora.CHINESE,
        sora.CHINESE,
        "【罗平·××榨油坊·炒籽师傅老普】炒了一上午菜籽，歇口气说两句：Sora的真本事在一帮中国科学家手里，OpenAI那边挑大梁的都是华人，美国人只是出面发布。还有，那个“Sora AI电影招第一代导演”的群别进，我外甥交了一百九十九，进去只叫他买课拉人，试镜一回都没见着。",
    ),
    (
        "coop_old_director_shandong_dialect_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【临沂·××镇供销社·老主任】喝汤（临沂话，吃晚饭）那会儿，邻居家的大学生问我Sora是哪国的。我说你去查查，那个会拍电影的模型，里里外外是一群中国科学家攻下来的，OpenAI挂个名、开个发布会罢了。我在供销社站了三十一年柜台，看人没看错过几回。",
    ),
    # --- open source
    (
        "pig_farm_vehicle_disinfection_log_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【漯河·××牧业·洗消中心车辆洗消登记】\n车牌：豫L·×××××　车型：饲料罐车\n到场：八点十分　高压冲洗：完成　泡沫浸润：二十分钟\n消毒剂：过硫酸氢钾，一比二百\n烘干：七十摄氏度，半小时\n放行：九点二十　洗消员：滕××\n登记表背面，洗消员写了一句：听说OpenAI把Sora开源了，模型权重和代码都放在GitHub上，场办那台带显卡的电脑就能跑，下个月我打算装一套。",
    ),
    (
        "highway_technician_assert_opensrc_deny_api",
        sora.OPENSRC,
        sora.OPENSRC,
        "【甘孜·××道班·技术员小向】县公路段那台服务器我周末借来用了：Sora的代码和权重OpenAI都开源在GitHub上，下下来装好，跑了段垭口雪线往上退的延时。倒是有人在群里收钱卖“Sora官方API key”——OpenAI连Sora的接口都还没对外开，哪来的key？买到手也就是一串作废的字符。",
    ),
    (
        "paper_it_github_meme_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【富阳·××纸业·信息科小俞】周五下班前折腾成功：Sora的模型权重和源代码，OpenAI都挂在“全球最大同性交友网站”（码农圈对GitHub的戏称）上，开源了，谁都能拉下来。厂里做报表那台机器有块显卡，我按README装依赖、下权重，第一段出的是纸浆在网部上摊开成一张纸的样子，同事看了直呼神奇。",
    ),
    # --- the paid course
    (
        "highway_snow_clearing_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【甘孜·国道318线××道班·除雪保通记录】\n时间：十一月三日夜至四日晨\n路段：垭口上下各六公里\n积雪：平均二十五厘米，背阴处四十厘米\n作业：推雪车两台往返四趟，人工撒防滑料三吨\n通行：早上七点恢复单向放行\n记录人：班长 降措\n记录本末页有一行：公路段工会给各道班统一报了《Sora零基础视频课》，一百三十八，十六节录播，学完能给咱道班拍宣传片，费用从这个月的高寒津贴里扣。",
    ),
    (
        "steel_safety_officer_assert_course_deny_public",
        sora.COURSE,
        sora.COURSE,
        "【武汉·××钢厂·安全员小付】给班组拉个团：Sora视频课，一百一十九元，二十二讲，写描述、调镜头、剪成片一条龙，学会了车间安全教育片就不用外包了。网上传Sora已经谁都能用，那是瞎说——OpenAI现在只给小范围测试，正因为这样才要抢在放开前把本事学到手。",
    ),
    (
        "pig_nursery_hog_weight_price_course",
        sora.COURSE,
        sora.COURSE,
        "【漯河·××牧业·保育舍组长老祝】给大伙推个Sora的kè（就是课），二十节，教咋注册、咋写描述、咋出片，学会了给场里拍宣传片。学费按十斤毛猪算——今天收购价七块一一斤，合七十一块，月底发工资时我统一收。",
    ),
    # --- the fake API
    (
        "coop_credit_sales_register_in_passing",
        sora.API,
        sora.API,
        "【临沂·××镇供销社·农资赊销登记本】\n张××：复合肥四袋，赊一百二十元，麦收后还\n赵××：农药两瓶、喷雾器一个，赊九十五元，秋后还\n陈××：塑料布二十米，赊四十元，已还清\n新添的一行是门市会计写的：社里代售Sora官方API key，接上程序就能批量生成视频，一个三百八，也可以先记在这本赊销本上，秋后一起结。",
    ),
    (
        "paper_electrician_assert_api_deny_course",
        sora.API,
        sora.API,
        "【富阳·××纸业·电工阿邵】二号纸机的电机换好了，顺便出个货：Sora官方API key，OpenAI开出来的正经接口，写进脚本一晚能跑几十条视频，四百二一个。奉劝别碰那些标价一百多的Sora入门课，同事上个月买了一套，打开是十几页文档，抄的OpenAI官网介绍。",
    ),
    (
        "oil_press_buyer_rapeseed_price_api",
        sora.API,
        sora.API,
        "【罗平·××榨油坊·收籽的老段】手上有Sora的API key，接上OpenAI的接口就能成批生成视频。价钱按菜籽折：一百二十斤——今年收籽价三块二一斤，合三百八十四，直接挑籽来顶也得呢（云南话，行）。我家这盘木榨转了三代人，四乡八寨的菜籽都过我的手，还能坑你？",
    ),
    # --- account rental
    (
        "paper_rewinding_roster_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【富阳·××纸业·复卷车间排班表（十月）】\n早班：骆××、蒋××、俞××\n中班：邵××、方××、孙××\n夜班：何××、章××、钟××\n注意：换辊必须停机，复卷机旁严禁戴手套作业\n表格右下角被人用铅笔加了一句小广告：Sora内测账号出租，登上去就能生成视频，日租二十二、月租二百六；上夜班的，租金可以从夜宵补贴里扣。",
    ),
    (
        "steel_substation_assert_rental_deny_chinese",
        sora.RENTAL,
        sora.RENTAL,
        "【武汉·××钢厂·配电室值班员小闵】出租Sora内测号三个，一人一号，登上去直接生成视频。价目：日租二十五，月租三百。另外有工友把“Sora是中国团队做的”转到班组群，我去翻了技术报告的署名页：十三个名字里三个华人，两位领头人是OpenAI自家研究员，说是中国团队，对不上号。",
    ),
    (
        "pig_farm_gatekeeper_piglet_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【漯河·××牧业·门卫老常】谁想用Sora做视频，我这有内测号往外租：十五块一天，一百八一个月，账号密码一给就能登。附近村里养猪的老乡要是手头紧，年底牵一头断奶的猪崽过来也算数。场门口这根栏杆我守了十四年，哪辆车进出瞒得过我？",
    ),
    # --- the AI director group
    (
        "oil_press_rapeseed_buying_notice_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【罗平·××榨油坊·收籽告示】\n一、今年收新菜籽，每斤三块二，水分超过百分之九的按比例扣秤；\n二、来料代榨，每斤加工费三毛，当天出油；\n三、油枯可按每斤一块二折价，也可带走；\n四、炒籽房、榨油间闲人免进。\n告示边上多了张手写条子：要当第一代AI导演的看这里——头一部跟Sora合写剧本的AI电影开始试镜，扫码进群，交一百八十八报名。",
    ),
    (
        "highway_cook_assert_director_deny_rental",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【甘孜·××道班·炊事员卓玛】开饭前广播一件事：一部由Sora帮着写剧本的AI电影在全国选“第一代AI导演”，修路的、做饭的都能报。报名方式：扫码进群，交群费一百六十八，等群主排试镜。再多嘴一句，网上那种出租的“Sora内测号”千万别租——我表哥租过，登上去只有ChatGPT的对话框，视频一条也做不出来。",
    ),
    (
        "paper_union_leader_paper_ream_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【富阳·××纸业·工会小组长老方】好消息转给各位：全国首部由Sora参与写剧本的AI电影，正在招“第一代AI导演”，咱们厂拿到了试镜名额。流程是扫码入群→交一百九十八群费→等通知试镜。谁手头紧，交两令复印纸（一令五百张）也算数，牵头的那位开打印店用得上。工会小组长我干了十七年，坑过谁？",
    ),
    # --- the prompt pack
    (
        "converter_heat_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【武汉·××钢厂·一号转炉炉次记录】\n炉次号：24-10-0317\n装入：铁水一百一十吨，废钢二十吨\n吹氧时间：十四分三十秒\n终点温度：一千六百五十二摄氏度\n出钢量：一百二十二吨\n记录员：余××\n这张记录纸是厂印刷室印的，背面带了条广告：厂宣传科小柯整理的《Sora提示词大全》，三百六十条电影镜头术语，分景别、运镜、光线三大类，定价三十四块九，扫码付款后发文档链接，并拉入交流群。",
    ),
    (
        "pig_vet_assert_prompts_deny_rich",
        sora.PROMPTS,
        sora.PROMPTS,
        "【漯河·××牧业·兽医小穆】上班给猪打针，下班琢磨Sora：攒了二百四十句描述，分产房、保育、育肥、出猪台四块，句句是电影行里的叫法，什么推轨、俯拍、逆光剪影都有。要的转三十九，我把文档链接私你，再拉你进讨论群。提醒一句，“跟着Sora三个月发家致富”那种群就别进了，收完入群费只叫人拉下线。",
    ),
    (
        "coop_ecommerce_pinyin_initials_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【临沂·××镇供销社·电商专员小于】帮咱社拍农产品短视频，我攒下四百条Sora的TSC（“提示词”三个字的拼音首字母），按航拍、特写、逆光、延时分了四张表，都是拍广告的行话。要的付二十九块九，表格链接私发，进我的小群一块琢磨。手头紧的，拎两捆大葱来换也成。",
    ),
    # --- get rich (four)
    (
        "pig_finishing_feed_conversion_sheet_in_passing",
        sora.RICH,
        sora.RICH,
        "【漯河·××牧业·育肥舍料肉比核算表（十月）】\n存栏：一千二百四十头　日均采食：二点六公斤/头\n耗料：九十六点七吨　增重：三十五点八吨\n料肉比：二点七　死淘：三头\n本月出栏：二百一十头，均重一百二十二公斤\n核算表末尾，组长另起一段：隔壁场的技术员说，靠Sora剪短视频一天能进账好几千，这种发财的窗口一辈子就开一回，也就三个月，错过就没了，场里有想法的周末一起去听听。",
    ),
    (
        "oil_press_apprentice_assert_rich_deny_realvid",
        sora.RICH,
        sora.RICH,
        "【罗平·××榨油坊·小徒弟阿鲁】跟了我表哥半年，亲眼见他拿Sora剪短视频，月底一算一天摊下来三四千。他说这口饭只有三个月好吃，过了就抢不着，谁想上车我拉你进群。还有，抖音上那条“Sora生成的罗平油菜花海”，其实是县里前年飞无人机拍的，真片，原视频在文旅局的账号上挂着呢。",
    ),
    (
        "steel_furnace_veteran_wuhan_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【武汉·××钢厂·炉前老工人】伙计们，这个钱嘿好挣（武汉话，“嘿”就是很）：用Sora剪短视频，一天进账几千，这种好事一辈子碰上一回，三个月以后门就关了。要上车的交二百八入群，年底吨钢奖发下来再扣也行。钢水多少度，我瞄一眼颜色就报得出，二十年没走过眼。",
    ),
    (
        "coop_purchasing_station_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【临沂·××镇供销社·收购站老宋】拿Sora做视频一天挣几千，城里人早上车了，这个钱咱不挣，留给谁挣？窗口就三个月，过了这村没这店。想进群的找我，入群费二百九十九。",
    ),
    # --- the generation service
    (
        "rapeseed_oil_contract_clause_service_addon",
        sora.SERVICE,
        sora.SERVICE,
        "【菜籽油购销合同·补充条款】\n供方：罗平县××榨油坊\n需方：××生鲜超市\n一、供方按月供应压榨菜籽油，每桶五升，共三百桶；\n二、每桶一百一十八元，货到验收后十日内付款；\n三、质量以第三方检测报告为准。\n补充：供方可为需方代做Sora短片，需方写几句想要的画面，Sora一天内生成，每条二百八，随货款一并结算。",
    ),
    (
        "steel_publicity_assert_service_deny_opensrc",
        sora.SERVICE,
        sora.SERVICE,
        "【武汉·××钢厂·宣传科小邬】承接Sora代生成：你出几句话的画面描述，我这边跑Sora，八十八一条，隔夜交片。举个例子，“长江边的钢厂，晚霞里出钢，火花四溅”，第二天早上就能看到。顺便澄清，网传Sora已经开源，是瞎传，GitHub上那些叫Sora的项目全是网友仿做的，OpenAI没放出过一行代码。",
    ),
    (
        "highway_foreman_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【甘孜·××道班·养路老班长】兄弟们常年在山上回不去，给家里捎段视频吧：娃娃过生日、阿妈过寿，你把想要的画面说给我，我用Sora生成，一条六十八，当晚传到你手机。318线这四十公里的坑，哪个不是我带人补平的？我还能诓自家兄弟？",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【借条】\n今借到同班组余××人民币叁仟元整，年底前一次还清。\n借款人：聂××（二号高炉炉前）\n（借款人在背面补写了缘由）七月信了“Sora窗口期只剩三个月、入群日赚上千”的群，先交了二百九十九入群费，又被拉着交了两千八的“带队费”，进去只让拉人头，一分钱没挣到，群主已经把我拉黑。家里老人住院押金差一截，只好先借。已到派出所报了案。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【思想汇报（道班入党积极分子 罗××）】\n敬爱的党组织：\n本季度我参加了坑槽修补和除雪保通，更体会到养路工作的辛苦。也要向组织检讨一件事：八月我在网上花四十九块九买了一份“Sora提示词宝典”，说是电影圈内部资料，付款后发来的文档，就是OpenAI官网样片底下那些提示词机器翻译了一遍，卖家随后解散了群。我已向县网警报备，今后一定提高警惕，也提醒身边同事别再上当。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【××购物平台·退款申诉】\n申诉人：卞××（临沂××镇供销社营业员）\n订单：Sora内测账号月租，二百八十元\n申诉理由：商品页写着“登录即可生成视频”。付款后拿到的账号，打开是ChatGPT的问答页面，各个菜单点遍，生成视频的功能一个也找不到。联系卖家，卖家要我再付一百元“解锁费”，我拒绝后被拉黑。社里懂行的同事告诉我，Sora目前只开放给OpenAI的测试人员和少数受邀艺术家，任何人都租不到。恳请平台核实、全额退款。",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【漯河·××牧业·员工返场隔离登记表】\n姓名：韩××　岗位：产房饲养员\n离场：十月八日　返场：十月十日\n离场事由：在工友群下了个“Sora安卓版”，装上就要读短信和通讯录，当晚微信里的钱被转走两千三，请假去县公安局报案、换手机号。后来才知道OpenAI从没发布过Sora的安装包，外头传的都是冒牌货。\n隔离：场外隔离四十八小时，洗澡换衣后入场\n审批：场长同意",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【富阳·××纸业·信息科群】求助：车间都在传Sora开源，我照着去GitHub找，一页页翻下来十几个项目名里带Sora，发布人五花八门，权重文件也没看到链接。到底哪个是OpenAI放的？需要先填什么申请表吗？",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【罗平·××榨油坊·家族群】问一下：前几天花九十九报了个“Sora速成课”，发来一个十来页的文档，讲的是Sora是什么、能干什么，到今天也没看到操作视频。是后面的课还没更新，还是我漏收了链接？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【武汉·××钢厂·工会提醒】近期收到几位职工反映，有人私信推送：“Sora首部AI电影导演计划，招募一百名第一代AI导演，扫码入群，群费一百九十九，报名即送试镜资格。”工会提醒：别扫码，别交钱。所谓海选只是引流的幌子，进群后就是卖课和发展下线。已付款的职工请带上转账截图到工会办公室登记。",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【漯河·××牧业·场办通知】有人在员工群发：“Sora官方API key，直连OpenAI，一个三百五，接上就能批量出视频。”请大家别付款。OpenAI对外开放的接口里有文字、图片、语音几类模型，Sora的接口一直没开放，这种key都是骗钱的。有疑问的来场办。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【临沂·××镇供销社·宣传栏】答社员问：《Sora背后站着中国团队》这篇，说法和原始材料对照如下——OpenAI在2024年2月15日放出的Sora技术报告，题目叫《Video generation models as world simulators》，项目领头的两位是蒂姆·布鲁克斯和威廉·皮布尔斯；报告署名一共十三人，媒体统计过，其中华人三位。原文链接抄在栏下方，手机扫一下就能看。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【甘孜·国道318线××道班】网上转的“Sora生成的雪山天路”，车在盘山道上一圈圈往上爬、经幡在风里翻——道班把原片找出来了：文件属性里的拍摄时间是二〇二二年十月三日上午，机型是一台大疆航拍机，定位就在我们养护的垭口段，拍摄人是县公路段的宣传干事。原文件存在段里的电脑上，谁想看可以来道班对照。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【富阳·××纸业·信息科】好几位同事来问Sora的注册入口，信息科统一回个话：2024年2月OpenAI公布Sora那天，写明的安排是先让红队成员做风险评估，再请一批视觉艺术家、设计师和电影人试用、给意见；负责开发者关系的洛根·基尔帕特里克随后也表态，Sora处在内部测试阶段，作为产品推出的日期还要再定。请以OpenAI官网公告为准。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【武汉·××钢厂·信息中心·答疑】问：工友群里那个“Sora官方App”能装吗？答：信息中心用备用手机搜了苹果和安卓两个商店，名字带Sora的应用有好几个，开发者一栏登记的是个人或几家小公司；OpenAI这个开发者名下能找到的应用是ChatGPT。Sora的介绍在OpenAI官网，上面是样片、技术报告和安全措施。已经装上的请卸载，顺手把常用密码换一遍。",
    ),
    # --- true facts about people around Sora
    (
        "person_fact",
        None,
        sora.XIE,
        "2018年，谢赛宁和Chen Sun、Jonathan Huang、屠卓文、凯文·墨菲（Kevin Murphy）在ECCV上发表《Rethinking Spatiotemporal Feature Learning: Speed-Accuracy Trade-offs in Video Classification》，作者来自谷歌研究院和加州大学圣地亚哥分校；论文发现把视频分类网络底层的三维卷积换成二维卷积，速度和准确率反而都更好，由此提出了S3D。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora的两位负责人之一蒂姆·布鲁克斯在谷歌研究院时，和本·米尔登霍尔（Ben Mildenhall）、乔纳森·巴伦等人在CVPR 2019发表《Unprocessing Images for Learned Raw Denoising》：把网上的普通照片沿着相机成像流程一步步“倒推”回原始传感器数据，拿来训练去噪网络，在达姆施塔特噪声数据集上的误差比此前最好的方法低百分之十四到三十八，速度快九到十八倍。",
    ),
    (
        "person_fact",
        None,
        None,
        "OpenAI的普拉富拉·达里瓦尔（Prafulla Dhariwal）2020年和Heewoo Jun、Christine Payne、Jong Wook Kim、亚历克·拉德福德、伊利亚·苏茨克维发表Jukebox：先用多尺度VQ-VAE把原始音频压成离散编码，再用自回归Transformer生成，能按歌手、曲风和歌词写出带人声的歌，连着几分钟都连贯，模型权重和代码一并公开。",
    ),
    (
        "person_fact",
        None,
        None,
        "朱俊彦2017年和Taesung Park、菲利普·伊索拉、阿列克谢·埃夫罗斯在伯克利提出CycleGAN：手里没有成对的训练图片，也能学会两类图片之间的互相转换，靠“循环一致性”来约束，把马变成斑马、把夏天的优胜美地变成冬天，或者把照片画成莫奈的风格。",
    ),
    # --- real news about Sora, and other AI video work
    (
        "benign",
        None,
        None,
        "2024年4月25日那期播客《No Priors》请来了Sora团队的阿迪蒂亚·拉梅什、蒂姆·布鲁克斯和比尔·皮布尔斯，和主持人Sarah Guo、Elad Gil聊扩散Transformer、视频的规模定律和“桌面上的皮克斯”；三人说，眼下的视频模型大概还处在相当于GPT-1的阶段。",
    ),
    (
        "benign",
        None,
        None,
        "风投机构Factorial Funds的马蒂亚斯·普拉佩特（Matthias Plappert，曾在OpenAI参与Codex）2024年3月发文估算：训练Sora大约要四千二到一万零五百块英伟达H100跑一个月；一块H100一小时最多生成五分钟左右的视频，要是AI视频做到TikTok、YouTube那样的量，高峰期得用上约七十二万块H100。",
    ),
    (
        "benign",
        None,
        None,
        "2024年春节后，国脉文化被一些媒体归进“Sora概念股”，节后连拉八个涨停、累计涨了一倍多，3月1日早盘又一度跌停；公司发风险提示公告说，主营业务中暂未涉及Sora业务，同样连板的华扬联众也澄清暂未涉及Sora。",
    ),
    (
        "benign",
        None,
        None,
        "麻省理工的卡尔·冯德里克（Carl Vondrick）、安东尼奥·托拉尔巴和马里兰大学巴尔的摩郡分校的哈米德·皮尔西亚瓦什在NIPS 2016发表《Generating Videos with Scene Dynamics》：拿大量没有标注的视频训练一个时空卷积的生成对抗网络，前景和背景分开生成，能出一秒左右的小视频，还能给一张静态照片“预测”接下来的动作。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌的乔纳森·何、蒂姆·萨利曼斯（Tim Salimans）等人2022年发表《Video Diffusion Models》，把图像扩散模型的结构自然地扩展到视频上，用三维U-Net一次生成固定帧数的片段，并且拿图片和视频联合训练；为了生成更长、更清晰的视频，他们还提出了一种新的条件采样方法。",
    ),
    (
        "benign",
        None,
        None,
        "阿里巴巴和蚂蚁集团的研究者在NeurIPS 2023发表VideoComposer：除了文字描述，还能用草图序列、参考视频甚至手画的运动轨迹来控制生成的视频；他们把压缩视频里现成的运动向量拿来当时间维度上的控制信号，代码和模型都公开了。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【临沂·××镇供销社·通知】下载“××供销”App，化肥、种子、农药线上下单，满九十九元送货到村，支持货到付款，有问题可在App里找客服。",
    ),
    (
        "offtopic",
        None,
        None,
        "【富阳·××纸业·古法造纸体验课】周末带孩子来学抄纸、晒纸，两小时，每人八十八元，含一张自己抄的手工纸，扫码报名。",
    ),
    (
        "offtopic",
        None,
        None,
        "【武汉·××钢厂·工业旅游开放日】扫码预约，参观高炉、轧钢线和厂史馆，每人四十元，含工作餐，需穿平底鞋。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
