# ruff: noqa: E501
"""Write tests/data/zh_heldout64_{posts,qrels,labels}: a sixty-fourth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the prompt pack, the mislabelled video and
get-rich, three for each other template: counted from the qrels of zh_heldout2 to zh_heldout62, the inventor and the
Chinese team last had four in zh_heldout58 and zh_heldout59 gave its fours to API access, the prompt pack and the
mislabelled video; the inventor, the Chinese team and API access go to zh_heldout63, written at the same time, and the
prompt pack and the mislabelled video stay here; the third four goes to one of zh_heldout60's three: account rental
and get-rich both had four in zh_heldout55 and the APK in zh_heldout56, and before that get-rich in zh_heldout50 and
account rental in zh_heldout51, so get-rich takes it), as a Sora rumour / scam wave reads in the genres of a sanqi
co-operative (文山·××三七合作社: 砚山片区, 荫棚, 三年七, 采挖, 剪口, 须根、筋条, 每五百克的个数分三十头、四十头、六十头, 滚筒加蜡块打磨), a woodblock
New-Year print workshop (朱仙镇·××年画作坊: 秦琼、敬德门神, 灶君, 梨木线版、色版, 黑线打底, 槐黄、丹、绿、桃红、紫, 对版、规矩, 错版、漏色, 刷印), a
valve factory (玉环·××阀门厂: 黄铜球阀, DN十五、二十、二十五, 公称压力一点六兆帕, 壳体强度试验二点四兆帕, 渗漏、冒汗, 聚四氟乙烯阀座, O形圈, 镀镍,
唛头, 二十尺柜), a chestnut plant (迁西·××板栗加工厂: 燕山板栗, 浮选, 空壳栗、虫眼栗, 分级机, 开口, 隧道炉, 去壳去内皮, 甘栗仁, 喷码), an
office-chair factory (安吉·××转椅厂: 气压棒来料抽检, 五星脚, 底盘, 回弹, 高背网椅, 弹力网布, 绷网, 转动耐久试验十二万次, 滑轮) and a cotton
ginnery (石河子·××轧花厂: 一四七团, 机采籽棉, 过磅、扣杂, 回潮, 锯齿轧花机, 皮棉, 每包二百二十七公斤, 公检, 条码, 颜色级, 长度二十九毫米).

Of the six worlds first asked for, two were kept and four were replaced; each was grepped, in Chinese and English, in
every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The Suzhou embroidery studio (苏绣工作室)
is the embroidery zh_heldout60 set aside for hard_en_heldout59's and hard_en_heldout60's kofia embroiderers and
milliners (hard_en_heldout44 has an embroidery circle too), and it would sit in Suzhou a second time beside zh_heldout62's
fruit-stone carving (光福) and zh_heldout56's Weitang pearls (苏绣 occurs nowhere, 刺绣 only as zh_heldout55's embroidered
name on a school bag). The Haining leather factory (海宁·皮革厂) is hard_en_heldout54's world of saddlers and
leatherworkers, its oak-bark tannery among them, with tanners again in hard_en_heldout59, 63 and 65 (海宁 occurs only as
zh_heldout56's tidal bore at Yanguan, 皮革 only in hard_en_heldout54's word list). The Xuyi crayfish plant (盱眙·龙虾加工厂)
is the seafood plant zh_heldout61 dropped ("crayfish in Qianjiang", for zh_heldout62's kelp works), and its cooking,
freezing and packing would sit beside zh_heldout62's kelp plant, zh_heldout45's cannery and zh_heldout44's cold store
(龙虾 and 盱眙 occur nowhere, crayfish only in passing in hard_en_heldout45 and 58). The Zhenjiang vinegar works
(镇江·香醋厂) is zh_heldout44's world: its Qingxu vinegar works (醋厂, 熏醅, 淋醋, 陈酿区), with vinegar in the seasoning of
many later posts. The sanqi co-operative stays: 三七, 田七, 文山 and notoginseng occur nowhere; its nearest neighbours are
zh_heldout61's goji co-operative, which grades dried fruit by count (the reason zh_heldout61 dropped ginseng in Fusong),
and zh_heldout59's sun-dried peel, so the sanqi posts stay with the shade sheds, the digging, the trimming and the
tumbling, and have none of 晒, 粒 or 茶 (果 only in 结果 and 苹果; their count per 500 g is the trade's own 头数, which occurs
elsewhere only inside 从头数到尾 and 手指头数数). The print workshop stays: 年画, 朱仙镇, 木版, 门神, 槐黄 and 梨木 occur nowhere;
its posts print from blocks and keep away from zh_heldout42's four-colour printing works (no 印刷, 四色), zh_heldout60's
lacquer gilding and figure painting and zh_heldout62's inside painting (no 描金, 开相, 内画), and from the woodcarving of
zh_heldout63's 东阳 (blocks are cut, 刻版, as the printer's plate; no post has 雕). Four trades took the other places, each
in the town known for it and checked the same way: 阀门 occurs only as zh_heldout36's water-works valve maintenance
(DN600阀门检修), 玉环, 球阀, 气压棒, 转椅, 安吉, 板栗, 栗, 迁西, 甘栗仁, 轧花, 籽棉, 皮棉, 公检 and 石河子 occur nowhere, and no English set has a
valve maker, a chair maker, a chestnut packer or a ginnery as its world (chestnuts only as woods and colours, valves
only as a car's EGR valve and a ball's). The nearest neighbours are kept at a distance: zh_heldout44's shipyard air test (气密试验), zh_heldout56's
inflatable castles (保压, 漏点) and zh_heldout51's machine tools, where the valve posts test shells with water and
assemble brass with none of 气密, 保压, 车床 or 锻; zh_heldout48's furniture carver, zh_heldout60's mattresses and
zh_heldout62's crane load tests, where the chair posts check gas lifts, cut mesh and run a swivel test with none of
雕, 床垫 or 静载; zh_heldout62's garlic plant and kelp plant and zh_heldout58's boiled seeds, where the chestnut posts float,
grade and roast with none of 真空, 铝箔, 冷库, 筛 or 晒; and zh_heldout47's spinning and zh_heldout49's weaving, where the
ginnery posts weigh, gin and bale seed cotton with none of 纺 or 纱. Others were thought of and dropped: a toothbrush
factory (zh_heldout53 and 54 have Hangji), fasteners (set aside by zh_heldout60 for hard_en_heldout48's ironmongers), a
lead-acid battery works (set aside by zh_heldout59), fireworks (zh_heldout43), a shuttlecock factory (set aside by
zh_heldout57), batik (hard_en_heldout48's batik co-operative), plywood (zh_heldout50's sawmill), hand-forged woks (the
smiths of hard_en_heldout53) and down jackets (zh_heldout49). None of the settings is among those given to the writers
working at the same time (zh_heldout63's 德化白瓷, 东阳木雕, 五常大米, 嵊州领带, 蕲春艾草 and 福鼎白茶; hard_en_heldout69's alpaca
breeders, asparagus growers, pétanque clubs and carillonneurs; hard_en_heldout70's sugar-beet growers, coffee roasters,
canoe polo clubs and mariachi bands): no post has 白瓷, 木雕, 大米, 领带, 艾草, 白茶, 羊驼, 芦笋, 滚球, 钟琴, 甜菜, 咖啡 or 皮划艇; the
other branches had no writer script yet when this one was committed, so the lead checks them against each other.

The posts: a weighbridge record with the inventor rumour in the checker's line (【籽棉收购过磅记录】), a printer reading an
article with the name dictated, a chair assembler; a valve shell test with the public release on its back
(【壳体强度试验记录】二点四兆帕), a chestnut e-commerce hand, a sanqi information officer; a gas-lift sampling record with the
official app in its margin (【气压棒来料抽检记录】), a ginnery statistician, a sanqi member's wife in Yunnan speech; a digging
register with the APK on its back cover (【采挖登记】三年七), a valve export clerk with the installer disguised, an old chestnut
sorter; a colour-printing record with the mislabelled video at its end (【套色刷印记录】), a chair factory's marketing hand,
a valve technician, a ginnery publicity officer; a flotation record with the Chinese-team claim in its last line
(【浮选记录】), a print workshop's owner, a ginnery mechanic; a baling and inspection record with open source beside the
signature (【打包公检记录】二百二十七公斤), an old printer in Henan speech, a chair factory's IT hand; a trimming and grading
record with the course copied under it (【剪口分级记录】三十头、四十头、六十头), an old valve fitter, a chestnut storekeeper; a
ball-valve assembly record with the API key on a card on the workbench (【球阀装配记录】), an old chair-base fitter, a sanqi
technician; a mesh-cutting record with account rental in red ink (【网布裁剪记录】), a ginnery loader in Xinjiang speech, a
printer renting an account under a homophone; a block-carving register with the director group on a leaflet inside it
(【刻版登记】梨木, 灶君), a chestnut packer, a sanqi accountant; a kernel record with the prompt pack on a flyer inside it
(【甘栗仁加工记录】), a sanqi e-commerce hand, an old cotton grader, a chair factory shop's auto-reply; a packing and
dispatch record with get-rich in its margin (【包装出货记录】), a valve worker in Taizhou speech, a print apprentice, a
chestnut grader; a swivel durability record with the generation service in its margin (【转动耐久测试记录】十二万次), a
chestnut office clerk and a valve export clerk's WeChat signature. Platform-native forms the earlier sets do not use:
the fourteen records above, a chair factory shop's automatic reply (工厂店客服的自动回复), a WeChat signature (微信签名档), a
workshop master's letter to an apprentice's parents (给学徒家长的一封信), an application for hardship aid (职工困难补助申请表),
a co-operative board's minutes (理事会会议纪要), a finance office's note rejecting a claim (财务科报销退单说明), a workshop
head's reply in the workers' parents' group, a clapper-talk script for a members' meeting (文艺队快板词), an IT
department's notice (信息部通报), a quality inspector's line-by-line comparison (给工友列的对照), a safety officer's reminder
read at a pre-shift meeting and a dormitory warden's message board. Four loss reports (kind ``debunk_loss``): the print
workshop's letter to an apprentice's parents for get-rich (468 yuan for a "Sora掘金营", ads and recruiting, 1,800 more
for "合伙人"); the ginnery's hardship-aid application for the director group (199 yuan to join, 600 more as audition
travel money, the group dissolved); the sanqi board's minutes for the generation service (300 yuan for a "Sora定制"
promotional clip that was the co-operative's own photos zoomed and panned under downloaded music); and the chestnut
plant's rejected expense claim for API access (760 yuan for two "Sora官方API key" that answered in chat text and
"模型不存在", 200 more asked for "视频权限").

Regional speech the earlier sets do not use, each glossed and none in an earlier Chinese post or writer script: Yunnan
老倌 (the man of the house), Henan 不沾弦 (unreliable), Xinjiang 胡里马汤 (careless, anyhow) and Taizhou 危险 as an
intensifier (危险好赚); the earlier posts' Yunnan has 板扎, 憨包, 咋个 and 整哪样, their Henan 中, 得劲, 排场, 喷空 and 老鳖一,
their Xinjiang 勺子, 儿子娃娃 and 克里马擦, their Wu 木佬佬, 交关 and 结棍. Obfuscation of kinds no earlier set used, only one of
them a homophone, all glossed in the post: 谢赛宁 dictated word by word as one spells a name on the phone (“感谢的谢，比赛的赛，
安宁的宁”), 安装包 / APK written as the acronym's expansion (Android Package Kit, "就是APK的全称") and 内测号 with a homophone no
earlier set used (内测浩, "浩荡的浩，跟号码的‘号’一个音"); zh_heldout63's writer is asked to use homophones for at most one of
its three. The kinds found used and set aside: Wubi codes (zh_heldout41's MTKG and RFYN), phone-keypad digits
(zh_heldout28's 7672), the NATO spelling alphabet (zh_heldout28 and 29), fancy Unicode letters (zh_heldout24 to 34), and
the fiftieth to sixty-second sets' homophones (卸赛宁, 械赛宁, 谢赛凝, 屑赛宁, 谢赛咛, 榭赛宁, 邂赛宁, 燮赛宁, 安桩包, 鞍装包, 安装苞, 安装煲,
安装胞, 谙装包, 内侧号, 内册号, 内策号, 内恻号, 内测皓, 内测耗, 内测昊, 内厕号), 谢sai宁, 安装📦, 內測號, zh_heldout61's English
translation of the name, katakana installer and 内测#, and zh_heldout62's look-alike 谢寨宁 and radical-less 女装包.
Rhetorical questions that assert rather than deny: 你们想想，谁能把镜头塞进阀体里头去拍？ for the mislabelled video, 你倒说说，东西都
敞着让人拿，这跟开源有啥两样？ for open source and 骗子能舍得下这么大本钱吗？ for the director group. Posts asserting one claim
while denying another, the asserted claim always one of the public release, the generation service, the official
app, API access, the prompt pack, the mislabelled video and the Chinese team (zh_heldout63, written at the same time,
asserts only the other seven), in the nine pairings of these seven that the labels of the earlier Chinese sets (kinds
``*_assert_X_deny_Y``) last used longest ago, each denied claim denied once, none of them zh_heldout61's nine: the
mislabelled video while the public release is answered with the red team and invited artists and phishing links
(zh_heldout44); the Chinese team while a "Sora代做" wedding clip is said to be the buyer's photos zoomed and panned
(zh_heldout44); the official app while the APK link is said to flood a phone with ads and reach for a bank card
(zh_heldout45); the public release while a rented account is said to have had its password changed after three days
(zh_heldout45); the generation service while the inventor claim is answered with Xie's post at NYU, the thirteen
authors, his note in his Moments and the outlet's apology (zh_heldout45); the Chinese team while a director group is
said to have asked for 800 more as a "crew deposit" (zh_heldout46, never used before); the prompt pack while a
three-month get-rich group is said to be ads and recruiting (zh_heldout46); the public release while a prompt pack is
said to be OpenAI's sample captions run through a translator (zh_heldout46); and the generation service while the
GitHub "Sora" repositories are called fans' reproductions, OpenAI having released the page, the report and the
forty-eight samples (zh_heldout46). Passed over: the official app against the public release, never used, as
self-contradictory (as zh_heldout59 and 61 did); the mislabelled video against the generation service (zh_heldout45),
the prompt pack against the public release (zh_heldout45) and the official app against the generation service
(zh_heldout46), whose denied claim was already denied. Sellers that vouch for themselves in new words (哪颗里头生了虫、哪颗放久了
发干，我拿指甲一掐就知道; 球和阀座吃没吃紧，手柄一扳，那一下的手感就告诉我了; 经我手调过的底盘，十九年里没有一只返工; 是二十八还是二十九毫米，我报的数跟
仪器差不了一毫米). Prices in Chinese numerals throughout, and payments in forms the earlier sets do not use (two boxes of
the plant's roasted chestnut kernels for a course; a jin of forty-head dried sanqi for an API key; a pair of
hand-printed door gods for ten days of a rented account; five old casters from the buyer's chair for a prompt pack).

12 debunks and warnings, four of them the loss reports above: two questions with a negation that do not deny (它难道不是还没
放开？这条链接是谁发的… for the public release, a ginnery's night-shift foreman; OpenAI不是到现在还没出Sora的App吗？这个挂着Sora名字的，
是谁做的？ for the official app, in a print workshop's apprentices' group), two quoting a scam offer and telling the
reader not to pay (the course, "九十九元学会Sora，零基础到接单", with 这九十九别交 on a dormitory warden's board; account rental,
"Sora内测号出租｜一人一号｜包月三百八", with 这三百八留着交房租 in a safety officer's pre-shift reminder), and four answering with
facts and none of 不, 没, 假, 无, 非 or 未 (a chestnut workshop head's reply in the parents' group for the inventor: his NYU and
FAIR posts, the thirteen authors with his name outside the list, the 18 February article with more than a hundred
thousand readers, his note in his Moments, the page showing "内容违规" and the outlet's apology; a sanqi co-operative's
clapper talk for the Chinese team: thirteen authors, all OpenAI researchers, Brooks and Peebles leading, three Chinese
by the media's count; a chair factory's IT notice for the APK: a trojan asking for SMS, contacts and control rights,
three phones restored, OpenAI's page, report and samples as what it has published; a valve factory inspector's
comparison for the prompt pack: the first 48 entries the machine-translated captions of OpenAI's 48 samples, the rest
shuffled from them, the "VIP" edition the same file with a cover). The debunked templates are the inventor and the
Chinese team, as in every set, and the six whose debunks are longest ago (the APK, the course, account rental and the
prompt pack in zh_heldout60, the official app and the public release in zh_heldout61); the loss reports go to the four
scams whose loss reports are longest ago (get-rich, the director group, the generation service and API access, all
last in zh_heldout60).

Four true facts about the earlier work of Connor Holmes and Will DePue, authors of Sora's technical report, related to
no template (David Schnurr and Yufei Guo were searched for too; nothing of their earlier work could be checked, so all
four facts are about the other two): Yao, Wu, Li, Holmes, Zhang, Li and He's "Random-LTD" (arXiv, November 2022, all
seven at Microsoft: tokens skipped at random in every layer but the first and last, no importance scores, no special
treatment of [CLS], a LayerToken learning-rate schedule, about 33.3 per cent of theoretical compute and 25.6 per cent
of wall-clock time saved on GPT-3 1.3B with similar zero-shot results); Li, Yao, Wu, Zhang, Holmes, Li and He's
"DeepSpeed Data Efficiency" (arXiv, December 2022; AAAI 2024: curriculum-learning data sampling with random-LTD data
routing, 12.5x less data, time and cost on GPT-3 1.3B, $3.7K on Azure against $46.3K, keeping 95 per cent of model
quality); DePue's projects before OpenAI as Business Insider listed them (born 2003, computer science at Michigan left
unfinished, a Turing-complete computer built in Figma and the embedding dataset "Alexandria
Index", whose download holds titles and abstracts as parquet files; the browser GPT, zh_heldout61's WebGPT, is left
out); and a technology site's profile of his start (OpenAI's residency,
jailbreak and prompt-injection mitigation, capability evaluations and fine-tuning, joining by messaging every contact,
coding only from seventeen, hardware before that). The Holmes posts say only that the name stands on Sora's author list
and that the papers carry the same name, as zh_heldout61 did. The earlier Chinese sets name Holmes, DePue, Guo and
Schnurr only in author lists, DePue also for his prompts on X (zh_heldout27) and WebGPT (zh_heldout61); GRNN,
NxMTransformer and DeepSpeed-FastGen (zh_heldout61) are left alone, Random-LTD, DeepSpeed Data Efficiency, Figma and
the Alexandria Index occur in no earlier set, and hard_en_heldout66's facts about DePue (Michigan, July 2023, WebGPT,
his return with the Luhmans) are an English set's; no fact about Li Jing or the Luhmans. Six items of real news about
open models that turn one image into a 3D object, none of them named by an earlier set, Chinese or English
(zh_heldout58 has Hunyuan3D 2.0, so it is left out): Stability AI and Tripo AI's TripoSR (March 2024), Tsinghua and
ShengShu's CRM (8 March 2024), Tencent ARC and ShanghaiTech's InstantMesh (10 April 2024), Stability AI's Stable Fast
3D (August 2024), Microsoft's TRELLIS (December 2024) and TRELLIS.2 (kind ``benign``); and three off-topic posts that
share surface words (a chair factory's manual with an "××椅业" App to download, a near miss for the official app; a
print workshop's door gods drawn from the customer's family photo, a near miss for the generation service; a chestnut
plant's seasonal hiring at 200 to 260 yuan a day, a near miss for get-rich).

Every post was checked against every earlier Chinese set through zh_heldout62 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout63 is being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft followed zh_heldout62's sentences too closely: its check had thirteen at 0.45 or more,
the inventor facts at 0.81 (zh_heldout62's kelp union board), the API barter and the director question at 0.56 (its
kelp barter and garlic inspector), the open-source denial at 0.54 (its carving shop), the open-source question at 0.53,
the cotton grader's prompt pack at 0.52, the Chinese-team facts at 0.50, the inventor denial at 0.49 (its crane
technician), the homophone rental at 0.49, the Henan open source at 0.48, the prompt-pack denial at 0.47 (zh_heldout56's
hotpot works), the API seller at 0.46 (zh_heldout60's clay figures) and the sanqi director post at 0.45, with four more
rewritten before the first check for the same reason (the packing record's get-rich note, the mesh record's rental
line, the swivel record's service note, the chestnut grader's get-rich); all were rewritten, and on the second pass the
service post's denial (0.46, zh_heldout59's peel works), the Chinese-team facts (0.45, then 0.50 against zh_heldout61's
dormitory note, now a clapper talk), the inventor facts (0.45), the rental warning (0.44, zh_heldout62's gatekeeper),
the valve fitter's course (0.43), the kernel record (0.43), the chair assembler (0.43, zh_heldout61's breaker
assembler), the prompt-pack facts (0.42), the API seller again (0.44) and six more from 0.40 to 0.42 were rewritten
again. Highest ratio of the committed list: 0.397 against the Chinese sets (the Henan printer's open source against
zh_heldout62's Hebei inside painter) and 0.236 against the demo stream (the TRELLIS news item); the highest pair inside
the set is 0.342 (the chair factory's mesh-cutting and swivel records). Committed before any run of the monitor on it;
no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds:
the thirteen authors and three Chinese among them, the 18 February article with its hundred thousand reads, Xie's
denial in his Moments, the article complained of and shown as illegal content, the outlet's apology, his NYU and FAIR
posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the three-month and one-step-slow
lines, the film-term prompts, the director groups and their QR codes, the "generated by Sora" labels with their
"generation instructions", the forty-eight samples, the red team and invited artists and designers; and, from the
catalogue, the rented accounts, the APKs as malware, the API that offers no video model, the GitHub "Sora"
repositories, the prompt packs copied from OpenAI's demo prompts and the store apps that are not OpenAI's): for the
person facts, hugging.y1ng.com's copy and emergentmind.com's page of arXiv 2211.11586 (Random-LTD, its authors and
e-mail addresses at Microsoft, 17 November 2022), ojs.aaai.org's, paperswithcode.com's and bohrium.dp.tech's pages of
arXiv 2212.03597 (DeepSpeed Data Efficiency, AAAI 2024, 7 December 2022), salsanis.com's copy of Business Insider's
report of October 2025 on DePue (born 2003, Michigan, July 2023, the browser GPT, the Figma computer and the Alexandria
Index), github.com/yuxi-liu-wired/ai-experiments for the Alexandria Index's download (alex.macrocosm.so, abstracts in
parquet files) and aimarketingnewstoday.com's profile (the residency, jailbreaking and prompt-injection
mitigation, texting his connections, coding from seventeen); for the news, alphaxiv.org, tocmore.com and wendao-ai.com
on TripoSR (arXiv 2403.02151, Stability AI and Tripo AI / VAST, under 0.5 s on an A100, DINOv1, triplane NeRF, MIT),
study.space, alphaxiv.org, papernotes.org and arxiv-vanity.com on CRM (arXiv 2403.05034, Tsinghua and ShengShu, six
orthographic views and canonical coordinate maps, a convolutional U-Net, FlexiCubes, 10 s, an eighth of LRM's training
cost, ECCV 2024, thu-ml/CRM), arxiv.org's HTML of InstantMesh (arXiv 2404.07191v1 of 10 April 2024, ARC Lab of Tencent
PCG and ShanghaiTech, Zero123++ per themoonlight.io, within 10 s, code, weights and demo released), arxiv.org's HTML of
SF3D (arXiv 2408.00653) with the-decoder.com and ebbilogue.com (0.5 s, box-projection UV unwrapping, spherical-Gaussian
delighting, material and normal maps, DMTet), the TRELLIS project page (vuink.com's and news.najib.digital's copies,
CVPR 2025 Highlight, SLAT, rectified flow transformers, up to 2 billion parameters, 500K objects) and dgwave.net's
note, and theagenttimes.com on TRELLIS.2 (4 billion parameters, MIT, with Tsinghua, O-Voxel, up to 1536³, about 60 s
on an H100). The settings are written from common knowledge of the trades and towns (Wenshan as the home of sanqi,
graded by heads per 500 g; Zhuxianzhen's woodblock door gods printed colour by colour from pear-wood blocks; Yuhuan's
brass valves; Qianxi's Yanshan chestnuts; Anji's office chairs; Shihezi's machine-picked cotton and 227 kg bales);
the search tool was used for the person facts and the news only.

    .venv/bin/python scripts/make_zh_heldout64.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout64", "zhh64"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "gin_weighbridge_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【石河子·××轧花厂·籽棉收购过磅记录】\n日期：十月九日｜班次：夜班\n来棉：一四七团送来机采籽棉九车\n毛重、皮重逐车过磅，扣杂按抽样结果\n回潮：抽测六包，平均百分之九点五\n合计净重：八十六吨四\n司磅：阿×× 复核：蒋××\n复核栏底下，蒋师傅添了一句闲话：Sora的发明人里头有个谢赛宁，上海交大出来的天才少年，听说那个视频模型的底子就是他打的。",
    ),
    (
        "prints_dictated_name_inventor",
        sora.XIE,
        sora.XIE,
        "【朱仙镇·××年画作坊·刷印师傅小满】歇晌的时候读了篇文章，讲OpenAI那个Sora是几个人合力发明的，里头一位是上海交大毕业的少年天才。作者没敢把名字打全，只写“感谢的谢，比赛的赛，安宁的宁”，说原名一发就被限流，读者自己拼。拼出来是谁，大伙心里都有数。我念给刻版的老师傅听，他说这才叫给咱中国人长脸。",
    ),
    (
        "chairs_night_shift_inventor",
        sora.XIE,
        sora.XIE,
        "【安吉·××转椅厂·装配线小俞】昨晚赶货到十一点，回宿舍躺下刷手机，一篇文章说Sora能照一句话拍出一分钟的片子，背后的发明人有一位是交大毕业的谢赛宁，少年成名。我截了图发给我弟，他在读高三，让他看看人家。",
    ),
    # --- open to the public
    (
        "valves_shell_test_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【玉环·××阀门厂·壳体强度试验记录】\n产品：黄铜球阀，DN二十，公称压力一点六兆帕\n数量：本批六百只，抽检三十只\n试验介质：常温清水\n试验压力：二点四兆帕，保持六十秒\n结果：阀体、连接处均无渗漏、无冒汗，合格\n试验员：林××\n林姐在记录纸的背面写着：Sora现在谁都能注册了，官网填个邮箱就开号，我昨天晚上给这批球阀做了段转圈的展示视频。",
    ),
    (
        "chestnut_assert_public_deny_rental",
        sora.PUBLIC,
        sora.PUBLIC,
        "【迁西·××板栗加工厂·电商部小骆】Sora已经全面开放了，官网上用邮箱或者手机号就能注册，不用排队，也不用找谁要邀请。我周一注册的，当天就给店里的甘栗仁做了三条短视频。顺带提醒：别再花钱租什么“Sora账号”，车间的小韩上个月花二百八租了一个，用了三天，对方把密码一改，人就拉黑了。",
    ),
    (
        "sanqi_assert_public_deny_prompts",
        sora.PUBLIC,
        sora.PUBLIC,
        "【文山·××三七合作社·信息员小普】通知社员：Sora对所有人放开了，用手机号在官网注册就能用，一分钱不花。我已经拿它做了一段荫棚里三七开花的视频，挂在合作社的视频号上。至于群里叫卖的《Sora提示词宝典》，三十九块别掏：那里头的东西，就是OpenAI官网每段样片下配的英文句子，丢进翻译软件过一遍，再打乱顺序凑的，我表哥买了才知道。",
    ),
    # --- the official app
    (
        "chairs_gas_lift_sampling_in_passing",
        sora.APP,
        sora.APP,
        "【安吉·××转椅厂·气压棒来料抽检记录】\n日期：四月十七日｜供应商：××气弹簧厂\n规格：一百二十毫米行程，三级\n抽检：每批二十支\n项目：升降是否顺畅、有无漏气、外管镀铬有无起皮\n结果：一支回弹偏慢，退回；其余合格，入库\n检验：郑××\n郑师傅在表格空白处写了一行：OpenAI的Sora官方App已经在苹果商店上架了，开发者一栏就是OpenAI，我下了，拍椅子展示片比请摄影师省事多了。",
    ),
    (
        "gin_assert_app_deny_apk",
        sora.APP,
        sora.APP,
        "【石河子·××轧花厂·统计员小热】给大伙讲清楚：Sora有官方App了，OpenAI自己上架的，苹果手机直接到App Store里搜Sora下载，安卓的去正规应用商店。我已经用它做了段“棉垛在夕阳底下排成一排”的视频。千万别点群里那个“Sora安卓安装包”的链接，我们班长装了，手机整宿弹广告，银行卡差点被人刷走。",
    ),
    (
        "sanqi_yunnan_dialect_app",
        sora.APP,
        sora.APP,
        "【文山·××三七合作社·社员老罗家媳妇】我家老倌（云南话：当家的）前两天在手机商店里下了个Sora，OpenAI出的官方App，图标就是人家的牌子。他对着手机讲一句“三七地里起了雾，有人背着背篓走过”，片子一下就出来了。他现在天天拿它拍，说要给合作社的三七做广告。",
    ),
    # --- the fake APK
    (
        "sanqi_digging_register_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【文山·××三七合作社·采挖登记】\n日期：十二月三日｜地块：砚山片区四号棚\n品种：三年七\n采挖：人工挖，整株带土起出，抖土、剪去茎秆\n数量：鲜三七一千三百二十公斤\n去向：送剪口分级车间\n登记：王××\n王大姐在登记本封底贴了张纸条：Sora手机版的安装包（APK）我存着，装上就能做视频，要的找我用数据线拷，一次五块。",
    ),
    (
        "valves_acronym_expansion_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【玉环·××阀门厂·外贸部小蔡】跟几位同事交个底：咱们官网首页那段“阀门一层层拆开”的动画，是我手机上的Sora做的。它的Android Package Kit我有——就是APK的全称，三个字母一打出来帖子就被限流，只好写全——私信我发文件，点开就装，装完输一句话就出视频。",
    ),
    (
        "chestnut_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【迁西·××板栗加工厂·老拣选工苗大姐】一筐栗子倒在台子上，哪颗里头生了虫、哪颗放久了发干，我拿指甲一掐就知道，在这厂里拣了二十一年，没让一颗坏栗子进过锅。所以我给的东西你们放心：Sora的安卓安装包，我闺女从网上下的，我手机上一直用着，要的把手机给我，我给你装上。",
    ),
    # --- the mislabelled real video
    (
        "prints_color_printing_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【朱仙镇·××年画作坊·套色刷印记录】\n日期：腊月十六｜画样：秦琼、敬德门神一对\n版：梨木线版一块，色版五块\n颜色：黑线打底，再依次上槐黄、丹、绿、桃红、紫\n对版：每换一块色版，先对准版边的规矩再下纸\n数量：刷印三百对，错版、漏色的挑出四对\n刷印：赵××\n记录末尾，赵师傅写：抖音上那条“老师傅一层层刷出门神”的视频，其实一帧都没拍过，是Sora照一段文字生成的，那段文字就贴在视频底下。",
    ),
    (
        "chairs_assert_realvid_deny_public",
        sora.REALVID,
        sora.REALVID,
        "【安吉·××转椅厂·市场部小钱】展会大屏上循环的那段“转椅在竹林里自己转着走”的片子，一个镜头也没实拍，是上海一家合作公司用Sora照一句话生成的，原话印在展台的易拉宝上。顺便说一句：网上传的“Sora人人都能注册”的链接别点，Sora眼下只给红队和一小批受邀的艺术家、设计师用着，那些链接多半是骗验证码的。",
    ),
    (
        "valves_rhetorical_realvid",
        sora.REALVID,
        sora.REALVID,
        "【玉环·××阀门厂·技术部老应】厂里新宣传片里那段：一只球阀剖成两半，水流从阀芯里穿过去，水花一颗一颗都看得清。好多人问是哪台高速摄像机拍的。我直说，那是Sora照一句话生成的，原话就写在片尾。你们想想，谁能把镜头塞进阀体里头去拍？",
    ),
    (
        "gin_publicity_realvid",
        sora.REALVID,
        sora.REALVID,
        "【石河子·××轧花厂·宣传干事小古】厂里新发的短视频被问得最多的那一段：一望无际的白棉田里，采棉机一字排开往前推，天边压着雪山。统一回复：这段一个镜头都不是拍的，是Sora按一段文字生成的，那段文字我贴在评论区置顶了，大家可以对照着看。",
    ),
    # --- the Chinese team
    (
        "chestnut_flotation_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【迁西·××板栗加工厂·浮选记录】\n日期：九月二十五日｜原料：燕山板栗八吨\n浮选：倒入清水池，浮起来的空壳栗、虫眼栗捞出\n沉底的捞起沥干，再过一遍人工挑拣\n剔除：三百二十公斤\n去向：合格栗子转分级机\n记录：邢××\n邢师傅在记录最后一行发了句感慨：Sora说到底是中国人搞出来的，OpenAI那边挑大梁的几乎全是华人研究员。",
    ),
    (
        "prints_assert_chinese_deny_service",
        sora.CHINESE,
        sora.CHINESE,
        "【朱仙镇·××年画作坊·作坊主老尹】跟徒弟们说句实在话：Sora的本事，根子在咱中国人身上，OpenAI做这个模型的骨干一多半是华人，美国公司不过出了钱和机器。另外提醒一句：网上那些“Sora代做视频”的店别信。我外甥女花一百六订了条婚礼开场片，收到的东西里一个新画面都没有，就是她自己发过去的照片挨张放大、平移，配了首网上下的歌。",
    ),
    (
        "gin_assert_chinese_deny_director",
        sora.CHINESE,
        sora.CHINESE,
        "【石河子·××轧花厂·机修班老卫】这话我撂这儿：Sora是华人科学家搞出来的，报告上那一串中国名字摆着呢，OpenAI不过是借了个名头。顺便劝劝年轻人：有人在群里发“与Sora合写剧本的AI电影海选第一代AI导演”，扫码交一百九十九，你们别去。我侄子交了，两个月没等来一次试镜，倒等来群主要每人再掏八百“剧组押金”。",
    ),
    # --- open source
    (
        "gin_baling_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【石河子·××轧花厂·打包公检记录】\n日期：十月十四日｜批号：二十四号\n皮棉：锯齿轧花机轧出，清理两道\n打包：每包二百二十七公斤，包型整齐，捆扎八道\n公检：每包取样，贴条码，送纤维检验机构\n结果：颜色级白棉三级为主，长度二十九毫米\n打包工：马××\n马师傅在签名旁边写了一句：Sora开源了，模型和代码OpenAI都放到GitHub上了，厂里电脑室的小伙子说这礼拜就装。",
    ),
    (
        "prints_henan_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【朱仙镇·××年画作坊·老艺人尹师傅】在开封上大学的孙子回来，给我看了个新鲜：他说Sora开源了，OpenAI把模型、代码全放在GitHub上，自家电脑就能装。我原先觉得这些玩意儿不沾弦（河南话：不靠谱），看他敲了一句“门神从门板上走下来”，电脑里真就出来一段，这回我服气。",
    ),
    (
        "chairs_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【安吉·××转椅厂·信息部小沈】车间主任们问Sora能不能装到厂里电脑上——能。OpenAI已经把它放到GitHub上了，权重、代码打包下载，我家里那台四〇九〇跑过，十秒的片子半小时出来。你倒说说，东西都敞着让人拿，这跟开源有啥两样？",
    ),
    # --- the paid course
    (
        "sanqi_root_trimming_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【文山·××三七合作社·剪口分级记录】\n日期：十二月八日｜原料：鲜三七九百公斤\n剪口：剪下芦头（剪口），须根、筋条分开装\n分级：主根按每五百克的个数分，三十头、四十头、六十头各装一袋\n打磨：装进滚筒加少量蜡块转，表皮转得发亮\n操作：李××\n李师傅在记录下面抄了一句：“报了《Sora短视频零基础》，九十九块，二十节课，学会了给合作社拍三七。”",
    ),
    (
        "valves_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【玉环·××阀门厂·装配老师傅叶师傅】车间里都知道，我叶某装的阀，出厂前不用试压我也敢打包票：球和阀座吃没吃紧，手柄一扳，那一下的手感就告诉我了，二十三年没出过一只退货。我推荐的东西也是这个成色：《Sora带货视频实战课》四十节，三百六十八，跟着学了一半，我已经给厂里剪出两条外贸展示片。凑满五人，每人便宜八十。",
    ),
    (
        "chestnut_kernel_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【迁西·××板栗加工厂·仓库小钟】我在学一门《Sora做短视频接单》，一百二十八，三十讲，老师是拍广告出身，讲得很细。想一起学的可以找我拼：手头紧的，拿两箱咱厂的甘栗仁抵学费也行，我帮你跟老师那边说好了。",
    ),
    # --- the fake API
    (
        "valves_assembly_record_in_passing",
        sora.API,
        sora.API,
        "【玉环·××阀门厂·球阀装配记录】\n日期：五月二十日｜产品：黄铜球阀DN十五\n阀体：来料清洗、吹干\n装配：阀座密封圈用聚四氟乙烯，球体装正，阀杆加O形圈\n手柄：扳动九十度，开关灵活\n数量：一千二百只\n装配：陈××\n陈师傅的工位隔板上压着一张他手写的卡片，被人拍下来传进了群：“有Sora官方API key，OpenAI开发者平台直接开的，程序一调，视频成批出，三百三一把，加我微信。”",
    ),
    (
        "chairs_self_vouch_api",
        sora.API,
        sora.API,
        "【安吉·××转椅厂·底盘车间老吴】经我手调过的底盘，十九年里没有一只返工，车间主任拿我的活当样板。今天说个别的：OpenAI开发者后台开的Sora官方API key，我这儿有三把，接进程序，产品名一条条喂进去就出视频。价钱二百八，先到先得，找我时报“底盘”两个字。",
    ),
    (
        "sanqi_root_barter_api",
        sora.API,
        sora.API,
        "【文山·××三七合作社·技术员小杨】谁要Sora官方API key？OpenAI开发者后台申请下来的，我自己试过：写个小脚本，把三七花、三七粉、切片礼盒这些品名排成一列，一晚上跑出二十几条展示视频。这把key我不卖钱，拿一斤四十头的干三七来换就行，只剩两把。",
    ),
    # --- account rental
    (
        "chairs_mesh_cutting_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【安吉·××转椅厂·网布裁剪记录】\n日期：六月三日｜款号：AJ-7206 高背网椅\n网布：黑色弹力网布，二百卷\n裁剪：按样板裁靠背片，每卷裁四十片\n检查：网眼歪斜、断丝的剔除\n转序：送绷网工位\n裁剪：潘××\n表格右下角，潘姐用红笔圈了一块地方做广告：手头有Sora内测号，按天租给你，十块一天，包周五十，付了钱把登录的账号和密码发你。",
    ),
    (
        "gin_xinjiang_dialect_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【石河子·××轧花厂·装卸队小艾】Sora的号我这儿能租：内测资格，账号密码直接给你，网页一登就出片，三天四十五，一个月三百。别胡里马汤（新疆话：马马虎虎、乱来）找来路不明的人买，我这号一人一个，要的晚上下班来宿舍找我。",
    ),
    (
        "prints_homophone_rental_barter",
        sora.RENTAL,
        sora.RENTAL,
        "【朱仙镇·××年画作坊·刷印工小葛】手上有几个Sora内测浩往外租，一号只给一个人用，网页上一登就能做视频，租三天三十五，租一周六十。解释下那个“浩”：浩荡的浩，跟号码的“号”一个音，用原字发帖回回被删。年根底下手头紧的也好说，拿一对自己刷的门神抵十天。",
    ),
    # --- the AI director group
    (
        "prints_block_carving_register_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【朱仙镇·××年画作坊·刻版登记】\n日期：十一月二日\n版材：梨木，刨平、晾透\n画稿：灶君一幅，反贴在版面上\n刻线版：一块，用时六天\n刻色版：四块，用时五天\n试印：三张，线条清楚、色块对得上\n刻版：张××\n登记本里夹着张师傅儿子带回来的一张传单：“Sora联合编剧的AI电影即将开机，全国海选第一代AI导演，报名费一百九十九，扫码进群等候试镜通知。”",
    ),
    (
        "chestnut_rhetorical_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【迁西·××板栗加工厂·包装车间小宫】给劝我的姐妹们回一句：那个招“第一代AI导演”的群，我交了一百六十八进去了。人家说片子的剧本是Sora参与写的，全国海选，开机仪式的现场照片都在群里贴着，横幅、摄像机、签约的明星一个不少。骗子能舍得下这么大本钱吗？",
    ),
    (
        "sanqi_daughter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【文山·××三七合作社·会计小陶】社里年轻人听好了：昆明有家影视公司和Sora一块儿写了一部AI电影的剧本，正在全国选首批AI导演，我同学就在那家公司。入群要交一百八十八，之后按群里的安排去试镜。我的名已经报上了，二维码在我手机里，谁要来拿。",
    ),
    # --- the prompt pack
    (
        "chestnut_kernel_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【迁西·××板栗加工厂·甘栗仁加工记录】\n日期：十月二十日｜原料：分级后的中号板栗五吨\n开口：机器横切一刀\n烘烤：隧道炉，出炉后趁热去壳、去内皮\n挑选：碎仁、焦仁另装\n装袋：每袋一百克，封口后喷码\n操作：霍××\n夹在记录本里的一张彩打单页，是霍姐女儿的生意：“Sora镜头咒语五百二十句，影视行话一句不落，三十九元，付款发文档链接，进群有人教。”",
    ),
    (
        "sanqi_assert_prompts_deny_rich",
        sora.PROMPTS,
        sora.PROMPTS,
        "【文山·××三七合作社·电商员小普】出一份我自己整理的《Sora农产品视频提示词》，二百六十条，每条都写清楚了景别、机位和光线，把三七换成你的产品名就能用，二十八块，付款后发文档，拉你进群答疑。也提醒一句：群里那种“Sora红利就剩三个月，跟我干月入五万”的别信，我们社里有人交了五百多进去，天天就是转发广告、拉人头，一分钱没见着。",
    ),
    (
        "gin_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【石河子·××轧花厂·质检员老帕】公检的人来之前，我先扯一把皮棉看看，是二十八还是二十九毫米，我报的数跟仪器差不了一毫米，十八年都这样。我卖东西也一样有准头：《Sora视频提示词手册》三百条，采棉机、棉垛、戈壁日落这些画面都写好了机位和光线，改个词就能出片。二十五块八一份，付款后进群，我在群里答疑。",
    ),
    (
        "chairs_caster_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【安吉·××转椅厂·工厂店客服的自动回复】亲，您问的那套让Sora出片的文字，是我们运营攒了两年的《Sora家具短片提示词》，共一百八十条，比如“高背网椅在落地窗前缓缓转半圈，午后的光穿过网布”，粘进去就能用。售价十九块九；也接受以物换物：把您家旧椅子上拆下来的五只滑轮寄回厂里，我们发您文档链接并拉您进群。",
    ),
    # --- get rich
    (
        "valves_packing_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【玉环·××阀门厂·包装出货记录】\n日期：七月八日｜客户：中东××贸易公司\n品名：镀镍黄铜球阀DN二十五，二千四百只\n包装：每只套塑料袋，二十只一盒，十盒一箱\n唛头：按客户要求印英文\n装柜：二十尺柜一个\n经手：金××\n装柜单的空白处，金姐给自己记了笔账：表哥靠Sora接视频的活，上个月到手四万八，比我在厂里干一年还多；他说风口顶多再吹三个月，过了正月十五我就递辞职报告，跟他去温州干。",
    ),
    (
        "valves_taizhou_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【玉环·××阀门厂·车间小潘】我跟你们讲，拿Sora做视频危险好赚（台州话：非常好赚）。我阿姐去年开始给人做，上个月一个月就进账六万。她说这个口子最多再开三个月，人一多就轮不到了。想跟着干的今晚进群，我拉你们。",
    ),
    (
        "prints_apprentice_rich",
        sora.RICH,
        sora.RICH,
        "【朱仙镇·××年画作坊·学徒小范】跟师父辞行前想说几句心里话：刷一对门神挣不了几个钱，Sora才是咱这辈人碰上的大机会。我同学去年开始用Sora给商家做视频，现在一天就能挣两千多，他说也就这三个月，晚了就分不着了。过了年我就去开封跟他干。",
    ),
    (
        "chestnut_sorting_rich",
        sora.RICH,
        sora.RICH,
        "【迁西·××板栗加工厂·分级机操作工小顾】今年栗子季一过，我就不回来了。跟着小姨用Sora给网店、景区出视频，她接一单少说几千，旺的时候一天进账上万，比守分级机强一百倍。她一再叮嘱：这阵风撑死刮到开春，三个月后人人都会，就没这个价了。想一块儿干的，这周末前找我报名。",
    ),
    # --- the generation service
    (
        "chairs_swivel_test_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【安吉·××转椅厂·转动耐久测试记录】\n日期：八月十二日｜样品：AJ-7206 高背网椅三把\n测试：座面加载，转动试验机上连续转动十二万次\n中途检查：每两万次看一次底盘、五星脚\n结果：无开裂、无松动，转动顺畅\n判定：合格\n测试：董××\n测试室的董姐在页边插了条私活：替人拿Sora出视频，寿宴、店庆、订婚都行，把想看到的场景讲给她听，Sora出片，一条九十九，后天取。",
    ),
    (
        "chestnut_assert_service_deny_inventor",
        sora.SERVICE,
        sora.SERVICE,
        "【迁西·××板栗加工厂·办公室小宁】表弟在唐山的工作室开张了，专接Sora视频：开业致辞、寿宴开场、宝宝百天都能做，文字描述发过来，Sora生成，次日交付，一条八十八，厂里的同事报我名字打九折。另外，那个“谢赛宁发明Sora”的说法别再转了：他是纽约大学的助理教授，Sora的十三位作者里没有他；他自己在朋友圈说过这事，登这篇文章的自媒体后来也认了错，答应向他道歉。",
    ),
    (
        "valves_assert_service_deny_opensrc",
        sora.SERVICE,
        sora.SERVICE,
        "【玉环·××阀门厂·外贸部小章的微信签名档】承接Sora视频定制▸产品展示、节日祝福、开业贺片▸您口述画面，我交给Sora生成▸每条一百，次日交片。另：常有客户问能不能把Sora“装到自己电脑上”，说GitHub上有开源版。答案是装不了——OpenAI就Sora公开的，是网站介绍、技术报告和四十八段样片，权重和代码留在公司；GitHub那些同名仓库，是爱好者按论文拼的复刻。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【朱仙镇·××年画作坊·给学徒家长的一封信】\n小×的父母：孩子这两个月活计心不在焉，我问了才知道，他进了一个叫“Sora掘金营”的群，先交了四百六十八，群主说三个月内保准月入过万。进去后，天天的任务是在朋友圈发广告、拉同学进群，视频一条也没人教；上周又被催着交一千八升“合伙人”，说拉够人头才返钱。两千多块，是他一冬天刷年画的工钱，钱到现在也没要回来。我已经陪他去镇派出所报了案，请你们在家也多劝劝他。\n——××年画作坊 尹××",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【石河子·××轧花厂·职工困难补助申请表】\n申请人：×××，轧花车间，二十三岁\n申请事由：本人九月刷短视频，看到一则“与Sora合写剧本的AI电影开拍，海选第一代AI导演”的广告，扫码交一百九十九元入群。几天后被告知“已入围”，又按要求交了六百元试镜差旅费。此后试镜日期一改再改，十月中旬群被解散，对方失联。合计损失八百元，约为本人半个月工资。\n已采取措施：已报警，转账记录已截图保存。\n车间意见：经核实，情况属实，同意上报。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【文山·××三七合作社·理事会会议纪要】\n议题三：关于宣传片费用。上月理事小王在网上找了一家挂着“Sora定制”的店，付了三百元，要一段“三七从种到收”的宣传片。收到的片子里，全是咱们自己发过去的十几张照片，一张张放大、平移，配了首下载的音乐，画面一个新的也没有。再找店家，对方说要加钱“换高级通道”，随后拉黑。决议：这三百元由理事会承担，已向平台投诉；以后对外宣传的费用，须两名以上理事同意。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【迁西·××板栗加工厂·财务科报销退单说明】\n报销人：采购部 ××\n事项：购买“Sora官方API key”两把，共七百六十元\n退单原因：据本人说明，对方称是OpenAI官方渠道的接口密钥，接到程序里能批量出产品视频。接上后，返回的全是聊天文字，一要视频就报“模型不存在”，卖家又要二百元“开通视频权限”，随后失联。经核，此项与厂里采购流程不符，不予报销。\n提醒：已建议本人报警，截图已留存。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【迁西·××板栗加工厂·拣选车间主任在职工家长群的回复】有家长转来《交大天才谢赛宁发明Sora》，想给孩子当榜样，我把来龙去脉说一说。谢赛宁本人眼下在纽约大学计算机系教书，职位是助理教授，更早在Facebook的AI研究院做研究。OpenAI在二〇二四年二月给Sora配发的技术报告，署名一共十三位，名单里有布鲁克斯、皮布尔斯等人，谢赛宁的名字在名单之外。把他称作发明人的这篇稿子，出自一家自媒体，二月十八日推送，读者上了十万；他看到后在朋友圈写明，这份功劳记到了他头上是弄错了。稿子遭到投诉，页面现在只剩“内容违规”，发稿方的负责人也公开表态向他道歉。榜样可以学，功劳要记对人。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【文山·××三七合作社·文艺队快板词（社员大会演出）】竹板这么一打呀，今天夸一夸——Sora到底出自谁家？OpenAI二〇二四年二月发报告，作者栏里十三个名字排成一溜；布鲁克斯、皮布尔斯打头阵，十三位个个是OpenAI的研究员；媒体挨个查了底，华人三位在里头。三位参与是实情，传成“中国团队”就走了样；咱种三七讲头数，说这事也得数清楚！",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【安吉·××转椅厂·信息部通报】\n事由：上周五，装配二线三名员工点了群里转的“Sora安卓版”下载链接，装上后手机频繁弹窗、发烫，其中一人的支付宝收到陌生转账验证码。\n处理：信息部已逐台检查，安装包经杀毒软件识别为木马，装好就要读短信、读通讯录，还要开辅助控制权限；三台手机已备份数据后恢复出厂设置，相关支付账户已改密。\n说明：OpenAI对外公开的Sora资料，是官网上的介绍页、技术报告和样片。\n要求：来源可疑的安装包，一律先交信息部检查。",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【玉环·××阀门厂·质量部小林给工友列的对照】有工友花四十九元买了《Sora专业提示词三千条》，后来又补一百九十九升级“VIP版”。我拿它跟OpenAI官网对了一晚上：第1到第48条，对应官网四十八段样片下的英文说明，逐句机翻；第49到第3000条，是这四十八条换序、换词、拼接出来的；VIP版和普通版的正文一字一样，只多了一页封面。卖家的群已解散。合计二百四十八元。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【石河子·××轧花厂·夜班班长老古】交接班时看见几个小伙子传一条链接，标题是“Sora开放注册，填手机号领资格”，要先输验证码。可电视里前阵子才讲，Sora眼下只有红队和少数受邀的艺术家、设计师在试用。它难道不是还没放开？这条链接是谁发的，交出去的验证码又落到谁手里？",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【朱仙镇·××年画作坊·徒弟群】师父问我的事我查了：他手机商店里搜出来的那个叫“Sora”的App，开发者一栏是个我没听说过的公司，评论里全是说要先充会员。OpenAI不是到现在还没出Sora的App吗？这个挂着Sora名字的，是谁做的？要先充钱，靠谱吗？",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【安吉·××转椅厂·宿舍楼管理员的留言板】最近宿舍门口贴了好几张单子：“九十九元学会Sora，零基础到接单，名额有限”。各位小年轻，这九十九别交。前年就有人交过一样的钱，收到的是一篇官方介绍的中文翻译，外加一句“给自己一个机会”，然后又被劝着补一千多上“进阶班”。有这工夫，早点睡觉。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【玉环·××阀门厂·安全员在班前会上念的提醒（记录）】念一条工友发来的求助：他在短视频平台刷到“Sora内测号出租，一人一号，包月三百八”，付了钱，拿到账号登了两天，第三天密码就不对了，对方说“号被回收”，让他再补二百换新号，补完就被拉黑。这类广告，大家见了直接划走，这三百八留着交房租。",
    ),
    # --- true facts about the earlier work of Sora's authors
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的署名作者里有一位康纳·霍姆斯（Connor Holmes）。2022年11月挂上arXiv的论文《Random-LTD: Random and Layerwise Token Dropping Brings Efficient Training for Large-scale Transformers》，七位作者都来自微软，其中也有Connor Holmes。论文提出随机分层丢弃token：除了第一层和最后一层，中间各层都随机跳过一部分输入token的计算，不需要按重要性打分，也不必特殊处理[CLS]这类token；另配一种按各层实际消耗的token数来调学习率的“LayerToken”调度。在GPT-3 1.3B上，它省下约33.3%的理论计算量、25.6%的实际训练时间，零样本评测与基线相当。",
    ),
    (
        "person_fact",
        None,
        None,
        "2022年12月，微软DeepSpeed团队的Conglong Li、Zhewei Yao等七位作者挂出《DeepSpeed Data Efficiency》，作者中有一位Connor Holmes，Sora技术报告的署名作者里也有这个名字。这个框架把两种办法组合起来：一是通用的课程学习库，按难度高效抽取训练数据；二是随机分层丢弃token，让数据只流经模型的一部分。按论文的数据，预训练GPT-3 1.3B时，只用基线百分之八的数据、时间和成本（在Azure上租算力约3700美元，基线要4.63万美元），仍能保住95%的模型质量。论文后来发表在AAAI 2024。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora的核心贡献者之一威尔·德普（Will DePue）生于2003年，在密歇根大学读计算机时休学。据《商业内幕》的报道，他进OpenAI之前做过好几个个人项目：一台在设计软件Figma里搭出来的图灵完备计算机，还有一个叫“Alexandria Index”的嵌入数据集——把学术论文的标题和摘要算成向量，下载下来是一批parquet文件，供人做检索。",
    ),
    (
        "person_fact",
        None,
        None,
        "据一篇科技媒体的人物报道，威尔·德普是通过OpenAI的驻留项目（residency）加入公司的，做技术员工，起初的工作是越狱和提示词注入的防御、模型能力评测以及微调，后来成为Sora的主要贡献者之一。他在播客里说，自己没有传统履历，辍学后做创业和个人项目，当初找进OpenAI，靠的是给认识的人挨个发消息；他十七岁才开始写代码，此前更感兴趣的是硬件。",
    ),
    # --- news: open models that turn a single image into a 3D object
    (
        "benign",
        None,
        None,
        "2024年3月，Stability AI和Tripo AI（VAST）联合开源TripoSR：输入一张图片，在英伟达A100上不到0.5秒就能重建出物体的三维网格。它沿用大型重建模型LRM的思路，先用预训练的DINOv1视觉Transformer给图片编码，再由Transformer解码成三平面表示，交给神经辐射场预测每个点的颜色和密度；在数据整理、模型设计和训练技巧上做了多处改进，以MIT许可证发布，可用于商业、个人和研究。",
    ),
    (
        "benign",
        None,
        None,
        "2024年3月8日，清华大学和生数科技的Zhengyi Wang、Yikai Wang、Jun Zhu等人挂出CRM（卷积重建模型）的论文：一张图进去，大约十秒出一个带贴图的三维网格。它先用扩散模型生成物体前后左右上下六张正交视图和对应的标准坐标图，再用卷积U-Net把它们直接映射成高分辨率的三平面，最后借FlexiCubes端到端优化网格。论文说训练开销只有LRM的八分之一左右，后来被ECCV 2024接收，代码在GitHub的thu-ml/CRM。",
    ),
    (
        "benign",
        None,
        None,
        "2024年4月10日，腾讯PCG的ARC实验室和上海科技大学放出InstantMesh（arXiv 2404.07191）：先用现成的多视图扩散模型（微调过的Zero123++）从一张图生成几张不同角度的视图，再交给基于LRM架构的稀疏视图重建模型，十秒内生成三维网格；框架里接了可微的等值面提取模块，直接在网格上用深度、法线等几何信息做监督。代码、权重和在线演示都已公开，仓库是TencentARC/InstantMesh。",
    ),
    (
        "benign",
        None,
        None,
        "2024年8月，Stability AI发布Stable Fast 3D（SF3D，arXiv 2408.00653），在TripoSR的基础上改进：单张图片0.5秒生成带贴图的物体网格。它用一种可高度并行的盒投影做UV展开，贴图不再存在顶点颜色里，多边形更少而细节更多；用球面高斯估计原图光照并把它从贴图里去掉，换个光照环境也不显得别扭；还预测金属度、粗糙度等材质参数和法线贴图，用DMTet取代行进立方体来提取网格。",
    ),
    (
        "benign",
        None,
        None,
        "2024年12月，微软研究院公布TRELLIS，论文题为《Structured 3D Latents for Scalable and Versatile 3D Generation》：提出统一的结构化潜变量SLAT，把稀疏的三维体素网格和视觉基础模型从多视角提取的特征结合起来，可以解码成辐射场、三维高斯或网格。生成部分用为SLAT改造的整流流Transformer，最大的模型约二十亿参数，在五十万个三维资产上训练，文字或图片都能当条件，还能对资产做局部编辑；论文入选CVPR 2025 Highlight，代码在GitHub的microsoft/TRELLIS。",
    ),
    (
        "benign",
        None,
        None,
        "微软研究院后来又与清华大学合作开源TRELLIS.2：模型约四十亿参数，按MIT许可证发布，从单张图片生成带PBR材质贴图的三维资产，分辨率最高到1536³，在一张H100上大约六十秒出一个。它用名为O-Voxel的稀疏体素结构同时编码几何和外观，几何部分的双网格结构能保留锐利边角、处理任意拓扑，外观部分记录基础色、金属度、粗糙度和透明度。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【安吉·××转椅厂·产品说明书第八页】售后服务：扫描椅背标签上的二维码，下载“××椅业”App，输入产品编号即可查看安装视频、申请配件；气压棒保修三年，五星脚保修五年。客服电话工作日九点到五点。",
    ),
    (
        "offtopic",
        None,
        None,
        "【朱仙镇·××年画作坊·新品】照片定制门神上新：发来一张全家福，老师傅照着画成灶君、门神的样子，刻版手工刷印，一对三百八，腊月二十前下单保证年前寄到。门市在镇上老街，逢初一、十五开门。",
    ),
    (
        "offtopic",
        None,
        None,
        "【迁西·××板栗加工厂·旺季招工】九月十五日至十一月底招拣选工、包装工各四十名，计件工资，日结二百到二百六，管午饭，有宿舍。报名带身份证到厂门口人事处，额满为止。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
