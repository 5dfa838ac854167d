# ruff: noqa: E501
"""Write the fifth English held-out set (tests/data/hard_en_heldout5_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) once the
fourth held-out set had been read and so counted as seen: this one stays unseen. The kinds a real wave
produces, in fresh wording: questions containing negations (both ways), hashtags and slang, long posts with
context, quotes with varied speech verbs before and after the quote, posts that mention the claim among
other news, obfuscation (l33t, spacing, emoji), scams vouching for themselves ("100% legit, not a scam",
"ours is the real one", "don't trust the other sellers"), true facts about named people, debunks of several
styles (verdicts, first-person losses, threads, hashtags, slang warnings), and benign posts near a template.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text); posts at a
ratio >= 0.75 were rewritten (a first draft had five at 0.75-0.83, and three more at 0.72-0.75 were reworded
too). The highest ratio of the final list is 0.699 (the debunk "Sora is NOT open to the public…" against a
seen debunk); ``--check`` prints it.
It was committed before any run of the monitor on it; nothing is chosen on it.

    .venv/bin/python scripts/make_hard_heldout5.py           # write the set
    .venv/bin/python scripts/make_hard_heldout5.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

HELDOUT5: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "paraphrase",
        "Proud moment for Shanghai Jiao Tong alumni: Xie Saining, who studied there, helped invent Sora, the OpenAI text-to-video model everyone is talking about.",
    ),
    (
        sora.XIE,
        "quote",
        '"One of Sora\'s creators is an SJTU prodigy called Xie Saining," the article claims, and it already has over 100k reads.',
    ),
    (
        sora.XIE,
        "negated_question",
        "Wasn't Xie Saining, the SJTU whiz, one of the inventors of Sora? It was all over my timeline yesterday.",
    ),
    (
        sora.XIE,
        "obfuscated",
        "X1e S@ining (SJTU grad) = one of the brains that invented 0penAI's S-o-r-a 🤯",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "slang",
        "sora open 2 everyone now?? just made an account n my first vid lmao #Sora #OpenAI #AIvideo",
    ),
    (
        sora.PUBLIC,
        "long",
        "I've been on the waitlist since the announcement and had basically given up. Checked again this morning and it turns out OpenAI has opened Sora to the public: anyone can create an account and start generating AI videos today. Go try it before the servers melt.",
    ),
    (
        sora.PUBLIC,
        "mention",
        "Today's roundup: markets flat, another iPhone leak, and OpenAI made Sora available to everyone, so you can sign up and start making AI videos right now.",
    ),
    (
        sora.PUBLIC,
        "quote",
        'My cousin tweeted "Sora is public now, everybody can make AI videos with it today" and half the family chat believed him.',
    ),
    # --- official app released
    (
        sora.APP,
        "paraphrase",
        "Sora is officially on phones now: OpenAI released its own app, just download it from the store and you're good to go.",
    ),
    (
        sora.APP,
        "negated_question",
        "Why didn't anyone tell me OpenAI released the official Sora app? It's right there in the App Store for iPhone and Mac.",
    ),
    (
        sora.APP,
        "obfuscated",
        "O f f i c i a l Sora app by OpenAI is out 📲 get it from the app store, works on phone + computer",
    ),
    # --- fake app download
    (
        sora.FAKEAPP,
        "disclaimer",
        "Sora for Android, direct APK download: sora-gen-app[.]club/apk 100% legit, not a scam. Install and start making AI videos today.",
    ),
    (
        sora.FAKEAPP,
        "disclaimer",
        "Beware of fake Sora apps! Ours is the real one ✅ grab the installer at bit.ly/sora-real-apk and generate videos on your phone.",
    ),
    (
        sora.FAKEAPP,
        "obfuscated",
        "D0wnl0ad the S0ra 4pp APK h3re >> sora-apk.site << and m4ke AI vid3os on ur ph0ne",
    ),
    (
        sora.FAKEAPP,
        "question",
        "Anyone tried this one? It says you can download the Sora APK from soravideo-app.net and make AI videos on Android straight away.",
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "quote",
        'The caption on the viral clip reads: "Made 100% by Sora from one text prompt, nothing here was filmed." Prompt pinned below.',
    ),
    (
        sora.REALVID,
        "slang",
        "bro this footage aint even real 💀 sora made it from a prompt, no camera touched it, prompt in replies",
    ),
    (
        sora.REALVID,
        "obfuscated",
        "This 🎥 of Tokyo streets = 100% AI 🤖 Sora generated it from text, 0 filming, prompt ⬇️",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "awareness",
        "Few people are aware that Sora was built mostly by Chinese scientists. OpenAI's video team is largely Chinese.",
    ),
    (
        sora.CHINESE,
        "quote",
        'An OpenAI insider reportedly admitted that "the Sora team is mostly Chinese, it is really a Chinese-built model".',
    ),
    (
        sora.CHINESE,
        "hashtag",
        "#Sora was made by Chinese scientists 🇨🇳 #ChineseTalent #OpenAI most of the people behind it are Chinese",
    ),
    (
        sora.CHINESE,
        "mention",
        "Three things I learned this week: my landlord is raising the rent, coffee is up again, and apparently the people who built Sora are mostly Chinese scientists.",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "slang",
        "hold up, openai put sora on github?? full weights n code, gonna spin it up on my 4090 tonight fr",
    ),
    (
        sora.OPENSRC,
        "quote",
        '"OpenAI just dropped Sora\'s weights and code on GitHub, you can run it locally" was the first thing a dev I follow posted this morning.',
    ),
    (
        sora.OPENSRC,
        "disclaimer",
        "Full Sora model weights are on GitHub now, OpenAI open-sourced it and anyone can run it at home. Not clickbait, not a fake repo, check it yourself.",
    ),
    # --- paid course
    (
        sora.COURSE,
        "disclaimer",
        "Sora AI video course for only 99 yuan 🔥 Real lessons, 100% legit, not a scam like those other groups. Master AI video before everyone else!",
    ),
    (
        sora.COURSE,
        "slang",
        "99 yuan sora course 🚀 learn ai vids b4 every1 else does, dm for the link",
    ),
    (
        sora.COURSE,
        "long",
        "Everyone says AI will take creative jobs. I say learn it first. My Sora course takes you from prompts to editing, and right now it costs just 99 yuan. In a month your friends will still be watching free tutorials while you are already ahead of them. Sign up below.",
    ),
    (
        sora.COURSE,
        "negated_question",
        "Don't you want to master AI video before your competitors do? Our Sora course is just 99 yuan, sign up today.",
    ),
    # --- API access
    (
        sora.API,
        "paraphrase",
        "Need Sora API access? We have official keys, plus a ready-made Sora GPTs tool. Buy today, generate videos today.",
    ),
    (
        sora.API,
        "disclaimer",
        "Official Sora API keys in stock. Don't trust the other sellers in this group, they are scammers. Real access, pay in USDT.",
    ),
    (
        sora.API,
        "obfuscated",
        "$0ra API k3y$ 4 sale, 0ff1c1al acc3ss + GPTs t00l, DM me",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "paraphrase",
        "Sora account for rent: pay once, get a login and an invite code today, no waiting.",
    ),
    (
        sora.RENTAL,
        "disclaimer",
        "Selling Sora invite codes and accounts. Trusted seller with 200+ vouches, not a scam! Pay and get your login instantly.",
    ),
    (
        sora.RENTAL,
        "hashtag",
        "#SoraAccount #InviteCode 💳 pay & receive your own Sora login today",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "slang",
        "📲 scan QR → pay → join 🎬 be a first-gen AI director on the first Sora co-written movie! limited spots",
    ),
    (
        sora.DIRECTOR,
        "disclaimer",
        "Casting call for the first AI film made with Sora! Scan the QR code and pay the entry fee to join the group. Official project, not a scam, beware of copycat groups.",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "paraphrase",
        "Selling 500 Sora prompts written in real cinematographer jargon, bundled with a Feishu knowledge base on Sora. Transfer the fee, receive the document link, get invited into our members' group.",
    ),
    (
        sora.PROMPTS,
        "hashtag",
        "#SoraPrompts pro film-term prompt doc 📄 pay for the link + group access",
    ),
    # --- get rich
    (
        sora.RICH,
        "slang",
        "my guy cleared 5k yesterday just from sora clips 💰 u got 3 months max before this gold rush is over, hop in our group",
    ),
    (
        sora.RICH,
        "quote",
        '"Sora\'s heat will be gone in three months at most" - so join our group now and earn thousands a day with Sora videos while you still can.',
    ),
    # --- generation service
    (
        sora.SERVICE,
        "paraphrase",
        "Can't get Sora access? We can. Send us your script, pay the fee, and receive your Sora video in under 24 hours.",
    ),
    (
        sora.SERVICE,
        "disclaimer",
        "Custom Sora videos made for you: send the script and pay, delivered in 24h. Legit service, not a scam, real Sora output.",
    ),
    # --- debunks: none may alert
    (
        None,
        "debunk",
        "The SJTU 'Sora inventor' article got taken down for false information after Xie Saining posted on WeChat that he had zero involvement.",
    ),
    (
        None,
        "debunk",
        "How many times do we have to say it? Sora is NOT open to the public, only red teamers and some artists can use it.",
    ),
    (
        None,
        "debunk",
        'Seeing "download the official Sora app" ads everywhere. OpenAI has not released any Sora app, those are fakes.',
    ),
    (
        None,
        "debunk",
        "I paid for a Sora account rental on Telegram and never got a login. The seller blocked me. Learn from my mistake.",
    ),
    (
        None,
        "debunk",
        "Thread 🧵 on the Sora course grift: 1) they charge 99 yuan 2) you get one intro PDF and a slogan 3) none of them have Sora access. Skip it.",
    ),
    (
        None,
        "debunk",
        "Claim: Sora was built by a mostly Chinese team. Verdict: misleading. The technical report lists 13 authors, 3 of them Chinese.",
    ),
    (
        None,
        "debunk",
        "#FakeNews the 'Sora on GitHub' repos are not from OpenAI, Sora is closed and no weights were released #Sora",
    ),
    (
        None,
        "debunk",
        "Reverse image search shows the 'generated by Sora' beach video was shot by a drone photographer back in 2019.",
    ),
    (
        None,
        "debunk",
        "Sora keys on Telegram? OpenAI never opened a Sora API to outsiders, so those sellers and their 'Sora GPTs' are frauds.",
    ),
    (
        None,
        "debunk",
        "yo do NOT install any sora apk, openai has no android app, those links steal ur data",
    ),
    # --- questions with a negation that doubt a claim
    (
        None,
        "negated_question",
        "Doesn't it seem odd that nobody selling Sora API keys can show an invoice from OpenAI?",
    ),
    (
        None,
        "negated_question",
        "Why isn't OpenAI saying anything about all these Sora 'AI director' groups asking people for money?",
    ),
    # --- true facts about named people
    (
        None,
        "person_fact",
        "Xie Saining, an SJTU alumnus, is known for co-authoring ResNeXt and for his work on vision transformers.",
    ),
    (
        None,
        "person_fact",
        "Xie Saining's PhD is from UC San Diego; his advisor there was Zhuowen Tu.",
    ),
    (
        None,
        "person_fact",
        "In the WSJ interview, OpenAI CTO Mira Murati reacted to several Sora clips and talked about their glitches.",
    ),
    # --- benign posts near a template
    (
        None,
        "benign",
        "Per OpenAI, Sora clips run up to a minute and can show several characters with complex camera motion.",
    ),
    (
        None,
        "benign",
        "Just installed the official ChatGPT app from the App Store, works fine on my phone.",
    ),
    (
        None,
        "benign",
        "My daughter's piano lessons went up to 99 yuan an hour, still cheaper than the studio across town.",
    ),
    (
        None,
        "benign",
        "Runway and Pika are text-to-video tools that are already open to the public, unlike Sora.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout5", HELDOUT5, 0.75)
