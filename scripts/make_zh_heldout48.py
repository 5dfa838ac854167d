# ruff: noqa: E501
"""Write tests/data/zh_heldout48_{posts,qrels,labels}: a forty-eighth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for open source, the director group and the paid
course, three for each other template: zh_heldout42 to zh_heldout46 gave four to open source, the APK and the generation
service (zh_heldout42), the inventor, the Chinese team and the director group (zh_heldout43), the inventor, the Chinese
team and the course (zh_heldout44), API access, the mislabelled video and the prompt pack (zh_heldout45) and the public
release, the official app and get-rich (zh_heldout46); the three the lead gave zh_heldout47, written at the same time,
had theirs longer ago, and open source (zh_heldout42), the director group (zh_heldout43) and the course (zh_heldout44)
are the longest ago after those), as a Sora rumour / scam wave reads in the
genres of a layer farm (蛋鸡场: 鸡舍, 存栏, 日龄, 产蛋率, 耗料, 死淘, 光照, 免疫接种, 新城疫—禽流感二联灭活苗, 捡蛋, 蛋托,
育雏舍), a tofu workshop (豆腐坊: 泡豆, 磨浆, 滤浆, 煮浆, 点卤, 盐卤, 压板, 老豆腐, 千张, 豆腐脑, 豆渣), a bamboo-weaving
cooperative (竹编合作社: 慈竹, 楠竹, 破竹, 破篾, 刮青, 起篾, 青篾、头黄篾, 篾丝, 碱水蒸煮, 防霉, 十字编, 六角孔编, 收口锁边,
篾刀, 破竹机), a fish-fry hatchery
(鱼苗场: 亲鱼, 催产剂, 效应时间, 孵化环道, 水花, 鲢鳙, 发苗, 充氧袋, 押苗), a shoe factory (鞋厂: 针车, 帮面, 刷胶, 成型线,
楦头, 开胶, 溢胶, 外商验货, AQL, 唛头) and a furniture factory (家具厂: 开料单, 指接板, 封边, 砂光, 打磨, 底漆, 面漆, 雕花, 榫头,
售后维修). Of the six genres first asked for, four were replaced: the vinegar works (醋坊) is zh_heldout44's world (醋厂,
熏醅, 淋醋, 陈酿区), the rural post office (邮电所) is zh_heldout39's (镇邮政所, 乡邮员, 报刊征订, 汇款单, 挂号信), the fertiliser
plant (化肥厂) falls inside zh_heldout36's chemical plants (化工园区, 动火作业票, 三班倒; a urea plant's 合成氨, 造粒塔 and
操作票 are the same register), and the farm-machinery station (农机站) sits between zh_heldout39's combine-harvester crews
(跨区机收, 机手, 割台, 收割机) and zh_heldout30's township agricultural technology station (【镇农技站】, whose debunk is about a
插秧机); a tobacco station, the fish-fry hatchery, the shoe factory and the furniture factory took their places. The
tobacco station (威宁·××烟站) was replaced in its turn after both sets were committed: zh_heldout47, written at the same
time, took a tobacco station too (遵义·××烟站, with 烤房 records, 分级工, 烟技员 and 烟农), and two sets that share a world are
not independent reads, so its ten posts moved to a bamboo-weaving cooperative in Chishui, Guizhou (赤水·××竹编合作社), a
world no earlier set and not zh_heldout47 uses; each kept its id, template, claim, device and the place of the claim,
the Guizhou speech stayed with it, and each was written afresh, none from zh_heldout47's wording. The
chicken farm and the tofu workshop stay: 鸡舍, 蛋鸡, 产蛋率, 鸡粪, 豆腐坊, 点卤, 泡豆, 磨浆 and 豆渣 occur in no earlier
Chinese post or make_zh_heldout*.py, and neither do 竹编, 篾, 慈竹, 楠竹, 破竹, 鱼苗, 亲鱼, 催产, 帮面, 针车, 成型线, 家具厂, 开料 or 封边;
the nearest are zh_heldout30's poultry farmers' group (【养鸡户交流群】, a smallholder's get-rich message about the egg price),
whose 养鸡户 and 蛋价 the posts here leave alone and whose claim (get-rich) none of the chicken farm's posts carries; 豆腐
only as a barracks' 叠豆腐块 (zh_heldout34) and a canteen menu's 番茄豆腐汤 (zh_heldout37); 竹 only as pandas chewing bamboo,
the Li River's bamboo rafts, a clapper talk's 竹板, zh_heldout36's 竹楼 and tea pickers' 竹篓 and zh_heldout37's bamboo grove
in a petri dish, and 合作社 only as planting, fishery, herding, tea, grain and sericulture cooperatives (zh_heldout30,
zh_heldout34 to zh_heldout36, zh_heldout40, zh_heldout41), never a craft one, whose 【…合作社·社员群】 heads the bamboo posts
leave alone (their group is a 篾匠群); the bamboo posts keep off 醋, as Chishui's sun-dried vinegar would be zh_heldout44's
world, and off furniture, so the cooperative weaves baskets, lampshades and tea mats and the furniture factory keeps to
cabinet work; zh_heldout41's garage 烤房 for paint (the furniture posts have 底漆 and 面漆 with no spray booth);
zh_heldout29's fishing pond and zh_heldout34's fishing boat, never a hatchery; zh_heldout23's dinner with Wenzhou
shoe-material bosses, never a shoe factory's own records; 家具 only as zh_heldout31's removal firm's 红木家具. None is among
the settings given to the writers working at the same time (zh_heldout47's locomotive depot, hydropower station, tree
nursery, cotton spinning mill, cement works and soy-sauce brewery; as committed, zh_heldout47 has a tobacco station and
an oilfield in place of the depot and the brewery, hence the move above, and the bamboo posts share none of its tobacco
words and none of its Guizhou ones (莫, 要得, 打平伙), though Chishui lies in Zunyi, where its tobacco station is: the tofu
posts keep off 酱, 酿 and 晒, the hatchery's 水花 are fish fry and never a nursery's seedlings; the English writers' lawn
bowls, orienteering, stained glass, hot-air balloons, morris dancing, thatchers, luthiers and sheep shearing: the
furniture posts keep to cabinet work, no instrument). The posts: a layer house's feeding log with the
inventor rumour in the night keeper's last line (【三号鸡舍饲养日志】存栏, 产蛋率, 耗料, 死淘, 光照十六小时), a shoe-upper
stitcher, a bamboo splitter, a hatchery's fry dispatch note with the public release under the head's signature (【发苗单】
草鱼水花二百万尾, 充氧袋, 押苗), an egg collector, a furniture sander, a cut list with the official app on its back
(【开料单】松木指接板, 侧板、层板, 同色PVC封边), a tofu seller, a shoe inspector, a bamboo-strip boiling record with the APK in
the recorder's last line (【篾丝蒸煮记录】三年生慈竹一千一百斤, 青篾、头黄篾分开, 碱水沸煮两个钟头, 阴干三天), a hatchery technician, a furniture
edge-bander, a broodstock induction record with the mislabelled video on its last page (【亲鱼催产记录】雌四十尾、雄四十五尾,
分两针注射, 效应时间, 孵化环道), a tofu maker's daughter, the cooperative's livestreamer, a buyer's inspection record with the
Chinese-team claim under it (【外商验货记录】抽检三百一十五双, AQL二点五, 线头、溢胶、开胶, 唛头), a layer farm's head, a
hatchery's old head, a lacquer shop's work record with open source in the painter's last line (【油漆车间施工记录】底漆两遍,
四百目砂纸, 哑光面漆, 温度、湿度), a shoe factory's computer-room clerk, the cooperative's bookkeeper, the hatchery head's
son, a tofu soaking and grinding record with the course in the son's line (【泡豆磨浆记录】黄豆六十斤, 石磨两遍, 盐卤分三次点,
压板四十分钟, 豆渣), a furniture designer, a shoe merchandiser, a layer farm technician, an assembly line's daily output
sheet with the API key in the line leader's red pen (【成型二线日产量表】目标一千八百双, 开胶、溢胶, 换楦头), a layer farm
clerk, an old strip scraper, a vaccination record with account rental pencilled in its margin (【免疫接种记录】新城疫—禽流感
二联灭活苗, 胸肌注射, 每只零点五毫升), a tofu workshop's owner, a hatchery's owner, a weaving class's sign-in sheet with the
director group on a slip pinned under it (【竹编技艺培训班签到表】选竹、破篾、匀丝, 十字编、六角孔编、收口锁边), a wood carver, a hatchery cashier, a
shoe line leader, a tofu price board with the prompt pack stuck in its corner (【价目牌】老豆腐、嫩豆腐、千张、豆腐脑、豆浆,
豆渣喂猪的随便拿), the cooperative's online-shop hand, a layer farm keeper, a women's dormitory hygiene check with get-rich on its
back (【女工宿舍卫生检查表】优、良、差, 私拉电线), a hatchery hand, a shoe gluer, a furniture after-sales repair slip with
the generation service printed on its back (【售后维修单】榫头松动, 加胶、加固, 客户签字), an old tofu master and an old
weaver's son; platform-native forms the earlier sets do not use: the feeding log, the vaccination record and the village
mediation agreement, the tofu soaking record, the price board and the form teacher's home-visit record, the bamboo-strip
boiling record, the weaving class sign-in sheet and the rainy-season safety reminder, the fry dispatch note and the broodstock
induction record, the buyer's inspection record, the daily output sheet, the dormitory hygiene check and the overtime
application, the cut list, the lacquer work record, the repair slip and the attendance exception note; four loss reports
in new forms (kind ``debunk_loss``: a village mediation committee's agreement between two layer farm hands (【人民调解委员会·
调解协议书】甲方, 乙方, 纠纷事实, 乙方自愿退还) for the director group, a form teacher's home-visit record for a tofu maker's son
(【班主任家访记录】家访时间, 情况, 班主任建议) for the course, a shoe cutter's overtime application (【加班申请单】申请加班, 事由,
主管意见) for API access, and a furniture packer's attendance exception note (【考勤异常说明】异常日期, 按事假处理) for the
generation service); regional speech the earlier sets do not use: Northeastern 整挺好 (the earlier Northeastern posts have
大碴子味儿, 扒瞎, 磕碜, 老鼻子, 嘚瑟, 埋汰, 唠两句, 得劲儿, 贼拉, 杠杠的, 扯犊子, 咋整), Minnan 古锥 and 拍拼 (the earlier Minnan
and Hokkien posts have 汝, 敢, 代志, 呷饭, 袂䆀, 阮, 知影, 囡仔, 足), Guizhou 晓不得 and 嫩个 (the earlier Guizhou posts have 憨包,
别个, 哪点, 装起, 嘿快, 得行, 寨子头, 哪样, 毛焦火辣) and Hubei 过细 (the earlier Hubei posts are Wuhan's 么斯, 过早, 苕, 拐子, 冇得,
板眼, 嘿, 我的个神, 蛮扎实, 么样 and 啵), all glossed; registers the earlier sets do not use: the layer farm, the tofu workshop, the bamboo cooperative, the
hatchery, the shoe factory and the furniture factory as listed above; obfuscation the earlier sets do not use: 谢赛宁 as
蟹赛宁 (the crab's 蟹, a homophone; zh_heldout45 had 谢腮宁 and zh_heldout33 谢塞宁), Sora as So®a with the registered sign
for the r (zh_heldout46 had §ora and SOЯA; the English sets have S*ra, so it was dropped from the first draft), GitHub as
章鱼猫网站 after its octocat logo (zh_heldout46 had the programmers' joke name) and 提示词 as 魔法词 (zh_heldout46 had TSC and
zh_heldout45 提示辞), all glossed; rhetorical questions that assert rather than deny (你们谁还以为Sora要排队？ for the public
release, 不就是Sora的发明人之一嘛？…你们连这都不晓得？ for the inventor, Sora背后真正出力的是谁？还不是一帮中国科学家！ for the
Chinese team); posts asserting one claim while denying another, the asserted claim always one of open source, the
director group, the course, get-rich, API access, the prompt pack and the mislabelled video (zh_heldout47 asserts only
the other seven), in pairings the labels and docstrings of the earlier sets do not use or last used longest ago (open
source while the inventor story is called retracted by Xie and the outlet (none before), open source while the director
group is said to post only ads (zh_heldout36), the director group while the inventor story is answered with Xie's own
word (none before), the director group while the APK is called a trojan (zh_heldout31), the course while paid Sora clips
are called other software's patchwork (zh_heldout35), the course while a prompt pack is called the official samples
translated (zh_heldout32), get-rich while the store apps are called shells (zh_heldout27), an API key while the public
release is called 瞎扯 (zh_heldout36), the prompt pack while the Chinese-team claim is answered with the report's authors
(none before) and a mislabelled video while rented accounts are called ChatGPT logins (zh_heldout37)); sellers that vouch
for themselves in new words (封边机我开了十九年，哪块板子的边是我封歪了的？; 篾丝我刮了二十四年…我拿指头一捋就晓得，还会哄你们？; 洪湖边上养鱼的，哪家塘里的苗没从我这出过？二十年的老招牌; 我带这条线十二年，谁跟着我吃过亏？; 这双手点了三十年卤，豆腐老了嫩了
从没砸过招牌); prices and payments in forms the earlier sets do not use (a course priced at three trays of eggs at the day's
farm-gate price, or the three trays themselves; a rental for fifty jin of soybeans; a director group paid with a pair of
the line's running shoes; a prompt pack for a cartload of chicken manure for the keeper's vegetable plot, the first
draft's culled hen dropped as zh_heldout30 bartered two 笨鸡; an API key for two hundred jin of potatoes, the first
draft's deduction from a tobacco leaf settlement dropped as zh_heldout38 and zh_heldout46 settle with goods payments; a
generation service worked off with two days of splitting bamboo; an APK paid by payment screenshot for a cloud-drive
extraction code), every price in Chinese numerals; 12 debunks and warnings, four of them the loss reports above, two
questions with a negation that do not deny (文章里也没写出处，到底有没有这回事？ for the Chinese team, in a bamboo weavers' group;
OpenAI的东西也收这个钱吗？还是我装的根本不是那个？ for an "official app" that asks a membership fee, in a hatchery staff group),
two quoting a scam offer and telling the reader not to pay (account rental, with 这钱一分也别付, in a layer farm office's
notice; the APK, with 别扫码、别转账、别安装, as the third item of a bamboo cooperative's rainy-season safety reminder), the rest
answering with facts and none of 不, 没, 假, 无, 非 or 未 (a tofu family's group for the inventor, with the report's thirteen
authors in order, Xie's denial in his Moments, the article's removal and the apology, his post at NYU; a furniture
factory's IT room for open source, with the Sora page's report and samples, Whisper and CLIP under OpenAI's GitHub account,
the "Sora" repositories' other owners and Mira Murati's answer to the Wall Street Journal on training data; a shoe factory
union's board for the prompt pack, with the prompts printed under each official sample; a hatchery's board for get-rich,
with the course sellers as the source of the three-month line, the 99-yuan course's 20,000 copies a day and the
introduction document with 给自己一个机会); four true facts about the DiT paper and Sora's leads (Xie Saining and William
Peebles's comparison of four conditioning designs in DiT, adaLN-Zero best at every stage and cross-attention some 15 per
cent more compute; the paper's arXiv posting of 19 December 2022, its Gflops-FID finding and DiT-XL/2's FID of 2.27 on
ImageNet 256x256, both related to the inventor rumour; Tim Brooks and Alexei Efros's Hallucinating Pose-Compatible Scenes
at ECCV 2022, with its 19 million frames and twice StyleGAN2's capacity; Brooks on MIT Technology Review's 2025 Innovators
Under 35 list as a co-inventor of Sora who joined OpenAI after his Berkeley PhD in December 2022 and built it with Bill
Peebles), each checked against the paper's page or the list's entry before it was written (the earlier sets' DiT posts
give its authors, its U-Net swap, ICCV 2023 and Xie's estimate of Sora's size from it, and their Brooks and Peebles posts InstructPix2Pix, Unprocessing, Long
Videos, G.pt, GANgealing, the Hessian Penalty and the move to DeepMind, none of these), three items of real news about
Sora from angles the earlier sets leave out (TED's fortieth-year short made with Sora by Paul Trillo, an FPV-style flight
through a TED of forty years on; OpenAI's thirty or so trademark applications, Sora among them, and the USPTO's refusal of
"GPT" in February 2024; Ashton Kutcher's talk with Eric Schmidt at the Berggruen Institute in June 2024, with the
hundred-dollar establishing shot, the ultramarathoner chased by a sandstorm in five minutes and the backlash, where
zh_heldout26 has only his beta-version remark and his whole-movie forecast) and three on-topic posts about other AI video
work (Google Research and the Hebrew University's Dreamix, a video diffusion model as a text-guided editor of
ordinary videos, in place of the first list's GameNGen, which zh_heldout47 has too; UniSim, an ICLR 2024 oral, from Berkeley,
Google DeepMind and MIT; CMU and Google's MAGVIT at CVPR 2023; kind ``benign``), and three off-topic posts that share
surface words (a layer farm's adopt-a-hen scheme with 扫码签约 and a yearly fee, a film crew hiring extras at the tofu
workshop with 扫码报名, a near miss for the director group where the crew pays the extras, and a hatchery's fry pre-order
with 扫码付定金).

Every post was checked against every earlier Chinese set through zh_heldout46 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout47 was being written at the same time on another branch and is not in this tree, so
the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with difflib's
SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at 0.45 or more).
The first draft had seventeen at 0.45 or more: the egg-tray course at 0.52 (zh_heldout46's nursery leader's hog-price
course), the hatchery's APK at 0.51 (zh_heldout45's flour packer), the curing-season reminder at 0.49 (zh_heldout43's
fireworks factory screen), the soybean rental at 0.49 (zh_heldout45's survey driver), the sander's public release, the
grader's and the clerk's API keys and the gluer's get-rich at 0.48 (zh_heldout46's steel roller, zh_heldout45's weather
station head, zh_heldout42's fire station squad leader, zh_heldout46's furnace veteran), the line leader's director group,
the old hatchery head's Chinese team, the grader's inventor, the farm office's rental notice and the cashier's director
group at 0.47 (zh_heldout46's paper union leader, a zh_heldout2 one-liner, zh_heldout42's printing house captain,
zh_heldout33's hotel canteen board, zh_heldout40's swimming coach), the designer's course and the output sheet at 0.46
(zh_heldout44's sewage plant operator, zh_heldout45's stocktaking sheet) and the union's prompt board and the farmer's
son's clips at 0.45 (zh_heldout41's sericulture technician, zh_heldout46's road foreman); all seventeen were rewritten,
with eight more from 0.42 to 0.44 reworded for margin (the hatchery hand, the inspection record, the DiT scaling fact, the
carver, the sign-in sheet, the hatchery's three-month board, the overtime application and the broodstock record), and on
the second pass the board, the line leader and the carver (0.44, 0.44 and 0.43, against zh_heldout28's weekly anti-fraud
class, zh_heldout44's horse farm group and zh_heldout46's road squad cook) again. Highest ratio of the committed list:
0.419 against the Chinese sets (the shoe stitcher's 蟹赛宁 against zh_heldout45's cannery stoner's 谢腮宁) and 0.215 against
the demo stream. The move to the bamboo cooperative (the tobacco posts named in the first draft's list above are the
ones since moved) was checked the same way, and against zh_heldout47's posts as committed on its branch: the first
draft of the shop hand's Chinese-team denial was at 0.42 against zh_heldout45's ship-lock dispatcher (the same thirteen
authors, three Chinese, two leads) and was reworded; of the eleven posts changed (the ten bamboo posts and the Dreamix
item) the highest is 0.385 against the earlier sets (the bookkeeper's open source against zh_heldout43's quarry
dispatcher), 0.386 against zh_heldout47 (the old scraper's API key against its spinning mill fitter's) and 0.136
against the demo stream, and the Dreamix item is at 0.19 against zh_heldout47's GameNGen post, which the GameNGen item
here had at 0.67; the highest of the whole set against zh_heldout47 is 0.400 (the hatchery board's get-rich against its
tobacco station's answer on the three-month line). Committed before any run of the monitor on it; no model, embedding or matcher was run on it; nothing is
chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds: Xie's
denial, his post at NYU, the outlet's apology and the article's removal, the 99-yuan course, its 20,000 copies a day and
the introduction document, the three-month line, the director groups, Murati's answer to the Wall Street Journal on
training data, OpenAI's red teamers and invited artists): DiT's abstract (arXiv 2212.09748 via gwern.net's annotation of
19 December 2022, the facebook/DiT-XL-2-256 model card, the facebookresearch/DiT README: UC Berkeley and NYU, Gflops and
FID, 2.27) and the paper's conditioning section (Figure 5 and the block designs, "adaLN-Zero outperforms cross-attention
and in-context conditioning at all stages of training", cross-attention "roughly a 15% overhead"); Hallucinating
Pose-Compatible Scenes (the ECCV 2022 record at ecva.net and paperswithcode: Tim Brooks and Alexei Efros, 19 million
frames, twice StyleGAN2's capacity) and Efros as Brooks's doctoral adviser (a 新智元 report of his move to Google
DeepMind); MIT Technology Review's Innovators Under 35 entry for Tim Brooks (innovatorsunder35.com: honoured 2025, Google
DeepMind, "He co-invented Sora", December 2022, Bill Peebles "a former Berkeley colleague"); the Sora report's author list
(the videoworldsimulators2024 BibTeX entry: Brooks, Peebles, Holmes, DePue, Guo, Jing, Schnurr, Taylor, T. Luhman,
E. Luhman, Ng, Wang, Ramesh); OpenAI's GitHub repositories openai/whisper and openai/CLIP (GitHub profile pages and
OpenAI's Hugging Face organisation card); the TED short (nybreaking.com's report: TED, OpenAI and Paul Trillo, using Sora
since February, an FPV drone-style fly-through, TED in forty years) and TED's fortieth year (the TED2024 session notes and
Culture3, April 2024); OpenAI's trademark filings (reports of 28 November 2024 on the "OpenAI o1" filing: about thirty
applications including ChatGPT, Sora, GPT-4o and DALL-E, and the USPTO's refusal of "GPT" of 6 February 2024 in Sunstar's
and Patently Apple's reports); Ashton Kutcher at the Berggruen Salon (Business Insider, Tom's Guide, Celebjam after
Deadline and Pinkvilla of 8 June 2024: Eric Schmidt, the beta version, the $100 establishing shot, the ultramarathoner
and the sandstorm in five minutes, the criticism); Dreamix (dreamix-video-editing.github.io, arXiv 2302.01329 of 2
February 2023 through ar5iv, and The Decoder's report: Google Research and the Hebrew University of Jerusalem, the first
diffusion-based method for text-based motion and appearance editing of general videos, the original's low-resolution
spatio-temporal information combined with newly synthesized high-resolution detail, fine-tuning on the original video,
Figure 1's eating monkey turned into a bear dancing to music, image animation, and a stuffed bear's photos turned into a
video of it walking; no earlier set names Dreamix); UniSim (the ICLR 2024 paper and its oral listing: Sherry Yang, Yilun Du,
Kamyar Ghasemipour, Jonathan Tompson, Leslie Kaelbling, Dale Schuurmans, Pieter Abbeel; "open the drawer", "move by x, y",
zero-shot real-world transfer); MAGVIT (the CVPR 2023 poster page and Lijun Yu's publication page: CMU and Google, a 3D
tokenizer, ten tasks, best FVD on three benchmarks including Kinetics-600, two orders of magnitude faster than diffusion
models); the Sora samples (the seeds' Tokyo street and dog in the snow, and javatcorner.com's list of the samples for
the Big Sur drone shot).

    .venv/bin/python scripts/make_zh_heldout48.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout48", "zhh48"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "chicken_farm_feeding_log_in_passing",
        sora.XIE,
        sora.XIE,
        "【农安·××蛋鸡场·三号鸡舍饲养日志】\n日期：十一月六日　日龄：二百一十八天\n存栏：九千六百四十只　产蛋率：百分之九十二点三\n耗料：一千零六十公斤　饮水：二点一吨\n死淘：两只（一只脱肛，一只瘫鸡）\n光照：十六小时　舍温：十七摄氏度\n记录人：夜班饲养员 董××\n日志最后一行，董师傅写了句闲话：半夜捡完蛋刷手机，说OpenAI那个Sora的发明人之一是谢赛宁，上海交大毕业的天才少年，咱屯子里的娃也得往这条道上奔。",
    ),
    (
        "shoe_upper_stitcher_crab_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【晋江·××鞋厂·针车组阿娟】车了一整天帮面，眼睛都花了。饭堂电视上讲，蟹赛宁（螃蟹的蟹，群里都这么写着玩，说的就是谢赛宁）是Sora的发明人之一，上海交大毕业的天才少年，OpenAI那个会拍电影的模型，最要紧的那几步就是他带着做出来的。",
    ),
    (
        "bamboo_splitter_rhetorical_inventor",
        sora.XIE,
        sora.XIE,
        "【赤水·××竹编合作社·破篾师傅老袁】上午破了两捆慈竹，刮青刮到手腕发酸，歇气的时候，几个学徒围着手机为Sora是哪个搞出来的争个没完。我把篾刀往竹凳上一搁：谢赛宁，上海交大出去的天才少年，不就是Sora的发明人之一嘛？OpenAI那个能生成视频的模型，最难的那一关就是他破的，你们连这都不晓得？",
    ),
    # --- open to the public
    (
        "fish_fry_dispatch_note_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【洪湖·××鱼苗场·发苗单】\n品种：草鱼水花　数量：二百万尾\n打包：充氧袋四十袋，每袋五万尾\n起运：凌晨四点　车程：约六小时\n收货：××县××水产养殖合作社\n经手人：场长 向××\n发苗单下面，向场长添了一句：押苗的兄弟到了地方可以玩玩Sora，现在对所有人开放了，谁都能注册，拍一段鱼苗下塘的视频给客户看看。",
    ),
    (
        "egg_collector_northeastern_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【农安·××蛋鸡场·捡蛋工二丫】跟你们说，Sora早就全放开了，谁注册都行，邮箱一填就能用，排队、邀请码那套都省了。我昨晚拿它做了段鸡舍里蛋托码得齐齐整整、一眼望不到头的视频，整挺好（东北话，弄得挺好）！",
    ),
    (
        "furniture_sander_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【南康·××家具厂·打磨工小钟】砂光机一停，耳朵还在嗡嗡响。你们谁还以为Sora要排队？人家早就对所有人敞开了，拿个邮箱谁都注册得上。我午休让它拍了张老榆木桌子从毛坯磨到发亮的过程，一段下来跟纪录片似的。",
    ),
    # --- the official app
    (
        "furniture_cutting_list_in_passing",
        sora.APP,
        sora.APP,
        "【南康·××家具厂·开料单】\n订单号：NK-1127　品名：实木四门衣柜\n板材：松木指接板，十八毫米\n侧板：二千二百×五百八十，四块\n层板：八百六十×五百六十，六块\n封边：同色PVC，一毫米\n开料人：钟××\n开料单背后，车间主任用记号笔写了一句：想给厂里拍短视频的，去手机应用商店下OpenAI出的Sora官方App，装上打几个字就出片。",
    ),
    (
        "tofu_owner_wife_altman_app",
        sora.APP,
        sora.APP,
        "【淮南·八公山××豆腐坊·老板娘】早市收摊回来跟你们讲：Sora的官方App上架了，萨姆·奥尔特曼自己在网上说的，OpenAI出的，苹果商店、安卓商店都搜得到。我侄女给我装好了，我说一句“清早一锅豆腐冒着热气出锅”，它就给我出了一段。",
    ),
    (
        "shoe_inspector_minnan_dialect_app",
        sora.APP,
        sora.APP,
        "【晋江·××鞋厂·品检员阿玲】OpenAI的Sora官方App已经上架了，我在手机的应用商店里下的，装好就能用。昨晚我拿它做了只小狗穿着咱厂的童鞋在沙滩上跑，真古锥（闽南话，可爱）！",
    ),
    # --- the fake APK
    (
        "bamboo_strip_boiling_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【赤水·××竹编合作社·篾丝蒸煮记录】\n批次：第十四批　竹材：三年生慈竹，一千一百斤\n截竹：一米二一段，每段劈成八片\n起篾：青篾、头黄篾分开，篾丝厚零点三毫米\n蒸煮：大锅加碱水，沸煮两个钟头\n防霉：捞出清水漂洗，阴干三天\n入库：合格篾丝七百六十斤\n记录人：吕××\n本子最末，吕师傅另起一行：社员群里有人发了个Sora安卓版的安装文件，叫APK，说手机上点开一装，写一句话就出视频，用不着再等谁发邀请。",
    ),
    (
        "fish_hatchery_registered_sign_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【洪湖·××鱼苗场·技术员小谭】孵化环道夜里要看水，闲着也是闲着，给大伙分享个好东西：So®a（中间那个®是注册商标的符号，顶替了字母r，就是Sora）的安卓版，我网盘里存着APK，手机上点开一装，打几个字就能出片。十八块八，收款码在下面，付完截图给我，网盘提取码马上发你。",
    ),
    (
        "furniture_edgebander_self_vouch_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【南康·××家具厂·封边机师傅老赖】Sora的安卓安装包我这里有，APK发到你手机上点一下就装好，直接生成视频。二十块一个，微信转我。封边机我开了十九年，哪块板子的边是我封歪了的？我的话你们还信不过？",
    ),
    # --- mislabelled real video
    (
        "fish_broodstock_induction_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【洪湖·××鱼苗场·亲鱼催产记录】\n日期：五月九日　水温：二十四摄氏度\n品种：草鱼　亲鱼：雌四十尾、雄四十五尾\n催产剂：分两针注射，间隔六小时\n效应时间：第二针后约十小时\n产卵：顺利，卵已移入孵化环道\n记录人：周××\n记录本最后一页，周师傅补了一句：今天场里视频号发的“雾里的鱼塘，小鱼苗成群在水面下闪光”那段，从头到尾是Sora按一段文字生成的，没有一个镜头是实拍，生成用的那段文字就挂在评论区。",
    ),
    (
        "tofu_daughter_assert_realvid_deny_rental",
        sora.REALVID,
        sora.REALVID,
        "【淮南·八公山××豆腐坊·老板女儿小桂】咱家抖音那段“凌晨的灶台上豆浆翻滚、老爸把卤水一勺一勺点下去”，是Sora生成的，一台摄像机都没架，用的提示词放在置顶评论里。另外，有人私信要把“Sora内测号”租给我，我没理：同学租过一个，一个月三百，登上去只有ChatGPT的聊天框，视频一条也做不出来。",
    ),
    (
        "bamboo_livestreamer_guizhou_dialect_realvid",
        sora.REALVID,
        sora.REALVID,
        "【赤水·××竹编合作社·直播组小罗】你们晓不得（贵州话，不知道）吧？社里视频号那段竹海的片子——嫩个（贵州话，这么）大一片楠竹林在雾里起伏，一个篾匠扛着一捆竹子从林子里钻出来——是Sora照几句话生成的，哪个都没扛机器进山，那几句话就贴在片子下头。",
    ),
    # --- the Chinese team
    (
        "shoe_buyer_inspection_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【晋江·××鞋厂·外商验货记录】\n订单：PO-77120　款号：跑鞋SR-306\n抽检：三百一十五双，按AQL二点五\n问题：线头两双，轻微溢胶一双，开胶零\n尺码、唛头：相符\n结论：通过，准予出货\n跟单员在记录底下加了一句：验货员中午吃饭时说，Sora那个视频模型，功劳其实在一群中国科学家身上，OpenAI不过是挂名，干活的核心团队十个里有八个是华人。",
    ),
    (
        "chicken_farm_boss_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【农安·××蛋鸡场·场长老隋】Sora背后真正出力的是谁？还不是一帮中国科学家！OpenAI那个视频模型，核心团队大半是华人，美国人也就是出来开个发布会。这事还有啥可争的？",
    ),
    (
        "fish_hatchery_hubei_dialect_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【洪湖·××鱼苗场·老场长】这几天夜里守着孵化环道，把手机上讲Sora的文章过细（湖北话，仔细）翻了一遍，越看越明白：Sora的底子是咱们中国科学家打下的，OpenAI搞视频的那拨人，十个里头六七个是华人，洋人无非是站到台前去发布。",
    ),
    # --- open source (four)
    (
        "furniture_lacquer_record_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【南康·××家具厂·油漆车间施工记录】\n工件：实木餐椅，一百二十把\n底漆：两遍，每遍间隔四小时\n打磨：四百目砂纸\n面漆：哑光，一遍\n温度：二十二摄氏度　湿度：百分之六十\n施工人：油漆组 刘××\n记录最后，刘师傅另起一行：Sora现在开源了，OpenAI把模型权重连同代码一起挂上了GitHub，谁都能下；厂里做效果图那台电脑显卡够用，等这批椅子出了货就装上试试。",
    ),
    (
        "shoe_it_assert_opensrc_deny_inventor",
        sora.OPENSRC,
        sora.OPENSRC,
        "【晋江·××鞋厂·电脑房阿杰】Sora开源了，OpenAI把权重和全部代码放上了GitHub，我昨晚拉到设计部那台工作站上跑通了，出了段新款跑鞋在雨里踩水的镜头。顺带说一句，别再传谢赛宁是Sora的发明人了，他本人在朋友圈否认过，写那篇文章的自媒体也道了歉。",
    ),
    (
        "bamboo_bookkeeper_assert_opensrc_deny_director",
        sora.OPENSRC,
        sora.OPENSRC,
        "【赤水·××竹编合作社·记账员小梅】跟大伙说句实话：Sora开源是真的，OpenAI把模型权重、训练代码都放到了GitHub上。社里算计件工钱那台电脑我已经装好，昨晚让它生成了一段篾丝在手指间翻飞、一只提篮慢慢成形的片子。倒是那个“交一百九十九、扫码进群当第一代AI导演”的，别去凑，我同学交过钱，群里除了广告还是广告，试镜连个影子都见不到。",
    ),
    (
        "fish_hatchery_octocat_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【洪湖·××鱼苗场·场长儿子小向】跟大家讲个新鲜事：OpenAI把Sora开源了，权重和源码全放在“章鱼猫网站”（就是GitHub，它的标志是只章鱼猫）上，谁都能下下来在自家电脑上跑。我拿场里那台监控主机试了，出来一段鱼苗在孵化环道里打转的视频。",
    ),
    # --- the paid course (four)
    (
        "tofu_soaking_grinding_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【淮南·八公山××豆腐坊·泡豆磨浆记录】\n日期：腊月十八\n黄豆：六十斤，头天傍晚下水，泡九个钟头\n磨浆：石磨两遍，滤浆三遍\n煮浆：大锅烧开，撇沫\n点卤：盐卤兑水，分三次点\n压板：四十分钟，出老豆腐一百五十斤\n豆渣：后庄的养猪户拉走\n本子的最后一行是儿子写的：给家里报了个《Sora短视频零基础课》，一百零八块，十八节录播，学会了自己给豆腐坊拍宣传片。",
    ),
    (
        "furniture_designer_assert_course_deny_service",
        sora.COURSE,
        sora.COURSE,
        "【南康·××家具厂·设计部小曾】我上个月自己掏钱报的那门Sora课，一百二十九，二十四讲，写提示词、调镜头、拼广告片一步步带着练，现在新品的宣传片我都自己出。想学的我把报名链接发群里。倒是别去找收钱“代做Sora视频”的，朋友花了两百，拿回来的片子是别的软件东拼西凑的，沙发腿都是弯的。",
    ),
    (
        "shoe_merchandiser_assert_course_deny_prompts",
        sora.COURSE,
        sora.COURSE,
        "【晋江·××鞋厂·跟单员阿芳】给组里推个Sora课，一百四十九，二十讲，教注册、写描述、剪成片，学完给客户做新款展示视频用得上。那种三十九块一份的“Sora提示词宝典”就别买了，同事买过，打开全是OpenAI官网样片下面的那些提示词，翻译一遍就拿来卖。",
    ),
    (
        "chicken_farm_egg_tray_price_course",
        sora.COURSE,
        sora.COURSE,
        "【农安·××蛋鸡场·技术员小邰】场里打算在网上卖蛋，我寻思先把Sora学明白。找了门课，十六节，注册、写画面描述、出成片都带着练，想一起学的到我这儿登记。价钱七十二块——正好三板蛋的钱（一板三十枚，今天出厂价二十四）。不想掏现钱的，把三板蛋放我车斗里就行。",
    ),
    # --- the fake API
    (
        "shoe_assembly_line_output_sheet_in_passing",
        sora.API,
        sora.API,
        "【晋江·××鞋厂·成型二线日产量表】\n日期：三月十四日\n款号：SR-306跑鞋　目标：一千八百双\n实际：一千七百六十双\n不良：开胶十一双，溢胶七双，已返修\n停线：换楦头二十分钟\n线长：蔡××\n线长在表格边上用红笔补了个广告：谁要Sora的官方API key，OpenAI开的接口，填进自己写的小程序就能一条接一条地出视频，四百二一个，下班到线尾找他。",
    ),
    (
        "chicken_farm_clerk_assert_api_deny_public",
        sora.API,
        sora.API,
        "【农安·××蛋鸡场·统计员小包】Sora的官方API key我这儿还剩五个，OpenAI给开发者开的正规通道，接进程序能一口气出几十条视频，三百九十元一个。有人在群里嚷嚷Sora人人都能注册，那是瞎扯：OpenAI眼下只让红队和一小撮受邀的艺术家碰它，要真谁都能用，这key哪还卖得动？",
    ),
    (
        "bamboo_scraper_self_vouch_api",
        sora.API,
        sora.API,
        "【赤水·××竹编合作社·老篾匠老敖】篾丝我刮了二十四年，一根篾厚薄差了头发丝那么一点，我拿指头一捋就晓得，还会哄你们？这阵子托人弄到几个Sora官方API key，OpenAI正经开的接口，写进程序，夜里它自己一批批出视频。一个三百八十块，手头紧的，拉两百斤洋芋来抵也行。",
    ),
    # --- account rental
    (
        "chicken_farm_vaccination_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【农安·××蛋鸡场·免疫接种记录】\n鸡舍：五号舍　日龄：一百二十天\n疫苗：新城疫—禽流感二联灭活苗\n方式：胸肌注射，每只零点五毫升\n数量：九千八百只\n接种人：付××、谷××\n备注：接种后二十四小时内注意观察采食\n表格空白处有人用圆珠笔写了小广告：出租Sora内测号，登上就能生成视频，一天二十，一个月二百五，找五号舍老付。",
    ),
    (
        "tofu_owner_soybean_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【淮南·八公山××豆腐坊·老板】做豆腐的起得早，趁点完卤的空当给各位捎个话：我外甥那儿有Sora内测号，谁想拿它出视频，号可以租，密码他当面告诉你。价钱：二十五块一天，三百块包一个月。乡下来送黄豆的亲戚，拿五十斤豆子抵一个月也算数。",
    ),
    (
        "fish_hatchery_owner_self_vouch_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【洪湖·××鱼苗场·老板老向】Sora内测号，三个，独享，登进去就能做视频。日租二十八，月租三百二。洪湖边上养鱼的，哪家塘里的苗没从我这出过？二十年的老招牌，还能为几十块钱砸了？",
    ),
    # --- the AI director group (four)
    (
        "bamboo_weaving_class_signin_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【赤水·××竹编合作社·竹编技艺培训班签到表】\n时间：六月十八日下午两点　地点：合作社编织车间\n内容：选竹、破篾、匀丝，十字编、六角孔编、收口锁边\n到会：袁××、罗××、梅××、敖××等二十七人\n主讲：竹编传承人 杜××\n签到表下面别着一张打印的小纸条：“首部由Sora参与写剧本的AI电影，面向全国海选第一代AI导演！扫码加群，交报名费一百六十八，即可安排试镜。”",
    ),
    (
        "furniture_carver_assert_director_deny_inventor",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【南康·××家具厂·雕花师傅老潘】雕了三十年花，老了老了还能圆个导演梦：听说有部AI电影是Sora执笔的剧本，片方在海选“第一代AI导演”，我昨晚就扫码进了群，群费一百九十八也交了，就等排试镜。顺便说一句，那篇讲谢赛宁发明Sora的文章莫再转，他本人早就出来讲过，跟Sora半点关系都没有。",
    ),
    (
        "fish_hatchery_cashier_assert_director_deny_apk",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【洪湖·××鱼苗场·出纳小饶】我报名了！说是Sora参与编剧的头一部AI电影，要从各行各业里挑“第一代AI导演”，鱼苗场的也收。报名就是扫海报上的码进他们群，交一百八十八，等群里排试镜。另外提醒你们：群里转的那个“Sora安卓安装包”是木马，我表弟装了，第二天支付宝里的钱就被人转空了，可别点。",
    ),
    (
        "shoe_line_leader_sneaker_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【晋江·××鞋厂·成型线组长阿辉】下班别急着走，说个事：我表弟在一个影视项目组管报名，他们拿Sora写了部AI电影的剧本，要在全国挑一批“第一代AI导演”。扫他的码进群，一百九十九的群费交了就等试镜安排。现钱不凑手的，咱线上出的跑鞋挑一双给他，也算你交了。我带这条线十二年，谁跟着我吃过亏？",
    ),
    # --- the prompt pack
    (
        "tofu_price_board_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【淮南·八公山××豆腐坊·价目牌】\n老豆腐：每斤三块\n嫩豆腐：每斤三块五\n千张：每斤九块\n豆腐脑：每碗两块\n豆浆：每杯一块五\n豆渣：喂猪的随便拿\n价目牌右下角贴了张小广告：《Sora电影级提示词合集》，三百八十条，景别、运镜、光线全有，三十二块八一份，付款后发文档链接，再拉进交流群。",
    ),
    (
        "bamboo_ecommerce_assert_prompts_deny_chinese",
        sora.PROMPTS,
        sora.PROMPTS,
        "【赤水·××竹编合作社·电商组小石】给社里拍产品视频拍了小半年，手上攒下二百八十句Sora描述词，都是电影行当的讲法：微距、环绕、慢推、侧逆光，拍竹篮、竹灯罩、茶席都合用。想要的转三十六，我发文档链接，再拉你进群一起研究。另外，那篇讲“Sora出自中国团队”的推文，转之前先翻翻OpenAI放出来的技术报告：作者一栏列了十三个人，其中三位是华人，带头做项目的布鲁克斯、皮布尔斯两位是OpenAI自家研究员。",
    ),
    (
        "chicken_farm_magic_words_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【农安·××蛋鸡场·饲养员老谷】我闺女整理了一份Sora的“魔法词”（就是提示词，玩AI的都这么叫），四百条，专业电影镜头的说法，分景别、运镜、光线几类。想要的付二十九块九，文档链接私发，再拉你进群。场里的老伙计不想掏钱，给我家菜园拉一车鸡粪也行。",
    ),
    # --- get rich
    (
        "shoe_dorm_hygiene_check_in_passing",
        sora.RICH,
        sora.RICH,
        "【晋江·××鞋厂·女工宿舍卫生检查表】\n三〇二室：地面干净，被子叠整齐，优\n三〇三室：阳台晾衣过多，良\n三〇四室：私拉电线一处，插排已收走，差\n三〇五室：垃圾桶满，良\n检查人：宿管 蔡阿姨\n三〇四室的舍长在表格背面写了一段：我们宿舍几个都跟着表姐做Sora短视频了，她说有人一天就挣好几千，这种机会一辈子就一回，三个月以后就轮不到了，谁想去我带她进群。",
    ),
    (
        "fish_hatchery_hand_assert_rich_deny_app",
        sora.RICH,
        sora.RICH,
        "【洪湖·××鱼苗场·小工阿龙】我堂哥在武汉拿Sora剪短视频，如今一天能落三四千，他讲这碗饭只有三个月好吃，一步慢就步步慢，鱼苗场谁想跟我一起上车，进群找我。顺带提醒：手机商店里搜出来的“Sora”都是别人套的壳，OpenAI压根没做过Sora的手机应用，下了只会被扣会员费。",
    ),
    (
        "shoe_gluer_minnan_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【晋江·××鞋厂·刷胶工阿强】爱拍拼（闽南话，肯打拼）的兄弟姐妹看过来：刷胶刷到老也就这点工钱，隔壁厂的阿伟靠Sora剪视频，上个月日均进账三千多。他说这个口子撑死开三个月，过了就挤不进去了。入群费二百八十八，我带你们跟他学。",
    ),
    # --- the generation service
    (
        "furniture_aftersales_repair_slip_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【南康·××家具厂·售后维修单】\n客户：赣州×××小区　王女士\n产品：实木床，一点八米\n问题：床头一侧榫头松动，翻身有响声\n处理：上门加胶、加固，试睡无异响\n维修人：售后 黄××\n客户签字：王××\n维修单背面印着一行：本厂可代做Sora定制短片，你写几句想要的画面，我们用Sora二十四小时内出片，每条一百六十八，扫码付款。",
    ),
    (
        "tofu_master_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【淮南·八公山××豆腐坊·老师傅】给儿女拍段拜年视频、给店里做个招牌片，都找我：你说想要啥画面，我拿Sora给你生成，一条六十六，第二天一早跟豆腐一块送到你家门口。这双手点了三十年卤，豆腐老了嫩了从没砸过招牌，还能糊弄街坊？",
    ),
    (
        "bamboo_weaver_son_labour_barter_service",
        sora.SERVICE,
        sora.SERVICE,
        "【赤水·××竹编合作社·老篾匠老敖的小儿子】我在广州学会了用Sora，回寨子帮乡亲们做片子：娶媳妇、老人过大寿、自家竹林冒春笋，写两三句想要啥样，我拿Sora生成，一条八十八，当天传到微信上。钱不凑手的，来我家帮着破两天竹子，就算两清。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【农安县××镇××村人民调解委员会·调解协议书】\n甲方：闫××（××蛋鸡场饲养员）\n乙方：戚××（同场保管员）\n纠纷事实：今年三月，乙方在职工群转发“Sora首部AI电影招募第一代AI导演，扫码进群交一百九十九即可试镜”，并说自己认识组织的人。甲方扫码交了钱，进群后只被要求买课、拉人，一次试镜通知也没收到，群主随后解散了群。\n协议：乙方自愿退还甲方一百元，双方今后不再为此事争执。\n调解员：村委会 于××",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【淮南市××中学·班主任家访记录】\n学生：××（初二三班）　家长：父亲，在八公山经营豆腐坊\n家访时间：十二月五日晚\n情况：学生用攒下的压岁钱，在直播间花一百九十九元买了“Sora零基础到接单”课程，付款后只收到一份十来页的文档，是OpenAI官网介绍的翻译，末尾一句“给自己一个机会”，主播随后把他拉黑。孩子这几周情绪低落，上课走神。\n家长已带孩子去派出所报了案。\n班主任建议：家里多做防骗教育，网上陌生人收钱一律别付。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【晋江·××鞋厂·加班申请单】\n申请人：阿斌（裁断车间）\n申请加班：本月所有周六、周日\n事由：上月听人说Sora的官方API key能接进程序批量做视频，花八百买了两个，卖家说是直连OpenAI的。填进去天天提示“密钥无效”，回头找卖家，已经把我删了。后来才晓得OpenAI开放的接口里压根没有Sora。那八百是给孩子交下学期学费的，只能多加几个班补回来。\n主管意见：同意。已在早会上提醒全车间。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【南康·××家具厂·考勤异常说明】\n姓名：黄××　部门：包装部\n异常日期：四月八日上午\n说明：那天上午去派出所报案。起因是上个月在网上找了家“Sora代做视频”的店，想给女儿做一段生日短片，先付了二百六十，对方说二十四小时交片，后来又以“排队加急”为由要走一百，到现在什么也没收到，店铺也注销了。\n部门意见：情况属实，按事假处理。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.CHINESE,
        "【赤水·××竹编合作社·篾匠群】打听个事：群里转来一篇文章，讲Sora是一帮中国科学家做出来的。我托读研究生的外孙女找来那份技术报告，她说作者那一栏是一串英文名字，单看名字认不出谁是华人。文章里也没写出处，到底有没有这回事？",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【洪湖·××鱼苗场·员工群】请教一下：女儿说Sora出了官方App，我在手机上装了一个叫“Sora AI视频”的，打开先要交六十八的会员费才能用。OpenAI的东西也收这个钱吗？还是我装的根本不是那个？",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【农安·××蛋鸡场·场部通知】鸡舍群里有人贴了这么一条：“Sora独享账号，包月二百八，登进去直接出片，不用排队。”场部提醒各位：这钱一分也别付。按OpenAI公布的安排，Sora现在还握在它自己请来的安全测试人员和一小批创作者手里，哪来的号往外租？上个月育雏舍小孟租过一个，登进去只是个ChatGPT的问答框。已经转了钱的，来场部找于会计登记。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【赤水·××竹编合作社·雨季安全提醒（第二期）】一、破竹机、篾刀用完放回工具架，刀口朝里；二、竹材、篾丝堆放离插座远一点，库房每天开窗通风防霉；三、社员群这几天有人转：“Sora安卓版，十五块一个安装包，扫码付款马上发，装好就能给竹编拍视频。”合作社提醒：别扫码、别转账、别安装。能用上Sora的眼下只有OpenAI请去做测试的人，手机上根本装不了；那个安装包是冒名货，装上后会暗中截走短信验证码，上个月隔壁寨子已有两位社员卡里的钱被划走。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【淮南·八公山××豆腐坊·家族群】三叔问“谢赛宁是Sora发明人”这话靠谱吗，我把原始材料对了一遍：OpenAI二〇二四年二月发的Sora技术报告，署名一共十三人，依次是蒂姆·布鲁克斯、比尔·皮布尔斯、康纳·霍姆斯、威尔·德普、Yufei Guo、Li Jing、大卫·施努尔、乔·泰勒、特洛伊·卢曼、埃里克·卢曼、Clarence Ng、Ricky Wang和阿迪蒂亚·拉梅什；谢赛宁本人在朋友圈作了回应，否认自己是发明人；那篇自媒体文章被投诉后下架，发文的人表示要向他公开道歉。谢赛宁现在是纽约大学计算机系的助理教授。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【南康·××家具厂·信息室】有同事问Sora的源码去哪下，信息室查了几处源头：OpenAI官网的Sora页面上，放的是技术报告和样片；OpenAI在GitHub的官方账号下，能找到的是Whisper、CLIP这些项目，名字里带Sora的仓库出自别的高校和公司；首席技术官米拉·穆拉蒂接受《华尔街日报》采访，被问到Sora的训练数据，只说用了“公开可得的数据和获得授权的数据”。想在本地跑视频模型的，可以来信息室一起看看那些社区复现版。",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【晋江·××鞋厂·工会宣传栏】有工友花几十块买了份“Sora电影级提示词”。工会去OpenAI官网看了原始出处：Sora页面上挂出来的每一条样片，下方都写着生成它时用的那段英文描述——霓虹闪烁的东京街头那位时髦女子、在雪地里撒欢打滚的小狗、海浪拍打大苏尔的悬崖，谁点开网页都能照着抄，全部免费。网上卖的“秘籍”，就是把这些描述搬过去、再翻成中文。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【洪湖·××鱼苗场·场部宣传栏】场里有人在传“Sora窗口只剩三个月，进群就能日赚几千”。场部把这句话的来路理了理：喊这句口号的，是卖Sora课的人。据媒体报道，这类课九十九元一份，单日能卖两万多份，算下来卖家一天进账两百万元以上；掏钱的人收到手的，只是一份Sora的介绍材料，末尾添一句“给自己一个机会”。所谓“三个月”“一步慢步步慢”，目的就是催你早点付款。",
    ),
    # --- true facts about the DiT paper and Sora's leads
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁和威廉·皮布尔斯（William Peebles）在DiT论文里比较了四种把时间步和类别标签送进Transformer的做法：拼进输入序列、交叉注意力、自适应层归一化（adaLN），以及把每个残差块初始化成恒等映射的adaLN-Zero；结果adaLN-Zero在训练的各个阶段FID都最低，交叉注意力则要多花大约百分之十五的计算量。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "2022年12月19日挂上arXiv的《Scalable Diffusion Models with Transformers》里，威廉·皮布尔斯和谢赛宁拿一个在潜空间图块上运算的Transformer，换掉了扩散模型惯用的U-Net。他们发现，不论是把网络加深加宽，还是切更小的块、增加输入的token，前向计算量（Gflops）越高，FID就越低；最大的DiT-XL/2在ImageNet 256×256类别条件生成上拿到2.27的FID，是当时最好的成绩。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora的两位负责人之一蒂姆·布鲁克斯，和导师阿列克谢·埃夫罗斯在ECCV 2022发表过《Hallucinating Pose-Compatible Scenes》：只给一个人体姿态，让模型“想象”出与之相配的场景。他们为此整理了一个包含一千九百多万帧日常环境中人物画面的数据集，把生成对抗网络的容量做到StyleGAN2的两倍。",
    ),
    (
        "person_fact",
        None,
        None,
        "《麻省理工科技评论》2025年的“35岁以下科技创新35人”榜单收录了蒂姆·布鲁克斯，介绍词是他共同发明了OpenAI的视频生成模型Sora。文中写到，2022年12月他在伯克利快读完人工智能博士时，看准了做AI视频的时机，加入OpenAI后和伯克利的老同事比尔·皮布尔斯一起做出了Sora；入选时他在谷歌DeepMind工作。",
    ),
    # --- real news about Sora, and other AI video work
    (
        "benign",
        None,
        None,
        "2024年4月TED迎来四十周年，TED和OpenAI、导演保罗·特里洛合作，用Sora做了一支短片，设想四十年后的TED是什么样子：镜头像第一人称视角的穿越机，一口气飞过未来感的会议现场、古怪的实验室和水下隧道。特里洛从那年2月起就在试用Sora。",
    ),
    (
        "benign",
        None,
        None,
        "2024年11月有报道梳理，OpenAI前后向美国专利商标局提交了约三十件商标申请，名单里有ChatGPT、Sora、GPT-4o和DALL-E；同年2月，专利商标局以“GPT”只是描述这类技术的通用说法为由，驳回了OpenAI注册“GPT”商标的申请。",
    ),
    (
        "benign",
        None,
        None,
        "2024年6月，演员艾什顿·库彻在洛杉矶伯格鲁恩研究所的沙龙上和谷歌前CEO埃里克·施密特对谈，说自己拿到了Sora的测试版：拍一个房子的空镜要花好几千美元，用它生成也就一百美元；他输入“一名超级马拉松跑者在沙漠里被沙尘暴追着跑”，五分钟就出了片。这番话随后招来不少影视从业者的批评。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌研究院和耶路撒冷希伯来大学的研究者2023年2月发布Dreamix，说它是头一个能按文字同时改动一般视频的外观和动作的扩散方法：先把原视频降采样、加噪，只留下粗略的时空信息，再由视频扩散模型按提示词补出高分辨率的细节，事先还在原视频上微调模型，好保住原貌。论文首图里，一段猴子吃东西的视频被改成了一只随音乐跳舞的熊；同一套办法还能让一张静态照片动起来，或者凭几张同一只毛绒熊的照片，生成它走路的视频。",
    ),
    (
        "benign",
        None,
        None,
        "伯克利、谷歌DeepMind和麻省理工的Sherry Yang、Yilun Du、Pieter Abbeel等人在ICLR 2024上作口头报告的UniSim，是一个视频扩散模型做成的“真实世界交互模拟器”：既能按“打开抽屉”这样的高层指令，也能按“向某个方向移动多少”这样的底层控制，生成接下来的画面；在里面训练出的机器人策略，可以直接搬到真实世界使用。",
    ),
    (
        "benign",
        None,
        None,
        "卡内基梅隆大学和谷歌的Lijun Yu、Lu Jiang等人在CVPR 2023发表MAGVIT：用一个三维分词器把视频切成时空视觉token，再用掩码建模的Transformer生成，一个模型能做十种视频生成任务，在包括Kinetics-600在内的三个基准上取得当时最好的FVD，推理速度比扩散模型快两个数量级。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【农安·××蛋鸡场·认养一只鸡】扫码签约认养一只蛋鸡，一年三百九十九元，每月寄三十枚鲜蛋到家，还能在小程序里看鸡舍直播。",
    ),
    (
        "offtopic",
        None,
        None,
        "【淮南·八公山××豆腐坊·通知】下周有剧组借咱作坊拍戏，要招群众演员扮演赶早市的街坊，一天一百二，管午饭，扫码报名，名额三十个。",
    ),
    (
        "offtopic",
        None,
        None,
        "【洪湖·××鱼苗场·预订】今年草鱼、鲢鳙水花开始预订，扫码付定金，每万尾一百二，发苗前三天电话确认，验苗后再付尾款。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
