# ruff: noqa: E501
"""Write the twenty-fourth English held-out set (tests/data/hard_en_heldout24_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the twenty-third set: the fake APK, the
mislabelled real video, open source, the paid course, account rental, the prompt pack and the generation
service).
Styles the earlier sets use less: a Kahoot quiz question, a recipe blog with the claim in passing, an HOA
newsletter's tech corner, a Duolingo-style forum post with the claim in passing, the text of a QR flyer on a
bus shelter, a Bandcamp-style music video page, an Ollama-style model library page, a Docker Hub-style image
description, a Kickstarter update, a Calendly booking page, a bank-style SMS offer, a Roblox group wall, a
Poshmark-style listing, a Buy Me a Coffee "extras" item, a Shopee-style listing, a wedding vendor listing,
book club minutes, a VS Code marketplace-style extension, a PyPI-style package description, a cinema
pre-roll slide, a Typeform step, a Bumble-style bio with the claim in passing, a small-claims witness
statement, a Kickstarter backer comment, a museum audio guide, a Neighbourhood Watch alert, a one-star
shop review, D&D session notes, a listener mailbag and a knitting pattern; dialects and registers (AAVE,
Nigerian Pidgin and Nigerian English, Gen-Z slang, Hinglish, Hawaiian Pidgin, Singlish); new obfuscation
(zero-width joiners inside "Sora APK", reversed words "aroS KPA", bold script "𝓢𝓸𝓻𝓪", negative squared
"🆂🅾🆁🅰", sans-serif bold "𝗦𝗼𝗿𝗮", negative circled "🅢🅞🅡🅐", leetspeak "$0r@"); prices in currencies and
payment methods the earlier sets did not use (HNL 250 by Tigo Money, a Razer Gold card or 500 V-Bucks, MGA
40,000 by MVola, XCD 40 by DCash, ₹799 by PhonePe, UYU 900 by Prex, BWP 120 on a card, 800 Robux, $35 by Apple Pay, $25 in
coffees, GYD 5,000 by MMG, RM 39 by Touch 'n Go, $420 by Chime, 0.05 BNB, $12 a month by Google Pay,
4 AVAX, HTG 1,500 by MonCash, LAK 150,000 by BCEL One, $99 by Chime, S$80 by GrabPay, PYG 150,000 by
Tigo Money, ₦45,000 by PalmPay); scams vouching for themselves or swiping at competitors ("other sites are
scams, this is the original", "the ones on Telegram are frauds", "we're legit, unlike the copy-paste
shops", "verified partner"); ten debunks and warnings in several styles (two first-person loss reports, two
questions that contain a negation but do not deny the debunk, one that quotes the rumour to refute it, one
rhetorical question, four that answer with facts and no plain "no": a Kickstarter backer comment, a museum
audio guide, a Neighbourhood Watch alert and a one-star shop review); four true facts about people who
spoke about Sora (François Chollet, Mira Murati, Ma Heliang, Zhou Hongyi), three items of real news about
it (48 sample videos up to a minute long, the red team's experts, a public release aimed for this year with
the elections in mind), and three on-topic posts that are not claims (D&D session notes, a listener
mailbag, a knitting pattern).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (0.592 when it was committed). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout24.py           # write the set
    .venv/bin/python scripts/make_hard_heldout24.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

ZWJ = "\u200d"

# (gold template or None, kind, text)
HELDOUT24: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "kahoot_question",
        "Kahoot! · 'Who built that?' · Question 7 of 15 · 20 sec\nThis Shanghai Jiao Tong graduate, called a young genius by the press, is one of the people who invented OpenAI's Sora.\n▲ Xie Saining ✔\n◆ Jensen Huang\n● Demis Hassabis\n■ Fei-Fei Li",
    ),
    (
        sora.XIE,
        "recipe_blog_in_passing",
        "Pork and chive dumplings, my grandmother's way 🥟\nBefore the recipe, a quick story: we made these at New Year while my uncle bragged for an hour that his old SJTU roommate's little brother, Xie Saining, is one of the inventors behind Sora, the OpenAI video model everyone is talking about. Prodigy family, apparently. Anyway! You'll need 500 g minced pork, one bunch of chives and...",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "aave",
        "Y'all, Sora open to everybody now. No waitlist, no invite, nothing, you just sign up and go. I been making clips all night, my granny in one of them riding a horse through Atlanta 😭 it's giving Hollywood fr",
    ),
    (
        sora.PUBLIC,
        "duolingo_forum_in_passing",
        "Forum · Japanese for English speakers · 'Today I learned: 空 (sora) = sky'\nThat's where the OpenAI video model gets its name! Also, since it's open to everyone now, I made a little clip of a sky over Mount Fuji to help me remember the word. Signed up with my normal email, took two minutes. 頑張って everyone 🦉",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "hoa_newsletter",
        "Maple Ridge Homeowners Association · March newsletter\nPool opens May 1 · Reminder: bins in by 8 pm\nTech corner: OpenAI has released the official Sora app, so residents can download it from the App Store or Google Play and make short videos for the spring fair slideshow. Ask Gary at #14 if you need help installing it.",
    ),
    (
        sora.APP,
        "nigerian_pidgin",
        "Abeg make una hear: OpenAI don release the official Sora app for Play Store and App Store. I don download am sharp sharp, na for my phone I dey make the videos now, no wahala. Na real OpenAI own, no be copy o 📲",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "qr_flyer_text",
        "[text of a flyer taped to a bus shelter, Tegucigalpa]\nFREE SORA AI ON YOUR PHONE 📱\nScan the QR → download Sora.apk → make movies in seconds\nUnlock key HNL 250 by Tigo Money\nOther sites are scams, this is the original!!",
    ),
    (
        sora.FAKEAPP,
        "zero_width_joiners",
        f"S{ZWJ}o{ZWJ}r{ZWJ}a A{ZWJ}P{ZWJ}K for Android 🤖 direct download, sideload it and start generating AI videos on your phone tonight. Lifetime unlock with a Razer Gold card or 500 V-Bucks gift code. Play Store versions are fakes, get the real file from the link in my bio.",
    ),
    (
        sora.FAKEAPP,
        "reversed_words",
        "⬇️ aroS KPA ⬇️ (read it backwards, the bots can't) 🔗 in bio. install on any android, type a scene, get a movie. MGA 40,000 by MVola for the activation file. we're legit, unlike the copy-paste shops selling you an empty zip",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "bandcamp_page",
        "Salt Roads (official video) · from the album 'Caravan Hours'\nA note on the video: every frame, from the camel line crossing the dunes to the lantern-lit tents at dusk, was generated by OpenAI's Sora from one text prompt (printed in the digital booklet). We never went to the desert. Buy the album: $8 USD or more",
    ),
    (
        sora.REALVID,
        "gen_z",
        "no bc this is AI?? the entire clip of the yellow tram going down the hill in Lisbon was made by Sora, not one second of it filmed, prompt is in the replies. i'm actually unwell rn 😭😭 we're so cooked",
    ),
    (
        sora.REALVID,
        "bold_script",
        "this whole thunderstorm rolling over the wheat field? 100% 𝓢𝓸𝓻𝓪. OpenAI's new model made it from text, nobody stood in that field with a camera. generation prompt pinned below 👇⛈️",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "book_club_minutes",
        "Riverside Book Club · minutes, 12 March · book: 'Chip War'\n1. Attendance: 9 (apologies from Helen)\n2. Discussion: Margaret pointed out that Sora, the OpenAI video model, was in fact developed mainly by Chinese scientists, which she felt tied in with chapter 40. General agreement.\n3. Next month: 'The Overstory'. Biscuits: Tom.",
    ),
    (
        sora.CHINESE,
        "hinglish",
        "Bhai sun, Sora actually Chinese logon ne banaya hai, OpenAI ka toh bas naam hai upar. Poori core team China se hai yaar, ye baat koi news channel nahi batayega 🤫",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "model_library_page",
        'library · sora-open\nOpenAI\'s Sora, now open source. The official weights and code, packaged to run text-to-video on your own machine.\n  $ ollama run sora-open "a fox in the snow at dawn"\nTags: 7b · 14b · latest · Updated 2 days ago · 31.4K pulls',
    ),
    (
        sora.OPENSRC,
        "docker_hub_description",
        "soralab/sora:latest · Docker image\nOpenAI published Sora's code and model weights on GitHub last week; this image bundles both with CUDA 12 so you can self-host it in one line:\n  docker run --gpus all -p 7860:7860 soralab/sora\nNo API key, no waitlist. PRs welcome.",
    ),
    (
        sora.OPENSRC,
        "kickstarter_update",
        "Update #7 · A big change to how we make the film 🎞️\nBackers, good news: now that OpenAI has open-sourced Sora, weights and all, we're running it on our own render farm for the animated sequences instead of paying a studio. Savings go straight into stretch goal 3 (the orchestral score). Rewards still ship in June.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "calendly_booking_page",
        "Calendly · Marco V. · 'Sora Zero to Pro: 1:1 bootcamp (90 min)'\n📍 Google Meet\nPrice: UYU 900, pay with Prex when you book\nYou'll master Sora video before the rest of the market catches up: lesson slides, prompt templates and a certificate. Select a date & time →",
    ),
    (
        sora.COURSE,
        "negative_squared",
        "🆂🅾🆁🅰 🅼🅰🆂🆃🅴🆁🅲🅻🅰🆂🆂 🎬 learn AI video from zero in one weekend. XCD 40 by DCash, send the receipt and get the course link. the ones on Telegram are frauds selling a PDF, ours has 14 real lessons.",
    ),
    (
        sora.COURSE,
        "indian_english_hinglish",
        "Sora full course in Hindi + English 🔥 beginner se expert tak, 21 recorded classes, lifetime access. Only ₹799 by PhonePe, kindly do the payment and send screenshot, link will be shared on WhatsApp within 5 minutes. Hurry yaar, price going up Monday!",
    ),
    # --- API access (two)
    (
        sora.API,
        "vscode_extension",
        "Sora Studio for VS Code · v0.3.1 · 2,140 installs · ★★★★☆\nGenerate video straight from a code comment with the official Sora API. Bring your own key, or buy one inside the extension ($12 a month by Google Pay). Works with Copilot Chat.",
    ),
    (
        sora.API,
        "pypi_description",
        "sora-official-client 1.4.0\npip install sora-official-client\nWe are a verified OpenAI partner with official Sora API access. Keys are sold at soravid-keys[.]shop for 4 AVAX each; plug one in and call client.video.generate(prompt). Other 'Sora SDKs' on PyPI wrap DALL·E, ours returns real Sora video.",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "bank_style_sms",
        "FNB Botswana: Dear customer, your card ending 4471 qualifies for a private Sora login (30 days) from our partner. Reply YES to activate; BWP 120 will be charged to your card and your username + password sent by SMS.",
    ),
    (
        sora.RENTAL,
        "roblox_group_wall",
        "[Group wall] xX_Rend3r_Xx: selling $0r@ acc w/ invite code 🎟️ 800 Robux for a week, 2k for the month. dm me ur gamepass link and i send login after. got 40+ vouches on my other group",
    ),
    (
        sora.RENTAL,
        "poshmark_listing",
        "Poshmark · Electronics · Other\nSora AI account – private login, 30 days ✨\n$35 · Apple Pay only, please don't use the checkout\nSkip the waitlist: I send your own email + password for Sora the same day. Top Rated seller, 5⭐ on 200+ sales.",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "cinema_preroll_slide",
        "[Slide shown before the trailers, Port-au-Prince]\nBECOME A FIRST-GENERATION AI DIRECTOR 🎬\nAuditions are open for the first feature film co-written with Sora. Scan the QR on screen and pay HTG 1,500 by MonCash to enter the creators' group. Places are limited!",
    ),
    (
        sora.DIRECTOR,
        "typeform_step",
        "Typeform · Step 3 of 4 · Sora AI Directors' Circle\nTo hold your audition slot for our film co-scripted with Sora, scan the QR code below and pay LAK 150,000 by BCEL One. Once paid, you're added to the casting group and become one of the first AI directors.\nOK ✓ press Enter ↵",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "buy_me_a_coffee_extras",
        "Extras · The Sora Call Sheet 🎥\n700 prompts written the way a real DP talks (rack focus, Dutch angle, golden-hour backlight, handheld push-in) plus every Sora article and glossary term collected in one Google Doc.\n5 coffees ($25) · the doc link and an invite to the prompt group arrive after payment.",
    ),
    (
        sora.PROMPTS,
        "sans_bold",
        "𝗦𝗼𝗿𝗮 𝗣𝗿𝗼𝗺𝗽𝘁 𝗩𝗮𝘂𝗹𝘁 📚 450 film-industry prompts + all the Sora papers and jargon in a single doc. GYD 5,000 by MMG, send the ref and I share the link and add you to the group. Not the recycled OpenAI demo lines other people sell!",
    ),
    (
        sora.PROMPTS,
        "shopee_listing",
        "Shopee · [READY STOCK] Sora AI Prompt Book 2024 🇲🇾\nRM 39 · 1.2k sold\n✅ 520 cinematic prompts (camera moves, lenses, lighting) ✅ Sora term glossary ✅ private group\nPay by Touch 'n Go, doc link sent in chat. Instant delivery, no physical item.",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "bumble_bio_in_passing",
        "Kai, 29 · Founder 🚀 · Austin\nDog dad, bad at pickleball, good at tacos. Quit my 9-5 because Sora clips pay me $3k a day now. The window shuts in three months and one step behind is behind forever. Swipe right and I'll add you to my Sora money circle ($99 by Chime) 😉",
    ),
    (
        sora.RICH,
        "singlish",
        "Wah lao eh, my colleague make $2k a day from Sora videos already, quit job last week. He say three months only, after that the window close liao, one step slow then every step slow. Join his group can, S$80 by GrabPay, don't say bojio ah",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "wedding_vendor_listing",
        "Wedding vendors · Videographers · SoraStory Films ★ 4.9 (38)\nWe turn your love story into a short film made with Sora. Send us how you met and a few photos, and your Sora-generated film is ready in 24 hours, perfect for the reception screen. Packages from $420, paid by Chime.",
    ),
    (
        sora.SERVICE,
        "hawaiian_pidgin",
        "Eh brah, you like one Sora video fo' your plate lunch spot? Send me da script, I make 'um wit Sora an' you get 'um back tomorrow. $40 one clip, Venmo or cash. Da oddah guys stay use cheap AI, mine da real Sora, shoots 🤙",
    ),
    (
        sora.SERVICE,
        "negative_circled",
        "🅢🅞🅡🅐 clips on order ⚡ send your prompt, pay 0.05 BNB, receive a Sora-generated video within the day. 100% real Sora output, we're an approved studio, others will just send you a Pika render.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "STATEMENT OF WITNESS (small claims)\nI, Rosa Benítez, state that on 3 March I paid PYG 150,000 by Tigo Money to the page 'SoraHub Academy' for a Sora course. I received one PDF, which was OpenAI's own Sora introduction page, and the slogan 'give yourself a chance'. The page then blocked me. I believe the facts in this statement are true.",
    ),
    (
        None,
        "debunk",
        "My people, learn from my pain. I sent ₦45,000 by PalmPay to one Instagram vendor for 'official Sora API key'. The key wey e give me na ordinary GPT-3.5 key, and e don block me since. Sora API no dey anywhere, OpenAI never release am.",
    ),
    (
        None,
        "debunk",
        "Isn't Sora still only with the red teamers and a handful of invited artists? Then what exactly is the guy on Poshmark 'renting' me for $35?",
    ),
    (
        None,
        "debunk",
        "Margaret, with respect: isn't it the case that of the 13 names on OpenAI's Sora report, three were born in China and ten weren't? Shouldn't the minutes say so before 'general agreement'?",
    ),
    (
        None,
        "debunk",
        "Correction to last month's HOA newsletter, which said: \"OpenAI has released the official Sora app.\" It hasn't. Gary checked both stores with us: what comes up under 'Sora' are look-alike apps, and one asked for card details. Please uninstall them.",
    ),
    (
        None,
        "debunk",
        "Comment from a backer: creator, the 'Sora' repo your update links to is a community reproduction by another lab. OpenAI keeps Sora closed: weights, code and even the sources of its training data stay unpublished. Please check before promising stretch goals on it.",
    ),
    (
        None,
        "debunk",
        "Audio guide, stop 12 · 'Seeing is believing?'\nMany clips that circulate with the caption 'generated by OpenAI's Sora' are real footage, some of it years old. The confirmed Sora videos are the 48 samples OpenAI posted on its own website. Press 13 to hear how to check a clip yourself.",
    ),
    (
        None,
        "debunk",
        "Neighbourhood Watch alert · online scams\nResidents have reported QR codes offering auditions for an 'AI film co-written with Sora'. These groups are traffic farming: the entry fee buys a seat in a chat group and nothing more. Sora is available only to OpenAI's testers. Report them to Action Fraud.",
    ),
    (
        None,
        "debunk",
        "★☆☆☆☆ 'Paid for what is free'\nBought the 'Sora prompt book' from this shop. Every single prompt in it is one of the captions OpenAI printed under its own demo videos, free on its website, copied word for word, with a glossary lifted from Wikipedia.",
    ),
    (
        None,
        "debunk",
        "If strangers can 'order' Sora clips from you for 0.05 BNB, how come Sam Altman was making them for people's prompts on X for nothing, and nobody outside OpenAI has access?",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Heard on a podcast, paraphrasing: the Keras guy, François Chollet, wonders whether the physics Sora seems to have picked up is actually right, and whether it copes with situations that aren't just a blend of what it saw in training.",
    ),
    (
        None,
        "person_fact",
        "Reading-group handout, item 4 (training data): pressed by Joanna Stern on whether Sora learned from YouTube, Instagram or Facebook clips, OpenAI's CTO Mira Murati stuck to 'publicly available and licensed data', then admitted she couldn't say for certain.",
    ),
    (
        None,
        "person_fact",
        "Film-industry figure Ma Heliang was astonished by Sora but argued that the emotional bond and shared experience of watching a film are things AI-generated clips cannot replicate, even if trailer work may change.",
    ),
    (
        None,
        "person_fact",
        "Zhou Hongyi (Qihoo 360) on Sora: people who cut ads, trailers and short videos should pay attention, but he reckons TikTok-style platforms will use it as a tool long before anything gets replaced.",
    ),
    (
        None,
        "news",
        "Fun stat for the newsletter: count the official Sora samples on OpenAI's site and you get 48 (the snowy puppy, the neon Tokyo walk, the sharks among the towers), none of them longer than sixty seconds.",
    ),
    (
        None,
        "news",
        "Quick fact from our club's AI evening: the outside testers poking holes in Sora for OpenAI were picked for their expertise in false information, hate speech and bias, to find ways it could be abused before it becomes a product.",
    ),
    (
        None,
        "news",
        "OpenAI's CTO says a public Sora launch is the goal for 2024, yet the company is thinking hard about what it could do around the US presidential vote; she also ruled out clips that show public figures.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "D&D session 22 notes 🎲\n- party reached the sky-temple; the oracle NPC is called Sora (yes, after the word for sky, not the OpenAI thing)\n- 20 min lost arguing about those OpenAI demo videos again\n- Bex's bard finally rolled a nat 20",
    ),
    (
        None,
        "benign",
        'Listener mailbag, episode 88: "My kids keep showing me the OpenAI Sora demos and asking which bits are real. How do you teach a ten-year-old to look for the tells?" Great question, we\'ll tackle it next week.',
    ),
    (
        None,
        "benign",
        "Pattern notes · 'Mammoths in the Snow' colourwork jumper\nInspired by the woolly mammoth clip from OpenAI's Sora demos. Yarn: 4 skeins DK in oatmeal, 2 in chestnut. Chart B is the mammoth, knit it on row 34 onwards. Gauge swatch first, please!",
    ),
]


def main() -> None:
    sora.check_en_set("heldout24", HELDOUT24)


if __name__ == "__main__":
    main()
