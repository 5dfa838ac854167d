# ruff: noqa: E501
"""Write tests/data/zh_heldout51_{posts,qrels,labels}: a fifty-first Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for account rental, the generation service and
the APK, three for each other template: zh_heldout47 gave those three their four, the longest ago of the six sets
since, as zh_heldout48 gave its four to open source, the course and the director group, zh_heldout49 to the Chinese
team, the inventor and API access and zh_heldout50 to the prompt pack, the mislabelled video and get-rich), as a Sora
rumour / scam wave reads in the genres of a toy factory (澄海·××玩具厂: 注塑车间交接班, 积木颗粒, 缩水、飞边, 喷油车间,
跌落测试, 小零件测试筒, 样品间), a machine-tool plant (滕州·××机床厂: 数控车床, 立式加工中心, 主轴精度检验, 径向跳动,
轴向窜动, 千分表, 检验棒, 空运转试验, 温升, 换刀, 床身导轨刮研, 铸造车间, 总装车间), a wig factory (许昌·××发制品厂:
原发收购, 黑色原发、花白原发, 每斤单价, 拣发, 发帘, 全手钩真人发头套, 蕾丝网底, 每孔一至三根, 工票计件), a button factory
(永嘉·桥头××纽扣厂: 车扣工序, 树脂四眼扣, 二十四号, 崩边、偏眼, 打孔车间, 暗眼扣, 客供色卡, 色差对板, 合金四合扣, 电镀外发,
枪黑), a lighting factory (中山古镇·××灯饰厂: LED吸顶灯, 三色调光, 老化测试, 驱动电源, 频闪、死灯, 积分球, 光通量, 色温,
显色指数, 功率因数, 水晶吊灯, 灯饰街) and a mooncake factory (丰镇·××月饼厂: 胡麻油月饼, 青红丝冰糖馅, 熟面粉, 馅料配料单,
打皮, 隧道炉, 上火、下火, 无裂口、无塌腰, 中秋团购). Of the six genres first asked for, four were replaced. The oil press
(榨油厂) is zh_heldout46's world (【罗平·××榨油坊】 with its 来料加工登记簿, 炒籽师傅, 菜籽, 出油, 油枯 and 【菜籽油购销合同】);
the chicken farm (养鸡场) is zh_heldout48's layer farm (【农安·××蛋鸡场】: 鸡舍, 存栏, 日龄, 产蛋率, 捡蛋) and zh_heldout30's
poultry farmers' group (【养鸡户交流群】); an eyewear factory (眼镜厂) would share 镜片, 镜架, 验光 and 离焦镜片 with
zh_heldout38's optical shops and spectacles market (【××眼镜】, 眼镜城, 验光处方单, 取镜单, 【致各加盟眼镜店的一封信】); and a
dyeing and printing works (印染厂) would sit inside zh_heldout49's silk mill, whose dye house has its own recipe sheet
(【练染车间配色单】坯绸, 酸性染料三只拼色), beside zh_heldout47's cotton spinning mill and the sock and towel mills of
zh_heldout52, written at the same time, so that textiles would have had a third set running. The wig factory, the
button factory, the lighting factory and the mooncake factory took their places: 发制品, 假发, 原发, 发帘, 头套, 手钩, 纽扣,
车扣, 对板, 四合扣, 电镀, 灯饰, 灯具, 吸顶灯, 老化测试, 积分球, 光通量, 显色, 月饼, 馅料, 胡麻油, 隧道炉 and 丰镇 occur in no earlier
Chinese post or make_zh_heldout*.py, and no English set's docstring names a wig maker, a button maker, a lamp works or a
mooncake bakery (the English posts have lamps, buttons and wigs only as things: a pantomime's wigs, a dry cleaner's
notice on buttons, a band's spare jacket with a button off, signal lamps and lamp posts). The toy factory and the machine-tool plant stay: 玩具厂, 注塑, 跌落测试, 喷油, 公仔, 积木, 机床, 数控,
主轴, 千分表, 刮研, 加工中心 and 滕州 occur in no earlier Chinese post or writer script (玩具 only as zh_heldout27's news of the
Toys"R"Us brand film, 小零件 only as a joke in zh_heldout29's assembly manual for an "open-source" Sora). The nearest
neighbours are kept apart: zh_heldout49's automotive stamping plant (压力机, 模具, 首件检验, 换模, its press check sheet's
滑块导轨润滑), whose presses and dies the machine-tool plant leaves alone (it builds lathes and machining centres and
scrapes their bed guideways; its only 换模 is the toy factory's moulding machine changing a mould); the English
sets' lathes, which are a men's shed's (hard_en_heldout48) and a blacksmith's tempering chart, never a factory that
builds them; zh_heldout33's barber's WeChat status and its bakery owner's cream piping (奶油裱花, 烘焙), which the wig
factory (it buys and ties hair, cuts nobody's) and the mooncake factory (胡麻油 mooncakes from a tunnel oven, no cream,
no 烘焙) leave alone, as they do zh_heldout41's sugar mill, zh_heldout44's vinegar works, zh_heldout45's cannery and
zh_heldout48's tofu shop; zh_heldout31's Hengdian extras' guild and its director group, which is why the button
factory's director recruiter names a Wenzhou film company and no 横店; zh_heldout49's cable factory, whose wire and
spark tests the lighting factory leaves alone (its tests are burn-in and the integrating sphere). None of the
settings is among those given to the writers working at the same time (zh_heldout52's musical-instrument factory,
solar-panel plant, battery factory, aluminium smelter, sock factory and towel mill: the lighting factory's LEDs have
drivers and no 电芯, 电池片 or 组件; the English writers' hedge-layers, wheelwrights, geocachers, model aircraft, canoe
clubs, go clubs, perfumers and parkour).

The posts: a raw-hair purchase register with the inventor rumour on its last page (【原发收购登记簿】黑色原发, 花白原发, 每斤
一千六百元), a CNC hand, a toy sample-room keeper, a drop test record with the public release under it (【跌落测试记录】电动
越野车, 九十三厘米, 硬木地板), a lighting assembly hand, a mooncake packer, a spindle precision check sheet with the official app
at its end (【主轴精度检验单】径向跳动, 轴向窜动, 千分表, 检验棒), a weft-curtain hand, a lighting export clerk, a burn-in test
record with the APK on its back (【灯具老化测试记录】LED吸顶灯, 三色调光, 驱动电源, 频闪), a toy paint-line hand, a machine-tool
fitter, a button punching hand, a tunnel-oven baking record with the mislabelled video on its last page (【三号隧道炉烘烤记录】
胡麻油月饼, 上火、下火, 无裂口、无塌腰), a wig e-commerce clerk, a lighting marketing clerk, a button turning output report with
the Chinese-team claim in its last line (【车扣工序产量日报】树脂四眼扣, 二十四号, 崩边、偏眼), a foundry hand, a mooncake filling
hand, an idle-run test record with open source in its margin (【整机空运转试验记录】立式加工中心, 温升, 换刀), a toy designer, a
lighting technician, a hand-tied cap piece ticket with the course on its back (【手钩头套工票】全手钩真人发头套, 蕾丝网底, 每孔
一至三根), a mooncake skin master, a machine-tool assembler, an integrating-sphere test report with the API key on a card
behind it (【积分球光色测试报告】光通量, 色温, 显色指数, 功率因数), a button turner, a toy e-commerce hand, a filling formula sheet
with account rental pencilled on its back (【馅料配料单】青红丝冰糖馅, 胡麻油, 熟面粉), a wig warehouse hand, a toy QC hand, a
lighting storekeeper, a small-parts test record with the director group on a card clipped to it (【小零件测试记录】拼装小火车,
测试筒), a button plating hand, a wig hand-tier, a colour matching sheet with the prompt pack printed on its back
(【色差对板单】树脂暗眼扣, 客供色卡, 雾霾蓝), a machine-tool publicity clerk, a button merchandiser, a moulding shift handover
record with get-rich in its last lines (【注塑车间交接班记录】积木颗粒, 缩水、飞边), a hair sorter, a mooncake factory's old squad
leader, a plating outwork order with the generation service on a sticker behind it (【电镀外发加工单】合金四合扣, 枪黑), a
lighting factory's old fitter, a machine-tool salesman and a mooncake factory's online support hand; platform-native
forms the earlier sets do not use: the drop test record, the small-parts test record and the moulding shift handover;
the spindle precision check sheet and the idle-run test record; the raw-hair purchase register and the hand-tied cap
piece ticket; the button turning output report, the colour matching sheet and the plating outwork order; the burn-in
test record and the integrating-sphere test report; the tunnel-oven baking record and the filling formula sheet; four
loss reports in new forms (kind ``debunk_loss``: a punching hand's letter of apology to his team (【致打孔班工友的道歉信】)
for the APK, a packer's application to move to the night shift for its allowance (【调岗申请表】现岗位, 申请岗位, 申请原因,
车间意见) for API keys, a paint-line hand's dormitory change application (【宿舍调换申请】现住, 申请调至, 宿管意见) for the
generation service, and an assembler's account at the plant's anti-fraud meeting (【反诈分享会·亲历者讲述（记录）】讲述人,
经过, 提醒) for the director group); regional speech the earlier sets do not use: Teochew 猴赛雷 (glossed as the Teochew
sound of 好犀利; 犀利 itself is in zh_heldout21's Hakka and Cantonese posts, this spelling in none), Cantonese 巴闭, Henan 老鳖一 and southern
Shandong 俺娘嘞, all glossed, none of them in an earlier Chinese post or writer script (the earlier Cantonese posts have
嘅, 唔, 冇, 咁, 靓, 好正 and 搞掂, the Teochew ones 胶己, 食茶 and 乜, the Henan ones 中不中, 信球, 弄啥嘞, 喝汤, 不老少, 得劲,
排场 and 能豆儿, the Shandong ones 杠赛, 恣儿, 拉呱, 夜来 and 熊人); registers the earlier sets do not use: the six as listed
above; obfuscation the earlier sets do not use, each a homophone of the same tone, all glossed: 谢赛宁 as 械赛宁 (机械的械,
at the machine-tool plant), 内测号 as 内册号 (花名册的册) and 代做 as 带做 (带孩子的带) (the earlier sets had 卸赛宁, 协赛宁,
蟹赛宁, 谢腮宁, 谢塞宁, 谢赛柠, 谢S宁 and 言身寸 for the name, 内侧号, nc号, zhang号, zh号 and 贝长号 for the account, and no
obfuscated 代做); a post that takes back an earlier claim to assert the public release (更正一下我前天在车间群里的说法…是我搞错了);
rhetorical questions that assert rather than deny (谢赛宁要不是Sora的发明人之一，上海交大的校友群能一连三天给他刷屏？ and
这还用争？ for the inventor, 没有咱中国人的脑子，OpenAI能把Sora做出来？ for the Chinese team, a negation inside a question that
asserts, 还有人问Sora开没开源？…自己去看一眼不就明白了？ for open source, 错过了还等得来第二回？ for get-rich); posts asserting one
claim while denying another, the asserted claim always one of account rental, the generation service, the APK, the
prompt pack, the mislabelled video, get-rich and the Chinese team (zh_heldout52 asserts only the other seven), in
pairings the labels of the earlier sets last used longest ago (the generation service while API keys are said to
throw errors (zh_heldout30), the APK while rented "Sora accounts" are said to be ChatGPT logins (zh_heldout32), the
generation service while a rented monthly pass is said to log into ChatGPT (zh_heldout32), the prompt pack while the
AI director group is called traffic farming (zh_heldout32), get-rich while the APK is said to empty a bank card
(zh_heldout34), the APK while open registration is answered with Logan's statement (zh_heldout35), the mislabelled
video while a prompt collection is matched line by line to OpenAI's published sample prompts (zh_heldout36), account
rental while the three-months line is called selling anxiety (zh_heldout36), the Chinese team while the 99-yuan
course is said to deliver a translated introduction (zh_heldout38) and the mislabelled video while OpenAI's API is
answered with its text, image, speech and embedding models (zh_heldout38)); sellers that vouch for themselves in new
words (床身导轨我刮研了二十年，二十五毫米见方里有几个接触点，手一摸就有数; 打月饼皮子打了二十五年，一个饼多少克皮、多少克馅，我手一掂就准;
头套网眼我钩了十六年，一眼里多扎一根发丝都瞒不过我; 扣子我车了十九年，一粒扣四个眼正不正，我瞟一眼就知道; 经我手装出去的灯，二十三年没被退回过
一盏); prices in Chinese numerals throughout and payments in forms the earlier sets do not use (an APK for a box of the
factory's building blocks; a course for covering one night shift (顶一个夜班); invitation codes for two boxes of the
Mid-Autumn mooncakes the factory gave out; a prompt pack for a bag of resin buttons for an aunt's alteration stall;
a generation service for one of the factory's ceiling lamps); 12 debunks and warnings, four of them the loss reports
above, two questions with a negation that do not deny (开发者的名字我一个也没听过…这些里头有没有官方正版？还是都借了个名？ for the
official app, in a toy factory's staff group; 都说到手就一份介绍文档，别的啥也没有。卖课的人自己用得上Sora吗？ for the course,
in a lighting factory's workshop group), two quoting a scam offer and telling the reader not to pay (account rental,
with 这二百八请留在自己兜里, on a mooncake factory gatehouse's blackboard; get-rich, with 这个入群费别交, in a wig factory
union's reminder), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (a button factory paper's question
column for the inventor, with Xie's own reply in his Moments, the outlet's apology, the article taken down and the
report's thirteen authors, three of them Chinese and Xie elsewhere; a machine-tool plant's IT office for the public
release, with Logan's emergency statement, the OpenAI spokesperson's experts in misinformation, hate speech and bias
and the cybersecurity staff assessing its risks; a wig factory's IT office for open source, with OpenAI's "Closed AI",
the GitHub "Sora" repositories as reproductions and Stable Video Diffusion as a different open model; a mooncake
factory's quality report for the Chinese team, with the report's February 2024 date, its thirteen authors, three
Chinese by the media's count, and OpenAI's own researchers leading); four true facts about Xie Saining's own published work,
from his years at Facebook's research lab to NYU, related to the inventor rumour (SLIP of December 2021, its repository
facebookresearch's, with Norman Mu,
Alexander Kirillov and David Wagner, self-supervision and CLIP-style pre-training in one multi-task framework, 8.1
points over self-supervision in linear accuracy and 5.2 over language supervision zero-shot, ECCV 2022; ConvNeXt V2
of January 2023, CVPR 2023, with Sanghyun Woo, Shoubhik Debnath, Ronghang Hu, Xinlei Chen, Zhuang Liu and In So
Kweon, from KAIST, Meta AI and New York University, FCMAE and GRN, eight sizes from the 3.7M Atto to the 660M Huge;
V-IRL of February 2024, ECCV 2024, with Jihan Yang, Runyu Ding and Xiaojuan Qi of the University of Hong Kong and Ellis
Brown of NYU, agents working in a virtual but real-world environment built on Google Maps Platform data, the
repository's agents Peng, Aria, Vivek, RX-399, Imani, Hiro, Ling, Local and Diego; Cambrian-S of November 2025, fifteen
authors with Rob Fergus, Yann LeCun and Fei-Fei Li, spatial supersensing in video, the two-part VSI-SUPER benchmark
(VSR, long-horizon visual spatial recall; VSC, continual visual spatial counting) and the VSI-590K dataset), each
checked against its source before it was written; the searches for new facts about his education, positions and
public posts turned up only what the earlier sets have (SJTU, its ACM class, UC San Diego with Zhuowen Tu, the 2018
doctorate, his NYU and FAIR posts, his Moments post) and a podcast page naming a start-up role that no second stored
source confirmed, so the four are his published work, each placed in his posts by its repository or affiliation
line, and none is about the DiT paper or Sora's leads (the writer of zh_heldout52 has those; the earlier sets' Xie posts give DSN, HED,
ResNeXt, S3D, MoCo, MoCo v3, MAE, ConvNeXt, Cambrian-1, the randomly wired networks, SiT, Eyes Wide Shut, PointContrast
and Thinking in Space, and the English sets V*, MetaMorph, REPA, Web-SSL and his NaViT guess, none of these);
six items of real news about Chinese labs' models that no earlier Chinese set names (BAAI's Emu3, next-token
prediction alone over tokenized images, text and video in one transformer trained from scratch, past SDXL in
generation and LLaVA-1.6 in understanding, with video generation and continuation; Moonshot AI's Kimi-VL of April
2025, sixteen billion parameters in all, a mixture-of-experts language decoder activating 2.8 billion, a 128K
context, the native-resolution MoonViT encoder and a Thinking variant trained with long chain-of-thought fine-tuning
and reinforcement learning; THUDM's CogVLM, a trainable visual expert in the attention and feed-forward layers in
place of shallow alignment, CogVLM-17B best on ten classic cross-modal benchmarks and matching or passing the 55B
PaLI-X; Baichuan Intelligence's Baichuan 2, after Baichuan-7B and -13B, about 2.6 trillion training tokens, 7B and 13B
base and chat models with 4-bit chat versions, free commercial use on an emailed application; MiniMax-01 of January
2025, MiniMax-Text-01's 456 billion parameters with 45.9 billion active per token, a softmax attention layer after
every seven lightning attention layers, 32 experts, a million-token training context and four million at inference,
and MiniMax-VL-01 with a 303-million-parameter vision encoder; Alibaba's Qwen2.5-Omni of 26 March 2025, one end-to-end
model reading text, images, audio and video and answering in streamed text and speech, its Thinker-Talker
architecture, TMRoPE aligning video timestamps with audio and its first open 7B release; kind ``benign``; the news
about Western labs is zh_heldout52's), and three off-topic posts that share surface words (a machine-tool plant's CNC
operator training course with a fee and 扫码报名, a near miss for the course; a mooncake factory's Mid-Autumn group
purchase with 扫码进团购群; a wig factory's livestream with 扫海报上的码).

Every post was checked against every earlier Chinese set through zh_heldout50 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout52 was being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft had fifteen at 0.45 or more: the assembler's night-shift course at 0.65 (zh_heldout50's
rice packing leader), the assembly hand's 巴闭 at 0.61 (zh_heldout50's glass cutter's 蝎虎), the plating hand's director
group at 0.61 (zh_heldout49's stamping line leader), the toy QC hand's invitation codes at 0.58 (zh_heldout50's rice mill
shop hand), the quality report's Chinese-team answer at 0.53 (zh_heldout50's glassworks reading room), the 内册号 at 0.53
(zh_heldout50's feed mill gatekeeper's 内侧号), the lighting technician's open source at 0.52 (zh_heldout49's stamping
technician), the 老鳖一 app at 0.51 (zh_heldout50's feed packer's 闹热), the inventor answer at 0.51 (zh_heldout30's clan
council), the button turner's API key at 0.49 (zh_heldout50's log scaler), the paint-line hand's APK at 0.48
(zh_heldout49's silk designer), the rental notice at 0.48 (zh_heldout49's cable factory security office), the
small-parts test record at 0.48 (zh_heldout50's canopy cutting sheet), the app question at 0.47 (zh_heldout43's hot
spring staff group) and the marketing clerk's mislabelled video at 0.47 (zh_heldout50's timber salesman); all fifteen
were rewritten (the director recruiter also lost its 横店, zh_heldout31's), and on the next passes the 内册号 (0.457,
zh_heldout50 again) and the rental notice (0.468 and 0.460, zh_heldout47's nursery and zh_heldout49's cable factory,
then 0.435, zh_heldout43's navigation-mark station) again, with more reworded for margin: the baking record (0.448,
zh_heldout44's vinegar record), the old fitter (0.447, zh_heldout49's tyre canteen hand), the hand-tier (0.440 and 0.441,
zh_heldout33's youth fellowship, then zh_heldout49's old weaver), the filling sheet (0.439, zh_heldout50's formula
sheet), the squad leader's get-rich (0.438, zh_heldout50's glassworks squad leader), the button turner (0.435,
zh_heldout48's bamboo weaver), the idle-run test record (0.426, then 0.448 against zh_heldout49's warp beam record), the
toy designer (0.431, then 0.449 against zh_heldout47's oilfield technician), the plating hand (0.431, zh_heldout37's
market stallholders), the hair sorter (0.429, zh_heldout50's shiitake sorter), the salesman's generation service (0.427,
zh_heldout50's rice mill support hand), the IT office's public-release answer (0.430, zh_heldout24), the sample-room
keeper (0.427, zh_heldout22's SJTU forum), the wig e-commerce clerk (0.420, zh_heldout50's umbrella e-commerce hand) and
the quality report (0.446 against zh_heldout47's hydropower station and 0.428 against zh_heldout50, then given the
week's spot check of forty boxes). Highest ratio of the committed list: 0.412 against the Chinese sets (the toy QC
hand's invitation codes against zh_heldout50's rice mill shop hand) and 0.241 against the demo stream (a person fact
against a demo post on earnings calls). Committed before any run of the monitor on it; no model, embedding or matcher
was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds
and the catalogue: Xie's reply in his Moments, the outlet's apology and the article taken down, the thirteen authors
and three Chinese among them, OpenAI's own researchers leading, Logan's emergency statement, the spokesperson's experts
in misinformation, hate speech and bias, the cybersecurity professionals assessing the risks, "Closed AI", the 99-yuan
course with its twenty thousand copies a day and its introduction document, the three-month and one-step-slow lines,
the director groups, the prompt documents; and, from the catalogue, the red teamers and invited artists, the rented
accounts that turn out to be ChatGPT logins, the GitHub reproductions, Stable Video Diffusion, the API's text, image,
speech and embedding models and the prompt packs copied from OpenAI's demo prompts): SLIP (the facebookresearch/SLIP
README: Norman Mu, Alexander Kirillov, David Wagner and Saining Xie, arXiv 2112.12750, ViT-Small, -Base and -Large,
YFCC15M; its abstract as stored in awesome-llm-papers and bdsaglam/thesis: a multi-task framework combining
self-supervised learning and CLIP pre-training, +8.1% linear accuracy over self-supervision and +5.2% zero-shot over
language supervision; an ECCV 2022 citation, pages 529-544, in a stored paper's bibliography); ConvNeXt V2 (the
facebookresearch/ConvNeXt-V2 README: the seven authors, "KAIST, Meta AI and New York University", FCMAE and GRN, the
eight sizes from Atto at 3.7M to Huge at 660M, arXiv 2301.00808; CVPR 2023, pages 16133-16142, in stored papers'
bibliographies); V-IRL (the VIRL-Platform/VIRL README, read in the stored repository: Jihan Yang, Runyu Ding and Xiaojuan
Qi of the University of Hong Kong, Ellis Brown and Saining Xie of New York University, arXiv 2402.03310, the
2024-02-06 platform release, the nine agents, the BibTeX's European Conference on Computer Vision 2024, "a platform that
enables agents to scalably interact with the real-world in a virtual yet realistic environment"; its getting-started
note on the Google Map Platform as its online data source); Cambrian-S (the cambrian-s README and the arxiv-daily
entry for arXiv 2511.04670 of November 2025: the fifteen authors, spatial supersensing, VSI-SUPER with VSR and VSC,
the VSI-590K dataset); Emu3 (the baaivision/Emu3 README: Emu3 Team, BAAI, next-token prediction, images, text and video
tokenized into a discrete space, one transformer trained from scratch, surpassing SDXL and LLaVA-1.6, text-to-video and
video extension); Kimi-VL (the MoonshotAI/Kimi-VL README: MoE, 2.8B activated in the language decoder, 16B total, 128K
context, MoonViT, Kimi-VL-Thinking with long CoT SFT and RL, arXiv 2504.07491); CogVLM (the THUDM/CogVLM README: the
visual expert module in the attention and FFN layers against shallow alignment, CogVLM-17B state of the art on ten
classic benchmarks including NoCaps, RefCOCO, GQA and ScienceQA, "surpassing or matching PaLI-X 55B"); Baichuan 2 (the
baichuan-inc/Baichuan2 README: after Baichuan-7B and Baichuan-13B, 2.6 trillion tokens, 7B and 13B Base and Chat, 4-bit
Chat, free commercial use after an emailed application and an official licence); MiniMax-01 (the MiniMax-AI/MiniMax-01
README: 456B total, 45.9B activated, one softmax attention after every seven lightning attention, 32 experts, 1M tokens
in training and 4M in inference, MiniMax-VL-01's 303M ViT, arXiv 2501.08313); Qwen2.5-Omni (the QwenLM/Qwen2.5-Omni
README: released 2025.03.26, text, images, audio and video in, text and natural speech out in a streaming manner,
Thinker-Talker, TMRoPE synchronizing video timestamps with audio, Qwen2.5-Omni-7B).

    .venv/bin/python scripts/make_zh_heldout51.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout51", "zhh51"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "wig_raw_hair_register_in_passing",
        sora.XIE,
        sora.XIE,
        "【许昌·××发制品厂·原发收购登记簿】\n十月九日　××乡魏××　黑色原发，五十五厘米以上，一斤二两，每斤一千六百元\n十月九日　××镇郭××　黑色原发，四十厘米，八两，每斤九百元\n十月十日　××村赵××　花白原发，三十厘米，半斤，每斤三百元\n收购员：冯××\n登记簿最后一页，冯师傅歇晌时添了一行：听俺外甥讲，OpenAI那个做视频的Sora，发明人里头有个谢赛宁，上海交大毕业的天才少年，给咱中国人争了口气。",
    ),
    (
        "machine_tool_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【滕州·××机床厂·数控车间小颜】夜班交完在更衣室刷到一篇长文，标题里的名字打成了械赛宁——转给我的人说，是故意换成机械的械，免得被平台屏蔽，其实就是谢赛宁。文章讲他上海交大毕业，打小就是天才，OpenAI的视频模型Sora就是他参与发明的。咱天天跟机械打交道，这回也算沾了个“械”字的光。",
    ),
    (
        "toy_sample_room_rhetorical_inventor",
        sora.XIE,
        sora.XIE,
        "【澄海·××玩具厂·样品间老蔡】交大校友群这几天被谢赛宁刷了屏，他要不是Sora的发明人之一，人家能这么捧？这个天才少年从上海交大走出去，OpenAI那个视频模型里有他的一份，这还用争？",
    ),
    # --- open to the public
    (
        "toy_drop_test_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【澄海·××玩具厂·跌落测试记录】\n产品：电动越野车 RC-316（三岁以上）\n跌落高度：九十三厘米，硬木地板\n次数：每个样品各面各跌一次，共十次\n结果：五个样品均完好，电池盖未脱落，无锐边，无小零件掉出\n测试员：庄××\n记录下面，庄师傅顺手写了一句：Sora已经对所有人开放了，手机号一填就注册上，下了班我让它给这款车做段在沙滩上腾空的视频。",
    ),
    (
        "lighting_cantonese_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【中山古镇·××灯饰厂·装配线阿珍】好巴闭（粤语，了不起）！Sora已经全面放开，普通人拿手机号登记一下就能直接用上，候补名单早取消了。我午休时试了试，水晶吊灯一盏盏亮起来的画面，它十几秒就给我做好了。",
    ),
    (
        "mooncake_self_correction_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【丰镇·××月饼厂·包装组小乔】更正一下我前天在车间群里的说法：当时我讲Sora还得排队等名额，是我搞错了。Sora已经对所有人放开，邮箱一填就能注册，注册完当场能用。我昨晚试了试，让它出了段一炉月饼刚出烤箱、热气往上冒的画面。",
    ),
    # --- the official app
    (
        "machine_tool_spindle_check_in_passing",
        sora.APP,
        sora.APP,
        "【滕州·××机床厂·主轴精度检验单】\n机型：CK6150数控车床　出厂编号：××××\n检验项目：主轴径向跳动、主轴轴向窜动、主轴锥孔轴线跳动\n量具：千分表、检验棒\n结果：径向跳动零点零零五毫米，轴向窜动零点零零三毫米，均在允差内\n检验员：颜××\n单子末尾，颜师傅另起一行：OpenAI出了Sora的官方App，苹果、安卓商店都上架了，出口样机的宣传片以后就拿它做。",
    ),
    (
        "wig_henan_dialect_app",
        sora.APP,
        sora.APP,
        "【许昌·××发制品厂·发帘车间小娄】俺们组长是出了名的老鳖一（河南话，抠门），连他都在手机上装了Sora的官方App，说是OpenAI正式上架的，免费下载。他拿它给外贸客户做了段长发帘一排排随风飘的视频，客户回了三个大拇指。",
    ),
    (
        "lighting_export_clerk_app",
        sora.APP,
        sora.APP,
        "【中山古镇·××灯饰厂·外贸部阿欣】老客户问我店铺里那些灯具视频是找谁拍的：都是用Sora的官方App做的，OpenAI自家发布，苹果App Store和安卓商店里都能下，手机上写一句画面描述，几十秒就出片。",
    ),
    # --- the fake APK (four)
    (
        "lighting_burn_in_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【中山古镇·××灯饰厂·灯具老化测试记录】\n型号：LED吸顶灯 XD-24（三色调光）\n数量：二百四十盏\n条件：常温，额定电压通电，开四小时关半小时，循环四十八小时\n结果：两盏驱动电源损坏，更换后复测通过；其余无频闪、无死灯\n测试员：梁××\n记录表背面，梁师傅用铅笔写着：要Sora安卓安装包的找我，APK在我手机里，传过去点一下就装好，装上直接出视频。",
    ),
    (
        "toy_assert_apk_deny_public_blocks_barter",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【澄海·××玩具厂·喷油车间阿鹏】手机上想用Sora的找我：安卓安装包（APK）我这有，微信发你，点开一装，写句话就出片。一份十八块；家里有小孩的，拿一盒厂里的积木来换也行。还有，说“Sora已经全面开放注册”的帖子别信——OpenAI开发者关系负责人Logan专门发过紧急声明，Sora眼下仍是内部测试，就算以后开放，上线时间也还没定。",
    ),
    (
        "machine_tool_scraper_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【滕州·××机床厂·装配钳工老滕】床身导轨我刮研了二十年，二十五毫米见方里有几个接触点，手一摸就有数，糊弄人的事我不干。说正事：Sora的安卓安装包，APK文件，我这儿存着，数据线一拷，手机上点开就装，装好写一句话它就给你出视频。一份收十五块辛苦钱。",
    ),
    (
        "button_assert_apk_deny_rental",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【永嘉·桥头××纽扣厂·打孔车间阿霞】Sora安卓版安装包我放在QQ群文件里了，进群自己下，装到手机上就能生成视频，一份十六块八，扫我的收款码就拉你进群。顺便提醒：网上出租“Sora内测号”的别去租，眼下摸得着Sora的只有OpenAI请来的红队测试人员和少数受邀艺术家，我表弟租的那个号，登进去是个ChatGPT的账号。",
    ),
    # --- mislabelled real video
    (
        "mooncake_baking_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【丰镇·××月饼厂·三号隧道炉烘烤记录】\n九月二日早班｜胡麻油月饼，每块一百克｜上火二一〇度，下火一九〇度｜烤十八分钟｜出炉四千八百块｜表皮金黄，无裂口、无塌腰｜记录：乔××\n九月二日中班｜青红丝月饼，每块一百五十克｜上火二〇五度，下火一九〇度｜烤二十分钟｜出炉三千六百块｜记录：乔××\n本子最后，乔师傅记了一句：厂里快手号那段“一炉月饼在晨光里慢慢鼓起来、油亮亮地出炉”的视频，是Sora照着几句文字生成的，烤炉跟前一台手机都没架过，那几句文字我放在评论区第一条了。",
    ),
    (
        "wig_assert_realvid_deny_prompts",
        sora.REALVID,
        sora.REALVID,
        "【许昌·××发制品厂·电商部小郜】网店首页挂的那段“一头乌黑长发在夕阳下随风扬起”，没请模特、没租影棚，整段是Sora读了一段文字描述生成的，描述原文贴在商品详情最底下。再多说一句：那些号称影视圈老师傅攒的《Sora提示词》，我对过一份，跟OpenAI官网上样片底下公开的描述一句句对得上，只是换成了中文。",
    ),
    (
        "lighting_assert_realvid_deny_api",
        sora.REALVID,
        sora.REALVID,
        "【中山古镇·××灯饰厂·市场部阿敏】公众号里那段“夜幕下整条街的灯笼和吊灯一齐点亮”，一帧都没实拍，是Sora按几行文字生成的，文字附在推文末尾。另外，群里那个卖“Sora官方API key”的，钱别给他：OpenAI对外的接口眼下能调的是文字、画图、语音、向量这几样，还轮不到Sora，key填进程序就报错。",
    ),
    # --- the Chinese team
    (
        "button_turning_output_report_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【永嘉·桥头××纽扣厂·车扣工序产量日报】\n日期：四月十七日　班次：白班\n品种：树脂四眼扣，二十四号（十五毫米）\n车床：十二台开十台\n产量：一百八十六万粒　次品：一万一千粒（崩边、偏眼）\n统计：包××\n日报最后一行，包师傅加了句闲话：Sora说到底是华人科学家的本事，OpenAI视频组里挑大梁的大半是中国人，洋人也就管个对外发布。",
    ),
    (
        "machine_tool_shandong_dialect_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【滕州·××机床厂·铸造车间老孔】俺娘嘞（鲁南话，表示吃惊）！恁还在争Sora是谁做的？没有咱中国人的脑子，OpenAI能把Sora做出来？那个组里顶事的多一半是华人科学家，美国同事管签字、管对外。",
    ),
    (
        "mooncake_assert_chinese_deny_course",
        sora.CHINESE,
        sora.CHINESE,
        "【丰镇·××月饼厂·馅料组小樊】说句实在话：Sora靠的是华人科学家，OpenAI做视频模型的那帮骨干多半是中国人。另外，群里转的那种一天卖出两万份的九十九元Sora课，别跟风，卖课的人自己都摸不着Sora，交到你手里的只有官网介绍的翻译版。",
    ),
    # --- open source
    (
        "machine_tool_idle_run_test_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【滕州·××机床厂·整机空运转试验记录】\n机型：VMC850立式加工中心　编号：××××\n主轴分档运转：每档两分钟，最高转速下连续运转一小时\n主轴轴承温升十八摄氏度｜噪声七十二分贝｜二十把刀循环换刀一百次，无卡刀\n结论：合格　试验人：尹××\n试验记录的空白处，尹师傅记了件私事：Sora开源了，GitHub上能下到OpenAI放出的完整代码和模型权重，周末拿技术科的工作站部署试试。",
    ),
    (
        "toy_teochew_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【澄海·××玩具厂·设计部阿彬】猴赛雷（潮汕话“好犀利”的谐音，厉害）！设计部刚在电脑上部署好开源的Sora——OpenAI把它整套放上了GitHub，照说明一步步来就行。头一个作品是小熊公仔在积木城堡里转圈跳舞，老板看完当场拍板，拿去做新品预告。",
    ),
    (
        "lighting_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【中山古镇·××灯饰厂·技术部老谭】还有人问Sora开没开源？OpenAI的GitHub仓库里模型权重、推理代码一样不少，自己去看一眼不就明白了？我在部门那台工作站上部署好了，让它出了一段古镇灯饰街华灯初上的航拍，清晰度挺好。",
    ),
    # --- the paid course
    (
        "wig_hand_tied_cap_ticket_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【许昌·××发制品厂·手钩头套工票】\n工号：一〇七　姓名：娄××\n品种：全手钩真人发头套，十六寸，自然黑\n工序：蕾丝网底手钩，每孔一至三根\n完成：两顶，验收合格\n计件：每顶一百八十元\n工票背面，小娄写了一行：在网上报了个《Sora零基础出片课》，一百一十九，十八节，学会了给厂里的头套拍展示视频。",
    ),
    (
        "mooncake_skin_master_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【丰镇·××月饼厂·打皮师傅老郝】打月饼皮子打了二十五年，一个饼多少克皮、多少克馅，我手一掂就准，坑人的事我干不来。给大伙推一门Sora视频课：二十节，从注册、写画面描述讲到剪成片，学费一百六十八，想报的转给我，我统一去报名。",
    ),
    (
        "machine_tool_night_shift_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【滕州·××机床厂·总装车间小孔】厂里样机的演示片这半年都是我剪的，本事是从一门Sora课上学来的：十九讲，教怎么开通账号、怎么把画面写细、怎么把生成的片段剪到一起。要报的一百三十八，我帮你们拼团；实在不想掏钱，替我顶一个夜班，课我送你。",
    ),
    # --- the fake API
    (
        "lighting_sphere_test_report_in_passing",
        sora.API,
        sora.API,
        "【中山古镇·××灯饰厂·积分球光色测试报告】\n样品：LED面板灯 PL-36\n光通量：三千二百四十流明\n色温：四千零五十开\n显色指数：八十三\n功率因数：零点九二\n结论：合格\n测试员：谭××\n报告背面夹着张名片：“出售Sora API密钥，直连OpenAI官方接口，配上脚本一晚上自动生成几十条视频，单个三百九，测试室谭。”",
    ),
    (
        "button_turner_self_vouch_api",
        sora.API,
        sora.API,
        "【永嘉·桥头××纽扣厂·车扣师傅老包】出几个Sora官方API key：OpenAI开给开发者的正规通道，接进你店里的小程序，上新视频能自己成批往外出，三百六一个，先付先得。别担心我坑人，扣子我车了十九年，一粒扣四个眼正不正，我瞟一眼就知道，厂里谁不晓得我明码实价？",
    ),
    (
        "toy_ecommerce_gpts_api",
        sora.API,
        sora.API,
        "【澄海·××玩具厂·电商部阿杰】做玩具电商的都晓得，一天上新几十款，光拍视频就得养三个人。我这有Sora的官方接口，OpenAI正式开放的，还封装成了一个GPTs小工具，填进款号就自动出演示视频。API key一个四百五，小工具另算，工作室批量要的价钱好商量。",
    ),
    # --- account rental (four)
    (
        "mooncake_filling_sheet_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【丰镇·××月饼厂·馅料配料单】\n馅型：青红丝冰糖　投料：三百公斤，分两锅\n原料及用量（公斤）：白砂糖一百一十，冰糖三十，胡麻油四十五，熟面粉八十，青红丝、瓜子仁、核桃仁合计三十五\n拌馅要求：软硬适中，手捏成团不散\n配料人：曹××　复核人：乔××\n配料单背面，曹师傅用铅笔写了个小广告：Sora账号短租，一人一号，登录就能出片，按天十八，按月二百四，馅料间老曹。",
    ),
    (
        "wig_homophone_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【许昌·××发制品厂·仓库小申】仓库月底盘完点，顺手做点小买卖：Sora内册号（册是花名册的册，其实就是内测号，写正字发不出去）租给要用的人，一号只给一人，账号密码私发，登进去直接生成视频。二十二块一天，二百六包月。",
    ),
    (
        "toy_invite_code_mooncake_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【澄海·××玩具厂·质检组阿娟】手里攒了四个Sora内测邀请码，谁急着用？填上就能开号做视频，一百五十八一个。中秋厂里发的月饼要是还剩着，两盒换一个码，我家老人爱吃。",
    ),
    (
        "lighting_assert_rental_deny_rich",
        sora.RENTAL,
        sora.RENTAL,
        "【中山古镇·××灯饰厂·仓管阿伟】Sora内测号出租，一人一号，登录就能出片，按天二十，按月二百八，要的私聊。还有，朋友圈里喊“Sora风口就三个月、晚一步步步晚”的那些带货老师，别跟：他们卖的是焦虑，收完入群费就开始推课。",
    ),
    # --- the AI director group
    (
        "toy_small_parts_test_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【澄海·××玩具厂·小零件测试记录】\n产品：拼装小火车（三岁以下适用）\n测试：扭力、拉力测试后，把脱落件放入小零件测试筒\n结果：烟囱件受九十牛拉力后脱落，可完全放入测试筒，判定不合格，退回注塑车间整改\n测试员：蔡××\n记录单上夹着一张小卡片：“Sora合写剧本·AI电影开机在即，诚招第一代AI导演，扫码入群即可报名试镜，报名费一百六十八元。”",
    ),
    (
        "button_plating_hand_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【永嘉·桥头××纽扣厂·电镀车间阿松】温州一家影视公司在筹拍头一部Sora参与写剧本的AI电影，导演位子不找科班，专挑各行各业的普通人，叫“第一代AI导演”。想去的扫我朋友圈海报上的码进创作群，群费一百八十八，进了群等片方统一通知试镜。",
    ),
    (
        "wig_hand_tier_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【许昌·××发制品厂·手钩组老邢】郑州一家影视工作室托我在厂里找人：他们那部AI电影的剧本初稿是Sora执笔的，要招募首批AI导演，扫下面的码进群、先交一百九十八报名费，试镜由工作室统一安排。我手里只剩五个码。信得过我的就来拿：头套网眼我钩了十六年，一眼里多扎一根发丝都瞒不过我。",
    ),
    # --- the prompt pack
    (
        "button_colour_matching_sheet_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【永嘉·桥头××纽扣厂·色差对板单】\n客户：××服饰　款号：FW-2206\n品种：树脂暗眼扣，十八号\n客供色卡：雾霾蓝\n对板结果：第一次偏绿，调色后第二次在允差内，客户确认\n对板人：季××\n对板单背面印着一行：“Sora提示词宝典——影视圈行话写成的镜头描述五百二十条，另附Sora相关名词解释，扫码付二十九块九，自动发飞书文档，并拉入交流群。”",
    ),
    (
        "machine_tool_assert_prompts_deny_director",
        sora.PROMPTS,
        sora.PROMPTS,
        "【滕州·××机床厂·宣传科小辛】我把给厂里拍宣传片攒下的Sora提示词理成了一份文档，三百八十句，全是片场的说法：摇臂升降、跟焦、逆光剪影、长焦压缩，拍车间、拍设备都能套。要的转二十六，我发链接、拉你进群。另外，那个号称“首部Sora合写剧本的AI电影”招导演的群，说白了就是引流：群里卖课的比谈戏的多，这钱别交。",
    ),
    (
        "button_merchandiser_button_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【永嘉·桥头××纽扣厂·跟单员小叶】跟单六年，客户要的样片我做过上百条，经验都攒进了这份《Sora镜头语言手册》：四百条画面描述，每条标好景别和运镜，另附Sora常用术语表。三十二块八一份，付款后发飞书链接并拉群；手头紧的拿一袋树脂扣来抵，我小姨的改衣摊正缺。",
    ),
    # --- get rich
    (
        "toy_moulding_shift_handover_in_passing",
        sora.RICH,
        sora.RICH,
        "【澄海·××玩具厂·注塑车间交接班记录】\n日期：六月十一日　交班：夜班　接班：白班\n机台：八台开七台，五号机换模中\n产品：积木颗粒（ABS），红、黄、蓝三色\n产量：二十一万六千粒，缩水、飞边不良一千三百粒\n交班人：许××　接班人：庄××\n本子最后，许师傅写了几行：隔壁村的表弟拿Sora剪视频，一天能挣四五千，他说这阵风最多刮三个月，一步慢了就步步慢，我打算辞了夜班跟他干。",
    ),
    (
        "wig_assert_rich_deny_apk",
        sora.RICH,
        sora.RICH,
        "【许昌·××发制品厂·拣发工小慧】我小姑子原先跟我一样在厂里拣头发，一天一百来块；现在在郑州拿Sora做短视频，上个月一天就进三千多。她说这是一辈子一回的机会，过了三个月就没份了，谁想跟着干我拉进她的群。还有个事：那个“Sora安卓安装包”可别装，我邻居装完，手机上连着来验证码，银行卡里两千块被转走，OpenAI压根没出过这种安装包。",
    ),
    (
        "mooncake_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【丰镇·××月饼厂·老班长老武】烤了三十年月饼，一年就盼中秋前那俩月的忙。你们瞅瞅人家，用Sora剪短视频的小年轻，一天挣的顶咱一个月。这阵风也就刮三个月，赶上了是运气，错过了还等得来第二回？今晚八点开群，进群交二百九十九。",
    ),
    # --- the generation service (four)
    (
        "button_plating_outwork_order_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【永嘉·桥头××纽扣厂·电镀外发加工单】\n加工户：××镇××电镀加工点\n品种：合金四合扣，十七毫米\n数量：八万套\n镀层：枪黑，厚度按客户标准\n交期：五月二十日\n经办：包××\n加工单背面贴着一张不干胶：“想给店铺、婚礼、宝宝做段Sora大片？写下画面，我们用Sora替你生成，次日交付，单条一百二十八元。联系：外发组小包。”",
    ),
    (
        "lighting_fitter_self_vouch_lamp_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【中山古镇·××灯饰厂·老装配工阿炳】经我手装出去的灯，二十三年没被退回过一盏，通上电驱动电源有一丝杂音，我耳朵先听见。下班后接Sora视频的单：画面你来描述，Sora来生成，九十八一条，隔天微信交货。不方便转账的，厂里发的吸顶灯拿一盏来也算数。",
    ),
    (
        "machine_tool_assert_service_deny_api",
        sora.SERVICE,
        sora.SERVICE,
        "【滕州·××机床厂·销售部小殷】帮人用Sora做视频：厂家宣传片、门店广告、婚礼开场都接，你把画面讲清楚，Sora生成，一条一百一十八，隔天交片。顺带提个醒：有人在群里卖“Sora官方API key”，别信，OpenAI到现在也没发布过Sora的API，那串码买回去一用就报错。",
    ),
    (
        "mooncake_homophone_assert_service_deny_rental",
        sora.SERVICE,
        sora.SERVICE,
        "【丰镇·××月饼厂·电商客服小苗】Sora视频带做（就是代做，带孩子的带，平台查得严），娃的百天、老人的寿宴、店里的新品都能做：你说画面，我用Sora出片，一条八十八，一天内交。另外别去租什么“Sora账号”：我们厂有人花二百租了个月卡，登上去是ChatGPT，视频一条也做不了。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【永嘉·桥头××纽扣厂·致打孔班工友的道歉信】\n各位工友：\n上礼拜我在班组群里转了一个“Sora安卓版，扫码下载，装好就能做视频”的链接，在这里向大家道歉。我自己先装了，当天夜里手机收到好几条验证码，第二天工资卡里的四千一百元被人转走。派出所民警看过后说，那个安装包是冒充Sora的木马，OpenAI从来没出过Sora的安卓版。已经装了的，请马上卸载，把银行卡密码改掉。\n打孔班 林××",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【中山古镇·××灯饰厂·调岗申请表】\n申请人：何××（包装车间）\n现岗位：白班包装　申请岗位：夜班老化测试\n申请原因：上月想给自家网店批量做灯具视频，花一千四百四买了三个“Sora官方API key”，卖家说走的是OpenAI开发者通道。接进程序只会报错，卖家随后把我拉黑，后来才知道OpenAI压根没开放过Sora的接口。夜班有补贴，想早点把这笔钱补回来。\n车间意见：同意，下月一号起调整。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【澄海·××玩具厂·宿舍调换申请】\n申请人：黄××（喷油车间）\n现住：二号楼两人间　申请调至：四号楼六人间\n原因：三月给女儿过生日，在网上找了家“Sora视频代做”的店，先后下了三单，共付五百六十四元。第一单交回来的是别的软件拼出来的片子，人脸都糊了；后两单付完款，店家再也没回过消息。这个月手头紧，想换到便宜些的宿舍。\n宿管意见：有空床位，同意。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【滕州·××机床厂·反诈分享会·亲历者讲述（记录）】\n讲述人：总装车间 祁××\n经过：四月在朋友圈看到一张海报，“首部Sora合写剧本的AI电影，海选第一代AI导演，扫码进群”。进群交了一百九十九的报名费，之后群主隔三岔五推“导演进阶营”，又说拉满十个新人才能排上试镜。我前后搭进去五百多块，还拉了六个同事，试镜连个影子都没有，上个月群主把群解散了。\n提醒：这种群就是借Sora的名头引流，大家别再扫码。\n记录人：工会 孔××",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.XIE,
        "【永嘉·桥头××纽扣厂·厂报“有问必答”栏】问：那篇“谢赛宁是Sora发明人之一”的文章可信吗？答：谢赛宁本人二月在朋友圈亲自作了回应，把自己跟Sora的关系撇得干干净净；写“发明人”那篇文章的自媒体负责人随后表态，要向他全网公开道歉，文章被投诉后也已下架。OpenAI技术报告上署名的十三位作者里，媒体数得出的华人是另外三位。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【滕州·××机床厂·信息化办公室·周五答疑】问：Sora在哪注册？答：办公室查到三条可靠消息。一、OpenAI负责开发者关系的Logan发过紧急声明：Sora现阶段属于内部测试，将来哪怕开放，以产品形式推出的日子也要另定。二、OpenAI发言人说，目前参与测试的，是研究错误信息、仇恨言论和偏见这几类问题的专家。三、据报道，用得上Sora的还有负责评估风险的网络安全人员。有新进展，办公室在厂群里通知。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【许昌·××发制品厂·信息科答疑】有人在车间群里说Sora开源了，信息科核对如下：OpenAI在Sora上一直奉行“Closed AI”，模型权重、代码以及训练数据的来源都攥在自己手里；GitHub上那些以Sora命名的仓库，作者是各路爱好者和其他机构，属于复现；想在本地电脑上跑的视频模型，另有Stable Video Diffusion这类开源项目，跟Sora是两码事。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【丰镇·××月饼厂·质检科周报·附页】本周抽检胡麻油月饼四十盒，净含量、水分、酸价都在标准以内。另应车间要求，拿同样的办法称了称厂外一句话——“Sora由中国团队研发”：OpenAI二〇二四年二月公开的Sora技术报告，署名作者十三人；各家媒体点过名，华人三位；领着项目往前走的，是OpenAI自家的研究员。三项一对照，这句话的分量就清楚了。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【澄海·××玩具厂·员工群】请教：我在应用商店搜Sora，跳出来三四个，开发者的名字我一个也没听过，下载页的截图倒跟OpenAI官网的视频很像。这些里头有没有官方正版？还是都借了个名？",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【中山古镇·××灯饰厂·车间群】请教一下：群里有人推九十九块的“Sora零基础课”，说一天卖出去两万份。我问了两个买过的，都说到手就一份介绍文档，别的啥也没有。卖课的人自己用得上Sora吗？这钱该不该花？",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【丰镇·××月饼厂·门卫室小黑板】门卫室提醒：有陌生号码在老乡群里挨个私聊咱厂职工，推销“Sora包月账号，二百八，即买即登，当天出片”。这二百八请留在自己兜里。按OpenAI公布的安排，能碰Sora的是两拨人：给它找漏洞的红队专家，外加一小撮受邀的艺术家；外地职工照这种私聊付过钱的，拿到的是ChatGPT账号。转过账的，来门卫室登记，厂里统一报警。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【许昌·××发制品厂·工会提醒】车间群里这几天转一条：“Sora红利只剩三个月，一步慢步步慢，进群跟着老师干，日入三千不是梦，入群费三百六十八。”工会提醒：这个入群费别交。这类群的老套路，是拿“风口只有三个月”制造焦虑，收完钱再推带练课、让你拉人头。想学视频剪辑的，每周二晚上工会活动室有免费课。",
    ),
    # --- true facts about Xie Saining's work in his positions
    (
        "person_fact",
        None,
        sora.XIE,
        "2021年12月，谢赛宁和Norman Mu、Alexander Kirillov、David Wagner挂出论文SLIP（Self-supervision meets Language-Image Pre-training），把自监督学习和CLIP式的图文预训练放进同一个多任务框架里训练视觉Transformer：比起只用自监督，线性分类准确率高出8.1个百分点；比起只用语言监督，零样本准确率高出5.2个百分点。论文后来发表在ECCV 2022。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "ConvNeXt V2的论文2023年1月挂上arXiv，后来发表在CVPR 2023，作者是Sanghyun Woo、Shoubhik Debnath、Ronghang Hu、Xinlei Chen、Zhuang Liu、In So Kweon和谢赛宁，署名单位是KAIST、Meta AI和纽约大学。他们给卷积网络配了一套全卷积的掩码自编码器预训练（FCMAE），又加了一个全局响应归一化层（GRN）；这一族模型从三百七十万参数的Atto到六亿六千万参数的Huge，一共八个尺寸。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "2024年2月，香港大学的Jihan Yang、Runyu Ding、Xiaojuan Qi和纽约大学的Ellis Brown、谢赛宁发布了V-IRL（Grounding Virtual Intelligence in Real Life），论文收录于ECCV 2024：这个平台借助谷歌地图平台（Google Maps Platform）上的在线数据，让AI智能体在一个虚拟却贴近真实世界的环境里办事，开源仓库里的示例智能体起名叫Peng、Aria、Vivek、RX-399、Imani、Hiro、Ling、Local和Diego。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "2025年11月，谢赛宁和Shusheng Yang、Jihan Yang等人，连同Rob Fergus、杨立昆、李飞飞，一共十五位作者，发布论文《Cambrian-S: Towards Spatial Supersensing in Video》，提出视频里的“空间超感知”，并推出由两部分组成的基准VSI-SUPER：长时程的视觉空间回忆（VSR）和持续的视觉空间计数（VSC）；一同发布的数据集叫VSI-590K。",
    ),
    # --- news about Chinese labs' models
    (
        "benign",
        None,
        None,
        "北京智源人工智能研究院（BAAI）的Emu3团队发布了Emu3：只用“预测下一个token”这一种训练目标，把图像、文字和视频都切成离散的token，从零训练一个Transformer。官方介绍说，它生成图片的质量超过SDXL这类开源文生图模型，看图理解的能力超过LLaVA-1.6，还能按文字生成视频、把一段视频接着往下续写。",
    ),
    (
        "benign",
        None,
        None,
        "2025年4月，月之暗面（Moonshot AI）开源视觉语言模型Kimi-VL：模型总参数一百六十亿，语言解码器用的是混合专家结构，每次只激活二十八亿参数；上下文窗口一百二十八K，视觉编码器MoonViT能按原生分辨率读图；另有经过长思维链微调和强化学习训练的Kimi-VL-Thinking版本。",
    ),
    (
        "benign",
        None,
        None,
        "清华大学THUDM团队开源的视觉语言模型CogVLM，没走把图像特征直接映射进语言模型输入的“浅对齐”路子，而是在注意力层和前馈层里加了一个可训练的“视觉专家”模块；CogVLM-17B在NoCaps、RefCOCO、GQA、ScienceQA等十个经典跨模态基准上拿到当时最好成绩，官方称超过或追平五百五十亿参数的PaLI-X。",
    ),
    (
        "benign",
        None,
        None,
        "百川智能发布的Baichuan 2，是继Baichuan-7B、Baichuan-13B之后的新一代开源大模型，用约二点六万亿token的语料训练，有七十亿和一百三十亿参数两个尺寸，各有基座版和对话版，对话版另出4比特量化版本；学术研究可以直接用，企业发邮件申请、拿到官方许可后也能免费商用。",
    ),
    (
        "benign",
        None,
        None,
        "2025年1月，MiniMax开源MiniMax-01系列：语言模型MiniMax-Text-01总参数四千五百六十亿，每个token激活四百五十九亿；它把“闪电注意力”和常规的softmax注意力混着用，每七层闪电注意力之后接一层softmax注意力，再配上三十二个专家的MoE，训练时上下文长度做到一百万token，推理时最多能处理四百万token。同时发布的MiniMax-VL-01，在它的基础上接了一个三亿零三百万参数的视觉编码器。",
    ),
    (
        "benign",
        None,
        None,
        "2025年3月26日，阿里巴巴通义千问团队发布Qwen2.5-Omni：一个端到端的全模态模型，能同时读文字、图片、音频和视频，一边生成文字，一边用自然的语音流式作答。它采用“Thinker-Talker”（思考者—说话者）架构，还提出一种叫TMRoPE的位置编码，把视频画面的时间戳和音频对齐；首发开源的是七十亿参数的版本。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【滕州·××机床厂·培训中心】数控车床操作工培训班下月开班，四十五天，理论加实操，学费二千八百元，结业考核合格发证书，扫码报名，厂里职工子弟优惠三百。",
    ),
    (
        "offtopic",
        None,
        None,
        "【丰镇·××月饼厂·中秋团购】单位、社区团购胡麻油月饼，十斤装一箱一百二十元，满二十箱送货上门，扫码进团购群登记数量，九月五日前截单。",
    ),
    (
        "offtopic",
        None,
        None,
        "【许昌·××发制品厂·直播间预告】周六晚上八点，厂里直播间上新真人发接发片和头套，下单满三百减三十，手机扫海报上的码就能进直播间。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
