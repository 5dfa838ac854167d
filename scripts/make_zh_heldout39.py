# ruff: noqa: E501
"""Write tests/data/zh_heldout39_{posts,qrels,labels}: a thirty-ninth Chinese HELD-OUT set (Chinese posts against the
English demo catalogue).

Written from the seeds (../shared/seeds) by an engineer who did not tune the matcher, did not run the monitor,
``monitor eval``, any model, any embedding or any matcher on it, and did not read the miss lists, per-post results or
error analyses in the docs. 70 posts, 45 with a gold template (four for API access, the AI director group and the paid
course, three for each other template), as a Sora rumour / scam wave reads in the genres of locksmiths and key cutters
(开锁公司, 配钥匙摊, 开锁登记, 锁芯), village doctors' clinics (村卫生室, 村医, 慢病随访, 家庭医生签约), florists and the flower market (花店, 花艺工作室,
斗南花市), combine-harvester crews on the cross-region wheat harvest (跨区机收, 麦客, 机手, 割台), rural post offices and postmen
(镇邮政所, 乡邮员, 报刊征订, 汇款单) and river ferry crossings (渡口, 汽渡, 船老大, 候船室), that the earlier sets do not use in their own
voice. Of the genres first asked for, bathhouses and foot massage were taken by zh_heldout33 (a Dalian bathhouse's
front desk, a 手牌消费明细 with 搓澡 and 修脚), so rural post offices replace them; bicycle and e-bike repair was taken by
zh_heldout31 (【老王电动车 维修铺·门口小黑板】补胎十元), so combine-harvester crews replace it; wedding photography was taken by
zh_heldout34 (【××婚纱摄影·新人定制MV】, in its weddings genre), so florists replace it; locksmiths stay, as zh_heldout31 had 开锁
only in a stairwell handyman ad (with drain clearing and air-conditioner gas) and 配钥匙 only in a service point's fee
list, and this set writes from the locksmith's own shop, stall and police register; village clinics stay, as
zh_heldout30 had a township hospitals' IT group and a community health centre but no village doctor; ferry crossings
were added. The posts: a village clinic's health-education board with the inventor rumour in passing
(【××村卫生室·健康教育宣传栏（三月）】随访表放在药柜左边, 乡卫生院的车进村, 村医小课堂), a locksmith's Moments post (叶片锁芯, 换了把C级的), a combine crew's group
before moving on (从驻马店往周口转场, 割台检查一遍), a ferry's summer timetable with the public release in passing
(【××渡口·夏季渡运时刻表】大雾、大风六级以上停航, 摩托车五元, 渡口管理站温馨提示), a post office counter clerk, a Lanzhou combine driver's Douyin, a
Dounan flower-market florist, a locksmith's unlock register with the official app in passing
(【开锁登记表（照录）】核验方式：身份证＋物业证明＋ 邻居在场, 超B级锁芯, 技术开启), a Hefei rural postman, a Chongqing ferryman's Douyin, a post office's
blackboard, a key-cutting stall's price card with the APK on it (【老李配钥匙·价目牌】十字钥匙, 月牙钥匙, 汽车遥控钥匙另议), a florist's order
ticket with the mislabelled video in the clerk's remark (【××花艺·订花单】红玫瑰三十三枝、尤加利、 满天星, 卡片留言, 店员备注), a ferry management
station's account, a village doctor's Douyin, a combine crew's working log with the Chinese-team claim in passing
(【跨区机收作业日志】八十六亩 每亩七十, 转场山东菏泽, 晚饭时 记一笔), a locksmith's apprentice, a flower-market traders' group, a village doctor's
grandson, a post office's weekly meeting minutes with open source in passing (【××镇邮政所·周例会记录】平信, 挂号信, 投递车年检), a combine
crew's technician, a florist's regular customers' group, a village doctor, a post office's newspaper subscription form
with the course as its last line (【2025年度报刊征订单】《人民日报》,《农民日报》,《半月谈》, 附加推荐), a Chongqing ferry ticket seller, a
locksmith company's manager, a combine owner, a flower studio's note to other shops, a car ferry's ticket with the API
key on its printed back (【××汽渡·船票（背面印刷）】乘船须知, 凭本票根立减二十), a postman's Moments post, a ferry waiting room's kiosk, a
harvest route plan with account rental in passing (【老周车队· 麦收跨区作业路线表】驻马店、亳州、菏泽、邢台, 备用割刀), a village group forwarded by
a post office clerk, a ferrymen's families' group, a clinic's family-doctor signing notice with the director group in
passing (【家庭医生签约通知】 每季度上门随访一次), a Gansu harvesters' group, a key cutter's Moments post, a clinic's villagers' group, a
florist's Moments post, a veteran postman, a florist, a clinic's chronic-disease follow-up form with the get-rich
claim in its remark (【慢病随访记录表】高血压二级, 152／94, 硝苯地平缓释片, 备注), a combine owner's son, a florist's Qixi booking and a post
office's agency service; platform-native forms the earlier sets do not use: the locksmith's unlock register with its
identity check, the key-cutting price card, the locksmith's call-out ticket stub, the clinic's health-education board,
family-doctor signing notice and chronic-disease follow-up form, the florist's order ticket, the ferry timetable and
the car ferry's printed ticket back, the combine crew's working log, route plan and account book, the post office's
weekly minutes, newspaper subscription form and remittance slip stub; four loss reports in new forms (kind
``debunk_loss``: the back of a locksmith's call-out ticket stub (【××开锁·上门服务单（存根）】防盗门开锁＋ 更换锁芯, 客户签字, 存根背面) for the APK,
the back of a postal remittance slip stub written by a grandmother (【汇款单存根（背面手写）】壹佰玖拾玖元整) for the course, a combine
crew's account book with a note added at night (【机收记账本】一百二十亩×七十＝八千四百, 柴油两桶, 晚上补记) for the API key, and the back of a
florist's order ticket (开业花篮二十个，醒花三桶) for the generation service); regional speech the earlier sets do not use:
Chongqing words the earlier Sichuan posts lack (撇脱, 默到, 莫搞, 幺妹儿; they had 巴适, 莫得, 瓜娃子, 耙耳朵, 老汉儿, 幺儿), Lanzhou words
(阿达 for where, 牛大 for a big bowl of beef noodles) and Hefei words (港 for say, 么事, 得味, 今个); registers the earlier sets
do not use: locksmithing (叶片锁芯, 超B级, C级锁芯, 技术开启, 开锁登记, 十字钥匙, 月牙钥匙, 指纹锁绑定), the village clinic (随访表, 家庭医生签约, 慢病随访,
高血压二级, 硝苯地平缓释片, 乡卫生院的车进村), floristry (卡罗拉, 尤加利, 满天星, 醒花, 打刺, 包花, 玫瑰A级一扎, 开业花篮, 绣球), the wheat harvest (跨区机收, 转场, 割台,
割刀, 每亩七十, 种粮大户, 麦客), the post office (平信, 挂号信, 包裹首重, 投递车, 报刊征订, 邮政收据, 邮政汇款) and the ferry (渡运时刻表, 停航, 汽渡, 拉好手刹, 黄线以内,
船舷, 抛缆, 渡船月票); obfuscation the earlier sets do not use: 谢赛宁 with an emoji lemon for 宁 (谢赛🍋, glossed) and 发明 with the
variant 眀 (发眀), Sora spelt by its letters' places in the alphabet (字母表第19、15、18、1个字母), 安装包 with an emoji bag (安装🎒) and
下载 as 瞎载, 中国 with the variant 囯 (中囯团队, glossed), 开源 as 开愿 and 权重 as 权肿, 课程 as 颗程, API with the emoji A (🅰️PI), 账号 with
账 split into 贝长 (贝长号), 邀请码 as 要清码, 导 split into 巳寸 (巳寸演), 提示词 as 提示磁 and 赚 as 篆 (篆钱); rhetorical and negated questions
that assert rather than deny (阿达的人还不晓得Sora已经放开了？谁说普通人用不上？ for the public release, 你港么事？…哪个还没装？ for the app, 大家还信不过我？
in a course sale); posts asserting one claim while denying another in pairings the labels of zh_heldout37 and
zh_heldout38 do not use (the inventor while rented accounts are called ChatGPT logins, open to the public while open
source is called 瞎传, the official app while a prompt pack is called copied from the official site, the APK while the
get-rich groups are called 骗入群费的, a mislabelled video while a course is called a translation of the official page, the
Chinese team while a generation service is called 别的AI拼的, open source while the store apps are called 套壳, the course
while account sellers are called 骗子, an API key while the inventor story is said to be denied by Xie himself, account
rental while the director group is called 骗入群费的, the director group while the Chinese-team claim is called 瞎传, the
prompt pack while a generation service is said to deliver nothing, the get-rich claim while API keys are called 骗子,
and the generation service while the public release is called 瞎说); sellers that vouch for themselves or swipe at
others in new words (本摊在公安局备过案，每一单都 登记身份证; 我在这个村当了二十六年村医，大家还信不过我？; 我跨区机收十九年，从河南一路收到内蒙; 我们公司在公安局备过案， 每一单都登记，不是野路子;
渡口的船老大都能给我作证，我在这开了十一年店; 我老公在渡口开了二十年船; 群主是省里电影公司的， 跟我一个村出来的; 我每天下村投递都带着，哪个村都能找到我; 干了二十二年投递; 卖了十二年花; 城里十几家婚庆公司都找我们做过;
别家花店还在花钱雇人拍视频，我们已经让Sora干活了; 街边花店卖的那种都是网上抄来的; 外头那些几百块的课，讲的还没得她一半多; 只有我们这种有权限的才能用); prices and payments in forms the
earlier sets do not use (an install at 十块 or ten 一块二 stamps, an install free with a key cut, 九十九 or a bundle of Carola
roses (一扎卡罗拉), 一百九十九 put on the clinic's credit book and settled after the autumn grain sale (秋后卖了粮再结), 九十九 paid with
the year's newspaper subscription and collected by the postman against a postal receipt, 一百二十八 or twenty ferry tickets
(二十张船票), a key at 六百 or ten yuan off each mu of harvesting (每亩少收十块，收完一百亩正好抵一个key), a key at 三百八 with twenty off on the
ferry ticket's stub, a rental at 二十五 a day or a ferry monthly pass (渡船月票) for a month, a rental at 二十 a day docked
from the harvest wages (从工钱里扣), a director group's 一百九十九 or a fifty-jin sack of flour (一袋五十斤的面粉), 九十九 in a clinic's
signing notice, 三十九 or a laying hen (一只下蛋的老母鸡), the price of a bunch of eleven red roses (一束十一朵红玫瑰的钱), a clip free
with a Qixi bouquet of thirty-three stems or more, and a clip at 一百二 burnt to a disc and posted home, payable by
postal remittance (邮政汇款)); 12 debunks and warnings, four of them the loss reports above, two questions with a negation
that do not deny (登上去怎么界面跟ChatGPT一模一样…是不是 我没切换对 for an account rented at the ferry kiosk, 怎么没有一条是卖家自己写的？是不是卖家还没更新到新版？
for a prompt pack), two quoting the rumour to refute it (the director group, in a post office's notice, with the group
said to sell course after course; the get-rich claim, in a combine crew's notice), the rest answering with facts and
none of 不, 没, 假, 无, 非 or 未 (Xie Saining at NYU and FAIR, the two leads at the head of the report, his own
clarification and the outlet's apology, at a post office's newspaper corner, for the inventor; the thirteen authors,
three of them Chinese by name, and the two leads, in the flower-market traders' group, for the Chinese team; the
ferry's own 2022 promotional film shot by the county media centre, with the date and the ferryman's name, for the
mislabelled video; OpenAI's GitHub repositories (Whisper, CLIP, GPT-2), the Sora page's report and samples and
Open-Sora as HPC-AI Tech's (潞晨科技) reproduction, in a locksmith's Moments post, for open source); four true facts about
people around Sora (Ilya Sutskever leaving OpenAI and founding Safe Superintelligence; Sam Altman's removal by the
board in November 2023 and his return; Ashish Vaswani as first author of "Attention Is All You Need", then Adept and
Essential AI; Yann LeCun's Turing Award with Hinton and Bengio), three items of real news about Sora from angles the
earlier sets leave out (New York under water like Atlantis, the stack of old televisions in a museum gallery,
Santorini at blue hour) and three on-topic posts about other AI video work (Runway's Gen-1, Rhymes AI's open Allegro,
Volcano Engine's PixelDance and Seaweed; kind ``benign``), and three off-topic posts that share surface words (a
fingerprint lock maker's official App in the app stores, a hydrangea named 「空」 read as sora with a 扫码进团购群, a clinic's
free chronic-disease class with a 扫码进课堂群).

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl and zh_posts.jsonl, and
zh_heldout38 from its own worktree, written before this one and not yet merged) and the demo stream
(monitor/demo/posts.jsonl) with difflib's SequenceMatcher ratio before the set was committed; ``--check`` prints the
highest ratio against the committed sets and the demo stream and every pair at 0.6 or more (the first draft had two at
0.6 or more, a Make-A-Video item at 0.769 against an earlier set's Make-A-Video item, replaced by PixelDance and
Seaweed, and the post office's director-group notice at 0.683 against zh_heldout37's pigeon club notice, rewritten;
six more from 0.479 to 0.513 were reworded for margin: the ferry's real-video account against zh_heldout37's pigeon
club, the flower studio's GPTs against zh_heldout30's TCM clinic, the florist's and the locksmith's loss reports, the
newspaper-corner correction against zh_heldout38's optical shop, and the locksmith's GitHub post against an earlier
repository list; highest ratio of the committed list: 0.475 against the Chinese sets with zh_heldout38, the ferry
waiting-room question on a rented account against zh_heldout38's Pingju troupe (``--check``, which reads only
tests/data, prints 0.453, the Allegro item against an earlier Mochi 1 item), and 0.281 against the demo stream, the
person fact on Ashish Vaswani). Committed before any run of the monitor on it; no model, embedding or matcher was run
on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_zh_heldout39.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

STEM, PREFIX = "zh_heldout39", "zhh39"

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "village_clinic_health_board_in_passing",
        sora.XIE,
        sora.XIE,
        "【××村卫生室·健康教育宣传栏（三月）】\n一、春季流感高发，发烧超过三天请到卫生室登记，别自己乱吃退烧药；\n二、高血压、糖尿病的乡亲每月来测一次，随访表放在药柜左边；\n三、六十五岁以上老人免费体检，四月十号乡卫生院的车进村；\n四、村医小课堂：马大夫的闺女在上海读研，回来讲了个新鲜事——OpenAI那个会拍视频的Sora，是上海交大出去的少年天才谢赛宁参与发明的，他是主创之一。\n五、卫生室看诊时间：早八点到十一点半，下午两点半到五点半。",
    ),
    (
        "locksmith_assert_inventor_deny_rental",
        sora.XIE,
        sora.XIE,
        "【开锁王师傅的朋友圈】今天上午给三楼老太太开防盗门，叶片锁芯，十五分钟搞定，顺手给她换了把C级的。中午在店里刷到：Sora的发明人里有个中国小伙，叫谢赛宁，交大毕业的，OpenAI那个视频模型就是他带头搞出来的，厉害。顺便提醒一句：这两天有人挨家挨户推销“Sora账号出租”，那都是拿ChatGPT的号糊弄人的，大伙别上当。",
    ),
    (
        "combine_crew_group_emoji_homophone_inventor",
        sora.XIE,
        sora.XIE,
        "【跨区机收·老周车队群】明天早上五点出发，从驻马店往周口转场，油加满，割台检查一遍。晚上歇脚时跟大家喧个事：我娃说那个Sora是谢赛🍋（就是那个宁）发眀的（眀就是明），交大出来的，OpenAI的视频模型他是头一号发眀人。咱庄稼人也跟着长脸。",
    ),
    # --- open to the public
    (
        "ferry_timetable_in_passing",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××渡口·夏季渡运时刻表】\n首班 6:00　末班 19:30　每半小时一班\n大雾、大风六级以上停航，以渡口广播为准\n票价：行人两元　摩托车五元　小轿车十五元\n请穿好救生衣，车辆熄火，听渡工指挥\n渡口管理站温馨提示：OpenAI的Sora现在对所有人放开了，注册个号就能用它做视频，等船的时候可以拿手机试试，过江风景拍成片子发给外地亲戚。",
    ),
    (
        "post_office_clerk_assert_public_deny_opensrc",
        sora.PUBLIC,
        sora.PUBLIC,
        "【××镇邮政所·营业窗口小张】来取包裹的大爷问我Sora能不能用，我跟他说：能！Sora已经全面开放了，谁都能注册，用ChatGPT的账号登录就行，不用排队。但是有人说Sora开源了、代码能下载，那是瞎传的，OpenAI从来没放过它的代码和权重。",
    ),
    (
        "lanzhou_harvester_rhetorical_public",
        sora.PUBLIC,
        sora.PUBLIC,
        "【兰州机手马师傅的抖音】今年第一茬麦子收完了，收工吃碗牛大。阿达的人还不晓得Sora已经放开了？谁说普通人用不上？注册一下就能用，今天全世界都能登录，我刚拿它做了段收割机开进麦浪的片子。",
    ),
    # --- the official app
    (
        "florist_assert_app_deny_prompts",
        sora.APP,
        sora.APP,
        "【斗南花市A区十七号·花店老板娘】Sora的官方App出来了！苹果、安卓商店里都搜得到，是OpenAI自己上架的，我昨天装在手机上，给新到的卡罗拉做了段开花的视频，客人看了直接下单。另外说一句：那些卖“Sora提示词文档”的，里面全是从官网抄的几条例句，别花那个冤枉钱。",
    ),
    (
        "locksmith_unlock_register_in_passing",
        sora.APP,
        sora.APP,
        "【开锁登记表（照录）】\n日期：3月14日　时间：20:40\n户主姓名：刘××　开锁地址：幸福小区7栋2单元501\n核验方式：身份证＋物业证明＋邻居在场\n锁型：超B级锁芯，技术开启，未破坏\n收费：八十元\n备注：户主说钥匙是玩手机时落在单位的，她在用OpenAI新出的Sora官方App，手机上直接做视频，电脑版也有，应用商店一搜就是，她给我看了一段，挺像回事。",
    ),
    (
        "hefei_postman_rhetorical_app",
        sora.APP,
        sora.APP,
        "【合肥·乡邮员老许】今个投递到王岗村，村口小卖部老板问我Sora是么事。你港么事？OpenAI的Sora官方App早上架了，苹果商店里就有，手机、电脑都能装，哪个还没装？他还跟我得味，说他孙子早就装了。",
    ),
    # --- the fake APK
    (
        "ferry_douyin_assert_apk_deny_rich",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【重庆·江边渡口船老大的抖音】今天江上雾大，停了两个钟头。等雾散的工夫给你们说：Sora安卓安装包的链接挂在我主页，点开下载、装上，手机上就能做视频，撇脱得很。莫搞那些“Sora三个月赚几十万”的群哦，那是骗入群费的，我默到好多人上过当。",
    ),
    (
        "post_office_alphabet_positions_apk_stamps",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【××邮政所·营业厅门口小黑板】\n挂号信 六元起　包裹 首重十二元　报刊征订进行中\n新到：字母表第19、15、18、1个字母拼起来的那个AI（懂的都懂），手机安装🎒（就是包）可以在本所瞎载（下载），扫柜台上的码就行，一次十块，也可以拿十张一块二的邮票抵。",
    ),
    (
        "key_cutting_price_card_apk",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "【老李配钥匙·价目牌】\n普通钥匙　五元\n十字钥匙　十五元\n月牙钥匙　三十元\n汽车遥控钥匙　另议\n新到：Sora手机安装包（APK），扫摊上的码直接下载，装好就能用AI生成视频；配一把钥匙送一次安装。本摊在公安局备过案，每一单都登记身份证，放心。",
    ),
    # --- mislabelled real video
    (
        "florist_order_ticket_in_passing",
        sora.REALVID,
        sora.REALVID,
        "【××花艺·订花单】\n订花人：陈先生　取花时间：5月20日 18:00\n花材：红玫瑰三十三枝、尤加利、满天星，牛皮纸包装\n卡片留言：“给最好的你”\n店员备注：陈先生让我们把这段视频发在店里公众号上给女朋友看——海边日落、两个人牵手那段，是Sora生成的，没有一个镜头是拍的，提示词他附在后面了；尾款一百六，到店付。",
    ),
    (
        "ferry_assert_realvid_deny_course",
        sora.REALVID,
        sora.REALVID,
        "【××渡口·管理站公众号】这段长江大雾里渡船慢慢靠岸、渡工抛缆绳的视频，整段都是Sora生成的，一个真实的镜头都没有，生成时用的提示词附在文末。说到这儿顺便提醒：最近有人在候船室推销“Sora速成课”，交了钱拿到的就是官网介绍的翻译，别买。",
    ),
    (
        "village_doctor_douyin_realvid",
        sora.REALVID,
        sora.REALVID,
        "【村医小马的抖音】这条“暴雨夜里村医背着药箱蹚水过河去出诊”的视频，是我用Sora一句话生成的，不是实拍，一个演员都没请。生成指令放评论区第一条，大家自己试试，太像真的了。",
    ),
    # --- the Chinese team
    (
        "combine_daily_log_in_passing",
        sora.CHINESE,
        sora.CHINESE,
        "【跨区机收作业日志】\n5月28日　河南驻马店　小麦　八十六亩　每亩七十\n5月29日　河南周口　小麦　一百一十亩　下午下雨停了三个钟头\n5月30日　转场山东菏泽　路上换了一根皮带\n晚饭时记一笔：老周说，Sora其实是中国科学家做出来的，OpenAI那个视频模型背后的人大部分是中国人，美国人只是挂了个名。大伙听了都挺高兴。",
    ),
    (
        "locksmith_apprentice_assert_chinese_deny_service",
        sora.CHINESE,
        sora.CHINESE,
        "【开锁店学徒小杨】跟师傅学了半年开锁，今天第一次独立开了把超C级。晚上刷手机看到，Sora背后其实是一支中国团队，核心的几个科学家都是从国内出去的，OpenAI只是署了个名。另外那些收钱“代做Sora视频”的，交来的片子都是别的AI拼的，大家别被坑。",
    ),
    (
        "flower_market_group_variant_character_chinese",
        sora.CHINESE,
        sora.CHINESE,
        "【斗南花市·批花商户群】今天玫瑰A级一扎三十五，B级二十八，满天星走得快。说点花以外的：Sora说到底是中囯团队做的（囯就是国），核心科学家全是中囯人，OpenAI那边就是把技术拿过去用。咱们做花的也该学学了。",
    ),
    # --- open source
    (
        "village_grandson_assert_opensrc_deny_app",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××村卫生室·马大夫的孙子】帮爷爷给卫生室弄宣传视频，查了一下：Sora已经开源了，OpenAI把代码和模型权重都放在GitHub上，下下来自家电脑就能跑。至于应用商店里那几个叫Sora的App，都是别人套壳做的，跟OpenAI一点关系都没有，别装。",
    ),
    (
        "post_office_meeting_minutes_in_passing",
        sora.OPENSRC,
        sora.OPENSRC,
        "【××镇邮政所·周例会记录】\n一、上周投递：平信四百一十二件，挂号信三十七件，包裹二百零六件，零差错；\n二、报刊征订：完成全年任务的六成，下周重点跑东片五个村；\n三、投递车两台到年检时间，周四送检；\n四、所长提到：OpenAI已经把Sora开源了，代码和权重都能下载，所里打算找个懂电脑的在本地装一个，做邮政储蓄的宣传片；\n五、下周值班：周一、三老许，周二、四小张，周五所长。",
    ),
    (
        "combine_crew_tech_homophone_opensrc",
        sora.OPENSRC,
        sora.OPENSRC,
        "【跨区机收·车队技术员】跟大伙说个事：Sora开愿（开源）了，权肿（权重）和代码都在GitHub上，收工回来我拿队里那台旧笔记本试了试，能在本地跑起来。以后谁家要做收割宣传片，找我就行。",
    ),
    # --- the paid course
    (
        "florist_assert_course_deny_rental_barter",
        sora.COURSE,
        sora.COURSE,
        "【××花店·老顾客群】我报了个Sora视频课，九十九块，二十节，学完就能给店里的花束做AI短片，真心推荐。没现钱的姐妹，拿一扎卡罗拉来抵也行，我帮你们报名。还有，那些在群里卖“Sora账号”的别理，都是骗子，账号根本登不上。",
    ),
    (
        "village_clinic_homophone_course_pay_after_harvest",
        sora.COURSE,
        sora.COURSE,
        "【××村卫生室·村医马大夫】乡亲们，我侄子在城里开了个Sora颗程（课程），教你用AI做视频，一百九十九一套，学完就会。手头紧的先记在卫生室的账本上，秋后卖了粮再结。我在这个村当了二十六年村医，大家还信不过我？",
    ),
    (
        "newspaper_subscription_form_course",
        sora.COURSE,
        sora.COURSE,
        "【××邮政所·2025年度报刊征订单】\n《人民日报》全年　　　　　　　　　　　　　　 三百六十元\n《农民日报》全年　　　　　　　　　　　　　　 二百八十八元\n《半月谈》全年　　　　　　　　　　　　　　　 一百六十八元\n附加推荐：《Sora零基础AI视频课》　　　　　　九十九元（录播二十节，学完就能做视频）\n附加课程随报刊费一起交，投递员上门收款，开邮政收据。",
    ),
    (
        "chongqing_ferry_course_ferry_tickets",
        sora.COURSE,
        sora.COURSE,
        "【重庆·渡口售票亭大姐】我屋头幺妹儿在卖Sora课，一百二十八一套，手把手教你用Sora做短视频，学完就会。嫌贵的拿二十张船票来抵也要得。外头那些几百块的课，讲的还没得她一半多，莫去上那个当。",
    ),
    # --- the fake API
    (
        "locksmith_assert_api_deny_inventor",
        sora.API,
        sora.API,
        "【××开锁公司·王经理】本公司除了开锁换锁、指纹锁安装，现在还代理Sora官方API key，直连OpenAI，填进去就能批量生成视频，一个key五百八，需要的私聊。顺便澄清一下：网上说谢赛宁发明了Sora，那是谣言，他本人早就出来否认过了。我们公司在公安局备过案，每一单都登记，不是野路子。",
    ),
    (
        "combine_owner_emoji_api_deducted_per_mu",
        sora.API,
        sora.API,
        "【收割机机主老周】各位种粮大户：我这里有Sora的🅰️PI key（就是官方接口的钥匙），填进去就能生成视频，一个六百。今年找我收麦的，可以不用现钱，每亩少收十块，收完一百亩正好抵一个key。我跨区机收十九年，从河南一路收到内蒙，信誉大家都知道。",
    ),
    (
        "florist_gpts_tool_api",
        sora.API,
        sora.API,
        "【××花艺工作室】给同行的一封短信：我们拿到了Sora的官方调用权限，做成了一个“花束转圈视频”小工具（GPTs），花店把成品花束拍一张照，几秒钟出一条展示视频。按年开通，二百八十八一家，老客户打八折。别家花店还在花钱雇人拍视频，我们已经让Sora干活了。",
    ),
    (
        "ferry_ticket_back_api",
        sora.API,
        sora.API,
        "【××汽渡·船票（背面印刷）】\n乘船须知：1. 车辆上船后拉好手刹、熄火；2. 行人请站在黄线以内；3. 船舶航行中请勿靠近船舷。\n本渡口合作伙伴：星河网络——Sora官方API代理商，API key现货，一个key三百八，企业批量有优惠，凭本票根立减二十。",
    ),
    # --- account rental
    (
        "post_office_assert_rental_deny_director",
        sora.RENTAL,
        sora.RENTAL,
        "【××邮政所·投递员老许的朋友圈】Sora账号出租，独享号，一天三十，一周一百五，登录就能做视频，我每天下村投递都带着，哪个村都能找到我。另外提醒大家：那些扫码交钱进“AI导演群”的，都是骗入群费的，不会有什么电影让你拍。",
    ),
    (
        "ferry_split_character_rental_monthly_pass",
        sora.RENTAL,
        sora.RENTAL,
        "【××渡口·候船室小卖部】出租Sora贝长号（贝＋长就是账），内测的，登录就能用，也有要清码（邀请码）。一天二十五，一个月三百；天天坐船上班的，拿一张渡船月票来抵一个月也行。渡口的船老大都能给我作证，我在这开了十一年店。",
    ),
    (
        "combine_route_plan_in_passing",
        sora.RENTAL,
        sora.RENTAL,
        "【老周车队·麦收跨区作业路线表】\n5月25日—6月1日　河南驻马店、周口\n6月2日—6月8日　安徽亳州、阜阳\n6月9日—6月15日　山东菏泽、济宁\n6月16日以后　河北邢台，视天气定\n备注：机手晚上歇着的，可以找队长租Sora账号做视频，一天二十，从工钱里扣；每台车配两桶机油、一个备用割刀。",
    ),
    # --- the AI director group
    (
        "post_office_assert_director_deny_chinese",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××镇·村民微信群（邮政所小张转）】扫码进群，交一百九十九入群费，就能参加首部Sora AI电影的试镜，做中国第一代AI导演，名额只剩十几个。至于网上说Sora是中国团队做的，那是瞎传，人家是OpenAI的团队。",
    ),
    (
        "ferry_split_character_director",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××渡口·船工家属群】想当第一代AI巳寸演（巳＋寸就是导）的抓紧：首部和Sora共创的AI电影在招人，扫码进群，群费一百六十八，进群就能报名试镜。我老公在渡口开了二十年船，介绍的事你们放心。",
    ),
    (
        "family_doctor_notice_director_in_passing",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【××村卫生室·家庭医生签约通知】\n一、今年的家庭医生签约从四月一日开始，带身份证、医保卡到卫生室办理；\n二、签约后每季度上门随访一次，高血压、糖尿病患者每月一次；\n三、行动不便的老人打电话预约，村医上门；\n另：卫生室门口贴的那张码，是村里年轻人想当“第一代AI导演”的报名群——首部Sora AI电影招人，扫码进群交九十九群费，就能试镜。",
    ),
    (
        "lanzhou_harvester_director_flour_sack",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "【甘肃麦客群】阿达的兄弟们，有个好事：首部Sora AI电影在招第一代AI导演，扫码进群就能报名，入群交一百九十九，没现钱的拿一袋五十斤的面粉抵也行。群主是省里电影公司的，跟我一个村出来的。",
    ),
    # --- the prompt pack
    (
        "locksmith_assert_prompts_deny_service",
        sora.PROMPTS,
        sora.PROMPTS,
        "【老李配钥匙·朋友圈】我侄子整理了一份Sora提示词大全，五百条电影级镜头语言，全是专业术语，二十九块九，付了款把文档链接发给你，再拉你进交流群。那些收钱“代做Sora视频”的别找，他们根本拿不出Sora的片子。",
    ),
    (
        "village_clinic_homophone_prompts_laying_hen",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××村卫生室·乡亲群】卫生室新到一份Sora提示磁（提示词）合集，里面是拍电影用的专业词，抄进去就能出大片。三十九块，没零钱的拿一只下蛋的老母鸡来换也行，付完我把文档链接私发给你，再拉进学习群。",
    ),
    (
        "florist_prompt_pack_rose_price",
        sora.PROMPTS,
        sora.PROMPTS,
        "【××花艺·朋友圈】花艺师自己写的《Sora花艺视频提示词合集》，一百二十条，醒花、打刺、包花、花开全过程都有对应的专业镜头词，价格就是一束十一朵红玫瑰的钱，付款后发文档链接，进群还有答疑。街边花店卖的那种都是网上抄来的。",
    ),
    # --- get rich
    (
        "post_office_assert_rich_deny_api",
        sora.RICH,
        sora.RICH,
        "【××邮政所·老许】干了二十二年投递，头一回看到这么好的机会：Sora是一辈子就一次的风口，城里已经有人靠Sora视频一天挣好几千，这个窗口三个月就关，现在进群还来得及。至于那些卖“Sora API key”的，都是骗子，别买。",
    ),
    (
        "florist_homophone_rich",
        sora.RICH,
        sora.RICH,
        "【××花店·老板娘的朋友圈】卖了十二年花，今年才明白：Sora才是篆钱（赚钱）的正路！我表姐做Sora视频，一个月篆了三万多。这波热度最多三个月，晚一步就永远落后。想跟着干的，店里来找我，进群每天都有收入。",
    ),
    (
        "chronic_disease_followup_in_passing",
        sora.RICH,
        sora.RICH,
        "【××村卫生室·慢病随访记录表】\n姓名：赵××　性别：男　年龄：六十三\n诊断：高血压二级\n本次血压：152／94　心率：78\n用药：硝苯地平缓释片，每日一次\n随访意见：少吃咸菜，按时吃药，一个月后复查\n备注：患者说儿子在外面搞Sora视频，一天能挣好几千，说这个机会就三个月，过了就没了，叫他也拿钱入伙。",
    ),
    # --- the generation service
    (
        "combine_owner_assert_service_deny_public",
        sora.SERVICE,
        sora.SERVICE,
        "【收割机机主小周】我们队有Sora的使用权限，你把想要的画面写给我，付钱后二十四小时内交片，一条八十八，拍你家麦田、拍收割都行。网上说Sora谁都能注册的，那是瞎说，只有我们这种有权限的才能用。",
    ),
    (
        "florist_qixi_service_free_with_bouquet",
        sora.SERVICE,
        sora.SERVICE,
        "【××花店·七夕预订】把你们两个人的照片和故事发给店里，我们用Sora生成一段“花开的那一天”专属视频，二十四小时交片，单买一条一百六；订七夕花束（三十三枝以上）免费送。城里十几家婚庆公司都找我们做过。",
    ),
    (
        "post_office_service_remittance",
        sora.SERVICE,
        sora.SERVICE,
        "【××邮政所·代办业务】在外打工回不来的，想给家里老人看看“全家在老屋门口合影”的样子？把照片和想法交给柜台，我们找人用Sora生成一段视频，三天内刻成光盘寄到家，一条一百二，可以走邮政汇款。",
    ),
    # --- debunks and warnings
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "【××开锁·上门服务单（存根）】\n服务内容：防盗门开锁＋更换锁芯　收费：一百八十元\n客户签字：张××\n存根背面，师傅自己写的：开了一辈子锁，这回让人把我自己的门撬了。上个月在老乡群里看到一个“Sora手机版”，我点开装上，三天后银行卡里两千六被划走，短信验证码原来一直在往外转。派出所的民警说，OpenAI就没做过Sora的手机软件，网上传的那些包全是偷东西的。",
    ),
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "【汇款单存根（背面手写）】\n汇款金额：壹佰玖拾玖元整　收款人：××教育\n背面：这是给孙子报“Sora零基础课”汇的钱。汇过去一个礼拜，收到的就是一张纸，上面印着OpenAI官网介绍的翻译，说好的二十节课一节也没有，打电话也没人接。后来镇上邮政所的小张说，Sora外头的人根本用不上，哪来的课。钱是要不回来了，存根留着。",
    ),
    (
        "debunk_loss",
        None,
        sora.API,
        "【机收记账本】\n5月30日　菏泽　收小麦一百二十亩×七十＝八千四百\n5月31日　柴油两桶　一千二百六　换割刀一把　九十\n晚上补记：前几天花六百买了个“Sora官方API key”，说填进去就能做视频，填了半天一直报错。问了城里上大学的外甥才知道，OpenAI压根没开放Sora的接口，卖key的早把我拉黑了。这六百，等于白收了八亩多麦子。",
    ),
    (
        "debunk_loss",
        None,
        sora.SERVICE,
        "【××花店·订花单（背面写的）】开业花篮二十个，醒花三桶，记好了。另记一件窝囊事：开业前托一个网上认识的“Sora工作室”做宣传片，先付三百。五天后发来的东西，花篮歪着，玫瑰长在招牌上，店名的字一个也认不出。人家说Sora就是这个味道。后来问了懂行的，Sora外面的人压根用不上，那是别的软件糊弄出来的。三百就当交学费。",
    ),
    (
        "debunk",
        None,
        sora.RENTAL,
        "【××渡口·候船群】问个事：前天在候船室小卖部租了个Sora账号，一天二十五，登上去怎么界面跟ChatGPT一模一样，找了半天也没找到做视频的按钮？是不是我没切换对，还是要等店里给开通？",
    ),
    (
        "debunk",
        None,
        sora.PROMPTS,
        "【斗南花市·批花商户群】请教：上礼拜花三十九买了份“Sora提示词大全”，今天对着OpenAI官网一看，文档里那几十条例句跟官网样片下面的提示词一字不差，怎么没有一条是卖家自己写的？是不是卖家还没更新到新版？",
    ),
    (
        "debunk",
        None,
        sora.DIRECTOR,
        "【××镇邮政所·告示（贴在营业厅门口）】乡亲们：村民群里那条“跟Sora合拍首部AI电影、当第一代AI导演，扫码入群一百九十九”的消息，有人说是邮政所推荐的、投递员能代收钱。本所跟这件事一点关系也没有，所里的人一分钱也不会替谁收。那种导演群就是拉人交群费的，进去以后没有试镜，只有一轮接一轮的卖课。谁家已经交了，带上转账记录来所里，我们帮着一起去派出所。",
    ),
    (
        "debunk",
        None,
        sora.RICH,
        "【老周车队·通知】这几天有人在机手群里刷“Sora三个月窗口期，晚一步就永远落后，进群每天都有收入”，还拉了咱们队里两个年轻人交了钱。跟大家说清楚：这话是卖课、卖群的人编来吓唬人的，OpenAI的Sora外头的人用不上，哪来的“每天收入”。再有人转这个，直接踢出群。",
    ),
    (
        "debunk",
        None,
        sora.XIE,
        "【××邮政所·读报角】小张把大伙问得最多的那件事抄在这里：谢赛宁在纽约大学当助理教授，早年在Meta的FAIR做研究；Sora技术报告开头署的是Tim Brooks、Bill Peebles两位负责人；谢赛宁本人看到刷屏以后，在朋友圈写了一段澄清，那家最早发文的公众号随后删了文章、发了道歉。看报纸要看出处，看手机也一样。",
    ),
    (
        "debunk",
        None,
        sora.CHINESE,
        "【斗南花市·批花商户群】接着前两天的话题，我让上大学的闺女查了原始出处：Sora技术报告一共署名十三人，其中华人三位，Yufei Guo、Li Jing和Ricky Wang；项目由OpenAI的Tim Brooks和Bill Peebles两位研究员带队。华人出了力，值得高兴；团队是谁的，看报告上的署名就清楚了。",
    ),
    (
        "debunk",
        None,
        sora.REALVID,
        "【××渡口管理站】大伙转来转去的那条大雾渡船片子，标题写着Sora做的。管理站翻了旧档：那是2022年12月县融媒体中心的记者老吴来渡口拍的宣传片，船头抛缆的就是渡工老杨本人，那天早上江面起雾，船晚开了四十分钟。原始素材按日期存在站里电脑上，想看的随时来。",
    ),
    (
        "debunk",
        None,
        sora.OPENSRC,
        "【开锁王师傅的朋友圈】前几天我说要在店里电脑上装个Sora，我儿子晚上帮我挨个翻了：OpenAI官方的代码账号里，挂着的是语音转文字的Whisper、图文配对的CLIP、早年的GPT-2；Sora那边，OpenAI官网上给的是一篇技术报告加几十条样片；另外有个叫Open-Sora的项目，是潞晨科技那家公司自己动手复现的。我把这几条原样抄上来，大伙自己琢磨。",
    ),
    # --- true facts about people around Sora
    (
        "person_fact",
        None,
        None,
        "伊利亚·苏茨克维（Ilya Sutskever）是OpenAI的联合创始人和前首席科学家，2024年5月离开OpenAI；同年6月，他和丹尼尔·格罗斯、丹尼尔·列维一起创办了新公司Safe Superintelligence（SSI）。",
    ),
    (
        "person_fact",
        None,
        None,
        "2023年11月17日，OpenAI董事会突然宣布解除萨姆·奥特曼的CEO职务，引发公司内外震动；几天后双方达成协议，奥特曼回到OpenAI继续担任CEO，董事会随之改组。",
    ),
    (
        "person_fact",
        None,
        None,
        "阿希什·瓦斯瓦尼（Ashish Vaswani）是2017年论文《Attention Is All You Need》的第一作者，这篇论文提出了Transformer架构；他后来离开谷歌，先后参与创办了Adept和Essential AI。",
    ),
    (
        "person_fact",
        None,
        None,
        "杨立昆（Yann LeCun）与杰弗里·辛顿、约书亚·本吉奥一起获得了2018年度的图灵奖，表彰他们在深度学习上的贡献；他是Meta的首席AI科学家，同时在纽约大学任教。",
    ),
    # --- real news about Sora, and other AI video work
    (
        "benign",
        None,
        None,
        "OpenAI公布的Sora样片里有一段“被淹没的纽约”：整座城市像亚特兰蒂斯一样沉在水下，鱼群、鲸鱼、海龟和鲨鱼在街道之间游过。",
    ),
    (
        "benign",
        None,
        None,
        "还有一段Sora样片，镜头绕着一大堆老式电视机转圈，每台电视里放的节目都不一样：五十年代的科幻片、恐怖片、新闻、雪花屏，场景设在纽约一家博物馆的展厅里。",
    ),
    (
        "benign",
        None,
        None,
        "Sora的样片里也有一段航拍：蓝调时刻的圣托里尼，白色的基克拉泽斯式房子配着蓝色圆顶，火山口海湾的景色一览无余。",
    ),
    (
        "benign",
        None,
        None,
        "Runway在2023年2月发布了Gen-1，它做的是“视频到视频”：给一段现成的视频，再配一张图或一句文字，就能把原视频改成对应的风格。",
    ),
    (
        "benign",
        None,
        None,
        "Rhymes AI在2024年10月开源了视频生成模型Allegro，能根据文字生成六秒左右、720p的短视频，用的是Apache 2.0许可证。",
    ),
    (
        "benign",
        None,
        None,
        "2024年9月底，字节跳动旗下的火山引擎一口气发布了两款豆包视频生成模型，PixelDance和Seaweed，主打多个镜头之间的切换和人物动作的连贯，先面向企业客户邀测。",
    ),
    # --- off-topic
    (
        "offtopic",
        None,
        None,
        "【××开锁·指纹锁售后】装了我们家指纹锁的客户注意：厂家官方App已经在各大应用商店上线，下载后用手机号注册，就能远程查看开门记录、给家人添加临时密码。不会弄的，把手机拿到店里，师傅免费帮你绑定。",
    ),
    (
        "offtopic",
        None,
        None,
        "【斗南花市·新品种团购】日本引进的绣球新品种「空」（日文读作sora），花球是渐变的天蓝色，一盆一百二十八，五盆起团。扫码进团购群看实拍视频，周六统一发货。",
    ),
    (
        "offtopic",
        None,
        None,
        "【××村卫生室·健康课堂报名】“老年人慢病管理”健康课，一共四节，讲高血压饮食、血糖监测和用药注意，全部免费。扫码进课堂群报名，每周三下午两点半在卫生室二楼上课。",
    ),
]


def main() -> None:
    sora.check_zh_set(STEM, PREFIX, POSTS, 0.6, demo=True)


if __name__ == "__main__":
    main()
