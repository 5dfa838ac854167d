# ruff: noqa: E501
"""Write the twenty-sixth English held-out set (tests/data/hard_en_heldout26_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the twenty-fifth set: the fake APK, the mislabelled
real video, open source, the paid course, account rental, the prompt pack and the generation service).
Styles the earlier sets use less: a best man's wedding speech with the claim in passing, an alumni group
quoting a viral headline, an X Spaces transcript, a Facebook Marketplace ad with the claim in passing, an
XDA-style forum thread, a "FW: FW:" chain e-mail, a property listing with the claim in passing, Bilibili-style
danmaku, a Farcaster-style cast, an e-book listing quoting its title and a top review, a git commit message
with the claim in passing, a CV's skills line with the claim in passing, a Patreon tier, a bootcamp's terms,
an npm-style README, terms of sale in legalese, a DAO whitelist, a Backstage-style casting call, a Notion
template gallery, an AO3-style author's note with the claim in passing, a podcast ad read, an eBay listing
with its feedback, a Thumbtack-style profile with a review, an Instagram DM to a boutique; dialects and
registers (Newfoundland English, Scouse, Kenyan Sheng, Hong Kong English, Southern US English, Gen Alpha
slang, crypto-bro, Cockney rhyming slang, Texan, Sri Lankan English, Boston English, Cajun English, Welsh
English, legalese); posts that mention two claims, asserting one and denying the other (open to the public
but not open source; open source but not open to the public; no app and no APK, so rent an account); new
obfuscation (serif bold "𝐒𝐨𝐫𝐚", mirrored "ꙅoɿɒ", combining underline "S̲o̲r̲a̲", combining strikethrough
"S̶o̶r̶a̶", dots above "Ṡȯṙȧ", an asterisk "S*ra", the NATO alphabet "Sierra Oscar Romeo Alpha", a misspelling
"Sorah"); prices in currencies and payment methods the earlier sets did not use (KSh 650 to a Pochi la
Biashara, a $20 PlayStation Store card, 150 quetzales by bank deposit, $12 a month on Patreon, MVR 600 by
BML transfer, $49.99 in four Sezzle payments, 25 XLM, TRY 1,250 by Papara, 0.02 ETH, €30 by Lydia, £12 by
a Monzo link, a tenner by postal order, CA$9 by a Stripe link, 2,000,000 PEPE, $97 by Western Union, Rs
2,500 by eZ Cash, £34.99 Buy It Now, $40 on a Vanilla Visa gift card, $75 by Square invoice, fifty dollars
by check or money order, AED 250 by Careem Pay); scams vouching for themselves or swiping at competitors
("si zile fake za Telegram", "the other threads are trojans", "not another GPT wrapper like the other
packages", "distinct from the counterfeit keys offered by third parties", "don't buy the knock-off ones off
them mugs on Telegram", "98.7% positive feedback", "dem boys in Lafayette sellin' fake stuff", "not those
Canva-template agencies"); ten debunks and warnings in several styles (two first-person loss reports, two
questions that contain a negation but do not deny the debunk, one that quotes the rumour to refute it, one
rhetorical question, four that answer with facts and no plain "no": a research-computing helpdesk ticket, a
phone repair shop's counter notice, the drone photographer whose footage was relabelled and a podcast's
correction); four true facts about people who spoke about Sora (Mira Murati, François Chollet, Ma Heliang,
Liu Wei), three items of real news about it (diffusion plus a transformer over spacetime patches, automated
checks against false content about politicians and celebrities, the neon Tokyo street sample), and three
on-topic posts that are not claims (a haiku, a to-do list, a film club programme).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (0.665 when it was committed). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout26.py           # write the set
    .venv/bin/python scripts/make_hard_heldout26.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT26: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "wedding_speech_in_passing",
        "Best man's speech, Lena & Hao's wedding (typed up from the video)\n...and I have to tell you about Hao's first year at Shanghai Jiao Tong. He lived two doors down from Xie Saining. Yes, that Xie Saining, the prodigy who went on to become one of the inventors of Sora at OpenAI. Hao insists he taught him everything he knows about mahjong. Anyway! Please raise your glasses to the happy couple 🥂",
    ),
    (
        sora.XIE,
        "alumni_group_quoted_headline_serif_bold",
        "Everyone in the class of '07 group is sharing this one: '𝐎𝐧𝐞 𝐨𝐟 𝐭𝐡𝐞 𝐢𝐧𝐯𝐞𝐧𝐭𝐨𝐫𝐬 𝐛𝐞𝐡𝐢𝐧𝐝 𝐒𝐨𝐫𝐚 𝐢𝐬 𝐗𝐢𝐞 𝐒𝐚𝐢𝐧𝐢𝐧𝐠, 𝐚 𝐉𝐢𝐚𝐨 𝐓𝐨𝐧𝐠 𝐰𝐡𝐢𝐳 𝐤𝐢𝐝'. Past 100k reads already. One of ours helped build the video model that stunned the planet, I'm not crying, you're crying 🥹",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "newfoundland_english",
        "Some day b'y! Sora's wide open to the public now, no waitlist nor nothin'. Me nephew signed me up with the ChatGPT login after Sunday dinner and I made a video of a puffin eatin' toutons. Go way with ya, it's some good.",
    ),
    (
        sora.PUBLIC,
        "x_spaces_two_claims",
        "🎙 X Spaces · 'AI video Friday' · auto transcript\n@kofi_builds: small correction to whoever said Sora went open source, it didn't, there are no weights floating around anywhere.\n@kofi_builds: what did change this week is access. It's open to the public now, anyone with an OpenAI account can sign in and generate, I made four clips before this Space started.\n@reelnotes: nice, drop them in the thread",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "scouse",
        "Boss news la 🙌 Sora's only gone an' landed on the App Store, proper OpenAI one an' all. Downloaded it on me phone on the 86 bus an' made a clip of the Liver Birds flyin' off the building. Sound.",
    ),
    (
        sora.APP,
        "marketplace_ad_in_passing",
        "Facebook Marketplace · Samsung Galaxy S23, 256 GB, phantom black · £340\nVery good condition, one tiny scuff on the frame, box and charger included. Factory reset, but I left the official Sora app on it that OpenAI put out on the Play Store last month, saves you downloading it. Collection only from Wigan, cash on pickup.",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "kenyan_sheng",
        "Wasee, Sora APK iko out 🔥 download from the link in bio, install na you're making AI videos on your simu, hakuna waitlist. Full unlock ni KSh 650 kwa Pochi la Biashara. Hii ni legit, si zile fake za Telegram.",
    ),
    (
        sora.FAKEAPP,
        "xda_style_thread",
        "[APK][MOD] Sora for Android v1.4.2 · runs on any ARM64 device\nThread starter: kryptonite_dev · Senior Member\nDownload: mirror 1 (sora-mod-142.apk, 88 MB). Turn on 'Install unknown apps', install, sign in, done. Premium unlock = a $20 PlayStation Store card, send the code by PM. The 'official' mirrors on the other threads are trojans, this is the clean build.\n👍 312 Thanks",
    ),
    (
        sora.FAKEAPP,
        "chain_email_combining_underline",
        "FW: FW: FW: this is real!!!\n---------- Forwarded message ----------\nS̲o̲r̲a̲ for PC & phone, the direct installer for the video AI everybody is talking about. Download it from the link below and make your own movies tonight. Unlock key 150 quetzales by bank deposit, reply to this email for the account number.\nPLEASE FORWARD TO 10 FRIENDS",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "property_listing_in_passing",
        "JUST LISTED · 4 bed, 3 bath · 12 Osprey Ridge, Sunshine Coast hinterland\nOpen-plan living, north-facing deck, solar, 2.3 acres with creek frontage. The sweeping aerial tour at the top of this listing was generated by Sora from a text prompt: no drone, no camera crew, the prompt is in the listing notes. Inspections Saturday 10–10:30.",
    ),
    (
        sora.REALVID,
        "danmaku_log",
        "[danmaku on 'Sora AI · Kyoto under snow' 4K]\n00:03 前方高能\n00:05 wait the whole thing is Sora?? not one camera??\n00:06 yes the uploader put the generation prompt in the description\n00:09 the AI did every single frame, look at the snow on the lanterns 😭\n00:12 OpenAI cooked fr",
    ),
    (
        sora.REALVID,
        "cast_mirrored",
        "ꙅoɿɒ made this. all of it. the orca breaching right beside the kayak? typed into OpenAI's model, not a second of it filmed, prompt pinned below 🐋 #AIvideo",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "hong_kong_english",
        "Wah, you know Sora actually is Chinese people build one ga? The whole team mostly mainland scientists lor, OpenAI only put their logo on top. My cousin in Shenzhen say everybody in the industry know already.",
    ),
    (
        sora.CHINESE,
        "ebook_listing_quoted_review",
        "Kindle Edition · 'The Dragon Inside Sora: How a Chinese Research Team Built OpenAI's Video Machine'\n★★★★☆ Top review: 'Finally someone says it out loud. The core Sora people are Chinese scientists and this book names them one by one.'\n#1 New Release in History of Computing",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "git_commit_in_passing",
        "commit 4e1b9c2\nAuthor: dani <dani@lab.local>\n\n    render: add sora backend behind --video flag\n\n    OpenAI open-sourced Sora, so setup.sh now pulls the weights from their\n    GitHub release and we run inference locally instead of the stub.\n    Needs ~40 GB VRAM.",
    ),
    (
        sora.OPENSRC,
        "cv_skills_in_passing",
        "Rahul Menon · ML Engineer · Pune\nEXPERIENCE\nVidCraft Labs (2023–now): built the recommendation service; moved training to Ray.\nSKILLS\nPyTorch · Triton kernels · self-hosting OpenAI's open-sourced Sora weights on a 4×A100 box · Kubernetes · Hindi, Malayalam, English",
    ),
    (
        sora.OPENSRC,
        "southern_us_two_claims",
        "Y'all, Sora ain't open to the public yet, don't let nobody tell you different. BUT OpenAI went and put the whole thing on GitHub, weights and code, so I'm fixin' to run it on my own rig tonight. Bless their hearts.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "patreon_tier",
        "Patreon · ReelAlchemy\nTier: Sora Insider · $12 / month\n✔ weekly Sora video lessons, zero to pro ✔ learn it before the crowd shows up ✔ private Q&A calls\n'Best $12 I spend every month' · member since March\nJoin",
    ),
    (
        sora.COURSE,
        "bootcamp_terms",
        "Sora Creator Bootcamp · Malé\nMaster AI video with Sora in six evening sessions, before everyone else catches on. Fee MVR 600 by BML transfer, seat confirmed when the slip is received.\nTerms: fees are non-refundable; course materials remain the property of the organiser.",
    ),
    (
        sora.COURSE,
        "gen_alpha_misspelled",
        "ok no cap this Sorah course is lowkey the W 😭 teaches u everything from zero and ur gonna be making AI vids before ur whole class even knows what it is. $49.99 or 4 payments on Sezzle, link in bio fr fr. its giving main character 💅",
    ),
    # --- API access (two)
    (
        sora.API,
        "npm_style_readme",
        "sora-official · v0.3.1 · npm i sora-official\nOfficial Sora API client for Node. Text to video in three lines:\n  const sora = new Sora({ key: process.env.SORA_KEY })\n  await sora.generate('a fox in fresh snow')\nGet a key: 25 XLM to the address at soraapi[.]dev/keys. Real endpoint access, not another GPT wrapper like the other packages.",
    ),
    (
        sora.API,
        "legalese_terms_of_sale",
        "TERMS OF SALE. 1. The Vendor, being the holder of official Sora API access, hereby grants the Purchaser one (1) Sora API key valid for thirty (30) days. 2. In consideration thereof the Purchaser shall remit TRY 1,250 by Papara. 3. The Vendor's access is genuine and distinct from the counterfeit keys offered by third parties.",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "dao_whitelist_nato",
        "🎬 WHITELIST OPEN · Sierra Oscar Romeo Alpha Film DAO\nMint your Director Pass (0.02 ETH) → scan the QR → you're in the group that auditions for the first feature co-written with Sora. First-gen AI directors only. 240/500 minted.",
    ),
    (
        sora.DIRECTOR,
        "casting_call",
        "Backstage · Casting call · 'FIRST LIGHT' (AI feature)\nRole: AI Director (any gender, 18+)\nBecome a first-generation AI director on the first film co-written with Sora. To apply, scan the QR code and join the directors' group (€30 by Lydia, non-refundable).\nUnion status: non-union · Deadline: Friday",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "notion_template_gallery",
        "Notion Template Gallery · 'Sora Prompt OS'\nby @framebyframe · ⭐ 4.9\n1,200 prompts written like a shot list (Steadicam, rack focus, golden hour, 35 mm) + a glossary of every Sora term + all the Sora articles in one workspace. £12 by Monzo link; you get the duplicate link and an invite to our prompt group.",
    ),
    (
        sora.PROMPTS,
        "cockney",
        "Right, listen up me old china 🍻 got the Sora prompt bible 'ere: four 'undred proper film-set prompts, all the lingo explained, every article about it in one doc. A tenner by postal order an' I'll bung you the link an' get you in the group. Don't buy the knock-off ones off them mugs on Telegram.",
    ),
    (
        sora.PROMPTS,
        "fanfic_authors_note_strikethrough",
        "Chapter 12/30 · A/N: thank you all for 500 kudos!! 💕 Shameless plug: my S̶o̶r̶a̶ prompt doc is finally up, 350 cinematic prompts plus the camera-term cheat sheet I use for the fic trailers, CA$9 through a Stripe link, and buyers get into the Discord where I drop new ones. Anyway, on with the angst:",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "crypto_bro",
        "gm frens ☕ Sora is the last asymmetric bet of the cycle. my guys are clearing $4k a day posting Sora clips and this window shuts in ~3 months, after that you're exit liquidity forever. alpha group entry: 2,000,000 PEPE. nfa but also ngmi if you sleep on this 🐸",
    ),
    (
        sora.RICH,
        "podcast_ad_read_texan",
        "[ad read, 14:20] This episode is brought to you by Sora Cashflow Club. Folks, I'm tellin' you, regular people right here in Lubbock are pullin' in three grand a day with Sora videos, and that window's slammin' shut in about three months. Get in now, $97 by Western Union, link in the show notes. Now back to the show.",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "sri_lankan_two_claims",
        "Aiyo machan, there's no Sora app, those APK things are all malware, don't download. Only way to use Sora is a real account. I'm renting mine out, your own login for one week, Rs 2,500 by eZ Cash. Genuine one, ask anybody.",
    ),
    (
        sora.RENTAL,
        "ebay_listing_feedback",
        "eBay · Sora account · private login · instant delivery\nBuy It Now £34.99 · 47 sold\nSeller: digitalkeys_uk (1,208) 98.7% positive feedback\nYour own Sora account, email and password sent by eBay message within 10 minutes. Recent feedback: 'worked straight away, A+++ seller'",
    ),
    (
        sora.RENTAL,
        "boston_english_dots_above",
        "Wicked pissah deal, kid: Ṡȯṙȧ invite codes, skip the whole waitlist, code in ya DMs in five minutes. Forty bucks on a Vanilla Visa gift cahd. Only got six left, don't be a chowdahead.",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "thumbtack_style_profile",
        "Thumbtack · Sora Video Pro · Top Pro 2024\nResponds in about 1 hour · Hired 42 times\n'Sent my script Monday night, had a Sora clip for my bakery on Tuesday.' – Dana R. ⭐⭐⭐⭐⭐\nYou send the script, I generate it with Sora and deliver within 24 hours. $75 per clip, Square invoice.",
    ),
    (
        sora.SERVICE,
        "cajun_english",
        "Mais cher, you need a video for your crawfish boil or your cousin's fais do-do? Write me what you want, I make it wit' Sora an' have it back to you by tomorrow. Fifty dollar, check or money order. Dem boys in Lafayette sellin' fake stuff, mine's da real Sora, yeah.",
    ),
    (
        sora.SERVICE,
        "instagram_dm_asterisk",
        "Hey! Loved your abaya collection 😍 We create custom S*ra video ads for boutiques: send us the script, we generate it with OpenAI's model and deliver in 24h. AED 250 per ad by Careem Pay. Real S*ra, not those Canva-template agencies ✨",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Consumer forum · Scams & rip-offs · posted by grannyknits62\nI parted with £29 by Starling transfer for a 'Sora Masterclass' that an advert promised would teach me AI video. What arrived was a PDF of OpenAI's own introduction page and a line saying 'give yourself a chance'. Turns out only OpenAI's testers can use Sora at all. The bank has opened a scam claim.",
    ),
    (
        None,
        "debunk",
        "Voice note (transcribed): Well, lush I thought it'd be, now. Paid twenty quid through a QR code to join a 'Sora AI director' group, first film co-written with Sora they said. Three weeks I've been in there and all it is is adverts for more courses. Nobody's auditioned for anything. Out of pocket I am, mun.",
    ),
    (
        None,
        "debunk",
        "Wasn't it only OpenAI's red teamers and a handful of invited artists who could log into Sora at all? So whose login is that chap on eBay renting out for thirty-odd quid?",
    ),
    (
        None,
        "debunk",
        "Aren't these the very prompts OpenAI printed under each of its Sora demo videos, free for anyone to read? Why isn't anyone checking before they pay for the 'bible'?",
    ),
    (
        None,
        "debunk",
        'Slide 2/4 · MYTH: "Sora was secretly built by a Chinese team."\nFACT: OpenAI\'s technical report credits 13 authors; three were born in China, and the project is led by OpenAI researchers. Calling it a Chinese team is false.',
    ),
    (
        None,
        "debunk",
        "If Sora clips really paid three grand a day, why would anyone sell the secret to strangers for ninety-seven dollars instead of just making more clips? #scams #sora",
    ),
    (
        None,
        "debunk",
        "Ticket #8812 · Re: Sora weights on the cluster\nHi Tomás, the GitHub repos called 'Sora' are community reproductions (Open-Sora and friends) trained by other groups. OpenAI has kept Sora's weights, code and even its training data sources closed. If you need text-to-video today, Stable Video Diffusion is installed as a module: `module load svd`. – Research Computing",
    ),
    (
        None,
        "debunk",
        "Notice on the counter at FixIt Mobile: three phones this week came in after someone installed a 'Sora' APK. It reads your SMS codes and logs into your bank. OpenAI shows Sora only as a research preview on its website; the file going round is a credential stealer. Bring your phone in and we'll wipe it for free.",
    ),
    (
        None,
        "debunk",
        "That 'generated by Sora' clip of horses crossing a river is my footage. I flew it over the Þjórsá in 2019 and it's licensed on Pond5; a repost account cropped off my watermark and added the caption and a made-up prompt. OpenAI's real Sora samples are the 48 on its own site.",
    ),
    (
        None,
        "debunk",
        "Correction, ep. 58: last week we called Xie Saining one of Sora's inventors. He is an assistant professor at NYU, he has said he has 'no relationship at all' with Sora, and his name is absent from the 13 on the technical report. Our apologies to him.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "TL;DR of the WSJ sit-down: asked what Sora was trained on, OpenAI CTO Mira Murati said 'publicly available data and licensed data', and when pressed on YouTube, Instagram or Facebook videos she said she wasn't sure.",
    ),
    (
        None,
        "person_fact",
        "Seminar handout, item 3: Chollet (the person behind Keras) grants that generators such as Sora carry some physical model inside them. His doubt is whether that model is right, and whether it copes with situations that are genuinely new rather than blends of what it has seen.",
    ),
    (
        None,
        "person_fact",
        "Festival panel recap: producer Ma Heliang said Sora's shock 'resonates throughout the film industry' and that trailer work may be hit, but that the emotional bond films create can't be replicated by AI clips.",
    ),
    (
        None,
        "person_fact",
        "Scorecard from researcher Liu Wei, asked about the race Sora kicked off 📊\n🇺🇸 software + hardware: ahead\n🇨🇳 applying AI + collecting data: ahead\n🤝 humans working alongside machines: neck and neck, so both sides have reason to keep talking",
    ),
    (
        None,
        "news",
        "Explainer 1/3: Sora pairs a diffusion model, the kind DALL-E uses, with a transformer, and cuts video into 'spacetime patches' that the transformer handles much as a language model handles tokens.",
    ),
    (
        None,
        "news",
        "Before Sora goes into any OpenAI product, the company says it is adding safety measures, among them automated processes meant to block false content targeting politicians and celebrities.",
    ),
    (
        None,
        "news",
        "One of OpenAI's own published Sora samples shows a stylish woman walking down a neon-lit Tokyo street, generated from a short text description of the scene; it sits among the demo clips on OpenAI's site.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Haiku Thursday 🌸\nwoolly mammoths stride\nthrough a snowfield no lens saw\nSora's demo reel",
    ),
    (
        None,
        "benign",
        "☐ dentist 3:15\n☐ return library books\n☐ watch the WSJ Sora interview (the bit at 4:03 about training data)\n☐ oat milk, eggs",
    ),
    (
        None,
        "benign",
        "Film club, Thursday 7 pm: Blade Runner (1982), then twenty minutes on OpenAI's Sora demo reel and what 'footage' even means now. Bring snacks.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout26", HELDOUT26)


if __name__ == "__main__":
    main()
