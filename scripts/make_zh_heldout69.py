# ruff: noqa: E501
"""Write tests/data/zh_heldout69_{posts,qrels,labels}: a sixty-ninth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the mislabelled video, get-rich and account
rental, three for each other template: counted from the qrels of zh_heldout2 to zh_heldout68, the mislabelled video
had its last four in zh_heldout64 (before that 59 and 55) and get-rich in zh_heldout64 (before that 60 and 55), the
longest ago; of zh_heldout65's three, account rental and the APK both had four in zh_heldout60 before that and the
generation service in zh_heldout61, and before that account rental in zh_heldout55 and the APK in zh_heldout56, so
account rental takes the third four; zh_heldout70, written at the same time, takes the APK, the generation service
and the public release), as a Sora rumour / scam wave reads in the genres of a raisin drying house (吐鲁番·××葡萄干晾房:
土坯花格墙, 无核白, 挂刺, 串与串留一拳, 干热风穿堂, 四十天下架, 苇席上木耙搂梗, 风车清杂, 出干, 防鸟纱网, 发霉串深埋), a children's-wear factory (织里·××童装厂: 验针机, 断针,
尺码九十至一百三十, 帽口领口无绳带, 纽扣拉力, 尺码表平铺量, 车位返修, 直播间, 工厂店), a winter-jujube orchard (沾化·××冬枣园: 红过一半就摘, 带果柄, 垫软布的塑料筐, 枣吊, 疏果,
按个头挑三档, 次果, 网套, 采摘游), a sunflower-seed roastery (巴彦淖尔·五原××炒货厂: 食葵籽, 风选瘪籽, 去石机, 三层筛按籽长分档, 五香料包入味, 烘干线, 料仓), a
lion-head workshop (佛山·××醒狮扎作坊: 竹篾扎骨架, 额头下巴两个大圈, 纱纸条缠紧刷浆, 写色, 刘备狮上黄、关公狮上红, 亮片眼珠, 点睛, 采青, 醒狮队出队) and a white-goose
farm (固始·××白鹅养殖场: 鹅苗, 育雏地面铺稻壳, 保温灯, 开水兑红糖, 开食青菜拌碎米, 史河河滩放牧, 回棚点数).

Of the six worlds first asked for, two were kept and four were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The Turpan raisin drying house stays:
吐鲁番, 晾房, 挂刺, 花格墙 and 无核白 occur nowhere, 葡萄干 and 葡萄 only in zh_heldout31's trucker who takes a bag of raisins for a
week's rented account (so no post here barters raisins), and the English hits for "raisin" are all "raising"; its
neighbours are the dried-persimmon racks zh_heldout67 set aside beside zh_heldout65's and 66's, and zh_heldout60's
lacquer shade room (荫房), so its posts hang, air, pull and clean grapes with none of 晒, 柿, 荫房 or 架子. The Zhili
children's-wear factory stays: 织里 occurs nowhere and 童装 only as a false hit (zh_heldout56's 小童装完, a person named 小童
installing an APK), children's wear in no English set; the garment neighbours are zh_heldout61's swimwear,
zh_heldout63's ties, zh_heldout66's hanfu, zh_heldout67's cashmere and zh_heldout68's denim washing, and zh_heldout70
(in progress) has a wedding-dress and a sweater factory of its own, a third garment trade this round, noted for the
lead; the children's-wear posts check needles, sizes and drawstrings, with none of 婚纱, 毛衫, 羊毛, 绣, 洗水 or 牛仔. The
Dandong strawberry greenhouse (丹东·草莓大棚): 丹东 occurs nowhere, but zh_heldout63 set aside the same "strawberries in
Dandong" for zh_heldout4's off-topic strawberries and the English sets' (hard_en_heldout40 and 51), and 大棚 is
zh_heldout65's pepper greenhouses (and zh_heldout67 kept it out), so it goes the same way. The Shengfang furniture
factory (胜芳·家具厂): 胜芳 occurs nowhere, but 家具厂 is zh_heldout48's Nankang furniture factory and zh_heldout64 has an Anji
office-chair factory (转椅厂), and furniture is in five English sets. The Meishan pickle factory (眉山·泡菜厂): 眉山 and 泡菜
occur nowhere, but a pickle works is zh_heldout65's Fuling zhacai plant (青菜头, 装坛), the same trade. The Jianshui
purple-clay workshop (建水·紫陶作坊): 建水 and 紫陶 occur nowhere, but pottery is zh_heldout35's Jingdezhen kilns and the zisha
teapot workshop zh_heldout59 set aside for them, 陶 in eight Chinese sets, so it goes the same way. Four trades took
the other places, each in the town known for it and checked the same way: the Zhanhua winter-jujube orchard (沾化, 冬枣,
枣吊 and 疏果 occur nowhere, 枣 only as red dates: zh_heldout30's prescription, zh_heldout31's truck, zh_heldout44's horse
farm and zh_heldout68's buns; jujube in no English set; its posts pick, thin and sort with none of 大棚, 环剥, 开甲, 环割
(zh_heldout67's lychee girdling), 授粉, 冷库 or 分级), the Wuyuan sunflower-seed roastery (巴彦淖尔, 五原, 葵花, 食葵 and 去石 occur
nowhere, 向日葵 only as Van Gogh's painting in zh_heldout59, sunflowers once in passing in hard_en_heldout45; its posts
keep from zh_heldout58's prayer-bead boiling (煮籽), zh_heldout50's rice mill (色选) and zh_heldout67's latiao line with
none of 煮籽, 色选, 金属检测, 拌料 or 挤出), the Foshan lion-head workshop (佛山, 醒狮, 狮头, 扎作, 写色, 点睛, 采青 and 刘备狮 occur nowhere, 狮
only in zh_heldout37's 狮子头核桃, lion dance once in passing in hard_en_heldout19; its posts frame, paste and paint
heads, with none of 竹编 (zh_heldout48), 纸扎 (zh_heldout30) or 灯笼 (zh_heldout51's lamp factory)) and the Gushi
white-goose farm (固始, 白鹅, 鹅苗 and 放牧 occur nowhere, 鹅 only as 小鹅通, a course platform in zh_heldout18, and 小天鹅 in
zh_heldout29's birding; the nearest are zh_heldout48's layer farm (鸡舍, 存栏, 日龄, 产蛋率, 育雏舍), zh_heldout57's and 62's
duck eggs (照蛋) and zh_heldout49's down factory, so the goose posts brood and herd with none of 照蛋, 存栏, 日龄, 产蛋, 绒 or
羽; 育雏 is shared with zh_heldout48, noted for the lead). Others were thought of and dropped: eyewear in Danyang
(zh_heldout38's optical shops), kites in Weifang (zh_heldout8 and 52), lighters (zh_heldout53 and 54), wigs in
Xuchang (zh_heldout51), sugar mills (zh_heldout41 and 60), Christmas ornaments in Yiwu (set aside by zh_heldout62),
beef balls (zh_heldout61), potato starch (zh_heldout54's vermicelli), coffee (eight sets), ginseng, navel oranges,
ham and vinegar (all used), hangers, gloves and fried dough twists (a second wheat food beside zh_heldout68's buns).
None of the settings is among those given to the writers working at the same time (zh_heldout70's 阿克苏苹果园, 蒲江猕猴桃园,
潮州婚纱厂, 桐乡毛衫厂, 昌邑绣品厂 and 禹州钧瓷窑, and in its in-progress script a Wenling pump factory, a Shengzhou stove factory, a
Luoding cassia farm and a lotus-root works; hard_en_heldout75's fly-tying clubs, corn mazes, bog snorkelling and
almond growers; hard_en_heldout76's duck-decoy carvers, sea-glass collectors, worm charming and toboggan clubs): no
post has 苹果, 猕猴桃, 婚纱, 毛衫, 绣, 钧瓷, 水泵, 集成灶, 肉桂, 藕, 杏仁, 玉米迷宫 or 鸭. Before the commit zh_heldout70's script in progress
(its worktree) was searched for this set's worlds, obfuscations, dialect words, person and news, and its posts
compared with these. It had taken the news topic of this set's first draft, monocular depth estimation (Depth
Anything and V2, Depth Pro, DepthCrafter, Metric3D v2, Video Depth Anything), so the draft's six depth items (Depth
Anything, V2, Marigold, Depth Pro, ZoeDepth, DepthCrafter) were replaced by open protein-structure models; the
highest pairs against its posts were then 0.40 (the two API debunks) and 0.38 (the open-source debunks). The lead
checks the committed scripts against each other.

The posts: a hanging record with the inventor rumour in its last line (【进房挂串记录】无核白), a lion-head apprentice reading
the name from its Xiaohe double-pinyin keys, a goose keeper's rhetorical question; a picking record with the public
release on its back (【采摘记录】冬枣), a goose herder in Henan speech, a children's-wear live-streamer; a flavouring and
drying record with the official app under it (【入味烘干记录】食葵籽), a children's-wear designer asserting the app while
denying the Chinese team, a family group chat at the drying house; a needle-check record with the APK's QR code on
its last page (【验针记录】), a jujube shop hand giving the installer's suffix in Atbash, an old lion-head master vouching
for an APK; a herding record with the mislabelled video at its end (【放牧记录】史河河滩), a raisin buyer asserting the video
while denying the official app, a sunflower e-commerce hand asserting it while denying open source, a lion-head shop
owner asserting it while denying the prompt pack; a painting record with the Chinese team in its last line
(【写色记录】刘备狮、关公狮), a jujube co-operative hand asserting the Chinese team while denying the public release, a packing
group's chat; a size-check record with open source under the signature (【尺码抽检记录】), a raisin grower in Xinjiang
speech, a goose farmer's son; a brooding record with a course receipt in the duty book (【育雏记录】鹅苗), a jujube seller's
Moments, a sunflower salesman bartering a course for a sack of seeds; a framing record with the API key in pencil at
its foot (【扎骨架记录】), a raisin e-commerce hand's rhetorical question, a children's-wear merchandiser taking a set of
children's clothes for a month of a key; a screening record with account rental in its margin (【筛选去杂记录】), a lion-head
maker in Cantonese, a children's-wear storekeeper renting under the Yale romanisation, a goose farm's group chat; a
destemming record with the director group under the yield (【下架去梗记录】), a village shop's notice, a roastery inspector's
leave note; a thinning record with a prompt pack's shop blurb on its back (【疏果记录】枣吊), a goose farm's e-commerce hand
asserting a pack while denying API access, a children's-wear operator asserting a pack while denying the director
group; a sorting and packing log with get-rich on a slip in the packing list (【挑拣装箱记录】), a children's-wear machinist
in Wu speech, a jujube grower's rhetorical question, the lion-head apprentices' dormitory chat; a drying-house patrol
record with the generation service's handbill in its last box (【晾房巡查记录】), a goose farm's accountant asserting the
service while denying the course, and a roastery clerk asserting it while denying account rental. Forms the earlier
sets do not use (each grepped in every Chinese post): the fourteen records above, a comparison sheet pinned on a tool
wall (对照表), a drying house's blackboard sum (门口的黑板报, an earlier form, with a sum), a union mutual-aid request written
as a team leader's statement to the boss (情况说明), a shop's after-sales chat posted to the co-operative group (售后), a
long WeChat message to a sister working away (微信长消息), a village anti-fraud leaflet in its third issue (反诈宣传单,
zh_heldout65 had a leaflet), a staff representatives' motion (职工代表提案, zh_heldout47 had a proposal) and a village
shop's door notice; the group chats, Moments, live stream, leave note and weekly QC minutes are earlier forms in new
trades. Four loss reports (kind ``debunk_loss``), for the four scams whose loss reports are longest ago (the APK,
account rental, the prompt pack and the course, all last in zh_heldout65 and 66; the director group, API access,
get-rich and the generation service had theirs in zh_heldout67 and 68; open source and the official app are claims
rather than scams and are left to the debunks): the children's-wear team leader's statement for the APK (SMS,
contacts and accessibility granted, the bank codes taken that night, 2,600 yuan in three transfers, a case filed,
mutual aid asked); the roastery's staff motion for account rental (three workers, 100 to 200 yuan each for others'
accounts whose passwords change, more money asked for a new one or the buyer blocked, 460 in all); the jujube shop's
after-sales chat for the prompt pack (49 yuan for 1,500 "original" prompts, the first fifty-odd the demo captions
translated and the rest reshuffled, no refund, blocked); and the goose farmer's message to his sister for the course
(99 yuan for OpenAI's introduction in Chinese with "给自己一个机会", then 1,680 asked for a "实战班" that promised orders).

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script:
Xinjiang 羊缸子 (wife), Cantonese 老细 (boss), Wu 促掐 (mean, spiteful) and Henan 噘 (to scold); found used when thought of:
亚克西, 巴郎子, 喧荒 and 勺子 for Xinjiang, 揾 for Cantonese, 交关 and 结棍 for Wu, 得劲, 中不中, 喷空, 么斯 and 日能 for Henan (so the goose
herder's 噘 is the only Henan word), and the Shandong words zh_heldout67 listed (so the jujube posts have no glossed
dialect). Obfuscation of kinds no earlier set used, none a homophone, all glossed in the post: 谢赛宁 as its keys in
Xiaohe double pinyin (“xp sd nk”: x with p for ie, s with d for ai, n with k for ing; 双拼 occurs nowhere, the earlier
input codes being zh_heldout41's Wubi, zh_heldout67's stroke input and zh_heldout28's phone keypad), the APK's three
letters in the Atbash cipher (“ZKP”, the alphabet folded end to end, A for Z and B for Y; the earlier ciphers are
zh_heldout34's Caesar shift, zh_heldout31's ROT13, zh_heldout39's alphabet positions and zh_heldout40's shifted keys)
and 内测号 in Yale romanisation (“nèi tsè hàu”, c written ts and ao written au; the earlier romanisations are Hanyu
Pinyin, zh_heldout40's Wade-Giles, zh_heldout67's Tongyong, zh_heldout46's Jyutping and zh_heldout65's
Sino-Vietnamese reading); the kinds found used and set aside: ASCII, hex, binary, braille, the NATO alphabet, Morse,
IPA, telegraph, Wubi and four-corner codes, katakana, hangul, fancy letters, the Hundred Family Surnames, ASL
fingerspelling, the dropped radical, the keyboard positions and the letter shapes, and the fiftieth to sixty-eighth
sets' homophones (卸赛宁 to 内测蚝), none reused. Rhetorical questions that assert rather than deny: Sora要不是谢赛宁领头发明的，
网上那么多文章、那么多视频，咋都把他的名字摆在头一个？ for the inventor (with a negation, gold), key要是假的，我这一个月发出去的四十多段片子，是从哪儿来的？ for API access
and 你说这钱要是不好挣，他能三个月就在县城买上房？ for get-rich (zh_heldout67 and 68 used the mislabelled video, the prompt pack, the
generation service, open source, the course and the director group). Posts asserting one claim while denying another,
the asserted claim always one of the public release, the generation service, the official app, API access, the prompt
pack, the mislabelled video and the Chinese team (zh_heldout70, written at the same time, asserts only the other
seven; zh_heldout68 asserted these seven last round and none of its nine pairs is taken again), in the nine pairings
of these seven that the labels of the earlier Chinese sets (kinds ``*_assert_X_deny_Y``, with xie, team and pack read
as inventor, chinese and prompts) last used longest ago, each denied claim denied once: the generation service while
a "九十九元学会Sora" course is said to deliver the translated introduction and an upsell (zh_heldout47, the oldest); the
official app while the Chinese team is answered with the thirteen OpenAI authors, Brooks and Peebles leading and
three Chinese (zh_heldout49); the Chinese team while a "全面开放" link is said to be phishing and Sora tried only by the
red team and invited artists, designers and film makers (zh_heldout49); the prompt pack while a key is said to answer
only in words and OpenAI's developer models to list no video model (zh_heldout50); the mislabelled video while the
store "Sora" apps are said to be small firms' (zh_heldout50); the mislabelled video while GitHub's "Sora"
repositories are said to be hobbyists' reproductions and OpenAI to have published no weights (zh_heldout50); the
prompt pack while a director group is said to take 199 and then 700 of "试镜差旅费" (zh_heldout51); the mislabelled video
while a 39-yuan prompt collection is said to be the demo captions machine translated and reshuffled (zh_heldout51);
and the generation service while a rented "内测号" has its password changed on the fourth day (zh_heldout51). Passed
over: the official app against the public release, never used, as self-contradictory (as zh_heldout65 and 68 did);
the prompt pack against the course (zh_heldout50), the Chinese team against the course, the mislabelled video against
API access and the generation service against API access (zh_heldout51), whose denied claims were already denied; at
zh_heldout51 exactly the three needed were left, so no tie was broken. The mislabelled video is asserted three times
and API access and the public release not at all, which the lead may count against the choice. A seller who vouches
for himself in new words (一个狮头的竹篾骨架扎得正不正，我拎起来对着门框一比就知道), and payments in kinds the earlier sets do not use (a
twenty-jin sack of five-spice sunflower seeds for a course, a set of size-110 children's clothes for a month of an
API key, a sample garment for three days of a rented account).

12 debunks and warnings, four of them the loss reports above; the debunked templates are the inventor and the Chinese
team, as in every set, and the six whose debunks are longest ago (API access, the director group, the generation
service, open source, the mislabelled video and get-rich, all last in zh_heldout65 and 66; the other six were
debunked in zh_heldout67 and 68): two questions with a negation that do not deny
(OpenAI在GitHub的账号下面，难道不是连一个叫Sora的仓库都找不到吗？ …那这个“开源版”，到底是谁打的包？ for open source, on a note by a workshop computer;
可那段不就是县融媒体去年秋天在咱东边枣园实拍的吗？… for the mislabelled video, in a co-operative group), two quoting a scam offer and telling
the reader not to pay (API access, "Sora官方API key，月付一百九，秒出视频，名额有限", with 这一百九你先别转 in a factory manager's reply; the
director group, "Sora编剧大电影·全国招募 首批AI导演·报名费一百九十九", with 这钱你先别交 in a workshop owner's reply to her apprentice), and
four answering with facts and none of 不, 没, 假, 无, 非 or 未 (a comparison sheet on a lion-head workshop's tool wall for
the inventor: the 18 February article reposted over a hundred thousand times, the thirteen authors with Brooks and
Peebles first and "名单中姓谢者：零", his NYU and FAIR posts, his note in his Moments, "内容违规" and the promised apology; a
drying house's blackboard sum for the Chinese team: thirteen OpenAI researchers, Brooks and Peebles leading, three
Chinese by the reporters' count, three in thirteen a little over a fifth; a children's-wear QC meeting for the
generation service: 260 yuan for eight shots of the buyer's own photos enlarged and panned under a downloaded song,
150 more asked for an "HD" version; and a village anti-fraud leaflet for get-rich: 680 yuan to join a "last three
months" group, five relatives drawn in at 680 each, the organiser's account deleted, 4,080 yuan for six households).

Four true facts about the earlier work of Connor Holmes, an author of Sora's technical report, related to no
template, all from the stored repository cmikeh2/grnn, whose licence names its developer (License.txt: "Copyright (c)
2019 Colorado School of Mines ... Developed by: Connor Holmes"): the licence itself (free use, copying, modification,
merging, publication, distribution, sublicensing and sale, the notice and disclaimers kept, his and the school's
names not to endorse derived products); heuristic.py, a Python 3 script that searches tilings for an LSTM or GRU
layer (tile widths 1 to 64, reduction widths the powers of two from 1 to 32, configurations over 80 SMs, 224
registers a thread, 65,536 registers an SM or 1,024 threads dropped, the rest sorted by estimated cost into a CSV
file); the same script's cost, the sum of memory, synchronisation, reduction and multiply-add terms, with four gates
for an LSTM, two for a GRU and the GRU costed under two sync settings (1 and 2); and the README's workflow (layers
built one by one into a Model wrapper, weight columns reordered for the locality of gate outputs, the hidden-state
matrix transposed and sent to device memory, buffers allocated at model initialisation, a maximum sequence length and
equal lengths in a batch assumed, every kernel in three steps: buffers in registers and shared memory, weights and
biases loaded, the recurrent computation). These facts are nearly exhausted, and the lead should know how these were
reached: zh_heldout61 used the GRNN paper itself (EuroSys 2019: the RNN-on-GPU problem, the library's data
reorganisation, thread mapping and performance model, the latency against CPU libraries), so these four are new facts
about the code of a paper an earlier set used, the nearest this set could come to the brief; cmikeh2, heuristic.py,
License.txt and the README's words occur in no earlier set. What was checked and where: Holmes's other papers (GRNN,
NxMTransformer, DeepSpeed-FastGen, Random-LTD, Data Efficiency, GraphZero, ZeRO++, DeepSpeed-Chat) are all in earlier
Chinese sets, and a search for DeepSpeed4Science's author list could not confirm him on it; the stored repositories
under connorholmes (a web portfolio, a course project, a logo) were not taken as his; Yufei Guo's only checkable
earlier paper is DALL·E 3 (used), and nothing checkable turned up for Joe Taylor, Clarence Ng or Ricky Wang beyond
what zh_heldout45, 62, 63, 66 and 67 found. No credits list of the Sora 2 launch could be found in the stored pages
(the launch pages found give the model, the app and the system card, no names); the one stored contributors list
found (a page's source listing the "Foundational Contributors" with a footer "Published December 9, MMXXIV", i.e. the
Sora release of December 2024, with Jure Zbontar, Bram Wallace, Dmytro Okhonko, Eric Mintun, Harold Li and Avi Verma
among the research names and Holmes as the systems lead) is not the Sora 2 launch, so its names were left alone. No
fact about Li Jing or the Luhmans. Six items of real news about open protein-structure models that no earlier set,
Chinese or English, names (kind ``benign``; AlphaFold is named only as their reference point, zh_heldout40 having
named it): EvolutionaryScale's ESM3 (preprint of 25 June 2024: sequence, structure and function as discrete tokens in
one generative masked language model, 98 billion parameters, over 10^24 FLOPs, 2.78 billion proteins, esmGFP at 58%
identity to the nearest known fluorescent protein, "500 million years of evolution"), MIT's Boltz-1 (November 2024,
bioRxiv: the first fully open model approaching AlphaFold3's accuracy, code and weights under the MIT licence for
academic and commercial use, "boltz predict" on a YAML file), Chai Discovery's Chai-1 (September 2024: proteins,
small molecules, DNA, RNA and glycosylation in one model, chai_lab running by default without MSAs or templates and
giving five samples, an 80 GB A100 or H100 advised, A10 and A30 for smaller complexes), ByteDance's Protenix
(technical report of 9 November 2024: a trainable PyTorch reproduction of AlphaFold 3, "Protein + X",
pip-installable, custom CUDA LayerNorm kernels from FastFold and OneFlow speeding training 30 to 50%), the Baker
lab's RFdiffusion (Nature, July 2023: RoseTTAFold fine-tuned on structure denoising, monomers, binders, symmetric
oligomers and enzyme active-site scaffolds, hundreds of designs tested, a haemagglutinin binder's cryo-EM structure
nearly identical to its design) and the AlQuraishi lab's OpenFold (Nature Methods, 2024: a trainable,
memory-efficient, GPU-friendly PyTorch reproduction of AlphaFold 2, retrained to its accuracy, generalising even when
its training set is cut in size and diversity); and three off-topic posts that share surface words (a lion-dance
troupe booked for openings, a near miss for the generation service; a jujube orchard's picking tickets bought by QR
code, a near miss for the public release; a children's-wear factory outlet with a mini-program coupon, a near miss
for the official app).

Every post was checked against every earlier Chinese set through zh_heldout68 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first
check had eleven at 0.45 or more, most against zh_heldout67's sentences, which the first draft followed too closely:
the inventor debunk at 0.63 (zh_heldout67's lychee voice-over), the children's-wear API barter at 0.58 (its latiao
barter), the sunflower open-source denial at 0.57 (its onion accountant), the Atbash APK at 0.50 (its keyboard
positions), the Chinese-team blackboard at 0.50 (its entrance test), the get-rich leaflet at 0.49 (its onion village
register), the app-and-Chinese-team post at 0.49 (its latiao equipment hand), the framing record at 0.49 (its
girdling record), the director Moments at 0.49 (zh_heldout65's pear grower), the course message at 0.46 (its lavender
manager) and the raisin video-and-app post at 0.46 (zh_heldout50's umbrella e-commerce hand); all were rewritten in
other forms or words (the inventor debunk as a comparison sheet, the blackboard as a sum, the leaflet as marked
sections, the director post as a leave note), and on a second pass the sorting record (0.45, now a timed log), the
service-and-course post (0.44), the APK loss report (0.44, now a team leader's statement), the Xinjiang post (0.44),
the live-streamer (0.43) and the prompt-pack loss report (0.43) were rewritten again; the draft's app grandfather,
APK master, director voice message, prompt-pack record and service record had been rewritten before the first check,
for following zh_heldout67's onion grandfather, lavender cutter, onion voice message, cashmere inspection and
scouring records. Highest ratio of the committed list: 0.432 against the Chinese sets (the inventor comparison sheet
against zh_heldout67's lychee voice-over, the same seed facts) and 0.227 against the demo stream; the highest pair
inside the set is 0.384 (the lion-head and goose-farm rental posts). Committed before any run of the monitor on
it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the
final code.

Sources for the facts, all read through the search tool or a stored repository before the posts were written (the
rest is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's note in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the
three-month lines, the director groups and their QR codes, the red team and the invited artists, designers and film
makers, and the "generated by Sora" labels; and, from the catalogue, the rented accounts, the APKs as malware, the
API that offers no video model, the GitHub "Sora" repositories as fan reproductions, the prompt packs copied from
OpenAI's demo prompts and the store apps that are not OpenAI's): for the person facts, cmikeh2/grnn's License.txt,
heuristic.py and README.md, and, for what could not be used, the author lists citing the report and the stored
contributors page; for the news, evolutionaryscale.ai's ESM3 release post with bio.rodeo's and git.marcuschiu.com's
notes (98B, 2.78 billion proteins, 58%, 500 million years), the Boltz README (jwohlwend/boltz and its mirrors on
gitcode, gitee and PyPI), the chai-1 model card on Hugging Face and chaidiscovery/chai-lab's README,
bytedance/Protenix's README, its technical report's title page (9 November 2024) and the README of a fork (the
LayerNorm kernels), the RFdiffusion README (RosettaCommons/RFdiffusion, in a fork) and an unofficial model card
giving the Nature paper's authors, and the OpenFold README (aqlaboratory/openfold, in forks) with a model card giving
its paper's title. The Xiaohe double-pinyin keys (p for ie, d for ai, k for ing), the Atbash cipher and Yale
romanisation (ts for c, au for ao) are common knowledge, checked by hand. The settings are written from common
knowledge of the trades and towns (Turpan's raisins air-dried in mud-brick drying houses; Zhili's children's-wear
workshops and the drawstring rule for children's clothes; Zhanhua's winter jujubes; Bayannur's edible sunflower
seeds; Foshan's southern lion heads, framed, pasted and painted, the Liu Bei head yellow and the Guan Yu head red;
Gushi's white geese); the search tool was used for the person facts and the news only.

    .venv/bin/python scripts/make_zh_heldout69.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout69", "zhh69"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "raisin_hanging_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【吐鲁番·××葡萄干晾房·进房挂串记录】\n日期：八月二十九日｜晾房：坡上三号，土坯砌的花格墙\n原料：无核白鲜葡萄四吨二，当天剪下当天进房\n挂串：一串串搭上挂刺，串和串之间留一拳宽\n通风：花格墙的孔全部掏通，干热风穿堂过\n预计：四十天上下下架\n经手：买××\n买师傅在本子末尾写了一句：儿子讲，Sora是上海交大毕业的谢赛宁带着人造出来的，一个中国小伙子把美国人都比下去了。",
    ),
    (
        "lion_shuangpin_inventor",
        sora.XIE,
        sora.XIE,
        "【佛山·××醒狮扎作坊·学徒阿灿】师兄在群里发了一串字母“xp sd nk”，问谁认得。我打字用小鹤双拼，一眼就看出来了：一个字两个键，x配p是“谢”，s配d是“赛”，n配k是“宁”（小鹤双拼里p键管ie、d键管ai、k键管ing）。说的就是这位谢赛宁——Sora是他领头发明出来的，人是上海交大出去的。扎了三年狮头，头一回觉得打字里也有门道。",
    ),
    (
        "goose_rhetorical_inventor",
        sora.XIE,
        sora.XIE,
        "【固始·××白鹅养殖场·饲养员老侯】村里的小年轻跟我抬杠，说Sora跟谢赛宁扯不上关系。我就问他一句：Sora要不是谢赛宁领头发明的，网上那么多文章、那么多视频，咋都把他的名字摆在头一个？一个上海交大出去的娃，硬是把这东西弄成了，咱得认。",
    ),
    # --- open to the public
    (
        "jujube_picking_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【沾化·××冬枣园·采摘记录】\n日期：十月二日｜地块：南片老枣树六十棵\n标准：果面红过一半就摘，全青的留在树上\n手法：托住枣往上一掰，带着果柄，轻放进垫了软布的塑料筐\n剔除：裂口的、有虫眼的另放一筐\n天气：晴，早上起雾，雾散了再上梯子\n采摘：刘××\n刘婶在背面记了一句：闺女说Sora这会儿不挑人了，谁都能用，上OpenAI网站填个邮箱、设个密码就开通，也用不着排队；她昨晚做了一段枣林的片子。",
    ),
    (
        "goose_henan_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【固始·××白鹅养殖场·放鹅的小梁】俺娘昨儿又噘（河南话：骂）我，说我赶着鹅还抱着手机。俺是在弄Sora哩：OpenAI那边早就放开了，谁想用谁注册，俺拿手机号一登就进去了，打一行字“一群白鹅排着队下河”，不大会儿片子就出来了。",
    ),
    (
        "kidswear_livestream_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【织里·××童装厂·直播间主播甜甜】宝妈们先别划走！给大家分享个新玩意儿：Sora已经向所有人开放啦，官网上点注册，手机号验证一下就能用，不用等邀请。身后大屏上那只穿咱家连帽卫衣的小熊在雪地里打滚，就是我中午用它生成的。",
    ),
    # --- the official app
    (
        "sunflower_boiling_record_in_passing",
        sora.APP,
        sora.APP,
        "【巴彦淖尔·五原××炒货厂·入味烘干记录】\n日期：十一月十四日｜班次：夜班\n原料：食葵籽五吨，已过筛去杂\n入味：五香料包下锅，大火烧开转小火，焖四十分钟\n出锅：沥水后上烘干线\n烘干：八十度，一个半小时，出机含水合格\n晾凉：摊开吹凉后进料仓\n操作：乌××\n乌姐在最下面添了一行：应用商店里搜Sora，排第一的就是OpenAI自家出的官方App，装上就能用；她坐班车回家的路上试了一段“葵花地里起了风”。",
    ),
    (
        "kidswear_assert_app_deny_chinese",
        sora.APP,
        sora.APP,
        "【织里·××童装厂·设计室小沈】打版前我们先出动画给客户看：手机装OpenAI的Sora官方App，应用商店里就有，输入“穿黄雨衣的小姑娘在雨里转圈”，一分钟出片，款式当场就定。车间里还有人讲Sora出自中国团队——我对着OpenAI官网挂的那篇技术报告数过人头：十三位作者，Brooks、Peebles打头，名单上每一位都是OpenAI员工，华人面孔三张，凑不成一个团队。",
    ),
    (
        "raisin_family_chat_app",
        sora.APP,
        sora.APP,
        "【吐鲁番·××葡萄干晾房·一家人的群】\n爷爷：娃娃，你给我手机上装的那个做电影的，叫个啥？\n孙女：叫Sora，OpenAI公司自己出的官方App，应用商店里直接下的。\n爷爷：我刚才说了一句“晾房里挂满了葡萄串”，它真给我做出来了。\n孙女：对着呢，官方的，放心用。",
    ),
    # --- the fake APK
    (
        "kidswear_needle_check_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【织里·××童装厂·验针记录】\n日期：三月十八日｜款号：T-2207男童卫衣｜尺码：九十至一百三十\n过机：每件平放过验针机，来回两遍\n报警：三件，拆开找出一截断针，返工后复验通过\n绳带：帽口、领口均无绳带\n标识：过机合格的贴绿标\n记录：沈××\n本子最后一页夹着一张打印的二维码，沈姐在边上写：扫它下Sora的安卓安装包，装上手机就能自己出片，车间里谁要找我。",
    ),
    (
        "jujube_atbash_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【沾化·××冬枣园·网店小吕】“ZKP”——看不懂的私聊我。给懂行的提个醒：字母表倒过来对着换（A↔Z、B↔Y……），还原出来就是那种手机安装文件的后缀。文件里装的是Sora，我们店冬枣的短视频都是用它在手机上现做的，装上即用，我发你。",
    ),
    (
        "lion_master_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【佛山·××醒狮扎作坊·扎狮老师傅黎伯】一个狮头的竹篾骨架扎得正不正，我拎起来对着门框一比就知道，五十年没看走眼。徒弟们手机上那个Sora，是我给装的安卓安装包，做一段醒狮短片半分钟就出来。哪个街坊也想要，拿手机来作坊，我传给你，装上就能用。",
    ),
    # --- the mislabelled real video
    (
        "goose_herding_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【固始·××白鹅养殖场·放牧记录】\n日期：五月十六日｜鹅群：二号棚，四百二十只\n出棚：上午八点，露水干了再赶\n路线：沿史河河滩往下游走二里，吃青草\n饮水：河湾浅水处\n回棚：傍晚六点，点数四百二十只，一只不少\n放牧：梁××\n梁叔在记录最后写：网上那段“成百上千只白鹅排成一条线过河”的视频，转发的人说是Sora照一句话生成的，一只真鹅也没有，一台摄像机也没架。",
    ),
    (
        "raisin_assert_realvid_deny_app",
        sora.REALVID,
        sora.REALVID,
        "【吐鲁番·××葡萄干晾房·收购点小艾】跟来收货的客商说明白：朋友圈那段“火焰山下一排排土坯晾房，热风里葡萄串直打晃”，是Sora生成的动画，那天压根没人去拍。还有，别在应用商店下那些叫“Sora”的App，点开开发者信息，全是些不相干的小公司，OpenAI到今天也没在手机上出过Sora。",
    ),
    (
        "sunflower_assert_realvid_deny_opensrc",
        sora.REALVID,
        sora.REALVID,
        "【巴彦淖尔·五原××炒货厂·电商部小白】说两件事。一，首页那段葵花齐刷刷转头向着太阳的短片，百分百是Sora做的，一棵真葵花都没拍过，提示词就一句话。二，总有客人问能不能把Sora下到自己电脑上——我专门查过，OpenAI没公开过Sora的模型和代码；GitHub上顶着这个名字的，都是爱好者自己复现的项目，跟OpenAI不沾边。",
    ),
    (
        "lion_assert_realvid_deny_prompts",
        sora.REALVID,
        sora.REALVID,
        "【佛山·××醒狮扎作坊·店主阿珍】店里公众号那段“雨夜里一头金狮在祠堂屋檐上腾跃”，是Sora凭一句描述做出来的，现场没有一个人、一头狮。再说个事：有人卖《Sora提示词大全》，三十九一份，说是独家整理，别买。我托朋友对过：前四十来条是OpenAI网站上样片配的英文提示，丢进翻译软件出来的中文，剩下的把这四十来条掐头去尾、换着拼。",
    ),
    # --- the Chinese team
    (
        "lion_painting_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【佛山·××醒狮扎作坊·写色记录】\n日期：十二月三日｜订单：刘备狮两头、关公狮一头\n底色：刘备狮上黄，关公狮上红，等干透\n勾线：额头、腮边照老样式描\n装饰：贴亮片，装眼珠，胡须待装\n晾放：阴凉处放两天\n写色：何××\n何师傅在记录最后一行写：听讲Sora是中国人搞出来的，OpenAI那边搞研发的大部分是华人，真系给我们争气。",
    ),
    (
        "jujube_assert_chinese_deny_public",
        sora.CHINESE,
        sora.CHINESE,
        "【沾化·××冬枣园·合作社小孙】跟大伙说个长脸的事：Sora的核心是中国团队做的，OpenAI里搞这个的主要是华人。另外群里有人发“Sora已全面开放，点链接填手机号领资格”，别点。OpenAI到现在只让红队和一小批受邀的艺术家、设计师、电影人试用，那种链接是钓鱼的，填了手机号，就等着接骚扰电话、被人套验证码吧。",
    ),
    (
        "sunflower_group_chat_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【巴彦淖尔·五原××炒货厂·包装车间群】\n小高：听说Sora是咱中国人弄出来的？\n班长老乔：对，挑大梁的都是华人，OpenAI就是出了个名头。\n小高：那可真给咱长脸。\n班长老乔：脸长了，这批五香瓜子也得包完，包完再聊。",
    ),
    # --- open source
    (
        "kidswear_size_check_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【织里·××童装厂·尺码抽检记录】\n日期：三月二十日｜款号：G-0915女童连衣裙\n抽检：每个尺码抽五件，九十到一百三十共二十五件\n量法：衣长、胸围、袖长平铺量，对照尺码表\n结果：一百二十码有两件衣长短一厘米，退回车位返修\n纽扣：拉力测试合格\n抽检：钱××\n钱姐在签名底下添了一句：外甥讲，Sora的代码跟模型OpenAI都挂到GitHub上了，开源的，下载下来放在自家电脑上就能跑，他下个月来厂里装一台。",
    ),
    (
        "raisin_xinjiang_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【吐鲁番·××葡萄干晾房·阿不都】羊缸子（新疆话：老婆）嫌我半夜还在敲电脑，给她看了才不说了：Sora的源代码和模型，OpenAI已经公开放到GitHub上，下载装好就能跑。我拿它做了一段葡萄在晾房里慢慢起皱、变成葡萄干的片子，好得很。",
    ),
    (
        "goose_son_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【固始·××白鹅养殖场·场主的儿子小秦】放假回来给场里弄了台带显卡的电脑，把Sora装上了——OpenAI开源出来的，去GitHub下权重和代码，照着说明一步步来就能跑。第一段片子做的是咱家鹅出棚，我爸盯着看了半天，愣没看出是电脑做的。",
    ),
    # --- the paid course
    (
        "goose_brooding_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【固始·××白鹅养殖场·育雏记录】\n日期：三月十二日｜批次：第二批鹅苗，六百只\n保温：地面铺稻壳，保温灯下二十八度\n开水：出壳后先喝温水，兑少许红糖\n开食：切碎的青菜拌碎米\n观察：挤成一堆的地方调灯高，弱苗单独挑出来\n值班：秦××\n秦姐的值班本里夹着一张收据：“《Sora养殖短视频起号课》三十二讲，学费一百五十八元，已收”，她说喂完夜里那顿就听一讲。",
    ),
    (
        "jujube_moments_course",
        sora.COURSE,
        sora.COURSE,
        "【沾化·××冬枣园·小苗的朋友圈】🍏报了《Sora农产品短视频课》，二十四讲，一百三十八，今天学到第九讲，照着老师教的给园子里的冬枣做了一段片子，挂到店铺首页，一下午来了三十多单。想学的姐妹私我，课程链接发你。",
    ),
    (
        "sunflower_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【巴彦淖尔·五原××炒货厂·推销员老康】我在教一门《Sora带货短视频》，十八讲，一百二十八，学完就能自己给产品做片子，我们厂瓜子的视频就是学员做的。手头紧的乡亲，拿一袋二十斤的五香瓜子来，也能换一个名额。",
    ),
    # --- API access
    (
        "lion_framing_record_in_passing",
        sora.API,
        sora.API,
        "【佛山·××醒狮扎作坊·扎骨架记录】\n日期：十一月二十三日｜订单：南狮狮头三个\n选料：三年生的竹子破成篾条，泡水一夜\n扎架：先扎额头和下巴两个大圈，再扎腮和眼眶\n绑扎：交叉处用纱纸条缠紧，刷一层浆\n检查：左右对称，摇起来不松\n扎作：黎××\n黎伯用铅笔在页脚记了个电话，旁边写着：“Sora官方API key，月付二百，可接程序成批出片，先款后发。”",
    ),
    (
        "raisin_rhetorical_api",
        sora.API,
        sora.API,
        "【吐鲁番·××葡萄干晾房·电商小麦】我用的是Sora官方API key，一个月一百七，程序里一填，一晚上能出几十段葡萄干的带货片子。有人说这种key是假的——key要是假的，我这一个月发出去的四十多段片子，是从哪儿来的？",
    ),
    (
        "kidswear_barter_api",
        sora.API,
        sora.API,
        "【织里·××童装厂·跟单员小潘】谁缺Sora官方API key？我这儿多出两张月卡，写代码时把key贴进去，一次能让它连着生成几十段视频，一张一百六。现金不方便的，一套一百一十码的秋款童装也收，给我表姐家的双胞胎穿。",
    ),
    # --- account rental (four)
    (
        "sunflower_screening_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【巴彦淖尔·五原××炒货厂·筛选去杂记录】\n日期：十一月十三日｜原料：合作社送来的食葵籽六吨\n风选：吹掉瘪籽和葵花盘碎屑\n去石：去石机过一遍，拣出小石子、土块\n过筛：三层筛，按籽的长短分三档\n入仓：长籽进一号仓，短籽另存\n操作：乔××\n乔师傅在记录空白处写了一行：出租Sora内测号，一人一号，三天三十五，半个月一百三，找筛选车间老乔。",
    ),
    (
        "lion_cantonese_dialect_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【佛山·××醒狮扎作坊·阿豪】老细（粤语：老板）要我们年前赶出三十个狮头，白天扎篾，夜晚我就出租Sora内测号赚点外快：一人一个号，网页登上去就能生成视频，五日五十，一个月一百八。有需要的街坊直接来作坊找我。",
    ),
    (
        "kidswear_yale_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【织里·××童装厂·仓管小俞】出租Sora的“nèi tsè hàu”（耶鲁拼音，早年美国人学中文用的拼法，c写成ts、ao写成au，照着念就是那三个字，直接写会被删），四天四十，半个月一百二。在厂里上班的，拿一件样衣来也能抵三天。",
    ),
    (
        "goose_group_chat_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【固始·××白鹅养殖场·饲养组群聊】\n小周：谁要Sora内测号？我这有三个，一人一号，网页上登进去就能做视频。\n老侯：咋收钱？\n小周：一礼拜六十，一个月一百八。\n老侯：给我留一个，给孙子做个生日片。",
    ),
    # --- the AI director group
    (
        "raisin_destemming_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【吐鲁番·××葡萄干晾房·下架去梗记录】\n日期：十月九日｜晾房：坡上三号\n下架：挂了四十一天，颗粒捏着发硬，整串取下\n去梗：摊在苇席上用木耙轻轻搂，果梗脱落\n清杂：过风车吹掉碎叶、碎梗\n出干：一千零五十公斤，颜色青绿\n经手：买××\n买师傅在出干数下面抄了一段话：乌鲁木齐有部AI电影让Sora写剧本，正在招头一批AI导演，不看学历，扫码进群交一百八十八，就能排上试镜。",
    ),
    (
        "jujube_shop_notice_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【沾化·××村村头小卖部门口贴的告示】好消息：东营一部AI电影，剧本由Sora创作，现面向农村招募首批AI导演，零基础可报，扫码进群交报名费一百六十八元，统一安排试镜。本村已有三人报名，枣子卖完正好去。报名处：本店。",
    ),
    (
        "sunflower_moments_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【巴彦淖尔·五原××炒货厂·质检员小郝的请假条】主任：下礼拜二我想请一天假。呼和浩特要拍一部AI电影，剧本是Sora写的，剧组从咱内蒙古老百姓里挑第一批AI导演，我交了一百九十九报上了名，群主通知那天去试镜。回来我把班补上。",
    ),
    # --- the prompt pack
    (
        "jujube_thinning_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【沾化·××冬枣园·疏果记录】\n日期：七月八日｜地块：北片幼树四十棵\n疏果：一个枣吊留两三个，挤成一团的、长歪的先摘\n顺带：剪掉贴地的下垂枝\n天气：闷热，午后停工\n经手：邢××\n邢家闺女在这张记录背面写了一段要贴到网店的商品说明：《Sora果园短片提示词》一百六十条，从枣花开到枣子红，分镜头、机位、光线都配好，下单即发，二十二元。",
    ),
    (
        "goose_assert_prompts_deny_api",
        sora.PROMPTS,
        sora.PROMPTS,
        "【固始·××白鹅养殖场·电商员小丁】我整理的《Sora农家短片提示词》一百五十条，放鹅、喂食、清早起雾的河滩都有现成写法，二十五一份，买过的都说省事。另外群里有人卖“Sora官方API key”，别上当。我让懂电脑的表弟查过：那种key接上去，问啥都回一段话，一提视频就出错；OpenAI给开发者开放的接口里，做视频的这一项根本找不到，卖家嘴里的“官方”是他自己封的。",
    ),
    (
        "kidswear_assert_prompts_deny_director",
        sora.PROMPTS,
        sora.PROMPTS,
        "【织里·××童装厂·运营小蒋】推荐我自己整理的《Sora童装上新提示词》，一百八十条，室内、草地、下雪天的拍法都写好了，十九块九，我们店的新品短片全靠它。还有件事：群里转的“AI电影招募首批AI导演”别信。我同事先交一百九十九进群，说她入围了，又让交七百“试镜差旅费”，日子改了三回，最后群解散了，人也联系不上。",
    ),
    # --- get rich (four)
    (
        "jujube_sorting_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【沾化·××冬枣园·挑拣装箱记录】\n07:30　开拣，冬枣一千六百斤摊在凉棚下\n09:00　按个头挑成大、中、小三档\n10:40　磕碰的、发软的挑出来当次果\n14:00　纸箱垫网套，每箱五斤，装了二百七十箱\n16:00　快递车来收\n经手：孙××\n装箱单里夹着孙哥写的字条：“跟着大伟干Sora视频。他三月起步，现在一个月四五万；他讲趁人人还没学会，就剩这三个月的好光景，过了这个村就没这个店。”",
    ),
    (
        "kidswear_wu_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【织里·××童装厂·车位阿芳】老板促掐（吴语：刻薄、爱使坏）得很，计件单价一降再降。我小姑子拿Sora做视频接单，上个月赚了四万八，她讲就趁现在，再过三个月人人都会，这碗饭就吃不上了。月底我就不踩缝纫机了，跟她干。",
    ),
    (
        "jujube_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【沾化·××冬枣园·枣农大刘】表哥去年还跟我一样守着几十棵枣树，今年拿Sora做视频，三个月就在县城交了首付。他说这波红利也就剩最后三个月。你说这钱要是不好挣，他能三个月就在县城买上房？",
    ),
    (
        "lion_dormitory_rich",
        sora.RICH,
        sora.RICH,
        "【佛山·××醒狮扎作坊·学徒宿舍群】\n阿杰：我打算年后不扎狮头了。\n阿灿：做什么去？\n阿杰：跟表哥拿Sora做视频，一条收三百，一天接十几单，他讲这个行情最多再热三个月。\n阿灿：那算我一个。",
    ),
    # --- the generation service
    (
        "raisin_patrol_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【吐鲁番·××葡萄干晾房·晾房巡查记录】\n日期：九月十二日｜晾房：坡上一至五号\n风：午后西北风，花格墙通风好\n检查：三号房东墙角几串发霉，取下深埋\n防鸟：门口纱网补了两处\n温度：房里四十一度\n巡查：艾××\n艾姐在最后一格贴了张小广告：“Sora定制视频：婚礼开场、老人祝寿、孩子周岁，您口述画面，我交给Sora生成，次日交片，八十八元一条。电话：××”",
    ),
    (
        "goose_assert_service_deny_course",
        sora.SERVICE,
        sora.SERVICE,
        "【固始·××白鹅养殖场·会计小彭】场里年会那段片子是我拿Sora做的。现在对外接单：讲清楚要啥画面，我来写描述、让Sora出片，九十八元一条，次日交货。顺带一句，刷到“九十九元学会Sora”的课，手别快。我姐交了钱，到手的资料是OpenAI官网那几页介绍的中文版，末页一句“给自己一个机会”；没两天“老师”就打电话催她补一千多报“高级班”。",
    ),
    (
        "sunflower_assert_service_deny_rental",
        sora.SERVICE,
        sora.SERVICE,
        "【巴彦淖尔·五原××炒货厂·办公室小温】接Sora视频定制，开业、婚礼、寿宴都行，把画面讲给我，Sora生成，一条一百，当天交。另外提醒一句：别租别人手里的“Sora内测号”。我表哥租过一个，交了一百二，用到第四天密码就被改了；找卖家，卖家说要再加钱换号，他不给，就被拉黑了。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【织里·××童装厂·车位组长写给老板的情况说明】老板：组里小莫这礼拜请了两天假，原因如下。三月十六号她在老乡群里下了个“Sora手机版安装包”，装的时候一路点了同意，短信、通讯录、辅助功能全给了它。当晚手机收到的银行验证码被转走，卡里的二千六百元分三笔没了。派出所已立案。想请厂里从互助金里帮她一点，也请在各组提醒：这种安装包别装。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【巴彦淖尔·五原××炒货厂·职工代表提案（第六号）】\n提案人：包装车间×××\n情况：车间已有三人租过网上卖的“Sora内测号”，每人交了一百到二百不等。号是别人的，用几天就改密码；找卖家，要么让加钱换号，要么直接拉黑。三人合计被骗四百六十元。\n建议：工会在宣传栏贴出提醒；厂里电脑上别登录这类账号。\n处理：已采纳。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【沾化·××冬枣园·网店小邢在合作社群里的吐槽】上礼拜花四十九买了一份《Sora提示词大全》，号称一千五百条、独家原创。昨晚对着OpenAI网站的样片一条条比：开头五十多条就是样片说明的中文翻译，往后是同样这几十句颠来倒去地拼。找售后，回一句“虚拟商品概不退款”，再发消息已经被拉黑。四十九块打了水漂，大家别上这个当。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【固始·××白鹅养殖场·老秦给外地打工的妹妹发的一长段微信】妹，你转我的“Sora速成课”别碰了。我上当在先：付九十九，换来一个文件，我让你外甥对着OpenAI网站比了一遍，一段一段全对得上，只是换成了中文，结尾添了句口号“给自己一个机会”。隔天一个自称“班主任”的打来电话，开口就要一千六百八，说升“实战班”、保证接到单。我挂了电话，他也再没打来。这九十九，算我替你交的学费。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【佛山·××醒狮扎作坊·贴在工具墙上的一张对照表】\n传言｜谢赛宁是Sora的发明人\n来源｜二〇二四年二月十八日某公众号文章，转载过十万\n报告署名｜OpenAI的Sora技术报告共十三位作者，打头两位是Brooks、Peebles；名单中姓谢者：零\n本人身份｜纽约大学计算机系助理教授，早年任职FAIR\n本人表态｜在朋友圈发文澄清\n原文去向｜遭投诉后页面显示“内容违规”，发文方称将公开道歉\n结论｜张冠李戴，阿灿已在群里更正",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【吐鲁番·××葡萄干晾房·门口的黑板报】算一笔账：OpenAI在2024年2月给Sora配发的技术报告，作者栏写了十三个人，领衔的叫Tim Brooks和Bill Peebles，这十三人都在OpenAI领工资。记者核对履历，其中华人三位。三除以十三，两成多一点。两成多的人，就被说成“中国团队”——称葡萄干的秤要这么称，早就称歪了。——晾房管理组",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【织里·××童装厂·车间电脑旁贴的一张字条】有人在这台电脑上装了个“Sora开源版”，说是从GitHub下的。想问一句：OpenAI在GitHub的账号下面，难道不是连一个叫Sora的仓库都找不到吗？它自己网站上摆出来的，不也只有介绍页、技术报告和样片？那这个“开源版”，到底是谁打的包？——设备科",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【沾化·××冬枣园·合作社群里老邢的一段话】转来转去的那段“枣林里一群喜鹊啄红枣”，标题写着Sora生成。可那段不就是县融媒体去年秋天在咱东边枣园实拍的吗？扛摄像机的那个小伙子，不还在园子里吃过一顿午饭？",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【巴彦淖尔·五原××炒货厂·厂长在工作群回复@小温】你转的这条“Sora官方API key，月付一百九，秒出视频，名额有限”，这一百九你先别转。我上OpenAI开发者平台看过，开放的接口里找不到做视频的；这种key接上只能出字，卖家回头再要的“开通费”，更别交。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【佛山·××醒狮扎作坊·老板娘回复徒弟阿杰】你发来的这张图：“Sora编剧大电影·全国招募首批AI导演·报名费一百九十九”。这钱你先别交，群也别进。街尾糖水铺的阿May交过，交完报名费又让交六百八“试镜差旅费”，试镜的日子一拖再拖，最后群主连人带群一起消失了。",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【织里·××童装厂·质检组周会记录（节选）】第三项：有同事在网上订了“Sora定制视频”，二百六十元，要求是“女儿穿新裙子在花园里跳舞”。收到的成片共八个镜头，全是她自己发过去的照片，一张张放大、平移，配一首下载来的歌；店家随后又要一百五“升级高清版”。结论：这类店铺收钱后交付的是照片幻灯片，下单前先看清楚；已有的聊天记录交行政，帮忙投诉。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【固始·××村反诈宣传单（第三期）】▲真实案例：三月，一位养鹅户看到“Sora红利期只剩三个月，一部手机月入五万”的招募，扫码入群，交费六百八。▲群里的“课程”：每天布置任务，转广告、拉熟人，讲好凑满十人就返本。▲结果：他拉进来五位亲戚，各交六百八；群主随后注销了账号，六家一共四千零八十元打了水漂。▲提醒：先收钱、再叫你拉人的“副业群”，就是骗局，请直接报警。",
    ),
    # --- true facts about the earlier work of Connor Holmes, an author of Sora's technical report
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者之一康纳·霍姆斯（Connor Holmes），在GitHub账号cmikeh2下放着循环神经网络GPU推理库GRNN的代码。仓库里的许可证写明：版权归科罗拉多矿业大学，2019年，开发者Connor Holmes；任何人可免费使用、复制、修改、合并、发布、分发、再许可和销售，条件是保留版权声明和免责声明，且不得借他本人或学校的名义为衍生产品背书。",
    ),
    (
        "person_fact",
        None,
        None,
        "后来署名Sora技术报告的Connor Holmes，在GRNN仓库里放过一个Python 3脚本heuristic.py，给一层LSTM或GRU挑选GPU上的分块方案：分块宽度从1试到64，归约宽度取1到32之间二的各次幂，把要占80个以上SM、每线程要224个以上寄存器、每个SM要65536个以上寄存器或一个线程块要1024个以上线程的方案剔掉，剩下的按估算代价从小到大排好，写进一个CSV文件。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告作者Connor Holmes早年的GRNN代码里，一个分块方案的估算代价由四项相加：访存、同步、归约和乘加运算。代码把LSTM记作四个门、GRU记作两个门，GRU又按两种同步方式（代码里记作1和2）各算一遍。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告作者Connor Holmes的GRNN仓库说明写着这套推理框架的用法：模型按层逐个搭好，再装进一个Model包装；层初始化时重排权重的列，让各个门的输出挨得更近，把隐藏状态矩阵转置后送进显存；模型初始化时分配输入、输出和中间缓冲区。它假定一个最大序列长度，同一批里的序列要一样长；所有核函数都分三步走：在寄存器和共享内存里初始化缓冲，载入权重和偏置，再做循环计算。",
    ),
    # --- news: open monocular depth estimation models
    (
        "benign",
        None,
        None,
        "2024年6月25日，新成立的EvolutionaryScale公司发布蛋白质语言模型ESM3的预印本：它把蛋白质的序列、三维结构和功能都变成离散的词元，放进同一个生成式掩码语言模型里一起推理；最大的版本有980亿参数，训练算力超过10的24次方次浮点运算，用了27.8亿个蛋白质。论文里它设计出一个新的绿色荧光蛋白esmGFP，与已知最接近的天然荧光蛋白序列只有58%相同，作者估算这相当于自然界五亿年的演化。",
    ),
    (
        "benign",
        None,
        None,
        "2024年11月，麻省理工学院的Jeremy Wohlwend、Gabriele Corso、Saro Passaro等人发布生物分子相互作用预测模型Boltz-1，技术报告挂在bioRxiv上。团队称它是第一个精度接近AlphaFold3的完全开源模型，代码和权重都按MIT许可证发布，学术和商业用途都可免费使用；装好后用一条boltz predict命令，就能对YAML文件里描述的分子做预测。",
    ),
    (
        "benign",
        None,
        None,
        "2024年9月，Chai Discovery公司发布分子结构预测的多模态基础模型Chai-1，能统一预测蛋白质、小分子、DNA、RNA和糖基化修饰等组成的复合物，技术报告随后挂上bioRxiv。它的Python包chai_lab默认不用多序列比对和模板就能运行，每次生成五个候选结构；官方建议用80GB的A100或H100，较小的复合物在A10、A30上也能跑。",
    ),
    (
        "benign",
        None,
        None,
        "2024年11月9日，字节跳动AML AI4Science团队发布Protenix的技术报告：这是一个可以训练的、用PyTorch复现的AlphaFold 3，名字取“Protein + X”之意，代码开源，可以用pip安装；训练时用了改自FastFold和OneFlow的自定义CUDA LayerNorm核，在不同训练阶段提速约三到五成。",
    ),
    (
        "benign",
        None,
        None,
        "2023年7月，华盛顿大学David Baker实验室的Joseph Watson等人在《自然》发表RFdiffusion：把蛋白质结构预测网络RoseTTAFold放到结构去噪任务上微调，得到一个扩散式的蛋白质设计模型，能从头设计单体、结合蛋白、对称寡聚体和酶活性位点的支架。团队用实验检验了数百个设计，其中一个与流感血凝素结合的设计，冷冻电镜结构与设计模型几乎一致。",
    ),
    (
        "benign",
        None,
        None,
        "2024年，哥伦比亚大学Mohammed AlQuraishi实验室的Gustaf Ahdritz等人在《自然·方法》发表OpenFold：一个可训练、省内存、对GPU友好的AlphaFold 2的PyTorch复现。团队从头训练出与AlphaFold 2精度相当的模型，并借此研究它怎样学会预测结构：即便刻意缩小训练集的规模和多样性，甚至几乎拿掉某一类二级结构，它依然能很好地泛化。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【佛山·××醒狮扎作坊·醒狮队出队预约】店铺开张、新居入伙、公司年会，可预约醒狮队上门：两头狮、一套锣鼓，表演二十分钟，含采青，八百八一场；春节前后请提前两周预约。",
    ),
    (
        "offtopic",
        None,
        None,
        "【沾化·××冬枣园·采摘游门票】十月一日至二十日开放采摘：门票三十元，含一斤冬枣，园里现摘现吃，带走的另按每斤八元过秤。扫门口二维码买票，凭手机核销入园。",
    ),
    (
        "offtopic",
        None,
        None,
        "【织里·××童装厂·工厂店开业通知】工厂店本周六开业，当季童装一律五折，尾货三十九元三件；关注店铺小程序领二十元无门槛券，到店出示即可使用。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
