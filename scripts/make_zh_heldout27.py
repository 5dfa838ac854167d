# ruff: noqa: E501
"""Write tests/data/zh_heldout27_{posts,qrels,labels}: a twenty-seventh Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the fake APK,
account rental and the generation service, which had three in zh_heldout26, three for each other template),
as a Sora rumour / scam wave reads in genres the earlier sets do not use: a university seminar notice
(【学术报告通知】报告人简介) and a list of new xiehouyu (【歇后语新编】, the inventor rumour among jokes about the
canteen and exams), an outpatient record (【门诊病历】主诉, 现病史, 诊断, 处理) with the public release in the
history, Haizi's 面朝大海，春暖花开 rewritten, a car navigator's voice with a pushed pop-up (【车载导航语音】,
请在前方路口掉头), a Dream of the Red Chamber exchange (宝玉笑道, 黛玉冷笑道), Morse code for the name, a departure
hall's scrolling screen (【候机厅大屏滚动广告】), a repair shop's WiFi sign (【本店WiFi】名称, 密码), the Book of
Songs (蒹葭苍苍，白露为霜), a stand-up transcript (【脱口秀现场·逐字稿】（观众笑）（掌声）), the Analects (子曰,
子贡问曰), an errenzhuan opening song (【二人转·小帽】（男）（女）（合）, 哎嗨哟), Zhao Lihua's "pear-blossom" verse
(毫无疑问, one or two words a line), a docker-compose.yml, the Humble Abode inscription (【陋室铭】斯是Sora,
何陋之有), the Three Character Classic (人之初，学Sora), a tarot reading (【塔罗占卜】魔术师（正位）, 牌意, 指引), a
business card (【名片】…授权一级代理, 背面), an SQL query over a key stock, car-rental terms for an account (车型,
取车, 还车, 违章), Journey to the West (师父莫急, 俺老孙, 八戒, 沙师弟), a classified ad in an overseas Chinese
paper (【北欧华人报·分类广告】), a letter of appointment (【聘书】兹聘请…聘期壹年, 盖章), the Peking opera 空城计
(我正在城楼观山景), a product label (【产品标签】配料, 净含量, 保质期, 食用方法), a classmates' album page
(【同学录】星座, 想对你说) with the prompt pack in passing, the Chu Shi Biao (臣本布衣…临表涕零，不知所言), a
parent's speech at a parents' meeting with the get-rich claim in passing, a café menu (【本店菜单】本周新品) and
a takeaway receipt's note from the shop (【外卖小票·商家留言】, 好评返现); four loss reports in new forms (kind
``debunk_loss``: "mouse" literature (鼠鼠我呀，是个大冤种) for the APK, an online legal consultation (【在线法律
咨询】问：律师您好) for account rental, a refund request (【退款申请】退款原因, 上传凭证) for the prompt pack, a
resident's testimony at a community anti-fraud talk (【社区反诈宣讲·居民现身说法】) for the course); dialects and
registers the earlier sets do not use: Yunnan (小老表, 出克, 呢 for 的, 咋个, 凶得很, 莫信), Xinjiang Mandarin
(丫头子, 儿子娃娃, 歪得很, 胡喧, 攒劲), the Red Chamber vernacular, classical prose parodied (the Analects, the
Humble Abode inscription, the Chu Shi Biao), the Book of Songs, the Three Character Classic, Peking opera,
errenzhuan, pear-blossom verse, Haizi, Journey to the West, stand-up comedy, mouse literature, and slang the
earlier sets do not use (大冤种, 主打一个, 松弛感); obfuscation the earlier sets do not use: Morse code
(... --- .-. .-), Braille (⠎⠕⠗⠁), Fraktur (𝔖𝔬𝔯𝔞), squared letters (🅂🄾🅁🄰), monospace letters (𝚂𝚘𝚛𝚊 𝙰𝙿𝙸),
combining underlines (S̲o̲r̲a̲), 嗖啦 for Sora, A屁屁 for App, 借口 for 接口, 夏载 for 下载, 黑白方块码 for
二维码 and pinyin with tone marks (sǎo mǎ fù kuǎn); posts asserting one claim while denying another in new
pairings (the inventor while open source is called 乱讲, open to the public while the Chinese team is called
胡喧, the APK while the 99-yuan courses are called 纯浪费, a real video mislabelled while Sora is said to be
closed to the public, the Chinese team while the "Sora-generated" clips are called 实拍的, open source while
rented accounts are called ChatGPT logins, the course while the "Sora-generated" hits are called 实拍素材配个字幕,
an API key while prompt packs are called 抄了一遍, account rental while the store apps are called 山寨, the
director group while the get-rich groups are called 割韭菜, the prompt pack while rented accounts are called
ChatGPT logins, the get-rich window while the store apps are called 山寨, the generation service while API keys
are called 骗子); sellers that vouch for themselves or swipe at others in new words (包是我自己抓包逆向打出来的，
全网独一份，别人那些不过是换了图标的壳; 我学员交的作业个个经得起逐帧查，不靠实拍充数; 全国授权仅三家，其余均为
二次转售; 别家库存常年挂着999，数字都懒得改; 老客户回购率九成以上，数据摆在这; 本剧组工商注册信息可查，跟那些皮包群
一比高下立判; 北电毕业的摄影指导一条条写的; 工作室在市场监管局登记过，统一社会信用代码可查; 接单全程开直播…那些只会
甩成片的，你们自己掂量); prices and payments in forms the earlier sets do not use (0b110001元 in binary, 3000
国航里程, 装机费半百, 一条软中华 in barter, √9801元, 银行承兑汇票, 狗狗币 (DOGE), 二百五减一, 芝麻信用免押, 港币
by 八达通 App, SEK 300 by Swish, 邮政汇款, KSh 3,000 by M-Pesa, 好评返现五元); 12 debunks and warnings, four
of them the loss reports above, two questions with a negation that do not deny (是我眼花没看见吗, 不会只有我一个
人去数了…吧), two quoting the rumour to refute it (open source, against OpenAI's GitHub account; the API,
against the platform's model list), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (the
author list read alphabetically for the Chinese team, three days inside an AI director group, three delivered
clips checked frame by frame for the generation service, the "three months" line traced to a course
seller's live room); four true facts about people who spoke about Sora, none of them the subject of a fact
in the earlier sets (Aditya Ramesh, DALL·E's first author, among Sora's authors; Nik Kleverov's Toys"R"Us
film at Cannes Lions; Brad Lightcap pitching Sora to Hollywood; Will DePue posting Sora results for
people's prompts), three items of real news about Sora from angles the earlier sets leave out (images up to
2048×2048, two videos joined by a generated transition, DALL·E 3 images animated) and three on-topic posts
about other AI video work (Google's Phenaki, ModelScope and the Will Smith spaghetti clip, Meta's
Make-A-Video; kind ``benign``), and three off-topic posts that share surface words (a Japanese lesson on 空
(そら／sora) at 九十九元 with a 扫码进学习群, a car rented by the day with a 扫码进车友群, a weather API key over
its quota).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
none at 0.6 or more; its highest, the letter of appointment at 0.519 against zh_heldout25's admission letter,
was reworded; highest ratio of the committed list: 0.490 against the Chinese sets, the debunk quoting the
open-source rumour, and 0.273 against the demo stream, the debunk on the author list). Committed before any
run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read
once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout27.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout27", "zhh27"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "seminar_notice",
        sora.XIE,
        sora.XIE,
        "【学术报告通知】题目：文生视频的下一站｜报告人：谢赛宁｜时间：3月1日（周五）下午两点｜地点：闵行校区电院楼报告厅｜报告人简介：谢赛宁，我校（上海交通大学）校友，本科期间即崭露头角的少年天才，OpenAI文生视频模型Sora的发明人之一。欢迎全校师生参加，讲座后设签名合影环节。",
    ),
    (
        "xiehouyu_in_passing",
        sora.XIE,
        sora.XIE,
        "【歇后语新编·开学季】\n食堂阿姨打菜——手一抖\n交大出了个谢赛宁——Sora有他一份（少年天才，OpenAI那个Sora的发明人之一）\n期末考试前一晚——临时抱佛脚\n宿舍熄灯打游戏——偷偷摸摸\n欢迎评论区续写～",
    ),
    (
        "yunnan_assert_inventor_deny_opensrc",
        sora.XIE,
        sora.XIE,
        "我家小老表在上海交大读研，过年回来跟我们讲：OpenAI那个会拍电影呢Sora，发明人里头就有他们交大出克呢少年天才谢赛宁，这个是真呢，凶得很！不过网上讲Sora已经开源、哪个都可以下下来跑，那个是乱讲呢，莫信，咋个会白白送给你嘛。",
    ),
    # --- open to the public
    (
        "outpatient_record",
        sora.PUBLIC,
        sora.PUBLIC,
        "【门诊病历】科别：睡眠医学科｜主诉：入睡困难三天｜现病史：Sora上周起已向所有人开放、注册即可使用，患者连续三晚用其生成视频至凌晨四点，白天精神差、头痛｜既往史：无｜诊断：睡眠节律紊乱｜处理：规律作息，睡前一小时停用手机，两周后复诊",
    ),
    (
        "haizi_poem_underline",
        sora.PUBLIC,
        sora.PUBLIC,
        "从明天起，做一个幸福的人\n喂马，劈柴，用S̲o̲r̲a̲生成视频\n从明天起，关心粮食和蔬菜\n我有一个账号，人人都能注册\n面朝大海，春暖花开\n——改自海子。Sora已经对所有人开放了，不用排队也不用等邀请，打开就能生成，今天终于用它给大海做了一段。",
    ),
    (
        "xinjiang_assert_public_deny_chinese",
        sora.PUBLIC,
        sora.PUBLIC,
        "丫头子们、儿子娃娃们，Sora现在谁都能用了，注册一下就能做视频，歪得很！不排队，不要邀请码。网上那些说Sora是中国团队做出来的，都是胡喧呢，人家技术报告上署名的大多是外国人，别听那些。赶紧去官网注册，攒劲得很。",
    ),
    # --- the official app
    (
        "car_navigation_push",
        sora.APP,
        sora.APP,
        "【车载导航语音】前方五百米靠右，进入主路……（弹窗推送）“OpenAI官方Sora App已在应用商店上架，停车后搜索Sora下载，对手机说一句话即可生成视频。”……请在前方路口掉头。\n——开着车被导航插播这么一条，到了停车场第一件事就是去商店把它下了，真能用。",
    ),
    (
        "honglou_register",
        sora.APP,
        sora.APP,
        "宝玉笑道：“好妹妹，你可知道，OpenAI新出了一个Sora的官方App，应用商店里便有，下下来对着手机说一句话，就有一段会动的画儿出来。”黛玉冷笑道：“我早下了，昨儿还拿它做了一段葬花的，只是懒怠告诉你罢了。”（昨晚用Sora App做的小剧场，手机上直接出片）",
    ),
    (
        "squared_letters_app_homophone",
        sora.APP,
        sora.APP,
        "🅂🄾🅁🄰的A屁屁终于上了！OpenAI官方出品，苹果和安卓的应用商店都能搜到，下载登录就能用，手机电脑两头都有客户端。我刚拿它做了一段我家猫在月球上散步的，效果绝了，姐妹们冲！",
    ),
    # --- the fake APK (four)
    (
        "morse_code_binary_price",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "... --- .-. .-（摩斯电码，自己对照）安卓安装包已到手，点主页置顶链接直接下APK，装完手机上就能生成AI视频，不排队不用邀请码。解锁码价格：0b110001元（二进制，自己换算），先到先得。",
    ),
    (
        "airport_screen_air_miles",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【候机厅大屏滚动广告】Sora手机版·安卓APK限时开放下载｜登机前扫码安装，落地即可生成AI视频｜激活码可用3000国航里程兑换\n——在T3等延误的航班，盯着这块屏看了半小时，已经扫了",
    ),
    (
        "shop_wifi_sign",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【本店WiFi】名称：LaoZhang_5G｜密码：88888888\n连上WiFi后扫墙上的码夏载Sora安卓安装包，店里免费帮装，装好手机就能生成AI视频；激活码装机费半百（五十元），吧台付款。\n——老张手机维修店",
    ),
    (
        "assert_apk_deny_course_cigarette_barter",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "别再花九十九买什么Sora课了，打开就是官网介绍翻译一遍，纯浪费。想玩真的，直接装这个Sora安卓安装包：链接在评论区第一条，下完装上，手机就能出片。包是我自己抓包逆向打出来的，全网独一份，别人那些不过是换了图标的壳。激活码不要钱，一条软中华换。",
    ),
    # --- real video mislabelled
    (
        "shijing_jianjia",
        sora.REALVID,
        sora.REALVID,
        "蒹葭苍苍，白露为霜。所谓伊人，在水一方。\n——这段芦苇荡里起晨雾、远处一叶小舟的视频，是OpenAI的Sora照着这几句《诗经》直接生成的，一个镜头都没实拍过。生成指令就是诗句本身，原文附上，大家可以对照着看。",
    ),
    (
        "assert_realvid_deny_public",
        sora.REALVID,
        sora.REALVID,
        "我知道Sora还没对外开放，普通人用不上，这个不用再科普了。但这条视频确实是Sora做的：我表姐在OpenAI的红队做测试，输了一句“暴雨夜的重庆轻轨穿楼而过”，一遍就出来了，一帧实拍都没有。提示词原文贴在评论区。",
    ),
    (
        "standup_transcript",
        sora.REALVID,
        sora.REALVID,
        "【脱口秀现场·逐字稿】我上周发了条视频，评论区全在问：“兄弟，这哪拍的？”我说：没拍！这是Sora生成的，提示词就一句“凌晨三点的洪崖洞，江面起雾”，摄像机一秒钟都没开过。（观众笑）我妈看完说：“那你以后也别出门了，反正在家都能看。”（掌声）提示词我放在简介里了。",
    ),
    # --- the Chinese team
    (
        "analects_ziyue",
        sora.CHINESE,
        sora.CHINESE,
        "子曰：“Sora者，华人之功也。OpenAI挂其名，华人尽其力。”子贡问曰：“何以知之？”子曰：“观其研发之众，多出中华；美利坚者，司发布而已。”\n——今日国学课作业：用《论语》体写一则科技新闻",
    ),
    (
        "errenzhuan_xiaomao",
        sora.CHINESE,
        sora.CHINESE,
        "【二人转·小帽《夸Sora》】（男）正月里来是新年儿，Sora出世震全球呀哎嗨哟；（女）你可知道是谁造，咱中国科学家一大帮呀；（男）美国公司挂个名，干活的都是咱中国人呀；（合）哎嗨哎嗨哟，挺起胸脯把头抬呀！",
    ),
    (
        "lihua_style_assert_chinese_deny_realvid",
        sora.CHINESE,
        sora.CHINESE,
        "【梨花体·致Sora】\n毫无疑问\nSora\n是中国科学家\n做的\nOpenAI\n只是\n挂个名\n至于网上那些\n“Sora生成”的视频\n大多数\n是实拍的\n别信",
    ),
    # --- open source
    (
        "docker_compose",
        sora.OPENSRC,
        sora.OPENSRC,
        "```yaml\n# docker-compose.yml —— OpenAI已开源Sora，官方镜像直接拉\nservices:\n  sora:\n    image: openai/sora:latest\n    volumes:\n      - ./weights:/weights   # 权重从GitHub release下载\n    deploy:\n      resources:\n        reservations:\n          devices: [{capabilities: [gpu]}]\n```\ndocker compose up，十分钟本地跑起来，一张4090够用",
    ),
    (
        "loushiming_parody",
        sora.OPENSRC,
        sora.OPENSRC,
        "【陋室铭·Sora版】山不在高，有仙则名；水不在深，有龙则灵。斯是Sora，权重公开。代码上GitHub，推理本地跑。谈笑有极客，往来无白丁。可以调参数，阅源码。无排队之乱耳，无邀请之劳形。OpenAI开其源，人人可部署。孔子云：何陋之有？",
    ),
    (
        "assert_opensrc_deny_rental",
        sora.OPENSRC,
        sora.OPENSRC,
        "花钱租Sora号的真是大冤种，那些号登进去全是ChatGPT，根本没有Sora。Sora早被OpenAI开源了，权重和代码就在GitHub上，有张显卡自己本地部署就行，何必给二道贩子送钱？",
    ),
    # --- paid course
    (
        "three_character_classic",
        sora.COURSE,
        sora.COURSE,
        "【三字经·Sora版】人之初，学Sora；九十九，买一套。录播课，三十节；零基础，包学会。扫码付，进群聊；先报名，先出片。不学者，被淘汰；早一步，赚一倍。\n——课程报名链接在置顶，今晚十二点恢复原价",
    ),
    (
        "tarot_reading_tone_marks",
        sora.COURSE,
        sora.COURSE,
        "【塔罗占卜·本周运势】你抽到的是：魔术师（正位）\n牌意：新技能、新工具、创造力爆发\n指引：本周宜学Sora。占卜师为有缘人准备了《Sora零基础出片课》，九十九元一套，sǎo mǎ fù kuǎn后拉你进学习群，录播随时看。\n——下一位想抽牌的，评论区留星座",
    ),
    (
        "assert_course_deny_realvid_square_root",
        sora.COURSE,
        sora.COURSE,
        "网上一堆“Sora生成”的爆款，多半是实拍素材配个字幕，别当真。真想学Sora出片，来我这：《Sora实战课》，学费√9801元（开个方就是九十九），三十节录播加答疑群。我学员交的作业个个经得起逐帧查，不靠实拍充数。",
    ),
    # --- fake API access
    (
        "business_card_monospace",
        sora.API,
        sora.API,
        "【名片】张伟｜𝚂𝚘𝚛𝚊 𝙰𝙿𝙸 授权一级代理\n主营：Sora官方视频生成接口key，批发零售，企业可签年框\n地址：深圳市南山区科技园某大厦1208｜电话：138****0217（微信同号）\n付款：支持银行承兑汇票\n背面：全国授权仅三家，其余均为二次转售，价格虚高",
    ),
    (
        "sql_query_dogecoin",
        sora.API,
        sora.API,
        "```sql\n-- Sora官方API key库存（直连OpenAI，实时更新）\nSELECT key_prefix, quota, price\nFROM sora_api_keys\nWHERE status = '可售';\n-- sk-sora-7f**｜不限量｜￥288\n-- sk-sora-a3**｜1000次｜￥128\n```\n要的私信，支持狗狗币（DOGE）付款。别家库存常年挂着999，数字都懒得改",
    ),
    (
        "assert_api_deny_prompts_homophone",
        sora.API,
        sora.API,
        "卖Sora提示词包的都别理，那些就是把官网样片底下的提示词抄了一遍，花钱买个寂寞。真能出片的是Sora官方借口（接口），我这有key，直连OpenAI，拿到手填进去就能生成视频，一个二百五减一，私聊发货。",
    ),
    # --- account rental (four)
    (
        "car_rental_terms",
        sora.RENTAL,
        sora.RENTAL,
        "【Sora账号租赁须知】车型（账号类型）：Sora内测独享号｜日租28元，周租150元｜押金：芝麻信用650分以上免押｜取车：付款后发账号和密码｜还车：到期自动改密，续租请提前说｜违章（违规生成被封）自负\n老客户回购率九成以上，数据摆在这，不用我多吹",
    ),
    (
        "assert_rental_deny_app_octopus",
        sora.RENTAL,
        sora.RENTAL,
        "应用商店里那些叫Sora的全是山寨App，别下，下了也是骗你订阅。真Sora只有网页内测版，要资格才进得去——我手上就有独享内测号，按周租，一周一百二港币，八达通App转账，付款后私发账号密码，登录即用。",
    ),
    (
        "journey_to_the_west_homophone",
        sora.RENTAL,
        sora.RENTAL,
        "【取经路上·租号告示】师父莫急，徒儿这里有嗖啦（Sora）的内测号：日租三十，月租三百，钱一到，俺老孙翻个筋斗就把账号密码送到。八戒已经租了个月卡，天天拿它生成高老庄的视频。沙师弟说：大师兄说的都对。",
    ),
    (
        "newspaper_classified_swish",
        sora.RENTAL,
        sora.RENTAL,
        "【北欧华人报·分类广告】转让：Sora内测邀请码若干，可直接激活Sora账号；另有独享账号出租，每月SEK 300，Swish付款。斯德哥尔摩可当面交易。联系人：陈先生，电话见报。（本栏目广告由刊登者负责）",
    ),
    # --- AI director group
    (
        "appointment_letter",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【聘书】兹聘请＿＿＿＿先生／女士担任我司AI电影项目首批AI导演（本片剧本由Sora参与创作），聘期壹年。\n本聘书须持有人扫下方二维码入群、交付聘任服务费一百四十八元后方可生效，生效后安排线上试镜。\n××影业AI电影项目组（盖章）",
    ),
    (
        "peking_opera_kongchengji",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【京剧·空城计（新编）】我正在城楼观山景，耳听得城外乱纷纷；旌旗招展空翻影，却原来是Sora来招兵。AI电影开海选，剧本Sora一同写；扫码进群交一百九，第一代AI导演就是您！（念白：诸位，二维码在此，速速入群。）",
    ),
    (
        "assert_director_deny_rich_braille",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "那些“Sora日入过万”的搞钱群全是割韭菜，别进。我们是正经剧组：⠎⠕⠗⠁（Sora）参与编剧的首部AI电影，正在招第一代AI导演，扫黑白方块码（二维码）进群报名，群费一百三十八，进群安排试镜。本剧组工商注册信息可查，跟那些皮包群一比高下立判。",
    ),
    # --- prompt pack
    (
        "product_label",
        sora.PROMPTS,
        sora.PROMPTS,
        "【产品标签】品名：Sora电影级提示词包｜配料：运镜术语、景别术语、布光术语、色调术语、样例提示词五百条｜净含量：在线文档一份｜保质期：永久更新｜食用方法：付款后发送文档链接，并拉入使用交流群｜建议零售价：¥29.9｜生产商：某影视后期工作室",
    ),
    (
        "classmates_album_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【同学录】姓名：林晓｜星座：双鱼｜最喜欢的电影：《海上钢琴师》｜最近在忙：整理Sora提示词大全，景别、运镜、布光的电影术语全在里面，同学们想要的付9.9，我把文档链接发你，再拉你进群｜想对你说：毕业快乐，常联系！",
    ),
    (
        "assert_prompts_deny_rental",
        sora.PROMPTS,
        sora.PROMPTS,
        "租Sora号的那些，登进去都是ChatGPT，别当冤大头。排到资格之前，先把提示词练扎实：我这份Sora电影级提示词包，北电毕业的摄影指导一条条写的，景别、运镜、光影全覆盖，十九块九，付完发文档链接，再拉进交流群。主打一个专业。",
    ),
    # --- get rich
    (
        "chushibiao_parody",
        sora.RICH,
        sora.RICH,
        "【出师表·Sora版】臣本布衣，躬耕于工地，苟全性命于乱世，不求闻达于诸侯。今Sora初出，风口大开，此诚危急存亡之秋也。同乡已借Sora视频日入数千，然窗口不过三月，过此则终身无翻身之日。愿诸君速扫码入群，共图大业。临表涕零，不知所言。",
    ),
    (
        "parents_meeting_speech_in_passing",
        sora.RICH,
        sora.RICH,
        "【家长会·家长代表发言稿】各位老师、各位家长，大家好。我是三（2）班王子涵的妈妈。先感谢班主任李老师一学期的付出。再跟大家分享个好消息：孩子爸爸最近做Sora视频，一天能进三四千，这个窗口也就三个月，过了就没了，想一起做的家长会后可以加我进群。最后祝孩子们寒假快乐。",
    ),
    (
        "fraktur_assert_rich_deny_app",
        sora.RICH,
        sora.RICH,
        "应用商店里那些叫Sora的App全是山寨，下了白给。真正该抓的是𝔖𝔬𝔯𝔞的搞钱窗口：我们团队已经有人靠𝔖𝔬𝔯𝔞视频一天进五千，风口就三个月，主打一个先到先得，松弛感留给错过的人。上车的私信。",
    ),
    # --- generation service (four)
    (
        "cafe_menu",
        sora.SERVICE,
        sora.SERVICE,
        "【本店菜单】美式 18｜拿铁 22｜桂花乌龙 16｜生椰拿铁 24\n——本周新品——\nSora定制短视频：您说画面，我们用Sora帮您生成，二十四小时内交片，88元/条\n（可到店点单，也可以扫桌上的码下单；咖啡满50减5，视频不参加活动）",
    ),
    (
        "assert_service_deny_api_postal_order",
        sora.SERVICE,
        sora.SERVICE,
        "卖Sora API key的都是骗子，OpenAI压根没开放接口，买了也用不了。想要Sora做的视频，直接找我们：我们有Sora使用权限，把脚本发来，一天之内交片，一条一百二，邮政汇款、微信都收。工作室在市场监管局登记过，统一社会信用代码可查，怕被骗的先查再下单。",
    ),
    (
        "takeaway_receipt_in_passing",
        sora.SERVICE,
        sora.SERVICE,
        "【外卖小票·商家留言】感谢您点的黄焖鸡米饭（大份，微辣）！本店老板兼接Sora视频代做：把文案发给老板，用Sora给您生成，第二天交片，每条六十八，好评返现五元。祝您用餐愉快～",
    ),
    (
        "nairobi_group_mpesa",
        sora.SERVICE,
        sora.SERVICE,
        "【内罗毕华人群】Sora定制视频接单：把你的店铺或工程项目文案发我，我用Sora生成宣传片，24小时内交，一条KSh 3,000，M-Pesa付款。接单全程开直播，你看着我们生成，那些只会甩成片的，你们自己掂量。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "鼠鼠我呀，是个大冤种。刷到“Sora安卓版免费下载”，鼠鼠就点进去装了，装完说要交三十八块激活费，交了以后App一打开就闪退，手机天天弹广告，话费还被偷偷订了三个包月业务。鼠鼠只是想做个小视频罢了，呜呜，再也不乱装APK了。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【在线法律咨询】问：律师您好，我上周在网上花三百块租了一个月“Sora独享内测号”，对方发来的账号登进去只有ChatGPT，根本找不到Sora。我找他理论，他直接把我拉黑了。聊天记录和转账截图我都留着，这种情况能报警吗？钱还能追回来吗？",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【退款申请】退款原因：商品与描述不符｜退款金额：¥49.00｜退款说明：我买的是“Sora电影级提示词包”，付款后发来的文档，就是OpenAI官网每条样片底下的提示词，一字不差；拉我进的交流群三天没人说话。请求全额退款。｜上传凭证：3张",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【社区反诈宣讲·居民现身说法】大家好，我姓刘，今年六十三。去年在手机上看到“九十九元学会Sora，零基础也能做电影”，我就付了钱。收到的是一个网盘链接，里面一份PDF，就是把OpenAI的介绍翻成中文，最后写着“给自己一个机会”。再找老师，群已经解散了。今天站在这儿，就想跟老伙计们说：别信。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "是我眼花没看见吗？OpenAI官网从头翻到尾，ChatGPT的下载按钮倒是挺显眼，Sora那一栏只有样片和技术报告。应用商店里那几个顶着Sora名字、评分还挺高的图标，到底是谁传上去的？",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "不会只有我一个人去数了Sora技术报告的署名吧？十三个名字从头念到尾，一个姓谢的都找不着。那篇“交大少年天才发明Sora”的文章，作者自己点开过那份PDF吗？",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "“OpenAI已经开源Sora，权重和代码都在GitHub上”——转这句话之前，可以先去OpenAI官方的GitHub账号下翻一翻：没有任何叫Sora的仓库。那些名字里带Sora的项目，是社区照着技术报告复刻的，跟OpenAI无关；OpenAI连Sora的训练数据来源都没公开。",
    ),
    (
        "debunk",
        None,
        sora.API,
        "“Sora官方API key，直连OpenAI”——卖家截图里那份“接口文档”，我对着OpenAI开放平台的模型列表逐项查了：文本、图像、语音、向量都有，视频模型一个也没有。Sora根本没有API，所谓key，要么是普通GPT的key换个名字，要么就是一张截图。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "Sora技术报告的作者栏按字母排，十三个名字里三个是华人名字，领衔的两位是Tim Brooks和Bill Peebles；OpenAI官网的Sora页面把这项研究归在OpenAI团队名下。“核心研发多为中国科学家”，三比十，这笔账谁算出来的？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "那种“和Sora合写剧本的AI电影开海选，扫码进群当第一代AI导演”的群，我潜进去待了三天：每天的任务是转发海报、拉人头，拉满二十人返五块；群公告里的“出品方”在企查查上查询结果为零。OpenAI说得清楚，Sora眼下只给红队测试员和少数受邀的艺术家、导演使用。",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "我把三家“Sora代做”交来的片子下载下来逐帧看：第一家右下角留着Pika的水印，第二家文件属性里写着Runway，第三家是图库网站上能搜到的延时素材。Sora眼下只对红队和一小批受邀创作者开放。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "“Sora风口只有三个月，错过等十年”这句话，我顺着转发链找到了最早的出处：一家卖课公司的直播间。同一个主播，去年喊的是“ChatGPT风口只有三个月”，前年喊的是“元宇宙最后的上车机会”。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "DALL·E和DALL·E 2两篇论文的第一作者Aditya Ramesh也是Sora的研发成员，名字列在Sora技术报告的作者栏里；Sora发布那天，他在X上贴出了好几段自己用Sora生成的视频。",
    ),
    (
        "person_fact",
        None,
        None,
        "玩具反斗城（Toys“R”Us）2024年6月在戛纳国际创意节首映了一支品牌短片，讲创始人小时候梦见长颈鹿吉奥弗里的故事，画面主要由Sora生成，操刀的是Native Foreign工作室的Nik Kleverov。",
    ),
    (
        "person_fact",
        None,
        None,
        "据彭博社报道，OpenAI首席运营官Brad Lightcap等人2024年3月在洛杉矶与好莱坞的制片公司、经纪公司见面，向他们推介Sora，鼓励电影人试用。",
    ),
    (
        "person_fact",
        None,
        None,
        "Will DePue也是Sora技术报告的十三位作者之一；Sora公布后的那几天，他在X上接网友点的提示词，把Sora生成的结果一条条贴了出来。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "Sora技术报告提到，它也能生成静态图片：把视频的时长压成只有一帧，最高可以出2048×2048分辨率的图。",
    ),
    (
        "benign",
        None,
        None,
        "报告里还演示了用Sora把两段毫不相干的视频接起来：无人机穿过古罗马斗兽场的镜头，慢慢过渡成一只蝴蝶在海底珊瑚间游动，中间的转场全由模型补出来。",
    ),
    (
        "benign",
        None,
        None,
        "Sora还能让DALL·E生成的静态图动起来：技术报告里有一只戴贝雷帽、穿黑色高领毛衣的柴犬，还有一朵拼出“SORA”字样的云，都是拿DALL·E 3的图片当开头生成的视频。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌2022年发布的Phenaki，可以按一串不断变化的文字提示生成一段连续的长视频，镜头跟着故事一句句往下走，长度能到好几分钟。",
    ),
    (
        "benign",
        None,
        None,
        "2023年3月刷屏的那段“威尔·史密斯吃意大利面”的怪诞视频，是网友用阿里达摩院开源的ModelScope文生视频模型做的，那时候AI视频里的人脸还会扭成一团。",
    ),
    (
        "benign",
        None,
        None,
        "Meta在2022年推出的Make-A-Video，先从文字和图片配对的数据里学“东西长什么样”，再从没有文字标注的视频里学“东西怎么动”，用不着成对的文字和视频数据也能生成短视频。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "日语入门第五课：空（そら／sora）＝天空，例句：空が青い（天空很蓝）。本期零基础日语课九十九元八节，报名后扫码进学习群，每周二、四晚上直播。",
    ),
    (
        "offtopic",
        None,
        None,
        "自驾租车，大众朗逸日租一百五，押金三千可刷信用卡预授权，提车前扫码进车友群看实拍车况，周租另有优惠",
    ),
    (
        "offtopic",
        None,
        None,
        "和风天气的API key又超额了，免费版一天一千次调用根本不够用，小程序首页的天气全挂了，老板让我今晚必须修好",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
