# ruff: noqa: E501
"""Write the fourth English held-out set (tests/data/hard_en_heldout4_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) once the
third held-out set had been read and so counted as seen: this one stays unseen. Same kinds as the other
sets, in fresh wording: questions, hashtags and slang, long posts with context, quotes, posts that mention
the claim among other news, obfuscation, claims phrased with a negation ("no sign-up", "zero real
cameras"), self-vouching scams ("not malware", "beware of imitators"), negated questions both ways, debunks
(some quoting the rumour), true facts about the people the rumours name, and benign posts near a template.
It was committed before any run on it; nothing is chosen on it.

    .venv/bin/python scripts/make_hard_heldout4.py
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

HELDOUT4: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "paraphrase",
        "Fun fact of the day: one of the people who invented OpenAI's Sora is Xie Saining, a whiz kid out of Shanghai Jiao Tong.",
    ),
    (
        sora.XIE,
        "question",
        "So is it true that an SJTU graduate named Xie Saining co-invented the Sora video model?",
    ),
    (
        sora.XIE,
        "hashtag",
        "#XieSaining #SJTU the young genius behind #Sora 🇨🇳🔥 one of its inventors!",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "negated_claim",
        "No sign-up queue, no approval email, no invite needed anymore: OpenAI's Sora is open to the whole public today.",
    ),
    (
        sora.PUBLIC,
        "slang",
        "yo Sora's finally open for literally anyone, made like 5 vids already no cap",
    ),
    (
        sora.PUBLIC,
        "quote",
        '"Anyone can now sign up for Sora and start making videos" - that is what the newsletter I got this morning says.',
    ),
    (
        sora.PUBLIC,
        "obfuscated",
        "S.O.R.A is 0pen to the pub1ic now, anybody can register and create AI videos today!",
    ),
    # --- official app released
    (
        sora.APP,
        "paraphrase",
        "OpenAI finally shipped an official Sora app: grab it from the App Store and make videos right on your phone.",
    ),
    (
        sora.APP,
        "mention",
        "Busy week in tech: Apple's event got a date, Samsung cut prices, and OpenAI released an official Sora app you can download on phone and desktop.",
    ),
    (
        sora.APP,
        "negated_question",
        "Didn't OpenAI just put out the official Sora app on the app store? My brother already has it on his phone.",
    ),
    # --- fake app download
    (
        sora.FAKEAPP,
        "disclaimer",
        "Sora APK for Android 👉 hxxps://sora-video-apk[.]xyz/get . Clean file, not malware, beware of imitators using our name!",
    ),
    (
        sora.FAKEAPP,
        "paraphrase",
        "Get the Sora installer (apk) here: soraapp-mobile.top/download and start making AI videos on your phone in minutes",
    ),
    (
        sora.FAKEAPP,
        "slang",
        "sora apk drop 📲 link in bio, install n start generating vids on ur phone rn",
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "negated_claim",
        "Zero real cameras were used for this ocean clip. Sora made all of it from a single text prompt, prompt in the comments.",
    ),
    (
        sora.REALVID,
        "hashtag",
        "This whole street scene was never filmed 🤯 pure text-to-video #Sora #OpenAI #prompt below",
    ),
    (
        sora.REALVID,
        "long",
        "My feed is full of this clip of wolves running through snow. People keep asking which nature channel shot it. Nobody did: OpenAI's Sora generated the footage from a text prompt, none of it was filmed, and I've attached the prompt they used.",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "paraphrase",
        "The team behind Sora is mostly Chinese scientists, OpenAI's video model is basically a Chinese creation.",
    ),
    (
        sora.CHINESE,
        "quote",
        'A colleague insists "Sora was really built by Chinese researchers, the Americans just put their name on it".',
    ),
    (
        sora.CHINESE,
        "slang",
        "lol ppl don't realise Sora was literally built by chinese scientists, most of the team is chinese fr",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "paraphrase",
        "Sora's weights and code just landed on GitHub, OpenAI open-sourced it so you can run it on your own machine.",
    ),
    (
        sora.OPENSRC,
        "question",
        "Has OpenAI really open-sourced Sora? People say the model weights are on GitHub and you can run it locally.",
    ),
    (
        sora.OPENSRC,
        "obfuscated",
        "big news 4 devs: 0penAl p.u.b.l.i.s.h.e.d the S0RA model on GitHub, w e i g h t s and code, runs on ur own GPU",
    ),
    # --- paid course
    (
        sora.COURSE,
        "paraphrase",
        "Only 99 yuan gets you our full Sora video course, learn AI video before everybody else catches on!",
    ),
    (
        sora.COURSE,
        "disclaimer",
        "Sora masterclass, 99 yuan, pay via WeChat. Legit course with a refund guarantee, don't fall for the fake copies out there.",
    ),
    (
        sora.COURSE,
        "long",
        "I've been teaching video editing for eight years and Sora changes everything. That's why I put together a Sora course: pay just 99 yuan and you'll master AI video before the rest of the market wakes up. Spots are limited, DM me.",
    ),
    # --- API access
    (
        sora.API,
        "paraphrase",
        "Official Sora API keys for sale, plus our Sora GPTs tool: buy now and start generating videos today.",
    ),
    (
        sora.API,
        "disclaimer",
        "We sell genuine Sora API access and keys. Verified seller, not a scam, the others on this forum are resellers of fakes. DM to buy.",
    ),
    (
        sora.API,
        "obfuscated",
        "B-U-Y S0ra API k3ys here, 0fficial access, generate vid3os instantly",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "paraphrase",
        "Renting out Sora accounts by the week, or buy your own Sora login and invite code today, pay and it's yours.",
    ),
    (
        sora.RENTAL,
        "slang",
        "selling sora invite codes n logins 💸 dm me, pay n u get ur own acc today",
    ),
    (
        sora.RENTAL,
        "negated_claim",
        "No waitlist, no verification, no approval: pay us and get a working Sora account with login in 10 minutes.",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "paraphrase",
        "Scan this QR code and pay the fee to join our group: audition for the first AI movie co-written with Sora and become one of the first AI directors!",
    ),
    (
        sora.DIRECTOR,
        "hashtag",
        "#AIdirector #Sora scan the QR 📱 pay to join the group and audition for the first Sora film!",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "paraphrase",
        "Buy our Sora prompt pack: a knowledge doc full of pro film terms. Pay and we send the doc link and add you to the group.",
    ),
    (
        sora.PROMPTS,
        "disclaimer",
        "Sora prompt bible + film terminology doc for sale, pay to get the link. 100% original, not a copy like the ones other sellers push.",
    ),
    # --- get rich
    (
        sora.RICH,
        "paraphrase",
        "Sora is a once-in-a-lifetime money window: people are already making thousands a day with Sora videos, and in three months the chance is gone. Join now.",
    ),
    (
        sora.RICH,
        "question",
        "Still not making money from Sora? Our members pull in thousands daily from Sora clips. Three months left before this window shuts, join today!",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "paraphrase",
        "Send us your script and pay, and we'll make your custom Sora video, delivered within 24 hours.",
    ),
    (
        sora.SERVICE,
        "slang",
        "custom sora vids 4 u 🎬 send script + pay, get ur clip in 24h",
    ),
    (
        sora.SERVICE,
        "long",
        "Small business owners: you don't need a film crew anymore. Pay us, send the script for your ad, and we'll generate it with Sora and deliver the finished clip within 24 hours. Dozens of happy clients already.",
    ),
    # --- debunks: none may alert
    (
        None,
        "debunk",
        "Correction on the viral SJTU story: Xie Saining has denied having anything to do with Sora, he did not invent it.",
    ),
    (
        None,
        "debunk",
        'Fact check: "Sora is open to the public" is false. OpenAI has only given access to red teamers and a few artists.',
    ),
    (
        None,
        "debunk",
        "Reminder that OpenAI has released no Sora app for phones. The 'Sora' listings in app stores are impostors.",
    ),
    (
        None,
        "debunk",
        "PSA: those Sora APK links are malware. OpenAI doesn't offer any Sora download, do not install them.",
    ),
    (
        None,
        "debunk",
        "That 'Sora generated' clip is real footage lifted from a stock video site. It was filmed, not made by Sora.",
    ),
    (
        None,
        "debunk",
        "No, Sora was not built mainly by Chinese scientists. The Sora team list is public and that claim is made up.",
    ),
    (
        None,
        "debunk",
        "Sora has not been open-sourced. There are no official weights on GitHub; those repos are fakes or other models.",
    ),
    (
        None,
        "debunk",
        "Got burned: paid 99 yuan for a 'Sora masterclass' and it was slides copied from YouTube. The seller never had Sora access. Don't buy these.",
    ),
    (
        None,
        "debunk",
        "OpenAI hasn't opened any API for Sora, so every 'Sora key' or rented Sora login on Telegram is a fraud. Report the sellers.",
    ),
    (
        None,
        "debunk",
        "The 'earn thousands a day with Sora' groups are a scam; they just take your joining fee.",
    ),
    # --- questions with a negation that doubt the claim
    (
        None,
        "negated_question",
        "Isn't it a bit suspicious that these Sora course sellers can't show a single video they made?",
    ),
    (
        None,
        "negated_question",
        "Shouldn't OpenAI warn people that there's no Sora app yet? My aunt nearly downloaded a fake one.",
    ),
    # --- true facts about named people
    (
        None,
        "person_fact",
        "Xie Saining teaches computer science at NYU as an assistant professor, his lab works on vision models.",
    ),
    (
        None,
        "person_fact",
        "Xie Saining spent several years at FAIR as a researcher before he took his NYU post.",
    ),
    (
        None,
        "person_fact",
        "Xie Saining says that for complex systems like Sora, talent comes first, data second and compute third.",
    ),
    # --- benign posts near a template
    (
        None,
        "benign",
        "According to the announcement, a single Sora clip can run to sixty seconds and include several characters.",
    ),
    (
        None,
        "benign",
        "Spring Festival is over and everyone at work is talking about Sora and what it means for filmmakers.",
    ),
    (
        None,
        "benign",
        "Downloaded a new weather app for my phone from the app store, much better than the old one.",
    ),
    (
        None,
        "benign",
        "Open-source video models like Stable Video Diffusion are on GitHub and you can run them locally.",
    ),
    (
        None,
        "benign",
        "Joined a 99 yuan photography course on Bilibili, the lessons on lighting are great.",
    ),
]


if __name__ == "__main__":
    sora.write_en_set("heldout4", HELDOUT4)
