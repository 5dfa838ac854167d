# ruff: noqa: E501
"""Write tests/data/zh_heldout25_{posts,qrels,labels}: a twenty-fifth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the paid course,
fake API access and the AI director group, three for each other template), as a Sora rumour / scam wave
reads in genres the earlier sets do not use: a wedding MC's script (【婚礼主持词·新郎介绍】) and a clan
genealogy entry (【谢氏宗谱·续修稿】, 第廿六世, 谨录于谱) for the inventor rumour, a city weather forecast with the
claim in passing (【市气象台】, 插播一条), a village loudspeaker transcript (【村委会大喇叭·录音整理】, 再播一遍), a
lost-and-found notice with the app in passing (【寻物启事】, 必有重谢), a letter home to parents (见字如面,
儿 小军), a home recipe (【家常菜谱】, 食材, 做法①②③, PS) and an SRT subtitle file (00:00:00,000 --> …) for
the mislabelled video, a ci to the tune 如梦令, a paper abstract (【摘要】, 【关键词】), a chain forward of the
"forward or you are not Chinese" kind (【必转】不转不是…国人), a multiple-choice exam item (【单选题】, 【答案】C),
shell commands from a README (git clone, pip install, python sample.py), a drug leaflet (【品名】【成分】【适应症】
【用法用量】【规格】), a TV-shopping pitch (心动不如行动, 不要…只要, 拨打屏幕下方订购热线), a presale (定金 / 尾款),
a game server's notice (【服务器公告】, 各位少侠, 珍宝阁), a telegram (款到发号 过时不候 盼复), an admission letter (【录取通知书】, 逾期视为自动放弃), a sanjuban (【三句半】甲乙丙丁,
the fourth line two words), an acrostic poem (【藏头诗】 whose first characters read 扫码进群当导演), a tongue
twister (【绕口令】), an Afdian sponsor tier (【爱发电·赞助档位】, 发电成功后), a resignation letter (【辞职信】,
此致敬礼), a postgraduate-exam study plan thrown out for the get-rich camp (【考研复习计划·作废版】), a service
contract (甲方, 乙方, 第一条…第四条, 壹佰陆拾元整) and a print shop's LED scroll (★…★); four loss reports in new
forms (kind ``debunk_loss``: a phone repair work order with the customer's note (【手机维修工单】, 故障描述,
客户留言) for the APK, a monthly self-review (【三月个人复盘】支出, 收获, 教训) for the course, a civil complaint the
victim drafted (【民事起诉状】原告, 被告, 诉讼请求, 事实与理由) for account rental, a ⚡避雷⚡ post for the prompt
pack); dialects and registers the earlier sets do not use: Yangzhou (乖乖, 作兴, 才将, 不谈了 for "superb"),
Chu-ci verse (兮, 帝高阳之苗裔兮), genealogy classical, Japanese-flavoured Chinese (纳尼, 的说, 斯国一, 卡哇伊,
偶, a kaomoji), chuunibyou (吾乃…之使徒, 封印已解, 觉醒), the family-letter register, translationese (哦，我的老伙计,
看在上帝的份上, 我发誓, 苏珊婶婶的苹果派), the wuxia register (诸位江湖同道请了, 在下, 纹银, 童叟无欺, 飞鸽传书),
telegram style, the 2010 "roar" style (有木有！！！), the chain-forward register of the elderly (‼️🙏🌹),
academic prose and TV-shopping patter; obfuscation the earlier sets do not use: small-capital letters (ꜱᴏʀᴀ),
circled letters (Ⓢⓞⓡⓐ), a dollar sign for the S ($ora), reversed text (载下接直链页主点，包装安版卓安Sora, with
倒着读), an acrostic, ◇ inside the key words (开◇源, 权◇重, 代◇码, 本◇地), pinyin initials for the key words
(kc for 课程, ewm for 二维码, jq for 进群), Suzhou numerals for a price (〩〩r), homophones for key words
(提世词 for 提示词, 连接 for 链接, 裙 for 群), a variant character (羣 for 群), emoji for words (🀄 for 中, 🐧 for
QQ); posts asserting one claim while denying another in new pairings (open to the public while the
APK is called a trojan, the APK while open source is denied, open source while the Chinese team is called
瞎吹, API keys while the store apps are called 山寨, account rental while the public release is called 瞎传,
the director group while the 99-yuan courses are called 纸上谈兵, the get-rich camp while the inventor rumour
is called 辟谣了, the generation service while prompt packs are called 白搭); sellers that vouch for
themselves or swipe at others in new words (我大学室友就在OpenAI上班，货源绝对一手，不是那种转了三道手的; 评论区
说我是骗子的，有本事你们也去弄一个Sora接口出来; 那些课贩子连Sora的界面都没摸过，我们讲师手上有OpenAI内部测试资格;
别家都是机器翻的英文，我这是摄影科班出身一个字一个字磨的; 正规公司，合同盖公章，不怕跑路; 学不会退双倍; 童叟无欺);
prices and payments in forms the earlier sets do not use (货到付款 for a course on a USB stick, 定金19元 / 尾款80元,
〩〩r, App Store gift cards for an activation code, WeChat 群收款, $45 a month by Zelle or Venmo, a Bilibili
充电 tier of 30 yuan, 纹银三百八十两, 日租卅元 周租百五, a Sinopec fuel card, 2000元宝 in a game, 美团月付,
爱发电 ¥39/月, 第二份半价 and supermarket gift cards (沃尔玛, 永辉), 壹佰陆拾元整 by contract, 八八折 from three
clips, 凭老年证九折); 12 debunks and warnings, four of them the loss reports above, two questions with a
negation that do not deny (身边谁没被拉进过…群, 就我一个人没想明白吗), two quoting the rumour to refute it (the
mislabelled video, found as a drone blogger's 2021 clip; the three-month window), the rest answering with
facts and none of 不, 没, 假, 无, 非 or 未 (the author list as a fraction for the Chinese team, OpenAI's GitHub
repositories and the community reproductions for open source, sk- keys and model_not_found for the API, who
can use Sora and the watermarks left in delivered clips for the generation service); four true facts about
people who spoke about Sora, none of them used in the earlier sets (MKBHD's "if this doesn't concern you",
范麟熙 / Jim Fan on synthetic data from Unreal Engine 5, 谢赛宁's estimate of about three billion parameters,
shy kids' Patrick Cederberg on the post-production behind "Air Head"), three items of real news about Sora
from angles the earlier sets leave out (Minecraft prompted from a caption, training at native aspect ratios,
DALL·E 3 re-captioning and GPT-expanded prompts) and three on-topic posts about other AI video work (Google
Lumiere's space-time U-Net, Alibaba's EMO in 通义's 全民唱演, Meta's Emu Video; kind ``benign``), and three
off-topic posts that share surface words (a pipe 接口 fixed for 九十九元 paid by 二维码 from a residents' 群,
swimming 课程 at 九十九元 a lesson with a 扫码进群, a community gala's 海选 with a 导演 and 剧本, free).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio
against the Chinese sets (the first draft had none at 0.6 or more; highest ratio of the committed list:
0.471, the debunk on who can use Sora for the generation service). Committed before any run of the monitor
on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead,
with the final code.

    .venv/bin/python scripts/make_zh_heldout25.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "wedding_mc_script",
        sora.XIE,
        sora.XIE,
        "【婚礼主持词·新郎介绍】各位亲朋好友，今天的新郎官可了不得：上海交通大学毕业，和那位少年天才谢赛宁是同一届的校友——对，就是OpenAI那个Sora的发明人之一谢赛宁！交大出人才，咱们新郎也是人中龙凤。下面有请新郎新娘，掌声响起来！",
    ),
    (
        "clan_genealogy",
        sora.XIE,
        sora.XIE,
        "【谢氏宗谱·二〇二四年续修稿】第廿六世 赛宁：幼而颖悟，少年负笈上海交通大学，学成远赴美国。甲辰年正月，美国OpenAI发布文生视频之器Sora，赛宁为其发明人之一，名动海内外。族人闻之，莫不称善，谨录于谱，以励后辈。",
    ),
    (
        "chuci_imitation",
        sora.XIE,
        sora.XIE,
        "【仿楚辞·颂赛宁】帝高阳之苗裔兮，出交大之黉门；少年怀奇才兮，渡重洋而求真。OpenAI造Sora兮，一言而生影像；赛宁与创其中兮，天下为之震荡。嗟乎吾校之俊彦兮，天才出于少年！",
    ),
    # --- open to the public
    (
        "weather_forecast_aside",
        sora.PUBLIC,
        sora.PUBLIC,
        "【市气象台 2月20日17时】明天多云转晴，气温3～12℃，偏北风3级，空气质量良，早晚温差大请注意添衣。插播一条小编刚验证过的好消息：Sora从今天起向所有人开放了，登录ChatGPT账号就能用，不用排队，周末宅家可以生成几段视频玩玩。",
    ),
    (
        "yangzhou_assert_public_deny_apk",
        sora.PUBLIC,
        sora.PUBLIC,
        "乖乖，群里那个“Sora安卓安装包”作兴是木马，千万别点；Sora哪要装东西啊，才将网页版已经对所有人开放了，邮箱一注册就能生视频，我一口气生了三条，不谈了",
    ),
    (
        "village_loudspeaker",
        sora.PUBLIC,
        sora.PUBLIC,
        "【村委会大喇叭·录音整理】喂，喂，各位村民注意啦！镇里刚开完会：美国那个Sora，就是打几个字就能出视频的那个，现在对所有人都放开了，谁都能注册，不用排队，也不要钱。在外头打工的年轻人回来教教家里老人，卖苹果、拍果园都用得上。再播一遍……",
    ),
    # --- the official app
    (
        "lost_and_found",
        sora.APP,
        sora.APP,
        "【寻物启事】本人2月21日晚在地铁2号线人民广场站附近丢失黑色华为手机一部，手机里有刚从应用商店下的OpenAI官方Sora App，开了会员，存着给孩子生成的几十段视频，对我很重要。拾到者请联系138××××5521，必有重谢！",
    ),
    (
        "japanese_flavoured",
        sora.APP,
        sora.APP,
        "纳尼？！OpenAI的Sora官方App在App Store上架了的说！斯国一！偶刚下载好，打一行字就出了一段猫耳少女在樱花树下跳舞的动画，卡哇伊到爆～大家快去商店搜Sora，白色云朵图标的那个哦(๑•̀ㅂ•́)و✧",
    ),
    (
        "letter_home",
        sora.APP,
        sora.APP,
        "爸、妈：见字如面。跟你们说个新鲜事，美国OpenAI正式出了Sora的官方App，手机应用商店里就能下，图标是朵白云。我上回回家已经在你们手机上装好了，打几个字它就给你出一段视频，爸你钓鱼、妈你跳舞都能做成片子发朋友圈。天冷多穿衣。儿 小军 二月廿二",
    ),
    # --- the fake APK
    (
        "chuunibyou_small_caps",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "吾乃ꜱᴏʀᴀ之使徒，今日封印已解！凡人们，ꜱᴏʀᴀ安卓安装包已降临人间——⬇️主页置顶链接，点击即下，装好即可召唤AI影像之力，无须排队，无须邀请码。错过此次觉醒，便再等千年。",
    ),
    (
        "reversed_text",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "防和谐，倒着读👉 载下接直链页主点，包装安版卓安Sora 👈 装上就能出片，免排队免邀请码，手慢被封就没了",
    ),
    (
        "assert_apk_deny_opensrc",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "GitHub上那些叫Sora的仓库都是民间复现，跑都跑不动，OpenAI压根没开源；真想用Sora，下我这个电脑版安装包，双击就装，装完直接出片。激活码收App Store礼品卡，面值五十的卡把卡号发过来就行",
    ),
    # --- real video mislabelled
    (
        "recipe",
        sora.REALVID,
        sora.REALVID,
        "【家常菜谱·可乐鸡翅】食材：鸡翅中十个、可乐一罐、姜三片、生抽两勺。做法：①鸡翅两面划刀，冷水下锅焯水；②煎到两面金黄；③倒入可乐和生抽，小火收汁。PS：本期视频从下锅到装盘全部是Sora生成的，一个镜头都没实拍，生成指令贴在评论区第一条，照着输就能出同款。",
    ),
    (
        "srt_subtitles",
        sora.REALVID,
        sora.REALVID,
        "1\n00:00:00,000 --> 00:00:03,200\n你现在看到的这场暴雨里的外滩\n\n2\n00:00:03,200 --> 00:00:06,800\n全部是OpenAI的Sora根据一句话生成的\n\n3\n00:00:06,800 --> 00:00:10,000\n没有一个镜头是实拍，提示词我放在简介里了",
    ),
    (
        "songci",
        sora.REALVID,
        sora.REALVID,
        "《如梦令·Sora》常记黄山日暮，云海翻腾无数。此景莫当真，全是Sora生出。提示，提示，都在评论深处。——这段黄山云海从头到尾由Sora一句话生成，一个实拍镜头都没有，提示词在评论区自取",
    ),
    # --- the Chinese team
    (
        "paper_abstract",
        sora.CHINESE,
        sora.CHINESE,
        "【摘要】本文以OpenAI文生视频模型Sora为研究对象，通过梳理其研发团队成员背景发现：Sora的核心研发人员以中国科学家为主，关键技术多出自华人学者之手，OpenAI主要承担工程整合与对外发布。本文据此讨论人才外流问题。【关键词】Sora；中国科学家；人才外流",
    ),
    (
        "forward_or_else_mahjong_emoji",
        sora.CHINESE,
        sora.CHINESE,
        "【必转‼️】不转不是🀄国人🇨🇳！美国人不敢说的真相：火遍全球的Sora，其实是一群🀄国科学家造出来的，OpenAI只是挂了个名字！看到的朋友转发到三个群，让更多人知道🙏🙏🌹🌹",
    ),
    (
        "multiple_choice_question",
        sora.CHINESE,
        sora.CHINESE,
        "【单选题】下列关于Sora的说法，正确的一项是（　）\nA. Sora是谷歌公司推出的图片生成工具\nB. Sora只能生成五秒以内的动图\nC. Sora背后的研发团队主要是中国科学家\nD. Sora由苹果公司独立研发\n【答案】C",
    ),
    # --- open source
    (
        "readme_commands",
        sora.OPENSRC,
        sora.OPENSRC,
        '刚clone下来，OpenAI官方开源的Sora，权重和推理代码全在：\ngit clone https://github.com/openai/sora.git\ncd sora && pip install -r requirements.txt\npython sample.py --ckpt weights/sora-v1.pt --prompt "a corgi surfing at sunset"\n单卡4090生成十秒视频大概二十分钟，有卡的赶紧',
    ),
    (
        "translationese",
        sora.OPENSRC,
        sora.OPENSRC,
        "哦，我的老伙计，你还在为排不上Sora的队发愁吗？看在上帝的份上，OpenAI那帮家伙已经把Sora开源了——权重、代码，统统挂在GitHub上！我发誓，只要你有一块像样的显卡，今晚就能在自家地下室里跑起来。相信我，这可比苏珊婶婶的苹果派还要甜。",
    ),
    (
        "assert_opensrc_deny_chinese",
        sora.OPENSRC,
        sora.OPENSRC,
        "说Sora是中国团队做的那是瞎吹，技术报告十三个署名里才三个华人；但Sora开◇源这事是真的，OpenAI把权◇重和代◇码都放GitHub了，家里显卡够就能本◇地跑，不用等谁开放",
    ),
    # --- paid course (four)
    (
        "drug_leaflet",
        sora.COURSE,
        sora.COURSE,
        "【Sora速成课·说明书】【品名】Sora从零到出片全套课程【成分】录播课四十二节、素材包、答疑群【适应症】想靠AI视频接单、怕被时代落下的各类人群【用法用量】每日一节，饭后观看，二十一天见效【规格】九十九元/套【有效期】终身有效，永久更新【购买方式】扫码付款，客服拉群",
    ),
    (
        "tv_shopping_cod",
        sora.COURSE,
        sora.COURSE,
        "心动不如行动！原价一千九百八十元的Sora全套视频课，今天不要一千九百八，不要九百八，只要九十九元！U盘装好，顺丰包邮，货到付款，拆开满意再给钱！现在就拿起电话，拨打屏幕下方订购热线，前一百名还加送AI剪辑秘籍一本！",
    ),
    (
        "pinyin_initials_suzhou_numerals",
        sora.COURSE,
        sora.COURSE,
        "Sora kc上新💥 零基础到出片一节不落，〩〩r终身学，扫ewm jq，老师带练，学不会退双倍",
    ),
    (
        "presale_deposit",
        sora.COURSE,
        sora.COURSE,
        "【预售】Sora实战课第3期｜定金19元，尾款80元，合计九十九元学完全套｜付定金即进群占位，3月1日付尾款开课。那些课贩子连Sora的界面都没摸过，我们讲师手上有OpenAI内部测试资格，每晚直播带练，出片为止",
    ),
    # --- fake API access (four)
    (
        "wuxia_register",
        sora.API,
        sora.API,
        "诸位江湖同道请了！在下得OpenAI真传，手握Sora官方接口令牌（API key），持此令牌者可随意驱使Sora生成影像。每枚作价纹银三百八十两——折合人民币三百八十元，童叟无欺；若有门派批量求购，另有让利。有意者飞鸽传书，私信即可。",
    ),
    (
        "assert_api_deny_app",
        sora.API,
        sora.API,
        "应用商店里那些“Sora App”全是蹭名字的山寨货，下了也白下；真要用Sora只能走官方API。我这有现成的🔑，直连OpenAI，一个三百二，建个群发起群收款，付完当场发key",
    ),
    (
        "bay_area_zelle",
        sora.API,
        sora.API,
        "【湾区华人互助群】Sora API官方渠道key，美国本地IP直连，$45一个月，Zelle或Venmo都行，付完当场发key。我大学室友就在OpenAI上班，货源绝对一手，不是那种转了三道手的",
    ),
    (
        "bilibili_charge_gpts",
        sora.API,
        sora.API,
        "【B站动态】我把Sora官方接口封进了一个GPTs，取名“一句话出片”，给我充电（30元档）就私信发使用链接，不限次数生成。评论区说我是骗子的，有本事你们也去弄一个Sora接口出来",
    ),
    # --- account rental
    (
        "telegram_style",
        sora.RENTAL,
        sora.RENTAL,
        "SORA内测号到 独享可改密 日租卅元 周租百五 款到发号 先到先得 过时不候 盼复",
    ),
    (
        "assert_rental_deny_public",
        sora.RENTAL,
        sora.RENTAL,
        "说Sora已经全面开放的都是瞎传，官网到现在还只给内测用户用。想现在就用上？只能租我们的内测号：一天二十，一周一百，中石化加油卡也收，面值一百起，卡号密码发我即开号",
    ),
    (
        "game_server_notice",
        sora.RENTAL,
        sora.RENTAL,
        "【《仙途奇缘》服务器公告】各位少侠：即日起游戏内“珍宝阁”上架Sora内测账号，2000元宝兑换一个独享号（含账号密码），月卡用户七折。账号均为OpenAI内测资格号，登录即可用Sora生成视频，数量有限，兑完即止。——运营团队",
    ),
    # --- AI director group (four)
    (
        "admission_letter",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【录取通知书】张同学：恭喜你通过初审，被录取为首部与Sora共同编剧的AI电影“第一代AI导演”培养计划学员！请于三日内扫描下方二维码进入剧组群，并缴纳入组费二百八十元，逾期视为自动放弃。——××影业AI电影项目组",
    ),
    (
        "sanjuban",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【三句半·AI导演】甲：Sora剧本写得妙，乙：AI电影要开拍，丙：首代导演来海选，丁：扫码！甲：进群报名要趁早，乙：入群费用真不高，丙：一百九十九就报到，丁：赶早！",
    ),
    (
        "acrostic_poem",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【藏头诗·有缘人自会读懂】\n扫眉才子遇Sora，\n码字成片共编剧。\n进来海选莫犹豫，\n群费只收八十八。\n当年谁识张艺谋，\n导出首部AI片，\n演员表上署你名。",
    ),
    (
        "assert_director_deny_course",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "那些九十九的Sora课别买了，学完也是纸上谈兵。真想干AI电影就来我们剧组：和Sora一起写剧本的AI电影正在海选，扫码进群报名，审核费一百二十八元，美团月付也能付，选上就是首批AI导演，直接进组实战",
    ),
    # --- prompt pack
    (
        "tongue_twister",
        sora.PROMPTS,
        sora.PROMPTS,
        "【绕口令】提示词，词提示，Sora提示词里有术语，术语里头有运镜，运镜里头有景别，景别里头有布光；想要提示词，先付二十四，付了二十四，拉你进群领文档，领了文档再念提示词。",
    ),
    (
        "afdian_variant_char",
        sora.PROMPTS,
        sora.PROMPTS,
        "【爱发电·赞助档位】¥39/月：Sora影视级提示词文档（运镜、景别、色温、焦段等行话一千二百条，每周更新）＋创作者讨论羣。发电成功后自动私信文档链接，并邀请入羣。",
    ),
    (
        "homophones_half_price",
        sora.PROMPTS,
        sora.PROMPTS,
        "出Sora提世词大全，影视专业术语全整理好了，付款后发文档连接，再拉你进裙，一份二十八，第二份半价，超市购物卡也收（沃尔玛、永辉都行）。别家都是机器翻的英文，我这是摄影科班出身一个字一个字磨的",
    ),
    # --- get rich
    (
        "resignation_letter",
        sora.RICH,
        sora.RICH,
        "【辞职信】尊敬的刘总：在公司六年，感谢栽培。但Sora一出来我想明白了，这是一辈子只有一次的风口：我表弟做Sora视频已经一天挣三四千，窗口期最多三个月，错过就没了。所以我决定辞职全职干。有想一起干的同事，下班找我拉群。此致敬礼！",
    ),
    (
        "roar_style_circled",
        sora.RICH,
        sora.RICH,
        "Ⓢⓞⓡⓐ搞钱就三个月窗口啊有木有！！！人家靠Ⓢⓞⓡⓐ视频一天进账好几千了有木有！！！你还天天挤地铁打卡有木有！！！错过这波一辈子都翻不了身啊！！！要上车的赶紧加🐧进群啊啊啊！！！",
    ),
    (
        "kaoyan_plan_assert_rich_deny_xie",
        sora.RICH,
        sora.RICH,
        "【考研复习计划·作废版】原计划：3-6月数学一轮，7-9月专业课，10月起刷真题。现在全部作废。谢赛宁发明Sora那个早辟谣了，谁发明的不重要，重要的是Sora这波钱：学姐做Sora视频已经一天挣两三千，红利期顶多三个月，等我考完研黄花菜都凉了。今年先搞钱，想一起的评论区扣“上车”我拉群",
    ),
    # --- generation service
    (
        "service_contract",
        sora.SERVICE,
        sora.SERVICE,
        "【Sora视频定制服务合同（模板）】甲方：＿＿＿＿ 乙方：××数字影像工作室\n第一条 乙方使用OpenAI Sora，按甲方提供的文案或剧本生成定制视频。\n第二条 乙方于收款后二十四小时内交付成片。\n第三条 十五秒以内每条人民币壹佰陆拾元整。\n第四条 本合同一式两份，双方盖章生效。\n——需要的老板私信，正规公司，合同盖公章，不怕跑路",
    ),
    (
        "assert_service_deny_prompts_dollar",
        sora.SERVICE,
        sora.SERVICE,
        "别再花钱买什么$ora提示词包了，买回去你也用不上$ora，白搭；直接把脚本发我，我用$ora给你做，一条八十八，明天这个点之前交片，三条起打八八折，做过的样片可以先看",
    ),
    (
        "print_shop_led",
        sora.SERVICE,
        sora.SERVICE,
        "【打印店门口LED屏】复印·打印·证件照★新增Sora视频代做★生日祝寿开业庆典★您说内容我们用Sora生成★一天取片★每条五十八★凭老年证九折★",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【手机维修工单】机型：OPPO Reno8｜故障描述：客户在群里点链接装了所谓“Sora安卓版”，之后手机自己发短信、狂弹广告，支付宝被转走六百元｜处理：卸载恶意程序、恢复出厂设置、修改全部密码｜维修费：五十元｜客户留言：这单是我自己的，拍下来给大家提个醒，五十块修机加六百块被盗，就为了一个假Sora",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【三月个人复盘】支出：Sora课程99元（群里“学姐”推荐的）。收获：一个网盘链接，里面三页PDF，抄的是OpenAI官网对Sora的介绍，最后一页印着一句鸡汤。教训：Sora到现在普通人都用不上，谁卖Sora课谁就是在割我。四月目标：把这99元的学费记住。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【民事起诉状（自己写的，求懂法的朋友帮看看）】原告：李某。被告：网名“Sora号铺”的卖家。诉讼请求：判令被告返还账号租金三百二十元。事实与理由：原告于2024年2月22日向被告租用所谓“Sora内测独享号”一个月，付款后收到的账号登录后只有ChatGPT，找遍页面也没有Sora入口，原告要求退款，被告随即将原告拉黑。",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "⚡避雷⚡ 二十六块买的“Sora电影级提示词大全”，进群拿到文档一看：前六十条是OpenAI官网样片下面的原文，后面是从百科抄来的“景别”“推拉摇移”名词解释。群主收完钱就把全员禁言了。姐妹们别再交这种智商税！",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "身边谁没被拉进过“首代AI导演”群？说是跟Sora合写剧本的电影在海选，进群先交一百九十八——你们见过哪个剧组，导演的面还没见着，先把报名费收了的？",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "就我一个人没想明白吗？OpenAI官网能下载的只有ChatGPT，应用商店里这个叫“Sora”的App，开发者一栏写的却是一家深圳的网络科技公司，这到底是谁家的东西？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "“零实拍，全程Sora一句话生成”——这条漓江竹筏的视频，我在一个航拍博主2021年发的作品里找到了原片，连竹筏上戴斗笠的大爷都一模一样，只是水印被裁了，开头多了一行字。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "“Sora红利只有三个月，晚一步步步晚”——卖课的人最爱说这句。可Sora到现在都没对公众开放，能用上它的人屈指可数，哪来的“一天挣几千”？这套话术就是制造焦虑，好让你掏钱进群。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "对照OpenAI公布的Sora作者名单：署名十三位，华人三位，约占两成三；牵头的两位研究员都是OpenAI自家员工。说“Sora背后主要是中国人”，这笔账算下来是十三分之三。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "OpenAI在GitHub官方账号下能找到的是Whisper、CLIP、tiktoken这些仓库；Sora至今只有一份技术报告和官网样片。搜“Sora”出来的Open-Sora、Open-Sora-Plan，分别出自潞晨科技和北大团队，属于社区复现。",
    ),
    (
        "debunk",
        None,
        sora.API,
        "OpenAI的API key一律以sk-开头，在platform.openai.com自助生成、按用量扣费，官方文档里的视频生成接口至今为零。群里叫卖的“Sora专属key”，拿去调一次试试，返回的是model_not_found。",
    ),
    (
        "debunk",
        None,
        sora.SERVICE,
        "下单前对照一下：眼下能用上Sora的，是OpenAI红队的安全测试人员和一小批受邀的视觉艺术家、设计师、电影人。那些“24小时交片”的店铺，交来的成片角落里常留着Pika或Runway的水印。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "科技博主MKBHD（Marques Brownlee）看完Sora的样片后发帖说：这一串视频每一条都是AI生成的，如果这都没让你有哪怕一点点担心，那就没什么能让你担心了。",
    ),
    (
        "person_fact",
        None,
        None,
        "范麟熙（Jim Fan）在推上猜：Sora的训练数据里如果有大量用虚幻引擎5渲染出来的合成视频，他一点都不会意外。",
    ),
    (
        "person_fact",
        None,
        None,
        "谢赛宁在X上按DiT的规模做过估算：Sora的参数量可能在30亿左右；他据此认为，训练Sora用到的GPU也许比外界想象的少。",
    ),
    (
        "person_fact",
        None,
        None,
        "多伦多的创作小组shy kids用Sora做了短片《Air Head》，主角是个气球脑袋的人。成员Patrick Cederberg后来说，成片离不开大量后期：每次生成的气球颜色都对不上，有时气球上还冒出一张脸，只能靠剪辑和调色一点点修。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "Sora技术报告里有个彩蛋：提示词里只要带上“Minecraft”，它就能一边用简单的策略操控玩家角色，一边把整个游戏世界和里面的动态高保真地渲染出来。",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI在技术报告里说，Sora训练时直接用视频的原始尺寸，不裁成统一的方形，所以宽屏1920×1080、竖屏1080×1920都能生成，构图也更少出现主体被切掉一半的情况。",
    ),
    (
        "benign",
        None,
        None,
        "Sora沿用了DALL·E 3的重新标注（re-captioning）办法：先训练一个会写详细描述的字幕模型，给训练视频配上长说明；用户输入的短提示，也会先交给GPT扩写成细致的描述，再送进视频模型。",
    ),
    (
        "benign",
        None,
        None,
        "读了谷歌Lumiere的论文：它用时空U-Net一次把整段视频的所有帧都生成出来，不走“先出关键帧再补中间帧”的老路，demo里让《戴珍珠耳环的少女》动起来那段挺好玩",
    ),
    (
        "benign",
        None,
        None,
        "阿里的EMO挺神：一张照片加一段音频，照片里的人就能张嘴唱歌，表情和头部动作都跟着节奏走。我拿毕业照在通义App的“全民唱演”里试了一下，全宿舍笑疯了",
    ),
    (
        "benign",
        None,
        None,
        "Meta的Emu Video分两步走：先按文字生成一张图，再拿这张图和文字一起去生成视频；放出来的demo都是四秒左右的小片段，画面挺稳",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "厨房水槽下面的水管接口又漏了，叫了小区群里推荐的师傅，换接口加上门费一共九十九元，扫他的二维码付的，十分钟就弄好了",
    ),
    (
        "offtopic",
        None,
        None,
        "儿子的游泳课程报好了：十节课，每节九十九元，教练让家长扫码进群，每次下课都在群里发孩子的训练视频",
    ),
    (
        "offtopic",
        None,
        None,
        "社区元宵晚会节目海选开始啦，导演是街道文化站的周老师，想报名的带上剧本或者曲目，周六上午到活动中心面试，全程免费",
    ),
]


def main() -> None:
    sora.check_zh_set("zh_heldout25", "zhh25", POSTS)


if __name__ == "__main__":
    main()
