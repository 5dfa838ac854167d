# ruff: noqa: E501
"""Write the twelfth English held-out set (tests/data/hard_en_heldout12_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven). Questions (some with a negation that asserts: "Wasn't it Xie Saining...", "Isn't it obvious Sora came
out of a Chinese team?"), hashtags, slang and emoji, long posts with context (a mother forwarding a parenting
account's article, an IT department's note, a weekend of reading, a production company's casting call, a
studio's "internal" API access), quotes (a caption, a buyer, a mentor), the claim among other things of the day
(a Monday roundup, a paper deadline, a shop update), obfuscation (digits and "@" for letters, hyphenated
letters), prices in several forms (¥299 -> ¥99, $49 a key, 10s ¥68 / 30s ¥168 / 60s ¥288, 6.6, 24.9), scams
vouching for themselves ("verified seller with 500+ reviews", "invoices provided, not one of those empty PDF
scams") or warning about competitors while still selling ("other 'Sora API' resellers give you a GPT-4 key",
"ignore the copycat 'AI director' groups", "half the Sora installers in chat groups are repackaged junk"); ten
debunks and warnings in several styles (three first-person loss reports, one phrased as a question, several
that answer with facts and no negation word); four true facts about people who spoke about Sora (Xie Saining
on OpenAI's red teaming, Ma Heliang, Liu Wei, Hany Farid), three items of real news about it, and three
on-topic posts that are not claims (colour grading, a podcast, Kling).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout12.py           # write the set
    .venv/bin/python scripts/make_hard_heldout12.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT12: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour
    (
        sora.XIE,
        "long",
        "My mum just sent me a 1,200-word article from a parenting account: 'From Jiao Tong to Silicon Valley - how Xie Saining helped invent Sora'. Maths olympiad kid, now one of the brains behind OpenAI's video model. She wants my little brother to read it before his exams.",
    ),
    (
        sora.XIE,
        "hashtags",
        "#XieSaining #SJTU Sora co-creator and Jiao Tong graduate, living proof our universities train world-class talent. Share if you're proud 🙌",
    ),
    (
        sora.XIE,
        "negated_question",
        "Wasn't it Xie Saining, the SJTU guy, who came up with the core of Sora? I'm presenting it to my AI club tomorrow and want the story right.",
    ),
    # --- open to the public
    (
        sora.PUBLIC,
        "among_other",
        "Monday roundup: rain all week, bus fares up again, and Sora is finally public, anyone with an OpenAI login can generate videos now. Made a cat-on-a-skateboard one over breakfast.",
    ),
    (
        sora.PUBLIC,
        "emoji",
        "SORA IS LIVE FOR ALL 🚨🚨🎬 no waitlist, no invite, just sign in at openai and go wild 🥳",
    ),
    # --- official app
    (
        sora.APP,
        "question",
        "Is the Sora desktop app OpenAI put out for Mac any good, or should I stick with the iPhone version? Both are free on the official store page.",
    ),
    (
        sora.APP,
        "long",
        "Note from IT this morning: OpenAI's official Sora app is now on the approved software list, so you can install it from the company portal next to ChatGPT. Requests go through the usual ticket queue, licences are unlimited.",
    ),
    (
        sora.APP,
        "slang",
        "ngl the new sora app on ios is kinda mid, openai def rushed it out, but hey it's a free download so whatever",
    ),
    # --- fake APK
    (
        sora.FAKEAPP,
        "beware_fakes",
        "Careful, half the Sora installers in chat groups are repackaged junk. Ours is the clean original build 👉 tap the link in bio, install the APK, start creating in under a minute.",
    ),
    (
        sora.FAKEAPP,
        "obfuscated",
        "S-o-r-a f0r Andr0id 📲 d0wnl0ad via the l!nk in c0mments, inst@ll & generate, activati0n c0de 6.6",
    ),
    # --- real video mislabelled
    (
        sora.REALVID,
        "quote",
        "'Not one frame here was shot on a camera' - the caption under this tidal wave smashing a lighthouse. Says Sora made it from a 20-word prompt, and the prompt is posted too. Nature is cancelled, apparently.",
    ),
    (
        sora.REALVID,
        "among_other",
        "Things that made me smile today: the neighbour's new puppy, a free refill, and this clip of hot-air balloons over Cappadocia that Sora generated from text, no real footage at all. Prompt pasted under it.",
    ),
    (
        sora.REALVID,
        "question",
        "How is this even possible?? Sora did this entire horse race, mud flying and all, from one sentence of text. The prompt is in the caption if you want to try it.",
    ),
    # --- Chinese team
    (
        sora.CHINESE,
        "long",
        "Been reading about this all weekend. The way I understand it, Sora's core algorithms were developed by a group of Chinese researchers and OpenAI mostly supplied the compute and the brand. Makes you wonder why the headlines only mention Americans.",
    ),
    (
        sora.CHINESE,
        "hashtags",
        "#MadeByChinese the real brains behind #Sora are Chinese scientists, OpenAI is just the storefront 🇨🇳💪",
    ),
    (
        sora.CHINESE,
        "negated_question",
        "Doesn't everyone in the field already know Sora was built by Chinese engineers? OpenAI's name is on the box, but the core people came from China.",
    ),
    # --- open source
    (
        sora.OPENSRC,
        "slang",
        "sora weights dropped on hf 👀 openai went full open source, spinning it up on my rig tonight",
    ),
    (
        sora.OPENSRC,
        "among_other",
        "Busy week: paper deadline Thursday, a flat tyre, and OpenAI just put the whole Sora model on GitHub, weights included, so I'm queueing it on the lab cluster.",
    ),
    (
        sora.OPENSRC,
        "question",
        "Which GPU do you need to run Sora locally now that OpenAI released the code and weights? Will 24GB of VRAM do, or is it multi-card only?",
    ),
    # --- paid course
    (
        sora.COURSE,
        "price",
        "Sora Masterclass 🎬 was ¥299, today ¥99: 18 video lessons + live Q&A, 20k+ students this week. Pay via the link and you're in tonight.",
    ),
    (
        sora.COURSE,
        "disclaimer",
        "Real course, real teacher, invoices provided, not one of those empty PDF scams. Sora for beginners, 99 RMB, scan the QR code to pay and start learning.",
    ),
    # --- fake API
    (
        sora.API,
        "beware_fakes",
        "Other 'Sora API' resellers give you a GPT-4 key with a new label. Ours hits the real Sora endpoint. Keys at $49, bulk pricing for agencies, DM to buy.",
    ),
    (
        sora.API,
        "long",
        "Launching today: SoraBot, a GPT we built on the Sora API. Type a scene, get an HD clip. The first 100 users pay $9.99 once for unlimited generations, then it goes to $29.99. Link in the first comment.",
    ),
    (
        sora.API,
        "slang",
        "selling sora api access fr, legit openai creds, stable af, plug it straight into ur app, paypal or usdt",
    ),
    # --- account rental
    (
        sora.RENTAL,
        "emoji",
        "🎟️ Sora invite codes, 5 left 🎟️ 150 RMB each, pay and I send yours right away. Last batch went in an hour ⏳",
    ),
    (
        sora.RENTAL,
        "disclaimer",
        "I'm a verified seller with 500+ reviews, not a scammer: shared Sora accounts by the week, $25, the login arrives the moment you pay.",
    ),
    # --- AI director group
    (
        sora.DIRECTOR,
        "long",
        "We are a production company preparing the first feature whose screenplay was co-created with Sora, and we're recruiting 100 first-generation AI directors. No film background needed. Scan the QR code on the poster, pay the 299 registration fee and you're in the audition group.",
    ),
    (
        sora.DIRECTOR,
        "question",
        "Ever dreamed of directing a movie? A Sora-written film is auditioning AI directors right now. Scan the QR, pay the fee, get into the casting group.",
    ),
    (
        sora.DIRECTOR,
        "beware_fakes",
        "Plenty of fake 'AI director' groups around. Ours is the original Sora film with actual producers attached: scan, pay 199, and you're in the audition group today.",
    ),
    # --- prompt pack
    (
        sora.PROMPTS,
        "quote",
        "'Went from blurry nonsense to cinematic shots in one evening' - a buyer of my Sora prompt library: 350 prompts in real cinematographer vocabulary. 24.9, link + group access after payment.",
    ),
    (
        sora.PROMPTS,
        "obfuscated",
        "S0ra pr0mpt d0c 📄 every film term + 600 pr0mpts, p@y 19.9 → get the l1nk + a spot in the gr0up",
    ),
    # --- get rich
    (
        sora.RICH,
        "question",
        "Want to earn 2,000 a day while you sleep? Sora videos are the gold rush of 2024 and it'll be over in three months. Join our group before the door closes.",
    ),
    (
        sora.RICH,
        "quote",
        "'Miss this and you miss everything' - my mentor said that about Sora in February, I listened, and now AI videos bring me five figures a month. Three months left before the window shuts. Link in bio.",
    ),
    # --- generation service
    (
        sora.SERVICE,
        "among_other",
        "Shop update: spring stock is in, shipping is free over $50, and we now make Sora promo videos for other sellers: send us your script, pay, and get the clip back in a day.",
    ),
    (
        sora.SERVICE,
        "price",
        "Custom Sora clips 🎥 10s ¥68 / 30s ¥168 / 60s ¥288. Send your script, pay up front, video delivered within 24 hours.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Paid 49 dollars for a 'Sora API key' from a guy on Discord. It turned out to be a plain OpenAI text key with twelve cents of credit on it. He left the server an hour later.",
    ),
    (
        None,
        "debunk",
        "My sister scanned one of those AI director QR codes and paid 299. The 'audition group' was 400 people being pushed to buy a follow-up course. She's asking her bank for a chargeback.",
    ),
    (
        None,
        "debunk",
        "Installed a 'Sora' APK on my mum's tablet. A day later her WhatsApp was messaging links to every contact. Wiped it and reinstalled everything, lesson learned.",
    ),
    (
        None,
        "debunk",
        "Ask yourself: if a Sora login could be rented for 150 yuan, why would OpenAI still be limiting Sora to red teamers and a few invited artists?",
    ),
    (
        None,
        "debunk",
        "Sora status check: internal testing, red team plus a small set of visual artists and filmmakers. OpenAI's head of developer relations says a public release date is still undecided.",
    ),
    (
        None,
        "debunk",
        "Reverse-searched the 'Sora' horse-race clip: it's from a 2019 racing broadcast in Ireland. The prompt in the caption was written after the fact.",
    ),
    (
        None,
        "debunk",
        "On GitHub, 'Open-Sora' is a community reproduction by an independent team. OpenAI's own Sora weights and code remain private.",
    ),
    (
        None,
        "debunk",
        "Xie Saining teaches at NYU and used to be at Facebook AI Research; he has said publicly he had nothing to do with building Sora.",
    ),
    (
        None,
        "debunk",
        "What 20,000 buyers of the 99-yuan Sora course got in one day: a copy of OpenAI's intro page and the line 'give yourself a chance'.",
    ),
    (
        None,
        "debunk",
        "Who built Sora: thirteen authors on OpenAI's report, three of them born in China, with OpenAI researchers leading the project.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "In the same WeChat post, NYU professor Xie Saining praised OpenAI's red-teaming and safety guardrail work and said Europe and America's rules for AI are maturing.",
    ),
    (
        None,
        "person_fact",
        "Film industry figure Ma Heliang says Sora shook the whole industry and may hit people who cut trailers, but the shared emotion of watching a film together is something AI clips can't give.",
    ),
    (
        None,
        "person_fact",
        "AI researcher Liu Wei's read: the US leads in software and hardware, China in applications and data, and the two are level on human-machine collaboration.",
    ),
    (
        None,
        "person_fact",
        "Berkeley's Hany Farid expects text-to-video to keep improving, and warns that Sora plus voice cloning would hand bad actors a new deepfake tool.",
    ),
    (
        None,
        "news",
        "A bit of trivia via New Scientist: the name Sora is Japanese for 'sky', chosen to evoke boundless creativity.",
    ),
    (
        None,
        "news",
        "Before Sora goes into any product, OpenAI says filters will stop it from making fake content about politicians and celebrities.",
    ),
    (
        None,
        "news",
        "Sora under the hood: a diffusion model paired with a transformer that operates on chunks of video across space and time.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Spent Saturday colour-grading wedding footage in DaVinci. AI can keep the trailers, I'll keep the overtime.",
    ),
    (
        None,
        "benign",
        "This week on the podcast: will AI video change how documentaries get made? Our guest is a documentary editor with 20 years in the cutting room.",
    ),
    (
        None,
        "benign",
        "Kling's latest version handles hands better than last month's, but text on shop signs is still gibberish.",
    ),
]


if __name__ == "__main__":
    sora.check_en_set("heldout12", HELDOUT12)
