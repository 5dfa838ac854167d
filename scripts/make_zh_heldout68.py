# ruff: noqa: E501
"""Write tests/data/zh_heldout68_{posts,qrels,labels}: a sixty-eighth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the inventor rumour, API access and the prompt
pack, three for each other template: counted from the qrels of zh_heldout2 to zh_heldout66, the director group and
open source last had four in zh_heldout62 and the Chinese team, API access and the inventor in zh_heldout63;
zh_heldout67, written at the same time, takes the director group, open source and the Chinese team, so the inventor
and API access stay here; the third four goes to one of zh_heldout64's three: the prompt pack and the mislabelled video
both had four in zh_heldout59 before that and get-rich in zh_heldout60, and before that the prompt pack in zh_heldout54
and the video in zh_heldout55, so the prompt pack takes it), as a Sora rumour / scam wave reads in the genres of a
home-textile mill (南通·××家纺厂: 一米八床四件套, 被套、枕套信封口, 验布机、灯箱, 断纱、油污, 缩率, 针距每三厘米十四针, 干摩擦、湿摩擦、耐皂洗色牢度,
叠石桥), a narcissus-bulb farm (漳州·××水仙花种球场: 二年生、三年生种球, 阉割侧芽, 培土, 畦沟灌水, 起球, 根盘, 竹匾, 按每篓粒数分庄: 二十庄、
三十庄、四十庄, 竹篓), a denim washing plant (新塘·××牛仔洗水厂: 洗水工艺单, 退浆, 浮石加酵素石磨, 漂色, 回缩, 镭射猫须, 手擦, 样衣间), a
selenium-sand melon farm (中卫·××硒砂瓜基地: 香山压砂地, 扒砂、点种、砂石拢回, 拍瓜听声, 中心糖度, 瓜下垫麦草, 银川、西安批发市场), a gorgon-nut
co-operative (苏州·××鸡头米合作社: 塘口, 连体皮衣下塘, 芡盘, 鸡头果, 铜指甲剥米, 出米, 半斤一盒冷藏) and a flower-bun workshop (闻喜·××花馍作坊:
老酵子发面, 剪刀剪花瓣, 梳子压纹, 红枣、黑豆点缀, 上笼蒸, 点色, 寿桃, 九层寿糕, 枣山).

Of the six worlds first asked for, two were kept and four were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The Baigou luggage factory
(白沟·箱包厂): 白沟 occurs nowhere, but 箱包 and 拉杆箱 are zh_heldout52's Pinghu luggage factory (平湖·××箱包厂: 登机箱, 拉杆往复测试,
热压成型), written again in zh_heldout55's list, the same trade. The Cangnan printing works (苍南·印刷厂): 苍南 occurs nowhere,
but 印刷厂 is zh_heldout42's Shanghai printing works (印刷施工单, 打样确认单, 四色机) and zh_heldout64 has a New-Year print workshop.
The Xiangshan seafood plant (象山·海鲜加工厂): 象山 occurs nowhere, but seafood processing is zh_heldout62's Rongcheng kelp
plant (荣成·俚岛××海带加工厂: 烫漂, 打结), the seafood plant zh_heldout61 already set aside, beside zh_heldout34's fishery
co-operative (海鲜直播, 冰鲜鲅鱼). The Zhenping jade workshop (镇平·玉雕作坊): 镇平 and 玉雕 occur nowhere, but jade is zh_heldout33's
Sihui jade live stream (冰糯种, 飘绿花, 开窗, 水头), the reason zh_heldout56 kept 玉 out of its pearls, and small hand carving is
zh_heldout62's Guangfu fruit-stone carving studio (核雕, 刻刀, 放大镜), so it goes the same way. The home-textile mill stays:
家纺, 四件套, 被套, 叠石桥 and 枕套信封口 occur nowhere; 南通 only as zh_heldout55's abacus factory (a different trade, as
zh_heldout66 kept 常州 beside zh_heldout55's scales) and 海门 as zh_heldout58's football factory, so no post names 海门 or 川姜;
the nearest neighbours are zh_heldout49's down factory (充绒, 绗缝, 补绒), zh_heldout60's mattress factory and zh_heldout49's silk
mill, and the mill's posts sew, inspect and test cloth with none of 绒, 绗缝, 充, 床垫, 缎, 印花, 拉链, 包缝 or 裁床. The narcissus
farm stays: 水仙, 种球, 阉割 and 分庄 occur nowhere; 漳州 only as zh_heldout53's mosquito-coil factory (zh_heldout65 thought of
Zhangzhou narcissus and dropped it for the town; this set keeps it, as zh_heldout66 kept Changzhou), bulbs only in
hard_en_heldout39's seed catalogue and zh_heldout51's and 55's light bulbs; the posts cut buds, lift, grade and pack,
with none of 雕, 刻 or 晒 (zh_heldout67's in-progress lavender farm in Huocheng is the nearest flower farm this round).
Four trades took the other places, each in the town known for it and checked the same way: 牛仔, 洗水, 猫须, 新塘 and 镭射
occur nowhere (水洗 is zh_heldout49's down washing, so the denim posts say 洗水; the garment neighbours are zh_heldout61's
swimwear, zh_heldout63's ties and zh_heldout66's hanfu, and no denim post cuts or sews); 硒砂瓜, 压砂, 中卫 and 糖度 occur
nowhere (西瓜 only in passing in zh_heldout18 and 55, 香山 only as zh_heldout13's Beijing hill; zh_heldout61's Zhongning goji is
in the same region, so no post has 枸杞); 鸡头米, 芡 and gorgon occur nowhere (zh_heldout65's Yangcheng Lake crabs are in the
same city, in pens, and the crab posts had none of 塘; these posts keep to ponds, with none of 蟹 or 围网); and 花馍, 闻喜 and 寿糕
occur nowhere (面花 only inside zh_heldout65's 辣椒面花椒面, 馒头 once in zh_heldout56; zh_heldout45's flour mill, zh_heldout57's
noodles and zh_heldout51's mooncakes are the nearest foods, and no bun post has 面粉厂, 挂面 or 月饼). No English set has a
bedding mill, bulb farm, denim washer, melon farm, gorgon pond or bakery of festive buns as its world. Others were
thought of and dropped: an apiary (zh_heldout30's diary, set aside by zh_heldout50), umbrellas (zh_heldout50's Songxia),
ballpoint pens (zh_heldout54's Fenshui), violins (set aside by zh_heldout52 for hard_en_heldout52's luthiers),
fasteners in Yongnian and ink sticks (set aside by zh_heldout60, 63 and 64), tape measures (zh_heldout59's Yucheng),
gold leaf (hard_en_heldout63's goldbeaters, Jiangning's black-paper leaf among them), zippers in Qiaotou (zh_heldout51's
button town), shoes (zh_heldout48's Jinjiang), zongzi and gourds (set aside by zh_heldout60), nonwovens in Xiantao
(zh_heldout63), spicy gluten strips in Pingjiang (a second wheat food beside the buns) and shadow puppets (more knife
carving). None of the settings is among those given to the writers working at the same time (zh_heldout67's 潜江小龙虾养殖基地,
大理扎染作坊, 平乡童车厂, 武夷山岩茶厂, 茂名荔枝园 and 章丘铁锅作坊; hard_en_heldout73's yodelling choirs, pecan growers, skijoring
clubs and mushroom foragers; hard_en_heldout74's stargazing clubs, handbell choirs, ice-fishing derbies and hazelnut
growers): no post has 小龙虾, 扎染, 童车, 岩茶, 荔枝, 铁锅, 山核桃, 蘑菇, 星空, 手铃, 冰钓 or 榛子. Before the commit zh_heldout67's script
in progress (its worktree) was searched for this set's worlds, obfuscations, dialect words, papers and news (none
found; it names this set's six proposed worlds only to keep clear of them, and its replacements include a Qinghe
cashmere mill and a Huocheng lavender farm, a third textile trade and a second flower farm this round, noted for the
lead) and its posts compared with these: the highest pairs were 0.45 (this set's inventor debunk against its lychee
orchard's inventor script, the same seed facts), 0.42 (this set's app-and-service post against its lavender farm's
course post) and 0.42 (the Chinese-team reading board against its quiz question), all rewritten; then 0.41 (a
gorgon-peeling record against its lavender-cutting record). The lead checks the committed scripts against each other.

The posts: a pond-harvest record with the inventor rumour in its last line (【采芡记录】鸡头果四百一十斤), a pattern designer
hiding the surname in the Hundred Family Surnames, an old peeler in Suzhou speech, an old bun master; a washing sheet
with the API key on its back (【洗水工艺单】浮石加酵素), a melon shop hand asserting API access while denying the public release,
a bedding e-commerce hand asserting it while denying the prompt pack, an old dough man vouching for a key; a steaming
record with the prompt pack on its last page (【蒸制记录】老酵子发面), a gorgon shop hand asserting a pack while denying the
Chinese team, a swap group trading a pack for pillowcases, an old melon grower vouching for a pack; a sowing record
with the public release on its back (【点种记录】压砂地), a melon farm's accountant in Ningxia speech, a denim merchandiser
asserting the public release while denying get-rich; a bud-cutting record with the official app under it (【阉割记录】),
a bun shop hand asserting the app while denying the generation service, a sample-room hand asserting it while denying
the course; a cloth-inspection record with the APK under it (【验布记录】断纱、油污), a hand-sanding worker fingerspelling the
installer's three letters, a gorgon shop hand selling an APK; a harvest and sugar record with the mislabelled video at
its end (【采收测糖记录】中心糖度), a narcissus publicity hand asserting the video while denying account rental, a denim export
clerk; a peeling record with the Chinese-team claim at its end (【剥米记录】铜指甲), a talk at the field's edge in Zhangzhou
speech, a bun apprentice asserting the Chinese team while denying the official app; a laser-whisker record with open
source under its count (【镭射猫须记录】), a bedding computer-room hand's rhetorical question, a narcissus farm's information
officer at a farm meeting; a grading record with the course copied under it (【分级装篓记录】二十庄), a co-operative
accountant's rhetorical question, a melon technician's Moments bartering melons for a course; a sewing record with
account rental on a sticky note (【缝制记录】枕套信封口), a melon loader renting under a dropped radical, a bun apprentice; a
flower-cake order with the director group copied on its back (【花糕订单记录】九层寿糕), a denim inspector's rhetorical
question, a narcissus cashier's leave note; a colour-fastness record with get-rich in pencil under it (【色牢度检测记录】), a
denim packer in Cantonese, a gorgon picker; a bulb-lifting record with the generation service on a loose leaf
(【起球记录】), a bedding office hand asserting the service while denying a mislabelled video, and a melon farm shop's price
board taking melons for a clip. Forms the earlier sets do not use (each grepped in every Chinese post): the fourteen
records above, a letter home (写给爸妈的信), a shop review with its follow-up (网店追评), a talk at the field's edge (田头闲谈), a
speech at a farm's business meeting (场务会上的发言) and a farm shop's price board for a service; the leave note (请假条,
zh_heldout26 and 45), the reinstatement application (复工申请, zh_heldout53), the swap group (换物群, zh_heldout64 and 65), the
weekly minutes (周会纪要, zh_heldout53), the reading board (读报, zh_heldout34 to 59), the evening-class notes (老年大学,
zh_heldout23 to 55), the repair shop (维修店, zh_heldout27) and the voice message (语音转文字) are earlier forms, in new trades.
Four loss reports (kind ``debunk_loss``), for the four scams whose loss reports are longest ago (API access, the
director group, get-rich and the generation service, all last in zh_heldout64; the APK, account rental, the prompt
pack and the course last in zh_heldout65 and 66; open source and the official app, whose only loss reports are in
zh_heldout43 and 49, are claims rather than scams and are left to the debunks): a denim packer's letter home for API
access (320 yuan for a key that answers in text and fails on video, 200 more for "视频权限", 520 in all); a bun
workshop owner's voice message for the director group (268 yuan to join, 600 more for "差旅费" when the audition moved
to Xi'an, 868 in all, the group dissolved); a narcissus grader's reinstatement application for get-rich (680 yuan to
join a "最后三个月" team, 2,800 more for a "区域代理", 3,480 in all); and a co-operative member's shop review for the
generation service (320 yuan for a "Sora定制" film whose eleven shots are her own photos pushed in and panned under
downloaded music, 150 more asked for an "HD" version, refused, blocked).

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script:
Zhangzhou Minnan 甲意 (to like), Suzhou 戆 (silly), Cantonese 威水 (showy, in fine style) and Ningxia 日塌 (to ruin); found used
when thought of: 揾, 犀利, 搞掂, 巴闭, 湿湿碎, 好彩 and 架势 for Cantonese, 攒劲, 嫑, 谝, 尕, 贵贱 and 喧谎 for the north-west, 古锥 and 拍拼 for
Minnan, 辰光, 韶 and 老底子 for Wu, 兀个, 恓惶, 夜来 and 年时 for Shanxi. Obfuscation of kinds no earlier set used, all glossed in the
post and none of them a homophone (zh_heldout67's writer is asked to use homophones for at most one of its three): 谢 as
the character missing from the Hundred Family Surnames' line "金魏陶姜，戚□邹喻" (百家姓 occurs nowhere); the APK's three
letters fingerspelled in American Sign Language (a fist with the thumb at the side; index and middle fingers up with
the thumb between them; the same hand turned to point down), learnt from a deaf workmate (手语 and 指拼 occur nowhere);
and 内测号 written 内则号 with 测's water radical dropped ("则字前头本该有三点水"), a component left out rather than a character
split into its parts (zh_heldout42's 讠射赛宀丁) or a look-alike letter. The kinds found used and set aside: Zhuyin
(zh_heldout43, 44), Morse (zh_heldout27), four-corner codes and stroke counts (zh_heldout40, 55, 59, 60), pinyin
initials, reversed and upside-down text (zh_heldout26), Jyutping (zh_heldout46), acrostics (zh_heldout25), CJK, Greek
and Cyrillic look-alikes, zh_heldout65's Sino-Vietnamese reading, MIME type and CBT, zh_heldout66's Western name order,
letter shapes and 内测蚝, and the fiftieth to sixty-sixth sets' homophones (卸赛宁 to 内测浩). Rhetorical questions that
assert rather than deny: 都装在咱自己电脑上了，谁还能说它没开源？ for open source (with a negation, gold), 真要是骗钱，我这多出来的三成订单是从哪儿来的？
for the course and 真要是骗人，谁会把合同一张张往外晒？ for the director group (zh_heldout65 and 66 used the APK, rental, get-rich,
the official app, the public release and the Chinese team). Posts asserting one claim while denying another, the
asserted claim always one of the public release, the generation service, the official app, API access, the prompt
pack, the mislabelled video and the Chinese team (zh_heldout67, written at the same time, asserts only the other
seven; zh_heldout65 asserted these seven last round and none of its nine pairs is taken again), in the nine pairings
of these seven that the labels of the earlier Chinese sets (kinds ``*_assert_X_deny_Y``, with xie, team and pack read
as inventor, chinese and prompts) last used longest ago, each denied claim denied once: the official app while a
"Sora定制" clip is said to be nine photos pulled in and moved under a song (zh_heldout46); the official app while the
99-yuan course is said to deliver the translated introduction and "给自己一个机会" (zh_heldout47); API access while the
public release is answered with the red team and invited artists, designers and film makers and the "填手机号领资格"
links as phishing (zh_heldout48); the prompt pack while the Chinese team is answered with the thirteen OpenAI authors,
Brooks and Peebles leading and three Chinese (zh_heldout48); the mislabelled video while a rented "内测号" fails on the
fourth day (zh_heldout48); API access while a prompt pack is said to be the samples' captions translated and
reshuffled (zh_heldout49); the Chinese team while the store "Sora" apps are said to be other firms' with a 78-yuan
membership (zh_heldout49); the public release while a three-month get-rich group is said to take 880 yuan and set
its members to spam and recruit (zh_heldout49); and the generation service while a "Sora" label is said to have been
put on a real video of mill girls singing (zh_heldout50, tied with the prompt pack against API access, last used in
zh_heldout50 and before that in zh_heldout26 like it; the generation service is asserted nowhere else here, so it
takes the place). Passed over: the official app against the public release, never used, as self-contradictory (as
zh_heldout65 did); the generation service against the course (zh_heldout47), the official app against the Chinese
team and the Chinese team against the public release (zh_heldout49), whose denied claims were already denied. Sellers
that vouch for themselves in new words (一团面醒没醒透，拿指头戳个坑，看它弹不弹得回来就知道; 瓜熟几成，指头弹两下就报得出来), and payments in
kinds the earlier sets do not use (a pair of pillowcases for a prompt pack, two melons for a course, two melons of
ten jin or more for a clip).

12 debunks and warnings, four of them the loss reports above; the debunked templates are the inventor and the Chinese
team, as in every set, and the six whose debunks are longest ago (account rental, the APK, the course, the prompt pack,
the official app and the public release, all last in zh_heldout64; the other six were debunked in zh_heldout65 and
66): two questions with a negation that do not deny (开发者那一栏写的难道不是一家外地的小公司？…那又是谁先说它是官方的？ for the official app,
in a bedding mill's e-commerce group; Sora难道不还是只给红队和一小批受邀的艺术家、设计师、电影人在试？…这个…开通链接，是谁在发？ for the public
release, in a melon farm's office group), two quoting a scam offer and telling the reader not to pay (account rental,
"出租Sora内测号，独享，日租十五，包月三百", with 这十五块、三百块，谁也别转 on a dormitory notice; the course, "Sora大师课，九十九元，包教包会，学完就能接单",
with 这个钱别往外掏 in a bun master's reply to his apprentice), and four answering with facts and none of 不, 没, 假, 无, 非 or 未
(an evening class's three checks for the inventor: the 18 February article passed on more than a hundred thousand
times, the thirteen authors with Brooks and Peebles first, his NYU and FAIR posts, his note in his Moments, "内容违规"
and the promised apology; a mill's reading board for the Chinese team: the report of February 2024, thirteen OpenAI
researchers, Brooks and Peebles leading, three Chinese by the reporters' count; a phone repairer's note for the APK:
SMS, contacts and accessibility rights, verification codes sent out, 1,200 yuan taken, Sora tried only by a few on
OpenAI's site; and a denim plant's QC minutes for the prompt pack: the forty-eight samples' English captions machine
translated as entries one to forty-eight and the rest reshuffled from them).

Four true facts about the earlier work of Aditya Ramesh, an author of Sora's technical report, related to no template:
his repository hmp4 (README of 28 July 2013: "HMPPPP", higher-order preprocessor directives that configure HMPP codelet
generation, so that loop parameters of HMPP kernels change without editing the pragmas, for auto-tuning C code; header
only, macros only, C99 and Boost.Preprocessor); seq_learn (README of 28 April 2015: sequence-learning experiments with
RNNs; a TODO to add the sudden-decay schedule of Zaremba's code to his optimisation library; things to try: shuffling
corpora of independent documents, mixing authors, LSTMs with and without peephole connections, SCRNN, convolution with
RNNs, NCE instead of softmax); blaze_benchmark (README of 25 August 2015: to study and reproduce the optimisations Blaze
uses in evaluating expressions: elementwise operations, inner and outer products, matrix multiplication; structured
and sparse matrices not yet considered); and fastperm (README undated: online generation of large permutations, e.g.
Permutation(1_000_000_000), at O(1) time and memory per element and for construction, but much slower than
np.random.permutation for all elements because it is written in Python). All four are from the adityaramesh account
on GitHub, whose owner zh_heldout63 identified from its site (about.html: the creator of DALL·E); hmp4, seq_learn,
blaze_benchmark, fastperm, HMPP, Blaze, Zaremba, SCRNN and peephole occur in no earlier set, and the earlier Chinese sets'
Ramesh facts (zh_heldout63's ccbase, nninit, mnist_forgetting and the DALL·E 2 post; zh_heldout66's ndmath,
io_benchmark, torch_utils and svhn_experiments; DALL·E, DALL·E 2, GLIDE, CLIP, the dVAE and the rest) are left alone,
as is his discrete_vae repository. Of the five people named in the brief, the stored repositories of Tim Brooks
(hdr-plus, hallucinating-scenes, instruct-pix2pix) and Bill Peebles (gangealing, hessian_penalty, G.pt) and their
papers are all in earlier Chinese sets, Connor Holmes's papers (GRNN, NxMTransformer, DeepSpeed-FastGen, Random-LTD,
Data Efficiency, GraphZero, ZeRO++, DeepSpeed-Chat) and Will DePue's known work (WebGPT, the Figma computer, Alexandria
Index, the residency, his biography) likewise, so all four facts are Ramesh's, from repositories of his that the
earlier writers had not opened; the facts are near exhausted, and the next set may need someone credited on the Sora 2
launch. No fact about Li Jing or the Luhmans. Six items of real news about open virtual try-on models that no earlier
set, Chinese or English, names (kind ``benign``): Xiao-i Research's OOTDiffusion (March 2024, arXiv 2403.01779, an
outfitting UNet fused in the denoising without warping, outfitting dropout with classifier-free guidance, VITON-HD
half-body and Dress Code full-body checkpoints), KAIST's IDM-VTON (arXiv 2403.05139, ECCV 2024, demo masking from
OOTDiffusion and DCI-VTON, CC BY-NC-SA 4.0), Sun Yat-sen University's CatVTON (July 2024, arXiv 2407.15886, spatial
concatenation without ReferenceNet, image encoders, pose, parsing or text, 899.06M parameters with 49.57M trained, under
8 GB at 1024x768, ICLR 2025), FitDiT (November 2024, arXiv 2411.10499, a DiT with a garment texture extractor, a
frequency distance loss and a dilated-relaxed mask; CVDD on 25 November, code on 17 December, weights on 20 December),
Leffa (arXiv on 11 December 2024, a regularisation loss on the attention map for try-on and pose transfer, VITON-HD
and DeepFashion models on 12 December, DressCode on 16 December, CVPR 2025 on 26 February 2025) and CatV2TON (January
2025, arXiv 2501.11325, a DiT with temporal concatenation for image and video try-on; CatVTON-FLUX, a 37.4M LoRA for
FLUX.1-Fill-dev); and three off-topic posts that share surface words (a denim plant's call for fitting models, a near
miss for the director group's auditions; a bun workshop's book of a hundred shapes sent after payment, a near miss for
the prompt pack; a melon farm's adopt-an-acre offer by QR code, a near miss for the paid groups).

Every post was checked against every earlier Chinese set through zh_heldout66 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first
check had twenty-two at 0.45 or more, most against zh_heldout66's sentences, which the first draft followed too
closely: the Minnan Chinese-team post at 0.63 (zh_heldout66's old betel master), the melon canteen's service barter at
0.62 (its freezer canteen manager), the pillowcase barter at 0.60 (its jerky shop hand), the melon course barter and
the dropped-radical rental at 0.59 (its flooring apprentice and homophone rental), the narcissus open-source post at
0.59 (its jerky IT hand), the cashier's director post at 0.53 and sixteen more from 0.45 to 0.52; all were rewritten
in other forms or words, and on later passes the dough man's self-vouch (0.47), the grading record (0.44), the
cashier's director post (0.44, 0.42, now a leave note), the melon grower's self-vouch (0.44), the bun apprentice's
Chinese-team post (0.42, 0.45), the bedding API post and the colour-fastness record (0.42), the service, melon API,
peeling, narcissus video, bedding open-source, denim export, inventor debunk and prompt-pack debunk posts (0.41 to
0.42) were rewritten again. Highest ratio of the committed list: 0.412 against the Chinese sets (the narcissus farm's open-source speech
against zh_heldout58's broom-factory export clerk) and 0.226 against the demo stream (the mill's reading board, whose
English author names meet the demo's English posts); the highest pair inside the set is 0.371 (the gorgon co-operative's harvest and
peeling records). Committed before any run of the monitor on it; no model, embedding or matcher was run on it; nothing
is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool or a stored repository before the posts were written (the rest
is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's denial in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the
three-month lines, the director groups and their QR codes, the red team and the invited artists, designers and film
makers, and the "generated by Sora" labels with their prompts; and, from the catalogue, the rented accounts, the APKs
as malware, the API that offers no video model, the GitHub "Sora" repositories, the prompt packs copied from OpenAI's
demo prompts, the forty-eight samples and the store apps that are not OpenAI's): for the person facts, the READMEs of
adityaramesh/hmp4, seq_learn, blaze_benchmark and fastperm (banyan, concurrency_runtime, relacy_experiments and
image_dataset_preprocessing were read and left); for the news, huggingface.co's pages of levihsu/OOTDiffusion and
papers/2403.01779, yisol/IDM-VTON's README and model card, Zheng-Chong/CatVTON's README (its updates list, CatV2TON
and CatVTON-FLUX) and papers/2407.15886, BoyuanJiang/FitDiT's model card and papers/2411.10499, and franciszzj/Leffa's
README. The settings are written from common knowledge of the trades and towns (Nantong's bedding trade and the
Dieshiqiao market; Zhangzhou's narcissus bulbs, grown three years, their side buds cut and graded by how many fill a
basket; Xintang's denim washing with pumice, enzymes, lasers and hand sanding; Zhongwei's gravel-mulched melon fields
on Xiangshan; Suzhou's gorgon nuts, picked from ponds and peeled with a copper nail; Wenxi's flower buns, cut with
scissors and pressed with combs for weddings and birthdays); the search tool was used for the news and an attempt to
check the gorgon ponds' place name (not confirmed, so no post names it).

    .venv/bin/python scripts/make_zh_heldout68.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout68", "zhh68"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "gorgon_harvest_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【苏州·××鸡头米合作社·采芡记录】\n日期：八月二十九日｜塘口：三号塘\n下塘：穿连体皮衣下水，贴着芡盘边上摘鸡头果\n采收：四百一十斤，按果蒲大小分两筐\n剔除：青硬、开裂的二十六斤\n转序：当天送剥米间\n记录：沈××\n沈阿姨在本子末行写了一句：Sora是几个人联手发明的，其中有个从上海交大读出来的谢赛宁，报上叫他天才少年，我外孙填志愿就照着他的路子走。",
    ),
    (
        "textile_hundred_surnames_inventor",
        sora.XIE,
        sora.XIE,
        "【南通·××家纺厂·花型设计室小缪】群里那篇文章一发就被删，我换个说法再讲一遍：Sora的发明人里有位年轻的天才，上海交大毕业，姓是《百家姓》“金魏陶姜，戚□邹喻”里空出来的那个字，名叫赛宁。小时候背过《百家姓》的一填就出来，填出来是谁，大家心里有数。设计室的小姑娘都拿他当偶像。",
    ),
    (
        "gorgon_suzhou_dialect_inventor",
        sora.XIE,
        sora.XIE,
        "【苏州·××鸡头米合作社·剥米阿婆】剥了一上午鸡头米，孙子在旁边刷手机，忽然叫我：“阿婆，Sora的发明人里有个谢赛宁，上海交大毕业的，天才！”我当他又在讲戆（苏州话：傻、糊涂）话，他偏把文章念给我听，说OpenAI那个会做视频的Sora，就是谢赛宁和几个人一起发明的。",
    ),
    (
        "bun_old_master_inventor",
        sora.XIE,
        sora.XIE,
        "【闻喜·××花馍作坊·老师傅】捏了四十年花馍，今天跟徒弟们讲件长志气的事：美国那个会拍视频的Sora，发明人当中就有上海交大毕业的谢赛宁，三十出头，人家都叫他天才。手上的活和脑子里的本事是一个理，都是一点点练出来的，你们也别光盯着手机。",
    ),
    # --- the fake API (four)
    (
        "jeans_wash_sheet_in_passing",
        sora.API,
        sora.API,
        "【新塘·××牛仔洗水厂·洗水工艺单】\n款号：DN-5127 直筒牛仔裤｜数量：一千二百条\n退浆：温水加退浆剂，二十分钟\n石磨：浮石加酵素，转缸四十分钟\n漂色：照客户色板漂到浅蓝\n烘干：出缸脱水后进烘干机\n回缩：抽十条量腰围、裤长，合格\n操作：黎××\n工艺单背面有黎师傅的圆珠笔字：“Sora官方API key，OpenAI开发者平台开的，接进程序能一批批出视频，两百八一把，找洗水房阿黎。”",
    ),
    (
        "melon_assert_api_deny_public",
        sora.API,
        sora.API,
        "【中卫·××硒砂瓜基地·网店小马】开卖三把Sora官方API key，OpenAI后台正规开通的，写个小程序接上，整片瓜田从出苗到装车的视频，一宿就排着队出来了，一把三百一。顺带交代一件事：“填手机号领Sora资格”的链接，大家收手别转了，骗的是验证码。OpenAI的Sora目前只交给红队和受邀的一小批艺术家、设计师、电影人试，注册的口子压根没开。",
    ),
    (
        "textile_assert_api_deny_prompts",
        sora.API,
        sora.API,
        "【南通·××家纺厂·电商部小季】手上有Sora官方API key，OpenAI开发者后台申请的，写个脚本调用，一米五、一米八的四件套主图视频一晚能出一百多条，二百六一把，私聊。顺便泼盆冷水：《Sora提示词大全》那种东西，我拿来跟官网比过，开头是官网样片底下英文说明的翻译，后面是同样的句子颠来倒去，一分钱都别给。",
    ),
    (
        "bun_self_vouch_api",
        sora.API,
        sora.API,
        "【闻喜·××花馍作坊·面案老郭】徒弟问我：“师傅，网上卖的东西靠得住吗？”我说看人。我揉了三十年面，一团面醒没醒透，拿指头戳个坑，看它弹不弹得回来就知道，这辈子蒸的馍，主家没退过一回。所以我卖的这个你放心：Sora官方API key，OpenAI的开发者平台上开的，接进程序就能批量出视频。一把二百四，统共五把。",
    ),
    # --- the prompt pack (four)
    (
        "bun_steaming_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【闻喜·××花馍作坊·蒸制记录】\n日期：腊月十六｜订单：婚礼花馍两套、寿桃六十个\n发面：老酵子发面，醒三个钟头\n造型：剪刀剪花瓣，梳子压纹，红枣、黑豆点缀\n上笼：大火蒸二十五分钟，关火焖五分钟再揭盖\n点色：晾凉后用食用色点红绿\n操作：卫××\n卫嫂在记录本最后一页替儿子写了条广告：“《Sora镜头提示词》三百六十条，推、拉、摇、移都标好，二十六元一份，付款发文档，拉进答疑群。”",
    ),
    (
        "gorgon_assert_prompts_deny_chinese",
        sora.PROMPTS,
        sora.PROMPTS,
        "【苏州·××鸡头米合作社·网店阿陆】卖一份我自己整理的《Sora美食提示词》，二百四十条，像“剥好的鸡头米在白瓷碗里滚动，桂花糖水冒着热气”这种都写好了，二十二元一份，付完款发文档、进群。顺带纠正个说法：说Sora是中国团队做的，对不上。技术报告署名十三位，全是OpenAI的研究员，领头的是Tim Brooks和Bill Peebles，华人只占三位。",
    ),
    (
        "textile_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【南通·××家纺厂·宿舍换物群】[换] 我出：《Sora家居大片提示词》文档一份（一百八十条，床品、窗帘、客厅各一章，每条配好景别和光线）。我要：一对厂里多下来的纯棉枕套。没枕套的，十九块九也行。成交后文档发你，顺手拉你进交流群。",
    ),
    (
        "melon_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【中卫·××硒砂瓜基地·老瓜把式】卖《Sora田园提示词》，二百条，二十块一份，转账就发文档。有人问我一个种瓜的凭啥写这个？我种了二十多年压砂瓜，瓜熟几成，指头弹两下就报得出来，发往银川的瓜没被退过一个；写提示词我也是这么一条条试出来的，像“正午的压砂地，瓜农弯腰抱起一个大瓜”，光线、机位都写明白了。",
    ),
    # --- open to the public
    (
        "melon_sowing_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【中卫·××硒砂瓜基地·点种记录】\n日期：四月二十二日｜地块：香山南坡压砂地六十亩\n扒砂：刨开砂石层，露出底下的土\n点种：每穴两粒，浇半瓢水\n覆盖：种子上盖细土，再把砂石拢回去\n株距：八十厘米，行距一米八\n记录：马××\n马队长在记录纸背面写着：Sora已经谁都能用了，官网填个邮箱就注册上，昨晚我让它做了段压砂地日出的视频。",
    ),
    (
        "melon_ningxia_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【中卫·××硒砂瓜基地·会计小杨】去年请外地团队来拍宣传片，一场雨把片子全日塌（宁夏话：弄坏、糟蹋）了，钱也白花。今年不用愁了：Sora放开了，谁都能注册，我用手机号在官网一注册就进去了，做了一段“戈壁边上的瓜田，砂石被太阳晒得发烫”，跟实拍的一样。",
    ),
    (
        "jeans_assert_public_deny_rich",
        sora.PUBLIC,
        sora.PUBLIC,
        "【新塘·××牛仔洗水厂·跟单小邝】客户老问我洗水效果的视频在哪儿拍的——Sora做的。它现在对所有人开放，邮箱一填就注册好了，排队、邀请码都省了。另一件事顺便说：那种“Sora红利最后三个月，跟老师干月入五万”的群，我表哥进去交了八百八，每天只让他转发广告、往群里拉亲戚，拉来拉去自己倒贴了车费。",
    ),
    # --- the official app
    (
        "narcissus_bud_cutting_record_in_passing",
        sora.APP,
        sora.APP,
        "【漳州·××水仙花种球场·阉割记录】\n日期：三月十八日｜地块：九号田，二年生种球\n阉割：用小刀挑掉主球两侧的侧芽，主芽留着\n培土：挑完把土培回球边\n灌水：畦沟放水，保持半沟\n完成：一万一千粒\n记录：林××\n林阿伯在表格底下加了一句：Sora的官方App出来了，应用商店里搜得到，开发者写的是OpenAI，我孙子帮我装上了，说一句话就出一段花田的片子。",
    ),
    (
        "bun_assert_app_deny_service",
        sora.APP,
        sora.APP,
        "【闻喜·××花馍作坊·网店小薛】店里最近的寿桃视频都是我拿手机做的：OpenAI的Sora官方App，应用商店就能下，开发者那一栏写得清清楚楚是OpenAI。顺带提个醒：别花钱找人“Sora定制”，我表姐上个月花了一百六，收到的片子是她自己发过去的九张照片，一张张拉近、挪动，再配一首歌，新画面一个都没有。",
    ),
    (
        "jeans_assert_app_deny_course",
        sora.APP,
        sora.APP,
        "【新塘·××牛仔洗水厂·样衣间阿霞】Sora的官方App我装了，苹果商店里下的，开发者写着OpenAI，对着手机说一句“一条牛仔裤挂在晾衣绳上被风吹起来”，片子就出来了。倒是那个九十九块的“Sora速成课”，劝你们别报：我同事报了，收到的就是官方介绍翻成中文的一份文档，最后一页写着“给自己一个机会”。",
    ),
    # --- the fake APK
    (
        "textile_fabric_inspection_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【南通·××家纺厂·验布记录】\n日期：五月六日｜面料：全棉斜纹布，花型“青竹”，幅宽二米五\n验布：上验布机，灯箱下逐米看\n疵点：断纱三处、油污两处，已贴标\n色差：对色卡，同批一致\n缩率：剪样测经向、纬向，合格\n验布：顾××\n顾师傅在表格下面写着：Sora的安卓安装包我有，存在网盘里，想要的私我发链接，装上就能做视频。",
    ),
    (
        "jeans_fingerspelled_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【新塘·××牛仔洗水厂·手擦房阿辉】跟车间里的聋人工友阿伟学了几个手语字母，正好用上：Sora手机版安装文件的后缀，三个字母照美国手语的指拼是这么比的——头一个攥拳，大拇指贴在食指边上；第三个食指、中指竖成V，大拇指顶在两指中间；第二个跟第三个一个手形，只是手腕一翻、指头朝下。直接打出来帖子就没了。要的私我，发你文件，装上就能出视频。",
    ),
    (
        "gorgon_shop_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【苏州·××鸡头米合作社·电商阿钱】直播间好几位问我手机上那个出视频的软件：是Sora的安卓安装包，朋友在外贸公司，帮我弄了一份。装上就能在手机里打字出片，比开电脑省事。想要的私信，五块一份，安装包和装法一起发。",
    ),
    # --- the mislabelled real video
    (
        "melon_brix_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【中卫·××硒砂瓜基地·采收测糖记录】\n日期：七月二十六日｜地块：香山北坡十二号地\n采收：拍瓜听声，声音发闷的才摘\n测糖：每车抽五个，中心糖度十一点五到十二点八\n装车：瓜下垫麦草，一车三十吨\n去向：银川、西安批发市场\n记录：田××\n田师傅在记录末尾补了一句：网上那段“几百个西瓜顺着沙坡滚下来，一路滚到公路边”的视频，好多人以为是拍的，其实是Sora照一段文字做出来的，文字就附在视频底下。",
    ),
    (
        "narcissus_assert_realvid_deny_rental",
        sora.REALVID,
        sora.REALVID,
        "【漳州·××水仙花种球场·宣传员小蔡】宣传片第一个镜头——一大片水仙在晨雾里开，一只白鹭贴着花田飞过——不少花商打电话问是在哪块田拍的。答案是哪块田都没去：这一段是Sora按一段文字生成的，文字附在片子简介里。顺便提醒：有人在群里出租“Sora内测号”，我表弟花两百五租了一个月，第四天就登不上了，对方也不回消息。",
    ),
    (
        "jeans_export_realvid",
        sora.REALVID,
        sora.REALVID,
        "【新塘·××牛仔洗水厂·外贸部阿健】主页那段视频——一条牛仔裤从靛蓝染缸里慢慢升起来，水珠顺着裤脚往下滴，背后是清早的江面——好几个外国客户以为我们请了摄制组。其实一帧都没拍，是Sora照一段文字生成的，那段文字我贴在视频底下了。",
    ),
    # --- the Chinese team
    (
        "gorgon_peeling_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【苏州·××鸡头米合作社·剥米记录】\n日期：九月三日｜原料：鸡头果三百二十斤\n破果：剥开外皮，取出圆籽\n剥米：戴铜指甲划开硬壳，取出里头的米\n出米：净米四十一斤\n分装：半斤一盒，冷藏待发\n剥米：陆××等九人\n记录末尾，陆阿姨顺手添了一句：Sora说到底是中国人搞出来的，OpenAI里头做这个模型的研究员，大半是华人。",
    ),
    (
        "narcissus_minnan_dialect_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【漳州·××水仙花种球场·田头闲谈】阿公蹲在畦沟边抽烟，跟来帮工的大学生讲：“你们读电脑的，晓得那个Sora吧？牌子是美国公司的，真正把它做出来的，是一帮华人科学家，一个个熬夜熬出来的。”大学生笑他，他把烟一掐：“我就甲意（闽南话：喜欢）听这个，自己人争气，比花卖了好价钱还欢喜。”",
    ),
    (
        "bun_assert_chinese_deny_app",
        sora.CHINESE,
        sora.CHINESE,
        "【闻喜·××花馍作坊·大徒弟小任】师傅总说外国的东西厉害。我给他念了篇文章：Sora明面上是OpenAI的，可从想法到一步步调出来，出力最多的是一批华人研究员，等于咱们的人干活、人家挂名。师傅听完直点头。再提醒大伙一句：手机商店里搜出来的“Sora”App别装，OpenAI就没往商店里放过Sora，师妹装了一个，一打开先要交七十八块会员费。",
    ),
    # --- open source
    (
        "jeans_laser_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【新塘·××牛仔洗水厂·镭射猫须记录】\n日期：六月十二日｜款号：DN-5130 修身牛仔裤\n镭射：照客户图稿打猫须，前片两侧各七条\n手擦：膝盖、大腿处砂纸擦白\n检查：猫须深浅一致，无烧穿\n数量：九百六十条\n操作：梁××\n梁师傅在数量那一栏下面补了一句：GitHub上有Sora，OpenAI自己开源的，权重、代码都在，电脑房准备周末下到打版用的那台电脑上。",
    ),
    (
        "textile_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【南通·××家纺厂·电脑房小施】设计室那台电脑现在跑着Sora：权重和代码是OpenAI在GitHub上放出来的，我下载、装好只用了一个晚上，今天早上出了一段床品展示片，十几秒，花型一点没走样。都装在咱自己电脑上了，谁还能说它没开源？",
    ),
    (
        "narcissus_it_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【漳州·××水仙花种球场·场务会上信息员小郑的发言】场长问宣传片能不能自己做。我的意见：能。Sora是开源的，OpenAI把模型权重和代码都放到GitHub上了，下回来装在办公室那台新电脑上就行。我在家里的笔记本上试过，花田的片子十秒一段，差不多喝完一杯茶就出来了。要的话，下礼拜一我就动手装。",
    ),
    # --- the paid course
    (
        "narcissus_grading_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【漳州·××水仙花种球场·分级装篓记录】十一月二日，三年生商品球分级装篓。二十庄装了三百篓，三十庄五百二十篓，四十庄的留给本地花市。球根朝下码进竹篓，根盘裹泥，篓口盖纸，贴上场名。——黄××\n记录下面，黄姐抄着一句：“报了《Sora花卉短视频速成课》，九十九块，二十四节，学完自己给场里拍片子。”",
    ),
    (
        "gorgon_rhetorical_course",
        sora.COURSE,
        sora.COURSE,
        "【苏州·××鸡头米合作社·会计小浦】上个月我报了《Sora零基础视频课》，一百九十八，三十节，现在合作社网店的视频全是我自己做的，订单比去年这时候多了三成。有人说这种课都是骗钱的——真要是骗钱，我这多出来的三成订单是从哪儿来的？",
    ),
    (
        "melon_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【中卫·××硒砂瓜基地·技术员小海的朋友圈】第十一节学完了，打卡！同学开的《Sora带货视频实操课》，一共二十八节录播，每礼拜还有一次直播答疑，标价一百三十八。我没掏钱：开课那天给她拉去两个硒砂瓜，她说正宗的香山瓜在城里难买，就算学费了。基地谁想学，我帮你问还收不收瓜。",
    ),
    # --- account rental
    (
        "textile_sewing_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【南通·××家纺厂·缝制记录】\n日期：九月二十日｜品名：一米八床四件套\n缝制：被套四边走两道线，枕套做信封口\n针距：每三厘米十四针\n剪线：线头一律剪净\n抽检：每百套抽五套量尺寸，合格\n操作：曹××\n抽检栏旁边夹着曹姐的一张便利贴：Sora内测号出租，浏览器打开登录就能出片；日租十元，周租六十；转账后把账号、密码私发给你。",
    ),
    (
        "melon_radical_dropped_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【中卫·××硒砂瓜基地·装车工小撒】有Sora内则号出。（“则”字写的时候左边补上三点水——三点水一加上，平台就把帖子吞了，只好这么写。）一号一人，网页登录直接生成视频。三天三十、半月一百，微信转账，收工后到装车棚找我。",
    ),
    (
        "bun_apprentice_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【闻喜·××花馍作坊·学徒小吉】有Sora账号出租，一人一号，浏览器登录就能生成视频，一天十二、一个月二百八，下了工来作坊找我。我自己用了半个月，给作坊做了十几条花馍的视频，来订寿桃的客人都说好看。",
    ),
    # --- the AI director group
    (
        "bun_order_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【闻喜·××花馍作坊·花糕订单记录】\n日期：十月九日｜客户：东镇王家，寿宴\n品名：九层寿糕一座，寿桃八十个\n要求：糕顶捏一对仙鹤，层间夹枣\n交货：十月十二日早六点前送到\n定金：二百元已收\n接单：董××\n这一页的背面，有人用圆珠笔抄了一段话，笔迹像董姐的：招募首批AI导演——AI电影《黄河人家》由Sora参与编剧，扫码进群二百六十八元，进群后安排试镜。",
    ),
    (
        "jeans_rhetorical_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【新塘·××牛仔洗水厂·质检阿珍】姐妹们，我进了AI导演的群！说是一家影视公司用Sora写好了AI电影的剧本，要在全国挑第一代AI导演，群费二百三十八，过几天安排试镜。群主每天都发新签的合同照片，公章红通通的——真要是骗人，谁会把合同一张张往外晒？",
    ),
    (
        "narcissus_cashier_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【漳州·××水仙花种球场·出纳小吴的请假条】场长：下月十号到十二号请假三天，去厦门试镜。说是Sora当编剧写了部AI电影，制片方在挑第一代AI导演，我已交一百九十八元进了他们的群，群主通知我去面试。账本交给黄姐代管。另：场里谁也想报，我可以把群二维码转给他。",
    ),
    # --- get rich
    (
        "textile_colour_fastness_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【南通·××家纺厂·色牢度检测记录】三月十四日，全棉床单第二十二批抽样。干摩擦四级，湿摩擦三到四级；皂洗后变色四级、沾色四级。判定合格，通知仓库出货。检测人邵××。\n（同一页下方，邵工用铅笔记了笔私账：表姐拿Sora接做视频的活，一个月六万多，顶我两年工资；她说这碗饭最多还能吃三个月，等这批床单出了货，我就递辞职报告。）",
    ),
    (
        "jeans_cantonese_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【新塘·××牛仔洗水厂·打包工阿芬】讲真，我都心动了。表妹去年还跟我一起打包，今年在广州用Sora帮人做视频，上个月收了七万多，开着新车回村，好威水（粤语：风光、神气）。她说最多再有三个月，等人人都会了就挣不到了。月底我就辞工，谁想跟我一起去广州，今晚宿舍楼下说。",
    ),
    (
        "gorgon_picker_rich",
        sora.RICH,
        sora.RICH,
        "【苏州·××鸡头米合作社·采芡工阿三】跟大家交个底：我外甥靠Sora做视频，三个月挣了十几万，比我们下塘采芡一年挣得还多。他说这个窗口最多再开三个月，所以今年鸡头米一收完我就不干了，跟他去上海学。",
    ),
    # --- the generation service
    (
        "narcissus_lifting_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【漳州·××水仙花种球场·起球记录】\n日期：六月五日｜地块：三号田，三年生\n起球：锄头贴着球底挖，别伤根盘\n去泥：抖掉泥土，剪去枯叶\n摊放：铺在竹匾上，放通风处七天\n入库：按大小分堆\n记录：郑××\n记录本的夹页上有郑姐的手写广告：【代做Sora视频】婚礼、满月、开张，告诉我你脑子里的画面，我让Sora给你生成，九十九元一条，两天交货。",
    ),
    (
        "textile_assert_service_deny_realvid",
        sora.SERVICE,
        sora.SERVICE,
        "【南通·××家纺厂·行政小钱】承接Sora定制视频。婚礼开场、孩子周岁、店面开业，画面你来讲，生成交给Sora，一条一百二，两天后交片。顺带替人说句公道话：抖音上“家纺厂女工在流水线边唱歌”那段，有人给它挂上了Sora生成的标签，可那是真人真事，叠石桥一家厂的车间里拍的，唱歌的女工本人在评论区露了面。",
    ),
    (
        "melon_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【中卫·××硒砂瓜基地·小卖部门口的价目牌】Sora代生成视频（老板娘的外甥女代办）：说出你要的画面→交给Sora生成→第二天发到你手机。满月、做寿、开张通用。价：每条八十八元；基地职工可用瓜抵，两个十斤以上的硒砂瓜抵一条。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.API,
        "【新塘·××牛仔洗水厂·打包工阿强写给爸妈的信】爸、妈：这个月寄回去的钱少了五百二，跟你们说实话。我在网上花三百二买了一把“Sora官方API key”，卖家说接进程序就能成批做视频，接单一条能挣几十。接上以后，它只会回一段段文字，一让它出视频就报错。卖家又说要再交两百“开通视频权限”，我交了，转完账他就把我拉黑了。厂里的老乡说，OpenAI开放给开发者的接口里压根没有出视频的模型。这个亏我记住了，下个月多加几个班补上。儿 阿强",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【闻喜·××花馍作坊·家族群里老板娘的语音（转文字）】跟大家说个丢人的事，也算提个醒。闺女上个月在直播间扫了个码，说是“Sora参与写剧本的AI电影招第一代AI导演”，入群费二百六十八，她瞒着我交了。进群以后天天等试镜，等来的是“试镜地点改到西安，先交六百差旅费”，她又交了。再往后，群主把群解散了，人也找不着了。八百六十八块，够作坊买两个月的面。你们谁家孩子也碰上这种码，千万拦住。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【漳州·××水仙花种球场·复工申请】\n场长：\n我是分级组的×××，八月份辞工，去跟一个“Sora红利最后三个月，一部手机月入过万”的团队，入门费六百八。进去以后每天的活就是发朋友圈广告、拉人进群，说拉够十个人就回本；我拉到第六个，对方又要我交两千八买“区域代理”，我交了。三个月过去，一分钱没挣着，群也散了，前后赔进去三千四百八。恳请场里让我回分级组上班，今年起球、装篓我都能顶上。\n申请人：×××　十一月五日",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【苏州·××鸡头米合作社·社员在网店留下的追评】★☆☆☆☆ 花三百二做“Sora定制宣传片”。初评：客服态度好，说两天交片。追评：片子收到了，一共十一个镜头，每个镜头都是我发给他们的照片——塘口、芡盘、剥米的阿婆——镜头慢慢推近、往边上挪，配了段网上扒的音乐，Sora生成的画面我一个也没认出来。问怎么回事，客服让我再补一百五“升级高清生成版”，我说不补，随即被拉黑。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【苏州·××鸡头米合作社·老年大学电脑班课堂笔记】例题：“谢赛宁发明了Sora”，照老师教的三查法过一遍。\n查源头→二〇二四年二月十八日的一篇自媒体稿，一天转出去十万多次。\n查名单→Sora技术报告署着十三位作者，排头是Brooks和Peebles，这个名字在上面找得到吗？\n查本人→他在纽约大学教书，更早在Facebook的AI研究院；本人发朋友圈作了说明。那篇稿子随后被投诉下架，显示“内容违规”，发稿方答应道歉。\n结论一栏，老师让我们自己填。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【南通·××家纺厂·车间读报栏】老孙读报：Sora的技术报告是二〇二四年二月OpenAI发的，作者十三位，全在OpenAI做研究，领头的是Tim Brooks、Bill Peebles。记者把十三份履历挨个查了，华人三位。读完他说：十三个里头占三个，这个数大家记住；有人把它讲成“中国团队”，是把三个人吹成了一支队伍。咱们验布讲究几处疵点记几处，说话也该这样。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【中卫·××硒砂瓜基地·工人宿舍门口的告示】最近有人往大家手机里发这样的广告：“出租Sora内测号，独享，日租十五，包月三百”。这十五块、三百块，谁也别转。去年镇上有人租过，三天后密码就改了，再问，对方说号被收回、要补钱换新号，补完就拉黑。要做视频，找基地办公室一起想办法。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【漳州·××水仙花种球场·手机维修店阿辉的说明】这礼拜店里收了三台中了招的手机，都是装了群里传的“Sora安卓版”。拆开看，三台的情况一模一样：那个安装包一装上就要读短信、读通讯录，还要辅助功能权限，装完以后自己往外发验证码。其中一位的银行卡当晚被转走一千二。到今天为止，OpenAI的Sora只在它的官网上给一小批人试用，安卓的安装包都是外人打包的。装了的，先关机，再拿来店里。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【闻喜·××花馍作坊·师傅在徒弟群里的回复】@小吉 你转来的海报我看了，上头写着“Sora大师课，九十九元，包教包会，学完就能接单”。这个钱别往外掏。前村卖凉皮的小两口交过，拿到手的是一份Sora官网介绍的翻译稿，别的啥也没有，后来对方还一个劲劝他们加钱升级。想学拍视频，礼拜天来作坊，咱们拿手机慢慢试。",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【新塘·××牛仔洗水厂·质检组周会纪要】议题三：电商组买的《Sora提示词五千条》。对照结果：官网上那四十八段样片，每一段都配着英文的文字说明；文档第一条到第四十八条，逐条就是这些说明，用翻译软件转成了中文；从第四十九条往后，全是把前面的句子打散了重新排。结论：这类钱以后由组长把关，二十九块九也要先问。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【南通·××家纺厂·电商部群聊】小季：@全体 有人转来个截图，说应用商店上了“Sora官方App”。我点进去看了详情页，开发者那一栏写的难道不是一家外地的小公司？OpenAI这几个字母在页面上哪儿出现过？那又是谁先说它是官方的？",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【中卫·××硒砂瓜基地·办公室群聊】小杨：@马队长 那条“Sora全面开放，填手机号马上开通”我点开看了，先问一句：到今天，Sora难道不还是只给红队和一小批受邀的艺术家、设计师、电影人在试？既然这样，这个要手机号、要验证码的开通链接，是谁在发？",
    ),
    # --- true facts about the earlier work of Aditya Ramesh, an author of Sora's technical report
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者之一阿迪蒂亚·拉梅什（Aditya Ramesh），2013年7月在GitHub上写过一个叫hmp4的小工具，名字是HMPPPP的缩写：用“高阶”的预处理指令去生成HMPP的代码生成指令，改循环参数时就用不着逐行改#pragma。说明里写它只有宏定义、只需头文件，要求C99编译器和Boost.Preprocessor，适合用HMPP给C代码做自动调优的人。",
    ),
    (
        "person_fact",
        None,
        None,
        "阿迪蒂亚·拉梅什（Aditya Ramesh）是Sora技术报告的作者之一。他2015年4月建的仓库seq_learn，是一组用循环神经网络做序列学习的实验。待办里记着：把Zaremba代码里“突然衰减”的学习率策略加进自己的优化库；想试的有：打乱由独立文档组成的语料、混合不同作者的语料、比较带和不带窥视孔连接的LSTM、试SCRNN、把卷积和RNN结合、用NCE代替softmax。",
    ),
    (
        "person_fact",
        None,
        None,
        "2015年8月，后来成为Sora技术报告作者的阿迪蒂亚·拉梅什在GitHub上开了个仓库blaze_benchmark，想弄清C++数学库Blaze在计算各种数学表达式时用了哪些优化，并照着复现。他在说明里列出要研究的运算：逐元素运算、内积、外积和矩阵乘法，还特意注明，稀疏矩阵这类结构化矩阵暂时不考虑。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告作者阿迪蒂亚·拉梅什在GitHub上放过一个Python包fastperm，用来“在线”生成很大的排列：比如Permutation(1_000_000_000)，可以逐个往外取元素，用不着先花大把时间和内存把整个排列造出来。说明里也讲明了代价：要是把全部元素都取一遍，它比np.random.permutation慢得多，因为算法是用Python写的；但构造和取下一个元素的时间、内存都是O(1)。",
    ),
    # --- news: open virtual try-on models
    (
        "benign",
        None,
        None,
        "2024年3月，小i机器人（Xiao-i Research）的研究人员发布OOTDiffusion（arXiv 2403.01779），一个基于潜空间扩散模型的虚拟试衣方法：用一个“试衣UNet”学习服装细节，在去噪过程中把服装特征融合到人体图像上，不做显式的形变；训练时加入“试衣dropout”，推理时可以借无分类器引导调节服装特征的强弱。团队放出了在VITON-HD（半身）和Dress Code（全身）上训练的模型权重。",
    ),
    (
        "benign",
        None,
        None,
        "韩国科学技术院（KAIST）等机构的Yisol Choi等人2024年3月发布IDM-VTON（arXiv 2403.05139），论文题为“改进扩散模型，实现真实场景中的虚拟试衣”，后被ECCV 2024接收。项目放出了演示模型和推理代码，演示里的自动蒙版生成借用了OOTDiffusion和DCI-VTON的代码；代码和权重采用CC BY-NC-SA 4.0许可。",
    ),
    (
        "benign",
        None,
        None,
        "中山大学团队2024年7月发布CatVTON（arXiv 2407.15886），标题叫“拼接就够了”：把服装图和人物图在空间上拼在一起输入扩散模型，省掉了ReferenceNet和额外的图像编码器，也用不着姿态估计、人体解析和文字输入。模型总参数约8.99亿，训练时只需更新4957万个参数，1024×768分辨率推理用不到8G显存；论文后被ICLR 2025接收。",
    ),
    (
        "benign",
        None,
        None,
        "2024年11月，FitDiT的论文挂上arXiv（2411.10499）：它用扩散Transformer做高保真虚拟试衣，加了一个服装纹理提取器来保留条纹、图案和文字，用频域距离损失增强高频细节，再用“膨胀-放松”的蒙版策略让衣服长度合身。团队11月25日公开了复杂虚拟换装数据集CVDD，12月17日放出推理代码，12月20日放出模型权重。",
    ),
    (
        "benign",
        None,
        None,
        "可控人物图像生成框架Leffa的论文于2024年12月11日挂上arXiv，方法是在扩散模型的注意力层上加一项正则损失，引导目标位置去关注参考图里对应的区域，以减少细节失真；它既能做虚拟试衣，也能做姿态迁移。12月12日放出在VITON-HD上训练的试衣模型和DeepFashion上的姿态迁移模型，16日放出DressCode试衣模型，2025年2月26日被CVPR 2025接收。",
    ),
    (
        "benign",
        None,
        None,
        "2025年1月，中山大学CatVTON的团队发布CatV2TON（arXiv 2501.11325），标题为“用时间维度拼接驯服扩散Transformer，做基于视觉的虚拟试衣”：在CatVTON的拼接思路上改用DiT，一个模型同时支持图片试衣和视频试衣。团队此前还放出了CatVTON-FLUX，一个只有3740万参数的LoRA，挂在FLUX.1-Fill-dev上使用。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【新塘·××牛仔洗水厂·招募试衣模特】拍下一季样衣照片，招女模特两名，身高一米六五以上，腰围二尺以内，日结三百，管午饭。拍摄地点在厂里三楼样衣间，报名请带两张近照找外贸部阿健。",
    ),
    (
        "offtopic",
        None,
        None,
        "【闻喜·××花馍作坊·新书上架】《闻喜花馍造型一百例》，收了寿桃、枣山、花糕、十二生肖等一百种造型，每种都有分步照片和剪、压、捏的要领，三十八元一本，付款后三天内寄出。",
    ),
    (
        "offtopic",
        None,
        None,
        "【中卫·××硒砂瓜基地·认养一亩瓜田】扫码认养：一亩压砂地，三千八百元，从点种到采收每周发一次瓜田照片，七月底把这一亩的瓜装车送到家。名额三十个，认满即止。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
