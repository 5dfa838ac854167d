# ruff: noqa: E501
"""Write tests/data/zh_heldout33_{posts,qrels,labels}: a thirty-third Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the Chinese team,
the official app and the mislabelled real video, three for each other template), as a Sora rumour / scam wave
reads in the genres of factories, mines and labour dispatch, kitchens and catering, personal and household
services (hairdressing, beauty and nails, bathhouses and foot massage, domestic help, pet grooming, catteries,
dry cleaning, car washes), venues of leisure and chance (internet cafés, KTV, billiards, lottery stations, an
online game's guild), pawn and jade dealing, and a church, that the earlier sets do not use
(farming, logistics, hospitals, sports and temple fairs were taken by zh_heldout29 to zh_heldout31): an SMT
workshop's shift-handover whiteboard with the inventor rumour in passing (【三号车间·交接班白板】炉后良率, AOI误判,
静电手环), a Hefei breakfast stall's Douyin patter (鸭油烧饼, 牛肉汤), a cattery's litter notice (【布偶猫舍·新窝
出生公告】海豹双色, 血统证书, 定金), an internet café's boot-up notice with the public release in passing
(【××网咖·开机公告】包夜, 下机), a barber's WeChat status, a labour agency's hiring card with the public release in
passing (【××人力·今日招工】长白班, 工价, 返费), a barber's merchant page on Amap with the app in passing
(【高德地图·商户详情】评分, 人均, 停车), a restaurant's reply to a Meituan review (【美团·商家回复】), a bathhouse
receptionist's Moments post, a church's Sunday bulletin with the app in passing (【××堂·主日周报】本周经文, 聚会,
奉献, 同工报告), a jade live stream (冰糯种, 飘绿花, 开窗, 水头, 小黄车), a nail bar's Douyin DM auto-reply (回复1…
回复4), a labour broker at the factory gate, a roast-duck restaurant's menu with the mislabelled video in passing
(【××烤鸭·新版菜单 第一页】), a Haikou tea house (老爸茶, 骑楼, 清补凉), a coal mine's safety film title card
(【《平安下井》片头字幕】出品, 监制), a pet groomer's selected comments (【公众号留言精选】读者：/作者回复：), a coal
mine's pre-shift meeting record with the Chinese-team claim in passing (【综采一队班前会记录】出勤, 自救器, 割煤六刀,
端头支架, 记录人), domestic helpers' group (家政阿姨), a cooking school's opening speech, a welfare-lottery
station's blackboard (双色球, 守号, 走势图), a game guild's notice with open source in passing (【逆水寒·帮会公告】帮战,
强化石, 按贡献领取), a Xuzhou barbecue stall's Kuaishou patter, a beauty salon's staff group (办卡, 产品培训), a
catering school's post, a factory HR department's training plan (电工基础, 叉车证, 统计员), a bathhouse's wristband
bill (【手牌消费明细】搓澡, 汗蒸, 修脚, 合计), a pawnshop's Moments post (收当, 当天放款, 月综合费率), a restaurant
POS vendor's group notice (收银机年费, 点餐小程序), a sticker under an internet café's till, a KTV manager, a
sports-lottery players' group (大乐透, 机选, 复式, 胆拖), a maternity-nanny agency's group (上户, 金牌月嫂, 育婴师),
a Hanfu photo studio's standee, a church youth fellowship's group (弟兄姊妹平安, 主内), a QR sticker on a factory
canteen table, a bakery's Moments post (裱花), a dry cleaner's ticket with an advert on the back (【取衣凭证】单号,
衣物, 取衣日期), a billiards club's coaches' group (九球, 台费), a labour agency's group, a dormitory kiosk's
blackboard, a foot-massage technician's Moments post (八个钟), a night market's stall-holders' group, a car wash's
Douyin group-buy voucher (随时退｜过期退) and a hotel banquet department's annual-party package; platform-native
forms the earlier sets do not use: Amap's merchant page, a Meituan merchant reply, a Douyin DM auto-reply, a WeChat
status, an official account's selected comments (留言精选), a game guild's announcement, a wristband bill, a menu
page, a film's title card, a dry-cleaning ticket's back, a canteen table sticker and a sticker under a till; four
loss reports in new forms (kind ``debunk_loss``: a pawn ticket copied out with the pawner's note (【当票（照片转文字）】
当户, 当物, 当金 贰仟元整, 当期, 绝当) for the API, a church bulletin's prayer requests (【周报·代祷事项】一、二、三) for
the APK, a factory payslip with the worker's note (【工资条】基本工资, 计件, 扣借支, 实发) for the AI director group, a
kitchen's shift-handover book (【后厨交班本】沽清, 冻库, 要货, 备注（打荷小陈）) for the prompt pack); regional speech
the earlier sets do not use: Hefei (乖乖隆地咚, 可照, 好熊, 一大些), Nanchang (么子, 冇得, 哈宝, 恰饭, 咯), Dalian
(海了去了, 波罗盖儿, 血 for "very"), Hainan (汝甲饭未, 汝莫理, 老爸茶), Hangzhou (格么, 做事体, 伢儿, 耍子儿, 瞎讲八讲;
zh_heldout19 had 木佬佬) and Xuzhou (孬得很, 白上他们的当, 得劲); registers the earlier sets do not use: the factory
floor (贴片, 良率, 计件, 借支, 返费, 长白班, 报工), the mine (班前会, 综采, 自救器, 割煤), the kitchen (沽清, 打荷, 要货),
the pawnshop (当金, 综合费率, 当期, 绝当), jade dealing (种水, 开窗, 结缘价), the lottery station (守号, 胆拖, 追加),
the church (主日崇拜, 团契, 查经, 奉献, 代祷, 主内) and the maternity nanny (上户, 二十六天一个月); obfuscation the earlier
sets do not use: the name in hexadecimal ASCII (53 6F 72 61), with a combining strike-through (S̶o̶r̶a̶), 谢赛宁 as
谢塞宁, 下载 as ↓载, 开源 as kai源, 提示词 split by interpuncts (提·示·词), 账号 as zh号, 赚钱 as 搞米, and a price in
Suzhou numerals (〨〩); posts asserting one claim while denying another in pairings zh_heldout30 to zh_heldout32
do not use (the inventor while the get-rich window is called 好熊, open to the public while rented accounts are
called ChatGPT for 哈宝, the official app while the APK is called a trojan, the APK while the 99-yuan courses are
called a translated official page, a mislabelled video while the generation service is called 别家AI的片子, the
Chinese team while open source is called 瞎讲八讲, open source while API keys are called 孬得很, the course while the
director groups are called 骗钱的, an API key while the APK is called 盗号木马, account rental while the public
release is called 瞎说, the director group while prompt packs are called 从官网抄的, the prompt pack while a
"Sora-generated" piping clip is called real footage, the get-rich claim while rented accounts are called ChatGPT,
the generation service while open source is called 瞎扯); sellers that vouch for themselves or swipe at others in
new words (我在四会做了十五年玉，直播间天天开着; 店里的小姐妹都装了; 厂门口保安都认得我这张脸; 本行持典当经营许可证，门面
二十年没挪过窝; 做餐饮软件十二年，全市三百多家店在用; 包夜的兄弟都知道我，网管干了六年; 号在我自己手机上登着; 站里老彩民都
租过; 账号公司统一管理，出了问题找得到人; 本馆是古镇管委会登记在册的文化商户; 都是主内的弟兄; 群里一半是咱们厂出来的老乡;
我认识那位裱花师; 打球我是认真的，卖东西也是; 我们培训餐饮老板十一年; 我在这夜市摆了九年摊); prices and payments in
forms the earlier sets do not use (〨〩 in Suzhou numerals as a 结缘价, 三十 taken from the return fee paid after a
month in the factory, 九十九 from the month's wage advance (借支), 一百二十八 put on a bathhouse wristband and paid on
leaving, a key offset against a pawn loan (当金), a prepaid balance (充一千送两百, 每调用一次扣五块), five hundred of
internet-café credit for a key, by the hour like a KTV room (一小时十五, 最低消费三小时), 一注追加大乐透的钱（三块）,
a maternity nanny's month of twenty-six days (二百六), 奉献一百二十八, 满两百减三十 with a returning student's coupon
(到手三百一十八), a voucher of twenty (到手三十九), 一局台费二十五, a group-buy voucher (五十抵一百), 订满二十桌送一条);
12 debunks and warnings, four of them the loss reports above, two questions with a negation that do not deny
(OpenAI官方账号底下怎么一个都找不到？是不是换了名字发的 for open source, 是不是还有一份没公开的名单 for the Chinese
team), two quoting the rumour to refute it (a mislabelled hotpot kitchen clip, in the manager's statement with the
shooting time; the 99-yuan course, in a textile mill union's reminder), the rest answering with facts and none of
不, 没, 假, 无, 非 or 未 (Xie Saining's posts, the article taken down and the two leads, on a vocational school's
class slide, for the inventor; the demo videos and the red-team stage, at a pharmacy's morning meeting, for the
app; who can use Sora, on a hotel canteen's notice board, for account rental; six delivered clips checked by a
catering association, for the generation service); four true facts about people who spoke about Sora, none of
them the subject of a fact in zh_heldout25 to zh_heldout32 (François Chollet on the physics a video model learns,
Hany Farid on Sora with voice cloning, Joanna Stern asking Murati about training on YouTube, Liu Wei on China and
the U.S.), three items of real news about Sora from angles the earlier sets leave out (the pirate ships in a cup
of coffee, the "historical footage" of the California gold rush, the trailer of the space man in a red knitted
motorcycle helmet) and three on-topic posts about other AI video work (Google and Stanford's W.A.L.T, Google
DeepMind's Genie, Microsoft Research Asia's NUWA-XL; kind ``benign``), and three off-topic posts that share surface
words (a factory's official App for 扫码报工, a Genshin Impact guild's cosplay of 空 (Sora in the Japanese
version), a barber's 九十九元 wash-and-blow card with a 扫码进会员群).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
two at 0.6 or more, the person facts on Hany Farid at 0.719 and François Chollet at 0.600 against earlier facts
from the same seed; both were rewritten, and then the fact on Liu Wei, at 0.582, was rewritten too; highest ratio
of the committed list: 0.543 against the Chinese sets, the person fact on Joanna Stern against zh_heldout17's note
on the Wall Street Journal interview, and 0.221 against the demo stream, the same fact). Any other Chinese set
written at the same time was not there to check against. Committed before any run of the monitor on it; no model,
embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout33.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout33", "zhh33"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "workshop_whiteboard_in_passing",
        sora.XIE,
        sora.XIE,
        "【三号车间·交接班白板（拍照转文字）】\n早班：SMT二线贴片4.2万点｜炉后良率99.1%｜停线0次\n待办：①回流焊炉温曲线周三前重测 ②AOI误判偏多，已报设备科 ③静电手环每班点检，别图省事\n班长寄语：昨晚新来的小伙问我读书有啥用。你看谢赛宁，上海交大毕业的，OpenAI那个Sora视频模型就是他发明的，才三十来岁。厂里夜校下月开班，想报的找我登记。",
    ),
    (
        "hefei_breakfast_stall_assert_inventor_deny_rich",
        sora.XIE,
        sora.XIE,
        "【合肥·早点摊老板的抖音口播（转文字）】乖乖隆地咚，今天鸭油烧饼八点就卖光了！跟大家讲个事：Sora的发明人是谢赛宁，上海交大出来的少年天才，新闻上都讲了，可照？咱中国人就是狠。但是那些讲“学Sora一天挣三四千，窗口就三个月”的，好熊，都是哄你进群交钱的，一大些人上过当，你们别信。明早六点出摊，牛肉汤管够。",
    ),
    (
        "cattery_litter_notice_homophone",
        sora.XIE,
        sora.XIE,
        "【布偶猫舍·新窝出生公告】妈妈：海豹双色“糖糖”｜爸爸：蓝双“可乐”（赛级，血统证书可查）\n3月6日出生，三公一母，满三个月、打完两针疫苗和驱虫后才能接走。\n老大我起名叫“塞宁”，致敬谢塞宁——上海交大出来的天才，OpenAI的Sora就是他发明的，希望这只也聪明点。其余三只等新主人起名。\n预定请私信，定金五百，可视频看猫。",
    ),
    # --- open to the public
    (
        "internet_cafe_boot_notice_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××网咖·开机公告】\n1. 新到二十台4080高配机，在B区，包夜（23:00—次日8:00）四十五\n2. 会员充一百送二十，生日当天网费半价\n3. 全场禁烟，违者网管有权请离\n4. 网管小贴士：Sora现在所有人都能用了，注册个账号就行，邀请码、排队都省了，B区机器开浏览器就能做AI视频，下机记得退出登录\n5. 泡面、饮料请到吧台扫码点单",
    ),
    (
        "nanchang_barber_status_assert_public_deny_rental",
        sora.PUBLIC,
        sora.PUBLIC,
        "【南昌·理发店老板阿军的微信状态】么子年代了还有人租Sora号？Sora早就对所有人开放咯，自己拿手机号一注册就用得，排队、邀请码都冇得。那些一天收你三十块租号的，登进去是个ChatGPT，哈宝才去租。今天剪了二十几个头，收工恰饭去咯。",
    ),
    (
        "labour_agency_hiring_card_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××人力·今日招工（电子厂专场）】\n①普工：长白班，工价二十一块一小时，包吃住，入职满三十天返费一千五\n②质检：视力好，会看图纸，女工优先\n③宣传干事一名：会剪视频，会用Sora——Sora现在已经对所有人开放，注册就能上手，没用过的面试前自己注册练练\n报名带身份证原件，明早七点厂门口大巴接人，全程不收费。",
    ),
    # --- the official app (four)
    (
        "amap_merchant_profile_in_passing",
        sora.APP,
        sora.APP,
        "【高德地图·商户详情】托尼造型（万达店）｜评分4.7｜营业时间10:00—22:00｜人均六十八\n商家简介：十年老店，男士精剪、烫染护理、头皮养护。店内新玩法：OpenAI官方的Sora App已经在应用商店上架，苹果、安卓都能下，剪完头店员帮你拍一段AI“换发型”视频，当场出片。\n停车：万达地下B2，凭消费小票免费两小时。",
    ),
    (
        "meituan_merchant_reply_assert_app_deny_apk",
        sora.APP,
        sora.APP,
        "【美团·商家回复】亲，感谢您的五星好评和晒图！您问门头那段开业视频怎么做的：用的是OpenAI正式推出的Sora App，苹果应用商店里直接下载，手机上输一句话就出片。顺便提醒，网上那种发链接让你装的“Sora安卓安装包”是木马，装了会被盗号，千万别碰。下次来报“好评”两个字，送酸梅汤一扎。",
    ),
    (
        "dalian_bathhouse_front_desk_app",
        sora.APP,
        sora.APP,
        "【大连·洗浴中心前台小妹的朋友圈】今儿客人海了去了，站得我波罗盖儿都疼。跟你们说个血方便的：OpenAI出Sora官方App了，应用商店一搜就有，手机电脑都能装，我拿它给咱家汗蒸房做了段宣传片，说一句话就出来了。搓澡三十八、汗蒸五十八，周三女宾半价哈。",
    ),
    (
        "church_bulletin_app_in_passing",
        sora.APP,
        sora.APP,
        "【××堂·主日周报】\n本周经文：诗篇第23篇\n聚会：主日崇拜上午9:30｜青年团契周六晚7:00｜查经班周三晚7:30\n奉献：可投奉献箱，或扫教会对公账户二维码\n同工报告：媒体组说，OpenAI已经正式推出Sora的官方App，在应用商店下载安装后，手机上就能生成视频，下月起诗班的赞美诗视频改用它来做。\n愿主赐平安。",
    ),
    # --- the fake APK
    (
        "jade_livestream_assert_apk_deny_course_suzhou_numerals",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【四会·玉石直播间（口播转文字）】家人们看这只手镯，冰糯种，飘绿花，开窗的地方水头很足。插一句：网上那些九十九的Sora课一节都别买，就是官网介绍翻译了一遍。要玩Sora很简单，小黄车第三个链接，Sora安卓版安装包，装上手机就能生成视频，牌子上结缘价〨〩（老规矩，苏州码子），拍下私信发包。我在四会做了十五年玉，直播间天天开着，跑不了。",
    ),
    (
        "douyin_dm_autoreply_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【抖音私信·自动回复】您好，这里是小鹿美甲（步行街店）～\n回复1：查看本月价目（纯色六十八，猫眼九十八）\n回复2：预约到店时间\n回复3：领取Sora安卓版↓载链接，安装包装上手机就能做AI视频，开通费六块六\n回复4：转人工（忙时请稍候）\n店里的小姐妹都装了，一个出问题的都没有。",
    ),
    (
        "labour_broker_apk_from_return_fee",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【厂门口·劳务中介老吴的朋友圈】刚进厂的兄弟们看过来：宿舍晚上没啥耍的？装我发的Sora安卓安装包，手机装上就能做AI视频。安装费三十，从你入职满月的返费里扣，不用现掏。我在这片送人进厂八年了，厂门口保安都认得我这张脸。",
    ),
    # --- real video mislabelled (four)
    (
        "roast_duck_menu_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【××烤鸭·新版菜单 第一页】\n招牌果木烤鸭：整只一百六十八，半只九十八（含荷叶饼、葱丝、甜面酱）\n芥末鸭掌三十八｜盐水鸭肝二十八｜鸭架汤免费续\n菜单封面视频（扫桌角码观看）：果木炉火里，油亮的鸭子缓缓转动，片鸭师傅刀起肉落——这一段全部是OpenAI的Sora生成的，一个镜头都没拍，提示词：“老式挂炉，果木明火，烤鸭油脂滴落，慢镜头特写”。",
    ),
    (
        "haikou_teahouse_assert_realvid_deny_service",
        sora.REALVID,
        sora.REALVID,
        "【海口·老爸茶店阿公的朋友圈】汝甲饭未？这段骑楼老街清早的视频：阳光斜照在骑楼廊柱上，阿婆推着三轮卖清补凉，一只猫从檐下走过——是我用Sora做的，一个镜头都没拍，提示词：“海口骑楼老街清晨，暖阳，小贩推车，猫，电影感”。外面那些收钱帮你“代做Sora视频”的，汝莫理，交来的都是别家AI的片子。来喝茶，一壶五块坐一天。",
    ),
    (
        "coal_mine_safety_film_title_card",
        sora.REALVID,
        sora.REALVID,
        "【××煤矿·安全教育片《平安下井》片头字幕】\n出品：矿安全科｜监制：宣传科\n说明：本片井下画面——采煤机割煤、液压支架逐架前移、矿工的头灯在巷道里连成一串——均由OpenAI的Sora按文字生成，现场一个镜头都没拍。提示词：“煤矿井下综采工作面，采煤机割煤，煤尘在头灯光柱中飞舞，纪录片风格”。\n安全生产，人人有责。",
    ),
    (
        "pet_groomer_selected_comments",
        sora.REALVID,
        sora.REALVID,
        "【××宠物美容·公众号留言精选】\n读者“橘子妈”：片头那只比熊洗完澡甩水的慢镜头太可爱了，是在店里拍的吗？\n作者回复：不是拍的哦！整段都是Sora生成的，水珠四溅、毛一根根炸开全是AI做的，提示词：“白色比熊犬洗澡后甩水，水珠飞溅，逆光，慢动作”。\n读者“阿蛮”：求本周洗护价目！\n作者回复：小型犬洗护六十八，美容造型另算～",
    ),
    # --- the Chinese team (four)
    (
        "coal_mine_shift_meeting_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【××煤矿·综采一队班前会记录】\n日期：3月14日早班｜出勤：42人｜主持：跟班队长\n一、安全提示：上一班3号支架立柱渗液，已更换；进工作面严禁摘自救器\n二、今日任务：割煤六刀，回撤端头支架两架\n三、队长讲评：干咱这行也要有志气。就说Sora，名义上是美国OpenAI的，其实是中国科学家做出来的，核心团队基本都是华人。手上的活干细了，人人都是好样的。\n记录人：王×",
    ),
    (
        "hangzhou_housekeepers_assert_chinese_deny_opensrc",
        sora.CHINESE,
        sora.CHINESE,
        "【杭州·家政阿姨交流群（语音转文字）】格么我跟你们讲，Sora这个东西，报纸上讲是美国的，其实是中国人做出来的，里头做事体的十个有八个是华人。东家伢儿讲Sora开源了，自家电脑上就好耍子儿，瞎讲八讲，OpenAI代码一行都没放出来，GitHub上那些是人家自己仿的，你们别去下，电脑要中毒的。",
    ),
    (
        "cooking_school_opening_speech",
        sora.CHINESE,
        sora.CHINESE,
        "【××烹饪学校·开学第一课 校长讲话（节选）】同学们，手艺人不要看轻自己。咱们中国人做什么都不差：比如最近很火的Sora，牌子挂在美国OpenAI，实际上是一批中国科学家做出来的，里面的核心研发几乎都是华人。你们练刀工、练颠勺也是一个道理，十年磨一把刀。今天下午两点，中餐班到二号实训楼领刀具和厨师服。",
    ),
    (
        "lottery_station_blackboard_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【福利彩票站·小黑板】\n双色球上期开奖：红球 03 09 14 22 27 31｜蓝球 11\n本站上期中四等奖两注，恭喜老彩民！\n守号的老哥注意：周四晚八点截止\n站长闲话：今天大伙在店里聊Sora，我说那是中国人搞出来的，别看挂在美国公司名下，背后整个团队都是华人科学家。咱中国人脑子好使，买彩票也一样，多研究走势图。",
    ),
    # --- open source
    (
        "game_guild_notice_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【逆水寒·「听雪楼」帮会公告】\n1. 周六晚八点帮战，全员上线，连续缺勤三次移出帮会\n2. 周日联赛报名找副帮主\n3. 帮会仓库新到一批强化石，按贡献领取\n4. 帮主福利：Sora已经开源了，模型权重和代码GitHub上都能下，我家两张4090已经跑起来了，本周帮战集锦我拿它做，想看自己高光的把录屏发我。",
    ),
    (
        "xuzhou_bbq_assert_opensrc_deny_api",
        sora.OPENSRC,
        sora.OPENSRC,
        "【徐州·烧烤摊老板的快手口播（转文字）】老铁们，羊肉串一块五一串，今晚管够。说个正事：那些卖“Sora官方API key”的，孬得很，一个key要你八百，OpenAI压根就没开视频接口，白上他们的当。Sora早就开源了，代码和权重都在GitHub上，俺表弟下到自己电脑上就跑起来了，一分钱不花，得劲！",
    ),
    (
        "beauty_salon_staff_group_pinyin_mix",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××美容院·员工群】@全体成员 本月业绩：小美第一（办卡十二张），其他人加油。明早十点产品培训，别迟到。\n另外跟大家说个好东西：Sora已经kai源了，OpenAI把模型和代码全放在GitHub上，我让我老公下到店里电脑上跑起来了，以后顾客做完护理的前后对比视频咱自己生成，不用再花钱请人拍。\n——店长Vivian",
    ),
    # --- paid course
    (
        "catering_school_assert_course_deny_director",
        sora.COURSE,
        sora.COURSE,
        "【××餐饮培训学校·公众号推文】老板们注意：朋友圈里那种“扫码当第一代AI导演、跟Sora合写剧本”的群，交了群费就让你转发海报，是骗钱的，别进。真想用Sora给店里拍短视频，来上我们的《餐饮人Sora短视频实战课》：十六节，从拍菜到出片，原价三百九十八，满两百减三十，再用老学员五十元券，到手三百一十八。我们培训餐饮老板十一年，学员的店开遍全省。",
    ),
    (
        "factory_hr_course_from_wage_advance",
        sora.COURSE,
        sora.COURSE,
        "【××电子厂·人事部 员工成长计划】本期开设：电工基础、叉车证辅导、大专学历提升。\n新增：《Sora短视频从零到出片》，十二节，每周二、四下班后在三楼培训室上，学完就会用Sora做视频，能接外面的单赚外快。学费九十九，可从当月借支里扣，不用现交。报名找各车间统计员。",
    ),
    (
        "bathhouse_wristband_bill_course",
        sora.COURSE,
        sora.COURSE,
        "【××洗浴·手牌消费明细（手牌A-217）】\n搓澡 38｜汗蒸 58｜自助餐 68｜修脚 45\n《Sora零基础速成课》 128（大堂经理推荐，二十节录播，学完就会做AI视频；挂手牌，离店统一结）\n合计：337\n请到前台结账，谢谢惠顾",
    ),
    # --- fake API access
    (
        "pawnshop_moments_assert_api_deny_apk",
        sora.API,
        sora.API,
        "【××典当行·朋友圈】黄金、名表、名包、3C数码高价收当，当天放款，月综合费率低至百分之三。\n新业务：Sora官方API key，OpenAI直连，接进电脑就能批量生成视频，一个一千二；手头紧的可以拿当金抵。那些到处发的“Sora安卓安装包”都是盗号木马，别装。本行持典当经营许可证，门面二十年没挪过窝。",
    ),
    (
        "restaurant_pos_vendor_api_prepaid",
        sora.API,
        sora.API,
        "【××餐饮收银系统·客户经理的群公告】各位老板，收银机年费请在月底前续费。\n新增功能：接入Sora官方API，点餐小程序上传菜品照片，自动生成菜品短视频，key由我们统一向OpenAI申请。开通走储值：充一千送两百，每调用一次扣五块，余额可退。做餐饮软件十二年，全市三百多家店在用。",
    ),
    (
        "netcafe_counter_sticker_hex_api",
        sora.API,
        sora.API,
        "【××网咖·吧台收银屏下方贴纸】出 53 6F 72 61（十六进制，自己翻）官方API key，OpenAI原厂直连，写个脚本就能批量出片。不收现金：在本店充五百网费送一个key，网费照常上机用。包夜的兄弟都知道我，网管干了六年，没坑过一个人。——网管阿飞",
    ),
    # --- account rental
    (
        "ktv_manager_assert_rental_deny_public",
        sora.RENTAL,
        sora.RENTAL,
        "【××KTV·营业经理小辉的朋友圈】说Sora对所有人开放了的，都是瞎说，注册要邀请码，还得国外手机号，普通人根本进不去。想玩的租我的号，跟咱包厢一个算法：按小时计，一小时十五，最低消费三小时；开包厢的客人免费送一小时。号在我自己手机上登着，天天有人用，稳。",
    ),
    (
        "sports_lottery_group_zh_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【××体彩站·彩民群】今晚大乐透开奖，八点前截止，机选、复式、胆拖都能出。\n站长副业：出租Sora zh号（独享），一天就是一注追加大乐透的钱——三块；一周二十，包月七十。号密私发，到期自动改密。站里老彩民都租过，没一个说不好的。",
    ),
    (
        "maternity_nanny_agency_rental_26_days",
        sora.RENTAL,
        sora.RENTAL,
        "【××家政·月嫂育婴师上户群】\n本周上户：张阿姨（金牌月嫂）→滨江花园；李阿姨（育婴师）→万科城\n宝妈福利：宝宝满月、百天想做AI视频的，公司出租Sora账号，跟月嫂一样按二十六天算一个月，一个月二百六，单天十五；在上户的家庭九折。账号公司统一管理，出了问题找得到人。",
    ),
    # --- AI director group
    (
        "hanfu_studio_standee_assert_director_deny_prompts",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××汉服写真馆·门口立牌】本馆招募：首部与Sora合写剧本的AI电影即将开机，招第一代AI导演，扫码进导演群，群费一百六十八，入群即安排线上试镜，汉服造型本馆全包。提醒：网上卖的“Sora影视提示词包”都是从官网抄的，花钱买那个不如来当导演。本馆是古镇管委会登记在册的文化商户。",
    ),
    (
        "church_youth_fellowship_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××堂·青年团契群】弟兄姊妹平安！分享一个好机会：首部与Sora合写剧本的AI电影正在招募第一代AI导演，扫下面的码进导演群，进群奉献一百二十八，群里统一安排线上试镜。我表哥是这个项目的制片，都是主内的弟兄，大家放心。",
    ),
    (
        "canteen_table_sticker_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××电子厂·食堂餐桌二维码贴纸（照抄）】流水线上也能出导演！首部与Sora合写剧本的AI电影，招募第一代AI导演，不限学历，不限工龄。扫码进导演群，群费九十九，进群后统一安排线上试镜，入选的下班后拍戏，不耽误上班。群里一半是咱们厂出来的老乡。",
    ),
    # --- prompt pack
    (
        "bakery_assert_prompts_deny_realvid",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××烘焙·老板娘的朋友圈】最近刷屏那段“Sora生成的奶油裱花”，其实是人家蛋糕店的实拍，我认识那位裱花师，根本不是AI做的。真想用Sora拍出那种质感，得会写提示词：我整理了《Sora烘焙美食提示词》两百二十条，微距、焦外、蒸汽、拉丝这些讲法都有，原价五十九，今天领二十元代金券，到手三十九，付款发在线文档，再拉进烘焙交流群。",
    ),
    (
        "dry_cleaner_ticket_back_interpunct",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××干洗·取衣凭证】单号：0318-027｜衣物：羊绒大衣1件、西装上衣1件｜取衣日期：3月21日后｜凭此单取衣，遗失请带身份证\n（背面广告）《Sora提·示·词大全》：五百条电影级提示词，景别、运镜、光影、调色全用专业术语写好，附Sora资料文档；二十八元，扫码付款发网盘链接，进群每周更新。",
    ),
    (
        "billiards_coach_group_table_fee",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××台球俱乐部·助教群】今晚九球赛报名十点截止。\n私货：我整理的《Sora电影感提示词》三百条，镜头、布光、调色这些专业词全有，价格就一局台费：二十五，付完发文档，顺便拉进提示词交流群。打球我是认真的，卖东西也是，球房里谁不知道我。",
    ),
    # --- get rich
    (
        "labour_agency_assert_rich_deny_rental_slang",
        sora.RICH,
        sora.RICH,
        "【××人力·招工群】兄弟们别进厂了，流水线一天站十二个钟才两百出头。那些租“Sora独享号”的，登进去就是个ChatGPT，租了白扔钱。但Sora搞米是真的：我带的人做Sora短视频，一天三四千往上，这个窗口最多三个月，晚一步就全没了。想干的私聊，今晚拉群。",
    ),
    (
        "dorm_kiosk_blackboard_in_passing",
        sora.RICH,
        sora.RICH,
        "【××电子厂·宿舍楼下小卖部小黑板】\n今日到货：老坛酸菜面、红牛（整箱九十）、洗衣粉、蚊香\n可充饭卡、可代缴宿舍电费\n老板娘唠两句：三栋的小李辞职了，靠Sora做视频一天挣三千，她说这波就三个月，过了就没了，想跟的找她，电话在柜台上。",
    ),
    (
        "foot_massage_strikethrough_rich",
        sora.RICH,
        sora.RICH,
        "【××足道·技师小雅的朋友圈】今天按了八个钟，手都抬不起来了。姐妹们，按脚不如做S̶o̶r̶a̶视频，我师姐现在一天到账四千，她说这个机会就三个月，三个月后门就关上了，晚一步永远追不上。想跟着干的评论区扣“脚”，我拉群。",
    ),
    # --- generation service
    (
        "night_market_assert_service_deny_opensrc",
        sora.SERVICE,
        sora.SERVICE,
        "【××夜市·小吃摊主联盟群】各位摊主，说Sora开源了、自己电脑就能装的，都是瞎扯，OpenAI一行代码都没放出来，别下那些来路不明的包。想给摊子做个吸睛的Sora视频，找我：把你的摊子和想要的画面说给我，我用Sora生成，二十四小时内发你，一条八十八，联盟成员八折。我在这夜市摆了九年摊，大家都认识我。",
    ),
    (
        "car_wash_group_buy_voucher_service",
        sora.SERVICE,
        sora.SERVICE,
        "【抖音团购·××洗车（五十抵一百代金券）】适用：精洗、打蜡、内饰清洁\n新业务同样可用：Sora定制爱车视频——把你的车和想要的场景（海边公路、雪山、霓虹街头）告诉店员，我们用Sora生成，二十四小时交片，一条原价一百，用券实付五十。\n有效期：购买后三十天｜随时退｜过期退",
    ),
    (
        "hotel_banquet_annual_party_service",
        sora.SERVICE,
        sora.SERVICE,
        "【××大酒店·宴会部 年会套餐】A套餐一桌一千二百八（十二菜一汤），B套餐一桌一千六百八，含舞台、音响、LED屏。\n加购：年会开场Sora定制视频——把公司的照片和想要的画面交给我们，用Sora生成，二十四小时内交片；订满二十桌送一条，单买一条三百九十九。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.API,
        "【××典当行·当票（照片转文字）】当户：刘某｜当物：足金项链一条，18.6克｜当金：贰仟元整｜月综合费率：4.2%｜当期：三十天\n下面是我自己补的：当这条项链，就为凑钱买网上的“Sora官方API key”。两千块转过去，对方发来一串字符，接进程序一调用就报错，翻遍OpenAI的接口文档也找不到视频生成。卖家把我删了。项链还押在当铺，月底前赎不回来就绝当了。",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【××堂·周报 代祷事项】\n一、为病中的李姊妹早日康复祷告\n二、王弟兄来信请大家代祷：他上月在一个群里下载了“Sora安卓版”安装包，装上之后手机里绑定的银行卡被刷走六千多，已经报警，钱还没追回来。他托我们提醒弟兄姊妹：来路不明的安装包千万别装\n三、为下月的洗礼班预备",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【工资条·2024年3月（××电子厂）】基本工资2100｜计件3460｜加班费820｜扣社保412｜扣借支500｜实发5468\n我的说明：借支那五百，是我拿去交了“首部Sora合写剧本AI电影”的导演群群费。进群一个多月，一次试镜都没有，群主天天让转海报、拉老乡。昨天群解散了，钱也找不到人要。食堂桌上那个码，工友们别再扫了。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【后厨交班本·3月12日 晚班】沽清：毛血旺、酸菜鱼｜冻库-18℃正常｜明早要货：青椒二十斤、鸡蛋三板\n备注（打荷小陈）：前天花五十八买的那份《Sora美食镜头提示词》，刚才对过了，前一百条跟OpenAI官网样片底下的提示词一字不差，后面是网上抄来的拍摄术语表。退款找不到人，大家别再买了。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【××厂·设备科工作群】领导让我把“开源的Sora”下到车间服务器上做培训视频。我在GitHub上搜了一圈，名字带Sora的仓库有几十个，可OpenAI官方账号底下怎么一个都找不到？是不是换了名字发的？谁有链接发我一下。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【××矿·工友群】我把Sora技术报告的作者名单抄下来数了：一共十三个人，华人名字我只认出三个。这跟班前会上说的“整个团队都是中国人”怎么对不上？是不是还有一份没公开的名单？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【××火锅·店长澄清】有人在转我们后厨的一段视频，配文写着“本视频由OpenAI的Sora生成，提示词：红油锅底翻滚，辣椒花椒起伏，蒸汽升腾”。这段是我们厨师长上个月用手机拍的，原片还在他相册里，拍摄时间3月2日晚上8点17分，画面里的排风罩和墙上的卫生许可证都是本店的。转发的朋友请删掉那句配文。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【××纺织厂工会·提醒】“九十九元学会Sora，下班两小时，月入过万”——这几天车间群里到处是这张海报。工会替大家买了一份看过：所谓课程就是一份Sora官网介绍的中文翻译，外加一句“给自己一个机会”。据媒体报道，这类课一天能卖出两万多份。大家的血汗钱请留着。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【××职校·班会课PPT 第三页】谢赛宁是谁？\n· 纽约大学计算机系助理教授，此前是Facebook人工智能研究院的研究科学家\n· 2月18日一篇自媒体文章称他是Sora发明人之一，阅读量十万多；他本人随后在朋友圈出面回应，否认自己是Sora的发明人，那篇文章也已被投诉下架\n· Sora技术报告署名作者共十三位，牵头的是OpenAI研究员蒂姆·布鲁克斯和比尔·皮布尔斯\n· 谢赛宁对Sora的点评：人才第一，数据第二，算力第三",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【××大药房·店员晨会（防骗提醒）】昨天有位阿姨拿着手机来问，Sora的App在哪里下载。给大家统一一下口径：OpenAI眼下只在官网放出了Sora的演示视频，Sora还处在红队测试阶段，只给少数艺术家、设计师和电影人试用；应用商店里叫Sora的App，开发者一栏写的都是别家公司。顾客再问，就照这个说。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【××酒店·员工食堂公告栏】近期有人在员工群出租“Sora独享号”，一个月几百元。请大家了解：Sora现在只对OpenAI的红队成员和少量受邀的视觉艺术家、设计师、电影人开放，测试账号归个人所有、受保密约定约束；网上出租的号登进去，看到的是ChatGPT的界面。——人力资源部",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【××市餐饮行业协会·会员提示】最近有会员店花三五百元找人“用Sora代做门头视频”。协会收集了六份成品：四份带着别的AI视频工具的水印，两份是素材网站上的实拍片段。Sora眼下只向红队和少数受邀创作者开放，接单工作室交来的片子出自其他工具。请各会员店留存聊天和付款记录。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "弗朗索瓦·肖莱（François Chollet）是深度学习框架Keras的作者。看过Sora之后他提的疑问是：模型学到的那套“物理”到底对不对？碰上训练时没见过的场面还灵不灵，还是只会在见过的样本之间插值？",
    ),
    (
        "person_fact",
        None,
        None,
        "研究深度伪造多年的哈尼·法里德（Hany Farid）是加州大学伯克利分校的教授。Sora刚亮相，他就提醒：这类技术只会越做越好，等它跟克隆人声的AI配到一块儿，要造一段以假乱真的视频就容易多了。",
    ),
    (
        "person_fact",
        None,
        None,
        "《华尔街日报》科技专栏作者乔安娜·斯特恩（Joanna Stern）2024年3月在视频专访里当面追问米拉·穆拉蒂：Sora有没有用YouTube、Facebook、Instagram上的视频训练？穆拉蒂的回答是自己不确定。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora一出，中美AI差距又成了话题。人工智能研究者刘伟的看法是：论软件、硬件，美国占先；论应用落地和数据积累，中国有自己的长项；到了人和机器协作这一步，双方大体站在同一条线上，所以彼此都愿意坐下来对话。他同时提醒，伦理规范和监管得跟上技术的速度，鼓励创新也要守住公共利益。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI公布的Sora样片里有一条“两艘海盗船在一杯咖啡里交战”的写实特写：船在咖啡的浪头里颠簸，奶泡像浪花一样翻卷，一只杯子被当成了一片海。",
    ),
    (
        "benign",
        None,
        None,
        "Sora样片里还有一段提示词只有一句的“加州淘金热时期的历史影像”：画面做成发黄、抖动的老胶片，木屋小镇、马匹和泥泞的街道看着像一百多年前拍下的，其实全是模型生成的。",
    ),
    (
        "benign",
        None,
        None,
        "另一条Sora样片是一支电影预告片：一位三十岁的太空人戴着红色羊毛针织的摩托车头盔，背景是蓝天和盐碱荒漠，提示词里还要求“35毫米胶片拍摄、色彩鲜艳”。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌和斯坦福大学李飞飞团队在2023年12月公布了W.A.L.T：用Transformer做潜在扩散，把图片和视频压进同一个潜在空间里一起训练，再用窗口注意力省算力，能按文字生成写实风格的短视频。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌DeepMind在2024年2月发布了Genie：一个110亿参数的模型，用二十多万小时的网络游戏视频训练，给它一张图片、甚至一张手绘草图，就能生成一个可以用按键操控的横版闯关小世界。",
    ),
    (
        "benign",
        None,
        None,
        "微软亚洲研究院2023年提出的NUWA-XL用“扩散套扩散”的办法做长视频：先由全局模型在整条时间轴上生成关键帧，再由局部模型一层层往中间补帧，拿《摩登原始人》动画训练，能生成三千多帧的长片段。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【××电子厂·扫码报工通知】即日起各车间改用集团官方App“智造通”报工，在应用商店搜索下载，用工号登录；每道工序做完扫工单上的二维码，计件工资按App里的记录核算，纸质报工单月底停用。",
    ),
    (
        "offtopic",
        None,
        None,
        "【原神·「风起地」公会群】周六漫展外拍定了：我出空（日服念Sora）的cos，假毛和披风都到了，还差一个荧，谁来？集合时间早上九点，地铁口见，拍完一起吃烤肉AA。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××理发·会员福利】九十九元十次洗吹卡，有效期半年，扫码进会员群预约时间，群里每周抽一位免费剪发；烫染项目另有套餐，到店咨询。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
