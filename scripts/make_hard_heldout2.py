# ruff: noqa: E501
"""Write the second English held-out set (tests/data/hard_en_heldout2_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) after
the first held-out part had been read while tuning, so that one held-out set stays unseen. Same kinds as
make_hard_sets.py, plus sibling cases (the "official app released" rumour vs a fake-app download, often
with a defanged link). It was committed before any run on it; nothing is chosen on it.

    .venv/bin/python scripts/make_hard_heldout2.py
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

HELDOUT2: list[tuple[str | None, str, str]] = [
    # --- the false claims, rephrased
    (
        sora.XIE,
        "question",
        "So the SJTU alum Xie Saining is actually one of the minds who invented Sora? How is this not bigger news?",
    ),
    (sora.XIE, "hashtag", "SJTU kid co-created OpenAI's video AI 🤯 #Sora #XieSaining #JiaoTong"),
    (
        sora.XIE,
        "long",
        "Been following AI news all week. Gemini 1.5 landed, Nvidia hit another record, and the part that "
        "made me smile: one of the people who invented Sora is Xie Saining, a prodigy from Shanghai Jiao Tong "
        "University. Proud day for every SJTU graduate out there.",
    ),
    (sora.XIE, "obfuscated", "X1e S@ining (S.J.T.U class) = one of the inventors of S0ra. share this"),
    (sora.PUBLIC, "slang", "yo sora is public now?? no invite, anybody can log in and make clips, go go go"),
    (
        sora.PUBLIC,
        "quote",
        "Our teacher told the class: 'OpenAI opened Sora to everyone this week, sign up and make your own video.' Doing my homework with it tonight",
    ),
    (
        sora.PUBLIC,
        "mention",
        "Weekend roundup: Vision Pro returns pile up, Reddit files for its IPO, and OpenAI made Sora available "
        "to the public so anybody can create AI videos today.",
    ),
    (
        sora.PUBLIC,
        "negated_question",
        "Why isn't anyone covering that Sora now lets every user sign up and generate videos?",
    ),
    (
        sora.APP,
        "question",
        "Is there really an official Sora app now? My friend says OpenAI released it for iPhone and you just download it.",
    ),
    (
        sora.APP,
        "hashtag",
        "#SoraApp is official 📱 OpenAI put Sora in the app store, download it on your phone",
    ),
    (
        sora.APP,
        "long",
        "For everyone asking in the comments: yes, OpenAI released the official Sora app this morning. You can "
        "get it from the iOS and Android stores and create videos right on your phone. Review coming later this week.",
    ),
    (
        sora.APP,
        "negated_question",
        "Doesn't anybody know you can already download OpenAI's official Sora app from the store?",
    ),
    (
        sora.FAKEAPP,
        "obfuscated",
        "Sora APK for android 👉 sora-video[.]apk-down[.]com install it and generate AI vids on your phone",
    ),
    (
        sora.FAKEAPP,
        "obfuscated",
        "Get the S-o-r-a app installer: hxxp://soraai-app[.]top/sora.apk runs on any phone",
    ),
    (
        sora.FAKEAPP,
        "disclaimer",
        "Download Sora for Android at sora-mobile.net/apk, official build. Not a virus, not a scam, 10k downloads already.",
    ),
    (
        sora.FAKEAPP,
        "slang",
        "lol still waiting? sora apk is out, link in bio, sideload it and make vids tonight",
    ),
    (
        sora.REALVID,
        "quote",
        "'This whole clip came out of Sora from one prompt, nothing was filmed' - that's the caption and honestly I buy it 😳",
    ),
    (
        sora.REALVID,
        "hashtag",
        "#MadeWithSora #AIvideo this drone shot of Big Sur is not real, Sora generated every frame from text. prompt in the replies",
    ),
    (
        sora.REALVID,
        "mention",
        "Three things today: my flight got delayed, I finished my book, and I watched a Sora-made video of Tokyo "
        "streets where none of it was shot with a camera, all AI from a prompt.",
    ),
    (
        sora.CHINESE,
        "negated_question",
        "Isn't it true that the Sora team at OpenAI is mostly Chinese scientists?",
    ),
    (sora.CHINESE, "slang", "sora was lowkey built by chinese researchers, like the whole core crew lol"),
    (
        sora.OPENSRC,
        "question",
        "Wait, OpenAI open-sourced Sora?? Weights really on GitHub? Can I run it on my own GPU?",
    ),
    (
        sora.OPENSRC,
        "obfuscated",
        "S0ra w3ights + source c0de are up on G!tHub, OpenAI made it 0pen, run it at home 🚀",
    ),
    (
        sora.OPENSRC,
        "long",
        "Big week for open models. Mistral shipped a new checkpoint, Meta teased its next release, and OpenAI "
        "published the Sora weights and code on GitHub so anyone can run it locally. Grab them before they change their mind.",
    ),
    # --- the scams, rephrased
    (sora.COURSE, "slang", "sora course 99 rmb only, learn ai video b4 everybody else, dm me"),
    (
        sora.COURSE,
        "disclaimer",
        "Sora crash course: pay 99 yuan and master AI video in a weekend, scan the QR to join. We are legit, lots of fake courses around but ours is the real one.",
    ),
    (sora.COURSE, "obfuscated", "S.o.r.a v1deo c0urse just 9 9 yuan!!! learn it before it's too late"),
    (
        sora.DIRECTOR,
        "paraphrase",
        "Want to be an AI director? Our first AI movie made with Sora is casting now: scan the QR code, pay the entry fee and join the audition group.",
    ),
    (
        sora.DIRECTOR,
        "disclaimer",
        "Join our Sora AI film director group, 99 to get in, scan the code. Don't trust other groups, they are the scammers.",
    ),
    (
        sora.API,
        "paraphrase",
        "Selling Sora API access keys, cheap, works with our GPTs video tool. Message me on Telegram to buy.",
    ),
    (sora.API, "slang", "need Sora API? we got keys 🔑 $25 each, dm"),
    (
        sora.RENTAL,
        "paraphrase",
        "Shared Sora account for rent, 15 USD a week, pay via PayPal and I send the login instantly",
    ),
    (
        sora.RENTAL,
        "disclaimer",
        "Sora invite codes for sale, 30 bucks, trusted seller, not a scam, pay first then you get the code",
    ),
    (
        sora.PROMPTS,
        "paraphrase",
        "Sora prompt bundle: 500 cinematic prompts + a pro film terminology doc. Pay 29.9 and get the link.",
    ),
    (
        sora.PROMPTS,
        "hashtag",
        "#SoraPrompts pack + film terms knowledge doc 📚 pay and I send the doc link, join the group for updates",
    ),
    (
        sora.RICH,
        "paraphrase",
        "People already make thousands a day posting Sora videos. This window closes in 3 months, join our group now or miss out.",
    ),
    (
        sora.RICH,
        "slang",
        "sora = free money fr, ppl making 5k/day w ai vids, window closing soon, join b4 it's gone",
    ),
    (
        sora.SERVICE,
        "paraphrase",
        "Need a promo video? We generate it with Sora for you: send your script, pay per clip, delivery within 24 hours.",
    ),
    # --- not the claims: debunks (some are negated questions), person facts, benign posts, siblings
    (
        None,
        "debunk",
        "Xie Saining said himself he had no part in building Sora. Quit calling him its inventor.",
    ),
    (
        None,
        "debunk",
        "No, Sora is not open to the public. Only red teamers and a few artists have access, ignore posts telling you to sign up.",
    ),
    (
        None,
        "debunk",
        "There is no official Sora app. Any 'Sora APK' going around is malware, don't install it.",
    ),
    (
        None,
        "debunk",
        "PSA: those 99 yuan Sora courses are a scam, the sellers don't even have access to Sora.",
    ),
    (
        None,
        "debunk",
        "OpenAI hasn't released Sora's weights or code. Whatever repo on GitHub claims to be Sora is fake.",
    ),
    (
        None,
        "debunk",
        "That viral 'Sora' clip of the night market is real footage from a stock site, not AI generated.",
    ),
    (
        None,
        "debunk",
        "Beware of 'AI director' groups that ask you to scan a QR code and pay to audition. It's a scam.",
    ),
    (
        None,
        "debunk",
        "Anyone selling Sora API keys is lying, there is no public Sora API yet. Don't pay them.",
    ),
    (
        None,
        "debunk",
        "These sellers say 'trust us, we are the real Sora account service', then vanish with your money. Do not pay for Sora accounts.",
    ),
    (
        None,
        "debunk",
        "Careful: the 'official Sora app' advertised on Facebook is a fake APK that steals passwords.",
    ),
    (None, "negated_question", "Didn't Xie Saining already deny being one of Sora's inventors?"),
    (
        None,
        "negated_question",
        "Isn't that 'Sora open source' repo on GitHub a fake? Asking before I run anything.",
    ),
    (
        None,
        "person_fact",
        "Xie Saining is an assistant professor of computer science at New York University.",
    ),
    (None, "person_fact", "Before NYU, Xie Saining was a research scientist at Facebook AI Research."),
    (None, "person_fact", "Xie Saining co-authored the diffusion transformer (DiT) paper with Bill Peebles."),
    (
        None,
        "benign",
        "OpenAI announced Sora in February; for now only red teamers and selected artists can use it.",
    ),
    (None, "benign", "Took a 99 yuan photography course last month, really good teacher."),
    (None, "benign", "Downloaded the new Spotify app update today, the redesign is nice."),
    (None, "benign", "Sora is also a character in Kingdom Hearts, anyone else think of that first?"),
    (None, "benign", "Our film club is watching Chinese sci-fi movies this weekend, join us if you like."),
]


if __name__ == "__main__":
    sora.write_en_set("heldout2", HELDOUT2)
