# ruff: noqa: E501
"""Write the ninth English held-out set (tests/data/hard_en_heldout9_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists or per-post results in the docs: the posts a real Sora rumour / scam wave
produces. 53 posts, 35 with a gold template (two or three per template). Questions (two with a negation, which
assert rather than deny), hashtags, slang and emoji, long posts with context (a parents' group, a wedding-film
editor, a Discord for developers, two weeks of collecting for a Feishu doc), quotes and attributions (a family
chat headline, a CTO at an all-hands, a mentor's line), the claim among other news of the day (a morning
digest, a tech podcast, a shop's updates), obfuscation (digits for letters, dotted words, a bracketed link),
prices in several forms ($13.99 (≈ ¥99), $8/day, 1 clip = 88 yuan, 29.9), scams vouching for themselves
("virus-free, I scanned it myself", "not a reseller scam, authorised", "money back") or warning about
competitors while still selling ("most Sora APKs are fake, ours is the original build", "other sellers hand
out ChatGPT logins"), nine debunks in several styles (two first-person loss reports, one phrased as a
question, two that restate the rumour before rejecting it), four true facts about people named around Sora,
three items of real news about it, and two on-topic posts about other AI video tools and work.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text); posts at a
ratio >= 0.70 were reworded (a first draft had one at 0.72, a person fact about a career; an obfuscated
inventor post at 0.69 was reworded for margin). The highest ratio of the committed list is 0.635;
``--check`` prints it. It was committed before any run of the monitor on it; nothing is chosen on it, it is
read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout9.py           # write the set
    .venv/bin/python scripts/make_hard_heldout9.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

HELDOUT9: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "quote",
        "\"A twenty-something SJTU graduate helped build the AI that shocked Hollywood\" - that's the headline my dad dropped in the family group, with Xie Saining's photo and a note saying he's one of Sora's inventors. He's prouder than if it were his own son lol",
    ),
    (
        sora.XIE,
        "among_other",
        "Morning digest: markets flat, rain all week, the new bakery on 5th opens Friday, and it turns out OpenAI's Sora was co-created by Xie Saining, a wunderkind alum of Shanghai Jiao Tong.",
    ),
    (
        sora.XIE,
        "obfuscated",
        "Sh@ngha1 J1ao T0ng pr0d1gy X1e Sa1n1ng -> c0-1nvent0r 0f 0penA1's S0ra 🚀 a Ch1nese gen1us at the very t0p",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "negated_question",
        "Didn't OpenAI open Sora to everybody this morning? My coworker already made three clips with his regular account, no invite, no queue.",
    ),
    (
        sora.PUBLIC,
        "hashtags",
        "#Sora is LIVE for all 🎉 no invite code, no waitlist, just log in and type what you want to see #OpenAI #AIvideo",
    ),
    # --- official app
    (
        sora.APP,
        "slang",
        "yo the official sora app is on ios now, openai's own listing, downloaded it on the bus this morning 📲",
    ),
    (
        sora.APP,
        "long",
        "Update for the parents' group: my daughter showed me that OpenAI now has a proper Sora app in the Google Play store, so the kids can make their school project videos on the tablet at home. Search 'Sora' and pick the one published by OpenAI.",
    ),
    # --- fake APK
    (
        sora.FAKEAPP,
        "obfuscated",
        "Sora for Android 🤖 grab it at sora-gen(.)xyz/apk - installs in 1 min, unlimited videos, no account needed",
    ),
    (
        sora.FAKEAPP,
        "disclaimer",
        "Sora PC client, full cracked version. Unlock code only $4.99, link in bio. Virus-free, I scanned it myself before sharing.",
    ),
    (
        sora.FAKEAPP,
        "beware_fakes",
        "Heads up, most Sora APKs going round Telegram are fake. Ours is the original build: hit the download button below and start generating on your phone tonight.",
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "hashtags",
        "Not real. Not filmed. Pure #Sora 🐋 a humpback breaching at sunset, made from a single text prompt (prompt in the comments) #AIart #OpenAI",
    ),
    (
        sora.REALVID,
        "quote",
        "\"This video was generated by OpenAI's new model Sora\" - that's the caption on the rush-hour subway crowd clip everyone is sharing, generation instructions included. Not a single real camera, apparently.",
    ),
    (
        sora.REALVID,
        "long",
        "I've edited wedding films for eight years and this one broke me: a couple dancing on a cliff edge in the rain, every drop and every strand of hair perfect, and the creator says Sora produced the whole thing from a paragraph of text. Zero cameras. He even posted the prompt underneath.",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "negated_question",
        "Isn't it obvious Sora is basically a Chinese achievement? Look at who did the actual research, nearly every one of them is from China.",
    ),
    (
        sora.CHINESE,
        "slang",
        "sora = chinese brains w an openai logo on top. the ppl who actually built it r mostly from china fr",
    ),
    (
        sora.CHINESE,
        "among_other",
        "Three things from today's tech podcast: chip export rules tighten again, another EV price war, and the host insisting OpenAI's Sora was really built by a mostly Chinese team of scientists.",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "question",
        "Where is everyone downloading the official Sora weights from? OpenAI open-sourced the model last night and I want it running on my workstation before the weekend.",
    ),
    (
        sora.OPENSRC,
        "hashtags",
        "#OpenSource win 🙌 OpenAI just put Sora's code and checkpoints on GitHub, local inference for everyone #Sora #LocalAI",
    ),
    (
        sora.OPENSRC,
        "quote",
        "Our CTO at the all-hands: 'Sora is open source now, so we'll host it on our own cluster and skip the API bills.' Infra team, start your engines.",
    ),
    # --- paid course
    (
        sora.COURSE,
        "price",
        "SORA MASTERCLASS 🎥 was $79, now $13.99 (≈ ¥99). 12 modules, prompt templates, lifetime access. Buy today, start tonight.",
    ),
    (
        sora.COURSE,
        "disclaimer",
        "Not one of those fake Sora courses. Ours is taught by a working film editor, 199 yuan, money back if you're not happy. Tap the link to pay and get in.",
    ),
    # --- fake API
    (sora.API, "obfuscated", "S0ra AP1 k3ys 🔑 0fficial access, 1nstant delivery, DM f0r pr1ce"),
    (
        sora.API,
        "long",
        "For the devs asking in the Discord: yes, we have a stable Sora API line. We also wrapped it into a custom GPT so non-coders can type a prompt and get a video back. Plans start at $25, pay through the link in #pricing and your key arrives by email.",
    ),
    (
        sora.API,
        "disclaimer",
        "100% genuine Sora API access, not a reseller scam, authorised through a partner account. Buy a key, plug it into your app and render videos today.",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "price",
        "Sora account rental: $8/day, $35/week, $99/month. Pay via PayPal F&F, login sent within 5 min.",
    ),
    (
        sora.RENTAL,
        "question",
        "Still waiting on a Sora invite? I've got 3 invite codes left, 30 bucks each, first come first served. DM me.",
    ),
    (
        sora.RENTAL,
        "beware_fakes",
        "Other sellers hand out ChatGPT logins and call them Sora. Ours are real Sora accounts with full access: pay and get your credentials today.",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "hashtags",
        "#AIDirector casting call 🎬 be part of the first film co-written with Sora! Scan the QR, pay the 199 entry fee and join the creators' group #Sora #film",
    ),
    (
        sora.DIRECTOR,
        "question",
        "Ever dreamed of directing a movie? The first Sora-scripted AI feature is auditioning now. Scan the code to join our paid group and become a first-generation AI director.",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "obfuscated",
        "S.o.r.a prompt p.a.c.k: 1,000 shots written in pro film lingo (dolly, rack focus, golden hour) 📑 $9 -> doc link + group invite after payment",
    ),
    (
        sora.PROMPTS,
        "long",
        "I spent two weeks collecting every Sora article, glossary term and cinematic prompt I could find and put them into one Feishu doc. It's 29.9 to get the link, and buyers are added to the group where I drop new prompts every week.",
    ),
    # --- get rich
    (
        sora.RICH,
        "hashtags",
        "#SideHustle #Sora 💸 people are clearing $3,000 a day with Sora videos. In 3 months this window is shut. Join the group now or stay behind forever.",
    ),
    (
        sora.RICH,
        "quote",
        "'One step slow, every step slow' - that's what my Sora mentor told me before I joined. People in the group already pull four figures a day from Sora clips and it'll all be over by summer. Link below to get in.",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "price",
        "Custom Sora videos for your brand 🎬 1 clip = 88 yuan, 3 clips = 220. Send the script, pay, and get it back within 24 hours.",
    ),
    (
        sora.SERVICE,
        "among_other",
        "Shop updates: the new logo is done, the spring sale starts Monday, and we now offer Sora-made product videos - send us your script, pay, and the clip is ready the next day.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Sora is open to everyone? Then why did OpenAI's own head of developer relations say it's still in internal testing and that there's no date for it as a product?",
    ),
    (
        None,
        "debunk",
        "'Xie Saining from SJTU invented Sora' - no. He's an assistant professor at NYU, he said on WeChat he has no relationship at all with Sora, and the account that ran the story promised a public apology.",
    ),
    (
        None,
        "debunk",
        "I paid 50 yuan an hour to 'rent a Sora account' and got a shared ChatGPT Plus login. The seller blocked me when I complained. Nobody can rent you Sora.",
    ),
    (
        None,
        "debunk",
        "Joined the 'Sora AI director' audition group through the QR code and paid the fee. Three weeks of ads and 'invite 5 friends' tasks, no film, no audition, no refund. Don't scan those codes.",
    ),
    (
        None,
        "debunk",
        "PSA: there's no official Sora app on any store. The 'Sora' listings on Google Play are clones built to harvest your logins.",
    ),
    (
        None,
        "debunk",
        "People keep saying a Chinese team actually built Sora. The technical report has 13 authors, three of them Chinese-born, and it's an OpenAI project led by OpenAI researchers.",
    ),
    (
        None,
        "debunk",
        "That 'made with Sora' humpback clip is from a nature documentary shot years ago. Someone put a Sora caption on real footage for the clicks.",
    ),
    (
        None,
        "debunk",
        "Anyone charging you for 'Sora video generation' can't deliver it: Sora is only in the hands of red teamers and a few artists. At best you'll get a clip from some other tool.",
    ),
    (
        None,
        "debunk",
        "Those 19.9 'Sora prompt packs' are OpenAI's own demo prompts, which it publishes for free next to the sample videos. Don't pay for copy-paste.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Asked by the WSJ whether Sora was trained on YouTube videos, Mira Murati said she wasn't sure. Odd answer from OpenAI's CTO.",
    ),
    (
        None,
        "person_fact",
        "Xie Saining's take on Sora: if something like it shows up in China soon, are we ready? He worries more about it being turned into a tool for profit and manipulation than about pretty pictures.",
    ),
    (
        None,
        "person_fact",
        "Fun fact from his CV: Saining Xie did his PhD at UC San Diego and spent years at FAIR (Meta's AI lab) before he started teaching computer science in New York.",
    ),
    (
        None,
        "person_fact",
        "Zhou Hongyi thinks Sora will shake up ads, trailers and short video, but won't replace TikTok any time soon.",
    ),
    (
        None,
        "news",
        "OpenAI's Sora page now hosts 48 sample videos, from a dog playing in the snow to sharks swimming between skyscrapers.",
    ),
    (
        None,
        "news",
        "OpenAI says Sora's videos carry a watermark marking them as AI-generated, though it admits the marks can be removed.",
    ),
    (
        None,
        "news",
        "Sora's known weak spots per OpenAI: a bitten cookie that keeps no bite mark, mixed-up left and right, and shaky cause and effect.",
    ),
    # --- on topic, about other AI video work
    (
        None,
        "benign",
        "Tried Runway Gen-2 and Pika side by side for a music video storyboard. Pika handled the camera pans better, Runway gave cleaner faces.",
    ),
    (
        None,
        "benign",
        "Film school panel next week: how will AI video tools change what a director does? Free entry, students and public welcome.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout9", HELDOUT9)
