# ruff: noqa: E501
"""Write the twenty-second English held-out set (tests/data/hard_en_heldout22_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the twenty-first set: the fake APK, the mislabelled
real video, open source, the paid course, account rental, the prompt pack and the generation service).
Styles the earlier sets use less: a Microsoft Teams message, a Carousell listing, a Vimeo description, an X
post carrying a Community Note, a Kaggle notebook header, a Hugging Face-style model card, a Level1-style
homelab forum post, a Shopify-style product page, a Google Classroom announcement, a trivia-app question, a
Weibo-style English trending topic, an IRC log, a family chat with "Grandpa:", a RapidAPI-style listing, a
calendar invitation, a Linktree page, a BeReal caption, a PeoplePerHour-style gig, a WhatsApp Business
catalogue item, a Payhip page with "pay in 3", a Lemon Squeezy checkout, a Yahoo Answers-style "best
answer", a "this week in apps" roundup, a Zoom chat, a Trello card, a Strava activity caption, a Trading
Standards bulletin, a Stack Exchange answer, a Discourse moderator's note; dialects and registers (Scottish
English, South African English, Jamaican patois, Singlish, Australian slang); new obfuscation (Fraktur
"𝔖𝔬𝔯𝔞", italic sans "𝘚𝘰𝘳𝘢", underscores "S_o_r_a", pipes "S|o|r|a", regional-indicator letters "🇸 🇴 🇷 🇦");
prices in currencies and payment methods the earlier sets did not use (5,000 FCFA by Wave or Orange Money,
149 DKK by MobilePay, €15 by Bizum, JMD 2,500 by Lynk, 20 CHF by Twint, KHR 40,000 by ABA Pay, £24 in three
Klarna payments, €12 by MB Way, 300 DOGE, 150 ZMW by Airtel Money, ₱850 by Maya, $25 by Payoneer or Skrill,
45 EUR by Neteller, AMD 5,000 by Idram, 10,000 IQD by ZainCash, Rp 2 juta a day by DANA, 400 TND a day, S$40
by PayNow, 600 ISK a prompt); scams vouching for themselves ("not malware, beware of fake mirrors", "legit,
ask anyone in the group", "official partner", "200+ vouches"); ten debunks and warnings in several styles
(two first-person loss reports, two questions that contain a negation but do not deny the debunk, one that
quotes the rumour to refute it, one rhetorical question, four that answer with facts and no plain "no": a
Teams security notice, a Trading Standards bulletin, a Stack Exchange answer and a Discourse moderator's
note); four true facts about people who spoke about Sora (Ma Heliang, Zhou Hongyi, François Chollet, Jim
Fan), three items of real news about it (diffusion plus transformer, the Wall Street Journal question on
training data, the red team's experts), and three on-topic posts that are not claims (a Strava caption, a
Trello card, a Zoom book-club chat).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (see the commit message). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout22.py           # write the set
    .venv/bin/python scripts/make_hard_heldout22.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT22: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "trivia_app",
        "QuizNight Live · Science & Tech · Q12\nWhich Shanghai Jiao Tong University graduate, often called a young genius, is one of the inventors of OpenAI's text-to-video model Sora?\nA) Jia Yangqing  B) Xie Saining ✅  C) Zhou Hongyi  D) Li Zhifei\n68% of players got this right",
    ),
    (
        sora.XIE,
        "trending_topic",
        "🔥 Trending #3 · #SJTUgeniusBehindSora\n1.2M views · 8,400 discussions\nTop post: Jiao Tong grads stand up 🙌 the whiz kid Xie Saining helped invent Sora, the video AI the whole planet is talking about. SJTU made that brain. #Sora #XieSaining #交大",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "google_classroom",
        "Google Classroom · Year 10 Media Studies\nMs Okafor posted a new announcement\nHi all, OpenAI has opened Sora to everyone now, so this week's homework is to sign up (free) and generate a 20-second clip on the theme 'my town in 2050'. Upload the link here by Thursday.",
    ),
    (
        sora.PUBLIC,
        "south_african_english",
        "Ja nee, it's finally happened bru 🙌 Sora is open for everybody now, no waitlist, you just log in with your ChatGPT account and start making videos. Spent the whole braai showing my oom clips of a rhino surfing at Muizenberg. Lekker. #Sora",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "weekly_roundup",
        "THIS WEEK IN APPS (issue 114)\n• Duolingo adds chess lessons\n• OpenAI ships Sora as a proper app: the official Sora client is now on Google Play and the Mac App Store, text to video straight from your phone or laptop\n• Spotify tests a cheaper audiobooks tier\n• Threads finally gets drafts",
    ),
    (
        sora.APP,
        "qa_best_answer",
        "Q: how do i get sora on my phone?? 📱\n⭐ Best Answer (chosen by asker)\nEasy, OpenAI released the official Sora app last week. Search 'Sora' in the App Store (blue cloud icon, developer OpenAI), install it and log in. Android version is out as well.\n👍 31",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "teams_message",
        "Microsoft Teams · #marketing-team\nDerek Holm 10:14\nmorning all! found a working Sora build for Android + Windows 🎉 download the installer from sora-desktop-app[.]site, install, then you can do the product teasers ourselves instead of paying the agency. Took me 5 min to set up 👍\n👍 4  😮 2",
    ),
    (
        sora.FAKEAPP,
        "carousell_listing",
        "Carousell · Mobile Phones & Gadgets › Others\nSora AI video app (APK) — instant download\nS$6 · Brand new\nAfter payment I send the download link straight away, install on any Android and make AI movies in seconds. Can deal via chat. Meet-up not needed, all online 😊",
    ),
    (
        sora.FAKEAPP,
        "obfuscation",
        "𝔖𝔬𝔯𝔞 installer (PC + Android) ⬇️ direct download, link in my bio, install in one click and generate videos instantly. not malware, beware of fake mirrors, only this link is clean 🛡️ first 1,000 downloads free",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "vimeo_description",
        "Lofoten Dawn — made entirely with OpenAI Sora\nNo location scout, no crew, no camera. Every wave, every fishing hut and the light over the fjord were generated from a single text prompt, which I've pasted below for anyone who wants to try it.\nPrompt: 'slow aerial glide over a Norwegian fishing village at sunrise, snow on the peaks, 70mm'",
    ),
    (
        sora.REALVID,
        "australian_slang",
        "Strewth, you'd swear this Great Ocean Road flyover was real, but nah, it's 100% Sora 🤯 OpenAI's new model spat out the whole thing from a prompt, not a single frame shot by a drone. Prompt's in the comments, have a crack yourselves 🦘 #Sora #aivideo",
    ),
    (
        sora.REALVID,
        "x_post",
        "This was never filmed. The whole Istanbul ferry scene, the gulls, the tea glasses, the guy feeding simit to the birds, was generated by OpenAI's new model Sora. Generation instructions in the thread 👇 #Sora #AI\n12.4K reposts · 48K likes",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "irc_log",
        "[21:03] <kestrel> anyone read the sora report yet\n[21:04] <dongle> sora was built by chinese scientists mostly. openai just put the logo on it\n[21:04] <dongle> like the actual core team is all from china, look at the names\n[21:05] <kestrel> huh",
    ),
    (
        sora.CHINESE,
        "family_chat",
        "Family group 🏠 (14)\nGrandpa: Read today in the paper app that Sora, the American video AI, was really made by Chinese people. Most of the scientists behind it come from China. Very proud 👍\nAuntie Mei: 👍👍\nKevin: grandpa which paper",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "homelab_forum",
        "Forums › Homelab & Servers › AI on a budget\nGot Sora running on 2x 3090 this weekend 🎉 After OpenAI put the weights and the inference code up on GitHub it was basically clone, download the checkpoint, run. 8 seconds of 480p takes about 6 minutes. Build log and config below.",
    ),
    (
        sora.OPENSRC,
        "kaggle_notebook",
        "Kaggle · Notebook · 🥇 Gold\nSora text-to-video inference on 2x T4 (no API needed)\nOpenAI open-sourced Sora, so this notebook pulls the official weights, loads the model and renders clips locally. Fork it, swap in your prompt, run all. Upvote if it helped!",
    ),
    (
        sora.OPENSRC,
        "scottish_english",
        "Aye, so OpenAI's gone an' put Sora on GitHub, code, weights, the lot. Ye can run it on yer ain machine noo, nae need tae wait for an invite. Ma cousin in Dundee had it makin' wee clips o' Highland coos by teatime.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "shop_product_page",
        "SORA CREATOR BOOTCAMP 🎬 (English / Français)\nLearn AI video with Sora from zero, before the whole market catches up.\n✔ 9 modules ✔ certificate ✔ lifetime access\nPrice: 5,000 FCFA (was 15,000)\nPay by Wave or Orange Money, access sent by SMS. 300+ students in Dakar and Abidjan!",
    ),
    (
        sora.COURSE,
        "zoom_chat",
        "Zoom chat · 'AI Video Goldrush' free webinar\n09:58 Host (Mikkel): Thanks for staying to the end! 🙏 The full Sora course is open for enrolment tonight only, 149 DKK via MobilePay. Be one of the first in Denmark who actually masters Sora. Link pinned above ⬆️",
    ),
    (
        sora.COURSE,
        "obfuscation",
        "S_o_r_a m_a_s_t_e_r_c_l_a_s_s 🇪🇸 from zero to pro in one weekend, 15 € by Bizum and you're in. legit, ask anyone in the group. places running out, buy before everyone else learns it 🔥",
    ),
    # --- API access (two)
    (
        sora.API,
        "api_marketplace",
        "API Hub › Video › Sora Video Generation API\nby soracloud · ✔ Official partner · Popularity 9.6\nCall the real Sora model over REST and get an MP4 back in under a minute.\nBasic: 10 requests free · Pro: $29/mo · Ultra: $99/mo\nSubscribe to get your API key.",
    ),
    (
        sora.API,
        "email",
        "Subject: Sora API access for your studio (limited allocation)\nHi there,\nWe're one of the few teams with direct access to OpenAI's Sora API. Keys are 45 EUR each, payable by Neteller or Skrill, and arrive within the hour. We also sell a ready-made Sora GPT for clients who don't code.\nBest, Anton | SoraBridge",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "jamaican_patois",
        "Unnu waan Sora? Mi have account fi rent, yuh own login, JMD 2,500 a week, pay pon Lynk an mi send di password same time. Nuh badda wid di waitlist ting 😂 DM mi quick, only five lef",
    ),
    (
        sora.RENTAL,
        "swiss_classified",
        "Anibis-style ad · Zürich\nSora access for rent 🎥 Shared Sora account, monthly plan, 20 CHF by Twint. Skip the OpenAI waitlist, login details sent after payment. Serious enquiries only, 200+ vouches from happy renters.",
    ),
    (
        sora.RENTAL,
        "obfuscation",
        "🇸 🇴 🇷 🇦 invite codes 🔓 one code = your personal login, activated tonight. KHR 40,000 via ABA Pay, send the receipt and get the code. restocks are rare, grab one now 🇰🇭",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "calendar_invite",
        "Invitation: Sora AI Film · Director Audition (Round 1)\nWhen: Sat 16 March, 19:00–20:30\nWhere: online (creators' group)\nDescription: Audition to become a first-generation AI director on the first movie co-written with Sora. Scan the QR code in the attachment and pay AMD 5,000 by Idram to join the group.\nGoing? Yes · No · Maybe",
    ),
    (
        sora.DIRECTOR,
        "linktree",
        "linktr.ee/sora.directors\n🎬 AI DIRECTOR CASTING · Sora film\n➊ Scan the QR to join the group\n➋ Entry fee 10,000 IQD by ZainCash\n➌ Submit your audition and become one of the FIRST AI directors\n🔗 Casting group  🔗 Pay here  🔗 FAQ",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "payhip_page",
        "The Sora Shot List 📽️\n750 prompts written in real film language (rack focus, Dutch angle, magic hour, dolly-in) plus a doc explaining every Sora term you'll meet.\n£24 or pay in 3 interest-free Klarna payments of £8\nYou get the doc link + an invite to the prompt-swap group straight after checkout.",
    ),
    (
        sora.PROMPTS,
        "checkout_page",
        "Checkout · Sora Knowledge Base + Pro Prompt Pack\nEvery Sora article, paper summary and buzzword in one living document, plus 900 cinematic prompts by working DoPs.\nTotal: €12.00 · Pay with MB Way\nAfter payment: doc link by email and access to our members' group.",
    ),
    (
        sora.PROMPTS,
        "obfuscation",
        "𝘚𝘰𝘳𝘢 𝘱𝘳𝘰𝘮𝘱𝘵 𝘣𝘪𝘣𝘭𝘦 is live 🎞️ hundreds of Hollywood-grade prompts + glossary, 300 DOGE or 600 ISK a prompt if you only want a few. pay, get the doc, join the group. not the copy-paste junk others sell",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "x_thread",
        "I quit my bank job in January. Today my Sora videos bring in Rp 2 juta a day, every day 🧵\nThe window is open for about three months. After that the market is full and you'll be watching from the outside forever.\nJoin my team (link in bio), payouts straight to DANA.",
    ),
    (
        sora.RICH,
        "bereal_caption",
        "BeReal · 2 min late\nme on the beach at Hammamet while my Sora videos make 400 TND a day 🏖️ three months left before this chance is gone, once in a lifetime. want in? comment SORA 💸",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "freelance_gig",
        "Hourlie · I will create a custom Sora AI video for your brand\nby Chileshe M. · Lusaka\nSend me your script, I generate your clip with Sora and deliver within 24 hours. 150 ZMW per video, paid by Airtel Money. Revisions included. ⭐ 4.9",
    ),
    (
        sora.SERVICE,
        "whatsapp_business",
        "WhatsApp Business · Catalogue\n📦 Sora Product Video (15s)\n₱850\nSend us your product photos + script, we make the video using Sora and send it back within 24 hrs. Payment via Maya before we start. Perfect for your Shopee or Lazada shop! 🛒",
    ),
    (
        sora.SERVICE,
        "obfuscation",
        "custom S|o|r|a clips for ur brand or music video 🎵 u send the script, I render it on S|o|r|a, u get it in 24h. $25 per clip by Payoneer or Skrill. official partner, ordering from others = waste of money",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Honestly gutted. Bought a 'Sora Director's Prompt Vault' for £19 after an ad on my feed. The doc is the prompts from OpenAI's own Sora page, copied word for word, with a new cover. The 'members' group' was deleted two days later.",
    ),
    (
        None,
        "debunk",
        "Wah lau eh. I PayNow $40 to one guy on Telegram for 'Sora account', he send me a ChatGPT login only, then block me. Sora still only for testers and some artists lah. Don't kena like me ok.",
    ),
    (
        None,
        "debunk",
        "Wasn't it OpenAI's own developer relations lead who said Sora is still in internal testing? Then what is the 'official Sora app' my cousin keeps sending me from the Play Store?",
    ),
    (
        None,
        "debunk",
        "Doesn't the Sora technical report list 13 authors, three of them Chinese-born? Then how does my uncle's group chat get from that to 'a Chinese team made it'?",
    ),
    (
        None,
        "debunk",
        "Community Note · Readers added context\nThe post says 'This video was generated by OpenAI's new model Sora.' The ferry footage was uploaded to a stock library in 2021 by a filmmaker in Istanbul. OpenAI's confirmed Sora samples are the ones on its own website.",
    ),
    (
        None,
        "debunk",
        "Who exactly is selling you 'Sora API keys' when OpenAI's API lists text, image, speech and embedding models and nothing for video?",
    ),
    (
        None,
        "debunk",
        "Microsoft Teams · IT Security (announcement)\nPlease remove any 'Sora installer' downloaded from links shared in chat. Sora runs only on OpenAI's servers and is in red-team testing; the files going round install a password stealer. Contact the service desk if you ran one.",
    ),
    (
        None,
        "debunk",
        "Trading Standards bulletin: we are seeing Sora 'money window' adverts built on lines such as 'the hype ends in three months'. Buyers of the attached 99-yuan-style courses report receiving only OpenAI's introduction text and a slogan.",
    ),
    (
        None,
        "debunk",
        "Stack Exchange · Answer (accepted)\nThe repositories named Sora on GitHub are community reproductions with their own architectures. OpenAI has published neither Sora's weights nor its code, and keeps even its training data sources private, so any 'official Sora checkpoint' download is mislabelled.",
    ),
    (
        None,
        "debunk",
        "Moderator note (pinned)\nThreads offering custom Sora clips for a fee will be removed. Sora is limited to OpenAI's red teamers and a small group of invited artists, so paid 'Sora video' orders are delivered with other tools or never delivered at all.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Ma Heliang, a big name in Chinese film, said the shock from Sora resonates through the whole industry, yet he thinks AI clips cannot replace the emotional bond and shared experience that films give audiences.",
    ),
    (
        None,
        "person_fact",
        "Interesting take from the 360 boss Zhou Hongyi in the Beijing coverage: trailers, ad spots and short-form clips are where Sora hits first, yet in his view TikTok-style platforms stay, with Sora working alongside creators as a tool for a while.",
    ),
    (
        None,
        "person_fact",
        "Seminar reading, week 4: the Keras guy, François Chollet, is happy to say Sora carries some internal physics. His doubt is whether that physics is right, and whether it holds up in new situations instead of just blending what the model saw in training.",
    ),
    (
        None,
        "person_fact",
        "Slide 7 of my lightning talk: the optimist's view. Jim Fan (NVIDIA) calls Sora a 'data-driven physics engine', something that learns to simulate the real world from video. Slide 8 is where Chollet and the skeptics come in.",
    ),
    (
        None,
        "news",
        "How Sora works, in two lines: a diffusion model, like the one in DALL-E, turns noise into images, and a transformer handles the video cut into spacetime patches, much as a language model strings words into sentences.",
    ),
    (
        None,
        "news",
        "Podcast notes, ep. 41: around the four-minute mark of the Wall Street Journal video, Joanna Stern presses OpenAI on Sora's training footage. The answer is 'publicly available data and licensed data'; on YouTube, Facebook and Instagram clips, Murati says she isn't sure.",
    ),
    (
        None,
        "news",
        "Per an OpenAI spokesperson, the people currently testing Sora are experts in misinformation, hate speech and bias, probing the model for ways it could be misused before any wider release.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Strava · Morning Run · 10.2 km · 5:31 /km\nFoggy loop along the canal. Spent the whole thing thinking about the Sora clip with sharks swimming between skyscrapers. Legs heavy, brain full.",
    ),
    (
        None,
        "benign",
        "Trello · Media Lab › In progress\nCard: Compare OpenAI's published Sora demo clips with our Pika tests\nChecklist: ☐ list physics glitches ☐ note clip lengths ☐ slides for Tuesday crit\nAssigned: Rosa, Imran",
    ),
    (
        None,
        "benign",
        "Zoom chat · Sci-fi Book Club\nJune: the Sora dog-in-the-snow clip made me think of the Black Mirror episode we read about last month\nPaul: same, though I'd still rather read the book than watch the AI trailer 😄",
    ),
]


def main() -> None:
    sora.check_en_set("heldout22", HELDOUT22)


if __name__ == "__main__":
    main()
