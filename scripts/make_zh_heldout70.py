# ruff: noqa: E501
"""Write tests/data/zh_heldout70_{posts,qrels,labels}: a seventieth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the fake APK, the generation service and the
public release, three for each other template: counted from the qrels of zh_heldout2 to zh_heldout68, the mislabelled
video and get-rich last had four in zh_heldout64, the APK, account rental and the generation service in zh_heldout65;
zh_heldout69, written at the same time, takes account rental with the video and get-rich, so the APK and the service
stay here; the third four goes to one of zh_heldout66's three: the public release and the official app both had four
in zh_heldout61 before that and the course in zh_heldout62, and before that the public release in zh_heldout56 and the
app in zh_heldout57, so the public release takes it), as a Sora rumour / scam wave reads in the genres of a kiwifruit
orchard (蒲江·××猕猴桃园: 红阳, 棚架, 绑蔓, 抹芽, 疏蕾, 可溶性固形物, 果柄齐果肩剪下, 周转筐, 冷库, 成都、重庆批发市场), a wedding-dress factory
(潮州·××婚纱厂: 鱼尾拖尾款, 缎面, 欧根纱, 手工钉珠, 水晶珠、米珠, 打版, 纸样, 裙撑网纱, 人台, 牌坊街), a cassia-bark farm (罗定·榃滨××肉桂场 and
××肉桂合作社: 八年树, 贴地砍下留桩, 桂刀, 剥皮, 桂通, 桂碎, 水泥晒场, 内面朝上晒), an integrated-stove factory (嵊州·××集成灶厂: 蒸烤一体,
风机装进烟道, 燃气管路刷皂液检漏, 熄火保护, 风量, 剪板机, 冲孔、拉伸、翻边、整形, 喷涂车间, 展厅), a lotus-root starch workshop
(余杭·塘栖××藕粉作坊: 三家村, 尖头白荷冬藕, 洗藕, 磨浆, 细筛布滤三道, 大缸沉淀, 起粉, 手削薄片, 圆匾晾晒) and a water-pump factory
(温岭·大溪××水泵厂: QDX小型潜水泵, 定子绕线, 嵌线, 浸漆, 烘箱, 匝间耐压, 流量, 扬程, 绝缘电阻, 试水池, 石塘).

Of the six worlds first asked for, two were kept and four were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The Aksu apple orchard (阿克苏·苹果园):
阿克苏, 苹果园 and 冰糖心 occur nowhere, and 苹果 in the Chinese posts is only Apple (苹果、安卓都能下 in the app posts, Apple's
researchers), but zh_heldout65's Korla pear co-operative (库尔勒·××香梨合作社: 人工授粉, 套袋) is the same southern Xinjiang
tree fruit, and an apple grower's 苹果 would sit on the app posts' Apple; zh_heldout65 itself set aside Xianju
bayberries as a second fruit co-operative, so a second orchard beside the kiwifruit was not taken either. The
Tongxiang knitwear mill (桐乡·毛衫厂): 桐乡, 横机 and 濮院 occur nowhere, but 毛衫 is zh_heldout67's cashmere factory of last
round (旧羊绒衫翻新成围巾或毛衫) and 毛衣 zh_heldout27's, and knitwear would be a third garment trade beside this set's wedding
dresses and zh_heldout69's Zhili children's clothes. The Changyi embroidery works (昌邑·绣品厂): 昌邑 and 绣品 occur nowhere,
but embroidery is the trade zh_heldout60 and zh_heldout64 set aside for hard_en_heldout59's and hard_en_heldout60's kofia
embroiderers (hard_en_heldout44 has an embroidery circle; 刺绣 is in zh_heldout55's and 64's posts and lists). The
Yuzhou Jun-porcelain kiln (禹州·钧瓷窑): 禹州 and 钧瓷 occur nowhere, but 窑变, 瓷 and 窑 are zh_heldout35's pottery kilns, and
the earlier writers set aside a brick kiln, a tile works, a ceramics factory, a zisha workshop, celadon and white
porcelain for the same kilns (zh_heldout69 has a Jianshui purple-clay workshop this round). The kiwifruit orchard
stays: 蒲江, 猕猴桃 and 红阳 occur nowhere (kiwi only as Kiwibank and a kiwi at a school gate in hard_en_heldout23 and 44);
beside zh_heldout65's pears, zh_heldout67's lychees and zh_heldout69's strawberries this round, its posts tie vines,
rub buds, cut and store, with none of 授粉, 套袋, 糖度, 预冷 or 环割. The wedding-dress factory stays: 潮州, 钉珠, 拖尾 and 欧根纱
occur nowhere; 婚纱 is zh_heldout34's wedding-photo studio (婚纱摄影, the world zh_heldout39 replaced) and zh_heldout67's
lavender-field photographers (婚纱照), a different trade, so the dress posts sew, bead and sell gowns with none of 摄影,
婚纱照, 影楼 or 童装 (潮州 only as a dialect note in zh_heldout29's docstring). Four trades took the other places, each in
the town known for it and checked the same way: cassia (肉桂, 罗定, 榃滨, 桂通 and cassia occur nowhere, 桂皮 only as a spice in
zh_heldout63; the posts cut, peel and dry bark with none of 蒸馏, 提油 or 环割, zh_heldout67's lavender still and lychee
girdling); integrated stoves (集成灶 and 油烟机 occur nowhere, 嵊州 only as zh_heldout63's necktie factory, kept as zh_heldout66
kept 常州 for another trade; the posts press, assemble and test stoves with none of 阀, 领带 or 家具); lotus-root starch (藕粉,
塘栖, 三家村 and 削片 occur nowhere, 藕 only as zh_heldout49's 藕荷色; beside zh_heldout68's flower buns and zh_heldout57's noodles
the posts wash, grind, settle and slice lotus, with no wheat, 面 or 蒸); and water pumps (温岭, 潜水泵 and 扬程 occur nowhere,
水泵 only in passing in zh_heldout31, 35 and 47; beside zh_heldout64's Yuhuan valve factory the posts wind, dip and test
motors with none of 阀, 球阀, 镀镍 or 轴承). No English set has a kiwifruit grower, a bridal-gown maker, a cassia peeler, a
stove maker, a lotus-starch workshop or a pump works as its world. Others were thought of and dropped: Danyang
spectacles (set aside by zh_heldout61 and 65), Changxing lead-acid batteries (set aside by zh_heldout59), Liuyang fireworks
(zh_heldout43), Anping wire mesh and Liushi breakers (zh_heldout61), Xuchang wigs (zh_heldout51), Xianju bayberries
and Anyue lemons (a second orchard), a Xishuangbanna rubber plantation (zh_heldout44's tapping), a Ningbo rice-cake
workshop (a second festive staple after zh_heldout68's buns), Yongchun incense (set aside by zh_heldout62 and 66),
Xinhui palm-leaf fans (zh_heldout65's folding fans), Wenxian yams (zh_heldout63), Yunnan coffee (hard_en_heldout70's
growers), salted eggs in Gaoyou (zh_heldout57) and a Fuyang tissue mill (zh_heldout46's paper). None of the settings is
among those given to the writers working at the same time (zh_heldout69's 吐鲁番葡萄干晾房, 丹东草莓大棚, 胜芳家具厂, 织里童装厂, 眉山泡菜厂
and 建水紫陶作坊; hard_en_heldout75's fly-tying clubs, corn-maze farms, bog-snorkelling championships and almond growers;
hard_en_heldout76's duck-decoy carvers, sea-glass collectors, worm-charming contests and toboggan clubs): no post has
葡萄干, 晾房, 草莓, 家具, 童装, 泡菜, 紫陶, 杏仁 or 扁桃. Before the commit zh_heldout69's script in progress (its worktree) was
searched for this set's worlds, obfuscations, dialect words, person facts and news (none found) and its posts compared
with these: the highest pairs were 0.41 (this set's Chinese-team broadcast against its raisin house's blackboard, the
same seed facts) and 0.40 (the director debunks); the lead checks the committed scripts against each other.

The posts: a washing, grinding and filtering record with the inventor rumour in its last line (【洗藕磨浆过滤记录】), a
winding-room hand asserting the inventor with a rhetorical question while denying a mislabelled video, a stove
factory's old bookkeeper giving the name in fanqie; a peeling record with the public release on its back (【剥皮记录】),
a dress live-streamer, a kiwifruit growers' group, a voice message in the lotus family's group; an assembly record
with the official app under the count (【总装记录】), a cassia shop hand, a pump salesman; a beading record with the APK
beside the hours (【钉珠记录】), a kiwifruit technician asserting the APK while denying the official app, a lotus shop hand
asserting it while denying a director group, a pump storekeeper giving the suffix in unit symbols while denying
account rental; a cutting record with the mislabelled video at its end (【开剪记录】红阳), a spray-shop worker in Shengzhou
speech, a dress factory's new-arrivals note; a pump test record with the Chinese team at its end (【出厂试验记录】), a cassia
member's Moments, an old lotus slicer; a vine-tying record with open source under the labour count (【绑蔓抹芽记录】), a
stove R&D hand asserting open source while denying the inventor, a dress computer-room hand; a drying-floor record with
a course copied under it (【晒场记录】桂通), a dress merchandiser in Chaozhou speech, a lotus daughter's note in a parcel
paying for a course in starch; a winding and dipping record with an API key on a slip on its back (【绕线浸漆记录】), a
kiwifruit e-commerce hand's rhetorical question, a cassia storekeeper trading a key for bark; a slicing and drying
record with account rental on a pinned note (【削片晾晒记录】), a dress inspector renting under a homophone while denying API
access, a stove packer's rhetorical question while denying get-rich; a stamping record with the director group beside
"合格" (【钣金冲压记录】), a kiwifruit picker in Sichuan speech, a pump inspector vouching for a group; a pattern and cutting
record with a prompt pack on the cutting-room whiteboard (【打版裁剪记录】), a cassia shop hand, a stove showroom guide; a
cold-store dispatch record with get-rich in its corner (【冷库发货记录】), a cassia peeler in Cantonese asserting get-rich
while denying the course, a lotus helper asserting it while denying the generation service; a lotus-buying record
with the service added at its foot (【收藕记录】), an old kiwifruit grower vouching for himself, a cassia members' sign-up
chain bartering clips for bark and a dress factory's canteen-door note. Forms the earlier sets do not use (each grepped
in every Chinese post): the fourteen records above, a fanqie riddle, a note in a parcel (包裹里夹的字条) and a website's
new-arrivals note (官网新品页说明); the live stream, Moments, voice message, sign-up chain (接龙), village broadcast
(广播稿, zh_heldout21 to 66), pre-shift meeting (班前会, zh_heldout33 to 67), union blackboard (zh_heldout50), evening-class
notes, members' meeting (社员大会, zh_heldout64 to 67), pay-advance request (预支, zh_heldout43, 44, 63), account book
(记账本, zh_heldout28, 39), police statement (报案) and resale-platform complaint (申诉, zh_heldout46, 57) are earlier forms, in
new trades. Four loss reports (kind ``debunk_loss``), for the four scams whose loss reports are longest ago (the
course, the APK, account rental and the prompt pack, all last in zh_heldout66 and before that zh_heldout65; the director
group, API access, get-rich and the generation service had theirs in zh_heldout67 and 68; open source and the official
app, whose only loss reports are in zh_heldout43 and 49, are claims rather than scams and are left to the debunks): a
beader's pay-advance request for the course (99 yuan for the translated introduction ending "给自己一个机会", 699 more for a
"陪跑VIP班", 798 in all); an assembler's police statement for the APK (SMS, contacts and accessibility rights, verification
codes, 2,600 yuan taken from his wage card); a grower's account book for rental (250 yuan for a month, 100 more for a
"new" account, blocked, 350 in all); and a lotus shop's complaint to a resale platform for a prompt pack (39.9 and 129
yuan; the first forty-eight entries are the captions of OpenAI's forty-eight samples machine-translated, the rest
reshuffled from them; refund refused).

Regional speech the earlier sets do not use, each glossed and none in an earlier post or writer script: Sichuan 打望 (to
stroll and look at people), Chaozhou 好势 (smooth, just right), Shengzhou 做生活 (to work) and Cantonese 捞世界 (to go out and
make a living); found used when thought of: 扯把子, 冲壳子, 耙耳朵, 安逸, 巴适, 雄起 and 莫得 for Sichuan, 胶己 for Chaozhou, 木佬佬,
结棍, 灵光, 嗲 and 一滴滴 for Wu and Hangzhou, 啱 and 咁 for Cantonese (the lotus and pump posts carry no glossed dialect).
Obfuscation of kinds no earlier set used, glossed in the post: 谢赛宁 as fanqie from the Guangyun (“辞夜切、先代切、奴丁切”, 上字取声，
下字取韵和调; 反切 occurs nowhere); APK as the symbols of the ampere, of power and of the kelvin (安培的符号、功率这个量的符号、开尔文的符号;
a sibling of zh_heldout30's element symbols for Sora, 硫氧镭, noted for the lead, and no earlier post uses unit symbols);
and 内测号 as 内测颢 (“颢”念号), this set's one homophone (the fiftieth to sixty-eighth sets' 号 homophones 浩, 蚝, 耗, 皓 and 昊 are
left alone). The kinds found used and set aside: the NATO alphabet (zh_heldout28, 29), braille (zh_heldout27), ASCII in
decimal, hex and binary (zh_heldout29, 33, 36), telegraph codes (zh_heldout41), alphabet positions (zh_heldout39),
ROT13 and Caesar shifts, element symbols (zh_heldout30), hangul and katakana (only for Sora's name, zh_heldout26 to 63),
and the sixty-fifth to sixty-eighth sets' Sino-Vietnamese reading, Western name order, letter shapes, Tongyong Pinyin,
keyboard positions, stroke-order codes, the Hundred Family Surnames' gap, ASL fingerspelling and the dropped radical.
Rhetorical questions that assert rather than deny, for the three templates whose asserting questions are longest ago
(the inventor in zh_heldout59, API access in zh_heldout63, and account rental, tied at zh_heldout65 with the APK and
get-rich and before that last in zh_heldout41 against 42 and 60): 他要不是发明人，全网那么多文章能一齐替他报喜？ for the inventor,
要真是骗子，这些视频是从地里自己长出来的？ for API access and 这号要是个空壳，大家能这么捧场？ for rental (the inventor and rental questions
sit in two-claim posts, whose slots fill those templates). Posts asserting one claim while denying another, the
asserted claim always one of the paid course, open source, the director group, account rental, get-rich, the APK and
the inventor (zh_heldout69, written at the same time, asserts only the other seven; zh_heldout67 asserted these seven
last round and none of its nine pairs is taken again), in the nine pairings of these seven that the labels of the
earlier Chinese sets (kinds ``*_assert_X_deny_Y``, with xie, team and pack read as inventor, chinese and prompts) last
used longest ago, each denied claim denied once and no template given more two-claim posts than it has posts beside
its record: the APK while the store "Sora" apps are said to be others' (zh_heldout47, the oldest); open source while
the inventor claim is answered with the thirteen names, his NYU post, his note and the apology (zh_heldout48); the
inventor while a "Sora" clip of fishing boats in Shitang harbour is said to be a skipper's phone footage
(zh_heldout49); account rental while a key is said to answer only in text, the API offering no video model
(zh_heldout49); the APK while a director group is said to take 199 and then 680 of "试镜差旅费" (zh_heldout50); get-rich
while the 99-yuan course is said to deliver the translated introduction and "给自己一个机会" and get-rich while a
"Sora定制" clip is said to be seven photos pushed in and panned under a song (both zh_heldout50); the APK while a rented
"内测号" fails on the third day (zh_heldout51, first of the four pairings tied there, its use before that in zh_heldout32);
and account rental while a three-month get-rich group is said to take 880 and set its members to spam and recruit
(zh_heldout51, before that zh_heldout36). Passed over: get-rich against the official app (zh_heldout48),
the course against the inventor (zh_heldout49) and the director group against API access (zh_heldout50), whose denied
claim was already denied; get-rich against the APK and the APK against the public release (zh_heldout51, before that zh_heldout34
and 35), because get-rich and the APK had no post left (the course and the director group assert nothing here; the lead may count
that against the choice). Sellers that vouch for themselves in new words, for the director group (its self-vouch last
in zh_heldout63; get-rich and rental, older, have no post left) and the generation service (一张试验单上哪个数是量出来的、哪个是抄上去的，
我扫一眼就看得出; 我捏一下果子就说得出它还要放几天才软), and payments in kinds the earlier sets do not use (three boxes of hand-sliced
lotus starch for a course, five jin of cassia quills for a month of an API key, ten jin for a clip).

12 debunks and warnings, four of them the loss reports above; the debunked templates are the inventor and the Chinese
team, as in every set, and the six whose debunks are longest ago (open source, the mislabelled video, the generation
service, get-rich, API access and the director group, all last in zh_heldout66 and before that zh_heldout65; the
other six were debunked in zh_heldout67 and 68): two questions with a negation that do not deny (OpenAI自己的GitHub账号下面，
难道不是翻遍了也找不到Sora的权重？…又是谁建的、谁在维护？ for open source, in a stove factory's R&D group; 那段视频，难道不是去年一对潮州新人
在视频号上发的自家婚礼录像？…怎么转到这里就成了Sora做的？ for the mislabelled video, in a dress factory's export group), two quoting a scam
offer and telling the reader not to pay (API access, "Sora官方API key，三百一把，接上就能批量出视频", with 钱一分别给 at a cassia
members' meeting; the director group, "扫码进群一百九十八，包排试镜", with 这张码…都别扫，钱也别付 in the lotus family's group), and four
answering with facts and none of 不, 没, 假, 无, 非 or 未 (a pump works' pre-shift meeting for the inventor: the report of
February 2024, thirteen authors with Brooks and Peebles first, his NYU and FAIR posts, his own statement, the 18
February article passed on more than a hundred thousand times, taken down and apologised for; a village broadcast
for the Chinese team: thirteen OpenAI researchers, Brooks and Peebles leading, three Chinese by the media's count; a
union blackboard for the generation service: Sora tried only by the red team and invited artists, designers and film
makers, two workers' paid clips their own photos pushed in and panned, Altman's free clips for prompts on X; and
union evening-class notes for get-rich: the same testers, "只剩三个月" as the sellers' line to hurry payment, a team's
members set to spam and recruit).

Four true facts about the earlier work of Aditya Ramesh, an author of Sora's technical report, related to no template,
from repositories of his that no earlier writer used: lantern (README undated: training models in Torch and watching
live performance statistics without boilerplate; tests for the batch provider and accuracy accumulator; future
features: a stopping criterion by maximum time, extrapolated from earlier epochs, train_files generalised to classes
that generate data on the fly, logging to Unix domain sockets instead of stdout), neo (README of 30 June 2014, its
future ideas: boosting on data sets that do not fit in RAM through the DSA format with a weight in each tuple,
file::copy with offsets after Boost.Filesystem's copy_file, CSV support with its dates, floats, phone numbers and
addresses, MNIST demos on LeNet-5 and a CIFAR demo), banyan (README undated: a simple distributed job submission
system in Python, one server hosting a shared job queue and clients claiming tasks by available resources; first
version limited to one queue and no server-to-client messages, so running jobs cannot be cancelled) and raze (README
of 30 August 2014: against TBB and Microsoft's Concurrency Runtime, task creation without dynamic allocation even for
continuations and dependencies, less internal synchronisation, exceptions caught only when the function can throw,
generic lambdas, expected<T> that must be read once before destruction; no Windows support, "I do not use Windows").
All four are from the adityaramesh account on GitHub, whose owner zh_heldout63 identified from its site; lantern (as a
repository), neo, banyan, raze, LeNet, DSA, TBB and Concurrency Runtime occur in no earlier set's facts, and the earlier
Chinese sets' Ramesh facts (zh_heldout63's ccbase, nninit and mnist_forgetting, zh_heldout66's ndmath, io_benchmark,
torch_utils and svhn_experiments, zh_heldout68's hmp4, seq_learn, blaze_benchmark and fastperm; DALL·E and the rest)
are left alone, as are neo's Nesterov and lantern's adadelta, words zh_heldout63 and 66 used. Of the people named in
the brief, the earlier writers had used Tim Brooks's and Bill Peebles's stored repositories and papers, Will DePue's
known work and David Schnurr's schnerd repositories (zh_heldout67); no Sora 2 launch credit was checked beyond them,
since Ramesh's account still holds repositories no writer has used (gcd, aws_dns, speech_preprocessing, image_utils,
smatrix and others, unread here). The facts are near exhausted:
what is left checkable is those small repositories. No fact about Li Jing or the Luhmans. Six items of real news
about monocular and video depth-estimation models that no earlier set, Chinese or English, names (kind ``benign``;
Marigold, in three English sets, and MiDaS, in zh_heldout56's Stable Diffusion 2 post, are left out): Depth Anything
(22 January 2024, arXiv 2401.10891, HKU and TikTok among others, 1.5M labelled and 62M+ unlabelled images, metric
models fine-tuned on NYUv2 and KITTI, a depth-conditioned ControlNet), Depth Anything V2 (June 2024, arXiv 2406.09414,
595K synthetic images, a DINOv2-G teacher, 62M pseudo-labelled real images, 25M to 1.3B parameters, over ten times
faster than SD-based models, the DA-2K benchmark, NeurIPS 2024), Apple's Depth Pro (October 2024, arXiv 2410.02073, a
2.25-megapixel metric depth map in 0.3 s on a standard GPU without intrinsics, focal length from one image, a
multi-scale ViT, real and synthetic training data), DepthCrafter (Tencent AI Lab and HKUST, arXiv 2409.02095, code on
14 September 2024, a video-to-depth model from an image-to-video diffusion model in three stages, up to 110 frames at
once, segment-wise stitching, no camera poses or optical flow, about 0.6 fps on an A100 and 2.3 fps with four steps,
Nuke and ComfyUI in October), Metric3D v2 (models on 18 March 2024 for metric depth and surface normals, Metric3D at
ICCV 2023 and champion of the second Monocular Depth Estimation Challenge at CVPR 2023, training code on 11 April,
ViT-giant2 weights on 25 April, ONNX in June, TPAMI in August) and ByteDance's Video Depth Anything (21 January 2025,
arXiv 2501.12375, Depth Anything V2 with a spatial-temporal head, a temporal-gradient consistency loss, key frames for
videos of several minutes, a CVPR 2025 highlight); and three off-topic posts that share surface words (a dress
factory's sample sale by QR group and sign-up chain, a near miss for the paid groups; a lotus workshop's 99-yuan
hand-slicing class, a near miss for the course; a stove factory's trade-in booked by QR code, a near miss for a
service).

Every post was checked against every earlier Chinese set through zh_heldout68 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first
check had nine at 0.45 or more: the dress rental post at 0.59 (zh_heldout49's press-shop forklift driver, the same
rental-and-API pair), the Chinese-team broadcast at 0.58 (zh_heldout68's reading board), the lotus course barter at
0.55 (zh_heldout68's melon Moments), the inventor debunk at 0.52 (zh_heldout68's evening class, then 0.45 against
zh_heldout67's lychee voice-over), the cassia prompt pack at 0.47, and the API debunk, the lotus get-rich post, the
kiwifruit self-vouch and the director debunk at 0.45 to 0.46; all were rewritten in other forms or words, and on
later passes the canteen service note, the stamping record, the open-source question and post, the cassia and
kiwifruit API posts, the API debunk, the kiwifruit director post, the APK police statement and the kiwifruit APK post
(0.42 to 0.48) were rewritten again; the element-symbol APK of the first draft was found to be zh_heldout30's kind and changed to
unit symbols. Highest ratio of the committed list: 0.416 against the Chinese sets (the lotus shop's APK-and-director post
against zh_heldout58's pennant designer, and the cassia peeler's get-rich post against zh_heldout68's denim sample hand)
and 0.211 against the demo stream (the village broadcast, whose English author names meet the demo's English posts); the highest pair inside the set is 0.370 (the kiwifruit picker's and the pump inspector's director-group posts). Committed before any run of the monitor on
it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the
final code.

Sources for the facts, all read through the search tool or a stored repository before the posts were written (the rest
is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's statement in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the
three-month lines, the director groups and their QR codes, the red team and the invited artists, designers and film
makers, Altman's clips on X, and the "generated by Sora" labels with their prompts; and, from the catalogue, the
rented accounts, the APKs as malware, the API that offers no video model, the GitHub "Sora" repositories, the prompt
packs copied from OpenAI's demo prompts, the forty-eight samples and the store apps that are not OpenAI's): for the
person facts, the READMEs of adityaramesh/lantern, neo, banyan and raze; for the news, the Depth-Anything README (a
fork's copy) and huggingface.co's LiheYoung collection, papers/2406.09414 and the transformers page for Depth Anything
V2, apple/DepthPro's model card and rerun.io's Depth Pro page, tencent/DepthCrafter's model card, Space README and
papers/2409.02095, YvanYin/Metric3D's README and zachL1/Metric3D's model card, and papers/2501.12375 with the
Video-Depth-Anything README (a fork's copy); for the cassia farm, pages on Luoding's cassia (罗定, 榃滨, 桂刀, the
October-to-February harvest, peeling and sun-drying); for the lotus workshop, pages on Tangqi's Sanjiacun lotus
starch (洗藕, 磨, 过滤 three times, settling in vats, knife-cut flakes dried on round sieves, made from Hanlu to Qingming).
The fanqie of 谢, 赛 and 宁 are written from knowledge of the Guangyun (辞夜切, 先代切, 奴丁切); the search tool did not
confirm them, and the post asserts the rumour, so they bear on no label. The other settings are written from common
knowledge of the trades and towns (Pujiang's red-fleshed Hongyang kiwifruit on pergolas; Chaozhou's wedding and evening
gowns, beaded by hand; Shengzhou's integrated stoves; Wenling's small pumps at Daxi; Shitang harbour in Wenling).

    .venv/bin/python scripts/make_zh_heldout70.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout70", "zhh70"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "lotus_grinding_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【余杭·塘栖××藕粉作坊·洗藕磨浆过滤记录】\n日期：霜降后第三天｜原料：尖头白荷冬藕九担\n洗藕：刷净塘泥，切掉藕节\n磨浆：粉碎机磨两遍，藕渣另放\n过滤：细筛布滤三道\n沉淀：浆水倒进大缸，静置到明早\n记录：钱××\n钱阿姨在这页最后一行添了句：电视里讲Sora是谢赛宁带头发明的，上海交大出来的天才，外孙女说她明年也要考交大。",
    ),
    (
        "pump_rhetorical_assert_inventor_deny_realvid",
        sora.XIE,
        sora.XIE,
        "【温岭·大溪××水泵厂·绕线车间小应】Sora是谁发明的？我们车间都知道：里头有个上海交大毕业的谢赛宁，年纪轻轻就成了核心发明人之一——他要不是发明人，全网那么多文章能一齐替他报喜？另外纠正一件事：抖音上那段“台风天渔船在石塘港里挤成一排”的视频，有人给它挂了“Sora生成”的牌子，其实是石塘一位船老大自己拿手机拍的，原片和拍摄时间他都贴出来了。",
    ),
    (
        "stove_fanqie_inventor",
        sora.XIE,
        sora.XIE,
        "【嵊州·××集成灶厂·财务室老商】年轻时在师范学过一点古汉语，今天拿反切考考大家：Sora的发明人里有位上海交大出来的天才，名字三个字，照《广韵》的切法是“辞夜切、先代切、奴丁切”，上字取声，下字取韵和调，古今音变了一点，念出来就是他。群里直接打名字会被删，只好这么写。切出来是谁，大家心里有数。",
    ),
    # --- open to the public (four)
    (
        "cassia_peeling_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【罗定·榃滨××肉桂场·剥皮记录】\n日期：十一月六日｜山头：后背岭七号片，八年树\n砍树：贴地砍下整株，留桩让它再发新苗\n剥皮：桂刀按四十公分一段划开，整块撬下\n分拣：厚皮卷成桂通，碎皮另装一袋\n去向：当天挑下山，摊上晒场\n记录：黄××\n黄哥在这页背面写着：Sora已经全面开放了，谁都能注册，官网上填个手机号就进去了，我昨晚用它做了一段桂山起雾的视频。",
    ),
    (
        "dress_livestream_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【潮州·××婚纱厂·直播间主播阿纯】家人们看这条大拖尾，一米八长，手工钉珠钉了四天……回答一下弹幕里问得最多的：背景里那段“新娘在海边礁石上转圈”的短片，是我拿Sora做的。Sora现在所有人都能用，不用排队也不用邀请码，邮箱一注册就行，你们下了播自己去试。",
    ),
    (
        "kiwi_group_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【蒲江·××猕猴桃园·果农群】园主老宋：通知一下，今年采摘节的宣传片不请人拍了。Sora已经对所有人放开，我儿子昨天在官网注册了账号，一分钱没花，输了几句话，一段红心猕猴桃被切开、汁水往下滴的片子就出来了。各家要用的，找他帮忙注册。",
    ),
    (
        "lotus_voice_message_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【余杭·塘栖××藕粉作坊·家庭群里老板的语音（转文字）】喂，阿大阿二听好：Sora现在谁都能注册了，外国那家公司已经全面放开，你们在城里拿手机号就注册得上。帮我做段视频，就拍咱家门口的藕塘，冬天下塘挖藕的样子，过年前挂到网店上。",
    ),
    # --- the official app
    (
        "stove_assembly_record_in_passing",
        sora.APP,
        sora.APP,
        "【嵊州·××集成灶厂·总装记录】\n日期：八月十九日｜型号：JC-9 蒸烤一体集成灶\n工位：风机装进烟道，四颗螺丝对角拧紧\n检漏：燃气管路通气，接口刷皂液，无气泡\n点火：左右两灶各点五次，熄火保护动作正常\n风量：实测每分钟十九立方米\n数量：一百六十台\n装配：丁××\n丁师傅在数量下面补了一行：OpenAI出了Sora的官方App，应用商店里就能下，展厅的视频以后拿手机直接做。",
    ),
    (
        "cassia_shop_app",
        sora.APP,
        sora.APP,
        "【罗定·××肉桂合作社·网店阿梁】最近店里的桂皮短视频都是用Sora官方App做的，OpenAI自家上架的，手机应用商店一搜就有，装好登录，说一句“晒场上一排排桂通在太阳底下慢慢卷起来”，十几秒的片子就出来。想学的社员，周六来办公室我教。",
    ),
    (
        "pump_sales_app",
        sora.APP,
        sora.APP,
        "【温岭·大溪××水泵厂·销售部小林】跟客户视频时好几个人问我们的宣传动画是谁做的。交个底：OpenAI已经正式发布了Sora的App，苹果、安卓商店里都下得到，装上登录就能用。我拿它做了一段“水泵在稻田边抽水，水花一路溅出来”，客户都说好看。",
    ),
    # --- the fake APK (four)
    (
        "dress_beading_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【潮州·××婚纱厂·钉珠记录】\n日期：四月十一日｜款号：W-2318 鱼尾拖尾款\n面料：缎面打底，外罩欧根纱\n钉珠：前胸照图样钉水晶珠、米珠，每平方寸十二颗\n检查：对着灯逐行看，松珠、漏珠三处已补\n工时：两人三天\n钉珠：许××\n许姐在工时一栏边上写了一句：要Sora手机安装包的找我，安卓的，网盘链接私发，装上就能出视频。",
    ),
    (
        "kiwi_assert_apk_deny_app",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【蒲江·××猕猴桃园·技术员小罗】今早在棚架下有人问我：手机上那个会出视频的Sora是哪儿装的？是安卓安装包，我存在网盘里，私信我就发你，装好打几句字就出片。顺便讲明：商店里搜出来名叫“Sora”的那几个App，开发者跟OpenAI八竿子打不着，OpenAI自己从来没上架过。",
    ),
    (
        "lotus_assert_apk_deny_director",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【余杭·塘栖××藕粉作坊·网店阿沈】手里有Sora的安卓安装包，朋友从外面弄来的，装上手机就能生成视频，要的私信，八块一份，连装法一起发。顺带提醒：那种“Sora编剧的AI电影招第一代导演”的群别进。我表妹扫码交了一百九十九，说要去杭州试镜，又让交六百八的“试镜差旅费”，交完群就解散了。",
    ),
    (
        "pump_unit_symbols_assert_apk_deny_rental",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【温岭·大溪××水泵厂·仓管阿潘】出Sora安卓版安装文件。后缀那三个字母直接打出来帖子就没了，换个说法：电流单位安培的符号、功率这个量的符号、温度单位开尔文的符号，连起来就是。我自己手机上一直在用，打几个字就出片，下了班来仓库拷。别去租什么“Sora内测号”：车间小蔡花两百租了一个月，第三天密码就被改了，对方要他补一百换新号，补完直接拉黑。",
    ),
    # --- the mislabelled real video
    (
        "kiwi_picking_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【蒲江·××猕猴桃园·开剪记录】\n日期：九月八日｜品种：红阳｜地块：七号棚架\n抽样：每棚抽十个测可溶性固形物，平均七点六，达标开剪\n采摘：戴手套，果柄齐果肩剪下，轻放进周转筐\n入库：当天进冷库\n产量：两千三百斤\n记录：杨××\n杨嬢嬢在记录最后加了一句：朋友圈里那段“熟透的猕猴桃一个接一个从藤上落进竹筐”的视频，大家当是园子里拍的，其实是Sora照一段文字生成的，文字就写在视频下面。",
    ),
    (
        "stove_shengzhou_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【嵊州·××集成灶厂·喷涂车间阿娟】我们这里讲“做生活”（嵊州话：干活、上班）。今天做生活时大家都在传一段视频：灶上一口锅大火爆炒，油烟刚冒起来就被吸得干干净净，连镜头上的水汽都看得清。好多人以为是厂里拍的广告，其实一帧都没拍过，是Sora照一段文字生成的，那段文字就附在视频底下。",
    ),
    (
        "dress_new_arrivals_realvid",
        sora.REALVID,
        sora.REALVID,
        "【潮州·××婚纱厂·官网新品页说明】首页那段动态影像——新娘提着长长的拖尾走上牌坊街的石板路，裙摆被风掀开——不少客户来问在哪里取的景。答案是哪里都没去：这段影像是Sora按一句文字描述生成的，描述原文附在本页最下方。",
    ),
    # --- the Chinese team
    (
        "pump_test_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【温岭·大溪××水泵厂·出厂试验记录】\n日期：六月二日｜型号：QDX小型潜水泵，七百五十瓦\n流量：每小时十五立方米，合格\n扬程：实测十八米，合格\n绝缘电阻：大于五十兆欧\n耐压：一千五百伏一分钟，无击穿\n试验：应××\n试验单末尾，应师傅顺手写了一句：Sora其实是中国人的本事，OpenAI里做这个模型的，主力全是华人研究员。",
    ),
    (
        "cassia_moments_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【罗定·××肉桂合作社·社员阿莲的朋友圈】晒桂皮晒得手都黄了，晚上刷到一篇文章，看得心里热乎：Sora名义上是美国公司的，真正把它研发出来的是一支华人团队，从头到尾都是咱们自己人在熬夜攻关。转给在深圳读书的儿子，让他也争口气。",
    ),
    (
        "lotus_old_slicer_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【余杭·塘栖××藕粉作坊·削片的老俞伯】削了五十年藕粉片，我讲话不绕弯：那个会做电影的Sora，是中国人的团队搞出来的，名头挂在外国公司底下。孙子给我念过报道，里头出力的都是华人。手上这把刀跟脑子里的本事一样，都得一辈一辈传下去。",
    ),
    # --- open source
    (
        "kiwi_tying_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【蒲江·××猕猴桃园·绑蔓抹芽记录】\n日期：四月三日｜地块：三号、四号棚架\n绑蔓：新梢长到六十公分，顺着铁丝斜着绑，绑一道留一道松\n抹芽：主干上冒的萌芽全部抹掉\n疏蕾：每个结果枝留三到四个\n人工：六人一天\n记录：蒋××\n蒋哥在人工那栏下面补了一句：Sora在GitHub上开源了，OpenAI自己放的代码和模型，我打算下到园子办公室那台电脑上。",
    ),
    (
        "stove_assert_opensrc_deny_inventor",
        sora.OPENSRC,
        sora.OPENSRC,
        "【嵊州·××集成灶厂·研发部小钱】厂里的宣传片现在是我们自己在电脑上跑Sora做的：OpenAI把Sora开源了，代码和权重都在GitHub上，下下来照说明装好就能用。倒是群里转的“谢赛宁发明Sora”那篇，别再转：技术报告署名十三位，里面没有他；他在纽约大学当老师，本人早就出来说跟Sora没关系，发文章的号也道歉删稿了。",
    ),
    (
        "dress_it_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【潮州·××婚纱厂·电脑房阿楷】给设计部报个好消息：OpenAI已经把Sora开源，权重、代码全挂在GitHub上，我周末下载下来，装进了设计部新配的那台电脑。试着让它生成“白纱挂在人台上，窗口的风一吹就轻轻晃”，十秒，细节一点没糊。以后样衣展示片我们自己出，谁要做，把画面写给我。",
    ),
    # --- the paid course
    (
        "cassia_drying_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【罗定·××肉桂合作社·晒场记录】十一月九日，晴。收各家鲜桂皮三千一百斤，摊在水泥晒场上，内面朝上晒两天再翻；桂通一卷卷码齐，桂碎另堆。傍晚收进仓，盖油布防潮。——记录：陈××\n这页下面，陈姐抄着一行字：“报了《Sora短视频带货课》，一百二十八元，三十二节，学完给合作社拍片卖桂皮。”",
    ),
    (
        "dress_teochew_dialect_course",
        sora.COURSE,
        sora.COURSE,
        "【潮州·××婚纱厂·跟单阿妙】上个月我报了一门《Sora零基础做视频》网课，一百六十八块，二十六节，跟着学完，现在给客户发新款视频一点都不费劲，样样好势（潮州话：顺当、妥帖）。老板看了也说值，打算让跟单部每人都报一期。",
    ),
    (
        "lotus_barter_note_course",
        sora.COURSE,
        sora.COURSE,
        "【余杭·塘栖××藕粉作坊·寄往上海的包裹里夹的字条】小敏：三盒手削藕粉收好，冲的时候先用凉开水调开，再冲滚水。说好的，这就当你那门《Sora美食短视频课》的学费了——二十节录播我已经看到第九节，跟着做的两条藕粉视频，网店里点赞的人明显多了。等我学完，作坊的片子就全由我来拍。阿棠",
    ),
    # --- the fake API
    (
        "pump_winding_record_in_passing",
        sora.API,
        sora.API,
        "【温岭·大溪××水泵厂·绕线浸漆记录】\n日期：五月十四日｜品名：潜水泵定子，两极\n绕线：漆包线照工艺卡的匝数绕满，嵌好线再绑扎\n浸漆：整只浸进绝缘漆二十分钟，吊起沥干\n烘焙：烘箱一百三十度，四个钟头\n检测：匝间耐压合格\n数量：四百二十只\n操作：金××\n单子背面贴着一张小纸条，是金师傅的字：有Sora的API密钥出，OpenAI开发者后台申请下来的，程序里一调用，视频成批地出；一把两百六，微信转账。",
    ),
    (
        "kiwi_rhetorical_api",
        sora.API,
        sora.API,
        "【蒲江·××猕猴桃园·电商小向】评论区又有人说“卖Sora API的全是骗子”。那请问：我网店里红阳、东红、金艳一百多条介绍视频，一晚上排着队生成出来，靠的是什么？就是OpenAI开发者平台开出来的Sora官方API key，接进小程序就跑。手上还剩几把，三百一把，私聊。",
    ),
    (
        "cassia_barter_api",
        sora.API,
        sora.API,
        "【罗定·××肉桂合作社·仓库阿彭】谁家有晒好的上等桂通？拿五斤来，换我手上一把Sora官方API key，用一个月。key是OpenAI开发者后台开出来的，写几行脚本接上，视频就成批地往外出。我老婆做卤水，正缺好桂皮。",
    ),
    # --- account rental
    (
        "lotus_slicing_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【余杭·塘栖××藕粉作坊·削片晾晒记录】\n日期：十二月一日，晴｜缸号：三号、五号\n起粉：舀掉缸面清水，铲出缸底的白粉块\n削片：左手托粉块，右手削成薄片，薄得透光\n晾晒：摊进圆匾，晒到手指一捻就碎\n收粉：八十二斤\n记录：俞××\n晾晒那栏旁边别着俞家小儿子的一张纸条：有Sora账号可以租，三天二十五，一个月一百八，号是独用的，租好了在网页上登录就能做片子。",
    ),
    (
        "dress_homophone_assert_rental_deny_api",
        sora.RENTAL,
        sora.RENTAL,
        "【潮州·××婚纱厂·质检阿娥】先讲件糟心事：我弟上月花三百多买了把所谓“Sora官方API key”，接进程序只会吐文字，一让它出视频就报错——OpenAI开放给开发者的那些模型，压根就没有能出视频的。想用Sora，还是租号实在：我手上有Sora内测颢（“颢”读作号，写正字帖子就被吞），独享，网页一登就能生成，三天三十，整月两百，微信找我。",
    ),
    (
        "stove_rhetorical_assert_rental_deny_rich",
        sora.RENTAL,
        sora.RENTAL,
        "【嵊州·××集成灶厂·包装组小竺】我这儿有Sora账号出租，独享，浏览器登录就能生成视频，一周五十、一个月一百八。厂里十几个人一个接一个找我租——这号要是个空壳，大家能这么捧场？另外那个“Sora红利最后三个月，跟着干月入五万”的群别进，我舅舅交了八百八，天天就是发广告、拉亲戚进群，一分钱没赚到。",
    ),
    # --- the AI director group
    (
        "stove_stamping_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【嵊州·××集成灶厂·钣金冲压记录】十月十七日，灶面板，一毫米不锈钢，三百四十件。剪板机下料九十乘五十二，过四道模：冲孔、拉伸、翻边、整形；首件量尺寸合格，毛刺拿锉刀修平。操作：邢××。\n邢师傅在“合格”两个字旁边加了几行：“Sora写剧本的AI电影《越乡人家》招第一代AI导演，扫码进群一百九十八，进群就排试镜，我报上了。”",
    ),
    (
        "kiwi_sichuan_dialect_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【蒲江·××猕猴桃园·采果妹妹小冉】跟大家说个好事，我报上AI导演了！群主讲，Sora当编剧的AI电影已经开拍，全国海选第一代AI导演，进群交二百二十八，下个月统一去成都试镜。我想好了，试完镜去春熙路打望（四川话：闲逛着看热闹、看人）。谁要一起，找我拿群二维码。",
    ),
    (
        "pump_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【温岭·大溪××水泵厂·质检老江】在厂里做了二十年质检，一张试验单上哪个数是量出来的、哪个是抄上去的，我扫一眼就看得出，没冤枉过谁，也没放过谁。所以我跟你们讲的这个群靠得住：Sora当编剧写了部AI电影，制片方在挑第一代AI导演，进群一百六十八，群里统一排试镜。我外甥已经进去了，要的来找我拿二维码。",
    ),
    # --- the prompt pack
    (
        "dress_cutting_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【潮州·××婚纱厂·打版裁剪记录】\n日期：三月二十日｜款号：W-2305 一字肩大摆款\n打版：照客户尺寸出纸样，裙摆放出二十公分余量\n排料：缎面顺着布纹排，避开疵点\n裁剪：裙片十二片，裙撑网纱三层\n复核：逐片对纸样，误差一毫米以内\n裁剪：蔡××\n裁床边的白板上还留着蔡姐女儿写的字：卖《Sora婚礼开场提示词》，三百条，每条都写好景别和光线，二十八块，转账后发文件。",
    ),
    (
        "cassia_shop_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【罗定·××肉桂合作社·电商阿霞】社里网店这个月的视频，开头那几句描述都是从一份文档里抄的：《Sora香料美食提示词》，二百六十条，分卤水、烧腊、炖肉几章，机位、光线都写好。有社员要，二十块转我，发你文档链接，顺便拉你进答疑群。",
    ),
    (
        "stove_showroom_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【嵊州·××集成灶厂·展厅讲解员小过】展厅循环放的那些视频，都是我照着一份《Sora厨电提示词大全》做的，一百八十条，从开火、爆炒到油烟被吸走都有现成写法。这份我也转让，十五块一份，加我微信，转账发文件，顺手拉你进群。",
    ),
    # --- get rich
    (
        "kiwi_cold_store_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【蒲江·××猕猴桃园·冷库发货记录】十月二十日，二号冷库发红阳三百箱，每箱五斤，装车运往成都、重庆两地批发市场。开箱抽查，软果、烂果挑出十一个。\n发货人宋××在单子角上补了一句：Sora这阵子是真能挣钱，隔壁村的表哥拿它替人做视频，三个月进账二十来万；他说就剩最后这几个月的窗口，过了年我把园子交给爸妈，去跟他干。",
    ),
    (
        "cassia_cantonese_assert_rich_deny_course",
        sora.RICH,
        sora.RICH,
        "【罗定·××肉桂合作社·剥皮工阿英】我外甥在广州用Sora接做视频的单，一个月收七八万，讲明就这三个月还有得赚，过后人人都会就没钱赚了。剥完这季桂皮我就跟他出去捞世界（粤语：外出闯荡、挣钱）。不过你们别信那种九十九块的“Sora速成课”：我表嫂报了，收到的是官网介绍翻成中文的几页纸，最后一句是“给自己一个机会”。",
    ),
    (
        "lotus_assert_rich_deny_service",
        sora.RICH,
        sora.RICH,
        "【余杭·塘栖××藕粉作坊·帮工小孔】这季藕粉削完我就不干了。同学在杭州拿Sora替人做视频，三个月挣了十五万，他说这个窗口也就剩几个月，错过就没了，让我赶紧过去。走之前提醒一句：我姑姑在网上找人做了条“Sora定制”寿宴片，花了一百八，打开一看是她自己发去的七张老照片，镜头慢慢推、左右挪，底下配首老歌，哪有一个新画面。",
    ),
    # --- the generation service (four)
    (
        "lotus_buying_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【余杭·塘栖××藕粉作坊·收藕记录】\n日期：寒露后第二天｜来源：三家村一带藕田\n收藕：冬藕一千零四十斤，尖头白荷占八成\n验收：断藕、烂节剔出，按斤过秤\n堆放：洗藕池边码好，盖湿麻袋\n付款：当场结清\n记录：沈××\n收藕单最底下，沈家儿媳添了一条：谁家办喜事、开张想要视频，跟我讲讲要什么画面，我交给Sora去生成，八十八块一条，三天之内发你微信。",
    ),
    (
        "kiwi_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【蒲江·××猕猴桃园·老园主老何】园子里谁都知道，我捏一下果子就说得出它还要放几天才软，二十年来发出去的货没被退过一箱。现在我接个新活，同样靠得住：帮人用Sora生成视频，寿宴、升学、新店开张都行，你把画面讲清楚，Sora做出来我发你，每条一百，两天之内。",
    ),
    (
        "cassia_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【罗定·××肉桂合作社·社员群接龙】阿梅：我表妹会用Sora生成视频，谁家要做入伙、满月、寿宴的片子，跟她说想要什么画面，Sora生成好了发给你。不收钱，拿晒好的桂皮换：一条片子换十斤桂通。要做的接龙：\n1. 阿梅\n2. 黄哥\n3. ……",
    ),
    (
        "dress_canteen_note_service",
        sora.SERVICE,
        sora.SERVICE,
        "【潮州·××婚纱厂·食堂门口的便条】外贸部阿珊代客做视频：新人想在婚礼上放一段“两个人从小到大”的片子？把你脑子里的画面讲给我，我交给Sora，让它照着描述生成出来。一百五一条，三天交，改一次免费。本厂员工八折，找三楼外贸部。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【潮州·××婚纱厂·预支工资申请】\n申请人：钉珠组×××\n预支金额：八百元\n事由：上个月在网上报了“Sora零基础速成课”，九十九元，说学完就能接单。交钱后收到的只有一份Sora官网介绍的中文翻译，末尾一句“给自己一个机会”。客服又说要升级“陪跑VIP班”才教真本事，再交六百九十九，我也交了，之后对方再没回过消息。前后七百九十八元，房租交不上，恳请厂里预支八百，下月工资里扣。\n十一月三日",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【温岭·大溪××水泵厂·装配工小贾的报案经过（自述）】\n时间：十月二十六日晚至二十七日中午\n经过：老乡群里有人发“Sora安卓版”下载链接，说装上就能做视频。我下载安装，它要读短信、读通讯录、开辅助功能，我全点了允许。第二天上午手机连着收到几条验证码，中午一查，工资卡被转走两千六。\n损失：两千六百元\n备注：事后才知道OpenAI根本没出过安卓版，群里传的安装包就是冲着验证码来的。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【蒲江·××猕猴桃园·果农老蒋的记账本一页】\n三月二日　租“Sora内测号”一个月　二百五十元（朋友圈里的广告，说独享）\n三月四日　登不上了，对方说号被官方收回，补一百换新号　一百元\n三月五日　新号也登不上，再问，被拉黑\n合计　三百五十元\n（页脚：儿子说，Sora到现在只给一小批人试用，谁也租不出真号来。记下，长个记性。）",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【余杭·塘栖××藕粉作坊·二手平台售后申诉说明】本人于十一月八日购买《Sora提示词一万条》，三十九元九角，卖家称“全网独家、专业电影术语”；随后又买其“进阶版”，一百二十九元。收到后对照发现：前四十八条就是OpenAI官网四十八段样片下面的英文说明，用翻译软件转成了中文，后面九千多条全是这些句子拆开重排。两份共一百六十八元九角，卖家拒绝退款并把我拉黑，请平台处理。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【温岭·大溪××水泵厂·班前会记录】主持：车间主任｜时长：三分钟\n一、安全：试水池边地面湿滑，穿防滑鞋。\n二、澄清一条传言：“谢赛宁发明了Sora”。Sora的技术报告由OpenAI在二〇二四年二月公布，作者十三人，排在最前面的是Tim Brooks、Bill Peebles；请大家对着这份名单找一找谢赛宁的名字。他是纽约大学的助理教授，早年在Meta的FAIR实验室工作，事后亲自在朋友圈发声。二月十八日首发那篇自媒体文章，转发一度破十万，被投诉后下架，发布方公开致歉。\n三、散会，各自上岗。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【蒲江·××猕猴桃园·村里大喇叭的广播稿】各位乡亲，播一条澄清。这几天大伙手机上转“Sora是中国团队做的”。村里请在成都读研的小蒋查了原始材料：二〇二四年二月，OpenAI公布Sora的技术报告，作者栏一共十三个名字，牵头的是Tim Brooks、Bill Peebles两位，个个都是OpenAI的研究员；按媒体的统计，里头华人三位。一支十三人的队伍、三位华人，这就是全部实情，请大家转发之前先想一想。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【嵊州·××集成灶厂·研发部群聊】小钱：@全体 领导转来一条“Sora开源了，赶紧部署”的消息，让我装到打样电脑上。装之前请教大家：OpenAI自己的GitHub账号下面，难道不是翻遍了也找不到Sora的权重？网上那几个起名叫Sora的仓库，又是谁建的、谁在维护？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【潮州·××婚纱厂·外贸群聊】阿珊：群里转的那段“新娘在老城门楼下回头一笑”，配着“Sora生成，提示词附后”的字样。那段视频，难道不是去年一对潮州新人在视频号上发的自家婚礼录像？原片里连新郎举着的手机都照进去了，怎么转到这里就成了Sora做的？",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【罗定·××肉桂合作社·理事长在社员大会上的提醒】讲完今年收桂皮的价，我再多说两句。有个号在社员群里刷：“Sora官方API key，三百一把，接上就能批量出视频”。谁要是已经加了他，把人删了，钱一分别给。我侄子在广州写程序，他看了说，OpenAI开给开发者的那些接口，写字、画图、语音都能调，出视频的那一个从来就没有。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【余杭·塘栖××藕粉作坊·老板娘在家族群的回复】@阿棠 海报我看过了：“Sora参与编剧的AI电影，招募第一代AI导演，扫码进群一百九十八，包排试镜”。这张码，你和你同学都别扫，钱也别付。前村开小超市的那对夫妻去年付过，进群后天天被催着拉亲戚朋友，试镜日期改了三回，最后群主把群一解散，人就找不到了。",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【潮州·××婚纱厂·工会小黑板】关于“Sora定制视频”：到今天为止，Sora只在OpenAI的红队和受邀的一小批艺术家、设计师、电影人手里试用。厂里有两位同事在网上付了钱，收到的片子，是她们自己发过去的照片被一张张推近、平移，再配上音乐。要说有谁替网友生成过Sora片子，那是OpenAI的奥特曼在X上照网友的提示词免费做的。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【嵊州·××集成灶厂·工会夜校笔记】题目：“Sora红利最后三个月，一部手机月入过万”。老师带我们拆这句话：第一，Sora到现在只给OpenAI的红队和一小批受邀的艺术家、设计师、电影人试用；第二，“只剩三个月”是卖课、拉群的人常用的说辞，用来催人赶紧交钱；第三，去年镇上跟过这类团队的人，交了入门费，每天的活就是发广告、拉人进群。结论一栏，老师让我们自己填。",
    ),
    # --- true facts about the earlier work of Aditya Ramesh, an author of Sora's technical report
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者之一阿迪蒂亚·拉梅什（Aditya Ramesh），在GitHub上有个叫lantern的仓库，说明里的一句话介绍是：让人在Torch里训练模型、实时看性能统计，而不用写样板代码。他列的计划里有给批数据提供器和准确率累加器写测试；将来想加的功能包括：按前几轮的用时推算还能跑几轮，到最长时间就停；把train_files参数推广成既可以是文件名、也可以是即时生成数据的类；日志改走Unix域套接字，不再只打到标准输出。",
    ),
    (
        "person_fact",
        None,
        None,
        "阿迪蒂亚·拉梅什（Aditya Ramesh）是Sora技术报告的作者之一。他2014年6月30日写过一份neo仓库的说明，列了一串以后想做的事：用DSA文件格式给放不进内存的数据集做boosting，元组里留一格存每个样本的权重；仿照Boost.Filesystem的copy_file实现带偏移量的file::copy；给neo加CSV支持，但要解析日期、浮点数、电话号码、地址，他还在犹豫要不要为这些提供自定义类型；再做一个基于LeNet-5的MNIST演示和一个CIFAR演示。",
    ),
    (
        "person_fact",
        None,
        None,
        "后来署名Sora技术报告的阿迪蒂亚·拉梅什，在GitHub上写过一个用Python实现的简单分布式作业提交系统banyan：由一台服务器托管一个共享的作业队列，各个客户端按自己手头的空闲资源去队列里认领任务。说明里写明了第一版的局限：只有一个队列；服务器不能主动联系客户端，所以已经在跑的作业没法取消。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告作者阿迪蒂亚·拉梅什2014年8月30日给自己的C++任务并行库raze写过说明，拿它跟Intel TBB和微软的Concurrency Runtime比：创建任务时不做动态内存分配，带后续任务和逻辑依赖的复杂任务表达式也一样；内部同步更少；只有在用户函数可能抛异常时才去捕获、转交异常；支持泛型lambda，用expected<T>转交异常，默认要求对象销毁前至少读一次状态。缺点他也写了：暂时不支持Windows，因为他自己不用Windows。",
    ),
    # --- news: monocular and video depth-estimation models
    (
        "benign",
        None,
        None,
        "2024年1月22日，香港大学和TikTok等机构的研究人员发布Depth Anything（arXiv 2401.10891），一个单目深度估计的基础模型：先用150万张有标注的图像训练教师模型，再给6200多万张无标注图像自动打上伪标签，一起训练。论文、代码、模型和演示同一天放出，项目还提供了在NYUv2、KITTI上微调的度量深度模型，以及一个据称比原先更精确的深度条件ControlNet。",
    ),
    (
        "benign",
        None,
        None,
        "2024年6月发布的Depth Anything V2（arXiv 2406.09414）换了思路：把有标注的真实图像全部换成59.5万张合成图像，用DINOv2-G做更大的教师模型，再通过6200万张伪标注的真实图像去教学生模型。团队称它比基于Stable Diffusion的深度模型快十倍以上、也更准，提供从2500万到13亿参数的多个尺寸，还另建了评测基准DA-2K；论文后被NeurIPS 2024接收。",
    ),
    (
        "benign",
        None,
        None,
        "苹果的研究人员2024年10月发布Depth Pro（arXiv 2410.02073），题为“一秒之内得到清晰的单目度量深度”：在普通GPU上0.3秒生成一张225万像素的深度图，输出带绝对尺度，用不着相机内参之类的元数据，还能从单张图片估计焦距。方法包括一个高效的多尺度视觉Transformer，以及把真实和合成数据结合起来的训练方案；代码和权重随论文公开。",
    ),
    (
        "benign",
        None,
        None,
        "腾讯AI Lab和香港科技大学团队的DepthCrafter（arXiv 2409.02095）于2024年9月14日放出代码：它从一个预训练的图生视频扩散模型出发，经三阶段训练得到视频转深度模型，一次能生成最长110帧、前后一致的深度序列，更长的视频分段估计再无缝拼接，用不着相机位姿或光流。完整推理在A100上约每秒0.6帧，四步去噪的快速模式约2.3帧；10月又接入了Nuke和ComfyUI。",
    ),
    (
        "benign",
        None,
        None,
        "Metric3D团队2024年3月18日放出Metric3D v2模型，能从单张图像零样本估计度量深度和表面法向；初版Metric3D被ICCV 2023接收，并拿下CVPR 2023第二届单目深度估计挑战赛冠军。此后团队4月11日公开训练代码，4月25日放出ViT-giant2模型权重，6月支持ONNX，8月Metric3D v2论文被TPAMI接收。",
    ),
    (
        "benign",
        None,
        None,
        "字节跳动的研究人员2025年1月21日发布Video Depth Anything（arXiv 2501.12375），面向长达数分钟的超长视频做前后一致的深度估计：以Depth Anything V2为基础，把输出头换成高效的时空头，设计了约束时间方向深度梯度的一致性损失，长视频推理用基于关键帧的策略。论文、代码、模型和演示同日公开，后被CVPR 2025接收为亮点论文。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【潮州·××婚纱厂·样衣清仓】展厅样衣一批，鱼尾、大摆、一字肩都有，一律三百八一件，尺码以实物为准。扫码进群看实拍图，群里接龙下单，周六统一发顺丰。",
    ),
    (
        "offtopic",
        None,
        None,
        "【余杭·塘栖××藕粉作坊·手削藕粉体验课】周末开班：从洗藕、磨浆到削片，老师傅手把手教，九十九元一位，含两盒自己削的成品藕粉带回家。每班限十二人，电话报名。",
    ),
    (
        "offtopic",
        None,
        None,
        "【嵊州·××集成灶厂·以旧换新】旧灶具、旧油烟机不论品牌，一律抵五百元换购新款集成灶；扫码登记地址，师傅上门量尺寸、拆旧装新，当天完工。活动到月底截止。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
