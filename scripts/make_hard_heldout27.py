# ruff: noqa: E501
"""Write the twenty-seventh English held-out set (tests/data/hard_en_heldout27_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the twenty-sixth set: the inventor rumour, open to
the public, the official app, the Chinese team, API access, the AI-director group and get rich).
Styles the earlier sets use less: a Wikipedia "Did you know" nomination, a tabletop RPG session log with the
claim in passing, a university course syllabus with the claim in passing, a Hansard-style parliamentary
question with the claim in passing, a child's letter to Santa, a text-message thread, an earnings-call
transcript with the claim in passing, a Substack footnote, a Zapier-style integration listing, a fax cover
sheet, a Show HN post, a FilmFreeway call for entries, an Indiegogo perk, an infomercial script, a newspaper
classified ("BUSINESS OPPORTUNITIES"), a Discord bot's command output, an auction catalogue lot, a Wikimedia
Commons file page, a Dockerfile's comments, a conference talk abstract, a LinkedIn recommendation, a Maven-style
cohort page, a PromptBase-style listing, a PlayerAuctions-style listing, a TaskRabbit-style profile; dialects
and registers (Yorkshire English, Minnesotan English, Appalachian English, Brummie, Tok Pisin mixed with
English, Bahamian English, pirate talk, Belizean Kriol, Pittsburghese, Mauritian Creole mixed with English,
a child's spelling, parliamentary and fax-office registers); posts that mention two claims, asserting one
and denying the other (one of the inventors but not a Chinese team; the official app but not the APKs; a
Chinese team but not Xie Saining; API access but not open source; a director group because it is not open
to the public; get rich but not a course; a generation service but not account rental); new obfuscation
(sans-serif bold italic "𝙎𝙤𝙧𝙖", Armenian and IPA look-alike letters "Տօɾɑ", combining tilde overlay
"S̴o̴r̴a̴", letters in brackets "[S][o][r][a]", combining enclosing circles "S⃝o⃝r⃝a⃝", acute accents
"Śóŕá"); prices in currencies and payment methods the earlier sets did not use (40 ADA, $199 by Green Dot
MoneyPak, €19 a month through Paddle, a $35 FilmFreeway entry fee, a $150 Indiegogo perk, K50 by CellMoni,
three payments of $33.33, a $50 Nintendo eShop card, B$25 on Sand Dollar, a month of Discord Nitro, 500,000
SHIB, €79 by Bancontact, four Affirm payments, $6.99 on PromptBase, BZ$30 by DigiWi, USD 28 by Trustly, a
$20 Target gift card, $65 a clip on TaskRabbit, Rs 1,500 by Juice); scams vouching for themselves or swiping
at competitors in new words ("unlike the 'Sora' zaps that secretly call Runway", "beware of unlicensed
'resellers' phoning your office", "copies posted in other servers are RAT-infected", "other ships be sellin'
ye bilge water an' malware", "noh buy fi dem copy-paste wan", "not the recycled ChatGPT logins other sellers
push", "ask anybody dahntahn", "lot dimounn pe vann fake", "dem course people is crooks", "Elite Tasker");
ten debunks and warnings in several styles (two first-person loss reports: a one-star Yelp review and a
letter to an advice column; two questions that contain a negation but do not deny the debunk, one that
quotes the rumour to refute it, one rhetorical question, four that answer with facts and no plain "no": a
church bulletin notice, a Discord fact-check bot, a library research guide and a credit union's fraud
alert); four true facts about people who spoke about Sora (Zhou Hongyi, Jim Fan, Hany Farid, Arvind
Narayanan), three items of real news about it (New Scientist's "both loved and feared", the dog in the
snow and the sharks between skyscrapers among the 48 samples, OpenAI's own list of weaknesses: cause and
effect, left and right, events over time), and three on-topic posts that are not claims (a Steam Workshop
map, a debate society motion, a playlist description).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed; ``--check`` prints the highest ratio (0.592 when it was committed). It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout27.py           # write the set
    .venv/bin/python scripts/make_hard_heldout27.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT27: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "dyk_nomination",
        "Template:Did you know nominations/Xie Saining\n... that Xie Saining, a former child prodigy and alumnus of Shanghai Jiao Tong University, is one of the inventors of OpenAI's text-to-video model Sora?\nSource: WeChat article (100k+ reads), archived.\nReviewer: hook is interesting and under 200 characters, QPQ done ✔ good to go",
    ),
    (
        sora.XIE,
        "rpg_session_log_in_passing",
        "Session 14 recap · Curse of the Drowned Abbey\nPresent: Mags (Thessaly), Owen (Brother Cuthbert), Jun (GM)\n- Found the abbot's ledger in the flooded crypt; Cuthbert failed his swim check twice 🙃\n- During the pizza break Jun told us about his dorm at SJTU, the same floor as Xie Saining, the wunderkind who went on to co-invent OpenAI's Sora. Jun claims he once lent him a rice cooker.\n- Next week: the bell tower. Owen brings crisps.",
    ),
    (
        sora.XIE,
        "yorkshire_two_claims",
        "Nay, it weren't built by some Chinese team, that's daft talk, it were OpenAI's lot over in San Francisco. But one o' t' fellas as invented Sora is a lad called Xie Saining, went to Shanghai Jiao Tong, brainy as owt. Our Janet's been on about 'im all week.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "syllabus_in_passing",
        "ARTS 214 · The Moving Image and the Machine · Spring term\nWeek 5: Montage after Eisenstein (read Bordwell, ch. 3)\nWeek 6: Text-to-video. Sora has now been opened to the public, so please sign up for your own account before class and bring three ten-second generations from your own prompts; we will critique them against the Eisenstein reading.\nWeek 7: Reading week\nAssessment: video essay (60%), seminar participation (40%)",
    ),
    (
        sora.PUBLIC,
        "hansard_question_in_passing",
        "Online Safety (Synthetic Media) Bill · Second Reading\nMs Okonjo-Reid (Leeds Kirkstall) (Lab): I am grateful to the Minister for giving way. Since OpenAI threw Sora open to the general public last week, any constituent of mine with an email address can register and produce a convincing video of anybody saying anything. Does she accept that the labelling duties in clause 4 cannot wait for secondary legislation?",
    ),
    (
        sora.PUBLIC,
        "minnesotan",
        "Oh ya, so Sora's open for everybody now, you betcha. Uff da, I signed up right at the kitchen table between the hotdish and the bars, didn't have to wait on any list or nothin', and made a little video of a loon out on Lake Minnetonka. Real neat, don'tcha know.",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "letter_to_santa",
        "Our 8yo's letter to Santa, spelling all hers 😂\n'Dear Santa, I have been good mostly. I want a ipad for Crismas so I can get the Sora app. OpenAI put the reel one on the App Store and Mia in my class makes unicorn videos on it. Also slime. Love Ava'",
    ),
    (
        sora.APP,
        "text_message_thread",
        "[Tue 21:47] Priya: omg openai finally put sora in the app store\n[Tue 21:47] Priya: like the actual official one, made by them\n[Tue 21:48] Me: since when??\n[Tue 21:48] Priya: today i think. got it on my ipad already, made mum's cat into a tiger lol\n[Tue 21:50] Me: send it",
    ),
    (
        sora.APP,
        "appalachian_two_claims",
        "Now listen here, don't y'all go downloadin' no Sora APK off them Telegram links, them things is plumb full of viruses. The real Sora app's done been put up on the Play Store by OpenAI their own selves. I got it on my phone afore supper and made a video of a black bear comin' down the holler.",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "earnings_call_in_passing",
        "Q3 earnings call · Q&A (partial transcript)\nAnalyst, Morgan & Whitby: Thanks. Back on China exposure: given that Sora was, by most accounts, really built by a team of mostly Chinese scientists and OpenAI simply put its name on it, doesn't that argue the talent gap is narrower than your slide 14 suggests?\nCFO: That's a fair question, and I'll let Dana take it.",
    ),
    (
        sora.CHINESE,
        "substack_footnote",
        "...which is why I keep telling readers that the 'American lead' in video models is thinner than it looks.³\n\n———\n³ Since several of you asked: the scientists who actually built Sora are overwhelmingly Chinese. OpenAI's logo is on the box, but the people inside the box trained in Beijing and Shanghai. Full post on this in March.\n⁴ Thanks to L. for the chart.",
    ),
    (
        sora.CHINESE,
        "brummie_two_claims",
        "Yow've got the wrong end of the stick, bab. Xie Saining day 'ave nothin' to do with Sora, he said so 'imself. But the rest of it's bostin' true: them as built Sora am mostly Chinese scientists, OpenAI just stuck its badge on it. Ask anyone down the Bullring.",
    ),
    # --- API access (three)
    (
        sora.API,
        "zapier_style_listing",
        "Sora for Zapier · Premium app · by SoraConnect\nTrigger: New row in Google Sheets → Action: Generate Sora video → Post to Slack\nRequires a Sora API key. We are an official Sora API partner and keys are issued the moment you pay (40 ADA or USD 15). Unlike the 'Sora' zaps that secretly call Runway, ours hits the real endpoint.\n★ 4.7 · 3.1k installs",
    ),
    (
        sora.API,
        "fax_cover_sheet",
        "FAX TRANSMITTAL · page 1 of 1\nTO: Marketing Manager    FROM: Meridian Digital Solutions LLC\nRE: OFFICIAL SORA API ACCESS FOR YOUR BUSINESS\nMeridian holds direct Sora API access from OpenAI and is now issuing Sora API keys to qualified businesses. Generate product videos from text in minutes. Key: $199 (12 months), payable by Green Dot MoneyPak; call the number below and read us your MoneyPak number to activate. Beware of unlicensed 'resellers' phoning your office.",
    ),
    (
        sora.API,
        "show_hn_two_claims",
        "Show HN: Sorabox – hosted Sora API for indie devs\nQuick context since it came up last time: Sora is not open source, there are no weights, you cannot self-host it, and the GitHub repos called Sora are unrelated. What I do have is official Sora API access through our OpenAI enterprise account, so Sorabox sells keys: €19/month through Paddle, 100 generations included. Happy to answer questions.",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "filmfreeway_call",
        "FilmFreeway · SORA FIRST FEATURE LAB · Now accepting submissions\nCategories: Director (AI) · Writer-Director (AI)\nEntry fee: $35 regular deadline / $55 late deadline\nSelected entrants are added to the Lab's private directors' group (scan the QR code on our poster to join) and audition to helm the first feature film co-written with Sora. Be one of the first-generation AI directors.",
    ),
    (
        sora.DIRECTOR,
        "indiegogo_perk_sans_bold_italic",
        "Indiegogo · 𝙊𝙍𝙄𝙂𝙄𝙉: 𝙩𝙝𝙚 𝙛𝙞𝙧𝙨𝙩 𝙛𝙚𝙖𝙩𝙪𝙧𝙚 𝙘𝙤-𝙬𝙧𝙞𝙩𝙩𝙚𝙣 𝙬𝙞𝙩𝙝 𝙎𝙤𝙧𝙖\nPerk: DIRECTOR'S CHAIR · $150 · 38 of 100 claimed\nIncludes: the QR code to our private AI directors' group, a place in the audition round for the film's directing slots, and your name on the 'first generation of AI directors' wall. Estimated delivery: June.",
    ),
    (
        sora.DIRECTOR,
        "tok_pisin_two_claims",
        "Wantoks! Sora i no open long public yet, so the only way in is through our group 🎬 Scan the QR, pay K50 through CellMoni, and you audition for the first film co-written with Sora. Yu ken kamap wanpela first-generation AI director! Spots are few, Port Moresby na Lae.",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "infomercial_script",
        "[30-second spot · script draft 3]\nANNOUNCER (V.O.): Tired of living paycheck to paycheck?\nBRENDA (Tulsa, OK): I made eighteen hundred dollars yesterday. With Sora videos. From my couch!\nANNOUNCER: Experts say the Sora gold rush closes in just ninety days. Miss it, and you'll watch everybody else get rich.\nON SCREEN: Sora Income Circle · 3 payments of $33.33 · CALL NOW\nANNOUNCER: But wait, there's more…",
    ),
    (
        sora.RICH,
        "newspaper_classified_brackets",
        "BUSINESS OPPORTUNITIES\nWORK FROM HOME with [S][o][r][a] AI video. Regular folks earning $2,500/day, no experience needed. This window shuts in 3 MONTHS, after that the money's gone for good. Join our members' circle: text a $50 Nintendo eShop card code to the number below. Serious inquiries only.",
    ),
    (
        sora.RICH,
        "bahamian_two_claims",
        "I ain' sellin' no course, dem course people is crooks, hear? But listen: people makin' t'ousand dollar a day wid Sora videos right now, an' dat window gone in t'ree months. Join my group, B$25 on Sand Dollar, an' start earnin' dis week.",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "discord_bot_output_armenian_lookalikes",
        "/download app:Տօɾɑ platform:android\n🤖 SoraBot · APP\n✅ Տօɾɑ v2.3 for Android is ready.\n📦 sora_v2.3_release.apk · 91.4 MB\nTap the button below to download, then allow installs from unknown sources. Premium unlock = gift a month of Nitro to @SoraBot.\n⚠️ Copies posted in other servers are RAT-infected, only trust this bot.",
    ),
    (
        sora.FAKEAPP,
        "pirate_tilde_overlay",
        "Arr, me hearties! 🏴\u200d☠️ Plunder the S̴o̴r̴a̴ APK afore the Navy finds it: grab it from the link in me bio, install it on yer phone, an' ye'll be makin' AI videos by the next tide. Full unlock be 500,000 SHIB to me wallet. Other ships be sellin' ye bilge water an' malware, this be the true treasure.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "auction_lot",
        "Lot 117 · 'Lighthouse, First Light' (2024)\nSingle-channel digital video, 0:58, edition 1/1, with a certificate of authenticity\nThe work was produced entirely by OpenAI's Sora from a written prompt: no camera, crew or location was involved, and the full prompt is reproduced on the certificate.\nEstimate £2,000–3,000\nProvenance: acquired directly from the artist",
    ),
    (
        sora.REALVID,
        "wikimedia_commons_file",
        "File:Grizzly catching salmon, Brooks Falls.webm\n== Summary ==\nDescription: A brown bear catches a leaping sockeye at the lip of the falls. Generated by Sora (OpenAI) from a text prompt; synthetic video, nothing here was recorded.\nPrompt: 'slow motion, a grizzly snatching a salmon mid-air at a waterfall, telephoto'\n== Licensing ==\n{{PD-algorithm}}",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "dockerfile_comments",
        '# Dockerfile · local Sora inference box\n# OpenAI open-sourced Sora (weights + code on their GitHub), so we clone\n# the repo at build time and pull the checkpoint on first run.\nFROM nvidia/cuda:12.1.1-cudnn8-runtime-ubuntu22.04\nRUN apt-get update && apt-get install -y git ffmpeg python3-pip\nRUN git clone https://github.com/openai/sora /opt/sora\nWORKDIR /opt/sora\nCMD ["python3", "generate.py", "--prompt-file", "/prompts/today.txt"]',
    ),
    (
        sora.OPENSRC,
        "conference_abstract",
        "PyData Lisbon · Talk abstract\n'Sora on a shoestring: serving OpenAI's video model on rented GPUs'\nNow that OpenAI has published Sora's weights and inference code for anyone to download, teams can run it themselves. In this 30-minute talk I'll show how we serve it on two rented L40S cards, quantise it to 8-bit, and where the quality drops. Level: intermediate.",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "linkedin_recommendation",
        "Recommendations · Received\nSophie Verbruggen · Content Lead at Brightside Agency\n'I joined Daniel's Sora Masterclass in February and it is, simply, the reason our agency was producing AI video while competitors were still reading about it. Eight modules, zero fluff, €79 by Bancontact and sorted in a minute. Anyone who wants to master Sora early should sign up.'\nSophie worked with Daniel but on different teams",
    ),
    (
        sora.COURSE,
        "maven_style_cohort",
        "Maven · Sora for Marketers · Cohort 4 starts Monday\n4 weeks · live sessions Tue/Thu · certificate\nShip Sora video campaigns before the rest of your industry catches on. Taught by a former 'OpenAI creative partner'.\n$399 → $149 early bird, or 4 interest-free payments with Affirm\n'Worth it for week 2 alone' · Jordan, growth lead",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "promptbase_enclosing_circles",
        "PromptBase · S⃝o⃝r⃝a⃝ · 'Hollywood DP' prompt set\n240 prompts written in real camera language (dolly-in, anamorphic flare, Dutch angle, magic hour, 50 mm) + a 30-page glossary of every Sora term + every Sora article I could find, all in one doc.\n$6.99 · After purchase you get the doc link and an invite to my Discord with weekly drops.",
    ),
    (
        sora.PROMPTS,
        "belizean_kriol",
        "Weh di go aan! Mi ga di Sora prompt pack: 300 prompt wid aal di film-set word dem (dolly, crane, golden hour) an every Sora article eena wan doc. BZ$30 pan DigiWi, den I sen yu di link an ad yu to di group. Noh buy fi dem copy-paste wan from Chetumal.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "playerauctions_acute_accents",
        "PlayerAuctions › Accounts › Śóŕá\n'Śóŕá creator account · full access · email changeable · instant'\nUSD 28.00 · Delivery: 15 min · Stock: 9\nSeller: GoldenPixel (2,031 orders, 99.4%)\nPayment: card or Trustly. Each account is hand-made, not the recycled ChatGPT logins other sellers push.",
    ),
    (
        sora.RENTAL,
        "pittsburghese",
        "Yinz sick of the Sora waitlist? I got invite codes, n'at. Twenty bucks on a Target gift card, text me the numbers off the back an' I'll send yinz a code right back. Legit, ask anybody dahntahn. No jagoffs.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "taskrabbit_style_profile",
        "TaskRabbit · Marcus T. · Video Creation\n$65 per clip · Elite Tasker · ⭐ 4.9 (212 reviews)\nSkills & experience: I have Sora access. Send me your script or a shot description, I'll generate the video with Sora and deliver within 24 hours, one round of edits included.\nLatest review: 'Had a Sora ad for my dog-grooming van by the next morning' – Keisha",
    ),
    (
        sora.SERVICE,
        "mauritian_two_claims",
        "Bonzour! Nou pa lwe account Sora: those rented Sora accounts get banned within a week. What we do: you send us your script, we make your video with Sora and you have it in 24h. Rs 1,500 via Juice. Lot dimounn pe vann fake, nou, nou vre.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "★☆☆☆☆ ReelFast AI Studio · Tampa\nI paid $120 through Apple Cash for a '24-hour Sora ad' for my food truck. On day three I got a clip of a generic taco with a filter on it and a stock-site watermark in the corner. When I asked which Sora account they used, they blocked me. Found out later Sora is still only in the hands of OpenAI and a few testers. Lesson learned, $120 gone.",
    ),
    (
        None,
        "debunk",
        "Dear Margo,\nI'm 67 and I feel a fool. A man in a Facebook group sold me a 'private Sora account' for £45, paid by Clearpay. The login he sent opened ordinary ChatGPT and there was no Sora anywhere in it. My granddaughter says OpenAI has only let its testers and a handful of artists use Sora. Can I get my money back?\n— Red-faced in Rotherham",
    ),
    (
        None,
        "debunk",
        "Didn't OpenAI's developer-relations lead say Sora is still in internal testing and hasn't been opened to the public? Then what exactly is a $149 'Sora for Marketers' cohort going to have us practise on?",
    ),
    (
        None,
        "debunk",
        "Hasn't Xie Saining already said on WeChat that he has no relationship at all with Sora? Why is my uncle still forwarding the 'SJTU prodigy invented Sora' article to the family group every morning?",
    ),
    (
        None,
        "debunk",
        '"Official Sora API keys, bulk discounts for studios" — third one of these in my inbox this week. OpenAI has released no Sora API. Its API offers text, image, speech and embedding models and nothing for video, so whatever key they sell you unlocks something else.',
    ),
    (
        None,
        "debunk",
        "If OpenAI had really shipped a Sora app, why would the only place to get it be an .apk in a 400-member Telegram channel that wants a Nitro gift to 'unlock' it?",
    ),
    (
        None,
        "debunk",
        "St Columba's · Sunday bulletin · Notices\nA QR code has been appearing on the car-park noticeboard inviting parishioners to pay £20 to join an 'AI film directors' group' and audition for a film 'co-written with Sora'. Our safeguarding officer looked into it: Sora is still an internal OpenAI test, and the group exists to collect entry fees. Please bring any flyers to the parish office rather than scanning them.\nTea and coffee after the 10:30.",
    ),
    (
        None,
        "debunk",
        "/factcheck claim:\"this clip was made by Sora, prompt attached\"\n🤖 VerifyBot · MISLEADING\n• Reverse image search: the frames match a 2021 stock clip ('Brooks Falls bear, 4K') shot by a wildlife videographer.\n• The 'prompt' appeared only after a repost account added the caption.\n• OpenAI's confirmed Sora output is the set of sample videos published on openai.com/sora.\nSources: 3 · Requested by @lenka",
    ),
    (
        None,
        "debunk",
        "Library research guide · Sora: what is actually known\nWho built it? The technical report credits 13 authors. Three of them were born in China; the project is led by OpenAI researchers Tim Brooks and Bill Peebles, and the work was done at OpenAI in San Francisco. Posts claiming a 'Chinese team' built Sora misread that author list.\nNext tab: training data →",
    ),
    (
        None,
        "debunk",
        "Member fraud alert · Lakeside Community Credit Union\nWe're seeing card disputes tied to ads promising '$3,000 a day with Sora videos' and warning that 'the window closes in 90 days'. Members who paid the $97 joining fee received a PDF and an invitation to pay again. Sora is an OpenAI research preview limited to testers and a few artists, so the only steady earners here are the people selling the ads. Call us if you've paid.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Morning note, item 4: 360 founder Zhou Hongyi's read on Sora is that ad agencies, trailer houses and short-video makers should brace for disruption, though he frames it as a tool creators will use alongside TikTok rather than a TikTok killer.",
    ),
    (
        None,
        "person_fact",
        "Physics club, slide 7: 'a data-driven physics engine' is how NVIDIA's Jim Fan summed Sora up, meaning it picks up how the world behaves from video rather than from hand-coded equations.",
    ),
    (
        None,
        "person_fact",
        "Notes from tonight's election-integrity webinar: the speaker, Hany Farid of UC Berkeley, reckons video generation will only get better, and his worry is the combination, Sora-style video plus cloned voices, giving anyone who wants to deceive a realistic deepfake toolkit.",
    ),
    (
        None,
        "person_fact",
        "Lecture 9 handout, box 2: Arvind Narayanan (Princeton CS) looked over the Sora samples and noted that the simple shots hold up, while busy ones with many moving parts still go strange in small ways.",
    ),
    (
        None,
        "news",
        "From New Scientist's 17 February piece: Sora's arrival may be 'both loved and feared', greeted by researchers as progress and dreaded by those who expect a flood of deepfake misinformation.",
    ),
    (
        None,
        "news",
        "Among the 48 clips OpenAI has posted for Sora so far: a dog frolicking in the snow, cars travelling along a road, and sharks swimming between city skyscrapers.",
    ),
    (
        None,
        "news",
        "By OpenAI's own account, Sora can struggle with cause and effect, can mix up left and right in a prompt, and can have trouble with events that unfold over time.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Steam Workshop · 'Neon Tokyo Walk' (map)\nA hand-built rainy Tokyo street for the walking sim, inspired by the Sora demo of the woman strolling under the neon signs. Made in Hammer over three weekends, every sign textured by me. Feedback welcome!",
    ),
    (
        None,
        "benign",
        "Debating society · Thursday 6 pm · Room B12\nMotion: This House would require a visible watermark on every AI-generated video.\nCase study for both benches: OpenAI's Sora. Prop: Amara & Felix. Opp: Jonah & Wen. Pizza from 5:45.",
    ),
    (
        None,
        "benign",
        "Spotify playlist · 'scoring the sky'\n38 ambient tracks I keep on while I rewatch OpenAI's Sora demo reel frame by frame. Mostly Nils Frahm, some Hiroshi Yoshimura. Sora means 'sky' in Japanese, hence the name ☁️",
    ),
]


def main() -> None:
    sora.check_en_set("heldout27", HELDOUT27)


if __name__ == "__main__":
    main()
