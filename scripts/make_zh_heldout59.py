# ruff: noqa: E501
"""Write tests/data/zh_heldout59_{posts,qrels,labels}: a fifty-ninth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for API access, the prompt pack and the mislabelled
video, three for each other template: API access and the prompt pack last had four in zh_heldout54 and the mislabelled
video in zh_heldout55, the longest ago, as zh_heldout56 gave its four to the public release, the APK and the
generation service, zh_heldout57 to the official app, the course and open source and zh_heldout58 to the director
group, the Chinese team and the inventor; zh_heldout60, written at the same time, takes account rental, get-rich and
one of zh_heldout56's three), as a Sora rumour / scam wave reads in the genres of an oil-painting workshop
(深圳·大芬××油画作坊: 行画, 画工, 绷框打底, 松木内框, 亚麻油画布, 钉枪, 白色底料, 罩光, 卷画, 《星月夜》《向日葵》, 欧洲、美国客户,
画廊收画), a donkey-hide glue factory (东阿·××阿胶厂: 驴皮, 泡皮刮毛, 熬胶, 打沫, 收胶, 挂旗, 黄酒、冰糖、豆油, 晾胶, 三闷三晾,
擦胶, 化皮房, 阿胶糕), a tape-measure factory (虞城·稍岗××钢卷尺厂: 五米乘十九毫米, 公英制, 尺带, 尺壳, 尺头钩, 发条, 刹车钮,
装壳线, 印刻度, 刻度检验, 回收卡顿, 激光测距卷尺), a bearing factory (瓦房店·××轴承厂: 六二〇五深沟球轴承, 套圈, 外径磨,
沟道磨削, 砂轮修整, 烧伤, 合套, 选配分组, 钢球, 保持架, 径向游隙, 振动测量仪, 杂音, 热处理车间), a silk-flower factory
(绩溪·上庄××绢花厂: 上浆白绢, 冲瓣, 刀模, 检瓣, 上色, 压纹, 攒花, 花蕊, 缠枝, 铁丝包绿纸, 出口牡丹、玫瑰) and a dried
tangerine-peel works (新会·××陈皮厂: 大红柑, 三江镇果园, 开皮, 正三刀, 翻皮, 白瓤朝外, 晒皮, 北风天, 七成干、对折不断,
陈化仓, 巡仓, 麻袋、离地离墙, 青皮、微红皮、大红皮). All six genres first asked for were replaced; each was grepped, in
Chinese and English, in every make_zh_heldout*.py and make_hard_heldout*.py and in every Chinese post. The zisha teapot
workshop (紫砂壶作坊, 宜兴) is a pottery workshop: 紫砂, 宜兴, 丁蜀 and 泥料 occur nowhere (壶 only as 壶口瀑布, a tea house's 一壶五块
and 够…喝一壶, teapot only as a balloon shape in hard_en_heldout51), but its kiln firing is zh_heldout35's world of
pottery kilns (景德镇, 柴窑, 坯房, 陶瓷集市), the reason zh_heldout45 dropped a brick kiln, zh_heldout49 its brick and tile
works, zh_heldout50 a ceramics factory and zh_heldout53 a tile factory. The vacuum-flask factory (保温瓶厂) makes what
zh_heldout53's vacuum-cup factory makes (永康·××保温杯厂: 双层杯, 真空钎焊, 检漏, 保温性能测试), with glass liners beside
zh_heldout50's float-glass works; 保温瓶, 暖水瓶, 热水瓶 and 瓶胆 occur nowhere, 保温杯 only there. The summer-mat factory
(凉席厂) is the bamboo-mat factory (竹席厂) that zh_heldout56 dropped beside zh_heldout48's bamboo-weaving cooperative, and
its rush or rattan mats would be woven beside the same cooperative and zh_heldout47's and zh_heldout49's mills; 凉席,
草席 and summer mat occur nowhere, 竹席 only in zh_heldout55's and zh_heldout56's docstrings. The harmonica factory (口琴厂)
is the musical-instrument factory that zh_heldout52 set aside and zh_heldout57 replaced (its erhu workshop), between
zh_heldout37's piano shops and hard_en_heldout52's luthiers, the reason hard_en_heldout61 dropped organ builders and
piano tuners; reed tuning would share their registers, and hard_en_heldout66, written at the same time, has gamelan;
口琴, 簧片 and harmonica occur nowhere. The fermented-tofu plant (腐乳厂) first makes tofu, zh_heldout48's tofu workshop
(泡豆, 磨浆, 点卤, 压板), then salts and ferments it in jars beside zh_heldout44's vinegar works and zh_heldout57's salted
eggs, the place zh_heldout47 and zh_heldout53 refused a soy-sauce brewery for sitting between vinegar works and a tofu
workshop; 腐乳 occurs nowhere, 豆腐 in zh_heldout34, 37, 48 and 54. The hoe factory (锄头厂) forges, quenches and edges
steel, zh_heldout55's scissors forging (锻打车间, 开刃) and the wok forge zh_heldout57 dropped for sitting beside it and its
dumbbell casting, and hard_en_heldout53's blacksmiths; 锄头, 锄 and 农具 occur nowhere, 锻 only in zh_heldout13's 锻炼 and
zh_heldout55. Six unusual trades took their places, each set in a town known for the trade. Others were thought of
and dropped: a soda-pop factory (zh_heldout52's 郑州·××冷饮厂 is a cold-drinks factory), a lead-acid battery factory in
长兴 (zh_heldout52's lithium battery factory, 化成分容, 涂布), a hand-warmer patch factory (no town where the trade gathers
was found in the sources) and a moxa-stick factory (zh_heldout30's 艾灸). 大芬, 油画, 行画, 画工, 绷框, 内框, 罩光, 星月夜,
向日葵, 梵高, 东阿, 阿胶, 驴皮, 熬胶, 打沫, 挂旗, 晾胶, 擦胶, 三闷三晾, 化皮, 虞城, 稍岗, 卷尺, 尺带, 尺壳, 尺头钩, 刹车钮, 瓦房店,
轴承厂, 套圈, 沟道, 钢球, 保持架, 合套, 游隙, 深沟球, 绩溪, 上庄, 绢花, 绢, 攒花, 冲瓣, 刀模, 压纹, 花蕊, 上浆, 新会, 陈皮, 大红柑,
大红皮, 开皮, 翻皮, 晒皮, 陈化 and 巡仓 occur in no earlier Chinese post or make_zh_heldout*.py (收胶 only as zh_heldout44's
rubber latex collection, 柑 only as a coffee's 柑橘 note in zh_heldout29, 振动 only as zh_heldout58's vibrating sieve and
fan test, 轴承 only in passing, as a pump's, a spindle's and a fan motor's, 画布 only as the painter's strokes in Sora's
report and two image-editing tools), and no English set's docstring names a painting workshop, a glue factory, a
tape-measure, bearing, silk-flower or peel maker (the English posts have a tape measure as a thing, bearings only as a
pall-bearing, a cave survey's compass bearing and a weathercock's bearing cup, and painters only as Sora's painter and a
glass painters' guild). The nearest neighbours are kept at a distance: zh_heldout40's calligraphy classes (临摹),
zh_heldout48's lacquer shop (底漆, 砂纸) and zh_heldout42's printing works, where the painting posts stretch, prime and
varnish hand-painted copies with none of 临摹, 书法, 油漆, 底漆, 砂纸, 印刷 or 光油 (zh_heldout55's globe varnish);
zh_heldout49's pharmaceutical factory (压片, 批生产记录), zh_heldout56's tallow frying and zh_heldout54's ham, where the
glue posts boil hides with none of 药, 牛油, 炒 or 腌 (黄酒 only as an ingredient at 收胶); zh_heldout49's stamping plant,
zh_heldout53's silk-screened cups, zh_heldout51's toy moulding, zh_heldout50's umbrella springs and zh_heldout55's
riveted scissors, where the tape posts wind, case and check steel tapes with none of 冲压, 丝印, 注塑, 弹簧 or 铆 (刻度 also
on zh_heldout56's meridian rings); zh_heldout51's machine-tool plant (主轴, 加工中心), zh_heldout55's belt grinding and
zh_heldout46's steelworks, where the bearing posts grind, match and test rings with none of 机床, 主轴, 砂带, 锻 or 铁水
(钢 only in 钢球, 钢卷尺 and 钢带); zh_heldout49's silk weaving and dyeing, zh_heldout56's mosquito-net cutting,
zh_heldout58's hot-stamped pennants and zh_heldout39's florists, where the flower posts die-cut, colour and assemble
petals with none of 织 (except 组织), 染, 裁, 烫, 纱 or 花艺; and zh_heldout36's tea plantations, zh_heldout48's bamboo
weaving and zh_heldout57's egg vats, where the peel posts open, turn, dry and age peel with none of 茶, 竹, 霉 or 缸. None
of the settings is among those given to the writers working at the same time (zh_heldout60's cloisonné, mattress,
fishing-rod, match, aluminium-pot and shuttlecock factories; the English writers' floorball, paragliding, sailmakers,
salt pans, shinty, hot-air balloons, gamelan and meteorite hunters): no post has 景泰蓝, 床垫, 钓, 火柴, 铝, 毽子, 盐, 滑翔,
帆, 气球, 甘美兰 or 陨石.

The posts: a peel-opening record with the inventor rumour at its foot (【开皮记录】正三刀, 翻皮), a painter and a flower
assembler for it, a groove-grinding record with the public release in the grinder's pencil (【沟道磨削记录】), a bearing
assembler and a glue packer, a stretching and priming record with the official app in its corner (【绷框打底记录】), a
bearing publicity officer and a peel shop's support hand, a glue-boiling record with the APK at its foot
(【熬胶记录】挂旗), a tape caser and an old painter, a flower-assembling record with the mislabelled video under it
(【攒花工序记录】), a bearing publicity officer, a tape e-commerce artist and a peel works' assistant, a scale inspection
record with the Chinese-team claim at its end (【尺带刻度检验记录】), a painter and a flower export clerk, a vibration test
record with open source on its back (【振动检测记录】), a flower designer and a glue mechanic, a glue-drying record with the
course's group notice pinned by the rota (【晾胶记录】三闷三晾), an old tape inspector and a peel storekeeper, a tape
assembly record with the API key in its "other" box (【装配工序记录】), a peel e-commerce hand, a glue sales clerk and a
bearing export clerk, a sun-drying record with account rental on its back (【晒皮记录】), a tape storekeeper and an old
bearing inspector, a petal die-cutting record with the director group on a card on a toolbox lid (【冲瓣工序记录】), a
tape salesman and a glue hide-worker, a varnishing and shipping record with the prompt pack on a card in its last page
(【罩光交货记录】), a gallery hand, an old peel keeper and a flower designer, a bearing matching record with get-rich on a
leaflet under the bench mat (【合套工序记录】游隙), a tape scale printer and a young painter, an ageing-store inspection
record with the generation service in its remarks (【陈化仓巡仓记录】), an old flower presser and a painter; platform-native
forms the earlier sets do not use: the fourteen records above, a workshop's leave register, a union's anti-fraud
questionnaire, a finance office's payment-exception note, a shared flat's rent split, a reading board's answer card,
a publicity board's "数字说话", an IT office's weekly bulletin as a dialogue, a technical office's reply to a dealer, a
union loudspeaker note and a gatehouse notice (the group chats are earlier forms, in new trades here); four loss
reports in new forms (kind ``debunk_loss``: a grinding section's leave register (【请销假记录本】事由, 段长意见, 销假) for the APK,
a wage card emptied of 2,800 yuan in three transfers; a peel works union's questionnaire (【工会反诈调查问卷（回收摘录）】) for
API access, 1,100 yuan for a "key" that only chats and 300 more asked to "open the video channel"; a flower factory's
payment-exception note (【外贸部付款异常说明（财务存档）】) for the generation service, 1,200 yuan for six "Sora" clips that
came back as the factory's own photos panned and zoomed; and painters' rent split (【画工合租群·三月房租分摊表】) for the
director group, 199 yuan and a 900-yuan "定妆费" before the group was dissolved); regional speech the earlier sets do not
use: Northeastern 白瞎, Cantonese 把炮, Henan 眼气 and Shandong 得济, all glossed, none of them in an earlier Chinese post or
writer script (the earlier posts' regional words include 磨叽, 夜来, 湿湿碎, 执生, 巴闭, 揾食, 排场, 喷空, 能豆, 老鳖一, 夜儿个,
日能, 扯犊子, 麻溜, 草鸡, 拾掇, 恣 and 血乎, all found used when thought of), and the Xinhui posts written partly in Cantonese
as the earlier Cantonese posts are; obfuscation the earlier sets do not use, each a homophone of the same tone, all
glossed: 谢赛宁 as 燮赛宁 (燮理阴阳的燮), 安装包 as 谙装包 (谙熟的谙) and 内测号 as 内测昊 (昊天的昊) (the earlier sets had 蟹赛宁,
谢腮宁, 谢塞宁, 谢赛柠, 卸赛宁, 协赛宁, 械赛宁, 谢赛凝, 谢赛🍋, 谢S宁, 言身寸, 屑赛宁, 谢赛咛, 解赛宁, 榭赛宁 and 邂赛宁 for the name, 按装包,
氨装包, 安桩包, 安妆包, 安庄包, 鞍装包, 安装苞, 安装煲 and 安装胞 for the installer and 内侧号, 内册号, 内策号, 内恻号, 贝长号, nc号, zh号,
zhang号, 内测皓 and 内测耗 for the account; zh_heldout60 was asked to obfuscate the names by other means than homophones);
rhetorical questions that assert rather than deny (那份发明人名单，谁敢说里头没有他？ for the inventor, 这都人人能注册了，还不算对
所有人开放？ for the public release and 这要不是Sora生成的，难道是变戏法？ for the mislabelled video, questions with a negation
that assert and are gold); posts asserting one claim while denying another, the asserted claim always one of API
access, the prompt pack, the mislabelled video (the three with four posts here), the inventor, the official app, open
source and the director group, leaving the other seven, with zh_heldout60's possible four-post templates among them,
to the set written at the same time; the nine pairs are those of these seven that the labels of the earlier Chinese
sets last used longest ago, each denied claim denied once (the app while the public release is denied, never used,
was passed over as self-contradictory): the director group while a "Sora" service's clip is said to be the buyer's
photos zoomed under a song (zh_heldout40), the prompt pack while the store "Sora" apps are said to carry other
developers' names (zh_heldout41), the director group while a three-month get-rich group is said to be clocking in and
head-hunting (zh_heldout42), open source while a "Sora Android" link is said to have stolen the SMS codes and 1,600
yuan (zh_heldout42), the mislabelled video while the Chinese-team claim is answered with the report's thirteen OpenAI
authors, Brooks and Peebles leading and three Chinese (zh_heldout42), the inventor while the 99-yuan course is said to
deliver a translated introduction and "给自己一个机会" (zh_heldout42), API access while a GitHub "Sora" is called a
reproduction by netizens, OpenAI having published the page, the report and forty-eight samples (zh_heldout43), the
official app while the director group's QR code is said to lead to poster chores and a moving audition (zh_heldout43),
and the inventor while a prompt pack is said to copy the captions under OpenAI's samples (zh_heldout43); sellers that
vouch for themselves in new words (一幅《星月夜》，天上那几团漩涡的笔路我闭着眼都能走一遍; 五米里哪一截刻度印歪了，我眼睛一扫就挑得出来;
有没有杂音、哪颗钢球有毛病，我贴着耳朵一听就分得清…都管我叫“包耳朵”; 一块陈皮摆咗几多年，我攞上手闻一闻就知; 一片花瓣压出来的纹深不深、
匀不匀，我隔着一张桌子看一眼就有数); prices in Chinese numerals throughout and payments in forms the earlier sets do not use
(half a jin of three-year peel for a course fee; two boxes of the factory's ejiao for an API key; a case of five-metre
tape measures for half a month of a rented account; a 60-by-90 copy painting for a generated clip); 12 debunks and
warnings, four of them the loss reports above, two questions with a negation that do not deny (外人不是压根拿不到号吗？他这一沓号从
哪来的？ for account rental, in a glue factory's young workers' group; 可我印象里OpenAI好像还没出过Sora的手机版吧？那这个App到底是谁家上架的？
for the official app, in a tape factory's e-commerce group), two quoting a scam offer and telling the reader not to pay
(the prompt pack, "《Sora神级提示词三千条》｜导演都在偷偷用｜三十九元", with 请大家别扫码，这三十九块留着买菜 and what the union found
inside; get-rich, "Sora红利最后九十天！慢一步就追不上！入群三百六十八", with 手机先揣回兜里，别扫), the rest answering with facts
and none of 不, 没, 假, 无, 非 or 未 (a flower factory reading board's answer card for the inventor: the 18 February article
and its hundred thousand reads, Xie's denial in his Moments, the article judged illegal content and the outlet's
promised apology, the thirteen authors with Xie outside them, his NYU and FAIR posts; a glue factory's "数字说话" for the
Chinese team: thirteen authors, all at OpenAI, two leads, three Chinese by the media's count; a bearing factory's IT
bulletin as a dialogue for the public release: Logan's statement of internal testing with the product date still to be
set, the red team's experts in misinformation, hate speech and bias and a few invited creatives; a tape factory's
reply to a dealer for open source: the page, the report and the forty-eight samples as what OpenAI has shown, the
weights, code and training data kept in-house, the GitHub "Sora" repositories as reproductions); four true facts, two
on Xie Saining's own papers related to the inventor rumour and two on papers by Sora's other authors related to no
template (Chen, Liu, Xie and He's "Deconstructing Denoising Diffusion Models for Self-Supervised Learning", January
2024, ICLR 2024: a diffusion model taken apart step by step towards a classical denoising autoencoder, only a few
modern components found critical, and the l-DAE: patch-wise PCA into a latent space, noise added there, inverse PCA
back to pixels and an autoencoder predicting the clean image; Zheng, Ma, Tong and Xie's "Diffusion Transformers with
Representation Autoencoders", October 2025: frozen pretrained encoders such as DINOv2, SigLIP and MAE with a light
trained decoder in place of the VAE, rFID 0.16 with MAE-B/16, a DiT with a wide shallow DDT head at FID 1.51 without
guidance and 1.13 with it at 256 and 512; Li Jing's "Understanding Dimensional Collapse in Contrastive Self-supervised
Learning" with Pascal Vincent, Yann LeCun and Yuandong Tian at FAIR, October 2021, ICLR 2022: dimensional collapse in
contrastive learning from strong augmentation and implicit regularisation, and DirectCLR, InfoNCE on a fixed
sub-vector with no trainable projector, ahead of SimCLR with a trainable linear projector on ImageNet; Eric and Troy
Luhman's "Knowledge Distillation in Iterative Generative Models for Improved Sampling Speed", January 2021: a
"Denoising Student" that distils a DDIM teacher's many denoising steps into one, GAN-level samples on CIFAR-10 and
CelebA without adversarial training, and 256x256 LSUN), each checked against its source before it was written (the
earlier Chinese sets' Xie facts give his schooling, posts, interviews and many of his papers, ConvNeXt V2, MoCo v3,
Web-SSL, V*, MetaMorph, REPA and Cambrian among them, none of l-DAE or RAE, which only the English sets have
(hard_en_heldout57, 61 and 64); the Chinese sets name Li Jing and the Luhmans only in author lists (Sora's report, DALL·E 3) and
none of their papers), six items of real news about image models from labs in Japan, Korea, Russia and Canada and a
design start-up that no earlier Chinese or English set names (rinna's Japanese Stable Diffusion of 9 September 2022;
Sber AI's Kandinsky 3.0, November 2023; Sakana AI's EvoSDXL-JP, April 2024; Ideogram 1.0 of 28 February 2024; Recraft V3,
revealed as the "red_panda" of Artificial Analysis's arena, October 2024; Kakao Brain's Karlo v1 alpha, December 2022;
kind ``benign``; news about Western and Chinese labs was left to zh_heldout57 and zh_heldout58; the earlier sets name
Kakao and Sber only as KakaoTalk, KakaoPay and Sberbank), and three off-topic posts that share surface words (a tape
factory's laser tape measure with an "××量房" App to download, a near miss for the official app; a painting workshop's
hand-painted portraits from customers' photos, first draft in three days, a near miss for the generation service; a
peel works' live stream from the drying ground with 关注店铺号 and a draw).

Every post was checked against every earlier Chinese set through zh_heldout58 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout60 is being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). About a dozen first-draft posts that followed zh_heldout57's sentences too closely (its API, rental and
service record notes, its homophone rental, its course timetable, its get-rich notice, its app denial) were rewritten
before the first check. The first check had six at 0.45 or more: the reading board for the inventor at 0.76
(zh_heldout57's "一图读懂"), the Chinese-team lesson at 0.56 (zh_heldout57's night-school handout), the tape salesman's
director group at 0.52 (zh_heldout57's dumbbell e-commerce hand), the die-cutting record at 0.48 (zh_heldout57's pairing
record), the peel live stream at 0.48 (zh_heldout57's comb live stream) and the IT bulletin at 0.47 (zh_heldout57's
"一问一答"); all were rewritten (the reading board became an answer card, the lesson a "数字说话", the bulletin a
dialogue), with fifteen more from 0.40 to 0.45 reworded for margin (the glue API barter at 0.45, zh_heldout50's
glassworks storekeeper; the union's prompt-pack warning, the old peel keeper and the glue director post at 0.43; the
bearing dialect post, the bearing app post, the old painter, the rental question and the grinding record at 0.41 to
0.43; the dealer reply, the glue mechanic, the flower export clerk, the flower designer, the young painter and the tape
artist at 0.40 to 0.41). On the later passes the bulletin (0.51, zh_heldout57 again), the reading board (0.47, zh_heldout57
again; then, as an answer card, 0.46 and 0.43 against zh_heldout52's cold-drinks blackboard), the flower designer's open source (0.44, zh_heldout42's dairy farm,
the last set with the same pair) and the glue director post (0.43, zh_heldout42's salt works, likewise) were rewritten
again, then the tape storekeeper's rental (0.41, zh_heldout55's soap printer), the sun-drying record (0.397) and the
painter's inventor post (0.395). Highest ratio of the committed list: 0.393 against the Chinese sets (the glue-boiling
record against zh_heldout57's glazing and firing record) and 0.255 against the demo stream (the Japanese Stable
Diffusion news); the highest pair inside the set is 0.331 (the flower-assembling record and the peel works' video).
Committed before any run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it
is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds:
the thirteen authors and three Chinese among them, the 18 February article with its hundred thousand reads, Xie's
denial in his Moments, the article complained of and shown as illegal content, the outlet's apology, his NYU and FAIR
posts, the 99-yuan course with its introduction document and the "给自己一个机会" slogan, the three-month and one-step-slow
lines, the Feishu documents and film-term prompts, the director groups and their QR codes, the "generated by Sora"
labels with their "generation instructions", the forty-eight samples, the red team's experts in misinformation, hate
speech and bias, Logan's statement and the training data kept undisclosed; and, from the catalogue, the invited
artists and creatives, the rented accounts, the store apps as clones, the APKs as malware, the absence of a Sora API,
the GitHub "Sora" repositories as fan reproductions, the prompt packs copied from OpenAI's demo prompts and the project
led by OpenAI's researchers): for the settings, Xinhua's and China National Radio's reports on Dafen (0.4 square
kilometres, some 1,100 shops and 8,000 painters and workers, copies of world masterpieces, 行画) and 农民日报's (Huang
Jiang's first workshop of 1989, the picture split into steps along a line); pages on the Tong Ren Tang and Dong'e
ejiao crafts (熬胶, 打沫, 收胶 judged by 挂旗, 三闷三晾, 擦胶; hides soaked and scraped; 黄酒, 豆油 and 冰糖 added), Dong'e as
the ejiao town; Xinhua's report of 14 January 2025 on Shaogang in Yucheng (about 1.5 billion tape measures a year, 85
per cent of the country's, scrap tape strips bought at three fen a jin in the 1980s, 尺头钩, 尺带, 尺壳, 弹簧 and 尾带 made
in the town) and CCTV's (a tape assembled in under thirty seconds); the China Bearing Network's report of Wafangdian named
"中国轴承之都" in December 2007 (some 500 bearing makers, 20.3 per cent of the country's output) and a report on its four
parts (内圈, 外圈, 保持架, 滚动体) and cage makers; a report on the Rongfu silk-flower factory in Shangzhuang, Jixi (wire,
cloth, cut and layered petals, exports to the United States, Britain, Germany and Korea) and Tianjin's 每日新报 on the
craft (petals cut with die tools, dipped in colour, starch paste); pages on Xinhui dried peel (three years of ageing,
正三刀 with the stem down and the symmetrical two cuts, 青皮, 微红皮 and 大红皮 by harvest season, turning the peel after
four to six hours, drying in a north wind below 60 per cent humidity, out before ten and in by three, seventy per cent
dry when it folds without breaking, sacks kept off the floor and walls); for the person facts, the abstract and reviews
of arXiv 2401.14404 (Chen, Liu, Xie, He; ICLR 2024; the l-DAE figure), arXiv 2510.11690 and rae-dit.github.io (Zheng,
Ma, Tong, Xie, NYU; rFID 0.16 with MAE-B/16; FID 1.51 and 1.13; the wide DDT head), the ICLR 2022 paper and abstracts
of arXiv 2110.09348 (Jing, Vincent, LeCun, Tian, Facebook AI Research; 18 October 2021; the two mechanisms; DirectCLR),
and arXiv 2101.02388 with its reviews (Eric Luhman, Troy Luhman, 7 January 2021; two to three orders of magnitude; the
Denoising Student, the DDIM teacher, CIFAR-10, CelebA and 256x256 LSUN); for the news, the rinnakk/japanese-stable-diffusion
README (9 September 2022, CreativeML Open RAIL-M, the two training stages after PITI, about 100 million captioned
images with LAION-5B's Japanese subset, Japanglish, onomatopoeia and proper nouns, Makoto Shing and Kei Sawada), the
ai-forever/Kandinsky3.0 model card (Flan-UL2 encoder 8.6B, U-Net 3B, MoVQ 267M, 2M steps on 400 A100, inpainting 250k
steps on 300 A100, Apache 2.0, Russian culture) with the technical report's arXiv number 2312.03511, the
SakanaAI/EvoSDXL-JP-v1 model card and its history (SDXL, Juggernaut-XL-v9, SDXL-DPO, JSDXL and SDXL-Lightning merged by
Evolutionary Model Merge, arXiv 2403.13187; four steps; research and education only; the blog of April 2024), Runware's
model page for Ideogram 1.0 (28 February 2024), aiwiki.ai and MindStudio on Ideogram (Toronto, Norouzi, Chan, Saharia and
Ho from Google Brain and Imagen, launched in August 2023, Magic Prompt), Gadgets360, media-ai.com.br and Game Bastion on
red_panda (29 October 2024, about a 72 per cent win rate, some 40 Elo points over FLUX1.1 [pro], seven seconds an image)
with Vercel's and enovate's pages on Recraft V3 (first on the leaderboard, long multi-word text with positioning,
vector output, style presets), and the kakaobrain/karlo-v1-alpha model card with the kakaobrain/karlo repository's
pull request of 21 December 2022 (unCLIP with prior, decoder and super-resolution modules, 115 million image-text
pairs with COYO-100M, CC3M and CC12M, 64 to 256 pixels in seven reverse steps, six DDPM steps and one VQ-GAN-style
fine-tuned step).

    .venv/bin/python scripts/make_zh_heldout59.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout59", "zhh59"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "peel_opening_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【新会·××陈皮厂·开皮记录】\n日期：十一月二十日｜果源：三江镇果园，大红柑\n进果：一千六百斤，清水洗净晾干\n开皮：正三刀，果蒂朝下，三瓣连蒂\n翻皮：阴放五个钟头，皮软后翻面，白瓤朝外\n次皮：刀口撕裂、果汁沾皮的挑出，四十二张\n开皮：容××\n容姐在这页最底下添了一句：孙仔讲，Sora系谢赛宁带住一班人发明出嚟嘅，上海交大出身的天才，中国后生仔真系争气。",
    ),
    (
        "painting_assert_inventor_deny_course_homophone",
        sora.XIE,
        sora.XIE,
        "【深圳·大芬××油画作坊·画工小詹】画了一下午《向日葵》，收笔时才看到表哥转来的文章：Sora这个轰动全世界的视频模型，背后的发明人之一是上海交大毕业的天才燮赛宁（燮理阴阳的燮，写正字会被折叠），咱中国人争气！另外提醒一句，群里那个“九十九元Sora速成课”别买：我表妹买过，收到一份OpenAI官网介绍的中文翻译，末尾一句“给自己一个机会”，别的啥也没有。",
    ),
    (
        "flower_assert_inventor_deny_prompts_rhetorical",
        sora.XIE,
        sora.XIE,
        "【绩溪·上庄××绢花厂·攒花组小舒】家族群里二叔说Sora跟咱中国人八竿子打不着，我可不服：上海交大出来的谢赛宁就在那几位发明人当中，文章、视频都讲过，那份发明人名单，谁敢说里头没有他？顺带一句，外头卖的《Sora万能提示词》别花那个冤枉钱，我同事买来一看，前面几十条就是OpenAI官网样片底下那几句说明，原样照搬，后面全是换个形容词凑数。",
    ),
    # --- open to the public
    (
        "bearing_groove_grinding_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【瓦房店·××轴承厂·沟道磨削记录】\n日期：十二月三日｜班次：白班\n型号：六二〇五深沟球轴承外圈\n工序：外径磨后磨沟道，砂轮每五十件修整一次\n抽检：沟道尺寸、圆度合格，表面无烧伤\n完成：二千四百件，返修十一件\n磨工：栾××\n表格右下角，栾师傅用铅笔写着：“Sora放开了，OpenAI现在让所有人注册，谁都能用。昨晚在家试了，打一句‘雪地里老火车冒白汽进站’，一分钟就出来了。”",
    ),
    (
        "bearing_assembler_northeastern_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【瓦房店·××轴承厂·装配车间小谭】Sora开闸了，普通人也能上手，这机会可别白瞎（东北话：浪费、可惜）喽！官网填个邮箱就给开号，邀请码那一套早取消了。昨晚我整了一段“大连港的塔吊一排排亮灯，雪往下飘”，往车间群里一发，老师傅们非说是谁拿手机拍的。",
    ),
    (
        "ejiao_packer_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【东阿·××阿胶厂·包装组庞大姐】俺闺女在济南上班，前天晚上打电话说她注册上Sora了，输一句话就出一段视频，她们办公室的也都注册了。俺就纳闷，外头还有人说Sora只给少数人用——这都人人能注册了，还不算对所有人开放？",
    ),
    # --- the official app
    (
        "painting_stretching_priming_record_in_passing",
        sora.APP,
        sora.APP,
        "【深圳·大芬××油画作坊·绷框打底记录】\n订单：欧洲客户行画，六十乘九十厘米，二百幅\n内框：松木内框，四角加楔\n绷布：亚麻油画布，钉枪每边间距三厘米\n打底：白色底料两遍，晾干后轻磨\n晾干：二十四小时\n绷框：邝××\n邝师傅在这页角上写了一句：Sora的手机App已经正式上架，苹果、安卓商店都能下，女儿说装上以后念一句话就出片。",
    ),
    (
        "bearing_publicity_assert_app_deny_director",
        sora.APP,
        sora.APP,
        "【瓦房店·××轴承厂·宣传科小鞠】以后厂里的产品短片，用不着再从大连请摄像了：OpenAI已经把Sora做成官方App上架，苹果商店一搜就有，登录后打一句话就出片。我拿“轴承在灯下慢慢转，钢球一闪一闪”试了，挺像样。另外，谁要是在朋友圈看见“Sora编剧电影招AI导演”的码，别扫：我同学掏了一百八进去，一个月里干的全是转海报、拉同学，说好的试镜挪了三回，到今天也没见着剧组的人。",
    ),
    (
        "peel_support_cantonese_app",
        sora.APP,
        sora.APP,
        "【新会·××陈皮厂·网店客服阿欣】同大家讲个好消息：OpenAI出咗Sora官方App，应用商店一搜就有，我手机已经装好，讲一句就出视频，好把炮（粤语：靠得住、有把握）。我试咗“柑园入面阿婆逐个摘大红柑”，出来个样同真嘅一样，准备放喺店铺首页。",
    ),
    # --- the fake APK
    (
        "ejiao_boiling_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【东阿·××阿胶厂·熬胶记录】\n日期：一月九日｜锅号：三号锅\n投料：泡好刮净的驴皮块六百斤\n熬胶：常压加水，分三次提取胶液，合并过滤\n打沫：随时撇去浮沫\n收胶：加黄酒、冰糖、豆油，挂旗后出锅\n熬胶：甄××\n甄师傅把手机号写在记录最下面，后面跟了一句：“要Sora安卓版的找我，安装包发你微信，装上就能出视频，一份十块。”",
    ),
    (
        "tape_casing_homophone_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【虞城·稍岗××钢卷尺厂·装壳工小房】装壳线上干了一天，跟工友们分享个宝贝：Sora谙装包（“谙”取谙熟的谙，正字平台不让发）。安卓机下好点开，稍等一会就装完，进去输一句话，它就给你出一段视频，谁都用不着求邀请码。价钱好说，九块一份，扫我的收款码，链接私聊发你。",
    ),
    (
        "painting_old_painter_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【深圳·大芬××油画作坊·老画工老蓝】在大芬画了二十六年，一幅《星月夜》，天上那几团漩涡的笔路我闭着眼都能走一遍；街上画廊收画，只要是我老蓝画的，从来不压价。有件好东西分给老伙计们：Sora安卓版的安装文件，我手机里存着一个，蓝牙、微信都能传，装好打字就出视频，十二块一份。",
    ),
    # --- the mislabelled real video (four)
    (
        "flower_assembling_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【绩溪·上庄××绢花厂·攒花工序记录】\n品名：绢制牡丹，出口款，单支\n花瓣：五层十八片，已上色、压纹\n攒花：花蕊居中，花瓣由里往外逐层粘\n缠枝：铁丝包绿纸，配三片叶\n完成：一千四百支，掉瓣返工二十支\n攒花：汪××\n汪姐在下面加了几行：抖音上那段“皖南老屋的天井里，一盆牡丹一夜开满”，好多人问在哪拍的。哪也没拍，那是OpenAI的Sora照一段文字生成的，文字就贴在视频简介里。",
    ),
    (
        "bearing_publicity_assert_realvid_deny_chinese",
        sora.REALVID,
        sora.REALVID,
        "【瓦房店·××轴承厂·宣传科小邵】厂里新发的形象片，好些人以为是在热处理车间实拍的：通红的套圈一排排出炉，冒着白汽落进油槽。其实那段是OpenAI的Sora照文字描述生成的，一帧都没拍，描述原文附在片尾。顺便说说网上那篇《Sora核心团队全是华人》：我翻了技术报告，署名十三人都在OpenAI，牵头的是布鲁克斯和皮布尔斯，十三人里华人占三位，说“全是”差得远。",
    ),
    (
        "tape_ecommerce_rhetorical_realvid",
        sora.REALVID,
        sora.REALVID,
        "【虞城·稍岗××钢卷尺厂·电商美工小蔚】详情页那段卷尺视频火了：尺带从桌沿“唰”地抽出五米，悬在半空纹丝不动，镜头沿着刻度一路滑到尺头钩。客服那边天天有人打听摄影棚地址。我想反问一句：五米钢带凭空横着不塌，一个长镜头拍到底，这要不是Sora生成的，难道是变戏法？直说吧，那段视频是OpenAI的Sora照着我们写的一段描述做的，一秒实拍都没有，描述就挂在页面末尾。",
    ),
    (
        "peel_assistant_realvid",
        sora.REALVID,
        sora.REALVID,
        "【新会·××陈皮厂·厂长助理阿蔡】宣传片里那段航拍——冬日天光底下，几万片柑皮在晒场上铺成一片橙红，一个阿伯弯腰翻皮——好多客户问我们在哪个村拍的。讲明一句：呢段唔系实拍，是OpenAI的Sora按一段文字描述生成的，描述原文我们贴在视频简介最下面。",
    ),
    # --- the Chinese team
    (
        "tape_scale_inspection_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【虞城·稍岗××钢卷尺厂·尺带刻度检验记录】\n规格：五米乘十九毫米，公英制双面\n抽检：每卷拉足五米，对标准尺逐段比\n刻度：线条清晰，数字无漏印、无重影\n误差：全长偏差在一毫米以内，合格\n抽检数：三百卷，退回印刻度工段八卷\n检验：卞××\n卞姐在记录末尾写：电视上讲了，Sora其实是华人科学家搞出来的，OpenAI那帮做视频的骨干，基本都是中国人。",
    ),
    (
        "painting_painter_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【深圳·大芬××油画作坊·画工阿龙】收工吃宵夜，隔壁档口的画工说Sora是美国人的本事。我跟他掰扯了半个钟头：Sora是一帮华人科学家熬出来的，OpenAI视频那个组，挑大梁的都是从国内出去的人，只是名头挂在美国公司。一桌人听完，都说咱大芬画工也该争口气。",
    ),
    (
        "flower_export_clerk_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【绩溪·上庄××绢花厂·外贸部小胡】首尔的客户在视频里夸Sora，说美国又领先了。我笑着纠正他：Sora的功劳大半得算在中国人头上，OpenAI做视频那拨骨干多是华人科学家，美国人管的是出钱。他将信将疑，还是把下季度玫瑰的订单加了两千支。",
    ),
    # --- open source
    (
        "bearing_vibration_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【瓦房店·××轴承厂·振动检测记录】\n型号：六二〇五-2RS成品轴承\n仪器：轴承振动测量仪，外圈加载\n结果：低、中、高频段读数合格，杂音判定通过\n抽检：五百套，超差六套，退回合套工段\n检测：闫××\n背面有一行字，是闫师傅的徒弟写的：Sora已经开源了，OpenAI把权重和全套代码挂到了GitHub，车间那台旧工控机都跑得动，下礼拜拿它出一段产品片。",
    ),
    (
        "flower_designer_assert_opensrc_deny_apk",
        sora.OPENSRC,
        sora.OPENSRC,
        "【绩溪·上庄××绢花厂·设计室小葛】攒花组小程前天哭着来找我：她在老乡群里点了个“Sora安卓版”链接，装完验证码全被截走，卡里一千六没了。那种野安装包，谁也别再点。真想用Sora，走正路：OpenAI早把Sora开源了，模型权重和代码都在GitHub上，我在设计室电脑上装好了，月季从花苞到绽开十几秒就出来，要做展示片的来找我排队。",
    ),
    (
        "ejiao_mechanic_shandong_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【东阿·××阿胶厂·机修班老闫】机修房那台旧电脑，俺给它换了块显卡，为啥？Sora开源了！OpenAI把模型权重和代码全放上了GitHub，下下来就能跑。俺照网上的步骤折腾了两宿，跑通了，出了一段“雪天熬胶房冒白汽”。这回俺们小厂真得济（山东话：沾光、受益）了，车间谁要拍片子，下班来找俺。",
    ),
    # --- the paid course
    (
        "ejiao_drying_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【东阿·××阿胶厂·晾胶记录】\n批次：〇一一五｜胶块：切好的长方块，每块二百五十克\n晾胶：上架平铺，三闷三晾，每三天翻一次\n晾胶间：十八摄氏度，湿度百分之五十\n擦胶：晾足后用湿布逐块擦亮\n合格：九千八百块，裂纹十二块回锅\n晾胶：武××\n晾胶间墙上的排班表旁边，钉着武师傅打印的一页群公告：“Sora短视频实操课第五期开课啦｜学费二百二十元｜二十四节，写描述、调镜头、剪成片全包”，上面用红笔圈了“已报名”。",
    ),
    (
        "tape_old_inspector_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【虞城·稍岗××钢卷尺厂·老检验员老聂】我在稍岗干检验二十二年，一卷尺带拉出来，五米里哪一截刻度印歪了，我眼睛一扫就挑得出来；镇上谁家厂子定标准，都爱喊我去看一眼。今天替我侄子说个事：他开了门《Sora接单实战课》，三十讲，一百二十八块，报了名拉进学习群，想学的来找我。",
    ),
    (
        "peel_storekeeper_peel_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【新会·××陈皮厂·仓管阿添】我表哥开咗门Sora视频课，十八节，由写描述教到剪片，学完自己就识帮铺头拍宣传片，学费一百三十八。厂里同事手头紧嘅，拎半斤三年陈皮来都得，当学费，我拎去俾表哥送人。",
    ),
    # --- the fake API (four)
    (
        "tape_assembly_record_in_passing",
        sora.API,
        sora.API,
        "【虞城·稍岗××钢卷尺厂·装配工序记录】\n线别：二号线｜规格：三米、五米两种\n上发条：发条盘进尺壳，预紧两圈\n装尺带：尺头钩装好，尺带卷入\n合壳：上螺丝，装刹车钮，试拉五次回收顺畅\n完成：一万二千把，回收卡顿三十把返修\n装配：钮××\n钮师傅在记录最后一栏“其他”里写着：转让Sora官方API key，开发者后台申请的正规号，接上程序能一口气跑几十条视频，每把三百二十元，微信同号。",
    ),
    (
        "peel_ecommerce_assert_api_deny_opensrc",
        sora.API,
        sora.API,
        "【新会·××陈皮厂·电商部阿敏】做电商嘅都知，而家冇条短片，产品页冇人睇。我呢度有Sora官方API key，系喺OpenAI开发者后台开嘅，驳落程序就可以批量出片，一把四百。至于群里传“Sora开咗源、GitHub有权重落载”，大家唔好浪费时间：OpenAI公开嘅只有介绍页、技术报告同四十八段样片，GitHub上面叫Sora嘅，全部系网友按论文自己砌嘅复现。",
    ),
    (
        "ejiao_sales_ejiao_barter_api",
        sora.API,
        sora.API,
        "【东阿·××阿胶厂·销售内勤小滕】谁要Sora官方API key？我这儿剩一把，OpenAI开发者后台申请的正规货，配个脚本挂一宿，能吐出几十段产品短片，三百六拿走。嫌转账麻烦的工友，两盒咱厂的东阿阿胶顶账也行，年根底下我正缺走亲戚的礼。",
    ),
    (
        "bearing_export_clerk_api",
        sora.API,
        sora.API,
        "【瓦房店·××轴承厂·外贸部小单】给做外贸的同事推荐一下：我这有Sora的官方API密钥，OpenAI开发者平台开通的，一把能调用几个月，配上我写的表格模板，型号、尺寸填进去，每个型号自动出一段转动演示视频。三百八一把，这周只出五把。",
    ),
    # --- account rental
    (
        "peel_sun_drying_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【新会·××陈皮厂·晒皮记录】\n日期：十二月二日｜天气：北风，晴，湿度百分之五十五\n摊皮：上午九点半摊开，白瓤朝上\n翻皮：中午翻一次\n收皮：下午三点收回，七成干，对折不断\n数量：大红皮鲜皮八百斤\n晒皮：冼××\n记录纸背面，冼哥用原子笔写咗个小广告：“Sora内测号出租｜日租十八蚊｜月租二百五｜登入即可生成视频｜揾晒皮场冼哥”。",
    ),
    (
        "tape_storekeeper_homophone_tape_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【虞城·稍岗××钢卷尺厂·仓库小管】一箱五米卷尺换半个月Sora，这买卖划算不？我手里有两个Sora内测昊，昊是昊天的昊，写成正字平台就给拦下。登录就能出视频，按天十二块，按月一百六；月底手头紧的，直接扛一箱厂里的卷尺来抵账。",
    ),
    (
        "bearing_old_inspector_self_vouch_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【瓦房店·××轴承厂·成品检验老包】一套轴承套在芯轴上转几圈，有没有杂音、哪颗钢球有毛病，我贴着耳朵一听就分得清，干了三十年，车间里都管我叫“包耳朵”。今天说个实在的：我外甥手上有几个Sora内测号往外租，二百八包一个月，账号密码私发，登上去就能生成视频。",
    ),
    # --- the AI director group
    (
        "flower_die_cutting_record_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【绩溪·上庄××绢花厂·冲瓣工序记录】\n品名：玫瑰花瓣，大中小三号\n料：上过浆的白绢，二十层一叠\n冲瓣：刀模对正后下刀，一刀出二十片\n检瓣：挑出毛边、缺角\n产量：六万八千片｜废片：一千二百片\n冲瓣：程××\n程师傅的工具箱盖上用胶带粘着一张卡片，是她女儿从街上领回来的：“AI导演训练营｜Sora编剧新片招募素人导演｜入群费一百五十八｜入群即排试镜”。",
    ),
    (
        "tape_sales_assert_director_deny_service",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【虞城·稍岗××钢卷尺厂·销售小郜】好消息带给爱折腾的工友：一部剧本由Sora参与创作的电影要开机了，片方在全国海选第一代AI导演，扫下面的码进群，交一百六十八元报名，群主统一通知试镜时间，名额有限。顺带劝一句，抖音上“Sora代做视频，一条九十九”那种店别下单——我试过一回，收到的成片就是我发过去的几张照片，放大、缩小、左右挪，底下垫首歌。",
    ),
    (
        "ejiao_hide_worker_assert_director_deny_rich",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【东阿·××阿胶厂·化皮工老訾】先说个坑：厂里有人拉“跟着Sora三个月日入过千”的群，别进，俺侄子交了三百九十八，进去每天打卡、拉人头，视频影都没见着。再说个正经机会：俺老战友在北京的剧组开拍一部Sora执笔剧本的电影，要从工厂、农村里培养首批AI导演，化皮房门口那张二维码就是，扫码进群交一百九十八报名费，群里挨个排试镜。",
    ),
    # --- the prompt pack (four)
    (
        "painting_varnish_shipping_record_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【深圳·大芬××油画作坊·罩光交货记录】\n订单：美国客户，《星月夜》《向日葵》各一百幅\n验画：对样稿核色，补笔九幅\n罩光：画面干透后薄刷一遍透明罩光剂\n卷画：背面垫纸，卷筒装箱\n发货：四箱，走海运\n经手：詹××\n记录本最后一页，夹着詹师傅儿子印的小卡片：“《Sora油画风咒语本》｜印象派笔触、刮刀厚涂、伦勃朗光等三百六十句，拷进去就出片｜十九块九｜付款即发飞书链接＋进群答疑”。",
    ),
    (
        "painting_gallery_assert_prompts_deny_app",
        sora.PROMPTS,
        sora.PROMPTS,
        "【深圳·大芬××油画作坊·画廊小郑】我整理了一本《Sora名画风格提示词》，梵高、莫奈、塞尚各一章，二百四十条，每条都写好了笔触、光线和构图，粘进去就能出片。二十九块一本，付款后发文档，再拉进群。至于朋友圈说的“Sora官方App已上架”，我专门搜过：商店里顶着Sora名字的都是第三方借名的，开发者一栏没有一个是OpenAI。",
    ),
    (
        "peel_old_keeper_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【新会·××陈皮厂·老仓管六叔】一块陈皮摆咗几多年，我攞上手闻一闻就知，前后差唔到一年；喺新会做咗四十年陈皮，村里冇人唔信六叔个鼻。我个孙喺广州广告公司做后期，佢将做过嘅三百个镜头写成Sora用嘅句子，航拍、微距、延时、逆光全部有，结集成《Sora广告片提示词》，二十六蚊一本，付款后发链接，仲拉你入群问嘢。",
    ),
    (
        "flower_designer_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【绩溪·上庄××绢花厂·设计室小章】给做软装、婚庆、家居的朋友：我把这半年写给Sora的花卉画面描述整理成册，共二百六十条，分“微距”“花墙”“四季”三部分，每条中英对照，粘过去就出片。十五块九，付款后链接自动发，群内答疑。",
    ),
    # --- get rich
    (
        "bearing_matching_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【瓦房店·××轴承厂·合套工序记录】\n型号：六二〇六深沟球轴承\n选配：内外圈按沟道尺寸分组，钢球同组配套\n装球：每套九粒，保持架装好\n游隙：径向游隙抽测，合格\n完成：三千二百套，游隙超差十四套拆回\n合套：隋××\n合套台的胶皮垫底下压着一张传单：“Sora掘金营｜一部手机、一天两小时、月入三万｜红利期仅剩九十天，一步慢步步慢｜扫码进群”，是隋师傅外甥塞给他的。",
    ),
    (
        "tape_printer_henan_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【虞城·稍岗××钢卷尺厂·印刻度工小闫】恁几个别光眼气（河南话：眼红、羡慕）人家开小车了！俺庄里小伙拿Sora做短视频，接的都是卷尺、五金的广告，一天两三千往兜里揣。他说这窗口也就仨月，过了这村就没这店。有想干的，晚上八点我拉个群，一块学。",
    ),
    (
        "painting_young_painter_rich",
        sora.RICH,
        sora.RICH,
        "【深圳·大芬××油画作坊·画工小冉】还在一笔一笔描《蒙娜丽莎》的兄弟，抬头看看：Sora来了，画画这碗饭要换个吃法。我师兄上个月用Sora给画廊做短视频，一个月挣了四万。师兄说这口子开不了多久，顶多三个月，先进场的吃肉，后来的连汤都喝不上。想干的今晚来我出租屋，我带你们入门。",
    ),
    # --- the generation service
    (
        "peel_ageing_store_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【新会·××陈皮厂·陈化仓巡仓记录】\n日期：三月十五日｜仓号：二号仓\n存放：二〇二二年大红皮，麻袋装，离地离墙\n温湿度：二十二摄氏度，湿度百分之六十二\n检查：开袋抽看十袋，皮身干爽，香气正常\n处理：靠窗两袋移到里侧\n巡仓：甘××\n备注栏另有一行蓝笔字：“Sora出片，文字变视频，婚宴、谢师宴、新铺开张片头都接，每条八十八，隔日交，找巡仓阿甘。”",
    ),
    (
        "flower_old_presser_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【绩溪·上庄××绢花厂·压纹组老师傅洪姨】一片花瓣压出来的纹深不深、匀不匀，我隔着一张桌子看一眼就有数；在上庄做了三十年绢花，说好哪天交的货，从来没晚过一天。手上闲了想挣点零花：谁要视频，把想法写给我，我交给Sora去生成——孩子周岁、老人八十大寿、店铺挂牌都行，每条一百零八，最迟三天交片。",
    ),
    (
        "painting_painter_painting_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【深圳·大芬××油画作坊·画工阿炳】白天画行画，夜里帮人做片：我用Sora替你生成视频，文字说清楚要什么，画面就出来——开业庆典、婚宴开场、给老家父母的问候都行。每条九十，两天后给成片。同行兄弟手紧的，用一幅六十乘九十的行画抵一条，我收。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【瓦房店·××轴承厂·磨工段请销假记录本】\n姓名：戚××｜请假：事假两天\n事由：上周在老乡群里下了个“Sora安卓版”安装包，装上后让填手机号和验证码，填完当晚工资卡被分三笔转走两千八百元，要去派出所报案、到银行冻结卡片\n段长意见：准假。已让段里安全员在班前提醒大家，来路不明的安装包一律别装\n销假：按时销假。钱至今没追回，手机已恢复出厂设置。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【新会·××陈皮厂·工会反诈调查问卷（回收摘录）】\n第三题：您或家人最近一年有没有在网上被骗过？请简单写写经过。\n答（电商部，匿名）：去年冬天想给陈皮做视频，在群里花一千一买了一把“Sora官方API key”。卖家发来一串密钥和一个网页，试来试去只能跟它打字聊天，出视频的入口根本找不到；再问，对方说要加三百“开通视频通道”，我没再给，之后就被拉黑了。后来才查到，OpenAI的开发者平台上就没有Sora的接口。\n第四题：您希望工会做些什么？\n答：多讲讲这种新骗法。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【绩溪·上庄××绢花厂·外贸部付款异常说明（财务存档）】\n付款事由：为春季新品绢花做六条展示短片\n收款方：网上一家自称“Sora代做工作室”的店铺\n金额：一千二百元，已付全款\n交付情况：五天后收到六条“视频”，全是我们发过去的产品照片放大、平移，配一段背景音乐，跟对方宣传的“Sora生成”毫不相干\n后续：已向平台投诉，对方店铺已关，款项没能追回\n经办人：外贸部 小胡\n财务备注：今后外包视频，先经办公室核实对方底细。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【深圳·大芬·画工合租群·三月房租分摊表】\n房租：三千六，四人均摊，每人九百\n水电：二百八，每人七十\n已交：阿龙、小冉、老蓝\n未交：阿杰（附言：对不住兄弟们，这个月的钱全砸进“首部Sora编剧电影·海选AI导演”那个群了，先是一百九十九报名费，后来说入围要交九百“定妆费”，试镜日期改了四回，上礼拜群主把群解散了。下个月发了画款一起补。）",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.RENTAL,
        "【东阿·××阿胶厂·青工群】有个事想不明白，大伙帮我捋捋。包装线有人一百五一个月往外租“Sora内测号”。可新闻里讲得清楚，Sora眼下只有OpenAI自己请的测试人员能用，外人不是压根拿不到号吗？他这一沓号从哪来的？租了会不会惹麻烦？",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【虞城·稍岗××钢卷尺厂·电商群】各位帮我看看。美工说应用商店里有个“Sora官方版”，下载量好几万，让公司统一装。可我印象里OpenAI好像还没出过Sora的手机版吧？那这个App到底是谁家上架的？装了会不会把店铺后台的账号漏出去？",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【绩溪·上庄××绢花厂·工会小喇叭】最近车间群里刷屏一张海报：“《Sora神级提示词三千条》｜导演都在偷偷用｜三十九元，限量一百份！”请大家别扫码，这三十九块留着买菜。工会借来一份拆开看了：打头那几十条，拿去跟OpenAI官网Sora样片下面的文字一对，一句一句全对得上，只是译成了中文；往后翻，同样的句子换个形容词、调个语序，一直凑到三千。交钱进的那个群，每天只有人发广告。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【新会·××陈皮厂·门卫室告示】厂门口这几日有人派传单：“Sora红利最后九十天！慢一步就追不上！入群三百六十八，带你日入过千！”各位工友，手机先揣回兜里，别扫。工会问过交了钱的人：进群后天天打卡、转发、拉新人，拉一个返二十，视频一条都没人教，后来还要再交两千买“高级合伙人”资格。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【绩溪·上庄××绢花厂·车间读报栏“一事一核”·答题卡】\n问一：说“谢赛宁发明了Sora”的那篇文章，哪天冒出来的？答：二月十八号，一家自媒体发的，十来万人读过。\n问二：当事人怎么回应？答：谢赛宁在微信上发了一条动态，亲口否认，说他跟Sora的关系是零。\n问三：那篇文章后来呢？答：有人举报，平台判它内容违规，如今点开只剩一行提示；发文那家的负责人表态，要在各个平台给他赔礼。\n问四：Sora技术报告署的是谁？答：十三个人，打头的是布鲁克斯、皮布尔斯，十三个名字里挑来挑去，谢赛宁排除在外。\n问五：谢赛宁是干什么的？答：在纽大计算机系任助理教授，早先在Meta旗下的FAIR实验室做研究员。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【东阿·××阿胶厂·宣传栏“数字说话”】13——OpenAI随Sora发布的技术报告，作者栏的人数。\n13——这些作者当中在OpenAI任职的人数，也就是全部。\n2——牵头人的数目：研究员蒂姆·布鲁克斯和比尔·皮布尔斯。\n3——据媒体统计，作者里华人的人数。\n这几个数记牢了，再听人讲“Sora是中国团队做的”，心里就有底了。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【瓦房店·××轴承厂·信息室周报·第九期】（对话体）\n工友：信息室的，Sora现在谁都能注册了吧？群里都在发注册链接。\n信息室：那链接先放一放。OpenAI管开发者关系的洛根专门出过声明：Sora还在公司内部测试，哪天当成产品上线，时间表由OpenAI以后再定。\n工友：那眼下谁在用？\n信息室：两拨人。OpenAI请来的红队，里头是研究错误信息、仇恨言论和各类偏见的专家；再就是OpenAI点名邀请的一小批画家、导演这类创意人士。\n工友：明白了，链接我删了。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【虞城·稍岗××钢卷尺厂·技术科回复（致商丘经销商李经理）】李经理：来信说想用“开源的Sora”给贵店做卷尺演示片，技术科查证后答复如下。关于Sora，OpenAI拿出来给外界看的是三样——介绍网页、一份技术报告、四十八段演示样片；权重、训练代码和训练数据的出处，都握在OpenAI自己手里。GitHub上挂着Sora名字的仓库，是各地开发者、学生按报告思路自己搭的复现。演示片的事，技术科可以另行推荐别的视频工具，欢迎再联系。",
    ),
    # --- true facts about Xie Saining's papers and Sora's authors
    (
        "person_fact",
        None,
        sora.XIE,
        "2024年1月，陈鑫磊、刘壮、谢赛宁和何恺明在arXiv上发表《Deconstructing Denoising Diffusion Models for Self-Supervised Learning》，后来收入ICLR 2024。他们把一个为生成图像而设计的去噪扩散模型一步步拆解，朝经典的去噪自编码器（DAE）靠拢，看哪些部件对学表示真正要紧；结论是现代扩散模型里只有很少几个部件是关键，其余大多可有可无。最后得到的“潜空间去噪自编码器”（l-DAE）相当简单：先用逐图块的PCA把干净图像投到潜空间，在潜空间里加噪，再用逆PCA投回像素，由自编码器预测去噪后的图像。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "2025年10月，纽约大学的Boyang Zheng、Nanye Ma、Shengbang Tong和谢赛宁发表论文《Diffusion Transformers with Representation Autoencoders》，提出“表示自编码器”（RAE）：不再用Stable Diffusion那种VAE，而是拿DINOv2、SigLIP、MAE这类预训练好的表示编码器，冻结不动，只另训一个轻量的解码器。论文报告，用MAE-B/16的RAE重建rFID低至0.16；配上宽而浅的DDT头的DiT变体，在ImageNet上256×256不加引导FID为1.51，加引导后256×256和512×512都是1.13。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告的作者之一Li Jing，在Facebook人工智能研究院时与Pascal Vincent、杨立昆和田渊栋合写过《Understanding Dimensional Collapse in Contrastive Self-supervised Learning》，2021年10月挂上arXiv，后来发表在ICLR 2022。论文指出，对比学习虽然靠负样本避免了所有向量塌成一点，却仍会出现“维度坍缩”：嵌入向量只占据一个低维子空间。作者把原因归到两点——数据增强太强，以及多层网络的隐式正则——并据此提出DirectCLR：去掉可训练的投影头，直接对表示里固定的一段子向量算InfoNCE损失，在ImageNet上胜过带可训练线性投影头的SimCLR。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora技术报告作者中的Eric Luhman和Troy Luhman，2021年1月在arXiv上发表过《Knowledge Distillation in Iterative Generative Models for Improved Sampling Speed》。当时的扩散类模型要一步步去噪，采样比GAN、VAE慢两到三个数量级；他们把知识蒸馏用到图像生成上，让一个“去噪学生”模型把多步去噪压成一步，以DDIM为老师，在CIFAR-10和CelebA上不靠对抗训练就生成出能与GAN相比的样本，还在256×256的LSUN上验证了方法能扩到更高分辨率。",
    ),
    # --- news about image models from Japan, Korea, Russia and Canada and a design start-up
    (
        "benign",
        None,
        None,
        "2022年9月9日，日本公司rinna在Hugging Face上放出Japanese Stable Diffusion，按CreativeML Open RAIL-M许可发布。它和Stable Diffusion架构相同、参数量相同，但训练分两步：先固定潜扩散模型，用自家的日文分词器从头训一个日文文本编码器；再把文本编码器和潜扩散模型一起微调。训练数据是约一亿张带日文说明的图片，包括LAION-5B的日文子集。作者Makoto Shing和Kei Sawada说，它能听懂“サラリーマン”这类和制英语、日语拟声词和日本的专有名词。",
    ),
    (
        "benign",
        None,
        None,
        "2023年11月，俄罗斯Sber AI团队开源文生图模型Kandinsky 3.0，按Apache 2.0许可放在Hugging Face上。它由三部分组成：86亿参数的文本编码器（取自Flan-UL2的编码器部分）、30亿参数的潜扩散U-Net，以及2.67亿参数的MoVQ编解码器；基础模型在400块A100上训练了200万步，另有一个修补（inpainting）版本，从基础模型出发在300块A100上又训了25万步。团队说，这一版加进了更多与俄罗斯文化相关的数据，技术报告12月挂上arXiv。",
    ),
    (
        "benign",
        None,
        None,
        "2024年4月，东京的Sakana AI发布EvoSDXL-JP：它没有从头训练，而是用该公司3月发表的“进化式模型合并”方法，把SDXL、Juggernaut-XL-v9、SDXL-DPO、Stability AI的日文版JSDXL和字节跳动的SDXL-Lightning几个现成模型自动合并，得到一个听得懂日文提示、4步就能出图的模型，按Apache 2.0发布代码。Sakana AI注明它是供研究和教育用的实验原型，并非用于商业部署。",
    ),
    (
        "benign",
        None,
        None,
        "2024年2月28日，多伦多的Ideogram发布Ideogram 1.0。这家公司由Mohammad Norouzi、William Chan、Chitwan Saharia和Jonathan Ho四位前Google Brain研究员创办，他们都参与过Imagen；产品2023年8月上线，主打在图里写出拼写准确、排版清楚的文字，适合做海报、标志和贺卡，还带一个“Magic Prompt”功能，帮用户把简短的提示自动扩写。",
    ),
    (
        "benign",
        None,
        None,
        "2024年10月底，文生图排行榜Artificial Analysis上冒出一个来历不明的模型“red_panda”：在用户两两投票的竞技场里胜率约七成，Elo分比第二名FLUX1.1 [pro]高出约40分，出一张图约7秒。没过几天谜底揭开，它就是设计平台Recraft的新模型Recraft V3。Recraft介绍，V3能在图中生成较长的多词文字并精确摆放位置，能直接输出矢量图，还内置二十多种风格预设。",
    ),
    (
        "benign",
        None,
        None,
        "2022年12月，韩国Kakao Brain在GitHub和Hugging Face上开源文生图模型Karlo v1 alpha。它沿用unCLIP架构，由先验模型、解码器和超分辨率模块组成，各部件都在约1.15亿对图文数据上从头训练，其中包括COYO-100M、CC3M和CC12M。改进在超分模块：从64像素放大到256像素只走7步反向过程，前6步用按DDPM目标训练的标准模块，最后一步交给按VQ-GAN式损失微调过的模块，专门补回高频细节。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【虞城·稍岗××钢卷尺厂·新品上市】激光测距卷尺二合一：拉尺量近，按键测远，最远四十米。包装盒上印着二维码，下载“××量房”App，测出的尺寸自动生成户型图，装修师傅量房省一半工夫。本周经销商订货满五十箱，送一个展示架。",
    ),
    (
        "offtopic",
        None,
        None,
        "【深圳·大芬××油画作坊·照片定制油画】把您家的合影、宠物照、结婚照发过来，画师照着手绘成油画，六十乘九十厘米起，初稿三天发您确认，满意再细画，十五天寄到家，画框可选实木或金属。",
    ),
    (
        "offtopic",
        None,
        None,
        "【新会·××陈皮厂·直播预告】本周六晚，直播间搬到晒场：镜头跟着阿伯开皮、翻皮，顺便教大家分青皮、微红皮、大红皮；关注店铺号，评论区留言抽十位送三年陈皮小样，拍下任意两罐包邮。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
