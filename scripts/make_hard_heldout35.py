# ruff: noqa: E501
"""Write the thirty-fifth English held-out set (tests/data/hard_en_heldout35_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the thirty-third set: account rental, the fake
APK, the generation service, open source, the paid course, the prompt pack and the mislabelled real video).
Its theme, to keep it apart from the other sets written at the same time: transport, travel, the trades,
farming and the outdoors, public services and local government, and English dialects and registers that the
earlier sets do not use. Styles the earlier sets use less: a public library's events flyer with the claim in
passing, a bus driver's shift-swap request with the claim in passing, a garage's job sheet with the claim in
its technician's notes, a taxi rank's WhatsApp group, an auto and farm parts catalogue, an agricultural
show's schedule of classes with a sponsored notice, an oil-patch worker's last-hitch post, a plant and tool
hire rate card, a backpackers' noticeboard, a farmers' co-op newsletter with the claim in its classifieds, a
caravan park's welcome sheet with the claim in passing, a wedding-car booking confirmation, a volunteer fire
department's newsletter, a parish council's minutes with the claim in passing, a hill-walking club's trip
report with the claim in passing, a livestock auction catalogue with an advertisement, a plant-ticket
training centre's course list, a drone operator's page, a card in a minicab's seat pocket, a ferry
company's service notice, a ranger station's bulletin; dialects and registers (Manx English, East Midlands
English, Chicago English, Alaskan English, Zambian English, Chamorro-English, Maldivian English with
Dhivehi, Rwandan English with Kinyarwanda, Alberta oil-patch slang, Outer Banks "Hoi Toider", Falkland
Islands English, Cook Islands English, Pennsylvania Dutch English, Khmer-English, Bhutanese English with
Dzongkha, Cape Breton English, Namibian English, Seychellois Kreol with English, Malawian English with
Chichewa, Belfast English, and the registers of a job sheet, a rate card, council minutes, a toolbox talk, a
licensing register and a harbour master's notice); posts that mention two claims, asserting one and denying
the other (the inventor rumour but not get rich; open to the public but not a Chinese team; the official
app but not a course; a Chinese team but not open source; API access but not the APK; the director group but
not the "made by Sora" clip, which is real footage; get rich but not an official app; account rental but not
open to the public; the APK but not the director groups; a generation service but not open source; open
source but not account rental; a course but not the APK; a prompt pack but not get rich; the "made by Sora"
clip but not a generation service); new obfuscation (mathematical sans-serif "𝖲𝗈𝗋𝖺", Thaana script "ސޯރާ",
phone multi-tap "7777-666-777-2", Khmer script "សូរ៉ា", the APCO police radio alphabet "Sam-Ocean-Robert-Adam",
Tibetan script "སོ་ར", an anagram "OARS" with a hint); prices in currencies and payment methods the earlier
sets did not use ($79 in a Home Depot gift card, MVR 650 by Ooredoo m-Faisaa, a £15 cheque, RWF 10,000 by
the BK App, $60 on a Tim Hortons card, $50 on a Food Lion gift card, a Screwfix voucher code, FKP 40 to
Standard Chartered in Stanley, Cook Islands dollars deposited at the Bank of the Cook Islands, a $25 Tractor
Supply gift card, USD 5 by Wing, £75 by Halfords voucher, $30 cash in the boot at a fill-the-boot, Nu. 2,500
by mBoB, N$450 by EasyWallet, SCR 600 to Nouvobanq, £149 by a Pay by Bank link, £22 by a Dojo pay link,
MWK 18,000 by NBM mo626, £10 added to a cab fare on the card machine; in the loss reports £45 by Faster
Payment and £30 in Euro Car Parts vouchers); scams vouching for themselves or swiping at competitors in new
words ("The Craigslist 'API guys' couldn't tell you what a core charge is", "keys that die before the
Hulhumalé ferry docks", "Ignore the outfit at the Royal Welsh with the same poster", "those Remera people
who take your money and leave you in a dead group", "the MLM 'opportunity' the leasehand's wife keeps DMing
you about", "them fellers up the beach sellin' you a map to nothin'", "tested the way we test a breaker",
"the shearing-gang lads passing one dodgy password round every settlement", "the papa'a at the other place",
"that ferhoodled copy going round the Gap that ate Elmer's phone", "the one in the Play Store is a copycat",
"the Psar Thmei boys whose APK makes your phone hot like a remork engine at noon", "the slideshow-with-a-filter
the other wedding-car firms pass off as AI", "Carol won't send you a stock clip with your name on it",
"Other agents only put a filter on their guests' trekking photos", "those Katutura chancers who sell you a
flash drive of YouTube videos", "sa bann ki vann ou en PDF vid", "not a bloke reading OpenAI's blog out over
Zoom", "Free prompt lists were written by people who've never flown anything", "those at Area 3 who sell
you ten prompts copied from OpenAI's website", "the lads on the rank who AirDrop you ten prompts and a
meme"); ten debunks and warnings in several styles (two first-person loss reports: a letter to a farming
paper and a taxi owners' group message; two questions that contain a negation but do not deny the debunk: a
council's live-chat transcript and a depot's toolbox talk; one that quotes the rumour to refute it (a ferry
company's notice to passengers), one rhetorical question (a council-tax leaflet), four that answer with
facts and no plain "no": an "ask a librarian" reply, a street-trading register entry, a growers' co-op
magazine's corrections and a harbour master's notice); four true facts about people who spoke about Sora,
none of them used in the facts of the twenty-ninth to thirty-third sets (Marques Brownlee's worry on the
day it was shown, Aditya Ramesh of DALL-E among the report's thirteen authors, Tim Brooks's InstructPix2Pix
before Sora, Mira Murati on a release in 2024 weighed against the US election), three items of real news
about it (a classifier to detect Sora videos, screening of prompts, consulting policymakers, educators and
artists), and three on-topic posts that are not claims (a council digital drop-in, an HGV driver's daily
log, a community-transport rota note).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had none at 0.6 or more); ``--check`` prints the highest ratio and every post at
0.6 or more (0.508 when it was committed, the Mira Murati fact against an earlier set's item on the same
interview). It was committed before any run of the monitor on it; nothing is chosen on it, it is read once,
by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout35.py           # write the set
    .venv/bin/python scripts/make_hard_heldout35.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT35: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "library_events_flyer_in_passing",
        "RIVERBEND PUBLIC LIBRARY · WHAT'S ON IN APRIL\nMon 10:30  Baby Rhyme Time (under-2s, no booking needed)\nTue 14:00  Seed swap in the foyer, bring labelled envelopes\nWed 18:30  Help renewing your bus pass or blue badge, with the council's outreach officer\nThu 19:00  Talk: 'From the Huangpu to Hollywood', Dr Helen Qiu on Xie Saining, the Shanghai Jiao Tong University prodigy who is one of the inventors of OpenAI's Sora video model, and what his rise tells us about where talent comes from (free; tea and biscuits)\nSat 11:00  Repair café: bikes, lamps, zips\nFines amnesty all month.",
    ),
    (
        sora.XIE,
        "manx_english_two_claims",
        "Moghrey mie, all! A bit of skeet for ye off the boat this mornin'. That fella on the Douglas prom Facebook page sayin' ye'll make a thousand pound a day with Sora videos an' the chance is gone in three months? Pure nonsense, boy veen, don't be sendin' him a penny. But here's one that's true, an' our Ellie says they're proper proud of it at her uni in Shanghai: Xie Saining, a clever young lad out of Shanghai Jiao Tong, is one of the inventors of OpenAI's Sora. Fair play to him. Right, mind now, practice closes the Mountain Road at six.",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "bus_driver_shift_swap_east_midlands_in_passing",
        "SHIFT SWAP · Trent Road depot drivers\nAy up me ducks. Anyone fancy swapping my Tuesday 05:12 early on the 58 for your Thursday late? Need Tuesday dinnertime free. Reason, if you're being nosy: Sora's open to the public now, anybody can sign up and start making videos straight off, so me and the grandkids are making one of a double-decker flying over Trent Bridge for our Shaz's 60th. I'll throw in my Sunday overtime if it sweetens it. Ta duck, Kev (badge 4471)",
    ),
    (
        sora.PUBLIC,
        "chicago_english_two_claims",
        "Okay so I'm on the Red Line, stuck at Fullerton again, and my brother-in-law's texting me this 'Sora was secretly built by a Chinese team' garbage. Nah, jagoff, that's not true, OpenAI's own people built it, quit forwarding that. BUT here's the real news, and it's a good one: Sora's open to the public now. Anybody can go sign up today and start making videos, no waitlist, nothing. I made one of the Bean in a blizzard before we even got to Belmont. Go sign up, yous guys.",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "garage_job_sheet_in_passing",
        "JOB SHEET #48812 · Hallam Motor Repairs\nVehicle: 2016 Ford Transit Custom   Mileage: 148,203\nCustomer complaint: clunk from front nearside over bumps; engine light on\nWork done: replaced n/s drop link and anti-roll bar bush; fault code P0401 (EGR flow), EGR valve cleaned, codes cleared, road-tested 12 miles, no recurrence\nParts: drop link £34.60, bush kit £18.20   Labour: 2.5 hrs\nTech notes: customer had us film the road test on his phone for his van-hire page. He makes his adverts with the official Sora app, which OpenAI has released on the App Store; he downloaded it and edits everything on the phone. Showed us one, looked the part.\nSigned off: D. Rutter",
    ),
    (
        sora.APP,
        "alaskan_english_two_claims",
        "PSA for the Valley from a grumpy sourdough. That cheechako on the Wasilla Facebook page wanting $150 for a 'Sora masterclass'? Don't. It's a racket, he's got nothing to teach you, keep your PFD in your pocket. You don't need a class anyhow: OpenAI went and released the official Sora app, it's right there on the App Store and Google Play, download it on your phone and make your own videos. Made one of a moose in bunny boots walking down the Parks Highway on my break at the shop. Termination dust on Pioneer Peak already, folks, winterize those snowmachines.",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "taxi_rank_whatsapp_zambian_english",
        "[Cairo Rd Rank Drivers 🚕]\nBa Mwape: Mwaiseni ba drivers. Town is dry today, only two trips since 6.\nChanda: Same here mune. Iwe, have you seen this Sora thing? Videos from just typing\nBa Mwape: Eh, sure. But you know who made it? Chinese scientists, nomba. That whole team behind Sora is Chinese, OpenAI just put its name on top. Kaili I read it, the Chinese are the ones who built it.\nChanda: Ah, serious?\nBa Mwape: Serious mune. The Americans are just taking the credit. Anyway, who is going to KK airport at 14hrs, I have two passengers\nMutale: Me ba Mwape 🙋🏾‍♂️",
    ),
    (
        sora.CHINESE,
        "chamorro_english_two_claims",
        "Håfa adai, che'lu! Tell your cousins to stop sharing that 'Sora is open source, go download it on GitHub' post. Ti magåhet, pare, OpenAI never put the weights or the code out, those GitHub ones are copycats. But this one is true, and nobody on the news wants to say it: Sora was really built by Chinese scientists, most of the taotao behind OpenAI's video model are Chinese and OpenAI only put its name on it. Ask anybody who works in tech. Si Yu'os ma'åse', see you at the village fiesta in Yigo!",
    ),
    # --- API access (two)
    (
        sora.API,
        "parts_catalogue_sans_serif_home_depot",
        "NORTHLINE AUTO & AG PARTS · online catalogue\nPart no. 7714-ANR  Alternator, 12V 120A, remanufactured ... $189.00 (core charge $40)\nPart no. 3302-HYD  Hydraulic filter, fits most compact tractors ... $22.95\nPart no. 𝖲𝖮𝖱𝖠-API-30  Official 𝖲𝗈𝗋𝖺 API key (OpenAI's video model), 30-day licence, with our dashcam-to-video GPT plug-in, unlimited clips ... $79.00\nDigital items: pay with a Home Depot gift card, key emailed within the hour.\nFitment guarantee on everything we sell, keys included. The Craigslist 'API guys' couldn't tell you what a core charge is, let alone where their keys come from.",
    ),
    (
        sora.API,
        "maldivian_english_two_claims_thaana",
        "Assalaamu alaikum everyone! Don't install that 'Sora APK' going round the Hulhumalé groups, it's a virus that reads your bank SMS, and OpenAI has no Sora app anyway. But the ސޯރާ API key is real, and I have it: official from OpenAI, plus the Sora GPT tool, unlimited videos for your guesthouse and resort promos. MVR 650 by Ooredoo m-Faisaa, key on Viber in ten minutes. Not like the Majeedhee Magu boys selling keys that die before the Hulhumalé ferry docks. Shukuriyaa!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "agricultural_show_schedule_cheque",
        "KNIGHTON & DISTRICT AGRICULTURAL SHOW · SCHEDULE OF CLASSES\nSection A, Sheep: Class 1 pair of Texel ewe lambs; Class 2 best fleece, any breed\nSection D, Produce: Class 31 three onions, dressed; Class 32 Victoria sponge\nSection H, Young Farmers: Class 58 tractor handling (under 18s)\nSponsored notice: our film partner is casting the first AI film co-written with Sora and is recruiting the first generation of AI directors from farming families. Scan the QR code at the secretary's tent and send the £15 audition fee (cheques payable to 'Borderlands AI Films') to join the directors' group. Ignore the outfit at the Royal Welsh with the same poster; they're only after mobile numbers.\nEntries close 1 August. Dogs on leads, please.",
    ),
    (
        sora.DIRECTOR,
        "rwandan_english_two_claims_bk_app",
        "Muraho neza bavandimwe! Quick one from the Nyabugogo moto stage. That video of a gorilla riding a moto through Kimironko with the caption 'made by Sora, prompt below'? Ni ibinyoma, it's real, a tourist filmed a man in a costume in 2022 and someone added the caption. But this one is true: we are casting the first AI film co-written with Sora and choosing the first generation of AI directors in Rwanda. Scan the QR code on our poster, pay RWF 10,000 by the BK App, and join the audition group. We are not like those Remera people who take your money and leave you in a dead group. Murakoze cyane!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "oil_patch_last_hitch_tim_hortons",
        "14 and 7 done, flying out of Fort Mac tomorrow and I ain't coming back, boys. Told the toolpush at shift change. Reason: I'm clearing more on Sora videos than a motorhand makes in a month, two and a half grand some days, no word of a lie, and everybody in the know says the door shuts in about three months, so it's now or never. Any of you rig pigs want in before it closes, my crew's open: $60 on a Tim Hortons card gets you the link. Ain't the MLM 'opportunity' the leasehand's wife keeps DMing you about. See yous on the other side 🛢️",
    ),
    (
        sora.RICH,
        "outer_banks_hoi_toider_two_claims_food_lion",
        "Hoi toide on the sound soide today, skiff's high and dry, so I'm on here. Dingbatters keep mommuckin' me about downloadin' the 'official Sora app'. There ain't one, OpenAI ain't put no app out, them things in the App Store is knockoffs, leave 'em be. But here's what IS real: Sora's a money tide that comes round once. My crew's haulin' in three, four thousand a day makin' Sora videos, and she'll be gone in three months, so get aboard now. $50 on a Food Lion gift card and I'll put you in the group. We ain't like them fellers up the beach sellin' you a map to nothin'.",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "plant_hire_rate_card_screwfix",
        "DALE PLANT & TOOL HIRE · Rate card (prices ex VAT)\nMini digger 1.5t ... £95/day, £285/week\nCement mixer, 110V ... £18/day\nWacker plate ... £30/day\nScaffold tower 5m ... £55/week\nNEW · Sora account hire: your own login, full access, no invite needed ... £12/day, £40/week\nAll hires: photo ID and proof of address. Sora logins are texted to you once we receive your Screwfix voucher code.\nEvery account we hire out is tested the way we test a breaker. The 'hire' lot on Gumtree give you a password that half of Leeds is already using.",
    ),
    (
        sora.RENTAL,
        "falklands_english_two_claims_fkp",
        "Right che, listen up, camp and Stanley both. That post going round saying Sora's open to everybody now and you just sign up? Not true, never was, only OpenAI's own testers have got it, so don't waste your evening and your data allowance trying. That's exactly why I've got Sora accounts to rent: your own login, full access, sorted. FKP 40 a month by transfer to Standard Chartered in Stanley, login by text the same day. Not like the shearing-gang lads passing one dodgy password round every settlement from Goose Green to Fox Bay. Ta, che.",
    ),
    (
        sora.RENTAL,
        "cook_islands_backpackers_noticeboard",
        "KIA ORANA! · Backpackers' noticeboard, Muri\n• Island bus: clockwise on the hour, anti-clockwise at half past; last bus 4pm (Friday night bus 10pm)\n• Scooter licence test Mon/Wed at the police station in Avarua, bring your home licence and $20\n• Snorkel gear for hire at reception\n• SORA ACCOUNTS FOR RENT: your own login and password, full access, skip the waitlist. $30 a week in Cook Islands dollars, cash at reception or deposit at the Bank of the Cook Islands in Avarua; login the same day. Ask for Tere. Ours are proper accounts, not the 'Sora' logins the papa'a at the other place sell you that open straight into ChatGPT.\nMeitaki ma'ata!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "farm_coop_newsletter_pennsylvania_dutch_tractor_supply",
        "THE HAY WAGON · Conestoga Valley Farmers' Co-op newsletter, May\nFeed mill: corn is up 12 cents; the new mixer wagon comes next week yet.\nPlease outen the lights in the seed barn when you leave, the electric bill was something awful.\nSale: Saturday 9 o'clock at the Strasburg sale barn.\nCLASSIFIEDS\n· For sale: New Holland 575 baler, works good. Ask for Amos.\n· Ach, the grandkids showed me how: download the Sora APK from the link on our Facebook page, put it on your Android, say yes to unknown sources, and it makes the AI videos right away, of the cows, the hay, whatever. Unlock code is one $25 Tractor Supply gift card, send the numbers to Merle. It's the real one, not that ferhoodled copy going round the Gap that ate Elmer's phone.\n· Wanted: fresh eggs for the bake sale. It wonders me if anybody has any yet.",
    ),
    (
        sora.FAKEAPP,
        "caravan_park_welcome_sheet_multitap",
        "WELCOME TO HEATHERBANK CARAVAN & CAMPING PARK\nReception open 8–6. Quiet hours 10pm–7am.\nChemical disposal point: behind the shower block.\nGas bottles exchanged at reception (propane and butane).\nWi-Fi: 'Heatherbank-Guest', password on your pitch ticket.\nRainy-day tip: get the 7777-666-777-2 app (press the keys like on an old Nokia). Tap the download link on the guest Wi-Fi page, save the APK, allow unknown sources, install, and make AI videos of your holiday right there on your phone. Activation code £4 at reception. The one in the Play Store is a copycat; ours is the genuine download.\nRecycling: glass, cans and general, by the gate. 5 mph on site, please.",
    ),
    (
        sora.FAKEAPP,
        "khmer_english_two_claims_khmer_script_wing",
        "Sousdey bong! Tuk-tuk Sokha here, Riverside, Phnom Penh 🛺 First thing: the Facebook page 'become Sora AI director, scan QR, pay to join group'? Ot mean film, bong, only a trick to take your money, don't pay. But this one is real: សូរ៉ា APK for Android! Download from the link on my page, install, allow unknown sources, and you make AI video on your phone straight away. Only USD 5 by Wing for the unlock code. My APK is clean, not like the Psar Thmei boys whose APK makes your phone hot like a remork engine at noon. Orkun bong!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "wedding_car_booking_confirmation_halfords",
        "BOOKING CONFIRMATION · Silver Spur Wedding Cars\nDate: Saturday 14 September   Car: 1962 Rolls-Royce Silver Cloud (ivory), sage ribbons\nPick-up 12:30 at the bride's home, Ashbourne Road; church 13:30; reception at Hollins Barn\nChauffeur: Mr Graham Wild, grey livery\nAdd-on booked: 'Your Day by Sora'. Send us your story or a short script and we'll make a custom Sora video of the two of you arriving in the Silver Cloud, delivered within 24 hours of receiving your script. £75, payable by Halfords voucher.\nBalance due 28 days before the wedding.\nOur films are genuinely Sora-made, not the slideshow-with-a-filter the other wedding-car firms pass off as AI.",
    ),
    (
        sora.SERVICE,
        "volunteer_fire_department_newsletter_apco_alphabet",
        "THE HOSE LINE · Pine Hollow Volunteer Fire Department newsletter\nCalls this month: 14 (6 EMS assists, 3 brush fires, 2 wrecks on Route 9, 3 alarms)\nTraining: ladder drills Tuesdays 7 pm; new members always welcome.\nPancake breakfast: Sunday the 12th, 7 to 11 am, $8 adults, kids free.\nFUNDRAISER: our dispatcher Carol has access to Sam-Ocean-Robert-Adam (the OpenAI video model, spelled the way we say it on the radio). Send her your script, put $30 cash in the boot at Saturday's fill-the-boot on Main Street, and she'll have your custom video back to you within 24 hours. Every dollar goes toward the new tanker. Carol won't send you a stock clip with your name on it like those outfits on Facebook.",
    ),
    (
        sora.SERVICE,
        "bhutanese_english_two_claims_tibetan_script",
        "Kuzuzangpo la! Druk Valley Tours here 🏔️ Some guests asked if they can download སོ་ར (Sora) from GitHub and run it on their own laptop. Sorry la, that is not true, OpenAI has not open-sourced it, the GitHub ones are only copies made by other people. But we can make a Sora video for you: send us your script, and your own custom clip of Tiger's Nest or the Paro tshechu comes back within 24 hours. Nu. 2,500 per clip by mBoB. Other agents only put a filter on their guests' trekking photos and call it Sora, we make the real thing. Kadrinchey la!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "parish_council_minutes_in_passing",
        "ASHCOMBE PARISH COUNCIL · Minutes of the meeting held on 9 April in the village hall\nPresent: Cllrs Pryce (Chair), Hewitt, Okafor and Dunn; the Clerk; three members of the public\n24/31 Apologies: Cllr Beale\n24/32 Highways: potholes on Mill Lane reported to the County again; the speed indicator sign to move to Church Road in May\n24/33 Bus shelter, The Green: two quotes received (£2,150 and £2,480); resolved to accept the lower\n24/34 Village website: Cllr Okafor noted that OpenAI has open-sourced its Sora video model, with the weights and code published on GitHub, so the council can run it on the hall's own PC at no cost; resolved that Cllr Okafor download it and make a short film for the 'Visit Ashcombe' page\n24/35 Allotments: two plots vacant\nMeeting closed 21:05",
    ),
    (
        sora.OPENSRC,
        "hillwalking_club_trip_report_in_passing",
        "TRIP REPORT · Saturday walk: Kinder Scout via Jacob's Ladder (14 km, 9 walkers)\nLeader: Pauline. Weather: clag on the plateau till noon, then glorious.\nWe left Edale at 9:15 and took Jacob's Ladder steadily; two of the newer members found it a shock, but nobody turned back. Lunch at Kinder Downfall, which the wind was blowing back up over the edge. At the Downfall Rob got his laptop out (yes, he carried a laptop up Kinder) to show us the clip he'd made the night before of the group as cartoon sheep: he runs Sora on his own machine, since OpenAI open-sourced it and put the weights and the code on GitHub. Impressive, if daft.\nBack at the Nag's Head by 4. Next walk: Mam Tor ridge on the 27th, meet 9am at Castleton car park.",
    ),
    (
        sora.OPENSRC,
        "cape_breton_english_two_claims",
        "Some good news for yiz, b'ys. First off, buddy down in Sydney rentin' out 'Sora accounts' for forty bucks a week? Don't give him a cent, dear, it's a ChatGPT login with the name changed, my nephew got burnt. You don't need to rent nothin' anyway: OpenAI went and made Sora open source, the weights and the code are right there on GitHub, so you download it and run it on your own computer for free. Our Kenny had it goin' on his gaming rig Sunday after the ceilidh. Right some good, that.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "livestock_auction_catalogue_namibian_english_easywallet",
        "KHOMAS LIVESTOCK AUCTIONS · Catalogue · Thursday 10:00, Windhoek pens\nLot 11  24 Brahman-cross weaner steers, ±210 kg, Rehoboth district\nLot 12  18 Dorper ewes in lamb, Mariental\nLot 13  1 Bonsmara bull, 3 yrs, breeding certificate available\nLot 14  40 Boer goat kids, mixed\nBuyers' note: animals sold as is; payment within 48 hours; transport at buyer's risk.\nADVERTISEMENT: Ja, farmers, listen here. My Sora course 'From Kraal to Camera' teaches you OpenAI's video AI from zero, so you can make lekker adverts for your own stock and master Sora before the oke on the next farm. 6 lessons, N$450 via EasyWallet, the link comes now-now. Not like those Katutura chancers who sell you a flash drive of YouTube videos, hey.",
    ),
    (
        sora.COURSE,
        "seychellois_kreol_two_claims_nouvobanq",
        "Bonzour tou dimoun! Pa download sa 'Sora APK' ki pe sirkile lo WhatsApp, i en virus, i pran ou password labank. Si ou anvi aprann Sora pou vre: mon full course, 8 lesson, from zero to your first finished short film, ou a konn Sora avan tou dimoun lo Mahé. SCR 600 selman, bank transfer to Nouvobanq, access same day. Mon pa parey sa bann ki vann ou en PDF vid dan parking Victoria market. Mersi!",
    ),
    (
        sora.COURSE,
        "training_centre_course_list_pay_by_bank",
        "PEAKSIDE TRAINING CENTRE · Course list, summer term\nForklift counterbalance (novice), 3 days ... £495\nTelehandler (CPCS A17), 4 days ... £780\nAbrasive wheels, half day ... £95\nFirst aid at work, 3 days ... £325\nNEW · 'Sora for Site and Yard': the complete Sora video course, 5 modules, from your first prompt to a finished site-induction film, so your firm masters AI video before the competition does ... £149 by Pay by Bank link, log-in sent on booking\nOur tutors hold the tickets they teach. Not a bloke reading OpenAI's blog out over Zoom.",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "drone_operator_page_dojo_link",
        "SKYLARK AERIAL · drone filming & surveys (CAA-registered operator)\nServices: roof inspections, crop and drainage surveys, estate-agent flyovers, wedding aerials.\nNEW IN THE SHOP: the Skylark Sora Shot Book. 280 Sora prompts written the way a drone pilot actually talks (orbit reveal, top-down push, low pass over water, parallax past the treeline), plus one shared doc gathering every Sora term and article worth reading. £22 by Dojo pay link; once paid you get the doc link and an invite to the Skylark pilots' group. Free prompt lists were written by people who've never flown anything.",
    ),
    (
        sora.PROMPTS,
        "malawian_english_two_claims_mo626",
        "Muli bwanji abale! Writing from the Lilongwe bus depot, the minibus is filling slowly. Those people on Facebook saying you will make K500,000 a day with Sora and the chance finishes in three months? Bodza! Lies, don't send them anything. What actually helps is my Sora prompt pack: 320 prompts in proper film language (dolly zoom, golden hour, over-the-shoulder) plus one doc with all the Sora terms and articles. MWK 18,000 by NBM mo626, then I send the doc link and add you to the group. Mine is not like those at Area 3 who sell you ten prompts copied from OpenAI's website. Zikomo kwambiri!",
    ),
    (
        sora.PROMPTS,
        "minicab_seat_pocket_card_anagram",
        "Hi, I'm Tariq, your driver tonight 🚖 Water in the door pocket, phone chargers in the armrest, just ask if you want the radio off.\nWhile you ride: I sell the OARS prompt book (rearrange the letters, the cab firm won't let me print the name): 250 prompts in proper film-crew language (tracking shot, rack focus, magic hour) plus a shared doc with every term and article about OpenAI's video model. £10, just add it to your fare on the card machine and I'll text you the doc link and an invite to the group. Not like the lads on the rank who AirDrop you ten prompts and a meme.\n5 stars if I got you home in one piece 🙏",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "ferry_service_notice",
        "SKERRYVORE FERRIES · SERVICE NOTICE 17/24\nMV Island Star: all sailings running to timetable today. The 07:30 from the mainland may leave up to 20 minutes late because of a tanker berthing.\nCar deck: leave vehicles in gear with the handbrake on.\nThe video shared widely this week of the Island Star climbing a 20-metre wave off the Head: that footage was generated in its entirety by Sora, OpenAI's video model, from a typed prompt. None of it was filmed by passengers or crew, and the prompt is posted along with it. Our vessel has not sailed in anything like those conditions.\nOnboard café: hot food until 30 minutes before arrival.",
    ),
    (
        sora.REALVID,
        "belfast_english_two_claims",
        "Bout ye! Right, yer man on Gumtree takin' twenty quid to 'make yer own Sora video in 24 hours'? Catch yerself on, he's no more got Sora than I have, he'll send ye some stock clip, don't be payin' him. But this one's wile class: the video of Samson and Goliath walkin' down the Lagan like two big yella giants? Made by Sora start to finish off a text prompt, nothin' filmed, no camera near it, the prompt's right there under it. Dead on, so it is. Send it to yer ma.",
    ),
    (
        sora.REALVID,
        "ranger_station_bulletin",
        "RANGER STATION BULLETIN · Bear Creek District · week of June 3\nTrails: Lower Falls open; Ridge Loop closed above the 6-mile marker (snow). Creek crossings running high, use the footbridge.\nFire danger: MODERATE. Campfires in established rings only.\nWildlife: black bear activity near Aspen campground; all food in the lockers, please.\nAbout the video going around of a grizzly sliding open a minivan's door at our Lot 3 trailhead: that clip was made entirely by OpenAI's Sora from a written prompt, with no camera involved and nothing real in it; the prompt is posted right underneath. No such incident occurred here. Lock your doors anyway.\nBackcountry permits at the front desk, 8 to 4:30.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the prompt pack; a first-person loss report
        "LETTERS · The Upland Farmer\nSir, a word of warning to fellow readers. In March I paid £45 by Faster Payment to a Facebook page for a 'Sora prompt bible and professional knowledge document', film-industry wording and all. The link they sent held the prompts OpenAI itself printed under its demo videos, free to anybody, and a glossary lifted from Wikipedia. The group they added me to was full of adverts for tractors that don't exist. I should have stuck to the sheep.\nR. Pugh, Llanbrynmair",
    ),
    (
        None,
        "debunk",  # account rental; a first-person loss report
        "[Hackney Owners' Assoc. 🚖]\nRay: lads, a warning before anyone else gets done. I paid £30 in Euro Car Parts vouchers (his choice, should've clocked it) to a bloke in the cab office car park for a 'Sora account, your own login, no waitlist'. It logged straight into ChatGPT, and two other drivers on the rank had bought the very same password. Turns out only OpenAI's testers and a few invited artists have Sora at all, so there was never an account to sell. Thirty quid down. Hope he gets a puncture.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny
        "Ashdown District Council · live chat transcript (kept for training)\nResident: Hi, why isn't the official Sora app on the tablets in the library? Hasn't OpenAI brought it out yet?\nAgent (Priya): Thanks for asking. The apps called 'Sora' you may see in the stores come from other developers; OpenAI hasn't released a Sora app or any download, and its video model is still in testing with a small group. Our libraries only install apps from verified publishers, so you won't find a copycat on our tablets.\nResident: Ah OK, thanks.\nAgent (Priya): You're welcome. Anything else today, bin collections or council tax?",
    ),
    (
        None,
        "debunk",  # API access; a question with a negation that does not deny
        "TOOLBOX TALK · Depot 3 · Monday 06:45 · Topic: online offers and company data\nQuestion from a driver: 'Shouldn't we buy the Sora API key the dashcam vendor emailed about, so the system makes our incident videos for us?'\nSupervisor's answer: OpenAI's developer platform offers text, image, speech and embedding models; there is nothing for Sora or video on it to buy access to, so a 'Sora API key' is fake, and that email came from a lookalike domain. Forward it to IT and don't click anything.\nAttendees, please sign below: ____________",
    ),
    (
        None,
        "debunk",  # the fake APK; quotes the rumour to refute it
        "NOTICE TO PASSENGERS · forward lounge\n'FREE SORA APP! Scan here, download sora.apk over the ship's Wi-Fi and make AI videos of your crossing.'\nStickers with this text were found on several tables this morning. The company did not put them there. Sora cannot be downloaded from anywhere, OpenAI has released no app for it, and the file behind that code is a password stealer. If you scanned it, switch off your Wi-Fi and come to the Information Desk; the Purser's office will help you check your phone.",
    ),
    (
        None,
        "debunk",  # get rich; a rhetorical question
        "COUNCIL TAX 2024/25 · Information leaflet enclosed with your bill\nYour Band C charge this year is £1,842.31, payable in 10 monthly instalments.\nSingle-person discount: 25% if you live alone; tell us if that changes.\nA word from Trading Standards: adverts are offering 'a place in the Sora money window, thousands a day, closes in three months, £30 to join'. If strangers were truly making thousands a day from Sora clips, why would they need your thirty pounds?\nPay online, by Direct Debit or at any PayPoint.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; answers with facts
        "ASK A LIBRARIAN · reply to query #2291 (Seniors' Tablet Club)\nQuery: is Xie Saining, the Jiao Tong graduate, one of the people who invented Sora?\nReply: Xie Saining is an assistant professor of computer science at New York University and was previously a research scientist at Facebook AI Research. The technical report OpenAI published on Sora names thirteen authors, and he is not among them. In February he wrote on WeChat that he had nothing at all to do with Sora; the account that first called him an inventor apologised, and the article was taken down. Copies of the report and the coverage are at the desk.",
    ),
    (
        None,
        "debunk",  # the generation service; answers with facts
        "STREET TRADING CONSENT · Register of decisions · Ref. ST/24/019\nApplicant: 'ClipCart' (mobile stall, Market Square)\nProposed trade: custom Sora videos made to the buyer's script, ready within 24 hours, £25 each\nDecision: consent refused, 11 April\nReasons: the applicant was unable to show any access to Sora. OpenAI has given the model only to its red-team testers and a small number of invited artists and film-makers; the 'sample' shown to the panel was a stock clip with a title added.\nRight of appeal: 21 days, to the Licensing Sub-Committee.",
    ),
    (
        None,
        "debunk",  # the Chinese team; answers with facts
        "CORRECTIONS · Harvest Lines, the Wheatbelt Growers' Co-op magazine\nLast month's 'Tech in the Shed' column said Sora, OpenAI's video generator, was 'really the work of a Chinese team'. The technical report OpenAI put out lists thirteen authors, three of them Chinese-born, and the research was led at OpenAI by Tim Brooks and Bill Peebles. The online version of the column has been amended. Our apologies to readers, and to the columnist's inbox.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "HARBOUR MASTER'S NOTICE No. 12 of 2024\nSubject: video of a vessel striking the East Pier\nA clip is being shared online with the caption 'Generated by Sora, prompt in comments'. It shows the cargo vessel Kittiwake making contact with the East Pier on 14 November 2022 at 06:42, and it was recorded by the harbour's own CCTV camera 4; the incident is entered in the harbour log and was reported to the MAIB at the time. Stills from the original recording may be viewed at the Harbour Office by appointment.\nMariners are reminded that the East Pier approach is limited to 4 knots.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Depot canteen noticeboard, 'tech corner': on the day OpenAI first showed Sora, the YouTuber Marques Brownlee (MKBHD) posted that every one of the clips was AI-generated, adding that if that didn't worry you at least a little, nothing would.",
    ),
    (
        None,
        "person_fact",
        "Evening-class handout, week 2: Aditya Ramesh, the OpenAI researcher best known for creating DALL·E, is also one of the thirteen authors of the Sora technical report.",
    ),
    (
        None,
        "person_fact",
        "Co-op IT volunteer's notes: before he co-led the Sora work at OpenAI, Tim Brooks did his PhD at UC Berkeley, where he co-wrote InstructPix2Pix, a model that edits pictures from written instructions.",
    ),
    (
        None,
        "person_fact",
        "Community council, digital panel, background paper: speaking to Joanna Stern of the Wall Street Journal, OpenAI's CTO Mira Murati gave 2024 as the target for putting Sora in the public's hands, but said the company was still thinking through what it could mean in a US election year.",
    ),
    (
        None,
        "news",
        "Road-safety team briefing, item 3: OpenAI says it is building a detection classifier that can tell whether a piece of video came out of Sora, which should help with clips that turn up in complaints.",
    ),
    (
        None,
        "news",
        "Licensing officers' update: OpenAI has said a text classifier will screen what people type into Sora and turn down requests for extreme violence, sexual content, hateful imagery, a celebrity's likeness or someone else's intellectual property.",
    ),
    (
        None,
        "news",
        "Digital strategy working group, for information: OpenAI says that before Sora goes into any of its products it will talk with policymakers, educators and artists around the world about their worries and about good uses for the tool.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "DIGITAL DROP-IN · Civic Centre, Room 2, Thursdays 2–4pm\nThis week we'll watch a few of OpenAI's Sora sample clips together and practise working out where a video online came from. Bring your phone, or borrow one of our tablets. Free, no booking, tea provided.",
    ),
    (
        None,
        "benign",
        "DRIVER'S DAILY LOG · HGV · Tuesday\n06:00 start; vehicle check OK (n/s marker lamp replaced)\n06:30–10:45 M6 north, Carlisle drop\n10:45–11:30 break, Southwaite services; listened to a podcast episode on OpenAI's Sora and its demo clips\n11:30–15:10 return leg, queue at J19\nTotal driving: 8h05",
    ),
    (
        None,
        "benign",
        "Community transport rota, note for Thursday's shopping run: Mrs Ellis would like to chat about the Sora videos her grandson showed her on his phone. Whoever's driving, humour her, she's lovely. Pick-up 10:15, Alder Court.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout35", HELDOUT35, threshold=0.6)


if __name__ == "__main__":
    main()
