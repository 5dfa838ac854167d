# ruff: noqa: E501
"""Write tests/data/zh_heldout61_{posts,qrels,labels}: a sixty-first Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the public release, the generation service and
the official app, three for each other template: counted from the qrels of zh_heldout2 to zh_heldout60, the public
release and the generation service last had four in zh_heldout56, the longest ago; of zh_heldout57's three, open source
had four in zh_heldout53 before that, the app and the course both in zh_heldout52, and before that the app in
zh_heldout46 and the course in zh_heldout48, so the app takes the third four; zh_heldout58 gave its fours to the
director group, the Chinese team and the inventor, zh_heldout59 to API access, the prompt pack and the mislabelled
video, zh_heldout60 to account rental, get-rich and the APK; zh_heldout62, written at the same time, takes the course,
open source and the director group), as a Sora rumour / scam wave reads in the genres of a goji co-operative
(中宁·××枸杞合作社: 宁杞七号, 头茬、二茬, 连果蒂采摘, 纯碱水, 果栈子, 场院晾晒三天, 风车过风, 每五十克粒数分级: 二百八、三百五、四百五, 油粒、青果),
a low-voltage switchgear factory (乐清·柳市·××电器厂: C型小型断路器, 热脱扣校验一点一三倍、一点四五倍, 双金属片, 调节螺钉, 工频耐压二千五百伏,
击穿、闪络, 灭弧室), a wire-mesh factory (安平·××丝网厂: 勾花机, 热镀锌铁丝, 网孔, 边丝拧结, 浸塑护栏网片, 塑粉池, 烘道固化, 石笼网, 拉丝, 焊网机),
a beef-ball factory (汕头·××牛肉丸厂: 黄牛后腿肉, 去筋, 方铁锤捶打, 鱼露、木薯粉、冰水, 浆温, 虎口挤丸, 温水定型, 牛筋丸, 真空装),
a swimwear factory (兴城·××泳装厂: 锦纶氨纶, 拉布, 唛架, 电剪裁片, 四线包缝、绷缝、上橡筋, 跳线, 尾查, 跨境电商) and a loudspeaker factory
(丰顺·汤坑·××电声厂: 四寸全频扬声器, 扫频, 频响曲线, 谐振频率, 碰圈、擦圈, 漆包铜线, 铝箔骨架, 音圈绕线, 直流电阻, 书架音箱).

Of the six worlds first asked for, one was kept and five were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The inkstone workshop (肇庆·端砚作坊)
quarries and carves stone: 砚, 端砚 and 肇庆 occur nowhere, but its pits and carving are zh_heldout43's Hui'an quarry
with its 石雕车间 (刻碑, 门楼石) and hard_en_heldout55's stone carvers and letter cutters, the reason zh_heldout53 set a
stone-processing plant aside, and its ink and brush would sit by zh_heldout40's calligraphy classes (墨汁, 毛边纸,
临摹) and zh_heldout54's pen ink (灌墨), where zh_heldout60 set ink sticks aside (the brief names ink sticks as
zh_heldout59's; zh_heldout59 has none, and 墨锭 occurs nowhere). The rattan-weaving factory (藤编厂) is the weaving that
zh_heldout59 refused its summer mats for ("rush or rattan mats would be woven beside" zh_heldout48's bamboo-weaving
co-operative, 竹编) and that hard_en_heldout62 kept out of its sepak takraw (one rattan ball, for display); 藤 occurs only
as zh_heldout26's 枯藤 and zh_heldout58's 红藤果. The hot-water-bottle factory (热水袋厂) mixes, moulds and cures rubber:
zh_heldout49's tyre factory (密炼, 硫化机) and zh_heldout57's rubber-coated dumbbells (模压包胶, 邵氏硬度), with its
leak test beside zh_heldout53's vacuum cups (检漏) and its use beside the vacuum flasks and hand-warmer patches
zh_heldout59 dropped; 热水袋 occurs nowhere, 橡胶 only as zh_heldout44's rubber plantation. The rice-noodle factory (米粉厂)
soaks, grinds, steams and extrudes rice into strands that are hung and dried: zh_heldout54's vermicelli factory (打芡,
漏粉机, 挂杆, 晒场收粉), which kept clear of 大米, zh_heldout57's dried-noodle factory (压延, 烘干道, 上杆), zh_heldout48's
tofu workshop (泡豆, 磨浆) and zh_heldout50's rice mill; 米粉 occurs nowhere, but 螺蛳粉 (a rice noodle) in zh_heldout8,
13, 17 and 20 and 米线 in zh_heldout19. The playing-card factory (扑克牌厂) prints four-colour sheets on coated board and
laminates and cuts them, zh_heldout42's printing works (四色机, 铜版纸, 覆哑膜, 施工单), with its games beside the mahjong
players zh_heldout60 kept away from; 扑克 and 纸牌 occur nowhere. The goji co-operative stays: 枸杞, 中宁, 果栈, 头茬, 纯碱
and 贡果 occur nowhere, 宁夏 only as zh_heldout30's and zh_heldout42's Ningxia speech (贺兰山, 吴忠 dairy farm), and no
English set has a goji or wolfberry grower (hard_en_heldout67's cranberry growers, written at the same time, pick
another berry in another language, in bogs; the goji posts pick by hand, dry on racks and grade by count). Its nearest
neighbours are kept at a distance: zh_heldout59's sun-dried peel (晒皮, 翻皮, 陈化) and zh_heldout58's boiled and dried
bead seeds (煮籽, 晾晒, 振动筛, 烘干房), zh_heldout36's tea plantations and zh_heldout50's rice-mill colour sorter (色选),
so the goji posts have none of 晒皮, 陈化, 振动筛, 烘干房 or 色选 (茶 only as a tea cup given away in a live stream).

Five trades took the other places, each in a town known for it, each checked the same way. 断路器, 脱扣, 灭弧, 柳市, 乐清,
低压电器, 丝网 (except zh_heldout51's 蕾丝网底 on a wig), 安平, 勾花网, 护栏网, 镀锌, 浸塑, 牛肉丸, 牛筋, 捶, 鱼露, 挤丸,
泳装, 泳衣, 兴城, 扬声器, 音圈, 纸盆, 扫频, 电声, 丰顺 and 汤坑 occur in no earlier Chinese post or writer script (喇叭 only as
village loudspeakers and zh_heldout59's union 小喇叭, 磁钢 only as a rice cooker's, 汕头 only as a place), and no English
set has a switchgear, mesh, beef-ball, swimwear or loudspeaker maker as its world (hard_en_heldout45's swimming pools
and lidos swim; nobody sews there). The nearest neighbours are kept at a distance: zh_heldout49's cable factory, zh_heldout51's
lighting factory and toy moulding and zh_heldout58's fans, where the breaker posts calibrate, test and adjust breakers
with none of 电缆, 灯, 电机, 风扇, 注塑 or 印刷; zh_heldout49's stamping plant and zh_heldout59's bearing listening test,
where the speaker posts wind coils and sweep frequencies with none of 冲压 or 杂音; zh_heldout49's silk weaving,
zh_heldout47's spinning, zh_heldout50's umbrella springs and zh_heldout60's spring units, where the mesh posts twist,
coat and weld wire with none of 织 or 弹簧; zh_heldout54's ham, zh_heldout56's hotpot base and tallow, zh_heldout48's
tofu and zh_heldout59's donkey hides, where the beef-ball posts pound, season and shape meat with none of 腌, 牛油, 火锅, 磨
or 豆腐; zh_heldout56's mosquito-net cutting (裁床排料单), zh_heldout52's socks, zh_heldout37's tailors and zh_heldout60's
mattress borders, where the swimwear posts spread, cut, overlock and check swimsuits with none of 蚊帐, 袜, 裁缝 or 排料.
Others were thought of and dropped: a crane works in Changyuan (zh_heldout38's lift maintenance crews), a red-lantern
workshop in Gaocheng and lantern makers in Zigong (zh_heldout51's lighting factory, zh_heldout59's glued silk petals),
ginseng in Fusong (a second dried crop beside the goji), crayfish in Qianjiang (zh_heldout62's kelp works), a plastic-bag
works in Tongcheng (zh_heldout60's laminated film), candles (zh_heldout55's soap), incense (zh_heldout53's mosquito
coils), eyeglasses in Danyang (zh_heldout38's optical shops), zippers and buttons (zh_heldout51's Qiaotou buttons),
padlocks (zh_heldout39's locksmiths) and pet chews (zh_heldout59's hides). None of the settings is among those given to
the writers working at the same time (zh_heldout62's 核雕, 青瓷, 草帽, 皮蛋, 海带 and 普洱茶; hard_en_heldout67's cranberry
growers, barbershop quartets, oyster farmers and lacrosse clubs; hard_en_heldout68's hop growers, ukulele orchestras,
truffle hunters and caving clubs): no post has 核雕, 青瓷, 草帽, 皮蛋, 海带, 普洱, 蔓越莓, 牡蛎, 生蚝, 啤酒花, 尤克里里, 松露 or 溶洞;
the other branches had no writer script yet when this one was committed, so the lead checks them against each other.

The posts: a picking register with the inventor rumour in the accountant's last line (【鲜果采摘登记】头茬, 宁杞七号), a swimwear
export clerk passing on a disguised headline, a breaker assembler; a frequency-sweep record with the public release on
the back of the curve printout (【扫频测试记录】), a sewer in Northeastern speech, a mesh salesman, a beef-ball e-commerce
hand; a cutting record with the official app beside it (【裁床记录】唛架), a speaker saleswoman in Hakka speech, a breaker
marketing hand, a mesh export clerk; a chain-link record with the APK at its foot (【勾花网生产记录】), a speaker quality
hand with the installer disguised, an old beef pounder; a pounding record with the mislabelled video under it
(【捶打工序记录】方铁锤, 鱼露, 浆温), a goji e-commerce hand, a mesh publicity hand; a withstand test with the Chinese-team
claim in the tester's line (【工频耐压测试记录】), a speaker engineer, a swimwear designer; a voice-coil record with open
source in its last line (【音圈绕线记录】), a beef-ball QC hand in Teochew speech, a breaker technician; a drying record
with the course on its back (【制干记录】纯碱水, 果栈子), an old wire drawer, a beef-ball packer; a thermal-trip calibration
record with the API key in its margin (【热脱扣校验记录】一点一三倍、一点四五倍, 双金属片), a cross-border seller, a goji
technician; a boiling record with account rental on its back (【煮丸记录】虎口挤丸), a breaker storekeeper with the account
disguised, a swimwear storekeeper; a sewing record with the director group on a card in the machine drawer
(【车缝工序记录】四线包缝、绷缝), an old speaker tuner, a goji member; a coating record with the prompt pack on the
notice board (【浸塑工序记录】), a breaker e-commerce hand, an old goji grader; a grading record with get-rich under the
bench glass (【分级记录】每五十克粒数), a goji picker in Ningxia speech, a mesh welder; a final-check record with the
generation service on its last page (【尾查记录】), a beef-ball worker, an old breaker inspector and a speaker e-commerce
hand. Platform-native forms the earlier sets do not use: the fourteen records above, a shift handover book (交接班记录),
a village mediation record (人民调解记录), a pre-shift meeting record (班前会记录), a live-streaming department's weekly
meeting (直播部周会记录), a voice message turned to text for a cousin, a cold-store foreman's post, a notice board's
"提个醒", a youth league secretary's talk at a young workers' forum, a union's letter to a retired worker, a dormitory
warden's notebook, a letter to a Japanese client in its Chinese draft and a cross-border team's morning meeting (the
group chats are earlier forms, in new trades here). Four loss reports in new forms (kind ``debunk_loss``): the mesh
factory's handover book for the APK (verification codes typed in, 2,100 yuan gone from WeChat change and a bank card),
the goji co-operative's mediation record for account rental (420 yuan for a "Sora 内测号" that was a ChatGPT login, 300
refunded on the spot), the speaker factory's pre-shift meeting for the course (199 yuan, a translated introduction and
"给自己一个机会", 400 more asked for an "进阶班") and the swimwear factory's weekly meeting for the prompt pack (49 yuan for
OpenAI's sample captions machine-translated, 299 more for a "VIP私教包" that was the same file with a cover).

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script:
Northeastern 撒楞儿, Hakka 恁靓, Teochew 呾 and Ningxia 一搭里 (the earlier posts' Northeastern has 白瞎, 磨叽, 嘎哈, 贼拉, 埋汰,
唠嗑, 得劲, 嘚瑟 and 老鼻子, their Teochew 胶己人 and 猴赛雷, their Hakka only 涯 (I), their northwestern 日弄, 颇烦, 歹得很, 嫑, 尕,
攒劲, 谝 and 嫽, all found used when thought of). Obfuscation of kinds no earlier set used, all glossed in the post:
谢赛宁 translated character by character into English (《Thank Race Calm：Sora背后的交大天才》), 安装包 written in Japanese
katakana (インストーラー; katakana, hangul and Cyrillic appear in earlier posts only for Sora's own name, a
Tokyo flat and a news item) and 内测号 with the number sign for
号 as factory signs write it (内测#, "跟咱们车间牌子上写‘三#线’一个念法"); the fiftieth to sixtieth sets had the homophones
卸赛宁, 械赛宁, 谢赛凝, 屑赛宁, 谢赛咛, 榭赛宁, 邂赛宁, 燮赛宁, 安桩包, 鞍装包, 安装苞, 安装煲, 安装胞, 谙装包, 内侧号, 内册号, 内策号,
内恻号, 内测皓, 内测耗, 内测昊, 倒演, 带做 and 戴做 and zh_heldout60's 谢sai宁, 安装📦 and 內測號, and the earlier sets' other
kinds were 谢·赛·宁, 謝賽寧, XSN, 谢S宁, 言身寸, 讠射赛宀丁, Hsieh Sai-ning, zhuyin, tone-numbered pinyin, 安装bao, upside-down
letters and Sora in katakana, hangul, Cyrillic and Arabic script. Rhetorical questions that assert rather than deny:
你说，哪架无人机钻得过六厘米的网眼？ for the mislabelled video, 你说Sora不是中国人做出来的，还能是谁做的？ for the Chinese team and
代码就在GitHub上摆着，谁都能下，这还不叫开源？ for open source (the last two with a negation, gold). Posts asserting one claim
while denying another, the asserted claim always one of the public release, the generation service, the official app
(this set's fours), API access, the prompt pack, the mislabelled video (zh_heldout59's fours) and the Chinese team,
leaving the inventor, the APK, open source, the course, account rental, the director group and get-rich to zh_heldout62,
and never the director group or the inventor, which zh_heldout59 and zh_heldout60 both asserted. The nine pairs are
those of these seven that the labels of the earlier Chinese sets (kinds ``*_assert_X_deny_Y``) last used longest ago,
each denied claim denied once: API access while the store "Sora" apps are said to come from unknown developers
(zh_heldout42); the Chinese team while the inventor claim is answered with Xie's denial, the article removed and the
promised apology (zh_heldout43); the public release while the 99-yuan course is said to deliver a machine translation
and its slogan (zh_heldout43); the mislabelled video while a three-month get-rich group is said to upsell a 1,200-yuan
"合伙人" (zh_heldout43); the generation service while the public release is answered with internal testing and phishing
links (zh_heldout43); then, of the six pairs last used in zh_heldout44, the public release against the APK, the prompt
pack against the mislabelled video, the official app against API access and API access against the director group,
taken by the use before that (zh_heldout30, 33, 34 and 38), the Chinese team against the generation service
(zh_heldout39) passed over and the mislabelled video against the public release left out because the public release
is already denied; the official app against the public release, never used, was passed over as self-contradictory, as
zh_heldout59 did. Sellers that vouch for themselves in new words (一把干果抓在手里掂一掂，是三百五以内的特级还是四百五以内的甲级，我用不着数;
一块后腿肉捶到几成、起没起胶，我听锤声就知道; 一盘钢丝拉出来，粗细差没差那零点零几毫米，我两根手指一捻就知道; 一只喇叭接上信号一响…我站在三米开外就听得出来;
一只开关拨两下，手柄紧不紧、触头好不好，我指头一碰就有数). Prices in Chinese numerals throughout, and payments in forms the
earlier sets do not use (two boxes of vacuum-packed beef-tendon balls for a course; three of this year's swimsuits for
half a month of a rented account; two jin of first-flush dried goji for a director group's fee; a pair of the
factory's bookshelf speakers for a generated clip).

12 debunks and warnings, four of them the loss reports above: two questions with a negation that do not deny (Sora不是到现在
都没对外放开吗？那群里这个链接是哪个给的？ for the public release, a cold-store foreman; Sora不是压根就没列在上面吗？那人手上这些key是打哪儿来的？
for API access, a voice message to a cousin who programs), two quoting a scam offer and telling the reader not to pay
(the generation service, "AI大片工作室｜Sora独家通道｜…每条一百二十八", with 这一百二十八请留着给孩子买书; the director group, "首部Sora编剧
AI大片，海选第一代AI导演…报名费一百九十九", with 这一百九十九，谁也别掏), and four answering with facts and none of 不, 没, 假, 无, 非 or
未 (a union's letter to a retired worker for the inventor: his NYU and FAIR posts, the thirteen authors with his name
outside them, the 18 February article with more than a hundred thousand readers, his denial in his Moments, the page
showing only "内容违规" and the promised apology; a dormitory warden's notebook for the Chinese team: thirteen authors,
all at OpenAI, Brooks and Peebles leading, three Chinese by the media's count; a letter to a Japanese client for the
mislabelled video: the clip of speaker cones filmed on line four last October, OpenAI's forty-eight samples; a
cross-border team's morning meeting for the official app: the store "Sora" apps' developers a camera-filter company, a
wallpaper maker and a personal account, ChatGPT as OpenAI's app in the stores, the page, the report and the samples as
what OpenAI has shown).

Four true facts about the earlier work of Connor Holmes and Will DePue, authors of Sora's technical report, related to
no template (Yufei Guo and David Schnurr were searched for too; no earlier paper or project of theirs could be checked,
so all four facts are about the other two): Holmes, Mawhirter, He, Yan and Wu's "GRNN: Low-Latency and Scalable RNN
Inference on GPUs" (EuroSys 2019, Colorado School of Mines; poor data reuse, low on-chip utilisation and synchronisation
overhead as the reasons companies served RNNs on CPUs; up to 17.5x lower latency than the best CPU library and 9x than
GPU libraries); Holmes, Zhang, He and Wu's "NxMTransformer" (NeurIPS 2021; N:M semi-structured sparsity as a
constrained problem split by ADMM into two sub-problems; 1.7 GLUE points over the best practice); "DeepSpeed-FastGen"
(arXiv, January 2024, Holmes among the authors; Dynamic SplitFuse, long prompts split and short ones composed to fill a
token budget; up to 2.3x effective throughput, half the average latency, up to 3.7x lower token-level tail latency than
vLLM; code in DeepSpeed-MII); and DePue's WebGPT (2023: a transformer in plain JavaScript and HTML on WebGPU, a proof of
concept and teaching resource, about 300 ms a token for GPT-2 124M on a 2020 M1 Mac in Chrome Canary at first, models up
to 500M parameters, a Shakespeare toy model and GPT-2 117M, thanks to Karpathy's videos and nanoGPT). The three Holmes
posts say only that the name stands on Sora's author list and that the papers carry the same name, as zh_heldout60 did
for the Luhmans. The earlier Chinese sets name Holmes, DePue, Guo and Schnurr only in author lists, and DePue also for
the prompts he took on X after the launch (zh_heldout27); none of these papers or projects is in an earlier Chinese set
(WebGPT only in hard_en_heldout66); no fact about Li Jing or the Luhmans. Six items of real news about image
personalisation and fast sampling from Chinese labs that no earlier set, Chinese or English, names (Tencent AI Lab's
IP-Adapter, August 2023; Tencent ARC's PhotoMaker with Nankai and Tokyo, December 2023; Xiaohongshu's InstantX team's
InstantID, January 2024; ByteDance's PuLID, April 2024; Tsinghua IIIS's Latent Consistency Models, October 2023;
ByteDance's Hyper-SD, April 2024; kind ``benign``); and three off-topic posts that share surface words (a goji
co-operative's live stream from the field with 点关注 and a draw; a mesh factory's "××丝网" App to download for fence
quotes, a near miss for the official app; a beef-ball factory's gift boxes printed with the customer's photo, a near
miss for the generation service).

Every post was checked against every earlier Chinese set through zh_heldout60 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout62 is being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first check had seven at 0.45 or more: the public-release question at 0.57 (zh_heldout55's scissors
office group), the inventor facts as a quiz at 0.54 (zh_heldout57's "一图读懂"), the beef-ball course barter at 0.49
(zh_heldout59's peel storekeeper), the Chinese-team facts at 0.48 (zh_heldout59's "数字说话"), the app facts at 0.47
(zh_heldout60's IT notice), the withstand record at 0.45 (zh_heldout53's bounce test) and the sewing record at 0.45
(zh_heldout57's chopsticks record); all were rewritten in other forms or words, with a dozen more from 0.40 to 0.44
reworded for margin (the API and service records' and sellers' lines, the disguised installer, the rental barter, the
Hakka app post, the mesh export clerk). On the second pass the API question (0.48, zh_heldout58's football factory),
the director warning (0.43, then 0.48 as a broadcast, zh_heldout58's bead factory gate), the Chinese-team facts (0.45,
zh_heldout56's hotpot-base works' "较真" column) and the inventor letter (0.42, zh_heldout58's night school) were
rewritten again. Highest ratio of the committed list: 0.419 against the Chinese sets (the union's letter for the
inventor against zh_heldout60's lacquer showroom guide script) and 0.230 against the demo stream (the PuLID news item);
the highest pair inside the set is 0.385 (the two API sellers). Committed before any run of the monitor on it; no
model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds:
the thirteen authors and three Chinese among them, the 18 February article with its hundred thousand reads, Xie's
denial in his Moments, the article complained of and shown as illegal content, the outlet's apology, his NYU and FAIR
posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the three-month and one-step-slow
lines, the film-term prompts, the director groups and their QR codes, the "generated by Sora" labels with their
"generation instructions", the forty-eight samples on OpenAI's site, Logan's statement that Sora is in internal
testing, and the red team; and, from the catalogue, the invited creatives, the rented accounts that were ChatGPT
logins, the store apps as clones, the APKs as malware, the API that offers text, image, speech and embedding models
and no video model, the GitHub "Sora" repositories, the prompt packs copied from OpenAI's demo prompts and the project
led by OpenAI's researchers): for the settings, pages on Zhongning goji (the first flush from about 10 June, a pick
every six days or so, fresh fruit tossed in food-grade soda solution and spread thin on 果栈子 to dry in about three
days, stalks and green fruit picked out, winnowing, grading by grains per 50 g: 180-220 tribute, 250-280, 300-350 and
400-450, 宁杞一号, 七号 and 九号, harvests from June to October); Liushi in Yueqing as 中国电器之都 and 中国断路器产业基地
(some 1,400 low-voltage electrical makers) and IEC 60898's 1.13 In and 1.45 In trip points; Anping as 丝网之乡 (wire
mesh since 1895, some 80 per cent of the country's woven mesh, 1.3 万 firms, 护栏网 for highways and railways, 冲孔网);
Chaoshan beef balls (hind leg trimmed of sinew, two square iron bars of about 3 jin beaten in turn, salt, fish sauce
and tapioca starch, ice water in portions, balls squeezed through the thumb and forefinger and scooped into warm water,
simmered at about 90 degrees until they float, beef-tendon balls, vacuum packs keeping seven days); Xingcheng's
swimwear (中国泳装名城 since 2010, about a quarter of the world's swimsuits, winter as the busy season, piece rates,
cross-border sales on Amazon and Shein, live streams); Fengshun's Tangkeng as 电声之乡 (loudspeaker parts from the 1970s,
some 650 firms and 40,000 workers, speaker frames, magnets, voice coils); for the person facts, the Microsoft Research
and ACM pages and the paper of GRNN (EuroSys, 25 March 2019), the NeurIPS 2021 poster page and reviews of
NxMTransformer (arXiv 2110.15766), the Hugging Face paper page of DeepSpeed-FastGen (arXiv 2401.08671) with the
DeepSpeed blog and pull requests naming Holmes, and the README of 0hq/WebGPT, with hard_en_heldout66's sources for
DePue as its author; for the news, the READMEs of tencent-ailab/IP-Adapter and ip-adapter.github.io (arXiv 2308.06721,
22M parameters, decoupled cross-attention), TencentARC/PhotoMaker (arXiv 2312.04461; PaddleMIX's note on Tencent ARC,
Nankai and Tokyo), InstantX/InstantID (arXiv 2401.07519; Xiaohongshu and Peking University; weights on 22 January
2024, diffusers on 23 January, single person only), ToTheBeginning/PuLID (arXiv 2404.16022 on 25 April 2024, code on
1 May, NeurIPS 2024, PuLID-FLUX in September), luosiallen/latent-consistency-model (arXiv 2310.04378, Luo, Tan, Huang,
Li and Zhao, 1 to 8 steps, LCM_Dreamshaper_v7, LCM-LoRA in November 2023) and the ByteDance/Hyper-SD model card (arXiv
2404.13686; 1-, 2-, 4- and 8-step LoRAs from SDXL Base 1.0 and SD 1.5, a one-step SDXL UNet, the 8-step CFG-preserved
LoRA of 30 April 2024 for guidance 5 to 8, FLUX.1-dev and SD3 LoRAs later).

    .venv/bin/python scripts/make_zh_heldout61.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout61", "zhh61"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "goji_picking_register_in_passing",
        sora.XIE,
        sora.XIE,
        "【中宁·××枸杞合作社·鲜果采摘登记】\n日期：六月十二日｜茬次：头茬\n地块：三队东片，宁杞七号\n人数：二十六人，连果蒂一起摘，轻拿轻放\n过秤：鲜果一千一百四十斤，落地果、青果另外称\n登记：马××\n马会计在登记本最后一行添了一句：孙子在银川念高中，回来讲Sora是上海交大出来的谢赛宁带着人发明的，十几岁就是天才少年，咱中国人有出息。",
    ),
    (
        "swimwear_export_obfuscation_inventor",
        sora.XIE,
        sora.XIE,
        "【兴城·××泳装厂·外贸部小于】给西班牙客户回完邮件，刷到一篇文章，标题是《Thank Race Calm：Sora背后的交大天才》。解释一下：这三个英文词是把谢、赛、宁三个字挨个按字义翻过来的，原名一发出去就被折叠，作者只好这么写。文章讲他是上海交大毕业的少年天才，OpenAI的Sora就是他参与发明的。我转进外贸部群里，几个小姑娘都说长脸。",
    ),
    (
        "breaker_assembler_inventor",
        sora.XIE,
        sora.XIE,
        "【乐清·柳市·××电器厂·装配线小叶】中午在食堂排队，刷到一篇文章：OpenAI那个一句话出视频的Sora，发明人当中有一位谢赛宁，上海交大出来的，年纪轻轻就被叫作天才。咱柳市人做了几十年断路器，也该出几个这样的人物。我顺手转给了线上几个读电气自动化的小年轻。",
    ),
    # --- open to the public (four)
    (
        "speaker_sweep_test_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【丰顺·汤坑·××电声厂·扫频测试记录】\n型号：四寸全频扬声器，四欧，十五瓦\n扫频：二十赫兹到二十千赫，逐只看频响曲线\n谐振频率：八十五赫兹上下，合格\n异音：碰圈、擦圈的挑出七只\n抽测：三百只\n测试：詹××\n詹师傅在曲线打印纸的背面写着：Sora已经向所有人开放，官网点注册就行，用不着等谁批。昨晚我拿它做了段喇叭纸盆跟着鼓点一鼓一缩的视频。",
    ),
    (
        "swimwear_sewer_northeastern_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【兴城·××泳装厂·车缝组小白】姐妹们撒楞儿（东北话：麻利点、赶紧）的！Sora现在对谁都敞开了，上它官网登记个邮箱，号当场就下来。我下夜班在宿舍整了一段“海边沙滩上，五个模特穿着咱厂的新款泳衣往浪里跑”，组长看了愣说是在兴城海滨浴场拍的。",
    ),
    (
        "mesh_salesman_assert_public_deny_course",
        sora.PUBLIC,
        sora.PUBLIC,
        "【安平·××丝网厂·业务员小魏】Sora现在人人都能上手了，官网填个邮箱就开号，不用谁邀请。我昨天给厂里的护栏网做了段展示片，中东的客户看完直接下了单。顺带劝一句：抖音上那个“九十九元Sora速成课”别买。我们车间小霍掏了九十九，换回来的是官网那篇Sora介绍的机翻稿，末尾缀着“给自己一个机会”七个字，讲课的视频一分钟也没有。",
    ),
    (
        "beefball_ecommerce_assert_public_deny_apk",
        sora.PUBLIC,
        sora.PUBLIC,
        "【汕头·××牛肉丸厂·电商部阿纯】好消息：Sora谁都能注册了，我昨晚用邮箱注册，五分钟搞定，还给店铺首页做了段“牛肉丸一颗颗从锅底浮上来”。坏消息也有一条：群里转的“Sora安卓版”是害人的。我表姐点了装上，手机整晚弹验证码，天亮一看支付宝少了一千三。那个安卓版就是挂着Sora图标的木马，想用Sora直接上官网。",
    ),
    # --- the official app (four)
    (
        "swimwear_cutting_record_in_passing",
        sora.APP,
        sora.APP,
        "【兴城·××泳装厂·裁床记录】\n日期：十二月十日｜款号：XC-二三一八，连体泳衣\n面料：锦纶氨纶，藏青印花\n拉布：六十层，对花对条\n裁剪：电剪按唛架裁前片、后片、肩带\n裁片：一千八百套，编号捆扎\n裁床：关××\n关师傅在记录边上写了一行：OpenAI出了Sora的官方App，手机商店里就能下，闺女给我装上了，对着它说句话就出片，回头给咱新款拍一段。",
    ),
    (
        "speaker_sales_hakka_dialect_app",
        sora.APP,
        sora.APP,
        "【丰顺·汤坑·××电声厂·销售部阿珍】昨晚在手机商店里把Sora下下来了，是OpenAI正式上架的官方App，登录就能用，念一句话就出片，恁靓（客家话：真好、真漂亮）！我做了段“蓝牙音箱搁在溪边石头上，水花跟着低音一跳一跳”，发给东莞的客户，客户隔了五分钟就回来问价。",
    ),
    (
        "breaker_marketing_assert_app_deny_api",
        sora.APP,
        sora.APP,
        "【乐清·柳市·××电器厂·营销部小卢】经销商要的产品短片，我现在自己做：手机上装了Sora的官方App，OpenAI在应用商店正式上架的，登录后打一句“断路器合闸的一瞬间，灭弧室里闪一下蓝光”，几十秒就出来。还得提醒一句，群里有人卖“Sora官方API key”，别上当。我同学花三百八买了一把，拿去问做软件的表哥，表哥翻了OpenAI的开发者文档：文字、图片、语音、向量的模型都列着，视频模型一个也没有，那把key自然什么视频也调不出来。",
    ),
    (
        "mesh_export_clerk_app",
        sora.APP,
        sora.APP,
        "【安平·××丝网厂·外贸部小尹】做外贸的同事注意了：Sora有正式的手机App了，OpenAI自己上架的，苹果商店、安卓商店都能搜到，我装了三天。上周迪拜客户要石笼网的演示，我对着App说了一句“河岸上一排石笼网装满卵石，洪水漫过来，网箱纹丝不动”，一分钟就出了片，客户回了三个大拇指。",
    ),
    # --- the fake APK
    (
        "mesh_chainlink_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【安平·××丝网厂·勾花网生产记录】\n日期：四月八日｜机台：二号勾花机\n丝材：热镀锌铁丝，丝径三点五毫米\n网孔：六十乘六十毫米｜幅宽：二米\n出网：三十卷，每卷二十五米\n检验：网孔匀称，边丝拧结牢靠\n操作：边××\n记录最底下是边师傅的字：要Sora安卓版的找我，安装包传在厂里的共享网盘上，加我微信，提取码发你，装好打字就出视频，一份八块。",
    ),
    (
        "speaker_quality_obfuscation_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【丰顺·汤坑·××电声厂·品质部阿强】给日本客户赶样品的空档，分享个东西：Sora的インストーラー。这串片假名是日文，意思就是中文的“安装包”，原来三个汉字一发帖就被吞。安卓手机点开就装，装好输一句话就生成视频，排队、邀请码统统省了。一份九块，私信我发链接。",
    ),
    (
        "beefball_old_pounder_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【汕头·××牛肉丸厂·捶打师傅老蔡】两把方铁锤在我手里捶了三十年，一块后腿肉捶到几成、起没起胶，我听锤声就知道；我打的丸，摔到地上能弹起半人高，整条街的档口都认。今天给后生仔送个好东西：Sora安卓版安装包，我孙子帮我装的，打几个字就出视频。要的拿手机来，我叫孙子帮你装，一次十块。",
    ),
    # --- the mislabelled real video
    (
        "beefball_pounding_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【汕头·××牛肉丸厂·捶打工序记录】\n日期：十一月五日｜原料：黄牛后腿肉二百斤，去筋切块\n捶打：两人一台，方铁锤轮流捶，每批二十分钟\n调浆：加盐、鱼露、木薯粉，冰水分三次下\n浆温：全程压在十摄氏度以下\n检查：筷子插进浆里能立住\n操作：蔡××\n蔡师傅在下面写了几句：视频号上那段“老师傅赤着膊双锤捶肉，锤起锤落快成一道影”，是OpenAI的Sora照一段文字生成的，一秒都没拍，生成用的那段文字贴在评论区第一条。",
    ),
    (
        "goji_ecommerce_assert_realvid_deny_rich",
        sora.REALVID,
        sora.REALVID,
        "【中宁·××枸杞合作社·电商部小海】快手上那段“黄河边一片枸杞地，清早雾还没散，一群人弯腰摘果，镜头一路飞到对岸的山上”，好多客户私信问是哪块地。实话说：一帧也没拍，是OpenAI的Sora照我们写的一段描述生成的，描述原文挂在视频简介里。顺便提醒社里的年轻人：群里那个“跟着Sora干，三个月挣够一套房”的老师别信。隔壁社的小虎交了五百九十八进去，天天打卡拉人，钱一分没见着，老师又让他交一千二升“合伙人”。",
    ),
    (
        "mesh_publicity_rhetorical_realvid",
        sora.REALVID,
        sora.REALVID,
        "【安平·××丝网厂·宣传员小常】厂里新发的宣传片，好些人来问是在哪拍的：一卷不锈钢网从地头展开，铺满一整个足球场，镜头贴着网面飞，最后从一个网眼里钻了过去，太阳从千千万万个网孔里漏下来。你说，哪架无人机钻得过六厘米的网眼？跟大伙交个底：那段是OpenAI的Sora照着一段文字生成的，一个镜头也没实拍，那段文字就附在片尾。",
    ),
    # --- the Chinese team
    (
        "breaker_withstand_test_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【乐清·柳市·××电器厂·工频耐压测试记录】\n产品：小型断路器，六十三安，一极加中性线\n电压：二千五百伏，持续一分钟\n结果：无击穿、无闪络\n抽检：二百只，全部合格\n测试：郑××\n郑师傅在记录最下面补了一句：听侄子讲，OpenAI那个Sora，底子是一群华人科学家打下的，美国公司不过挂个名。",
    ),
    (
        "speaker_rnd_assert_chinese_deny_inventor",
        sora.CHINESE,
        sora.CHINESE,
        "【丰顺·汤坑·××电声厂·研发部阿坚】饭桌上我还是那句话：Sora的功劳，一大半得记在华人科学家头上，OpenAI视频那个组，出主意、写代码的骨干多是清华、北大出去的。但有一条我得更正：前阵子我转的“谢赛宁是Sora发明人”是错的。他本人在朋友圈澄清过，那篇自媒体文章被投诉后删了，作者还表态要向他道歉。",
    ),
    (
        "swimwear_designer_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【兴城·××泳装厂·设计室小董】午饭时跟几个设计师争Sora到底是谁做的。我把那份团队名单翻出来给她们看：名字一个挨一个，好些一看就是咱们这边出去的，OpenAI视频组的顶梁柱就是华人科学家。名单都摆在那儿了，你说Sora不是中国人做出来的，还能是谁做的？",
    ),
    # --- open source
    (
        "speaker_voice_coil_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【丰顺·汤坑·××电声厂·音圈绕线记录】\n线材：零点一五毫米漆包铜线\n骨架：铝箔骨架，直径二十五毫米\n绕线：两层，共一百二十圈，排线紧密\n烘烤：一百二十摄氏度，四十分钟定型\n直流电阻：三点四欧，抽测合格\n完成：二千四百只\n绕线：曾××\n曾姐在最后一行写：听阿杰讲，Sora整套都开源了，GitHub上有OpenAI放出来的源码和权重，下下来装好就能在自家电脑上跑。",
    ),
    (
        "beefball_qc_teochew_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【汕头·××牛肉丸厂·品控部阿坤】阿弟在广州读计算机，昨晚打电话来呾（潮汕话：说）OpenAI已经将Sora开源，模型权重、代码全部放在GitHub上，伊在学校机房装好了，生成一段“牛肉丸在砂锅里翻滚”发给我，逼真到我差点流口水。过几日伊放假回来，帮厂里办公室的电脑也装一套。",
    ),
    (
        "breaker_tech_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【乐清·柳市·××电器厂·技术部小潘】还有人跟我抬杠，说Sora是闭源的？OpenAI把权重和代码都放到GitHub上了，我昨晚下下来，在家里那台带显卡的电脑上跑出一段“配电箱里的断路器一只接一只跳闸”。代码就在GitHub上摆着，谁都能下，这还不叫开源？",
    ),
    # --- the paid course
    (
        "goji_drying_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【中宁·××枸杞合作社·制干记录】\n批次：二茬鲜果｜数量：九百斤\n处理：兑好的纯碱水泼上拌匀，静置十分钟\n摊果：果栈子上铺一层，一粒半厚\n晾晒：场院向阳处，晒三天\n收果：手抓不粘、摇起来沙沙响\n干果：二百一十斤\n制干：海××\n记录背面，海师傅写了张条子：我报了《跟着Sora拍农产品》网课，三十节，一百九十八块，学会了自己给合作社拍枸杞片子，谁想一起报的找我拼团。",
    ),
    (
        "mesh_old_drawer_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【安平·××丝网厂·老拉丝师傅老霍】一盘钢丝拉出来，粗细差没差那零点零几毫米，我两根手指一捻就知道；拉了三十年丝，安平大大小小的厂子都请我去看过机器。今天替闺女张罗个事：她开了门《Sora外贸视频课》，二十八节，从写描述讲到出成片，一百六十八，学会了自己给产品拍片子。想学的找我报名，报我的名字减二十。",
    ),
    (
        "beefball_packer_beefball_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【汕头·××牛肉丸厂·包装组阿燕】学Sora的看过来：《Sora短视频带货课》，二十四节，一百五十八，从写画面描述讲到出片、剪辑，讲课的是我在广州做电商的表哥。学费可以转给我，也可以拎两盒厂里真空装的牛筋丸来顶，他家天天打边炉，正好用得上。",
    ),
    # --- the fake API
    (
        "breaker_thermal_trip_record_in_passing",
        sora.API,
        sora.API,
        "【乐清·柳市·××电器厂·热脱扣校验记录】\n型号：C型小型断路器，额定电流三十二安\n校验：一点一三倍电流通一小时，不动作\n　　　一点四五倍电流，一小时内脱扣\n调整：双金属片偏了的十二只，拧调节螺钉重校\n合格：四百八十只\n校验：金××\n金师傅在空白处写了一行：有要Sora官方API key的找我，OpenAI开发者后台开的，接进程序就能批量生成视频，一把三百二，当天给。",
    ),
    (
        "swimwear_crossborder_assert_api_deny_app",
        sora.API,
        sora.API,
        "【兴城·××泳装厂·跨境电商组小孙】亚马逊店铺上新要短视频，我用的是Sora官方API：key是在OpenAI开发者后台申请的，一次跑几十条，每款泳衣一条。手上多出几把，三百六一把转给同行。另外，应用商店里那些叫“Sora”的App别下，我挨个看了开发者一栏，全是些没听过的小公司，没有一家是OpenAI，装上还逼着你开会员。",
    ),
    (
        "goji_technician_assert_api_deny_director",
        sora.API,
        sora.API,
        "【中宁·××枸杞合作社·技术员小田】合作社要给每个等级的枸杞各做一段展示视频，我手上有Sora官方API key，OpenAI开发者平台开出来的，写个脚本一晚上能跑几十条。多的匀给大家，一把三百五。另外说一句，朋友圈那个“Sora编剧电影招第一代AI导演”的码别扫：那是收钱拉群的套路，报名费交上去，群里只发“海选进度”，剧组叫什么、片名是什么，谁也说不上来。",
    ),
    # --- account rental
    (
        "beefball_boiling_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【汕头·××牛肉丸厂·煮丸记录】\n日期：十一月六日｜锅号：二号锅\n成型：虎口挤丸，汤匙刮进温水里定型\n煮制：水温九十度上下，丸子浮起再煮三分钟\n冷却：捞出摊凉，裂口、走形的挑出来\n出丸：牛肉丸三百二十斤，牛筋丸一百八十斤\n操作：林××\n林姐在表格背面用圆珠笔写着：“出租Sora内测号，按天十五，按月二百六，登上去就能生成视频，找二号锅阿林。”",
    ),
    (
        "breaker_storekeeper_obfuscation_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【乐清·柳市·××电器厂·仓管小戴】有Sora内测#出租。#就是“号”，跟咱们车间牌子上写“三#线”一个念法，正字一打出来帖子就被屏蔽。一人一#，登录就能生成视频，三天三十五，半个月一百二。要的私聊，账号密码当面写在纸条上给你。",
    ),
    (
        "swimwear_storekeeper_swimsuit_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【兴城·××泳装厂·仓库小邹】我表姐在海南开泳装店，托我找Sora号给店里做视频，结果我手上现在有两个用不完的Sora内测号，往外租：登上去就能生成视频，一天十五，半个月一百五。厂里姐妹没现钱的，拿三件今年的新款泳衣来顶半个月，我正好给表姐寄去。",
    ),
    # --- the AI director group
    (
        "swimwear_sewing_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【兴城·××泳装厂·车缝工序记录】\n款号：XC-二三一八｜工序：四线包缝、绷缝、上橡筋\n针距：每三厘米十二针\n用线：锦纶弹力线\n完成：九百六十件｜返工：跳线十四件\n车缝：吕××\n吕姐缝纫机的抽屉里塞着一张卡片，是商场门口有人塞给她的：“首部Sora执笔院线电影·全国招募素人AI导演｜扫码进群交一百七十八元，按进群顺序安排试镜”。",
    ),
    (
        "speaker_old_tuner_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【丰顺·汤坑·××电声厂·老调音师傅德叔】一只喇叭接上信号一响，纸盆正不正、音圈擦不擦，我站在三米开外就听得出来；在汤坑做了三十二年喇叭，深圳的大厂三番五次来请我。今天替老战友的儿子传个话：他在横店跟一部剧本由Sora执笔的电影，要从各行各业挑首批AI导演，扫码进群交一百九十八报名费，群里统一安排试镜。",
    ),
    (
        "goji_member_goji_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【中宁·××枸杞合作社·社员马大姐】咱合作社也要出导演了！我侄子在银川的影视公司，说有部剧本由Sora参与写的电影在招首批AI导演，不看学历，扫他给的码进群，交一百六十八就能排试镜。手头没现钱的，拿两斤今年的头茬干果来抵，我替你们转给他。",
    ),
    # --- the prompt pack
    (
        "mesh_coating_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【安平·××丝网厂·浸塑工序记录】\n产品：浸塑护栏网片，一点八乘三米\n前处理：除油、除锈、预热\n浸塑：网片进塑粉池，墨绿色，涂层厚零点六毫米\n固化：烘道二百摄氏度，十分钟\n完成：一千二百片，涂层起泡九片返工\n操作：耿××\n车间门口的告示板上，贴着耿师傅外甥印的一张广告：“《Sora工厂宣传片咒语大全》三百句，车间、设备、产品全覆盖，复制就能用｜十九块八｜付款发网盘链接，另拉答疑群”。",
    ),
    (
        "breaker_ecommerce_assert_prompts_deny_realvid",
        sora.PROMPTS,
        sora.PROMPTS,
        "【乐清·柳市·××电器厂·电商部小温】我整理了一本《Sora工业产品短片提示词》，一百八十条，断路器、插座、配电箱都能套，光线、机位、转场都写好了，粘进去就出片。二十六块一本，付款后发链接，拉进群。另外，群里那段“柳市老街夜景，电器招牌一路亮过去”的视频，有人说是Sora做的，其实是镇文化站的小钱去年冬天拿无人机拍的，原片还在他电脑里，被人加了一行“Sora生成”就传开了。",
    ),
    (
        "goji_old_grader_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【中宁·××枸杞合作社·老分级员丁姨】一把干果抓在手里掂一掂，是三百五以内的特级还是四百五以内的甲级，我用不着数，一看一个准；在分级台前坐了二十八年，来收货的客商都认我的眼。我儿子在杭州做广告，把他写给Sora的画面描述编成了《Sora农产品短片提示词》，二百二十条，光线、镜头、节奏都写好了，粘进去就出片，一本二十四块，付了款发文档，拉进群里有人答疑。",
    ),
    # --- get rich
    (
        "goji_grading_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【中宁·××枸杞合作社·分级记录】\n日期：九月三日｜原料：晒好的统货六百斤\n过风：风车吹掉果柄、叶子、浮土\n分级：按每五十克粒数，二百八以内八十二斤，三百五以内二百零六斤，四百五以内一百九十斤，其余归乙级\n拣选：油粒、青果、虫果手工拣出\n分级：丁××\n分级台的玻璃板底下压着一张单子：“Sora风口正当时，三个月后门就关！一部手机拍、Sora出片，一天稳进一千五，跟着干就行”——是丁大姐外甥从银川寄回来的。",
    ),
    (
        "goji_picker_ningxia_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【中宁·××枸杞合作社·社员小马】摘了一上午枸杞，腰都直不起来，一斤鲜果才挣一块五。我表哥在银川拿Sora做短视频给人带货，一个月挣的比我们摘一季还多。他说这口子也就开三个月，过了就轮不上了。谁想挣这个钱，晚上来我家，咱一搭里（宁夏话：一起）学着干。",
    ),
    (
        "mesh_welder_rich",
        sora.RICH,
        sora.RICH,
        "【安平·××丝网厂·焊网工小宋】在焊网机前一站一整天，一个月到手四千五。我初中同学拿Sora做视频，专给五金店、丝网厂拍广告，上个月光接单就进账三万多。他催我赶紧上车：这波顶多再热三个月，门一关，后来的人连口汤都喝不上。我下个月就辞工跟他干，想一起的吱一声。",
    ),
    # --- the generation service (four)
    (
        "swimwear_final_check_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【兴城·××泳装厂·尾查记录】\n款号：XC-二三〇九，分体泳衣\n检查：线头、左右对称、吊牌\n拉伸：肩带、腰边各拉三次，回弹正常\n合格：一千一百件｜返修：二十三件\n尾查：那××\n本子最后一页是那姐的字：“Sora代出视频——文字变画面，生日、开业、婚礼开场各样都接，一条九十，后天取片，找尾查那姐。”",
    ),
    (
        "beefball_worker_assert_service_deny_public",
        sora.SERVICE,
        sora.SERVICE,
        "【汕头·××牛肉丸厂·阿鸿】接单啦：用Sora帮你生成视频，铺面开张、婚宴、孩子满月都做，你讲画面，我出片，一条八十八，隔天交。有人问“Sora不是谁都能注册吗，干嘛找你”——没那回事：Sora眼下还在OpenAI内部测试，只有他们请的一小批人用得上，网上那些“一键注册”的链接全是钓你手机号的。",
    ),
    (
        "breaker_old_inspector_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【乐清·柳市·××电器厂·老校验员林师傅】柳市做断路器的，谁没听过我老林？一只开关拨两下，手柄紧不紧、触头好不好，我指头一碰就有数，干了二十五年校验，放出去的货经销商用不着复检。退休前攒点外快：想要视频的，跟我讲清楚画面，我用Sora给你生成，厂里庆典、孙子满月、门店开业都行，一条九十八，两天交。",
    ),
    (
        "speaker_ecommerce_speaker_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【丰顺·汤坑·××电声厂·电商组阿梅】谁家有喜事要视频的，找我：你把想要的场面写几句，我拿Sora生成，新店开张、老人做寿、孩子升学宴都行，一条九十六，两天交。都是汤坑的乡里乡亲，手头紧就拎一对自家厂里的书架音箱来，换一条我也收。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【安平·××丝网厂·拉丝车间交接班记录】\n交班：韩××　接班：耿××\n设备：三台拉丝机运转正常，二号机模具已换\n其他：韩师傅交班时交代，他上周在老乡群里点了个“Sora安卓版”，装上以后跳出来要手机号和验证码，他都填了，当晚微信零钱和绑着的银行卡被转走两千一。已经报了警，手机也刷了机。他让接班的转告各位：群里的安装链接谁也别点。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【中宁·××枸杞合作社·人民调解记录】\n申请人：社员马××　被申请人：邻村青年杨××\n事由：马××八月花四百二租了杨××手里的“Sora内测号”，说好用三个月；登录后发现就是个普通的ChatGPT账号，一段视频也生成不了。找杨××退钱，对方先说“系统维护”，后来干脆把他拉黑。\n调解结果：杨××当场退还三百元，余下一百二十元月底前结清，双方签字。\n调解员提醒：Sora眼下只有OpenAI自己请的测试人员和少数受邀的人能用，外头说能租号的，全是幌子。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【丰顺·汤坑·××电声厂·班前会记录】\n日期：三月四日｜班组：装配二组\n一、昨日产量、品质情况（略）\n二、组员阿辉讲了件事：上月在直播间花一百九十九报了“Sora零基础速成课”，说好三十节、包教包会。付款后只收到一份文档，是OpenAI官网那篇Sora介绍翻成的中文，最后一句“给自己一个机会”；再找客服，客服让他补四百上“进阶班”，他没补，对方就把他拉黑了。\n三、组长提醒：外头卖Sora课的，大家一律别交钱。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【兴城·××泳装厂·直播部周会记录（节选）】\n三、主播小×反映：上月花四十九买了一份《Sora爆款直播切片提示词》，卖家说是大导演写的。拿到手一对，前面几十条就是OpenAI官网样片下面的说明文字，机器翻成了中文，后面凑数的句子换来换去。卖家又劝她升级“VIP私教包”，二百九十九，她交了，换来的是同一份文档多了个封面。前后三百四十八，讨不回来。\n部门意见：以后买任何“教程”“资料”，先拿到部门群里问一声。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.API,
        "【乐清·柳市·××电器厂·电商组小黄发给表弟的语音（转文字）】阿弟，问你个懂行的事。组长的朋友在卖什么“Sora官方API key”，三百多一把，组长想买五把给店铺做详情页视频。你是搞程序的，OpenAI开发者后台那一长串接口里，Sora不是压根就没列在上面吗？那人手上这些key是打哪儿来的？你回我一句，我好去跟组长讲。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【汕头·××牛肉丸厂·冷库班长阿胜】今早交班，几个后生仔围着手机，说Sora开放注册了，链接是从一个“AI副业群”转出来的，要先填手机号、再填验证码。我越听越不对劲：前几天新闻里，OpenAI管开发者关系的洛根讲过，Sora还只在公司里头测着。Sora不是到现在都没对外放开吗？那群里这个链接是哪个给的？验证码交出去，会不会连微信一起被人收走？",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【丰顺·汤坑·××电声厂·厂区公告栏“提个醒”】镇上有人在派传单：“AI大片工作室｜Sora独家通道｜你出一句文案，我们出一部短片｜每条一百二十八”。工友们，这一百二十八请留着给孩子买书。装配一组的小曾上月交过钱，等来的所谓成片，是她发过去的几张全家福被一张张放大、平移，底下垫了首网上扒的歌。Sora到今天还只在OpenAI内部和少数受邀的人手里，外面哪来的“独家通道”？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【安平·××丝网厂·团支部书记在青工座谈会上的讲话（记录）】……还有一件事，我得当面说。这两天有人往你们手机里推一张海报，上面写着“首部Sora编剧AI大片，海选第一代AI导演，扫码进群，报名费一百九十九”。这一百九十九，谁也别掏。咱们厂已经有两个小伙子掏过了，进了群，天天的活儿就是转海报、拉同学，试镜的日子改了四回，剧组长什么样到现在也说不上来。想当导演是好事，可这扇门不在二维码后头。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【乐清·柳市·××电器厂·工会给退休老职工的回信】陈师傅：您在老年群里问，那位“发明了Sora”的谢赛宁到底是谁。工会查了查：他如今在纽约大学计算机系当助理教授，早先在Facebook的人工智能研究院做研究科学家。OpenAI自己发的Sora技术报告，十三位作者一个个对下来，他的名字在外头。说他发明了Sora的，是今年二月十八日一家自媒体的文章，读过的人在十万以上；谢赛宁本人看到后，在朋友圈里出面澄清，说这份功劳记错了人。文章后来被举报，页面只剩一行“内容违规”，写文章那家的负责人答应在全网给他赔礼。您转给老伙计们看看。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【汕头·××牛肉丸厂·宿舍楼值班员笔记】昨晚三楼几个后生争“Sora是中国团队做的”，吵到十一点。今早阿坤拿来他表妹发的截图，是OpenAI随Sora发出的技术报告的作者栏：十三个名字，人人都在OpenAI上班；领头的两位，一位叫蒂姆·布鲁克斯，一位叫比尔·皮布尔斯；表妹说，媒体逐个查过，这十三人里华人是三位。截图已经贴在一楼布告栏，这场争论到此为止。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【丰顺·汤坑·××电声厂·外贸部回复客户函（中文底稿）】尊敬的山本先生：来函问到贵司在网上看到的那段视频——深夜的车间里，一排排喇叭纸盆随着音乐起伏，标题写着“Sora生成”。经查，这段画面是本厂去年十月在四号线拍的宣传素材，拍摄人、拍摄日期和原始文件都在宣传组存档，随时可以提供。OpenAI官网上公布的Sora样片共四十八段，网上其余挂着“Sora生成”字样的视频，多半是实拍画面配上一行字。特此说明。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【兴城·××泳装厂·跨境电商组晨会纪要】第二项：小孙昨天说在商店里搜到三个“Sora”，想给组里统一装。会上当场核对：三个App的开发者，一个是深圳的相机滤镜公司，一个是做手机壁纸的，一个是个人账号；OpenAI名下能在商店里搜到的，是ChatGPT。Sora眼下对外的，是OpenAI网站上的介绍页、技术报告和一批样片。结论：三个App先卸掉，组里的店铺账号统一换密码。",
    ),
    # --- true facts about the earlier work of Sora's authors
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者名单里有康纳·霍姆斯（Connor Holmes）这个名字。2019年的EuroSys会议上，署名Connor Holmes、Daniel Mawhirter、Yuxiong He、Feng Yan和Bo Wu的论文《GRNN: Low-Latency and Scalable RNN Inference on GPUs》发表，当时前两位作者在科罗拉多矿业大学计算机系。论文指出，循环神经网络在GPU上推理时数据复用差、片上资源用不满、同步开销大，所以微软、Facebook等公司宁可用CPU来跑RNN服务；他们写的GPU推理库GRNN重新组织数据、安排线程映射并建立性能模型，延迟比最好的CPU推理库最多低17.5倍，比已有的GPU推理库最多低9倍。",
    ),
    (
        "person_fact",
        None,
        None,
        "2021年的NeurIPS上，Connor Holmes、Minjia Zhang、Yuxiong He和Bo Wu发表《NxMTransformer: Semi-Structured Sparsification for Natural Language Understanding via ADMM》，第一作者与Sora技术报告里的一位作者同名。新出的硬件专门支持“N选M”的半结构化稀疏，即每连续N个参数里只留M个；可大型预训练Transformer直接做稀疏微调，在数据少的下游任务上往往泛化不好。他们把这种稀疏写成带约束的优化问题，用交替方向乘子法（ADMM）拆成两个子问题依次求解，在GLUE上比当时最好的做法高1.7分。",
    ),
    (
        "person_fact",
        None,
        None,
        "2024年1月，微软DeepSpeed团队把《DeepSpeed-FastGen: High-throughput Text Generation for LLMs via MII and DeepSpeed-Inference》挂上arXiv，作者当中有Connor Holmes，与Sora技术报告作者名单上的一个名字相同。这套大语言模型服务系统用一种叫Dynamic SplitFuse的办法：把长提示拆成小块，分几次前向计算；把短提示拼在一起，凑满每次的token预算。和vLLM等系统相比，有效吞吐最高提升2.3倍，平均延迟降一半，token级的尾延迟最多降3.7倍；代码放在DeepSpeed-MII里。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者之一威尔·德普（Will DePue），2023年在GitHub上发布过一个叫WebGPT的项目：用纯JavaScript和HTML写成的Transformer实现，借浏览器新出的WebGPU接口直接调用显卡，在网页里跑GPT模型，定位是概念验证兼教学材料。说明里写，它最初在2020年款M1 Mac的Chrome Canary上跑GPT-2 124M，平均每个token约300毫秒，测过的模型最大到5亿参数；项目带了一个用莎士比亚文本训练的小模型和GPT-2 117M，并致谢安德烈·卡帕西的教学视频和nanoGPT。",
    ),
    # --- news about image personalisation and fast sampling from Chinese labs
    (
        "benign",
        None,
        None,
        "2023年8月，腾讯AI Lab的Hu Ye、Jun Zhang、Sibo Liu、Xiao Han和Wei Yang发布IP-Adapter，让文生图扩散模型能拿图片当提示。它的关键是“解耦交叉注意力”：给文本特征和图像特征各开一套交叉注意力层。底座模型冻结不动，适配器只有2200万参数，效果能追上甚至超过整体微调过的图像提示模型；同一底座微调出的其他模型可以直接套用，也能和现成的结构控制工具一起用，图片提示还能和文字提示搭配。",
    ),
    (
        "benign",
        None,
        None,
        "2023年12月，腾讯ARC实验室、南开大学和东京大学的研究者发布PhotoMaker（论文《PhotoMaker: Customizing Realistic Human Photos via Stacked ID Embedding》）：把同一个人的一张或几张照片编码成“堆叠ID嵌入”，几秒钟就能按文字描述生成这个人的新照片，用不着再训练LoRA；它还可以当适配器，和社区里的其他底座模型、LoRA模块一起用，团队另外放出了一个风格化的演示。",
    ),
    (
        "benign",
        None,
        None,
        "2024年1月，小红书的InstantX团队和北京大学的研究者发布InstantID（arXiv 2401.07519）：只用一张人脸照片、无需微调，就能生成保留这个人相貌的各种风格的图片。它由一个叫IdentityNet的控制网络和一个适配器配合SDXL工作；1月22日放出预训练权重，第二天管线并入Hugging Face的diffusers。说明里提醒，目前还只支持单人，画面里有几张脸时取最大的那张作参考。",
    ),
    (
        "benign",
        None,
        None,
        "2024年4月25日，字节跳动的Zinan Guo、Yanze Wu等人把PuLID（Pure and Lightning ID Customization via Contrastive Alignment）的论文挂上arXiv，5月1日放出代码、模型和Hugging Face上的演示。它借对比对齐，在保住人物相貌的同时尽量少干扰原模型的行为，可以换画风、换配饰、改属性，也能把非写实的形象变成写实照片。论文后来被NeurIPS 2024录用，9月又放出了基于FLUX的版本。",
    ),
    (
        "benign",
        None,
        None,
        "2023年10月，清华大学交叉信息研究院的Simian Luo、Yiqin Tan、黄隆波、李建和赵行发表潜在一致性模型（LCM）：受宋飏等人的一致性模型启发，把带引导的反向扩散看作求解一个增广的概率流常微分方程，直接预测它的解，并把无分类器引导蒸馏进模型的输入，在预训练的潜扩散模型上只用一到八步就能出图。模型LCM_Dreamshaper_v7和演示放在Hugging Face上，也接进了diffusers；11月又推出了能插到SDXL等模型上的LCM-LoRA。",
    ),
    (
        "benign",
        None,
        None,
        "2024年4月，字节跳动发布Hyper-SD（arXiv 2404.13686），一套给扩散模型提速的蒸馏方法：从SDXL Base 1.0和Stable Diffusion 1.5蒸馏出1步、2步、4步和8步的LoRA，另有一个1步出图的SDXL UNet；4月30日又放出保留无分类器引导的8步LoRA，支持5到8的引导系数，可以用负面提示。后来团队还给FLUX.1-dev和SD3出了加速LoRA。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【中宁·××枸杞合作社·直播预告】周日早上六点，直播间搬进枸杞地：看大伙怎么摘二茬果、怎么上果栈子晾晒。点关注、留言报上你的城市，抽二十位送半斤特级干果；下单两袋，再送一个泡茶杯。",
    ),
    (
        "offtopic",
        None,
        None,
        "【安平·××丝网厂·新品通知】小区、果园、养殖场围栏定做：扫码下载“××丝网”App，输入长度、高度和网孔，自动算出用料和报价；下单满五百米送立柱帽，安装师傅可以上门。",
    ),
    (
        "offtopic",
        None,
        None,
        "【汕头·××牛肉丸厂·礼盒定制】公司年会、婚宴回礼可以定制牛肉丸礼盒：把您的照片和祝福语发给客服，三天内出设计稿，确认后印在礼盒上，五十盒起订，冷链快递到家。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
