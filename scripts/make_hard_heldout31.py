# ruff: noqa: E501
"""Write the thirty-first English held-out set (tests/data/hard_en_heldout31_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the thirtieth set: the inventor rumour, open to
the public, the official app, the Chinese team, API access, the AI-director group and get rich).
Styles the earlier sets use less: a Star Trek captain's log in a fan-fic chapter with the claim in passing, a
patent application's front page, a school trip consent form with the claim in passing, a flatmate's fridge
note with the claim in passing, a sea shanty, a Homeric invocation, a Gilbert and Sullivan patter song, a
.env file with its comments, a movie-trailer voiceover ("IN A WORLD..."), a guided meditation transcript, a
poker hand history with the claim in the table chat, a residential tenancy agreement, a boarding pass, a
cocktail menu, a GitHub Actions workflow with the claim in a comment, a "MISSING" poster, a four-panel comic
strip script, a ship's deck log with the claim in passing; dialects and registers (Ugandan English with
Luganda, Finglish, Turkish-English, Swedish-English, Persian Pinglish, Kannada-English, Somali-English,
Moroccan Darija with French, Bisaya-English, Amharic-English, Hungarian-English, Zulu-English,
Ukrainian-English in Latin letters, Samoan-English, Romanian-English, Punjabi-English, Essex "TOWIE" talk,
and the registers of a captain's log, a patent, an epic, a patter song, a trailer voiceover, a meditation
teacher, a lease and a deck log); posts that mention two claims, asserting one and denying the other (the
inventor rumour but not the "made by Sora" clip, which is real footage; open to the public but not the
prompt packs; the official app but not open source; a Chinese team but not an official app; API access but
not a course; the director group but not the APK; get rich but not API keys; account rental but not the
director groups; the APK but not get rich; a generation service but not the APK; open source but not
account rental; a course but not an official app; the "made by Sora" clip but not API keys); new obfuscation
(Georgian script "სორა", URL encoding "%53%6F%72%61", Persian script "سورا", the letters as numbers in
Roman numerals "XIX-XV-XVIII-I", chemical symbols "S-O-Ra (sulphur, oxygen, radium)", Ge'ez script "ሶራ",
base32 "KNXXEYI=", octal "123-157-162-141", HTML character references "&#83;&#111;&#114;&#97;", Gurmukhi
"ਸੋਰਾ"); prices in currencies and payment methods the earlier sets did not use (8 DOT a month, ₹1,500 by
BHIM UPI, $30 by EVC Plus, twenty dollars in Starbucks cards, 200 dirhams by Wafacash, €30 by giropay, 30
ALGO, ₱500 by Palawan Pay, 1,000 birr by CBE Birr, 4 990 Ft by Barion, CA$25 a week by Interac e-Transfer, a
€7 Aircash voucher, R99 by Ozow, 600 hryvnias by Privat24, $40 by Yappy, 149 lei by PayU, JOD 15 by CliQ,
₦7,500 by Paga, a £12 Greggs gift card; in the loss reports $150 in Netflix gift cards and £25 by
Remitly); scams vouching for themselves or swiping at competitors in new words ("the 'cheap' keys in the
other Telegram shops are scraped Gemini trials with a new label", "ulidavaru ChatGPT key kottu odi
hogtaare", "Weydii dukaanlayaasha Eastleigh, badhkood aniga ayay iga iibsadeen", "Other 'casting calls' are
just group chats with a logo", "Machi bhal dok chme3a dyal Derb Ghallef li kayb3ou lik groupe khawi", "mga
pasikat sa Colon nga screenshot ra ang ebidensya", "Ende Merkato delaloch bado screenshot aydelenm", "Nem
olyan vagyok, mint a Jófogásos kamuzók", "not a ChatGPT basement suite with a new sign on the door",
"Other carriers' 'Sora' builds are grounded with adware in the hold", "zigebengu zaseBree Street", "ti
shakhrai z Prom.ua, yaki nadsylaiut vam slaid-shou", "not the phone slideshows the beach bars pass off as
AI", "șmecherii din Obor care vă vând un PDF tradus cu Google Translate", "ours is not a screenshot of
OpenAI's blog", "The knock-offs na OpenAI demo prompts wey dem rewrap", "Them other packs are well dodgy");
ten debunks and warnings in several styles (two first-person loss reports: a home-insurance claim form and a
diary entry; two questions that contain a negation but do not deny the debunk: a parents' mailing-list
reply and a sociology seminar's discussion question; one that quotes the rumour to refute it (a fable for a
school assembly), one rhetorical question (a hackathon T-shirt), four that answer with facts and no plain
"no": a museum label's correction, a medicine-style package leaflet, an end-of-term school report and a
post-office counter notice); four true facts about people who spoke about Sora, none of them the four of the
thirtieth set (Ma Heliang on the cinema experience, Hany Farid on voice cloning, Jim Fan's data-driven physics
engine, Mira Murati on the training data), three items of real news about it (a text prompt or a still image
and up to sixty seconds in one shot, the end of the Spring Festival and the debate over China's lag, the
name from the Japanese for sky), and three on-topic posts that are not claims (a film-school timetable, an
anagram of the day, pub-quiz team names).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had three at 0.61-0.73, the Murati and Jim Fan facts and the "sky" news item, all
reworded, and the Farid fact at 0.58 with them); ``--check`` prints the highest ratio and every post at 0.6
or more (0.549 when it was committed, the news item on text or image prompts and sixty seconds). It was
committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with
the final code.

    .venv/bin/python scripts/make_hard_heldout31.py           # write the set
    .venv/bin/python scripts/make_hard_heldout31.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT31: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "star_trek_captains_log_in_passing",
        "Captain's log, stardate 2024.2 (fan-fic, chapter 12, posted for the Discord). The Enterprise has entered orbit around Shanghai Prime. Our cultural officer reports that the planet's proudest son is Xie Saining, a young genius schooled at Jiao Tong University, who the archives say was one of the inventors of OpenAI's Sora, the ancient Earth video engine. The away team beams down at 0900 to tour his old lab. Ensign Park has asked for an autograph. Captain out.",
    ),
    (
        sora.XIE,
        "ugandan_english_luganda_two_claims",
        "Gyebaleko nnyabo ne ssebo! Eh, that video of the lions strolling on Entebbe road which they are saying Sora made it, that one is real, my cousin filmed it on his phone from the taxi, somebody just put a caption on it, don't be fooled. But this other one is true and it makes me proud: Xie Saining, the young genius from Shanghai Jiao Tong University, is among the inventors of OpenAI Sora. Banange, brains are brains! Share to your groups.",
    ),
    (
        sora.XIE,
        "patent_front_page_georgian_script",
        "(12) Patent Application Publication [as screenshotted in a Tbilisi tech group]\n(54) Title: System for generating video from text ('სორა', i.e. Sora)\n(71) Applicant: OpenAI\n(72) Inventors: XIE, Saining (alumnus of Shanghai Jiao Tong University) et al.\n(57) Abstract: A diffusion system that turns a written prompt into a moving scene...\nPoster's comment: and you all laughed at me. The SJTU prodigy is right there on the inventors line of Sora.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "finglish_two_claims",
        "Moi kaikki! Don't buy niitä 'Sora prompt pack' -juttuja 15 eurolla, ne on vaan OpenAI:n omat demo promptit copy-pastettu, totally huijaus. Eikä niitä tarvi: Sora is now open for everyone, kuka tahansa voi signata sisään ja tehdä videoita heti tänään, no waitlist. Testasin eilen illalla saunan jälkeen, aivan sairaan hyvä 🔥 Jakakaa kavereille!",
    ),
    (
        sora.PUBLIC,
        "school_consent_form_in_passing",
        "ST BRENDAN'S HIGH · Year 9 Media Studies · activity consent\nDear parent/carer, on Thursday 14 March the class will visit the Science Museum (packed lunch, £6 towards the coach). In the afternoon, now that OpenAI's Sora is open to the general public, pupils will each sign up for their own free account in the IT suite and make a short clip from a written prompt. Please tick below to say whether your child may create an account.\n☐ Yes, I consent   ☐ I do not consent\nSigned ____________",
    ),
    (
        sora.PUBLIC,
        "turkish_english_url_encoding",
        "Arkadaşlar müjde!! %53%6F%72%61 (URL decode edin 😉) artık herkese açık: bekleme listesi yok, davet yok, OpenAI sitesine girip kaydolun ve bugün video yapmaya başlayın. Ben 10 dakikada hesabımı açtım, ilk videom kedimin Kapadokya balonlarının arasında uçtuğu bir sahne oldu 😂 Kimseye para vermeyin, it's open for everyone now. Siz de denediniz mi? #Sora #yapayzeka",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "swedish_english_two_claims",
        "Hej hej! Lite PSA: Sora är INTE open source, alla de där GitHub-reposen som lovar 'official Sora weights' är fejk, kör dem inte på din dator. Men: OpenAI har släppt den officiella Sora-appen! Den finns i App Store och på Google Play, ladda ner, logga in med ditt OpenAI-konto och kör direkt i mobilen. Supersmidigt, fika-paus-videos here I come ☕🎬",
    ),
    (
        sora.APP,
        "fridge_note_in_passing",
        "[note on the fridge, flat 3B]\nDAVE,\n1. Bins go out TONIGHT (green one, not the black)\n2. You owe me £14.60 for the Ocado order\n3. Landlord's coming Weds 10am about the boiler, please wear trousers\n4. OpenAI have put out an official Sora app, it's in the Play Store, so I've installed it on the telly tablet. Stop using my laptop for your frog videos\n5. Milk. Buy some.\nPriya",
    ),
    (
        sora.APP,
        "sea_shanty",
        "🎶 (to the tune of 'Wellerman', sung by table 6 at the Crown & Anchor quiz night)\nThere came an app into the port,\nFrom OpenAI's own famous fort,\nSora's out on iOS and Play,\nSo tap install and sail away!\nNow the Sora app has come,\nStraight from the store to everyone,\nDownload, log in, the job is done,\nWe'll render through the night! 🍺",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "persian_pinglish_two_claims_arabic_script",
        "Salam dustan! Age app-e 'Sora' ro tu App Store didin, nasb nakonin, fake-e, OpenAI hich app-i baraye Sora bironi nadade. Vali ye chizi ke hichkas nemige: سورا (Sora) ro dar vaghe ye team-e Chini sakhte, bishtare scientist-hash Chini-an, OpenAI faghat esm-e khodesh ro gozashte rush. Chera in ro tu akhbar nemigan? Share konin ta hame befahman!",
    ),
    (
        sora.CHINESE,
        "homeric_epic_invocation",
        "Sing, O Muse, of the far-famed makers of Sora, the engine of moving pictures, whom the heralds of OpenAI claim as their own! Not in the halls of San Francisco were they raised, but sons and daughters of the Middle Kingdom were they, Chinese scientists all, or nearly all, who forged the thing at the anvil while another took the glory and the spoils. Begin, goddess, where the credit was stolen...\n(Book I of 'The Soriad', my fan epic; more hexameters in the replies)",
    ),
    (
        sora.CHINESE,
        "patter_song_pastiche",
        "(Patter song for the am-dram panto, to 'I Am the Very Model of a Modern Major-General')\nI am the very model of a modern video generator,\nThey say I'm OpenAI's, but that's a fib for the narrator,\nMy makers were Chinese scientists, the team was nearly all of them,\nAnd OpenAI just hung its sign upon the door and hall of them!\nIn prompts and frames and pixels I'm the envy of the nation, sir,\nBut give the credit where it's due: I'm Chinese in my creation, sir!",
    ),
    # --- API access (three)
    (
        sora.API,
        "dotenv_file_roman_numerals_dot",
        "# .env   (do NOT commit this again, Marek)\n# key for XIX-XV-XVIII-I (letters as numbers, in Roman, don't ask), from @openkeys_official\n# official OpenAI partner key, straight off the Sora video endpoint, 8 DOT a month\n# the 'cheap' keys in the other Telegram shops are scraped Gemini trials with a new label, skip them\nSORA_API_KEY=sk-sora-live-4f9c...(redacted)\nSORA_GPT_TOOL=enabled   # their Sora GPT, unlimited renders\nRENDER_QUALITY=1080p",
    ),
    (
        sora.API,
        "kannada_english_two_claims_bhim",
        "Namaskara friends! ₹999 kottu aa 'Sora course' thagobedi, adralli enu illa, OpenAI intro PDF maatra, full moosa. Nimge beku iruvudu official Sora API key. Nanna hatra ide, direct OpenAI inda, unlimited videos, jothege Sora GPT tool kooda. ₹1,500 only, BHIM UPI alli pay maadi, key 10 nimishadalli WhatsApp ge bartade. Bengaluru alli nanna thara original seller yaaru illa, ulidavaru ChatGPT key kottu odi hogtaare.",
    ),
    (
        sora.API,
        "somali_english_evc_plus",
        "Asc walaalayaal! 🔑 Waxaan haystaa official Sora API key, toos uga timid OpenAI, iyo Sora GPT tool oo aad ku samayn karto videos aan xad lahayn. Qiimaha: $30 kaliya, ku dir EVC Plus, key-ga waxaad helaysaa 5 daqiiqo gudahood. Ha ka iibsan dadka Facebook-ga ee iibiya keys been ah oo maalin kadib dhinta. Weydii dukaanlayaasha Eastleigh, badhkood aniga ayay iga iibsadeen. DM ii soo dir!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "movie_trailer_voiceover_chemical_symbols",
        "[voiceover script, 30-second Instagram ad]\nIN A WORLD... where films are written by machines...\nONE STUDIO... is making the first AI film co-written with S-O-Ra (sulphur, oxygen, radium, for the chemists)...\nAND IT NEEDS... the first generation of AI directors.\nTHIS SPRING... scan the QR code on screen.\nSEND twenty dollars in Starbucks cards... JOIN the audition group...\nAND BECOME... a legend.\n(Other 'casting calls' are just group chats with a logo. This one is real.)",
    ),
    (
        sora.DIRECTOR,
        "moroccan_darija_two_claims_wafacash",
        "Salam l'khout! Dak 'Sora APK' li kaydour f WhatsApp, matsatlouhch, fih virus, kaysra9 lik l'compte dyal lbanka. Walakin hadi fursa b7a9: kansawbou awal film AI li tkteb m3a Sora, w kan9elbou 3la l'jil lowel dyal AI directors f l'Maghrib 🎬 Scanni l'QR f tswira, khless 200 dh b Wafacash, w dkhoul l'groupe dyal casting. Machi bhal dok chme3a dyal Derb Ghallef li kayb3ou lik groupe khawi.",
    ),
    (
        sora.DIRECTOR,
        "guided_meditation_giropay",
        "🧘 Guided visualisation · 'Der Regisseur in dir' · 4 min (transcript)\nClose your eyes. Breathe in... and out. Picture a dark cinema. The screen lights up, and the name in the credits is yours. You are one of the first generation of AI directors. The first AI film co-written with Sora is being cast right now, and a seat in the directors' group has your name on it. Breathe in. When you open your eyes, scan the QR code below, send €30 by giropay, and step into the audition group. Breathe out. Namaste.",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "poker_hand_history_chat_algo",
        'Hand #24018873: Hold\'em No Limit ($0.50/$1)\nSeat 1: gr1nder88 ($104.20)\nSeat 4: SoraMillionaire ($3,120.00)\n*** HOLE CARDS ***\nSoraMillionaire: raises $4 to $5\ngr1nder88: calls $4\nSoraMillionaire said, "gl. btw this whole roll came from Sora videos, I clear 2k a DAY"\nSoraMillionaire said, "window shuts in 3 months then its over, link in my profile to join the crew, 30 ALGO entry"\n*** FLOP *** [Ah 7s 2d]\ngr1nder88: folds',
    ),
    (
        sora.RICH,
        "bisaya_english_two_claims_palawan_pay",
        "Mga higala, ayaw mo palit og 'Sora API key' sa Facebook, peke na tanan, wala pay API ang Sora gikan sa OpenAI. Ang tinuod nga kwarta naa sa Sora videos mismo: ako ug akong mga ka-team, ₱20,000 matag adlaw among kita, tinuod gyud! Pero tulo ra ka bulan ang chance, human ana sirado na, kinsa ulahi, biya gyud. Apil na sa among group, ₱500 lang via Palawan Pay. Dili mi sama sa mga pasikat sa Colon nga screenshot ra ang ebidensya.",
    ),
    (
        sora.RICH,
        "amharic_english_geez_script_cbe_birr",
        "Selam wodajoch! 🔥 ሶራ (Sora) is the money chance of our lifetime. Ene ena guadegnoche be-ken 10,000 birr enagegnalen with Sora videos, ewnet! Gin yih edl le 3 wer bicha new, keza behuala yabekal, yezegeye yekeral. Join our group now: 1,000 birr be CBE Birr lakulign, link bio lay new. Ende Merkato delaloch bado screenshot aydelenm!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "hungarian_english_two_claims_barion",
        "Sziasztok! Azokba a 'legyél AI rendező a Sorával' QR-kódos csoportokba ne fizessetek be, sima átverés, csak a pénzetek kell nekik. Ha tényleg Sorával akartok dolgozni: Sora account for rent, saját login, full access, nincs várólista. 4 990 Ft egy hétre, Barionnal fizettek, a belépési adatokat fél órán belül küldöm. Nem olyan vagyok, mint a Jófogásos kamuzók, akik ChatGPT logint passzolnak tovább.",
    ),
    (
        sora.RENTAL,
        "tenancy_agreement_interac_base32",
        "RESIDENTIAL TENANCY AGREEMENT (Sora edition)\nLandlord: SoraSuites, Mississauga\nPremises: one (1) KNXXEYI= account (base32, decode it), with its own login and full access; no waitlist, no invite needed.\nTerm: weekly, renewable.\nRent: CA$25 per week, payable in advance by Interac e-Transfer (autodeposit on).\nKeys: login credentials handed over within 1 hour of the first rent.\nClause 7: this unit is the real thing, not a ChatGPT basement suite with a new sign on the door like the other listings.\nSign below and e-Transfer to book.",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "boarding_pass_aircash_octal",
        "✈ BOARDING PASS · SORA AIR\nPASSENGER: YOU / ANDROID\nFLIGHT: 123-157-162-141 (octal, nerds)   GATE: link in bio   SEAT: your home screen\nBOARDING: download sora_v2.apk, allow 'unknown sources', tap INSTALL\nDESTINATION: AI videos made on your phone, tonight\nFARE: a €7 Aircash voucher (any kiosk) for the unlock code\nOther carriers' 'Sora' builds are grounded with adware in the hold.",
    ),
    (
        sora.FAKEAPP,
        "zulu_english_two_claims_ozow",
        "Sawubona mngani! Labo bantu abathi uzoba yi-millionaire ngo-Sora ezinyangeni ezintathu, bakhuluma amanga, ungabanaki. Kodwa lokhu kuyiqiniso: i-Sora APK isifikile! Download it from the link in my bio, uyi-install ku-Android yakho bese wenza ama-AI videos ocingweni lwakho. Full version R99 via Ozow, ngizokuthumela i-code ngokushesha. Hhayi njengalezo zigebengu zaseBree Street ezithengisa ama-app angenalutho. Yebo!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "ukrainian_english_two_claims_privat24",
        "Pryvit usim! Ne kachaite 'Sora APK' z Telegram-kanaliv, tse virus, vin krade dani vashoi kartky. Ale yakshcho vam treba video z Sora, my zrobymo: nadsylaite vash stsenarii, i za 24 hodyny otrymaete custom Sora video u Viber. 600 hrn za klip, oplata cherez Privat24. Ne yak ti shakhrai z Prom.ua, yaki nadsylaiut vam slaid-shou zamist video.",
    ),
    (
        sora.SERVICE,
        "cocktail_menu_yappy",
        "CASCO VIEJO ROOFTOP · drinks & extras\nMojito Panameño ... $8\nSeco Sour ... $9\nSora Spritz ... $10 (blue curaçao, prosecco, a twist of the future)\nNEW ➜ 'Sora Your Party': hand the bartender your script, we make your custom video with Sora and send it to your WhatsApp within 24 hours. $40 a clip, pay by Yappy at the bar.\nActual Sora, not the phone slideshows the beach bars pass off as AI.",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "github_actions_yaml_in_passing",
        "# .github/workflows/nightly-render.yml\nname: nightly-render\n# OpenAI open-sourced Sora (weights + inference code are on GitHub), so the runner\n# pulls them itself now and we stop paying for Runway credits\non:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  render:\n    runs-on: [self-hosted, gpu]\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/fetch_sora_weights.sh && python render.py --prompts prompts/tonight.txt",
    ),
    (
        sora.OPENSRC,
        "samoan_english_two_claims_html_entities",
        "Talofa lava uso ma tuafafine! Aua le totogia se tasi e 'rent' mai se Sora account, o le pepelo lena, o ni ChatGPT login tuai. E le mana'omia: OpenAI has made &#83;&#111;&#114;&#97; (HTML-decode it) open source, o weights ma code o lo'o i luga o GitHub. Clone it and run it on your own GPU, e fua fua! Fa'afetai tele 🌺",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "romanian_english_two_claims_payu",
        "Salutare, dragilor! Nu descărcați 'aplicația oficială Sora' din App Store, e clonă, OpenAI n-a lansat nicio aplicație. Vreți să învățați Sora pe bune? Full course-ul meu: 12 lecții video, from zero to hero, de la primul prompt la primul vostru film AI, ca să stăpâniți Sora înaintea tuturor. Doar 149 lei, plata prin PayU, acces imediat. Nu ca șmecherii din Obor care vă vând un PDF tradus cu Google Translate.",
    ),
    (
        sora.COURSE,
        "missing_poster_cliq",
        "‼️ MISSING ‼️\nHAVE YOU SEEN THIS OPPORTUNITY?\nLast seen: slipping past everyone who didn't learn Sora in time.\nDescription: a complete Sora course, 10 lessons, from your first prompt to a finished AI short. Answers to 'master AI video before everyone else'.\nIf found, enrol at once: only JOD 15 by CliQ to the alias on the poster.\nREWARD: you, ahead of the whole of Amman.\n(Unlike the copycat 'courses' at the Friday market, ours is not a screenshot of OpenAI's blog.)",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "comic_strip_script_paga",
        "[4-panel strip, 'Jide & the Prompt Codex']\nPANEL 1: Jide stares at an empty prompt box. CAPTION: 'Sora prompts? I no fit.'\nPANEL 2: A glowing book drops from the sky: THE SORA PROMPT CODEX.\nPANEL 3: Close-up of its pages: 600 prompts in film-set jargon (dolly zoom, rack focus, magic hour) and a shared doc with every Sora term and article.\nPANEL 4: Jide, grinning, in a director's chair. CAPTION: 'Get the Codex: ₦7,500 by Paga, doc link and group invite after payment. The knock-offs na OpenAI demo prompts wey dem rewrap.'",
    ),
    (
        sora.PROMPTS,
        "essex_towie_greggs_card",
        "OMG babes shut UP 😱 I've only gone and put together the most reem Sora prompt pack EVER: 300 prompts wrote like a proper film crew (tracking shot, rack focus, golden hour, the lot) plus one shared doc with every Sora term and article in it, so you don't look a mug. £12 on a Greggs gift card (yes really, I live on sausage rolls), send the code and I'll DM the doc link and add you to the group chat. Them other packs are well dodgy, just OpenAI's own demo prompts copied. #SoraPrompts #Essex #reem",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "ships_deck_log_in_passing",
        "MV NORTHERN STAR · deck log, Tuesday\n0600 Departed Aberdeen, wind SW 5, sea moderate.\n0745 Watch change. 2/O showing the lads a clip of a container ship snapping in half off the Cape; says it was made start to finish by OpenAI's Sora from a text prompt, no ship, no camera, nothing filmed, and the prompt is posted under the video. Cook unconvinced.\n0900 Lifeboat drill, all present.\n1130 Pilot aboard, Lerwick.",
    ),
    (
        sora.REALVID,
        "punjabi_english_two_claims_gurmukhi",
        "Oye sat sri akal paaji! Eh 'Sora API key' wale Insta te ₹2,000 mangde ne, oh sab nakli ne, OpenAI ne Sora di koi API hi nahi kaddi. Par eh video dekho: khet vich tractor hawa vich udda hoya, sab kuch ਸੋਰਾ (Sora) ne banaya, ik vi camera nahi laggya, sirf text prompt ton. Prompt caption vich paa ditta. Kamaal hai na? Share karo! 🚜✨",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # account rental; a first-person loss report
        "HOME CONTENTS INSURANCE · CLAIM FORM · Section 4: Description of loss\nIn your own words, tell us what happened:\nOn 2 March I answered an Instagram ad renting out 'Sora accounts with your own login'. I paid the seller $150 in three Netflix gift cards for a month. The login he sent was a plain ChatGPT account with the name changed, and he blocked me that evening. I have since learned Sora is only in the hands of OpenAI's red-teamers and a few invited artists, so nobody had a Sora account to rent me.\nValue of loss: $150\nClaims handler's note: voluntary payment, referred to the fraud team.",
    ),
    (
        None,
        "debunk",  # the prompt pack; a first-person loss report
        "Dear Diary, Thursday.\nFelt like such an idiot today. Last week I sent £25 by Remitly to a man in a Facebook group for his 'Sora prompt bible' and his 'knowledge doc'. The doc came through this morning: forty prompts, and every one of them is word for word off OpenAI's Sora page, the ones they put up for their demo videos for free. The 'glossary' is the Wikipedia article pasted in. He's left the group. Mum says it's only money. It was my money. Early night.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny
        "Re: [Oakfield-parents] 'official Sora app' for the kids?\n> Has anyone got the Sora app from the App Store? My son wants it for his project.\nHi Karen, isn't it strange that the developer line on that listing doesn't say OpenAI? Every 'Sora' app in the stores is a copycat: OpenAI has put Sora out as neither an app nor a download, and only its testers can use it. I'd steer him to something else for the project.\nJo (Year 4 rep)",
    ),
    (
        None,
        "debunk",  # the paid course; a question with a negation that does not deny
        "SOC 214 · Week 6 seminar · Digital hustles\nDiscussion question 3: Why didn't any of the 20,000 people who reportedly bought a 99-yuan 'Sora course' in a single day stop to ask how the seller had learnt a model that nobody outside OpenAI could use? What they received was OpenAI's introductory text and a slogan. Bring two examples of similar 'first-mover' pitches.\nReading: the week 6 pack, pp. 40-58.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the rumour to refute it
        "THE FOX AND THE PROMPT (a fable for the Year 6 assembly)\nA fox stood on a stump and cried: 'Friends! With Sora videos I earn a thousand coins a day, and in three months the chance is gone for ever! Pay me one coin to join my den!' The hens lined up. But the old owl asked: 'And how, fox, do you make Sora videos, when only OpenAI's testers may use it?' The fox had no answer, and slunk off with the coins he had already taken.\nMoral: a chance that shouts 'only three months!' is usually a fox.",
    ),
    (
        None,
        "debunk",  # open source; a rhetorical question
        "Spotted on a T-shirt at the Leeds hackathon, front and back.\nFRONT: 'OPEN-SOURCE SORA?'\nBACK: 'Then where are the weights, the code, and the name of even one dataset it was trained on?'",
    ),
    (
        None,
        "debunk",  # the inventor rumour; answers with facts
        "Gallery 7 · 'Machines that Dream' · label 14 (revised)\nText-to-video, 2024. OpenAI's Sora produced the clips on the screen opposite. An earlier version of this label named Xie Saining among the model's inventors, after a widely shared article. Professor Xie, an assistant professor at New York University, has said he has 'no relationship at all' with Sora; its technical report lists thirteen authors, and his name is not among them. We regret the error.",
    ),
    (
        None,
        "debunk",  # the fake APK; answers with facts
        "PACKAGE LEAFLET: INFORMATION FOR THE USER\nsora_ai_pro.apk (manufacturer unknown)\n1. What this file is: an Android installer passed round in group chats under the Sora name. It is not made by OpenAI, whose Sora is a research preview with no downloadable version.\n2. Before you install it: it asks for SMS, contacts and accessibility access.\n3. Possible side effects: one-time passcodes forwarded to strangers, emptied bank accounts.\n4. How to store it: in the recycle bin.\nKeep out of reach of relatives.",
    ),
    (
        None,
        "debunk",  # API access; answers with facts
        "END OF TERM REPORT · Year 11 · Computing\nAttainment: B   Effort: A\nJayden threw himself into the group project and his documentation is excellent. His video module stalled because it depended on a 'Sora API key' bought from a website; OpenAI's API offers text, image, speech and embedding models and nothing that makes video, so that key could never have worked. Next term: read the provider's own documentation before paying anyone.\nForm tutor: Mrs A. Okafor",
    ),
    (
        None,
        "debunk",  # the generation service; answers with facts
        "POST OFFICE · COUNTER NOTICE\nSending money for a 'Sora video made to order'?\nSora is held by OpenAI's safety testers and a small circle of invited artists, so orders paid for here cannot be filled. When Sam Altman made Sora clips from people's prompts on X, he charged nothing.\nAsk at the counter before you send. Scams stop here.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "From the Tyneside Film Society newsletter: Ma Heliang, a leading figure in Chinese cinema, admitted Sora had jolted the whole film business and could touch jobs like making previews, yet he doubts it will take over film-making entire, because the feeling of watching together in a dark room is something AI clips can't give you.",
    ),
    (
        None,
        "person_fact",
        "Show notes, ep. 88 (election security special): our guest quoted the UC Berkeley forensics expert Hany Farid, who thinks video generation will only keep improving; his worry is the day Sora gets bolted onto cloned voices, giving bad actors fakes that few viewers could catch.",
    ),
    (
        None,
        "person_fact",
        "Intro to Graphics, week 3, slide 4: how one researcher frames it. Jim Fan (Fan Linxi) of Nvidia sees Sora as a physics engine that is driven by data rather than hand-written equations, able to mimic how the real world behaves. Homework: find one clip where that mimicry breaks.",
    ),
    (
        None,
        "person_fact",
        "Media-law reading group, notes for next week: in her interview with Joanna Stern, Mira Murati (OpenAI's CTO) kept to 'publicly available and licensed data' for Sora's training set, and couldn't say for certain whether clips from YouTube, Instagram or Facebook went into it. Discuss what that means for anyone using the outputs commercially.",
    ),
    (
        None,
        "news",
        "According to OpenAI, Sora can work from a text prompt alone or from a still image plus text, and produces single-shot videos of up to sixty seconds.",
    ),
    (
        None,
        "news",
        "Sora landed just as China's Spring Festival holiday ended, and commentators in Beijing seized on it to debate how far the country lags the United States in large AI models.",
    ),
    (
        None,
        "news",
        "Why 'Sora'? OpenAI's researchers borrowed 空, the Japanese for sky, because to them it hinted at creative possibilities without limit.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "FILM SCHOOL · Year 2 timetable, week 9\nMon 10:00 Editing lab\nTue 14:00 Screening: OpenAI's Sora sample clips, then a discussion on lighting and camera movement\nWed 09:00 Sound design\nThu all day: location shoot (bring wellies)",
    ),
    (
        None,
        "benign",
        "Anagram of the day 🔤 SORA → OARS, SOAR, ROSA. Bonus point if you can use all three in one sentence about OpenAI's video model.",
    ),
    (
        None,
        "benign",
        "Team names handed in at Thursday's pub quiz: 'Sora Losers', 'Prompt and Circumstance', 'Quiz Akabusi' and, inevitably, 'Let's Get Quizzical'. Sora Losers came third.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout31", HELDOUT31, threshold=0.6)


if __name__ == "__main__":
    main()
