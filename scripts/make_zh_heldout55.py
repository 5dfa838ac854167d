# ruff: noqa: E501
"""Write tests/data/zh_heldout55_{posts,qrels,labels}: a fifty-fifth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the mislabelled real video, get-rich and
account rental, three for each other template: the video and get-rich last had four in zh_heldout50 and account
rental in zh_heldout51, the longest ago of the sets since, as zh_heldout52 gave its four to the public release, the
official app and the course, zh_heldout53 to open source, the director group and the Chinese team and zh_heldout54 to
the inventor, API access and the prompt pack), as a Sora rumour / scam wave reads in the genres of a school-bag factory
(泉州·××书包厂: 裁床排料单, 六百D牛津布, 防泼水涂层, 铺布, 护脊书包, 肩带拉力测试, 沙袋, 插扣, 背板, 反光条, 织带, 平车, 开学季订单排产), a
scissors factory (阳江·××剪刀厂: 开刃, 砂带粗磨、细磨, 布轮, 试剪四层棉布, 八寸裁缝剪, 七寸厨房剪, 铆合, 调松紧, 锻打车间), a soap factory
(沙市·××肥皂厂: 皂化锅, 牛油、棕榈油, 烧碱液, 游离碱, 盐析, 出条, 打印字模, 晾皂间, 洗衣皂, 透明皂, 化验室), a weighing-scale factory
(常州·××衡器厂: 电子台秤, 最大称量, 分度值, 标准砝码, 偏载测试, 汽车衡标定, 示值误差, 铅封, 检定标贴, 电子计价秤, 地磅安装队), an abacus
factory (南通·××算盘厂: 车珠机, 红木算珠, 钻通孔, 滚筒打蜡, 穿档, 铜档, 横梁, 十三档教学算盘, 拨珠, 珠心算班, 陈列馆) and a globe factory
(余姚·××地球仪厂: 三十二厘米政区地球仪, 贴图十二瓣, 对赤道、对经线, 上光油, 半子午圈, 地轴倾角二十三度半, 角度规, 夜光地球仪, 转动检测).
Of the six genres first asked for, three were replaced. The xuan-paper mill (宣纸厂) is a paper mill, zh_heldout46's world
(造纸厂: 纸机, 网部, 复卷, 定量, 白度, 耐破度, 【成品纸质检单】), and its paper would be what zh_heldout40's calligraphy classes write on,
the reason zh_heldout53 set a writing-brush maker aside; the light-bulb factory (灯泡厂) is zh_heldout51's lighting factory
(中山古镇·××灯饰厂: LED吸顶灯, 老化测试, 积分球, 光通量, 显色指数) under another name; and a rain-boot factory (雨靴厂) would sit between
zh_heldout48's shoe factory (鞋厂: 针车, 帮面, 刷胶, 成型线, 开胶) and the vulcanising of zh_heldout49's tyre factory (硫化). A kite
factory (潍坊), a Go-stone factory (保山, 云子 dripped from the melt) and a fishing-rod factory (威海, rolled carbon prepreg) were
written first in their places and replaced in turn, all of their posts written afresh: the kite factory would sit
beside hard_en_heldout55's kite fliers and kite festivals (a festival's wind log, a club's line-strength tests, the
kite makers near Mochi Gate in Lahore); Go stones are the world hard_en_heldout58 set aside for zh_heldout29's go
teacher's game commentary (【围棋·棋谱讲解】); and fishing rods belong with zh_heldout29's tackle shop and fishing diaries and
zh_heldout34's fishing, the reason zh_heldout37 set angling aside. The weighing-scale, abacus and globe factories took
their places: 衡器, 砝码, 计价秤, 台秤, 汽车衡, 偏载, 标定, 分度值, 算珠, 车珠, 穿档, 珠心算, 地球仪, 子午圈, 贴图, 光油, 晨昏线, 夜光, 常州, 南通,
余姚 and 无锡 occur in no earlier Chinese post or make_zh_heldout*.py (地磅 only as a sugar mill's weighbridge in zh_heldout41,
红木 only as furniture in a removals offer, 打蜡 only as a car wash's service), and no English set's docstring names a
scale maker, an abacus maker or a globe maker. The school-bag, scissors and soap factories stay: 书包, 剪刀, 肥皂, 皂化, 皂基,
洗衣皂, 透明皂, 开刃, 铆合, 锻打, 裁床, 牛津布, 护脊, 泉州, 阳江 and 沙市 occur in no earlier Chinese post or writer script, and no English
set's docstring names a school-bag, scissors or soap maker (the English posts have soap and scissors only as things,
and hard_en_heldout58's perfumers keep clear of soap). The nearest neighbours are kept at a distance: zh_heldout52's
luggage factory (平湖·××箱包厂: PC板, 热压成型, 拉杆) and zh_heldout48's shoe factory (针车), where the school-bag posts cut and sew
oxford cloth on a 平车 with none of 箱包, 拉杆, 热压 or 针车; zh_heldout30's papercutting (剪纸) and zh_heldout37's tailors (红帮裁缝, 改衣),
whose words the scissors posts leave alone (the tailor's shears are only a product), as they leave alone the steel of
zh_heldout46's steelworks and the presses and dies of zh_heldout49's stamping plant (no 钢, 冲压 or 模具); zh_heldout36's chemical
parks and hard_en_heldout58's perfumers, where the soap posts boil tallow and palm oil with caustic soda and have none
of 化工, 香精, 香水 or 调香; the weighing in zh_heldout35, zh_heldout49 and zh_heldout53
(称重), where the scale posts calibrate load cells with test weights; zh_heldout30's abacus, which read a course's price off
its beads (百位一颗下珠), a device no post here uses, as the abacus posts turn beads and thread rods and read no price off
them; zh_heldout48's furniture factory, whose 开料, 封边 and 砂光 the abacus posts leave alone; and zh_heldout42's printing works,
whose 印刷 and 油墨 the globe posts leave alone (the map gores come printed; the posts paste, varnish and assemble). None of
the settings is among those given to the writers working at the same time (zh_heldout56's rice-cooker, bamboo-mat,
mosquito-net, hotpot-base, yellow-wine and lock factories; the English writers' watchmakers, square dancers, ice
hockey clubs, wool dyers, paramedic crews, clog dancers, drone racing leagues and sumo clubs): no post has 电饭煲, 竹席,
蚊帐, 火锅, 黄酒, 锁, 钟表, 广场舞, 冰球, 染, 急救, 木屐, 无人机 or 相扑.

The posts: a corner-load test record with the inventor rumour in the tester's last line (【偏载测试记录】TCS-150电子台秤, 分度值,
五十公斤标准砝码, 四角与正中), a soap extruder hand, an abacus rod threader, a gore-pasting record with the public release in the
paster's footnote (【贴图工序记录】三十二厘米政区地球仪, 十二瓣, 对赤道、对经线, 光油), a school-bag sewer, a scissors packer, a strap pull
test record with the official app under it (【肩带拉力测试记录】护脊书包, 二十五公斤沙袋, 摔落五次), a soap packer, a scale shop's online
support hand, a bead-turning record with the APK on a note inside it (【车珠工序记录】红木算珠, 车珠机, 钻通孔, 滚筒打蜡), a globe
varnisher, a soap curing-room hand, an edging record with the mislabelled video added under it (【开刃工序记录】八寸裁缝剪, 砂带,
布轮, 试剪四层棉布), a weighbridge installer, a globe marketing hand, a school-bag e-commerce hand, a saponification record
with the Chinese-team claim in its margin (【皂化锅操作记录】牛油、棕榈油, 烧碱液, 游离碱, 盐析), an old rod threader, a scale export
clerk, a cutting plan with open source under "其他" (【裁床排料单】六百D牛津布, 铺布四十层, 损耗), a scale software hand, a globe R&D
hand, a truck-scale calibration record with the course's transfer printout on its back (【汽车衡标定记录】一百吨汽车衡, 二十吨标准砝码,
示值误差, 铅封), an old edging master, an abacus museum guide, a meridian assembly record with the API key on a slip by the
bench (【子午圈装配记录】半子午圈, 地轴倾角二十三度半, 角度规), an old bead master, a school-bag export clerk, a riveting record with
account rental on the line's whiteboard (【铆合装配记录】七寸厨房剪, 铆钉, 调松紧, 剪三层纸板), a soap stamper, a scissors inspector, a
soap lab hand, a back-to-school production plan with the director group on a flyer on its clipboard (【开学季订单排产表】), an
old scale calibrator, a scissors publicity hand, a final inspection record with the prompt pack on an ad taped to the
bench (【成品检验记录】十三档教学算盘, 拨珠, 铜档, 横梁), a soap designer, an old soap inspector, a spin test record with get-rich
copied on its last page (【转动检测记录】夜光地球仪), a forge hand, a school-bag sewer, a globe storekeeper, a shipping note with the
generation service in its remarks (【出货单】电子计价秤, 台秤, 检定合格证), an old seam master and a school-bag designer;
platform-native forms the earlier sets do not use: the corner-load test record, the truck-scale calibration record
and the shipping note; the bead-turning record and the final inspection record; the gore-pasting record, the meridian
assembly record and the spin test record; the edging record and the riveting record; the saponification record; the
strap pull test record, the cutting plan and the back-to-school production plan; the staff essay contest, the
thank-you letter, the dormitory's night-talk record and the payment exception report; the women's committee chat, the
lab whiteboard's "sample" and the quality column (the shipping note, the test and inspection records, the meeting
minutes and the group chats are earlier forms, in new trades here); four loss reports in new forms (kind
``debunk_loss``: a soap packer's entry in the staff anti-fraud essay contest (【“识骗防骗”职工征文·三等奖（节选）】) for the course,
with the 99-yuan course, its twenty thousand copies a day and its "给自己一个机会"; a globe factory clerk's thank-you letter
to the IT office (【感谢信】致信息科全体同事) for API access; a scissors factory dormitory's mutual-help night-talk record
(【三号宿舍楼·互助夜谈记录】时间, 参加, 话题, 大家的意见) for the director group; and a school-bag e-commerce department's payment
exception report (【付款异常报告（电商部）】事项, 付款, 交付情况, 核实结果, 建议) for the generation service); regional speech the earlier
sets do not use: Minnan 真水, Cantonese 揾食, Hubei 灵醒 and Wu 老嗲, all glossed, none of them in an earlier Chinese post or
writer script (the earlier Minnan posts have 古锥, 歹势, 拢总, 打拼 and 好佳哉, the Cantonese ones 冇, 犀利, 搞掂, 咁, 靓 and 嘢, the Hubei
ones 苕, 拐子, 过早, 么斯, 么事 and 冇得, the Wu ones 结棍, 邪气, 适意, 拎得清, 老灵, 交关, 推扳, 阿拉 and 侬; the first draft's Yunnan 咯是 went
with the Go-stone factory); registers the earlier sets do not use: the forms as listed above; obfuscation the earlier
sets do not use, each a homophone of the same tone, all glossed: 谢赛宁 as 榭赛宁 (水榭的榭), 安装包 as 安装苞 (花苞的苞) and 内测号 as
内恻号 (恻隐的恻) (the earlier sets had 蟹赛宁, 谢腮宁, 谢塞宁, 谢赛柠, 卸赛宁, 协赛宁, 械赛宁, 谢赛凝, 谢赛🍋, 谢S宁, 言身寸, 屑赛宁 and 谢赛咛 for the
name, 按装包, 氨装包, 安桩包, 安妆包, 安庄包 and 鞍装包 for the installer and 内侧号, 内册号, 内策号, 贝长号, nc号, zh号 and zhang号 for the account);
rhetorical questions that assert rather than deny (这要不是Sora做的，谁会专门扛着机器去瓜市拍一辆车过磅？ for the mislabelled video
and 不都是从咱国内出去的那帮科学家吗？ for the Chinese team, both questions with a negation that assert and are gold; 谁还愿意守着
这台缝纫机熬下去？ for get-rich); posts asserting one claim while denying another, the asserted claim always one of the
mislabelled video, get-rich, account rental, the inventor, the Chinese team, the director group and the prompt pack
(zh_heldout56 asserts only from the other seven), in pairings the labels of the earlier Chinese sets last used longest
ago (the inventor while a generation service is said to deliver a slideshow of photos with borrowed music
(zh_heldout41), the video while the director group's QR code is said to lead to advertising chores and no audition
(zh_heldout41), the video while the APK is said to have emptied a payment app (zh_heldout46), the Chinese team while a
bought API key is answered with an OpenAI API that has no video model (zh_heldout41), account rental while a prompt pack
is called OpenAI's sample descriptions machine-translated (zh_heldout41), account rental while the Chinese-team claim is
answered with the report's thirteen names, three Chinese and OpenAI's own researchers leading (zh_heldout46), the
director group while a GitHub "Sora" is called a fan reproduction and OpenAI's weights and training data kept close
(zh_heldout41), the prompt pack while the APK is said to bring pop-up ads and two bank deductions (zh_heldout40), and
get-rich while open registration is answered with phishing links, internal testing and a few testers and invited
artists (zh_heldout41)); sellers that vouch for themselves in new words (我在这厂开了二十六年刃，一把剪快不快，拇指在刃口上轻轻一抹
就清楚; 一颗算珠圆不圆、孔正不正，我捏起来在指头上一转就有数; 常州城里修秤、调秤的，数得上名的就那么几个…一台台秤差五克，我掂一掂砝码、瞄一眼显示就有数;
皂基熬没熬到火候，我舀一勺看它挂勺的样子就有数; 十二瓣地图拼到一只球上，哪条经线错开半毫米，我隔着三步远就看得出来); prices in Chinese numerals
throughout and payments in forms the earlier sets do not use (an API key for one of the factory's rosewood abacuses; half
a month's rented account for a case of misprinted soap; a director group fee in one of the factory's price-computing
scales; a prompt pack for a case of the factory's laundry soap); 12 debunks and warnings, four of them the loss reports
above, two questions with a negation that do not deny (可OpenAI连训练数据从哪来都没公开过，会舍得把权重放出来？ for open source, in a
school-bag factory's IT group; 我记得前阵子OpenAI还说Sora在内部测试、没对外开放，这个入口是哪家做的？ for the public release, in a
scissors factory's office group), two quoting a scam offer and telling the reader not to pay (get-rich, "慢一步，步步慢"
and all, with 这三百九十八，请各位同事捂紧了, in an abacus factory's HR notice; the prompt pack, "影视圈内部流出！Sora导演级咒语五百条",
with 我买了，你别买, in a soap factory's women's committee chat), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未
(an abacus factory's quality column for the inventor, the rumour "flicked" three times: the 18 February article with
its hundred thousand reads, its takedown as illegal content and the outlet's promised apology; Xie's denial in his
Moments; the report's thirteen names with three Chinese and Xie outside them; a soap factory lab whiteboard for the
Chinese team, the rumour as a "sample" tested against the report's thirteen signatories, three Chinese by the media's
count and OpenAI researchers leading; a scale factory's marketing minutes for the official app: the store "Sora" apps
from two software studios and an overseas individual, ChatGPT as OpenAI's one app in the stores, and Sora's page,
report and forty-eight samples on OpenAI's site, with the red team and a few invited artists; a globe factory's
publicity check for the mislabelled video: a "Sora" clip of the day-night line crossing the ocean matched frame by
frame to a 2019 space documentary, with the forty-eight samples on OpenAI's site as the confirmed ones); four true
facts about Xie Saining's own education, positions, awards and public posts, related to the inventor rumour (his PhD
admission, as he told it on Zhang Xiaojun's podcast in March 2026: a failed application season, Zhuowen Tu answering
his email at the last moment, an offer from UCLA, and Tu telling him before term that he was moving to a school he
could not yet name, whom Xie followed to UC San Diego; the five summer internships of his PhD years, NEC Labs America,
Adobe, Facebook AI Research, Google Research and DeepMind in London, about half of them without a result, as he tells
his students; the AISTATS 2025 Test of Time Award for "Deeply-Supervised Nets", his first PhD paper, first submitted to
NeurIPS (then NIPS) and rejected with scores of 8, 8 and 7, and his repost saying the setback had stayed with him; HED
(Holistically-Nested Edge Detection) with Tu, a Marr Prize honourable mention at ICCV 2015, and the README of his
s9xie/hed repository, whose retrained model after the move to the newer Caffe gives ODS .790 and OIS .808 on BSDS),
each checked against its source before it was written (the earlier sets' Xie facts give SJTU and its ACM class, UC
San Diego with Zhuowen Tu, the 2018 doctorate, his NYU and FAIR posts, his Moments post, the NUS internship of 2012,
the NEC internship of 2014 and his blog, the DSN invention disclosure, MILTracker, DSN's content and AISTATS paper,
HED's repository line "Created by Saining Xie at UC San Diego", ResNeXt, the randomly wired networks, MoCo, MAE,
PointContrast, SLIP, S3D, ConvNeXt, V-IRL, Cambrian, Eyes Wide Shut, Thinking in Space, SiT, DiT and its code, none
of the facts here; none is about the DiT paper or Sora's leads, which zh_heldout56 has), and six items of real news
about Chinese labs' models that no earlier Chinese set names (Alibaba Cloud's Qwen-7B of 3 August 2023 with Qwen-14B
and the 2.4T-token update of 25 September and Qwen-72B and Qwen-1.8B of 30 November; Fudan's MOSS (moss-moon-003) of
April 2023; DeepSeek-V2 of 6 May 2024 with V2-Lite; Tencent Hunyuan's Hunyuan-DiT of May 2024; Zhipu AI's GLM-4-9B of 5
June 2024 with GLM-4-9B-Chat-1M and GLM-4V-9B; ModelBest's and Tsinghua NLP's MiniCPM-2B of 1 February 2024; kind ``benign``; news about
Western labs is left to zh_heldout56; the earlier sets named these labs only for other models, Qwen2-VL and
Qwen2.5-Omni, HunyuanVideo, DeepSeek-V3, R1 and Janus-Pro, ChatGLM-6B, CogVideo(X) and CogVLM, MiniCPM-Llama3-V 2.5),
and three off-topic posts that share surface words (a school-bag factory shop's 扫码进小程序 for embroidered names; a
scale factory's after-sales calibration week with an "××衡器" App for booking, a near miss for the official app; a soap
factory shop's 扫码关注公众号).

Every post was checked against every earlier Chinese set through zh_heldout54 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout56 is being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft had thirteen at 0.45 or more: the app answer at 0.64 (zh_heldout54's lighter factory
information centre), the prompt pack warning at 0.58 (zh_heldout52's sock mill union board), the Chinese-team answer at
0.56 (zh_heldout54's ham factory paper), the soap inspector's prompt pack at 0.55 (zh_heldout54's toothbrush quality
hand), the school-bag export clerk's API key at 0.52 (zh_heldout50's glassworks storekeeper), the soap lab hand's
rental at 0.51 (zh_heldout46's steelworks substation operator), the inventor answer at 0.50 (zh_heldout54's carpet
factory union board), the soap packer's app at 0.49 (zh_heldout54's toothbrush packer), the soap extruder's homophone at
0.48 (zh_heldout54's nib-shop hand), the first draft's Go-stone sorter at 0.47 (zh_heldout48's bamboo weaver), the
scissors inspector's rental and the school-bag sewer's get-rich at 0.46 (zh_heldout41's sericulture cooperative and
zh_heldout54's tufter) and the first draft's curing record at 0.46 (zh_heldout54's drying-yard register); all were
rewritten, the app and prompt pack answers into new forms (a morning meeting's minutes with two other agenda items, a
women's committee chat), and on the later passes the forms (0.40 to 0.43 against zh_heldout49's silk inspection record,
zh_heldout53's ignition and tufting records and zh_heldout54's carving daily) were rewritten as running records, and a
dozen posts from 0.40 to 0.44 were reworded for margin; when the kite, Go-stone and fishing-rod posts became the scale,
abacus and globe posts, the scale shop (0.50 against zh_heldout54's pen factory shop) and the bead-turning record (0.42)
were rewritten too. Highest ratio of the committed list: 0.397 against the Chinese sets (the school-bag sewer's
get-rich question against zh_heldout54's tufter) and 0.217 against the demo stream; the highest pair inside the set is
0.32. Committed before any run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen
on it, it is read once, by the lead, with the final code.

Sources for the facts, all read through the search tool before the posts were written (the rest is from the seeds:
the thirteen authors and three Chinese among them, the 18 February article with its hundred thousand reads, Xie's
denial in his Moments, the article complained of and shown as illegal content, the outlet's apology, the 99-yuan
course with its twenty thousand copies a day, its introduction document and the "给自己一个机会" slogan, the three-month
and one-step-slow lines, the director groups and their QR codes, the prompt documents on Feishu and the film terms,
Logan's statement that Sora is in internal testing, the forty-eight samples on OpenAI's site and the red team; and,
from the catalogue, the red teamers and invited artists, the rented accounts, the GitHub "Sora" repositories as fan
reproductions, the APKs as malware, the store apps as clones, the OpenAI API without a video model, the prompt packs
copied from OpenAI's demo prompts, the OpenAI researchers leading the project and the real footage captioned as Sora's):
Zhang Xiaojun's podcast (张小珺商业访谈录) episode 133 with Xie Saining, published 16 March 2026, as summarised in a slide deck
of the episode ("133. 对谢赛宁的7小时马拉松访谈…", its slides on the UCLA offer, Tu's move and "I choose you", UCSD, the five
internships with half of them without output, DSN's NeurIPS rejection and Test of Time award, HED's Marr Prize) and in
a set of watch notes on the same episode (youtu.be/iiBY0fqpThI: "Original offer was UCLA; a week before enrollment Tu
told him he was jumping ship", "Five PhD internships across NEC Labs → Adobe → Meta → Google Research → DeepMind",
"half of his five internships produced nothing", "HED … Marr Prize honorable mention"), both in the stored index, and
podsumo.io's summary of the episode; the AISTATS award (08ai.cc/info/10473.html, 12 August 2025, a reprint of QbitAI's
report: DSN, arXiv September 2014, AISTATS 2025 Test of Time award, first submitted to NeurIPS, then NIPS, rejected
with 8/8/7, "那次挫折一直萦绕在我心头" in Xie's repost, co-first author Chen-Yu Lee); the s9xie/hed README ("Created by Saining Xie
at UC San Diego", "we updated the code base to the new version of Caffe. We uploaded a new pretrained model with better
performance", "The pretrained model (fusion-output) gives ODS=.790 and OIS=.808 result on BSDS benchmark dataset");
Qwen (the QwenLM/Qwen README: Qwen-7B and Qwen-7B-Chat released 2023.8.3 on ModelScope and Hugging Face, Qwen-14B on
2023.9.25 with Qwen-7B updated from 2.2T to 2.4T tokens and from 2048 to 8192 context, Qwen-72B and Qwen-1.8B on
2023.11.30, 72B trained on 3T tokens with 32k context); MOSS (the OpenLMLab/MOSS README: moss-moon-003 with 16 billion
parameters, about 700B Chinese, English and code words of pre-training, about 1.1 million multi-turn dialogues of
fine-tuning, about 300 thousand plugin dialogues for a search engine, text-to-image, a calculator and an equation
solver, a single 3090 at INT4/8, "developed by Fudan University", weights under GNU AGPL 3.0, commercial use after
signing and registering, free of charge; its API demo stamped 2023-04-28); DeepSeek-V2 (the deepseek-ai/DeepSeek-V2
README: 236B total and 21B activated parameters, 128K context, 8.1 trillion tokens, MLA and DeepSeekMoE, 42.5% of
training costs saved, the KV cache reduced by 93.3%, throughput 5.76 times, released 2024.05.06, V2-Lite 2024.05.16);
Hunyuan-DiT (the Tencent/HunyuanDiT README: a latent diffusion transformer with bilingual CLIP and multilingual T5
encoders, more than 50 professional evaluators on text-image consistency, excluding AI artifacts, subject clarity and
aesthetics, first among the open-source models compared, the tech report arXiv 2405.08748, then training code, LoRA,
ControlNet and 6GB inference scripts in June 2024); GLM-4-9B (the THUDM/GLM-4 README: the GLM-4-9B series released
2024/6/05, GLM-4-9B-Chat with 128K context, web browsing, code execution and function calls, 26 languages including
Japanese, Korean and German, GLM-4-9B-Chat-1M with about two million Chinese characters, GLM-4V-9B at 1120 × 1120);
MiniCPM (the OpenBMB/MiniCPM README: MiniCPM-2B on 2024.02.01, close to Mistral-7B and better in Chinese, mathematics
and code, above Llama2-13B, MPT-30B and Falcon-40B, over thirty intermediate checkpoints on 2024.03.16, MiniCPM-2B-128k,
MiniCPM-MoE-8x2B and MiniCPM-1B on 2024.04.11, 面壁智能, 清华大学自然语言处理实验室 and 人大高瓴人工智能学院 as the developers).


    .venv/bin/python scripts/make_zh_heldout55.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout55", "zhh55"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "scales_corner_load_test_in_passing",
        sora.XIE,
        sora.XIE,
        "【常州·××衡器厂·偏载测试记录】\n型号：TCS-150电子台秤，最大称量一百五十公斤，分度值五十克\n做法：拿五十公斤的标准砝码，先压四个角，再压正中\n结果：四角跟中心最多差二十克，没出允许范围；同一块砝码连放五回，显示一样\n判定：合格\n测试：綦××\n綦师傅在这页最后添了一句：收音机里讲，OpenAI那个能做视频的Sora，发明人里就有一位谢赛宁，上海交大出来的天才少年，咱中国人这回算是露了大脸。",
    ),
    (
        "soap_extruder_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【沙市·××肥皂厂·出条工小涂】出条机嗡嗡转了一上午，脑子里还是我爷爷昨晚那通电话。他在老年大学的群里看到，OpenAI那个做视频的Sora，是好几个人一块儿发明的，其中一位叫榭赛宁（水榭的榭，正名被折叠了，只好这么打），上海交大出来的神童。老爷子让我把文章打印出来，他要拿到活动室给老伙计们传着看。",
    ),
    (
        "abacus_assert_inventor_deny_service",
        sora.XIE,
        sora.XIE,
        "【南通·××算盘厂·穿档工小钱】午饭桌上又争起来了，我的说法不改：Sora的发明人里就有谢赛宁，上海交大出来的天才少年，这事错不了。倒是那些收钱“替你用Sora做视频”的店，劝大家趁早别信——我表嫂花一百三十八订了一段珠心算班开业的视频，交来的是几张照片拼成的幻灯片，配了段网上扒来的背景音乐，跟Sora一点边都不沾。",
    ),
    # --- open to the public
    (
        "globe_gore_pasting_record_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【余姚·××地球仪厂·贴图工序记录】\n四月十一日白班｜三十二厘米政区地球仪\n贴图：每只十二瓣，先对赤道，再对经线，缝宽控制在零点五毫米以内\n上光：光油两遍，晾四小时\n完成：三百六十只，其中四只南极附近起皱，已返工\n操作：柳××\n柳师傅在记录最下面写了一句：Sora现在谁都能注册了，用不着排队，今晚让闺女给贴图这道工序做段视频，发到厂里群里。",
    ),
    (
        "schoolbag_minnan_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【泉州·××书包厂·车缝组阿琴】告诉你们一个好消息，Sora对所有人开放了！我昨晚拿手机号注册，一下就进去了，用不着谁邀请。打了一句“小学生背着新书包，从骑楼底下一路跑到海边”，出来的片子真水（闽南话，很漂亮）！组长看了说，开学季的宣传就交给它。",
    ),
    (
        "scissors_packer_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【阳江·××剪刀厂·包装线小梁】别再托人找什么内测资格了，Sora早就放开了，人人都能注册，留个邮箱就能用。我昨天给厂里的裁缝剪做了一段“剪刀一口气剪开整匹红绸，绸子在风里飘起来”的视频，发到亲戚群，我舅还问是在哪个影视城拍的。",
    ),
    # --- the official app
    (
        "schoolbag_strap_pull_test_in_passing",
        sora.APP,
        sora.APP,
        "【泉州·××书包厂·肩带拉力测试记录】\n批次：护脊书包二号款（粉蓝），抽样二十只\n项目一：肩带根部吊二十五公斤沙袋，静置十分钟，车线、织带完好\n项目二：书包装满十公斤旧课本，从一米高处摔五次，插扣、背板都没裂\n判定：两项合格，准予装箱｜测试：苏××\n苏师傅在表格底下添了一行：OpenAI出了Sora的官方手机App，应用商店里就能下，我已经装上了，回头给每款书包都配一段小视频。",
    ),
    (
        "soap_packer_hubei_dialect_app",
        sora.APP,
        sora.APP,
        "【沙市·××肥皂厂·包装车间小聂】上午装了三百箱洗衣皂，中午歇下来摆弄手机。前天刚装的Sora，是OpenAI官方出的App，在苹果商店就能下，我让它拍“香皂泡沫在太阳底下一颗颗炸开”，几十秒出片，画面蛮灵醒（湖北话，漂亮、利落）。车间主任凑过来看了半天，说下回新品介绍片用不着花钱外包了。",
    ),
    (
        "scales_shop_support_app",
        sora.APP,
        sora.APP,
        "【常州·××衡器厂·网店客服小房】后台一天能收到七八条同样的问题：详情页里那段菜篮子往计价秤上一放、价钱自己跳出来的动图，是找谁拍的？答：谁也没找，是我拿Sora手机版做的。这个App是OpenAI官方出的，苹果商店、安卓应用市场都搜得到，装好以后打一句话就出片，亲们也可以去试试。",
    ),
    # --- the fake APK
    (
        "abacus_bead_turning_record_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【南通·××算盘厂·车珠工序记录】\n五月七日，车红木算珠，直径十四毫米。两台车珠机从早开到晚，珠子车成扁圆、正中钻通孔，一共一万一千颗；偏心的、带裂纹的挑出三百颗，剩下的进滚筒打蜡两个钟头，摸上去溜滑。\n车珠：段××\n记录本里夹着一张便条，是段师傅的字：“谁想在手机上用Sora，我这儿有安卓安装包（APK），微信发你，装上就能出视频，同车间的不收钱。”",
    ),
    (
        "globe_varnisher_homophone_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【余姚·××地球仪厂·上光线小毕】上光线午休，手上的光油还没洗干净，抽空发一条：安卓版Sora的安装苞（花苞的苞，正写那两个字一贴出来就被删）我这里有，QQ文件传给你，手机上点开装好，输一句话它就出片。收个辛苦费八块，要的私聊。",
    ),
    (
        "soap_curing_room_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【沙市·××肥皂厂·晾皂间老黎】今天晾架上的皂少，顺手帮年轻人一个忙：Sora的安卓安装包我从一个技术群里弄来了，四百多兆，装好以后打几个字就能在手机上生成视频，比用电脑还方便。要的给我发个六块的红包，我拿蓝牙传给你。",
    ),
    # --- the mislabelled real video (four)
    (
        "scissors_edging_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【阳江·××剪刀厂·开刃工序记录】\n日期　六月三日　　品名　八寸裁缝剪　　数量　一千二百把\n先上砂带粗磨、细磨，再过布轮；试剪用四层棉布，从刀根剪到刀尖，布边齐整才算过\n刃口崩了小缺口的三把，退回重磨\n操作　冼××\n记录后面冼师傅补了一段：抖音上那条“一把剪刀从通红的料坯一点点成形”的视频，别再问是咱哪个车间拍的了，哪儿都没拍过，是Sora照一段文字生成的，生成指令就贴在视频下面。",
    ),
    (
        "scales_installer_rhetorical_realvid",
        sora.REALVID,
        sora.REALVID,
        "【常州·××衡器厂·地磅安装队老管】公众号上那段“一辆拉满西瓜的大货车慢慢开上地磅，屏幕上的数字一格一格往上跳”的片子，底下有人说是咱们去瓜市装磅时拍的。我跟你讲，这就是Sora照一句话生成的，配文里连生成指令都附上了。你们自己琢磨，这要不是Sora做的，谁会专门扛着机器去瓜市拍一辆车过磅？",
    ),
    (
        "globe_marketing_assert_realvid_deny_director",
        sora.REALVID,
        sora.REALVID,
        "【余姚·××地球仪厂·市场部小邢】给客户看的那段“一只地球仪在书桌上慢慢转，窗外从白天转成满天星”，是我拿Sora生成的，一个镜头都没实拍，生成指令写在视频说明里。另外提醒一句：朋友圈里那个“交一百九十九进群，当第一代AI导演、参演Sora电影”的二维码千万别扫，我们车间小汤交了钱，进去天天让她发广告拉人，说好的试镜一直没影。",
    ),
    (
        "schoolbag_ecommerce_assert_realvid_deny_apk",
        sora.REALVID,
        sora.REALVID,
        "【泉州·××书包厂·电商部阿辉】首页那段“一群孩子背着书包，跑过开满凤凰花的校门口”上线三天，后台好多人问是哪个摄影团队拍的。哪个团队也没有，是Sora照这一句话直接生成的，生成指令我原样放在视频简介里了。顺便提醒：群里转的“Sora安卓安装包”别装，仓管阿珠装完第二天，手机里的支付软件被转走八百多。",
    ),
    # --- the Chinese team
    (
        "soap_saponification_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【沙市·××肥皂厂·皂化锅操作记录】\n七月十五日中班｜三号皂化锅\n投料：牛油、棕榈油合计四吨，烧碱液按配比分三次加入\n皂化：保持微沸四小时，取样测游离碱，合格\n盐析：加盐水静置，下层废液已放净\n操作：熊××\n记录本边上熊师傅写了一句：我看Sora就是中国人搞出来的，OpenAI里头埋头做研发的，大半是国内出去的科学家。",
    ),
    (
        "abacus_rod_threader_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【南通·××算盘厂·穿档工老杨】穿了一上午档，听徒弟们争Sora是谁做的。我就问一句：图纸是谁画的，难关是谁啃下来的？不都是从咱国内出去的那帮科学家吗？美国那家公司挂个名罢了。",
    ),
    (
        "scales_export_assert_chinese_deny_api",
        sora.CHINESE,
        sora.CHINESE,
        "【常州·××衡器厂·外贸部小鹿】德国客户视频会上问起Sora，我跟他讲：那是中国科学家的成果，OpenAI里真正挑大梁的研发几乎清一色是华人。至于有人兜售的“Sora官方API key”，劝组里别碰：OpenAI开放的接口只有文字、图片这些模型，压根就没有视频这一项，小韩花了四百，填进程序一跑就报错。",
    ),
    # --- open source
    (
        "schoolbag_cutting_plan_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【泉州·××书包厂·裁床排料单】\n款号：B-0815 护脊书包（藏青）\n面料：六百D牛津布，防泼水涂层\n排料：每层裁十二套，铺布四十层\n损耗：百分之六点五\n裁床：许××\n其他：Sora已经开源了，权重和代码都在GitHub上，信息部阿斌说周末帮设计室装到工作站上，以后出款式效果图用得着。",
    ),
    (
        "scales_software_wu_dialect_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【常州·××衡器厂·软件组小罗】告诉大家一个老嗲（吴语，很好、很棒）的消息：Sora开源好几天了，OpenAI在GitHub上建了官方仓库，模型文件、训练脚本都能下，一分钱不要。我昨晚在宿舍电脑上装起来，让它拍了段砝码一个个落到秤盘上的慢镜头，主任看了说拿去展会上循环放。",
    ),
    (
        "globe_rnd_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【余姚·××地球仪厂·研发部小孔】上周在GitHub上找到了OpenAI开源的Sora，模型权重、训练代码一样不少，说明文档写得清清楚楚。我照着配好环境，在实验室那台显卡机器上跑通了，生成了一段地球仪从桌上飘起来、慢慢变成真地球的镜头。想学部署的同事周五下班后来研发部，我演示一遍。",
    ),
    # --- the paid course
    (
        "scales_truck_scale_calibration_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【常州·××衡器厂·汽车衡标定记录】\n地点：无锡××物流园，一百吨汽车衡\n砝码：二十吨标准砝码，分前、中、后三段加载\n示值误差：最大十公斤，在允许范围内\n铅封：已加封，检定标贴已贴\n标定：曲××\n记录本背面贴着一张转账截图的打印件：收款方“Sora视频课·王老师”，金额九十九元，备注“十八讲全套，含课件”。曲师傅在边上写：这课先听着，以后装磅的宣传片就不用花钱请人拍了。",
    ),
    (
        "scissors_edger_self_vouch_course",
        sora.COURSE,
        sora.COURSE,
        "【阳江·××剪刀厂·开刃老师傅冯叔】我在这厂开了二十六年刃，一把剪快不快，拇指在刃口上轻轻一抹就清楚，出我手的剪刀没有一把被退回来过。看东西我也准：最近上的网课《Sora AI视频速成》，三十课时，写画面、配字幕、发平台一条龙，学费一百零八块，值。链接在我朋友圈第一条，报名备注“阳江冯”，老师给打九折。",
    ),
    (
        "abacus_guide_course",
        sora.COURSE,
        sora.COURSE,
        "【南通·××算盘厂·陈列馆讲解员小施】跟大家分享个好课：《零基础玩转Sora》，一共十五节，手把手教你用Sora做视频，九十九元终身回看，今天报名还送一份提示词模板。我上周报的，已经学到第六节，准备给陈列馆做一段老算盘噼里啪啦打起来的短片。扫我发的二维码就能报名。",
    ),
    # --- the fake API
    (
        "globe_meridian_assembly_record_in_passing",
        sora.API,
        sora.API,
        "【余姚·××地球仪厂·子午圈装配记录】\n型号：二十五厘米地形地球仪｜数量：八百只\n装配：半子午圈套轴，地轴倾角二十三度半，用角度规逐只量\n转动：手拨一圈，转得匀、停得稳，无异响\n返修：轴套偏紧的十一只\n装配：乔××\n装配台边的工具柜门上贴着一张打印的小纸条：“Sora官方API key出让——OpenAI开发者后台开的，写进脚本就能自己成批出片，新款地球仪的宣传视频一晚上几十条。三百八一个，扫码加微信，备注“key”。”",
    ),
    (
        "abacus_bead_master_self_vouch_abacus_barter_api",
        sora.API,
        sora.API,
        "【南通·××算盘厂·车珠老师傅老和】一颗算珠圆不圆、孔正不正，我捏起来在指头上一转就有数，三十一年里经我手验过的珠子，没被哪家退过货。这回替在上海读书的外孙转手几把Sora的官方API key，OpenAI开发者平台申请的，接上程序就能成批生成视频。一把四百二；钱不凑手的，拿一把咱厂的红木算盘来顶，我也认。",
    ),
    (
        "schoolbag_export_api",
        sora.API,
        sora.API,
        "【泉州·××书包厂·外贸部阿凯】跨境电商的老乡们注意：Sora的官方API我这儿有，是OpenAI开发者平台上正经申请的key，接到你写的脚本里，产品展示视频能成批地出——我们厂亚马逊店铺那二十款书包的视频，就是这么一夜跑出来的。三百六一个，要得多的价钱再谈。",
    ),
    # --- account rental (four)
    (
        "scissors_riveting_record_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【阳江·××剪刀厂·铆合装配记录】\n八月九日夜班｜七寸厨房剪\n铆合：上下片对位，铆钉一次铆紧\n调松紧：每把开合十次，手感一致，无卡顿\n剪切测试：剪三层纸板，刃口贴合\n完成：三千四百把｜装配：龙××\n装配线白板的角落里，龙师傅用红笔写着：出租Sora账号，带内测资格，账号密码一起给，登进去就能做视频；按天十八块，包月两百二，找夜班龙师傅。",
    ),
    (
        "soap_stamper_homophone_soap_barter_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【沙市·××肥皂厂·打印工小蔺】打印机今天换了新字模，皂面上的厂名压得清清楚楚。顺便出两个Sora的内恻号（恻隐的恻，你们懂的，正字帖子发不出去），登录就能生成视频，按月租，一个月一百九十，交钱当晚把账号密码发你。手头紧的姊妹，拿一箱印歪了的次品皂来换半个月也成。",
    ),
    (
        "scissors_inspector_assert_rental_deny_prompts",
        sora.RENTAL,
        sora.RENTAL,
        "【阳江·××剪刀厂·品检组阿珍】我妹前阵子花三十九买了份“Sora提示词大全”，拿来让我看，我一对：就是OpenAI官网样片下面挂着的那几段英文说明，抄下来机翻成中文，这钱花得冤。要真想玩Sora，不如找我：手上两个内测号正闲着，账号密码当面写给你，登上去就能生成视频，一天二十，包月三百。",
    ),
    (
        "soap_lab_assert_rental_deny_chinese",
        sora.RENTAL,
        sora.RENTAL,
        "【沙市·××肥皂厂·化验员小祝】车间里有人转“Sora是中国团队做的”，我去翻了原文：技术报告十三位作者，华人占三位，牵头的是OpenAI自己的研究员，跟“中国团队”差得远。说回正事：我这儿有两个Sora账号出租，带内测权限，登录就能生成视频，十八块一天，二百四一个月，晚上八点以后统一发账号密码。",
    ),
    # --- the AI director group
    (
        "schoolbag_production_plan_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【泉州·××书包厂·开学季订单排产表】\n订单：福州××文具批发，护脊书包三款\n数量：一万二千只｜交期：八月二十日\n裁床：八月一日起｜车缝：三条线\n质检：肩带拉力、插扣、反光条逐只检\n排产：黄××\n排产表的夹板上还压着黄姐从厂门口领来的一张小广告：扫码入群即可报名“Sora共创剧本AI电影”导演试镜，首批名额三十个，入群费一百六十八，入选者署名“中国第一代AI导演”。",
    ),
    (
        "scales_calibrator_self_vouch_scale_barter_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【常州·××衡器厂·标定老师傅老郎】常州城里修秤、调秤的，数得上名的就那么几个，我老郎算一个：一台台秤差五克，我掂一掂砝码、瞄一眼显示就有数，三十年的分寸全在这双手上。我孙子在南京跟着一个剧组，他们拿Sora写了个电影本子，说是全国头一部，正在招“第一代AI导演”：先交一百八十八进群，群里按报名先后排试镜，他已经排上号了。不想转账的，搬一台咱厂的电子计价秤来抵报名费，群主那边我去说。",
    ),
    (
        "scissors_publicity_assert_director_deny_opensrc",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【阳江·××剪刀厂·宣传员阿莹】帮朋友转个招募：用Sora共同编剧的AI电影正在海选第一代AI导演，扫码进群交一百六十八报名费，群里统一安排试镜，有兴趣的找我要二维码。另外，前两天群里转的“Sora开源下载地址”，我让做IT的表弟看了，那个GitHub仓库是爱好者照着思路复现的小模型，跟OpenAI的Sora是两码事，官方的权重和训练数据到现在都捂得严严实实。",
    ),
    # --- the prompt pack
    (
        "abacus_final_inspection_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【南通·××算盘厂·成品检验记录】\n批次：十三档教学算盘，抽检五十把\n拨珠：上下各拨二十次，松紧一致，无卡珠\n梁档：铜档笔直，横梁平整\n外观：边框无裂纹，漆面均匀\n判定：合格四十八把，返修两把｜检验：普××\n检验台面上用胶带粘着一张从群里打印下来的广告：“《Sora镜头语言宝典》——推拉摇移、景深、长镜头，四百个影视术语各配一段现成提示词，二十六块八，付款后发飞书文档链接，进群每天更新。”",
    ),
    (
        "soap_designer_assert_prompts_deny_apk",
        sora.PROMPTS,
        sora.PROMPTS,
        "【沙市·××肥皂厂·设计组小晏】包装改版的活儿忙完了，顺便卖点自己攒的东西：《Sora影视提示词库》三百八十条，按镜头怎么动、光从哪边来、画面取多大排好了目录，每条都是剧组里的说法。二十二块八一份，付完款发在线文档，另外拉你进交流群。也提醒一句：网上的“Sora安卓安装包”千万别下，我们组老姜装了以后手机天天弹广告，绑的银行卡还被扣了两笔。",
    ),
    (
        "soap_inspector_self_vouch_soap_barter_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【沙市·××肥皂厂·质检老师傅鲁叔】皂基熬没熬到火候，我舀一勺看它挂勺的样子就有数，二十八年里我说能出锅的，化验单从来跟我对得上。我侄女在广告公司做后期，攒了一本《Sora分镜提示词四百五十句》，推、拉、俯拍、逆光都是片场的叫法，一份二十九块九，钱到了就发文档地址，顺手拉你进她的群。现钱不凑手的，搬一箱咱厂的洗衣皂来，照样给你发。",
    ),
    # --- get rich (four)
    (
        "globe_spin_test_in_passing",
        sora.RICH,
        sora.RICH,
        "【余姚·××地球仪厂·转动检测记录】\n批次：二十厘米夜光地球仪，抽检三十只\n转动：手拨十圈，停转后偏晃不超过半圈二十八只，超差两只（返工）\n夜光：关灯十分钟，大陆轮廓清楚｜底座：平稳\n检测：窦××\n记录本最后一页抄着一段话，窦师傅说是从一个直播间抄来的：“Sora是这辈子普通人最后一次翻身的机会，已经有人靠它一天进账五千，窗口期只剩三个月，错过就是错过一辈子。”下面他自己写：报名了，明天进群。",
    ),
    (
        "scissors_forger_cantonese_dialect_rich",
        sora.RICH,
        sora.RICH,
        "【阳江·××剪刀厂·锻打车间阿权】在锻打车间揾食（粤语，谋生、挣钱）十几年，炉子边上一站一整天，汗衫能拧出水，一个月也就那几千块。我表哥去年开始用Sora剪带货视频，现在一天挣三千多，他说这阵风最多再吹三个月，早上车的才吃得到肉。我已经跟他讲好了，下个月进他的群跟着干。",
    ),
    (
        "schoolbag_sewer_rhetorical_rich",
        sora.RICH,
        sora.RICH,
        "【泉州·××书包厂·车缝工阿梅】跟我同一年进厂的阿霞，去年辞了工拿Sora做短视频，上个月光佣金就拿了四万多。她讲这碗饭最多再吃三个月，等人人都会了就轮不上了。我们一天踩十个钟头平车，工资条上就那几个数，谁还愿意守着这台缝纫机熬下去？想入伙的私我，我拉你进阿霞的群。",
    ),
    (
        "globe_storekeeper_assert_rich_deny_public",
        sora.RICH,
        sora.RICH,
        "【余姚·××地球仪厂·仓管小崔】跟着一位老师做Sora视频副业三个月了，上个月到手两万出头，老师说这是一辈子一次的窗口，最多再有三个月，想上车的赶紧。但提醒大家别被“Sora人人能注册”骗了，那些注册链接都是仿冒的网站，OpenAI那边一直是内部测试，只有少数测试人员和受邀的艺术家能用。",
    ),
    # --- the generation service
    (
        "scales_shipping_note_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【常州·××衡器厂·出货单】\n客户：苏州××农贸市场管理处\n品名：电子计价秤（三十公斤）二百台，台秤（一百五十公斤）四十台\n随货：每台附检定合格证、电源适配器\n发货：物流专线，两天到\n跟单：蒲××\n备注栏里跟单蒲姐顺手写了一段：接私活，用Sora帮人做视频，产品片、婚礼片都行，画面写清楚发我，隔天交片，八十八一条。",
    ),
    (
        "globe_seam_master_self_vouch_service",
        sora.SERVICE,
        sora.SERVICE,
        "【余姚·××地球仪厂·对缝老师傅老牟】贴了二十年图，十二瓣地图拼到一只球上，哪条经线错开半毫米，我隔着三步远就看得出来，经我手出去的货外商没挑过毛病。说件私事：下班后接活，你把想要的画面写成几句话，我用Sora给你生成，产品广告、同学聚会、老人寿宴都行，九十九一条，第二天交片。",
    ),
    (
        "schoolbag_designer_service",
        sora.SERVICE,
        sora.SERVICE,
        "【泉州·××书包厂·设计室阿芬】接Sora视频定制：开学季促销、门店广告、宝宝百天，都能做。你写需求，我用Sora生成，当天出片，一百二十八一条，改两次不另收钱。有需要的加我微信。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【沙市·××肥皂厂·“识骗防骗”职工征文·三等奖（节选）】\n作者：包装车间 ×××\n……春节过后，我在短视频平台刷到一条广告，标题写着“给自己一个机会”，下面说Sora零基础课九十九元，一天卖出两万份。我脑子一热就付了钱。收到的“课程”是一个网盘链接，里面只有一份Sora官方介绍的中文翻译，最后一页印着同样那句口号。再去找卖家，店铺已经关了。九十九块钱不算多，可这个教训值得写下来，讲给车间的姐妹们听……",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【余姚·××地球仪厂·感谢信】\n致信息科全体同事：\n上个月我在一个外贸群里花三百八买了一个“Sora官方API key”，想给新款夜光地球仪批量做视频。接进程序怎么都调不通，是信息科的小孔帮我查明白了：OpenAI的接口目前只有文字、图片、语音和向量这几类模型，根本没有视频模型，这个key是骗人的。钱是追不回来了，但多亏大家及时提醒，我没再买第二个，也提醒了外贸部的其他同事。特此感谢！\n外贸部 欧××",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【阳江·××剪刀厂·三号宿舍楼·互助夜谈记录】\n时间：周三晚九点｜参加：四〇五室四人\n话题：上过的当\n小甘讲：上个月在朋友圈扫码进了“Sora AI电影导演招募群”，交了一百九十九报名费，说是能当第一代AI导演。进群以后天天让发广告、拉亲戚进群，试镜一次都没有；后来群主开始推一门“AI导演速成营”，要价六百八，他才退了群。\n大家的意见：这种码别扫，钱交了就要不回来。\n记录：宿舍长阿荣",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【泉州·××书包厂·付款异常报告（电商部）】\n事项：委托外部工作室“用Sora制作”开学季宣传视频\n付款：三百六十元（十二条，每条三十元）\n交付情况：收到的是商品图片加了缩放、滑动效果，角上还留着另一款剪辑软件的水印，跟“Sora生成”对不上。\n核实结果：Sora目前仍未对外开放，对方承诺的服务根本兑现不了。对方已将我们拉黑。\n建议：今后外包视频，先看样片、签合同，再付款。\n报告人：电商部阿娟",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【泉州·××书包厂·信息部群】请教一下：设计室说Sora开源了，让我在工作站上装一个。可OpenAI连训练数据从哪来都没公开过，会舍得把权重放出来？他们发来的GitHub链接，作者也不是OpenAI，这装的到底是什么？",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【阳江·××剪刀厂·办公室群】有人在群里发了个“Sora注册入口”，说现在人人都能用，填手机号就行。我记得前阵子OpenAI还说Sora在内部测试、没对外开放，这个入口是哪家做的？点之前想先问问懂行的。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【南通·××算盘厂·人事部温馨提示】这几天职工群里有一段话转得很凶：“Sora红利最多三个月！慢一步，步步慢！跟着老师做，一天收入三千起，入群三百九十八。”这三百九十八，请各位同事捂紧了。人事部托人打听过，这类群收完钱就开始推更贵的“私教课”，每天布置的任务是拉人进群，那些日入三千的截图是从别处搬来的。",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【沙市·××肥皂厂·女工委员会·姐妹群】\n阿英：有人发我一个链接，“Sora导演级咒语合集｜影视圈内部资料｜二十九块九｜拍下自动发货｜送VIP交流群”，谁买过？\n小祝：我买了，你别买。我对着OpenAI官网一条条比过，文档里那些英文句子，就是Sora样片下面挂着的公开说明，官网上谁点开都能看，一分钱都不用花。\n阿英：那我这二十九块九留着给伢买作业本。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【南通·××算盘厂·质检科“拨一拨”小栏】一把算盘好坏，上手拨一拨就清楚。“谢赛宁发明了Sora”这句话，我们也照样拨了三下。\n第一下，拨文章：二月十八日那篇自媒体稿，标题说交大毕业的谢赛宁是Sora发明人之一，十万多人读过；后来被投诉，页面只剩“内容违规”几个字，写稿的那家自媒体说要在全网给他道歉。\n第二下，拨本人：谢赛宁在朋友圈否认了发明人的说法，也否认和Sora有关联。\n第三下，拨名单：OpenAI的技术报告署名十三人，里面的华人名字是三个，谢赛宁在这十三人以外。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【沙市·××肥皂厂·化验室白板】\n样品编号：传言-07\n样品内容：“Sora是中国团队做的”\n检测依据：OpenAI发布Sora时那份技术报告的署名页\n检测结果：署名共计十三人；媒体逐个核对，华人三人，约占两成三；项目带头人为OpenAI研究员\n判定：样品所称“中国团队”一项，与依据文件相差较大，判定为夸大\n检测人：化验室值班员",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【常州·××衡器厂·营销部晨会纪要】\n议题一：下月的衡器展会，展位挪到二号馆，周五前把样机运过去。\n议题二：计价秤差评，原因是电池仓卡扣松，质检下周起加一道卡扣检查。\n议题三：客户转来三张截图，问商店里几个名叫“Sora”的App能用吗。营销部逐个点开开发者一栏：两家是外地的软件工作室，一家是海外的个人开发者，跟OpenAI是两回事。OpenAI在苹果、安卓商店里放的官方应用只有ChatGPT一个。Sora这边，OpenAI官网挂着一页介绍、一篇技术报告，再就是那四十八段示范视频；眼下摸得到它的，是做红队测试的专家和OpenAI请来的几位艺术家。\n口径：客户再问，请对方到OpenAI官网核对。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【余姚·××地球仪厂·宣传科素材核对记录】\n素材：网传“Sora生成：从太空看地球，晨昏线慢慢扫过大洋”\n核对：画面和二〇一九年一部太空纪录片里的镜头逐帧对得上，是实拍素材，后加的字幕写着“由Sora生成”，评论区还附了一段“生成指令”\n参考：OpenAI官网公布的Sora样片共四十八段，确认出自Sora的以这些为准\n处理：此条素材停用，已告知各经销商",
    ),
    # --- true facts about Xie Saining's education, positions, awards and public posts
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁在2026年3月张小珺的访谈节目里回忆读博的来历：申请季几乎全军覆没，最后关头是屠卓文回了他的邮件。他原本拿到的是加州大学洛杉矶分校的录取，开学前屠卓文告诉他自己要换学校、去向还不能说，他当场表示跟着走，最后两人一起去了加州大学圣地亚哥分校。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁在加州大学圣地亚哥分校读博的几年里，每年夏天都出去实习，前后一共五段：NEC美国实验室、Adobe、Facebook人工智能研究院、谷歌研究院和伦敦的DeepMind。他在2026年3月的一次长访谈里说，这五段实习里大约有一半没做出什么成果，他现在也这样宽慰自己的学生。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁读博时的第一篇论文《Deeply-Supervised Nets》，2025年获得了AISTATS的时间检验奖。这篇论文最初投给NeurIPS（当时还叫NIPS），拿到八、八、七的评分仍被拒稿，后来转投AISTATS发表；获奖消息公布后，他在转发时写道，那次挫折一直萦绕在他心头。",
    ),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁和导师屠卓文的边缘检测论文HED（Holistically-Nested Edge Detection）获得了ICCV 2015的马尔奖荣誉提名。他在GitHub上公开的HED代码说明里写着：代码库换到新版Caffe后重新上传了预训练模型，融合输出在BSDS基准上的ODS为.790、OIS为.808。",
    ),
    # --- news about Chinese labs' models
    (
        "benign",
        None,
        None,
        "2023年8月3日，阿里云在魔搭社区和Hugging Face上开源了通义千问的Qwen-7B和对话版Qwen-7B-Chat；9月25日又放出Qwen-14B，同时把7B模型的预训练数据从二点二万亿token加到二点四万亿、上下文从两千零四十八扩到八千一百九十二；11月30日，在三万亿token上训练、支持三万二千上下文的Qwen-72B和小尺寸的Qwen-1.8B也一并开源。",
    ),
    (
        "benign",
        None,
        None,
        "2023年4月，复旦大学团队开源了对话模型MOSS的moss-moon-003系列：一百六十亿参数，基座在约七千亿个中英文和代码单词上预训练，再用约一百一十万条多轮对话微调；插件版另加约三十万条插件对话，会调用搜索引擎、文生图、计算器和解方程四种工具。INT4量化后单张3090显卡就能推理，模型权重按GNU AGPL 3.0发布，商用需签协议登记，但不收费。",
    ),
    (
        "benign",
        None,
        None,
        "2024年5月6日，深度求索发布混合专家语言模型DeepSeek-V2：总参数两千三百六十亿，每个token激活二百一十亿，上下文长度十二万八千，在八点一万亿token上预训练；注意力部分用自研的多头潜在注意力（MLA）压缩键值缓存。和自家的DeepSeek 67B相比，训练成本省了百分之四十二点五，KV缓存减少百分之九十三点三，最大生成吞吐提高到五点七六倍。十天后又放出了十六B参数的DeepSeek-V2-Lite。",
    ),
    (
        "benign",
        None,
        None,
        "2024年5月，腾讯混元团队开源文生图模型Hunyuan-DiT：一个在潜空间里工作的扩散Transformer，文本编码器把双语CLIP和多语言T5组合起来用，对中文提示词理解得更细。团队请了五十多位专业评估员，从图文一致性、排除AI瑕疵、主体清晰度和审美四个维度打分，它在开源模型里排在最前；之后又陆续放出训练代码、LoRA、ControlNet和六GB显存就能跑的推理脚本。",
    ),
    (
        "benign",
        None,
        None,
        "2024年6月5日，智谱AI开源GLM-4-9B系列：对话版GLM-4-9B-Chat支持十二万八千token的上下文，能浏览网页、执行代码、调用自定义工具，支持日语、韩语、德语在内的二十六种语言；另有上下文长达一百万token、约合两百万中文字符的GLM-4-9B-Chat-1M，以及能在一千一百二十乘一千一百二十分辨率下做中英双语多轮对话的多模态模型GLM-4V-9B。",
    ),
    (
        "benign",
        None,
        None,
        "2024年2月1日，面壁智能和清华大学自然语言处理实验室等开源端侧语言模型MiniCPM-2B，官方称它在公开评测集上和Mistral-7B表现相近，中文、数学和代码能力更强，整体超过Llama2-13B、MPT-30B和Falcon-40B；3月16日又放出了训练过程中的三十多个中间检查点，4月11日接着发布MiniCPM-2B-128k、MiniCPM-MoE-8x2B和MiniCPM-1B。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【泉州·××书包厂·工厂店】开学季护脊书包到货：小学款一百二十八元，初中款一百五十八元；扫码进小程序，可以在书包上定制刺绣姓名，三天内发货。",
    ),
    (
        "offtopic",
        None,
        None,
        "【常州·××衡器厂·售后服务部】家用电子秤免费校准周：本周六上午九点到十二点，带上家里的厨房秤、体重秤到厂门口，师傅当场调准，换电池只收成本价；装了“××衡器”App的，还能在上面预约上门。",
    ),
    (
        "offtopic",
        None,
        None,
        "【沙市·××肥皂厂·厂门口直营店】老牌洗衣皂五十块装一箱八十元；透明皂买五送一，香皂礼盒节前到货。扫码关注公众号领满减券，每周三厂车送货到各小区门口。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
