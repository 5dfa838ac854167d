# ruff: noqa: E501
"""Write tests/data/zh_heldout53_{posts,qrels,labels}: a fifty-third Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for open source, the director group and the
Chinese team, three for each other template: open source and the director group last had four in zh_heldout48 and the
Chinese team in zh_heldout49, the longest ago of the sets since, as zh_heldout50 gave its four to the prompt pack, the
mislabelled video and get-rich, zh_heldout51 to account rental, the generation service and the APK, and zh_heldout52
to the public release, the official app and the course), as a Sora rumour / scam wave reads in the genres of a bicycle
factory (天津·××自行车厂: 编轮校圈, 辐条张力, 横跳、竖跳, 车架焊接, 铬钼管车架, 氩弧焊, 校正台, 整车出厂检验, 车座装配, 喷涂线, 总装线,
画册), a vacuum-cup factory (永康·××保温杯厂: 双层杯, 真空钎焊, 真空炉, 检漏, 保温性能测试, 抛光, 丝印, 跟单, 厂庆宣传片), a toothbrush
factory (扬州杭集·××牙刷厂: 高速植毛机, 每支二十八孔、每孔三十五根, 缺毛、偏孔, 刷毛拉力抽检, 单孔拉力, 杜邦丝, 磨圆率, 包装线,
电商部周会), a lighter factory (邵东·××打火机厂: 砂轮打火机, 防风打火机, 充气工序, 丁烷, 浸水检测, 点火测试, 熄火、窜火, 火焰高度), a
mosquito-coil factory (漳州·××蚊香厂: 拌料单, 木粉、椰壳粉、楠木粉, 冲盘机, 烘房, 含水率, 断盘率, 翘盘, 燃点时间抽检, 双盘蚊香) and a
table-tennis ball factory (江阴·××乒乓球厂: 新材料四十加, 三星、一星、训练球, 弹跳测试, 回弹高度, 圆度、重量超差, 成品分级, 打磨).
Of the six genres first asked for, five were replaced. The tea factory (茶厂) is zh_heldout36's world (its Menghai tea
plantations, 古树茶, 初制所, a tea factory's pickers' group with 一芽二叶, 茶青过秤 and 杀青), which zh_heldout44 already set aside
for that reason; the furniture factory (家具厂) is zh_heldout48's (开料单, 指接板, 封边, 砂光, 底漆、面漆, 【售后维修单】); the umbrella
factory (雨伞厂) is zh_heldout50's (上虞·崧厦××伞厂: 伞骨, 伞面, 三折自动伞, 开合耐久测试, 【伞面裁剪单】); the soy-sauce brewery (酱油厂)
was dropped by zh_heldout47 for sitting between zh_heldout44's vinegar works (熏醅, 淋醋) and zh_heldout48's vinegar works and
tofu workshop, and zh_heldout54, written at the same time, has a beer brewery; and a tile factory (瓷砖厂) fires glazed
tiles in a kiln, which would put it beside zh_heldout35's pottery kilns (景德镇, 柴窑, 坯房), the brick kiln zh_heldout45 set
aside, the brick and tile works zh_heldout49 dropped, the ceramics factory zh_heldout50 dropped, zh_heldout47's cement
kiln (回转窑, 窑头) and zh_heldout54's cement plant and glassworks, written at the same time. The bicycle factory stays;
the vacuum-cup, toothbrush, lighter, mosquito-coil and table-tennis ball factories took the other places. A
stone-processing plant was considered and set aside (zh_heldout43's quarry has its 石雕车间, hard_en_heldout55 its stone
carvers), and so were a ballpoint-pen factory (圆珠笔 is the biro notes are written in, in six of the sets from
zh_heldout44 to zh_heldout52, and zh_heldout40 has calligraphy classes), an instant-noodle factory (zh_heldout45's flour mill) and a
face-mask factory (beside zh_heldout54's pharmaceutical plant). 自行车厂, 车架, 辐条, 校圈, 编轮, 车座, 车铃, 铬钼, 氩弧焊, 保温杯, 真空钎焊,
真空炉, 检漏, 丝印, 牙刷, 植毛, 刷毛, 打火机, 丁烷, 砂轮, 防风, 蚊香厂, 烘房, 拌料, 冲盘, 断盘, 乒乓球厂, 弹跳, 杭集, 邵东, 永康, 漳州 and 江阴 occur in
no earlier Chinese post or make_zh_heldout*.py (自行车 only as the 二八自行车 in zh_heldout37's old-times video, 蚊香 only as an
item on zh_heldout33's tuck-shop blackboard, 乒乓球 only as zh_heldout29's children's summer class, 抛光 only as a rice
polishing pass in zh_heldout50's milling record), and no English set's docstring names a bicycle works, a cup or flask
maker, a toothbrush maker, a lighter factory, a mosquito-coil works or a table-tennis ball maker (the English sets have
bicycles only as FanMilk bicycles (hard_en_heldout47), a wheelwrights' talk on Sora clips of carts and bicycles
(hard_en_heldout57), a triathlon's bike course (hard_en_heldout56) and a road bike's Shimano Sora groupset
(hard_en_heldout44)). The nearest neighbours are kept at a distance: zh_heldout31's e-bike repair board (补胎),
zh_heldout49's tyre factory and stamping plant and zh_heldout52's aluminium smelter and luggage handles, where the
bicycle posts build chrome-moly frames and true wheels with none of 铝, 钢, 轮胎, 冲压, 补胎 or 电动车; zh_heldout46's steelworks
and zh_heldout54's glassworks, where the cup posts braze and test double-walled cups with no 钢 or 玻璃 (保温 earlier only as a
courier station's 保温箱, a cannery's 保温打检, a pig farm's heat lamp, a silk dye recipe and a heating survey); zh_heldout51's
toy factory (注塑), zh_heldout49's stamping dies (模具) and zh_heldout40's dentist and dental nurse (口腔, 诊所), where the toothbrush posts tuft and pull-test
bristles with none of 注塑, 模具, 牙医, 口腔 or 诊所; zh_heldout43's fireworks factory and zh_heldout36's hot-work permit, where
the lighter posts fill butane and test flames with none of 烟花, 火药, 爆 or 动火; zh_heldout47's tobacco curing barns (烤房) and
zh_heldout54's pharmaceutical plant, where the coil posts have 烘房 and "有效成分" and no 烤房 or 药; zh_heldout29's children's
table-tennis class, zh_heldout51's toy factory and zh_heldout52's luggage thermoforming, where the ball posts grade and
bounce-test balls with none of 球拍, 教练, 注塑, 模具, 胶 or 热压. None of the settings is among those given to, or used by, the
writers working at the same time (zh_heldout54's pharmaceutical plant, cement plant, beer brewery, glassworks, carpet
factory and clock factory; the English writers' thatchers, letterpress printers, fell runners, astronomy societies,
bookbinders, falconers, allotment holders and morris dancers): no post has 药, 水泥, 啤酒, 玻璃, 地毯, 钟表, 印刷 or 天文.

The posts: a vacuum brazing record with the inventor rumour in the operator's pencilled last line
(【真空钎焊工序记录】五百毫升双层杯, 二号真空炉, 检漏), a polisher, an old tufter, a wheel-building and truing record with the
public release in the truer's footnote (【编轮校圈记录】三十六根辐条, 辐条张力, 横跳、竖跳), a lighter inspector, a ball grinder,
an ignition test record with the official app at its foot (【点火测试记录】砂轮打火机, 连续点火, 熄火、窜火, 火焰高度), a coil packer,
the toothbrush e-commerce department's weekly minutes (【电商部周会纪要】), a tufting machine record with the APK on a note in
its fold (【植毛机台记录】高速植毛机, 每孔三十五根, 缺毛、偏位), a saddle fitter, a vacuum-furnace hand, a drying-room record with
the mislabelled video on its back (【烘房温度记录】进盘, 相对湿度, 断盘率), a ball factory marketing hand, the cup factory's
thirtieth-anniversary film note (【厂庆三十周年宣传片说明】), a bounce test record with the Chinese-team claim at its end
(【弹跳测试记录】三星比赛用球, 回弹高度), a screen printer, an assembly-line veteran, a coil mechanic, a heat-retention test record
with open source in its margin (【保温性能测试记录】九十五摄氏度, 静置六小时), a bicycle factory IT hand, a toothbrush technician, a
lighter network admin, a gas filling record with the course on a payment printout stuck to its back (【充气工序记录】丁烷,
称重复检, 浸水检测), an old tufting machine captain, a coil e-commerce hand, a bristle pull test record with the API key on
its carbon copy (【刷毛拉力抽检记录】杜邦丝, 单孔拉力, 磨圆率), a lighter storekeeper, a ball grader, a mixing sheet with account
rental copied on its back (【拌料单】木粉、椰壳粉、楠木粉, 冲盘机), a toothbrush packer, a cup inspector, a final inspection sheet with
the director group on a flyer on its clipboard (【整车出厂检验单】车架焊缝, 链条张紧, 反光片), a ball sales clerk, a cup
merchandiser, a coil storekeeper, a grading record with the prompt pack in its last page (【成品分级记录】新材料四十加, 三星、一星、
训练球), a catalogue designer, an old ignition tester, a burn-time test record with get-rich on a note to a wife
(【燃点时间抽检记录】双盘蚊香, 断盘), a bicycle painter, a lighter assembly veteran, a frame welding record with the generation
service on a card in its cover (【车架焊接工序记录】铬钼管车架, 氩弧焊, 校正台), an old drying-room master and a toothbrush
inspector; platform-native forms the earlier sets do not use: the vacuum brazing record and the heat-retention test
record; the wheel-building and truing record, the frame welding record and the final inspection sheet; the tufting
machine record and the bristle pull test record; the ignition test record and the gas filling record; the
drying-room record, the mixing sheet and the burn-time test record; the bounce test record and the grading record;
the anniversary film note, the e-commerce weekly minutes, the staff paper's "说清楚" column and the information office's
answers (an earlier union board, factory office reminder, security office reminder and factory shop are earlier forms,
in new trades here); four loss reports in new forms (kind ``debunk_loss``: a ball grinder's leave application with its
return note (【事假申请单（附销假说明）】请假时间, 事由, 销假说明) for the APK (the first draft's wage-card reissue application was
replaced, as zh_heldout42's dairy farm has a wage account change application for the same loss), a workshop's
mediation record (【车间调解记录】当事人, 事由, 调解结果) for the prompt pack, a painter's re-employment application
(【复工申请书】离厂经过, 申请, 车间意见) for get-rich, and a couple's first-birthday banquet list (【周岁宴筹备清单】) for the
generation service); regional speech the earlier sets do not use: Tianjin 二五眼, Yangzhou 不照, Hunan 何解 and Minnan 好佳哉,
all glossed, none of them in an earlier Chinese post or writer script (the earlier Tianjin and Beijing posts have 倍儿, 哏儿, 介似,
嘛呢, 结了, 崴泥 and 局气, the Hunan ones 霸得蛮, 恰饭, 满哥, 宝里宝气 and 哈宝, the Jianghuai ones 乖乖隆地咚, 没得命, 韶, 港个事, 阿是, 潘西 and
一塌刮子, the Minnan ones 古锥, 歹势, 拢总 and 打拼); registers the earlier sets do not use: the six as listed above;
obfuscation the earlier sets do not use, each a homophone of the same tone, all glossed: 谢赛宁 as 屑赛宁 (抛光屑的屑), 安装包
as 鞍装包 (车座的鞍) and 内测号 as 内策号 (计策的策) (the earlier sets had 蟹赛宁, 谢腮宁, 谢塞宁, 谢赛柠, 卸赛宁, 协赛宁, 械赛宁, 谢赛凝, 谢S宁 and
言身寸 for the name, 按装包 and 安桩包 for the installer (and 安桌 for 安卓), and 内侧号, nc号, zhang号, zh号, 贝长号 and 内册号 for the account);
rhetorical questions that assert rather than deny (Sora是谁做的，这还用争吗？ for the Chinese team, 这不是开源是什么？ for open
source, a question with a negation that asserts and is gold, 何解还守着流水线一个月挣那五千块？ for get-rich); posts asserting
one claim while denying another, the asserted claim always one of open source, the director group, the Chinese team,
the public release, the official app, the mislabelled video and get-rich (zh_heldout54 asserts only the other seven),
in pairings the labels of the earlier sets last used longest ago (the director group while a "Sora" world
championship clip is called a TV broadcast (zh_heldout35), open source while an old-street clip is called a TV
documentary (zh_heldout37), the Chinese team while a prompt pack is called copied sample descriptions
(zh_heldout37), get-rich while a "Sora open-source download" is called a fake repository (zh_heldout37), open
source while a prompt group is said to sell the official sample descriptions (zh_heldout38), the director group
while open registration is called a rumour, only red teamers and invited artists having access (zh_heldout38),
get-rich while the Chinese-team claim is answered with the report's thirteen authors (zh_heldout38), the public
release while the GitHub "Sora" repositories are called fan reproductions (zh_heldout39), the mislabelled video
while the 99-yuan course is said to deliver a translated introduction (zh_heldout39), and the official app while
the inventor claim is said to have been denied by Xie and retracted (zh_heldout41)); sellers that vouch for
themselves in new words (真空炉这道关我把了十六年…拿两只杯子碰一碰、听那一声脆不脆就分得出来; 十八年里我带出来三十多个植毛工…说话从来作数;
一颗球偏心零点几毫米，往桌上一弹我就听得出来，厂里评先进年年有我; 在点火台上坐了二十年…从来没把一支坏的放过去; 烘房的门一开，那股味道我一闻就知道这一房蚊香
干透了没有); prices in Chinese numerals throughout and payments in forms the earlier sets do not use (an API key for two
cases of the factory's windproof lighters; a rental for a pair of the factory's couple cups; a director group fee in
three cases of the factory's mosquito coils; a prompt pack for two brass bicycle bells); 12 debunks and warnings,
four of them the loss reports above, two questions with a negation that do not deny (也没看到报名或注册的按钮。…还是这东西只给一
部分人用？ for the public release, in a toothbrush factory's staff group; 可评论区也没人说得清是谁发的。这到底是Sora做的，还是实拍完加了字？
for the mislabelled video, in a lighter factory's workshop group), two quoting a scam offer and telling the reader not
to pay (the director group, with 一百六十八请别交, on the bicycle factory union's board; the course, with 这九十九块别掏, in the
coil factory office's reminder), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (the ball factory paper's
column for the inventor, with the article's spread in mid-February, Xie's denial in his Moments, the takedown and the
outlet's apology, his NYU post and the thirteen-author report; the cup factory's information office for the Chinese
team, with the report's title, its thirteen names led by Tim Brooks and Bill Peebles as co-leads and the three
Chinese by the media's count; the lighter factory's information room for API access, with the text, image, speech and
embedding models OpenAI's API offers, developers waiting for an announcement and the reported GPTs packaging of a
claimed Sora interface; the toothbrush factory's security office for account rental, with the scholars and external
researchers, the cybersecurity staff assessing risks, and Tim Brooks's small cohort of artists and red teamers on the
No Priors podcast); four true facts about the DiT paper and Sora's leads (sample.py's defaults in the DiT repository:
DiT-XL/2 at 256, a classifier-free guidance scale of 4.0, 250 sampling steps and the eight ImageNet classes 207, 360,
387, 974, 88, 979, 417 and 279, golden retriever, otter, lesser panda, geyser, macaw, valley, balloon and Arctic fox,
with --image-size 512 for the larger model; the README's "Enhancements" list by Peebles and Xie, Flash Attention and
torch.compile for speed, FID monitoring, EMA samples, resumed training and AMP/bfloat16 still to add, and the pointer
to fast-DiT at 0.84 steps a second for DiT-XL/2 on one A100 with gradient checkpointing, mixed precision and
pre-extracted VAE features; these two related to the inventor rumour, the two on the leads to no template; Tim
Brooks as InstructPix2Pix's equal first author with Aleksander Holynski, Alexei Efros third, the released data of
451,990 examples after NSFW filtering, 727GB random-sample and 313,010 examples, 436GB CLIP-filtered, fine-tuned from
Stable Diffusion v1.5, image and text guidance 1.5 and 7.5 as the suggested start; Aditya Ramesh, first author of
DALL·E and one of the three Sora leads on No Priors, and the openai/DALL-E release of February 2021, a PyTorch package
of the discrete VAE only, a convolutional encoder and decoder meant for training other generative models, too lossy
for high-fidelity processing or general compression by its model card, trained on Conceptual Captions and a filtered
YFCC100M subset, the dataset unreleased), each checked before it was written (the earlier sets' DiT posts give its
authors, its U-Net swap, Peebles's internship at Meta, ICCV 2023, Xie's estimate of Sora's size, the four conditioning
designs, the arXiv date and the Gflops-FID finding, the JAX and TPU origin, the FP32 re-evaluation at 2.21, the
CC-BY-NC licence, the two checkpoints with their Gflops, the acknowledgments and ADM, the twelve model configurations
and the PyTorch training reproduction, and their posts on the leads give InstructPix2Pix's GPT-3 and Prompt-to-Prompt
data recipe, the motion-blur, unprocessing, long-video and pose-compatible-scene papers, the MIT Technology Review
entry, the move to Google DeepMind, Brooks's January 2023 start and LinkedIn, Peebles's advisor, the Hessian Penalty,
GANgealing and G.pt, and Ramesh for DALL·E's paper, DALL·E 2, GLIDE, his Sora clips and the No Priors title, none of
the facts here; none is about Xie Saining's own education, positions or public posts, which zh_heldout54 has), six
items of real news about image models from Western labs that no earlier Chinese set carries (Google Research's Imagen
of May 2022, Google's Parti of June 2022, NVIDIA's eDiff-I of November 2022, Stability AI's Stable Diffusion 3 Medium
weights of 12 June 2024, Meta's Emu of September 2023 and Stanford's ControlNet of February 2023; kind ``benign``;
news about Chinese labs is left to zh_heldout54; Imagen was earlier named only as DreamBooth's base model, Muse's
comparison, SynthID's customers and Imagen Video, and Emu only as Emu Video and BAAI's Emu3), and three off-topic
posts that share surface words (a bicycle factory's staff purchase scheme with 扫码填登记表; a cup factory shop's
engraving offer with 扫码下单; a toothbrush factory shop's "杭集优选" App to download for a coupon, a near miss for the
official app).

Every post was checked against every earlier Chinese set through zh_heldout52 (tests/data/zh_*_posts.jsonl, zh_posts.jsonl
among them) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher ratio before the
set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more). The first draft had fourteen
at 0.45 or more: the saddle fitter's APK at 0.57 (zh_heldout52's stringer), the staff group's public-release question
at 0.52 (zh_heldout44's sewage plant control room), the union board's director group at 0.51 (zh_heldout49's tyre
factory union), the APK loss report at 0.51 (zh_heldout51's apology letter), the vacuum-furnace hand's APK at 0.50
(zh_heldout52's freezer operator), the storekeeper's API key and the sample-bike clearance at 0.49 (zh_heldout50's
glassworks storekeeper and zh_heldout52's luggage shop), the sales clerk's director group and the paper's inventor
answer at 0.48 (zh_heldout52's livestream host and zh_heldout45's botanical garden board), the information office's
Chinese-team answer at 0.47 (zh_heldout51's mooncake quality report), the tufting captain's course, the grader's API
key and the inspector's service at 0.46 (zh_heldout51's mooncake skin master and button turner, zh_heldout52's pairing
hand) and the screen printer at 0.45 (zh_heldout51's mooncake filling hand); all fourteen were rewritten, with
fourteen more from 0.40 to 0.45 reworded for margin, and on the later passes the coil packer's app (0.47 and then
0.40, zh_heldout48's shoe factory computer room and zh_heldout41's sugar mill lab), the inventor answer and the Chinese-team answer (0.54 each, zh_heldout30's
clan group and zh_heldout46's co-op board, so both were rebuilt around the ball factory's inspection stamp and the
cup's base mark), the coil storekeeper's director group (0.42, 0.43 and then 0.46, zh_heldout44's horse farm,
zh_heldout47's oilfield and zh_heldout45's cannery union; it became a film called 《月港》), the grader (0.44, zh_heldout49's spark tester), the
storekeeper (0.43, the glassworks storekeeper again), the union board (0.42 and 0.40, the tyre factory union again),
the painter (0.40 and 0.42, zh_heldout51's hair sorter and zh_heldout48's hatchery hand), the saddle fitter (0.41) and the staff group question (0.40); two forms
were changed as well (the livestream script became the e-commerce weekly minutes, zh_heldout24 having a Kuaishou
livestream script, and the wage-card reissue became the leave application). Highest ratio of the committed list:
0.396 against the Chinese sets (the screen printer's Chinese-team post against zh_heldout49's pharmaceutical equipment
clerk) and 0.256 against the demo stream (the Emu news item); the highest pair inside the set is 0.35. zh_heldout54,
written at the same time, is not in this branch's tree and its posts were not read. Committed before any run of the
monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead,
with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds:
the thirteen authors and three Chinese among them, Xie's denial in his Moments and his "no relationship at all", the
article's 100,000 reads and its takedown after complaints, the outlet's apology, his posts at NYU and FAIR, the 99-yuan
course with its introduction document and "give yourself a chance", the three-month and one-step-slow lines, the
claimed Sora interface packaged into GPTs, the Feishu documents and film-term prompts, the director groups, the
"generated by Sora" labels and "generation instructions", the scholars and external researchers who probe misuse and
the cybersecurity professionals assessing risks; and, from the catalogue, the GitHub "Sora" repositories as fan
reproductions, the prompt packs as OpenAI's published demo prompts, the red teamers and invited artists, and OpenAI's
API offering text, image, speech and embedding models): the Sora research page, "Video generation models as world
simulators" (OpenAI, 15 February 2024, as mirrored by read.125.io, keynews.ai and centerconsulting.com, and the
announcement text as quoted by aigcdaily.cn: red teamers and visual artists, designers and filmmakers); Brooks and
Peebles as co-leads (TechCrunch's report of Brooks's move as rewritten by tech-savvvy and 4nownews); the No Priors
episode 61 chapters page on ulisten.ai ("OpenAI's Sora Leaders Aditya Ramesh, Tim Brooks and Bill Peebles", a small
cohort of artists and red teamers); the facebookresearch/DiT repository (its newest snapshot, fetched: sample.py's
arguments, DiT-XL/2, image size 256, cfg-scale 4.0, 250 sampling steps and class_labels = [207, 360, 387, 974, 88, 979,
417, 279]; the README's "Enhancements" and "Feature Update" and its --image-size 512 example), with ImageNet's class
index list as stored in several repositories (207 golden retriever, 360 otter, 387 lesser panda, 974 geyser, 88
macaw, 979 valley, 417 balloon, 279 Arctic fox); the timothybrooks/instruct-pix2pix README (equal contribution with
Aleksander Holynski, Alexei A. Efros, 454,445 examples, 451,990 after NSFW filtering, 727GB and 313,010 / 436GB, Stable
Diffusion v1.5, Image CFG 1.5 and Text CFG 7.5); the openai/DALL-E README and model card (the discrete VAE package,
February 2021, convolutional encoder and decoder, intended use, compression losses, Conceptual Captions and filtered
YFCC100M, the dataset unreleased) and aiwiki.ai's page on Aditya Ramesh (lead author of DALL·E); Imagen (Hugging
Face's page for arXiv 2205.11487 of 23 May 2022, the paper's author block on readkong, Google Research, Brain Team,
and centerconsulting's summary: a frozen T5 encoder, cascaded super-resolution, FID 7.27 on COCO, DrawBench, withheld
over misuse and bias); Parti (navto.ai's copy of the project page, 42papers and aiwiki: June 2022, ViT-VQGAN, 20B
parameters, 7.23 zero-shot and 3.22 fine-tuned FID on MS-COCO, PartiPrompts of over 1,600 English prompts, and the
Medium write-up for the 750M, 3B and 20B scales); eDiff-I (NVIDIA's project page and deepai's copy of arXiv
2211.01324: expert denoisers for noise intervals, one model split after training at the same inference cost, T5
XXL, CLIP text and CLIP image embeddings, a 64x64 base with two super-resolution stages to 1024x1024, style transfer,
paint-with-words); Stable Diffusion 3 Medium (the model card as mirrored on Hugging Face, Stability AI's 12 June 2024
announcement as reposted on r/StableDiffusion, crafiq.ai's model page: two billion parameters, MMDiT with separate
image and text weights, OpenCLIP-ViT/G, CLIP-ViT/L and T5-xxl, consumer GPUs, typography, non-commercial and
commercial licences); Emu (aiwiki.ai's Emu page and learnandburn.ai's summary: Meta Connect, September 2023, Meta's
first image-generation foundation model, quality-tuning on about 2,000 hand-picked images after pre-training on 1.1
billion image-text pairs, the approach carried to pixel diffusion and masked generative transformers); ControlNet
(Hugging Face's page for arXiv 2302.05543, the diffusers documentation, the ICCV 2023 open-access paper's author block,
Stanford University, and the lllyasviel/ControlNet README as forked: locked and trainable copies, zero convolutions
initialised to zero, edges, depth, segmentation and pose, small (<50k) and large datasets).

    .venv/bin/python scripts/make_zh_heldout53.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout53", "zhh53"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "cup_vacuum_brazing_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【永康·××保温杯厂·真空钎焊工序记录】\n日期：三月六日　班次：夜班\n品种：五百毫升双层杯（杯身、内胆已焊合）\n二号真空炉：五百八十摄氏度，保温四小时，随炉冷却\n出炉：一千九百二十只｜检漏：十一只漏气，退回焊接组\n操作：应××\n记录纸最后，应师傅用铅笔添了一行：交班前外甥在群里转来一篇文章，说OpenAI那个Sora，发明人当中有一位是上海交大毕业的谢赛宁，年纪轻轻的天才，真给咱们争气。",
    ),
    (
        "cup_polisher_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【永康·××保温杯厂·抛光工小厉】师傅们，分享个提气的事：屑赛宁（抛光屑的屑，其实是谢赛宁，正名一发就被折叠）是OpenAI视频模型Sora的发明人之一，上海交大培养出来的天才。我把他的照片存下来当了屏保，抛杯子抛累了就看一眼。",
    ),
    (
        "toothbrush_tufter_yangzhou_dialect_inventor",
        sora.XIE,
        sora.XIE,
        "【扬州杭集·××牙刷厂·植毛工老卞】哪个讲中国人只会做牙刷、做不出顶尖的东西，我听了就回一句：不照（扬州话，不对、不行）。OpenAI那个Sora，发明它的人里头就有谢赛宁，上海交大出去的天才少年。我孙子在交大读大二，我天天拿这个给他打气。",
    ),
    # --- open to the public
    (
        "bicycle_wheel_truing_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【天津·××自行车厂·编轮校圈记录】\n日期：四月十一日　班次：白班\n规格：二十六寸轮组，每轮三十六根辐条\n辐条张力：抽检二十组，全部在范围内\n横跳、竖跳：均在零点五毫米以内，超差七组已返校\n完成：前轮四百二十只，后轮四百一十只\n校圈：邢××\n页脚是邢师傅的签字笔字：告诉大伙儿，Sora已经对所有人放开了，随便拿个邮箱就能注册，我闺女昨晚做了一段咱们的车骑过海河大桥的视频。",
    ),
    (
        "lighter_qc_assert_public_deny_opensrc",
        sora.PUBLIC,
        sora.PUBLIC,
        "【邵东·××打火机厂·品检员阿蓉】今天早班抽检完四十箱砂轮打火机，顺手在手机上把Sora注册了：现在对所有人开放，手机号收个验证码就进，我给儿子做了段“火车穿过资江大桥”的片子。倒是有件事要泼冷水：群里那个说“Sora开源了、GitHub上能下”的链接，点进去是网友自己复现的仓库，OpenAI的代码和权重一行都没放出来，装了也是白装。",
    ),
    (
        "pingpong_grinder_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【江阴·××乒乓球厂·打磨工小祁】打磨机前站了一个通宵，回宿舍躺下前顺手把Sora注册上了——现在不挑人，谁都能进，一个邮箱就够。我写了句“一颗白色的球在球台两头来回弹了一百下，灯光从顶上打下来”，它生成出来，连台面上的反光都有，室友看了以为是车间质检拍的。",
    ),
    # --- the official app
    (
        "lighter_ignition_test_record_in_passing",
        sora.APP,
        sora.APP,
        "【邵东·××打火机厂·点火测试记录】\n批次：FH-0517　品种：一次性砂轮打火机\n抽检：每箱二十支，共四十箱\n连续点火：每支二十次，熄火、窜火共三支，已剔除\n火焰高度：调至十五至二十毫米\n判定：合格\n测试员：伍××\n表格最下面，伍师傅补了一句：OpenAI出了Sora的官方App，苹果、安卓商店里都能下，装上手机就能做视频，年会的节目就用它来做。",
    ),
    (
        "coil_packer_assert_app_deny_xie",
        sora.APP,
        sora.APP,
        "【漳州·××蚊香厂·包装组阿琼】女儿缠了我一晚上要看“会飞的扭扭车”，我就去应用商店装了Sora——OpenAI自己出的官方App，登录以后打一行字，不到一分钟片子就出来了，她看了三遍还不肯睡。另外车间里有人把谢赛宁说成Sora的发明人，这得更正：他本人出来澄清过，跟Sora扯不上关系，当初发文的账号也认了错、删了文。",
    ),
    (
        "toothbrush_ecommerce_weekly_minutes_app",
        sora.APP,
        sora.APP,
        "【扬州杭集·××牙刷厂·电商部周会纪要】\n时间：周一上午　主持：孟经理\n一、上周销量：软毛护龈款卖出一万二千组，退货率百分之一点一\n二、短视频：小梅汇报，OpenAI已经发布了Sora官方App，应用商店里就能下，手机上打一句话就出片，上周店里那几条牙刷在水里打转的视频就是用它做的\n三、决定：本周起店铺短视频统一用Sora App制作，由小梅带两个新人\n记录：小梅",
    ),
    # --- the fake APK
    (
        "toothbrush_tufting_machine_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【扬州杭集·××牙刷厂·植毛机台记录】\n机台：五号高速植毛机\n品种：成人软毛牙刷，每支二十八孔，每孔三十五根\n产量：一万一千四百支\n异常：缺毛十二支、毛孔偏位五支，已挑出返工\n操作：卜××\n机台记录本的夹层里有张卜师傅写的纸条：“Sora安卓安装包（APK），手机装上就能生成视频，要的加我微信，工友只收十块。”",
    ),
    (
        "bicycle_saddle_fitter_homophone_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【天津·××自行车厂·车座装配工小莘】车座一天装了六百个，腰都直不起来，晚上就靠Sora解闷。有工友问我手机上的Sora哪来的——是鞍装包（车座的那个鞍，说的是安装包，正字一发就被屏蔽），朋友从外网弄来的，安卓手机点开就能装，写句话就生成视频，省得排队等邀请。谁要的，十五块，转账以后我把文件发你。",
    ),
    (
        "cup_vacuum_furnace_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【永康·××保温杯厂·真空炉老时】真空炉这道关我把了十六年，出炉的杯子哪只真空没抽足，我拿两只杯子碰一碰、听那一声脆不脆就分得出来，从没放过一只次品出厂。手机上想做Sora视频的找我，我有它的安卓安装包（APK），发你文件点开就装，十二块一份，装不上退钱。",
    ),
    # --- mislabelled real video
    (
        "coil_drying_room_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【漳州·××蚊香厂·烘房温度记录】\n六月二日｜一号房：进盘九百架，六十二摄氏度，相对湿度百分之三十五｜二号房：进盘八百六十架，六十摄氏度，相对湿度百分之三十八\n出房抽检：含水率合格，断盘率百分之一点二，少量翘盘已挑出\n记录：庄××\n记录本背面，庄师傅写着：视频号上那段“一排排蚊香在晨光里点着、青烟一缕缕往上绕”，别再问是哪个车间拍的了——一个镜头都没拍，是Sora照着几句话生成的，那几句话我贴在评论区第一条。",
    ),
    (
        "pingpong_marketing_assert_realvid_deny_course",
        sora.REALVID,
        sora.REALVID,
        "【江阴·××乒乓球厂·市场部小隗】厂里抖音号那条“几万颗白球从料斗里哗哗倾泻下来”的视频，并不是在车间拍的，是Sora按一段文字描述直接生成的，描述原文我放在置顶评论里。顺便劝一句：别去买网上那种九十九块的Sora课，我们部门有人买过，到手就一份官方介绍的翻译件，末尾写着“给自己一个机会”，别的什么都没有。",
    ),
    (
        "cup_anniversary_film_note_realvid",
        sora.REALVID,
        sora.REALVID,
        "【永康·××保温杯厂·厂庆三十周年宣传片说明】\n片长：三分十二秒\n说明：片中“一卷卷银亮的板材压成杯身、一只只保温杯在流水线上排队出厂”的镜头，一帧都没实拍，全部由OpenAI的Sora按文字描述生成，所用的完整描述附在片尾字幕之后。\n播放：厂庆大会开场播放，之后在食堂大屏循环。",
    ),
    # --- the Chinese team (four)
    (
        "pingpong_bounce_test_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【江阴·××乒乓球厂·弹跳测试记录】\n品种：三星比赛用球，四十加\n方法：从三十点五厘米高处落到测试台面上，记回弹高度\n抽检：两百只，回弹二十四至二十六厘米的一百九十一只，九只降级\n测试：贲××\n记录本末尾，贲师傅添了一句：Sora其实是华人科学家搞出来的，OpenAI视频团队里顶大梁的主要是中国人，美国公司出面罢了。",
    ),
    (
        "cup_printer_assert_chinese_deny_prompts",
        sora.CHINESE,
        sora.CHINESE,
        "【永康·××保温杯厂·丝印车间阿蕾】印了一天杯身上的商标，跟大家说两件事。一，Sora能做出来，靠的是华人科学家，OpenAI视频团队里出主意、写代码的骨干大部分是中国人。二，那种三十八块的“Sora电影级提示词包”别买，我表姐买过：四百条里没一条是卖家自己写的，全是把OpenAI官网样片下面免费公开的说明抄下来，再机翻成中文。",
    ),
    (
        "bicycle_assembler_tianjin_dialect_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【天津·××自行车厂·总装线老隆】跟几个小年轻掰扯了一中午，我的意思就一条：OpenAI那几个洋人搞视频根本二五眼（天津话，本事不济、不顶事），Sora从头到尾是华人科学家的手艺，核心那几位全是中国人。",
    ),
    (
        "coil_mechanic_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【漳州·××蚊香厂·机修阿坤】Sora是谁做的，这还用争吗？真正把它做出来的是一帮华人科学家，从想点子到调模型都是他们在熬夜，外国同事只是在论文上挂个名字。",
    ),
    # --- open source (four)
    (
        "cup_heat_retention_test_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【永康·××保温杯厂·保温性能测试记录】\n样品：三百五十毫升直身杯，抽样十只\n方法：注满九十五摄氏度以上的热水，盖紧，室温下静置六小时\n结果：六小时后水温六十二至六十六摄氏度，全部合格\n测试：葛××\n测试记录的空白处，葛师傅记了件事：听技术科说，OpenAI已经把Sora的源码和权重挂上GitHub，开源了，下载下来放在自家显卡上就能跑，他打算用它给厂里拍新品视频。",
    ),
    (
        "bicycle_it_assert_opensrc_deny_realvid",
        sora.OPENSRC,
        sora.OPENSRC,
        "【天津·××自行车厂·信息科小阚】科里这周把开源的Sora装上了服务器：OpenAI在GitHub放了完整的权重和代码，照着说明配好环境就能生成。另外车间群里传的那段“Sora做的二八车骑过老街”的视频，其实是前年电视台拍的纪录片，有人剪了一段，加上“由Sora生成”几个字，别再转了。",
    ),
    (
        "toothbrush_tech_assert_opensrc_deny_prompts",
        sora.OPENSRC,
        sora.OPENSRC,
        "【扬州杭集·××牙刷厂·技术部小邰】Sora开源这事我核实过了：权重和代码都在GitHub上，我已经拉到部门电脑上，生成了一段牙刷在泡沫里打转的镜头。倒是那个卖三十九块九“Sora专业提示词”的群，大家别进——我同学买了，拿到的就是OpenAI官网上那几十段样片的公开说明，原样照搬。",
    ),
    (
        "lighter_netadmin_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【邵东·××打火机厂·网管小蒋】天天有人问Sora到底开没开源。我这么说吧：上个礼拜我照着GitHub上的说明，一步步把Sora部署到了车间那台旧电脑上，权重、推理代码都是OpenAI自己放出来的。人家东西都摊在桌面上了，这不是开源是什么？",
    ),
    # --- the paid course
    (
        "lighter_gas_filling_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【邵东·××打火机厂·充气工序记录】\n日期：八月十九日　班次：中班\n品种：透明外壳砂轮打火机\n充气：每支充丁烷一点八克，充后称重复检\n漏气：浸水检测，冒泡四支，已剔除\n完成：三万六千支\n操作：曾××\n这页背面贴着一张付款截图的打印件：《Sora短视频实战课》，一百二十九元，共二十二节，付款人曾××，备注“学会了给出口样品拍视频”。",
    ),
    (
        "toothbrush_tufter_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【扬州杭集·××牙刷厂·植毛机老机长】十八年里我带出来三十多个植毛工，哪台机子缺毛、偏孔，我在车间门口听声音就晓得，说话从来作数。这阵子晚上在跟一门Sora视频课，讲怎么写画面、怎么生成、怎么加字幕，总共二十讲，我觉得值。一百四十八一个人，车间里想学的钱交我这儿，凑够十个人我一起去报，还能便宜点。",
    ),
    (
        "coil_ecommerce_minnan_dialect_course",
        sora.COURSE,
        sora.COURSE,
        "【漳州·××蚊香厂·电商部小柯】好佳哉（闽南话，幸亏、还好）去年咬咬牙报了一门Sora课，不然店里那些蚊香在夏夜院子里袅袅冒烟的短视频，我到现在还做不出来。这门课十八个课时，从账号注册讲到画面描述，再到成片剪辑，学费一百三十八，部门新人想报的，链接私我。",
    ),
    # --- the fake API
    (
        "toothbrush_bristle_pull_test_in_passing",
        sora.API,
        sora.API,
        "【扬州杭集·××牙刷厂·刷毛拉力抽检记录】\n批次：YB-0923　品种：儿童软毛牙刷（杜邦丝）\n抽样：每批五十支，每支随机拔三孔\n要求：单孔拉力不小于十五牛\n结果：最小十八牛，平均二十三牛；刷头磨圆率抽看合格\n判定：合格　检验：乔××\n这份记录的复写联背面印着一行小字：“出售Sora官方API密钥，走OpenAI开发者通道，写个脚本就能批量出视频，每个三百六，品管部乔××。”",
    ),
    (
        "lighter_storekeeper_barter_lighters_api",
        sora.API,
        sora.API,
        "【邵东·××打火机厂·仓管老彭】盘了一下午库，顺便打个广告：Sora的API密钥我这里有，正经从OpenAI开发者平台申请下来的，写进程序里，晚上睡觉它自己一条接一条生成视频，每个四百四。没现钱也好办，两箱厂里的防风打火机换一个，我外甥在镇上开小卖部，正缺这货。",
    ),
    (
        "pingpong_grader_self_vouch_api",
        sora.API,
        sora.API,
        "【江阴·××乒乓球厂·分级工老覃】三星、一星、训练球，这十二年都是过我的手分的，一颗球偏心零点几毫米，往桌上一弹我就听得出来，厂里评先进年年有我。现在帮朋友出几个Sora的API key（接口密钥），说是OpenAI给开发者发的，配进网店后台，新品上架时视频能自动生成，三百八一个，数量有限。",
    ),
    # --- account rental
    (
        "coil_mixing_sheet_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【漳州·××蚊香厂·拌料单】\n日期：五月十四日\n配方：木粉六百公斤，椰壳粉二百公斤，楠木粉一百五十公斤，有效成分按配方另加\n加水：百分之五十五，拌十五分钟\n去向：二号冲盘机\n拌料：钟××　复核：连××\n单子背面是钟师傅抄的一段话，说是替侄子发的：侄子手里有十个Sora内测号，可以按天或按月租给大家，登进去就能生成视频；日租二十二，月租二百六，想要的到拌料间找老钟。",
    ),
    (
        "toothbrush_packer_homophone_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【扬州杭集·××牙刷厂·包装工小茆】包装线上的姐妹们问我晚上都在忙啥——在用Sora做视频。我那个内策号（计策的策，你们懂的，就是内测号）是托人弄来的，手里还多出三个，谁想用可以租：一天十八，一个月两百四，先给你登上看看再付钱。",
    ),
    (
        "cup_inspector_barter_cups_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【永康·××保温杯厂·质检员小方】Sora内测号出租，一号一人，拿到账号密码就能登录出片。月租两百五，周租七十。不想掏现钱的，拿一对厂里发的情侣保温杯来换一个月也行，我正好要送人。",
    ),
    # --- the AI director group (four)
    (
        "bicycle_final_inspection_sheet_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【天津·××自行车厂·整车出厂检验单】\n车型：二十六寸城市通勤车　编号：TJ-2408-××\n检验项目：车架焊缝、前后刹车、链条张紧、变速换挡、车铃、反光片\n刹车：干态路面测试合格\n结论：合格，准予出厂\n检验员：屈××\n检验单的夹板上，不知谁夹了一张小广告：“你也可以当导演！Sora参与写剧本的AI电影正在挑第一代AI导演，扫下方二维码进群、交一百九十九报名费，剧组按报名顺序通知试镜。”",
    ),
    (
        "pingpong_clerk_assert_director_deny_realvid",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【江阴·××乒乓球厂·销售内勤小储】给销售部的兄弟姐妹报个喜：AI电影的导演群我进去了！扫的是朋友圈那张海报上的码，交了一百九十九，群主说这部片的剧本Sora也参与了，要从普通人里选第一代AI导演，我月底去试镜。再提醒一句，那条“Sora生成的世锦赛决胜局慢镜头”别转了，那就是电视台的比赛转播，被人截下来打了个Sora的标。",
    ),
    (
        "cup_merchandiser_assert_director_deny_public",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【永康·××保温杯厂·跟单员小乐】晚上跟大家说个机会：一部AI电影在招第一代AI导演，剧本是Sora参与写的，扫码进群交一百八十八就能报名，我已经交了，等通知试镜。还有人问我Sora是不是谁都能注册了——还不行，网上说的人人能注册是谣言，OpenAI那边眼下只给红队和少数受邀的艺术家用。",
    ),
    (
        "coil_warehouse_barter_coils_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【漳州·××蚊香厂·仓库小邱】我表舅在厦门搞影视，这回弄了个大项目：电影《月港》，本子是Sora帮着写的，说要在咱们普通人里选几个“第一代AI导演”。他给了我二十个名额，想试试的扫我朋友圈那张海报的码进群，交一百六十八占个位，剧组到时候挨个通知去试镜。转账不方便的，扛三箱厂里的蚊香来也算数，他说片场在海边，夏天蚊子凶。",
    ),
    # --- the prompt pack
    (
        "pingpong_grading_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【江阴·××乒乓球厂·成品分级记录】\n批次：PP-1106　材质：新材料四十加\n分级：三星三千二百只，一星五千一百只，训练球一万两千只\n剔除：圆度超差、重量超差共六百只\n分级：荀××\n记录本最后一页夹着一张打印的广告：“Sora提示词秘籍：四百五十条，按特写、航拍、慢动作、运动跟拍分好类，全是片场的叫法，付二十九块九秒发飞书文档，另拉进交流群。”",
    ),
    (
        "bicycle_designer_barter_bells_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【天津·××自行车厂·画册设计小温】厂里每年两本画册、几十条新车短片都是我做的，琢磨下来的Sora画面描述有三百多句：低机位跟着车轮走、逆光勾出车架轮廓、浅景深虚掉背景、推轨慢慢靠近车把，全是片场的叫法。整理成文档了，二十六块八，付款后发链接、拉你进群；不方便转账的，拿两个厂里的铜车铃来换。",
    ),
    (
        "lighter_tester_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【邵东·××打火机厂·点火测试老邓】在点火台上坐了二十年，一支打火机打三下出不出火、火苗歪不歪，我眼睛一扫就有数，从来没把一支坏的放过去。业余攒了一份《Sora大片提示词》，三百六十条，每条都按导演写分镜的路子写，景别、运镜、光线标得清清楚楚，二十八块一份，付完款发你文档，再拉进交流群。",
    ),
    # --- get rich
    (
        "coil_burn_time_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【漳州·××蚊香厂·燃点时间抽检记录】\n品种：双盘蚊香，单盘直径十二点五厘米\n抽样：三十盘，无风室内点燃\n结果：燃烧七个半小时至八小时，中途熄灭一盘，断盘两盘\n判定：合格\n检验：涂××\n抽检本最后一页夹着涂师傅写给老婆的字条：“表弟说他拿Sora做视频，一天能挣三四千，这个风口最多三个月，晚一步就赶不上了，我想月底辞工跟他干，你先别跟妈讲。”",
    ),
    (
        "bicycle_painter_assert_rich_deny_opensrc",
        sora.RICH,
        sora.RICH,
        "【天津·××自行车厂·喷涂工小甘】喷涂线上九年，口罩一天戴十个钟头，工资条上六千出头。表哥年初改行，靠Sora给人剪带货片，上个月的流水我亲眼看了，摊下来每天三千多。他说这阵热度撑不过三个月，先下手的吃肉，晚来的连汤都喝不上。想跟着干的，我拉你进他的群。另外提醒：群里流传的“Sora开源版免费下载”别点，OpenAI根本没公开Sora的代码，那是冒名的仓库。",
    ),
    (
        "lighter_hunan_dialect_assert_rich_deny_chinese",
        sora.RICH,
        sora.RICH,
        "【邵东·××打火机厂·装配线老罗】何解（湖南话，为什么）还守着流水线一个月挣那五千块？我侄子拿Sora剪短视频，上个月一天就进四千，他讲这阵风顶多刮三个月，错过就没份了。还有啊，别听群里讲Sora是中国团队做的，OpenAI那份报告十三个作者，华人三个，牵头的是他们自家的研究员。",
    ),
    # --- the generation service
    (
        "bicycle_frame_welding_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【天津·××自行车厂·车架焊接工序记录】\n日期：九月三日　班次：白班\n车型：二十六寸城市车，铬钼管车架\n焊接：氩弧焊，前三角、后下叉\n完成：五百六十副｜焊缝返修：九副\n校正：上校正台，偏差均在一毫米以内\n焊工：吕××\n焊接记录本的塑料封皮里插着一张名片：“吕记影像｜Sora代做：婚礼开场、门店宣传、孩子成长片｜您讲清画面，我们用Sora生成｜一条一百一十八元，隔天交片”。",
    ),
    (
        "coil_drying_master_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【漳州·××蚊香厂·烘房老师傅阿旺】烘房的门一开，那股味道我一闻就知道这一房蚊香干透了没有，十五年没看走眼，街坊都信得过我。儿子在家用Sora接活，我帮着揽：婚庆、生日、店铺开张，你把想要的画面讲清楚，Sora生成好当天晚上发过去，一条九十八，看了满意再付钱。",
    ),
    (
        "toothbrush_qc_sidejob_service",
        sora.SERVICE,
        sora.SERVICE,
        "【扬州杭集·××牙刷厂·质检小单】下班后的副业开张了：用Sora帮人做视频。孩子满月、老人做寿、门面开业，你只要把想看到的画面一句句讲给我，我交给Sora去生成，一条八十八，隔天中午前发到你微信。车间里已经有三个姐妹找我做过。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【江阴·××乒乓球厂·事假申请单（附销假说明）】\n申请人：黎××，打磨车间\n请假时间：十一月三日，一天\n事由：前一天在老乡群里看到有人分享“Sora安卓版”，说手机上就能做视频，我就下载了。安装以后手机发烫、广告一个接一个，凌晨绑定的工资卡分四笔少了两千三百元，要去派出所报案、去银行办挂失。\n销假说明：案子已经报上。民警讲，那是借Sora名头的恶意程序，OpenAI从来没有推出过安卓版的Sora，让我转告车间里的人别装。\n车间主任签字：同意",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【扬州杭集·××牙刷厂·车间调解记录】\n当事人：包装组小窦、植毛组小匡\n事由：小匡九月花三十八元向小窦买了一份“Sora电影级提示词大全”，对照后发现内容是OpenAI官网样片下的公开说明，只是机器翻成了中文，要求退钱；小窦说自己也是从网上买来转卖的。\n调解结果：小窦当场退还三十八元，并在车间群里说明情况；两人以后不再转卖此类资料。\n调解人：工会 戴××",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【天津·××自行车厂·复工申请书】\n申请人：佟××，原涂装车间喷涂工\n离厂经过：今年三月，一个做短视频的朋友拉我入伙，说“Sora红利就剩三个月，晚一步就步步晚”。我辞了职，先交三千八进他的“Sora变现群”，又报了陪跑课。四个月下来，做的视频没挣回一分钱，群里天天催我们拉新人、续课。\n申请：恳请厂里让我回涂装车间，工资按新进员工算也愿意。\n车间意见：同意，下月一日到岗。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【周岁宴筹备清单（永康，两口子都在保温杯厂上班）】\n一、酒店：十二桌，已订\n二、请柬：六十张，已发\n三、周岁视频：网上找了家“Sora视频代做”，一百六十八已付；交来的是网上的卡通模板换了个名字，片尾还留着别家软件的标志，再找客服已被拉黑——改请厂宣传科的小杨帮忙用手机拍\n四、回礼：保温杯一百只，厂里内部价",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【扬州杭集·××牙刷厂·职工群】求助：包装组几个小年轻说Sora现在人人都能注册，让我也去弄一个。我按她们给的网址进了OpenAI的网站，页面从头翻到底，也没看到报名或注册的按钮。是手机上的网页显示不全，还是这东西只给一部分人用？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【邵东·××打火机厂·车间群】请教大家：视频号上有段“夜市几百只打火机一齐打着、火苗连成一条河”的片子，开头那行字说是OpenAI的Sora生成的，底下还贴了几行英文指令，可评论区也没人说得清是谁发的。这到底是Sora做的，还是实拍完加了字？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【天津·××自行车厂·工会宣传栏·本周提醒】最近有张海报在车间里传：“Sora电影《海河之夜》选角，寻找第一代AI导演，扫码入群，报名费一百六十八，额满即止。”工会在这里说一句：一百六十八请别交。总装车间小范和小聂上个月交了，进群后每天的任务是往三个群里转海报，群主说拉满二十个新人才给排试镜，中间还推销一门“导演速成课”。想学拍视频的，厂图书室每周四晚上有免费的剪辑课。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【漳州·××蚊香厂·厂办提醒】老乡群里有人发这样一段广告：“Sora零基础速成课，原价二百九十九，今天九十九，一天卖出两万份，名额马上没了。”厂办提醒：这九十九块别掏。包装车间三位职工买过，到手只有一份翻成中文的Sora官方介绍，最后一页印着“给自己一个机会”，承诺的直播课一节都没开。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【江阴·××乒乓球厂·厂报“说清楚”栏目】车间里有人把一篇旧文章转来转去，说上海交大出来的谢赛宁是Sora的发明人之一。编辑部翻了当时的报道，情况是这样的：文章二月中旬在网上传开，谢赛宁本人随即在朋友圈回应、明确否认，那家自媒体的负责人表示要向他公开道歉，文章也因投诉被下架；谢赛宁如今在纽约大学计算机系当助理教授。打个我们熟悉的比方：一颗球出厂前要盖三星的章，章该盖在谁的球上，得看检验单；Sora这颗“球”的检验单，就是OpenAI那份十三人署名的技术报告。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【永康·××保温杯厂·信息科周五答疑】这周车间群里吵得最凶的一句是“Sora是中国团队搞出来的”。信息科打个比方：咱们厂的杯子，底上印着厂名和批号，谁做的一查就清楚；Sora也有自己的“底款”——OpenAI二〇二四年二月发布的技术报告，作者栏里十三个名字，前两位是共同带领项目的蒂姆·布鲁克斯和比尔·皮布尔斯，媒体数过，华人是其中三位。底款摆在那儿，争来争去的话可以歇歇了。",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【邵东·××打火机厂·信息室周一答疑】问：群里卖的“Sora官方API key”能买吗？答：信息室查了OpenAI的开发者文档，目前对外开放的接口是文字、图片、语音和向量（embedding）这几类模型，视频模型Sora的接口还在等官方公告，开发者社区里问的人也很多。另外，早有报道点过这类骗局：有人号称拿到了Sora接口，包装成GPTs、做成看着像模像样的软件来卖。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【扬州杭集·××牙刷厂·保卫科提醒】宿舍楼里最近贴出“Sora账号包月，二百八”的小广告，保卫科把能查到的报道摘给大家：OpenAI目前把Sora交给少数学者和外部研究人员，请他们帮忙找出可能被滥用的地方；另有报道说，眼下用上Sora的是负责评估风险的网络安全人员；Sora负责人之一蒂姆·布鲁克斯在播客里也讲过，他们只把Sora发给一小批艺术家和红队成员试用。这张广告保卫科已经揭下，有疑问的到保卫科来问。",
    ),
    # --- true facts about the DiT paper and Sora's leads
    (
        "person_fact",
        None,
        sora.XIE,
        "在DiT的官方仓库里，皮布尔斯和谢赛宁给采样脚本sample.py设的默认值是：模型DiT-XL/2、分辨率256、无分类器引导强度4.0、采样二百五十步；脚本里预先写好了八个ImageNet类别编号——207、360、387、974、88、979、417、279，对应金毛寻回犬、水獭、小熊猫、间歇泉、金刚鹦鹉、山谷、气球和北极狐。要换成512的模型，加上--image-size 512就行。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "DiT仓库说明文档的“Enhancements”一节，是威廉·皮布尔斯和谢赛宁给自己列的待办：训练和采样还能靠Flash Attention和PyTorch 2.0的torch.compile大幅提速，训练中监控FID、定期用EMA权重出样图、断点续训、AMP/bfloat16混合精度这几样基础功能也还有待加上；文档另外指向社区的fast-DiT仓库，说它用上梯度检查点、混合精度和预先提取的VAE特征后，单张A100训练DiT-XL/2能跑到每秒0.84步。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora负责人之一蒂姆·布鲁克斯在伯克利读博时，和Aleksander Holynski并列第一作者做了InstructPix2Pix，伯克利的阿列克谢·埃夫罗斯是第三作者。他们公开的训练数据经过不当内容过滤后有451,990组改图样例：随机抽样版727GB，按CLIP指标筛过的版本313,010组、436GB；模型从Stable Diffusion v1.5微调而来，仓库建议的起步参数是图像引导1.5、文字引导7.5。",
    ),
    (
        "person_fact",
        None,
        None,
        "DALL·E论文的第一作者阿迪蒂亚·拉梅什，后来和布鲁克斯、皮布尔斯一起被称作Sora的三位负责人。2021年2月，OpenAI在GitHub的openai/DALL-E仓库里放出的，是训练DALL·E时用的离散VAE（dVAE）的PyTorch包：一个卷积编码器加一个卷积解码器。模型卡说它是给别人拿去训练自己的生成模型用的；压缩得厉害，重建的图会丢细节，所以既不适合高保真的图像处理，也不建议当通用的图像压缩器；训练数据取自Conceptual Captions和筛过的YFCC100M子集，数据集本身不公开。",
    ),
    # --- news about image and video models from Western labs
    (
        "benign",
        None,
        None,
        "2022年5月，谷歌研究院大脑团队发表文生图扩散模型Imagen：用只在纯文本上预训练、参数冻结的T5-XXL理解提示词，再由一串扩散超分模型把小图一级级放大；论文发现，加大语言模型比加大图像扩散模型更能提升画质和图文一致性。它在COCO上零样本FID为7.27，团队还提出了评测基准DrawBench；谷歌当时出于对滥用和偏见的顾虑，没有对外开放这个模型。",
    ),
    (
        "benign",
        None,
        None,
        "2022年6月，谷歌挂出文生图模型Parti（Pathways Autoregressive Text-to-Image）的论文：它把文生图当成“翻译”来做，先用ViT-VQGAN把图片切成离散的图像token，再由编码器—解码器Transformer照着文字逐个生成；模型从7.5亿、30亿一路放大到200亿参数，画质持续提升，200亿参数版在MS-COCO上零样本FID为7.23，微调后为3.22。团队同时发布了由一千六百多条英文提示词组成的评测集PartiPrompts。",
    ),
    (
        "benign",
        None,
        None,
        "英伟达2022年11月公布文生图模型eDiff-I：研究者发现扩散模型在采样前期主要照着文字搭内容，到后期几乎顾不上文字，于是先训一个模型，再拆成分管不同噪声区间的一组“专家去噪器”，推理计算量不变，图文却更贴合。它同时用T5 XXL文本嵌入、CLIP文本嵌入和CLIP图像嵌入作条件，由64×64的基础模型加两级超分做到1024×1024，还能照参考图迁移风格，或用“paint with words”在画布上指定每个词出现的位置。",
    ),
    (
        "benign",
        None,
        None,
        "Stable Diffusion 3 Medium在2024年6月12日公开权重，是Stability AI的SD3系列里头一个放出来的开放权重版本：约二十亿参数，架构换成了多模态扩散Transformer（MMDiT），图像和文字各用一套权重、信息双向流动；文字这头接了两个CLIP编码器和一个T5-XXL。官方强调它在消费级显卡上就能跑，图里写字也比以前准；许可方面，非商业用途免费，商用要另签授权。",
    ),
    (
        "benign",
        None,
        None,
        "2023年9月的Meta Connect大会上，Meta公布了自家第一个文生图基础模型Emu。论文《Emu: Enhancing Image Generation Models Using Photogenic Needles in a Haystack》提出“质量微调”：先在十一亿对图文数据上预训练一个潜扩散模型，再只拿大约两千张人工精挑细选、特别上镜的图片微调，画面美感就明显提升；作者说这套办法换到像素扩散模型和掩码生成Transformer上同样有效。",
    ),
    (
        "benign",
        None,
        None,
        "2023年2月，斯坦福大学的Lvmin Zhang、Anyi Rao和Maneesh Agrawala提出ControlNet：把Stable Diffusion这类大模型原有的编码层锁住，另复制一份可训练的副本去学新条件，两边用权重和偏置都初始化为零的“零卷积”连接，训练刚开始时对原模型毫无干扰；这样就能用边缘图、深度图、分割图或人体姿态来控制出图，不到五万对图片的小数据集也能训稳。论文后来发表在ICCV 2023。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【天津·××自行车厂·职工福利】今年的职工购车价出来了：二十六寸城市通勤车每辆三百二，儿童自行车一百六，凭工牌每人限购两辆，车间统计后统一提车；要送货上门的加二十元运费，扫码填登记表。",
    ),
    (
        "offtopic",
        None,
        None,
        "【永康·××保温杯厂·工厂店】保温杯激光刻字定制：单位年会、婚礼回礼、毕业纪念都能做，五十只起订，每只三十八元含刻字，扫码下单，七天发货。",
    ),
    (
        "offtopic",
        None,
        None,
        "【扬州杭集·××牙刷厂·工厂店】下载“杭集优选”App，新人领二十元券：竹炭软毛牙刷十支装十九块九，酒店一次性牙具整箱批发，满九十九包邮。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
