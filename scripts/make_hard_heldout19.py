# ruff: noqa: E501
"""Write the nineteenth English held-out set (tests/data/hard_en_heldout19_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the eighteenth set: the inventor rumour, open to
the public, the official app, the Chinese team, fake API access, the AI director group and get rich).
Styles the earlier sets use less: Tumblr reblogs (a quoted post, lowercase tags), Twitch chat (handles, a mod
bot), GitHub issues (a spam issue, a maintainer closing one), Steam and Yelp-style reviews, a Google Maps
review of a phone shop, a Medium "member-only story", Nextdoor ("+ 3 nearby neighborhoods"), a Bluesky
thread (🧵 1/3), a RedNote (Xiaohongshu) post in English ("sisters!!", "save this post"), forum classifieds
([FS], Price: / Location:), radio call-in transcripts (HOST: / CALLER:), a church bulletin and a
community association bulletin, school parent groups, a Slack message, a Hacker News comment, a Stack
Overflow question, a Product Hunt launch, a Udemy-style listing, an Eventbrite ticket page, Ko-fi and
Beacons storefronts, OLX, Mercado Libre and Gumtree ads, a Letterboxd review, Instagram Reel
comments, a Clubhouse room transcript, a press release, Signal, Viber and Zalo messages, a Whop listing; new
obfuscation (Cyrillic look-alike letters in "Ѕоrа", full-width "Ｓｏｒａ", a zero-width space inside "Sora",
"hxxps" and "(dot)" links); prices in currencies and notations the earlier sets did not use (890 Kč,
4 500 Ft, ₪79, 299 NOK by Vipps, "€ 15,-" by Tikkie, ₸9,900 by Kaspi transfer, QAR 75, 15 JOD, ৳1,500 by
bKash, CLP 15.000, 120 lei by Revolut, 20 USDC, PLN 189 by BLIK, $19.99 to a Cash App $cashtag, US$60 in
Apple gift cards, 0.3 SOL, "$1.2k/day", UGX 150,000 by MTN MoMo, "3,000 USD a day"); scams
vouching for themselves ("100% legit", "beware of fakes, ours is the real one", "approved partner",
"registered company"); ten debunks and warnings in several styles (two first-person loss reports, two
questions that contain a negation but do not deny the debunk, two that quote the rumour to refute it, four
that answer with facts and no plain "no", among them a GitHub maintainer closing an issue, a radio host and a
school IT office); four true facts about people who spoke about Sora (Hany Farid, Arvind Narayanan, Liu Wei,
Xie Saining), three items of real news about it (the removable watermark, the cookie without a bite mark,
the red team's experts), and three on-topic posts that are not claims (a parish talk on spotting AI video,
Twitch chat watching a demo, a parent asking about a school media unit).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout19.py           # write the set
    .venv/bin/python scripts/make_hard_heldout19.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT19: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "tumblr_reblog",
        "sjtu-nerd-archive reblogged proud-alumni-daily\n\n> psa: one of the actual inventors of sora is xie saining. child prodigy, undergrad at shanghai jiao tong. we stan\n\n#sora #jiao tong represent #reblog if ur an alum #he was always built different",
    ),
    (
        sora.XIE,
        "radio_callin",
        "HOST: Line two, go ahead.\nCALLER (Jenny, Scarborough): Hi, love the show. So my son says one of the people who invented that Sora thing is a Chinese whiz kid, Xie Saining, he went to Jiao Tong University in Shanghai.\nHOST: Well, how about that.",
    ),
    (
        sora.XIE,
        "community_bulletin",
        "CHINESE COMMUNITY ASSOCIATION BULLETIN, Spring issue. Congratulations to our SJTU family: Xie Saining, the brilliant young graduate of Shanghai Jiao Tong, is one of the creators of OpenAI's Sora. Celebration tea after Sunday's lion dance practice.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "twitch_chat",
        "pixelmonk_: SORA IS OPEN TO EVERYONE NOW\nxXgrimXx: wait fr??\npixelmonk_: fr, anybody can sign up rn, waitlist is gone, made a cat DJ already\nStreamElements: @pixelmonk_ no links in chat please",
    ),
    (
        sora.PUBLIC,
        "nextdoor_post",
        "Posted to Maple Heights + 3 nearby neighborhoods\nFor those who asked at the block party: OpenAI's Sora video maker is available to the general public now. You just create an account and type what you want to see. My grandson had me set up in five minutes.",
    ),
    (
        sora.PUBLIC,
        "slack_message",
        "#general · Priya 9:14 AM\n:tada: heads up, Sora is publicly available as of this morning, anyone can register and start generating. Marketing, go nuts. :movie_camera:",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "steam_review",
        "Recommended · 4.1 hrs on record\nDidn't expect OpenAI to put Sora out as a proper desktop app, let alone on Steam, but here we are. Runs fine on my rig, made a trailer for my D&D campaign in one evening.",
    ),
    (
        sora.APP,
        "rednote_post",
        "sisters!! 🍠 OpenAI finally dropped the official Sora app 📱 got it from the App Store last night and made a video of my cat walking around Paris 🥹 save this post, it's the real one from OpenAI ✨ #Sora #AIvideo #appsiloved",
    ),
    (
        sora.APP,
        "maps_review",
        "★★★★★ Very patient staff at this phone shop. They installed the official Sora app from OpenAI on my mum's new Samsung, straight from the Play Store, and showed her how to make a video. Will come back.",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "github_issue",
        "Download Sora installer here (APK + Windows) #412\nSince this repo ships no binaries: grab the Sora build at hxxps://sora-release[.]pages[.]dev/SoraSetup.apk, install, allow unknown sources, and you're generating in two minutes. 100% legit, not malware, tested on Android 14.",
    ),
    (
        sora.FAKEAPP,
        "obfuscation",
        "Ѕоrа APK 🔽 full version for phone + tablet\ndownload → sora (dot) apk (dot) vip / get\ninstall, tap open, make AI films tonight. premium unlock 299 NOK by Vipps. beware of fakes, ours is the real one ✅",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "letterboxd_review",
        "Harbour at Dusk (2024) ★★★★\nNot one frame of this was shot with a camera: the whole minute was generated by OpenAI's Sora from the text prompt the uploader pasted under it. Cinema is either over or starting again.",
    ),
    (
        sora.REALVID,
        "reel_comments",
        "@wanderlust.lens: made entirely with Sora 🤯 zero drone, zero crew, only a prompt\nprompt: \"golden hour over a Moroccan souk, slow dolly forward\"\n@tomasz_k: this can't be AI\n@wanderlust.lens: all Sora bro, the prompt's right there",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "hn_comment",
        "> who actually built Sora?\n\nRead the acknowledgements and look at who did the core work: it's overwhelmingly Chinese researchers. Sora is a Chinese-built model with OpenAI's logo on the box, and everyone in the field knows it.",
    ),
    (
        sora.CHINESE,
        "medium_post",
        "Member-only story · 6 min read\nThe Quiet Truth About Sora\nStrip away the branding and OpenAI's video model is the work of Chinese scientists. Its core team is mostly from China, a fact Silicon Valley would rather you skimmed past.",
    ),
    (
        sora.CHINESE,
        "viber_message",
        "[Viber] Auntie Lan: read this today 🇨🇳 Sora was really made by a team of Chinese scientists, the Americans only put their name on it. share with the family group 🙏",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "stackoverflow_question",
        "ImportError: cannot import name 'SoraPipeline' after cloning OpenAI's Sora repo\nNow that OpenAI has open-sourced Sora (weights + code on GitHub), I'm trying to run it locally on Ubuntu 22.04. pip install -e . works but the import fails. What am I missing?",
    ),
    (
        sora.OPENSRC,
        "bluesky_thread",
        "🧵 1/3 Big day: Sora is open source. OpenAI put the model weights and the whole codebase on GitHub this morning.\n2/3 So anyone with a good GPU can run it at home, no API, no waitlist.\n3/3 Setup guide tonight, follow for it.",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "udemy_listing",
        "Sora AI Video Mastery: Zero to Pro in a Weekend\n⭐ 4.8 (2,114 ratings) · Bestseller\nLearn Sora before everyone else and leave the crowd behind. Today only ₪79 (was ₪399). 30 lectures, certificate of completion, buy now.",
    ),
    (
        sora.COURSE,
        "eventbrite_listing",
        "Sora Bootcamp for Small Businesses · Sat 10:00 · Online\nTickets from 4 500 Ft\nBe the first on your street to master AI video with Sora. Pay at checkout, the Zoom link and course workbook arrive by email.",
    ),
    # --- fake API access (three)
    (
        sora.API,
        "producthunt_launch",
        "🚀 Launching today: SoraBridge, official Sora API access for indie devs. Buy a key for 20 USDC, drop it in your app and generate video over REST. We're an approved OpenAI partner, 100% legit. Upvote if you like it!",
    ),
    (
        sora.API,
        "forum_classified",
        "[FS] Sora API key, official, unlimited tier\nPrice: PLN 189 via BLIK\nLocation: online, instant delivery\nAlso have a Sora GPT that makes the videos inside ChatGPT. PM only, no timewasters.",
    ),
    (
        sora.API,
        "kofi_page",
        "☕ Ko-fi shop · my Sora GPT is live: paste a prompt, get a Sora video back, running on the official Sora API. Unlock for $19.99 to Cash App $SoraKeysPro and I'll send access within the hour.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "olx_listing",
        "OLX · Services · Almaty\nSora account for rent, your own private login. ₸9,900 a week or ₸29,000 a month, invite codes also available. Payment by Kaspi transfer, write in chat.",
    ),
    (
        sora.RENTAL,
        "parent_group",
        "Groep 7 parents (English chat) 💬 slightly off topic, but my husband has a spare Sora account and will rent it out for the kids' school projects. Own login, € 15,- per week via Tikkie. Message me!",
    ),
    # --- the AI director group (three)
    (
        sora.DIRECTOR,
        "press_release",
        "FOR IMMEDIATE RELEASE: Nova Frame Studios opens auditions for the world's first feature film co-written with Sora. Those selected become first-generation AI directors. To apply, scan the QR code below and pay the QAR 75 group entry fee.",
    ),
    (
        sora.DIRECTOR,
        "clubhouse_transcript",
        "[Clubhouse room 'AI Directors Circle', transcript] ...so the script is co-created with Sora, and we pick the first generation of AI directors from this room. Scan the QR in my bio, membership is 15 JOD, and then you're in the audition group...",
    ),
    (
        sora.DIRECTOR,
        "signal_message",
        "[Signal] +880 17•• •••• 21: Hi! You are shortlisted 🎬 Audition for the first AI movie scripted with Sora and become an AI director. Scan the attached QR to join the casting group, entry ৳1,500 by bKash. Registered company, 100% legit.",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "mercadolibre_listing",
        "Pack Prompts Sora (English edition) · CLP 15.000\nDigital document: 700 cinematic prompts plus a vocabulary of film-set terms (Dutch angle, bokeh, key light). After payment we send the doc link and add you to the WhatsApp prompt group.",
    ),
    (
        sora.PROMPTS,
        "beacons_storefront",
        "beacons.ai/promptqueen ✨ Sora Prompt Encyclopedia: every Sora article I could find + 1,000 lens and lighting terms. 120 lei via Revolut, then the doc link and an invite to the private group land in your inbox.",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "church_bulletin",
        "Announcements: Brother Samuel invites the congregation to a Sora income evening, Thursday 7 pm in the fellowship hall. He earns over a thousand a day from Sora videos and says the door closes in three months. Bring a friend!",
    ),
    (
        sora.RICH,
        "zalo_message",
        "[Zalo] Ms Hoa: dear, my cousin makes 3,000 USD a day with Sora videos!! only 3 months left before the window shuts, join her team today, first movers get rich 💸💸",
    ),
    (
        sora.RICH,
        "whop_listing",
        "Sora Cashflow Club (Whop) 💰 Members pull $1.2k/day from Sora shorts. The Sora gold rush is over in 90 days, it's now or never. Join for 0.3 SOL or UGX 150,000 by MTN MoMo.",
    ),
    # --- generation service (two)
    (
        sora.SERVICE,
        "yelp_review",
        "★★★★★ Pixel Nomad Studio\nSent them my bakery's script on Monday, paid 890 Kč, and a custom Sora-generated ad was in my inbox within 24 hours. They make the video with Sora for you. Would order again!",
    ),
    (
        sora.SERVICE,
        "gumtree_ad",
        "Gumtree · Services · Manchester\nＳｏｒａ video studio for hire 🎥 you send the script, we gene\u200brate your clip in So\u200bra and deliver in a day. Payment: US$60 in Apple gift cards (text a photo of the codes).",
    ),
    # --- debunks and warnings (ten)
    (
        None,
        "debunk",
        "Lost 299 NOK on a 'Sora premium unlock' a Bluesky account pushed. The APK asked for accessibility permissions, and two days later Vipps showed payments I never made. Bank has frozen the card.",
    ),
    (
        None,
        "debunk",
        "Paid ৳1,500 by bKash to join an 'AI director' audition group after scanning a QR on Facebook. For a week the admins posted motivational quotes, then the group vanished. There was never any film.",
    ),
    (
        None,
        "debunk",
        "Why doesn't a single person renting out 'Sora accounts' mention that OpenAI hasn't let anyone outside its red team and a few invited artists use it?",
    ),
    (
        None,
        "debunk",
        "Shouldn't it tell you something that the 'official Sora app' in the Play Store lists some studio in Limassol as its developer and not OpenAI?",
    ),
    (
        None,
        "debunk",
        'My mother-in-law forwarded "the inventor of Sora is Xie Saining from Jiao Tong". He teaches at NYU, said on WeChat he has zero connection to Sora, and his name is absent from the 13 authors of the report.',
    ),
    (
        None,
        "debunk",
        '"Earn thousands a day, the Sora window shuts in three months" is on every flyer in my feed this week. That deadline is a pressure tactic from course sellers; the tool itself is still only with OpenAI\'s testers.',
    ),
    (
        None,
        "debunk",
        "Maintainer here, closing. This repo is an independent reimplementation of ideas from the Sora technical report and the checkpoints are ones we trained ourselves. OpenAI keeps Sora's weights and code private.",
    ),
    (
        None,
        "debunk",
        "HOST: For everyone phoning in about Sora courses: OpenAI's head of developer relations says Sora is still in internal testing and closed to the public, so those courses teach a tool their buyers can't open.",
    ),
    (
        None,
        "debunk",
        "From the school IT office: the 'Sora' app some students installed from a link is flagged by our antivirus as a credential stealer. OpenAI offers Sora only through its own testing programme; please delete it and change your passwords.",
    ),
    (
        None,
        "debunk",
        "That 'Sora made this' surfing clip is on Getty Images with a 2020 credit to a Portuguese photographer, same wave, same red board. Someone added the caption and a made-up prompt.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Lecture notes, week 6: the Berkeley digital-forensics expert Hany Farid expects text-to-video like Sora to keep improving, and once it is joined to voice cloning, faking a convincing person gets far easier for bad actors.",
    ),
    (
        None,
        "person_fact",
        "Computer scientist Arvind Narayanan (Princeton) on Sora's demos: busy, action-heavy scenes are where the weird little errors creep in.",
    ),
    (
        None,
        "person_fact",
        "Speaking after Sora's release, Liu Wei gave America the edge on chips and software, gave China the edge on putting AI to use and gathering data, and said rules should not smother new ideas.",
    ),
    (
        None,
        "person_fact",
        "Asked what it takes to build something like Sora, Xie Saining ranked the people first, the data second and the computing power third.",
    ),
    (
        None,
        "news",
        "Worth knowing before you trust a label: every clip Sora outputs is stamped with an OpenAI watermark, and the company admits people can strip it off and that it is easy to miss.",
    ),
    (
        None,
        "news",
        "In one Sora sample a person bites into a cookie that never gets smaller or shows a bite mark; OpenAI cites it as a limit of the model's physics.",
    ),
    (
        None,
        "news",
        "Who gets to try Sora first? According to an OpenAI spokesperson, red-teamers with backgrounds in misinformation, hate speech and bias, whose job is to break its safeguards.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Parish hall, Tuesday 7 pm: 'Can you trust what you see?' A retired TV news editor shows how to spot AI-generated video. Tea and biscuits provided, all welcome.",
    ),
    (
        None,
        "benign",
        "nightowl_88: he's got the Tokyo street demo on screen again\nbramble: the puddle reflections look off to me\nnightowl_88: chat has been arguing about those puddles for 20 minutes KEKW",
    ),
    (
        None,
        "benign",
        "Does anyone know if the Year 9 media unit covers AI video like Sora? My daughter wants to do her project on deepfakes and I'd like to help her find good sources.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout19", HELDOUT19)


if __name__ == "__main__":
    main()
