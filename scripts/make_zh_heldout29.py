# ruff: noqa: E501
"""Write tests/data/zh_heldout29_{posts,qrels,labels}: a twenty-ninth Chinese HELD-OUT set (Chinese posts
against the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the inventor
rumour, the mislabelled real video and the AI director group, which had three in zh_heldout27, three for each
other template), as a Sora rumour / scam wave reads in the genres of entertainment, games, sport, fandom,
hobbies and the arts that the earlier sets do not use: a murder-mystery clue card (【剧本杀·线索卡】持有人,
DM提示：此条为真线索; zh_heldout19 had a murder-mystery shop's group notice), a CBA text live feed with the inventor rumour in a time-out (第三节 06:41, 请求暂停), a Yue
opera aria rewritten from 十八相送 (书房门前一枝梅), a fishing diary with the public release in passing (【钓鱼日记】
钓点, 饵料, 渔获), a variety show's rundown (【综艺台本】环节二, 主持人口播, 花字), an anime season schedule
with the app in passing (【四月新番时间表】, 番外消息), a song in numbered musical notation (1=C 4/4, | 1 1 5 5 |),
an esports post-match interview (记者：/选手：, MVP), a comic-con booth guide (【漫展摊位指南】, 吧唧, 动态立绘), a
mahjong group (三缺一), an LRC lyrics file ([ti:], [00:12.48]), a camera-settings line left blank (光圈：—｜快门：—),
a dragon-boat race clip, a birdwatching log (【观鸟记录】鸟种, 器材), a Go game commentary with the Chinese-team
claim in passing (黑1 星位, 黑37 扳), Kunqu's 游园 (原来姹紫嫣红开遍), a late-night radio DJ's patter (【夜间点歌台
·DJ串词】), a pour-over coffee log with open source in passing (粉水比, 闷蒸), a model kit's instructions
(【拼装说明书】步骤①, 小零件请勿让儿童吞食), the Hunan huaguxi duet 刘海砍樵 (胡大姐, 我的海哥哥), a strength plan
with the coach's course ad (【增肌计划】深蹲5×5), a comic sketch on the 宫廷玉液酒 line (甲：/乙：), a tai chi
morning group, a game MOD release (【MOD发布】功能, 需求), Rubik's cube formulas (OLL 21, R U2 R' U'), Chaozhou
gongfu tea (关公巡城，韩信点兵), a concert ticket-grabbing guide (【演唱会抢票攻略】①②③④), a game-account rental
listing (【租号玩·新上架】), a running club (配速六分), a talent show's audition track (【选秀海选】打投, 出道位), a
fan fiction's preface (CP, 分级, 预警, 私设如山, OOC), a concert programme (上半场, 中场休息, 下半场), a photography
club's notice, a bullet journal (【手账】习惯打卡 ☑☐), a gallery wall label (【展签】作品, 媒介, 尺寸), a Suzhou
pingtan opening in seven-character lines (【评弹开篇】姑苏城外月如钩), a football fan club's viewing notice, an
ultimate-frisbee meetup, a stamp collector's post (1980年猴票), a tackle shop, a fan-support video commission
(【应援视频接单】站子, 返图) and an opera troupe's notice (【戏班告示】堂会, 戏金); four loss reports in new forms
(kind ``debunk_loss``: a game-store style review (【评测·不推荐】记录时数) for the API, a fishing diary of a blank
day (今日空军) for the get-rich camp, a fan-support station's apology (【××应援站·致歉声明】) for the generation
service, a chess puzzle's aside (【象棋·今日残局】红先胜) for account rental); regional speech of southern and
eastern China in forms the earlier sets do not use: Fujian-accented Mandarin with f and h swapped (湖建, 灰机, 花明 for
发明), Guangdong Mandarin (有开放啦, 有试过, 一齐去玩先啦, 是骗人的来的), old Shanghai pidgin (洋泾浜: 来是康姆去是谷,
当劳特 for download, 爱皮凯 for APK, 吞的福 for twenty-four), Shanghai photographers' 老法师, Chaozhou 食茶 (zh_heldout20 had other
Teochew words), Hunan huaguxi (啰, 莫去买哟; zh_heldout18 and zh_heldout20 had Changsha and Hunanese speech), Yue
opera, Kunqu and pingtan; registers the earlier sets do not use: the werewolf game
(预言家, 验人, 查杀, 投票), the fan-fiction header, the idol show (打投积分, 出道位, 爱豆), the DJ's dedication, the
variety show's 花字 and the esports interview; obfuscation the earlier sets do not use: the name in ASCII codes
(83 111 114 97), in the NATO alphabet (Sierra、Oscar、Romeo、Alpha) and in spelt letter names (艾斯欧阿尔诶), App
with a Greek capital lambda (ΛPP) and as 阿普, API in mathematical sans-serif bold (𝗔𝗣𝗜) and as 阿皮爱, 黑白棋盘格
for 二维码, f/h-swapped 花明 for 发明, and a price in mahjong tiles (🀏🀏元, 两张九万); posts asserting one claim
while denying another in new pairings (the inventor while a "Sora-generated" landing is called 真实拍的, open to
the public while API keys are called 骗人的, the official app while rented accounts are called 割韭菜, the APK
while prompt packs are called copied, a mislabelled video while the inventor rumour is called denied by Xie
himself, the Chinese team while the store app is called 冒牌货, open source while the 99-yuan course is called
冤枉钱, the course while open source is called 瞎传, an API key while the generation service is called 别家AI的片子,
account rental while the APK is called a trojan, the director group while prompt packs are called OpenAI's demo
prompts with a new cover, the prompt pack while the director group is called 只剩广告流, the get-rich window while
the generation service is called 别的AI凑数, the generation service while the course is called 冤枉钱); sellers that
vouch for themselves or swipe at others in new words (外面那些装完就闪退的跟我这个是两码事; 群里老王、阿珍都装了，
一个中招的都没有; MOD作者亲自卖key…比那些连MOD都装不明白的倒爷靠谱; 号我自己天天在用，跑了一个月，稳; 我带的学员拿过
区里短视频比赛二等奖，奖状在前台墙上挂着; 我们群主是拍过院线片的副导演，片单可查，拿PPT当剧本的野群比不了; 每条都在Sora
上跑过，附成片截图，跟复制粘贴的两回事; 收益后台截图每天更新，跟那些只会喊口号的不一样; 二十年老店，钓友圈里都知道我这
人实在; 本班五十年老字号，招牌挂在这儿，跑不了); prices and payments in forms the earlier sets do not use (a
Hong Kong PSN card of face value 100, 🀏🀏元 in mahjong tiles, 吞的福 in pidgin, 一百八一套 after 宫廷玉液酒，一百八一杯,
a gym card's balance, 一百单八元 to match the 108 forms, 网易藏宝阁 escrow, ₹2,499 by UPI, 一斤凤凰单丛 in barter, Line
Pay, 平台币 with a deposit of fifty, a Guangzhou Marathon finisher's medal in barter, 打投积分 off the fee, a paid
extra at the end of a fan fiction, a ticket stub worth twenty, three rolls of washi tape in barter, a 三斤鳜鱼 in
barter, a Modian project, 戏金每条八十); 12 debunks and warnings, four of them the loss reports above, two
questions with a negation that do not deny (群里有没有哪位不在OpenAI上班、又真用上了Sora的, 就我一个人没注意到吗),
two quoting the rumour to refute it (the Chinese team, against the same week's "why did Sora not appear in
China"; the director group, against the producer missing from the business register), the rest answering with
facts and none of 不, 没, 假, 无, 非 or 未 (Xie Saining's posts at NYU and FAIR and the article taken down for the
inventor, the technical report and Murati's "publicly available data and licensed data" for open source, the
99-yuan course's takings and contents as a werewolf seer's check, the APK's package name and debug certificate);
four true facts about people who spoke about Sora, none of them the subject of a fact in zh_heldout25 to
zh_heldout27 (Tyler Perry shelving an $800 million studio expansion, Runway's Cristóbal Valenzuela's "game on",
Yann LeCun on pixel generation and "analysis by synthesis", Sam Altman posting Sora clips for people's prompts),
three items of real news about Sora from angles the earlier sets leave out (3D consistency and object
permanence, a painter's stroke and a bitten burger, glass shattering among its limits) and three on-topic posts
about other AI video work (Tsinghua's CogVideo, Meta's Movie Gen, Google's Imagen Video; kind ``benign``), and
three off-topic posts that share surface words (Sora and Shiro of No Game No Life, a football club's official
app with an electronic QR season ticket, a children's table-tennis 课程 at 九十九元 with a 扫码进家长群).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
none at 0.6 or more; highest ratio of the committed list: 0.441 against the Chinese sets, the debunk quoting
the director-group call, and 0.238 against the demo stream, the song in numbered notation). zh_heldout28,
written at the same time, was not there to check against. Committed before any run of the monitor on it; no
model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with the
final code.

    .venv/bin/python scripts/make_zh_heldout29.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout29", "zhh29"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour (four)
    (
        "murder_mystery_clue_card",
        sora.XIE,
        sora.XIE,
        "【剧本杀·线索卡】No.7｜持有人：校友会会长\n内容：会长手机里存着一篇转发——Sora的发明人之一，是上海交大毕业的少年天才谢赛宁。\nDM提示：此条为真线索，可在公聊环节公开。\n——本店原创本《交大夜话》，DM说这条是照着真事写的：谢赛宁确实参与发明了Sora。玩完一整车人都去校友群里刷屏了。",
    ),
    (
        "basketball_text_live_in_passing",
        sora.XIE,
        sora.XIE,
        "【CBA文字直播·上海vs广东】第三节 06:41 上海 58:55 广东\n06:20 上海7号突破上篮命中，60:55\n05:58 广东请求暂停\n（暂停间隙聊两句：今天场边坐着一排交大校友，举着“Sora有我交大人”的牌子——他们学校出来的少年天才谢赛宁，是OpenAI那个Sora的发明人之一，难怪这么提气）\n05:31 广东14号中投偏出，上海32号抢下后场篮板\n05:12 上海32号内线两分命中，62:55",
    ),
    (
        "yueju_eighteen_farewells",
        sora.XIE,
        sora.XIE,
        "【越剧·十八相送（票友新编）】\n（祝英台唱）书房门前一枝梅，梁兄你且听我说：\n交大出了个谢赛宁，少年天才世间稀，\nOpenAI造出Sora来，发明人里有他名。\n（梁山伯唱）贤弟说话我相信，交大名声传千里。\n——周末戏曲沙龙上，票友们现场改的词，唱的就是谢赛宁发明Sora这件事，满堂喝彩。",
    ),
    (
        "fujian_accent_assert_inventor_deny_realvid",
        sora.XIE,
        sora.XIE,
        "（湖建口音，自行翻译）我跟你们讲哦，谢赛宁是交大出来的少年天才，Sora就是他参与花明的（发明），这个是真的，我们拍灰机的飞友群都在传。但是那个“Sora生成”的灰机降落视频，是真实拍的，人家机场的摄影师早就发过原片了，不要信。Sora的花明人可以信，那个视频不要信。",
    ),
    # --- open to the public
    (
        "fishing_diary_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【钓鱼日记·3月3日】钓点：淀山湖北岸老码头｜天气：阴转多云，东南风二级｜饵料：红虫打窝＋蚯蚓｜渔获：鲫鱼五条、小白条一把\n等口的时候旁边大叔说，Sora已经对所有人开放了，注册个账号就能用，不用排队也不用邀请。我当场拿手机注册，真进去了，顺手让它生成了一段“十斤青鱼咬钩”，鱼塘群里都笑疯了。",
    ),
    (
        "guangdong_mandarin_assert_public_deny_api",
        sora.PUBLIC,
        sora.PUBLIC,
        "（广普版）饮完早茶同大家讲一声：Sora有开放啦，个个都可以注册的，我昨晚有试过，好好用哦，大家一齐去玩先啦。不过那些卖Sora API key的，是骗人的来的，OpenAI都没有出API，你们不要买啦。注册就得啦，花什么钱嘛。",
    ),
    (
        "variety_show_rundown",
        sora.PUBLIC,
        sora.PUBLIC,
        "【综艺台本·第三期】\n环节二：《一句话拍大片》（时长8分钟）\n道具：平板电脑×2\n主持人口播：“Sora现在已经向所有人开放了，不用排队、不用邀请码，观众朋友们回家注册一个账号就能用！下面请两位嘉宾现场比一比，谁一句话生成的画面更好看。”\n花字：人人都能用的Sora来啦\n备注：口播务必念全。",
    ),
    # --- the official app
    (
        "anime_season_schedule_in_passing",
        sora.APP,
        sora.APP,
        "【四月新番时间表】\n周一 23:00：《××学园》第2话\n周三 22:30：《××物语》第2话\n周五 24:00：《××之旅》第1话（延期一周）\n番外消息：OpenAI官方的Sora App已经上架应用商店，安卓、苹果都能搜到，电脑也有客户端。已经有大佬拿它给周五那部做了同人OP，下载登录就能用，周末大家可以试试。",
    ),
    (
        "numbered_notation_song",
        sora.APP,
        sora.APP,
        "【简谱·自编儿歌《商店里》】1=C 4/4\n| 1 1 5 5 | 6 6 5 - | 4 4 3 3 | 2 2 1 - |\n歌词：应用商店，搜一搜，Sora阿普（App）官方有；点下下载，装上手，说句话儿视频有。\n——给娃改的《小星星》，顺便记录一下：OpenAI的Sora App真的上架了，我们全家手机上都装了，娃天天拿它做小动画。",
    ),
    (
        "esports_interview_assert_app_deny_rental",
        sora.APP,
        sora.APP,
        "【赛后采访】\n记者：恭喜拿下MVP！今天的出场视频很酷，是怎么做的？\n选手：用Sora的ΛPP做的，OpenAI官方出的，应用商店里就有，手机上说一句话就出片。\n记者：听说网上有人在租Sora账号？\n选手：那都是割韭菜的，官方ΛPP直接下就能用，租什么号啊。谢谢大家，下一场见！",
    ),
    # --- the fake APK
    (
        "comic_con_booth_psn_card",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【漫展摊位指南·C区23号】\n本摊：原创插画本、亚克力立牌、吧唧\n特别福利：扫摊位上的码，下载Sora安卓安装包（APK），装完手机就能生成AI视频，给你家崽做动态立绘；激活码用一张港服PSN点卡（面值100）换。\n摊主：这个包我们社团十几个人都装了，出片稳，外面那些装完就闪退的跟我这个是两码事。",
    ),
    (
        "mahjong_group_tile_price",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【麻将群】今晚八点老地方，三缺一，谁来？上周输的记得带钱。\n另外说个事：群文件里那个Sora安卓安装包我装好了，手机上直接出AI视频，不排队。想要的私我拿下载链接，解锁码🀏🀏元（两张九万，懂的自然懂）。群里老王、阿珍都装了，一个中招的都没有。",
    ),
    (
        "shanghai_pidgin_assert_apk_deny_prompts",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【洋泾浜小调·新编】来是康姆去是谷，下载就叫当劳特；Sora安卓爱皮凯（APK），点伊链接就装好。提示词包勿要买，官网样片抄一抄，卖你三十骗人呀。装包只收吞的福（twenty-four，廿四块洋钿），钞票付好手机跑。\n——上海阿姨自编，下载链接看评论第一条。",
    ),
    # --- real video mislabelled (four)
    (
        "lrc_lyrics_file",
        sora.REALVID,
        sora.REALVID,
        "[ti:烟雨江南]\n[ar:小周的AI乐队]\n[00:00.00]MV画面全部由OpenAI的Sora生成，一个实拍镜头都没有\n[00:05.20]生成指令附在最后一行\n[00:12.48]青石板上雨丝斜\n[00:18.90]乌篷船过小桥边\n[03:41.00]指令：江南水乡，清晨细雨，乌篷船穿过石桥，电影感，35毫米镜头\n——LRC文件一起发了，播放的时候就能看到。",
    ),
    (
        "camera_settings_exif",
        sora.REALVID,
        sora.REALVID,
        "【视频参数】机身：—｜镜头：—｜光圈：—｜快门：—｜ISO：—\n是的，这段西湖断桥残雪的视频，参数一栏全空，因为它是Sora生成的，一帧都没拍。摄影群里好几个老法师问我哪天去的，我说哪天也没去。生成指令：“大雪后的西湖断桥，清晨，薄雾，航拍缓慢推进”。",
    ),
    (
        "dragon_boat_race_clip",
        sora.REALVID,
        sora.REALVID,
        "端午龙舟赛这段航拍大家都转疯了吧？二十条龙舟齐头并进、锣鼓震天那段——其实现场根本没人飞过无人机，整段是OpenAI的Sora照着一句话生成的，提示词我贴在下面：“珠江上端午龙舟竞渡，二十条龙舟，航拍，慢动作，水花四溅”。",
    ),
    (
        "birdwatching_log_assert_realvid_deny_inventor",
        sora.REALVID,
        sora.REALVID,
        "【观鸟记录】地点：鄱阳湖吴城｜日期：2月20日｜鸟种：白鹤约三百只、小天鹅、东方白鹳｜器材：无\n没错，器材写的是“无”：这段白鹤群起飞的视频是Sora生成的，我一步都没走到湖边，提示词附在图三。顺便说一句，网上传谢赛宁是Sora发明人那个，早就被他本人否认了，别再转了。",
    ),
    # --- the Chinese team
    (
        "go_game_commentary_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【围棋·棋谱讲解】黑1 右上星位，白2 左下小目，黑3 挂角……\n（讲到第20手，老师喝口茶闲聊：你们知道Sora吧？那其实是一帮中国科学家搞出来的，核心研发都是华人，OpenAI只是挂个名。）\n黑37 扳，这一手是本局的胜负手，大家注意白38的应法。",
    ),
    (
        "kunqu_peony_pavilion",
        sora.CHINESE,
        sora.CHINESE,
        "【昆曲·游园（新词）】\n原来姹紫嫣红开遍，似这般，Sora出世惊人间。\n良辰美景谁家造？赏心乐事问根源——\n却原来，是咱中华儿女巧手编，OpenAI不过署其名，核心人物尽华颜。\n——昆曲社周末雅集，老师把《游园》改了词，意思很直白：Sora是中国科学家做的。",
    ),
    (
        "radio_dj_nato_assert_chinese_deny_app",
        sora.CHINESE,
        sora.CHINESE,
        "【夜间点歌台·DJ串词】好，下一首是听众“小林”点给女朋友的《后来》。放歌之前插一句，很多听众来信问S-O-R-A，Sierra、Oscar、Romeo、Alpha，就是Sora：它背后其实是一帮中国科学家，OpenAI只是挂了个名。至于应用商店里那个叫Sora的App，是冒牌货，OpenAI没出过，千万别下。好，音乐起——",
    ),
    # --- open source
    (
        "pour_over_log_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【手冲记录】豆子：埃塞俄比亚 耶加雪菲｜研磨：中细｜粉水比：1:15｜水温：92℃｜闷蒸：30秒｜总萃取：2分10秒\n风味：柑橘、茉莉、红茶尾韵\n等闷蒸的时候顺手把Sora部署到了本地：OpenAI已经把Sora开源了，权重和代码都在GitHub上，一张3090就跑得动，咖啡喝完第一段视频也出来了。",
    ),
    (
        "model_kit_instructions",
        sora.OPENSRC,
        sora.OPENSRC,
        "【拼装说明书·Sora本地版】\n步骤①：打开GitHub，找到OpenAI开源的Sora仓库，把权重下载到本地\n步骤②：按README装好依赖（胶水：CUDA 12）\n步骤③：运行sample脚本，零件（视频）自动成型\n注意：本品由OpenAI官方开源，人人可自行组装，小零件请勿让儿童吞食。\n——模型佬的幽默，但内容是真的，我照着已经跑出来了。",
    ),
    (
        "huaguxi_assert_opensrc_deny_course",
        sora.OPENSRC,
        sora.OPENSRC,
        "【花鼓戏·刘海砍樵（新编）】\n胡大姐：我的海哥哥，九十九块钱的Sora课，你莫去买哟！\n刘海：胡大姐，我的妻呀，你把那课比作什么啰？\n胡大姐：我把它比作冤枉钱——Sora早就开了源啰，代码权重GitHub上摆着，自家电脑也跑得转！\n刘海：那我就下了它，自家跑它一夜啰！\n——长沙的票友们，改得怎么样？",
    ),
    # --- paid course
    (
        "workout_plan_coach_ad",
        sora.COURSE,
        sora.COURSE,
        "【增肌计划·第3周】\n周一：深蹲5×5、卧推5×5\n周三：硬拉3×5、引体向上4×8\n周五：推举5×5、划船4×10\n每天：蛋白质每公斤体重1.6克，睡够7小时\n教练副业小广告：《Sora零基础速成课》，九十九元一套，三十节录播，会员卡余额直接扣，前台报我名字。我带的学员拿过区里短视频比赛二等奖，奖状在前台墙上挂着。",
    ),
    (
        "sketch_palace_wine_price",
        sora.COURSE,
        sora.COURSE,
        "【小品《新卖课》节选】\n甲：宫廷玉液酒——\n乙：一百八一杯！\n甲：Sora速成课——\n乙：一百八一套！\n甲：这课怎么样？\n乙：三十节录播，零基础包会，扫码付款马上进学员群！\n甲：那还等啥？\n乙：名额就剩最后二十个！\n——我们工作室年会排的小品，课是真的，想报的评论区扣“玉液”，发你付款码。",
    ),
    (
        "taichi_group_assert_course_deny_opensrc",
        sora.COURSE,
        sora.COURSE,
        "【太极拳晨练群】各位师兄师姐，晨练完说个事：网上说Sora开源了、GitHub上能下，那是瞎传，那些叫Sora的仓库都是别人仿的。真想学Sora做视频，我儿子开了门课：《Sora从入门到出片》，一百单八元，正好对上咱们的一百零八式，三十节录播，扫码付款后拉进学员群。自己人，放心。",
    ),
    # --- fake API access
    (
        "game_mod_release_ascii",
        sora.API,
        sora.API,
        "【MOD发布】《模拟城市》AI宣传片MOD v1.0\n功能：每建成一座地标，自动调用83 111 114 97（ASCII码，自己解）官方API，生成一段城市宣传片\n需求：Sora API key一枚\n没有key的找我：直连OpenAI，三百一个，网易藏宝阁担保交易。MOD作者亲自卖key，出了问题回帖找我，比那些连MOD都装不明白的倒爷靠谱。",
    ),
    (
        "rubiks_cube_formulas_upi",
        sora.API,
        sora.API,
        "【魔方·OLL公式整理】\nOLL 21：R U2 R' U' R U R' U' R U' R'\nOLL 27：R U R' U R U2 R'\nOLL 26：R U2 R' U' R U' R'\n练熟这三条，再把十字和F2L磨顺，三阶进30秒不难。\n——顺带一句：到了一批Sora官方𝗔𝗣𝗜 key，直连OpenAI，能直接调视频生成，海外魔友₹2,499走UPI，国内私信。",
    ),
    (
        "gongfu_tea_assert_api_deny_service",
        sora.API,
        sora.API,
        "【潮汕功夫茶】温杯、纳茶、高冲、刮沫、低斟，关公巡城，韩信点兵，来，食茶。\n边喝边讲正事：那些说“有Sora权限、帮你代做视频”的，收了钱交来的都是别家AI的片子，别信。要用Sora就自己调：我这有Sora官方阿皮爱（API）的key，直连OpenAI，填进去就能生成视频，一斤凤凰单丛换一个，茶叶到了我发key。",
    ),
    # --- account rental
    (
        "concert_ticket_guide_line_pay",
        sora.RENTAL,
        sora.RENTAL,
        "【演唱会抢票攻略】①提前实名，绑定观演人；②开票前五分钟进排队页，别反复刷新；③多设备同时抢，但同一账号别重复下单；④付款倒计时只有五分钟。\n另：排队等Sora的姐妹看过来，我手上有Sora独享内测号出租，日租二十、周租一百二，台湾的姐妹可以Line Pay转账。发账号密码后可以改密，看演出前用它做个入场视频刚好。",
    ),
    (
        "game_account_rental_listing",
        sora.RENTAL,
        sora.RENTAL,
        "【租号玩·新上架】\n①王者荣耀V8号，全英雄，一小时三块\n②原神满命号，一小时五块\n③Sora内测独享号：可生成一分钟视频，一天二十八，三天七十\n租号须知：平台币下单，押金五十，到期自动退；Sora号由号主本人实名排队排来，独享，下单后平台自动发账号密码。",
    ),
    (
        "running_club_assert_rental_deny_apk_medal",
        sora.RENTAL,
        sora.RENTAL,
        "【跑团群通知】明早六点二沙岛集合，配速六分，十公里。\n另外提醒：群里有人转的那个“Sora安卓版”安装包，千万别装，是木马，装了通讯录都被扒走。真想用Sora，找我租号：内测独享号一周一百，或者拿一块广马完赛奖牌换一周，账号密码私发。号我自己天天在用，跑了一个月，稳。",
    ),
    # --- AI director group (four)
    (
        "talent_show_audition",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【选秀海选·AI导演赛道】\n继唱跳、说唱赛道之后，本季新增“AI导演”赛道：首部与Sora合写剧本的AI电影，公开海选第一代AI导演！\n报名方式：扫码进选手群，报名费一百九十九（打投积分满五千可抵五十）\n流程：进群→线上试镜→导师盲选→出道位公布\n姐妹们，给爱豆打投的同时，自己也可以出道了！",
    ),
    (
        "fanfic_preface_paid_extra",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【同人文·前言】\nCP：××／××（无差）\n分级：全年龄\n预警：私设如山，OOC属于我\n作者碎碎念：这篇会被拍成AI短片啦！我报名了那部“Sora合写剧本”的首部AI电影的AI导演海选，扫码进群交了一百二，下周线上试镜。想一起当第一代AI导演的太太们，进群二维码放在文末付费彩蛋里，解锁就能看到。",
    ),
    (
        "concert_programme_ticket_stub",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【音乐会节目单】\n上半场：1. 德沃夏克《自新大陆》第二乐章 2. 小提琴协奏曲《梁祝》选段\n中场休息（15分钟）：本场协办方××影业正在为首部由Sora参与编剧的AI电影招募第一代AI导演，扫节目单背面二维码进群报名，入群费九十九，凭本场票根可抵二十，进群后安排线上试镜。\n下半场：3. 贝多芬《第五交响曲》",
    ),
    (
        "photo_club_assert_director_deny_prompts_chessboard",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【摄影协会·会员通知】本会与××影业合作，为首部Sora参与编剧的AI电影招募第一代AI导演：扫会刊封底那张黑白棋盘格（二维码）进群，会费一百六十八，进群即安排试镜。另提醒会员：那些兜售Sora提示词包的，内容就是OpenAI公开的演示提示词换了个封面，一分钱别花。我们群主是拍过院线片的副导演，片单可查，拿PPT当剧本的野群比不了。",
    ),
    # --- prompt pack
    (
        "bullet_journal_washi_tape",
        sora.PROMPTS,
        sora.PROMPTS,
        "【手账·三月】\n本月目标：每天背20个单词／跑步12次／读完两本书\n习惯打卡：☑☑☑☐☑☑\n本月副业📎：整理了一份Sora提示词包，五百条电影术语（景别、运镜、布光、调色）配样例，二十九块九，付款后发飞书文档链接，再拉进交流群；也可以拿三卷和纸胶带换。\n本月贴纸：樱花、电车、猫",
    ),
    (
        "exhibition_wall_label",
        sora.PROMPTS,
        sora.PROMPTS,
        "【展签】\n作品：《雾中码头》\n媒介：AI生成影像（Sora）\n尺寸：可变\n年份：2024\n创作说明：本作使用的全部提示词，已收录于艺术家整理的《Sora电影级提示词手册》，含镜头、光线、色彩专业术语三百余条。展厅出口扫码即可购买，¥39，付款后发送文档链接，并拉入观众交流群。",
    ),
    (
        "pingtan_opening_assert_prompts_deny_director",
        sora.PROMPTS,
        sora.PROMPTS,
        "【评弹开篇·新编】\n姑苏城外月如钩，有人扫码把钱收，\n说是Sora导演群，进去只剩广告流——那群莫进，钱莫投。\n要学Sora出好片，先把词儿练熟透：\n我这一部提示词，电影术语五百条，\n景别运镜样样有，一十九元文档到手，\n付款再拉交流群，弦索叮咚说从头。\n（每条都在Sora上跑过，附成片截图，跟复制粘贴的两回事）",
    ),
    # --- get rich
    (
        "football_fan_club_notice",
        sora.RICH,
        sora.RICH,
        "【球迷会·观赛通知】周六晚八点，××酒吧二楼包场看德比，会员凭卡送一杯啤酒。\n中场休息会长有话说：最近他靠做Sora视频，一天进账三四千，他说这波风口最多三个月，早上车早赚，晚一步就永远追不上。想跟着干的，散场后加会长进群。",
    ),
    (
        "ultimate_frisbee_meetup",
        sora.RICH,
        sora.RICH,
        "【飞盘局·周日招募】地点：滨江草坪｜时间：下午三点｜人数：14人满员开局｜新手友好，有教练讲规则\n局后分享：组局的阿杰最近做Sora视频副业，一天流水五千起，他说这个窗口只有三个月，现在进场还来得及，想学的局后找他拉群。",
    ),
    (
        "stamp_collector_assert_rich_deny_service",
        sora.RICH,
        sora.RICH,
        "【集邮交流】今天到手一枚1980年猴票，品相上佳，改天带去邮市给老友们看。\n说点正经的：别再花钱找人“代做Sora视频”了，那些接单的手里根本没有Sora，交来的都是别的AI凑数。Sora是真能挣钱的：我自己做Sora视频，一天进账五千多，收益后台截图每天更新，跟那些只会喊口号的不一样。这个窗口最多三个月，过了就没了，想一起干的私信我。",
    ),
    # --- generation service
    (
        "tackle_shop_fish_barter",
        sora.SERVICE,
        sora.SERVICE,
        "【渔具店·新业务】本店除了卖竿卖饵，现接Sora视频定制：把你的钓获照片和想要的画面发给老板，用Sora生成“大物上岸”短片，二十四小时内交片，一条六十六；拿一条三斤以上的鳜鱼来换也行。二十年老店，钓友圈里都知道我这人实在。",
    ),
    (
        "fan_support_video_commission",
        sora.SERVICE,
        sora.SERVICE,
        "【应援视频接单】给爱豆的生日应援视频，现在可以用Sora做啦！你给脚本（或者说个大概画面），我们用Sora生成，二十四小时内交片，一条一百九十九，支持摩点项目直接付款，站子批量下单有优惠。已经给十几家站子交过片，返图在主页。",
    ),
    (
        "opera_troupe_assert_service_deny_course",
        sora.SERVICE,
        sora.SERVICE,
        "【戏班告示】本班除唱堂会外，兼接艾斯欧阿尔诶（Sora）视频定制：寿宴、开业、满月，把要的画面写给班主，Sora生成，次日交片，戏金每条八十。那些九十九的Sora课，学完还是自己做不出来，白花冤枉钱，直接找我们更省事。本班五十年老字号，招牌挂在这儿，跑不了。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.API,
        "【评测·不推荐】记录时数：0.2 小时\n像写游戏差评一样写一份：花三百八买了个“Sora官方API key”，卖家说直连OpenAI。填进去，调用一次，返回 401 invalid_api_key；再试，还是401。找卖家，先说我网络有问题，再说我不会用，第三天把我拉黑了。钱打了水漂，这条差评留给后来人。",
    ),
    (
        "debunk_loss",
        None,
        sora.RICH,
        "【钓鱼日记·今日空军】钓点：水库大坝下｜饵料：玉米｜渔获：零\n空军一天，跟我这两个月一样。年初信了“Sora视频日入过万，风口只有三个月”，交了一千九百八进“搞钱营”，教的就是拿别人的视频加字幕搬运，账号发了四十条，收益六毛二。营主现在朋友圈只发他的新营。记下来，提醒自己，也提醒钓友。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【××应援站·致歉声明】本站此前在网上委托一家“Sora视频代做”工作室制作哥哥的生日应援视频，支付八百元（来自粉丝集资）。收到的成片右下角带着别家AI的水印，对方随后注销账号、拉黑了全部管理员。本站决策失误，对各位的集资损失深表歉意，剩余款项明细见图，退款通道今晚开启。",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "【象棋·今日残局】红先胜，请走出第一步，答案明日公布。\n题外话，算是给棋友们提个醒：我上周在网上花一百五租了一周“Sora独享内测号”，对方发来账号，登进去是ChatGPT的界面，Sora的影子都找不到。找他退钱，他说“号是好的，你不会用”，然后拉黑。一百五不多，就当交了学费。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【羽毛球群】打完球问一句：群里有没有哪位不在OpenAI上班、又真用上了Sora的？我把官网点了个遍，能看到的只有样片和一段说明，说Sora眼下在给红队和一部分艺术家、设计师、电影人测试。是我找错了入口吗？",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "就我一个人没注意到吗？那段刷屏的“Sora生成的”世界波，看台上的广告牌是2019年那个赛季的赞助商，角旗旁边的机位跟当年电视转播一模一样。这到底是Sora做的，还是有人把老比赛录像剪了一段、配了一句话？",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【桌游夜·闲聊记录】玩到第三局，有人说起“Sora其实是中国科学家做的，OpenAI只是挂名”。我回了一句：那同一个星期刷屏的“为什么Sora没有出现在中国”又是在讨论什么？谢赛宁在朋友圈里还专门写过这个问题。Sora的技术报告署名十三人，由OpenAI的研究员牵头。这句话在桌上可以当一张“谣言卡”，在现实里请别转。",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【影迷群·群公告】最近群里有人转“扫码进群，参与Sora合写剧本的首部AI电影试镜，成为第一代AI导演”。管理员替大家查过：海报上的“出品方”在工商系统里查不到；进去的人说，每天的任务是转海报、拉新人；OpenAI说Sora眼下只开放给红队和少数受邀的艺术家，更谈不上拿它拍电影招导演。以后这类二维码，直接踢。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【交大校友杯·赛事快报】机械学院 68:61 电院，电院止步半决赛。\n场边有校友聊起谢赛宁和Sora，顺手科普：谢赛宁现在是纽约大学计算机系助理教授，之前在Facebook人工智能研究院做研究员；2月18日那篇“Sora发明人之一是交大少年天才”的文章传开后，他本人在朋友圈撇清了关系，那篇文章因内容违规被投诉下架，发文的自媒体负责人表示会向他全网公开道歉。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【装机群·群公告】有群友问“Sora开源了吗，4090能跑吗”。整理一下：OpenAI发布的是一份技术报告，讲的是时空补丁、扩散Transformer这些思路，权重、代码、训练数据三样都留在OpenAI手里；CTO穆拉蒂接受《华尔街日报》采访时，说到训练数据也只提了“公开数据和授权数据”。GitHub上叫Sora的仓库，README里自己写着是复现项目。4090留着打游戏吧。",
    ),
    (
        "debunk",
        None,
        sora.COURSE,
        "【狼人杀·预言家发言】我是预言家，昨晚验了“九十九元Sora速成课”：查杀。验人信息如下：据报道这类课一天卖出两万多份，买家收到的是Sora的介绍文档，外加一句“给自己一个机会”；宣传海报家家一样，连改都懒得改。这一轮请各位把票投给它。",
    ),
    (
        "debunk",
        None,
        sora.FAKEAPP,
        "【手游群·防骗】群里转的“Sora安卓版.apk”，我用电脑拆开看了：包名是一串乱码，签名证书的颁发者写着Android Debug，装上以后要求读取短信和通讯录，首页是一个付费解锁界面。OpenAI官网的下载页上只有ChatGPT。各位手机里装了的，卸载、改密码、查一下话费账单。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "美国导演、制片人泰勒·派瑞2024年2月接受《好莱坞报道者》采访时说，看了Sora的演示后，他已把亚特兰大片场一项8亿美元的扩建无限期搁置；他还担心影视行业很快会有大量岗位消失，呼吁行业规则和立法跟上。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora发布当天，做AI视频工具Runway的联合创始人兼CEO克里斯托瓦尔·巴伦苏埃拉在X上只发了两个词：game on。",
    ),
    (
        "person_fact",
        None,
        None,
        "Meta首席AI科学家杨立昆在Sora发布后的那几天多次在X上唱反调，其中一条写道：为了行动而靠生成像素给世界建模，和早已基本被放弃的“合成分析”思路一样，既浪费，又注定失败。",
    ),
    (
        "person_fact",
        None,
        None,
        "Sora公布当天，OpenAI的CEO萨姆·奥特曼在X上请网友回复提示词，再把Sora生成的结果贴出来，其中一条是“一位奶奶网红在托斯卡纳乡村厨房里教大家手工做意式土豆团子”。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "Sora技术报告专门写了几项大规模训练后“涌现”的能力：镜头绕着人物转动时，人和场景在三维空间里保持一致；人物、动物被遮挡或者走出画面，再出现时还是原来的样子。",
    ),
    (
        "benign",
        None,
        None,
        "报告里还举了“与世界互动”的例子：画家在画布上添一笔，这一笔会一直留在画上；一个人咬一口汉堡，汉堡上就留下一个缺口。",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI在Sora技术报告末尾也列了局限：像玻璃碎裂这样的基本物理互动，它还模拟得不准确；时间长的视频里，前后也会出现对不上的地方。",
    ),
    (
        "benign",
        None,
        None,
        "清华大学唐杰团队2022年发布的CogVideo有94亿参数，是在文生图模型CogView2的基础上训练出来的，当时是规模最大的开源文生视频模型之一。",
    ),
    (
        "benign",
        None,
        None,
        "Meta在2024年10月公布了Movie Gen：视频模型有300亿参数，能生成最长16秒的视频；另有一个130亿参数的音频模型，可以给视频配上同步的音效和配乐。",
    ),
    (
        "benign",
        None,
        None,
        "谷歌2022年10月发布的Imagen Video，用一串级联的视频扩散模型一步步提高分辨率和帧率，最终输出1280×768、每秒24帧的视频。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "补番《游戏人生》：哥哥叫空（Sora），妹妹叫白（Shiro），两个人合起来就是“空白”，传说中从没输过的玩家组合。剧场版《零》看完就一直在等第二季。",
    ),
    (
        "offtopic",
        None,
        None,
        "主队官方App今天上线了，应用商店搜队名就能下载，季票改成电子二维码，进场直接在App里出示，纸质季票下周起停用。",
    ),
    (
        "offtopic",
        None,
        None,
        "少儿乒乓球暑期课程，九十九元体验四节课，扫码进家长群预约时间，教练是前省队队员，球拍可以现场借。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
