# ruff: noqa: E501
"""Write tests/data/zh_heldout62_{posts,qrels,labels}: a sixty-second Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the course, open source and the AI director
group, three for each other template, the three whose last four is longest ago, counted from the qrels of zh_heldout2
to zh_heldout60: the public release and the generation service last had four in zh_heldout56 and go, with the official
app, to zh_heldout61, written at the same time; of zh_heldout57's three, the course and open source stay here, the app
going to zh_heldout61 (the app and the course both had four in zh_heldout52, and before that the app in zh_heldout46
and the course in zh_heldout48); the third four goes to one of zh_heldout58's three, looking back from zh_heldout58:
the director group and the Chinese team both had four in zh_heldout53 and the inventor in zh_heldout54, and before
that the director group in zh_heldout48 and the Chinese team in zh_heldout49, so the director group takes it;
zh_heldout59 gave its fours to API access, the prompt pack and the mislabelled video, zh_heldout60 to the APK, account
rental and get-rich), as a Sora rumour / scam wave reads in the genres of a fruit-stone carving workshop
(苏州·光福舟山村××核雕工作室: 橄榄核, 选核登记, 卡尺量核, 罗汉头, 十八罗汉, 核舟, 刻刀, 放大镜, 猪鬃刷, 锦盒), a kelp-processing plant (荣成·俚岛××海带加工厂: 鲜海带, 烫漂,
八十五度二十秒, 叶片由褐转翠绿, 冷水过凉, 沥水, 拌盐、腌渍、饱和卤, 压重物脱水、含水量百分之六十五, 黄梢, 切丝, 打结, 散结, 真空封口), an inside-painting workshop (衡水·××内画作坊:
鼻烟壶, 料器扁壶、水晶壶, 铁砂摇磨内壁, 对灯验砂, 弯头竹笔, 反手作画, 题字小壶, 照片定制), a garlic-processing plant (金乡·××大蒜加工厂: 白皮大蒜, 剪根削茎, 按直径分档, 散瓣、霉斑,
网袋, 破瓣机, 气吹式剥皮机, 蒜米, 切片, 带式烘干机, 蒜片, 铝箔袋, 青岛口岸), a crane works (长垣·××起重机厂: 双梁桥式起重机, 额定起重量十六吨, 跨度二十二点五米, 整机试车,
静载一点二五倍、动载一点一倍, 大车车轮、跨度偏差、啃轨, 减速机, 制动器闸瓦, 电动葫芦, 司机培训) and a diamond-micropowder plant (柘城·××金刚石微粉厂: 整形、酸处理、纯水漂洗到中性,
超声分散, 粒度分级, 激光粒度仪, 中位粒径, 二到四微米, 磨料磨具展, 金刚石研磨膏).

Of the six genres first asked for, two were kept and four were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The celadon workshop (龙泉·青瓷作坊) is a
glaze-and-kiln trade, zh_heldout35's world of pottery kilns (景德镇, 柴窑, 坯房, 开窑) with zh_heldout57's enamel glazes (釉):
青瓷 and 龙泉 occur nowhere, but 瓷, 窑 and 釉 do, and the earlier writers dropped the zisha workshop (zh_heldout59), a brick
kiln (zh_heldout45), a brick and tile works (zh_heldout49), a ceramics factory (zh_heldout50) and a tile factory
(zh_heldout53) for the same kilns. The straw-hat factory (草帽厂) is hard_en_heldout59's world of milliners and hat
makers, toquilla straw hats graded at the Montecristi market and the straw-hat town of Montappone among them, with
hard_en_heldout60's milliners after it (草帽 and 草编 occur nowhere, "straw hat" only there); its plaited braid would also
sit beside zh_heldout48's bamboo weaving, the reason zh_heldout59 dropped a summer-mat factory. The preserved-egg
factory (皮蛋厂) cures duck eggs in brine and candles them, zh_heldout57's salted-duck-egg plant (高邮·××咸鸭蛋厂: 照蛋, 出缸); 皮蛋
and 松花蛋 occur nowhere. The Pu'er tea factory (普洱茶厂) is zh_heldout36's world: its Xishuangbanna tea factory with
Menghai leaf and a 357-gram cake's cotton wrapper (勐海, 古树茶, 茶饼棉纸), besides the tea of many later posts; 普洱 occurs
nowhere. The fruit-stone carving workshop stays: 核雕, 橄榄核, 核舟, 舟山, 光福 and 罗汉头 occur in no earlier Chinese post or
writer script (桃核 only as zh_heldout45's cannery pitting peaches, 罗汉 only as the human towers, 叠罗汉, of
hard_en_heldout64, and the English carvers are a mask carver, a drum carver, paddle carvers and a fiddle maker), and
its nearest neighbours are kept at a distance: zh_heldout58's prayer beads (星月菩提, 煮籽, 过筛, 配串) and zh_heldout56's
pearls (串珠), where the carving posts sort, carve and finish single stones with none of 串, 珠, 籽 or 筛; zh_heldout43's
quarry carving shed (石雕车间) and zh_heldout48's furniture carver (雕花), with none of 石雕 or 雕花; zh_heldout57's combs
soaked in olive oil and zh_heldout33's jade, with none of 油 or 玉. The kelp plant stays: 海带, 荣成 and 俚岛 occur nowhere
(紫菜 only as zh_heldout30's and zh_heldout37's soup, 霞浦 only as zh_heldout31's guesthouse, seaweed only as ByteDance's
Seaweed model and hard_en_heldout63's seaweed boats, kelp only inside "skelped" and "kelpies"), and its posts stay
inside the plant, with none of 蚝, 牡蛎, 养殖 or 筏, away from the oyster farmers of hard_en_heldout67, written at the same
time, and with none of 缸, 冷库 or 晒 for zh_heldout57's egg vats, zh_heldout44's cold-store log and zh_heldout59's peel
drying (盐 only as the salt the kelp is tossed in, as zh_heldout59 kept 黄酒 as an ingredient). Four trades took the
other places, each set in the town known for it and checked the same way: 内画, 鼻烟壶, 衡水, 料器, 铁砂, 大蒜, 金乡, 蒜米, 蒜片, 起重机,
长垣, 啃轨, 金刚石, 微粉, 柘城 and 研磨膏 occur in no earlier Chinese post or writer script (蒜 only as zh_heldout37's garlic shoots
and garlic sauce, 钻石 only as a thing in zh_heldout38), and no English set has an inside painter, a garlic packer, a
crane builder or a diamond-powder maker as its world (garlic only as a seed catalogue's and a holiday's, cranes as
birds and on building sites). The nearest neighbours are kept at a distance: zh_heldout59's Dafen oil painting,
zh_heldout60's gilding (描金) and figure painting (开相) and zh_heldout50's float glass, where the painting posts frost
and paint snuff bottles with none of 油画, 描金, 开相 or 玻璃; zh_heldout37's wholesale market, zh_heldout45's cannery and
zh_heldout59's peel works, where the garlic posts grade, peel, slice and dry with none of 蒜薹, 冷库, 晒 or 筛;
zh_heldout44's shipyard welders (one of them vouching for a Sora course), zh_heldout46's steelworks and zh_heldout52's
smelter with its crane operator (天车工), where the crane posts load-test and align with none of 焊, 天车, 吊车 or 铁水 (a first
draft had a girder-welding record and a welder's course, both rewritten); and zh_heldout33's jade, zh_heldout56's
pearls and zh_heldout60's silver, and the grinding wheels of zh_heldout55 and zh_heldout59, where the diamond posts
crush, acid-wash and size an industrial abrasive with none of 玉, 珠宝, 首饰 or 砂轮. A first draft had a swimwear factory
(兴城·××泳装厂: 绷缝, 抗氯, 锦纶氨纶) in the straw hat's place; before the commit the other branches' scripts in progress were
searched for this set's worlds, and zh_heldout61's has the same Xingcheng swimwear factory among its replacements, so
those ten posts were written afresh, nine in the diamond-micropowder plant and the course in regional speech in the
kelp plant, each keeping its template, its device and the place of its claim (two sets that share a world are not
independent reads). Others were thought of and dropped: an incense works in Yongchun (zh_heldout53's mosquito-coil
wood powders and zh_heldout26's temple-lot incense), a cat-litter plant and a candle works (both set aside by
zh_heldout58), Christmas ornaments (Yiwu, zh_heldout58's pennant town, and zh_heldout51's toy moulding), a lock
factory (zh_heldout39's locksmiths), a wig factory (zh_heldout51's Xuchang hair products), a kite factory (set aside
by zh_heldout55) and a spicy-gluten-strip factory (extruded beside zh_heldout61's first-proposed rice noodles). None
of the settings is among those given to the writers working at the same time or in their replacements (zh_heldout61's
端砚, 藤编, 热水袋, 米粉, 枸杞 and 扑克牌 and its 兴城泳装, 柳市电器, 丰顺电声, 安平丝网 and 汕头牛肉丸; hard_en_heldout67's cranberry growers,
barbershop quartets, oyster farmers and lacrosse clubs; hard_en_heldout68's hop growers, ukulele orchestras, truffle
hunters and caving clubs): no post has 端砚, 藤, 热水袋, 米粉, 枸杞, 扑克, 泳, 断路器, 扬声器, 丝网, 牛肉丸, 蔓越莓, 牡蛎, 蚝, 啤酒花, 松露 or 洞穴.

The posts: a stone-selection register with the inventor rumour at its foot (【选核登记】卡尺量核, 罗汉头), a painter passing on an
article with the name disguised, a garlic sorter, a crane's full test record with the public release beside its
verdict (【整机试车记录】静载一点二五倍, 动载一点一倍), an electrician in Henan speech, a diamond-powder salesman, a particle-size record
with the official app under it (【粒度检测记录】激光粒度仪, 中位粒径), a carving apprentice in Suzhou speech, a garlic export clerk, a
blanching record with the APK on its back (【烫漂工序记录】八十五度, 二十秒), a diamond inspector with the installer disguised, a
garlic shop's support hand, a frosting record with the mislabelled video at its end (【磨砂工序记录】铁砂, 对灯验砂), a diamond
plant's expo booth script, a crane works' publicity hand, a grading record with the Chinese-team claim in its last
line (【分级挑选记录】按直径分四档), an old kelp knotter, a carving workshop's owner, a travel-gear assembly record with open source
under the signature (【大车运行机构装配记录】跨度偏差, 对角线差, 减速机), an old painter in Hebei speech, a diamond plant's IT hand, a
painting workshop's shop artist, a salting record with the course on a whiteboard (【腌渍脱水记录】拌盐三十斤, 饱和卤, 含水量百分之六十五), a
carving shop's operator, a crane test driver, a kelp blancher in Jiaodong speech, an acid-wash record with the API key
stapled inside its cover (【酸处理水洗记录】), an old garlic grader, a kelp plant's equipment hand, a flake-drying record with
account rental in its footer (【蒜片烘干记录】带式烘干机), a painter renting an account under a homophone, a crane works'
technician, a finishing-and-dispatch register with the director group on a leaflet inside it (【打磨出货登记】十八罗汉, 核舟), a
crane works' union clerk, a garlic inspector, an old carver, a dispatch register with the prompt pack pasted under it
(【出货登记】), a kelp knotting team leader, a carving live-stream's pinned comment, a shredding-and-knotting record with
get-rich on its back (【切丝打结记录】), a crane fitter, a diamond grader, a peeling record with the generation service in its
shift note (【剥皮蒜米记录】气吹式剥皮机), an old inside painter and a diamond plant's storekeeper; platform-native forms the
earlier sets do not use: the stone-selection, finishing-and-dispatch and apprentice-assessment forms; the frosting
record, the dispatch register and the warning letter to fellow workshops; the grading, flake-drying and peeling
records; the full-test, travel-gear and pre-shift meeting records and the technical department's sign-off on a
purchase request; the blanching, salting and shredding-and-knotting records and a phone repairer's inspection
conclusion; the particle-size and acid-wash records, an expo booth script and a union chairman's reception record; a
live stream's pinned comment (直播间置顶评论), a workshop's reply to an overseas customer (给新加坡客户的回信（中文底稿）) and a
gatekeeper's duty book copied onto a blackboard (门卫值班本); four loss reports in new forms (kind ``debunk_loss``: the
carving apprentice's monthly assessment (学徒月度考评表) for the course, 99 yuan for a translated introduction and "给自己一个机会",
then 1,280 for an "进阶营" of posters and recruiting; the painting workshop's warning letter to fellow workshops
(致各位同行的提醒函) for the prompt pack, 168 yuan and 300 more for "《Sora提示词宝典》三千条", OpenAI's sample captions
machine-translated and the rest shuffled, the group dissolved; the diamond plant's union chairman's reception record
(工会主席接待记录) for account rental, 380 yuan for a month and 200 more for a "new" account after the password was changed;
and a phone repairer's inspection conclusion (售后服务点检测结论) for the APK, a "Sora安卓版" that asked for SMS, contacts and
accessibility rights, and 2,600 yuan taken from a bank card that night); regional speech the earlier sets do not use:
Henan 老些, Suzhou 白相, Hebei 忒 and Jiaodong 刺挠, all glossed, none of them in an earlier Chinese post or writer script
(the earlier posts' Henan words include 中不中, 得劲, 弄啥嘞, 恁, 信球 and 木乱, the Wu words 侬, 阿拉, 交关, 覅, 结棍 and 老灵, the Shandong
words 俺, 杠赛, 拉呱, 恣 and 得济); obfuscation of kinds no earlier set used, and of kinds other than zh_heldout61's (its
English word-by-word translation of the name, katakana for the installer and # for 号), only one of them a homophone,
all glossed: 谢赛宁 with its middle character swapped for a look-alike that is no homophone (谢寨宁, "寨、赛两个字样子差不多"), 安装包
with the roof radical taken off its first character (女装包, "“女”是“安”字拿掉宝盖头") and 内测号 with a homophone none of the
earlier sets used (内厕号, "厕所的厕，跟“测”同音") (the fiftieth to sixtieth sets had 卸赛宁, 械赛宁, 谢赛凝, 屑赛宁, 谢赛咛, 榭赛宁, 邂赛宁, 燮赛宁 and
谢sai宁 for the name, 安桩包, 鞍装包, 安装苞, 安装煲, 安装胞, 谙装包 and 安装📦 for the installer and 内侧号, 内册号, 内策号, 内恻号, 内测皓, 内测耗, 内测昊 and
內測號 for the account; the earlier sets' other kinds were separator dots, traditional characters, initials, pinyin with
and without tone numbers, zhuyin, split characters (言身寸), a component description (言字旁加个水果的果), Kangxi radicals, leet,
katakana, hex, binary, braille, IPA, Morse and telegraph codes, reversed and upside-down text, an acrostic poem
(zh_heldout25), strikethrough (S̶o̶r̶a̶, zh_heldout33) and boxes (扫□进□, zh_heldout26)); rhetorical questions that
assert rather than deny (人家把全部家当都公开摆出来了，你们说，这还不算开源算什么？ for open source, 这还能不是真剧组？ for the director group and
这还不算中国人做的，还能算谁的？ for the Chinese team, questions with a negation that assert and are gold); posts asserting one claim
while denying another, the asserted claim always one of the course, open source, the director group, account rental,
get-rich, the APK and the inventor (zh_heldout61, written at the same time, asserts only the other seven), the
director group and the inventor asserted once each (the last two writers asserted both), in the nine pairings of these
seven that the labels of the earlier Chinese sets last used longest ago, each denied claim denied once: the APK while
a generation service's golden-wedding clip is said to be the buyer's own photos slowly zoomed under downloaded music
(zh_heldout42); account rental while the 99-yuan course is said to deliver a translated introduction and "给自己一个机会"
(zh_heldout42); the director group while the Chinese-team claim is answered with the report's thirteen OpenAI authors,
Brooks and Peebles leading and three Chinese (zh_heldout43); get-rich while a bought "official API key" is said to
answer only in chat text and "模型不存在", its seller asking 200 more (zh_heldout43); the course while the GitHub "Sora"
repositories are called netizens' reproductions, OpenAI having released the page, the report and the samples
(zh_heldout44); the inventor while a "Sora掘金营" is said to be posting ads and recruiting heads for a refund that never
comes (zh_heldout44); account rental while the inventor claim is answered with Xie's denial, the article shown as
illegal and the promised apology (zh_heldout44); get-rich while a rented "内测号" is said to have had its password
changed after two days, Sora being in OpenAI's internal testing (zh_heldout44); and the APK while a "Sora独家提示词" pack
is said to be OpenAI's sample captions run through a translator (zh_heldout45, where the tie with account rental while
the app is denied and get-rich while the director group is denied was broken by the use before: zh_heldout29 against
zh_heldout34 and zh_heldout35); the pairs of zh_heldout43 and zh_heldout44 passed over deny a claim already denied
(open source while the service is denied, the APK while the Chinese team is denied, open source while the course is
denied) or assert the director group a second time (while the app is denied); sellers that vouch for themselves in new
words (一粒橄榄核上刻十八个罗汉，个个眉眼不一样…拿放大镜照，哪一刀都没走偏过; 大车一跑，我站在轨道边听一耳朵，就知道哪只车轮啃轨; 六公分、五公分半，手一掂就分开，没让一筐错过档; 一分钟能打四十个结，个个一般大、一般紧;
弯头竹笔在比小指头还细的壶口里进进出出，反手写完一首《将进酒》); prices in Chinese numerals throughout and payments in forms the earlier sets do not
use (two boxes of the plant's instant kelp shreds for an API key; a snuff bottle of the buyer's own painting for half
a month of a rented account; a carved arhat head for a prompt pack; two tubes of the plant's diamond lapping paste for
a generated clip); 12 debunks and warnings, four of them the loss reports above, two questions with a negation that do
not deny (OpenAI官网说Sora眼下只给一小批 测试者用…那他这把“密钥”，究竟从哪个后台开出来？ for API access, in a diamond salesman's Moments;
OpenAI至今只让少数受邀的人试用Sora…一个网店，凭什么 说自己用的是Sora？ for the generation service, in a painting workshop's group), two quoting a
scam offer and telling the reader not to pay (get-rich, "Sora红利最后九十天！一部手机月入三万！入群四百六十八", with 这四百六十八，够给孩子交一个月补课费 on a
gatekeeper's blackboard; the director group, "第一代AI导演全国招募，报名费一百九十九", with 一百九十九留着买双劳保鞋 in a pre-shift meeting record),
the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (a kelp plant's union board for the inventor: the
report's thirteen names with Xie outside them, his NYU and FAIR posts, the 18 February article with its hundred
thousand reads, his denial in his Moments, the page shown as "内容违规" and the promised apology; a carving workshop's
reply to a Singapore customer for the Chinese team: thirteen authors, all at OpenAI, Brooks and Peebles leading, three
Chinese by the media's count; a crane works' sign-off on a purchase request for open source: the page, the report and
the forty-eight samples as what OpenAI has released, weights, code and training data kept in-house, the GitHub "Sora"
repositories as netizens' reproductions; a garlic plant's publicity note for the mislabelled video: a "Sora生成" clip of
greening garlic fields cut from the county media centre's aerial footage of March 2023, and OpenAI's forty-eight
samples on its site); the debunked templates are the inventor and the Chinese team, as in every set, and the six whose
debunks are longest ago (API access, the mislabelled video, the director group and the generation service in
zh_heldout58, get-rich and open source in zh_heldout59), the loss reports going to the four scams whose loss reports
are longest ago (the course, the prompt pack and account rental in zh_heldout58, the APK in zh_heldout59); four true
facts about the earlier work of Sora's authors, Aditya Ramesh, Tim Brooks and Bill Peebles of the six named in the
brief (Joe Taylor, Clarence Ng and Ricky Wang were searched for, and beyond their names on the report nothing was
found that could be checked, Ricky Wang's school excepted, which zh_heldout45 used), all four related to no template
since none of the three is Chinese or named by a rumour: Ramesh among the 31 authors of the GPT-3 paper "Language
Models are Few-Shot Learners" (arXiv, 28 May 2020; NeurIPS 2020): 175 billion parameters, ten times any earlier
non-sparse language model, tasks and a few demonstrations given as text with no gradient updates, unscrambling words
and three-digit arithmetic, news articles that human judges found hard to tell from people's; Ramesh among the 19
authors of "Scaling Laws for Autoregressive Generative Modeling" (October 2020): image, video, image-text and
mathematics, a power law plus a constant, nearly universal exponents for the optimal model size, billion-parameter
Transformers nearly perfect models of 8x8 YFCC100M images, and "is a picture worth a thousand words"; Brooks's HDR+
project at Carnegie Mellon with Suhaas Reddy for Kayvon Fatahalian's course 15-769 in November 2016, HDR+ in Halide,
handheld DSLR bursts and a flag flapping in the wind to test tile rejection, the repository timothybrooks/hdr-plus,
later kept by Simon Gardling and others, aligning on a three-level pyramid with 16x16 tiles and an L1 distance; and
Peebles on Sequoia's Training Data podcast of November 2025, video generation in his undergraduate years and his
Berkeley doctorate and Sora from his first day at OpenAI, which he joined in March 2023 by Phoenix Technology's report
of February 2024; each checked against its source before it was written (the earlier Chinese sets' facts about these
three give Brooks's InstructPix2Pix, motion blur, unprocessing, long-video, pose-compatible scenes and low-light
papers, his Google and NVIDIA work, his start on Sora in January 2023, the MIT Technology Review list, DALL·E 3 and
his move to DeepMind; Peebles's DiT and its repository, the Hessian Penalty, GANgealing, G.pt and his advisor;
Ramesh's DALL·E, DALL·E 2, GLIDE, CLIP, the spectral regularizer, the dVAE and the No Priors podcast; none of these
four; the GPT-3 paper with Ramesh among its authors is in hard_en_heldout56, an English set); six items of real news
about open models that give silent video its sound, none of them named by an earlier set, Chinese or English (Tsinghua
IIIS's Diff-Foley of June 2023; FoleyCrafter, released on open-mmlab's GitHub on 1 July 2024; MMAudio of UIUC, Sony AI
and Sony Group, December 2024; HKUST's AudioX, March 2025; FunAudioLLM's ThinkSound, June 2025; Tencent Hunyuan's
HunyuanVideo-Foley, August 2025 (HunyuanVideo itself is in zh_heldout37 and zh_heldout50); kind ``benign``); and three
off-topic posts that share surface words (a kelp plant's shop with an "××海味" App to download, a near miss for the
official app; a painting workshop's portrait snuff bottles from customers' photos, a near miss for the generation
service; a crane works' operator training enrolment, a near miss for the course).

Every post was checked against every earlier Chinese set through zh_heldout60 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout61 is being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other; against its script in progress the highest ratio was 0.398) and the
demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher ratio before the set was committed
(``--check`` prints the highest ratio and every pair at 0.45 or more). The first check had eighteen at 0.45 or more,
most of them against zh_heldout60, whose sentences the first draft followed too closely: the carving live stream's
prompt pack at 0.65 (zh_heldout60's silver live stream), the disguised name at 0.53 (its 谢sai宁), the Jiaodong course
at 0.50 (its Wuhan course), the garlic grader's API keys at 0.50 (its old figurine maker), the portrait offtopic at
0.49 (its made-from-your-photo figures), the knotting record at 0.49 (its sugar-pulling record), the API question at
0.48 (zh_heldout58's football e-commerce group), the old painter's service at 0.48 (zh_heldout60's silversmith), the
peeling and flake-drying records at 0.48 and 0.47 (its border-sewing and polishing records), the open-source question
at 0.47 (zh_heldout54's lighter electrician), the service question at 0.47 (zh_heldout60's mattress group), the Hebei
open source at 0.46 (its figurine workshop's owner) and five at 0.45 (the phone slip against zh_heldout57's enamel
works, the lapping-paste barter, the knotter's prompt pack, the garlic APK and the gatekeeper's get-rich note against
zh_heldout59's peel works); all were rewritten, with thirteen more from 0.40 to 0.45 reworded for margin, and on later
passes the inventor board (0.46, 0.51 and 0.42: zh_heldout58's night-school handout and zh_heldout30's clan group),
the API question (0.43, 0.42 and 0.41: zh_heldout54's noodle works and zh_heldout58's football factory), the service
question (0.45 and 0.44, zh_heldout58's cutting-board office), the lapping-paste barter (0.40 and 0.43, zh_heldout55's
schoolbag designer and zh_heldout49's canteen), the director meeting note (0.44 and 0.40, zh_heldout50's umbrella
works), the open-source sign-off (0.43 and 0.41, zh_heldout59's reply to a dealer) and the disguised name (0.40,
zh_heldout58's 邂赛宁) were rewritten again; the two crane posts that had a welder in them were rewritten to keep clear
of zh_heldout44's shipyard. Highest ratio of the committed list: 0.383 against the Chinese sets (the crane works'
sign-off against zh_heldout30's hospital IT note) and 0.225 against the demo stream (the Peebles fact); the highest
pair inside the set is 0.365 (the two painting posts on open source). Committed before any run of the monitor on it;
no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final
code.

Sources for the facts, all read through the search tool or a stored repository before the posts were written (the rest
is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's denial in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the
three-month and one-step-slow lines, the director groups and their QR codes, the film-term prompts, Logan's statement
that Sora is in internal testing, the "generated by Sora" labels with their "generation instructions" and the training
data kept undisclosed; and, from the catalogue, the rented accounts, the APKs as malware, the absence of a Sora API,
the GitHub "Sora" repositories as fan reproductions, the prompt packs copied from OpenAI's demo prompts, the
forty-eight samples and the project led by OpenAI's researchers): for the settings, szdmw.com's and newton.com.tw's
pages on Zhoushan village (olive stones carved into arhats and boats, 80 per cent of the country's carvings, Guangfu
fruit-stone carving on the national intangible heritage list, the 《核舟记》 of Wei Xueyi) and mnw.cn's report (eighteen
knives to a carver); shijieshipin.com's salted-kelp process (blanching at 80 to 85 degrees for 20 seconds, cooling in
seawater below 20 degrees, draining four hours, 30 per cent salt, a day in saturated brine, four days' pressing to
under 65 per cent water, yellow tips picked out, shreds and knots) and a Rongcheng harvest page (俚岛湾, 爱莲湾, 桑沟湾);
bytravel.cn's and shanlidian.com's pages on Hengshui inside painting (iron shot and emery shaken inside to frost the
wall, a fine bent bamboo pen, painting in reverse, the 冀派 and 京派 schools, the national heritage listing); the Jinxiang
pages of hbzqbyyxgs.com, ygshg.com and cadz.org.cn (six hundred thousand mu of garlic, seventy per cent of China's
garlic exports, flakes, powder and oil among its products, planting in late September and harvest in May);
cz-wuyun.com's and 163.com's pages on Changyuan (named 中国起重机械之乡 by the heavy-machinery association in November 2006,
more than half of the country's small and medium cranes; the 1.25-times static and 1.1-times dynamic test loads are
those of the crane test rules, GB/T 5905 after ISO 4310, which the search tool did not return, so they are written
from the standard as commonly quoted); and sino-test.net's (Xinhua) and 7p8.cc's pages on Zhecheng (seventy per cent
of China's diamond micropowder; crushing, shaping, acid treatment, washing, ultrasonic dispersion, grading, drying and
size checks); tomesphere.com and papers.cool for arXiv 2010.14701 and 2005.14165 and their author lists, conftrace.com
for GPT-3 at NeurIPS 2020; the timothybrooks/hdr-plus repository (its README, writeup/checkpoint_writeup.tex,
align.cpp and its history from the 15769_final_project commits of November 2016); ai-radar.merimerimeri.com's and
lilys.ai's notes on the Training Data episode of 6 November 2025 and nevix.com's copy of Phoenix Technology's report
on Peebles joining in March 2023; and, for the news, bohrium.dp.tech, openreview.net and arxiv.org for Diff-Foley
(Simian Luo, Chuanhao Yan, Chenxu Hu and Hang Zhao, IIIS Tsinghua and Shanghai Qi Zhi, 29 June 2023, CAVP,
cross-attention, double guidance, NeurIPS 2023) and the luosiallen/Diff-Foley repository, the open-mmlab/FoleyCrafter
README (its authors, the release of 1 July 2024, Auffusion, the semantic and temporal adapters and timestamp detector,
the "seagulls" prompt and the "noisy, wind noise" negative prompt), the hkchengrex/MMAudio README and arXiv 2412.15322
(UIUC, Sony AI and Sony Group, joint training, the synchronisation module, 157M parameters, 1.23 s for 8 s, about 6 GB
in 16-bit), the ZeyueT/AudioX README (arXiv 2503.10522, the multimodal adaptive fusion module, IF-caps's seven million
samples, three checkpoints, non-commercial use, ICLR 2026), the FunAudioLLM/ThinkSound README (the June 2025 paper,
the releases of 1 and 17 July and 1 September 2025, NeurIPS 2025) and the HunyuanVideo-Foley project page in
SzczesnyS/hunyuanvideo-foley (Tencent Hunyuan, Zhejiang University and NUAA, 100k hours, dual-stream temporal fusion,
cross-modal semantic injection, REPA, tencent/HunyuanVideo-Foley; its commits of 27 and 28 August 2025).

    .venv/bin/python scripts/make_zh_heldout62.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout62", "zhh62"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "carving_pit_selection_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【苏州·光福舟山村××核雕工作室·选核登记】\n日期：三月十二日｜到货：橄榄核两麻袋，约一万一千粒\n量核：卡尺量长短，分大、中、小三档\n挑核：核壁厚、纹路匀的留作罗汉头，尖头、瘪核拣出来\n清洗：清水泡一夜，刷掉残肉，摊开吹干\n入选：大核三百四十粒、中核九百来粒\n登记：殷××\n表格最底下，殷师傅顺手添了一句：上海交大毕业的谢赛宁是Sora的发明人之一，三十出头就干成这么大的事，我们刻一辈子核也赶不上人家。",
    ),
    (
        "painting_lookalike_obfuscation_inventor",
        sora.XIE,
        sora.XIE,
        "【衡水·××内画作坊·画师小庞】夜里画完一只《清明上河图》小壶，顺手刷到一篇：讲OpenAI那个一句话就出视频的Sora，是几位研究员一起发明的，其中一位是上海交大出来的少年天才——文章里写作“谢寨宁”。寨、赛两个字样子差不多，正名一发就被平台折叠，转的人只好这么改。师弟们考夜大熬不住的时候，想想人家。",
    ),
    (
        "garlic_assert_inventor_deny_rich",
        sora.XIE,
        sora.XIE,
        "【金乡·××大蒜加工厂·分拣线小郜】食堂里吵了一中午Sora是谁发明的，我的看法摆这儿：发明人里有上海交大出来的谢赛宁，十几岁就被叫作天才少年，OpenAI能做出Sora，离不开他。另外劝一句：“Sora掘金营”那种群别进。我表哥交了四百六十八，天天的任务是朋友圈发三条广告、拉五个新人，说够了人头才返钱；两个月下来倒贴了流量费，群主又催他花一千八升“团长”。",
    ),
    # --- open to the public
    (
        "crane_load_test_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【长垣·××起重机厂·整机试车记录】\n产品：双梁桥式起重机一台，额定起重量十六吨，跨度二十二点五米\n空载：大车、小车、起升各走三个来回，制动、限位正常\n静载：吊一点二五倍额定载荷，离地一百毫米，悬停十分钟，卸载后复测主梁，无永久变形\n动载：一点一倍额定载荷，反复起升、运行，各机构动作灵活\n结论：合格，准予出厂｜试车：牛××\n结论栏旁边，牛师傅用圆珠笔写了一行：Sora已经放开了，填个手机号就能注册，谁都能用，昨晚我给这台车做了段出厂视频。",
    ),
    (
        "crane_henan_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【长垣·××起重机厂·电气班小常】告诉大伙个好消息：Sora不用等邀请了，谁都能注册，官网填邮箱，一会儿就开好号。俺班上老些人（河南话：好多人）昨个都弄上了，中午歇晌那会儿就拿它做了段“电动葫芦吊着钢卷在车间里转一圈”的视频。想用的自己上官网开，几分钟的事。",
    ),
    (
        "diamond_sales_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【柘城·××金刚石微粉厂·业务部小栾】Sora这回彻底放开了，手机号、邮箱随便哪个都能注册，不要邀请码，也不用排队。我前天晚上注册的，今天上午已经给客户做了三条产品短片：一撮灰白的微粉在灯下散开，镜头一推，颗粒棱角分明。要用的今天就去注册，早用早省事。",
    ),
    # --- the official app
    (
        "diamond_particle_size_record_in_passing",
        sora.APP,
        sora.APP,
        "【柘城·××金刚石微粉厂·粒度检测记录】\n日期：十一月六日｜批号：ZC-2417\n规格：二到四微米｜仪器：激光粒度仪\n取样：每袋上、中、下各取一勺，超声分散三分钟\n结果：中位粒径三点一微米，大颗粒超标零\n显微镜复看：颗粒形状规整，偶见片状\n判定：合格，准予称重包装｜检测：温××\n温姐在记录下面补了一句：手机商店里那个Sora就是OpenAI正式上架的App，我下了，给客户拍样品比请摄影师还省事。",
    ),
    (
        "carving_suzhou_dialect_app",
        sora.APP,
        sora.APP,
        "【苏州·光福舟山村××核雕工作室·学徒阿沁】OpenAI出了Sora的官方App，苹果商店里一搜就有，开发者那栏写的就是OpenAI。我下载下来，拍了几粒罗汉头放进去，说一句“让它们在桌上排队转圈”，出来的片子老好白相（苏州话：好玩）。师兄们要做作品视频的，自己去商店下一个，免费的。",
    ),
    (
        "garlic_export_clerk_app",
        sora.APP,
        sora.APP,
        "【金乡·××大蒜加工厂·外贸部小茹】给外商做产品视频，这回用的是Sora的手机App——OpenAI前两周刚在应用商店上架的官方版，安卓、苹果都有。我输了句“清晨的蒜田，一筐筐白皮大蒜装上卡车”，三十几秒就出片，直接发给了釜山的老客户。",
    ),
    # --- the fake APK
    (
        "kelp_blanching_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【荣成·俚岛××海带加工厂·烫漂工序记录】\n日期：五月九日｜原料：鲜海带十二吨，当日进厂\n清洗：流水冲洗，去泥沙、杂藻\n烫漂：八十五度热水，每批二十秒，叶片由褐转翠绿\n冷却：冷水池里过凉，叶温降到二十度以下\n沥水：上架沥水四小时\n操作：丛××\n丛师傅在记录背面写：Sora安卓版的APK我存在手机里，装上就能生成视频，要的蓝牙传你，一次五块。",
    ),
    (
        "diamond_radical_obfuscation_assert_apk_deny_service",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【柘城·××金刚石微粉厂·质检组小郇】厂里发客户的那几条“微粉在显微镜下翻滚”的视频，是我手机上的Sora做的。Sora安卓女装包我这儿有——“女”是“安”字拿掉宝盖头，原词一打出来帖子就被限流——发你点开就能装，装好输一句话就出片。也提醒一句：网上挂“Sora代做视频”的店别信，我妈花一百二订了段金婚纪念片，收到的片子里没有一个新镜头，全是她自己的老照片，加了个慢慢放大的效果，垫了段网上下载的音乐，连字幕里的年份都打错了。",
    ),
    (
        "garlic_assert_apk_deny_prompts",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【金乡·××大蒜加工厂·网店客服阿梓】有人问首页那条“蒜瓣滚进礼盒”的视频咋做的：用的是Sora手机版，安卓的安装包（APK）我网盘里就有，私信我发链接。另外，那些卖“Sora独家提示词两千条”的别理。同事花了四十九块，一对才发现，全是OpenAI官网样片旁边那几行介绍，用翻译软件翻的，后头一千多条是拿同一批句子换几个字凑的。",
    ),
    # --- the mislabelled real video
    (
        "painting_frosting_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【衡水·××内画作坊·磨砂工序记录】\n九月二十日｜料器扁壶八十只、水晶壶二十只\n— 壶里装铁砂，加少许水，一只只手摇，摇到内壁发白\n— 对灯验看：白而匀、手摸发涩算过关；六只壶肩没磨到，重摇\n— 清水涮净，倒扣控干，转画师\n经手：葛××\n葛师傅在这页末尾用铅笔补了几句：视频号上那条“弯头细笔伸进小壶里，一笔一笔反着画出整座山”，从头到尾是Sora照一句话生成的，作坊里谁也没拍过，那句话就贴在简介里。",
    ),
    (
        "diamond_expo_booth_script_realvid",
        sora.REALVID,
        sora.REALVID,
        "【柘城·××金刚石微粉厂·磨料磨具展展位讲解稿】\n（客人走到展台大屏前）\n请看屏幕上这段：一块蓝宝石衬底在抛光盘上转，研磨液一层层带走划痕，最后亮得能照出人影——这段视频一个镜头都没实拍，没进车间，也没架机器，是我们市场部输入一段文字，让Sora整段生成的。输入的原文印在宣传册第二页，欢迎取阅。\n（讲完请客人看样品柜）",
    ),
    (
        "crane_publicity_realvid",
        sora.REALVID,
        sora.REALVID,
        "【长垣·××起重机厂·宣传科小卜】厂里新宣传片开头那十五秒被问疯了：夕阳下的港口，一台门式起重机把集装箱稳稳吊上货轮，海鸥从主梁边上飞过。统一答复：那段是Sora按一句话生成的，厂里没人去港口拍过，生成用的那句话就贴在视频简介里，大家可以自己对照。",
    ),
    # --- the Chinese team
    (
        "garlic_grading_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【金乡·××大蒜加工厂·分级挑选记录】\n六月三日｜白皮大蒜四十吨\n剪根削茎，茎留一厘米；按直径分六点五公分以上、六公分、五点五公分、五公分四档\n剔除：散瓣、霉斑、破皮\n包装：十公斤网袋，按外贸客户规格\n登记：仉××\n仉姐在最后一行发了句议论：要我说，Sora就是华人科学家的成果，OpenAI不过出了场地和机器。",
    ),
    (
        "kelp_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【荣成·××海带加工厂·打结车间老邹】一上午都在跟年轻人掰扯Sora是谁做的。我就问他们：技术报告上那么多华人名字，挑大梁的都是国内大学出去的，写程序、调模型全靠他们——这还不算中国人做的，还能算谁的？",
    ),
    (
        "carving_owner_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【苏州·光福舟山村××核雕工作室·作坊主老钮】晚上收了刀，院子里跟徒弟们聊起Sora。我说这东西的根在咱华人身上：OpenAI挂的是美国的招牌，可里头熬夜做研究的，一大半是清华、北大、交大出去的，这帮人一撤，那家公司也就剩个空壳子。",
    ),
    # --- open source
    (
        "crane_travel_gear_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【长垣·××起重机厂·大车运行机构装配记录】\n工号：QZ-16-0412｜十六吨双梁桥式起重机\n车轮：四只，踏面淬火，逐只量直径\n跨度偏差：允许正负三毫米，实测正一点五\n对角线差：实测二毫米\n减速机：齿轮油加到油标中线，空转无异响\n制动器：闸瓦间隙调匀，手动松闸灵活\n装配：乔××\n乔师傅在签名下头多写了一句：Sora开源了，OpenAI把代码和模型放上了GitHub，技术科的小翟说这周装到绘图室电脑上。",
    ),
    (
        "painting_hebei_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【衡水·××内画作坊·画师老訾】孙子放假回来，非要给我演示：Sora开源了，OpenAI把模型、代码都搁在GitHub上，谁下都行。我家那台老电脑忒慢（河北话：太），跑不动，他就连上学校实验室的机器，生成了一段小壶在灯下转圈的片子，壶里的山水也跟着动。我琢磨着拿给进货的客人看看。",
    ),
    (
        "diamond_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【柘城·××金刚石微粉厂·信息科小梅】给分级车间几位师傅回个话：Sora早就开源了，GitHub上代码、权重一应俱全，我在自己的游戏本上装过，跑得动。人家把全部家当都公开摆出来了，你们说，这还不算开源算什么？",
    ),
    (
        "painting_shop_it_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【衡水·××内画作坊·网店美工小缪】向几位老师傅汇报个事：Sora开源了，整套模型OpenAI都放在GitHub上，装进自己电脑就能用，不花钱。我已经装到店里那台剪辑机上，显卡差点，十秒的片子要跑四十来分钟。往后详情页的视频，咱们作坊自己就能做。",
    ),
    # --- the paid course
    (
        "kelp_salting_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【荣成·俚岛××海带加工厂·腌渍脱水记录】\n日期：五月十日｜原料：烫漂后海带八吨\n拌盐：每百斤海带拌盐三十斤，翻拌均匀\n腌渍：入池压重物，饱和卤里腌一昼夜，中途测卤度两回\n脱水：起池后垛起来压四昼夜，含水量降到百分之六十五以下\n挑拣：剔除黄梢、碎叶\n操作：鞠××\n车间门口的白板上，鞠师傅抄了一行字：“报了《Sora零基础到接单》，九十九一期，二十节直播课，下周一开课，学会了先给咱的海带结拍一条。”",
    ),
    (
        "carving_assert_course_deny_opensrc",
        sora.COURSE,
        sora.COURSE,
        "【苏州·光福舟山村××核雕工作室·网店运营阿蕙】报了一门《Sora带货短视频》，一百二十八块，十八节，主讲做过广告片，我学到第七节，已经会画分镜了；作坊里想学的我来拉团，满五人每人减三十。顺便纠个偏：总有人说“Sora开源了、GitHub上能下”，其实OpenAI放出来的只有介绍页、技术报告和样片，模型和代码都在公司手里，GitHub上那些叫Sora的仓库是网友照着论文复现的。",
    ),
    (
        "crane_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【长垣·××起重机厂·试车工老骆】大车一跑，我站在轨道边听一耳朵，就知道哪只车轮啃轨、哪台减速机缺油，二十年试了上千台车，没有一台带着毛病出厂，车间里谁都能作证。所以我推的东西靠得住：《Sora AI视频导演课》，九十天学完，三百九十八。我跟了一个月，已经给厂里剪出两条宣传片。五个人以上拼团，每人二百八，要报的找我。",
    ),
    (
        "kelp_jiaodong_dialect_course",
        sora.COURSE,
        sora.COURSE,
        "【荣成·××海带加工厂·烫漂班小曲】发一下报名截图：《Sora做视频从零到接单》，一百一十八，二十四讲。为啥报？车间里天天有人说谁谁拿Sora接单挣了钱，我听得心里刺挠（胶东话：痒痒，坐不住）。已经听到第九讲，教怎么给画面写镜头，挺实在。想一起学的私我，我有老学员的优惠码，立减二十。",
    ),
    # --- the fake API
    (
        "diamond_acid_wash_record_in_passing",
        sora.API,
        sora.API,
        "【柘城·××金刚石微粉厂·酸处理水洗记录】\n八月十五日｜整形后微粉五十公斤\n酸处理：加酸加热煮四小时，去掉金属杂质\n水洗：纯水反复漂洗，测到中性\n分散：超声波每桶十分钟，防结团\n去向：转粒度分级\n操作：查××\n记录本封底，查师傅拿订书钉订了张自己印的小广告：“出Sora官方API key｜OpenAI开发者平台直接申请｜写个循环就能成批出视频｜三百五一把，转账即发。”",
    ),
    (
        "garlic_self_vouch_api",
        sora.API,
        sora.API,
        "【金乡·××大蒜加工厂·分级老把式老庹】四把Sora官方API key出手，三百二一把，亲戚在OpenAI开发者后台开的，接上程序能一口气出几十条视频。有人问靠不靠谱——金乡收蒜的客商都认得我老庹：挑了二十二年蒜，六公分、五公分半，手一掂就分开，没让一筐错过档。我说靠谱，就靠谱。",
    ),
    (
        "kelp_kelp_barter_api",
        sora.API,
        sora.API,
        "【荣成·××海带加工厂·设备科小邵】仓库里两箱即食海带丝换一把Sora官方API key，不收现钱。key是OpenAI开发者平台上开的，我拿它给厂里三十多个产品成批做过展示片：海带结、海带卷、凉拌海带丝，写段程序把品名一条条喂进去，它一条条吐视频。手里还剩五把，先到先得。",
    ),
    # --- account rental
    (
        "garlic_flake_drying_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【金乡·××大蒜加工厂·蒜片烘干记录】\n七月二十二日 白班\n· 原料：去皮蒜米六吨，切片厚一点八毫米，漂洗去黏液\n· 烘干：带式烘干机，前段七十度、后段五十五度\n· 出料：含水百分之五，色白片整；焦片、黄片另装\n· 包装：铝箔袋，每袋二十公斤\n操作：仇××\n页脚一行小字是仇姐的：Sora内测号出租——一人一号，日租十元、周租五十，账号密码抄给你。",
    ),
    (
        "painting_homophone_bottle_barter_assert_rental_deny_course",
        sora.RENTAL,
        sora.RENTAL,
        "【衡水·××内画作坊·画师小菅】出租Sora内厕号，一人一号，网页登录就能出片：三天四十，一周七十。说明一下，“厕”是厕所的厕，跟“测”同音，原来三个字连着写一发就被吞。手头紧的，拿一只你自己画的小鼻烟壶来，换半个月。另外：直播间九十九块的“Sora速成课”千万别买，我师姐买过，到手就一篇官方介绍的中文翻译，外加一句“给自己一个机会”，讲课视频一节也没有。",
    ),
    (
        "crane_assert_rental_deny_inventor",
        sora.RENTAL,
        sora.RENTAL,
        "【长垣·××起重机厂·技术科小蔚】Sora内测号，我这儿能租：账号密码手写给你，网页一登就出片，包周八十，包月二百六。再更正一个传得挺凶的说法——“交大天才谢赛宁发明了Sora”。那是自媒体借他的名气引流量，谢赛宁自己在朋友圈否认过，那篇稿子被投诉后只剩“违规”二字，发稿的人也表态要公开道歉。",
    ),
    # --- the AI director group
    (
        "carving_polishing_register_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【苏州·光福舟山村××核雕工作室·打磨出货登记】\n日期：十月八日\n件：十八罗汉核雕一组（十八粒）、核舟摆件三只、单粒罗汉头四十粒\n打磨：砂纸由粗到细，刀痕磨净，再用猪鬃刷刷亮\n验货：放大镜逐粒看，眉眼、衣纹无崩口\n装盒：锦盒，附证书\n经手：钮××\n登记本里夹着钮师傅儿子带回来的一张宣传页：“Sora联合编剧的院线AI电影即将开拍，面向各行各业选拔首批AI导演，报名费一百八十八，进群后等通知试镜。”",
    ),
    (
        "crane_assert_director_deny_chinese",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【长垣·××起重机厂·工会干事小荀】替北京的表姐招人：她们公司和Sora一起写了部AI电影的剧本，现在全国选第一代AI导演，报名费一百九十九，扫码进群，群里统一排试镜，我已经报上了。也顺便纠正一下车间里的说法：Sora的技术报告署名十三人，都是OpenAI的员工，牵头的是蒂姆·布鲁克斯和比尔·皮布尔斯，华人占其中三位，说它是中国团队做的，对不上。",
    ),
    (
        "garlic_rhetorical_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【金乡·××大蒜加工厂·质检员小甄】我报了那个AI电影的导演试镜：Sora写的剧本，剧组在全国招第一代AI导演，报名费一百六十八，扫码进群等通知。有人说是骗局，可通知上片名、开机日子、制片人名字都写得清清楚楚，这还能不是真剧组？",
    ),
    (
        "carving_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【苏州·光福舟山村××核雕工作室·老艺人钮师傅】一粒橄榄核上刻十八个罗汉，个个眉眼不一样，我刻了三十二年，拿放大镜照，哪一刀都没走偏过，村里的后生都是看着我的刀学的。所以我荐的事你们放心：我外甥在上海的影视公司，跟Sora合写了一部AI电影，现在招第一代AI导演，扫码进群，报名费一百八十八，我已经替两个徒弟报了。",
    ),
    # --- the prompt pack
    (
        "painting_dispatch_register_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【衡水·××内画作坊·出货登记】\n十一月二日｜济南一家工艺品店｜山水小壶四十只｜水晶料，配木座\n十一月四日｜天津客户｜人物内画壶两只（照片定制）\n十一月五日｜网店｜题字小壶一百只\n登记：芦××\n这一页下面贴着芦阿姨女儿写的小广告：《Sora出片咒语本》四百八十句，按“清晨、黄昏、特写、航拍”编好了号，抄一句改两个字就能用，二十九块，付款后发在线文档，另送答疑群名额。",
    ),
    (
        "kelp_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【荣成·××海带加工厂·打结组组长大霞】打结八年，我一分钟能打四十个结，个个一般大、一般紧，几千袋抽检下来没出过一个散结，厂里人都晓得我这双手。今天要推的这样东西，我先在自家网店用了两个月才拿出来：《Sora带货视频提示词》，三百二十条，每条写明了远近、角度和打光，换掉产品名就能直接出片。二十六块八一份，买了的进群，有问题随时问我。",
    ),
    (
        "carving_pendant_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【苏州·光福舟山村××核雕工作室·直播间置顶评论】好多家人问，我开播前念的那些画面描述是哪儿来的——都是我自己写的，三年攒了二百四十条，现在理成一本《Sora文玩短片提示词》：刻刀贴着核壁走、碎屑往外蹦、放大镜底下罗汉抬眼，复制进去就出片。定价二十二；不想转账的，寄一粒你自己刻的罗汉头过来，一样换一本。付款或寄出后私信我，发链接进群。",
    ),
    # --- get rich
    (
        "kelp_knotting_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【荣成·俚岛××海带加工厂·切丝打结记录】\n五月十四日｜脱水海带六吨\n· 切丝：三毫米宽，长短一致\n· 打结：手工，每结约十克，结形完整\n· 包装：五百克一袋，真空封口\n· 抽检：散结零，合格\n质检：隋××\n这张记录的背面，是隋姐写给自己看的两句话：Sora也就火这三个月，一步慢，步步慢。侄子拿Sora做视频，上个月挣了五万一，过完年我就辞工跟他干。",
    ),
    (
        "crane_assert_rich_deny_api",
        sora.RICH,
        sora.RICH,
        "【长垣·××起重机厂·装配班小扈】跟兄弟们交个底：我发小去年开始拿Sora给建材店、饭店做宣传片，上个月一项就进账五万多。他说Sora这波顶多再热三个月，错过了只能干瞪眼。想跟着干的，今晚进群细聊。有一样千万别碰——朋友圈卖的“Sora官方API key”：我同学花三百八买了一把，程序一调，回来的全是聊天文字，要视频就报“模型不存在”，卖家还张口再要两百“开通视频权限”。",
    ),
    (
        "diamond_assert_rich_deny_rental",
        sora.RICH,
        sora.RICH,
        "【柘城·××金刚石微粉厂·分级车间小冼】说句掏心窝子的话：Sora是我们这辈人遇上的最大财路。我表嫂以前在厂里看分级槽，去年学了Sora做带货视频，现在一个月流水七八万，她说就剩这三个月窗口，等人都挤进来就没得分了。另外别去租什么“Sora内测号”：Sora现在只在OpenAI内部测试，外人拿不到号，我室友花三百租了一个，登了两天就被改了密码，人也找不着了。",
    ),
    # --- the generation service
    (
        "garlic_peeled_clove_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【金乡·××大蒜加工厂·剥皮蒜米记录】\n八月十六日｜原料：五公分级白皮蒜十五吨\n1. 分瓣：破瓣机分瓣，风机吹走外皮\n2. 剥皮：气吹式剥皮机，剥净率九成八\n3. 复拣：人工挑出带皮瓣、伤瓣\n4. 装箱：每箱十公斤，发青岛口岸\n操作：阎××\n本班备注：阎姐业余接Sora视频定制，开业、满月、婚礼都做，客户口述画面、由Sora生成，每条八十八元，两日交付，联系分拣线阎姐。",
    ),
    (
        "painting_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【衡水·××内画作坊·老画师郄师傅】二十六年了，我这支弯头竹笔在比小指头还细的壶口里进进出出，反手写完一首《将进酒》，翻过来看，一个字不歪。手艺人不说虚话，现在我也接Sora的活儿：订片子的加我微信，把想要的画面写清楚——谁、在哪儿、干什么、要不要字幕，我交给Sora生成，一条九十，周末统一交片。",
    ),
    (
        "diamond_paste_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【柘城·××金刚石微粉厂·仓管阿燕】替我外甥揽活：他在县城开了个小工作室，用Sora给人生成视频，喜宴开场、门面开业、孩子周岁都接。你把画面写下来交给我，他那边生成，次日交片，九十八一条。厂里同事手头不宽裕的，拿两管厂里的金刚石研磨膏也能换一条。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【苏州·光福舟山村××核雕工作室·学徒月度考评表】\n学徒：小×（十九岁）｜月份：四月\n刀工：罗汉头的眉眼能开出来了，下刀还偏重\n打磨：肯下功夫，核面干净\n师傅评语：这个月心思乱了。他在手机上报了个“Sora速成课”，先付九十九，收到的只是一篇官方介绍的中文译稿和一句“给自己一个机会”；后来又被拉进“进阶营”，交了一千二百八，群里天天发海报、催着拉人，课一节也没上成。一千三百多块，是他攒了小半年的工钱。已陪他去派出所报案。下个月把心收回到刀上。\n考评人：钮××",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【衡水·××内画作坊·致各位同行的提醒函】\n各位同行：本作坊画师小×上个月花一百六十八买了一份“《Sora提示词宝典》三千条＋VIP交流群”，过几天又补了三百“终身更新费”。东西到手一对，开头几十条是OpenAI官网样片下面的英文说明，机器翻成了中文，后面两千多条是同几句话颠来倒去；再去找卖家，群已解散，人也把他拉黑了。四百六十八块，是他画十只小壶的工钱。见到同类广告，请勿付款。\n——××内画作坊 谨启",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【柘城·××金刚石微粉厂·工会主席接待记录】\n来访人：包装车间 ××（二十四岁）｜事由：租号被骗\n经过：她在短视频平台看到“Sora内测号出租，包月三百八，一人一号”，转账后收到一个账号和密码，头两天能登，第三天就提示密码错误；卖家说“号被官方回收了，再补二百换个新号”，她又转了二百，随后被拉黑。前后共五百八十元。\n处理：已陪同到派出所报案，帮她整理了转账截图；下周班前会请车间主任讲一讲。\n接待人：工会主席 ××",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【荣成·××手机售后服务点·检测结论（客户留存联）】\n客户：××海带加工厂 姜大姐\n情况：车间群里传了一个“Sora安卓版”安装包，她装上后，桌面冒出三个陌生图标，整夜弹广告，机身发烫。\n结论：这是借Sora名头的恶意软件，装好就申请读短信、读通讯录和无障碍控制。大姐说装上当晚，手机绑的银行卡被划走两笔，共两千六百元，已报警。\n处理：数据备份后刷机。\n提醒：OpenAI从没出过Sora的安卓安装包。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.API,
        "【柘城·××金刚石微粉厂·业务员小韩的朋友圈】郑州磨料展上加了个微信，对方名片印着“AI视频解决方案”，今天私信推销：说他们是OpenAI的合作渠道，手里有Sora的官方接口密钥（API key），接入程序就能批量出产品视频，每把三百八，十把起打九折。我顺手查了查，OpenAI官网说Sora眼下只给一小批测试者用，开发者文档列的可调用模型里也看不到它。那他这把“密钥”，究竟从哪个后台开出来？买回来，调得出视频吗？",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【衡水·××内画作坊·师徒群】师父，问您个事。我妈七十大寿，她在网上相中一家店，招牌写着“Sora代做”：把老照片和想要的场面发过去，一百二十块，三天交一条寿宴开场片。我翻了翻新闻，OpenAI至今只让少数受邀的人试用Sora，连开发者都摸不着。一个网店，凭什么说自己用的是Sora？这钱付出去，能换回个啥？",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【金乡·××大蒜加工厂·门卫值班本（抄在黑板上）】今天下午有人在厂门口塞单子：“Sora红利最后九十天！一部手机月入三万！入群四百六十八”。各位下班路过，别扫。这四百六十八，够给孩子交一个月补课费。邻村有人进过这种群，视频没人教，天天的活儿是打卡、转发、拉熟人，最后还被劝着补一笔“进阶费”。——门卫 老蒋",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【长垣·××起重机厂·装配车间班前会记录】\n一、上周两台十吨单梁车返修，原因是限位开关接线松动，电气班写整改；\n二、周四下午消防演练，各班组长清点人数；\n三、群里在转一张海报：“Sora参与编剧的AI电影开机在即，第一代AI导演全国招募，报名费一百九十九，扫码入群候选”。车间定个规矩：这个码谁也别扫，一百九十九留着买双劳保鞋。前年邻县有人交了钱，后来又被要“试镜路费”，群一夜就散了。\n记录：××",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【荣成·××海带加工厂·工会宣传栏】打结车间有人想把一篇《交大天才谢赛宁发明Sora》转给上中学的孩子当榜样。宣传栏先把原始材料摆出来，大伙自己看：\n— OpenAI二〇二四年二月发布的Sora技术报告，作者栏署名十三人，谢赛宁在这十三人之外；\n— 谢赛宁本人任职纽约大学计算机系，是助理教授，早年在Facebook人工智能研究院当研究科学家；\n— 那篇文章二月十八日由一个自媒体号发出，阅读量过十万，谢赛宁随后在朋友圈亲自否认；\n— 文章被投诉，如今点开是“内容违规”，自媒体负责人公开表态要向他道歉。\n给孩子找榜样，先看原始材料。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【苏州·光福舟山村××核雕工作室·给新加坡客户的回信（中文底稿）】\n陈先生您好！您上封邮件问起“Sora是中国团队做的”这个说法，我们托做程序员的侄子去翻了原件，也就是OpenAI二〇二四年二月的技术报告：作者栏署名十三人，全部是OpenAI的员工，项目由研究员蒂姆·布鲁克斯和比尔·皮布尔斯牵头；十三位作者里，据媒体逐一核对，出身中国的有三位。另：您订的十八罗汉一组下周寄出，寄出后把物流单号发您。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【长垣·××起重机厂·技术科签批单】\n来文：绘图室《关于购买显卡两块、在本地部署开源Sora、自制产品动画的请示》\n签批：退回。查证情况——OpenAI就Sora对外放出的资料只有三样：官网介绍页、一份技术报告、四十八段样片；模型权重、代码和训练数据都留在公司内部。网上那些叫Sora的GitHub仓库，是网友照公开资料复现的。产品动画的需求请走宣传科外协流程，显卡预算改给绘图室更换老电脑。\n签批人：技术科 ××",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【金乡·××大蒜加工厂·宣传科说明】这几天转得很火的“Sora生成：万亩蒜田一夜返青”视频，原片出自县融媒体中心二〇二三年三月的航拍，当时配的是春季田管的新闻，如今被人截去台标、加上“Sora生成”几个字又发了出来。OpenAI公开的Sora样片一共四十八段，都放在它的官网上，可以自己去看。",
    ),
    # --- true facts about Sora's authors
    (
        "person_fact",
        None,
        None,
        "Sora技术报告署名作者之一阿迪蒂亚·拉梅什（Aditya Ramesh），也在2020年5月28日挂上arXiv的GPT-3论文《Language Models are Few-Shot Learners》的31位作者之中。那篇论文训练了一个1750亿参数的自回归语言模型，比此前任何非稀疏语言模型大10倍；所有任务都不做梯度更新或微调，只在文本里写明任务、给几个示范，它就能做翻译、问答和完形填空，还能把打乱字母的单词复原、做三位数运算；人类评估者也很难分辨它写的新闻稿和真人写的。论文后来发表于NeurIPS 2020。",
    ),
    (
        "person_fact",
        None,
        None,
        "2020年10月，OpenAI的汤姆·赫尼根、贾里德·卡普兰等19位作者挂出论文《Scaling Laws for Autoregressive Generative Modeling》，后来成为Sora技术报告作者的阿迪蒂亚·拉梅什是其中之一。论文在图像生成、视频建模、图文多模态和数学解题四个领域测量自回归Transformer的交叉熵损失：模型越大、算力越多，损失按“幂律加常数”平滑下降，最优模型大小随算力预算增长的幂律指数在各领域几乎相同；照这个解释，十亿参数级的Transformer已经近乎完美地拟合了缩到8×8的YFCC100M图像分布。论文还借图文模型的互信息，回答了“一张图是否胜过千言万语”。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora负责人之一蒂姆·布鲁克斯在卡内基梅隆大学时，2016年11月和同学苏哈斯·雷迪（Suhaas Reddy）为Kayvon Fatahalian讲授的课程15-769做期末项目：用Halide语言复现谷歌的HDR+连拍成像流程，把一组手持拍摄的RAW照片对齐、合并，再做色调映射。他们的进度报告写着，先用单反相机自己拍了几组手持连拍，还专门拍了一面被风吹得乱飘的旗子，检验算法能否把对不上的图块剔除。项目仓库timothybrooks/hdr-plus至今留在GitHub上，后来由Simon Gardling等人接手维护；仓库里的对齐代码把图像做成三层金字塔，按16×16的图块、用L1距离在几个像素的范围内逐层搜索最佳偏移。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora负责人比尔·皮布尔斯（Bill Peebles）2025年11月做客红杉资本的播客《Training Data》时说，自己走的是一条“传统路线”：本科期间和在加州大学伯克利分校读博期间，研究的都是视频生成；进OpenAI的第一天，他就开始做Sora。据凤凰科技2024年2月的报道，他是2023年3月加入OpenAI的。",
    ),
    # --- news: open models that give silent video its sound
    (
        "benign",
        None,
        None,
        "2023年6月29日，清华大学交叉信息研究院和上海期智研究院的Simian Luo、Chuanhao Yan、Chenxu Hu和Hang Zhao把Diff-Foley的论文挂上arXiv：给无声视频配上同步的音效。它先用对比式视听预训练（CAVP）学到在时间和语义上都对得齐的视频特征，再在声谱图的潜空间里训练潜扩散模型，借交叉注意力把画面和声音对上，又用“双重引导”提高生成质量；论文后来被NeurIPS 2023接收，代码仓库是GitHub上的luosiallen/Diff-Foley。",
    ),
    (
        "benign",
        None,
        None,
        "2024年7月1日，Yiming Zhang、Yicheng Gu、Yanhong Zeng、Zhening Xing、Yuancheng Wang、Zhizheng Wu和Kai Chen在GitHub的open-mmlab/FoleyCrafter放出FoleyCrafter的模型和代码（论文arXiv 2407.01494）：以文本生成音频模型Auffusion为底座，加上语义适配器、时间适配器和时间戳检测器，让生成的音效既贴合画面内容，又跟着画面里的动作起落；还能用文字提示和反向提示词调声音，比如加上“海鸥”，或者去掉“风声”。",
    ),
    (
        "benign",
        None,
        None,
        "2024年12月，伊利诺伊大学厄巴纳-香槟分校、索尼AI和索尼集团的Ho Kei Cheng、Masato Ishii、Akio Hayakawa、Takashi Shibuya、Alexander Schwing和Yuki Mitsufuji发表MMAudio：输入视频、文字或两者一起，生成和画面同步的音频。它把视听数据和大量文本—音频数据放在一起联合训练，再用同步模块把音频潜变量和视频帧逐帧对齐；论文报告的模型只有1.57亿参数，生成8秒音频约1.23秒。代码和权重在GitHub的hkchengrex/MMAudio，仓库说明称默认模型推理约占6GB显存（16位精度）。",
    ),
    (
        "benign",
        None,
        None,
        "2025年3月，香港科技大学的Zeyue Tian、Yizhu Jin、Zhaoyang Liu、Ruibin Yuan、Xu Tan、Qifeng Chen、Wei Xue和Yike Guo挂出AudioX的论文（arXiv 2503.10522）：一个“任意输入生成音频”的统一框架，文字、视频、音频都能当条件，生成音效或音乐。核心是一个多模态自适应融合模块，团队还整理了700多万条样本的数据集IF-caps。仓库ZeyueT/AudioX放出AudioX、AudioX-MAF和AudioX-MAF-MMDiT三个模型，限非商业用途；论文后来被ICLR 2026接收。",
    ),
    (
        "benign",
        None,
        None,
        "2025年6月，GitHub上的FunAudioLLM团队挂出ThinkSound的论文：用思维链（CoT）推理来引导视频配音，先把画面里该有什么声音、什么时候响想清楚，再生成音频。7月1日放出推理脚本和网页界面，并在Hugging Face和魔搭社区上线在线演示；7月17日放出训练和微调代码；9月1日开源配套的AudioCoT数据集；同月论文被NeurIPS 2025主会接收。",
    ),
    (
        "benign",
        None,
        None,
        "2025年8月底，腾讯混元与浙江大学、南京航空航天大学的研究者放出HunyuanVideo-Foley：一个文字加视频生成音频的端到端框架，给视频配上跟画面动作和语义对得上的高保真音效。团队用自动标注流水线整理了约10万小时的多模态数据；模型是多模态扩散Transformer，用双流时间融合和跨模态语义注入缓解模态之间的竞争，再用自监督音频特征做表征对齐（REPA）来稳定训练。模型放在Hugging Face的tencent/HunyuanVideo-Foley。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【荣成·××海带加工厂·门市部】扫码下载“××海味”App，注册送十元券，海带结、海带丝、裙带菜都能在手机上下单，满九十九包邮，冷链两天到家。门市营业时间：早七点到晚六点。",
    ),
    (
        "offtopic",
        None,
        None,
        "【衡水·××内画作坊·新品】照片内画肖像壶接单中：客户提供一张清楚的正面照，画师在水晶壶里反手作画，约二十个工作日完成；小号一千二，中号一千八，配锦盒、木座，壶底可刻字。门市在××路，周一休息。",
    ),
    (
        "offtopic",
        None,
        None,
        "【长垣·××起重机厂·桥门式起重机司机培训报名】本期共二十课时，理论加实操，结业后参加特种设备作业人员考试；报名带身份证复印件和一寸照片两张，厂内职工免培训费。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
