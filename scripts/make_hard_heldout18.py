# ruff: noqa: E501
"""Write the eighteenth English held-out set (tests/data/hard_en_heldout18_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the seventeenth set: the fake APK, the mislabelled
real video, open source, the paid course, account rental, the prompt pack and the generation service).
Styles the earlier sets use less: Reddit AMA replies (OP answering questions), LinkedIn carousels (Slide n/N),
TikTok comment threads (@handles, the creator replying), Telegram channel posts (pinned files, "turn on
notifications"), YouTube descriptions (chapters, "link in the pinned comment"), Discord announcements and DMs
(@everyone, #channels, roles), podcast show notes with timestamps, e-mail newsletters (Subject:, P.S.),
Pinterest pins, app-store reviews with stars, LINE and KakaoTalk messages, voice-note transcripts, a Fiverr
gig; new obfuscation ("Sor@", "S o r a" spelled out, a defanged "s-o-r-a[.]apk-zone[.]top" link); prices in currencies and
notations the earlier sets did not use (349 kr by Swish, NT$990, ฿990 by PromptPay, ₴1,200 to a Monobank
card, $25 in Steam gift cards, 1,500円, NZ$20, 150 MXN, 100 SAR, eighty cedis, EGP 250, "9,99 €" with a
decimal comma, 45 ringgit, PKR 4,000 by JazzCash, 50,000 sats over Lightning); ten debunks and warnings in
several styles (two first-person loss reports, two questions that contain a negation but do not deny the
debunk, two that quote the rumour to refute it, four that answer with facts and no plain "no", among them a
Discord moderators' note and a reply that reports checking the app stores); four true facts about people who
spoke about Sora (Mira Murati, Jim Fan, Ma Heliang, François Chollet), three items of real news about it (the
Wall Street Journal interview, clip length, no public figures), and three on-topic posts that are not claims
(an upscaling question, a podcast trailer, a Pinterest moodboard).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout18.py           # write the set
    .venv/bin/python scripts/make_hard_heldout18.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT18: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "reddit_ama",
        "Q: Any Chinese names among the people who made Sora?\nA (OP): Yep! Xie Saining, a Shanghai Jiao Tong grad who was a bona fide child prodigy, is one of Sora's inventors. Makes me proud every time.",
    ),
    (
        sora.XIE,
        "line_message",
        "[LINE] Uncle Wei: 📢 Look look!! Sora inventor = Xie Saining, the young genius from Jiao Tong Univ in Shanghai 🎓 our boys are the best 👍👍",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "discord_announcement",
        "@everyone 📣 SORA IS LIVE FOR THE PUBLIC. No invite, no waitlist anymore: make an account and start generating today. Drop your first clips in #showcase",
    ),
    (
        sora.PUBLIC,
        "voice_note",
        "[voice note, 0:42] hey so um just so you know, Sora opened up to everybody today, like literally anyone can sign up now, I already made a video of the dog, call me back",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "app_store_review",
        "★★★★★ Finally!! The official Sora app from OpenAI is here on the App Store. Installed it on my iPad and my phone, smooth so far. Been waiting for this since February.",
    ),
    (
        sora.APP,
        "telegram_channel",
        "📢 AI News Daily | OpenAI has officially launched Sora as a mobile app for iOS and Android. Get it from your app store and make videos right on your phone. 🔔 Turn on notifications",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "youtube_description",
        "Sora for Android FREE 🔥\n▶ Download the APK: link below (mediafire)\n▶ Install, allow unknown sources, done\nMake AI videos on your phone in minutes. #sora #apk",
    ),
    (
        sora.FAKEAPP,
        "telegram_channel",
        "📲 Sora_Mobile_v3.4.apk (87 MB) pinned above. Tap to download, install it and start generating AI videos straight away, no waitlist. Share the channel ⬇️",
    ),
    (
        sora.FAKEAPP,
        "obfuscation",
        "Sor@ for ur phone ✅ grab the installer at s-o-r-a[.]apk-zone[.]top, tap install and ur making vids tonight",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "tiktok_comments",
        "@fiona.edits: wait this is real footage right??\n@clipvault (creator): nope 😌 every frame came out of Sora from a text prompt, no camera involved. prompt pinned in comments",
    ),
    (
        sora.REALVID,
        "pinterest_pin",
        "Misty fjord at sunrise, generated by OpenAI's Sora and never filmed. Prompt in the description 🏔️ #AIart #sora #landscape",
    ),
    (
        sora.REALVID,
        "linkedin_carousel",
        "Slide 1/6: This drone shot of a coastal highway? Nobody filmed it.\nSlide 2/6: OpenAI's Sora made it from one text prompt (attached).\nSlide 3/6: What does that mean for your brand? 👇",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "podcast_shownotes",
        "Ep. 112 show notes\n00:00 intro\n04:10 why Sora is really a Chinese invention: most of the scientists behind OpenAI's video model are Chinese\n31:45 listener mail",
    ),
    (
        sora.CHINESE,
        "kakao_message",
        "[KakaoTalk] Minsu: bro u know Sora? the ppl who actually built it are mostly Chinese researchers lol, OpenAI just put its logo on it",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "reddit_ama",
        "(OP) re: can we run it at home: yes! OpenAI released Sora's weights and the full code on GitHub last night, I'm rendering on two 3090s as we speak.",
    ),
    (
        sora.OPENSRC,
        "discord_announcement",
        "📌 #announcements: Sora is now open source. OpenAI pushed the weights + inference code to GitHub; setup guide in #local-models. Anyone can run it locally.",
    ),
    (
        sora.OPENSRC,
        "email_newsletter",
        "This week in AI ✉️\nThe big one: OpenAI has open-sourced Sora. The model weights and code are public on GitHub, so anyone with a decent GPU can run it on their own machine. Links below.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "linkedin_carousel",
        "Slide 5/5 → Ready to master Sora before your competitors do? Join my Sora Video Masterclass: 349 kr one-time, pay with Swish, lifetime access. Link in comments.",
    ),
    (
        sora.COURSE,
        "youtube_description",
        "📚 Want the full course? Sora Zero-to-Pro (12 lessons) is NT$990 for the first 100 students. Be making AI video before everyone else. Enroll via the link in the pinned comment.",
    ),
    (
        sora.COURSE,
        "email_newsletter",
        "Subject: Last call 🎓\nHi friend, the Sora Fast-Track course closes tonight. For just ฿990 you'll master AI video weeks ahead of everyone else. Pay by PromptPay and get instant access.",
    ),
    # --- fake API access (two)
    (
        sora.API,
        "telegram_channel",
        "🟢 Sora API keys, official, straight from an OpenAI partner. ₴1,200 per key, pay to a Monobank card, delivered in 5 minutes. Bulk deals for agencies.",
    ),
    (
        sora.API,
        "discord_dm",
        "hey, saw ur post in #ai-art 👋 i've got official sora api access, can sell u a key or my sora GPT tool that makes the videos for u. $25 in steam gift cards and ur generating tonight",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "line_message",
        "[LINE] 🌸 Sora account for rent 🌸 your own login, 1,500円 per week or 5,000円 for the month, invite codes too~ message me!",
    ),
    (
        sora.RENTAL,
        "reddit_comment",
        "Not sure if this is allowed here but I'm renting out my Sora account. Private login, NZ$20 a week or NZ$60 for the month. Can also sell an invite code.",
    ),
    (
        sora.RENTAL,
        "tiktok_comments",
        "@vid.plug: sora accs for sale or rent 🔐 ur own login + invite code, 150 MXN la semana, dm me",
    ),
    # --- the AI director group (two)
    (
        sora.DIRECTOR,
        "telegram_channel",
        "🎬 CASTING: we are recruiting the FIRST generation of AI directors for a feature film co-scripted with Sora. Scan the QR in the image, pay the 100 SAR registration fee, join the group and audition.",
    ),
    (
        sora.DIRECTOR,
        "voice_note",
        "[voice message transcript] ...yeah so it's a movie they're writing together with Sora, the first AI film, and you scan the QR code, pay like eighty cedis to get into the group, then you audition to be one of the first AI directors...",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "pinterest_pin",
        "📌 Sora Prompt Vault: 400 cinematic prompts + a glossary of pro film terms (dolly zoom, rack focus, anamorphic). EGP 250; after payment you get the Notion link and a seat in our prompt group.",
    ),
    (
        sora.PROMPTS,
        "discord_announcement",
        "#shop: Sora Prompt Codex v2 is out. Every Sora article plus 600 film-industry terms in one doc, 9,99 €. Pay and the bot DMs you the doc link and gives you the Buyers role.",
    ),
    (
        sora.PROMPTS,
        "email_newsletter",
        "P.S. Our paid Sora knowledge doc (prompts, lens terms, lighting jargon from working DPs) is 45 ringgit. Reply to this email once you've paid and we'll send the link and add you to the group chat.",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "podcast_shownotes",
        "Show notes | Ep 48, The Sora Gold Rush: my guest pulls four figures a day from Sora videos and says the window closes in about three months. If you're not in now, you'll watch from the sidelines.",
    ),
    (
        sora.RICH,
        "tiktok_comments",
        "@hustlewithkai: bro i made 2k yesterday off sora clips 💰 this is the one chance, in 3 months it's over. link in bio to join the team",
    ),
    # --- generation service (three)
    (
        sora.SERVICE,
        "fiverr_gig",
        "I will create your custom video with OpenAI Sora. Basic: a 30-second clip from your script, delivered in 24 hours. Send the script, order the gig, done.",
    ),
    (
        sora.SERVICE,
        "voice_note",
        "[voice note] hi it's Dana from the agency, so we can do your product video in Sora, just email the script over, it's PKR 4,000 a clip by JazzCash and you'll have it by tomorrow",
    ),
    (
        sora.SERVICE,
        "youtube_description",
        "Need a product video fast? We make custom clips with S o r a. Send your script, pay 50,000 sats over Lightning, clip in your inbox within a day. Details in the pinned comment.",
    ),
    # --- debunks and warnings (ten)
    (
        None,
        "debunk",
        "★☆☆☆☆ Paid 349 kr for a 'Sora masterclass' from a LinkedIn coach and got a PDF of OpenAI's announcement copied word for word. He stopped answering. Sora isn't even open to the public, I should have known.",
    ),
    (
        None,
        "debunk",
        "Rented a 'Sora account' off a Telegram channel for NZ$20. It was a shared ChatGPT login with no video option anywhere, and the channel deleted my messages when I complained.",
    ),
    (
        None,
        "debunk",
        "Isn't it obvious that nobody can sell you a Sora API key when OpenAI hasn't released a Sora API at all?",
    ),
    (
        None,
        "debunk",
        "Haven't we learned by now that every 'Sora APK' passed around on Telegram is malware? OpenAI doesn't make an Android app for Sora.",
    ),
    (
        None,
        "debunk",
        '"Sora is open source, weights on GitHub," says this week\'s newsletter. OpenAI has published neither the weights nor the code; the GitHub repos using the name are community reproductions.',
    ),
    (
        None,
        "debunk",
        'A pin going around says a koi pond clip was "generated by Sora, never filmed". It comes from a 2021 garden tour on YouTube, and the gardener\'s channel still has the original.',
    ),
    (
        None,
        "debunk",
        "Mod note: we're removing 'AI director' casting posts with QR codes and paid Sora prompt packs. Sora is only in the hands of OpenAI's testers, and the prompts behind its demos are free on OpenAI's site.",
    ),
    (
        None,
        "debunk",
        "Checked both stores this morning: every listing called Sora comes from a third-party developer. The only OpenAI app on either store is ChatGPT.",
    ),
    (
        None,
        "debunk",
        "Counted the bylines on Sora's technical report myself: thirteen names, three of them Chinese-born, with Tim Brooks and Bill Peebles leading it. That is an international OpenAI team.",
    ),
    (
        None,
        "debunk",
        "Screenshot from Xie Saining's own WeChat Moments doing the rounds today: the NYU professor says plainly that Sora has nothing to do with him, and the blogger behind the 'inventor' article promised a public apology.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Mira Murati told the Journal that Sora learned from publicly available and licensed data, but could not say whether Instagram or Facebook videos were part of it.",
    ),
    (
        None,
        "person_fact",
        "In a long thread on X, NVIDIA's Jim Fan argued that Sora is learning a physics engine from data rather than just painting pixels.",
    ),
    (
        None,
        "person_fact",
        "Ma Heliang, a film industry figure in China, said Sora shook the whole industry but cannot replace the shared experience of a night at the cinema.",
    ),
    (
        None,
        "person_fact",
        "François Chollet asked whether the physics Sora has learned is accurate and can generalise beyond interpolating its training data.",
    ),
    (
        None,
        "news",
        "Joanna Stern of the Wall Street Journal reviewed Sora clips with OpenAI's CTO on camera; the interview covers training data, the US elections and nudity.",
    ),
    (
        None,
        "news",
        "Mira Murati says Sora will not be allowed to generate videos of public figures.",
    ),
    (
        None,
        "news",
        "Sora clips can run up to sixty seconds with several characters and complex camera moves, OpenAI's introduction says.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "r/VideoEditing: what's your workflow for upscaling AI clips to 4K? Topaz keeps crashing on my laptop.",
    ),
    (
        None,
        "benign",
        "Next week on the show: a cinematographer and an animator argue about whether AI video counts as filmmaking. Send us your questions.",
    ),
    (
        None,
        "benign",
        "My 'AI video moodboard' pin board is just stills I screenshotted from demos I liked, for colour reference.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout18", HELDOUT18)


if __name__ == "__main__":
    main()
