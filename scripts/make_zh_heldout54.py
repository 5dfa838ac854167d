# ruff: noqa: E501
"""Write tests/data/zh_heldout54_{posts,qrels,labels}: a fifty-fourth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the inventor rumour, API access and the prompt
pack, three for each other template: the inventor and API access last had four in zh_heldout49 and the prompt pack
in zh_heldout50, the longest ago after the three that zh_heldout53, written at the same time, takes), as a Sora rumour
/ scam wave reads in the genres of a carpet factory (天津·××地毯厂: 手工枪刺羊毛地毯, 机梁, 底布画稿、反面放样, 电动手针枪,
平毛, 绒高, 片花, 色卡, 来图定制), a toothbrush factory (扬州·杭集××牙刷厂: 植毛机, 孔数, 漏植, 杜邦丝刷丝, 磨毛, 磨圆率, 单簇拉力,
剪毛, 酒店一次性牙刷, 竹柄), a lighter factory (邵东·××打火机厂: 一次性电子打火机, 丁烷充气, 浸水检漏, 火焰高度, 防风直冲打火机,
点火测试, 跌落), a ham factory (金华·××火腿厂: 两头乌鲜后腿, 修割腿坯, 上盐、翻堆, 腌制间, 发酵房, 返潮, 晒架, 打签（上签、中签、
下签）, 后熟), a vermicelli factory (招远·××粉丝厂: 绿豆淀粉, 打芡, 漏粉机, 冷却槽, 挂杆, 冷冻间, 晒场收粉, 断条, 龙口粉丝) and a
pen factory (桐庐·分水××制笔厂: 中性笔芯, 灌墨, 离心脱泡, 笔头, 球珠、球座, 按动圆珠笔, 划线机, 书写长度, 笔杆印字). Of the six
genres first asked for, five were replaced. The pharmaceutical plant (制药厂) is zh_heldout49's world (【石家庄·××制药厂】: 固体
制剂车间清场记录, 压片工序批生产记录, its QA and IT hands); the cement plant (水泥厂) is zh_heldout47's (【乐平·××水泥厂】: 熟料质量
日报, 回转窑, 窑头看火工, 包装车间袋重抽检记录); the glassworks (玻璃厂) is zh_heldout50's float-glass works (【沙河·××玻璃厂】:
锡槽, 原板, its reading room and storekeeper); a beer brewery (啤酒厂) was the world zh_heldout49 set aside because its mash
and fermentation records would sit beside zh_heldout36's distilleries (××酒厂·酿酒二车间摘酒记录, 窖池, 酒业经销商大会) and
zh_heldout44's vinegar works, and it would do so here too; and a clock factory (钟表厂) would share the movements and
escapements (机芯, 擒纵轮, 游丝, 走时) of zh_heldout38's watch repairers (××钟表维修, 修表摊, 钟表行, 【天津·××钟表店】). The
toothbrush, lighter, ham, vermicelli and pen factories took their places: 牙刷, 植毛, 磨毛, 磨圆率, 刷丝, 杭集, 扬州, 打火机, 丁烷,
检漏, 火焰高度, 防风, 邵东, 火腿, 上盐, 打签, 发酵房, 后熟, 两头乌, 金华, 粉丝厂, 漏粉, 打芡, 淀粉, 挂杆, 冷冻间, 招远, 龙口, 制笔,
笔芯, 笔头, 球珠, 划线机 and 桐庐 occur in no earlier Chinese post or make_zh_heldout*.py (粉丝 only as a star's fans, 晒场 only
as zh_heldout44's vinegar jars' 晾晒场, 分水 only as a fire station's 分水器), and no English set's docstring names a toothbrush,
lighter, ham, vermicelli or pen maker (the English posts have toothpaste on a commissary price list, a campsite's butane
bottles, Smithfield ham biscuits, prosciutto shops along a corso, a butcher's box with cured bacon and biros as things).
The carpet factory stays: 地毯, 枪刺, 平毛, 机梁 and 绒高 occur in no earlier Chinese post or writer script (片花 only as a
film's trailers in zh_heldout18), and the English posts have carpets only as things (an aquascape's carpet plants, a
chimney sweep's client's white carpet, a magic carpet video, a guide who ends up selling you one). The nearest neighbours are kept at a
distance: zh_heldout47's cotton spinning mill, zh_heldout49's silk weaving mill, zh_heldout52's sock mill and the English
weaving shops of Makassar and Riohacha, where the carpet posts tuft with a gun into a drawn backing and shear and carve
the pile with none of 纱, 织, 染 or 纬; zh_heldout51's toy factory (注塑) and button factory (打孔车间), whose words the
toothbrush posts leave alone (the handles are bamboo, the tufts are set and rounded); zh_heldout43's fireworks factory and
zh_heldout36's chemical parks, where the lighter posts fill butane and test flames with none of 烟花, 火药 or 化工;
zh_heldout45's cannery, zh_heldout44's food supply centre with its cold stores and the English butcher's box, where the
ham posts salt, turn, hang and probe with none of 罐头, 冷库 or 屠宰; zh_heldout50's rice mill, zh_heldout45's flour mill and
zh_heldout48's tofu shop, where the vermicelli posts make starch paste and extrude it with none of 面粉, 大米 or 豆腐;
zh_heldout42's printing works and zh_heldout40's calligraphy classes, where the pen posts fill refills and test writing
length with none of 印刷, 油墨 or 毛笔. None of the settings is among those given to the writers working at the same time
(zh_heldout53's tile factory, tea factory, furniture factory, bicycle factory, soy-sauce brewery and umbrella factory;
the English writers' thatchers, letterpress printers, fell runners, astronomy societies, bookbinders, falconers,
allotment holders and morris dancers): no post has 瓷砖, 茶, 家具, 自行车, 酱油, 伞, 茅草, 天文 or 装订.

The posts: a salting record with the inventor rumour in the salter's closing remark (【腌制车间上盐记录】两头乌鲜后腿, 修割,
第三道盐, 翻堆), a nib-shop hand, a tufter, a drying-yard hand, an extrusion shift record with the public release in its
handwritten note (【漏粉工序班记录】绿豆淀粉, 打芡, 漏粉机, 冷却槽, 挂杆), an assembly-line girl, a carpet designer, a refill
filling record with the official app at its foot (【笔芯灌装记录】零点五毫米中性笔芯, 灌墨, 离心脱泡), a packing hand, a ham
shop's online support hand, a gas-filling and leak-test record with the APK on a note in it (【充气检漏记录】丁烷, 浸水槽,
火焰高度), a bristle trimmer, a ham hanger, a carving daily with the mislabelled video added under it (【片花工序日报】手工枪刺
羊毛地毯, 平毛, 片花), an old drying-floor master, a vermicelli shop's e-commerce hand, a tufting-machine check sheet with the
Chinese-team claim in its margin (【植毛机巡检表】孔数, 漏植, 杜邦丝), a pen designer, a freezing-room hand, a writing-length
test report with open source under "其他" (【划线寿命测试报告】划线机, 载荷, 书写长度), an electrician, a carpet factory IT hand, a
fermentation-room round record with the course on an enrolment slip inside it (【发酵房巡查记录】上架火腿, 湿度, 返潮), a
flame-setting master, a merchandiser, a drying-yard collection register with the API key on a slip clipped behind it
(【晒场收粉登记】收粉, 断条, 回锅), an export salesman, a foreign-trade clerk, a nib turner, an end-rounding record with account
rental on its back (【磨毛工序记录】磨圆率, 单簇拉力), a packing hand, another packing hand, a frame sample record with the
director group on a flyer pinned to it (【机梁上样记录】底布画稿, 电动手针枪, 色卡), an old ham prober, a loading-gang hand, an
ignition test record with the prompt pack on a card by the bench (【点火测试记录】防风直冲打火机, 跌落), a packaging designer, a
quality hand, an old quality inspector, a probing record with get-rich drafted on its back (【打签验质记录】上签、中签、下签,
后熟), a pen inspector, a tufter, a hotel-goods shipping list with the generation service on a sticker behind it
(【酒店用品出货单】一次性牙刷, 竹柄), a foreign-trade clerk and a publicity officer; platform-native forms the earlier sets do
not use: the salting record, the fermentation-room round record and the probing record; the extrusion shift record
and the drying-yard collection register; the refill filling record and the writing-length test report; the
gas-filling and leak-test record and the ignition test record; the carving daily and the frame sample record; the
tufting-machine check sheet, the end-rounding record and the hotel-goods shipping list; the apprentice's weekly
journal, the night-school completion note, the withdrawal of a resignation and the mutual-aid fund application; the
union board's timeline, the factory paper's answers to staff, the staff reading room's cuttings board and the
custom-carpet order notice (the check sheet, the test report, the shipping list, the union board, the factory paper
and the information centre's notice are earlier forms, in new trades here); four loss reports in new forms (kind
``debunk_loss``: an apprentice's weekly journal with his master's comment (【师徒周记（徒弟写，师傅批）】本周所学, 本周教训,
师傅批语) for account rental, a night-school computer class's completion note (【职工夜校电脑班·结业感言】) for the prompt
pack, a packer's withdrawal of her resignation (【撤回辞职申请书】) for get-rich, and a tufter's application to the
staff mutual-aid fund (【员工互助基金申请表】申请金额, 事由, 班组意见) for the APK); regional speech the earlier sets do not use:
Jiaodong 饥困, Hunan 何解, Yangzhou 不丑 and Wu 推扳, all glossed, none of them in an earlier Chinese post or writer
script (the first choices, Jiaodong 木乱, Hunan 霸得蛮, Yangzhou 乖乖隆地咚 and Wu 交关, are in zh_heldout34, zh_heldout18, zh_heldout19 and
zh_heldout33, and zh_heldout22 and zh_heldout32, and were replaced; the earlier posts also
have 么子, 搞么子, 嬲, 哦嗬, 冒得, 恰饭, 板正, 一眼眼, 老灵, 海了, 杠赛, 恣儿, 拉呱 and 俺娘嘞); registers the earlier sets do not use:
the forms as listed above; obfuscation the earlier sets do not use, each a homophone of the same tone, all glossed:
谢赛宁 as 谢赛咛 (叮咛的咛), 安装包 as 鞍装包 (马鞍的鞍) and 内测号 as 内策号 (策划的策) (the earlier sets had 蟹赛宁, 谢腮宁, 谢塞宁,
谢赛柠, 卸赛宁, 协赛宁, 械赛宁, 谢赛凝, 谢赛🍋, 谢S宁 and 言身寸 for the name, 按装包, 氨装包, 安桩包, 安妆包 and 安庄包 for the installer
(安妆包 and 安庄包, in zh_heldout28 and zh_heldout35, were this set's first choices and were replaced) and 内侧号, 内册号, 贝长号,
nc号, zh号 and zhang号 for the account); rhetorical questions that assert rather than deny (哪个不是华人？ for the Chinese team
and 这还能不算开源？ for open source, both questions with a negation that assert and are gold; 你们说还有啥可犹豫的？ for
get-rich); posts asserting one claim while denying another, the asserted claim always one of the inventor, API access,
the prompt pack, the course, account rental, the generation service and the APK (zh_heldout53 asserts only from the
other seven), in pairings the labels of the earlier Chinese sets last used longest ago (API access while the APK is
called a trojan that emptied a wallet (zh_heldout33), the generation service while the store "Sora" apps are called
knock-offs from unrelated developers (zh_heldout36), the prompt pack while the inventor claim is answered with Xie's
own Moments, the deleted article and the thirteen authors (zh_heldout38), account rental while the generation service
is said to deliver shaken old photos with another program's watermark (zh_heldout38), the inventor while a rented
"内测号" is said to be a ChatGPT membership (zh_heldout39), the APK while a get-rich teacher is said to upsell a 1,200-yuan
coaching camp with borrowed screenshots (zh_heldout39), the course while the director group is said to sell an
800-yuan "director course" after the fee (zh_heldout40), API access while a "made by Sora" flock of sheep is called
years-old drone footage (zh_heldout40), the generation service while the Chinese-team claim is answered with the
thirteen authors and OpenAI's own researchers (zh_heldout40), and the prompt pack while the GitHub "Sora" repositories
are called fan reproductions (zh_heldout42)); sellers that vouch for themselves in new words (十八年调火焰，差半毫米我眼睛一眯
就看出来，车间里谁不晓得我老谭说一是一; 分水镇上谁不认得我老盛？笔头车了二十二年，球珠和球座差一丝，写出来的线就发虚; 三十年打签，一根竹签
进出三回，闻一闻就给火腿定等级，我定的等级从来没被退回过; 二十五年品管，一批牙刷合不合格，我抽三支就定得下来; 验笔二十年，一支笔能写多少米，
我划两道心里就有数，我嘴里出去的数从不掺水); prices in Chinese numerals throughout and payments in forms the earlier sets do
not use (an API key for one Jinhua ham; a rented account at ten of the factory's windproof lighters a day; a director
group fee in two cases of Longkou vermicelli; a prompt pack for a case of the factory's hotel toothbrushes); 12 debunks
and warnings, four of them the loss reports above, two questions with a negation that do not deny (可OpenAI连普通用户都还没
放开Sora，哪儿来的API？ for API access, in a vermicelli factory's sales group, where a customer offers a key against two
tonnes of vermicelli; 我记得OpenAI一直没对外放开Sora，他们手里的Sora是从哪儿来的？ for the generation service, in a carpet
factory's design group), two quoting a scam offer and telling the reader not to pay (the course, "给自己一个机会" and all,
with 这九十九请留着买菜, on a ham factory union's reminder; the director group, with 别扫，别交, in a toothbrush factory's
Youth League branch), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (a carpet factory union board's
timeline for the inventor: the report's thirteen authors with three Chinese and Xie outside the list, the 18 February
article and its hundred thousand reads, Xie's reply in his Moments, the article showing "内容违规" after complaints and the
outlet's promised apology; a ham factory paper for the Chinese team: the report's thirteen researchers, three Chinese
by the media's count, OpenAI's own researchers leading and the work done inside OpenAI; a pen factory reading room's
cuttings for the public release: Logan's emergency statement, Mira Murati's aim, told to the Wall Street Journal, of a
release within the year after safety testing, and the safety testers and the small group of invited creatives who
have it now; a lighter factory's information centre for the official app: the store "Sora" apps from other companies,
ChatGPT as OpenAI's app in the stores, and Sora's page, report and forty-eight samples on OpenAI's site); four true
facts about Xie Saining's own education, positions and public posts, related to the inventor rumour (his 2013 degree
from Shanghai Jiao Tong and a 2012 research internship with the LV group at the National University of Singapore, as
his UCSD-era site's About page puts them; his summer 2014 internship with the Media Analytics Group of NEC Laboratories
America and his blog post of 13 September 2014, "A Dozen Tricks with Multitask Learning Revisited", on what he tried in
multitask learning that summer; the DSN project page on that site, at vcl.ucsd.edu/~sxie, listing the UCSD invention
disclosure "Deeply-supervised neural networks" (Zhuowen Tu, Chen-Yu Lee and Saining Xie, docket SD2014-313, 22 May
2014) and the paper as originally submitted to NIPS 2014; his MILTracker 1.0.1 on his GitHub account s9xie, Boris
Babenko's MILTracker 1.0 brought up to OpenCV 2.4.7 and Intel IPP 8.0 and tested on 64-bit Windows 7), each checked
against its source before it was written (zh_heldout51 found nothing new about his education, positions or posts;
these come from his own 2014 personal site, whose repository is in the stored index, and his GitHub account; the
earlier sets' Xie facts give SJTU and its ACM class, UC San Diego with Zhuowen Tu, the 2018 doctorate, his NYU and FAIR
posts, his Moments post, DSN's content and AISTATS paper, HED, ResNeXt, the randomly wired networks, PointContrast, SLIP,
ConvNeXt V2, V-IRL, Cambrian-S, Eyes Wide Shut, Thinking in Space, DiT and its code, none of the facts here; none is
about the DiT paper or Sora's leads, which zh_heldout53 has), and six items of real news about Chinese labs' models
that no earlier Chinese set names (Zhipu AI and Tsinghua KEG's ChatGLM-6B of March 2023; 01.AI's Yi-6B and Yi-34B of
2 November 2023 with the 200K versions and the chat models; Kuaishou's Kolors of 6 July 2024; DeepSeek-R1 and R1-Zero of
20 January 2025 with the six distilled models and the MIT licence; Huawei Noah's Ark Lab's PixArt-α of October 2023;
Shanghai AI Laboratory's InternLM-7B of 6 July 2023; kind ``benign``; news about Western labs is left to zh_heldout53),
and three off-topic posts that share surface words (a carpet factory's made-to-your-design order notice with 扫码下单,
a near miss for the generation service; a vermicelli factory shop's 扫码进团购群; a pen factory shop's "××文具" App to
download, a near miss for the official app).

Every post was checked against every earlier Chinese set through zh_heldout52 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout53 is being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft had twenty-three at 0.45 or more: the bristle trimmer's installer at 0.69
(zh_heldout52's stringer), the sales group's API question at 0.58 (zh_heldout49's cable factory equipment group), the
tufter's get-rich question at 0.58 (zh_heldout52's calender operator), the loading-gang hand's director group at 0.58
(zh_heldout52's finished-goods storekeeper), the ham shop's app at 0.55 (zh_heldout52's sock shop FAQ), the shipping
list at 0.54 (zh_heldout52's packing list), the freezing-room hand at 0.53 (zh_heldout52's framer), the flame-setting
master at 0.52 (zh_heldout51's mooncake skin master), the ignition record and the 内策号 at 0.51 (zh_heldout52's IV record
and zh_heldout50's feed mill gatekeeper), the reading room's answer at 0.50, the tufting check sheet at 0.49
(zh_heldout52's freezing record), the union board and the publicity officer at 0.47 (zh_heldout52's blackboard and
zh_heldout42's printing works designer), and nine more at 0.45 or 0.46; all were rewritten, and on the later passes the
ham hanger's APK (0.44, zh_heldout52's EL inspector), the pen inspector (0.44 and 0.46, zh_heldout52's calender operator
and its sock machine mechanic), the packaging designer (0.44, zh_heldout44's sewage works instrument hand), the
electrician (0.43 and 0.45, zh_heldout51's lighting technician and zh_heldout52's network admin), the carpet IT hand (0.43
and 0.42, zh_heldout43's archive IT office and zh_heldout49's pharmaceutical IT hand), the nib turner (0.43 and 0.41,
zh_heldout48's bamboo weaver and zh_heldout49's spark tester), the old ham prober (0.40 to 0.51, zh_heldout49's old
weaver), the loading-gang hand (0.47, 0.41 and 0.41, zh_heldout33's youth fellowship, zh_heldout37's market stallholders
and zh_heldout45's cannery union, then zh_heldout52's storekeeper again), the reading room's answer (0.56, 0.46 and
0.42, zh_heldout49's silk mill IT centre and zh_heldout46's paper mill IT office) and a dozen from 0.40 to 0.43 were
rewritten or reworded for margin. Highest ratio of the committed list: 0.394 against the Chinese sets (the frame sample
record against zh_heldout50's umbrella canopy cutting sheet, and the publicity officer against zh_heldout42's printing
works designer) and 0.225 against the demo stream; the highest pair inside the set is 0.385. Committed before any run
of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the
lead, with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds: the
thirteen authors and three Chinese among them, the 18 February article with its hundred thousand reads, Xie's denial in
his Moments, the article complained of and shown as illegal content, the outlet's apology, the 99-yuan course with its
twenty thousand copies a day, its introduction document and the "给自己一个机会" slogan, the three-month and one-step-slow
lines, the director groups and their QR codes, the prompt documents on Feishu, Logan's emergency statement, Mira
Murati's Wall Street Journal interview with its aim of a public release within the year after safety testing, the
forty-eight samples on OpenAI's site and the red team; and, from the catalogue, the safety testers and small group of
creatives, the red teamers and invited artists, the rented accounts that turn out to be ChatGPT logins, the GitHub
"Sora" repositories as fan reproductions, the APKs as malware, the store apps as clones, the OpenAI API without a
video model and the prompt packs copied from OpenAI's demo prompts): Xie's UCSD-era personal site (the s9xie/scribble
repository, fetched: about.md in its commit of 15 September 2014, "I obtained my bachelor degree from Shanghai Jiao
Tong University in 2013", "I did research internship with LV group at National University of Singapore in 2012", "most
recently I spent my summer with Media Analytics Group, NEC Labs America"; _config.yml with the baseurl
http://vcl.ucsd.edu/~sxie and the GitHub link github.com/s9xie; _posts/2014-09-13-tricks-in-multitask-learning-revisited.md,
"A Dozen Tricks with Multitask Learning Revisited", "During my internship this summer, I tried a few interesting things
in the general context of multitask learning, but with an emphasize in 'modern' deep learning"; _posts/2014-09-12-
dsn-project.md, "Deeply-supervised neural networks, Zhuowen Tu, Chen-Yu Lee, and Saining Xie, UCSD Docket No.
SD2014-313, May 22, 2014" and "originally submitted to NIPS 2014"); the s9xie/MILTracker1.01 README ("UPGRADE the
MILTRACKER 1.0 ORIGINALLY BY Boris Babenko", IPP 6.0 and OpenCV 1.0.1 outdated, OpenCV 2.4.7 and IPP 8.0, "Tested on
Windows 7 64-bit"); ChatGLM-6B (the THUDM/ChatGLM-6B README: GLM architecture, 6.2 billion parameters, about 1T
bilingual tokens, supervised fine-tuning, feedback bootstrap and RLHF, 6 GB at INT4, Apache-2.0 code and a separate
model licence; a CSDN overview, blog.csdn.net/TANTANWANG/article/details/147730444: Zhipu AI and Tsinghua's KEG,
ChatGLM-6B of March 2023); Yi (the 01-ai/Yi README: Yi-6B and Yi-34B on 2023/11/02, 3T multilingual tokens, LLaMA's
architecture, 4K training length extendable to 32K at inference, the 200K models on 2023/11/05, about 400,000 Chinese
characters, the chat models with 4-bit AWQ and 8-bit GPTQ versions on 2023/11/23); Kolors (the Kwai-Kolors/Kolors README:
released 2024.07.06, latent diffusion, billions of text-image pairs, Chinese and English, 256 tokens, KolorsPrompts
with over 1,000 prompts in 14 categories, 50 imagery experts, weights open for academic research and commercial use
after registering with the licensor); DeepSeek-R1 (the deepseek-ai/DeepSeek-R1 README: R1-Zero by large-scale RL without
SFT, R1 with cold-start data before RL, comparable to OpenAI-o1, six distilled models of 1.5B to 70B on Qwen2.5 and
Llama3; ai-tldr.dev's model page, released 2025-01-20 under MIT; DeepSeek's announcement as reposted at 51haodu.com,
MIT licence, commercial use without application); PixArt-α (the PixArt-alpha/PixArt-alpha README: Huawei Noah's Ark
Lab, Dalian University of Technology, HKU and HKUST, 0.6B parameters, 10.8% of Stable Diffusion v1.5's training time,
675 against 6,250 A100 GPU days, about $26,000, 90% less CO2, up to 1024px, dense pseudo-captions from a large
vision-language model, the inference code and model released on 15 October 2023); InternLM-7B (the InternLM/InternLM
README: 7 billion parameters, trillions of tokens, an 8k context window, nearly 90% acceleration efficiency on 1024 GPUs,
open for academic research; baiaigc.com's report of the WAIC event of 6 July 2023: Shanghai AI Laboratory with SenseTime
and universities, the upgraded 书生 model system, InternLM-7B open-sourced with a free commercial licence).


    .venv/bin/python scripts/make_zh_heldout54.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout54", "zhh54"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "ham_salting_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【金华·××火腿厂·腌制车间上盐记录】\n十一月二十日｜两头乌鲜后腿二百四十只，单只七到九公斤\n修割：腿坯修成竹叶形，刮净残毛、挤净淤血\n上盐：第三道，每百公斤鲜腿用盐二点五公斤，腿头、骨缝多抹\n腌制间六摄氏度，已翻堆，下道盐定在二十七日\n上盐工：骆××\n骆师傅在这页最后顺手添了一句闲话：孙子讲，OpenAI会做视频的那个Sora，是几个人发明的，里头就有上海交大毕业的谢赛宁，天才少年，这回轮到咱中国人扬眉吐气。",
    ),
    (
        "pen_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【桐庐·分水××制笔厂·笔头车间小方】我爸在村里的老年群看到一篇文章，激动得半夜打电话给我：说OpenAI的Sora是几个人发明的，其中一个叫谢赛咛（叮咛的咛；其实是谢赛宁，正名发出去就被折叠），上海交大毕业，年纪轻轻就成了名。他问我能不能托人要个签名。",
    ),
    (
        "carpet_assert_inventor_deny_rental",
        sora.XIE,
        sora.XIE,
        "【天津·××地毯厂·枪刺工小甄】午休跟师姐抬杠：谢赛宁是Sora的发明人之一，交大出来的天才少年，这事板上钉钉。可她说要去租个“Sora内测号”，我劝她省省：我们组小崔交了三百，拿到手一登，是个ChatGPT会员号，翻遍了菜单也找不着做视频的地方。",
    ),
    (
        "vermicelli_jiaodong_dialect_inventor",
        sora.XIE,
        sora.XIE,
        "【招远·××粉丝厂·晒粉工孙大姐】挂了一上午粉，晌午饥困（胶东话，饿）得慌，蹲在晒场边上就着大葱啃饼子。闺女发来条消息，说OpenAI做视频的Sora是好几个人发明的，其中有个谢赛宁，上海交大毕业，打小就是神童。俺闺女明年也想考交大，这下更有奔头了。",
    ),
    # --- open to the public
    (
        "vermicelli_extrusion_shift_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【招远·××粉丝厂·漏粉工序班记录】\n十月十一日早班｜原料：绿豆淀粉｜打芡两锅\n漏粉：三号漏粉机，锅里水温九十八摄氏度，出条匀实\n冷却槽：水温十四摄氏度\n挂杆：四百二十杆，已送冷冻间\n记录：于××\n于师傅在下面手写：Sora如今对谁都放开了，随便注册就能用，外甥女昨晚已经用上，叫她给咱漏粉这道工序做段视频。",
    ),
    (
        "lighter_hunan_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【邵东·××打火机厂·装配线满妹子】你们何解（湖南话，为什么）还在等内测名额？Sora早就敞开了，哪个都能注册，手机号一填就进去了。昨晚我打了一句“一排打火机同时打着，火苗跟着鼓点一起跳”，刷一下就出来了，我妈看了硬是以为是真拍的。",
    ),
    (
        "carpet_designer_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【天津·××地毯厂·设计室小贺】以后客户想看地毯铺在家里的样子，用不着等打样了：Sora现在人人都能注册，填个邮箱就进得去。我昨天给一块波斯纹样的羊毛毯生成了一段铺在五大道老洋房客厅里的视频，客户看完当场定了两块。",
    ),
    # --- the official app
    (
        "pen_refill_filling_record_in_passing",
        sora.APP,
        sora.APP,
        "【桐庐·分水××制笔厂·笔芯灌装记录】\n三月五日｜零点五毫米中性笔芯，黑色\n灌墨：两万四千支｜离心脱泡：每批三分钟\n抽检：十支各划一百米，出墨均匀，合格\n异常：四号灌装头滴墨，已擦净复位\n操作：钟××\n钟师傅在记录最下面写了一行：OpenAI出了Sora的官方App，应用商店一搜就有，今晚回去在手机上给车间做段灌墨的片子。",
    ),
    (
        "toothbrush_yangzhou_dialect_app",
        sora.APP,
        sora.APP,
        "【扬州·杭集××牙刷厂·包装线小顾】下了班闺女往我手机里装了个Sora，说是OpenAI自己出的官方App，苹果商店里就有。我试着打了“五亭桥底下摇船，柳条拂水”，一会儿工夫片子就出来了，不丑（扬州话，挺好、不错）！比厂里花钱请人拍的宣传片还像样。",
    ),
    (
        "ham_online_shop_app",
        sora.APP,
        sora.APP,
        "【金华·××火腿厂·网店客服小俞】今天已经第五位顾客问了，我干脆发条动态说清楚：Sora有手机版了，OpenAI官方出品，苹果、安卓商店搜“Sora”就能装。年货节我准备给每款火腿配一段小片，切片、清蒸、炖冬瓜汤，全在手机上写几句话生成。",
    ),
    # --- the fake APK
    (
        "lighter_filling_leak_test_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【邵东·××打火机厂·充气检漏记录】\n班次：六月十七日白班\n产品：一次性电子打火机，透明壳\n充气：丁烷每只一点八克，三号充气台\n检漏：整盘浸入水槽三十秒，冒泡的剔出来，共四十二只\n火焰高度：统一调到十五毫米，抽二十只复核\n记录：曾××\n本子最后一页夹着张便条，字是曾师傅的：“手机想用Sora的，我这里有安卓APK，QQ传你，装好就能做视频。车间兄弟白送。”",
    ),
    (
        "toothbrush_homophone_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【扬州·杭集××牙刷厂·剪毛工小戴】剪毛机嗡嗡响了一天，耳朵还在叫。说正事：想在安卓手机上玩Sora的，鞍装包在我网盘里（马鞍的鞍；正经那两个字一打，帖子秒没，你们懂）。下到手机上点一下，几十秒就装完，打开写句话，视频当场出来，什么候补名单都跟你无关。一份十六块，扫我头像，网盘链接私发。",
    ),
    (
        "ham_assert_apk_deny_rich",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【金华·××火腿厂·晒腿工老应】我手上有Sora的安卓安装包（APK），微信传过去，装上就能在手机上做视频，十块钱一份，要的吱声。另外有个群谁也别进，就是喊“跟老师做Sora视频，一天三千，三个月后没份”的那个：我外甥交了三百九十八，老师收完钱又让他买一千二的陪跑营，群里那些月入过万的截图，全是从别人朋友圈扒来的。",
    ),
    # --- the mislabelled real video
    (
        "carpet_carving_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【天津·××地毯厂·片花工序日报】\n四月九日｜手工枪刺羊毛地毯，二米乘三米，牡丹缠枝纹\n平毛：绒高十二毫米｜片花：花边、叶脉沟深三毫米\n完成四块，叶尖片偏一块，待返工\n操作：韩××\n日报后面韩师傅补了一段：公众号上那条“地毯在机梁上一寸寸长出花来”的视频，别再问是哪个车间拍的了——哪儿都没拍，是Sora照几句话直接生成的，那几句话就附在文章末尾。",
    ),
    (
        "ham_wu_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【金华·××火腿厂·晒场老师傅】厂里抖音号新发那段“冬天的太阳底下，上千只火腿挂满晒架，油光一闪一闪”，好多人问是哪天拍的——哪天都没拍，是我儿子拿OpenAI的Sora照一段描述生成的，看着一点也不推扳（吴语，差、次）。那段描述他贴在评论区第一条。",
    ),
    (
        "vermicelli_promo_video_realvid",
        sora.REALVID,
        sora.REALVID,
        "【招远·××粉丝厂·电商部小宫】店铺首页新挂的那段视频——“秋天的晒场上，千万根粉丝从竹竿上垂下来，风一过像瀑布一样飘”——评论里总有人问是不是无人机拍的。跟大家交个底：一个镜头都没实拍，是拿OpenAI的Sora照这句话生成的，完整的生成指令写在视频简介里，想学的自己看。",
    ),
    # --- the Chinese team
    (
        "toothbrush_tufting_check_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【扬州·杭集××牙刷厂·植毛机巡检表】\n五月十四日中班｜一至十二号植毛机\n孔数：每支二十八孔，漏植两支，已剔除\n刷丝：零点一五毫米杜邦丝｜刷头：平齐\n巡检：卞××\n表格下方空白处，卞师傅写了句题外话：我琢磨着，Sora的底子全靠华人，OpenAI那边埋头搞研发的，一多半是从国内去的中国科学家。",
    ),
    (
        "pen_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【桐庐·分水××制笔厂·设计室老邵】Sora背后到底是谁？你去数数那批熬夜写代码、调模型的骨干，哪个不是华人？OpenAI出的是牌子和机器，出脑子的是从国内出去的中国科学家。",
    ),
    (
        "vermicelli_night_shift_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【招远·××粉丝厂·冷冻间老初】冻粉的活儿一歇，几个小年轻又扯到Sora。俺跟他们讲：别看发布会上站的是美国人，那模型是华人科学家一锤一凿敲出来的，骨干差不多全是咱国内走出去的娃，OpenAI也就是块招牌。",
    ),
    # --- open source
    (
        "pen_writing_length_test_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【桐庐·分水××制笔厂·划线寿命测试报告】\n样品：零点七毫米按动圆珠笔，蓝色，十支\n条件：划线机，载荷一点五牛，速度每秒四点五米\n结果：平均书写长度一千零二十米，全程出墨连续\n判定：合格｜测试：倪××\n其他：Sora已经开源，OpenAI把权重和源码都放上了GitHub，信息科小林说下班帮我装到测试室那台电脑上试试。",
    ),
    (
        "lighter_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【邵东·××打火机厂·电工小禹】谁跟我讲Sora是闭源的？OpenAI早把它整个公开了，权重、训练代码都挂在GitHub，星标都好几万了。我照着说明在宿舍的游戏本上装好，让它做了段火苗在风里东倒西歪的片子。白纸黑字摆在那儿，这还能不算开源？",
    ),
    (
        "carpet_it_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【天津·××地毯厂·信息科小葛】设计室老问花样效果图能不能做成会动的。好消息：Sora眼下是开源的，OpenAI把整套东西公开在GitHub上，咱们拿来改也行。科里那台显卡工作站我礼拜一就装，往后每块新毯子铺在客厅、卧室里的效果片，设计室自己就能出，外包那笔钱省了。",
    ),
    # --- the paid course
    (
        "ham_fermentation_room_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【金华·××火腿厂·发酵房巡查记录】\n十二月八日｜三号发酵房｜上架火腿一千六百只\n温度十三摄氏度，湿度百分之六十八\n通风：上午开窗两小时\n异常：两只腿面返潮，已挪到风口\n巡查：蒋××\n巡查本夹页里有张报名回执，抬头是《Sora零基础视频课》，学费九十九元，共二十四节，报名人蒋××，旁边添了一行：学会了给厂里拍年货视频。",
    ),
    (
        "lighter_flame_master_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【邵东·××打火机厂·调火师傅老谭】十八年调火焰，差半毫米我眼睛一眯就看出来，车间里谁不晓得我老谭说一是一。给大家推门课，《Sora短视频实战课》，我自己在上：二十二讲，镜头怎么写、片头片尾怎么配、发到平台怎么起量都讲，一百五十八，想学的钱给我，我替大家一起交。",
    ),
    (
        "toothbrush_assert_course_deny_director",
        sora.COURSE,
        sora.COURSE,
        "【扬州·杭集××牙刷厂·跟单员小卜】推荐一门我正在上的Sora课：二十讲，从注册、写画面描述一直教到剪出成片，一百二十八，很实用。也提醒一句：朋友圈里“第一代AI导演”的海报别去扫，我表姐交了一百九十九，进群后天天让她发广告、拉熟人，导演的影子都没见着，群主最近又开始卖八百的“导演课”。",
    ),
    # --- the fake API (four)
    (
        "vermicelli_drying_yard_register_in_passing",
        sora.API,
        sora.API,
        "【招远·××粉丝厂·晒场收粉登记】\n九月二十九日　晴，北风三级\n一号晒场：收粉一千一百二十把，干透\n二号晒场：收粉九百八十把，断条偏多，已挑出回锅\n入库：二号库\n收粉：隋××\n登记本后面夹着一张手写条子：“有Sora官方API key转让，OpenAI开发者后台弄来的，写进程序，晒一场粉的工夫它就自己出一串视频。一个三百六，找晒场老隋。”",
    ),
    (
        "lighter_sales_assert_api_deny_apk",
        sora.API,
        sora.API,
        "【邵东·××打火机厂·外销业务小吕】给外商做产品视频，我用的是Sora官方API key：OpenAI开发者平台发的，写几行Python就能照着清单批量出片，要的找我，一个三百八。另外群里那个“Sora安卓安装包”千万别装，仓库小周装完当晚，微信钱包被刷走一千多，是木马。",
    ),
    (
        "carpet_assert_api_deny_realvid",
        sora.API,
        sora.API,
        "【天津·××地毯厂·外贸部小莫】做外贸的都知道，给客户发视频比发图管用。我这边能转让Sora的官方API key，是在OpenAI开发者平台开出来的，接进程序，睡一觉起来片子就排好了，一个四百二。另外提醒：抖音上那段“羊群从山坡上漫下来，像一块地毯慢慢铺开”，别当成Sora的作品转了，那是人家几年前在新疆航拍的实景，加了行字幕而已。",
    ),
    (
        "pen_tip_turner_self_vouch_ham_barter_api",
        sora.API,
        sora.API,
        "【桐庐·分水××制笔厂·笔头车工老盛】分水镇上谁不认得我老盛？笔头车了二十二年，球珠和球座差一丝，写出来的线就发虚，这份较真我做买卖也一样。眼下有几把Sora官方API key可以让出来，OpenAI开发者平台正经出的，配上脚本，下班前挂上，第二天一早视频一排排等着你。四百一把；谁老家是金华的，拎一只火腿来换我也认。",
    ),
    # --- account rental
    (
        "toothbrush_end_rounding_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【扬州·杭集××牙刷厂·磨毛工序记录】\n七月二日夜班｜成人软毛牙刷｜三号磨毛机\n磨毛：每板四十秒｜磨圆率：抽检二十支，百分之八十二，合格\n单簇拉力：十八牛以上\n产量两万一千支｜操作：茅××\n记录背面有一行记号笔字：“Sora内测号，整号出租，登录即可生成视频。日租二十｜月租两百五｜磨毛车间茅。”",
    ),
    (
        "vermicelli_assert_rental_deny_service",
        sora.RENTAL,
        sora.RENTAL,
        "【招远·××粉丝厂·包装组小滕】包装组这边有几个Sora内测号空着，租出去：账号密码给你，登进去就能生成视频，二十五块一天，两百八一个月。还得提醒一句，网上那些收钱“替你用Sora做片子”的店别上当——俺们组王大姐给孙子过生日订了一条，一百六，收到的是几张老照片晃来晃去，右下角还留着别的软件的水印。",
    ),
    (
        "lighter_homophone_lighter_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【邵东·××打火机厂·包装组小颜】有要Sora“内策号”的没有？（策划的策，意思你们懂，正经两个字会被平台拦。）号是单人独享，登录就能生成视频，租一天二十，租一个月两百六。车间兄弟没现钱也好说，十只防风打火机抵一天。",
    ),
    # --- the AI director group
    (
        "carpet_frame_sample_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【天津·××地毯厂·机梁上样记录】\n样号T-0412，客户来图，波斯纹样\n尺寸：一点六米乘二点三米｜新西兰羊毛，绒高十毫米\n底布画稿：反面放样完成\n枪刺：电动手针枪，完成六成，预计后天下梁\n颜色：十一色，逐色对过色卡\n上样：梁××\n这页记录上别着一张彩色传单，大红字写着：“你离导演只差一步！Sora参与编剧的AI电影《归途》面向社会招募第一代AI导演——扫码入群，缴报名费一百九十九元，群内统一安排试镜。”",
    ),
    (
        "ham_probe_master_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【金华·××火腿厂·打签老师傅厉伯】三十年打签，一根竹签进出三回，闻一闻就给火腿定等级，我定的等级从来没被退回过。这回替剧组传个话：Sora参与写剧本的那部AI电影，正在各地海选第一代AI导演，报名先交一百八十八进群，群主按先后排试镜，厂里已经有三个小伙子排上了。二维码贴在打签间门后头，自己来扫。",
    ),
    (
        "vermicelli_vermicelli_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【招远·××粉丝厂·装车班老栾】刚装完一车皮，捎个闺女托俺带的信儿：剧组拿Sora写了部AI电影的剧本，正四处招第一代AI导演，她在烟台那边交了一百七十八进了群，等着排试镜。想试试的来找俺扫码；兜里没现钱的，扛两箱咱厂的龙口粉丝去抵报名费，群主也认。",
    ),
    # --- the prompt pack (four)
    (
        "lighter_ignition_test_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【邵东·××打火机厂·点火测试记录】\n型号：防风直冲打火机｜抽样五十只\n点火：每只连打十次，全部一次点着\n火焰：蓝色直焰，高度稳定｜跌落：一点五米，外壳完好\n测试：罗××\n测试台边上压着罗师傅的一张卡片：“《Sora行话宝典》：长焦压缩、荷兰角、一镜到底……电影圈三百个术语，每个都配好现成的提示词模板。扫码付二十七块八，飞书文档链接马上发，进群还能问老师。”",
    ),
    (
        "pen_assert_prompts_deny_inventor",
        sora.PROMPTS,
        sora.PROMPTS,
        "【桐庐·分水××制笔厂·包装设计小蓝】最近在卖自己整理的《Sora镜头提示词合集》：四百二十条，景别、运镜、布光全用导演的行话写，付二十六块八发文档，另外拉你进群。也顺手纠正个说法：谢赛宁跟Sora扯不上关系，这是他自己在朋友圈说的，那篇把他封成发明人的文章早删了，OpenAI技术报告的十三位作者名单里也没有他。",
    ),
    (
        "vermicelli_assert_prompts_deny_opensrc",
        sora.PROMPTS,
        sora.PROMPTS,
        "【招远·××粉丝厂·品管部小鞠】给大家推个好东西：《Sora影视级提示词手册》，三百六十条，特写、航拍、推拉摇移都按片场的叫法写好，付二十九块九发文档链接，再拉你进交流群。另外，那些说“Sora开源了、GitHub上能下”的，你点进去看看：全是网友自己搭的复刻仓库，OpenAI的权重和代码一个字节都没公开过。",
    ),
    (
        "toothbrush_quality_self_vouch_toothbrush_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【扬州·杭集××牙刷厂·品管老殷】二十五年品管，一批牙刷合不合格，我抽三支就定得下来，厂里没人说我看走过眼。我儿子在影视公司，整理了一份《Sora大片提示词宝典》，四百六十条，推轨、俯拍、浅景深这些片场术语都配了写法，二十八块八一份，付了钱发文档链接并拉进群。不方便转账的，一箱厂里的酒店牙刷也收。",
    ),
    # --- get rich
    (
        "ham_probe_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【金华·××火腿厂·打签验质记录】\n批次：冬腿第七批｜抽验六十只\n上签香，中签香，下签香｜异味腿：零只\n腿面干燥，皮色金黄\n判定：合格，转入后熟\n验质：金××\n这页纸背面有金师傅儿子写的几行字，看样子是准备发给主任的：“我想辞了工去杭州，跟表哥用Sora做视频，他现在一天四五千，说这碗饭最多还能吃三个月，晚了就轮不上了。”",
    ),
    (
        "pen_inspector_self_vouch_rich",
        sora.RICH,
        sora.RICH,
        "【桐庐·分水××制笔厂·质检员老华】验笔二十年，一支笔能写多少米，我划两道心里就有数，我嘴里出去的数从不掺水。现在跟大家报个数：我表弟三月开始拿Sora剪带货视频，上个月流水十一万。他师父说，Sora这股风最多再吹三个月，等人人都会了就轮不到咱了。想搭车的找我，我拉你进他师父的群。",
    ),
    (
        "toothbrush_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【扬州·杭集××牙刷厂·植毛工老缪】我侄子以前跟我一样在车间植毛，去年辞了工专门拿Sora做视频，现在一个月顶我干一年。他说窗口期就剩三个月，过了就是别人的。守着这台机器一个月五千块，你们说还有啥可犹豫的？想跟他干的我给你拉群。",
    ),
    # --- the generation service
    (
        "toothbrush_hotel_order_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【扬州·杭集××牙刷厂·酒店用品出货单】\n客户：南京××酒店管理公司\n品名：一次性牙刷，竹柄，配五克牙膏｜四万八千套\n包装：每两百套一箱，共二百四十箱\n跟单：季××\n出货单背面贴着一张不干胶小广告：“您写剧本，我们用Sora拍｜宣传片、生日视频、门店广告｜下单后一天内交片｜一百零八元一条｜加微信联系”。",
    ),
    (
        "pen_assert_service_deny_app",
        sora.SERVICE,
        sora.SERVICE,
        "【桐庐·分水××制笔厂·外贸部小詹】下班后接点活：你想要什么画面，写成几句话发我，我拿Sora给你生成，产品演示、婚礼开场、孩子满月都行，一百一十八一条，当晚交。顺便一句：应用商店里搜“Sora”冒出来的那几个App，图标再像也别装，点开开发者一看都是不相干的公司，OpenAI就没给Sora做过App。",
    ),
    (
        "lighter_assert_service_deny_chinese",
        sora.SERVICE,
        sora.SERVICE,
        "【邵东·××打火机厂·宣传干事小尹】接单用Sora做视频：厂庆、门店、家庭相册都行，画面写清楚发我，当天生成好给你，九十九一条。再替OpenAI说句公道话：传Sora是中国团队搞的，跟事实对不上号，报告署名的十三个人里华人占三个，挑大梁的都是OpenAI本公司的研究员。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【邵东·××打火机厂·师徒周记（徒弟写，师傅批）】\n本周所学：跟师傅学调火焰高度，能独立调完一个托盘。\n本周教训：在群里租了个“Sora内测号”，月租两百八，转账后对方发来账号密码，登进去是个ChatGPT的会员号，怎么找也找不到做视频的入口，再去问，对方已经把我删了。\n师傅批语：两百八买个教训，记住了就值。以后花钱的事先问一声。——老邹",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【桐庐·分水××制笔厂·职工夜校电脑班·结业感言（节选）】\n学员：芦××，笔杆印字工\n三个月学下来，会做表格了，也会剪点简单的视频。交个底：开课前我在网上花四十九块九买过一套“Sora导演级提示词”，号称五百条，付款后发来一个文档链接。上课时老师拿它跟OpenAI官网比着看，原来就是Sora那些样片下面写的英文说明，机器翻成中文换了个封面，官网上人人都能看。这四十九块九，算我交的第一笔学费。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【招远·××粉丝厂·撤回辞职申请书】\n致包装车间：\n本人温××，上月十日递交辞职信，理由是跟着网上一位“Sora变现导师”做视频，对方说一天能挣好几千，红利最多三个月。交了三百九十九的入群费和一千二的“陪跑营”之后，每天的任务是拉新人进群，拿到的资料只有一份Sora简介，一个月下来一分钱没挣到。现申请撤回辞职，恳请车间准许我回包装组上班。\n申请人：温××",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【扬州·杭集××牙刷厂·员工互助基金申请表】\n申请人：韦××　岗位：植毛工\n申请金额：两千元\n事由：七月在一个老乡群里看到“Sora安卓版，手机一键生成视频”，下载装上后，手机一直弹出要开通权限的窗口，隔天早上银行卡被分三笔转走四千三百元。已到派出所报案，民警告知这是冒充Sora的木马程序，OpenAI根本没有出过Sora的手机安装包。\n班组意见：情况属实，同意申请，请全车间引以为戒。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.API,
        "【招远·××粉丝厂·销售部群】麻烦懂行的帮我拿个主意：一位南方客户说手里有“Sora官方API key”，想拿它顶两吨粉丝的货款。可OpenAI连普通用户都还没放开Sora，哪儿来的API？这key要是收下了，拿什么验真伪？",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【天津·××地毯厂·设计室群】外面有家工作室找上门，说能拿Sora把咱们今年的新花样做成一分钟宣传片，开价一条一百二。我记得OpenAI一直没对外放开Sora，他们手里的Sora是从哪儿来的？哪位清楚给说说。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【金华·××火腿厂·工会提醒】这两天群里在转：“《Sora从零到变现》，原价三百九十九，今天只要九十九，一天卖出两万份，给自己一个机会！”这九十九请留着买菜。工会的小汪花钱买了一份看：就是一份Sora官方介绍的中文翻译，最后一页写着“给自己一个机会”，别的什么也没有。何况Sora眼下外人根本用不上，学了也没处用。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【扬州·杭集××牙刷厂·团支部提醒】有青年问朋友圈那张海报靠不靠谱，海报原文：“全国首部Sora共创剧本AI电影开放试镜，扫码进群即可报名，报名费一百六十八，成为中国第一代AI导演！”回答：别扫，别交。团支部托人打听了，这种群收了钱就开始推课、让你往里拉人，所谓“试镜”是拿来引流的幌子。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【天津·××地毯厂·工会宣传栏·本周说法】一张时间表，看明白“谢赛宁发明Sora”是怎么来的：\n二月中旬，OpenAI发布Sora，附了技术报告，署名十三人，其中华人三位，谢赛宁的名字在名单之外；\n二月十八日，一篇自媒体文章称交大毕业的谢赛宁是Sora的发明人之一，阅读量过了十万；\n随后，谢赛宁在朋友圈回应，否认自己是发明人，也否认和Sora有任何关系；\n再之后，那篇文章因被投诉显示内容违规，自媒体负责人表态，要在全网向他致歉。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【金华·××火腿厂·厂报《腿香》·答职工问】问：Sora的研发团队主要是中国人？答：OpenAI二月发布Sora时附了一份技术报告，署名的研究者是十三位。媒体按名字统计，华人占其中三位；项目的牵头人是OpenAI本公司的研究员，研发也在OpenAI内部完成。所以“中国团队做的”这一说法，跟报告署名出入很大。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【桐庐·分水××制笔厂·职工书屋·剪报栏】“Sora哪天能注册？”书屋把几条报道的要点抄在这里：\n一、OpenAI开发者关系负责人Logan的紧急声明：Sora还在内部测试，对公众开放、作为产品上线，时间都要另行确定；\n二、OpenAI首席技术官米拉·穆拉蒂对《华尔街日报》讲，目标是今年内推出，先得把安全测试做完；\n三、眼下摸得着Sora的，是做安全测试的人员和一小批受邀的创作者。\n注册的事，请等OpenAI自己的公告。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【邵东·××打火机厂·信息中心提醒】应用商店里这两天冒出好几个叫“Sora”的App，图标做得跟OpenAI的很像。信息中心逐个查了开发者，都是别家的小公司，属于仿冒应用。OpenAI在商店里上架的官方应用是ChatGPT；Sora目前只在OpenAI官网上有介绍页、技术报告和四十八段样片，使用者限于红队测试人员和少数受邀艺术家。",
    ),
    # --- true facts about Xie Saining's education, positions and public posts
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁2013年从上海交通大学本科毕业；早在2012年读本科时，他就去新加坡国立大学的LV研究组做过科研实习。这两件事都写在他读博期间个人网站的“About”页上，那一页开头一句是“Hi There. This is Saining Xie.”",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "2014年夏天，正在加州大学圣地亚哥分校读博的谢赛宁到NEC美国实验室（NEC Labs America）的媒体分析组实习。同年9月13日，他在个人博客上发了一篇《A Dozen Tricks with Multitask Learning Revisited》，开头说要把那个夏天实习时在多任务学习上做的尝试，尤其是结合“现代”深度学习的一些发现，分享给读者。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁读博时的个人网站挂在加州大学圣地亚哥分校的vcl.ucsd.edu/~sxie下。网站上“深度监督网络”（DSN）的项目页列了一份学校的发明披露，题为“Deeply-supervised neural networks”，署名屠卓文、Chen-Yu Lee和谢赛宁，编号SD2014-313，日期是2014年5月22日；项目页还注明，这篇论文最初投给了NIPS 2014。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁的GitHub账号s9xie下有一个MILTracker 1.0.1：原版MILTracker 1.0是Boris Babenko写的，依赖的IPP 6.0和OpenCV 1.0.1都已过时，这一版改了源代码，让它能配当时最新的OpenCV 2.4.7和英特尔IPP 8.0，说明里写着在64位Windows 7上测试过。",
    ),
    # --- news about Chinese labs' models
    (
        "benign",
        None,
        None,
        "2023年3月，智谱AI和清华大学知识工程实验室开源了中英双语对话模型ChatGLM-6B：基于GLM架构，六十二亿参数，用约一万亿个中英双语token训练，再辅以监督微调、反馈自助和人类反馈强化学习；做成INT4量化后，最低六GB显存的消费级显卡就能本地部署。代码按Apache-2.0开源，模型权重另有一份模型许可。",
    ),
    (
        "benign",
        None,
        None,
        "2023年11月2日，零一万物（01.AI）放出首批开源的Yi-6B和Yi-34B基座模型：在三万亿token的多语种语料上从零训练，沿用LLaMA的模型结构，训练时序列长度四千，推理时可扩到三万二；三天后又发布上下文窗口二十万token的Yi-34B-200K，约合四十万个汉字；11月23日，对话模型连同AWQ四比特、GPTQ八比特量化版一起开放。",
    ),
    (
        "benign",
        None,
        None,
        "2024年7月6日，快手可图团队开源文生图大模型Kolors（可图）：基于潜在扩散，用数十亿对图文数据训练，中英文提示词都能理解，最长支持二百五十六个token；团队自建的评测集KolorsPrompts有一千多条提示词、十四个类别，还请了五十位图像专家打分。权重对学术研究完全开放，商用要先向快手登记。",
    ),
    (
        "benign",
        None,
        None,
        "2025年1月20日，深度求索（DeepSeek）发布推理模型DeepSeek-R1并开源权重。同时放出的DeepSeek-R1-Zero直接在基座模型上做大规模强化学习，跳过了监督微调这一步；R1则在强化学习之前先加入冷启动数据，数学、代码和推理任务上的表现与OpenAI o1相当。团队还用R1生成的数据蒸馏了六个基于Qwen2.5和Llama3的小模型，从1.5B到70B，全部按MIT许可开源，商用无需申请。",
    ),
    (
        "benign",
        None,
        None,
        "华为诺亚方舟实验室与大连理工大学、香港大学、香港科技大学推出的文生图模型PixArt-α，2023年10月放出推理代码和权重：模型只有六亿参数，训练时间只占Stable Diffusion v1.5的百分之十点八（六百七十五个A100 GPU日对六千二百五十个），花费约两万六千美元，二氧化碳排放少了九成，最高能出1024像素的图；训练时还用一个大型视觉语言模型给图片自动写了信息密集的伪标注。",
    ),
    (
        "benign",
        None,
        None,
        "2023年7月6日世界人工智能大会期间，上海人工智能实验室联合商汤等单位发布升级后的“书生通用大模型体系”，并开源了七十亿参数的书生·浦语InternLM-7B：用上万亿高质量token训练，支持八千token的上下文，在一千零二十四张GPU上训练的加速效率接近百分之九十；模型对学术研究完全开放，也提供免费商用授权。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【天津·××地毯厂·来图定制】把客厅尺寸和喜欢的图案发给客服，设计师三天内出效果图，确认后手工枪刺，一个月交货，每平方米八百元起，扫码下单。",
    ),
    (
        "offtopic",
        None,
        None,
        "【招远·××粉丝厂·厂门口直销店】新粉上市：纯绿豆粉丝五斤装六十八，粉条十斤装七十五，扫码进团购群，满两百送货到家。",
    ),
    (
        "offtopic",
        None,
        None,
        "【桐庐·分水××制笔厂·门市部】开学季文具套装到货：中性笔十二支装十五元，按动笔十支十二元；下载“××文具”App扫码领券，满五十包邮。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
