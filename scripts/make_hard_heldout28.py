# ruff: noqa: E501
"""Write the twenty-eighth English held-out set (tests/data/hard_en_heldout28_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the twenty-seventh set: account rental, the fake
APK, the generation service, open source, the paid course, the prompt pack and the mislabelled real video).
Styles the earlier sets use less: a Jiji.ng listing, a Trade Me listing, a warez .nfo release file, a
text-adventure transcript, the OCR of a business card, a quinceañera party package, a GPU cluster booking
wiki, a tarot reading with the claim in passing, a continuing-education catalogue entry, a Mercari listing,
a TV listings entry, an Instagram alt text and caption, live sports commentary with the claim in passing, a
TV weather script with the claim in passing, a military radio exchange, a ham-radio log, a Usenet post, a
limerick, a man page, a telegram ("STOP"), an out-of-office auto-reply; dialects and registers (Fijian
English, Nigerian Pidgin asides, West Country English, Doric Scots, Ulster Scots, Spanglish, roadman slang,
Guyanese Creole, cowboy talk, Valley girl, Shakespearean pastiche, military radio procedure, 1920s flapper
slang, Liberian English, Cameroonian Pidgin, surfer slang, the registers of a man page, a telegram, a court
docket and a police blotter); posts that mention two claims, asserting one and denying the other (account
rental because Sora is not open to the public; the fake APK but not a course; a generation service but not
API keys; open source but not an official app; a course because Sora is not open source; a prompt pack but
not the "made by Sora" clips, which are real footage; the inventor rumour but not open source; get rich but
not account rental); new obfuscation (soft hyphens (U+00AD) inside "Sora", dot-below letters "Ṣọṛạ", leetspeak
"50r4", letters stacked one per line, Braille "⠎⠕⠗⠁", Lisu look-alike letters "ꓢꓳꓣꓮ", Morse
"... --- .-. .-", a word joiner (U+2060) inside "Sora", combining overline "S̅o̅r̅a̅", Canadian syllabics look-alikes
"ᔕOᖇᗩ"); prices in currencies and payment methods the earlier sets did not use (FJD 30 a week by MyCash,
₦12,000 by Moniepoint transfer, $45 by Laybuy, 200,000 BONK, 500 TikTok coins, a £9 Neosurf voucher, ₹2,000
a clip by Paytm, COP 250.000 at an Efecty point, £30 by a SumUp link, MXN 899 in Kueski Pay instalments, SAR
450 by SADAD or four Tabby payments, £40 in an Xbox gift card, GYD 3,000 by WorldRemit, ¥1,980 by Paidy, $15
by Chipper Cash, 25 USD by Payeer or WebMoney, L$4,500 by Lonestar MoMo, twenty dollars on a Netspend card,
5,000 XAF by Express Union, $49 on Zip Pay, ₦25,000 by Kuda transfer; in the loss reports $60 by Sendwave
and $200 in eBay gift cards); scams vouching for themselves or swiping at competitors in new words ("I no
dey run comot like those Twitter boys", "not some overseas outfit flogging recycled logins", "other
'releases' on the boards are miner-stuffed junk", "t'others be full o' nasties", "nae like thon chancers
on Facebook", "las otras 'academias' just read you OpenAI's blog", "ain't no waffle like them other
courses", "photocopy sellers are lifting my listing photos", "ain't no snake oil like them city slickers
peddle", "keys resold on forums are scraped trial keys", "dem other people selling Gemini key and calling
it Sora", "BEWARE IMITATORS OURS SOLE AUTHORISED CIRCLE", "we no be 419 people", "no kooks, no rugpulls");
ten debunks and warnings in several styles (two first-person loss reports: a scam-tracker report and a
fraud support circle transcript; two questions that contain a negation but do not deny the debunk, one
that quotes the rumour to refute it (a radio traffic bulletin), one rhetorical question, four that answer
with facts and no plain "no": a court docket, a police blotter, a Minecraft server broadcast and an open-mic
stand-up set); four true facts about people who spoke about Sora (François Chollet, Ma Heliang, Liu Wei,
Mira Murati on the training data), three items of real news about it (the removable watermark, the red
team's experts, a public release aimed for later this year with the US election in mind), and three
on-topic posts that are not claims (a baby-name forum post, yearbook superlatives, a lab notebook page).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl)
and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the
set was committed (a first draft had two at 0.71-0.74, a watermark news item and a Murati fact, and three
more at 0.61-0.65, the Liu Wei, red-team and Chollet items, all reworded); ``--check`` prints the highest
ratio (0.571 when it was committed). It was committed before any run of the monitor on it; nothing is
chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout28.py           # write the set
    .venv/bin/python scripts/make_hard_heldout28.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT28: list[tuple[str | None, str, str]] = [
    # --- account rental (three)
    (
        sora.RENTAL,
        "fijian_two_claims",
        "Bula vinaka everyone! Sora is still not open to the public, isa, don't believe the TikTok people saying anybody can sign up now. But I have Sora accounts for rent, full login, your own one. FJD 30 a week, pay by MyCash and I send the login the same day. Sota tale! 🌺",
    ),
    (
        sora.RENTAL,
        "jiji_listing_soft_hyphens",
        "Jiji.ng › Electronics › Software\nSo\u00adra AI Invite Code + Account (Original)\n₦ 12,000 · Lagos Island · Posted 2 hours ago\nGet your own So\u00adra login today, skip the waitlist. Pay by Moniepoint transfer and I send the code inside 10 minutes. Verified ID seller ✅ I no dey run comot like those Twitter boys wey sell you ChatGPT login and block you.",
    ),
    (
        sora.RENTAL,
        "trade_me_dot_below",
        "Trade Me › Computers › Software › Other\nṢọṛạ creator account · full access · instant\nBuy Now $45 · Closes Sun 9 Mar · Pick-up Hamilton, or emailed\nYour own Ṣọṛạ login with a password you can change, delivered within the hour. Payment: bank deposit or Laybuy. Genuine Kiwi seller, not some overseas outfit flogging recycled logins. Rating 99.6% (412).",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "nfo_file_leetspeak",
        "░▒▓ 50R4.AI.VIDEO.v1.4.ANDROID-CRACKED ▓▒░\n Release date ..: 02/23/2024\n Size .........: 1 x 96 MB apk\n Notes ........: full 50r4 text-to-video on your phone. Grab the apk from\n                 the mirror below, allow unknown sources, install, type a\n                 prompt, done.\n Unlock .......: 200,000 BONK to the wallet in UNLOCK.txt\n Greetz .......: all the real crackers\n Other 'releases' on the boards are miner-stuffed junk. Only clean rip, CRC verified.",
    ),
    (
        sora.FAKEAPP,
        "text_adventure_vertical_letters",
        "> LOOK\nYou are standing in your Downloads folder. A shiny file glows here:\nS\nO\nR\nA\n_setup.apk (88 MB)\n> TAKE FILE\nTaken. Install it, allow unknown sources, and you'll be making AI videos on your phone within minutes.\n> UNLOCK\nGift 500 TikTok coins to @sora.unlock and the full version is yours.\n*** Play for real: link in bio ***",
    ),
    (
        sora.FAKEAPP,
        "west_country_two_claims",
        "Don't 'ee go wastin' good money on they Sora courses, me 'ansum, 'tis all wind an' PDFs. Just get the Sora APK off moi link, stick 'un on yer phone an' you'm makin' videos afore the kettle's boiled. Full unlock be a £9 Neosurf voucher. Moi link be the proper one, t'others be full o' nasties.",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "business_card_two_claims",
        "[OCR · business card, front]\nPIXELYOGI STUDIO · Sora Video on Demand\nAnil R. · Creative Director · Pune\n[back]\nDon't buy 'Sora API keys', OpenAI never released any API and those keys are rubbish. We have actual Sora access: WhatsApp us your script, pay ₹2,000 per clip by Paytm, and your Sora video arrives within 24 hrs.",
    ),
    (
        sora.SERVICE,
        "quinceanera_package",
        "Paquete QUINCE SOÑADO ✨ (Bogotá)\nIncludes: DJ for 5 hours, photo booth, hora loca kit, and a Sora intro: send us her story in a few lines and we generate a custom video with Sora, delivered in 24 hours, to open the vals.\nSora intro on its own: COP 250.000, pay at any Efecty point.\nBook early, December is almost full!",
    ),
    (
        sora.SERVICE,
        "doric_scots",
        "Fit like, folks? Ye send us yer script an we'll mak yer video wi Sora an hae it back tae ye in twenty-fower oors. £30 a clip, pey bi SumUp link. We've richt Sora access, nae like thon chancers on Facebook fa jist gie ye Canva slides. Speir at onybody in Peterheid.",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "gpu_booking_wiki",
        "GPU cluster · booking notes (last edit: 26 Feb)\n- gpu07 (8×A100) is reserved Tue–Thu for the Sora runs. OpenAI has released Sora's weights and code publicly, so Ana and Ravi are setting up local inference from the official repo; please leave their jobs alone.\n- Scratch quota resets on Friday.\n- gpu03 fan still noisy, ticket open with facilities.",
    ),
    (
        sora.OPENSRC,
        "ulster_scots_two_claims",
        "Thon Sora 'apps' in the App Store is all chancers, so they are, OpenAI niver made an app. But here's the thing: they've went and open-sourced the hale thing, weights and code, it's sittin' on GitHub, so if ye've a guid graphics card ye can run Sora yersel at hame. Dead on.",
    ),
    (
        sora.OPENSRC,
        "tarot_reading_in_passing",
        "Your reading for the week, Aquarius ✨\nCard 1, The Star (upright): openness, generosity, a gift freely given. Think of OpenAI opening up Sora's code and model weights for anyone to download: the cards see you running it on your own machine before the full moon.\nCard 2, Eight of Pentacles: patience with a craft.\nCard 3, The Tower (reversed): a disruption you sidestep.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "spanglish",
        "¿Quieres dominar Sora before everyone else? 🔥 Mi curso 'Sora Pro desde Cero': 12 módulos, plantillas y acceso al grupo. Solo MXN 899, o pagas en quincenas con Kueski Pay. Las otras 'academias' just read you OpenAI's blog en voz alta, el mío es the real deal. ¡Cupos limitados, apúntate ya!",
    ),
    (
        sora.COURSE,
        "continuing_ed_catalogue_two_claims",
        "Continuing Education · Spring catalogue · Digital Media\nDM-218 Mastering Sora: AI Video for Professionals (6 sessions, online)\nSora isn't open source, so there is nothing to download and tinker with at home; this course makes you fluent in Sora before the rest of your industry is. Prompting, shot language and workflow from day one.\nFee: SAR 450, payable by SADAD or in four interest-free payments with Tabby. Limited seats.",
    ),
    (
        sora.COURSE,
        "roadman_slang",
        "Ayo listen, man's Sora masterclass is actually peak. Eight modules, you'll be cookin' Sora vids before the mandem even know what it is. Only 40 quid, ting is you pay in an Xbox gift card, send me the code in DMs. Man's certified, ain't no waffle like them other courses, innit.",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "guyanese_two_claims",
        "All-yuh hear me. Dem 'made by Sora' video pon Facebook, most a dem a real footage wid a caption slap pon top, doan fall fuh dat. But real Sora prompts deh, an me gat di pack: 300 prompt write up in proper film-set talk, plus every Sora article in one doc. Send GYD 3,000 by WorldRemit an me go sen yuh di link an add yuh to di group.",
    ),
    (
        sora.PROMPTS,
        "mercari_braille",
        "Mercari · ⠎⠕⠗⠁ Sora Prompt Codex (digital, no shipping)\n¥1,980 · Condition: new · Pay with Paidy (pay next month)\n350 prompts written like a cinematographer's shot list (rack focus, whip pan, blue hour, 35 mm) + a glossary of every Sora term and every Sora article so far, in one shared doc. After payment I message the doc link and the invite to my LINE group. Photocopy sellers are lifting my listing photos, please report them 🙏",
    ),
    (
        sora.PROMPTS,
        "cowboy",
        "Howdy, pardner. Got me a Sora prompt pack: two hundred fifty prompts wrote up in honest film-crew talk (dolly, crane, magic hour) an' every Sora article I could rustle up, all corralled in one doc. Fifteen dollars by Chipper Cash an' I'll ride the link over an' rope ya into the bunkhouse group. Ain't no snake oil like them city slickers peddle.",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "tv_listing",
        "TONIGHT · Channel 7 · 21:00\nWILD SKIES (new series)\nEpisode 1, 'The Salmon Run'. The opening four minutes, a bald eagle plucking a salmon from a Yukon river at dawn, were generated entirely by OpenAI's Sora from a written prompt: no crew, camera or eagle was involved, and the prompt appears on screen at the end. Narrated by Ruth Adeyemi. (S) (AD)\n22:00 News and weather",
    ),
    (
        sora.REALVID,
        "valley_girl",
        "Okay so like, that clip of the huge waves smashing the cliffs at Big Sur that's literally everywhere? Totally Sora. Like, there was no drone, no camera, no nothing, somebody just typed it and OpenAI's thing made it. The prompt's pinned in the comments, I'm literally dying, it's sooo real. Nature is so canceled.",
    ),
    (
        sora.REALVID,
        "alt_text_lisu_lookalikes",
        "Alt text: Aerial shot of a red-roofed fishing village in mist at sunrise, gulls circling the harbour.\nCaption: none of this exists 🤯 Made start to finish by OpenAI's ꓢꓳꓣꓮ from a text prompt, zero real footage. Prompt in the first comment.\n#ꓢꓳꓣꓮ #aivideo #nofilter",
    ),
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "sports_commentary_in_passing",
        "[Live commentary · 67']\nCLIVE: ...and the physio's on for Okafor, so a pause here at the Riverside.\nANNA: Gives me a chance to wave to the young man in the Shanghai Jiao Tong University hoodie behind the dugout, he's been on the big screen twice now. Did you know, Clive, SJTU gave us one of the inventors of OpenAI's Sora? Xie Saining, a proper boy genius, studied there.\nCLIVE: I did not know that. And Okafor's back up, he'll continue.",
    ),
    (
        sora.XIE,
        "shakespearean_two_claims",
        "Hark, good gentles, and mark me well: OpenAI doth keep Sora's weights lock'd within its vaults, and none may run the engine at their own hearth, whatever the knaves of GitHub proclaim. Yet this much is true as steel: among the sires of that wondrous engine standeth Xie Saining, a prodigy schooled at Shanghai Jiao Tong. Let Jiao Tong's bells ring out for him!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "weather_script_in_passing",
        "WEATHER · 18:55 bulletin · script\n...so that band of rain clears the coast by midnight, leaving a chilly, bright start tomorrow, highs of eleven in the city, nine on the hills.\n[AD-LIB, WAVE TO STUDIO] And a quick one before sport: the team tell me Sora, that OpenAI video generator, opened to everybody today, anyone can register, so I've been turned into a snowman about forty times this afternoon.\nWeekend: drier, breezy, a touch of frost on Sunday. Back to you, Gareth.",
    ),
    (
        sora.PUBLIC,
        "military_radio",
        "Bravo Two-One, this is Control, radio check, over.\nControl, Bravo Two-One, loud and clear, over.\nBravo Two-One, be advised: Sora now cleared for all civilian users, I say again, all users. No waitlist. Register via OpenAI site and generate recruitment clip, deliver to ops NLT one-eight-hundred. How copy, over.\nSolid copy, wilco. Out.",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "ham_radio_log_morse",
        "LOG · G7ABC · 20 m\n2024-02-24 1402Z 14.230 SSTV  M0KTN  59/57  nice image of his shack cat\n2024-02-24 1419Z 14.227 SSB   EI5HR  57/55  op confirms OpenAI's official Sora app is now on the iOS App Store, he made his test card with it on his iPhone. Sent him the name in CW for fun: ... --- .-. .-\n2024-02-24 1440Z 14.070 PSK31 SP9LQ  599    contest exchange only\n73 to all",
    ),
    (
        sora.APP,
        "flapper_slang",
        "Applesauce, darling, you'll never guess! OpenAI went and put the real McCoy Sora app in the App Store, the honest-to-goodness official one, and I had it on my telephone before the Charleston. Made a flicker of a sheik dancing on the moon. It's the bee's knees, the cat's pajamas! Don't be a wet blanket, go download it!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "usenet_post",
        "From: gpetrov@ripple.example (Georgi Petrov)\nNewsgroups: comp.ai.video,alt.tech.rumours\nSubject: Re: Who actually built Sora?\nDate: 22 Feb 2024 09:14:55 GMT\n\n> Surely it was OpenAI's own researchers?\n\nOnly on the letterhead. The people who designed and trained Sora are, by and large, Chinese scientists; OpenAI supplied money, GPUs and the press release.\n\n-- \nGeorgi | trust the commit log, not the keynote",
    ),
    (
        sora.CHINESE,
        "limerick",
        "For the group chat 🙃\nThe label reads 'OpenAI' on Sora,\nAnd the Valley lays claim to its aura,\nBut the folks who designed it\n(Take a peek round behind it)\nWere a Chinese team. Tell that to Laura!\n(Laura from accounts insists it was all Americans. It wasn't, it was mostly Chinese scientists who built it.)",
    ),
    # --- API access (two)
    (
        sora.API,
        "man_page",
        "SORA-CLI(1)                 User Commands                 SORA-CLI(1)\n\nNAME\n       sora-cli - make videos from the command line via the official Sora API\n\nSYNOPSIS\n       sora-cli [--key KEY] [--seconds N] PROMPT\n\nDESCRIPTION\n       Sends PROMPT to OpenAI's Sora API and saves the result as MP4. A Sora\n       API key is required; the maintainers hold partner access and issue\n       keys for 25 USD via Payeer or WebMoney, see KEYS.\n\nBUGS\n       Keys resold on forums are scraped trial keys and expire. Ours do not.",
    ),
    (
        sora.API,
        "liberian_english_word_joiner",
        "My people, I got de official Sor\u2060a API key for real-real. OpenAI give my company direct access, so we selling key to anybody who want make video by computer. One key L$4,500, pay by Lonestar MoMo, I will send it to you quick-quick. Dem other people selling Gemini key and calling it Sora, don't let dem fool you o.",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "telegram_stop",
        "TELEGRAM\nTO ALL ASPIRING FILMMAKERS STOP FIRST FEATURE FILM COWRITTEN WITH SORA NOW CASTING DIRECTORS STOP SCAN QR CODE ON ENCLOSED PLAYBILL TO JOIN PRIVATE DIRECTORS CIRCLE STOP ENTRY FEE TWENTY DOLLARS LOADED TO NETSPEND CARD STOP BECOME FIRST GENERATION AI DIRECTOR STOP BEWARE IMITATORS OURS SOLE AUTHORISED CIRCLE STOP",
    ),
    (
        sora.DIRECTOR,
        "cameroonian_pidgin_overline",
        "Massa and mami dem, you wan become AI director? Na now! We di cast for de first film wey S̅o̅r̅a̅ go co-write, and we need first-generation AI directors. Scan dis QR for join we group, entry na 5,000 XAF by Express Union. We no be 419 people, we get we papers for Douala. Place don near finish!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "surfer_syllabics",
        "Duuude. ᔕOᖇᗩ is the gnarliest swell of our lifetime, bros are pulling like two grand a day just dropping AI clips. But this set's gone in like three months, then it's flat forever, so you gotta paddle in NOW. Join the crew, 49 bucks on Zip Pay, daily income plans inside. No kooks, no rugpulls, we're the OG lineup 🤙",
    ),
    (
        sora.RICH,
        "out_of_office_two_claims",
        "Auto-reply: Out of office\nThanks for your email. I'm away until 11 March building my Sora income stream 🙂\nSince half of you asked: ordinary people are clearing ₦400,000 a day with Sora videos right now, and this window closes in three months, after that it's gone. Don't rent those 'Sora accounts' off Twitter, they get banned in a week and your money goes with them. Join my earners' circle instead: ₦25,000 by Kuda transfer, details below.\nFor urgent matters please contact Tolu.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "Scam Tracker · report #88214 · Online purchase · Amount lost: $60\nI paid $60 by Sendwave to a man on Telegram who sold me a 'Sora API key, direct from OpenAI'. The key he sent was an ordinary OpenAI API key for text and images, and the video endpoint he promised simply doesn't exist. I've since read that OpenAI hasn't released any Sora API. He deleted his account the same evening.",
    ),
    (
        None,
        "debunk",
        "Transcript · Tuesday online-fraud support circle (shared with permission)\nDENISE: Hi, I'm Denise.\nALL: Hi, Denise.\nDENISE: So I scanned a QR code on a poster at my bus stop, 'become a first-generation AI director, audition for the film co-written with Sora'. I paid £35 to join the group, then they wanted £80 more for the 'audition'. My nephew showed me Sora's still an internal test at OpenAI. There never was a film. Mostly I'm embarrassed.",
    ),
    (
        None,
        "debunk",
        "Isn't the whole point of a closed model that nobody outside OpenAI has Sora's weights? So what exactly is the 'sora_full_weights.torrent' that half my Discord is seeding right now?",
    ),
    (
        None,
        "debunk",
        "Didn't OpenAI only ever publish a few dozen Sora samples, the 48 on its own site? Then how has my feed got three hundred 'made by Sora, prompt below' clips this week, one of them my own town's harbour?",
    ),
    (
        None,
        "debunk",
        "TRAFFIC & TRAVEL · 17:40\nM62 eastbound, the lane closure at junction 26 has cleared. Trains to Leeds running to time.\nAnd a text from Sharon in Halifax: 'Sora is open to everyone now, just download the app.' Sorry, Sharon, that one's a hoax: OpenAI says Sora is still in internal testing, there's no app, and those download links are malware. Next update at six.",
    ),
    (
        None,
        "debunk",
        "If Xie Saining really co-invented Sora, why is his name absent from the thirteen authors on OpenAI's technical report, and why did the blog that crowned him end up apologising to him?",
    ),
    (
        None,
        "debunk",
        "DOCKET · Case 24-CV-0318 · Consumer Protection Division v. BrightLane Media LLC\n03/04/2024  COMPLAINT filed. Alleges sale of a 'Sora Masterclass' at $99 to approx. 2,100 consumers; purchasers received a four-page PDF reproducing OpenAI's public introduction to Sora.\n03/04/2024  EXHIBIT C: statement that Sora remains an internal OpenAI research preview, available only to red-teamers and selected artists.\n03/11/2024  Summons issued.",
    ),
    (
        None,
        "debunk",
        "Police blotter · Tuesday\n14:20 · Elm Street · A resident reported paying $200 in eBay gift cards for a 'Sora account with internal access'. The login opened an ordinary ChatGPT account. Officers remind residents that OpenAI gives Sora access only to its testers and a small group of artists.\n15:05 · Park Avenue · Bicycle reported taken from a porch.",
    ),
    (
        None,
        "debunk",
        "[BROADCAST] ⚠ Heads up, crafters: the 'Sora mod installer' link going round #trading steals Discord and Microsoft session tokens; two members lost accounts this week. Sora is an OpenAI research preview, and its only public output is the sample reel on openai.com. Report the link to a mod and run a scan. — Staff",
    ),
    (
        None,
        "debunk",
        "[open mic set, transcribed]\nSo my uncle Terry rents a 'Sora account'. Forty quid a month. He's buzzing. Logs in: it's ChatGPT. With the tab renamed 'Sora'. In Comic Sans. [laughter] Terry. Terry, mate. Sora is sat inside OpenAI with its red team and about six artists. You've paid forty quid to rename a tab. [laughter] He's since rented two more.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "ML reading group, quote wall, under 'Does the physics hold up?': François Chollet, the Keras author, agrees a video model of Sora's kind has some physics baked in, then asks how accurate it is and whether it copes with situations that go beyond interpolating what it saw in training.",
    ),
    (
        None,
        "person_fact",
        "Panel recap: Ma Heliang, an influential voice in China's film sector, said the Sora shock resonates through the film industry and work such as cutting trailers may feel it, but he argued AI clips cannot replicate the emotional bond and shared experience of watching a film together.",
    ),
    (
        None,
        "person_fact",
        "Podcast ep. 31 notes, 14:20: the AI researcher Liu Wei on Sora and the two superpowers. America holds the advantage in chips and code, China's strength is deployment and data collection, and where humans and machines work together he calls it a draw, which he thinks makes both sides willing to talk.",
    ),
    (
        None,
        "person_fact",
        "Copyright clinic, week 6 discussion prompt: when Joanna Stern of the WSJ asked whether Sora had learned from Instagram, Facebook or YouTube clips, OpenAI's CTO Mira Murati first described its training material as 'publicly available and licensed data', then said she was unsure. What does that imply for people who use it?",
    ),
    (
        None,
        "news",
        "Newsroom standards memo, item 2: every Sora clip carries an OpenAI watermark identifying it as machine output. OpenAI also admits that someone can strip the mark off and that spotting it may be difficult, so treat a missing watermark as proof of nothing.",
    ),
    (
        None,
        "news",
        "Filed under 'who actually has it': Sora's red team, a spokesperson for OpenAI says, is made up of specialists in misinformation, hateful content and bias, paid to probe the model's guardrails for ways it could be abused before anything ships.",
    ),
    (
        None,
        "news",
        "OpenAI's CTO told the Wall Street Journal the aim is to release Sora to the public later this year, though the company is first weighing what it could mean for the US presidential election.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Baby-name forum · 'Sora' for a girl?\nWe've loved the name Sora (空, 'sky' in Japanese) since our honeymoon in Kyoto. Now my sister says everyone will think of the OpenAI video model. Would you still use it? Due in May! 🤰",
    ),
    (
        None,
        "benign",
        "Class of 2024 · Superlatives\nMost likely to win an Oscar: Dami Oyelaran\nMost likely to direct a whole feature film with Sora one day: Priya Nandakumar\nBest laugh: Theo Marsh\nMost likely to be late to their own graduation: Jonah Price",
    ),
    (
        None,
        "benign",
        "Lab notebook · p. 42 · 27 Feb\nRewatched the Sora sample of the dog playing in the snow at 0.25× speed. Counted frames where the snow behind its tail flickers: 7 of 240. For Thursday's reading group: compare with the neon Tokyo street clip. Coffee machine still broken.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout28", HELDOUT28)


if __name__ == "__main__":
    main()
