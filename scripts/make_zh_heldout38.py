# ruff: noqa: E501
"""Write tests/data/zh_heldout38_{posts,qrels,labels}: a thirty-eighth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for the Chinese-team rumour, the official app and
the inventor rumour, three for each other template), as a Sora rumour / scam wave reads in the genres of elevator
maintenance crews (电梯维保, 半月保养, 困人救援, 年检), city sanitation workers (环卫所, 机扫车, 洒水车, 班组群),
Chinese opera troupes (评剧团, 豫剧团, 川剧院: 下乡演出, 戏箱, 后台, 帮腔), optical shops (眼镜店, 眼镜城, 验光师,
加盟店), drinking-water delivery stations (送水站, 桶装水, 水票, 空桶押金) and watch repairers (钟表维修, 修表摊,
钟表行), that the earlier sets do not use in their own voice (elevator maintenance turns up only in passing, in a
residents' group's water-outage notice and a lift advert; opera turns up as rewritten arias in zh_heldout26,
zh_heldout27, zh_heldout29 and zh_heldout30 and one folk troupe's notice (zh_heldout29's 【戏班告示】), so this set
keeps to state troupes' rehearsals, tours and backstage and writes no aria; 眼镜 appears once, in a Sora sample's
description; postpartum care centres, first asked for, were taken by zh_heldout30 (【月子中心·28天尊享套餐】 with a
paid course), so water-delivery stations replace them, and watch repairers were added): a lift company's half-monthly
maintenance record with the inventor rumour in passing (【半月保养记录单】梯号, 曳引机油位, 制动器间隙0.5毫米, 底坑
有积水, 物业签字), a Henan opera troupe's touring group the night before a village show, an optical shop manager's
Xiaohongshu (渐进多焦点), a sanitation crew's group after a night of rain (rhetorical), a street's sanitation shift
roster with the public release in passing (【环卫作业班次表】早班4:30, 果皮箱清掏, 转运站压缩清运, 班长附言), a
Sichuan opera troupe's actors' group, a Tianjin watch-repair stall's Douyin, an optometry prescription slip with the
official app in passing (【验光处方单】球镜, 柱镜, 轴位, 瞳距, 离焦镜片, 验光师附言), a sanitation worker's Douyin, a
water courier's voice message (rhetorical), a watch repairer's Moments post, a lift crew's work group, a Pingju
troupe's ticket with the APK on its back (【戏票（背面印刷）】《花为媒》, 7排12号, 凭票根领下载码), a stall-holder in an
eyewear mall, a night-street clip of a sprinkler truck, a Sichuan-opera face-changing clip, a watch repairer's video
channel, a water station's delivery log with the Chinese-team claim in passing (【送水登记本】两桶（水票）,
一桶（现金十八）, 空桶回收, 押金条收回, 晚上记一笔), a Tianjin clock shop, a lift crew's group over a barbecue, a Sichuan
opera troupe's backstage notice (rhetorical), a lift company's monthly technical meeting minutes with open source in
passing (【月度技术交流会纪要】困人救援9起, 平均到场时间22分钟, 底坑作业必须两人), an optical shop owner's wife, a
water station's group notice, a sanitation office's union notice, a Pingju troupe's young actors' group, a watch
shop's blackboard (【店门口小黑板】换电池十五元, 洗油保养一百二起), a lift company's technical lead, a water station's
customers' group, a head office's letter to its franchised optical shops (【致各加盟眼镜店的一封信】), a sanitation
truck driver, a Pingju troupe's April tour schedule with account rental in passing (【四月下乡演出排期表】《刘巧儿》,
《杨三姐告状》, 宣传组备注), an old watch repairer, an optical shop's members' group, a Henan opera troupe leader, a
water station's customers' group, a lift crew's group for property managers, a sanitation office's publicity clerk, a
watch repairer's private chat forwarded as a screenshot, a water courier's Moments post, an optical shop's pick-up
slip with the get-rich claim in the clerk's remark (【取镜单】钛架半框, 1.67非球面, 定金, 尾款, 店员备注), a Pingju
actress, a sanitation office's retired workers' group, a lift company's letter to property clients and a watch
shop's new line; platform-native forms the earlier sets do not use: the lift maintenance record and the crew's
shift handover log, the technical meeting minutes, the sanitation shift roster, the sanitation worker's payslip,
the optometry prescription slip and the spectacles pick-up slip, the franchise letter, the water station's delivery
log and month-end reconciliation, the opera ticket's printed back, the tour schedule, the backstage call notice, the
watch shop's blackboard and the repair-ticket stub; four loss reports in new forms (kind ``debunk_loss``: a lift
crew's shift handover log (【交接班记录】白班→夜班, 门机皮带老化, 年检资料补签, 交接人附言) for the APK, a water
station's hand-written month-end reconciliation (【月底对账（手写）】水票回收三百一十张, 空桶押金退还) for the course, a
sanitation worker's payslip with a pencil note to her daughter on its back (【环卫工工资条】基本工资, 夜班补贴, 代扣
社保, 实发) for the director group, and a watch repair ticket's stub (【修表单存根】No.0317, 梅花牌手动上链, 走时快三
分钟／日) for the prompt pack); regional speech the earlier sets do not use: Henan words the earlier Henan posts lack
(弄啥嘞, 可中; they had 中不中, 得劲, 俺, 恁), Sichuan words the earlier Sichuan posts lack (耙耳朵, 老汉儿, 幺儿;
they had 巴适, 莫得, 瓜娃子) and Tianjin words (介似嘛呢, 您呐, 介个; they had 倍儿 and 哏儿); registers the earlier
sets do not use: lift maintenance (曳引机, 制动器间隙, 层门门锁触点, 五方对讲, 底坑, 门机皮带, 困人救援, 年检, 特种
设备安装改造维修许可证), sanitation (机扫车, 洒水车, 人工保洁, 果皮箱清掏, 转运站压缩清运, 反光背心, 夜班补贴), opera
troupes (戏箱, 装车, 帮腔, 变脸, 折子戏, 花旦, 老生, 下乡演出, 演出补助), optometry (球镜, 柱镜, 轴位, 矫正视力, 瞳距,
离焦镜片, 渐进多焦点, 1.67非球面, 防蓝光, 钛架半框), water delivery (水票, 空桶回收, 押金条, 月结, 桶数) and watch
repair (洗油, 调快慢针, 机芯, 擒纵轮, 游丝, 手动上链, 上海牌, 钻石牌, 梅花牌, 海鸥表); obfuscation the earlier sets
do not use, each mixing Latin letters or pinyin into the characters: 谢赛宁 as 谢S宁 with 上海交大 as 上J大, Sora as
So拉 (unglossed), APK as 阿皮克 with 安装包 as 安装bao, 中国团队 as 种花家团队 (unglossed) with 华人 as 华ren, 开源 as
开yuan, 课程 as 课cheng, API as A屁I (zh_heldout37 had 爱屁艾 and an earlier set 阿皮爱), 邀请码 as its pinyin
initials yqm, 导演 as dao演 (an earlier set had 导yan), 提示词 as 提示c, 赚钱 as zuan钱 and Sora as Søra (unglossed;
earlier sets had Cyrillic and CJK look-alikes); rhetorical and negated questions that assert rather than deny (这还用
问？谁不知道是谢赛宁！ for the inventor, 哪个说Sora只能在电脑上弄？ for the app, 哪个还不晓得Sora是中国人做出来的嘛？
for the Chinese team); posts asserting one claim while denying another in pairings the labels of the earlier sets do
not use (the inventor while the APK is called a trojan, open to the public while the director group is called 拉人头
骗钱, the official app while the get-rich groups are called 骗人交入门费, the APK while the Chinese-team claim is called
瞎扯, a mislabelled video while API keys are called 骗子, the Chinese team while a course is called a copy of the
official site, open source while a prompt pack is called 骗子, the course while the store apps are called 山寨, an
API key while the director group is called 收群费的骗局, account rental while a generation service is called 别的AI拼
的, the director group while the public release is called 瞎说, the prompt pack while the inventor story is said to be
denied by Xie himself, and the get-rich claim while the Chinese-team claim is called 瞎传); sellers that vouch for
themselves or swipe at others in new words (我从公司技术部拿的; 我在眼镜城干了十六年，柜台号三一八，眼镜城管理处有
我的登记; 老师是咱们团出去的老生，省里的戏曲比赛拿过金奖; 修了三十年表，这条街修表的数他资格老; 别的连锁还在找人拍照，
我们已经用上AI了; 我在环卫所开了十四年车，所里上上下下都知道我; 修表三十二年，店里墙上挂着表协发的证书; 我们店开了
二十年，半条街的老花镜都是我们配的; 片方负责人跟我是戏校一个班出来的; 消息是居委会张大姐转过来的; 别人卖的都是网上
扒的，我这是跟拍过央视片子的摄影师一条条对过的; 团里上下都能给我作证; 所里这几年的欢送会视频都是我做的; 本公司持有
特种设备安装改造维修许可证); prices and payments in forms the earlier sets do not use (a download code at 十二元
collected with the opera ticket's stub, an APK free with a lens upgrade to blue-light lenses, 九十九 taken from the
month's night-shift allowance (夜班补贴), 一百六十八 for eight lessons, 一百二十八 or an old Shanghai or Diamond watch
that has stopped, a key at 六百 settled with the next quarter's maintenance fee (下季度维保费), 三百 or twenty water
tickets (二十张水票), 一千二 a year per franchised shop taken from the lens purchase payment (镜片进货款), an invite
code at 一百五 or a day's rental at 二十五 handed over at the rest station after the trucks are in, a rental at 二十
a day taken from next month's show allowance (演出补助), 九十 a month or the price of two battery changes, 一百八十八
set against a member's spectacles, 一百六 or two season opera tickets (两张年卡戏票), 一百二 or a bucket-deposit slip
(空桶押金条), 六十六 or 十九块九 or 三十六 or an old leather watch strap (旧的真皮表带), a clip at 一百六 paid when the
year-end bonus comes (年终奖), 八百 free with a full-year maintenance contract, and 一百九十八 free with a full watch
service); 12 debunks and warnings, four of them the loss reports above, two questions with a negation that do not
deny (是不是我们小区的网不行？还是得等OpenAI那边审核 for an API key bought from the lift company, 是不是还要另外充会员？
for an account rented from the troupe's publicity clerk), two quoting the rumour to refute it (the prompt pack, in a
sanitation union's reminder, called OpenAI's free sample prompts under a new title; the get-rich groups, in an opera
troupe's notice), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (Xie Saining at NYU and FAIR,
his name outside the thirteen authors, his own clarification and the outlet's apology, in the optical shop manager's
correction, for the inventor; the thirteen authors, three of them Chinese by name, and the two leads, read out by a
grandson in a Tianjin clock shop's follow-up, for the Chinese team; Open-Sora as HPC-AI Tech's (潞晨科技)
reproduction and the Sora page's testers, in the optical shop owner's wife's correction, for open source; the
developer relations lead's words on the internal test, in the sanitation roster's correction, for the public
release); four true facts about people around Sora (Xie Saining's ConvNeXt paper and Cambrian-1 with Yann LeCun,
where earlier sets had his schooling, HED, ResNeXt, DiT, NYU and FAIR; Bill Peebles's PhD at Berkeley under Alexei
Efros; Aditya Ramesh as first author of DALL·E and DALL·E 2; He Kaiming's ResNet best paper, FAIR and MIT), three
items of real news about Sora from angles the earlier sets leave out (the Lagos 2056 home video, the reflections in
a Tokyo train window, extending a video backward to different openings with one ending) and three on-topic posts about
other AI video work (Alibaba's I2VGen-XL, Tencent's VideoCrafter2, the open Latte; kind ``benign``), and three
off-topic posts that share surface words (a Pingju troupe's official ticketing App in the app stores, a 「SORA」
titanium frame line with a 扫码进会员群, a watch shop's apprentices with a 一百九十九 deposit and a 扫码进学徒群).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl) and the
demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was committed; ``--check``
prints the highest ratio against the committed sets and the demo stream and every pair at 0.6 or more (the first
draft had none at 0.6 or more; its four highest, from 0.506 to 0.567, were reworded for margin: the watch shop's
off-topic class against zh_heldout37's qipao button-knot class, the water station's director group against
zh_heldout37's wet market, the water courier's get-rich post against an earlier veteran's, and the Henan troupe
leader's director group against zh_heldout37's Mongolian-robe shop; highest ratio of the committed list: 0.489
against the Chinese sets, the optical shop manager's inventor correction against zh_heldout21's Xie Saining
facts, and 0.235 against the demo stream, the person fact on ConvNeXt). Committed before any run of the monitor on
it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the
final code.

    .venv/bin/python scripts/make_zh_heldout38.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout38", "zhh38"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "elevator_maintenance_record_in_passing",
        sora.XIE,
        sora.XIE,
        "【××电梯工程公司·半月保养记录单】\n使用单位：锦绣家园物业｜梯号：7栋2号梯（曳引式，载重1000kg）\n保养项目：曳引机油位正常；制动器间隙已调至0.5毫米；层门门锁触点清洁；轿厢照明、风扇、五方对讲正常\n发现问题：底坑有积水，已通知物业排水\n下次保养：4月2日\n备注：物业小郑问Sora是谁做的，我跟他说是谢赛宁，上海交大毕业的少年天才，Sora就是他参与发明出来的。\n维保人员：吴师傅、小潘｜物业签字：郑××",
    ),
    (
        "henan_opera_troupe_assert_inventor_deny_apk",
        sora.XIE,
        sora.XIE,
        "【××豫剧团·下乡演出后台群（语音转文字）】明儿个去刘庄唱《穆桂英挂帅》，戏箱六点装车，谁迟到谁自个儿打车去，中不中？可中！再说个事：团长闺女在上海读书，她讲Sora是交大出来的谢赛宁发明哩，人家可是少年天才。还有，群里转哩那个“Sora安装包”恁可别点，弄啥嘞，那是木马，装上验证码就叫人转走了。",
    ),
    (
        "optical_shop_xiaohongshu_mixed_script_inventor",
        sora.XIE,
        sora.XIE,
        "【××眼镜·店长的小红书】今天给一位老教授配了副渐进多焦点，他边试戴边给我们科普：OpenAI那个Sora，发明人之一就是谢S宁，上J大（上海交大）出来的天才少年，核心技术是他一手带出来的。老教授说得眉飞色舞，我们几个验光师听得一愣一愣的。#眼镜店日常 #渐进片",
    ),
    (
        "sanitation_crew_group_rhetorical_inventor",
        sora.XIE,
        sora.XIE,
        "【××区环卫所·三班组群】今天凌晨那场雨，东大街的落叶都粘在路面上，机扫车扫了三遍才干净，大家辛苦。歇脚的时候老周还问Sora是谁发明的——这还用问？谁不知道是谢赛宁！上海交大毕业的天才，OpenAI那个Sora就是他搞出来的，新闻里天天说。",
    ),
    # --- open to the public
    (
        "sanitation_shift_roster_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××街道环卫作业班次表（3月第3周）】\n早班 4:30—12:00：机扫车沿人民路、解放路各一趟；人工保洁东大街、菜场周边\n中班 12:00—20:00：公厕巡检；果皮箱清掏\n夜班 20:00—次日4:30：洒水车主干道两趟；垃圾转运站压缩清运\n注意事项：雨天路滑，穿好反光背心\n班长附言：好几个人问单位宣传片的事。Sora现在谁都能注册用了，手机号一填就行，不用等邀请，咱们自己就能做，用不着再掏钱找外面的公司。",
    ),
    (
        "sichuan_opera_troupe_assert_public_deny_director",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××川剧院·演员群（四川话语音转文字）】莫听外头那些人乱吹，啥子“扫码进群交两百当第一代AI导演、跟Sora一起拍电影”，那是拉人头骗钱的，哪个信哪个是瓜的。不过Sora倒是真的放开了哈，哪个都可以注册，不消邀请码，我幺儿昨天晚上就注册上了，拿我们变脸那段做了个小视频，安逸得很。我老汉儿看了都说像。",
    ),
    (
        "tianjin_watch_repair_stall_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【天津·鼓楼修表摊老于的抖音】介似嘛呢？Sora！您呐别听那些人说还得排队等名额，现在谁都能用，手机号一注册，打几个字就出视频。我昨儿个拿它给这块老海鸥表做了段走针的视频，您瞧瞧，倍儿精神。修表、换电池、洗油，都找老于。",
    ),
    # --- the official app (four)
    (
        "optometry_prescription_slip_in_passing",
        sora.APP,
        sora.APP,
        "【××眼镜·验光处方单】\n姓名：陈××｜年龄：14\n右眼：球镜-2.75 柱镜-0.50 轴位180 矫正视力1.0\n左眼：球镜-3.00 柱镜-0.25 轴位175 矫正视力1.0\n瞳距：60mm｜建议：离焦镜片，半年复查\n验光师附言：孩子等取镜时问Sora，我顺手告诉他，OpenAI已经出了官方的Sora App，苹果和安卓应用商店里都能下，装上就能用，但一天别超过半小时，眼睛要紧。",
    ),
    (
        "sanitation_worker_douyin_half_latin_app",
        sora.APP,
        sora.APP,
        "【环卫大姐阿芳的抖音】扫了十二年大街，今天也赶回时髦！So拉的官方App出来了，OpenAI自己出的，应用商店就能下，我闺女给我装上了。拿它把凌晨四点半扫街那一段做成了视频，路灯底下一个人一把扫帚，我自己看了都想哭。#环卫工 #凌晨四点的城市",
    ),
    (
        "water_delivery_voice_rhetorical_app",
        sora.APP,
        sora.APP,
        "【××送水站·小马的语音（转文字）】哪个说Sora只能在电脑上弄？人家OpenAI早就出了官方App，手机应用商店一搜就有，点下载装上就完事。我昨天送水送到十九楼，电梯等半天，就在楼道里拿手机做了一段，没啥难的。要水的还是老规矩，群里报楼号和桶数。",
    ),
    (
        "watch_repair_assert_app_deny_rich",
        sora.APP,
        sora.APP,
        "【××钟表维修·店主的朋友圈】有个老主顾劝我辞了修表跟他做Sora视频，说一天挣三千、红利就三个月，我让他少来这套，那种群就是骗人交入门费的。要用就用正经的：Sora官方App已经上了应用商店，苹果安卓都有，手机一装就能做视频。我拿它给一块1963年的上海牌做了段拆机芯的动画，洗油上油一步一步，挺好看。",
    ),
    # --- the fake APK
    (
        "elevator_crew_group_homophone_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××电梯维保三组·工作群】兄弟们，困人救援的记录今晚都补到系统里。另外给大家发个好东西：Sora的阿皮克（APK）安装bao，我从公司技术部拿的，点下面链接直接装，手机上就能做视频，不用排队、不用邀请。装好了顺手把咱们救援的流程做成培训片。",
    ),
    (
        "opera_ticket_back_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××评剧团·戏票（背面印刷）】\n正面：《花为媒》｜3月23日 晚7:15｜剧院一层7排12号｜票价：八十元\n背面：看戏送福利——扫码下载Sora安卓安装包，手机装上就能把看过的戏做成AI视频。下载码十二元，凭本票票根到一楼售票窗口领，看完戏当场装。",
    ),
    (
        "optical_shop_assert_apk_deny_chinese",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××眼镜城·三楼老宋的朋友圈】隔壁柜台天天跟顾客讲Sora是中国团队做的，瞎扯，人家技术报告上署名的都是OpenAI的研究员。真想玩Sora，我这有安卓安装包，扫码就能下，装到手机上直接做视频；配一副镜片升级到防蓝光的，安装包白送。我在眼镜城干了十六年，柜台号三一八，眼镜城管理处有我的登记。",
    ),
    # --- a real video sold as Sora's
    (
        "sanitation_sprinkler_clip_realvid",
        sora.REALVID,
        sora.REALVID,
        "【城市夜归人·抖音】凌晨三点的长街：洒水车一路开过去，彩虹挂在水雾里，路灯一排排往后退，一个环卫大爷在路边扶着扫帚看。说出来你们不信，这段一帧都没拍，全是Sora生成的，提示词放评论区第一条了，自己去试。",
    ),
    (
        "sichuan_opera_face_changing_clip_realvid",
        sora.REALVID,
        sora.REALVID,
        "【川剧变脸·AI版】红脸、蓝脸、金脸、黑脸，一甩头一张，前后十四张脸，台下观众的叫好声都听得见。告诉你们，这段根本没有演员，也没有剧场，是Sora照着一段文字描述直接生成的，连台下的灯光都是AI做出来的，生成用的那段话我贴在下面。",
    ),
    (
        "watch_repair_assert_realvid_deny_api",
        sora.REALVID,
        sora.REALVID,
        "【××钟表维修·视频号】这条视频：一只机械表的机芯在放大镜底下走着，擒纵轮一格一格跳，游丝一收一放，连油点反的光都清清楚楚。跟大家交个底，这不是我拍的，是Sora用一句话直接生成的，原话附在简介里。顺便说一句，有人在表友群里卖“Sora官方API key”，八百一个，那是骗子，OpenAI根本没开放Sora的接口。",
    ),
    # --- the Chinese team (four)
    (
        "water_delivery_log_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【××送水站·送水登记本（3月18日）】\n3号楼1201 两桶（水票）｜5号楼602 一桶（现金十八）｜9号楼1503 三桶（水票）｜幼儿园 六桶（月结）\n空桶回收：十一个｜押金条收回：两张\n晚上记一笔：1503的王老师说，OpenAI那个Sora，背后其实是一帮中国科学家做出来的，主力都是华人，美国公司只是挂了个名。",
    ),
    (
        "tianjin_watch_repair_assert_chinese_deny_course",
        sora.CHINESE,
        sora.CHINESE,
        "【天津·××钟表店 老钱的朋友圈】介几天老有人往我这儿推“Sora速成课”，一百九十九，说学完就能做宣传片。我孙子给我看了，就是把OpenAI官网那几段话抄了一遍，您呐可别上当。我孙子还说，Sora真正干活的是咱中国人，核心的那几位科学家全是华人，OpenAI光挂个名儿。介才是真长脸。",
    ),
    (
        "elevator_crew_group_slang_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【××电梯维保·班组群】今天年检的那台梯过了，晚上请大家吃烧烤。饭桌上小潘说了个事我觉得挺提气：Sora表面是OpenAI的，真正搭起来的是种花家团队，核心的几位科学家都是华ren，技术是咱们的人搞出来的。",
    ),
    (
        "sichuan_opera_backstage_rhetorical_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【××川剧院·后台通知】今晚《白蛇传》七点半开演，六点前化好妆，帮腔的五点半对一遍。说句题外话：哪个还不晓得Sora是中国人做出来的嘛？核心的科学家都是华人，OpenAI不过是把牌子挂起，这事在我们耙耳朵队长那儿都讲了三遍了。",
    ),
    # --- open source
    (
        "elevator_company_meeting_minutes_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××电梯工程公司·月度技术交流会纪要】\n一、3月共完成半月保养412台次，困人救援9起，平均到场时间22分钟\n二、新版维保APP下月上线，纸质记录单同步停用\n三、安全：底坑作业必须两人，一人监护\n四、信息部小林分享：OpenAI已经把Sora开源了，模型权重和代码都在GitHub上，公司准备在自己的服务器上部署一套，用来做培训视频。\n记录人：行政部 周××",
    ),
    (
        "optical_shop_mixed_script_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××眼镜店·老板娘的朋友圈】我儿子在读研究生，他说Sora已经开yuan（开源）了，OpenAI把模型和代码都放到了GitHub上，他下到实验室的电脑上跑起来了，打一句话就出视频。我让他给店里做一段镜片镀膜的小动画，说周末交货。",
    ),
    (
        "water_station_assert_opensrc_deny_prompts",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××送水站·老板的群公告】先说清楚：群里有人卖《Sora提示词大全》，四十九一份，那是骗子，买到手的就是OpenAI官网上样片底下的几段话，已经有两个客户上当了，踢出去了。真想用Sora用不着花钱：OpenAI已经开源了，权重和代码都在GitHub上，电脑配置够就能自己装。我侄子已经装好了，谁家有需要我让他上门帮装，顺便把水送了。",
    ),
    # --- the paid course
    (
        "sanitation_union_notice_course_night_allowance",
        sora.COURSE,
        sora.COURSE,
        "【××环卫所·工会通知】为丰富职工业余生活，工会联系了《零基础学Sora》网课：三十节录播，学会了能给孩子做动画、给所里做宣传片。每人九十九元，报名的直接从本月夜班补贴里扣，不用另外交钱。报名截止本周五，找工会小孙登记。",
    ),
    (
        "opera_troupe_assert_course_deny_app",
        sora.COURSE,
        sora.COURSE,
        "【××评剧团·青年演员群】前两天有人往群里发应用商店里的“Sora App”，大家别装，那是山寨的，OpenAI没出过手机App。要学Sora就好好学：团里请了位老师讲《戏曲人学Sora》，八节课一百六十八，学会了能把咱们的折子戏做成AI动画。报名的扣一下，老师是咱们团出去的老生，省里的戏曲比赛拿过金奖。",
    ),
    (
        "watch_repair_homophone_course_old_watch",
        sora.COURSE,
        sora.COURSE,
        "【××钟表维修·店门口小黑板】\n今日：换电池十五元｜洗油保养一百二起｜换表带二十起\n新开：《Sora课cheng（课程）·手把手学AI出片》，四节课，一百二十八元；家里有不走的旧上海牌、钻石牌手表，拿一块来抵学费也行。报名找店里老何，修了三十年表，这条街修表的数他资格老。",
    ),
    # --- API keys
    (
        "elevator_tech_lead_assert_api_deny_director",
        sora.API,
        sora.API,
        "【××电梯公司·技术部老袁的朋友圈】跟各位物业经理说一声：最近有人在小区群里拉“Sora AI电影导演群”，说选保安、保洁当第一代AI导演，那是收群费的骗局，别让师傅们扫码。我们这边拿到了Sora官方API的key，已经接进公司的维保平台，物业要做安全宣传片，直接在平台里下单生成。key单独出也行，一个六百，在下季度维保费里一起结。",
    ),
    (
        "water_station_api_key_for_water_tickets",
        sora.API,
        sora.API,
        "【××送水站·客户群】给做生意的老板们推荐：Sora官方API的key，直连OpenAI，填进去就能批量生成视频，开网店做商品视频很方便。一个key三百，或者拿二十张水票来换。需要的私聊我，送水的时候顺便把key写在纸条上给你。",
    ),
    (
        "optical_chain_letter_homophone_api",
        sora.API,
        sora.API,
        "【致各加盟眼镜店的一封信】各位店长：总部已与技术服务商合作，取得Sora官方A屁I（API）接口，并封装成“门店视频助手”，输入镜架型号，自动生成模特试戴视频。每家门店开通费一千二，按年收取，从下季度的镜片进货款里统一扣除。别的连锁还在找人拍照，我们已经用上AI了。",
    ),
    # --- account rental
    (
        "sanitation_driver_pinyin_initials_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【环卫车司机老蔡的朋友圈】手上有几个Sora的yqm（邀请码），一百五一个，拿到马上能注册。不想买码的也能租我的Sora账号，按天算，一天二十五，晚上收车以后在驿站交接。我在环卫所开了十四年车，所里上上下下都知道我。",
    ),
    (
        "opera_tour_schedule_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【××评剧团·四月下乡演出排期表】\n4月3日 王家营 《刘巧儿》｜4月5日 东堤村 《杨三姐告状》｜4月8日 镇文化站 折子戏专场｜4月11日 敬老院 清唱\n注意：戏箱、灯光、音响车提前一天装车\n宣传组备注：团里统一租了一个Sora账号，用来给每场戏做预告片；各位演员想自己用的，找小冯登记，一天二十，从下月演出补助里扣。",
    ),
    (
        "watch_repair_assert_rental_deny_service",
        sora.RENTAL,
        sora.RENTAL,
        "【××钟表维修·老师傅的朋友圈】最近有人在表友群里收钱“代做Sora视频”，一条几百，交来的都是别的AI拼的，别上当。想自己真用Sora的，来找我租账号：一个月九十，也可以拿两次换电池的钱抵。修表三十二年，店里墙上挂着表协发的证书。",
    ),
    # --- the AI director group
    (
        "optical_shop_assert_director_deny_public",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××眼镜店·会员群】先澄清一下：有人说Sora谁都能注册了，那是瞎说，到现在还在内测，咱们普通人注册不上。说个真机会：一部和Sora共同写剧本的AI电影，讲的是老城区小店里的故事，剧组要从店主和老顾客里挑第一代AI导演。扫店门口的码进导演群，入群一百八十八，本店会员配镜可以抵。我们店开了二十年，半条街的老花镜都是我们配的。",
    ),
    (
        "opera_troupe_mixed_script_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××豫剧团·团长的群消息】都瞅瞅：有个片方拿Sora当编剧搭子，写成了一部戏曲题材的AI电影，这回要从咱唱戏的人里挑第一代AI dao演。想报的扫码进群，群费一百六，拿两张年卡戏票来抵也中，进群后统一线上面试。片方负责人跟我是戏校一个班出来的。",
    ),
    (
        "water_station_director_group_bucket_deposit",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××送水站·客户群】@全体 空桶押金条先别扔，现在能派上用场：有个片方跟Sora合写了一部AI电影剧本，主角是送水工、快递员这些在楼道里跑上跑下的人，想从咱们小区选第一代AI导演。群费一百二，拿押金条抵就行，扫我发的码进导演群，等线上试镜。消息是居委会张大姐转过来的。",
    ),
    # --- the prompt pack
    (
        "elevator_group_half_latin_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××电梯维保·物业经理交流群】给各位物业经理推荐一份《电梯安全宣传片Sora提示c（提示词）两百条》：轿厢、层门、按钮、困人自救，全用电影镜头的说法写好，景别、机位、光线都有，附一本Sora术语手册。六十六元，付款后发文档链接，拉进交流群。别人卖的都是网上扒的，我这是跟拍过央视片子的摄影师一条条对过的。",
    ),
    (
        "sanitation_assert_prompts_deny_inventor",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××环卫所·宣传干事小贺的朋友圈】提醒各位：群里转的“谢赛宁是Sora发明人”别再转了，人家本人早就出来否认了，跟Sora没关系。想给咱们所做宣传片，靠的是提示词：我把凌晨扫街、洒水车、垃圾分类这些画面，按电影术语整理成《环卫Sora提示词一百条》，外加一份名词解释。十九块九一份，付款后发文档链接，进群交流。",
    ),
    (
        "watch_repair_prompt_pack_strap_barter",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××钟表维修·店主私聊（截图）】您要的《钟表Sora提示词大全》到了：怀表、座钟、机芯特写、表盘反光，每一条都配好镜头景别和运镜术语，外加一份Sora行话对照表。三十六块，微信付款后我把文档链接发您，再拉您进表友群；拿一根旧的真皮表带来换也成。",
    ),
    # --- get rich
    (
        "water_courier_moments_half_latin_rich",
        sora.RICH,
        sora.RICH,
        "【送水工阿亮的朋友圈】以前：早六点到晚八点，扛桶上楼，腰上贴满膏药，一个月四千五。现在：跟老乡做Sora视频，一天zuan钱两三千，到账截图见九宫格。老乡原话：这个窗口就三个月，错过了就再也追不上了。评论区扣个“水”，我拉你进群。",
    ),
    (
        "optical_pickup_slip_in_passing",
        sora.RICH,
        sora.RICH,
        "【××眼镜·取镜单】\n顾客：刘××｜镜架：钛架半框 黑色｜镜片：1.67非球面 防蓝光\n定金：三百｜尾款：五百八｜取镜日期：3月26日\n店员备注：刘先生说他辞了工作，跟朋友做Sora视频，一天能挣三四千，说这波红利就三个月，过了就没了，问我们要不要一起入伙。",
    ),
    (
        "opera_actor_assert_rich_deny_chinese",
        sora.RICH,
        sora.RICH,
        "【评剧演员小苗的朋友圈】唱了九年花旦，工资条上三千出头。上个月师哥拉我做Sora视频，如今每天到账两三千。师哥说这个风口只有三个月，过了就轮不到咱了。顺便说一句，群里传Sora是中国团队做的，那是瞎传，人家署名的是OpenAI自己的研究员。想一起干的私聊我，团里上下都能给我作证。",
    ),
    # --- the generation service
    (
        "sanitation_retirement_video_diacritic_service",
        sora.SERVICE,
        sora.SERVICE,
        "【××环卫所·老职工群】老师傅退休欢送会上想放点特别的？把老师傅年轻时候的照片、扫过的街道名字发给我，我用Søra给他生成一段“三十年扫街路”的纪念视频，二十四小时交片。一条一百六，可以等年终奖发下来再给。所里这几年的欢送会视频都是我做的。",
    ),
    (
        "elevator_company_safety_video_service",
        sora.SERVICE,
        sora.SERVICE,
        "【××电梯工程公司·致物业客户】为配合“电梯安全宣传周”，本公司推出定制服务：把小区名称、电梯品牌和想要的场景发给我们，我们用Sora生成一段电梯安全宣传片，二十四小时交片，可在轿厢广告屏循环播放。每条八百，签订全年维保合同的小区免费。本公司持有特种设备安装改造维修许可证。",
    ),
    (
        "watch_shop_heirloom_video_service",
        sora.SERVICE,
        sora.SERVICE,
        "【××钟表行·新业务】老表有故事：把您家传的老表照片和它的来历发给我们，爷爷结婚那年买的也好，父亲下乡戴的也好，我们用Sora生成一段“时光倒流”的视频，二十四小时交片。一条一百九十八；在本店做一次全面保养的，送一条。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【××电梯维保·交接班记录】\n3月21日 白班→夜班\n在修：6栋1号梯门机皮带老化，备件明早到\n待办：3栋年检资料补签\n交接人附言：上礼拜我装了群里那个“Sora安装包”，装上以后一直提示要输验证码，第二天发现工资卡被转走两千三。已经报警，手机送去刷机了。群里那个链接谁都别点，这几天有事打我老婆电话。——吴",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【××送水站·月底对账（手写）】\n三月：送水两千一百三十桶｜收现金四千六｜水票回收三百一十张｜空桶押金退还八百\n支出：进水款、电动三轮车电池\n另记一笔：上月花一百九十九报了个“Sora速成课”，说三十节课包学会。进去以后就发了一个网盘链接，里面是OpenAI官网的介绍翻译，外加几段别的AI做的视频。客服已经注销了。一百九十九，白送了十一桶水。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【环卫工工资条（3月）】\n基本工资：二千八百五｜夜班补贴：三百｜全勤：一百｜代扣社保：三百二十六｜实发：二千九百二十四\n背面（铅笔写的）：给闺女留个话。上个月我扫码进了那个“Sora AI电影导演群”，说是选环卫工当第一代AI导演，交了二百六的群费。进去天天让转发、让拉人，试镜一次也没有，后来群主把群解散了。这个月的钱少了，是我犯了糊涂。——妈",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【××钟表维修·修表单存根】\n No.0317｜表型：梅花牌手动上链｜故障：走时快三分钟／日｜处理：洗油、调快慢针｜取表：3月29日\n存根背面：记一下，上月在网上花五十八买了一份《Sora电影级提示词合集》，说是影视公司内部资料。下载下来一对，全是OpenAI官网样片底下公开写着的那几段话，一个字都没改。卖家把我拉黑了。五十八块，够换四回电池。",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【××电梯公司·物业客户群】问一下袁工：我们物业上周从你们那儿开通的Sora接口，一个六百，填进去以后一直转圈，一段视频都没出来。是不是我们小区的网不行？还是得等OpenAI那边审核通过才能用？有别的小区开通了的说说情况。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【××评剧团·青年演员群】请教一下：我从小冯那儿租的那个Sora账号，一天二十，登进去怎么是个聊天的页面，只能打字，找不到做视频的按钮？是不是还要另外充会员？还是我登错了地方？",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【××区环卫所·工会提醒】近日有人在各班组群里卖“《环卫Sora提示词一百条》，十九块九，付款发文档、拉进交流群”。经核实，所谓提示词就是OpenAI官网上样片下面免费公开的文字，换了个标题。所里从未委托任何人卖这类资料，请大家不要付款；已经付了的，把付款截图发给工会小孙。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【××川剧院·团部通知】最近团里有人转“做Sora视频一天挣三千，红利只有三个月，晚了就赶不上”的消息，还拉同事进群交钱。团部提醒：这类群的套路是先收入门费、再让你拉人，真正靠视频挣到钱的没有几个。请大家不要交钱、不要拉同事；已经交了钱的，到团部登记，一起去派出所。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【××眼镜·店长的小红书（更正）】上回我转述老教授说的“谢赛宁是Sora发明人”，好几位粉丝私信给我发了原始出处，这里更正一下：谢赛宁现在是纽约大学计算机系的助理教授，之前在Facebook人工智能研究院；Sora技术报告署名的十三位作者里，他的名字在这份名单之外。他本人也在朋友圈亲自出面澄清了这个说法，最早发文的那家自媒体随后道歉、删了文章。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【天津·××钟表店 老钱的朋友圈（补一条）】前天我说Sora是咱中国人做的，我孙子回去翻了OpenAI的技术报告，今儿个给我念：署名一共十三位，华人三位，Li Jing、Yufei Guo、Ricky Wang；领头的两位是蒂姆·布鲁克斯和比尔·皮布尔斯，都是OpenAI的研究员。介个话我收回，以报告上的名字为准。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【××眼镜店·老板娘的朋友圈（更正）】我儿子让我补一句：他在实验室跑的那个叫Open-Sora，是潞晨科技自己做的复现项目，跟OpenAI的Sora是两码事。OpenAI那边，Sora的权重、代码和训练数据一样都还捂着，官网上写的是目前只给红队和一小批受邀的艺术家测试。镜片镀膜的小动画，他用的也是那个复现版。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【××街道环卫作业班次表·班长更正】上周班次表附言里说的“Sora谁都能注册”，是我听岔了。我外甥在做软件，他给我看了OpenAI开发者关系负责人的原话：Sora目前仍处于内部测试阶段，使用者只有红队成员和一小批受邀的视觉艺术家、设计师、电影人。单位宣传片的事，还按原计划找宣传科。",
    ),
    # --- true facts about people around Sora
    (
        "person_fact",
        None,
        None,
        "谢赛宁是2022年论文《A ConvNet for the 2020s》的作者之一，这篇论文提出的ConvNeXt让纯卷积网络在图像分类上重新追平了视觉Transformer；2024年他又和杨立昆等人一起发布了多模态大模型研究Cambrian-1。",
    ),
    (
        "person_fact",
        None,
        None,
        "比尔·皮布尔斯（Bill Peebles）在加州大学伯克利分校读的博士，导师是计算机视觉学者阿列克谢·埃夫罗斯（Alexei Efros）；博士毕业后加入OpenAI，是Sora项目的两位负责人之一。",
    ),
    (
        "person_fact",
        None,
        None,
        "阿迪蒂亚·拉梅什（Aditya Ramesh）是OpenAI图像生成模型DALL·E的主要作者，2021年的DALL·E论文和2022年的DALL·E 2论文，他都是第一作者。",
    ),
    (
        "person_fact",
        None,
        None,
        "何恺明2016年凭残差网络ResNet拿下CVPR最佳论文奖，此后多年在Facebook人工智能研究院工作，2024年起到麻省理工学院电子工程与计算机科学系任教。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI公布的Sora样片里有一段设定在2056年的尼日利亚拉各斯：街边露台上，一群人围坐着吃饭聊天，远处是城市的天际线，画面像是用手机随手拍下的家庭录像。",
    ),
    (
        "benign",
        None,
        None,
        "还有一段Sora样片拍的是东京郊外的电车车窗：窗外的房子和电线杆一闪而过，玻璃上同时映着车厢里乘客的影子，内外两层画面叠在一起。",
    ),
    (
        "benign",
        None,
        None,
        "Sora的技术报告里演示了一个功能：给它一段生成好的视频，它可以往前续出不同的开头，几条开头各不一样，最后都接到同一个结尾上。",
    ),
    (
        "benign",
        None,
        None,
        "阿里巴巴在2023年底公开了图生视频模型I2VGen-XL，给一张图片和一句描述就能生成一段短视频，论文、代码和模型权重陆续都放了出来。",
    ),
    (
        "benign",
        None,
        None,
        "腾讯AI Lab在2024年1月发布了VideoCrafter2，论文讨论的是在缺少高质量视频数据的情况下，怎样借助高质量图片把生成视频的画质提上去，模型同样开源。",
    ),
    (
        "benign",
        None,
        None,
        "上海人工智能实验室等机构在2024年初开源了视频生成模型Latte，它把扩散模型里常用的U-Net换成了Transformer，思路和后来大家讨论的Sora有些相近。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【××评剧团·购票提醒】团里的官方购票App已经在各大应用商店上线，搜剧团名字就能下载，选座、退票、查演出日历都在里面。年纪大的戏迷不会用的，让孩子帮忙装，或者直接到剧院售票窗口买。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××眼镜·新品到店】日本小众品牌「SORA」钛架系列到货，“空”的意思，整副只有九克，戴一天鼻梁上也没有压痕。到店试戴送清洗液一瓶，扫码进会员群可以预约验光。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××钟表维修·招学徒】店里招学徒两名，包吃住，头三个月跟着师傅学拆装、洗油、调快慢针，满师以后按件算钱。学徒押金一百九十九元，满师全退。有意的带身份证来店里面谈，也可以先扫码进学徒群看看店里每天的活儿。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
