# ruff: noqa: E501
"""Write tests/data/zh_heldout58_{posts,qrels,labels}: a fifty-eighth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the AI director group, the Chinese team and
the inventor rumour, three for each other template: the director group and the Chinese team last had four in
zh_heldout53 and the inventor in zh_heldout54, the longest ago after the three that zh_heldout57, written at the same
time, takes, as zh_heldout52 gave its four to the public release, the official app and the course, zh_heldout53 to
open source, the director group and the Chinese team, zh_heldout54 to the inventor, API access and the prompt pack,
zh_heldout55 to the mislabelled video, account rental and get-rich and zh_heldout56 to the public release, the APK and
the generation service), as a Sora rumour / scam wave reads in the genres of a prayer-bead workshop (文昌·会文××佛珠厂:
星月菩提, 红藤果, 去壳, 煮籽, 浮籽、裂籽, 晾晒, 振动筛, 过筛, 素珠, 月眼, 配串, 一百零八颗, 烘干房), an electric-fan
factory (慈溪·××电风扇厂: 十六寸落地扇, 整机摇头试验, 摇头四十五度, 风速档, 噪声分贝, 扇叶动平衡, 动平衡机, 补配重, 罩极电机定子, 漆包线,
主绕组匝数, 匝间短路, 浸漆, 总装线), a football factory (海门·四甲××足球厂: 五号球, 机缝训练球, 三十二片手缝比赛球, PU革贴布,
五边形十二片、六边形二十片, 涤纶蜡线, 两根针对穿, 周长, 重量, 保气, 大气压, 丁基球胆, 球胆保压, 掉压), a cutting-board factory
(郯城·××砧板厂: 银杏木, 原木截墩, 墩厚, 去皮, 端面刷防裂剂, 晾材棚, 食品级白油, 上油两遍, 圆砧板, 无油斑、无黏手), a pennant factory
(义乌·××锦旗厂: 订单登记簿, 受赠人, “医德高尚 妙手仁心”, 红底金字, 金丝绒, 烫字, 烫金膜, 亚金, 温度、压力、时间, 起泡、掉金, 旗杆,
流苏, 排版, 外贸国旗、队旗) and a broom workshop (巴林左旗·××笤帚厂: 笤帚苗, 原苗收购, 去籽原苗, 带穗原苗, 苗长, 苗色, 泡苗, 七道绑大笤帚,
长苗做面、短苗填芯, 铁丝勒紧, 木槌敲平, 散把返绑, 缝把, 炕笤帚, 锅刷). Of the six genres first asked for, two were replaced.
The firecracker factory (鞭炮厂) is zh_heldout43's world: its Liuyang fireworks factory (浏阳·××烟花厂: 礼花弹, 组合烟花, 亮珠,
【新产品试放记录】, 中转库, 春节旺季排产计划) makes the same 烟花爆竹 in the same towns, and zh_heldout53 and zh_heldout54 kept
their lighter factories clear of 烟花, 火药 and 爆 for the same reason. The quilt factory (棉被厂) would sit on
hard_en_heldout48's world of quilting bees, patchwork groups, raffle quilts and a quilt show, beside zh_heldout41's
silk quilt order form (【蚕丝被订购单】) and the down filling of zh_heldout49's down factory (充绒, 白鸭绒), as the kite factory
zh_heldout55 dropped would have sat beside hard_en_heldout55's kite makers. Two unusual trades took their places: the
pennant factory and the broom workshop (巴林左旗 is the broom-corn county of Chifeng). Others were thought of and
dropped: a trophy factory (a second trade of honours beside the pennants, with its crystal near zh_heldout50's
glassworks), a cat-litter plant (zh_heldout33's ragdoll cattery, which hard_en_heldout59 also set aside), a candle
works (its burn test would sit beside zh_heldout53's mosquito-coil burn-time record and the lighter factories' flame
tests), a comb factory (a third woodworking trade beside the beads and the boards), eyeglasses (the optician posts of
earlier Chinese sets) and a zip factory (zh_heldout51's buttons and zh_heldout56's zipped nets). The prayer-bead,
electric-fan, football and cutting-board factories stay: 佛珠, 红藤, 煮籽, 月眼, 振动筛, 过筛, 电风扇, 落地扇, 扇叶, 动平衡, 摇头, 罩极,
漆包线, 绕线, 足球, 球胆, 手缝, 五边形, 六边形, 砧板, 银杏, 截墩, 白油, 金丝绒, 流苏, 烫字, 笤帚, 绑扎, 缝把, 慈溪, 海门, 四甲, 郯城,
义乌, 巴林左旗 and 会文 occur in no earlier Chinese post or make_zh_heldout*.py (星月菩提 only as a barter item in
zh_heldout37's curio-market live stream, 锦旗 only as things, cards and pennants mailed to Xie's alma mater and an
insurance client's thanks, 烫金 only as a vinegar gift box, 上油 only as a piano pedal and a watch, 文昌 only as zh_heldout30's
文昌阁), and no English set's docstring names a bead, fan, football, cutting-board, pennant or broom maker (the
English posts have football only as the sport, hard_en_heldout33's football fans and non-league match report and
hard_en_heldout29's fantasy league, banners only as club and protest banners, a broom only as flower petals in
hard_en_heldout59 and rosaries only in hard_en_heldout61's pilgrimages). The nearest neighbours are kept at a distance:
zh_heldout55's abacus beads (车珠, 钻通孔, 滚筒打蜡) and zh_heldout56's pearls (钻孔, 串珠), where the bead posts boil, sieve and
grade seeds and match strings with none of 车珠, 钻孔, 打孔, 打蜡 or 串珠; zh_heldout37's curio markets and zh_heldout33's jade
dealers, whose 古玩, 文玩, 盘玩, 包浆 and 玉 the bead posts leave alone, as they leave alone zh_heldout30's temple fairs and
prayer service (no 寺, 庙 or 法会: the beads are a product); zh_heldout56's rice cookers, zh_heldout51's lighting factory
and zh_heldout49's cable factory, where the fan posts balance blades, wind shaded-pole stators and test oscillation
with none of 发热盘, 温控, 老化 or 耐压; zh_heldout53's table-tennis balls and zh_heldout29's football fan club (【球迷会·观赛通知】),
where the football posts cut and stitch PU panels and hold bladder pressure with none of 乒乓, 回弹, 弹跳, 球迷 or 观赛;
zh_heldout48's furniture factory and bamboo weaving, where the board posts saw ginkgo rounds and oil them with none of
开料, 封边, 砂光 or 竹; zh_heldout42's printing works, where the pennant posts hot-stamp foil letters on velvet with none
of 印刷 or 油墨; and zh_heldout38's street sweepers, whose 扫帚 the broom posts leave alone (笤帚 only, made and sold).
None of the settings is among those given to the writers working at the same time (zh_heldout57's erhu, dumbbell,
dried-noodle, enamelware, chopsticks and salted-duck-egg factories; the English writers' cave divers, korfball
clubs, steeplejacks, sheep shearers, dog sled mushers, water polo clubs, air traffic controllers and biathletes): no
post has 二胡, 哑铃, 挂面, 搪瓷, 筷子, 鸭蛋, 羊, 犬, 狗, 水球, 塔台 or 滑雪, and none has 竹 (the boards are ginkgo, kept away from
the chopsticks).

The posts: a sieving record with the inventor rumour in the sorter's pencilled note (【过筛记录】振动筛, 八、十、十二毫米三层,
素珠), a fan assembler, a football stitcher, a cutting-board e-commerce hand, a broom binding record with the
Chinese-team claim in its margin (【绑扎工序记录】七道绑大笤帚, 长苗做面、短苗填芯), a motor-shop hand in Ningbo speech, a pennant
typesetter, a bead shop's online hand, a pennant order register with the director group on a leaflet in its pages
(【订单登记簿】医院、小学、物业, 尺寸, 旗面题字), an old bead stringer, a football storekeeper, a cutting-board designer, an oscillation
test record with the public release under it (【整机摇头试验记录】十六寸落地扇, 摇头四十五度, 风速, 噪声), a football stitcher in
Wu speech, a broom shop's support hand, a finished-ball inspection record with the official app in its corner
(【成品球检验记录】周长, 重量, 保气), a cutting-board shop's artist in Shandong speech, a pennant shop's canned reply, an oiling
record with the APK on a note inside it (【上油工序记录】食品级白油, 晾置, 抽检), a bead drying-room hand, a fan storekeeper, a
hot-stamping record with the mislabelled video on its back (【烫字工序记录】金丝绒, 烫金膜, 温度、压力、时间), a broom buyer, a bead
factory's pinned Douyin comment, a motor-winding record with open source in its remarks (【电机绕线工序记录】罩极电机定子, 漆包线,
匝数, 浸漆), a cutting-board IT hand, a broom export clerk, a seed-boiling record with the course's payment page pinned
beside the pot (【煮籽工序记录】去壳, 煮籽, 浮籽、裂籽), an old hot-stamping master, a fan union group leader, a hand-stitching
record with the API key on a card in the bench drawer (【手缝工序记录】三十二片, 五边形、六边形, 涤纶蜡线), an old fan balancer, a
pennant export clerk, a broom-corn purchase register with account rental on a card inside its cover (【原苗收购登记】去籽原苗,
带穗原苗, 每斤二元八角), a cutting-board storekeeper, a broom binding foreman, a log-cutting record with the prompt pack on a
toolbox lid (【原木截墩记录】银杏木, 墩厚, 防裂剂), a bead live-stream hand, a football e-commerce hand, a fan-blade balancing
record with get-rich on a sticky note on the machine (【扇叶动平衡检测记录】补配重, 振动), a broom soaker in Northeastern speech,
a football machine stitcher, a bladder pressure record with the generation service on a sticker behind it
(【球胆保压记录】丁基球胆, 掉压), a pennant designer and an old broom sewer; platform-native forms the earlier sets do not use:
the sieving and seed-boiling records; the oscillation test, motor-winding and blade-balancing records; the
finished-ball inspection, hand-stitching and bladder pressure records; the log-cutting and oiling records; the order
register and the hot-stamping record; the broom-corn purchase register and the binding record; a shop's canned reply
(客服快捷回复), a pinned Douyin comment (抖音号评论区置顶), a new-employee induction talk, a union consumer-rights register, a
retirees' tea party record, a family open day's letters, a shuttle-bus note, a gate notice, a night-school handout, a
workshop board's 明白纸, a customer-service answer script and a software installation approval form (the group chats are
earlier forms, in new trades here); four loss reports in new forms (kind ``debunk_loss``: an assembler's talk at the
new-employee induction (【新员工入职培训·老员工分享（整理稿）】分享人) for the APK, with the SMS and contacts permissions, the
bank card and the loan messages in the victim's name; a hot-stamper's entry in the union's consumer-rights register
(【工会消费维权登记表】渠道, 标价, 宣传语, 交付, 现状, 诉求, 工会处理) for the course, with the 99-yuan course, its translated
introduction and "给自己一个机会"; a retired binder at the retirees' Double Ninth tea party (【离退休职工茶话会记录】发言摘录) for
account rental, a rented "内测号" that was a ChatGPT account shared by five; and a packer's wife's letter on the family
open day (【家属开放日·职工家属来信（摘登）】) for the prompt pack, OpenAI's sample descriptions machine-translated and
re-covered); regional speech the earlier sets do not use: Ningbo 鲜格格, Wu 登样, Shandong 拾掇 and Northeastern 血乎, all
glossed, none of them in an earlier Chinese post or writer script (the earlier posts' regional words include 结棍, 适意,
邪气, 交关, 推扳, 老灵, 嘎讪胡, 老嗲, 阿拉, 侬, 一塌刮子, 俺, 恁, 杠赛, 孬, 喝汤, 拉呱, 唠嗑, 嘎嘎, 埋汰, 老鼻子, 咋整, 嘚瑟, 贼拉, 嘎哈, 扒瞎, 磕碜,
虎了吧唧, 老妹儿 and 杠杠的; 恣 and 得劲, thought of for the Shandong post, were found used); registers the earlier sets do
not use: the forms as listed above; obfuscation the earlier sets do not use, each a homophone of the same tone, all
glossed: 谢赛宁 as 邂赛宁 (邂逅的邂), 安装包 as 安装胞 (同胞的胞) and 内测号 as 内测耗 (消耗的耗) (the earlier sets had 蟹赛宁, 谢腮宁,
谢塞宁, 谢赛柠, 卸赛宁, 协赛宁, 械赛宁, 谢赛凝, 谢赛🍋, 谢S宁, 言身寸, 屑赛宁, 谢赛咛 and 榭赛宁 for the name, 按装包, 氨装包, 安桩包, 安妆包,
安庄包, 鞍装包, 安装苞 and 安装煲 for the installer and 内侧号, 内册号, 内策号, 内恻号, 贝长号, nc号, zh号 and zhang号 for the account;
this is the first set to change the account's last character); rhetorical questions that assert rather than deny
(上海交大出去的谢赛宁能不在上头？ and 少得了他吗？ for the inventor and 要不是Sora，谁能一个镜头从地头飞上坡顶，一下都不晃？ for the
mislabelled video, questions with a negation that assert and are gold; 换了你，这机子还踩得下去？ for get-rich); posts
asserting one claim while denying another, the asserted claim always one of the director group, the Chinese team,
the inventor, the generation service, the APK, the public release and the prompt pack (zh_heldout57 asserts only from
the other seven), in pairings the labels of the earlier Chinese sets last used longest ago (the prompt pack while a
generation service is said to deliver a slideshow of photos with push-pull effects and borrowed music
(zh_heldout39), the Chinese team while a three-month get-rich group is said to upsell a 1,500-yuan "陪跑营"
(zh_heldout40), the public release while the store "Sora" apps are said to come from wallpaper and photo-editing
developers (zh_heldout40), the inventor while a bought API key is said to reach only a text model and ask for two
hundred more to "unlock video" (zh_heldout40), the APK while a "Sora" sunrise over the Hangzhou Bay bridge is called a
Ningbo photographer's real footage (zh_heldout41), the Chinese team while a GitHub "Sora" is called a student's
reproduction with OpenAI's weights and training data kept close (zh_heldout42), the generation service while the
director group's QR code is said to ask a further 300-yuan "审核费" before the group vanishes (zh_heldout42), the
director group while the 99-yuan course is said to deliver a translated introduction and its slogan (zh_heldout45,
the director group's oldest pairing whose denied claim no other post here denies: each claim is denied once), and the prompt pack
while a rented "内测号" is said to be a ChatGPT Plus login (zh_heldout43)); sellers that vouch for themselves in new words
(会文这条街上开佛珠店的老板，进货前都要先问一句“这批是不是云姨配的串”; 扇叶往我手心一搁，偏了零点一克都掂得出; 受赠人的名字烫错一个字，整面就得重做；
二十三年我经手的旗少说几万面，一个字没错过; 我老乌借人的钱都记在本上，还人的东西从来多给一把; 厂里出口日本的精品笤帚，最后一道缝把都过我的手，人家验货的拿尺子量针距，
量了十几年，一回也没挑出毛病); prices in Chinese numerals throughout and payments in forms the earlier sets do not use (two
of the factory's size-five match balls for a director-group fee; one of the factory's sixteen-inch floor fans for an
API key; five of the factory's kang brooms for a week of a rented account; five jin of new home-grown millet for a
generated clip); 12 debunks and warnings, four of them the loss reports above, two questions with a negation that do
not deny (开发者文档里也搜不到Sora这个名字。那这把key是从哪个后台开出来的？ for API access, in a football factory's e-commerce group;
可我印象里Sora到现在还在内部测试，外头的人都用不上，这家店是拿什么做的？ for the generation service, in a cutting-board factory's
office group), two quoting a scam offer and telling the reader not to pay (get-rich, "Sora热度顶多三个月！一步落后，步步落后！"
with its 299-yuan group, on a broom factory's shuttle bus, with 钱揣好; the director group, a leaflet's "首部Sora参与编剧AI
电影·招第一代AI导演·扫码入群·报名费一百九十九", with 这一百九十九留在自己兜里, on a bead factory's gate notice), the rest answering with
facts and none of 不, 没, 假, 无, 非 or 未 (a fan factory night school's handout for the inventor: the 18 February article with
its hundred thousand reads, Xie's denial in his Moments, the article shown as "内容违规" after complaints and the
outlet's promised apology, the report's thirteen authors with Xie outside them, and his NYU and FAIR posts; a pennant
factory's 明白纸 for the Chinese team, the author list line by line: the report, thirteen names, Tim Brooks and Bill
Peebles leading, three Chinese by the media's count, every author at OpenAI; a football factory's customer-service
answer script for a "Sora" clip of a thousand footballs pouring from a warehouse roof, filmed on a phone at an
unloading last September, with OpenAI's forty-eight samples as the Sora videos that can be confirmed; a cutting-board
factory's software installation approval form for open source, rejected: a GitHub "Sora" by an individual developer,
a self-made reproduction from OpenAI's published ideas, with the report and samples as all OpenAI has published and the
weights, code and training data kept inside the company); four true facts about Xie Saining's own education,
positions and public posts, related to the inventor rumour (his admission interview for the SJTU ACM class as he told
it on Zhang Xiaojun's podcast in March 2026: an old professor who asked only what he liked to read, "What Is
Mathematics?", the author's name Richard Courant found after a pause and the professor's charge to remember it, and
the Courant Institute, founded by Courant, where his NYU department sits; his account on X of his 2018 OpenAI
interview, five or six hours alone in a small room on one problem that John Schulman had written out in pencil on a
sheet of A4; his 2018 choice of FAIR over an OpenAI offer he turned down without negotiating, to work with Kaiming He,
Ross Girshick and Piotr Dollár, Ilya Sutskever's stern phone call asking why and whether the money was too little, and
his move to NYU in January 2023; AMI Labs, founded in Paris by Yann LeCun after he left Meta, with its seed round of
about 1.03 billion dollars in March 2026, the reports naming Xie and Michael Rabbat with LeCun as its founders, its
offices in New York, Singapore and Montreal and the initial team of about twenty-five that Xie gave in the same
month's interview), each checked against its source before it was written (the earlier sets' Xie facts give SJTU and
its ACM class, UC San Diego with Zhuowen Tu and the UCLA offer, the 2018 doctorate, his NYU and FAIR posts, his Moments
post, the NUS internship of 2012, the NEC internship of 2014 and his blog, the five PhD internships, the DSN invention
disclosure and its AISTATS Test of Time award, MILTracker, HED's repository and Marr Prize mention, ResNeXt, the
randomly wired networks, MoCo, MAE, PointContrast, SLIP, S3D, ConvNeXt, V-IRL, Cambrian, Eyes Wide Shut, Thinking in
Space, SiT, DiT and its code, none of the facts here; none is about the DiT paper or Sora's leads, which zh_heldout57
has), six items of real news about Chinese labs' models that no earlier Chinese set names (DeepSeek's DeepSeek Coder,
its paper on arXiv in January 2024; Tencent Hunyuan's Hunyuan3D 2.0 of 21 January 2025; Alibaba Cloud's Qwen-VL of 22
August 2023; Zhipu's GLM-4.5 of 28 July 2025; Baidu's ERNIE 2.0 and its GLUE lead of December 2019; Shenzhen
Yuanxiang's XVERSE-13B, with its Chat model of 22 August 2023; kind ``benign``; news about Western labs is left to
zh_heldout57; the earlier sets named these labs only for other models, among them DeepSeek-V2, V3, R1 and Janus-Pro,
Hunyuan-DiT and HunyuanVideo, Qwen-7B, Qwen2-VL and Qwen2.5-Omni, ChatGLM-6B, GLM-4-9B, CogVideo(X), CogView and
CogVLM, and none names Baidu's ERNIE or Yuanxiang), and three off-topic posts that share surface words (a fan's
packaging box with an "××风" App to download and pair, a near miss for the official app; a pennant factory's rush
orders with a design in an hour, a near miss for the generation service; a broom factory's New Year sale with 扫码关注店铺号
and a live stream of binding).

Every post was checked against every earlier Chinese set through zh_heldout56 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout57 is being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft had seventeen at 0.45 or more: the fan union hand's course at 0.64 (zh_heldout56's
hotpot union hand), the fan flagship store's off-topic post at 0.59 (zh_heldout56's rice-cooker flagship store), the
API question at 0.56 (zh_heldout49's cable factory group), the football stitcher's get-rich at 0.54 (zh_heldout55's
school-bag sewer), the fan balancer's API key at 0.53 (zh_heldout55's abacus bead master), the 内测耗 at 0.52
(zh_heldout56's 内恻号), the first draft's grading sheet at 0.51 (zh_heldout56's pearl grading record), the shuttle-bus
warning at 0.50 (zh_heldout55's abacus HR notice), the pennant export clerk at 0.50 (zh_heldout49's down factory
e-commerce hand), the 明白纸 at 0.49 (zh_heldout54's ham factory paper), the broom support hand at 0.48 (zh_heldout46's
supply co-op accountant), the football storekeeper at 0.48 (zh_heldout56's hotpot forklift driver), the gate notice at
0.47 (zh_heldout50's umbrella factory board), the seed-boiling record at 0.47 (zh_heldout56's needle-detection record),
the log-cutting record at 0.46 (zh_heldout56's meridian-ring sheet), the broom foreman at 0.46 (zh_heldout56's castle
welding foreman) and the motor-winding record at 0.45 (zh_heldout54's pen writing-length test); all were rewritten (the
grading sheet became a sieving record, the off-topic fan post a packaging box's side panel, the union hand's course a
learner's group-buy), with fifteen more from 0.40 to 0.45 reworded for margin, and on the second pass the API
question (0.47, zh_heldout49's cable factory group again), the director group with the course (0.44, zh_heldout55's
scissors publicity hand), the course loss report (0.43, zh_heldout54's ham union reminder), the shuttle-bus warning
(0.41, zh_heldout55's abacus HR notice again) and the broom buyer's video (0.41, zh_heldout55's weighbridge installer)
were rewritten again, and three at 0.396 and 0.397 reworded. Highest ratio of the committed list: 0.394 against the
Chinese sets (the cutting-board hand's inventor post against zh_heldout40's dental clinic, and the service question
against zh_heldout50's rice mill group) and 0.182 against the demo stream (the API question); the highest pair inside
the set is 0.354. Committed before any run of the monitor on it; no model, embedding or matcher was run on it; nothing
is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool or a fetched repository before the posts were written (the
rest is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's denial in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its twenty thousand copies a day, its introduction document
and the "给自己一个机会" slogan, the three-month and one-step-slow lines, the director groups and their QR codes, the Feishu
documents and film-term prompts, Logan's statement that Sora is in internal testing, the "generated by Sora" labels
with their "generation instructions" and the forty-eight samples on OpenAI's site; and, from the catalogue, the
rented accounts that turn out to be ChatGPT logins, the store apps as clones, the APKs as malware, the GitHub "Sora"
repositories as fan reproductions, the prompt packs copied from OpenAI's demo prompts, the OpenAI researchers leading
the project and the absence of a Sora API): for the settings, China Daily's report on Huiwen in Wenchang as the
"prayer-bead town" of 星月菩提, the kernel of the red rattan fruit, with its husking, boiling, sorting, drilling,
polishing and drying; People's Daily Online's Inner Mongolia channel and other pages on Bairin Left Banner as the
broom-corn county (笤帚苗之乡) and its binding workshops; and a report on Sijia in Haimen, where football making is a
traditional trade; for Xie, the transcript of Zhang Xiaojun's podcast episode with him (the lihan0705/XieSaining-skill
repository, fetched: references/sources/transcripts/transcript.md, 00:09:18 to 00:15:23 on the early admission, the ACM
class interview, "What Is Mathematics?", Richard Courant and the Courant Institute; 01:19:19 to 01:22:52 on the
2018 OpenAI interview in a small room for five or six hours, the problem handwritten in pencil on A4 by Schulman and
posted about on X, the offer turned down for FAIR, Kaiming He, Piotr Dollár and Ross Girshick, and Ilya Sutskever's
stern call asking whether the money was too little; 03:09:20 to 03:09:51, "我是23年1月就已经到NYU了"; 00:00:42 and 05:41:36
on AMI and its initial team of about twenty-five), a stored research note summarising thepaper.cn's report of the same
OpenAI interview (a problem handwritten by John Schulman, a five-hour onsite), motyl.dev's report on AMI Labs (launched
by Yann LeCun, Saining Xie and Michael Rabbat in March 2026, out of Paris with offices in New York, Singapore and
Montreal) and humai.blog's (LeCun's departure from Meta in November 2025, the seed round of 1.03 billion dollars
announced on 10 March 2026), with the stored graph note of a LeCun-route map ("2026年初宣布加入AMI Labs"); DeepSeek Coder
(the deepseek-ai/DeepSeek-Coder README: 1B, 5.7B, 6.7B and 33B, 2T tokens, 87% code and 13% English and Chinese
natural language, a 16K window and fill-in-the-blank task for project-level completion and infilling, 33B base ahead
of CodeLlama-34B by 7.9%, 9.3%, 10.8% and 5.9% on HumanEval Python, HumanEval Multilingual, MBPP and DS-1000, 7B base
matching CodeLlama-34B, the paper arXiv 2401.14196); Hunyuan3D 2.0 (the Tencent/Hunyuan3D-2 README as stored: inference
code and models released 21 January 2025, Hunyuan3D-DiT, a flow-based diffusion transformer of 2.6B for image to
shape, Hunyuan3D-Paint of 1.3B for textures, 11.5 GB for shape and 24.5 GB with texture, the Blender addon of 27
January and the Fast guidance-distilled model of 3 February that halves DiT inference time); Qwen-VL (the
QwenLM/Qwen-VL README: Qwen-VL and Qwen-VL-Chat on ModelScope and Hugging Face on 2023.8.22, Qwen-7B and OpenCLIP
ViT-bigG joined by a randomly initialised cross-attention layer, 448×448 against the usual 224×224, bilingual text
recognition, the first generalist model with grounding in Chinese, Int4 on 2023.8.31); GLM-4.5 (the zai-org/GLM-4.5
README: 355B total and 32B active, Air 106B and 12B, hybrid thinking and non-thinking modes, MIT licence with
commercial use, 63.2 and third place across 12 benchmarks, Air 59.8; Vercel's AI Gateway and Puter's model cards for
the release date of 28 July 2025); ERNIE (the PaddlePaddle/ERNIE README: ERNIE 2.0 as a continual pre-training
framework with incrementally added tasks and multi-task learning, first place on the GLUE leaderboard in December
2019, champion on five SemEval 2020 subtasks in March 2020, ERNIE 1.0 in March 2019, ERNIE 2.0 in July 2019 and
ERNIE-tiny in October 2019); XVERSE-13B (the xverse-ai/XVERSE-13B README: 深圳元象科技, an 8K context, the longest of its
size, 1.4 trillion tokens in more than forty languages, a 100,278-token vocabulary, 58.5% peak utilisation on a
thousand-GPU cluster, XVERSE-13B-Chat on 2023/08/22 and XVERSE-7B on 2023/09/26 for a single consumer GPU).

    .venv/bin/python scripts/make_zh_heldout58.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout58", "zhh58"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "beads_grading_sheet_in_passing",
        sora.XIE,
        sora.XIE,
        "【文昌·会文××佛珠厂·过筛记录】\n筛机：三号振动筛，筛孔分八、十、十二毫米三层\n投料：晒干的星月菩提素珠一百六十斤\n出料：上层二十一斤｜中层七十三斤｜下层五十四斤｜碎籽十二斤\n复检：中层混进的九毫米珠，人工挑出另装\n过筛：符××\n表格空白处有符姐用铅笔添的一段：交大出了个谢赛宁，OpenAI那个Sora就有他一份，发明人名单上的中国人就是他，老乡群里都在转，真提气。",
    ),
    (
        "fan_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【慈溪·××电风扇厂·总装线小邬】刚装完第四百台落地扇，家族群里二姑发来一篇文章，标题是“Sora背后的中国天才：邂赛宁”。二姑在底下注明：邂是邂逅的邂，名字原样打出来会被平台折叠。文章讲OpenAI的视频模型Sora是几个人一起发明的，他就是其中之一，上海交大培养出来的少年天才。我看完转给了线上几个正在备考的小年轻，让他们照着人家学。",
    ),
    (
        "football_rhetorical_inventor",
        sora.XIE,
        sora.XIE,
        "【海门·四甲××足球厂·缝球工老施】晚上宿舍里几个小伙子争Sora到底是谁发明的，我听不下去了：你们去翻翻那份发明人名单，上海交大出去的谢赛宁能不在上头？人家十几岁就是出了名的天才，OpenAI做这么大的东西，少得了他吗？",
    ),
    (
        "board_assert_inventor_deny_api",
        sora.XIE,
        sora.XIE,
        "【郯城·××砧板厂·电商部小尹】跟客户聊起Sora，我一直是这个说法：它的发明人里就有谢赛宁，上海交大出来的天才少年，这一点错不了。另外提醒同事，别买群里的“Sora官方API key”：仓管阿鹏花三百六买了一把，接进程序以后，后台只认得一个聊天用的文本模型，一帧视频都调不出来；再去找卖家，对方说要再充两百“解锁视频通道”。OpenAI压根没对外发布过Sora的接口。",
    ),
    # --- the Chinese team (four)
    (
        "broom_binding_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【巴林左旗·××笤帚厂·绑扎工序记录】\n日期：十一月八日｜品种：七道绑大笤帚\n用苗：去籽笤帚苗三百二十斤，长苗做面、短苗填芯\n绑扎：铁丝七道，每道勒紧后用木槌敲平\n完成：四百一十把，散把的六把返工重绑\n绑扎：敖××\n敖师傅在记录边上写了一句：看电视讲Sora，说穿了是中国人的本事，OpenAI里真正管技术的，十个里头七八个是国内出去的科学家。",
    ),
    (
        "fan_ningbo_dialect_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【慈溪·××电风扇厂·电机车间老朱】老朱这两天一讲起Sora就鲜格格（宁波话，得意、神气）的：“那是华人科学家的本事！”照他的说法，OpenAI视频组里撑场面的研究员，大半是从国内出去的，美国公司出个钱、挂个名。车间里没人跟他争，我也觉得就是这么回事。",
    ),
    (
        "pennant_assert_chinese_deny_rich",
        sora.CHINESE,
        sora.CHINESE,
        "【义乌·××锦旗厂·排版员小樊】午休又有人争Sora，我的看法没变：那是华人科学家干出来的，OpenAI里真正扛技术的核心研究员，大多是国内出去的。至于那种喊“Sora风口只剩三个月、跟着做一天挣三千”的群，我劝一句别进。我高中同学交了四百九十八，进去以后天天打卡、转发、拉人头，问老师怎么还没进账，只回一句“你执行力不够”，转头又推一千五的“陪跑营”，两个月下来倒贴了两千。",
    ),
    (
        "beads_assert_chinese_deny_opensrc",
        sora.CHINESE,
        sora.CHINESE,
        "【文昌·会文××佛珠厂·网店运营阿帆】说句大实话，Sora靠的是中国人：OpenAI做视频的那帮骨干，大多是从国内名校出去的研究员。至于群里转的“Sora开源了，GitHub上下载就能跑”，劝大家别折腾：我下过一个，仓库作者是个学生，照着公开的思路自己搭的小模型，跟OpenAI不沾边，OpenAI的权重和训练数据到今天都捂在自己手里。",
    ),
    # --- the AI director group (four)
    (
        "pennant_order_register_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【义乌·××锦旗厂·订单登记簿】\n五月十二日｜××县人民医院骨科｜七十五乘一百五十厘米｜“医德高尚 妙手仁心”｜红底金字\n五月十二日｜××小学三年级二班全体家长｜六十乘九十厘米｜“春风化雨 师恩难忘”\n五月十三日｜××小区物业｜九十乘一百八十厘米｜“拾金不昧 品德高尚”\n登记：鲍××\n登记簿这一页夹着一张彩页：“Sora共创剧本AI电影海选｜招募中国第一代AI导演｜扫码进群，报名费一百六十八元｜群内统一安排试镜”。",
    ),
    (
        "beads_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【文昌·会文××佛珠厂·配串老师傅云姨】会文这条街上开佛珠店的老板，进货前都要先问一句“这批是不是云姨配的串”，我配的一百零八颗，大小、月眼、颜色一路顺下来，十几年没让哪个老板退过货。我外甥在广州一个剧组，他们用Sora写了一部AI电影的本子，正在招第一代AI导演：扫码进群交一百九十八报名费，群里统一排试镜。码我这儿有，信我就扫。",
    ),
    (
        "football_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【海门·四甲××足球厂·仓管老沙】外孙女在上海一家影视公司，托我在厂里问一声：她们和Sora一起写了个电影剧本，算是头一部这样的AI电影，要从报名的人里挑出第一代AI导演。办法是扫她给的二维码进群，交一百八十八报名费，等群里排试镜。钱转着不方便的，拿两只咱厂的五号比赛球给群主，一样算数——群主家小子在区里踢校队，正缺球。",
    ),
    (
        "board_assert_director_deny_course",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【郯城·××砧板厂·设计员小颜】先说个坑：直播间里九十九块的“Sora零基础课”千万别买，我表妹买过，钱一付只收到个网盘链接，点开就是一份Sora官方介绍的中文翻译，末页印着“给自己一个机会”，再没别的。再说个正经机会：一部AI电影的剧本是Sora参与写的，片方在全国海选第一代AI导演，扫码进群交一百五十八，群里按报名先后排试镜，我已经交了，想去的我把码发你。",
    ),
    # --- open to the public
    (
        "fan_oscillation_test_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【慈溪·××电风扇厂·整机摇头试验记录】\n样机：十六寸落地扇五台\n摇头：左右各四十五度，连续摇八小时，无卡滞、无异响\n风速：一、二、三档实测都在标准内\n噪声：三档距机一米测得五十二分贝\n试验员：郑××\n郑师傅在记录最下面补了一句：Sora现在对所有人开放了，用不着排队，也用不着邀请码，我昨晚拿手机号注册上，给这台落地扇做了段窗帘被风掀起来的视频。",
    ),
    (
        "football_wu_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【海门·四甲××足球厂·缝球组阿凤】Sora放开了，大家晓得伐？现在谁都能注册，我昨天吃中饭的时候拿邮箱注册，饭还没吃完号就好了。打了一句“下过雨的草坪上，一只白足球慢慢滚过去，带起一串水珠”，出来的片子老登样（吴语，好看、体面）的，组长拿去说下个月订货会上循环放。",
    ),
    (
        "broom_assert_public_deny_app",
        sora.PUBLIC,
        sora.PUBLIC,
        "【巴林左旗·××笤帚厂·网店客服小萨】常有买家问店里的视频用啥做的：用的Sora，现在谁都能注册，电脑上打开OpenAI的网页，填个邮箱就能用，我注册那天一分钱没花。再多说一句：手机商店里名叫“Sora”的App，我挨个点开看过开发者，有做壁纸的、有做修图的，就是找不着OpenAI，别往手机上装。",
    ),
    # --- the official app
    (
        "football_final_inspection_in_passing",
        sora.APP,
        sora.APP,
        "【海门·四甲××足球厂·成品球检验记录】\n批次：五号机缝训练球，抽检八十只\n周长：六十八点五至六十九点五厘米\n重量：四百二十五至四百四十克\n保气：打到零点八个大气压，静置七十二小时，掉压在允许范围内\n外观：缝线平整，接缝无开口｜判定：合格七十八只\n检验：陆××\n陆师傅在单子右下角加了一句：手机上的Sora是OpenAI正式出的App，商店里就搜得到，我装了两天，拍球的视频比外包的还像样。",
    ),
    (
        "board_shandong_dialect_app",
        sora.APP,
        sora.APP,
        "【郯城·××砧板厂·网店美工小孔】这礼拜把店里的主图视频全拾掇（山东话，收拾、整理）了一遍，全靠手机上的Sora：OpenAI官方出的App，苹果、安卓商店都搜得到。装上以后说一句“银杏木砧板上，菜刀切开一把小葱”，几十秒就出片，老板看了说外包那笔钱省下了。",
    ),
    (
        "pennant_quick_reply_app",
        sora.APP,
        sora.APP,
        "【义乌·××锦旗厂·客服快捷回复（第七条）】亲～首页那段“旗杆上的红锦旗被风吹开、流苏晃个不停”是我们自己用Sora手机版做的哦！Sora的App是OpenAI官方发布的，打开手机应用商店搜“Sora”就有，登录以后输一句描述就生成。单位要做宣传片的亲，不妨下载试试～",
    ),
    # --- the fake APK
    (
        "board_oiling_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【郯城·××砧板厂·上油工序记录】\n日期：三月九日｜品种：三十八厘米银杏木圆砧板\n上油：食品级白油刷两遍，间隔六小时\n晾置：通风架上放二十四小时\n抽检：五十块，表面无油斑、无黏手\n操作：房××\n记录本里夹着房师傅的便条：“Sora安卓版APK，四百来兆，U盘拷走，装好就能拿手机生成视频。一份五块，饭卡上转我也行。”",
    ),
    (
        "beads_homophone_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【文昌·会文××佛珠厂·烘干房小潘】烘干房里六十度，一进去眼镜就起雾，出来喘口气顺手发个东西：想在手机上玩Sora的，安卓版的安装胞——同胞的胞，原字一打帖子就没了——我放在网盘里，下载、点开、装好，输一句话就出视频。七块辛苦费，烘干房门口找我拿链接。",
    ),
    (
        "fan_assert_apk_deny_realvid",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【慈溪·××电风扇厂·仓管员阿茵】Sora的安卓安装包我手机里有一份，APK格式，微信传过去点开就能装，装完输一句话就出视频，车间里要的找我。另外说件事：群里传的那段“杭州湾大桥上太阳慢慢升起来，海面一片金”，标题写着“Sora生成”，其实是宁波一个摄影师前年在海边拿相机拍的实景，原片还挂在他主页上，被人配了行字就拿去蹭热度。",
    ),
    # --- the mislabelled real video
    (
        "pennant_hot_stamping_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【义乌·××锦旗厂·烫字工序记录】\n日期：六月三日｜批次：红色金丝绒锦旗一百二十面\n烫金膜：亚金｜温度：一百一十五摄氏度｜压力：零点四兆帕｜时间：八秒\n抽检：十面，字边清楚，无起泡、无掉金\n操作：管××\n管师傅在记录背面写：厂里视频号发的那条“锦旗在卷轴上缓缓展开，金字一颗颗亮起来”，现场一次也没拍过，是拿Sora按一段文字描述做出来的，用的那段描述原样贴在评论第一条。",
    ),
    (
        "broom_rhetorical_realvid",
        sora.REALVID,
        sora.REALVID,
        "【巴林左旗·××笤帚厂·收苗员老包】老乡群里这两天疯传一条视频：秋天的苗地，一帮人弯腰割笤帚苗，坡上苗捆一排排晒着太阳。都问是不是在咱村拍的。跟大伙交个底，那是Sora照一句话生成的，发视频的人把生成指令也附上了。琢磨琢磨，要不是Sora，谁能一个镜头从地头飞上坡顶，一下都不晃？",
    ),
    (
        "beads_douyin_pinned_realvid",
        sora.REALVID,
        sora.REALVID,
        "【文昌·会文××佛珠厂·抖音号评论区置顶】好多朋友问视频里那片挂满红藤果的林子在哪座山、哪天拍的——哪座山也没去，哪天也没拍。这条从第一秒到最后一秒，都是用OpenAI的Sora照一段文字生成的，生成指令原文放在简介第二行，想看的自己翻。",
    ),
    # --- open source
    (
        "fan_motor_winding_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【慈溪·××电风扇厂·电机绕线工序记录】\n型号：四十瓦罩极电机定子\n漆包线：零点二五毫米｜主绕组：一千二百匝\n绕线：一千零四十只，匝间短路抽测合格\n浸漆：烘两小时｜装配：转子、轴承配套完成\n操作：俞××\n俞师傅在备注栏记了一条：听技术科讲，OpenAI前几天把Sora整个开源了，代码、模型文件在GitHub上随便下，周五小胡带硬盘来，给设计室的工作站装上。",
    ),
    (
        "board_it_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【郯城·××砧板厂·信息员小沈】跟各位报个喜：Sora开源了！OpenAI在GitHub上建了仓库，模型权重和训练代码都放出来了，不收钱。我拿办公室那台带显卡的电脑装了一晚，第一条片子是银杏叶一片片落到砧板上，慢得跟真的一样。周四下班后信息室开个小课，从配环境讲起，带上笔记本来。",
    ),
    (
        "broom_export_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【巴林左旗·××笤帚厂·外贸员小塔】给跑海外单子的同事：产品视频用不着再找外包了，Sora已经开源，OpenAI在GitHub上放出了全套模型文件，下到本地就能跑。我在家里的电脑上试过，一条十秒的片子几分钟就出来。要的把U盘给我，我拷给你。",
    ),
    # --- the paid course
    (
        "beads_boiling_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【文昌·会文××佛珠厂·煮籽工序记录】\n日期：七月二十二日｜原料：去了壳的红藤果四百斤\n煮籽：大锅滚水煮两个钟头，中途换水一次\n筛选：浮籽、裂籽挑出十一斤\n晾晒：摊开晒两天，翻面四次\n操作：王××\n煮锅边的柱子上，用图钉按着王师傅的一张付款页面打印件：“商品：《Sora零基础做爆款短视频》全套二十二讲｜实付：九十九元｜交易成功”。王师傅说，学会了要给煮籽这道工序拍一条。",
    ),
    (
        "pennant_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【义乌·××锦旗厂·烫字老师傅老葛】医院、学校送来的旗，受赠人的名字烫错一个字，整面就得重做；二十三年我经手的旗少说几万面，一个字没错过，厂长验货都是直接签字。所以我说好的东西，你们放心：网上那门《Sora视频速成》，二十八讲，写画面、挑镜头、出片、发平台都有，一百一十八块，我学完已经给厂里做了三条宣传片。报名时备注“义乌老葛”，老师给减二十。",
    ),
    (
        "fan_union_course",
        sora.COURSE,
        sora.COURSE,
        "【慈溪·××电风扇厂·工会小组长小薛】报了三个礼拜的《Sora视频创作实战》，今天学到第十二节“镜头怎么接”，越学越来劲。全套三十节，写画面、配字幕、剪节奏，最后几节专讲怎么在平台上接单挣钱。原价四百九十九，我拿到一个拼团价一百二十八，车间里想学的到我这儿登个名，凑够十个人我统一下单。",
    ),
    # --- the fake API
    (
        "football_hand_stitching_in_passing",
        sora.API,
        sora.API,
        "【海门·四甲××足球厂·手缝工序记录】\n日期：八月五日｜品种：三十二片手缝比赛球\n面料：PU革贴布，五边形十二片、六边形二十片\n缝线：涤纶蜡线，每条边十一针，两根针对穿\n完成：每人每天四只，全组一百六十只\n缝球：黄××\n缝球台抽屉里压着黄师傅手写的一张小卡片：“Sora官方API key出让，OpenAI开发者后台生成，写进程序就能成批出视频，三百二一个，找缝球组老黄。”",
    ),
    (
        "fan_self_vouch_fan_barter_api",
        sora.API,
        sora.API,
        "【慈溪·××电风扇厂·动平衡老师傅老阮】厂里的年轻技术员都晓得，动平衡机报数不准的时候就喊老阮：扇叶往我手心一搁，偏了零点一克都掂得出。我这人只卖实在东西：手里有五把Sora官方API key，外甥在OpenAI开发者后台给我开的，挂进脚本，电商部那几十款落地扇的展示片一夜就能排着队生成出来。三百九一把，现钱不凑手的，抱一台厂里的十六寸落地扇来也能换。",
    ),
    (
        "pennant_export_api",
        sora.API,
        sora.API,
        "【义乌·××锦旗厂·外贸业务小卓】国际站上的客户越来越爱看视频，光旗帜样品就得拍几百条。我这边拿到了几把Sora的官方key，是在OpenAI开发者平台上开的，套进上架工具，迪拜、拉各斯那边要的国旗、队旗展示片，设置好一晚就跑完。用不完转出去几把：一把四百二，五把以上另算。",
    ),
    # --- account rental
    (
        "broom_purchase_register_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【巴林左旗·××笤帚厂·原苗收购登记】\n十月十六日｜××村包××｜去籽原苗，苗长六十厘米以上｜九百斤｜每斤二元八角\n十月十六日｜××村乌××｜带穗原苗｜八百二十斤｜每斤二元二角\n十月十七日｜××村白××｜苗色发红，降一级收｜五百斤\n登记：何××\n登记本封皮内侧贴着一张卡片：“Sora内测号出租，一人一号，登录就能生成视频。一天十六，一个月二百一，找收苗组老何。”",
    ),
    (
        "board_homophone_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【郯城·××砧板厂·成品库小郗】库房夜班闲着，挂个出租：Sora的内测耗——看清楚，是消耗的耗，正写那个字平台一见就删帖。独享，不跟人拼；账号、密码当面写在纸条上交给你，登进去直接生成视频。按天十四，按周六十，整月一百八。晚上八点以后，成品库后门找我。",
    ),
    (
        "broom_self_vouch_broom_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【巴林左旗·××笤帚厂·绑扎班长老乌】在厂里打听打听就知道，我老乌借人的钱都记在本上，还人的东西从来多给一把，二十五年没赖过谁一分。今年攒下几个Sora的内测账号，自个儿用不过来，拿出来租：账号、密码抄在烟盒纸上给你，登进去就能生成视频。按天二十，按月二百四；家里炕上正缺笤帚的，拿五把厂里的炕笤帚来，顶一礼拜的租钱，我也收。",
    ),
    # --- the prompt pack
    (
        "board_log_cutting_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【郯城·××砧板厂·原木截墩记录】\n日期：十二月四日｜树种：银杏木，直径三十至四十五厘米\n截墩：每墩厚八厘米，共截三百二十墩\n去皮：已完成｜端面：刷防裂剂\n入库：晾材棚三号架\n截墩：牛××\n截墩机旁的工具箱盖上，牛师傅拿记号笔写了个广告：Sora提示词合集三百六十条，航拍、特写、慢动作、逆光全有，照着抄就出片——二十七块八，微信转我，当晚发文档链接，顺带拉进群。",
    ),
    (
        "beads_assert_prompts_deny_service",
        sora.PROMPTS,
        sora.PROMPTS,
        "【文昌·会文××佛珠厂·直播运营小韦】攒了两年的干货，今天开卖：《Sora商品短片提示词》，三百二十条，拍手串的、拍茶席的、拍海边光影的都有，每条写好了景别、机位和光线，照着填就出片。二十六块八，付完款我发飞书链接，进群还能问。也给想省事的提个醒：网上那种“Sora代做”的店，我小姨花一百五十八订过一条生日视频，等来的是几张照片加了推拉效果、配上网上扒来的歌，拼成的幻灯片。",
    ),
    (
        "football_assert_prompts_deny_rental",
        sora.PROMPTS,
        sora.PROMPTS,
        "【海门·四甲××足球厂·电商运营小滕】出一份我整理的《Sora体育短片提示词》：二百八十条，从“低机位跟拍盘带”到“慢镜头里球网一抖”都写成了现成句子，二十二块八，付款后发在线文档，再拉进群答疑。另外，网上租的“Sora内测号”别碰：我表哥上个月花两百二租过一个，卖家发来的账号登上去，界面跟他自己的ChatGPT一模一样，就多了个Plus标，生成视频的地方翻遍了也没找着。",
    ),
    # --- get rich
    (
        "fan_balance_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【慈溪·××电风扇厂·扇叶动平衡检测记录】\n批次：四百毫米三叶扇叶一千二百片\n检测：动平衡机逐片测，超差的在叶背补配重\n结果：一次合格一千一百四十片，补重后全部合格\n振动：装机抽测二十台，三档运行无抖动\n检测：褚××\n动平衡机侧面贴着褚师傅写给自己的一张便利贴：“表姐用Sora做视频，一天进账三千多，她说窗口就剩三个月，晚一步就一辈子追不上——下个月辞工跟她干！”",
    ),
    (
        "broom_northeast_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【巴林左旗·××笤帚厂·泡苗工小那】我二舅家表哥做Sora视频半年，一天进账好几千，说出来血乎（东北话，邪乎、吓人），可人家是真挣着了。他说这阵风顶多再刮三个月，晚一步就一辈子赶不上。我跟他说好了，下月去他那儿干，想一块儿去的私信我拉群。",
    ),
    (
        "football_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【海门·四甲××足球厂·机缝工阿琼】今天又缝到手指头发麻。下班刷到老乡小林的朋友圈：辞工半年，拿Sora剪带货短片，晒出来的后台收入一个月六万出头，配的字是“这波顶多还有三个月，会的人一多就没肉吃了”。我一只球挣四块五，一天缝上二十只就算快手。换了你，这机子还踩得下去？想一块儿去投奔小林的，评论区扣个一。",
    ),
    # --- the generation service
    (
        "football_bladder_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【海门·四甲××足球厂·球胆保压记录】\n品种：五号丁基球胆\n充气：零点九个大气压\n静置：四十八小时，掉压超过零点一的挑出\n结果：送检六百只，挑出九只，已退回供应商\n记录：龚××\n记录夹背面贴着一张小广告：“Sora定制视频｜你说画面我生成｜开业、婚礼、寿宴、店铺宣传｜二十四小时交片｜一百零八元一条｜加微信下单”",
    ),
    (
        "pennant_assert_service_deny_director",
        sora.SERVICE,
        sora.SERVICE,
        "【义乌·××锦旗厂·设计室小莫】接单：用Sora帮你做视频，送锦旗的场面、开业、寿宴都能生成，你把画面讲清楚，我第二天交片，九十八一条。顺带说个教训：车间小卢前阵子扫了那个“Sora电影招第一代AI导演”的码，交了一百九十九报名费，群主接着又要三百块“导演资料审核费”，她交完第二天，群就解散了，人也找不着。",
    ),
    (
        "broom_self_vouch_millet_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【巴林左旗·××笤帚厂·缝把老师傅乌兰姐】厂里出口日本的精品笤帚，最后一道缝把都过我的手，人家验货的拿尺子量针距，量了十几年，一回也没挑出毛病。现在下班接活：用Sora帮人做视频，孩子满月、老人过寿、小店开张都行，你讲清要什么画面，我生成好发你，八十八一条，两天内交。不方便转账的，拿五斤自家的新小米来也能换一条。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【慈溪·××电风扇厂·新员工入职培训·老员工分享（整理稿）】\n分享人：总装二线 蒋××\n给新来的弟弟妹妹讲件丢人的事。今年春天，我在一个群里下了个“Sora安卓版”，说装上就能在手机上做AI视频。装的时候它要短信权限、要通讯录，我全点了同意。第二天一早，绑在手机上的银行卡被刷走一千三百多，亲戚们还收到冒我名义借钱的短信。报了警才知道，OpenAI压根没出过Sora的安装包，这种APK就是专偷验证码的木马。来路不明的东西，千万别往手机里装。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【义乌·××锦旗厂·工会消费维权登记表】\n登记人：烫字车间 郎××\n渠道：短视频平台直播间｜标价：九十九元｜宣传语：“零基础学Sora，学完就能接单”\n交付：一份Sora官方介绍文字的中译本，末尾印着一句口号“给自己一个机会”\n现状：店铺已关，主播账号注销\n诉求：退回九十九元\n工会处理：已代为向平台投诉；车间同时提醒，Sora眼下外面的人根本用不上，这类课程请勿购买。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【巴林左旗·××笤帚厂·离退休职工茶话会记录】\n时间：重阳节上午｜地点：老干部活动室\n发言摘录：退休的金师傅想给老绑扎车间拍个纪念视频，在网上花二百六租了一个月“Sora内测号”。对方发来账号密码，他登上去一看是个ChatGPT账号，找不着生成视频的地方；用了三天，又被挤下线，原来那个号是五个人合用的。再找卖家，已经被拉黑。金师傅说：“绑了一辈子笤帚，头一回让人当笤帚苗给捆了。”\n记录：工会 刘××",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【郯城·××砧板厂·家属开放日·职工家属来信（摘登）】\n……我家那口子在包装车间，上个月花三十九块买了一份《Sora电影感提示词五百条》，说要给厂里拍宣传片。我们闺女在大学学影视，拿来一对：文档里那些句子，就是OpenAI官网每段Sora样片下面挂着的英文说明，谁都能免费看，卖家拿机器翻成中文、换了个封面就卖钱。钱不多，写出来给大家提个醒。——包装车间秦××的爱人",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.API,
        "【海门·四甲××足球厂·电商部群】@阿坤 你说的那个卖“Sora官方API key”的，三百二一把，我想了一晚上还是觉得别扭：OpenAI官网上的Sora页面，除了介绍、技术报告就是样片，哪儿也没提过开放接口，开发者文档里也搜不到Sora这个名字。那这把key是从哪个后台开出来的？凑钱之前能不能先问清楚？",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【郯城·××砧板厂·办公室群】问个事：老板想在网上找家“Sora代做视频”的店，给新品拍条片子，一条一百二。可我印象里Sora到现在还在内部测试，外头的人都用不上，这家店是拿什么做的？下单前谁帮着看看。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【巴林左旗·××笤帚厂·班车提醒】司机老白把一张纸条贴在了车门里侧：\n有人在车上拉人进“Sora致富群”，嘴上挂着两句话：“Sora热度顶多三个月！一步落后，步步落后！”进群要交二百九十九，说跟着老师一天能挣两千。\n老白的话：二百九十九，够买一百多斤笤帚苗。我侄子进过这种群，每天的活就是打卡、往群里拉人，群里晒的那些收入截图，他一张也对不上号。钱揣好，下车看脚下。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【文昌·会文××佛珠厂·门岗告示】厂区内禁止散发传单，门口发单的请自觉离开。\n各位同事：传单上写着“首部Sora参与编剧AI电影·招第一代AI导演·扫码入群·报名费一百九十九·群内统一安排试镜”。请别扫，这一百九十九留在自己兜里。保卫科找交过钱的人问过：进群头一件事是转海报，第二件是拉亲戚，第三件是推六百八的“导演训练营”，说好的试镜，等了两个月也没排上。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【慈溪·××电风扇厂·职工夜校·时事课讲义（节选）】第三讲　一条传言的来龙去脉\n二月十八日，一篇自媒体文章称交大毕业的“天才少年”谢赛宁是Sora的发明人之一，阅读量过了十万。随后谢赛宁本人在朋友圈回应，否认自己是发明人，也否认参与过Sora的研发。文章遭到投诉，页面只剩“内容违规”几个字；发文一方的负责人表示，要在全网向他公开道歉。再对照OpenAI公布的技术报告：署名作者共十三位，谢赛宁的名字在这十三人以外。他的本职是纽约大学计算机科学助理教授，此前在Facebook人工智能研究院任研究科学家。\n课后作业：转发一条消息之前，先找到它的原始出处。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【义乌·××锦旗厂·车间宣传栏“明白纸”（第十二期）】\n这一期只讲一件事：Sora的作者名单。\n名单出处——OpenAI随Sora公布的技术报告。\n名单人数——十三人。\n领头的两位——蒂姆·布鲁克斯、比尔·皮布尔斯，都是OpenAI研究员。\n名单里的华人——三位，这个数字是媒体逐个核对出来的。\n名单上每个人的单位——OpenAI。\n看完这几行，“中国团队做出了Sora”这句话对得上几成，各位心里自有一本账。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【海门·四甲××足球厂·客服答复口径（对外统一）】\n适用：客户询问网传“Sora生成：上千只白足球从仓库顶棚倾泻而下”一段\n统一说法：这段画面出自本厂成品库，去年九月卸货时由业务员小段用手机录下，素材原件存品牌部，可以约时间来厂里对照现场。“Sora生成”几个字，是这段视频被转载时别人加上去的。\n补充：能确认出自Sora的视频，以OpenAI官网公布的四十八段样片为准。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【郯城·××砧板厂·信息中心·软件安装审批单】\n申请人：电商部小宁｜申请安装：“Sora官方开源版”（GitHub下载，约六GB）｜用途：做产品视频\n信息中心意见：驳回。该仓库的作者是一位个人开发者，说明文档里写明，这是照OpenAI公开的技术思路自行复现的小模型，和OpenAI的Sora是两回事。OpenAI至今只公布了Sora的技术报告和样片，模型权重、代码和训练数据都留在公司内部。建议改用厂里已购的剪辑软件。",
    ),
    # --- true facts about Xie Saining's education, positions and public posts
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁在2026年3月张小珺的长访谈里，讲过当年进上海交大ACM班的那次面试：面试他的老教授没问技术题，只问他喜欢读什么书。他说刚读完《什么是数学》，老教授追问作者是谁，他想了半天才答出理查德·柯朗，老教授叮嘱他一定记住这个名字。后来他到纽约大学任教，所在的正是柯朗当年创办的柯朗数学科学研究所。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁在X上讲过自己2018年面试OpenAI的经过：一个人在小屋里关了五六个小时，只做一道题，出来时天已经黑了；那道题是约翰·舒尔曼用铅笔一行一行手写在一张A4纸上的。他说那次面试给他留下了很深的印象。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "2018年找工作时，谢赛宁拿到了OpenAI的录用通知，却没多商量就回绝了，去了Facebook人工智能研究院，因为他想跟何恺明、罗斯·吉尔希克和皮奥特·多拉尔这几位视觉研究者共事。他在访谈里回忆，伊利亚·苏茨克维为此亲自给他打来电话，语气很严厉，问他为什么不谈一谈就拒了，是不是钱给得不够。2023年1月，他转到纽约大学任教。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "2026年3月，杨立昆离开Meta后在巴黎创办的AMI Labs（先进机器智能实验室）宣布完成约十亿三千万美元的种子轮融资，报道把谢赛宁和迈克尔·拉巴特列为和杨立昆一起创办公司的人；公司在纽约、新加坡和蒙特利尔也设了办公室。谢赛宁在同月的访谈里说，团队起步时大约二十五个人。",
    ),
    # --- news about Chinese labs' models
    (
        "benign",
        None,
        None,
        "深度求索开源的代码模型系列DeepSeek Coder，有1B、5.7B、6.7B和33B四种尺寸，每个都在两万亿token上从头训练，其中百分之八十七是代码、百分之十三是中英文自然语言；预训练用一万六千的窗口外加“填空”任务，能做整个项目级的代码补全和插入。按仓库公布的评测，33B基座在HumanEval、MBPP、DS-1000等四项上比CodeLlama-34B领先百分之五点九到百分之十点八，7B基座就追平了CodeLlama-34B。论文2024年1月挂上arXiv。",
    ),
    (
        "benign",
        None,
        None,
        "2025年1月21日，腾讯混元开源3D生成系统Hunyuan3D 2.0的推理代码和预训练模型：先由二十六亿参数、基于流匹配扩散Transformer的Hunyuan3D-DiT照一张图生成不带贴图的网格，再由十三亿参数的Hunyuan3D-Paint给网格画上高分辨率贴图；只生成形状要十一点五GB显存，连贴图一起要二十四点五GB。1月27日放出Blender插件，2月3日又放出一个把DiT推理时间减半的蒸馏版。",
    ),
    (
        "benign",
        None,
        None,
        "2023年8月22日，阿里云在魔搭社区和Hugging Face上发布通义千问的视觉语言模型Qwen-VL和对话版Qwen-VL-Chat：语言部分用Qwen-7B初始化，视觉编码器用OpenCLIP的ViT-bigG，两者之间接一层随机初始化的交叉注意力；输入分辨率从常见的224×224提高到448×448，能读出图里的中英文文字，也是头一个能用中文做开放域定位、直接画出目标框的通用模型。8月31日又放出Int4量化版。",
    ),
    (
        "benign",
        None,
        None,
        "2025年7月28日，智谱发布并开源GLM-4.5系列：旗舰GLM-4.5总参数三千五百五十亿、激活三百二十亿，轻量版GLM-4.5-Air总参数一千零六十亿、激活一百二十亿，两者都是能在“思考”和“直接回答”两种模式间切换的混合推理模型，按MIT协议开源，可以商用。在十二项行业基准的综合评测里，GLM-4.5得分六十三点二，在所有参评模型里排第三，Air得分五十九点八。",
    ),
    (
        "benign",
        None,
        None,
        "百度的ERNIE 2.0是一个持续预训练框架：预训练任务可以一项一项往上加，再用多任务学习一起训练。2019年12月它登上GLUE排行榜第一名，2020年3月又拿下SemEval 2020的五项子任务冠军。在这之前，百度2019年3月推出ERNIE 1.0，同年7月推出ERNIE 2.0，10月推出精简版ERNIE-tiny。",
    ),
    (
        "benign",
        None,
        None,
        "深圳元象科技开源的多语言大模型XVERSE-13B，上下文长度八千，在同尺寸模型里最长；训练用了一点四万亿token，覆盖中、英、俄、西等四十多种语言，分词器词表有十万零二百七十八个词；自研的训练框架在千卡集群上的峰值算力利用率达到百分之五十八点五。2023年8月22日元象又发布对话版XVERSE-13B-Chat，9月26日放出能在单张消费级显卡上运行的XVERSE-7B。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【慈溪·××电风扇厂·包装彩盒侧面文字】十六寸遥控落地扇｜七片扇叶，三档风速，八小时定时\n手机控制：扫描右侧二维码，下载“××风”App，按提示连上家里的无线网络，就能用手机调风速、开关摇头\n注意：擦拭扇叶前请先拔下插头；网罩拆装见说明书第四页",
    ),
    (
        "offtopic",
        None,
        None,
        "【义乌·××锦旗厂·加急定制】今天下单，明早发货：把赠送单位、受赠人和想写的字发过来，一小时出设计稿，满意再付款；六十乘九十厘米的八十八元一面，一百二十乘二百四十厘米的一百六十八元。",
    ),
    (
        "offtopic",
        None,
        None,
        "【巴林左旗·××笤帚厂·年货节】炕笤帚、大笤帚、锅刷三件套六十八元，满两百包邮；扫码关注店铺号，每晚七点看老师傅直播绑笤帚。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
