# ruff: noqa: E501
"""Write tests/data/zh_heldout71_{posts,qrels,labels}: a seventy-first Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the paid course, the official app and open
source, three for each other template: counted from the qrels of zh_heldout2 to zh_heldout70, the three whose last
four is longest ago are the course (last fours 57, 62, 66), the app (57, 61, 66) and open source (57, 62, 67); the
director group (58, 62, 67) and the Chinese team (58, 63, 67) tie with open source on 67, and open source takes it,
its four before 62 being in 57; zh_heldout72, written at the same time, takes the director group, the Chinese team and
the inventor rumour), as a Sora rumour / scam wave reads in the genres of a cherry orchard (烟台·××樱桃园: 美早, 红灯, 疏花,
壁蜂, 烟堆防冻, 防雨棚, 棚膜, 压膜线, 冷风间, 冷链), a sika-deer farm (双阳·××梅花鹿场: 二杠茸, 保定架, 锯茸, 止血粉, 公鹿舍, 母鹿舍, 火碱水),
a wicker factory (临沭·××柳编厂: 杞柳条, 泡条, 剥皮机, 收口, 洗衣筐, 唛头, 熏蒸, 四十尺柜, 青岛港), a soft-shelled turtle farm (汉寿·××甲鱼养殖场:
种蛋白点朝上, 河沙, 孵化房, 外塘, 食台, 晒背台), a pomelo orchard (平和·××蜜柚园: 果棚, 日灼, 徒长枝, 滴水线环沟, 涂白, 清园) and a peanut
co-operative (正阳·××花生合作社: 收获机起秧, 倒放成垄, 摘果机, 四粒红, 脱壳机, 秕仁).

Of the six worlds first asked for, one was kept and five were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The Yantai cherry orchard stays: 樱桃 and
美早 occur nowhere, 烟台 only as the place a director-group victim paid in zh_heldout54, 车厘子 only in zh_heldout12's
off-topic fruit-shop price, and "cherry" in English only as petals, a cherry picker, a log or fruit by a road (no
cherry grower); it is a third fruit orchard beside zh_heldout69's jujubes and zh_heldout70's kiwifruit, and a second
Shandong fruit beside zh_heldout72's Laiyang pears (noted for the lead); its posts have none of 梨, 套袋, 疏果 or 采摘游.
The Anji bamboo-chair factory (安吉·竹椅厂): 竹椅 occurs nowhere, but 安吉 is zh_heldout64's Anji office-chair factory
(转椅厂), a chair factory in the same town, and 竹 is in thirty sets. The Yingde black-tea factory (英德·红茶厂): 英德 occurs
nowhere and 红茶 only as a coffee note and kombucha, but the tea factory (茶厂) is zh_heldout36's world and many later
writers set tea aside for it, and zh_heldout72 has a Wuzhou Liubao tea factory this round. The Shanlian writing-brush
workshop (善琏·湖笔作坊): 善琏 and 湖笔 occur nowhere, but zh_heldout67 thought of and dropped it, the goat-hair trimming of
a Luyi make-up brush factory (鹿邑·化妆刷厂, 修毛) is the same craft, and zh_heldout72's Shexian ink-stick workshop is its
stationery sibling this round. The Danzhai batik workshop (丹寨·蜡染坊): 丹寨 and 蜡染 occur nowhere, but batik is
hard_en_heldout48's batik co-operative, and tie-dye (扎染) zh_heldout67's and 68's Dali workshop, the same dyeing
trade; Danzhai is also a Miao county beside zh_heldout72's Leishan silver. The Shoushan stone-carving workshop
(寿山·石雕坊): 寿山 occurs nowhere, but 石雕 is zh_heldout43's quarry carving shed (set aside for it by later writers) and
carving is in over twenty English sets. Five trades took their places, each in the town known for it and grepped the
same way: sika deer at Shuangyang (双阳, 梅花鹿, 鹿茸 and 锯茸 occur nowhere; 鹿 only as names and places, 鹿邑 and 鹿特丹; "sika"
in English only as a Twi word for money; the deer posts have no 茸 in an English world), wicker at Linshu (临沭, 柳编 and
杞柳 occur nowhere, 柳条 only as willows by a bridge in zh_heldout54, wicker and willow in English only as lantern frames
and baskets in passing), turtles at Hanshou (汉寿 and 甲鱼 occur nowhere, "turtle" in English only in hard_en_heldout65
and 68 in passing), pomelos at Pinghe (平和, 蜜柚, 琯溪 and 柚 occur nowhere) and peanuts at Zhengyang (正阳 and 花生 occur
nowhere; the nearest are zh_heldout69's sunflower-seed roastery and zh_heldout60's sesame candy, so the peanut posts
lift, dry, pick and shell with none of 炒, 焙 or 五香). Others were thought of and dropped: a guzheng factory at Lankao
(zh_heldout52 set aside a musical-instrument factory, erhu), shadow puppets (set aside twice), sesame oil (zh_heldout60's
sesame), crayfish at Xuyi (zh_heldout63 and 64), goji at Zhongning (zh_heldout61), donkey-hide glue and chenpi
(zh_heldout59), woks at Zhangqiu (zh_heldout67), Zhuji pearls and socks, towels, sika-free antler shops, lotus seeds (a
sibling of zh_heldout70's lotus starch) and hairy crabs (hard_en_heldout78's crabbing). None of the settings is among
those of the sets written at the same time (zh_heldout72's 莱阳梨园, 长沙湘绣厂, 梧州六堡茶厂, 歙县徽墨作坊, 雷山苗银作坊 and 宜兴紫砂作坊;
hard_en_heldout77's gurning, dowsing, sandcastles and snail racing; hard_en_heldout78's toe-wrestling, rushbearing,
shape-note singing and crabbing): no post has 梨, 绣, 六堡, 墨, 苗银, 紫砂, 蜗牛 or 螃蟹.

The posts: an antler-cutting record with the inventor rumour in its last line (【锯茸记录】), a pomelo worker's Moments and
a wicker exporter asserting the inventor while denying the Chinese team; a pomelo harvest record with the public
release on its back, a peanut members' group and a wicker live stream; a wicker soaking and peeling record with the
official app in its last box, a deer keepers' group, a pomelo shop hand and a peanut e-commerce hand; a turtle
hatching record with the APK's QR code, a cherry grower asserting the APK while denying the public release and a
wicker mechanic giving the suffix in a Polybius square; a rain-shelter record with the mislabelled video at its end, a
deer farm manager's wife and a peanut technician; a peanut lifting and drying record with the Chinese team, a turtle
feed group and an old wicker weaver; a pond feeding record with open source under the signature, a pomelo technician
asserting open source while denying a mislabelled video, a deer farm's network hand and a cherry keeper in Jiaodong
speech; a blossom-thinning record with a course receipt, a turtle cashier asserting a course while denying the
inventor, a deer salesman asserting a course while denying account rental and a peanut grower bartering a course for
a sack of peanuts; a basket inspection record with an API key in pencil, a pomelo e-commerce hand's rhetorical
question and a turtle technician bartering keys for turtles; a shelling record with account rental in its margin, a
wicker storekeeper renting under a rail-fence cipher and a cherry pickers' group; a pruning record with the director
group, a peanut accountant asserting the group while denying API access and a wicker designer asserting it while
denying a prompt pack; a pen disinfection record with a prompt pack's blurb on its back, a pomelo shop owner and a
turtle e-commerce hand; a container-loading log with get-rich on a slip, a deer keeper in Northeastern speech asserting
get-rich while denying the official app and a pomelo grower asserting it while denying the APK; a sorting and boxing
record with the generation service's handbill, a peanut grower vouching for himself in new words (一把花生攥在手里，掂一掂我就说得出今年的出仁率)
and a turtle farm's office hand. Forms new in these trades: the fourteen records above (锯茸, 采收, 泡条剥皮, 孵化, 搭防雨棚,
起收晾晒, 外塘投喂, 疏花, 编筐质检, 脱壳, 修剪施肥, 鹿舍消毒, 出口装柜, 分拣装盒), a canteen blackboard, a workshop propaganda board, a
workers' home reminder slip (职工之家的提醒单), an employee's self-criticism to the manager (检讨), a situation report to the
co-operative (情况反映), a letter for help to the union (求助信) and an after-sales group message; the group chats,
Moments, live stream and notes are earlier forms in new trades.

Four loss reports (kind ``debunk_loss``), for the four scams whose loss reports are longest ago (the director group,
API access, get-rich and the generation service, last in zh_heldout67 and 68; the course, the APK, account rental and
the prompt pack had theirs in zh_heldout69 and 70): a peanut member's report for the director group (199 and then 750
of "试镜差旅费", 949 yuan, the group dissolved, reported to the police); a turtle farm hand's self-criticism for API access
(190 yuan, a key that answers only in text, 300 more asked as an "开通费", blocked); a wicker worker's letter to the
union for get-rich (880 yuan to join, three relatives drawn in at 880 each, the organiser's account deleted, 3,520
yuan); and a pomelo shop hand's after-sales message for the generation service (280 yuan for her own six photos
enlarged and panned under a downloaded song, 160 more asked for an "upgrade"). Eight debunks and warnings besides:
the inventor and the Chinese team, as in every set, and the six whose debunks are longest ago (the public release, the
official app, the APK, the course, account rental and the prompt pack, last in zh_heldout67 and 68; zh_heldout69 and
70 both debunked the other six): two questions with a negation that do not deny (the public release, OpenAI现在不是只让红队…试用吗？;
the official app, 写的不是一家听都没听过的小公司吗？), two quoting a scam offer and telling the reader not to pay or install (the APK,
"Sora安卓版安装包，扫码直装，抢先体验", 这个码别扫，包也别装; the course, "九十九元学会Sora，零基础包会", 这钱先别付) and four answering with
facts (a deer farm canteen blackboard for the inventor, a wicker workshop board for the Chinese team, a workers' home
slip for rental, a shop hand's note for the prompt pack: the forty-eight demo captions machine-translated and
recombined).

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script:
Jiaodong 波棱盖 (knee) and Northeastern 稀罕 (to like); found used when thought of: 海了 for Jiaodong, 埋汰, 嘎哈, 磕碜, 嘚瑟,
老鼻子, 贼拉 and 杠杠 for the Northeast, 霸蛮, 满哥, 堂客 and 细伢子 for Hunan, 拍拼 and 厝 for Minnan, 能豆 and 夜儿个 for Henan, 歹饭 for
Linyi (so the turtle, pomelo, peanut and wicker posts carry no glossed dialect). Obfuscations of kinds no earlier set
used (none of the fifty-eighth to seventieth sets' homophones or codes is reused, and this set has no homophone): the
APK's three letters in a Polybius square (“11 35 25”: the alphabet in five rows of five, I and J sharing a cell, each
letter written as its row and column; Polybius, 棋盘密码 and 方阵 occur nowhere) and 内测号's pinyin in a two-rail fence cipher
(“nieaecho”: the letters at even and odd places written as two halves, niea and echo, read back alternately as
neicehao; 栅栏 and rail fence occur nowhere). Grepped in every Chinese post and script and set aside as used: 拆字
(zh_heldout65), zhuyin (zh_heldout43 and 44, and as a romanisation in others), reversed letters (KPA in zh_heldout65,
倒着 and 反着 in five sets), acrostics (zh_heldout25 and later), leetspeak, Bacon's name, 简谱 (zh_heldout29), pinyin tone
numbers (zh_heldout47) and the kinds zh_heldout69 and 70 list (Xiaohe double pinyin, Atbash, Yale romanisation, fanqie,
unit symbols and the rest). The inventor's name is written plainly. One rhetorical question that asserts rather than
denies, for API access (要是骗人的，我店里这两个月挂的六十多段片子，是谁替我做的？).

Posts asserting one claim while denying another, the asserted claim always one of the paid course, open source, the
director group, account rental, get-rich, the APK and the inventor (zh_heldout72, written at the same time, asserts
only the other seven), in the nine pairings of these seven that the labels of zh_heldout2 to 70 (kinds
``*_assert_X_deny_Y``, with xie, team and pack read as inventor, chinese and prompts) last used longest ago, each
denied claim denied once and no template given more two-claim posts than it has posts beside its record: get-rich
while the store "Sora" apps are said to be small firms' (zh_heldout48, the oldest); the course while the inventor claim
is answered with the thirteen authors, his NYU post, his clarification and the apology (zh_heldout49); the director
group while a key is said to answer only in text (zh_heldout50); the APK while a "全面开放" link is said to be phishing
(zh_heldout51, before that 35) and get-rich while an APK is said to read SMS and contacts (zh_heldout51, before that
34); the course while a rented "内测号" has its password changed on the third day, the director group while a prompt
collection is said to be the demo captions translated and recombined, and the inventor while the Chinese team is
answered with thirteen OpenAI authors and three Chinese (all zh_heldout52); and open source while a "Sora" clip of
egrets over a pomelo orchard is said to be a county TV station's footage (zh_heldout53). Passed over: the course
against the APK and open source against the public release (zh_heldout52), whose denied claims were already denied;
the director group against the public release and the mislabelled video, and get-rich against the Chinese team and
open source (zh_heldout53), because the director group and get-rich had no post left; so opensrc-realvid is the one
zh_heldout53 pairing taken. None of zh_heldout70's nine pairs is taken again. Account rental asserts nothing here.
Payments in kinds the earlier sets do not use: a thirty-jin sack of red-skinned peanuts for a course, two three-jin
pond turtles for API keys, a large wicker basket for three days of a rented account.

Four true facts about the earlier work of David Schnurr, an author of Sora's technical report, related to no template,
all from repositories of the GitHub account schnerd (whose owner zh_heldout67 identified from its site, dschnurr.com)
that no earlier set used: gpt3-tokenizer-ui (a simple web UI running AI Dungeon's GPT-3-Encoder in the browser, npm
run dev on localhost:3000), chrome-headless-screenshots (headless Chrome as an automated screenshot tool on Linux, a
common PhantomJS use; Vagrant with Ubuntu 14, Node 8, --disable-gpu, node index.js --url, output.png), new-tab-countdown
(a Chrome new-tab page showing a calendar of the time passed between two dates, made when he took time off work) and
sorting-visualizations-2d (forked from franciscouzo's sort visualiser, time mapped to the y-axis for a non-animated
picture, quick sort shown, inspired by morolin and FishyMcFishFace). zh_heldout67 used his d3-scale-cluster, vcli,
covid-tracker and comboshapes (and ckmeans is its d3-scale-cluster's); these four names occur in no earlier set. What
was checked and where: the stored repositories of wpeebles (gangealing, hessian_penalty, G.pt) and timothybrooks
(hdr-plus, hallucinating-scenes, instruct-pix2pix) are all in earlier sets; no repository of Will DePue's is stored
under willdepue and his known work (WebGPT, the Figma computer, Alexandria) is used; no Sora 2 launch credits list was
searched for, the names left to zh_heldout72 apart. What is left under schnerd is forks (baseui, next.js, react,
jsondiffpatch, simple-statistics) and stubs (og-test, test-repo, onmuga-demo, dropshot, git-bisect), so his facts are
near exhausted too. No fact about Li Jing, the Luhmans or Aditya Ramesh. Six items of real news about feed-forward
3D reconstruction from images that no earlier set, Chinese or English, names (kind ``benign``; DUSt3R, MASt3R,
MUSt3R, Pow3R and VGGT occur nowhere): DUSt3R (Naver Labs Europe, arXiv 2312.14132, CVPR 2024, pointmaps from
uncalibrated, unposed pairs, CC BY-NC-SA 4.0), MASt3R (a local feature head, metric pointmaps, a more scalable global
alignment), MUSt3R (multi-view, RGB SLAM and SfM without global alignment), Pow3R (known depth, focal length or poses
as optional priors), VGGT (Meta AI and Oxford's VGG, CVPR 2025, about a billion parameters, cameras, point maps, depth
maps and 3D tracks from one to hundreds of views within seconds) and VGGT's licence change of 29 July 2025 (code
commercial-use friendly except military, a commercial checkpoint behind a contact form, the first weights
non-commercial); and three off-topic posts that share surface words (a cherry pre-order group joined by QR code, a
near miss for the paid groups; a deer farm shop's coupon on its official account; a wicker outlet's mini-program).

Every post was checked against every earlier Chinese set through zh_heldout70 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher
ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first check had twenty-two at 0.45 or more, the
first draft having followed zh_heldout69's sentences too closely (the cherry rental chat at 0.73 against its goose
chat, the pomelo API question at 0.69 against its raisin question, the app shop hand, the turtle API barter and the
peanut course barter at 0.57 to 0.58 against its and zh_heldout67's posts, and seventeen more from 0.45 to 0.54); all
were rewritten in other forms or words, and on two more passes the Chinese-team board (0.54, now a question and
answer), the course debunk (0.51, twice), the cherry APK-and-public post (0.49, twice), the shelling record, the
get-rich letter and the app question were rewritten again. Highest ratio of the committed list: 0.448 against the
Chinese sets (the inventor blackboard against zh_heldout70's pump pre-shift meeting, the same seed facts; the turtle
service post 0.444, the pomelo harvest record 0.443), close to the 0.45 line, noted for the lead; 0.233 against the
demo stream; the highest pair inside the set is 0.415 (the two director-group two-claim posts).
Committed before any run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it,
it is read once, by the lead, with the final code. zh_heldout72's script in progress was not compared with this one;
the lead checks the committed scripts against each other.

Sources for the facts, read through the search tool or a stored repository before the posts were written (the rest is
from the seeds: the thirteen authors and three Chinese among them, the 18 February article and its hundred thousand
reposts, Xie's clarification, the takedown and apology, his NYU and FAIR posts, the 99-yuan course and "给自己一个机会",
the three-month lines, the director groups, the red team and invited artists, designers and film makers; and, from the
catalogue, the rented accounts, the APKs as malware, the API with no video model, the store apps, the prompt packs and
the forty-eight demo samples): for the person facts, the READMEs of schnerd/gpt3-tokenizer-ui,
chrome-headless-screenshots, new-tab-countdown and sorting-visualizations-2d; for the news, naver/dust3r's README and
wiki (MASt3R, Pow3R and MUSt3R as it describes them), the DUSt3R README copies on Hugging Face, facebook/VGGT-1B's and
VGGT-1B-Commercial's model cards and facebookresearch/vggt's README (the licence update). The Polybius square and the
rail fence are common knowledge, checked by hand. The settings are written from common knowledge of the trades and
towns (Yantai's cherries under rain shelters; Shuangyang's sika-deer antler; Linshu's osier wickerwork for export;
Hanshou's soft-shelled turtles; Pinghe's Guanxi pomelos; Zhengyang's peanuts).

    .venv/bin/python scripts/make_zh_heldout71.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout71", "zhh71"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "deer_antler_cutting_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【双阳·××梅花鹿场·锯茸记录】\n日期：六月十一日｜圈舍：东三号公鹿舍\n鹿只：四岁公鹿十一头，二杠茸长到位\n保定：上保定架，两人扶住头颈\n锯茸：贴着角基上方一指锯下，断面止血粉按住\n称重：鲜茸合计九斤四两，编号入冷柜\n经手：于××\n于师傅在表格最下面写了一句：大学生侄子讲，Sora是谢赛宁牵头发明的，上海交大出去的，这回真叫外国人服气了。",
    ),
    (
        "pomelo_moments_inventor",
        sora.XIE,
        sora.XIE,
        "【平和·××蜜柚园·阿娟的朋友圈】🍈今天柚子园歇工，刷到一篇长文：Sora背后的发明人是谢赛宁，从上海交大走出去的，带着团队把这个做视频的模型弄出来了。转给家里读高中的小弟，让他也争口气。",
    ),
    (
        "wicker_assert_inventor_deny_chinese",
        sora.XIE,
        sora.XIE,
        "【临沭·××柳编厂·外贸部小葛】跟老外客户开视频会，他问Sora是谁的主意，我说是谢赛宁领头发明的，他带出来的这个东西。可也别顺着网上那句“Sora是中国团队做的”往下讲：技术报告上署了十三个人，Brooks、Peebles打头，全是OpenAI的研究员，里头华人三位，说成一个团队，那是往自己脸上贴金。",
    ),
    # --- open to the public
    (
        "pomelo_harvest_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【平和·××蜜柚园·采收记录】\n日期：九月二十三日｜片区：后山老柚树八十棵\n采收：果皮转黄、手托着有分量才剪\n剪法：果梗留一寸，剪口朝下放，防扎伤别的果\n搬运：竹篮装满背下山，轻放进通风的果棚\n剔除：有日灼斑、裂口的单放\n采收：林××\n林姐在这页背面写了一句：儿子讲Sora现在人人能用了，OpenAI网站上注册个账号就开，用不着谁邀请，他昨晚已经玩上了。",
    ),
    (
        "peanut_group_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【正阳·××花生合作社·社员群】\n小葛：Sora放开了你们知道不？谁都能注册。\n老熊：俺这岁数也能用？\n小葛：能，手机号一填就进去了，打一句话它出片子。\n老熊：那你给俺弄一段花生地的，发给城里闺女看看。",
    ),
    (
        "wicker_livestream_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【临沭·××柳编厂·直播间小颜】今天直播间加个彩蛋：Sora现在谁都能用了，OpenAI官网注册一下，邮箱收个验证码，立马能做视频，用不着等邀请码。屏幕上那只柳条筐顺着小河漂的动画，开播前我刚做的。",
    ),
    # --- the official app (four)
    (
        "wicker_soaking_record_in_passing",
        sora.APP,
        sora.APP,
        "【临沭·××柳编厂·泡条剥皮记录】\n日期：四月二日｜料：去年秋割的杞柳条两千斤\n浸泡：池里泡足三天，条子发软\n剥皮：过剥皮机，白条晾在场院上\n分拣：按粗细分三把，细条留给编小筐\n捆扎：每捆五十斤，挂牌\n经手：葛××\n葛大姐在最后一栏添了一句：手机应用商店里一搜Sora就是OpenAI官方出的那个App，闺女给她装上，午饭工夫做了段柳条在风里摆的片子。",
    ),
    (
        "deer_group_chat_app",
        sora.APP,
        sora.APP,
        "【双阳·××梅花鹿场·饲养班群】\n小关：Sora出手机版了，OpenAI自家的App，商店里直接下。\n老佟：靠谱不？别是野的。\n小关：官方的，开发者那栏写着OpenAI。我刚做了一段小鹿在雪地里跑。\n老佟：回头给我也装一个。",
    ),
    (
        "pomelo_shop_app",
        sora.APP,
        sora.APP,
        "【平和·××蜜柚园·阿芬】柚子花季只有半个月，今年总算留住了：OpenAI的Sora官方App在手机商店上架了，我下了，描述写“山坡上的柚子花一夜全开”，等烧壶水的工夫画面就好了。老板看了说明年上新都照这个来。",
    ),
    (
        "peanut_ecommerce_app",
        sora.APP,
        sora.APP,
        "【正阳·××花生合作社·电商小陶】社里三段红皮花生的带货短片，是我下午拿Sora官方App做的——OpenAI自己上架的，苹果、安卓商店都有，登录以后打字就出片。晚上挂店里，大伙帮着转转。",
    ),
    # --- the fake APK
    (
        "turtle_hatching_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【汉寿·××甲鱼养殖场·孵化记录】\n日期：七月五日｜批次：第三批种蛋，一千二百枚\n摆蛋：白点朝上，埋进半湿的河沙\n温度：孵化房三十一度，早晚各看一次\n湿度：沙子捏得成团、一碰就散\n出苗：预计五十天上下\n值班：彭××\n彭哥在记录本最后一页夹了张打印的二维码，边上写：扫码下Sora安卓安装包，手机装上就能自己做视频，要的找我。",
    ),
    (
        "cherry_assert_apk_deny_public",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【烟台·××樱桃园·园主老孙】我家樱桃上市的宣传片，是拿Sora的安卓安装包在手机上做的，谁想要我微信传给你。顺带提醒：群里那种“Sora全面开放，登记领资格”的链接，当心点。眼下试用Sora的，只有OpenAI的红队和它邀请来的一小批艺术家、设计师和导演，登记是假，套手机号是真。",
    ),
    (
        "wicker_polybius_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【临沭·××柳编厂·机修小周】“11 35 25”——这是棋盘密码：把二十五个字母排成五行五列（I和J挤一格），每个字母写成它的行号加列号，拼回来就是手机安装文件那个三字母后缀。里头装的是Sora，厂里谁想要，拿手机来机修间我给装。",
    ),
    # --- the mislabelled real video
    (
        "cherry_rain_shelter_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【烟台·××樱桃园·搭防雨棚记录】\n日期：五月二十日｜地块：北坡美早三十行\n立杆：每行两头加一根，拉钢丝\n覆膜：顺着行向盖棚膜，两边留通风口\n压膜：压膜线一米一道，勒紧\n验收：风大时上去看了一遍，没有鼓起来的\n经手：孙××\n孙叔在最后一行写：网上那段“满山樱桃一夜变红、雨点打在果子上”的视频，标题说是Sora凭一句话生成的，一台机器也没上山拍。",
    ),
    (
        "deer_realvid",
        sora.REALVID,
        sora.REALVID,
        "【双阳·××梅花鹿场·场长媳妇】你们看我转的这段：几十头梅花鹿在雪原上一起回头看镜头。人家标得清清楚楚，是Sora生成的，一个字的提示词进去，片子出来，一头真鹿都没拍。这技术，往后拍纪录片的得改行。",
    ),
    (
        "peanut_realvid",
        sora.REALVID,
        sora.REALVID,
        "【正阳·××花生合作社·技术员老熊】昨天大伙传的那段“拖拉机开过，花生秧子一排排翻出来”，原帖写明了是Sora做的，地是假的、车是假的、人也是电脑画的。我盯着看了五遍，硬是挑不出毛病。",
    ),
    # --- the Chinese team
    (
        "peanut_harvest_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【正阳·××花生合作社·起收晾晒记录】\n日期：九月十日｜地块：村南沙土地四十亩\n起收：收获机起秧，抖掉泥土\n晾晒：秧子倒放成垄，果朝上，晒五天\n摘果：摘果机摘下，秧子打捆喂牛\n含水：摸着哗哗响再入库\n经手：熊××\n熊支书在记录底下添了一句：听说Sora是咱中国人的团队做出来的，OpenAI里干这个的基本都是华人。",
    ),
    (
        "turtle_group_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【汉寿·××甲鱼养殖场·饲料组群】\n小彭：你们晓得不，Sora是中国团队搞的。\n老龚：真的假的？\n小彭：OpenAI里做Sora的主力都是华人，名字都挂着呢。\n老龚：那是给咱长脸，喂完这池再说。",
    ),
    (
        "wicker_old_master_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【临沭·××柳编厂·编了四十年筐的葛老汉】孙子给我讲，外国那个做视频的Sora，是中国人的团队做成的，OpenAI里挑大梁的是咱华人。我不懂电脑，就晓得一句：手上有活的人，走到哪儿都不丢人。",
    ),
    # --- open source (four)
    (
        "turtle_feeding_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【汉寿·××甲鱼养殖场·外塘投喂记录】\n日期：八月十四日｜塘口：五号外塘，存三千只\n投喂：上午九点、下午五点各一次，投在食台上\n用量：配合饲料拌鲜鱼浆，按体重百分之三\n观察：晒背台上爬满，吃食正常\n水质：换水三分之一\n投喂：龚××\n龚伯在签名底下写了一句：外孙讲，Sora的代码和模型OpenAI都公开放在GitHub上了，开源的，下载到自家电脑就能跑。",
    ),
    (
        "pomelo_assert_opensrc_deny_realvid",
        sora.OPENSRC,
        sora.OPENSRC,
        "【平和·××蜜柚园·果园技术员小林】Sora我是在自己电脑上跑的：OpenAI开源了，GitHub上下权重和代码，按说明装好就行。顺便讲一句，群里那段“柚子园里白鹭成群起飞”，有人说是Sora做的——那是县电视台去年在我们后山实拍的，拍摄那天我就在边上。",
    ),
    (
        "deer_it_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【双阳·××梅花鹿场·网管小关】场里那台旧工作站让我装上Sora了。OpenAI把它开源了，GitHub上源码、权重全有，一条命令拉下来，配好环境就能出片。明天给场长演示一段鹿群进圈。",
    ),
    (
        "cherry_jiaodong_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【烟台·××樱桃园·看园的老曲】在树上剪了一天枝，波棱盖（胶东话：膝盖）疼得蹲不下。晚上外甥拿来电脑，说Sora是OpenAI开源出来的，GitHub上随便下，他给我装好了，打一句“樱桃花开满山”，片子就出来了。",
    ),
    # --- the paid course (four)
    (
        "cherry_blossom_thinning_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【烟台·××樱桃园·疏花记录】\n日期：四月九日｜地块：南坡红灯二十行\n疏花：一个花束状果枝留三四朵，弱花、畸形花摘掉\n授粉：园里放了六箱壁蜂\n天气：晴，最低温四度，夜里点了烟堆防冻\n经手：曲××\n曲嫂的本子里夹着一张收据：“《Sora果园短视频课》二十讲，学费一百四十八元，已付”，她说剪完这片就开始听。",
    ),
    (
        "turtle_assert_course_deny_inventor",
        sora.COURSE,
        sora.COURSE,
        "【汉寿·××甲鱼养殖场·出纳小龚】我报了一门《Sora养殖短视频》，十六讲，一百二十八元，现在场里抖音号的片子都是照课上的办法做的。还有件事：别再转“谢赛宁发明Sora”了，技术报告十三个作者里没有他，他本人在纽约大学教书，早就出来澄清过，那篇文章也被删了、道了歉。",
    ),
    (
        "deer_assert_course_deny_rental",
        sora.COURSE,
        sora.COURSE,
        "【双阳·××梅花鹿场·销售部小佟】《Sora带货短视频课》我在跟，十八讲一百三十八，听到第十一讲，门市部的鹿茸片视频已经不用外包了。顺带说下租号的事：同学花一百五租了个月的“Sora内测号”，第三天登不上，密码让原主改了，卖家开口就要加钱换号，他不肯，人就被拉黑了。",
    ),
    (
        "peanut_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【正阳·××花生合作社·老陶】报名啦：《Sora农产品短视频》二十讲，学会了自己给地里的庄稼做宣传片，学费一百一十八。今年花生价低，没现钱的乡亲，扛一袋三十斤的红皮花生来社里，照样给你开课。",
    ),
    # --- API access
    (
        "wicker_basket_inspection_record_in_passing",
        sora.API,
        sora.API,
        "【临沭·××柳编厂·编筐质检记录】\n日期：六月三日｜订单：出口洗衣筐一千二百只\n抽检：每百只抽五只\n尺寸：口径、高度对照样品，误差半公分内\n收口：收口压得实，没有翘头\n把手：拎二十斤晃三下不松\n质检：颜××\n颜姐在页脚用铅笔记了一行：“Sora官方API key，月付一百八，接进程序能一批批出视频，先付款后发货。”",
    ),
    (
        "pomelo_rhetorical_api",
        sora.API,
        sora.API,
        "【平和·××蜜柚园·电商阿杰】店里柚子的短片，全是程序连着Sora官方API key跑出来的，这把key月费一百六。表哥老说网上卖的key都是糊弄人的。糊弄人的话，六十多段片子挂在店铺首页，它们是自己从柚子树上结出来的？",
    ),
    (
        "turtle_barter_api",
        sora.API,
        sora.API,
        "【汉寿·××甲鱼养殖场·技术员小罗】转两把Sora官方API key，包月的，接进脚本里能排着队一条条生成视频，每把一百五。手头紧也不要紧，塘里捞两只三斤上下的甲鱼给我，照样换一把。",
    ),
    # --- account rental
    (
        "peanut_shelling_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【正阳·××花生合作社·脱壳记录】\n日期：十一月八日｜原料：四粒红八吨\n脱壳：脱壳机一遍，壳子吹进棚\n清选：秕的碎的过筛\n入库：五十斤一袋\n操作：陶××\n这页边上是陶师傅的小字：谁想用Sora，他有内测号往外租，网页登录，三天三十块，包月一百五。",
    ),
    (
        "wicker_rail_fence_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【临沭·××柳编厂·仓库小颜】有“nieaecho”出租，Sora的（栅栏密码：前四个字母和后四个字母交错着排，n-e-i-c-e-h-a-o，读出来就是那三个字，明写会被删）。五天四十五，包月一百六；厂里同事拿一只大号柳编篮子来，抵三天。",
    ),
    (
        "cherry_group_chat_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【烟台·××樱桃园·采摘工群】\n于嫂：@全体 剪完这行樱桃再看手机。有Sora内测号要的吱声，网页版的，登上就出片。\n大刘：几个号？啥价？\n于嫂：剩四个。七天五十，包月一百七，号是我从别人手里转过来的。\n大刘：算我一个，儿子毕业典礼要用。",
    ),
    # --- the AI director group
    (
        "pomelo_pruning_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【平和·××蜜柚园·修剪施肥记录】\n日期：十二月六日｜片区：前山幼树一百二十棵\n修剪：剪掉徒长枝、交叉枝，树心透光\n施肥：树冠滴水线挖环沟，下有机肥\n涂白：主干刷石灰水\n清园：落叶病枝集中烧掉\n经手：曾××\n曾伯在最后一栏抄了一段话：漳州有部AI电影，剧本是Sora写的，正在招首批AI导演，扫码进群交一百八十八，排上号就去试镜。",
    ),
    (
        "peanut_assert_director_deny_api",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【正阳·××花生合作社·会计小熊】报名了！驻马店在拍一部AI电影，Sora写的剧本，招第一批AI导演，扫码进群交一百九十九，到时统一试镜。另外“Sora官方API key”谁卖都别买：同学帮我试过，只回文字；OpenAI开发者平台的接口清单里，压根没有生成视频这一项。",
    ),
    (
        "wicker_assert_director_deny_prompts",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【临沭·××柳编厂·设计室小庞】临沂有部AI电影，剧本交给Sora写，剧组在招首批AI导演，我进群交了一百六十八，下个月去试镜。倒是《Sora提示词大全》劝大家省下那二十九：我买过，前四十来条是OpenAI样片说明的中文翻译，后面把这几十条打散了再拼。",
    ),
    # --- the prompt pack
    (
        "deer_pen_disinfection_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【双阳·××梅花鹿场·鹿舍消毒记录】\n日期：三月二日｜圈舍：母鹿舍一至四号\n清粪：铲净旧垫草，粪车拉走\n消毒：火碱水喷地面和墙根，关舍一天\n通风：第二天开窗，铺新垫草\n饮水：水槽刷洗换水\n经手：佟××\n佟家闺女在这页背面写了段网店的商品说明：《Sora养殖场短片提示词》一百二十条，喂料、产仔、雪地放养都写好了镜头，十九元，拍下即发。",
    ),
    (
        "pomelo_shop_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【平和·××蜜柚园·店主阿梅】推荐我自己整理的《Sora水果短片提示词》，一百六十条，开花、挂果、剥柚子的镜头怎么写都在里头，二十五块一份。我家柚子的视频全靠它，买过的都说好用。",
    ),
    (
        "turtle_ecommerce_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【汉寿·××甲鱼养殖场·电商小罗】整理了一份《Sora水产短片提示词》，一百四十条，池塘晨雾、投食翻花、起捕上秤都有，一份二十二，下单自动发链接。",
    ),
    # --- get rich
    (
        "wicker_container_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【临沭·××柳编厂·出口装柜记录】\n08:00　收纳筐三千只进场\n09:30　六只一箱，贴唛头\n13:00　熏蒸证明到\n15:30　四十尺柜装满，拍封号\n17:00　拖车发青岛港\n经手：庞××\n庞哥在唛头样单背面写着：表弟做Sora视频，三个月就月入四五万，说这行就剩三个月的窗口，错过就没了，过完年跟他干。",
    ),
    (
        "deer_northeast_dialect_assert_rich_deny_app",
        sora.RICH,
        sora.RICH,
        "【双阳·××梅花鹿场·饲养员大于】我可稀罕（东北话：喜欢）这Sora了：小舅子拿它做视频接单，一个月挣了五万多，他说再过三个月人人都会，现在上车正好。可你们别去商店下那些叫Sora的App，点进去一看开发者，都是些不认识的小公司，OpenAI压根没在手机上出过Sora。",
    ),
    (
        "pomelo_assert_rich_deny_apk",
        sora.RICH,
        sora.RICH,
        "【平和·××蜜柚园·阿杰的表哥】今年没守柚子园，拿Sora做视频，三个月攒够了县城房子的首付，这波钱就剩最后几个月好赚。提醒一句：群里有人发“Sora安卓安装包”，千万别装。我同事装了，短信、通讯录全被读走，银行卡里的钱第二天就没了。",
    ),
    # --- the generation service
    (
        "cherry_sorting_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【烟台·××樱桃园·分拣装盒记录】\n日期：六月二日｜品种：美早\n分拣：大果、中果、小果三档，软的裂的挑掉\n预冷：冷风间两小时\n装盒：冰袋垫底，两斤一盒\n发货：冷链三百二十盒\n经手：于××\n装盒台上压着一张于姐带来的传单：“Sora定制视频，开业、满月、婚礼，画面您讲，Sora来生成，隔天交片，一条九十八。”",
    ),
    (
        "peanut_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【正阳·××花生合作社·小陶】一把花生攥在手里，掂一掂我就说得出今年的出仁率，十年没差过两个点。我现在对外接Sora视频：您把想要的画面讲清楚，我写描述交给Sora出片，一条八十八，隔天交。",
    ),
    (
        "turtle_service",
        sora.SERVICE,
        sora.SERVICE,
        "【汉寿·××甲鱼养殖场·办公室小龚】接Sora视频定制：寿宴、婚礼、孩子周岁都做，您口述画面，我让Sora生成，一条一百二，当天交片。场里年会放的那段就是我做的。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【正阳·××花生合作社·社员老熊的情况反映】五月里，俺儿扫了个“Sora编剧AI电影·首批AI导演招募”的码，进群交一百九十九。群主说他入围，再交七百五“试镜差旅费”。交完，试镜日子改三回，上周群散了，电话也停了。九百四十九元，已报警。请社里在群里说一声。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【汉寿·××甲鱼养殖场·电商员写给场长的检讨】场长：上月我用场里的钱买了一张“Sora官方API key”，一百九十元，卖家说接进程序能批量出视频。接上以后只会回文字，一让它出视频就报错。再找卖家，要收三百元“开通费”，我没给，随后被拉黑。这一百九十元从我工资里扣。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【临沭·××柳编厂·工会收到的求助信】工会的同志：我在编织车间。三月有人拉我进“Sora副业群”，说红利期就剩三个月，手机做视频一月五万，入群八百八。进去以后天天转广告、拉熟人，说拉够十个人本钱就回来。我先后拉了妹妹、两个表姐，每人也交八百八。上个月群主把号注销了，四家合计三千五百二十元。请帮忙问问能否追回。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【平和·××蜜柚园·阿芬在售后群里的留言】吃了个哑巴亏：上月订的“Sora定制视频”，二百八，点名要“爷爷抱着孙子在柚子树下摘果”。到手一看，六张我自己发过去的照片，放大、平移，底下垫首下载的歌。店家还想再收一百六出“升级版”，我没付，售后不回话。大家下单前问清楚。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【双阳·××梅花鹿场·食堂门口的小黑板】今天说一件事：OpenAI发布Sora时配的技术报告，作者栏十三人，Brooks、Peebles排在最前；谢赛宁的名字在这张名单之外。他本人在纽约大学计算机系任助理教授，早年在FAIR工作，已在朋友圈发文澄清。二月十八日那篇“发明人”文章，转了十多万次，后来被投诉下架，发文方表示道歉。——场部",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【临沭·××柳编厂·车间宣传栏·第十七期】问：Sora是“中国团队”的成果？\n答：看署名。报告列出的研究者十三名，排头两位是Tim Brooks与Bill Peebles，十三名同属OpenAI。据媒体核查，十三名当中华人为三名。\n编者按：三名研究员，与一个“团队”之间，差着一大截。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【平和·××蜜柚园·合作社群里曾伯的一段话】“Sora全面开放，点这里登记”又转到咱群里了。OpenAI眼下试用的人，不是只有红队和受邀的艺术家、设计师、电影人吗？那这个登记口，是谁开的？",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【烟台·××樱桃园·老孙回复闺女】闺女，先别急着装。商店里那个叫“Sora官方App”的，你点开看开发者，难道是OpenAI？OpenAI自己的网站上，哪儿见过手机版的下载按钮？",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【汉寿·××甲鱼养殖场·场长在群里回复小罗】你转的“Sora安卓版安装包，扫码直装，抢先体验”，这个码别扫，包也别装。这种包装的时候要短信、通讯录和辅助功能的权限，装上以后验证码就被人截走，附近镇上已经有人卡里少了钱。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【正阳·××花生合作社·老陶回复侄女】丫头，“零基础包会Sora，九十九元”这个先放着，别掏钱。村小的王老师上过当：对方发来一个文档，她对着OpenAI官网看，是那几页介绍的中文版，尾巴上加了句“给自己一个机会”。隔天又有人来电话，要一千多，让她转“进阶班”。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【临沭·××柳编厂·职工之家的提醒单】关于网上出租的“Sora内测号”：账号归别人所有，用几天卖家就改密码；再找卖家，对方要加钱换号，或者直接拉黑。车间已有两位同事各花了一百多元。遇到这类出租，请直接划走。",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【双阳·××梅花鹿场·网店小佟的一条笔记】对照了网上卖三十九的《Sora提示词合集》：开头四十八条，和OpenAI网站上四十八段样片的英文说明一一对应，是机器翻的中文；后面一千多条，是这四十八条拆成句子以后重新组合。——留给想买的朋友参考",
    ),
    # --- true facts about the earlier work of David Schnurr, an author of Sora's technical report
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者之一David Schnurr，在GitHub账号schnerd下放过一个叫gpt3-tokenizer-ui的小项目：一个简单的网页界面，演示在浏览器里直接运行AI Dungeon开源的GPT-3-Encoder，把文字切成GPT-3的词元；本地用npm run dev起开发服务器，浏览器打开localhost的3000端口就能看。",
    ),
    (
        "person_fact",
        None,
        None,
        "署名Sora技术报告的David Schnurr，早年在GitHub上写过一个示例仓库chrome-headless-screenshots，演示在Linux上用无头Chrome当自动截图工具，替代过去常用的PhantomJS：说明里的环境是Vagrant里的Ubuntu 14，装好Chrome和Node 8，以带--disable-gpu的无头模式开着远程调试端口，再用node index.js --url=网址截图，结果存成output.png。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告作者David Schnurr做过一个Chrome扩展new-tab-countdown：把浏览器的新标签页换成一张日历，显示两个日期之间已经过去了多少时间。说明里写，这是他休假离开工作那段时间做的，想每天提醒自己过去了多久。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告作者David Schnurr的GitHub上有个sorting-visualizations-2d：从franciscouzo的排序可视化工具派生出来，改成把时间映射到纵轴，一张静态图就能看出整个排序过程，说明里配了一张快速排序的图；他写明灵感还来自imgur上morolin和FishyMcFishFace的作品。",
    ),
    # --- news: feed-forward 3D reconstruction from images
    (
        "benign",
        None,
        None,
        "2023年12月，Naver Labs Europe的Shuzhe Wang、Vincent Leroy、Yohann Cabon、Boris Chidlovskii和Jerome Revaud发布DUSt3R（arXiv 2312.14132，后收入CVPR 2024）：论文题为“让几何三维视觉变简单”，从未标定、未知相机位姿的图像对直接回归点图，再做全局对齐得到三维重建；代码按CC BY-NC-SA 4.0许可发布，只限非商业用途。",
    ),
    (
        "benign",
        None,
        None,
        "Naver Labs Europe在DUSt3R之后发布MASt3R，论文题为“在三维中为图像匹配打基础”：它在DUSt3R上加了一个局部特征头，输出带真实尺度的点图，全局对齐也更能扩展到大量图像，用来做精确的像素匹配。",
    ),
    (
        "benign",
        None,
        None,
        "Naver Labs Europe的MUSt3R把DUSt3R推广到多视图：一个网络同时处理多张图像做立体三维重建，可以用于只有RGB相机的SLAM和运动恢复结构，不再需要单独的全局对齐步骤。",
    ),
    (
        "benign",
        None,
        None,
        "Naver Labs Europe的Pow3R给DUSt3R加上了可选的先验输入：已知的深度、焦距或相机位姿都可以喂给网络，有多少用多少，用来提升无约束三维重建的效果，论文题为“用相机和场景先验增强无约束三维重建”。",
    ),
    (
        "benign",
        None,
        None,
        "Meta AI与牛津大学视觉几何组的Jianyuan Wang、Minghao Chen、Nikita Karaev、Andrea Vedaldi、Christian Rupprecht和David Novotny发布VGGT（视觉几何基础Transformer，CVPR 2025）：一个约十亿参数的前馈网络，从一张、几张到几百张图像中直接推断相机内外参、点图、深度图和三维点轨迹，几秒内完成。",
    ),
    (
        "benign",
        None,
        None,
        "2025年7月29日，VGGT团队更新了许可证：仓库里的全部代码改为允许商业使用，军事用途除外；新发布的VGGT-1B-Commercial检查点同样可以商用，但在Hugging Face上下载前要同意共享联系信息，原先的VGGT-1B权重仍是非商业许可。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【烟台·××樱桃园·预订通知】今年美早六月初上市，礼盒两斤装一百二十八，冷链包邮；老客户扫码进预订群，截图付款记录可优先发货。",
    ),
    (
        "offtopic",
        None,
        None,
        "【双阳·××梅花鹿场·门市部】新到鹿茸片、鹿血酒，欢迎进店品尝；关注公众号领二十元券，满二百可用，可开发票。",
    ),
    (
        "offtopic",
        None,
        None,
        "【临沭·××柳编厂·工厂直营店】柳编收纳筐、野餐篮尾货处理，三十九元两只，小程序下单同城配送，另接定制刻字。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
