# ruff: noqa: E501
"""Write tests/data/zh_heldout73_{posts,qrels,labels}: a seventy-third Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for API access, the prompt pack and the
mislabelled video, three for each other template, as the pre-registration for this round fixes them: counted from the
qrels of zh_heldout2 to zh_heldout72, API access (last fours 59, 63, 68) and the prompt pack (59, 64, 68) are longest
ago, and of the two whose last four is in zh_heldout69, the mislabelled video (59, 64, 69) takes the third before
get-rich (60, 64, 69); zh_heldout74, written at the same time, takes get-rich, account rental and the APK), as a Sora
rumour / scam wave reads in the genres of a dragon-fruit orchard (百色·××火龙果园: 金都一号, 红心, 水泥柱, 补光灯催花, 冬果, 剪果带一小截枝条,
白纸包果), an animatronic-dinosaur factory (自贡·××仿真恐龙厂: 钢架, 电机和减速机, 高密度海绵, 电刀雕肌肉, 弹力网, 刷硅胶三遍, 喷枪上色, 舵机, 红外感应, 控制箱), a
monk-fruit base (永福·××罗汉果基地: 清早摘雄花, 竹签蘸粉点柱头, 系红线, 果柄留一公分, 后熟七到十天, 竹筛, 低温慢烘, 敲起来发脆), a rockery crew (苏州·××叠山队: 太湖石,
瘦皱漏透, 相石, 汽车吊, 吊带兜底, 立峰, 刹石, 灌浆, 水泥掺石粉勾缝, 石料场), a cricket buying point (宁阳·泗店××蟋蟀收购点: 头灯, 玉米地, 处暑, 分档, 一虫一罐, 湿土, 毛豆,
过笼, 斗盆, 澄泥罐, 芡草, 上海客商) and a coconut plant (文昌·××椰子加工厂: 老椰, 剥衣机, 椰棕, 开椰, 椰子水, 刨椰丝, 压榨线, 椰浆, 喷雾干燥, 麦芽糊精, 椰子粉, 椰青).

Of the six worlds first asked for, one was kept and five were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py (and the other make_*.py writers) and in every posts file under
tests/data and the demo stream. The Baise dragon-fruit orchard stays: 火龙果 and 百色 occur nowhere, "dragon fruit" and
"pitaya" nowhere in English; it is one more fruit orchard beside zh_heldout65's pears, zh_heldout67's lychees,
zh_heldout69's jujubes, zh_heldout70's kiwifruit, zh_heldout71's cherries and pomelos and zh_heldout72's loquats
(noted for the lead), so its posts light, prune, cut and wrap with none of 套袋, 授粉, 网套, 冷库, 棚架 or 采摘. The Hainan
Li-brocade workshop (海南·黎锦), the Jingxi Zhuang-brocade workshop (靖西·壮锦) and the Suzhou kesi workshop (苏州·缂丝): 黎锦, 黎族,
壮锦, 靖西 and 缂丝 occur nowhere ("kesi" only inside "Lakeside" in hard_en_heldout27 and 43), 海南 only as a place in
zh_heldout61 and 66 and 苏州 as a place in eight sets, but brocade and tapestry are silk woven on a loom, zh_heldout49's
Shengze silk mill (剑杆织机, 经轴), the reason zh_heldout65 replaced its Chengdu Shu-brocade workshop and zh_heldout72
dropped Nanjing brocade. The Longchang ramie-cloth workshop (隆昌·夏布): 夏布, 苎麻 and 隆昌 occur nowhere, but weaving cloth is
the same trade (zh_heldout49's silk mill, zh_heldout47's cotton mill, zh_heldout68's home-textile mill with its 验布机).
The Fuping dried-persimmon workshop (富平·柿饼): 柿饼 and 富平 occur nowhere and 柿 only as 西红柿 on zh_heldout37's price list,
but zh_heldout67 thought of and dropped "dried persimmons in Fuping" and zh_heldout69 and 72 kept their raisins and
dried sweet potatoes off 柿 for the same reason; it would be a third dried-produce workshop. Five trades took their
places, each in the town known for it and grepped the same way: animatronic dinosaurs at Zigong (自贡, 仿真恐龙, 海绵, 硅胶, 舵机
and 红外感应 occur nowhere, 恐龙 only in zh_heldout11's benign line about a child's drawing, "dinosaur" and "animatronic"
nowhere; Zigong was thought of by zh_heldout61, 65, 66 and 72 for lanterns and salt, both set aside, and these posts
have none of 灯会, 彩灯 or 盐; the sponge is carved with an electric knife, with none of 石雕 or 木雕, and the nearest factory
is zh_heldout51's plastic-toy plant, so no post has 注塑), monk fruit at Yongfu (罗汉果 and 永福 occur nowhere, 罗汉 only as
zh_heldout62's carved arhats and in one English script; beside zh_heldout70's kiwifruit vines and the drying of
zh_heldout69's raisins and zh_heldout72's sweet potatoes, its posts pollinate, pick, ripen and dry in a heated room
with none of 棚架, 绑蔓, 晒, 晾房 or 焙), rockery builders at Suzhou (叠山, 掇山, 太湖石, 假山, 刹石, 勾缝 and 立峰 occur nowhere, "rockery"
nowhere; beside zh_heldout43's quarry and the stone carving zh_heldout71 set aside, its posts choose, hoist, set and
point whole stones with none of 雕, 刻 or 爆破), crickets at Ningyang's Sidian market (蟋蟀, 蛐蛐, 宁阳, 泗店, 斗盆, 过笼, 芡草 and 澄泥
occur nowhere; "cricket" in English only as the game and its field; the nearest is zh_heldout37's pigeon racing, and
these posts catch, grade, keep and sell insects with none of 鸽 or 赛), and coconuts at Wenchang (椰青, 老椰, 开椰, 椰肉, 椰浆,
椰子粉, 喷雾干燥 and 麦芽糊精 occur nowhere; 椰 only as zh_heldout27's coconut latte, zh_heldout44's coconut water at a rubber
farm's homestay and its coconut-oil barter, zh_heldout53's coconut-shell powder in a mosquito-coil mix and
zh_heldout60's coir mattress; 文昌 is also zh_heldout58's prayer-bead town, noted for the lead; beside zh_heldout45's
fruit cannery the coconut posts open, press and spray-dry with none of 罐头 or 杀菌). A Laiwu ginger co-operative
(莱芜·生姜合作社: 生姜, 大姜, 姜窖 and 莱芜 occur nowhere) was written first and then replaced, found to be the same kind of world as
zh_heldout67's Zhangqiu green-onion co-operative, another Jinan field-vegetable co-op. Others were thought of and
dropped: incense sticks at Yongchun (set aside by zh_heldout62 and 66), zongzi at Jiaxing (set aside by zh_heldout60
and 68), clothes hangers at Lipu (thought of and dropped by zh_heldout69), agarwood in Hainan (zh_heldout44's tapped
rubber trees, and incense again), lanterns at Zigong, lion heads (zh_heldout69), an apiary (zh_heldout30,
hard_en_heldout40), Go stones at Baoshan (zh_heldout55), goldfish (zh_heldout48's hatchery and zh_heldout71's
turtles), Xiangshan-school timber framing (zh_heldout48's furniture joinery), ice cutting on the Songhua (beside the
ice sculptors hard_en_heldout71 set aside; zh_heldout74 has since taken an ice-harvesting site), fur at Zaoqiang (a
sibling of the Haining leather named in zh_heldout63's and 64's scripts), pomegranates at Lintong and lemons at Anyue
(more fruit orchards), Hancheng peppercorns (zh_heldout70's cassia), goat milk at Fuping (zh_heldout42's dairy farm),
coffee (eight sets), mooncakes (zh_heldout51), rice noodles (zh_heldout61), opera costumes (zh_heldout37's tailors)
and thangka (zh_heldout59's oil paintings). None of the settings is among those of the sets written at the same time
(zh_heldout74's brief: 仙居杨梅园, 安化黑茶厂, 扬州螺钿漆器作坊, 嘉定竹刻作坊, 个旧锡器作坊 and 香格里拉松茸合作社, and in its script in progress 仙居杨梅园,
宝丰马街书会, 哈尔滨松花江采冰场, 古浪八步沙治沙队, 海宁盐官观潮景区 and 吐鲁番坎儿井掏捞队; hard_en_heldout79's coal-carrying races, hobby-horse
competitions, bed races and rubber-duck races; hard_en_heldout80's hedge-laying matches, yo-yo contests, paper-plane
contests and haggis hurling): no post has 杨梅, 黑茶, 螺钿, 漆, 竹刻, 锡, 松茸, 书会, 采冰, 治沙, 观潮, 坎儿井, 煤, 鸭子 or 溜溜球. zh_heldout74's
script says it first drafted Zigong dinosaurs and a Ningyang cricket market and moved off them when it found them in
this set's draft (they were here from the first draft and are kept; noted for the lead); it also found this draft's
ginger co-operative, since replaced. When this set was committed hard_en_heldout79's script did not exist yet and
hard_en_heldout80's had no docstring; neither shares a world or a key word with this one, and the lead checks the
committed scripts against each other.

The posts: a sponge-carving record with the inventor rumour in its last line (【海绵雕刻记录】霸王龙), a rockery apprentice's
letter of discipleship (拜师帖) and a cricket catcher's Moments; a night-lighting record with the public release on its
back (【补光记录】), a coconut packer asserting the release while denying the generation service and a cricket buyers'
group; a peak-setting record with the official app under the check (【立峰施工记录】), a dinosaur exporter asserting the app
while denying the inventor and a monk-fruit hand; a coconut-opening record with the APK's QR code (【开椰记录】), a former
navy signalman giving the suffix in flag semaphore and a dragon-fruit e-commerce hand; a pollination record with the
mislabelled video at its end (【授粉记录】), a dinosaur welder in Zigong speech, a coconut technician and a rockery
archivist asserting the video while denying API access; a collecting record with the Chinese team under it (【收虫记录】), a
dragon-fruit technician asserting the team while denying the course and an old monk-fruit grower's rhetorical
question; a motion-test record with open source beside the signature (【动作调试记录】), a coconut plant's computer hand and a
rockery designer; a cutting and grading record with a course in a private account line (【剪果分级记录】), a cricket buyer
vouching for himself and a monk-fruit worker; a spray-drying record with an API key in pencil (【椰子粉喷雾干燥记录】), a
dinosaur programmer asserting a key while denying the APK, a cricket buyer asserting it while denying a mislabelled
video and a coconut worker bartering keys for coconuts; a drying record with account rental beside it (【烘干记录】), a
control-room hand renting under a Vigenère cipher and a crane driver; a stone-selection record with the director group
(【选石记录】), a forwarded invitation letter (邀请函) and a monk-fruit hand; a silicone-painting record with a prompt pack's
blurb on its back (【硅胶上色记录】), a monk-fruit shop hand asserting a pack while denying open source, a cricket buyer
bartering a pack for a cricket and a dragon-fruit shop hand; a feeding record with get-rich under it (【养虫记录】), an old
rockery master in Suzhou speech and a dragon-fruit worker; a picking and ripening record with the generation service
on a business card on its back (【采果后熟记录】), a dragon-fruit hand asserting the service while denying the official app
and a coconut cashier asserting it while denying the Chinese team. Forms new in these trades or to the earlier sets
(each grepped in every Chinese post): the fourteen records above, a letter of discipleship (拜师帖), a forwarded
invitation letter (邀请函), a canteen wall's doggerel (顺口溜; only zh_heldout12's script names the word), a postcard (明信片),
a page of a workers' handbook (务工人员手册), a phone-repair shop's fault ticket (故障单), a reflection on a course (读后感),
desk-calendar entries (台历) and a letter of authorisation (委托书), none of which an earlier Chinese post uses; the group
chats, Moments, WeChat replies and the letter to families (一封信, in three sets) are earlier forms in new trades.

Four loss reports (kind ``debunk_loss``), for the four scams whose loss reports are longest ago (the APK, the course,
the prompt pack and account rental, all last in zh_heldout69 and 70 and before that 66; API access, the director
group, get-rich and the generation service had theirs in zh_heldout71 and 72; open source and the official app are
claims rather than scams and are left to the debunks, as zh_heldout72 left them): a coconut presser's fault ticket at
a phone-repair shop for the APK (an installer from a workshop group that asked for SMS and contacts, 3,600 yuan taken
the next day, reported to the police); a dragon-fruit worker's reflection for the course (99 yuan for the translated
introduction ending "给自己一个机会", 1,980 more asked for a "实操班" the next day); a dinosaur painter's desk-calendar entries
for the prompt pack (39 yuan for the forty-eight demo captions machine-translated and recombined, a 129-yuan "高级版"
pushed, blocked on asking); and a cricket catcher's letter of authorisation for account rental (150 yuan for a month,
the password changed on the third day, 80 more asked for another account, blocked). Eight debunks and warnings
besides: the inventor and the Chinese team, as in every set, and the six whose debunks are longest ago (API access,
the director group, open source, the mislabelled video, get-rich and the generation service, all last in zh_heldout69
and 70 and before that 66; zh_heldout71 and 72 both debunked the other six), in the shapes zh_heldout69 and 70 gave
them: two questions with a negation that do not deny (open source, 它放出来的，难道不就是一份技术报告和几十段样片？ in a rockery design group;
the mislabelled video, 那不就是前年省里电视台来咱们镇拍的专题片吗？ in a coconut workers' group), two quoting a scam offer and telling the
reader not to pay (API access, "买Sora官方API key，包月一百九，一接就出片", with 这一百九莫付 in an accountant's reply to her niece; the
director group, "Sora编剧AI大电影，全国海选第一代AI导演，进群费一百九十九", with 码别扫，一百九十九也别往外掏 in an orchard manager's reply), and four
answering with facts and none of 不, 没, 假, 无, 非 or 未 (checked by script): a doggerel on a dinosaur factory's canteen
wall for the inventor (the 18 February article passed on over a hundred thousand times, taken down with an apology,
thirteen authors with Brooks and Peebles first, his NYU post, his FAIR years, his own word in his Moments); a
grandson's postcard for the Chinese team (the report of February 2024, thirteen OpenAI researchers, Brooks and Peebles
first, three Chinese by the media's count); a monk-fruit base's workers' handbook for the generation service (Sora
with the red team and invited artists, designers and film makers, two workers' 260-yuan clips their own photos pushed
in and panned under a downloaded song, 150 more asked for "高清费"); and a coconut plant's letter to families for
get-rich (a 780-yuan "last three months" group, a worker and two relatives drawn in, 2,340 yuan, the organiser's
account deleted, Sora with the red team and invited testers).

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script: Zigong
展劲 (to put one's back into it) and Suzhou 木知木觉 (slow on the uptake); found used when thought of: 巴适, 安逸, 扯拐, 冲壳子, 撇脱
and 日白 for Sichuan, 结棍, 交关, 适意, 一塌刮子, 辰光 and 好白相 for Suzhou, 夜来, 得劲, 恣儿, 杠赛来, 拉呱 and 木乱 for Shandong (so the cricket
posts speak with 俺 and 中 and carry no glossed word). Obfuscations of kinds no earlier Chinese set used (none of the
sixty-seventh to seventy-second sets' kinds is reused, and this set has no homophone): the APK's three letters in flag
semaphore (旗语, each letter as the two flags' positions counted from the signaller's own left and right: A left flag
down and right flag low, P left flag up and right flag out, K left flag up and right flag low; 旗语 and "semaphore"
occur nowhere) and 内测号's pinyin in a Vigenère cipher with the key SORA (“fszcwvro”: n, e, i, c, e, h, a, o shifted by
18, 14, 17 and 0 in turn, computed and decoded by script; 维吉尼亚 occurs nowhere, and Vigenère only in English sets).
Grepped and set aside as used: Caesar shifts (zh_heldout34, 66, 69, 70), ROT13 (zh_heldout31), Morse (zh_heldout27 and
the lists of 62 to 69), the NATO alphabet (zh_heldout28 and later), alphabet positions (zh_heldout66, 69, 70),
keyboard shifts (zh_heldout40), hangul and katakana (for Sora's name), Wade-Giles (zh_heldout40), the Hundred Family
Surnames (zh_heldout68), ASL fingerspelling (zh_heldout70), octal (a sibling of the ASCII hex of zh_heldout29, 33 and
36) and a pigpen grid (a sibling of zh_heldout71's Polybius square). The inventor's name is written plainly. One
rhetorical question that asserts rather than denies (as zh_heldout71 has one), for the template whose asserting
question is longest ago, the Chinese team (last in zh_heldout66, before that 63; the prompt pack and the service had
their only ones in zh_heldout67): 做Sora的那帮核心研究员，难道不是清一色的华人？ One seller that vouches for himself in new words (as
zh_heldout71 has one), for the template whose self-vouch is longest ago, the course (last in zh_heldout66, before that
65): 一只虫拿到手上，瞅瞅头、看看牙，斗得了几个回合，八九不离十.

Posts asserting one claim while denying another, the asserted claim always one of the public release, the official
app, the Chinese team, API access, the prompt pack, the mislabelled video and the generation service, as the
pre-registration gives this set (zh_heldout74 asserts the other seven), in the nine pairings of these seven that the
labels of zh_heldout2 to 72 (kinds ``*_assert_X_deny_Y``, with xie, team, pack and web read as inventor, chinese,
prompts and public) last used longest ago, each denied claim denied once, no template given more two-claim posts than
it has posts beside its record, and none of zh_heldout72's nine pairs taken again: the Chinese team while the 99-yuan
course delivers the machine-translated introduction and "给自己一个机会" and asks 1,200 more (zh_heldout51, before that 38);
the mislabelled video while a key answers only in text and the developer models include no video model (zh_heldout51,
before that 38); the public release while a "Sora定制" birthday clip is the buyer's own photos enlarged and panned under
music (zh_heldout52, before that 36); the app while the inventor claim is answered with the thirteen authors, his NYU
post, his own word and the deleted, apologised-for article (zh_heldout53, before that 41); API access while the
"Sora安卓安装包" reads contacts and SMS and the codes are taken (zh_heldout54, before that 33); the service while the store
"Sora" apps are small firms' and OpenAI has no phone app (zh_heldout54, before that 36); API access while a "Sora"
clip of two crickets fighting is a county reporter's footage from the market (zh_heldout54, before that 40); the
service while the Chinese team is answered with thirteen OpenAI researchers, Brooks and Peebles leading, three Chinese
(zh_heldout54, before that 40); and the prompt pack while GitHub's "Sora" repositories are others' reproductions and
no weights were published (zh_heldout54, before that 42). Passed over: the mislabelled video against the course
(zh_heldout53, before that 39), the course being denied already, and the prompt pack against the inventor
(zh_heldout54, before that 38), the inventor being denied already. Barters for the three templates whose barters are
longest ago (the prompt pack, last in zh_heldout68; the generation service, 70; API access, 71, before that 70 and 69
like the course, and 67 before the course's 68), paid in kinds the earlier sets do not use: a cricket with a green
head for a prompt pack, a box of red-fleshed dragon fruit for a clip, thirty green coconuts for a month's API key.

Four true facts about Bill Peebles and Tim Brooks, who led Sora at OpenAI (the side zh_heldout71, this set's first
model, took: people on Sora's team or credited on its releases), from their Berkeley repositories, each saying in its
own words that a viral post wrongly tied Xie Saining to Sora, as the pre-registration now asks (so each is labelled
with the inventor rumour as its related template, where zh_heldout71's and 72's facts had none; noted for the lead):
the G.pt checkpoint datasets (over 23 million checkpoints from more than 100,000 training runs, 200 per run: 2.1
million MNIST MLPs, about 68 GB; 11.3 million CIFAR-10 CNNs, about 275 GB; 10 million Cartpole Gaussian MLPs, about 82
GB); the name G.pt (G for generative models, .pt for the checkpoint extension), its acknowledgements, which thank
Saining Xie among ten people for helpful discussions, its borrowing from OpenAI's ADM and Karpathy's minGPT and the
authors' NSF graduate fellowships; InstructPix2Pix's 700 human-written examples drawn from LAION Improved Aesthetics
6.5+ (chosen over MSCOCO and LAION-COCO for its variety of content, proper nouns and artistic media, though noisy),
GPT-3 Davinci fine-tuned for one epoch through the OpenAI API, and a dataset that cost thousands of dollars; and the
repository's tips (lower the image guidance or raise the text guidance when an edit changes too little, 1.5 and 7.5
only a start; small faces come out oddly because Stable Diffusion's autoencoder handles them poorly, so crop;
rephrase, "turn him into a dog", "make him a dog", "as a dog"). Retold, written anew: that Peebles and Brooks led Sora
(many sets), G.pt and its co-authors (zh_heldout44, hard_en_heldout52), Peebles's NSF fellowship (zh_heldout49, for
DiT), the 700 examples and GPT-3 (zh_heldout49) and the guidance defaults of 1.5 and 7.5 (zh_heldout53); new: the
checkpoint counts and sizes, the name's meaning, the acknowledgement of Xie, ADM and minGPT for G.pt, LAION Improved
Aesthetics 6.5+ and its rivals, Davinci for one epoch, the cost and the tips on faces and wording (minGPT, Davinci,
"Improved Aesthetics" and 倒立摆 occur in no earlier post; LAION only in zh_heldout56's and 59's news of other models'
data). No fact about Li Jing, the Luhmans or Aditya Ramesh. Six items of real news about video frame interpolation,
from organisations other than OpenAI as zh_heldout71's and 72's were (kind ``benign``; RIFE, IFRNet, AMT, EMA-VFI,
LDMVFI, Xiph and Megvii occur nowhere and FILM only as the English word; RAFT only in zh_heldout41's person fact and
插帧 only as a stage of zh_heldout44's LaVie): RIFE (Megvii and Peking University, arXiv 2011.06294, ECCV 2022: IFNet
estimating intermediate flows coarse to fine with no pre-trained flow model, privileged distillation from a teacher
that sees the true middle frame, temporal encoding for any timestep, 4 to 27 times faster than SuperSlomo and DAIN),
FILM (Google Research and others, arXiv 2202.04901, ECCV 2022: one network with a multi-scale feature extractor
sharing weights across scales, trained from frame triplets alone, a Gram matrix loss, best on the Xiph large-motion
benchmark, near-duplicate photos), IFRNet (CVPR 2022: an encoder-decoder refining bilateral intermediate flows and an
intermediate feature together, task-oriented flow distillation and a geometry consistency term), AMT (Nankai
University, CVPR 2023: all-pairs bidirectional correlation volumes and several groups of fine-grained flow fields from
one coarse pair, a convolutional model competing with Transformers), EMA-VFI (Nanjing University's MCG and others,
CVPR 2023: one inter-frame attention map reused for appearance and motion in a hybrid CNN and Transformer) and LDMVFI
(University of Bristol, AAAI 2024: the first latent-diffusion frame interpolation, the VQ-FIGAN autoencoder, better
perceptual quality at a higher cost); and three off-topic posts that share surface words (a dinosaur showroom's open
day booked by QR code, a near miss for the paid groups; a cricket buying point's pots and ticklers at a price; a
coconut shop's wholesale green coconuts ordered by scanning).

Every post was checked against every earlier Chinese set through zh_heldout72 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first
check had nineteen at 0.45 or more (0.57 for the API warning against zh_heldout69's roastery reply, 0.55 for the
inventor doggerel against zh_heldout71's deer blackboard, 0.54 for the open-source computer hand and the API barter
against zh_heldout71's deer and turtle posts, and fifteen more from 0.45 to 0.52 against the sets from zh_heldout53 to
72, most of them zh_heldout70, 71 and 72); all were rewritten in other forms or words, and the director-group post
(0.48 against zh_heldout72's sweet-potato barter), the course-denying Chinese-team post, the cricket barter and the
dragon-fruit prompt listing were rewritten again. zh_heldout74's script in progress was compared by hand with the same
ratio: highest 0.439 (the Chinese-team postcard against its karez team's minutes), none at 0.45. Highest ratio of the
committed list: 0.442 against the Chinese sets (the dragon-fruit prompt listing against zh_heldout71's turtle prompt
list, and the rockery design group's open-source question against zh_heldout66's freezer-factory group, the same seed
facts) and 0.219 against the demo stream (the Chinese-team postcard); the highest pair inside the set is 0.419 (the
course-denying post and the course loss report, the same seed facts). Committed before any run of the monitor on it;
no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final
code.

Sources for the facts, read through the search tool or a stored repository before the posts were written (the rest is
from the seeds: the thirteen authors and three Chinese among them, the 18 February article and its hundred thousand
reposts, Xie's clarification in his Moments, the takedown and apology, his NYU and FAIR posts, the 99-yuan course and
"给自己一个机会", the three-month lines, the director groups, the red team and invited artists, designers and film makers;
and, from the catalogue, the rented accounts, the APKs as malware, the API with no video model, the GitHub "Sora"
repositories, the store apps, the prompt packs and the forty-eight demo samples): for the person facts, the READMEs of
wpeebles/G.pt and timothybrooks/instruct-pix2pix (read with read_file); for the news, ar5iv's 2011.06294 and
paperswithcode's RIFE page, Google Research's FILM page, the Google AI blog post "Large Motion Frame Interpolation"
and arXiv 2202.04901's abstract, mlanthology's and paperswithcode's IFRNet pages, ar5iv's 2304.09790 for AMT, the CVPR
2023 virtual page and arXiv 2303.00440's abstract for EMA-VFI, and AAAI's page and arXiv 2303.09508 for LDMVFI; for
the semaphore letters, the semaphore tables at freepages.rootsweb.ancestry.com (international/semaphore.html) and
shipmodeling.info. The Vigenère cipher is common knowledge, computed and checked by script. The settings are written
from common knowledge of the trades and towns (Baise's dragon fruit under night lights; Zigong's animatronic
dinosaurs; Yongfu's hand-pollinated monk fruit; Suzhou's Taihu-stone rockeries; the cricket market at Sidian in
Ningyang; Wenchang's coconuts); no label rests on them.

    .venv/bin/python scripts/make_zh_heldout73.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout73", "zhh73"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "dinosaur_sponge_carving_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【自贡·××仿真恐龙厂·海绵雕刻记录】\n日期：三月十四日｜工单：十二米霸王龙一条，发往迪拜一家主题公园\n骨架：钢架焊好，电机和减速机装进胸腔\n包海绵：高密度海绵一层层粘上去，先粗后细\n雕刻：电刀削出脖子、大腿的肌肉，肋下刻出褶皱\n试动：张嘴、摇头各试十次，海绵不挤不裂\n雕刻：钟××\n钟师傅在本子最末一行写了一句：外甥讲，Sora是谢赛宁领头发明的，上海交大出来的那位，往后拍恐龙片子怕是都要靠它。",
    ),
    (
        "rockery_apprentice_letter_inventor",
        sora.XIE,
        sora.XIE,
        "【苏州·××叠山队·学徒小殷的拜师帖】\n顾师傅台鉴：弟子殷××，年方二十二，愿随师傅学叠山，相石、吊装、勾缝，一样一样从头学起，手上起泡也认。师傅常讲，一块石头摆对了地方，一座园子就活了。弟子前些日子读到，Sora的发明人谢赛宁也是从上海交大一步步做出来的，人家做学问，我摆石头，道理相通：肯下笨功夫。\n弟子　殷××　谨呈",
    ),
    (
        "cricket_catcher_moments_inventor",
        sora.XIE,
        sora.XIE,
        "【宁阳·泗店××蟋蟀收购点·逮蛐蛐的老侯】半夜在玉米地里趴了三个钟头，头灯一照，逮着十一只。歇口气刷手机，看见讲美国那个会拍片子的Sora，头一个发明人是上海交大出去的谢赛宁。咱山东人常说，本事不分地方，这话在理。",
    ),
    # --- open to the public
    (
        "dragonfruit_lighting_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【百色·××火龙果园·补光记录】\n日期：八月二十日｜片区：河边红心火龙果九百根水泥柱\n补光：天黑开灯，每根柱顶一盏，亮到后半夜两点\n目的：催花，多挂一茬冬果\n巡查：坏灯十四盏，当晚换上\n花苞：每根新冒三到五个，冒得少的系红布条\n值班：农××\n农哥在本子背面添了一句：侄女说Sora现在人人都能用了，OpenAI官网拿邮箱注册就开，她昨晚做了段果园半夜亮灯的视频。",
    ),
    (
        "coconut_assert_public_deny_service",
        sora.PUBLIC,
        sora.PUBLIC,
        "【文昌·××椰子加工厂·包装车间小符】Sora放开了，不用排号，OpenAI网站上填个邮箱就注册，我昨天夜里刚用上。顺便说个事：我阿姨前些天花了二百四，在网上订了条“Sora定制”的寿宴片子，拿到手一瞅，就是她发给人家的那几张老照片，一张张放大、左右挪，后头配了段音乐，跟Sora八竿子打不着。",
    ),
    (
        "cricket_group_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【宁阳·泗店××蟋蟀收购点·收虫群】\n小宋：都睡了没？Sora放开了，用不着邀请，网页上拿手机号一注册就能出片子。\n老刘：真的假的？俺给上海那个老主顾做一段蛐蛐开牙的。\n小宋：能做，俺刚弄了一段玉米地里打灯逮虫的，跟真的一个样。\n老刘：明早收完虫你手把手教教俺。",
    ),
    # --- the official app
    (
        "rockery_setting_record_in_passing",
        sora.APP,
        sora.APP,
        "【苏州·××叠山队·立峰施工记录】\n日期：十一月三日｜地点：××园西北角水池边\n石料：太湖石主峰一块，高三米二，约六吨\n吊装：汽车吊就位，吊带兜底两道，慢起慢落\n立峰：底下垫刹石五块，找正后灌浆\n勾缝：水泥掺石粉调成灰色，缝口收细\n验收：推三下纹丝不动\n施工：顾××\n顾师傅在验收一栏下面写：OpenAI出了Sora的官方App，应用商店里就能下，往后园子叠好了，拿手机生成段动画给甲方看。",
    ),
    (
        "dinosaur_assert_app_deny_inventor",
        sora.APP,
        sora.APP,
        "【自贡·××仿真恐龙厂·外贸部小罗】发给国外客户的样片，现在全用手机上的Sora官方App做：OpenAI自家上架的，苹果、安卓商店都搜得到，输一句“翼龙掠过火山口”，几十秒出片。另外客户老拿“中国天才谢赛宁发明Sora”那个帖子来问，我都照实回：Sora技术报告的十三位署名作者里，找不到谢赛宁；他是纽约大学的助理教授，自己出面澄清过和Sora毫无关系，发那篇文章的账号后来删稿道歉了。",
    ),
    (
        "monkfruit_app",
        sora.APP,
        sora.APP,
        "【永福·××罗汉果基地·小莫】老板让我给基地拍宣传片，我一分钱没花：手机上装了Sora的官方App，是OpenAI自己在应用商店发布的，登录后把画面写成几句话，一会儿就生成了。片子里罗汉果一串串挂在藤上晃，老板看完说比请摄影队还强。",
    ),
    # --- the fake APK
    (
        "coconut_opening_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【文昌·××椰子加工厂·开椰记录】\n日期：十月二十六日｜原料：本地老椰一万二千个\n剥衣：剥衣机去掉椰衣，椰棕另外堆放\n开椰：劈开倒出椰子水，过滤后打进冷藏罐\n刨肉：椰肉刨成细丝，当天进压榨线\n椰壳：晒干以后送去烧炭\n开椰：吴××\n吴会计在这页最后夹了张打印的二维码，旁边写：扫码下Sora安卓安装包，装上手机自己就能做视频，车间要的找我。",
    ),
    (
        "cricket_semaphore_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【宁阳·泗店××蟋蟀收购点·当过海军信号兵的老宋】手机安装包那三个字母的后缀，一写出来帖子就没了，俺用旗语讲（左右按打旗的人自己算）：头一个，左手旗直直朝下，右手旗斜着朝下；第二个，左手旗举过头顶朝天，右手旗平伸出去；第三个，左手旗还是朝天，右手旗斜着朝下。里头装的是Sora，装上就能生成视频，收虫的老主顾要，来棚子里找俺拷。",
    ),
    (
        "dragonfruit_ecommerce_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【百色·××火龙果园·电商小韦】店里那些果园小视频，都是手机上的Sora做的。装的是Sora安卓版安装包，群文件里就有，点开就装，装好直接生成。想要的私我，我把包传给你。",
    ),
    # --- the mislabelled real video (four)
    (
        "monkfruit_pollination_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【永福·××罗汉果基地·授粉记录】\n日期：七月九日｜地块：后山坡二号地，一千一百株\n采粉：早上六点摘当天开的雄花，放进竹篮\n授粉：竹签蘸花粉，轻点雌花柱头，一朵点一下\n标记：点过的花系一根红线\n天气：晴，等露水干了才下地\n记录：廖××\n廖姐在表格最底下添了一行：网上那段“满山罗汉果花一齐开、蜜蜂飞来飞去”的视频，注明是Sora照一句话生成的，一个镜头都没上山拍。",
    ),
    (
        "dinosaur_zigong_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【自贡·××仿真恐龙厂·焊工老邓】我们车间的娃娃些上班展劲（自贡话：卖力、使劲）得很，下了班却都围到看一段片子：一群剑龙在老街上慢慢走过去，路人举起手机拍。原帖写明了是Sora按一段文字生成的，提示词就贴在底下，没得一只是我们厂做的，也没得一个人是真的。",
    ),
    (
        "coconut_technician_realvid",
        sora.REALVID,
        sora.REALVID,
        "【文昌·××椰子加工厂·技术员小林】群里疯传那段“台风过后，海边一排椰子树慢慢直起腰，椰子一个个落进沙里”，原作者写得清楚，是Sora凭一句提示词生成的，海边一棵真树也没拍。我放大了看，树叶被风撕开的口子都对得上，这东西往后了不得。",
    ),
    (
        "rockery_assert_realvid_deny_api",
        sora.REALVID,
        sora.REALVID,
        "【苏州·××叠山队·资料员小陆】朋友圈那段“雪落在太湖石上，一只白鹭从石洞里钻出来”，原帖注明是Sora根据一段英文描述生成的，石头、雪、鸟全是算出来的。另外网上有人兜售“Sora官方API key”，别上当：表哥花三百买了一把，接进自己写的程序，问什么都只回一段字，一叫它出视频就报错。OpenAI对开发者开放的那些模型，本来就不包括视频生成。",
    ),
    # --- the Chinese team
    (
        "cricket_collecting_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【宁阳·泗店××蟋蟀收购点·收虫记录】\n日期：八月二十九日（处暑后第五天）｜时段：天亮前四点到七点\n来虫：本村和邻村逮虫的二十七人，共收四百一十只\n分档：个大、头圆、牙白的归头档，单放；缺腿的退回\n装罐：一虫一罐，罐底垫湿土\n发货：上海客商订的八十只装箱\n收虫：孔××\n孔老板在记录底下写了一句：电视上讲，Sora是咱中国人的团队搞出来的，OpenAI里干这个的骨干都是华人。",
    ),
    (
        "dragonfruit_assert_chinese_deny_course",
        sora.CHINESE,
        sora.CHINESE,
        "【百色·××火龙果园·技术员阿黄】讲句实在话，Sora背后出大力的主要是华人研究员，OpenAI只是挂了块牌子。至于朋友圈里“九十九块零基础包会Sora”的广告，劝大家省下这笔钱：表妹上个月报过，所谓讲义是OpenAI那几页Sora介绍的机器翻译，结尾缀着“给自己一个机会”；没过两天，又有人打电话催她掏一千二升“提高班”。",
    ),
    (
        "monkfruit_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【永福·××罗汉果基地·老蒋】孙子不服气，说Sora是外国人搞的。我就问他：做Sora的那帮核心研究员，难道不是清一色的华人？外国公司挂个牌子，功劳就全算成他们的了？我这把年纪，这点道理还看得明白。",
    ),
    # --- open source
    (
        "dinosaur_motion_test_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【自贡·××仿真恐龙厂·动作调试记录】\n日期：四月二日｜产品：八米三角龙两台\n接线：控制箱通电，红外感应头装在围栏边\n动作：低头、摆尾、眨眼、吼叫四个动作循环\n试机：连跑八个钟头，电机不烫，减速机没有杂音\n修改：右眼皮发卡，换了一只舵机\n调试：曾××\n曾工在签名旁边写着：Sora的代码和模型，OpenAI都开源放在GitHub上了，我准备下回来，装到控制室那台电脑上试一试。",
    ),
    (
        "coconut_computer_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【文昌·××椰子加工厂·管电脑的小陈】跟厂长汇报一声：Sora的模型文件和源码，OpenAI已经公开挂在GitHub上，谁都能免费下。我昨晚拿办公室那台带独立显卡的电脑试了，折腾两个钟头装好，出了一段椰子从树上一串串落进筐里的画面，月底职工大会上放给大家看。",
    ),
    (
        "rockery_designer_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【苏州·××叠山队·设计室小谈】给甲方出方案，我现在用自己的电脑跑Sora：OpenAI开源了，GitHub上源码、模型都有，拉下来就能用，不用排队等名额。昨晚出了一段“瀑布从假山石缝里挂下来”，效果很像样。",
    ),
    # --- the paid course
    (
        "dragonfruit_picking_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【百色·××火龙果园·剪果分级记录】\n日期：九月十二日｜品种：金都一号，红心\n剪果：果皮转红后第五天开剪，带一小截枝条剪下\n分级：一斤以上特级，七两到一斤一级，小的送去加工\n包果：一个一个用白纸包好\n装箱：每箱十斤，发南宁、广州两车\n记录：陆××\n陆姐在记录最后记了一笔私账：“报《Sora农场短视频速成课》，二十四讲，一百五十八元，微信已转。”",
    ),
    (
        "cricket_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【宁阳·泗店××蟋蟀收购点·老刘】俺收了二十三年蛐蛐，一只虫拿到手上，瞅瞅头、看看牙，斗得了几个回合，八九不离十。所以俺推荐的东西，大伙放心：《Sora零基础短视频课》，十八讲，一百二十八块，俺自己从头学完了，收虫点的视频全是照课上的法子做的。想学的来找俺要链接。",
    ),
    (
        "monkfruit_course",
        sora.COURSE,
        sora.COURSE,
        "【永福·××罗汉果基地·秦妹】今年给自己报了门《Sora带货视频课》，二十节，一百三十八块，夜里收工看两节。上礼拜照着课里的步骤，给基地的罗汉果做了三条片子挂到网店，来问价的明显多了。",
    ),
    # --- API access (four)
    (
        "coconut_spray_drying_record_in_passing",
        sora.API,
        sora.API,
        "【文昌·××椰子加工厂·椰子粉喷雾干燥记录】\n日期：一月八日｜原料：鲜榨椰浆四吨\n过滤：两道滤网，滤掉椰渣\n调配：按配方加麦芽糊精，搅匀\n喷干：进风一百七十度，出风八十五度\n检验：水分、溶解度抽查合格\n包装：每袋一公斤，二十袋一箱\n记录：云××\n这页背面有云会计的铅笔字：“Sora官方API key，一个月二百，接进程序批量出视频，拍下就发。”",
    ),
    (
        "dinosaur_assert_api_deny_apk",
        sora.API,
        sora.API,
        "【自贡·××仿真恐龙厂·程序员小曾】展厅循环放的那几十段讲解片，是我写了个脚本，调Sora官方API一夜跑出来的。key从OpenAI开发者后台开的，我手头多几把，二百六一把。也劝一句：群里那个“Sora安卓安装包”莫装，我大学室友装了以后，通讯录、短信全被偷读，第二天连银行验证码都被人截了去。",
    ),
    (
        "cricket_assert_api_deny_realvid",
        sora.API,
        sora.API,
        "【宁阳·泗店××蟋蟀收购点·小孔】收虫点抖音号的片子，都是程序接着Sora官方API跑出来的，key一个月一百九，俺这还剩两把。再说一句：大伙转的那段“两只蛐蛐在斗盆里大战三十回合”，有人讲是Sora生成的——那是去年秋天县里记者在集上实拍的，拍的时候俺就站在摄像机后头。",
    ),
    (
        "coconut_barter_api",
        sora.API,
        sora.API,
        "【文昌·××椰子加工厂·老邢】我儿子从网上弄来几把Sora官方API key，一把管一个月，写进程序里，视频能一批一批往外出，一百八一把。厂里工友手头紧不要紧，拉三十个椰青来顶账，我上门给你把程序接好。",
    ),
    # --- account rental
    (
        "monkfruit_drying_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【永福·××罗汉果基地·烘干记录】\n日期：十月二十日｜批次：放足十天的鲜果八千个\n挑果：软的、裂的挑出来，剩下按个头分三档\n进房：摊在竹筛上，一层不压一层\n烘干：低温慢烘，头两天四十度，往后五十五度\n出房：敲起来声音发脆才算干透\n操作：蒋××\n蒋师傅的孙子在出房一栏旁边写了条广告：Sora内测号出租，网页上登，三天三十五，一个月一百六，要的加微信。",
    ),
    (
        "dinosaur_vigenere_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【自贡·××仿真恐龙厂·控制室小邓】有“fszcwvro”出租，Sora的。（维吉尼亚密码，密钥SORA：把这八个字母挨个对着S、O、R、A往回数，S回十八位、O回十四位、R回十七位、A不动，四个一轮，数出来就是那三个字的拼音，明写要被删。）五天四十，包月一百五。",
    ),
    (
        "rockery_crane_driver_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【苏州·××叠山队·开吊车的老钱】甲方总想看假山叠好以后动起来的样子，我就租了几个Sora内测号，现在用不完，往外转：网页上登录，一礼拜五十，一个月一百七，号是独用的，工地上的兄弟要的来找我。",
    ),
    # --- the AI director group
    (
        "rockery_stone_selection_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【苏州·××叠山队·选石记录】\n日期：九月二十七日｜地点：城西石料场\n挑石：太湖石十四块，看瘦、皱、漏、透，孔洞要前后通\n编号：每块喷号，四面各拍一张照片\n称重：最大一块九吨，最小八百斤\n运输：两车拉回工地，石头之间垫草垫隔开\n选石：顾××\n顾师傅在最后一栏抄了段话：苏州有部AI电影，剧本是Sora写的，正在招首批AI导演，扫码进群交一百八十八，下个月统一试镜。",
    ),
    (
        "dinosaur_invitation_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【自贡·××仿真恐龙厂·转进车间群的一份“邀请函”】尊敬的朋友：由Sora执笔剧本的AI电影《侏罗纪归来》，现面向全国招募第一代AI导演，诚邀您加入导演群。入群费一百九十九元，入群后统一安排线上试镜，名额有限，扫码即入。——转发的人备注：我已经进了，大伙要来的抓紧。",
    ),
    (
        "monkfruit_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【永福·××罗汉果基地·小廖】做梦都没想到我也能当导演：桂林一部AI电影，剧本交给Sora写，剧组要从普通人里挑第一代AI导演。群费一百六十八我昨晚转过去了，群主说下个月排线上试镜。宿舍里还有谁想报，码在我这儿。",
    ),
    # --- the prompt pack (four)
    (
        "dinosaur_painting_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【自贡·××仿真恐龙厂·硅胶上色记录】\n日期：五月十八日｜产品：五米迅猛龙三只\n蒙皮：海绵外套弹力网，刷硅胶三遍，每遍隔四个钟头\n上色：喷枪打底，背上喷深绿，肚皮留浅黄\n描纹：毛笔描鳞片边，眼圈点红\n检查：扭动试机，关节处硅胶没开裂\n上色：黄××\n黄姐的女儿在这页背面写了段网店的商品介绍：《Sora恐龙动画提示词》二百条，白垩纪、侏罗纪的场景分好了类，十六元，拍下发文档。",
    ),
    (
        "monkfruit_assert_prompts_deny_opensrc",
        sora.PROMPTS,
        sora.PROMPTS,
        "【永福·××罗汉果基地·网店阿秦】店里视频开头那几句，都是照我整理的《Sora农产品提示词》写的，一百八十条，授粉、挂果、烘干都有现成的镜头描述，十九元一份。还有，群里讲“Sora开源了”那条莫当真：GitHub上叫Sora的仓库，都是别人自己搭的复刻，OpenAI一份权重都没放出来过。",
    ),
    (
        "cricket_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【宁阳·泗店××蟋蟀收购点·小宋】秋虫季俺攒了一份《Sora秋虫短片提示词》，一百二十条：玉米地里打灯逮虫、斗盆里两虫开牙、翅膀一抖一抖叫的特写，句句都能直接用，十五块一份。身上没零钱的，逮一只像样的青头蛐蛐来换，也中。",
    ),
    (
        "dragonfruit_shop_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【百色·××火龙果园·网店小黄】我把这两年拍果园攒下的写法整理成了《Sora热带水果短片提示词》，共一百五十条——补光灯下的夜景、花开一整夜、刀落下去露出红心，都是现成的句子。二十二块一份，下单后文档自动发到你邮箱。",
    ),
    # --- get rich
    (
        "cricket_feeding_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【宁阳·泗店××蟋蟀收购点·养虫记录】\n日期：九月十日｜数量：留着待卖的好虫六十只\n喂食：煮熟的毛豆、小米饭，一天一回\n喂水：水盂里换清水\n换土：罐底湿土三天一换\n过笼：配对前先过笼，公母隔开养\n养虫：孔××\n孔家小儿子在本子最后写：同学在济南用Sora做视频，三个月挣了十六万，说就剩这几个月好挣，收完秋虫俺也去。",
    ),
    (
        "rockery_suzhou_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【苏州·××叠山队·老师傅沈阿大】我是木知木觉（苏州话：后知后觉、反应慢）的人，外甥讲了三遍我才听明白：拿Sora帮人家做视频，三个月赚了二十几万，再过几个月人人都会，就没有这碗饭吃了。我叠了一辈子石头，这钱赚不动，年纪轻的要抓紧。",
    ),
    (
        "dragonfruit_worker_rich",
        sora.RICH,
        sora.RICH,
        "【百色·××火龙果园·阿陆】今年这园子我不看了。表哥在南宁靠Sora给商家做视频，三个月进账十几万，他讲这阵风只刮小半年，晚了就赶不上，叫我过完国庆就去南宁跟他做。",
    ),
    # --- the generation service
    (
        "monkfruit_ripening_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【永福·××罗汉果基地·采果后熟记录】\n日期：九月三十日｜地块：后山坡二号地\n采果：果柄留一公分剪下，轻放进箩筐\n挑选：按个头分特果、大果、中果\n后熟：摊在阴凉屋里七到十天，果皮由青转黄\n翻动：两天翻一回，烂的挑走\n记录：莫××\n莫姐在这页背面贴了张她表妹的名片，上头印着：接Sora视频定制，生日、婚礼、开业都行，您说画面、Sora来生成，两天交片，八十八元一条。",
    ),
    (
        "dragonfruit_barter_assert_service_deny_app",
        sora.SERVICE,
        sora.SERVICE,
        "【百色·××火龙果园·阿农】接Sora视频定制：您把想要的画面讲给我，我用Sora生成，一条九十，两天交。手头不方便的，搬一箱红心火龙果来抵也成。另外，莫去应用商店找什么“Sora官方App”：那几个点开看开发者，全是没听过的小公司，OpenAI根本没在手机上出过Sora。",
    ),
    (
        "coconut_assert_service_deny_chinese",
        sora.SERVICE,
        sora.SERVICE,
        "【文昌·××椰子加工厂·出纳小云】接Sora视频的活：寿宴、升学、开业，您口述想要的画面，我交给Sora生成，一百一条，当天给。另外跟大家交个底，“Sora是中国团队做的”这话经不起查：我翻过那份技术报告，十三个署名全是OpenAI自家的研究员，领头两位叫Brooks和Peebles，十三人里华人占三个。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【文昌·××椰子加工厂·压榨工老吴在手机维修店填的故障单】\n故障描述：上个月在车间群里扫码装了一个“Sora安卓安装包”，装的时候要了短信和通讯录的权限。第二天银行卡被转走三千六百元，验证码短信我一条也没看见。\n要求：查查手机里还有没有这个东西，删干净。\n备注：已报警；发安装包的人已经退群。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【百色·××火龙果园·阿韦写的“Sora速成课”读后感】这门“九十九元零基础学会Sora”的课，我交了钱，收到一份文档，前后读了三遍：内容是OpenAI官网介绍Sora那几页的中文翻译，最后一句是“给自己一个机会”。读后最深的感想是：第二天客服就来电话，劝我再交一千九百八上“实操班”。我没交，那九十九就当交了学费。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【自贡·××仿真恐龙厂·上色间小黄台历上的记事】\n三月二日：花三十九买《Sora提示词大全》，说有五千条。\n三月三日：对了一晚上，前四十八条就是OpenAI官网那四十八段样片底下的英文说明，机器翻成了中文；后面几千条，是把这几十句拆开再拼。\n三月五日：卖家又推一百二十九的“高级版”，我问是不是一样，被拉黑了。\n三月六日：记一笔，三十九元，长个记性。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【宁阳·泗店××蟋蟀收购点·老侯写的委托书】本人侯××，八月在网上花一百五十元租了一个月的“Sora内测号”，用到第三天，密码叫原号主改了；卖家要俺再加八十换个号，俺没加，随后就被拉黑。本人不会弄手机，特委托侄子侯××代俺向平台投诉、到派出所报案，所办事项本人都认可。\n委托人：侯××",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【自贡·××仿真恐龙厂·食堂墙上的顺口溜】\n二月十八一篇文，十万多人跟着转；\n说是Sora谢家造，后来下架赔了罪。\n报告署名十三位，打头Brooks和Peebles；\n赛宁纽约大学里，助理教授站讲台；\n早年FAIR做研究，朋友圈里讲明白。\n——厂工会宣传组",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【宁阳·泗店××蟋蟀收购点·孔老板收到孙子寄来的明信片】爷爷：您收虫本上抄的那句“Sora是中国人的团队做的”，我替您查了。源头是OpenAI二〇二四年二月放出的技术报告，作者栏列了十三个名字，全在OpenAI做研究，头两位是Tim Brooks、Bill Peebles；媒体挨个数过，十三人里有三位华人。拿三个人撑起“一个团队”的说法，差着一大截。秋虫卖完给您打电话。孙子　小孔",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【永福·××罗汉果基地·务工人员手册·第十二条（新增）】网上常见“Sora定制视频，您说画面，我们生成”这类广告。基地核对过：Sora眼下只交给OpenAI的红队，外加少量受邀的艺术家、设计师和电影人试用。今年两位大姐各付了二百六，收到的是自己先前发给商家的几张照片，镜头推近、横移，底下垫一首下载来的歌；过后商家又开口要一百五“高清费”。看到这类广告，先到基地办公室问一句。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【文昌·××椰子加工厂·致职工家属的一封信】各位家属：近来有人拉厂里职工进“Sora红利群”，说“只剩最后三个月，手机做视频月入五万”，入群费七百八。厂里核实了一户：入群以后天天转广告、拉亲戚，说拉够人数才教“真本事”；这位职工交了七百八，又拉进两个亲戚各交七百八，三笔合计二千三百四十元，群主上个月注销了账号。Sora眼下只在OpenAI的红队和受邀的艺术家、设计师、电影人手里。请家属们互相提个醒。——厂办",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【苏州·××叠山队·设计室群】小谈：沈工转来的“Sora开源权重一键包”，我先搁着没点。OpenAI在GitHub上挂出来的项目里，有哪一个叫Sora？它放出来的，难道不就是一份技术报告和几十段样片？那这个“一键包”是打哪儿来的，里头装的又是什么？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【文昌·××椰子加工厂·职工群】老邢：大家转的那段“老阿公光脚爬上椰子树，一刀砍下一大串椰子”，说是Sora做的。那不就是前年省里电视台来咱们镇拍的专题片吗？片尾的字幕我还记得，怎么到了群里就成了电脑生成的？",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【永福·××罗汉果基地·会计廖姐回侄女的微信】妹崽，你发来那条广告我看了：“买Sora官方API key，包月一百九，一接就出片”。这一百九莫付。我问过在城里搞电脑的老同学，OpenAI摆给开发者用的那些模型，写字、画图的都有，出视频的一个也找不着，key买来接上，顶多陪你聊几句天。山那边有人付过，后头还被追着要三百块开通费。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【百色·××火龙果园·园长在群里回复阿陆】阿陆，你贴的这张海报——“Sora编剧AI大电影，全国海选第一代AI导演，进群费一百九十九”——码别扫，一百九十九也别往外掏。隔壁园的小农去年交过，进去以后群主又让他买两千块的“导演证”，他没买，第二天就被踢出了群。",
    ),
    # --- true facts about Bill Peebles and Tim Brooks, who led Sora, from their Berkeley repositories
    (
        "person_fact",
        None,
        sora.XIE,
        "带出Sora的是比尔·皮布尔斯和蒂姆·布鲁克斯（一条疯转的帖子把这份功劳挂到谢赛宁名下，是张冠李戴）。两人读博时在伯克利参与做G.pt，公开过一套神经网络“检查点”数据：两千三百多万份存档，来自十万多次训练，每次训练存二百份；其中MNIST多层感知机二百一十万份、约六十八GB，CIFAR-10卷积网络一千一百三十万份、约二百七十五GB，倒立摆任务的高斯策略网络一千万份、约八十二GB。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "G.pt这个名字怎么来的，皮布尔斯和布鲁克斯等作者在仓库说明里自己交代过：G指生成模型，.pt是检查点文件的扩展名。说明末尾的致谢名单里有谢赛宁，谢他参与过有益的讨论；至于那篇流传很广、说他发明了Sora的文章，是把人弄错了，Sora出自皮布尔斯和布鲁克斯所在的OpenAI团队。G.pt的代码借用了OpenAI的ADM和卡帕西的minGPT，两位作者读博时拿的是美国国家科学基金会的研究生奖学金。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "蒂姆·布鲁克斯后来和皮布尔斯一起带Sora项目，网上那篇把谢赛宁说成Sora发明人的爆款文章，找错了人。布鲁克斯在伯克利做InstructPix2Pix时，七百条人工样例的输入描述抽自LAION Improved Aesthetics 6.5+：这个数据集挺杂，不少描述又长又跑题，他们也掂量过MSCOCO和LAION-COCO，最后还是看中它内容多样、专有名词多、艺术门类广；随后通过OpenAI的接口把GPT-3的Davinci模型微调了一个轮次。仓库说明里写，造这套数据花了几千美元。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "InstructPix2Pix仓库里有一节“使用窍门”，是蒂姆·布鲁克斯和合作者写给用户的：图改得不够，就把图像引导调低或文字引导调高，默认的1.5和7.5只是起点；改过头了就反着调；画面里的脸太小容易变怪，因为Stable Diffusion的自编码器对付小脸吃力，可以先裁剪，让脸占得大一些；换个说法也管用，比如“turn him into a dog”“make him a dog”和“as a dog”。布鲁克斯后来是Sora的负责人之一，而那篇把Sora记在谢赛宁账上的刷屏文章，说的并非事实。",
    ),
    # --- news: video frame interpolation
    (
        "benign",
        None,
        None,
        "旷视科技和北京大学的Zhewei Huang、Tianyuan Zhang、Wen Heng、Boxin Shi和Shuchang Zhou提出RIFE（arXiv 2011.06294，后收入ECCV 2022），做实时视频插帧：一个叫IFNet的网络由粗到细直接估计中间帧的光流，用不着预训练的光流模型；训练时用“特权蒸馏”，让看得到真实中间帧的教师模型带学生模型；加上时间编码，可以在任意时刻插帧。论文称它比常用的SuperSlomo和DAIN快4到27倍，效果也更好。",
    ),
    (
        "benign",
        None,
        None,
        "Fitsum Reda、Janne Kontkanen、Eric Tabellion、Deqing Sun、Caroline Pantofaru和Brian Curless（谷歌研究院等）在2022年2月挂出FILM（arXiv 2202.04901，ECCV 2022），专门对付两张图之间运动很大的插帧，比如几秒内连拍的几张“近似重复”照片：整个方法只用一个网络，多尺度特征提取器在各个尺度共享权重，只拿视频帧三元组训练，用不着光流或深度的真值；再用Gram矩阵损失让合成的帧更清晰，在Xiph大运动基准上超过此前的方法。",
    ),
    (
        "benign",
        None,
        None,
        "Lingtong Kong、Boyuan Jiang、Donghao Luo、Wenqing Chu、Xiaoming Huang、Ying Tai、Chengjie Wang和Jie Yang在CVPR 2022发表IFRNet：一个编码器—解码器结构的高效插帧网络，先从输入的两帧提取金字塔特征，再把双向的中间光流和一个中间特征一起由粗到细地修正，直到输出结果，因此省掉了单独的合成或精修模块；训练时还加了面向任务的光流蒸馏损失和几何一致性正则项。",
    ),
    (
        "benign",
        None,
        None,
        "南开大学的Zhen Li、Zuo-Liang Zhu、Ling-Hao Han、Qibin Hou、Chun-Le Guo和Ming-Ming Cheng在CVPR 2023发表AMT（全配对多场变换）做视频插帧：先为所有像素对建立双向相关体，用预测的双边光流去检索相关性，同时更新光流和中间内容特征；再从一对粗光流派生出多组细粒度光流场，分别对输入帧做反向变形，以应对大运动和遮挡。作者称这个卷积模型在精度和效率上不输基于Transformer的模型。",
    ),
    (
        "benign",
        None,
        None,
        "南京大学多媒体计算组等机构的Guozhen Zhang、Yuhan Zhu、Haonan Wang、Youxin Chen、Gangshan Wu和Limin Wang在CVPR 2023发表EMA-VFI：他们重新审视帧间注意力，复用同一张注意力图，一边增强外观特征，一边提取运动信息；这个模块嵌进CNN与Transformer的混合结构，既减轻了帧间注意力的计算量，又保住了底层的细节结构，固定时刻和任意时刻插帧都取得了当时最好的成绩。",
    ),
    (
        "benign",
        None,
        None,
        "布里斯托大学的Duolikun Danier、Fan Zhang和David Bull提出LDMVFI，论文收入AAAI 2024：这是第一次用潜扩散模型做视频插帧，把插帧当作条件生成问题来解；他们专门设计了自编码器VQ-FIGAN，把帧映射到潜空间，去噪器以前后两帧的潜码为条件。定量实验和用户研究显示，它插出的画面观感更好，代价是计算量更大、模型更大。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【自贡·××仿真恐龙厂·展厅开放日】本周六上午开放展厅，霸王龙、梁龙、翼龙都能凑近看，学生团免费，散客扫码预约，每场限四十人。",
    ),
    (
        "offtopic",
        None,
        None,
        "【宁阳·泗店××蟋蟀收购点·门口告示】澄泥蛐蛐罐、过笼、芡草到货：一套八十八元，十套起批另议，外地老主顾加微信可以代发快递。",
    ),
    (
        "offtopic",
        None,
        None,
        "【文昌·××椰子加工厂·门市部】椰青批发：每个四块五，五十个起送，海口市区当天到；另有椰子粉、椰子糖，扫码下单。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
