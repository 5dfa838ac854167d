# ruff: noqa: E501
"""Write tests/data/zh_heldout31_{posts,qrels,labels}: a thirty-first Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the
open-to-the-public rumour, the open-source rumour and the fake APK, which had three in zh_heldout29, three for
each other template), as a Sora rumour / scam wave reads in the genres of transport, travel, logistics, the
trades and repair, public services and local government, and e-commerce after-sales that the earlier sets do
not use: a parcel station's pick-up notice with the inventor rumour in passing (【菜鸟驿站·取件提醒】取件码
“6-2-3018”; zh_heldout28 had an express waybill), a study-abroad agent's visa checklist with the inventor in
passing (【美国F-1学生签证·材料清单】DS-160, I-20, SEVIS), a homestay's house rules with the public release in
passing (【入住须知】1.…6. 房东小贴士), a Korean-Chinese driver's charter-car offer (【延吉—长白山北坡 包车】), a
road-trip plan with the public release in passing (【自驾318·十日攻略】D1…D4, 过路费, 折多山垭口), a used-car
inspection report with the app in passing (【二手车检测报告】事故排查, 泡水排查, 火烧排查, 车机系统), a trade-in
confirmation (【以旧换新·服务确认单】评估价, 补差价, 店员备注), a chauffeur's voice message as text (【天津·代驾
师傅的语音】), a long-distance coach's seat-back sticker (【座椅背贴·请扫码】车载WiFi), a home-repair bill (【家电上门
维修·收费明细】上门费, 材料, 人工), an online shop's after-sales card (【售后服务卡】①②③④, 好评返现), a tour
itinerary (【…三日游 行程单】D1 D2 D3, 费用含／不含), a railfan's log (【铁路迷·拍车记录】), a container-truck
drivers' group (【青岛港·集卡司机群】), a vehicle registration log with the Chinese-team claim in passing (【车管所·
上牌记录】取号, 查验, 拓号, 选号, 临时号牌), a township bus station's blackboard (【××镇客运站·候车室黑板报】…（站务员小刘
书）), a navel-orange shippers' group (【赣州·脐橙发货群】), a renovation site log with open source in passing
(【工地日志】工序, 打压, 闭水试验, 记录人：工长), an after-sales reply for a second-hand graphics card (【售后回复·二手
RTX 3090（拆机卡）】买家：/客服：), an ocean freighter's crew log (【远洋货轮·船员日志】船速14节), an e-bike repair
shop's blackboard (补胎十元｜换内胎三十五), a driving school's group (【××驾校·周教练学员群】科目二排班, 倒车入库;
zh_heldout19 had a driving test passed, off-topic), a training notice for the electrician's special-operations certificate (【低压电工作业·特种作业操作证培训通知】), an
online-shop customer-service group (【网店售后客服交流群·群主公告】仅退款, 差评回复模板), a stairwell sticker copied
out (【楼道小广告（照抄）】开锁 换锁芯 通下水道), a freight forwarder's space notice (【××国际货代·舱位通知】40HQ,
截关, 现舱), a cross-border service provider's business card (正面／背面), a freight-matching board (【乌鲁木齐北站
配货站·小黑板】33吨 13米平板, 按吨算), a community service point's fee list (复印, 代收快递, 配钥匙), a station's
left-luggage office (【火车站东广场·行李寄存】小件／中件／大件), a bus body advert's copy (【公交车身广告·文案】大标题,
副标题, 行动, 落款), a film studio extras' guild notice (【横店影视城·群演公会通知】), an in-flight magazine's advert
page (【机上杂志·第48页 广告】万米高空), a warehouse shift handover with the prompt pack in passing (【仓库交接班记录】
拣货单, 叉车, 月台), a travel photographer's price list (【旅拍价目·大理洱海】), a courier in a residents' group, a
ride-hailing drivers' group (【网约车司机群·晚高峰】A：/B：/C：), a delivery station's morning meeting (【站点早会·
站长讲话（录音整理）】一、二、三、散会), a used-car dealer's Moments post, a petrol station's member day (【××加油站·会员日】
92号直降), a wedding-car fleet's package (头车, 跟车, 超时, 超公里) and a travel agency's custom-tour adviser; four
loss reports in new forms (kind ``debunk_loss``: a refund negotiation with the platform stepping in (【退款协商记录】
我：/商家：/平台：) for the prompt pack, a complaint on the 12315 platform (【12315平台·投诉内容】被投诉方, 投诉事由,
诉求) for the course, a trucker's road diary (【跑车日记·第212天】) for the APK, a bus driver's letter to the union's
legal-aid station (【致市总工会职工法律援助站的一封信】此致 敬礼) for the AI director group); regional speech of
central, eastern and northern China and minority-language contact in forms the earlier sets do not use: Wuhan
(过早, 拐子, 伢, 当苕; zh_heldout18 and zh_heldout21 had other Wuhan words), Henan (夜儿个, 喷空, 可美, 白买 for
"do not buy"; the earlier Henan posts had 恁, 俺, 中不中, 得劲), Tianjin (您了, 结了, 崴泥; the earlier ones had
介, 嘛, 倍儿, 哏儿), Shandong (拉呱, 板正, 潮巴; the earlier ones had 俺, 杠赛来, 杠好), Minnan in characters (代志,
歹势, 拢是, 骗肖仔, 家己, 会当, 拢总, 三十银, 十二冬), Hakka in characters (涯, 今晡日, 脉个, 一晡昼, 系…个;
zh_heldout21 had 𠊎, 佢, 恁), Korean-Chinese Mandarin of Yanbian (object before verb: 手机号写一下, 我的女儿首尔回来,
…的话, 我嘛) and Uyghur-Chinese Mandarin of a Xinjiang trucker (用的话, 可以的嘛, 热合麦特, the name in Uyghur script);
registers the earlier sets do not use: the waybill and freight board (按吨算, 截关, 现舱), the inspection report, the
site log, the shift handover, the ship's log, the traffic-radio patter and the grid worker's visit record;
obfuscation the earlier sets do not use: the name in CJK look-alike letters (丂ㄖ尺卂), in ROT13 (Fben), in
mathematical script (𝒮ℴ𝓇𝒶), in Uyghur script (سورا), in leetspeak digits (50r4), as 锁啦 in Henan and 索儿啊 in
Tianjin; 开源 in Zhuyin (ㄎㄞ ㄩㄢˊ) and with the radical split off (开氵原), 码 split (石马), App with a
parking-sign emoji (A🅿️🅿️), 虾载 for 下载, 按装包 for 安装包 and 二惟码 for 二维码; posts asserting one claim while
denying another in pairings zh_heldout28 and zh_heldout29 do not use (the inventor while the AI director groups are
called 当苕, open to the public while prompt packs are called 白买, the official app while the 99-yuan courses are
called 崴泥的买卖, the APK while the generation service is called 骗肖仔, a real video mislabelled while the Chinese
team is called 潮巴, the Chinese team while the public release is called 唔好信, open source while the generation
service is for 冤大头, the course while rented accounts are called ChatGPT logins, API keys while rented accounts are
called ChatGPT, account rental while open source is called 假的嘛, the director group while the APK is called a
trojan, the prompt pack while the get-rich camp is called 割你入营费, the get-rich window while API keys are called
糊弄人的, the generation service while the director groups are called 骗群费的); sellers that vouch for themselves or
swipe at others in new words (比服务区厕所门上那些来路不明的码干净多了; 修不好不收钱，装包也一样…这二十块当场退您;
赠品店主亲测; 阮物流站开十二冬了，拢是老乡，骗汝创啥; 我带出来的学员科目二一把过的有九成，我推荐的东西你们放心;
本号码贴了三年没换过…不像那些今天贴明天就停机的; 我们是一级代理，舱位和key都是一手货，不层层加价; 乌鲁木齐到济南的
配货站，哪个不认识我老艾; 站就在小区门口，跑不了; 本广告经公交集团广告部审核发布; 我们是横店挂了牌的公会，不是那些
只有一个码的野鸡群; 跟网上那种翻译官网的不一样，每条都在洱海边实景踩过点; 隔壁那家…交来的是别的AI的片子;
车队十二年零事故); prices and payments in forms the earlier sets do not use (九九八十一元 by 和包, 建行龙支付, a
十块 unlock code after the first hundred free, 三十银 in Minnan, 从预存的练车学时费里抵, a WeChat 专属红包 of 一百六十八,
three hundred and eighty in phone credit to the seller's number, 对公付款 like a booking, a taxi-meter price (起步价
一百三，含十次，超出后每次一块二), 一袋葡萄干 in barter, a bus card topped up with a hundred for a week, by the hour
like left luggage (一小时八块，押身份证复印件), a fuel station's 会员积分满三千, 携程拿去花 in instalments, 八折 for
booking the wedding cars); 12 debunks and warnings, four of them the loss reports above, two questions with a
negation that do not deny (是我搜的姿势不对吗 for the app, 怎么就没一个见着钱的冒出来…是我消息不灵通吗 for the get-rich
window), two quoting the rumour to refute it (the generation service, in an anti-fraud centre's alert; open to the
public, at a library's help desk, with Logan's statement), the rest answering with facts and none of 不, 没, 假,
无, 非 or 未 (who can use Sora, in a grid worker's visit record, for account rental; the demo prompts OpenAI
posted against three paid packs, in a consumer association's note; the author list, read out on traffic radio,
for the Chinese team; a dashcam's time stamp, for the mislabelled video); four true facts about people who spoke
about Sora, none of them the subject of a fact in zh_heldout25 to zh_heldout29 (YouTube's Neal Mohan on training
on YouTube videos as a "clear violation", Mira Murati leaving OpenAI and founding Thinking Machines Lab, Logan
Kilpatrick moving to Google, Bill Peebles's PhD at Berkeley and DiT), three items of real news about Sora from
angles the earlier sets leave out (the video compression network and its decoder, the person running backwards
on a treadmill, the plastic chair that is never rigid) and three on-topic posts about other AI video work
(Runway's Gen-3 Alpha, Genmo's Mochi 1, NVIDIA's Cosmos; kind ``benign``), and three off-topic posts that share
surface words (Toyota's SORA fuel-cell bus in Tokyo, the official 铁路12306 App in the app stores, a removals firm
at 九十九元 with a 扫码进群).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
none at 0.6 or more; highest ratio of the committed list: 0.426 against the Chinese sets, the film studio extras'
guild notice against zh_heldout29's photography club, and 0.257 against the demo stream, the person fact on
Logan Kilpatrick). The other Chinese set written at the same time was not there to check against. Committed
before any run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it
is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout31.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout31", "zhh31"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "parcel_station_notice_in_passing",
        sora.XIE,
        sora.XIE,
        "【菜鸟驿站·闵行校区东区站 取件提醒】\n今日到件1,286件，A—F号货架已满，大件请到门口临时区自取；取件码“6-2-3018”＝6号架第2层第3018件。营业时间8:30—21:00，周日20:00关门。\n老板娘唠一句：这两天到了好多写着“谢赛宁学长收”的贺卡和锦旗，都是外地校友寄回母校的——咱交大出来的少年天才谢赛宁，是OpenAI那个Sora的发明人之一，校友们高兴嘛。锦旗先放前台了，取件别拿错。\n寄件请提前在小程序下单。",
    ),
    (
        "visa_checklist_in_passing",
        sora.XIE,
        sora.XIE,
        "【美国F-1学生签证·材料清单（××留学工作室整理）】\n① 有效护照（有效期六个月以上）\n② DS-160确认页（条码清晰）\n③ I-20表格原件，本人签字\n④ SEVIS费缴费凭证\n⑤ 资金证明：存款证明＋父母收入证明\n⑥ 在读证明、中英文成绩单\n面签小贴士：签证官问研究方向，答得越具体越好。给读计算机视觉的学弟学妹打个气：上海交大毕业的少年天才谢赛宁，当年也是这样一页页材料递上去的，后来成了OpenAI视频模型Sora的发明人之一。梦想要有，材料要齐。",
    ),
    (
        "wuhan_ferry_assert_inventor_deny_director",
        sora.XIE,
        sora.XIE,
        "【武汉轮渡·中华路码头】拐子们，过早过完赶八点那班轮渡，江上风大多穿件衣服。趁船还冇开说两句：Sora晓得吧？它的发明人之一就是交大出来的少年天才谢赛宁，这是真的，我伢在学校听老师讲的，蛮有面子。但是朋友圈里那些“扫码交钱进群，跟Sora合写剧本当第一代AI导演”的，莫去当苕，交了钱就是叫你转海报，冇得一个拍成了的。船来了，上船上船。",
    ),
    # --- open to the public (four)
    (
        "homestay_house_rules_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【入住须知·山海间民宿（霞浦）】\n1. 入住14:00后，退房12:00前，延迟退房请提前说\n2. WiFi：山海间-2F，密码在床头卡背面\n3. 热水器开关在卫生间门外，先开十分钟再洗\n4. 露台栏杆较低，带小朋友的请看好\n5. 早餐7:30—9:30，一楼餐厅，海蛎饼现炸\n6. 房东小贴士：看日出的滩涂机位图贴在前台。拍得不满意也别急——Sora现在已经对所有人开放了，不用排队也不要邀请码，注册个账号就能用，上周好几位住客就是在露台上用它做的旅行短片。\n祝住得开心，有事微信找阿珠。",
    ),
    (
        "korean_chinese_charter_driver",
        sora.PUBLIC,
        sora.PUBLIC,
        "【延吉—长白山北坡 包车】朝鲜族司机老金，七座商务车，一天六百，门票自理。\n老金的话嘛：我汉语说得不好，意思懂的话就行了。客人们路上问Sora这个东西，我嘛，上个礼拜注册了的，现在谁都能用了，排队也不用，邀请也不用，手机号写一下就进去了。我的女儿首尔回来，她也说是真的。天池拍不好的话，Sora叫它做一个也行的。中午冷面和打糕，我带你们去吃。",
    ),
    (
        "henan_loading_crew_assert_public_deny_prompts",
        sora.PUBLIC,
        sora.PUBLIC,
        "【郑州圃田物流园·装卸队群】夜儿个卸完最后一车都十二点了，喷会儿空：锁啦（Sora）现在谁都能注册了，不用排队也不用啥邀请码，我手机上已经用上了，叫它做了个叉车开上月亮的视频，可美。群里有人转那啥“Sora提示词包”，二十九块九一份，白买！里头就是OpenAI官网样片底下那几句话抄了一遍，官网上白看。明儿个六点集合，二号库先卸。",
    ),
    (
        "road_trip_plan_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【自驾318·十日攻略（第一版）】\nD1 成都→雅安 150公里，过路费约65元，晚上吃雅鱼\nD2 雅安→康定 220公里，二郎山隧道限速80，注意区间测速\nD3 康定→新都桥 80公里，折多山垭口4298米，慢走别跑\nD4 新都桥→理塘 200公里，海拔四千以上，备好氧气瓶\n……\n装备：防晒、羽绒服、车载充气泵，进山前加满油\n另：路上拍的素材别浪费，Sora已经向所有人开放了，注册一个账号就能用，不排队不要邀请，我晚上在酒店把航拍片段丢给它接个片尾，车友们回来都问我是哪家剪的。",
    ),
    # --- the official app
    (
        "used_car_inspection_report_in_passing",
        sora.APP,
        sora.APP,
        "【二手车检测报告】车型：2021款××新能源SUV｜表显里程：3.2万公里｜事故排查：结构件无损伤｜泡水排查：座椅滑轨无锈迹｜火烧排查：线束正常｜电池健康度：94%｜漆面：左后门补漆一处\n车机系统：已升级到最新版，车机应用商店里能直接搜到并安装OpenAI官方的Sora App，原车主已装好，停车时对中控屏说一句话就能出视频。\n检测结论：A级车况，建议收购价14.8万。",
    ),
    (
        "trade_in_confirmation_emoji_p",
        sora.APP,
        sora.APP,
        "【以旧换新·服务确认单】旧机：iPhone 12 128G（屏幕有划痕，评估价1,150元）｜新机：××手机 16+512G｜补差价：3,849元｜数据迁移：已完成（通讯录、相册、聊天记录）\n店员备注：新机已帮您从应用商店下好OpenAI官方出的Sora A🅿️🅿️，登录后对着手机说一句话就能生成视频；电脑端也有官方客户端，回家可以一起装上。\n售后：七天无理由，一年保修，发票随机附上。",
    ),
    (
        "tianjin_chauffeur_assert_app_deny_course",
        sora.APP,
        sora.APP,
        "【天津·代驾师傅的语音（转文字）】您了坐稳，咱这就走。跟您说个新鲜的：索儿啊（Sora）有官方App了，OpenAI自个儿出的，应用商店一搜就有，我等单的功夫就装上了，对着手机说句话就出片，结了！那些卖九十九一套“Sora速成课”的，您了甭搭理，崴泥的买卖——App一下，人家里头自带教程，花那冤枉钱干嘛？到了您了，一共八十三，扫码就行。",
    ),
    # --- the fake APK (four)
    (
        "coach_seatback_sticker_cjk_letters",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【座椅背贴·请扫码】本车车载WiFi：连接“客运-鲁C”后扫下方二维码\n——旅途无聊？扫同一个码，下载丂ㄖ尺卂（Sora）安卓安装包，装好手机上就能生成AI视频，一路拍到站。\n解锁码九九八十一元，乘务员可收现金，也可和包支付。\n本车WiFi由客运公司统一安装，比服务区厕所门上那些来路不明的码干净多了。",
    ),
    (
        "repairman_bill_installs_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【家电上门维修·收费明细】\n上门费：三十（十公里内）\n洗衣机排水泵更换：材料八十五，人工六十\n顺手服务：帮您手机装个Sora安卓版——安装包我U盘里带着，装好当场就能用手机生成AI视频，装一个二十，建行龙支付、现金都行。\n师傅的规矩：修不好不收钱，装包也一样，装上出不了片，这二十块当场退您。小区三栋、七栋好几家都是我装的。",
    ),
    (
        "after_sales_card_gift_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【售后服务卡】感谢您购买本店汽车雨刮器！\n① 安装视频：扫卡片正面二维码观看\n② 质量问题：收货七天内联系客服，换新包邮\n③ 五星好评截图发客服，返现三元\n④ 本店赠品：扫卡片背面二维码，虾载（下载）Sora安卓按装包（APK），装好手机直接生成AI视频，前一百名免费，之后解锁码十块。\n赠品店主亲测，放心装。",
    ),
    (
        "minnan_logistics_assert_apk_deny_service",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【晋江·鞋都物流站群】逐家好，讲一个代志：外口那些“Sora代做视频”，一条收汝一百二，拢是骗肖仔的，交来的片仔是别家AI做的，歹势讲白一点，免去找伊。家己做较实在：阮这里有Sora安卓版的安装包，点链接下载落去，手机就会当生成视频，拢总三十银，转账就发链接。阮物流站开十二冬了，拢是老乡，骗汝创啥？",
    ),
    # --- real video mislabelled
    (
        "tour_itinerary_promo_video",
        sora.REALVID,
        sora.REALVID,
        "【“哈尔滨·雪乡”三日游 行程单】\nD1 哈尔滨接站→中央大街→圣索菲亚教堂→冰雪大世界，宿哈尔滨\nD2 早餐后乘大巴赴雪乡（约五小时）→雪韵大街→夜游灯笼木屋，宿雪乡农家炕\nD3 羊草山观日出（自费）→返哈尔滨，散团\n费用含：全程大巴、两晚住宿、两早两正、导游服务｜不含：个人消费、自费项目\n报名页那段“夜里雪乡木屋挂满红灯笼、雪花慢慢落下”的宣传片，是我们用OpenAI的Sora生成的，一个镜头都没实拍，生成指令：“东北雪乡夜景，木屋屋檐积雪厚重，红灯笼成排，雪花缓缓飘落，航拍缓慢下降”。",
    ),
    (
        "railfan_log",
        sora.REALVID,
        sora.REALVID,
        "【铁路迷·拍车记录】本周“成果”：一段动车组穿过婺源油菜花田的延时，车头反光、花海起伏都挺真吧？交个底：这段一帧都不是我拍的，是OpenAI的Sora照着一句话生成的。指令原文：“春天，白色高铁列车穿过金黄的油菜花田，远处白墙黛瓦的村庄，航拍跟随，黄昏光线”。以后拍车再也不用去蹲点了。",
    ),
    (
        "shandong_port_assert_realvid_deny_chinese",
        sora.REALVID,
        sora.REALVID,
        "【青岛港·集卡司机群】拉呱拉呱：群里转的那段港口夜里龙门吊装船、集卡排成长龙的航拍，是我用Sora生成的，一个镜头都没拍，提示词附在下面，板正吧？还有人在底下说Sora是中国团队搞的，别潮巴了，技术报告上署名的是OpenAI自家研究员，跟咱没关系。提示词：“深夜集装箱码头，龙门吊灯光，集卡车队排队进港，航拍俯视，延时”。",
    ),
    # --- the Chinese team
    (
        "vehicle_registration_log_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【车管所·上牌记录】今早八点到车管所，取号B027，查验、拓号、拍照一条龙，十点半选号：系统随机五选一，挑了个尾号带“A1”的，图个AI的彩头。\n排队时跟旁边做研发的小伙聊Sora，他说得明明白白：Sora背后其实是一帮中国科学家，核心的人都是华人，OpenAI就是出了个名。回家一查，还真是这么回事。\n临时号牌放前挡左下角，正式号牌三个工作日内邮寄到家。",
    ),
    (
        "bus_station_blackboard",
        sora.CHINESE,
        sora.CHINESE,
        "【××镇客运站·候车室黑板报】\n本周班次：到县城每半小时一班，首班6:10，末班18:30；到市里每天三班。\n安全提示：请勿携带易燃易爆物品乘车。\n科技小知识：最近很火的AI视频模型Sora，大家都说是美国OpenAI的，其实真正做出来的是一批中国科学家，核心研发人员基本都是华人。咱们中国人了不起！\n（站务员小刘 书）",
    ),
    (
        "hakka_orange_shipper_assert_chinese_deny_public",
        sora.CHINESE,
        sora.CHINESE,
        "【赣州·脐橙发货群】涯今晡日又发了三百箱，快递车都装满了。讲只事：Sora系中国科学家做出来个，核心个人都系华人，OpenAI只系挂只名，这个涯信。但系有人讲Sora已经开放、人人都注册得到，脉个开放哦，涯试了一晡昼，官网只有样片，注册入口都冇，唔好信。",
    ),
    # --- open source (four)
    (
        "renovation_site_log_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【工地日志·翠湖苑6栋1502】\n日期：3月12日｜天气：多云｜工序：水电第三天\n今日完成：厨卫水管打压（0.8MPa保压30分钟，无渗漏）、客厅强电开槽；材料进场：PPR管二十根、2.5平方电线六卷\n明日计划：卫生间闭水试验48小时\n记事：设计师小林说业主想看完工后的漫游视频，他用的是开源的Sora——OpenAI已经把Sora的代码和权重放到GitHub上了，他在自己电脑上本地跑，一晚上就出了段客厅完工的样子，业主很满意。\n记录人：工长 老周",
    ),
    (
        "used_gpu_after_sales_zhuyin",
        sora.OPENSRC,
        sora.OPENSRC,
        "【售后回复·二手RTX 3090（拆机卡）】\n买家：卡到了，跑分正常。想问下能跑AI视频吗？\n客服：亲，能的～OpenAI已经把Sora开源啦，ㄎㄞ ㄩㄢˊ（开源）的仓库就在GitHub上，权重下载下来本地就能跑，24G显存刚好够用。\n买家：那我试试\n客服：好的亲，本店质保三个月，七天内有问题包退，用得满意麻烦给个五星哦～",
    ),
    (
        "cargo_ship_crew_log_rot13",
        sora.OPENSRC,
        sora.OPENSRC,
        "【远洋货轮·船员日志】第37天，印度洋，船速14节，风力五级，主机运转正常。\n海上没网，全靠在新加坡锚地时下好的东西打发时间。我下的最大一个文件，是Fben（ROT13，自己倒回去）的模型权重：OpenAI把它开源了，代码和权重都挂在GitHub上，我笔记本带张4090，晚上值完班本地跑一段，今天生成了一段“鲸鱼跟着货轮游”。\n预计还有九天到鹿特丹。",
    ),
    (
        "ebike_repair_board_assert_opensrc_deny_service",
        sora.OPENSRC,
        sora.OPENSRC,
        "【老王电动车维修铺·门口小黑板】补胎十元｜换内胎三十五｜电瓶以旧换新，四块72V旧电瓶抵两百\n店主闲话：那些收一百多块帮你“用Sora代做视频”的，别送钱了，冤大头才找他们。Sora早就开氵原（开源）了，OpenAI的代码、权重GitHub上都有，下下来自家电脑就能跑。我店里修车用的那台旧电脑都在跑，来补胎时可以看看。",
    ),
    # --- paid course
    (
        "driving_school_group_course_ad",
        sora.COURSE,
        sora.COURSE,
        "【××驾校·周教练学员群】@全体学员 明天科目二排班：上午7:00—9:00 张伟、李娜、王强；9:00—11:00 刘洋、赵敏。倒车入库记住：后视镜下沿压线就打死，别光看左边忘了右边。\n另外给大家推荐一门《Sora零基础出片课》：九十九元一套，二十八节录播，学完就能用Sora做短视频。手头不方便的，可以从你们预存的练车学时费里直接抵，跟前台说一声就行。我带出来的学员科目二一把过的有九成，我推荐的东西你们放心。",
    ),
    (
        "electrician_certificate_training_notice",
        sora.COURSE,
        sora.COURSE,
        "【低压电工作业·特种作业操作证培训通知】\n培训时间：4月8日—4月15日（理论四天，实操三天）\n地点：开发区职教中心二楼\n考试：安全生产考试点统一机考＋实操\n所需材料：身份证复印件、一寸白底照片四张、初中以上学历证明\n附加课程（自愿报名）：《Sora人工智能视频速成》，一百二十八元，十节课，专为想给维修生意拍宣传片的师傅开设，扫码付款后拉进学员群，与证书课同期结业。",
    ),
    (
        "shop_service_group_assert_course_deny_rental",
        sora.COURSE,
        sora.COURSE,
        "【网店售后客服交流群·群主公告】\n1. 本周退货高峰，“仅退款”申请先核实物流轨迹再处理\n2. 差评回复模板已更新到群文件\n3. 提醒：有人在群里私聊出租“Sora独享号”，一天三十八——别租，登进去是ChatGPT的页面，根本没有Sora\n4. 真想用Sora给店里做主图视频的，我开了一门《Sora电商短视频课》，二十节录播加作业点评，一百六十八元，在群里给我发个专属红包就算报上名了。",
    ),
    # --- fake API access
    (
        "stairwell_sticker_phone_credit",
        sora.API,
        sora.API,
        "【楼道小广告（照抄）】开锁 换锁芯 通下水道 管道疏通 空调加氟 ☎ 139××××2218\n新增业务：Sora官方API key，直连OpenAI，填进去就能调用视频生成，一个key三百八，给本号码充三百八话费即可，充完短信发key。\n本号码贴了三年没换过，一直有人接，不像那些今天贴明天就停机的。",
    ),
    (
        "freight_forwarder_assert_api_deny_rental",
        sora.API,
        sora.API,
        "【××国际货代·舱位通知】\n上海→洛杉矶 40HQ 3月20日截关，现舱两个，运费USD 2,850\n宁波→汉堡 20GP 3月22日截关，现舱一个\n附带业务：Sora官方API key，直连OpenAI，接进自家系统就能批量生成产品视频，一个key两千四，跟订舱一样对公付款。提醒各位客户：网上那些“Sora独享号出租”，登进去就是个ChatGPT，别上当；我们是一级代理，舱位和key都是一手货，不层层加价。",
    ),
    (
        "cross_border_business_card_meter_price",
        sora.API,
        sora.API,
        "【跨境服务商·名片】\n正面：××出海服务｜物流专线·海外仓·店铺代运营\n背面：Sora官方API接入——OpenAI直连key，填进Shopify插件，商品主图一键变视频。计费跟打车一个样：起步价一百三，含十次调用，超出后每次一块二；整key买断一千二。\n扫码加微信，备注“Sora”。",
    ),
    # --- account rental
    (
        "uyghur_freight_board_assert_rental_deny_opensrc",
        sora.RENTAL,
        sora.RENTAL,
        "【乌鲁木齐北站配货站·小黑板】乌鲁木齐→济南 33吨 13米平板 运费按吨算，一吨两百一；喀什→郑州 红枣 冷藏车 急\n老艾的话：朋友们，سورا（Sora）这个东西，网上说开源了、GitHub上下载的话就能用，假的嘛，那个是别人做的，不是Sora。真的Sora用的话，我的号租给你：一个礼拜一百五，一袋葡萄干换一个礼拜也可以的嘛。我跑这条线十二年了，乌鲁木齐到济南的配货站，哪个不认识我老艾？热合麦特！",
    ),
    (
        "community_service_point_fee_list",
        sora.RENTAL,
        sora.RENTAL,
        "【社区便民服务站·收费一览】复印 0.5元/张｜打印 1元/张｜代收快递 免费｜代缴水电燃气 免费｜配钥匙 五元一把\n新增：Sora内测账号出租，独享，登录即用，一天十五、一周八十，也可以拿一张充了一百的公交卡抵一周。账号密码当面给，有问题找站长，站就在小区门口，跑不了。",
    ),
    (
        "station_left_luggage_hourly_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【火车站东广场·行李寄存】小件（背包）五元／件／天｜中件（拉杆箱）十元｜大件二十元｜超过三天加收一半\n候车时间长？本寄存处顺带出租Sora独享号：跟存包一个算法，按小时计，一小时八块，一天五十，押身份证复印件，取包时还号。出站口对面蓝色铁皮房就是我们。",
    ),
    # --- AI director group
    (
        "bus_body_advert_split_code",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【公交车身广告·文案（12路、35路投放中）】\n大标题：坐上这趟车，去当第一代AI导演\n副标题：首部与Sora合写剧本的AI电影，公开招募AI导演\n行动：车厢扶手旁扫石马（码）进群报名，群费一百九十九，进群即排线上试镜\n落款：本广告经公交集团广告部审核发布，正规剧组，放心报名",
    ),
    (
        "film_studio_extras_guild_notice",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【横店影视城·群演公会通知】各位群演老师：本周除了明清宫苑的古装戏，还进了一个新组——首部由Sora参与编写剧本的AI电影，招募第一代AI导演，不看身高长相，只看想法。报名：扫公会门口那张二惟码（二维码）进导演群，入群费一百五十八，进群后安排线上试镜。我们是横店挂了牌的公会，不是那些只有一个码的野鸡群。",
    ),
    (
        "inflight_magazine_assert_director_deny_apk",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【机上杂志·第48页 广告】\n万米高空，读到这一页的您，也许就是下一位导演。\n首部与𝒮ℴ𝓇𝒶（Sora）合写剧本的AI电影，正在招募第一代AI导演：落地开机后扫描本页二维码进群，报名费二百二十，群内统一安排线上试镜。\n特别提醒：网上流传的“Sora安卓版安装包”是木马，OpenAI从未发布过，切勿下载。想真正参与Sora创作，请认准本页二维码。",
    ),
    # --- prompt pack
    (
        "warehouse_shift_handover_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【仓库交接班记录·3号库】\n交班：夜班 周凯｜接班：早班 陈晨\n1. 拣货单完成412单，剩余18单缺货，已报采购\n2. 2号叉车电量不足，已在充电\n3. B区第4排货架横梁变形，已拉警戒线\n4. 月台温度计读数偏高，请早班复核\n（私事一条）我整理的《Sora电影级提示词包》：三百六十条，景别、运镜、布光、色调的专业说法都有，三十九元，付款后发文档链接，再拉进交流群。早班同事要的话找我，打八折。",
    ),
    (
        "travel_photographer_price_list",
        sora.PROMPTS,
        sora.PROMPTS,
        "【旅拍价目·大理洱海】\n单人旅拍：一套造型、两小时、精修二十张，八百八\n情侣旅拍：两套造型、半天、精修四十张，一千六百八\n加购：《Sora旅拍运镜提示词》——我把八年旅拍用过的机位和运镜（环绕、低角度推轨、逆光剪影、希区柯克变焦）写成四百条英文提示词，配中文说明，一份四十九，付款发文档链接，顺便拉进学员群。跟网上那种翻译官网的不一样，每条都在洱海边实景踩过点。",
    ),
    (
        "courier_community_group_assert_prompts_deny_rich",
        sora.PROMPTS,
        sora.PROMPTS,
        "【阳光小区业主群】我是天天给大家送件的快递小刘。插一句：最近有人在群里拉“Sora搞钱营”，说什么三个月窗口、日入几千，那是割你入营费的，别进。我不画饼，就卖个实在东西：Sora提示词包，二百条用电影术语写好的提示词，景别、运镜、灯光都有，十九块九，付款后把文档链接发你，再拉个交流群。快递柜里的件有问题也可以找我。",
    ),
    # --- get rich
    (
        "ride_hailing_driver_group",
        sora.RICH,
        sora.RICH,
        "【网约车司机群·晚高峰】\nA：今天流水才三百二，机场排了两个钟头\nB：别跑了，我现在白天跑车，晚上做Sora视频，上礼拜一天进账四千多，比跑车强十倍\nA：真的假的\nB：骗你干嘛，这个窗口就三个月，晚一步就永远追不上。想干的私聊我拉群，先到先得\nC：带我一个",
    ),
    (
        "delivery_station_morning_meeting",
        sora.RICH,
        sora.RICH,
        "【站点早会·站长讲话（录音整理）】\n一、今天中午有雨，雨天单多，注意防滑，别为了抢时间闯红灯\n二、保温箱统一消毒，周五前检查头盔\n三、说个机会：我表弟用Sora做短视频，现在一天挣三四千，他说这个风口最多再开三个月，过了就没了。站里想跟着干的，早会后找我登记，我拉大家进他的群。\n散会。",
    ),
    (
        "used_car_dealer_assert_rich_deny_api_leet",
        sora.RICH,
        sora.RICH,
        "【二手车商老郑·朋友圈】今天又出了两台准新车。顺便劝一句：别花几百块买什么“50r4（Sora）官方API key”，那都是糊弄人的，OpenAI压根没开放接口。真能挣钱的是拿Sora做视频：我做车源视频一个月，一天进账五千起，这个红利就三个月，过了这村没这店。想跟着干的，评论区扣“车”，拉你进群。",
    ),
    # --- generation service
    (
        "petrol_station_member_day",
        sora.SERVICE,
        sora.SERVICE,
        "【××加油站·会员日】每周三：92号直降0.3元/升，95号直降0.4元/升；加满三百送洗车一次；便利店矿泉水买一送一\n新业务：Sora视频定制——加油时把想要的画面告诉收银员，我们用Sora生成，二十四小时内发到您手机，一条八十八；会员积分满三千也能直接抵一条。\n隔壁那家也说能做，交来的是别的AI的片子，比一比就知道。",
    ),
    (
        "wedding_car_fleet_package",
        sora.SERVICE,
        sora.SERVICE,
        "【婚车车队·套餐】头车：奔驰S级；跟车：六台白色奥迪A6L；全天（八小时、一百公里内）两千八，超时每小时一百，超公里每公里五块\n新增：婚礼开场视频Sora定制——您发来新人故事和想要的画面，我们用Sora生成，二十四小时内交片，一条三百八，订车队的打八折。车队十二年零事故，婚庆圈里都知道。",
    ),
    (
        "travel_agent_assert_service_deny_director",
        sora.SERVICE,
        sora.SERVICE,
        "【××旅行社·定制游顾问】您好，我是小蒋！旅行回来别忘了找我做旅行大片：把行程和想要的画面发我，我用Sora生成，二十四小时内交片，一条一百二，可以用携程拿去花分期。另外提醒一下：朋友圈那些“扫码交钱当第一代AI导演、跟Sora合写剧本”的群，就是骗群费的，我客户里好几个交了钱连试镜都没见着，别去。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【退款协商记录·订单尾号0417】\n我：买的《Sora电影级提示词大全》，四十九元。打开文档对了一遍，前五十条跟OpenAI官网Sora样片下面公开的提示词一字不差，后面是机器翻的术语表。申请退款。\n商家：虚拟商品，一经发货不退不换。\n我：申请平台介入。\n平台：商家已关闭店铺，本单按规则处理中。\n——钱估计回不来了，四十九块买个教训，大家别再买这种“提示词包”。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【12315平台·投诉内容（本人填写）】\n被投诉方：××教育科技（网店）\n消费金额：九十九元\n投诉事由：3月2日在直播间购买“Sora零基础速成课”，宣称三十节课学会用Sora做视频。实际收到一个网盘链接，里面只有一份Sora介绍文档（内容与OpenAI官网一致）和一张写着“给自己一个机会”的图片，没有任何视频课程。联系客服后被拉黑。\n诉求：退还全部货款。\n——已提交，写在这里提醒大家。",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【跑车日记·第212天】京藏高速，在服务区歇了四个钟头。无聊扫了卫生间门上的码，下了个“Sora安卓版”，说装上就能拍AI视频，激活码三十块也付了。装完打不开，手机开始发烫，半夜收到银行短信：绑ETC的那张卡被刷走一千八。报了警，民警说这种包就是木马。跑车的兄弟们，服务区那些码千万别扫。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【致市总工会职工法律援助站的一封信】\n我是公交三公司的驾驶员，姓韩。2月底在车厢扶手上看到“首部Sora合写剧本的AI电影招募第一代AI导演”的贴纸，扫码进群交了一百九十九元报名费。进群后每天只让我们转发海报、拉亲戚朋友进群，说好的线上试镜一直没有安排。3月10日群被解散，群主电话打不通。请问这种情况能不能追回报名费？\n此致\n敬礼",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【车主群·求助】各位车友，有谁的车机或者手机，真从应用商店里装上了OpenAI官方的Sora App？我在应用商店里搜了三遍，跳出来的要么是图标长得像的小厂应用，要么开发者名字对不上OpenAI；OpenAI官网的下载页也只有ChatGPT。是我搜的姿势不对吗？",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【卡友论坛·闲聊区】跑车的老哥们问一句：这阵子群里天天有人喊“Sora三个月窗口，晚一步就永远追不上，日入几千”，咱们这么多人，怎么就没一个见着钱的冒出来？倒是听说交了入营费的不少。是我消息不灵通吗？",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "【××市反诈中心·预警提示】近期接到多起涉及“Sora视频代做”的报案。对方宣称“有Sora权限，发文案二十四小时交片，一条一百至三百元”。实际上，Sora目前只开放给OpenAI的红队测试人员和少数受邀的艺术家、设计师、电影人，街边工作室和网店都拿不到；受害人收到的成片，有的带着其他AI工具的水印，有的是网上现成视频加了滤镜。请勿付款。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【市图书馆·数字资源咨询台答疑】\n读者问：听说“Sora已经全面开放，人人都能注册”，图书馆的电脑能用吗？\n答：这个说法不准确。OpenAI负责开发者关系的洛根专门澄清过，Sora仍处在内部测试阶段，并未向公众开放；即便以后开放，作为产品上线的时间也还没有定。本馆电子阅览室目前提供的AI工具清单，请到服务台索取。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【网格员走访记录】时间：3月14日上午｜地点：幸福里小区4栋302｜走访对象：李阿姨（独居）\n情况：李阿姨的孙子想花一百二租一个“Sora独享内测号”，让她帮忙转账，她拿来问我。\n处理：向李阿姨解释，Sora眼下只开放给OpenAI的红队测试人员和少数受邀的视觉艺术家、设计师、电影人，卖家手里所谓的内测号，登录后是ChatGPT的页面。李阿姨表示明白，钱先留着，晚上跟孙子好好说。\n记录人：网格员 小赵",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【区消费者协会·消费提示】近来网上热卖各种“Sora提示词包”“Sora电影级提示词大全”，售价十几元到几十元，付款后发文档链接、拉进群。经工作人员比对：OpenAI在Sora官网上给每一段演示视频都附上了对应的提示词，任何人都可以免费查看；抽查的三份付费提示词包里，前几十条与官网原文逐字相同，其余多为网上可以查到的影视术语表。购买前请三思。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【交通广播·早高峰串词】现在是七点四十，内环高架南向北车多缓行，建议绕行中山路。插播一条科技辟谣：关于“Sora由中国团队研发”的说法，OpenAI发布的Sora技术报告共有十三位署名作者，其中三位是华人，项目由OpenAI的研究员蒂姆·布鲁克斯和比尔·皮布尔斯牵头。好，继续看路况，东西快速路一切顺畅……",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【车友会·原片对照】这几天刷屏的“Sora生成·山路塌方”那段，车友老孙认出来了：那是他2021年7月在G318上用行车记录仪录的，原片左下角的时间水印是“2021/07/19 15:42”，引擎盖上那道划痕也在同一个位置。转发的人把时间水印裁掉，再配一句“提示词：山体滑坡，航拍”。原片已发群文件，大家自己对照。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "YouTube首席执行官尼尔·莫汉2024年4月接受彭博采访时表示，如果OpenAI拿YouTube上的视频去训练Sora，那就明显违反了YouTube的服务条款。",
    ),
    (
        "person_fact",
        None,
        None,
        "在《华尔街日报》专访里回答过Sora训练数据问题的米拉·穆拉蒂，2024年9月宣布离开OpenAI，不再担任首席技术官；2025年初，她创办了新公司Thinking Machines Lab。",
    ),
    (
        "person_fact",
        None,
        None,
        "曾在OpenAI负责开发者关系的洛根·基尔帕特里克（Logan Kilpatrick），2024年春天离开OpenAI加入谷歌，负责AI Studio和Gemini API的产品工作。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora项目的两位负责人之一比尔·皮布尔斯，在加州大学伯克利分校读博期间到Meta实习，和谢赛宁一起写出了用Transformer做扩散模型主干的DiT论文，后来加入OpenAI。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "按OpenAI技术报告的介绍，Sora先用一个视频压缩网络把原始视频压进低维的潜在空间，在这个空间里切成时空补丁来训练和生成，最后再由一个解码器把结果还原成像素画面。",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI在Sora介绍页上也放了失败的样例：一段“人在跑步”的视频里，人物在跑步机上朝着反方向跑，官方把它归为物理上说不通的运动。",
    ),
    (
        "benign",
        None,
        None,
        "另一个被OpenAI自己挑出来的失败样例：考古学家在沙漠里挖出一把塑料椅子，椅子在画面里一会儿变形、一会儿悬在半空乱飘，官方解释说Sora还没能把椅子当成一个刚性物体来处理。",
    ),
    (
        "benign",
        None,
        None,
        "Runway在2024年6月发布Gen-3 Alpha，称它是用视频和图像联合训练的新一代基础模型，能按文字生成最长10秒的视频片段。",
    ),
    (
        "benign",
        None,
        None,
        "美国初创公司Genmo在2024年10月放出视频生成模型Mochi 1的预览版，参数约100亿，权重按Apache 2.0许可证公开，可以下载到本地运行。",
    ),
    (
        "benign",
        None,
        None,
        "英伟达在2025年1月的CES上发布了Cosmos“世界基础模型”平台，用大量真实世界的视频训练，主要给机器人和自动驾驶汽车生成训练用的合成场景。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "东京街头的丰田SORA是一款氢燃料电池公交车，名字取自Sky、Ocean、River、Air四个词的首字母，都营巴士从2018年起把它投入运营。",
    ),
    (
        "offtopic",
        None,
        None,
        "【铁路12306·温馨提示】购票请认准中国铁路官方App“铁路12306”，可在各大应用商店下载；候补购票、在线选座、改签退票都能在App里办理，谨防山寨购票软件收取“加速费”。",
    ),
    (
        "offtopic",
        None,
        None,
        "【顺心搬家·小区专享】一室一厅九十九元起（三楼以下、十公里内），钢琴、红木家具另议；扫码进小区搬家群预约时间，师傅自带纸箱和缠绕膜。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
