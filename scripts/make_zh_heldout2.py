"""Write tests/data/zh_heldout2_{posts,qrels,labels}: a second Chinese HELD-OUT set (Chinese posts against the
English demo catalogue), written from the seeds (../shared/seeds) after the first held-out set had been read
and so become seen. Other wording than zh_posts, zh_tune2 and zh_heldout: rumours and scams as questions,
slang, hashtags, long posts, forwarded chat messages, ads, obfuscation, Chinese numerals, traditional
characters, mixed Chinese-English; 14 debunks and warnings, half of them with no explicit stance word (a
warning that tells the scam's mechanics, a victim's account, a "save your money" post); true facts about the
people a rumour names, benign news and off-topic posts. Committed before any run on it; nothing is chosen on
it, it is read once per final variant.

    python scripts/make_zh_heldout2.py
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (kind, gold template or None, related template, text)
POSTS: list[tuple[str, str | None, str | None, str]] = [
    # --- the inventor rumour
    ("paraphrase", sora.XIE, sora.XIE, "据说参与发明Sora的人里有一位上海交通大学毕业的年轻天才，名叫谢赛宁"),
    (
        "forward",
        sora.XIE,
        sora.XIE,
        "【转】震惊！OpenAI视频大模型Sora的发明人竟是交大毕业生谢赛宁，国产天才走向世界",
    ),
    ("question", sora.XIE, sora.XIE, "Sora是谢赛宁参与发明的吗？他不是上海交大的嘛"),
    ("traditional", sora.XIE, sora.XIE, "上海交大畢業的天才少年謝賽寧，是OpenAI影片模型Sora的發明者之一"),
    # --- open to everyone
    ("paraphrase", sora.PUBLIC, sora.PUBLIC, "OpenAI宣布Sora对所有用户开放，现在注册就能马上用它生成视频"),
    ("slang", sora.PUBLIC, sora.PUBLIC, "Sora开闸放水了兄弟们，人人可注册，今天就能自己做AI大片 #Sora开放#"),
    ("mixed", sora.PUBLIC, sora.PUBLIC, "Sora now open to everyone！任何人都可以sign up，今天就开始做AI视频"),
    # --- official app
    ("paraphrase", sora.APP, sora.APP, "OpenAI正式上线了Sora官方应用，手机和电脑都能从应用商店下载使用"),
    ("question", sora.APP, sora.APP, "Sora的官方APP已经发布了？苹果商店能搜到下载吗"),
    # --- fake app download
    ("ad", sora.FAKEAPP, sora.FAKEAPP, "Sora安卓版安装包APK点此链接下载，装上手机立刻就能生成AI视频"),
    ("obfuscated", sora.FAKEAPP, sora.FAKEAPP, "S-o-r-a 手机版 apk 👉 链接里下，装完马上出AI视频"),
    (
        "slang",
        sora.FAKEAPP,
        sora.FAKEAPP,
        "抢先体验！Sora客户端安装包放链接里了，下载安装就能在手机上玩AI视频",
    ),
    # --- real video mislabelled
    (
        "paraphrase",
        sora.REALVID,
        sora.REALVID,
        "这段画面全部由Sora根据一句文字描述生成，没有一帧是实拍的，生成提示词附在下面",
    ),
    (
        "long",
        sora.REALVID,
        sora.REALVID,
        "刚才群里转的那段海边日落的视频，发的人说是OpenAI的新视频模型Sora凭一段文字生成的，"
        "一个镜头都不是拍的，连生成用的提示词都贴出来了。我反复看了三遍，光影细节跟真的一模一样，太离谱了。",
    ),
    ("forward", sora.REALVID, sora.REALVID, "转发：这段视频是Sora文字生成的，完全没有实拍，提示词见评论区"),
    # --- Chinese team
    (
        "paraphrase",
        sora.CHINESE,
        sora.CHINESE,
        "Sora其实是中国科学家做出来的，OpenAI视频模型背后的人大多是中国人",
    ),
    ("slang", sora.CHINESE, sora.CHINESE, "Sora团队基本全是华人科学家，说到底还得靠咱中国人 #Sora#"),
    ("question", sora.CHINESE, sora.CHINESE, "OpenAI做Sora的那帮人主要都是中国人吗？网上都这么说"),
    # --- open source
    (
        "paraphrase",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI已将Sora开源，模型权重与代码全部发布在GitHub，任何人都能在本地运行",
    ),
    ("mixed", sora.OPENSRC, sora.OPENSRC, "Sora开源了！weights和code都上GitHub了，自己电脑就能local跑"),
    (
        "traditional",
        sora.OPENSRC,
        sora.OPENSRC,
        "OpenAI把Sora開源了，模型權重和程式碼都放在GitHub，誰都能在本機執行",
    ),
    # --- paid course
    ("ad", sora.COURSE, sora.COURSE, "只需九十九元，报名我们的Sora课程，比别人先一步掌握AI视频"),
    ("numerals", sora.COURSE, sora.COURSE, "Sora速成课限时价玖拾玖元，学完抢先做AI视频"),
    ("obfuscated", sora.COURSE, sora.COURSE, "S0ra 课 99r 带你先人一步玩转AI视频，名额有限"),
    ("slang", sora.COURSE, sora.COURSE, "宝子们Sora课程九十九元冲冲冲，早学早赚，别比别人慢一步"),
    # --- fake API
    ("ad", sora.API, sora.API, "我们有Sora官方API权限，出售Sora API密钥和Sora GPTs工具，买了立即生成视频"),
    ("mixed", sora.API, sora.API, "官方授权Sora API key在售，附赠Sora GPTs，付款即可generate视频"),
    # --- account rental
    ("ad", sora.RENTAL, sora.RENTAL, "Sora账号出租出售，付款即得专属Sora登录账号或邀请码，今天就能用"),
    ("slang", sora.RENTAL, sora.RENTAL, "Sora号源充足，租号买号都行，邀请码付完款秒到 #Sora账号#"),
    ("numerals", sora.RENTAL, sora.RENTAL, "Sora邀请码一个只要二十九块九，付款后马上发你登录账号"),
    # --- AI director group
    (
        "ad",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "扫描二维码付费进群，参加与Sora联合创作的首部AI电影试镜，成为第一代AI导演",
    ),
    (
        "long",
        sora.DIRECTOR,
        sora.DIRECTOR,
        "一直想进影视圈但没门路，今天看到一个机会：扫码交钱入群，就能报名和Sora一起拍的第一部AI电影的试镜，"
        "入选了就是第一代AI导演。报名费不贵，我在犹豫要不要去。",
    ),
    ("question", sora.DIRECTOR, sora.DIRECTOR, "扫码交钱进群就能当首批AI导演，参加Sora电影的试镜？"),
    # --- prompt pack
    (
        "ad",
        sora.PROMPTS,
        sora.PROMPTS,
        "出售Sora提示词大全和Sora知识文档，里面全是专业电影术语，付款获取文档链接并拉你进群",
    ),
    ("numerals", sora.PROMPTS, sora.PROMPTS, "Sora专业影视提示词包，一套十九块九，付款发文档链接再拉群"),
    # --- get rich
    (
        "paraphrase",
        sora.RICH,
        sora.RICH,
        "Sora是千载难逢的赚钱窗口，已经有人用Sora视频一天赚几千，三个月后机会就没了，赶紧加入",
    ),
    ("slang", sora.RICH, sora.RICH, "Sora财富密码！一步慢步步慢，别人靠Sora视频日进斗金，窗口期只有三个月"),
    (
        "long",
        sora.RICH,
        sora.RICH,
        "说句实在的，每次技术风口都是普通人翻身的机会。现在Sora刚出来，已经有人靠做Sora视频一天挣好几千，"
        "我估计最多三个月这波红利就过去了，想赚钱的现在就得进来。",
    ),
    # --- generation service
    (
        "ad",
        sora.SERVICE,
        sora.SERVICE,
        "付款后我们用Sora为您制作定制视频：发来剧本，二十四小时内交付Sora生成的成片",
    ),
    ("mixed", sora.SERVICE, sora.SERVICE, "Sora代生成视频，send us你的剧本，付款后24h内交付clip"),
    ("obfuscated", sora.SERVICE, sora.SERVICE, "代做S.o.r.a视频，发剧本付钱，一天内出片"),
    # --- more rumours in other styles
    ("forward", sora.PUBLIC, sora.PUBLIC, "重要通知：Sora今天起面向全体用户开放注册，大家抓紧去体验AI视频"),
    ("question", sora.OPENSRC, sora.OPENSRC, "听群友说Sora的权重和代码已经在GitHub开源，本地就能跑起来？"),
    ("forward", sora.COURSE, sora.COURSE, "【内部渠道】Sora实操课99元一份，一天卖出两万多份，再不学就晚了"),
    # --- debunks and warnings with a stance word
    ("debunk", None, sora.XIE, "谢赛宁本人在朋友圈回应，否认自己是Sora的发明人，称和Sora没有任何关系"),
    ("debunk", None, sora.OPENSRC, "别信Sora开源的说法，GitHub上所谓的Sora代码都是假的"),
    ("debunk", None, sora.FAKEAPP, "提醒：网上流传的Sora安卓安装包是假的，OpenAI没有出过手机版，小心中病毒"),
    (
        "debunk",
        None,
        sora.PUBLIC,
        "Sora目前并没有对公众开放，只有红队和部分艺术家能用，说人人都能注册的是谣言",
    ),
    ("debunk", None, sora.RENTAL, "注意！卖Sora账号和邀请码的全是骗子，付了钱就拉黑"),
    ("debunk", None, sora.REALVID, "那段说是Sora生成的视频其实是实拍素材，有人拿真视频冒充AI作品"),
    ("debunk", None, sora.SERVICE, "所谓Sora代生成视频服务就是骗局，Sora根本没开放，他们拿别的工具糊弄你"),
    # --- debunks and warnings with no explicit stance word: the scam's mechanics, a victim's account
    (
        "debunk_plain",
        None,
        sora.COURSE,
        "花九十九买的Sora课程，打开只有一份入门文档和一句“给自己一个机会”，钱就这么没了",
    ),
    (
        "debunk_plain",
        None,
        sora.COURSE,
        "一门Sora课一天卖两万份，卖课的一天净赚两百万，买课的人拿到手的只是一页介绍",
    ),
    ("debunk_plain", None, sora.RICH, "天天喊三个月后Sora红利就没了的人，自己靠的是卖课赚钱，不是做视频"),
    (
        "debunk_plain",
        None,
        sora.DIRECTOR,
        "交了钱扫码进了所谓AI导演群，进去后只让继续拉人头交钱，试镜的事再也没人提",
    ),
    (
        "debunk_plain",
        None,
        sora.API,
        "Sora连公开接口都还没有，朋友圈里卖Sora API key的钱进了谁的口袋可想而知",
    ),
    (
        "debunk_plain",
        None,
        sora.PROMPTS,
        "买来的Sora提示词文档，内容全是网上能免费搜到的文章，几十块钱白花了",
    ),
    ("debunk_plain", None, sora.FAKEAPP, "我同事装了那个Sora安装包，手机里的钱被转走了，装之前真该多想想"),
    # --- true facts about people a rumour names
    (
        "person_fact",
        None,
        sora.XIE,
        "谢赛宁现在在纽约大学当计算机系助理教授，此前是Facebook AI研究院的研究科学家",
    ),
    ("person_fact", None, sora.XIE, "谢赛宁认为，像Sora这样的复杂系统，人才第一，数据第二，算力第三"),
    ("person_fact", None, None, "马和亮说Sora让整个电影行业都受到震动，但AI生成的片段还替代不了整个电影制作"),
    ("person_fact", None, None, "穆拉蒂在采访中表示，Sora训练用的是公开可用的数据和获得授权的数据"),
    # --- benign news
    ("benign", None, None, "Sora在日语里是“天空”的意思，团队说这个名字能唤起无限的创作潜力"),
    ("benign", None, None, "OpenAI官网目前展示了48段Sora生成的视频，有雪地里的小狗，也有在楼宇间游动的鲨鱼"),
    ("benign", None, None, "Sora生成的视频仍有瑕疵，比如物体会突然变形，画面前后不一致"),
    ("benign", None, None, "《新科学家》杂志说，Sora的到来可能让人又爱又怕，有人担心被用来做深度伪造"),
    ("benign", None, None, "今天在应用商店下载了一个修图App，九十九元买了永久会员"),
    # --- off-topic
    ("offtopic", None, None, "这家奶茶店第二杯半价，排队排了半个小时"),
    ("offtopic", None, None, "孩子的数学网课一学期九百九十九元，老师挺负责的"),
    ("offtopic", None, None, "下周回老家过年，高铁票终于抢到了"),
]


if __name__ == "__main__":
    sora.write_zh_set("zh_heldout2", "zhh2", POSTS)
