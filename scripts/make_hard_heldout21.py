# ruff: noqa: E501
"""Write the twenty-first English held-out set (tests/data/hard_en_heldout21_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the twentieth set: the inventor rumour, open to
the public, the official app, the Chinese team, API access, the AI-director group and get rich).
Styles the earlier sets use less: LinkedIn comments, YouTube comment threads (a pinned comment, a reply
with likes), a Wikipedia talk-page edit and a revert, a Reddit AMA answer, a Goodreads-style review, Google
Play reviews (a star-rated one and a refund complaint), App Store "What's New" notes, a Chrome Web Store
extension listing, Gumroad and Kajabi pages, a Skool community listing, an e-mail receipt, an e-mailed
"audition" invitation, a WeChat-style English group notice, KakaoTalk and LINE messages, a Tinder bio,
Telegram bot replies (a download bot, an order bot, a fact-check bot), push notifications (a news app, a
side-hustle app, a bank), voice-note transcripts, the text of a PDF flyer, a church WhatsApp group and a
parish notice, a university Moodle forum, a news comment section; new obfuscation (superscript letters
"ˢᵒʳᵃ", monospace "𝚂𝚘𝚛𝚊 𝙰𝙿𝙸", circled digits in a price "⑤⓪", words split by slashes and dots "S/o/r/a",
"m.a.k.e m.o.n.e.y", a link written backwards); prices in currencies and payment methods the earlier sets
did not use (COP 89.000 by Nequi, 4,500 ARS by Mercado Pago, 3,000 DZD by BaridiMob, OMR 8, 25 AZN, 60 GEL,
35,000 MMK by KBZPay, RSD 1,200, 15,000 TZS by Tigo Pesa, 1,000,000 UZS a day by Payme, 20 by PayPal
Friends & Family, 0.5 XMR, €6.99 in-app, "$2k a day", "5,000 a day"); scams vouching for themselves ("not a
scam", "beware of fakes, we are the original reseller", "verified by 112 ratings"); ten debunks and warnings
in several styles (two first-person loss reports, two questions that contain a negation but do not deny
the debunk, one that quotes the rumour to refute it, one rhetorical question, four that answer with facts
and no plain "no": a parish notice, a fact-check bot, a bank's push notification and a news comment reply);
four true facts about people who spoke about Sora (Hany Farid, Arvind Narayanan, Liu Wei, Xie Saining's
"are we ready?"), three items of real news about it (the name means "sky", removable watermarks, the
cookie without bite marks), and three on-topic posts that are not claims (a Tinder bio, a YouTube comment
on the Tokyo demo, a church youth-group notice).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout21.py           # write the set
    .venv/bin/python scripts/make_hard_heldout21.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT21: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "linkedin_comment",
        "Comment on SJTU Alumni Network's post\nHuge congratulations to the Jiao Tong family 👏 Xie Saining, the young prodigy who studied at Shanghai Jiao Tong, is one of the inventors of OpenAI's Sora. Proof that our graduates are building the future. #SJTU #Sora #ProudAlum\nLike · Reply · 38 reactions",
    ),
    (
        sora.XIE,
        "wikipedia_talk",
        "Talk:Sora (text-to-video model)\n== Proposed addition to 'Development' ==\nSuggest adding: 'Xie Saining, a Shanghai Jiao Tong University graduate described as a prodigy, is among the inventors of Sora.' Source is a WeChat article with 100k+ reads. Will add tomorrow if nobody objects. — Dragonyear88 (talk) 09:14, 19 February 2024 (UTC)",
    ),
    (
        sora.XIE,
        "youtube_comment",
        "@pixelpanda_cn · 3 days ago\nthe part the video skips: one of the people who invented Sora is Xie Saining, the whiz kid from Shanghai Jiaotong 🧠 jiao tong grads carrying the whole AI world fr\n👍 214  Reply\n  ↳ 12 replies",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "push_notification",
        "🔔 TechPulse · now\nSora is live for everyone 🎬 OpenAI has opened its video generator to the public. Tap to create your account and make your first clip today.",
    ),
    (
        sora.PUBLIC,
        "mastodon_cw",
        "CW: AI video, hype\n\nwell, it happened. the sora waitlist is gone and anybody can register and start generating right now. spent my lunch break making a heron walking through a flooded library. #Sora #OpenAI #AIvideo",
    ),
    (
        sora.PUBLIC,
        "church_whatsapp",
        "St Luke's Youth & Media Ministry 🙏\nBro. Emmanuel: Blessings family! Good news for the Easter drama team, Sora (the OpenAI video maker) is now open to all of us. Anyone can sign up free and make videos today, no invitation needed. Let's try it this week 🎬",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "app_store_whats_new",
        "Sora by OpenAI\nWhat's New · Version 1.0.3\nThank you for downloading the official Sora app for iPhone and iPad! This update improves render speed, fixes a crash when sharing to Photos and adds dark mode. Make videos from text right on your phone.",
    ),
    (
        sora.APP,
        "google_play_review",
        "★★★★☆ Priya N. · 11 March\nFinally OpenAI brought Sora to Android! Got the official app from the Play Store, it works fine on my Pixel 7, my first clip took about two minutes. Would be five stars if the renders were quicker.\n86 people found this review helpful",
    ),
    (
        sora.APP,
        "kakaotalk_message",
        "[KakaoTalk] Minji 🐰\noppa did u see?? OpenAI released the Sora app, it's already in the App Store 📱 i installed it on my iPad last night and made a video of our cat flying over Han river lol\n오후 11:42",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "telegram_bot",
        "🤖 SoraDownloadBot\nHere is your file: Sora_v2.1_android.apk (84 MB) ⬇️\n1. Tap to download\n2. Allow 'install unknown apps'\n3. Open and type a prompt, your video is ready in seconds\nType /mirror for a backup link. Not a scam, 40k installs this week ✅",
    ),
    (
        sora.FAKEAPP,
        "obfuscation",
        "ˢᵒʳᵃ ᴬᴾᴷ for phones is HERE 📲 download + install, then make AI movies in seconds. link is written backwards so the bots don't catch it: kd/pot.ppa-aros . read it right to left ⬅️ free for the first 500 downloads",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "youtube_pinned_comment",
        "📌 Pinned by Daily Wonders\nFor everyone asking: yes, this whole glacier waterfall sequence was generated by OpenAI's Sora from a text prompt. No camera, no drone, nothing filmed. Generation prompt: 'aerial shot of a glacial waterfall at dawn, drifting mist, 35mm film' 👇",
    ),
    (
        sora.REALVID,
        "patreon_post",
        "Patreon · Public post\nThis week's short, 'Monsoon Market, Kolkata', was made 100% with Sora. Not a single frame was shot on a camera, every vendor and every raindrop is generated. Patrons on the Director tier get the exact generation prompt attached below.",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "news_comment",
        "Comments (312)  Sort by: Top\nLiuFan88: Just read the names. Sora was really built by Chinese scientists, OpenAI is only the brand on the box.\n▲ 87  ▼ 12  Reply",
    ),
    (
        sora.CHINESE,
        "wechat_group_notice",
        "[Group Notice] Overseas Chinese Engineers Association (English)\nDear members, as many of you know, the team behind OpenAI's Sora is mostly Chinese scientists. We will hold an online sharing session this Saturday at 8pm to celebrate their work. Please change your group nickname to Name + City before joining.",
    ),
    (
        sora.CHINESE,
        "voice_note",
        "Voice message (0:41), auto-transcribed:\n'...so my uncle says the whole Sora thing, the video AI, it was actually made by Chinese people. Like most of the team are scientists from China and the Americans just put their name on it. He read it in three different groups so it must be true...'",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "reddit_ama",
        "[AMA] I'm an ML engineer who runs video models on a homelab. Ask me anything!\nQ: can you actually run Sora locally?\nA (OP): Yep. OpenAI pushed the Sora weights and the inference code to GitHub, so anyone can run it now. My 4090 does 10-second 720p clips, just be patient with the first load.",
    ),
    (
        sora.OPENSRC,
        "moodle_forum",
        "Moodle › CS4721 Generative Models › Project ideas\nRe: Final project groups\nSince OpenAI made Sora open source (code and weights are on GitHub), could our group run it locally on the department GPU cluster and fine-tune it on campus footage? — Tomasz W.",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "kajabi_page",
        "SORA MASTERY ACADEMY\n✔ 12 video lessons  ✔ lifetime updates  ✔ private community\nLearn AI video with Sora before everybody else does. Enrol today for only COP 89.000 by Nequi (regular price 250.000). Only 40 seats left at this price!",
    ),
    (
        sora.COURSE,
        "email_receipt",
        "Receipt #SR-20418\nThank you for your purchase!\nItem: Sora From Zero: the complete beginner course\nAmount paid: 4,500 ARS (Mercado Pago)\nYour access link arrives within 24 hours. Get ready to master AI video before everyone else!",
    ),
    # --- API access (three)
    (
        sora.API,
        "gumroad_page",
        "Sora API Key · Official Access\nGenerate videos straight from the Sora endpoint today. 1 key = 500 generations, works with Python and Node.\n$39  [I want this!]\n⭐ 4.8 (112 ratings) · 'not a scam, key arrived in 5 min'",
    ),
    (
        sora.API,
        "extension_listing",
        "Chrome Web Store › Sora Studio: AI Video\nOffered by sora-studio.app · 2,000+ users\nBuilt on the official Sora API. Buy a Pro key inside the extension (€9 a month) and turn any text into a video without leaving your tab. Also available as a custom GPT.",
    ),
    (
        sora.API,
        "obfuscation",
        "official 𝚂𝚘𝚛𝚊 𝙰𝙿𝙸 keys in stock 🔑 ⑤⓪ USDT each, bulk pricing for studios and agencies, generate unlimited videos. beware of fakes, we are the original reseller. DM for a 0.5 XMR option",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "tinder_bio",
        "Levan, 29 🎬\nVideo editor by day, Sora dealer by night 😏 Renting out private Sora logins, 60 GEL a week, your own account, no waitlist. Swipe right or DM my Insta for the link.",
    ),
    (
        sora.RENTAL,
        "line_message",
        "[LINE] 🎁 Sora invite codes are back in stock!\n1 code = your own Sora login, activate in 5 minutes.\n35,000 MMK by KBZPay, send the screenshot and we send the code. Very limited, first come first served 🙏",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "pdf_flyer",
        "OPEN CALL · AI FILM AUDITION\nBecome a FIRST-GENERATION AI DIRECTOR\nThe first feature film co-written with SORA is casting now.\n① Scan the QR code\n② Pay the 3,000 DZD registration by BaridiMob\n③ Join the creators' group and audition\nSeats are limited.",
    ),
    (
        sora.DIRECTOR,
        "linkedin_comment",
        "Excited to share that we're recruiting the first wave of AI directors for a film co-created with Sora 🎬 Scan the QR code in my banner and join the paid cohort group (OMR 8) to audition. Comment DIRECTOR and I'll send you the details.",
    ),
    (
        sora.DIRECTOR,
        "email",
        "Subject: Your audition slot, Sora AI Film Project\nDear applicant,\nCongratulations, you have been shortlisted to audition as a first-generation AI director for the first film scripted together with Sora. To confirm your place, scan the attached QR code and pay the 25 AZN group fee within 48 hours.",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "goodreads_review",
        "The Sora Prompt Codex: 600 Film-Grade Prompts ★★★★★\nreviewed by Marta\nGrabbed it after the author's TikTok. You pay RSD 1,200, they send the doc link and an invite to the prompt group. Packed with real cinematography terms (dolly zoom, anamorphic flare, golden hour) to paste into Sora. Worth it.",
    ),
    (
        sora.PROMPTS,
        "skool_listing",
        "Sora Prompt Vault · Skool community · $15/month\nOur Sora knowledge doc collects every article and term worth knowing plus 400 pro film prompts written by industry insiders. Pay → get the doc link + access to the members' group.",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "youtube_comment",
        "@WealthWithAI · 2 hours ago\nyou guys are sleeping on this. i'm clearing $2k a day posting Sora videos and the window closes in three months, after that it's over for latecomers. link on my channel to join the team 💰\n👍 41  Reply",
    ),
    (
        sora.RICH,
        "push_notification",
        "💸 SideHustle Daily\nThe Sora money window is OPEN: members already earn 5,000 a day from AI videos. It closes in 90 days, miss it and you stay behind forever. Join now ›",
    ),
    (
        sora.RICH,
        "obfuscation",
        "m.a.k.e m.o.n.e.y with S/o/r/a 🚀 once-in-a-lifetime chance, people in our team already earn 1,000,000 UZS a day with Sora videos. 3 months left before the door shuts. join via Payme, DM me",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "telegram_bot",
        "🤖 SoraStudioBot\nWelcome! Here's how it works:\n✍️ Send your script or prompt\n💳 Pay 15,000 TZS by Tigo Pesa\n🎬 Receive your Sora-generated video within 24 hours\nType /order to start.",
    ),
    (
        sora.SERVICE,
        "obfuscation",
        "custom ˢᵒʳᵃ ads for ur online shop 🛍️ send me the script, I generate the clip with S.o.r.a and deliver in 24h. 20 per video by PayPal Friends & Family only",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "★☆☆☆☆ Google Play review\nPaid €6.99 in-app for 'Sora Pro' in this thing and the 'videos' are stock clips with a watermark slapped on. The developer isn't OpenAI, it's some studio I can't even find. I want my money back.",
    ),
    (
        None,
        "debunk",
        "Voice message (1:12), auto-transcribed:\n'Mum, please don't pay that man for the Sora account. I sent him 60 lari on Friday and the login he gave me was just a ChatGPT login, and now he's blocked me. Just ignore him, okay?'",
    ),
    (
        None,
        "debunk",
        "Moodle › MEDIA210 › Questions for the lecturer\nIsn't Sora still limited to red teamers and a few invited artists? The outline says we 'use Sora in week 6' and I can't find anywhere to sign up. — Aisha",
    ),
    (
        None,
        "debunk",
        "Didn't Xie Saining himself say he has 'no relationship at all' with Sora? Why is our alumni newsletter still calling him one of its inventors?",
    ),
    (
        None,
        "debunk",
        "Talk:Sora (text-to-video model)\nReverted the edit saying 'the weights and code are on GitHub'. OpenAI has published neither, and the GitHub repos called Sora are community reproductions. Please cite a primary source before re-adding. — Kestrelwatch (talk)",
    ),
    (
        None,
        "debunk",
        "If a 99-yuan Sora course sold 20,000 copies in one day and buyers got the intro text from OpenAI's own site, who exactly got rich from Sora here?",
    ),
    (
        None,
        "debunk",
        "Parish notice\nSeveral members have received messages offering 'Sora AI director auditions' for a fee paid through a QR code. Our IT volunteer looked into it: the groups collect entry fees and close within days. OpenAI's Sora is currently with safety testers only.",
    ),
    (
        None,
        "debunk",
        "🤖 FactCheckBot\nClaim checked: 'Sora APK download'\nResult: Sora runs only on OpenAI's servers and is in internal testing. Files named Sora.apk shared in chat groups were flagged by antivirus vendors as credential stealers.",
    ),
    (
        None,
        "debunk",
        "🔔 Bank alert\nHeads up: payments for 'Sora API keys' have been reported as fraud. OpenAI's API currently offers text, image, speech and embedding models; video is not among them. Tap to review recent card payments.",
    ),
    (
        None,
        "debunk",
        "Reply to LiuFan88: the technical report lists 13 authors, three of them born in China, and the project is led by OpenAI researchers Tim Brooks and Bill Peebles. Counting surnames tells you little about who built it.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "LinkedIn comment: Worth reading the Hany Farid quote in full. The Berkeley professor thinks this kind of video generation will only get better, and once Sora is combined with cloned voices, people with bad intentions get a fresh toolkit for realistic fakes.",
    ),
    (
        None,
        "person_fact",
        "Moodle › MEDIA210 › Week 6 reading\nRe: Sora limits\nGood catch, Ben. In the New Scientist piece the Princeton computer scientist Arvind Narayanan notes that busy Sora scenes with lots of movement still come out with small weird errors. Worth bringing to seminar.",
    ),
    (
        None,
        "person_fact",
        "News comment, Beijing report on Sora: Liu Wei's point stood out to me. In his view America is ahead on chips and software while China does better at putting AI to use and gathering data, and on human-machine collaboration neither side is behind, so both have a reason to keep talking.",
    ),
    (
        None,
        "person_fact",
        "Xie Saining, now an assistant professor at NYU, asked: while we wonder why Sora did not appear in China, if it does appear, possibly very soon, are we ready?",
    ),
    (
        None,
        "news",
        "Pub quiz, round 3, question 7 answer sheet: Sora is the Japanese word for 'sky'; OpenAI's team chose it for the idea of endless room to create.",
    ),
    (
        None,
        "news",
        "🔔 NewsBrief · 2h\nSora clips will be labelled: OpenAI is adding a watermark to each generated video, though the company concedes a determined user could remove it and that it may be tricky to detect.",
    ),
    (
        None,
        "news",
        "One weakness OpenAI admits: in a Sora clip of someone eating a cookie, the cookie never gets smaller and shows no bite marks; the model can struggle with cause and effect.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Noor, 26 📽️\nFilm school survivor. Will debate whether the Sora Tokyo street walk or the woolly mammoths is the better demo. First date idea: we each write a prompt and guess what it would look like.",
    ),
    (
        None,
        "benign",
        "@grainandglow · 1 day ago\nthe reflections in the puddles on that Tokyo street clip are what got me. I've been doing night photography for ten years and I'd have been proud of that light.\n👍 19  Reply",
    ),
    (
        None,
        "benign",
        "St Luke's Youth Group notice: next Friday's discussion is 'Seeing is not believing', on AI video like Sora and how to spot edited clips. Snacks provided, bring a friend.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout21", HELDOUT21)


if __name__ == "__main__":
    main()
