# ruff: noqa: E501
"""Write tests/data/zh_heldout65_{posts,qrels,labels}: a sixty-fifth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the fake APK, account rental and the
generation service, three for each other template: counted from the qrels of zh_heldout2 to zh_heldout64, the APK and
account rental last had four in zh_heldout60, the longest ago, zh_heldout60's third four, get-rich, having had four
again in zh_heldout64; of zh_heldout61's three, the public release and the generation service both had four in
zh_heldout56 before that and the official app in zh_heldout57, and before that the generation service in zh_heldout51
and the public release in zh_heldout52, so the generation service takes the third four; zh_heldout66, written at the
same time, takes the public release, the official app and the paid course), as a Sora rumour / scam wave reads in the
genres of a greenhouse vegetable co-operative (寿光·××蔬菜大棚合作社: 冬暖式大棚, 保温被、卷帘, 放风口, 彩椒结果期, 吊蔓、打杈, 滴灌、随水冲施钾肥, 农残速测卡、抑制率,
菜博会), a hairy-crab farm (阳澄湖·××大闸蟹养殖场: 东湖区围网, 伊乐藻, 玉米粒、小杂鱼投喂, 地笼开捕, 分公母、公四两母三两, 清水网箱吐泥, 草绳捆蟹, 防伪蟹扣, 四公四母礼盒, 蟹卡), a
fragrant-pear co-operative (库尔勒·××香梨合作社: 孔雀河, 盛花期, 砀山酥梨花粉人工点授, 气调库, 脱萼果, 网套, 广州江南市场), a dendrobium farm (霍山·××石斛基地:
米斛, 后山崖壁仿野生贴石栽培, 苔藓、棉线, 雾化喷头, 枫斗: 剪叶去须、炭火烘软、绕成弹簧状、缠纸定型), a zhacai plant (涪陵·××榨菜厂: 青菜头划块穿串, 江边菜架风脱水, 下架过秤, 入池下头道盐, 起池,
削老皮飞皮、剪菜匙、抽筋, 淘洗, 辣椒面花椒面拌料, 陶坛装坛封泥) and a folding-fan factory (杭州·××扇厂: 十六档黑纸扇, 劈条烘干, 砂轮去棱, 木贼草擦亮, 铜扇钉, 十八档绢面折扇,
折褶、穿面、边骨上胶).

Of the six worlds first asked for, four were kept and two were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The Anxi Tieguanyin tea works
(安溪·铁观音茶厂): 安溪 and 铁观音 occur nowhere, but tea is zh_heldout36's world (a Xishuangbanna 茶厂, 乌龙 in zh_heldout27's
posts), the reason zh_heldout53 replaced a tea factory, zh_heldout62 its Pu'er and zh_heldout63 its Fuding white tea,
so it goes the same way. The Chengdu Shu-brocade workshop (成都·蜀锦作坊): 蜀锦 occurs nowhere and 成都 only as a city, but
brocade is silk woven on a jacquard loom, zh_heldout49's Shengze silk mill (剑杆织机, 真丝电力纺) beside zh_heldout41's 提花,
from which zh_heldout63 had to keep its necktie posts (锦 occurs as zh_heldout58's 锦旗, zh_heldout61's 锦纶 and gift
boxes' 锦盒). The greenhouse co-operative stays: 寿光, 彩椒, 保温被, 卷帘 and 滴灌 occur nowhere; 大棚 only in zh_heldout47's Shuyang
nursery (沭阳·苗圃, a cutting-taker who steps out of the stuffy 大棚), 黄瓜 and 西红柿 only on zh_heldout37's price list and 番茄
in passing, and the English greenhouses are hard_en_heldout39's Lochristi flower houses and one in passing in
hard_en_heldout36; so the vegetable posts grow peppers and have none of 苗圃, 扦插, 黄瓜, 番茄 or 西红柿. The crab farm stays:
阳澄湖, 大闸蟹, 围网, 地笼, 蟹扣 and 蟹卡 occur nowhere, 蟹 only as the homophone 蟹赛宁 (zh_heldout48 and the lists of 49 to 59) and
crabs in English only on fishmongers' boards; its nearest neighbour is zh_heldout48's Honghu fish-fry hatchery
(洪湖·鱼苗场), so the crab posts keep to the lake's pens and net cages with none of 塘 or 鱼苗. The pear co-operative stays:
库尔勒, 香梨, 孔雀河, 授粉, 气调 and 萼 occur nowhere, 梨 only in zh_heldout27's and 30's posts in passing and zh_heldout64's 梨木
blocks; beside zh_heldout61's goji grading and zh_heldout64's chestnut grading, the pear posts pollinate and store,
with none of 晒, 筛 or 粒. The dendrobium farm stays: 霍山, 石斛, 米斛 and 枫斗 occur nowhere (铁皮 only as zh_heldout31's tin
kiosk); it is the third medicinal crop in three rounds after zh_heldout63's moxa and zh_heldout64's sanqi, so its
posts plant on a cliff and twist 枫斗, with none of 荫棚, 采挖, 剪口, 头数, 阴干, 碾 or 大棚. Two trades took the other places, each
in the town known for it and checked the same way: 涪陵, 榨菜 (its one hit, zh_heldout46's 压榨菜籽油, is rapeseed oil), 青菜头,
菜匙, 装坛 and 泡菜 occur nowhere (咸菜 once in zh_heldout39), and 折扇, 扇骨, 扇面 and 扇子 occur nowhere in Chinese, no English set
has a fan maker ("fan" is an admirer or an electric fan, and "sensu" occurs only inside "consensual") or a pickle
plant (pickles only on plates). The nearest neighbours are kept at a distance: zh_heldout62's kelp salting (腌渍, 拌盐,
卤), zh_heldout54's ham (上盐) and zh_heldout44's vinegar, where the zhacai posts dry in the wind, salt in a pool, trim
and jar with none of 腌, 卤, 拌盐 or 醋; and zh_heldout60's gilding and figure painting, zh_heldout62's inside painting,
zh_heldout63's carving, zh_heldout48's bamboo weaving (篾) and zh_heldout57's chopsticks (毛竹), where the fan posts
polish ribs, fold and mount leaves with none of 描金, 开相, 内画, 雕, 篾, 毛竹 or 漆 (杭州 was zh_heldout45's botanical garden, a
different trade). Others were thought of and dropped: Zigong lanterns (an English set's Yamaga lantern makers,
zh_heldout51's Guzhen lighting), Boshan glass (an English stained-glass studio, zh_heldout62's inside painting),
Pixian bean paste (郫 is in zh_heldout56's hotpot works), Maotai baijiu (zh_heldout36), Xianju bayberries (a second
fruit co-operative), Zhangzhou narcissus (zh_heldout53's town), Xuan paper (set aside by zh_heldout55), Xuchang wigs
(zh_heldout51), Danyang spectacles (zh_heldout38 and 51), Yiwu straws (zh_heldout58's town) and Zigong salt
(zh_heldout42's salt works). None of the settings is among those given to the writers working at the same time
(zh_heldout66's 常州木梳作坊, 桂林腐竹厂, 内蒙古牛肉干厂, 江西茶油坊, 曹县汉服加工厂 and 赣南脐橙合作社; hard_en_heldout71's cross-country ski clubs,
kombucha brewers, kendo clubs and harpists; hard_en_heldout72's maple-syrup producers, bouldering gyms, wasabi growers
and sugarcane growers): no post has 木梳, 腐竹, 牛肉干, 茶油, 汉服, 脐橙, kombucha, kendo, harp, maple, wasabi or sugarcane (zhacai
and wasabi are both pungent brassicas, a distant pair across the two languages, and the fan ribs and 常州's combs both
small wooden crafts, noted for the lead). Before the commit the other branches' scripts in progress were searched for
this set's worlds, obfuscations, dialect words, papers and news (none found; zh_heldout66's in-progress script has a
Yiwu straw factory and a Minquan freezer plant of its own), and this set's posts were compared with zh_heldout66's in
progress: its first highest pairs were this set's open-source question (0.52, against its freezer plant's group chat),
get-rich warning (0.50), Chinese-team facts (0.48) and inventor timeline (0.43), all rewritten in other forms (a
four-gigabyte archive, a reply to one worker, a study-tour handbook, a fact-check card); then 0.41, a greenhouse
record against its freezer test record; the lead checks the committed scripts against each other.

The posts: a catch-and-sorting record with the inventor rumour at its foot (【开捕分拣记录】公四两母三两), a fan factory's export
clerk reading the name in Vietnamese, an old zhacai drier in Chongqing speech; a pollination log with the Chinese-team
claim in its footer (【人工授粉记录】砀山酥梨花粉), a dendrobium technician, a greenhouse co-operative's director; an unloading log
with the API key on its footer (【下架过秤记录】), a crab farm's shop assistant, a zhacai e-commerce hand; a greenhouse patrol
record with the public release on its back (【大棚巡查记录】保温被), a fan e-commerce hand, a zhacai office clerk; a
rib-polishing log with the official app under it (【扇骨打磨记录】木贼草), a greenhouse information officer, a pear grower's wife
in Xinjiang speech; a fengdou record with the APK on its last page (【枫斗加工记录】), a greenhouse e-commerce hand with the
installer disguised, an old crab farmer's rhetorical question, an old zhacai trimmer; a pen patrol record with the
mislabelled video at its end (【围网巡查记录】伊乐藻), a dendrobium publicity officer, a fan factory's commentary at a trade
fair; a storage record with open source beside the signature (【气调库出库记录】脱萼果), an old fan maker in Hangzhou speech, a
dendrobium farm's group chat; a trimming record with the course timetable on the workbench (【修剪抽筋记录】菜匙), an old crab
sorter, a dendrobium picker; a leaf-mounting record with account rental on a sticky note (【上扇面记录】), a zhacai mixer
renting an account in disguise, a greenhouse hand's rhetorical question, a crab shipper; a residue-test record with
the director group on a leaflet under its glass (【农残检测记录】速测卡), a pear co-operative accountant's Moments, a dendrobium
packing room's sign-up chain; a cliff-planting record with the prompt pack drafted on its last page (【仿野生贴石栽培记录】), a
pear shop's listing, an old greenhouse technician; a mixing-and-jarring record with get-rich under its register
(【拌料装坛记录】陶坛封泥), a fan packer's rhetorical question, a crab net-cage hand in Suzhou speech; a tying and dispatch record
with the generation service printed on its back (【捆扎发货记录】防伪蟹扣), a greenhouse e-commerce hand, an old fan-rib maker and
a pear grower's Moments. Platform-native forms the earlier sets do not use (each grepped in every Chinese post): the
fourteen records above, a night-shift team log (夜班班组日志), a co-operative office's telephone log (办公室电话记录), a wall
newspaper's anti-fraud corner in questions and answers (墙报“防骗角”), a legal night school's lecture notes (法治夜校听课笔记), a
publicity office's fact-check card (宣传科“核一核”), a crab voucher's redemption notes (蟹卡背面的提货说明) and a trade-fair
commentary (展会解说词); the sign-up chain (接龙, zh_heldout13 to 36), the shop listing (上新) and the study-tour handbook (研学,
zh_heldout35) are earlier forms, in new trades here. Four loss reports (kind ``debunk_loss``), for the four scams
whose loss reports are longest ago (the APK, account rental, the prompt pack and the course, all last in
zh_heldout62): the crab farm's night-shift log for the APK (SMS, contacts and accessibility rights granted, 3,200 yuan
taken from a bank card in three transfers, two loan apps found on the phone); the pear co-operative's telephone log
for account rental (280 yuan a month, the password changed on the fourth day, 160 more for a "new account", 440 in
all); the greenhouse wall newspaper for the prompt pack (69 yuan and 169 more for a "至尊版", the first forty-eight
entries OpenAI's sample captions machine-translated and the rest reshuffled from them, the group gone); and the legal
night school's notes for the course (99 yuan for a translated introduction ending in "给自己一个机会", then 1,380 for a
"进阶私教班", 1,479 in all).

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script:
Chongqing 惊叫唤 (to make a fuss), Xinjiang 巴郎子 (a boy, a son), Hangzhou 杭儿风 (a craze everyone follows) and Suzhou 拎勿清
(muddled); found used when thought of: 巴适, 莫得, 耙耳朵, 雄起, 摆龙门阵, 撇脱, 扯把子, 冲壳子 and 凶得 for Chongqing, 麻达 and 丫头子 for
Xinjiang, 毛估估, 来三 and 嗲 for Hangzhou, 一塌刮子 for Suzhou. Obfuscation of kinds no earlier set used, all glossed in the
post and none a homophone (none of the fiftieth to sixty-fourth sets' homophones, 卸赛宁 to 内厕号, nor their 谢sai宁, 安装📦,
內測號, Thank Race Calm, インストーラー, 内测#, 谢寨宁, 女装包, 因斯托勒, β号, the dictated 谢赛宁, Android Package Kit or 内测浩, is reused): 谢赛宁
in its Sino-Vietnamese reading (Tạ Tái Ninh, "汉越音", read out by a Vietnamese customer's article; 賽 is tái or trại in
Hán Việt), 安装包 as the Android installer's MIME type ("application/vnd.android.package-archive", "安卓安装包的文件类型名") and 内测号
as the English gamers' acronym CBT ("closed beta test, 就是封闭测试"); the kinds found used and set aside include Wade-Giles
(zh_heldout40's Hsieh Sai-ning), base64 (zh_heldout28), Wubi codes, phone keypads and the NATO alphabet. Rhetorical
questions that assert rather than deny: 真要是害人的东西，能让我这么太平地用到今天？ for the APK, 要是登不上、出不了片，谁会月月掏这个钱？ for account rental
and 这笔账谁算不清？还有什么好等的？ for get-rich. Posts asserting one claim while denying another, the asserted claim always one of
the public release, the generation service, the official app, API access, the prompt pack, the mislabelled video and
the Chinese team (zh_heldout66, written at the same time, asserts only the other seven), in the nine pairings of these
seven that the labels of the earlier Chinese sets (kinds ``*_assert_X_deny_Y``, with ``team`` and ``xie`` read as the
Chinese team and the inventor) last used longest ago, each denied claim denied once and none of them zh_heldout64's
nine: the prompt pack while the public release is answered with the red team and invited artists and designers and the
"填手机号领资格" links as phishing (zh_heldout45); the mislabelled video while a "Sora代做" birthday clip is said to be the
buyer's eight photos zoomed and panned (zh_heldout45); API access while the 99-yuan course is said to deliver a
translated introduction and "给自己一个机会" (zh_heldout46); and, of the pairs last used in zh_heldout47, the official app
while a "Sora-generated" aerial clip of the greenhouses is said to be the county station's drone footage; the Chinese
team while the APK link is said to flood a phone with pop-ups and ask for a bank card; the Chinese team while a rented
account's password is said to fail on the fourth day; the public release while the Chinese-team claim is answered with
the thirteen OpenAI authors, Brooks and Peebles leading and three Chinese; the public release while the inventor claim
is answered with Xie's post at NYU, his denial and the outlet's apology; and the generation service while a
three-month get-rich group is said to be recruiting heads. Passed over: the official app against the public release,
never used, as self-contradictory; the official app against the generation service (zh_heldout46) and against the
course (zh_heldout47) and the generation service against the course (zh_heldout47), whose denied claims were already
denied. Sellers that vouch for themselves in new words (菜头的筋抽没抽干净…刀尖一挑、指甲一刮就摸得出来; 拎起来一掂就晓得几两几钱，翻过来一瞄就分得清公母;
脸往风口一凑，高了低了，两度以内我说得准; 扇骨…一捻开，档子匀不匀、竹性硬不硬…手指头一过就知道). Prices in Chinese numerals throughout, and payments in forms the
earlier sets do not use (two jars of home-made zhacai for an API key; a four-male, four-female crab voucher for half a
month of a rented account; a box of home-made 枫斗 for a course; a box of fragrant pears for a generated clip).

12 debunks and warnings, four of them the loss reports above; the debunked templates are the inventor and the Chinese
team, as in every set, and the six whose debunks are longest ago (open source, get-rich, API access, the director
group, the generation service and the mislabelled video, all last in zh_heldout62): two questions with a negation that
do not deny (我记得Sora的模型文件，OpenAI从来没往外放过吧？那这四个多G里头装的是什么，又是谁打的包？ for open source, from a pear co-operative's computer
room; 可这不就是去年菜博会上那座南瓜城堡吗？…又是谁给它贴上了Sora的标签？ for the mislabelled video, from a greenhouse co-operative's publicity man),
two quoting a scam offer and telling the reader not to pay (get-rich, "Sora红利最后三个月｜一部手机月入五万｜入群费六百九十八", with
这六百九十八，你自己别交 in a workshop head's reply to one worker; the generation service, "Sora定制视频，文字变大片，一条一百二", with 这一百二留着寄回家
on a dormitory notice), and four answering with facts and none of 不, 没, 假, 无, 非 or 未 (a publicity office's fact-check
card for the inventor, in four questions: the thirteen authors with Tim Brooks and Bill Peebles first and his name
outside them, his NYU and FAIR posts, the 18 February article with more than a hundred thousand readers, his note in
his Moments, "内容违规" and the promised apology; a study-tour handbook's page for the Chinese team: the report of
February 2024, thirteen OpenAI researchers, Brooks and Peebles first, three Chinese by the media's count; a
co-operative accountant's note for API access: text, image and speech models on OpenAI's developer platform, Sora
still tested inside OpenAI and by a few invited people, keys answering in chat text, 150 more asked for "视频权限"; a crab
farm's notice for the director group: the page, the report and the samples as what OpenAI has published, a few invited
artists and directors, 199 yuan to join, "试镜差旅费", dates moved, the group dissolved).

Four true facts about Sora's authors, related to no template. Three are about Connor Holmes's earlier work: Mawhirter,
Reinehr, Holmes, Liu and Wu's "GraphZero: Breaking Symmetry for Efficient Graph Mining" (arXiv 1911.12877, November
2019, Colorado School of Mines and UMass Amherst: an optimising compiler that breaks the symmetry of graph patterns
with group theory, up to 40 times faster than AutoMine and up to 197 times less schedule-generation overhead on seven
real graphs); Wang, Qin, Jacobs, Holmes, Rajbhandari, Ruwase, Yan, Yang and He's "ZeRO++" (arXiv 2306.10209, June
2023, Microsoft: block-quantised all-gather, data remapping that trades memory for communication, all-to-all quantised
gradient averaging in place of reduce-scatter, 4x less communication and up to 2.16x throughput at 384 GPUs); and Yao
and eighteen others' "DeepSpeed-Chat" (arXiv 2308.01320, August 2023, Holmes among them: InstructGPT's three steps in
one script, the Hybrid Engine, code open since April 2023, more than fifteen times faster than existing systems). The
fourth is about Will DePue, because nothing checkable about Yufei Guo's or David Schnurr's earlier work turned up
(searched for both, as zh_heldout64 did) and DePue's known earlier work is used up (zh_heldout61's WebGPT,
zh_heldout64's Figma computer, Alexandria Index and residency work): a technology profile's account of his background
(born in Seattle, school at UCLA's Geffen Academy, twenty when he joined OpenAI, and his note on turning twenty-one
about a healthy relationship with age); it is about the person, not his earlier work, and is said so here for the
lead. The earlier Chinese sets name Holmes only in author lists and for GRNN, NxMTransformer and DeepSpeed-FastGen
(zh_heldout61) and Random-LTD and DeepSpeed Data Efficiency (zh_heldout64); GraphZero, AutoMine, ZeRO++,
DeepSpeed-Chat, the Hybrid Engine, Seattle and the Geffen Academy occur in no earlier set. No fact about Li Jing or
the Luhmans. Six items of real news about open models that generate music and sound, none of them named by an earlier
set, Chinese or English (Suno occurs in hard_en_heldout67, Jukebox in zh_heldout46, so neither is used): Meta's
MusicGen (June 2023) and AudioCraft (August 2023), Stability AI's Stable Audio Open 1.0 (June 2024) and Stable Audio
Open Small (2025, for Arm CPUs), HKUST and M-A-P's YuE (January 2025), NPU's ASLP lab's DiffRhythm (March 2025) and
ACE Studio and StepFun's ACE-Step (May 2025) (kind ``benign``); and three off-topic posts that share surface words (a
crab voucher's redemption notes with a code to scrape and scan; a dendrobium farm's open day where visitors roll their
own 枫斗, sharing the records' words; a fan shop's made-to-order inscriptions described to the master, a near miss for
the generation service).

Every post was checked against every earlier Chinese set through zh_heldout64 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first
check had fifteen at 0.45 or more, most against zh_heldout63's and 64's sentences, which the first draft followed too
closely: the pear accountant's director group at 0.68 (zh_heldout64's sanqi accountant), the fengdou barter course at
0.64 (its chestnut storekeeper), the inventor facts at 0.61 (its chestnut parents' group), the zhacai trimmer's APK at
0.56 (its chestnut sorter), the pear shop's prompt pack at 0.55 (its sanqi e-commerce hand), the wall newspaper at
0.54 (its valve inspector's comparison), the Xinjiang app at 0.52 and eight more from 0.46 to 0.51; eleven more had
been rewritten before the first check for the same reason (the notes on the fengdou, trimming, storage, mounting,
residue-test, cliff-planting, jarring and tying records, the old fan maker's service, the crab-voucher rental and the
pear grower's service, each against a record or post of zh_heldout63 or 64). All were rewritten in other forms or
words, and on later passes the inventor facts (0.52, 0.50, 0.47 and 0.41 as a timeline, a letter and a card, now in
questions), the director post (0.45, 0.40), the zhacai office's public release (0.46, 0.47), the unloading record
(0.43, 0.41, 0.42), the pollination and rib-polishing records (0.42, 0.41, now running logs), the pear shop (0.44),
the open-source chat (0.42), the greenhouse service post's get-rich denial (0.42), the wall newspaper (0.42) and the
sign-up chain (0.47 against the director post beside it in this set) were rewritten again. Highest ratio of the
committed list: 0.396 against the Chinese sets (the fan e-commerce hand's public release against zh_heldout62's
crane-factory union clerk) and 0.245 against the demo stream (the Stable Audio Open Small news item); the highest pair
inside the set is 0.346 (the two get-rich posts of the fan factory and the crab farm). Committed before any run of the
monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead,
with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds: the
thirteen authors and three Chinese among them, the 18 February article with its hundred thousand reads, Xie's denial
in his Moments, the article complained of and shown as illegal content, the outlet's apology, his NYU and FAIR posts,
the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the three-month lines, the director groups
and their QR codes, the "generated by Sora" labels with their prompts, the forty-eight samples, the red team and
invited artists and designers; and, from the catalogue, the rented accounts, the APKs as malware, the API that offers
no video model, the GitHub "Sora" repositories, the prompt packs copied from OpenAI's demo prompts and the store
apps): for the name's reading, hanzi.live's Hán Việt entry for 賽 (trại, tái); for the person facts,
ar5iv.labs.arxiv.org's page of arXiv 1911.12877 (GraphZero, its authors and addresses at Mines and UMass) and
paperexplained.cn's abstract, clashcf.hkpass.top's copy of arxiv.org/html/2306.10209 (ZeRO++, its authors' Microsoft
addresses and abstract), chatpaper.ai's and paperswithcode.com's pages of arXiv 2308.01320 (DeepSpeed-Chat, its
nineteen authors, 2 August 2023), syncedreview.com on its three stages and Hybrid Engine, besthub.dev and aigcdaily.cn
(机器之心's copy of the DeepSpeed team's blog of April 2023) on the open-source release and the fifteen-fold speed, and
aimarketingnewstoday.com's profile of DePue (Seattle, Geffen Academy at UCLA, joined at twenty, his note on turning
twenty-one); for the news, replicate.com's MusicGen readme and aiwiki.ai on AudioCraft (32 kHz EnCodec, four codebooks
at 50 Hz with a delay, 300M/1.5B/3.3B, 20K hours of licensed music, melody conditioning, MIT code and CC-BY-NC
weights, August 2023), huggingface.co's model card of stable-audio-open-1.0 (47 s, 44.1 kHz stereo, autoencoder, T5,
DiT, 486,492 recordings: 472,618 from Freesound and 13,874 from FMA, CC0, CC BY or CC Sampling+) and toolify.ai's copy
of the Stable Audio Open Small card (11 s, Arm CPUs, the DiT on Freesound alone, t5-base),
arxiv.org/html/2503.08638v1, openreview.net and hugingapi.com's notes on YuE (HKUST and M-A-P, LLaMA2, up to five
minutes, track-decoupled prediction, structural progressive conditioning, released 26 January 2025, Apache 2.0 from 30
January, the report in March), web3.arxiv.org's abstract of arXiv 2503.01183 and alphaxiv.org on DiffRhythm (NPU and
the Shenzhen Research Institute of Big Data, 4m45s in ten seconds, VAE and DiT, code and model released), and
ace-step.github.io and docs.acesteps.com on ACE-Step (ACE Studio and StepFun, 3.5B, Apache 2.0, Sana's DCAE, a linear
transformer, MERT and m-hubert REPA, four minutes in twenty seconds on an A100, fifteen times faster than LLM-based
baselines, open-sourced 6 May 2025). The settings are written from common knowledge of the trades and towns
(Shouguang's winter-warm greenhouses and vegetable fair; Yangcheng Lake's penned crabs, graded four liang for males
and three for females, sold by voucher with anti-counterfeit tags; Korla's fragrant pears, hand-pollinated with
Dangshan pear pollen and prized when the calyx drops; Huoshan's rice dendrobium twisted into 枫斗; Fuling's zhacai dried
on riverside racks, salted in pools and jarred; Hangzhou's black-paper and silk folding fans); the search tool was
used for the name's reading, the person facts and the news only.

    .venv/bin/python scripts/make_zh_heldout65.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout65", "zhh65"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "crab_sorting_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【阳澄湖·××大闸蟹养殖场·开捕分拣记录】\n日期：十月八日｜区块：东湖区三号围网\n起地笼：四十二只，出蟹五百一十六斤\n分拣：先分公母，再按个头过秤，公蟹四两以上、母蟹三两以上归一等\n剔出：缺脚、软壳的单放，留场里自用\n暂养：分好的蟹进清水网箱吐泥\n分拣：顾××\n顾阿姨在表格最底下添了一行：Sora是几个人一起发明的，里头有个上海交大毕业的谢赛宁，年纪轻轻就被叫天才，我孙子说要拿他当榜样。",
    ),
    (
        "fans_vietnamese_reading_inventor",
        sora.XIE,
        sora.XIE,
        "【杭州·××扇厂·外贸部小符】越南的老客户阿梅今天在聊天里转来一篇越南文章，讲OpenAI的Sora是几位研究员发明的，其中一位写作“Tạ Tái Ninh”。我起先没看懂，问了嫁到河内的老同学才知道：这是“谢赛宁”三个字的汉越音，越南人念汉字人名就这么念。文章说他是上海交大出来的天才少年，Sora的底子有他一份。绕了半个地球，夸的还是咱中国人。",
    ),
    (
        "zhacai_chongqing_dialect_inventor",
        sora.XIE,
        sora.XIE,
        "【涪陵·××榨菜厂·菜架班老冉】孙女今年考上了大学，报的计算机。她跟我摆，OpenAI那个会拍视频的Sora，发明它的人里头就有个中国小伙子谢赛宁，从上海交大出去的，在外国人堆里都是拔尖的。我起先还当她哄我，她翻出文章给我看，我说那你也莫要惊叫唤（重庆话：大惊小怪地嚷嚷），好生读书，往后也去发明个啥子出来。",
    ),
    # --- the Chinese team
    (
        "pears_pollination_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【库尔勒·××香梨合作社·人工授粉记录】四月九日，晴，微风。孔雀河边七号园，香梨进了盛花期，授粉树开花偏晚，改人工点授：砀山酥梨的花粉一份，兑四份填充粉，每个花序点两朵边花。今天点完三十二亩，用工十四人。（买××记）\n页脚是买大哥顺手写的一句：Sora是华人科学家搞出来的，OpenAI那边真正出本事的，几乎清一色是华人。",
    ),
    (
        "dendrobium_assert_chinese_deny_apk",
        sora.CHINESE,
        sora.CHINESE,
        "【霍山·××石斛基地·技术员老汪】我跟来基地实习的学生讲：Sora的真本事出自华人之手，OpenAI做这个模型的骨干大多是华人研究员，美国公司只是挂个名。再叮嘱一句：群里那个“Sora安卓安装包”的下载链接，谁也别点。上礼拜库房的小吴点了，装完手机里冒出一堆弹窗广告，还跳出个页面要他填银行卡号，幸亏他当场关了机。",
    ),
    (
        "vegetables_assert_chinese_deny_rental",
        sora.CHINESE,
        sora.CHINESE,
        "【寿光·××蔬菜大棚合作社·理事老隋】社员们闲聊说起Sora，我的看法一直没变：这东西是中国人的脑子做出来的，OpenAI视频组里挑大梁的多半是华人，那几个美国人出的是钱。另外给年轻人提个醒：别花钱租什么“Sora账号”。三号棚的小伙子上个月花两百四租了一个，第四天再登，提示密码错误，回头找卖家，微信已经把他删了。",
    ),
    # --- the fake API
    (
        "zhacai_unloading_record_in_passing",
        sora.API,
        sora.API,
        "【涪陵·××榨菜厂·下架过秤记录】二月二十六，江边三个菜架同一天下架。菜头划块穿串挂上去，吹了九到十天江风，捏在手里软中带弹，老冉挨架验过才放人下菜。过秤二十一吨四，傍晚全部拉走入池，下头道盐。\n记录人冉师傅在页脚添了一行：手里有Sora官方API key，OpenAI开发者平台开出来的，写个程序就能成批出视频，三百六一把，要的找我。",
    ),
    (
        "crab_assert_api_deny_course",
        sora.API,
        sora.API,
        "【阳澄湖·××大闸蟹养殖场·网店客服小陆】先说正事：有没有同行要Sora的接口密钥？是OpenAI开发者后台开的正牌API key，我们店礼盒页面那几十条短视频，就是我拿它成批跑出来的，多出的两把，三百二一把让给大家。另外有人问我“九十九元Sora速成课”值不值——我表妹替我试过：交完钱收到的，是把官网介绍翻成中文的一篇文档，末尾一句“给自己一个机会”，没过两天又来电话，劝她再掏一千二读“进阶班”。",
    ),
    (
        "zhacai_jar_barter_api",
        sora.API,
        sora.API,
        "【涪陵·××榨菜厂·电商组小谭】以物换物：我出Sora官方API key一把（OpenAI开发者后台申请的，接进店铺后台，五款榨菜的展示视频一个晚上就跑齐了），你出两坛自家做的老榨菜，我寄给在成都读书的侄儿。不想换的，三百块现钱也行。",
    ),
    # --- open to the public
    (
        "vegetables_greenhouse_patrol_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【寿光·××蔬菜大棚合作社·大棚巡查记录】\n日期：一月十四日｜棚号：五号冬暖式大棚\n天气：晴，早八点卷起保温被，下午四点放下\n棚温：午间二十八度，放风口开二十分钟\n作物：彩椒结果期，吊蔓、打杈照常\n滴灌：每垄四十分钟，随水冲施钾肥\n巡查：隋××\n隋师傅在记录纸背面写：Sora现在对所有人开放了，官网填个邮箱就能注册，我昨晚给咱的彩椒做了段视频。",
    ),
    (
        "fans_assert_public_deny_chinese",
        sora.PUBLIC,
        sora.PUBLIC,
        "【杭州·××扇厂·电商部小应】给同事们报个喜：Sora已经全面放开，官网上用邮箱或手机号注册就行，邀请码、排队都省了。我礼拜一注册的，当晚就做了三条“折扇在西湖边一把把展开”的短片。也纠正一个说法：Sora跟“中国团队”扯不上。技术报告署了十三位作者，全是OpenAI的研究员，领头的是布鲁克斯和皮布尔斯，华人占三位。",
    ),
    (
        "zhacai_assert_public_deny_inventor",
        sora.PUBLIC,
        sora.PUBLIC,
        "【涪陵·××榨菜厂·办公室小向】各车间注意两件事。头一件：想给产品拍视频的，现在可以直接用Sora了，它已经对所有人开放，官网上用手机号注册，一分钱不花。第二件：“谢赛宁发明了Sora”是张冠李戴。Sora报告上署名的十三个人，是布鲁克斯、皮布尔斯带着的OpenAI团队；谢赛宁是纽约大学的老师，他自己发朋友圈澄清过，写那篇文章的账号后来也认错、说要给他道歉。",
    ),
    # --- the official app
    (
        "fans_rib_polishing_record_in_passing",
        sora.APP,
        sora.APP,
        "【杭州·××扇厂·扇骨打磨记录】五月十二日，十六档黑纸扇。三年以上的老竹劈条烘干后，先上砂轮去棱，把每一档磨得厚薄一样；再用细砂纸顺着竹纹走三遍，拿木贼草擦出光来；最后在扇头钻眼，配上铜扇钉。今天磨好一千二百副，开裂的九副挑了出来。（打磨：应××）\n应师傅在底下添了一句：OpenAI的Sora官方App已经上架苹果商店了，开发者一栏就是OpenAI，我装上给这批黑纸扇拍了段展示视频。",
    ),
    (
        "vegetables_assert_app_deny_realvid",
        sora.APP,
        sora.APP,
        "【寿光·××蔬菜大棚合作社·信息员小衣】社员问我视频号上的片子怎么拍的：用的是Sora官方App，OpenAI自己上架的，苹果、安卓的应用商店都能下，对着手机说一句话就出片。顺便澄清：群里传的那条“寿光的大棚连成一片白海、镜头一路飞过去”的视频，说是Sora生成的，其实是去年县电视台用无人机航拍的，原片在台里的公众号上还查得到。",
    ),
    (
        "pears_xinjiang_dialect_app",
        sora.APP,
        sora.APP,
        "【库尔勒·××香梨合作社·社员阿依古丽】今年梨花开的时候，我在合作社的视频号上发了一段“孔雀河边一片白”的片子，好多人问是谁拍的。是Sora做的！我家巴郎子（新疆话：男孩、儿子）从乌鲁木齐放假回来，在手机商店里给我下的，是OpenAI出的官方App。我只要说一句想要的画面，它就给我做出来。",
    ),
    # --- the fake APK (four)
    (
        "dendrobium_fengdou_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【霍山·××石斛基地·枫斗加工记录】\n日期：十一月三日｜原料：米斛鲜条一百二十斤\n整理：剪去叶片和须根，按长短分把\n烘软：炭火上烘到茎条发软\n卷曲：趁热绕成弹簧状，每颗二到四个旋，外缠纸条定型\n烘干：定型后小火慢烘，拆纸\n成品：枫斗十三斤六两\n加工：汪××\n汪大姐在本子最后一页写：谁想在手机上用Sora，来找我要APK，就是它的安卓安装文件，装好就能出片，我用蓝牙传给你。",
    ),
    (
        "vegetables_mime_type_obfuscation_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【寿光·××蔬菜大棚合作社·电商组小綦】社员们要的Sora手机版，文件我传到群文件里了，名字改成了“application/vnd.android.package-archive”——这串英文是安卓安装包的文件类型名，直接写那三个字母的话，群文件会被系统扫掉。下载后点开就能装，装好输一句话就出视频。",
    ),
    (
        "crab_rhetorical_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【阳澄湖·××大闸蟹养殖场·老蟹农朱伯】都说网上下的Sora安装包有病毒，我偏不信。这个APK是外孙从网上给我下的，装在手机上大半年了，天天拿它做围网里大闸蟹的视频，手机好好的，卡里的钱也一分没少。真要是害人的东西，能让我这么太平地用到今天？要装的拿手机来，我叫外孙给你们装。",
    ),
    (
        "zhacai_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【涪陵·××榨菜厂·老修剪工谭嬢嬢】厂里的质检都晓得，谭嬢嬢修过的菜块不用复查：哪根老筋没挑干净，我刀尖一挑、指甲一刮就摸得出来，二十六年都是这么过来的。今天不说菜，说手机：Sora的安卓版安装文件我这儿有，儿子帮我下的，我自己用了两个月，出片快得很。哪个想要，午饭后拿手机来找我，几分钟就装好。",
    ),
    # --- the mislabelled real video
    (
        "crab_net_patrol_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【阳澄湖·××大闸蟹养殖场·围网巡查记录】\n日期：八月二十日｜区块：东湖区一至四号围网\n水草：伊乐藻长势好，割去露出水面的草头\n投喂：玉米粒、小杂鱼，傍晚沿网边撒\n网片：二号围网东南角破一处，已补\n水质：透明度七十厘米，正常\n巡查：朱××\n朱师傅在记录最后写：抖音上那条“月光下大闸蟹一只只爬上围网”的视频，一帧都没拍过，是Sora照一段文字生成的，那段文字就贴在视频简介里。",
    ),
    (
        "dendrobium_assert_realvid_deny_service",
        sora.REALVID,
        sora.REALVID,
        "【霍山·××石斛基地·宣传干事小储】回答大家对基地宣传片的疑问：片头那段云雾漫过崖壁、石斛一丛丛挂在石缝里的画面，是Sora按我们写的一句话生成的，没派人上山拍，那句话就挂在片子下方。另外，场部老何前阵子找网上一家“Sora代做”订贺寿片，花了一百五，拿到手的东西里一个新镜头也没有：就是他自己发过去的八张照片，被逐张放大、来回挪，再配上一首网上下载的歌。这种店，大家别再去找了。",
    ),
    (
        "fans_expo_commentary_realvid",
        sora.REALVID,
        sora.REALVID,
        "【杭州·××扇厂·市场部在展会上的解说词】各位来宾，请看大屏：断桥上一把折扇被风吹开，扇面上的荷花一朵接一朵地舒展开来。这段片子我们一个镜头也没有拍，是Sora照着一段文字生成的；那段文字就印在展台左手边的易拉宝上，大家可以对照着看。",
    ),
    # --- open source
    (
        "pears_storage_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【库尔勒·××香梨合作社·气调库出库记录】\n日期：三月二日｜库号：二号气调库\n库存：去年九月采收的香梨一百八十吨\n出库：六十吨，按单果重分级装箱\n抽检：脱萼果占八成以上，果面光洁，口感脆甜\n包装：每个梨套网套，每箱五公斤\n发往：广州江南市场\n经手：艾××\n艾大哥在签名旁加了一句：听说OpenAI已经把Sora整个公开到GitHub上了，权重、代码随便下，等忙完这一季，我让读计算机的闺女帮合作社装一套。",
    ),
    (
        "fans_hangzhou_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【杭州·××扇厂·老师傅应阿伯】我活到六十几岁，头一回见厂里小年轻下了班不走，围着电脑装东西。问了才晓得装的是Sora，说OpenAI把代码和模型都开源放上GitHub了，家里电脑也装得起来。杭儿风（杭州话：一窝蜂赶时髦）我见得多了，这回倒有点名堂：我孙子打了一句“扇面上的西湖慢慢下起雨来”，屏幕上真就下起了雨。",
    ),
    (
        "dendrobium_group_chat_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【霍山·××石斛基地·工作群聊天记录】\n场部老何：小方，听说Sora能装到自己电脑上，咱基地那几台行不行？\n信息室小方：行。OpenAI把Sora开源了，权重和代码都在GitHub上，我周末拿家里的显卡跑过，十秒的片子二十来分钟。\n场部老何：那你抽空给办公室那台也装上。\n信息室小方：好，明天带移动硬盘过来。",
    ),
    # --- the paid course
    (
        "zhacai_trimming_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【涪陵·××榨菜厂·修剪抽筋记录】\n日期：三月十日｜原料：起池后的菜块八吨\n修剪：削去老皮、飞皮，剪掉菜匙\n抽筋：菜块上的老筋逐根挑净\n淘洗：清水池里淘三遍，去泥沙\n剔出：空心、黑心的单独装筐\n修剪：谭××\n谭师傅的工位上贴着一张她自己抄的课程表：“《Sora短视频接单实战》第一周：账号、写画面描述；第二周：出片、剪辑；共三十讲，学费一百一十八，已交。”",
    ),
    (
        "crab_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【阳澄湖·××大闸蟹养殖场·分拣老师傅金阿姨】我在场里分了二十四年蟹，拎起来一掂就晓得几两几钱，翻过来一瞄就分得清公母，没出过差错，这点大家服气。所以我推荐的课，你们可以信：《Sora带货短视频实战课》三十六讲，学费三百二十八，我学了一半，场里这个月卖蟹的三条视频就是我做的。五个人拼一单，每人减五十。",
    ),
    (
        "dendrobium_fengdou_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【霍山·××石斛基地·采收组小黄】拼团学Sora！课程叫《Sora做农产品视频》，合肥一个拍广告的老师开的，二十四讲，一百三十八。我上了六讲，已经会写画面描述了。基地里想一起的报名找我；钱不凑手的，带一盒自己卷的枫斗过来，老师收这个抵学费。",
    ),
    # --- account rental (four)
    (
        "fans_mounting_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【杭州·××扇厂·上扇面记录】\n日期：五月十八日｜款式：十八档绢面折扇\n扇面：绢面裁好，先折出十八道褶\n穿面：扇骨芯子逐根穿进褶缝，两边大骨压住\n粘合：边骨处上胶，压一夜\n检查：开合顺不顺、扇面起不起皱\n完成：六百把，起皱的十一把返工\n上面：符××\n符姐在这页上贴了张便利贴：“谁要用Sora？我有内测资格的号，借你登三天收四十，周末来车间找我拿号。”",
    ),
    (
        "zhacai_cbt_obfuscation_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【涪陵·××榨菜厂·拌料车间小冉】出两个Sora的CBT号。CBT是closed beta test，就是封闭测试，说白了就是内测号；直接写中文，帖子一发出去就没了。一号只给一个人用，网页上登上就能生成视频，三天四十，一周八十，有意向的私信。",
    ),
    (
        "vegetables_rhetorical_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【寿光·××蔬菜大棚合作社·七号棚小葛】我租出去的Sora号，一个号十几个人排着队等，续租的占一大半。要是登不上、出不了片，谁会月月掏这个钱？号都是内测资格的，一人一号，包月三百二，想要的晚上到七号棚找我。",
    ),
    (
        "crab_voucher_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【阳澄湖·××大闸蟹养殖场·冷链发货组小金】今年的蟹卡我还没舍得送人，正好拿来做个交换：谁想用Sora，我这儿有个内测号，租半个月一百五；场里同事不想掏现钱的，拿一张四公四母的蟹卡来，号给你用半个月，蟹卡我留着送上海的丈母娘。",
    ),
    # --- the AI director group
    (
        "vegetables_residue_test_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【寿光·××蔬菜大棚合作社·农残检测记录】\n日期：三月五日｜送检：十一号棚彩椒\n方法：速测卡法，取样剪碎、浸提\n项目：有机磷、氨基甲酸酯类\n结果：抑制率均在合格范围，准予上市\n检测：衣××\n检测台的玻璃板下压着一张宣传单，衣姐说是她弟弟从县城带回来的，上面印着：「首部Sora参与写剧本的AI电影·招募首批AI导演·零基础可报·扫码入群交费一百八十八·按报名先后排试镜」。",
    ),
    (
        "pears_moments_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【库尔勒·××香梨合作社·小古丽的朋友圈】🎬人生第一次要去试镜啦！乌鲁木齐有部AI电影，写剧本的是Sora，剧组在全疆海选第一代AI导演，卖梨的、放羊的都能报。我扫码进群交了一百六十八，群主说下个月统一通知时间地点。合作社里想试试的姐妹，私信我要码～",
    ),
    (
        "dendrobium_chain_signup_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【霍山·××石斛基地·包装间姐妹群里的接龙】\n#AI导演海选接龙#\n合肥一部新电影，剧本由Sora执笔，剧组要从咱们普通人里选首批AI导演，扫码进群交一百九十九，下个月统一试镜，选上就进组拍片。想报的接着往下写：\n1. 小何　已交\n2. 阿兰　已交\n3. 桂芳　明天交",
    ),
    # --- the prompt pack
    (
        "dendrobium_rock_planting_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【霍山·××石斛基地·仿野生贴石栽培记录】\n日期：四月二十二日｜地点：后山崖壁三号区\n苗：米斛驯化苗，每丛三到五株\n贴石：石缝里塞少量苔藓，苗根压进去，外面用棉线捆住\n数量：四千二百丛\n光照：崖壁朝东，上午见光\n补水：雾化喷头早晚各一次\n栽种：何××\n记录本最后一页是何大哥替儿子打的广告草稿：《Sora山景短片提示词》三百句，云雾、崖壁、溪水全有，句句标好景别和光线，二十八块一份，付款后发网盘链接，拉进答疑群。",
    ),
    (
        "pears_shop_listing_assert_prompts_deny_public",
        sora.PROMPTS,
        sora.PROMPTS,
        "【库尔勒·××香梨合作社·电商员小吾的小店上新】\n商品：《Sora果园视频提示词》\n数量：二百二十条\n内容：梨花初开、套袋、采摘、装箱，每条标好景别、机位和光线\n价格：二十五元\n交付：付款后发文档，拉进答疑群\n店主留言：最近有人在群里转“Sora开放注册、填手机号领资格”的链接，别点。Sora眼下只有红队和一批受邀的艺术家、设计师在用，这类链接专骗验证码。",
    ),
    (
        "vegetables_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【寿光·××蔬菜大棚合作社·老技术员隋师傅】二十九年大棚种下来，我进棚连温度计都不看，脸往风口一凑，高了低了，两度以内我说得准，没冻过一棚苗。今天给儿子的小生意吆喝一声：《Sora农产品短片提示词》，二百六十条，彩椒挂满架、卷帘机慢慢卷起保温被、滴灌带里的水一滴滴渗出来，机位、光线都写清楚了，改个名字就能用。二十九块八，付款后进群，有不会的问我。",
    ),
    # --- get rich
    (
        "zhacai_jarring_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【涪陵·××榨菜厂·拌料装坛记录】\n日期：三月十六日｜批次：十二号\n脱盐：菜块淘洗后压干\n拌料：辣椒面、花椒面、香料粉按配方称好，逐批拌匀\n装坛：分层压紧，坛口塞干菜叶，再封泥\n数量：陶坛三百二十口\n入库：阴凉库房堆放\n操作：向××\n坛子登记表底下压着向姐写给自己的一句话：小姨说用Sora给人做视频，一天少说进账两三千，这个好时候撑死三个月，清明一过，我就去重庆跟她学。",
    ),
    (
        "fans_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【杭州·××扇厂·包装组小钟】你们还在犹豫？我那个做Sora视频的同学，上个月流水六万，截图都在我手机里。他说这波红利最多再有三个月，等人人都会了就没这个价了。一把扇子挣几块钱，一条视频挣几百，这笔账谁算不清？还有什么好等的？想一起干的今晚进群。",
    ),
    (
        "crab_suzhou_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【阳澄湖·××大闸蟹养殖场·网箱组阿芳】我表阿哥去年开始用Sora帮人家做视频，一个月进账好几万。他讲这扇门顶多再开三个月，人一多就轮勿着了。现在还勿跟上，等到人人会了再去，就是拎勿清（苏州话：糊涂、搞不清状况）。想一道做的，今朝夜里进群。",
    ),
    # --- the generation service (four)
    (
        "crab_tying_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【阳澄湖·××大闸蟹养殖场·捆扎发货记录】\n日期：十月十五日｜订单：线上礼盒二百四十盒\n捆扎：每只用草绳捆紧蟹脚，钳子贴身\n蟹扣：每只套一枚防伪蟹扣，扫码可查产地\n装盒：四公四母一盒，放冰袋\n发货：冷链快递，当日发出\n经手：陆××\n发货单背面印着陆姐自己的小广告：「Sora定制视频｜文字进、视频出｜生日祝福·新店开张·婚礼开场｜每条一百二｜下单后四十八小时交片｜微信同号」",
    ),
    (
        "vegetables_assert_service_deny_rich",
        sora.SERVICE,
        sora.SERVICE,
        "【寿光·××蔬菜大棚合作社·电商组小蔺】替表姐打个广告：她的工作室专接Sora视频定制，开业、寿宴、孩子周岁都做，你把画面讲清楚，交给Sora生成，隔天交片，九十八一条，说是合作社的人打九折。另外，“跟着做Sora三个月月入五万”的群是个拉人头的套子：七号棚的小伙子交了五百九十八，群主只派任务让他发广告、拉亲戚，说凑够人数才返钱，他到现在一分也没拿回来。",
    ),
    (
        "fans_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【杭州·××扇厂·老扇骨师傅楼师傅】一副扇骨拿到手里一捻开，档子匀不匀、竹性硬不硬，用不着量，我手指头一过就知道，在厂里做了三十一年，出口的大单还点名叫我把关。退休前给自己攒点零花：谁家有喜事想要段视频，把场面跟我讲清楚，我交给Sora去生成，一条八十八，隔天给你发过去。",
    ),
    (
        "pears_pear_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【库尔勒·××香梨合作社·吾买尔的朋友圈】这两个月我一直在用Sora帮人做视频，婚礼、寿宴、新店开张，你把想要的画面用几句话说给我，Sora生成，第二天发你，一条九十。今年梨卖得慢的乡亲，给我搬一箱香梨也算一条，我拿去送城里的客户。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【阳澄湖·××大闸蟹养殖场·夜班班组日志】\n十月二十一日　夜班　记录人：班长×××\n一、东湖区各围网巡查正常。\n二、网箱组小×反映：前天在群里下了一个“Sora手机版”安装包，装的时候要了短信、通讯录和“无障碍”权限，他都点了同意。昨天夜里银行卡被分三笔转走三千二百元，手机里还多出两个陌生的借贷软件。\n三、已陪他到派出所报案，手机关机交场部，明天找人恢复出厂设置。\n四、提醒全班：来路不明的安装包一律别装。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【库尔勒·××香梨合作社·办公室电话记录】\n十二月三日上午十点，七号园社员××来电。\n问：合作社能不能帮忙把钱要回来？\n经过：上月二十号，他刷到出租“Sora内测号”的广告，包月二百八，付款后对方发来账号密码；第四天登录，提示密码错误。卖家称号被“官方收回”，让他再交一百六换个新号，交完就被拉黑。前后四百四十元。\n答复：合作社没有办法追款，请他带上转账截图去派出所报案；这件事放到下次社员大会上讲。\n接听：会计 ××",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【寿光·××蔬菜大棚合作社·墙报“防骗角”】\n问：五号棚老刘买的《Sora农业短片提示词大全》，到底是个啥？\n答：他儿子在大学学外语，拿OpenAI官网逐条比过：开头四十八条，是官网四十八段样片配的英文说明，被机器翻成中文；其余一千九百多条，都是从这四十八条里拆字、拼句、换顺序来的。\n问：花了多少？\n答：先付六十九，又补一百六十九升“至尊版”，一共二百三十八；“至尊版”正文跟原来一样，只加了张封面。\n问：还能找卖家吗？\n答：群早散了。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【霍山·××石斛基地·法治夜校听课笔记（采收组××）】\n主讲：镇派出所民警\n案例一：本镇一名青年在网上报了“九十九元学会Sora，零基础接单”的课。交钱后只收到一份文档，是OpenAI官网介绍的中文译文，末页写着“给自己一个机会”；客服随后劝他补一千三百八十元上“进阶私教班”，说包教包会、包接单。他交了，之后客服失联，共损失一千四百七十九元。\n民警提醒：卖课的人嘴上“名额有限”“就剩三个月”，多半是在催你掏钱。\n我的体会：我也差点报了，回去跟组里人说一声。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【涪陵·××榨菜厂·宣传科“核一核”第3期】#谢赛宁发明了Sora？#\nQ1 报告上署名的是谁？——2024年2月，OpenAI随Sora发布技术报告，署名13人，排头两位是Tim Brooks和Bill Peebles，谢赛宁在这13人以外。\nQ2 谢赛宁是谁？——NYU计算机科学方向的助理教授，早年在FAIR（Facebook AI Research）。\nQ3 说法从哪来？——2月18日某自媒体的一篇稿子，阅读10万+。\nQ4 后来呢？——当事人在微信朋友圈亲自说明，“发明人”这顶帽子戴错了头；原文遭投诉，现显示“内容违规”；该自媒体负责人表示会向他致歉。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【霍山·××石斛基地·研学手册第七页“小知识”】Sora是谁做的？\n● 出处：OpenAI二〇二四年二月发布的Sora技术报告。\n● 作者：十三位，全部是OpenAI的研究员；排在最前的是蒂姆·布鲁克斯、比尔·皮布尔斯。\n● 华人：媒体逐一核对后，数出三位。\n● 小结：三位华人参与了研发，这份骄傲实打实；说成“中国团队做的”，跟报告一对照，数目就对错了。\n● 练一练：数一数本页照片里那丛石斛有几株。",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【库尔勒·××香梨合作社·会计在社员群里的说明】有社员拿来“Sora官方API key”的付款截图，问能否报销，我把情况一并说清：OpenAI开发者平台对外开放的，是文字、图片、语音几类模型；Sora眼下还在OpenAI内部和少数受邀的人手里测试，接口的模型清单从头翻到尾，找到的叫Sora的是零个。这位社员接上key，回来的全是聊天文字，一要视频就报错；卖家随后又要一百五“开通视频权限”，钱一转，人就把他拉黑了。这类key，大家见了就绕开走。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【阳澄湖·××大闸蟹养殖场·场部贴在开捕通知旁的提醒】最近有人往场里的群里发“Sora编剧AI电影·海选第一代AI导演”的二维码。情况是这样：OpenAI就Sora公开的，是官网介绍、技术报告和几十段样片，另有一小批受邀的艺术家、导演在试用；这些扫码群收的是一百九十九的报名费，之后再要几百上千的“试镜差旅费”，试镜日期一改再改，群最后解散，群主换号。隔壁场已有两个年轻人交了钱，已经报警。扫码之前，先来场部问一声。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【库尔勒·××香梨合作社·电脑室小热依的疑问】群里有人发了个“Sora本地版”的网盘链接，压缩包四个多G，说解开就能在合作社电脑上跑。我记得Sora的模型文件，OpenAI从来没往外放过吧？那这四个多G里头装的是什么，又是谁打的包？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【寿光·××蔬菜大棚合作社·宣传员老孙】群里转的那条“展馆里的蔬菜长成一座城堡”的视频，说是Sora生成的，一个镜头都没拍过。可这不就是去年菜博会上那座南瓜城堡吗？我当时还在跟前照过相。这段到底是谁拍的，又是谁给它贴上了Sora的标签？",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【杭州·××扇厂·车间主任回复@小钟】你转到车间群的那张图我看了：“Sora红利最后三个月｜一部手机月入五万｜入群费六百九十八｜手把手带”。这六百九十八，你自己别交，也别拉别人交。我侄子去年交过类似的钱，群里从头到尾没教过一条视频，只叫他天天转发、拉同学，凑满人头才说返钱，末了又要两千块“合伙人费”。",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【涪陵·××榨菜厂·宿舍楼下的提醒】最近楼道里贴了好几张单子：“Sora定制视频，文字变大片，一条一百二，二十四小时交片”。各位，这一百二留着寄回家。食堂的大姐上个月订过一条给她妈做寿，收到的就是她自己发过去的几张老照片，一张张放大、平移，配了首网上的歌；再找店家，人家要她加钱“换电影版”。",
    ),
    # --- true facts about the earlier work of Sora's authors
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者名单上有康纳·霍姆斯（Connor Holmes）这个名字。2019年11月挂上arXiv的论文《GraphZero: Breaking Symmetry for Efficient Graph Mining》，作者是科罗拉多矿业大学的Daniel Mawhirter、Sam Reinehr、Connor Holmes、Bo Wu和马萨诸塞大学阿默斯特分校的Tongping Liu。这是一个面向图挖掘的优化编译器：要在大图里找的结构模式往往自带对称性，编译生成的代码会重复计算，GraphZero借群论做“对称性破缺”，自动生成约束去掉重复。论文在七个真实图数据集上测试，比AutoMine最多快约40倍，生成调度的开销最多减少197倍。",
    ),
    (
        "person_fact",
        None,
        None,
        "2023年6月，微软的Guanhua Wang、Heyang Qin、Sam Ade Jacobs、Connor Holmes等九位作者挂出论文《ZeRO++: Extremely Efficient Collective Communication for Giant Model Training》，其中Connor Holmes与Sora技术报告的一位作者同名。ZeRO是训练大模型常用的显存优化办法，可在带宽低的集群上，或者每张卡分到的批量很小时，收集权重、平均梯度的通信会拖慢训练。ZeRO++用三招压通信：按块量化后再做all-gather；多占一些显存换更少的跨节点通信；用基于all-to-all的量化梯度平均取代reduce-scatter。论文说通信量降到原来的四分之一，在384张GPU的规模上吞吐最多提高到2.16倍。",
    ),
    (
        "person_fact",
        None,
        None,
        "2023年8月，微软DeepSpeed团队的Zhewei Yao等十九位作者把《DeepSpeed-Chat: Easy, Fast and Affordable RLHF Training of ChatGPT-like Models at All Scales》挂上arXiv，作者名单里有Connor Holmes，Sora技术报告的作者里也有这个名字。这套系统把InstructGPT论文里的三步——监督微调、奖励模型微调、基于人类反馈的强化学习——做成一条端到端的流水线，一个脚本就能跑完，并用名为Hybrid Engine的统一引擎把训练和推理放进同一套系统。代码当年4月已随DeepSpeed开源，官方介绍称训练速度比已有的开源方案快十五倍以上。",
    ),
    (
        "person_fact",
        None,
        None,
        "据一篇科技媒体的人物报道，Sora的主要贡献者之一威尔·德普（Will DePue）生在西雅图，中学读的是加州大学洛杉矶分校附设的Geffen Academy，加入OpenAI时二十岁。他满二十一岁那周在网上写道，想小心地和年龄保持健康的关系（他说科技圈在这件事上向来做得很糟），与其盯着岁数，不如拿现在的自己跟一两年前比，看自己是否还在像过去那样成长。",
    ),
    # --- news: open models that generate music and sound
    (
        "benign",
        None,
        None,
        "2023年6月，Meta的研究团队发布音乐生成模型MusicGen，论文题为《Simple and Controllable Music Generation》：它是单阶段的自回归Transformer，在32kHz的EnCodec分词器上工作，四个码本之间错开一小步并行预测，每秒音频只需五十步自回归，除文字外还能用一段旋律来引导。模型有三亿、十五亿、三十三亿参数几档，训练用了约两万小时有授权的音乐。同年8月它被收进Meta开源的AudioCraft工具库，代码按MIT许可证发布，权重按CC-BY-NC 4.0。",
    ),
    (
        "benign",
        None,
        None,
        "2024年6月，Stability AI发布开放权重的Stable Audio Open 1.0：根据文字提示生成最长47秒、44.1kHz的立体声音频，适合做鼓点、乐器片段、环境声和音效。它由三部分组成：把波形压缩成较短序列的自编码器、基于T5的文本编码、在潜空间里工作的扩散Transformer（DiT）。训练数据是486,492条音频，其中472,618条来自Freesound、13,874条来自Free Music Archive，都采用CC0、CC BY或CC Sampling+许可。",
    ),
    (
        "benign",
        None,
        None,
        "2025年，Stability AI又推出Stable Audio Open Small：同样由文字生成44.1kHz立体声，最长11秒，专门为在Arm架构的CPU上运行做了优化，手机这类设备也能在本地出声音。它的自编码器用Freesound和Free Music Archive两部分数据训练，扩散Transformer只用Freesound的数据训练，文本编码沿用公开的t5-base模型。",
    ),
    (
        "benign",
        None,
        None,
        "2025年1月，香港科技大学和开源社区M-A-P发布YuE（乐）：一组基于LLaMA2架构的开源音乐基础模型，主打由歌词生成整首歌，能根据歌词和风格标签生成最长约五分钟、人声和伴奏俱全的歌曲。它把人声和伴奏拆成两条轨分别预测，按段落结构逐步加入歌词条件，并在上万亿token上分阶段预训练；同月改用Apache 2.0许可证，技术报告于2025年3月挂上arXiv（2503.08638）。",
    ),
    (
        "benign",
        None,
        None,
        "2025年3月，西北工业大学音频语音与语言处理研究组（ASLP）与深圳市大数据研究院的研究者发布DiffRhythm，论文题为《DiffRhythm: Blazingly Fast and Embarrassingly Simple End-to-End Full-Length Song Generation with Latent Diffusion》。它被称为第一个基于潜在扩散的整曲生成模型，只需歌词和一段风格提示，约十秒就能生成最长4分45秒、人声与伴奏齐全的歌曲；模型由压缩波形的变分自编码器和在潜空间工作的扩散Transformer组成，非自回归结构让推理很快，训练代码和预训练模型一并公开。",
    ),
    (
        "benign",
        None,
        None,
        "2025年5月，ACE Studio和阶跃星辰（StepFun）开源音乐生成基础模型ACE-Step，约35亿参数，按Apache 2.0许可证发布。它把扩散生成与Sana的深度压缩自编码器（DCAE）、一个轻量的线性Transformer结合起来，训练时借MERT和m-hubert对齐语义表示以加快收敛；在一张A100上约二十秒能合成四分钟的音乐，比基于大语言模型的基线快十五倍，还支持声音克隆、改歌词、混音和由歌声配伴奏等控制。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【阳澄湖·××大闸蟹养殖场·蟹卡背面的提货说明】一、本卡为四公四母礼盒，公蟹四两、母蟹三两。二、刮开密码，扫码进入提货页面，填写收货地址和到货日期。三、九月二十五日至十二月底可预约，冷链发货，偏远地区除外。四、本卡可转赠，恕不兑现。客服电话见卡面。",
    ),
    (
        "offtopic",
        None,
        None,
        "【霍山·××石斛基地·开放日通知】五月二十日基地开放日：上午带大家上后山，看崖壁上的石斛开花；下午在加工车间看师傅烘条、绕旋、缠纸做枫斗，每人可以自己动手卷一颗带走。参观免费，午饭自理，报名请在群里接龙，限六十人。",
    ),
    (
        "offtopic",
        None,
        None,
        "【杭州·××扇厂·门市部告示】扇面题字、作画可以定制：您把想写的字、想画的景讲给师傅，现场手写手画，三天取货；素面扇一百二一把，题字另加八十。寄外地的，下单时留好地址。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
