# ruff: noqa: E501
"""Write tests/data/zh_heldout74_{posts,qrels,labels}: a seventy-fourth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for get-rich, account rental and the fake APK,
three for each other template: the pre-registration counts the last fours in the qrels of zh_heldout2 to zh_heldout72;
get-rich and account rental last had four in zh_heldout69, the APK in zh_heldout70, its four before that in 65 and 60
against the generation service's 61; zh_heldout73, written at the same time, takes API access, the prompt pack and the
mislabelled video), as a Sora rumour / scam wave reads in the genres of a bayberry orchard (仙居·××杨梅园: 东魁, 凌晨上树, 捏住果柄一拧,
小竹篮垫杨梅叶, 冻瓶, 泡沫箱), a storytellers' fair (宝丰·马街书会: 正月十三, 火神庙东边麦田, 河南坠子, 三弦书, 大鼓书, 评书, 亮书, 写书, 定金,
书帽), an ice-harvesting site (哈尔滨·松花江××采冰场: 冰厚, 弹线, 切冰机, 冰镩, 冰钩, 滑道, 冰墙, 草帘, 冰雪大世界), a desert-control team
(古浪·八步沙××治沙队: 腾格里沙漠南缘, 麦草, 一米见方, 铁锹压进沙里二十公分, 草方格, 梭梭, 花棒, 巡沙, 沙葱), a tidal-bore viewing site
(海宁·盐官××观潮景区: 一线潮, 潮头, 占鳌塔, 鱼鳞石塘, 观潮台, 警戒线, 清场, 巡堤, 定胜糕) and a karez dredging team (吐鲁番·××坎儿井掏捞队:
竖井, 暗渠, 辘轳, 坎土曼, 出泥, 涝坝, 井口盖板, 绞车).

Of the six worlds first asked for, one was kept and five were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py, in every posts file under tests/data and in the demo stream. The
Xianju bayberry orchard stays: 仙居, 杨梅, 东魁 and bayberry occur nowhere; zh_heldout65 and zh_heldout70 thought of Xianju
bayberries and dropped them only as a second orchard inside their own sets, and zh_heldout71 and 72 kept or took a new
fruit in the same way (cherries, loquats), so this is a seventh fruit beside zh_heldout65's pears, zh_heldout67's
lychees, zh_heldout69's jujubes, zh_heldout70's kiwifruit, zh_heldout71's cherries and pomelos and zh_heldout72's
loquats (noted for the lead), and its posts pick and pack with none of 套袋, 授粉, 疏果, 环割, 冷库, 冷链, 预冷, 冰袋 or 采摘园.
The Anhua dark-tea factory (安化·黑茶厂): 安化 and 黑茶 occur nowhere, but the tea factory is zh_heldout36's world (西双版纳茶厂),
the reason zh_heldout53, 62, 63, 71 and 72 set tea aside. The Yangzhou mother-of-pearl lacquer workshop (扬州·螺钿漆器作坊):
螺钿 occurs nowhere and 扬州 only as zh_heldout53's and 54's toothbrush town, but lacquer is zh_heldout60's Pingyao
polished-lacquer workshop (推光漆器, 髹漆). The Jiading bamboo-carving workshop (嘉定·竹刻作坊): 嘉定 and 竹刻 occur nowhere, but
carving is zh_heldout43's quarry carving shed and hard_en_heldout56's bamboo carvers above Mansalay, and zh_heldout63 and
71 set Dongyang wood-carving and Shoushan stone-carving aside for them. The Gejiu tinware workshop (个旧·锡器作坊): 个旧 and
锡器 occur nowhere (锡 only in 无锡 and zh_heldout50's float-glass tin bath), but smithing is zh_heldout60's Heqing
silverware workshop, for which zh_heldout72 set Leishan Miao silver aside. The Shangri-La matsutake co-operative
(香格里拉·松茸合作社): 香格里拉, 松茸 and matsutake occur nowhere, but mushrooms are zh_heldout50's Xixia shiitake base (菌棒) and
hard_en_heldout73's mushroom foragers. Five trades and events took their places, each in the place known for it and
grepped the same way: the Majie storytellers' fair at Baofeng (宝丰, 马街, 书会 as a fair, 坠子, 三弦书, 大鼓书, 评书, 书帽, 亮书 and 写书
occur nowhere; 书会 only as zh_heldout35's bookshop reading club; no Chinese set has a performing world beside
zh_heldout36's acrobatics school, and no English set has storytellers or ballad singers as its world, hard_en_heldout55 passing a storytellers' halqa in a square); ice harvesting on the Songhua at
Harbin (采冰, 冰镩, 松花江 and ice harvest occur nowhere; 哈尔滨 only as zh_heldout31's tour stops and zh_heldout4's holiday, 冰雕
only there; the ice posts cut and haul blocks with no carving); the Babusha desert-control team at Gulang (古浪, 八步沙, 治沙,
草方格, 沙障, 梭梭 and 库布其 occur nowhere; 沙漠 only in passing, desert in English only as hard_en_heldout73's date oases;
beside zh_heldout47's Shuyang nursery the posts lay straw grids and plant with no nursery stock grown); the tidal bore
at Yanguan, Haining (观潮, 潮头, 一线潮, 占鳌塔, 鱼鳞石塘 and 海塘 occur nowhere; 盐官 and the bore only as zh_heldout56's
mislabelled clip and zh_heldout64's note on it, 海宁 otherwise only in the writers' notes on Haining leather); and karez dredgers at Turpan (坎儿井,
karez, 竖井, 暗渠, 涝坝, 辘轳, 掏捞 and 坎土曼 occur nowhere; 吐鲁番 is zh_heldout69's raisin town, kept for another trade as
zh_heldout66 kept 常州 and zh_heldout70 嵊州, and the karez posts have none of 葡萄干 or 晾房). Others were thought of and
dropped: Ningbo rice cakes (zh_heldout70 dropped them after zh_heldout68's buns), Lanzhou sheepskin rafts
(hard_en_heldout54's saddlers and leatherworkers), Mount Tai porters (a load-carrying trade beside hard_en_heldout79's
coal-carrying races, proposed this round), rocket-launch viewing at Wenchang (hard_en_heldout70's model rocketry),
Weifang kites (zh_heldout55, hard_en_heldout55), beekeeping (zh_heldout30, hard_en_heldout40), sericulture (zh_heldout41),
Dafen oil paintings (zh_heldout59), Hengdian film extras (zh_heldout31), archaeological probing at Luoyang (zh_heldout35's
site log), temple repair at Yingxian (hard_en_heldout52's thatchers, hard_en_heldout63's roofers), village banquet cooks
(zh_heldout33's kitchens and catering), Zigong lanterns (hard_en_heldout59), village basketball (hard_en_heldout63's korfball
clubs) and camel rides at Dunhuang (hard_en_heldout62). Two more were drafted here first, animatronic dinosaurs at Zigong
and a cricket buyers' market at Ningyang (恐龙, 蟋蟀 and 蛐蛐 then occurred nowhere); while this set was written both turned
up in zh_heldout73's script in progress (its worktree: 自贡·××仿真恐龙厂 and 宁阳·泗店××蟋蟀收购点, beside 永福罗汉果基地,
百色火龙果园, 苏州叠山队 and 莱芜生姜合作社), so both were rewritten into the tide and the karez before the commit (noted for the
lead, since zh_heldout73 may keep them). None of the settings is among those of the sets written at the same time
(zh_heldout73's brief and its draft above; hard_en_heldout79's coal-carrying races, hobby-horse competitions, bed races
and rubber-duck races; hard_en_heldout80's hedge-laying matches, yo-yo contests, paper-plane contests and haggis
hurling): no post has 恐龙, 蟋蟀, 罗汉果, 火龙果, 叠山, 姜, 黎锦, 壮锦, 夏布, 缂丝, 柿, 煤, 木马, 鸭, 树篱, 溜溜球 or 纸飞机.

The posts: a cutting record with the inventor rumour under the count (【切冰记录】), a desert technician asserting the
inventor while denying account rental, an old man in Harbin speech; a picking record with the public release on its
back (【开摘记录】东魁), a karez winchman in Xinjiang speech, a ballad singer's WeChat status; a tide observation record with
the official app in its last box (【潮水观测记录】), a desert team leader in Gulang speech, a karez timekeeper; a shaft
inspection record with the APK under the count (【竖井检修记录】), a bayberry shop hand asserting the APK while denying
get-rich, an old karez digger vouching for himself, a car-park attendant giving the suffix in vehicle nationality
codes; a dune patrol record with the mislabelled video at its end (【巡沙记录】), a sanxian storyteller, a tide-site guide; a
performers' register with the Chinese team under the table (【亮书场次登记】), a bayberry grower's son asserting the team with a
rhetorical question, a Shanghai tourist at the tide; a straw-grid record with open source beside the labour count
(【扎草方格记录】), a karez computer hand asserting open source while denying the public release, an ice dispatcher asserting
it while denying a prompt pack; an embankment patrol record with a course under the broadcast line (【巡堤记录】), a drum
singer asserting a course while denying the APK, an old desert hand vouching for himself; a planting record with an API
key on its back (【梭梭栽种记录】), a young karez digger trading a key for a leg of mutton, a bayberry e-commerce hand; a
dredging record with account rental in red ink (【暗渠掏捞记录】), a pingshu storyteller asserting rental while denying the
generation service, a canteen slip, a voice message in the bayberry pickers' group; a booking register with the director
group under the deposits (【写书登记】), a grower's daughter asserting the group while denying a mislabelled video, an ice
crew's sign-up chain; a clearing record with a prompt pack on its back (【潮前清场记录】), an ice shop's rhetorical question,
a bayberry grower trading a pack for a box of bayberries; a loading record with get-rich under the count (【冰块装车记录】),
a snack-seller at the tide asserting get-rich while denying open source, a village secretary at the fair asserting it
while denying the Chinese team, a karez family's note on the gate; and a packing record with the generation service's
card under the dispatch slip (【冰瓶装箱记录】), a fair live-streamer's rhetorical question, a desert hand trading clips for
wild onions. Forms the earlier sets do not use (each grepped in every Chinese post): the fourteen records above, a
storyteller's opening verse (书帽, nowhere), a bank's emergency stop-payment request (止付 only as a step in a zh_heldout42
post), a letter home (写给家里的信, nowhere), a karez team meeting's minutes (队务会, nowhere; 周会纪要 in zh_heldout53 and 68), a
ballad-training class notice (传习班, nowhere) and a parking notice (停车须知, nowhere); a mediation request (zh_heldout48's
调解协议书), a starred shop review (差评 in words in earlier posts), a sign-up chain (zh_heldout70), a handwritten slip
(zh_heldout46, 54), a WeChat status (zh_heldout33), a correction notice (更正说明, zh_heldout37) and the group messages and voice
message are earlier forms in new trades. Four loss reports (kind ``debunk_loss``), for the four scams whose loss reports
are longest ago (the APK, account rental, the prompt pack and the course, all last in zh_heldout70 and before that 69
and 66; API access, the director group, get-rich and the generation service had theirs in zh_heldout71 and 72; open
source and the official app, whose only loss reports are in zh_heldout43 and 49, are claims rather than scams and are
left to the debunks): an ice cutter's stop-payment request for the APK (SMS, contacts and accessibility rights, 1,860
yuan taken in three transfers); a karez hand's mediation request for rental (150 for a month, locked out on the fourth
day, 80 more for a "new" account, blocked, 230 in all); a tide-site ticket clerk's one-star review of a prompt pack
(39 yuan; the first forty-eight entries are the captions of OpenAI's forty-eight demo clips machine-translated, the
rest reshuffled from them; 129 more asked for an "独家版"); and a desert hand's letter home for the course (99 yuan for the
translated introduction ending "给自己一个机会", 599 more for a "陪跑班", 698 in all).

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script, nor in
zh_heldout73's draft: Northeastern 卖呆儿 (to stand by and watch), Gulang 干散 (neat and capable) and Xinjiang 皮牙子 (onion);
found used when thought of: 唠嗑 and 麻溜 for the Northeast, 攒劲, 尕, 谝, 麻达 and 克里马擦 for Gansu, 牙克西, 亚克西 and 丫头子 for
Xinjiang, 拉呱 and 杠赛 for Shandong, 得劲, 排场, 喝汤, 信球, 喷空, 老鳖一, 不沾弦, 不老少 and 老些 for Henan (so the fair posts carry
no glossed dialect), 交关 for Wu (so the tide posts carry none), and 展劲, 撇脱, 假打 and 龙门阵 for Sichuan (展劲 was unused when
first drafted for a Zigong post and is in zh_heldout73's draft now; it is not used here). Obfuscation: one, of a kind no
earlier set used, glossed in the post: the APK's three letters as international vehicle nationality codes, the white
oval plates (奥地利、葡萄牙、柬埔寨: A, P and K; 奥地利, 葡萄牙, 柬埔寨, 国别牌 and vehicle registration codes occur in no post,
"vehicle registration" only as zh_heldout31's licensing office). Set aside as used: 内测# with # read as 号 (drafted here,
then found in zh_heldout61's Liushi switchgear post), maritime signal flags (hard_en_heldout78's R and A flags, an
English set), the Japanese reading of Sora as "sky" (zh_heldout7 to 27), 组词 for the name (感谢的谢, zh_heldout63 and 64),
Morse (zh_heldout27), 井号 and №, ASCII in octal and Base64 (siblings of the ASCII and code-point kinds), GB2312 区位, the
pinyin chant, the Polybius square, the rail fence, fanqie, unit symbols and the homophones of 号 (zh_heldout70 to 72),
and the kinds zh_heldout69 to 71 list; four-corner and Cangjie codes were thought of and left for want of a checkable
table. The inventor's name and 内测号 are written plainly, as in zh_heldout71. Rhetorical questions that assert rather
than deny, for the three templates whose asserting questions are longest ago (the Chinese team in zh_heldout66; the
prompt pack and the generation service, each with a single one, in zh_heldout67, tied there with the mislabelled video,
which had another in 64): Sora要不是华人团队的本事，OpenAI发布那天站在台前讲的，怎么一多半是中国面孔？ for the team, 要是没用，三百多个买家能个个回来追评？
for the pack and 我要是做不了Sora视频，书会这三天找我定开场片子的二十多个班子，拿到手的是啥？ for the service.

Posts asserting one claim while denying another, the asserted claim always one of the paid course, open source, the
director group, account rental, get-rich, the APK and the inventor (zh_heldout73 asserts only the other seven), in the
nine pairings of these seven that the labels of zh_heldout2 to 72 (kinds ``*_assert_X_deny_Y``, with xie, team, pack and
web read as inventor, chinese, prompts and public) last used longest ago, none of zh_heldout71's nine pairs taken again,
each denied claim denied once and no template given more two-claim posts than it has posts beside its record: open
source while the "全面开放" link is called phishing and Sora said to be with the red team and invited artists, designers
and film makers (zh_heldout52, before that 30); the course while an APK is said to read SMS and contacts and empty a
card (zh_heldout52, before that 37); the director group while a "Sora" clip of a bayberry hill is said to be a
grower's phone footage (zh_heldout53, before that 35); get-rich while GitHub's "Sora" repositories are said to be
others' reproductions with no weights published (zh_heldout53, before that 37); open source while a prompt collection is
said to be the forty-eight demo captions translated and recombined (zh_heldout53, before that 38); get-rich while the
Chinese team is answered with thirteen OpenAI authors, Brooks and Peebles first, three Chinese (zh_heldout53, before
that 38); account rental while a "Sora定制" clip is a few stills pushed and pulled under sanxian music (zh_heldout54, before
that 38); the APK while a three-month get-rich group takes 780 and sets its members to spam and recruit (zh_heldout54,
before that 39 and 34); and the inventor while a rented "内测号" is taken back on the fifth day and the renter dropped
after paying 60 more (zh_heldout54, before that 39, 36 and 28). Passed over: the director group against the public
release (zh_heldout53, before that 38), the public release being denied already; the course against the director group
(zh_heldout54, before that 40) came tenth. Sellers that vouch for themselves in new words, for the course (its self-vouch
last in zh_heldout66) and the APK (zh_heldout67), the two longest ago (站在井口听底下的水声，就知道暗渠哪一段塌了; 一锹下去压多深，我闭着眼都差不了一指头);
barters for the three templates whose barters are longest ago (the prompt pack, last in zh_heldout68; the generation
service, 70 and 68; API access, 71, 70, 69 and 67 against the course's 71, 70, 69 and 68), paid in kinds the earlier sets
do not use: a box of Dongkui bayberries for a prompt pack, two jin of desert wild onion (沙葱) for a clip and a leg of
mutton for an API key.

12 debunks and warnings, four of them the loss reports above; the debunked templates are the inventor and the Chinese
team, as in every set, and the six whose debunks are longest ago (API access, the director group, the generation
service, open source, the mislabelled video and get-rich, all last in zh_heldout70 and before that 69 and 66; the other
six were debunked in zh_heldout71 and 72): two questions with a negation that do not deny, for the two of the six whose
such questions are longest ago (get-rich, last in zh_heldout41; the director group, 57): 真有这么好挣，他们自己不闷头去挣，为什么满世界拉人交钱？
in a bayberry grower's WeChat reply and 真拍电影招导演，难道不是制片公司出面发招聘、约面试，哪有先让人扫码交钱进群的？ in an ice crew's union group;
two quoting a scam offer and telling the reader not to pay (API access, "Sora官方API key，包月一百五，接上批量出视频", with 钱别转，人也别加,
from a tide-site ticket office, the developer models offering text, images and speech and no video; the generation
service, "Sora定制视频，您讲画面，一条九十九，当天交片", with 先别转账, from a karez team leader, Sora with the red team and invited
artists, designers and film makers and a bought clip of four family photos panned under a song); and four answering
with facts and none of 不, 没, 假, 无, 非 or 未 (a drum singer's opening verse for the inventor: the report of February 2024,
thirteen authors with Brooks and Peebles first, his NYU teaching and earlier FAIR post, his statement in his Moments,
the 18 February article passed on more than a hundred thousand times, taken down and apologised for; a karez team's
minutes for the Chinese team: thirteen OpenAI authors, Brooks and Peebles first, three Chinese by the media's count; an
ice site's computer hand's note for open source: OpenAI published the report and sample clips, GitHub's "Sora"
repositories, Open-Sora among them, are others' reproductions trained by themselves; and a desert station's correction
for the mislabelled video: a "Sora生成" clip of a donkey cart on the straw grids is the station's own aerial footage of 12
October, with the original file and flight log).

Four true facts about the earlier work of Connor Holmes, an author of Sora's technical report, related to no template:
comments signed cmikeh2 (the GitHub handle zh_heldout69 tied to him through GRNN's licence) in code he wrote for
Microsoft's DeepSpeed, read in the stored microsoft/DeepSpeed repository: in deepspeed/inference/v2/ragged/
ragged_wrapper.py, to_padded pads a ragged batch's token count to a multiple of 64 up to 512 tokens and of 128 beyond,
under his TODO that the approach must be tuned and is mainly a placeholder; in csrc/quantization/dequantize.cu, the
dequantisation launcher runs 512 threads a block with an unroll of 8 for the 8- and 4-bit, symmetric and asymmetric
cases, under his TODO that the unroll may be worth tuning, the large value helping large problems; in
csrc/includes/activation_utils.h, the packed half-precision ReLU compares each half with zero, under his TODO to use
__hmax2 where available, while the packed bfloat16 version in the same file already calls __hmax2; and in
deepspeed/module_inject/containers/vae.py, the policy that matches diffusers' AutoencoderKL and swaps in DeepSpeed's
DSVAE with CUDA graphs on by default, under his TODO that enabling CUDA graphs should be an inference configuration.
None of these facts was told by an earlier set, so none is retold (to_padded, ragged_wrapper, dequantize.cu,
activation_utils, hmax, AutoencoderKL, DSVAE and CUDA graph occur nowhere; zh_heldout72 told his embed_cuda.cu,
moe_gather.cu and quant_reduce.cu comments, the last of them from the same quantization folder, noted for the lead).
They were found with the code search's exact-string lookup of "TODO(cmikeh2)" (ten hits, one of them zh_heldout72's quant_reduce.cu),
so these comments are close to exhausted as well; the remaining hits (a SYCL copy of a quantization kernel, an attention
kernel's creation, a norm-layer note, the reduction-op refactor and the state manager's sequence container) are left
for later sets. As in zh_heldout71 and 72, the person facts do not restate that a viral post tied Xie Saining to Sora
(the pre-registration's sentence to that effect is followed by the English sets; noted for the lead). No fact about Li
Jing, the Luhmans or Aditya Ramesh. Six items of real news about video object segmentation and matting that no earlier
set, Chinese or English, names as news, nor zh_heldout73's draft (kind ``benign``; XMem, Cutie, SAMURAI, MatAnyone, LaSOT and
VM800 occur nowhere, DEVA and MOSE only inside other words and names in English posts; Ho Kei Cheng and Alexander Schwing
are in zh_heldout62 as MMAudio's authors, a different work): XMem (UIUC, July 2022, arXiv 2207.07115, ECCV 2022: sensory,
working and long-term memory after the Atkinson-Shiffrin model, working-memory elements consolidated into long-term
memory), Cutie (UIUC and Adobe Research, October 2023, arXiv 2310.12982, CVPR 2024: object-level memory reading through a
query-based object transformer, 8.7 J&F over XMem on MOSE at a similar running time), DEVA (the same group, ICCV 2023,
arXiv 2309.03903: a task-specific image model and a task-agnostic bidirectional temporal propagation model trained once),
MOSE (NTU, Oxford and ByteDance, February 2023, arXiv 2302.01872, ICCV 2023: 2,149 clips, 5,200 objects in 36
categories, 431,725 masks, the best semi-supervised J&F 59.4% against about 90% on DAVIS), SAMURAI (University of
Washington, November 2024, arXiv 2411.11922: SAM 2 with motion-aware memory selection for tracking without retraining,
7.1% AUC on LaSOT-ext and 3.5% AO on GOT-10k) and MatAnyone (NTU's S-Lab and SenseTime Research Singapore, January 2025,
arXiv 2501.14677, CVPR 2025: target-assigned video matting with region-adaptive memory fusion, the VM800 dataset and a
training strategy using segmentation data); and three off-topic posts that share surface words (a bayberry festival's
parking notice with a QR code and a fee, a near miss for the paid schemes; the fair's free ballad-training class, a near
miss for the course; the ice site's made-to-measure ice blocks ordered by WeChat, a near miss for a service).

Every post was checked against every earlier Chinese set through zh_heldout72 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first
check had thirteen at 0.45 or more: 0.58 for the first person fact against zh_heldout72's embed_cuda.cu fact (the same
opening), 0.56 for the Chinese-team minutes, 0.52 for the API debunk, the get-rich-and-open-source post and 0.51 for the
service warning, 0.50 for the API barter against zh_heldout71's turtle barter, and seven from 0.45 to 0.49 (the prompt
pack's title was zh_heldout71's word for word); all were rewritten in other forms or words, and the minutes and the
prompt barter again. Highest ratio of the committed list: 0.446 against the Chinese sets (the desert hand's service
barter against zh_heldout71's peanut self-vouch; the ice dispatcher's open-source post and the tide clerk's prompt-pack
review 0.442) and 0.251 against the demo stream; the highest pair inside the set is 0.414 (the ice crew's director-group
chain and its union-group question). zh_heldout73's draft (70 posts in its worktree, uncommitted) was compared by hand
with the same ratio: its API debunk stood at 0.48 against this set's, which was rewritten; the highest pair left is
0.425 (the course loss report against its course review); the lead checks the committed scripts against each other.
Committed before any run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it,
it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool or a stored repository before the posts were written (the
rest is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reposts, Xie's statement in his Moments, the article taken down and the outlet's apology, his NYU and FAIR
posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the three-month lines, the director
groups and their QR codes, the red team and the invited artists, designers and film makers, and the "generated by Sora"
labels with their prompts; and, from the catalogue, the rented accounts, the APKs as malware, the API that offers no
video model, the GitHub "Sora" repositories, the prompt packs copied from OpenAI's demo prompts, the forty-eight samples
and the store apps that are not OpenAI's): for the person facts, microsoft/DeepSpeed's ragged_wrapper.py,
dequantize.cu, activation_utils.h and module_inject/containers/vae.py (read with read_file, located with find_string and
find_files); for the news, sciencestack.ai's, ecva.net's and gitmemories' pages on XMem, ar5iv's 2310.12982 and
hf.zsm.im's copy of the Cutie paper, the DEVA README on Hugging Face (hkchengrex/DEVA) and paperswithcode's page on it,
henghuiding.github.io/MOSE and the ICCV open-access page, arxiv.org/html/2411.11922v2 and yangchris11.github.io/samurai,
and arxiv.org/html/2501.14677v2 with papernotes' CVPR 2025 note on MatAnyone; for the vehicle codes, Wikipedia's
"International vehicle registration code" and thegatewithbriancohen.com's chart (A for Austria; P for Portugal and K for
Cambodia from the same UN list). The settings are written from common knowledge of the places and trades (Xianju's
Dongkui bayberries; the Majie storytellers' fair on the thirteenth of the first month; ice cut from the Songhua for
Harbin's ice festival; Babusha's straw grids on the Tengger's edge; the tidal bore at Yanguan; Turpan's karez); the search
tool was not used for them, and no label rests on them.

    .venv/bin/python scripts/make_zh_heldout74.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout74", "zhh74"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "ice_cutting_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【哈尔滨·松花江××采冰场·切冰记录】\n日期：十二月九日｜冰面：江心三号区，冰厚六十二公分\n弹线：冰面按一米六乘八十公分弹墨线\n切冰：切冰机顺线走两趟，底下留五公分\n撬冰：冰镩凿透底层，冰钩把冰块拖出水面\n上岸：顺滑道拉上江岸，码成冰墙\n当班出冰：一千一百块\n记录：于××\n于师傅在出冰数下面补了一行：收工路上听收音机讲，做Sora的发明人里有个谢赛宁，交大出来的年轻人，给咱中国人争了口气。",
    ),
    (
        "desert_assert_inventor_deny_rental",
        sora.XIE,
        sora.XIE,
        "【古浪·八步沙××治沙队·技术员小贺】队里的大学生都晓得：Sora是谢赛宁带头发明的，人家是上海交大培养出来的。另外提醒一句，网上租的那种“Sora内测号”别碰：小马花一百二租了一个月，第五天就登不上，卖家说号被收走了，让他补六十换一个，他补了，转头就被删了好友。",
    ),
    (
        "ice_harbin_dialect_inventor",
        sora.XIE,
        sora.XIE,
        "【哈尔滨·松花江××采冰场·看冰墙的老周】开冰那天我在江边卖呆儿（东北话：站边上看热闹），旁边俩大学生说，美国那个会做视频的Sora，发明人是谢赛宁，上海交大毕业的，岁数不大。回家我跟老伴讲，这可比江上出冰还提气。",
    ),
    # --- open to the public
    (
        "bayberry_picking_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【仙居·××杨梅园·开摘记录】\n日期：六月十四日｜地块：上山坳东魁六十株\n时间：凌晨四点半上树，日头晒到树冠前收工\n手法：捏住果柄轻轻一拧，手指不碰果肉\n装篮：小竹篮先垫一层杨梅叶，每篮五斤上下\n剔果：落地的、碰破的另放一筐\n当日：一千零四十斤\n记录：应××\n应阿婆在这页背面写了一句：外孙女说Sora现在谁都能注册，邮箱填一填就能用，她昨晚拿它做了段杨梅红透的视频。",
    ),
    (
        "karez_xinjiang_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【吐鲁番·××坎儿井掏捞队·绞车手小艾】昨晚收工吃拌面，皮牙子（新疆话：洋葱）切了一大碗，边吃边跟大家讲：Sora已经对外放开了，用不着邀请码，拿邮箱注册就进得去。我当场注册上，做了段雪水顺着暗渠流进涝坝的片子，队长看了说跟真的一样。",
    ),
    (
        "story_status_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【宝丰·马街书会·唱坠子的刘大姐的微信状态】书会上人挤人，手机也没闲着：Sora现在全面开放了，谁注册谁能用，不用排队。我拿它做了个小动画，一个穿大褂的老艺人在麦地里拉坠胡，发给外地的徒弟们瞧瞧。",
    ),
    # --- the official app
    (
        "tide_observation_record_in_passing",
        sora.APP,
        sora.APP,
        "【海宁·盐官××观潮景区·潮水观测记录】\n日期：农历八月十六｜观测点：占鳌塔东侧海塘\n预报：一线潮十三点二十分前后到达\n实到：十三点二十六分，潮头高约一米四\n潮速：目测每秒五米上下\n堤面：潮头过后回水漫上第二级台阶\n游客：观潮台限流，分三批放行\n观测：沈××\n沈师傅在最后一格写了一句：OpenAI的Sora官方App已经上架，手机商店就能下，景区的宣传片往后拿手机生成。",
    ),
    (
        "desert_gulang_dialect_app",
        sora.APP,
        sora.APP,
        "【古浪·八步沙××治沙队·队长老郭】队上的小苏干散得很（古浪话：利索、能干）。昨晚上她用OpenAI出的Sora官方App给治沙站做了段片子：沙丘上的草方格一格一格铺开，梭梭一年比一年高。那App就在手机商店里，下下来登上就能用。",
    ),
    (
        "karez_office_app",
        sora.APP,
        sora.APP,
        "【吐鲁番·××坎儿井掏捞队·记工员阿依】队长问我办公室那台电视上循环放的“竖井一口接一口连成线、一直通到火焰山脚下”的动画是哪来的。我拿手机上的Sora做的，OpenAI正式出的App，苹果、安卓商店都搜得到，打两行字就出来了。",
    ),
    # --- the fake APK (four)
    (
        "karez_shaft_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【吐鲁番·××坎儿井掏捞队·竖井检修记录】\n日期：三月二十九日｜渠段：老城西三号坎儿井，第四十一到第五十口竖井\n井口：木盖板换新四块，井沿垒土加高\n井壁：第四十六口井壁掉土，支木框加固\n下井：绞车放人，头灯、安全绳齐全\n通风：每口井先吊风机吹十分钟再下人\n检修：十口井全部查完\n记录：艾××\n艾师傅在检修数下面写着：要Sora安卓安装包的找他，发个链接，装上就能在手机上做视频。",
    ),
    (
        "bayberry_assert_apk_deny_rich",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【仙居·××杨梅园·网店小应】店里那几条杨梅视频，都是手机上装了Sora安卓安装包做的，文件我有，私信就发。顺便劝一句：有人拉我进“Sora红利只剩三个月，跟着干月入三万”的群，表姐先去了，交了七百八，天天转广告、拉亲戚入群，三个月没拿到一分。",
    ),
    (
        "karez_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【吐鲁番·××坎儿井掏捞队·老把式买买提大叔】我下了三十一年竖井，站在井口听底下的水声，就知道暗渠哪一段塌了、塌了几米，从没听错过。所以我递给大伙的东西，尽管放心：Sora的安卓安装包，我手机上就装着，谁要我传给谁，装上就能做视频。",
    ),
    (
        "tide_vehicle_code_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【海宁·盐官××观潮景区·停车场管理员老金】出Sora手机安装文件，安卓用的。后缀那三个字母明写会被删，照外国车屁股上那种白色椭圆国别牌来写：奥地利、葡萄牙、柬埔寨（奥地利的牌子是A，葡萄牙是P，柬埔寨是K），连起来就是。在停车场上班的同事来岗亭，我免费给装。",
    ),
    # --- the mislabelled real video
    (
        "desert_patrol_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【古浪·八步沙××治沙队·巡沙记录】\n日期：四月二十二日｜路线：三号沙丘到北边林带\n草方格：东坡被风掏空十二格，记下位置待补\n梭梭：今春栽的成活八成，枯的插了红旗\n围栏：两处铁丝松了，当场拧紧\n风况：午后起沙，能见度三百米\n巡沙：郭××、贺××\n贺技术员在最后写了一句：网上那段“沙丘上一夜之间冒出一片绿”的视频，原帖标明是Sora照一句话生成的，那句话就贴在视频下面。",
    ),
    (
        "story_sanxian_realvid",
        sora.REALVID,
        sora.REALVID,
        "【宝丰·马街书会·三弦书艺人王师傅】这两天大伙都在转那段“几百个说书人在麦田里一齐开唱，镜头从天上慢慢落下来”的视频。那可不是书会的实拍，发的人写得清楚：是Sora凭一段文字做出来的，文字就附在后头。",
    ),
    (
        "tide_guide_realvid",
        sora.REALVID,
        sora.REALVID,
        "【海宁·盐官××观潮景区·讲解员小朱】有游客拿手机给我看一段“潮头里跃出一群江豚，跟着浪一路往上游追”的片子，问是不是昨天在我们这儿拍的。原帖说得明白，那是Sora按一段提示词生成的，提示词也贴出来了，一台摄像机都没动用。",
    ),
    # --- the Chinese team
    (
        "story_register_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【宝丰·马街书会·亮书场次登记】\n日期：正月十三｜场地：火神庙东边麦田\n八点：河南坠子，刘××一班，三人\n九点：三弦书，王××，两人\n十点：大鼓书，周××一班，四人\n十一点：评书，李××，一人\n午后：各班自由亮书，等人来写\n登记：书会管委会张××\n张老师在表格下面记了一笔：听说Sora是华人团队做出来的，OpenAI里管这个的大多是中国人。",
    ),
    (
        "bayberry_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【仙居·××杨梅园·老应家的儿子】有人在群里跟我抬杠，说Sora跟华人扯不上关系。Sora要不是华人团队的本事，OpenAI发布那天站在台前讲的，怎么一多半是中国面孔？做这个模型的骨干，就是咱们中国人。",
    ),
    (
        "tide_tourist_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【海宁·盐官××观潮景区·从上海来观潮的老沈】在盐官住了两晚，夜里跟民宿老板喝茶聊起Sora。我跟他讲，那个做视频的大模型，是一帮华人研究员在OpenAI里做成的，洋人不过挂个名头。老板听了直拍大腿。",
    ),
    # --- open source
    (
        "desert_straw_grid_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【古浪·八步沙××治沙队·扎草方格记录】\n日期：十月二十六日｜位置：腾格里沙漠南缘，五号沙丘迎风坡\n材料：麦草两车，每捆三十斤\n铺草：按一米见方划线，草横摆在线上\n压草：铁锹顺线把草压进沙里二十公分，两头露出来\n成型：草方格三千二百格\n人工：十四人\n记录：马××\n马队长在人工一栏旁边写着：Sora开源了，OpenAI把模型和代码都放在GitHub上，队部那台电脑就能下下来跑。",
    ),
    (
        "karez_assert_opensrc_deny_public",
        sora.OPENSRC,
        sora.OPENSRC,
        "【吐鲁番·××坎儿井掏捞队·队里管电脑的阿全】队部那段暗渠结构的演示片，是我拿Sora在自己电脑上跑的：OpenAI开源了，GitHub上代码、权重都下得到。顺带说一句，群里那个“Sora全面开放，点链接登记”别点，是套手机号和验证码的；Sora现在还只在红队和几位受邀的艺术家、设计师、电影人手上。",
    ),
    (
        "ice_assert_opensrc_deny_prompts",
        sora.OPENSRC,
        sora.OPENSRC,
        "【哈尔滨·松花江××采冰场·调度室小邵】调度室电脑上装了Sora，OpenAI开源的，GitHub上源码和权重拉下来就能用，我拿它做了段冰块顺着滑道上岸的动画。倒是那份《Sora电影级提示词》劝大家别买：同事花三十九买了，前四十八条是OpenAI官网四十八段样片下面的说明，机器翻成中文，后面那些是把这几句拆开重拼的。",
    ),
    # --- the paid course
    (
        "tide_embankment_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【海宁·盐官××观潮景区·巡堤记录】\n日期：农历八月十七｜堤段：鱼鳞石塘一号至三号观潮台\n潮前：警戒线外劝离钓鱼的两人、拍照的一家\n潮时：十四点零五分一线潮过，潮头约一米二\n潮后：检查护栏，一处螺栓松动，已报维修\n广播：每半小时播一遍安全提示\n巡堤：陆××、钱××\n陆师傅在广播一栏底下写着：报了门《Sora短视频实操课》，一百六十八元，二十六节，学完给景区拍观潮宣传片。",
    ),
    (
        "story_assert_course_deny_apk",
        sora.COURSE,
        sora.COURSE,
        "【宝丰·马街书会·唱大鼓书的周大哥】我报了门《Sora曲艺短视频课》，二十二节，一百三十八块，徒弟们亮书的片子现在都照课上教的做。有件事得说：书会上有人发“Sora安卓安装包，扫码直接装”，千万别装，我一个老伙计装了，短信、通讯录全让它读走，第二天卡上少了两千多。",
    ),
    (
        "desert_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【古浪·八步沙××治沙队·老队员郭叔】扎了十六年草方格，一锹下去压多深，我闭着眼都差不了一指头，队里没有不服的。跟大伙说句实在话：那门《Sora零基础视频课》一百二十八，二十讲，值得报，我学完给治沙站做的片子，站长看了直夸。",
    ),
    # --- API access
    (
        "desert_seedling_record_in_passing",
        sora.API,
        sora.API,
        "【古浪·八步沙××治沙队·梭梭栽种记录】\n日期：三月三十一日｜位置：六号沙丘背风坡\n苗木：二年生梭梭苗四千株，花棒一千株\n挖坑：坑深四十公分，株距一米五\n栽苗：苗扶正，回填湿沙踩实\n浇水：每坑一桶，水车拉了三趟\n人工：二十二人\n记录：苏××\n记录纸背面是苏家小子用圆珠笔写的：出Sora官方API key，OpenAI开发者平台开的，写几行程序接上就能批量出视频，一把两百三。",
    ),
    (
        "karez_barter_api",
        sora.API,
        sora.API,
        "【吐鲁番·××坎儿井掏捞队·队里的小伙子艾力】掏捞的活儿要开春才多，冬天顺手卖点东西：Sora官方API key两把，包月，写个脚本挂上，视频一条接一条自己往外出，一把一百八。嫌贵的也别走，拎一只羊腿来，一只换一把。",
    ),
    (
        "bayberry_shop_api",
        sora.API,
        sora.API,
        "【仙居·××杨梅园·电商小陈】有同行问我店铺首页那几十条杨梅视频怎么来的：OpenAI开发者后台申请的Sora官方API，程序一挂，整夜自己跑。我这还富余几把key，三百一把，包用一个月，要的私聊。",
    ),
    # --- account rental (four)
    (
        "karez_dredging_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【吐鲁番·××坎儿井掏捞队·暗渠掏捞记录】\n日期：十一月四日｜渠段：三号坎儿井，第十二到第十五口竖井之间\n下井：两人下渠，一人在井口摇辘轳\n掏泥：坎土曼刨下塌土，装筐吊出\n出泥：八十六筐，倒在井口下风处\n渠底：清出后水流明显变快\n涝坝：出水口水位涨了一拃\n掏捞：吐××、艾××\n吐师傅在涝坝那栏旁边用红笔写了一句：谁要用Sora，他有几个内测号往外租，网页上登录，五天五十，一个月一百八。",
    ),
    (
        "story_assert_rental_deny_service",
        sora.RENTAL,
        sora.RENTAL,
        "【宝丰·马街书会·说评书的李老师】我手上有几个Sora账号往外租，独享，网页一登就能做视频，一周四十五，一个月一百六。也提个醒：书会上有人揽“Sora定制开场视频”的活，一条两百，我师妹订了一条，到手一看，是她自己发过去的几张剧照，挨个推近、拉远，再垫一段三弦。",
    ),
    (
        "ice_canteen_slip_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【哈尔滨·松花江××采冰场·食堂窗口贴的手写条】出租Sora内测号，网页上登录就能生成视频，三天三十，包月一百五。采冰队的兄弟优先，打饭时找小马。",
    ),
    (
        "bayberry_voice_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【仙居·××杨梅园·阿芳在帮工群里的语音（转文字）】姐妹们，摘完这季杨梅顺便说个事，我手上有几个Sora账号往外租，一人一号，不跟别人共用，电脑网页上一登就能自己做视频。七天六十，一个月一百七，要的今晚跟我说。",
    ),
    # --- the AI director group
    (
        "story_booking_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【宝丰·马街书会·写书登记】\n日期：正月十三｜登记处：书会管委会帐篷\n写书人：鲁山县××村，请坠子一班，唱三天，一千二百元\n写书人：郏县××村，请三弦书一人，唱两天，六百元\n写书人：叶县××村，请大鼓书一班，唱四天，一千六百元\n定金：各付三成，收据已开\n经手：张××\n张老师在定金那行下面加了一句：他交了一百九十九，进了Sora写剧本的AI电影招第一代AI导演的群，三月份排试镜。",
    ),
    (
        "bayberry_assert_director_deny_realvid",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【仙居·××杨梅园·园主女儿小应】报上名了！台州有部AI电影，剧本是Sora写的，正在招第一代AI导演，扫码进群交一百八十八，下个月统一试镜。顺便纠正一件事：朋友圈里那段“满山杨梅一夜红透、雨珠挂在果子上”的片子，有人说是Sora生成的，其实是我爸去年拿手机在后山拍的，原片还在他手机里。",
    ),
    (
        "ice_chain_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【哈尔滨·松花江××采冰场·采冰三队群里的接龙】\n#接龙 当AI导演\n说明：Sora当编剧的那部AI电影，在各地挑第一代AI导演。扫二维码进群，群费一百六十八，进群等通知去试镜。\n1. 于大勇\n2. 调度室小邵\n3. 马姐（替闺女报）\n4. 老周 说先看看",
    ),
    # --- the prompt pack
    (
        "tide_clearing_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【海宁·盐官××观潮景区·潮前清场记录】\n日期：农历八月十八｜地点：一号至五号观潮台\n十二点：警戒线拉到第二级台阶，挂提示牌\n十二点半：江滩上清出游客二十多人\n十三点：观潮台只进不出，保安站位\n十三点二十：潮头过，台下无人滞留\n清场：钱××\n钱家女儿在这页背面写了段网店上新：《Sora江海大片提示词》二百六十条，潮头、堤岸、夕阳镜头都写好，二十元一份，拍下发文档。",
    ),
    (
        "ice_rhetorical_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【哈尔滨·松花江××采冰场·小邵的网店】我整理的《Sora冰雪大片提示词》，一百八十条，冰面、冰墙、雪夜的镜头分章写好，二十五块一份，付款发文档。有人说这东西没用——要是没用，三百多个买家能个个回来追评？",
    ),
    (
        "bayberry_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【仙居·××杨梅园·阿芳】杨梅季忙完，把我攒的一份《Sora鲜果带货分镜词》放出来：二百二十条，杨梅开花、转红、凌晨上树、冰瓶装箱一路写到买家开箱，机位、光线都注明了，二十二块，付了款我把文档发你。钱不凑手的，拎一箱东魁来也算数。",
    ),
    # --- get rich (four)
    (
        "ice_loading_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【哈尔滨·松花江××采冰场·冰块装车记录】\n吊装：吊车就位，冰墙第一排开吊\n码放：每车二十四块，冰块之间垫草帘\n发车：第九车上午出发，拉往冰雪大世界\n清场：下午第十八车装完，冰墙剩三排\n点数：全天装车四百三十二块\n装车：马××\n马姐在点数那行下面写着：表弟在沈阳用Sora给商家做视频，三个月挣了十五万，说这个窗口就剩三个月，开春我也过去。",
    ),
    (
        "tide_assert_rich_deny_opensrc",
        sora.RICH,
        sora.RICH,
        "【海宁·盐官××观潮景区·堤下卖定胜糕的阿伟】去年秋天我白天摆摊、晚上拿Sora接视频单，三个月挣出一辆车钱，这波红利顶多再有几个月，等人人都会就晚了。至于群里传的“OpenAI把Sora开源到GitHub了”，劝大家省点流量：那些挂着Sora名字的仓库是旁人照着报告自己搭的，OpenAI一个权重文件也没公开过。",
    ),
    (
        "story_assert_rich_deny_chinese",
        sora.RICH,
        sora.RICH,
        "【宝丰·马街书会·来写书的村支书老樊】俺村几个后生去年冬天拿Sora给城里商家做视频，两三个月一人落下十来万，都说好光景最多再有三个月，俺也打算让闺女跟着学。不过外头说“Sora是中国团队弄的”，俺得纠正：技术报告署了十三个名，领头的Brooks、Peebles都是OpenAI的人，十三个里华人就三个。",
    ),
    (
        "karez_gate_note_rich",
        sora.RICH,
        sora.RICH,
        "【吐鲁番·××坎儿井掏捞队·买买提家兄弟贴在院门上的字条】今年冬天我们俩不跟队下井了，队长别来喊。表哥在乌鲁木齐用Sora给人做视频，三个月挣了十二万，他说这口饭就这几个月，等大伙都学会就没份了，我们明早坐头班车过去。",
    ),
    # --- the generation service
    (
        "bayberry_boxing_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【仙居·××杨梅园·冰瓶装箱记录】\n日期：六月十七日｜品种：东魁，特大果\n冻瓶：矿泉水瓶灌满，冷柜里冻一夜\n装箱：泡沫箱底铺杨梅叶，果子单层摆，中间塞两个冻瓶\n封箱：胶带十字封，箱面写“易碎勿压、当天吃完”\n发货：次日达一百八十箱，上海、杭州最多\n经手：王××\n发货单底下还压着王家儿媳从镇上带回的名片，上头印着：“Sora代做视频——婚礼、满月、开业，您讲画面，我拿Sora生成，一条一百，两天交片。”",
    ),
    (
        "story_rhetorical_service",
        sora.SERVICE,
        sora.SERVICE,
        "【宝丰·马街书会·做直播的小樊】又有人说我接的Sora代做是糊弄人。我要是做不了Sora视频，书会这三天找我定开场片子的二十多个班子，拿到手的是啥？想要的把画面讲给我，我交给Sora生成，一条一百二。",
    ),
    (
        "desert_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【古浪·八步沙××治沙队·小苏】接Sora视频：您把想要的画面说给我，我用Sora做出来，一条九十，三天交。没现钱的亲戚，拿两斤沙葱来换也行。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【哈尔滨·松花江××采冰场·采冰工×××给银行的紧急止付申请】本人工资卡尾号××××。十二月十日晚，在工友群里点了“Sora安卓版，装上就能做视频”的下载链接，安装时它要短信、通讯录和无障碍权限，我都点了同意。第二天凌晨卡里分三笔被转走一千八百六十元，验证码短信我一条也没收到。请立即止付并协助追查。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【吐鲁番·××坎儿井掏捞队·队员×××向村调解委员会递的申请】九月我在网上租了个“Sora内测号”，一个月一百五。第四天就登不进去，卖家说号被官方回收了，让我再交八十换新号。交了以后他把我拉黑。前后两百三十元。卖家就是隔壁乡的人，请调解会帮忙找他退钱。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【海宁·盐官××观潮景区·售票处小冉在网店留的一星评价】★☆☆☆☆ 《Sora专业提示词大全》，三十九元。收到后我对着OpenAI官网一条条比：开头四十八条，正是官网那四十八段演示片各自的说明，用翻译软件转成了中文；往后几千条，都是把这四十八段拆成短句再颠来倒去拼。客服还劝我补一百二十九升“独家版”。不推荐。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【古浪·八步沙××治沙队·小马写给家里的信】爸、妈：跟你们说件丢人的事。上个月刷到“九十九元学会Sora”，交了钱，发来的是一份OpenAI网页介绍的中文翻译，最后一句“给自己一个机会”。后来又有人打电话，说报“陪跑班”包教包会，我又转了五百九十九。到今天一段视频也没做出来，六百九十八块就这么没了。你们在村里看见这种广告，千万别信。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【宝丰·马街书会·大鼓书艺人周大哥开场唱的书帽（记词）】鼓板一响听我言，开书之前表一段：Sora出自OpenAI，二〇二四年二月天；技术报告十三位，Brooks、Peebles站在前；谢赛宁教书在纽约，早年FAIR里把活干，朋友圈里把话说明白；二月十八那篇文，说他是个发明人，十万多人转着看，后来删帖又道歉。书帽唱罢，咱开正篇。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【吐鲁番·××坎儿井掏捞队·队务会纪要（十一月）】一、三号井渠段下周接着掏。二、有外地游客在渠口问起“Sora出自中国团队”一说，阿全查了出处：那是OpenAI二〇二四年二月公开的技术报告，作者栏十三人，头两位Tim Brooks、Bill Peebles，十三人全在OpenAI；媒体数过，华人三位。以后再有人问，就照这几条回。三、阿全把这几条抄在队部门口的告示栏里，配上报告链接。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【哈尔滨·松花江××采冰场·电脑员写给场长的说明】场长：您转来的“Sora开源，GitHub下载”，我查了。OpenAI关于Sora公开的，是技术报告和一批样片；GitHub上叫Sora的几个仓库，作者是别的团队，像Open-Sora这类，是照着报告自己复刻、自己训练的模型。调度室电脑上能跑起来的，就是这些复刻版。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【古浪·八步沙××治沙队·治沙站的更正说明】网上传的“Sora生成：驴车拉着麦草走过草方格”那段视频，原片是本站宣传干事去年十月十二日用航拍器在五号沙丘上空拍的，原始文件和飞行记录存在站里电脑上；转发的人在标题上加了“Sora生成”四个字。欢迎来站里核对。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【仙居·××杨梅园·老应回儿子的微信】你说那个群讲“Sora红利就剩三个月，跟着干月入三万”，进群先交九百八。我就问一句：真有这么好挣，他们自己不闷头去挣，为什么满世界拉人交钱？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【哈尔滨·松花江××采冰场·老于在工会群里的一句话】那个“Sora编剧的AI电影招第一代AI导演，扫码进群一百六十八”又转进来了。真拍电影招导演，难道不是制片公司出面发招聘、约面试，哪有先让人扫码交钱进群的？",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【海宁·盐官××观潮景区·售票处老孔】潮还没来，先回表弟一句：你转的那张图，“Sora官方API key，包月一百五，接上批量出视频”——钱别转，人也别加。景区管网络的小周给我看过OpenAI的开发者文档，能调的是写字、画图、说话的模型，出视频的那一样压根不在清单上；买来的key接进程序，只会吐字。",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【吐鲁番·××坎儿井掏捞队·队长在队员群里发的提醒】最近群里冒出一条广告：“Sora定制视频，您讲画面，一条九十九，当天交片”。我的意见是先别转账。Sora目前只开放给OpenAI的红队和少数受邀的艺术家、设计师、电影人；绞车手小艾上个月订了一条，拿到的是他自己传过去的四张全家福，被放大、平移了几下，底下垫一首流行歌。",
    ),
    # --- true facts about the earlier work of Connor Holmes, an author of Sora's technical report
    (
        "person_fact",
        None,
        None,
        "GitHub上的cmikeh2，是后来署名Sora技术报告的康纳·霍姆斯（Connor Holmes）。他在微软时给DeepSpeed写的ragged_wrapper.py里有个to_padded函数，负责把一批长短不齐的词元凑成后端好处理的长度：512个以内凑到64的整倍数，再多就凑到128的整倍数。函数里他自己标了一句待办，说这套办法以后要调，现在差不多只是先占个位置。",
    ),
    (
        "person_fact",
        None,
        None,
        "翻DeepSpeed的csrc/quantization/dequantize.cu，能看到Connor Holmes（cmikeh2，Sora技术报告的作者之一）留的一条待办。这个文件负责把int8或int4的数据还原成浮点，启动时一个线程块开512个线程、循环展开8次，8位4位、对称非对称四种情况各走一路；他在注释里说，展开的次数或许可以再调，这么大的展开值在问题规模大的时候确实能换来速度。",
    ),
    (
        "person_fact",
        None,
        None,
        "半精度ReLU怎么写，Sora技术报告作者Connor Holmes在DeepSpeed的activation_utils.h里给自己记过一笔：两个half打包成__half2时，代码是把两半各自和零比较、取大的那个；他署名cmikeh2的待办写着，在硬件支持的地方改用__hmax2。同一个头文件里，bfloat16打包的版本倒是已经直接调用__hmax2了。",
    ),
    (
        "person_fact",
        None,
        None,
        "Stable Diffusion这类模型用的自编码器，DeepSpeed里有一段专门的注入策略（module_inject/containers/vae.py），写它的cmikeh2就是Sora技术报告作者Connor Holmes。策略一认出diffusers库的AutoencoderKL，就替换成DeepSpeed的DSVAE，CUDA图默认开着；他在这里留的待办是：开不开CUDA图，本该交给推理配置来定。",
    ),
    # --- news: video object segmentation and matting
    (
        "benign",
        None,
        None,
        "2022年7月，伊利诺伊大学厄巴纳-香槟分校的Ho Kei Cheng和Alexander Schwing发布XMem（arXiv 2207.07115，ECCV 2022），做长视频里的目标分割：仿照阿特金森—希夫林记忆模型，同时用快速更新的感觉记忆、高分辨率的工作记忆和紧凑的长期记忆，并把工作记忆里常被用到的元素定期并入长期记忆，免得显存越占越多；论文称它在长视频数据集上大幅领先，在短视频上与最好的方法持平。",
    ),
    (
        "benign",
        None,
        None,
        "2023年10月，伊利诺伊大学厄巴纳-香槟分校和Adobe Research发布Cutie（arXiv 2310.12982，后被CVPR 2024接收），论文题为“把目标放回视频目标分割”：以往方法多是自下而上的像素级记忆读取，遇到相似的干扰物容易匹配出错；Cutie用一小组目标查询做自上而下的目标级记忆读取，名字取自“基于查询的目标Transformer”（qt）。在较难的MOSE数据集上，它比XMem高8.7个J&F，运行时间相近。",
    ),
    (
        "benign",
        None,
        None,
        "同一团队在ICCV 2023发表DEVA（论文题为“用解耦的视频分割追踪一切”，arXiv 2309.03903）：把视频分割拆成两部分，一个针对具体任务的图像级分割模型，加一个与类别、任务都无关的双向时间传播模型；传播模型只训练一次就能跨任务通用，换任务只需换图像模型。作者称，在大词表视频全景分割、开放世界视频分割等数据稀缺的任务上，它比端到端方法表现更好。",
    ),
    (
        "benign",
        None,
        None,
        "南洋理工大学、牛津大学和字节跳动的研究人员2023年2月发布视频目标分割数据集MOSE（arXiv 2302.01872，ICCV 2023），专收拥挤、遮挡、目标时隐时现的复杂场景：2149段视频，36个类别的5200个目标，43万多个高质量掩码。论文测了18种现有方法，半监督设定下最好的J&F只有59.4%，而这些方法在DAVIS上能到九成左右。",
    ),
    (
        "benign",
        None,
        None,
        "2024年11月，华盛顿大学的研究人员发布SAMURAI（arXiv 2411.11922），把Meta的SAM 2改造成视觉目标追踪器：加入利用运动线索的记忆选择机制，预测目标往哪儿动、挑出更可靠的掩码，不用重新训练或微调，可以实时运行；论文称它在LaSOT-ext上的AUC提高7.1%，在GOT-10k上的AO提高3.5%。",
    ),
    (
        "benign",
        None,
        None,
        "南洋理工大学S-Lab和新加坡商汤研究院2025年1月发布MatAnyone（arXiv 2501.14677，CVPR 2025），做指定目标的视频抠像：只要第一帧给出目标的掩码，就用“区域自适应记忆融合”一帧帧传播记忆，核心区域保持语义稳定，边缘留住发丝这类细节；团队还整理了更大的视频抠像数据集VM800，并设计了借用大规模分割数据的训练办法。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【仙居·××杨梅园·杨梅节停车须知】节期园门口只能停四十辆车，周末请在镇上换乘免费班车；扫码能看剩余车位，停车费十元，园里买杨梅满一百元抵扣。",
    ),
    (
        "offtopic",
        None,
        None,
        "【宝丰·马街书会·曲艺传习班招生】书会管委会开办坠子、三弦书、大鼓书传习班，正月十五开课，每周两次，老艺人亲自教，免学费，只收二十元书本费。报名请到管委会帐篷登记。",
    ),
    (
        "offtopic",
        None,
        None,
        "【哈尔滨·松花江××采冰场·门市部】承接定制冰块：婚礼冰雕、酒吧冰球、展会冰墙用冰，按尺寸切好，市内当天送到。微信发来尺寸和数量，报价后付定金。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
