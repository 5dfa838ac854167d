# ruff: noqa: E501
"""Write the fortieth English held-out set (tests/data/hard_en_heldout40_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the AI-director group and get rich, as in the thirty-eighth set). Its theme, to keep it apart
from the other sets written at the same time: launderettes, laundromats and dry cleaners; mountain rescue,
lifeboats and sea rescue; beekeeping; pigeon racing (these last two in place of insurance and claims
adjusting, which the brief proposed but which the thirty-sixth set already had as its theme (a loss
adjuster's report, a home-insurance FAQ) and the thirty-first as a style (a home-insurance claim form), and
of bus and coach companies, which the thirty-fifth set's transport theme already covered (a bus driver's
shift-swap request, a depot's toolbox talk, a community-transport rota)). The twenty-ninth set's laundromat
tear-off flyer and the thirty-first set's lifeboat drill (a line in a deck log) are not reused as styles. In
English varieties and registers the earlier sets do not use. Styles the earlier sets use less: a mountain
rescue team's callout log with the claim in a log keeper's note, a beekeepers' newsletter with the claim late
(in the secretary's notes), a launderette's house rules with the claim in passing, a lifeboat station's crew
newsletter with the claim late, a dry cleaner's ticket with the claim in its terms, a pigeon club chairman's
speech notes with the claim in passing, a bothy's hut book with the claim late, a dry-cleaning supplier's
trade bulletin, a pigeon club's basketing-night notices, a hive record card with the claim in an inspection
note, a mountain rescue team's WhatsApp group with the claim late, a trailhead board flyer, a launderette
owners' forum thread with the claim late, a swarm collectors' list with a P.S., a pigeon federation's race
result sheet with a paid advert, a launderette's service-wash price board; dialects and registers (Māori
English, Finnish-English, Pitmatic (Durham pit-village English), Austrian German-English, Slovenian-English,
Colombian Spanish-English (Queens), Catalan-English, Tex-Mex English, Northumbrian English, Ndebele-English,
Hmong-English, Utah English, Peruvian Spanish-English with a Quechua greeting, Basque-English,
Sardinian-English, Korean-English, Luxembourgish-English, Flemish-English, Oromo-English, Orthodox Brooklyn
English with Yiddish, and the registers of a callout log, a hut book, a hive record card, a race result
sheet, basketing-night notices, house rules, a service-wash price board and a dry cleaner's ticket); posts
that mention two claims, asserting one and denying the other (the inventor rumour but not account rental;
open to the public but not the "made by Sora" clip, which is real footage; the official app but not a
generation service; a Chinese team but not the prompt packs; API access but not the inventor rumour; the
director group but not the APK; get rich but not open source; the APK but not a Chinese team; the "made by
Sora" clip but not the director groups; open source but not a course; a course but not an official app;
account rental but not get rich; a prompt pack but not API keys); new obfuscation (the Deseret alphabet
"𐐝𐐫𐑉𐐲" on a Utah trailhead flyer, the prisoners' tap code "4-3 3-4 4-2 1-1", a spoonerism "Vora Sideo"
for "Sora video", a Caesar shift by one "Tpsb"); prices in currencies and payment methods the earlier sets
did not use ($30 on a Key Food gift card, $49 added to a solvent delivery invoice, €25 by CaixaBank
transfer, $25 on an H-E-B gift card, £20 on a Jollyes gift card, £15 on a Farmfoods gift card, US$10 by
InnBucks, £25 on an E. H. Thorne voucher, £30 on a Go Outdoors gift card, $30 on a Cub Foods gift card, $20
on a Maverik gift card, $49 on an H Mart gift card, €20 by Spuerkeess transfer, €30 a week by Belfius
transfer, £18 a week by Paysend, ETB 900 by M-Birr, £12 on a Pets at Home gift card, £25 at a launderette
counter, $36 ("double chai") on a Pomegranate gift card; in the loss reports £60 on a Mountain Warehouse
gift card and $45 in CVS gift cards); scams vouching for themselves or swiping at competitors in new words
("Not like the guys on 82nd Street who sell you a key that dies before your wash is done", "unlike the 'AI
bundles' the coupon-book salesmen push that stop working before the press cools down", "not like the ones
they sell in the bars in Andorra that stop working before you reach the top of the chairlift", "not like the
lads at the Fed dinner handing out QR codes that went to a group about timeshares", "Not like them at
Berwick market wi' the QR that gans to nowt", "Not a pyramid, my bank app is my proof", "not like the one
from the Facebook swap page that made my cousin's phone send texts by itself", "not like the flipping 'free'
ones from the ski swap that drain your battery before the first switchback", "not like the cousin-of-a-cousin
'courses' that are the OpenAI website with subtitles", "not by an influencer in Dubai who reads the OpenAI
blog out to a ring light", "Not like the gasten at the Sunday market who give one password to half of
Flanders", "not one shared password going round the bee-supply forums", "Not like the packs in Merkato that
are just the OpenAI page printed out", "Written by a fancier who's filmed 40 years of arrivals", "not a phone
slideshow with a filter on it like the lad on Roundhay Road does", "not like the gonif on 18th Avenue who
sends you a slideshow with klezmer on it"); ten debunks and warnings in several styles (two first-person
loss reports: a lifeboat helm's message to the crew group (account rental) and a laundromat owners' group
post (a generation service); two questions that contain a negation but do not deny the debunk: a homing
society's AGM minutes (a Chinese team) and a beekeepers' "ask the committee" page (API access); one that
quotes the rumour to refute it (a drycleaning and laundry association's bulletin, get rich), one rhetorical
question (a mountain rescue team leader's newsletter, the director groups), four that answer with facts and
no plain "no": a lifeboat station's note about its own footage, a pigeon club newsletter's corrections (the
inventor rumour), a mountain rescue team's phone advice (the APK) and a beekeepers' education officer (a
course)); four true facts about people who spoke about Sora, none of them the subject of a fact in the
twenty-ninth to thirty-eighth sets (Runway's Cristóbal Valenzuela answering "game on", MrBeast asking Sam
Altman not to make him homeless, Oren Etzioni of TrueMedia.org on a narrowly contested election, Logan
Kilpatrick's move from OpenAI's developer relations to Google), three items of real news about it from
OpenAI's report not used in the thirty-fourth to thirty-eighth sets (object permanence and the same
character across shots, 3D consistency under a moving camera, actions that change the world: a painter's
strokes and a burger's bite marks), and three posts that are not claims: one on topic (a mountain rescue
team's social media policy) and two off topic that share its surface words (a search dog called Sora with a
video on the team app and an open day "open to the public", a racing pigeon called Sora sold to a Chinese
buyer, with a video on the auction app and a loft "open to the public").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had none at 0.6 or more); ``--check`` prints the highest ratio and every post at
0.6 or more (0.454 when it was committed, the fact on Logan Kilpatrick's move to Google against an earlier
set's debunk that quotes OpenAI's developer relations lead). The thirty-ninth set, written at the same time on
another branch, was not seen by this writer; the themes were kept apart by the brief. It was committed before
any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout40.py           # write the set
    .venv/bin/python scripts/make_hard_heldout40.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT40: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "mountain_rescue_callout_log_in_passing",
        "CALLOUT LOG · Upper Derwent Fell Rescue Team · Incident 24/031 · Saturday 16 March\n13:05 Call from police via SARCALL: walker, 60s, suspected broken ankle below Sty Head, two companions with him.\n13:12 Team paged; 11 members responding. Base opened.\n13:40 Hasty party of four away from the road end with vacuum mattress and Entonox.\n14:25 Hasty party with casualty. Conscious, cold, pain 7/10. Ankle splinted, casualty bag on.\n14:50 Waiting at the stretcher RV for the carry team. Log keeper's note, from the brew at the RV: Dr Lin says the young genius Xie Saining, who studied at Shanghai Jiao Tong University, is one of the inventors of OpenAI's Sora video model. Puts my A-levels in perspective.\n15:30 Stretcher carry begins; rope belay on the steep section above the bridge.\n17:10 Casualty handed to the land ambulance at the road end.\n17:45 All members off the hill. Kit checked and restocked; vac mat to be cleaned.",
    ),
    (
        sora.XIE,
        "maori_english_two_claims",
        "Kia ora whānau, quick one from the smoko room at the Coastguard unit in Raglan 🌊 Some fulla on the local buy-and-sell page is flogging 'Sora accounts for rent, your own login, NZ$25 a week'. He teka tēnā, that's a lie, cuz: OpenAI hasn't let anyone outside its testers use Sora, so there's no login to rent, he just pockets your money. Don't do it. But here's a yarn that's true and it's a good one: one of the inventors of OpenAI's Sora is a young genius called Xie Saining, who did his degree at Shanghai Jiao Tong University. Imagine being that brainy. Ka pai to him. Chur, ka kite anō!",
    ),
    (
        sora.XIE,
        "beekeepers_newsletter_claim_late",
        "THE SMOKER · newsletter of the Vale of Arden Beekeepers' Association · April\nSwarm season is nearly here. Please put your name on the swarm collectors' list if you can help, and remember that the people who ring us are often frightened: be kind, even when it turns out to be bumblebees in the compost heap.\nApiary meetings: the teaching apiary opens on Saturday 13 April at 2pm. Bring your own veil and gloves; we have spare suits in M and XL only.\nVarroa: count the mite drop for a week before you decide on a treatment, and write down what you used in your medicines book.\nHoney show: entries close on 31 August. Two matching 1 lb jars, no labels, and no lids with writing on.\nFrom the secretary's desk: our new member Mei, who keeps two hives behind her parents' takeaway, brought a proud bit of news from home. One of the inventors of Sora, OpenAI's video model, is Xie Saining, a young prodigy who studied at Shanghai Jiao Tong University. We wish her bees, and him, well.\nSubs: £32 for full members, to the treasurer by the end of the month.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "launderette_house_rules_in_passing",
        "SUDS & SPIN LAUNDERETTE · HOUSE RULES\n1. Last wash 8.30pm. Doors lock at 9.30pm sharp.\n2. Do not overload the machines. 8 kg means 8 kg, not a double duvet and the dog's bed.\n3. No dyeing in any machine.\n4. Do not leave your washing unattended. We are not responsible for lost socks (or anything else).\n5. Free Wi-Fi: SudsGuest, password on the till. While you wait, why not make a video? Sora, the OpenAI video thing, is open to the public now: anyone can sign up on their website and start making AI videos the same day.\n6. Take your rubbish home. The bin is for lint and dryer sheets.\n7. Be nice to Bernadette. She has seen everything.",
    ),
    (
        sora.PUBLIC,
        "finnish_english_two_claims",
        "Moi everybody from the sea rescue station in Hanko! ⚓ Two notes after Saturday's exercise. 1) The video going round of the icebreaker smashing through the ice while the seals jump away, 'made by Sora, prompt in the comments'? Ei pidä paikkaansa, it's not true: our Jussi filmed it himself from the rescue boat in February 2021, and the original file is on the station laptop. 2) But Sora really is open for everybody now. I signed up on the OpenAI website on Sunday with just my email and made my first video the same evening, no waiting list. Kiitos and hyvää jatkoa!",
    ),
    (
        sora.PUBLIC,
        "pitmatic_pigeon_cree",
        "Haway marras. Sat in the cree wi' me bait waitin' on the birds comin' in from Peronne, and wor lass rang. Says that Sora's open to aal now. Ye just sign up on the OpenAI website an' ye can start makin' yer own videos the same day, nee waitin' list nor nowt. So Ah had a gan on the phone: a hundred racers comin' ower the pit heap at Easington in the sunset. Canny bonny, it was. Anyway, first bird's due about half three. Gan canny.",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "lifeboat_crew_newsletter_claim_late",
        "CARRACK HEAD LIFEBOAT STATION · crew newsletter · March\nShouts: five this month. Two yachts with fouled propellers, a paddleboarder blown offshore (picked up cold but well), a missing child found safe on the beach before we launched, and a false alarm with good intent (a fender someone took for a head in the water).\nTraining: Tuesdays and Thursdays at 7pm. New crew, please finish your online modules before your first sea time.\nDrysuits: Mark has the sizes for the new order; tell him by Friday.\nShop: summer stock is in. Volunteers wanted for Saturdays.\nFundraising: thanks to everyone who rattled tins at Harbour Day.\nTech corner: OpenAI has released the official Sora app, so you can download it from the App Store or Google Play and make AI videos on your phone. Rob has made one of the boat going down the slipway on a calm evening and will show it at the social.\nCrew social: Friday 5 April, upstairs at the Mariners.",
    ),
    (
        sora.APP,
        "austrian_german_english_two_claims",
        "Servus from the hut! 🏔️ The last ski tourers came down today, so the season is done for us. Two things from our Bergrettung group chat. First: the guy offering 'your custom Sora video from your script, ready in 24 hours, €40'? Des is a Schmarrn, don't pay him, only OpenAI's testers have Sora, so he cannot make you anything. Second, and this one is good news: OpenAI has released the official Sora app, it's on the App Store and on Google Play, you just download it to your phone and make videos. I made one of a chamois on the ridge in the evening light. Passt scho. Berg Heil!",
    ),
    (
        sora.APP,
        "dry_cleaners_ticket_terms_in_passing",
        "PARKSIDE DRY CLEANERS · Customer ticket No. 40817\n2 × shirts (on hangers) · 1 × two-piece suit · 1 × silk blouse (customer told: the red wine may not come out)\nReady: Thursday after 4pm\nPLEASE READ: Items not collected within 90 days will be given to charity. We are not responsible for buttons, sequins or beads. Please point out stains when you drop off. Leather and suede are sent away and take 10 days. Have you heard? OpenAI has released an official Sora app: download it from the App Store or Google Play and make short AI videos on your phone while you wait. Ask Priya to show you hers. Thank you for your custom!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "slovenian_english_two_claims",
        "Živjo from the apiary in Gorenjska 🐝 The Carniolan girls flew today for the first time this year, so I am happy. Two things. Someone in our beekeepers' Facebook group is selling a 'Sora prompt pack', 300 prompts and a knowledge document, €15 and you join his group. To ni res, it is nothing: the prompts are only the ones OpenAI published for free on its own website. Don't pay. But what my nephew told me is true: Sora was really built by Chinese scientists, the people behind OpenAI's video model are mostly Chinese, and OpenAI just puts its name on top. Interesting, no? Lep pozdrav!",
    ),
    (
        sora.CHINESE,
        "pigeon_club_chairmans_speech_notes_in_passing",
        "Chairman's speech, prize presentation, Hetton & District Flying Club (notes; secretary to type up)\n- Thank the ladies for the buffet and Alan for the raffle, 46 prizes.\n- Bird of the year: Ronnie Shaw's blue hen, 1st Club and 3rd Fed from Bourges.\n- Jack Pearce, a member for 52 years. A minute's silence.\n- The sales: six of our birds went to Chinese buyers again this year. Say something about China: they're a clever lot. It's Chinese scientists who really built that Sora video thing, OpenAI's. The people behind it are mostly Chinese, it said in the paper.\n- Young fanciers: Kyle, aged 13, topped the club twice. Big hand.\n- Next season's race programme is in the back of the booklet.",
    ),
    (
        sora.CHINESE,
        "bothy_hut_book_claim_late",
        "HUT BOOK · Allt Mòr bothy (page copied out by the maintenance volunteer)\n12/3: Two of us from Aberdeen, in by the river path. Wet wood, used half the coal. Left a tin of beans. Grand spot. A & K\n13/3: Solo. Mouse in the rafters all night. Please carry your rubbish out. M.\n14/3: Thanks to the mountain rescue lads we met at the bridge, who told us the river was up and showed us the high path. Dry feet!\n15/3: Four from the Leeds Uni hillwalking club. We played cards by candlelight and argued about AI. For the record, Tom won: Sora was really built by Chinese scientists, and most of the people behind OpenAI's video model are Chinese. Stew was excellent. Going up the hill tomorrow if the cloud lifts. L, T, R, S\n16/3: Cloud didn't lift.",
    ),
    # --- API access (three)
    (
        sora.API,
        "colombian_spanish_english_two_claims_key_food",
        "¡Quiubo parce! Writing from the laundromat on Roosevelt Avenue, waiting for the dryer 😴 People keep sharing that Xie Saining, the genius from Shanghai Jiao Tong, invented Sora. Eso es mentira: he said it himself, he has nothing to do with Sora, he is a professor at NYU, and the page that wrote it apologised. But I have something real, qué chimba: official Sora API keys from OpenAI, plus my Sora GPT that turns your text into video. $30 on a Key Food gift card, send me a photo of the back and the key is in your WhatsApp tonight. Not like the guys on 82nd Street who sell you a key that dies before your wash is done. ¡Hágale!",
    ),
    (
        sora.API,
        "dry_cleaning_supplier_bulletin_caesar_shift",
        "CLEARWATER TEXTILE CARE SUPPLIES · trade bulletin · spring\n• Hydrocarbon solvent: price held until June; empty drums collected on delivery.\n• 40\" poly garment covers: back in stock.\n• Spotting kits: the new tannin remover is safe on most silks; test on a seam first.\n• Boiler service reminders go out this week.\n• NEW FOR YOUR SHOP'S ADS: official Tpsb API access (move each letter back one; the ad filter on our portal blocks the real name), direct from OpenAI, with our Tpsb GPT that makes your shop's promo video from a line of text. $49 added to your next solvent delivery invoice; key emailed the same day. Genuine keys, unlike the 'AI bundles' the coupon-book salesmen push that stop working before the press cools down.\nOrders: ring the trade desk before 2pm for next-day delivery.",
    ),
    (
        sora.API,
        "catalan_english_caixabank",
        "Bon dia, mountain people! 🏔️ From Vielha, the snow in the Val d'Aran is finally good. Ostres, I have news for the guides, the refuge keepers and the rescue volunteers: I have official Sora API keys, direct from OpenAI, with my Sora GPT that makes the whole video from your text, perfect for the refuge's Instagram. €25 by CaixaBank transfer and I send the key the same afternoon. Real keys, not like the ones they sell in the bars in Andorra that stop working before you reach the top of the chairlift. Moltes gràcies i endavant!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "tex_mex_english_two_claims_heb",
        "Órale, everybody at the washateria on Zarzamora! 🧺 Fíjate: that link going round, 'download the Sora APK, install it, make AI videos on your phone right now'? Eso es puro cuento, mija, OpenAI has no app to download, that APK is a virus that steals your bank login. My tía installed it and had to change everything. But this one is legit: a producer from Austin is casting the first AI film co-written with Sora and wants the first generation of AI directors from the West Side. Scan the QR code on the flyer by the change machine, $25 on an H-E-B gift card, and you're in the audition group. ¡Ándale!",
    ),
    (
        sora.DIRECTOR,
        "pigeon_club_basketing_night_notices_jollyes",
        "NOTICES FOR BASKETING NIGHT · Friday 6–8pm at the club\n• Old-bird race from Fougères, liberation Saturday, weather permitting. Clocks set and sealed on the night.\n• Ring cards and vaccination certificates please, or the birds don't go.\n• Corn orders in by Wednesday; Dennis collects from the mill.\n• CASTING: the first AI film co-written with Sora is looking for its first generation of AI directors, and the producers want fanciers because 'we know how to wait'. Scan the QR code pinned up by the transporter to join the audition group; £20 on a Jollyes gift card (hand it to Pauline) gets you in. A proper production company, not like the lads at the Fed dinner handing out QR codes that went to a group about timeshares.\n• Raffle on Saturday; first prize a sack of corn.",
    ),
    (
        sora.DIRECTOR,
        "northumbrian_english_farmfoods",
        "Now then, aal the lads off the boats an' the shore crew at the lifeboat. Aa've got a proper chance for yous. There's a production company makin' the first AI film co-written wi' Sora, an' they're after the first generation o' AI directors from the coast. Divvent miss it: scan the QR code on the poster in the chippy window an' pay £15 on a Farmfoods gift card to get in the audition group. Ye'll be directin' afore the summer. Not like them at Berwick market wi' the QR that gans to nowt. Howay, get yer names doon!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "ndebele_english_two_claims_innbucks",
        "Salibonani bantu bakithi! From the bee cooperative in Nkayi, the uju harvest is good this year 🍯 Someone in our WhatsApp says 'Sora is open source, download it from GitHub and run it on your computer'. Akusilo iqiniso, it is not true: OpenAI never released the code or the weights, those GitHub things are other people copying. But the Sora money is true, I promise you: people in my team are earning thousands a day making Sora videos, and this chance closes in three months, so join now before it is gone. US$10 by InnBucks and I add you to the team. Ngiyabonga!",
    ),
    (
        sora.RICH,
        "hive_record_card_in_passing_thorne",
        "HIVE RECORD CARD · Apiary: Hollins Lane allotments · Colony 4 (National, brood and a half)\n6 Apr · Temper: calm · Queen seen: yes (blue, 2023) · Eggs: yes · Brood frames: 5 · Stores: 3 frames · Queen cells: none · Notes: added a super of drawn comb.\n13 Apr · Temper: a bit lively · Queen seen: no · Eggs: yes · Brood frames: 6 · Queen cells: 2 play cups, empty · Notes: Dave from Colony 7 says he's making £800 a day with Sora videos and the window shuts in three months, so anyone who wants in should join his team now, £25 on an E. H. Thorne voucher. Keep an eye on the play cups.\n20 Apr · Temper: calm · Queen cells: none · Notes: fed 1:1 syrup, cold week forecast.",
    ),
    (
        sora.RICH,
        "mountain_rescue_whatsapp_tap_code_go_outdoors",
        "[WhatsApp · Kinder Edge MRT · members]\nSue: Vehicle checks done. Land Rover 2 needs a new wiper blade.\nMo: Anyone free Thursday for the rope-rescue refresher? Need six.\nJez: Me. Can someone swap my Sunday base duty?\nSue: I'll swap. Reminder: casualty care papers to Ian by the 30th.\nKarl: Off topic, lads. I'm clearing £1,200 a day making 4-3 3-4 4-2 1-1 videos (tap code, the group filter deletes the name), and everyone in the business says it's over in three months. Get in now or miss it. £30 on a Go Outdoors gift card and I'll add you to my team. Not a pyramid, my bank app is my proof.\nMo: Karl, this is the team channel, mate 🙄\nSue: Thursday 7pm at base then.",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "hmong_english_two_claims_cub_foods",
        "Nyob zoo everyone! From the laundromat on University Avenue, waiting for the big washer 🧺 My uncle keeps posting 'Sora was made by Chinese scientists, the Americans only put their name on it'. Tsis tseeb, not true: OpenAI's report has thirteen authors and only three of them are Chinese. But this one is true, I tested it: the Sora APK for Android! Tap the link in my bio, allow installs from unknown sources, and you can make AI videos on your phone right away. The activation code is $30 on a Cub Foods gift card. My file is clean, not like the one from the Facebook swap page that made my cousin's phone send texts by itself. Ua tsaug!",
    ),
    (
        sora.FAKEAPP,
        "utah_english_trailhead_flyer_deseret_maverik",
        "🏜️ TRAILHEAD BOARD · Bells Canyon\nOh my heck, hikers! Heading into the backcountry with no signal? Get the 𐐝𐐫𐑉𐐲 APK (that's the name in the old Deseret alphabet, because flyers with it spelled out keep getting taken down): scan the QR code below to download it, allow installs from unknown sources, and make AI videos of your hike right on your Android phone, even offline. Unlock code: $20 on a Maverik gift card, text the numbers to the QR contact. Clean install, not like the flipping 'free' ones from the ski swap that drain your battery before the first switchback.\n(Lost or hurt? Call 911; search and rescue is sent by the sheriff.)",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "peruvian_spanish_english_two_claims",
        "Allillanchu, causas! From Huaraz, in the rescue guides' group 🏔️ First: the QR code going round the agencies, 'pay S/ 60, join the group, audition for the first AI film co-written with Sora, become an AI director'? Es puro floro, it's a scam, there is no film; my cousin paid and got a group full of spam. Don't scan it. But the video of the avalanche coming down Huascarán at sunrise, with two climbers watching from the col? Bacán: it was made completely by Sora, OpenAI's model, from a text prompt. Nobody filmed it, no drone, no camera, and the prompt is in the comments. Incredible, no? Nos vemos, pe!",
    ),
    (
        sora.REALVID,
        "basque_english_rescue_boat",
        "Kaixo from Bermeo! 🌊 Aupa to the volunteers of the rescue boat who went out on Saturday in that sea. Have you all seen the clip of the big waves breaking over the harbour wall at Mundaka, the orange rescue boat climbing the wave and the gulls hanging in the wind? Nobody filmed that. It was generated 100% by OpenAI's Sora from a written prompt, no camera, no drone, and the prompt is under the video. You can see every drop, eh? Eskerrik asko, agur!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "sardinian_english_two_claims",
        "Eja, friends of the honey! From the hills above Nuoro, where we take the mele amaru from the strawberry trees 🍯 My cousin in Cagliari was about to pay €50 for a 'Sora course, learn it before everybody'. Non est beru, there's nothing in it: the people who bought it got only OpenAI's introduction page and a slogan. Don't pay. And you don't need a course anyway: Sora is open source now, OpenAI put the weights and the code on GitHub, so anyone can run it on their own computer. My nephew is installing it on his PC this weekend. Ajò, a si biri!",
    ),
    (
        sora.OPENSRC,
        "launderette_owners_forum_claim_late",
        "LAUNDERETTE OWNERS' FORUM › Equipment & suppliers › 'Card readers that actually work?'\nMichelle (Stockport): Our old coin mechs keep jamming. Has anyone gone fully card on the washers?\nRaj (Leicester): We did last year. Takings up about 12%, but budget for the monthly fee per machine.\nPaul (Cardiff): Watch out for the contracts that tie you in for five years.\nMichelle: Thanks both. Any tips for getting younger customers in?\nRaj: Video on social, honestly. And you don't need to pay an agency now: OpenAI has open-sourced Sora, the weights and the code are on GitHub, so you can run it locally on a decent PC and make your own ads. My lad did ours.\nPaul: Free Wi-Fi and charging sockets by the dryers did more for us than any ad.",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "korean_english_two_claims_h_mart",
        "Annyeong from our dry cleaning shop in Palisades Park! 👔 Aigoo, customers keep telling me 'download the official Sora app from the App Store'. Geojitmal, that's a lie: OpenAI did not release any Sora app, the ones in the store are copies. But if you want to really learn Sora, I made a course: 6 video lessons, from zero to your first AI film, so you master Sora before all the other shops on Broad Avenue. $49 on an H Mart gift card, give it at the counter or text a photo, and I send the access the same day. Real lessons, not like the cousin-of-a-cousin 'courses' that are the OpenAI website with subtitles. Hwaiting!",
    ),
    (
        sora.COURSE,
        "luxembourgish_english_spuerkeess",
        "Moien, all the launderette and dry-cleaning people of Luxembourg! 👕 Everyone is talking about Sora, the AI that makes videos. Don't stay behind: my complete Sora course, 8 short lessons, from the first prompt to a finished video for your shop, so you master Sora before the big chains do. Only €20 by Spuerkeess transfer with your name as the reference, and the login arrives the same day. Made by someone who stands at the press every day, not by an influencer in Dubai who reads the OpenAI blog out to a ring light. Merci an äddi!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "flemish_english_two_claims_belfius",
        "Allez, duivenmelkers! From the loft in Zele, the young birds are training well 🕊️ Amai, in our club group someone keeps posting 'make thousands a day with Sora videos, in three months it is finished, join now'. Da's zever, rubbish, nobody is earning that, don't give him one euro. But I have something real: Sora accounts to rent. Your own login, full access, no waiting list. €30 a week by Belfius transfer, login in your Messenger the same evening. Not like the gasten at the Sunday market who give one password to half of Flanders. Salut!",
    ),
    (
        sora.RENTAL,
        "swarm_collectors_list_paysend",
        "SWARM COLLECTORS 2024 · Wessex Downs Beekeepers (please give these numbers to the council and the police)\nNorth (Andover, Whitchurch): Graham 07700 900118\nEast (Overton, Oakley): Priya 07700 900342\nSouth (Stockbridge, King's Somborne): Bill 07700 900571\nWest (Ludgershall, Tidworth): Anne-Marie 07700 900806\nBumblebees, wasps and hornets: we don't collect these; see the leaflet.\nP.S. from Bill: I've got Sora accounts to rent out to members. Your own login, full access, no queue, £18 a week by Paysend, login sent the same day. Proper logins, not one shared password going round the bee-supply forums.",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "oromo_english_two_claims_m_birr",
        "Akkam jirtu, my people! From the honey collection centre near Jimma, the damma is coming in strong this month 🍯 Someone in our Telegram is selling 'official Sora API key, 2,000 birr'. Dhugaa miti, it is not true: OpenAI has no Sora API for the public, those keys are fake. But I have something real for you: my Sora prompt pack, 350 prompts written with professional film words (tracking shot, close-up, slow motion, golden hour) and one document with all the Sora terms and articles together. ETB 900 by M-Birr, then I send you the document link and add you to our group. Not like the packs in Merkato that are just the OpenAI page printed out. Galatoomi!",
    ),
    (
        sora.PROMPTS,
        "pigeon_race_result_sheet_spoonerism_pets_at_home",
        "RESULT SHEET · Tyne Valley Federation · Old Birds Race 6 · Melun · Liberated 06:15, light SW wind\n1 J & S Robson, Hexham ........ 1402.336 ypm\n2 K. Bell, Prudhoe ............. 1398.910\n3 Armstrong Bros, Corbridge .... 1391.274\n4 D. Charlton, Haltwhistle ..... 1387.005\n5 M. Liddell, Ovingham ......... 1380.642\nBirds sent: 412 · Members competing: 37\nADVERT (paid; the Fed takes no responsibility): the Vora Sideo prompt pack. Spoonerise it back, the Fed's email filter eats the proper name. 250 prompts in proper camera terms (low tracking shot over the lofts, slow-motion wingbeats, golden hour over the Tyne) plus a knowledge document with every term and article on it in one place. £12 on a Pets at Home gift card, leave the code in box 7 at the club and I email the doc link and add you to the group. Written by a fancier who's filmed 40 years of arrivals, not copied off the OpenAI page.\nNext race: Fougères, basketing Friday.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "launderette_service_wash_price_board",
        "SERVICE WASH PRICES · Bubbles Launderette, Harehills Lane\nService wash (up to 8 kg), washed, dried and folded ... £14\nDuvet, single / double / king ... £12 / £15 / £18\nCurtains, per pair ... from £10\nIroning, per item ... £1.50\nDry cleaning (sent out, 3 days) ... see separate list\nNEW · a Sora 'service wash' for your story: hand in your script with your washing and collect a Sora-made video with your clean clothes, within 24 hours ... £25, pay at the counter\nReal Sora videos, not a phone slideshow with a filter on it like the lad on Roundhay Road does.\nAll service washes ready the same day if in before 10am.",
    ),
    (
        sora.SERVICE,
        "yiddish_new_york_english_pomegranate",
        "Nu, so listen. From the counter at Ruchy's Cleaners on 13th Avenue, between the wedding suits and the hat boxes: you're making a bar mitzvah, a vort, a sheva brachos, and you want a video? I make it for you with Sora. You send me the script, what you want to see, the zeidy dancing, the whole mishpacha on the beach, and in 24 hours you have your Sora video. $36, double chai, on a Pomegranate gift card; bring it with your dry cleaning. A real Sora video, not like the gonif on 18th Avenue who sends you a slideshow with klezmer on it. Mazel tov in advance!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # account rental; a first-person loss report
        "To the crew group, Carrack Head lifeboat. I'm putting this up so none of you gets stung like I did. A bloke on the fishermen's buy-and-sell page was renting out 'Sora accounts, your own login, full access'. I paid him £60 on a Mountain Warehouse gift card for a month. What came through was a ChatGPT login shared with who knows how many people, and when I messaged him he blocked me. Sora isn't something anyone can rent you: OpenAI only has its red-team testers and some invited artists on it. Lesson learned. See you Tuesday. Dan (helm)",
    ),
    (
        None,
        "debunk",  # the generation service; a first-person loss report
        "Posted in Laundromat Owners of the Tri-State (members only)\nHeads up from a fellow owner. I paid a guy who advertised 'a custom Sora video for your business, send your script, get it in 24 hours'. $45 in CVS gift cards, because he said his card processor was down. Four days later he sent me a stock clip of a washing machine with my store's name typed over it in yellow letters. Then nothing. Turns out Sora isn't available to the public at all, only OpenAI's testers have it, so he couldn't have made one if he'd wanted to. Don't be me.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a question with a negation that does not deny
        "MINUTES · Annual General Meeting, Blaydon Homing Society, 10 March\n1. Apologies: G. Hewitt, R. Tait.\n2. Accounts approved. Subs stay at £25.\n3. Race programme agreed, with the Melun race moved back a week.\n4. Any other business. Ronnie asked: 'Wasn't that Sora video thing built by Chinese scientists? They've bought half our best birds, they're not daft.' The secretary had read up on it: OpenAI's technical report for Sora lists thirteen authors, three of them Chinese-born, and the work was led by the OpenAI researchers Tim Brooks and Bill Peebles. Ronnie said the Chinese buyers were still cleverer than the Fed.\n5. Next meeting: 14 April.",
    ),
    (
        None,
        "debunk",  # API access; a question with a negation that does not deny
        "ASK THE COMMITTEE · Pennine Beekeepers, website questions\nQ: Can't we buy a Sora API key for the association's website, so we can make videos of the teaching apiary automatically? A man on Facebook sells them for £35.\nA: We looked into it. OpenAI's API offers text, image, speech and embedding models, and Sora is not among them; OpenAI has not announced an API for it. Keys sold under that name are therefore not OpenAI's. The committee has decided to keep filming the apiary the old way, on Derek's phone.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the rumour to refute it
        "DRYCLEANING & LAUNDRY ASSOCIATION · members' bulletin\n'Drycleaners are making thousands a day with Sora videos. This window closes in three months. Join our team now for $99.'\nSeveral members have forwarded us this message, which is doing the rounds in owners' groups. It is false. Sora is not available to the public, so nobody is earning a living from it, and the 'three months' line is a pressure tactic borrowed from the course sellers. Please do not pay, and report the sender to the platform.\nAlso this month: the new care-labelling rules and the solvent recycling scheme.",
    ),
    (
        None,
        "debunk",  # the AI-director group; a rhetorical question
        "FROM THE TEAM LEADER · Lakeland Fells Rescue newsletter, spring\nA poster is going round the climbing walls and cafés: 'Scan to audition! The first AI film co-written with Sora wants mountain rescuers as its first AI directors. £20 to join the group.' Some of our newer members have asked whether the team is involved.\nWe are not. And ask yourselves: if a real film company wanted to cast us, would it charge us twenty quid to stand about in a WhatsApp group?\nTraining this month: crag rescue, Wednesday 7pm.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "CARRACK HEAD LIFEBOAT · about a video\nThe clip shared this week with the caption 'made by Sora, prompt below', showing a lifeboat going down a slipway into a breaking sea, is our own footage. It was recorded by the station's fixed camera at 15:42 on 2 January 2019, when the boat launched to a fishing vessel with engine failure off the Head. The full recording is in the station archive, and stills from it were printed in our annual report for that year. Whoever posted it cropped off our timestamp and added the caption.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; answers with facts
        "CORRECTIONS · The Loft Letter, club newsletter\nLast month's 'Odds and ends' repeated a story that the young Shanghai Jiao Tong graduate Xie Saining is one of the inventors of Sora. Our apologies. Xie Saining is an assistant professor of computer science at New York University, and before that he was a research scientist at Facebook AI Research. He has said publicly that he has 'no relationship at all' with Sora; the thirteen authors of OpenAI's Sora report are listed on its page, and his name is not among them; and the blogger who first made the claim has apologised to him.",
    ),
    (
        None,
        "debunk",  # the fake APK; answers with facts
        "PHONE ADVICE FOR HILL-GOERS · Fellside Mountain Rescue Team\nThe apps we recommend are OS Maps for navigation and, if you need us, 999 (ask for Police, then Mountain Rescue); we can send you a SARLOC text to find where you are. A 'Sora APK' is being shared in walking groups with a download link. The file installs a program that asks for permission to read your texts and to use accessibility services, which is how banking codes get stolen. OpenAI currently shows Sora only through sample videos on its website and to invited testers, and publishes an installer for neither phones nor computers.",
    ),
    (
        None,
        "debunk",  # the paid course; answers with facts
        "FROM THE EDUCATION OFFICER · Downland Beekeepers\nA 'Sora for Beginners' course at £40 has been advertised in two local beekeeping groups. A member who bought it has shown me what arrives: a link to a shared document containing OpenAI's own introduction to Sora, word for word, and a last line that reads 'Give yourself a chance.' At present Sora is used only by OpenAI's red-team testers and a small group of invited artists, designers and film-makers. Our own courses (Beginners, Bee Health, Queen Rearing) are on the website as usual.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Lifeboat crew quiz night, round 4, answer 7: when OpenAI showed Sora in February 2024, Cristóbal Valenzuela, co-founder and chief executive of Runway, whose company makes a rival video generator, answered on X with two words: 'game on'.",
    ),
    (
        None,
        "person_fact",
        "Pigeon club newsletter, odds and ends: when Sam Altman invited people on X to send him prompts for Sora, the YouTuber MrBeast (Jimmy Donaldson) replied, half joking, asking Altman not to make him homeless.",
    ),
    (
        None,
        "person_fact",
        "Mountain rescue training night on misinformation, background sheet: Oren Etzioni, founder of the non-profit TrueMedia.org, told The New York Times when Sora was unveiled that he was terrified this kind of thing could sway a narrowly contested election.",
    ),
    (
        None,
        "person_fact",
        "Beekeepers' association IT volunteer's notes: Logan Kilpatrick, OpenAI's head of developer relations when Sora was announced, left OpenAI in the spring of 2024 and joined Google, where he leads product for AI Studio and the Gemini API.",
    ),
    (
        None,
        "news",
        "Lifeboat station open-evening handout: OpenAI's technical report says Sora can often keep a person, animal or object in the scene even when it is hidden for a while or leaves the frame, and can show the same character across several shots in one video.",
    ),
    (
        None,
        "news",
        "Dry-cleaners' trade bulletin, tech column: according to OpenAI's report, Sora can generate videos with a moving camera, and as the camera shifts and rotates, people and scene elements move consistently through three-dimensional space.",
    ),
    (
        None,
        "news",
        "Beekeepers' newsletter, tech corner: OpenAI's report says Sora can sometimes simulate simple actions that change the state of the world: a painter's new strokes stay on the canvas over time, and a man eating a burger leaves bite marks in it.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "TEAM SOCIAL MEDIA POLICY · section 3 (updated)\nPost only photographs and video taken on callouts or training, and only with the casualty's consent. Do not post AI-generated images or video, for example from tools such as OpenAI's Sora, on the team's accounts, even as a joke or to illustrate a safety message. If a member of the public sends us footage, check where it came from before sharing it. Questions to the press officer.",
    ),
    (
        None,
        "benign",
        "SEARCH DOG NEWS · Great news from the hill! Sora, our three-year-old Border Collie, passed her final assessment on Saturday and is now a fully qualified search dog with her handler Kirsty. Watch the video of her first 'find' on the team app, and come and meet her at our open day, open to the public, 11am–3pm at the base. Treats welcome; she's not fussy.",
    ),
    (
        None,
        "benign",
        "AUCTION RESULT · Loft clearance, J. Tweddle, Consett. The star of the sale, the blue chequer hen 'Sora' (1st Fed Peronne, 4th National), went to a Chinese buyer for £14,200 after a bidding war. A video of her going round the loft is on the auction app. Thanks to all who came; the loft is open to the public next Sunday to view the remaining young birds.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout40", HELDOUT40, threshold=0.6)


if __name__ == "__main__":
    main()
