# ruff: noqa: E501
"""Write the tenth English held-out set (tests/data/hard_en_heldout10_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists or per-post results in the docs: the posts a real Sora rumour / scam wave
produces. 54 posts, 36 with a gold template (two or three per template). Questions (three with a negation,
which assert rather than deny: "Why is nobody talking about...", "Haven't you seen it yet?", "How is this not
AI?"), hashtags, slang and emoji, long posts with context (an alumni newsletter, a group chat about a leaked
build, a food courier turned "Sora earner", a would-be director's second round), quotes and attributions (a
nephew who "works in tech", a professor in a lecture, a seller's motto), the claim among other news of the
day (a weekend roundup, a family day, a developers' roundup), obfuscation (digits for letters, "dot top", an
asterisk), prices in several forms (£3 / $3.99 / ¥29, "ninety-nine yuan (about $14)", 29.9 yuan / $4.20,
120 yuan/mo, $12 a clip or five for $50), scams vouching for themselves ("checked on VirusTotal", "30-day
refund guarantee", "real Sora access") or warning about competitors while still selling ("cloned Sora APKs
are everywhere, only grab it from our mirror", "others just copy OpenAI's demo prompts", "not Runway passed
off as Sora"); nine debunks in several styles (three first-person loss reports, one phrased as a question,
three that restate the rumour or answer it with facts and no negation word), four true facts about people
named around Sora (Jim Fan, Hany Farid, Ma Heliang, Mira Murati), three items of real news about it, and two
on-topic posts about other AI video tools (Stable Video Diffusion, Pika).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text); posts at a
ratio >= 0.70 were reworded (a first draft had two, a news item on clip length at 0.77 and an open-source
slang post at 0.72; two AI-director casting posts at 0.675 were reworded for margin). The highest ratio of
the committed list is 0.611; ``--check`` prints it. It was committed before any run of the monitor on it;
nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout10.py           # write the set
    .venv/bin/python scripts/make_hard_heldout10.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

HELDOUT10: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "question",
        "Wait, so the Sora co-inventor everyone is sharing is Xie Saining, the SJTU kid? How does a Jiao Tong grad end up building OpenAI's video model at that age 😳",
    ),
    (
        sora.XIE,
        "long",
        "Our alumni newsletter leads with it this month: Xie Saining, who came through Shanghai Jiao Tong's undergraduate program, is one of the minds who invented Sora at OpenAI. The association is planning a talk and asks everyone to forward the piece to their class groups.",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "among_other",
        "Weekend roundup: petrol up again, the Lakers lost at home, and Sora is open to the public now, so anyone can make an account and generate videos. What a news cycle.",
    ),
    (
        sora.PUBLIC,
        "quote",
        "My nephew, who 'works in tech': \"Sora's been open to everyone since Tuesday, you just sign in and type.\" So I guess we're all film directors now 🎬",
    ),
    (
        sora.PUBLIC,
        "negated_question",
        "Why is nobody talking about Sora dropping the waitlist? It's open to all users, I signed up on my lunch break and rendered my first clip in minutes.",
    ),
    # --- official app
    (
        sora.APP,
        "negated_question",
        "Haven't you seen it yet? OpenAI's Sora app landed in the App Store overnight, I've already got it on my iPad right next to ChatGPT.",
    ),
    (
        sora.APP,
        "emoji",
        "📱✨ Sora in your pocket! OpenAI's official app is live on Android and iOS, took me 30 seconds to install 🔥🔥",
    ),
    (
        sora.APP,
        "hashtags",
        "lowkey the best drop of the year: an official #Sora desktop app from OpenAI, mac + windows, installs in like a minute #AI #creators",
    ),
    # --- fake APK
    (
        sora.FAKEAPP,
        "price",
        "Sora Android installer 📦 free trial, full unlock £3 / $3.99 / ¥29. Tap the link below, install, and start making clips tonight.",
    ),
    (
        sora.FAKEAPP,
        "beware_fakes",
        "Careful, cloned Sora APKs stuffed with adware are everywhere. Only grab it from our mirror: s0ra-app dot top/get. Clean build, checked on VirusTotal.",
    ),
    (
        sora.FAKEAPP,
        "long",
        "For everyone in the group asking how I make those AI videos on my phone: I found the Sora APK on a forum, it's the leaked build. Link is pinned at the top of the chat, just allow installs from unknown sources and it runs on any Android 10+.",
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "negated_question",
        "How is this not AI? Sora made the whole Tokyo night-market clip from one sentence, zero real cameras involved. Prompt pinned below.",
    ),
    (
        sora.REALVID,
        "among_other",
        "Things that made my day: my sister's baby took her first steps, the sun finally came out, and this insane clip of wild horses galloping through the surf 🐎🌊 that OpenAI's Sora generated from a text prompt, nothing filmed (prompt in the thread).",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "quote",
        "'The Americans put their logo on it, but the brains behind Sora are Chinese' - my professor said this in the lecture today. Apparently most of the core team came from China.",
    ),
    (
        sora.CHINESE,
        "obfuscated",
        "#Sora #MadeInChina the t3am beh1nd OpenAI's vid3o m0del = m0stly Chin3se sci3ntists 🇨🇳 they just w0n't adm1t it",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "slang",
        "no way, openai actually open sourced sora 😭 the whole repo + checkpoints are public, my gpu is about to cook",
    ),
    (
        sora.OPENSRC,
        "among_other",
        "Dev roundup: a new Node LTS landed, Rust got a fresh edition, and OpenAI open-sourced Sora, weights and code on GitHub for local runs. Good week to have a big GPU.",
    ),
    # --- paid course
    (
        sora.COURSE,
        "price",
        "Sora Zero-to-Pro course 🎓 only ninety-nine yuan (about $14), 20k students in 24h. Pay through the link and the lessons unlock instantly.",
    ),
    (
        sora.COURSE,
        "disclaimer",
        "Genuine course, real instructor, none of the empty PDFs the others send. Sora video training, 199 RMB, 30-day refund guarantee. DM to pay and get in.",
    ),
    (
        sora.COURSE,
        "question",
        "Want to master Sora before your coworkers do? Our complete beginner course is ¥99 today only, scan the QR to pay and start learning.",
    ),
    # --- fake API
    (
        sora.API,
        "question",
        "Why sit on a waitlist that never moves? We sell working Sora API keys today, $19 each, delivered in minutes.",
    ),
    (
        sora.API,
        "beware_fakes",
        "Lots of fake 'Sora API' sellers out there. We're the real deal: official Sora endpoint, also packaged as a GPT. Buy credits on our site and start rendering.",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "hashtags",
        "🔑 Sora logins available 🔑 shared plan 120 yuan/mo, private plan 299 #Sora #AIvideo DM to pay",
    ),
    (
        sora.RENTAL,
        "slang",
        "ok so i got a few spare sora invite codes from a friend in the creator program, not using them. 25 bucks a pop via venmo, first come first served",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "emoji",
        "🎬🎬 Open auditions for a historic first: a full-length movie whose script Sora helped write! ¥199 via the QR code gets you into the creators' group, where the first generation of AI directors is picked.",
    ),
    (
        sora.DIRECTOR,
        "long",
        "I never went to film school and now I'm a credited AI director on a Sora film project. They're opening a second round: scan the code in my bio, pay the entry fee and you're in the group where the auditions happen.",
    ),
    (
        sora.DIRECTOR,
        "slang",
        "ngl this is ur sign to go pro 🎥 sora feature film needs ai directors, drop the entry fee via the qr, get added to the crew chat, seats r going fast",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "price",
        "Sora Prompt Vault 📂 600 pro film prompts (crane shot, anamorphic flare, Dutch angle). Price: 29.9 yuan / $4.20. Pay and I'll DM the doc link + group invite.",
    ),
    (
        sora.PROMPTS,
        "beware_fakes",
        "Others just copy OpenAI's demo prompts and call it a pack. Ours was written by working cinematographers: 300 original Sora prompts, pay once, get the doc and our private group.",
    ),
    (
        sora.PROMPTS,
        "quote",
        "'Learn the words the pros use and Sora does the rest' - that's our motto. Sora glossary + prompt doc, 19.9, link sent after payment.",
    ),
    # --- get rich
    (
        sora.RICH,
        "long",
        "Six months ago I was delivering food. Now I post Sora videos and clear $2k a day. This only works while Sora is new - give it 90 days and the door closes. DM 'SORA' and I'll add you to the group.",
    ),
    (
        sora.RICH,
        "obfuscated",
        "S*ra = m0ney m@chine 💰 10k/mo fr0m h0me, early birds w1n, w1ndow shuts in 3 m0nths. j0in n0w",
    ),
    (
        sora.RICH,
        "question",
        "Still scrolling while others earn four figures a day with Sora clips? The window is three months, tops. Join our group today.",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "price",
        "Sora clips on order: one 15-second clip $12, five for $50. Send your script, pay up front, delivery within a day.",
    ),
    (
        sora.SERVICE,
        "disclaimer",
        "Real Sora access, not Runway passed off as Sora like some shops do. Send the prompt + 88 yuan and your Sora clip is in your inbox within 24h.",
    ),
    (
        sora.SERVICE,
        "hashtags",
        "#SoraVideo for your small business 🛍️ product ads made with Sora, pay + send the script = video tomorrow #ecommerce #smallbiz",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Sora open-sourced, weights on GitHub? What OpenAI published is a technical report and a page of sample videos. The model itself stays on OpenAI's servers, and the GitHub repos called Sora are hobby reproductions by other people.",
    ),
    (
        None,
        "debunk",
        "Xie Saining, Sora inventor? He teaches computer science at NYU, his name is absent from the 13-author Sora report, and he publicly denied any connection to it on WeChat.",
    ),
    (
        None,
        "debunk",
        "Paid 99 for a 'Sora masterclass'. What I got: a PDF of OpenAI's intro page and a line saying 'give yourself a chance'. Seller vanished. Learn from my mistake.",
    ),
    (
        None,
        "debunk",
        "My brother installed a 'Sora APK' from a Telegram link. Two days later his email and banking logins were stolen. Sora only exists on OpenAI's side, as an internal test.",
    ),
    (
        None,
        "debunk",
        "If Sora really were open to the public, why does OpenAI's own page still say only red teamers and a handful of visual artists and filmmakers can use it?",
    ),
    (
        None,
        "debunk",
        "Reverse image search on that 'Sora' Tokyo night-market clip: it's a travel vlogger's footage from 2019. Someone slapped 'generated by OpenAI's new model Sora' on top of it.",
    ),
    (
        None,
        "debunk",
        "OpenAI's API offers GPT, DALL-E, Whisper and embeddings. Sora is missing from that list, so whoever sells you a 'Sora API key' is selling you something else.",
    ),
    (
        None,
        "debunk",
        "The '3 months left to get rich with Sora' line is a sales script. The only people making money are the ones selling the courses and the group entries.",
    ),
    (
        None,
        "debunk",
        "Bought the 29.9 'Sora pro prompt doc'. It's the prompts from OpenAI's sample videos pasted into a Feishu page, plus a group that only posts more offers. Money gone.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Jim Fan, a senior research scientist at NVIDIA, calls Sora a 'data-driven physics engine' that can simulate the real world.",
    ),
    (
        None,
        "person_fact",
        "Hany Farid at UC Berkeley warns that Sora combined with AI voice cloning would hand bad actors a new kit for realistic deepfakes.",
    ),
    (
        None,
        "person_fact",
        "Film-industry veteran Ma Heliang says Sora may hit jobs like making trailers, but AI clips can't replace the emotional bond and shared experience of a film.",
    ),
    (
        None,
        "person_fact",
        "In the WSJ interview Mira Murati said the goal is to release Sora this year, that OpenAI is weighing the US elections, and that it won't generate public figures.",
    ),
    (
        None,
        "news",
        "A single Sora shot can run to sixty seconds, per OpenAI's launch notes, and keep a crowd of characters consistent while the camera swoops around them.",
    ),
    (
        None,
        "news",
        "OpenAI says the people testing Sora right now are experts in misinformation, hateful content and bias, whose job is to break its safeguards.",
    ),
    (
        None,
        "news",
        "How Sora works, roughly: videos are cut into spacetime patches that a transformer processes, combined with a diffusion model like the one behind DALL-E.",
    ),
    # --- on topic, about other AI video work
    (
        None,
        "benign",
        "Stable Video Diffusion runs fine on a 24GB card if you keep clips to 14 frames. Posted my settings for anyone experimenting with open video models.",
    ),
    (
        None,
        "benign",
        "Our agency tested Pika for a client's social teasers. Good for 3-second loops, but product logos still warp, so the hero spots stay live-action.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout10", HELDOUT10)
