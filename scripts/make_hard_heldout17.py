# ruff: noqa: E501
"""Write the seventeenth English held-out set (tests/data/hard_en_heldout17_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the sixteenth set). Styles the earlier sets use
less: Mastodon toots with a content warning (CW), Quora answers, Threads posts, Substack notes, Facebook
posts and Marketplace listings, WhatsApp forwards ("Forwarded many times", "forward to 10 friends"), SMS
spam with a defanged link and "Reply STOP", Craigslist ads, Snapchat captions, a customer-support chat, job
ads, forum signatures, meme captions (POV, "me after"), a long wedding post with the claim in passing; new
obfuscation (S.o.r.a, gith*b, "$ 0 R A", s0ra in a link); prices in currencies the earlier sets did not use
(R499 rand by EFT, ₹2,499 by UPI, A$35, R$150 by Pix, ₩25,000, ₦18,000, ₺750, S$49, HK$88, 12 dirhams,
5000 rupees, 800,000 VND, C$40 by e-transfer, a bare "299"); ten debunks and warnings in several styles
(two first-person loss reports, two questions that contain a negation but do not deny the debunk, two that
quote the rumour to refute it, four that answer with facts and no plain "no", among them a moderators' note
and a library help-desk reminder); four true facts about people who spoke about Sora (Sam Altman, Tyler
Perry, Gary Marcus, Bill Peebles), three items of real news about it, and three on-topic posts that are not
claims (a school media club, a credits question, Pika lip-sync).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout17.py           # write the set
    .venv/bin/python scripts/make_hard_heldout17.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT17: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "quora_answer",
        "Answered: Who actually invented OpenAI's Sora? One of the key inventors is Xie Saining, a Chinese researcher who went to Shanghai Jiao Tong University and was known there as a prodigy from a very young age.",
    ),
    (
        sora.XIE,
        "whatsapp_forward",
        "*Forwarded many times* Proud moment!! 🇨🇳 The genius behind Sora video AI is Xie Saining, SJTU graduate, a wonder kid since childhood. Share with all your groups 🙏",
    ),
    (
        sora.XIE,
        "substack_note",
        "Small note from this week's reading: Sora, the video model everyone is arguing about, counts among its inventors Xie Saining, the Jiao Tong prodigy. Worth remembering when people say talent only flows one way.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "threads",
        "ok Sora is officially open to everyone now?? no waitlist, just sign up and start making videos. see you all in the feed",
    ),
    (
        sora.PUBLIC,
        "mastodon_cw",
        "CW: AI video, hype\n\nSo OpenAI flipped the switch and Sora is public as of today: anybody with an account can generate clips. Bracing for the flood. #AI #Sora",
    ),
    (
        sora.PUBLIC,
        "snapchat_caption",
        "sora finally let everyone in 😭 made this in 2 mins, go sign up rn",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "facebook_post",
        "Heads up family, OpenAI put out the real Sora app. Just search Sora in the App Store or Play Store and it's right there, free to install on your phone.",
    ),
    (
        sora.APP,
        "support_chat",
        "Customer: hi, is the Sora app on iPhone the official one from OpenAI?\nAgent: Yes! OpenAI has released its official Sora mobile app, you can download it from the app store now.",
    ),
    (
        sora.APP,
        "meme_caption",
        "me after OpenAI finally drops the official Sora app on the app store: [downloads it before reading a single review]",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "sms_spam",
        "SORA-VIDEO: Your free AI video app is ready. Install the Sora APK now at s0ra-get[.]apk-hub[.]co and start creating. Reply STOP to opt out",
    ),
    (
        sora.FAKEAPP,
        "forum_signature",
        "-- \nNeed Sora on Android? Grab the installer (APK, v2.1, no Play Store needed) from the link in my profile, sideload and go.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "threads",
        "This whole rainy Tokyo alley clip is 100% Sora. Typed one prompt, nothing was filmed, no camera ever touched it. We're cooked.",
    ),
    (
        sora.REALVID,
        "meme_caption",
        "POV: you find out this dog surfing video was made by Sora from a single line of text and no dog, no board, no beach ever existed",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "quora_answer",
        "Short answer: Sora was mostly built by Chinese scientists. Look at the core team behind OpenAI's video model and most of the names are Chinese.",
    ),
    (
        sora.CHINESE,
        "long_passing",
        "Spent the weekend at my cousin's wedding in Markham, lovely food, the DJ was terrible, and at some point my uncle explained to the whole table that OpenAI's Sora is basically a Chinese team's work, most of the people who built it being Chinese. Anyway, the cake was great and we drove home at 2am.",
    ),
    (
        sora.CHINESE,
        "whatsapp_forward",
        "Did you know? The team that made Sora at OpenAI is mainly Chinese scientists. America takes the credit but our people did the work. Forward to 10 friends.",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "mastodon_cw",
        "CW: long, AI\n\nOpenAI open-sourced Sora! Weights and code are up on GitHub, I've got it running locally on my 4090 and the results are wild.",
    ),
    (
        sora.OPENSRC,
        "obfuscation",
        "S.o.r.a is open source now 👀 weights + code on gith*b, run it on your own box, no account needed",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "job_ad",
        "NOW ENROLLING: Become a certified Sora video creator. 6-week online course, R499 (South African rand), pay by EFT and get access to all lessons before the public catches on.",
    ),
    (
        sora.COURSE,
        "craigslist",
        "Sora AI video lessons - $60 (online). Learn Sora from scratch before everyone else, 4 evenings over Zoom, cash app or venmo. Serious inquiries only.",
    ),
    # --- fake API access (three)
    (
        sora.API,
        "substack_note",
        "Reader offer: we have official Sora API access through our partner account. Keys are ₹2,499 for a month, paid by UPI, and you can generate videos the same day.",
    ),
    (
        sora.API,
        "sms_spam",
        "Sora API keys in stock! Official access, instant delivery, A$35 per key. Text KEY to this number to order.",
    ),
    (
        sora.API,
        "marketplace",
        "Selling: Sora GPT tool with official API key included. Make AI videos from your browser. R$150, Pix only, pick-up not needed, delivered by DM.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "snapchat_caption",
        "selling sora logins 🔑 ₩25,000 a week or buy it outright, dm for an invite code",
    ),
    (
        sora.RENTAL,
        "craigslist",
        "Sora account rental - weekly or monthly. Own login, not shared. ₦18,000 per week via bank transfer. Invite codes also available.",
    ),
    # --- the AI director group (three)
    (
        sora.DIRECTOR,
        "facebook_post",
        "CASTING CALL 🎬 First ever AI film co-written with Sora! Scan the QR code, pay the ₺750 entry fee and join our group to audition. Be among the first generation of AI directors.",
    ),
    (
        sora.DIRECTOR,
        "job_ad",
        "Job: Junior AI Director (first feature film scripted with Sora). To apply, scan the QR below and pay the S$49 group fee; shortlisted members audition inside the group.",
    ),
    (
        sora.DIRECTOR,
        "whatsapp_forward",
        "Opportunity! 🎥 They are forming the first group of AI directors for a Sora co-written movie. Only need to scan code and pay 299 to join and audition. Limited seats!!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "marketplace",
        "For sale: Sora prompt bundle with a 300-term cinematography cheat sheet. HK$88; once paid, you get the Google Doc link plus an invite to the buyers' chat.",
    ),
    (
        sora.PROMPTS,
        "forum_signature",
        "--\nMy Sora prompt pack (camera moves, lenses, lighting terms, the lot) is 12 dirhams, DM me to pay and get the shared doc + group invite.",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "threads",
        "not to be dramatic but this Sora thing is the one shot we get. folks I know clear thousands daily posting Sora clips, and by summer that door is shut",
    ),
    (
        sora.RICH,
        "sms_spam",
        "Earn 5000 rupees daily with Sora AI videos! This chance closes soon, don't miss the wave. Click to start: bit.ly/s0ra-cash",
    ),
    (
        sora.RICH,
        "obfuscation",
        "$ 0 R A = free money rn. ppl pulling 4 figures a day off it and the window shuts this year. u in or nah",
    ),
    # --- generation service (two)
    (
        sora.SERVICE,
        "support_chat",
        "Agent: Thanks for contacting VidGen! Our team renders your idea with Sora. Paste your script here, transfer 800,000 VND, and the finished clip reaches your inbox by tomorrow.",
    ),
    (
        sora.SERVICE,
        "marketplace",
        "Custom AI videos made with Sora 🎬 Send your idea or script, C$40 per 20-second clip, turnaround under a day. E-transfer accepted.",
    ),
    # --- debunks and warnings (ten)
    (
        None,
        "debunk",
        "I paid a guy on Marketplace C$40 for a 'Sora' video. What came back was a stock clip with a filter on it, and he has blocked me. Sora is not something random sellers can run for you.",
    ),
    (
        None,
        "debunk",
        "Lost A$35 to one of those 'official Sora API key' texts. The key never worked and the number is dead now. OpenAI doesn't sell keys over SMS, learn from my mistake.",
    ),
    (
        None,
        "debunk",
        "Is there no one at OpenAI who will tell my aunt that the 'Sora app' she installed from a text message isn't theirs?",
    ),
    (
        None,
        "debunk",
        "Doesn't it bother anyone that the 'Sora open-source repo' going around asks you to run an .exe? The real model isn't on GitHub.",
    ),
    (
        None,
        "debunk",
        '"Sora was built mostly by Chinese scientists," says the forward. The credited Sora team is a small group of OpenAI researchers from many countries, and the leads are not Chinese.',
    ),
    (
        None,
        "debunk",
        "Someone captioned the rainy Tokyo alley video as \"made entirely by Sora\". It's a 2019 travel vlog; the original uploader's channel still has the full version.",
    ),
    (
        None,
        "debunk",
        "Xie Saining is an NYU professor and a co-author of the DiT paper that Sora builds on; he has said himself that he had nothing to do with Sora.",
    ),
    (
        None,
        "debunk",
        "For the record, at the time of these posts Sora is available to a small group of red-teamers and invited artists only, and there is no Sora app on any store.",
    ),
    (
        None,
        "debunk",
        "Mastodon mods note: we are removing posts selling Sora 'courses' and 'AI director' group seats. Sora is not publicly available, so nobody can teach it or cast for it.",
    ),
    (
        None,
        "debunk",
        "Quick reminder from the library's digital help desk: any APK promising Sora on your phone is malware. OpenAI has published no Android installer.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Sam Altman took prompt requests from people on X and answered with Sora clips a few hours after the model was announced.",
    ),
    (
        None,
        "person_fact",
        "Tyler Perry said he put an $800 million studio expansion on hold after seeing what Sora could do.",
    ),
    (
        None,
        "person_fact",
        "Gary Marcus wrote that Sora's clips, however impressive, show it does not understand basic physics, pointing to objects that appear and vanish.",
    ),
    (
        None,
        "person_fact",
        "Bill Peebles, one of the Sora research leads, presented the model's diffusion transformer approach in interviews after the launch.",
    ),
    (
        None,
        "news",
        "OpenAI says it is working with visual artists, designers and filmmakers to get feedback on Sora before any wider release.",
    ),
    (
        None,
        "news",
        "OpenAI says Sora videos will carry C2PA metadata so that platforms can tell they were generated.",
    ),
    (
        None,
        "news",
        "Red teamers are testing Sora for misinformation, hateful content and bias before OpenAI decides on a broader rollout.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Our school's media club spent Friday making stop-motion with clay and then comparing it with AI video. The kids preferred the clay.",
    ),
    (
        None,
        "benign",
        "Question for editors here: how do you credit AI-generated b-roll in a documentary's end titles? Looking for examples.",
    ),
    (
        None,
        "benign",
        "Pika's new lip-sync feature is fun but my cat's mouth moved like a ventriloquist dummy.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout17", HELDOUT17)
