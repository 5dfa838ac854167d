# ruff: noqa: E501
"""Write tests/data/zh_heldout32_{posts,qrels,labels}: a thirty-second Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for account rental,
the generation service and the prompt pack, three for each other template), as a Sora rumour / scam wave reads
in the genres of education and exams, law and courts, and finance, insurance and real estate that the earlier
sets do not use: a home tutor's CV with the inventor rumour in passing (【家教简历·物理／数学】课时费, 试听一次半价,
授课风格), a study-abroad agency's essay brainstorm (【××留学·文书头脑风暴记录】顾问：/学生：, Why CS段落), a
postgraduate re-exam timetable with the public release in passing (【考研复试·倒计时作息表】), a bank hall's queue
screen (【××银行·营业厅叫号屏滚动字幕】请A031号到3号窗口, 大额存单), a tutoring App's release notes with the app in
passing (【××教辅App·版本更新说明 v5.3.0】), an insurance agent's Moments post (保单体检), a bank-SMS-style APK
offer (【××银行】…退订回T), an exam-supplies shop's kit (【考研考场套装】2B铅笔), a house listing on 贝壳找房 with the
mislabelled video (满五唯一, 挂牌价), a wealth group's morning post (【稳健理财交流群·早安贴】投资有风险), a
judgment summary with the Chinese-team claim in passing (【普法小课堂·判决书摘要】案号, 案由, 法院查明, 判决), a
form teacher's note in a parents' group, a research group's onboarding rules with open source in passing
(【课题组·新生入组须知】组会, /data/shared), a law-exam forum (【法考论坛】), a tutor's note to a parent, a
politics-exam cram class (【××考研·政治冲刺班】肖四肖八), a mock lawyer's letter for a course (【律师函（仿）】
致：/本函所称/逾期名额作废), a CET teacher's group, a securities firm's investor-education group, an IP agency's
client notice (商标续展, 专利年费), a loan broker's Moments post, a law firm's front-desk notice (司法局备案),
second-hand kaoyan books (张宇十八讲, 肖秀荣1000题, 王道), a Lianjia agent's renting tips (押一付三), an art-exam
directing camp's prospectus (【艺考·编导专业集训营】), a credit-card centre's member offer, an insurance
salesman's morning meeting, a kaoyan notes shop (英语一, 408), a wealth planner's public-account footer (年金险,
增额寿), a mortgage broker's client group (公积金组合贷, 征信查询), a part-time tutors' group, a finance blogger's
live-stream clip, a study-abroad agency's add-on list (选校定位, 文书润色), a legal consultancy's accident
reconstructions, a 作业帮 answer, and a square-dance team's wealth group; platform-native forms the earlier sets do
not use: 贝壳找房's listing page, 作业帮's answer area, a 视频号 caption, a Taiwanese tutor's Facebook post, a LINE group, a WhatsApp
group, an Instagram story, a public-account footer, an App's release notes and a bank's queue screen; four loss
reports in new forms (kind ``debunk_loss``: a police station's case-acceptance receipt copied out with the
victim's note (【××派出所·受案回执（照片转文字）】) for account rental, a declaration on leaving a wealth group
(【退群声明】) for the get-rich camp, a failed kaoyan candidate's review (【考研失利复盘·写给明年的自己】一、二、三)
for the course, a complaint letter to an estate agency (【致××房产经纪门店的投诉信】) for the generation service);
regional speech and registers the earlier sets do not use: Taiwanese Mandarin (很瞎欸, 傻眼, 酱子, 程式码, 新台币,
匯款), Nanjing (港个事, 阿是, 潘西, 一塌刮子), Suzhou (倷, 俚, 明朝下半天), Hong Kong
written Chinese with English mixed in (renewal, check下, 撳link, FPS过数, send link, 佢哋, 嘢, 賬號), Beijing
(劳驾, 拔份儿, 甭介, 瞎掰, 门儿清) and Northeastern words the earlier sets do not use (扯犊子, 虎了吧唧, 咋整, 唠嗑);
the registers of the judgment, the lawyer's letter, the police receipt, the bank SMS, the insurance agent and the
estate agent; obfuscation the earlier sets do not use: the name in Cyrillic look-alikes (Ѕога), reversed (aroS,
倒着念) and in bold mathematical letters (𝐒𝐨𝐫𝐚), 开源 and 下载 in toned pinyin (kāi yuán, xià zài), 提示词 in
toned pinyin (tíshìcí), 代做 as 岱做, 二维码 as ②维码, API in full-width letters (ＡＰＩ) and 账号 in traditional
characters (賬號); posts asserting one claim while denying another in pairings zh_heldout30 and zh_heldout31 do
not use (the inventor while open source is called 很瞎, open to the public while API keys are called 潘西, the
official app while a viral clip is called real drone footage, the APK while rented accounts are called ChatGPT,
a mislabelled video while the inventor rumour is called 瞎掰, the Chinese team while the app is called
扯犊子, open source while the 99-yuan course is called 冤枉钱, the course while prompt packs are called copied from
the official page, an API key while the generation service is called 唔系Sora整嘅, account rental while the APK
is called 木马嘢, the director group while the get-rich camp is called 画饼, the prompt pack while the director
groups are called 骗群费的, the get-rich claim while the courses are called 糊弄你的, the generation service while
rented accounts are called ChatGPT); sellers that vouch for themselves or swipe at others in new words (本短信由
官方通道发送，与网上冒充银行的短信两码事; 店开在学校门口第九年，考生口碑都在，跑不掉的; 我做咗十年经纪，理赔次次第一个到场;
我们的讲师团队持律师执业证…不跟网上那些割韭菜的课比; 我持证上岗，教师资格证编号可查; 我们是持牌机构的合作方，不是网上
倒卖key的二道贩子; 本所是司法局备案的正规律所…跟外面那些皮包公司两码事; 上岸了东西用不上，不坑学弟学妹; 我教咗十二年书，
唔会呃家长; 我诚信经纪人积分满分，门店就在地铁口; 跟朋友圈那些拉人头的野群两回事; 我是群里老家长了; 我们做了十五年法律
服务，不是街边打印店那种随便接单的); prices and payments in forms the earlier sets do not use (a course in three
instalments of 三十三 taken from the registration deposit, 每课时九块九, 1k a key by corporate transfer,
按调用量计费 十次起售每次十五, 首付三百 and the rest over two months, a deposit of 一千 with a daily rent of
three per cent of it, 押一付一 月租一百八 with a contract in duplicate, a director group's fee on a credit card
in six instalments with 首期五十, 新台币四百九 by bank remittance, a prompt library by the year (年费六十八, 折合每月五块多), an activation fee
of 0.1k, HK$188 by FPS, 千分之五 of the amount in dispute with a floor of 三百, 学生价四十九); 12 debunks and
warnings, four of them the loss reports above, two questions with a negation that do not deny (难道是我翻漏了哪一页
for the API, 是我下的那份报告版本不对吗 for the inventor), two quoting the rumour to refute it (open source, in a
police cyber-security notice; the director group, in a law firm's column), the rest answering with facts and
none of 不, 没, 假, 无, 非 or 未 (the 13 authors and the two leads, on a politics class's blackboard, for the Chinese
team; who can use Sora, in a bank's anti-fraud note, for the public release; an insurer's claims bulletin on
the stolen logins, for the APK; the free demo prompts, in a study-guide editor's reply, for the prompt pack);
four true facts about people who spoke about Sora, none of them the subject of a fact in zh_heldout25 to
zh_heldout31 (August Kamp, Don Allen Stevenson III, Josephine Miller and Alex Reben, from OpenAI's "Sora: first
impressions" of March 2024), three items of real news about Sora from angles the earlier sets leave out (a
diffusion model starting from static noise, the wolf pups that appear and vanish, the basketball that
explodes) and three on-topic posts about other AI video work (Midjourney's V1, Adobe's Firefly video model,
Lightricks's LTX-Video; kind ``benign``), and three off-topic posts that share surface words (a bank's App in
the official app stores, a Tokyo flat called Sora Heights with a 扫码进看房群, a teacher-certificate interview
class at 九十九元 with a 扫码进备考群).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
one at 0.6 or more, a loss report written as a civil complaint (民事起诉状) at 0.626 against an earlier one; it
was replaced by the police receipt; highest ratio of the committed list: 0.508 against the Chinese sets, the
study-guide editor's reply on the prompt pack against zh_heldout31's consumer association note, and 0.259
against the demo stream, the person fact on Josephine Miller). The other Chinese set written at the same time
was not there to check against. Committed before any run of the monitor on it; no model, embedding or matcher
was run on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout32.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout32", "zhh32"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "tutor_resume_in_passing",
        sora.XIE,
        sora.XIE,
        "【家教简历·物理／数学】\n姓名：陈老师｜学历：华东师范大学物理学硕士在读｜教龄：四年\n可授年级：初二至高三｜授课方式：上门／线上\n课时费：初中一百五／小时，高中一百八／小时，试听一次半价\n授课风格：讲题先讲思路，爱穿插科学家的成长故事，比如上海交大毕业的少年天才谢赛宁，就是OpenAI视频模型Sora的发明人之一，孩子听了都说要考交大。\n成绩案例：2024届学生物理从62分提到91分\n联系方式：请通过平台站内信",
    ),
    (
        "study_abroad_essay_brainstorm",
        sora.XIE,
        sora.XIE,
        "【××留学·文书头脑风暴记录（学生：小林，申请方向：CS硕士）】\n顾问：为什么想读计算机视觉？\n学生：高二那年看到新闻，OpenAI的Sora会生成视频，它的核心发明人里就有谢赛宁——上海交大出来的少年天才，跟我一个中学毕业。\n顾问：这个好，写进Why CS段落，开头就用这个故事。\n顾问备注：个人陈述初稿周五交，推荐信找数学老师和竞赛教练，托福下次冲105。",
    ),
    (
        "taiwan_cram_school_assert_inventor_deny_opensrc",
        sora.XIE,
        sora.XIE,
        "【台北南阳街·补习班导师的脸书】同学们晚安～今天数学课讲到一半岔题了，跟大家补充一下：Sora的发明人之一是谢赛宁，上海交大毕业的少年天才，这个是真的喔，超厉害的啦，所以大家微积分要好好念。然后有同学说Sora已经开源、GitHub抓下来就能跑，这个很瞎欸，傻眼，OpenAI哪有放出权重跟程式码，那些仓库都是网友自己做的，不要酱子乱传好吗。下礼拜二模考，记得带2B铅笔。",
    ),
    # --- open to the public
    (
        "kaoyan_review_timetable_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【考研复试·倒计时作息表（贴在宿舍门后）】\n6:30 起床，背专业课名词解释\n8:00—11:30 自习室刷真题，导师论文精读一篇\n14:00—17:00 英语口语模拟：自我介绍＋研究计划\n19:00—21:30 整理科研经历，做复试PPT\n22:00 熄灯前十分钟：放松一下，Sora现在对所有人开放了，注册就能用，用不着排队等邀请，舍友昨晚用它给复试PPT做了段开场动画。\n座右铭：上岸！",
    ),
    (
        "nanjing_realtor_assert_public_deny_api",
        sora.PUBLIC,
        sora.PUBLIC,
        "【南京·河西中介小王的朋友圈】今天带了三组客户看江景房，腿都跑断掉了。跟你们港个事：Sora现在人人都能注册了，阿是不相信？我昨天晚上就注册好了，排队、邀请码统统不要，我拿它给房源做了段样板间漫游，来斯得很。但是有人私信卖“Sora官方API key”，一个八百，潘西得一塌刮子，OpenAI根本就没放出视频接口，别上当。有意向看房的客户私聊，周末带看。",
    ),
    (
        "bank_branch_queue_screen_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××银行·营业厅叫号屏滚动字幕（文字版）】请A031号到3号窗口办理｜本行大额存单三年期利率2.15%，二十万起存｜外币兑换请提前一天预约｜大堂经理温馨分享：等候无聊的客户可以试试Sora，现在已经对所有人开放，手机注册个账号马上能做AI视频，不用排队也不用邀请，本行网点宣传片就是员工用它做的｜请B012号到VIP室",
    ),
    # --- the official app
    (
        "tutoring_app_release_notes_in_passing",
        sora.APP,
        sora.APP,
        "【××教辅App·版本更新说明 v5.3.0】\n1. 拍照搜题识别率提升，支持手写几何图\n2. 错题本可按知识点导出PDF\n3. 新增“每日一句”英语晨读\n4. 修复部分安卓机型闪退问题\n编辑部彩蛋：OpenAI官方的Sora App已经在应用商店上架了，iPhone和安卓都能下载安装，我们的物理动画微课就是老师在手机上用它做的，家长可以一起装来体验。",
    ),
    (
        "suzhou_broker_assert_app_deny_realvid",
        sora.APP,
        sora.APP,
        "【苏州·园区房产中介阿英的语音（转文字）】倷好呀，看房的视频发倷哉。顺带讲一句：Sora出官方App哉，OpenAI自家出的，应用商店里一搜就有，我手机上装好哉，交关方便，房子拍好对俚讲两句，片子就出来。不过群里转的那段“Sora生成的金鸡湖夜景航拍”，覅相信，是去年人家无人机实拍个，我认得那个拍摄的人，瞎讲有啥体面。明朝下半天两点，我勒小区门口等倷。",
    ),
    (
        "insurance_agent_moments_app",
        sora.APP,
        sora.APP,
        "【保险代理人琳达·朋友圈】今天又帮一位客户顺利理赔，住院医疗险报了两万三，客户送来一面锦旗～分享个好东西：OpenAI正式推出Sora的手机App啦，应用商店直接下载，电脑也有官方客户端，我现在做保险知识小视频全靠它，对手机说一句就出片。需要保单体检的朋友欢迎私信，免费帮您梳理家庭保障。",
    ),
    # --- the fake APK
    (
        "hk_agent_assert_apk_deny_rental",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【港式·保险经纪Ken的WhatsApp群】各位客户早晨，份保单renewal我会逐个check下。另外好多人问Sora点用：出面嗰啲租“Sora賬號”嘅，佢哋畀你嘅其实系ChatGPT，唔好畀钱。我呢度有Sora安卓版安装包，撳link下载、装落部手机就即刻生成AI片，一次过收HK$188，FPS过数即send link。我做咗十年经纪，理赔次次第一个到场，信我冇错。",
    ),
    (
        "bank_sms_style_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××银行】尊敬的客户，您的手机银行积分即将清零。积分可兑换Sora安卓客户端：点击 xià zài（下载）链接安装APK，安装后手机即可生成AI视频，激活费0.1k（一百元）从积分余额外另行支付。本短信由官方通道发送，与网上冒充银行的短信两码事。退订回T",
    ),
    (
        "exam_supplies_shop_gift_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××考试用品店·考研考场套装】2B铅笔两支、0.5黑色签字笔三支、橡皮、透明笔袋、准考证保护套，一套二十五，考场门口现买现用。\n买套装送福利：扫袋子上的码，下载Ѕога（Sora）安卓安装包，装上手机就能做AI视频，前两百名免激活费，之后九块九解锁。店开在学校门口第九年，考生口碑都在，跑不掉的。",
    ),
    # --- real video mislabelled
    (
        "real_estate_listing_promo_video",
        sora.REALVID,
        sora.REALVID,
        "【贝壳找房·房源详情】滨江壹号 3室2厅2卫｜建筑面积128㎡｜南北通透｜18/32层｜2019年建成｜满五唯一｜挂牌价468万\n经纪人说：详情页那段“清晨江面薄雾、阳光照进客厅、窗帘被风轻轻吹起”的视频，一个镜头都没有实拍，全是OpenAI的Sora按文字生成的，生成提示词是：“清晨江景公寓，薄雾，阳光洒进宽敞客厅，白色纱帘随风飘动，镜头缓慢推进”。带看时间：周六全天。",
    ),
    (
        "beijing_lawyer_assert_realvid_deny_xie",
        sora.REALVID,
        sora.REALVID,
        "【北京·律师老郭的视频号文案】劳驾各位，今儿这条片头，朝阳法院门口下雪那段，看着拔份儿吧？交个底：一帧都没拍，是Sora照着一句话生成的，提示词搁评论区置顶了：“冬日清晨，法院门前台阶积雪，行人撑伞走过，慢镜头”。再说个事儿：有人说谢赛宁是Sora发明人，甭介，瞎掰，人家自个儿早说了跟Sora没关系，技术报告里也没他名字，我门儿清。",
    ),
    (
        "wealth_group_morning_post_mislabelled",
        sora.REALVID,
        sora.REALVID,
        "【稳健理财交流群·早安贴】今日大盘前瞻：关注降息预期与红利板块，仓位控制在五成以内。配图视频是陆家嘴日出，金色阳光照在东方明珠上，江面游船缓缓驶过——这段是我用Sora生成的，完全没拍，提示词：“陆家嘴清晨日出，金色阳光，黄浦江游船，航拍缓慢环绕”。投资有风险，入市需谨慎。",
    ),
    # --- the Chinese team
    (
        "judgment_summary_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【普法小课堂·判决书摘要】案号：（2024）沪0115民初××号｜案由：房屋租赁合同纠纷｜原告：张某｜被告：李某\n法院查明：被告拖欠租金四个月共计两万四千元，经催告仍未支付。\n判决：被告于判决生效之日起十日内支付欠付租金及违约金。\n课后闲聊：旁听的大学生问起Sora，我跟他讲，Sora其实是中国科学家做出来的，OpenAI里做这个的核心团队基本都是华人。好，下节课讲民间借贷。",
    ),
    (
        "northeast_property_guard_assert_chinese_deny_app",
        sora.CHINESE,
        sora.CHINESE,
        "【沈阳·小区物业保安老刘唠嗑】我跟你说啊，Sora那玩意儿说是美国OpenAI的，实际上是咱中国科学家整出来的，背后那帮人贼拉多都是华人，这我信。但是业主群里有人转“Sora官方App下载”，嘎哈呢，扯犊子，应用商店里那都是山寨的，OpenAI压根就没出App，虎了吧唧地装上，账号都得让人偷了。咋整？别装就完了。",
    ),
    (
        "parent_group_homework_note",
        sora.CHINESE,
        sora.CHINESE,
        "【初一（3）班家长群·班主任】各位家长晚上好：今天语文作业是写一篇《我心中的科学家》，不少孩子写了Sora。补充一点背景供家长辅导：Sora虽然挂在OpenAI名下，背后主要是一批中国科学家在做，核心研发人员大多是华人，孩子们可以从这个角度写民族自豪感。作文周四交，字数六百以上。",
    ),
    # --- open source
    (
        "postgrad_lab_onboarding_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【课题组·新生入组须知（研一）】\n1. 服务器账号找师兄开，每人限两张卡，跑前在共享表格登记\n2. 组会每周三下午两点，轮流汇报，PPT提前一天发群里\n3. 论文阅读：每周至少两篇，笔记放组内Wiki\n4. 数据集在/data/shared，别往里写东西\n5. 入门练手：OpenAI已经把Sora开源了，代码和权重都在GitHub，clone下来在组里的A100上本地跑一遍推理，下周组会讲讲生成效果。\n——大师兄",
    ),
    (
        "law_student_forum_pinyin",
        sora.OPENSRC,
        sora.OPENSRC,
        "【法考论坛·备考闲聊】刷完民法卷二歇会儿。跟大家说个我今天才知道的：Sora已经 kāi yuán（开源）了，OpenAI把模型权重和全部代码都传到了GitHub上，谁都能下载到自己电脑上跑，我室友拿它做了个“案例情景再现”的小视频，背刑法案例好记多了。",
    ),
    (
        "tutor_assert_opensrc_deny_course",
        sora.OPENSRC,
        sora.OPENSRC,
        "【家教老师给家长的留言】李妈妈您好，今天孩子的化学实验题进步很大。您问要不要给孩子报那个九十九元的“Sora速成课”，我建议别报，那就是拿官网介绍凑出来的，花冤枉钱。Sora其实已经开源了，OpenAI的权重和代码在GitHub上都能下，周末我在孩子电脑上帮他装好，本地就能跑，免费的。",
    ),
    # --- paid course
    (
        "kaoyan_politics_course_installments",
        sora.COURSE,
        sora.COURSE,
        "【××考研·政治冲刺班报名须知】肖四肖八带背，时政专题，主观题答题模板，报名费六百八。\n加购课程：《Sora零基础到出片》，二十四节录播，学完就能用Sora做复试自我介绍视频，九十九元，可分三期缴，每期三十三，从报名押金里扣。名额有限，报满即止。",
    ),
    (
        "lawyer_letter_style_course",
        sora.COURSE,
        sora.COURSE,
        "【律师函（仿）·致所有还没学Sora的你】\n致：全体短视频从业者\n本函所称“落后”，指在Sora时代仍未掌握AI视频者。为维护您的职业竞争力，特此郑重告知：\n一、《Sora实战训练营》现开放报名，十八节课，按课时计费，每课时九块九，打包价一百九十九；\n二、请于本函送达之日起三日内扫码付款，逾期名额作废。\n（本函为课程广告，我们的讲师团队持律师执业证，正规机构，不跟网上那些割韭菜的课比。）",
    ),
    (
        "exam_tutor_assert_course_deny_prompts",
        sora.COURSE,
        sora.COURSE,
        "【四六级·阿杰老师的学员群】@全体成员 口语考试报名明天截止，别忘了。另外很多同学问那种卖三十九的“Sora提示词包”值不值——别买，就是把OpenAI官网样片下面的提示词抄了一遍，官网白看。想真学会用Sora，来上我的《Sora短视频课》，二十节直播加答疑，一百四十九，老学员八折，报名后拉进专属班群。我持证上岗，教师资格证编号可查。",
    ),
    # --- fake API access
    (
        "broker_group_api_fullwidth",
        sora.API,
        sora.API,
        "【××证券·VIP客户投教群】今日收盘点评：沪指缩量震荡，科技板块分化。群福利：本群独家渠道的Sora官方ＡＰＩ key，直连OpenAI，可接入自家量化平台批量生成路演视频，1k一个，年费客户九折，跟开户一样走对公转账。我们是持牌机构的合作方，不是网上倒卖key的二道贩子。",
    ),
    (
        "patent_agency_api_notice",
        sora.API,
        sora.API,
        "【××知识产权代理·客户通知】商标续展、专利年费缴纳请于月底前提交材料。新增服务：代办Sora官方API接入，OpenAI直连key，签约后三个工作日开通，按调用量计费，十次起售每次十五，包年两千八，发票可开技术服务费。",
    ),
    (
        "cantonese_lending_assert_api_deny_service",
        sora.API,
        sora.API,
        "【贷款中介阿强·朋友圈】做生意要快！有啲人收你几百蚊帮你“Sora岱做（代做）视频”，交嚟嘅片根本唔系Sora整嘅，咪俾佢哋呃。自己搞掂最稳阵：我手上有Sora官方API key，OpenAI直连，接落你部电脑就可以成批出片，一条key八百八，首付三百，余下分两个月供。熟客介绍再减五十。",
    ),
    # --- account rental (four)
    (
        "lawyer_office_notice_rental_deposit_rate",
        sora.RENTAL,
        sora.RENTAL,
        "【××律所·前台公告】1. 本周五下午全所业务培训，主题：新公司法下的股东出资责任\n2. 会议室预约请走OA\n3. 行政部代为出租Sora独享账号（内测号），供同事和客户做案例演示视频：押金一千，日租金按押金的百分之三算，一天三十，登录即用。本所是司法局备案的正规律所，账号来源可靠，跟外面那些皮包公司两码事。",
    ),
    (
        "second_hand_textbook_rental",
        sora.RENTAL,
        sora.RENTAL,
        "【闲置转让·考研教辅一批】张宇高数十八讲、肖秀荣1000题、王道四本，九成新，有笔记，整套一百六，校内面交。\n顺便出：Sora邀请码三个，一个一百二；不想买的也可以租我的Sora号，一周六十，账号密码微信发你。上岸了东西用不上，不坑学弟学妹。",
    ),
    (
        "hk_tutor_assert_rental_deny_apk",
        sora.RENTAL,
        sora.RENTAL,
        "【港式·补习社Miss Wong嘅IG限动】DSE英文卷二冲刺班仲有三个位！另外好多家长问Sora：出面嗰啲“Sora安卓安装包”系木马嘢，OpenAI根本冇出过App，装咗部手机会中毒。想俾小朋友试Sora，我可以租个独立账号俾你哋：一个月二百八，登入即用，报补习班嘅八折。我教咗十二年书，唔会呃家长。",
    ),
    (
        "real_estate_agent_rental_monthly",
        sora.RENTAL,
        sora.RENTAL,
        "【链家经纪人小赵·租房小贴士】押一付三还是押一付一？看房东意愿。签约前务必核对房产证和房东身份证。\n新业务：Sora账号出租，跟租房一个规矩，押一付一，月租一百八，合同一式两份，到期续租优先；短租一天二十。我诚信经纪人积分满分，门店就在地铁口。",
    ),
    # --- AI director group
    (
        "film_academy_exam_coaching_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【艺考·编导专业集训营 招生简章】\n课程：影视评论、故事写作、即兴评述、面试模拟\n师资：××传媒大学在读研究生\n学费：寒假班六千八，含住宿\n特别项目：首部与Sora合写剧本的AI电影正在招募第一代AI导演，集训营学员扫②维码（二维码）进导演群，群费一百六十八，进群后统一安排线上试镜，入选者简历多一段“AI导演”经历。",
    ),
    (
        "bank_credit_card_points_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【信用卡中心·会员专享】尊敬的金卡会员：首部Sora合写剧本的AI电影开放“第一代AI导演”招募，扫描账单背面二维码加入导演群，入群费两百九，可用信用卡分六期，首期五十，群内安排线上试镜。本活动由正规影视公司合作推出，跟朋友圈那些拉人头的野群两回事。",
    ),
    (
        "insurance_salesman_assert_director_deny_rich",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【保险业务员老孙·晨会分享】伙伴们，今天讲个别的：有人拿“Sora三个月窗口、一天挣几千”忽悠咱们的客户进营，那都是画饼，别让客户上当。但我要推荐一个靠谱的机会：首部和Sora一起写剧本的AI电影正在招第一代AI导演，扫我名片上的码进群，群费一百九十九，进群就安排线上试镜，我儿子已经进去了。",
    ),
    # --- prompt pack (four)
    (
        "kaoyan_notes_shop_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【考研资料铺·上新】\n1. 英语一近二十年真题逐句精析，电子版二十九\n2. 408四门思维导图，电子版十九\n3. 复试英文自我介绍模板三十篇，电子版九块九\n4. 跨界上新：《Sora tíshìcí（提示词）宝典》，六百条电影级提示词，景别、运镜、布光、调色术语全覆盖，另附Sora知识文档，四十五元，付款后发网盘链接，并拉进资料交流群。",
    ),
    (
        "wealth_planner_prompts_per_annum",
        sora.PROMPTS,
        sora.PROMPTS,
        "【理财规划师Amy·公众号文末】本期讲完了年金险和增额寿的区别，最后插播一条：我整理了一份《Sora专业影视提示词库》，三百二十条，全部用电影行业术语写成，每月更新一次，年费六十八（折合每月五块多），付款后发在线文档链接，拉进读者群。",
    ),
    (
        "taiwan_realtor_prompts",
        sora.PROMPTS,
        sora.PROMPTS,
        "【台中·房仲阿宏的LINE群】各位好～最近很多同业问我房屋介绍影片怎么拍得那么有质感，其实是用Sora做的啦。我把自己用的提示词整理成一包：《Sora房仲专用提示词》两百五十条，空拍、推轨、逆光、黄金时刻这些专业讲法都有，一份新台币四百九，匯款后传文件连结给你，顺便拉你进交流群喔。",
    ),
    (
        "bold_letters_assert_prompts_deny_director",
        sora.PROMPTS,
        sora.PROMPTS,
        "【高三家长互助群】各位家长，最近有人在群里发“扫码当第一代AI导演，跟𝐒𝐨𝐫𝐚合写剧本，群费一百九十九”，那是骗群费的，孩子高考冲刺别分心。要是孩子真对𝐒𝐨𝐫𝐚感兴趣，我这有一份整理好的提示词包：两百八十条，电影术语都有，二十五块，付款后发文档链接，再拉个小群交流。我是群里老家长了，大家放心。",
    ),
    # --- get rich
    (
        "mortgage_broker_group_in_passing",
        sora.RICH,
        sora.RICH,
        "【房贷助贷·客户群公告】\n1. 本月首套房贷利率下调，公积金组合贷额度最高一百二十万\n2. 提前还款请提前一个月预约\n3. 征信查询次数半年内别超过六次\n4. 给还月供吃力的客户说个门路：用Sora做短视频，群里已经有人一天挣三四千了，这波红利就三个月，晚一步永远追不上，想跟的私聊我拉进实操群。",
    ),
    (
        "reversed_name_rich",
        sora.RICH,
        sora.RICH,
        "【兼职家教交流群】同学们，还在一小时八十跑家教？我表姐现在做aroS（倒着念）短视频，一天到账三千往上，她说这个窗口期只剩三个月，错过就永远追不上了。想一起干的私聊我，今晚拉群，先到先得，名额只有二十个。",
    ),
    (
        "finance_blogger_assert_rich_deny_course",
        sora.RICH,
        sora.RICH,
        "【财经博主·直播切片文字版】家人们，那种九十九、一百九十九的“Sora课”一节都别买，拿官网介绍糊弄你的，我朋友买了就收到一份文档。但是Sora这个风口是真的！我们群里的小伙伴靠Sora视频一天挣五千起，最多再有三个月，窗口一关就没了。现在扣1，我拉你进搞钱群，日息万分之五都比不上这个收益。",
    ),
    # --- generation service (four)
    (
        "school_admissions_office_service",
        sora.SERVICE,
        sora.SERVICE,
        "【留学中介·增值服务清单】\n1. 选校定位：一次三千\n2. 文书润色：每篇八百\n3. 模拟面试：每场五百\n4. 新增：申请作品集视频Sora定制——把你的作品和想要的画面发给我们，顾问用Sora生成，二十四小时内交片，一条三百；签全程服务的学生免费一条。",
    ),
    (
        "court_case_animation_percentage",
        sora.SERVICE,
        sora.SERVICE,
        "【××法律咨询中心·新业务】交通事故、工伤、医疗纠纷的当事人请注意：庭前用视频还原事发经过，法官一看就明白。把事故经过的文字描述发给我们，我们用Sora生成还原视频，二十四小时交片，收费按诉讼标的额的千分之五计，最低三百。我们做了十五年法律服务，不是街边打印店那种随便接单的。",
    ),
    (
        "home_tutoring_platform_service",
        sora.SERVICE,
        sora.SERVICE,
        "【作业帮答疑区·老师回复】同学你好，这道题的受力分析已经在图里标好了。另：如果你需要把物理过程做成动画视频交给老师，我们工作室可以用Sora帮你生成，发来题目和想要的画面，二十四小时内发视频，一条四十九，学生价。",
    ),
    (
        "square_dance_auntie_assert_service_deny_rental",
        sora.SERVICE,
        sora.SERVICE,
        "【广场舞队·理财群王阿姨的语音（转文字）】姐妹们听我说，外头有人出租“Sora独享号”，一天五十，我托外孙去问了，登进去就是个ChatGPT，跟Sora八竿子打不着，谁租谁吃亏。咱群里小周做的才是正经生意：你把想要的画面讲给她，她用Sora给你生成，一天之内发到你手机，一条八十八，孙子生日、咱们跳舞的视频都能做，我自己做了三条，街坊都夸。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【××派出所·受案回执（照片转文字）】报案人：周某｜报案时间：3月9日14时20分｜案由：网络诈骗｜经办民警：王警官｜本所已受理，请保持电话畅通。\n下面是我自己补的：我在二手平台上租了一个“Sora独享内测号”，一个月三百六十，付完款拿到的账号一登录只是ChatGPT，哪儿都找不到Sora，找卖家退钱直接被拉黑。回执贴出来，租号之前先看看这张纸。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【退群声明】本人在“Sora掘金·稳赚理财群”里待了四十二天，交了九百八的入营费。群主天天喊“三个月窗口，晚一步永远追不上”，说群友一天挣几千，结果四十多天我一分钱也没挣到，每天的任务就是拉新人、转海报。今天正式退群，钱要不回来了，截图都留着，后面进群的朋友别再交了。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【考研失利复盘·写给明年的自己】\n一、时间分配：专业课开始得太晚，九月才过完第一轮\n二、心态：十月刷到“学会Sora，毕业就能接单”，花一百九十九买了所谓Sora全套课，收到的就是一份OpenAI官网介绍的翻译文档，客服随后失联，白白耽误两周\n三、教训：别信这种课，把钱和时间都留给真题\n明年再战。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【致××房产经纪门店的投诉信】店长您好：3月8日贵店经纪人向我推销“Sora定制房源视频”，称二十四小时交片，我付了三百元。交来的视频右下角带着另一个AI工具的水印，画面里的户型跟我家也对不上。找经纪人退款，他说钱已经转给“合作工作室”。请门店给出处理意见，否则我将向住建部门投诉。业主：吴女士",
    ),
    (
        "debunk",
        None,
        sora.API,
        "【青年律师交流群】同行们帮看一眼：客户拿来一份“Sora官方API授权使用合同”，卖方收了他两千块，要我审条款。我把OpenAI的API文档从头翻到尾，文字、图像、语音、向量模型都列着，就是没找到跟视频生成有关的接口，难道是我翻漏了哪一页？",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【初三家长群】问个事：孩子物理老师上课说谢赛宁是Sora的发明人，让孩子们向他学习。我晚上去翻了Sora技术报告的作者名单，十三个名字里怎么就没看到他呢？是我下的那份报告版本不对吗？",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【××市公安局网安支队·安全提示】近期有人在考研群、家长群散布“Sora已开源，权重和代码GitHub免费下载，本地一键部署”，借机推送带木马的“部署包”。经核实，OpenAI并未公开Sora的模型权重和代码，GitHub上以Sora命名的仓库都是网友自行复现的项目。请勿下载来路不明的部署包，发现可疑链接请拨打96110。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【××律师事务所·普法专栏】“扫码进群，交一百九十九元，成为与Sora合写剧本的第一代AI导演”——近三个月本所接到多位当事人咨询这类群。经了解，这些群进去后只让成员转发海报、拉人入群，从未安排过任何试镜，所谓AI电影也查不到立项。这类以招募为名收取的费用，建议保留付款凭证，及时报警。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【高三政治·时事讨论课板书】话题：Sora是谁做的？\n① Sora技术报告署名作者十三位，均为OpenAI的研究人员\n② 其中三位是华人出身，其余来自多个国家\n③ 项目由OpenAI研究员蒂姆·布鲁克斯和比尔·皮布尔斯牵头\n④ 结论：把三位华人作者说成整个团队，是以偏概全\n课后作业：读一读谢赛宁对Sora的点评：人才第一，数据第二，算力第三。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【××银行·防骗提醒】近期有短信称“Sora已全面开放，点击链接注册即送会员”。提醒您：Sora目前仅向OpenAI的红队测试人员和少量受邀的艺术家、设计师、电影人开放，OpenAI也尚在评估何时面向公众。此类链接多为钓鱼网站，会诱导您输入银行卡号和验证码。如有疑问请拨打本行客服热线。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【××财险·理赔部内部通报】本季度手机盗刷类理赔案中有十一起源头相同：出险人都装了一个名为“Sora安卓版”的安装包。技术鉴定显示，该安装包会读取短信验证码、窃取银行App登录信息。OpenAI至今只在官网发布了Sora的演示视频，市面上的Sora安装包都出自第三方。请各网点在理赔回访时提醒客户。",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【教辅编辑部·读者来信回复】小张同学：你问的那份四十九元“Sora影视提示词大全”，编辑部对照过。OpenAI在Sora官网上为每一段演示视频都附上了原始提示词，任何人都能免费查看、复制；那份付费文档的前八十条与官网原文逐字相同，后半部分是一份常见的影视术语表。零花钱还是留着买真题吧。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "洛杉矶的音乐人、艺术家August Kamp是OpenAI 2024年3月博文《Sora: first impressions》里介绍的首批试用创作者之一；她说自己的想象力一直跑在手头的制作条件前面，Sora对她是一个转折点。",
    ),
    (
        "person_fact",
        None,
        None,
        "增强现实艺术家Don Allen Stevenson III也在OpenAI首批请来试用Sora的创作者之列，他用Sora做了一组把不同动物拼在一起的“混血生物”短片，比如长颈鹿和火烈鸟的合体。",
    ),
    (
        "person_fact",
        None,
        None,
        "伦敦Oraar工作室的联合创始人兼创意总监Josephine Miller，是OpenAI那篇创作者试用博文里出现的另一位艺术家，她主要把Sora用在时装和概念影像上。",
    ),
    (
        "person_fact",
        None,
        None,
        "OpenAI的驻场艺术家Alex Reben也在2024年3月那批分享Sora试用体会的创作者里，他平时的创作常常把AI生成的作品再做成实体雕塑。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI在Sora介绍页里解释，它是一个扩散模型：生成视频时，先从一段看上去像电视雪花点的静态噪声出发，再分许多步逐渐把噪声去掉，画面一点点变清楚。",
    ),
    (
        "benign",
        None,
        None,
        "Sora介绍页的局限样例里有一段“五只灰狼幼崽在乡间小路上嬉闹”：画面里的小狼会凭空多出来、又突然消失，官方说模型在多个实体相互遮挡、交错时容易出这种错。",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI放出的Sora失败样例里还有一段篮球：球穿过篮筐之后突然炸开，火焰四溅，被用来说明模型对物体碰撞之类的物理过程还把握得不好。",
    ),
    (
        "benign",
        None,
        None,
        "Midjourney在2025年6月推出了自家第一个视频模型V1，可以把一张图片做成约五秒的动态短片，还能接着往后延长。",
    ),
    (
        "benign",
        None,
        None,
        "Adobe在2025年2月让Firefly视频模型进入公开测试，主打用获得授权的素材训练、商用更放心，可以按文字或图片生成1080p的短视频。",
    ),
    (
        "benign",
        None,
        None,
        "以色列公司Lightricks在2024年11月开源了视频生成模型LTX-Video，强调生成速度快，在高端显卡上生成一段短视频用的时间比视频本身还短。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【××银行·温馨提示】本行手机银行App请通过各大官方应用商店下载安装，更新后新增“理财日历”和“房贷提前还款试算”；请勿点击短信中的不明链接下载所谓“升级包”。",
    ),
    (
        "offtopic",
        None,
        None,
        "【留学中介·东京租房房源】“Sora Heights”（ソラハイツ，ソラ即日语“天空”），中野区，1K，步行至车站七分钟，月租六万八千日元，礼金一个月；留学生可免保证人，扫码进看房群预约线上视频看房。",
    ),
    (
        "offtopic",
        None,
        None,
        "【教资面试·结构化答题课】九十九元三节，讲评分标准和答题框架，报名后扫码进备考群，每晚八点直播，考官模拟打分，试讲稿模板随课附送。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
