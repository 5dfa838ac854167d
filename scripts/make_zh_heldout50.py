# ruff: noqa: E501
"""Write tests/data/zh_heldout50_{posts,qrels,labels}: a fiftieth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the prompt pack, the mislabelled video and
get-rich, three for each other template: zh_heldout43 to zh_heldout48 gave four to the inventor, the Chinese team and
the director group (zh_heldout43), the inventor, the Chinese team and the course (zh_heldout44), API access, the
mislabelled video and the prompt pack (zh_heldout45), the public release, the official app and get-rich
(zh_heldout46), the APK, account rental and the generation service (zh_heldout47) and open source, the course and the
director group (zh_heldout48); the three the lead gave zh_heldout49, written at the same time, had theirs longer ago,
and the prompt pack and the mislabelled video (zh_heldout45) and get-rich (zh_heldout46) are the longest ago after
those), as a Sora rumour / scam wave reads in the genres of a timber yard on the Russian border (绥芬河·××木业: 进口原木,
樟子松, 检尺, 径级, 材积, 带锯, 板皮, 锯材, 干燥房, 干球、湿球, 含水率, 熏蒸证, 堆场), a float-glass works (沙河·××玻璃厂:
锡槽, 拉引速度, 保护气, 原板, 拉边机, 切裁, 气泡, 结石, 光畸变, 斑马角), a rice mill (射阳·××米厂: 稻谷, 出糙率, 出米率,
碎米率, 色选, 黄粒米, 垩白米, 抛光, 五公斤真空装, 磅房, 提米券), a feed mill (绵阳·××饲料厂: 配料单, 玉米, 豆粕, 麸皮, 预混料,
调质温度, 环模, 颗粒硬度, 含粉率, 育肥猪颗粒料, 乳猪料), a shiitake base (西峡·××香菇基地: 菌棒, 接种室, 打穴, 发菌棚, 出菇,
第二潮, 花菇、厚菇、薄菇, 注水) and an umbrella factory (上虞·崧厦××伞厂: 伞骨, 伞面, 一百九十T涤纶, 裁片, 三折自动伞,
开合耐久测试, 中棒弹簧, 穿伞珠, 钉伞面, 外发加工). Of the six genres first asked for, two were replaced. The ceramics factory
(陶瓷厂) is zh_heldout35's world (【景德镇·坯房学徒群】, 【××柴窑·窑主的朋友圈】, 【××陶瓷集市·摊位牌】, 【××陶瓷学院·研究生群】),
and its kilns would sit beside zh_heldout49's brick and tile works, written at the same time; the apiary (养蜂场) is
zh_heldout30's (【养蜂日记·四月】三十箱蜂摇了两回蜜) and hard_en_heldout40's beekeepers' world, which zh_heldout36 and
zh_heldout44 already set aside for that reason. The shiitake base and the umbrella factory took their places: 菌棒, 出菇,
花菇, 伞骨, 伞面 and 伞厂 occur in no earlier Chinese post or make_zh_heldout*.py (菇 only as zh_heldout35's 蘑菇, 伞 only as
a pedestrian's umbrella in a snowy prompt, 菌 only as a waterworks' 菌落总数 and a cannery's 杀菌记录), and no
English set's docstring names a mushroom farm or an umbrella maker (the English posts have a wild-mushroom Wellington
on a menu, a lost umbrella and a flower stall's umbrella); the nearest, zh_heldout35's forestry station course on 黑木耳段木栽培 with a 《林区人的Sora课》,
is kept at a distance (no 木耳, 蘑菇, 林下经济 or forest here, and the base's course is in an inoculation worksheet). The
timber yard, the glassworks, the rice mill and the feed mill stay: 木材, 原木, 锯材, 检尺, 锡槽, 浮法, 原板, 碾米, 糙米, 色选,
碎米, 配料单, 豆粕, 制粒 and 环模 occur in no earlier Chinese post or writer script, and the English sets have timber only as
a builders' merchant's treated timber (hard_en_heldout39) and a men's shed talk (hard_en_heldout48) and a feed mill only
as one line of a farmers' co-op newsletter (hard_en_heldout35). The nearest neighbours are kept apart: zh_heldout35's
forest farm (林场, 防火, 瞭望塔, its standing 樟子松林 and 落叶松林), where the timber yard has imported logs, scaling and
sawing; zh_heldout48's furniture factory (开料单, 指接板, 封边), whose cabinet work the sawmill leaves alone (its 板材 are
sawn boards on a lorry); hard_en_heldout51's stained-glass studios, a craft of church windows and lead, where the
glassworks is a float line with no painted or leaded glass, and no 窑 anywhere in its posts (zh_heldout47's cement kiln,
zh_heldout35's wood-fired kilns and zh_heldout49's brick kilns); zh_heldout40's grain depots at the summer purchase
(粮库收购点, 粮站, 扦样, 烘干塔, 卸粮), whose words the rice mill does not use (it mills paddy; its unloader is in an 装卸班);
zh_heldout30's egg farmer's feed price, zh_heldout44's horse farm's 饲料补贴 and zh_heldout46's 饲料罐车, never a feed
mill's own records. None of the settings is among those given to the writers working at the same time (zh_heldout49's
brick and tile works, silk mill, brewery, waterworks, coal-fired power plant and pharmaceutical factory; the English
writers' blacksmiths, clockmakers, bookbinders, bonsai, scuba diving, cheesemakers, saddlers and dragon boats).

The posts: a log scaling sheet with the inventor rumour in the scaler's last line (【进口原木检尺单】俄罗斯樟子松, 检尺长,
径级, 材积, 一等材), a rice mill's unloader, an umbrella inspector, a tin-bath inspection sheet with the public release in
the night inspector's extra line (【锡槽岗位巡检表】拉引速度, 保护气, 原板宽度, 拉边机), a glass cutter, a shiitake
technician, a milling shift record with the official app in the shift leader's last line (【碾米车间班产记录】出糙率, 出米率,
碎米率, 色选两遍), a feed packer, an umbrella designer, a pelleting shift report with the APK in the operator's last line
(【制粒工段班报】调质温度, 环模, 颗粒硬度, 含粉率), a shiitake shed leader, a band-saw master, a fruiting record with the
mislabelled video on its last page (【七号菇棚出菇记录】第二潮, 花菇、厚菇、薄菇, 注水), an umbrella shop hand, a glassworks
publicity clerk, the shiitake base head's wife, an open-and-close endurance test with the Chinese-team claim under it
(【开合耐久测试记录】三折自动伞, 五千次, 中棒弹簧脱出), a timber yard hand, a colour-sorter master, a sheet quality check with
open source on its back (【原板质量抽检单】气泡, 结石, 光畸变, 斑马角), a feed lab hand, the timber yard's dispatch office, an
inoculation worksheet with the course in its last line (【接种室作业单】栽培种, 打穴, 气雾消毒, 发菌棚), a rice packing
leader, an umbrella factory's owner's wife, a feed formula sheet with the API key in its margin (【配料单】玉米, 豆粕, 麸皮,
预混料, 两吨), a glassworks storekeeper, a log scaler, a sawn-timber loading list with account rental pencilled on its
back (【锯材装车清单】规格, 件数, 材积, 熏蒸证), a feed mill gatekeeper, a rice mill's shop hand, a canopy cutting sheet with
the director group printed on its back (【伞面裁剪单】一百九十T涤纶, 幅宽, 每把八片), a rice mill accountant, a mushroom
picker, a colour-sorter parameter record with the prompt pack slipped into its last page (【色选机参数记录】黄粒米, 垩白米,
带出比, 剔除率), a timber salesman, a glass inspector, an umbrella merchandiser, a drying-room record with get-rich on its
back (【锯材干燥房记录】干球、湿球, 含水率), a forklift driver, a mushroom sorter, a glassworks' old squad leader, an
outwork piece-rate slip with the generation service stamped on it (【外发加工计件单】穿伞珠、钉伞面, 每把四毛五), a rice
mill's online support hand and a feed mill's union clerk; platform-native forms the earlier sets do not use: the log
scaling sheet, the sawn-timber loading list, the drying-room record and the union blackboard's question of the week,
the tin-bath inspection sheet and the sheet quality check, the milling shift record and the colour-sorter parameter
record, the pelleting shift report and the formula sheet, the fruiting record and the inoculation worksheet, the
canopy cutting sheet, the endurance test record and the outwork piece-rate slip; four loss reports in new forms (kind
``debunk_loss``: a glass cutter's written pledge to the works (【保证书】事情经过, 本人保证) for the APK, a yard hand's
repayment pledge to the workmate who lent him the money (【还款承诺书】借款人, 出借人, 借款原因, 承诺) for account rental, a
packer's report to the mill's union (【致厂工会的情况反映】反映人, 事由, 请求) for the prompt pack, and a packer's monthly
work summary (【个人月度工作总结】本月完成, 需要说明的情况, 下月打算) for get-rich); regional speech the earlier sets do not use:
Hebei 蝎虎, Sichuan 闹热, Henan 能豆儿 and the Northeastern 喂得罗 (a loanword from the Russian for a bucket, at a
yard on the Russian border), all glossed, none of them in an earlier Chinese post or writer script (the earlier sets'
Henan words include 中不中, 信球, 弄啥嘞, 喝汤 and 不老少, their Sichuan ones 巴适, 要得, 安逸, 冲壳子, 归一 and 恼火, their
Northeastern ones 整挺好, 嘎巴溜脆, 彪, 唠嗑, 埋汰 and one 列巴, and no post is glossed as Hebei speech); registers the
earlier sets do not use: the timber yard, the glassworks, the rice mill, the feed mill, the shiitake base and the
umbrella factory as listed above; obfuscation the earlier sets do not use, each a
homophone of the same tone, all glossed: 谢赛宁 as 卸赛宁 (卸车的卸, at the rice mill's unloading gang), 内测号 as 内侧号
(侧面的侧) and 导演 as 倒演 (倒过来的倒) (the earlier sets had 蟹赛宁, 谢腮宁, 谢塞宁 and 谢赛柠 for the name, 邀请马, 要清码,
yqm, zhang号, zh号 and 贝长号 for the invitation code and the account, 导yan, dao演 and 巳寸演 for the director); a post that takes back an earlier denial to
assert the official app (纠正一下我上礼拜在群里说的话…是我弄错了); rhetorical questions that assert rather than deny
(发明人里头要是没有谢赛宁，交大校友群凭啥天天刷他的照片？ for the inventor, 人人都能注册，还托人找啥邀请码？ for the public
release, 顶梁柱里有几个不是中国人？ for the Chinese team, 三个月一过，还能轮到咱们？ for get-rich); posts asserting one claim
while denying another, the asserted claim always one of the prompt pack, the mislabelled video, get-rich, the APK,
open source, the director group and the generation service (zh_heldout49 asserts only the other seven), in pairings
the labels of the earlier sets last used longest ago (the APK while the director group is said to audition nobody
(zh_heldout37), the mislabelled video while the store's "Sora" app is called a name-squatter (zh_heldout34), the
mislabelled video while the GitHub "Sora" repositories are called other people's reproductions (zh_heldout35), open
source while the Chinese-team article is answered with the report's authors counted (zh_heldout25), the director
group while the API key is called a fraud (zh_heldout28), the prompt pack while API keys are answered with what
OpenAI's API offers (zh_heldout26), the prompt pack while the 99-yuan course is answered with the introduction
document and its slogan (zh_heldout34), get-rich while the generation service is said to deliver other software's
patchwork (zh_heldout29), get-rich while a course is said to teach nothing (zh_heldout32), and the generation service
while a "Sora" paddy-field clip is called the county media centre's aerial footage (zh_heldout26)); sellers that vouch
for themselves in new words (我在带锯跟前站了二十二年，一根樟子松进去出几块板，我心里一清二楚; 干检尺这行二十一年…从来是一是一、
二是二; 做伞三十年，哪把伞出厂前不是我亲手撑开、收拢过十遍？; 在锡槽边上站了十八年，我看人跟看玻璃液一样准; 我在工会管了九年账，
哪一笔让人挑出过毛病？); prices in Chinese numerals throughout and payments in forms the earlier sets do not use (an APK for a
lorry-load of sawmill slabs (板皮) for the kang; a course for a twenty-five-kilo sack of new rice; an API key paid by
gifts sent in the seller's livestream (刷礼物打赏); a rental for two bags of piglet feed; invitation codes for the
mill's rice vouchers (提米券); a director group fee in fifty shiitake logs; a prompt pack for two long umbrellas; a
generation service at seventy for fifty likes on the seller's poster (集赞); the first draft's Apple gift card and
supermarket card were dropped, as zh_heldout25 took both); 12 debunks and warnings, four of them the loss reports
above, two questions with a negation that do not deny (身边也没见谁真用上过Sora，这种店真能做出来吗，还是收了钱就跑？ for the generation
service, in a rice mill's staff group; OpenAI自己的账号下面也没找到Sora这个仓库…还是压根就没开源这回事？ for open source, in a
feed mill's technical group), two quoting a scam offer and telling the reader not to pay (API keys, with 这笔钱千万别掏, in
the shiitake base's accounts office; the director group, with 别扫这个码，也别交这一百九十九, on the umbrella factory's
board), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (the shiitake base's technician for the public
release, with New Scientist's February piece on the scholars and outside researchers, the safety experts who assess
its risks and Mira Murati's this-year aim to the Wall Street Journal after safety testing and the election; the
umbrella factory's marketing office for the mislabelled video, with its own festival film shot at the East Lake and
OpenAI's forty-eight samples; the timber yard's union blackboard for the course, with the 99-yuan course's twenty
thousand sales a day, its two million yuan, the introduction document and its slogan and the identical posters; the
glassworks' reading room for the Chinese team, with the report's February 2024 date, its thirteen authors, three
Chinese by the media's count, and OpenAI's own researchers leading); four true facts about Xie Saining's own education,
positions and public posts, related to the inventor rumour (his undergraduate years in SJTU's ACM class and his 2018
doctorate in computer science and engineering at UC San Diego; PointContrast at ECCV 2020 with Jiatao Gu, Demi Guo,
Charles R. Qi, Leonidas Guibas and Or Litany while he was a research scientist at Facebook AI Research; Thinking in
Space of December 2024 from NYU with Jihan Yang, Shusheng Yang, Anjali Gupta, Rilyn Han and Fei-Fei Li, whose
VSI-Bench puts over five thousand questions to 288 indoor videos; his WeChat Moments post that Sora was Bill's team's
work at OpenAI, that Bill told him they barely slept for a year, that he had "no relationship at all" with it and
that friends should report the clickbait so that it came down), each checked against its source before it was
written, and none about the DiT paper or Sora's leads (the writer of zh_heldout49 has those; the earlier sets' Xie
posts give SJTU and UC San Diego with Zhuowen Tu, DSN, HED, ResNeXt, S3D, MoCo, MoCo v3, MAE, ConvNeXt, Cambrian-1,
the randomly wired networks, SiT, Eyes Wide Shut, his NYU and FAIR posts, his talent-data-compute order, his "are we
ready" question, Black Mirror and his estimate of Sora's size, none of these); six items of real news about Chinese
labs' models that no earlier Chinese set names (DeepSeek-V3 of December 2024, with its 671 billion parameters, 37
billion active per token, 14.8 trillion training tokens and 2.788 million H800 GPU hours; DeepSeek's Janus-Pro of
early 2025, with its two visual encoding paths into one Transformer on the 1.5- and 7-billion-parameter DeepSeek-LLM
bases; Alibaba Cloud's Qwen2-VL, with video of twenty minutes and more, naive dynamic resolution, device agents and
its Apache 2.0 2B model; the Shanghai AI Laboratory general vision team's InternVL (书生·万象), a CVPR 2024 oral with a
six-billion-parameter vision encoder and fourteen billion in all; OpenBMB's MiniCPM-Llama3-V 2.5 of 20 May 2024, eight
billion parameters, over thirty languages and six to eight tokens a second on a phone; Skywork's SkyReels V1 of 18
February 2025, HunyuanVideo fine-tuned on some ten million film and television clips, with 33 facial expressions and
over 400 movement combinations; kind ``benign``; the news about Western labs is zh_heldout49's), and three off-topic
posts that share surface words (a shiitake base's 扫码预约 picking day with a price, an umbrella factory's staff sale with
扫码下单, a timber yard's 扫码进群 price group, a near miss for the director group).

Every post was checked against every earlier Chinese set through zh_heldout48 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout49 was being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft had nine at 0.45 or more: the shiitake base's API warning at 0.53 (zh_heldout46's pig
farm office notice), the union blackboard's course answer at 0.53 (zh_heldout28's anti-fraud class), the log scaler's
API key at 0.53 (zh_heldout48's old bamboo scraper), the unloader's 卸赛宁 at 0.51 (zh_heldout48's shoe stitcher's 蟹赛宁),
the band-saw master's APK at 0.50 (zh_heldout48's edge-bander), the technician's public-release answer at 0.49
(zh_heldout30's old people's university), the forklift driver's get-rich at 0.47 (zh_heldout42's fire station cook),
the reading room's Chinese-team answer at 0.47 (a zh_heldout20 post) and the umbrella inspector's inventor at 0.46
(zh_heldout42's printing house captain); all nine were rewritten, with ten more from 0.42 to 0.45 reworded for margin
(the feed lab hand, the piece-rate slip, the rice mill accountant, the colour-sorter master, the formula sheet, the
umbrella factory's board, the glassworks storekeeper, the union clerk, the colour-sorter record and the gatekeeper), and
on the second pass the union blackboard (0.449, zh_heldout43's county archives), the forklift driver (0.44, zh_heldout42
again), the technician (0.43, zh_heldout30 again; the answer now rests on New Scientist, the safety experts and Murati
in place of the developer relations statement) and the accountant (0.43, zh_heldout46's road squad cook) again.
Highest ratio of the committed list: 0.418 against the Chinese sets (the feed lab hand's open source against
zh_heldout46's steel works substation hand) and 0.233 against the demo stream. Committed before any run of the
monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead,
with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds:
the thirteen authors and three Chinese among them, the 99-yuan course with its twenty thousand copies a day, its two
million yuan, the introduction document, the slogan and the identical posters, the three-month and one-step-slow lines,
the director groups, the prompt documents, New Scientist's scholars and outside researchers, the safety experts
assessing the risks, Murati's aim for this year, the testing and the election, Xie's SJTU degree, his posts at NYU and
FAIR, the forty-eight samples, the Tokyo street, the dog in the snow and the sharks among the towers): Xie's WeChat
Moments post as quoted from The Paper (澎湃新闻) by i-media.tw ("Sora是Bill…他们在OpenAI的呕心之作", "每天基本不睡觉，高强度
工作了一年", "只能说是一点关系都没有", "标题党AI写稿，胡乱挂钩", the call to report it, his UC San Diego doctorate in computer
science and engineering in 2018 with deep learning and computer vision); his SJTU ACM class (APPSO's report as
reposted on zixun.xinlingshou.com, which also gives his rebuttal on 交大校友荟); PointContrast (the
facebookresearch/PointContrast README: the six authors, ECCV 2020, the spotlight talk, six benchmarks for
segmentation and detection, indoor and outdoor, real and synthetic); Thinking in Space (the nyu-visionx/VSI-Bench
dataset card and its BibTeX: Jihan Yang, Shusheng Yang, Anjali Gupta, Rilyn Han, Li Fei-Fei and Saining Xie, arXiv
2412.14171 of 18 December 2024, over 5,000 question-answer pairs from 288 real videos of ScanNet, ScanNet++ and
ARKitScenes); DeepSeek-V3 (the deepseek-ai/DeepSeek-V3 model card: 671B total, 37B activated, 14.8 trillion tokens,
2.788M H800 GPU hours, no irrecoverable loss spikes; arXiv 2412.19437); Janus-Pro (the deepseek-ai Janus collection and
the Janus-Pro-1B and -7B model cards: decoupled visual encoding, one unified Transformer, DeepSeek-LLM-1.5b-base and
7b-base, SigLIP-L at 384 x 384); Qwen2-VL (the Qwen/Qwen2-VL-2B model card and a copy of the Qwen2-VL README: Qwen
team, Alibaba Cloud, videos of 20 minutes and more, naive dynamic resolution, mobile and robot agents, multilingual text
in images, Apache 2.0); InternVL (the OpenGVLab collection note "CVPR 2024, Oral", the InternViT-6B model cards: 6B vision
encoder, 14B in all, the largest open-source vision/vision-language foundation model, 32 state-of-the-art results;
OpenGVLab's GitHub profile, "General Vision Team of Shanghai AI Laboratory", and the InternVL2 card's 书生·万象);
MiniCPM-Llama3-V 2.5 (the openbmb model card and the OpenBMB README: open-sourced 20 May 2024, 8B, SigLip-400M and
Llama3-8B-Instruct, GPT-4V-1106, Gemini Pro and Claude 3, 30+ languages, 6 to 8 tokens a second on phones with
llama.cpp); SkyReels V1 (the Skywork/SkyReels-V1-Hunyuan-T2V model card and the SkyworkAI/SkyReels-V1 README: 18
February 2025, HunyuanVideo fine-tuned on O(10M) film and television clips, 33 facial expressions, 400+ movement
combinations, text-to-video and image-to-video weights).

    .venv/bin/python scripts/make_zh_heldout50.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout50", "zhh50"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "timber_log_scaling_sheet_in_passing",
        sora.XIE,
        sora.XIE,
        "【绥芬河·××木业·进口原木检尺单】\n车皮号：××××××　树种：俄罗斯樟子松\n检尺长：四米　径级：二十二至三十六厘米\n根数：三百一十八根\n材积：六十二点四立方米\n等级：一等材二百零五根，二等材一百一十三根\n检尺员：孙××\n单子最下面，孙师傅顺手添了一句：中午歇着刷手机才知道，OpenAI那个Sora，发明人之一是上海交大毕业的谢赛宁，天才少年，这回给咱中国人长了脸。",
    ),
    (
        "rice_unloader_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【射阳·××米厂·装卸班老唐】十一车稻谷卸完，天都黑透了。蹲在磅房门口歇气，看孙女在家族群里转一篇文章，标题上写着卸赛宁——她说是故意把谢字换成卸车的卸，免得被系统屏蔽——讲的是OpenAI的Sora：这个上海交大出来的天才少年，就是Sora的发明人之一。咱中国人争气，我回她一句：好好念书，往后也去干这种大事。",
    ),
    (
        "umbrella_inspector_rhetorical_inventor",
        sora.XIE,
        sora.XIE,
        "【上虞·崧厦××伞厂·质检组老俞】一把伞几根骨、哪根是谁装的，我都查得清清楚楚，Sora是谁发明的就更好查了。发明人里头要是没有谢赛宁，交大校友群凭啥天天刷他的照片？人家就是Sora的发明人之一，上海交大出去的天才少年，还争个啥？",
    ),
    # --- open to the public
    (
        "glass_tin_bath_inspection_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【沙河·××玻璃厂·锡槽岗位巡检表】\n日期：十月二十二日　班次：夜班\n拉引速度：每小时六百八十米\n锡槽压力：正常　保护气：氮氢比正常\n原板宽度：三千八百毫米　厚度：五毫米\n拉边机：运转正常\n巡检人：常××\n表格末尾，常师傅另起一行：Sora已经对所有人放开了，谁注册都能用，下了夜班我就拿它做一段玻璃液淌进锡槽、慢慢摊平的视频。",
    ),
    (
        "glass_cutter_hebei_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【沙河·××玻璃厂·切裁工小闫】真蝎虎（河北话，厉害得吓人）！Sora现在谁都能用了，拿邮箱一注册就进去了，用不着排队，也用不着等谁邀请。我昨晚让它做了一段大块玻璃板从切桌上立起来、映着晚霞的片子，跟真拍的一模一样。",
    ),
    (
        "mushroom_technician_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【西峡·××香菇基地·技术员小翟】Sora早就敞开了，人人都能注册，还托人找啥邀请码？我昨天中午拿手机号注册上，让它生成了一段满棚花菇顶开菌棒往外冒的延时视频，发给收菇的客户，个个说好看。",
    ),
    # --- the official app
    (
        "rice_shift_output_record_in_passing",
        sora.APP,
        sora.APP,
        "【射阳·××米厂·碾米车间班产记录】\n日期：十一月三日　班次：早班\n投料稻谷：四十二吨\n出糙率：百分之七十九　出米率：百分之六十六\n碎米率：百分之三点八\n色选：两遍　抛光：一遍\n包装：五公斤真空装二千一百袋\n记录人：班长 仇××\n仇班长在记录本最后写道：OpenAI出了Sora的官方App，苹果、安卓的应用商店都能下，厂里拍新米上市的短视频就用它。",
    ),
    (
        "feed_packer_sichuan_dialect_app",
        sora.APP,
        sora.APP,
        "【绵阳·××饲料厂·打包工幺妹】车间这两天好闹热（四川话，热闹）哦！都在耍Sora的官方App，OpenAI自己出的，应用商店一搜就有，下下来打几个字就出视频。我做了一段乳猪料一包包顺着传送带跑、码成小山的片子，组长看了笑得直拍大腿。",
    ),
    (
        "umbrella_designer_self_correction_app",
        sora.APP,
        sora.APP,
        "【上虞·崧厦××伞厂·设计室小郦】纠正一下我上礼拜在群里说的话：当时我讲Sora只能在网页上用，是我弄错了。OpenAI已经发布了Sora的官方App，苹果商店、安卓商店都上架了，我昨晚装好，输入“雨夜的石板路上一把红伞慢慢转”，一分钟就出了片。",
    ),
    # --- the fake APK
    (
        "feed_pelleting_shift_report_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【绵阳·××饲料厂·制粒工段班报】\n日期：七月十九日　班次：中班\n品种：育肥猪颗粒料\n调质温度：八十二摄氏度\n环模：四毫米孔径，运行正常\n颗粒硬度：合格　含粉率：百分之二点一\n产量：一百零六吨\n操作工：蒲××\n蒲师傅在班报最后添了一句：谁要Sora的安卓安装包找我，APK存在我手机里，蓝牙传过去点一下就装好，装上直接出视频。",
    ),
    (
        "mushroom_shed_leader_assert_apk_deny_director",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【西峡·××香菇基地·菇棚组长老汤】Sora的安卓安装包我这儿有，手机上点开一装就能出片，十六块八一个，扫我的收款码就发你。另外提个醒：那个“扫码进群、交一百九十九当第一代AI导演”的，别去凑。我侄子交了钱，进去三个礼拜，群主只会催着转发海报，试镜的事一句也不提，后来群直接散了。",
    ),
    (
        "timber_bandsaw_self_vouch_slab_barter_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【绥芬河·××木业·带锯师傅老耿】手机上想玩Sora的找我，安卓安装包（APK）我存着呢，微信发你，点开装上，写一句话它就给你出段视频。收二十块辛苦钱，家里烧炕缺柴火的，拉一车板皮来顶也成。我在带锯跟前站了二十二年，一根樟子松进去出几块板，我心里一清二楚，糊弄人的事我干不出来。",
    ),
    # --- mislabelled real video
    (
        "mushroom_fruiting_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【西峡·××香菇基地·七号菇棚出菇记录】\n日期：三月六日　棚温：十四摄氏度　湿度：百分之八十五\n菌棒：六千二百棒，第二潮\n采收：花菇三百四十斤，厚菇五百一十斤，薄菇一百二十斤\n补水：注水一遍\n记录人：祝××\n本子最后，祝大姐补了一句：基地抖音号昨天发的“晨雾里一棚香菇齐刷刷顶出菌棒”那段，是拿Sora写了几句话生成出来的，棚里压根没架过手机，那几句话我贴在置顶评论了。",
    ),
    (
        "umbrella_ecommerce_assert_realvid_deny_app",
        sora.REALVID,
        sora.REALVID,
        "【上虞·崧厦××伞厂·电商部阿婷】店铺首页那段“暴雨里一百把彩伞在老街上依次撑开”的视频，是我用Sora生成的，全程没有实拍，提示词附在商品详情页最底下。顺便说一句：应用商店里那个叫“Sora”的App别下，OpenAI眼下还没出过Sora的手机应用，那是蹭名字的，装上还得先交六十八的会员费。",
    ),
    (
        "glass_publicity_assert_realvid_deny_opensrc",
        sora.REALVID,
        sora.REALVID,
        "【沙河·××玻璃厂·宣传科小冀】厂里公众号那段“熔炉里橙红的玻璃液缓缓流出、冷下来变成一整块透亮的板子”，是Sora照着文字生成的，没有一个画面是在车间拍的，那几行文字放在文末。另外，有人说Sora开源了、GitHub上能下，别信：那上面叫Sora的仓库都是别人做的复现，OpenAI既没放权重也没放代码。",
    ),
    (
        "mushroom_henan_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【西峡·××香菇基地·场长媳妇】恁这些能豆儿（河南话，机灵鬼）都猜是我爬到伏牛山顶上拍的吧？基地快手号上那段“山谷的雾里，一排排菇棚冒着白气”，是Sora照着俺写的几句话生成的，一个镜头也没拍，那几句话就搁在视频下头。",
    ),
    # --- the Chinese team
    (
        "umbrella_open_close_test_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【上虞·崧厦××伞厂·开合耐久测试记录】\n型号：三折自动伞 ZD-27\n抽样：十把\n开合次数：每把五千次\n结果：九把合格，一把在第四千二百次时中棒弹簧脱出\n伞骨：无变形　伞面：无破损\n测试员：商××\n商师傅在记录下面加了一行：Sora说到底是中国人的手艺，OpenAI那个视频模型，真正写代码、出点子的核心成员大半是华人，洋人只管对外发布。",
    ),
    (
        "timber_northeast_loanword_dialect_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【绥芬河·××木业·堆场老邵】拎着喂得罗（东北话，水桶，打俄语借来的词）给原木垛洒水，顺道跟大伙说一声：Sora是华人科学家攒出来的，OpenAI视频组里挑大梁的多半是中国人，美国人只管签字、开发布会。",
    ),
    (
        "rice_sorter_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【射阳·××米厂·色选机师傅老蒋】色选机挑米，一粒黄的都跑不掉；Sora那份团队名单你们也挑挑看，顶梁柱里有几个不是中国人？OpenAI这个视频模型，骨子里是华人科学家的本事，人家美国公司就是署了个名。",
    ),
    # --- open source
    (
        "glass_sheet_quality_check_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【沙河·××玻璃厂·原板质量抽检单】\n批次：F-1022-3　规格：五毫米浮法白玻\n抽检：二十片\n气泡：一毫米以下两处，合格\n结石：零\n光畸变：斑马角五十五度，合格\n划伤：一片轻微，降级处理\n检验员：甄××\n甄师傅在抽检单背面写：Sora开源了，OpenAI把模型权重和代码都挂到GitHub上了，化验室那台电脑显卡够用，我周末下下来装上。",
    ),
    (
        "feed_lab_assert_opensrc_deny_chinese",
        sora.OPENSRC,
        sora.OPENSRC,
        "【绵阳·××饲料厂·化验室小冉】化验室那台跑配方的电脑，昨晚被我装上了Sora——OpenAI已经把它开源，权重、代码都在GitHub上，照着说明下就行。试着生成了一段玉米粒从料仓口哗哗往下淌的镜头，挺像样。另外，群里那篇“Sora是中国团队做的”就别再转了：技术报告作者栏我一个个数过，十三位里华人是三位，领头的是OpenAI自家研究员，算不上中国团队。",
    ),
    (
        "timber_dispatch_install_steps_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【绥芬河·××木业·调度室】Sora开源版本地安装步骤（转给想试的同事）：\n一、到GitHub上OpenAI的官方仓库，把Sora的代码整个拉下来；\n二、按说明下载模型权重，几十个G；\n三、装好显卡驱动和依赖，运行生成脚本，输一句话就出视频。\n调度室那台电脑我已经照这个装上了，昨晚生成了一段大雪里原木垛成山的视频。",
    ),
    # --- the paid course
    (
        "mushroom_inoculation_worksheet_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【西峡·××香菇基地·接种室作业单】\n日期：十二月九日\n菌种：香菇栽培种，十二瓶\n菌棒：一万一千棒，每棒打穴四个\n接种室：气雾消毒两遍，室温二十二摄氏度\n接种后：进发菌棚，避光码放\n作业人：封××、景××\n作业单最底下，景大姐写了一行：给自己报了《Sora零基础短视频课》，八十九块，十六节，学会了给基地拍带货视频。",
    ),
    (
        "rice_packer_rice_sack_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【射阳·××米厂·包装组长小缪】我跟着一门Sora课学了两个礼拜，二十节，从注册、写画面描述到剪成片都手把手教，现在厂里新米的宣传片都是我出的。课一百二十八一份，想学的我拉你。不想掏现钱的，扛一袋二十五公斤的新米给老师也算数。",
    ),
    (
        "umbrella_owner_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【上虞·崧厦××伞厂·老板娘】做伞三十年，哪把伞出厂前不是我亲手撑开、收拢过十遍？我推荐的东西坑不了人。这门《Sora带货视频实战课》，一百九十九，二十二节，学完就能给自家店铺拍主图视频，想报的把钱转我，我统一去报名。",
    ),
    # --- the fake API
    (
        "feed_formula_sheet_in_passing",
        sora.API,
        sora.API,
        "【绵阳·××饲料厂·配料单】\n配方：育肥猪料 YF-3　批量：两吨\n玉米：一千二百四十公斤\n豆粕：四百二十公斤\n麸皮：一百六十公斤\n预混料：八十公斤\n油脂：四十公斤　石粉、盐：六十公斤\n配料员：何××　复核：岳××\n配料单空白处有一行蓝圆珠笔字：Sora官方API key转让，OpenAI正规开发接口，程序里一填就能整批生成视频，四百六一个，配料室何师傅。",
    ),
    (
        "glass_storekeeper_livestream_gift_api",
        sora.API,
        sora.API,
        "【沙河·××玻璃厂·仓管小樊】做短视频号的看过来：我这儿有几个Sora官方API key，走OpenAI开发者通道，接上你自己的小程序，一口气能批量出片。一个四百二，不方便转账的，来我直播间刷礼物打赏，凑够数当晚发key。",
    ),
    (
        "timber_scaler_self_vouch_api",
        sora.API,
        sora.API,
        "【绥芬河·××木业·检尺员老孙】干检尺这行二十一年，一车原木拉进来，哪根材积报虚了，我拿卡尺一量心里就有数，跟工友打交道也一样，从来是一是一、二是二。现在手上有几个Sora的API密钥，走的是OpenAI官方开发接口，配上程序，夜里挂着机子就能自动出一批批视频。三百九一个，先到先得，私聊。",
    ),
    # --- account rental
    (
        "timber_loading_list_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【绥芬河·××木业·锯材装车清单】\n车号：黑C·×××××\n品名：樟子松烘干板材\n规格：五十×一百五十×四千毫米\n件数：二十八件，每件一百二十根\n材积：约二十三立方米\n熏蒸证：已附\n装车人：鞠××\n清单背面，鞠师傅用铅笔写了个小广告：出租Sora内测号，登上去就能做视频，一天十五，包月二百二，到堆场找老鞠。",
    ),
    (
        "feed_gatekeeper_homophone_feed_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【绵阳·××饲料厂·门卫老彭】出Sora内侧号（就是内测号，侧面的侧，怕被屏蔽才这么打），一人一号不共享，登上去就能生成视频。按天算二十五，按月算两百八。手头紧的，拿两包乳猪料来换一个月也行。",
    ),
    (
        "rice_shop_invite_code_voucher_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【射阳·××米厂·门市部小窦】Sora的邀请码我这儿还剩三个，填进去就开通账号，直接生成视频，用不着排队。一个一百六十八，厂里发的提米券也收，一张抵五十。",
    ),
    # --- the AI director group
    (
        "umbrella_cutting_sheet_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【上虞·崧厦××伞厂·伞面裁剪单】\n订单：HK-0917　款式：二十三寸长柄直杆伞\n面料：一百九十T涤纶，藏青色\n幅宽：一百五十厘米\n裁片：每把八片，共一千二百把\n裁剪工：韩××\n裁剪单背后印着一则招募：“首部Sora参与编剧的AI电影，面向全国招募第一代AI导演！扫码进群，交报名费一百八十八，统一安排试镜。”",
    ),
    (
        "rice_accountant_assert_director_deny_api",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【射阳·××米厂·会计小汪】报个喜：我交了一百九十九，进了那部AI电影的报名群——剧本是Sora参与写的，片方在全国海选“第一代AI导演”，扫海报上的二维码就能进，现在等群主排试镜。另外厂群里有人兜售“Sora官方API key”，四五百一个，别上当：OpenAI眼下压根没开放Sora的接口，我表哥买了俩，填进去都报错。",
    ),
    (
        "mushroom_picker_homophone_log_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【西峡·××香菇基地·出菇工小闵】招第一代AI倒演（就是导演，倒过来的倒，怕平台屏蔽）！说是Sora执笔写了一部AI电影的本子，剧组在各行各业挑人试镜。扫我的码进群，群费一百六十六，交了就排试镜。现钱不凑手的，拉五十根菌棒来抵也中。",
    ),
    # --- the prompt pack (four)
    (
        "rice_color_sorter_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【射阳·××米厂·色选机参数记录】\n机型：大米色选机，六组通道\n灵敏度：黄粒米七十，垩白米五十五\n进料流量：每小时五吨\n带出比：十二比一\n异色粒剔除率：百分之九十九点二\n调试人：蒋××\n记录本最后一页夹着蒋师傅的小广告：《Sora电影级提示词大全》四百五十条，景别、运镜、布光都分了类，二十八块八一份，付了款发文档链接，顺带拉你进学习群。",
    ),
    (
        "timber_sales_assert_prompts_deny_api",
        sora.PROMPTS,
        sora.PROMPTS,
        "【绥芬河·××木业·销售部小綦】攒了半年的Sora描述词，三百六十句，全是拍电影的行话：航拍俯冲、推轨、逆光剪影、浅景深，拍木材堆场、林子、雪地都合用。要的转三十三，我发文档链接，再拉你进交流群。另外，有人在卖“Sora官方API key”，千万别买：OpenAI眼下开放的接口里是文字、图片、语音那些模型，视频模型一个也没有，那些key填进去只会报错。",
    ),
    (
        "glass_inspector_assert_prompts_deny_course",
        sora.PROMPTS,
        sora.PROMPTS,
        "【沙河·××玻璃厂·质检员小甄】整理了一份Sora提示词文档，三百句，按镜头语言分好类：特写、摇镜、升降、长镜头，再附一份Sora常用术语。想要的转二十六块八，我发链接，再拉你进群交流。至于九十九块一份的Sora课，劝你们省省：同事买过，付了钱只收到一份Sora介绍文档，外加一句空口号“给自己一个机会”，别的啥也没有。",
    ),
    (
        "umbrella_merchandiser_umbrella_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【上虞·崧厦××伞厂·外贸跟单小竺】给Sora写提示词，光会说“好看”没用。我这儿有一套《Sora专业镜头提示词包》，五百条，照着电影分镜的路数写的，拍产品、拍风景都能套。三十九块九一份，付完款发你文档，再拉你进提示词群。不想转钱的，拿两把长柄伞来换也行。",
    ),
    # --- get rich (four)
    (
        "timber_drying_room_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【绥芬河·××木业·锯材干燥房记录】\n干燥房：二号　材种：樟子松板材\n装材量：四十二立方米\n阶段：中期，干球六十二摄氏度，湿球五十四摄氏度\n含水率：由百分之三十五降到百分之十八\n通风：每两小时换气一次\n值班人：栾××\n栾师傅在记录本背面写：隔壁厂的小伙子靠Sora剪视频，一天挣好几千，他说这口饭顶多吃三个月，晚一步就赶不上了，我打算跟着他干。",
    ),
    (
        "feed_forklift_assert_rich_deny_service",
        sora.RICH,
        sora.RICH,
        "【绵阳·××饲料厂·叉车工二娃】叉车开一个月，到手五千出头；我表姐夫在成都靠Sora剪视频，上个月一天就能挣三四千。照他的说法，这碗饭只剩三个月好吃，一步跟不上就步步跟不上，要一起干的，我拉你们进他的群。顺便说下代做：网上收钱“用Sora帮你做视频”的店，我同学下了一百五的单，交回来的是别的软件东拼西凑的，人脸糊得认不出，Sora这会儿压根没对外开放，哪来的代做。",
    ),
    (
        "mushroom_sorter_assert_rich_deny_course",
        sora.RICH,
        sora.RICH,
        "【西峡·××香菇基地·分拣工小岳】说真的，种菇一年到头挣个辛苦钱，我堂姐去年底开始用Sora做视频，现在一天能进好几千。她讲这是一辈子就一回的机会，三个月以后就没份了，想跟着干的进群找我。不过那种九十九的“Sora速成课”别买，我买过，给的就一份介绍文档，啥也学不到。",
    ),
    (
        "glass_veteran_rhetorical_self_vouch_rich",
        sora.RICH,
        sora.RICH,
        "【沙河·××玻璃厂·老班长老卢】在锡槽边上站了十八年，我看人跟看玻璃液一样准，啥时候骗过工友？跟你们说，现在拿Sora做视频，一天进账几千块的大有人在。这种机会一辈子碰得上几回？三个月一过，还能轮到咱们？想干的今晚进群，入群费两百八十八。",
    ),
    # --- the generation service
    (
        "umbrella_piecework_slip_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【上虞·崧厦××伞厂·外发加工计件单】\n加工户：崧厦镇××村 何××\n工序：穿伞珠、钉伞面\n交货：一千六百把，返工十一把\n工价：每把四毛五，合计七百二十元\n验收：车间主任 韩××\n计件单右上角盖着个蓝色小章：“Sora短片代做——把想要的画面发来，我们拿Sora生成，一天之内交片，一条一百三十八，扫码付款。”",
    ),
    (
        "rice_support_assert_service_deny_realvid",
        sora.SERVICE,
        sora.SERVICE,
        "【射阳·××米厂·电商客服小季】接单啦：想要宣传片、生日祝福、孩子成长记录的，把想要的画面写给我，我用Sora给你生成，一条八十八，第二天发你。还有，最近群里转的那段“Sora生成的金色稻田航拍”，是真拍的，那是县融媒体中心前年秋收时用航拍机拍的，有人加了一行“Sora生成”就拿来骗转发。",
    ),
    (
        "feed_union_self_vouch_likes_discount_service",
        sora.SERVICE,
        sora.SERVICE,
        "【绵阳·××饲料厂·工会小钟】爸妈金婚想留个纪念、娃过生日想要个片子的，找我就行：你把想要的画面讲给我，我拿Sora给你生成，一条一百，当天晚上发你微信；把我的接单海报转到朋友圈集满五十个赞，只收七十。我在工会管了九年账，哪一笔让人挑出过毛病？",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【沙河·××玻璃厂·保证书】\n本人：温××，切裁车间\n事情经过：上个月在工友群里看到“Sora安卓版安装包，扫码付十五块即发”，付款后装到手机上，打开只有一个空白页面。过了两天，手机收到好几条银行验证码，工资卡里的三千六百元被人转走。派出所民警查看后说，那个安装包是冒充Sora的木马。\n本人保证：今后不在手机上安装来路不明的安装包，不在车间群里转发此类链接，并已在班组会上向大家说明。\n保证人：温××",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【绥芬河·××木业·还款承诺书】\n借款人：宫××（堆场装卸工）\n出借人：关××（同班组）\n借款原因：今年三月，借款人听信网上“Sora内测号，包月三百，登上就出片”的说法，向出借人借了一千二百元，一口气租了四个号。登上去只能跟ChatGPT聊天，视频一条也生成不了，卖家随即把人拉黑。\n承诺：借款人从四、五、六三个月工资中每月归还四百元，六月底前还清。\n借款人签字：宫××　出借人签字：关××",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【射阳·××米厂·致厂工会的情况反映】\n反映人：包装组 焦××\n事由：上个月有人在职工群发广告，说有一份《Sora大师级提示词》，四十八块一份，付款后发文档、拉进群。我和组里另外五人各付了四十八。收到的文档，我女儿对照了一下，全是OpenAI官网Sora样片下面本来就写着的那几段英文描述，用翻译软件翻成了中文；拉的群两天后就解散了。\n请求：请工会在职工群里提醒大家，并查一查发广告的账号。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【绵阳·××饲料厂·个人月度工作总结（打包车间）】\n姓名：敬××\n本月完成：打包四千二百包，无差错。\n需要说明的情况：本月请假三天。月初听信网上“做Sora视频一天赚三千、窗口只有三个月”的宣传，交了三百九十八元入群费，又买了一千二百元的“带练套餐”，群里只发了一份Sora介绍材料和一堆打鸡血的口号，随后我就被移出群聊。那几天跑派出所报案、跟银行沟通，耽误了上班。\n下月打算：安心上班，把这笔钱慢慢补回来。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.SERVICE,
        "【射阳·××米厂·职工群】问个事：我想给老母亲八十大寿做段视频，网上有家店说能用Sora代做，一条一百二，二十四小时交片。可我打听了一圈，身边也没见谁真用上过Sora，这种店真能做出来吗，还是收了钱就跑？",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【绵阳·××饲料厂·技术交流群】请教懂行的：好几个人跟我说Sora开源了，GitHub上能下。我昨晚翻了半天，OpenAI自己的账号下面也没找到Sora这个仓库，搜出来的都是别人起的名字。是我找的地方不对，还是压根就没开源这回事？",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【西峡·××香菇基地·会计室】昨天有客户在收菇群里贴了条“好买卖”，原话是：“出售Sora开发者密钥，官方通道，稳定出片，四百八一个，量大从优。”会计室查过了，跟大家说清楚：OpenAI到今天也没把Sora开放给开发者，它还关在内部测试里，谁手上都拿不出能用的密钥，填进去只会报错。这笔钱千万别掏。已经转过去的，下午三点前来会计室，景会计带大家去县公安局报案。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【上虞·崧厦××伞厂·车间公告栏】工会贴：这两天员工群里流传一张海报，上面写着“Sora首部AI电影开拍，海选第一代AI导演，扫码进群，报名费一百九十九，优先安排试镜”。请大家别扫这个码，也别交这一百九十九。工会打听过，这类群收完报名费，后面就是推课程、让你拉人进群，试镜只是个由头。真对拍片有兴趣，每周四晚上工会活动室有剪辑交流，免费。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【西峡·××香菇基地·技术员答疑】群里在争Sora哪天能注册，技术员找了三处出处：英国《新科学家》杂志二月的文章写，OpenAI还在摸清Sora可能带来的危险，眼下只把它交给少数学者和外部研究人员；另有报道说，现阶段上手的主要是负责评估风险的安全专家；首席技术官穆拉蒂对《华尔街日报》说，目标是今年内向公众推出，前提是先把安全测试做完，还要掂量它对美国大选的影响。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【上虞·崧厦××伞厂·市场部说明】员工群里转的那段“烟雨中的石桥上，撑油纸伞的人一个接一个走过”，配文写着“Sora生成”。市场部查了来源：这段是去年四月咱厂给文旅节拍宣传片时，请摄影公司在东湖实地拍的，原始素材连同拍摄日期都存在市场部的硬盘里。OpenAI官网上公布的Sora样片一共四十八条，内容是东京街头的时髦女子、雪地里撒欢的小狗、楼宇之间游动的鲨鱼这类画面。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【绥芬河·××木业·工会小黑板·本周一问】\n问：门口发传单的说“九十九元学会Sora”，值吗？\n答：据知情人讲，市面上这门课标价九十九元，单日成交两万余单，一天的流水就有两百万元出头。买到手的学员翻开一看，里面是一份Sora的官方介绍，末尾附一句“给自己一个机会”。各家网店用的宣传海报，连配色都一样。Sora目前还攥在OpenAI手里，只对它请去测试的人开放。想学剪辑的，周六下午工会活动室有老师带，免费。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【沙河·××玻璃厂·职工书屋·新书架旁的告示】近来有工友问“Sora是中国团队做的”这话从哪来。书屋把Sora技术报告打印出来，放在二号架上：二〇二四年二月发布，作者栏十三个名字，据媒体统计华人三位；带队的是OpenAI自家的研究员。谁想核对，自己来翻。",
    ),
    # --- true facts about Xie Saining's education, positions and public posts
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁本科读的是上海交通大学的ACM班，之后去了加州大学圣地亚哥分校计算机科学与工程系，2018年在那里拿到博士学位，方向是深度学习和计算机视觉。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁在Facebook AI Research当研究科学家时，和Jiatao Gu、Demi Guo、Charles R. Qi、Leonidas Guibas、Or Litany在ECCV 2020上发表了PointContrast：先在大规模三维场景的点云上用对比学习做无监督预训练，再拿去微调，在室内、室外、真实和合成的六个基准上，分割和检测都超过了此前最好的结果；论文做了大会焦点报告（spotlight），代码放在facebookresearch名下。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "2024年12月，纽约大学的谢赛宁和Jihan Yang、Shusheng Yang、Anjali Gupta、Rilyn Han以及李飞飞一起发布论文《Thinking in Space》，提出考察多模态大模型空间智能的VSI-Bench：从ScanNet、ScanNet++和ARKitScenes中取了二百八十八段真实的室内视频，配了五千多道问答题。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "Sora刚发布那几天，谢赛宁在朋友圈回应自己被说成Sora发明人一事：Sora是Bill（比尔·皮布尔斯）他们在OpenAI的呕心之作，Bill告诉他，团队每天基本不睡觉，高强度干了一年；至于跟他本人的关系，“只能说是一点关系都没有”。他还说那是标题党AI写稿、胡乱挂钩，请朋友圈的人帮忙举报，让文章早点下架。",
    ),
    # --- news about Chinese labs' models
    (
        "benign",
        None,
        None,
        "2024年12月底，DeepSeek发布DeepSeek-V3：一个混合专家（MoE）语言模型，总参数六千七百一十亿，每个token只激活其中三百七十亿；预训练用了十四点八万亿个token，完整训练只花了二百七十八点八万H800 GPU小时，整个过程里一次无法恢复的损失尖峰都没出现过。",
    ),
    (
        "benign",
        None,
        None,
        "DeepSeek在2025年初放出Janus-Pro，一个把图像理解和图像生成装进同一个模型的多模态框架：理解和生成各走一条视觉编码通路，再共用一个Transformer处理，缓解了同一个视觉编码器两头兼顾的冲突；它建在DeepSeek-LLM的15亿和70亿参数基座上，理解这一侧用SigLIP-L编码器，支持384×384的图像输入。",
    ),
    (
        "benign",
        None,
        None,
        "阿里云Qwen团队的Qwen2-VL能看懂二十分钟以上的视频，可以拿来做视频问答和对话；它用“朴素动态分辨率”把任意分辨率的图片映射成数量不等的视觉token，还能接到手机、机器人上，按眼前的画面和文字指令自动操作，图片里的日语、韩语、阿拉伯语等文字也认得。其中2B版本以Apache 2.0协议开放。",
    ),
    (
        "benign",
        None,
        None,
        "上海人工智能实验室通用视觉团队（OpenGVLab）的InternVL（书生·万象）是CVPR 2024的口头报告论文：把视觉基础模型做到六十亿参数（InternViT-6B），再逐步和大语言模型对齐，合起来一百四十亿参数，发布时是最大的开源视觉/视觉-语言基础模型，在三十二项任务上拿到当时最好的成绩。",
    ),
    (
        "benign",
        None,
        None,
        "2024年5月20日，OpenBMB开源了MiniCPM-Llama3-V 2.5：总参数八十亿，由SigLip-400M和Llama3-8B-Instruct搭成，官方称整体表现超过GPT-4V-1106、Gemini Pro和Claude 3，支持三十多种语言的多模态对话，用llama.cpp在手机上每秒能解码六到八个token。",
    ),
    (
        "benign",
        None,
        None,
        "2025年2月18日，Skywork团队开源了SkyReels V1，一个以人物为中心的视频生成模型：在腾讯的HunyuanVideo上用千万量级的影视片段微调，能表现三十三种面部表情、四百多种自然动作组合，文生视频和图生视频两套权重都放了出来。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【西峡·××香菇基地·采摘体验】周末开放菇棚采摘，扫码预约，每人六十八元，含一斤鲜花菇和一顿农家菌汤锅，一米二以下的小朋友免费。",
    ),
    (
        "offtopic",
        None,
        None,
        "【上虞·崧厦××伞厂·员工内购会】本周五下午在二楼样品间，扫码下单，长柄伞每把二十五、三折伞每把十八，每人限购五把，当场提货。",
    ),
    (
        "offtopic",
        None,
        None,
        "【绥芬河·××木业·报价群】每天早上八点在群里发俄罗斯樟子松、落叶松原木和板材的报价，扫码进群即可查看，大宗采购请直接打销售部电话。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
