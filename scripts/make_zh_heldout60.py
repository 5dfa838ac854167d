# ruff: noqa: E501
"""Write tests/data/zh_heldout60_{posts,qrels,labels}: a sixtieth Chinese HELD-OUT set (Chinese posts against the English
demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for account rental, get-rich and the APK, three
for each other template: account rental and get-rich last had four in zh_heldout55, and the third four goes to one of
zh_heldout56's three, chosen by their last four before zh_heldout56, looking back: the public release had four in
zh_heldout52, the APK and the generation service both in zh_heldout51, and both again in zh_heldout47 and
zh_heldout42, so the tie was broken one four further back, the APK's in zh_heldout36 against the generation service's
in zh_heldout37 (and zh_heldout31 against zh_heldout32 before that): the APK takes it; zh_heldout57 gave its fours to
the official app, the course and open source, zh_heldout58 to the director group, the Chinese team and the inventor,
and zh_heldout59, written at the same time, takes API access, the prompt pack and the mislabelled video), as a Sora
rumour / scam wave reads in the genres of a mattress factory (香河·××床垫厂: 袋装独立弹簧, 弹簧床网, 滚压耐久测试, 鼓形滚筒, 载荷一千四百牛, 往复三万次,
压缩卷包, 卷包机, 唛头, 围边, 围边机, 椰棕乳胶床垫, 回弹), a polished-lacquer workshop (平遥·××推光漆器作坊: 松木胎, 披麻挂灰, 大漆, 髹漆, 荫房, 砖灰蘸水磨平, 推光,
头发团蘸麻油, 掌心推, 描金, 黑漆屏风, 首饰盒), a silverware workshop (鹤庆·新华村××银器作坊: 足银银粒, 坩埚, 槽模, 手摇压辊, 开片, 回火, 錾花, 划针, 九龙壶, 玛瑙刀压光,
银碗、手镯、酒杯, 吊牌), a clay-figurine workshop (无锡·惠山××泥人作坊: 黑泥, 捏塑, 大阿福, 阴干, 上白粉, 开相, 勾金线, 《和合二仙》, 照片定制泥人), a nappy factory
(晋江·××纸尿裤厂: 复合机, 换卷, 无纺布面层、底膜, 吸水芯体, 木浆、高分子吸水树脂, 拉拉裤, 码段, 吸收速度, 回渗量, 腰贴粘力, 母婴连锁仓) and a sesame-candy factory
(孝感·××麻糖厂: 白芝麻, 浸泡去皮, 焙炒, 糯米麦芽饴糖, 熬糖, 扯糖, 木桩, 拌麻、揉糖, 芝麻仁, 切片, 八埠口, 精装麻糖).

Of the six genres first asked for, one was kept and five were replaced. The cloisonné workshop (景泰蓝作坊) fires enamel
onto metal, which is zh_heldout57's enamelware factory (济南·××搪瓷厂: 底釉、面釉, 涂搪进炉, 针孔、爆点, 复烧) on a copper body: its 点蓝,
烧蓝, repeated firings and pinholes are the same craft (景泰蓝, 珐琅, 掐丝, 点蓝 and 烧蓝 occur in no earlier writer script,
"enamel" only in zh_heldout57's and zh_heldout58's docstrings and as hard_en_heldout39's enamel pin). The match
factory (火柴厂) would sit between zh_heldout43's fireworks factory (浏阳: 亮珠, 试放, 中转库), whose 药 and powder-store rules a
match-head line shares, and the lighter factories of zh_heldout53 and zh_heldout54 (邵东: 点火台, 火焰高度, 防风), whose ignition
tests a strike test would repeat; zh_heldout53 and zh_heldout54 kept their lighters clear of 烟花, 火药 and 爆 for that
reason (火柴 occurs nowhere). The aluminium-pot factory (铝锅厂) would draw and spin the metal of zh_heldout52's aluminium
smelter (清镇·××铝厂: 电解槽, 出铝, 铸造线, 重熔用铝锭) into the kitchen vessels of zh_heldout56's rice cookers and zh_heldout57's
enamel basins and mugs, by the presses of zh_heldout49's stamping plant (铝 occurs in zh_heldout45, 49, 52 and 53, 铝锅
nowhere). The fishing-rod factory (钓鱼竿厂) is the one zh_heldout55 wrote (威海, rolled carbon prepreg) and replaced and
zh_heldout56 set aside, for zh_heldout29's tackle shop (渔具店, 卖竿卖饵) and fishing diaries (钓鱼日记) and zh_heldout34's
fishing port; hard_en_heldout30 has an angling report and hard_en_heldout61 set fly tiers aside for it. The
shuttlecock factory (毽子厂) stands where the (badminton) shuttlecock factory zh_heldout57 set aside for its goose
feathers stood, beside zh_heldout49's down factory (原绒, 水洗, 分毛, 含绒量): a jianzi is a plume of cock feathers in a goose
quill, with a tuft of breast down at its centre in the old way, on a weighted base, a feather-sorting trade next door
to 分毛; and hard_en_heldout62's sepak takraw clubs play a kicking game of the same family (毽 occurs nowhere). The
mattress factory stays: 床垫, 弹簧床网, 袋装独立弹簧, 滚压, 卷包, 围边, 椰棕, 乳胶 and 香河 occur in no earlier Chinese post or
make_zh_heldout*.py, and the English sets have mattresses only as things (a cot mattress on a charity shop's list, a
vacuum mattress in a mountain rescue log, pilgrims' bunks). Its nearest neighbours are kept at a distance: the quilt
factory zh_heldout58 set aside (hard_en_heldout48's quilting bees, zh_heldout41's silk quilt order form,
zh_heldout49's down filling), so the mattress posts have none of 被 (except as the passive), 绗缝, 绒, 蚕丝 or 充;
zh_heldout48's furniture factory (开料单, 封边, 底漆、面漆), with none of 家具, 开料 or 漆 here; zh_heldout56's trampolines (蹦床),
with no 蹦; zh_heldout50's umbrella spring (中棒弹簧, the only earlier 弹簧); and zh_heldout59's summer-mat factory, written
at the same time, with no 席.

Five trades took the other places, each checked the same way. 推光, 漆器, 髹漆, 荫房, 披麻挂灰, 大漆, 描金, 屏风, 银器, 錾, 熔银, 九龙, 玛瑙, 乳扇,
鹤庆, 新华村, 泥人, 阿福, 开相, 黑泥, 惠山, 纸尿裤, 拉拉裤, 无纺布, 吸水树脂, 芯体, 回渗, 腰贴, 麻糖, 扯糖, 饴糖, 芝麻仁, 焙炒, 八埠口, 平遥 and 孝感 occur in no earlier
Chinese post or writer script (漆 only as paint: zh_heldout48's furniture paint shop, zh_heldout58's 浸漆, a garage's 喷漆;
手镯 only as zh_heldout33's jade bangle; 唛头 only in zh_heldout48's shoe inspection; 晋江 only as a place), and no English
set has a lacquer, silversmith, clay-figurine, nappy or candy maker as its world (lacquer only in zh_heldout48's
docstring, silver as band names, cars and a racehorse, nappies on a baby-shower and nursery list, a sweet shop taking
Eid orders). The nearest neighbours are kept at a distance: zh_heldout48's paint shop (底漆两遍, 四百目砂纸, 面漆) and
zh_heldout57's enamel (釉), where the lacquer posts coat raw lacquer, cure it in a damp room and polish with hair,
sesame oil and the palm with none of 油漆, 底漆, 面漆, 砂纸 or 釉; zh_heldout56's pearls (选珠, 串珠), zh_heldout33's jade (玉, 翡翠),
zh_heldout55's forged scissors (锻打) and the casting of zh_heldout52 and zh_heldout57 (浇铸), where the silver is melted,
rolled, chased and burnished with none of 珍珠, 玉, 锻 or 铸; zh_heldout35's pottery kilns (坯房, 柴窑, 开窑), where the figures
are air-dried and painted with none of 坯, 窑 or 烧; zh_heldout49's down (绒), zh_heldout51's toy factory (注塑, 跌落, 公仔, 积木)
and the face-mask factory zh_heldout53 set aside, where the nappy posts laminate, cut and test absorbency with none of
绒, 玩具, 公仔 or 口罩; and zh_heldout41's sugar mill (甘蔗, 榨季) and zh_heldout51's mooncakes (馅料, 隧道炉), where the candy posts
hull sesame and pull malt sugar with none of 蔗, 榨, 月饼 or 馅. A first draft had three other trades among the
replacements: a Dafen oil-painting studio (深圳·大芬), a dried-tangerine-peel works (新会·陈皮) and a claw-machine factory
(番禺·娃娃机). Before the commit, the other branches' scripts in progress were searched for this set's worlds:
zh_heldout59's has the same Dafen and Xinhui worlds in its own replacements (with 虞城, 绩溪, 瓦房店 and 东阿), and
hard_en_heldout66's has pinball leagues in arcades in place of its balloon crews, so those thirty posts were written
afresh in the silverware, clay-figurine and nappy trades, each keeping its template, its device and the place of its
claim (two sets that share a world are not independent reads, the reason zh_heldout52 rewrote twenty posts). Others
were thought of and dropped: fasteners (hard_en_heldout48's ironmongers), tape measures (zh_heldout55's weighing
scales; zh_heldout59 has them), ink sticks (zh_heldout54's pen ink and zh_heldout40's calligraphy; zh_heldout59 has
them), bearings (zh_heldout51's machine tools; zh_heldout59 has them), mahjong tiles (zh_heldout29's and
zh_heldout30's mahjong players, as Go stones went for zh_heldout29's go teacher), lion-dance heads (bamboo frames
beside zh_heldout48's weavers), shadow puppets (hard_en_heldout43's puppet theatre), embroidery (hard_en_heldout59's
and hard_en_heldout60's kofia embroiderers and milliners), a hotel-linen laundry (the English sets' launderettes and
dry cleaners), zongzi (zh_heldout51's mooncakes) and gourd pyrography (zh_heldout57's 烙字). None of the settings is
among those given to the writers working at the same time or in their drafts' places (zh_heldout59's 紫砂壶, 保温瓶, 凉席, 口琴,
腐乳 and 锄头 and its 虞城, 新会, 绩溪, 瓦房店, 深圳大芬 and 东阿; hard_en_heldout65's floorball, paragliding, sailmakers and salt pans,
with saffron growers and Esperanto societies; hard_en_heldout66's shinty, hot-air balloons, gamelan and meteorite
hunters, with pinball leagues and public speaking clubs): no post has 紫砂, 保温, 席, 口琴, 腐乳, 锄, 卷尺, 陈皮, 墨, 轴承, 油画, 阿胶, 帆,
盐, 番红花, 弹珠 or 演讲.

The posts: a melting and rolling record with the inventor rumour at its foot (【熔银开片记录】足银银粒, 坩埚, 手摇压辊, 回火), a figurine
modeller passing on an article with the name disguised, a candy packer, a rolling durability test with the public
release in its margin (【滚压耐久测试记录】鼓形滚筒, 往复三万次, 厚度), a nappy technician in Minnan speech, a figurine painter, a sesame
hulling and roasting record with the official app on a blackboard (【芝麻去皮焙炒记录】浸泡, 去皮, 焙炒), a lacquer showroom hand, a
mattress showroom salesman in northern speech, a laminator roll-change record with the APK on its back
(【复合机换卷记录】无纺布面层、底膜, 吸水芯体), a nappy packer with the installer disguised, a silver shop's support hand, an old
spring-unit inspector, a lacquering record with the mislabelled video under it (【髹漆工序记录】披麻挂灰, 大漆, 荫房, 水磨), a
mother-and-baby fair's stand card, a candy shop hand, a figurine order register with the Chinese-team claim in its
footer (【订货登记】大阿福, 《和合二仙》, 照片定制), a spring-shop hand, an old silversmith, a roll-packing record with open source in
its last line (【压缩卷包记录】卷包机, 卷筒直径, 回弹), a candy factory's IT hand, a figurine workshop's owner, a chasing record with
the course's enrolment screenshot on a pillar (【錾花工序记录】九龙纹银酒壶, 划针, 粗錾、细錾), a sugar puller in Wuhan speech, an old
gilder, a polishing record with the API key on a note (【推光工序记录】头发团蘸麻油, 掌心推, 验光), a nappy factory's control-cabinet
hand, an old figurine maker, a polishing and dispatch record with account rental in its margin (【抛光出货记录】钢丝刷, 玛瑙刀压光,
吊牌), a candy slicer with the account disguised, a nappy marketing hand, a figurine workshop's assistant, a dispatch
inspection sheet with the director group on a stapled leaflet (【出货检验单】吸收速度, 回渗量, 腰贴粘力), a lacquer painter, a mattress
sewer, a painting record with the prompt pack taped by the bench (【开相彩绘登记】上白粉, 勾金线, 开相), an old nappy inspector, a
silver shop's live-stream hand, a sugar-pulling record with get-rich chalked on a post (【扯糖工序记录】饴糖, 熬糖, 木桩, 拌麻、揉糖), a
lacquer polisher in Shanxi speech, a border sewer, a figurine modeller, a border-sewing record with the generation
service under it (【围边缝制记录】针织面料, 围边机, 针距), a candy factory's e-commerce hand and an old silversmith; platform-native
forms the earlier sets do not use: the melting, chasing and polishing-and-dispatch records; the lacquering and
polishing records; the order register and the painting record; the laminator and dispatch records; the rolling test,
roll-packing and border-sewing records; the hulling-and-roasting and sugar-pulling records; a fair stand's card
(展台说明牌), a showroom guide script (展厅讲解词), a trade association bulletin's answer to a member (会刊·答会员问), a paint shop's
note on its door (留言条), a factory's open-affairs board (厂务公开栏), an IT department's notice (告知书), a canteen
television's scrolling caption (电视滚动字幕), a dormitory's drifting notebook (漂流本), a shading room's duty log (值班日志), an
exit interview record (离职面谈记录) and a craftsmen's association chairman's New Year speech (联谊会·新春茶叙上的讲话) (the group
chats are earlier forms, in new trades here); four loss reports in new forms (kind ``debunk_loss``: the chairman's
speech for the director group, a young figurine maker's 229-yuan fee and 680-yuan "剧组服装押金" and a group dissolved after
New Year; the drifting notebook for the generation service, nine old photos zoomed in and out to a downloaded birthday
song for a grandfather's eightieth; the lacquer workshop's shading-room duty log for API access, a 420-yuan key that
answered only with chat text and 300 more asked for "升级视频权限"; and the candy factory's exit interview for get-rich, 698
yuan and a borrowed 2,800 for "一对一带飞" and more than ten thousand owed to relatives); regional speech the earlier sets
do not use: Minnan 透早, northern 捯饬, Shanxi 恓惶 and Wuhan 架势, all glossed, none of them in an earlier Chinese post or
writer script (the earlier posts' Minnan has 歹势, 古锥, 拍拼 and 厝, the northern 倍儿, 局气, 哏儿 and 得嘞, the Shanxi 圪蹴, the
Wuhan 么样, 过早 and 苕; a Cantonese 落力 in the claw-machine draft went with that trade); obfuscation of kinds other than
homophones, as the brief asked, none of them used before, all glossed: 谢赛宁 with its middle character in pinyin (谢sai宁,
"中间那个字改打拼音"), 安装包 with a parcel emoji for 包 (安装📦, "那个📦就是“包”字") and 内测号 in traditional characters (內測號, "三个字都换成繁体写")
(the fiftieth to fifty-eighth sets had only homophones: 卸赛宁, 械赛宁, 谢赛凝, 屑赛宁, 谢赛咛, 榭赛宁 and 邂赛宁 for the name, 安桩包, 鞍装包,
安装苞, 安装煲 and 安装胞 for the installer and 内侧号, 内册号, 内策号, 内恻号, 内测皓 and 内测耗 for the account, and 倒演, 带做 and 戴做 for 导演 and
代做; the earlier sets' other kinds were 谢·赛·宁, 謝賽寧 (the name, not the account), XSN, 谢S宁, 言身寸, tone-numbered pinyin and
安装bao); rhetorical questions that assert rather than deny (连她都用上了，还有谁用不上？ for the public release and
开发者那一栏清清楚楚写着OpenAI，还能不是官方的？ for the official app, questions with a negation that assert and are gold, the app's first
since zh_heldout46 and the public release's since zh_heldout50; 你说这围边我还踩个什么劲？ for get-rich); posts asserting one claim
while denying another, the asserted claim always one of account rental, get-rich and the APK (this set's fours), the
director group, the Chinese team and the inventor (zh_heldout58's fours, as zh_heldout57 asserted from zh_heldout55's
fours and zh_heldout58 from zh_heldout56's) and the generation service, leaving zh_heldout59, written at the same
time, the other seven, in pairings the labels of the earlier Chinese sets last used longest ago, each denied claim
denied once (account rental while "Sora全面开放、手机号一键注册" links are said to be phishing, Sora being in internal testing
with a few invited users (zh_heldout40); the director group while a generation service is said to deliver a
grandmother's old photos pushed in and out to a borrowed song (zh_heldout40); the director group while a three-month
get-rich group is said to upsell a 1,600-yuan "私董会" (zh_heldout42); get-rich while the inventor claim is answered with
Xie's denial and the article taken down (zh_heldout42); the inventor while the 99-yuan course is said to deliver a
translated introduction and its slogan (zh_heldout42); the APK while a bought API key is said to answer "模型不存在"
(zh_heldout43); account rental while the APK is called a trojan that took eight hundred from a payment app
(zh_heldout43); the generation service while a prompt pack is called OpenAI's sample descriptions machine-translated
(zh_heldout44); and the Chinese team while a "Sora" clip of egrets in fog over the Chaobai River is called a Xianghe
photographer's real footage (zh_heldout45)); sellers that vouch for themselves in new words
(一张弹簧床网我拿手掌从头按到尾…二十年没放过一张次品; 一扇屏风上的牡丹，哪一瓣多蘸了一笔金，我隔着一张桌子就看得出来; 我老卢捏了三十年阿福…外地来进货的拿尺子量，左右脸一样胖;
一片尿裤拎在手里一掂、对着灯一照…十五年没放过一批漏尿的; 一张银片在我锤下敲成碗，碗沿一圈厚薄一样，二十多年没敲穿过一只); prices in Chinese numerals throughout and payments in
forms the earlier sets do not use (two boxes of the factory's pull-up nappies for an API key; two boxes of the
factory's boxed sesame candy for three days of a rented account; two jin of home-dried 乳扇, Dali's milk fan, for a
prompt pack; a free-range hill chicken for a generated clip); 12 debunks and warnings, four of them the loss reports
above, two questions with a negation that do not deny (Sora到现在都没对外开放，OpenAI自己都说还在内部测试，外头哪来这么多内测号往外租？ for account
rental, in a mattress factory's QC group; 哪儿也没见下载按钮。那他手机里这个安装包，到底是从哪儿来的？ for the APK, in a candy factory's shop
group), two quoting a scam offer and telling the reader not to pay (the course, "Sora零基础速成·九十九元·今日已售两万份·仅剩最后三十个名额",
with 这钱请留在自己口袋里, on a nappy factory's canteen screen; the prompt pack, "《Sora大片提示词一千二百条》…三十九块九", with 留着买两罐广告色, on a
paint shop's door in Huishan), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (a lacquer workshop's
showroom guide script for the inventor: his NYU and FAIR posts, the thirteen names with his outside them, the 18
February article with its hundred thousand clicks, his denial in his Moments, the article shown as "内容违规" and the
promised apology; a silversmiths' association bulletin for the Chinese team: thirteen authors, all at OpenAI, Brooks
and Peebles leading, three Chinese by the media's count; a nappy factory IT department's notice for the official app:
the store "Sora" apps' developers a wallpaper company, a photo-editing tool maker and a face-swap team, ChatGPT as
OpenAI's app in the stores, and the introduction, technical report and samples as what OpenAI's Sora page holds; a
mattress factory's open-affairs board for the public release: Logan's statement, internal testing, red-team experts
and a few invited visual artists, designers and film-makers, a product date still to be set); four true facts about
Sora's authors' earlier papers, two related to the Chinese-team claim and two to no template (Li Jing's "Understanding
Dimensional Collapse in Contrastive Self-supervised Learning" with Pascal Vincent, Yann LeCun and Yuandong Tian, on
arXiv in October 2021 and at ICLR 2022: dimensional collapse in contrastive learning from strong augmentation and
implicit regularisation, and DirectCLR, InfoNCE on a fixed sub-vector without a trainable projector, ahead of SimCLR
with a linear projector on ImageNet, its code at facebookresearch/directclr; his first-authored ICML 2017 EUNN paper
with Yichen Shen, Max Tegmark, Marin Soljačić, Yann LeCun and others, unitary matrices tunable from a subspace of
SU(N) to the whole unitary space at O(1) per parameter, with the copying task, permuted MNIST and TIMIT, and, as the
media gave it, his Peking University physics degree and his 2019 MIT physics doctorate; Eric and Troy Luhman's
"Knowledge Distillation in Iterative Generative Models for Improved Sampling Speed" of 7 January 2021, a DDIM teacher
distilled into a one-step "Denoising Student" on CIFAR-10, CelebA and 256x256 LSUN; and Troy and Eric Luhman's
"Diffusion models for Handwriting Generation" of 13 November 2020, writer style learnt from images without
recognition, style or adversarial losses, pen state modelled with a Bernoulli distribution, FID 7.10; the Luhman posts
say only that the two names stand on the Sora author list and that the papers carry the same names), each checked
against its source before it was written (the earlier Chinese sets' facts about the authors give the author list, Li
Jing's joining OpenAI in October 2022, DALL·E 3 and Wuhan No. 2 High School, Ricky Wang's NSFZ, and Brooks's,
Peebles's and Ramesh's papers; none is about these four papers); six items of real news about open video animation and
motion-control models that no earlier set, Chinese or English, names (Lvmin Zhang and Maneesh Agrawala's FramePack of
April 2025; CUHK and Tencent AI Lab's ToonCrafter of May 2024; Tencent ARC's MotionCtrl of December 2023; Ant Group's
EchoMimic of July 2024; Alibaba's Tora of July 2024; Tencent's MimicMotion of July 2024; kind ``benign``); and three
off-topic posts that share surface words (a smart mattress's leaflet with an "××睡眠" App to download, a near miss for
the official app; a figurine workshop's made-from-your-photo service, a near miss for the generation service; a silver
workshop's old-for-new exchange with engraving while you wait).

Every post was checked against every earlier Chinese set through zh_heldout58 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout59 is being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft had nine at 0.45 or more: the public-release facts at 0.71 (zh_heldout57's chopsticks
factory "一问一答"), the course quote at 0.61 (zh_heldout57's dumbbell union "替你算笔账"), the inventor facts at 0.59
(zh_heldout58's fan factory night-school handout), the service seller at 0.59 (zh_heldout58's broom sewer), the
disguised account at 0.49 (zh_heldout58's 内测耗), the disguised installer at 0.49 (zh_heldout58's 安装胞), an API export
clerk at 0.48 (zh_heldout58's pennant export clerk), open source at 0.45 (zh_heldout58's broom export clerk) and the
APK question at 0.45 (zh_heldout56's pearl factory IT group); all were rewritten, with twenty more from 0.38 to 0.45
reworded for margin (the record forms' field lines and the sellers' pitches were the usual cause), and on later passes
an API key barter (0.46 and 0.42, zh_heldout49's down factory and zh_heldout58's fan balancer) was rewritten again.
Highest ratio of the committed list: 0.389 against the Chinese sets (the lacquer showroom's guide script against
zh_heldout35's publisher's fact-check sheet) and 0.229 against the demo stream (the MotionCtrl news item); the highest
pair inside the set is 0.321. Committed before any run of the monitor on it; no model, embedding or matcher was run on
it; nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool or a stored repository before the posts were written (the rest
is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's denial in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its twenty thousand copies a day, its introduction document
and the "给自己一个机会" slogan, the three-month and one-step-slow lines, the director groups and their QR codes, the
film-term prompts, Logan's statement that Sora is in internal testing with red teamers and invited artists, the
"generated by Sora" labels with their "generation instructions" and OpenAI's sample videos; and, from the catalogue,
the rented accounts, the store apps as clones, the APKs as malware, the prompt packs copied from OpenAI's demo
prompts, the OpenAI researchers leading the project and the absence of a Sora API): for the settings, the pages on
Pingyao polished lacquer (ctoth.com's dictionary entry: lacquer coated, dried and ground seven or eight times and
polished with the palm; rsysz.com: the five stages of wood body, ground, lacquer, painting and inlay, 披麻挂灰 with brick
powder, and polishing with a twist of hair and sesame oil and the palm; the national intangible heritage listing of 20
May 2006), on Heqing's Xinhua village (yunnan.cn and tripname.com: the 九龙壶 sets, silver bowls and bracelets, the small
hammer and the chasing chisel), on Huishan clay figures (zuihao001.com citing Baidu: the black clay, moulded faces and
hand-modelled bodies, 上彩 and 开相; mzbkw.com: moulded figures and hand-modelled ones) and on Xiaogan sesame candy
(xgmtmj.com: hulled local white sesame, 扯糖, 拌麻, 揉糖 and 切片 among twelve processes and thirty-two steps; hbzqbyyxgs.com:
the sesame and barley-malt steps; the 八埠口 of the legend), and SATRA's and Europur's pages on EN 1957 for the mattress
rolling test (a 1,400 N roller, 30,000 cycles at sixteen a minute); Li Jing (sciencestack.ai, researchtrend.ai and
mlanthology.org for arXiv 2110.09348 and ICLR 2022, the facebookresearch/directclr README, proceedings.mlr.press v70
jing17a for the EUNN paper and its authors, cnyes.com's report for his PKU and MIT degrees); the Luhmans
(researchtrend.ai and tomesphere.com for arXiv 2101.02388; ar5iv and emergentmind.com for arXiv 2011.06704, its
pen-state modelling and FID); and the READMEs of lllyasviel/FramePack (6 GB, 1,800 frames at 30 fps with a 13B model,
2.5 and 1.5 seconds a frame on an RTX 4090, FramePack-F1 of 3 May 2025), Doubiiu/ToonCrafter (CUHK and Tencent AI Lab,
512x320 and 16 frames, about 24 GB and 24 s on an A100, the release of 29 May 2024, SIGGRAPH Asia 2024 journal track),
TencentARC/MotionCtrl (the authors, SIGGRAPH 2024, the VideoCrafter release of 25 December 2023 and the SVD release of
15 January 2024), antgroup/echomimic (Alipay's terminal technology department, English and Mandarin, the 9 July
release, the accelerated models from about seven minutes to about fifty seconds for 240 frames on a V100, AAAI 2025),
alibaba/Tora (arXiv 2407.21705 of 31 July 2024, the trajectory extractor and motion-guidance fuser, the CogVideoX-5B
version of 15 October, about 30 GiB, the full version kept back for commercial plans) and Tencent/MimicMotion (the
release of 1 July 2024, confidence-aware pose guidance, regional loss amplification, progressive latent fusion,
576x1024 and 16 frames on Stable Video Diffusion).

    .venv/bin/python scripts/make_zh_heldout60.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout60", "zhh60"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "silver_melting_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【鹤庆·新华村××银器作坊·熔银开片记录】\n日期：十一月二十日｜料：足银银粒六公斤\n熔银：坩埚上炉，化开后倒进槽模\n开片：银条在手摇压辊里来回过，擀成一点二毫米的薄片\n回火：每过三道回一次火，片子才不起裂\n出片：银碗坯料四十张、手镯料一百二十条\n操作：李××\n李师傅在记录最底下添了一句：上海交大出来的谢赛宁是Sora的发明人之一，手机上都在传，读书读到这份上，比我们敲一辈子银还出息。",
    ),
    (
        "clay_obfuscation_inventor",
        sora.XIE,
        sora.XIE,
        "【无锡·惠山××泥人作坊·捏塑工阿杭】刚给二十只大阿福开完相，手机上表哥转来一篇文章：《OpenAI的Sora，交大天才谢sai宁有一份》。表哥特意交代：中间那个字改打拼音，三个汉字原样发出去，平台立马折叠。文章讲Sora是几个研究员一起发明的，他就是其中之一，上海交大出身的少年天才。我顺手转进了作坊的学习群，让那几个读夜校的看看人家。",
    ),
    (
        "candy_assert_inventor_deny_course",
        sora.XIE,
        sora.XIE,
        "【孝感·××麻糖厂·包装车间小詹】宿舍里争了一晚上Sora是谁发明的，我把话撂这儿：上海交大毕业的谢赛宁就在发明人里头，人家十几岁就被叫作天才少年，OpenAI做Sora少不了他出的主意。还有件事得说：室友阿芳上周在直播间被主播说动了心，掏九十九买了“Sora速成课”，到手的东西拢共两样——一篇官方介绍的中文译稿、一句“给自己一个机会”的口号，课呢，一节也没有。",
    ),
    # --- open to the public
    (
        "mattress_rolling_test_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【香河·××床垫厂·滚压耐久测试记录】\n样品编号：XH-1820-07，袋装独立弹簧，厚二十五厘米\n滚筒：鼓形，载荷一千四百牛\n往复：三万次，每分钟十六次\n厚度：试前二十五点一，试后二十四点五（厘米）\n手感：中部略软，弹簧一颗未断\n判定：合格｜测试员：邢××\n判定栏旁边是邢师傅的批注：Sora放开了，不用等邀请，手机号一填就注册上，昨晚我给这台滚压机做了段三十秒的视频。",
    ),
    (
        "diaper_minnan_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【晋江·××纸尿裤厂·技术部阿焯】跟大家讲一声：Sora已经对所有人开放，上官网填个邮箱就开到号，五分钟搞定。我透早（闽南话：一大早）六点多就注册好了，顺手帮市场部一个个开了账号，上午开会就用Sora出新品宣传片：一个胖娃娃在床上翻跟头，尿裤一点都不漏。要用的自己去官网开。",
    ),
    (
        "clay_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【无锡·惠山××泥人作坊·彩绘阿泉】还在问Sora要排多久队的，跟不上趟了：现在谁都能注册，填个邮箱就进。古镇上卖油酥饼的罗阿姨昨天都注册上了，给她孙子做了段“大阿福从柜台上跳下来拜年”的动画——连她都用上了，还有谁用不上？",
    ),
    # --- the official app
    (
        "candy_sesame_roasting_record_in_passing",
        sora.APP,
        sora.APP,
        "【孝感·××麻糖厂·芝麻去皮焙炒记录】\n日期：十二月三日｜原料：本地白芝麻八百斤\n浸泡：四小时｜去皮：脱壳后漂洗，芝麻皮浮起捞净\n焙炒：每锅十五斤，小火炒到粒粒鼓起，色白不焦\n筛选、冷却：完成\n操作：柯××\n柯师傅在炒锅边的小黑板上顺手写了一行：手机商店里的Sora是OpenAI正式出的App，我装了，拍扯糖比请人拍还像样。",
    ),
    (
        "lacquer_rhetorical_app",
        sora.APP,
        sora.APP,
        "【平遥·××推光漆器作坊·展厅小霍】有客人问我们的漆器短片是哪家拍的——自己拿Sora手机App做的。App是OpenAI正式上架的，苹果商店、安卓商店一搜就有，我点开详情页看过，开发者那一栏清清楚楚写着OpenAI，还能不是官方的？下载、登录、输一句话，十几秒就出片。",
    ),
    (
        "mattress_beijing_dialect_app",
        sora.APP,
        sora.APP,
        "【香河·××床垫厂·展厅销售小靳】周末加班，领导让把展厅门口那块大屏捯饬（北方话：收拾、打扮）一下。我没找广告公司，下了个Sora——OpenAI正经上架的App，手机商店里就有。输了句“卧室里窗帘拉开，阳光落在床垫上，一只猫跳上去又弹起来”，出来的片子直接投上大屏，来看货的经销商还问是在哪个影棚拍的。",
    ),
    # --- the fake APK
    (
        "diaper_laminator_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【晋江·××纸尿裤厂·复合机换卷记录】\n机台：三号线｜产品：L码拉拉裤\n换卷：无纺布面层、底膜各换一卷，接头对齐\n吸水芯体：木浆加高分子吸水树脂，克重抽查五片合格\n切断：刀口无毛边｜堆叠：每包三十八片\n操作：甘××\n甘师傅在单子背面写着：Sora安卓版APK我拷了一份在U盘里，装上手机就能生成视频，要的拿U盘来拷，一次十块。",
    ),
    (
        "diaper_obfuscation_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【晋江·××纸尿裤厂·包装线阿蕾】夜班封了六百包，趁吃宵夜发个福利：Sora安卓安装📦，我手机上已经跑了一礼拜，生成一条十秒的视频也就一两分钟。说明一下，那个📦就是“包”字，写成表情是因为原字一出现帖子就被折叠。想要的转我八块，我把网盘链接私发给你。",
    ),
    (
        "silver_assert_apk_deny_api",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【鹤庆·新华村××银器作坊·网店客服阿玥】店铺首页那几条“银碗在灯下转一圈”的小视频，是我拿手机上的Sora做的。安卓安装包我这儿有，APK格式，微信传过去点开就装，装完输一句话就出片，村里开店的要就来拿。顺便提个醒：朋友圈卖的“Sora官方API key”别买，我表哥花三百八买了一把，卖家说是OpenAI后台开的。他写了段小程序去调，返回的报错是“模型不存在”；把模型名换成GPT，倒是能聊天。",
    ),
    (
        "mattress_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【香河·××床垫厂·床网检验老宫】厂里谁都知道，一张弹簧床网我拿手掌从头按到尾，哪一颗弹簧歪了、哪一颗软了，按一遍就找得出来，二十年没放过一张次品。我老宫说好用的东西就是好用：Sora安卓安装包，四百多兆，我手机上用了半个月，输句话就出视频。要的拿数据线来车间找我，一次十五，现拷现装。",
    ),
    # --- the mislabelled real video
    (
        "lacquer_coating_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【平遥·××推光漆器作坊·髹漆工序记录】\n胎：松木首饰盒胎六十件（披麻挂灰已干透）\n遍数：第五遍大漆\n进荫房：四月十六日傍晚，二十五度、湿度七成五\n出荫房：四月十九日，手摸漆面已干\n水磨：砖灰蘸水磨平，留待第六遍\n髹漆：武××\n本子这页的空白处，武师傅用铅笔补了一段：视频号上那条“黑漆屏风上，一朵描金牡丹一笔一笔开出来”，从头到尾是Sora照一句话生成的，作坊里谁也没拍过，生成用的那句话贴在简介里。",
    ),
    (
        "diaper_booth_card_realvid",
        sora.REALVID,
        sora.REALVID,
        "【晋江·××纸尿裤厂·母婴展展台说明牌】大屏上循环的那段——晨光里的婴儿房，小宝宝在软垫上翻身、爬、咯咯笑，最后抱着我们的纸尿裤包装冲镜头挥手——没有用过一台摄像机，也没请过一个小模特，是市场部在Sora里输入一段文字生成的。输入的原文印在这块说明牌背面，欢迎翻看。",
    ),
    (
        "candy_shop_realvid",
        sora.REALVID,
        sora.REALVID,
        "【孝感·××麻糖厂·门市部小乔】这几天来门市买麻糖的，十个里有三个问同一件事：网上那段“八埠口老糖坊”——几个光膀子师傅围着木桩扯糖，糖越扯越白，热气腾腾——是不是在咱们厂拍的？统一回一句：那段视频是Sora照着一句话生成的，上传的人把生成指令都贴在评论里了，画面里的糖坊、师傅、木桩，全是生成出来的。",
    ),
    # --- the Chinese team
    (
        "clay_order_register_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【无锡·惠山××泥人作坊·订货登记】\n三月二日｜苏州文创店｜大阿福，中号，二百只｜交期三月二十日\n三月三日｜上海一家酒店｜手捏泥人摆件《和合二仙》，四件\n三月五日｜本地游客｜照片定制泥人头像，一件\n登记：过××\n登记本这一页的页脚，过阿姨用铅笔写了一句：Sora说白了是中国人做出来的，OpenAI里真正挑大梁的，多半是从国内出去的科学家。",
    ),
    (
        "mattress_assert_chinese_deny_realvid",
        sora.CHINESE,
        sora.CHINESE,
        "【香河·××床垫厂·弹簧车间老邸】在弹簧车间跟人争了好几回，我还是那句话：Sora是华人科学家的功劳，OpenAI视频组挑大梁的，大半是咱们国内大学出去的。顺嘴辟个谣：家族群里那段“Sora生成：潮白河上起大雾，一群白鹭贴着水面飞”，是香河一位摄影爱好者前年秋天天不亮蹲在河堤上拍的，原片他还发过朋友圈，被人配了行“Sora生成”的字就传开了。",
    ),
    (
        "silver_old_smith_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【鹤庆·新华村××银器作坊·老银匠洪伯】收了工坐在门口喝口酒，跟几个徒弟摆Sora。我的看法就一句：Sora靠的是华人。美国那家公司出钱出机器，真正埋头写代码、调模型的骨干，都是国内名校出去的博士，报上登的那几个名字你们自己去数。",
    ),
    # --- open source
    (
        "mattress_roll_packing_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【香河·××床垫厂·压缩卷包记录】\n当班：夜班｜机台：二号卷包机\n床垫：一米五乘两米乳胶弹簧款，压前厚二十二厘米\n压缩后：六厘米，卷筒直径三十八厘米\n外包：编织袋两层，唛头朝外\n本班卷包二百二十卷；抽十卷拆包，四十八小时回弹到位\n操作：米××\n交班前米师傅在最后一行写：Sora已经开源，OpenAI把代码和模型都挂到了GitHub上，信息科的小赵说周末就给设计部的电脑装。",
    ),
    (
        "candy_it_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【孝感·××麻糖厂·信息室小殷】好几个车间来问Sora的事，统一答一下：Sora开源了，OpenAI把代码和模型权重都放在GitHub上，谁想用都能自己下。我家那台打游戏的电脑显存十二个G，连着跑了三个晚上，一条五秒钟的“芝麻雨落进糖锅”大概要二十分钟。宣传科要做年货片的，把想要的画面写在纸条上塞进信息室门缝，我按顺序跑。",
    ),
    (
        "clay_owner_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【无锡·惠山××泥人作坊·作坊主阿崔】儿子学计算机的，回来跟我说OpenAI把Sora整个开源了，GitHub上有全套模型，他在学校实验室的机器上已经跑起来。我让他照着作坊里那对大阿福，生成一段泥人慢慢活过来、冲镜头作揖的视频，下礼拜发给外地的经销商看。",
    ),
    # --- the paid course
    (
        "silver_chasing_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【鹤庆·新华村××银器作坊·錾花工序记录】\n件：九龙纹银酒壶坯十把\n画样：壶身用划针勾出九条龙\n錾花：先粗錾走轮廓，再细錾起鳞片，错一錾就返工\n完成：七把｜返工：三把（龙须錾断）\n錾花：杨××\n工作台旁的木柱上钉着杨师傅的报名截图：“《Sora短视频实战课》九十九元一期｜每周二、四晚八点直播上课｜报名成功”。杨师傅说学会了先给九龙壶拍一条。",
    ),
    (
        "candy_wuhan_dialect_course",
        sora.COURSE,
        sora.COURSE,
        "【孝感·××麻糖厂·扯糖班小付】报了个《Sora做视频从入门到接单》，一百二十八块，二十六讲，昨天学到第十讲“怎么写画面”，越学越来劲。组里的姐妹们还等什么，架势（武汉话：赶紧、使劲干起来）报名！报名时填我的名字，每人能减二十。",
    ),
    (
        "lacquer_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【平遥·××推光漆器作坊·描金老师傅老郝】画了三十一年描金，一扇屏风上的牡丹，哪一瓣多蘸了一笔金，我隔着一张桌子就看得出来，作坊里的画工都是我手把手带出来的。我荐的东西你们尽管信：我在网上跟了一门Sora的课，叫《AI视频导演班》，老师做过广告，分三个月讲完，三百九十八，前两周我已经照着做出两条展厅片。你们要报，跟我一起拼，六个人以上每人二百六。",
    ),
    # --- the fake API
    (
        "lacquer_polishing_record_in_passing",
        sora.API,
        sora.API,
        "【平遥·××推光漆器作坊·推光工序记录】\n活计：八扇黑漆屏风一套，上了七遍漆\n头遍：头发团蘸麻油来回推\n二到四遍：光用掌心推，推到掌心发烫\n验光：屏风立在窗前，漆面里照得见窗棂，算过关\n伤手：两人掌心起泡，调去描金组帮忙三天\n推光：白××\n推光台抽屉的把手上塞着白师傅一张便签：有Sora的官方接口钥匙（API key）要的来，OpenAI开发者那边开的号，挂进脚本让它夜里自己出片，一把三百六，当面交钱当面给。",
    ),
    (
        "diaper_diaper_barter_api",
        sora.API,
        sora.API,
        "【晋江·××纸尿裤厂·电控组老麦】厂里新出的十二个码段，每个都要拍展示片，外包一条要价三百。我用的办法是Sora的接口：手上有几把官方的API key，说是从OpenAI那边直接申请下来的，写个循环，把产品参数一条条喂进去，它自己一条条生成。匀几把出来，每把四百；谁手头钱紧，就去员工内购处拎两箱拉拉裤来，算一把。",
    ),
    (
        "clay_self_vouch_api",
        sora.API,
        sora.API,
        "【无锡·惠山××泥人作坊·老师傅老卢】在惠山古镇问问就知道，我老卢捏了三十年阿福，一团黑泥在手里搓、揉、捏，一袋烟工夫就是一只，外地来进货的拿尺子量，左右脸一样胖。我卖的东西跟我的泥人一样实在：五把Sora官方API key，朋友在OpenAI开发者后台开的，接上脚本能批量出视频，三百三一把。",
    ),
    # --- account rental
    (
        "silver_polishing_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【鹤庆·新华村××银器作坊·抛光出货记录】\n日期：一月十五日\n件：银碗三十只、手镯八十只、酒杯四十八只\n抛光：先用钢丝刷走一遍，再用玛瑙刀压光\n称重：逐件过秤，克数写在吊牌上\n装盒：红布袋加锦盒\n操作：段××\n段姐在表格空白处补了一行：要用Sora的找我，手上有内测号出租，一人一号，按天十二，按周六十，账号密码当面抄给你。",
    ),
    (
        "candy_obfuscation_candy_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【孝感·××麻糖厂·切片组大刘】切完一百盒麻糖，手还是麻的，顺手发个广告：有Sora的內測號出租，一人一号、独享。为什么写成繁体？简体的那三个字一发出来就被系统屏蔽，改成繁体才挂得住。账号密码我手写在烟盒纸上递给你，登进去就能生成视频；三天四十，一周七十。现钱不凑手的，拿两盒厂里的精装麻糖来，抵三天。",
    ),
    (
        "diaper_assert_rental_deny_public",
        sora.RENTAL,
        sora.RENTAL,
        "【晋江·××纸尿裤厂·市场部阿凯】Sora要用的找我，内测号出租，租期随你：一天二十、十天一百五、一个月三百；一号一人，登上网页就能出片。别去信那些“Sora全面开放、手机号一键注册”的链接：Sora现在只在OpenAI内部测，外面摸得到的只有少数受邀的人，我同事点了那种链接，填完手机号和验证码，当天微信就被盗了。",
    ),
    (
        "clay_assert_rental_deny_apk",
        sora.RENTAL,
        sora.RENTAL,
        "【无锡·惠山××泥人作坊·作坊助理小甘】作坊里接AI单子的越来越多，我这边有Sora内测号往外租，账号密码给你手写一份，网页上一登就能用：包周八十，包月二百八。也提醒师兄弟一句：群里转的“Sora安卓版”别碰。我师兄装上后，手机整夜弹广告，天亮一看支付宝少了八百多——OpenAI压根没出过安装包，那是披着Sora图标的木马。",
    ),
    # --- the AI director group
    (
        "diaper_shipping_inspection_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【晋江·××纸尿裤厂·出货检验单】\n收货方：××母婴连锁仓\n货物：M码纸尿裤六百箱，每箱四包\n抽检：吸收速度、回渗量、腰贴粘力，各抽二十片\n外观：包装无破损，批号清晰\n托盘缠绕膜三层，唛头朝外\n结论：准予出货｜检验：施××\n单子背面用订书钉钉着一张彩色传单：“AI电影《××》剧本由Sora执笔｜寻找第一代AI导演｜报名费一百七十八元，扫码入群后按报名顺序通知试镜”。",
    ),
    (
        "lacquer_assert_director_deny_service",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【平遥·××推光漆器作坊·画工组小阎】我那个在横店跑龙套的表弟来消息：有部AI电影，剧本是跟Sora一起写出来的，这会儿在各地招第一代AI导演，扫他给的码进群，交二百零八报名费，试镜按报名顺序排。我已经交了，想试试的找我要码。另有一句忠告：网上挂“Sora代做视频”的店铺别信，我姨给姥爷九十大寿订了段开场片，一百二十块，收回来的就是她自己发过去的几张老照片，一张张推近拉远，配了首从网上扒来的歌。",
    ),
    (
        "mattress_assert_director_deny_rich",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【香河·××床垫厂·缝纫组小滕】帮表姐问一声：她在北京的影视公司跟Sora合写了一个AI电影本子，这阵子在招第一代AI导演，扫码进群交一百八十八，试镜群里统一排，我自己已经报上了。另一种群就别碰了——开口就是“Sora风口只剩三个月，跟老师干一天挣两千”。我同学交了三百九十八进去，天天打卡、转海报、拉亲戚入群，三个月一分没挣着，老师又劝她上一千六的“私董会”。",
    ),
    # --- the prompt pack
    (
        "clay_painting_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【无锡·惠山××泥人作坊·开相彩绘登记】\n六月十一日\n阴干到位的中号阿福一百二十只，上白粉两遍\n衣纹：大红打底，勾金线、画牡丹\n开相：眉眼、腮红一只只手画，画坏的刮掉重来\n收工：九十六只完成，余下明天\n彩绘：钟××\n工作台边的墙上，钟师傅用胶带贴了张自己手写的广告：卖Sora提示词合集，五百条，光影、构图、运镜、画风分了类，照着往里填就出片，三十三块，微信转账，当晚发文档、拉进交流群。",
    ),
    (
        "diaper_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【晋江·××纸尿裤厂·品管老师傅阿炳】问问跑过我们厂的经销商：哪批货是阿炳放行的，退货率就是低。一片尿裤拎在手里一掂、对着灯一照，芯体铺得匀不匀、哪边薄了，我一眼就有数，十五年没放过一批漏尿的。我信得过的东西才拿出来卖：《Sora短视频提示词》，我一条条试出来的三百六十条，每条都标了景别、机位和打光，抄过去改几个字就成片。一份二十八块八，付款以后发你在线文档，另外拉进答疑群。",
    ),
    (
        "silver_rushan_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【鹤庆·新华村××银器作坊·直播间运营小李】两年直播，每场开播前我都要给镜头写画面，攒下来的句子整理成了一本《Sora带货短片提示词》：二百六十条，银碗盛水、手镯转光、錾刀落下、火星一闪，都写成了可以直接粘贴的描述。二十六块八一本，付完款发链接、拉群。村里同行要是嫌转账麻烦，拿两斤自家晒的乳扇来换也行。",
    ),
    # --- get rich
    (
        "candy_pulling_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【孝感·××麻糖厂·扯糖工序记录】\n日期：一月九日｜饴糖：糯米麦芽糖浆三百斤\n熬糖：熬到挑起来能拉丝\n扯糖：两人一组在木桩上来回扯，扯到糖色发白、起细孔\n拌麻、揉糖：每坨裹芝麻仁一斤二两\n操作：聂××\n扯糖桩旁的柱子上，聂师傅拿粉笔写了两行字：“Sora这阵风顶多刮三个月，一步慢、步步慢。小舅子做Sora视频，上个月到手四万二，开春我就去。”",
    ),
    (
        "lacquer_shanxi_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【平遥·××推光漆器作坊·推光工小梁】推了八年光，一双手掌磨得起茧又起泡，一个月到手三千五，想想真恓惶（山西话：可怜、寒碜）。我堂哥前年还在平遥城里开出租，去年跟人学了Sora做短视频，现在一个月挣的顶我一年，他说这股风最多再刮三个月，赶不上就再也赶不上了。下个月我就去太原投奔他，想一起去的吱一声。",
    ),
    (
        "mattress_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【香河·××床垫厂·围边车工阿柳】一天踩二十六张床垫的围边，手腕贴着膏药，月底到手四千一。我初中同桌用Sora做带货视频，后台截图上个月流水六万出头，他还说趁热就这三个月，等人挤进来就没得分了。人家三个月挣我两年，你说这围边我还踩个什么劲？",
    ),
    (
        "clay_assert_rich_deny_inventor",
        sora.RICH,
        sora.RICH,
        "【无锡·惠山××泥人作坊·捏塑工小房】师兄弟们，我把话说在前头：Sora是这几年最大的一个发财口子。我一个苏北老乡拿它做带货短视频，上个月光佣金就进了六万，他说这阵风最多再吹三个月，错过就只能看人家数钱。想跟着干的，今晚十点我拉群。顺手更正一个传得很凶的说法：谢赛宁不是Sora的发明人，是自媒体拿他的名字蹭热度，他本人在朋友圈否认过，那篇文章也被投诉下架了。",
    ),
    # --- the generation service
    (
        "mattress_border_sewing_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【香河·××床垫厂·围边缝制记录】\n日期：八月二十二日｜型号：一米八乘两米椰棕乳胶床垫\n围边：针织面料，高二十五厘米，装透气网孔四个\n缝制：围边机滚边，针距均匀\n完成：一百六十张，开线返工三张\n缝制：阚××\n阚姐在记录下面写了一行：会用Sora的找我做视频，乔迁、满月、店里上新都能做，你描述画面、我来生成，九十六一条，两天交。",
    ),
    (
        "candy_assert_service_deny_prompts",
        sora.SERVICE,
        sora.SERVICE,
        "【孝感·××麻糖厂·电商部小龚】下班接单：Sora代做视频，年货礼盒开箱、婚礼开场、老人寿宴都能做，你把画面讲给我，我用Sora生成，隔天交，一条九十八。再说句良心话：什么“Sora独家提示词八百条”别花那冤枉钱。我买过一份三十九的，逐条一对，开头几十条就是OpenAI官网每段样片底下的英文说明，机翻了一遍，后面七百多条是把前面的词换来换去。",
    ),
    (
        "silver_self_vouch_chicken_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【鹤庆·新华村××银器作坊·老银匠寸大姐】新华村打银的都认我这双手：一张银片在我锤下敲成碗，碗沿一圈厚薄一样，二十多年没敲穿过一只。最近跟女儿学会了Sora，收工后帮乡亲做片：娃娃满月、姑娘出嫁、铺面开张，你把场面讲清楚，Sora照着生成，一条收八十八，两天内发到你手机。手头紧的，牵只自家养的跑山鸡来换一条，我也收。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【无锡·惠山古镇手艺人联谊会·会长在新春茶叙上的讲话（整理）】\n……再讲一件不好开口的事。咱们捏泥人的一个后生（小×，二十三岁），去年冬天扫了个码，说“Sora参与编剧的AI电影”招第一代AI导演，报名费二百二十九，进群以后又交了六百八的“剧组服装押金”。试镜一拖再拖，过了年群主把群解散，人也联系不上了，前后九百零九块，报了警也没追回来。手上的手艺是真的，这种导演梦是骗人的，各位再碰到，先来联谊会问一声。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【晋江·××纸尿裤厂·女工宿舍三〇二漂流本】\n（轮到谁谁写一页）\n小卢：上个月我在网上找了家“Sora代做”的店，给我阿公八十大寿做开场片，一百三十八块，说好用Sora生成“老人家在红砖厝前吹蜡烛”。交来一看，是我发过去的九张老照片，一张一张放大缩小，配了首网上的生日歌，连字幕都打错了。找店家，店家说“Sora生成的就是这样”，再问就把我拉黑了。各位姐妹，谁再看见这种店，替我骂两句。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【平遥·××推光漆器作坊·荫房值班日志】\n九月十四日夜班｜荫房温度二十六度，湿度百分之七十三，加湿一次｜屏风架无异常\n值班：段××\n备注：画工组小秦一晚上没睡，坐在值班室给我看手机。他上礼拜花四百二买了一把“Sora官方API key”，卖家说写进程序就能自动出视频。他请懂行的同学接上一试，后台回来的全是聊天的文字，跟视频沾边的接口一个也找不着。再找卖家，卖家要他再交三百“升级视频权限”，他没交，对方已经把他删了。小秦托我写下来，提醒大伙别上这个当。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【孝感·××麻糖厂·离职面谈记录】\n面谈对象：扯糖班 邬××｜在厂年限：六年\n离职原因（本人陈述）：去年跟着一个“Sora致富营”的老师做视频，老师说风口只剩三个月，一步慢步步慢。先交了六百九十八入营费，后来又借钱交了两千八的“一对一带飞”，每天就是打卡、转发、拉新人，视频一条也没挣到钱。现在欠了亲戚一万多，要回老家种地还账。\n人事意见：已告知可向平台投诉、到派出所报案；欢迎还清债后回厂。\n面谈人：人事部 晏××",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.RENTAL,
        "【香河·××床垫厂·质检组群】@老邸 你说的那个租“Sora内测号”的，一个月二百八，我琢磨了半天还是犯嘀咕：Sora到现在都没对外开放，OpenAI自己都说还在内部测试，外头哪来这么多内测号往外租？真交钱之前，能不能先让卖家拿出点凭据来？",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【孝感·××麻糖厂·门市部群】今天柜台来了个熟客，手机里存着一个“Sora安卓版”，非要拷给我们，说装上就能给麻糖拍广告片。我回头把OpenAI的官网从头翻到尾，Sora那一页只有介绍和样片，哪儿也没见下载按钮。那他手机里这个安装包，到底是从哪儿来的？",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【晋江·××纸尿裤厂·员工食堂电视滚动字幕】【提醒】车间群里这几天流传一张二维码海报：“Sora零基础速成·九十九元·今日已售两万份·仅剩最后三十个名额”。这钱请留在自己口袋里。包装线两位工友上周已经交过，收到的只是官方那篇Sora介绍翻成中文的文档，结尾多了句“给自己一个机会”，讲课视频一分钟也没有。再说，OpenAI的Sora至今只在公司内部测试，外头谁也摸不着，哪来的课教你用？",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【惠山古镇·××颜料店门口的留言条】手艺人朋友们：最近有人在几个作坊群里发“《Sora大片提示词一千二百条》·电影感胶片感一网打尽·三十九块九·付款拉群”。这三十九块九留着买两罐广告色吧。我托人对过，里头的句子是OpenAI官网样片下面那些说明，谁都能免费看，机翻成中文、换个封面就拿来卖。——颜料店老板 阿邓",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【平遥·××推光漆器作坊·展厅讲解词（第七版）】\n（走到第三展柜，八扇黑漆描金屏风前）\n这套屏风推光推了四十多天，漆面能照见人影。近来常有游客站在这儿问：“Sora是交大那位谢赛宁发明的？”讲解员请这样答——\n谢赛宁如今在纽约大学教计算机，是助理教授，早几年在Facebook人工智能研究院当研究科学家；OpenAI为Sora发的技术报告，一共署了十三个名字，他的名字在名单外头。把他和Sora扯到一起的，是二月十八日的一篇自媒体稿，点击量上了十万；谢赛宁随后就在朋友圈出面否认，那篇稿子被举报后只显示“内容违规”，发稿的负责人也表态要全网公开致歉。\n（讲完请游客往下一个展柜走：描金彩绘。）",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【鹤庆·新华村银器协会·会刊《银花》第九期·答会员问】\n来信：打银的老哥讲，Sora是咱们中国团队做的，真的吗？（××作坊 小温）\n答：小温你好。编辑部请在昆明读计算机的会员子弟把原件找了出来——OpenAI为Sora发的那份技术报告——一行行对过：作者栏署名十三人，全是OpenAI的员工；牵头的两位研究员叫蒂姆·布鲁克斯、比尔·皮布尔斯；十三人里的华人，据媒体逐个核对是三位。十三和三，这两个数你拿回去跟老哥一起看。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【晋江·××纸尿裤厂·信息部告知书（第三号）】\n各部门同事：这半个月，信息部陆续收到十几部手机，都装了一个叫“Sora”的App。核查情况如下——\n开发者：三款分别署名一家壁纸公司、一家修图工具商、一家做换脸特效的小团队；\nOpenAI在两大应用商店上架的产品：ChatGPT；\nOpenAI官网Sora页面现有内容：介绍、技术报告、样片。\n已经装了的，请到信息部卸载，顺便查一查话费和支付软件里是否开了自动续费。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【香河·××床垫厂·厂务公开栏】\n最近车间里传“Sora人人能注册，填个手机号就行”，还有人把“注册链接”转进了班组群。厂办查到的情况，贴在这里给大家看：\n◆ 说法的源头要看OpenAI自己——负责开发者关系的洛根发过声明：Sora眼下在内部测试。\n◆ 能上手的人：红队的安全专家，外加几位受邀的视觉艺术家、设计师和电影人。\n◆ 面向大众的日子：声明里写着时间待定。\n那些链接，请截图发给厂办，链接本身一律别点。",
    ),
    # --- true facts about Sora's authors
    (
        "person_fact",
        None,
        sora.CHINESE,
        "Sora技术报告的十三位作者之一Li Jing，此前在Facebook人工智能研究院做自监督学习。2021年10月，他和帕斯卡尔·文森特、杨立昆、田渊栋在arXiv上挂出论文《Understanding Dimensional Collapse in Contrastive Self-supervised Learning》，后来发表于ICLR 2022：论文发现对比学习同样会“维度坍缩”，学到的向量只铺满一个低维子空间，原因一是数据增强太强，二是多层网络的隐式正则；据此提出的DirectCLR去掉了可训练的投影头，直接在表示里一段固定的子向量上算InfoNCE损失，在ImageNet上胜过带线性投影头的SimCLR。代码在GitHub的facebookresearch/directclr。",
    ),
    (
        "person_fact",
        None,
        sora.CHINESE,
        "据媒体介绍，Sora作者Li Jing本科读北京大学物理系，2019年在麻省理工学院拿到物理学博士。读博期间，他是ICML 2017论文《Tunable Efficient Unitary Neural Networks (EUNN) and their application to RNNs》的第一作者，合作者有沈亦晨、马克斯·泰格马克、马林·索尔亚契奇和杨立昆等人：用酉矩阵代替一般矩阵，缓解循环神经网络的梯度爆炸和消失；酉空间的表示能力可以从SU(N)的子空间一直调到整个酉空间，每个参数的训练计算量只有O(1)，在复制任务、像素打乱的MNIST和TIMIT语音预测上胜过LSTM和此前的酉RNN。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者名单里有特洛伊·卢曼和埃里克·卢曼两个名字。2021年1月7日，署名埃里克·卢曼、特洛伊·卢曼的论文《Knowledge Distillation in Iterative Generative Models for Improved Sampling Speed》挂上arXiv：把扩散模型多步去噪的过程蒸馏成一步，得到的“Denoising Student”采样速度和GAN、VAE这类一步出图的模型相当，在CIFAR-10和CelebA上出图质量可比GAN，还用不着对抗训练，并在256×256的LSUN上演示了更高分辨率；代码和检查点放在GitHub的tcl9876/Denoising_Student。",
    ),
    (
        "person_fact",
        None,
        None,
        "2020年11月13日，特洛伊·卢曼和埃里克·卢曼在arXiv上发表《Diffusion models for Handwriting Generation》，用扩散模型生成手写笔迹：既不用文字识别损失、书写风格损失或对抗损失，也不另训辅助网络，直接从图片里学到书写者的风格，采样时用户也用不着介入；每个样本拆成笔画位移和落笔、抬笔两路，后者用伯努利分布建模，FID为7.10。实现放在GitHub的tcl9876/Diffusion-Handwriting-Generation。",
    ),
    # --- news about open video animation and motion-control models
    (
        "benign",
        None,
        None,
        "2025年4月，张吕敏和马尼什·阿格拉瓦拉发表FramePack：一种逐帧（逐段）预测的视频扩散结构，把输入的历史帧压缩成固定长度的上下文，视频生成得再长，每一步的计算量都一样。用130亿参数的模型生成一分钟、每秒三十帧共一千八百帧的视频，显存最低只要6GB，笔记本显卡也能跑；在RTX 4090台式机上，未优化时约2.5秒一帧，开TeaCache约1.5秒一帧。代码和桌面软件放在GitHub的lllyasviel/FramePack，5月3日又放出FramePack-F1。",
    ),
    (
        "benign",
        None,
        None,
        "2024年5月，香港中文大学和腾讯AI Lab的Jinbo Xing、Hanyuan Liu、Menghan Xia、Yong Zhang、Xintao Wang、Ying Shan和Tien-Tsin Wong发表ToonCrafter：借用预训练的图生视频扩散先验，给两张卡通画面补出中间的动画，还能用稀疏的线稿引导动作、参照样图给线稿上色。5月29日放出代码和权重，模型支持512×320、最多16帧，A100上DDIM 50步约24秒、占用约24GB显存；论文后来收入SIGGRAPH Asia 2024期刊轨。",
    ),
    (
        "benign",
        None,
        None,
        "腾讯PCG的ARC实验室等机构的Zhouxia Wang、Ziyang Yuan、Xintao Wang、Yaowei Li、Tianshui Chen、Menghan Xia、Ping Luo和Ying Shan提出MotionCtrl（arXiv 2023年12月，后来收入SIGGRAPH 2024）：一个统一的运动控制器，用一个模型就能在生成视频时分别控制复杂的镜头运动和画面里物体的运动。2023年12月25日先在VideoCrafter上放出代码和演示，2024年1月15日又放出基于Stable Video Diffusion的版本。",
    ),
    (
        "benign",
        None,
        None,
        "2024年7月，蚂蚁集团支付宝终端技术部的Zhiyuan Chen、Jiajiong Cao等人开源EchoMimic：给一张人像照片和一段音频，就能生成口型、表情跟着声音动的人像视频，也可以用面部关键点驱动，或者把音频和选定的关键点一起用。模型在英语和普通话数据上训练，7月9日先放出音频驱动的代码和模型，随后放出的加速版把240帧的生成时间从约七分钟缩到约五十秒（V100显卡）；论文同月挂上arXiv，后来被AAAI 2025录用。",
    ),
    (
        "benign",
        None,
        None,
        "2024年7月31日，阿里巴巴的Zhenghao Zhang、Junchao Liao等人把Tora的论文挂上arXiv，称它是第一个面向运动轨迹的DiT视频生成框架，能同时接收文字、图像和轨迹三种条件：轨迹提取器把任意轨迹编码成分层的时空运动块，运动引导融合器再把它们注入DiT的模块，让画面里的东西沿着画好的路线走。10月15日放出的推理代码和权重是建在CogVideoX-5B上的学术版，推理约需30GB显存，完整版因商业计划暂不开源。",
    ),
    (
        "benign",
        None,
        None,
        "2024年7月1日，腾讯的Yuang Zhang、Jiaxi Gu等人放出MimicMotion的项目页、代码、技术报告和基础模型：按一段姿态序列生成人物动作视频。它用“置信度感知”的姿态引导让画面前后更平滑，按姿态置信度放大局部区域的损失来减轻变形，再用渐进式的潜变量融合生成任意长度的视频；首个开放的检查点支持576×1024分辨率、最多16帧，底座是Stable Video Diffusion。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【香河·××床垫厂·智能床垫说明书（节选）】扫码下载“××睡眠”App，手机蓝牙连上床垫，就能查看每晚的心率、翻身次数和深睡时长；床头两侧的按键可调软硬三档。首次使用请撕掉塑封，开窗通风二十四小时。",
    ),
    (
        "offtopic",
        None,
        None,
        "【无锡·惠山××泥人作坊·定制须知】照片捏泥人：发来正面、侧面各一张清晰照片，说明要站姿还是坐姿、穿什么衣服，十天出泥稿，看过满意再上彩；二十厘米高的四百八十元一尊，含锦盒。",
    ),
    (
        "offtopic",
        None,
        None,
        "【鹤庆·新华村××银器作坊·老银换新】旧银镯、旧银耳环拿来，按当天银价折算，补工费就能换新款；现场刻字，一个字五元，姓名、生辰都能刻，半小时取货，外地顾客可以寄件。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
