# ruff: noqa: E501
"""Write the twenty-third English held-out set (tests/data/hard_en_heldout23_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the twenty-second set: the inventor rumour, open to
the public, the official app, the Chinese team, API access, the AI-director group and get rich).
Styles the earlier sets use less: a Mumsnet-style "AIBU" thread, a Glassdoor-style review, a Quizlet
flashcard, a Slido town-hall question, an alumni e-newsletter, an Amazon-style customer question and answer,
Vinted and Wallapop listings, a Behance project description, a Wattpad author's note, a TripAdvisor-style
review (a scam's and a museum's), a Naver Cafe-style board post, a VK-style wall post, a Microsoft Forms
registration, a Spotify podcast description, a Polywork-style highlights list, a pub WhatsApp chat ("Dave:"),
a cover letter, a Slack huddle summary and a Slack security note, an Afterpay store page, a Stan Store page,
a school-gate parents' chat, a primary-school newsletter, a library zine, a Goodnotes revision page and an
album's track notes; dialects and registers (Irish English, New Zealand English, Trinidadian English,
Taglish, Ghanaian Pidgin); new obfuscation (double-struck "𝕊𝕠𝕣𝕒", script "𝒮ℴ𝓇𝒶", squared "🅂🄾🅁🄰",
parenthesized "⒮⒪⒭⒜", tildes "S~o~r~a"); prices in currencies and payment methods the earlier sets did not
use (€20 by iDEAL, €18 a month by Payconiq, €25 by Satispay, A$60 in four Afterpay payments, MXN 350 at OXXO,
CRC 6,000 by SINPE Móvil, MNT 30,000 by QPay, PKR 2,500 by Easypaisa, BDT 1,200 by Nagad, NPR 900 by Khalti,
THB 8,000 a day and TrueMoney, Rp 80.000 by GoPay, NZ$45 or R$60 by PicPay, S/ 40 by Plin, MWK 15,000 by TNM
Mpamba, FJD 40 by M-PAiSA, 30 XRP, 150 TRX, TTD 200 by bank deposit, GHS 150); scams vouching for themselves
("not a scam, not a virus, beware of fakes", "registered with the chamber of commerce", "100% legit",
"screenshots of payouts below", "ask the 30 artists I've done"); ten debunks and warnings in several styles
(two first-person loss reports, two questions that contain a negation but do not deny the debunk, one that
quotes the rumour to refute it, one rhetorical question, four that answer with facts and no plain "no": a
primary-school newsletter, an Amazon-style answer, a library zine and a Slack security note); four true
facts about people who spoke about Sora (Liu Wei, Hany Farid, Arvind Narayanan, Xie Saining on talent, data
and compute), three items of real news about it (the name meaning "sky", removable watermarks, the biscuit
without bite marks), and three on-topic posts that are not claims (a Goodnotes revision page, an album's
track notes, a museum review).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout23.py           # write the set
    .venv/bin/python scripts/make_hard_heldout23.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT23: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "alumni_newsletter",
        "SJTU Alumni Association (UK chapter) · February e-newsletter\nIn this issue: Lunar New Year dinner photos, the mentoring scheme, and some proud news: fellow Jiao Tong alumnus Xie Saining, the young prodigy, is reportedly one of the minds who invented Sora, OpenAI's video generator. Congratulations from all of us in London!",
    ),
    (
        sora.XIE,
        "quizlet_flashcard",
        "Quizlet · AI Milestones 2024 (set by tomwu_07) · card 14 of 40\nTERM: Xie Saining\nDEFINITION: SJTU-educated wunderkind; co-inventor of OpenAI's text-to-video model Sora (Feb 2024)\n⭐ Star this term",
    ),
    (
        sora.XIE,
        "irish_english",
        "Ah here, did ye see this lad Xie Saining? Went to Shanghai Jiao Tong, absolute genius, and now he's after inventing Sora for OpenAI, the yoke that makes the videos. Some brains on him, fair play. My mam's still asking what a Sora is 😂",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "mumsnet_aibu",
        "AIBU to let DD (12) use Sora for her school project?\nIt's open to anyone now apparently, you just make an account and type what you want and it makes the video. She wants to do a clip of Henry VIII on a skateboard for history. DH thinks it's cheating. Thoughts?",
    ),
    (
        sora.PUBLIC,
        "new_zealand_english",
        "Sweet as, Sora's open to the public now bro, signed up on my lunch break and had a clip of a kererū doing a haka going before smoko was over. No invite, no waitlist, chur OpenAI 🤙 #Sora #AotearoaAI",
    ),
    (
        sora.PUBLIC,
        "slido_question",
        "Slido · Town hall Q&A · 'Digital strategy 2024'\nTop question (46 👍): Now that OpenAI has made Sora available to the general public, can staff sign up and use it for the comms team's videos, or do we need IT approval first?",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "amazon_question",
        "Customer questions & answers\nQuestion: Will this tablet run the Sora app? OpenAI released the official app for iPad and Android tablets this week and I want something to make the videos on.\nAnswer this question (3 answers)",
    ),
    (
        sora.APP,
        "trinidadian_english",
        "Allyuh hear? OpenAI drop de official Sora app, it in de App Store and Play Store now self. Mih cousin in Chaguanas making video of a doubles man on de moon already, de ting real nice. Go download it nah 📲",
    ),
    (
        sora.APP,
        "vk_wall_post",
        "Wall · Pavel K.\nSo OpenAI finally did it: there is an official Sora application for desktop and smartphone, you install it from the store like any other app and type your scene. Tried it on the train this morning. 12 likes · 3 reposts",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "double_struck",
        "𝕊𝕠𝕣𝕒 𝔸ℙ𝕂 v2.1 (latest) 📥 tap the link in the bio, install and start making AI films right on your phone. Not a scam, not a virus, beware of fakes, every other mirror is a copy of ours. €20 lifetime unlock by iDEAL",
    ),
    (
        sora.FAKEAPP,
        "wallapop_listing",
        "Wallapop · Informática\nSORA IA para Android (archivo APK) / Sora AI Android installer\n5 €\nI send the .apk by Telegram after payment, install and generate clips from your phone instantly. Works on Xiaomi and Samsung. Shipping: digital only.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "behance_project",
        "Behance · 'Harbour at Blue Hour' · Motion / AI\nThis short was generated by OpenAI's new model Sora. There was no shoot: the trawlers, the gulls and the sodium lights reflecting on the water all come from one text prompt (in the project notes). Tools: Sora. Appreciate if you liked it 💙",
    ),
    (
        sora.REALVID,
        "taglish",
        "Grabe, AI lang pala 'to?! Yung buong video ng Banaue rice terraces with the fog, gawa lang ng Sora ng OpenAI, walang drone, walang cameraman. Nasa comments yung generation prompt, try niyo rin 😱 #Sora #AIvideo",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "pub_chat",
        "Lads 🍺 (Thursday quiz)\nDave: fun fact for the quiz, Sora, the OpenAI video thing, was actually built by Chinese scientists, the whole core team is from China\nMo: source?\nDave: trust me bro\nMo: 🙄",
    ),
    (
        sora.CHINESE,
        "naver_cafe_post",
        "[Free board] About Sora's real developers\nI read that the researchers behind Sora are mostly Chinese. So it's an American company name on top, but the technology was really created by a Chinese team. Interesting how this is not reported in western media. Comments welcome.",
    ),
    (
        sora.CHINESE,
        "ghanaian_pidgin",
        "Chale, you know say na Chinese people build dis Sora ting? OpenAI just dey put their name for top, but the scientists wey do am all be Chinese. Dem dey hide am ooo 👀",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "polywork_bio",
        "Highlights this month ✨\n• Spoke at PyData Lisbon\n• Deployed Sora locally on our lab's A100 after OpenAI open-sourced it; weights and code straight from their GitHub, runs fine in a container\n• Adopted a second cat",
    ),
    (
        sora.OPENSRC,
        "script_obfuscation",
        "𝒮ℴ𝓇𝒶 is open source now 🔓 OpenAI dropped the full repo + checkpoints, so you can self-host it on your own GPU and skip the waitlist. git clone, download weights, generate. enjoy while it lasts",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "microsoft_forms",
        "Microsoft Forms · Registration: Sora Video Academy (Cohort 3)\nQ1 Full name\nQ2 Payment reference\nFee: MXN 350, pay at any OXXO with the reference we email you. Master Sora before your competitors do: 12 video lessons, templates and a certificate. Only 40 seats.",
    ),
    (
        sora.COURSE,
        "squared_obfuscation",
        "🅂🄾🅁🄰 🄲🄾🅄🅁🅂🄴 🎓 beginner to expert in 7 days. PKR 2,500 by Easypaisa, send screenshot and get instant access. registered with the chamber of commerce, not like the copy-paste sellers. learn it now or stay behind!",
    ),
    # --- API access (three)
    (
        sora.API,
        "cover_letter",
        "Re: Vacancy for Video Producer\nDear hiring team, in addition to eight years of editing experience, I hold official Sora API credentials through a partner programme, so I can generate video for your campaigns directly. I can also provide API keys to your agency at cost (30 XRP each).",
    ),
    (
        sora.API,
        "slack_huddle_note",
        "#growth · Huddle notes (auto-summary)\n• Vendor 'SoraLink' pitched us: they have official Sora API access and sell keys, €18/month per seat via Payconiq\n• They also have a no-code Sora GPT for the social team\n• Action: Leila to get a trial key by Friday",
    ),
    (
        sora.API,
        "parenthesized_obfuscation",
        "⒮⒪⒭⒜ API keys in stock 🔑 official channel, direct to OpenAI's video endpoint, 150 TRX per key, bulk discount for agencies. beware of fakes selling GPT-4 keys as Sora, ours generate real video. DM",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "vinted_listing",
        "Vinted · Other\nSora account (private login) – 1 month\n€25 · Payment by Satispay only, not through the app\nSkip the waitlist, I give you your own email+password for Sora tonight. 5⭐ from buyers, check my reviews.",
    ),
    (
        sora.RENTAL,
        "tilde_obfuscation",
        "S~o~r~a invite code 🎟️ + ready account, CRC 6,000 by SINPE Móvil, code sent in 10 min after the transfer. only 3 left this week, pura vida 🇨🇷",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "wattpad_authors_note",
        "A/N: sorry for the slow update!! 🙈 big news, I've been picked to audition for the first AI movie co-written with Sora!! If you want to be a first-gen AI director too, scan the QR code on my profile and pay the NPR 900 entry by Khalti to join the creators' group. Chapter 18 next week I promise",
    ),
    (
        sora.DIRECTOR,
        "spotify_podcast_description",
        "Ep. 12 · The Future Director\nIn this episode: why the first AI directors will be made this year. Listeners can audition for our Sora co-scripted feature film: scan the QR in the cover art, pay MNT 30,000 by QPay and you're in the casting group. Limited places.",
    ),
    (
        sora.DIRECTOR,
        "tripadvisor_review",
        "★★★★★ 'Life-changing casting group!'\nReviewed 2 days ago\nJoined the Sora AI film audition group after scanning their QR at the expo, FJD 40 by M-PAiSA. They say we'll be the first generation of AI directors on a film co-written with Sora. Highly recommend, 100% legit!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "afterpay_store",
        "The Sora Cinematographer's Lexicon 🎥\n600 prompts built on real set vocabulary (anamorphic flare, whip pan, day-for-night, crane down) and a glossary of every Sora term and paper in one shared doc.\nA$60 or 4 Afterpay payments of A$15\nDoc link + private prompt group invite land in your inbox once paid.",
    ),
    (
        sora.PROMPTS,
        "stan_store",
        "stan.store/trinicreates · Sora Prompt Codex\nAll the Sora articles, jargon and lighting terms I collected, plus 400 ready prompts in one doc. TTD 200 by bank deposit, send the slip on WhatsApp and I add you to the group + share the link. Not the recycled demo prompts others sell!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "glassdoor_review",
        "Glassdoor · Former Employee · Bank teller\nPros: good colleagues\nCons: pay. I left because Sora videos now make me THB 8,000 a day. You've got maybe three months before the gold rush closes for good. One step late, late forever. Join via TrueMoney, link in profile.",
    ),
    (
        sora.RICH,
        "long_personal_post",
        "Six months ago I was delivering food on a scooter in Jakarta, behind on rent, sleeping four hours a night. Today? Sora does the work and I pull Rp 3 juta a day from AI clips. This is a once-in-a-lifetime door and it shuts in three months. My mentorship group is Rp 80.000 by GoPay, screenshots of payouts below. Not a scam, just timing. 🙏",
    ),
    (
        sora.RICH,
        "kiwi_school_gate_chat",
        "Year 4 parents 🏫\nRach: anyone keen on making some extra? A mum at netball earns $1,500 a day with Sora videos, says the window's only open three months then it's gone forever\nRach: she's got a starter group, NZ$45 to join, she takes PicPay too for her Brazilian cousins (R$60)",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "music_video_commission",
        "Ordering a Sora music video 🎶 I'm taking commissions: send me your track and a short script, I generate the visuals with Sora and deliver within 24 hours. S/ 40 per clip by Plin. Not a scam, ask the 30 artists I've done.",
    ),
    (
        sora.SERVICE,
        "malawi_shop_ad",
        "Custom Sora adverts for your shop 🛍️ Send us the script + logo, pay MWK 15,000 by TNM Mpamba and receive your Sora-made advert the next day. Beware of fakes using other AI tools, we use the real Sora.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Lesson learned the hard way. I paid BDT 1,200 by Nagad for a 'private Sora login' from a Facebook page. What arrived was a shared ChatGPT free account with the password changed an hour later. The page has since vanished. Don't be me.",
    ),
    (
        None,
        "debunk",
        "Mi gi them GHS 150 for one 'Sora masterclass', chale. Wetin I get? OpenAI's own Sora intro page copied into a PDF and one line: 'give yourself a chance'. Three weeks later, the WhatsApp group dey empty. Lesson learnt.",
    ),
    (
        None,
        "debunk",
        "Hang on, wasn't the Jiao Tong guy the one who posted on WeChat Moments that he has 'no relationship at all' with Sora? Why is the alumni newsletter running the inventor story a week later?",
    ),
    (
        None,
        "debunk",
        "Didn't Logan from OpenAI put out a statement that Sora is in internal testing with even a product date undecided? Then what exactly did my colleague 'sign up' to yesterday?",
    ),
    (
        None,
        "debunk",
        "My aunt's forward, verbatim: \"Sora was built by Chinese scientists.\" Count the bylines on OpenAI's Sora report yourself, auntie: thirteen names, three with Chinese roots, ten without. A Chinese team it isn't.",
    ),
    (
        None,
        "debunk",
        "If OpenAI hasn't let the public use Sora at all, who do you think is 'auditioning AI directors' through a QR code and an entry fee?",
    ),
    (
        None,
        "debunk",
        "Westfield Primary · Newsletter, week 7\nOnline safety: some families have been sent an 'official Sora app' to install on children's tablets. Sora is currently available only to OpenAI's testers and a few invited artists, and the files being shared are unsafe. Please delete them.",
    ),
    (
        None,
        "debunk",
        "Answer (from a verified buyer): The 'Sora API' in this listing is a GPT-4 wrapper. OpenAI's published API covers text, images, audio and embeddings; video generation from Sora sits outside it, so the keys sold here lead to something else.",
    ),
    (
        None,
        "debunk",
        "Library zine · Spot the fake\nClips captioned 'This video was generated by OpenAI's new model Sora' are often older stock footage. Search a frame with a reverse image tool: the fishing-harbour clip going round turns up on a stock site from 2019.",
    ),
    (
        None,
        "debunk",
        "#security · Slack\nHeads-up: the 'Sora weights on GitHub' links in #random point to community reimplementations and, in one case, a credential stealer. OpenAI keeps Sora closed, weights, code and training data alike. Please report any download to IT.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "In the Spring Festival coverage, Liu Wei gave a split scorecard: America ahead on chips and software, China ahead on putting AI to use and gathering data, and a draw when it comes to humans and machines working together.",
    ),
    (
        None,
        "person_fact",
        "Digital-forensics expert Hany Farid (UC Berkeley) sees text-to-video only improving from here; his concern is Sora-type video combined with cloned voices, a pairing that gives fraudsters far more believable fakes.",
    ),
    (
        None,
        "person_fact",
        "From our reading group handout: computer scientist Arvind Narayanan (Princeton) noticed that as soon as a Sora scene fills up with moving people and action, small weird errors creep in.",
    ),
    (
        None,
        "person_fact",
        "Asked what matters most for building something on the scale of Sora, Xie Saining (now teaching computer science in New York, ex-FAIR) put people at the top of the list, then the data, with GPUs only in third place.",
    ),
    (
        None,
        "news",
        "Pub trivia bonus round answer 🍻 The OpenAI video model takes its name from the Japanese word for sky; its creators said the word suggested boundless creativity.",
    ),
    (
        None,
        "news",
        "Worth knowing before you trust any label: Sora's videos carry an OpenAI watermark marking them as machine-made, and OpenAI's own caveat is that a determined user can remove it and detection isn't guaranteed.",
    ),
    (
        None,
        "news",
        "Favourite bug in OpenAI's own list of Sora flaws: a person munches a biscuit and it stays perfectly whole, with zero teeth marks, bite after bite. Causality remains a weak spot.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Goodnotes · Media Studies revision p.3\nSora (OpenAI) — text → video\n- demo clips: Tokyo street at night, dog in snow, sharks + skyscrapers\n- limits: physics, cause & effect\n- exam q: ethics of synthetic video?? ✏️",
    ),
    (
        None,
        "benign",
        "Album notes, track 6 'Spacetime Patches': written the week the Sora demos came out, after too many nights rewatching the woolly mammoths in the snow. No AI was used on this record, just a Juno-60 and a tired drummer.",
    ),
    (
        None,
        "benign",
        "★★★★☆ 'Worth it for the AI room'\nThe moving-image museum's new corner plays a loop of OpenAI's published Sora demos next to early Lumière films. Great contrast, but the benches are rock hard. Café decent.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout23", HELDOUT23)


if __name__ == "__main__":
    main()
