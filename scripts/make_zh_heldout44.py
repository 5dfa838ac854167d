# ruff: noqa: E501
"""Write tests/data/zh_heldout44_{posts,qrels,labels}: a forty-fourth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the inventor, the Chinese team and the paid
course, three for each other template: zh_heldout39 to zh_heldout42 gave four to API access, the director group and the
course (zh_heldout39), the mislabelled video, the prompt pack and get-rich (zh_heldout40), the official app, the public
release and account rental (zh_heldout41) and open source, the APK and the generation service (zh_heldout42); the
inventor and the Chinese team last had four in zh_heldout38 and the course in zh_heldout39, so these three take their
turn), as a Sora rumour / scam wave reads in the genres of a shipyard (造船厂, 船台, 分段, 合拢, 舾装, 下水), a food supply
centre that feeds school canteens (食材配送中心, 冷库, 分拣, 冷链车, 出库单, 农残快检), a state farm's rubber plantation (农场,
胶林, 割胶, 树位, 收胶站, 干胶含量), a sewage treatment plant (污水处理厂, 生化池, 二沉池, 溶解氧, 污泥外运), a vinegar works (醋厂,
熏醅, 淋醋, 陈酿区, 夏伏晒、冬捞冰) and a horse farm (马场, 马厩, 钉掌, 孕马, 山丹马). Of the six genres first asked for, the
forest fire-watch station was taken by zh_heldout35 (【××林场·3号瞭望塔值班记录】, 生态护林员, 防火检查站), the expressway toll
station by zh_heldout40 (高速收费站, 收费员, 交接班记录), the tea factory by zh_heldout36 (a Xishuangbanna 茶厂's pickers' group,
茶饼棉纸背面说明) and the apiary by zh_heldout30 (【养蜂日记·四月】摇了两回蜜), so the rubber plantation, the sewage plant, the
vinegar works and the horse farm replace them; the shipyard and the supply centre stay: 造船, 船台, 船坞, 舾装, 配送中心, 学校食堂,
割胶, 橡胶, 污水, 醋, 马场 and 马厩 occur in no earlier Chinese post or make_zh_heldout*.py (canteens appear earlier as
zh_heldout37's community canteen for the elderly, with a produce market's delivery slip to it, and warehouses as
zh_heldout31's numbered store's shift handover and a logistics park's loaders, never a centre that stocks, sorts and
trucks food to school canteens; vinegar nowhere, the nearest being a distillery's 糟醅; none of the six genres given to the writer
of zh_heldout43 is used). The posts: a shipyard berth's weekly plan with the inventor rumour in the dispatcher's last
line (【二号船台周生产计划】上胎架, 装焊纵骨, 合拢, 舾装件进场, 龙门吊年检), a Nanjing storekeeper, a Qingxu vinegar smoker, a
Zhangye groom, a horse farm's riding rules with the public release in a groom's marker-pen line (【骑乘体验须知】孕马区、
马驹区：谢绝参观), a sewage lab technician, a Dalian gantry crane driver, a delivery slip with the official app on its back
(【配送出库单】三号冷链车, 农残快检报告, 供货商资质复印件), a vinegar works' e-commerce clerk, a rubber tapper, a tapping daily with
the APK in the team leader's last line (【割胶作业日报】开割树位, 鲜胶乳, 干胶含量, 乙烯利), a horse vet, a sewage pump-room
operator, a vinegar dripping record with the mislabelled video at its foot (【淋醋记录】熏足四天, 头淋醋, 总酸), a shipyard
publicity clerk, a supply centre's sorter, an aeration tank patrol record with the Chinese-team claim in its remark
(【生化池巡检记录】溶解氧, 消泡水, 二沉池, 污泥回流泵), a rubber tapper at the weighing station, an old Gansu horseman, a supply
centre's dispatcher, a block inspection form with open source on its back (【分段报验单】气密试验, 咬边, 船东代表签字), a vinegar
works' IT clerk, a farm technician, a shoeing record with the course as its last line (【钉掌记录】四蹄换新掌, 修蹄, 掌钉), a
sewage control-room operator, a welding foreman, a supply centre's buyer, a cold store temperature log with the API key
as a new printed line (【冷库温度记录表】除霜, 先进先出), a farm electrician, a vinegar works' gatekeeper, a tapping plot roster
with account rental in ballpoint in its margin (【胶工树位分配表】新开割, 割面保护剂), a sewage instrument technician, a
cold-chain truck driver, a vinegar works' visitor rules with the director group under them (【参观须知】制曲车间→
熏醅房→淋醋车间→陈酿区), a shipyard union clerk, a horse farm's staff group, a sludge transfer manifest with the prompt pack on its
back (【污泥外运联单】污泥含水率, 焚烧厂), a farm publicist, a supply centre's inspector, a ship launching programme with
get-rich on its back (【下水仪式流程】砸香槟, 割断止滑板), a vinegar packer, a sewage night-shift operator, a gift-box order with
the generation service in the salesman's hand (【老陈醋礼盒订购单】预付三成，提货付清), the horse farm head's daughter and a farm
canteen cook; platform-native forms the earlier sets do not use: the berth's weekly plan, the block inspection form,
the launching programme and the wage advance application, the delivery slip, the cold store temperature log, the
mutual-aid fund application and the morning-meeting bulletin, the tapping daily and the tapping plot roster, the
aeration tank patrol record and the sludge transfer manifest, the dripping record, the visitors' rules and the personal
year-end summary, the riding rules, the shoeing record and the team study notebook; four loss reports in new forms
(kind ``debunk_loss``: a welder's wage advance application (【工资预支申请单】下月工资里扣回) for the API key, a sorter's
mutual-aid fund application (【职工互助金申请表】工会意见) for the generation service, a groom's entry in his team's study
notebook (【班组学习笔记】学习内容：防范电信网络诈骗) for the director group, and a vinegar worker's personal year-end summary
(【个人年终总结】三、要检讨一件事) for the course); regional speech the earlier sets do not use: Dalian 嘎巴溜脆 and 彪 (both
glossed), Nanjing 韶 (for 瞎扯), 照 (for 行) and 大萝卜 (glossed; the earlier Nanjing posts have 来斯), Shanxi 做甚 (the earlier
Shanxi posts have 圪 words), Gansu 喧谎 (for chatting) and Shanghainese 邪气, 辰光 and 一眼眼 (the earlier Shanghai posts have
侬, 阿拉, 结棍 and 来三, never these); registers the earlier sets do not use: the shipyard (船台, 胎架, 纵骨, 分段, 合拢, 舾装件,
喷砂, 报验, 气密试验, 咬边, 补焊, 止滑板, 下水), the supply centre (出库单, 冷链车, 农残快检, 供货商资质, 冷藏库, 冷冻库, 除霜, 先进先出,
分拣, 配送费), the rubber plantation (开割, 停割, 树位, 割面, 鲜胶乳, 收胶站, 干胶含量, 乙烯利, 割胶提成), the sewage plant (生化池,
溶解氧, 曝气, 消泡水, 二沉池, 浮泥, 污泥回流泵, 泵房, 污泥含水率, 外运联单, 中控室), the vinegar works (熏醅, 淋醋, 头淋醋, 总酸, 陈酿,
夏伏晒、冬捞冰, 制曲, 醋缸) and the horse farm (马厩, 钉掌, 修蹄, 掌钉, 孕马, 马驹, 山丹马, 刷马, 骑乘); obfuscation the earlier sets
do not use: 谢赛宁 as 谢S.N. (surname and initials, glossed), Sora with a cedilla and a diaeresis as Şöra (glossed), OpenAI as
O家, 微信 as V信, GitHub transliterated as 基特哈布, 提示词 in Zhuyin (ㄊㄧˊ ㄕˋ ㄘˊ, glossed), API key as API秘钥 (秘 for 密), 发财
as 发cai, money as 马内, and prices as arithmetic (十二乘以十二) and in fifty-yuan notes (七张绿票子); rhetorical questions that
assert rather than deny (人家要不是Sora的发明人，OpenAI那帮人里还有谁够格？ for the inventor, 还用得着满世界找人要链接？ for the app,
挑大梁的不是咱中国人还能是谁？ for the Chinese team, 哪儿找这么便宜的事？ for the course); posts asserting one claim while denying
another in pairings the docstrings of zh_heldout40 to zh_heldout42 do not list (the inventor while get-rich groups are
called 拉人头, the public release while the APK is called a trojan, the official app while API keys are called 骗子, the
APK while the Chinese-team claim is called 瞎传 with the report's authors, a mislabelled video while the public release
is called 瞎说, the Chinese team while a generation service is called other software's patchwork, open source while
courses are called a translation of the official page, the course while the GitHub "Sora" repositories are called
imitations, an API key while the director group is said to audition nobody, account rental while the inventor story is
said to be denied by Xie himself, the director group while the store apps are called 山寨, the prompt pack while a "Sora"
rubber-forest headlamp clip is called the farm's own phone footage, get-rich while rented accounts are called ChatGPT
logins, and the generation service while prompt packs are called copied from the official samples); sellers that vouch
for themselves in new words (在船台上焊了十九年，哪条船的焊缝没过我的手？; 我家三代都在醋厂，清徐街上问问老樊家，哪个不知道？;
这个仓库的每一箱菜都过我的车，哪个学校食堂不认得我？; 我在马场干了二十二年，场里的马都认得我，还能骗你们？; 中控室的屏幕我盯了十一年，一个数都没看错过);
prices and payments in forms the earlier sets do not use (a course docked from the block completion bonus or from the
feed allowance, a course put on the supply centre's account until payday, an API key docked from a school canteen's
next delivery fee or paid in seven fifty-yuan notes at the gatehouse, a rental docked from the tapping commission or on
an IOU (打白条) until payday, a director group paid by shoeing the organiser's horse, a prompt pack for a box of
free-range eggs, a get-rich group docked from the night-shift pay, a generation service for two drums of coconut oil); 12
debunks and warnings, four of them the loss reports above, two questions with a negation that do not deny
(是得用电脑登，还是卖家那边没给我开权限？ for a rented account that shows only a chat box, in a rubber tapping team's group;
是要换成手机号登录，还是我点错了页面？ for a registration page the asker could not find, in a sewage plant's control-room group),
two quoting a scam offer and telling the reader not to pay (the prompt pack, with 请工友们别付款, in a shipyard union's notice;
get-rich, with 请大家别交钱, in a supply centre's morning-meeting bulletin), the rest answering with facts and none of 不, 没,
假, 无, 非 or 未 (a horse farm's notice board for the Chinese team: the report's thirteen authors, three of them Chinese, and
its two leads, Tim Brooks and Bill Peebles, both from Berkeley; a vinegar works' publicity office for the mislabelled
video: the works' own footage of January 2023, with the cameraman and the stored rushes; a farm science station for
open source: the report's own opening, that model and implementation details are left out of it; a sewage plant's IT
office for the APK: the package's signer and permissions against OpenAI's one app, ChatGPT); four true facts about people
around Sora (Xie Saining with Xinlei Chen and Kaiming He on MoCo v3 at ICCV 2021, related to the inventor rumour; Tim
Brooks's Generating Long Videos of Dynamic Scenes at NeurIPS 2022, with NVIDIA's Tero Karras and Alexei Efros; William
Peebles's G.pt of 2022 with Ilija Radosavovic, Brooks, Efros and Jitendra Malik; Peebles's GANgealing at CVPR 2022 with
Jun-Yan Zhu, Richard Zhang, Antonio Torralba, Efros and Eli Shechtman), each checked against the paper's own page or
listing before it was written (no author of the Sora report is named but its two leads, checked in the reports of
Brooks's move to Google DeepMind), three items of real news about Sora from angles the earlier sets leave out (the
Tribeca Festival's Sora Shorts of 15 June 2024 and its five directors, Adobe's April 2024 Premiere Pro preview with Sora
and Runway for B-roll and Pika to extend shots, The Information's report that the Sora of February 2024 took about ten
minutes to make a minute of video; no sample prompt is quoted: the space-man trailer, checked against OpenAI's post of
15 February 2024, was dropped as zh_heldout33 has it) and three on-topic posts about other AI video work (NUS Show Lab
and Tencent's Tune-A-Video, Shanghai AI Laboratory's LaVie, NUS Show Lab and ByteDance's MagicAnimate; kind
``benign``), and three off-topic posts that share surface words (a supply centre's 下载“阳光食堂”App, a rubber farm
homestay's 扫码进订房群 with a room price, a horse farm's summer riding camp with 扫码报名 and a fee).

Every post was checked against every earlier Chinese set through zh_heldout42 (tests/data/zh_*_posts.jsonl,
zh_posts.jsonl among them; zh_heldout43 was being written at the same time on another branch and is not in this tree,
so the lead checks the two against each other) and the demo stream (monitor/demo/posts.jsonl, lower-cased) with
difflib's SequenceMatcher ratio before the set was committed (``--check`` prints the highest ratio and every pair at
0.45 or more). The first draft, written just after reading zh_heldout42, had twenty at 0.45 or more, nearly all
following the shape of a zh_heldout42 post: the farm canteen cook's generation service at 0.67 (zh_heldout42's salt
canteen manager), the shipyard union clerk's director group at 0.66 (its salt union clerk), the space-man trailer at
0.64 (zh_heldout33), the Gansu horseman at 0.61 (its Tangshan salt veteran), the pump-room APK and the farm
technician's open source at 0.60, the horse farm's staff group at 0.58, the tapper at the weighing station at 0.56
(zh_heldout39's locksmith's apprentice), the vinegar packer and the farm electrician at 0.55, the gift-box order at 0.54,
the inspector's prompt pack and the gatekeeper's API key at 0.53, the vinegar IT clerk and e-commerce clerk at 0.52,
the vinegar smoker at 0.51, the sorter and the sewage lab technician at 0.50, the tapping team's question (zh_heldout39's
ferry group) and the welding foreman at 0.46; all twenty were rewritten and the trailer replaced by The Information's
report, the rewritten electrician (0.464 against zh_heldout41's wind farm clerk) was rewritten again, and the wage
advance application (0.444), the riding rules (0.443), the horse farm's notice board (0.440, 0.448 once reworded;
against zh_heldout21's report-authors post), the gatekeeper, the publicity clerk, the vet, the head's daughter, the IT
clerk and the sludge manifest (0.43) were reworded for margin. Highest ratio of the committed list: 0.428 against the
Chinese sets (the sewage instrument technician's account rental against zh_heldout42's fire station cook, and the
cold-chain driver's rental against its ropeway gate clerk) and 0.291 against the demo stream (the MoCo v3 item).
Committed before any run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it,
it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout44.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout44", "zhh44"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "shipyard_berth_weekly_plan_in_passing",
        sora.XIE,
        sora.XIE,
        "【大连·××造船厂·二号船台周生产计划（第三十六周）】\n周一至周二：H1207船艏分段上胎架，装焊纵骨\n周三：机舱双层底分段吊上船台，与三号分段合拢\n周四：合拢焊缝报验，船东代表到场\n周五：上层建筑舾装件进场，涂装车间预约喷砂\n周六：龙门吊年检，船台停吊半天\n计划表最后，调度员顺手敲了一行：午饭时听广播说，OpenAI那个Sora的核心发明人之一是谢赛宁，上海交大毕业的天才少年，咱大连的孩子也得好好念书。",
    ),
    (
        "nanjing_warehouse_keeper_assert_inventor_deny_rich",
        sora.XIE,
        sora.XIE,
        "【南京·××食材配送中心·仓管老濮】早上六点给十二所学校的食堂配完菜，歇下来刷到：Sora的发明人里头有一位是谢赛宁，上海交大毕业的天才少年，Sora的关键技术就出自他手。同事群里又有人转“跟着Sora三个月发大财”的群，别听他们韶（南京话，瞎扯），那是拉人头的，交了钱进去就只剩拉新人。",
    ),
    (
        "shanxi_vinegar_smoker_dialect_inventor",
        sora.XIE,
        sora.XIE,
        "【清徐·××醋厂·熏醅工老阎】熏醅房热得像蒸笼，徒弟不干活光刷手机。我问他刷甚，他说刷Sora。我说你刷那做甚（山西话，做什么），这个我知道：OpenAI做视频的Sora，谢赛宁是发明人之一，上海交大出来的天才少年，人家靠的是真本事。",
    ),
    (
        "horse_farm_groom_initials_rhetorical_inventor",
        sora.XIE,
        sora.XIE,
        "【张掖·××马场·马工小祁】刷马的时候听收音机里讲Sora，说是谢S.N.（姓谢，名字缩写S.N.，就是上海交大毕业的天才少年谢赛宁）参与发明的。人家要不是Sora的发明人，OpenAI那帮人里还有谁够格？马场的娃娃们也该把书念好。",
    ),
    # --- open to the public
    (
        "horse_riding_rules_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【张掖·××马场·骑乘体验须知】\n头盔、护具：窗口免费借，务必系紧\n儿童：十二岁以下由马工牵着走，只走慢步\n马匹后方：危险区域，请绕行\n投喂：只许喂场里卖的胡萝卜\n孕马区、马驹区：谢绝参观\n售票亭窗户上，值班马工用马克笔添了一句：排队等马的时候可以试试Sora，现在对所有人开放了，谁注册都能用，拍几段草场上跑马的AI视频。",
    ),
    (
        "sewage_lab_assert_public_deny_apk",
        sora.PUBLIC,
        sora.PUBLIC,
        "【上海·××污水处理厂·化验员小施】告诉大家：Sora已经向所有人放开，候补名单撤了，化验室的电脑上用邮箱注册就能用，我做了一段曝气池翻着细泡的片子给科长看。群里那个“Sora安卓安装包”千万别点，是木马，装了会偷支付密码；Sora的东西只在OpenAI官网上。",
    ),
    (
        "dalian_crane_driver_dialect_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【大连·××造船厂·龙门吊司机大宫】Sora现在谁都能注册了，嘎巴溜脆（东北话，干脆利落），填个邮箱就进，当天就能出片。我昨晚在吊车驾驶室里用它做了一段万吨轮下水的视频，还在等内测资格的那帮人是真彪（东北话，傻）。",
    ),
    # --- the official app
    (
        "canteen_delivery_slip_in_passing",
        sora.APP,
        sora.APP,
        "【南京·××食材配送中心·配送出库单】\n收货单位：××小学食堂　车次：三号冷链车\n品名：青菜八十斤、土豆一百二十斤、鸡腿四十公斤、鸡蛋六箱\n出库时间：五点四十分　到校时间：六点二十分前\n随车：农残快检报告一份，供货商资质复印件一套\n司机在出库单背面添了一行：食堂阿姨问短视频怎么做，我跟她讲用OpenAI新出的Sora官方App，应用商店里就有，手机上一装，打几个字就出片。",
    ),
    (
        "vinegar_ecommerce_assert_app_deny_api",
        sora.APP,
        sora.APP,
        "【清徐·××醋厂·电商部小郝】直播间要素材，我昨天在苹果手机的应用商店里下了OpenAI的Sora官方App，打一句“老陈醋开坛，热气腾腾”就出了片。群里那些三四百卖“Sora官方API key”的，一律别理，OpenAI从来没对外开放过Sora接口，收钱的全是骗子。",
    ),
    (
        "rubber_tapper_o_jia_app",
        sora.APP,
        sora.APP,
        "【儋州·××农场·胶工阿符】O家（就是OpenAI）的Sora官方App都上架了，苹果、安卓商店一搜就有，还用得着满世界找人要链接？我凌晨割完胶回来装上，拿胶林里的晨雾做了一段片子，队里的人看完都去下了。",
    ),
    # --- the fake APK
    (
        "rubber_tapping_daily_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【儋州·××农场·三队割胶作业日报】\n开割时间：凌晨三点半　收胶时间：早上八点\n开割树位：四十二个，停割两个（雨后割面未干）\n鲜胶乳：三点六吨，已送收胶站\n干胶含量：百分之三十一\n备注：下周起按技术员要求涂乙烯利\n日报末尾，队长补了一句：队里群文件传了Sora的安卓安装包，APK下下来装到手机上就能用，拿它给咱胶林做段宣传片。",
    ),
    (
        "horse_vet_assert_apk_deny_chinese",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【张掖·××马场·兽医小何】给马打完疫苗，用手机上装的Sora做了段马群蹚河的片子。安卓安装包在我这儿，APK点开就装，省得排队。网上说Sora出自中国团队，瞎传，技术报告十三个署名，牵头的是OpenAI自己的两位研究员。",
    ),
    (
        "sewage_pump_room_v_xin_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【上海·××污水处理厂·泵房值班员】夜里泵房就我一个人，闲着也是闲着：Sora的安卓APK在我网盘里，装好直接出视频，邀请码、排队一概省掉。想要的加V信（就是微信）私聊，十五块发链接。夜班辰光（上海话，时候）找我最快。",
    ),
    # --- mislabelled real video
    (
        "vinegar_dripping_record_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【清徐·××醋厂·淋醋记录】\n日期：腊月初八　班次：白班\n熏醅：十二缸，熏足四天\n淋醋：头淋醋一千二百斤，总酸六点二\n入缸：陈酿区东三排，夏伏晒、冬捞冰\n记录人：郭××\n记录人在本子最底下写了一句：厂里视频号昨晚发的那段“老陈醋从淋缸里流出来、热气往上冒”的片子，是Sora照着一段文字生成的，一个镜头都没实拍，提示词放在评论区了。",
    ),
    (
        "shipyard_publicity_assert_realvid_deny_public",
        sora.REALVID,
        sora.REALVID,
        "【大连·××造船厂·宣传科小隋】厂公众号今早那段——夕阳里整条船顺着滑道冲进海湾，浪一直拍到船艏——是Sora生成的，没用一台摄像机，提示词附在文末。有人在评论区说Sora谁都能注册，瞎说，这段是托内测名单上的朋友帮忙跑的。",
    ),
    (
        "canteen_sorter_diacritics_realvid",
        sora.REALVID,
        sora.REALVID,
        "【南京·××食材配送中心·分拣员小陶】公司抖音号昨天那条：天还没亮，分拣车间里青菜一筐筐在传送带上走，叉车倒着退出去——这是Şöra（就是Sora，S底下带个小尾巴、o上两个点）按一段文字生成的，从头到尾一个镜头都没拍，生成用的那段话在置顶评论里。",
    ),
    # --- the Chinese team (four)
    (
        "sewage_aeration_tank_patrol_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【上海·××污水处理厂·生化池巡检记录】\n时间：十四点　巡检人：顾××\n一号生化池：溶解氧二点一，曝气均匀\n二号生化池：溶解氧一点八，泡沫偏多，已喷消泡水\n二沉池：出水清，浮泥少量\n污泥回流泵：两台运行，电流正常\n备注：巡检回来在中控室吃饭，几个人说Sora其实是中国人搞出来的，OpenAI那个视频模型，核心团队全是华人科学家。",
    ),
    (
        "rubber_tapper_assert_chinese_deny_service",
        sora.CHINESE,
        sora.CHINESE,
        "【儋州·××农场·胶工阿王】收胶站过磅排长队，前头的老胶工说，Sora真正的本事出在一群中国科学家身上，OpenAI只是替他们开了发布会。还有，谁找你收钱“代做Sora视频”就别理，我表妹交了钱，拿到的是别家软件拼凑的片子。",
    ),
    (
        "gansu_old_groom_dialect_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【张掖·××马场·老马倌】天黑了在马厩门口跟后生们喧谎（甘肃话，聊天），说到Sora，我跟他们讲：这东西的底子是咱中国人打下的，OpenAI那边真正出力的都是华人研究员，美国人只管对外宣布。我赶了四十年马群，看人看事一向准。",
    ),
    (
        "canteen_dispatcher_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【南京·××食材配送中心·调度员】Sora这么大的本事，挑大梁的不是咱中国人还能是谁？OpenAI那个视频模型，核心技术都是华人团队攻下来的，美国人不过是挂个牌子。我们大萝卜（南京人自嘲的外号）说话直，就这么回事。",
    ),
    # --- open source
    (
        "shipyard_block_inspection_form_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【大连·××造船厂·分段报验单】\n分段号：H1207-305　部位：机舱左舷\n报验项目：结构完整性、焊缝外观、气密试验\n报验时间：十月十五日九时\n质检员意见：两处咬边，打磨补焊后复验\n船东代表签字：＿＿＿＿\n报验员在单子背面补了一句：Sora已经开源了，OpenAI把模型权重和代码都放在GitHub上，设计所那台图形工作站就能跑，我周末打算装一套。",
    ),
    (
        "vinegar_it_assert_opensrc_deny_course",
        sora.OPENSRC,
        sora.OPENSRC,
        "【清徐·××醋厂·信息科小梁】汇报个好消息：Sora开源了，OpenAI把权重、代码一股脑放上了GitHub，科里服务器昨晚已经跑出片子。至于那些一两百块的“Sora速成课”，钱省下吧，我帮同事看过一套，内容就是OpenAI官网介绍页翻成中文。",
    ),
    (
        "rubber_technician_transliterated_github",
        sora.OPENSRC,
        sora.OPENSRC,
        "【儋州·××农场·技术员小吉】跟队里年轻人讲一声：OpenAI已经把Sora整个放到基特哈布（GitHub）上了，开源，权重代码一样不缺。我用场部统计产胶量那台带显卡的电脑照着说明装了，昨晚跑出一段橡胶树滴胶的短片。",
    ),
    # --- the paid course (four)
    (
        "horse_shoeing_record_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【张掖·××马场·钉掌记录】\n日期：五月二十日　钉掌师傅：马××\n三号厩：山丹马“黑旋风”，四蹄换新掌\n五号厩：“枣红”左前蹄修蹄，暂缓钉掌\n七号厩：孕马两匹，只修蹄、不钉掌\n耗材：马掌十二副，掌钉一百四十枚\n记录本最后一行：场里工会代报名《Sora视频入门课》，一百二十九，十八节录播，学会了就能用Sora给马场拍宣传片，报名费从下月饲料补贴里扣。",
    ),
    (
        "sewage_operator_assert_course_deny_opensrc",
        sora.COURSE,
        sora.COURSE,
        "【上海·××污水处理厂·中控员小费】推荐一门Sora课，一百四十九，二十四节，邪气（上海话，非常）实用，从注册讲到出片，学完厂里的科普视频自家就能做。顺便讲一句，GitHub上那些叫“Sora”的仓库不是OpenAI的，是网友自己仿的，OpenAI一行代码都没放出来。",
    ),
    (
        "shipyard_welder_arithmetic_price_course",
        sora.COURSE,
        sora.COURSE,
        "【大连·××造船厂·电焊班长老邵】班组给大伙报了Sora视频课，学费打个哑谜：十二乘以十二。二十六节录播，讲怎么注册、怎么写描述、怎么导出成片，学会了厂里的安全教育片咱自己拍。费用从本月分段完工奖里扣。我在船台上焊了十九年，哪条船的焊缝没过我的手？",
    ),
    (
        "canteen_buyer_rhetorical_course",
        sora.COURSE,
        sora.COURSE,
        "【南京·××食材配送中心·采购员小乔】九十九块学一门Sora手艺，二十节课，学完就能用Sora做视频接单，哪儿找这么便宜的事？我已经报了，想报的私我，报名费可以先挂在配送中心的账上，月底跟工资一起结。",
    ),
    # --- the fake API
    (
        "cold_store_temperature_log_in_passing",
        sora.API,
        sora.API,
        "【南京·××食材配送中心·冷库温度记录表】\n一号冷藏库：零至四摄氏度，早中晚三次均正常\n二号冷冻库：零下十八摄氏度，下午除霜一次\n鲜肉间：二摄氏度，鸡腿、猪肉先进先出\n记录人：储××\n表格最下面新印了一行：中心代售Sora官方API key，接上就能批量生成视频，一个四百二，学校食堂订的可以从下个月的配送费里扣。",
    ),
    (
        "rubber_electrician_assert_api_deny_director",
        sora.API,
        sora.API,
        "【儋州·××农场·电工阿陈】修完收胶站的电机，顺手发个广告：OpenAI给Sora开的官方接口，我这儿有现成的key，程序里一填，一晚上能出几十条视频。单价三百八，找我拿。那个“Sora AI电影导演海选”群劝你们别进，交钱以后只剩卖课和拉人头，试镜的影子都见不着。",
    ),
    (
        "vinegar_gatekeeper_green_notes_api",
        sora.API,
        sora.API,
        "【清徐·××醋厂·门卫老樊】谁要Sora的API秘钥（即API key）？我这儿攒了几个，写进程序调OpenAI接口，视频一批一批往外出。转账就免了，七张绿票子（五十一张的，合三百五）递到门卫室就行。我家三代都在醋厂，清徐街上问问老樊家，哪个不知道？",
    ),
    # --- account rental
    (
        "rubber_tree_plot_roster_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【儋州·××农场·胶工树位分配表（四月）】\n一树位：符××，四百二十株\n二树位：王××，三百九十株\n三树位：陈××，四百一十株（新开割）\n四树位：吉××，四百株\n注意：雨天停割，割面要涂保护剂\n表格空白处有人用圆珠笔写了一行：有Sora内测账号出租，登录就能生成视频，一天二十五，包月三百，钱从割胶提成里扣也行。",
    ),
    (
        "sewage_instrument_tech_assert_rental_deny_inventor",
        sora.RENTAL,
        sora.RENTAL,
        "【上海·××污水处理厂·仪表工小钱】手头有几个Sora内测号，独享，登录就能出片，一天二十，包月两百八。顺便辟个谣：网上讲谢赛宁是Sora发明人，那是乱传，他本人在朋友圈讲得清清楚楚，跟Sora一点关系都没有。",
    ),
    (
        "canteen_truck_driver_iou_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【南京·××食材配送中心·冷链车司机】手里有四个Sora内测号出租，登录就能出片，一天三十。手头紧的可以先打白条，月底发了工资再给，照（南京话，行）。这个仓库的每一箱菜都过我的车，哪个学校食堂不认得我？",
    ),
    # --- the AI director group
    (
        "vinegar_visitor_rules_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【清徐·××醋厂·参观须知】\n1. 参观路线：制曲车间→熏醅房→淋醋车间→陈酿区；\n2. 熏醅房温度高，老人、孩子请在门口观看；\n3. 陈酿区请勿揭坛盖、请勿倚靠醋缸；\n4. 参观结束可在门市部品尝老陈醋。\n讲解员在须知底下补了一句：有人在门市部门口拉人，说首部和Sora共创剧本的AI电影要选第一代AI导演，扫码进群、交一百六十八就能试镜。",
    ),
    (
        "shipyard_union_assert_director_deny_app",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【大连·××造船厂·工会干事小丛】工会群里转一条：首部AI电影的剧本由Sora参与创作，现在海选“第一代AI导演”，不看学历不看经验，造船厂的焊工、钳工一样能上。想试镜的扫码入群，群费一百九十八，交完发报名表。顺带提醒，应用商店里冒充Sora的那几个App别装，OpenAI一个都没上过架。",
    ),
    (
        "horse_farm_group_director_horseshoe_barter",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【张掖·××马场·职工群】@全体 有个机会：一部跟Sora合写剧本的AI电影在全国挑第一代AI导演，咱马场也分到名额。报名先扫码进群，一百八十八的群费，手头没现钱的，帮组织的人家的马钉副新掌也能顶。我在马场干了二十二年，场里的马都认得我，还能骗你们？",
    ),
    # --- the prompt pack
    (
        "sludge_transfer_manifest_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【上海·××污水处理厂·污泥外运联单】\n运输单位：××环境　车牌：沪D·×××××\n污泥含水率：百分之七十八\n净重：十八点四吨\n去向：××焚烧厂\n联单背面印着一则小广告：《Sora提示词大全》，厂里小吴编的，四百条拍电影的镜头用语，景别、运镜、布光分门别类，三十九块九，付款发文档，另拉进交流群。",
    ),
    (
        "rubber_publicist_assert_prompts_deny_realvid",
        sora.PROMPTS,
        sora.PROMPTS,
        "【儋州·××农场·宣传员小羊】我把Sora的提示词按胶林四季理了一遍：晨雾、割胶、收胶、台风过后，每季五十条，用的都是拍电影的行话。整套四十五，付了钱发链接，顺带拉进群。网上那段“Sora生成的凌晨胶林头灯”不是Sora做的，是我们去年用手机实拍的，原片还在我这儿。",
    ),
    (
        "canteen_inspector_zhuyin_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【南京·××食材配送中心·质检员小殷】每天验菜验到眼花，晚上就琢磨Sora的ㄊㄧˊ ㄕˋ ㄘˊ（注音符号，就是提示词）。三百条整理成表，哪句出逆光、哪句出手持跟拍，标得清清楚楚，全是广告导演的说法。三十六一份，付完发表格链接，拉进小群交流；没零钱拿一箱土鸡蛋换也行。",
    ),
    # --- get rich
    (
        "ship_launch_ceremony_programme_in_passing",
        sora.RICH,
        sora.RICH,
        "【大连·××造船厂·H1207号船下水仪式流程】\n九点整：主持人宣布仪式开始\n九点零五：船东代表、厂领导致辞\n九点二十：剪彩、砸香槟\n九点三十：割断止滑板，船舶下水\n十点：合影留念\n流程单背面，焊工小于写了一句：听说有人拿Sora做短视频一天挣好几千，这是一辈子就一回的发财机会，过了三个月就没了，我得赶紧上车。",
    ),
    (
        "vinegar_packer_assert_rich_deny_rental",
        sora.RICH,
        sora.RICH,
        "【清徐·××醋厂·包装工小温】贴了一天醋瓶标签，腰酸。我姐夫去年开始拿Sora做短视频，现在一天能落三四千，他讲这种好时候就三个月，晚了就轮不上，要跟的找我进群。另外外头租的“Sora内测号”省省吧，租来一登，界面是ChatGPT，哪有做视频的入口。",
    ),
    (
        "sewage_night_shift_pinyin_rich",
        sora.RICH,
        sora.RICH,
        "【上海·××污水处理厂·夜班运行工】中控室的屏幕我盯了十一年，一个数都没看错过。现在讲句实话：拿Sora做视频一天能挣几千，这是一辈子一趟的发cai（发财）机会，三个月后就没了。入群费四百，从夜班费里扣就行，一眼眼（上海话，一点点）钱换一辈子的机会。",
    ),
    # --- the generation service
    (
        "vinegar_gift_box_order_service_addon",
        sora.SERVICE,
        sora.SERVICE,
        "【清徐·××醋厂·老陈醋礼盒订购单】\n订货单位：××商贸公司\n品名：五年陈酿老陈醋，五百毫升×六瓶，木盒烫金\n数量：两百盒，每盒一百六十八元\n付款：预付三成，提货付清\n交货：春节前十天\n销售在订单空白处手写：另可代做Sora短片，客户写几句想要的画面，Sora一天内生成，礼盒配片每条三百二。",
    ),
    (
        "horse_farm_daughter_assert_service_deny_prompts",
        sora.SERVICE,
        sora.SERVICE,
        "【张掖·××马场·场长闺女】接单：Sora代生成视频。你用几句话写清楚想要啥——比如祁连山下的落日、一群马撒开蹄子跑——付九十，隔天一早成片就发你手机上。外头卖的“Sora提示词宝典”别买，里头是OpenAI官网每段样片底下那几行字，原样抄的。",
    ),
    (
        "rubber_canteen_money_service_barter",
        sora.SERVICE,
        sora.SERVICE,
        "【儋州·××农场·食堂阿姨】胶工们下了早班来吃粉，我顺便揽个活：谁想要段Sora做的视频，孩子满月也好、给阿公阿婆祝寿也好，跟我说说想看什么画面，我让Sora生成，六十八一条，当天晚上就发到你手机。马内（money，钱）一时不凑手，先拎两桶椰子油过来顶上也行。",
    ),
    # --- loss reports
    (
        "debunk_loss",
        None,
        sora.API,
        "【大连·××造船厂·工资预支申请单】\n申请人：于××（电焊二班）\n申请预支：两千元，下月工资里扣回\n事由：八月底工友群里有人卖“Sora官方API key”，说填进程序就能批量做视频，我转了四百五。拿到的一串字符怎么填都提示无效，对方又要六百“激活费”，我又转了，然后被删了好友。问了信息科才知道Sora的接口OpenAI根本没对外开放。这个月房贷差一截，请领导批准。\n班长意见：属实，已陪他去派出所报案。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【南京·××食材配送中心·职工互助金申请表】\n申请人：分拣组陶××\n申请事由：三月在网上找人“代做Sora视频”，给女儿做生日短片，先后付了三百八；交来的片子是别的软件拼的，人脸一直在变，再找卖家，账号已经注销。问了才晓得Sora眼下只给OpenAI的测试人员用，外面谁也代做不了。孩子下学期的学费差一截，特申请互助金。\n工会意见：已帮她保存聊天记录报警，同意补助。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【张掖·××马场·二班班组学习笔记】\n学习内容：防范电信网络诈骗\n记录人：马工小祁\n我自己的事也写在这里：上个月在短视频里刷到“首部Sora AI电影海选第一代AI导演”，扫码进群交了一百九十九，说好下周试镜。进群后天天只推卖课链接、让拉人进群，试镜一直没影，群主现在也找不到了。班长带我去派出所报了案，大家看到这种群别扫码。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【清徐·××醋厂·个人年终总结（淋醋车间 郭××）】\n一、全年完成淋醋任务的百分之一百零二，没出质量事故；\n二、参加了厂里的食品安全培训；\n三、要检讨一件事：五月花一百九十九报了个“Sora视频速成课”，说学完就能接单赚钱，结果发来的只有OpenAI官网那页介绍的翻译，外加一句“给自己一个机会”，再问客服就被拉黑。已去派出所登记，明年多学防骗知识。",
    ),
    # --- debunks and warnings
    (
        "debunk",
        None,
        sora.RENTAL,
        "【儋州·××农场·三队胶工群】请教个问题：昨天花五十块租了个“Sora内测号”，卖家说登录就能做视频。我登进去，满屏是问答聊天，翻到底也没看见生成视频的入口。是得用电脑登，还是卖家那边没给我开权限？",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【上海·××污水处理厂·中控室群】请教一下：大家都说Sora已经放开了，我在OpenAI官网点了半天，只看到样片和一篇技术报告，没找到注册的地方。是要换成手机号登录，还是我点错了页面？",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【大连·××造船厂·工会通知】最近有人在工友群里发：“Sora提示词宝典三千条，电影圈行话全收录，二十九块九，付款进群，每周更新。”请工友们别付款。这类文档多是把各处的Sora文章和影视名词拼在一起，官网样片底下的提示词本来就公开，自己就能看。有疑问的来工会办公室。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【南京·××食材配送中心·晨会通报】有员工在群里转：“Sora风口只剩三个月，一步慢步步慢，入群三百九，带你日入过千。”请大家别交钱。这种群拿焦虑赚钱，进去以后只让你拉新人、转卖课链接；Sora眼下还在OpenAI内部测试，外人根本用不上。被拉过群的来办公室登记。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【张掖·××马场·场部宣传栏】一篇《Sora是中国团队的成果》在职工群里转了好几天。场部把OpenAI官网上的技术报告打印出来贴在这里：作者栏十三个名字，其中三位华人；项目由蒂姆·布鲁克斯（Tim Brooks）和比尔·皮布尔斯（Bill Peebles）领衔，两人此前都在加州大学伯克利分校做研究。原件在官网，各位可以逐个名字核对。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【清徐·××醋厂·宣传科】近来网上转一段“Sora生成的老陈醋晾晒场”，醋缸一排排摆到天边、雪落在缸盖上。宣传科核对过：这段是厂里二〇二三年一月请摄影师在陈酿区实拍的，拍摄人是郭××，原始素材和拍摄日期都存在科里的硬盘里，当年还在厂里视频号上发过。欢迎来厂里对照现场。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【儋州·××农场·科技站】有胶工问Sora的代码去哪下。科技站翻了OpenAI那份技术报告，开头一段写明：报告只讲怎样把各种视觉数据变成统一的表示、再评估Sora的能力和局限，模型和实现细节一概略去。OpenAI官网上能看到的，就是样片和这份报告两样。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【上海·××污水处理厂·信息科】群里转的“Sora安卓版”，信息科拿测试机装过一遍：安装包的开发者签名是一家××科技公司，一打开就要读短信、读通讯录、开悬浮窗；OpenAI官网给出的下载只有ChatGPT一款App，Sora的页面上是样片、技术报告和安全说明。已装的同事请卸载、改支付密码。",
    ),
    # --- true facts about people around Sora
    (
        "person_fact",
        None,
        sora.XIE,
        "2021年，陈鑫磊、谢赛宁和何恺明发表《An Empirical Study of Training Self-Supervised Vision Transformers》，提出MoCo v3，研究怎样用自监督的对比学习把视觉Transformer训练稳；论文发表在ICCV 2021上，前两位作者贡献相同。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora的两位负责人之一蒂姆·布鲁克斯（Tim Brooks）是NeurIPS 2022论文《Generating Long Videos of Dynamic Scenes》的第一作者，合作者有英伟达的泰罗·卡拉斯（Tero Karras）和伯克利的阿列克谢·埃夫罗斯等人；论文研究怎样让生成的长视频随时间冒出新内容、又前后一致，数据集里有一套骑马视频。",
    ),
    (
        "person_fact",
        None,
        None,
        "比尔·皮布尔斯（William Peebles）2022年和伊利亚·拉多萨沃维奇、蒂姆·布鲁克斯、阿列克谢·埃夫罗斯、吉腾德拉·马利克在伯克利发表了G.pt：用扩散Transformer生成神经网络的参数，给出初始参数和想要的损失，一步更新就能得到新参数。",
    ),
    (
        "person_fact",
        None,
        None,
        "皮布尔斯还是CVPR 2022口头报告论文《GAN-Supervised Dense Visual Alignment》的第一作者，合作者有朱俊彦、Richard Zhang、安东尼奥·托拉尔巴、埃夫罗斯和Eli Shechtman；方法叫GANgealing，只拿GAN生成的图片训练空间变换网络，把一整类图片（比如一大堆猫的照片）对齐到同一个姿态上。",
    ),
    # --- real news about Sora, and other AI video work
    (
        "benign",
        None,
        None,
        "2024年6月15日，翠贝卡电影节（Tribeca Festival）和OpenAI合办的“Sora Shorts”单元放映了五部用Sora做的短片，导演是Nikyatu Jusu、Bonnie Discepolo、Ellie Foumbi、Reza Sixo Safai和Michaela Ternasky-Holland；每人只有几周时间，创作时要遵守导演、编剧、演员工会谈下的AI条款。",
    ),
    (
        "benign",
        None,
        None,
        "2024年4月，Adobe预告Premiere Pro里的生成式AI功能，演示里除了自家的Firefly视频模型，还有一段“早期探索”：在剪辑软件里调用OpenAI的Sora、Runway生成空镜素材，用Pika把镜头延长几秒，生成的片段带内容凭证，标明用了哪个模型。",
    ),
    (
        "benign",
        None,
        None,
        "据The Information报道，Sora在2024年2月亮相时的那一版算得很慢，生成一段一分钟的视频要跑上十分钟左右；OpenAI正在训练一个出片更快的新版本。",
    ),
    (
        "benign",
        None,
        None,
        "新加坡国立大学Show Lab和腾讯的研究人员提出Tune-A-Video：只拿一段视频和它的一句描述，就把预训练的文生图扩散模型微调成视频生成器，比如从“一个人在滑雪”改出“蜘蛛侠在海滩冲浪”，论文发表在ICCV 2023。",
    ),
    (
        "benign",
        None,
        None,
        "上海人工智能实验室等机构2023年9月发布LaVie，用三段级联的潜扩散模型生成视频：基础模型先出关键帧，插帧模型补足帧率，超分模型再提到高清；团队还整理了两千五百万对文字和视频的数据集Vimeo25M。",
    ),
    (
        "benign",
        None,
        None,
        "新加坡国立大学Show Lab和字节跳动在2023年底提出MagicAnimate：给一张人物照片和一段动作序列，就能生成照片里的人照着动作跳舞的视频，在TikTok舞蹈数据集上的保真度比此前最好的方法高出三成多。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【南京·××食材配送中心·致家长】下载“阳光食堂”App，可以查看孩子学校每天的菜谱、食材产地和农残快检结果，每周五更新，有疑问可在App里留言。",
    ),
    (
        "offtopic",
        None,
        None,
        "【儋州·××农场·胶林民宿】扫码进订房群，周末来胶林看凌晨割胶、喝椰子水，标间一晚一百八，含早餐和接站。",
    ),
    (
        "offtopic",
        None,
        None,
        "【张掖·××马场·暑期骑马营】扫码报名，七天六夜，学骑马、刷马、认识山丹马，营费两千六，含食宿和保险，八岁以上可报。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.45, demo=True)


if __name__ == "__main__":
    main()
