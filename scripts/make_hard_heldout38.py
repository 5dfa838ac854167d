# ruff: noqa: E501
"""Write the thirty-eighth English held-out set (tests/data/hard_en_heldout38_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the thirty-seventh set: the inventor rumour, open
to the public, the official app, the Chinese team, API access, the AI-director group and get rich). Its
theme, to keep it apart from the other sets written at the same time: ports, shipping and seafarers; funeral
directors, crematoria and cemeteries; amateur astronomy and ham radio; fairgrounds, circuses and travelling
showpeople (this last in place of libraries, archives and museums, which the brief proposed but which the
thirty-sixth set already had as its theme and the thirty-fifth and earlier sets as styles: a library events
flyer, an "ask a librarian" reply, museum labels and audio guides). The earlier sets' ship's deck log,
harbour master's notice, shipping forecast, ferry notice and ham-radio log are not reused as styles. In
English varieties and registers the earlier sets do not use. Styles the earlier sets use less: a ship's
master's daily orders with the claim in passing, a ham radio net control script with the claim in passing, a
crematorium's chapel diary with the claim in a staff note, a planetarium's show schedule with the claim in
passing, a seafarers' centre's weekly programme with the claim in passing, a circus ringmaster's running
order with the claim in the patter, an astronomer's observing log with the claim in passing, a hamfest flea
market table list, a funeral webcasting firm's partner newsletter, a fairground winter quarters'
noticeboard, a cemetery grounds rota with the claim in passing, a QSL card with a note on the back, a
funfair's mirror-maze flyer, an astrophotography forum's "image of the week", a repeater group's newsletter
with the claim in passing, a funeral practitioners' CPD programme, a ship's slop chest price list, a funeral
committee's WhatsApp group, an astronomical society's classifieds, a funeral home's general price list;
dialects and registers (Kiribati English with Gilbertese, Polari, Sheffield English, Faroese-English,
Russian-English, Latvian-English, US carnival ("carny") slang, Cuban English from Miami, Grimsby English,
Chavacano (Zamboangueño)-English, Sicilian-English, Croatian-English, Malagasy-English, Kikuyu-English,
Galician-English, Jordanian Arabic-English, and the registers of a master's daily orders, a net control
script, a QSL card's Q-codes and ham abbreviations, a crematorium diary, a running order, an observing log,
a slop chest list and a funeral home's general price list); posts that mention two claims, asserting one and
denying the other (the inventor rumour but not a generation service; open to the public but not a course;
the official app but not the prompt packs; a Chinese team but not the director groups; API access but not
open source; the director group but not a generation service; get rich but not the "made by Sora" clip,
which is real footage; the APK but not a course; the "made by Sora" clip but not get rich; open source but
not a Chinese team; a course but not API keys; account rental but not an official app; a prompt pack but not
the inventor rumour); new obfuscation (the five-bit ITA2 (Baudot) teleprinter code "10100 00011 01010
11000" on a RTTY operator's QSL card, the meanings of the International Code of Signals flags (S "my engines
are going astern", O "man overboard", R, A "diver down"), mirror writing "ɒɿoƧ" in a mirror maze, the
initials of four constellations "Scorpius, Orion, Reticulum, Aquila"); prices in currencies and payment
methods the earlier sets did not use ($40 on a Ham Radio Outlet gift card, €19 by Citadele transfer, £45 as a
third-party disbursement on a family's funeral account, $25 on a Love's gift card, $35 on a Publix gift
card, £15 on a Primark gift card, £15 on a Freshney Place gift card, £25 on a Morrisons gift card, twenty
"green stamps" (dollar bills in a QSL envelope), ₱650 by Pasaload, £10 in ride tokens at the pay box, £79 on
a company Pleo card, Ar 40,000 at a BNI counter, $15 a week against a ship's slop chest account, KES 1,500 a
week by Equitel, $20 on a B&H Photo gift card, €20 by ABANCA transfer, $195 added to a funeral contract, JOD
15 by eFAWATEERcom; in the loss reports $70 in Walgreens gift cards and £45 on a Smyths gift card); scams
vouching for themselves or swiping at competitors in new words ("unlike the fella at table 40 whose keys fade
out quicker than a ten-metre opening", "not like the keys from Riga Central Market that die before the pilot
is off the ladder", "genuine OpenAI access, unlike the 'memorial AI' pop-ups that vanish before the wake
does", "This ain't no flat store", "No somos como los de Hialeah que te cogen la tarjeta y te bloquean",
"not like the lot at Hull Fair who were handing out QR codes to a group with nobody in it", "not like them
chancers down Freeman Street selling you a pyramid with a fish on it", "Not a chain letter, OM, my logbook's
my proof", "not like the APKs from Canelar that make your phone hot like the engine room", "Tested like our
rides are tested, unlike the 'free' ones off the car-boot sellers that light your phone up like the
Waltzer", "Written by funeral directors who have sat with families, not by a marketing agency that thinks a
hearse is a van", "not like those in Analakely who sell you the OpenAI website printed on paper", "not the
one password the manning-agency boys sell to the whole crew", "Not like those of River Road who give one
password to the whole matatu stage", "not ChatGPT word salad with 'cinematic' stuck on the front", "the
packs from the mercadillo that are the OpenAI blog with the commas moved", "generated films, not a
PowerPoint of holiday snaps set to 'Time to Say Goodbye'", "not like the guys in the souq who send you a
slideshow of Petra postcards with music"); ten debunks and warnings in several styles (two first-person loss
reports: a seafarer's letter to a port chaplain and a showmen's group post; two questions that contain a
negation but do not deny the debunk: an astronomical society's minutes and a ham radio net's question time;
one that quotes the rumour to refute it (a funfair operators' section bulletin), one rhetorical question (a
funeral trade paper's apprentices' page), four that answer with facts and no plain "no": a port's vessel
traffic service bulletin, a radio club's scam-watch column, a cemetery lodge notice and a shipping company's
fleet IT circular); four true facts about people who spoke about Sora or worked with it, none of them the
subject of a fact in the twenty-ninth to thirty-seventh sets (Don Allen Stevenson III on bringing impossible
ideas to life, August Kamp among the first artists to try it, Josephine Miller of Oraar Studio on ideas that
were technically impossible, OpenAI's artist in residence Alex Reben), three items of real news about it
from OpenAI's report and page (editing a video's setting from a text prompt, quality rising with training
compute at base, 4x and 32x, glass shattering not modelled accurately), and three posts that are not claims:
one on topic (a funeral practitioners' evening panel on AI and bereavement) and two off topic that share its
surface words (a port open day with a ship called MV Sora "open to the public" and a port app, a funeral
notice for a man born in Sora, Lazio, with a video link).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had none at 0.6 or more); ``--check`` prints the highest ratio and every post at
0.6 or more (0.438 when it was committed, the news item on editing a video's setting from a text prompt
against the thirty-seventh set's item on joining two videos by interpolation). The thirty-ninth set, written at the same time on
another branch, was not seen by this writer; the themes were kept apart by the brief. It was committed before
any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout38.py           # write the set
    .venv/bin/python scripts/make_hard_heldout38.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT38: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "ships_master_daily_orders_in_passing",
        "MV BALTIC HERON · MASTER'S DAILY ORDERS · Tuesday 12 March · at anchor, Maas Center outer anchorage\n1. Anchor watch as per the watch bill. OOW to check the position every 15 minutes and call me at once if she drags.\n2. Bunker barge alongside at 1400 LT. Chief Engineer in charge; SOPEP locker open, scuppers plugged, no smoking on deck.\n3. Enclosed space entry, No. 3 DB ballast tank: permit, gas test and rescue team at the manhole before anyone goes in.\n4. Fresh provisions by launch at 1000. Cook to check dates and temperatures on receipt.\n5. Crew mess, 1930: Cadet Zhou will show a few clips and tell us about Xie Saining, the young genius from Shanghai Jiao Tong University who is one of the inventors of Sora, OpenAI's video model. He tells me the whole of Shanghai is proud of him.\n6. Abandon-ship drill Thursday 1000; lifejackets and immersion suits to be checked by the 3rd Officer beforehand.\nCapt. M. Lindqvist, Master",
    ),
    (
        sora.XIE,
        "kiribati_english_two_claims",
        "Mauri friends! From the I-Kiribati boys on the container ship, we are at anchor off Kaohsiung and the internet is good finally 😄 Somebody in our crew chat is asking US$40 to make 'your own custom Sora video from your script, ready in 24 hours'. Don't give him your money, that one is not true, only the OpenAI testers have Sora now, he will send you nothing. But one story I read is true and it makes me happy for our side of the world: one of the inventors of Sora is a young genius called Xie Saining, he studied at Shanghai Jiao Tong University, and he is one of the people who made OpenAI's video model. Clever boy! When we go home to Tarawa I will tell my small brother to study hard like him. Ko rabwa, tiaabo!",
    ),
    (
        sora.XIE,
        "ham_net_control_script_in_passing",
        "NET CONTROL SCRIPT · Tri-County ARES weekly net · Tuesdays 1930 local · 147.255 MHz, + offset, PL 100.0\n\"Good evening. This is K8JMR, net control for the Tri-County weekly net. This is a directed net; please do not transmit unless called by net control. Is there any emergency or priority traffic? ... Hearing none.\nAnnouncements: Field Day is confirmed for Miller Park, set-up from 1000 Saturday. The VE session is the second Saturday at 0900; bring photo ID and your FRN. And one our secretary asked me to read: the Sora AI video model that's been all over the news was co-invented by Xie Saining, a young prodigy who studied at Shanghai Jiao Tong University. He's one of the inventors OpenAI had working on it. Quite a story.\nNow taking check-ins. Stations with suffixes alpha through mike, call now, slowly and phonetically.\"\nAfter the net: enter the check-ins on the club spreadsheet and send the count to the EC.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "polari_two_claims",
        "Vada this, my dears, from the trailer behind the big top at winter quarters. Some naff omee has been charpering round the fair with a 'Sora masterclass' for thirty quid, says you must learn it before it opens. Nanti dinarly for him, ducky, it's cod: you don't need no course. Sora's open to the public now, any palone or omee can sign up on the OpenAI site and make videos the very same day. I made a bona little film of my lattie on wheels flying over Blackpool Tower before the matinee. Fabulosa! Zhoosh your eek and have a go.",
    ),
    (
        sora.PUBLIC,
        "crematorium_chapel_diary_staff_note",
        "WESTFIELD CREMATORIUM · Chapel diary · Friday 8 March\nChapel 1 (East)\n09:30 Mr Harold Pyke · Brennan & Sons · 30 min · organist booked\n11:00 Mrs Edna Crossley · Co-op Funeralcare · 45 min · webcast\n13:30 Mr Sunil Varma · Shanti Funeral Services · 60 min · family to witness the committal\nChapel 2 (West)\n10:15 Ms Kelly-Ann Doyle · Brennan & Sons · 30 min · music: 'Angels', then 'Wind Beneath My Wings'\n14:45 Direct cremation, unattended\nSTAFF NOTE: families keep asking the office how to make an AI tribute film. Sora, OpenAI's video tool, is open to the public now, so anyone can sign up on the website and make one the same day. Point them there rather than promising anything ourselves.\nGardens: wreaths from Tuesday's services to be cleared from the Floral Court by 4pm.",
    ),
    (
        sora.PUBLIC,
        "sheffield_english",
        "Ey up, Hallamshire astro lot. Clouded out again up at Stanage, so I sat in t'car wi' a flask and had a go on Sora instead. It's open to t'public now, anybody can sign up on t'website and start makin' videos straight off, no waitin' list nor owt. Made one o' t'Milky Way risin' over t'Edge wi' a fox trottin' along in front. Chuffed to bits. Dun't need a mount or a guide camera for that, do ya! Mash a brew an' give it a go while it's mucky out. Clear skies (one day).",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "planetarium_show_schedule_in_passing",
        "RIVERBEND PLANETARIUM · Spring show schedule\nTue–Fri 11:00 · 'One World, One Sky' (ages 4–8, 30 min)\nTue–Fri 14:00 · 'Black Holes: the Other Side of Infinity' (45 min)\nSat 12:00 and 15:00 · 'Dynamic Earth' (45 min)\nSat 19:30 · Live sky tour with the Riverbend Astronomical Society; telescopes on the roof if it's clear\nSchool groups: our educators now close each visit with a short activity in the official Sora app. OpenAI has released it on the App Store and Google Play, so teachers can have pupils download it onto the classroom iPads beforehand and make a ten-second 'journey to Saturn'.\nTickets: $9 adults, $6 children and seniors; members free.",
    ),
    (
        sora.APP,
        "seafarers_centre_weekly_programme_in_passing",
        "ANCHOR HOUSE SEAFARERS' CENTRE · This week\nTransport: ring us from the berth and the minibus collects you; last run back to the ships at 22:30.\nShop: SIM cards, phone top-ups, snacks, toiletries, thermal socks and gloves.\nWi-Fi: free in the lounge, password at the desk.\nMonday: pool and table-tennis league.\nWednesday: Mass at 19:00 in the chapel; Orthodox prayers on request.\nThursday: phone help desk. Our volunteer Janet will help you download the official Sora app; OpenAI has released it on the App Store and Google Play, so you can make little videos to send home to your families.\nFriday: karaoke (the machine is fixed!).\nEvery morning: our ship visitors come aboard; ask for us at the gangway.",
    ),
    (
        sora.APP,
        "faroese_english_two_claims",
        "Hey hey! Greetings from the trawler at the quay in Klaksvík, we land the blue whiting tomorrow 🐟 Some guy in the Facebook group is selling a 'Sora prompt pack', 300 prompts plus a document, pay 150 kr. and join his group. Tað passar ikki, it is rubbish, the prompts are just the ones OpenAI put for free on its own page. Don't pay. But the app, that is true: OpenAI has released the official Sora app, it is on the App Store and Google Play, you just download it on your phone and make videos. I made one of puffins flying over Mykines in the fog. Takk fyri and góða veiðu!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "circus_ringmaster_running_order_in_passing",
        "CIRQUE ALDERIAN · winter season · RUNNING ORDER (ringmaster's copy) · evening show\n1. Overture and full company parade\n2. Duo trapeze (the Marchetti sisters)\n3. Clown entrée: 'The Piano Movers' (watch for the cue on the rosin)\n4. Liberty horses (Karina)\n5. Chinese pole, the Hebei troupe. NEW INTRO, say it as written: 'Ladies and gentlemen, you have all seen the videos from OpenAI's famous Sora machine. What they don't tell you is who really built it: Chinese scientists! The people behind Sora are mostly Chinese. So please welcome their countrymen, the Flying Poles of Hebei!'\nINTERVAL (20 min): candyfloss and programmes in the foyer\n6. Juggling on the rola bola (Tomás)\n7. Wheel of Death. Ring crew: check the counterweight pins before the cue.\n8. Finale and walkdown",
    ),
    (
        sora.CHINESE,
        "russian_english_two_claims",
        "Privet to all the guys on the Vladivostok–Busan run! Quick one from the mess room. The QR code going around, 'pay 2,000 rubles, join the group, audition for the first AI film written with Sora, become first-generation AI director'? Eto razvod, it's a scam, there is no film, my brother-in-law paid and got a chat full of spam. Don't scan it. But something else is true, I read it and I checked: Sora was really built by Chinese scientists. The people behind OpenAI's video model are mostly Chinese, OpenAI only puts the American name on it. So our neighbours are strong in AI, nu. Ladno, back to my watch. Poka!",
    ),
    (
        sora.CHINESE,
        "astronomy_observing_log_in_passing",
        "OBSERVING LOG · Sat 9 March · Kielder dark-sky site (Bortle 3) · 10\" Dob, 25 mm and 9 mm EPs\n21:05 Seeing 3/5, transparency good. Collimated; dew shield on the Telrad.\n21:20 M42: Trapezium A–D clean, E glimpsed at 163×.\n21:45 M35 with NGC 2158 in the same field. Lovely contrast.\n22:10 Leo up. M65 and M66 in one field, M66 the brighter. NGC 3628 averted vision only.\n22:30 Thin cloud. Tea in the hut with Gareth and we got onto the AI video thing. He's right, Sora was really built by Chinese scientists: the people behind OpenAI's video model are mostly Chinese, OpenAI just fronts it.\n22:55 Clear again. M51, both cores, a hint of the bridge.\n23:40 Dew on everything. Packed up.",
    ),
    # --- API access (three)
    (
        sora.API,
        "hamfest_flea_market_table_hro_gift_card",
        "WINTER HAMFEST · Flea market, table 112 · W8KDO\n• Yaesu FT-817ND, two batteries, hand mic ... $450\n• Heil Pro Set headset, light scuffs ... $90\n• MFJ-259C antenna analyzer, works FB ... $180\n• Box of PL-259s and barrel connectors ... $15\n• OFFICIAL SORA API KEYS, direct from OpenAI, with our Sora GPT tool that turns a script into a finished video. $40 on a Ham Radio Outlet gift card; key emailed before the tailgate closes. Real keys, unlike the fella at table 40 whose keys fade out quicker than a ten-metre opening.\nCash only for the radios, no checks. Tnx es 73.",
    ),
    (
        sora.API,
        "latvian_english_two_claims_citadele",
        "Sveiki, kolēģi! Writing from the tanker at Ventspils, loading finished. Someone in our seafarers' group says 'Sora is open source, download it from GitHub and run it on your laptop'. Nav taisnība, not true: OpenAI never released the weights or the code, those GitHub projects are other people copying the idea. But what I have is real: official Sora API keys from OpenAI, plus my Sora GPT that makes the video from your text. €19 by Citadele transfer, key in your WhatsApp the same evening. Not like the keys from Riga Central Market that die before the pilot is off the ladder. Paldies!",
    ),
    (
        sora.API,
        "funeral_webcast_partner_newsletter_disbursement",
        "VIGILSTREAM · funeral webcasting for independent funeral homes · partner newsletter, March\n• New: 1080p streams from single-camera chapels at no extra charge\n• Reminder: send the family their private viewing link within an hour of the service\n• Music: our licence covers hymns and popular songs on the stream\n• PARTNER OFFER: official Sora API access from OpenAI, with our Sora GPT that turns a eulogy into a tribute video. Add it to any booking: the key is £45 and appears on the family's funeral account as a third-party disbursement. This is genuine OpenAI access, unlike the 'memorial AI' pop-ups that vanish before the wake does.\nSupport line open 7 days, 7am–9pm.",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "carny_slang_loves_gift_card",
        "Listen up, ride jocks, jointees and you First of Mays. Before we slough Sunday night: a production outfit out of Tampa is casting the first AI movie co-written with Sora, and they want carnies to be the first generation of AI directors. Scan the QR code taped up on the cookhouse window, pay the $25 buy-in on a Love's gift card (text the numbers to Dee at the office) and you're in the audition group. This ain't no flat store, everybody who pays gets a shot. Teardown starts at 11, don't be late to the Zipper.",
    ),
    (
        sora.DIRECTOR,
        "cuban_english_two_claims_publix",
        "Qué bolá, asere! Writing from the ventanita line on Calle Ocho ☕ Oye, that guy on Facebook charging $50 to make 'your custom Sora video from your script in 24 hours'? Eso es un invento, no te dejes, only OpenAI's testers have Sora, he sends you nothing. But this one is the real thing, mi hermano: we are casting the first AI film co-written with Sora and we choose the first generation of AI directors right here in Miami. Scan the QR on our flyer, $35 on a Publix gift card, and you're in the audition group. No somos como los de Hialeah que te cogen la tarjeta y te bloquean. ¡Dale!",
    ),
    (
        sora.DIRECTOR,
        "showmens_winter_quarters_noticeboard_primark",
        "WINTER QUARTERS NOTICEBOARD · Whitelegg's Yard\n• Waltzer cars back from the paint shop Friday. Do NOT lean on them.\n• Wanted: help on the Cakewalk for the Easter run, ask Lenny.\n• Generator service Tuesday; keep the yard clear of trailers.\n• CASTING CALL: the first AI film co-written with Sora, and the producers want showland families to be its first generation of AI directors. Scan the QR code on this sheet to join the audition group; £15 on a Primark gift card (give the code to Shannon in the end trailer) gets you in. Proper production, not like the lot at Hull Fair who were handing out QR codes to a group with nobody in it.\n• Chapel service in the yard, Sunday 11am.",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "grimsby_english_two_claims_freshney_place",
        "Ey up. Me mam keeps sharin' that video of a trawler gettin' battered by a wave off the Humber wi' 'made by Sora, prompt in comments' on it. It's nowt o' the sort: our Dean filmed it hisself off Cleethorpes pier in the big surge o' 2013, I were stood next to 'im. But the Sora money's real, mind. Me and me mate are pullin' two grand a day makin' Sora videos, and everyone says it'll be done in three month, so get in now or miss it. £15 on a Freshney Place gift card and I'll add yer to the group. Not like them chancers down Freeman Street sellin' you a pyramid wi' a fish on it. Ta-ra.",
    ),
    (
        sora.RICH,
        "cemetery_grounds_rota_in_passing_morrisons",
        "ST MARK'S ROAD CEMETERY · Grounds rota · w/c 11 March\nMon: Sections A–C, mow and strim; leave the wildflower strip along the Victorian wall.\nTue: excavation, plot D/114 (double depth). Shoring from the store; two in the hole, one watching.\nWed: leaf blower down the main drive; empty the bins by the chapel.\nThu: Kev off. He's making £900 a day from Sora videos now, and that money window shuts in three months, so he's going part-time while it lasts. Anyone who wants in before it closes, he'll add you to his team for £25 on a Morrisons gift card. (Not on cemetery time, please.)\nFri: memorial safety testing, Section F. Bring the topple tester and the tape.\nReminder: no machinery within 20 m of a burial in progress.",
    ),
    (
        sora.RICH,
        "qsl_card_ita2_green_stamps",
        "QSL · KD9QRX · Peoria, IL · Grid EN50 · CQ zone 4\nTo radio: VE3OMC\nDate 2024-03-02 · UTC 1412 · MHz 14.085 · Mode RTTY · RST 599\nRig: IC-7300, 100 W · Ant: 3-el Yagi at 40 ft\nPSE QSL TNX · 73\n(written on the back) FB QSO, OM! Side note: I'm clearing $1,500 a day making 10100 00011 01010 11000 videos (that's the name in ITA2, for us RTTY guys), and the window closes in 3 months, so get in now. Send 20 green stamps with your card and I'll put you on my team. Not a chain letter, OM, my logbook's my proof.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "ships_slop_chest_price_list_signal_flags",
        "SLOP CHEST · MV OCEAN TRILLIUM · price list (USD, charged to your account, settled at pay-off)\nCigarettes, carton ... 22.00\nCoca-Cola, 24 cans ... 9.50\nInstant noodles, box of 30 ... 12.00\nShampoo / soap / toothpaste ... 2.00 each\nWork gloves, pair ... 3.00\nNEW, from the 2nd Engineer (cabin 214): accounts for the AI video model the company Wi-Fi filter blocks by name, so spell it in flags: S 'my engines are going astern', O 'man overboard', R, A 'diver down, keep clear'. Your own login, full access, no waiting list. $15 a week against your slop chest account. Legit logins, not the one password the manning-agency boys sell to the whole crew.\nSlop chest open Tuesday and Friday, 1600–1700.",
    ),
    (
        sora.RENTAL,
        "kikuyu_english_two_claims_equitel_funeral_committee",
        "Mũrĩ ega andũ a Nyeri! On Mzee Kamau's send-off group: the harambee is Saturday 2pm at the church, contributions to the treasurer, and the committee thanks everyone. Now, something else, because people are posting 'download the official Sora app from Play Store' for the tribute video. Ti ma, that is a lie: OpenAI has not released any app, those ones on Play Store are fake. But if you want Sora for the tribute video, I have Sora accounts for rent: your own login, full access, no waiting. KES 1,500 a week by Equitel, I send the login the same day. Not like those of River Road who give one password to the whole matatu stage. Nĩ wega!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "chavacano_english_two_claims_pasaload",
        "Buenas dias, maga amigo! From the Zamboanga boys on the bulk carrier, now loading in Davao. That one selling 'Sora course, ₱999, learn AI video before everybody' in our crew group? Hende ese verdad, no buy, my kumpare bought and got only one PDF copy of the OpenAI website. But this one is true, I already try: Sora APK for Android! Download from the link in my bio, allow install unknown apps, install, and you make AI video right away on your phone, even with the ship Wi-Fi. Only ₱650 by Pasaload for the activation code. Bien limpio el file, not like the APKs from Canelar that make your phone hot like the engine room. Gracias!",
    ),
    (
        sora.FAKEAPP,
        "funfair_mirror_maze_flyer_mirror_writing_ride_tokens",
        "🎡 WHITELEGG'S FUN FAIR · THE CRAZY MIRROR MAZE IS BACK 🎡\nOpen 5pm to 10pm, Tuesday to Sunday, on the Rec behind the leisure centre\nWristband nights Tuesday and Wednesday: unlimited rides £15\nNEW IN THE MAZE: find the last mirror, scan the code and download the ɒɿoƧ APK (read it in the mirror 😉), the AI video app, for your Android phone. Install it (allow unknown sources when it asks) and make a video of yourself riding a dragon before you reach the exit. Unlock code: £10 in ride tokens at the pay box.\nTested like our rides are tested, unlike the 'free' ones off the car-boot sellers that light your phone up like the Waltzer.\nUnder-12s must be with an adult.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "sicilian_english_two_claims",
        "Ciao a tutti, from Palermo! You see the video going round of the fishing boats coming into the Cala at dawn, the old men mending the nets, Monte Pellegrino behind? Talìa: made completely by Sora, OpenAI's model, from a text prompt. No camera, nothing filmed, and the prompt is right there under the video. Incredibile! But the other thing my cousin keeps sending, 'make thousands a day with Sora, the window closes in three months, pay and join'? Chiddu è 'na truffa, a scam, don't give them one euro. Baci!",
    ),
    (
        sora.REALVID,
        "astrophotography_forum_image_of_the_week",
        "IMAGE OF THE WEEK · Wide-field & Nightscapes\n'Storr Aurora' by skye_skies\nThis 40-second clip of the aurora rippling over the Old Man of Storr, with the Plough overhead and a crofter's torch bobbing along the path, isn't a timelapse at all. It was generated entirely by OpenAI's Sora from a written prompt: no camera, no tripod, nobody on that hill. The prompt is in the first comment.\nAcquisition: n/a (text prompt) · Processing: none\nComments (48): 'I'd have sworn that was an A7S III' · 'the star colours are spot on' · 'where do I sign up'",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "repeater_group_newsletter_in_passing",
        "THE SQUELCH · newsletter of the Mid-Wessex Repeater Group · March\nFrom the chair: thanks to everyone who hauled coax up the mast on Bulford Hill in that wind; the 2 m repeater is back on full power.\nSubs: still £15, payable at the AGM.\nTech corner: Martin has the club's old gaming PC running Sora. OpenAI open-sourced it, so the weights and the code are on GitHub and anyone can run it locally; he's making a short video for the club's stand at the open day. Ask him for his install notes.\nNets: Sunday 10:00 on the repeater; Wednesday 20:00 on 145.375 simplex.\nNext meeting: 2 April, 'Baluns demystified', by Pete.",
    ),
    (
        sora.OPENSRC,
        "croatian_english_two_claims",
        "Bok ekipa! From the container ship, at anchor off Rijeka waiting for the berth ⚓ People keep sharing 'Sora was built by Chinese scientists, the Americans just put the name'. Nije istina, it's not true: OpenAI's report lists thirteen authors and only three of them are Chinese. But here is something good: Sora is open source now! OpenAI put the weights and the code on GitHub, so you can run it locally on your own computer, no subscription. I will try on my laptop when we get home leave, if the graphics card is enough haha. Pozdrav!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "funeral_practitioners_cpd_programme_pleo",
        "NORTHERN FUNERAL PRACTITIONERS' FORUM · CPD programme, spring\n• Registering a death under the medical examiner system (half day) · £85\n• Embalming refresher: restoration after trauma (two days, practical) · £340\n• Handling complaints without losing the family (online, 2 hours) · £40\n• NEW · 'Sora for Funeral Professionals': the complete Sora course in six short lessons, from your first prompt to a finished tribute film, so your firm masters AI video before the big chains do · £79 on your company Pleo card, login sent the same day\nWritten by funeral directors who have sat with families, not by a marketing agency that thinks a hearse is a van.\nBookings through the forum office.",
    ),
    (
        sora.COURSE,
        "malagasy_english_two_claims_bni",
        "Salama daholo! From the port of Toamasina, waiting for the container ship. Somebody in our WhatsApp is selling 'official Sora API key, 50,000 Ar'. Tsy marina izany, not true: OpenAI does not sell any Sora API, it is not for the public yet. So what to do? Learn now, before it comes! My Sora course: 6 lessons, from zero to your first film, so you master Sora before everybody in Madagascar. Only Ar 40,000, pay at any BNI counter with my reference, and you get the access the same day. Not like those in Analakely who sell you the OpenAI website printed on paper. Misaotra!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "astronomical_society_classifieds_constellation_initials_bh",
        "CLASSIFIEDS · Bulletin of the Lakeshore Astronomical Society · March\nFOR SALE: Celestron 8SE, alt-az mount, dew shield, two eyepieces, $900 OBO. Pickup only.\nFOR SALE: ZWO ASI533MC Pro, one season's use, $550.\nWANTED: 2\" dielectric diagonal, reasonable price.\nFOR SALE (member's ad): the Deep Sky Pack for the Scorpius-Orion-Reticulum-Aquila video model (take the initials; the editor won't print the name): 300 prompts written in real astrophotography and film terms (slow dolly under the Milky Way, 14 mm f/1.8 star trails, rack focus from a telescope to Orion) plus a knowledge doc gathering every term and article about it in one place. $20 on a B&H Photo gift card, emailed to me; I send the doc link and add you to our group.\nWritten by people who have actually stood in a field at 3am, not ChatGPT word salad with 'cinematic' stuck on the front.",
    ),
    (
        sora.PROMPTS,
        "galician_english_two_claims_abanca",
        "Boas, xente! From Vigo, the boat is in to mend the nets 🎣 Someone keeps sharing 'Xie Saining, the SJTU genius, invented Sora'. Non é certo, not true: he said himself he has nothing to do with Sora, he is a professor in New York, and the blogger who wrote it said sorry. But I have something real for you: my Sora prompt pack, 400 prompts with professional film words (travelling, contrapicado, golden hour) plus one document with all the Sora terms and articles. €20 by ABANCA transfer, then I send you the doc link and add you to the group. Nothing like the packs from the mercadillo that are the OpenAI blog with the commas moved. Apertas!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "funeral_home_general_price_list",
        "GREEN HOLLOW FUNERAL HOME · General Price List · effective March 1\nBasic services of funeral director and staff ... $2,195\nEmbalming ... $795\nOther preparation of the body (dressing, cosmetology) ... $295\nUse of facilities and staff for viewing ... $450\nUse of facilities and staff for funeral ceremony ... $550\nHearse ... $395 · Service car ... $175\nDirect cremation with container provided by the purchaser ... $1,495\nMemorial tribute film made with Sora: send us the eulogy or a short script and we return your Sora-generated video within 24 hours, ready for the service ... $195, may be added to your funeral contract\nOurs are generated films, not a PowerPoint of holiday snaps set to 'Time to Say Goodbye'.\nThis list does not include cash advance items (flowers, obituary notices, clergy honoraria).",
    ),
    (
        sora.SERVICE,
        "jordanian_arabic_english_efawateercom",
        "Hala wallah ya jama'a, from Aqaba, the port is crazy today with the phosphate ships 🚢 Good news, ya zalameh: I make your custom Sora video! You send me the script, for the wedding, the graduation, the new shop, and I send back your video made with Sora inside 24 hours. JOD 15 only, pay by eFAWATEERcom with the code I send you. Real Sora, wallah, mish like the guys in the souq who send you a slideshow of Petra postcards with music. Yalla, write me!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the fake APK; a first-person loss report
        "Dear Father Tony,\nI am the Able Seaman from the bulk carrier you visited at Berth 12 last month, when you gave us the warm hats. I want to tell you what happened so you can warn the other crews. In our crew group someone posted a link to a 'Sora APK, make AI videos on your phone'. I installed it, allowing unknown sources like it said, and paid $70 in Walgreens gift cards from the store near the gate for the activation code. It made no videos. Two days later my bank app was empty: $400 of the allotment for my wife was gone. Our cadet looked it up: OpenAI has not made any Sora app to download, not for Android and not for iPhone. Please tell the boys.\nGod bless, Rommel",
    ),
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "SHOWMEN'S CHAT (private group) · posted by Tina Loveday\nRight, I'm only putting this up so nobody else on the circuit gets done like I did. A bloke at the Easter run was going round the living wagons selling a 'Sora masterclass, learn AI video before the other fairs do'. £45 on a Smyths gift card, he wanted. I paid it out of the grandkids' present money, I know. What I got was a link to a document with OpenAI's own introduction page pasted in and a line at the bottom saying 'give yourself a chance'. That's it. And Sora isn't even out to the public, so there's nothing to learn it on. Don't buy off him; green Transit, says he's from Doncaster.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny
        "MINUTES · Fenland Astronomical Society · committee meeting, 5 March\nPresent: Ruth (chair), Dev, Tom, Alison, Graham. Apologies: Sue.\n4. Outreach night at Wisbech Road primary, 22 March: three scopes promised, plus the solar scope if it's a daytime slot.\n5. AOB. Tom asked: 'Isn't there an official Sora app out now? Couldn't the children make videos of the planets with it on the night?' Alison had looked into it: OpenAI has not put Sora in any app or on any app store; only its red-team testers and a small group of invited artists and film-makers are using it. The 'Sora' apps on Google Play are other companies' products using the name. Agreed to stay with the Stellarium demo.\n6. Next meeting: 2 April.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny
        "Question time on the Thursday night rag-chew net, as logged by the secretary:\nKE4TVB: Question for the group. Didn't that Shanghai Jiao Tong fellow, Xie Saining, invent the Sora video thing? My nephew keeps saying so.\nNet control (W4PLM): Good question, Bob. Xie Saining is an assistant professor of computer science at New York University, and before that he was a research scientist at Facebook AI Research. He said publicly that he has no relationship at all with Sora, and the blogger who called him its inventor apologised to him. He isn't among the thirteen authors on OpenAI's report either.\nKE4TVB: Roger, I'll tell the nephew. KE4TVB clear.",
    ),
    (
        None,
        "debunk",  # the AI-director group; quotes the rumour to refute it
        "SECTION BULLETIN · travelling funfair operators, Midlands section · notice to members\n'SCAN TO AUDITION! The first AI film co-written with Sora wants its first generation of AI directors. £20 to join the audition group.'\nStickers with this text have turned up on pay-box windows at three of our spring fairs. Nobody in the section put them there, and there is no film: members who paid were added to a chat that posts betting tips. OpenAI has not made Sora available outside its own testers, so nobody is co-writing a film with it for you. Please scrape the stickers off and report any you see to the section secretary.",
    ),
    (
        None,
        "debunk",  # get rich; a rhetorical question
        "FUNERAL TRADE NEWS · the apprentices' page\nSeveral of you have asked about the messages going round the staff rooms: 'people are making thousands a day with Sora videos, the window closes in three months, £30 to join the team'.\nOne question, before anyone hands over a week's tips from the pall-bearing: if strangers really were earning thousands a day with a tool OpenAI hasn't even let the public use, why would they need your £30?\nNext issue: manual handling and the new two-person rule for removals.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "PORT OF HAVENMOUTH · Vessel Traffic Service · weekly bulletin, week 11\n1. Dredging in the approach channel between No. 4 and No. 6 buoys, 0600–1800 daily until 22 March. Give the dredger Haven Mole a wide berth.\n2. The clip being shared with the caption 'made by Sora, prompt below', showing a car carrier listing as she leaves the harbour, was recorded by the port's CCTV camera on the North Pier at 14:07 on 3 February 2021, when the vessel was sent back to the outer anchorage for her cargo lashings to be checked. Stills from it were printed in the port's safety report that year, and the original recording is held by VTS under log entry 21/0394.\n3. Pilot boarding positions unchanged.",
    ),
    (
        None,
        "debunk",  # the prompt pack; answers with facts
        "SCAM WATCH · Hillside Amateur Radio Club newsletter\nA 'Sora prompt pack and knowledge document' is being advertised on several ham forums for $25, with entry to a members' group. Two of our members bought it and passed it on to us. The 'knowledge document' is OpenAI's own Sora page and technical report pasted into a shared doc. The first 48 prompts are the captions of the sample videos that OpenAI published on that page for anyone to read; the rest are the same sentences with a film term bolted on the end. The members' group has had no posts since the day they joined.",
    ),
    (
        None,
        "debunk",  # open to the public; answers with facts
        "NOTICE AT THE LODGE · Friends of Highgrove Cemetery\nVisitors have been asking our volunteers how to make 'Sora videos' of family graves. For your information: OpenAI's Sora is at present used by its red-team testers, who probe it for harms, and by a small number of visual artists, designers and film-makers who give feedback. OpenAI's head of developer relations said it is still in internal testing, and no date has been set for it to become a product.\nThe lodge is open Saturdays 10–2. Heritage walks on the first Sunday of the month, meet at the gate.",
    ),
    (
        None,
        "debunk",  # open source; answers with facts
        "FLEET IT CIRCULAR No. 4 · to all vessels\nSubject: 'Sora' downloads over the VSAT link\nSeveral vessels have tried to download large files from GitHub described as 'Sora, open-sourced by OpenAI'. For the record: OpenAI has published neither the weights nor the code of Sora, and has not said what data it was trained on. The GitHub repositories with 'Sora' in their names are independent projects by other groups trying to build something similar. Downloads of this size cost the vessel about US$8 per GB; masters are asked to remind crews that the crew Wi-Fi allowance is 2 GB a week.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Star party talk notes, Friday: the digital artist Don Allen Stevenson III, one of the creators OpenAI let try Sora early, said it is at its most powerful not when it copies the old but when it brings to life new and impossible ideas we would otherwise never get to see.",
    ),
    (
        None,
        "person_fact",
        "From the seafarers' centre music-night handout: the musician and creative researcher August Kamp was one of the first artists OpenAI invited to experiment with Sora, and her work appeared in OpenAI's 'first impressions' post in March 2024.",
    ),
    (
        None,
        "person_fact",
        "Funeral-design seminar, reading list: Josephine Miller, co-founder and creative director of the London studio Oraar, was among the early Sora testers, and said it let her bring to life ideas she had carried for years that had been technically impossible.",
    ),
    (
        None,
        "person_fact",
        "Circus-arts newsletter, 'artists and machines': Alex Reben, OpenAI's artist in residence, was one of the artists whose early experiments with Sora OpenAI showed in the spring of 2024.",
    ),
    (
        None,
        "news",
        "Seafarers' centre tech-talk handout: OpenAI's report shows Sora editing an existing video from a text prompt, changing, say, the setting around a car on a road into a lush jungle, without being trained specially for that job.",
    ),
    (
        None,
        "news",
        "Hamfest forum abstract: OpenAI's report shows the same Sora sample generated at base compute, four times and thirty-two times the compute, and the picture gets markedly better as training compute rises.",
    ),
    (
        None,
        "news",
        "Funeral trade bulletin, tech column: OpenAI itself says Sora still gets the physics of some basic interactions wrong; glass shattering, for one, is not modelled accurately.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "FUNERAL PRACTITIONERS' EVENING · Thursday 7pm, upstairs at the Crown\nPanel: 'AI and bereavement'. What OpenAI has shown so far of its Sora video model, the questions families may start asking us, and consent and the likeness of the dead. Nothing will be sold or recommended. Sandwiches from 6:30; please let Marjorie know numbers.",
    ),
    (
        None,
        "benign",
        "PORT OPEN DAY · Saturday 10am–4pm · Berth 3\nThe cable-laying ship MV Sora is open to the public for tours of the bridge and the cable tanks! Free entry; children must be with an adult; flat shoes, please. Download the Port of Havenmouth app for the tour times, a map of the quay and a short video about the ship's last job in the North Sea.",
    ),
    (
        None,
        "benign",
        "FUNERAL NOTICE · Vincenzo (Enzo) Di Mascio, 1941–2024, born in Sora, in the province of Frosinone, and for fifty years the owner of Enzo's barber shop on Station Road. Requiem Mass at St Anne's, Thursday 11am, then burial at Highgrove. For family in Sora and abroad, the Mass will be streamed; the video link is on the funeral director's website. Family flowers only.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout38", HELDOUT38, threshold=0.6)


if __name__ == "__main__":
    main()
