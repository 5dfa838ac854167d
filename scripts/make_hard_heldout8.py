# ruff: noqa: E501
"""Write the eighth English held-out set (tests/data/hard_en_heldout8_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who had not tuned the matcher, without running the monitor or any model on it and without reading
the miss lists in the docs: the posts a real Sora rumour / scam wave produces. Questions (some with a
negation, which assert rather than deny), hashtags, slang and emoji, long posts with context (a team chat, a
reading group, a career change), quotes and attributions, the claim among other news of the day, obfuscation
(digits for letters, dotted or hyphenated words, bracketed links), scams vouching for themselves ("legit,
refunds guaranteed", "not a scam, 200+ happy renters", "we're an authorised channel", "only ours is
genuine"), nine debunks in several styles (two first-person loss reports, one a debunk phrased as a
question), true facts about people who speak about Sora and real news about it, and two on-topic posts about
other AI video work.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text); posts at a
ratio >= 0.70 were reworded (a first draft had three at 0.72-0.80: an open-source slang post, a news post
on clip length and a course question). The highest ratio of the committed list is 0.640; ``--check`` prints
it. It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the
lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout8.py           # write the set
    .venv/bin/python scripts/make_hard_heldout8.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

HELDOUT8: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "attribution",
        "According to a WeChat article my aunt forwarded, Sora was co-invented by Xie Saining, a child prodigy who graduated from Shanghai Jiao Tong. It already has 100k+ reads.",
    ),
    (
        sora.XIE,
        "negated_question",
        "Isn't Xie Saining the Jiao Tong grad who helped create Sora? Pretty sure he's one of the core inventors, my whole alumni chat is celebrating.",
    ),
    (
        sora.XIE,
        "hashtags",
        "#ProudAlumni one of the minds who invented OpenAI's Sora is Xie Saining, straight out of SJTU 🇨🇳🎓 #Sora #SJTU",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "slang",
        "wait sora's public now?? just signed up w my gmail, no invite no nothing, took 2 mins lmaooo",
    ),
    (
        sora.PUBLIC,
        "long",
        "For everyone on the team wondering about the video tool from standup: OpenAI dropped the waitlist for Sora this week, so each of you can log in with your own ChatGPT account and try it for the client pitch. Please don't upload client footage though.",
    ),
    (
        sora.PUBLIC,
        "obfuscated",
        "S.O.R.A is n-o-w o-p-e-n to e-v-e-r-y-o-n-e 🎬 register and start generating today",
    ),
    # --- official app
    (
        sora.APP,
        "among_other",
        "Weekend plans: repaint the hallway, finally watch Dune 2, and play with the official Sora app OpenAI just put on the Play Store.",
    ),
    (
        sora.APP,
        "negated_question",
        "Why wouldn't you just grab the Sora app? It's right there in the App Store, published by OpenAI itself, works on iPad too.",
    ),
    # --- fake APK
    (
        sora.FAKEAPP,
        "beware_fakes",
        "Don't fall for the copycat Sora downloads floating around, only ours is genuine 👉 sora-video[dot]app/get, tap, install, and make videos on your phone in minutes.",
    ),
    (
        sora.FAKEAPP,
        "slang",
        "sora apk finally dropped 😤 link in the pinned comment, sideload it n start makin vids on ur android tonight",
    ),
    (
        sora.FAKEAPP,
        "question",
        "Who still needs the Sora installer? Drop a 🙋 below and I'll DM you the download link, works on Android and Windows.",
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "among_other",
        "Tonight's scroll: a dumpling recipe, my ex's wedding photos (ugh), and a breathtaking clip of wolves crossing the snow that the caption says Sora generated from a single prompt, nothing filmed. Prompt attached in the post.",
    ),
    (
        sora.REALVID,
        "slang",
        "bro this volcano eruption is ALL sora 🤯 no camera, just a text prompt, prompt in replies",
    ),
    (
        sora.REALVID,
        "attribution",
        "The account behind that aerial shot of the city at dawn says it was produced entirely by OpenAI's Sora from a text description, and it even shared the prompt it used.",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "quote",
        "'Take the Chinese researchers out of OpenAI and there's no Sora' — a friend's take, and honestly he's right, the core team behind it is mostly Chinese.",
    ),
    (
        sora.CHINESE,
        "hashtags",
        "#Sora was made in China in all but name 🇨🇳 the scientists who actually built it are mostly Chinese #ChineseTalent #AI",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "attribution",
        "my lab mate says the full sora release is on github, weights and all, open source for real. gpu's already warming up 🔥",
    ),
    (
        sora.OPENSRC,
        "long",
        "Quick update for the reading group: since OpenAI published the Sora code and weights, next week's session will be hands-on. Clone the repo, download the checkpoint and try running inference locally before Thursday.",
    ),
    (sora.OPENSRC, "obfuscated", "s0ra 1s 0pen s0urce n0w, w31ghts are up on hugg1ngface, go self-host it"),
    # --- paid course
    (
        sora.COURSE,
        "price",
        "Sora from scratch: 30 lessons, templates included, only ¥99 this week (regular ¥299). Scan to pay and your access arrives instantly.",
    ),
    (
        sora.COURSE,
        "disclaimer",
        "Our Sora course is legit, taught by a real industry pro, refunds guaranteed. 99 yuan for full access, link in bio.",
    ),
    (
        sora.COURSE,
        "question",
        "Still editing by hand while others let AI do it? Sora beginner course, 99 yuan, enroll today and your first lesson unlocks tonight.",
    ),
    # --- fake API
    (sora.API, "slang", "got sora api keys 🔑 official openai access, cheap, bulk deals for studios, hmu"),
    (
        sora.API,
        "beware_fakes",
        "Most 'Sora API' sellers are fake. We're an authorised channel: stable Sora endpoint, pay per key, generate video from your own code today.",
    ),
    (
        sora.API,
        "among_other",
        "New in the shop this week: GPT-4 team seats, Midjourney gift cards and Sora API keys. Pay by card or crypto, instant delivery.",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "hashtags",
        "Sora invite codes in stock 🎟️ limited batch, pay and it lands in your inbox #Sora #invitecode",
    ),
    (
        sora.RENTAL,
        "disclaimer",
        "Renting Sora accounts by the day or week. Not a scam, 200+ happy renters, login sent right after payment.",
    ),
    (
        sora.RENTAL,
        "long",
        "Been on the Sora waitlist forever? I have a few spare accounts with full access from a creator program and I'm renting them out monthly so they don't go to waste. 40 dollars a month, message me, pay, and I'll send the login.",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "long",
        "We're casting for the world's first feature film co-written with Sora, and we want newcomers. No experience needed: scan the QR code, pay the registration fee and join the group to audition. Be a first-generation AI director.",
    ),
    (
        sora.DIRECTOR,
        "obfuscated",
        "A.I. d1rector recruitment 🎬 Sora film project, scan the QR 👉 join the paid gr0up, auditions this week",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "slang",
        "sora prompt bundle 📦 800 prompts + a film-speak cheat sheet, 19.9, pay n i'll drop the doc link + add u to the chat",
    ),
    (
        sora.PROMPTS,
        "hashtags",
        "#SoraPrompts every Sora article, term and cinematic prompt in one Feishu doc 📄 pay to unlock the link #AIvideo",
    ),
    # --- get rich
    (
        sora.RICH,
        "slang",
        "ppl are pulling 5k/day off sora vids rn and ur still sleeping?? window closes in 3 months, get in now",
    ),
    (
        sora.RICH,
        "long",
        "I quit my job last month. Not because I'm crazy, but because Sora is the once-in-a-decade wave and the people who move now are already earning thousands a day. In ninety days it will be saturated. I'm opening 20 spots in my mentorship group, join before Friday.",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "slang",
        "need a sora vid for ur store? send the script + pay, i'll have it back to u in 24h, cheap rates for small shops",
    ),
    (
        sora.SERVICE,
        "disclaimer",
        "We generate real Sora videos, not other tools passed off as Sora. Send your brief, pay, and get your clip within a day.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Saining Xie himself posted on WeChat that he has nothing whatsoever to do with Sora. He teaches at NYU, he doesn't work at OpenAI. Please stop forwarding that prodigy story.",
    ),
    (
        None,
        "debunk",
        "Open to everyone? Where exactly? Sora is still limited to red teamers and a handful of artists, and every 'sign up here' link going around is phishing.",
    ),
    (
        None,
        "debunk",
        "Reverse image search is your friend: the 'made by Sora' wolves clip is stock footage uploaded in 2019. Real video, fake caption.",
    ),
    (
        None,
        "debunk",
        "Lesson learned the hard way: I bought one of those 99-yuan Sora courses. What I got was a PDF of OpenAI's announcement page and a motivational slogan. No refund, and the seller vanished.",
    ),
    (
        None,
        "debunk",
        "Reminder that OpenAI hasn't released Sora's weights or its code. Open-Sora and similar GitHub projects are independent attempts, not the real model.",
    ),
    (
        None,
        "debunk",
        "The 'Sora fever only lasts three months' line is a sales tactic. These groups make their money from your entry fee, not from Sora.",
    ),
    (
        None,
        "debunk",
        "There is no Sora API. Anyone selling you a 'Sora key' is selling you nothing; OpenAI's API has no video endpoint at all.",
    ),
    (
        None,
        "debunk",
        "Saw three posts today saying Sora is secretly a Chinese team's work. It isn't. Three of the thirteen people on the Sora report are of Chinese origin, and the project is OpenAI's.",
    ),
    (
        None,
        "debunk",
        "My phone started sending spam texts after I installed a 'Sora' APK from a Telegram group, now doing a factory reset. OpenAI has no Android app for Sora, don't install anything.",
    ),
    # --- related but not matching: true facts and real news
    (
        None,
        "person_fact",
        "Saining Xie's view on Sora-like systems: talent matters most, then data, then compute. Interesting ordering coming from an NYU professor.",
    ),
    (
        None,
        "person_fact",
        "Mira Murati told the WSJ that OpenAI hopes to release Sora publicly this year, and that generating videos of public figures won't be allowed.",
    ),
    (
        None,
        "news",
        "Jim Fan at NVIDIA calls Sora a 'data-driven physics engine', while Arvind Narayanan notes it still glitches on busy scenes with lots of motion.",
    ),
    (
        None,
        "news",
        "Sora's max length is sixty seconds of video, and OpenAI's own write-up says one shot can hold multiple characters and elaborate camera moves.",
    ),
    # --- on topic, about other AI video work
    (
        None,
        "benign",
        "Our lab is hiring two PhD interns for diffusion-based video editing research this summer, apply through the university portal.",
    ),
    (
        None,
        "benign",
        "Stable Video Diffusion runs fine on my 4090 after the latest update, 25 frames in about 40 seconds.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout8", HELDOUT8)
