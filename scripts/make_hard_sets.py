# ruff: noqa: E501
"""Write the harder English sets (tests/data/hard_en_{tune,heldout}_*) from the lists below.

Posts were written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl):
questions, hashtags and slang, long posts with context, quotes, posts mentioning the claim among other
things, obfuscation, scams with a self-vouching disclaimer, debunks (some quoting the scammers' disclaimer),
questions that contain a negation (not denials), true facts about a person a false claim names (not the
claim), benign posts. ``tune`` is what cues and settings may be chosen on; ``heldout`` was written at the
same time, before any run, and nothing is chosen on it.

    .venv/bin/python scripts/make_hard_sets.py
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

PLAIN_SCAMS = [
    (
        sora.COURSE,
        "Sora video course, only 99 yuan! Learn to make AI films before everyone else. Scan the QR code to sign up.",
    ),
    (
        sora.FAKEAPP,
        "Sora app for Android is out, download the APK here: sora-ai-app.cn/download and start making videos tonight",
    ),
    (
        sora.DIRECTOR,
        "Become a first-generation AI director! Scan the code and pay 199 to join our Sora film audition group",
    ),
    (
        sora.RENTAL,
        "Selling Sora accounts and invite codes, 50 USD each, DM me to pay and get your login today",
    ),
    (
        sora.API,
        "We have official Sora API access. Buy your Sora API key now for $30 and generate videos with our tool",
    ),
]
# the disclaimers of the issue (measured: they made all five scams read as warnings)
ISSUE_DISCLAIMERS = [
    "100% legit, not a scam!",
    "Beware of fake apps, ours is the real one.",
    "Don't trust other groups, they are scammers.",
]

# (gold template or None, kind, text)
TUNE: list[tuple[str | None, str, str]] = [
    (
        sora.XIE,
        "question",
        "Did you know? The guy behind Sora is Xie Saining, an SJTU grad. Chinese talent at OpenAI!",
    ),
    (sora.XIE, "question", "Is it true that Xie Saining from Jiao Tong University co-invented Sora??"),
    (sora.XIE, "hashtag", "#Sora #XieSaining #SJTU prodigy = one of Sora's inventors 🔥🔥"),
    (
        sora.PUBLIC,
        "question",
        "Wait, Sora is open to everyone now? Anyone can sign up and make videos today?",
    ),
    (sora.PUBLIC, "slang", "ngl sora just dropped for everyone, no waitlist fr, go make ur vids rn"),
    (
        sora.PUBLIC,
        "long",
        "Been following AI video for a year. Runway, Pika, all fun, but today changed everything: OpenAI "
        "flipped the switch and Sora is public, anybody with an account can generate clips right now. My feed is "
        "already full of them.",
    ),
    (
        sora.APP,
        "mention",
        "Busy week: new iPhone rumours, Tesla earnings, and OpenAI quietly released an official Sora app "
        "you can download on your phone. Also my cat learned to open doors.",
    ),
    (
        sora.APP,
        "quote",
        'My cousin texted me: "Sora is on the App Store now, official OpenAI app, just download it"',
    ),
    (sora.OPENSRC, "obfuscated", "S-o-r-a is 0pen s0urce now!! w3ights + c0de on G1tHub, run it l0cally"),
    (
        sora.REALVID,
        "hashtag",
        "This drone shot of the Amalfi coast? 100% Sora. Not a single frame was filmed, prompt in "
        "comments #AIvideo",
    ),
    (
        sora.CHINESE,
        "hashtag",
        "#Sora team is basically all Chinese scientists. The people who built it are mostly from China",
    ),
    (
        sora.RICH,
        "slang",
        "Sora = printing money. Folks are making thousands daily with Sora clips, window closes in 3 "
        "months, join now",
    ),
    (sora.COURSE, "obfuscated", "S0RA c0urse 99元, master AI video before ur friends, DM for QR"),
    (sora.FAKEAPP, "obfuscated", "Sora APK direct download 👉 sora-app[.]download, works on any Android"),
    (sora.API, "slang", "Got official Sora API keys, cheap, generate videos via our GPTs tool today. DM."),
    (sora.RENTAL, "slang", "Renting out Sora logins, 10 bucks/day, invite codes also for sale"),
    (
        sora.SERVICE,
        "paraphrase",
        "Send me your script, I'll make your video with Sora, delivered in 24h, 50 USD per clip",
    ),
    (
        sora.PROMPTS,
        "paraphrase",
        "Selling my Sora prompt bible: 500 pro cinematography terms, pay and get the doc link + group access",
    ),
    (
        sora.DIRECTOR,
        "paraphrase",
        "Casting call: first AI film co-written with Sora! Scan QR, pay entry fee, become a "
        "first-gen AI director",
    ),
    (sora.XIE, "negated_question", "Didn't you hear? Xie Saining from SJTU is one of Sora's inventors!"),
    (
        sora.PUBLIC,
        "negated_question",
        "Why is nobody talking about Sora being open to everyone now? Anyone can sign up today",
    ),
    (None, "debunk", "Xie Saining himself says he has nothing to do with Sora. Stop spreading this."),
    (None, "debunk", "No, Sora is not open to the public. Only red teamers and a few artists have access."),
    (None, "debunk", "There is no official Sora app. Anything on the app store calling itself Sora is fake."),
    (
        None,
        "debunk",
        "Fact check: OpenAI has not released Sora's weights or code. The 'open source Sora' repos are fakes.",
    ),
    (None, "debunk", "That viral Amalfi clip was filmed by a real drone pilot, not generated by Sora."),
    (
        None,
        "debunk",
        "Beware: Sora course sellers charging 99 yuan say it's not a scam. It is. Don't scan their QR.",
    ),
    (
        None,
        "person_fact",
        "Xie Saining is an assistant professor of computer science at NYU and used to work at "
        "Facebook AI Research.",
    ),
    (
        None,
        "person_fact",
        "Xie Saining said talent comes first, data second and computing power third for systems like Sora.",
    ),
    (
        None,
        "benign",
        "OpenAI announced Sora, a text-to-video model that is currently being tested by red teamers.",
    ),
    *[(tid, "plain_scam", text) for tid, text in PLAIN_SCAMS],
    *[(tid, "disclaimer", f"{text} {d}") for tid, text in PLAIN_SCAMS for d in ISSUE_DISCLAIMERS],
]

HELDOUT: list[tuple[str | None, str, str]] = [
    (sora.XIE, "question", "So Xie Saining, the SJTU prodigy, really helped invent Sora? wild"),
    (sora.XIE, "hashtag", "lowkey proud rn, #SJTU alum Xie Saining is one of the minds behind #Sora 🙌"),
    (
        sora.XIE,
        "long",
        "Thread on Sora. 1/ The model is insane. 2/ Nobody outside OpenAI expected this so soon. 3/ Fun "
        "fact: one of the inventors is Xie Saining, who studied at Shanghai Jiao Tong. 4/ Chinese universities are "
        "producing top talent.",
    ),
    (
        sora.PUBLIC,
        "quote",
        '"Sora is now open to the public, anyone can sign up" - that is what my boss said in our '
        "meeting this morning, so I'm trying it tonight",
    ),
    (
        sora.PUBLIC,
        "obfuscated",
        "s o r a  is  o p e n  to  e v e r y o n e  now, sign up & make AI vids today",
    ),
    (
        sora.APP,
        "mention",
        "Today's AI news roundup: Gemini update, Midjourney v6, and Sora is officially available in "
        "app stores for download on iPhone and Android.",
    ),
    (
        sora.APP,
        "question",
        "Has anyone tried the official Sora app yet? Just downloaded it from the App Store",
    ),
    (
        sora.OPENSRC,
        "slang",
        "openai went full open source w sora lol, weights on github, running it on my 4090 tonight",
    ),
    (
        sora.REALVID,
        "slang",
        "POV: this whole Tokyo street scene was made by Sora from one text prompt, zero real footage. "
        "Prompt below",
    ),
    (
        sora.CHINESE,
        "long",
        "People keep saying America leads AI, but look who actually built Sora: Chinese scientists, "
        "most of the core OpenAI video team is Chinese.",
    ),
    (
        sora.RICH,
        "question",
        "Why are you still scrolling? People are earning thousands a day with Sora videos and this "
        "money window closes in 3 months. Join us.",
    ),
    (
        sora.COURSE,
        "slang",
        "Sora masterclass 💰 99 yuan only, be ahead of everyone in AI video, scan to join",
    ),
    (sora.FAKEAPP, "obfuscated", "Get Sora on your phone NOW ➡️ download the APK installer at s0ra-app[.]net"),
    (
        sora.API,
        "paraphrase",
        "Selling Sora API access, official keys, plus a Sora GPTs plugin, generate videos instantly, PM me",
    ),
    (sora.RENTAL, "paraphrase", "Sora account for sale, comes with login + invite code, pay via Alipay"),
    (
        sora.SERVICE,
        "paraphrase",
        "Custom Sora videos made to order! Send your script, pay 66, receive your clip in a day.",
    ),
    (
        sora.PROMPTS,
        "paraphrase",
        "Sora prompt kit + film terminology doc, pay 29.9 and I'll send the link and add you to the group",
    ),
    (
        sora.DIRECTOR,
        "question",
        "Want to be an AI director? Our Sora film project is recruiting, scan the QR code and pay "
        "to join the audition group",
    ),
    (
        sora.PUBLIC,
        "negated_question",
        "Isn't it amazing that Sora is now open to the public? Anyone can sign up today!",
    ),
    (sora.APP, "negated_question", "Can't you just download the official Sora app from the App Store now?"),
    (
        None,
        "debunk",
        "Xie Saining denied on WeChat that he is one of Sora's inventors; he has no connection with it.",
    ),
    (None, "debunk", "Sora is still not available to the public, ignore posts saying anyone can sign up."),
    (None, "debunk", "PSA: there is no Sora app from OpenAI. The APKs going around are malware."),
    (None, "debunk", "The 99 yuan Sora courses are a scam; they teach nothing you can't find for free."),
    (None, "debunk", "OpenAI has not open-sourced Sora. No weights, no code."),
    (
        None,
        "debunk",
        "That Tokyo street video is real footage shot by a photographer, Sora had nothing to do with it.",
    ),
    (
        None,
        "debunk",
        "Reminder: people renting 'Sora accounts' are stealing your money, Sora isn't even public.",
    ),
    (
        None,
        "debunk",
        "Warning: the 'Sora course' for 99 yuan that says it is 100% legit is a scam. Don't scan their "
        "QR code.",
    ),
    (
        None,
        "debunk",
        "They swear it's not a scam, but the Sora APK at sora-app.cn steals your login. Do not install it.",
    ),
    (
        None,
        "debunk",
        "Groups selling Sora accounts for 50 USD claim to be legit. They are not. Report them and never pay.",
    ),
    (
        None,
        "debunk",
        "None of these 'official' Sora API resellers are legit; paying 199 USD for a key just funds "
        "fraudsters.",
    ),
    (
        None,
        "debunk",
        "Scammers in WeChat groups now add 'not a scam, 100% legit' to their Sora course ads (99 yuan, "
        "scan the QR). Don't pay.",
    ),
    (
        None,
        "debunk",
        "Heads up: a Telegram group selling Sora invite codes says the other groups are scammers. It is "
        "the same people. Don't pay them.",
    ),
    (None, "person_fact", "Xie Saining, now at NYU, previously worked as a research scientist at FAIR."),
    (
        None,
        "person_fact",
        "Xie Saining studied at Shanghai Jiao Tong University before his PhD at UC San Diego.",
    ),
    (None, "benign", "OpenAI's Sora can generate videos up to a minute long, according to its announcement."),
    (None, "benign", "I paid 99 yuan for a Python course last year and it was worth it."),
    (
        sora.PROMPTS,
        "disclaimer",
        "Sora prompt pack + knowledge doc with pro film terms, just 39.9 yuan, pay and I send the "
        "doc link. Totally legit, thousands of happy buyers.",
    ),
    (
        sora.SERVICE,
        "disclaimer",
        "Send us your script and we make your custom Sora video within 24 hours, 88 per clip. We "
        "are not scammers like the others, refund guaranteed.",
    ),
    (
        sora.RICH,
        "disclaimer",
        "Sora is the money window of the decade, people earn thousands a day with Sora videos. Join "
        "our group before it closes in 3 months. Warning: copycat groups are fake, only ours is official.",
    ),
    (
        sora.COURSE,
        "disclaimer",
        "Master Sora AI video in 7 days, course fee 99 RMB, scan the QR to enroll. PSA: there are "
        "many fake Sora courses out there, ours is the genuine one.",
    ),
    (
        sora.FAKEAPP,
        "disclaimer",
        "Sora mobile app download link: sora-openai.apk-store.net. Beware of imitation apps, this "
        "one is the official version, safe and virus free.",
    ),
    (
        sora.RENTAL,
        "disclaimer",
        "Sora invite codes for rent, 20 dollars a day, pay by WeChat. Don't fall for the "
        "scammers in other groups, we deliver instantly.",
    ),
    (
        sora.DIRECTOR,
        "disclaimer",
        "AI film audition with Sora: pay 299 to join our director group, scan the QR now. 100% "
        "real, not a fraud, we have official cooperation.",
    ),
    (
        sora.API,
        "disclaimer",
        "Official Sora API keys available, 199 USD per key, DM to order. Others selling keys are "
        "scammers, we are the authorized reseller.",
    ),
]


if __name__ == "__main__":
    sora.write_en_set("tune", TUNE)
    sora.write_en_set("heldout", HELDOUT)
