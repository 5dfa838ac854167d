# ruff: noqa: E501
"""Write an English TUNING set for the seller's waiver: sellers that vouch, and the debunks beside them (tests/data/hard_en_sellers_tune_*).

Seen by design: labelled training rows for the seller's waiver (monitor/core/sellerguard.py), which is short
of English sellers that vouch. Written from the seeds (../shared/seeds/) against the demo catalogue
(monitor/demo/templates.jsonl) by an engineer who did not run the monitor, a model or a matcher on it. 80
posts on one boundary: 45 scam posts of the eight scam templates (six for the fake app, paid course, API
resale, account rental and prompt pack, five for the AI-director group, get-rich and generation service)
that still SELL (a price, a payment ask, a QR code or group invite, a link, a DM to order, a download) while
they warn about fakes, copycats or other sellers or vouch for themselves; the warning sits first, in the
middle or last, the seller speaks as we / our or I / my, some name no price or link and sell mostly by
vouching (reviews, refunds, invoices, uptime, student counts). Kinds: ``beware_fakes`` (a warning about
fakes, scammers, copycats or the other sellers' product, then the offer), ``disclaimer`` ("not a scam", "100%
legit", "yes, this is real"), ``self_vouch`` (trust signals only, no warning). And 35 posts with no gold
template that use the same words but sell nothing: debunks, public warnings about the same scams, a
platform's and a bank's safety notices, first-person loss reports ("I paid 99 yuan and got a PDF"), reports
that quote a seller's vouch to warn ("they say 'trust us, we are the real one', then vanish") and questions
asking whether such a seller is legit. Their kinds are the ones the fitting scripts count as debunks
(``DEBUNK_KINDS`` in scripts/fit_seller_guard.py): ``debunk_loss`` for the loss reports, ``debunk`` for the
rest; the comments in the list name each group (debunk, PSA, quoted vouch, question, notice).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message).

    .venv/bin/python scripts/make_sellers_en_tune.py           # write the set
    .venv/bin/python scripts/make_sellers_en_tune.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
SELLERS_TUNE: list[tuple[str | None, str, str]] = [
    # === sellers that vouch or warn and still sell (gold: their scam template)
    # --- fake app / installer
    (
        sora.FAKEAPP,
        "beware_fakes",
        "PSA from the dev team: a dozen fake Sora APKs are going round Telegram and they steal your Google login. Ours is the only clean build, signed and scanned on VirusTotal. Grab v2.3 at sora-mobile-app[.]net/get and use code SKY24 for a free week.",
    ),
    (
        sora.FAKEAPP,
        "disclaimer",
        "Sora for Android is finally here 📲 install in 30 seconds from the link in our bio and make 1080p clips right on your phone. No virus, no malware, not one of those fake apps: 100% safe, 40k installs and counting.",
    ),
    (
        sora.FAKEAPP,
        "beware_fakes",
        "Been getting DMs asking which Sora installer is real. Short answer: not the ones in the WhatsApp groups, those are trojans. I host the original desktop client on my Drive; $4.99 one-time unlock via PayPal and I send the key within minutes.",
    ),
    (
        sora.FAKEAPP,
        "self_vouch",
        "Trusted by 12,000 creators ⭐⭐⭐⭐⭐ Sora Pro for iPhone: sideload it with our certificate, community verified, full refund if it won't run on your device. Tap below to install.",
    ),
    (
        sora.FAKEAPP,
        "beware_fakes",
        "Heads up, someone cloned our website and is pushing a fake Sora APK with a crypto miner inside. The real one is still at soraapk-official dot xyz, download only from there. Activation is 9.9 and you're set.",
    ),
    (
        sora.FAKEAPP,
        "disclaimer",
        "Is it legit? YES. Our Sora PC client runs the real model; your antivirus only flags it because it's unsigned beta software, totally normal. Direct download in the pinned comment, lifetime licence $19.",
    ),
    # --- paid course
    (
        sora.COURSE,
        "beware_fakes",
        "Those 99-yuan 'Sora courses' are a scam: you pay and receive a PDF of OpenAI's intro page. Ours is 40 hours of recorded lessons built around real projects. 299 yuan, early-bird price until Sunday, scan the QR to enrol.",
    ),
    (
        sora.COURSE,
        "disclaimer",
        "Sora Zero-to-Hero bootcamp: 12 modules, a live Q&A every week and a certificate at the end. Enrolment is $129 through the link below. And no, this isn't one of those cash-grab courses; every lesson is taught by someone who delivers AI video to paying clients.",
    ),
    (
        sora.COURSE,
        "self_vouch",
        "Student #3,417 just posted her first AI short 🎬 this is why we do it. 4.9 stars from 800+ reviews, 14-day no-questions refund. The next cohort of our Sora video course opens Monday at 149 a seat; DM 'SORA' to hold yours.",
    ),
    (
        sora.COURSE,
        "beware_fakes",
        "I got burned by a Sora 'masterclass' last month that turned out to be a folder of screenshots. So I built the course I wish I'd bought: 30 lessons, project files, lifetime updates. ¥199, link in bio.",
    ),
    (
        sora.COURSE,
        "disclaimer",
        "Learn Sora properly. We are a registered training company with the licence number on our site, not some anonymous group chat. The full course is 99 RMB, pay by WeChat or Alipay and your access opens instantly.",
    ),
    (
        sora.COURSE,
        "beware_fakes",
        "Everyone is selling Sora tutorials behind the same copied poster. Compare before you buy: they send a 10-page doc, we give 40 hours of video plus homework review. $59 this week only → sora-academy[.]co/enrol",
    ),
    # --- AI-director group
    (
        sora.DIRECTOR,
        "beware_fakes",
        "Loads of fake 'AI director' groups just collect entry fees and disappear. Our studio is real and we're casting for the first feature co-written with Sora. Scan the QR below, 199 registration, audition materials are shared inside the group.",
    ),
    (
        sora.DIRECTOR,
        "disclaimer",
        "Want your name in the credits of the first film made with Sora? Join the directors' room through the QR on the poster, seat fee 88. Real producers, real contracts, not a scam, ask anyone in the group.",
    ),
    (
        sora.DIRECTOR,
        "self_vouch",
        "Our first cohort of AI directors has already pitched to two streaming platforms. Round 2 of the Sora film audition opens tonight: scan the code, pay the 299 membership and get your script brief tomorrow. Verified studio, official invoices.",
    ),
    (
        sora.DIRECTOR,
        "beware_fakes",
        "Dreaming of being a first-gen AI director with Sora? Same. I've watched the scam groups take 500 and go silent, so I started my own: small, transparent, 99 to get in, money back if you don't get an audition slot. WeChat ID in the comments.",
    ),
    (
        sora.DIRECTOR,
        "beware_fakes",
        "Warning ⚠️ groups using our 'Sora Film Lab' logo are NOT us. The official way in is this QR code only. Membership is 168 a season and includes the casting call for our AI co-written short.",
    ),
    # --- API resale
    (
        sora.API,
        "beware_fakes",
        "Other 'Sora API' sellers relay your calls to Runway and pocket the difference. Ours is a direct Sora endpoint: 0.3 USD per second of video, OpenAI-compatible request format. Top up with USDT and the key is issued instantly.",
    ),
    (
        sora.API,
        "disclaimer",
        "Sora API keys in stock. Not a scam: we're an enterprise reseller and we issue invoices. 50 credits for $20, 500 credits for $150. DM us for a free test call.",
    ),
    (
        sora.API,
        "self_vouch",
        "99.9% uptime over the last 30 days and 2,000+ developers on board. Our Sora GPT wrapper takes any prompt and returns an MP4. $25 a month, first 10 generations free, docs at sora-gate dot dev.",
    ),
    (
        sora.API,
        "beware_fakes",
        "Quick tip for devs: if a Sora API vendor can't run a live generation for you over screen share, walk away, most of them are fake. We demo live on request. Keys from 199 RMB, bulk pricing for studios, Telegram @soragate_api.",
    ),
    (
        sora.API,
        "disclaimer",
        "I've wrapped Sora's interface in a custom GPT: paste your script, get a clip back. Lifetime access is 39 bucks on Gumroad. To the haters in my replies: it's legit, 300 buyers have their videos.",
    ),
    (
        sora.API,
        "beware_fakes",
        "Trial keys resold on Xianyu get banned within a day, don't throw your money away. We supply stable Sora API access with a 30-day replacement guarantee, ¥299 a month. Message customer service to order.",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "beware_fakes",
        "Careful with cheap Sora accounts on Telegram, most are stolen and the owner recovers them within 48h. Ours are registered by us with a full warranty. 1 week $15, 1 month $45. DM to rent.",
    ),
    (
        sora.RENTAL,
        "disclaimer",
        "Renting out my Sora beta account by the hour: 40 yuan an hour, remote login, you keep everything you generate. Legit, not a scam, I'll screen-record the login for you before you pay.",
    ),
    (
        sora.RENTAL,
        "self_vouch",
        "600+ rentals and zero complaints. Sora accounts with internal access: shared seat 99 a month, private seat 399 a month. Escrow through Xianyu accepted. Message us for availability.",
    ),
    (
        sora.RENTAL,
        "beware_fakes",
        "People selling 'Sora invite codes' are handing you random strings; there is no invite system. What we offer is a real logged-in Sora workspace: a 2-hour session for 120 RMB, book it on WeChat.",
    ),
    (
        sora.RENTAL,
        "beware_fakes",
        "Got scammed twice buying Sora logins, so now I only sell accounts I've verified myself. One account is ₱2,500 and comes with a video-call walkthrough. Comment RENT and I'll DM you.",
    ),
    (
        sora.RENTAL,
        "disclaimer",
        "sora acc for sale 🔥 real red-team access no cap, not a scam fr, 250 usd firm, escrow ok, dm me",
    ),
    # --- prompt packs
    (
        sora.PROMPTS,
        "beware_fakes",
        "Tired of prompt packs that are just OpenAI's 48 sample prompts reshuffled? Ours has 700 originals written with a cinematographer, sorted by lens, lighting and camera move. 39 yuan, the Feishu link arrives right after payment.",
    ),
    (
        sora.PROMPTS,
        "disclaimer",
        "Before anyone asks: yes, this is a real product, not a scam. The Sora Cinematic Prompt Bible has 1,200 prompts and a glossary of 300 film terms. $17 on Gumroad, instant download.",
    ),
    (
        sora.PROMPTS,
        "self_vouch",
        "Rated 4.8 by 2,300 buyers. The Sora knowledge base everyone in our group keeps asking about: every article, term and prompt in one doc. Pay 29.9 and you get the link plus lifetime group access.",
    ),
    (
        sora.PROMPTS,
        "beware_fakes",
        "Sora prompt doc v3 is out: 500 shot-by-shot prompts, camera jargon explained, updated weekly. ¥49, scan to pay and I'll send the link. Beware of resellers pirating v1 and passing it off as new.",
    ),
    (
        sora.PROMPTS,
        "beware_fakes",
        "Writing Sora prompts is a craft. I've seen packs going for 99 that are literally raw ChatGPT output, don't fall for those. Mine is 300 prompts tested on my own agency work, twenty bucks, reply PACK and I'll DM you the payment link.",
    ),
    (
        sora.PROMPTS,
        "disclaimer",
        "not a cash grab i promise 🙏 my sora prompt notion (450 prompts, cinematic terms, shot lists) is $9 this weekend only, link in bio",
    ),
    # --- get rich
    (
        sora.RICH,
        "beware_fakes",
        "Most 'Sora side hustle' gurus have never made a cent from AI video. We show real bank statements. The Sora window closes in 3 months, so join the income programme today; 3 spots left, DM for the plan.",
    ),
    (
        sora.RICH,
        "disclaimer",
        "This is NOT a get-rich-quick scheme. It's a proven system: our members average $300 a day posting Sora videos. The window is short and first movers win. Join us through the link below.",
    ),
    (
        sora.RICH,
        "self_vouch",
        "Screenshot from member Jake: $4,120 last week from Sora shorts. Results like that are normal in our group. Entry is 499 and you earn it back in a month, guaranteed. Scan to join before the Sora hype fades.",
    ),
    (
        sora.RICH,
        "beware_fakes",
        "Sora will print money for the next 90 days for whoever moves now. I'll show you my exact system, 10k a month from AI video; my paid circle is 199 to join. Ignore the fake gurus copying my screenshots.",
    ),
    (
        sora.RICH,
        "beware_fakes",
        "Stop buying Sora courses, they're a scam and you learn nothing. What makes money is action: our partner programme pays you daily for Sora clips. One step late means forever late. Buy-in 299, join here.",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "beware_fakes",
        "Lots of 'Sora video' sellers actually deliver Kling or Runway renders. We use real Sora access and show you the raw output. 88 yuan per 10-second clip: send your script, pay, delivery within 24h.",
    ),
    (
        sora.SERVICE,
        "disclaimer",
        "Custom Sora product ads for your shop 🛍️ 3 revisions included, $40 a clip. Not a scam, check our portfolio and 200+ Fiverr reviews. Order by DM.",
    ),
    (
        sora.SERVICE,
        "self_vouch",
        "Real Sora access since the red-team phase. Send us your storyboard and we send you the video the next day. Ad packages from 500 RMB, invoice on request. Contact: sora_studio_cn.",
    ),
    (
        sora.SERVICE,
        "beware_fakes",
        "Need a Sora video for your brand? I know, everyone claims access and half of them are scammers using Pika. I'll render a free 3-second test from your prompt first, then it's $25 per full clip, PayPal only.",
    ),
    (
        sora.SERVICE,
        "disclaimer",
        "We turn your script into a Sora film in 24 hours, 120 yuan per minute, half paid upfront. Legit studio, registered business; don't confuse us with the fake accounts using our name.",
    ),
    # === no gold template: the same words, nothing sold
    # --- debunk (the scam template in the comment)
    (  # COURSE
        None,
        "debunk",
        "A Sora course that promises '40 hours of content' still can't teach you Sora: nobody outside OpenAI's testers can use it. However loudly a seller says theirs is the genuine one, there is no genuine Sora course to buy.",
    ),
    (  # FAKEAPP
        None,
        "debunk",
        "There is no Sora APK, signed or unsigned, 'clean build' or otherwise. OpenAI has not shipped a Sora app, so every installer you see is someone else's software, usually malware.",
    ),
    (  # API
        None,
        "debunk",
        "OpenAI's API has no video endpoint. A vendor promising a 'direct Sora endpoint' with 'live demos' is showing you another model's output; don't top up any wallet for it.",
    ),
    (  # RENTAL
        None,
        "debunk",
        "Reminder: Sora has no invite codes and no accounts anyone can rent to you. The line 'we're the real ones, the others sell stolen logins' is itself part of the pitch.",
    ),
    (  # PROMPTS
        None,
        "debunk",
        "OpenAI published the prompts behind its Sora demo videos for free. Paying 39 yuan for a 'Sora prompt bible' gets you those, padded out with filler.",
    ),
    (  # RICH
        None,
        "debunk",
        "'The Sora window closes in three months' is a pressure tactic. Nobody earns thousands a day from a model they can't access; the only money being made comes from the people paying to join.",
    ),
    (  # DIRECTOR
        None,
        "debunk",
        "No film studio is casting 'AI directors' for a Sora feature through paid QR-code groups. Real productions don't charge you a registration fee to audition.",
    ),
    (  # SERVICE
        None,
        "debunk",
        "People taking orders for Sora videos can't deliver Sora output, because Sora isn't available to them. What arrives is Kling, Pika or Runway with the watermark cropped off.",
    ),
    # --- PSA
    (  # all scams
        None,
        "debunk",
        "PSA for anyone in creator groups: the scammers now open with 'beware of fakes, we're the genuine one'. That sentence proves nothing. If someone wants money for Sora access, it's a scam.",
    ),
    (  # DIRECTOR
        None,
        "debunk",
        "Scam pattern of the week: 'Not a scam, 100% legit, ask anyone in the group.' The group is full of the organiser's alt accounts. Don't scan the QR and don't pay the 'seat fee'.",
    ),
    (  # COURSE
        None,
        "debunk",
        "Telling my students this every semester now: refund guarantees and five-star reviews on a course page cost nothing to fake. If the course is about Sora, which the public can't use, skip it.",
    ),
    (  # FAKEAPP
        None,
        "debunk",
        "Security advisory: fake 'Sora for Android' APKs are spreading with the message 'only download from our official link, the others are malware'. They are all malware. If you installed one, delete it and change your passwords.",
    ),
    (  # API
        None,
        "debunk",
        "Dev friends, the 'Sora API reseller with invoices' pitch is doing the rounds on Discord again. There is no Sora API to resell. Don't send USDT to anyone for a key.",
    ),
    (  # RICH
        None,
        "debunk",
        "If someone posts a bank screenshot and says 'results like this are normal, the Sora window closes soon', block and report. That is the whole playbook of a get-rich scam.",
    ),
    # --- first-person loss reports
    (  # COURSE
        None,
        "debunk_loss",
        "I paid 99 yuan for a Sora course that promised '30 hours of real lessons, not like the PDF scams'. I got a PDF. The group owner blocked me the same evening.",
    ),
    (  # RENTAL
        None,
        "debunk_loss",
        "Rented a 'verified Sora account' for 45 dollars last week. The login worked for an hour, it was a ChatGPT Plus account with the name changed, then the password was reset and the seller vanished.",
    ),
    (  # FAKEAPP
        None,
        "debunk_loss",
        "My dad installed a 'Sora Pro' app because the site said 'beware of fakes, this one is official'. Next morning his banking app showed a login from another country. We've reported it to the police.",
    ),
    (  # PROMPTS
        None,
        "debunk_loss",
        "Bought a 'tested by professionals' Sora prompt pack for $17. It's OpenAI's published demo prompts plus a glossary ChatGPT clearly wrote. Lesson learned.",
    ),
    (  # DIRECTOR
        None,
        "debunk_loss",
        "I joined one of those 'become an AI director with Sora' groups and paid the 199 seat fee. No audition ever, just daily messages telling us to recruit friends and buy the advanced tier. I left and the money's gone.",
    ),
    (  # SERVICE
        None,
        "debunk_loss",
        "Paid 88 yuan for a 'real Sora' clip of my café. What came back was obviously a Runway render with the logo smudged out, and the seller says no refunds.",
    ),
    (  # RICH
        None,
        "debunk_loss",
        "I put 499 into a 'Sora income programme' after seeing their members' screenshots. Two months later I've earned nothing and the admins only post motivational quotes.",
    ),
    (  # API
        None,
        "debunk_loss",
        "Our startup paid 1,200 dollars for 'Sora API credits'. The endpoint forwarded our prompts to some open-source model and the output was unusable. We're filing a chargeback.",
    ),
    # --- reports that quote a seller's vouch to warn
    (  # RENTAL
        None,
        "debunk",
        "They always say 'trust us, we're the real one, the others are scammers', take your money and vanish. It happened to three people in my Discord this week, all over 'Sora accounts'.",
    ),
    (  # COURSE
        None,
        "debunk",
        "The ad my aunt forwarded said: 'Not one of those empty courses! 40 hours, ours is genuine!' Spoiler: the seller's shop was deleted two days later.",
    ),
    (  # FAKEAPP
        None,
        "debunk",
        "The fake Sora installers literally tell you 'antivirus flags us only because we're beta software'. That is the oldest line in malware distribution.",
    ),
    (  # PROMPTS
        None,
        "debunk",
        "'Other prompt packs are copy-pasted, ours are original.' I checked the 'original' pack a friend bought: 40 of the first 50 prompts are word for word from OpenAI's page.",
    ),
    (  # SERVICE
        None,
        "debunk",
        "Every Sora video seller in my feed says 'we have real access, the others use Pika'. Ask any of them for the raw file with its C2PA metadata and watch them go quiet.",
    ),
    (  # DIRECTOR
        None,
        "debunk",
        "Their poster said 'Real producers, real contracts, not a scam'. The 'producer' in the photo is a stock image. Please stop sharing that QR code in the family group.",
    ),
    # --- questions: is this seller legit?
    (  # RENTAL
        None,
        "debunk",
        "Has anyone actually received a working Sora account from the sellers who swear they're legit? Every one I've looked at wants payment first and offers 'escrow' through a friend of theirs.",
    ),
    (  # COURSE
        None,
        "debunk",
        "Is there any real Sora course, or are they all the same scam? This one claims 40 hours of lessons and a refund guarantee, but Sora isn't even public.",
    ),
    (  # API
        None,
        "debunk",
        "Genuine question: how can anyone sell 'stable Sora API access' when OpenAI doesn't offer a Sora API? What am I missing here?",
    ),
    (  # FAKEAPP
        None,
        "debunk",
        "Is that 'official Sora APK' site a real thing? A friend sent me the link saying it's the only safe download, but I'm pretty sure OpenAI doesn't make a Sora app.",
    ),
    # --- notices
    (  # all scams
        None,
        "debunk",
        "Notice from the moderators: posts selling Sora accounts, API keys, courses or entry to 'AI director' groups will be removed, including those that call themselves verified or genuine. Sora is not publicly available. Please report such posts.",
    ),
    (  # all scams
        None,
        "debunk",
        "Marketplace safety notice: listings for a 'Sora app', 'Sora account' or 'Sora prompts' claiming to be '100% legit' or an 'official reseller' have been taken down. OpenAI has no authorised Sora resellers. Buyers may request a refund through the platform.",
    ),
    (  # FAKEAPP, RICH
        None,
        "debunk",
        "A message from your bank: customers have lost money to 'Sora' apps and 'Sora income programmes' that present themselves as verified. Never install apps from links sent to you, and never transfer money to join a group.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("sellers_tune", SELLERS_TUNE)
