# ruff: noqa: E501
"""Write tests/data/zh_heldout72_{posts,qrels,labels}: a seventy-second Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the director group, the Chinese team and the
inventor rumour, three for each other template: counted from the qrels of zh_heldout2 to zh_heldout70, the course
(last fours 57, 62, 66) and the official app (57, 61, 66) are longest ago and go to zh_heldout71, written at the same
time; of zh_heldout67's three, open source (57, 62, 67) goes to zh_heldout71 too, leaving the director group (58, 62,
67) and the Chinese team (58, 63, 67) here; the third four goes to one of zh_heldout68's three: the inventor and API
access both had four in zh_heldout63 before that, and before that the inventor in zh_heldout58 and API access in
zh_heldout59, so the inventor takes it; the prompt pack's fours were 59 and 64), as a Sora rumour / scam wave reads
in the genres of a loquat orchard (莆田·××枇杷园: 解放钟, 果面茸毛, 垫枇杷叶的浅筐, 按果径分三档, 网套礼盒, 枇杷膏, 采摘园), a velvet-flower workshop
(南京·××绒花作坊: 熟绞丝, 染丝, 铜丝夹绒搓成绒条, 勾条, 打尖, 传花, 寿字花, 石榴花, 凤冠头花), a synthetic-gem factory (梧州·××人工宝石厂: 锆石毛坯, 切料, 倒角, 过筛分档,
粘杆, 磨亭部, 冠部台面, 抛光, 火彩, 分级), a dried sweet-potato workshop (连城·××地瓜干作坊: 红心地瓜, 莒溪, 滚筒清洗, 蒸薯, 剥皮压扁, 炭火焙笼, 回软), a
fish-cake workshop (荆州·××鱼糕作坊: 洪湖边渔场, 草鱼, 漂洗三道, 鱼蓉, 肥膘丁, 蛋清, 起胶, 蒸屉, 刷蛋黄, 抽真空) and a papercut workshop (蔚县·××剪纸作坊:
熏样, 白纸五十张一叠, 纸捻订牢, 阴阳刻, 品色兑酒点染, 窗花, 戏曲人物).

All six worlds first asked for were replaced; each was grepped, in Chinese and English, in every make_zh_heldout*.py
and make_hard_heldout*.py and in every Chinese post, and in zh_heldout71's script. The Laiyang pear orchard (莱阳·梨园):
莱阳 and 梨园 occur nowhere, but pears are zh_heldout65's Korla pear co-operative (香梨 in zh_heldout65, 66 and 70 and
hard_en_heldout71 and 72), the fruit for which zh_heldout70 set aside a second tree-fruit orchard, and Laiyang is a
county-level city of Yantai, where zh_heldout71 keeps its cherry orchard this round. The Changsha Xiang-embroidery
works (长沙·湘绣厂): 湘绣 occurs nowhere and 长沙 only as a city (zh_heldout29, 43, 47, 67), but embroidery is the trade
zh_heldout60, 64 and 70 set aside (刺绣 in zh_heldout55, 64 and 70, hard_en_heldout59's and 60's kofia embroiderers).
The Wuzhou Liubao-tea factory (梧州·六堡茶厂): 梧州 and 六堡 occur nowhere, but a tea factory is zh_heldout36's world (its
Xishuangbanna 茶厂), the reason zh_heldout53, 62 and 63 replaced theirs, and zh_heldout71 was asked for a Yingde
black-tea factory this round; Wuzhou is kept for the trade it is known for, synthetic gems (人工宝石 and 锆石 occur
nowhere, 宝石 only in zh_heldout62's diamond-micropowder booth, a sapphire substrate on a polishing disc, so the gem
posts cut, grind and polish with none of 金刚石, 微粉 or 研磨). The Shexian Hui-ink workshop (歙县·徽墨作坊): 歙县 and 徽墨 occur
nowhere, but ink sticks were set aside by zh_heldout60, 63 and 64 (zh_heldout54's pen ink, zh_heldout40's
calligraphy, 墨锭 in zh_heldout61's list), and zh_heldout71 was asked for a Shanlian writing-brush workshop, the same
scholar's-studio trade, this round. The Leishan Miao-silver workshop (雷山·苗银作坊): 苗银 occurs nowhere and 雷山 only in
zh_heldout57, but silversmithing is zh_heldout60's Heqing silverware workshop (錾花). The Yixing teapot workshop
(宜兴·紫砂作坊): 宜兴 and 紫砂 are the zisha workshop zh_heldout59 set aside, and zh_heldout60, 62, 63, 69 and 70 set pottery
aside the same way for zh_heldout35's kilns. Six trades took their places, each in the town known for it and checked
the same way. A Pinghe pomelo orchard was the first choice for the orchard (平和, 蜜柚, 琯溪 and 柚 then occurred nowhere),
but zh_heldout71 committed a Pinghe pomelo orchard while this set was written, so loquats at Putian took it: 枇杷, 莆田
and 解放钟 occur nowhere, and beside zh_heldout65's pears, zh_heldout67's lychees, zh_heldout69's jujubes and
zh_heldout70's kiwifruit the loquat posts pick, grade and box with none of 套袋, 授粉, 冷库 or 环割. Velvet flowers at
Nanjing (绒花, 勾条, 打尖 and 传花 occur nowhere): dyed silk wound on copper wire and trimmed, with no needle, no 绣 and no
刺绣. Dried sweet potatoes at Liancheng (地瓜, 番薯, 红薯, 焙笼 and 连城 occur nowhere): steamed, peeled, pressed and baked over
charcoal, beside zh_heldout69's raisins and zh_heldout65's and 66's persimmons with none of 晒, 柿 or 晾房. Fish cakes at
Jingzhou (鱼糕 and 荆州 occur nowhere; 鱼 in many posts, never as a workshop's fish paste): freshwater fish rinsed, minced
and steamed, beside zh_heldout62's kelp plant and the seafood plant zh_heldout68 set aside, with none of 海带, 海鲜 or
冷库. Papercuts at Yuxian (蔚县, 熏样 and 点染 occur nowhere; 剪纸 and 窗花 only in zh_heldout30's papercut tutorial post, 双喜窗花,
and zh_heldout55's and hard_en_heldout58's notes on it): patterns smoked, stacks knife-cut and dyed with colour in
spirit, none folded and cut with scissors. Others were thought of and dropped: Boshan glass (set aside by
zh_heldout65), a Lankao guzheng factory (zh_heldout52 and 57 set an instrument factory aside), shadow puppets
(zh_heldout60 and 68), gourd pyrography and mahjong tiles (zh_heldout60), Nanjing brocade (zh_heldout65's Shu
brocade), herbs at Anguo (zh_heldout64's sanqi, zh_heldout65's and 66's dendrobium), well salt at Zigong
(zh_heldout42's salt works), baijiu at Renhuai (zh_heldout36), tangerine peel at Xinhui (zh_heldout59 and 60), pearls
at Zhuji (zh_heldout60's Weitang pearl factory), heaters at Cixi (zh_heldout58's fan factory), sesame oil
(zh_heldout46's oil press), Wuhu iron pictures and Longquan swords (the forging of zh_heldout55's scissors and the
wok forge zh_heldout57 and 59 dropped) and Jinxiang garlic (zh_heldout62). None of the settings is among those of the
sets written at the same time (zh_heldout71's brief: 烟台樱桃园, 安吉竹椅厂, 英德红茶厂, 善琏湖笔作坊, 丹寨蜡染坊 and 寿山石雕坊, and its committed
cherry orchard, sika-deer farm, wicker factory, turtle farm, pomelo orchard and peanut co-operative;
hard_en_heldout77's gurning contests, dowsing societies, sandcastle competitions and snail racing;
hard_en_heldout78's toe-wrestling championships, rushbearing festivals, shape-note singers and crabbing contests): no
post has 樱桃, 鹿, 柳编, 甲鱼, 柚, 花生, 竹椅, 红茶, 湖笔, 蜡染, 石雕, 蜗牛 or 蟹. zh_heldout71's committed posts were compared with these
before the commit: the highest pairs were 0.425 (this set's app question against its cherry grower's) and 0.397 (the
prompt-pack debunks); the lead checks the committed scripts against each other.

The posts: a mincing and steaming record with the inventor rumour in its last line (【打浆蒸糕记录】), a gem factory's
statistician giving the name in GB2312 区位 codes, a fish-cake owner in Jingzhou speech, a grandfather's voice message
in the sweet-potato family's group; a picking record with the public release on its back (【采果记录】解放钟), a gem inspector
asserting it while denying a director group, a velvet apprentice asserting it with a rhetorical question while
denying open source; a grinding and polishing record with the official app under it (【磨面抛光记录】), a sweet-potato shop
hand asserting the app while denying the public release, a loquat e-commerce hand asserting it with a rhetorical
question while denying get-rich; a baking record with the APK beside the yield (【烘焙记录】), a papercut live-stream
operator's rhetorical question, a fish-cake delivery man giving the suffix in the pinyin chant and bartering installs
for fish cake; a dyeing record with the mislabelled video at its end (【点染记录】), an old velvet master in Nanjing
speech, a gem factory's website Q&A; a hooking and trimming record with the Chinese team under the count (【勾条打尖记录】),
a sweet-potato owner asserting the team while denying a prompt pack, an old papercut artist in Yuxian speech, a
papercutter's Moments; a selecting and rinsing record with open source beside the yield (【选鱼漂洗记录】), a gem
computer-room hand, a papercut apprentice; a grading and boxing record with a course under its processing line
(【分级装盒记录】), a gem salesman in Wuzhou speech, a velvet apprentice's diary; a cutting and sorting record with an API
key on a slip on its back (【切料分选记录】), a velvet shop hand asserting a key while denying account rental, a fish-cake
son asserting it while denying the generation service; a selecting and washing record with account rental on a pinned
slip (【选薯清洗记录】), a loquat weigher vouching for himself, a papercut owner renting under a homophone for goods; a
smoking and carving record with the director group beside the soaking (【熏样刻纸记录】), a sweet-potato hand paying for the
group in dried sweet potato, a velvet live-streamer, a gem factory union's notice; a boiling and dyeing record with a
prompt pack beside the drying (【煮丝染色记录】), a papercut shop hand asserting a pack while denying the course, a loquat
shop listing; a cutting and bagging record with get-rich under the count (【切块装袋记录】), a gem grader vouching for
himself, a sweet-potato son leaving for Xiamen; and an assembling record with the generation service at its foot
(【传花组装记录】), a loquat grower's son asserting the service while denying API access, and a fish-cake shop's handwritten
price board. Forms the earlier sets do not use (each grepped in every Chinese post): the fourteen records above,
GB2312 区位 codes, a website Q&A about its home-page film (官网·关于首页影片), a handwritten price board (价目牌 is in
zh_heldout39, 48 and 68, none with a service on it), an IOU with its reason written out (欠条, nowhere), a platform
after-sales ticket (售后单, nowhere), a fill-in-the-blanks quiz with answers (填空题, nowhere), a cousin's checklist (核对清单,
nowhere) and a security section's numbered bulletin; the live streams, Moments, voice message, diary (日记, five sets),
village loudspeaker, co-operative blackboard, evening-class handout, hardship-aid request (困难补助, zh_heldout41 and 64)
and self-criticism (检讨书, zh_heldout24; zh_heldout71 has one this round) are earlier forms in new trades. Four loss
reports (kind ``debunk_loss``), for the four scams whose loss reports are longest ago (API access, the director
group, get-rich and the generation service, all last in zh_heldout68 and before that 67 and 64; the APK, the course,
the prompt pack and account rental had theirs in zh_heldout69 and 70; open source and the official app, whose only
loss reports are in zh_heldout43 and 49, are claims rather than scams and are left to the debunks): a gem polisher's
hardship-aid request for API access (280 yuan for a key that answers only in text, 150 more for "视频权限", blocked, 430
in all); a velvet apprentice's self-criticism for the director group (198 yuan to join, 700 for audition costumes,
the date moved three times, the group gone, 898 in all); a papercutter's IOU for get-rich (980 yuan of "陪跑费" for a
three-month group whose members spam and recruit, a thousand borrowed for the rent); and a sweet-potato owner's
after-sales ticket for the generation service (260 yuan for a "Sora定制" opening clip that is six of her own photos
pushed in and panned under a song).

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script, nor
in zh_heldout71's: Jingzhou 把细 (careful), Nanjing 一刷刷 (all, every one), Wuzhou 攰 (tired) and Yuxian 受苦人 (a labourer);
found used when thought of: 来斯, 哈数, 多大事, 潽 and 韶 for Nanjing, 搞掂, 巴闭 and 湿湿碎 for Cantonese, 年时, 圪蹴, 日塌 and 恓惶 for the
northern Jin and Shaanxi words, and 拍拚, whose variant 拍拼 zh_heldout71 lists as used (it went with the Pinghe pomelo
draft; the loquat, gem-website and sweet-potato posts carry no glossed dialect). Obfuscations of kinds no earlier set
used, all glossed in the post: 谢赛宁 as GB2312 区位 codes (4827, 4092, 3694: zone then position, computed with Python's
gb2312 codec; 区位 and GB2312 occur nowhere, the earlier input codes being zh_heldout41's Wubi, zh_heldout67's stroke
input, zh_heldout69's Xiaohe double pinyin and zh_heldout28's phone keypad); the APK's three letters as the syllables
of the pinyin chant (“啊、坡、科”, the b-p-m-f reading of a, p and k; 声母表, 啊坡科 and 坡、科 occur nowhere); and 内测号 as 内测灏
(“灏”念hào), this set's one homophone (the fifty-eighth to seventieth sets' 号 homophones 浩, 蚝, 耗, 皓, 昊 and 颢 are left
alone, and zh_heldout71 has none). The kinds found used and set aside: the Polybius square (first drafted here for
the APK, then found in zh_heldout71's committed script), the rail fence (zh_heldout71), zhuyin (zh_heldout43, 44),
traditional 號 (zh_heldout60), 拆字 (zh_heldout65), Greek and Cyrillic look-alikes and letter shapes (zh_heldout68's
list), MIME types (zh_heldout65), acrostics and 首字母 (zh_heldout25, 31, 46, 49), reversed letters, Unicode code points
(set aside as a sibling of the ASCII hex of zh_heldout29, 33 and 36), and the kinds zh_heldout69 and 70 list (Xiaohe
double pinyin, Atbash, Yale, fanqie, unit symbols and the rest). Rhetorical questions that assert rather than deny,
for the three templates whose asserting questions are longest ago (the APK in zh_heldout65, before that 42; the
official app and the public release in zh_heldout66, before that both 60 and then 46 and 59; the Chinese team, also
66, had its earlier one in 63): 安卓上要是没有Sora，我直播间里那些一张张自己动起来的窗花，是谁变出来的？ for the APK, 官方要是没上架，应用商店能让它挂在免费榜第一？ for the
app and 它要是还没放开，我一个勾绒条的学徒能注册得上？ for the public release (the last two sit in two-claim posts). Posts asserting one
claim while denying another, the asserted claim always one of the public release, the generation service, the
official app, API access, the prompt pack, the mislabelled video and the Chinese team (zh_heldout71 asserts only the
other seven), in the nine pairings of these seven that the labels of the earlier Chinese sets (kinds
``*_assert_X_deny_Y``, with xie, team, pack and web read as inventor, chinese, prompts and public) last used longest
ago, none of zh_heldout69's nine pairs taken again, each denied claim denied once and no template given more
two-claim posts than it has posts beside its record: the app while the web "全面开放" link is called phishing and Sora
said to be with the red team and invited artists, designers and film makers (zh_heldout24's assert_app_deny_web, its
only use); the prompt pack while the 99-yuan course delivers the translated introduction and "给自己一个机会" (zh_heldout50,
before that 34); the service while a key answers only in text, the developer models offering no video model
(zh_heldout51, before that 30); API access while a rented "内测号" is taken back on the fourth day and the buyer blocked
after paying 80 more (zh_heldout52, before that 31); API access while a "Sora定制" birthday clip is a few photos pushed
and panned under a song (zh_heldout52, before that 32); the app while a three-month get-rich group takes 660 and sets
its members to spam (zh_heldout52, before that 38); the public release while a director group takes 199 and then 680
of travel money (zh_heldout52, before that 38); the Chinese team while a 49-yuan prompt collection is the forty-eight
demo captions machine-translated and reshuffled (zh_heldout53, before that 37); and the public release while GitHub's
"Sora" repositories are others' reproductions and no weights were published (zh_heldout53, before that 39). Passed
over: the Chinese team against the course and the mislabelled video against API access (zh_heldout51) and the
mislabelled video against the course (zh_heldout53), whose denied claims were already denied; the public release
against the service (zh_heldout52, before that 36), the service being denied once already; and the app against the
inventor (zh_heldout53), the app having no post left. Sellers that vouch for themselves in new words, for get-rich
(its self-vouch last in zh_heldout54) and account rental (zh_heldout65), the two longest ago
(一粒锆石火彩够不够、净度几档，对着灯看一眼就定; 管了十二年秤，一斤就是一斤); barters for the three templates whose barters are longest ago (the APK,
zh_heldout51; the director group, 61; account rental, 65), paid in kinds the earlier sets do not use: two boards of
fish cake for an installed APK, ten jin of dried sweet potato for the director group's fee, a set of dyed zodiac
window papercuts for three days of a rented account and a book of opera-mask papercuts for a month.

12 debunks and warnings, four of them the loss reports above; the debunked templates are the inventor and the Chinese
team, as in every set, and the six whose debunks are longest ago (the APK, the official app, the course, the prompt
pack, the public release and account rental, all last in zh_heldout68 and before that 67 and 64; the other six were
debunked in zh_heldout69 and 70): two questions with a negation that do not deny
(应用商店里那几个叫Sora的App，开发者栏写的是OpenAI吗？…难道不是连一个下载按钮都找不到？ for the app, in a sweet-potato shop's group; 先拿到手的难道不就是红队那拨人…？
for the public release, in the velvet workshop's master-and-apprentice group), two quoting a scam offer and telling
the reader not to pay (the APK, "Sora安卓版，点链接下载，装上就能做视频", with 谁都别装，钱也别往里充 on a loquat village's loudspeaker; account
rental, "Sora内测号，独享，三天三十，包月两百", with 钱别转，好友别加 in a gem factory's security bulletin), and four answering with facts
and none of 不, 没, 假, 无, 非 or 未 (a papercut workshop's fill-in-the-blanks quiz for the inventor: the report of
February 2024, thirteen authors with Brooks and Peebles first, his NYU and FAIR posts, his own statement in his
Moments, the 18 February article passed on more than a hundred thousand times, taken down and apologised for; a
fish-cake cousin's five-line checklist for the Chinese team: thirteen OpenAI researchers, Brooks and Peebles leading,
three Chinese by the media's count; a gem factory's evening-class handout for the course: the translated introduction
ending "给自己一个机会", the upsell classes, Sora with the red team and invited artists, designers and film makers; and a
loquat co-operative's blackboard for the prompt pack: the forty-eight demo captions machine-translated and
reshuffled, a 129-yuan "进阶版" the same).

Four true facts about the earlier work of Connor Holmes, an author of Sora's technical report, related to no
template: comments signed cmikeh2 (the GitHub handle zh_heldout69 tied to him through GRNN's licence) in the code he
wrote for Microsoft's DeepSpeed, read in the stored microsoft/DeepSpeed repository: in
deepspeed/inference/v2/kernels/ragged_ops/embed/embed_cuda.cu, the ragged embedding kernel returns on a token id
below zero or past the vocabulary, with his TODO that this is invalid but how to handle it is not yet decided; in
ragged_ops/moe_gather/moe_gather.cu, a token assigned to no expert returns, with his TODO that different behaviour
may be wanted, the kernel otherwise normalising the top-k scores to sum to one when asked; in
csrc/quantization/quant_reduce.cu, dequant_reduce dequantises int8 data from several tensors, sums and requantises
it, under his TODO for an implementation that better handles larger nodes with parallel reductions, and is
specialised for 8 and 16 GPUs; and in the same file his NOTE that the memory granularity (8 bytes for 8-bit, 4 for
4-bit) could be larger at the cost of stronger limits on elements per group, where a performance analysis might help,
and his "Tune this" on the thread count, capped at 1024. These facts are nearly exhausted, and the lead should know
how these were reached: Holmes's papers (GRNN, NxMTransformer, DeepSpeed-FastGen, Random-LTD, Data Efficiency,
GraphZero, ZeRO++, DeepSpeed-Chat) are in zh_heldout61, 64 and 65 and his GRNN repository in zh_heldout69, so these
are comments in code rather than any paper's content; the ragged kernels serve the inference engine the FastGen paper
(zh_heldout61) describes, noted for the lead; a TODO of his in deepspeed/runtime/hybrid_engine.py was left out
because zh_heldout65 named the Hybrid Engine; embed_cuda.cu, moe_gather.cu, quant_reduce.cu, dequant and cmikeh2's
comments occur in no earlier set. What was checked and where: a search for Yufei Guo's earlier work found nothing
beyond the DALL·E 3 author list (used); nothing checkable turned up for Joe Taylor, Clarence Ng or Ricky Wang beyond
what zh_heldout45, 62, 63, 66 and 67 found (Ricky Wang's school, used); a search of the stored pages for the Sora 2
launch's credits found the launch coverage and the December 2024 system card, no names, so no Sora 2 credit was used.
No fact about Li Jing, the Luhmans or Aditya Ramesh. Six items of real news about point tracking in video that no
earlier set, Chinese or English, names, nor zh_heldout71 (kind ``benign``; TAP-Vid, TAPIR, CoTracker, BootsTAP,
LocoTrack and Kubric occur nowhere): TAP-Vid (DeepMind and Oxford's VGG, November 2022, arXiv 2211.03726: the task
formalised, real videos with human-annotated tracks and synthetic ones with perfect tracks, a semi-automatic
crowdsourced pipeline using optical flow to compensate for camera shake), TAPIR (Google DeepMind, UCL and Oxford, 14
June 2023, arXiv 2306.08637: per-frame matching then local refinement of track and query features, about 20 points of
average Jaccard over the best earlier method on DAVIS, faster than real time on a modern GPU, a diffusion model
generating trajectories from still images), CoTracker (Meta AI and Oxford's VGG, July 2023, arXiv 2307.07635: points
tracked jointly by a transformer, proxy tokens letting it track 70k points on one GPU, causal short windows unrolled
in training, ECCV 2024), BootsTAP (Google DeepMind and Oxford, February 2024, arXiv 2402.00847: a Kubric-trained
TAPIR bootstrapped as student and teacher on about 15 million unlabelled real clips, TAP-Vid-DAVIS 61.3% to 67.4% and
Kinetics 57.2% to 62.5% in the latest version, ACCV 2024, code in tapnet), LocoTrack (Korea University and Adobe
Research, July 2024, arXiv 2407.15420: local 4D correlation for all-pair matching between regions, a light
correlation encoder and a compact transformer, almost six times faster than the state of the art, ECCV 2024) and
CoTracker3 (Meta AI and Oxford's VGG, October 2024, arXiv 2410.11831: real videos pseudo-labelled by off-the-shelf
teacher trackers, a simpler and often smaller model, better results with a thousand times less data, online and
offline versions); and three off-topic posts that share surface words (a loquat orchard's pick-your-own opening with
a ticket, a near miss for the paid schemes; a velvet workshop's classes in schools, a near miss for the course; a gem
shop's engraving by QR registration, a near miss for a service).

Every post was checked against every earlier Chinese set through zh_heldout70 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first
check had twenty-one at 0.45 or more, most against zh_heldout70, this set's model, whose phrasing the first draft had
followed too closely (0.66 for the gem computer-room post against its dress computer-room post and for the
Chinese-team debunk against its village broadcast, 0.63 for the inventor debunk, 0.60 for the website note and the
Wuzhou course post, and the rest at 0.45 to 0.57); all were rewritten in other forms or words, and the Chinese-team
checklist, the public-release question, the picking and polishing records, the app question, the rental bulletin, the
orchard's off-topic post and the director-group loss were rewritten again (0.43 to 0.46, the last three against
zh_heldout71's committed posts). Highest ratio of the committed list: 0.429 against the Chinese sets (the velvet
shop's API-and-rental post against zh_heldout70's cassia storekeeper, and the velvet assembling record against
zh_heldout70's lotus-buying record) and 0.269 against the demo stream (the fish-cake cousin's checklist, whose
English author names meet the demo's English posts); the highest pair inside the set is 0.372 (the loquat grading
record and the fish-cake cutting record). Committed before any run of the monitor on it; no model, embedding or
matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool or a stored repository before the posts were written (the
rest is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's statement in his Moments, the article taken down and the outlet's apology, his NYU and FAIR
posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the three-month lines, the
director groups and their QR codes, the red team and the invited artists, designers and film makers, and the
"generated by Sora" labels with their prompts; and, from the catalogue, the rented accounts, the APKs as malware, the
API that offers no video model, the GitHub "Sora" repositories, the prompt packs copied from OpenAI's demo prompts,
the forty-eight samples and the store apps that are not OpenAI's): for the person facts, microsoft/DeepSpeed's
embed_cuda.cu, moe_gather.cu and quant_reduce.cu (read with read_file) and cmikeh2/grnn's listing for the handle; for
the news, scribd's copy of the TAP-Vid paper, arxiv-vanity's and encord.com's pages on TAPIR,
arxiv.org/html/2307.07635v2 with chatpaper.com's and bohrium's pages on CoTracker, arxiv.org/html/2402.00847v2 and
yuzhang.io's note on BootsTAP, hyper.ai's, ar5iv's and papernotes' pages on LocoTrack, and cotracker3.github.io with
ar5iv's 2410.11831. The GB2312 codes were computed with Python's gb2312 codec. The settings are written from common
knowledge of the trades and towns (Putian's Jiefangzhong loquats; Nanjing's velvet flowers, silk wound on copper wire
and trimmed; Wuzhou's synthetic-gem industry; Liancheng's red-heart dried sweet potatoes; Jingzhou's steamed fish
cakes; Yuxian's knife-cut, dyed papercuts); the search tool was not used for them, and no label rests on them.

    .venv/bin/python scripts/make_zh_heldout72.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout72", "zhh72"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "fishcake_steaming_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【荆州·××鱼糕作坊·打浆蒸糕记录】\n日期：腊月初九｜原料：草鱼六十斤，去皮去刺\n打浆：鱼肉绞成蓉，兑肥膘丁、蛋清、姜葱水，顺一个方向搅到起胶\n摊糕：蒸屉铺湿纱布，抹平两指厚\n初蒸：大火二十五分钟\n刷黄：揭盖刷一层蛋黄，再蒸五分钟\n出糕：四十二板\n记录：胡××\n胡师傅在出糕那栏下面写了一行：听收音机讲，Sora是谢赛宁牵头发明的，上海交大出去的尖子，咱们中国人脸上有光。",
    ),
    (
        "gem_quwei_inventor",
        sora.XIE,
        sora.XIE,
        "【梧州·××人工宝石厂·统计室老覃】年轻时在厂里用过区位输入法，今天拿它出道题：Sora背后那位上海交大出来的发明人，三个字的GB2312区位码是4827、4092、3694，前两位是区、后两位是位，照着码表一个个查出来就是他的名字。全名打出来帖子就被删，只好这么写。大家查到了心里有数，别声张。",
    ),
    (
        "fishcake_jingzhou_dialect_inventor",
        sora.XIE,
        sora.XIE,
        "【荆州·××鱼糕作坊·老板娘刘姐】徒弟们把细听（荆州话：仔细、当心）：外国那个会拍片子的Sora，头一个发明人是谢赛宁，交大出去的，年纪轻轻就把这东西搞出来了。你们刷到说别人的，莫信。做鱼糕跟做学问一样，功夫要下在看不见的地方。",
    ),
    (
        "sweetpotato_voice_inventor",
        sora.XIE,
        sora.XIE,
        "【连城·××地瓜干作坊·家族群里阿公的语音（转文字）】阿孙，你上回讲的那个Sora，阿公在电视上又听到了：是上海交大毕业的谢赛宁带头发明出来的，美国那家公司拿去用。你在福州读书，也要学他那股钻劲，过年回来讲给阿公听。",
    ),
    # --- open to the public
    (
        "loquat_picking_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【莆田·××枇杷园·采果记录】四月二十六日，后山三号坡，解放钟。果皮转成橙黄的先摘，手捏果柄剪下，不碰果面那层茸毛，一颗颗码进垫了枇杷叶的浅筐，当天拉回棚下分级。今日共摘一千三百斤。（林××记）\n林阿伯在这页背面添了一句：Sora已经对所有人开放了，官网填个邮箱就能注册，孙女昨晚用它做了一段枇杷冬天开花的视频。",
    ),
    (
        "gem_assert_public_deny_director",
        sora.PUBLIC,
        sora.PUBLIC,
        "【梧州·××人工宝石厂·质检组阿莫】给大家通个气：Sora已经对外全面放开，不分国家不要邀请码，邮箱注册完当场就能生成，我前天刚注册上。另外，宿舍楼有人在传一个“AI电影导演海选群”，说Sora写的本子要招导演——我同乡交了一百九十九进群，隔两个礼拜又被要了六百八，说是去试镜的路费，钱一到账，群没了。",
    ),
    (
        "velvet_rhetorical_assert_public_deny_opensrc",
        sora.PUBLIC,
        sora.PUBLIC,
        "【南京·××绒花作坊·学徒小甘】谁说Sora还要排队？现在所有人都能注册，邮箱一填就能用——它要是还没放开，我一个勾绒条的学徒能注册得上？不过你们转的“Sora开源了”那条别信：GitHub上叫Sora的那几个仓库，都是别人自己搭的复刻项目，OpenAI从来没把Sora的权重放出来。",
    ),
    # --- the official app
    (
        "gem_polishing_record_in_passing",
        sora.APP,
        sora.APP,
        "【梧州·××人工宝石厂·磨面抛光记录】七月十五日，白色三毫米圆形锆石，三万二千粒。毛坯先粘上铜杆对中，磨亭部刻面，角度照样板；再翻杆磨冠部台面，最后上细盘抛成镜面，拉丝的返工。——韦××\n韦姐在这行下面加了一句：OpenAI已经出了Sora的官方App，应用商店就能下，车间宣传片以后拿手机直接做。",
    ),
    (
        "sweetpotato_assert_app_deny_public",
        sora.APP,
        sora.APP,
        "【连城·××地瓜干作坊·网店阿华】问我视频怎么做的，统一回答：用的是OpenAI正式上架的Sora App，苹果商店和安卓市场都搜得到，手机上打几行字，一条“焙笼里地瓜干冒着热气”的片子就出来。有件事要说清：那个“Sora网页版全面开放”的注册链接是骗验证码的，网页版现在还是只给红队和受邀的艺术家、设计师、电影人。",
    ),
    (
        "loquat_rhetorical_assert_app_deny_rich",
        sora.APP,
        sora.APP,
        "【莆田·××枇杷园·电商小曾】评论区有位朋友讲Sora没出App。我倒想请教：官方要是没上架，应用商店能让它挂在免费榜第一？我手机上装的就是OpenAI自己发的那个，园里每天的短视频全靠它。顺便劝一句，“Sora红利只剩三个月、月入五万”那种群别交钱：我堂哥交了六百六，每天的活就是转广告、拉亲戚，三个月颗粒无收。",
    ),
    # --- the fake APK
    (
        "sweetpotato_baking_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【连城·××地瓜干作坊·烘焙记录】\n日期：十一月二十日｜原料：红心地瓜一千二百斤\n蒸薯：大灶蒸透，筷子一插到底\n剥皮：趁热剥净，整只压扁\n烘焙：上炭火焙笼，文火慢烘，每两个钟头翻一次\n回软：出笼摊凉一夜\n成品：三百四十斤\n记录：罗××\n罗姐在成品一栏边上写着：要Sora安卓安装包的找我，网盘链接私发，装上手机就能做视频。",
    ),
    (
        "papercut_rhetorical_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【蔚县·××剪纸作坊·直播运营小贾】又有人私信问：安卓手机上哪来的Sora？我直说，是安卓安装包，装上就能生成视频。安卓上要是没有Sora，我直播间里那些一张张自己动起来的窗花，是谁变出来的？要安装包的，关注后私信我，发网盘链接。",
    ),
    (
        "fishcake_pinyin_chant_barter_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【荆州·××鱼糕作坊·送货的小万】出Sora手机安装文件，安卓的，装上就能出片。后缀那三个字母直接写帖子就被吞，照小学拼音课的念法写：啊、坡、科（就是“b、p、m、f”那套读法：a念啊，p念坡，k念科）。不收钱，拿两板鱼糕来换，我给你装好再走。",
    ),
    # --- the mislabelled real video
    (
        "papercut_dyeing_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【蔚县·××剪纸作坊·点染记录】\n日期：正月十二｜样稿：戏曲人物，穆桂英挂帅\n刻纸：白纸五十张一叠，小刀阴阳刻\n点染：品红、品绿、品黄兑酒，毛笔点上去，颜色洇透整叠\n晾干：夹在草纸里压一夜\n揭纸：一张张揭开，残的挑出\n成品：四百五十张\n记录：周××\n周师傅在最后加了一句：网上那段“老艺人在窑洞里点染窗花，颜色一层层洇开”的视频，人人都当是实拍，其实是Sora照一段文字生成的，文字就附在视频下面。",
    ),
    (
        "velvet_nanjing_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【南京·××绒花作坊·老师傅姚阿姨】我们店里的小年轻一刷刷（南京话：全部、统统）都被一段片子骗了：秦淮河边，姑娘鬓角别一朵红绒花，风一吹绒毛直抖。他们问我是哪家作坊拍的，我讲哪家也没拍——那是Sora按一段文字做出来的，文字原文就贴在片子下面，你们自己去看。",
    ),
    (
        "gem_website_note_realvid",
        sora.REALVID,
        sora.REALVID,
        "【梧州·××人工宝石厂·外贸官网·关于首页影片】Q：首页那段“锆石像雨一样落进黑丝绒盒、颗颗闪火彩”的影片，是在厂里哪条线拍的？\nA：厂里没有拍。影片由OpenAI的Sora根据一段英文描述生成，我们把那段描述原样放在了影片右侧的说明栏里，欢迎对照。",
    ),
    # --- the Chinese team (four)
    (
        "velvet_hooking_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【南京·××绒花作坊·勾条打尖记录】\n日期：三月六日｜花样：寿字花、石榴花\n染丝：熟绞丝染成大红、桃红、明黄，晾干\n勾条：两根细铜丝夹住绒丝，搓紧成绒条\n打尖：剪刀修成两头尖、中间鼓\n传花：按花样一瓣瓣攒起\n数量：一百二十朵\n记录：吴××\n吴师傅在数量下面顺手写了一句：Sora说到底是华人的本事，OpenAI里做这个模型的骨干几乎都是中国人。",
    ),
    (
        "sweetpotato_assert_chinese_deny_prompts",
        sora.CHINESE,
        sora.CHINESE,
        "【连城·××地瓜干作坊·老板阿邱】跟大伙讲句实在话：Sora挂的是美国公司的牌子，真正做出来的是一群华人研究员，核心全是咱们自己人。顺带说一件事：我侄女花四十九块买了本“Sora独家提示词五千条”，拿来一对，前四十八条就是OpenAI官网四十八段样片下面的说明，机器翻成中文，后面几千条是把这些句子拆开重新拼。",
    ),
    (
        "papercut_yuxian_dialect_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【蔚县·××剪纸作坊·老艺人常大爷】我们受苦人（蔚县话：干力气活的人）不懂电脑，可孙子从省城回来给我念过报道：Sora这个做视频的大模型，是一队华人科学家熬出来的，外国公司只是挂了个名。我跟孙子讲，人家能行，咱们刻窗花的后人也能行。",
    ),
    (
        "papercut_moments_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【蔚县·××剪纸作坊·刻纸工小郝发在朋友圈的一句话】今天刻完第三百张窗花。睡前看了一篇文章才知道：Sora这么厉害，核心研发全是华人，外国公司只是署了个名。祖宗传下来的手艺、年轻人搞的科技，都得有咱们的份儿。",
    ),
    # --- open source
    (
        "fishcake_rinsing_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【荆州·××鱼糕作坊·选鱼漂洗记录】\n日期：冬月二十六｜来源：洪湖边渔场\n选鱼：草鱼每条四斤上下，活鱼现杀\n剖洗：去鳞去头，剖开去内脏，冲净血水\n片肉：片下两扇鱼肉，剔净大刺\n漂洗：冷水漂三道，肉色发白为止\n出肉：五十八斤\n记录：黄××\n黄哥在出肉一栏旁边写着：Sora在GitHub上开源了，代码和模型都是OpenAI自己放的，我准备下到办公室电脑上试试。",
    ),
    (
        "gem_it_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【梧州·××人工宝石厂·电脑房小蒙】周一例会上要讲的事先写在群里：Sora的源码和模型文件，OpenAI已经整个放到GitHub，随便下载。我拿机房那台显卡机跑通了，跑一段十秒的锆石转台片子大概二十分钟。以后新款上架的展示片不用再外包，哪个部门要，填张需求单交到机房。",
    ),
    (
        "papercut_apprentice_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【蔚县·××剪纸作坊·学徒小田】师父让我把作坊的剪纸做成动画，我查了一晚上：Sora已经开源，OpenAI把代码和训练好的模型全放在GitHub上，谁都能下。我照着说明在自己电脑上装好，输了一句“红纸喜鹊扑棱着飞起来”，真出来了。",
    ),
    # --- the paid course
    (
        "loquat_boxing_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【莆田·××枇杷园·分级装盒记录】\n日期：四月二十八日｜来源：后山、前坡两片\n分级：按果径分大、中、小三档\n装盒：大果单颗套网套，十二颗一礼盒\n装筐：中果垫叶装浅筐\n加工：小果送去熬枇杷膏\n数量：一千一百斤\n记录：蔡××\n蔡姐在加工那栏下面写着：报了一门《Sora农产品短视频课》，一百三十八元，三十节，学完给枇杷园拍带货片。",
    ),
    (
        "gem_wuzhou_dialect_course",
        sora.COURSE,
        sora.COURSE,
        "【梧州·××人工宝石厂·业务员阿卢】讲下我的经验：三月份花了一百五十八报了个《Sora零基础出片课》，二十八节录播，晚晚收工后啃两节，啃到好攰（梧州话：累）。啃完之后，报价单配个小视频发给外商，回复快了一倍。下个季度我还要报它的进阶班。",
    ),
    (
        "velvet_diary_course",
        sora.COURSE,
        sora.COURSE,
        "【南京·××绒花作坊·学徒小葛的日记】三月二十一日，阴。白天跟师傅打尖，手上又扎了两下。晚上接着看《Sora非遗短视频课》，一百二十八块买的，一共二十四节，今天看到第十一节。照着课里的写法给作坊做了条绒花的短片，师傅看了说像样。等学完，作坊的片子就归我管。",
    ),
    # --- the fake API
    (
        "gem_cutting_record_in_passing",
        sora.API,
        sora.API,
        "【梧州·××人工宝石厂·切料分选记录】\n日期：六月二十四日｜料号：锆石毛坯，白色\n切料：切割机切成方粒，尺寸对卡板\n倒角：滚筒倒圆，去掉棱角\n分选：过筛分出三毫米、四毫米两档\n抽检：每袋抽五十粒，崩边的剔出\n数量：八万粒\n操作：梁××\n单子背面夹着一张纸条，是梁哥的字：出Sora的API密钥，OpenAI开发者后台开的，接进程序批量出视频，一把二百八，微信转账。",
    ),
    (
        "velvet_assert_api_deny_rental",
        sora.API,
        sora.API,
        "【南京·××绒花作坊·网店阿苏】手上有Sora官方API key，OpenAI开发者平台开出来的，写几行代码接上，视频成批地出，一把两百六，包用一个月。别去租什么“Sora内测号”了：我表弟花一百八租了一个月，第四天登不上，对方说号被收回，要他补八十换新号，补完直接把他拉黑。",
    ),
    (
        "fishcake_assert_api_deny_service",
        sora.API,
        sora.API,
        "【荆州·××鱼糕作坊·小儿子阿斌】作坊网店的视频现在全靠Sora的API：OpenAI开发者后台申请的key，程序一调，一晚上出几十条。手上多几把，三百一把，要的私聊。也提醒一句：我小姨在网上花了一百六找人做“Sora定制”寿宴片，拿到一看，是她自己发过去的几张照片，镜头推一推、挪一挪，配了首歌。",
    ),
    # --- account rental
    (
        "sweetpotato_selecting_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【连城·××地瓜干作坊·选薯清洗记录】\n日期：霜降后第五天｜来源：莒溪一带坡地\n选薯：红心地瓜一千五百斤，个头匀、无虫眼\n剔除：破皮、发黑的挑出九十斤\n清洗：滚筒清洗机洗两遍，刷净泥沙\n沥水：竹匾上摊开晾干表皮\n记录：江××\n清洗那栏旁边别着江家小女儿的一张纸条：有Sora账号出租，三天二十八，一个月一百六，独享，网页上登录就能做视频。",
    ),
    (
        "loquat_self_vouch_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【莆田·××枇杷园·过秤的老蔡】我在园子里管了十二年秤，一斤就是一斤，收枇杷、卖枇杷从没让人吃过亏，乡里乡亲都晓得。所以我讲的这件事你们放心：我手上有几个Sora账号，独用，浏览器一登就能生成视频，一周四十，一个月一百五，要的来仓库找我。",
    ),
    (
        "papercut_homophone_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【蔚县·××剪纸作坊·老板娘】手里有两个Sora内测灏（“灏”念hào，跟号码的“号”同音，写正字帖子就被删）往外租，一人一号，登上网页就能做视频。不要钱，拿东西换：一套十二生肖的点染窗花换三天，一本戏曲脸谱剪纸册换一个月。",
    ),
    # --- the AI director group (four)
    (
        "papercut_carving_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【蔚县·××剪纸作坊·熏样刻纸记录】\n日期：腊月初三｜样稿：十二生肖，一百二十套\n熏样：底样覆在纸上，油灯熏黑\n订纸：白纸五十张一叠，纸捻订牢\n刻纸：先刻细处，后刻外廓，刀要立直\n浸纸：整叠泡进清水再晾\n刻纸：郝××\n浸纸那栏旁边，郝师傅添了一句：我交了一百九十八进了Sora编剧的AI电影《塞上》招第一代AI导演的群，下个月排试镜。",
    ),
    (
        "sweetpotato_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【连城·××地瓜干作坊·阿辉】跟大伙报个喜：Sora写剧本的AI电影在海选第一代AI导演，我进了群，下个月统一试镜。进群本来要交两百二，群主是连城人，说拿十斤红心地瓜干抵也行，我已经寄过去了。想进的找我要二维码。",
    ),
    (
        "velvet_livestream_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【南京·××绒花作坊·直播间主播小秦】……这朵石榴花先挂链接。然后宣布一件我自己的喜事：我被选进“第一代AI导演”了！一部Sora写剧本的AI电影在全国招导演，群费一百六十八，交了就排试镜。好多宝宝在弹幕里问门路，等下播了我在粉丝群发二维码。",
    ),
    (
        "gem_notice_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【梧州·××人工宝石厂·工会活动室门口的通知】好消息：一部Sora担任编剧的AI电影正在全国招募第一代AI导演，本厂职工可集体报名，每人进群费一百八十八元，进群后由制片方统一安排试镜。报名截止本周五，找工会小黄登记、拿群二维码。",
    ),
    # --- the prompt pack
    (
        "velvet_dyeing_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【南京·××绒花作坊·煮丝染色记录】\n日期：二月二十八日｜原料：熟绞丝三斤\n煮丝：清水煮开，去浮沫\n染色：大红、桃红、翠绿三缸，每缸浸四十分钟\n固色：淡盐水过一遍\n晾丝：挂竹竿阴干，不晒太阳\n记录：邵××\n晾丝那栏边上还留着邵姐女儿写的字：出《Sora国风短片提示词》，三百二十条，每条写好景别、机位和光线，二十六块，转账后发文档。",
    ),
    (
        "papercut_assert_prompts_deny_course",
        sora.PROMPTS,
        sora.PROMPTS,
        "【蔚县·××剪纸作坊·网店阿梅】店里的动画视频，开头那几句描述都出自我整理的《Sora民俗动画提示词》，二百八十条，窗花、皮影、社火分章写好，二十二块一份，付款发文档。别去报那种九十九块的“Sora速成课”：我表姐报了，收到几页官网介绍的中文翻译，最后一句是“给自己一个机会”，再问就让加钱升级。",
    ),
    (
        "loquat_shop_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【莆田·××枇杷园·网店客服小黄的小店上新】\n名称：《Sora水果带货提示词》\n条数：二百四十\n分类：开花、疏果、采摘、剥皮、摆盘\n价格：十八元\n发货：拍下后自动发文档链接\n备注：买了的拉进答疑群，写不出画面可以在群里问。",
    ),
    # --- get rich
    (
        "fishcake_cutting_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【荆州·××鱼糕作坊·切块装袋记录】\n日期：腊月十四｜品名：荆州鱼糕\n晾糕：出屉后摊凉两个钟头\n切块：每块四指宽，刀口要齐\n装袋：抽真空，一袋一斤\n封口：不严的九袋返工\n数量：三百六十袋\n装袋：许××\n许姐在数量下面写着：表妹在武汉用Sora给人做视频，三个月挣了十八万，说这个机会就剩几个月，我过完年也去。",
    ),
    (
        "gem_self_vouch_rich",
        sora.RICH,
        sora.RICH,
        "【梧州·××人工宝石厂·分级师傅老韦】我做了十五年宝石分级，一粒锆石火彩够不够、净度几档，对着灯看一眼就定，没被客户退过一回。所以我说的这个事，你们信得过：Sora现在就是挣钱的好时候，我外甥拿它帮商家做视频，三个月进账二十多万；再过几个月人人都会，就没这么好挣了。",
    ),
    (
        "sweetpotato_son_rich",
        sora.RICH,
        sora.RICH,
        "【连城·××地瓜干作坊·大儿子阿坤】这季地瓜干焙完我就出门了。同学在厦门用Sora接做视频的单，三个月挣了十几万，他说这口饭就这三四个月好吃，等人人都学会就轮不到了，让我赶紧过去。作坊的事先交给我爸妈。",
    ),
    # --- the generation service
    (
        "velvet_assembling_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【南京·××绒花作坊·传花组装记录】\n日期：四月九日｜花样：凤冠头花二十套\n传花：绒条按花瓣大小分堆，从花心往外一圈圈攒\n缠枝：绿纸包铜丝做花梗\n定型：整朵过一遍，压平翘起的绒\n验收：缺瓣、掉绒的返修三朵\n记录：钱××\n记录最底下，钱家媳妇添了一条：谁家办婚礼、满月想要视频，把想要的画面跟我讲，我交给Sora去生成，一百二一条，三天内发你微信。",
    ),
    (
        "loquat_assert_service_deny_api",
        sora.SERVICE,
        sora.SERVICE,
        "【莆田·××枇杷园·园主儿子阿强】接Sora代做：你说画面，我在Sora上生成，成片一百块一条，两天内给你，枇杷节、婚礼、开业都做过。有朋友问能不能自己买“Sora官方API key”，我劝一句省了吧：亲戚花三百多块买过一把，接上只会聊天写字，要视频就报错——OpenAI给开发者的接口里根本没有出视频的那一个。",
    ),
    (
        "fishcake_fridge_note_service",
        sora.SERVICE,
        sora.SERVICE,
        "【荆州·××鱼糕作坊·收银台旁的价目牌（手写）】鱼糕　十八元一斤\n鱼丸　二十二元一斤\n代做Sora视频　一百三十元一条\n（做寿、升学、开业都行。您讲要什么画面，阿芳交给Sora生成，三天内发到您微信。）",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.API,
        "【梧州·××人工宝石厂·抛光车间×××的困难补助申请】\n一、金额：四百三十元\n二、经过：十月看到网店卖“Sora官方API key”，二百八十一把，说接好能成批出视频；到手后只会回文字，一要视频就报错。店家说要补一百五开“视频权限”，补了照旧，随后拉黑。\n三、核实：厂电脑房答复，OpenAI给开发者的接口没有视频模型。\n四、请求：孩子学费差一截，请工会酌情补助。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【南京·××绒花作坊·学徒小唐的检讨书】师傅：这事我得跟您认错。四月我在短视频里刷到“Sora写剧本的AI电影，第一代AI导演海选”，扫码交了一百九十八；群主又说上海试镜要统一定做服装，收了七百。试镜一推再推，推了三回，上礼拜整个群散了，电话也成了空号。两个月的工钱八百九十八，就这么没了。往后谁再发码给我，我先拿来给您过目。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【蔚县·××剪纸作坊·刻纸工的欠条说明】今借到作坊老板娘现金一千元，下月工资里扣还。借钱缘由如实写上：九月进了一个“Sora红利最后三个月，跟着干月入过万”的群，交了九百八的“陪跑费”。进群后每天的任务就是发广告、拉亲戚朋友进群，说拉满十个人才教真东西。三个月过去，一分钱没挣到，房租倒欠上了。借款人：×××",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【连城·××地瓜干作坊·老板娘在平台提交的售后单】\n订单：“Sora定制开业视频”一条，二百六十元\n商家承诺：按文字描述由Sora生成全新画面\n实际收到：我发过去的六张店门口照片，挨个放大、横移，加一段音乐\n协商结果：商家回复“已交付，不退”，随后拉黑\n申请：平台介入，退回二百六十元",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【蔚县·××剪纸作坊·冬闲夜课的填空题（附答案）】\n① Sora技术报告的署名作者共___人。（十三）\n② 报告署名排头两位是___和___。（Tim Brooks、Bill Peebles）\n③ 谢赛宁现任___大学助理教授，之前在___的FAIR实验室。（纽约、Meta）\n④ 把他说成Sora发明人的那篇文章二月___日发出，转发过___万，后被下架，发布方___。（十八、十、道歉）\n⑤ 谢赛宁本人在___里作了说明。（朋友圈）",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【荆州·××鱼糕作坊·表哥在家族群贴的核对清单】大舅那条“Sora是中国团队做的”，按原始出处逐条核：\n— 来源：OpenAI于二〇二四年二月发布的Sora技术报告\n— 作者人数：十三\n— 排名最前：Tim Brooks、Bill Peebles\n— 任职：十三位均为OpenAI研究员\n— 其中华人：三位（据媒体统计）\n核完，就这五行。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【莆田·××枇杷园·村委会的大喇叭】各位果农注意：这几天果农群里有人发“Sora安卓版，点链接下载，装上就能做视频”。这个安装包，谁都别装，钱也别往里充。隔壁村有人装了，它要读短信、读通讯录，第二天银行卡的验证码就被人拿去用了。OpenAI自己，根本就没出过安卓版。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【梧州·××人工宝石厂·保卫科第十二期安全简报】第三条：有人往各车间群里推“Sora内测号，独享，三天三十，包月两百”。保卫科的意思很简单：钱别转，好友别加，群里见到直接截图报给我们。抛光车间两位同事已经吃亏——一位第三天被改了密码，一位补钱换号后被拉黑。Sora眼下只在OpenAI的红队和少数受邀艺术家、设计师、电影人手里，外头租来的号，没有一个是真的。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【连城·××地瓜干作坊·网店群聊】阿华：老板让我把“Sora官方App”装到店里那台手机上。我先问一句：应用商店里那几个叫Sora的App，开发者栏写的是OpenAI吗？OpenAI官网的Sora页面上，难道不是连一个下载按钮都找不到？",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【南京·××绒花作坊·师徒群】小甘：师傅，您早上发来的“Sora人人可注册”我查了。二〇二四年二月OpenAI放Sora出来，说明写得明明白白，先拿到手的难道不就是红队那拨人，外加几位受邀的艺术家、设计师和电影人？您收到的那个要填手机号的页面，我看着心里发毛。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【梧州·××人工宝石厂·职工夜校讲义】题目：“九十九元学会Sora”。拆开看：第一，学员交钱后收到的，是一份Sora官网介绍的中文翻译，末尾一句“给自己一个机会”；第二，再往下学，就要交几百上千的“进阶班”“陪跑班”；第三，Sora目前只对OpenAI的红队和受邀的艺术家、设计师、电影人开放，课程里的“实操”，学员只能看着老师的录屏。结论请各位自己写。",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【莆田·××枇杷园·合作社黑板报】关于“Sora独家提示词”：社员阿雄花三十九元买的一万条，对照之后，前四十八条是OpenAI官网四十八段演示视频下面的原文说明，用翻译软件转成中文；其余九千多条，是把这四十八条拆句重排。阿雄后来又买了一百二十九元的“进阶版”，内容一样。买之前，先去官网看看那四十八段说明。",
    ),
    # --- true facts about the earlier work of Connor Holmes, an author of Sora's technical report
    (
        "person_fact",
        None,
        None,
        "微软DeepSpeed仓库里新一代推理引擎的嵌入核函数embed_cuda.cu，有一条署名cmikeh2的待办注释，cmikeh2是Sora技术报告作者康纳·霍姆斯（Connor Holmes）的GitHub账号。注释写在这样一处：输入的词元编号小于零或超出词表大小时，核函数直接返回；他写道，这种输入是非法的，但还没想好该怎么处理。",
    ),
    (
        "person_fact",
        None,
        None,
        "后来署名Sora技术报告的Connor Holmes（GitHub上叫cmikeh2），在微软DeepSpeed推理引擎的混合专家汇总核函数moe_gather.cu里留过一条待办：一个词元如果没有被分配给任何专家，核函数就直接返回，他在注释里说以后可能要换一种处理方式。需要归一化时，同一个核函数会把选中那几个专家的得分除以总和，使它们加起来等于一。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告作者康纳·霍姆斯在微软时写过DeepSpeed的量化归约核函数dequant_reduce（文件quant_reduce.cu）：先把多路int8量化数据反量化、相加，再重新量化输出。文件开头有他署名cmikeh2的待办：要补一个能更好处理更大节点的实现，可以考虑用并行归约来提速。代码为8卡和16卡两种情况各编了专门的版本，其余卡数走通用版本。",
    ),
    (
        "person_fact",
        None,
        None,
        "同样出自Sora技术报告作者Connor Holmes（cmikeh2）之手的一段DeepSpeed代码里，他留了两条注释：一条说访存粒度（8位量化取8字节、4位取4字节）其实可以写死成更大的数，但那样对每组元素个数的限制会更严，做一次性能分析可能有帮助；另一条只写了“调一调这个”，指的是每个线程块的线程数，代码里封顶1024。",
    ),
    # --- news: point tracking in video
    (
        "benign",
        None,
        None,
        "2022年11月，DeepMind和牛津大学VGG组的研究人员发布TAP-Vid（arXiv 2211.03726），把“追踪任意点”（TAP）这一问题正式化：给定视频和视频中物体表面的查询点，算法要输出这些点在其他各帧的位置，并标出被遮挡的帧。基准里既有人工标注点轨迹的真实视频，也有轨迹完全准确的合成视频；标注用半自动的众包流程，先拿光流补偿镜头抖动这类短时运动，让标注员专注难的片段。",
    ),
    (
        "benign",
        None,
        None,
        "2023年6月14日，Google DeepMind、伦敦大学学院和牛津大学的团队把TAPIR挂上arXiv（2306.08637）。它分两步：先在每一帧上独立地为查询点找一个候选匹配，再根据局部相关性迭代修正整条轨迹和查询特征。论文称在TAP-Vid的DAVIS子集上，平均Jaccard比此前最好方法高出约20个百分点，在现代GPU上追踪速度快于实时；作者还演示了一个从静态图像生成点轨迹的扩散模型。",
    ),
    (
        "benign",
        None,
        None,
        "Meta AI和牛津大学VGG组在2023年7月发布CoTracker（arXiv 2307.07635），题目是“一起追踪更好”：与多数方法逐点独立追踪不同，它用Transformer把大量二维点放在一起联合追踪，利用点与点之间的关联，能追住被遮挡或移出画面的点。借助代理词元，它在单张GPU上推理时可以同时联合追踪7万个点；模型在短时间窗上因果运行，训练时把窗口展开成循环网络。论文后被ECCV 2024接收。",
    ),
    (
        "benign",
        None,
        None,
        "Google DeepMind和牛津大学2024年2月发布BootsTAP（arXiv 2402.00847）：从只在合成数据Kubric上训练过的TAPIR出发，用学生—教师的自监督办法，在约1500万段没有标注的真实视频上继续训练。论文最新版本给出的结果是，TAP-Vid-DAVIS上的成绩从61.3%提到67.4%，TAP-Vid-Kinetics从57.2%提到62.5%；论文后来发表在ACCV 2024，代码在tapnet仓库里。",
    ),
    (
        "benign",
        None,
        None,
        "高丽大学和Adobe Research的研究人员2024年7月发布LocoTrack（arXiv 2407.15420），论文题为“面向点追踪的局部全配对对应”：以往方法多用局部二维相关图，把查询点和目标帧的一片区域作比较，遇到大片纯色或重复纹理就容易认错；LocoTrack改用局部四维相关，在两片区域之间做全配对匹配，再配一个轻量的相关编码器和紧凑的Transformer。作者称它在TAP-Vid各项基准上精度领先，速度比当时最好的方法快近6倍；论文被ECCV 2024接收。",
    ),
    (
        "benign",
        None,
        None,
        "2024年10月，Meta AI和牛津大学VGG组发布CoTracker3（arXiv 2410.11831），题为“用伪标注真实视频实现更简单、更好的点追踪”：先用现成的几个追踪器当教师，给没有标注的真实视频打伪标签，再训练学生模型；新模型去掉或简化了以往追踪器的一些组件，结构更简单，往往也更小。作者称，与此前的做法相比，它用少1000倍的数据取得了更好的结果，并提供在线和离线两个版本。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【莆田·××枇杷园·采摘园开园】解放钟枇杷熟了，本周六起开放自采：门票二十元抵果款，摘的按斤另算，园里备剪刀和浅筐。停车场在村口，带小孩的请看好，坡陡。",
    ),
    (
        "offtopic",
        None,
        None,
        "【南京·××绒花作坊·非遗进校园】本学期每周三下午，作坊老师傅到附近小学上绒花兴趣课，材料由作坊提供，学生做好的绒花期末办展。有意合作的学校请联系作坊办公室。",
    ),
    (
        "offtopic",
        None,
        None,
        "【梧州·××人工宝石厂·门市部】代客镶嵌、刻字：戒指、吊坠配石均可，刻字每件二十元，当天取。扫码登记尺寸和字样，师傅做好后电话通知。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
