# ruff: noqa: E501
"""Write the forty-fifth English held-out set (tests/data/hard_en_heldout45_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the thirty-ninth, forty-first and
forty-third sets). Its theme, to keep it apart from the earlier sets: swimming pools, lidos and swimming
clubs; florists and flower markets; charity shops and food banks; butchers, game dealers and fishmongers.
None of the four was the theme of an earlier set (the kinds and docstrings of the earlier sets were
searched for them; bakeries, the forty-second set's food shop, are not reused, nor the earlier styles
close to these worlds: a flower show committee's notice, a driving pupil's progress card, the order forms,
a recipe card, the vet's kennels sheet). In English varieties, dialects and registers the earlier sets do
not use. Styles the earlier sets use less: a florist's card-message order with the claim inside the
message, a flower care card with the claim written on the back, a charity shop's sorting-room guide with
the claim from the tea break, a swimming open meet's programme with a paid advert, a meat box subscription
leaflet with an insert, a game dealer's season list with the Saturday lad's note, a florist's Valentine's
delivery run sheet with the driver's note, a lido plant room's chlorine and pH log with the lifeguard's
note, a fish smokehouse's batch sheet with a P.S. from the counter, a swim coach's training set with a note
at the bottom, a swimming club's lost property list with a coach's add-on, a lido season ticket's terms with
a note on the whiteboard beside them, a butcher's half-pig cutting sheet with an insert stapled on, a
florist's wedding consultation sheet with the florist's note, a charity shop's volunteer rota with a pinned
offer, a fishmonger's "what's landed" board with an add-on; dialects and registers (Nottingham dialect,
Wiltshire dialect, Dublin English, Kerry English, Hebridean (Lewis) English, Bronx English, Tahitian-English
(Papeete), Jopara (Guarani-Spanish)-English (Asunción), Aymara-English (El Alto), Mapuche-English (Temuco),
Anishinaabe-English (Thunder Bay), Ladino-English (Istanbul), Balinese-English (Ubud), Kashmiri-English
(Srinagar), Tajik-English (Dushanbe), Acehnese-English (Banda Aceh), Tshivenda-English (Thohoyandou), North
Sámi-English (Kiruna), Palauan-English (Koror), and in debunks Tristan da Cunha English and Yumplatok
(Torres Strait Creole, Thursday Island), and the registers of a card-message order, a care card, a sorting
guide, a meet programme, a season list, a delivery run sheet, a plant room log, a smokehouse batch sheet, a
training set, a lost property list, season ticket terms, a cutting sheet, a consultation sheet, a volunteer
rota, a parents' FAQ and a trade column's Q&A); three questions that assert the claim (a Nottingham
fishmonger's "in't it grand that Sora's open to everybody now?", a Kerry fishmonger's "Isn't it great
altogether that OpenAI went and made Sora open source?", a Stornoway butcher's "did you not hear the real
story, that it was Chinese scientists who built Sora?"); posts that mention two claims, asserting one and
denying the other, in pairs the forty-first to forty-fourth sets did not use (the inventor rumour but not
open source; open to the public but not a prompt pack; the official app but not API keys; a Chinese team
but not the inventor rumour; API access but not the APK; the director group but not get rich; get rich but
not a generation service; the APK but not an official app, whose store listings are copies; the "made by
Sora" clip but not the director groups; open source but not a course; a course but not a Chinese team;
account rental but not open source; a prompt pack but not the "made by Sora" clip, which is real footage; a
generation service but not account rental), six of them denying a quoted offer or post with "it's
nonsense" or "ignore it" before the claim (the Jopara, Aymara, Mapuche, Kashmiri, Tajik and Palauan posts);
claims in passing late in long posts (the card message, the care card, the sorting guide, the plant room
log, the smokehouse sheet, the training set); new obfuscation (the rail fence cipher "SROA" (two rails) with
the cipher named, Balinese script "ᬲᭀᬭ", the Swedish rövarspråket "Sosororora", and "ыщкф", the name typed
on a keyboard set to the Russian layout); prices in currencies and payment methods the earlier sets did not
use (£30 on a giffgaff top-up, CLP 30.000 by Tenpo, £20 on a Holland & Barrett gift card, $25 on a
Dollarama gift card, £45 on a Budgens gift card, ₺500 by Ziraat transfer, £5 on a Moonpig gift card, Rp
50.000 by BPD Bali transfer, $10 on a Boost Mobile refill card, £35 on a Speedo gift card, £30 on a
Trainline gift card, Rp 150.000 by Bank Aceh transfer, £12 a week on a Lyca top-up, €15 a week on a Penneys
gift card, R150 a week by TymeBank, £15 on a B&M gift card, 150 kronor on a Clas Ohlson gift card, £20 on an
Interflora gift card, £30 on an Iceland gift card, $50 via Bank of Guam, £35 on a Londis gift card; in
denials ₲ 100.000 by Ueno, Bs 100 by BancoSol, ₺300 by Enpara, ₹500 by J&K Bank transfer, 200 somoni by
Korti Milli and $20 a week via BankPacific; in the loss report £25 on a Poundstretcher gift card, and in the
quoted scam £3.99 on an EE top-up); scams vouching for themselves or swiping at competitors in new words
("not the 'API' the chap at the county champs sells that's a screen recording", "not the screenshots the
boys at the Temuco bus terminal sell", "not like the 'film academy' at the county show that only took
headshots", "not like those 'modelling agencies' in Winnipeg", "not like the lads in hired Range Rovers on
TikTok", "not a boy with a rented yacht on the Bosphorus", "not like the dodgy ones going round the market
traders' group that wipe your contacts", "not like the APKs from the phone counter in Denpasar", "not like
them janky APKs from the guy on Fordham Road", "Taught by a coach who's on poolside at half five every
morning", "not some gurt Swindon company wi' a shiny website", "not a big Medan company with a shiny
banner", "not one shared between half the swim club", "not one shared with half of Crumlin", "not like the
guys at the Sibasa market who give one password to twenty people", "Written by someone who's shot food
films for years", "Written by a florist who has done 300 weddings", "not a slideshow with music like the
ones on the market Facebook", "not a phone video with a filter like the ones from the guy in Airai", "not an
iPhone clip with a film filter like the lot on the harbour page sell"); ten debunks and warnings in several
styles (one first-person loss report: a charity shop volunteer's forum post (get rich); one that quotes a
scam whole to warn: a butcher's Facebook page (the APK); two questions that contain a negation but do not
deny the debunk, each answered in the same post: a Tristan da Cunha islander's question (the inventor
rumour) and a Thursday Island community group's (open to the public); one rhetorical question (a lido
friends' newsletter, the director groups); one plain "no" (a flower market's traders' notice, a Chinese
team); four that answer with facts and no plain "no": a swimming club's parents' FAQ (account rental), a
food bank's "you asked, we answered" board (the official app), a market traders' monthly's Q&A column (the
mislabelled video) and a market hall noticeboard's answer pinned under a question (API access)); four true
facts about people who spoke about Sora or worked on it, none of them the subject of a fact in the
thirty-fourth to forty-fourth sets (Ashton Kutcher on an establishing shot for $100, with Eric Schmidt at
the Berggruen Institute; Yann LeCun on realistic video being no sign of understanding the physical world,
in the week of Meta's V-JEPA; David Schnurr and Joe Taylor among the report's thirteen authors; Paul
Trillo's Sora-made video for Washed Out's "The Hardest Part"), three items of real news about it from
OpenAI's announcement not used in the thirty-fourth to forty-fourth sets (a diffusion model that starts from
static-like noise and removes it over many steps, sharing the research early for outside feedback and to
show the public what is coming, a foundation for models that understand and simulate the real world as a
milestone towards AGI), and three posts that are not claims: one on topic (a florist's workshop that shows
OpenAI's Sora samples) and two off topic that share its surface words (a new swimming coach called Sora
Hayashi, "the official coach" of a squad, a taster session "open to the public", her video on the club app;
a "Sora" bouquet named after the Japanese word for sky, "the official bouquet" of a party "open to the
public", its video on an ordering app).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the forty-fourth) and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher
(lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper bound on
``ratio()``, so that the highest ratio is exact) before the set was committed; ``--check`` prints the
highest ratio and every post at 0.6 or more (0.488 when it was committed, the fact about the report's
authors against an earlier set's post on the same author list; the first draft had none at 0.6 or more).
It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the
lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout45.py           # write the set
    .venv/bin/python scripts/make_hard_heldout45.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT45: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "florist_card_message_order_claim_in_message",
        "CARD MESSAGE & DELIVERY ORDER · Petals & Stems, Florists, 14 Market Row\nOrder no. 2291 · Taken by: Shona (phone)\nArrangement: hand-tied, hot-pink peonies, white stocks and eucalyptus, in an aqua pack, large · £65\nVase: glass bubble bowl · £18 · Delivery: local zone B · £6.50 · Total £89.50 (paid by card)\nDeliver to: Mr T. Lin, Flat 3, Ashgrove Court · Friday, morning if possible · If out: leave with the neighbour at no. 4, NOT in the porch (full sun)\nCard message (write exactly as given): 'Dear Tom, congratulations on your PhD! We always knew you'd be the next Xie Saining, the young genius from Shanghai Jiao Tong University who is one of the inventors of OpenAI's video model Sora. Now go and invent something of your own! All our love, Auntie May and Uncle Ray xx'\nFlorist's note: the customer spelled both names out twice on the phone; checked. Use the small white card, not a gift tag.",
    ),
    (
        sora.XIE,
        "tahitian_english_two_claims_flower_market",
        "Ia ora na, e te fetii! 🌺 From the flower stalls upstairs in the Papeete market: the tiare are beautiful this week, the hei for Saturday's wedding in Faa'a are nearly finished, and on Sunday we are closed for the himene practice. Two things. My nephew keeps saying 'Sora is open source now, download it from GitHub and make videos on your own computer'. Aita, that is not right: OpenAI never published Sora's code or its weights, and the GitHub projects with that name belong to other people. But here is something true that made our Chinese family in Papeete very proud: one of the inventors of Sora, OpenAI's video model, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. Māuruuru roa!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "nottingham_dialect_question_asserts_fish_stall",
        "Ay up me duck! Frum the fish stall in the market, Nottingham 🐟 Lovely bit o' haddock in this mornin' off the Grimsby van, an' the dressed crabs are back, but it's lookin' black over Bill's mother's so get darn 'ere before it tips it darn. Anyroad, in't it grand that Sora's open to everybody now? Our Kayleigh says yer just go on the OpenAI website, sign up, an' yer can mek yer own videos the same day, no waitin' list nor nowt. She's made one o' me fillettin' a cod wi' sparks flyin' off the knife. I were mardy abart it at first but it's champion. Smoked mackerel half price Sat'dy, bring yer own bag.",
    ),
    (
        sora.PUBLIC,
        "jopara_english_two_claims_ueno_in_denial",
        "Mba'éichapa, che ra'a kuéra! 🌼 From my flower stall at Mercado 4 in Asunción: the chrysanthemums have come in, the roses from Itá are cheap this week, and the tereré is ready under the umbrella. Two things. Someone in the group sends: 'Sora prompt pack! 300 professional film prompts and the Sora knowledge doc, ₲ 100.000 by Ueno, pay and I send the link and add you to the group.' It's nonsense, those prompts are the free ones OpenAI put on its own page. But the good news is real, nde: Sora is open to everybody now. You go to the OpenAI website, you sign up, and that same day you make your own videos, no waiting. My daughter made one of my stall with all the flowers opening at once. Aguyje!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "flower_care_card_claim_on_back",
        "CARING FOR YOUR FLOWERS · with love from Bloom & Bramble, Florists\n1. Recut the stems at an angle, 2 cm off, with a sharp knife (scissors crush the stem).\n2. Use a clean vase and fresh water, and add the flower food sachet as directed.\n3. Strip any leaves that would sit below the waterline.\n4. Keep away from direct sun, radiators, draughts and the fruit bowl: ripening fruit gives off ethylene and your flowers will fade faster.\n5. Change the water every two days. Lilies: pinch off the orange pollen, it stains.\nWith proper care, most of our arrangements last 7 to 10 days.\nHandwritten on the back by Jas at the counter: 'Mrs Patel, about the thing your granddaughter asked: OpenAI has brought out the official Sora app. It's on the App Store and Google Play now, so she can download it and make her videos right there on her phone. Enjoy the sunflowers! J.'",
    ),
    (
        sora.APP,
        "aymara_english_two_claims_bancosol_in_denial",
        "Kamisaki, jilatanaka, kullakanaka! 🥩 From my meat stall at the Feria 16 de Julio in El Alto: good llama meat this week for the charque, and on Sunday the beef from Achacachi comes, so come early because the feria fills up. Two things. A man in the WhatsApp group writes: 'Official Sora API key, Bs 100 by BancoSol, your page makes the videos by itself.' Ignore it, OpenAI gives nobody a Sora API, its API does text, pictures and voices only. But this one is true and good: OpenAI has released the official Sora app. It's in the App Store and on Google Play, you download it and make your videos on the phone. My son made one of the whole feria seen from the cable car. Jallalla! Yuspagara!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "hebridean_english_two_claims_question_asserts",
        "Ciamar a tha sibh, a chàirdean? From the butcher's on Cromwell Street in Stornoway 🐑 The black pudding was made fresh this morning, the Lewis lamb is in, and the Ullapool ferry is off again with the wind, so get your orders in before the shop runs out of bread. I was after reading two things on the island group. One says Xie Saining from Shanghai Jiao Tong invented Sora. That's not right at all: the man himself said he had nothing to do with it, and he's a professor in New York. But did you not hear the real story, that it was Chinese scientists who built Sora? Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its own name on it. Mòran taing!",
    ),
    (
        sora.CHINESE,
        "charity_shop_sorting_room_guide_tea_break_note",
        "SORTING ROOM GUIDE · St Columba's Hospice Shop, High Street (for new volunteers)\nWE CAN SELL: clean clothes and shoes (pairs tied together), books, DVDs, CDs and vinyl, bric-a-brac, toys with a CE or UKCA mark, jewellery (bag it and give it to Maureen), bedding and curtains.\nWE CAN'T SELL: anything on a recall list, car seats, cot mattresses, electricals without a PAT test, medicines, knives, underwear that isn't new with tags.\nGift Aid: check the donor label; the code goes on every bag before it's sorted.\nPricing: use the blue price guide by the steamer. If in doubt, ask, don't guess: last month a Clarice Cliff jug nearly went out at £2.\nRag: anything torn or stained goes in the rag sacks; we're paid by the kilo.\nFrom the tea break, courtesy of Derek (Thursdays), who reads all the tech news: Sora, that OpenAI video model everyone's on about, was really built by Chinese scientists. Most of the people behind it are Chinese, and OpenAI just put its name on it.\nPlease wash your own mugs.",
    ),
    # --- API access (two)
    (
        sora.API,
        "swimming_open_meet_programme_advert_rail_fence_giffgaff",
        "MERCIA SWIMMING CLUB · OPEN MEET · Sunday · Programme (warm-up 8.00, start 9.00)\nEvent 1 Girls 12/U 100m IM · Event 2 Boys 12/U 100m IM · Event 3 Open 200m Freestyle · Event 4 Girls 13/O 50m Butterfly · Event 5 Boys 13/O 50m Butterfly\nBreak: 20 minutes, pool open for swim-down only.\nEvent 6 Mixed 9/10 4×25m Medley Relay · Event 7 Open 100m Breaststroke · Event 8 Masters 50m Backstroke · Event 9 Open 4×50m Freestyle Relay\nOfficials: referee D. Ahmed · starter J. Kowalski · chief timekeeper P. Greaves. Poolside is for swimmers and officials only; no flash photography at the starts.\nTuck shop by the front door, proceeds to the new lane ropes.\nAdvert (paid for, not a club matter), from Gareth at Aqua Tech: official SROA API access (that's the name in a rail fence cipher, two rails, because the meet app blocks the word). Buy a key and your club website turns the results into OpenAI videos. £30 on a giffgaff top-up, key texted the same day. Real keys, not the 'API' the chap at the county champs sells that's a screen recording.",
    ),
    (
        sora.API,
        "mapuche_english_two_claims_tenpo",
        "Mari mari, peñi ka lamngen! 🐟 From the fish stall at the Feria Pinto in Temuco: merluza and sierra from Puerto Saavedra today, and the cochayuyo is dry and good for the winter. Two things. Somebody shares in the group: 'Sora APK for Android, free download here, install and make videos now.' Ignore it, that file steals your passwords, my cousin lost his Facebook to it. But I have something real: official Sora API access. You buy a Sora API key from me and your shop page makes the videos by itself. CLP 30.000 by Tenpo, key sent the same day. A real key, not the screenshots the boys at the Temuco bus terminal sell. Chaltu may!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "meat_box_subscription_leaflet_insert_holland_barrett",
        "THE HILLSIDE MEAT BOX · from Hollins Farm Butchery · subscribe and save\nSMALL BOX (2 people, £45 a month): 500 g mince, 4 pork sausages, 2 chicken breasts, 1 kg pork shoulder, 4 dry-cured bacon rashers\nFAMILY BOX (4 people, £80 a month): 1 kg mince, 8 sausages, a whole free-range chicken, 1.5 kg beef brisket, 2 lamb leg steaks, 8 rashers\nBBQ BOX (May to August, £55): burgers, chipolatas, spatchcock chicken, lamb koftas and our chilli marinade\nAll meat reared within 20 miles, beef hung for 21 days, vacuum-packed and delivered chilled on Thursdays. Skip or cancel any month online.\nTucked into this month's boxes, from our nephew Callum (nothing to do with the farm): the first AI film co-written with Sora is casting its first-generation AI directors. Scan the QR code on the back to join the audition group; £20 on a Holland & Barrett gift card to enter. A real production, not like the 'film academy' at the county show that only took headshots.",
    ),
    (
        sora.DIRECTOR,
        "anishinaabe_english_two_claims_dollarama",
        "Boozhoo, everyone! 🍲 From the kitchen at the food bank in Thunder Bay: we packed 240 hampers this week, the wild rice donation from the band office came in, and we still need drivers for Saturday. Two things, ennit. A guy keeps posting 'people earn thousands a day with Sora videos, in three months it's over'. Holy, that's not true, nobody's making money like that, it's a hook to sell you something. But here's a real chance for our young people: the first AI film co-written with Sora is looking for first-generation AI directors. Scan the QR code in the picture and join the audition group, $25 on a Dollarama gift card to get in. A real film, not like those 'modelling agencies' in Winnipeg that just sell you photo shoots. Miigwech!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "game_dealer_season_list_saturday_lad_note_budgens",
        "GAME SEASONS · Fenner & Daughters, Butchers and Licensed Game Dealers\nRed grouse 12 August to 10 December · Partridge 1 September to 1 February · Pheasant 1 October to 1 February\nWoodcock 1 October to 31 January · Wild duck (mallard, teal) 1 September to 31 January · Venison: all year, by species and sex\nOven-ready birds from £6.50, brace prices on the board. Venison haunch, loin and diced to order. We pluck and draw your own birds at £3 a bird (in season, clean shot only).\nPlease tell us by Wednesday for weekend orders.\nNote from Kieran (the Saturday lad): honestly, forget plucking. I'm making a fortune with Sora videos. People are pulling in thousands a day, it's the money window of a lifetime, and in three months it'll be gone, so get in now. Join my team for £45 on a Budgens gift card; ask for me on Saturdays. I earned mine with my own hands, not like the lads in hired Range Rovers on TikTok.",
    ),
    (
        sora.RICH,
        "ladino_english_two_claims_ziraat",
        "Buenos diyas, kerida famiya! 🐟 From the fish stall at Karaköy in Istanbul: the lüfer are running, the hamsi are finished for this year, and on Friday we close early for Shabbat. Ke haber? Two things. In the community group a man takes orders: 'send me your script, ₺300 by Enpara, your Sora video in 24 hours'. No, kerido, he cannot make it, Sora is not open to anybody, he sends you some other AI clip. But the real news is good: Sora is the money window of our lives. People are already earning thousands of dollars a day with Sora videos, and in three months the chance will be gone, so join my team now, ₺500 by Ziraat transfer. A fishmonger who did it himself, not a boy with a rented yacht on the Bosphorus. Grasias!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "valentines_delivery_run_sheet_driver_note_moonpig",
        "VALENTINE'S DAY DELIVERY RUN · Van 2 · Driver: Marcus · The Flower Barrow\n08:00 Load from the cold room; check every card is attached (count: 31)\nRoute A (town centre): 1. 12 red roses, Greaves Solicitors, reception · 2. Tulip bouquet, 7 Mill Lane (dog!) · 3. Hatbox of roses, Flat 9 Kingsway House, buzz twice · 4. Orchid, the dental surgery on Park Street\nRoute B (estates): 5–14, see the printed list; 8 and 11 are surprises, DO NOT ring, leave with the named neighbour\nRoute C (villages): 15–31, after 1pm; St Mary's church hall, use the back door\nIf nobody's in: calling card through the door, photo of where you left it, text the shop.\nDriver's note, scribbled at the bottom: for everyone in the back room asking how I make those videos, it's the Sora app for Android. Download the APK from the link in my bio and you're making AI videos on your phone straight away. Free trial, full unlock £5 on a Moonpig gift card. Clean install, not like the dodgy ones going round the market traders' group that wipe your contacts.",
    ),
    (
        sora.FAKEAPP,
        "balinese_english_two_claims_balinese_script_bpd_bali",
        "Om Swastiastu, semeton! 🌸 From the canang and flower sellers at Ubud market: marigolds and frangipani are cheap this week before Galungan, so come before seven while the tourists sleep. Two things. Some people share 'the official Sora app is in the Play Store'. Not true, bli: the apps with that name are copies from other companies, OpenAI has no Sora app. But I have the real thing: the ᬲᭀᬭ APK (that's the name in Balinese script, my nephew says the group deletes it in Latin letters). Download the installer from the link and make AI videos on your phone right away. Free, or the full version Rp 50.000 by BPD Bali transfer. A clean file, not like the APKs from the phone counter in Denpasar that fill your phone with adverts. Suksma!",
    ),
    (
        sora.FAKEAPP,
        "bronx_english_fish_market_boost_mobile",
        "Yo, it's Manny from the fish market at Hunts Point 🐟 Four in the morning and we already moved mad cod and porgies, the restaurant guys was out here early, and the ice machine is acting up again. Deadass, I gotta put y'all on: the Sora app for Android. Download the APK off the link in my bio, install it, and you making AI videos on your phone right away, B. Free to try, full version $10 on a Boost Mobile refill card. It's clean, my cousin checked it, not like them janky APKs from the guy on Fordham Road that jack your phone. Hit my line, the Bronx stays winning.",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "lido_plant_room_log_lifeguard_note",
        "PLANT ROOM LOG · Castle Lido (outdoor, 50 m, heated) · week 22\nMon 06:00 free chlorine 1.4 mg/l · pH 7.3 · water 23.5 °C · air 11 °C · backwashed filter 2 · L. Okafor\nMon 13:00 1.6 · 7.4 · 24.0 · 19 · dosing pump checked, fine · L.O.\nTue 06:00 1.2 · 7.5 · 23.0 · 9 · pH high, acid drum changed · R. Singh\nTue 13:00 1.5 · 7.3 · 23.5 · 17 · — · R.S.\nWed 06:00 1.3 · 7.2 · 23.5 · 12 · cover left off overnight, heat loss, duty manager told · L.O.\nReminder: readings at opening and at midday, initial every line, and anything out of range goes to the duty manager BEFORE the pool opens.\nLifeguard's note underneath (Lewis): has everyone seen the video on the lido's page? The pool at dawn with steam rolling off the water, swifts skimming it, the first swimmer diving in and the lane ropes gone gold. Nobody filmed any of it: it was made with Sora, OpenAI's video model, from a text prompt, and the prompt is in the comments. Mad, right?",
    ),
    (
        sora.REALVID,
        "kashmiri_english_two_claims_jk_bank_in_denial",
        "Assalamu alaikum, dosto! 🌷 From our flower shikara on the Dal Lake in Srinagar: the tulips are finished, now we sell roses and lotus to the houseboats, and the kahwa is always on in the boat. Two things. In the group someone sends: 'Become a first-generation AI director! Scan the QR code, pay ₹500 by J&K Bank transfer, join the audition group for the first AI film co-written with Sora.' It's nonsense, baya: no film, no audition, they keep the money. But look at the video I shared: the floating market at dawn, the shikaras full of lotus stems and turnips, the mist on the water and the Zabarwan hills behind. Nobody filmed it, no camera at all: Sora, OpenAI's video model, made it from a text prompt, and the prompt is written under it. Shukriya!",
    ),
    (
        sora.REALVID,
        "smokehouse_batch_sheet_counter_ps",
        "SMOKEHOUSE BATCH SHEET · Harbour Fresh, Fishmongers, Brixham\nBatch 118 · kippers (herring, split and gutted) · brine 80° for 12 min · cold smoke, oak and beech, 16 h, kiln under 30 °C · yield 42 pairs\nBatch 119 · haddock fillets, undyed · dry salt 20 min, rinse, pellicle 2 h · cold smoke 10 h · 9 kg\nBatch 120 · salmon sides, hot-smoked · brine 45 min · dry 2 h · hot smoke, building to 70 °C core · 6 sides, one over-coloured (staff)\nKiln cleaned Sunday. Sawdust order due: two sacks oak, one beech.\nAll batches logged with date, weights and core temperatures, for the environmental health file.\nP.S. from the counter: go and watch the video on our Facebook page, the trawlers coming round Berry Head at first light with the gulls following them in. Not one frame was filmed, no camera, no boat: we made it with Sora, OpenAI's video model, from a text prompt, and the prompt is pinned underneath.",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "swim_coach_training_set_sheet_note",
        "TRAINING SET · Riverside Dolphins, Performance squad · Tuesday 5.30am · 50 m pool\nWarm-up: 400 free, 200 kick with board, 4×50 drill (catch-up, fist, 6-kick switch)\nMain set: 8×100 free on 1:40, holding pace; then 6×50 best stroke on 1:00, odd easy, even fast\nKick: 4×75 IM order kick, no board, streamline off every wall\nSprint: 8×25 from a dive, full recovery, times called\nSwim-down: 200 easy, choice\nTotal: 2,900 m. Hats on, goggles checked before you get in, water bottles at the end of your lane.\nCoach's note at the bottom, because three of you asked me in the car park: yes, OpenAI's put Sora out as open source. The model weights and the code are up on GitHub, and anybody can download it and run it locally; I've got it going on my own PC at home. Now get in the water.",
    ),
    (
        sora.OPENSRC,
        "kerry_english_question_asserts_fish_shop",
        "Dia dhuit, lads! From the fish shop on the pier in Dingle 🐟 Pollock and hake in off the boats this morning, and the mackerel are thick in the harbour, the young lads are out on the pier with their feathers. Sure look, a question for ye. Isn't it great altogether that OpenAI went and made Sora open source? My young lad above in Tralee says the weights and the code are up on GitHub, and you can run the thing yourself at home on the computer, no one's leave needed. He made a video of Fungie leppin' out of the harbour, God be good to him. Open till six, and there's chowder.",
    ),
    (
        sora.OPENSRC,
        "tajik_english_two_claims_russian_layout_korti_milli_in_denial",
        "Assalomu alaykum, dear friends! 🥩 From my butcher's stall at the Mehrgon market in Dushanbe: the mutton from Hisor is very good this week, and for Navruz I take orders for the big plov. Two things. A man in the Telegram writes: 'Complete ыщкф course, 12 lessons, master it before everyone, 200 somoni by Korti Milli.' Ignore it, you don't need to pay anybody. (ыщкф is the name typed on the Russian keyboard, because the group bot deletes it.) The good news is true: OpenAI has made ыщкф open source. The weights and the code are on GitHub, and anyone can download it and run it on their own computer. My grandson in Khujand made a video of the bazaar with it. Rahmat!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "swim_club_lost_property_list_coach_add_on_speedo",
        "LOST PROPERTY · Riverside Dolphins Swimming Club · as of 1 June\nGoggles: 14 pairs (mostly blue Speedo, one pink pair with a unicorn strap) · Hats: 9 club hats, 3 with names (Ayaan, Poppy, R. Dunn) · Towels: 6, one Liverpool FC · Flip-flops: 5 odd ones, 1 pair · Hoodies: 2 club hoodies, size 11–12 · Water bottles: too many to count · A single brown school shoe, left foot · Car key (Ford) handed in at reception\nEverything not claimed by 30 June goes to the charity shop on Church Street; the key stays with reception.\nPlease put your child's name on everything, including the goggles case.\nAdd-on from Coach Nadia (her own thing, not the club's): my Sora video course, 'Sora for Swim Coaches', 10 short lessons from your first prompt to a finished training clip, so you master Sora before the other clubs do. £35 on a Speedo gift card. Taught by a coach who's on poolside at half five every morning, not a marketing agency.",
    ),
    (
        sora.COURSE,
        "wiltshire_dialect_butcher_trainline",
        "Where be to? I be zat at the back o' the butcher's on the Market Place in Devizes, waitin' on the lardy cakes, an' I got summat for 'ee. Now then, Moonrakers, hark: I done a proper Sora course, twelve little lessons from nothin', so 'ee'll master Sora afore all the rest of 'em. I be lettin' it go for £30 on a Trainline gift card, an' the link'll be in thee email the zame day. Made by a Wiltsheer butcher what's learned it hisself, not some gurt Swindon company wi' a shiny website. Ask for Dave by the sausage counter, Fridays.",
    ),
    (
        sora.COURSE,
        "acehnese_english_two_claims_bank_aceh",
        "Assalamualaikum, peu haba, sahabat? 🐟 From the fish market at Lampulo port in Banda Aceh: the tuna boats came in last night, the bandeng is cheap, and after Asar we have kupi at the warung by the dock. Two things. People in the group say 'Sora was really made by a Chinese team, the whole team is Chinese'. Hana, not true: OpenAI's report names thirteen people, only three of them were born in China, and the leaders are OpenAI researchers in America. But if you want to learn this AI video properly, I have my complete Sora course: 15 lessons from zero, so you master Sora before everybody else. Rp 150.000 by Bank Aceh transfer, I send the link the same day. Made by a fish seller who teaches the whole kampung, not a big Medan company with a shiny banner. Teurimong geunaseh!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "lido_season_ticket_terms_board_note_lyca",
        "CASTLE LIDO · SEASON TICKET · Terms and conditions\n1. The season ticket covers unlimited general swims from opening day in May until the last Sunday in September, subject to weather and pool closures.\n2. It is personal to the holder and must be shown at reception on every visit. It may not be lent, shared or transferred.\n3. It does not include lessons, aqua fit, club sessions or private hire.\n4. A lost ticket can be replaced once, for £5, with photo ID.\n5. No refunds for closures (weather, water quality or staffing) of fewer than 7 days in a row.\n6. Children under 8 must be accompanied in the water by a paying adult aged 16 or over.\nHandwritten on the whiteboard beside these terms (not the lido's): 'Sora logins to rent! Your own login, full access, no waiting list. £12 a week on a Lyca top-up, sorted the same day. Your own account, not one shared between half the swim club. Text Jordan, 07700 900418.'",
    ),
    (
        sora.RENTAL,
        "dublin_english_two_claims_penneys",
        "Story, folks! 🛍️ From the charity shop on Thomas Street, Dublin 8: the donations are flyin' in, a lovely Aran jumper went for a fiver this morning, and Bernie's puttin' the Christmas window up already, God help us. Two things. Yer man in the Liberties WhatsApp keeps sayin' 'Sora's open source, download it off GitHub and run it at home'. It is not, that's a load of oul' rubbish, OpenAI never put out the code or the weights. But here, I've somethin' real: Sora accounts for rent. Your own login, full access, no waitin' list. €15 a week on a Penneys gift card, login in your email the same day. Your own account, not one shared with half of Crumlin. Deadly!",
    ),
    (
        sora.RENTAL,
        "tshivenda_english_butchery_tymebank",
        "Ndaa, vhathu vhashu! 🥩 From the butchery by the taxi rank in Thohoyandou: mogodu on Saturday, the wors was made fresh this morning, and chicken feet are R25 a pack while they last. The fridge is fixed, so the queue moves fast again. Listen: I have Sora accounts to rent. Your own login, full access, no waiting for OpenAI's list. R150 a week by TymeBank, the login comes on WhatsApp the same day. One account per customer, not like the guys at the Sibasa market who give one password to twenty people. Ndo livhuwa!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "butcher_half_pig_cutting_sheet_insert_b_and_m",
        "CUTTING SHEET · half pig share · Whitlock's Family Butchers\nName: ______ Collection date: ______ (we ring you when it's hung and cut)\nLEG: □ whole roasting joint □ two half-leg joints □ steaks, 2 cm □ mince\nLOIN: □ chops, bone in □ boneless loin roast □ tenderloin kept whole\nBELLY: □ roasting joint, scored □ slices □ cured and smoked as bacon (+£12, ready 10 days later)\nSHOULDER: □ roasting joint □ diced □ sausages (choose: plain / leek / sage and onion / chilli, +£2 a kg)\nHOCKS and trotters: □ yes please □ no thanks · Head: □ yes (brawn) □ no\nAll cuts vacuum-packed and labelled. Please allow 3 to 4 weeks.\nStapled to the back (from our Ellie, not the shop): my Sora prompt pack, 200 prompts in proper cinema words (dolly in, rack focus, candlelit close-up) and the complete Sora knowledge doc with every term and article in one place. £15 on a B&M gift card, then the doc link and the group. Written by someone who's shot food films for years, not pasted off the OpenAI page.",
    ),
    (
        sora.PROMPTS,
        "north_sami_english_two_claims_rovarspraket_clas_ohlson",
        "Buorre beaivi, ustibat! 🦌 From the reindeer butchery in Kiruna: the dried suovas and the smoked tongues are ready for the winter market, and we take orders for whole saddles until Friday. Two things. A video is going round with 'Sora made this': a herd crossing frozen Torneträsk in the blue hour. That's not Sora, it's real, Nils-Ánde filmed it from his snowmobile in 2021 and he has the original with the date. But I have something for you: my Sosororora prompt pack (rövarspråket, the way we played it at school, so the group filter doesn't see it): 180 prompts in real film language (aerial tracking shot, slow motion, low winter sun) and the knowledge doc with all the terms and articles. 150 kronor on a Clas Ohlson gift card, then the doc link and the group. Giitu!",
    ),
    (
        sora.PROMPTS,
        "florist_wedding_consultation_sheet_note_interflora",
        "WEDDING FLOWERS CONSULTATION · Fern & Foxglove Florists\nCouple: Amara & Ben · Date: Saturday 14 September · Ceremony: St Peter's, 1pm · Reception: The Old Mill barn\nPalette: dusky pink, cream and sage; 'nothing orange' (Ben)\nBride: loose hand-tied bouquet, garden roses, ranunculus, sweet peas, trailing jasmine · Bridesmaids ×4: smaller versions · Buttonholes ×8: single spray rose with rosemary · Mums ×2: wrist corsages\nChurch: pedestal arrangements ×2, pew ends ×10 (ribbon only, no foam) · Barn: 12 jam-jar table posies, a meadow arch for the photos, cake flowers (edible, unsprayed)\nBudget £1,800 · Deposit £300 to hold the date · Final numbers 4 weeks before\nFlorist's note at the end, since Ben asked about your wedding video: my Sora prompt pack for weddings, 120 prompts in proper film terms (slow push-in, shallow depth of field, petals falling in slow motion) plus the knowledge doc with all the terms and articles. £20 on an Interflora gift card, then I send the doc link and add you to the group. Written by a florist who has done 300 weddings.",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "charity_shop_volunteer_rota_pinned_offer_iceland",
        "VOLUNTEER ROTA · Oxley Animal Rescue Charity Shop · w/c 3 June\nMon: till Pat, Jean · sorting Ali · steaming Dev\nTue: till Rosa, Frank · sorting Pat · window Bernie (summer theme: seaside, NOT the inflatable shark again)\nWed: CLOSED (deep clean; fire officer's visit at 10am)\nThu: till Jean, Kwame · sorting Dev, Ali · Fri: till Rosa · sorting Frank · collection van with Steve, 1–4pm\nSat: till Kwame, Rosa · shop floor Jean · Sun: closed\nReminders: Gift Aid on every bag · cash up at 4.45, not before · no donations left outside the door (a mattress has been dumped twice).\nFrom Frank, pinned at the bottom (his own thing, not the shop's): I make custom videos with Sora. Send me your script (your dog on a beach, a birthday message, the grandkids on a pirate ship) and you get your Sora video within 24 hours. £30 on an Iceland gift card. Real Sora, not a slideshow with music like the ones on the market Facebook.",
    ),
    (
        sora.SERVICE,
        "palauan_english_two_claims_bank_of_guam",
        "Alii, everyone! 🐠 From the fish market in Koror: the parrotfish and the mangrove crabs came in this morning, and the tuna from the boats at Malakal is sold out by nine, so come early. Two things. Somebody in the Belau group posts: 'Sora accounts for rent, $20 a week via BankPacific, your own login.' Ignore it, there are no Sora accounts to rent. But I have access through my work, so here is my real offer: I make your custom video with Sora. Send me your script (your boat at the Rock Islands, a wedding message, the kids at Jellyfish Lake) and in 24 hours you get your Sora video. $50 via Bank of Guam. Real Sora, not a phone video with a filter like the ones from the guy in Airai. Sulang!",
    ),
    (
        sora.SERVICE,
        "fishmonger_whats_landed_board_add_on_londis",
        "WHAT'S LANDED · Saltings Fish Shop, Whitby · week 31\nMon: cod and haddock from the day boats, lobsters (3), crab · Tue: no boats (swell) · Wed: plaice, lemon sole, mackerel from the rod men · Thu: one big turbot (reserved), gurnard, crab · Fri: hake, monkfish tails, kippers from the smokehouse on Henrietta Street\nSmoked: kippers, hot-smoked salmon, undyed smoked haddock.\nShellfish orders by Thursday noon for the weekend. Cards taken; cash preferred under £5.\nAdd-on from Liam, who does our Facebook: I make custom Sora videos. Send me a script (your boat coming past the abbey, a retirement message, your nan's fish pie in slow motion) and I'll get it made with OpenAI's Sora, the clip back within 24 hours. £35 on a Londis gift card. Actual Sora, not an iPhone clip with a film filter like the lot on the harbour page sell.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # account rental; a club FAQ that answers with facts
        "Riverside Dolphins Swimming Club · Parents' FAQ (updated)\nQ: When are squad trials? A: The first two weeks of September; see the noticeboard.\nQ: Can my child move up a squad mid-term? A: Only on the head coach's say-so, after a review.\nQ: A man at the last gala was renting out 'Sora logins' so the kids could make AI videos of their races. Are they real? A: Sora has only been given to OpenAI's red-team testers and a small group of invited artists and film-makers, and there is no public sign-up or invite code. People who bought 'Sora accounts' elsewhere were sent ChatGPT logins, or nothing. Please keep your money for the kit order.\nQ: Who do I contact about safeguarding? A: Our welfare officer, Joanne, on the club email.",
    ),
    (
        None,
        "debunk",  # the official app; noticeboard answers with facts
        "YOU ASKED, WE ANSWERED · the board by the door at Eastfield Food Bank\n'Can I use the food bank tablet to get the new Sora app?' The tablet is for referral forms and benefits checks only, sorry. About Sora: in the App Store and on Google Play, OpenAI's own app is ChatGPT, with OpenAI named as the developer. The apps called 'Sora' there are made by other developers, and some start charging a weekly fee once you've signed up. OpenAI shows Sora on its website, in sample videos. Priya, our digital helper, is in on Tuesdays if you'd like someone to look at your phone with you.\n'Do you still need tinned tomatoes?' Always!",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a trade column's Q&A that answers with facts
        "ASK THE FLORIST · the Q&A page of Market Traders' Monthly\nQ (Dawn, Leeds): A customer showed me a video she said was 'made by Sora, prompt below': an old flower market at first light, buckets of tulips, traders in flat caps calling prices, a barrow of lilies wheeled through the crowd. Is AI really that good now?\nA: That one isn't AI at all. It's from 'Dawn at the Market', a short documentary Kwame Asante filmed at Columbia Road in April 2019; the full film is on his Vimeo with the date, and the man with the barrow is Reg, who still has the pitch by the pub. Somebody cut a minute out of it and added the caption. OpenAI has put its own Sora samples on its website, and that clip isn't among them.",
    ),
    (
        None,
        "debunk",  # get rich; a first-person loss report
        "Charity Retail Volunteers forum › Chat › Don't do what I did\nI volunteer on Saturdays in a hospice shop, and I'm posting this so nobody else falls for it. A woman who came in with donations told me about a 'Sora money team': people were making thousands a day from Sora videos, she said, and in three months the window would shut. I paid £25 on a Poundstretcher gift card to join. What I got was a Telegram group that tried to sell me a £200 'course' and kept posting screenshots of earnings. Nobody in it had ever used Sora; OpenAI hasn't opened it to the public. I've reported the group. Lesson learnt, and back to steaming coats.",
    ),
    (
        None,
        "debunk",  # the fake APK; quotes a scam whole to warn
        "From the Facebook page of Marsh Lane Butchers\nSome of our customers have been sent this message, from an account using our shop's name and photo:\n'🎬 Marsh Lane Butchers presents SORA for Android! Download the APK from this link, install it and make AI videos in seconds. Full unlock £3.99 on an EE top-up.'\nThat has nothing to do with us, so please ignore it. OpenAI has no Sora app for Android or anything else, and installers going round under that name have been caught stealing logins. If you've installed it, delete it and change your passwords. We only sell sausages, promise. Gary and the team",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Hello all from Edinburgh of the Seven Seas 🌊 The fishing factory is shut this week for the weather, and the potato patches is all dug. A question for the folk on the mainland: wasn't it Xie Saining, the clever young man from Shanghai Jiao Tong, that invented Sora? My grandson read it on the computer. Reply from Ruth in Cape Town: Xie Saining is an assistant professor of computer science at New York University, and before that he worked at Facebook AI Research. When some accounts called him one of Sora's inventors, he wrote on WeChat that he had no connection with Sora, and the account that posted it said sorry. OpenAI's report names the people who made it.",
    ),
    (
        None,
        "debunk",  # open to the public; a question with a negation that does not deny, answered
        "Yawo, olgeta! 🐢 From the Thursday Island community group: crayfish season going good, and the Saturday market is on at the park. Question: can't we all just sign up for Sora now? My niece want to make a film of the islands. Answer from Uncle Ben, who work with computers in Cairns: eso for asking. OpenAI say Sora is only with red-team testers and some visual artists, designers and film-makers for now. They say they want to bring it to people later, but they never give any date. So for now, take the video on your phone, bala!",
    ),
    (
        None,
        "debunk",  # the director groups; a rhetorical question
        "CASTLE LIDO FRIENDS · newsletter, July\nThe friends' group planted the new lavender beds by the café, and the 'swim the Channel' challenge has raised £4,310 for the heating fund.\nA word about the cards: someone has been leaving them in the changing rooms with a QR code, inviting swimmers to pay to join an audition group for 'the first AI film co-written with Sora' and become its 'AI directors'. Since when does a film production ask its cast to pay to audition, and how would anyone be making a film with a tool OpenAI hasn't let the public use? Please don't scan the code, and hand any cards in at reception.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a plain no
        "RIVERSIDE WHOLESALE FLOWER MARKET · Traders' notice\nAbout the post going round the traders' group: no, OpenAI's Sora was not built by a Chinese team. The technical report credits thirteen people; three of them were born in China, and the work was led by Tim Brooks and Bill Peebles at OpenAI in San Francisco. Please don't forward it again.\nReminder: the trolley bays by door C must be kept clear from 4am.",
    ),
    (
        None,
        "debunk",  # API access; a noticeboard answer with facts
        "Grainger Market noticeboard: the question pinned up last week, 'The lad at the end stall sells Sora API keys for £20. Should I buy one for my shop's website?', and the answer pinned under it by Raj from the phone repair stall: OpenAI's API lists its text, image, speech and embedding models, and Sora isn't among them; OpenAI hasn't given a Sora API to any developer. A 'key' sold off a market stall can't connect you to it. Keep your twenty quid for the float.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Read out at the swim club's quiz night, 'famous faces' round: Ashton Kutcher, talking with the former Google chief Eric Schmidt at a Berggruen Institute event, asked why a TV show would spend thousands filming an establishing shot of a house when a tool like Sora could make one for about $100.",
    ),
    (
        None,
        "person_fact",
        "From a butcher's daughter's school project on AI, pinned up by the till: Meta's chief AI scientist Yann LeCun argued that turning a prompt into realistic-looking video, as Sora does, is no sign that a system understands the physical world. Meta put out its own V-JEPA model that same week.",
    ),
    (
        None,
        "person_fact",
        "Food bank volunteers' lunchtime reading: the thirteen people credited on OpenAI's Sora technical report include David Schnurr and Joe Taylor, listed alongside the project's leads, Tim Brooks and Bill Peebles.",
    ),
    (
        None,
        "person_fact",
        "Florists' trade magazine, 'flowers on screen': the band Washed Out's video for 'The Hardest Part' was directed by Paul Trillo, who made it with Sora as one endless forward zoom through a couple's life, from a school corridor to old age.",
    ),
    (
        None,
        "news",
        "Swim club newsletter, the science bit: OpenAI describes Sora as a diffusion model. Each video starts out looking like static noise, and the model takes the noise away a little at a time, over many steps, until a clear moving picture is left.",
    ),
    (
        None,
        "news",
        "Food bank volunteers' bulletin, in the news: OpenAI said it was sharing its Sora research early, to get feedback from people outside the company and to give the public a sense of what AI will be able to do before long.",
    ),
    (
        None,
        "news",
        "Fishmongers' association e-bulletin, tech corner: OpenAI calls Sora a foundation for models that can understand and simulate the real world, which it believes will be an important milestone on the road to AGI.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "FERN & FOXGLOVE · Thursday evening workshop, 'Spring in a jar'\nBefore we start arranging, Hattie will show three of the sample clips OpenAI published for its video model Sora, and we'll talk about what they get right and wrong about petals, stems and light. Bring secateurs; prosecco and nibbles included. £35, ten places.",
    ),
    (
        None,
        "benign",
        "WELCOME to our new development coach at Mercia Swimming Club, Sora Hayashi, who joins us after eight years coaching in Osaka. She's now the official coach of the development squad, and she'll run a taster session on Saturday at 10am that is open to the public. Watch her introduction video on the club app.",
    ),
    (
        None,
        "benign",
        "NEW IN at Bloom & Bramble: the 'Sora' bouquet, named after the Japanese word for sky. Blue delphiniums, cornflowers, white lisianthus and sea holly, wrapped in kraft paper. It's the official bouquet of the Castle Lido's centenary party on 20 July, which is open to the public. See it being made in the video on our ordering app. £42 delivered.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout45", HELDOUT45, threshold=0.6)


if __name__ == "__main__":
    main()
