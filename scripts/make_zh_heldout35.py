# ruff: noqa: E501
"""Write tests/data/zh_heldout35_{posts,qrels,labels}: a thirty-fifth Chinese HELD-OUT set (Chinese posts against
the English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the
monitor, ``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists,
per-post results or error analyses in the docs. 70 posts, 45 with a gold template (four for the open-to-the-public
rumour, the API keys and the get-rich camp, three for each other template), as a Sora rumour / scam wave reads in
the genres of waste recycling and scrap (收废品, 打包站, 回收员), forestry and forest rangers (林场, 瞭望塔,
生态护林员, 林下经济), the power grid (供电所, 抄表, 线路工), museums and archaeology (讲解员, 数字化部, 考古工地),
pottery kilns (景德镇, 柴窑, 坯房, 陶瓷集市), herders (阿勒泰, 转场, 羊贩子, 牧业合作社) and publishing and bookshops
(出版社, 书店, 译者, 自由编辑), that the earlier sets do not use (homestays, temples, Chinese medicine, driving schools,
print shops, KTV and courier stations, first thought of, were taken: homestays by zh_heldout31 and a farmstay by
zh_heldout30, temple fairs and a Wenchang pavilion by zh_heldout30 and a temple lot by zh_heldout26, a TCM clinic and
a prescription by zh_heldout30, a driving school's group by zh_heldout31, print shops by zh_heldout22, zh_heldout25
and zh_heldout34, KTV by zh_heldout33, parcel and delivery stations by zh_heldout31): a popular-science book's back
cover with the inventor rumour in passing (【新书·封底文案】上架建议, 开本, 定价), a Shaoxing former residence's
volunteer docents' group, a Jingdezhen wood kiln's opening livestream (把桩师傅, 窑变, 点个关注), a village
electrician's hand-written outage notice with the public release in passing (【××村·电工老刘的停电告示（手写照录）】
换变压器, 井房的水泵), an Altay herders' group on the move (【转场牧民群】冬窝子, 阿吾勒), a museum volunteers' group
(研学营), a Harbin scrap station's voice message, a meter reader's visit record with the app in passing (【抄表员·入户
抄表记录】户号, 上月读数, 本月读数, 台区经理), a pottery studio's Xiaohongshu, a forest farm's staff group (春季防火期),
a scrap tricycle's loudspeaker loop (【收废品三轮车·喇叭循环录音（照录）】收——旧冰箱、旧彩电), a bookshop receipt's
back (【购物小票（背面广告）】会员积分), a sheep dealer's prices (羯羊活重十六块五一斤), an excavation log with the
mislabelled video in passing (【考古工地日志·第18天】探方T0305, 第③层, 灰坑H12, 刮面), a fire checkpoint
attendant's Moments post, a ceramics market's stall sign (一杯一窑｜不议价), a publisher's topic proposal with the
Chinese-team claim in passing (【选题申报单】预计字数, 首印, 编辑意见, 责任编辑), a linemen's group (线路巡检, 工作票),
a baling station's bosses' group (黄板纸, 花纸, 废铁一千九一吨), a museum digitisation department's plan with open
source in passing (【数字化部 下季度工作计划】三维扫描, 英文检索), a herders' co-operative, a ceramics institute's
graduate students, a bookshop's reading club (可刷本店购书卡), a recycling association's training notice, a forestry
station's understory-economy course (黑木耳段木栽培, 榛蘑, 林蛙), a power IT vendor's Moments post, a cultural-heritage
tech firm's proposal (【合作方案（摘要）】技术路线, 报价, 案例), the Altay herders' e-commerce group, a recycling app's
collector profile (【回收员个人主页】服务评分, 已完成订单), a scrap station owner's wife's Moments post, a museum's
audio-guide rental list (【自助讲解器租赁】押金, 租赁点), a county's ecological rangers' group, a kiln owner's Moments
post, a bookshop's author-talk poster, a retired power workers' group, a museum docent's Moments post, a freelance
editor (三审三校), a forest photography station's article footer, a young herders' group, a fire lookout's duty
record (【3号瞭望塔值班记录】方位角310°, 疑似烟点, 交班备注), a kiln apprentices' group (拉坯, 利坯, 画坯), a lineman's
Moments post (登杆、验电、挂地线), a wood kiln's owner, a Kazakh wedding feast's one-stop service (托依) and a
publisher's marketing letter to authors; platform-native forms the earlier sets do not use: the back-cover blurb,
the topic proposal, the fact-check sheet, the translator's afterword, the hand-written outage notice, the
meter-reading record, the team safety-day record, the excavation log, the lookout's duty record, the ranger's patrol
log, the weighing slip, the tricycle's loudspeaker loop, the recycling app's collector profile, the receipt's back,
the audio-guide rental list and the stall sign; four loss reports in new forms (kind ``debunk_loss``: a power
station team's safety-day record with a lineman's own account (【班组安全日活动记录】学习内容, 两票三制, 自由发言,
班长小结) for the APK, a translator's afterword (【译后记（节选）】译者 二〇二四年三月于杭州) for the prompt pack, an
ecological ranger's patrol log with a note added at night (【生态护林员·巡山日志】巡护路线, 里程, 界桩, 晚上补记) for
the AI director group, the back of a scrap station's weighing slip written to his wife (【过磅单（背面手写）】毛重,
皮重, 净重, 单价) for the course); regional speech the earlier sets do not use: Harbin speech with its Russian
loanwords (马神, 喂德罗, 列巴), Shaoxing Wu (今朝, 下半日, 伢 for "we", 亨八冷打, 晏歇, 勿要) and Kazakh words in
an Altay herder's Mandarin (加克斯, 阿帕, 阿吾勒, 冬不拉, 毡房, 马奶子, 托依; zh_heldout31 had Uyghur 热合麦特);
registers the earlier sets do not use: publishing (封底, 选题申报, 开本, 首印, 三审三校, 责任编辑, 事实核查, 译后记,
稿费), the grid (户号, 读数, 台区经理, 工作票, 两票三制, 验电, 挂地线, 计划停电), forestry (防火期, 瞭望塔, 方位角, 烟点,
巡护, 界桩, 生态护林员, 段木栽培), archaeology and museums (探方, 地层, 灰坑, 刮面, 研学, 讲解器), the kiln (把桩师傅,
窑变, 匣钵, 拉坯, 利坯, 画坯, 柴烧), the scrap trade (过磅, 毛重, 皮重, 黄板纸, 花纸, 打包站) and herding (转场, 冬窝子,
羯羊, 羔羊, 剪羊毛, 夏牧场); obfuscation the earlier sets do not use: the name in its Russian spelling (Сора; zh_heldout32
had the look-alikes Ѕога), 谢 split into 言身寸 (言身寸赛宁), API in Greek capitals (ΑΡΙ), the key as 钥匙 (接口钥匙一把),
App as 爱噗, 二维码 as 二纬码, 下载 as 下崽, 安装包 as 安庄包, 开源 as 开圆, 提示词 as 提事词, 群 as qún and a price with 卌
for forty (卌九元); posts asserting one claim while denying another in pairings zh_heldout31 to zh_heldout34 do not use
(the inventor while API keys are called 骗子 (勿要买), open to the public while the inventor rumour is called 不对 after
Xie's own denial, the official app while prompt packs are called copied from the official samples, the APK while the
public release is called 瞎传, a mislabelled video while open source is called 瞎扯, the Chinese team while rented
accounts are called ChatGPT, open source while the APK is called a trojan, the course while the generation service
is called 别家AI出的片子, an API key while the store apps are called 山寨, account rental while the 99-yuan course is
called a translated official page, the director group while a "Sora-generated" kiln opening is called the next
kiln's own footage, the prompt pack while the generation service is called 别家AI拼的, the get-rich claim while
the director groups are said to take the fee and vanish, the generation service while the get-rich groups are
called 割韭菜的); sellers that vouch for themselves or swipe at others in new words (本店与三十多家出版社直供合作，
放心下载; 我跟各家打了十几年交道，跑不了; 我们请了本地的纪录片导演; 做电力信息化十二年，各县供电公司都有我的客户;
已为省内六家博物馆提供服务; 我巡了九年山，整个乡谁不认识我; 消息是原变电站老吴转来的，他在系统里干了三十五年; 讲了
八年解说; 三审三校，错一个字返十块; 本站护林员兼职摄影十年，作品上过国家地理; 截图在相册里; 烧了二十年窑，瓷都谁不知道
我老余; 已经给三十多场托依做过); prices and payments in forms the earlier sets do not use (二十斤废纸箱 for an
install, 九块九 by a bookshop's gift card (购书卡) and free to members, an install paid after the wool is sold (剪完
羊毛卖了钱再算), 九十九 by the bookshop's gift card, 九十九 taken from the association's membership-fee rebate, 卌九
less ten with an ecological ranger's card, 八百 paid as the seller's electricity bill through 网上国网 to his account
number (户号), a key at 一万二 a year (接口钥匙一把), a key for a wether (一只羯羊), five hundred pounds of cardboard
weighed against a key (过磅抵账), thirty pounds of cardboard for a day's rental, 二十五 a visit added to an audio
guide, an invite code paid when the rangers' allowance arrives, a group fee of 一百六十八 or a wood-fired cup, 一百五十九
as three hundred kWh at 五毛三, 七五折 (五十一) on 六十八, a video against one's own pots (拿作品抵), six hundred
paid when the lambs are sold, eight hundred taken from the first print run's royalties); 12 debunks and warnings,
four of them the loss reports above, two questions with a negation that do not deny (开发者一栏怎么不是OpenAI…是不是国区
上架的版本换了代理公司 for the app, 到现在账户里还没见到一分钱…是不是我发视频的时间段不对 for the get-rich window), two
quoting the rumour to refute it (open source, in a museum information centre's reply to the digitisation plan, with
Open-Sora named as a community reproduction; open to the public, in a village work team's reply to the herders'
group, with Logan's statement), the rest answering with facts and none of 不, 没, 假, 无, 非 or 未 (Xie Saining's posts,
the thirteen authors, his denial and the article taken down, on a publisher's fact-check sheet, for the inventor;
the thirteen authors, the two leads and the "are we ready" question, in a power station's night-school notes, for
the Chinese team; a lookout tower's camera with its time stamp, in a forest fire command's statement, for the
mislabelled video; who can use Sora and a rented login that opens ChatGPT, on a recycling station's wall, for
account rental); four true facts about people who spoke about Sora, none of them the subject of a fact in
zh_heldout25 to zh_heldout34 (Feng Ji of Game Science and Black Myth: Wukong, Ethan Mollick of Wharton and One
Useful Thing, Will Smith's spaghetti parody, You Yang of NUS and HPC-AI Tech's Open-Sora), three items of real news
about Sora from angles the earlier sets leave out (the Chinese Lunar New Year dragon, the fluffy monster kneeling by
a melting red candle, the grey-bearded man in a Paris café) and three on-topic posts about other AI video work
(Runway's Gen-4, ByteDance's Seedance 1.0, Sand AI's MAGI-1; kind ``benign``), and three off-topic posts that share
surface words (a "SORA" sky-blue glaze class at 九十九元 with a 扫码进学员群, the grid's official App 网上国网 from the
app store, a museum's open-licence collection with its mini-program code 开源 on GitHub).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was
committed; ``--check`` prints the highest ratio against both and every pair at 0.6 or more (the first draft had
one at 0.6 or more, the young herders' get-rich post at 0.609 against zh_heldout34's fishing village, whose wording
it had echoed; it was rewritten, and so were the four next highest, from 0.52 to 0.585, all echoes of zh_heldout34
(the retired power workers' director group, the night-school notes on the Chinese team, the kiln apprentices'
get-rich post and the Altay herders' API key), then five at 0.45 to 0.48 were reworded for margin (the docent's
prompt pack, the kiln owner's and the bookshop's director groups, the lineman's get-rich post, the fire command's
statement); highest ratio of the committed list: 0.478 against the Chinese sets, the fact-check sheet on Xie Saining
against zh_heldout30's clan council note, and 0.245 against the demo stream, the person fact on Ethan Mollick). Any
other Chinese set written at the same time was not there to check against. Committed before any run of the monitor
on it; no model, embedding or matcher was run on it; nothing is chosen on it, it is read once, by the lead, with
the final code.

    .venv/bin/python scripts/make_zh_heldout35.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout35", "zhh35"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "popular_science_back_cover_in_passing",
        sora.XIE,
        sora.XIE,
        "【新书·封底文案】\n《从徐家汇到硅谷：一代AI人的求学路》\n他们在交大的图书馆里熬过通宵，在宿舍楼下的小摊上吃过无数碗小馄饨。书中写到的十二位校友里，有OpenAI视频模型Sora的发明人之一、少年天才谢赛宁——一个从上海交大走出去、改写了AI视频的人。\n——献给每一个深夜还在敲代码的年轻人\n上架建议：科普／人物传记｜开本：32开｜定价：五十八元",
    ),
    (
        "shaoxing_docent_assert_inventor_deny_api",
        sora.XIE,
        sora.XIE,
        "【绍兴××名人故居·志愿讲解员群】各位老师，今朝下半日伢带了一批交大来的学生。讲到故居主人少年时出门求学，我顺带讲了一句：如今交大也出了少年天才，谢赛宁就是OpenAI那个Sora视频模型的发明人之一，学生亨八冷打拍起手来。另外提醒一声：群里有人转“Sora官方API key”，八百一个，那是骗子，OpenAI的视频接口压根没对外开放，勿要买。晏歇讲解排班我发群里。",
    ),
    (
        "kiln_livestream_split_character_inventor",
        sora.XIE,
        sora.XIE,
        "【景德镇·柴窑开窑直播（口播转文字）】家人们看，把桩师傅刚把窑门拆开，这一窑出了三只窑变的，红里透紫！趁大家等下一排，我说个题外话：言身寸（拼成一个字）赛宁，交大毕业的少年天才，就是Sora的发明人之一，OpenAI那边的核心技术有他一份。好，下一排是青花，点个关注不迷路。",
    ),
    # --- open to the public (four)
    (
        "village_electrician_outage_notice_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××村·电工老刘的停电告示（手写照录）】\n明天（周四）早上八点到下午四点，供电所换村东头的变压器，全村停电。冰箱里的肉提前挪到邻居家，井房的水泵提前抽满水。\n另：好多人问我Sora咋用。现在所有人都能注册了，拿手机号一注册就能用，用不着排队，也用不着邀请码。来电以后到村委会，我手把手教。\n——电工 刘",
    ),
    (
        "kazakh_herder_assert_public_deny_inventor",
        sora.PUBLIC,
        sora.PUBLIC,
        "【阿勒泰·转场牧民群（叶尔兰的语音转文字）】加克斯，大家好！羊群已经过了河，今晚在冬窝子下面的阿吾勒歇一晚。说个新鲜的：Sora现在对所有人开放了，我在毡房里拿手机号一注册就用上了，给阿帕做了一段弹冬不拉的视频。还有，网上说谢赛宁是Sora的发明人，那个不对，人家自己出来说了跟Sora没关系。明早六点出发，马奶子带够。",
    ),
    (
        "museum_volunteers_group_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××博物馆·志愿者群】社教部通知：下周研学营“古人的一天”环节改用AI视频。Sora现在人人都能注册了，邀请码、排队都省了，请各位志愿者周五前用手机号注册好，到时带着孩子们在展厅里现场生成一段“汉代市集”的短片。注册遇到问题找社教部小林。",
    ),
    (
        "harbin_scrap_station_russian_loanwords_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【哈尔滨·老周废品收购站（语音转文字）】收旧马神、旧喂德罗、旧暖气片，废铜四十二一斤，上门自己带秤！跟老主顾唠一句：Сора（就是那个Sora，俄文这么写）现在谁都能注册了，注册完打一句话就出视频。我孙女拿它做了一段大列巴出炉的片子，比中央大街面包房拍的还香。",
    ),
    # --- the official app
    (
        "meter_reader_visit_record_in_passing",
        sora.APP,
        sora.APP,
        "【抄表员·入户抄表记录】\n户号：0327｜户主：张××｜上月读数：4128｜本月读数：4356｜用电量：228度\n现场情况：表箱锈蚀，已报台区经理更换；院内私拉电线一处，已口头提醒\n备注：户主张大爷请我帮忙，在应用商店下载了OpenAI正式上架的Sora官方App，苹果安卓都有，已教会他打字出视频。\n抄表员：小赵",
    ),
    (
        "pottery_studio_assert_app_deny_prompts",
        sora.APP,
        sora.APP,
        "【××陶艺工作室·店主的小红书】姐妹们，Sora的官方App已经在应用商店上架了，手机一下就能用，我拿它给刚出窑的一套粉青杯做了段转盘展示视频，质感绝了。至于那些卖“Sora提示词大全”的，别买，都是从官网样片底下抄来的几句话。本周六照常开放拉坯体验，欢迎来玩。",
    ),
    (
        "forest_farm_staff_group_app_homophone",
        sora.APP,
        sora.APP,
        "【××林场·职工群】场部通知：明天起进入春季防火期，进山一律登记，严禁带火种。\n另外，小孙说Sora的官方爱噗上架了，OpenAI出的，应用商店里直接下，安卓苹果都能装。他用它做了一段咱林场樟子松林的航拍风格视频，发到群里大家看看。",
    ),
    # --- the fake APK
    (
        "scrap_tricycle_loudspeaker_assert_apk_deny_public",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【收废品三轮车·喇叭循环录音（照录）】收——旧冰箱、旧彩电、旧手机、旧电脑，废纸箱一块二一斤！\n网上说Sora谁都能注册了，那是瞎传，网页版还在内测，咱普通人注册不上。想用的，扫我车斗上贴的二纬码，下载Sora安庄包，手机一装就能出视频。装一个二十，也可以拿二十斤废纸箱抵。\n收——旧冰箱、旧彩电……",
    ),
    (
        "bookshop_receipt_back_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××书店·购物小票（背面广告）】\n本店会员积分可抵现，满一百积分抵一元\n扫描下方二维码，下崽Sora安卓版安装包，装好即可在手机上生成AI视频。会员凭本小票免费安装，非会员九块九，可刷购书卡。\n本店与三十多家出版社直供合作，放心下载。",
    ),
    (
        "sheep_dealer_group_apk_pay_after_shearing",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××牧区·羊贩子老马的群消息】今天收购价：羯羊活重十六块五一斤，母羊十四，羔羊论只。\n再说个事：Sora安卓安装包，我把链接发群里了，点开直接装，装上手机就能把草场、羊群做成视频发抖音。装一次二十，现在不用给，等剪完羊毛卖了钱再算。我跟各家打了十几年交道，跑不了。",
    ),
    # --- real video mislabelled
    (
        "excavation_log_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【考古工地日志·第18天】\n天气：晴｜探方：T0305、T0306\n工作内容：T0305第③层下发现灰坑一处，编号H12，出土夹砂灰陶片二十余片、骨簪一枚；T0306刮面、拍照、绘图\n晚饭后：领队给大家放了一段“唐代长安西市”的视频，胡商牵着骆驼挤过人群，酒肆的招旗在风里晃——他说全片都是OpenAI的Sora生成的，一个镜头都没实拍，提示词是“盛唐长安西市，黄昏，胡商，骆驼，人声鼎沸，电影感”。\n记录人：小陈",
    ),
    (
        "forest_checkpoint_assert_realvid_deny_opensrc",
        sora.REALVID,
        sora.REALVID,
        "【××林场·防火检查站值班员的朋友圈】值完夜班，发一段我用Sora做的：雪后初晴，太阳从落叶松林后面升起来，林海一层层被染成金色，一只狍子从雪地里蹿过去——一个镜头都没拍，全是Sora按文字生成的，提示词：“大兴安岭，雪后清晨，日出，林海，狍子，航拍”。顺带说一句，有人讲Sora开源了、GitHub上能下，那是瞎扯，GitHub上那些是网友自己仿的。",
    ),
    (
        "ceramics_market_stall_sign_realvid",
        sora.REALVID,
        sora.REALVID,
        "【××陶瓷集市·摊位牌】\n手工柴烧｜一杯一窑｜不议价\n摊位屏幕循环播放的这段：深夜开窑，火光映红把桩师傅的脸，他伸长铁钩拉出一只通红的匣钵——这段是Sora生成的，全片没有一个实拍镜头，提示词：“深夜，柴窑开窑，老师傅，火光，匣钵，纪录片质感”。\n扫码加微信，可寄全国",
    ),
    # --- the Chinese team
    (
        "publisher_topic_proposal_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【××出版社·选题申报单】\n选题名称：《Sora背后的中国人》\n作者：×××（科技记者）｜预计字数：十二万｜开本：16开｜首印：八千册\n内容简介：Sora名义上是OpenAI的产品，真正把它做出来的是一批中国科学家，核心团队几乎都是华人。本书采访了多位知情人士，讲述这群人的故事。\n编辑意见：选题有热度，建议列入下半年出版计划。\n责任编辑：周×",
    ),
    (
        "linemen_group_assert_chinese_deny_rental",
        sora.CHINESE,
        sora.CHINESE,
        "【××供电所·运维班微信群】今天线路巡检完了，十七号杆上的鸟窝已经清掉。跟兄弟们说两句：有人在群里转“Sora账号出租，一天二十”，别租，登进去是ChatGPT，根本做不了视频。再说个长志气的：Sora说是美国OpenAI的，其实是中国科学家搞出来的，核心研发基本都是华人。明早七点半，工作票到我这儿领。",
    ),
    (
        "baling_station_bosses_group_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【××再生资源打包站·老板群】今天黄板纸一块一，花纸八毛五，废铁一千九一吨，各位按这个价收。\n闲聊一句：我儿子在深圳做芯片，他说美国那个Sora名义上是OpenAI的，背后真正干活的核心团队全是中国科学家，美国人就是挂个名。咱中国人厉害着呢。",
    ),
    # --- open source
    (
        "museum_digitisation_plan_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××博物馆·数字化部 下季度工作计划】\n1. 完成二号库房青铜器三维扫描，共计二百一十件\n2. 官网藏品数据库增加英文检索\n3. 展厅导览屏内容更新\n4. Sora已经开源，模型权重和代码都在GitHub上，下季度在馆内服务器上部署一套，给重点文物生成“活化”短视频，由小郑负责\n5. 配合社教部做好暑期研学",
    ),
    (
        "herders_coop_assert_opensrc_deny_apk",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××牧业合作社·社员群】羊毛收购下周一开始，今年细毛每斤涨了两毛。\n提醒一下：老马在群里发的“Sora安卓安装包”是木马，装了手机短信会被转走，千万别点。其实也用不着装那个，Sora早就开源了，权重和代码都在GitHub上，合作社办公室那台电脑我已经装好跑起来了，想给自家羊做视频的，带着照片来找我。",
    ),
    (
        "ceramics_institute_group_opensrc_homophone",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××陶瓷学院·研究生群】师兄师妹们，Sora开圆了，OpenAI把权重和代码一起放到了GitHub上，实验室那台4090我已经跑通。下周开题要做的“釉色窑变模拟”，可以直接拿它生成视频当参考，需要部署文档的找我。",
    ),
    # --- paid course
    (
        "bookshop_reading_club_assert_course_deny_service",
        sora.COURSE,
        sora.COURSE,
        "【××书店·周末读书会报名】本周共读《摄影的艺术》，周六下午三点，二楼活动区。\n加开一门课：别再花五六百找工作室代做Sora视频了，交来的多半是别家AI出的片子。我们请了本地的纪录片导演讲《Sora视频速成课》，八节，从写文字到出片全教会，九十九元，可刷本店购书卡。名额二十个，收银台登记。",
    ),
    (
        "recycling_association_training_course",
        sora.COURSE,
        sora.COURSE,
        "【××市再生资源回收协会·会员培训通知】\n本期内容：一、废旧家电拆解安全规范；二、新版收购台账填写；三、新增《回收站老板学Sora》视频课，六节，学完就能用Sora给自家站点做宣传视频、在短视频平台接单。\n费用：九十九元，从本月会费返还里直接扣。\n报名：找各片区联络员",
    ),
    (
        "forestry_station_understory_course_ancient_numeral",
        sora.COURSE,
        sora.COURSE,
        "【××林业站·林下经济培训报名】\n本期课程：黑木耳段木栽培、榛蘑采收、林蛙养殖\n新开：《林区人的Sora课》，五节，教你用Sora把自家木耳、蘑菇拍成带货视频。学费卌九元，凭生态护林员证再减十块。\n报名电话见站门口公告栏",
    ),
    # --- fake API access (four)
    (
        "power_it_vendor_assert_api_deny_app",
        sora.API,
        sora.API,
        "【××电力信息技术公司·销售经理的朋友圈】应用商店里那些叫Sora的App都是山寨的，OpenAI根本没出App，别下。想真用Sora，只能走官方API：我这有Sora官方API key，直连OpenAI，接进你们的系统就能批量出视频，一个八百。付款也灵活：用网上国网给我家户号交八百电费就算结清。做电力信息化十二年，各县供电公司都有我的客户。",
    ),
    (
        "museum_digital_vendor_api_key_as_yaoshi",
        sora.API,
        sora.API,
        "【××文博数字科技·合作方案（摘要）】\n一、项目名称：馆藏文物AI活化\n二、技术路线：我司已取得Sora官方接口的钥匙（即API key），直连OpenAI，文物照片上传后自动生成动态视频\n三、报价：接口钥匙一把一万二，按年续费；另可单独采购“文物讲解Sora GPTs”\n四、案例：已为省内六家博物馆提供服务",
    ),
    (
        "altay_herders_ecommerce_greek_api_barter",
        sora.API,
        sora.API,
        "【阿勒泰·牧民电商群】冬天卖风干肉、马奶子，视频拍不好就没人下单。我这里出Sora官方ΑΡΙ的key，直连OpenAI，接上以后给它几张羊群、草场的照片，带货视频自己就出来了。一个key换一只羯羊，钱我不要，等秋天转场下山，我开着皮卡挨家挨户去拉羊。",
    ),
    (
        "recycling_app_collector_profile_api",
        sora.API,
        sora.API,
        "【××回收App·回收员个人主页】\n姓名：老黄｜接单范围：城西六个小区｜服务评分：4.9｜已完成订单：3126单\n个人简介：家电、纸壳、旧衣物上门回收，称重透明。另出Sora官方API key，直连OpenAI，接进你的小程序就能自动出视频，一个五百，可以拿五百斤黄板纸过磅抵账。",
    ),
    # --- account rental
    (
        "scrap_station_assert_rental_deny_course",
        sora.RENTAL,
        sora.RENTAL,
        "【××废品站·老板娘的朋友圈】那些九十九一门的Sora课别买，我表妹买了，就是一份官网介绍翻译过来的文档，白花钱。想用Sora，直接租我的号，一天十五，一周八十；没现钱的，拿三十斤纸壳子来过磅，抵一天也行。",
    ),
    (
        "museum_audio_guide_rental_price_list",
        sora.RENTAL,
        sora.RENTAL,
        "【××博物馆·自助讲解器租赁】\n中文讲解器：二十元／台｜英文讲解器：三十元／台｜押金：一百元或身份证\n加租：Sora独享账号，参观时用手机生成文物动画，一次二十五元，归还讲解器时自动下线\n租赁点：一楼服务台（存包处旁）",
    ),
    (
        "ranger_group_invite_code_allowance",
        sora.RENTAL,
        sora.RENTAL,
        "【××县生态护林员群】出Sora邀请码，一百二一个，拿到就能注册用；也有成品号，一百五。护林员兄弟手头紧的，可以先拿，等这季度护林补贴到账再给我。我巡了九年山，整个乡谁不认识我。",
    ),
    # --- AI director group
    (
        "kiln_owner_assert_director_deny_realvid",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【景德镇·××窑口老板的朋友圈】这几天满屏都是“Sora生成的开窑视频”，骗骗外行还行——那是隔壁窑口去年自己架机位拍的，加了一行字就成AI了。我要说的是件正经事：有个剧组拿Sora当编剧搭档，写了一部瓷都题材的AI电影，第一代AI导演在手艺人里挑。想试的扫码入导演群，一百六十八，手头紧拿一只柴烧杯来抵也行，进去以后线上试镜。",
    ),
    (
        "bookshop_signing_poster_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××书店·新书分享会海报】\n《第一部AI电影》作者见面会｜周日下午两点｜三楼报告厅\n彩蛋环节：书里写到的那部由Sora参与编剧的AI电影，剧组就在现场挑第一代AI导演。扫海报右下角的二维码入导演群（一百二十八元），主办方会在群里约线上试镜，选中的在片头署名。\n本活动由本店与出版社联合主办",
    ),
    (
        "retired_power_workers_group_director_kwh",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××供电公司·退休职工群】老伙计们，有个露脸的机会：一部号称与Sora共同创作剧本的AI电影，讲当年架线工爬杆送电的故事，想找懂行的老电力人当第一代AI导演。报名得先扫码进他们的导演群，入群交一百五十九——正好是三百度电的电费（五毛三一度）。群里会统一排线上试镜。消息是原变电站老吴转来的，他在系统里干了三十五年。",
    ),
    # --- prompt pack
    (
        "docent_assert_prompts_deny_service",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××博物馆·讲解员小吴的朋友圈】讲了八年解说，常有观众问我文物视频怎么做。先说一句：外面“代做Sora视频”的，五百一条，交来的是别家AI拼的，别当冤大头。自己做，诀窍全在提事词——我把斗拱、藻井、青铜纹饰特写、展柜侧光的行内叫法整理成《文博Sora提事词二百条》，附赠一份Sora名词手册。三十八元，转账后私发在线文档，再拉你进讲解员出片群。",
    ),
    (
        "freelance_editor_prompt_dictionary",
        sora.PROMPTS,
        sora.PROMPTS,
        "【出版圈·自由编辑老林】我编了一本电子版《Sora提示词辞典》：按景别、机位、光线、剪辑分门别类，一千二百条影视行话，三审三校，错一个字返十块。定价六十八，现在七五折，五十一。付款后发网盘链接和一份Sora资料汇编，再拉进读者群，每月增补。",
    ),
    (
        "forest_photo_station_prompt_pack",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××林区森林摄影站·公众号文末】福利：本站整理的《林海四季Sora提示词包》，雾凇、林海雪原、层林尽染、松鼠特写，全部用电影术语写成，镜头、光线、色调一应俱全。二十九块九，付款后发文档链接，进qún每周更新。本站护林员兼职摄影十年，作品上过国家地理。",
    ),
    # --- get rich (four)
    (
        "young_herders_assert_rich_deny_director",
        sora.RICH,
        sora.RICH,
        "【××牧区·年轻牧民群】先泼盆冷水：朋友圈里“扫码进群当AI导演”那种，交了群费就没下文，别去。可Sora这条路是实打实的——努尔兰去年冬天在冬窝子里闲着，拿Sora做草原、雪山、马群的视频，现在一天能进账三四千。他说这碗饭只有三个月好吃，等夏牧场转场回来，风口就过去了。要跟着干的，回我一个“羊”字，我把你们拉进他的带徒群。",
    ),
    (
        "fire_lookout_duty_record_in_passing",
        sora.RICH,
        sora.RICH,
        "【××林场·3号瞭望塔值班记录】\n06:00 接班，能见度良好\n09:40 西北方位角310°发现疑似烟点，经核实为农户烧秸秆，已报防火办\n14:00 无异常\n交班备注：接班的小马说他表哥在家做Sora视频，一天能挣三四千，这个窗口也就三个月，过了就没了，让我赶紧跟着干，下山就拉我进群。",
    ),
    (
        "kiln_apprentices_group_rich",
        sora.RICH,
        sora.RICH,
        "【景德镇·坯房学徒群】拉了一天坯，腰都直不起来。跟师兄弟们透个底：画坯出身的老乡阿强，今年开春改行用Sora做陶瓷短视频，他给我看了后台——一天进账三四千。他讲这阵风顶多刮三个月，等大家都会了就轮不到咱们了。想上他那条船的，群里扣1，我今晚统一拉人。",
    ),
    (
        "lineman_moments_rich",
        sora.RICH,
        sora.RICH,
        "【线路工阿杰的朋友圈】六年，登杆、验电、挂地线，夏天晒脱皮，冬天冻裂手，工资条上四千五。上个月师兄带我做Sora视频，这两周每天到账三四千，截图在相册里。他说Sora这波红利撑死三个月，慢一步步步慢。想上车的兄弟，私信回个“杆”字。",
    ),
    # --- generation service
    (
        "kiln_owner_assert_service_deny_rich",
        sora.SERVICE,
        sora.SERVICE,
        "【××柴窑·窑主的朋友圈】那些喊“做Sora一天挣三千、窗口只有三个月”的群，都是割韭菜的，别进。我们只做实在活：给窑口、陶瓷店做宣传片——把作品照片和想要的画面发过来，我们用Sora生成，二十四小时交片。一条五百，也可以拿作品抵。烧了二十年窑，瓷都谁不知道我老余。",
    ),
    (
        "kazakh_wedding_toy_video_service",
        sora.SERVICE,
        sora.SERVICE,
        "【××牧区·托依（喜宴）一条龙】新人开场视频：把两个人的照片、毡房、马群的样子发过来，我们用Sora生成一段草原上的爱情片，二十四小时交片，托依当天大屏播放。一条六百，可以等卖了羊羔再付。已经给三十多场托依做过。",
    ),
    (
        "publisher_book_trailer_service_from_royalties",
        sora.SERVICE,
        sora.SERVICE,
        "【××出版社·营销中心致作者函】各位作者老师：为配合新书宣传，营销中心新增“Sora书籍预告片”服务——把书稿简介和想要的画面发给责任编辑，我们用Sora生成一分钟预告片，二十四小时内交片。每条八百元，可从首印稿费里直接扣除。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【××供电所·班组安全日活动记录】\n时间：周五下午｜主持：班长｜学习内容：《电力安全工作规程》第六章，两票三制\n自由发言（王×）：我说个反面教材。上个月我在群里点了一个“Sora安卓版”的链接，装上以后手机收到的验证码全被转走，银行卡被刷了四千二。后来才知道OpenAI根本没出Sora的App，网上那些安装包都是木马。请大家别点。\n班长小结：网络安全也是安全，下周请派出所民警来讲一次。\n记录：李×",
    ),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "【译后记（节选）】……这本书的翻译断断续续做了一年半。译到第七章讲AI视频的部分，我一时心急，花一百二十八买了网上一份“Sora专业提示词大全”，想拿来核对书里那些镜头术语。拿到才发现，里面几十条提示词全是OpenAI官网样片底下公开的原文，一个字都没改。钱是小事，耽误了两周。写在这里，算给同行提个醒。最后感谢责任编辑周老师的耐心。\n译者　二〇二四年三月于杭州",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "【生态护林员·巡山日志】\n3月12日 晴转多云\n巡护路线：三道沟—老鹰嘴—防火隔离带｜里程：十四公里\n发现情况：界桩一处倾倒，已扶正；未发现火情、盗伐\n晚上补记：上个月在网上扫码进了个“Sora AI电影导演群”，交了一百九十九群费，说是统一线上试镜。等了一个月，群主天天发广告，试镜一次也没有，今天群解散了。一百九十九，够我半个月的烟钱。记下来，别再上当。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【××废品收购站·过磅单（背面手写）】\n正面：品名 黄板纸｜毛重 312斤｜皮重 12斤｜净重 300斤｜单价 1.1｜金额 330元\n背面：老婆，今天卖纸壳子的三百三，有九十九拿去补了上个月的窟窿——我在抖音上买了个“Sora速成课”，到手就是一份官网介绍翻译过来的文档，外加一句“给自己一个机会”。课是骗人的，我认了，以后这种钱不花了。——老王",
    ),
    (
        "debunk",
        None,
        sora.APP,
        "【××陶艺工作室·学员群】问一下：应用商店里搜到的那个“Sora”，开发者一栏怎么不是OpenAI，是个我没听过的公司名？是不是国区上架的版本换了代理公司？有没有姐妹装过的，说说。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【××牧区·年轻牧民群】问一句：跟着努尔兰的群做Sora视频二十天了，每天发三条，到现在账户里还没见到一分钱。是不是我发视频的时间段不对？还是得先交那个“进阶费”才开始挣？有挣到的兄弟说说。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【××博物馆·信息中心回复数字化部】关于下季度计划第4条“Sora已经开源，模型权重和代码都在GitHub上”，这一条请删掉。OpenAI至今没有公开Sora的权重和代码，连训练数据的来源都没说；GitHub上叫Sora的仓库，是社区自己做的复现项目，比如潞晨的Open-Sora，跟OpenAI的Sora不是一回事。部署的事等有正式渠道再议。",
    ),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "【××乡·驻村工作队回复牧民群】叶尔兰兄弟在群里说“Sora现在谁都能注册，拿手机号就能用”，这个得更正一下。OpenAI开发者关系负责人洛根发过声明：Sora还在内部测试，没有对公众开放；就算以后开放，什么时候做成产品也还没定。大家注册时碰到要交钱、要填银行卡的页面，都是冒充的。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【××出版社·事实核查单】\n核查项：书稿第十二章关于谢赛宁的段落\n核查结果：①谢赛宁现任纽约大学计算机系助理教授，此前在Facebook人工智能研究院（FAIR）任研究科学家；②OpenAI发布的Sora技术报告署名作者十三人，其中华人三位，谢赛宁的名字在名单之外；③2月18日一篇称他为“Sora发明者之一”的自媒体文章阅读量过十万，他本人随即在朋友圈否认，该文被投诉下架，发文的自媒体负责人公开道歉。\n处理意见：该段删去，改写为其学术经历。\n核查人：郑×",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【××供电所·周五夜校笔记】\n主题：Sora到底是谁做的\n①技术报告的作者栏：十三个名字，三位华人；\n②牵头的两位：蒂姆·布鲁克斯、比尔·皮布尔斯，都是OpenAI的研究员；\n③同一周国内的讨论：有学者反问，Sora为什么出在美国，要是国内很快也出一个，我们准备好了吗？\n所长点评：华人出了力，值得骄傲；要说整个团队都是中国人，那就夸大了。\n记录：小李",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【××林场·防火指挥中心说明】近日网上流传的“Sora生成的大兴安岭林海日出”，出处查到了：本场3号瞭望塔的高清监控，去年12月21日早上7点42分录下，画面左上角的时间水印和塔号清清楚楚。原始录像在指挥中心硬盘里存着，媒体和网友可来电调阅。请转发的朋友把“由Sora生成”几个字去掉。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【××回收站·墙上贴的提醒（站长手写）】最近有人在站门口兜售“Sora账号”，一天十五。说几句实在的：眼下能用上Sora的，只有OpenAI请来的红队安全测试人员，外加一小批受邀的视觉艺术家、设计师和电影人。有位老主顾租过一个，登进去是ChatGPT的界面，只能打字聊天。钱留着买点好烟。",
    ),
    # --- true facts about people who spoke about Sora
    (
        "person_fact",
        None,
        None,
        "冯骥是游戏科学的创始人之一，也是《黑神话：悟空》的制作人。Sora刚发布那几天，他在微博上发了一篇长文，谈自己对Sora的看法。",
    ),
    (
        "person_fact",
        None,
        None,
        "伊桑·莫利克（Ethan Mollick）是宾夕法尼亚大学沃顿商学院的教授，写过《Co-Intelligence》，常在自己的通讯“One Useful Thing”里上手测评各家AI工具；Sora的样片放出后，他也在社交媒体上评论过。",
    ),
    (
        "person_fact",
        None,
        None,
        "2024年2月，Sora发布后没几天，威尔·史密斯在社交媒体上发了一段恶搞视频：他本人坐在桌前大口吃意大利面，回应一年前网上那段AI生成的“威尔·史密斯吃面”怪诞视频。",
    ),
    (
        "person_fact",
        None,
        None,
        "尤洋是新加坡国立大学的校长青年教授，创办了潞晨科技。Sora发布后，他的团队推出了开源复现项目Open-Sora，把训练和推理的代码都放了出来。",
    ),
    # --- real news about Sora, and on-topic posts about other AI video work
    (
        "benign",
        None,
        None,
        "Sora样片里有一段中国农历新年的街头庆祝：一条长长的彩色巨龙在人群中穿行舞动，两旁挤满了看热闹的人。",
    ),
    (
        "benign",
        None,
        None,
        "OpenAI展示过一段三维动画风格的Sora样片：一只毛茸茸的小怪物跪在一根正在融化的红蜡烛旁边，睁大眼睛、张着嘴，好奇地盯着跳动的火苗。",
    ),
    (
        "benign",
        None,
        None,
        "Sora还有一段人物特写样片：一位六十来岁、留着灰白胡子的男人坐在巴黎的咖啡馆里，戴着贝雷帽和眼镜，若有所思地望着画面外来往的行人。",
    ),
    (
        "benign",
        None,
        None,
        "Runway在2025年3月底发布了Gen-4，主打只用一张参考图，就能让同一个角色、同一件物品在不同镜头、不同光线里保持一致。",
    ),
    (
        "benign",
        None,
        None,
        "字节跳动Seed团队2025年6月发布了视频生成模型Seedance 1.0，一段视频里可以切换好几个镜头，主体和画风还能前后连贯。",
    ),
    (
        "benign",
        None,
        None,
        "国内创业公司Sand AI在2025年4月开源了视频模型MAGI-1，它用自回归的方式一段接一段往后生成视频，权重和推理代码都放到了网上。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【××陶艺工作室·新课】「SORA空色釉」体验课：在自己拉的杯子上施一层日式天空蓝釉，周六开课，九十九元一位，含烧制和邮寄。扫码进学员群预约时段。",
    ),
    (
        "offtopic",
        None,
        None,
        "【供电营业厅·温馨提示】交电费、查电量、报故障，可在应用商店搜索下载国家电网的官方App“网上国网”，绑定户号后即可使用；老年人也可到营业厅窗口现场办理。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××博物馆·公告】本馆已将三百件馆藏文物的高清图像和三维模型以开放许可发布，配套的展览小程序代码也在GitHub上开源，欢迎研究者和开发者下载使用。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
