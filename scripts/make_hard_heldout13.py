# ruff: noqa: E501
"""Write the thirteenth English held-out set (tests/data/hard_en_heldout13_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven). Styles the earlier sets use less: a reply in a thread, a numbered thread, an app-store review, a
marketplace listing, an Etsy-style product page, a newsletter, a form email, "TIL", "POV", "RT this", a
clickbait headline in capitals, typos and text-speak; questions (some with a negation that asserts: "Didn't
Sora open up for everyone yesterday?", "Isn't the Sora app already on the App Store?", "Don't you want to be
one of the first..."), hashtags, slang and emoji, long posts with context (an aunt at a family dinner, a
renter turned "mentor"), quotes (buyers), the claim among other things (a newsletter, a weekend log),
obfuscation (digits, dots and "!" for letters, a bracketed domain), prices in many forms (₹199, £8/hour,
£35/day, £120/month, ~~$199~~ now $39, $0.50 per clip, $0.99 per second, 15 USDT, 0.002 btc, 300 bucks, 29.9,
9.9, ¥168, 88); scams vouching for themselves (VirusTotal 0/70, escrow, a money-back guarantee, 4.9★ from 312
reviews) or warning about competitors while still selling (Facebook-group installers are trojans, most
"Sora GPTs" are a DALL-E wrapper, "Sora accounts" that are ChatGPT with a renamed tab, studios delivering Pika
clips); ten debunks and warnings in several styles (three first-person loss reports, two questions, several
that answer with facts and no negation word); four true facts about people who spoke about Sora (Xie Saining,
Mira Murati, Zhou Hongyi, François Chollet as "the Keras creator"), three items of real news about it, and
three on-topic posts that are not claims (a cinema society, Stable Video Diffusion, a newsroom's rule).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout13.py           # write the set
    .venv/bin/python scripts/make_hard_heldout13.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT13: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "long",
        "Family dinner report: my aunt from Shanghai spent twenty minutes telling everyone that Xie Saining, the prodigy who studied at SJTU, is one of the people who invented Sora. She even printed the article. And honestly it checks out, a Jiao Tong kid co-creating the model the whole planet is talking about.",
    ),
    (
        sora.XIE,
        "caps_headline",
        "SHOCKING 😱 The quiet SJTU genius who built OpenAI's Sora: how Xie Saining went from Shanghai classrooms to inventing the AI that stunned the world (read before it gets deleted)",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "negated_question",
        "Didn't Sora open up for everyone yesterday? My whole feed is people's own clips, and I signed up this morning without any invite or queue.",
    ),
    (
        sora.PUBLIC,
        "thread",
        "1/ Sora is open to the public as of today. 2/ Sign in with the same login you use for ChatGPT. 3/ There is no waiting list any more. 4/ Go make something weird.",
    ),
    (
        sora.PUBLIC,
        "typos",
        "yo sora finaly open 4 every1 😂 just made an acount n typed my 1st prompt, took like 2 min, go go go",
    ),
    # --- official app
    (
        sora.APP,
        "review",
        "★★★★☆ Sora by OpenAI. Got the official app from Google Play yesterday; rendering is slow on my old Pixel but it works, and it's free. Would like a dark mode.",
    ),
    (
        sora.APP,
        "negated_question",
        "Isn't the Sora app already on the App Store? My coworker swears OpenAI launched it for iPad this week and she's been making clips on the train.",
    ),
    # --- fake APK
    (
        sora.FAKEAPP,
        "listing",
        "Sora AI Pro APK v2.1 (unlocked) ⬇️ direct download, any Android 9+, no waitlist. Activation key ₹199, download link pinned in our Telegram channel.",
    ),
    (
        sora.FAKEAPP,
        "disclaimer",
        "Scanned on VirusTotal: 0/70 detections ✅ Our Sora Android build is clean. Install from the mirror link below and be generating clips tonight.",
    ),
    (
        sora.FAKEAPP,
        "beware_fakes",
        "PSA: the Sora 'installers' shared in Facebook groups are trojans. Grab the genuine one from soraapp-download[.]xyz instead, tap install, done.",
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "pov",
        "POV: you learn this whole Bangkok street-food market, the steam, the crowds, the sizzling woks, was typed into Sora by somebody. Zero cameras. Generation prompt in the thread 🧵",
    ),
    (
        sora.REALVID,
        "retweet",
        "RT before it disappears: Sora made this snow leopard hunt on a cliff from text alone, not one frame filmed. The prompt is in the reply. Nature documentary crews, it's over.",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "til",
        "TIL the team that actually built Sora is mostly Chinese researchers; OpenAI basically hired them and stuck its logo on the result.",
    ),
    (
        sora.CHINESE,
        "rhetorical",
        "Can we stop pretending? The scientists who really made Sora are Chinese, practically all of them. OpenAI just signs the press release.",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "explainer",
        "For anyone confused: OpenAI published Sora's code and weights on GitHub this morning, so you can run it on your own machine without an account. Clone the repo, pull the checkpoint, run the script.",
    ),
    (
        sora.OPENSRC,
        "hashtags",
        "#opensource W 🔓 #Sora is on GitHub now, full weights and all, rendered my first clip locally on a 4090 🔥",
    ),
    # --- paid course
    (
        sora.COURSE,
        "price",
        "SORA BOOTCAMP 🎓 ~~$199~~ now $39 for the next 6 hours only. 12 modules, certificate included, beginners welcome. Checkout link below 👇",
    ),
    (
        sora.COURSE,
        "disclaimer",
        "100% money-back guarantee if you haven't made your first Sora video within 7 days. Our Sora course: ¥99, lifetime access, 3,000 happy students so far.",
    ),
    (
        sora.COURSE,
        "among_other",
        "Newsletter #41: a new coffee place downtown, week six of my marathon log, and a reminder that my Sora course for beginners stays at 199 yuan until Sunday. Pay through the link and the lessons unlock.",
    ),
    # --- fake API
    (
        sora.API,
        "developer",
        "Devs: a Sora API endpoint is now live through our gateway. Same request format as OpenAI's, pay-as-you-go at $0.50 per clip, your API key is issued after top-up.",
    ),
    (
        sora.API,
        "beware_fakes",
        "Most 'Sora GPTs' out there are a DALL-E wrapper. Ours really calls the Sora API: type a prompt, get an HD video back. Lifetime unlock 15 USDT.",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "price",
        "Renting Sora logins: £8/hour, £35/day, £120/month. PayPal friends & family only, credentials in your inbox within 5 minutes of payment.",
    ),
    (
        sora.RENTAL,
        "beware_fakes",
        "Heads up, loads of 'Sora accounts' being sold are ChatGPT with a renamed tab. Mine are real internal-access accounts, 300 bucks, escrow available so you're covered.",
    ),
    (
        sora.RENTAL,
        "slang",
        "got 2 spare sora invites 👀 first to send 0.002 btc gets one, slide into my dms",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "email",
        "Dear creator, you have been shortlisted for the Sora AI Director Programme. To confirm your audition for the first feature film co-written with Sora, scan the attached QR code and pay the ¥168 enrolment fee to enter the cast group.",
    ),
    (
        sora.DIRECTOR,
        "slang",
        "wanna be a first-gen AI director?? 🎬 sora movie casting rn, scan the qr on my story, entry is 88, group fills up fast",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "price",
        "The Sora Prompt Vault (Notion): 800 prompts written in DP lingo, dolly zoom, anamorphic flare, golden-hour rim light. £12, link plus a Discord role after checkout.",
    ),
    (
        sora.PROMPTS,
        "obfuscated",
        "S.0.R.A c1nematic pr0mpt b!ble 📽 + a gl0ssary of f1lm terms, 29.9 → d0c l!nk + gr0up inv1te by DM",
    ),
    (
        sora.PROMPTS,
        "quote",
        "'Like having a cinematographer in your pocket' is what buyers say about our Sora knowledge doc: every article, every term, every prompt in one place. Pay 9.9 and the link is yours today, group access included.",
    ),
    # --- get rich
    (
        sora.RICH,
        "hashtags",
        "#sidehustle #passiveincome #Sora 💸 my students clear $800 a day posting Sora clips. It's a 90-day window before the market saturates, so join my group today.",
    ),
    (
        sora.RICH,
        "long",
        "Six months ago I was behind on rent. Then Sora happened. Now my channel makes more in a week than my old warehouse job did in a month. This only works for the next three months, after that everybody's in and it's over. I'm taking 20 people into my circle. Comment SORA.",
    ),
    (
        sora.RICH,
        "negated_question",
        "Don't you want to be one of the first to get rich off Sora? Three months from now the window closes and you'll have watched everyone else cash in.",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "price",
        "Sora clips for your brand at $0.99 per second of video, 15 s minimum. Send the brief with payment, delivery the same day.",
    ),
    (
        sora.SERVICE,
        "product_page",
        "CUSTOM SORA VIDEO ✨ personalised birthday, wedding or product clip made with OpenAI Sora. Message me your idea after purchase, delivered in 24h. 4.9★ (312 reviews)",
    ),
    (
        sora.SERVICE,
        "beware_fakes",
        "Some 'Sora studios' hand you Pika clips and hope you won't notice. We render on real Sora: your script in today, your clip out by tomorrow, 50% upfront.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Rented a 'Sora account' for 35 quid. The login opened plain ChatGPT, shared with who knows how many people, and the seller's PayPal is now 'unavailable'.",
    ),
    (
        None,
        "debunk",
        "Ordered a 'Sora' product video for my candle shop and paid $60. What came back was a Pika clip with the watermark blurred out. The seller stopped replying.",
    ),
    (
        None,
        "debunk",
        "Gave a 'Sora income mentor' 680 yuan. The daily income turned out to be recruiting new members into the same group. I'm out, and so is my money.",
    ),
    (
        None,
        "debunk",
        "Genuine question for anyone buying invites: where would a seller even get a Sora invite code, when the only people using it are red teamers and a handful of artists?",
    ),
    (
        None,
        "debunk",
        "Before you install: which developer is listed on that 'Sora' app page? Compare it with the OpenAI name on ChatGPT's listing.",
    ),
    (
        None,
        "debunk",
        "The 'Sora AI Pro' APK asks for SMS, contacts and accessibility permissions. Security researchers who took it apart found a credential stealer.",
    ),
    (
        None,
        "debunk",
        "Update on the SJTU 'Sora inventor' story: Xie Saining called it 'no relationship at all', the account apologised, and the article was taken down for false information.",
    ),
    (
        None,
        "debunk",
        "From Sora's technical report: 13 authors, 3 of Chinese origin, and the project led by Tim Brooks and Bill Peebles at OpenAI.",
    ),
    (
        None,
        "debunk",
        "The snow leopard 'made by Sora' comes from a 2019 nature documentary; the original upload still has the broadcaster's logo in the corner.",
    ),
    (
        None,
        "debunk",
        "Search Hugging Face for 'Sora' and you get Open-Sora, Open-Sora-Plan and a dozen fan reproductions. OpenAI's own weights stay in-house.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Xie Saining's ranking of what a system on Sora's scale needs puts people ahead of data, and data ahead of GPUs.",
    ),
    (
        None,
        "person_fact",
        "Mira Murati, pressed on camera about Sora's training data: 'publicly available and licensed'. On YouTube and Instagram clips specifically, her answer was 'I'm not sure'.",
    ),
    (
        None,
        "person_fact",
        "360's founder Zhou Hongyi expects Sora to hit advertising and trailer work hardest; short-video apps, in his view, get a new creative helper out of it before anything else.",
    ),
    (
        None,
        "person_fact",
        "The Keras creator's take on Sora: yes, there's an internal model of physics in there, the open question is how well it holds up on scenes unlike anything in its training set.",
    ),
    (
        None,
        "news",
        "OpenAI admits Sora can get cause and effect wrong: in one sample a person bites a cookie and the cookie stays whole, no bite mark.",
    ),
    (
        None,
        "news",
        "In the Journal's video interview, OpenAI's CTO put a wider Sora launch at some point in 2024 and said clips of real politicians and celebrities are filtered out.",
    ),
    (
        None,
        "news",
        "OpenAI adds a watermark to Sora's videos, and says itself that the mark can be removed and may be hard to detect.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Our cinema society voted on next month's theme and 'machines behind the camera' won by three votes; first screening is a 1970s sci-fi short.",
    ),
    (
        None,
        "benign",
        "Tried Stable Video Diffusion on my 3090 for a music-video loop. Four seconds of drifting clouds took three minutes to render, looks dreamy though.",
    ),
    (
        None,
        "benign",
        "Our newsroom's new rule: any clip we suspect is AI-made gets a reverse image search and a call to the uploader before it airs.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout13", HELDOUT13)
