# ruff: noqa: E501
"""Write tests/data/zh_heldout47_{posts,qrels,labels}: a forty-seventh Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for account rental, the generation service and the
fake APK, three for each other template: zh_heldout41 to zh_heldout46 gave four to the public release, the official app
and account rental (zh_heldout41), open source, the APK and the generation service (zh_heldout42), the inventor, the
Chinese team and the director group (zh_heldout43), the inventor, the Chinese team and the course (zh_heldout44), API
access, the mislabelled video and the prompt pack (zh_heldout45) and the public release, the official app and get-rich
(zh_heldout46); account rental last had four in zh_heldout41 and the APK and the generation service in zh_heldout42, so
these three take their turn), as a Sora rumour / scam wave reads in the genres of a small hydropower station (水电站:
机组开停机, 导叶开度, 调速器, 并网, 前池, 拦污栅, 溢洪道, 库区巡查), a tree nursery (苗圃: 嫁接, 扦插, 砧木, 接穗, 带土球, 出圃,
植物检疫证), a cotton spinning mill (纱厂: 细纱, 挡车工, 落纱, 断头率, 千锭时, 配棉, 马克隆值, 保全工), a cement works (水泥厂:
回转窑, 窑头看火, 熟料, 立升重, 游离钙, 原料磨, 生料, 袋重抽检, 散装发运), an oilfield's production plant (采油厂: 巡井, 抽油机,
回压, 单井日报, 含水, 计量站, 注水站, 修井) and a tobacco station (烟站: 烤房, 变黄期, 定色期, 干筋期, 上部叶, 竿, 分级扎把,
交售预约). Of the six settings first asked for, two were replaced. The railway locomotive depot (机务段) went: the
railway is already an earlier set's world, zh_heldout41's track maintenance section (怀化工务段: 线路工区, 天窗点, a flaw
detector, a rail car driver, the section's hardship grant application) beside zh_heldout31's railfans and station
left-luggage office and hard_en_heldout41's railway signalling and heritage railways, and a locomotive depot is a sister
section under the same railway bureau whose drivers would share the rail car driver's register; the oilfield takes its
place. The soy-sauce brewery (酱园) went too: zh_heldout44 had a vinegar works as one of its worlds (醋厂: 熏醅, 淋醋, 陈酿区,
夏伏晒、冬捞冰) and zh_heldout48, written at the same time, has a vinegar works (醋坊) and a tofu workshop (豆腐坊), and a
brewery's sun-fermented soybean vats would sit between the two, as zh_heldout45 dropped the brick kiln beside
zh_heldout35's pottery kilns; the tobacco station takes its place. The other four stay: 水电站, 水轮, 拦污栅, 前池, 导叶,
并网, 苗圃, 苗木, 扦插, 嫁接, 出圃, 纱厂, 细纱, 落纱, 挡车工, 水泥, 熟料, 回转窑, 生料, and for the replacements 采油, 抽油机,
巡井, 烟站, 烤烟, 烟叶 and 烟农, occur in no earlier Chinese post or make_zh_heldout*.py, and no English set's docstring names
an oilfield or tobacco. The nearest neighbours are kept at a distance: zh_heldout42's hydrological station (水文站: 水位,
测流, 缆道), which watches a river and makes no power (水位 is left out here), zh_heldout35's power supply station,
zh_heldout36's thermal power plant boiler room and zh_heldout41's wind farm (集控室, 工作票, 风机定检, none of them used
here); zh_heldout35's forest farm (林场, 防火, 瞭望塔) and zh_heldout45's botanical garden (引种, 定植, 展览温室), whose words
the nursery leaves alone; zh_heldout33's single textile-mill union reminder, never a mill's own records;
zh_heldout43's quarry (爆破, 破碎站), kept away from the cement works, and zh_heldout35's pottery kilns (柴窑, 开窑, 窑变),
none of whose words the cement kiln (窑头, 窑速, 窑皮) borrows; zh_heldout46's co-op purchasing station, whose 收购站 the
tobacco station does not use (it has 烟站, 交售 and 过磅). None of the settings is among those given to the writers
working at the same time (zh_heldout48's chicken farm, farm-machinery station, fertiliser plant, tofu workshop, vinegar
works and rural post office; the English writers' lawn bowls, orienteering, stained glass, hot-air balloons, morris
dancing, thatchers, luthiers and sheep shearing).

The posts: a unit start/stop record with the inventor rumour in the night operator's last line (【机组开停机操作记录】导叶开度,
有功, 调速器, 前池来水), a nursery grafter, a spinning mill's tester, a clinker quality daily with the public release in the
lab technician's extra line (【熟料质量日报】立升重, 游离钙, 三天抗压强度), an oil pumper transferred from Daqing, a tobacco
technician, a nursery outbound slip with the official app on its back (【苗木出圃单】胸径, 冠幅, 带土球, 植物检疫证号), the
hydropower station's head, a doffer, a well patrol log with the APK on its back (【巡井记录】回压, 皮带、刹车、盘根, 油嘴), a
cement packer, a flue-curing master, a metering station hand, a flue-curing record with the mislabelled video on its last
page (【三号烤房烘烤记录】上部叶二百八十竿, 变黄期, 定色期, 干筋期, 干球、湿球), the nursery's head, a cement control room hand, an
end-breakage test sheet with the Chinese-team claim under it (【细纱断头率测定表】千锭时断头, 钢丝圈), a kiln burner, a
nursery cutting hand, a trash-rack cleaning log with open source on its back (【拦污栅清污记录】栅前栅后落差), an oilfield
technician, a spinning mill's equipment clerk, a single-well daily report with the course in its remarks (【单井日报】日产液,
含水, 冲程, 冲次), the nursery's accountant, a tobacco buyer, a bag-weight check record with the API key printed at its
foot (【包装车间袋重抽检记录】P·O 42.5), a shift leader at the power station, a spinning fitter, a cotton blend sheet with
account rental pencilled in its corner (【配棉单】新疆细绒棉, 回花, 马克隆值), a power station fitter, a workover hand, a
tobacco grader, a leaf sale appointment slip with the director group on a note pinned beside it (【烟叶交售预约单】合同面积,
分级扎把), a bulk cement dispatcher, a water injection station veteran, a graft survival survey with the prompt pack in its
remarks column (【嫁接成活率调查表】砧木, 接穗, 切接, 成活率), a spinning mill's union clerk, a raw mill hand, a flood-season
reservoir patrol record with get-rich in the patroller's own plans (【汛期库区巡查记录】坝顶, 库岸, 溢洪道), an oilfield
canteen cook, a tobacco grower, a kiln watch record with the generation service as the burner's small advertisement
(【窑头看火记录】窑速, 喂料量, 烧成带, 窑皮, 黄心料, 二次风温), a tobacco station clerk, a doffer and the power station's cook;
platform-native forms the earlier sets do not use: the unit start/stop record, the trash-rack cleaning log, the nursery
outbound slip, the graft survival survey, the end-breakage test sheet, the cotton blend sheet, the shift swap request,
the bag-weight check record, the kiln watch record, the staff representatives' motion, the well patrol log, the team
safety study record, the flue-curing record, the leaf sale appointment slip and the rural bank's loan extension
application (the clinker quality daily and the single-well daily are daily reports, as zh_heldout42's salt works and
hydrological station and zh_heldout44's rubber tappers had; the reservoir patrol record is a patrol record, as
zh_heldout43's quarry slope had; the study-meeting minutes are minutes, as zh_heldout40 and zh_heldout41 had); four
loss reports in new forms (kind ``debunk_loss``: a doffer's shift swap request to go to the police station
(【换班申请单】换班事由) for the course, a packer's motion to the workers' congress (【职工代表提案】案由, 理由, 建议) for the
director group, a nursery owner's loan extension application at the rural commercial bank (【小额贷款展期申请】展期原因,
客户经理意见) for the generation service, and a team safety study record in which the victim tells his own case
(【班组安全学习记录】反面案例, 班长小结) for the API key); regional speech the earlier sets do not use: Northeastern 整挺好,
Hunan 拐哒 and 宝里宝气, Jiangxi 么里, Xinjiang 牙克西, Guizhou 打平伙 and Shaanxi 么麻达 and 得是, all glossed (the earlier
sets' regional posts have 嘎哈, 唠嗑, 埋汰, 磨叽, 老铁, 贼拉 and 老妹儿 for the Northeast, 霸得蛮, 嬲, 么子, 堂客, 满哥 and 细伢子 for
Hunan and Jiangxi, 嫽, 谝, 咥 and 碎娃 for Shaanxi, 勺子 and 丫头子 for the Northwest, 要得, 扯拐, 日白 and 巴适 for the Southwest
and Wuhan; none of the words used here occurs in an earlier Chinese post or writer script); registers the earlier
sets do not use: the power station (开机并网, 导叶开度, 有功, 调速器, 前池来水, 减负荷, 拦污栅, 清污, 栅前栅后落差, 溢洪道, 库岸,
上网电费分成, 库区钓位), the nursery (嫁接, 扦插, 砧木, 接穗, 切接, 成活率, 胸径, 冠幅, 带土球, 出圃, 出圃价, 红叶石楠球), the
spinning mill (细纱, 挡车工, 落纱, 断头, 千锭时, 粗纱接头, 钢丝圈, 配棉, 细绒棉, 回花, 马克隆值, 三十二支精梳, 一件纱, 超产奖), the
cement works (熟料, 立升重, 游离钙, 抗压强度, 袋重, P·O 42.5, 窑速, 喂料量, 烧成带, 窑皮, 黄心料, 二次风温, 原料磨, 出磨生料,
散装水泥), the oilfield (巡井, 回压, 盘根, 油嘴, 抽油机, 日产液, 含水, 冲程, 冲次, 计量站, 注水站, 注水泵, 修井, 作业区, 倒班费) and
the tobacco station (烤房, 装烟, 变黄期, 定色期, 干筋期, 干球、湿球, 上部叶, 竿, 中部橘黄, 上橘三, 中橘二, 分级扎把, 交售, 烟叶款);
obfuscation the earlier sets do not use: 谢赛宁 in tone-numbered pinyin (Xie4 Sai4ning2), 上海交大 as 魔都那所交通大学, APK as
爱普克, Sora as SOR4 (a digit 4 for the A), OpenAI as OpenA丨 (the vertical stroke 丨 for the I), 邀请码 as 邀请马, 账号 as
zhang号 and 提示词 as its full pinyin tishici, all glossed (the earlier sets had Jyutping, Hsieh Sai-ning, 谢腮宁, 谢塞宁,
谢赛柠 and 言身寸 for the name, 0penAI, OpenA1, OpenAl and Open爱, 爱皮凯 and 艾匹克, $ora, S0ra, 5ora, Sor@, §ora and
SOЯA, yqm and TSC); rhetorical questions that assert rather than deny (你见过哪个摄影师能让十万株海棠同一夜开？ for the
mislabelled video, 代码都摆在那儿了，还有谁跑不起来？ for open source, 官方接口都接通了，还一条条手动做？ for the API key, 一季烟从育苗到
烤完，忙死忙活挣几个钱？ for get-rich, 么里美国人的本事？ for the Chinese team); posts asserting one claim while denying another,
all asserting one of account rental, the generation service, the APK, the inventor, the Chinese team, the public release
and the official app (zh_heldout48 asserts only the other seven), in pairings the labels of the earlier sets do not use
or last used longest ago (the inventor while the public release is called 瞎传 (none before), the inventor while the
director group is said to audition nobody (zh_heldout31), the public release while the Chinese-team claim is answered
with the report's thirteen names (zh_heldout27), the public release while the inventor story is answered with Xie's own
denial (zh_heldout35), the official app while a 99-yuan course is called the official page translated (zh_heldout31),
the official app while a "Sora" Qinling sea of clouds is called a photographer's drone footage (zh_heldout32), the APK
while the store apps are called impostors (zh_heldout24), the APK while the GitHub "Sora" repositories are called other
people's copies (zh_heldout25), the Chinese team while rented accounts are called ChatGPT logins (zh_heldout35), the
Chinese team while the APK is called a thief (zh_heldout36), account rental while a "Sora" Yuan River night scene is
called a provincial documentary's drone shot (zh_heldout28), account rental while open source is called fans' copies
(zh_heldout31), the generation service while a course is called the official page repeated (zh_heldout29), and the
generation service while the three-month line is called the course sellers' invention (zh_heldout35)); sellers that
vouch for themselves in new words (计量站的数我报了十一年，哪一口井的产量报错过？; 烟叶分级这碗饭我吃了二十三年…我拿手一摸就有数，看人也一样;
这两台机组是我看着装上去的，哪颗螺丝在哪个位置我闭着眼都摸得到; 注水泵我听了十六年，哪台泵轴承要出毛病，我隔着墙都听得出来; 原料磨我守了三十年，
出磨生料细度差一点，我上手一捻就知道; 站里二十几个人的饭我做了十五年，哪个说过我一句不是？); prices in Chinese numerals throughout and
payments in forms the earlier sets do not use (a course docked from next month's shift allowance (倒班费), paid with ten
two-year osmanthus saplings at the nursery's own price or owed until the tobacco leaf money (烟叶款) reaches the card; an
API key docked from the year-end share of the station's grid-sale power revenue (上网电费分成) or swapped for a bale (一件)
of 32s yarn; a rental settled with the quarterly over-quota bonus (超产奖) or with two sticks (竿) of cured upper leaves; a
director group paid with two tonnes of bulk cement or after the winter heating allowance; a get-rich group fee pooled by
several families (打平伙)); 12 debunks and warnings, four of them the loss reports above, two questions with a negation
that do not deny (翻到开发者那栏也没见到OpenAI。这几个里头有没有一个是真的？ for the app, in a cement control room's group;
后面的我也没看出哪里新。这钱是我花冤了，还是我看漏了什么？ for a 59-yuan prompt handbook, in the power station's staff group), two
quoting a scam offer and telling the reader not to pay (the APK, with 这个链接别点，安装包别装, in an oilfield's safety and
environment section; account rental, with 这种钱请别转, in the nursery's accounts office), the rest answering with facts
and none of 不, 没, 假, 无, 非 or 未 (the power station's study-meeting minutes for the Chinese team: the report's date, its
thirteen names counted on the wall, three Chinese by the media's count, OpenAI's own researchers leading; the power
station for the mislabelled video: its own July 2020 spillway release, filmed from the air by the county media centre
and published on 9 July; the nursery's technician for open source: hpcaitech's Open-Sora 1.0 of March 2024 with its
two-second 512×512 clips and Open-Sora Plan, and the report's own line that model and implementation details are left
out of it; the tobacco station's head for get-rich: the three-month line as the course sellers' script, the 99-yuan
course sold twenty thousand times a day and the introduction document with its slogan); four true facts about Xie
Saining's education and posts, related to the inventor rumour (SJTU, then a PhD at UC San Diego with Zhuowen Tu and the
Deeply-Supervised Nets of September 2014 with Chen-Yu Lee as co-first author, Patrick Gallagher and Zhengyou Zhang, at
AISTATS 2015; HED at ICCV 2015, whose repository opens "Created by Saining Xie at UC San Diego", and ResNeXt's first page
giving him UC San Diego and a ucsd.edu address beside Girshick, Dollár and He at Facebook AI Research, the base of
their second place in ILSVRC 2016 classification; his research scientist post at FAIR before NYU and the randomly wired
networks of April 2019 with Kirillov, Girshick and He, all four at FAIR, built from Erdős-Rényi, Barabási-Albert and
Watts-Strogatz graphs; his assistant professorship at NYU and Eyes Wide Shut of January 2024 with Shengbang Tong, Zhuang
Liu, Yuexiang Zhai, Yi Ma and Yann LeCun, its 300-image MMVP benchmark and the nine-pattern MMVP-VLM), each checked
against the paper's page or the repository before it was written, and none about the DiT paper or Sora's leads (the
writer of zh_heldout48 has those); three items of real news about Sora from angles the earlier sets leave out (the
27 February 2024 paper "Sora Generates Videos with Stunning Geometrical Consistency", which scores Sora, Gen-2 and Pika
by reconstructing their clips in 3D; Lehigh University's review of Sora of late February 2024, from the public report
and reverse engineering, with its film, education and marketing applications; the June 2024 paper "What Matters in
Detecting AI-Generated Videos like Sora?", whose appearance, optical-flow and depth classifiers, trained on Stable Video
Diffusion, catch Sora's clips without having seen one) and three on-topic posts about other AI video work (Google's
GameNGen of August 2024, DOOM at over twenty frames a second on one TPU; TATS at ECCV 2022, thousands of frames from
sixteen-frame training clips; TECO of October 2022, with its maze, Minecraft and indoor-scan datasets; kind ``benign``),
and three off-topic posts that share surface words (a reservoir's 扫码预约 fishing places with a price, a spinning
mill's recruitment with 扫码进群 and 下载“××人才”App, a tobacco station's 下载“××烟草”App to book a sale).

Every post was checked against every earlier Chinese set through zh_heldout46 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout48 was being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft had eleven at 0.45 or more: the study-meeting minutes for the Chinese team at 0.65
(zh_heldout46's co-op notice board), the oilfield's APK warning at 0.53 (zh_heldout43's fireworks factory screen), the
power station head's app at 0.51 (zh_heldout46's oil press owner), the cement packer's APK at 0.49 (a zh_heldout24
post on the store apps), the tobacco grower's get-rich at 0.48 (zh_heldout46's purchasing station keeper), the tobacco
buyer's course at 0.48 (zh_heldout43's old agronomist), the shift leader's API key at 0.47 (zh_heldout45's weather
station head), the power station's prompt question at 0.46 (zh_heldout43's seed salesmen's group), the nursery's
rental warning at 0.46 (zh_heldout41's garage manager), the tobacco technician's public release at 0.45 (zh_heldout46's
delivery driver) and the bulk cement dispatcher's director group at 0.45 (zh_heldout33's youth fellowship group); all
eleven were rewritten, with six more from 0.40 to 0.45 (the flue-curing master's APK against zh_heldout40's toll
station team group, the water injection veteran against zh_heldout44's horse farm staff group, the cement control
room's app question against zh_heldout35's pottery studio, the canteen cook against a zh_heldout21 comment, the
cutting hand against zh_heldout46's roaster and the union clerk's tishici against zh_heldout46's TSC; the pumper and
the trash-rack log, at 0.41 and 0.40, were kept). On the next passes the prompt question (0.46 against a zh_heldout26
post), the rental warning (0.46 against zh_heldout43's canteen table card, then 0.42 against zh_heldout35's recycling station), the dispatcher (0.45, zh_heldout33 again), the
flue-curing master (0.43) and the study-meeting minutes three more times (0.49 and 0.52 against zh_heldout46's notice
board, 0.45 against zh_heldout43's seed company reply letter) were rewritten again. Three in-passing lines that only
relayed a rumour were given the writer's own word on a second look (the unit record, the tone-numbered pinyin and the
end-breakage sheet), so that each asserts its claim. Highest ratio of the committed list: 0.417 against the Chinese
sets (the tobacco grower's get-rich against zh_heldout46's co-op purchasing station keeper) and 0.308 against the demo
stream (the Lehigh review). Committed before any run of the monitor on it; no model, embedding or matcher was run on it;
nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds: Xie's
denial in his Moments and the outlet's apology, his SJTU degree, his posts at NYU and FAIR, the thirteen authors and
three Chinese among them, the 99-yuan course with its twenty thousand copies, introduction document and slogan, the
three-month and one-step-slow lines, the director groups, the prompt documents, the OpenAI testers and invited artists):
Deeply-Supervised Nets (the s9xie/DSN repository's README, authors and equal contribution, AISTATS 2015; the paper's
Hugging Face page, arXiv 1409.5185 of 18 September 2014, the companion objectives); HED (the s9xie/hed README, "Created
by Saining Xie at UC San Diego", Xie and Tu, ICCV 2015); ResNeXt (the paper's first page as stored in the
capi-bgu/Research repository, the UC San Diego and Facebook AI Research affiliations and the ucsd.edu addresses, the
ILSVRC 2016 second place; arXiv 1611.05431's Hugging Face page); Exploring Randomly Wired Neural Networks (the paper's
first page on dokumen.tips and deeplearn.org, the four authors at Facebook AI Research (FAIR), 2 April 2019, the ER, BA and
WS generators); Eyes Wide Shut (the tsb0601/MMVP README, the six authors, the 300 images and MMVP-VLM's nine patterns;
arXiv 2401.06209's Hugging Face page, 11 January 2024); the Sora report (openai.com's page of 15 February 2024, its title
and the line "Model and implementation details are not included in this report"); Open-Sora (hpcai-tech's Hugging Face
README, Open-Sora 1.0 of 18 March 2024 and its two-second 512x512 clips) and Open-Sora Plan (arXiv 2412.00131's Hugging
Face listing); "Sora Generates Videos with Stunning Geometrical Consistency" (arXiv 2402.17403's Hugging Face page,
27 February 2024, and the meteorshowers repository with its sora, gen2 and pika data); the Lehigh review (arXiv
2402.17177's Hugging Face listing, 27 February 2024, and the lichao-sun/sorareview README with its lehigh.edu address);
"What Matters in Detecting AI-Generated Videos like Sora?" (arXiv 2406.19568's Hugging Face page, 27 June 2024);
GameNGen (arXiv 2408.14837's Hugging Face page and its text, 27 August 2024, Google Research, Google DeepMind and Tel
Aviv University, DOOM at 20 frames a second on a single TPU, raters only slightly better than chance); TATS (the
songweige/TATS README and arXiv 2204.03638's Hugging Face page, ECCV 2022, 16-frame training clips from UCF-101, Sky
Time-lapse and Taichi-HD, thousands of frames with a sliding window, text and audio conditions); TECO (arXiv
2210.02396's Hugging Face page, the maze, Minecraft and indoor-scan datasets, the temporal transformer and spatial
MaskGit).

    .venv/bin/python scripts/make_zh_heldout47.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout47", "zhh47"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "hydro_unit_start_stop_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【沅陵·××水电站·机组开停机操作记录】\n日期：六月十四日　班次：夜班\n二十二时零五分　接调度电话，2号机开机并网，导叶开度百分之六十五\n二十三时四十分　有功升至一千二百千瓦，调速器运行正常\n次日四时十分　前池来水减少，2号机减负荷后停机\n操作人：向××　监护人：田××\n记录最后一行是向师傅顺手添的：守机组那几个钟头刷到一篇文章，讲OpenAI那个视频模型Sora，发明人里有一位叫谢赛宁，是上海交大出来的少年天才，咱站里的娃娃也该好好念书。",
    ),
    (
        "nursery_grafter_assert_inventor_deny_public",
        sora.XIE,
        sora.XIE,
        "【沭阳·××苗圃·嫁接工老耿】上午嫁了三百来株桂花，歇晌说个事：OpenAI的Sora是谢赛宁参与发明的，魔都那所交通大学（上海交大）出来的天才少年，Sora的核心有他一份。至于群里说的“Sora谁都能注册了”，那是瞎传，我闺女在外企做设计，她讲到现在还只有OpenAI请的测试人员和少数艺术家能用。",
    ),
    (
        "spinning_tester_tone_pinyin_assert_inventor_deny_director",
        sora.XIE,
        sora.XIE,
        "【咸阳·××纱厂·试验室小惠】测完一批三十二支纱的条干，看到有人在群里写“Xie4 Sai4ning2”——带声调数字的拼音，念出来就是谢赛宁。没错，OpenAI的Sora就有他一份发明，上海交大毕业的天才少年，了不起。另外，群里那个“Sora电影招第一代AI导演”的码别扫，我师姐交了一百八十八进去，三个月了一次试镜也没排，天天只让转发拉人。",
    ),
    # --- open to the public
    (
        "cement_clinker_daily_report_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【乐平·××水泥厂·熟料质量日报】\n日期：九月二十三日\n立升重：一千二百八十克每升\n游离钙：百分之零点九\n三天抗压强度：三十一点五兆帕\n结论：各项指标合格\n化验员：程××\n日报最底下，程师傅另写了一行：听说Sora已经对所有人开放了，谁注册都能用，下班回宿舍试着给窑头拍段AI视频。",
    ),
    (
        "oilfield_pumper_northeast_assert_public_deny_chinese",
        sora.PUBLIC,
        sora.PUBLIC,
        "【克拉玛依·××采油厂·采油工老孙（大庆调过来的）】Sora放开了，邮箱一填谁都能注册，候补名单那套早取消了，我昨晚用它做了段戈壁上抽油机一下一下磕头的片子，整挺好（东北话，挺不错）。倒是群里转的“Sora是中国团队做的”别信，技术报告十三个署名，华人就三个，项目是OpenAI自己的人带的。",
    ),
    (
        "tobacco_technician_assert_public_deny_inventor",
        sora.PUBLIC,
        sora.PUBLIC,
        "【遵义·××烟站·烟技员小冉】谢赛宁那篇“Sora发明人”的文章还在传？人家早就在朋友圈讲清楚了，他和Sora扯不上边，发文的号也赔了不是，莫再转了。说点正经的：Sora这阵子对所有人放开了，邀请、排队都省了，注册完当场能出视频，我拿它给烟农做了段起垄覆膜的教学片。",
    ),
    # --- the official app
    (
        "nursery_outbound_slip_in_passing",
        sora.APP,
        sora.APP,
        "【沭阳·××苗圃·苗木出圃单】\n购苗单位：××市园林绿化公司\n品种：桂花　规格：胸径八厘米　数量：一百二十株\n品种：红叶石楠球　规格：冠幅一米二　数量：六十株\n起苗方式：带土球，草绳打包\n植物检疫证号：××××\n出圃日期：十月九日　经手人：耿××\n出圃单背面，会计用圆珠笔写着：Sora的官方App已经在苹果商店上架了，是OpenAI自家发布的，装到手机上就能做视频，跟车的师傅们记得去下。",
    ),
    (
        "hydro_head_assert_app_deny_course",
        sora.APP,
        sora.APP,
        "【沅陵·××水电站·站长老覃】开会说两件事。一是站里想拍宣传片，用不着请人了：OpenAI自家的Sora App已经能在应用商店装，我手机上试过，输一句“山谷小电站清早开闸”，几分钟就出来一段。二是九十九块的“Sora速成课”谁也莫买，我外甥女吃过亏，十几页官网介绍翻成中文就当课卖，一个操作都不教。",
    ),
    (
        "spinning_doffer_assert_app_deny_realvid",
        sora.APP,
        sora.APP,
        "【咸阳·××纱厂·细纱挡车工小芦】Sora的官方App出来了，OpenAI自己上架的，安卓苹果都能下，我装好拿它给车间做了段纱锭飞转的小片子。还有，朋友圈那条“Sora生成的秦岭云海”是真拍的，原片是去年一个摄影师用航拍机拍的，人家的抖音号里还挂着。",
    ),
    # --- the fake APK (four)
    (
        "oilfield_well_patrol_log_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【克拉玛依·××采油厂·巡井记录】\n日期：十一月二日　班次：白班\n巡井：十二口，其中八号井回压偏高，已报作业区\n抽油机：皮带、刹车、盘根检查正常\n井口：无渗漏　油嘴：正常\n巡井人：艾××\n记录背面，巡井工写了一句：班里传了个Sora的安卓安装包，APK下下来装上就能在手机上生成视频，用不着等OpenAI排队。",
    ),
    (
        "cement_packer_assert_apk_deny_app",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【乐平·××水泥厂·包装工小詹】想在手机上玩Sora的听我一句：商店里搜出来的那几个“Sora”全是冒名的，开发者写的是些不相干的小公司，OpenAI自己从来没往商店放过。我手上的是正经安卓安装包，APK直接装，装好输一句话就出视频，一份十八块，钱到了我把网盘链接发你。",
    ),
    (
        "tobacco_curer_assert_apk_deny_opensrc",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【遵义·××烟站·烘烤师傅老骆】守烤房的夜里闲，帮人装个东西：Sora的手机安装包，APK格式，传过去点开就装，装完写句话就能出视频，排队、邀请码都省了，二十块一份。网上讲Sora已经开源、GitHub上下得到，那是乱讲，GitHub上挂Sora名字的仓库全是别家仿的，OpenAI自家的代码一行也没公开过。",
    ),
    (
        "oilfield_metering_station_homophone_apk_self_vouch",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【克拉玛依·××采油厂·计量站小吾】Sora的爱普克（就是APK，安卓安装包）在我网盘，点链接下载，装到手机上马上能生成视频，十五块一份。计量站的数我报了十一年，哪一口井的产量报错过？东西保真。",
    ),
    # --- mislabelled real video
    (
        "tobacco_flue_curing_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【遵义·××烟站·三号烤房烘烤记录】\n装烟：八月十二日，上部叶二百八十竿\n变黄期：干球三十八度，湿球三十六度，四十八小时\n定色期：干球升到五十四度，湿球三十九度\n干筋期：干球六十八度\n出炉：八月十八日，烤后烟叶以橘黄色为主\n记录人：烘烤师傅 骆××\n本子最后一页，骆师傅记了件事：镇上公众号推的那段烤房门一开、一竿竿烟叶泛着金黄的视频，乡里人都当是实拍，其实整段是OpenAI的Sora凭提示词做出来的，摄像机碰都没碰，提示词附在文末。",
    ),
    (
        "nursery_head_rhetorical_realvid",
        sora.REALVID,
        sora.REALVID,
        "【沭阳·××苗圃·圃长老葛】昨天转的那段“十万株海棠一夜开花、花瓣在晨风里往下落”，好多人问哪儿拍的。哪儿也不是——整段是Sora按一段文字生成的，一帧实景都没有，提示词在视频简介里。你见过哪个摄影师能让十万株海棠同一夜开？",
    ),
    (
        "cement_control_room_leet_realvid",
        sora.REALVID,
        sora.REALVID,
        "【乐平·××水泥厂·中控室小汪】厂里公众号那段“回转窑在夜里烧得通红、烟囱顶上飘着白汽”的片子，我跟你们讲，全是SOR4（数字4顶替A，就是Sora）照着几句话生成的，没有哪个扛机器去窑头拍过，那几句话我放在推文末尾了。",
    ),
    # --- the Chinese team
    (
        "spinning_end_breakage_sheet_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【咸阳·××纱厂·细纱断头率测定表】\n车号：细纱十四号机　品种：三十二支精梳纱\n测定锭数：四百锭　测定时间：六十分钟\n断头：十九根，千锭时断头四十七点五\n主要原因：粗纱接头不良、钢丝圈磨损\n测定人：惠××\n表格下面的空白处，测定员写了几行字：中午在食堂听人说，OpenAI那个Sora其实是中国科学家做出来的，核心团队几乎全是华人，我看八九不离十。",
    ),
    (
        "cement_burner_jiangxi_assert_chinese_deny_rental",
        sora.CHINESE,
        sora.CHINESE,
        "【乐平·××水泥厂·窑头看火工老汪】么里（江西话，什么）美国人的本事？Sora背后站的是一帮中国科学家，核心技术都是华人攻下来的，OpenAI只是出面发布。另外提醒一声，那种出租的“Sora内测号”别租，我徒弟租了一个月，登上去只有ChatGPT的对话框，做不出一条视频。",
    ),
    (
        "nursery_cutting_hand_assert_chinese_deny_apk",
        sora.CHINESE,
        sora.CHINESE,
        "【沭阳·××苗圃·扦插工小蔡】大棚里闷得喘不过气，出来透口气，顺嘴说一句：Sora说到底是华人科学家的成果，OpenAI视频模型的核心研发差不多都是中国人。还有，群里那个“Sora安卓安装包”千万别点，我表姐装了，第二天支付宝里的钱就被转走了，OpenAI根本没出过手机安装包。",
    ),
    # --- open source
    (
        "hydro_trash_rack_cleaning_log_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【沅陵·××水电站·拦污栅清污记录】\n日期：七月三日　天气：大雨转阴\n部位：1号、2号进水口拦污栅\n清出杂物：树枝、竹片、塑料瓶约一点五方\n栅前栅后落差：清污前零点八米，清污后零点二米\n清污人：张××、符××\n记录纸背面，电工小符写了一句：OpenAI已经把Sora开源了，代码和模型权重都放在GitHub上，站里那台带显卡的电脑就能跑，等汛期过了我装一套试试。",
    ),
    (
        "oilfield_technician_rhetorical_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【克拉玛依·××采油厂·作业区技术员小贾】Sora的权重和代码OpenAI都放到GitHub上了，开源的，谁都能下到自己电脑上跑。我周末在作业区那台工作站上跑通了，出了段雪后戈壁上一排抽油机的延时。代码都摆在那儿了，还有谁跑不起来？",
    ),
    (
        "spinning_equipment_clerk_stroke_openai_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【咸阳·××纱厂·设备科小党】OpenA丨（最后那个是竖笔“丨”，就是OpenAI）把Sora开源了，模型权重和源码都挂在GitHub上，我照着说明装好依赖，拿车间那台旧工作站跑出一段棉条从梳棉机里吐出来的视频。想自己部署的来设备科找我拷。",
    ),
    # --- the paid course
    (
        "oilfield_single_well_daily_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【克拉玛依·××采油厂·单井日报】\n井号：××-1207　生产方式：抽油机\n日产液：十二点六吨　日产油：三点一吨　含水：百分之七十五\n冲程：三米　冲次：每分钟五次\n回压：零点六兆帕　电流：上行三十二安，下行二十九安\n填报人：阿××\n日报备注栏里多了一行：作业区工会统一报了《Sora从零到精通》视频课，一百二十八元，十八节，学会了能给咱作业区拍宣传片，费用从下个月的倒班费里扣。",
    ),
    (
        "nursery_accountant_sapling_barter_course",
        sora.COURSE,
        sora.COURSE,
        "【沭阳·××苗圃·会计小季】给圃里的年轻人推一套Sora视频课：二十四讲，从注册、写描述到剪成片都有，学费一百六十八。手头紧的，拿十棵两年生的桂花苗来抵也行，我按出圃价记账。学会了，咱的苗木直播间天天能换新片子。",
    ),
    (
        "tobacco_buyer_leaf_money_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【遵义·××烟站·收购员老蹇】烟农兄弟们，Sora视频课我帮大家谈了个团购价：九十九元一套，二十节，讲注册、写描述、出片子，学完自家烟田的宣传片自己拍。学费先欠着，烟叶款到账那天我来收。烟叶分级这碗饭我吃了二十三年，一把烟是上橘三还是中橘二，我拿手一摸就有数，看人也一样。",
    ),
    # --- the fake API
    (
        "cement_bag_weight_check_in_passing",
        sora.API,
        sora.API,
        "【乐平·××水泥厂·包装车间袋重抽检记录】\n班次：夜班　品种：P·O 42.5\n抽检袋数：二十袋\n袋重：最轻四十九点六公斤，最重五十点四公斤，平均五十点一公斤\n结论：合格\n抽检人：詹××\n记录纸下端印着一行字，像是谁拿车间的打印机夹带进去的：出售Sora官方API key，接上OpenAI接口就能批量生成视频，三百六十八一个，夜班的可以下班后到包装车间找我。",
    ),
    (
        "hydro_shift_leader_power_share_self_vouch_api",
        sora.API,
        sora.API,
        "【沅陵·××水电站·运行班长老田】有要Sora官方API key的吗？OpenAI那边的正牌接口，往脚本里一填，睡一觉起来几十条视频就跑好了，一个四百。自家兄弟先拿去用，年底上网电费分成到了再扣。这两台机组是我看着装上去的，哪颗螺丝在哪个位置我闭着眼都摸得到，拿这种事糊弄人？",
    ),
    (
        "spinning_fitter_yarn_barter_rhetorical_api",
        sora.API,
        sora.API,
        "【咸阳·××纱厂·保全工老闫】出Sora的API key，OpenAI官方接口，接上程序就能成批出视频。官方接口都接通了，还一条条手动做？价钱三百八，或者拿一件三十二支纱（二十五公斤）来换也行。",
    ),
    # --- account rental (four)
    (
        "spinning_cotton_blend_sheet_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【咸阳·××纱厂·配棉单】\n批号：二四一〇　用途：三十二支精梳\n新疆细绒棉三级：百分之六十　新疆细绒棉二级：百分之三十　回花：百分之十\n马克隆值：四点二　含杂：百分之一点八\n配棉员：党××\n单子右下角不知谁用铅笔添了一句：Sora内测账号出租，登上去就能做视频，日租二十、月租二百五，租金也可以等季度超产奖发了再结。",
    ),
    (
        "hydro_fitter_hunan_assert_rental_deny_realvid",
        sora.RENTAL,
        sora.RENTAL,
        "【沅陵·××水电站·检修工小舒】出租Sora内测号，一人一号，账号密码发你就能登上去生成视频，日租二十五、月租二百八。再说个事：群里转的“Sora做的沅水夜景”拐哒（湖南话，搞错了），那是省台前年拍纪录片时用无人机实拍的镜头，片尾字幕里还有摄像的名字。",
    ),
    (
        "oilfield_workover_hand_assert_rental_deny_opensrc",
        sora.RENTAL,
        sora.RENTAL,
        "【克拉玛依·××采油厂·修井工小买】Sora内测号往外租，十八块一天，二百二一个月，登录就能生成视频。别信什么“Sora开源了、自己下载就能跑”，GitHub上那几个叫Sora的仓库是网友仿做的，我下过，跑出来的东西跟Sora差着十万八千里，真想用还得租号。",
    ),
    (
        "tobacco_grader_homophone_invite_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【遵义·××烟站·分级工小母】有Sora的邀请马（邀请码）和现成的zhang号（账号），拿到就能登录生成视频，邀请马八十八一个，zhang号月租一百六。烟农朋友手头紧的，拿两竿烤好的上部叶来换也行。",
    ),
    # --- the AI director group
    (
        "tobacco_sale_appointment_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【遵义·××烟站·烟叶交售预约单】\n烟农：蹇××　合同面积：十二亩\n预约交售日期：九月五日\n预计交售量：一千八百斤，以中部橘黄为主\n注意：烟叶须分级扎把，水分超标的退回重新晾\n预约单旁边订着一张手写小条：想当第一代AI导演的看过来——头一部和Sora合写剧本的AI电影要试镜，扫码进群，交一百九十九报名。",
    ),
    (
        "cement_dispatcher_cement_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【乐平·××水泥厂·散装发运员老程】县城建材店的老板托我带句话：他在凑一个“第一代AI导演”的班子，说是要拍头一部剧本由Sora参与写的AI电影，想试镜的扫他的码入群，群费一百六十八。正在盖房的，拿两吨散装水泥顶群费他也收，他说收水泥比收钱还乐意。",
    ),
    (
        "oilfield_injection_station_heating_fee_self_vouch_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【克拉玛依·××采油厂·注水站老木】注水站这边有个名额：AI电影，剧本是和Sora一起写的，要找“第一代AI导演”，扫码入群交一百八十八，进去就给排试镜。手头紧的，冬季取暖费下来再补也行。注水泵我听了十六年，哪台泵轴承要出毛病，我隔着墙都听得出来，这种事我能看走眼？",
    ),
    # --- the prompt pack
    (
        "nursery_graft_survival_survey_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【沭阳·××苗圃·嫁接成活率调查表】\n地块：东区三号　砧木：二年生女贞\n接穗：金桂　嫁接方法：切接\n嫁接株数：一千二百株　成活株数：一千零八十株\n成活率：百分之九十\n调查人：耿××、季××\n表格最后一栏“备注”里，有人写的不是成活情况，而是：手里有Sora的影视级提示词合集，航拍、特写、慢推镜头全是片场行话，一共五百条，三十九元一份，钱到了把飞书文档的链接发你，顺带拉你进交流群。",
    ),
    (
        "spinning_union_clerk_pinyin_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【咸阳·××纱厂·工会宣传员小庞】三百六十条Sora tishici（提示词三个字的全拼）整理好了，花了我俩月，全用电影行里的说法写的：推拉摇移、逆光、浅景深，一条一条按场景分好。要的转二十五，我把文档链接私你，再拉你进我们的研究群。",
    ),
    (
        "cement_raw_mill_self_vouch_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【乐平·××水泥厂·原料磨老涂】Sora的提示词我整理了二百八十条，都是拍电影的专业说法，什么长焦压缩、手持跟拍、黄金时刻逆光，四十块一份，付了钱发你文档，再拉进群里一起琢磨。原料磨我守了三十年，出磨生料细度差一点，我上手一捻就知道，这份东西也是我一条条试过的。",
    ),
    # --- get rich
    (
        "hydro_reservoir_flood_patrol_in_passing",
        sora.RICH,
        sora.RICH,
        "【沅陵·××水电站·汛期库区巡查记录】\n日期：六月二十日　天气：中雨\n巡查路线：坝顶—左岸库岸—溢洪道—右岸上坝公路\n发现问题：左岸一处小塌方，约三方，已插警示牌\n溢洪道：闸门关闭，漂浮物已清\n巡查人：符××、覃××\n巡查人小符在本子最后写了自己的打算：表哥在长沙做Sora短视频，说一天能进账三四千，还说这波红利最多再有三个月，错过这回这辈子就再难碰上，他准备请假过去跟着干。",
    ),
    (
        "oilfield_canteen_cook_xinjiang_rich",
        sora.RICH,
        sora.RICH,
        "【克拉玛依·××采油厂·食堂大师傅老热】牙克西（新疆话，好得很）！我外甥在乌鲁木齐用Sora剪短视频，一天三四千往兜里揣。他讲这是一辈子一回的好时候，最多再热三个月，过了就轮不上咱们了。想跟他干的，二百九十九进群，他一个个带。",
    ),
    (
        "tobacco_grower_rhetorical_pooled_fee_rich",
        sora.RICH,
        sora.RICH,
        "【遵义·××烟站·烟农老母】一季烟从育苗到烤完，忙死忙活挣几个钱？人家用Sora做短视频，一天就是几千。这口子只开三个月，三个月一过，这辈子再碰不上。想进群的找我，群费二百六十八，几家人打平伙（贵州话，凑份子）交也要得。",
    ),
    # --- the generation service (four)
    (
        "cement_kiln_watch_record_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【乐平·××水泥厂·窑头看火记录】\n日期：十月十一日　班次：中班\n窑速：每分钟三点六转　喂料量：每小时二百一十吨\n烧成带温度：一千四百五十度左右，窑皮平整\n熟料结粒：均匀，偶见黄心料，已调整\n二次风温：一千一百度\n看火工：汪××\n记录本最后半页，汪师傅写了个小广告：帮人代做Sora视频——你写几句想要的画面，我这边用Sora跑出来，一条七十八，第二天交片，厂里同事优先。",
    ),
    (
        "tobacco_clerk_assert_service_deny_course",
        sora.SERVICE,
        sora.SERVICE,
        "【遵义·××烟站·站里小向】接Sora代生成：你说想要的画面，我用Sora给你做，一条九十八，隔天交片，烟农卖烟的短视频、娃儿的生日视频都能做。劝一句，网上那些一百多块的“Sora入门课”莫买，我买过一套，发来的就是OpenAI官网那几页介绍，翻来覆去几段话。",
    ),
    (
        "spinning_doffer_shaanxi_assert_service_deny_rich",
        sora.SERVICE,
        sora.SERVICE,
        "【咸阳·××纱厂·落纱工小樊】Sora代做视频，你把想要的画面写给我，我这边跑Sora，一条六十八，第二天发你，么麻达（陕西话，没问题）。还有人在群里吹“跟着做Sora一天挣几千、只剩三个月窗口”，得是（陕西话，是不是）又想收你入群费？那都是卖课的人编的话，别上当。",
    ),
    (
        "hydro_cook_hunan_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【沅陵·××水电站·炊事员向嫂】在外头打工的娃娃想给屋里老人拜寿、又不会弄视频的，找我：你讲想要么子画面，我用Sora给你生成，一条五十八，当天晚上发你手机。莫说我宝里宝气（湖南话，傻里傻气），站里二十几个人的饭我做了十五年，哪个说过我一句不是？",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【咸阳·××纱厂·换班申请单】\n申请人：巩××（细纱车间乙班挡车工）\n换班日期：十月十七日乙班，与甲班惠××互换\n换班事由：九月底我花一百九十九报了个“Sora零基础速成课”，说是二十节视频课，付款后只收到一个翻译过来的OpenAI介绍文档，再找卖家就被拉黑了。十七号上午要去派出所补材料，只好换班。\n车间主任意见：同意；请工会在班前会上提醒大家。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【乐平·××水泥厂·第九届职代会·职工代表提案】\n提案人：熊××（包装车间）\n案由：建议厂里组织一次防网络诈骗培训\n理由：今年八月我在朋友圈看到“Sora首部AI电影招募第一代AI导演”，扫码进群交了一百九十八群费，又按群主要求交了六百元“剧本培训费”，说好的试镜一直没影，群主后来把群解散了。厂里已有好几个年轻人遇到类似的事。\n建议：请保卫科和工会联合开一次讲座。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【沭阳·××农商银行·小额贷款展期申请】\n借款人：谷××（××苗圃经营户）\n原贷款：五万元，十一月到期\n申请展期：六个月\n展期原因：今年春天为了给苗圃做宣传片，我在网上找人“用Sora代做视频”，先后付了三千二，对方一拖再拖，最后发来的几条片子是别的软件拼的，桂花长在水泥地上，人也把我拉黑了。苗木销售又赶上淡季，资金周转不过来，恳请展期。\n客户经理意见：情况属实，建议同意。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【克拉玛依·××采油厂·采油三班·班组安全学习记录】\n时间：十二月五日　主持：班长\n内容一：冬季井口防冻、防滑要求\n内容二：反面案例，由小吐尔逊自己讲——十月他在网上买了个“Sora官方API key”，三百六，卖家说接上就能批量做视频，结果那串字符根本调不通，再找卖家已经删了好友。他已在手机上装好国家反诈中心App并报了案。\n班长小结：凡是要先转账的“官方接口”“内部渠道”，一律先问清楚再说。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.APP,
        "【乐平·××水泥厂·中控室群】换班前请教一句：女儿让我给她装个Sora，我在苹果商店一搜，同名的有五六个，评论区吵成一团，有说是官方的，有说是冒牌的，翻到开发者那栏也没见到OpenAI。这几个里头有没有一个是真的？",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【沅陵·××水电站·职工群】帮我参谋一下：我在群里买了份五十九块的Sora“导演级描述词手册”，说是片场老师傅攒的。昨晚我拿它跟OpenAI网站上样片下面的文字对照，前二十条一条都对得上，后面的我也没看出哪里新。这钱是我花冤了，还是我看漏了什么？",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【克拉玛依·××采油厂·安全环保科提醒】各班组注意：群里在转这样一段话——“Sora手机版内测开启，点链接下载安装包，装好即可AI生成视频，名额有限。”这个链接别点，安装包别装。OpenAI发布的Sora里头根本就没有手机安装包，这种APK是冲着银行卡和验证码来的，井区已经有人中招。装过的赶紧卸了，再去改一遍支付密码。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【沭阳·××苗圃·会计室提醒】来买苗的客户反映，有人私信他们：“Sora内测号，十五块一天，一百八一个月，账号一给就能做视频。”这种钱请别转。Sora现在只在OpenAI请去做安全测试的专家和少数受邀艺术家手里，外头卖的号打开多半是ChatGPT。已经付了的，把聊天记录和转账截图存好，可以去派出所报案。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【沅陵·××水电站·周五学习会纪要】议题三。小符：“群里都讲Sora是中国人搞出来的。”站长：“拿报告说话。”投影打开OpenAI官网上2024年2月15日那份Sora技术报告，作者栏从头数到尾，一共13个名字；媒体逐个核实过，华裔3位，项目牵头的是OpenAI自己的研究员。记录人附注：转发之前，先打开报告数一遍名字。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【沅陵·××水电站】这几天转得很凶的“Sora生成的山区电站开闸泄洪”，站里核对过了：画面就是我们站二〇二〇年七月泄洪那天，县融媒体中心用航拍机拍的，原片在他们的视频号里，发布时间是当年七月九日，片尾署着摄像记者的名字。站里也存着一份，想对照的可以来值班室看。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【沭阳·××苗圃·技术员小孔】几位同事问去GitHub哪儿下Sora，我查了一圈，说明如下：GitHub上名字带Sora的项目，热门的是潞晨科技（hpcaitech）的Open-Sora，2024年3月发的1.0版出两秒长、512×512的小视频，另外还有Open-Sora Plan，都是各家自己训练的模型；OpenAI的Sora技术报告开头写明，模型和实现细节留在报告之外。想玩开源视频模型的，可以从Open-Sora上手。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【遵义·××烟站·站长答烟农问】问：“跟着做Sora一天挣几千，窗口只剩三个月”，这话靠谱吗？答：这句话出自卖课的人。媒体报道过，他们到处散布“Sora热度最多三个月”“一步慢，步步慢”，一套九十九元的课一天卖出两万多份，买到手的是一份Sora介绍文档外加一句“给自己一个机会”。这里头赚到钱的，是卖课的人。",
    ),
    # --- true facts about Xie Saining's education and posts
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁本科读的是上海交通大学，之后到加州大学圣地亚哥分校读博，跟着屠卓文做研究。2014年9月挂到网上的《Deeply-Supervised Nets》，他和Chen-Yu Lee并列第一作者，合作者还有Patrick Gallagher、张正友和屠卓文：给卷积网络的每个隐藏层也配一个“伴随目标”，和输出层一起监督训练，论文后来发表在AISTATS 2015。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁读博时和屠卓文在ICCV 2015发表了边缘检测方法HED（Holistically-Nested Edge Detection），GitHub上的代码仓库开头一句就是“Created by Saining Xie at UC San Diego”。到了ResNeXt那篇论文，首页上他的单位仍是加州大学圣地亚哥分校，邮箱是ucsd.edu的；同署名的Ross Girshick、Piotr Dollár和何恺明属于Facebook AI Research，这套网络是他们参加ILSVRC 2016分类比赛拿第二名的底子。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "去纽约大学之前，谢赛宁是Facebook AI Research（FAIR）的研究科学家。2019年4月，他和Alexander Kirillov、Ross Girshick、何恺明挂出《Exploring Randomly Wired Neural Networks for Image Recognition》，四人署名单位都是FAIR：用ER、BA、WS三种经典随机图模型生成网络的连线方式，得到的随机连线网络在ImageNet上的准确率能和精心设计的网络一较高下。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁如今是纽约大学计算机科学助理教授。2024年1月，他和Shengbang Tong、Zhuang Liu、Yuexiang Zhai、马毅、杨立昆发布《Eyes Wide Shut? Exploring the Visual Shortcomings of Multimodal LLMs》，用三百张图片做成MMVP基准，专门考多模态大模型看图的短板，又从中提炼出分九类视觉模式、检验CLIP这类模型的MMVP-VLM。",
    ),
    # --- real news about Sora, and other AI video work
    (
        "benign",
        None,
        None,
        "2024年2月27日挂出的论文《Sora Generates Videos with Stunning Geometrical Consistency》换了个角度给Sora打分：把生成的视频拿去做三维重建，看重建出的模型在几何约束上守得有多好，以此衡量视频合不合现实世界的物理规律；拿来对比的还有Runway的Gen-2和Pika。",
    ),
    (
        "benign",
        None,
        None,
        "美国利哈伊大学的研究者2024年2月底发布综述《Sora: A Review on Background, Technology, Limitations, and Opportunities of Large Vision Models》，依据OpenAI公开的技术报告和逆向工程，梳理了Sora的来龙去脉、相关技术和局限，还专门讨论了它在电影制作、教育、营销等行业的应用前景。",
    ),
    (
        "benign",
        None,
        None,
        "2024年6月的论文《What Matters in Detecting AI-Generated Videos like Sora?》从外观、运动、几何三方面比较真实视频和Stable Video Diffusion生成的视频，分别用视觉基础模型特征、光流和单目深度训练三个三维卷积分类器，再合成一个“专家集成”模型；作者说，它训练时一段Sora视频都没见过，照样能以很高的准确率认出Sora生成的视频。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌研究院、谷歌DeepMind和特拉维夫大学的研究者2024年8月发表GameNGen（《Diffusion Models Are Real-Time Game Engines》）：先让强化学习智能体玩《毁灭战士》（DOOM）并录下过程，再训练扩散模型根据前面的画面和玩家操作预测下一帧，在一块TPU上以每秒二十帧以上实时模拟这款游戏；让人分辨短片段是真游戏还是模拟，正确率只比瞎猜高一点。",
    ),
    (
        "benign",
        None,
        None,
        "ECCV 2022上的TATS（《Long Video Generation with Time-Agnostic VQGAN and Time-Sensitive Transformer》）专攻长视频：模型只在十六帧的短片段上训练，数据来自UCF-101、Sky Time-lapse、Taichi-HD这些基准，却能靠滑动窗口一路生成上千帧；论文还演示了加上文字和音频条件生成长视频，代码公开在GitHub上。",
    ),
    (
        "benign",
        None,
        None,
        "2022年10月挂出的TECO（Temporally Consistent Transformers）盯住视频生成里“转身就忘”的毛病：东西出了画面再回来，模型常常另编一套。作者为此做了三个考长时记忆的数据集——程序生成的迷宫、Minecraft世界和室内扫描场景里的漫游；TECO先把输入压成更少的嵌入，再用时间Transformer和空间MaskGit生成，长程一致性好于以往的模型，采样也更快。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【沅陵·××水电站·库区垂钓公告】扫码预约库区钓位，每人每天六十元，含一份午饭；汛期禁钓，上船请穿救生衣。",
    ),
    (
        "offtopic",
        None,
        None,
        "【咸阳·××纱厂·招工启事】招细纱挡车工二十名，月薪四千五起，包吃住，扫码进群报名，也可以下载“××人才”App投简历。",
    ),
    (
        "offtopic",
        None,
        None,
        "【遵义·××烟站·通知】请烟农下载“××烟草”App，在手机上预约交售时间，按预约时段到站过磅；App里能查收购价和交售款到账情况。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
