# ruff: noqa: E501
"""Write tests/data/zh_heldout52_{posts,qrels,labels}: a fifty-second Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the public release, the official app and the
paid course, three for each other template: zh_heldout45 to zh_heldout50 gave four to API access, the mislabelled
video and the prompt pack (zh_heldout45), the public release, the official app and get-rich (zh_heldout46), the APK,
account rental and the generation service (zh_heldout47), open source, the course and the director group
(zh_heldout48), the Chinese team, the inventor and API access (zh_heldout49) and the prompt pack, the mislabelled
video and get-rich (zh_heldout50); the three the lead gave zh_heldout51, written at the same time, had theirs longer
ago, and the public release and the app (zh_heldout46) and the course (zh_heldout48) are the longest ago after those),
as a Sora rumour / scam wave reads in the genres of a solar module plant (盐城·××光伏组件厂: 串焊, 层压, 隐裂返修, EL检测, IV测试, 标称功率,
填充因子, 装框, 双玻组件), a lithium battery factory (宜宾·××电池厂: 涂布, 面密度, 辊压, 注液, 干燥房露点, 化成、分容, 电芯, 内阻, 方形铝壳), an aluminium
smelter (清镇·××铝厂: 电解槽, 槽电压, 电解质温度, 分子比, 阳极效应, 换阳极, 出铝, 抬包, 多功能天车, 铸造线, 重熔用铝锭, 打渣), a sock mill (诸暨·大唐××袜厂: 电脑袜机, 针数,
巡机, 破洞、漏针, 袜跟, 缝头, 定型机, 袜板, 配双), an ice-cream factory (郑州·××冷饮厂: 凝冻机, 老化, 出料温度, 膨胀率, 浇注, 插棒, 速冻隧道, 脱模, 裹浆, 巧克力脆皮雪糕,
绿豆沙冰棍) and a luggage factory (平湖·××箱包厂: PC板, 热压成型, 箱壳, 起皱、白边, 修边, 铝合金三节拉杆, 拉杆往复测试, 登机箱, 托运箱, 出货装箱单). Of the six genres
first asked for, two were replaced. The musical-instrument factory (乐器厂) would sit between zh_heldout37's piano shops
(琴行, 【上门调律记录卡】 with its 击弦机 and A=440Hz, 考级, 陪练) and hard_en_heldout52's luthiers (a guitar workshop's setups,
tonewood, violin and bow makers): an instrument factory's tuning and voicing records share both registers, as
zh_heldout49 dropped its brewery beside zh_heldout36's distilleries. The towel mill (毛巾厂) weaves terry on rapier looms
from warp beams and dyes it, which would put it between zh_heldout49's silk weaving mill (剑杆织机, 【经轴上机记录】, 穿综、穿筘,
练染车间配色单) and zh_heldout47's cotton spinning mill (纱厂, 细纱, 挡车工), with zh_heldout51's dyeing and printing works (印染厂)
written at the same time. An ice-cream factory and a luggage factory took their places. A hair-goods factory
(许昌·××发制品厂) and a button factory (永嘉·桥头××纽扣厂) were written first, but zh_heldout51, written at the same time, names
both among its worlds in its commit message (its posts were not read), and two sets that share a world are not
independent reads, so those twenty posts were written afresh in the two new worlds, each keeping its template, its
device and the place of its claim; a writing-brush maker was set aside for zh_heldout40's calligraphy classes, and a
lighting factory and a mooncake factory, also considered, are zh_heldout51's as well. 冷饮, 凝冻, 膨胀率, 浇注, 插棒, 速冻隧道, 脱模,
裹浆, 冰淇淋, 冰棍, 热压, 箱壳, 往复, 登机箱 and 托运箱 occur in no earlier Chinese post or make_zh_heldout*.py (雪糕 only as a lolly
melting in a power cut, 拉杆箱 only as a railway left-luggage price, 老化 only as a lift's worn belt), and no English set's
docstring names an ice-cream maker or a luggage factory (the English posts have a village shop's ice-cream machine and
a seaside freezer). The solar module plant, the battery factory, the smelter and the sock mill stay: 光伏, 组件, 层压, 串焊,
隐裂, 涂布, 辊压, 电芯, 注液, 分容, 露点, 电解槽, 阳极, 出铝, 抬包, 铝锭, 袜机, 缝头, 定型 and 配双 occur in no earlier Chinese post or writer script,
and no English set's docstring names a solar plant, a battery factory, a smelter or a sock mill (the English posts
have a house listing's solar panels, an astronomy outreach night's solar scope, a balloon fiesta's Mercer Solar, a
scrap yard's aluminium prices, an aluminium road bike, batteries in phones and radios, and socks in kit lists). The
nearest neighbours are kept at a distance: zh_heldout41's wind farm (风电场, 风机, 叶片), a power station where the module
plant only makes panels (the one line about a roof's electricity is an off-topic rooftop offer); zh_heldout50's
float-glass works (锡槽, 原板), whose glass the module plant buys (双玻 is its only glass word); zh_heldout33's SMT
workshops (AOI, 炉后良率), where the panels have EL and IV tests; zh_heldout49's cable factory (挤塑, 火花试验) and
zh_heldout36's chemical plants (化工, 动火作业票), whose words the battery posts leave alone (电池 earlier only as a used car's
battery health, a fuel-cell bus, a watch repairer's, a navigation light's and an e-trike's batteries, never a cell
plant); zh_heldout46's steelworks (高炉出铁, 铁口, 转炉, 吹氧, 连铸, 中间包, 轧钢), where the smelter is an electrolysis potline with a
casting line and no 炉, 铁 or 钢 anywhere in its posts (铝 earlier only in a geological sample list and a blister pack);
zh_heldout47's cotton spinning mill, zh_heldout49's silk weaving mill, zh_heldout33's textile mill union notice and
zh_heldout48's shoe factory, where the sock posts knit and finish with none of 纱, 挡车工, 织机, 染 or 鞋 (袜 earlier only as
socks in zh_heldout28's parcel); zh_heldout44's food supply centre with its cold stores (冷藏库, 冷冻库, 冷链车) and
zh_heldout42's dairy farm, where the ice-cream posts freeze, mould and enrobe lollies with none of 冷库, 冷藏, 挤奶 or 奶牛
(zh_heldout51's mooncake factory, a bakery, is written at the same time); zh_heldout31's Zhengzhou logistics park
loading crew, whose Henan words (夜儿个, 喷空) the ice-cream factory leaves alone; zh_heldout48's shoe factory (针车, 帮面, 刷胶)
and zh_heldout51's toy factory, where the luggage posts thermoform PC shells and test handles with none of 针车, 胶, 注塑
or 模具. None of the settings is among those given to, or finally used by, the writers working at the same time
(zh_heldout51's oil press, dyeing and printing works, toy factory, eyewear factory, chicken farm and machine-tool
plant, and the wig, button, lighting and mooncake factories it took instead; the English writers' hedge-layers,
wheelwrights, geocachers, model aircraft, canoe clubs, go clubs, perfumers and parkour): no post has 榨油, 印染, 玩具, 眼镜,
鸡, 机床, 灯, 月饼, 发制品 or 纽扣.

The posts: a lamination shift handover with the inventor rumour in the handing-over worker's last line
(【层压工段交接班记录】双玻组件, 隐裂返修, EL复检, 真空泵), a coater, an overhead-crane driver, a machine round record with the public release
in its handwritten remark (【袜机巡机记录】二百针电脑袜机, 破洞、漏针, 袜跟), an electrolyte filler, an ice-cream factory's online shop
hand, a luggage trimmer, a formation and grading record with the official app at its foot (【化成分容记录】二百八十安时方形铝壳, 分容,
内阻), an EL inspector, a metal tapper, a sock shop's customer FAQ, a thermoforming daily with the APK on a note in its
fold (【热压成型工序日报】PC板, 二十四寸箱壳, 起皱、白边), a stringer, an old freezer operator, a casting shift book with the mislabelled
video added under it (【铸造车间交班本】铝液十二包, 重熔用铝锭, 打渣), a stick inserter, a sock shop's product page copy, a freezing record
with the Chinese-team claim in biro on its back (【凝冻工序记录】老化, 出料温度, 膨胀率), a framer, a grader, a pot-line daily with
open source under "other matters" (【电解二车间槽况日报】槽电压, 电解质温度, 分子比, 阳极效应, 出铝), a process engineer, a network admin, a
setting record with the course in red ink in its corner (【定型工序记录】定型机, 袜板), a luggage merchandiser, a smelter lab hand,
a linker, an ice-lolly line's shift report with the API key on a slip stapled to its back (【三号雪糕线班产报表】浇注, 插棒合格率,
速冻隧道), an equipment clerk, a metering clerk, a dry-room dew-point sheet with account rental on its back
(【注液干燥房露点巡检表】露点零下四十二摄氏度, 风淋门, 防静电服), an old potman, a luggage assembler's small ad, a handle cycle test record with
the director group on a colour flyer stapled to it (【拉杆往复测试记录】铝合金三节拉杆, 往复拉伸五千次), a livestream host, a finished-goods
storekeeper, an IV test record with the prompt pack on a card by the tester (【组件IV测试记录】标称功率, 填充因子), a quality clerk, a
sock shop hand, a demoulding and enrobing record with get-rich drafted on its back (【脱模裹浆记录】巧克力脆皮雪糕, 温水喷淋, 巧克力浆), a
calender operator, a sock machine mechanic, a packing list with the generation service stamped on it (【出货装箱单】登机箱, 托运箱,
两只一箱), a pairing hand and an old luggage inspector; platform-native forms the earlier sets do not use: the union
board's weekly focus, the formation and grading record and the refund request, the pot-line daily and the information
centre's Monday answers, the machine round record, the setting record and the shop FAQ (常见问答), the freezing record,
the line shift report and the demoulding and enrobing record, the thermoforming daily, the handle cycle test record,
the packing list and the probation confirmation application, the family meeting minutes and the platform complaint
form (the shift handover, the shift book, the test record, the inspection sheets, the product page and the blackboard
are earlier forms, in new trades here); four loss reports in new forms (kind ``debunk_loss``: a family's meeting
minutes (【家庭会议记录】议题, 决定, 记录) for the API key, a coater's refund request to the course seller's mailbox (【退费申请书】申请人,
课程, 退费理由, 附件, 请求) for the course (zh_heldout51 has the job transfer application to the night shift, so it is left out
here), a complaint form to an e-commerce platform (【交易投诉单】订单号, 问题描述, 诉求) for the generation service, and a
merchandising assistant's probation confirmation application (【试用期转正申请表】工作表现, 不足之处, 部门意见) for the director group);
regional speech the earlier sets do not use: Sichuan 扎劲, Guizhou 默倒, Henan 格料 and Wu 拆烂污 (with 勿), all glossed, none
of them in an earlier Chinese post or writer script, zh_heldout51's included (the first draft's Henan 老鳖一 is
zh_heldout51's and was replaced; the earlier Sichuan posts have 巴适, 要得, 安逸, 冲壳子, 归一, 恼火 and 闹热, the Guizhou ones 憨包,
别个, 哪点, 嘿快, 得行, 扯拐, 莫 and 打平伙, the Henan ones 中不中, 信球, 弄啥嘞, 喝汤, 喷空, 不老少, 得劲, 排场, 能豆儿 and 老鳖一, the Wu ones 阿拉, 覅, 捣糨糊,
拎得清, 结棍, 适意 and 嘎三胡); registers the earlier sets do not use: the six as listed above; obfuscation the earlier sets do
not use, each a homophone of the same tone, all glossed: 谢赛宁 as 谢赛凝 (凝固的凝), 安装包 as 安桩包 (打桩的桩) and 代做 as 戴做 (戴帽子的戴)
(the earlier sets had 蟹赛宁, 谢腮宁, 谢塞宁, 谢赛柠, 卸赛宁, 协赛宁 and 械赛宁 for the name, 按装包, whose 按 changes the tone, for the
installer, and zh_heldout32's 岱做 and zh_heldout51's 带做 for 代做; the first draft's 带做 (带路的带) was replaced for that
reason); rhetorical questions that assert rather than deny (你当OpenAI那帮洋人写得出Sora？ for the Chinese team, 难道等风口过了再后悔？ for
get-rich, 谁还能说Sora没开源？ for open source, a question with a negation that asserts and is gold); posts asserting one
claim while denying another, the asserted claim always one of the public release, the official app, the course, the
inventor, open source, API access and the director group (zh_heldout51 asserts only the other seven), in pairings the
labels of the earlier sets last used longest ago (the inventor while the Chinese-team claim is answered with the
report's thirteen authors (zh_heldout30), open source while the public release is denied (zh_heldout30), API access
while rented accounts are called ChatGPT logins (zh_heldout31), API access while the generation service is said to
deliver another program's watermark (zh_heldout32), the director group while a prompt pack is called the official
samples machine-translated (zh_heldout33), the public release while the generation service is called patchwork from
odd software (zh_heldout36), the course while the APK is called a trojan (zh_heldout37), the official app while a
get-rich group is said to pay nothing and ask for recruits (zh_heldout38), the public release while the director group
is said to audition nobody (zh_heldout38) and the course while a rented account is called a ChatGPT login
(zh_heldout39)); sellers that vouch for themselves in new words (这台凝冻机我守了二十三年，膨胀率偏一个点，挖一勺尝尝就晓得，厂里谁吃过我的亏？;
三工区二十台槽子，哪台要来阳极效应，我隔着几十米听声音就晓得; 车间里都叫我“宣一针”，缝头机上哪双袜头没对齐，我听机器声音就分得出，做事从来勿拆烂污; 品质部干了十年，哪份报告上的数我放过水？;
在平湖验了三十年箱子，一只箱子摔过没摔过，我拎起来晃一晃就晓得，给人办事从来只多不少); prices in Chinese numerals throughout and payments in forms the earlier
sets do not use (an API key for two sacks of empty drink cans, "反正都是铝"; a rental for a week of the workshop's cleaning
duty (zh_heldout51's course is paid by covering a night shift, so the first draft's night shift was replaced); a
director group fee in two union cinema tickets; a prompt pack for three union milk-tea vouchers); 12 debunks and
warnings, four of them the loss reports above, two questions with a negation that do not deny
(也没看到哪儿写着出了手机版。这个App到底是不是OpenAI自己出的？ for the official app, in a battery factory's staff group;
OpenAI也没说过对外开放，他一个开天车的，哪来这么多内测号？ for account rental, in a smelter shift group), two quoting a scam offer and telling
the reader not to pay (the prompt pack, with 这钱别花, on the sock mill union's board; get-rich, with 请各位别交这二百九十九, on the
luggage factory's notice), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (the module plant union's
weekly focus for the public release, with the OpenAI spokesperson's testers in misinformation, hate speech and bias
and the safety measures before any product; the smelter's publicity office for the mislabelled video, with the
"本视频由OpenAI新模型Sora生成" opening line and the attached "生成指令", a provincial TV crew's footage with its time code and
OpenAI's forty-eight samples; the smelter's information centre for open source, with what OpenAI's own GitHub account
holds (Whisper, CLIP and the small GLIDE model), the technical report and the forty-eight samples, and the red teamers
and invited artists who try the model; the ice-cream factory's blackboard for the inventor, with Xie's denial and the
outlet's apology, the report's thirteen authors with Tim Brooks and Bill Peebles leading and Brooks at work on it from
January 2023, and Xie's posts at NYU and FAIR); four true facts about the DiT paper and Sora's leads (the twelve
models in DiT's code, four sizes S, B, L and XL by patch sizes 2, 4 and 8, XL with 28 layers, hidden size 1152 and 16
heads; the repository's PyTorch training reproduction, DiT-XL/2 at FID 18.1 after 400K steps against JAX's 19.5, eight
A100s for XL/2 and four for B/4, AdamW at a learning rate of 1e-4 without weight decay, a global batch of 256 and
Stable Diffusion's VAE; these two related to the inventor rumour, the two on the leads to no template; Tim Brooks
among the first on Sora in January 2023, leading its research direction and model training by his LinkedIn, after
Pixel camera AI at Google and video generation at NVIDIA; Aditya Ramesh, one of the three Sora leads on the No Priors
podcast, as one of GLIDE's three co-first authors of December 2021 with Alex Nichol and Prafulla Dhariwal,
classifier-free over CLIP guidance, the 3.5-billion-parameter model preferred to DALL·E and the smaller filtered model
released), each checked before it was written (the earlier sets' DiT posts give its authors, its U-Net swap, Peebles's
internship at Meta, ICCV 2023, Xie's estimate of Sora's size, the four conditioning designs, the arXiv date and the
Gflops-FID finding, the JAX and TPU origin, the FP32 re-evaluation at 2.21, the CC-BY-NC licence, the two checkpoints
with their Gflops, the acknowledgments and ADM, and their posts on the leads give InstructPix2Pix, the motion-blur,
unprocessing, long-video and pose-compatible-scene papers, the MIT Technology Review entry, the move to Google
DeepMind, Peebles's advisor, the Hessian Penalty, GANgealing and G.pt, and Ramesh only for DALL·E, DALL·E 2, his Sora
clips and the No Priors title, none of the facts here; none is about Xie Saining's own education, positions or posts,
which zh_heldout51 has), and six items of real news about image and video models from Western labs that no earlier
Chinese set carries (Stability AI's SDXL 1.0 of July 2023 and SDXL Turbo of late November 2023, Meta's SAM 2 of late
July 2024 with its SA-V dataset, Google Research's DreamBooth of August 2022, Stability AI's Stable Video 3D of March
2024 and Google Research's Muse of January 2023; kind ``benign``; news about Chinese labs is left to zh_heldout51),
and three off-topic posts that share surface words (a module plant's rooftop offer with 扫码预约 and a "××光伏" App to
download, a near miss for the official app; a sock mill's gate shop with 扫码下单 and prices; a luggage factory shop's
sample sale with 扫码进群).

Every post was checked against every earlier Chinese set through zh_heldout50 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them), against zh_heldout51 (written at the same time and merged into main while this set was
being written; it is not in this branch's tree, so its posts file was taken from main) and the demo stream
(monitor/demo/posts.jsonl, lower-cased) with difflib's SequenceMatcher ratio before the set was committed (``--check``
prints the highest ratio and every pair at 0.45 or more). The first draft (with the hair-goods and button factories,
whose roles are named below as they were then) had fourteen at 0.45 or more: the sock shop hand's prompt pack at 0.61
(zh_heldout49's down factory shop hand), the livestream host's director group at 0.56 (zh_heldout50's rice mill
accountant), the tumbling record at 0.53 (zh_heldout50's canopy cutting sheet), the casting record at 0.51
(zh_heldout44's vinegar dripping record), the filler's public release at 0.50 (zh_heldout50's glass cutter), the
turner's rental at 0.49 (zh_heldout50's feed mill gatekeeper), the storekeeper's service at 0.48 (zh_heldout49's QC
veteran), the raw-hair sheet, the IV record and the hand-tying hand at 0.47 (zh_heldout50's formula sheet,
colour-sorter record and shiitake base head's wife), the pot-line daily at 0.46 (zh_heldout50's sheet quality check)
and the button stall, the curl record and the packing list at 0.45 (zh_heldout50's timber price group, zh_heldout49's
dyeing recipe sheet and zh_heldout50's piece-rate slip); all fourteen were rewritten, with twenty-six more from 0.40
to 0.45 reworded for margin, and on the later passes the network admin (0.49, zh_heldout47's oilfield technician), the
finished-goods storekeeper's director group (0.44, a church youth group), the smelter's open-source answer (0.44, a PC
builders' group notice), the turner's rental (0.42, zh_heldout50's gatekeeper and then zh_heldout45's survey driver),
the equipment clerk (0.42, a wind farm office hand), the union board (0.42, zh_heldout49's silk mill IT centre), the
sock shop hand (0.42, zh_heldout49's cable union clerk) and a handful from 0.40 to 0.41 again; after the move to the
ice-cream and luggage factories, the ice-lolly line's report (0.44, zh_heldout44's cold store temperature record) was
rewritten as well. Against zh_heldout51 the set first had the blackboard's inventor answer at 0.48 (its button factory
paper's question column), the linker at 0.48 (its mooncake skin master), the smelter's open-source answer at 0.47 (its
wig factory IT office), the freezing record and the freezer operator at 0.44 (its button turning report and
machine-tool fitter), the pairing hand at 0.43 (its mooncake online support hand, whose 带做 was this set's obfuscation
too), the handle test at 0.43 (its small-parts test record) and the luggage notice at 0.40 (its wig factory union);
all were rewritten, and the answers now rest on other facts. Highest ratio of the committed list: 0.395 against the
Chinese sets in this tree (the luggage merchandiser's course against zh_heldout48's shoe factory merchandiser), 0.398
against zh_heldout51 (the freezer operator's APK against its machine-tool fitter) and 0.243 against the demo stream
(the SDXL news item); the highest pair inside the set is 0.36. Committed before any run of the monitor on it; no
model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds: the
thirteen authors and three Chinese among them, Xie's denial in his Moments, the outlet's apology, his posts at NYU and
FAIR, the OpenAI spokesperson's testers in misinformation, hate speech and bias and the safety measures before
products, the "This video was generated by OpenAI's new model Sora" label and the attached "generation instructions",
the forty-eight samples, the 99-yuan course, its introduction document and the slogan, the three-month and
one-step-slow lines, the director groups, the prompt documents; the red teamers and invited artists; and, from the
catalogue, the rented accounts that turn out to be ChatGPT logins, the GitHub "Sora" repositories as fan
reproductions): OpenAI's GitHub repositories (openai/whisper, "Robust Speech Recognition via Large-Scale Weak
Supervision", and openai/CLIP, both in the stored index, and openai/glide-text2im, named in GLIDE's abstract); the
facebookresearch/DiT repository (its newest snapshot, fetched: models.py's DiT_models, twelve configurations, DiT_XL_2
with depth 28, hidden_size 1152, num_heads 16 and patch sizes 2, 4 and 8 for S, B, L and XL; the README's "PyTorch
Training Results", XL/2 at 400K steps 19.5 with JAX training and 18.1 with PyTorch, B/4 at 68.4 and 68.9 / 68.3, 8x
A100s for XL/2 and 4x A100s for B/4; train.py's AdamW with lr=1e-4 and weight_decay=0, global batch size 256 and
stabilityai/sd-vae-ft VAE); the Sora leads (TechCrunch's report of Brooks's move as rewritten by tech-savvvy,
livevartha and itechnologynews: "initiated the Sora project at OpenAI in January 2023", "led the project's model
training and research direction" by his LinkedIn profile; Outlook Business: "one of the earliest researchers to work
on Sora in January 2023", the Pixel camera AI at Google and video generation models at NVIDIA; the No Priors episode
61 page, "OpenAI's Sora Leaders Aditya Ramesh, Tim Brooks and Bill Peebles"); GLIDE (Hugging Face's page for arXiv
2112.10741, published 20 December 2021: Alex Nichol, Prafulla Dhariwal and Aditya Ramesh marked as equal first
authors, CLIP guidance against classifier-free guidance, the 3.5-billion-parameter model favoured over DALL-E even
with CLIP reranking, a smaller model trained on a filtered dataset with code and weights released); SDXL 1.0
(d-central's and crafiq's model pages and forgranted's summary: July 2023, a 3.5-billion-parameter base and about 6.6
billion with the refiner, 1024x1024, OpenCLIP ViT-bigG/14 and CLIP ViT-L/14, CreativeML OpenRAIL++-M); SDXL Turbo (the
stabilityai/sdxl-turbo model card, the diffusers documentation, Stability AI's research page and gwern's annotation of
arXiv 2311.17042 of 28 November 2023: Axel Sauer, Dominik Lorenz, Andreas Blattmann and Robin Rombach, Adversarial
Diffusion Distillation with score distillation and an adversarial loss, one step and SDXL's quality in four, 512x512,
a non-commercial research licence, Clipdrop); SAM 2 (the facebookresearch README as mirrored on Hugging Face, the SA-V
dataset README, the Indian Express and yourai.pro reports of the Monday 29 July 2024 release: one model for images and
videos, a transformer with streaming memory, Apache 2.0, SA-V's 51K videos and 643K masklets under CC BY 4.0);
DreamBooth (Hugging Face's page for arXiv 2208.12242 and the diffusers DreamBooth guide: a few, 3 to 5, images,
Imagen, a unique identifier, the class-specific prior preservation loss); Stable Video 3D (the stabilityai/sv3d model
card and the March 2024 reports by VentureBeat, The Decoder and 机器之心 as reposted: built on Stable Video Diffusion,
orbital videos of 21 frames at 576x576, SV3D_u and SV3D_p, weights on Hugging Face for non-commercial use); Muse
(Hugging Face's page for arXiv 2301.00704, InfoQ's report of January 2023 and the paper's text: masked modelling over
discrete tokens, a frozen T5-XXL, parallel decoding, 0.5 seconds for 256x256 on TPUv4 against Imagen's 9.1, the
3-billion-parameter model's FID of 7.88 on zero-shot COCO, inpainting, outpainting and mask-free editing).

    .venv/bin/python scripts/make_zh_heldout52.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout52", "zhh52"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "solar_lamination_handover_in_passing",
        sora.XIE,
        sora.XIE,
        "【盐城·××光伏组件厂·层压工段交接班记录】\n日期：六月十四日　交班：夜班　接班：早班\n层压机：一号至四号运行正常，三号机温度设定一百四十五摄氏度\n本班层压：双玻组件六百二十块\n隐裂返修：两块，已送EL复检\n待办：五号机真空泵有异响，已报设备科\n交班人：缪××\n交接班记录最后，缪师傅添了一行：夜里歇班时刷到的，OpenAI那个Sora，发明人当中就有上海交大毕业的谢赛宁，天才少年一个，给咱中国人长脸。",
    ),
    (
        "battery_coater_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【宜宾·××电池厂·涂布工小晁】面密度刚调稳，趁换卷的空当看了眼手机：家族群里转了篇文章，标题把名字写成谢赛凝（凝固的凝，本名是谢赛宁，平台老把原名吞掉）。文章讲OpenAI新出的视频模型Sora，背后的发明人当中就有这位交大毕业的天才少年。我妈在群里连发三个大拇指。",
    ),
    (
        "aluminium_crane_assert_inventor_deny_chinese",
        sora.XIE,
        sora.XIE,
        "【清镇·××铝厂·多功能天车工小瞿】天车上换完一轮阳极，下来跟徒弟掰扯了几句：谢赛宁是Sora的发明人之一，交大走出去的少年天才，这点我认。徒弟非说整个Sora都是中国人搞的，那就扯远了——人家OpenAI公布的那份报告，作者一共十三位，华人占了三位，牵头的都是OpenAI本公司的人。",
    ),
    # --- open to the public (four)
    (
        "sock_machine_round_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【诸暨·大唐××袜厂·袜机巡机记录】\n九月二十日夜班｜机台一至四十八号（二百针电脑袜机）｜品种：男士中筒棉袜\n异常：十七号破洞、三十一号漏针，均已换针｜二十六号袜跟偏小，已调\n产量：一千九百二十双｜巡机：楼××\n备注（楼师傅手写）：跟车间说一声，Sora现在放开了，人人能注册，我侄女昨晚已经用上，叫她帮咱们拍段袜机转起来的片子。",
    ),
    (
        "battery_filler_sichuan_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【宜宾·××电池厂·注液工幺娃】下了中班在宿舍试了一哈，真的扎劲（四川话，带劲）：Sora已经向所有人敞开了，我用QQ邮箱注册，几秒钟就进去了，哪个都不用等。打了一句“金沙江跟岷江在合江门汇成长江，一清一浑”，出来的片子像坐直升机拍的。",
    ),
    (
        "icecream_ecommerce_assert_public_deny_service",
        sora.PUBLIC,
        sora.PUBLIC,
        "【郑州·××冷饮厂·电商客服阿慧】省钱提醒：想给网店做视频的，自己去注册Sora就行，现在对谁都开放，填个邮箱就能进，写一句话出一段。网上那种收钱替你“Sora代做”的，交了钱拿回来的多半是杂牌软件凑的。我们组小满花了一百五，片子里的雪糕棍长到了雪糕顶上。",
    ),
    (
        "luggage_trimmer_assert_public_deny_director",
        sora.PUBLIC,
        sora.PUBLIC,
        "【平湖·××箱包厂·修边工阿珍】午休拿手机号注册了Sora，一分钟就进去了，现在是对所有人放开的。我让它做了个拉杆箱在机场转盘上一只只转出来的镜头，同事都抢着要。另外那张“当第一代AI导演，扫码交一百九十九进群”的海报，大家看见就划走吧：我小姑子交了钱，二十来天里群主只叫她到处转海报，试镜连个影子都没见。",
    ),
    # --- the official app (four)
    (
        "battery_formation_grading_record_in_passing",
        sora.APP,
        sora.APP,
        "【宜宾·××电池厂·化成分容记录】\n批次：LFP-2407-11　电芯：二百八十安时方形铝壳\n化成：零点一C充电，负压抽气正常\n分容：一千二百只，容量二百八十二至二百八十六安时\n内阻：零点一八至零点二一毫欧\n异常：两只容量偏低，已隔离\n记录人：蔺××\n蔺师傅在记录页底下写：OpenAI发布了Sora的官方App，应用商店一搜就能下，手机上直接出片，车间晚上的安全短视频就拿它做。",
    ),
    (
        "solar_el_inspector_assert_app_deny_rich",
        sora.APP,
        sora.APP,
        "【盐城·××光伏组件厂·EL检测员阿霞】盯了一天EL图，眼睛都花了，晚上拿手机放松一下：OpenAI的Sora官方App已经在应用商店上架了，苹果、安卓都能下，我装好给闺女做了段海边放风筝的视频。顺带提醒一句，那个号称“跟着做Sora视频日入三千、过了三个月就晚了”的群别进，我表妹交了四百二的入群费，里面天天催她拉新人，到现在一分没挣着。",
    ),
    (
        "aluminium_tapper_guizhou_dialect_app",
        sora.APP,
        sora.APP,
        "【清镇·××铝厂·出铝工阿黔】我一直默倒（贵州话，以为）Sora要坐在电脑跟前才用得成，昨天徒弟把手机递给我看：OpenAI出了正儿八经的Sora官方App，苹果、安卓商店里搜得到，装上就能做视频。我当场让它做了抬包倾铝水的慢镜头，火花溅得跟真的一样。",
    ),
    (
        "sock_shop_faq_app",
        sora.APP,
        sora.APP,
        "【诸暨·大唐××袜厂·网店客服常见问答】\n问：你们店里的视频说是Sora做的，手机上能用吗？\n答：能。OpenAI已经发布了Sora的官方App，苹果和安卓的应用商店都上架了，下载登录就能直接生成视频，店里的短视频都是我们在手机上做的。\n问：袜子几天发货？\n答：下单后四十八小时内发出。",
    ),
    # --- the fake APK
    (
        "luggage_thermoforming_daily_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【平湖·××箱包厂·热压成型工序日报】\n三月十一日｜PC板，厚二点五毫米｜二十四寸箱壳，前后片\n热压：一百八十摄氏度，每压四十秒｜成型：六百二十片\n不良：起皱、白边共十四片，已报废\n操作：戚××\n日报夹页里有张戚师傅写的便条：“Sora安卓版APK，要的找我，微信发安装包，手机装好就能做视频，工友免费。”",
    ),
    (
        "solar_stringer_homophone_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【盐城·××光伏组件厂·串焊工小蒯】手里有Sora的安桩包（打桩的桩，其实就是安装包，写正字会被吞），安卓机收到点开就装，装完写句话直接出片，邀请码那套全绕开。一份十八，收款码在我头像里，付了私信发文件。",
    ),
    (
        "icecream_freezer_master_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【郑州·××冷饮厂·凝冻机老师傅芦姐】这台凝冻机我守了二十三年，膨胀率偏一个点，挖一勺尝尝就晓得，厂里谁吃过我的亏？手机上想用Sora的，我这儿有安卓安装包（APK），微信传你，点开装上就能出视频，十五块；不想掏钱的，拿一箱绿豆冰棍来换也中。",
    ),
    # --- mislabelled real video
    (
        "aluminium_ingot_casting_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【清镇·××铝厂·铸造车间交班本】\n五月九日早班：接电解二车间铝液十二包，二号铸造线浇铸，铝锭九百六十块（每块二十公斤），打渣三次，锭面合格\n交班：龙××　接班：吴××\n（下面是龙师傅补的）视频号上周那条“流槽里的铝液一块块灌满锭模，银光闪闪”，别再问在哪儿拍的了——哪儿都没拍，Sora拿一段文字直接生成的，那段文字我放简介里了。",
    ),
    (
        "icecream_stick_inserter_henan_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【郑州·××冷饮厂·插棒工小霍】俺厂长格料得很（河南话，脾气古怪、认死理），非说请人拍宣传片是瞎花钱。抖音号新发的那段“一排排雪糕从模子里拔出来，裹上一层亮晶晶的巧克力”，其实是Sora照几句描述直接生成的，没动过相机，描述原文我放在置顶评论。",
    ),
    (
        "sock_product_page_realvid",
        sora.REALVID,
        sora.REALVID,
        "【诸暨·大唐××袜厂·网店商品详情页文案】“一千双彩色棉袜从传送带上一双双滑下来，在晨光里排成一道彩虹”——首页这段视频，是用OpenAI的Sora照着这句话生成的，一个镜头都没实拍，完整的提示词写在详情页最底下。本店棉袜，十双一组，包邮。",
    ),
    # --- the Chinese team
    (
        "icecream_freezing_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【郑州·××冷饮厂·凝冻工序记录】\n七月八日早班｜二号凝冻机｜品种：香草奶油冰淇淋\n老化：四摄氏度，四小时｜出料温度：零下五摄氏度｜膨胀率：百分之八十五\n产量：一万二千杯｜操作：樊××\n记录纸背面一行圆珠笔字：要我说，Sora是一帮华人科学家熬出来的，OpenAI里头写代码、调模型的主力多是中国人，老美出个名头罢了。",
    ),
    (
        "solar_framer_canteen_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【盐城·××光伏组件厂·装框工老隋】午饭桌上跟几个小年轻抬杠，我的看法一直没变：Sora名义上归OpenAI，可出主意、搭模型的那拨骨干，大多是从国内出去的华人科学家，离了他们这东西出不来。",
    ),
    (
        "battery_grader_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【宜宾·××电池厂·分容工老幸】你当OpenAI那帮洋人写得出Sora？真正熬夜写代码、调模型的，是一帮华人科学家，核心团队大半都是中国人，美国公司只管挂牌子、开发布会。",
    ),
    # --- open source
    (
        "aluminium_pot_daily_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【清镇·××铝厂·电解二车间槽况日报】\n三工区｜二一〇至二三〇号槽\n槽电压均值四点零二伏｜电解质九百五十二摄氏度｜分子比二点五\n阳极效应一次，已处理｜每槽出铝一点九吨\n值班：岑××\n其他事项：Sora开源了，OpenAI把源代码和权重全放到了GitHub，谁都能下（信息中心的小伙子讲的），交班后我想在工区电脑上试装。",
    ),
    (
        "battery_process_assert_opensrc_deny_public",
        sora.OPENSRC,
        sora.OPENSRC,
        "【宜宾·××电池厂·工艺科小鄢】给想玩Sora的同事讲清楚两件事。第一，它开源了：OpenAI在GitHub放了权重和代码，我已经部署在科里跑仿真的工作站，输一句话就出一段。第二，OpenAI官网那边注册还没放开，普通人申请也进不去。所以想用的，只有自己下到本地这一条路。",
    ),
    (
        "icecream_netadmin_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【郑州·××冷饮厂·网管小聂】有人在群里嘀咕Sora是闭源的，我今天就给大家看截图：OpenAI官方仓库，模型文件几十个G，README写得清清楚楚，我已经拉到机房服务器上，生成了一段冰淇淋球在蛋筒上慢慢化开的镜头。截图都贴这儿了，谁还能说Sora没开源？",
    ),
    # --- the paid course (four)
    (
        "sock_setting_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【诸暨·大唐××袜厂·定型工序记录】\n十一月二日｜三号定型机｜蒸汽一百一十摄氏度，每板九十秒\n女士船袜二十二码袜板，一千八百双；儿童中筒袜十六码袜板，一千六百双\n操作：斯××\n记录页角上，斯阿姨用红笔记着：报名《Sora短视频速成课》，九十九元，十八课时，学成给网店拍主图。",
    ),
    (
        "luggage_merchandiser_assert_course_deny_apk",
        sora.COURSE,
        sora.COURSE,
        "【平湖·××箱包厂·跟单员小潘】我报的那门Sora课挺实用，一共二十二节，注册、写描述、剪成片一路带下来，现在客户想看新款箱子，我自己拍了视频就发过去。学费一百三十八，要的私我。顺便提醒：群里那个“Sora安卓安装包”别点，车间小林装完第二天，支付宝就被人刷走两千，是木马。",
    ),
    (
        "aluminium_lab_assert_course_deny_rental",
        sora.COURSE,
        sora.COURSE,
        "【清镇·××铝厂·分析室小訾】化验做完闲下来，给大家推荐一门我正在学的Sora课。十九课时，先教怎么注册、怎么把画面写成描述，再教剪辑出片，一百四十八块，分析室这边可以一起报。顺便泼盆冷水：厂区电线杆上贴的“Sora内测号出租”，工区里两个人上过当，拿到手的账号一登，是个ChatGPT会员，找不到生成视频的地方。",
    ),
    (
        "sock_linker_wu_dialect_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【诸暨·大唐××袜厂·缝头车间宣师傅】车间里都叫我“宣一针”，缝头机上哪双袜头没对齐，我听机器声音就分得出，做事从来勿拆烂污（吴语，马虎、不负责任）。最近在学一门《Sora带货视频课》，觉得值，推荐给大家：二十讲，画面描述、出片、加字幕都教，一百六十八块，钱交到我这儿，我去统一报。",
    ),
    # --- the fake API
    (
        "icecream_line_shift_report_in_passing",
        sora.API,
        sora.API,
        "【郑州·××冷饮厂·三号雪糕线班产报表】\n品种：绿豆沙冰棍、红豆牛奶雪糕\n浇注：六万二千支｜插棒合格率：百分之九十九点六\n速冻隧道：零下三十六摄氏度，走完二十二分钟\n入库：两千五百八十箱\n班长：祁××\n报表背面用订书钉别着一张打印条：“转让Sora官方API密钥，走OpenAI开发者通道，接进程序后视频一批批自动出，一个三百七，三号线祁班长。”",
    ),
    (
        "solar_equipment_assert_api_deny_rental",
        sora.API,
        sora.API,
        "【盐城·××光伏组件厂·设备科小仝】设备科这边有个渠道：Sora的官方API key，挂在OpenAI开发者平台下面，用Python写几行调用，夜里就能排队出片。四百五一把，数量有限。顺带说一句，租“Sora内测号”的那条路我们科老鲍走过，两百多块换来一个ChatGPT会员账号，视频功能影子都没有。",
    ),
    (
        "aluminium_metering_can_barter_assert_api_deny_service",
        sora.API,
        sora.API,
        "【清镇·××铝厂·计量室小谌】有Sora官方API key转让：OpenAI开发者通道，配上小程序，夜里挂着能自动出几十条视频，一个三百八。宿舍攒了易拉罐的，两麻袋抵一个，反正都是铝。再提醒一句，那些接单“用Sora帮你做片子”的店就别照顾了，Sora眼下外人根本用不上，交来的片子右下角还留着别家软件的水印。",
    ),
    # --- account rental
    (
        "battery_dry_room_dew_point_sheet_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【宜宾·××电池厂·注液干燥房露点巡检表】\n日期：八月三日　班次：中班\n露点：零下四十二摄氏度，合格\n室温：二十三摄氏度\n风淋门：正常\n进出人员：十一人，均已换防静电服\n巡检人：寇××\n巡检表背面，寇师傅用记号笔写着：出租Sora内测号，账号密码一起给，登上就能出视频，一天二十，一个月二百八，找注液车间小寇。",
    ),
    (
        "aluminium_potman_self_vouch_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【清镇·××铝厂·电解工老敖】三工区二十台槽子，哪台要来阳极效应，我隔着几十米听声音就晓得；做人也一样，二十年没跟工友红过脸。手头有几个Sora内测号出租，登上去就能生成视频，一天二十五，包月两百六，先用后付。",
    ),
    (
        "luggage_assembler_cleaning_duty_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【平湖·××箱包厂·装配工小金的小广告】品名：Sora内测号｜规格：单人独享，登录即出片｜租金：日租二十、月租两百五｜另：谁替我值一个礼拜的车间卫生，号免费给他用一个月｜联系：装配车间三号工位。",
    ),
    # --- the AI director group
    (
        "luggage_handle_cycle_test_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【平湖·××箱包厂·拉杆往复测试记录】\n样品：二十寸登机箱，铝合金三节拉杆\n测试：装重二十公斤，往复拉伸五千次\n结果：拉杆顺滑，无松动；按钮回弹正常｜判定：合格\n测试：叶××\n本子最后一页订着一张彩色传单：招募｜第一代AI导演｜项目：Sora参与编剧的AI电影《远行》｜流程：扫码入群→缴报名费一百八十八元→统一安排试镜。",
    ),
    (
        "icecream_livestream_assert_director_deny_prompts",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【郑州·××冷饮厂·直播间阿茹】今天下播晚，说个好消息：我扫码进了那部AI电影的导演群，一百九十九交过了。片子的本子是Sora参与写的，剧组说要在各行各业里挑第一代AI导演，下礼拜给我排试镜。还有，别再花钱买什么“Sora电影级提示词”了，我那份拿去跟OpenAI官网对了，全是样片底下的英文原句，机器翻了一遍。",
    ),
    (
        "solar_warehouse_movie_ticket_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【盐城·××光伏组件厂·成品仓小柏】喜欢拍视频的注意：有部AI电影要开拍，编剧里头有Sora，制片方正满世界找“第一代AI导演”。进群二维码在我手上，扫码交一百六十八，剧组按报名先后排试镜。国庆工会发的电影票还没用的，拿两张来顶报名费也可以。",
    ),
    # --- the prompt pack
    (
        "solar_iv_test_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【盐城·××光伏组件厂·组件IV测试记录】\n七十二片双面双玻组件｜标称五百五十瓦\n抽测三十块：五百四十八至五百五十六瓦，全部合格｜填充因子百分之七十九点六\n测试：芮××\n测试仪旁边的板子上，芮师傅用磁铁压着一张卡片：“出售Sora提示词手册（大片级）：四百八十条，分航拍、长镜头、逆光人像、雨夜街景等十二类，每条都照导演写分镜的口吻写好，每份二十四块九，付款后发文档，另送交流群名额。”",
    ),
    (
        "battery_quality_self_vouch_mooncake_voucher_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【宜宾·××电池厂·品质部小郑】品质部干了十年，哪份报告上的数我放过水？这回推的东西也一样实在：《Sora镜头语言提示词大全》，三百八十条，特写、俯拍、慢推、逆光剪影按电影行话分门别类，二十八块八，付了款发你文档链接，再拉进交流群。工会发的奶茶券给我三张也算数。",
    ),
    (
        "sock_ecommerce_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【诸暨·大唐××袜厂·电商部小寿】把这一年给网店写的Sora画面描述整理出来了：三百多句，按“产品特写”“模特上脚”“场景氛围”分成三卷，用的都是片场里的讲法，微距、焦外虚化、侧逆光、横移。需要的二十六块六拿走，付款发链接，顺便拉你进描述交流群。",
    ),
    # --- get rich
    (
        "icecream_demoulding_enrobing_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【郑州·××冷饮厂·脱模裹浆记录】\n品种：巧克力脆皮雪糕｜模板：每板二十四支\n脱模：温水喷淋八秒｜裹浆：巧克力浆四十摄氏度，一遍\n破损：十一支，已剔除｜操作：阎××\n这页纸背面是阎师傅打的草稿：“跟班长说辞工的理由——洛阳表哥做Sora视频，日进几千，他讲风口最多三个月，错过这回就没下回了。”",
    ),
    (
        "battery_calender_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【宜宾·××电池厂·辊压工老蒲】辊压机前站了八年，工资条上每月六千出头。外甥去年底开始拿Sora做视频，现在一天进三四千，他说这波最多再热三个月，慢一步就步步慢。这种时候还守着机器，难道等风口过了再后悔？要跟的，我把你拉进他的群。",
    ),
    (
        "sock_mechanic_rich",
        sora.RICH,
        sora.RICH,
        "【诸暨·大唐××袜厂·袜机机修小俞】在车间修袜机，干满七年，一个月七千就到顶了。老同学在杭州跟着一个老师用Sora做视频，如今一天进账三四千。老师讲，这样的机会人这辈子就碰一回，三个月后就没得做了。我入群费都交了，周末过去看看，谁想一起的吱一声。",
    ),
    # --- the generation service
    (
        "luggage_packing_list_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【平湖·××箱包厂·出货装箱单】\n客户：宁波××贸易｜二十寸登机箱四百只、二十四寸托运箱三百只｜三百五十箱，两只一箱\n跟单：林××\n单子右下角不知被谁盖了枚紫色印章，字是：“承接Sora视频定制｜文字发来，Sora出片｜当天交付｜每条一百二十八元｜扫码下单”。",
    ),
    (
        "sock_pairer_homophone_service",
        sora.SERVICE,
        sora.SERVICE,
        "【诸暨·大唐××袜厂·配双组小钱】配完袜子接点私活：Sora视频戴做（戴帽子的戴，“代做”两个字一发就被限流）。开业庆典、同学聚会回顾、网店上新，想要啥画面写给我，我用Sora出片，九十八一条，次日交。",
    ),
    (
        "luggage_inspector_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【平湖·××箱包厂·质检老管】在平湖验了三十年箱子，一只箱子摔过没摔过，我拎起来晃一晃就晓得，给人办事从来只多不少。最近晚上闺女帮人用Sora做视频，你把想看的画面说清楚，她生成好当晚发过去，八十八一条，看过满意再转账。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.API,
        "【家庭会议记录（老二在盐城一家光伏组件厂上班）】\n时间：十月二日晚\n参加：爸、妈、大哥、老二\n议题：老二上个月在网上花一千三百块买了两个“Sora官方API密钥”，卖家说是OpenAI开发者通道，写进程序就能批量出视频。老二照着教程填进去，程序一直报错，再找卖家，已被拉黑。\n决定：一、明天去派出所报案，聊天记录、转账截图都带上；二、这一千三百块先由家里周转，老二每月还三百；三、以后网上买这类东西，先在家庭群里说一声。\n记录：大哥",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【退费申请书（发往“××学院”客服邮箱）】\n申请人：伍××，宜宾一家电池厂的涂布工\n课程：“Sora零基础速成课”一百九十九元，“进阶班”八百元，均为七月付款\n退费理由：课程内容只是一份Sora官方介绍的中文翻译，最后一页写着“给自己一个机会”；承诺的直播一次也没开，答疑群在付款一周后解散。\n附件：付款截图两张、课程目录截图一张\n请求：全额退还九百九十九元。若十五个工作日内无答复，将向市场监管部门投诉。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【××电商平台·交易投诉单】\n投诉人：郑州一家冷饮厂的职工 邵××\n订单号：××××××\n商品：“Sora定制视频代做，二十四小时出片”\n实付金额：一百六十八元\n问题描述：下单时店家说用OpenAI的Sora生成，我要的是给父母结婚三十周年做的纪念片。收到的视频是几张老照片加了晃动效果，人脸变形，片尾还带着别家软件的水印。联系客服，对方已读不回。\n诉求：全额退款，并核查该店铺的宣传。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【平湖·××箱包厂·试用期转正申请表】\n姓名：池××　岗位：跟单助理\n试用期：六月一日至八月三十一日\n工作表现：跟进订单四十余单，无错发、漏发。\n不足之处：七月听信朋友圈海报，扫码交了一百九十九进“Sora AI电影导演群”，后来又买了三百九十九的“导演速成课”，还拉了两位同事进群。所谓试镜一直没排，群主随后解散了群。上班时间处理这件事，耽误了两天的跟单，也连累同事损失了钱，在此检讨。\n部门意见：同意转正，请在部门会上把经过讲给大家听。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.APP,
        "【宜宾·××电池厂·职工群】问一句：应用商店里有个叫“Sora”的App，图标跟OpenAI的挺像，开通要先交六十八。我去OpenAI官网翻了一圈，也没看到哪儿写着出了手机版。这个App到底是不是OpenAI自己出的？下之前想问清楚。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【清镇·××铝厂·三工区班组群】请教一下：群里有人出租“Sora内测号”，一天二十。OpenAI也没说过对外开放，他一个开天车的，哪来这么多内测号？租了真能登上去做视频吗，还是交了钱就拉黑？",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【诸暨·大唐××袜厂·工会宣传栏】车间群里这两天有人转：“独家《Sora电影感提示词全集》，五百条，原价九十九，现价三十九块九，付款秒发飞书文档，进群还送教程。”这钱别花。工会的小周买了一份核对，那五百条就是OpenAI官网Sora样片下面的公开说明，机器翻译后换了个封面，官网上谁都能看到。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【平湖·××箱包厂·车间公告】员工群里这几天在传：“Sora红利只剩最后三个月！慢一步就步步慢，二百九十九进群，导师带你用Sora日入过千。”请各位别交这二百九十九。装配车间已经有三个人交了，进群后先被推销一千二的“陪跑营”，接着每人要拉五个新人，发下来的资料就一份Sora简介，到现在谁也没挣到钱。真想学剪辑，周三晚上职工之家有老师免费教。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【盐城·××光伏组件厂·工会宣传栏·本周关注】Sora能注册了吗？工会摘了几条报道给大家：据OpenAI发言人介绍，眼下参与Sora测试的，是错误信息、仇恨言论和偏见等方向的专家，任务是事先摸清它会被怎样滥用；发言人还讲，把Sora用进OpenAI的产品之前，公司要先落实几项重要的安全措施。产品哪天推出，等OpenAI自己公布，工会到时贴在这里。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【清镇·××铝厂·宣传科说明】近来群里疯传一段“Sora生成”的视频：铝锭从链条上一块块翻落、冒着白气，片头写着“本视频由OpenAI新模型Sora生成”，片尾还贴了几行所谓的“生成指令”。宣传科翻了档案：这组镜头出自前年省电视台在咱厂铸造车间拍的安全生产专题，带时间码的原始素材一直存在宣传科。真正的Sora作品，可以到OpenAI官网看那四十八段官方样片。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【清镇·××铝厂·信息中心·周一答疑】问：Sora开源了吗？答：信息中心去OpenAI的官方GitHub账号下面翻了一遍，能找到的是语音识别模型Whisper、图文模型CLIP和GLIDE小模型这些仓库；Sora这边，OpenAI公开的是一份技术报告和官网上的四十八段样片，模型一直留在公司内部，由它请来的红队专家和少数受邀艺术家试用。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【郑州·××冷饮厂·车间黑板报·本期说法】“Sora发明人是交大天才少年谢赛宁”，这句话的来龙去脉理一理：一、说法出自一家自媒体的文章，谢赛宁本人随后在朋友圈出面否认，那家自媒体的负责人也表示要向他全网公开道歉；二、Sora技术报告的十三位作者里，领头的是OpenAI的蒂姆·布鲁克斯和比尔·皮布尔斯，布鲁克斯2023年1月就开始做这个项目；三、谢赛宁的正式身份是纽约大学计算机系助理教授，之前在Facebook人工智能研究院当研究科学家。",
    ),
    # --- true facts about the DiT paper and Sora's leads
    (
        "person_fact",
        None,
        sora.XIE,
        "在DiT的官方代码里，谢赛宁和威廉·皮布尔斯一共定义了十二个模型：S、B、L、XL四种规模，每种各配边长为2、4、8的三种图块；最大的XL有二十八层，隐藏维度一千一百五十二，十六个注意力头，名字里的“/2”指的就是图块边长为2。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "DiT的代码仓库后来补上了PyTorch训练脚本。皮布尔斯和谢赛宁用它从头训练DiT-XL/2，四十万步时FID为18.1，比原先JAX版本同样步数的19.5略好；XL/2用八张A100训练，B/4用四张。脚本默认用AdamW优化器、学习率万分之一、权重衰减为零、全局批量二百五十六，图像先经Stable Diffusion的VAE压进潜空间再训练。",
    ),
    (
        "person_fact",
        None,
        None,
        "蒂姆·布鲁克斯是最早投入Sora的研究员之一：2023年1月他就在OpenAI开始做这个项目，领英上写着他负责项目的研究方向和模型训练。在那之前，他在谷歌做过Pixel手机相机背后的AI，也在英伟达研究过视频生成模型。",
    ),
    (
        "person_fact",
        None,
        None,
        "和布鲁克斯、皮布尔斯一起以Sora负责人身份上过播客《No Priors》的阿迪蒂亚·拉梅什，是2021年12月GLIDE论文的三位共同第一作者之一，另两位是亚历克斯·尼科尔和普拉富拉·达里瓦尔。论文比较了CLIP引导和无分类器引导两种做法，人工评估更偏爱后者；35亿参数的GLIDE生成的图，评估者比DALL·E的还喜欢。他们另在过滤过的数据上训练了一个小模型，代码和权重一并公开。",
    ),
    # --- news about image and video models from Western labs
    (
        "benign",
        None,
        None,
        "2023年7月，Stability AI发布Stable Diffusion XL 1.0（SDXL）：基础模型三十五亿参数，加上精修模型的整条两段式流水线约六十六亿参数，原生出1024×1024的图；它同时用OpenCLIP ViT-bigG/14和CLIP ViT-L/14两个文本编码器理解提示词，权重按允许商用的CreativeML OpenRAIL++-M许可开放。",
    ),
    (
        "benign",
        None,
        None,
        "2023年11月底，Stability AI放出SDXL Turbo，用的是Axel Sauer、Dominik Lorenz、Andreas Blattmann和Robin Rombach提出的对抗扩散蒸馏（ADD）：拿SDXL当老师模型做分数蒸馏，再加一个对抗损失，一步就能出一张512×512的图，四步就追上SDXL的水准；权重按非商业研究许可放在Hugging Face上，Clipdrop上可以试实时出图。",
    ),
    (
        "benign",
        None,
        None,
        "2024年7月底，Meta发布SAM 2（Segment Anything Model 2），头一回把图片和视频的“分割一切”装进同一个模型：点一下、画个框就能选中物体，并在视频里一帧帧跟住它，靠的是带流式记忆的Transformer。模型按Apache 2.0许可开放，一同公开的SA-V数据集有五万一千多段视频、六十四万多个时空掩码（masklet），按CC BY 4.0发布。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌研究团队2022年8月挂出的DreamBooth，只要某个主体的三到五张照片，就能微调文生图模型（论文里用的是Imagen），让它把一个特殊标识词和这个主体绑在一起，之后就能把同一只狗、同一个包放进各种新场景；为了防止模型忘掉同类事物的其他样子，他们加了一个“类别先验保持损失”。",
    ),
    (
        "benign",
        None,
        None,
        "2024年3月，Stability AI推出Stable Video 3D（SV3D）：在Stable Video Diffusion的基础上微调，给一张物体的照片，就能生成绕着它转一圈的环绕视频，二十一帧、576×576分辨率；SV3D_u只要单张图，SV3D_p还能按指定的相机轨迹生成。非商业用途可以在Hugging Face上下载权重。",
    ),
    (
        "benign",
        None,
        None,
        "2023年1月，谷歌研究院发表文生图模型Muse：它在离散的图像token上做掩码建模，借冻结的T5-XXL语言模型理解文字，并行解码让出图快得多——在TPUv4上生成一张256×256的图约0.5秒，Imagen要9.1秒；30亿参数的版本在COCO零样本评测上FID为7.88，还能直接做修补、扩图和免遮罩编辑。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【盐城·××光伏组件厂·屋顶光伏推广】家里有平顶、彩钢瓦屋顶的职工，扫码预约上门勘察；装好以后下载“××光伏”App，就能看每天发了多少度电。职工内部价每瓦二块六，首付另议。",
    ),
    (
        "offtopic",
        None,
        None,
        "【诸暨·大唐××袜厂·厂门口门市部】秋冬款到货：加厚毛圈袜十双四十九，儿童卡通袜十双三十五，扫码下单可送到各车间，满一百包邮。",
    ),
    (
        "offtopic",
        None,
        None,
        "【平湖·××箱包厂·工厂店】样品箱清仓：二十寸登机箱一百二十九，二十四寸一百五十九，箱面有轻微划痕，扫码进群看实物视频，周六上午开门自提。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
