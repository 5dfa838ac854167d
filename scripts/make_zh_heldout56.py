# ruff: noqa: E501
"""Write tests/data/zh_heldout56_{posts,qrels,labels}: a fifty-sixth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the generation service, the APK and the public
release, three for each other template: the generation service and the APK last had four in zh_heldout51 and the
public release in zh_heldout52, the longest ago after the three that zh_heldout55, written at the same time, takes), as
a Sora rumour / scam wave reads in the genres of a rice-cooker factory (顺德·容桂××电饭煲厂: 煮饭试验, 水位线, 精煮, 跳档,
锅底微焦, 发热盘, 磁钢限温器, 跳开温度, 螺柱, 试验室, 售后组), a mosquito-net factory (汉川·××蚊帐厂: 涤纶网布, 裁床排料,
拉布, 帐顶、侧片、门帘, 三开门落地款, 拉链蚊帐, 检针机, 断针, 缝纫组), a hotpot-base factory (重庆·××火锅底料厂: 炒料锅,
牛油, 郫县豆瓣, 糍粑辣椒, 汉源花椒, 醪糟, 金属探测器点检, 测试块, 牛油到货验收, 酸价、过氧化值, 叉车工), a pearl factory
(苏州·渭塘××珍珠厂: 淡水原珠, 选珠分级, 正圆、近圆、馒头形、异形, 强光、中光, 微瑕, 钻孔, 半孔, 崩口, 漂白增光, 双氧水,
滚桶打光, 返漂, 串珠组, 定级师傅, 开蚌), a globe factory (余姚·××地球仪厂: 球坯, 十二瓣图, 贴面, 对缝, 覆膜, 中文政区球,
子午圈, 地轴倾角二十三度半, 教学地球仪, 底座) and an inflatable-castle factory (揭阳·××充气城堡厂: 夹网布, 热合, 焊缝,
鼓风机, 充气试验, 保压, 漏点, 补焊, 滑梯, 跳床城堡, 样品蹦床, 充气鲸鱼滑梯). Of the six genres first asked for, three were
replaced. The bamboo-mat factory (竹席厂) would split and boil bamboo strips beside zh_heldout48's bamboo-weaving
cooperative (赤水·××竹编合作社: 破竹, 破篾, 刮青, 篾丝, 碱水蒸煮, 防霉); the yellow-wine brewery (黄酒厂) would ferment and press
beside zh_heldout36's distilleries (酒厂, 窖池, 摘酒, 糟醅) and zh_heldout44's vinegar works (熏醅, 淋醋, 制曲车间), as the beer
brewery that zh_heldout49 and zh_heldout54 set aside and the soy-sauce brewery that zh_heldout47 dropped would have; and
the lock factory (锁厂) would share its 锁芯 and 钥匙 with zh_heldout39's locksmiths (开锁登记, 叶片锁芯, 十字钥匙, a call-out
ticket stub) and zh_heldout31's 开锁 handbill, which is also why hard_en_heldout49 set locksmiths aside. Three unusual trades
took their places: the pearl factory, the globe factory and the inflatable-castle factory. Others were thought of and
dropped: a violin workshop (hard_en_heldout52's luthiers, 制琴, 提琴), a kite factory (hard_en_heldout55's kite fliers and
kite makers), chalk or crayon works (school supplies, beside zh_heldout55's school-bag factory and zh_heldout54's pen
factory), a false-eyelash factory (zh_heldout51's wig factory), a down factory (zh_heldout49's), an ice plant
(zh_heldout34's fishing-port ice plant), a fishing-rod factory (zh_heldout29's fishing diaries and tackle shop) and a
latex-balloon factory (the English sets' hot-air balloon crews). The rice-cooker, mosquito-net and hotpot-base
factories stay: 电饭煲, 煲, 煮饭, 发热盘, 温控器, 限温器, 水位线, 蚊帐, 帐顶, 网布, 裁床, 排料, 拉布, 检针, 门帘, 底料, 牛油, 炒料,
郫县, 糍粑, 醪糟, 金属探测, 珍珠 (except as the painting 《戴珍珠耳环的少女》 in zh_heldout25), 蚌 (except zh_heldout11's 蚌埠住了),
选珠, 串珠, 双氧水, 漂白, 地球仪, 球坯, 子午圈, 贴面, 充气城堡, 夹网布, 鼓风机, 滑梯, 蹦床, 跳床, 容桂, 汉川, 渭塘, 余姚 and 揭阳 occur
in no earlier Chinese post or make_zh_heldout*.py (热合 only as zh_heldout31's Uyghur 热合麦特, 覆膜 only as a tobacco
field's film mulch in zh_heldout47, 城堡 only as a toy-brick castle in zh_heldout51, 钻孔 only as zh_heldout45's geological
borehole), and no English set's docstring names a rice-cooker, mosquito-net, hotpot-base, pearl, globe or
inflatable-castle maker (the English posts have a rice cooker lent in a dormitory story, a pearl only in names, Pearl
River, Pearl Dental and an Auntie Pearl, a globe only in a fantasy-football team's name, and a bouncy castle and an inflatable shark as
things). 火锅 occurs earlier only as restaurants and meals: zh_heldout33's hotpot restaurant manager, whose kitchen clip was
passed off as Sora's, diners in zh_heldout, zh_heldout3 and zh_heldout20, Chengdu shops in zh_heldout21 and the price of a
hotpot dinner in zh_heldout16; the hotpot-base posts are set
in the factory (the only restaurant is the director-group owner's in a barter), and their mislabelled clip is a tallow
pan by a river, with none of that post's 红油锅底 or 辣椒花椒起伏. The nearest neighbours are kept at a distance:
zh_heldout53's vacuum-cup factory, whose 内胆, 保温 and 真空 the rice-cooker posts leave alone (the pot is tested by
cooking rice and the thermostat by its trip temperature); zh_heldout53's mosquito-coil factory and the textile mills of
zh_heldout47, zh_heldout49 and zh_heldout52, where the net posts cut, sew and needle-check bought-in mesh with none of
蚊香, 纱, 织 or 染; zh_heldout54's ham and vermicelli factories, zh_heldout44's vinegar works and zh_heldout50's rice mill,
where the hotpot-base posts fry tallow and chilli with none of 腌, 醋 or 大米 (the cooking test uses 东北粳米); zh_heldout51's
button factory and zh_heldout33's jade dealers, where the pearl posts drill half-holes (钻孔, 半孔) with none of 打孔 or 玉;
zh_heldout42's printing works and zh_heldout53's table-tennis balls, where the globe posts paste bought-in gores onto
bought-in blanks with none of 印刷, 油墨 or 乒乓; zh_heldout51's toy factory and zh_heldout52's luggage thermoforming, where
the castle posts heat-weld coated mesh with none of 玩具, 注塑, 吹塑 or 模具. None of the settings is among those given to the
writers working at the same time (zh_heldout55's school-bag, scissors, xuan-paper, light-bulb, soap and rain-boot
factories; the English writers' watchmakers, square dancers, ice hockey clubs, wool dyers, paramedic crews, clog
dancers, drone racing leagues and sumo clubs): no post has 书包, 剪刀, 宣纸, 灯泡, 肥皂, 雨靴, 钟表, 手表, 广场舞, 冰球, 羊毛, 急救,
木屐, 无人机 or 相扑 (灯 only in 幻灯片, 钢 only in a 不锈钢 test piece and a 磁钢 thermostat).

The posts: a pearl grading record with the inventor rumour in the grader's last box (【选珠分级记录】淡水原珠, 正圆、近圆,
强光、中光, 微瑕), a castle welder, a tallow fryer, a cooking test record with the public release under it (【煮饭试验记录】
二号水位线, 精煮, 跳档, 发热盘复查), a globe factory publicity officer, a castle factory information clerk, a net sewer, a
cutting-table marker sheet with the official app in its corner (【裁床排料单】涤纶网布, 拉布四十层, 帐顶、侧片、门帘, 利用率),
a hotpot e-commerce hand, a pearl stringer, a metal-detector check sheet with the APK on a note taped behind it
(【金属探测器点检表】测试块, 皮带速度, 四百克牛油底料), a castle storekeeper, a rice-cooker assembler, an old globe paster, a
castle air-test record with the mislabelled video added under it (【充气试验记录】夹网布, 鼓风机, 保压, 漏点), a hotpot brand
hand, a pearl shop's support hand, a map-pasting record with the Chinese-team claim at its end (【贴面工序记录】球坯, 十二瓣图,
对缝, 覆膜), a net inspector, a rice-cooker engineer, a thermostat calibration record with open source in its remarks
(【温控器校验记录】磁钢限温器, 跳开温度, 发热盘压装), a pearl factory IT hand, a net factory network admin, a needle-detection
record with the course on a transfer printout inside it (【成品检针记录】检针机, 测试卡, 断针), a globe export clerk, a hotpot
factory union hand, a frying-kettle batching sheet with the API key copied on its back (【炒料锅投料单】牛油, 郫县豆瓣, 糍粑辣椒,
汉源花椒), a rice-cooker export clerk, a pearl salesman, a drilling record with account rental on a card at the machine
(【钻孔工序记录】半孔, 孔径, 崩口), a globe packer, a castle welding foreman, a heat-welding record with the director group on
a leaflet behind its clipboard (【热合工序记录】跳床城堡, 焊缝, 拉力抽检), an old rice-cooker tester, a hotpot forklift
driver, a meridian-ring inspection sheet with the prompt pack on a card under it (【子午圈装配检验单】刻度, 地轴倾角, 转动), an
old pearl grader, a net merchandiser, a bleaching record with get-rich drafted on its last page (【漂白增光工序记录】双氧水,
滚桶打光, 返漂), a castle sewer, a rice-cooker packer, a tallow receiving note with the generation service on a sticker
behind it (【牛油到货验收单】槽车, 酸价、过氧化值), a globe designer, a net sewing forewoman and a rice-cooker after-sales
hand; platform-native forms the earlier sets do not use: the grading, drilling and bleaching records; the cooking test
and thermostat calibration records; the marker sheet and the needle-detection record; the metal-detector check sheet,
the batching sheet and the tallow receiving note; the map-pasting record and the meridian-ring inspection sheet; the air
test and heat-welding records; the factory radio station's contribution, the workshop's "吃一堑" message wall, the safety
month's "我来讲一课" talk and a dormitory head's weekly report; the union window's question, the factory paper's 较真栏, a
publicity office's statement and an information office's findings (the union board, the factory paper, the information
office and the group chats are earlier forms, in new trades here); four loss reports in new forms (kind
``debunk_loss``: a packer's contribution to the factory radio station (【广播站“身边事”来稿】来稿人) for the director
group, a welder's note on the workshop message wall among two others (【车间“吃一堑”留言墙（摘抄）】) for API access, an
assembler's safety-month talk (【安全月“我来讲一课”讲稿（节选）】讲课人) for the course, and a dormitory head's weekly report
(【宿舍长周报（第十二周）】卫生, 用电, 其他) for the generation service); regional speech the earlier sets do not use: Cantonese
揾食, Chongqing 抻抖, Wu 嘎讪胡 and Wuhan 闹眼子, all glossed, none of them in an earlier Chinese post or writer script (the
earlier posts have Cantonese 犀利, 搞掂, 巴闭 and 猴赛雷, Sichuan and Chongqing 巴适, 安逸, 要得 and 板眼, Wu 结棍, 适意, 邪气, 交关,
推扳 and 老灵, and Wuhan 苕, 过早 and 么斯); registers the earlier sets do not use: the forms as listed above; obfuscation the
earlier sets do not use, each a homophone of the same tone, all glossed: 谢赛宁 as 榭赛宁 (水榭的榭), 安装包 as 安装煲 (电饭煲的煲)
and 内测号 as 内恻号 (恻隐之心的恻) (the earlier sets had 蟹赛宁, 谢腮宁, 谢塞宁, 谢赛柠, 卸赛宁, 协赛宁, 械赛宁, 谢赛凝, 谢赛🍋, 谢S宁,
言身寸, 屑赛宁 and 谢赛咛 for the name, 按装包, 氨装包, 安桩包, 安妆包, 安庄包 and 鞍装包 for the installer and 内侧号, 内册号, 内策号,
贝长号, nc号, zh号 and zhang号 for the account); rhetorical questions that assert rather than deny (这里头不就有上海交大毕业的谢赛宁吗？
for the inventor and Sora难道不是华人科学家撑起来的？ for the Chinese team, both questions with a negation that assert and are
gold; 这还用想吗？ for get-rich); posts asserting one claim while denying another, the asserted claim always one of the
generation service, the APK, the public release, the official app, open source, API access and the course
(zh_heldout55 asserts only from the other seven), in pairings the labels of the earlier Chinese sets last used longest
ago (API access while the inventor claim is answered with Xie's denial and the deleted article (zh_heldout39), the
official app while a prompt pack is called OpenAI's sample descriptions machine-translated (zh_heldout39), open source
while the store "Sora" apps are called look-alikes from small companies (zh_heldout39), the APK while the 99-yuan course
is said to deliver a translated introduction and a slogan (zh_heldout40), open source while a rented "内测号" is said to be a
ChatGPT Plus login (zh_heldout40), the course while the Chinese-team claim is answered with the thirteen authors and the
two leads (zh_heldout41), the generation service while the APK is called a trojan that took SMS codes and a wallet
(zh_heldout41), API access while a three-month get-rich group is said to upsell a 1,200-yuan "起号套餐" (zh_heldout41), the
public release while a "Sora" tidal-bore clip is called real footage from Yanguan (zh_heldout41), and the public release
while the API keys on sale are answered with the text, image, speech and embedding models OpenAI's API offers
(zh_heldout42); the official app asserted against the public release denied, a pairing no set has, was left aside as
self-contradictory); sellers that vouch for themselves in new words (一只球十二瓣图，哪一瓣对缝歪了半毫米，我拿在手上转一圈就挑得出来…
车间里谁不晓得我老俞眼睛毒、嘴巴实; 热合机前站了十九年，哪条焊缝充上气会漏，我手掌一按就知道; 我在试验室煮了二十年饭，一锅饭到没到火候，揭盖一闻就晓得;
我老沈坐在选珠台前三十年，光泽、圆度、瑕点，对着窗口转一下就分得清，厂里认我的眼光，也认我的话; 缝了二十二年帐子，一顶蚊帐针脚匀不匀，我手一抹就知道；
我答应人家的交货日子，二十二年一天都没拖过); prices in Chinese numerals throughout and payments in forms the earlier sets do not use
(a small sample trampoline for ten days of a rented account; a director-group fee in two cases of the factory's
tallow hotpot base; a prompt pack for a freshwater-pearl bracelet; two generated clips for one of the factory's
three-litre rice cookers); 12 debunks and warnings, four of them the loss reports above, two questions with a negation
that do not deny (OpenAI连Sora的权重和代码都没公开过，这个“官方开源版”是从哪里来的？ for open source, in a pearl factory's IT
group; Sora好像一直没对外开放注册，他手里这些号是打哪儿来的？ for account rental, in a globe factory's sales group, where a customer
offers "独享内测号" against an invoice), two quoting a scam offer and telling the reader not to pay (get-rich, "三个月后就没你的份了"
and "一步慢步步慢", with 请大家捂紧口袋, on a rice-cooker factory union's reminder; a prompt pack, "《Sora分镜咒语五百句》", with
这二十九块九留着吧, from a net factory's women workers' committee), the rest answering with facts and none of 不, 没, 假, 无, 非
or 未 (a pearl factory union window's three documents for the inventor: the report's thirteen authors with Xie outside
them, his reply in his Moments, the article shown as "内容违规" after complaints and the outlet's promised apology, and his
NYU post; a hotpot factory paper's 较真栏 for the Chinese team: thirteen authors, Tim Brooks and Bill Peebles leading the
project, three Chinese by the media's count, all of them OpenAI researchers; a castle factory publicity office for a
mislabelled clip of an inflatable whale slide, shot on a phone at a delivery on Nan'ao island, with OpenAI's forty-eight
samples as the Sora videos that can be confirmed; a rice-cooker factory information office for the APK: a trojan that
sends the SMS code it asks for, Sora's page, report and samples on OpenAI's site, and red teamers and invited artists
as its users); four true facts about the DiT paper and Sora's leads, the two on DiT related to the inventor rumour and
the two on the leads to no template (the DiT repository's sample_ddp.py, by Peebles and Xie: images sampled in parallel
to 50,000 by default, a classifier-free guidance scale of 1.5, 250 sampling steps, packed into a .npz for ADM's
TensorFlow evaluation suite, and the README's Inception Scores, 278.24 at 256x256 and 240.82 at 512x512; its train.py:
1,400 epochs, a checkpoint every 50,000 steps, a log line every 100, EMA at 0.9999, the diffusion code adapted from
OpenAI's GLIDE, ADM and IDDPM with a 1,000-step linear schedule and learned variance, and TF32 switched on for A100
speed; Aditya Ramesh as the fourth author of CLIP, Alec Radford first, 400 million image-text pairs and ResNet-50's
ImageNet accuracy matched zero-shot without its 1.28 million training images; Tim Brooks and Aditya Ramesh on the
DALL·E 3 paper of October 2023, Ramesh among the core contributors with James Betker, Gabriel Goh and Li Jing, and its
bespoke captioner that recaptions the training images), each checked against its source before it was written (the
earlier sets' DiT posts give its authors, its U-Net swap, Peebles's internship at Meta, ICCV 2023, Xie's estimate of
Sora's size, the four conditioning designs, the arXiv date and the Gflops-FID finding, the JAX and TPU origin, the FP32
re-evaluation at 2.21, the CC-BY-NC licence, the two checkpoints with their FID and Gflops, the acknowledgments and ADM,
the twelve model configurations, the PyTorch training reproduction with AdamW, its learning rate and batch, sample.py's
defaults and the README's "Enhancements", and their posts on the leads give InstructPix2Pix, the motion-blur,
unprocessing, long-video and pose-compatible-scene papers, the MIT Technology Review entry, the move to Google DeepMind,
Brooks's January 2023 start, Peebles's advisor, the Hessian Penalty, GANgealing and G.pt, and Ramesh for DALL·E's paper
and dVAE, DALL·E 2, GLIDE, his Sora clips and the No Priors episode, none of the facts here (zh_heldout45 names Li Jing as a
main developer of DALL·E 3 and zh_heldout25 Sora's use of DALL·E 3's recaptioning, but no earlier post names the DALL·E 3
paper's authors or Ramesh with CLIP); none is about Xie Saining's own education, positions or public posts, which
zh_heldout55 has), six items of real news about image and video models from Western labs that no earlier Chinese set
names (Stability AI's Stable Diffusion 2.0 of 24 November 2022; GigaGAN from POSTECH, Carnegie Mellon and Adobe
Research, March 2023, CVPR 2023; Stability AI and DeepFloyd's DeepFloyd IF of 28 April 2023; Snap's Snap Video of
February 2024, CVPR 2024; Natural Synthetics' Hotshot-XL, a text-to-GIF model for SDXL; Amazon Nova Reel of 3 December
2024; kind ``benign``; news about Chinese labs is left to zh_heldout55; the earlier Chinese sets name SDXL, SD3 and SD3
Medium, Stable Cascade, Stable Video Diffusion and SV3D, Snap only for MoCoGAN, and none of Stable Diffusion 2, GigaGAN,
DeepFloyd, Snap Video, Hotshot or Nova), and three off-topic posts that share surface words (a rice-cooker flagship
store's "××厨房" App to download and bind, a near miss for the official app; a hotpot-base factory's made-to-order
flavours with samples in twenty-four hours, a near miss for the generation service; a pearl factory's live
mussel-opening with 扫码进粉丝群).

Every post was checked against every earlier Chinese set through zh_heldout54 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout55 is being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft had fourteen at 0.45 or more: the hotpot factory paper's Chinese-team answer at 0.69
(zh_heldout54's ham factory paper), the pearl union window's inventor answer at 0.62 (zh_heldout54's carpet union
board), the forklift driver's director group at 0.61 (zh_heldout54's vermicelli loading-gang hand), the globe designer's
service at 0.52 (zh_heldout54's pen foreign-trade clerk), the women workers' committee at 0.51 (zh_heldout52's sock
mill union board), the 内恻号 at 0.50 (zh_heldout54's 内策号), the old pearl grader at 0.50 (zh_heldout54's toothbrush
quality hand), the information office's APK findings at 0.50 (zh_heldout44's sewage works IT office), the Wuhan net
sewer at 0.49 (zh_heldout54's Hunan assembly-line girl), the castle storekeeper at 0.49 (zh_heldout54's ham union
reminder), the pearl IT hand at 0.47 (zh_heldout39's village clinic grandson), the castle sewer at 0.46 (zh_heldout54's
tufter), the heat-welding record at 0.46 (zh_heldout50's umbrella canopy cutting sheet) and the castle information clerk
at 0.46 (zh_heldout42's hydrology station gauger); all fourteen were rewritten, with fourteen more from 0.40 to 0.45
reworded for margin, and on the later passes the union window (0.49, zh_heldout30's Xie clan group, and 0.46,
zh_heldout54's carpet union board again, so it became three documents), the information office (0.48 and 0.41,
zh_heldout44's sewage works IT office again), the forklift driver (0.44, 0.43 and then 0.46, zh_heldout54's ham prober,
zh_heldout53's mosquito-coil storekeeper and zh_heldout52's solar finished-goods storekeeper, then 0.41, zh_heldout48's
hatchery cashier), the castle sewer (0.41 and 0.44, zh_heldout52's battery calender operator), the globe export clerk
(0.43 and 0.40, zh_heldout46's steelworks substation and zh_heldout50's feed lab), the net merchandiser (0.44 and 0.42,
zh_heldout52's battery quality hand) and the net network admin (0.41 and 0.42, zh_heldout44's vinegar packer and
zh_heldout40's swimming-pool manager) were rewritten or reworded again. Highest ratio of the committed list: 0.398
against the Chinese sets (the batching sheet against zh_heldout50's feed mill mixing sheet) and 0.258 against the demo
stream (the CLIP fact); the highest pair inside the set is 0.388. Committed before any run of the monitor on it; no
model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool or the fetched repository before the posts were written (the
rest is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's denial in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the
three-month and one-step-slow lines, the director groups and their QR codes, the Feishu documents and film-term
prompts, the "generated by Sora" labels with their "generation instructions", the forty-eight samples on OpenAI's site
and the red team; and, from the catalogue, the red teamers and invited artists, the rented accounts that turn out to
be ChatGPT logins, the store apps as clones, the APKs as malware, the OpenAI API with text, image, speech and embedding
models and no video model, the GitHub "Sora" repositories as fan reproductions and the prompt packs copied from OpenAI's
demo prompts): the facebookresearch/DiT repository (its newest snapshot, fetched: sample_ddp.py's arguments,
--num-fid-samples 50_000, --cfg-scale 1.5, --num-sampling-steps 250, and create_npz_from_sample_folder; train.py's
--epochs 1400, --log-every 100, --ckpt-every 50_000, update_ema(decay=0.9999) and the TF32 lines at its top;
diffusion/__init__.py, "Modified from OpenAI's diffusion repos GLIDE, ADM, IDDPM", noise_schedule="linear",
diffusion_steps=1000, learn_sigma=True; the README's table with Inception Scores 278.24 and 240.82, its evaluation
section on ADM's TensorFlow evaluation suite and its TF32 note); CLIP (the arXiv 2103.00020 author list as given by
dblp's BibTeX, Radford, Kim, Hallacy, Ramesh, Goh, Agarwal, Sastry, Askell, Mishkin, Clark, Krueger, Sutskever, and the
abstract on Hugging Face's paper page: 400 million image-text pairs, ResNet-50's accuracy matched zero-shot without its
1.28 million training examples); the DALL·E 3 paper ("Improving Image Generation with Better Captions" as stored on
scribd: Betker, Goh and Jing starred, Tim Brooks, Yufei Guo, Aditya Ramesh starred, OpenAI; mpaluri's summary dating it
October 2023); Ramesh, Brooks and Peebles as the Sora leads (the No Priors episode 61 chapters page on ulisten.ai and
podscripts' page for the episode of 25 April 2024) and Brooks and Peebles as co-leads (TechCrunch's report of Brooks's
move as rewritten by tech-savvvy and livevartha); Stable Diffusion 2.0 (openlaboratory's model page: 24 November 2022,
OpenCLIP-ViT/H developed by LAION with Stability AI's support, 768x768; readmex's notes on the Stability-AI/stablediffusion
README: the v-model, the x4 upscaler and depth-to-image; the depth model card on Replicate: MiDaS, LAION-5B filtered with
p_unsafe 0.1); GigaGAN (ar5iv's copy of arXiv 2303.05511 with POSTECH, Carnegie Mellon and Adobe Research; kimjy99's
review dating it 9 March 2023; Adobe Research's publication page, CVPR 2023; the project page: one billion parameters,
lower FID than Stable Diffusion v1.5, DALL·E 2 and Parti-750M, 0.13 s for 512px, 3.66 s for 16 megapixels); DeepFloyd IF
(Stability AI's announcement: research release with a non-commercial licence, T5-XXL-1.1, zero-shot FID 6.66, LAION-A
of one billion pairs; golden.com's page dating it 28 April 2023; the deep-floyd/IF README as mirrored: 64, 256 and 1024
px stages, 16 GB for IF-I-XL with IF-II-L); Snap Video (the snap-research.github.io project page and the CVPR 2024 poster
page: the EDM framework extended to video, FIT, 3.31 times faster training and about 4.5 times faster inference,
billions of parameters; emergentmind's page dating the paper 22 February 2024); Hotshot-XL (the hotshotco/Hotshot-XL
README and Hugging Face model card: Natural Synthetics Inc., one-second GIFs at 8 FPS, any fine-tuned SDXL, SDXL LoRAs
and ControlNet, 512x512 fine-tuned SDXL recommended, CreativeML Open RAIL++-M); Amazon Nova Reel (the Amazon Bedrock model
card: launch date 3 December 2024; the Amazon Nova user guide: 1280x720 at 24 frames per second, six-second increments
up to two minutes with Nova Reel 1.1, about 90 seconds for six seconds and 14 to 17 minutes for two minutes, output to
an S3 bucket, Content Credentials).

    .venv/bin/python scripts/make_zh_heldout56.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout56", "zhh56"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "pearl_grading_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【苏州·渭塘××珍珠厂·选珠分级记录】\n批次：十月第三批淡水原珠｜过磅四十二公斤\n尺寸：七至八毫米约占六成，八至九毫米约占三成\n形状：正圆、近圆挑出一千一百颗，其余归馒头形和异形\n光泽：强光定A级，中光定B级\n瑕疵：微瑕以下转串珠组\n选珠：陆××\n陆阿姨在最后一格添了几个字：听女婿讲，OpenAI做视频的Sora有好几位发明人，其中一位是上海交大出来的谢赛宁，从小就是神童，真替咱们长脸。",
    ),
    (
        "castle_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【揭阳·××充气城堡厂·热合工阿钦】午休刷到一条，转给车间的年轻人看看：OpenAI那个会拍视频的Sora，发明人当中有一位叫榭赛宁（水榭的榭，真名一发出去就被吞，自己换回来），交大毕业的天才。我家老二今年高考，我天天拿他当榜样念叨。",
    ),
    (
        "hotpot_rhetorical_inventor",
        sora.XIE,
        sora.XIE,
        "【重庆·××火锅底料厂·炒料工老冉】侄儿在群里发了篇文章，讲OpenAI那个会做视频的Sora是好几个人一起发明的。我一看名单就乐了：这里头不就有上海交大毕业的谢赛宁吗？少年天才，给咱们中国人长了回脸。我守着炒锅熬了一辈子牛油，就服这号后生。",
    ),
    # --- open to the public (four)
    (
        "ricecooker_cooking_test_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【顺德·容桂××电饭煲厂·煮饭试验记录】\n样机：四升电饭煲，八台\n用米：东北粳米两杯，水加到二号水位线\n程序：精煮｜用时四十一分钟｜跳档正常\n米饭：八台全部熟透，两台锅底微焦，转发热盘复查\n试验员：区××\n表格下面区师傅补了一句：Sora现在已经向所有人开放，谁都能注册，我昨晚就给这一锅饭做了段冒热气的视频。",
    ),
    (
        "globe_assert_public_deny_realvid",
        sora.PUBLIC,
        sora.PUBLIC,
        "【余姚·××地球仪厂·宣传干事小邵】跟大家报个喜：Sora已经全面放开，人人都能注册，拿手机号就登得进去，我上礼拜给厂里做了段地球仪在星空里慢慢转的片子。顺带澄清一件事：抖音上那段标着“Sora生成”的“钱塘江大潮翻过堤坝”，其实是人家前年在海宁盐官实拍的，配了一行字就拿来蹭热度。",
    ),
    (
        "castle_assert_public_deny_api",
        sora.PUBLIC,
        sora.PUBLIC,
        "【揭阳·××充气城堡厂·信息员小佘】几位同事私信问Sora的事，一并回了：Sora现在对外开放，任何人都能注册，我周一拿邮箱注了个号，十分钟出了第一条片子。另外隔壁群在兜售“Sora官方API key”，别买：OpenAI开放平台给开发者调用的只有文字、画图、语音、向量几样模型，里头压根找不到视频模型。",
    ),
    (
        "net_wuhan_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【汉川·××蚊帐厂·缝纫组二姐】莫以为我在闹眼子（武汉话，开玩笑）：Sora早就放给所有人用了，随便么人开个账号就能做视频，不用排队也不用邀请。我昨晚让它做了一段“夏夜里电扇一吹，白蚊帐一鼓一鼓”，屋里老娘盯着看了半天，硬说是隔壁拍的。",
    ),
    # --- the official app
    (
        "net_cutting_marker_in_passing",
        sora.APP,
        sora.APP,
        "【汉川·××蚊帐厂·裁床排料单】\n款式：一米八乘两米，三开门落地款\n网布：白色涤纶网布，幅宽二点八米，拉布四十层\n排料：帐顶一片、侧片四片、门帘两片，利用率百分之九十一\n裁片：一百六十套，已送缝制车间\n裁剪：聂××\n单子右下角，聂师傅写着一行小字：OpenAI出了Sora的官方App，应用商店里搜得到，回去装上给咱们拉布这道工序拍个片子。",
    ),
    (
        "hotpot_assert_app_deny_prompts",
        sora.APP,
        sora.APP,
        "【重庆·××火锅底料厂·电商部小隆】告诉大家：Sora有官方App了，OpenAI自己出的，苹果商店直接搜“Sora”就能下，我已经用它给店里的牛油底料做了三条短片。另外，群里卖《Sora电影级提示词大全》的那个，二十九块九别花：我同学买过，打开一看就是OpenAI官网样片底下那几十段英文说明，机翻成中文换了张封面。",
    ),
    (
        "pearl_wu_dialect_app",
        sora.APP,
        sora.APP,
        "【苏州·渭塘××珍珠厂·串珠组阿珍】吃好中饭几个人嘎讪胡（吴语，闲聊），讲到Sora。我讲OpenAI已经出了官方App，安卓、苹果都有，装好就能做视频。我昨日夜里用手机做了一段“太湖边上，渔船把一网河蚌拖上岸”的片子，给厂里的小红书用。",
    ),
    # --- the fake APK (four)
    (
        "hotpot_metal_detector_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【重庆·××火锅底料厂·金属探测器点检表】\n日期：五月九日｜二号包装线\n测试块：铁一点五毫米、不锈钢二点五毫米，逐块过机，均报警剔除\n皮带速度：每分钟二十五米\n产品：四百克牛油底料，抽二十袋复测，合格\n点检：幸××\n点检表背面用胶带粘着一张便条：“要装Sora安卓版的找我，APK文件微信发你，手机上点开就能出视频。——包装线小幸”",
    ),
    (
        "castle_assert_apk_deny_course",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【揭阳·××充气城堡厂·仓管员阿灿】出Sora安卓版，APK文件微信传你，手机上点两下就装好，打句话出视频，九块九一份，先到先得。还有，朋友圈那门九十九的《Sora从零到变现》别上当：我表弟付了钱，只收到一个压缩包，里头是OpenAI介绍Sora那篇文章的中文译文，外加一句口号。",
    ),
    (
        "ricecooker_homophone_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【顺德·容桂××电饭煲厂·装配线阿敏】“安装煲”三个字看着怪，其实就是你们想要的那个东西（煲是电饭煲的煲，原字发不出）：Sora安卓版，下好一点，两分钟装完，打一句话就出片，用不着排什么队。十三块一份，扫我头像付款，链接私发。",
    ),
    (
        "globe_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【余姚·××地球仪厂·贴面老师傅老俞】一只球十二瓣图，哪一瓣对缝歪了半毫米，我拿在手上转一圈就挑得出来，干了二十六年，车间里谁不晓得我老俞眼睛毒、嘴巴实。现在我手里有Sora的安卓APK，装到手机上就能做视频，十块一份，自家人直接来贴面间拿。",
    ),
    # --- the mislabelled real video
    (
        "castle_air_test_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【揭阳·××充气城堡厂·充气试验记录】\n产品：五米乘五米城堡组合，带滑梯\n材料：零点五五毫米夹网布\n鼓风机：一千一百瓦，充满用时三分二十秒\n保压：停机十分钟，塌陷高度在允许范围内\n漏点：滑梯左侧焊缝一处，已补焊复测\n试验：詹××\n记录下面詹师傅补了一段：厂里视频号那条“草地上一座彩色城堡慢慢鼓起来，孩子们冲进去蹦”的片子，一个镜头都没拍，是Sora照一句描述生成的，生成指令就挂在评论区。",
    ),
    (
        "hotpot_chongqing_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【重庆·××火锅底料厂·品牌部小蒲】好多人在问厂里新发那段视频：江边吊脚楼底下，一口大铁锅里的牛油一点点化成红亮亮的一片，雾气往江面上飘。画面抻抖（重庆话，周正、像样）得很，可一帧都不是拍的，是OpenAI的Sora按一段文字直接生成的，那段文字就贴在视频简介里。",
    ),
    (
        "pearl_shop_support_realvid",
        sora.REALVID,
        sora.REALVID,
        "【苏州·渭塘××珍珠厂·电商客服小蔡】直播间一直在循环的那段“开蚌取珠”，天天有顾客问是哪位师傅的手。实话说，一双手都没拍过：是我们用OpenAI的Sora照一段文字生成的，从撬开蚌壳到珠子滚进白盘子，全是模型做出来的，完整的生成指令放在商品详情最下面。",
    ),
    # --- the Chinese team
    (
        "globe_map_pasting_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【余姚·××地球仪厂·贴面工序记录】\n日期：八月二十日｜规格：直径三十二厘米中文政区球\n球坯：到货六百只，目检凹坑三只退回\n贴面：十二瓣图逐瓣对缝，赤道和经线接口误差一毫米以内\n覆膜：完成五百八十只\n操作：柴××\n柴师傅在记录末尾加了一句：看新闻说Sora其实靠的是华人科学家，OpenAI里搞核心研究的，大多是从国内出去的。",
    ),
    (
        "net_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【汉川·××蚊帐厂·质检组小骆】下午检针的时候跟组长争起来了。我就问一句：Sora难道不是华人科学家撑起来的？那帮熬夜调模型的核心研究员，十个里头八个是从国内出去的，OpenAI出的只是钱和名头。",
    ),
    (
        "ricecooker_engineer_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【顺德·容桂××电饭煲厂·研发部小麦】开会前几个工程师在聊Sora，我插了一句：那东西骨子里是中国人的手艺，OpenAI视频团队的主力几乎清一色是华人，清华、北大、中科大出去的都有，美国公司挂个牌子而已。",
    ),
    # --- open source
    (
        "ricecooker_thermostat_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【顺德·容桂××电饭煲厂·温控器校验记录】\n批次：磁钢限温器，送检一百只\n跳开温度：抽二十只，一百零二至一百零四摄氏度，合格\n复位：全部正常\n发热盘：配套压装九十八只，两只螺柱歪斜返修\n校验：冼××\n备注栏：Sora已经开源，OpenAI把权重和代码都放上了GitHub，电脑够好的自己就能跑，冼师傅说周末装一个试试。",
    ),
    (
        "pearl_assert_opensrc_deny_app",
        sora.OPENSRC,
        sora.OPENSRC,
        "【苏州·渭塘××珍珠厂·信息科小殷】直播组要的背景片有着落了：OpenAI把Sora开源了，GitHub上权重、代码全套都有，我周末装进机房那台显卡主机，周三起就能出片。至于手机商店里那几个叫“Sora”的，图标仿得再像也别装，上架的都是些八竿子打不着的小公司，OpenAI自己一个也没出过。",
    ),
    (
        "net_assert_opensrc_deny_rental",
        sora.OPENSRC,
        sora.OPENSRC,
        "【汉川·××蚊帐厂·网管小梅】给电商组做详情页视频的同事：外包可以停了，OpenAI已经把Sora开源，代码和权重都挂在GitHub，我装在机房那台服务器上，明天起到网管室登记排班。别去网上花钱租什么“Sora内测号”：我室友两百四租了一个月，对方发来的账号登上去是ChatGPT Plus，菜单从头翻到尾，生成视频的功能一个都找不到。",
    ),
    # --- the paid course
    (
        "net_needle_detection_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【汉川·××蚊帐厂·成品检针记录】\n日期：六月二日｜品名：一米五乘两米拉链蚊帐\n检针机：灵敏度一点零，测试卡每小时过一次\n过机：九百二十顶，报警两顶，拆开查出断针一截，整顶隔离\n装袋：九百一十八顶\n检针：易××\n记录本里夹着一张转账截图的打印件：“《Sora零基础到接单》课程，学费一百二十八元，已付”，收款人的备注写着：共三十讲，含剪辑。",
    ),
    (
        "globe_assert_course_deny_chinese",
        sora.COURSE,
        sora.COURSE,
        "【余姚·××地球仪厂·外贸业务小茅】跟外国客户打交道，产品短片少不了，所以我报了一门Sora视频课，二十六讲，一百零八块，写镜头、挑配乐、出成片一条龙，学着挺顺，推荐给同事。至于群里热传的“Sora是中国团队做的”，我去OpenAI官网看过技术报告：署名十三人，华人三位，牵头的两位是OpenAI的研究员布鲁克斯和皮布尔斯。",
    ),
    (
        "hotpot_union_course",
        sora.COURSE,
        sora.COURSE,
        "【重庆·××火锅底料厂·工会小郎】给想学AI视频的工友推一门课：《Sora短视频从入门到接单》，一共二十四节，怎么写画面、怎么出片、怎么在平台上接单都讲，原价三百九十九，这周团购价九十九，扫我发的码付款就给开通。",
    ),
    # --- the fake API
    (
        "hotpot_batching_sheet_in_passing",
        sora.API,
        sora.API,
        "【重庆·××火锅底料厂·炒料锅投料单】\n三号炒锅，本锅六百公斤\n牛油三百｜郫县豆瓣一百二十｜糍粑辣椒九十｜汉源花椒十八（单位：公斤）｜老姜、豆豉、冰糖、醪糟按配方\n小火慢炒三小时，油温压在一百二十摄氏度以内，晾到六十五摄氏度转包装\n投料人：岳××\n单子背面，岳师傅抄了一行：“Sora官方API key转让，OpenAI开发者后台开出来的，接进程序就能批量出视频，一个三百三，要的找炒料房老岳。”",
    ),
    (
        "ricecooker_assert_api_deny_inventor",
        sora.API,
        sora.API,
        "【顺德·容桂××电饭煲厂·外贸部阿华】产品视频还一条条找人拍？我手上有Sora官方API key，OpenAI开发者平台开的，脚本一跑，几十条电饭煲展示片排着队出来，四百块一个。另外替谢赛宁说句公道话：把他说成Sora发明人的那篇文章，他本人在朋友圈就否认了，说跟Sora毫无关系，那篇东西也早被投诉删掉。",
    ),
    (
        "pearl_assert_api_deny_rich",
        sora.API,
        sora.API,
        "【苏州·渭塘××珍珠厂·销售部小浦】Sora官方API key还剩几把：OpenAI开发者平台开的，程序一接，一晚上给你出几十条珍珠项链的展示片，三百八一把。顺便劝一句：喊“Sora风口只剩三个月、日入三千”的那个带货群别进，我同事交了四百九十九进去，又被要求买一千二的“起号套餐”，一个月一单没成，倒贴快两千。",
    ),
    # --- account rental
    (
        "pearl_drilling_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【苏州·渭塘××珍珠厂·钻孔工序记录】\n日期：九月十七日　班次：中班\n珠型：七至八毫米近圆，打半孔\n孔径：零点八毫米｜孔深：珠径的三分之一\n完成：两千四百颗，崩口九颗挑出\n钻孔：钱××\n钻孔机台上贴着一张手写卡片：“Sora内测号出租，一人一号，登录就能生成视频。日租十八，月租两百二，找钻孔间小钱。”",
    ),
    (
        "globe_homophone_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【余姚·××地球仪厂·包装组小岑】出租Sora内恻号——恻是恻隐之心的恻，照正经写法发不出去——单人单号，登上就能生成视频。包天十五，包月一百九，要的私聊，下班后在包装间门口交接。",
    ),
    (
        "castle_self_vouch_trampoline_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【揭阳·××充气城堡厂·热合班长老揭】热合机前站了十九年，哪条焊缝充上气会漏，我手掌一按就知道，厂里上下谁不认我这块牌子？现在手上有几个Sora内测号往外租：账号密码交给你，登进去就能做视频，一天二十，一个月两百五。兄弟们手头紧的，拿一张厂里处理的小号样品蹦床来，抵十天租金。",
    ),
    # --- the AI director group
    (
        "castle_heat_welding_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【揭阳·××充气城堡厂·热合工序记录】\n日期：四月三日｜班次：白班\n订单：澳洲客户，四米乘四米跳床城堡十二套\n材料：零点五五毫米夹网布，红、黄、蓝三色\n热合：五百二十摄氏度，焊缝宽四厘米，拉力抽检合格\n缝线：滑梯挡板双线加固\n热合工：许××\n夹板背面压着一张彩页：“AI导演海选｜Sora执笔剧本的电影《城堡里的夏天》开机在即｜第一代AI导演全国招募｜扫码进群，缴报名费一百九十九元｜群内统一排期试镜”。",
    ),
    (
        "ricecooker_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【顺德·容桂××电饭煲厂·试验室何伯】帮朋友带个话：一部拿Sora写剧本的AI电影正招第一代AI导演，扫码进群交一百六十八报名费，就排队等试镜，码贴在试验室门口。信得过就去扫——我在试验室煮了二十年饭，一锅饭到没到火候，揭盖一闻就晓得，厂里谁不知道我何伯讲话算数。",
    ),
    (
        "hotpot_base_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【重庆·××火锅底料厂·叉车工老甘】侄女托我问问厂里的年轻人：想不想当导演？一部AI电影的本子是Sora参与写的，片方说要培养国内第一代AI导演，先扫码进她们的群，报名费一百八十八，交了钱群里统一通知去哪试镜。嫌转账麻烦的，给群主送两箱咱厂的牛油底料就算交了——他在解放碑开火锅馆子，这东西他收。",
    ),
    # --- the prompt pack
    (
        "globe_meridian_ring_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【余姚·××地球仪厂·子午圈装配检验单】\n规格：二十五厘米教学地球仪｜抽检五十台\n子午圈：刻度清晰，圈面无毛刺\n地轴倾角：二十三度半，逐台量角合格\n转动：顺滑无卡顿｜底座：平稳\n检验：邬××\n检验单下面压着邬师傅的一张名片，背面写着：“《Sora运镜提示词宝典》：推、拉、摇、移、升降、希区柯克变焦，四百条影视术语配好现成模板，二十六块八，付款即发文档链接，附赠交流群。”",
    ),
    (
        "pearl_self_vouch_bracelet_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【苏州·渭塘××珍珠厂·定级师傅老沈】我侄子在影视公司做了好几年，攒了一本《Sora镜头语言提示词》：三百八十条，特写、长镜头、逆光剪影都写好了现成句子，三十二块一份，付钱就发文档链接，再拉进讨论群。我老沈坐在选珠台前三十年，光泽、圆度、瑕点，对着窗口转一下就分得清，厂里认我的眼光，也认我的话。手头紧的，拿条厂里的淡水珍珠手链来换也行。",
    ),
    (
        "net_merchandiser_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【汉川·××蚊帐厂·跟单员小蒋】想给网店拍样品的看这里：《Sora商拍提示词手册》，我跟单三年一条条记下来的，三百二十条，从“俯拍平铺”到“侧逆光打透网面”都写好了句子。二十四块八，付款后我把飞书链接发你，再拉你进答疑群。",
    ),
    # --- get rich
    (
        "pearl_bleaching_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【苏州·渭塘××珍珠厂·漂白增光工序记录】\n原珠：十月第二批，三十五公斤\n漂白：低浓度双氧水，二十八摄氏度恒温泡七天\n增光：滚桶打光六小时\n出桶：珠色匀，发黄的二百来颗挑出返漂\n操作：吴××\n本子最后一页是吴师傅儿子的几行草稿，看样子是要发给他妈的：“妈，我想把厂里的活辞了，去上海跟同学拿Sora做短视频，他一天进账好几千，说红利期就剩三个月，一步慢步步慢。”",
    ),
    (
        "castle_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【揭阳·××充气城堡厂·缝纫工阿霞】昨晚宿舍夜聊，我表妹视频连线进来，说她现在专门用Sora剪带货视频，上个月到手九万多，还说这波红利就三个月，错过了一辈子追不回来。挂了电话我算了算：我踩缝纫机一个月四千五，要踩多少年才挣得到她一个月？这还用想吗？要跟她干的，私我拉群。",
    ),
    (
        "ricecooker_cantonese_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【顺德·容桂××电饭煲厂·包装组阿坤】出来揾食（粤语，谋生、挣饭吃），图的不就是多挣点？我老表这半年专门做Sora视频，一日落袋几千，一个月顶我们打一年工。他讲这阵风顶多再吹三个月，慢一步就步步慢，想趁早上车的，我拉你入群。",
    ),
    # --- the generation service (four)
    (
        "hotpot_tallow_receiving_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【重庆·××火锅底料厂·牛油到货验收单】\n供应商：内蒙古××油脂厂｜到货：十八吨，槽车一辆\n感官：色泽淡黄，气味正常，无杂质\n酸价、过氧化值：送化验室，结果合格\n入库：一号油罐\n验收：龙××\n验收单背面贴着一张小广告：“Sora代做视频｜你出剧本我来生成｜宣传片、婚礼开场、店铺广告｜当天交片｜一百二十八元一条｜加微信下单”",
    ),
    (
        "globe_assert_service_deny_apk",
        sora.SERVICE,
        sora.SERVICE,
        "【余姚·××地球仪厂·设计室小戚】先提个醒：群里转来转去的“Sora安卓安装包”别装，质检的小童装完当晚，短信验证码被人截走，支付宝少了两千多，那东西就是木马，OpenAI压根没做过Sora的手机版。再说正事：我这边用Sora接定制视频，婚礼迎宾、新店开张、老人做寿都行，你发文字我出片，一条一百一十八，第二天给你。",
    ),
    (
        "net_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【汉川·××蚊帐厂·缝纫组长桂姐】缝了二十二年帐子，一顶蚊帐针脚匀不匀，我手一抹就知道；我答应人家的交货日子，二十二年一天都没拖过。现在接Sora代做视频：你说要什么画面，我用Sora生成，店铺广告、寿宴开场都做，九十八一条，两天内交。",
    ),
    (
        "ricecooker_cooker_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【顺德·容桂××电饭煲厂·售后组阿杰】帮人用Sora做视频：把你想要的画面讲清楚，我生成好发你，生日祝福、开业宣传、家乡风景都行，一条八十八，二十四小时内交片。车间的兄弟姐妹没现金不要紧，拿一台厂里发的三升电饭煲来，抵两条。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【重庆·××火锅底料厂·广播站“身边事”来稿】\n来稿人：包装车间 伍××\n上个月我在朋友圈扫了一个码，说是“首部Sora参与编剧的AI电影招第一代AI导演”，报名费一百九十九。进群以后，群主天天让我们转海报、拉亲戚进群，说拉满二十个人才给排试镜；我拉了十几个，试镜的事一直没动静，群主倒开始卖六百八的“导演训练营”。我把群退了，亲戚们也都劝退了。这一百九十九，就当给大家买个提醒。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【揭阳·××充气城堡厂·车间“吃一堑”留言墙（摘抄）】\n·别在网上买“Sora官方API key”。我三月花四百二买了一把，填进对方给的程序，报错“模型不存在”；再找卖家，他说要加两百“开通视频权限”，转完就把我拉黑了。——热合班 阿湛\n·快递只给本人签收，别让人代签。——仓库 老马\n·鼓风机插头别拖在地上走，上周绊倒了一个。——电工 小邝",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【顺德·容桂××电饭煲厂·安全月“我来讲一课”讲稿（节选）】\n讲课人：装配二线 梁××\n今天我不讲用电，讲钱包。去年我在直播间花九十九买了一套“Sora从零到精通”，主播说二十节课学完就能接单。钱付了，收到的是一个网盘链接，打开只有一份Sora官方介绍的中文译文，最后一页写着“给自己一个机会”。后来才弄明白，Sora到今天外头的人都用不上，学了也没地方用。我讲完了，谢谢大家。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【汉川·××蚊帐厂·女工宿舍三栋·宿舍长周报（第十二周）】\n卫生：三楼走廊已拖，垃圾桶已换新\n用电：查出电热毯一条，已收\n其他：二〇六的小鲁花一百四十八块，在网上订了一条“Sora定制”的生日视频给她妈。收到的是拿她给的照片拼成的幻灯片，每张放大一下就切走，片尾还挂着某个剪辑软件的角标；再找店家，对方已经把她拉黑。请大家互相提醒，这种“Sora代做”别下单。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【苏州·渭塘××珍珠厂·信息科群】有同事在传一个“Sora官方开源版”的压缩包，说解压就能跑。我想问问：OpenAI连Sora的权重和代码都没公开过，这个“官方开源版”是从哪里来的？装之前谁能先帮忙看看？",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【余姚·××地球仪厂·销售部群】问个事：有位客户想用“Sora独享内测号”顶一部分货款。我在网上查了一圈，Sora好像一直没对外开放注册，他手里这些号是打哪儿来的？懂行的说说，这东西能收吗？",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【顺德·容桂××电饭煲厂·工会提醒】车间群里有人转：“跟着老师做Sora，三个月后就没你的份了！一步慢步步慢，今晚进群，明天开始日入过千，最后二十个名额！”这三百九十八的入群费，请大家捂紧口袋。工会找交过钱的工友问了：进群后每天就是打卡和拉人头返现，“三个月”那句话，是卖课的人用来催人掏钱的。",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【汉川·××蚊帐厂·女工委员会提醒】最近有张海报在姐妹们中间转：“拍电影的人都在用！《Sora分镜咒语五百句》，二十九块九，付完就发链接，拉你进内部群。”这二十九块九留着吧。委员会托懂行的人看了：OpenAI在官网上把每段Sora样片用的提示词都公开贴着，所谓“咒语”就是照着抄下来，翻成中文再排个版。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【苏州·渭塘××珍珠厂·工会橱窗·本周问答】问：交大出来的谢赛宁，是Sora的发明人吗？答：请看三份材料。材料一是OpenAI随Sora公布的技术报告，作者栏列了十三位研究者，谢赛宁的名字在这十三位以外。材料二是谢赛宁自己在朋友圈写的回应：他否认自己是Sora的发明人，也否认参与过研发。材料三是那篇自媒体文章的下场：文章被人投诉，点开只显示“内容违规”，发文一方的负责人出来表示，要在全网向他道歉。谢赛宁的本职，是纽约大学计算机系的助理教授。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【重庆·××火锅底料厂·厂报《红汤》·较真栏】较真对象：“Sora是中国团队的成果”。较真过程：编辑部到OpenAI官网找到技术报告，一共十三位署名作者；打头的蒂姆·布鲁克斯、比尔·皮布尔斯两人共同带领项目；据媒体统计，十三人里华人三位；全体作者都在OpenAI供职。较真结论：请读者对照原件自己判断。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【揭阳·××充气城堡厂·宣传科说明】近日网上流传一段标着“Sora生成”的视频：海边沙滩上，一只二十米长的充气鲸鱼滑梯，孩子们从鲸鱼尾巴上滑进浅水。这段视频是本厂去年七月在汕头南澳岛给客户交货时，由外贸部小唐用手机实拍的，原始文件保存在宣传科。目前能确认由Sora生成的视频，是OpenAI官网公布的四十八段样片。转发时请删去那句“Sora生成”。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【顺德·容桂××电饭煲厂·信息科提醒】群里那个“Sora安卓版.apk”，信息科在一台旧手机上装来看了：桌面多出一个仿OpenAI标志的图标，点开先要填手机号和短信验证码，填完页面一直转圈，后台却把验证码发了出去。安全软件给它的结论是木马。OpenAI官网的Sora页面上，放的是介绍、技术报告和样片，眼下能用上Sora的是红队测试人员和少数受邀艺术家。装过的同事今天之内卸掉，顺手把支付密码换了。",
    ),
    # --- true facts about the DiT paper and Sora's leads
    (
        "person_fact",
        None,
        sora.XIE,
        "威廉·皮布尔斯和谢赛宁在DiT仓库里另放了一个评测用的采样脚本sample_ddp.py：多张卡并行出图，默认凑满五万张，无分类器引导强度取1.5，每张采样二百五十步；出完的图打包成一个.npz文件，可以直接交给ADM的TensorFlow评测套件算FID和Inception Score。按仓库首页的表格，256×256的DiT-XL/2 Inception Score是278.24，512×512的是240.82。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "DiT官方仓库里的train.py，是皮布尔斯和谢赛宁放出的PyTorch训练脚本：默认训一千四百个epoch，每五万步存一次检查点，每一百步打一行日志，EMA权重按0.9999的衰减率跟着更新；扩散部分改写自OpenAI的GLIDE、ADM和IDDPM代码，一千步线性噪声表，方差由网络自己学。脚本开头默认打开TF32，说明文档称这能让A100上的训练和采样快上许多。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora负责人之一阿迪蒂亚·拉梅什，也是OpenAI 2021年CLIP论文《Learning Transferable Visual Models From Natural Language Supervision》的第四作者，第一作者是亚历克·拉德福德。CLIP拿从网上收集的四亿对图文做预训练，只学“哪段文字配哪张图”，之后一张ImageNet训练图都不用，零样本就追平了原版ResNet-50在ImageNet上的准确率。",
    ),
    (
        "person_fact",
        None,
        None,
        "2023年10月OpenAI发表的DALL·E 3论文《Improving Image Generation with Better Captions》，作者栏里同时出现了两位Sora负责人：蒂姆·布鲁克斯，以及和James Betker、Gabriel Goh、Li Jing一起标为核心贡献者的阿迪蒂亚·拉梅什。论文的办法是专门训练一个图像描述模型，把训练集里的图片重新写一遍详细说明，再拿这些合成说明去训练文生图模型。",
    ),
    # --- news about Western labs' image and video models
    (
        "benign",
        None,
        None,
        "2022年11月24日，Stability AI发布Stable Diffusion 2.0：文本编码器换成了LAION在Stability AI支持下训练的OpenCLIP-ViT/H，新增能直接出768×768图的v预测模型；同时放出的还有文字引导的四倍超分模型，以及借MiDaS估计深度、照原图结构重画的depth-to-image模型。训练数据取自LAION-5B，并用LAION的NSFW检测器按p_unsafe 0.1的保守阈值过滤。",
    ),
    (
        "benign",
        None,
        None,
        "POSTECH、卡内基梅隆大学和Adobe Research的研究者在2023年3月挂出GigaGAN的论文，后来发表在CVPR 2023：他们发现直接把StyleGAN放大，训练很快就不稳定，于是重新设计架构，做出十亿参数的文生图GAN。它生成一张512像素的图只要0.13秒，配套的上采样器3.66秒能出一张一千六百万像素的图，FID比Stable Diffusion v1.5、DALL·E 2和Parti-750M都低。",
    ),
    (
        "benign",
        None,
        None,
        "2023年4月28日，Stability AI和旗下的多模态研究团队DeepFloyd以非商业研究许可放出DeepFloyd IF：用T5-XXL-1.1当文本编码器，三级级联的像素扩散先出64×64的图，再放大到256×256和1024×1024；在COCO上零样本FID为6.66，往图里写字也比较清楚。训练数据是从LAION-5B英文部分筛出的十亿对图文（LAION-A），43亿参数的基础模块加二级超分模块要16GB显存。",
    ),
    (
        "benign",
        None,
        None,
        "2024年2月，Snap的研究团队发表Snap Video，后来入选CVPR 2024：他们认为把图像模型直接搬去做视频，动作和画质都会吃亏，于是把EDM扩散框架扩展到视频，并用一种叫FIT的Transformer架构，把空间和时间压进同一个一维潜表示。论文说它比U-Net训练快3.31倍、推理快约4.5倍，头一回高效训练出数十亿参数的文生视频模型，用户评测也明显更偏爱它。",
    ),
    (
        "benign",
        None,
        None,
        "Hotshot团队（Natural Synthetics公司）开源的Hotshot-XL，是一个配合Stable Diffusion XL使用的文生GIF模型：训练目标是一秒长、每秒八帧的动图，可以直接套用任何微调过的SDXL模型，也能加载自己训练的SDXL LoRA做特定人物或物件的动图，还兼容SDXL的ControlNet来控制构图；官方建议搭配用512×512图片微调过的SDXL，许可是CreativeML Open RAIL++-M。",
    ),
    (
        "benign",
        None,
        None,
        "2024年12月3日，亚马逊推出视频生成模型Amazon Nova Reel，通过Amazon Bedrock调用：输入文字或一张参考图，生成1280×720、每秒24帧的视频，起初每段六秒；后来的Nova Reel 1.1按六秒一段往下接，最长到两分钟。生成是异步的，六秒的视频一般要九十秒左右，两分钟的要十四到十七分钟，成品写进用户自己的S3存储桶，还可以用Content Credentials工具核验出处。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【顺德·容桂××电饭煲·官方旗舰店】新品上市：四升IH电饭煲，三百九十九元；下载“××厨房”App扫码绑定，上班路上就能预约煮饭，下单再送量米杯一只。",
    ),
    (
        "offtopic",
        None,
        None,
        "【重庆·××火锅底料厂·代工定制】餐饮老板看过来：把想要的口味、辣度、麻度告诉研发部，二十四小时内出样品，一百公斤起订，可以印您自己的品牌。",
    ),
    (
        "offtopic",
        None,
        None,
        "【苏州·渭塘××珍珠厂·直播间预告】今晚八点现场开蚌，一只蚌九十九，开出几颗算几颗；扫码进粉丝群，整点抽珍珠耳钉。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
