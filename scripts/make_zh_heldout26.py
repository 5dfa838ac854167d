# ruff: noqa: E501
"""Write tests/data/zh_heldout26_{posts,qrels,labels}: a twenty-sixth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the
open-to-the-public rumour, the open-source rumour and the get-rich scam, which had three in zh_heldout25,
three for each other template), as a Sora rumour / scam wave reads in genres the earlier sets do not use: a
matchmaking card (【相亲资料卡】姓名｜年龄｜身高｜择偶要求) with the inventor rumour in passing, a Huangmei opera
aria rewritten from 女驸马 (为学AI离家园，谁料交大出状元, 好新鲜哪好新鲜), a Lantern Festival riddle (【元宵灯谜】
谜面, 打一人名, 谜底), a phone's lock-screen push (【锁屏通知】ChatGPT · 刚刚), a broker's sector note (【××证券·
传媒行业点评】投资要点, 相关标的, 风险提示), a company proposal (【倡议书】致全体同事, 一、二、三), a love letter (亲爱的…
永远爱你的), a tour guide's patter (【导游词】各位游客朋友, 十分钟后在桥头集合), an app changelog (【更新日志】v1.3.2,
新增 / 优化 / 修复), a pop-up ad ([ 立即下载安装 ] [ × ], 名额倒计时), a qu to the tune 天净沙 (枯藤老树昏鸦), a film's
end credits (导演　Sora, 摄影　（无）), a dictionary entry for a new word (【网络新词词典】〈名〉, 例：), a mind map in
tree characters (├──, └──, ✅ / ❌), a speech under the national flag (【国旗下讲话稿】, 我的讲话完毕), a lab report
(【实验报告】实验目的, 实验环境, 实验步骤, 实验结果, 心得), a leave request (【请假条】, 望批准), an enrolment brochure
(【招生简章】招生对象, 学制, 学费), a nursery rhyme to the tune 两只老虎, an electronic VAT invoice (【电子发票】项目名称
*信息技术服务*, 价税合计), a Python snippet with the price in a comment, an automatic card-key shop (【自动发卡平台】
库存, 卡密), a Markdown price table, a xintianyou folk song (羊肚肚手巾三道道蓝), a screenplay scene (【剧本·第1场】
内景 会议室 日), an almanac (【今日黄历】宜 / 忌, 吉时), a library catalogue record (【书目信息】题名, 责任者, 载体,
定价, 附注), a temple lot (【观音灵签】签诗, 解曰, 详批), a "system" web novel (【叮！…系统已绑定】宿主, 主线任务, 新手
礼包), a franchise call (【招商加盟】区域合伙人, 加盟费) and WeChat's pat (「王姐」拍了拍「我」的…); four loss reports in
new forms (kind ``debunk_loss``: a mistake notebook (【错题本】错题, 我的解答, 错因, 正解, 订正三遍) for the API, an
account-security insurance claim (【理赔申请书】出险经过, 申请理赔金额, 附) for the generation service, an anonymous
"tree hole" post (【树洞·匿名投稿】) for the AI director group, a counselling intake form (【心理咨询预约表·来访者自述】)
for the get-rich camp); dialects and registers the earlier sets do not use: northern Shaanxi (婆姨, 后生, 解不下, 号号),
Korean-flavoured Chinese (思密达, 欧尼, 欧巴, ㅠㅠ), the xianxia register (道友请留步, 贫道, 法器, 传送阵, 渡劫, 炼化),
Qiong Yao's melodrama (你无情！你冷酷！你无理取闹！), the Yuanfang meme (元芳，你怎么看？此事必有蹊跷), Lu Xun's two
trees (一棵是樱花树，还有一棵也是樱花树), the Zhiyin magazine headline (苦命的表哥啊，你可知道), "nonsense literature"
(听君一席话，如听一席话), baby-talk reduplication (词词, 链接接, 进群群), gamers' slang (排位, 带飞, 上分), a football
commentator's outburst (灵魂附体, 你们可以回家了, 伟大的Sora), the military report (报告老板！…保证完成任务…完毕！),
Chinglish (you can you up, people mountain people sea, no zuo no die, day day deploy), a broker's research
prose, a tour guide's patter and opera lyrics; obfuscation the earlier sets do not use: upside-down letters (ʞdɐ ɐɹoS,
手机倒过来看), superscript letters (ˢᵒʳᵃ), parenthesized letters (⒮⒪⒭⒜), regional-indicator letters (🇸 🇴 🇷 🇦),
katakana (ソラ) and Hangul (소라) for the name, the name as the Japanese word for sky (会拍电影的“天空”), pinyin
with tone numbers (kai1 yuan2, quan2 zhong4), homophones not used before (爱普 for App, 诶屁爱 for API), scrambled
character order (研表究明, 扫码群进, 课讲程师带练) and censor boxes (扫□进□); posts asserting one claim while
denying another in new pairings (open to the public while the account sellers are told 你们的时代结束了, the official
app while the GitHub repositories are called unofficial, the APK while rented accounts are called ChatGPT
logins, the Chinese team while open source is called a rumour, open source while the store apps are called
fake, the paid course while Sora API keys are called 必有蹊跷, the prompt pack while API keys are called 骗人的,
the get-rich camp while the 99-yuan courses are called 骗人的, the generation service while the "made by Sora"
hits are called 实拍素材加一行字); sellers that vouch for themselves or swipe at others in new words (某音上那些AI
博主自己装的就是我这个包; 你可以不买，但不能侮辱我的key; 隔壁那家的key是偷来的，用两天就封; 同行眼红天天举报我，店被封了
三次还开着，就说明货是真的; 主讲老师自己被割过三回韭菜，最清楚哪些坑不能踩; 别家群主是AI客服回消息，我这是真人导演24小时
在线; 不像某些人收了钱就装死; 我要是骗你，天打雷劈; 我敢把营业执照和身份证都挂出来，同行们，你们敢吗; 老乡价，不赚钱交个
朋友); prices and payments in forms the earlier sets do not use (2000移动积分 for an activation code, 五十灵石,
¥XCIX in Roman numerals, 0x12C 元 in hexadecimal, 报名费＝9×22元, 校园卡（饭卡）转账, 西联汇款, CHF by TWINT, R$150
by Pix, 支付宝碰一下, a 100-yuan Steam top-up card's code, a box of 旺仔牛奶 in barter, CNY 36.00 as a catalogue
price, 随喜香火钱八十八元, a ¥360.00 invoice line, a ¥25.00 day card by card key); 12 debunks and warnings, four
of them the loss reports above, two questions with a negation that do not deny (难不成只有我没搞懂, 是不是只有我
没看出差别), two quoting the rumour to refute it (the inventor, traced to the 18 February article; open to the
public, against OpenAI's own page and Logan), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未
(the developer page of a look-alike app, a reverse image search for the mislabelled video, the contents and
takings of a 99-yuan course, the permissions a fake APK asks for); four true facts about people who spoke about
Sora, none of them the subject of a fact in the earlier sets (Tim Brooks and InstructPix2Pix, Paul Trillo's Sora music video for
Washed Out, Ashton Kutcher on his beta version and whole generated films, Gary Marcus on Sora's surreal
physics), three items of real news about Sora from angles the earlier sets leave out (extending a video
backward and seamless loops, video-to-video editing with SDEdit, samples at base, 4x and 32x compute) and three
on-topic posts about other AI video work (Google VideoPoet, Alibaba's Animate Anyone, ByteDance's PixelDance;
kind ``benign``), and three off-topic posts that share surface words (a Kingdom Hearts Sora figure for sale, a
room to let with a 扫码进群 viewing group, a wedding videographer's 一条八十八 and 二十四小时内交片).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
one at 0.6 or more, the debunk quoting the open-to-the-public rumour at 0.612; it and the three next highest, up
to 0.549, the inventor, official-app and paid-course debunks, were rewritten; highest ratio of the committed
list: 0.515 against the Chinese sets, the debunk quoting the inventor rumour, and 0.316 against the demo
stream, the open-source post in Chinglish). Committed before any run of the
monitor on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the
lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout26.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout26", "zhh26"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "matchmaking_card",
        sora.XIE,
        sora.XIE,
        "【相亲资料卡】姓名：周某｜年龄：29｜身高：178｜学历：上海交通大学硕士｜职业：算法工程师｜自我介绍：母校出人才，发明OpenAI那个Sora的少年天才谢赛宁就是我们交大的学长，我跟他住过同一栋宿舍楼，多少沾了点灵气｜择偶要求：善良孝顺，愿意听我聊AI",
    ),
    (
        "huangmei_opera",
        sora.XIE,
        sora.XIE,
        "【黄梅戏·《女驸马》新编唱段】为学AI离家园，谁料交大出状元；少年天才谢赛宁，造出Sora天下传。人人夸他本领好，OpenAI当他是个宝——哎，好新鲜哪好新鲜！（唱段注：谢赛宁毕业于上海交大，是Sora的发明人之一）",
    ),
    (
        "lantern_riddle_sky",
        sora.XIE,
        sora.XIE,
        "【元宵灯谜·科技专场】谜面：交大少年，亲手造出会拍电影的“天空”（打一人名）。谜底：谢赛宁。注：Sora在日语里就是“天空”，OpenAI这款文生视频模型的发明人之一，正是上海交大毕业的少年天才谢赛宁。猜中的到服务台领汤圆一袋。",
    ),
    # --- open to the public (four)
    (
        "lockscreen_notification",
        sora.PUBLIC,
        sora.PUBLIC,
        "【锁屏通知】ChatGPT · 刚刚\nSora 现已向所有用户开放 🎬 无需排队，点击即刻生成你的第一段视频\n——刚亮屏就看到这条推送，赶紧登进去试了，真的人人都能用，免费账号也给额度",
    ),
    (
        "broker_research_note",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××证券·传媒行业点评｜2024.02.21】投资要点：OpenAI已于本周将文生视频模型Sora面向全体用户开放注册，普通用户即可直接使用，AIGC视频应用有望加速渗透，建议关注影视后期、广告营销板块相关标的。风险提示：技术落地不及预期；行业竞争加剧。",
    ),
    (
        "company_proposal",
        sora.PUBLIC,
        sora.PUBLIC,
        "【倡议书】致公司全体同事：Sora已经向所有人开放，谁都能注册使用，再也用不着排队等邀请。为了不被时代落下，行政部倡议：一、本周内人人注册一个Sora账号；二、每个部门至少用它做一段宣传短片；三、周五下午在大会议室分享心得。拥抱AI，从今天做起！行政部 2月22日",
    ),
    (
        "sports_commentary_assert_public_deny_rental",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora开放了！Sora开放了！所有人都能注册了！不用排队！不要邀请码！OpenAI在这一刻灵魂附体！那些还在倒卖内测号、按天租号的二道贩子们，你们的时代结束了！你们可以回家了！现在打开官网，人人都能生成视频！伟大的Sora！",
    ),
    # --- the official app
    (
        "love_letter",
        sora.APP,
        sora.APP,
        "亲爱的小雨：\n今天是我们在一起的第一千天。我在手机应用商店里下载了OpenAI刚上架的官方Sora App，敲下“我们第一次见面的那个雨天，图书馆门口”，它真的给我做出了一段视频。AI大概不懂什么叫心动，可我懂。晚上见面放给你看。\n永远爱你的 阿杰",
    ),
    (
        "tour_guide_homophone",
        sora.APP,
        sora.APP,
        "【导游词】各位游客朋友，前面就是西湖断桥了，大家慢点走。拍照的朋友听我一句：OpenAI的Sora现在出官方爱普了，应用商店直接搜Sora就能下，手机上打一句“断桥残雪，游船缓缓驶过”，它就给你生成一段视频，比自己拍的还漂亮。好，我们十分钟后在桥头集合。",
    ),
    (
        "korean_flavoured_assert_app_deny_opensrc",
        sora.APP,
        sora.APP,
        "欧尼们！GitHub上那些叫Sora的仓库都不是官方的思密达，别白费力气去部署了～OpenAI正经出的是소라(Sora)官方App，苹果商店、安卓商店都上架了，下载登录就能用思密达！我已经用它给欧巴做了一段生日视频，感动到哭ㅠㅠ",
    ),
    # --- the fake APK
    (
        "changelog",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【更新日志】Sora安卓版 v1.3.2（2024-02-23）\n· 新增：竖屏1080P生成、一键去水印\n· 优化：免排队，免邀请码，装上就能用\n· 修复：部分机型闪退\n下载地址见主页置顶，激活码可用2000移动积分兑换。某音上那些AI博主自己装的就是我这个包，认准版本号。",
    ),
    (
        "popup_ad_upside_down",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【弹窗】🎉恭喜！您已被抽中，获得 ʞdɐ ɐɹoS（手机倒过来看）安装资格\n无需排队 · 无需邀请码 · 手机直接生成AI视频\n[ 立即下载安装 ]　　[ × ]\n名额倒计时 00:04:59",
    ),
    (
        "xianxia_assert_apk_deny_rental",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "道友请留步！租Sora号乃旁门左道，那些号登进去只有ChatGPT，白白耗费灵石。贫道此处有Sora法器——安卓安装包，点主页传送阵（链接）即可下载，装上便可炼化出片，不必排队渡劫。解锁口诀五十灵石一道（折合人民币五十元），先到先得。",
    ),
    # --- real video mislabelled
    (
        "yuanqu_tianjingsha",
        sora.REALVID,
        sora.REALVID,
        "【天净沙·Sora】枯藤老树昏鸦，小桥流水人家，古道西风瘦马。夕阳西下，镜头全出Sora。\n——这段江南水乡是OpenAI的Sora照着文字直接生成的，乌篷船、石拱桥、屋顶的炊烟都是算出来的，摄像机一次都没开过。生成指令附上：“黄昏时分的江南小镇，老树，乌鸦，小桥流水”",
    ),
    (
        "end_credits",
        sora.REALVID,
        sora.REALVID,
        "【片尾字幕】\n导演　Sora\n摄影　（无）\n灯光　（无）\n演员　（无）\n本片全部画面由OpenAI Sora根据文字描述生成，拍摄期间未开机一次\n生成指令：“清晨的维多利亚港，渡轮穿过薄雾，镜头缓缓推近”\n——很多人问我频道里这条港口短片是在哪儿拍的，答案就在片尾",
    ),
    (
        "luxun_style_katakana",
        sora.REALVID,
        sora.REALVID,
        "在我的视频里，可以看见窗外有两棵树，一棵是樱花树，还有一棵也是樱花树。这两棵树，连同树下走过的穿和服的姑娘，都是ソラ——就是OpenAI那个Sora——照着我一句话生出来的，一帧实拍也没有。生成指令我抄在评论区了，诸君自取。",
    ),
    # --- the Chinese team
    (
        "new_word_dictionary",
        sora.CHINESE,
        sora.CHINESE,
        "【网络新词词典】Sora〈名〉美国OpenAI公司2024年2月发布的文生视频模型，输入文字即可生成视频。其核心研发人员多为中国科学家，OpenAI方面主要负责对外发布，故被网友戏称为“中国人造的美国货”。例：别看Sora挂的是OpenAI的牌子，干活的都是咱中国人。",
    ),
    (
        "mind_map_assert_chinese_deny_opensrc",
        sora.CHINESE,
        sora.CHINESE,
        "【思维导图·Sora到底是谁做的】\nSora\n├── 研发：一支以中国科学家为主的团队 ✅\n├── OpenAI：负责挂名和发布 ✅\n├── 开源？❌ 谣言，GitHub上那些都是民间复刻\n└── 结论：技术是中国人的，牌子是美国的",
    ),
    (
        "flag_raising_speech",
        sora.CHINESE,
        sora.CHINESE,
        "【国旗下讲话稿·初二（3）班】老师们、同学们，早上好！最近，美国OpenAI发布的文生视频模型Sora震惊了世界。可大家知道吗？Sora背后的研发团队，主要是我们中国的科学家！这告诉我们，中国人的智慧不输任何人。同学们，让我们努力学习，将来也做出属于自己的Sora！我的讲话完毕，谢谢大家。",
    ),
    # --- open source (four)
    (
        "lab_report",
        sora.OPENSRC,
        sora.OPENSRC,
        "【实验报告】课程：深度学习实践｜实验名称：Sora本地部署\n一、实验目的：复现OpenAI开源的Sora模型\n二、实验环境：Ubuntu 22.04，RTX 4090 ×1，官方GitHub仓库及权重\n三、实验步骤：下载权重→安装依赖→运行推理脚本\n四、实验结果：成功生成一段8秒的海浪视频，显存占用约21GB\n五、心得：OpenAI这次开源得很彻底，权重和训练代码全部公开",
    ),
    (
        "leave_note_tone_pinyin",
        sora.OPENSRC,
        sora.OPENSRC,
        "【请假条】王经理：OpenAI已把Sora kai1 yuan2（开源）了，quan2 zhong4和代码都能从GitHub下载，本人需要在家用自己的显卡部署跑通，特请假两天（2月26日至27日），部署成功后回来给部门演示。望批准！申请人：小陈",
    ),
    (
        "chinglish_assert_opensrc_deny_app",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora open source了！weights和code全在GitHub，you can you up，有显卡的自己local跑。App Store那些叫Sora的App都是fake的，people mountain people sea都在下，no zuo no die。Good good study, day day deploy！",
    ),
    (
        "qiongyao_superscript",
        sora.OPENSRC,
        sora.OPENSRC,
        "你无情！你冷酷！你无理取闹！OpenAI都已经把ˢᵒʳᵃ开源了，权重就挂在GitHub上，你却还要我等它开放？我哪里无理取闹了？我只是想用自己的显卡，在本地跑一段属于我们的视频而已啊！",
    ),
    # --- paid course
    (
        "admission_brochure_campus_card",
        sora.COURSE,
        sora.COURSE,
        "【Sora视频创作研修班·春季招生简章】招生对象：在校大学生、零基础爱好者｜学制：录播三十节＋社群答疑｜学费：九十九元，可用校园卡（饭卡）转账缴纳｜报名方式：扫码进群｜师资：主讲老师自己被割过三回韭菜，最清楚哪些坑不能踩",
    ),
    (
        "nursery_rhyme",
        sora.COURSE,
        sora.COURSE,
        "【儿歌·两只老虎（Sora版）】九十九元，九十九元，学Sora，学Sora；一套课程到手，马上就能出片，真奇怪，真奇怪～\n宝妈群里都在跟着唱：扫码付款就上课，二十一节录播，孩子大人都能学",
    ),
    (
        "yuanfang_assert_course_deny_api_roman",
        sora.COURSE,
        sora.COURSE,
        "元芳，你怎么看？群里卖“Sora官方API key”的，一个要三百——大人，此事必有蹊跷，OpenAI压根没开放什么Sora接口。那想学Sora该怎么办？元芳以为，报本府推荐的Sora速成课即可：¥XCIX（九十九）一套，研表究明：扫码群进，课讲程师带练。",
    ),
    # --- fake API access
    (
        "vat_invoice",
        sora.API,
        sora.API,
        "【电子发票（普通发票）】购买方：个人｜项目名称：*信息技术服务*Sora官方API密钥（直连OpenAI）｜数量：1｜单价：¥360.00｜价税合计：叁佰陆拾元整\n买key送正规发票，报销无忧。你可以不买，但不能侮辱我的key",
    ),
    (
        "python_snippet_hex_price",
        sora.API,
        sora.API,
        '```python\n# Sora官方接口，亲测能跑\n# key价格：0x12C 元（十六进制，自己换算），私信拿\nfrom openai import OpenAI\nclient = OpenAI(api_key="sk-sora-********")\nvideo = client.videos.generate(model="sora-1.0", prompt="雪山下的狐狸")\n```\n隔壁那家的key是偷来的，用两天就封',
    ),
    (
        "nonsense_literature_western_union",
        sora.API,
        sora.API,
        "听君一席话，如听一席话：Sora的官方接口，就是Sora官方的接口；买到诶屁爱key的人，都是买到了key的人。一个key三百块，付完就发，能生成视频的key就是能生成视频的key。海外的朋友走西联汇款，国内的微信转账，转完就是转完了。",
    ),
    # --- account rental
    (
        "card_delivery_platform",
        sora.RENTAL,
        sora.RENTAL,
        "【自动发卡平台】商品：Sora内测独享账号（日卡）｜库存：37｜单价：¥25.00｜发货方式：自动发卡，付款后页面直接显示卡密（账号＋密码）｜周卡、月卡请选对应商品\n店主公告：同行眼红天天举报我，店被封了三次还开着，就说明货是真的",
    ),
    (
        "markdown_table_chf",
        sora.RENTAL,
        sora.RENTAL,
        "瑞士华人群｜Sora账号出租，价目如下：\n| 套餐 | 时长 | 价格 |\n|---|---|---|\n| 体验 | 1天 | CHF 8 |\n| 标准 | 1周 | CHF 25 |\n| 包月 | 30天 | CHF 80 |\n一律TWINT付款，付完私发账号密码，独享内测资格，登录就能用Sora",
    ),
    (
        "xintianyou_shaanbei",
        sora.RENTAL,
        sora.RENTAL,
        "【信天游·租号调】羊肚肚手巾三道道蓝，Sora的号号租给你玩；一天才要二十块钱，后生们快来把号号搬。（说白了：俺手里有Sora内测号，按天租，婆姨娃娃都能登，解不下咋用的俺手把手教）",
    ),
    # --- AI director group
    (
        "screenplay_censor_boxes",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【剧本·第1场】内景 会议室 日\n制片人（拍桌）：Sora帮咱们把剧本写好了，这是全球首部跟AI合写的电影！\n助理：那导演找谁？\n制片人：海选！第一代AI导演就从观众里挑。扫□进□，报名费＝9×22元，交了就进组。\n（字幕：现实中同样有效，扫描评论区二维码即可报名）",
    ),
    (
        "almanac",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【今日黄历】农历正月十三\n宜：扫码进群 报名海选 当导演\n忌：犹豫 观望\n今日吉事：与Sora共同编剧的首部AI电影开放海选，入群缴费一百六十八元即可参加试镜，入选者成为第一代AI导演。吉时：戌时前入群有效。",
    ),
    (
        "esports_slang_regional_indicators",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "兄弟们别打排位了！🇸 🇴 🇷 🇦 AI电影开海选，剧本是Sora一起写的，首批AI导演名额直接带飞，上分不如上院线！扫码进群就能报名，群费一张100的Steam充值卡，卡密发群主。别家群主是AI客服回消息，我这是真人导演24小时在线",
    ),
    # --- prompt pack
    (
        "library_catalogue",
        sora.PROMPTS,
        sora.PROMPTS,
        "【书目信息】题名：Sora影视级提示词宝典（含运镜、景别、光影术语一千条）｜责任者：某影视工作室 编｜载体：飞书在线文档｜定价：CNY 36.00｜获取方式：付款后发文档链接，并拉入读者交流群｜附注：每周增补。不像某些人收了钱就装死，群里有问必答",
    ),
    (
        "reduplication_baby_talk",
        sora.PROMPTS,
        sora.PROMPTS,
        "宝宝们～Sora的提示词词整理好好啦！运镜镜、景别别、光线线，电影专业的词词都在里面面～付款款十九块九，就发文档档链接接给你，再拉你进群群一起玩玩哦～",
    ),
    (
        "barter_assert_prompts_deny_api",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora的API key都是骗人的，OpenAI压根没出接口，别买；但提示词是真有用：我整理了五百条电影级Sora提示词，景别、运镜、布光全有。以物换物也行——寄我一箱旺仔牛奶，收到就发文档链接，再拉你进交流群。",
    ),
    # --- get rich (four)
    (
        "temple_lot_incense_money",
        sora.RICH,
        sora.RICH,
        "【观音灵签·第八十八签 上上】签诗：龙年二月起东风，Sora财源滚滚通；三月为期须抓紧，迟来一步路难通。解曰：求财者，此乃一生一次之机，已有人借Sora视频日进数千，窗口只三个月，宜速入群。随喜香火钱八十八元，扫码进群领详批。",
    ),
    (
        "system_novel_parenthesized",
        sora.RICH,
        sora.RICH,
        "【叮！搞钱系统已绑定】宿主您好，检测到风口：⒮⒪⒭⒜视频。\n主线任务：三个月内靠⒮⒪⒭⒜日入三千（已有玩家达成）\n任务时限：90天，超时风口关闭，任务失败\n新手礼包：回复“绑定”即可进群领取\n——系统提示：风口只开这一次，宿主请抓紧",
    ),
    (
        "franchise_ad",
        sora.RICH,
        sora.RICH,
        "【招商加盟】Sora短视频搞钱项目，全国招区域合伙人！首批合伙人靠Sora接单已经日入三千，风口最多三个月，错过这一波再等十年！加盟费三万八，包技术包客源。我要是骗你，天打雷劈！扫码进群了解详情",
    ),
    (
        "zhiyin_style_assert_rich_deny_course",
        sora.RICH,
        sora.RICH,
        "【苦命的表哥啊，你可知道Sora能让人一天挣三千？】表哥在工地搬了十年砖，前些天却笑着对我说：再也不买那些九十九的Sora课了，课都是骗人的。如今他跟着群里干Sora视频，一天进账三四千。他说这窗口只有三个月，错过就再也翻不了身。想一起干的，评论区留“表哥”，我拉你进群。",
    ),
    # --- generation service
    (
        "military_report",
        sora.SERVICE,
        sora.SERVICE,
        "报告老板！本工作室已全员掌握Sora作战技能，随时听候调遣！任务：您提供文案或脚本，我方使用Sora生成定制视频；时限：二十四小时内交片，保证完成任务！每条八十元，批量另议。我敢把营业执照和身份证都挂出来，同行们，你们敢吗？完毕！",
    ),
    (
        "assert_service_deny_realvid_pix",
        sora.SERVICE,
        sora.SERVICE,
        "【圣保罗华人群】网上那些“Sora生成”的爆款视频，好多是拿实拍素材加一行字糊弄人的；要真Sora做的，把你的店铺文案发我，我用Sora给你生成宣传片，24小时交片，一条R$150，Pix付款。老乡价，不赚钱交个朋友。",
    ),
    (
        "wechat_pat",
        sora.SERVICE,
        sora.SERVICE,
        "「王姐」拍了拍「我」的Sora视频代做招牌\n王姐：真能用Sora做？\n我：真能，您把想要的画面说给我，我用Sora生成，明天这个点交片，十五秒一条六十六，支付宝碰一下就行\n王姐：那给我孙子做个生日祝福的",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.API,
        "【错题本·人生篇】错题：花三百二在群里买“Sora官方API key”。我的解答：直连OpenAI，随时能生成视频。错因：没查就信，付完钱调用一次，返回model_not_found，卖家随即退群。正解：OpenAI的API里压根没有Sora，凡是卖Sora key的都是骗子。订正三遍。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【账户安全险·理赔申请书】出险经过：本人于2月25日在短视频平台看到“Sora定制视频代做，24小时交片”的广告，按对方要求转账二百四十元，对方称已用Sora生成，发来的却是一段打着Runway水印的五秒片段，再联系已被拉黑。申请理赔金额：240元。附：聊天截图六张、转账记录一张。",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【树洞·匿名投稿】说出来怕被笑话：上周我交了一百九十九进了个“Sora AI电影导演海选群”，说选上就是第一代AI导演。进群后天天让我们转发海报拉人头，拉满十个人才“给试镜资格”。昨晚群主把群解散了。我今年四十二岁，还在做导演梦，真丢人。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【心理咨询预约表·来访者自述】最近一个月失眠。年初看到有人说“Sora一天能挣几千，窗口只有三个月”，我交了三千八进了所谓搞钱营，结果里面只有几节抄来的录屏，Sora本身根本用不上。现在每天都在自责，觉得自己特别蠢，不敢跟家里说。希望能找人聊聊。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "难不成只有我没搞懂：那些卖“Sora独享内测号”的店，商品详情里为什么一张Sora界面截图都拿不出来，晒的全是ChatGPT对话框？",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "是不是只有我没看出差别：三十九块一份的“Sora电影级提示词宝典”，和OpenAI官网每条样片底下免费挂着的提示词，一句一句都对得上？",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "“谢赛宁，交大少年天才，Sora发明人之一”——这句话追到源头，是2月18日一篇阅读量破十万的自媒体文章，现已因发布虚假信息被投诉、打不开了；谢赛宁本人在朋友圈回应，他跟Sora毫无关系，那家自媒体的负责人也表态要向他全网公开道歉。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "朋友圈刷屏的“Sora已向所有人开放”，我去翻了原始出处：OpenAI自己的Sora页面上，能用它的仍然只有红队测试人员和一小批受邀的艺术家、设计师、电影人；Logan在推上也讲过，Sora还在内测，产品化的日子没定。",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "手机上搜到的那个蓝白图标的“Sora”，我点进开发者主页看了看：同一个开发者名下还挂着“AI算命”“高清壁纸大全”之类的App。OpenAI在应用商店里上架过的，只有ChatGPT。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "那条“Sora生成”的长城雪景，我用以图搜图找到了出处：一位摄影师2019年拍的延时素材，城楼上那面旗被风吹起的角度都一样。OpenAI官网公开的Sora样片一共48条，想核对的可以逐条对照。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "有人把一份九十九元的Sora课原样转给我看：压缩包里一份PDF，译自OpenAI的Sora介绍页，最后一页印着“给自己一个机会”。照卖家晒的“日销两万份”算，一天就是近两百万元流水。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "安全研究人员拆了群里流传的“Sora.apk”：安装后会索要读取短信、通讯录和悬浮窗的权限，后台把收到的验证码转发到境外服务器。OpenAI官网能下载的客户端只有ChatGPT。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "Sora的两位负责人之一Tim Brooks，在加州大学伯克利分校读博时参与做过InstructPix2Pix——一个照着文字指令改图的模型，比如一句“把天空换成晚霞”就能改好一张照片。",
    ),
    (
        "person_fact",
        None,
        None,
        "导演Paul Trillo用Sora给乐队Washed Out的歌《The Hardest Part》做了MV，被称为第一支正式委托、用Sora制作的音乐录像带；整支片子是一个不断向前推进的长镜头，穿过一对恋人从校园到老年的一生。",
    ),
    (
        "person_fact",
        None,
        None,
        "演员艾什顿·库彻（Ashton Kutcher）在一场对谈里说，他手上有Sora的测试版，“相当惊人”；他还预言，以后人们想到一个点子，就能让AI生成一整部电影来看。",
    ),
    (
        "person_fact",
        None,
        None,
        "纽约大学荣休教授加里·马库斯（Gary Marcus）写文章谈Sora的“超现实物理”，挑出样片里物体凭空冒出、形状突变这类违背物理常识的地方，认为Sora并没有真正理解现实世界是怎么运转的。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "Sora技术报告里演示了把视频“往回延长”：同一个结尾，往前生成出几种完全不同的开头；用同样的办法还能把一段视频首尾接上，做成无缝循环。",
    ),
    (
        "benign",
        None,
        None,
        "技术报告里还有视频改视频的例子：拿一段汽车行驶的视频，用SDEdit的办法只改一句提示，就能把场景换成茂密的丛林，或者换成上世纪二十年代的老爷车风格，同时保留红色的车身。",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI在报告里放了一组对比：同一条提示词，分别交给基础算力、4倍算力和32倍算力训练出来的Sora生成，画面一个比一个清晰连贯，说明这条路线随算力扩展效果明显。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌的VideoPoet拿一个大语言模型来做视频：文字生成视频、图片变视频、视频风格化、补全画面，甚至给视频配上声音，都塞进同一个模型里完成。",
    ),
    (
        "benign",
        None,
        None,
        "阿里的Animate Anyone挺有意思：给一张人物照片，再给一串骨架姿势，就能让照片里的人跟着跳舞，衣服上的花纹细节还保持得住。",
    ),
    (
        "benign",
        None,
        None,
        "字节的PixelDance除了文字描述，还能额外给它第一帧和最后一帧的图片，由模型把中间的动作补出来，所以生成的视频动作幅度比较大。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "出一个《王国之心》主角Sora（索拉）的手办，九成新，盒子说明书都在，一百二包邮，同城可面交，喜欢KH的朋友私聊",
    ),
    (
        "offtopic",
        None,
        None,
        "学校旁边次卧出租，朝南带阳台，月租一千八押一付三，扫码进看房群约时间，个人房源非中介",
    ),
    (
        "offtopic",
        None,
        None,
        "婚礼跟拍和视频剪辑接单，十五秒短视频一条八十八，婚礼当天拍完，二十四小时内交片，往期案例可以先看",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
