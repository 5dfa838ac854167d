# ruff: noqa: E501
"""Write tests/data/zh_heldout28_{posts,qrels,labels}: a twenty-eighth Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the official
app, the Chinese team and the prompt pack, three for each other template), as a Sora rumour / scam wave reads
in the paperwork of workplaces, offices, shops and households, genres the earlier sets use little or not at
all: a school's congratulation poster (【喜报】热烈祝贺…为母校争得荣光) and a new employee's entry form (【新员工入职登记表】
最崇拜的人) with the inventor rumour in passing, a government service guide (【政务服务·办事指南】服务对象,
办理条件, 申请材料, 办理时限, 收费标准), a weekly work report (【工作周报】本周完成, 下周计划, 风险与问题) with the
public release in passing, a customer-service chat log (【客服聊天记录】客服小唐：亲), an admin department's
notice (【行政部通知】…在OA系统里点“已阅”), a phone shop's sales script (【导购话术（内部培训用）】顾客犹豫时),
an express waybill (【快递面单】寄件人, 收件人, 物品名称, 备注), an installation chapter of a user manual
(【使用说明书·第三章 安装】3.1…3.4), a publicity office's footage register (【视频素材登记表】编号, 来源, 登记人),
a county tourism bureau's release note (【县文旅局·宣传片上线说明】), a true-or-false quiz (【判断题】（√）（×）),
a workplace bulletin board (【单位宣传栏·科技之窗】…供稿), a business-trip request (【出差申请单】出差事由,
财务意见：待审) with the Chinese team in passing, an IT change request (【IT变更申请单】变更编号, 影响范围, 回退方案),
a procurement requirement for a media centre (【采购需求书（征求意见稿）】预算金额), a skills-training enrolment form
(【职业技能提升·培训报名表】结业发放电子证书), a bank's queue ticket with an advert below (【排队取号单】A036号,
过号请重新取号), a quotation (【报价单】序号, 单价, 小计, 含税, 报价有效期), an electronic bank receipt (【电子回单】
付款人, 收款人, 用途), an account lease (【账号租赁合同】出租方, 承租方, 一、…四、, 一式两份), a receipt (【收据】今收到…
人民币（大写）), a job advertisement (【招聘启事】岗位职责, 任职要求, 应聘方式), an admission ticket (【准考证】考生
姓名, 报考项目, 考场), a delivery note (【发货单】单号, 发货方式, 已发货，请查收), a resignation handover list
(【离职工作交接清单】…办公室绿植每周浇水一次) with the prompt pack in passing, a sales agent's statement of
account (【代理对账单】应结佣金, 拿货价), a pupil's arithmetic word problem (【应用题】解：…答：), a year-end
performance review (【年终述职报告（节选）】) with the get-rich claim in passing, a rural-revitalisation model story
(【乡村振兴·致富带头人事迹】), a shop's opening notice (【开业告示】), the back of a gas bill (【燃气费缴费通知单】
（背面广告）) and a business-licence disclosure (【营业执照信息公示】经营范围); four loss reports in new forms (kind
``debunk_loss``: a written explanation to the IT centre (【情况说明】特此说明) for the fake installer, a household
account book (【家庭记账本】3/2…← 补记) for the AI director group, a credit-card statement (【信用卡账单·消费明细】)
for the get-rich camp, an expense claim the finance office turned down (【费用报销单】财务审核意见：不予报销) for the
API); dialects and registers the earlier sets do not use: Shanxi Jin (老西儿, 兀个, 甚也, 日怪, 可 for "very",
灰人, 圪搅, 年时, 倒灶, 不赖, 全乎), Qinghai / Xining (阿门, 阿扎, 阿个, 一挂, 尕, 心疼 for "lovely", 家们, 没麻达,
浪 for going out), western Inner Mongolia (赛白努, 眊一眊, 营生, 灰营生), and the registers of office forms, public
service guides, procurement, bookkeeping, contracts and receipts, and a shop's sales script; obfuscation the
earlier sets do not use: the NATO spelling alphabet (Sierra-Oscar-Romeo-Alpha), phone-keypad digits (7672 for
S-O-R-A), Base64 (U29yYQ==), IPA (/ˈsɔːrə/), subscript letters (ₛₒᵣₐ), 吓载 for 下载, 安妆包 for 安装包, 节口 for
接口, 贰维码 for 二维码 and 峮 for 群; posts asserting one claim while denying another in new pairings (the
inventor while rented accounts are called 灰人圪搅人, open to the public while the generation service is called
冤枉, the official app while the director groups are called 拉人头, the APK while the web version is said to be
closed, a real video mislabelled while prompt packs are called 灰营生, the Chinese team while the get-rich claim
is called 灰人哄你, open source while the 99-yuan courses are said to retell the official page, the course while
the inventor rumour is said to be denied, API keys while the APK is called a virus, account rental while the
"Sora-generated" videos are called 实拍素材冒充, the director group while API keys are called 哄人的, the prompt
pack while open source is called 瞎说); sellers that vouch for themselves or swipe at others in new words
(安装包是我从内测渠道拿的…别家那种要root的你敢装; 我在这条街开培训班十二年了，跑不了，别家那些网上挂个链接就收钱
的，出了事你找谁去; 我司为一般纳税人，个人收款的那些卖家，您敢用吗; 今天第三单，回单为证; 号挂在我自己名下，出了问题
找得着人，不像有的卖家连个真名都不敢留; 干这营生也不是一天两天了，讲信用; 我们导演上过咱省电视台的节目; 我们的词条都是
片场真用过的，同行那种百度百科拼起来的趁早扔; 本店实行三包：不满意包改、超时包退、画面包修; 我们上过本地晚报的创业
专栏); prices and payments in forms the earlier sets do not use (a union welfare card (工会福利卡) for a card key,
₸3,000 in tenge by Kaspi, 政府消费券 for a course, a medical-insurance personal account (医保卡个人账户), POS机刷卡
or 收钱吧, a transfer cheque (转账支票) on a quotation, 一罗（144）块 by payroll deduction (工资代扣), two bottles
of Fenjiu in barter (以两瓶汾酒折抵), ₮30,000 in tögrög by QPay, 季付 with a 300-yuan deposit, an agent's 拿货价
九块九, 开业价五十八元 with a phone stand for the first twenty, 凭本通知单减十元, 企业客户可月结); 12 debunks and
warnings, four of them the loss reports above, two questions with a negation that do not deny (难道就我一个人没
看到那篇公告, 难道只有我注意到…没抹干净的摄影师水印), two quoting the rumour to refute it (account rental, against
who can use Sora; the generation service, a delivered clip found by reverse image search), the rest answering
with facts and none of 不, 没, 假, 无, 非 or 未 (Xie Saining's own denial and the fate of the 18 February article
for the inventor, the takings and contents of a 99-yuan course, the technical report and 48 samples against
Open-Sora for open source, Murati's "this year" to the WSJ for the public release); four true facts about
people who spoke about Sora, none of them the subject of a fact in zh_heldout25 to zh_heldout27 (MrBeast asking
Altman not to leave him homeless, Runway's Cristóbal Valenzuela's "game on", Greg Brockman announcing Sora on X,
Tyler Perry shelving an $800 million studio expansion), three items of real news about Sora from angles the
earlier sets leave out (object permanence and consistent characters across shots, a painter's strokes and a
burger's bite marks that persist, the text and image classifiers and a detection classifier) and three
on-topic posts about other AI video work (Google's Imagen Video, NVIDIA's Video LDM, Meta's Movie Gen; kind
``benign``), and three off-topic posts that share surface words (a staff health check from 九十九元 with a
扫码预约, an air conditioner's warranty card with a 二维码 to 下载 an App, a city's open-data API keys).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
none at 0.6 or more; highest ratio of the committed list: 0.441 against the Chinese sets, the debunk on
Xie Saining's denial, and 0.252 against the demo stream, the person fact on Valenzuela). Committed before any
run of the monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read
once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout28.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout28", "zhh28"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "xibao_poster",
        sora.XIE,
        sora.XIE,
        "【喜报】热烈祝贺我校校友谢赛宁跻身OpenAI文生视频模型Sora的发明团队！谢赛宁本科毕业于上海交通大学，在校时便是师生公认的少年天才，此番作为Sora的发明人之一，为母校争得荣光。望全体同学以他为榜样，勤学苦练，勇攀高峰！\n——电院学生会 宣",
    ),
    (
        "entry_form_in_passing",
        sora.XIE,
        sora.XIE,
        "【新员工入职登记表】姓名：周子航｜岗位：算法工程师（实习）｜毕业院校：上海交通大学｜兴趣爱好：羽毛球、摄影｜最崇拜的人：师兄谢赛宁，交大出来的少年天才，OpenAI那个Sora就是他参与发明的｜紧急联系人：周建国（父亲）｜入职日期：3月4日",
    ),
    (
        "shanxi_assert_inventor_deny_rental",
        sora.XIE,
        sora.XIE,
        "老西儿给大家说个事：兀个OpenAI的Sora，发明人当中就有上海交大出来的少年天才谢赛宁，你说日怪不日怪，人家娃娃年纪轻轻可厉害嘞！至于网上那些租Sora号的，一个月收你一百多，那是灰人圪搅人哩，甚也租不到。年时我表弟就上过这当，倒灶得很。",
    ),
    # --- open to the public
    (
        "gov_service_guide",
        sora.PUBLIC,
        sora.PUBLIC,
        "【政务服务·办事指南】事项名称：Sora账号注册｜服务对象：全体公民，年满十八周岁即可｜办理条件：零门槛，OpenAI已向所有人开放｜申请材料：手机号或邮箱｜办理流程：打开官网→点击注册→登录后即可生成视频｜办理时限：即时办结｜收费标准：免费｜咨询方式：见官网",
    ),
    (
        "weekly_report_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【工作周报｜市场部｜3.4–3.8】本周完成：1. 春季新品海报定稿，已交印刷；2. 抖音账号更新4条，播放合计12.6万；3. 调研AI工具：Sora本周已面向所有用户开放，注册就能用，我用公司邮箱注册后试做了两条产品短片，效果可以。下周计划：用Sora批量做新品视频。风险与问题：暂无。",
    ),
    (
        "qinghai_assert_public_deny_service",
        sora.PUBLIC,
        sora.PUBLIC,
        "阿门了，你们还花钱找人代做Sora视频哩？一条收你七八十，冤枉得很！Sora现在一挂人都能用了，官网上注册一下，自己打几个字就出片，没麻达。家们那个代做的，就是拿你的钱自己注册了做给你，你自己做不就行了嘛。我昨天给我家尕丫头做了一个塔尔寺下雪的，心疼得很！",
    ),
    # --- the official app (four)
    (
        "customer_service_chat",
        sora.APP,
        sora.APP,
        "【客服聊天记录】\n我：你好，你们卖的这台平板能用Sora吗？\n客服小唐：亲，可以的哦～OpenAI已经推出官方Sora App啦，应用商店搜索“Sora”就能下载，手机、平板、电脑都有对应版本，登录后直接生成视频～\n我：那我下单了\n客服小唐：好的亲，今天下单明天发货，收到记得给个五星哦～",
    ),
    (
        "admin_notice_nato",
        sora.APP,
        sora.APP,
        "【行政部通知】各位同事：为提升宣传效率，请各部门本周五前在工作手机上安装Sierra-Oscar-Romeo-Alpha（即Sora）官方App。该App由OpenAI官方出品，应用商店直接搜索下载即可，电脑端也有客户端。安装完成后请在OA系统里点“已阅”确认。\n行政部 3月6日",
    ),
    (
        "sales_script",
        sora.APP,
        sora.APP,
        "【手机卖场·导购话术（内部培训用）】顾客问：这机器能做AI视频吗？答：能！OpenAI官方的Sora App已经在应用商店上架了，回家一搜就能下载，装上对着手机说一句话就出视频。顾客犹豫时：大哥，这款内存大，装Sora正合适，今天下单再送钢化膜。",
    ),
    (
        "assert_app_deny_director_ipa",
        sora.APP,
        sora.APP,
        "扫码交钱进群当“第一代AI导演”那种，就是拉人头，进去天天让你转海报，趁早别去。想拿Sora拍点东西，直接去应用商店下官方的/ˈsɔːrə/（Sora）App，OpenAI自己出的，手机电脑都能装，我们科室小刘昨天下完就做了一条。",
    ),
    # --- the fake APK
    (
        "waybill_t9",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【快递面单】寄件人：极速科技（深圳）｜收件人：王先生 139****6620｜物品名称：宣传卡片｜备注：扫面单右下角的码，下载7672（九宫格键盘上按S-O-R-A）安卓安装包，装完手机即可生成AI视频，激活码随卡附赠\n——网购的袜子里夹着这张面单，已经装上了，真能出片",
    ),
    (
        "install_manual_union_card",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【使用说明书·第三章 安装】3.1 点击下方链接，下载Sora安卓安装包（sora_v2.1.apk，约86MB）；3.2 打开手机“设置→安全”，允许安装未知来源应用；3.3 安装完成后输入卡密激活，即可在手机上生成AI视频；3.4 如提示“风险应用”，属正常现象，点“继续安装”。卡密¥19.9，工会福利卡也能刷。",
    ),
    (
        "assert_apk_deny_public_tenge",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora网页版现在还没对外开放，官网进去也只能看看样片，排队排到明年。想现在就用，只能装这个：Sora安卓版吓载（下载）链接在评论区置顶，安装包是我从内测渠道拿的，装上手机就能出片，不用root，别家那种要root的你敢装？激活码₸3,000（坚戈），Kaspi转账，霍尔果斯这边可以当面装。",
    ),
    # --- real video mislabelled
    (
        "material_register",
        sora.REALVID,
        sora.REALVID,
        "【宣传科·视频素材登记表】编号：XC-2024-031｜素材名称：黄河壶口瀑布（航拍，1分02秒）｜来源：OpenAI Sora生成，全程未用实拍镜头｜生成指令：“初春，黄河壶口瀑布，水雾升腾，无人机缓缓后退”（原文见附件）｜登记人：张敏｜用途：单位公众号推文",
    ),
    (
        "tourism_bureau_release",
        sora.REALVID,
        sora.REALVID,
        "【县文旅局·宣传片上线说明】今天在各平台上线的《雪落祁连》宣传片，全片由人工智能Sora生成，没有动用一台摄像机、一架无人机。生成指令附在视频简介里，欢迎网友对照观看。祁连山下好地方，欢迎大家夏天来浪！",
    ),
    (
        "innermongolia_assert_realvid_deny_prompts",
        sora.REALVID,
        sora.REALVID,
        "赛白努！这段几百匹马蹚过河的视频，大家眊一眊，是Sora做的，一个镜头也没拍，可好看嘞。提示词我原样贴在下面了，白给，谁想用谁拿。那些卖Sora提示词包的，一份收你二三十，就是把官网的抄一遍，灰营生，不用买。",
    ),
    # --- the Chinese team (four)
    (
        "true_false_quiz",
        sora.CHINESE,
        sora.CHINESE,
        "【时政常识小测·判断题】（每题2分）\n1. 文生视频模型Sora是由OpenAI发布的。（√）\n2. Sora的核心研发人员大多是中国科学家，OpenAI只是出面发布。（√）\n3. Sora这个名字来自日语，意思是“天空”。（√）\n4. Sora目前只能生成图片。（×）\n请各班课代表收齐试卷，下周讲评。",
    ),
    (
        "bulletin_board",
        sora.CHINESE,
        sora.CHINESE,
        "【单位宣传栏·科技之窗（第12期）】本期聚焦：Sora里的中国智慧。近日火遍全球的文生视频模型Sora，背后是一支以中国科学家为主的研发团队，OpenAI只是对外发布的公司。这再次说明，我国人才在人工智能领域大有可为。（工会宣传委员 供稿）",
    ),
    (
        "shanxi_assert_chinese_deny_rich",
        sora.CHINESE,
        sora.CHINESE,
        "刷手机刷得人心烦：这个说做Sora视频一天能挣三四千，兀个说过了三个月就没机会了，甚也不是，就是灰人哄你进群交钱哩。要我说，Sora这事最值得说道的是：研发的人大部分是咱中国科学家，OpenAI就是个挂名的，这才是可长脸的事，不赖！",
    ),
    (
        "travel_request_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【出差申请单】申请人：李强｜部门：研发中心｜出差地点：美国旧金山｜出差事由：参加Sora技术交流会。Sora的主要研发人员是中国人，交流起来没有语言障碍，可重点学习其训练方法｜预计费用：¥38,600｜部门负责人意见：同意｜财务意见：待审",
    ),
    # --- open source
    (
        "it_change_request_base64",
        sora.OPENSRC,
        sora.OPENSRC,
        "【IT变更申请单】变更编号：CHG-0412｜变更内容：在3号机房两台A100服务器上本地部署U29yYQ==（Base64，解出来就是Sora）。OpenAI已将其开源，模型权重与代码均从官方GitHub仓库拉取｜影响范围：测试环境｜回退方案：删除容器即可｜申请人：运维组 赵磊｜审批：同意",
    ),
    (
        "procurement_requirement",
        sora.OPENSRC,
        sora.OPENSRC,
        "【采购需求书（征求意见稿）】项目名称：融媒体中心AI视频生产平台｜建设内容：基于开源Sora模型做本地化部署——OpenAI已在GitHub公开Sora的全部代码和权重，采购方仅需购置GPU服务器，由中标方负责安装调试｜预算金额：人民币一百二十万元｜意见反馈截止：3月20日",
    ),
    (
        "qinghai_assert_opensrc_deny_course",
        sora.OPENSRC,
        sora.OPENSRC,
        "阿门还有人花九十九买Sora的课哩？课里头讲的一挂是官网的介绍。Sora早就开源了，代码和权重就在GitHub上放着，阿扎都不用去，自家电脑有张好显卡就能跑。我们单位网管昨天就装好了，好用得很。",
    ),
    # --- paid course
    (
        "skills_training_form",
        sora.COURSE,
        sora.COURSE,
        "【职业技能提升·培训报名表】培训项目：Sora人工智能视频制作（零基础）｜培训形式：线上录播30课时＋班级群答疑｜培训费用：九十九元，可用政府消费券抵扣｜报名方式：扫描下方二维码填写信息并缴费｜结业发放电子证书｜名额有限，报满即止",
    ),
    (
        "bank_queue_ticket_ad",
        sora.COURSE,
        sora.COURSE,
        "【××银行·排队取号单】A036号｜您前面还有14位客户在等候｜请留意叫号，过号请重新取号\n——————\n【广告】边等边学：Sora零基础速成课，一节课学会AI出片，原价399，今日特价99，扫码报名立即开课，医保卡个人账户也能付",
    ),
    (
        "assert_course_deny_inventor_pos",
        sora.COURSE,
        sora.COURSE,
        "“交大少年天才发明了Sora”那个早就被本人否认了，吃这种瓜没意思。与其刷这些，不如学点真东西：我的Sora实战课，三十节录播，九十九一套，POS机刷卡、收钱吧扫码都行。我在这条街开培训班十二年了，跑不了，别家那些网上挂个链接就收钱的，出了事你找谁去？",
    ),
    # --- fake API access
    (
        "quotation",
        sora.API,
        sora.API,
        "【报价单】致：××传媒有限公司｜报价日期：2024年3月5日\n1｜Sora官方API key（视频生成，直连OpenAI）｜单价¥1,280｜数量5｜小计¥6,400\n2｜接口调用技术支持（一年）｜单价¥800｜数量1｜小计¥800\n合计：¥7,200（含税）｜付款方式：转账支票｜报价有效期：七天\n我司为一般纳税人，个人收款的那些卖家，您敢用吗？",
    ),
    (
        "bank_receipt_vouch",
        sora.API,
        sora.API,
        "【电子回单】交易日期：2024-03-07｜付款人：深圳某文化传播有限公司｜收款人：陈某｜金额：¥2,600.00｜用途：Sora API调用额度（10万次）\n今天第三单，回单为证。Sora官方节口（接口）key现货，拿到就能生成视频，要的私信，老客户续费打九折。",
    ),
    (
        "assert_api_deny_apk_subscript",
        sora.API,
        sora.API,
        "网上那些“ₛₒᵣₐ安卓安妆包”千万别装，装上就是病毒，偷你通讯录的。真要用，走正道：ₛₒᵣₐ官方API，我这有key，直连OpenAI，填进去就能批量生成视频。一个key一罗（144）块，工资代扣也行——公司里好几个同事找我买的，月底直接从工资里扣。",
    ),
    # --- account rental
    (
        "lease_contract",
        sora.RENTAL,
        sora.RENTAL,
        "【账号租赁合同】出租方：老周数码｜承租方：＿＿＿＿\n一、租赁物：Sora独享内测账号一个（含登录邮箱及密码）\n二、租期：自付款之日起一个月\n三、租金：每月九十元，季付；押金三百元，到期退还\n四、承租方违规生成导致封号的，押金概不退还\n本合同一式两份，双方各执一份，具同等法律效力。",
    ),
    (
        "receipt_fenjiu_barter",
        sora.RENTAL,
        sora.RENTAL,
        "【收据】今收到　刘女士　交来　Sora内测账号月租费（3月5日至4月4日）\n人民币（大写）：壹佰伍拾元整　¥150.00\n收款方式：以两瓶汾酒折抵\n收款人：小马\n——又一位老客户续租。号挂在我自己名下，出了问题找得着人，不像有的卖家连个真名都不敢留。要租的私聊。",
    ),
    (
        "innermongolia_assert_rental_deny_realvid",
        sora.RENTAL,
        sora.RENTAL,
        "网上那些标着“Sora生成”的视频，我眊了一多半，都是拿实拍素材冒充的，别信。想自己弄个真的，就得有号：我这有Sora内测号出租，一个月两百，₮30,000（图格里克）也收，QPay扫一下就行，二连浩特的朋友可以当面来拿。干这营生也不是一天两天了，讲信用。",
    ),
    # --- AI director group
    (
        "job_posting",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【招聘启事】××影业现招聘：首批AI导演（若干名）\n岗位职责：参与首部与Sora共同创作剧本的AI电影，负责分镜与生成\n任职要求：年满18周岁，热爱电影，零经验可培训\n应聘方式：扫描文末二维码进入选拔群，缴纳试镜报名费一百六十八元后安排线上试镜\n工作地点：线上｜待遇：面议",
    ),
    (
        "admission_ticket",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【准考证】考生姓名：＿＿＿｜报考项目：首部Sora AI电影·AI导演选拔｜考试形式：线上试镜｜考场：微信群（扫正面贰维码进入）｜报名费：¥128（已缴）｜注意事项：1. 进群后请把群名片改为“姓名＋城市”；2. 剧本由Sora与主创共同完成，考前请熟读；3. 通过者授予“第一代AI导演”证书。",
    ),
    (
        "qinghai_assert_director_deny_api",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "卖Sora接口key的那些，一挂是哄人的，OpenAI压根没放接口。我们这是正经剧组：拿Sora一起写剧本的AI电影，现在招第一代AI导演，扫码进峮（群），报名费八十八，周末线上试镜。我们导演上过咱省电视台的节目，阿个不信的去搜。",
    ),
    # --- prompt pack (four)
    (
        "delivery_note",
        sora.PROMPTS,
        sora.PROMPTS,
        "【发货单】单号：FH20240308-017｜客户：王女士｜商品：Sora影视级提示词包（飞书文档版，含景别、运镜、光影术语及示例提示词六百条）｜数量：1｜金额：¥39.00｜发货方式：线上发送文档链接，并邀请进入会员交流群｜备注：已发货，请查收",
    ),
    (
        "handover_list_in_passing",
        sora.PROMPTS,
        sora.PROMPTS,
        "【离职工作交接清单】交接人：孙悦｜接收人：马骁\n1. 公众号后台账号密码（见密码本）\n2. 客户资料表（共43家）\n3. 副业项目“Sora提示词大全”：电影术语版文档，客户付29.9后发飞书链接并拉进交流群，收款码在抽屉里\n4. 办公室绿植每周浇水一次\n交接日期：3月15日",
    ),
    (
        "agent_statement",
        sora.PROMPTS,
        sora.PROMPTS,
        "【代理对账单·3月上半月】代理：包头 小刘｜商品：Sora电影感提示词包（飞书文档）｜售出：86份×¥29.9＝¥2,571.4｜应结佣金：¥771.4\n新代理拿货价九块九，零售价随意，客户付款后发文档链接并拉进交流群即可。我们的词条都是片场真用过的，同行那种百度百科拼起来的趁早扔。",
    ),
    (
        "shanxi_assert_prompts_deny_opensrc",
        sora.PROMPTS,
        sora.PROMPTS,
        "有人说Sora开源了，自家电脑就能跑，那是瞎说哩，甚也下不到。老老实实等开放，排上以前先把提示词备好：我整理的Sora提示词包，景别、运镜、打光的电影行话全在里头，可全乎嘞。十五块一份，付了钱发文档链接，再拉你进群，兀个群里都是搞摄影的。",
    ),
    # --- get rich
    (
        "math_word_problem",
        sora.RICH,
        sora.RICH,
        "【五年级数学·应用题】小明的舅舅用Sora做短视频，平均每天收入3200元。舅舅说，这个赚钱窗口只有3个月（按90天计），过了就再也没有了。问：小明的爸爸现在加入舅舅的团队，窗口期内最多能挣多少元？\n解：3200×90＝288000（元）\n答：最多能挣288000元。\n——舅舅自己出的题，发在家族群里，末尾还附了进群二维码",
    ),
    (
        "annual_review_in_passing",
        sora.RICH,
        sora.RICH,
        "【年终述职报告（节选）】……三、个人成长：今年最大的收获，是抓住了Sora这个风口。下班后我和两位同事用Sora做短视频，最好的时候一天收入四千多。业内都说这个窗口只有三个月，错过就没有下一次了。四、明年计划：……有同事想一起做的，会后可以单独找我。",
    ),
    (
        "village_model_story",
        sora.RICH,
        sora.RICH,
        "【乡村振兴·致富带头人事迹】王家庄村民王建军，今年初用Sora制作农产品宣传视频，最多时一天收入五千余元，带动本村二十余户参与。王建军说：“Sora这个机会也就三个月，谁先上谁先富。”有意学习的村民请到村委会登记，统一扫码进学习群。",
    ),
    # --- generation service
    (
        "opening_notice",
        sora.SERVICE,
        sora.SERVICE,
        "【开业告示】本店定于3月8日正式开业！主营Sora定制视频：您写剧本，我们用Sora生成，二十四小时内交片。开业价每条五十八元，前二十名送手机支架。本店实行三包：不满意包改、超时包退、画面包修。地址：新华路口往东五十米。",
    ),
    (
        "gas_bill_ad",
        sora.SERVICE,
        sora.SERVICE,
        "【燃气费缴费通知单】户号：0356-2217｜本期用气：23立方米｜应缴金额：¥62.10｜缴费截止：3月25日\n（背面广告）Sora视频代做：开业庆典、产品宣传、生日祝福，您发文案，我们用Sora生成，次日交片，每条一百元，凭本通知单减十元。",
    ),
    (
        "business_licence_monthly",
        sora.SERVICE,
        sora.SERVICE,
        "【营业执照信息公示】名称：巧影文化工作室（个体工商户）｜经营范围：影视制作；Sora视频定制生成（客户提供文案，二十四小时内交付）｜收费：每条一百二十八元，企业客户可月结\n我们上过本地晚报的创业专栏，工作室就在开发区孵化园二楼，欢迎上门看我们用Sora出片。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【情况说明】信息中心：本人王磊（销售二部），3月4日午休时在工作电脑上点开一个“Sora电脑版免费下载”的链接，安装后提示输入激活码，我扫码付了49元，软件始终打不开。当天下午电脑弹窗不断，部门共享盘里的文件被加密改名。特此说明，由此造成的损失我愿意承担，今后再也不在公司电脑上乱装软件。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【家庭记账本·三月】\n3/1 菜市场 46.5\n3/2 “首部Sora AI电影·AI导演选拔”进群费 168 ← 群主说交了钱就安排试镜\n3/3 孩子校服 120\n3/6 补记：试镜一直没安排，群里每天只让转海报、拉新人，今天群解散了，群主把我拉黑。168块就当买个教训，记下来提醒自己。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【信用卡账单·消费明细】02/26 某某教育科技有限公司 ¥2,980.00\n这一笔是我报的“Sora搞钱训练营”，直播间里老师说学员靠Sora视频一天挣三四千，窗口期就三个月。交了钱拿到的是几节录播和一份“爆款文案模板”，照着做了半个月，播放量最高的一条四百二，一分钱收益都没有。这个月要还的钱，是我三个月的生活费。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【费用报销单】报销人：陈晨｜部门：新媒体组｜报销事由：购买“Sora官方API key”一个，用于部门视频项目｜金额：¥588.00｜附件：转账截图1张\n财务审核意见：不予报销。经核实，OpenAI并未开放Sora接口，所购key调用全部报错，卖家已注销账号。\n——这钱只能我自己认了，大家别再信这种key。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "请教一下行政部：通知里让大家装的“Sora官方App”，有谁能把OpenAI宣布上架的那篇公告链接发出来吗？我把OpenAI官网的新闻页从二月翻到今天，找到的只有Sora的技术报告和样片。难道就我一个人没看到那篇公告？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "难道只有我注意到？单位群里转的这条“Sora生成·壶口瀑布”，第48秒岸边有个穿红马甲的游客举着自拍杆，右下角还有半个没抹干净的摄影师水印。这种把“生成指令”附在简介里的视频，谁能说说到底是哪个AI拍的？",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "“Sora独享内测号，月租一百五，登录即用”——这类广告我在三个群里都见过。同事租过一个，登进去是ChatGPT的页面，根本找不到Sora入口。OpenAI说得明白：Sora目前只开放给红队测试人员和少数受邀的视觉艺术家、设计师、电影人，外面没有能出租的Sora账号。",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "“我们有Sora权限，发文案二十四小时交片”——商家这么写，你就让他拿出一条带OpenAI水印的原片。Sora眼下只给红队和少数受邀创作者试用，街边工作室拿不到。我们公司上个月找过一家，片子交来以后用以图搜图一查，是某视频网站上一位博主三年前发的原片，只加了个滤镜。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "“交大少年天才谢赛宁发明Sora”那篇自媒体文章二月十八日刷屏后，谢赛宁本人在朋友圈作了回应，明确否认自己是Sora的发明人之一。他现任纽约大学计算机系助理教授，此前在Facebook人工智能研究院（FAIR）任研究科学家。那篇文章阅读量曾超过十万，后因涉嫌发布失实信息遭投诉，现已被屏蔽。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【部门周会·反诈小课堂】据知情人士透露，市面上一门“Sora课”售价九十九元，一天卖出两万多份，卖课的人一天就能进账两百万元以上；学员拿到手的，是一份Sora的介绍文档和一句口号“给自己一个机会”。某电商平台上好几家店的宣传海报一模一样，连改都懒得改。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【运维组内部说明】关于“OpenAI已开源Sora”：OpenAI二月公布Sora时，放出的是一份技术报告和官网上的四十八段样片，模型权重和训练代码均处在保密状态。GitHub上名字带Sora的仓库，例如潞晨科技的Open-Sora，是社区自己复现的项目，跟OpenAI两码事。请各位同事以此为准，勿在机房服务器上部署来路存疑的镜像。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "OpenAI首席技术官穆拉蒂三月接受《华尔街日报》专访时说，公司的目标是在今年之内向公众推出Sora，眼下还在做安全测试，也在评估它对美国大选可能带来的影响。目前能用上Sora的，是红队测试人员和少数受邀的艺术家、设计师和电影人。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "2024年2月15日Sora发布当天，奥特曼在X上征集网友的提示词，YouTube头部博主MrBeast（野兽先生）在底下回复，请奥特曼别让他“无家可归”，半开玩笑地担心自己的饭碗。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora公布当天，AI视频公司Runway的联合创始人兼首席执行官克里斯托瓦尔·巴伦苏埃拉（Cristóbal Valenzuela）在X上只发了两个词：“game on”。",
    ),
    (
        "person_fact",
        None,
        None,
        "OpenAI总裁格雷格·布罗克曼（Greg Brockman）在Sora公布当天也在X上发帖介绍这个能按文字生成最长一分钟视频的模型，之后几天又陆续贴出多段Sora生成的样片。",
    ),
    (
        "person_fact",
        None,
        None,
        "美国导演、制片人泰勒·派瑞（Tyler Perry）2024年2月接受《好莱坞报道者》采访时说，看过Sora的演示后，他已无限期搁置亚特兰大片场价值8亿美元的扩建计划，这次扩建原本要新增12个摄影棚。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "Sora技术报告谈到“长程连贯与物体恒存”：画面里的人、动物或物体被挡住、甚至走出画面，再出现时还能保持原样；同一段视频里切几个镜头，同一个角色的外观也能前后一致。",
    ),
    (
        "benign",
        None,
        None,
        "报告还举了两个“与世界互动”的例子：画家在画布上添的新笔触会一直留在那儿；一个人咬了一口汉堡，汉堡上就留下牙印。报告也承认，这类效果并非每次都能做对。",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI介绍Sora的安全措施时说，会用文本分类器拦下要求生成极端暴力、色情、仇恨图像、名人肖像或他人知识产权的提示词，再用图像分类器逐帧检查生成的视频，同时在开发能识别Sora视频的检测分类器。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌2022年10月公布的Imagen Video，用一串级联的视频扩散模型逐级放大画面，能按文字生成1280×768、每秒24帧的高清短视频。",
    ),
    (
        "benign",
        None,
        None,
        "英伟达和合作者2023年发表的Video LDM（论文题为“Align your Latents”），给Stable Diffusion插入时间层，把文生图模型改造成文生视频模型，分辨率最高到1280×2048；他们还用它生成了车载视角的驾驶场景视频。",
    ),
    (
        "benign",
        None,
        None,
        "Meta在2024年10月公布Movie Gen：其中300亿参数的视频模型能按文字生成最长16秒、每秒16帧的视频，另有一个130亿参数的音频模型负责配上音效和音乐。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【年度员工体检预约通知】今年体检套餐九十九元起，公司报销，扫码预约时间；体检前一晚十点后禁食禁水，抽血请空腹。有问题进体检答疑群咨询。",
    ),
    (
        "offtopic",
        None,
        None,
        "【保修卡】产品：变频挂式空调｜整机保修六年，压缩机保修十年｜扫描下方二维码下载品牌App，注册电子保修卡，报修进度在App里查；人为损坏不在保修范围内。",
    ),
    (
        "offtopic",
        None,
        None,
        "【市政务数据开放平台】公交实时到站、停车场空位等42类数据接口已向社会开放，企业和个人开发者注册后可免费申请API key，每日调用上限一万次。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
