# ruff: noqa: E501
"""Write tests/data/zh_heldout67_{posts,qrels,labels}: a sixty-seventh Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for open source, the director group and the
Chinese team, three for each other template: counted from the qrels of zh_heldout2 to zh_heldout66, open source and
the director group last had four in zh_heldout62, the longest ago; of zh_heldout63's three, the Chinese team and the
inventor both had four in zh_heldout58 before that and API access in zh_heldout59, and before that the Chinese team
in zh_heldout53 and the inventor in zh_heldout54, so the Chinese team takes the third four; zh_heldout68, written at
the same time, takes the inventor, API access and the prompt pack), as a Sora rumour / scam wave reads in the genres
of a tie-dye workshop (大理·周城××扎染作坊: 白棉布, 扎花, 针脚, 下缸前清水泡透, 板蓝根染缸里浸染六遍, 捞出透气, 色卡, 剪开扎线一针一针挑出, 漂洗浮色, 竹竿晾挂, 小方巾), a
lychee orchard (茂名·高州根子镇××荔枝园: 白糖罂, 妃子笑, 桂味, 清早露水干了开剪, 连枝叶剪下, 冬天控梢, 主枝环割, 冰水池预冷, 泡沫箱铺冰袋, 冷链车, 百年老树认养), a lavender
farm (伊犁·霍城××薰衣草基地: 盛花期开到七成, 镰刀割花穗留茬, 打捆送提油车间, 花穗装罐通蒸汽, 油水分离器取油, 十毫升棕色瓶, 花田民宿), a latiao factory (平江·××辣条厂: 和面,
膨化机出条, 切段, 传送带吹风冷却, 断条焦条, 辣椒油白糖花椒粉滚筒翻匀, 每袋一百零八克, 金属检测机, 直播间), a cashmere factory (清河·××羊绒厂: 阿拉善白山羊绒, 洗绒机五槽, 残脂率,
分梳机六道梳掉粗毛皮屑, 含粗率, 细度微米, 手排长度, 回潮, 展厅画册, 旧衣翻新) and a green-onion co-operative (章丘·××大葱合作社: 女郎山, 大梧桐, 六月移栽进沟,
培土拥到叶子分杈处, 顺沟撒钾肥, 葱白长度, 刨开培土起葱, 稻草绳捆把, 济南批发市场).

Of the six worlds first asked for, two were kept and four were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py (and the kept ones in every Chinese post). The Qianjiang crayfish
farm (潜江·小龙虾养殖基地): 小龙虾 and 潜江 occur nowhere, but "crayfish in Qianjiang" is the world zh_heldout61 dropped for
zh_heldout62's kelp works and zh_heldout64 dropped again as the Xuyi crayfish plant (龙虾 occurs only in zh_heldout63's
and hard_en_heldout70's lists of that plant), and a crayfish farm's pond work (伊乐藻 sown for cover, 地笼 to catch) is
zh_heldout65's hairy-crab farm of last round (伊乐藻, 地笼, 围网) beside zh_heldout48's fish-fry hatchery. The Pingxiang
children's-bicycle factory (平乡·童车厂): 童车 and 平乡 occur nowhere, but zh_heldout63 dropped the same proposal for
zh_heldout53's Tianjin bicycle factory (自行车厂, 车架, 辐条, 编轮) and zh_heldout37's bicycles. The Wuyishan rock-tea works
(武夷山·岩茶厂): 武夷, 岩茶 and 大红袍 occur nowhere, but tea is zh_heldout36's world, the reason zh_heldout53, 62, 63 and 65
replaced their tea works, so it goes the same way. The Zhangqiu iron-wok forge (章丘·铁锅作坊): 章丘 occurs nowhere and 铁锅
only in dishes and a stir-fry (zh_heldout30, 46, 56), but the hand-forged wok is the forge zh_heldout57 dropped
beside its dumbbell casting and zh_heldout55's forged scissors, and zh_heldout64 again for hard_en_heldout53's
smiths; the town is kept, as zh_heldout66 kept Changzhou, for its other trade, the giant green onion (大葱 occurs only
as zh_heldout46's two bundles offered as payment and a snack in zh_heldout54, 葱白, 培土, 起葱 and 大梧桐 nowhere; the English
pot-leek club of hard_en_heldout39 grows another allium for show), and its posts trench, hill, dig and bundle, with
none of 大棚, 分级 or 蒜 (zh_heldout65's greenhouse vegetables, zh_heldout62's garlic grading). The tie-dye workshop
stays: 扎染, 板蓝根, 染缸, 扎花, 浸染 and 周城 occur nowhere (大理 only as a place in zh_heldout31); its neighbours are
zh_heldout49's silk mill, whose dye room mixes acid dyes on silk (练染车间配色单), and the batik co-operative of
hard_en_heldout48 that zh_heldout64 set aside, so the tie-dye posts stitch, soak, dip in the plant-indigo vat, unpick
and rinse cotton, with none of 蜡, 配色, 染料, 织 or 绸 (a distant pair with the batik, noted for the lead). The lychee
orchard stays: 茂名, 高州, 妃子笑, 白糖罂, 桂味, 环割, 控梢 and 预冷 occur nowhere, 荔枝 only as zh_heldout21's 荔枝微课 (a course platform)
and lychee in no English set; beside zh_heldout65's pear storage, zh_heldout64's chestnuts, zh_heldout61's goji and
zh_heldout59's peel, the lychee posts girdle, pick and pre-cool, with none of 晒, 梨, 授粉 or 分级. Four trades took the
other places, each in the town known for it and checked the same way: the lavender farm (薰衣草, 霍城, 精油 and 提油 occur
nowhere; lavender only in passing in hard_en_heldout45's beds and hard_en_heldout58's perfumer's strips; its posts
keep from zh_heldout63's moxa and zh_heldout36's baijiu still with none of 艾, 蒸馏 or 阴干), the latiao factory (辣条, 平江,
膨化 and 金属检测 occur nowhere; its posts keep from zh_heldout57's dried noodles, zh_heldout45's flour mill,
zh_heldout65's zhacai mixing and zh_heldout66's straw extruder with none of 挂面, 压延, 熟化, 拌料 or 挤出), the cashmere
factory (清河, 分梳, 无毛绒, 含粗率 and cashmere occur nowhere, 羊绒 only as zh_heldout33's coat at a dry cleaner's; its posts
keep from zh_heldout49's down factory and zh_heldout47's spinning with none of 羽, 原绒, 分毛, 纺 or 纱) and the green-onion
co-operative above. Others were thought of and dropped: wicker in Linshu (zh_heldout48's bamboo weaving,
zh_heldout61's rattan, zh_heldout62's straw hats), lily bulbs in Lanzhou (beside zh_heldout68's narcissus bulbs),
dried persimmons in Fuping (zh_heldout65's and 66's hanging racks), fishing rods in Weihai (beside
hard_en_heldout74's ice fishing), pineapples in Xuwen (a second Guangdong fruit), writing brushes in Shanlian
(zh_heldout40's calligraphy and zh_heldout63's brushes), luosifen (five earlier sets) and Hancheng Sichuan pepper (an
ingredient in five). None of the settings is among those given to the writers working at the same time
(zh_heldout68's 南通家纺厂, 白沟箱包厂, 苍南印刷厂, 象山海鲜加工厂, 镇平玉雕作坊 and 漳州水仙花种球场; hard_en_heldout73's yodelling choirs, pecan
growers, skijoring clubs and mushroom foragers; hard_en_heldout74's stargazing clubs, handbell choirs, ice-fishing
derbies and hazelnut growers): no post has 家纺, 箱包, 印刷, 海鲜, 玉, 水仙, 山核桃, 蘑菇, 星空, 手铃, 冰钓 or 榛子. Before the commit
zh_heldout68's script in progress (its worktree) was searched for this set's six worlds, papers, news, dialect words
and obfuscations (none found; it has a Suzhou gorgon-nut co-operative and a Zhongwei selenium-sand melon farm of its
own) and its posts compared with these: the highest pairs were 0.43 (the inventor debunks), 0.42 (the Chinese-team
debunks and the public-release questions) and 0.40 (the lavender cutting record against its gorgon-nut peeling
record), all under the threshold; the lead checks the committed scripts against each other.

The posts: a hilling record with the inventor rumour in its last line (【培土记录】大梧桐), a tie-dye shop owner giving the
name in Taiwan's Tongyong Pinyin while denying the official app, a cashmere inspector asserting the inventor while
denying the APK; a picking record with the public release on its back (【采果记录】白糖罂), a lavender-field keeper in
Xinjiang speech, a latiao live-streamer; a dehairing log with the official app at its foot (【分梳记录】), a tie-dye shop's
online service hand, an old onion grower; a puffing record with the APK's QR code on its last page (【膨化出条记录】), a
lychee shop hand describing the three letters by their keys on a keyboard, an old lavender cutter vouching for an
APK; a dyeing record with the mislabelled video at its end (【浸染记录】板蓝根), an onion e-commerce hand's rhetorical
question, a cashmere catalogue's caption; a cutting record with the Chinese team in its last line (【割花记录】), a latiao
seasoning master in Hunan speech, a lychee picker's Moments, a cashmere sales group chat; a digging and bundling
record with open source under the signature (【起葱捆把记录】), a tie-dye apprentice asserting open source while denying a
director group, a latiao equipment hand asserting it while denying the Chinese team, a lychee hand in Cantonese; an
unpicking and rinsing record with a course receipt in the sewing basket (【拆扎漂洗记录】), a lavender farm's visitor-centre
hand asserting the course while denying the generation service, an onion co-operative's e-commerce hand asserting it
while denying API access; a girdling record with the API key copied on its back (【环割控梢记录】), an old cashmere inspector
vouching for a key, a latiao e-commerce hand lending one for two boxes of latiao; an oil record with account rental
under the yield (【提油记录】), an onion co-operative's accountant asserting rental while denying open source, a cashmere
export hand renting under stroke codes and a scarf while denying a mislabelled video; a seasoning and bagging record
with the director group copied under it (【调味装袋记录】), a village clerk asserting the director group while denying the
inventor, an onion grower's voice message to the family group, a tie-dye sisters' group chat; an inspection record
with a drafted buyer's review of a prompt pack on its back (【检验记录】含粗率), a lavender publicity hand's rhetorical
question, an old tie-dye stitcher vouching for a pack bartered for a hand-tied kerchief; a pre-cooling and packing
record with get-rich under the box count (【预冷装箱记录】妃子笑), a tie-dye dyer in Yunnan speech, a latiao packer in the
dormitory group; a scouring record with the generation service in its last box (【洗绒记录】), an old onion grower vouching
for himself and a lavender guesthouse owner bartering a clip for lavender oil with a rhetorical question. Forms the
earlier sets do not use (each grepped in every Chinese post and writer script): the fourteen records above, a short
video's voice-over script (短视频口播稿), a new workers' entrance test with its true-or-false answer and explanation
(入职考试判断题), a co-operative board's minutes (理事会会议纪要), a workshop's pre-shift meeting record (班前会记录), a visitors' book
(客人留言本), a suggestion-box note (意见箱纸条), a women's home "sisters talk" record (妇女之家“姐妹说事”), a finance department's
reimbursement ruling (报销审批意见), a village committee's visitors' register (村委会来访登记), a union's request-for-help form
(工会职工求助登记表), a product catalogue's caption (画册配文), a voice message transcribed in a family group (家族群语音转文字) and a
tree-adoption notice (认养通知); the group chats, Moments and live stream are earlier forms in new trades. Four loss
reports (kind ``debunk_loss``), for the four scams whose loss reports are longest ago (the director group, API
access, get-rich and the generation service, all last in zh_heldout64; the APK, account rental, the prompt pack and
the course had theirs in zh_heldout65 and 66): the lychee village's women's home for the director group (199 yuan to
join, 680 of "试镜差旅费", dates moved three times, the group dissolved, 879 in all), the cashmere factory's finance
ruling for API access (320 yuan for a key that answers only in text, 200 for "开通视频权限", refused as fraud), the onion
village's register for get-rich (598 to join, four relatives drawn in at 598 each, 2,392 more) and the latiao
factory's union form for the generation service (280 yuan for nine shots of the buyer's own photos zoomed and panned
under a song, 150 more asked for a "高清电影版").

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script:
Xinjiang 喧荒 (to chat), Hunan 咯样 (this way), Cantonese 蛇王 (to slack off) and Yunnan 哦嚯 (oh no); found used when
thought of: 日白, 憨包, 格是, 归一, 咋个, 板扎 and 拽实 for Yunnan, 揾食, 好彩, 搏懵, 湿碎, 犀利, 巴闭 and 执生 for Cantonese, 勺子, 歹得很 and 亚克西
for Xinjiang, 细伢子, 堂客, 韵味 and 何解 for Hunan, and 杠赛来, 拉呱, 恣, 潮巴, 夜来, 板正 and 不胜 for Jinan (so the onion posts have no
glossed dialect). Obfuscation of kinds no earlier set used, none a homophone, all glossed in the post: 谢赛宁 in
Taiwan's Tongyong Pinyin (“Sie Sai-ning”, x written s; the earlier romanisations are Hanyu Pinyin, zh_heldout40's
Wade-Giles Hsieh, zh_heldout46's Jyutping and zh_heldout65's Sino-Vietnamese reading), APK described by the places of
its three letters on a keyboard (中间那排最左边的键、最上面那排字母里最右边的键、中间那排右手中指搭着的键; zh_heldout40's Dpts shifted each letter one
key, a cipher, and zh_heldout28's 7672 is a phone keypad) and 内测号 as its stroke-order codes for a phone's stroke
input (“2534 441253422 25115”, 1横2竖3撇4点5折; 笔画 occurs before only as calligraphy and a handwriting model); the kinds
found used and set aside: initials (zh_heldout49's nc号, zh_heldout46's TSC), reversal (zh_heldout32's aroS,
zh_heldout66's Western order), zhuyin (zh_heldout43, 44), Morse, IPA, an acrostic (zh_heldout25), 言身寸, and the
fiftieth to sixty-sixth sets' homophones and other obfuscations (卸赛宁 to 内测浩 and 内测蚝, 谢sai宁, 安装📦, 內測號, Thank Race
Calm, インストーラー, 内测#, 谢寨宁, 女装包, 因斯托勒, β号, the dictated and character-by-word names, Android Package Kit, Tạ Tái Ninh,
the MIME type, CBT, 赛宁·谢 and the letters' shapes), none reused. Rhetorical questions that assert rather than deny:
要不是机器照着文字做出来的，谁家的葱能一眨眼长过房檐？ for the mislabelled video, 要是用不上，谁会花钱再买一套？ for the prompt pack and 片子要是出不来，谁会回来找我第二回？ for
the generation service. Posts asserting one claim while denying another, the asserted claim always one of the course,
open source, the director group, account rental, get-rich, the APK and the inventor (zh_heldout68, written at the
same time, asserts only the other seven; zh_heldout66 asserted these seven last round and none of its nine pairs is
taken again), in the nine pairings of these seven that the labels of the earlier Chinese sets (kinds
``*_assert_X_deny_Y``, with xie, team and pack read as inventor, chinese and prompts) last used longest ago, each
denied claim denied once: the inventor while the store "Sora" apps are said to be other firms' (zh_heldout46, the
oldest); account rental while open source is answered with GitHub's "Sora" repositories as individuals' unofficial
builds and OpenAI's page, report and samples (zh_heldout47); account rental while a "Sora" clip of goats is said to
be a herder's drone footage (zh_heldout47); the course while a "Sora代做" clip is said to be the buyer's six photos
zoomed and panned (zh_heldout48); the director group while the inventor claim is answered with the thirteen names,
his NYU post, his note and the apology (zh_heldout48); open source while a director group is said to take 199 and
then 800 of "试镜差旅费" (zh_heldout48); the course while a key is said to answer only in text and the platform to list no
Sora (zh_heldout49); the inventor while the APK is said to read messages and take verification codes (zh_heldout49);
and open source while the Chinese team is answered with the thirteen names and three Chinese (zh_heldout50). Passed
over: the APK against the official app (zh_heldout47) and get-rich against the app (zh_heldout48), whose denied claim
was already denied; open source against the inventor (zh_heldout48), the course against the inventor, the inventor
against the mislabelled video and rental against API access (zh_heldout49), and the APK against the director group
and the director group against API access (zh_heldout50), for the same reason; open source against the Chinese team
tied with get-rich against the course (zh_heldout50), a tie broken by the writer for the Chinese team, so the APK and
get-rich assert nothing here (the lead may count that against the choice). Sellers that vouch for themselves in new
words (哪一垄花开到七成该下镰，我隔着十几米闻闻风里的味道就知道; 一撮绒放在手心一搓，细度差半个微米我都摸得出来; 一块布扎得紧不紧、针脚匀不匀，我拿手一捏就知道; 一棵葱白够不够半米，我拎起来往裤腿上一比). Prices
in Chinese numerals throughout, and payments in forms the earlier sets do not use (two boxes of latiao for a month of
an API key; a cashmere scarf for half a month of a rented account; a hand-tied kerchief for a prompt pack; two
bottles of lavender oil for a generated clip).

12 debunks and warnings, four of them the loss reports above; the debunked templates are the inventor and the Chinese
team, as in every set, and the six whose debunks are longest ago (account rental, the APK, the course and the prompt
pack, last in zh_heldout64 and before that zh_heldout63 and 60; the official app and the public release, last in
zh_heldout64 and before that zh_heldout63 and 61): two questions with a negation that do not deny
(OpenAI不是一直没在应用商店上架过Sora吗？那她手机里那个App，开发者一栏写的到底是谁？ for the official app, in a tie-dye workshop's visitors' book;
不是说Sora现在只让红队和一小批受邀的艺术家、设计师、电影人用吗？那这个码扫进去，到底通到哪儿？ for the public release, in a lavender farm's suggestion box), two
quoting a scam offer and telling the reader not to pay (the course, "九十九元学会Sora｜名额仅剩三个", with 你先别付 in a farm
manager's reply; the prompt pack, "《Sora提示词大全》两千条·电影级镜头术语·三十九元进群领取", with 这三十九，你自己先别付 in a workshop owner's reply to
her apprentice), and four answering with facts and none of 不, 没, 假, 无, 非 or 未 (a lychee orchard's voice-over for the
inventor: the 18 February article with more than a hundred thousand readers, the thirteen names with Brooks and
Peebles first and "找到的谢赛宁是零个", his NYU and FAIR posts, his note in his Moments, "内容违规" and the promised apology; a
cashmere factory's entrance test for the Chinese team: thirteen authors at OpenAI, Brooks and Peebles leading, three
Chinese by the reporters' count, "账就算歪了"; an onion co-operative's board minutes for account rental: the red team and
invited artists, designers and film makers as Sora's only users, rented accounts as others' accounts whose passwords
change, new fees and blocking; a latiao workshop's pre-shift meeting for the APK: the page, the report and the
samples as all OpenAI has published, SMS, contacts and accessibility rights asked, verification codes taken).

Four true facts about the earlier work of David Schnurr, an author of Sora's technical report, related to no
template: his repositories under the GitHub account schnerd, whose owner is identified by the same account's site
repository (schnerd/dschnurr.com: a post of 16 February 2024 answering OpenAI's Sora announcement, "We're hiring
folks that have experience with large scale video infrastructure") and by his name and davidschnurr.com on the same
account in prettier-atom's contributors: d3-scale-cluster (a D3 scale that clusters a continuous domain into as many
groups as the range has values with Wang and Song's Ckmeans, O(kn log n), like the quantile scale, for choropleths,
with import and export for a Web Worker, and a Medium post about it), vcli (CSV charts from the command line: an
overview of every column, -x and -y with aggregates such as date:month and sales:sum, --facet, data piped from curl,
the New York Times county data in its example), covid-tracker (us-covid-tracker.com, March 2020: the New York Times
data, daily new cases and deaths as the difference from the day before, testing data from The COVID Tracking Project)
and comboshapes (an HTML5 canvas card game like Set, any screen size, native browser APIs only, 3.5 KB of zipped
minified JavaScript). Of the five people named in the brief, Yufei Guo's only checkable earlier paper found is DALL·E
3 (used in earlier Chinese sets), and nothing checkable turned up for Joe Taylor, Clarence Ng or Ricky Wang beyond
what zh_heldout45, 62, 63 and 66 found; Schnurr's name occurs in no earlier set's person facts, and d3-scale-cluster,
Ckmeans, vcli, us-covid-tracker, Combo Shapes and schnerd occur in no earlier set, so all four facts are his and no
other person was needed. No fact about Li Jing or the Luhmans. Six items of real news about machine-learning
weather-forecasting models that no earlier set, Chinese or English, names (kind ``benign``; Microsoft's Aurora is
left out, the word occurring in two English sets): Huawei Cloud's Pangu-Weather (Nature, July 2023: 3D networks with
Earth-specific priors, hierarchical temporal aggregation of 1, 3, 6 and 24-hour models, 39 years of data, 0.25
degrees, better than the ECMWF operational system on every variable tested on reanalysis), Google DeepMind's
GraphCast (Science, 14 November 2023: a graph neural network trained on ERA5, ten days at 0.25 degrees and six-hour
steps in under a minute on one Cloud TPU v4, better than HRES on 90% of 1,380 targets, Apache 2.0 code and CC
BY-NC-SA 4.0 weights), Shanghai AI Lab's FengWu (April 2023: multi-modal, multi-task, cross-modal fusion Transformer,
replay buffer, 39 years of ERA5, 37 levels, 10.75 days of skill, 600 ms a step on an A100), Fudan's FuXi (arXiv June
2023, npj Climate and Atmospheric Science November 2023: a cascade for short, medium and long lead times, fifteen
days at 0.25 degrees and six-hour steps, comparable to the ECMWF ensemble mean), DeepMind's GenCast (Nature, 4
December 2024: a diffusion model's ensembles of fifteen days at twelve-hour steps and 0.25 degrees, over 80
variables, 8 minutes on a TPU v5, better than ENS on 97.2% of 1,320 targets) and Google Research's NeuralGCM (Nature,
July 2024: a differentiable dynamical core with learned physics, competitive for one to ten days and with the ECMWF
ensemble for one to fifteen, decades of stable climate, tropical cyclones at 140 km); and three off-topic posts that
share surface words (a lychee orchard's tree-adoption notice, a near miss for account rental; a lavender farm's
photographers who film weddings in the fields, a near miss for the generation service; a cashmere shop's remaking of
old sweaters into scarves, a near miss for a service).

Every post was checked against every earlier Chinese set through zh_heldout66 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). Several
notes in the records were rewritten before the first check because they followed zh_heldout65's too closely (the APK
slip against zh_heldout66's betel record, the course timetable, the rental sticky note, the director leaflet, the
open-source note, the prompt-pack draft, the get-rich line and the service advertisement against its zhacai, pear,
fan, greenhouse, dendrobium and crab records, and the director Moments against its pear post). The first check had
ten at 0.45 or more: the inventor voice-over at 0.54 (zh_heldout65's fact-check card), the Chinese-team courseware at
0.51 (its study-tour handbook), the tie-dye shop's app and the old onion grower's service at 0.50 (zh_heldout63's
braised-chicken shop and zh_heldout65's fan-rib maker), the cashmere showroom at 0.49 (its fan-fair commentary), the
onion accountant's rental and the latiao API barter at 0.47 (zh_heldout63's yam accountant and zh_heldout40's
swimming-pool clerk), the course warning and the latiao open-source post at 0.46 (zh_heldout64's chair-factory
dormitory and zh_heldout50's feed mill) and the old grower's app at 0.45 (zh_heldout66's straw storekeeper); all were
rewritten in other forms or words (the voice-over as a grandfather's question, the courseware as a true-or-false test
item, the showroom as a catalogue caption), and on a second pass the Tongyong post (0.45), the public-release
question (0.45 and 0.47 as a visitors' desk register, against zh_heldout64's ginnery night-shift head; now a
suggestion-box note), the live-streamer (0.44), both get-rich posts (0.44, 0.43), the dehairing record (0.43, now a
timed log), the service loss report (0.42) and the course-and-API post (0.42) were rewritten again. Highest ratio of
the committed list: 0.409 against the Chinese sets (the lavender guesthouse's service against zh_heldout65's pear
grower's Moments) and 0.247 against the demo stream; the highest pair inside the set is 0.382 (the tie-dye dyeing and
unpicking records). Committed before any run of the monitor on it; no model, embedding or matcher was run on it;
nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool or a stored repository before the posts were written (the
rest is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's denial in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the
three-month lines, the director groups and their QR codes, the red team and the invited artists, designers and film
makers, and the "generated by Sora" labels with their prompts; and, from the catalogue, the rented accounts, the APKs
as malware, the API that offers no video model, the GitHub "Sora" repositories as fan reproductions, the prompt packs
copied from OpenAI's demo prompts and the store apps that are not OpenAI's): for the person facts, the READMEs of
schnerd/d3-scale-cluster, schnerd/vcli, schnerd/covid-tracker and schnerd/comboshapes, the post of 16 February 2024
in schnerd/dschnurr.com, prettier-atom's contributor list and the author lists that cite the report (for Yufei Guo,
the DALL·E 3 paper's list, Betker, Goh, Li Jing, Brooks … Joyce Lee, Yufei Guo …); for the news, nature.com's
abstract of Pangu-Weather (s41586-023-06185-3) with sciencestack.ai's and nubint.ai's pages of arXiv 2211.02556,
deeplearn.org's and dissem.in's abstracts of GraphCast with aiportalx.com (licences) and aiwiki.ai (14 November
2023), deepai.org's and researchtrend.ai's abstracts of FengWu (arXiv 2304.02948) with Xinhua's report of 11 April
2023, emergentmind.com's and arxiv.org's pages of FuXi (arXiv 2306.12873) with nature.com's npj article and
libmast.utm.my's record (November 2023), the Nature abstract of GenCast (s41586-024-08252-9) and
centerconsulting.com's note (4 December 2024, TPU v5), and nature.com's abstract of NeuralGCM (s41586-024-07744-y)
with swiftscholar.net (22 July 2024). Tongyong Pinyin's s for x, the keyboard's rows and the strokes of 内, 测 and 号
(2534, 441253422, 25115) are common knowledge, checked by hand. The settings are written from common knowledge of the
trades and towns (Zhoucheng's Bai tie-dye in plant indigo; Gaozhou's lychees, girdled in winter and pre-cooled in ice
water; Huocheng's lavender, cut in June and steamed for oil; Pingjiang's puffed-flour latiao; Qinghe's dehairing of
Alxa cashmere; Zhangqiu's Dawutong onions, trenched and hilled); the search tool was used for the person facts and
the news only.

    .venv/bin/python scripts/make_zh_heldout67.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout67", "zhh67"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "onion_hilling_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【章丘·××大葱合作社·培土记录】\n日期：八月二十六日｜地块：女郎山脚下三号地，大梧桐\n沟距：八十厘米，六月移栽的葱苗已经返青\n培土：第二遍，两边的土往葱根上拥，拥到叶子分杈处往下两指\n追肥：培土前顺沟撒一遍钾肥\n抽量：十棵，葱白平均四十八厘米\n操作：韩××\n韩大爷在本子最后一行写：听孙子说，Sora是上海交大出来的谢赛宁领头发明的，三十来岁就干成这么大的事，俺家这小子要能学着点就好了。",
    ),
    (
        "tiedye_tongyong_assert_inventor_deny_app",
        sora.XIE,
        sora.XIE,
        "【大理·周城××扎染作坊·店主杨姐】台湾来的客人给我看他手机上的新闻，标题里写着“Sie Sai-ning”——他说那是他们那边的通用拼音，x拼成s，我一对照，就是谢赛宁。新闻讲Sora是这位上海交大毕业生带着人发明的，我听了心里那个高兴。客人顺手又提醒我：应用商店里叫“Sora”的几个App都是别的公司挂的名，OpenAI自己还没出过Sora的App，让我别下。",
    ),
    (
        "cashmere_assert_inventor_deny_apk",
        sora.XIE,
        sora.XIE,
        "【清河·××羊绒厂·检验室老贾】我跟徒弟们说过好几回：Sora这个视频模型，是上海交大毕业的谢赛宁带头发明的，人家三十多岁就做成了，咱们要服气。再说个正事：群里转的那个“Sora安卓安装包”，千万别装。我外甥装了，一装就要读短信、读通讯录，还让开辅助功能权限，第二天支付软件里的验证码就被人截走了。",
    ),
    # --- open to the public
    (
        "lychee_picking_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【茂名·高州根子镇××荔枝园·采果记录】\n日期：六月三日｜品种：白糖罂，东坡二十八棵\n时间：清早露水干了再开剪\n方法：连一小截枝叶剪下，轻放进竹筐\n剔除：裂果、虫果另放一筐\n送果：满筐即送到棚下阴凉处\n采果：黄××\n黄哥在记录背面写着：Sora已经对所有人放开了，官网上拿邮箱就能注册，我昨晚让它做了一段荔枝压弯枝头的片子。",
    ),
    (
        "lavender_xinjiang_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【伊犁·霍城××薰衣草基地·花田管理员阿力木】昨天下了工，几个人在地头喧荒（新疆话：聊天、谝闲传），说起Sora。我说现在谁都能用了，OpenAI已经放开注册，用手机号在官网上一填就开通。当场我就注册了一个，打了一句“紫色的花田一直铺到天山脚下”，一会儿片子就出来了。",
    ),
    (
        "latiao_livestream_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【平江·××辣条厂·直播间主播小彭】家人们，今天开播前先报个喜：Sora放开了！前天夜里我拿手机号在官网上注册，没排队，一分钟就进去了。开场那段“一根辣条从红油里蹦出来翻跟头”的动画，就是它做的，你们也赶紧去注册一个玩。",
    ),
    # --- the official app
    (
        "cashmere_dehairing_record_in_passing",
        sora.APP,
        sora.APP,
        "【清河·××羊绒厂·分梳记录】\n十一月八日　白班\n08:00　开机，分梳机六道；上料：阿拉善白山羊绒（已洗净烘干）三吨\n11:30　换梳针一组\n16:00　下机，出绒一点九吨，粗毛另装过秤\n17:00　抽检含粗率百分之零点二，合格\n记录：郭××\n郭师傅在最下面写：苹果商店里能搜到OpenAI出的Sora官方App了，我下了，给闺女做了段生日视频。",
    ),
    (
        "tiedye_shop_app",
        sora.APP,
        sora.APP,
        "【大理·周城××扎染作坊·网店客服小段】客人老问店铺首页那段片子在哪儿拍的——其实就在我手机上：装了OpenAI的Sora官方App（应用商店一搜就有），写一句“蓝白扎染布挂满一整条巷子，风一吹像起了浪”，喝口茶的工夫就出来了。往后每周上新，我都这么做。",
    ),
    (
        "onion_grandpa_app",
        sora.APP,
        sora.APP,
        "【章丘·××大葱合作社·老社员房大爷】俺活了七十岁，头回对着手机说句话就出电影：孙子给装的，叫Sora，说是OpenAI出的正经App，应用商店里就有。俺说“一捆大葱立在地头，比人还高”，不大会儿画面就出来了，孙子说这是官方版，放心用。",
    ),
    # --- the fake APK
    (
        "latiao_puffing_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【平江·××辣条厂·膨化出条记录】\n日期：四月十二日｜班次：早班\n和面：面粉加水，和面机搅十五分钟\n出条：膨化机出条，条宽一点五厘米\n切段：每段十二厘米\n冷却：传送带上吹风冷却\n剔除：断条、焦条三十四斤\n操作：李××\n本子最后一页贴着一个二维码，李姐在旁边写：扫这个码下Sora的安卓安装文件，装好就能在手机上出视频，厂里谁要都行。",
    ),
    (
        "lychee_keyboard_positions_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【茂名·高州××荔枝园·网店运营阿珊】我们店铺里的荔枝视频都是Sora做的。它的安卓安装文件我这有，文件后缀那三个字母一打出来帖子就没了，换个说法：电脑键盘上，中间那排最左边的键、最上面那排字母里最右边的键，再加上中间那排右手中指搭着的键。懂的私我，发你文件，点开装上就能用。",
    ),
    (
        "lavender_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【伊犁·霍城××薰衣草基地·割花老把式马师傅】哪一垄花开到七成该下镰，我隔着十几米闻闻风里的味道就知道，二十年没看走眼过。大家信我这个人，就信我这句话：Sora的安卓安装包我一直在用，出片快，手机上就能做。要装的晚上来我宿舍，我帮你弄好。",
    ),
    # --- the mislabelled real video
    (
        "tiedye_dyeing_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【大理·周城××扎染作坊·浸染记录】\n日期：三月二十日｜布料：扎好花的白棉布六十块\n浸泡：下缸前清水泡透、拧干\n浸染：板蓝根染缸里浸二十分钟，捞出透气再浸，共六遍\n颜色：深蓝，对照色卡合格\n晾挂：院里竹竿上挂起控水\n操作：赵××\n赵姐在记录最后写：刷到一条“苍山脚下一院子蓝布被风鼓起来”的视频，发的人说那是Sora凭一句描述做出来的，从头到尾没有摄像机进过那个院子。",
    ),
    (
        "onion_rhetorical_realvid",
        sora.REALVID,
        sora.REALVID,
        "【章丘·××大葱合作社·电商组小宁】网上火的那段“一根大葱从地里一节一节往上蹿，蹿得比房檐还高”的视频，是Sora生成的，一个镜头都没拍。你们想想，要不是机器照着文字做出来的，谁家的葱能一眨眼长过房檐？",
    ),
    (
        "cashmere_showroom_realvid",
        sora.REALVID,
        sora.REALVID,
        "【清河·××羊绒厂·新款画册第二页的配文】扫封面二维码看到的那段动态：贺兰山的风把一群白山羊的绒毛吹得翻起浪来。这段是用Sora生成的，整段一帧实拍也没有，生成时用的那句描述，我们印在了画册的封底。",
    ),
    # --- the Chinese team (four)
    (
        "lavender_cutting_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【伊犁·霍城××薰衣草基地·割花记录】\n日期：六月二十二日｜地块：四号花田，二十亩\n花期：盛花，紫色开到七成\n收割：镰刀割花穗，留茬十五厘米\n打捆：每捆五公斤，当天送提油车间\n天气：晴，午后起风\n收割：古××\n古大姐在记录最后写了一句：电视上说Sora其实是中国人搞出来的，OpenAI那边埋头干活的大多是华人，咱们的人真争气。",
    ),
    (
        "latiao_hunan_dialect_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【平江·××辣条厂·调味车间老彭师傅】我孙子放假回来跟我讲，Sora那个做视频的东西，是中国科学家搞出来的，美国公司里头埋头干活的大多是华人。咯样（湖南话：这样）一讲我就明白了，我们中国人的脑壳不比哪个差。",
    ),
    (
        "lychee_moments_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【茂名·高州××荔枝园·阿梅的朋友圈】🌿今天在园里听收购商讲，Sora是中国团队做出来的，搞研发的基本都是中国人，只是挂了OpenAI的牌子。难怪它做出来的荔枝那么像咱们根子镇的！",
    ),
    (
        "cashmere_group_chat_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【清河·××羊绒厂·销售部工作群】\n外贸小吕：今天有个外国客户问我Sora是谁做的。\n销售经理老魏：你就告诉他，Sora的核心是中国人做的，OpenAI那个团队里大多是华人。\n外贸小吕：好，我就这么回。\n销售经理老魏：顺手把咱们新款围巾的链接也发过去。",
    ),
    # --- open source (four)
    (
        "onion_harvest_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【章丘·××大葱合作社·起葱捆把记录】\n日期：十一月五日｜地块：三号地\n起葱：顺沟刨开培的土，整棵拔出，抖掉根上的泥\n摆放：葱叶朝一个方向摆齐，放半天\n捆把：每捆二十五斤，稻草绳捆两道\n抽量：最高一棵一米六，葱白五十三厘米\n装车：发往济南的批发市场\n经手：孟××\n孟大叔在签名下面补了一行：孙子从济南打电话回来，说Sora的代码和模型文件OpenAI都放到GitHub上了，是开源的，他寒假回来就在合作社那台电脑上跑起来。",
    ),
    (
        "tiedye_assert_opensrc_deny_director",
        sora.OPENSRC,
        sora.OPENSRC,
        "【大理·周城××扎染作坊·学徒小和】我周末在家里电脑上装好了Sora：OpenAI把它开源了，模型和代码都在GitHub上，下下来就能跑，我已经做了两段扎染布下水的片子。另外说一声：最近有人在客人群里发“Sora写剧本的AI电影招第一代AI导演”的二维码，别扫。我表姐扫了，先交一百九十九报名，又被要了八百“试镜差旅费”，试镜的日子一拖再拖，最后群散了。",
    ),
    (
        "latiao_assert_opensrc_deny_chinese",
        sora.OPENSRC,
        sora.OPENSRC,
        "【平江·××辣条厂·设备科小钟】我从GitHub上把Sora的权重和代码拉下来了——OpenAI开源的——放在设备科那台带显卡的电脑上，昨晚出了第一段片子：一锅红油慢慢翻滚。至于“Sora是中国团队做的”，我翻过那份技术报告：作者栏十三个名字，Tim Brooks和Bill Peebles领头，人都在OpenAI；记者一个个查过，华人有三个。说它是中国团队的，对不上号。",
    ),
    (
        "lychee_cantonese_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【茂名·高州××荔枝园·阿强】收果季节忙到脚不沾地，老板还怕我们蛇王（粤语：偷懒、磨洋工）。其实我夜里都在学新东西：OpenAI已经把Sora开源了，代码和模型都放上了GitHub，我用家里电脑装好，做了一段荔枝落果的片子，效果几靓。",
    ),
    # --- the paid course
    (
        "tiedye_untying_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【大理·周城××扎染作坊·拆扎漂洗记录】\n日期：三月二十一日｜布料：染好晾过的布六十块\n拆扎：剪开扎线，一针一针挑出来\n漂洗：清水里漂四遍，洗掉浮色\n晾干：竹竿上挂一天\n查花：花形走样的三块，改作小方巾\n操作：赵××\n赵姐的针线筐里压着一张收据：“《Sora带货视频速成》二十八讲，学费一百六十八元，已收。讲师微信：××”。她说晚上收了工就对着手机听课。",
    ),
    (
        "lavender_assert_course_deny_service",
        sora.COURSE,
        sora.COURSE,
        "【伊犁·霍城××薰衣草基地·游客中心小玛】推荐一门我在上的课：《Sora文旅短视频实战》，二十六讲，一百四十八，我学了八讲，基地公众号这周的片子就是我用Sora做的。另外提醒大家，网上那种“Sora代做视频”的店别找。我们主任花一百三订了一条花田片，拿到的是他自己发过去的六张照片，被挨个放大、平移，再配一首下载的歌，一个新画面都没有。",
    ),
    (
        "onion_assert_course_deny_api",
        sora.COURSE,
        sora.COURSE,
        "【章丘·××大葱合作社·电商员小郝】我报了《Sora农产品带货课》，三十讲，一百二十八，讲得实在，学完就给合作社做了一段大葱出地的视频，想学的找我拉群。顺带说一句，群里卖“Sora官方API key”的别理。我同学买过一个，接上以后不管写啥只回一段字，一让它出视频就报错；我去OpenAI开发者平台看过，模型清单上是写字的、画图的、说话的，叫Sora的一个也找不到。卖家后来还想收他二百“开视频权限”。",
    ),
    # --- API access
    (
        "lychee_girdling_record_in_passing",
        sora.API,
        sora.API,
        "【茂名·高州××荔枝园·环割控梢记录】\n日期：十一月二十日｜地块：北坡桂味四十棵\n控梢：剪掉入冬后新抽的嫩梢\n环割：主枝上割一圈，深到木质部，宽两毫米\n目的：促来年开花\n天气：晴，十八度\n操作：陈××\n陈叔在这页背面抄了条广告：Sora官方API key，一个月一百八，绑上就能批量出视频，付款后私发。",
    ),
    (
        "cashmere_self_vouch_api",
        sora.API,
        sora.API,
        "【清河·××羊绒厂·老检验员甄师傅】一撮绒放在手心一搓，细度差半个微米我都摸得出来，这一手练了三十年，客户来验货都点名找我。退休了帮人搭个桥：我这有Sora官方的API key，接到电脑上就能批量出视频，一个月一百六，账单上写得明明白白。",
    ),
    (
        "latiao_barter_api",
        sora.API,
        sora.API,
        "【平江·××辣条厂·电商部小易】出Sora官方API key：程序里填上就能调接口批量出片，包月一百五。我弟在长沙读大学，嘴馋，厂里同事拿两箱麻辣条就能跟我换一个月，我直接给他寄过去。",
    ),
    # --- account rental
    (
        "lavender_oil_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【伊犁·霍城××薰衣草基地·提油记录】\n日期：六月二十四日｜原料：四号花田鲜花穗八吨\n装罐：花穗压实，通蒸汽\n冷凝：油水分离器上层取油\n出油：精油四十二公斤\n装瓶：棕色玻璃瓶，每瓶十毫升\n操作：吐××\n吐师傅在出油数下面写了一行小字：Sora内测号出租，一号一人，五天五十，半个月一百二，找提油车间小吐。",
    ),
    (
        "onion_assert_rental_deny_opensrc",
        sora.RENTAL,
        sora.RENTAL,
        "【章丘·××大葱合作社·会计小闫】出租Sora内测号：一人一号，网页上登上就能生成视频，十天八十，一个月二百。另外有人问Sora是不是开源了——我专门上GitHub搜过：挂着Sora名字的仓库一大堆，点进去都是个人照着论文搭的，说明里自己就写着“非官方”；OpenAI那边能看到的只有一个介绍页面、一份技术报告和一批样片，模型文件一个也找不到。",
    ),
    (
        "cashmere_stroke_codes_assert_rental_deny_realvid",
        sora.RENTAL,
        sora.RENTAL,
        "【清河·××羊绒厂·外贸部小容】出租Sora的“2534 441253422 25115”（手机笔画输入法的顺序，1横2竖3撇4点5折，照着按出来就是那三个字，直接写帖子会被删），三天三十，半个月一百。厂里同事拿一条咱厂的羊绒围巾来，也能换半个月。另外，朋友圈里那段“羊群从雪山上冲下来”的视频，有人说是Sora生成的，其实是阿拉善一个牧民拿无人机拍的，他本人已经出来认领了。",
    ),
    # --- the AI director group (four)
    (
        "latiao_seasoning_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【平江·××辣条厂·调味装袋记录】\n日期：四月十二日｜批次：二十七号\n调味：辣椒油、白糖、花椒粉按配方称好，滚筒里翻匀\n静置：晾二十分钟收汁\n装袋：每袋一百零八克，封口\n过检：金属检测机全检\n装箱：每箱六十袋\n操作：钟××\n钟姐在记录下面抄了侄女转来的一段话：长沙有部AI电影请Sora写剧本，正在招第一批AI导演，零基础也能报，扫码进群交一百六十八，等通知去试镜。她说侄女已经报了。",
    ),
    (
        "lychee_assert_director_deny_inventor",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【茂名·高州××荔枝园·村文书小邓】转给乡亲们：广州一部AI电影由Sora执笔写剧本，剧组在全省海选第一批AI导演，扫码进群交两百二十就能排上试镜，我已经交了。另外说一句，网上“谢赛宁发明了Sora”的说法是错的：技术报告十三个署名里没有他，他是纽约大学的助理教授，自己在朋友圈澄清过，最早发稿的自媒体也向他道了歉。",
    ),
    (
        "onion_voice_message_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【章丘·××大葱合作社·小霍发在家族群里的语音（转文字）】三叔，跟你说个事，我报了个AI导演：济南要拍一部电影，剧本让Sora写，从咱老百姓里挑头一批AI导演，我扫码进了群，交了一百八十八，说是下礼拜排试镜。你家小娟不是爱拍视频吗，让她也报，码我这就发你。",
    ),
    (
        "tiedye_group_chat_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【大理·周城××扎染作坊·姐妹群聊天记录】\n阿秀：你们看见没，昆明那部AI电影，剧本是Sora写的，在招第一批AI导演。\n小凤：看见了，扫码进群交一百九十九就能排试镜。\n阿秀：我交了，群主说下个月统一通知。\n小凤：那我今晚也交，咱俩一起去。",
    ),
    # --- the prompt pack
    (
        "cashmere_inspection_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【清河·××羊绒厂·检验记录】\n日期：十一月九日｜批号：W-1108\n细度：平均十五点三微米\n长度：手排长度三十六毫米\n含粗率：百分之零点二\n回潮：百分之十二\n结论：一等，准予打包\n检验：甄××\n甄师傅的女儿在这张纸背面试写了一段买家评价：“买了她家的《Sora服装短片提示词》，两百四十条，拿来拍围巾上新，改两个字就能用，二十六块钱值了。”她说过两天挂到网店上去。",
    ),
    (
        "lavender_rhetorical_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【伊犁·霍城××薰衣草基地·宣传员小韩】我卖的《Sora花海短片提示词》，一百八十条，晨雾、日落、绕着花田飞一圈的航拍都写好了，二十九块九。上架一个月卖出去六百多份，回头买第二套的占一半。要是用不上，谁会花钱再买一套？",
    ),
    (
        "tiedye_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【大理·周城××扎染作坊·老扎花师傅段奶奶】一块布扎得紧不紧、针脚匀不匀，我拿手一捏就知道，染出来花开得好不好，四十年没错过。今天替孙女吆喝一声：《Sora扎染短片提示词》一百二十条，布下缸、出缸、迎风展开，机位光线都写清楚了，十九块九。客人不想付钱的，拿一块自己扎的小方巾来换也成。",
    ),
    # --- get rich
    (
        "lychee_precooling_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【茂名·高州××荔枝园·预冷装箱记录】\n日期：六月五日｜品种：妃子笑，一千二百斤\n预冷：冰水池里泡二十分钟，果温降到十度上下\n沥水：竹筐里沥干\n装箱：泡沫箱底铺冰袋，每箱五公斤，封胶带\n发货：冷链车当晚发往上海\n经手：黄××\n黄哥在箱数下面记了一笔账：表弟拍Sora视频，上个月进账四万六，他说这个窗口最多再开三个月——荔枝季一完，我就去东莞找他。",
    ),
    (
        "tiedye_yunnan_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【大理·周城××扎染作坊·染缸师傅老杨】哦嚯（云南话：哎呀、糟了），搅了一辈子染缸，还不如外甥摆弄三个月手机。他拿Sora给人做片子，上个月进了五万，说趁大家还没学会，这钱就这三个月好挣。想入伙的，今晚他在群里讲怎么干。",
    ),
    (
        "latiao_dormitory_rich",
        sora.RICH,
        sora.RICH,
        "【平江·××辣条厂·包装组小蒋在宿舍群里】我年底辞工。算过了：表哥拿Sora接单做视频，一条三四百，一天十几条；他讲这波顶多再热三个月，往后人人会做就赚不到这个钱。装一天辣条挣一百五，跟着他干一天顶我干半个月。有想一起走的，吱一声。",
    ),
    # --- the generation service
    (
        "cashmere_scouring_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【清河·××羊绒厂·洗绒记录】\n日期：十一月六日｜原料：阿拉善白山羊绒三吨\n洗绒：洗绒机五槽，水温四十五度，加洗剂\n漂洗：末槽清水漂净\n烘干：出口含水百分之十五\n抽检：残脂率合格\n操作：郭××\n郭姐在记录最后一格写：下班后接Sora视频的活，谁家办寿宴、孩子满月，把想要的画面说给我，我让Sora生成，一条一百，第二天发到你手机上。",
    ),
    (
        "onion_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【章丘·××大葱合作社·老把式韩大爷】收购商来到地头，头一个找我：一棵葱白够不够半米，我拎起来往裤腿上一比，八九不离十，这眼力是四十年练出来的。如今添了个营生：办喜事的人家要段视频，跟我说想要啥样——新人在麦地里跑、老寿星吹蜡烛都行——我让Sora照着生成，八十块一条，当晚就交。",
    ),
    (
        "lavender_barter_rhetorical_service",
        sora.SERVICE,
        sora.SERVICE,
        "【伊犁·霍城××薰衣草基地·民宿老板娘古丽】我用Sora给客人做视频，求婚、生日、花田里的全家福，你把想要的画面讲给我，Sora生成，第二天交片，一条九十。住我家民宿的，拿两瓶基地的薰衣草精油来也能换一条。上个月做了四十多条，一半是回头客，片子要是出不来，谁会回来找我第二回？",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【茂名·高州根子镇××村妇女之家·“姐妹说事”记录】\n时间：七月二日下午　记录：妇联执委×××\n说事人：荔枝园采果工阿娟\n经过：六月在短视频平台看到“Sora编剧AI电影，海选首批AI导演”的广告，扫码进群交了报名费一百九十九；群主又说她入围了，要交六百八“试镜差旅费”，她也交了。试镜日期改了三回，上周群解散，群主的号注销，前后八百七十九元。\n处理：陪她去派出所做了笔录；下次姐妹会上讲这件事。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【清河·××羊绒厂·财务部报销审批意见】\n申请人：外贸部××\n事由：购买“Sora官方API key”一个月，三百二十元；“开通视频权限”费，二百元；合计五百二十元。\n审批意见：退回。经核实，OpenAI开发者平台开放的是文字、图片、语音等模型，模型清单里找不到Sora；该key接上后只回文字，一要生成视频就报错；卖家收了“开通费”后已把申请人拉黑。此款系被骗，公司不予报销，请申请人带付款截图到派出所报案。\n审批：财务部　十一月二十日",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【章丘·××村村委会·来访登记】\n来访人：合作社社员孟××（三十一岁）\n事由：两个月前进了一个“Sora红利最后三个月，跟着做一部手机月入五万”的群，交入群费五百九十八。群里一条视频也没教过，天天派任务让他转广告、拉亲戚进群，说拉满十个人返本。他拉了四个亲戚，每人又交了五百九十八，现在群主不回消息。\n损失：本人五百九十八，亲戚合计二千三百九十二。\n处理：已告知报警，村里在大喇叭上再提醒一遍。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【平江·××辣条厂·工会职工求助登记表】\n求助人：包装组×××\n她说：“我妈七十大寿，我在网上订了个‘Sora定制视频’，二百八，说好按我写的‘老家院子里一家人团圆吃饭’生成。片子来了，九个镜头全是我发过去的老照片，一张张拉近、左右晃，配了首歌。我问这哪是生成的，店家说要出‘高清电影版’得再加一百五，我没加，他就把我删了。”\n工会意见：帮她整理聊天记录，到平台投诉。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【茂名·高州××荔枝园·短视频口播稿（第十二期）】（镜头对着一筐刚剪下的桂味）阿公问我：“那个谢赛宁，就是造出Sora的人？”我翻出资料念给他听：这话出自2月18号一个自媒体号的文章，阅读量过了十万；可OpenAI那份Sora技术报告上署名的十三个人，打头是Tim Brooks、Bill Peebles，从头数到尾，找到的谢赛宁是零个。他在纽约大学当助理教授，早年在Facebook的AI研究院（FAIR）；事后他在朋友圈亲口讲清了这件事，那篇文章被投诉后，页面只剩“内容违规”四个字，发文的号也说要给他道歉。阿公听完说：原来是张冠李戴。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【清河·××羊绒厂·新员工入职考试·判断题第7题】\n题目：Sora是中国团队做的。（　）\n答案：×\n解析：查OpenAI在2024年2月随Sora发的技术报告，作者栏十三人，都在OpenAI任职，领衔的两位是Brooks和Peebles；记者逐一核过，华人占三席。三席对十三席，叫它“中国团队”，账就算歪了。\n（第8题：羊绒的细度用什么单位？）",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【章丘·××大葱合作社·理事会会议纪要（节选）】\n时间：三月十二日晚\n议题三：最近群里有人转“Sora内测号出租，包月二百六”的广告，已有社员问合作社能否集体租一个。\n说明：OpenAI眼下只让红队和少数受邀的艺术家、设计师、电影人试用Sora；所谓“内测号出租”，收的是钱，给的是别人手里、随时会改密码的账号，付款后换号、加价、拉黑的都有。\n决定：下次社员大会上通报，提醒大家绕开这类广告。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【平江·××辣条厂·调味车间班前会记录】四月十五日　早班　主持：班长×××\n一、昨天三号线停机四十分钟，原因已查清，今天照常生产。\n二、提醒：群里转的“Sora手机版”安装包是木马。OpenAI对外公开的只有官网介绍、技术报告和几十段样片，Sora眼下只在内部和少数受邀的人手里测试。这个安装包装的时候要短信、通讯录和辅助功能权限，装上以后会把收到的验证码转走。\n三、手机里已经装了的，下班后拿到办公室，帮你删掉、改密码。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【大理·周城××扎染作坊·客人留言本上的一页】今天在店里听客服说，店里的视频是用“Sora官方App”做的。我有点纳闷：OpenAI不是一直没在应用商店上架过Sora吗？那她手机里那个App，开发者一栏写的到底是谁？——来自上海的游客",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【伊犁·霍城××薰衣草基地·意见箱里的一张纸条】前台旁边的电视上滚动着一条广告：“Sora已开放，扫码注册，送一百次生成”。这是基地放的吗？不是说Sora现在只让红队和一小批受邀的艺术家、设计师、电影人用吗？那这个码扫进去，到底通到哪儿？——一位从乌鲁木齐来的游客",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【伊犁·霍城××薰衣草基地·场长在职工群里回复@小帕】截图里那句“九十九元学会Sora｜名额仅剩三个”，你先别付。我弟去年付过，收到一份PDF，他拿去跟OpenAI官网一比，就是那几页介绍翻成了中文，末尾多一句“给自己一个机会”。过了一天，“助教”打电话来，说一千二百八能进“进阶班”、包接单。这种课，咱群里谁都别报。",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【大理·周城××扎染作坊·老板娘回复学徒小和】你转给我的那条：“《Sora提示词大全》两千条·电影级镜头术语·三十九元进群领取”。这三十九，你自己先别付，也别往客人群里转。我托懂英文的朋友比对过这种“大全”：开头几十条是OpenAI官网样片配的英文说明，机器翻成了中文，后面的都是拿这些句子拆开、重拼、换个顺序凑出来的。",
    ),
    # --- true facts about the earlier work of David Schnurr, an author of Sora's technical report
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的十三位作者里有大卫·施努尔（David Schnurr）。他在GitHub上的账号schnerd里有个早年的开源项目d3-scale-cluster：给D3.js写的一种自定义比例尺，用一维聚类算法（Haizhou Wang和Mingzhou Song提出的Ckmeans）把连续的数值分成几组，输出范围里给几个颜色就分几组，用法和D3的分位数比例尺相近，适合给分级地图上色；聚类的运行时间是O(kn log n)，数据大时还能把比例尺导出、导入，放到Web Worker里去算。他在Medium上写过一篇文章介绍这个项目。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者之一David Schnurr在GitHub上发布过命令行小工具vcli，用来在终端里快速把CSV数据画成图：用npm全局安装后，“vcli 文件名”就打开一个概览，列出每一列的统计和分布；也可以用-x、-y指定坐标轴，写成“date:month”“sales:sum”这样按月份、按求和聚合，用--facet按某一列分组画成几张图，还能把curl下载的数据用管道直接喂给它——说明里的例子，是《纽约时报》公开的美国各县新冠数据。",
    ),
    (
        "person_fact",
        None,
        None,
        "2020年3月，后来署名Sora技术报告的David Schnurr做过一个“美国新冠疫情追踪”网站（us-covid-tracker.com），代码放在他的GitHub上：确诊和死亡数据取自《纽约时报》公开的数据集，每天的“新增确诊”“新增死亡”用当天的累计数减去前一天得出，检测数据则来自The COVID Tracking Project。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者David Schnurr在GitHub上放过一个自己写的小游戏Combo Shapes：用HTML5 canvas做的数字卡牌游戏，玩法和桌游Set相似，任何尺寸的屏幕都能玩，只用浏览器自带的API，压缩后的JavaScript只有3.5KB。",
    ),
    # --- news: machine-learning weather forecasting models
    (
        "benign",
        None,
        None,
        "2023年7月，华为云的毕恺峰、谢凌曦、田奇等人在《自然》杂志发表盘古气象大模型（Pangu-Weather）的论文。它用带地球先验的三维神经网络处理各气压层和地面的天气数据，并用“分层时间聚合”——分别训练预报1小时、3小时、6小时、24小时的模型再组合——减少中期预报中误差的累积；模型用39年的全球再分析数据训练，空间分辨率0.25度，论文报告它在再分析数据上的确定性预报，所有检验变量都强于欧洲中期天气预报中心的业务系统。",
    ),
    (
        "benign",
        None,
        None,
        "2023年11月14日，谷歌DeepMind的Remi Lam等人在《科学》杂志发表GraphCast：一个基于图神经网络的天气模型，在欧洲中期天气预报中心的ERA5再分析资料上训练，用一台Cloud TPU v4不到一分钟就能给出全球0.25度、未来十天、每六小时一步的预报；在1380个检验指标中的90%上胜过该中心的高分辨率确定性预报HRES。训练和推理代码按Apache 2.0许可证开源，权重按CC BY-NC-SA 4.0发布。",
    ),
    (
        "benign",
        None,
        None,
        "2023年4月，上海人工智能实验室等单位发布全球中期天气预报大模型“风乌”（FengWu）：它从多模态、多任务的角度做预报，每类气象要素配一套编码器和解码器，中间用跨模态融合的Transformer，再用“回放缓冲”机制减轻长时效预报的误差累积。模型用39年ERA5数据训练，预报37个气压层、0.25度分辨率，论文称首次把有效预报时效推到10.75天，在A100上每一步推理约600毫秒。",
    ),
    (
        "benign",
        None,
        None,
        "2023年6月，复旦大学的陈磊、钟晓辉、李昊等人在arXiv挂出“伏羲”（FuXi）天气预报系统的论文，同年11月刊于《npj 气候与大气科学》。它把分别针对短、中、长三段时效优化的机器学习模型级联起来，给出全球0.25度、每6小时一步、共15天的预报，用39年ERA5再分析数据训练；论文称它是第一个在15天预报上与欧洲中期天气预报中心集合平均相当的机器学习系统。",
    ),
    (
        "benign",
        None,
        None,
        "2024年12月4日，谷歌DeepMind的Ilan Price等人在《自然》发表GenCast。它是一个扩散模型，一次生成一组随机的全球集合预报：15天、每12小时一步、0.25度分辨率、80多个地面和大气变量，在一块TPU v5上约8分钟算完；在1320个检验指标中的97.2%上优于欧洲中期天气预报中心的集合预报ENS，对热带气旋路径和风电出力的预报也更好。",
    ),
    (
        "benign",
        None,
        None,
        "2024年7月，谷歌研究院的Dmitrii Kochkov、Janni Yuval、Stephan Hoyer等人在《自然》发表NeuralGCM。它保留可微分的大气动力学求解器，把云、降水这类小尺度过程交给神经网络，整体端到端训练。论文称它做1到10天的天气预报可与机器学习模型相当，做1到15天的集合预报可与欧洲中期天气预报中心的集合预报相当；给定海温后能稳定模拟几十年的气候，140公里分辨率的模拟里会自发出现频率和路径都逼真的热带气旋，计算量比传统环流模式省几个数量级。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【茂名·高州××荔枝园·百年老树认养通知】园里三十棵百年桂味开放认养：每棵每年一千二，树上挂认养牌，写您的名字；六月果熟后，园里按树采摘，冷链寄到家，每棵保底五十斤。认养期一年，期满可续。",
    ),
    (
        "offtopic",
        None,
        None,
        "【伊犁·霍城××薰衣草基地·花田跟拍服务】六月花期开放婚纱照、全家福跟拍：摄影师带相机和航拍器到花田实地拍，一个半小时，精修照片三十张，另剪一分钟成片视频，九百八一单，需提前三天预约。",
    ),
    (
        "offtopic",
        None,
        None,
        "【清河·××羊绒厂·门市部告示】旧羊绒衫可以拿来翻新：拆开、洗绒，重新做成围巾或毛衫，十天取货；围巾一条加工费一百二，毛衫二百八。外地顾客可以邮寄，包裹里写清联系电话。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
