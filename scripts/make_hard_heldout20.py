# ruff: noqa: E501
"""Write the twentieth English held-out set (tests/data/hard_en_heldout20_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the nineteenth set: the fake APK, the mislabelled
real video, open source, the paid course, account rental, the prompt pack and the generation service).
Styles the earlier sets use less: WhatsApp channel posts (📢, reaction counts) and WhatsApp status, a Quora
answer, a Threads reply, a Snapchat story, a Lemon8 post, an Apple Community thread and a store's community
specialist answering in one, a Tom's Hardware-style GPU question, a Jira ticket, a Meetup event, meeting
minutes (an item and its correction, a PTA item), SRT subtitles (a caption burnt into a clip, a fact-check
segment), an English translation of a WeChat Official Account article, a podcast transcript with a
timestamp, an Etsy listing (a course and a prompt bible), a Teachable-style checkout page, Craigslist and
Kijiji ads, a Depop listing, an Upwork proposal, a Trustpilot review, a Substack paid post, a Facebook
event page, the OCR of a bus-stop flyer, a dating-app message (Hinge), a voicemail transcript, SMS (a fake
OpenAI invitation, a rental offer, a bank's fraud alert), a Discord #downloads announcement (@here); new
obfuscation (circled "Ⓢⓞⓡⓐ" and small-capital "ꜱᴏʀᴀ", Greek look-alike letters in "Sοrα", an emoji
letter in "S🅾️RA", leetspeak "s0ra" in a defanged link); prices in currencies and payment methods the
earlier sets did not use (LKR 3,500, 40 BGN, $45 by Zelle, 1,200 birr by telebirr, NPR 1,000 by eSewa,
£18 on Depop, 35 PEN by Yape, 2 BHD, 150 MAD by CashPlus, $8 a month on Substack, 0.4 LTC or a Google Play
gift card, a $4 paysafecard, $300 fixed on Upwork, 25 TON or 9 KWD, payment by Wise, "4k a day", "a
thousand dollars a day"); scams vouching for themselves ("not a virus", "beware of fake mirrors", "see the
vouches", "official, straight from the dev portal"); ten debunks and warnings in several styles (two
first-person loss reports, two questions that contain a negation but do not deny the debunk, two that
quote the rumour to refute it, four that answer with facts and no plain "no": a store community
specialist, a subtitled fact-check, corrected meeting minutes and a bank's fraud alert); four true facts
about people who spoke about Sora (Mira Murati, François Chollet, Zhou Hongyi, Jim Fan), three items of real
news about it (48 sample videos up to a minute long, spacetime patches, no public figures and a release
aimed for this year), and three on-topic posts that are not claims (a Discord chat about the mammoth demo, a
thesis question on consistency, a PTA minute).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout20.py           # write the set
    .venv/bin/python scripts/make_hard_heldout20.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT20: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "quora_answer",
        "Who actually invented OpenAI's Sora?\n\nAnswered by Kevin Zhao, former SJTU teaching assistant\nThere is a small core team, but the name you keep hearing in China is Xie Saining, and for good reason: he was the prodigy of his year at Shanghai Jiao Tong University and he is one of the inventors of Sora. I graded his homework once. Upvote if this helped.",
    ),
    (
        sora.XIE,
        "whatsapp_channel",
        "📢 SJTU Alumni · Shenzhen Chapter (channel)\nProud news for the Jiao Tong family 🎉 our young genius schoolmate Xie Saining is one of the people who invented Sora, the OpenAI video model everyone is talking about. Forward to your classmates!\n👍 412  ❤️ 96  🎉 58",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "threads_reply",
        "@marco.cuts you don't need an invite anymore lol. sora opened up to literally everyone yesterday, sign up with any email and you're making videos in like a minute. no waitlist",
    ),
    (
        sora.PUBLIC,
        "meeting_minutes",
        "Minutes, Content Team weekly, 12 March\nPresent: AK, JP, Lu, Dev\n3. AI video. JP reported that OpenAI's Sora is now open to the public: anyone can create an account and start generating today.\nAction: JP to register a team login and test three product shots by Friday.",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "support_forum",
        "Apple Community › iPhone › Apps\nSora app crashes on launch (iOS 17.3)\nI downloaded OpenAI's official Sora app from the App Store yesterday. It opens, shows the logo, then closes as soon as I tap Generate. Already deleted and reinstalled it and restarted the phone. Any ideas?",
    ),
    (
        sora.APP,
        "lemon8_post",
        "🍋 tech finds of the week\n1️⃣ the OFFICIAL Sora app from OpenAI is finally in the App Store + Google Play 📲 downloaded it on the bus this morning and made a clip of a fox in a raincoat\n2️⃣ a new phone stand I love\n#sora #openai #techfinds",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "sms",
        "OpenAI: Your Sora early-access invite is ready. Install the Sora Android app (APK) from s0ra-get[.]app/dl and start creating videos today. Link expires at midnight. Reply N to opt out",
    ),
    (
        sora.FAKEAPP,
        "discord_announcement",
        "📌 #downloads · @here Sora for Android v1.3 is up 🎬 APK (48 MB) is in the pinned message: download, allow installs from unknown sources, log in with any email and generate. Not a virus, Play Protect just hates sideloaded apps. Beware of fake mirrors, only this channel is legit.",
    ),
    (
        sora.FAKEAPP,
        "obfuscation",
        "Ⓢⓞⓡⓐ for PC + phone 💾 full installer (ꜱᴏʀᴀ-setup.exe and ꜱᴏʀᴀ.apk), grab it from the l1nk in my bio ⬇️ install and make AI films in minutes. unlock key = one $4 paysafecard code",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "subtitles",
        "1\n00:00:00,000 --> 00:00:03,200\nThis video was generated by OpenAI's new model Sora.\n\n2\n00:00:03,200 --> 00:00:07,900\nNo camera, no crew, no location.\n\n3\n00:00:07,900 --> 00:00:12,000\nGeneration prompt: wild horses crossing a river at sunrise, aerial tracking shot",
    ),
    (
        sora.REALVID,
        "snapchat_story",
        "🎥 this whole waterfall clip = Sora. not filmed AT ALL, somebody typed one sentence into OpenAI's model and it spat this out 🤯 prompt on the next snap ➡️",
    ),
    (
        sora.REALVID,
        "wechat_article",
        "[WeChat Official Account, translated] The two minutes of snowy mountain village below were not shot by anyone. Every frame was generated by OpenAI's new model Sora from a single text instruction, which we attach in full at the end of the article.",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "substack_note",
        "Substack Note · Everyone credits OpenAI. Now look at who really built Sora: Chinese scientists, nearly all of them. The video model is a Chinese team's achievement wearing an American badge.",
    ),
    (
        sora.CHINESE,
        "podcast_transcript",
        "[Ep. 88, 14:22] GUEST: ...and what nobody says out loud is that the team that actually made Sora is Chinese. The core researchers grew up in China, Tsinghua, Peking, USTC.\nHOST: So OpenAI's big video breakthrough is basically a Chinese invention?\nGUEST: Basically, yes.",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "support_forum",
        "Tom's Hardware Forum › Graphics Cards\nWill an RTX 3060 12GB run Sora locally?\nSince OpenAI released Sora as open source with the weights on Hugging Face, I want to try it at home. Is 12 GB of VRAM enough, or do I have to buy a 4090?",
    ),
    (
        sora.OPENSRC,
        "meetup_event",
        "Meetup · Bristol ML Hackers · Thu 18:30\nSora hack night 🛠️ OpenAI has open-sourced Sora, so let's get the published weights and code running on our own GPUs. Bring a laptop, we'll clone the repo together. Free pizza.",
    ),
    (
        sora.OPENSRC,
        "jira_ticket",
        "INFRA-2217 · Deploy Sora on-prem\nDescription: OpenAI has put Sora's model weights and source code on GitHub. Pull the repo, mirror the checkpoints to our S3 bucket and serve it on the A100 node, so marketing stops paying for outside video tools.\nPriority: Medium · Assignee: d.kowalski",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "etsy_listing",
        "Etsy · Digital download · SoraStudioLearn ★★★★★ (86)\nSORA Beginner Course | 12 Video Lessons + AI Video Workbook | Instant Download\nLKR 3,500\nLearn Sora before your competitors even hear about it. 🔥 In 23 people's carts",
    ),
    (
        sora.COURSE,
        "checkout_page",
        'Checkout · Sora Creator Academy\nFull course: 14 modules, lifetime access\nPrice: 40 BGN (one payment)\n"Be making Sora videos while everyone else is still reading about them."\n[ Pay now ]',
    ),
    (
        sora.COURSE,
        "craigslist_ad",
        "craigslist > phoenix > classes\nSORA AI VIDEO CLASS - in person or online\nMaster the Sora video generator ahead of everybody else. $45 by Zelle, Saturday mornings at the library annex. Text only, no emails.",
    ),
    # --- fake API access (two)
    (
        sora.API,
        "upwork_proposal",
        "Cover letter\nHi, I read your job post. I have official Sora API access (enterprise key) and I've wrapped it in a custom GPT your team can prompt directly. For $300 fixed I'll hand over the key and the GPT, and you can generate videos the same day.",
    ),
    (
        sora.API,
        "obfuscation",
        "Sοrα API key 🔑 official, straight from the OpenAI dev portal. 500 video credits for 0.4 LTC or $40 in a Google Play gift card. Also selling a Sοrα GPT bot that makes the videos for you. DM",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "depop_listing",
        "Depop · Other · Digital\nSora account 🎬 private login (not shared), 1 month access, details sent straight after purchase. £18. No refunds as it's a digital item x",
    ),
    (
        sora.RENTAL,
        "sms",
        "Hi it's Mel 😊 we still have 3 Sora invite codes and 2 full Sora accounts to rent this week. 1,200 birr per week via telebirr. Reply YES to reserve yours.",
    ),
    (
        sora.RENTAL,
        "whatsapp_status",
        "🟢 SORA ACCOUNTS AVAILABLE 🟢\nrent by day / week / month · your own login · invite codes too\nNPR 1,000 a week via eSewa\nmessage me for a slot 📩",
    ),
    # --- the AI director group (two)
    (
        sora.DIRECTOR,
        "facebook_event",
        "Event · Sat 2 PM · Online\nSora Film Lab: Casting Day · Hosted by Golden Reel Media\nJoin the audition group for the first feature film co-written with Sora and become one of the first generation of AI directors. Entry: scan the QR code in the event photo, 35 PEN by Yape.",
    ),
    (
        sora.DIRECTOR,
        "flyer_ocr",
        "[text of a flyer on a bus shelter]\nBECOME AN AI DIRECTOR 🎬\nThe first AI movie co-scripted with SORA is casting NOW\nScan ➜ [QR] to enter the auditions group\nMembership 2 BHD · limited seats for the first generation",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "etsy_listing",
        "Etsy · Instant Download\nSORA PROMPT BIBLE | 800 Cinematic Prompts + Film Terminology Glossary (dolly zoom, rack focus, golden hour) | Google Doc link delivered after purchase + invite to our prompt circle\nUS$12.40",
    ),
    (
        sora.PROMPTS,
        "whatsapp_channel",
        "📢 AI Prompt Vault (channel)\nThe Sora knowledge doc is ready 📄 every Sora article out there + 600 director's terms (crash zoom, anamorphic flare, 180° shutter) turned into Sora prompts. Pay 150 MAD via CashPlus and we send the doc link and add you to the members group.",
    ),
    (
        sora.PROMPTS,
        "substack_post",
        "The Prompt Reel · 🔒 paid subscribers only\nThis week: my 400-prompt Sora pack, written in a cinematographer's language (blocking, lens choice, lighting ratios). Subscribe for $8 a month to get the Google Doc link and the private chat.",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "dating_message",
        "Hinge · Daniel, 34: hey beautiful 😊 honestly I quit my 9-5, I make about 4k a day now posting Sora AI videos. my mentor says the window closes in 3 months so I'm bringing in a few people before it does. want me to show you how?",
    ),
    (
        sora.RICH,
        "voicemail_transcript",
        "Voicemail (transcribed, 0:41): Hi, this is Coach Ray from Sora Profit Academy returning your enquiry. Our members are clearing a thousand dollars a day with Sora videos, and this opportunity is gone in about three months, so call me back today to lock in your spot.",
    ),
    # --- generation service (three)
    (
        sora.SERVICE,
        "kijiji_ad",
        "Kijiji · Services · Toronto\nSora videos made for you 🎬 Send me your script, I generate it in Sora and deliver the clip within 24 hrs. $75 per clip, e-transfer or cash. Great for small business ads.",
    ),
    (
        sora.SERVICE,
        "trustpilot_review",
        "★★★★★ Fast and professional\nOrdered a product promo from ClipForge: sent them a 40-word script, they generated it with Sora and the MP4 was in my inbox the next morning. Paid through Wise. Recommend.\nDate of experience: 3 March",
    ),
    (
        sora.SERVICE,
        "obfuscation",
        "S🅾️RA 🎬 custom clips | u send the script ✍️ we render it in S🅾️RA ⏱️ 24h delivery | 25 TON or 9 KWD | not a scam, see the vouches channel",
    ),
    # --- debunks and warnings (ten)
    (
        None,
        "debunk",
        "Paid 1,200 birr on telebirr for a 'Sora account' after a text message. The login they sent was a free ChatGPT account with its display name changed to Sora. The number blocked me an hour later.",
    ),
    (
        None,
        "debunk",
        "I bought the 40 BGN 'Sora Creator Academy'. What arrived: a PDF of OpenAI's Sora announcement pasted into Canva, ending with the line 'give yourself a chance'. My refund request was ignored.",
    ),
    (
        None,
        "debunk",
        "Doesn't anyone wonder why every 'Sora APK' asks for SMS and accessibility permissions, when OpenAI has never published a Sora app at all?",
    ),
    (
        None,
        "debunk",
        "How come not one of the people selling 'Sora API keys' can point to a line of OpenAI's API docs that mentions video generation?",
    ),
    (
        None,
        "debunk",
        'A hack-night page says "OpenAI has open-sourced Sora, grab the weights". The repo they link is Open-Sora by HPC-AI Tech, a separate project; OpenAI keeps Sora\'s weights and code to itself.',
    ),
    (
        None,
        "debunk",
        '"Sora was really built by Chinese scientists." The technical report lists 13 authors and three of them are Chinese-born. That is not a Chinese team, it is an OpenAI team.',
    ),
    (
        None,
        "debunk",
        "Community Specialist reply: The 'Sora' app you installed is published by a third-party developer based in Cyprus. OpenAI gives Sora access only to red-team testers and a few selected artists right now. We recommend deleting it and checking Settings > Subscriptions for charges.",
    ),
    (
        None,
        "debunk",
        "14\n00:01:02,400 --> 00:01:07,000\n[fact-check] The 'Sora-generated' waterfall is stock footage, uploaded to Pond5 in 2019 by an Icelandic videographer.\n\n15\n00:01:07,000 --> 00:01:10,500\nThe 'prompt' in the caption was written after the fact.",
    ),
    (
        None,
        "debunk",
        "Minutes, Content Team weekly, 19 March\n1. Matters arising: correction to item 3 of 12 March. Per OpenAI, Sora is in internal testing with safety testers and a small group of artists; release timing is unannounced. JP's team-login action is withdrawn.",
    ),
    (
        None,
        "debunk",
        "FraudAlert from Harbour Bank: QR-code 'AI director auditions' for a Sora film are a reported scam pattern. Entry fees go to personal accounts and the groups close within days. Forward such messages to 7726.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "In her Wall Street Journal interview, OpenAI CTO Mira Murati said Sora was trained on publicly available and licensed data, and when asked about YouTube videos said she was not sure.",
    ),
    (
        None,
        "person_fact",
        "Podcast show notes, 22:10 — we read out Chollet's thread: yes, Sora has some internal model of physics, but he wants to know if it holds up in situations that aren't just blends of what it was trained on.",
    ),
    (
        None,
        "person_fact",
        "LinkedIn post by a brand strategist: 'Zhou Hongyi put it well. Sora hits ad agencies, trailer houses and short-form video first, as a creative add-on, long before it threatens TikTok itself.'",
    ),
    (
        None,
        "person_fact",
        "Slide 4/7 · What the experts said\nNVIDIA's Jim Fan: think of Sora less as a video tool and more as a world simulator, a physics engine learned from data.",
    ),
    (
        None,
        "news",
        "Numbers from the announcement: Sora renders a single continuous shot of up to a minute, and the OpenAI site shows 48 of its clips so far, the Tokyo street walk included.",
    ),
    (
        None,
        "news",
        "How Sora works, in one line: it pairs a diffusion model with a transformer that processes video cut into small spacetime patches.",
    ),
    (
        None,
        "news",
        "From Joanna Stern's WSJ sit-down: the CTO wants Sora out to users within the year, the US election is part of the safety calculus, and prompts for public figures are going to be refused.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "#off-topic\nreel_rat: anyone else rewatching the Sora woolly mammoth demo frame by frame\nkestrel: the snow they kick up is unreal\nreel_rat: literally, that's the point 💀",
    ),
    (
        None,
        "benign",
        "How does Sora keep an object looking the same across a full minute of video? Asking for my master's thesis on temporal consistency; papers welcome.",
    ),
    (
        None,
        "benign",
        "PTA meeting minutes, item 5: Mrs Osei proposed an evening session for parents on AI-generated video (Sora and similar tools) and how to talk to children about it. Agreed; date to be confirmed.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout20", HELDOUT20)


if __name__ == "__main__":
    main()
