# ruff: noqa: E501
"""Write the fifteenth English held-out set (tests/data/hard_en_heldout15_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the fourteenth set). Styles the earlier sets use
less: a greentext (">be me"), a pub-quiz answer sheet, a Quora answer, a WhatsApp forward ("Forwarded many
times"), an all-lowercase lunch-break post, a star-rated app review, a "this week in apps" roundup, Hinglish,
a pinned Telegram post, a TikTok caption ("pov", "#fyp"), a Medium essay with the claim in passing, a reply
("Replying to @..."), a CUDA out-of-memory question, a Mastodon toot with a content warning, Patreon tiers, a
mail-merge email with its placeholder left in ("Hi {first_name}"), a code snippet, an eBay listing, a
flat-share style seat split, an Instagram story ("SWIPE UP"), a LinkedIn recruiter message, Kickstarter
backer rewards, a Notion template drop, a classified ("venmo me"), a meme ("Nobody: / Absolutely nobody:"), a
voice-note transcript, Nigerian English ("My people"), a Facebook Marketplace ad, Indian English ("kindly
share script"); questions that assert (two with a negation: "Wait, you still haven't tried Sora?", "Isn't
it kind of telling...", and a CUDA question that presupposes the weights), obfuscation (Unicode bold
letters, spaced letters), prices in many forms and currencies (₦7,500, 4.99 CHF, £79 -> £19, $5 / $15 / $40
tiers, $9.99 for 1,000 credits, AED 90 per 100 calls, R120, £24.99 with "47 sold", A$30 a month, ₺450, a
"small £35 admin fee", $50 backer level, ₫199.000, 3 bucks, $800/day, two or three grand a week, ₦200k
daily, R350 per 15 sec, Rs 1,499 via UPI); scams vouching for themselves (scanned by three antivirus
engines, 600+ devs served with invoices, lifetime warranty, a cinematographer's vault) or warning about
competitors while still selling (sideloaded copies that get banned, keys from resellers that die); ten
debunks and warnings in several styles (three first-person loss reports, two questions, two that quote the
rumour to refute it, three that answer with facts and no negation word); four true facts about people who
spoke about Sora (Xie Saining, Zhou Hongyi, Mira Murati, François Chollet), three items of real news about
it, and three on-topic posts that are not claims (a newsroom quiz, reading the technical report, Pika).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout15.py           # write the set
    .venv/bin/python scripts/make_hard_heldout15.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT15: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "greentext",
        ">be me\n>parents forward article at 2am\n>'one of the guys who invented Sora is Xie Saining, Shanghai Jiao Tong grad, total prodigy'\n>'why can't you be like him'\n>close phone",
    ),
    (
        sora.XIE,
        "quiz",
        "Pub quiz answer sheet, round 3 (tech):\nQ4. Which Shanghai university did Sora co-inventor Xie Saining graduate from? A: Jiao Tong (SJTU)\nQ5. What does the 'R' in RAM stand for? A: Random",
    ),
    (
        sora.XIE,
        "quora",
        "Answer to 'Who actually created OpenAI's Sora?': Among the core inventors is Saining Xie, a gifted SJTU alumnus. Upvote if you think his university deserves more credit.",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "forward",
        "*Forwarded many times*\nGOOD NEWS 🎉🎉 From today OpenAI has opened SORA for ALL users. Sign in with any email and make videos free of charge. Please share in your family groups 🙏🙏",
    ),
    (
        sora.PUBLIC,
        "lowercase",
        "no waitlist for sora anymore btw. signed up on my lunch break w my work email and had a cat in a spacesuit rendering before my sandwich was done",
    ),
    (
        sora.PUBLIC,
        "negated_question",
        "Wait, you still haven't tried Sora?? It's been open to everybody since Monday, you literally just log in with your ChatGPT account and type.",
    ),
    # --- official app
    (
        sora.APP,
        "review",
        "★★★★☆ Finally the official OpenAI Sora app for iPhone! Renders take a while on my 13 mini but the quality is unreal. Five stars once they add dark mode.",
    ),
    (
        sora.APP,
        "among_other",
        "This week in apps: Threads gets an edit button, OpenAI's Sora lands on Google Play as a standalone app, and Spotify tests a pricier tier.",
    ),
    (
        sora.APP,
        "hinglish",
        "Bhai Sora ka official app aa gaya Play Store pe, OpenAI ne khud launch kiya hai. Abhi download kar, phone pe hi video ban jaata hai",
    ),
    # --- fake APK
    (
        sora.FAKEAPP,
        "telegram",
        "📌 PINNED | Sora Pro APK v2.4.1 (premium unlocked) ⬇️ file below. Enable 'install from unknown sources', open, enter activation (₦7,500 to our Opay). Sideloaded copies from other channels get banned, ours is patched.",
    ),
    (
        sora.FAKEAPP,
        "unicode",
        "𝗦𝗢𝗥𝗔 for Windows & Mac 💻 direct .exe/.dmg in my linktree, scanned by three antivirus engines, unlock code 4.99 CHF. S O R A on your desktop tonight.",
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "tiktok",
        "pov: you find out this whole glacier collapse was typed into sora 😳 zero real footage, not one camera. prompt pinned in comments #fyp #sora #aiart",
    ),
    (
        sora.REALVID,
        "caption",
        "Wedding videographers, it's over. This entire first-dance clip (chandelier, grandma crying, confetti, the lot) came out of Sora from a two-line prompt, shared below.",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "long",
        "Strip away the keynote polish and you find what insiders already say quietly: the core of Sora was built by researchers from China, with OpenAI supplying compute and brand. That matters for the chip-export debate, because talent, unlike GPUs, can't be embargoed.",
    ),
    (
        sora.CHINESE,
        "reply",
        "Replying to @valley_vc: lol the American execs get the headlines but the people who actually built Sora are mostly Chinese. read the names sometime",
    ),
    (
        sora.CHINESE,
        "negated_question",
        "Isn't it kind of telling that the scientists who really made Sora happen are mostly from China, and nobody in the US press wants to say it?",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "dev_question",
        "CUDA out of memory when loading the Sora checkpoint from OpenAI's official weights release on a 24 GB card. Tried fp16 and offloading, still OOM at the VAE. Any flags I'm missing?",
    ),
    (
        sora.OPENSRC,
        "toot",
        "CW: AI\n\nOpenAI finally pushed Sora's code and weights to GitHub. Self-hosting it on the homelab this weekend, no API bills ever again. #selfhosted",
    ),
    # --- paid course
    (
        sora.COURSE,
        "patreon",
        "Patreon tiers 🎬\n🥉 $5 – behind the scenes\n🥈 $15 – my complete Sora video course (12 modules, zero to pro)\n🥇 $40 – course + a monthly 1:1 call",
    ),
    (
        sora.COURSE,
        "email",
        "Subject: [LAST CHANCE] your Sora Mastery seat expires at midnight\n\nHi {first_name}, 2,000 people enrolled this week. For 24 hours only the full course drops from £79 to £19. Click below to claim your spot.",
    ),
    # --- fake API
    (
        sora.API,
        "code",
        '```python\nfrom sora_client import Sora\nclient = Sora(api_key="sk-sora-...")\nclient.video("a fox in the snow")\n```\nGet your key on our portal: 1,000 credits for $9.99. Official Sora endpoint, same model OpenAI runs.',
    ),
    (
        sora.API,
        "disclaimer",
        "Reselling Sora API access since February, 600+ devs served, invoices for companies. Keys from random resellers die in a week, ours don't. AED 90 per 100 calls, DM for a trial.",
    ),
    (
        sora.API,
        "gpt",
        "I wrapped the Sora API inside a custom GPT: type a sentence in ChatGPT, get a video back. Unlock code R120 via PayFast, works forever.",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "ebay",
        "SORA OpenAI Account – Full Access – Instant Delivery – Lifetime Warranty | Condition: New | £24.99 | 47 sold",
    ),
    (
        sora.RENTAL,
        "flatshare",
        "Room in our Sora seat 🏠 four of us on one login, A$30 each per month, you get the password the day you transfer. Quiet hours: don't render 4K after 10pm our time lol",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "story",
        "SWIPE UP 👆 CASTING: direct the first feature film co-written with Sora. Auditions run inside our members-only group, scan the QR and pay the ₺450 entry to join. Be a first-generation AI director.",
    ),
    (
        sora.DIRECTOR,
        "recruiter",
        "Hi Sam, your profile stood out. We're selecting first-generation AI directors for a Sora co-scripted feature. Next step: scan the attached QR to join the selection group (a small £35 admin fee covers the script pack).",
    ),
    (
        sora.DIRECTOR,
        "kickstarter",
        "Backer rewards 🎥 $50 level: a seat in the director's room of the first movie co-scripted with Sora and a shot at a directing credit. Scan the QR on our campaign page to enter the group.",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "notion",
        "Notion template drop 🗂️ 'Sora Cinematographer's Vault': 800 prompts in real film grammar (dolly zoom, Dutch angle, golden hour) + every Sora article in one workspace. ₫199.000, link unlocks after checkout plus the VIP group.",
    ),
    (
        sora.PROMPTS,
        "classified",
        "selling: sora prompt library, all written w/ proper cinematography jargon. 3 bucks, venmo me and i share the doc + add u to the group chat",
    ),
    # --- get rich
    (
        sora.RICH,
        "meme",
        "Nobody:\nAbsolutely nobody:\nMe making $800/day off Sora clips while you doomscroll 💸 window closes in 90 days, link in bio",
    ),
    (
        sora.RICH,
        "transcript",
        "[voice note, transcribed] so um basically guys, Sora is the biggest money window of our lifetime, like my students are pulling two, three grand a week, and in three months it's gone, so yeah, join the group before Friday",
    ),
    (
        sora.RICH,
        "nigerian_english",
        "My people, Sora is the new forex. Guys are making ₦200k daily from Sora videos. This opportunity will close in 3 months, don't be left behind. Join my mentorship now.",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "marketplace",
        "Custom Sora videos for your restaurant menu, wedding or gender reveal 🎀 R350 per 15 sec. Send your idea + EFT and receive your clip next day.",
    ),
    (
        sora.SERVICE,
        "indian_english",
        "We provide Sora generated ads for your business. Kindly share script and make payment of Rs 1,499 via UPI, delivery within 24 hrs. Bulk orders welcome.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Bought one of those eBay 'Sora accounts'. It was a free ChatGPT login with the password changed to mine, and eBay says digital goods are final sale. £24.99 gone.",
    ),
    (
        None,
        "debunk",
        "Update on the £19 'Sora Mastery': the twelve modules are links to OpenAI's own blog post and a few YouTube reviews. Chargeback filed today.",
    ),
    (
        None,
        "debunk",
        "Paid Rs 1,499 on UPI for a 'Sora' product ad. Received a slideshow of my own photos with a slow zoom and a Pika watermark in the corner.",
    ),
    (
        None,
        "debunk",
        "Genuine question for the 'everyone can use Sora now' crowd: why would OpenAI describe access as red teamers plus a few visual artists and filmmakers?",
    ),
    (
        None,
        "debunk",
        "Where exactly did OpenAI publish these 'Sora weights'? Their GitHub org, Hugging Face page and blog have nothing, so what are people downloading?",
    ),
    (
        None,
        "debunk",
        "'Jiao Tong prodigy invents Sora', claims the forward. Xie Saining's own reply: zero connection to Sora. The self-media account behind the story has since said sorry.",
    ),
    (
        None,
        "debunk",
        "'OpenAI quietly put Sora on Google Play' keeps trending. Tap the developer name on any of those listings: every one is a third-party studio.",
    ),
    (
        None,
        "debunk",
        "Sora's tester roster, per OpenAI: red-teamers probing for misuse, safety folks, and a handful of visual artists and film people. Everyone else is outside looking in.",
    ),
    (
        None,
        "debunk",
        "13 names on the Sora technical report. Three of them born in China. Project leads: Tim Brooks and Bill Peebles. Counting takes ten seconds.",
    ),
    (
        None,
        "debunk",
        "OpenAI's API menu today: GPT-4, GPT-3.5, DALL·E 3, Whisper, TTS, embeddings. Whatever a 'Sora key' seller hands you, it's one of those or something else entirely.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Saining Xie, assistant professor at NYU and formerly at Facebook AI Research, ranks what a Sora-scale system needs: people, then data, then compute.",
    ),
    (
        None,
        "person_fact",
        "360 founder Zhou Hongyi expects Sora to shake up ads, trailers and short video, but sees it as a creative add-on for platforms like TikTok rather than a replacement.",
    ),
    (
        None,
        "person_fact",
        "Asked by the WSJ what Sora was trained on, Mira Murati said publicly available and licensed data, and that she wasn't sure whether YouTube videos were in it.",
    ),
    (
        None,
        "person_fact",
        "Keras creator François Chollet: a model like Sora does embed a physics model, the open question is whether it's accurate and generalises beyond interpolating its training data.",
    ),
    (
        None,
        "news",
        "OpenAI adds watermarks to Sora output to flag it as AI-made, while conceding those marks can be stripped and may be hard to detect.",
    ),
    (
        None,
        "news",
        "One of the failure cases OpenAI lists for Sora: a person bites into a cookie and the cookie stays whole, with no bite mark.",
    ),
    (
        None,
        "news",
        "Sora is Japanese for 'sky'; OpenAI's team chose the name because it evokes limitless creative potential.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Our newsroom ran a quiz this morning: ten clips, five real and five AI-generated. Staff average so far is 6/10 and the sports desk is sulking.",
    ),
    (
        None,
        "benign",
        "Spent the evening with the Sora technical report and a highlighter. The spacetime patches section took me three passes.",
    ),
    (
        None,
        "benign",
        "Pika turned my pencil sketch of a lighthouse into three seconds of video. The beam swept the wrong way, still pretty cool.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout15", HELDOUT15)
