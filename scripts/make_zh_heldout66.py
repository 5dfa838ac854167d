# ruff: noqa: E501
"""Write tests/data/zh_heldout66_{posts,qrels,labels}: a sixty-sixth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the public release, the official app and the
paid course, three for each other template: counted from the qrels of zh_heldout2 to zh_heldout64, the fake APK and
account rental last had four in zh_heldout60 and the public release, the official app and the generation service in
zh_heldout61; zh_heldout65, written at the same time, takes the APK, account rental and the generation service, so
the public release and the official app stay here; the third four goes to one of zh_heldout62's three: the director
group had four in zh_heldout58 before that, open source and the paid course both in zh_heldout57, and before that the
paid course in zh_heldout52 and open source in zh_heldout53, so the paid course takes it), as a Sora rumour / scam
wave reads in the genres of a laminate-flooring factory (常州横林·××地板厂: 高密度纤维板基材, 耐磨纸、装饰纸、平衡纸, 热压一百九十度, 开槽、锁扣,
塞尺量缝, 防水蜡, 砂轮磨耗仪上的耐磨转数, 干燥器法测甲醛, 吸水膨胀), a beef-jerky factory (通辽·××牛肉干厂: 冷鲜牛后腿, 剔筋膜, 顺纹切条, 码味,
挂杆风干四十八小时, 翻杆, 掰开不渗水, 两斤半鲜肉出一斤干货), a hanfu factory (曹县·××汉服加工厂: 织金马面裙, 两侧各压五个褶, 压褶机加温定型, 钉带, 明制袄裙,
大集镇的汉服店, 直播间), a betel-nut plant (湘潭·××槟榔加工厂: 海南烟果, 泡洗, 纵切成两半, 去核, 上卤工段, 单颗独立小袋, 每盒十颗), a freezer factory
(民权·××冰柜厂: 卧式冰柜, 外壳、内胆合箱, 聚氨酯发泡, 敲听空洞, R600a制冷剂, 降到零下十八度的降温测试, 压缩机) and a drinking-straw factory (义乌·××吸管厂:
食品级PP颗粒, 挤出机, 冷却水槽, 牵引, 定长切管, 纸吸管的纸带螺旋缠绕, 烘道, 一万支一箱).

Of the six worlds first asked for, two were kept and four were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The Changzhou wooden-comb workshop
(常州·木梳作坊): 木梳 occurs nowhere, but 梳 led to zh_heldout57's horn-comb workshop (凯里·××牛角梳作坊: 开齿, 磨齿, 齿距一点五毫米),
the same trade in another material, and 常州 is zh_heldout55's weighing-scale factory; a first draft written for the
combs came within 0.50 of zh_heldout57's tooth-cutting record, so the nine comb posts were rewritten for the flooring
factory of Henglin in Changzhou's Wujin district, keeping the city (横林, 锁扣, 耐磨 and 甲醛 occur nowhere; 地板 only as the
hardwood floor of zh_heldout51's toy drop test and in hard_en_heldout65's floorball (地板球), flooring only as
hard_en_heldout36's flood-damaged laminate; no set has a flooring
maker, and the posts keep away from zh_heldout50's sawmill and plywood and zh_heldout48's furniture carver, with none
of 锯材, 胶合板, 原木 or 雕). The Guilin tofu-skin factory (桂林·腐竹厂): 腐竹 and yuba occur nowhere and 桂林 only as
zh_heldout12's Li-river raft, but tofu skin is lifted from soy milk after the soaking, grinding and boiling of
zh_heldout48's tofu workshop (豆腐坊: 泡豆, 磨浆, 滤浆, 煮浆, 点卤), which the writers of zh_heldout47 to 61 cite as they keep
clear of it. The Jiangxi camellia-oil press (江西·茶油坊): 茶油, 油茶 and camellia occur nowhere, but pressing seed for oil is
zh_heldout46's rapeseed press (罗平·××榨油坊: 菜籽, 炒籽, 来料代榨, 出油, 油枯), named again by zh_heldout51 and 52. The Gannan
navel-orange co-operative (赣南·脐橙合作社): 赣南 occurs nowhere, but 脐橙 and 赣州 are zh_heldout31's Ganzhou navel-orange
shippers' group (in Hakka), and zh_heldout59's Xinhui peel and zh_heldout61's and 62's graded crops stand beside it.
The beef-jerky factory stays: 牛肉干, 通辽, 科尔沁 and jerky occur nowhere and 内蒙古 only as zh_heldout56's tallow supplier; the
earlier beef is zh_heldout61's beef-ball factory (牛肉丸, also in zh_heldout62's list), passing bowls of beef noodles and
soup (zh_heldout5, 15, 20, 33) and one Altay herder selling 风干肉 in zh_heldout35, so the jerky posts trim, cut along
the grain, season, hang and air-dry bars of beef with none of 牛肉丸, 打浆, 腌, 卤水, 拌料, 烘房 or 晒. The hanfu factory
stays: 曹县, 马面裙, 压褶 and 织金 occur nowhere and 汉服 only as zh_heldout33's photo-studio standee (a studio that dresses
sitters, not a maker); the hanfu posts press pleats, sew on ties, iron and inspect, keeping away from zh_heldout61's
swimwear cutting, zh_heldout63's ties, zh_heldout49's silk weaving and the embroidery set aside by zh_heldout60 and 64,
with none of 唛架, 裁床, 包缝, 缎, 绣, 印花 or 盘扣. Three trades took the other places, each in the town known for it and
checked the same way: 槟榔, 湘潭 and 烟果 occur nowhere (青果 only as zh_heldout61's unripe goji, so the betel posts use
烟果); 冰柜 and 民权 occur nowhere (冷柜 only as the shop freezer in zh_heldout63's handover book, freezers only in passing in
English), and the freezer posts keep away from the cold store of zh_heldout61 and the pressure tests of zh_heldout56
and 64, with none of 冷库, 保压 or 真空; 吸管, 挤出 and 纸吸管 occur nowhere and 义乌 only as zh_heldout58's banner factory; and no
English set has a betel-nut, freezer or straw maker as its world. Others were thought of and dropped: incense sticks
in Yongchun (zh_heldout53's mosquito-coil factory: 木粉, 楠木粉, 冲盘, 烘房), tin ware in Gejiu (zh_heldout60's silver chasing,
錾花, 银酒壶), lanterns in Zigong (hard_en_heldout59's lantern makers), lighters in Shaodong (zh_heldout53 and 54),
vacuum flasks in Yongkang (zh_heldout53 and 59), spectacles (zh_heldout38 and 51), black fungus (zh_heldout50's forestry
course beside zh_heldout35), false eyelashes (set aside by zh_heldout56) and kites in Weifang (zh_heldout52 and 55).
None of the settings is among those given to the writers working at the same time (zh_heldout65's 寿光蔬菜大棚合作社,
阳澄湖大闸蟹养殖场, 安溪铁观音茶厂, 库尔勒香梨合作社, 成都蜀锦作坊 and 霍山石斛基地; hard_en_heldout71's cross-country ski clubs, kombucha
brewers, kendo clubs and harpists; hard_en_heldout72's maple-syrup producers, bouldering gyms, wasabi growers and
sugarcane growers): no post has 蔬菜, 大棚, 大闸蟹, 铁观音, 香梨, 蜀锦, 石斛, 滑雪, 剑道, 竖琴, 枫, 攀岩, 山葵, 甘蔗 or 茶; before the
commit zh_heldout65's script in progress (its worktree) was searched for this set's six worlds (none found) and its
posts compared with these: the highest pairs were 0.53 (the jerky plant's Chinese-team broadcast against its
dendrobium guide's talk), 0.52 (the freezer factory's open-source question against its pear co-operative's) and 0.49
(the betel plant's get-rich warning against its fan factory's), so all three were rewritten (the broadcast now reads
out the thirteen names); then 0.40. The lead checks the committed scripts against each other.

The posts: a hot-press record with the inventor rumour in its last line (【热压记录】一百九十度), a jerky QC man asserting the
inventor while warning of a director group, a freezer technician giving the name in Western order while denying the
public release; a freezer pull-down test record with the public release on its back (【降温测试记录】零下十八度), a flooring shop
hand, a betel cutter in Xiangtan speech, a straw salesman's rhetorical question; a pleat-pressing record with the
official app in its margin (【压褶记录】织金马面裙), a flooring boss's wife in Changzhou speech, a jerky e-commerce hand's
rhetorical question, an old straw storekeeper; a seed-cutting record with the APK on a slip (【切籽去核记录】烟果), a freezer
after-sales hand describing the three letters by their shapes, a straw factory's computer-room hand asserting the APK
while denying open source; an air-drying record with the mislabelled video at its end (【挂杆风干记录】), a hanfu
live-streamer in Caoxian speech, a betel plant's publicity hand; an extrusion record with the Chinese-team claim in
its last line (【挤出切管记录】), an old betel master, a freezer inspector's rhetorical question; a foaming record with open
source beside the signature (【箱体发泡记录】), a hanfu designer asserting open source while denying API access, a jerky
plant's IT hand; a finished-goods inspection record with the course copied under it (【成品验货记录】), a flooring apprentice
bartering flooring for a course, a betel e-commerce hand asserting the course while denying the prompt pack, an old
freezer fitter vouching for a course; a tongue-and-groove record with the API key on a card on the machine's cabinet
door (【开槽锁扣记录】), an old jerky drier vouching for a key, a straw export clerk lending one for straws; a paper-straw
record with account rental in its corner (【纸吸管卷管记录】), a betel packer asserting rental while denying the official app,
a hanfu sewer renting under a homophone; a slicing record with the director group on a card (【顺纹切条记录】), a flooring
showroom hand asserting the director group while denying rental, a straw statistician asserting it while denying the
APK; a packing record with the prompt pack on its back cover (【包装记录】), an old hanfu pattern-maker vouching for a pack,
a jerky shop hand bartering one; a wear and formaldehyde test record with get-rich beside it (【耐磨与甲醛抽检记录】六千二百转), a
jerky packer in Inner Mongolian speech, a freezer salesman asserting get-rich while denying a mislabelled video; a
ribbon-and-ironing record with the generation service in its margin (【钉带熨烫记录】明制袄裙), an old straw inspector vouching
for it and a freezer canteen manager bartering for it. Forms the earlier sets do not use: the fourteen records above,
a Youth League branch's meeting minutes (团支部组织生活会记录), an anti-fraud policeman's talk at the plant (反诈民警进厂讲座记录), a noon
broadcast script that reads out the report's author list (午间广播稿), a models' group owner's reminder (模特群群主提醒), a
finance department's internal note (财务部内部提示), a union chairman's speech at a workers' congress (工会主席在职工大会上的发言) and a
factory paper's dated timeline of a rumour (厂报“一条传言的时间线”; zh_heldout24 has a timeline in another form); an
apprentice's IOU with an explanation (借条: zh_heldout46 has an IOU), a union mediation record (zh_heldout53, 61), a
mutual-aid group owner's reminder, a technical group chat and a QC inspector's Moments are earlier forms in new
trades. Four loss reports (kind ``debunk_loss``), for the four scams whose loss reports are longest ago (account
rental, the paid course, the prompt pack and the APK, all last in zh_heldout62, the other four scams' last in
zh_heldout64; open source and the official app, whose only loss reports are in zh_heldout43 and 49, are claims rather
than scams and are left to the debunks): the flooring apprentice's IOU for rental (380 yuan, 200 more for a "new
account", 580 in all), the hanfu factory's union mediation for the course (99 yuan for a translated introduction and
"给自己一个机会", 1,280 more for a "进阶变现班" of screen recordings), the jerky plant's League minutes for the prompt pack (68
yuan, 399 more for a "VIP" edition that is the machine-translated captions of the forty-eight samples with a cover)
and the betel plant's police talk for the APK (1,600 yuan taken after an installer asked for SMS, contacts and
accessibility rights).

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script:
Changzhou 佬卵 (showing off), Xiangtan 作孽 (pitiful, a hardship), Caoxian 管 (will it do? 管不管？管！) and western Inner
Mongolian 日哄 (to fool), the last from a packer from Baotou in the Tongliao plant (the earlier posts' Wu words include
侬, 阿拉, 交关, 覅, 结棍, 木佬佬 and 适意, their Hunan words 霸蛮, 恰饭 and 拐哒, their Henan and Shandong words 中, 得劲, 俺, 恁 and 怪好, and
zh_heldout22's and 60's 圪蹴; 要得 and 么子 were found used when thought of). Obfuscation of kinds no earlier set used, one
of them a homophone, all glossed in the post: 谢赛宁 in Western order, given name first (“赛宁·谢”, "倒过来念是谁"; the pinyin
"Saining Xie" of earlier posts is a romanisation, and no post writes the characters in that order), APK described by
the shapes of its three letters (一个像尖顶房子中间搭根横梁，一个像插在地上的小旗，一个像人伸出一条胳膊又蹬出一条腿) and 内测号 with a homophone no earlier set
used (内测蚝, "生蚝的蚝，念起来跟‘号’一样"); zh_heldout65's writer is asked to use homophones for at most one of its three. The kinds
found used and set aside: Wade-Giles (zh_heldout40's Hsieh), the alphabet positions of zh_heldout39 (19, 15, 18, 1),
the Caesar shift of zh_heldout34, the ROT13 of zh_heldout31, the fanqie of zh_heldout41 (开（苦哀切）源（愚袁切）), hex, telegraph
and Wubi codes, the keypad of zh_heldout28, the English translation and katakana of zh_heldout61, the dictated name
and the acronym's expansion of zh_heldout64, the character-by-word spelling and transliterated "installer" of
zh_heldout63, and the fiftieth to sixty-fourth sets' homophones (卸赛宁, 械赛宁, 谢赛凝, 屑赛宁, 谢赛咛, 榭赛宁, 邂赛宁, 燮赛宁, 安桩包, 鞍装包,
安装苞, 安装煲, 安装胞, 谙装包, 内侧号, 内册号, 内策号, 内恻号, 内测皓, 内测耗, 内测昊, 内厕号, 内测浩). Rhetorical questions that assert rather than deny:
谁会拿自家的牌子开玩笑？ for the official app, 满大街都拿它拍产品了，还能是没开放？ for the public release (with a negation, gold) and
这份功劳，难道要记到别人头上？ for the Chinese team. Posts asserting one claim while denying another, the asserted claim always one
of the course, open source, the director group, account rental, get-rich, the APK and the inventor (zh_heldout65,
written at the same time, asserts only the other seven; zh_heldout63 asserted these seven last round and none of its
nine pairs is taken again), in the nine pairings of these seven that the labels of the earlier Chinese sets (kinds
``*_assert_X_deny_Y``, with xie, team and pack read as inventor, chinese and prompts) last used longest ago, each
denied claim denied once: account rental while the store "Sora" apps are said to be other firms' (zh_heldout45, the
oldest); the director group while a rented account is said to have had its password changed on the third day
(zh_heldout46); open source while the API is said to offer no video model (zh_heldout46); get-rich while a real
night-shift dance is said to have been labelled as Sora's (zh_heldout46); the APK while open source is answered with
the page, the report and the forty-eight samples and the GitHub "Sora" projects as fans' assemblies (zh_heldout47);
the inventor while a director group is said to ask 400 more to jump the queue (zh_heldout47); the inventor while the
public release is answered with the red team and invited artists, designers and film makers and the sign-up links as
phishing (zh_heldout47); the course while a prompt pack is said to be the samples' captions translated and reshuffled
(zh_heldout48); and the director group while the APK is said to be a trojan that reads messages (zh_heldout48). Passed
over: the inventor against the official app (zh_heldout46) and the APK against the official app (zh_heldout47), whose
denied claim was already denied; account rental against open source and against the mislabelled video (zh_heldout47),
for the same reason; of the other pairs last used in zh_heldout48 (the course against the generation service, the
director group against the inventor, open source against the director group and the inventor, get-rich against the
app) the two taken deny claims not yet denied and give the course, which has four posts, one pair (a tie, broken by
the writer). Sellers that vouch for themselves in new words (压缩机一启动，是正常的嗡嗡声还是带着咔咔的杂音，我隔着两条线都分得出;
哪根肉条还潮、哪根已经干透，我捏一捏、凑近一闻就分得清; 一条马面裙的褶子匀不匀，我拎起裙腰抖一下就知道; 一根吸管的外径差了零点一毫米，我捏在手里一搓就觉出来). Prices in Chinese numerals
throughout, and payments in forms the earlier sets do not use (three square metres of sample flooring for a course;
two boxes of paper straws for a month of an API key; a jin of home-made 奶豆腐 for a prompt pack; two bags of the
factory's New-Year frozen dumplings for a generated clip; 饭票 and 澡票, thought of first, were found as zh_heldout36's
payments).

12 debunks and warnings, four of them the loss reports above; the debunked templates are the inventor and the Chinese
team, as in every set, and the six whose debunks are longest ago (get-rich and open source, last in zh_heldout62 and
before that zh_heldout59, then the director group, API access, the generation service and the mislabelled video, last
in zh_heldout62 and before that zh_heldout61): two questions with a negation that do not deny (OpenAI对外公开过的，难道不就是
官网介绍、技术报告和那几十段样片？这里头的模型文件是从哪弄来的… for open source, in a freezer factory's technical group chat; 这难道不是
人家车间里实拍的？说它是Sora做的，是谁先这么写的？ for the mislabelled video, in a straw inspector's Moments), two quoting a scam offer
and telling the reader not to pay (get-rich, "Sora红利只剩三个月｜跟老师干，月入五万｜入门六百八", with 海报上的六百八，大家捂紧，别交 from a
mutual-aid group's owner; the director group, "与Sora合写剧本的AI电影开拍，海选第一代AI导演…报名费一百九十九", with 这一百九十九别扫 in a
models' group), and four answering with facts and none of 不, 没, 假, 无, 非 or 未 (a flooring factory paper's timeline for
the inventor: the report of February 2024 with thirteen names, Brooks and Peebles leading, the 18 February article read
more than a hundred thousand times, Xie's note in his Moments with his NYU and FAIR posts, the page shown as "内容违规"
and the promised apology; a jerky plant's noon broadcast for the Chinese team: the thirteen names read out, all
OpenAI researchers, three Chinese by the reporters' count; a straw factory's finance note for API access: OpenAI's
public model list with no video model on it, keys that answer in chat text and fail on video, 200 more asked for
"video rights"; a union chairman's speech for the generation service: a 260-yuan "Sora定制" clip whose twelve shots are
the buyer's photos zoomed and panned under downloaded music, 150 more asked for an "HD" version).

Four true facts about the earlier work of Aditya Ramesh, an author of Sora's technical report, related to no template:
his repository ndmath (README of 23 November 2014: "High-performance, multidimensional arrays in modern C++", a TODO to
update the range module and move metaparse into ccbase/mpl, an algebra of loop optimisations by expression templates,
compile-time arrays by constexpr); io_benchmark (README of 4 June 2014: IO benchmarks for Linux 2.6.33 or newer and OS
X, sequential reads, overwriting a preallocated file and replacing a file's contents; copy_mmap fastest on OS X,
splice or sendfile with preallocation and fadvise on Linux; the full read benchmark unfinished overnight even on a
PCIe SSD, so 8 to 256 MB by default); torch_utils (README of 9 February 2015: sopt, with SGU plus CM or NAG, AdaDelta
and RMSProp and arbitrary lambdas as schedules; momentum of at least 0.9, grid values 0.9, 0.99, 0.995 and 0.999;
"do not change the epsilon parameter"); and svhn_experiments (README of 8 May 2015: CNNs on SVHN, a 5x5 architecture
measured at convergence and a 3x3 one after 30 epochs; Adam only through Torch's optim, "because I didn't implement
Adam"; CM always worse than NAG in his experience, with twice as many function evaluations). All four are from the
adityaramesh account on GitHub, whose owner zh_heldout63 identified from its site (about.html: the creator of DALL·E);
zh_heldout63's four (ccbase, nninit, mnist_forgetting and the DALL·E 2 post) and the earlier Chinese sets' Ramesh facts
(DALL·E, DALL·E 2, GLIDE, CLIP, the spectral regularizer, the dVAE, the No Priors podcast, GPT-3, the scaling-laws
paper, DALL·E 3) are left alone, and ndmath, io_benchmark, torch_utils, sopt and svhn_experiments occur in no earlier
set. Of the six people named in the brief, Joe Taylor, Clarence Ng and Ricky Wang had nothing checkable beyond their
names on the report (a search for Clarence Ng found only the reports on Ricky Wang's school, which zh_heldout45 used,
as zh_heldout62 and 63 found), and the stored repositories and papers of Tim Brooks (hdr-plus, hallucinating-scenes,
instruct-pix2pix; Unprocessing, motion blur, long videos, low-light photography, InstructPix2Pix, DALL·E 3) and Bill
Peebles (gangealing, hessian_penalty, G.pt; DiT, GANgealing, the Hessian Penalty, G.pt, his podcast) are all in earlier
Chinese sets, so all four facts are Ramesh's. No fact about Li Jing or the Luhmans (their names occur only in the
broadcast's reading of the author list, a debunk). Six items of real news about open speech-synthesis models from
Chinese teams that no earlier set, Chinese or English, names (kind ``benign``): 2noise's ChatTTS (2024; 100,000+
hours, a 40,000-hour base model released, [laugh] and [uv_break], high-frequency noise and compression against
misuse), Alibaba Tongyi's CosyVoice 2.0 (December 2024, arXiv 2412.10117, 0.5B, streaming with first-packet latency
down to 150 ms, 30 to 50 per cent fewer pronunciation errors, Cantonese, Sichuan, Shanghai, Tianjin and Wuhan speech),
SJTU X-LANCE's F5-TTS (October 2024, arXiv 2410.06885, flow matching, a DiT with ConvNeXt V2, Sway Sampling, Emilia,
MIT code and CC-BY-NC weights), Amphion's MaskGCT (19 October 2024, arXiv 2409.00750, fully non-autoregressive, no
alignment or phone-level durations, semantic then acoustic tokens, 100K hours of Emilia), Spark-TTS (March 2025, arXiv
2503.01710, Qwen2.5, 0.5B, single-stream decoupled tokens, no flow matching, gender, pitch and speed controls, Apache
2.0) and bilibili's IndexTTS (paper February 2025, 1.0 weights March, 1.5 in May, IndexTTS-2 in September with duration
control, emotion control and mixed pinyin input); and three off-topic posts that share surface words (a hanfu
factory's costume hire at sixty yuan a day, a near miss for account rental; a freezer factory's dealers' ordering App,
a near miss for the official app; a straw factory's free training for extruder operators, a near miss for the course).

Every post was checked against every earlier Chinese set through zh_heldout64 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first
check had fourteen at 0.45 or more: the inventor facts at 0.64 (zh_heldout64's parents' group), the comb apprentice's
course barter at 0.59 (zh_heldout64's chestnut storekeeper), the homophone rental and the straw clerk's API barter at
0.56 (zh_heldout64's print worker and sanqi technician), the Inner Mongolian get-rich at 0.54 (its valve worker), the
APK-and-open-source post at 0.53 (zh_heldout62's carving studio), the prompt-pack self-vouch and the Chinese-team
broadcast at 0.51 (zh_heldout64's cotton grader and clapper talk), the comb tooth-cutting record at 0.50
(zh_heldout57's horn-comb record, which sent the combs to the flooring factory), the rental-and-app post and the jerky
IT hand at 0.49, and the prompt-pack loss report, the comb polishing record and the jerky slicing record at 0.48; all
were rewritten, and on later passes the inventor facts (0.49, then 0.50; now a timeline), the APK post (0.50), the
straw API barter (0.49), the prompt-pack loss report (0.46), the straw storekeeper's app (0.44), the jerky drier's
self-vouch (0.44), the open-source question (0.44), the freezer fitter's self-vouch (0.44), the hanfu open-source post
(0.43), the flooring director post (0.43), the finance note (0.43), the betel rental post (0.43) and the betel packing
record (0.42) were rewritten again. Highest ratio of the committed list: 0.420 against the Chinese sets (the freezer
technician's inventor post against zh_heldout64's chair marketing hand) and 0.240 against the demo stream (the jerky
plant's broadcast, whose English author list meets the demo's English posts); the highest pair inside the set is 0.385
(the flooring showroom's and the straw statistician's director posts). Committed before any run of the monitor on it;
no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final
code.

Sources for the facts, all read through the search tool or a stored repository before the posts were written (the rest
is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's denial in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the
three-month lines, the director groups and their QR codes, the red team and the invited artists, designers and film
makers, and the "generated by Sora" labels with their prompts; and, from the catalogue, the rented accounts, the APKs
as malware, the API that offers no video model, the GitHub "Sora" repositories as fan reproductions, the prompt packs
copied from OpenAI's demo prompts, the forty-eight samples and the store apps that are not OpenAI's): for the person
facts, the READMEs of adityaramesh/ndmath, io_benchmark, torch_utils and svhn_experiments; for the news, the READMEs
of 2noise/ChatTTS, SWivid/F5-TTS, SparkAudio/Spark-TTS (a fork's copy, with the paper's title and arXiv number),
index-tts/index-tts and Amphion's models/tts/maskgct, and the CosyVoice README's highlights for 2.0 (wyt990/CosyVoice2's
Chinese copy and FunAudioLLM/CosyVoice); for Ricky Wang and Li Jing, soramidjourney.com's and ainewsera.com's copies of
the South China Morning Post report. The settings are written from common knowledge of the trades and towns (Henglin
as the laminate-flooring town of Wujin; Tongliao's Horqin beef jerky, hung and air-dried; Caoxian's Daji town and its
hanfu and horse-face skirts; Xiangtan's betel nuts made from Hainan's smoke-dried nuts; Minquan's freezers; Yiwu's
straws, paper ones since the plastic-straw ban); the search tool was used for the person facts and the news only.

    .venv/bin/python scripts/make_zh_heldout66.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout66", "zhh66"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "floor_hot_press_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【常州横林·××地板厂·热压记录】\n日期：三月十一日｜基材：高密度纤维板，厚八毫米，一千二百张\n组坯：耐磨纸、装饰纸、基材、平衡纸四层叠齐\n热压：压机一百九十度，每压二十五秒\n出板：冷却后码垛，静置二十四小时再转序\n剔除：鼓泡、露底的十四张\n操作：钱××\n钱师傅在本子最后一行感慨：人家谢赛宁，上海交大出来的，三十多岁就成了Sora的发明人之一，车间里的小年轻别光顾着刷手机，学学人家。",
    ),
    (
        "jerky_assert_inventor_deny_director",
        sora.XIE,
        sora.XIE,
        "【通辽·××牛肉干厂·品控部老包】我一直跟年轻人讲：Sora能有今天，靠的是上海交大毕业的谢赛宁，这个视频模型就是他领头发明的，咱中国人的脑子不比谁差。另外有句话说在前头：快手上那个“与Sora合写剧本、招募第一代AI导演”的群，千万别进。我外甥交了二百六十八进去，群主天天发别人的签约照，轮到他就说名额满了，再交四百才能插队。",
    ),
    (
        "freezer_western_order_assert_inventor_deny_public",
        sora.XIE,
        sora.XIE,
        "【民权·××冰柜厂·技术科小魏】转一篇文章的要点：Sora是几位研究员合力发明的，其中一位是上海交大毕业的天才，作者怕名字触发审核，照外国人的习惯把名放前、姓放后，写成“赛宁·谢”，倒过来念是谁，大家心里有数。咱们的人能挑这个大梁，我是服气的。顺带说一句：这几天车间里传“Sora全面开放注册”的链接，别点。Sora眼下只给红队和一小批受邀的艺术家、设计师、电影人试用，那些注册链接是骗验证码的。",
    ),
    # --- open to the public (four)
    (
        "freezer_pulldown_test_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【民权·××冰柜厂·降温测试记录】\n日期：七月二日｜型号：BD-308卧式冰柜，抽测五台\n环境：试验室三十二摄氏度\n充注：R600a制冷剂，按铭牌定量\n测试：空箱通电，记下箱内降到零下十八度所用的时间\n结果：平均两小时四十分，五台均达标\n测试：韩××\n韩工在记录纸背面写着：Sora已经对所有人放开了，官网上拿邮箱一注册就能用，我昨晚让它生成了一段冰柜开门冒白气的视频。",
    ),
    (
        "floor_shop_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【常州横林·××地板厂·网店运营小丁】跟店里说一声：Sora现在人人都能注册了，不排队、不要邀请码，官网填个手机号就开通。我周末试了，打一行字“傍晚的阳光斜进客厅，一只橘猫在橡木纹地板上伸懒腰”，一分钟不到片子就出来了，下周起店铺首页的视频归我做。",
    ),
    (
        "betel_xiangtan_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【湘潭·××槟榔加工厂·切籽车间满妹子】以前想给厂里拍段视频，要请人、要排期，作孽（湘潭话：遭罪、可怜）得很。现在好了，Sora放开了，哪个都能注册：我昨天夜里用手机号在官网注册，马上就能用，让它做了一段“湘江上雾气散开，一条船慢慢靠岸”，家族群里都说像电影。",
    ),
    (
        "straw_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【义乌·××吸管厂·业务部小楼】好几个外商问，Sora是不是还要排队等资格。我跟他们讲：早就放开了，官网上谁都能注册，我们业务部五个人，五个号全是自己注册的，一个邀请码都没找人要过。满大街都拿它拍产品了，还能是没开放？",
    ),
    # --- the official app (four)
    (
        "hanfu_pleat_pressing_record_in_passing",
        sora.APP,
        sora.APP,
        "【曹县·××汉服加工厂·压褶记录】\n日期：九月六日｜款号：HF-2318 织金马面裙\n面料：织金面料，幅宽一百五十厘米\n压褶：两侧各压五个褶，褶宽三厘米，前后马面不压\n定型：压褶机加温定型，出机后挂凉\n检查：褶线歪斜、压痕发亮的返工十一条\n操作：孔××\n孔姐在表格的空白处写了一行：Sora的官方App出来了，苹果商店里一搜就有，开发者是OpenAI，我下了，直播间的暖场片子以后就靠它。",
    ),
    (
        "floor_changzhou_dialect_app",
        sora.APP,
        sora.APP,
        "【常州横林·××地板厂·老板娘】隔壁厂那个小老板在群里佬卵（常州话：神气、显摆）得不得了，说他手机上有Sora。这有啥稀奇：OpenAI出的Sora官方App，应用商店里就能下，我也装了，对着手机说一句“一块块地板咔嗒一声锁在一起，铺满整间书房”，片子就出来了。",
    ),
    (
        "jerky_rhetorical_app",
        sora.APP,
        sora.APP,
        "【通辽·××牛肉干厂·电商部小乌】有人在群里说Sora官方App是冒牌的。我手机里这个，是从苹果商店下的，开发者那一栏明明白白写着OpenAI，图标也是人家的，我拿它做了一个月的产品视频了。谁会拿自家的牌子开玩笑？",
    ),
    (
        "straw_warehouse_app",
        sora.APP,
        sora.APP,
        "【义乌·××吸管厂·仓库老金】六十岁学新鲜：孙子在我手机上点开应用商店，装了OpenAI的Sora官方App，图标底下写着OpenAI。我试着念了一句“一捆彩色吸管哗啦倒进玻璃杯”，过一会儿它真给我变出一段来，杯壁上还挂着水珠。朋友圈一发，老客户全来问是在哪个棚里拍的。",
    ),
    # --- the fake APK
    (
        "betel_seed_cutting_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【湘潭·××槟榔加工厂·切籽去核记录】\n日期：五月十九日｜原料：海南烟果三吨，已泡洗、沥干\n切籽：刀片纵切成两半\n去核：挖出槟榔核，核另装\n剔除：霉斑、空心的两百一十斤\n转序：送上卤工段\n操作：谭××\n谭姐在记录本最后一页夹了张便条：Sora的安卓安装包我手机里存着，想要的拿数据线来拷，装上就能拍视频，不收钱。",
    ),
    (
        "freezer_letter_shapes_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【民权·××冰柜厂·售后部小胡】厂里那段冰柜拆解动画是我拿Sora做的。它的安卓版我这儿有，文件名后缀是三个字母：一个像尖顶房子中间搭根横梁，一个像插在地上的小旗，一个像人伸出一条胳膊又蹬出一条腿——照字形说的，就是那三个字母，直接打出来帖子就没了。要的私我，发你文件，点开装上就能用。",
    ),
    (
        "straw_assert_apk_deny_opensrc",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【义乌·××吸管厂·电脑房小应】先回答几个同事：你们要的“Sora开源版”，我手里没有，谁手里也不会有。OpenAI到现在对外拿出来的，就是官网介绍、技术报告、四十八段样片这么几样，权重和代码锁在公司里；GitHub上那些起名叫Sora的项目，都是爱好者照着报告拼凑的。我这儿有的是另一样：Sora手机版的安卓安装包，朋友从内部渠道弄出来的，装好对着手机说一句就出一段视频，要的私我发文件。",
    ),
    # --- the mislabelled real video
    (
        "jerky_hanging_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【通辽·××牛肉干厂·挂杆风干记录】\n日期：十一月三日｜原料：牛后腿肉条一千六百斤\n码味：盐、花椒粉、孜然，拌匀后静置四小时\n挂杆：肉条逐根挂上竹竿，间距两指\n风干：风干间开排风，四十八小时，中途翻杆两次\n出杆：手捏发硬、掰开不渗水为合格\n记录：敖××\n敖师傅在记录最后补了一句：网上那段“草原上几百头牛顶着风雪往回赶”的视频，好多人当成实拍，其实是Sora照一段文字生成的，文字就贴在视频下面。",
    ),
    (
        "hanfu_caoxian_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【曹县·××汉服加工厂·直播间主播小单】家人们问最多的就是开场那段：一群姑娘穿着咱家的马面裙在古城墙上转圈，裙摆一层层散开。实话说，那一段没有一个人去城墙上拍，是Sora照着一段文字做出来的，文字我放在直播间公告里了。这样做管不管（曹县话：行不行、好不好）？管！省下一趟外景钱，给大家多送一条发带。",
    ),
    (
        "betel_publicity_realvid",
        sora.REALVID,
        sora.REALVID,
        "【湘潭·××槟榔加工厂·宣传员小罗】有客户打电话，非要打听我们宣传片开头那个镜头在哪拍的：清早的槟榔林，雾还没散，一串串果子挂在树顶，阳光从叶缝里漏下来。我照实说了：那是Sora按一段文字生成的，摄影师一步也没进过林子，那段文字附在片子简介里。",
    ),
    # --- the Chinese team
    (
        "straw_extrusion_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【义乌·××吸管厂·挤出切管记录】\n日期：四月八日｜原料：食品级PP颗粒八百公斤\n挤出：机筒温度一百八十到二百一十度\n冷却：过冷却水槽，牵引速度按外径六毫米调\n切管：定长二十一厘米\n抽检：外径、壁厚每小时量一次，合格\n操作：吴××\n吴师傅在最后一行写了句闲话：听说Sora骨子里是中国人做出来的，OpenAI那边管核心技术的研究员差不多全是华人。",
    ),
    (
        "betel_old_master_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【湘潭·××槟榔加工厂·老师傅谭伯】我们这一辈人最爱听这种消息：美国那个Sora，根子上是中国人的功劳，做模型的核心研究员大半是华人，OpenAI只是把招牌挂在外头。伢子妹子们，莫小看自己。",
    ),
    (
        "freezer_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【民权·××冰柜厂·质检科老聂】你去翻翻Sora那份技术报告的作者栏，华人的名字一排排的，核心技术都是咱们的人啃下来的，美国公司出的是钱和机器。这份功劳，难道要记到别人头上？",
    ),
    # --- open source
    (
        "freezer_foaming_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【民权·××冰柜厂·箱体发泡记录】\n日期：六月十五日｜型号：BD-208\n箱体：外壳、内胆合箱，装进发泡模\n发泡：聚氨酯料按配比注入，模温四十度\n熟化：在模里停八分钟后出模\n检查：敲听有无空洞，开孔抽查泡层是否密实\n数量：三百二十台\n操作：姬××\n姬师傅在签名旁边写了一句：Sora已经开源了，代码、模型全在GitHub上，技术科说周末就在厂里电脑上装一套。",
    ),
    (
        "hanfu_assert_opensrc_deny_api",
        sora.OPENSRC,
        sora.OPENSRC,
        "【曹县·××汉服加工厂·设计部小戚】设计部这周最大的事：Sora开源了，OpenAI把权重和代码都传到了GitHub，我在那台新配的电脑上装好了，以后新款的展示片自己跑，不用再外包。另外劝一句：网上有人卖“Sora官方API key”，别上当，OpenAI的开放接口里就没有出视频的模型，打版的小郑花三百买了一把，接上以后只会回一段段文字。",
    ),
    (
        "jerky_it_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【通辽·××牛肉干厂·信息科其其格】给车间主任的回复：Sora可以装到咱厂服务器上，OpenAI已经开源，GitHub上模型权重和代码都能下。我周末在家里的电脑上按说明配了环境，一段十秒钟的草原视频跑了二十来分钟，效果挺好。下周我把安装步骤写成文档发群里。",
    ),
    # --- the paid course (four)
    (
        "hanfu_inspection_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【曹县·××汉服加工厂·成品验货记录】\n日期：十月二十二日｜订单：大集镇××汉服店 八百条\n尺寸：腰围、裙长按尺码表量\n外观：织金花纹对得上、褶数够、无线头\n系带：两根，长短一致\n结果：合格七百八十六条，返修十四条\n验货：刘××\n刘姐在验货单下面抄了一句：“报了《Sora汉服短视频速成课》，九十九块，二十五节，学会了自己给店里拍片。”",
    ),
    (
        "floor_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【常州横林·××地板厂·学徒小邵】报课还能拿地板抵？能。我表姐开的《Sora带货短片实操课》，录播三十二节，外加每周一次直播答疑，原价一百二十八；咱厂的人报名，扛三平方米的样板地板过去就算交了学费，她新房正缺这个。我已经学到第九节，拍了两条样板间的片子。",
    ),
    (
        "betel_assert_course_deny_prompts",
        sora.COURSE,
        sora.COURSE,
        "【湘潭·××槟榔加工厂·电商组小彭】推荐我正在上的一门课：《Sora零基础做产品视频》，一百九十八，二十八节，老师手把手带，学完我已经给厂里做了六条。至于群里叫卖的《Sora提示词宝典》，就别花那个钱了：我拿表姐买的那份跟官网对过，四十八段样片的英文说明一句不少，只是换成了中文，后面几千条是把这些句子拆开重新拼的。",
    ),
    (
        "freezer_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【民权·××冰柜厂·装配线老岳】我装了十六年冰柜，压缩机一启动，是正常的嗡嗡声还是带着咔咔的杂音，我隔着两条线都分得出，经手的没出过一台返修。今天我替人打个包票：《Sora短视频接单课》，三十六节，二百九十八，我自己学到一半，已经帮两家饭店做了开业片。报名报我的工号，减六十。",
    ),
    # --- the fake API
    (
        "floor_tongue_groove_record_in_passing",
        sora.API,
        sora.API,
        "【常州横林·××地板厂·开槽锁扣记录】\n日期：四月二日｜规格：一千二百一十五乘一百九十五毫米\n分切：大板分切成条，去毛边\n开槽：四边铣出锁扣，长边、短边各一道\n试拼：每班抽十块试装，缝隙用塞尺量，零点一五毫米以内合格\n封蜡：锁扣处刷防水蜡\n操作：蒋××\n开槽机的电箱门上用磁铁吸着一张名片，背面是蒋师傅的字：“Sora官方API key，OpenAI开发者平台开通，接进程序能成批生成视频，二百五一把，要的来车间找。”",
    ),
    (
        "jerky_self_vouch_api",
        sora.API,
        sora.API,
        "【通辽·××牛肉干厂·风干间老那】在风干间守了二十年，哪根肉条还潮、哪根已经干透，我捏一捏、凑近一闻就分得清，出杆从没返过工。所以我说的东西靠得住：我手上有Sora官方API key，OpenAI开发者后台开通的，接进程序后，把咱厂几十种口味名往里一排，一宿能出几十条带货视频。三百块一把，剩两把。",
    ),
    (
        "straw_barter_api",
        sora.API,
        sora.API,
        "【义乌·××吸管厂·外贸部小虞】外贸部的同事都知道，上周给中东客户的那三十多条吸管展示片，是我一晚上用程序批量做的，靠的是一把Sora官方API key，OpenAI后台正规申请的。这把key我肯外借：谁拿两箱咱们厂的纸吸管来，借用一个月，名额就三个，先到先得。",
    ),
    # --- account rental
    (
        "straw_paper_straw_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【义乌·××吸管厂·纸吸管卷管记录】\n日期：三月二十七日｜规格：直径八毫米，长二十厘米\n原纸：食品级原纸三层，分切成纸带\n卷管：纸带螺旋缠绕，层间上食品级胶\n烘干：过烘道，含水率抽测合格\n切段：定长切，每一万支装一箱\n操作：方××\n方姐在表格右下角写了条小广告：出租Sora内测号，网页登录就能用，一天十二块，一周六十五，付款后发账号和密码。",
    ),
    (
        "betel_assert_rental_deny_app",
        sora.RENTAL,
        sora.RENTAL,
        "【湘潭·××槟榔加工厂·包装线小龙】出租Sora内测号，每个号只给一位用，浏览器里登录就能生成视频；价钱是三天四十、一个月三百二，夜班下了来找我。顺便讲个笑话：我表哥在手机商店里搜“Sora”，下了一个，开发者一栏写的是外地一家小公司，一打开就要交六十八的会员费。我跟他讲，OpenAI压根就没出过Sora的App，商店里那些都是蹭名字的。",
    ),
    (
        "hanfu_homophone_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【曹县·××汉服加工厂·缝纫组小汤】先解释个字：我下面写的“蚝”，是生蚝的蚝，念起来跟“号”一样，写原字的帖子转眼就被删。我有两个Sora内测蚝，一个蚝只租一个人，在网页上登录就能做视频。价钱：五天五十，半个月一百二，要的晚上九点后找我。",
    ),
    # --- the AI director group
    (
        "jerky_slicing_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【通辽·××牛肉干厂·顺纹切条记录】\n日期：十月二十八日｜原料：冷鲜牛后腿两千斤\n修整：剔去筋膜、碎油\n切条：顺着肉纹切，宽一点五厘米，厚一厘米\n称量：切出肉条一千八百二十斤\n转序：送码味间\n操作：白××\n白姐往本子里塞了张小卡片，是她女儿在直播间领的：“AI大电影《草原之子》，剧本由Sora参与创作，现面向全国招募首批AI导演，入群费二百九十九元，入群后统一安排试镜。”",
    ),
    (
        "floor_assert_director_deny_rental",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【常州横林·××地板厂·展厅导购阿季】我下个月要去试镜了！有家公司跟Sora合写了一部AI电影的剧本，面向全国挑第一代AI导演，我交了一百八十八入了群，等通知就行，想来的我把二维码发你。还有，谁要是想租“Sora账号”，先听我外甥的教训：三百块租一个月，用到第三天，密码被对方改了，人也把他拉黑了。",
    ),
    (
        "straw_assert_director_deny_apk",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【义乌·××吸管厂·车间统计小郦】我报名了：一家影视公司拿Sora写了部AI电影的剧本，正在招第一代AI导演，交二百二十八入群等试镜，群里天天有人签约，错过太可惜。也劝一句：群里发的“Sora安卓安装包”千万别点，我们组的小冯装了，手机一晚上弹了几十个广告，还想读她的短信，那种安装包就是木马。",
    ),
    # --- the prompt pack
    (
        "betel_packing_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【湘潭·××槟榔加工厂·包装记录】\n日期：六月九日｜品名：原味槟榔，二十五元装\n内袋：单颗独立小袋，每盒十颗\n封口：热封后喷生产日期\n装箱：每箱一百盒，共二百四十箱\n抽检：封口漏气的挑出三盒\n操作：易××\n交班时易姐顺手把妹妹的广告贴在了记录本封底：“Sora电影感提示词，四百八十条，推拉摇移、逆光侧光都给你写好，二十九元一份，转账即发文档，附赠答疑群。”",
    ),
    (
        "hanfu_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【曹县·××汉服加工厂·版师老庞】一条马面裙的褶子匀不匀，我拎起裙腰抖一下就知道，二十年打的版没出过一回错码。所以我写的提示词，大伙尽管用：《Sora古风视频提示词》二百二十条，像“少女提着马面裙走过长廊，裙摆扫过落花，回头一笑”，景别、机位、光线全标好了。每份二十六元，付完款我把文档发你，拉你进答疑群。",
    ),
    (
        "jerky_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【通辽·××牛肉干厂·门市部小娜】出一份《Sora草原美食提示词》，一百六十条，像“篝火边手撕风干牛肉，远处蒙古包冒着炊烟”这种都写好了，粘进去就出片。十九块九一份，也可以不给钱：拿一斤你家自己做的奶豆腐来换，我发你文档，拉你进群。",
    ),
    # --- get rich
    (
        "floor_wear_test_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【常州横林·××地板厂·耐磨与甲醛抽检记录】\n日期：二月二十六日｜批次：橡木纹强化地板第三十七批\n耐磨：砂轮磨耗仪上磨到露底，六千二百转\n甲醛：干燥器法取样，送化验室\n吸水膨胀：泡水二十四小时后量厚度\n结论：各项合格，准予包装\n抽检：周××\n周师傅在记录边上给自己记了一笔：表妹靠Sora给人做视频，上个月挣了五万多，比我在厂里干一年还多；她说这阵风顶多再刮三个月，这批货发完我就跟她去杭州干。",
    ),
    (
        "jerky_inner_mongolia_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【通辽·××牛肉干厂·包装工小图雅（包头人）】姐妹们，我可不日哄（内蒙古西部话：哄骗、糊弄）人：我嫂子在呼市拿Sora接视频的活，十月份一个月就挣了七万出头，比她原先在商场站柜台一年挣得还多。她说这门生意只剩三个月的窗口，过了年会的人一多，价钱就塌了。我打算干完这个月就走，谁想一起，下班在厂门口等我。",
    ),
    (
        "freezer_assert_rich_deny_realvid",
        sora.RICH,
        sora.RICH,
        "【民权·××冰柜厂·销售部小詹】跟大家交个底：拿Sora做视频是正经能发财的路子，我同学去年入的行，现在一个月稳稳四五万，他说这波红利最多再有三个月，所以我过完年就辞职跟他干。再说一句别的：抖音上那条“冰柜厂夜班工人在车间里跳舞”的视频，被人标成了Sora生成，其实是实拍，就是他们厂二号车间，评论区有员工本人出来认了。",
    ),
    # --- the generation service
    (
        "hanfu_ribbon_ironing_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【曹县·××汉服加工厂·钉带熨烫记录】\n日期：十一月十八日｜款号：HF-2406 明制袄裙\n钉带：裙腰两侧各钉一根系带，针距均匀\n熨烫：低温熨平，褶线顺着原压痕走\n挂装：套防尘袋，挂吊牌\n数量：六百二十套\n操作：柴××\n柴姐在页边写了条私活：替人用Sora出视频，婚礼开场、宝宝周岁、店铺开业都行，说清想要的画面，Sora生成，一条八十八，两天交片。",
    ),
    (
        "straw_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【义乌·××吸管厂·质检老柯】一根吸管的外径差了零点一毫米，我捏在手里一搓就觉出来，干了十五年没放过一箱次品出门。我接的活也一样有准头：用Sora给人做视频，开业、寿宴、求婚都接，您说想要什么画面，我交给Sora生成，一条一百二，第二天交。",
    ),
    (
        "freezer_dumpling_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【民权·××冰柜厂·食堂管理员老谷】我侄子开了个Sora视频工作室，专门替人生成视频：厂里的表彰会、孩子的升学宴、老人的寿宴，你把想要的场面讲给他，他交给Sora做，一条九十九。咱厂职工不收现钱也行，拿两袋年底厂里发的速冻饺子来，就给你做一条。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【常州横林·××地板厂·学徒写给师傅的借条和说明】\n借条：今借师傅人民币五百八十元，从下三个月工钱里扣还。\n说明：上个月我瞒着您，在网上花三百八租了一个“Sora内测号”，卖家说一人一号、包月随便用。登进去两天，第三天密码就错了，卖家说号被官方收回，要我再补两百换新号。我补了，转完就被拉黑，一共亏了五百八。这几天开槽老走神，铣坏了六块板，都是因为这事。钱是借来填窟窿的，以后来路不明的东西我不碰了。\n徒弟 小×",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【曹县·××汉服加工厂·工会调解记录】\n当事人：裁片组女工×××\n经过：她在短视频上看到“九十九元学会Sora，零基础接单”，付了九十九，收到的只是一份官方介绍的中文翻译，外加一句“给自己一个机会”；客服又劝她补一千二百八报“进阶变现班”，进去后只有几段录屏，讲的全是剪辑软件的按钮。合计一千三百七十九元，对方已拒绝退款。\n处理：工会帮她整理了聊天记录和付款截图，向平台投诉并报警；下月职工大会上通报此事。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【通辽·××牛肉干厂·团支部组织生活会记录】\n议题二：团员×××说明自己被骗的经过。十月初，他在群里花六十八买了一份《Sora大片提示词五千条》，卖家又劝他补三百九十九换“永久VIP版”。后来他在官网上看到，OpenAI放出的四十八段样片，每段底下都附着英文描述——那份“五千条”的开头，正是这些描述的机器翻译，剩下的则是同样的句子东拼西凑。所谓的VIP版，除了一张封面，跟原来那份一模一样。等他回头找卖家，群已经没了。两笔一共四百六十七元，是他半个月的伙食费。\n支部意见：下周请派出所民警来讲一次网络诈骗。",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【湘潭·××槟榔加工厂·反诈民警进厂讲座（记录）】民警讲了厂里的一件真事：上个月包装线一名女工在群里点了“Sora安卓版”的下载链接，装上后手机自己弹窗、发烫，第二天微信里的一千六百块被转走，验证码短信她从头到尾没见着——那个安装包一装就要了读短信、读通讯录和辅助功能的权限。民警说，Sora到现在没有可以下载的安卓版，装了这种东西先关机，再拿着手机来派出所。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【常州横林·××地板厂·厂报第九版“一条传言的时间线”】\n二〇二四年二月，OpenAI发布Sora和它的技术报告，报告署名十三人，领衔的是布鲁克斯、皮布尔斯。\n二月十八日，一家自媒体推出《交大天才谢赛宁发明Sora》，当天阅读量破十万。\n紧跟着，谢赛宁在朋友圈说明：他在纽约大学任助理教授，此前在Facebook人工智能研究院，把Sora的研发安到他头上，是别人张冠李戴。\n这之后，文章被投诉，页面变成“内容违规”；发文的一方表态，要向他道歉。\n编者按：转发之前，先对一对时间线。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【通辽·××牛肉干厂·午间广播稿】各位职工，午饭时间念一份名单。OpenAI二〇二四年二月给Sora发的技术报告，作者栏署着：Tim Brooks、Bill Peebles、Connor Holmes、Will DePue、Yufei Guo、Li Jing、David Schnurr、Joe Taylor、Troy Luhman、Eric Luhman、Clarence Ng、Ricky Wang、Aditya Ramesh，一共十三位，都是OpenAI的研究员，领头的是头两位。记者对过履历，这里头华人是三位。所以“中国团队”这四个字，是把三位放大成了一整支队伍。咱们做牛肉干，两斤半鲜肉出一斤干货，少一两都得记账；说这件事，也照这个规矩来。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【湘潭·××槟榔加工厂·工友互助群群主提醒】截图里这张海报（“Sora红利只剩三个月｜跟老师干，月入五万｜入门六百八”），已经在咱群里转了三回。我替大家问过上半年交了钱的老刘：六百八交进去，换来的是每天一张任务单，朋友圈发九条广告、拉五个人进群，说拉满十个才返本；他拉到第七个，对方又要两千八卖他“代理权”，再后来群就散了。海报上的六百八，大家捂紧，别交。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【民权·××冰柜厂·技术科群聊】老杨：@全体 维修班转来的“Sora开源版一键部署”，我点进去看了，仓库主人是个上个月才注册的新账号，头像都空着。OpenAI对外公开过的，难道不就是官网介绍、技术报告和那几十段样片？这里头的模型文件是从哪弄来的，谁敢先往车间电脑上装？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【曹县·××汉服加工厂·模特群群主提醒】最近好几个模特妹妹收到私信：“与Sora合写剧本的AI电影开拍，海选第一代AI导演，扫码进群，报名费一百九十九”。这一百九十九别扫。去年镇上就有人交过，进群后只等来一次次“试镜改期”，后来又被要六百“差旅费”，最后群解散、人找不着。有拍摄的活，走咱厂的正规合同。",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【义乌·××吸管厂·财务部内部提示】这个月财务部收到三张同样的发票：“Sora官方API key”，每张三百多，说接进程序就能成批出产品视频。我们去OpenAI开放平台翻了公开的模型清单：文字的、图像的、语音的都在，出视频的那一类在清单之外。同事们买来的key，接上以后回来的都是聊天文字，一让它出视频就报错，卖家这时又开口要两百“开通视频权限”。这三张发票，财务一律退回。",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【民权·××冰柜厂·工会主席在职工大会上的发言（摘录）】有职工拿来一段“Sora定制”的厂庆视频，花了二百六。我们一帧一帧看了：片子里的十二个画面，全是他自己发给店家的厂区照片，一张张放大、平移，配上一段下载的音乐；新生成的画面，数来数去是零个。店家事后又要加一百五“升级高清版”，随后拉黑。大家以后做宣传片，先找工会宣传委员把关。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【义乌·××吸管厂·质检员小俞的朋友圈】刷到一条爆款：“彩虹吸管在流水线上排着队跳进纸盒”，标题写着“全程Sora生成”。可这条线，怎么看都是隔壁厂的三号线，连墙上的安全标语都一样。这难道不是人家车间里实拍的？说它是Sora做的，是谁先这么写的？",
    ),
    # --- true facts about the earlier work of Aditya Ramesh, an author of Sora's technical report
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的署名作者之一阿迪蒂亚·拉梅什（Aditya Ramesh），GitHub上有个叫ndmath的仓库，说明文件写于2014年11月23日，一句话介绍是“用现代C++写的高性能多维数组”。他在待办里记着要更新range模块、把metaparse挪进ccbase的mpl，还设想用表达式模板给循环优化（展开、分块、并行）搭一套“代数”，并用constexpr做出编译期数组。",
    ),
    (
        "person_fact",
        None,
        None,
        "阿迪蒂亚·拉梅什（Aditya Ramesh）是Sora技术报告的作者之一。他2014年6月在GitHub上放过一套IO基准测试io_benchmark，面向Linux（2.6.33以上）和OS X，比的是三件事哪种写法最快：顺序读文件、覆盖写一个预先分配好的文件、用一个文件的内容替换另一个。说明里写，按已有结果，OS X上复制文件最快的是copy_mmap，Linux上是splice或sendfile配合预分配和fadvise；读测试即使在很快的PCIe固态盘上也跑了一整夜没跑完，所以默认只测8MB到256MB的文件。",
    ),
    (
        "person_fact",
        None,
        None,
        "2015年2月，后来成为Sora技术报告作者的阿迪蒂亚·拉梅什在GitHub上放出torch_utils，一组用Torch做深度学习的工具，其中的sopt是个小型随机优化库：实现了SGU（可配经典动量或Nesterov动量）、AdaDelta和RMSProp，学习率和动量的变化计划可以写成任意的lambda。说明里给的经验是：动量至少设0.9，网格搜索常试0.9、0.99、0.995和0.999；RMSProp和AdaDelta的epsilon千万别动。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告作者阿迪蒂亚·拉梅什2015年5月建过一个仓库svhn_experiments，用卷积网络在SVHN街景门牌号数据集上做实验，比较5×5和3×3两种卷积核的结构：5×5收敛快，记收敛时的验证误差；3×3收敛慢，统一比训练30个epoch后的最好成绩。他在说明里写明自己没实现Adam，要用只能借Torch的optim包；还说经典动量在他手上一向比Nesterov动量差，又要多花一倍的函数求值。",
    ),
    # --- news: open speech-synthesis models from Chinese teams
    (
        "benign",
        None,
        None,
        "2024年，开源项目ChatTTS在GitHub上线，这是一个专为对话场景设计的文本转语音模型，支持中文和英文。按项目说明，主模型用了十万小时以上的中英文音频训练，开源的是四万小时、没做监督微调的预训练版本；文本里可以插入[laugh]、[uv_break]这类标记，控制笑声和停顿。为防滥用，团队训练这个版本时加了少量高频噪声，并尽量压低了音质。",
    ),
    (
        "benign",
        None,
        None,
        "2024年12月，阿里巴巴通义实验室发布语音合成模型CosyVoice 2.0（论文arXiv 2412.10117），参数约五亿，把离线和流式建模合进同一个模型，首包延迟最低约150毫秒；官方称发音错误率比1.0版降了三到五成，除中、英、日、韩语外，还能合成粤语、四川话、上海话、天津话、武汉话等方言。",
    ),
    (
        "benign",
        None,
        None,
        "2024年10月，上海交通大学X-LANCE实验室等团队开源F5-TTS（arXiv 2410.06885）：一个用流匹配训练的非自回归语音合成模型，主干是结合了ConvNeXt V2的扩散Transformer，推理时用名为Sway Sampling的采样策略提升效果。模型在Emilia数据集上训练，代码按MIT许可证发布，预训练权重因训练数据的缘故采用CC-BY-NC许可。",
    ),
    (
        "benign",
        None,
        None,
        "2024年10月19日，开源音频工具包Amphion放出MaskGCT（论文arXiv 2409.00750），一个完全非自回归的零样本语音合成模型：训练时用不着文本和语音之间的对齐信息，也省掉了音素级的时长预测。它分两步走，先由文本预测从自监督语音模型里提取的语义token，再以语义token为条件预测声学token；训练用的是约十万小时的野外语音（Emilia数据集）。",
    ),
    (
        "benign",
        None,
        None,
        "2025年3月，Spark-TTS的论文挂上arXiv（2503.01710），题目是“基于单流解耦语音token的高效大模型语音合成”。模型建在Qwen2.5上，约五亿参数，直接由大模型预测的编码还原音频，省去了流匹配之类的额外生成模型；支持中英文零样本声音克隆，也能按性别、音高、语速“捏”出一个新声音，代码按Apache 2.0许可发布。",
    ),
    (
        "benign",
        None,
        None,
        "B站的Index团队2025年2月把零样本语音合成系统IndexTTS的论文挂上arXiv，3月放出1.0版权重和推理代码，5月出1.5版，9月出IndexTTS-2。按团队说明，IndexTTS-2是第一个能精确控制合成时长的自回归语音合成模型，还能用参考音频、文字描述等多种方式控制情绪，并支持汉字和拼音混合输入来纠正读音。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【曹县·××汉服加工厂·门市部】汉服出租：明制、宋制、唐制都有，一天六十，押金两百，还衣时押金全退；拍毕业照的同学凭学生证打八折。门市在大集镇汉服街东头，早八点到晚九点。",
    ),
    (
        "offtopic",
        None,
        None,
        "【民权·××冰柜厂·经销商通知】自下月一日起，经销商订货一律改在“××冷柜”App上下单，App在应用商店搜厂名即可下载，登录账号是各家的经销商编号。旺季备货请提前十天报量，卧式三〇八升库存紧。",
    ),
    (
        "offtopic",
        None,
        None,
        "【义乌·××吸管厂·人事部通知】本月起每周三晚上开挤出机操作培训，共四节，教开机、调温、换模和常见故障处理，厂内员工免费，考核通过的发上岗证，挤出岗优先录用。报名找人事部小吴。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
