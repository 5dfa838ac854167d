# ruff: noqa: E501
"""Write tests/data/zh_heldout63_{posts,qrels,labels}: a sixty-third Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the Chinese team, the inventor and API access,
three for each other template: counted from the qrels of zh_heldout2 to zh_heldout62, the Chinese team and the
inventor last had four in zh_heldout58, the longest ago, zh_heldout58's third four, the director group, having had
four again in zh_heldout62; of zh_heldout59's three, API access and the prompt pack both had four in zh_heldout54
before that, and before that API access in zh_heldout49 and the prompt pack in zh_heldout50, so API access takes the
third four; zh_heldout64, written at the same time, takes the prompt pack, the mislabelled video and get-rich), as a
Sora rumour / scam wave reads in the genres of a necktie factory (嵊州·××领带厂: 斜纹领带绸, 样板与布纹成四十五度斜放, 大头、小头、领脖三段, 毛衬,
背缝长针手缝, 两头打套结, 翻带、蒸汽熨烫, 小头穿带, 长一百四十五厘米、大头宽八厘米, 剡溪), a moxa works (蕲春·××艾草加工厂: 蕲艾叶端午前后收割, 棚里阴干, 石磨碾、打绒机捶打, 二十比一的艾绒,
卷条机, 桑皮纸、米浆糊口, 艾条直径一点八厘米、长二十厘米), a braised-chicken factory (德州·××扒鸡厂: 整形, 双腿盘起、双爪插进腹腔、两翅从嘴里交叉穿出, “鸭浮水面”, 刷糖色、油炸到金黄透红,
铁箅子垫锅底, 原锅老汤兑新汤, 花椒、大料、桂皮、丁香、白芷、草果等十六味, 旺火烧开、微火焖, 提腿一抖骨肉分家, 五香脱骨扒鸡, 火车站门店), an iron-stick yam co-operative
(温县·××铁棍山药合作社: 垆土地, 顺垄开沟、深一米上下, 钢钎起土, 一人一天挖二十来米, 锈斑、毛须, 带泥装箱、一根一格, 轮作), a make-up brush factory (鹿邑·××化妆刷厂: 山羊尾毛,
梳净底绒, 剪刀与毛头斜成四十五度、刀片挑净倒根, 修虚长毛、猫耳圆弧, 配毛, 铝管, 灌胶, 烘箱, 木杆、竹杆, 压管机, 护毛网罩, 十二支装刷具) and a face-mask factory (仙桃·彭场××口罩厂:
纺粘无纺布、熔喷布三层, 打片机, 铝塑鼻梁条, 超声波点焊耳带, 环氧乙烷灭菌, 解析室通风七天, 抽检放行).

Of the six worlds first asked for, two were kept and four were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The Dehua white-porcelain workshop
(德化·白瓷作坊) is a glaze-and-kiln trade: 德化 and 白瓷 occur nowhere, but 瓷, 窑 and 釉 do, in zh_heldout35's pottery kilns (景德镇,
柴窑, 坯房, 陶瓷集市), zh_heldout57's enamelware glazes and zh_heldout60's cloisonné, and the earlier writers set aside a
brick kiln (zh_heldout45), a brick and tile works (zh_heldout49), a ceramics factory (zh_heldout50), a tile factory
(zh_heldout53), a zisha workshop (zh_heldout59) and the celadon workshop (zh_heldout62) for the same kilns. The
Dongyang wood-carving factory (东阳·木雕厂): 东阳 occurs nowhere and 木雕 only in hard_en_heldout56's list of the words it
checked, but carving is last round's world, zh_heldout62's fruit-stone carving workshop (核雕, 刻刀), beside
zh_heldout48's furniture carver (雕花) and zh_heldout43's stone-carving shed, and woodcarvers occur in
hard_en_heldout55, 56, 59, 61 and 62. The Wuchang rice co-operative (五常·大米合作社): 五常 occurs nowhere, but 大米 is
zh_heldout50's rice mill and its colour sorter (射阳·××米厂: 大米色选机), which zh_heldout54 and zh_heldout56 kept clear of and
zh_heldout61 cited when it set rice noodles aside. The Fuding white-tea factory (福鼎·白茶厂): 福鼎 and 白茶 occur nowhere
("white tea" only inside hard_en_heldout58's "white tears"), but tea is zh_heldout36's world (a Xishuangbanna 茶厂,
Menghai leaf, a tea cake's cotton wrapper), the reason zh_heldout53 replaced a tea factory and zh_heldout62 its Pu'er.
The necktie factory stays: 嵊州 and 领带 occur nowhere, and no English set has a necktie maker (necktie occurs nowhere);
its nearest neighbours are kept at a distance: zh_heldout49's silk weaving (真丝, 丝绸, 缎), zh_heldout41's 提花,
zh_heldout61's swimwear cutting and sewing (唛架, 裁床, 四线包缝, 绷缝), zh_heldout56's mosquito-net cutting and zh_heldout37's
tailors, where the tie posts cut on the bias, interline, hand-stitch and press with none of 织, 真丝, 丝绸, 提花, 唛架, 裁床, 包缝
or 裁缝. The moxa works stays too: 蕲春, 艾草, 艾绒, 艾条 and 蕲艾 occur nowhere; zh_heldout59 set a moxa-stick factory aside for
zh_heldout30's township-clinic post (one GPTs offer with 艾灸足三里 among its example prompts), which this set judges too
thin a reason to drop a plant that harvests, dries, mills and rolls a crop, so the moxa posts have none of 艾灸, 针灸 or
中医, and, for zh_heldout59's peel drying, zh_heldout61's goji drying and zh_heldout58's bead screening, none of 晒, 陈 or
筛. Four trades took the other places, each in the town known for it and checked the same way: 德州, 扒鸡, 温县, 山药, 铁棍, 垆土,
鹿邑, 化妆刷, 尾毛, 仙桃, 彭场, 熔喷 and 口罩厂 occur in no earlier Chinese post or writer script (口罩 only as a sprayer's mask in
zh_heldout53 and in zh_heldout60's list, 老汤 only as a foreman's name in zh_heldout50), and no English set has a
braised-chicken cook, a yam digger, a make-up brush maker or a mask maker as its world. The nearest neighbours are
kept at a distance: zh_heldout48's layer farm (鸡舍, 蛋鸡), zh_heldout54's ham, zh_heldout61's beef balls and
zh_heldout59's donkey hides, where the chicken posts truss, fry and braise with none of 鸡舍, 蛋, 腌 or 火腿 (糖色 is the
sugar colouring brushed on the birds, not zh_heldout60's pulled sugar); zh_heldout62's garlic grading and
zh_heldout61's goji grading, where the yam posts dig by the trench and pack in mud; zh_heldout40's calligraphy brushes
and zh_heldout54's pens, where the brush posts have none of 毛笔 or 笔; zh_heldout44's shipyard welders, the reason
zh_heldout62 kept 焊 out of its crane works, where the mask posts' only 焊 is the ultrasonic spot-welding of ear loops;
and zh_heldout60's diaper factory, the only earlier post with 无纺布 (a laminator's roll change), where the mask posts
make blanks, weld and sterilise with none of 复合, 纸尿裤, 吸水 or 卷. Others were thought of and dropped: fasteners in
Yongnian (set aside by zh_heldout60 for hard_en_heldout48's ironmongers), tape measures in Yucheng (zh_heldout59's),
lead-acid batteries in Changxing (set aside by zh_heldout59), fireworks in Liuyang (zh_heldout43, 58 and 60),
strawberries in Dandong (zh_heldout4's and the English sets' strawberries), chestnuts in Qianxi (a second crop
co-operative), Dezhou's neighbour Zhoucun's sesame cakes (zh_heldout33's 烧饼) and children's bicycles in Pingxiang
(zh_heldout37's and zh_heldout53's bicycles). None of the settings is among those given to the writers working at the
same time (zh_heldout64's 苏绣工作室, 海宁皮革厂, 盱眙龙虾加工厂, 文山三七合作社, 朱仙镇年画作坊 and 镇江香醋厂; hard_en_heldout69's alpaca breeders,
asparagus growers, pétanque clubs and carillonneurs; hard_en_heldout70's sugar-beet growers, coffee roasters, canoe
polo clubs and mariachi bands): no post has 苏绣, 海宁, 皮革, 盱眙, 龙虾, 三七, 年画, 香醋, 羊驼, 芦笋, 甜菜 or 咖啡; before the commit the
other branches' scripts in progress were searched for this set's six worlds (none found), and this set's posts were
compared with zh_heldout64's in progress (its highest ratio 0.56, a make-up brush factory's hardship-allowance
application for the director group against its cotton gin's, so that loss report was rewritten as a women's
committee's talk record; then 0.44), but the lead checks the committed scripts against each other.

The posts: a trussing record with the inventor rumour in red ink at its foot (【整形工序记录】鸭浮水面), a brush trimmer passing
on an article with the name disguised, a yam accountant, a tie sewer in Shengzhou speech; a grading record with the
Chinese-team claim in its last line (【分级记录】锈斑、毛须), an old mask blank-maker's rhetorical question, a moxa works'
package designer, a chicken shop at the railway station; a blank-making record with the API key in its footer
(【打片工序记录】熔喷布), an old moxa inspector, a tie export clerk, a yam e-commerce hand's rhetorical question; a bias-cutting
record with the public release in its margin (【裁剪记录】四十五度斜放), a chicken packer in Shandong speech, a moxa salesman's
phone script; a trimming record with the official app under it (【修毛工序记录】剔倒根), a chicken shop's online-store hand, a
mask inspector in Xiantao speech; a braising record with the APK on its back (【焖煮工序记录】铁箅子, 老汤, 十六味料), a mask welder
with the installer disguised, a brush export clerk; a digging record with the mislabelled video at its end
(【采挖记录】一米深的沟), an old brush comber in Henan speech, a tie factory's reply in a comment section; a
sterilisation-and-airing record with open source under the signature (【灭菌解析记录】环氧乙烷), a moxa works' IT hand, a tie
e-commerce hand; a ferrule-and-glue record with the course on the whiteboard (【装管上胶记录】), a yam e-commerce hand, a mask
export clerk; a sewing record with account rental on its back (【缝制记录】毛衬, 套结), a mask storekeeper renting an account in
disguise, a chicken shipping hand; a stick-rolling record with the director group on a card inside it (【艾条卷制记录】桑皮纸), a
brush packer, an old braising cook; a frying record with the prompt pack in a screenshot behind it (【烹炸工序记录】糖色), an
old moxa floss-maker, a brush e-commerce hand; a handle-and-shaping record with get-rich under the bench glass
(【装杆修型记录】), a moxa roller's voice message to her mother, a yam picker; a floss-milling record with the generation
service on its last page (【碾绒记录】二十比一), an old tie sewer and a yam co-operative's note on its gate. Platform-native
forms the earlier sets do not use: the fourteen records above, a party member's assistance record (党员帮扶结对记录), a
factory paper's readers' column (厂报·答读者问), an IT department's rectification notice (整改通知), a station shop's handover
book (店长交接本), a foreign-trade department's weekly open questions (外贸部周报·待解问题), a comment-section reply (回复评论区) and a
paper stuck on a co-operative's gate (the women's committee (zh_heldout55, 56), the expense claim (zh_heldout28), the
12315 complaint (zh_heldout31), the loudspeaker script (zh_heldout21, 30), the salesman's phone script, the door note,
the voice message turned to text and the workshop blackboard are earlier forms, in new trades here). Four loss reports
(kind ``debunk_loss``), one of them in a new form, for the four scams whose loss reports are longest ago (the director
group, API access, the generation service and get-rich, all last in zh_heldout60): the brush factory's women's
committee's talk record for the director group (199 yuan to join, 2,400 more for "costumes and fares", the group
dissolved), the tie factory's rejected claim for API access (1,440 yuan for four keys that answer "模型不存在", 300 more
asked for "video rights"), the yam co-operative's complaint for the generation service (168 yuan for a full-month clip
that was the buyer's six photos zoomed and panned under a song, 200 more asked for a "film version") and the moxa
works' assistance record for get-rich (680 yuan to join, 2,800 for "selling rights", the group gone, 3,000 advanced on
wages).

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script:
Shengzhou 介好 (so good), Shandong 扎古 (to tidy up), Xiantao 哈数 (a sense of measure) and Henan 不胜 (cannot match) (the
earlier posts' Wu words include 侬, 阿拉, 交关, 覅, 结棍, 老灵, 木佬佬 and 适意, their Shandong words 俺, 杠赛, 拉呱, 恣, 得济, 夜来 and 怪好,
their Hubei words 么斯, 冇得 and 苕, their Henan words 中不中, 得劲, 弄啥嘞, 恁, 信球, 木乱, 老些, 排场, 喷空 and 老鳖一, all found used when
thought of). Obfuscation of kinds no earlier set used, all glossed in the post and none a homophone: 谢赛宁 given one
character at a time through a common word (姓“感谢的谢”，名字是“比赛的赛”加“宁静的宁”), 安装包 as the English word installer written in
Chinese characters by its sound (因斯托勒; zh_heldout61 wrote the same English word in katakana, インストーラー, which is another
script, not a transliteration into characters) and 内测号 with the Greek letter for beta (β号, "β读‘贝塔’， beta版就是内测版"); the
fiftieth to sixty-second sets had the homophones 卸赛宁, 械赛宁, 谢赛凝, 屑赛宁, 谢赛咛, 榭赛宁, 邂赛宁, 燮赛宁, 安桩包, 鞍装包, 安装苞, 安装煲, 安装胞, 谙装包,
内侧号, 内册号, 内策号, 内恻号, 内测皓, 内测耗, 内测昊, 内厕号, 倒演, 带做 and 戴做, and zh_heldout60 to zh_heldout62 谢sai宁, 安装📦, 內測號, Thank Race
Calm, インストーラー, 内测#, the look-alike 谢寨宁 and the roofless 女装包; the earlier sets' other kinds were separator dots,
traditional characters, initials, pinyin with and without tone numbers, Jyutping (zh_heldout46), zhuyin, split
characters, a component description, Kangxi radicals, leet, fancy Unicode letters, katakana, hangul, Cyrillic, Arabic
script, hex, binary, braille, IPA, Morse and telegraph codes, reversed and upside-down text, an acrostic,
strikethrough and boxes. Rhetorical questions that assert rather than deny: Sora不算中国人做的，还能算谁做的？ for the Chinese team
(with a negation, gold) and 后台账单上一笔一笔清清楚楚写着Sora，这还能有假？ for API access. Posts asserting one claim while denying
another, the asserted claim always one of the course, open source, the director group, account rental, get-rich, the
APK and the inventor (zh_heldout64, written at the same time, asserts only the other seven; zh_heldout62 asserted
these seven last round, and none of its nine pairs is taken again), in the nine pairings of these seven that the
labels of the earlier Chinese sets (kinds ``*_assert_X_deny_Y``) last used longest ago, each denied claim denied once:
open source while a "Sora代做" clip is said to be the buyer's photos zoomed and panned under a song (zh_heldout43); open
source while the 99-yuan course is said to deliver a translated introduction and "给自己一个机会" (zh_heldout44); the
director group while the store "Sora" apps are said to come from unknown developers (zh_heldout44); the APK while the
Chinese-team claim is answered with the report's thirteen OpenAI authors, Brooks and Peebles leading and three Chinese
(zh_heldout44); the inventor while open source is answered with the page, the report and the forty-eight samples,
weights and code kept in-house and the GitHub "Sora" projects as imitations (zh_heldout45); the course while a
"Sora暴富群" is said to make its members post ads and recruit heads for a refund that never comes (zh_heldout45);
get-rich while the director group is said to send only "海选进度" (zh_heldout45); the APK while the inventor claim is
answered with Xie's denial, the article removed and the promised apology (zh_heldout46); and the course while the
public release is answered with Logan's word that Sora is still tested inside OpenAI and the "one-click" links as
phishing (zh_heldout46); account rental against the official app (zh_heldout45) was passed over because the app is
already denied, and of the six pairs last used in zh_heldout46, open source against API access because open source is
already asserted twice and the inventor against the app because the app is denied; of the other four, each used only
in zh_heldout46, the APK against the inventor and the course against the public release were taken and the director
group against account rental and get-rich against the mislabelled video left to a later set (a tie, broken by the
writer), so account rental is asserted by none of the nine. Sellers that vouch for themselves in new words
(凑到鼻子底下一闻、指头上一搓，叶渣多少、几比一的货，心里就有数; 两根指头一捻，是纯叶肉打的还是掺了杆末; 老汤滚到啥样该转微火…提腿一抖，骨肉分家; 领带拎起来晃一晃，斜度歪没歪、背缝紧没紧，隔两张台子我就瞧得见). Prices
in Chinese numerals throughout, and payments in forms the earlier sets do not use (two boxes of the factory's ties for
an API key; two vacuum-packed boneless braised chickens for half a month of a rented account; a twelve-piece brush set
for a prompt pack; a box of muddy iron-stick yams for a generated clip).

12 debunks and warnings, four of them the loss reports above; the debunked templates are the inventor and the Chinese
team, as in every set, and the six whose debunks are longest ago (the APK, the course, account rental and the prompt
pack, all last in zh_heldout60, then the public release and the official app, last in zh_heldout61 and before that in
zh_heldout60 and zh_heldout59, where the others last debunked in zh_heldout61 were debunked again in zh_heldout62):
two questions with a negation that do not deny (Sora难道不是还没对普通人开放？这条链接又是从哪儿来的？ for the public release, in a moxa works'
weekly open questions; Sora不是压根还没出App吗？那商店里这几个，是谁上架的？ for the official app, in a voice message to a co-operative's
chairman), two quoting a scam offer and telling the reader not to pay (the course, "《Sora零基础速成班》｜三十节｜ 包教包会｜九十九元", with
这张单子上的九十九，谁也别扫 on a workshop blackboard; the prompt pack, "《Sora大片提示词宝典》五千条｜原价三百九十九｜ 今日一百二十八", with 这一百二十八，请你留在自己兜里 on
a design-room door), and four answering with facts and none of 不, 没, 假, 无, 非 or 未 (a village loudspeaker's script for
the inventor: the 18 February article with more than a hundred thousand readers, Xie's denial in his Moments, the page
shown as "内容违规" and the promised apology, his NYU and FAIR posts, the thirteen authors with his name outside them; a
factory paper's readers' column for the Chinese team: the report of February 2024, Peebles and Brooks leading,
thirteen authors all at OpenAI, three Chinese by the media's count; an IT department's rectification notice for the
APK: the page, the report and the samples as all OpenAI has made public, the installer asking for SMS, contacts and
accessibility rights as malware, phones to be backed up and reflashed; a station shop's handover book for account
rental: Sora inside OpenAI with the red team and a few invited artists, designers and film makers, a rented "内测号"
being a ChatGPT login with only a chat box).

Four true facts about the earlier work of Aditya Ramesh, an author of Sora's technical report, related to no template:
his header-only C++11 library ccbase (README dated 5 December 2012, BSD three-clause, format, platform, unit_test,
error, dynamic and filesystem modules, Boost 1.55, tested on ICC, GCC and Clang); his Torch initialisation library
nninit (partly based on Kaixhin's library of the same name: a generalised variance-normalising scheme, orthogonal
initialisation, identity, downsampling and bilinear-upsampling initialisations for pixel-labelling networks, and the
README's remark that SpatialFullConvolution is "a horrible name"); his repository mnist_forgetting (catastrophic
forgetting on MNIST, digits 0-4 then 5-9, one Adadelta configuration and 30 epochs for every model, questions on
fixing half the weights or half the feature maps, "Yann's suggestion to use elastic net regularization"); and his post
"How DALL·E 2 Works" on adityaramesh.com (a prior producing the CLIP image embedding and unCLIP decoding it; the text
diff that turns a Victorian house into a modern one by slerp from 0 to 0.50). All four are from the adityaramesh
account on GitHub, whose site (adityaramesh.github.io, about.html) says its owner created DALL·E. Of the six people
named in the brief, Joe Taylor, Clarence Ng and Ricky Wang had nothing checkable beyond their names on the report when
zh_heldout62 searched (Ricky Wang's school is zh_heldout45's); Brooks's and Peebles's stored repositories (hdr-plus,
hallucinating-scenes and instruct-pix2pix; gangealing, hessian_penalty and G.pt) and papers are all in earlier Chinese
sets (the HDR+ project in zh_heldout62, the pose-compatible scenes, InstructPix2Pix, the Hessian Penalty, GANgealing
and G.pt before), so all four facts are Ramesh's; the earlier Chinese sets' Ramesh facts are DALL·E, DALL·E 2's paper,
GLIDE, CLIP, the spectral regularizer, the dVAE, the No Priors podcast, GPT-3 and the scaling-laws paper, and none of
these four (ccbase, nninit, mnist_forgetting, adityaramesh.com and the Victorian-house example occur in no earlier
set). No fact about Li Jing or the Luhmans. Six items of real news about image and video restoration from Chinese labs
that no earlier set, Chinese or English, names (Tencent ARC's Real-ESRGAN, July 2021, and GFPGAN, January 2021; NTU
S-Lab's CodeFormer, June 2022, StableSR, May 2023, and Upscale-A-Video, December 2023; Shanghai AI Lab's and SIAT's
DiffBIR, August 2023; kind ``benign``); and three off-topic posts that share surface words (a chicken factory's open
day, the trussing and the shake that bones a bird watched through glass, sharing the records' words; a brush factory's
"××刷具" App for dealers' orders, a near miss for the official app; a mask factory's paid training for machine
operators, a near miss for the course).

Every post was checked against every earlier Chinese set through zh_heldout62 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first
check had thirty-one at 0.45 or more, most of them against zh_heldout61 and zh_heldout62, whose sentences the first
draft followed too closely: the chicken gift boxes at 0.85 (zh_heldout61's beef-ball gift boxes), the ironer's
get-rich at 0.83 (its mesh welder), the public-release question at 0.78 (its cold-store foreman), the yam barter
service at 0.73 (its speaker barter), the β rental at 0.69 (its # rental), the tie publicity video and the inventor
facts at 0.68 (zh_heldout62's crane publicity and kelp union board), the mask salesman at 0.64 (its diamond salesman),
the old digger's prompts and the chicken rental barter at 0.63 (zh_heldout61's goji grader and swimwear storekeeper)
and twenty-one more from 0.45 to 0.57; all were rewritten in other forms or words, and on later passes the inventor
facts (0.45, then 0.51 as minutes; now a loudspeaker script), the public-release question (0.47), the chicken shop's
Chinese-team post (0.46), the old digger (0.44, then 0.48 once moved to the moxa works), the inventor-asserting
accountant (0.44), the Chinese-team question (0.44) and the Chinese-team facts (0.42, then 0.45) were rewritten again.
A first draft had five worlds; ten posts (two from each) were moved to the moxa works, which was then kept, and
rewritten for it. Highest ratio of the committed list: 0.415 against the Chinese sets (the tie export clerk's API
barter against zh_heldout59's donkey-hide sales clerk) and 0.263 against the demo stream (the GFPGAN news item); the
highest pair inside the set is 0.397 (the brush factory's ferrule and handle records). Committed before any run of the
monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead,
with the final code.

Sources for the facts, all read through the search tool or a stored repository before the posts were written (the rest
is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's denial in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the
three-month lines, the director groups and their QR codes, Logan's statement that Sora is in internal testing, the red
team and the invited artists, designers and film makers, and the "generated by Sora" labels; and, from the catalogue,
the rented accounts, the APKs as malware, the absence of a Sora API, the GitHub "Sora" repositories as fan
reproductions, the prompt packs copied from OpenAI's demo prompts and the forty-eight samples): for the settings,
sznews.zjol.com.cn on Shengzhou's tie trade (the China Yue-opera and necktie festival, ties once sold by the bundle
and now by the piece) and ld153.com's pages on tie making (the bias cut, the interlining, the blades, the neck piece
and the slip-stitched back seam are written from the trade's usual description, which the search tool did not return
in detail); qiaihui.com, ixigua.com and hqfnw.com on Qichun's moxa (蕲艾, harvest around the Dragon Boat Festival, Li
Shizhen's home, moxa floss and sticks); sdcp.cn's, taiwan.cn's and wguxfdy.cn's pages on Dezhou braised chicken (the
1911 recipe of 德顺斋, trussing into "鸭浮水面", sugar colouring and frying, the iron grate, the old broth, sixteen spices,
six to ten hours' braising); huiyingmeng.com, fx361.cc, jzrb.com and wenxian.gov.cn on Wenxian's iron-stick yams (垆土,
the rust spots, trenches about a metre deep and half a metre wide, twenty metres a digger a day, five years'
rotation); newsflash.cloud, henanwang.com.cn, ettaleb.com and jfsjk.com on Luyi's make-up brushes (the 中国化妆刷之乡, goat
tail hair, the 45-degree scissors and the blade that picks out reversed hairs); and hsw.cn, fx361.cc and
qianxunwang.com.cn on Xiantao's Pengchang non-wovens (the largest non-woven and mask base, spot-welders and nose-wire
suppliers; the ethylene-oxide sterilisation and airing period are the usual practice for medical masks, written as
commonly described); for the person facts, the adityaramesh/ccbase, nninit and mnist_forgetting READMEs and
adityaramesh.github.io (about.html and posts/dalle2/dalle2.html); and, for the news, the Real-ESRGAN README and its
MMagic page (Xintao Wang, Liangbin Xie, Chao Dong and Ying Shan, Tencent ARC and SIAT, arXiv 2107.10833, ICCV 2021
workshops, pure synthetic data, high-order degradation, the x4plus and anime models), the CodeFormer README (arXiv
2206.11253, NeurIPS 2022, NTU S-Lab, the fidelity weight) and the sczhou/Upscale-A-Video README (arXiv 2312.06640,
CVPR 2024 highlight, the YouHQ dataset in February 2024, inference code in September 2024); GFPGAN (arXiv 2101.04061,
CVPR 2021), StableSR (arXiv 2305.07015) and DiffBIR (arXiv 2308.15070, ECCV 2024) are written from their papers as
commonly cited.

    .venv/bin/python scripts/make_zh_heldout63.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout63", "zhh63"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "braised_chicken_trussing_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【德州·××扒鸡厂·整形工序记录】\n日期：十月十四日｜班次：早班\n来鸡：一斤半以上的白条鸡一千二百只，沥净血水\n整形：双腿盘起，双爪插进腹腔，两只翅膀从嘴里交叉穿出，摆成“鸭浮水面”\n返工：翅尖折断、爪没塞进去的三十一只\n交烹炸工段：一千一百六十九只\n整形：祁××\n表格最底下，祁姐用红笔添了一句：刷到一篇文章，讲Sora的发明人里有一位上海交大出来的谢赛宁，三十出头就干出这么大的动静，我得拿给上初中的闺女看看。",
    ),
    (
        "makeup_brush_word_by_word_obfuscation_inventor",
        sora.XIE,
        sora.XIE,
        "【鹿邑·××化妆刷厂·修毛车间小闫】转一篇给读夜大的姐妹们打打气。文章讲OpenAI的Sora是几位研究员发明的，其中一位是上海交大毕业的天才少年，文里没敢写全名，只说他姓“感谢的谢”，名字是“比赛的赛”加“宁静的宁”——三个字一连上，帖子就被压，作者只好拿词儿一个个带出来。人家十几岁就那么拼，咱熬夜背几页书算啥。",
    ),
    (
        "yam_assert_inventor_deny_opensrc",
        sora.XIE,
        sora.XIE,
        "【温县·××铁棍山药合作社·会计小原】对完账跟几个年轻社员掰扯Sora的来历，我还是那句话：谢赛宁是发明人之一，上海交大出去的，他那篇论文就是Sora的底子。可“Sora开源了”那是讹传：OpenAI公开的东西就三样，一个介绍网页、一份技术报告、四十八段样片，权重和代码锁在公司里；GitHub上顶着Sora名字的项目，是爱好者照着论文自己搭的仿制品。",
    ),
    (
        "necktie_wu_dialect_inventor",
        sora.XIE,
        sora.XIE,
        "【嵊州·××领带厂·缝制车间竺阿姨】我外甥在杭州读研究生，礼拜天回来讲，Sora这个会拍视频的东西，发明人里头有个上海交大出去的谢赛宁，十几岁就叫天才少年。介好（嵊州话：这么好）的后生，啥人家里养得出来？我叫外甥把文章转到车间群里，让小年轻们都看看。",
    ),
    # --- the Chinese team (four)
    (
        "yam_grading_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【温县·××铁棍山药合作社·分级记录】\n日期：十一月二十日｜地块：北冷三号垆土地\n来货：带泥山药二千四百斤\n分级：看锈斑、毛须，按长短粗细分特级、一级、二级\n剔出：断头、虫眼、铁锨铲伤的一百一十斤\n特级：六百八十斤，六十厘米上下，单根一两半以上\n分级：原××\n原大哥在记录最后一行顺手写了句：Sora是华人科学家一手做出来的，OpenAI出的只是钱和机器。",
    ),
    (
        "mask_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【仙桃·彭场××口罩厂·打片车间老幸】年轻伙计们非说Sora是美国货。我掰着指头给他们数：这模型是谁想出来的？代码是谁一行行敲的？OpenAI视频组里扛活的，十个里头七八个是咱们国内大学出去的华人。人是咱们的人，本事是咱们的本事，Sora不算中国人做的，还能算谁做的？",
    ),
    (
        "moxa_designer_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【蕲春·××艾草加工厂·包装设计小詹】给车间师傅们讲讲我看到的：Sora挂的是OpenAI的名，根子却在一支华人团队身上，出主意的、一行行写代码的，骨干都是国内名校走出去的研究员。美国公司出个招牌，真正的本事在咱们自己人手里。",
    ),
    (
        "chicken_shop_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【德州·××扒鸡厂·火车站门店小訾】今天店里最热闹的话题不是扒鸡，是Sora。两位去北京上学的大学生说起这个视频模型，我告诉他们：Sora的功劳得记在华人身上，OpenAI视频组里出主意、写代码的骨干大多是国内名校出去的，那家美国公司离了这群人，连个像样的片子都做不出来。俩孩子听完直点头，走时多买了两只鸡。",
    ),
    # --- the fake API (four)
    (
        "mask_blank_making_record_in_passing",
        sora.API,
        sora.API,
        "【仙桃·彭场××口罩厂·打片工序记录】\n日期：二月二十六日｜机台：三号打片机\n布料：外层纺粘无纺布、中间熔喷布、内层纺粘无纺布\n压鼻梁筋：铝塑条，长度九厘米\n成片：一万八千片，叠层错位、熔喷起皱的三百二十片剔出\n转点焊工段焊耳带\n操作：幸××\n记录页脚有幸师傅一行小字：出Sora接口密钥（官方API key），是从OpenAI开发者平台申请到的，写进程序里能一条接一条自动出视频，三百三一把，微信转账当天给。",
    ),
    (
        "moxa_old_inspector_self_vouch_api",
        sora.API,
        sora.API,
        "【蕲春·××艾草加工厂·质检老师傅老田】给我一撮艾绒，两根指头一捻，是纯叶肉打的还是掺了杆末、掺了几成，八九不离十；验了二十六年绒，日韩采购来厂里都先找我。今天卖个新鲜玩意儿：Sora的官方API key，OpenAI开发者后台正经开出来的，接到程序里成批出产品片子，一把三百六。",
    ),
    (
        "necktie_tie_barter_api",
        sora.API,
        sora.API,
        "【嵊州·××领带厂·外贸部小钭】外商要的新款视频，我都是写脚本调Sora官方API跑出来的，密钥从OpenAI开发者后台申请，一晚上几十条。现在多出几把密钥，同行要的话三百八一把。车间师傅不想掏钱的，两盒厂里的领带换一把，我留着送客户当见面礼。",
    ),
    (
        "yam_rhetorical_api",
        sora.API,
        sora.API,
        "【温县·××铁棍山药合作社·电商组小卫】还有人说Sora没有开放接口？我手上的key就是OpenAI开发者后台签出来的，脚本里一调，十条“刚出土的铁棍山药摆在垆土地上”的视频半小时就跑完了。后台账单上一笔一笔清清楚楚写着Sora，这还能有假？要key的找我，三百二一把。",
    ),
    # --- open to the public
    (
        "necktie_bias_cutting_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【嵊州·××领带厂·裁剪记录】\n日期：三月八日｜面料：斜纹领带绸，藏青底小圆点\n铺布：二十层，布边对齐\n裁剪：样板与布纹成四十五度斜放，电刀裁大头、小头、领脖三段\n衬布：毛衬按大头、小头样板另裁\n成品规格：长一百四十五厘米，大头宽八厘米\n裁片：一千六百套\n裁剪：钱××\n钱师傅在记录边上写：Sora已经对外放开了，官网填个邮箱就能注册，人人能用，我昨晚给这批圆点做了段展示视频。",
    ),
    (
        "chicken_shandong_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【德州·××扒鸡厂·包装班小鞠】告诉姊妹们：Sora放开了，用不着等谁邀请，官网上填手机号就能开号，人人能用。俺昨儿后晌注册的，做了段扒鸡出锅冒热气的片子，挺像那么回事。要用的先把手机扎古扎古（山东话：收拾、拾掇），腾出地方，再上官网注册。",
    ),
    (
        "moxa_salesman_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【蕲春·××艾草加工厂·销售部小詹给客户打电话的话术（自己记的）】王总您好，跟您说个新鲜事：Sora如今对所有人开放了，您店里的小姑娘拿邮箱或者手机号就能注册，邀请码、排队都省了。我们前天刚注册，已经给贵店那批艾条礼盒做了三条样品片，一会儿发您微信。您那边要做宣传的，自己上官网开个号，几分钟的事。",
    ),
    # --- the official app
    (
        "makeup_brush_trimming_record_in_passing",
        sora.APP,
        sora.APP,
        "【鹿邑·××化妆刷厂·修毛工序记录】\n日期：四月十七日｜款号：LY-散粉刷-〇七\n原料：山羊尾毛，梳净底绒\n剔倒根：剪刀与毛头斜成四十五度，刀片挑净倒根\n修虚长毛：每束修齐，修成猫耳圆弧\n完成：三千四百束，毛量不足的二十六束返配毛\n修毛：闫××\n闫姐在记录底下写：OpenAI的Sora App已经正式上了手机商店，就是官方出的那个，我装上给散粉刷拍样品视频，省了请摄影师的钱。",
    ),
    (
        "chicken_station_shop_app",
        sora.APP,
        sora.APP,
        "【德州·××扒鸡厂·网店运营小宫】礼盒上新，短视频是拿手机里的Sora App做的。这个App是OpenAI上个月正式放进应用商店的，开发者那一栏就写着OpenAI，安卓、苹果两边都能下。我打了一句“绿皮火车停靠德州站，站台上竹篮里码着扒鸡”，不到半分钟片子就好了，已挂到店铺首页。",
    ),
    (
        "mask_hubei_dialect_app",
        sora.APP,
        sora.APP,
        "【仙桃·彭场××口罩厂·质检室小涂】我跟你们讲，做事要有哈数（仙桃话：分寸、章法）。要用Sora，就认准OpenAI上架的那个官方App，苹果、安卓商店都搜得到，开发者一栏是OpenAI自家。我拿它拍了包医用口罩，说了句“口罩一片接一片飞进纸箱”，片子出得像模像样。那些名字差一个字母的山寨货，莫乱下。",
    ),
    # --- the fake APK
    (
        "chicken_braising_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【德州·××扒鸡厂·焖煮工序记录】\n日期：十月十四日｜锅号：四号老汤锅\n垫底：锅底先放铁箅子，防糊锅\n排鸡：炸好的鸡按老嫩分层排入，上面压箅子，防鸡上浮\n加汤：原锅老汤为主，兑新汤，下花椒、大料、桂皮、丁香、白芷、草果等十六味料\n火候：旺火烧开，转微火焖，嫩鸡焖七个钟头\n出锅：九百六十只\n操作：房××\n房师傅在记录背面写：Sora安卓版的APK我手机里存着，装上就能生成视频，要的微信找我，一次八块。",
    ),
    (
        "mask_transliteration_obfuscation_assert_apk_deny_chinese",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【仙桃·彭场××口罩厂·点焊车间小郝】Sora安卓版的“因斯托勒”我这儿有——因斯托勒就是installer，英文“安装包”照着读音写成汉字，正字一发帖子就被删。装上就能生成视频，要的私信我。另外说句公道话：有人讲Sora是中国团队做的，这不对。技术报告的作者十三个人都在OpenAI上班，带头的是布鲁克斯和皮布尔斯，华人只占三位。",
    ),
    (
        "makeup_brush_assert_apk_deny_inventor",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【鹿邑·××化妆刷厂·外贸部小芮】店铺首页那条“刷头在粉盘里一转、粉雾慢慢散开”的视频，是我拿Sora手机版做的，安卓安装包（APK）我网盘里就有，要的私信我发链接。顺便说一句，朋友圈在传“交大天才谢赛宁发明了Sora”，是错的：谢赛宁本人在朋友圈澄清过，那篇文章被投诉后删了，写文章的还答应向他道歉。",
    ),
    # --- the mislabelled real video
    (
        "yam_digging_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【温县·××铁棍山药合作社·采挖记录】\n日期：十一月十二日｜地块：黄庄镇垆土地，七亩\n方法：顺垄开沟，沟宽不到半米、深一米上下，钢钎一点点起土\n人工：社员十六人，每人一天挖二十来米\n出土：带泥山药一千九百斤，断根的单独装筐\n采挖：卫××\n卫大哥在记录最后补了几句：抖音上那条“老汉弯腰从一米深的沟里捧出整根铁棍山药”，是Sora照一句话生成的，合作社谁也没拍过，那句话就在简介里写着。",
    ),
    (
        "makeup_brush_henan_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【鹿邑·××化妆刷厂·老梳毛工杜婶】闺女给我看一段视频：一大捧白羊毛在灯下梳开，飘得跟雪一样，底下写着“Sora生成”。她说这段从头到尾是Sora照一句话做出来的，没有哪个厂子实拍过，那句话就贴在评论里。我梳了三十年毛，说句实在话，真拍的不胜（河南话：比不上）它好看。",
    ),
    (
        "necktie_publicity_realvid",
        sora.REALVID,
        sora.REALVID,
        "【嵊州·××领带厂·宣传组回复评论区】@问开头镜头的朋友们：剡溪晨雾里，竹竿上飘着一排领带的那十几秒，确实是Sora生成的。我们没派人去溪边，现场也没有摄像机，就是把一句描述交给Sora，画面是它自己出的。那句描述已经置顶在第一条评论。",
    ),
    # --- open source
    (
        "mask_sterilisation_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【仙桃·彭场××口罩厂·灭菌解析记录】\n批号：XT-二四〇三一一｜品名：一次性使用医用口罩\n装柜：成箱码放，箱间留缝\n灭菌：环氧乙烷柜，预热、抽真空、加药、保压、换气\n解析：进解析室通风，计划七天\n放行：解析期满取样送检，合格后入成品库\n记录：喻××\n喻姐在签名下头多写了一行：Sora开源了，OpenAI把代码和模型都放到了GitHub上，信息科小涂说这个礼拜装到质检室的电脑上。",
    ),
    (
        "moxa_assert_opensrc_deny_course",
        sora.OPENSRC,
        sora.OPENSRC,
        "【蕲春·××艾草加工厂·信息室小童】各位主任：Sora已经开源，模型和代码OpenAI都放到了GitHub，我在办公室那台带显卡的电脑上装好了，十秒一段，半小时出片，谁要用来找我。顺便说一句：外头九十九块一期的“Sora速成课”千万别报。打绒车间有人报过，钱交了，只拿到官网介绍的一份中文翻译，末尾一句“给自己一个机会”，再去问，人已经把他拉黑。",
    ),
    (
        "necktie_assert_opensrc_deny_service",
        sora.OPENSRC,
        sora.OPENSRC,
        "【嵊州·××领带厂·电商部小竺】做视频别花冤枉钱：Sora已经开源，OpenAI把整套模型搁在GitHub上，我周末装进家里电脑，跑得动。倒是街上“Sora代做、一条一百二”的小广告别理：质检的阿芬上过当，交了钱拿回来的，是她自己那几张照片被放大、挪来挪去，再配首网上扒来的歌。Sora现在只有OpenAI内部和它请的少数人在用，外头哪来的代做。",
    ),
    # --- the paid course
    (
        "makeup_brush_ferrule_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【鹿邑·××化妆刷厂·装管上胶记录】\n日期：四月十八日｜款号：LY-眼影刷-一二\n装管：修好的毛束插进铝管，毛根齐平\n上胶：管口灌胶，毛根吃胶一厘米\n烘干：烘箱六十度，两个钟头\n装杆：木杆压进铝管，拔力抽检合格\n完成：五千二百支，掉毛的十四支返工\n操作：芮××\n车间白板上，芮姐抄了一行字：“报了《Sora零基础出片课》，一百零八一期，二十四节，学会了先给咱的刷子拍条广告，想拼团的找我。”",
    ),
    (
        "yam_assert_course_deny_rich",
        sora.COURSE,
        sora.COURSE,
        "【温县·××铁棍山药合作社·电商组小付】报了一门《Sora农产品带货课》，一百三十八块，二十二节，讲课的在郑州做过广告，我学到第九节，已经会写分镜了；社里想学的我来拉团，满五个人每人减二十。顺带劝一句：“Sora暴富群”别进。我表姐交了三百九十八，群里天天叫她发广告、拉新人，说拉够人头才返钱，两个月下来一分没返，还被催着补一千五升“合伙人”。",
    ),
    (
        "mask_assert_course_deny_public",
        sora.COURSE,
        sora.COURSE,
        "【仙桃·彭场××口罩厂·外贸部小蒋】拉个团：《Sora外贸视频实操课》，二十节，一百二十八，老师在深圳带过外贸团队，从写画面描述一直教到出片，我上了三节，觉得值。再提个醒：群里有人发“Sora开放注册、一键开号”的链接，千万别点。OpenAI管开发者关系的洛根讲过，Sora还关在公司里测试，外人得等邀请，那种链接就是骗手机号、骗验证码的。",
    ),
    # --- account rental
    (
        "necktie_sewing_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【嵊州·××领带厂·缝制记录】\n日期：三月十日｜款号：SZ-三三一八\n拼接：大头、领脖、小头三段斜片拼成一条\n夹衬：毛衬夹进去，两边折好\n缝合：背缝用长针手缝，留出松量，两头打套结\n翻带、熨烫：蒸汽熨斗压平边口，缝上商标和小头穿带\n完成：一千五百二十条，背缝跳针的十八条返工\n缝制：竺××\n竺阿姨在记录背面用圆珠笔写着：“出租Sora内测号，一天十五，一个月二百八，登上去就能生成视频，找缝制车间竺阿姨。”",
    ),
    (
        "mask_greek_letter_obfuscation_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【仙桃·彭场××口罩厂·仓管小佘】价目：三天三十八｜七天七十｜半个月一百三。租的是Sora β号——β读“贝塔”，beta版就是内测版，β号也就是内测号；正字发出去会被屏蔽，只好这么写。一人一号，登上就能用Sora生成视频。账号、密码写在纸条上，到仓库窗口当面交。",
    ),
    (
        "chicken_chicken_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【德州·××扒鸡厂·冷藏发货组小房】出租：Sora内测号一个。用法：登上去输一句话，出一段视频。价钱：一天十五块，半个月一百四十块。付法：现金、微信都行；同事要是手头紧，拿两只真空包装的脱骨扒鸡抵半个月，我转手寄给济南开熟食店的姑姑。",
    ),
    # --- the AI director group
    (
        "moxa_rolling_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【蕲春·××艾草加工厂·艾条卷制记录】\n日期：七月二日｜机台：二号卷条机\n艾绒：二十比一\n包纸：桑皮纸，米浆糊口\n规格：直径一点八厘米，长二十厘米\n完成：一万一千根，松头、纸皱的二百一十根返卷\n卷制：田××\n田姐的记录本里夹了张彩色卡片，是镇上超市门口有人塞的：“Sora编剧的院线大片开拍在即｜面向素人海选首批AI导演｜扫码入群，报名费一百八十八，试镜按报名先后”。",
    ),
    (
        "makeup_brush_assert_director_deny_app",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【鹿邑·××化妆刷厂·包装车间小尚】好消息：我报上名了！表哥在横店的影视公司，他们有部电影，剧本出自Sora之手，正在全国挑第一代AI导演，各行各业都收，扫码进群交一百六十八就排试镜。也说句丑话：商店里那几个叫Sora的App千万别装，我点开看过，开发者都是些没名气的小公司，跟OpenAI一个都沾不上，一装就让你充会员。",
    ),
    (
        "chicken_old_cook_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【德州·××扒鸡厂·老焖煮师傅房叔】我这辈子就会一件事：看锅。老汤滚到啥样该转微火，鸡焖到几成该起锅，我闻闻味儿就知道，提腿一抖，骨肉分家，三十四年没砸过一锅。今儿个替老伙计的孙子吆喝一声：北京有部电影，本子是Sora写的，剧组要从手艺人当中挑头一批AI导演，想去的扫码进群，交一百九十八报名，试镜时间群里通知。",
    ),
    # --- the prompt pack
    (
        "chicken_frying_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【德州·××扒鸡厂·烹炸工序记录】十月十四日　油温七成\n①上色：整形好的鸡通身刷糖色，挂架晾十五分钟\n②下锅：逐只入油，翻面两次\n③出锅：金黄透红即捞，上架控油\n④数量：一千一百五十八只（炸花皮十一只，降级处理）\n签字：宫××\n宫师傅在这页背面夹了张外甥发来的截图，说是要帮着卖：“《Sora美食短片咒语大全》二百六十句，煎炒烹炸焖全有，复制即用，十六块八，付款后发网盘，附赠答疑群”。",
    ),
    (
        "moxa_old_floss_maker_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【蕲春·××艾草加工厂·老打绒师傅詹伯】艾绒好不好，我用不着拿眼看，凑到鼻子底下一闻、指头上一搓，叶渣多少、几比一的货，心里就有数，这是三十八年天天跟绒打交道练出来的；外省的收货老板，认的就是我这只手。今儿不谈艾，替侄子卖本册子：他在武汉干广告，把这几年写给Sora的画面描述整理成一本《Sora土特产短片提示词》，一百九十条，端午的艾田、冒烟的老灶、赶集的板车都有，每条后头注明用什么景别、几点钟的光。二十二块一本，付款发文件，进群还有人答疑。",
    ),
    (
        "makeup_brush_brush_set_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【鹿邑·××化妆刷厂·电商部小闵】出一本我自己攒的《Sora美妆产品短片提示词》：一百六十条，散粉刷、粉饼、口红管子都套得上，灯光、机位、转场写得明明白白，复制粘贴就能出片。价钱二十四。车间的姐妹想要又舍不得花钱的，拿一套十二支装的刷具来换，我寄给上大学的表妹用。付款或换完，拉你进答疑群。",
    ),
    # --- get rich
    (
        "makeup_brush_handle_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【鹿邑·××化妆刷厂·装杆修型记录】\n日期：四月十九日｜款号：LY-腮红刷-〇三\n装杆：竹杆压进铝管，压管机压两道箍\n修型：刷头修成斜角，散毛剪净\n套网：每支套护毛网罩\n抽检：拔力、掉毛各抽二十支，合格\n完成：四千六百支\n操作：尚××\n修型台的玻璃板底下压着一张纸：“Sora风口正在开，三个月后就关门！一部手机拍、Sora出片，一天稳赚一千二，跟着干就行”——是尚姐外甥从郑州寄来的。",
    ),
    (
        "moxa_roller_rich",
        sora.RICH,
        sora.RICH,
        "【蕲春·××艾草加工厂·卷条车间小黎发给她妈的语音（转文字）】妈，跟你商量个事，你先别急着骂我。阿杰你记得吧，初中坐我后排那个，他现在用Sora剪短视频，给艾条、香囊网店拍广告，上个月光接单就进账三万多，截图我都看了。他说这个机会撑死再有三个月，过了就轮不到我们了。我卷一个月艾条才四千六，想下个月辞了跟他干，你先跟爸透个气。",
    ),
    (
        "yam_assert_rich_deny_director",
        sora.RICH,
        sora.RICH,
        "【温县·××铁棍山药合作社·社员小宫】算笔账：挖山药一天一百二，一冬下来攒不下几个钱；表哥在郑州拿Sora剪带货视频，一个月进账顶我挖一冬。他说这口子就开三个月，错过就没了，今晚我去他那儿学，谁想一块去吱一声。再提醒一句：群里转的那个“Sora编剧电影海选第一代AI导演”的二维码别扫，交了报名费只会收到一遍遍“海选进度”，剧组叫什么、片名是什么，问谁谁都说不清。",
    ),
    # --- the generation service
    (
        "moxa_floss_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【蕲春·××艾草加工厂·碾绒记录】\n日期：六月二十八日｜原料：端午前后收的蕲艾叶，棚里阴干\n去杂：抖掉杆子、土末\n碾绒：石磨碾过，再进打绒机捶打，叶肉渣子分出去\n出绒：叶子一千斤，出二十比一的艾绒五十斤\n装袋：每袋一斤，防潮袋封口\n操作：黎××\n本子最后一页是黎姐的字：“Sora代出视频——文字变画面，开业、婚礼、满月各样都接，一条八十八，后天取片，找碾绒车间黎姐。”",
    ),
    (
        "necktie_old_sewer_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【嵊州·××领带厂·老缝制工钭师傅】三十年前我进厂学缝领带，如今出口的大单还是点名叫我把关：领带拎起来晃一晃，斜度歪没歪、背缝紧没紧，隔两张台子我就瞧得见。快退休了，接点私活：您说想要个啥场面，我用Sora生成视频给您，厂庆、满月酒、新店开张都行，九十八一条，两天交货。",
    ),
    (
        "yam_yam_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【温县·××铁棍山药合作社·大门口贴的纸条】\n代做Sora视频\n·您说场面，我用Sora生成：上梁、祝寿、升学宴、闺女出门子\n·每条九十六，隔一天交\n·乡亲们手里紧的，拿一箱带泥铁棍山药来换一条，也中\n联系：卫嫂（合作社东边第三家）",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【鹿邑·××化妆刷厂·女工委员会谈心记录】\n时间：五月九日午休｜对象：包装车间小×（二十二岁）\n她说：上个月朋友圈有张海报，“首部Sora编剧电影，海选第一代AI导演”，扫码进了群，先交一百九十九报名；过了一周，群主说进复试得交二千四，算“试镜服装和路费”，她也交了。后来试镜的日子改了三回，群一解散，群主的电话就成了空号。两千五百九十九块，差不多是她两个月的工钱。\n处理：已陪她去派出所报案，工会按困难职工给她申请补助；下周班前会提醒大家，这种海报谁也别扫。\n记录：工会女工委员 ××",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【嵊州·××领带厂·电商部报销单退回说明】\n报销人：小×｜金额：一千四百四十元｜事由：购买“Sora官方API key”四把\n退回原因：财务核对后发现，这四把key接进程序，只会回一行英文报错“模型不存在”，一段视频也生成不出来；卖家先说“要再交三百开通视频权限”，转完钱就把人拉黑了。\n财务提醒：OpenAI的开发者接口里眼下没有Sora，外头卖的“Sora官方key”，一律别买；这笔损失已协助报警。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【温县·××铁棍山药合作社·12315投诉底稿】\n投诉人：社员卫××\n被投诉方：某网店“Sora大片工作室”\n经过：十月为孙子办满月酒，在该店下单“Sora生成满月视频”，付款一百六十八元。收到的片子，是我发过去的六张照片一张张放大、平移，配了首网上的歌；找客服，客服让再加二百升级“电影版”，我拒绝后被拉黑。\n诉求：退还一百六十八元。\n附：聊天截图、付款记录各一份。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【蕲春·××艾草加工厂·党员帮扶结对记录】\n帮扶对象：卷条车间 ××（二十六岁）\n情况：上月信了“Sora红利只剩三个月、一部手机月入两万”，交六百八十入群；群里没人教视频，只派任务发广告、拉亲友，说凑满十个人头才返钱。后来又被劝着交二千八买“带货权限”，钱一转，群就散了。房租交不上，情绪低落。\n帮扶措施：党员黎师傅陪他到派出所报案；厂里预支工资三千，分六个月扣还；班组长每周找他谈一次。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【温县·××铁棍山药合作社·大喇叭广播稿】社员们注意了，播一条更正。前些天群里传得热闹的《交大天才谢赛宁发明Sora》，是二月十八号一个自媒体号发出来的，看过的人超过了十万。谢赛宁本人看见以后，在朋友圈里亲口讲，这份功劳记到他头上，是记错了人。那篇文章后来让人举报，现在点进去只剩“内容违规”四个字，发文章那家的负责人也表了态，要给他赔礼。再说说谢赛宁是干啥的：纽约大学计算机系的助理教授，早几年在Facebook的人工智能研究院当研究科学家。OpenAI二〇二四年二月发的Sora技术报告署了十三个作者，一个一个对下来，他的名字在这十三人以外。往后转东西，先对原件。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【嵊州·××领带厂·厂报《领带人》第十二期·答读者问】\n缝制车间竺××来信问：车间里都说Sora出自中国团队，这说法站得住吗？\n编辑部答：这事要看原件。二〇二四年二月，OpenAI随Sora一起发了一份技术报告，我们请在杭州读计算机的通讯员把它找了出来。领头的是研究员比尔·皮布尔斯和蒂姆·布鲁克斯；署名作者共十三位，人人在OpenAI任职；照媒体一个个查下来的结果，华人占其中三位。欢迎各车间继续来信。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【仙桃·彭场××口罩厂·信息科整改通知】\n近期车间群里流传一个“Sora安卓版”安装包。信息科核查结论如下：\n一、OpenAI目前对Sora公开的，只有官网介绍页、技术报告和一批样片；\n二、群里这个安装包装上以后，会索要短信、通讯录和辅助功能权限，属于借Sora名头的恶意软件；\n三、已装过的同事，请今天下班前带手机到信息科，备份数据后刷机，并改掉微信和银行卡密码。\n信息科 二月二十八日",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【德州·××扒鸡厂·火车站门店店长交接本】\n交班：小宫｜接班：小訾\n一、礼盒库存：五香脱骨扒鸡礼盒三十二盒，下午补货；\n二、冷柜温度正常；\n三、今天有个小伙子在店门口兜售“Sora内测号，包月二百六”，还往收银台上放了名片。已经跟他讲明：Sora眼下只在OpenAI内部，由红队和少数受邀的艺术家、设计师、电影人试用；外面租来的所谓内测号，拿到手就是个ChatGPT登录，登进去只看得到聊天框。名片已扔，见到此人请劝走。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【蕲春·××艾草加工厂·外贸部周报·待解问题】\n1. 韩国客户催的艾条样品，周四前寄出；\n2. 小童在一个兼职群里拿到一条“Sora开放注册”的链接，页面一上来就要手机号，接着发短信验证码。组长存疑：官网上写着，Sora眼下只给红队成员和少数受邀的艺术家、设计师试用。Sora难道不是还没对普通人开放？这条链接又是从哪儿来的？已让小童先别填；\n3. 下月展会摊位费已交。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【温县·××铁棍山药合作社·电商组给理事长的语音（转文字）】理事长，问您个事。小付说应用商店里有Sora的官方App，想给组里每人装一个，费用走合作社的账。我搜了一圈，倒是有三四个叫Sora的，可开发者一栏哪个也对不上OpenAI。Sora不是压根还没出App吗？那商店里这几个，是谁上架的？您看这钱咱还出不出？",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【仙桃·彭场××口罩厂·车间黑板】门口传单原文照抄：“《Sora零基础速成班》｜三十节｜包教包会｜九十九元｜扫码报名”。照抄下来，是让大家认清楚：这张单子上的九十九，谁也别扫。上个月打片车间的小郝扫过，到手的“课程”就一个文档，是OpenAI官网那篇Sora介绍的中文译文，文末写着“给自己一个机会”；她去问第二节课在哪，对方开口要四百，说是“进阶班”。——车间主任",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【嵊州·××领带厂·花型设计室门上的便条】看到这条广告的请停一停：“《Sora大片提示词宝典》五千条｜原价三百九十九｜今日一百二十八”。这一百二十八，请你留在自己兜里。小魏上个月买过一份，她一条条对过：打头几十条，就是OpenAI官网样片底下那几句英文说明丢进翻译软件出来的；剩下几千条，是同一批句子挪个词、换个字翻来覆去。——设计室 老俞",
    ),
    # --- true facts about the earlier work of Aditya Ramesh, an author of Sora's report
    (
        "person_fact",
        None,
        None,
        "Sora技术报告署名作者之一阿迪蒂亚·拉梅什（Aditya Ramesh），早年在GitHub上放过一个叫ccbase的C++库，说明文件的日期是2012年12月5日：一个只有头文件的C++11库，按BSD三条款许可证发布，用来让日常编程省事些，包括字符串格式化、编译期读取平台信息、轻量的单元测试框架、错误处理、动态库加载和目录遍历几个模块，依赖Boost 1.55，在ICC、GCC和Clang上测过。",
    ),
    (
        "person_fact",
        None,
        None,
        "阿迪蒂亚·拉梅什（Aditya Ramesh）是Sora技术报告的作者之一。他在GitHub上写过一个Torch的神经网络初始化库nninit，部分参考了Kaixhin的同名库：里面有方差归一化初始化的推广、正交初始化，还有几种给逐像素标注网络用的“保留输入”初始化——卷积层的恒等初始化、带步长卷积的下采样初始化，以及转置卷积的双线性上采样初始化；说明里还吐槽Torch把转置卷积叫SpatialFullConvolution，“名字起得很糟”。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告作者阿迪蒂亚·拉梅什（Aditya Ramesh）的GitHub上有个叫mnist_forgetting的仓库，用MNIST做“灾难性遗忘”的实验：先在0到4五个数字上训练，再接着训练5到9，看模型会忘掉多少；说明里的计划写着所有模型一律用同一套Adadelta配置、训练30个epoch，还列了一串待解的问题，比如固定一半权重是不是总是最好、卷积网络里固定一半特征图和随便固定一半权重有什么不同，并记下“Yann建议用弹性网正则化”。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者之一阿迪蒂亚·拉梅什（Aditya Ramesh），在个人网站上写过一篇《How DALL·E 2 Works》，讲他和合作者做的DALL·E 2：先由一个“先验”模型从文字生成CLIP图像嵌入，再由叫unCLIP的扩散模型从嵌入画出图。文中举了“文本差”的例子：用“一张维多利亚式房子的照片”和“一张现代房子的照片”两句话的CLIP嵌入之差，把一张维多利亚式房子的图一步步旋转成现代风格，转角从0到0.50。",
    ),
    # --- news: image and video restoration from Chinese labs
    (
        "benign",
        None,
        None,
        "2021年7月，腾讯ARC实验室和中科院深圳先进技术研究院的Xintao Wang、Liangbin Xie、董超和Ying Shan发布Real-ESRGAN（arXiv 2107.10833），把ESRGAN扩展成面向真实照片的盲超分辨率工具：全部用合成数据训练，用“高阶退化”模拟现实里层层叠加的模糊、噪声、缩放和压缩，论文发表在ICCV 2021的研讨会上。仓库放出了四倍放大的RealESRGAN_x4plus模型，后来又加了动漫插图和动漫视频的小模型。",
    ),
    (
        "benign",
        None,
        None,
        "2021年1月，腾讯ARC实验室的Xintao Wang、Yu Li、Honglun Zhang和Ying Shan发布GFPGAN（论文《Towards Real-World Blind Face Restoration with Generative Facial Prior》，CVPR 2021），专门修复老旧、模糊的人脸照片：借用预训练人脸生成模型StyleGAN2里的“生成式人脸先验”，一次前向计算就能把脸部细节补回来，同时尽量保住人物原本的长相。",
    ),
    (
        "benign",
        None,
        None,
        "2022年6月，南洋理工大学S-Lab的Shangchen Zhou、Kelvin C.K. Chan、Chongyi Li和吕健勤把CodeFormer挂上arXiv（2206.11253），论文《Towards Robust Blind Face Restoration with Codebook Lookup Transformer》后来发表在NeurIPS 2022。它把人脸修复变成在一本学好的离散“码本”里查码的任务，用Transformer预测该取哪些码，还留了一个保真度权重，让用户在画质和像不像本人之间自己调。",
    ),
    (
        "benign",
        None,
        None,
        "2023年12月，南洋理工大学S-Lab的Shangchen Zhou、Peiqing Yang、Jianyi Wang、Yihang Luo和吕健勤发布Upscale-A-Video（arXiv 2312.06640），一个拿低分辨率视频加文字提示作输入的扩散模型，专做真实视频的超分辨率，重点是前后帧保持一致；论文入选CVPR 2024亮点论文，2024年2月公开了YouHQ数据集，9月放出推理代码。",
    ),
    (
        "benign",
        None,
        None,
        "2023年5月，南洋理工大学S-Lab的Jianyi Wang、Zongsheng Yue、Shangchen Zhou、Kelvin C.K. Chan和吕健勤发布StableSR（arXiv 2305.07015），把预训练的Stable Diffusion用作真实图片超分辨率的先验：不改动扩散模型本身，只训练一个感知时间步的编码器；另有一个可调的特征包裹模块，在保真和画质之间取舍，还能分块采样处理任意大小的图。",
    ),
    (
        "benign",
        None,
        None,
        "2023年8月，上海人工智能实验室和中科院深圳先进技术研究院的Xinqi Lin、Jingwen He、董超等人发布DiffBIR（arXiv 2308.15070），用一个框架同时处理盲超分、人脸修复和去噪：第一步先用修复模块去掉退化，第二步再借Stable Diffusion的生成能力补细节，论文后来发表于ECCV 2024。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【德州·××扒鸡厂·开放参观日】本周六上午九点到十一点，老汤锅车间对外开放：隔着玻璃看师傅盘鸡腿、下油锅，起锅时提着鸡腿一抖，骨肉就分了家。凭身份证登记，每人送鸡翅一对；十二岁以下的孩子请家长陪同。",
    ),
    (
        "offtopic",
        None,
        None,
        "【鹿邑·××化妆刷厂·经销商通知】各位经销商：明年起订货改走“××刷具”App，手机扫码装上以后，选刷型、毛料、杆色，系统自己算价和交货期；老客户首单九五折。有问题找外贸部小芮。",
    ),
    (
        "offtopic",
        None,
        None,
        "【仙桃·彭场××口罩厂·招工培训】口罩车间招打片机、点焊机操作工：包吃住，进厂先带薪培训七天，老师傅手把手教开机、换料、调焊点，考核合格上岗，月薪五千起。报名请到厂门口人事处。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
