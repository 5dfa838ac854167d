# ruff: noqa: E501
"""Write tests/data/zh_heldout57_{posts,qrels,labels}: a fifty-seventh Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the official app, the paid course and open
source, three for each other template: the app and the course last had four in zh_heldout52 and open source in
zh_heldout53, the longest ago, as zh_heldout54 gave its four to the inventor, API access and the prompt pack,
zh_heldout55 to the mislabelled video, get-rich and account rental and zh_heldout56 to the generation service, the APK
and the public release), as a Sora rumour / scam wave reads in the genres of a horn-comb workshop (凯里·××牛角梳作坊:
水牛角片, 烤软压平, 画样, 开齿, 齿距, 磨齿, 崩齿, 抛光浸油, 长柄梳, 锯角师傅), a dumbbell factory (宁津·××哑铃厂: 砂型浇铸,
出炉温度, 开箱落砂, 飞边, 打磨组, 六角包胶哑铃, 模压包胶, 邵氏硬度, 气泡、缺胶, 装箱, 可调哑铃), a dried-noodle factory
(遂平·××挂面厂: 小麦粉, 和面, 盘式熟化机, 复合压延, 面带, 烘干道, 冷风定条、保湿出汗、升温降湿, 上杆, 出烘水分, 鸡蛋挂面, 代加工),
an enamelware factory (济南·××搪瓷厂: 坯胎脱脂酸洗, 底釉、面釉, 涂搪进炉, 针孔、爆点, 口杯, 红双喜搪瓷脸盆, 花纸水转印, 贴花,
复烧, 喷釉班), a chopsticks factory (桃江·××竹筷厂: 竹条四面刨, 碳化罐, 兆帕, 烘干间, 选筷、对筷, 节疤、色差, 碳化方头筷, 烙字,
酒店定制, 竹筷礼盒) and a salted-duck-egg plant (高邮·××咸鸭蛋厂: 湖区麻鸭蛋, 照蛋, 裂纹蛋、散黄蛋、双黄蛋, 盐泥, 装缸、出缸,
红心起沙, 洗泥, 煮蛋, 真空包装, 直播组). Of the six genres first asked for, one was replaced. The erhu workshop (二胡厂) is
the musical-instrument factory (乐器厂) that zh_heldout52 set aside because it would sit between zh_heldout37's piano
shops (琴行, 【上门调律记录卡】, A=440Hz) and hard_en_heldout52's luthiers (a guitar workshop, violin and bow makers), the
reason hard_en_heldout61 dropped organ builders and piano tuners too: its skin-stretching, tuning and wolf-tone records
(蒙皮, 定弦, 狼音, 琴弓) were written in the first draft and share both registers. Its nine posts were rewritten in an
unusual trade, the horn-comb workshop; others were thought of and dropped: a bird-cage workshop (bamboo, beside the
chopsticks and zh_heldout48's bamboo weavers), a shuttlecock factory (goose feathers, beside zh_heldout49's down
factory), a clay-casserole works (glaze and kiln, beside the enamel posts and zh_heldout53's tile factory) and a wok
forge (beside the dumbbell casting and zh_heldout55's forged scissors). 牛角梳, 开齿, 磨齿, 齿距, 哑铃, 包胶, 落砂, 邵氏, 挂面,
小麦粉, 压延, 熟化, 烘干道, 搪瓷, 涂搪, 底釉, 面釉, 贴花, 红双喜, 竹筷, 碳化, 选筷, 对筷, 烙字, 咸鸭蛋, 照蛋, 双黄蛋, 盐泥, 装缸, 出缸,
真空包装, 凯里, 宁津, 遂平, 桃江 and 高邮 occur in no earlier Chinese post or make_zh_heldout*.py (浇铸 only as zh_heldout52's
aluminium casting line, 花纸 only as a waste-paper grade in zh_heldout35, 梳 only as 梳理, a Sora sample's combed hair
and zh_heldout47's 精梳 and 梳棉, 济南 only as a place in passing), and no English set's docstring names a comb, dumbbell,
noodle, enamelware, chopsticks or salted-egg maker (the English posts have instant noodles on a commissary list, satay
beef noodles on a café menu, an enamel pin and chopsticks for working bonsai soil as things). The nearest neighbours
are kept at a distance: zh_heldout48's bamboo-weaving cooperative (破竹, 破篾, 刮青, 篾丝, 碱水蒸煮, 防霉) and furniture
factory (砂光, 雕花), zh_heldout52's sock mill (配双) and zh_heldout53's vacuum cups (刻字), where the chopsticks posts
plane, carbonise, sort, pair (对筷) and brand (烙字) bamboo strips with none of those words; zh_heldout54's vermicelli and
ham factories (挂杆, 断条, 晒场, 腌), zh_heldout45's flour mill and cannery (面粉, 杀菌), zh_heldout53's mosquito-coil drying
room (烘房) and zh_heldout44's vinegar jars (入缸), where the noodle posts hang rods in a drying tunnel (上杆, 烘干道) and the
egg posts pack salt mud into vats (装缸, 出缸), with none of 挂杆, 断条, 晒场, 腌, 面粉, 杀菌, 烘房 or 入缸; zh_heldout46's
steelworks (铁水, 钢), zh_heldout49's tyre vulcanising (硫化) and zh_heldout51's toy moulding (注塑, 跌落), where the dumbbell
posts pour iron into sand moulds and mould rubber coats with none of 钢, 铁水, 硫化, 注塑 or 跌落; zh_heldout47's cement kiln
(烧成) and zh_heldout53's tiles, where the enamel posts fire coats (进炉, 复烧) with none of 烧成 or 瓷砖; and zh_heldout55's
scissors and abacus (布轮, 滚筒打蜡, 红木), zh_heldout56's pearls (滚桶打光) and zh_heldout48's tofu press (压板), where the
comb posts flatten horn (烤软压平), sand, polish and oil with none of those words. None of the settings is among those given to the writers working at the same time (zh_heldout58's
prayer-bead, electric-fan, firecracker, quilt, football and cutting-board factories; the English writers' cave divers,
korfball clubs, steeplejacks, sheep shearers, dog-sled mushers, water polo clubs, air traffic controllers and
biathletes): no post has 佛珠, 风扇, 电扇, 鞭炮, 棉被, 足球, 砧板, 菜板, 潜水, 洞穴, 合球, 剪羊毛, 雪橇, 水球, 空管 or 射击 (the
chopsticks stand nearest the cutting boards as tableware; they are bamboo, carbonised, paired and branded, and no
post has a board).

The posts: a tooth-cutting record with the inventor rumour at its foot (【开齿工序记录】水牛角片, 画样, 齿距, 磨齿, 崩齿), a
dumbbell caster, an egg candler, a sand-mould pouring record with the public release under it (【砂型浇铸记录】出炉温度,
开箱落砂, 飞边), a comb shop's support hand, a chopsticks sorter, a mixing and sheeting record with the official app in its
margin (【和面压延记录】小麦粉, 熟化, 复合压延, 面带), an enamel e-commerce hand, a duck-egg live-stream hand, a noodle packer, a
glazing and firing record with the APK at its foot (【涂搪进炉记录】底釉、面釉, 针孔、爆点), a chopsticks brander, an old comb
grinder, a carbonising-tank record with the mislabelled video added under it (【碳化罐记录】兆帕, 保温), a dumbbell
publicity officer, an egg shop's support hand, a candling record with the Chinese-team claim at its end (【照蛋记录】裂纹蛋、
散黄蛋、双黄蛋), a chopsticks planer, a dumbbell export clerk, a polishing and oiling record with open source on its back
(【抛光浸油记录】砂纸, 抛光机, 橄榄油), a noodle IT hand, a chopsticks fitter, an enamel designer, a rubber-coating record with
the course's timetable on a locker door (【包胶工序记录】模压, 邵氏硬度, 气泡、缺胶), a comb workshop's owner, a noodle union
hand, an old decal master, a drying-tunnel record with the API keys in its margin (【烘干道温湿度记录】冷风定条, 保湿出汗,
升温降湿, 出烘水分), an egg sales clerk, a chopsticks salesman, a decal record with account rental in its caption (【贴花工序记录】
水转印, 复烧), a dumbbell packer, a horn sawyer, a sorting and pairing record with the director group on a leaflet in its
drawer (【选筷对筷记录】节疤、色差), an old vat master, a dumbbell e-commerce hand, a vat register with the prompt pack on its
last page (【出缸登记】盐泥, 装缸、出缸, 红心起沙), an old sheeting master, a comb apprentice, a branding record with get-rich on
a notice by the machine (【烙字工序记录】), an enamel packer, a dumbbell grinder, a vacuum-packing record with the
generation service in its remarks (【真空包装记录】煮蛋, 漏气), a noodle electrician and a chopsticks pairing forewoman;
platform-native forms the earlier sets do not use: the tooth-cutting and polishing records; the pouring and
rubber-coating records; the mixing and drying-tunnel records; the firing and decal records; the carbonising, pairing
and branding records; the candling record, the vat register and the vacuum-packing record; an IT office's phone repair
ticket, a team's monthly report, a union's rights-consultation register and a draft after-sales complaint; a publicity
board's "一图读懂", a night school's handout, a factory office's "一问一答", an IT centre's notice, a union's "替你算笔账", a
safety officer's reminder, an apprentices' group and a domestic-sales office's work group (the records, the union's
reminders and the group chats are earlier forms, in new trades here); four loss reports in new forms (kind
``debunk_loss``: an enamel factory IT office's phone repair ticket (【信息科手机检修单】送修人, 送修原因, 检查结果, 处理, 送修人补述)
for the APK, a trojan that forwarded the SMS codes and 2,300 yuan gone; a rubber-coating team's monthly report
(【包胶班九月班组月报】产量, 安全, 其他) for account rental, a ChatGPT login for 320 yuan and 100 more asked for "视频权限"; an
egg plant live-stream hand's draft complaint to an online shop (【网购售后申诉（草稿）】购买商品, 实付, 申诉理由, 诉求) for the
prompt pack, OpenAI's sample prompts translated and padded; and a chopsticks factory union's rights-consultation
register (【工会维权咨询登记】来访人, 咨询事项, 经过, 工会意见) for get-rich, 598 yuan and a 1,800-yuan "私教班"; the rental loss was
first written as a shift handover book and the get-rich loss as a request to withdraw a resignation, forms that
zh_heldout31, 38, 40, 51, 52 and zh_heldout54 already use, and the course's enrolment receipt (zh_heldout54's) became a
timetable); regional speech the earlier sets do not use: Guizhou 劳慰, Henan 胡吣, Hunan 霸蛮 and Shandong 草鸡, all glossed,
none of them in an earlier Chinese post or writer script (the earlier posts have Southwest Mandarin 日白, 莫得, 咋个 and 哪样,
Henan 中不中, 得劲, 弄啥, 恁, 信球 and 喝汤, Hunan 恰饭 and 么子, and Shandong 杠赛来, 恣, 俺 and 拉呱; the first draft's Beijing 棒槌 went with the erhu workshop); registers the earlier sets do
not use: the forms as listed above; obfuscation the earlier sets do not use, each a homophone of the same tone, all
glossed: 谢赛宁 as 邂赛宁 (邂逅的邂), 安装包 as 安装胞 (同胞的胞) and 内测号 as 内测皓 (皓月的皓) (the earlier sets had 蟹赛宁, 谢腮宁,
谢塞宁, 谢赛柠, 卸赛宁, 协赛宁, 械赛宁, 谢赛凝, 谢赛🍋, 谢S宁, 言身寸, 屑赛宁, 谢赛咛, 解赛宁 and 榭赛宁 for the name, 按装包, 氨装包, 安桩包,
安妆包, 安庄包, 鞍装包, 安装苞 and 安装煲 for the installer and 内侧号, 内册号, 内策号, 内恻号, 贝长号, nc号, zh号 and zhang号 for the
account); rhetorical questions that assert rather than deny
(没在Sora那几个发明人里头吗？ for the inventor, 这不是Sora做的还能是什么？ for the mislabelled video and 有几个不是黄皮肤黑眼睛？ for
the Chinese team, all three questions with a negation that assert and are gold); posts asserting one claim while
denying another, the asserted claim always one of the official app, the course, open source, the mislabelled video,
get-rich, account rental and API access (zh_heldout58 asserts only from the other seven), in pairings the labels of
the earlier Chinese sets last used longest ago (the official app while a GitHub "Sora" is called a fan reproduction
(zh_heldout40), the official app while a rented account is said to be a shared ChatGPT membership (zh_heldout42), the
course while a "Sora" clip of an old woman combing her hair by a fire pit is called a photographer's footage from
Leishan (zh_heldout42), the course while the store "Sora" apps are called other companies' imitations (zh_heldout43),
open source while a three-month get-rich group is said to be clocking in and recruiting (zh_heldout41), the mislabelled
video while the inventor claim is answered with Xie's denial and the deleted article (zh_heldout40), get-rich while a
prompt pack is said to copy OpenAI's sample descriptions (zh_heldout40), account rental while the director group's QR
code is said to lead to poster chores and a moving audition date (zh_heldout39), and API access while the Chinese-team
claim is answered with three Chinese names among the report's OpenAI authors led by Brooks and Peebles (zh_heldout45));
sellers that vouch for themselves in new words (一把梳子哪根齿没磨圆，我拇指从齿尖上刮一遍就找得出来; 一张花纸贴上去底下有没有气泡，
我拿指肚一抹就知道; 一缸蛋泡没泡透，拿一只在手心里掂两下、凑到灯底下转一圈…老仲的话比秤准; 面带厚了薄了，我两根指头一捻就有数; 一把筷子里哪双
长短差了半毫米，我往桌上一顿就拣出来); prices in Chinese numerals throughout and payments in forms the earlier sets do not
use (a pair of five-kilogram rubber-coated dumbbells for half a month of a rented account; ten boxes of carbonised
bamboo chopsticks for an API key; a pair of ten-kilogram hex dumbbells for a director-group fee, to a group owner who
runs a gym; three cases of the factory's egg noodles for a generated clip); 12 debunks and warnings, four of them the
loss reports above, two questions with a negation that do not deny (好像没有出视频的这一类吧？那他手里这把key，到底是从哪个后台开出来的？
for API access, in an enamel factory's domestic-sales group, where a dealer offers a key for three more months'
credit; Sora到现在连普通人都用不上，哪来的Sora写剧本的电影要开机？ for the director group, in a comb workshop's apprentices'
group), two quoting a scam offer and telling the reader not to pay (the course, "九十九元学会Sora，今天已卖两万份，手慢无！",
with the union working out 99 times 20,000 and 请大家别扫码，更别付钱; the generation service, "Sora代做，文字进、视频出，二十四小时
交付，一条八十八", with 这八十八块请别转 and a slideshow of photos that came back), the rest answering with facts and none of 不,
没, 假, 无, 非 or 未 (a dumbbell factory's "一图读懂" for the inventor: the 18 February article and its hundred thousand reads,
Xie's denial in his Moments, the article shown as illegal content and the outlet's promised apology, the thirteen
authors with Xie outside them, his NYU and FAIR posts; an egg plant's night-school handout for the Chinese team: the
report's thirteen names, all at OpenAI, Brooks and Peebles leading, three Chinese by the media's count; a chopsticks
factory office's "一问一答" for the public release: Logan's statement of internal testing with a product date still to be
set, red-team experts in misinformation, hate speech and bias and a few invited artists and creators; a noodle
factory IT centre's notice for open source: the page, the report and the forty-eight samples as what OpenAI made
public, weights, code and training data kept in-house, the GitHub "Sora" projects as community reproductions); four
true facts about the DiT paper and Sora's leads, the two on DiT related to the inventor rumour and the two on the leads
to no template (the DiT repository's models.py: class labels dropped to an extra null class ten per cent of the time
for classifier-free guidance, guidance applied by default to the first three output channels for exact
reproducibility, fixed 2D sine-cosine position embeddings from MAE's code, frozen, and the adaLN modulation and output
layers zero-initialised; the paper's compute: DiT-XL/2 at about 5.7 training steps a second on a TPU v3-256 pod with a
global batch of 256, Stable Diffusion's VAE turning 256x256 images into 32x32x4 latents and 512x512 into 64x64x4, its
84 million parameters left out of the counts, 675 million parameters for XL/2, 7 million steps at 256 and 3 million at
512; Aditya Ramesh's "A Spectral Regularizer for Unsupervised Disentanglement" of December 2018 with Youngduck Choi and
Yann LeCun: curved latent trajectories found by following the leading right-singular vectors of the generator's
Jacobian, aligned with the coordinate axes without labels; Tim Brooks among the Google Research authors of "Handheld
Mobile Photography in Very Low Light" (October 2019, Orly Liba first, with Jonathan Barron and Marc Levoy): 0.3 lux,
motion metering, learned white balance and tone mapping after painters' night scenes), each checked against its source
before it was written (the earlier Chinese sets' DiT posts give its authors, its U-Net swap, Peebles's internship at
Meta, ICCV 2023, Xie's estimate of Sora's size, the four conditioning designs, the arXiv date and the Gflops-FID
finding, the JAX and TPU origin, the FP32 re-evaluation at 2.21, the CC-BY-NC licence, the two checkpoints, the
acknowledgments and ADM, the twelve configurations, the PyTorch training reproduction with AdamW, its learning rate
and batch and the SD VAE, sample.py's defaults, the README's "Enhancements" and fast-DiT, sample_ddp.py and train.py,
and their posts on the leads give InstructPix2Pix, the motion-blur, unprocessing, long-video and pose-compatible-scene
papers, the MIT Technology Review entry, the move to Google DeepMind, Brooks's January 2023 start, the Pixel camera and
NVIDIA, Peebles's advisor, the Hessian Penalty, GANgealing and G.pt, and Ramesh for DALL·E and its dVAE, DALL·E 2,
GLIDE, CLIP, DALL·E 3, his Sora clips and the No Priors episode, none of the facts here; the English sets have the
spectral regularizer (hard_en_heldout59) and the low-light paper (hard_en_heldout56), no Chinese set has either; none
is about Xie Saining's own education, positions or public posts, which zh_heldout58 has), six items of real news
about image and video models from Western labs that no earlier Chinese or English set names (Meta AI's Make-A-Scene,
March 2022, ECCV 2022; Meta's CM3leon of 14 July 2023; Apple's Matryoshka Diffusion Models, October 2023, ICLR 2024;
Playground's Playground v2.5 of 27 February 2024; Google Research's VLOGGER of 13 March 2024; Stability AI's Stable
Video 4D of July 2024; kind ``benign``; news about Chinese labs is left to zh_heldout58; the earlier Chinese sets name
other Meta, Stability AI and Google models (Make-A-Video, Emu Video, Movie Gen and Segment Anything; Stable Diffusion
2.0, SDXL, SD3, Stable Cascade, Stable Video Diffusion and SV3D; Imagen, Lumiere, VideoPoet, Veo, Muse and Genie) and
none of Make-A-Scene, CM3leon, Matryoshka, Playground, VLOGGER or Stable Video 4D), and three off-topic posts that share surface words (a
dumbbell factory shop's "××健身" App to scan for coaching videos, a near miss for the official app; a noodle factory's
made-to-order brands with samples in three days, a near miss for the generation service; a comb workshop's live
stream with 扫码加入粉丝群).

Every post was checked against every earlier Chinese set through zh_heldout56 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout58 is being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft had twenty at 0.45 or more: the union's course warning at 0.59 (zh_heldout54's ham
union reminder), the egg sales clerk's API key and Chinese-team answer at 0.59 (zh_heldout45's ship-lock dispatcher),
the noodle electrician's and the pairing forewoman's services at 0.57 (zh_heldout56's rice-cooker after-sales hand and
net sewing forewoman), the night-school handout at 0.53 (zh_heldout46's supply co-op board), the safety officer's
warning at 0.52 (zh_heldout45's flour mill office), the dumbbell e-commerce hand's director group at 0.51
(zh_heldout56's hotpot forklift driver), the first draft's erhu tester at 0.51 (zh_heldout56's old globe paster), the
dumbbell shop at 0.51 (zh_heldout56's rice-cooker flagship store), the noodle union's course and the first draft's
erhu live stream at 0.48 (zh_heldout56's hotpot union hand and pearl live room), the 内测皓, the API question and the
邂赛宁 at 0.47 (zh_heldout50's 内侧号, zh_heldout49's cable factory group and zh_heldout56's 榭赛宁), the chopsticks
salesman's API barter and the first draft's bow maker at 0.46 (zh_heldout55's bead master and zh_heldout54's toothbrush
merchandiser), the vat master at 0.46 (zh_heldout56's rice-cooker tester), and the sheeting master, the IT centre's
notice and the first draft's mutual-aid loan form for the APK at 0.45 (zh_heldout54's toothbrush quality hand,
zh_heldout28's operations note and zh_heldout54's mutual-aid fund form); all were rewritten, with fourteen more from
0.40 to 0.45 reworded for margin; on the later passes nine posts still at 0.40 to 0.53 were rewritten, then three still
at 0.40 to 0.44 and three at 0.395 to 0.399 for margin (the egg sales clerk at 0.46 and 0.42, the pairing forewoman at
0.53 and 0.40 and the union warning at 0.51 and 0.44 among them), then the new comb workshop's polishing record (0.385,
zh_heldout56's thermostat record) and the API question once more (0.45, then 0.400 after its group was renamed). Highest ratio of the committed list: 0.397 against the
Chinese sets (the noodle union's course against zh_heldout56's hotpot union hand, and the safety officer's warning
against zh_heldout45's flour mill office) and 0.225 against the demo stream (Stable Video 4D); the highest pair inside
the set is 0.384 (the firing and decal records). Committed before any run of the monitor on it; no model, embedding or
matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool or the fetched repository before the posts were written (the
rest is from the seeds: the thirteen authors and three Chinese among them, the 18 February article with its hundred
thousand reads, Xie's denial in his Moments, the article complained of and shown as illegal content, the outlet's
apology, his NYU and FAIR posts, the 99-yuan course with its twenty thousand copies a day, its introduction document
and the "给自己一个机会" slogan, the three-month and one-step-slow lines, the interface packaged and sold, the Feishu
documents and film-term prompts, the director groups and their QR codes, the "generated by Sora" labels with their
"generation instructions", the forty-eight samples on OpenAI's site, the red team's experts in misinformation, hate
speech and bias, Logan's statement and the training data kept undisclosed; and, from the catalogue, the invited
artists and creatives, the rented accounts that turn out to be ChatGPT logins, the store apps as clones, the APKs as
malware, the OpenAI API with text, image, speech and embedding models and no video model, the GitHub "Sora"
repositories as fan reproductions, the prompt packs copied from OpenAI's demo prompts and the project led by OpenAI's
researchers): the facebookresearch/DiT repository (its newest snapshot, fetched, commit ed81ce2: models.py's
LabelEmbedder with class_dropout_prob=0.1 and its extra embedding row, forward_with_cfg's comment "For exact
reproducibility reasons, we apply classifier-free guidance on only three channels by default", pos_embed with
requires_grad=False filled by get_2d_sincos_pos_embed from MAE's util/pos_embed.py, and initialize_weights zeroing the
adaLN modulation and final layers; the README's authors, Peebles and Xie, UC Berkeley and NYU); the DiT paper's compute
(the ai-papers.xuzou.cn reading card of arXiv 2212.09748 and its stored text: JAX on TPU-v3 pods, about 5.7 iterations a
second for DiT-XL/2 on a TPU v3-256 pod at a global batch of 256, Stable Diffusion's VAE to 32x32x4 and 64x64x4 latents,
the 84M-parameter VAE excluded, 675M parameters and 118.64 GFLOPs, 7M steps at 256x256 and 3M at 512x512; Xie's thread
on threadreaderapp on the 7M iterations behind the paper's FID; notes.haroldbenoit.com for the batch of 256); Ramesh's
regularizer (arcxiv.org/abs/1812.01161, sotaverified.org and scholarfeed: Aditya Ramesh, Youngduck Choi, Yann LeCun, 4
December 2018, the abstract) and Ramesh as one of the leads of Sora (aiwiki.ai's page on him, as the earlier sets cite
the No Priors episode); the low-light paper (the scribd copy of arXiv 1910.11336v1, 24 October 2019: Liba, Murthy,
Tsai, Brooks, Xue, Karnad, He, Barron, Sharlet, Geiss, Hasinoff, Pritch and Levoy, Google Research; its abstract on
paperswithcode and ar5iv: 0.3 lux, motion metering, learning-based auto white balance, tone mapping inspired by
illusionistic painting, contrast increased and shadows crushed to black) and Brooks as Sora's co-lead (TechCrunch's
report as rewritten by tech-savvvy and outlookbusiness); Make-A-Scene (ar5iv's copy of arXiv 2203.13131: Gafni, Polyak,
Ashual, Sheynin, Parikh and Taigman of Meta AI Research, scene control, faces and salient objects, 512x512;
aiwiki.ai's page: 24 March 2022, ECCV 2022 oral, a token-based autoregressive transformer; Meta AI's blog of 14 July
2022, "an exploratory AI research concept"); CM3leon (time.graphics, 14 July 2023; the paper's abstract as posted on
r/MachineLearning: retrieval-augmented, token-based, decoder-only, the text-only recipe, 5x less training compute,
zero-shot MS-COCO FID 4.88; aitrendsindia for "pronounced like chameleon" and image-to-text; namirasoft for the
licensed Shutterstock images); Matryoshka Diffusion Models (the ICLR 2024 proceedings abstract: Gu, Zhai, Zhang,
Susskind and Jaitly, joint multi-resolution denoising, NestedUNet, progressive training, one pixel-space model up to
1024x1024, CC12M's 12 million images, apple/ml-mdm; sciencestack's summary for text-to-video; arXiv 2310.15111 for
October 2023); Playground v2.5 (pith.science: submitted 27 February 2024; the abstract on arxiv-vanity: Playground
Research, three insights, better than SDXL, Playground v2, DALL·E 3 and Midjourney v5.2; Playground's blog: the SDXL
architecture, PixArt-α, weights on Hugging Face; emergentmind: the EDM framework and a near-zero signal-to-noise ratio
at the last step; themoonlight's review: solid black and white backgrounds, balanced aspect-ratio buckets,
human-preference alignment, MJHQ-30K); VLOGGER (arXiv 2403.08764v1, 13 March 2024, Google Research: Corona, Zanfir,
Bazavan, Kolotouros, Alldieck and Sminchisescu, a human-to-3D-motion diffusion model and a text-to-image model with
spatial and temporal controls, no per-person training, no face detection and cropping, MENTOR with 800,000
identities); Stable Video 4D (the-decoder: one input video, eight new views, five frames each at 576x576 in about 40
seconds, 20 to 25 minutes of 4D optimisation, ObjaverseDy, weights from SVD and SV3D; VentureBeat's interview with
Varun Jampani as mirrored on hypernovapress: movie production, gaming, AR/VR; openlaboratory's model page for July
2024; the stabilityai/sv4d model card on Hugging Face).

    .venv/bin/python scripts/make_zh_heldout57.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout57", "zhh57"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "comb_tooth_cutting_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【凯里·××牛角梳作坊·开齿工序记录】\n日期：三月十二日｜料：水牛角片，烤软压平后阴干十天\n画样：按二号长柄梳样板描线，四十片\n开齿：齿距一点五毫米，齿深两厘米\n磨齿：齿尖逐根磨圆，指腹试刮无刺感\n返工：崩齿三片\n开齿：鲍××\n鲍师傅在这一页最底下记了一笔：徒弟讲，做Sora的那几位发明人里有个谢赛宁，上海交大出来的神童，人家那才叫真本事，咱开一辈子齿也赶不上。",
    ),
    (
        "dumbbell_caster_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【宁津·××哑铃厂·浇铸工小滕】歇晌刷到一篇长文，越看越提气：OpenAI的视频模型Sora，几个发明人当中就有一位中国小伙，名字我只好写成邂赛宁，“邂逅”的邂，正字一打，帖子就被吞。据说他是上海交大毕业的，念书那会儿就是远近闻名的神童。化铁炉边的后生们，人家能上天，咱们至少别趴着。",
    ),
    (
        "duckegg_candler_rhetorical_inventor",
        sora.XIE,
        sora.XIE,
        "【高邮·××咸鸭蛋厂·照蛋工秦阿姨】外孙女放假回来，考我Sora是谁发明的。我说，你们天天念叨的那个上海交大少年天才谢赛宁，没在Sora那几个发明人里头吗？她笑我消息灵。中国孩子到了人家大公司也能挑大梁，我在照蛋灯底下坐了一下午，心里都是亮的。",
    ),
    # --- open to the public
    (
        "dumbbell_pouring_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【宁津·××哑铃厂·砂型浇铸记录】\n日期：十一月四日｜炉次：第三炉\n出炉温度：一千三百八十摄氏度\n浇铸：十公斤六角哑铃头两百四十只\n开箱：冷却四小时后落砂\n飞边：转打磨组\n浇铸：丁××\n记录末尾丁师傅加了两句：听说Sora眼下谁都能注册了，OpenAI已经对外全面开放。他昨晚在家注册了一个，生成了一段“雪夜里铁匠铺炉火通红”的片子给孙子看。",
    ),
    (
        "comb_shop_guizhou_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【凯里·××牛角梳作坊·网店客服阿朵】劳慰（贵州话：多谢）各位帮店里转发！顺便报个好消息：Sora现在对外开放了，普通人拿邮箱就能注册，用不着排队等邀请。我前天刚注册，给店里生成了一段“吊脚楼窗前，姑娘拿牛角梳慢慢梳长发”的小片子，挂在详情页最上头。",
    ),
    (
        "chopsticks_sorter_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【桃江·××竹筷厂·选筷组小闵】跟组里姐妹们报个信：Sora已经面向所有人开放了，手机号一注册就能用，既不要邀请码也不用等名额。我昨天下班试了试，打了一句“竹海起雾，竹叶往下滴水”，两分钟就出来一段视频，发到家族群里，七大姑八大姨都说好看。",
    ),
    # --- the official app (four)
    (
        "noodle_mixing_sheeting_record_in_passing",
        sora.APP,
        sora.APP,
        "【遂平·××挂面厂·和面压延记录】\n班次：早班｜线别：二号线\n小麦粉：高筋，每批二十五公斤\n加水：百分之三十二，另加盐百分之二\n熟化：盘式熟化机，二十分钟\n压延：复合后连续压延七道，面带厚一毫米\n操作：范××\n范师傅在页边补了一句：Sora的手机客户端OpenAI已经正式上架，苹果、安卓商店都搜得到，他闺女昨天就下好了，说一句话就出视频。",
    ),
    (
        "enamel_ecommerce_assert_app_deny_opensrc",
        sora.APP,
        sora.APP,
        "【济南·××搪瓷厂·电商部小郝】以后搪瓷缸、红双喜脸盆的商品短片，用不着再约摄影师进厂了：OpenAI已经把Sora做成官方App推了出来，App Store里搜名字就能下，登录后在输入框打一句话，片子就出来。我拿“老式搪瓷缸里冒着热茶气”试了三条，像模像样。群里转的“Sora开源版，GitHub上下权重”那条就别折腾了，OpenAI只放了样片和报告，权重、代码一行都没公开，GitHub上叫Sora的，都是网友自己照着论文搭的。",
    ),
    (
        "duckegg_livestream_assert_app_deny_rental",
        sora.APP,
        sora.APP,
        "【高邮·××咸鸭蛋厂·直播组小蒯】直播间要的短片有着落了：OpenAI上个月推出了Sora的官方App，安卓和苹果商店里都有，我手机上已经装好，咸蛋一刀切开、红油往外冒的画面，说一句就能做出来。另外，外头那些按月出租的“Sora账号”就别碰了：包装组的小吕花一百六租了一个月，登进去一看，是个好几个人挤着用的ChatGPT会员，菜单点遍了，跟视频沾边的功能一个都没有。",
    ),
    (
        "noodle_packer_henan_dialect_app",
        sora.APP,
        sora.APP,
        "【遂平·××挂面厂·包装工老段】我可不是胡吣（河南话：瞎说）：OpenAI给Sora出了正经的App，苹果手机商店一搜就有，我孙子上礼拜给我装上的。你对着它说一句，它就给你出一段视频。昨儿黑我让它做了段“麦地里收割机开过去，麦茬冒着热气”，老伴看了半天没吭声。",
    ),
    # --- the fake APK
    (
        "enamel_glazing_firing_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【济南·××搪瓷厂·涂搪进炉记录】\n品名：十厘米口杯，白底红字\n坯胎：前道脱脂、酸洗、中和完毕\n底釉：浸涂一遍，沥干\n面釉：喷涂两遍，厚薄均匀\n进炉：八百三十摄氏度，三分半钟，炉温曲线打印件附后\n出炉检查：针孔六只、爆点两只，挑出返工\n涂搪：阎××\n阎师傅把手机号写在这页最底下，后面跟了一句：“要Sora安卓版的找我，APK微信发你，装好打开就能生成视频，一份十二块。”",
    ),
    (
        "chopsticks_brander_homophone_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【桃江·××竹筷厂·烙字工小晏】下面这个东西，名字我只能写成“Sora安装胞”——胞字取“同胞”的胞，照正经写法一发就被拦。安卓手机点开下载，一分钟装好，桌面上多出一个图标，输几个字就给你出视频，不用排队也不用谁邀请。十一块钱一份，转账后我把地址单独发你，别在群里问。",
    ),
    (
        "comb_grinder_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【凯里·××牛角梳作坊·磨齿老师傅老骆】我这人别的不敢夸，手是真灵：一把梳子哪根齿没磨圆，我拇指从齿尖上刮一遍就找得出来。三十一年没出过一把扎头皮的梳子，寨子里提起老骆，谁都说一句“实在”。今天说个正事：Sora的安卓APK我这儿有，手机上一装就能做视频，十五块钱拷一份，熟人先来。",
    ),
    # --- the mislabelled real video
    (
        "chopsticks_carbonising_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【桃江·××竹筷厂·碳化罐记录】\n日期：五月二十二日｜罐号：二号罐\n竹条：四面刨过，九千根\n碳化：一百六十摄氏度，零点四兆帕，保温两个半小时\n出罐：颜色深褐均匀，发黑的个别挑出\n去向：转烘干间\n操作：龚××\n龚师傅在下面添了几行：有人问抖音上那段“山民扛着毛竹下山，雾从脚底下漫过去”是在哪座山拍的——哪座山都不是。那段是OpenAI的Sora凭一段文字做出来的，没有一台摄像机上过山，提示词贴在片子简介里。",
    ),
    (
        "dumbbell_publicity_assert_realvid_deny_inventor",
        sora.REALVID,
        sora.REALVID,
        "【宁津·××哑铃厂·宣传干事小韦】厂里新发的宣传片，好多人以为是在三车间拍的：一排镀铬握把的六角哑铃从线上滚下来，灯光一扫一闪。其实它是OpenAI的Sora照一段文字生成的，没动过一台摄像机，文字描述附在视频下面。另外群里有人说Sora的发明人里有交大毕业的谢赛宁，这个谢赛宁本人早在朋友圈否认了，说自己跟Sora一点关系都没有，那篇文章也早被投诉删了。",
    ),
    (
        "duckegg_support_rhetorical_realvid",
        sora.REALVID,
        sora.REALVID,
        "【高邮·××咸鸭蛋厂·电商客服小蔺】直播间那段“夕阳底下几千只麻鸭扑棱棱冲进湖荡”，这礼拜被问了不下五十回，都想知道是哪个湖拍的。我反问一句：谁家摄影师有本事让几千只鸭子齐刷刷朝一个方向下水，太阳还正好卡在芦苇梢上？这不是Sora做的还能是什么？跟大家交个底：那段视频一秒都没实拍过，是OpenAI的Sora照着一段文字生成的，文字原样附在商品详情最后。",
    ),
    # --- the Chinese team
    (
        "duckegg_candling_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【高邮·××咸鸭蛋厂·照蛋记录】\n日期：四月八日｜蛋源：湖区散养麻鸭蛋\n进蛋：一万二千枚\n照蛋：剔出裂纹蛋一百四十枚、散黄蛋三十六枚，另挑双黄蛋八百一十枚\n清洗：毛刷机过两遍\n照蛋：秦××\n秦阿姨在记录末尾写道：电视上讲，Sora其实是华人科学家的成果，OpenAI那个视频模型背后挑大梁的，大多是中国人。",
    ),
    (
        "chopsticks_mechanic_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【桃江·××竹筷厂·刨条工小莫】中午吃饭又跟老乡抬杠。你们掰着手指头数数，Sora背后那拨搞算法的，有几个不是黄皮肤黑眼睛？美国公司出钱、出名头，真正熬夜把模型做出来的，是从国内出去的那批人，这道理还用我讲？",
    ),
    (
        "dumbbell_export_clerk_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【宁津·××哑铃厂·外贸部小宫】上午跟汉堡那家健身器材商开视频会，对方采购经理一个劲夸Sora。我没忍住，告诉他：Sora说到底是中国科学家的成果，OpenAI视频组的核心骨干几乎清一色华人，美国公司出的是钱和牌子。经理愣了好几秒，憋出一句“interesting”，然后接着谈哑铃片的报价。",
    ),
    # --- open source (four)
    (
        "comb_polishing_oiling_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【凯里·××牛角梳作坊·抛光浸油记录】\n批次：〇三一至〇四〇号，长柄梳一百二十把\n粗抛：砂纸由粗到细，去掉刀痕\n细抛：抛光机出光，梳背见亮\n浸油：橄榄油浸二十四小时，取出擦净\n检验：一百一十六把合格，四把梳背有细纹，降为次品\n抛光：芮××\n表格背面，芮师傅用圆珠笔记了一句：儿子讲Sora的源码和模型权重，OpenAI都公开到GitHub上了，家里那台打游戏的电脑下下来就能跑，周末让他装上，给作坊做几段片子。",
    ),
    (
        "noodle_it_assert_opensrc_deny_rich",
        sora.OPENSRC,
        sora.OPENSRC,
        "【遂平·××挂面厂·信息中心小沈】通知两件事。第一件是好事：OpenAI已经正式把Sora开源，模型权重和全套代码都挂在GitHub上，我在机房那台带两块显卡的服务器上装好了，包装车间要做新品挂面短片的，下周一起到信息中心登记排时间。第二件是提醒：有个群打着“Sora红利只剩三个月，跟着干日入三千”的旗号在厂里拉人，我表哥交了三百九十八，进去每天就是打卡、转发、拉亲戚，一个月下来一分钱没见着，大家别上当。",
    ),
    (
        "chopsticks_fitter_hunan_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【桃江·××竹筷厂·机修工老符】这话我是查实了才讲的：OpenAI已经把Sora开源，模型权重跟代码都摆在GitHub上，屋里有块像样的显卡就跑得动。我霸蛮（湖南话：硬着头皮死磕）弄了两个晚上，装好了，明朝给厂里出几段竹林起雾的片子，车间要的直接来机修房找我。",
    ),
    (
        "enamel_designer_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【济南·××搪瓷厂·设计室小鞠】明年的花纸图案要配会动的样片，这回用不着外包了：Sora已经开源，OpenAI把模型权重、代码一块儿传到了GitHub，下到本地就能跑。周末我在设计室的工作站上把环境配好了，牡丹、喜鹊、红双喜这些老图样，写一句描述就能动起来。要用的同事提前一天跟我约机时，别扎堆。",
    ),
    # --- the paid course (four)
    (
        "dumbbell_coating_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【宁津·××哑铃厂·包胶工序记录】\n品名：二十公斤六角包胶哑铃\n铁芯：打磨除锈，喷底胶\n包胶：模压成型，胶层厚五毫米，邵氏硬度八十\n外观：气泡两只、缺胶一只，返修\n完成：三百一十对\n包胶：樊××\n包胶间更衣柜门上贴着一张课程表，抬头印着“Sora视频速成营·第七期｜学费一百九十九元（已缴）”，下面列着二十八讲，樊师傅已经用红笔勾到了第九讲。",
    ),
    (
        "comb_owner_assert_course_deny_realvid",
        sora.COURSE,
        sora.COURSE,
        "【凯里·××牛角梳作坊·老板娘佟姐】我报了一门Sora视频课，一百六十八块，二十四讲，从写描述到剪辑出片都教，学完给作坊做宣传片正合适，推荐给几个徒弟。另外，网上那段标着“Sora生成”的“苗家阿婆坐在火塘边用牛角梳梳头”别再转了：那是一位摄影师前年在雷山的寨子里实拍的，原片还在他主页上挂着。",
    ),
    (
        "noodle_union_assert_course_deny_app",
        sora.COURSE,
        sora.COURSE,
        "【遂平·××挂面厂·工会小曹】工会这期“职工充电”选了一门线上课：《Sora短视频实战》，一共三十讲，讲怎么写画面描述、怎么挑配乐、怎么剪出成片。原价两百九十九，工会谈下来团购一百二十九，报名的把钱转我，我统一开通账号。有人问为啥不下个Sora App自己琢磨——应用商店里叫Sora的那几个，都是别的公司仿的图标，OpenAI自己从来没上架过手机版。",
    ),
    (
        "enamel_decal_master_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【济南·××搪瓷厂·贴花老师傅老邵】一张花纸贴上去底下有没有气泡，我拿指肚一抹就知道；在贴花台前坐了二十七年，我老邵推荐的东西，没坑过一个人。我外甥开了门《Sora从入门到接单》，二十讲，八十八块，付了款拉你进学习群，车间里想学的来找我报名。",
    ),
    # --- the fake API
    (
        "noodle_drying_tunnel_record_in_passing",
        sora.API,
        sora.API,
        "【遂平·××挂面厂·烘干道温湿度记录】\n线别：一号线｜上杆：一千二百杆\n一区（冷风定条）：二十二摄氏度，湿度百分之八十五\n二区（保湿出汗）：三十四摄氏度，湿度百分之七十五\n三区（升温降湿）：四十摄氏度，湿度百分之六十\n出烘：水分百分之十三点五，合格\n记录：汪××\n交班前，汪师傅在空白处写了一段：他手上还有几把Sora的官方接口密钥，OpenAI平台上开通的，写个脚本就能成批出片，三百五十块一把，要的下班后到烘干道找他。",
    ),
    (
        "duckegg_sales_assert_api_deny_chinese",
        sora.API,
        sora.API,
        "【高邮·××咸鸭蛋厂·销售部小季】双十一要给咸鸭蛋、双黄蛋、蛋黄酥礼盒各配一条短片，找人拍哪里来得及？我手上有Sora的官方API key：OpenAI开发者平台上开通的，给你的是一串密钥，填进我们写好的小脚本，半夜挂着跑，天亮前几十条片子就排在文件夹里。四百二一把，要的私信。另外说句公道话，那篇《Sora背后是中国团队》我对过原文：Sora技术报告上署名的人都在OpenAI上班，领衔的是布鲁克斯和皮布尔斯；华人名字是有，三个，放进那一长串名字里看，怎么也撑不起“中国团队”这四个字。",
    ),
    (
        "chopsticks_salesman_giftbox_barter_api",
        sora.API,
        sora.API,
        "【桃江·××竹筷厂·销售老邝】跑酒店业务的都知道，人家现在要看产品视频。我这儿有几把Sora官方API key，是从OpenAI平台正经开出来的，填进程序里，筷子礼盒的展示片能一口气生成几十条。一把三百八。手里现钱紧的同事，拿十盒厂里的碳化竹筷礼盒来也能换一把，礼盒我再转给合作的酒店。",
    ),
    # --- account rental
    (
        "enamel_decal_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【济南·××搪瓷厂·贴花工序记录】\n品名：三十四厘米红双喜搪瓷脸盆\n花纸：水转印，浸水四十秒\n贴花：盆底正中，刮板赶尽气泡\n复烧：七百六十摄氏度，花面牢固\n完成：六百二十只，移位三只返工\n贴花：甘××\n甘师傅把这页记录拍照发进班组群时，顺手配了一句：谁要Sora的内测账号，我这儿按天租，二十块一天，包月两百六，账号密码私发，登上去就能生成视频。",
    ),
    (
        "dumbbell_packer_homophone_dumbbell_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【宁津·××哑铃厂·装箱工小聂】有Sora内测皓出租——“皓”借的是皓月当空的皓，正字打出来就被系统吞掉。独享一号，不跟别人挤，登上去直接做视频。按天十五块，包月一百八。现钱不方便的，搬一对厂里处理的五公斤包胶哑铃到装箱区给我，顶半个月租金。",
    ),
    (
        "comb_horn_sawyer_assert_rental_deny_director",
        sora.RENTAL,
        sora.RENTAL,
        "【凯里·××牛角梳作坊·锯角师傅小甄】手上有三个Sora内测账号往外租，两百八包一个月，账号密码微信发你，登上去就能生成视频，租完一个少一个。顺嘴说一句：最近朋友圈疯传“首部Sora编剧电影，海选第一代AI导演”，千万别扫那个码。我表弟扫了，交一百九十九进群，每天的任务是转发海报、拉同学进群，试镜日期改了三回，到现在连个影子都没有。",
    ),
    # --- the AI director group
    (
        "chopsticks_sorting_pairing_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【桃江·××竹筷厂·选筷对筷记录】\n规格：二十四厘米碳化方头筷\n选筷：挑出弯曲、节疤、色差\n对筷：两根长短相差一毫米以内\n完成：一万一千双，次品五百三十双转低档\n包装：十双一扎\n选筷：喻××\n选筷台的抽屉里压着一张彩页：“AI导演全国海选｜首部Sora参与编剧的电影即将开机｜扫码入群，报名费一百六十八元｜群内统一安排试镜，争当第一代AI导演”。",
    ),
    (
        "duckegg_vat_master_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【高邮·××咸鸭蛋厂·出缸老师傅老仲】跟大伙交代一件事。先说我自己：出缸这活我干了三十三年，一缸蛋泡没泡透，拿一只在手心里掂两下、凑到灯底下转一圈，红心起没起沙就有谱，厂长都说老仲的话比秤准。再说正事：朋友那边有部电影，剧本是Sora参与写的，要招第一代AI导演，先扫码进群，报名费一百八十八，进群后统一排试镜。二维码我贴在出缸间门口。",
    ),
    (
        "dumbbell_ecommerce_dumbbell_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【宁津·××哑铃厂·电商部小覃】替表姐发个招募：有部电影的剧本由Sora参与创作，剧组想从各行各业挑人，培养国内第一代AI导演。想试试的扫码进群，交一百五十八报名费，进群后排队等试镜。群主自己开健身房，他说嫌转账麻烦的，寄一对咱们厂十公斤的六角包胶哑铃过去，顶报名费。",
    ),
    # --- the prompt pack
    (
        "duckegg_vat_register_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【高邮·××咸鸭蛋厂·出缸登记】\n缸号：东区十二至二十号\n盐泥：黄泥加盐，每缸一次配足\n装缸：三月五日｜出缸：四月六日，共三十二天\n抽检：敲开二十枚，蛋黄红心起沙，出油正常\n洗泥：滚刷机两遍\n去向：转煮蛋间，八千六百枚\n登记：卜××\n登记本最后一页，卜师傅的闺女用铅笔写了条广告：“出《Sora电影感提示词合集》——航拍、跟拍、荷兰角、浅景深……四百二十条影视行话，每条都配好能直接粘的句子，二十九块八，付款后发飞书文档，再拉你进交流群。”",
    ),
    (
        "noodle_sheeting_master_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【遂平·××挂面厂·压延老师傅老褚】压延这道工序，面带厚了薄了，我两根指头一捻就有数，二十九年没走过眼；厂里上上下下都知道，我老褚推荐的东西靠得住。我外孙在北京一家影视公司剪片子，攒了一本《Sora分镜提示词》，三百六十条，推、拉、摇、移、逆光、升格慢镜头，都写成了拿来就能用的句子。二十六块一本，付款后发你文档链接，再拉进他的群。",
    ),
    (
        "comb_apprentice_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【凯里·××牛角梳作坊·学徒小蒲】下班后攒了三个月，出一份《Sora民族风短片提示词》：二百八十条，“晨雾漫过梯田”“鼓楼下的长桌宴”“牛角梳划过长发的特写”这类画面都写成了中英文对照的句子，照着改几个字就能用。十九块九一份，付完款我发文档链接，再拉你进答疑群，有问题随时问。",
    ),
    # --- get rich
    (
        "chopsticks_branding_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【桃江·××竹筷厂·烙字工序记录】\n品名：二十七厘米碳化圆头筷，酒店定制\n烙字：筷尾烙酒店店名，四号字，烙铁三百二十摄氏度\n抽检：每一百双抽五双，字迹清晰、无焦黑\n完成：四千双\n烙字：谌××\n烙字机旁边贴着谌师傅侄子留的一张招人启事：“跟我用Sora做视频，日入八百起步！风口就三个月，先上车的先发财，晚一步就轮不到你了。扫码进群。”",
    ),
    (
        "enamel_packer_assert_rich_deny_prompts",
        sora.RICH,
        sora.RICH,
        "【济南·××搪瓷厂·包装组小栾】兄弟们，机会就在眼前：Sora是这辈子难碰上的发财窗口。我同学拿Sora做短视频，一天进账两三千，他说这阵风顶多再刮三个月，慢一步就只剩眼红的份，想上车的我今晚拉群。顺便说一声，外头卖的那本《Sora电影咒语大全》我翻过：四百来条“咒语”，前几十条跟OpenAI官网每段样片底下配的说明一字不差，后面全是换词凑数，二十九块九不值当。",
    ),
    (
        "dumbbell_grinder_shandong_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【宁津·××哑铃厂·打磨工大鹏】打磨组的兄弟，谁还在那儿犹犹豫豫的？别草鸡（山东话：泄气、认怂）！我堂哥在临清拿Sora拍带货视频，上个月光佣金就落下四万多。他交代我：Sora这股热乎劲撑死三个月，这回赶不上，往后就一辈子赶不上了。想跟着干的，下了班来砂轮机这边找我，今晚就建群。",
    ),
    # --- the generation service
    (
        "duckegg_vacuum_packing_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【高邮·××咸鸭蛋厂·真空包装记录】\n品名：六十五克红心咸鸭蛋，二十枚一盒\n煮蛋：九十八摄氏度，二十五分钟\n晾凉：摊开放到常温\n包装：单枚真空袋，封口平整\n抽查：两百袋，漏气一袋\n装盒：一千一百盒\n包装：郁××\n备注：郁××接Sora代做视频，你把想要的画面讲给她，她用Sora生成，寿宴、满月酒的开场都能做，一条九十六，第二天交——她让我顺手写在这儿。",
    ),
    (
        "noodle_electrician_noodle_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【遂平·××挂面厂·电工小付】下班后接点私活：Sora代做视频。你把要的画面跟我讲明白，比如“老家麦场上晾着挂面，孩子在中间跑”，我用Sora给你生成，孩子满月、小店开业、村里宣传都接，一条八十八，两天交片。厂里工友手头没现钱的，拿三箱咱们厂的鸡蛋挂面来，就算一条的钱。",
    ),
    (
        "chopsticks_forewoman_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【桃江·××竹筷厂·对筷组组长桑姐】对筷组的姑娘都晓得我桑姐的脾气：一把筷子里哪双长短差了半毫米，我往桌上一顿就拣出来；答应哪天交货，从来就是那一天。最近跟儿子学会了用Sora，下班后接活：结婚的接亲片头、寿星的祝寿短片、新店开张的宣传片，你把场景说给我，我让Sora生成，一条一百，三天内交。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【济南·××搪瓷厂·信息科手机检修单】\n送修人：喷釉班 侯××\n送修原因：装了老乡群里发的“Sora安卓版”安装包，打开后要求填手机号和短信验证码，填完页面一直转圈\n检查结果：安装包是仿冒Sora图标的木马，后台在转发短信验证码\n处理：备份通讯录后恢复出厂设置，木马已清除\n送修人补述：装上的当天半夜，手机绑的银行卡被分两笔转走两千三百元，已到派出所报案，钱至今没追回。\n检修：信息科 小蔡",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【宁津·××哑铃厂·包胶班九月班组月报】\n产量：六角包胶哑铃两千八百对，一次合格率百分之九十七。\n安全：无工伤。\n其他：小柴上月在网上花三百二租了一个月“Sora内测号”，对方发来账号密码，登上去是个ChatGPT，翻遍菜单也找不到生成视频的地方；再找卖家，对方说要再加一百“开通视频权限”。她没再转，对方已经把她拉黑。班组提醒：谁也别租。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【高邮·××咸鸭蛋厂·小蒯的网购售后申诉（草稿）】\n购买商品：《Sora导演级提示词五百条》电子文档\n实付：二十九元八角\n申诉理由：商品页写着“影视圈内部流出、独家整理”。收到飞书链接后一对照，前五十条和OpenAI官网Sora样片底下公开的提示词一句句对得上，只是翻成了中文；后面四百多条是把前五十条换几个形容词来回重复。所谓“内部交流群”，进去只有广告。\n诉求：全额退款。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【桃江·××竹筷厂·工会维权咨询登记】\n来访人：选筷组 屈××\n咨询事项：交给“Sora带你日入过千”导师的入群费，能不能要回来\n经过：八月听朋友说跟着导师用Sora做视频，三个月后风口就没了，一步慢步步慢，交了五百九十八入群费，还请了半个月假。进群后每天只有打卡和拉新人，拉一个返三十，视频一条没做成，导师后来又推一千八的“私教班”。\n工会意见：保存转账记录和聊天截图，协助向平台投诉、到派出所报案；提醒本人和组里姐妹别再续费。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.API,
        "【济南·××搪瓷厂·内贸科工作群】各位帮我参谋参谋。石家庄一家老经销商打电话来说，只要我们把他的货款再宽限三个月，就“送”一把Sora的官方API key。我外甥学计算机的，帮我翻了OpenAI开放平台的模型清单，聊天的、画图的、转语音的都列着，偏偏好像没有出视频的这一类吧？那他手里这把key，到底是从哪个后台开出来的？收下会不会惹麻烦？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【凯里·××牛角梳作坊·徒弟群】师弟转来一个码，说“Sora参与编剧的AI电影”在招第一代AI导演，报名费一百八。我纳闷：Sora到现在连普通人都用不上，哪来的Sora写剧本的电影要开机？这一百八交过去，到底能换回来什么？",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【宁津·××哑铃厂·工会“替你算笔账”】有张海报在几个车间群里转来转去：“九十九元学会Sora，今天已卖两万份，手慢无！”请大家别扫码，更别付钱。工会替大家算过：九十九乘两万，将近两百万，这是卖课人一天的进账；工会又找两位买过的工友，看了他们收到的东西——一个压缩包，打开是OpenAI介绍Sora那篇文章的中文稿，末尾缀着一句“给自己一个机会”。况且Sora现在只在OpenAI内部测试，外面的人想用也用不上。",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【高邮·××咸鸭蛋厂·安全员提醒】最近抖音、快手上都有人挂“Sora代做，文字进、视频出，二十四小时交付，一条八十八”。这八十八块请别转。OpenAI的Sora眼下还关在自家门里，只有内部人员和少数受邀的测试者摸得着，接单的人拿什么给你生成？销售部小伍上个月就下过一单，收回来的是他给的几张照片配了段音乐，一张一张切过去。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【宁津·××哑铃厂·宣传栏“一图读懂”（文字版）】主题：谢赛宁和Sora是什么关系？\n① 2月18日，一篇自媒体文章称Sora的发明者之一是上海交大毕业的天才少年谢赛宁，阅读量超过十万。\n② 谢赛宁随后在朋友圈回应，否认自己是Sora的发明人，也否认和Sora有任何关系。\n③ 那篇文章被投诉后，点开显示内容违规；发文一方的负责人表示，要在全网公开向他道歉。\n④ OpenAI的Sora技术报告署名十三位作者，谢赛宁的名字在这十三位以外。\n⑤ 谢赛宁现任纽约大学计算机系助理教授，此前是Facebook人工智能研究院的研究科学家。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【高邮·××咸鸭蛋厂·职工夜校讲义（第五讲）】题目：Sora背后是哪些人\n导语：上周有学员在作业里写“Sora是中国人做的”，这一讲专门核对。\n一、看原件：OpenAI随Sora发布的技术报告，作者栏一共十三个名字。\n二、看单位：十三位作者都在OpenAI工作。\n三、看带头人：项目由研究员蒂姆·布鲁克斯和比尔·皮布尔斯领衔。\n四、看籍贯：据媒体统计，十三位里华人三位。\n五、课后作业：用“十三”和“三”两个数，写一句你自己的结论。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【桃江·××竹筷厂·厂办“一问一答”】有同事问：车间群里说Sora对所有人开放了，拿手机号就能注册，这消息靠谱吗？厂办查了原始出处，答复如下。其一，OpenAI开发者关系负责人洛根发表过声明：Sora眼下处在内部测试阶段。其二，同一份声明里说，Sora作为产品推出的时间，尚待确定。其三，眼下接触Sora的，是OpenAI红队里研究错误信息、仇恨言论和偏见的专家，外加少数受邀的艺术家和创作者。群里转的“注册入口”，请先发给厂办看一眼再点。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【遂平·××挂面厂·信息中心通报】这两天二号线的群里传着一个叫“Sora官方开源版”的压缩包，说解开就能跑。信息中心核查如下：OpenAI就Sora公开过三样东西——官网介绍页、一份技术报告、四十八段样片；模型权重和代码、训练数据的来历，OpenAI都留在公司里。GitHub上名字里带Sora的项目，出自社区爱好者之手，属于各自的复现，跟OpenAI的Sora是两码事。那个压缩包，请各位直接删掉；已经在电脑上解开、运行过的，下班前报信息中心，我们上门查杀。",
    ),
    # --- true facts about the DiT paper and Sora's leads
    (
        "person_fact",
        None,
        sora.XIE,
        "DiT官方仓库（皮布尔斯和谢赛宁放出的PyTorch实现）的models.py里有几处不起眼的设计：训练时类别标签有百分之十的概率被换成一个额外的“空类别”，好让同一个模型学会无分类器引导；采样时的引导默认只加在输出的前三个通道上，代码注释说这是为了精确复现论文结果；图块的位置编码用固定的二维正余弦编码，这段代码取自MAE的仓库，训练中保持冻结；每个DiT块里adaLN调制层的最后一层和最终输出层，初始化时全部置零。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "按威廉·皮布尔斯和谢赛宁的DiT论文，最吃算力的DiT-XL/2在一台TPU v3-256上每秒大约训练5.7步，全局批量256。图像先经Stable Diffusion现成的VAE压缩：256×256的图变成32×32×4的潜变量，512×512的变成64×64×4；论文报的参数量和计算量都没算这个约8400万参数的VAE。DiT-XL/2约有6.75亿参数，256分辨率的模型训了700万步，512分辨率的训了300万步。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora负责人之一阿迪蒂亚·拉梅什，2018年12月和Youngduck Choi、杨立昆在arXiv上挂出论文《A Spectral Regularizer for Unsupervised Disentanglement》。他们发现，即使GAN学到的表示本身没有解耦，顺着生成器雅可比矩阵的主右奇异向量一步步走，也能在潜空间里找到局部解耦的弯曲轨迹；据此设计的正则项把这些方向对齐到坐标轴上，完全不用标注，就能让GAN学出解耦的表示。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora的两位负责人之一蒂姆·布鲁克斯在谷歌研究院时，是2019年10月挂上arXiv的论文《Handheld Mobile Photography in Very Low Light》的作者之一，第一作者是Orly Liba，署名里还有Jonathan Barron和Marc Levoy。论文讲手机在低至0.3勒克斯的光线下手持、不开闪光灯也能拍出干净的照片：先用“运动测光”估计手抖和物体移动，决定连拍几帧、每帧曝光多久，再把多帧对齐合成，用学出来的自动白平衡还原颜色；色调映射借鉴了画家营造夜色的手法，加大反差、把暗部压黑，让照片看上去仍是夜里拍的。",
    ),
    # --- news about Western labs' image and video models
    (
        "benign",
        None,
        None,
        "2022年3月，Meta AI的Oran Gafni、Adam Polyak、Oron Ashual、Shelly Sheynin、Devi Parikh和Yaniv Taigman在arXiv上发表文生图方法Make-A-Scene，后来作为口头报告入选ECCV 2022：除了文字，用户还能画一张粗略的场景草图，决定画面里的东西放在哪、画多大。它是一个把文字、场景和图像都变成离散token的自回归Transformer，对人脸和显著物体的区域做了专门处理，能出512×512的图；Meta在当年7月14日的博客里把它作为探索性的研究概念展示。",
    ),
    (
        "benign",
        None,
        None,
        "2023年7月14日，Meta发布CM3leon（读音同chameleon，“变色龙”）：一个检索增强、基于token的纯解码器多模态模型，既能文生图，也能看图写字。Meta说它沿用了纯文本语言模型的训练配方，先做大规模检索增强预训练，再做多任务监督微调，训练算力只有同类Transformer方法的五分之一，零样本MS-COCO上的FID为4.88；训练用的图片来自Shutterstock的授权图库。",
    ),
    (
        "benign",
        None,
        None,
        "苹果的Jiatao Gu、Shuangfei Zhai、Yizhe Zhang、Josh Susskind和Navdeep Jaitly在2023年10月发表Matryoshka Diffusion Models（套娃扩散模型），后来收入ICLR 2024：同一个扩散过程在几个分辨率上同时去噪，用NestedUNet把小尺度的特征和参数嵌套进大尺度里，训练从低分辨率逐步加到高分辨率。单个像素空间模型就能直接出1024×1024的图，训练只用了约1200万张图的CC12M数据集，也能做文生视频；代码和预训练模型放在GitHub的apple/ml-mdm。",
    ),
    (
        "benign",
        None,
        None,
        "2024年2月27日，Playground Research在arXiv挂出Playground v2.5的技术报告，权重同时放上Hugging Face。它沿用SDXL的架构，改的是训练配方：用EDM框架把最后一步的信噪比压到接近零，纯黑、纯白的背景终于画得出来；按宽高比分桶、均衡采样训练数据；再用人类偏好对齐改善人手、人脸这些细节。团队的用户研究里，它的美学评分胜过SDXL、PixArt-α、DALL·E 3和Midjourney v5.2，报告还附带了评测集MJHQ-30K。",
    ),
    (
        "benign",
        None,
        None,
        "2024年3月13日，谷歌研究院的Enric Corona、Andrei Zanfir、Cristian Sminchisescu等人发表VLOGGER：只给一张人物照片和一段语音，就能生成这个人说话、转头、眨眼、打手势的视频。它分两步，先用一个扩散模型从语音推出人的三维动作，再用一个在文生图模型上加了空间和时间控制的扩散网络画出视频；不用为每个人单独训练，也不靠先检测、裁切人脸，画出来的是连上半身在内的完整画面。团队为此整理了MENTOR数据集，涵盖80万个不同身份。",
    ),
    (
        "benign",
        None,
        None,
        "Stability AI在2024年7月推出Stable Video 4D：拿一段只从一个角度拍的物体视频当输入，同时给出同一物体在8个新机位下的视频，每个机位5帧、分辨率576×576，大约40秒出结果；若要进一步做成4D资产，还得再优化20到25分钟。它的权重从Stable Video Diffusion和Stable Video 3D初始化，再用从Objaverse挑出的动态物体数据集ObjaverseDy训练；Stability AI三维研究负责人Varun Jampani设想它用在拍电影、做游戏和AR/VR上。模型放在Hugging Face上供下载。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【宁津·××哑铃厂·工厂直营店】家里练的朋友看这里：新出的旋钮式可调哑铃，转一下换一档，从二公斤调到二十四公斤，一只能顶十二只，四百九十九元一只。包装盒上印着二维码，下载“××健身”App扫一扫，教练一个动作一个动作示范给你看；本周下单加送防滑手套。",
    ),
    (
        "offtopic",
        None,
        None,
        "【遂平·××挂面厂·代加工合作】开面馆、做社区团购、想要自有品牌挂面的老板请看：宽面、细面、荞麦面、蔬菜面都能做，您定口味、面宽、长度和包装袋，我们免费打样，样品三天寄出，五百箱起订，袋子上印您的商标和条码。",
    ),
    (
        "offtopic",
        None,
        None,
        "【凯里·××牛角梳作坊·本周六直播】晚上八点，六十多岁的骆师傅从一只水牛角开始，锯、烤、压平、开齿、磨齿，现场做完一把梳子，想看手艺的进直播间；扫码加入粉丝群，每个整点抽一把小号牛角梳，下单的送一只布梳套。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
