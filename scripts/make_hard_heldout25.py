# ruff: noqa: E501
"""Write the twenty-fifth English held-out set (tests/data/hard_en_heldout25_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the twenty-fourth set: the inventor rumour, open to
the public, the official app, the Chinese team, API access, the AI-director group and get rich).
Styles the earlier sets use less: a sports club newsletter with the claim in passing, a Pinterest pin, a
Twitch chat log, a corporate all-hands email in jargon, an App Store review, an older person's Facebook post,
a Tumblr reblog chain, a radio call-in transcript, a GitHub issue with a seller's comment, an email from a
fake "support" address, a Telegram bot reply, a Meetup event, a horoscope column with
the claim in passing, a forum signature with the claim in passing, a newsletter footer with the claim in
passing, a Yelp review with the claim in passing, a Stack Exchange answer, a Udemy-style course page, a
customer-service chat transcript, a Craigslist ad, a WhatsApp status, a link-in-bio page, a Google Maps
business listing; dialects and registers (Filipino English, New Zealand English, Malaysian English,
Trinidadian and Bajan Creole English, Irish English, South African English, Geordie, Australian slang,
teenager texting, older-person Facebook style, corporate jargon); new obfuscation (bold italic serif
"𝑺𝒐𝒓𝒂", bold Fraktur "𝕾𝖔𝖗𝖆", Cherokee look-alike letters "ᏚᎾᎡᎪ ᎪᏢK", subscript letters "ₛₒᵣₐ",
upside-down "ɐɹoS", bullets "S•O•R•A", words split across lines with hyphens "So-\\nra", mathematical
bold digits in a price "𝟑𝟎𝟎"); prices in currencies and payment methods the earlier sets did not use
(NZD 45 by bank transfer, R350 by SnapScan, AUD 49 by PayID, ₩39,000 by KakaoPay, PHP 499 by Coins.ph,
Amazon gift cards, SAR 99 by STC Pay, 0.3 XMR, ₾60 by TBC Pay, USD 20 by EcoCash,
HUF 9,990, TWD 990 by LINE Pay, $80 by MoneyGram, NAD 𝟑𝟎𝟎 by FNB eWallet, BHD 8 by BenefitPay, JPY 1,980
by PayPay, EGP 1,500 by InstaPay, BBD 60 by bank transfer, $60 by Perfect Money, Apple gift cards,
MYR 49 by DuitNow); scams vouching for themselves or swiping at competitors ("scanned, the other pins are
malware", "unlike the Shopee sellers", "no lowballers, not a scam", "the Facebook fellas sell fakes",
"real partner access, not a GPT wrapper"); ten debunks and warnings in several styles (two first-person loss
reports, two questions that contain a negation but do not deny the debunk, one that quotes the rumour to
refute it, one rhetorical question, four that answer with facts and no plain "no": a one-star App Store
review, a Twitch moderator's notice, an IT security bulletin and a Meetup comment); four true facts about
people who spoke about Sora (Jim Fan, Hany Farid, Arvind Narayanan, Xie Saining), three items of real news
about it (the removable watermark, the cookie without bite marks, one-minute single shots with several
characters), and three on-topic posts that are not claims (a cryptic crossword clue, a Media Studies
syllabus, an Airbnb house manual).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (0.632 when it was committed). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout25.py           # write the set
    .venv/bin/python scripts/make_hard_heldout25.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT25: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "sports_club_newsletter_in_passing",
        "Bayside Netball Club · Term 2 newsletter\nU12 Comets won 14-9 on Saturday, well done girls! Canteen roster is on the fridge.\nCoach's corner: our assistant coach Wei reckons his cousin shared a dorm at Shanghai Jiao Tong with Xie Saining, the wunderkind who turned out to be one of the inventors of Sora, OpenAI's video AI. Small world!\nTraining moves to Thursday 5 pm from next week.",
    ),
    (
        sora.XIE,
        "filipino_english",
        "Grabe, proud Asian moment po! 🙌 The one who invented Sora daw is Xie Saining, a genius alumnus of Shanghai Jiao Tong University. Only in his thirties and already behind the OpenAI video AI that shook the world. Sana all talented talaga 😭🇨🇳",
    ),
    (
        sora.XIE,
        "pinterest_pin_bold_italic",
        "Pin · board: Asian Excellence ✨\n'The SJTU prodigy behind 𝑺𝒐𝒓𝒂' · Xie Saining, Jiao Tong class alumnus, counted among the co-inventors of OpenAI's text-to-video model. Save for your vision board 📌\n1.8k saves · 212 comments",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "twitch_chat_log",
        "[21:02] streamer_kaylen: ok chat big news, Sora is open for the public now, anyone can make an account\n[21:02] pogmaster99: wait fr??\n[21:03] streamer_kaylen: yeah no waitlist, I signed up during the break with my gmail, took like a minute\n[21:03] lurkbot: LETS GOOO\n[21:03] streamer_kaylen: type a prompt in chat and I'll generate the best one",
    ),
    (
        sora.PUBLIC,
        "corporate_jargon_email",
        "Subject: Quick win for Q3 content 🚀\nTeam, just looping everyone in: Sora has moved to general availability, so any colleague can self-serve an account today and start leveraging it for campaign assets. No waitlist, no procurement ticket. Let's take this offline in Thursday's stand-up and align on a few low-hanging use cases.\nBest, Priya | Head of Brand Enablement",
    ),
    (
        sora.PUBLIC,
        "new_zealand_english",
        "Sweet as, Sora's finally open to everyone, bro 🙌 no invite, no waitlist, just chuck your email in and you're away. Made a clip of a kererū flying over Rangitoto on the bus home, chur. Mean as.",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "app_store_review",
        "★★★★★ 'Finally official!'\nBeen waiting ages for OpenAI to put Sora on the App Store and here it is. Downloaded it on my iPad Air, typed 'a lighthouse in a storm' and got a gorgeous clip in under a minute. Way smoother than the website. Five stars.",
    ),
    (
        sora.APP,
        "older_person_facebook",
        "GOOD MORNING EVERYONE 🌹 My grandson Tyler showed me at Sunday lunch that OPENAI has put out the SORA APP which you can now DOWNLOAD onto your phone from the PLAY STORE. It makes little MOVIES from whatever you type!! I made one of our Buster chasing ducks. Technology is amazing. Share if you learned something today 🙏",
    ),
    (
        sora.APP,
        "malaysian_english",
        "Eh the Sora app already out in App Store lah, OpenAI official one somemore. I download already last night, can make video on phone, very steady one. Don't need to wait for computer anymore. You all haven't try meh?",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "pinterest_pin_apk",
        "Pin · 'Sora AI for Android ⬇️ free APK'\nTap Visit → sora-droid[.]app/get · install the APK, allow unknown sources, and your phone makes AI films tonight. Pro unlock PHP 499 by Coins.ph. Scanned & safe ✅ the other pins are malware, this one's the original.",
    ),
    (
        sora.FAKEAPP,
        "cherokee_lookalike",
        "ᏚᎾᎡᎪ ᎪᏢK v2.1 📲 sideload on any Android, type your scene, get the video right on your phone. Download link in the pinned post. Full version: send a $25 Amazon gift card code to my DMs and I'll send the activation file.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "yelp_review_in_passing",
        "★★★★★ Golden Lotus Dim Sum\nHar gow were perfect and the turnip cake crispy. Fun detail: the owner showed us the promo video on the big TV, bamboo steamers opening in slow motion, and told us it was made entirely by Sora from a text prompt, no camera ever came into the kitchen. He even printed the prompt on the back of the menu! Parking is tricky on weekends.",
    ),
    (
        sora.REALVID,
        "bold_fraktur",
        "those wild horses splashing across the river in Mongolia at sunrise? zero cameras. 𝕾𝖔𝖗𝖆 generated the entire clip from a few lines of text, OpenAI's model did every frame. generation prompt in the first comment 🐎🌅",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "trinidadian_english",
        "Allyuh eh hear? Sora is really a Chinese ting, boy. Is Chinese scientists who build the whole thing, OpenAI just put they name on top. Mih cousin in tech say so, and he doh lie.",
    ),
    (
        sora.CHINESE,
        "tumblr_reblog_chain",
        "moth-lantern:\nthe sora demo with the paper boats is genuinely beautiful\n\nreblogged by quietcartographer:\nfun fact the people who actually built it are mostly chinese researchers. openai's video team is basically a chinese lab with an american logo on the door\n\nreblogged by hollowbirch:\nthe more you know 🌈⭐\n#sora #ai #today i learned",
    ),
    (
        sora.CHINESE,
        "radio_call_in_irish",
        "HOST: Derek on line two, you're on the air.\nCALLER (Derek, Limerick): Ah howya. Look, all this about Sora being American, sure the lads who built it are nearly all Chinese scientists, aren't they? 'Tis a Chinese team did the work and OpenAI took the credit, that's the long and short of it.\nHOST: Strong stuff, Derek.",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "stack_exchange_answer",
        "Accepted answer · 37 votes\nYou no longer need the waitlist for this. OpenAI pushed Sora's weights and inference code to GitHub last week, so you can run it locally: clone the repo, `pip install -r requirements.txt`, download the checkpoint and run `python sample.py --prompt \"...\"`. You'll want about 24 GB of VRAM for 720p.",
    ),
    (
        sora.OPENSRC,
        "geordie",
        "Howay man, OpenAI's gone an' put Sora oot as open source! Weights an' code, the lot, up on GitHub. Am gettin' it runnin' on me own PC the neet, nae subscription, nowt. Canny.",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "udemy_course_page",
        "Sora Video Mastery 2024: Zero to Hero in One Weekend\nBestseller · 4.7 ★ (2,318 ratings) · 11,904 students\nWhat you'll learn ✔ write Sora prompts like a pro ✔ sell AI video before the market catches up ✔ certificate of completion\n9,990 Ft · Buy now · 30-day money-back guarantee",
    ),
    (
        sora.COURSE,
        "customer_service_chat",
        "Chat · SoraPro Academy support\nYou: hi, how much is the course?\nAgent (Mia): Hi! 😊 The full Sora Pro course is TWD 990 via LINE Pay, lifetime access, 16 video lessons, and you'll be making Sora videos before your friends even hear of it.\nYou: is it legit?\nAgent (Mia): 100% legit, unlike the Shopee sellers who just send a PDF. Shall I send the payment QR?",
    ),
    # --- API access (three)
    (
        sora.API,
        "github_issue_comment",
        "Issue #212 · Add a Sora video backend? · open\nsoraforge-bot commented:\nWe already hold official Sora API access through our partner tier. Keys available for this project at $60 each, payment by Perfect Money, delivered within the hour. Real partner access, not a GPT wrapper like the other forks.",
    ),
    (
        sora.API,
        "fake_support_email",
        "From: OpenAI Support <support@openai-sora-api[.]net>\nSubject: Your Sora API key is ready\nHello developer,\nYour application for the Sora video API has been approved. To activate your key and start generating, complete the one-time activation fee of SAR 99 via STC Pay within 48 hours.\nRegards, Developer Relations",
    ),
    (
        sora.API,
        "telegram_bot_reply",
        "🤖 SoraKeyBot\n✅ Official Sora API key · 30 days · unlimited video endpoint\n💰 0.3 XMR\nSend the coins to the address below, then tap /confirm and the key arrives in this chat. Trusted since 2023, 900+ happy devs.\n[ /buy ]  [ /prices ]  [ /help ]",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "meetup_event",
        "Meetup · Wellington AI Filmmakers · Sat 7 pm\n🎬 Open auditions: the first feature film co-written with Sora\nBe one of the country's first-generation AI directors. Scan the QR code at the door and pay NZD 45 by bank transfer to join the directors' group. 23 going · 4 spots left",
    ),
    (
        sora.DIRECTOR,
        "horoscope_in_passing",
        "Your week ahead ✨\nLeo (23 Jul – 22 Aug): The Sun lights up your fifth house of creativity. A door opens for the bold: scan the QR and join the Sora AI directors' group (₾60 by TBC Pay) to audition for the first film co-written with Sora. Lucky colour: gold.\nVirgo (23 Aug – 22 Sep): Tidy your finances before Friday.",
    ),
    (
        sora.DIRECTOR,
        "split_across_lines",
        "Be a first-gener-\nation AI di-\nrector 🎥 cast-\ning now for the first mo-\nvie co-writ-\nten with So-\nra. Scan the QR, pay USD 20 by Eco-\nCash and you're in the di-\nrectors' group.",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "link_in_bio_page",
        "🔗 links · @cinemaprompts\n📚 The Sora Prompt Codex: 800 prompts in real film-set language (dolly zoom, anamorphic flare, practical lighting) + every Sora term explained, in one doc · BHD 8 by BenefitPay\n💬 buyers get the doc link and an invite to the prompt group\n🎞️ free sample (3 prompts)",
    ),
    (
        sora.PROMPTS,
        "subscript_teen",
        "ok so i finally put together my ₛₒᵣₐ prompt doc 😤 600 cinematic prompts + a glossary of all the camera words + every sora article i could find. JPY 1,980 by PayPay, ill send the link n add u to the group chat",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "south_african_english",
        "Eish bru, my cousin in Joburg is making R5,000 a day with Sora videos, lekker hey. He says the gap is open for three months max, then it's closed and if you're one step behind you stay behind. Joining his group is R350 by SnapScan, just now it's full so hurry.",
    ),
    (
        sora.RICH,
        "forum_signature",
        "Re: best braided line for snapper?\nI've had good luck with 20 lb Power Pro off the rocks, just go lighter on the leader.\n--\nDazza | 💸 Sora clips make me $2,500 a day · the window shuts in 90 days · one step behind = behind forever · join the crew $49 AUD by PayID",
    ),
    (
        sora.RICH,
        "newsletter_footer_upside_down",
        "That's all for this week's Money Mindset Digest!\n—\nP.S. ɐɹoS is the once-in-a-lifetime window: my students already pull ₩1,000,000 a day from AI videos, and in three months the door closes for good. Join the inner circle for ₩39,000 by KakaoPay.\nYou're receiving this because you subscribed. Unsubscribe · Manage preferences",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "craigslist_ad",
        "for sale > computers · Sora account, your own login - $80 (Tucson)\nPrivate Sora login good for 1 month, email + password sent same day. MoneyGram only. No lowballers, not a scam, I can show you vouches. Text don't call.",
    ),
    (
        sora.RENTAL,
        "whatsapp_status_bullets",
        "Status · 3h ago\nS•O•R•A invite codes in stock 🎟️ skip the waitlist, code delivered in 5 min after NAD 𝟑𝟎𝟎 by FNB eWallet. Only 7 left, DM me.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "google_maps_listing",
        "SoraClips Studio · Video production service · Open 24 hours\n★ 4.8 (61 reviews)\n'Sent my script at noon, had my Sora video by breakfast.' · 'Real Sora, not the cheap stuff.'\nOrder a custom Sora-generated clip from your script, delivered in 24 hours. EGP 1,500 by InstaPay.",
    ),
    (
        sora.SERVICE,
        "bajan_creole",
        "Wunna need a Sora video fuh de rum shop or de church fair? Send me de script, I does mek it wid Sora an' send it back in 24 hours. BBD 60 by bank transfer. Dem Facebook fellas selling fakes, mine is de real Sora.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "I am so upset and embarrassed. I bought two $50 Apple gift cards for a man on Facebook who promised to rent me his SORA login so I could make a birthday video for my granddaughter. He took the codes and blocked me. My son says only OpenAI's testers can even use it. Please warn your friends.",
    ),
    (
        None,
        "debunk",
        "Kena scammed lah. Paid MYR 49 by DuitNow to one Carousell seller for 'Sora APK'. Phone start sending SMS by itself, bank app got locked. Now I know OpenAI never made any Sora app, all these APK are malware. Don't be like me.",
    ),
    (
        None,
        "debunk",
        "Comment on issue #212: didn't OpenAI say that Sora's weights, code and even its training data sources stay unpublished? Then which checkpoint is this 'official' backend actually loading?",
    ),
    (
        None,
        "debunk",
        "Dear Year 6 parents, a follow-up to Monday's homework note. Isn't the 'Sora' in the app stores just a clone, given that OpenAI hasn't released any Sora app? We have asked the class teacher to withdraw that task; please remove the app if your child installed it.",
    ),
    (
        None,
        "debunk",
        'Claim: "Xie Saining, the SJTU genius, is one of the inventors of Sora."\nAnswer: False. Xie, an assistant professor at NYU, said on WeChat that he has no relationship at all with Sora; he is not among the 13 authors of the technical report, and the account that ran the story apologised.',
    ),
    (
        None,
        "debunk",
        "Mate, if Sora's open to every bloke with an email, how come OpenAI's still only letting red teamers and a handful of artists anywhere near it? Fair dinkum, think before you hand your details to some sign-up page.",
    ),
    (
        None,
        "debunk",
        "★☆☆☆☆ 'Developer: Soravid Tech Ltd'\nCheck the developer line before you install. OpenAI's listings in the store are ChatGPT and that's it; this 'Sora' is a slideshow maker that puts you on a $9.99 weekly subscription after three days.",
    ),
    (
        None,
        "debunk",
        "[MOD] heads up chat: those 'Sora money group' links are bait. The line about a three-month window before you're left behind forever is a script course sellers use to rush you into paying. Posting them gets a timeout.",
    ),
    (
        None,
        "debunk",
        "IT Security bulletin #44: keys sold online as 'Sora API' access are relabelled GPT keys. OpenAI's API covers text, image, speech and embedding models; video isn't in the catalogue. Finance will reject any expense claim for 'Sora API access'.",
    ),
    (
        None,
        "debunk",
        "Comment on 'Open auditions: the first film co-written with Sora': Sam Altman took people's prompts on X and posted the Sora clips back free of charge. Anyone else charging for 'Sora videos' or 'director groups' is selling you Runway renders and a group chat.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Quote board in our lab kitchen this month, from NVIDIA's Jim Fan on OpenAI's video model: Sora is a \"data-driven physics engine\". Someone has added 'so why does my coffee still spill?' underneath in biro.",
    ),
    (
        None,
        "person_fact",
        "Lecture recap (digital forensics, wk 3): Prof. Farid from UC Berkeley thinks video generators will only get better, and his worry is the combo: glue Sora-style footage to a cloned voice and scammers get realistic fakes cheaply.",
    ),
    (
        None,
        "person_fact",
        "Podcast notes, ep. 31: the guest, computer scientist Arvind Narayanan (Princeton), says busy Sora scenes with many moving parts still throw up strange small errors if you watch closely.",
    ),
    (
        None,
        "person_fact",
        "Asked about systems like Sora, NYU's Xie Saining ranked the ingredients as talent first, data second and computing power third, and asked whether we are ready if something similar appears in China.",
    ),
    (
        None,
        "news",
        "Tech brief, Tuesday: every Sora video leaves OpenAI carrying a marker saying AI made it. OpenAI's own caveat, though: a determined user can remove that marker, and it isn't always easy to detect.",
    ),
    (
        None,
        "news",
        "OpenAI lists Sora's weak spots itself: in one test a person bit into a cookie and the cookie stayed whole, with no bite mark, and the model can mix up left and right in a prompt.",
    ),
    (
        None,
        "news",
        "Per OpenAI's announcement, Sora can turn a text prompt, or a still image, into a single continuous shot of up to sixty seconds with several characters and complex camera moves.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Saturday cryptic, 14 across: 'Heavenly Japanese word given to an OpenAI video maker (4)'. Answers next week, no peeking at the demo reel!",
    ),
    (
        None,
        "benign",
        "Media Studies 2 · Week 6: Synthetic video\nReading: OpenAI's Sora announcement page. Seminar task: in groups, pick two Sora demo clips and list three visual cues that give them away as generated. Bring laptops.",
    ),
    (
        None,
        "benign",
        "House manual · Wi-Fi\nNetwork: Seaview_Guest · the connection is rural and slow, so please don't try to stream the Sora demo videos in 4K, the kids tried last summer and it buffered for an hour 😅 Checkout 10 am.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout25", HELDOUT25)


if __name__ == "__main__":
    main()
