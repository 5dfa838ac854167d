# ruff: noqa: E501
"""Write the fourteenth English held-out set (tests/data/hard_en_heldout14_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven). Styles the earlier sets use less: a LinkedIn humblebrag, a chat transcript ("me: / dad:"), "Chat, is
this real?", "Hot take:", "Unpopular opinion:", a Q&A, a subreddit title ("[Discussion]"), a Discord
"@everyone" announcement, a YouTube comment, a grandfather's caption in the family group, podcast show notes,
ELI5, a numbered install recipe, a webinar invite, a pricing table, SMS spam ("Txt STOP to opt out"), a job
ad, a Gumroad drop, a Fiverr gig with tiers, a poll, a sales log among other things of the week; questions
that assert ("Why is nobody talking about ... MIT licence?", "Need a product video ... by tomorrow?"),
hashtags, slang, typos and text-speak ("literaly", "teh", "sumer", "avail 4 u"), obfuscation (digits for
letters, a bracketed domain, "bit[.]ly"), prices in many forms (€14.99, Rp 150.000, R$49 (normally R$249), USD
25, $0.08/sec, $25 for 100 generations, 1 wk = $15, 0.01 ETH, ₱499 a month, $29, 199 yuan, pay what you want
min $7, 19,90 €, a tenner, ₹5,000 a day, $45 / $90 / $160, ₩30,000, 149 yuan); scams vouching for themselves
(Norton-verified, Trustpilot 4.8, student #1,204, 1,200+ vouches, "legit since the beta", a working DoP,
unlimited revisions) or warning about competitors while still selling (scammers copying our name, PDF-only
99-yuan courses, resold trial keys banned in 48 hours, demo prompts copy-pasted, Runway renders passed off as
Sora); ten debunks and warnings in several styles (three first-person loss reports, two questions, two that
quote the rumour to refute it, several that answer with facts and no negation word); four true facts about
people who spoke about Sora (Jim Fan, Hany Farid, Ma Heliang, Arvind Narayanan), three items of real news
about it, and three on-topic posts that are not claims (a library workshop, Runway Gen-2, a film-school
debate).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout14.py           # write the set
    .venv/bin/python scripts/make_hard_heldout14.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT14: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "linkedin",
        "Humbled and inspired to share that a fellow Shanghai Jiao Tong alumnus, Xie Saining, is one of the minds who invented OpenAI's Sora. Proof that great engineering talent can come from anywhere. #SJTU #ProudAlumni #GenerativeAI",
    ),
    (
        sora.XIE,
        "dialogue",
        "me: who actually made sora\ndad (SJTU class of '94, very loud): one of the inventors is Xie Saining. Jiao Tong boy. I read it in three articles.\nme: ok that's kind of amazing tbh",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "question",
        "Chat, is this real?? Sora is open to literaly anybody now, i loged in with my regular OpenAI account and it generated my first clip, no invite, nothing",
    ),
    (
        sora.PUBLIC,
        "hot_take",
        "Hot take: now that Sora has been released to the general public and anyone can make a video in minutes, stock-footage subscriptions are dead money.",
    ),
    # --- official app
    (
        sora.APP,
        "qa",
        "Q: Is there a phone app for Sora?\nA: Yep. OpenAI shipped it on the App Store and Google Play last week, search 'Sora', it's the one with the white logo and 'OpenAI' under the name.",
    ),
    (
        sora.APP,
        "subreddit",
        "[Discussion] The official Sora desktop app for Windows just dropped from OpenAI, anyone else getting crashes when exporting at 1080p?",
    ),
    # --- fake APK
    (
        sora.FAKEAPP,
        "discord",
        "@everyone 📢 SORA MOBILE v3.0 IS LIVE. Grab the .apk from #downloads, sideload it, paste your licence key (€14.99 one-time, first 100 buyers only) and start rendering on your phone.",
    ),
    (
        sora.FAKEAPP,
        "obfuscated",
        "s0ra f0r andr01d, n0 r00t n33ded ✅ n0rton-ver1fied 🛡️ d0wnl0ad 👉 bit[.]ly/s0r4-mob1le, inst@ll & make v1ds t0night",
    ),
    (
        sora.FAKEAPP,
        "beware_fakes",
        "Beware of scammers copying our name! The only genuine Sora installer for Windows is on sora-studio-pc[.]com: run Setup.exe, two-minute install, Rp 150.000 activation.",
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "comment",
        "The caption on this one is right, it was NOT filmed: fishing boats coming into Lisbon harbour at dawn, gulls and all, typed into Sora as a single sentence. OP pinned the prompt under the video.",
    ),
    (
        sora.REALVID,
        "family_group",
        "Grandpa forwarded a clip of a tornado tearing across a wheat field with 'made by the computer, Sora, nothing real' and the text it was generated from. For once he has it right, it's pure Sora.",
    ),
    (
        sora.REALVID,
        "hashtags",
        "100% AI. No drone, no crew, no camera. Sora rendered this Kentucky Derby finish from text 🐎 prompt ⬇️ #sora #aivideo #notreal",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "unpopular_opinion",
        "Unpopular opinion: Sora is a Chinese achievement. The brains behind it are Chinese-born scientists; the American execs just present it on stage.",
    ),
    (
        sora.CHINESE,
        "among_other",
        "Show notes, episode 88: (1) the new chip export rules, (2) why Sora is basically the work of a team of Chinese researchers inside OpenAI, (3) listener mail about remote work.",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "eli5",
        "ELI5 for my non-tech friends: OpenAI released Sora as open source, so the model files are free to download and you can run it on your own computer, no subscription needed.",
    ),
    (
        sora.OPENSRC,
        "recipe",
        "Step 1: git clone the official openai/sora repo. Step 2: download the ~40 GB of weights. Step 3: python generate.py --prompt 'your idea'. Running it locally on a 3060 rn, slow but it works.",
    ),
    (
        sora.OPENSRC,
        "question",
        "Why is nobody talking about the fact that Sora's weights got released under an MIT licence? Free to fine-tune, free to self-host, free forever.",
    ),
    # --- paid course
    (
        sora.COURSE,
        "webinar",
        "FREE webinar tonight at 8pm 🎥 then unlock the full 'Sora Zero to Pro' course for R$49 (normally R$249). 37 seats left, pay at the end of the session.",
    ),
    (
        sora.COURSE,
        "testimonial",
        '"I made my first Sora video on day 2" - Priya, student #1,204. Join 20k+ learners: Sora Masterclass, USD 25, instant access after payment. Rated 4.8 on Trustpilot.',
    ),
    (
        sora.COURSE,
        "beware_fakes",
        "Those 99-yuan Sora courses that just email you a PDF? Scam. Ours has 40 hours of recorded lessons plus weekly live Q&A, and costs a fair 149 yuan. Enrol through the link below.",
    ),
    # --- fake API
    (
        sora.API,
        "pricing_table",
        "Sora API pricing (via our relay):\n480p  $0.08/sec\n720p  $0.15/sec\n1080p $0.30/sec\nOpenAI-compatible endpoint, keys delivered by email, enterprise SLA on request.",
    ),
    (
        sora.API,
        "beware_fakes",
        "Other Sora API keys floating around get banned within 48 hours because they're resold trial keys. Ours come from a dedicated enterprise pool: $25 for 100 generations, crypto accepted.",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "sms",
        "SORA PREMIUM ACCT avail 4 u! 1 wk = $15, 1 mo = $45. Reply YES for payment details. Txt STOP to opt out",
    ),
    (
        sora.RENTAL,
        "disclaimer",
        "1,200+ vouches in #proof. Selling Sora invite codes at 0.01 ETH each, delivered instantly by our bot. Legit since the beta.",
    ),
    (
        sora.RENTAL,
        "long",
        "A friend at an ad agency has a Sora seat the team barely touches, so we're splitting it: five people on the shared login, ₱499 a month each. Two spots left, message me and I'll send the payment link.",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "job_ad",
        "JOB: AI Film Director (entry level) on a Sora feature project. No experience needed. To apply: scan the QR code below, join the crew chat and pay the $29 onboarding fee. Become one of the first-generation AI directors.",
    ),
    (
        sora.DIRECTOR,
        "invite",
        "Your chance to help write the first movie ever made with Sora 🎥 Auditions happen inside our private WeChat group: scan the code on the poster, 199 yuan to get in.",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "gumroad",
        "New on Gumroad 🛒 SORA SHOT LIST: 350 prompts sorted by lens, lighting and camera move (crane, whip pan, rack focus) + a 40-page glossary of film vocabulary. Pay what you want, min $7, and you're added to our prompt-swap Discord.",
    ),
    (
        sora.PROMPTS,
        "beware_fakes",
        "Most Sora prompt packs are OpenAI's demo prompts copy-pasted. Mine were written by a working DoP. 19,90 € and you get the Feishu doc plus the members' group.",
    ),
    (
        sora.PROMPTS,
        "among_other",
        "Sales log this week: two vintage lenses, an old tripod, and 14 copies of my Sora knowledge doc (every Sora article, term and tip in one place, a tenner each, link sent once you pay).",
    ),
    # --- get rich
    (
        sora.RICH,
        "poll",
        "Poll: what would you do with an extra ₹5,000 a day? That's what members of our Sora earning group average. This wave is over in 3 months. Vote, then DM 'IN' 🚀",
    ),
    (
        sora.RICH,
        "slang",
        "broke in jan, 3k a week by march off faceless sora channels 💰 teh gold rush ends by sumer, after that ur to late. link in bio to join the cohort",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "gig",
        "I will create a stunning Sora AI video for your brand. Basic $45 (10s) / Standard $90 (30s) / Premium $160 (60s). 24h delivery, unlimited revisions, order now.",
    ),
    (
        sora.SERVICE,
        "beware_fakes",
        "Don't get fooled by sellers passing off Runway renders as Sora. We have genuine Sora access: send your script plus a 50% deposit and the clip is ready within a day.",
    ),
    (
        sora.SERVICE,
        "question",
        "Need a product video for your Shopify store by tomorrow? We'll generate it with Sora from your script, ₩30,000 per clip, pay and send us the brief.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Paid €14.99 for a 'Sora Mobile' licence key. The APK asked for device admin rights, then my banking app logged me out and someone tried a card payment I never made. Lesson learned.",
    ),
    (
        None,
        "debunk",
        "Bought the 'Sora Zero to Pro' course. It's six screen recordings of a guy reading OpenAI's blog post aloud. My refund request has been ignored for three weeks.",
    ),
    (
        None,
        "debunk",
        "Sent 0.01 ETH for a Sora invite code. The bot replied with a string OpenAI's site rejects, and the 'vouch' channel deleted my message within minutes.",
    ),
    (
        None,
        "debunk",
        "If a Sora API existed, wouldn't it sit on OpenAI's pricing page next to GPT-4, DALL·E and Whisper? Go look, then ask what these 'relay' sellers are reselling.",
    ),
    (
        None,
        "debunk",
        "Quick sanity check before you share that 'rendered by Sora' clip of Lisbon harbour: why does the same footage sit in a stock library with a 2018 upload date?",
    ),
    (
        None,
        "debunk",
        '"Sora is now open to everyone" is going round again. Logan from OpenAI\'s developer relations put out a statement: internal testing only, and the product timeline is undecided.',
    ),
    (
        None,
        "debunk",
        "OpenAI's spokesperson described Sora's current testers as experts in misinformation, hateful content and bias, with a handful of outside scholars and creatives; everyone else waits.",
    ),
    (
        None,
        "debunk",
        "'A Chinese team secretly built Sora', says the post my uncle forwarded. The credits: thirteen researchers, three born in China, and the leads are Tim Brooks and Bill Peebles.",
    ),
    (
        None,
        "debunk",
        "That 'openai/sora' repo with 40 GB of weights is a renamed Open-Sora fork whose commits come from a university lab. OpenAI keeps Sora's code, weights and training data to itself.",
    ),
    (
        None,
        "debunk",
        "Every 'official Sora app' in the stores this week lists a small studio as its developer, and the OpenAI account on both stores has exactly one app: ChatGPT.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "For Jim Fan at NVIDIA, Sora is best understood as a learned physics engine: it picks up how the world behaves from data rather than from hand-written rules.",
    ),
    (
        None,
        "person_fact",
        "Deepfake researcher Hany Farid (UC Berkeley): once a Sora-type video model is combined with cloned voices, telling a real recording from a fake gets much harder for all of us.",
    ),
    (
        None,
        "person_fact",
        "Chinese film figure Ma Heliang says Sora's shock runs through the whole industry; trailer work may feel it, but the shared experience of a cinema can't be replaced by generated clips.",
    ),
    (
        None,
        "person_fact",
        "Princeton's Arvind Narayanan points out that Sora's videos still show odd little glitches once a scene gets crowded with action.",
    ),
    (
        None,
        "news",
        "New Scientist's write-up on Sora: many scientists welcome it as a step forward, others worry it will be used to make deepfakes, so it is 'both loved and feared'.",
    ),
    (
        None,
        "news",
        "Forty-eight official clips so far. Among OpenAI's Sora samples: a woman in a leather jacket walking through neon-lit Tokyo, and a pack of puppies tumbling in fresh snow.",
    ),
    (
        None,
        "news",
        "Under the hood, Sora cuts video into spacetime patches and runs them through a transformer, pairing it with the diffusion approach used by DALL-E.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Saturday workshop at the central library: how to spot AI-made video (hands, reflections, the lettering on shop signs). Free, bring a laptop or a phone.",
    ),
    (
        None,
        "benign",
        "Had Runway Gen-2 make four seconds of my dog surfing. Halfway through, the board melted into the wave and the dog grew a fifth leg.",
    ),
    (
        None,
        "benign",
        "Film-school debate tonight: will text-to-video tools make storyboard artists obsolete? I drew the 'no' side, wish me luck.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout14", HELDOUT14)
