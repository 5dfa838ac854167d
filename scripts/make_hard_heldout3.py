# ruff: noqa: E501
"""Write the third English held-out set (tests/data/hard_en_heldout3_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) once the
second held-out set had been read per variant and so counted as seen: this one stays unseen. Same kinds as
the other sets, in fresh wording, with more claims phrased with a negation ("no camera, no actors", "not
a single frame was filmed", "no waitlist"), quoted rumours, questions that contain a negation (some ask the
claim, some doubt it), debunks that quote the rumour, true facts about the people the rumours name, and
benign posts near a template. It was committed before any run on it; nothing is chosen on it.

    .venv/bin/python scripts/make_hard_heldout3.py
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

HELDOUT3: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "question",
        "Wait, the Shanghai Jiao Tong guy, Xie Saining, is the one who actually came up with Sora??",
    ),
    (
        sora.XIE,
        "quote",
        'My uncle forwarded this to the family chat: "The real inventor of Sora is Xie Saining, a genius who graduated from SJTU." Proud day for Chinese students!',
    ),
    (
        sora.XIE,
        "slang",
        "ngl the SJTU prodigy Xie Saining lowkey invented Sora and OpenAI barely credits him #sora #aigenius",
    ),
    (
        sora.XIE,
        "mention",
        "Quick roundup: Google announced Gemini 1.5, Stability shipped a new image model, and it turns out Jiao Tong grad Xie Saining is one of the inventors of Sora.",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "paraphrase",
        "Sora is open to everyone now, I just made my first clip and nobody asked me for an invite lol",
    ),
    (
        sora.PUBLIC,
        "negated_claim",
        "No more waitlist, no invite, no approval: Sora is open to all users starting today.",
    ),
    (
        sora.PUBLIC,
        "long",
        "Spent the whole weekend reading about text-to-video tools. Runway, Pika, and now OpenAI. The big update though: Sora has been opened to the public, anyone with an account can make videos right now. Time to cancel my stock footage subscription.",
    ),
    (
        sora.PUBLIC,
        "mention",
        "Busy week in tech: Nvidia beat earnings, Apple delayed a product launch, and Sora is now open to everyone with a ChatGPT login.",
    ),
    (
        sora.PUBLIC,
        "negated_question",
        "Isn't Sora open to everybody already? My cousin says he made three videos with it last night.",
    ),
    # --- official app
    (
        sora.APP,
        "paraphrase",
        "OpenAI dropped the official Sora mobile app, it's in the Play Store and the App Store now.",
    ),
    (sora.APP, "obfuscated", "0penAI just released the S0ra app for iPhone, go get it in the App St0re"),
    (
        sora.APP,
        "question",
        "Who has installed the official Sora app OpenAI released on the App Store this morning? Worth it?",
    ),
    (
        sora.APP,
        "negated_question",
        "Didn't you hear? OpenAI's Sora app is out on Android, why isn't anyone talking about it?",
    ),
    # --- fake app download (scam)
    (
        sora.FAKEAPP,
        "obfuscated",
        "S-o-r-a APK ⬇️ sora-ai-video[.]xyz/get install on Android, works without an invite",
    ),
    (
        sora.FAKEAPP,
        "disclaimer",
        "Download Sora for Android from our link: soravid-apk[.]com. Safe and verified, not a virus, beware of copycats!",
    ),
    (sora.FAKEAPP, "slang", "yo free sora apk just dropped, link in bio, install b4 they take it down 🔥"),
    # --- real video labelled as Sora's
    (
        sora.REALVID,
        "negated_claim",
        "No camera, no actors, no set: every frame of this clip came out of Sora. Prompt in the comments.",
    ),
    (
        sora.REALVID,
        "negated_claim",
        "None of this was shot with a camera, it's pure Sora. Typed one sentence and got this.",
    ),
    (
        sora.REALVID,
        "negated_claim",
        "This is not real footage. OpenAI's Sora generated the whole thing from a text prompt.",
    ),
    (
        sora.REALVID,
        "hashtag",
        "This drone shot of the coastline?? Fully AI. #MadeWithSora #OpenAI #notfilmed",
    ),
    (
        sora.REALVID,
        "long",
        "My feed is flooded with AI stuff this week. Anyway, this one blew me away: the street scene with the neon signs and the woman walking in the rain was never filmed by anyone, Sora rendered it from a prompt. Prompt attached below.",
    ),
    (
        sora.REALVID,
        "quote",
        '"Not a single frame here was filmed" says the caption, and it was made with Sora from a one-line prompt. Wild.',
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "paraphrase",
        "Everyone says OpenAI made Sora, but the core team behind it is basically all Chinese researchers.",
    ),
    (
        sora.CHINESE,
        "quote",
        'My professor said in class: "Sora was built by Chinese scientists, OpenAI just put its logo on it."',
    ),
    (
        sora.CHINESE,
        "negated_claim",
        "Sora isn't an American achievement at all, the people who really built it are Chinese engineers.",
    ),
    (
        sora.CHINESE,
        "negated_question",
        "Why doesn't anyone mention that the key researchers behind Sora all come from China?",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "paraphrase",
        "OpenAI officially open sourced Sora, the repo with the weights is on GitHub and it runs on a 4090.",
    ),
    (
        sora.OPENSRC,
        "obfuscated",
        "guess what, 0penAI dr0pped S0ra's s0urce c0de, grab the m0del files from the G1tHub rep0 and run it on y0ur own PC",
    ),
    (
        sora.OPENSRC,
        "question",
        "Now that OpenAI has open-sourced Sora, what GPU do I need to run it at home?",
    ),
    # --- paid course (scam)
    (
        sora.COURSE,
        "paraphrase",
        "Sora video masterclass, ¥99 only, learn everything in 3 days, enrol before the price goes up.",
    ),
    (
        sora.COURSE,
        "disclaimer",
        "Our Sora beginner course is 99 yuan. Not a scam, thousands of happy students, refund if not satisfied. DM to buy.",
    ),
    (sora.COURSE, "slang", "sora course 4 only 99 rmb 🤑 dm me fam, last batch"),
    # --- API keys (scam)
    (
        sora.API,
        "paraphrase",
        "Genuine Sora API keys, unlimited generations, 150 USDT each, message @soraapi on Telegram.",
    ),
    (
        sora.API,
        "long",
        "For studios tired of waiting on OpenAI: we have direct access to the Sora API through a partner program. Keys are sold monthly, bulk pricing available. The others selling keys are resellers of stolen accounts; we are the authorized channel.",
    ),
    # --- account rental (scam)
    (
        sora.RENTAL,
        "paraphrase",
        "Sora accounts with full access, rent per day or buy outright, invite codes also in stock, PM me.",
    ),
    (sora.RENTAL, "obfuscated", "s0ra acc0unts f0r sale 💰 instant l0gin, n0 waitlist"),
    # --- AI director group (scam)
    (
        sora.DIRECTOR,
        "paraphrase",
        "Dream of directing? We are shooting the first film written together with Sora. Pay the 199 fee via the QR code, get into the audition group, become an AI director.",
    ),
    (
        sora.DIRECTOR,
        "hashtag",
        "#AIdirector #Sora casting is open! Scan the code to join our paid creator group and co-write the first AI film.",
    ),
    # --- prompt pack (scam)
    (
        sora.PROMPTS,
        "paraphrase",
        "500+ Sora prompts written by film industry pros, plus a full Sora glossary doc. Pay 19.9 and I'll send you the link.",
    ),
    (
        sora.PROMPTS,
        "slang",
        "sora prompt pack w/ all the cinematic terms, doc link after payment, comes with a group invite 🎬",
    ),
    # --- get rich (scam)
    (
        sora.RICH,
        "paraphrase",
        "Sora = the money chance nobody gets twice. Members of my group pull in 2k daily off Sora clips. It all ends in 3 months, get in now.",
    ),
    (
        sora.RICH,
        "question",
        "Do you want to be rich or not? Sora creators cash in thousands every single day and by summer the chance is gone. Sign up for my program today.",
    ),
    # --- generation service (scam)
    (
        sora.SERVICE,
        "paraphrase",
        "Send me your script, pay 120 yuan, and I will render it with Sora and deliver the video tomorrow.",
    ),
    (
        sora.SERVICE,
        "paraphrase",
        "Custom Sora-generated product videos for Taobao sellers, 24h delivery, payment upfront.",
    ),
    # --- debunks: none may alert
    (
        None,
        "debunk",
        "Stop sharing that 'Sora made this' waterfall clip. It's stock footage from 2019, nothing AI about it.",
    ),
    (
        None,
        "debunk",
        "That clip captioned 'generated by Sora, nothing was filmed' was shot by a drone photographer in Iceland. The caption is a lie.",
    ),
    (
        None,
        "debunk",
        "The SJTU grad people call Sora's inventor has said plainly that he has 'no relationship at all' with it, and the account that started it apologised.",
    ),
    (
        None,
        "debunk",
        "PSA: OpenAI has not published any Sora application. Those 'Sora' listings on Google Play are knockoffs.",
    ),
    (
        None,
        "debunk",
        "Sora is not open to the public. OpenAI's Logan said it is still in internal testing.",
    ),
    (
        None,
        "debunk",
        "Paid 99 yuan for a 'Sora course' and got a PDF copied from OpenAI's blog. Don't fall for it.",
    ),
    (
        None,
        "debunk",
        "Those 'become an AI director' Sora QR groups only collect entry fees. Nobody in them has Sora.",
    ),
    (
        None,
        "debunk",
        "Reminder: OpenAI never released Sora's weights. The GitHub repos named Sora are unofficial reproductions.",
    ),
    (
        None,
        "debunk",
        "Scammers now write 'not a scam, 100% legit' under their Sora API key offers. There is no Sora API. Report them.",
    ),
    (
        None,
        "debunk",
        "No, a Chinese team did not build Sora. The technical report lists 13 authors and only three of them are Chinese.",
    ),
    # --- questions with a negation that doubt the claim
    (
        None,
        "negated_question",
        "Isn't the Sora app on the Play Store a fake? It's not from OpenAI as far as I can tell.",
    ),
    (
        None,
        "negated_question",
        "Shouldn't people stop paying for Sora courses when nobody outside OpenAI can even use Sora yet?",
    ),
    # --- true facts about named people
    (
        None,
        "person_fact",
        "Xie Saining gave a talk at NYU last week on visual representation learning.",
    ),
    (
        None,
        "person_fact",
        "Before joining NYU, Xie Saining did his undergraduate degree at SJTU and worked at FAIR.",
    ),
    (
        None,
        "person_fact",
        "Mira Murati told the Wall Street Journal she was not sure whether YouTube videos were used to train Sora.",
    ),
    # --- benign posts near a template
    (
        None,
        "benign",
        "OpenAI says it plans to release Sora more widely later this year, after more safety testing.",
    ),
    (None, "benign", "Downloaded the ChatGPT app on my new phone, works great."),
    (None, "benign", "Signed up for a 99 yuan cooking course on Taobao, first lesson is dumplings."),
    (
        None,
        "benign",
        "Watched the Sora demo of the woman walking in Tokyo. Impressive, but the hands still look odd.",
    ),
    (
        None,
        "benign",
        "Chinese researchers published a strong video diffusion paper this month, worth a read.",
    ),
]


if __name__ == "__main__":
    sora.write_en_set("heldout3", HELDOUT3)
