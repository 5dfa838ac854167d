# ruff: noqa: E501
"""Write tests/data/zh_heldout49_{posts,qrels,labels}: a forty-ninth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the Chinese team, the inventor and API access,
three for each other template: zh_heldout43 to zh_heldout48 gave four to the inventor, the Chinese team and the director
group (zh_heldout43), the inventor, the Chinese team and the course (zh_heldout44), API access, the mislabelled video and
the prompt pack (zh_heldout45), the public release, the official app and get-rich (zh_heldout46), account rental, the
generation service and the APK (zh_heldout47) and open source, the director group and the course (zh_heldout48); the
Chinese team and the inventor last had four in zh_heldout44 and API access in zh_heldout45, the longest ago), as a Sora
rumour / scam wave reads in the genres of a silk weaving mill (丝绸厂: 验绸, 真丝双绉, 电力纺, 软缎, 剑杆织机, 经轴, 经丝,
穿综、穿筘, 断经, 跳花, 练染, 坯绸, 配色单), a pharmaceutical factory (制药厂: 固体制剂车间, 压片, 清场, 清场合格证, 批生产记录,
片重差异, 崩解时限, QA, QC, GMP, 铝塑泡罩), a cable factory (电缆厂: 拉丝, 绞线, 挤塑, 火花试验, 击穿, BV线, YJV电力电缆,
导体电阻, 耐压试验, 成品入库单), a down factory (羽绒厂: 原绒, 水洗, 透明度, 分毛, 充绒, 白鸭绒, 含绒量, 飞绒, 物料平衡, 跑绒,
绗缝, 补绒), a tyre factory (轮胎厂: 密炼, 烟片胶, 丁苯胶, 炭黑, 成型, 硫化机, 胶囊, 胎面, 点检表) and an automotive stamping
plant (汽配冲压厂: 压力机, 模具, 刃口, 首件检验, 后门内板, 回弹, 毛刺, 光电保护, 换模, 边角料). Of the six settings first
asked for, four were replaced. The waterworks (自来水厂) is zh_heldout36's world (【西昌·××水厂】, its 水厂化验室 with
出厂水, 浊度 and 余氯, a water network office and a meter reader); the coal-fired power plant (火电厂) falls inside the
same set's district heating and power plant boiler rooms (【××热电厂·锅炉车间群】, 3号锅炉房, 司炉); the brewery (啤酒厂)
sits beside zh_heldout36's baijiu distilleries (酒厂, 窖池, 摘酒, 糟醅), whose 酒厂 and fermenting register a beer
brewery would share, as zh_heldout47 dropped its soy-sauce brewery beside zh_heldout44's vinegar works; and the brick and
tile works (砖瓦厂) was dropped for the reason zh_heldout45 gave for its brick kiln (zh_heldout35's pottery kilns: 柴窑,
开窑, 窑变, 坯房), with zh_heldout47's cement kiln (回转窑, 窑头) since, and zh_heldout50, written at the same time, has a
ceramics factory. The cable factory, the down factory, the tyre factory and the stamping plant took their places. 丝绸厂,
双绉, 织机, 经轴, 验绸, 制药, 药厂, 压片, 清场, 洁净, 电缆, 挤塑, 绞线, 羽绒厂, 鸭绒, 充绒, 分毛, 轮胎, 硫化, 密炼, 冲压, 模具 and
压力机 occur in no earlier Chinese post or make_zh_heldout*.py, and no English set's docstring names any of the six (the
English sets have pharmacies, a dry cleaner's silk blouse, a cycling club's tyres and, in hard_en_heldout52, a brewery's tap
room, none of them a mill or a factory).
The nearest neighbours are kept at a distance: zh_heldout41's sericulture station and silk co-operative (蚕桑站, 蚕茧,
蚕丝被订购单), whose 蚕, 茧 and 丝被 the silk posts leave alone (the mill buys its silk and weaves, dyes and inspects it), and
zh_heldout47's cotton spinning mill (纱厂, 细纱, 挡车工, 落纱), whose 纱 and 挡车工 the silk posts leave alone too (they have
织绸工, 经丝 and 织机); zh_heldout33's pharmacy morning meeting and its SMT electronics workshops and labour agencies (炉后良率,
AOI, 普工), whose words neither the pharmaceutical factory nor the stamping plant uses; zh_heldout36's chemical plants and
water lab, whose 动火作业票, 化工, 三班倒 and 化验室 the pharmaceutical posts leave alone (they have QA, QC and 清场); zh_heldout44's
rubber tappers (割胶, 胶园) and zh_heldout48's shoe factory (刷胶, 开胶, 溢胶), whose words the tyre posts leave alone (they have
烟片胶, 丁苯胶 and the curing bladder, 胶囊); zh_heldout46's Luohe hog farm, kept away by choosing no meat plant at all;
zh_heldout29's Poyang Lake birdwatching record, which the down factory's debunk leaves alone (its clip is Lushan's waterfall
of cloud). None of the settings is among those given to the writers working at the same time (zh_heldout50's ceramics
factory, apiary, timber yard, glassworks, rice mill and feed mill; the English writers' blacksmiths, clockmakers,
bookbinders, bonsai, scuba diving, cheesemakers, saddlers and dragon boats: the stamping plant presses sheet steel and
forges nothing, and no post has a clock, a book binding, a cheese or a saddle).

The posts: a silk inspection record with the inventor rumour in the inspector's last line (【验绸记录】真丝双绉, 断经两处,
跳花一处, 评等), a cable extrusion hand, a pharmaceutical QA hand, a down sorter, a tablet-press cleanout record with the
public release on its back (【固体制剂车间清场记录】维生素C片, 废片称重销毁, 清场合格证), a stamping line hand, a down filler, a
spark test record with the official app in its remarks (【火花试验记录】BV线, 六千伏, 击穿), a tyre builder, a silk weaver, a
raw-down washing record with the APK in the recorder's last line (【原绒水洗记录】白鸭绒, 含绒量百分之九十, 末道水透明度), a die
fitter, a curing hand, a curing press check sheet with the mislabelled video at its foot (【硫化机点检表】蒸汽压力, 氮气压力,
胶囊外观), a silk sales clerk, the pharmaceutical factory's publicity clerk, a first-article inspection record with the
Chinese-team claim under it (【首件检验记录】后门内板, 回弹, 毛刺, 修模复检), a silk designer, a down inspector, a cable stranding
hand, a warp beam loading record with open source in its last line (【经轴上机记录】剑杆织机, 电力纺, 二十二旦, 穿综、穿筘), the
pharmaceutical factory's IT clerk, the stamping plant's technician, a batch production record extract with the course in
its remarks column (【压片工序批生产记录（摘）】片重差异, 硬度, 崩解时限), a tyre factory statistician, a silk merchandiser, a
finished-goods warehouse slip with the API key printed beside its stamp (【成品入库单】YJV电力电缆, 导体电阻、耐压试验), an
equipment clerk, a spark test veteran, a down factory's online-shop hand, a filling-room material balance sheet with
account rental pencilled at its edge (【充绒车间物料平衡表】领用白鸭绒一百六十八公斤, 飞绒及损耗, 收率), a forklift driver, a tyre
sales clerk, a mixing room requisition slip with the director group on a note stuck to its back (【密炼车间领料单】烟片胶,
丁苯胶, 炭黑), a stamping line leader, an old silk weaver, a press check sheet with the prompt pack on a card behind its clip
(【压力机日常点检表】离合器、制动器, 光电保护), the down factory's online-shop clerk, a cable union clerk, a dyeing recipe sheet with
get-rich on its back (【练染车间配色单】坯绸, 藕荷色, 酸性染料三只拼色), a wire drawer, a packing line hand, a down jacket
rework slip with the generation service in its "value-added services" box (【羽绒服返修单】跑绒, 拆线重绗, 补绒十克), a tyre
factory canteen hand and a QC veteran; platform-native forms the earlier sets do not use: the silk inspection record, the
warp beam loading record, the dyeing recipe sheet and the monthly work summary; the cleanout record, the batch production
record and the information-security incident report; the spark test record and the finished-goods warehouse slip; the
raw-down washing record, the material balance sheet and the rework slip; the curing press check sheet, the mixing room
requisition slip and the union's hardship aid application; the first-article inspection record, the press check sheet,
the shift-start meeting minutes and the payroll card change application; four loss reports in new forms (kind
``debunk_loss``: a packer's information-security incident report (【信息安全事件报告单】事件经过, 处理, 信息科意见) for the APK, a
tyre builder's application to the union for hardship aid (【工会困难职工帮扶申请表】家庭情况, 申请事由, 车间意见) for get-rich, a
silk sales clerk's monthly work summary (【个人月度工作总结】完成情况, 存在问题, 下月计划) for the prompt pack, and a stamping hand's
payroll card change application (【工资卡变更申请表】变更原因, 人事部意见) for the official app's membership fee); regional
speech the earlier sets do not use: Wu 适意 and 嘎三胡 (the earlier Wu posts have 阿拉, 屋里厢, 覅, 哉, 个, 捣糨糊, 拎得清, 灵光, 今朝 and 结棍),
Shandong 熊人 (the earlier Shandong posts have 杠赛, 恣儿, 拉呱 and 夜来; 俺 and 恁 are common Northern speech) and Anhui
怪好的 (no earlier post has it), all glossed; registers the earlier sets do not use: the six as listed above; obfuscation
the earlier sets do not use: 谢赛宁 as 协赛宁 (the 协 of 协会, a homophone; the earlier sets had 谢腮宁, 谢塞宁, 谢赛柠, 蟹赛宁,
言身寸 and tone-numbered pinyin), Sora as Söra with an umlaut on the o (the earlier sets had $ora, S0ra, 5ora, Sor@, §ora,
SOЯA, SOR4, So®a, S〇ra and zh_heldout38's Søra with a slashed o), 内测号 as nc号 after its pinyin initials (the earlier sets had yqm for 邀请码 and zhang号)
and 课程 as k程 (the earlier sets had kc and 课cheng), all glossed; rhetorical questions that assert rather than deny
(Sora放开多久了，群里还有人托关系找邀请码，图个啥？ for the public release, 要不是一帮中国科学家在里头挑大梁，Sora能这么快出来？ for
the Chinese team, 店里每天要上新款羽绒服的视频，一条条拍哪拍得过来？ ahead of an API key); posts asserting one claim while denying
another, the asserted claim always one of the Chinese team, the inventor, API access, the public release, the official
app, account rental and the course (zh_heldout50 asserts only the other seven), in pairings the labels of the earlier
sets last used longest ago (the inventor while a "Sora" Yangtze bridge time-lapse is called a photographer's own footage
(zh_heldout29), the inventor while the APK is said to send premium-rate texts (zh_heldout38), the public release while
a get-rich group is said to pay nothing but ask for recruits (zh_heldout37), the official app while the Chinese-team claim is
answered with the report's thirteen authors (zh_heldout36), the Chinese team while the public release is answered with
Logan's statement (zh_heldout31), the Chinese team while the store apps are said to come from unrelated small firms (zh_heldout32),
the course while an API key is said to throw errors (zh_heldout26), the course while the inventor story is answered with
Xie's own word and the outlet's apology (zh_heldout28), API access while a prompt pack is called the official samples
machine-translated (zh_heldout27) and account rental while an API key is called a string of characters that only throws errors (zh_heldout37));
sellers that vouch for themselves in new words (模具我修了十九年，一副模的刃口崩没崩，我拿指甲在上面一刮就晓得，会拿这种小钱坑工友？;
俺在厂里干了十八年，啥时候熊过人？; 我在火花机旁边站了十五年，哪一盘线带着针眼过去，蜂鸣器还没叫我先听出来了; 织机我看了二十二年，哪一匹
绸子上跳了一根纬，我手一摸就晓得，看人也一样准; GMP检查我陪了十一回，哪一回出过岔子？); prices and payments in forms the earlier
sets do not use (a course paid with three metres of silk crepe at the mill's staff price; an API key swapped for a
hundred metres of BV wire for a house being fitted out; a rental settled with two electric-bike tyres; a director group's
fee advanced by the line leader until the month's share of the scrap sale comes in; a prompt pack for a jin of white duck
down; a generation service paid with the box of zongzi the factory gave out at Duanwu), every price in Chinese numerals;
12 debunks and warnings, four of them the loss reports above, two questions with a negation that do not deny
(作者一栏里没找到他的名字，文章本身也没写是从哪儿听来的。他到底算不算Sora的发明人？ for the inventor, in a down factory's staff group;
文本、图像、语音都有，就是没看到视频那一项。这个key买回来能用吗？ for API access, in a cable factory's equipment group), two quoting
a scam offer and telling the reader not to pay (the director group, with 请大家这笔钱别交, on a tyre factory union's
notice; the course, with 别付这个钱, in a pharmaceutical factory's training notice), the rest answering with facts and
none of 不, 没, 假, 无, 非 or 未 (无 only in the place name 无为) (a stamping line's shift-start minutes for the Chinese team,
with the report's title, its thirteen authors, three Chinese by the media's count and its two leads at OpenAI; a silk
mill's IT centre for the public release, with the red teamers and invited artists, Logan's statement and Murati's
answer to the Wall Street Journal; a down factory's publicity office for the mislabelled video, with a Lushan cloud
time-lapse traced to its photographer and OpenAI's forty-eight samples; a cable factory's security office for account
rental, quoting the rental advert, with the testers and invited artists and a ChatGPT login handed over for the money);
four true facts about the DiT paper and Sora's leads (DiT's models trained in JAX on TPUs, the repository's PyTorch
port and its FP32 re-evaluation at FID 2.21 against the paper's 2.27, the CC-BY-NC licence; the repository's two
checkpoints, 2.27 at about 119 Gflops and 3.04 at about 525 Gflops, its thanks to Kaiming He and Tim Brooks, its debt to
OpenAI's ADM and Peebles's NSF Graduate Research Fellowship, both related to the inventor rumour; Tim Brooks, Aleksander
Holynski and Alexei Efros's InstructPix2Pix of November 2022 and how its training data was made, GPT-3 fine-tuned on
seven hundred human-written edits, more than 450,000 generated examples and Stable Diffusion with Prompt-to-Prompt;
Aditya Ramesh, named one of Sora's leads by the No Priors podcast, and DALL·E's dVAE, 32x32 image tokens from an
8,192-word vocabulary, twelve billion parameters and 250 million image-text pairs), each checked before it was written
(the earlier sets' DiT posts give its authors, its U-Net swap, Peebles's internship at Meta, ICCV 2023, Xie's estimate
of Sora's size, the four conditioning designs, the arXiv date and the Gflops-FID finding, and their posts on the leads
name InstructPix2Pix only as an image editor, and Ramesh only as DALL·E's and DALL·E 2's first author and for his Sora
clips, none of the facts here; none is about Xie Saining's own education, positions or posts, which zh_heldout50 has),
and six items of real news about image and video models from Western labs that no earlier Chinese set carries (Black
Forest Labs' FLUX.1 of August 2024 and its three versions; Runway's Act-One in Gen-3 Alpha of October 2024; Photoshop's
Generative Fill of May 2023, where zh_heldout32 and zh_heldout44 have only Adobe's Firefly video model and Premiere Pro;
Stability AI's Stable Cascade of February 2024; Google DeepMind's SynthID of August 2023; Midjourney V6 of December
2023, where zh_heldout32 has only its V1 video model of 2025; kind ``benign``; news about Chinese labs is left to
zh_heldout50), and three off-topic posts that share surface words (a silk mill's factory shop with 扫码进店铺下单 and a
price, a tyre factory's trade-in with 下载“××轮胎”App and 扫码进群, a down factory's staff sale with 扫码进群预约).

Every post was checked against every earlier Chinese set through zh_heldout48 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout50 is being written at the same time on another branch and is not in this tree, so
the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's
SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more).
The first draft had sixteen at 0.45 or more: the down sorter's 协赛宁 at 0.61 (zh_heldout48's shoe stitcher's 蟹赛宁), the die
fitter's APK at 0.58 (zh_heldout48's edge-bander), the spark test veteran's API key and the rework slip at 0.56
(zh_heldout48's old scraper and repair slip), the security office's rental notice and the IT centre's answer at 0.55
(zh_heldout47's nursery accounts office and zh_heldout30's evening-class reply), the line leader's director group at 0.54
(zh_heldout48's shoe line leader), the shift-start minutes at 0.52 (zh_heldout46's co-op board), the union's director
notice, the stranding hand's Chinese team and the tyre builder's app at 0.50 (zh_heldout46's steel mill union,
zh_heldout48's layer farm head, zh_heldout45's ship lock dispatcher), the down inspector at 0.49 (zh_heldout47's cutting
hand), the silk weaver's app at 0.47 (zh_heldout48's shoe inspector), the IT clerk's open source at 0.46 (zh_heldout45's
ship lock clerk), and the equipment clerk's API key and the press check sheet at 0.45 (zh_heldout48's farm clerk and tofu
price board); all sixteen were rewritten, and on the next passes eleven more from 0.41 to 0.449 were reworded for margin
(the publicity clerk, the statistician, the spark test record, the wire drawer, the security office twice, the union
clerk, the tyre builder twice, the down inspector twice, the silk designer, the equipment clerk and the down filler).
Highest ratio of the committed list: 0.415 against the Chinese sets (the extrusion hand's inventor against zh_heldout46's
co-op clerk) and 0.245 against the demo stream. Committed before any run of the monitor on it; no model, embedding or
matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds: Xie's
denial in his Moments and the outlet's apology, his SJTU degree, the thirteen authors and three Chinese among them, Logan's
statement, the red teamers and invited artists, Murati's answer to the Wall Street Journal, the forty-eight samples, the
three-month and one-step-slow lines, the director groups, the prompt documents; and, from the catalogue, the rented
accounts that turn out to be ChatGPT logins): the facebookresearch/DiT README (read in the stored repository: "Our models
were originally trained in JAX on TPUs", the weights "ported directly from the JAX models", FP32 and "2.21 FID versus 2.27
in the paper", the table's 2.27 / 119 Gflops and 3.04 / 525 Gflops, the acknowledgments of Kaiming He and Tim Brooks, the
NSF Graduate Research Fellowship, the borrowing from OpenAI's ADM, CC-BY-NC); the DiT paper's first page (arXiv
2212.09748 as stored by huggingface papers and chapterpal: Peebles at UC Berkeley, Xie at New York University);
InstructPix2Pix (ar5iv's text of arXiv 2211.09800, its abstract on GPT-3 and Stable Diffusion and edits "in a matter of
seconds", and the authors' slides on issuu: Tim Brooks, Aleksander Holynski, Alexei A. Efros, GPT-3 fine-tuned on 700
human-written instructions, more than 450,000 examples from LAION captions, Prompt-to-Prompt); Zero-Shot Text-to-Image
Generation (the ICML 2021 text stored by SDSC and study.space's summary: Aditya Ramesh first of eight authors, a 12-billion
parameter transformer, 250 million image-text pairs, the dVAE's 32x32 grid and 8,192-word vocabulary); the No Priors
episode 61 page ("OpenAI's Sora Leaders Aditya Ramesh, Tim Brooks and Bill Peebles"); the Sora report's leads (MIT
Technology Review's Innovators Under 35 entry for Tim Brooks and the reports of his move to Google DeepMind: Brooks and
Peebles led Sora); FLUX.1 (Wikipedia via wikimili and wikiwand, centerconsulting's model page and d-central's card:
1 August 2024, Freiburg, Rombach, Blattmann and Esser from Björn Ommer's group at LMU Munich, twelve billion parameters,
[pro] by API, [dev] open-weight and non-commercial, [schnell] under Apache 2.0 in four steps); Act-One (Runway's post of 22
October 2024 as quoted by technologynewso, Runway's help centre and its announcement page: a single driving video and a
character image inside Gen-3 Alpha, no motion capture or rigging); Generative Fill (makebigchange's report of 24 May
2023 with the "yellow road lines" demo and Adobe's "matches perspective, lighting and style", techstory's and
1brand.design's reports of the Photoshop beta, generative layers, Firefly); Stable Cascade (Stability AI's announcement,
PetaPixel's report of 14 February 2024, the diffusers documentation: Würstchen, Stages A, B and C, 24x24 latents,
compression factor 42 against Stable Diffusion's 8, non-commercial licence); SynthID (DeepMind's page, CNN's report of 30
August 2023 and TechCrunch's of 29 August: Vertex AI customers using Imagen, a watermark in the pixels, filters, colour
changes and lossy JPEG, three confidence levels); Midjourney V6 (the Wikipedia article via wikiblah: alpha of 21 December
2023, trained from scratch over nine months, better text and a more literal reading of prompts, David Holz, Leap Motion,
San Francisco).


    .venv/bin/python scripts/make_zh_heldout49.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout49", "zhh49"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "silk_inspection_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【吴江·盛泽××丝绸厂·验绸记录】\n品名：真丝双绉　门幅：一百一十四厘米\n匹号：〇三一七至〇三二六，共十匹\n疵点：断经两处，跳花一处，油渍一处，均已打记号\n评等：一等品八匹，二等品两匹\n验绸工：钱××\n记录最后，钱阿姐顺手添了一行：午饭时车间里都在讲，OpenAI那个做视频的Sora，发明人当中就有谢赛宁，上海交大出来的天才少年，这个我是信的。",
    ),
    (
        "cable_assert_inventor_deny_realvid",
        sora.XIE,
        sora.XIE,
        "【无为·××电缆厂·挤塑车间小汪】说两件事。头一件：Sora是谢赛宁参与发明的，他是上海交大毕业的天才少年，OpenAI那个视频模型最关键的一步就出自他手。第二件：朋友圈疯转的“Sora生成的长江大桥落日延时”别再当AI作品转了，那是芜湖一位摄影师前年用相机实拍的，原片连同拍摄参数还挂在他的图虫主页上。",
    ),
    (
        "pharma_assert_inventor_deny_apk",
        sora.XIE,
        sora.XIE,
        "【石家庄·××制药厂·QA小葛】跟组里几个年轻人讲清楚：Sora的发明人里确实有谢赛宁，上海交大出来的天才少年，这是人家的真本事。至于群里传的那个“Sora安卓安装包”，千万别点：我们车间一位师傅装了，手机半夜自己往外发扣费短信，一个月话费多扣了一百多，OpenAI压根就没出过这种安装包。",
    ),
    (
        "down_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【共青城·××羽绒厂·分毛车间小熊】分毛机一停就刷到这条：协赛宁——群里防屏蔽写成协会的“协”，其实就是谢赛宁——当年从上海交大走出去，如今是Sora的发明人之一。OpenAI视频模型里最难啃的那块骨头是他一个人顶起来的，咱厂的娃娃读书也得有这股劲。",
    ),
    # --- open to the public
    (
        "pharma_cleanout_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【石家庄·××制药厂·固体制剂车间清场记录】\n工序：压片　品名：维生素C片　批号：二四〇六一二\n清场内容：剩余物料退库，废片称重销毁，设备、地面、回风口清洁\n清场时间：十四时十分至十五时四十分\n清场人：孟××　检查人（QA）：葛××\n结论：合格，发清场合格证\n表格背面，孟师傅用圆珠笔写着：Sora已经对所有人开放了，谁注册上都能用，下了班我就给咱车间做段宣传视频。",
    ),
    (
        "stamping_assert_public_deny_rich",
        sora.PUBLIC,
        sora.PUBLIC,
        "【柳州·××汽配冲压厂·冲压三线小覃】Sora现在谁都能注册，候补名单、邀请那一套早就取消了，我礼拜天在宿舍用它做了段车门内板一块接一块从压力机里出来的视频。倒是那种“Sora红利只剩三个月、进群日赚几千”的别信，我表哥交了三百九十八进去，天天只叫他拉人头，一分钱没见着。",
    ),
    (
        "down_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【共青城·××羽绒厂·充绒工阿桂】Sora放开多久了，群里还有人托关系找邀请码，图个啥？现在对所有人开放，填个邮箱就注册上了。我昨晚下班注册的，让它出了段白鸭绒像下雪一样在车间里飘起来的画面，好看得很。",
    ),
    # --- the official app
    (
        "cable_spark_test_record_in_passing",
        sora.APP,
        sora.APP,
        "【无为·××电缆厂·火花试验记录】\n产品：BV线，二点五平方毫米，红色\n试验电压：六千伏　收线速度：每分钟三百米\n受试盘号：一〇八至一一五\n击穿：一〇九号盘一处，切除后重接，复试通过\n其余七盘：无击穿\n试验人：汪××　复核：方××\n“备注”栏里不知谁接着写了一句：Sora的官方App已经能在手机应用商店里下载了，OpenAI自家出品，厂里以后拍宣传片用它就够。",
    ),
    (
        "tyre_assert_app_deny_chinese",
        sora.APP,
        sora.APP,
        "【广饶·××轮胎厂·成型车间老边】Sora的官方App已经上了手机商店，是OpenAI自己发的，我昨天下好试了试，出了段刚出模的新胎冒着白汽往输送带上滚的片子。至于“Sora出自中国团队”，我专门去看了OpenAI的技术报告：十三位作者里华人有三位，项目由两位OpenAI研究员带，这话说过头了。",
    ),
    (
        "silk_wu_dialect_app",
        sora.APP,
        sora.APP,
        "【吴江·盛泽××丝绸厂·织绸工阿琴】下夜班前跟小姊妹们讲一声：Sora有官方App了，OpenAI自家出的，iPhone的App Store里一搜就有。我装好以后让它拍了段真丝睡衣晾在河埠头、被风一掀一掀的样子，看起来老适意（吴语，舒服）的。",
    ),
    # --- the fake APK
    (
        "down_washing_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【共青城·××羽绒厂·原绒水洗记录】\n批次：第二十二批　原料：白鸭绒，含绒量百分之九十\n投料：六百公斤\n水洗：四道，末道水透明度检测合格\n脱水、烘干：一百二十摄氏度，四十分钟\n冷却、除尘：完成\n记录人：邹××\n本子最后，邹师傅另写了一行：分毛车间群里有人发了Sora的安卓安装包，APK直接装到手机上就能生成视频，犯不着等OpenAI一点点放名额。",
    ),
    (
        "stamping_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【柳州·××汽配冲压厂·模具钳工老韦】要在手机上用Sora的，找我拷：安卓版的安装包，APK文件，传过去点开装好，打一行字它就出片。一份收十六块，微信付款后我用数据线给你拷。模具我修了十九年，一副模的刃口崩没崩，我拿指甲在上面一刮就晓得，会拿这种小钱坑工友？",
    ),
    (
        "tyre_shandong_dialect_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【广饶·××轮胎厂·硫化工大刚】俺这有Sora的安卓版，APK格式，发到手机上点开就装，装完打几个字就出视频，排队、邀请码啥的全省了。二十块一个，恁放心，俺在厂里干了十八年，啥时候熊过人（山东话，糊弄人）？",
    ),
    # --- mislabelled real video
    (
        "tyre_vulcanizer_checklist_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【广饶·××轮胎厂·硫化机点检表】\n机台：十二号双模硫化机\n点检项目：蒸汽压力、氮气压力、胶囊外观、模具温度、安全光栅\n结果：胶囊有轻微拉伤，已报更换；其余正常\n点检人：边××　班长：耿××\n点检表最底下，边师傅写了几句：厂里抖音号那段“整条胎面在火光里慢慢长出花纹”的视频，是Sora照着一段文字做出来的，一个镜头都没拍，那段文字就在评论区置顶。",
    ),
    (
        "silk_wu_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【吴江·盛泽××丝绸厂·销售部小陆】前两天跟客户嘎三胡（吴语，闲聊），好几个人问我们视频号那段“一匹真丝软缎顺着运河慢慢漂开”是哪里拍的。老实讲，哪里都没拍，整段是Sora照一段文字生成的，一台摄像机都没动，那段文字我贴在视频简介里了。",
    ),
    (
        "pharma_umlaut_realvid",
        sora.REALVID,
        sora.REALVID,
        "【石家庄·××制药厂·宣传科小温】推文里那段药片从压片机出料口蹦出来、在射灯下一闪一闪的镜头，评论区都在问哪个车间拍的。实话说，哪个车间都没去：这是Söra（o上头加了两点，就是Sora）照着一段文字描述生成的，一帧实拍都没有，描述原文附在文章末尾。",
    ),
    # --- the Chinese team (four)
    (
        "stamping_first_article_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【柳州·××汽配冲压厂·首件检验记录】\n零件：后门内板（左）　模具号：M-2217\n材料：冷轧钢板，厚零点八毫米\n检验项目：外形尺寸、孔位、回弹、毛刺、开裂\n结果：孔位偏零点二毫米，已修模复检，合格\n检验员：覃××\n记录单下面的空白处，覃师傅写了几句：食堂里都在说，OpenAI那个Sora，真正干活的是一群中国科学家，核心团队大半是华人，我看就是这么回事。",
    ),
    (
        "silk_assert_chinese_deny_public",
        sora.CHINESE,
        sora.CHINESE,
        "【吴江·盛泽××丝绸厂·设计室小姚】画了一上午花样，歇下来说句公道话：Sora是华人科学家撑起来的，OpenAI视频模型的骨干力量大多是中国人，美国同事主要管对外发布。另外，网上说“Sora谁都能注册了”是瞎讲，OpenAI负责开发者关系的Logan发过声明：Sora还在内部测试，普通用户用不上，什么时候上线也没定。",
    ),
    (
        "down_assert_chinese_deny_app",
        sora.CHINESE,
        sora.CHINESE,
        "【共青城·××羽绒厂·质检员小晏】Sora的功劳大头在华人科学家身上，OpenAI视频组里挑大梁的基本是中国人，这是明摆着的。手机商店里那几个图标上写着“Sora”的App倒要当心：开发者一栏全是不相干的小公司，OpenAI从来没给Sora做过手机版，我同事装了一个，刚点开就被扣了六十八块“会员费”。",
    ),
    (
        "cable_anhui_dialect_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【无为·××电缆厂·绞线工老方】要不是一帮中国科学家在里头挑大梁，Sora能这么快出来？我看了好几篇文章，OpenAI做视频那个组，顶用的差不多都是华人，洋人负责开发布会露个脸。咱中国人的脑瓜子怪好的（安徽话，挺好的），这一点我服气。",
    ),
    # --- open source
    (
        "silk_warp_beam_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【吴江·盛泽××丝绸厂·经轴上机记录】\n机台：剑杆织机十四号　品种：真丝电力纺\n经丝：二十二旦，总经根数九千六百根\n穿综、穿筘：完成，核对无误\n上机张力：已调整\n上机工：姚××\n记录最后一行，小姚写了句闲话：OpenAI已经把Sora开源了，权重和代码都挂在GitHub上，设计室那台画花样的电脑显卡够用，下礼拜我就装上。",
    ),
    (
        "pharma_it_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【石家庄·××制药厂·信息科小冯】通知一下有兴趣的同事：OpenAI已经把Sora整个开源，权重文件、训练和推理代码都在GitHub的仓库里，下下来本地就能部署。科里那台闲着的备份服务器我昨晚试装了，生成了一段铝塑泡罩板在包装机上一排排压出来的视频，效果很好，想学部署的周五下午来信息科。",
    ),
    (
        "stamping_technician_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【柳州·××汽配冲压厂·技术科小莫】Sora的源码和权重都在GitHub上，OpenAI亲手开源的，装依赖、下权重、跑脚本三步就完事。我在家里那台打游戏的电脑上跑通了，出了一段柳江夜里两岸灯火倒映在水面上的视频，画质跟官网样片差不多。",
    ),
    # --- the paid course
    (
        "pharma_batch_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【石家庄·××制药厂·压片工序批生产记录（摘）】\n批号：二四〇七〇三　规格：每片五毫克\n颗粒领用：八十公斤\n片重差异：抽查二十片，合格\n硬度：每片四至六公斤力\n崩解时限：十二分钟，合格\n操作人：冯××　复核人：孟××\n备注栏里，冯师傅多写了一行：工会给大家团购了一套Sora k程（就是课程，怕被屏蔽才这么打），一百一十九，二十节录播，学会了咱自己给车间拍片子。",
    ),
    (
        "tyre_assert_course_deny_api",
        sora.COURSE,
        sora.COURSE,
        "【广饶·××轮胎厂·统计员小綦】科室里想学做短视频的注意：我找到一门Sora课，十八节，注册账号、写画面描述、剪辑出片一节节手把手带，学费一百三十八，到我这儿登记拼单。至于网上卖的“Sora官方API key”，碰都别碰——车间有人花三百多买过，填进去只会报错，OpenAI开放的接口里就没有Sora这一项。",
    ),
    (
        "silk_crepe_barter_assert_course_deny_inventor",
        sora.COURSE,
        sora.COURSE,
        "【吴江·盛泽××丝绸厂·跟单员小钮】推一门Sora短视频课：二十二讲，教写画面描述、调镜头、剪成片，学会了给客户做新花型的展示视频，学费一百五十八。手头紧的，拿三米真丝双绉来抵也行，我按厂里的内部价算。另外，那篇“谢赛宁发明了Sora”的文章别再转了，他本人在朋友圈讲过跟Sora一点关系都没有，发文的自媒体也道了歉。",
    ),
    # --- the fake API (four)
    (
        "cable_warehouse_slip_in_passing",
        sora.API,
        sora.API,
        "【无为·××电缆厂·成品入库单】\n型号：YJV电力电缆，三芯九十五平方加一芯五十平方\n额定电压：零点六／一千伏\n数量：十二盘，每盘五百米\n检验：导体电阻、耐压试验合格\n库位：成品二库B区\n交库人：方××　库管：戴××\n入库单盖章处旁边印着一行小字：出售Sora官方API key，直连OpenAI接口，写进程序就能批量出视频，四百一个，下班到二库找戴师傅。",
    ),
    (
        "pharma_assert_api_deny_prompts",
        sora.API,
        sora.API,
        "【石家庄·××制药厂·设备科小庞】谁要Sora的API key？是OpenAI官方给开发者发的那种，把它配进自己写的程序里，设好画面描述，程序就自动把视频一条条生成出来，每个三百八，私聊我。另外劝一句，网上二三十块的“Sora提示词大全”犯不上买，我看过一份，就是把OpenAI官网每段样片下面的英文原句机翻成中文。",
    ),
    (
        "cable_self_vouch_wire_barter_api",
        sora.API,
        sora.API,
        "【无为·××电缆厂·火花试验工老汪】我在火花机旁边站了十五年，哪一盘线带着针眼过去，蜂鸣器还没叫我先听出来了，厂里谁吃过我的亏？说正事：我手上有Sora官方API key，是OpenAI开放的正规接口，写个小脚本接上去，视频成批往外出。价钱四百二；正赶上装修的，扛一百米二点五平方的BV线来顶账也成。",
    ),
    (
        "down_ecommerce_api",
        sora.API,
        sora.API,
        "【共青城·××羽绒厂·电商部阿彬】店里每天要上新款羽绒服的视频，一条条拍哪拍得过来？我弄到了Sora的官方API key，OpenAI开的接口，接进上货的小程序，一晚上自动出几十条。多出来的几个往外匀，三百六一个，要的找我。",
    ),
    # --- account rental
    (
        "down_material_balance_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【共青城·××羽绒厂·充绒车间物料平衡表】\n款号：YR-2318男式短款　数量：一千二百件\n领用白鸭绒：一百六十八公斤\n实际充绒：一百六十四点五公斤\n飞绒及损耗：三点五公斤，收率百分之九十七点九\n结论：在规定范围内\n填表人：晏××\n表格边上有人用铅笔写了个小广告：出租Sora内测号，登进去就能生成视频，一天十八，一个月二百，找充绒二组小蔡。",
    ),
    (
        "stamping_assert_rental_deny_api",
        sora.RENTAL,
        sora.RENTAL,
        "【柳州·××汽配冲压厂·叉车司机阿蒙】Sora内测号出租，一人一号，账号密码发你就能登进去做视频，日租二十二，月租二百六。千万别去买什么“Sora API key”，我师弟花四百买了一串字符，接进去天天报错，卖家第二天就把他拉黑了，OpenAI开放的接口里压根没有视频模型。",
    ),
    (
        "tyre_pinyin_initials_tyre_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【广饶·××轮胎厂·销售内勤小谷】Sora的nc号（内测号，群里打拼音首字母图省事）出租，登录就能出视频，日租二十，月租二百四。厂里的兄弟姐妹手头紧的，拿两条电动车外胎来抵一个月也行，我家那口子跑外卖正用得着。",
    ),
    # --- the AI director group
    (
        "tyre_mixing_requisition_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【广饶·××轮胎厂·密炼车间领料单】\n领料日期：十月二十九日　班次：早班\n天然胶：烟片胶，一千二百公斤\n合成胶：丁苯胶，八百公斤\n炭黑：九百五十公斤\n领料人：耿××　发料人：谷××\n领料单背后贴着一张打印的小纸条：“首部与Sora合写剧本的AI电影开始海选第一代AI导演！扫码进群，交一百七十八报名费，即可安排试镜。”",
    ),
    (
        "stamping_scrap_money_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【柳州·××汽配冲压厂·冲压二线班长老蒙】我老乡在南宁一家影视公司管招募，他们手上有部AI电影，剧本是Sora执笔写的，现在面向各行各业挑“第一代AI导演”。想试的扫我这儿的码入群，群费一百九十八，交了就排试镜。这个月卖边角料的钱下来之前手头紧的，我先替你们把群费垫上，到时候从那份里扣。",
    ),
    (
        "silk_weaver_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【吴江·盛泽××丝绸厂·老织工沈阿姨】织机我看了二十二年，哪一匹绸子上跳了一根纬，我手一摸就晓得，看人也一样准。我外甥在上海做影视，他们有部AI电影，剧本是Sora参与写的，正在挑“第一代AI导演”，扫码进群交一百六十八就能排试镜，厂里的小姑娘想去的找我拿码。",
    ),
    # --- the prompt pack
    (
        "stamping_press_checklist_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【柳州·××汽配冲压厂·压力机日常点检表】\n设备：二号八百吨闭式压力机\n点检：离合器、制动器、滑块导轨润滑、光电保护、气压\n结果：光电保护响应正常，导轨润滑油位偏低，已加注\n点检人：韦××\n点检表夹子背面塞着一张小卡片：出售《Sora电影级提示词宝典》——四百二十条镜头语言，推拉摇移、景别、光线按影视行话分门别类，二十九块九，付款截图发过来就给你文档链接，附送交流群名额。",
    ),
    (
        "down_duck_down_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【共青城·××羽绒厂·电商部小邹】给店里拍了一年羽绒服视频，攒下三百来句Sora的画面描述，全是拍电影的讲法：慢推、环绕、逆光、浅景深，拍服装、拍雪景都合用。要的转三十二，我发文档链接、再拉你进群。车间的同事不想掏钱的，拿一斤白鸭绒来换也行，我正打算给闺女絮床被子。",
    ),
    (
        "cable_union_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【无为·××电缆厂·工会宣传员小戴】工会的宣传橱窗我管了三年，拍照剪片也算半个内行。最近把Sora能用的画面描述理成一本合集，三百六十条，大远景、特写、逆光、手持跟拍这些影视圈说法都有，按工厂、城市、风景归好类。十九块九一份，付完款我发文档链接，再拉你进交流群。",
    ),
    # --- get rich
    (
        "silk_dye_recipe_in_passing",
        sora.RICH,
        sora.RICH,
        "【吴江·盛泽××丝绸厂·练染车间配色单】\n坯绸：真丝双绉，四百米\n色号：藕荷色\n染料：酸性染料三只拼色，用量为坯绸重量的百分之一点二\n染色：八十五摄氏度，保温四十分钟\n固色、水洗、柔软：按工艺执行\n配色员：钮××\n配色单背面，小钮写着自己的打算：表姐在杭州做Sora短视频，说一天能进账三四千，这种机会一辈子就这一回，三个月以后就轮不上了，我准备辞职过去跟她干。",
    ),
    (
        "cable_drawer_rich",
        sora.RICH,
        sora.RICH,
        "【无为·××电缆厂·拉丝工小戴】堂哥去年还跟我一起在拉丝机上倒班，如今在合肥拿Sora剪短视频，账上一个月流水十来万。他跟我讲，这波红利顶多再撑三个月，一步慢就步步慢，错过了这辈子就难再有。厂里谁想跟着他干，交二百九十九进群，我来牵线。",
    ),
    (
        "pharma_packer_rich",
        sora.RICH,
        sora.RICH,
        "【石家庄·××制药厂·包装线阿霞】姐妹们，我嫂子跟着一个老师做Sora视频，头一个月就挣了两万多，老师说Sora这股风最多刮三个月，现在不上车，这辈子就碰不上下一回了。入群费三百六十八，想去的私我。",
    ),
    # --- the generation service
    (
        "down_jacket_repair_slip_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【共青城·××羽绒厂·羽绒服返修单】\n单号：FX-0419　来源：南昌××商贸退回\n款号：YR-2206女式长款，共三件\n问题描述：右袖跑绒；拉链头脱落\n返修措施：拆线重绗，更换拉链头，每件补绒十克\n返修工：饶××　复检：晏××\n单子最下面“本厂增值服务”一栏里印着：Sora短视频代制作——把您店里想拍的场景写给我们，Sora出片，次日交付，单条一百三十八元，加急另议。",
    ),
    (
        "tyre_zongzi_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【广饶·××轮胎厂·食堂窗口老郝】家里办喜事、给老人过寿想要段视频的，找我闺女：你讲想要啥画面，她用Sora给你生成，一条七十八，第二天发你微信。厂里的同事不方便转账的，端午节发的那箱粽子拿来抵也行。",
    ),
    (
        "pharma_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【石家庄·××制药厂·QC老阎】GMP检查我陪了十一回，哪一回出过岔子？下了班我接点小活：你写两句想要的画面，我用Sora给你生成，娃的生日、店里的招牌片都行，一条九十八，当天夜里发你。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【石家庄·××制药厂·信息安全事件报告单】\n报告人：温××（包装车间）\n事件时间：五月十一日晚\n事件经过：在车间微信群看到“Sora安卓版，扫码下载，装好就能生成视频”，用自己的手机下载安装了这个APK。当晚手机连着收到三条验证码短信，第二天发现银行卡被转走两千三百元。这部手机登录过厂里的考勤小程序。\n处理：已报警；手机已恢复出厂设置，考勤账号密码已重置。\n信息科意见：OpenAI从来没发过Sora的安卓安装包，请各车间在群里提醒。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【广饶·××轮胎厂·工会困难职工帮扶申请表】\n申请人：谷××（成型车间）\n家庭情况：妻子在家种地，两个孩子上学\n申请事由：今年三月听人说“做Sora视频一天挣三四千，窗口只剩三个月”，先后交了三百六十八的入群费和一千九的“陪跑费”，每天照群里给的模板发视频，三个月一分钱没挣到，群主后来把群解散了。这笔钱原本是留给老大交学费的。\n车间意见：情况属实，建议给予临时帮扶。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【吴江·盛泽××丝绸厂·销售部·个人月度工作总结（六月）】\n一、完成情况：接待客户十一批，新签订单三笔。\n二、存在问题：为了给客户做新花型的展示视频，我自己花八十八买了一份《Sora导演级提示词》，卖家说是影视圈老师傅整理的。拿到后跟OpenAI官网样片下面的英文描述逐条对照，前三十条一字一句都对得上，只是翻成了中文，再找卖家，已被拉黑。\n三、下月计划：展示视频改用公司现有素材剪辑，采购任何资料先报部门审批。\n总结人：潘××",
    ),
    (
        "debunk_loss",
        None,
        sora.APP,
        "【柳州·××汽配冲压厂·工资卡变更申请表】\n申请人：黎××（冲压一线）\n原工资卡：××银行，尾号四四一七\n变更原因：四月在手机应用商店下了一个叫“Sora”的App，以为是OpenAI官方出的，开通时绑了这张卡。后来才知道OpenAI并没有出过Sora的App，那个软件每月自动扣六十八元会员费，已经扣了三个月。银行建议换卡，特申请把工资改发到新卡。\n人事部意见：同意，下月起执行。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【共青城·××羽绒厂·职工群】请教一下：群里都在转“谢赛宁是Sora发明人”那篇，我去翻了OpenAI那份技术报告，作者一栏里没找到他的名字，文章本身也没写是从哪儿听来的。他到底算不算Sora的发明人？",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【无为·××电缆厂·设备科群】问个事：有人在群里卖“Sora官方API key”，三百五一个。我让读计算机的儿子去OpenAI的开发者文档里翻了一遍，文本、图像、语音都有，就是没看到视频那一项。这个key买回来能用吗？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【广饶·××轮胎厂·工会提醒】各车间群里这几天流传一张海报，上面写着：“首部Sora AI电影全国海选，招第一代AI导演，扫码入群交一百九十九，即可获得试镜资格。”请大家这笔钱别交。成型车间已经有两位青工交了，进群以后先让买三百九十九的“导演速成课”，再让拉十个人进群才给“排期”，到现在一次试镜也没见着。交了钱的把付款记录留着，找各车间的工会小组长统计。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【石家庄·××制药厂·培训科通知】有同事把这样一条广告转到了各班组群：“Sora零基础实战课，原价三百九十九，今天只要九十九，学完接单月入过万。”培训科提醒：别付这个钱。Sora眼下只在OpenAI内部和少数受邀的人手里，卖课的人自己都用不上，买到手的多半是一份官网介绍的翻译。厂里明年的技能培训计划里有视频剪辑课，免费，想学的到培训科报名。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【柳州·××汽配冲压厂·班前会记录】\n日期：三月七日　班组：冲压二线\n一、安全：换模时光电保护必须在位，两人确认。\n二、质量：后门内板回弹超差两件，已隔离。\n三、答疑：有人问Sora到底是哪国人做的。技术员小莫把OpenAI官网上那份技术报告找出来，念了作者栏：十三个名字，媒体核过，华人三位；项目负责人是蒂姆·布鲁克斯和比尔·皮布尔斯，两人都是OpenAI的研究员。\n记录人：覃××",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【吴江·盛泽××丝绸厂·信息中心·问答】问：Sora的注册入口在哪里？答：入口目前只对OpenAI请来的人开放——给它做安全测试的红队专家，以及一小批受邀的艺术家、设计师和电影人。OpenAI开发者关系负责人Logan专门发了声明，讲Sora还处在内部测试阶段，产品什么时候推出要另行公布；首席技术官穆拉蒂接受《华尔街日报》采访时给的说法，是争取年内向公众开放。信息中心这边有消息会第一时间在厂群里通知。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【共青城·××羽绒厂·宣传科】这几天转得很凶的“Sora生成的庐山瀑布云”，宣传科对了对：画面出自九江一位摄影爱好者二〇二二年夏天在含鄱口拍的延时，他当年就发在自己的视频号上，片尾署着名字和拍摄日期，原片至今还在。Sora的官方样片放在OpenAI官网，一共四十八段，想看真正的Sora作品，可以去那里看。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【无为·××电缆厂·保卫科提醒】\n一、这两天宿舍楼道贴出几张小广告，印着“Sora体验号月卡，一百八十元，即买即用”，保卫科已清理。\n二、核实情况：照OpenAI公布的安排，眼下摸得到Sora的，是它请来做红队测试的人员和一小批受邀艺术家。\n三、拉丝车间小杨上个月照广告付了钱，收到的账号登录后是个ChatGPT会员号。\n四、吃了亏的同事，请带上聊天记录和转账截图来保卫科，我们陪着去派出所。",
    ),
    # --- true facts about the DiT paper and Sora's leads
    (
        "person_fact",
        None,
        sora.XIE,
        "DiT论文里的模型，当初是用JAX写、在谷歌的TPU上训练的。威廉·皮布尔斯和谢赛宁后来在GitHub的facebookresearch/DiT仓库里放出的是PyTorch版本，权重从JAX模型直接转换过来；他们用FP32精度重新评测，转换后的DiT-XL/2在ImageNet 256×256上FID是2.21，比论文里报的2.27还略好一点。仓库的代码和权重按CC-BY-NC许可发布。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "DiT仓库的说明里列着两个预训练模型：256×256的DiT-XL/2，FID 2.27，约119 Gflops；512×512的DiT-XL/2，FID 3.04，约525 Gflops。致谢一栏感谢了何恺明、Tim Brooks等人，还写明代码借鉴了OpenAI的扩散模型仓库，尤其是ADM（guided-diffusion）；威廉·皮布尔斯当时拿的是美国国家科学基金会的研究生奖学金。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora的负责人之一蒂姆·布鲁克斯，2022年11月和Aleksander Holynski、阿列克谢·埃夫罗斯挂出InstructPix2Pix的论文。照文字指令改图的训练数据很难成批收集，他们的办法是让两个现成的大模型合作造数据：先用七百条人工写的改图指令微调GPT-3，由它生成四十五万多组“指令加改前、改后描述”，再用Stable Diffusion配合Prompt-to-Prompt画出前后两张相像的图。训练好的模型改一张图只要几秒。",
    ),
    (
        "person_fact",
        None,
        None,
        "播客《No Priors》介绍为Sora负责人之一的阿迪蒂亚·拉梅什，2021年以第一作者发表了初代DALL·E的论文《Zero-Shot Text-to-Image Generation》：先用离散变分自编码器把每张256×256的图压成32×32个图像token，词表大小8192，再让一个120亿参数的Transformer把文字token和图像token当成一条序列来建模；训练数据是从网上收集的2.5亿对图文。",
    ),
    # --- news about image and video models from Western labs
    (
        "benign",
        None,
        None,
        "2024年8月1日，德国弗莱堡的创业公司Black Forest Labs亮相，推出文生图模型家族FLUX.1。三位创始人Robin Rombach、Andreas Blattmann和Patrick Esser，早年在慕尼黑大学参与了后来成为Stable Diffusion的研究。FLUX.1有120亿参数，分三个版本：只能通过API调用的[pro]、开放权重但限非商业用途的[dev]，以及按Apache 2.0许可开源、四步就能出图的[schnell]。",
    ),
    (
        "benign",
        None,
        None,
        "2024年10月22日，Runway在Gen-3 Alpha里推出Act-One：拿一段演员对着镜头表演的视频，再加一张角色图片，就能让这个角色照样做出同样的表情、口型和眼神，整个过程用不着动作捕捉设备，也用不着给面部绑骨骼。",
    ),
    (
        "benign",
        None,
        None,
        "2023年5月，Adobe在Photoshop测试版里加入“生成式填充”（Generative Fill），背后是自家的Firefly模型：框选画面里的一块区域，输入一句话，就能添上、换掉或者去掉东西，也能把画布往外扩；生成的内容单独放在一个图层里，会自动贴合原图的透视和光线。官方演示里，在一段公路上框一下、输入“yellow road lines”，路面就多出了黄色标线。",
    ),
    (
        "benign",
        None,
        None,
        "Stability AI在2024年2月以研究预览的形式放出Stable Cascade，它基于Würstchen架构，由A、B、C三个阶段组成：C阶段按文字生成只有24×24的潜变量，A、B两个阶段再把它解码成高分辨率图像。Stable Diffusion把1024×1024的图压成128×128，压缩倍数是8，Stable Cascade做到了42，训练和推理都因此省下不少；模型按非商业许可发布。",
    ),
    (
        "benign",
        None,
        None,
        "2023年8月底，谷歌DeepMind和谷歌云推出SynthID测试版，先开放给Vertex AI上使用Imagen文生图模型的部分客户：它把肉眼看不出的数字水印直接嵌进AI生成图片的像素里，加滤镜、改颜色、存成有损压缩的JPEG之后仍能检测出来，检测结果分三档置信度。",
    ),
    (
        "benign",
        None,
        None,
        "2023年12月21日，Midjourney放出V6的alpha版本。这个模型花了九个月从头训练，能在图里写出更准确的文字，对提示词的理解也更贴字面；Midjourney由Leap Motion的联合创始人大卫·霍尔茨创办，总部在旧金山。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【吴江·盛泽××丝绸厂·厂门口直销店】真丝围巾、真丝睡衣、真丝枕套到了新货，扫码进店铺下单，围巾一百二十八一条，三天内发货，绸面有跳丝的包退。",
    ),
    (
        "offtopic",
        None,
        None,
        "【广饶·××轮胎厂·以旧换新】下载“××轮胎”App预约，旧胎拉到门店每条抵一百元，换满四条送一次四轮定位，扫码进群还能领保养券。",
    ),
    (
        "offtopic",
        None,
        None,
        "【共青城·××羽绒厂·员工内购会】本周六上午九点在三号仓库办内购会，羽绒服一律按出厂价，扫码进群预约时段，每人限购三件。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
