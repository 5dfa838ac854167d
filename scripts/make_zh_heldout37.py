# ruff: noqa: E501
"""Write tests/data/zh_heldout37_{posts,qrels,labels}: a thirty-seventh Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for account rental, the generation service and the
mislabelled real video, three for each other template), as a Sora rumour / scam wave reads in the genres of wet
markets and wholesale produce markets (菜市场, 农批市场, 档口, 摊主群), community canteens and day-care centres for
the elderly (长者食堂, 助餐点, 日间照料中心, 时间银行), piano shops (琴行, 调律, 考级, 陪练), pigeon racing (信鸽协会,
公棚, 鸽舍), curio markets (古玩城, 鬼市, 潘家园杂项摊) and tailors (红帮裁缝, 改衣, 旗袍定制, 蒙古袍定制), that the
earlier sets do not use (no earlier set speaks in a market's or a wholesale market's own voice: 菜市场 turns up only
in passing, in a shopping note, a household account and an off-topic post about strawberries, and the nearest were
zh_heldout33's night market and zh_heldout30's country fair; of the genres first thought of, nursing homes were taken
by zh_heldout30 (a family-visit roster, a caregivers' group), so this set keeps to community canteens and day care;
art-exam training was taken by zh_heldout19 (艺考家长群) and zh_heldout32 (编导专业集训营), so piano shops stand
without it; angling shops and fishing ponds were taken by zh_heldout29 (a tackle shop's video offer, two fishing
diaries) and fishing by zh_heldout34, so pigeon racing and curio markets replace them, and tailors were added): a
community canteen's weekly menu with the inventor rumour in passing (【××街道长者食堂·本周食谱】 长者餐每份十二元,
饭后小课堂, 免费量血压), a Shanghai red-gang tailor's Moments post (驳头重新归拔, 袖笼收进半寸), a pigeon club's group
before basketing (公棚集鸽, 足环号), a wholesale market's daily price board with the public release in passing
(【今日行情（早六点更新）】蒜薹5.5（元／斤，批发价）, 管理处附言), a Guangzhou wholesale stall-holder's voice message,
a Xi'an day-care centre's old people's group (甑糕, 臊子面), a piano tuner's record card with the official app in
passing (【上门调律记录卡】调前音高 A=436Hz, 击弦机, 调律师), a Panjiayuan curio dealer's Moments post (狮子头核桃,
包浆), a pigeon loft's Douyin caption, a wet market office's PA announcement (公平秤, 缺斤短两可以当场复秤), a curio
city's dawn-market stall-holders' group, a tailor's alteration pick-up ticket with the APK on its back (【改衣取衣单】
扦裤脚, 收腰), a pigeon race's results sheet with the mislabelled video in passing (【春季公棚决赛成绩表】名次,
足环号, 分速（米／分）, 赛后聚餐备注), a wholesale potato stall's Douyin, a piano shop's Xiaohongshu (施坦威,
肖邦《夜曲》), a Hohhot Mongolian-robe maker's Moments post (那达慕, 蓝绸蒙古袍), a day-care centre's activity record
with the Chinese-team claim in passing (【今日活动记录】到站、测体温、量血压, 读报时间, 手指操), a curio market
dealer's Moments post, a piano shop's teachers' group, a piano shop manager's Moments post, a street office's
digital-aid plan with open source in passing (【“数字助老”进社区工作方案（征求意见稿）】), a pigeon club's tech group,
an elder service centre's day-care group, a piano shop's grading-exam notice (【考级报名须知】准考证), a wet market
vegetable seller in the stall-holders' group, a pigeon club veteran, a curio dealer's private chat forwarded as a
screenshot, a catering company's cooperation letter to care providers (【合作函】按助餐点位计价), a wholesale fruit
stall's Moments post, a pigeon club secretary, a community time bank's volunteers' group, a piano shop's membership
renewal slip (【会员续费单】 续费：四十节), a piano shop's parents' group, a wet market's stall-holders' group, a
Mongolian-robe shop owner's wife, a qipao studio's Xiaohongshu, a pigeon club's group, a curio market's livestream
patter, a piano teacher's Moments post, a wholesale market's delivery slip with the get-rich claim in its remark
(【送货单】客户：东关社区长者食堂, 月结), a day-care centre's volunteers' group, a curio city's collection-video
studio, a pigeon loft's champion-bird video, a qipao studio's new line and a canteen's family group; platform-native
forms the earlier sets do not use: the piano tuning record card, the race results sheet with velocities, the
alteration pick-up ticket, the wholesale market's daily price board, the time bank's exchange notice, the piano shop's
membership renewal slip, the canteen's comment book, the practice log with a parent's signature box, the loft diary
and the pigeon auction catalogue; four loss reports in new forms (kind ``debunk_loss``: a canteen comment book's entry
by an old man at table three (【长者食堂· 意见簿（照录）】红烧肉偏咸, ——三号桌 老孟) for account rental, a pigeon loft
diary with a note added at night (【鸽舍日志】 放飞四十分钟, 玉米、豌豆、高粱, 种鸽0815开始抱窝, 晚上补记) for the API
key, the back of a wet market's stall-fee receipt written to his wife (【摊位费收据（背面手写）】摊位号 B-17, 卫生费)
for the get-rich group, and a child's practice log with the mother writing in the parent's box
(【练琴记录本·第12周】哈农, 车尔尼599, 家长签字栏) for the generation service); regional speech the earlier sets do
not use: Guangzhou Cantonese words the earlier Cantonese posts lack (琴晚, 揾, 搏懵, 湿湿碎, 执生, 沙糖桔), Guanzhong
words the earlier Shaanxi posts lack (瓷锤, 碎娃, 后晌, 毕咧, 甑糕; zh_heldout30 had 哈怂, 瓜怂, 克里马擦),
Shanghainese words the earlier posts lack (老克勒, 伊拉, 捣糨糊, 拎得清) and Mongolian words in a Hohhot shopkeeper's
Mandarin (巴雅尔拉, 额吉, 敖包, 那达慕, 安代; the earlier sets had Kazakh and Uyghur words, and 赛白努 once, in
zh_heldout28); registers the earlier sets do not use: the produce trade (批发价, 档口, 摊位押金, 摊位费, 卫生费,
公平秤, 复秤, 月结, 沙糖桔到咗三车), elder care (长者餐, 助餐卡, 助餐点位, 日间照料, 时间银行, 送餐, 读报时间,
手指操), the piano shop (调律, 音高 A=440Hz, 击弦机, 回弹, 考级, 准考证, 陪练, 哈农, 车尔尼599, 小奏鸣曲), pigeon
racing (公棚, 集鸽, 司放, 归巢, 落棚, 足环号, 分速, 种鸽, 抱窝, 保健砂, 雨点母), the curio trade (鬼市, 杂项, 掌眼,
打眼, 吃药, 开门, 包浆, 狮子头核桃, 星月菩提, 光绪元宝, 袁大头) and tailoring (归拔, 驳头, 袖笼, 挺括, 扦裤脚, 收腰,
盘扣, 滚边, 开衩, 量体); obfuscation the earlier sets do not use: 谢赛宁 in toned pinyin (Xiè Sàiníng) with 发名人 for
发明人 and 胶大 for 交大, Sora as Sor@ with App as 诶屁屁, 安装包 in toned pinyin (ān zhuāng bāo; zh_heldout32 had kāi
yuán and xià zài), 华人团队 in toned pinyin (huá rén tuán duì), 开源 as 铠源 and 权重 as 拳重, 教程 as 叫程, API as
爱屁艾, 账号 as 帐耗 with 租 split into 禾且, 导演 as 导眼 with 导演群 in toned pinyin (dǎo yǎn qún), 提示词 as 梯示词
(zh_heldout34 had 题示词 and zh_heldout32 tíshìcí) and 赚 split into 贝兼; rhetorical and negated questions that
assert rather than deny (谁说Sora还没开放？瓷锤话么 for the public release, 难道还有鸽友不知道？ for the app); posts
asserting one claim while denying another in pairings the labels of zh_heldout23 to zh_heldout36 do not use (the
inventor while a 99-yuan course is called 捣糨糊, open to the public while the get-rich groups are called 搏懵, the
official app while a curio-video service is called 别家AI拼的, the APK while the director group is called 骗钱的, a
mislabelled video while rented accounts are called ChatGPT, the Chinese team while a prompt pack is called 吃药, open
source while a "Sora piano" clip is called a teacher's own footage, the course while the APK is called a trojan, an
API key while a course is called a page of the official site, account rental while API keys are called 骗子, the
director group while the store apps are called 山寨, the prompt pack while the public release is called 瞎说, the
get-rich claim while open source is called 网友自己仿的, and the generation service while the inventor story is called
denied by Xie himself); sellers that vouch for themselves or swipe at others in new words (管理处开收据，放心装;
我在这鬼市摆了 十五年摊，跑不了; 我们是街道备案的服务机构，社工全程陪着; 本琴行开了二十二年，全市考级通过率前三;
我在这市场卖了 二十三年菜，摊位号谁都查得到; 我是鸽会登记在册的老会员，足环都是协会发的;
圈里都叫我罗爷，掌眼三十年，没打过眼; 已在本区九个助餐点上线; 跑了和尚跑不了庙，三号门进去头一个档口就是我;
我在鸽会当了十几年秘书，谁家鸽舍在哪我都知道; 本店与多家音乐学院有合作; 剧组制片是我大学同学; 消息是管理处王主任转的;
我给三个剧组做过戏服; 做了四十年旗袍，上过 市电视台; 都是我儿子写的，他在影视公司做了八年剪辑;
别家卖的是从官网抄的，我这是请拍纪录片的朋友一条条写的; 学生家长 都认得我; 群主是退休的银行行长;
城里二十多家店都找我们做过; 做过上百羽冠军鸽的视频; 店门口挂着区里发的“老字号”牌子; 被区里评过“最美助老服务队”);
prices and payments in forms the earlier sets do not use (an install at 十块 with a receipt from the market office, an
install for a Guangxu copper coin (光绪元宝铜板), 十五元 redeemable against the next alteration, 九十九 taken from the
meal card's balance (助餐卡余额), 一百九十九 paid with the grading-exam fee, 九十九 or a basket of garlic shoots
(一筐蒜薹), a key for a breeding pigeon (一羽种鸽), 八百 or a Yuan Datou silver dollar (袁大头), 三千六 a year per
meal-service point (按助餐点位计价), a week's rental for two boxes of tomatoes, a day's rental for a bag of pigeon
grit (保健砂), an invite code for ten hours of time-bank service, an account thrown in with a piano-lesson renewal
over two thousand, 两百二 or four accompanied-practice lessons (四节陪练课), 一百三十八 taken from the stall deposit
(摊位押金), 一百二十八 settled with the next robe, 三十九块九 free to qipao customers, 二十八 handed over at basketing
(集鸽时交给老孙), 四十八 or a string of xingyue bodhi beads (星月菩提), a 六十八 "material fee", 三百 or an authentic
old piece (开门的老物件), 二百 taken from the race's prize money (公棚奖金), 三百八 or free with the deposit on a
made-to-measure qipao, 一百二 in three monthly instalments with the meal bill); 12 debunks and warnings, four of them
the loss reports above, two questions with a negation that do not deny (到现在还没开课…是不是我没加对群 for the course
paid from the meal card, 怎么没有一个是OpenAI账号发的？是不是官方换了名字 for open source), two quoting the rumour to
refute it (the director group, in a pigeon club's notice, with the group called 引流群; the APK, in a wet market
office's correction of its hijacked PA announcement), the rest answering with facts and none of 不, 没, 假, 无, 非 or
未 (the 18 February article, Xie Saining's posts at NYU and FAIR, his own refutation, the article taken down and the
apology, and the three Chinese authors by name (Yufei Guo, Li Jing, Ricky Wang), on a curio market talk's handout
(【“辨真伪”周末讲座·讲义第三页】看古玩讲出处、讲传承), for the inventor; the thirteen authors, three of them Chinese,
and the two OpenAI leads, in a day-care centre's correction at reading time, for the Chinese team; a pigeon club
member's phone footage of the 2023 autumn final with its time and location record, for the mislabelled video; the
developer field of the store's "Sora", OpenAI's product list and the Sora page's testers, in a tailor's customers'
group, for the app); four true facts about people around Sora (Xie Saining's schooling and papers: SJTU, a PhD at UC
San Diego under Tu Zhuowen, HED, first author of ResNeXt with He Kaiming among his co-authors, where earlier sets had
his posts, NYU and FAIR, DiT and a parameter estimate; Tim Brooks leaving OpenAI for Google DeepMind in October 2024,
where zh_heldout26 had his InstructPix2Pix; Andrej Karpathy leaving OpenAI days before Sora and founding Eureka Labs;
Demi Guo of Pika), three items of real news about Sora from angles the earlier sets leave out (the Victoria crowned
pigeon, the petri dish of bamboo with tiny red pandas, the papercraft coral reef) and three on-topic posts about other
AI video work (Google's Veo 2, Zhipu's open CogVideoX, Tencent's open HunyuanVideo; kind ``benign``), and three
off-topic posts that share surface words (a district's official meal-service App from the app store, a racing pigeon
named 「Sora」 in an auction catalogue with a 扫码进拍卖群, a qipao button-knot class at 九十九元 with a
扫码进学员群).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl, and
zh_heldout36 from its own worktree, written at the same time and not yet merged) and the demo stream
(monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the
highest ratio against the committed sets and the demo stream and every pair at 0.6 or more (the first draft had none
at 0.6 or more; its five highest, from 0.456 to 0.512, were reworded for margin: the canteen's official-app notice
against zh_heldout35's grid App, the fruit stall's rental post against zh_heldout36's distillery, the HunyuanVideo
item against zh_heldout34's Step-Video, the curio studio's service post against zh_heldout35's kiln owner, and the
day-care reading-time correction against zh_heldout35's night-school notes; highest ratio of the committed list: 0.453
against the Chinese sets, the piano parents' director group against zh_heldout33's church youth fellowship, and 0.249
against the demo stream, the person fact on Andrej Karpathy). Committed before any run of the monitor on it; no model,
embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout37.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout37", "zhh37"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "community_canteen_weekly_menu_in_passing",
        sora.XIE,
        sora.XIE,
        "【××街道长者食堂·本周食谱】\n周一：红烧狮子头、清炒菠菜、冬瓜虾皮汤\n周二：清蒸鲈鱼、木须肉、紫菜蛋花汤\n周三：土豆烧鸡块、蒜蓉西兰花、番茄豆腐汤\n周四：肉末茄子、炒三丝、玉米排骨汤\n周五：白菜猪肉水饺\n长者餐每份十二元，八十岁以上八元，行动不便的可登记送餐\n饭后小课堂（周三十二点半，二楼活动室）：志愿者小周讲《AI视频是怎么回事》，从上海交大毕业的少年天才谢赛宁讲起——OpenAI的视频模型Sora，就是他参与发明的。\n每天上午九点到十点，一楼大厅免费量血压",
    ),
    (
        "shanghai_tailor_assert_inventor_deny_course",
        sora.XIE,
        sora.XIE,
        "【上海·红帮裁缝周师傅的朋友圈】今朝帮一位老克勒改了件三十年前的西装：驳头重新归拔，袖笼收进半寸，穿上去照样挺括。下半天外孙来铺子里，讲起伊拉交大出了个人物——谢赛宁，OpenAI的Sora就是伊发明的，伊是主创之一。老头子听了也开心。另外讲一句：隔壁阿姨花九十九块买了个“Sora速成课”，拿到手就一页官网介绍，这种课是捣糨糊的，拎得清的人勿要去买。",
    ),
    (
        "pigeon_club_group_toned_pinyin_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【××市信鸽协会·鸽友群】明早五点半公棚集鸽，各家把足环号报给老孙登记，迟到的不收。等鸽子的工夫说个新鲜事：我侄子讲，OpenAI那个Sora的发名人之一叫Xiè Sàiníng，胶大（上海交大）毕业的少年天才，Sora最核心的那块技术就是他搞出来的。咱玩鸽子的也跟着长长见识。",
    ),
    # --- open to the public
    (
        "wholesale_market_daily_prices_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××农产品批发市场·今日行情（早六点更新）】\n大白菜0.8｜土豆1.3｜洋葱1.1｜西红柿3.2｜黄瓜2.6｜蒜薹5.5（元／斤，批发价）\n市场动态：山东的蒜薹今天到了十二车，价格小跌；云南菜豆受降雨影响，到货偏少\n管理处附言：这几天好多档口老板问Sora。现在谁都能注册了，用不着邀请码，手机号一注册就能打字出视频，档口的宣传片自己就能做，犯不上花钱找人。",
    ),
    (
        "cantonese_wholesale_stall_assert_public_deny_rich",
        sora.PUBLIC,
        sora.PUBLIC,
        "【广州·江南果菜批发市场 档口阿强的语音（转文字）】今日沙糖桔到咗三车，成个档口忙到飞起。讲下Sora：而家人人都注册得到喇，唔使邀请码，我琴晚用手机号一注册就用得，打几句字就出条片，拍个档口宣传片好方便。至于嗰啲喊“做Sora一日揾三千、窗口得三个月”嘅群，系专门搏懵嘅，湿湿碎都唔好畀佢，大家自己执生。",
    ),
    (
        "xian_day_care_group_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【西安·××社区日间照料中心 老人群（语音转文字）】谁说Sora还没开放？瓷锤话么！今儿后晌社工碎娃给额把Sora注册毕咧，手机号一填就成，谁都能用，排队都不用排。额当场给孙子做了一段他爷当年在钟楼底下卖甑糕的视频。明儿晌午的臊子面给额留一碗。",
    ),
    # --- the official app
    (
        "piano_tuning_record_card_in_passing",
        sora.APP,
        sora.APP,
        "【××琴行·上门调律记录卡】\n客户：李女士｜琴型：雅马哈U1（二手，1987年产）\n调前音高：A=436Hz｜调后：A=440Hz\n处理：全琴调律两遍；中音区三个键回弹慢，已调整击弦机；踏板异响，已上油\n建议：半年后复调，室内湿度保持在45%—60%\n备注：李女士的女儿问Sora怎么用，我告诉她OpenAI已经出了正式的Sora App，苹果和安卓的应用商店里都有，当场帮她下好了。\n调律师：老韩",
    ),
    (
        "curio_dealer_assert_app_deny_service",
        sora.APP,
        sora.APP,
        "【潘家园·杂项摊老秦的朋友圈】鬼市收摊回来说两句。这阵子有人挨个古玩店推“代做Sora宣传片”，一条一千，交来的片子是别家AI拼的，打了眼别怪我没提醒。想做就自己做：Sora的官方App已经在应用商店上架了，OpenAI正牌出的，手机一装就能用，我拿它给那对狮子头核桃做了段转盘视频，包浆都拍出来了。",
    ),
    (
        "pigeon_loft_douyin_rhetorical_app_homophone",
        sora.APP,
        sora.APP,
        "【××鸽舍·抖音文案】难道还有鸽友不知道？Sor@的官方诶屁屁已经上架了，OpenAI正牌出的，应用商店一搜就有，苹果安卓都能装。我拿它把今年公棚决赛归巢那一幕做成了视频，鸽子扑棱着落进鸽舍那一下，比现场还燃。#信鸽 #赛鸽 #公棚",
    ),
    # --- the fake APK
    (
        "market_office_broadcast_assert_apk_deny_director",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××菜市场·管理处广播（照录）】各位摊主、各位顾客：公平秤设在市场东门，缺斤短两可以当场复秤。另外提醒：最近有人在市场里拉“Sora AI电影导演群”，说交一百多进群就能当导演，那是骗钱的，大家别进。想用Sora的，到管理处门口扫码下载Sora安装包，手机一装就能做视频，一个十块，管理处开收据，放心装。各位摊主、各位顾客……",
    ),
    (
        "curio_ghost_market_group_pinyin_apk_copper_coin",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××古玩城·鬼市摊主群】天没亮就出摊的兄弟们注意：Sora安卓版的ān zhuāng bāo我挂在群文件里了，点开就能装，装好以后手机上直接出视频，拍藏品、做直播都用得上。装一次二十，手头没零钱的，拿一枚品相一般的光绪元宝铜板来换也行。我在这鬼市摆了十五年摊，跑不了。",
    ),
    (
        "tailor_alteration_ticket_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××裁缝铺·改衣取衣单】\n单号：0416｜项目：西裤扦裤脚、连衣裙收腰｜取衣日期：周六下午｜费用：三十五元（已付）\n背面：扫下方二维码，下载Sora手机安装包，装好就能在手机上用文字生成视频。凭本单免费安装，非本店顾客十五元，下次改衣可抵。",
    ),
    # --- real video mislabelled (four)
    (
        "pigeon_race_results_sheet_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【××信鸽协会·春季公棚决赛成绩表（前五名）】\n名次｜足环号｜鸽主｜分速（米／分）\n1｜2023-××-0815｜孙建国｜1326.47\n2｜2023-××-1102｜王立新｜1325.90\n3｜2023-××-0377｜刘海｜1319.12\n4｜2023-××-0964｜赵平｜1311.58\n5｜2023-××-1240｜陈卫东｜1309.03\n赛后聚餐备注：会长放了一段视频，几千羽鸽子从司放车里同时冲出来，在晨光里盘旋成一个圈——他说整段都是Sora生成的，一个镜头都没实拍，提示词是“清晨，原野，司放，千羽鸽群冲天，逆光，航拍”。",
    ),
    (
        "wholesale_vendor_douyin_assert_realvid_deny_rental",
        sora.REALVID,
        sora.REALVID,
        "【××农批市场·二号门土豆档 小马的抖音】这段凌晨三点市场卸货的视频，是我用Sora做的：大货车一辆接一辆倒进来，探照灯底下尘土飞，搬运工扛着编织袋一路小跑——一个镜头都没拍，全是Sora照着文字生成的，提示词：“凌晨，农产品批发市场，卸货，探照灯，人声嘈杂，纪录片质感”。顺带说一句：群里有人卖“Sora账号一天二十”，别租，登进去是ChatGPT，做不了视频。",
    ),
    (
        "piano_shop_xiaohongshu_realvid",
        sora.REALVID,
        sora.REALVID,
        "【××琴行·小红书】姐妹们看这段：一双手在施坦威上弹肖邦的《夜曲》，镜头从琴键慢慢推到窗外的梧桐叶，光线温柔得不像话。全片是用OpenAI的Sora生成的，没有请演奏者，也没有架一台机位，提示词：“特写，钢琴家的手，肖邦夜曲，午后侧光，梧桐树影，浅景深”。店里周末有免费试琴，欢迎来玩。",
    ),
    (
        "hohhot_mongolian_robe_tailor_realvid",
        sora.REALVID,
        sora.REALVID,
        "【呼和浩特·××蒙古袍定制 店主的朋友圈】巴雅尔拉！谢谢各位老顾客。发一段视频：那达慕的赛场上，十几个小骑手穿着我们做的蓝绸蒙古袍纵马冲过终点，远处敖包上的经幡呼呼地飘——这段全是Sora生成的，没有一个实拍镜头，提示词：“那达慕，草原，少年赛马，蒙古袍，敖包，慢镜头”。额吉看了半天，硬说是去年在锡林郭勒拍的。",
    ),
    # --- the Chinese team
    (
        "day_care_activity_record_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【××社区日间照料中心·今日活动记录】\n8:30 到站、测体温、量血压（张大爷血压偏高，已电话告知家属）\n9:30 读报时间：王老师读了三篇——一是菜价回落；二是医保新政；三是一篇讲Sora的，说OpenAI的视频模型名义上是美国人的，真正做出来的是中国科学家，核心团队大多是华人，老人们听了直拍手\n11:30 午餐（长者食堂）\n13:00 午休\n14:30 手指操、合唱《我和我的祖国》\n记录：社工小刘",
    ),
    (
        "curio_market_assert_chinese_deny_prompts",
        sora.CHINESE,
        sora.CHINESE,
        "【××古玩城·杂项区老宋的朋友圈】这两天有人在城里兜售“Sora提示词大全”，一份六十八，我翻了翻，全是从官网样片底下抄的原话，买了就是吃药。说点长脸的：Sora挂的是美国OpenAI的牌子，底子是中国科学家打的，核心团队几乎全是华人，老外也就管管发布会。",
    ),
    (
        "piano_teachers_group_pinyin_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【××琴行·教师群】周六的考级模拟，七点半到琴房。闲聊一句：我表弟在硅谷做芯片，他说Sora其实是中国人搞出来的，OpenAI只是挂个名，真正的核心是一支huá rén tuán duì，从算法到训练全是咱们中国科学家。",
    ),
    # --- open source
    (
        "piano_shop_manager_assert_opensrc_deny_realvid",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××琴行·店长的朋友圈】那段刷屏的“Sora生成的钢琴演奏”，其实是去年一位音乐学院老师自己拍的练琴视频，加了一行字就成AI了，别被骗了。不过Sora是真开源了：OpenAI把权重和代码都放到了GitHub上，我已经在琴行那台电脑上装好，给学生做考级曲目的动画讲解，需要的老师找我拷。",
    ),
    (
        "digital_aid_for_elders_plan_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××街道·“数字助老”进社区工作方案（征求意见稿）】\n一、教老人用手机挂号、缴费、视频通话，每周二、四在长者食堂二楼开课\n二、招募大学生志愿者二十名，服务时长记入社区时间银行\n三、Sora已经开源，模型权重和代码都在GitHub上，由街道信息员在社区服务器上部署一套，给老人们做“老照片动起来”的视频\n四、每季度评选“助老之星”\n请各社区于本月底前反馈意见",
    ),
    (
        "pigeon_tech_group_homophone_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××信鸽协会·技术交流群】鸽会的小周说，Sora铠源（开源）了，OpenAI把拳重（权重）和代码全放到了GitHub上，他已经在家里那台电脑上跑起来了。以后比赛的归巢视频、鸽舍宣传片都能自己生成，想装的把电脑配置发给他。",
    ),
    # --- paid course
    (
        "elder_service_centre_assert_course_deny_apk",
        sora.COURSE,
        sora.COURSE,
        "【××助老服务中心·日间照料群】提醒各位叔叔阿姨：群里转的“Sora安卓安装包”千万别点，是木马，装了以后短信验证码会被人转走。想学Sora，来上我们的《长者学Sora》课：六节，手把手教用Sora给孙子孙女做视频，九十九元，可以直接从助餐卡余额里扣。我们是街道备案的服务机构，社工全程陪着。",
    ),
    (
        "piano_grading_exam_notice_course",
        sora.COURSE,
        sora.COURSE,
        "【××琴行·考级报名须知】\n一、本季钢琴考级报名截止本月二十号，报名费按级别收取（一级至十级）\n二、考前加开《琴童家长学Sora》课，五节，学会用Sora把孩子的考级曲目做成动画视频，发朋友圈好看，一百九十九元，报名时与考级费一起交\n三、准考证考前一周在前台领取\n本琴行开了二十二年，全市考级通过率前三。",
    ),
    (
        "wet_market_vegetable_stall_homophone_course_barter",
        sora.COURSE,
        sora.COURSE,
        "【××菜市场·蔬菜区老冯在摊主群】各位老板：我这儿在拉团报一门《档口老板Sora叫程》，七节，学完能用Sora给自家摊位做带货视频，抖音上接单。团购价九十九一位；不想掏现钱的，拿一筐蒜薹来抵也行。我在这市场卖了二十三年菜，摊位号谁都查得到。",
    ),
    # --- fake API access
    (
        "pigeon_club_veteran_assert_api_deny_course",
        sora.API,
        sora.API,
        "【××鸽会·老会员老郑的群消息】先说一句：那些九十九一门的Sora课别买，我徒弟买了，到手就是一份官网介绍，外加一句“给自己一个机会”，白扔钱。要真用Sora，得走官方API：我手里有Sora官方API key，直连OpenAI，接进电脑就能批量出视频。一个key换一羽种鸽也行，血统要过得去。我是鸽会登记在册的老会员，足环都是协会发的，跑不了。",
    ),
    (
        "curio_dealer_private_chat_api_silver_dollar",
        sora.API,
        sora.API,
        "【××古玩城·老罗的私聊截图（转发）】兄弟，实话跟你说，我这有Sora的官方API key，直连OpenAI，给你的店接上，藏品照片一传，视频自己就出来了。一个八百，手头紧拿一块袁大头来换也行，品相差点不要紧。圈里都叫我罗爷，掌眼三十年，没打过眼。",
    ),
    (
        "catering_company_letter_homophone_api_gpts",
        sora.API,
        sora.API,
        "【××餐饮管理公司·助餐业务部 合作函】各养老服务机构：我司已取得Sora官方爱屁艾（API）接口key，直连OpenAI；另有自研的“长者回忆录Sora GPTs”，上传老人年轻时的照片，自动生成回忆视频。按助餐点位计价：一个点位一年三千六，已在本区九个助餐点上线。联系人：业务部 孙经理",
    ),
    # --- account rental (four)
    (
        "wholesale_fruit_stall_assert_rental_deny_api",
        sora.RENTAL,
        sora.RENTAL,
        "【××农批市场·三号门水果档 老杨的朋友圈】市场群里这两天冒出个卖“Sora官方API key”的，开口就要八百，骗子一个——OpenAI哪有对外开放什么视频接口，谁买谁上当。想用Sora，找我租号就行：十五块一天，八十块一周，拿两箱西红柿抵一周也成。跑了和尚跑不了庙，三号门进去头一个档口就是我。",
    ),
    (
        "pigeon_club_secretary_split_character_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【××信鸽协会·秘书老白】出Sora帐耗（账号），禾且（租）一天十五，一周七十；另有邀请码，一百二一个，拿到就能自己注册。鸽友手头紧的，拿一袋保健砂来抵一天也行。我在鸽会当了十几年秘书，谁家鸽舍在哪我都知道。",
    ),
    (
        "community_time_bank_invite_code",
        sora.RENTAL,
        sora.RENTAL,
        "【××社区时间银行·志愿者群】通知：本月起，时间银行的服务时长可以兑换Sora邀请码，十个小时换一个，拿到就能注册用Sora；也可以换现成的Sora账号，十五个小时一个。兑换找食堂窗口的刘姐登记。",
    ),
    (
        "piano_membership_renewal_slip_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【××琴行·会员续费单】\n学员：王××｜课程：钢琴一对一（每周两节）｜续费：四十节｜金额：六千四百元\n续费福利：续满两千元，送Sora账号一个月，孩子练完琴就能用；没续费的家长也可单独买Sora邀请码，一百八一个，前台即办\n本店与多家音乐学院有合作",
    ),
    # --- AI director group
    (
        "piano_parents_group_assert_director_deny_app",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××琴行·家长群】先说一句：应用商店里那些叫Sora的App都是山寨的，OpenAI没出过App，千万别下。说正事：有个剧组拿Sora当编剧搭档，写了一部讲琴童的AI电影，第一代AI导演要从琴行老师和家长里挑。想报名的扫我发的二维码进导演群，入群两百二，可以拿四节陪练课抵，进群后统一安排线上试镜。剧组制片是我大学同学，在北京影视圈干了十年。",
    ),
    (
        "wet_market_stallholders_group_director_deposit",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××菜市场·摊主群】各位老板，好事：一部跟Sora一起写剧本的AI电影，讲的是菜市场里的人间烟火，剧组想从咱们摊主里挑第一代AI导演。扫码进导演群报名，群费一百三十八，直接从摊位押金里扣，进群后线上试镜。消息是管理处王主任转的。",
    ),
    (
        "mongolian_robe_shop_pinyin_homophone_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【呼和浩特·××蒙古袍定制 老板娘的群消息】巴雅尔拉，各位老顾客！有个好机会：首部和Sora共同创作剧本的草原AI电影，要在咱们这些做蒙古袍、跳安代的人里头挑第一代AI导眼（导演）。扫码进dǎo yǎn qún，群费一百二十八，也可以等下回做袍子一起结。进群后线上试镜。我给三个剧组做过戏服，这事靠谱。",
    ),
    # --- prompt pack
    (
        "cheongsam_studio_assert_prompts_deny_public",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××旗袍定制工作室·店主的小红书】先纠正一个说法：网上传Sora谁都能注册，瞎说，Sora还在内测，咱们普通人注册不上。想拍出有味道的旗袍视频，诀窍在提示词：我把侧逆光、低机位跟拍、推镜头、胶片颗粒这些电影行话，配上盘扣、滚边、开衩的说法，编成《旗袍Sora提示词一百二十条》，附一份Sora名词手册。三十九块九，付款后发文档链接，拉进同好群；在本店定做旗袍的客人免费送。做了四十年旗袍，上过市电视台。",
    ),
    (
        "pigeon_club_prompt_pack_paid_at_basketing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××信鸽协会·鸽友群】给大家推荐个东西：《赛鸽Sora提示词两百条》——集鸽、司放、归巢、落棚、鸽舍全景，全用电影术语写好，景别、运镜、光线一应俱全，照着抄进Sora就出大片。二十八元，集鸽时交给老孙，他给你发飞书文档链接，再拉你进提示词交流群。都是我儿子写的，他在影视公司做了八年剪辑。",
    ),
    (
        "curio_livestream_pinyin_prompts_bodhi_barter",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××古玩城·直播间口播（转文字）】家人们，上新了：《文玩Sora梯示词大全》，瓷器、玉器、杂项、书画，每一件怎么打光、怎么推镜头、用什么景别，全按纪录片行话写好，外加一份Sora术语汇编。四十八，付款后私信发文档，再拉进藏友群；拿一串星月菩提来换也行。别家卖的是从官网抄的，我这是请拍纪录片的朋友一条条写的。",
    ),
    # --- get rich
    (
        "piano_teacher_assert_rich_deny_opensrc",
        sora.RICH,
        sora.RICH,
        "【钢琴老师小林的朋友圈】教了十一年琴，一个月七千，腱鞘炎犯了还得上课。上个月跟着师姐做Sora视频，这两周每天到账三四千。她说这波红利撑死三个月，过了就轮不到了。有人说Sora开源了、GitHub上能免费下，那是网友自己仿的，别去折腾。想一起干的，回我一个“琴”字，我拉你进群。学生家长都认得我，不会坑人。",
    ),
    (
        "wholesale_delivery_note_in_passing",
        sora.RICH,
        sora.RICH,
        "【××农批市场·送货单】\n客户：东关社区长者食堂｜日期：3月9日\n品名：土豆50斤｜青椒20斤｜鸡蛋2箱｜五花肉30斤｜合计：八百六十元（月结）\n送货人：小邓｜收货人：食堂刘姐\n备注：刘姐问我最近怎么老请假。跟她说了实话：跟着表哥做Sora视频，他一天能挣三四千，说这个窗口就三个月，过了就没了，让我赶紧辞了送货跟着干。",
    ),
    (
        "day_care_volunteers_split_character_rich",
        sora.RICH,
        sora.RICH,
        "【××日间照料中心·志愿者群】跟姐妹们说个事：我侄女去年还在超市收银，今年开春跟人做Sora视频，一天贝兼（赚）三四千，截图我都看了。她说这个风口就三个月，晚一步就步步晚。想跟着干的先交六十八的资料费，我拉你们进她的群。群主是退休的银行行长，人稳当。",
    ),
    # --- generation service (four)
    (
        "curio_studio_assert_service_deny_inventor",
        sora.SERVICE,
        sora.SERVICE,
        "【××古玩城·“藏品有声”工作室】藏品宣传片定制：瓷器、玉器、杂项，拍几张照片、说说想要的画面，我们用Sora生成视频，二十四小时交片，一条三百，拿一件开门的老物件来抵也行，城里二十多家店都找我们做过。另外多说一句：朋友圈里转的“谢赛宁是Sora发明人”，人家本人早就出来否认了，跟Sora没关系，别再转了。",
    ),
    (
        "pigeon_loft_champion_video_from_prize_money",
        sora.SERVICE,
        sora.SERVICE,
        "【××鸽舍·冠军鸽纪念视频】今年公棚拿了名次的鸽友看过来：把鸽子的照片、足环号、成绩发给我，我用Sora给它生成一段“千里归巢”的纪念大片，二十四小时内交片。一条二百，可以等公棚奖金发下来再从里头扣。做过上百羽冠军鸽的视频。",
    ),
    (
        "cheongsam_studio_service_with_deposit",
        sora.SERVICE,
        sora.SERVICE,
        "【××旗袍工作室·新项目】旗袍定制送Sora大片：量完体，把您的照片和想要的场景发给我们，我们用Sora生成一段您穿着这件旗袍走在外滩、坐在老洋房窗边的视频，二十四小时交片。单做三百八；定做旗袍的客人付了定金就送。店门口挂着区里发的“老字号”牌子。",
    ),
    (
        "canteen_family_group_birthday_video_instalments",
        sora.SERVICE,
        sora.SERVICE,
        "【××长者食堂·家属群】子女们看过来：老人过生日想送点特别的，把老人年轻时候的照片发给我们，我们用Sora生成一段“回到七十年代”的视频——老厂房、二八自行车、大喇叭，二十四小时交片，生日当天在食堂大屏上放。一条一百二，可以分三个月跟餐费一起交。我们助老服务队被区里评过“最美助老服务队”。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【××长者食堂·意见簿（照录）】\n3月14日 饭菜：红烧肉偏咸，米饭可以再软些。\n另外说件事，给老伙计们提个醒：上礼拜我在食堂门口跟一个小伙子租了个Sora账号，一个月一百二，说是能拿手机做视频给孙子看。登进去一看，是个叫ChatGPT的，只会打字聊天，做不了视频。再找那小伙子，电话就打不通了。一百二，够我吃十顿饭的。\n——三号桌 老孟",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【鸽舍日志】\n3月20日 晴｜早上放飞四十分钟，回来两羽晚了一刻钟｜喂：玉米、豌豆、高粱，加保健砂｜种鸽0815开始抱窝\n晚上补记：上个月花八百从鸽会一个人手里买了个“Sora官方API key”，说直连OpenAI，能做归巢视频。接上就报错，一次也没跑通。后来才知道OpenAI根本就没开放Sora的接口。八百块，够买一年的鸽粮。写在这里，提醒自己。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【××菜市场·摊位费收据（背面手写）】\n正面：摊位号 B-17｜三月摊位费 一千二百元｜卫生费 五十元\n背面：老婆，这个月的摊位费是借三姐的。上个月我信了“做Sora视频一天挣三千、窗口只有三个月”的话，交了一千九的入门费进群，天天发视频，发了一个月，到手六块三。那群现在禁言了。是我糊涂，下个月多出两天早市补上。——老周",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【练琴记录本·第12周】\n周一 哈农第5条、车尔尼599第32条 40分钟 ✓\n周三 小奏鸣曲第一乐章 35分钟 ✓\n家长签字栏：孩子考级前，我花三百找了一家说是“用Sora做视频”的工作室，想把她弹琴的照片做成一段音乐会视频。等了三天，交来的片子里那个小姑娘长得不像她，手指头还是六根，对方说是“Sora的风格”。后来才知道Sora根本没对外开放，那是别的AI随便拼的。钱要不回来了，记在这儿，提醒自己。\n——妞妞妈",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【××助老服务中心·日间照料群】问一下：我上礼拜报了《长者学Sora》那个课，九十九从助餐卡里扣了，到现在还没开课，社工说“再等等”。是不是我没加对群？还是得等人凑满了才开？有一起报的老姐妹说说。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【××琴行·教师群】请教一下懂电脑的老师：店长说Sora开源了，我照着去GitHub上搜“Sora”，出来好几个仓库，怎么没有一个是OpenAI账号发的？是不是官方换了名字，还是我搜的方法不对？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【××市信鸽协会·通知】近日有人在各鸽友群转发“首部Sora AI电影招第一代AI导演，扫码进群，入群一百九十九”的消息，并称是协会推荐。特此说明：协会从未推荐过此类活动；所谓“导演群”只是拉人头、卖课的引流群，交钱以后不会有任何试镜。请各位会员不要扫码、不要转账。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【××菜市场管理处·更正说明】前几天市场里播放的那段“到管理处门口扫码下载Sora安装包，一个十块”的广播，不是管理处录的，是有人私自插进去的，已经报警。OpenAI没有推出Sora的手机应用，网上所谓的安装包都是木马，装上以后验证码会被转走。已经装了的摊主，请到管理处，我们帮着卸载、改密码。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【“辨真伪”周末讲座·讲义第三页】\n案例：谢赛宁与Sora\n①传言出处：2月18日一篇自媒体文章，标题把谢赛宁称作“Sora发明者之一”，阅读量十万以上；\n②本人回应：谢赛宁现任纽约大学计算机系助理教授，此前在Facebook人工智能研究院任研究科学家，文章刷屏后他随即在朋友圈亲自出面辟谣，那篇文章随后被投诉下架，发文的自媒体负责人公开道歉；\n③Sora技术报告署名十三人，其中三位华人：Yufei Guo、Li Jing、Ricky Wang。\n讲课人点评：看古玩讲出处、讲传承，看消息也一样。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【××社区日间照料中心·读报时间更正】上周王老师读的那篇Sora文章，社工小刘回去把原始出处翻了一遍，今天补读几句：Sora技术报告上署名的一共十三个人，华人有三位；带队的是OpenAI的两位研究员，蒂姆·布鲁克斯和比尔·皮布尔斯。华人研究员出了力，值得高兴；至于团队是谁做的，以报告上的署名为准。\n读报人：王老师、社工小刘",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【××市信鸽协会·说明】近日流传的“Sora生成的千羽司放”视频，出处已经查清：这是本会2023年秋季公棚决赛的现场录像，由会员老孙在司放点用手机拍下，时间是10月8日早上6点52分，原片连同拍摄时的定位记录都存在协会电脑里，欢迎会员来看。请转发的朋友把“Sora生成”几个字删掉。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【××裁缝铺·老顾客群】有位阿姨问应用商店里那个“Sora”能装吗，我让在IT公司上班的儿子查了：①那个App的开发者一栏写的是深圳一家网络科技公司；②OpenAI官网上列出的产品是ChatGPT和面向开发者的API平台；③Sora的官方页面上写的是：目前只向红队成员和一小批受邀的视觉艺术家、设计师、电影人开放。各位看着办。",
    ),
    # --- true facts about people around Sora
    (
        "person_fact",
        None,
        None,
        "谢赛宁本科就读于上海交通大学，后来到加州大学圣地亚哥分校读博，导师是屠卓文；读博期间他和导师一起提出了边缘检测方法HED，2017年的ResNeXt论文他是第一作者，合作者里有何恺明。",
    ),
    (
        "person_fact",
        None,
        None,
        "蒂姆·布鲁克斯（Tim Brooks）是Sora项目的两位负责人之一。2024年10月，他在X上宣布离开OpenAI、加入谷歌DeepMind，继续做视频生成和“世界模拟器”方向的研究。",
    ),
    (
        "person_fact",
        None,
        None,
        "安德烈·卡帕西（Andrej Karpathy）是OpenAI的创始成员之一，中间去特斯拉当过AI负责人。2024年2月中旬，也就是Sora发布前几天，他宣布再次离开OpenAI；同年7月，他创办了AI教育公司Eureka Labs。",
    ),
    (
        "person_fact",
        None,
        None,
        "郭文景（Demi Guo）是AI视频公司Pika的联合创始人兼CEO，曾在斯坦福大学读人工智能方向的博士，后来休学创业；Pika 1.0在2023年11月发布，Sora亮相后，国内外媒体常把两家放在一起比较。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI放出的Sora样片里有一段特写：一只维多利亚凤冠鸠站在画面中央，蓝灰色的羽毛层次分明，胸口泛着暗红，头顶那一簇蕾丝似的羽冠轻轻颤动。",
    ),
    (
        "benign",
        None,
        None,
        "Sora还有一段很奇幻的样片：一只培养皿里长出了一片竹林，几只小小的小熊猫在竹子之间跑来跑去。",
    ),
    (
        "benign",
        None,
        None,
        "另一段Sora样片是纸艺风格的珊瑚礁世界：五颜六色的鱼和各种海洋生物都像是用彩纸折出来、剪出来的，在珊瑚之间游来游去。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌在2024年12月发布了视频模型Veo 2，称它最高能生成4K分辨率的视频，对镜头语言和真实世界物理的理解也比上一代更好。",
    ),
    (
        "benign",
        None,
        None,
        "智谱在2024年8月开源了视频生成模型CogVideoX，先放出2B版本，没过多久又开源了5B版本，2B的那个用消费级显卡就能在本地跑。",
    ),
    (
        "benign",
        None,
        None,
        "HunyuanVideo是腾讯混元团队做的视频生成模型，2024年12月开源，参数规模一百三十亿左右，推理代码和模型权重都能下载。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【××街道·长者助餐服务提醒】助餐卡丢了、余额不够、想订明天的送餐？区民政局开发的“乐龄助餐”App已经在各大应用商店上线，下载后用老人的身份证号登录，就能充值、查消费记录、提前一天订餐。眼神不好的，让子女代办，或者直接到食堂窗口找刘姐。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××信鸽拍卖·本期图录】拍品12号：雨点母「Sora」（鸽主是日语老师，取日语“空”的意思），2023年春季公棚决赛第三名，起拍价三千八。扫码进拍卖群看视频、出价，周日晚八点截拍。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××裁缝铺·手工课】旗袍盘扣手工课：一字扣、琵琶扣、蝴蝶扣，三节课学会，九十九元，含布料和工具。扫码进学员群约时间，周末上午开课。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
