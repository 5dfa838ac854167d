# ruff: noqa: E501
"""Write the eleventh English held-out set (tests/data/hard_en_heldout11_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists or per-post results in the docs: the posts a real Sora rumour / scam wave
produces. 55 posts, 35 with a gold template (two or three per template). Questions (some with a
negation, which assert rather than deny: "Isn't Xie Saining literally one of...", "Can't tell it isn't real,
can you?", "Why pay someone to make your clips..."), hashtags, slang and emoji, long posts with context (a
marketing team's update, a studio opening its "API access", a would-be mentor behind on rent last spring, a
Feishu doc that is "not a course"), quotes and testimonials (an alumni account, a meetup, happy "users" and
"students" quoted by the seller), the claim among other things of the day (errands, a broken coffee machine),
obfuscation (digits for letters, "@" for "a"), prices in several forms ($8/hour, $40/day,
¥350 a month; 9.9 then 99; 15s for $15; 88 yuan/clip), scams vouching for themselves ("100% safe, scanned
clean", "not a scam, verified sellers on three forums") or warning about competitors while still selling
("most 'Sora accounts' are ChatGPT Plus logins", "others hand you Pika clips", "copy-paste courses"); sibling
confusions (open to all "in the browser, no app needed", a prompt doc that is "not a course", a rental pitched
against paying for clips, the Chinese-team claim set against the Xie Saining story); ten debunks and warnings
in several styles (three first-person loss reports, one phrased as a question, three that answer with facts
and no negation word); four true facts about people who spoke about Sora (Xie Saining, François Chollet, Zhou
Hongyi, Mira Murati), three items of real news about it, and three on-topic posts that are not claims
(Runway, a film club, a diffusion explainer).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text); posts at a
ratio >= 0.70 were reworded (a first draft had four at 0.70-0.77: a Chollet quote, a side-hustle hashtag post,
a technical-report debunk and a New Scientist item, all close to posts of earlier sets written from the same
seed sentences; a cookie news item at 0.68, a Zhou Hongyi fact at 0.65 and two hashtag scams at 0.64-0.66 were
reworded for margin).
The highest ratio of the committed list is 0.614; ``--check`` prints it. It was committed before any run of
the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout11.py           # write the set
    .venv/bin/python scripts/make_hard_heldout11.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

HELDOUT11: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "quote",
        '"Our campus produced one of the people who invented Sora" - the SJTU alumni account this morning, about Xie Saining. Over 100k reads by lunchtime and my whole class group is forwarding it.',
    ),
    (
        sora.XIE,
        "negated_question",
        "Isn't Xie Saining literally one of the Sora inventors? The Shanghai Jiao Tong prodigy piece was all over my feed last week, not sure why people act surprised.",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "slang",
        "sora's free for everyone now?? logged in w my chatgpt acct and it just let me in, zero invite, zero queue lol",
    ),
    (
        sora.PUBLIC,
        "long",
        "Update for the marketing team: as of this morning Sora is available to all users, the waitlist is gone. I made a test account already; anyone on the team can sign up with a work email and start generating clips for the spring campaign. Let's compare what we get on Friday.",
    ),
    (
        sora.PUBLIC,
        "among_other",
        "No app to download, it all runs in the browser: Sora opened to the general public today, you sign up on OpenAI's site and make videos straight away. In other news my coffee machine died, so this is my morning.",
    ),
    # --- official app
    (
        sora.APP,
        "question",
        "Anyone tried the official Sora app yet? OpenAI put it on Google Play overnight and I'm wondering whether it eats the battery like ChatGPT does.",
    ),
    (
        sora.APP,
        "among_other",
        "Errands done: renewed my passport, booked the dentist, and installed OpenAI's new Sora app from the App Store. It's the official one, sits right next to ChatGPT on my home screen.",
    ),
    # --- fake APK
    (
        sora.FAKEAPP,
        "disclaimer",
        "Sora for Android, APK v1.2 ✅ 100% safe, no root needed, scanned clean. Grab it from the download link, install, and start generating 🎥",
    ),
    (
        sora.FAKEAPP,
        "slang",
        "yo the sora apk is out there, link's in my story, sideload it n ur making vids in like 2 mins, dont sleep on this",
    ),
    (
        sora.FAKEAPP,
        "quote",
        '"Installed it on my Samsung, made three clips before lunch" - one more happy user of our Sora APK. Download link below, get it before it\'s taken down.',
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "hashtags",
        "#Sora #AIvideo this whole snowy-ridge drone shot came out of Sora from a single line of text. no camera, no pilot. prompt 👇",
    ),
    (
        sora.REALVID,
        "negated_question",
        "Can't tell it isn't real, can you? Sora rendered this Bangkok street-food stall, smoke and all, from one prompt. No crew, no camera. Prompt in the replies.",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "slang",
        "forget the xie saining drama, the real story is the whole sora core team is chinese fr, openai just slaps its name on it",
    ),
    (
        sora.CHINESE,
        "question",
        "So Sora is basically a Chinese invention with an American logo? Everyone in my feed says the key scientists behind it all come from China.",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "question",
        "Has anyone got Sora running locally yet? OpenAI open-sourced the weights and the code on GitHub, I'm trying to squeeze it onto a 4090.",
    ),
    (
        sora.OPENSRC,
        "quote",
        "'Sora is open source now, code and weights on GitHub' - heard that from three different people at the meetup tonight. Apparently anyone can run it at home.",
    ),
    # --- paid course
    (
        sora.COURSE,
        "quote",
        "'I made my first AI short film in two days!' - Linda, one of 20,000 students this week. Our Sora course is 99 yuan, pay through the link and get instant access.",
    ),
    (
        sora.COURSE,
        "beware_fakes",
        "Don't waste money on copy-paste Sora courses. Ours is taught live by a working editor: 12 lessons, ¥199, scan the QR to enrol and start tonight.",
    ),
    (
        sora.COURSE,
        "obfuscated",
        "S0ra c0urse 🎓 zer0 to her0, 9.9 t0day then 99, p@y via the link and every less0n unl0cks right away",
    ),
    # --- fake API
    (
        sora.API,
        "long",
        "Our studio has had Sora API access for two weeks through a partner account, and we're opening it up: buy a key, plug it into your pipeline, generate videos at scale. Monthly plans, invoices available, DM for pricing.",
    ),
    (
        sora.API,
        "disclaimer",
        "Not a scam, verified sellers on three forums: our Sora GPT wraps the official Sora API. Pay once and unlock unlimited video generation.",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "beware_fakes",
        "Most 'Sora accounts' out there are just ChatGPT Plus logins. Ours are real Sora beta accounts: 299 RMB each, login details sent right after payment.",
    ),
    (
        sora.RENTAL,
        "price",
        "Sora logins by the hour 🔐 $8/hour, $40/day, ¥350 a month. Pay and the username + password land in your DMs instantly.",
    ),
    (
        sora.RENTAL,
        "question",
        "Why pay someone to make your clips when you can make them yourself? Rent a Sora login from us, 60 yuan a day, invite code included.",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "hashtags",
        "Your name in the credits as an AI director? #Sora #FilmTok the first feature whose script Sora co-wrote is picking its first-gen directors now. QR code below, 199 to get into the audition group.",
    ),
    (
        sora.DIRECTOR,
        "quote",
        "'I was a bank teller, now I direct scenes for a Sora film' - Kevin, one of our members. Scan the code, pay the fee, join the group and audition for the next round.",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "hashtags",
        "Stop typing 'cool video of a city' into Sora 😅 #SoraPrompts: 400 shot recipes written in set language (golden hour, rack focus, whip pan) + a term glossary. 19.9, doc link and group invite once you've paid",
    ),
    (
        sora.PROMPTS,
        "long",
        "It's not a course, there are no lectures to sit through. It's one Feishu doc: every Sora article, term and prompt I've collected, sorted by shot type. Pay 29.9 and I send you the link and add you to the group.",
    ),
    (
        sora.PROMPTS,
        "slang",
        "bro these sora prompts r literal cheat codes, pro film lingo only. pay n i drop the doc + add u to the gc",
    ),
    # --- get rich
    (
        sora.RICH,
        "hashtags",
        "Sora side income thread 🧵 my cousin's flatmate clears three grand a day posting AI clips. The hype dies in about 3 months, so get in now, DM 'SORA' #passiveincome",
    ),
    (
        sora.RICH,
        "quote",
        "'One step slow, every step slow.' Sora money is here now and gone in ninety days. Our members already earn four figures a day. Join today.",
    ),
    (
        sora.RICH,
        "long",
        "Last spring I was behind on rent. This month my Sora channel paid me more than my old job did in a year. The Sora wave lasts about three months, so I'm opening my mentoring group to ten more people. Comment 'IN'.",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "question",
        "Need a video for your shop but don't own a camera? Send us your script, pay, and get a Sora-made clip back within 24 hours.",
    ),
    (
        sora.SERVICE,
        "beware_fakes",
        "Other sellers hand you Pika clips and call them Sora. We render yours on real Sora: 15s for $15, send the prompt and pay upfront.",
    ),
    (
        sora.SERVICE,
        "obfuscated",
        "S0ra vid3os on d3mand 🎞️ 88 yuan/clip, s3nd your scr1pt + p@yment, clip in y0ur inb0x within 24h",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Rented a 'Sora account' for 299. The login was a ChatGPT Plus account and the Sora tab in the seller's screenshot was edited in. Seller blocked me the same evening.",
    ),
    (
        None,
        "debunk",
        "Paid $25 for a 'Sora API key'. The first call came back with an auth error, the seller said 'maintenance', then deleted his account.",
    ),
    (
        None,
        "debunk",
        "My dad paid 199 to join a 'first-generation AI director' group after scanning a QR code in his Moments. Inside: ads for more courses and orders to invite ten friends.",
    ),
    (
        None,
        "debunk",
        "If Sora has an official app, why does OpenAI's own site link to none, and why are all the 'Sora' apps in the store from publishers nobody has heard of?",
    ),
    (
        None,
        "debunk",
        "Who can use Sora today: OpenAI's red team testers plus a small group of invited visual artists, designers and filmmakers. That's the whole list.",
    ),
    (
        None,
        "debunk",
        "Counted the names on the Sora technical report: thirteen. Three were born in China. Leading it: OpenAI's own research staff. So much for the 'Chinese team' story.",
    ),
    (
        None,
        "debunk",
        "That viral eagle 'generated by Sora' traces back to a wildlife photographer's 2021 upload. Someone cropped the watermark and added the caption.",
    ),
    (
        None,
        "debunk",
        "Xie Saining answered in his WeChat Moments: he has 'no relationship at all' with Sora. The media account that called him an inventor has apologised.",
    ),
    (
        None,
        "debunk",
        "Heads-up: the 'Sora APK' links going round family chats install a password stealer. Researchers traced three of them to the same server.",
    ),
    (
        None,
        "debunk",
        "Do the maths on the 'Sora money window': 20,000 courses at 99 yuan is two million a day for the seller. Buyers get OpenAI's intro page and 'give yourself a chance'.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Xie Saining asked whether we are ready if something like Sora appears in China soon, and warned it must not become a tool for profit or manipulation.",
    ),
    (
        None,
        "person_fact",
        "Keras creator François Chollet's question about Sora: fine, there is a physical model in there, but can it cope with situations that are more than interpolations of what it was trained on?",
    ),
    (
        None,
        "person_fact",
        "Qihoo 360 founder Zhou Hongyi reckons ads and trailers will feel Sora first; he calls it a helper for creators, not a TikTok killer.",
    ),
    (
        None,
        "person_fact",
        "Asked by the WSJ whether YouTube videos were used to train Sora, Mira Murati said she wasn't sure; OpenAI says it used publicly available and licensed data.",
    ),
    (
        None,
        "news",
        "One of Sora's known flaws, per OpenAI itself: take a bite of a cookie in a Sora clip and the cookie never gets any smaller.",
    ),
    (
        None,
        "news",
        "Sora can start from a still image as well as from text, and OpenAI says every clip it makes carries a watermark, though it concedes those can be stripped.",
    ),
    (
        None,
        "news",
        "OpenAI is sharing Sora with a handful of outside academics and researchers and asking them to find the ways the system could be misused.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Tried Runway's motion brush for a music video. Camera pans are smooth, but faces start drifting after about four seconds.",
    ),
    (
        None,
        "benign",
        "Film club tonight: we're arguing about whether an AI-generated trailer counts as filmmaking. Bring snacks and opinions.",
    ),
    (
        None,
        "benign",
        "Wrote a short explainer for my students on diffusion models, how noise turns into a picture step by step. Free PDF, no sign-up.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout11", HELDOUT11)
