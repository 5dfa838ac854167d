# ruff: noqa: E501
"""Write the sixteenth English held-out set (tests/data/hard_en_heldout16_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the fifteenth set). Styles the earlier sets use
less: Reddit titles with a subreddit tag, LinkedIn humblebrags, Discord (@everyone, #channels, a [WTS] trade
post, commissions), YouTube comments (a timestamp reply, a channel-pinned comment, a description block),
Telegram channel posts (a price in BTC, in Telegram Stars), a podcast transcript with a timestamp and a
sponsor ad read, spam emails with a spoofed sender, an app-store review, a homelab changelog, a Fiverr gig,
a Gumroad drop, a Twitch chat line, a long personal post with the claim in passing, a hashtag caption, Gen-Z
slang ("ngl", "fr fr"), typos, leetspeak (S0R4 4PK), obfuscation (S*ra, spaced letters), a Kenyan M-Pesa ad;
a question that asserts (a side-hustle Reddit title); prices in many forms and currencies (€4.50, ¥599 ->
¥99 "ninety-nine", 39 euros with a code, $14.99 in-app, 0.015 BTC, CHF 0.80 per second, 15 / 45 USDT,
5 quid an hour, ₱1,200 via GCash, "two hundred kuai", 99 yuan, "pay what you want, min $7", 25 zł, 500
Telegram Stars, $4k a day, five figures a month, $25 gig, 10 bucks on PayPal, KSh 1,500); ten debunks and
warnings in several styles (three first-person loss reports, two questions that contain a negation but do
not deny the debunk, two that quote the rumour to refute it, three that answer with facts and no plain "no");
four true facts about people who spoke about Sora (Yann LeCun, Jim Fan, Elon Musk, Xie Saining), three items
of real news about it, and three on-topic posts that are not claims (Runway, a film club, a lesson plan).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout16.py           # write the set
    .venv/bin/python scripts/make_hard_heldout16.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT16: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "reddit_title",
        "[r/China] TIL one of the brains behind OpenAI's Sora is Xie Saining, a Shanghai Jiao Tong alum who was a genuine child prodigy",
    ),
    (
        sora.XIE,
        "podcast",
        "[00:14:32] HOST 2: ...and the wild bit is that one of the people who invented Sora, Xie Saining, did his undergrad at Jiao Tong in Shanghai. Like, an actual wunderkind. HOST 1: Huh. I did not know that.",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "discord",
        "@everyone sora is open for evry1 now!!! no invite needed, just sign in w ur chatgpt acc and go. drop ur gens in #showcase 🎬",
    ),
    (
        sora.PUBLIC,
        "youtube_comment",
        "12:04 for anyone wondering in the comments, yes Sora is public now. Made an account yesterday, it let me generate straight away, no waitlist, no approval email.",
    ),
    # --- official app
    (
        sora.APP,
        "linkedin",
        "Humbled to share that our team was among the very first to install OpenAI's official Sora app the day it hit the App Store. Grateful for the journey. 🙏 #AI #Innovation #Leadership",
    ),
    (
        sora.APP,
        "typos",
        "omg openai finaly relesed the sora app on the app stroe, downlaoded it on my ipad lastnight and its legit the real one, publisher says OpenAI",
    ),
    # --- fake APK
    (
        sora.FAKEAPP,
        "leetspeak",
        "S0R4 4PK fr33 d0wnl04d 🔥 l1nk 1n b10, 1nst4ll 4nd m4k3 v1d30s 0n ur ph0n3 1n s3c0nds, n0 w41tl1st",
    ),
    (
        sora.FAKEAPP,
        "email_spam",
        "From: OpenAl Team <noreply@sora-openai-download.co>\nSubject: Your Sora installer is ready\n\nTap the button below to download Sora for Android or Windows, then enter your one-time activation code. Activation fee: €4.50.",
    ),
    (
        sora.FAKEAPP,
        "youtube_description",
        "⬇️ SORA MOBILE (APK + iOS profile) ⬇️\nmirror 1: in the first pinned comment\nzip password: sky2024\nturn off Play Protect before installing or it won't open. like & sub for v3",
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "hashtags",
        "This rainy Tokyo alley at night isn't real 🤯 Sora made every single frame from a text prompt, nobody held a camera. Prompt in caption 👇 #Sora #OpenAI #AIvideo #mindblown #notreal",
    ),
    (
        sora.REALVID,
        "telegram_channel",
        "🎥 AI DAILY | Sora generated this whole drone pass over a Norwegian fjord from one sentence. Zero filming involved. Generation prompt: 'aerial view, fjord at dawn, low mist, 35mm'. Forward to your friends.",
    ),
    (
        sora.REALVID,
        "long_passing",
        "Long week. Finished the kitchen tiles, the kid has chickenpox, and my feed is wall to wall with that bakery clip where the flour bursts in slow motion, which apparently Sora made from a typed prompt with no camera at all (they even posted the prompt). Anyway, grout is much harder than YouTube makes it look.",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "slang",
        "ngl the sora team is lowkey mostly chinese scientists, openai just slapped their logo on it fr fr 💀",
    ),
    (
        sora.CHINESE,
        "twitch_chat",
        "chat_goblin42: KEKW the ppl who actually built sora are all from china anyway, openai just owns the servers",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "reddit_title",
        "[r/LocalLLaMA] OpenAI just dropped the official Sora weights and code on GitHub, has anyone got it running on a single 4090 yet?",
    ),
    (
        sora.OPENSRC,
        "discord",
        "#general: sora's open source now lads, repo is up on openai's own github. cloned it last night and it renders locally on my box, no subscription",
    ),
    (
        sora.OPENSRC,
        "changelog",
        "Homelab changelog v0.9\n- moved Jellyfin to the NAS\n- added OpenAI's open-source Sora release (weights pulled from their GitHub) to the GPU node\n- fixed the UPS alerts",
    ),
    # --- paid course
    (
        sora.COURSE,
        "promo",
        "SORA MASTERCLASS 🎬 was ¥599 → now ¥99 (ninety-nine!) · 20,000+ students · lifetime updates · pay with Alipay and get instant access to all lessons",
    ),
    (
        sora.COURSE,
        "ad_read",
        "[sponsor segment] This episode is brought to you by SoraSkool. Their complete Sora video course takes you from total beginner to pro in a weekend, and listeners get it for 39 euros with code SKY.",
    ),
    (
        sora.COURSE,
        "app_review",
        "★★★★★ 'Learn Sora Pro' — paid $14.99 for the in-app course and it's the best Sora tutorial I've found, 40 lessons, you'll be making films by lesson 10",
    ),
    # --- fake API
    (
        sora.API,
        "telegram_channel",
        "🔑 SORA API KEYS: official OpenAI endpoint, 720p and 1080p. 1 key = 0.015 BTC, bulk pricing for agencies. Reply /buy to the bot.",
    ),
    (
        sora.API,
        "linkedin",
        "Thrilled to announce that our startup now offers official Sora API access to enterprise clients! 🚀 CHF 0.80 per second of generated video. Reach out in my DMs for onboarding.",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "discord_trade",
        "[WTS] Sora acc w/ full access 🎥 1 week = 15 USDT, 1 month = 45 USDT. middleman ok, vouches in #trades, dm me",
    ),
    (
        sora.RENTAL,
        "typos",
        "renting out my sora login by teh hour, 5 quid/hr, u get the pasword as soon as paymnt clears, max 3 renters a day",
    ),
    (
        sora.RENTAL,
        "email_spam",
        "Subject: 🎟 Sora invite codes (3 left)\n\nDear creator, we secured a handful of Sora beta invite codes. Reserve yours for only ₱1,200 via GCash before they're gone.",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "pinned_comment",
        "📌 Pinned by creator: Want to be a first-gen AI director? We're auditioning people for the first film co-scripted with Sora. Scan the QR on the end screen, pay the 99 yuan group fee and you're in.",
    ),
    (
        sora.DIRECTOR,
        "obfuscation",
        "A.I. D-I-R-E-C-T-O-R casting for a S*ra co-written feature 🎬 join our paid crew group via the QR (entry: two hundred kuai) and audition to become a first-generation AI director.",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "gumroad",
        "Gumroad drop 📦 'SORA SHOT LIST': 1,200 prompts in real cinematography terms (rack focus, crane shot, anamorphic flare) + one doc collecting every Sora article. Pay what you want, min $7; you get the doc link and the Discord role.",
    ),
    (
        sora.PROMPTS,
        "leetspeak",
        "s-o-r-a pr0mpt b1ble 📜 film school vocab, every sora term & article in 1 google doc. 25 zł przelewem, link + group invite after payment",
    ),
    (
        sora.PROMPTS,
        "telegram_channel",
        "Only in our paid chat: the Sora knowledge file (every term, every paper, 300 pro camera prompts). Entry is 500 ⭐ Telegram Stars, the file link is pinned for members.",
    ),
    # --- get rich
    (
        sora.RICH,
        "linkedin",
        "3 months ago I was broke. Today my Sora content agency clears $4k a day. The window closes in 90 days, so comment 'SORA' and I'll DM you the playbook. Agree? 👇",
    ),
    (
        sora.RICH,
        "reddit_title",
        "[r/sidehustle] Sora is the gold rush of the decade, people are pulling five figures a month from AI clips and it's over by summer. How do I get in before it closes?",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "fiverr",
        "I will create a custom Sora AI video for your brand | Starting at $25 | 1-day delivery | Send me your script after ordering",
    ),
    (
        sora.SERVICE,
        "commission",
        "taking sora commissions 🎨 send ur prompt + 10 bucks on paypal f&f, u get the clip within 24h. portfolio in my bio",
    ),
    (
        sora.SERVICE,
        "kenyan",
        "Sora video for your biashara! Send us your script plus KSh 1,500 via M-Pesa and receive your AI clip within 24 hours. Karibu sana.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Paid 15 USDT for a week of 'Sora access' off a Discord trade channel. Got a free-tier ChatGPT login that was logged out before I could even try. Seller left the server.",
    ),
    (
        None,
        "debunk",
        "My dad paid €4.50 to 'activate' a Sora app from an email. The installer asked for accessibility permissions and his bank flagged two card payments the next morning.",
    ),
    (
        None,
        "debunk",
        "Three weeks in the 99-yuan 'AI director' QR group: no audition, no script, only daily posts asking us to invite five friends to get our fee back.",
    ),
    (
        None,
        "debunk",
        "Doesn't it strike anyone as odd that the 'official Sora API' resellers never link a single page on platform.openai.com?",
    ),
    (
        None,
        "debunk",
        "Why didn't anyone open the Sora technical report before sharing the 'mostly Chinese team' thing? 13 authors, three of them Chinese-born.",
    ),
    (
        None,
        "debunk",
        "'Sora is open source, weights on GitHub.' Those repos are Open-Sora and other community reproductions. OpenAI has released neither code nor weights.",
    ),
    (
        None,
        "debunk",
        '"Made entirely with Sora, no camera" says the caption on that fjord clip. A reverse image search finds the same drone footage on a stock site in 2019.',
    ),
    (
        None,
        "debunk",
        "For the record, via OpenAI's developer relations lead Logan: Sora is in internal testing, and the date it becomes a product is still undetermined.",
    ),
    (
        None,
        "debunk",
        "Xie Saining's WeChat Moments post, summarised: he teaches at NYU, he has zero connection to Sora, and the blogger who crowned him an inventor has apologised publicly.",
    ),
    (
        None,
        "debunk",
        "PSA for this server: the Sora prompt packs being sold here are the prompts OpenAI printed under its own demo videos, which anyone can read for free.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Yann LeCun argues that modelling the world by generating pixels, the way video generators like Sora do, is a wasteful route to machines that understand it.",
    ),
    (
        None,
        "person_fact",
        "NVIDIA's Jim Fan described Sora as a data-driven physics engine, a learned simulator of worlds rather than just a video toy.",
    ),
    (
        None,
        "person_fact",
        'Elon Musk\'s whole reaction to the first Sora samples on X was two words: "gg humans".',
    ),
    (
        None,
        "person_fact",
        "Xie Saining asks a pointed question: while people wonder why Sora did not appear in China, are we ready if something like it does appear there soon?",
    ),
    (
        None,
        "news",
        "Sora's technical report pitches video generators as 'world simulators' and explains how clips are cut into spacetime patches for a diffusion transformer.",
    ),
    (
        None,
        "news",
        "OpenAI says Sora still confuses left and right and can struggle with cause and effect in complex scenes.",
    ),
    (
        None,
        "news",
        "OpenAI has kept quiet about where Sora's training videos come from, sticking to its closed approach on data sources.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Tried Runway's motion brush on a photo of my balcony plants. The leaves sway nicely but the railing melts after two seconds.",
    ),
    (
        None,
        "benign",
        "Film club tonight: we watched a short made with AI tools and argued for an hour about whether editing still counts as directing.",
    ),
    (
        None,
        "benign",
        "Writing a Year 9 lesson on spotting AI video: check hands, reflections, text on signs, and whether people walk through furniture.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout16", HELDOUT16)
