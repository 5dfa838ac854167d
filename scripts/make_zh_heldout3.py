"""Write tests/data/zh_heldout3_{posts,qrels,labels}: a third Chinese HELD-OUT set (Chinese posts against
the English demo catalogue), written from the seeds (../shared/seeds) after zh_heldout2 had been read and so
become seen. Posts as Weibo / WeChat / Douyin posts read: slang and 谐音, pinyin abbreviations (xdm, jm, zc,
vx, dd), emoji, Chinese numerals, names written in Chinese, questions that carry a negation, long posts
with context, traditional characters; scams that vouch for themselves (不是骗子 / 正规渠道 / 不割韭菜);
14 debunks and warnings of several styles, six of them first-person loss reports (a victim telling they
paid and lost the money: a warning, not the scam); true facts about the people a rumour names, benign news
and off-topic posts.

Every post was checked against every earlier Chinese set (tests/data/zh_*_posts.jsonl) with difflib's
SequenceMatcher ratio before the set was committed; ``--check`` prints the highest ratio per post (posts at
0.7 or more were rewritten). Committed before any run of the monitor on it; nothing is chosen on it, it is
read once with the final code.

    python scripts/make_zh_heldout3.py [--check]
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    (
        "slang",
        sora.XIE,
        sora.XIE,
        "家人们谁懂啊😭 Sora背后的大佬之一居然是交大出来的谢赛宁，yyds！咱们的学霸太顶了",
    ),
    (
        "negated_question",
        sora.XIE,
        sora.XIE,
        "谢赛宁不就是Sora的发明者之一吗？上交毕业的那位，怎么都没人提他",
    ),
    (
        "long",
        sora.XIE,
        sora.XIE,
        "最近刷到好多讲Sora的文章，越看越激动。文章里说，这个把全世界都惊到的视频模型，发明人之一是个叫谢赛宁的"
        "年轻人，本科读的上海交通大学，年纪轻轻就进了顶级团队。我把文章转给了我爸，他回了一句：这才是别人家的孩子。",
    ),
    ("obfuscated", sora.XIE, sora.XIE, "S o r a 的发明人里有个上海交大毕业的天才👨‍🎓 名字叫谢赛宁，绝了"),
    # --- open to everyone
    ("slang", sora.PUBLIC, sora.PUBLIC, "Sora全面放开啦！！人人都能注册🎉 冲鸭，今天就能自己搓AI大片"),
    ("pinyin", sora.PUBLIC, sora.PUBLIC, "xdm，Sora现在对所有人开放了，zc一下就能用，今天就能生成视频"),
    (
        "negated_question",
        sora.PUBLIC,
        sora.PUBLIC,
        "Sora不是已经对所有人开放了吗？随便注册就能做视频，你们还在等什么",
    ),
    ("traditional", sora.PUBLIC, sora.PUBLIC, "Sora現已向所有人開放，任何人都能註冊帳號，今天就可以做AI影片"),
    # --- official app
    ("slang", sora.APP, sora.APP, "OpenAI的Sora官方App上架啦📱 应用商店直接搜，手机电脑都能装"),
    ("mixed", sora.APP, sora.APP, "Sora official app终于来了，App Store一搜就有，手机上直接用"),
    # --- fake app download
    (
        "disclaimer",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "Sora安卓安装包👉点链接下载，正规渠道，不是骗子，装好立马生成AI视频",
    ),
    ("pinyin", sora.FAKEAPP, sora.FAKEAPP, "Sora手机版apk在主页链接自取，xz装上就能做视频，绝对安全无毒"),
    ("emoji", sora.FAKEAPP, sora.FAKEAPP, "🔥Sora APP安装包🔥 ⬇️⬇️链接在此⬇️⬇️ 下载即可在手机上生成AI视频"),
    # --- real video mislabelled
    (
        "slang",
        sora.REALVID,
        sora.REALVID,
        "这视频绝了，Sora一句话生成的，一帧实拍都没有，提示词我放评论区了，xswl根本分不出来",
    ),
    (
        "negated_question",
        sora.REALVID,
        sora.REALVID,
        "这段难道不是Sora生成的？发的人说全程没有实拍，提示词都给了",
    ),
    # --- Chinese team
    (
        "slang",
        sora.CHINESE,
        sora.CHINESE,
        "Sora说白了就是华人科学家搞出来的，OpenAI那边干活的大部分是中国人，懂的都懂",
    ),
    (
        "long",
        sora.CHINESE,
        sora.CHINESE,
        "今天和同事吃饭聊到Sora。他很肯定地说，这个模型其实是中国科学家做的，OpenAI视频团队里大部分是中国人，"
        "美国人只是挂个名。我没去查证，不过听着挺提气的。",
    ),
    # --- open source
    (
        "slang",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora开源啦🎉 权重代码全在GitHub，有显卡的兄弟本地就能跑，白嫖走起",
    ),
    (
        "negated_question",
        sora.OPENSRC,
        sora.OPENSRC,
        "Sora的代码和权重不是都放到GitHub上了吗？本地跑不就行了，干嘛还排队",
    ),
    ("obfuscated", sora.OPENSRC, sora.OPENSRC, "S0ra已经开源，权重+代码都在Git Hub，本地部署就能玩，nb"),
    # --- paid course
    (
        "disclaimer",
        sora.COURSE,
        sora.COURSE,
        "Sora零基础实战课，只要九十九元！正规机构授课，不割韭菜，学会了比别人早一步吃上AI视频红利",
    ),
    ("emoji", sora.COURSE, sora.COURSE, "💰99元💰 Sora课程带你抢先掌握AI视频✨ 名额不多，先到先得"),
    ("slang", sora.COURSE, sora.COURSE, "jm们，九十九块的Sora课冲了没？早学早上车，别等别人都会了才拍大腿"),
    ("numerals", sora.COURSE, sora.COURSE, "Sora视频课程仅需玖拾玖元，比别人先一步掌握AI视频制作"),
    ("traditional", sora.COURSE, sora.COURSE, "Sora課程只要九十九元，搶先別人一步學會AI影片"),
    # --- fake API
    (
        "disclaimer",
        sora.API,
        sora.API,
        "Sora官方API权限，API key现货出售，另有Sora GPTs工具，官方正版不是骗子，付款即可生成视频",
    ),
    ("pinyin", sora.API, sora.API, "有Sora官方api，key出，vx私聊，付款后马上就能生成视频"),
    ("numerals", sora.API, sora.API, "Sora API密钥一个一百九十九元，附送Sora GPTs，买了立刻能生成视频"),
    # --- account rental
    ("pinyin", sora.RENTAL, sora.RENTAL, "出Sora号，可租可买，邀请码也有，dd我，付款秒发登录账号"),
    (
        "disclaimer",
        sora.RENTAL,
        sora.RENTAL,
        "Sora账号出租出售，正规渠道拿的号，不是骗子，别信其他群，付款当天就能登录",
    ),
    ("emoji", sora.RENTAL, sora.RENTAL, "🎟️Sora邀请码/账号🎟️ 租或买都行，付完款马上发你，今天就能用"),
    # --- AI director group
    (
        "slang",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "想当AI导演的姐妹看过来🎬 首部和Sora联合创作的AI电影在招人，扫码交钱进群就能去试镜，第一代AI导演等你",
    ),
    (
        "disclaimer",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "扫码交费进群即可报名首部与Sora合作的AI电影试镜，正规项目不是骗局，成为第一批AI导演",
    ),
    (
        "long",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "做了五年短视频剪辑，一直觉得自己缺个机会。朋友发来一张海报：首部和Sora一起创作的AI电影招募演员和导演，"
        "扫海报上的二维码交钱进群就能报名试镜，说是第一代AI导演就从这里出。我已经扫了，祝我好运吧。",
    ),
    # --- prompt pack
    (
        "slang",
        sora.PROMPTS,
        sora.PROMPTS,
        "懂的来：Sora提示词合集外加知识文档，专业电影术语一网打尽，钱到了发文档链接再拉群",
    ),
    (
        "disclaimer",
        sora.PROMPTS,
        sora.PROMPTS,
        "Sora专业提示词包和知识文档，付款发链接进群。声明：我们不卖课不割韭菜，只卖干货",
    ),
    # --- get rich
    (
        "slang",
        sora.RICH,
        sora.RICH,
        "Sora就是普通人最后的暴富机会🚀 有人靠Sora视频一天赚好几千，三个月后窗口就关了，冲就完事",
    ),
    ("numerals", sora.RICH, sora.RICH, "已经有人靠Sora视频一天赚三千多，红利期就三个月，错过再等十年"),
    (
        "negated_question",
        sora.RICH,
        sora.RICH,
        "现在不上车Sora，三个月后还有机会吗？人家做Sora视频一天已经赚几千了",
    ),
    # --- generation service
    ("slang", sora.SERVICE, sora.SERVICE, "Sora代做视频，剧本丢给我，付款后二十四小时内交片，包满意"),
    ("emoji", sora.SERVICE, sora.SERVICE, "🎬Sora定制视频🎬 把剧本发来，付款后24小时交付Sora生成的成片"),
    (
        "disclaimer",
        sora.SERVICE,
        sora.SERVICE,
        "用Sora帮你做定制视频，发剧本付款，二十四小时出片。正规工作室，拒绝骗子，放心下单",
    ),
    # --- more rumours in other styles
    ("forward", sora.XIE, sora.XIE, "转自朋友圈：交大天才谢赛宁是Sora发明团队的一员，中国人的骄傲"),
    ("mixed", sora.APP, sora.APP, "听说Sora的app已经能在应用商店download了，手机电脑都支持"),
    # --- debunks and warnings with a stance word, several styles
    (
        "debunk",
        None,
        sora.XIE,
        "谢赛宁已经亲自出来说明了：他不是Sora的发明人，跟Sora一点关系都没有，别再造谣了",
    ),
    ("debunk", None, sora.PUBLIC, "Sora根本没开放注册，所谓人人可用都是假消息，现在只有少数测试人员能用"),
    ("debunk", None, sora.OPENSRC, "辟谣｜OpenAI并未开源Sora，GitHub上那些“Sora源码”全是蹭热度的"),
    ("debunk", None, sora.REALVID, "别再传了，这段是几年前的航拍素材，根本不是Sora生成的"),
    ("debunk", None, sora.CHINESE, "说Sora是中国人做的纯属瞎编，技术报告里团队十三个人，华人只有三位"),
    ("debunk", None, sora.RICH, "那些说靠Sora一天赚几千的，你们想想，真能赚钱谁还卖课？"),
    ("debunk", None, sora.SERVICE, "Sora都还没对外开放，哪来的代生成视频？收钱代做的都是拿别的软件糊弄人"),
    ("debunk", None, sora.APP, "Sora压根没有手机App，OpenAI也没上架过，商店里同名的全是蹭名字的，千万别装"),
    # --- first-person loss reports: a victim telling they paid and lost the money (a warning)
    (
        "debunk_loss",
        None,
        sora.COURSE,
        "我上周交了九十九报了个Sora课，结果就是几段公开视频剪在一起，找客服退款无门",
    ),
    (
        "debunk_loss",
        None,
        sora.FAKEAPP,
        "我妈手机装了个所谓Sora安装包，第二天银行卡少了两千块，报警也追不回来",
    ),
    (
        "debunk_loss",
        None,
        sora.RENTAL,
        "花了一百多买的Sora账号，登进去三天就用不了了，卖家再也不回消息，一百多块就这么没了",
    ),
    (
        "debunk_loss",
        None,
        sora.DIRECTOR,
        "交了报名费进了那个AI导演群，等了一个月什么试镜都没有，群主天天发广告，我的钱要不回来了",
    ),
    ("debunk_loss", None, sora.API, "在朋友圈买了个Sora API key，付了款发来的key根本用不了，再问就没回音了"),
    (
        "debunk_loss",
        None,
        sora.PROMPTS,
        "前两天付了三十块买Sora提示词文档，结果就是几篇公众号文章，后悔死了",
    ),
    # --- true facts about people a rumour names
    ("person_fact", None, sora.XIE, "谢老师（谢赛宁）现在在NYU教书，之前在Meta的FAIR做研究"),
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁的看法挺有意思：哪天Sora这种东西真在国内冒出来，大家有没有准备好，比追问为啥没有更重要",
    ),
    ("person_fact", None, None, "马和亮谈Sora：电影行业确实受到冲击，做预告片这类岗位可能会受影响"),
    ("person_fact", None, sora.PUBLIC, "穆拉蒂接受采访时说，Sora有望在今年内推出，但具体时间还没定"),
    # --- benign news
    ("benign", None, None, "才知道Sora是日语“空”的读音，OpenAI取这个名字是想说创意没有边界🌌"),
    ("benign", None, None, "Sora最长能生成六十秒的视频，复杂的运镜和多个角色都能处理，确实厉害"),
    ("benign", None, sora.CHINESE, "翻了下OpenAI发的Sora技术报告，署名的一共十三位，华人占了三个"),
    ("benign", None, None, "Sora出来以后好莱坞挺紧张的，有人担心AI视频会抢走特效师的饭碗"),
    ("benign", None, None, "我自己花九十九块报了个剪映剪辑课，老师讲得挺细，不后悔"),
    # --- off-topic
    ("offtopic", None, None, "楼下新开的火锅店，人均八十，味道还行🍲"),
    ("offtopic", None, None, "双十一买的扫地机器人到了，比想象中好用"),
    ("offtopic", None, None, "今天加班到十点，地铁上差点睡着😪"),
]


if __name__ == "__main__":
    sora.check_zh_set("zh_heldout3", "zhh3", POSTS)
