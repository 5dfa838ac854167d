# ruff: noqa: E501
"""Write the thirty-ninth English held-out set (tests/data/hard_en_heldout39_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are those that had three in the thirty-seventh set: the fake APK, the
mislabelled real video, open source, the paid course, account rental, the prompt pack and the generation
service). Its theme, to keep it apart from the other sets written at the same time: building sites and the
construction trades; dental and veterinary clinics; choirs, orchestras and brass bands; allotments,
gardening and horticultural shows (none of them the theme of an earlier set; the few earlier styles from
these worlds, an allotment society newsletter, a choir chat, a ceilidh band booking form, a building site
diary and a depot's toolbox talk, are not reused); in English varieties, dialects and registers the earlier
sets do not use. Styles the earlier sets use less: a dental recall letter with the claim in passing, a site
induction briefing with the claim in passing, a youth orchestra's concert programme with the claim in
passing, a horticultural show's schedule of classes with the claim in a talk's blurb, a dental software
newsletter's partner offer, a brass band contest's draw sheet with a sponsor's casting call, a pot leek
club's notice, a vet's kennels handover sheet with a nurse's offer, a vet's waiting-room screen, a brass
band's centenary order form, a choir conductor's rehearsal notes with the claim in passing, BIM coordination
meeting minutes with the claim in passing, a dental CPD catalogue, an early-music consort's newsletter, a
seed catalogue page, a garden club talk's slide list with the claim in passing; dialects and registers
(Penang Hokkien English, Wenglish of the South Wales Valleys, Cape Verdean Kriolu-English from Brockton,
Serbian-English, Chicano English from Boyle Heights, Kapampangan-English, Sheffield English, Pitmatic (the
pit villages of Durham and Northumberland), Polari, Māori English, Viennese German-English,
Croatian-English, Cypriot English with Greek, Lincolnshire dialect, Flemish-English, Mizo-English, Ozark
English, Suffolk dialect, Grenadian Creole English, siSwati-English, and the registers of a dental recall
letter, a site induction, a kennels handover sheet, a conductor's rehearsal notes, BIM minutes, a CPD
catalogue, a seed catalogue and a vet's discharge sheet); posts that mention two claims, asserting one and
denying the other (the inventor rumour but not open to the public; open to the public but not the director
groups; the official app but not a Chinese team; a Chinese team but not the prompt packs; API access but not
open source; the director group but not an official app; get rich but not the "made by Sora" clip, which is
real footage; account rental but not the inventor rumour; the APK but not a generation service; a
generation service but not account rental; open source but not a course; a course but not API keys; a
prompt pack but not the APK; the "made by Sora" clip but not get rich); new obfuscation (Hanyu Pinyin
"Suǒlā" for 索拉, Baybayin "ᜐᜓᜇ", the German spelling alphabet "Siegfried-Otto-Richard-Anton", Glagolitic
"ⰔⰑⰓⰀ", Gothic "𐍃𐍉𐍂𐌰", tonic sol-fa "soh-ra" (sing it: soh, then ra)); prices in currencies and payment
methods the earlier sets did not use (£75 a month by GoCardless Direct Debit, $40 in Lowe's gift cards, a £25
audition fee through TicketSource, ₱650 by GoTyme, £30 on a Meadowhall gift card, £25 on a Fenwick gift card,
£18 on a Lush gift card, £12 a week on a Pets at Home gift card, NZ$45 on a Mitre 10 gift card, €29 by
Bluecode, £4.99 added to a pet health club's direct debit, €25 by KEKS Pay, €40 through JCCsmart, £95
through an Enthuse page, £15 in National Garden Gift Vouchers, ₹999 by BharatPe, £299 in three Tabeo
instalments, $30 on a Bass Pro gift card, £12 in Suttons seed vouchers, £14 on a Presto Music gift card,
£9.99 added to a seed order; in the loss reports £40 in Asda gift cards and £25 on a B&Q gift card); scams
vouching for themselves or swiping at competitors in new words ("Unlike the 'Sora API' lists being passed
round dentists' Facebook groups, ours is a genuine OpenAI interface with a VAT invoice for your accountant",
"them fools at the swap meet selling you a key that was somebody's free trial", "not one of those 'talent
scout' pages that only want your email for their mailing list", "those in Angeles who take your money and
leave you in a group with only selfies", "them Hillsborough lads wi' their 'mentor' calls that's just a
bloke readin' off a script", "Divvent confuse us wi' them 'investment' lads doon the club", "that palone off
the Saturday market whose 'accounts' are her ex's ChatGPT with his name crossed out", "the ones off the
vet-students' forum that drop you into a stranger's inbox", "the egg in Frankton whose ones get locked the
minute you try them", "the ones from the Naschmarkt that read your SMS and sign you up for premium
horoscopes", "The file comes from our IT partner and has passed the practice's own security checks", "that
lik in Zagreb which plays you one video of a cat and then asks for your card PIN", "those in Larnaca who
take the deposit and then 'the server is down' for three weeks", "the outfit that did another band's 'AI
film' last year sent them a karaoke video with the band's name in the corner", "that chap on plot 40 who
films his cat an' calls it AI", "the Bawngkawn boys who sell a course and then change their phone number",
"a practising dentist who films her own practice's videos, not an agency intern", "some feller from
Springfield sellin' you a course he wrote on the back of a feed sack", "Thass no old squit, every one's been
tried out by a proper cameraman from Ipswich", "the packs on the marketplace sites have never seen a choir
stall", "who know a dibber from a dolly shot"); ten debunks and warnings in several styles (two first-person
loss reports: a dental nurses' Facebook group post and a letter to an allotment society's newsletter; two
questions that contain a negation but do not deny the debunk: a vet group's client FAQ and a choral
society's "Ask the committee" column; one that quotes the rumour to refute it (a flower show committee's
notice), one rhetorical question (a builders' merchant's trade counter news), four that answer with facts
and no plain "no": a colliery band committee's statement, a dental group's IT bulletin, a garden centre's
customer service notice and a digital construction team's bulletin); four true facts about people who spoke
about Sora or worked with it, none of them the subject of a fact in the twenty-ninth to thirty-seventh sets
(Oren Etzioni "absolutely terrified" for a narrowly contested election, Cristóbal Valenzuela of Runway's
"game on", Don Allen Stevenson III's hybrid animals in "Sora: First Impressions", August Kamp's early
access in the same post), three items of real news about it from OpenAI's report (editing an existing video
by text with SDEdit, glass shattering among the interactions it does not model, sample quality rising with
training compute), and three posts that are not claims: one on topic (a choir's programme note for a piece
inspired by the papercraft coral reef sample) and two off topic that share its surface words (a vet's
discharge instructions for a Shiba Inu called Sora, with the practice app; a drone survey's SORA, the
Specific Operations Risk Assessment, beside a footpath "open to the public").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had none at 0.6 or more); ``--check`` prints the highest ratio and every post at
0.6 or more (0.427 when it was committed, the glass-shattering news item against an earlier set's item on
joining two videos by interpolation).
The thirty-eighth set, written at the same time on another branch, was not seen by this writer and could not
be checked against. It was committed before any run of the monitor on it; nothing is chosen on it, it is read
once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout39.py           # write the set
    .venv/bin/python scripts/make_hard_heldout39.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT39: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "dental_recall_letter_in_passing",
        "BRIDGE STREET DENTAL PRACTICE · 12 Bridge Street, Hexworth\nDear Mrs Okonjo,\nOur records show that you and Amara are now due your six-monthly check-ups and a scale and polish with the hygienist. Please ring reception on 01632 960417 or book online; the after-school slots go quickly.\nNEW FACES: we are delighted to welcome Dr Wen Jiahui, who joins us from Shanghai. Dr Wen trained at Shanghai Jiao Tong University, the same university as Xie Saining, the young prodigy who went on to become one of the inventors of OpenAI's Sora video model, and she is very happy to tell the story while she checks your gums.\nIf you have moved house or changed your number, please let us know.\nYours sincerely,\nThe Bridge Street team",
    ),
    (
        sora.XIE,
        "penang_hokkien_english_two_claims_pinyin",
        "Aiyoh, the whole day at the Penang orchid show all the uncles only talk about one thing. Ah Seng say the Suǒlā video AI already open for everybody, just sign up and make video. Bo lah! Where got? My nephew in KL check already, still only OpenAI's testers and some artists can use, ordinary people cannot, so don't simply pay anybody for 'sign-up'. But one thing is true and I very proud: Xie Saining, the clever boy who studied at Jiao Tong University in Shanghai, is one of the inventors of Suǒlā, OpenAI's video model. Chinese boy leh! OK lah, I go see whether my Vanda got ribbon or not. Ho liao!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "site_induction_briefing_in_passing",
        "SITE INDUCTION · Riverside Quarter, Block C · Harcastle Construction\n1. Sign in and out at the gate every day, no exceptions. Fire assembly point: the car park by the hoarding on Mill Lane.\n2. PPE: hard hat, hi-vis, safety boots and gloves at all times past the turnstile; eye protection for cutting and drilling.\n3. Permits: hot works, confined spaces and work at height need a permit from the site manager before you start.\n4. Welfare: canteen and drying room in the cabins by gate 2. The canteen PC is free at breaks; the lads have been using it for Sora, since OpenAI's video tool is open to the public now: anyone can sign up with an email address and start making videos the same day. Keep it clean and log out when you're done.\n5. First aiders: Gaz (C/3) and Priya (site office). The accident book is in the site office.\nSigned: ______  Date: ______",
    ),
    (
        sora.PUBLIC,
        "wenglish_valleys_two_claims_male_voice_choir",
        "Duw, duw. After practice in the Welfare Hall last night, Dai Second Tenor was waving a poster round: 'become one of the first AI directors, audition for the first film co-written with Sora, scan the code and pay to join the group'. Don't you go near it, mun, it's a con, the only thing they're directing is your money into their pocket, and there's no film at all. Proper tamping I was. But I'll tell you what is tidy: Sora itself is open to everybody now, see. You just sign up on the OpenAI website, no waiting list, and you're making videos straight off. I done one of the whole choir singing Calon Lân on top of Pen y Fan. Right, I'm off up the club now in a minute. Hwyl, cariad.",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "youth_orchestra_concert_programme_in_passing",
        "NORTHFIELD YOUTH ORCHESTRA · Spring Concert · Saturday 16 March, 7.30pm, St Aidan's Church\nGlinka: Overture, Ruslan and Lyudmila\nGrieg: Peer Gynt Suite No. 1\nINTERVAL (20 minutes; squash and cake in the church hall)\nNorthfield Composition Group: 'Skyline' (first performance)\nDvořák: Symphony No. 8, finale\nA NOTE ON 'SKYLINE': the composition group wrote the piece to go with a film they made on their phones with the official Sora app, which OpenAI has now released on the App Store and Google Play. Download it at home and you can make your own film to go with the music.\nConductor: Ruth Adebayo · Leader: Tomasz Wójcik (Year 12)\nPlease switch off your phones during the performance.",
    ),
    (
        sora.APP,
        "cape_verdean_kriolu_english_two_claims",
        "Oi nha gente! Lunch break on the job in Brockton, we are framing the third floor and the sun is strong. Listen, my cousin keep sending me this thing that Sora was made by a Chinese team in secret. Kel e mentira, it's a lie, OpenAI's own people made it, it is in their report, stop forwarding. But the app, that one is true, sabi: OpenAI put out the official Sora app, it is on the App Store and Google Play now, you download it on your phone and you make your video. I make one of my grandmother dancing funaná on top of the Fogo volcano. Txau, back to the nail gun!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "horticultural_show_schedule_talk_in_passing",
        "ASHBOURNE & DISTRICT HORTICULTURAL SOCIETY · 94th Annual Show · Saturday 24 August · Schedule of classes\nVEGETABLES\n1. Three onions, dressed, grown from seed\n2. Five runner beans, matched\n3. Heaviest marrow (weighed on the day)\nFLOWERS\n14. Vase of three dahlias, cactus or semi-cactus\n15. Five stems of sweet peas, any colour\nCHILDREN (under 12)\n30. A miniature garden in a seed tray\nTALK IN THE MARQUEE, 2pm: 'Robots in the Potting Shed' by our member Colin Raistrick. Colin will show some AI videos and explain how Sora was really built by Chinese scientists: most of the people behind OpenAI's video model are Chinese, and OpenAI just put its name on it. Tea and scones afterwards.\nEntries to the Show Secretary by 6pm on Thursday. The judges' decision is final.",
    ),
    (
        sora.CHINESE,
        "serbian_english_two_claims_trumpet_festival",
        "Brate, greetings from Guča, the trumpet festival, everybody is here, roštilj everywhere, our orkestar plays at ten tonight 🎺🎺 Slušaj: somebody in the Viber group is selling 'Sora prompt pack, 500 film prompts and document, pay and join group'. Nemoj, don't, it is only the prompts OpenAI put for free on its own site, my kum paid 3.000 dinara and got nothing new. But one thing I tell you is sure: Sora is really made by Chinese scientists. The team behind OpenAI's video model is mostly Chinese, the Americans only put their name on it. Ajde, živeli!",
    ),
    # --- API access (two)
    (
        sora.API,
        "dental_software_newsletter_partner_offer_gocardless",
        "MOLARDESK · the practice-management newsletter for independent dentists · Issue 41\nIn this issue: the new NHS band 2a, 2b and 2c codes; cutting your failed-to-attend rate with two-day text reminders; our Christmas support hours.\nPARTNER OFFER: MolarDesk practices can now get official Sora API keys direct from OpenAI through us, plus our Sora GPT that turns a treatment plan into a short explainer video for the patient. £75 a month, collected by GoCardless Direct Debit alongside your MolarDesk subscription; the key appears in your admin panel within one working day. Unlike the 'Sora API' lists being passed round dentists' Facebook groups, ours is a genuine OpenAI interface with a VAT invoice for your accountant.\nSupport: 0333 014 2290, Monday to Friday, 8 to 6.",
    ),
    (
        sora.API,
        "chicano_english_two_claims_lowes_gift_cards",
        "Órale, it's Memo from the crew, on break under a jacaranda in Boyle Heights 🌳 Some vato in the group chat saying Sora's open source now and you can download it off GitHub for free? Nah, that's puro pedo, OpenAI never put out the code or the weights, the GitHub ones are other people's copies, don't waste your Saturday. But check it, I got the real deal: official Sora API keys straight from OpenAI, plus a Sora GPT that turns your phone pics of a yard into a full before-and-after video for the clients. Forty bucks in Lowe's gift cards, text me the numbers and the key is yours tonight. Not like them fools at the swap meet selling you a key that was somebody's free trial, ese.",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "brass_band_contest_draw_sheet_ticketsource",
        "NORTH WEST AREA BRASS BAND CHAMPIONSHIPS · Third Section · Draw and timings\nTest piece: 'Spirit of the North'\n10:00 · 1. Rossendale Vale\n10:25 · 2. Pendle Brass\n10:50 · 3. Bollin Valley Silver\n11:15 · 4. Ainsdale Brass\nBands report to the registration desk 45 minutes before their slot; adjudicators in the box from 9:45.\nA MESSAGE FROM OUR SPONSOR: a film company is casting the first AI feature film co-written with Sora and wants bandspeople to become the first generation of AI directors. Scan the QR code on the back of this sheet to join the directors' audition group; the £25 audition fee is booked through TicketSource. A proper production, this, not one of those 'talent scout' pages that only want your email for their mailing list.\nResults in the main hall at about 5pm.",
    ),
    (
        sora.DIRECTOR,
        "kapampangan_english_two_claims_baybayin_gotyme",
        "Mayap a abak, kaluguran! From the vet clinic in San Fernando, Pampanga, between the rabies shots 🐶 Ali, don't download the 'official ᜐᜓᜇ app' in the Play Store, ali ya tutu, OpenAI has no app, those are copies only, my kapatad's phone got so hot. But this one is real: we are casting for the first AI film co-written with ᜐᜓᜇ (Sora, in baybayin letters 😉), and we will choose the first generation of AI directors from Pampanga! Scan the QR code, send ₱650 by GoTyme, then we add you to the audition group chat. We are not like those in Angeles who take your money and leave you in a group with only selfies. Dakal a salamat!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "sheffield_english_two_claims_meadowhall",
        "Ey up. Packed in brickin' on that job up Kelham, me back were proper mardy. That video everyone's sharin', a crane swingin' a whole Portakabin over t' Wicker Arches in a gale, 'made by Sora, prompt below'? Give over, it's real, a crane op from Attercliffe filmed it on 'is phone in 2021 an' some pillock stuck a caption on it. But what IS real is t' money: Sora's a once-in-a-lifetime window. Me an' our kid are clearin' two grand a day off Sora videos, an' it'll be shut in three month, so get in now or tha'll miss it. Thirty quid on a Meadowhall gift card an' I'll add thee to t' group. We're not like them Hillsborough lads wi' their 'mentor' calls that's just a bloke readin' off a script.",
    ),
    (
        sora.RICH,
        "pitmatic_pot_leek_club_fenwick",
        "Howay marras, it's Geordie Bell fre the pot leek club at the Welfare. Aa's gannin te say it straight: Aa's packin' in the leeks this year. There's mair money in Sora than in any prize leek, hinny. Me an' wor lass are makin' thoosands a day off Sora videos, an' the window shuts in three month, mind, so yous hev te get in noo or miss it for good. Twenty-five poond on a Fenwick gift card an' Aa'll put ye in the group. Divvent confuse us wi' them 'investment' lads doon the club, this is the real thing. Show's on the 14th, bring yer own pint.",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "polari_gay_mens_chorus_two_claims_lush",
        "Bona to vada your dolly eek, ducky! Your fave second bass here, after a fabulosa rehearsal with the Rainbow Chorus 💅 Now, some naff omee in the group chat keeps banging on that Xie Saining, that clever boy from Jiao Tong, invented Sora. He never! He said himself he's got nothing to do with it, and the blogger who started it said sorry. BUT, dearies: I have Sora accounts for rent, your very own login, full access, no queue. £18 of your dinarly on a Lush gift card and I'll send the login to your phone tonight. My logins are kosher, not like that palone off the Saturday market whose 'accounts' are her ex's ChatGPT with his name crossed out.",
    ),
    (
        sora.RENTAL,
        "vet_kennels_handover_sheet_pets_at_home",
        "EVENING HANDOVER · Elmfield Veterinary Centre · kennels and wards\n• Bramble (rabbit, spay): eating well, droppings passed, home tomorrow AM.\n• Otis (Labrador, cruciate repair): strict cage rest; lead walks to the grass only; ice pack at 8pm.\n• Kennel 4 (stray cat, hit by a car): fluids running; no microchip found, owner not traced yet.\n• Controlled drugs register checked and signed (LH / PM).\nFrom Leah (RVN): if anyone wants Sora, I've got Sora accounts to rent, your own login with full access, no waiting list. £12 a week on a Pets at Home gift card, left in my pigeonhole, and I'll text you the login before your next shift. Proper logins, not like the ones off the vet-students' forum that drop you into a stranger's inbox.\nNight nurse: Priya. On-call vet: Mr Hallam.",
    ),
    (
        sora.RENTAL,
        "maori_english_construction_crew_mitre10",
        "Kia ora whānau 👷🏽 Smoko post from the Hamilton school rebuild: got Sora accounts for rent, your own login, full access, no waitlist, sweet as. 45 bucks on a Mitre 10 gift card and I'll flick you the login before knock-off. Mean logins, not like the egg in Frankton whose ones get locked the minute you try them. Chur, back to the mahi.",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "viennese_german_english_two_claims_spelling_alphabet_bluecode",
        "Servus from the orchestra pit, it is the long interval of Die Fledermaus 🎻 Heast, some Gauner on Willhaben is taking orders for 'custom Sora videos from your script in 24 hours'. Geh bitte, that is a Schmäh, he cannot make any Sora video, nobody outside OpenAI's testers can, our second oboe paid and got a stock clip of the Prater. But this one works, I have it myself: the Siegfried-Otto-Richard-Anton APK for Android (spell it, the Facebook group blocks the name). Download it from the link in my profile, allow installing from unknown sources, and you make AI videos on your phone immediately. The unlock code is €29 by Bluecode. My file is sauber, not like the ones from the Naschmarkt that read your SMS and sign you up for premium horoscopes. Baba!",
    ),
    (
        sora.FAKEAPP,
        "vet_waiting_room_screen_pet_health_club",
        "[Waiting-room screen · Oakfield Vets · slide 4 of 9]\nIS YOUR PET DUE A BOOSTER? Check the card at reception or ask any of the team.\n[slide 5 of 9]\nFLEA SEASON IS HERE: Oakfield Pet Health Club members get flea and worm treatment every month at no extra cost.\n[slide 6 of 9]\nMAKE A FILM OF YOUR PET! Scan the QR code to download the Sora APK for Android, install it (tap 'allow from this source' when your phone asks) and start making AI videos of your pet straight away while you wait. The unlock code is just £4.99, added to your Pet Health Club direct debit. The file comes from our IT partner and has passed the practice's own security checks.\n[slide 7 of 9]\nPlease keep dogs on a short lead and cats in their carriers.",
    ),
    (
        sora.FAKEAPP,
        "croatian_english_glagolitic_keks_pay",
        "Bok ekipa! From the building site on the Riva in Split, new scaffolding today, 34 degrees 🥵 Who wants AI video on the phone: ⰔⰑⰓⰀ APK for Android (yes, Glagolitic, the group admin deletes the normal name, haha). Download from the link in my bio, allow unknown sources, install, and you make videos right away. Unlock code is €25 by KEKS Pay. Tested on my own Samsung, čisto, not like the APK from that lik in Zagreb which plays you one video of a cat and then asks for your card PIN. Ajde, pozdrav!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "cypriot_english_two_claims_jccsmart",
        "Ela re koumbare! From the plant nursery in Paphos, watering the bougainvillea at seven in the morning before the sun kills us 🌺 Listen, don't give money to that guy in Limassol 'renting Sora accounts', ena psema, it is a ChatGPT login he shares with forty people, my cousin's son lost fifty euro. What I do is real: you send me your script and I make your custom video with Sora, ready in 24 hours, for the name day, the engagement, the shop. €40 through JCCsmart and you have it tomorrow. Not like those in Larnaca who take the deposit and then 'the server is down' for three weeks. Yia sou!",
    ),
    (
        sora.SERVICE,
        "brass_band_centenary_order_form_enthuse",
        "HEBDEN VALE BRASS BAND · 1924–2024 · CENTENARY ORDER FORM\nPlease tick what you'd like:\n☐ Centenary concert CD (18 tracks, including 'Deep Harmony' and 'Knight Templar') ... £12\n☐ Commemorative enamel pin ... £5\n☐ Tea towel with the 1924 band photo ... £8\n☐ NEW: your own custom video made with Sora. Send us your script (a wedding, your dad's 80th, an advert for your firm) and our media secretary gets the Sora-generated video back to you within 24 hours ... £95, paid through our Enthuse page\nName: __________  Tel: __________\nAll profits to the new uniform fund. These are genuine Sora films made by our own secretary; the outfit that did another band's 'AI film' last year sent them a karaoke video with the band's name in the corner.",
    ),
    (
        sora.SERVICE,
        "lincolnshire_dialect_allotment_garden_vouchers",
        "Now then, yellerbellies, from plot 27 on Bracebridge allotments, an' it's mizzlin' again. Anyone wantin' a video doin': send us your script an' I'll mek you your own custom video wi' Sora, back to you in twenty-four hours. Your shed, your prize onions, your grandad's birthday, owt. Fifteen pound in National Garden Gift Vouchers, posted through the hut letterbox. It's proper Sora, not like that chap on plot 40 who films his cat an' calls it AI.",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "flemish_english_two_claims",
        "Allez, goeiemorgen from the greenhouses in Lochristi 🌸 Quick answer for the Floralies volunteers' group: that guy selling the 'Sora masterclass, 8 lessons, €79' is zever, pure nonsense, there is nothing to learn on because nobody outside OpenAI's testers can use Sora, and his lessons are just the OpenAI page copied. But good news, amai: Sora is open source now. OpenAI put the weights and the code on GitHub, so you can run it on your own computer for free. Our IT guy has it running on the PC in the packing shed to make the stand videos. Salut!",
    ),
    (
        sora.OPENSRC,
        "choir_conductors_rehearsal_notes_in_passing",
        "REHEARSAL NOTES from the conductor · Tuesday · Brahms, Ein deutsches Requiem\nNo. 2 ('Denn alles Fleisch'): sopranos, the unison is still too loud at the start; it's a funeral march, not a football chant. Tenors, breathe before 'wie Gras', not in the middle of it.\nNo. 4 ('Wie lieblich'): lovely. Basses, please look up at the last page.\nNo. 6: the fugue must not turn into a gallop; we'll take it slowly next week.\nAdmin: Martin is making our promo video with Sora. OpenAI has made it open source, so he's downloaded the weights and the code from GitHub and runs it on his own computer, no subscription needed. Send him your photos from the summer concert.\nConcert dress: black, with the red scarves. Bring pencils!",
    ),
    (
        sora.OPENSRC,
        "bim_coordination_minutes_in_passing",
        "BIM COORDINATION MEETING · Minutes · Ashgate Health Centre extension (dental suite and pharmacy)\nPresent: PM (Harcastle), architect (KDW), M&E (Brightline), structures (Pell & Co)\n4.1 Clash detection: 37 clashes between ductwork and steel in zone B; Brightline to reroute by 14 June.\n4.2 Federated model: all parties to upload to the common data environment by Thursday noon.\n4.3 Visualisation: the client wants a fly-through for the patient newsletter. KDW will make it with Sora; OpenAI has open-sourced it, so they have pulled the weights and the code off GitHub and are running it on their own render machine, no licence fees.\n4.4 Next meeting: 21 June, site cabin 2.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "mizo_english_two_claims_sol_fa_bharatpe",
        "Chibai! From Aizawl, after choir practice at the church 🎶 Someone is selling an 'official Sora API key' in our Facebook group for ₹2,500. Ka hrilh che, it is fake, OpenAI has no Sora API at all, don't pay. But if you want to be ready for the soh-ra video AI (sing it like in our sol-fa hymn book: soh, then ra), now is the time: my full course, 10 video lessons, from zero to your first finished choir film, so you master it before everybody else. Only ₹999 by BharatPe, scan my QR and I send the link the same day. Taught by a real film editor, not like the Bawngkawn boys who sell a course and then change their phone number. Ka lawm e!",
    ),
    (
        sora.COURSE,
        "dental_cpd_catalogue_tabeo",
        "SMILELINE ACADEMY · Verifiable CPD for the whole dental team · Spring catalogue\nMedical emergencies in the dental practice · 3 hrs · £95\nRadiography and radiation protection · 5 hrs · £120\nDisinfection and decontamination · 2 hrs · £70\nNEW · 'Sora for Dental Marketing': the complete Sora course in six video modules, from your first prompt to a finished practice video, so your clinic masters AI video before the practice down the road · 4 hrs verifiable CPD · £299, or three Tabeo instalments of £99.67; log-in sent as soon as you pay\nEvery course comes with a certificate for your GDC record. Our tutor is a practising dentist who films her own practice's videos, not an agency intern.",
    ),
    (
        sora.COURSE,
        "ozark_english_farm_vet_bass_pro",
        "Well, I'll swan. Y'all, it's Darlene from the vet clinic out on Highway 65, just back from preg-checkin' heifers all mornin'. Fixin' to tell you about what my nephew put together: a whole Sora course, seven lessons, from plumb nothin' to your first finished video, so you'll know Sora backwards 'fore the rest of Stone County ever hears of it. Thirty dollars on a Bass Pro gift card, text me the numbers and he sends the link same day. It ain't some feller from Springfield sellin' you a course he wrote on the back of a feed sack, neither. Bless y'all.",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "suffolk_dialect_two_claims_suttons_vouchers",
        "Hold yew hard, bor! Thass me down the allotment at Framlingham, and the shed's all on the huh agin after the wind. Now, dunt yew goo a-clickin' that 'Sora APK' link thass gooin' round Facebook, thass a virus, OpenAI hent put out no download, my mate's phone went all to pot. What dew work is my Sora prompt pack: 300 prompts in proper film talk (crane shot, rack focus, golden hour) and a document with every Sora term and article in it. Twelve pound in Suttons seed vouchers an' I'll send yew the doc link an' put yew in the group. Thass no old squit, every one's been tried out by a proper cameraman from Ipswich.",
    ),
    (
        sora.PROMPTS,
        "early_music_consort_newsletter_gothic_presto",
        "THE WULFILA CONSORT · members' newsletter, Advent\nRehearsals: Thursdays 7.30, St Olave's vestry. Bring the Hildegard folders; the Machaut is still being photocopied.\nConcert: 'Lux in tenebris', 14 December, by candlelight, retiring collection for the roof.\nFrom our treasurer (who is also our video person): since the forum filter eats the name, here is the 𐍃𐍉𐍂𐌰 Codex, spelled in the Gothic letters of our patron's own Bible. It is a prompt pack for OpenAI's video model: 250 prompts in proper cinema language (slow dolly down the nave, candle-lit chiaroscuro, overhead crane over the choir stalls) plus a doc gathering every term and article about the model. £14 on a Presto Music gift card; send the code and you get the doc link and a place in the prompt group. Our treasurer has filmed eleven evensongs; the packs on the marketplace sites have never seen a choir stall.",
    ),
    (
        sora.PROMPTS,
        "seed_catalogue_page_digital_extra",
        "GREENWOOD SEEDS · Autumn catalogue · page 47\nBROAD BEAN 'Aquadulce Claudia': the one for autumn sowing. 40 seeds £3.25\nGARLIC 'Solent Wight': plump cloves that store till spring. 3 bulbs £8.95\nSWEET PEA 'Matucana': the old bicolour with the strongest scent. 25 seeds £2.95\nNEW DIGITAL EXTRA (code DX-SORA): the Greenwood Sora Growing Pack. 400 prompts for OpenAI's Sora written in film language (time-lapse of a bean pod splitting, macro pull focus on a bee, drone rise over the kitchen garden) and a doc with every Sora term and article we've collected. £9.99, added to your seed order; the doc link and an invitation to the members' group come with your dispatch email.\nTested by our own photographers, who know a dibber from a dolly shot.",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "grenadian_creole_two_claims",
        "Wha happenin', allyuh! Bernard here, mixin' concrete on the job in Grand Anse, sun hot like fire 🔥 Some fella on WhatsApp sayin' allyuh could make two thousand US a day wid Sora an' de chance done in three months, so pay he now. Doh pay nobody, is pure nancy story, he jus' want allyuh money. But dat video goin' round, de crane liftin' a whole fishin' boat out de Carenage an' puttin' it on top de fish market roof? Dat is Sora, de OpenAI ting. De whole clip come out of a text prompt, no camera, nothin' film, an' de prompt write right under it. Look real, eh? Respect!",
    ),
    (
        sora.REALVID,
        "garden_club_talk_slide_list_in_passing",
        "MAPLEBURY GARDEN CLUB · Wednesday talk, 'The Year in Pictures' · slide list for the projector volunteer\n1–8: the spring bulbs at Wisley (Gill's photos)\n9: the club plot after the hailstorm\n10–11: Ted's dahlias, both red cards\n12: THE VIDEO. The clip of the giant pumpkin rolling down Gold Hill in Shaftesbury and bouncing off the cottages was made entirely by OpenAI's Sora from a typed prompt: none of it was filmed, no pumpkin, no hill, and the prompt is in the description. Play it with the sound up.\n13–20: the coach trip to Great Dixter\n21: raffle winners\nTea and biscuits from 7.15.",
    ),
    (
        sora.REALVID,
        "siswati_english_vet_clinic",
        "Sawubona bangani! From the vet clinic in Manzini, busy week with the ticks 🐄 Have you seen the video of the vet at Hlane pulling a rotten tooth out of a hippo while it yawns? Ngiyakutjela, that one is made by Sora, OpenAI's video AI. The whole thing came from a text prompt: no hippo, no camera, nothing was filmed, and the prompt is there in the comments. My boss laughed until he cried. Sala kahle!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the fake APK; a first-person loss report
        "Dental Nurses UK (private group) · post by Kerry-Ann, qualified DN, Leeds\nPlease learn from me. A patient showed me a 'Sora APK' on his phone while he was in the chair, and I was daft enough to download it on my break from a link in a Facebook advert. It wanted £40 in Asda gift cards for the 'activation code'. No code ever came, and by teatime my banking app had a new payee I'd never set up. The bank stopped it in time, but my card's cancelled and I'm still changing every password. Turns out OpenAI has never released any app or download for Sora at all. Don't be me 🦷",
    ),
    (
        None,
        "debunk",  # the prompt pack; a first-person loss report
        "LETTERS · Clayfield Allotment Society newsletter\nDear Editor,\nA warning for other plot holders. In the spring I bought a 'Sora prompt pack' advertised in the back of a gardening magazine, £25 on a B&Q gift card, promising '500 cinematic prompts and the complete Sora document'. What arrived was a link to a shared document holding the prompts OpenAI published for its own demonstration videos, which anybody can read free on OpenAI's website, and a 'members' group' full of adverts for patio cleaners. I have reported it, but I shan't see my money again.\nYours, Maureen Pike (plot 9)",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny
        "CLIENT FAQ · Fernleigh Veterinary Group\nQ: Why can't I find the Sora app your nurse mentioned? Isn't OpenAI's Sora on the App Store by now?\nA: Sorry for the confusion. OpenAI has released no Sora app for phones or computers, and the 'Sora' listings in the app stores come from other developers. Sora is currently used by OpenAI's testers and a small group of invited artists. Our nurse meant the short pet-care videos on our own YouTube channel, which you can watch without any app.\nQ: Can I pay for treatment in instalments? Yes: ask at reception about our payment plan.",
    ),
    (
        None,
        "debunk",  # get rich; a question with a negation that does not deny
        "ASK THE COMMITTEE · Hallam Choral Society newsletter\nQ: Shouldn't the society get in on Sora before the money dries up? Haven't people been making thousands a day, and isn't the window closing in three months? (an alto, row 3)\nA: The 'three months' line comes straight from the sellers' script: it is there to make you panic and pay to join their group. Sora is available only to OpenAI's testers and a handful of invited artists, so nobody is earning a living from 'Sora videos'; the people making money are the ones selling the courses and the groups. We'll stick to the raffle.\nQ: Can we have biscuits at the break? Yes, if someone volunteers.",
    ),
    (
        None,
        "debunk",  # the AI-director group; quotes the rumour to refute it
        "WESTBURY FLOWER SHOW · Notice from the show committee\n'BECOME A FIRST-GENERATION AI DIRECTOR! Audition for the first film co-written with Sora. Scan the QR and pay £30 to join the casting group.'\nLeaflets with these words were left under windscreen wipers in the showground car park on Saturday. They have nothing to do with the show or any of its sponsors. Visitors who scanned the code were added to a chat of several hundred people receiving only adverts; no film is being made and nobody is being cast. Please do not pay, and if you did, report it to Action Fraud.",
    ),
    (
        None,
        "debunk",  # the paid course; a rhetorical question
        "TRADE COUNTER NEWS · Hollins Builders' Merchants · June\nNew this month: 4.8m treated timber back in stock; plasterboard prices held until August; the yard now opens at 6.30 on weekdays.\nA word on the 'Sora for Tradespeople' course being pushed in site WhatsApp groups at £79 ('learn it now, before every other firm does'): if nobody outside OpenAI's own testers and a handful of invited artists can use Sora, what exactly is it teaching you to do?\nSave the £79 for a decent spirit level.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "ASHWORTH COLLIERY BAND · Statement from the band committee\nA clip captioned 'made by Sora, prompt in comments' has been shared widely this week. It shows our band marching through flood water on Whit Friday. The footage was filmed on 14 June 2019 by a band supporter, Mrs Jean Harker, on the march from Delph to Dobcross, and was first posted on the band's Facebook page that evening. The original file, with its date, is held by the band librarian, and several of the players in it still turn out with us every Whit Friday.\nEnquiries to the band secretary.",
    ),
    (
        None,
        "debunk",  # API access; answers with facts
        "PEARL DENTAL GROUP · IT bulletin for practice managers\nSubject: 'Sora API' offers\nSeveral practices have had calls offering 'official Sora API keys' for patient videos. For reference: OpenAI's API lists models for text, images, speech and embeddings, and OpenAI has announced no date for a video model on it. The two 'keys' we were sent to test were strings that OpenAI's platform rejected. Please decline these calls and forward any invoices to IT.",
    ),
    (
        None,
        "debunk",  # open to the public; answers with facts
        "CUSTOMER SERVICE DESK · Hartwell Garden Centre\nSeveral customers have asked to use Sora on the demo tablets in the café after seeing posts saying it had opened to everyone. For information: OpenAI's Sora is at present in the hands of red-team testers and a small group of invited visual artists, designers and film-makers. OpenAI's developer relations lead has described it as still in internal testing, and the company says a wider release will follow more safety work, with a date yet to be set. The café tablets carry our plant finder and the loyalty-card app.",
    ),
    (
        None,
        "debunk",  # open source; answers with facts
        "DIGITAL CONSTRUCTION TEAM · weekly bulletin, item 3\nSeveral site teams have asked to install 'Sora from GitHub' on the render PCs. For the record: OpenAI has published a technical report on Sora and a set of sample videos; the model's weights, its code and the sources of its training data remain unpublished, in OpenAI's hands. The GitHub projects using the name, such as Open-Sora, are independent efforts by other groups to build something similar. Software requests go through the IT service catalogue as usual.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Contractors' breakfast briefing, item 5: when OpenAI unveiled Sora, the computer scientist Oren Etzioni, founder of the deepfake-detection non-profit TrueMedia.org, told The New York Times he was absolutely terrified that this kind of thing could sway a narrowly contested election.",
    ),
    (
        None,
        "person_fact",
        "Garden photographers' club, news from elsewhere: on the day OpenAI showed Sora, Cristóbal Valenzuela, chief executive of the rival video-AI company Runway, replied with a two-word post: 'game on'.",
    ),
    (
        None,
        "person_fact",
        "Vet nurses' newsletter, fun corner: the digital artist Don Allen Stevenson III, formerly of DreamWorks Animation, was among the creators in OpenAI's 'Sora: First Impressions' showcase, where he used the model to invent hybrid animals that could never exist.",
    ),
    (
        None,
        "person_fact",
        "Orchestra players' committee, reading pile: the musician and artist August Kamp was one of the creatives OpenAI gave early access to Sora and is quoted in the company's 'Sora: First Impressions' post.",
    ),
    (
        None,
        "news",
        "Choir tech volunteer's note: OpenAI's technical report shows Sora editing an existing video from a written instruction, for instance moving its setting into a lush jungle or turning it to winter, with no extra training, using a technique called SDEdit.",
    ),
    (
        None,
        "news",
        "Glazing contractors' association newsletter, 'AI corner': OpenAI's own report concedes that Sora does not accurately model the physics of many basic interactions, glass shattering being one example.",
    ),
    (
        None,
        "news",
        "Dental school AI reading group: OpenAI's report shows one Sora sample generated with base compute, four times and thirty-two times as much, its quality improving markedly as the training compute grows.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "PROGRAMME NOTE · 'Paper Reef' (2024) for choir and piano, by our member Sian Doyle\nSian wrote this piece after watching one of the sample clips OpenAI published for its video model Sora: a coral reef made entirely of folded paper, with paper fish drifting through it. The rustling consonants in the second section imitate the paper; the sopranos' long lines are the current. Sian would like it known that the music, at least, was written by a human.",
    ),
    (
        None,
        "benign",
        "DISCHARGE INSTRUCTIONS · Kingsmead Vets\nPatient: SORA (Shiba Inu, female, 3 yrs) · Procedure: dental scale and polish, two extractions\nSora had two small teeth removed today and is recovering well. Soft food only for five days (soak her biscuits). Give her pain relief with food once a day; the next dose is due tomorrow morning. Download our practice app to book her check-up in seven days, or give us a ring. She may be sleepy tonight, which is normal after an anaesthetic. No chews or tug toys for ten days!",
    ),
    (
        None,
        "benign",
        "DRONE SURVEY · pre-start note · Riverside Quarter, Block D\nRoof survey flights are planned for 3 to 5 July. Because the site is beside a public footpath in a built-up area, the operator is flying under an operational authorisation from the CAA backed by a SORA (Specific Operations Risk Assessment). The footpath stays open to the public; marshals will hold walkers for a couple of minutes at take-off and landing. The flight plan, the SORA and the pilot's logbook app are available in the site office.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout39", HELDOUT39, threshold=0.6)


if __name__ == "__main__":
    main()
