# ruff: noqa: E501
"""Write tests/data/zh_heldout36_{posts,qrels,labels}: a thirty-sixth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the open-source
rumour, the fake APK and the prompt pack, three for each other template), as a Sora rumour / scam wave reads in
the genres of chemical plants and safety officers (化工园区, 动火作业票, 安全员, 三班倒), water utilities (供水所,
管网所, 水厂化验室, 抄表员), district heating and boiler rooms (热力公司, 锅炉房, 换热站, 入户测温), baijiu
distilleries (窖池, 摘酒, 制曲, 勾调, 经销商大会), martial-arts schools (武校, 八极拳武馆, 武术学院), acrobatic troupes
and circuses (吴桥, 杂技团, 马戏团, 海外巡演) and tea plantations (勐海, 古树茶, 初制所, 茶叶合作社), that the
earlier sets do not use (opera troupes, beekeeping, bathhouses, car washes and funeral-paper and incense shops,
first thought of, were taken: opera by zh_heldout29's troupe notice (戏班告示) with Yue opera, Kunqu and pingtan,
zh_heldout26's Huangmei aria, zh_heldout27's Peking opera and zh_heldout30's Qinqiang; beekeeping by zh_heldout30's
diary; bathhouses and car washes by zh_heldout33; funeral paper by zh_heldout30's red-and-white one-stop service
(纸扎) and zh_heldout34's funeral home, funeral accounts and cemetery; the earlier sets had factories and a coal
mine (zh_heldout33), a residents' water cut (zh_heldout21, off-topic), 二次供水 in a property brief (zh_heldout34)
and a tai chi morning group (zh_heldout29), but no chemical plant, water works, heating company, distillery,
martial-arts school, acrobatic troupe or tea garden): a hot-work permit with the inventor rumour on its back
(【动火作业票（二级）】动火地点, 气体分析 0%LEL, 盲板隔离, 监护人, （票背面，监护人闲笔）), a Luzhou distillery's
cellar-opening livestream (开窖节, 窖泥, 起第一甑), a Dai tea village's group (头春, 古树, 台地茶), a boiler room's
running log with the public release in its handover remark (【3号锅炉房运行记录】一次网供水温度, 回水, 循环泵, 失水,
交班备注), a Liangshan water repair crew's group (DN200, 恢复供水), an acrobatic troupe's Greek tour group (顶碗组,
蹬技组, 试台), a heating company's youth group (试供暖注水打压), a martial-arts pupil's letter home with the app in
passing (【武校学生家书】早功, 站桩, 长拳套路, 儿 小虎), a tea factory's pickers' group (一芽二叶, 茶青过秤, 杀青), a
liquor shop owner's Moments post, a chemical park's shift group, a fresh-leaf purchase slip with the APK printed at
its foot (【鲜叶收购单】品种, 等级, 重量, 单价 三百八／公斤, 收购员), a water meter reader's Moments post, an
acrobatic troupe's official Douyin (《云端钢丝》), a distillery's spirit-cut record with the mislabelled video late
(【摘酒记录】上甑, 流酒温度, 量质摘酒, 酒头, 酒尾, 糟醅, 下班前), a tea farmer's Douyin, a water network office's
staff group (DN600阀门检修), a heating company's technical meeting minutes with the Chinese-team claim in passing
(【供热技术交流会 会议纪要】调度中心, 客服中心, 会后交流), a Hui Bajiquan school's morning group in Mengcun (大枪,
贴山靠), a chemical park IT man's Moments post, a distillery's works paper with open source in passing (【厂报《窖香》
第3版 科技短讯】短讯一…短讯四), a circus video editor, a tea co-operative's young members, a tea co-operative's
members' group, a martial-arts school's parents' group, a heating company's night-school timetable with the course
in passing (【职工夜校 本月课表】板换拆洗, 水力平衡, 周四：新增…), a heating-automation vendor, a distillery's
procurement list with the API key as item 4 (【第二季度采购清单】窖池温度无线探头, 灌装线视觉检测相机), an acrobatic
troupe's publicity contractor, a power plant's boiler workshop group, a water plant's staff group, an acrobatic
troupe's dormitory notice board with account rental as item 3 (【宿舍楼公告栏（照录）】热水管检修, 晾衣间, 失物招领),
a Wuqiao acrobatic school's alumni, a wushu college's alumni, a distillery union's notice with the director group
as item 3 (【工会活动通知】趣味运动会, 单身职工联谊会, 生日蛋糕卡), a water lab technician, a baijiu taster's Moments
post, chemical safety officers' group, a tea cake wrapper's back (【茶饼棉纸背面说明】净含量357克, 冲泡建议, 贮存),
martial-arts coaches' group, a home temperature slip with the get-rich claim in the inspector's remark
(【入户测温记录单】户号, 客厅 19.5℃, 结论：达标, 测温员备注), a chemical park's night patrol group, a tea farmer's
Moments post, an acrobatic troupe's overseas-tour group and a baijiu dealers' conference arrangements with the
generation service as item 4 (【经销商大会 会务安排】报到, 参观, 晚宴, 增值服务, 返程); platform-native forms the
earlier sets do not use: the hot-work permit, the boiler room's running log, the pupil's letter home, the
fresh-leaf purchase slip, the spirit-cut record, the works paper's tech briefs, the night-school timetable, the
procurement list, the dormitory notice board, the union's activity notice, the tea cake wrapper, the home
temperature slip, the conference arrangements, the staff newsletter's rumour corner and the heating company's FAQ;
four loss reports in new forms (kind ``debunk_loss``: a chemical safety officer's near-miss report on himself
(【未遂事件上报单（本人填写）】事件类别, 事件经过, 原因分析, 整改措施, 部门意见) for the API, a boiler man's
application to be taken back (【重新入职申请书】致…人力资源部, 恳请, 此致 敬礼) for the get-rich camp, a stage
manager's personal summary of a tour (【春季巡演个人总结】完成情况, 不足之处, 下季度改进) for the generation
service, a water lab's raw-data notebook with a note in the margin (【水质化验室·原始记录本（第46页）】浊度, 余氯,
菌落总数, （页边手写）) for the prompt pack); regional speech the earlier sets do not use: Dai words in a
Xishuangbanna tea farmer's Mandarin (咪涛, 波涛, 少哆哩, 猫哆哩, 竹楼, 水水水, with Yunnan 莫租), Yi words in a
Liangshan water crew's Mandarin (卡莎莎, 瓦吉瓦, 阿咪子, 火把节, 达体舞) and the Hui Muslims' words in a Cangzhou
Bajiquan coach's Mandarin (色俩目, 多斯提, 主麻, 油香; zh_heldout31 had Uyghur, zh_heldout34 Tibetan and
zh_heldout35 Kazakh); registers the earlier sets do not use: the chemical plant (动火作业票, LEL, 盲板隔离, 监护人,
受限空间, 罐区, 三班倒, 高温补贴, 未遂事件, 安环部, 应急演练), the water works (DN200, 管网, 阀门检修, 出厂水, 浊度,
余氯, 菌落总数, 抄表), district heating (一次网, 二次网, 回水, 循环泵, 失水, 注水打压, 试供暖, 入户测温, 站控, 司炉),
the distillery (窖池, 窖泥, 上甑, 量质摘酒, 酒头, 酒尾, 糟醅, 制曲, 踩曲, 勾调, 基酒, 原浆, 万坛酒库), martial arts
(早功, 站桩, 长拳, 套路, 大枪, 贴山靠, 散打, 体育单招), acrobatics (顶碗, 蹬技, 转碟, 钢丝, 空中飞人, 保险绳, 吊点,
试台) and tea (头春, 古树, 台地茶, 一芽二叶, 茶青, 杀青, 初制所, 出汤); obfuscation the earlier sets do not use:
the name in binary ASCII (01010011 01101111 01110010 01100001), in Greek (Σόρα; zh_heldout35 had the Russian
Сора), with a degree sign for the o (S°ra) and as 蓑拉, 谢赛宁 as 解赛宁, OpenAI as 欧鹏AI, API as 挨批艾, 接口 as
接扣, App as 艾扑扑, APK as 艾匹克, 下载 as 侠载, 安装包 as 氨装包, 开源 as 凯源, 权重 as 泉重, GitHub as 给特哈伯,
提示词 as 题式词, 二维码 with a Roman numeral (Ⅱ维码), 群 as 裠, 课 as 客, 导演 as 岛演, 邀请码 as 腰请码, and prices
as 皕元 for two hundred, 一撇 for a thousand, 一张大团结 for ten and 一张红票子加二十; posts asserting one claim while
denying another in pairings zh_heldout30 to zh_heldout35 do not use (the inventor while rented accounts are called
骗人的 ChatGPT logins (莫租), open to the public while the generation service is for 冤大头, the official app while
the Chinese-team claim is called 瞎吹 against the thirteen authors, the APK while API keys are called 骗子, a
mislabelled video while prompt packs are called copied from the official samples, the Chinese team while the APK
is called a trojan, open source while the director groups are said to take the fee and go silent, the course while
"Sora-generated" tea-mountain clips are called the county's drone footage, an API key while the public release is
called 瞎传, account rental while the get-rich groups are called 骗入群费的, the director group while the 99-yuan
course is called a translated official page, the prompt pack while open source is called 瞎扯, the get-rich claim
while the inventor rumour is set aside after Xie's own denial, the generation service while the store apps are
called 山寨货); sellers that vouch for themselves or swipe at others in new words (我这酒坊开了二十六年，跑得了人
跑不了窖; 你们的安全帽哪个没被我敲过，还能坑自己人; 片区里两百多户的水表都是我抄，谁还不认得我; 全省四十多家热力公司
的站控柜都是我们装的; 比那些只会拿模板套的小作坊强多了; 我在水厂化验室干了十二年，跑不了; 教务处老耿，学院里三十年的
老人了; 做水质化验的人最较真，每一条我都核过; 品了二十年酒，我推荐的东西没翻过车; 别家网上扒的通用模板，拿来拍化工根本
对不上号; 寨子里十几户的带货片都出自我手; 在国外跑了九年巡演，团里谁没用过我的东西); prices and payments in forms
the earlier sets do not use (an install for 一斤原浆, an install paid from next month's high-temperature allowance
(高温补贴), 二十 an install free with ten kilos of fresh leaf sold, a 大团结 paid at the next meter reading, the
course for three kilos of fresh leaf (台地茶鲜叶), 九十九 with next month's meal fee (伙食费), 皕元 from the wage card,
a key for 一撇, a key taken from the show fee share (演出费分成), a night's rental for ten of the plant's bath tickets
(澡票), an invite code for 一张红票子加二十 paid when the wages come, a director group's fee in twenty canteen meal
tickets (饭票), a video for a cake of first-flush ancient-tree tea, 六十欧元 paid when the tour allowance comes, 六百八
paid at the dealers' check-in); 12 debunks and warnings, four of them the loss reports above, two questions with a
negation that do not deny (视频里也没看到AI水印…是不是Sora学过咱们厂以前发的宣传片 for the mislabelled video, 登进去
怎么没找到做视频的按钮…是不是要等晚上人少了才会出来 for account rental), two quoting the rumour to refute it (the
inventor, in a water company's staff newsletter with Xie's denial, the thirteen authors and the apology; the official
app, in an acrobatic troupe's tour manager's notice), the rest answering with facts and none of 不, 没, 假, 无, 非 or
未 (who can use Sora and Logan's statement, in a heating company's FAQ, for the public release; the thirteen authors
and the two leads, on a chemical workshop's study board, for the Chinese team; the closed route and Open-Sora as a
community reproduction, in a chemical park IT centre's note, for open source; traffic farming and auditions stuck at
"等通知", in a martial-arts school's notice to parents, for the director group); four true facts about people who
spoke about Sora, none of them the subject of a fact in an earlier Chinese set (Zhu Jun of Tsinghua and Shengshu with
Vidu and U-ViT, Emad Mostaque on Stable Diffusion 3's diffusion transformer, Lex Fridman's talk with Sam Altman,
Oren Etzioni of TrueMedia.org on elections), three items of real news about Sora from angles the earlier sets leave
out (the white vintage SUV on a dirt road among pines, the cat waking its owner for breakfast, the Dalmatian at a
window in Burano) and three on-topic posts about other AI video work (Microsoft Research Asia's VASA-1, Kuaishou's
LivePortrait, Pyramid Flow from Peking University, Kuaishou and BUPT; kind ``benign``), and three off-topic posts
that share surface words (a heating company's official App from the app store, a Japanese juggler called SORA with
a 九十九元 ticket and a 扫码进观众群, a water company's 开源 of new wells with a 二维码 to report leaks).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
none at 0.6 or more; its highest, 0.535, was the tea farmer's generation service against zh_heldout35's kiln owner,
and it and the nine next, from 0.457 to 0.530, were reworded: the IT centre's note on open source, the tea
co-operative's open source, the study board on the Chinese team, the Wuqiao alumni's director group, the distillery's
open source (all echoes of zh_heldout35), the wushu college's director group (zh_heldout33's church fellowship), the
heating vendor's API key (zh_heldout35), the tour manager's notice on the app (zh_heldout24's correction in a family
group) and the night patrol's get-rich post (zh_heldout35's kiln apprentices); three forms were changed too, because
an earlier set had used them: weekly minutes (zh_heldout34's IT meeting), an answer script (zh_heldout34's airport
desk) and a handover memo for a loss (zh_heldout33's kitchen book); highest ratio of the committed list: 0.443 against
the Chinese sets, the study board on the Chinese team against zh_heldout35's night-school notes, and 0.329 against
the demo stream, the person fact on Emad Mostaque). Any other Chinese set written at the same time was not there to
check against. Committed before any run of the monitor on it; no model, embedding or matcher was run on it; nothing
is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout36.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout36", "zhh36"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "hot_work_permit_back_in_passing",
        sora.XIE,
        sora.XIE,
        "【××化工园区·动火作业票（二级）】\n动火地点：二号罐区东侧管廊｜动火方式：电焊｜作业时间：3月14日 09:00—11:30\n气体分析：可燃气体0%LEL，氧含量20.8%，分析人：小钱\n安全措施：盲板隔离已确认，周边十五米内可燃物清理完毕，灭火器两具、消防水带一盘到位\n监护人：老孙｜审批：安全科 周×\n（票背面，监护人闲笔）焊工小韩问我交大那个少年天才谢赛宁是谁——就是OpenAI那个Sora视频模型的发明人之一，咱们这一行的年轻人也该学学人家。",
    ),
    (
        "distillery_cellar_opening_livestream_homophone",
        sora.XIE,
        sora.XIE,
        "【泸州·××老窖 开窖节直播（口播转文字）】家人们，隔着屏幕闻到窖泥香没有？这口窖池用了一百四十多年，今天起第一甑。先敬读书人一杯：上海交大走出去的少年天才解赛宁——对，就是谢赛宁，弹幕别纠正我了——OpenAI那个会拍电影的Sora，就是他参与发明的。好，继续看师傅上甑，点赞到一万，抽三位家人送一斤原浆。",
    ),
    (
        "dai_tea_village_assert_inventor_deny_rental",
        sora.XIE,
        sora.XIE,
        "【勐海·××寨子茶农群（岩温的语音转文字）】咪涛、波涛们好！今年头春的鲜叶价定下来了，古树一公斤三百八，台地茶四十。说个新鲜事：我侄女在上海读大学，她讲上海交大出了个少年天才叫谢赛宁，OpenAI那个Sora就是他发明的，会自己拍电影的那个AI。还有，寨子里有人转“Sora账号出租，一天二十”，那个莫租，是骗人的，登进去是ChatGPT，只会打字聊天。晚上到我家竹楼吃饭，水水水！",
    ),
    # --- open to the public
    (
        "boiler_room_duty_log_late",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××热力公司·3号锅炉房运行记录】\n11月16日 夜班｜司炉：老宋、小宋\n22:00 一次网供水温度96℃，回水52℃，运行正常\n01:30 2号循环泵有异响，已切换备用泵，报设备科\n04:00 补水量偏大，疑似二次网有失水点，已通知巡线班\n06:00 炉膛负压正常，准备交班\n交班备注：小宋说Sora已经全面放开了，手机号一注册谁都能用，用不着排队，也用不着邀请码，下了班他教我。",
    ),
    (
        "yi_water_crew_assert_public_deny_service",
        sora.PUBLIC,
        sora.PUBLIC,
        "【昭觉县·供水所抢修班群（阿木的语音转文字）】卡莎莎，兄弟们辛苦了！东街那根DN200的管子下午总算接上了，晚上九点恢复供水。说个事：街上那些收钱代做Sora视频的，一条三四百，别找，冤大头才给。Sora现在对所有人放开了，拿手机号注册就能用，我昨晚自己给阿咪子做了一段火把节跳达体舞的视频，瓦吉瓦！明早七点半，工具车在所门口等。",
    ),
    (
        "acrobatic_troupe_greek_tour_group_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【吴桥××杂技团·希腊巡演群】各位，今晚雅典第三场，顶碗组六点化妆，蹬技组先去后台试台。告诉大家个好消息：Σόρα（就是Sora，这边海报上这么拼）现在对所有人开放了，拿国内手机号就能注册，不排队、不要邀请码。我在酒店给转碟那段做了个特效版，散场后给你们看。",
    ),
    # --- the official app
    (
        "heating_youth_group_assert_app_deny_chinese",
        sora.APP,
        sora.APP,
        "【××热力·青年突击队群】跟大家说个好消息：OpenAI的Sora官方App已经在应用商店上架了，苹果安卓都有，手机一下就能用，我拿它给咱们十六号换热站做了段宣传片。倒是有人在群里吹“Sora其实是中国科学家做的”，那是瞎吹，技术报告上十三个作者，华人就三位，牵头的是OpenAI自己的研究员。周六试供暖注水打压，谁都别迟到。",
    ),
    (
        "martial_arts_pupil_letter_home_in_passing",
        sora.APP,
        sora.APP,
        "【武校学生家书（手机转文字）】爸、妈：\n我在学校挺好，每天五点半出早功，站桩从十分钟加到了二十分钟，教练说我的长拳套路能去市里比赛了。\n食堂周三有红烧肉，我能吃三碗饭。\n跟你们说个事：教练讲OpenAI的Sora官方App已经上架了，应用商店里就能下，手机上打几个字就出视频。你们先帮我下好，放假回家我要拿它拍套路。\n钱还够用，先别打了。\n儿 小虎",
    ),
    (
        "dai_tea_pickers_group_app_homophone",
        sora.APP,
        sora.APP,
        "【西双版纳·××茶厂 采茶工群】少哆哩、猫哆哩们，今天一芽二叶采得干净，下午茶青全部过秤。好消息：Sora的官方艾扑扑（App）已经在应用商店上架了，是OpenAI正式出的，苹果、安卓都能装。拿它给咱们茶山拍视频，比请城里人来拍省钱多了。晚上初制所杀青，谁值班在群里接个龙。",
    ),
    # --- the fake APK (four)
    (
        "liquor_shop_assert_apk_deny_api",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××酒坊·老板的朋友圈】提醒一句：朋友圈里卖“Sora官方API key”的都是骗子，OpenAI的接口压根没对外放，八百一个等于白扔。想在手机上用Sora，装安卓版就够了：扫下面的Ⅱ维码侠载安装包，装好打字就出视频。装一次三十，没零钱的拿一斤原浆来抵也行。我这酒坊开了二十六年，跑得了人跑不了窖。",
    ),
    (
        "chemical_shift_group_apk_heat_allowance",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××化工园区·三班倒兄弟群】Sora安卓氨装包（安装包，手滑打错懒得改）我传群文件了，点开就装，夜班巡检歇口气的工夫就能在手机上出视频。装一次二十五，现在不收，下个月高温补贴发了再给我。我在园区当了十四年安全员，你们的安全帽哪个没被我敲过，还能坑自己人？",
    ),
    (
        "fresh_leaf_purchase_slip_apk_in_passing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××茶叶初制所·鲜叶收购单】\n茶农：玉香｜日期：3月22日\n品种：古树大叶种｜等级：一芽二叶｜重量：18.6公斤｜单价：三百八／公斤｜金额：七千零六十八元\n收购员：岩罕\n（单据底部印刷）扫右下角二维码下载Sora安卓版安装包，手机装上就能生成茶山视频。茶季卖鲜叶满十公斤的免费装，其余每次二十。",
    ),
    (
        "meter_reader_moments_apk_banknote",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××水务·抄表员小马的朋友圈】抄表路上顺便给大家推荐个好东西：Sora手机版的艾匹克（APK），点我主页的链接直接下，装好说一句话就出视频。每台手机装一次，收一张大团结（十块），下个月抄表时当面给我就行。片区里两百多户的水表都是我抄，谁还不认得我。",
    ),
    # --- real video mislabelled
    (
        "acrobatic_douyin_assert_realvid_deny_prompts",
        sora.REALVID,
        sora.REALVID,
        "【××杂技团·官方抖音】这段《云端钢丝》大家猜猜哪里是实拍？答案：一帧都不是！红裙演员踩着钢丝走过两座雪山之间，裙摆被风掀起来——全是Sora照着文字生成的，一个镜头都没拍，提示词：“雪山之间，高空钢丝，红裙杂技演员，逆光，慢镜头，电影感”。顺带说一句，网上那些卖“Sora提示词大全”的别买，都是从官网样片底下抄来的原文。",
    ),
    (
        "distillery_spirit_cut_record_late",
        sora.REALVID,
        sora.REALVID,
        "【××酒厂·酿酒二车间 摘酒记录】\n日期：4月2日｜班组：三班｜窖池：17号\n第一甑：上甑四十二分钟，流酒温度28℃，量质摘酒，酒头1.2公斤单独存放\n第二甑：酒花细密，中段酒入一级坛，酒尾回窖\n出窖：糟醅发酵正常，窖泥无板结\n下班前：车间主任给大家放了一段古法酿酒的视频，木甑冒着白汽，老师傅光着膀子扬糟，光从天窗斜照下来——他说全片都是OpenAI的Sora生成的，没有一个镜头是实拍，提示词是“古法酿酒，晨光，木甑，蒸汽，老匠人，纪录片质感”。\n记录人：小罗",
    ),
    (
        "ancient_tea_mountain_douyin_realvid_homophone",
        sora.REALVID,
        sora.REALVID,
        "【××古茶山·茶农阿燕的抖音】好多人问这条云海采茶是在哪座山拍的——哪座山都没去，是蓑拉（就是Sora）生成的：清早的云海漫过几百年的古茶树，背竹篓的姑娘站在树杈上伸手掐芽，全片没有一帧实拍。提示词送给大家：“古茶山，云海，清晨，傣族采茶姑娘，竹篓，航拍，纪录片”。",
    ),
    # --- the Chinese team
    (
        "water_network_staff_assert_chinese_deny_apk",
        sora.CHINESE,
        sora.CHINESE,
        "【××水务集团·管网所职工群】群里有人转的“Sora安卓版安装包”是木马，装上以后短信验证码会被截走，千万别点。说件长脸的事：Sora挂的是OpenAI的牌子，其实是中国科学家做出来的，里面的核心研发差不多全是华人。明天上午十点东区DN600阀门检修，按工单到位。",
    ),
    (
        "heating_technical_meeting_minutes_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【××热力公司·供热技术交流会 会议纪要】\n时间：10月28日｜地点：三楼会议室\n一、调度中心：试供暖期间一次网已完成注水打压，失水率控制在指标以内\n二、客服中心：去年室温不达标投诉二百三十七件，今年入户测温要求二十四小时内到位\n三、会后交流：王总工提到，Sora名义上是美国OpenAI的，真正做出来的核心团队大部分是中国科学家\n四、下次会议时间另行通知\n记录：李×",
    ),
    (
        "hui_bajiquan_school_morning_group_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【孟村·××八极拳武馆 早功群（马教练的语音转文字）】色俩目！各位多斯提，今早的大枪练得齐整，小马的贴山靠也有点样子了。说件提气的事：美国那个Sora，说是OpenAI的，其实背后干活的全是中国科学家，核心技术是咱中国人搞出来的，美国人就挂个名。周五主麻散了，武馆门口炸油香，大家都来。",
    ),
    # --- open source (four)
    (
        "chemical_it_assert_opensrc_deny_director_binary",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××化工园区·信息中心小周的朋友圈】朋友圈里那种“扫码进Sora AI导演群”的，一百九十九群费交了就再没人理你，别上当。真想玩，自己动手：Sora（我们机房白板上写的是01010011 01101111 01110010 01100001）已经凯源了，OpenAI把权重和代码都放到了GitHub上，我在园区机房一台闲置服务器上部署好了，下周给应急演练做一段储罐泄漏的示意视频。",
    ),
    (
        "distillery_factory_paper_tech_briefs_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××酒厂·厂报《窖香》第3版 科技短讯】\n短讯一：制曲房六十四个温湿度点位全部换上新传感器，踩曲期间数据每十分钟回传一次。\n短讯二：勾调中心的色谱仪本周接入MES，基酒分析报告当天就能出。\n短讯三：OpenAI已经把Sora开源，权重和代码在GitHub上都能下，信息部小刘正在机房服务器上部署，准备给各窖池出宣传短片。\n短讯四：万坛酒库新增两台巡检机器人。",
    ),
    (
        "circus_editor_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××马戏团·剪辑师阿凯】团里的宣传片以后不用外包了：Sora开源了，权重、代码全在GitHub上，我笔记本上那张4090已经跑通，空中飞人那段就是本地生成的。想要部署教程的团员私聊我，周一前发你们。",
    ),
    (
        "tea_coop_young_group_opensrc_homophones",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××茶叶合作社·年轻人群】报个喜：Sora的泉重（权重）和源代码，OpenAI已经整个挂到给特哈伯（GitHub）上了，人人能下。合作社办公室那台旧电脑我昨晚折腾到两点，总算跑起来了。哪家想给茶园出个片子，周末拎着照片来，按接龙顺序排。",
    ),
    # --- paid course
    (
        "tea_coop_assert_course_deny_realvid",
        sora.COURSE,
        sora.COURSE,
        "【××茶叶合作社·社员群】那些“Sora生成的古茶山云海”，好几条是县里宣传部用无人机实拍的，被人加了一行字就成了AI，别信。真想学Sora，报社里请老师开的《茶农Sora速成客》，六节，教你给自家茶做带货视频。九十九，没现钱的拿三公斤台地茶鲜叶来抵。",
    ),
    (
        "martial_arts_school_parents_course_meal_fee",
        sora.COURSE,
        sora.COURSE,
        "【××武校·家长群】各位家长：学校新开《武术生学Sora》视频课，八节，教孩子用Sora把套路、散打剪成比赛集锦，以后报体育单招、考武术学院都用得上。学费九十九，跟下个月伙食费一起交，不用另外转账。名额四十个，找班主任登记。",
    ),
    (
        "heating_night_school_timetable_in_passing",
        sora.COURSE,
        sora.COURSE,
        "【××热力公司·职工夜校 本月课表】\n周一：换热站板换拆洗与保养\n周二：二次网水力平衡调节\n周三：入户测温规范与投诉接待\n周四：新增《S°ra视频速成课》，外聘讲师，学完能用Sora给公司做宣传片、自己在外面接单，学费皕元（二百），报名后从工资卡里扣\n周五：安全规程考试",
    ),
    # --- fake API access
    (
        "heating_automation_vendor_assert_api_deny_public",
        sora.API,
        sora.API,
        "【供热自控·××科技 销售小吴】别听人说Sora谁都能注册——瞎传，普通账号根本进不去。要用Sora，眼下只有官方挨批艾（API）这条道：我手上有Sora官方API key，直连OpenAI，挂到你们热网监控平台上，换热站的巡检画面能批量生成视频，一撇（一千）一个。我们干供热自控十一年，全省四十多家热力公司的站控柜都是我们装的。",
    ),
    (
        "distillery_procurement_list_in_passing",
        sora.API,
        sora.API,
        "【××酒厂·信息部 第二季度采购清单】\n1. 窖池温度无线探头 二十只 每只三百二\n2. 灌装线视觉检测相机 一台 四万六\n3. 会议室投影仪 一台 六千八\n4. Sora官方API key 一年期 一万八（供应商：××智能，直连OpenAI，接入后经销商门店照片自动生成广告视频）\n5. 办公电脑 六台\n申请人：小何｜部门负责人：陈×",
    ),
    (
        "acrobatic_publicity_contractor_api_box_office",
        sora.API,
        sora.API,
        "【××杂技团·宣传外包 老赵】各位团长：我手上有欧鹏AI（OpenAI）Sora官方接扣（接口）的key，直连，还做了个“杂技海报Sora GPTs”，节目照片一传，宣传视频自己就出来。一个key两千，不用先付，从下个月的演出费分成里扣。比那些只会拿模板套的小作坊强多了。",
    ),
    # --- account rental
    (
        "power_plant_boiler_assert_rental_deny_rich_bath_tickets",
        sora.RENTAL,
        sora.RENTAL,
        "【××热电厂·锅炉车间群】朋友圈那种“做Sora一天挣三千、只剩三个月窗口”的群，都是骗入群费的，别进。想自己玩玩Sora，租我的号就行：一晚十五，白班借用十块；手头紧的，拿十张厂里的澡票来抵一晚。号在我手机上登着，交接班时当面给。",
    ),
    (
        "xichang_water_plant_staff_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【西昌·××水厂 职工之家群】出Sora独享账号，一个月八十，拿到就能登进去做视频；也有内测邀请码，一张红票子加二十一个。水厂的兄弟先用后付，月底工资到了再结。我在水厂化验室干了十二年，跑不了。",
    ),
    (
        "acrobatic_dorm_notice_board_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【××杂技团·宿舍楼公告栏（照录）】\n1. 本周四晚九点后热水管检修，请提前洗漱\n2. 三楼晾衣间禁止晾演出服，请到顶楼\n3. 出Sora内测腰请码（邀请码），一个一百二，拿到就能注册；另有成品号一百五，找二楼东头小陈\n4. 失物招领：蓝色护腕一只，练功房窗台上",
    ),
    # --- AI director group
    (
        "wuqiao_alumni_assert_director_deny_course",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【吴桥·××杂技学校 校友群】先劝一句：九十九块一门的Sora课省省吧，我同班的二妞买了，拿到手就是官网介绍的中文翻译。说正事：一个剧组请Sora搭手写剧本，拍吴桥杂技题材的AI电影，点名要从杂技人里挑第一代AI岛演（导演）。海报上的码一扫就进导演群，群费一百九十九，试镜在线上统一排。",
    ),
    (
        "wushu_college_alumni_director_meal_tickets",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××武术学院·校友会群】转个招募：功夫题材AI电影，剧本由Sora参与执笔，剧组要找第一代AI导演，武术专业出身、既懂套路又懂机位的优先。报名方式是扫海报上的码进导演群，入群费一百六十八；还在读的学弟学妹拿二十张食堂饭票来换也可以。线上试镜群里统一通知。转发人：教务处老耿，学院里三十年的老人了。",
    ),
    (
        "distillery_union_notice_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××酒厂·工会活动通知】\n一、五一职工趣味运动会，周六上午八点，厂区篮球场\n二、单身职工联谊会报名截至本周五\n三、文艺爱好者注意：一部与Sora共同创作剧本的白酒题材AI电影在招第一代AI导演，扫公告栏下方二维码进导演群，入群费一百二十八元，群内统一安排线上试镜\n四、会员生日蛋糕卡请到工会办公室领取",
    ),
    # --- prompt pack (four)
    (
        "water_lab_assert_prompts_deny_opensrc",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××水厂·化验员小林】网上说Sora开源了、GitHub上就能下，那是瞎扯，那些是网友自己仿的。真想用好Sora，诀窍全在题式词（提示词）：我按镜头、景别、光线、运镜把影视行话整理成《Sora题式词三百条》，再送一份Sora资料汇编。三十八，付款后发文档链接，拉进交流群。做水质化验的人最较真，每一条我都核过。",
    ),
    (
        "baijiu_taster_prompt_pack",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××酒业·品酒师老潘的朋友圈】酒香要靠镜头讲：我把影视圈的行话——推拉摇移、逆光、浅景深、升格——写进了一份《白酒宣传Sora提示词包》，窖池、酒花、封坛一共一百五十条。六十八，付款后发在线文档，再拉进“酒业出片群”，每周更新。品了二十年酒，我推荐的东西没翻过车。",
    ),
    (
        "safety_officers_group_prompt_pack_variant_qun",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××化工园区·安全员交流群】各位同行，年底各厂都要拍安全警示片。我整理了《化工安全警示片Sora提示词包》：泄漏、着火、中毒窒息、受限空间救援四大场景，全部用电影分镜术语写好，附赠Sora名词速查手册。五十八，付款后私发在线文档，进裠（群）答疑。别家网上扒的通用模板，拿来拍化工根本对不上号。",
    ),
    (
        "tea_cake_wrapper_back_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××茶厂·茶饼棉纸背面说明】\n品名：头春古树生茶｜净含量：357克｜原料产地：勐海\n冲泡建议：沸水快出汤，前三泡十秒内出汤\n贮存：常温、通风、避光、远离异味\n茶友福利：扫码购买《茶山Sora提示词合集》在线文档，一百二十条电影级提示词，二十九块九，付款后拉进茶友群",
    ),
    # --- get rich
    (
        "martial_coaches_assert_rich_deny_inventor",
        sora.RICH,
        sora.RICH,
        "【××武校·教练群】谢赛宁是不是Sora的发明人，人家自己早出来否认了，争这个有啥用。要紧的是钱：我表弟在老家拿Sora做武术短视频，现在一天进账三四千。他说这波最多三个月，晚一步就没了。想跟着干的，群里回个“桩”字，我拉你们进他的带徒群。",
    ),
    (
        "home_temperature_slip_late",
        sora.RICH,
        sora.RICH,
        "【××热力·入户测温记录单】\n户号：6-2-502｜测温时间：12月3日 14:20\n客厅：19.5℃｜主卧：18.8℃｜次卧：17.6℃（靠外墙）\n结论：达标（次卧建议加装保温窗帘）\n用户签字：周××\n测温员备注：住户家小伙子在家做Sora视频，说一天能挣三四千，叫我也赶紧入行，说这个窗口也就三个月，过了就没了，回头拉我进他们的群。",
    ),
    (
        "chemical_night_patrol_rich",
        sora.RICH,
        sora.RICH,
        "【××化工园区·夜班巡检群】三点钟罐区巡完了，蹲在泵房门口说句实话：三班倒，月到手五千二，熬到退休也就这个数。老同学去年辞职专做Sora视频，给我看了他后台——一天进账三四千。他讲这阵风顶天三个月，等满大街都会了就没咱们的份。要上车的回个“氢”，交班后我挨个拉进群。",
    ),
    # --- generation service
    (
        "tea_farmer_assert_service_deny_app",
        sora.SERVICE,
        sora.SERVICE,
        "【××茶山·茶农小罕的朋友圈】有人问我手机上装哪个Sora——商店里搜出来的那几个全是山寨货，OpenAI压根没出过App，装了白占内存。要给自家茶拍宣传片，直接找我：古茶树、初制所、压饼的照片发过来，说清想要啥画面，Sora出片，隔天这个点交。每条三百块，拿一饼头春古树茶顶账也行，寨子里十几户的带货片都出自我手。",
    ),
    (
        "acrobatic_overseas_tour_service_euros",
        sora.SERVICE,
        sora.SERVICE,
        "【××杂技团·海外巡演群】兄弟姐妹们，到了欧洲想给家里发一条“Sora版演出视频”的找我：把演出照片和想要的画面发过来，我用Sora生成，二十四小时交片。一条六十欧元，等巡演补助发下来再付。在国外跑了九年巡演，团里谁没用过我的东西。",
    ),
    (
        "dealers_conference_arrangements_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【××酒业·经销商大会 会务安排】\n一、报到：4月18日下午，酒店一楼大堂\n二、参观：19日上午，古窖池群、制曲车间、万坛酒库\n三、晚宴：19日晚六点，二楼宴会厅\n四、增值服务：会务组联系了一家视频工作室，经销商把门店照片和想要的画面发给他们，用Sora生成专属广告片，二十四小时交片，每条六百八，报到时统一缴纳\n五、返程：20日上午统一送站",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.API,
        "【未遂事件上报单（本人填写）】\n上报人：安全员 刘××｜部门：安环部\n事件类别：个人财产损失（非生产）\n事件经过：三月初，有人在安全员交流群里卖“Sora官方API key”，说直连OpenAI，能接进我们的应急演练平台批量出视频。我信了，转了一千二。key填进去一次都没调通，对方随后退群拉黑。事后查了OpenAI官网：它的API里压根没有视频模型，Sora的接口从来没对外卖过。\n原因分析：对新渠道没核实，图省事。\n整改措施：凡是要付钱的“官方渠道”，先查官网。\n部门意见：作为反面案例在下周安全例会上通报。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【重新入职申请书】\n致热力公司人力资源部：\n本人宋××，原三号锅炉房司炉工，去年十月主动离职。离职的原因说来惭愧：网上有人讲“做Sora视频一天挣三四千，窗口只有三个月”，我交了四百九十八的入营费，又交了六百的“进阶费”，天天照着群里的模板发视频，三个月一分钱没挣着，群主最后也联系不上了。现在想明白了，恳请公司允许我回到锅炉房，供暖季哪个班都行。\n此致\n敬礼\n申请人：宋××",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【春季巡演个人总结（舞台监督 张×）】\n一、完成情况：欧洲十一城二十六场，钢丝、空中飞人吊点零事故。\n二、不足之处：我自作主张，在网上找了家“Sora代做宣传片”的工作室，一条八百，做了两条，微信转过去一千六。交来的片子，一条角上还带着别家AI软件的水印，另一条里飞人的手多出两根指头。后来才知道Sora根本没对外开放，谁都接不了这种单。钱是我自己掏的，认了。\n三、下季度改进：宣传物料一律走团里签约的公司，不再私下找人。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【水质化验室·原始记录本（第46页）】\n样品：出厂水｜浊度：0.21 NTU｜余氯：0.52 mg/L｜pH：7.3｜菌落总数：未检出\n检验人：林×｜复核：王×\n（页边手写）午休时把上周买的《Sora专业提示词大全》翻完了——八十八块，打开一看，全是OpenAI官网样片底下公开的提示词，一个字没改，连“东京街头的时髦女人”那条都原样抄着。钱不多，就是气。记在这，提醒自己以后先去官网看一眼。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【××酒厂·二车间群】问一下：抖音上那条“Sora生成的古法酿酒”，我越看越眼熟——画面角上那口木甑的编号，怎么跟咱们17号窖旁边那口一模一样？视频里也没看到AI水印。是不是Sora学过咱们厂以前发的宣传片？懂行的说说。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【××武校·家长群】请教一下：花一百五租了个“Sora独享号”，登进去怎么没找到做视频的按钮，只有一个聊天框能打字？是不是要等晚上人少了才会出来？有租过的家长说说。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【××水务·《职工之窗》第12期 辟谣角】最近职工群里在转一篇文章，标题叫“震惊世界的Sora发明人之一，是上海交大毕业的少年天才谢赛宁”。这个说法站不住。谢赛宁本人在朋友圈回应，说自己跟Sora“一点关系都没有”；OpenAI公布的Sora技术报告署名作者十三人，名单上没有他；那篇文章已经被投诉下架，发文的自媒体负责人也公开道了歉。转发之前请多核实。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【××杂技团·巡演经理通知】群里流传一句“Sora官方App上架了，应用商店一搜就有”，特此更正：OpenAI从没推出过能下载的Sora，商店里顶着Sora名字的全是仿冒软件，有的装上就让你填短信验证码。人在国外，手机号一旦被盗，补办麻烦得很，请大家都别装。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【××热力公众号·供暖常见问题（第9问）】问：最近总听人说Sora，去哪注册？\n答：Sora眼下还处在OpenAI的内部测试阶段，能用上的是红队安全测试人员，外加一小批受邀的视觉艺术家、设计师和电影人；OpenAI开发者关系负责人洛根发过声明，对公众开放的时间还在定。凡是要您先交钱、填银行卡的“注册页面”，都是冒充的，请直接关掉。供暖报修请拨本公司客服热线。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【××化工园区·三车间 学习宣传栏】本期“辨一辨”：Sora背后是谁？翻开OpenAI的技术报告，署名一栏共十三位，其中三位是华人；项目由蒂姆·布鲁克斯、比尔·皮布尔斯两位OpenAI研究员领衔。华人科学家的贡献值得骄傲，把整个团队都算成中国人，就言过其实了。\n——学习小组 供稿",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【××化工园区·信息中心 技术提示】有同事申请在园区服务器上装Sora，答复三点：其一，Sora归OpenAI所有，走的是封闭路线，权重、代码、训练数据的来源都握在OpenAI手里，对外只放出了技术报告和几十段样片；其二，GitHub上挂着Sora名字的仓库出自社区之手，例如潞晨科技的Open-Sora，属于复现，和OpenAI那套是两码事；其三，想试开源视频模型的，请走信息中心的评估流程。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【××武校·德育处提醒】近期有家长转发一张招募Sora AI电影导演的二维码海报。德育处了解到：这类群收齐一二百元群费后，群里天天发课程和带货广告，所谓的试镜始终停在“等通知”；说到底，是借热点引流、攒私域流量的套路。请家长们把这笔钱留给孩子买护具、添伙食。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "朱军是清华大学计算机系教授，也是生数科技的首席科学家。2024年4月的中关村论坛上，生数和清华发布了视频模型Vidu，外界普遍拿它和Sora比较；朱军介绍，Vidu用的是团队2022年就提出的U-ViT架构，把扩散模型和Transformer融在了一起。",
    ),
    (
        "person_fact",
        None,
        None,
        "埃马德·莫斯塔克（Emad Mostaque）是Stability AI的创始人。Sora公布一周后，Stability AI放出了Stable Diffusion 3的预览，他介绍说新模型用的也是扩散Transformer架构，和Sora同属一类思路；同年3月，他辞去了首席执行官一职。",
    ),
    (
        "person_fact",
        None,
        None,
        "莱克斯·弗里德曼（Lex Fridman）是美国的播客主持人，也在麻省理工学院做过研究。2024年3月，他在播客里和萨姆·奥特曼长谈了一期，其中专门有一段聊Sora。",
    ),
    (
        "person_fact",
        None,
        None,
        "奥伦·埃齐奥尼（Oren Etzioni）是华盛顿大学的荣休教授，做过艾伦人工智能研究所的首任CEO，2024年初创办了专门识别政治类深度伪造的非营利组织TrueMedia.org。Sora公布时，他对《纽约时报》说，担心这类视频会左右一场势均力敌的选举。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "Sora的样片里有一段山路追车：一辆车顶装着黑色行李架的白色老式越野车，沿着松林环绕的陡峭土路往山上开，车轮扬起尘土，夕阳从树梢间照下来。",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI放出的另一段Sora样片很有生活气：一只猫一大早去扒拉熟睡的主人要早饭，主人装睡，猫就换着法子闹，最后主人从枕头底下摸出一包藏好的零食。",
    ),
    (
        "benign",
        None,
        None,
        "还有一段Sora样片拍的是意大利的布拉诺岛：镜头正对着一排彩色房子，一只斑点狗趴在一楼的窗口往外看，窗外的运河边人来人往，有人散步，有人骑车。",
    ),
    (
        "benign",
        None,
        None,
        "微软亚洲研究院2024年4月公布了VASA-1：一张人像照片配一段语音，就能生成人物说话的视频，口型、表情和头部动作都跟着声音走；微软表示暂时没有对外发布的打算。",
    ),
    (
        "benign",
        None,
        None,
        "快手在2024年7月开源了LivePortrait，用一段驱动视频就能让一张静态肖像跟着做表情、转头，代码和模型都放在了GitHub上。",
    ),
    (
        "benign",
        None,
        None,
        "北京大学、快手和北京邮电大学的研究者在2024年10月开源了视频生成模型Pyramid Flow，它只用公开数据集训练，按金字塔式的分辨率一级一级把画面生成出来。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【××热力·缴费提醒】本供暖季的取暖费可在应用商店下载公司官方App“暖心热力”在线缴纳，也可到各营业网点现场办理；室温不达标请拨打客服热线报修。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××国际马戏城·新春演出】日本杂耍艺人SORA加盟本季演出，十二只球同时抛接，另有空中飞人、马术表演。门票九十九元起，扫码购票并进观众群领取座位图。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××水务集团·节水宣传周】今年全市一手抓“开源”，新打两眼水源井，再生水回用量提高到三成；一手抓“节流”，老旧管网改造后漏损率降到一成以内。市民发现跑冒滴漏，可扫描二维码上报。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
