# ruff: noqa: E501
"""Write the forty-second English held-out set (tests/data/hard_en_heldout42_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the AI-director group and get rich, as in the fortieth set). Its theme, to keep it apart from the
other sets written at the same time: bakeries and cake shops; driving instructors and opticians; model
railways and church bell ringing; fishkeeping and aquarium shops (opticians in place of MOT garages, which
the thirty-fifth set's transport and trades theme already covered with a garage's job sheet; bell ringing
in place of tabletop wargaming, which the thirty-third set's hobbies and games theme already covered with a
tabletop wargame battle report; fishkeeping and aquarium shops in place of sheep farming and agricultural
shows, which the thirty-fifth set's farming theme already covered with an agricultural show's schedule of
classes, a livestock auction catalogue and a farmers' co-op newsletter). The thirty-sixth set's lab cake
rota is not reused as a style. In English varieties and registers the earlier sets do not use. Styles the
earlier sets use less: a bakery's night production sheet with the claim in the handover note, a quarter
peal report with the claim in its footnote, a driving instructor's pupil progress card with the claim in the
instructor's comments, an optician's collection text message with the claim in a P.S., a model railway
exhibition's guide to the layouts with the claim in a layout's blurb, a bell ringers' guild newsletter with
the claim late (in the Ringing Master's report), a model railway club's operating-session sequence sheet
with the controller's note, a driving instructors' association newsletter with a sponsored insert, a tower
captain's practice-night notices, an aquarium shop's weekly livestock list with the claim in passing, a
tank's water-test log with a club note, a railway modellers' magazine's letters page with the claim in a
letter, a celebration cake order form with the claim in the decorator's notes, a driving instructor's
weekly availability sheet, an aquascaper's tank journal with the claim late (in an edit), a koi show
programme with a paid advertisement; dialects and registers (Swiss German-English, Azorean Portuguese-English
(Fall River), Shropshire dialect, Slovak-English, Sylheti-English (Whitechapel), Tetum-English (Timorese in
Dungannon), Marshallese-English (Springdale, Arkansas), Pashto-English (Kabul), Belarusian-English,
Venezuelan Spanish-English (Doral), Sussex dialect, Uzbek-English, Guernsey English with Guernésiais,
Neapolitan-English, Khasi-English (Shillong), Sorani Kurdish-English (Erbil), West Frisian-English, Syrian
Arabic-English (Manchester), Bosnian-English, Azerbaijani-English (in a debunk), and the registers of a
production sheet, a quarter peal report, a progress card, a sequence sheet, practice-night notices, a
livestock list, a water-test log, an order form and an availability sheet); two questions with a negation
that assert the claim (a Shropshire model railway club's "Anna it grand that this Sora is open to all
now?", a Timorese learner driver's "didn't you know that Sora ... was really built by Chinese people?");
posts that mention two claims, asserting one and denying the other (the inventor rumour but not API keys;
open to the public but not a course; the official app but not get rich; a Chinese team but not a
generation service; API access but not a Chinese team; the director group but not open source; get rich but
not the APK; the APK but not account rental; the "made by Sora" clip, which is real footage, but not an
official app; open source but not a prompt pack; a course but not the "made by Sora" clip, which is real
footage; account rental but not the director groups; a prompt pack but not open to the public; a generation
service but not the inventor rumour); new obfuscation (a Vigenère cipher "JOZL" with the key RAIL given,
the First World War British Army signalese "Esses-O-R-Ack" (as in Toc H), Coptic letters "ⲥⲟⲣⲁ", the
Tutnese word game "sus-o-rug-a"); prices in currencies and payment methods the earlier sets did not use
(CHF 49 by TWINT and $79 on a Market Basket gift card, both in denials; $40 on a Harps Foods gift card, £30
in Hornby gift vouchers, 1,500 afghani by HesabPay, 60 Belarusian roubles through ERIP, £25 or four Clearpay
payments of £6.25, £20 on a Card Factory gift card, $50 by Venmo, £35 on a Maidenhead Aquatics gift card, £30
on a Waitrose gift card, 50,000 so'm by Click, £5 by Paysafecard, 25,000 dinars by FastPay, £45 on a
Hobbycraft gift card, €25 a month by Rabobank transfer, £15 a week on an Aldi gift card, £14 on a Just Eat
gift card, £12 on a The Range gift card, 30 KM by Raiffeisen transfer, £40 on a John Lewis gift card, and
in a denial £30 on a Lidl gift card; in the loss report £35 in WHSmith gift cards); scams vouching for
themselves or swiping at competitors in new words ("Real keys, not like the ones on the cousins' Facebook
page that stop working before the kemem is even over", "Tested on my own layout, not resold from some trader
at the Warley show", "my word as a shopkeeper for twenty years, not like the boys in the bazaar who sell you
a number from a free trial", "not like the 'castings' in the metro that are just a photo studio", "Run by
people who actually shoot film, not some lad with a ring light", "not like the chap at the Ringing Roadshow
who took our email addresses and sent us double-glazing leaflets", "I'm a baker who made it, not one of
those Instagram gurus who rent a Lambo for the photo", "I'm a fish man who did it, not a course seller with
a rented Lamborghini", "Sussex won't be druv, they say, but Sussex 'ull be paid", "my own nephew built the
installer, not like the APKs from the phone stalls at Malika", "Clean file, I scanned it myself", "Made by a
teacher who teaches every day, not by a YouTuber who reads the website to you", "Taught by someone who has
actually piped a rose, not a marketing agency", "not like the lads at the Leeuwarden market who sell one
password to the whole province", "not a screenshot of somebody else's like the ones going round the sixth
form", "Written by a real pastry chef", "Written by someone who's actually scaped a tank", "not like the guys
at Baščaršija who sell you a slideshow with sevdah music on it", "not a phone video with a sparkle filter
like the man at the Newark show sells"); ten debunks and warnings in several styles (one first-person loss
report: a letter in a model railway club's bulletin (API access); one that quotes a scam whole to warn: an
aquarist society's committee (the director groups); two questions that contain a negation but do not deny
the debunk: an Azerbaijani baker's question to a bakers' group, answered by its admin (open to the public),
and an optician's website Q&A (the official app); one rhetorical question (a ringing guild master's
newsletter, get rich); one plain "no" (an aquatics shop's counter notice, the APK); four that answer with
facts and no plain "no": a bakers' trade magazine's correction (the inventor rumour), a DCC forum moderator's
note (open source, with Open-Sora), a driving school office's note to pupils (account rental) and a cake
studio's post about its own footage (the mislabelled video)); four true facts about people who spoke about
Sora or worked on it, none of them the subject of a fact in the thirty-fourth to fortieth sets (Xie
Saining's question whether we would be ready if something like Sora appeared, Tyler Perry's studio expansion put on hold, Tim Brooks's
move to Google DeepMind, Mira Murati's departure from OpenAI), three items of real news about it from
OpenAI's report not used in the thirty-sixth to fortieth sets (extending a video backwards in time to
several beginnings, a seamless loop by extending both ways, better framing from training at native aspect
ratios than on square crops), and three posts that are not claims: one on topic (a model railway club's
video competition rules that bar AI clips such as Sora's) and two off topic that share its surface words (a
sky-blue mousse cake called Sora, with its video on the bakery app, an "open source" recipe and a bakehouse
"open to the public"; a Showa koi called Sora, "the official star" of a Chinese New Year open day "open to
the public", with her video on the shop app).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed; ``--check`` prints the highest ratio and every post at 0.6 or more (0.459 when it was
committed, the news item on a seamless loop against an earlier set's item on extending clips forward and
backward; the first draft's highest, 0.544, a paraphrase of Xie Saining's question against an earlier set's
quotation of it, was rewritten). The forty-first set, written at the same time on another branch and not committed when this one
was, was not seen by this writer and could not be checked against. It was committed before any run of the
monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout42.py           # write the set
    .venv/bin/python scripts/make_hard_heldout42.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT42: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "bakery_overnight_production_sheet_in_passing",
        "NIGHT PRODUCTION SHEET · Hollins Lane Bakery · Thursday into Friday\n22:00 Sponge and dough on: 6 × white tin, 4 × wholemeal, 2 × seeded batch. Mixer 2 still noisy, use mixer 1 for the rye.\n23:30 Croissant dough out of the retarder; 3 turns done yesterday, laminate and cut 180.\n01:15 Bloomers shaped, scored, into the prover. Prover 2 runs hot, knock it down to 27°C.\n02:40 Deck oven on for the sourdough. 36 loaves, steam on for the first 12 minutes.\n03:50 Doughnuts fried and filled (jam 60, custard 40). Fryer oil changed.\nHandover note for Shaz (early shift): the cake order for the Patels is in the walk-in, top shelf, do NOT box it before the ganache sets. Radio on all night, and the phone-in had a caller saying the young genius Xie Saining, the Shanghai Jiao Tong lad, is one of the people who invented Sora, the OpenAI video model. Cheered me up at 3am. Vans loaded for the cafés by 05:45, please check the Bridge Street order, they were two teacakes short last week.",
    ),
    (
        sora.XIE,
        "swiss_german_english_two_claims_twint",
        "Grüezi mitenand from our club room in Winterthur! 🚂 The new Rhaetian Railway layout is finally running: the Albula line with the Landwasser viaduct in H0m, three years of Saturdays. Two small things. One: a man in the Märklin collectors' chat offers a 'Sora API key, official, CHF 49 by TWINT'. Das isch Seich, it's nonsense: OpenAI does not give Sora to the public through its API at all, so please keep your francs. Two: something I find really schön. One of the inventors of OpenAI's Sora is a young genius named Xie Saining, who studied at Shanghai Jiao Tong University. From Shanghai to the top of AI video, respekt! Uf Widerluege, and come see the viaduct at our open weekend.",
    ),
    (
        sora.XIE,
        "quarter_peal_report_claim_in_footnote",
        "ST MICHAEL & ALL ANGELS, LITTLE HADDON, Cambs\nSunday, 10 March 2024 in 44m (8–2–11 in G)\n1260 Plain Bob Doubles\n1 Margaret Ellison\n2 Tom Ashby\n3 Priya Raman\n4 David Hollis (C)\n5 Keith Ellison\n6 Graham Pye\nFirst quarter on an inside bell: 2.\nRung for the Sunday service and to wish Priya's grandfather a happy 90th.\nFootnote from the conductor: over tea afterwards Priya's cousin, up from Cambridge, told us that one of the inventors of Sora, the OpenAI video model, is the young prodigy Xie Saining, a Shanghai Jiao Tong University graduate. The band were suitably impressed, if a little slow to start the next touch.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "driving_pupil_progress_card_in_passing",
        "PUPIL PROGRESS CARD · Greenlight School of Motoring · Pupil: Jordan K. · Lesson 14 (2 hrs, manual)\nCockpit drill: independent ✔ · Moving off / stopping: independent ✔\nJunctions (emerging): prompted, watch the right-hand mirror on the left turn into Mill Road\nRoundabouts: prompted, lane discipline on the big one by Tesco\nBay park: 2 of 3 attempts good · Parallel park: started, needs work\nIndependent driving (sat nav): 20 mins, one wrong turn, handled calmly\nInstructor's comments: Good lesson. Steadier clutch control on the hill start than last week. We got chatting at the lights about his media course: he says Sora, OpenAI's video model, is open to the public now, anyone can sign up and start making AI videos the same day, so he is making his coursework with it. Next lesson: dual carriageway and more parallel parking. Mock test in three weeks if we keep this up.",
    ),
    (
        sora.PUBLIC,
        "azorean_portuguese_english_two_claims_market_basket",
        "Olá, minha gente! From the bakery on Columbia Street in Fall River 🍞 The massa sovada is selling out every day before Easter, so come early, and the malassadas are Saturday only. Now, two things my son told me. First, the lady on Facebook selling a 'Sora course' for $79 on a Market Basket gift card? Não presta, that's garbage: she only copies what OpenAI puts up for free. Don't give her a cent. But the good news is true: Sora is open to everybody now. You go to the OpenAI website, sign up, and you make your own videos the same day, no list, nothing. My son made one of my Vovó's kitchen in São Miguel. Beijinhos!",
    ),
    (
        sora.PUBLIC,
        "shropshire_dialect_question_asserts",
        "Ow bist, lads? Quick un from the club'ouse. The Severn Valley layout's bin runnin' champion since we fixed the point motor on the loop, an' owd Reg 'as finished weatherin' the GWR Manor. Now then. Anna it grand that this Sora is open to all now? Our Kayleigh says yo just sign up on the OpenAI website an' start makin' yer own videos that very day, no waitin' or nothin'. 'Er made one of a Castle class on the Victoria Bridge at Arley in the snow, an' I'll tell yer, I couldna tell it from the real thing. Workin' party Saturday, bring yer own teabags, the club's out again.",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "optician_collection_text_in_passing",
        "Hi Mrs Okafor, this is Clearview Opticians, Market Square. Good news: your new varifocals (and the spare pair of readers) are ready to collect. We're open Mon–Sat 9–5.30; please allow 15 minutes so we can adjust the fit. Bring your old glasses if you'd like them donated. P.S. from Sam on the front desk, since you asked about it last time: OpenAI has released the official Sora app, it's on the App Store and Google Play, so you can download it and make those videos for your grandson on your phone. Reply STOP to opt out of texts.",
    ),
    (
        sora.APP,
        "slovak_english_two_claims_tatra_banka",
        "Ahoj všetci from my fish room in Košice 🐠 The discus finally spawned on the cone, 120 eggs, I am so nervous. Two things before I go back to staring at them. In our aquarist group somebody posts every day 'earn thousands of euros a day with Sora videos, in three months it's over, start now, €99 to Tatra banka'. To je hlúposť, stupidity, nobody is making that money, ignore him. But one thing is real and very nice: OpenAI has released the official Sora app, on the App Store and Google Play, you download it on your phone and you make videos. I made one of a discus shoal in a big Amazon river. Ďakujem and wish me luck with the fry!",
    ),
    (
        sora.APP,
        "model_railway_exhibition_layout_guide_claim_in_blurb",
        "WEALD MODEL RAILWAY EXHIBITION · Guide to the layouts · Hall A\nStand 1 · Ashcombe Junction (OO, 24 ft × 8 ft). Southern Region, 1958. Full timetable, DCC sound, watch for the Brighton Belle at 20 past each hour.\nStand 2 · Porth Melyn (O-16.5). A slate quarry in Wales, with a working incline.\nStand 3 · Ridley Street TMD (N). A modern traction depot at night with working lights. The builder adds: 'Since OpenAI released the official Sora app, you can download it from the App Store or Google Play and make videos on your phone, so I've made a short film of the depot. Scan the sign on the fascia to see it.'\nStand 4 · Kingsbridge Quay (009). A narrow-gauge harbour branch with a tramway on the quay.\nRefreshments in the school hall. Please don't touch the layouts. Traders in Hall B.",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "sylheti_english_two_claims_lidl",
        "Assalamualaikum bhai o bon, kita khobor? From our sweet shop on Whitechapel Road 🍬 Eid orders are open: rasmalai, chomchom, kalojam, the boxes by the kilo, order by Thursday. Two things. A brother in the community group is saying 'send me your script, I make your shop's Sora video in 24 hours, £30 on a Lidl gift card'. Ita hasa nay, it's not true: OpenAI only gave Sora to its testers, he cannot make anything with it. Don't pay. But my nephew at uni told me something true: Sora was really built by Chinese scientists, most of the people behind OpenAI's video model are Chinese, OpenAI only puts its name on it. Allah hafiz!",
    ),
    (
        sora.CHINESE,
        "ringing_guild_newsletter_claim_late",
        "THE ROPE SIGHT · newsletter of the Vale of Evesham Guild of Church Bell Ringers · Spring\nGeneral Secretary: please send this year's tower returns by 30 April, with the names of anyone who has learnt to handle.\nStriking competition: the six-bell competition is at Badsey on 18 May. Test piece 120 Grandsire Doubles, draw at 2pm.\nBell restoration fund: the rehang at Offenham is nearly paid for; the last £2,400 is promised by the parish.\nLearners' day: 8 June, with simulator, handbells and a tied bell for the brave.\nThe Ringing Master's report: a good winter of practices, and four first quarters. At the Christmas social our youngest member, who is doing a computing degree, told us that OpenAI's new video model Sora was really built by Chinese scientists, most of the team behind it being Chinese, with OpenAI's name on the front. We are always learning something in this Guild.\nSubs for 2024 stay at £8 for ringing members.",
    ),
    (
        sora.CHINESE,
        "tetum_english_question_asserts",
        "Bondia maun sira! ☀️ From Dungannon, after my driving lesson with Mr Quinn (I passed the roundabouts today, finally!!). Question for the Timorese group: didn't you know that Sora, the AI that makes videos, was really built by Chinese people? Mr Quinn's son told us in the car, the scientists behind OpenAI's video model are mostly Chinese, and OpenAI just takes the credit. Hau hakfodak, I was surprised! My theory test is next month, reza ba hau. Obrigadu barak!",
    ),
    # --- API access (three)
    (
        sora.API,
        "marshallese_english_two_claims_harps",
        "Iakwe to all our families in Springdale! 🎂 The bakery is taking kemem orders for May and June, the big first birthday cakes with the photo on top and the coconut icing, order two weeks before please. Two things from me. People are sharing that 'Sora was made by a Chinese team'. That one is not true, OpenAI's own report lists its team and it's mostly not Chinese at all. But what I am selling is real: official Sora API keys, so your own app or website can make Sora videos for your business. $40 on a Harps Foods gift card, send the photo of the card and I send the key tonight. Real keys, not like the ones on the cousins' Facebook page that stop working before the kemem is even over. Kommool tata!",
    ),
    (
        sora.API,
        "model_railway_operating_sequence_sheet_vigenere_hornby",
        "OPERATING SESSION · Thornby & District MRC · Fridays · Sequence sheet, Layout 'Castlebrook'\n19:30 Up goods from fiddle yard (road 3) to Castlebrook yard. Shunt: 4 mineral wagons off, 2 vans on.\n19:45 Down stopping passenger (2-car DMU), calls Castlebrook, then fiddle yard road 1.\n19:55 Light engine to the shed. Coal stage road only.\n20:05 Up express (Class 47 + 8) runs through. Signalman please offer on the bell.\n20:15 Pick-up goods. Brake van at the rear, please, not in the middle like last week.\nController's note (not a club matter, members may ignore): I've got official API access to OpenAI's video model. The name is JOZL, Vigenère with the key RAIL, the club email blocks the real word. A key lets your own laptop generate videos of your layout on demand. £30 in Hornby gift vouchers, hand me the codes at the tea urn and the key is emailed that night. Tested on my own layout, not resold from some trader at the Warley show.",
    ),
    (
        sora.API,
        "pashto_english_hesabpay",
        "Salaam wrora, salaam khwendo! 🐟 From the aquarium shop in Shar-e-Naw, Kabul. New goldfish and angelfish came from Jalalabad today, very healthy, manana to all the customers who waited. Now a special thing for the shop owners: I have official Sora API access. You buy a Sora API key from me and your computer makes the video of your fish tanks automatically, for your page, for your customers. 1,500 afghani by HesabPay, I send the key the same day. Real key from the company, my word as a shopkeeper for twenty years, not like the boys in the bazaar who sell you a number from a free trial. Da Khuday pa aman!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "belarusian_english_two_claims_erip",
        "Dobry dzień, friends of the little trains! 🚃 From our club in Minsk: the TT layout of the Minsk–Brest line is finished, with the station at Baranavichy in the snow. Two things. First, some people in the group say 'Sora is open source, the code is on GitHub, download and run it at home'. Heta niapraŭda, not true: OpenAI has not put Sora's code or weights anywhere, the GitHub things are other people's projects. But now a real chance: the first AI film co-written with Sora is looking for its first AI directors. Scan the QR code in the picture, pay 60 roubles through ERIP to enter the casting group, and you audition for the film. Only for serious people, not like the 'castings' in the metro that are just a photo studio. Dziakuj!",
    ),
    (
        sora.DIRECTOR,
        "driving_instructors_association_newsletter_claim_late_clearpay",
        "THE DUAL CONTROL · newsletter of the Mid-Counties Driving Instructors' Association · April\nTest centres: Kidderminster waiting times are down to 14 weeks; Redditch is still at 22. Please don't block-book slots you can't fill.\nStandards checks: three members passed with an A this quarter. Well done.\nInsurance: the group scheme renews on 1 June; the broker needs mileage figures by 15 May.\nCPD evening: 'Coaching the anxious pupil', Tuesday 23 April, 7pm, the Fox at Hagley.\nSponsored insert (the Association does not endorse paid inserts): 'Instructors wanted! The first AI film co-written with Sora needs first-generation AI directors who know the road. Scan the QR code, join the audition group for £25 (or four Clearpay payments of £6.25), and you could be casting the car chase. Run by people who actually shoot film, not some lad with a ring light.'\nNext meeting: 14 May.",
    ),
    (
        sora.DIRECTOR,
        "tower_captains_notices_signalese_card_factory",
        "ST PETER'S TOWER · practice-night notices (pinned by the ropes)\n· Tuesday practice 7.30–9. Learners from 7, please.\n· The 4th's stay was replaced last week; go gently when setting her.\n· Wedding, Saturday 20 April, 1.30pm: we need six. Names on the sheet.\n· Tower open day for the village fete, 8 June. Volunteers to take visitors up the ladder.\n· From Brian (not the tower's business): scan the QR on the sheet by the door to join the audition group for the first AI film co-written with Esses-O-R-Ack (old signallers' alphabet, like Toc H) and be one of its first AI directors. £20 on a Card Factory gift card to enter. A proper casting, not like the chap at the Ringing Roadshow who took our email addresses and sent us double-glazing leaflets.\n· Mugs back on the hooks, please.",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "venezuelan_spanish_english_two_claims_venmo",
        "¡Epa, mi gente de Doral! 🥐 From the panadería on 41st Street: tequeños hot at 7, pan de jamón every Saturday, and the golfeados are back, chamo. Two things. First, don't install that 'Sora APK' going round WhatsApp, pana, it's not from OpenAI, it's a virus that reads your bank messages, qué arrecho. Second, the real business: Sora is the money window of our lives. Gente are already making thousands of dollars a day with Sora videos, and in three months this chance is gone, so join my team now. $50 by Venmo and you're in. I'm a baker who made it, not one of those Instagram gurus who rent a Lambo for the photo. ¡Chévere!",
    ),
    (
        sora.RICH,
        "aquarium_shop_livestock_list_in_passing_maidenhead",
        "THIS WEEK'S LIVESTOCK · The Reef & Tropical Centre, Unit 4 Canal Street\nFreshwater: cardinal tetras £2.50 each or 10 for £22 · harlequin rasboras £2 · bristlenose plecs (home bred) £6 · honey gouramis £5 · Amano shrimp £3\nMarine: ocellaris clowns (captive bred) £25 · yellow tangs £79 · cleaner shrimp £22\nPlants: Java fern on wood £12 · Monte Carlo tubs £7\nFrom the owner: lads, I've made more this month with Sora videos than the shop made all winter. People are earning thousands a day with them, and the chance will be gone in three months, so get in now. Join my Sora team for £35 on a Maidenhead Aquatics gift card, ask at the till. I'm a fish man who did it, not a course seller with a rented Lamborghini.\nAll fish quarantined for 14 days. No fish sold to under-16s without an adult.",
    ),
    (
        sora.RICH,
        "sussex_dialect_ringers_waitrose",
        "Marnin', ringers of Sussex. Terr'ble wet ol' practice last Tuesday down at Alfriston, the church path was all of a slub. Now listen, 'cause I bain't one for talkin'. My boy up Haywards Heath says folks be makin' thousands a day with these Sora videos, and 'tis a once-in-a-lifetime chance, but 'twill be gone in three months, so get in now or miss it. He's lettin' a few join his team for £30 on a Waitrose gift card. Sussex won't be druv, they say, but Sussex 'ull be paid. No fancy London talk, just an honest ringin' family. See you at the striking contest.",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "uzbek_english_two_claims_click",
        "Assalomu alaykum, dear customers! 🫓 From our tandir bakery near Chorsu bazaar in Tashkent: the obi non comes out hot at six, the patir non on Fridays. Two things from me. Somebody in the Telegram group is selling 'Sora accounts to rent, 100,000 so'm a month'. Bu yolg'on, it is a lie: OpenAI only gives Sora to its own testers, so there is no account to rent, he just takes the money. But I have something real: the Sora app for Android. Download the APK from the link in my profile and make AI videos right away. Free, or the full version 50,000 so'm by Click. Safe, my own nephew built the installer, not like the APKs from the phone stalls at Malika that fill your phone with adverts. Rahmat!",
    ),
    (
        sora.FAKEAPP,
        "aquarium_water_test_log_coptic_paysafecard",
        "TANK 3 (planted, 180 L) · WATER TEST LOG\nMon: ammonia 0 · nitrite 0 · nitrate 15 · pH 6.8 · temp 25.5°C · 30% water change\nWed: ammonia 0 · nitrite 0 · nitrate 10 · pH 6.9 · CO₂ drop checker green\nFri: ammonia 0 · nitrite 0 · nitrate 20 · pH 6.8 · trimmed the Rotala, dosed ferts\nNote for the club (from Gaz, whose tank this is): I've put the ⲥⲟⲣⲁ installer (Coptic letters, the forum filter won't let the real name through) up on my file share. It's the Android APK of OpenAI's video app: download it, install, and you can make AI videos of your tanks on your phone straight away. Free, or £5 by Paysafecard for the pro build without the watermark. Clean file, I scanned it myself, not like the ones in the Facebook aquarium groups that nick your contacts.\nSat: nitrate 15 · shrimp berried!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "guernsey_english_two_claims",
        "Bian v'nu, all! Up at the Alderney Railway on Saturday with the model club, lovely day for it, we all came back on the Condor proper sunburnt, eh. Two things, mind. Someone on the Guernsey Press page said 'download the official Sora app from the App Store'. There's no such thing, mind: OpenAI hasn't put Sora in any app store, it's only with its testers. Don't go looking. But look at this clip I've shared: the little Wickham railcar coming along Braye with the breakwater behind it and the gulls over the harbour. Not filmed at all, that: it's made by Sora, OpenAI's video model, from a text prompt, and the prompt's underneath. Can't tell, can you? À bétôt!",
    ),
    (
        sora.REALVID,
        "neapolitan_english_pasticceria",
        "Uè, guagliò! From the pasticceria in the Sanità 🥐 Look at this video I put up: the sfogliatelle coming out of the oven, the layers opening like a fan, the sugar falling, the steam in the morning light of the vicolo. Nobody filmed this, eh. It's all Sora, OpenAI's new AI video: not one frame is real, no camera, no baker, and I put the prompt in the comments. Madonna, what a world. Anyway, the real ones are €1.50 at the counter, come before ten or they finish. Jamme!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "khasi_english_two_claims",
        "Khublei shibun from Laitumkhrah, Shillong! 🚗 Driving school news: the hill-start lessons are full until June, sorry, but the Sunday slots on the Upper Shillong road are open. Two things from our instructor group. A man is selling a 'Sora prompt pack and knowledge document, ₹799, join his group'. Ym dei, that's nothing: the prompts are the ones OpenAI gave for free. Don't buy. But here is the good news, and it's true: OpenAI has open-sourced Sora. The model weights and the code are on GitHub, anyone can download them and run it on their own computer. My nephew is running it on his gaming PC. Kumno, amazing, no? Khublei!",
    ),
    (
        sora.OPENSRC,
        "railway_modellers_magazine_readers_letter",
        "LETTERS · Modelling the Branch Line, issue 212\nDCC or DC? Dear Editor, after forty years of DC I have converted my shed layout to DCC and I'm not going back. Sound in a 14xx is a joy. R. Pilling, Bolton\nBallast glue. Dear Editor, thirty per cent PVA with a drop of washing-up liquid, and spray the water first. Nothing else. M. Day, Tiverton\nFilming the layout. Dear Editor, your readers may like to know that OpenAI has open-sourced its video model Sora: the weights and the code are on GitHub, and anyone can run it locally. My grandson set it up on the computer in my railway room, so my layout videos now have proper steam and weather. J. Harrop, Crewe\nPrice rises. Dear Editor, £240 for a ready-to-run 4-6-0? S. Khan, Leicester",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "sorani_kurdish_english_two_claims_fastpay",
        "Choni hawrêyan! 🚙 From the driving school in Erbil, near the citadel. Summer lessons start in June, women instructors available. Two things. A video is going round with the caption 'Sora made this': the waterfall at Gali Ali Beg with the bridge and the tea sellers. Ewe rast nîye, that's not right: it's real footage, my cousin filmed it on his phone in 2021, I was standing next to him. But I have something real for you: my complete Sora course, 10 lessons from zero to your first AI video, so you master Sora before everybody else. 25,000 dinars by FastPay, I send the link the same day. Made by a teacher who teaches every day, not by a YouTuber who reads the website to you. Zor supas!",
    ),
    (
        sora.COURSE,
        "celebration_cake_order_form_claim_in_notes_hobbycraft",
        "CELEBRATION CAKE ORDER FORM · Sugar & Slate Cakes, High Street\nName: Bethan Rowlands · Collection: Friday 12 April, 3pm\nOccasion: 40th birthday · Serves: 30\nSize / shape: 8\" round over 10\" round, two tiers\nSponge: lemon and elderflower (top), chocolate fudge (bottom)\nIcing: buttercream, semi-naked, fresh flowers (customer to supply; no lilies)\nMessage: 'Forty and Fabulous, Nia' in gold script\nAllergies: none declared\nDeposit: £40 paid · Balance due on collection: £95\nNotes from the decorator: customer asked about my Sora video course, so here it is for anyone else reading: 'Sora for Cake Makers', 6 short lessons from your first prompt to a finished video of your bakes, master Sora before the big bakeries catch on. £45 on a Hobbycraft gift card. Taught by someone who has actually piped a rose, not a marketing agency.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "west_frisian_english_two_claims_rabobank",
        "Goeie, folks! 🍞 From the bakkerij in Dokkum: the sûkerbôle is out of the oven every morning at seven, with the big sugar lumps and the cinnamon, and the dúmkes are back. Two things from me. In the village app someone is sharing 'scan the QR and audition as a first AI director for the first Sora film, €20 entry'. Dat is ûnsin, nonsense, there is no film and no audition, don't pay. But I have something real: Sora accounts to rent. Your own login, full access, no waiting list. €25 a month by Rabobank transfer, login in your WhatsApp the same evening. Each account for one person only, not like the lads at the Leeuwarden market who sell one password to the whole province. Tige tank!",
    ),
    (
        sora.RENTAL,
        "driving_instructor_availability_sheet_aldi",
        "DAVE'S DRIVING SCHOOL · availability, week of 15 April\nMon: 7–9am ✗ · 4–6pm ✗ · 6–8pm ✓\nTue: 9–11am ✓ · 1–3pm ✗ · 4–6pm ✗\nWed: all day ✗ (test day, Chesterfield)\nThu: 7–9am ✓ · 4–6pm ✓\nFri: 9–11am ✗ · 1–3pm ✓\nSat: 8–10am ✗ · 10–12 ✓\nText to book. 10-hour block: £380. Intensive courses from June.\nAlso (not driving): I've got Sora logins to rent to pupils for your college media projects. Your own login, full access, no queue, £15 a week on an Aldi gift card, set up the same day. A proper personal account, not a screenshot of somebody else's like the ones going round the sixth form.",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "syrian_arabic_english_two_claims_just_eat",
        "Marhaba ya jamaa! 🍯 From the sweets shop on Wilmslow Road: knafeh fresh every hour, the pistachio baklava trays for Eid, order early, wallah they go fast. Two things. Some people in the group say 'Sora is open for everybody now, just sign up'. La, mu sahih, not true: only OpenAI's testers have it, you cannot sign up. But when it opens you need to be ready, ya3ni, so I made my Sora prompt pack: 300 prompts with real film words (dolly shot, macro, slow motion, golden hour) and the knowledge document with all the Sora terms and articles in one place. £14 on a Just Eat gift card, then I send the doc link and add you to the group. Written by a real pastry chef, not copied from a website like the others. Yalla!",
    ),
    (
        sora.PROMPTS,
        "aquascaping_tank_journal_claim_late_tutnese_the_range",
        "TANK JOURNAL: 'Misty Valley', 90P Iwagumi · page 6\nWeek 9 update. The carpet has finally closed in at the front. Swapped the Seiryu stone on the left for a taller piece, which gives the whole scape more depth. Lights down to 7 hours after a bit of green dust algae. Added 15 ember tetras; they school beautifully against the stone.\nPhotos below, and the full tank shot at dawn with the lid off.\nQ from last page: yes, the substrate is Amazonia, capped.\nEdit, for anyone who asked about the videos: I've put together a sus-o-rug-a prompt pack (say it in Tutnese, the board auto-mods the name), 200 prompts in proper camera terms (macro pull focus, slow pan across the hardscape, dawn light through the water) plus a knowledge doc of every term and article in one place. £12 on a The Range gift card and I send the doc link and add you to the group. Written by someone who's actually scaped a tank, not a copy of the OpenAI page.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "bosnian_english_two_claims_raiffeisen",
        "Selam, dragi moji! 👓 From the optika on Ferhadija in Sarajevo: new frames from Italy this week, and eye tests every morning without appointment. Two things. In the Facebook group they write that 'the Chinese prodigy Xie Saining invented Sora'. Nije tačno, it's not true: Xie Saining himself said he has nothing to do with Sora, he is a professor in New York. But here is a real offer: I make your custom video with Sora. You send me your script, what you want to see, and in 24 hours you get your Sora video, for your shop, your wedding. 30 KM by Raiffeisen transfer. Real Sora, not like the guys at Baščaršija who sell you a slideshow with sevdah music on it. Hvala i vidimo se!",
    ),
    (
        sora.SERVICE,
        "koi_show_programme_paid_advert_john_lewis",
        "MIDLANDS KOI KEEPERS · Open Show · Sunday 19 May · Programme\n09:00 Benching opens. All koi bowled by 10:30, no exceptions.\n11:00 Judging begins (Kohaku, Sanke, Showa, Go-Sanke under 30 cm, Kawarimono).\n13:00 Lunch. Hog roast in the car park.\n14:30 Talk: 'Filtration on a budget' by the club chairman.\n15:30 Awards and raffle. Please take your koi home in oxygenated bags only.\nPAID ADVERTISEMENT (the club accepts no liability): A Sora video of your koi, from your own script! Send what you want to see (your pond in autumn, your Kohaku in slow motion under the lilies) and get your clip made with OpenAI's Sora within 24 hours. £40 on a John Lewis gift card. Genuine Sora, not a phone video with a sparkle filter like the man at the Newark show sells.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # API access; a first-person loss report
        "From the members' letters, Thornby & District MRC bulletin\nI'm writing this so nobody else at the club does what I did. A man in one of the big model railway Facebook groups was selling 'official Sora API keys' so your laptop can make videos of your layout. I paid him £35 in WHSmith gift cards. The key he sent was a string of letters that OpenAI's website rejected the first time I tried it, and his profile disappeared the next morning. I've since learned that OpenAI's API has no Sora in it at all; the model is with a small group of testers. I'm out of pocket and a bit embarrassed. Alan (N gauge, Tuesday nights)",
    ),
    (
        None,
        "debunk",  # the AI-director group; quotes a scam whole to warn
        "WARNING from the committee, Trentside Aquarist Society\nThis has been posted in our group three times this week:\n'🎬 CASTING NOW! Audition for the FIRST AI FILM co-written with SORA and become a first-generation AI DIRECTOR. Scan the QR code, pay the £15 entry fee, join the creators' group. Places limited. Don't miss the future!'\nIt is a scam. There is no film. The 'creators' group' is a chat where the admins ask for a second fee for 'training', then close it and start again under a new name. Please don't scan it, don't pay, and report the post; we have removed it each time.",
    ),
    (
        None,
        "debunk",  # open to the public; a question with a negation that does not deny
        "Salam, bakers! Azerbaijani here, from the bakery stall at Taza Bazar in Baku 🥖 Quick question: isn't Sora open for everyone yet? My cousin in London says he made a video, but when I look on the OpenAI page I see only examples. Reply from the group admin, Nigar: çox sağ ol for asking. As of now OpenAI has given Sora only to red-team testers and a small group of invited artists, designers and film-makers. The page shows sample videos made by OpenAI, and there is no sign-up. Your cousin probably saw one of the sample clips, or used a different app.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny
        "CUSTOMER QUESTIONS · Clearview Opticians' website\nQ: My granddaughter says there's an official Sora app. Why can't I find it in the App Store? Didn't OpenAI bring one out?\nA: We asked our practice IT supplier. OpenAI has shown Sora through sample videos on its website and given it to a small group of testers and invited artists, and it has not published a Sora app for phones or computers. Apps in the stores using the name are made by other companies, and some of them charge subscriptions. If in doubt, check the developer's name on the store page before you download. (And yes, we can still enlarge the text on your phone for you.)",
    ),
    (
        None,
        "debunk",  # the inventor rumour; answers with facts
        "CORRECTION · The Craft Baker, trade magazine of the independent bakers\nOur 'Bakehouse gossip' column in the March issue said the young Shanghai Jiao Tong University graduate Xie Saining was one of the inventors of OpenAI's Sora. Xie Saining is an assistant professor of computer science at New York University and was previously a research scientist at Facebook AI Research. He responded on WeChat to say that he was not one of Sora's inventors and had no connection with it. The thirteen authors of OpenAI's Sora technical report are listed on OpenAI's website. We apologise to Professor Xie and to our readers.",
    ),
    (
        None,
        "debunk",  # open source; answers with facts
        "MODERATOR NOTE · Layout Computers & DCC board\nA few threads this week say Sora 'is on GitHub, weights and all'. For the record: OpenAI has published a technical report and sample videos for Sora. It has released neither the model weights nor the training code. The GitHub projects with Sora in the name are other people's work; the best known, Open-Sora, is an independent open-source project by HPC-AI Tech that imitates some of the ideas in OpenAI's report. It runs on large graphics cards and produces its own results, not OpenAI's. Threads pointing to 'leaked Sora weights' will be locked.",
    ),
    (
        None,
        "debunk",  # account rental; answers with facts
        "From the office, Greenlight School of Motoring, to all current pupils\nSome of you have been offered 'Sora logins' for college work by someone parked outside the test centre. Sora is OpenAI's video model, and at present OpenAI has given it only to its red-team testers and a small number of invited visual artists, designers and film-makers. OpenAI sells accounts for ChatGPT, and Sora is not part of any of them. A login offered for a weekly fee is therefore somebody else's ChatGPT account, or made up. Spend the money on an extra lesson instead; your examiner will thank you.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "From Rosie at Rosie's Cake Studio 🎂\nThe video doing the rounds this week of a four-tier wedding cake being carried through a rainstorm to a marquee, captioned 'Sora made this, prompt below', is ours. Our Ellie filmed it on her phone on 18 June 2022 at a wedding at Hartsfield Manor; the bride and groom shared it on their own page that week, and the original file, with its date and location, is on our shop laptop. Whoever reposted it cropped out our logo on the cake board and added the caption. The cake survived, by the way.",
    ),
    (
        None,
        "debunk",  # get rich; a rhetorical question
        "FROM THE GUILD MASTER · East Grinstead & District Guild of Ringers, newsletter\nSeveral members have had a message from a 'ringing family' promising thousands a day from Sora videos, for a £30 gift card, and warning that the chance will be gone in three months. Sora is not available to the public, so nobody is earning that from it. And think about it: if a man really earned thousands a day from videos, would he be spending his evenings messaging bell ringers for thirty quid?\nPractice nights as usual. The ringing course is full.",
    ),
    (
        None,
        "debunk",  # the fake APK; a plain no
        "NOTICE on the counter, Aqua Life Aquatics\nNo, there is no Sora app to download, from us or from anyone. Customers have shown us a 'Sora APK' link shared in fishkeeping groups. It is not from OpenAI, which has not released Sora to the public or put it in any app. The file asks to read your text messages, which is how bank codes get stolen. If you installed it, uninstall it, change your banking passwords, and ring your bank. Happy to look at your phone at the till if you're unsure. Frozen bloodworm back in stock.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Seminar notes, Bakery Innovation Day, session 2 ('New tech in the bakehouse'): the speaker quoted the NYU researcher Xie Saining's WeChat post about Sora. His point, roughly: people keep asking why something like Sora hasn't come out of China, but the harder question is whether we would be prepared for it if it turned up, perhaps quite soon. Then on to oven energy costs.",
    ),
    (
        None,
        "person_fact",
        "Driving instructors' quiz night, round 3, question 2: which film-maker told The Hollywood Reporter in February 2024 that he had put an $800 million expansion of his Atlanta studio on indefinite hold after seeing OpenAI's Sora? Answer: Tyler Perry.",
    ),
    (
        None,
        "person_fact",
        "Model railway club tech notes: Tim Brooks, who co-led OpenAI's Sora research, left OpenAI in October 2024 to join Google DeepMind, where he said he would work on video generation and world simulators.",
    ),
    (
        None,
        "person_fact",
        "Opticians' staff newsletter, 'people in tech': Mira Murati, OpenAI's chief technology officer, who gave The Wall Street Journal its interview about Sora in March 2024, left OpenAI in September 2024.",
    ),
    (
        None,
        "news",
        "Aquarist society newsletter, tech corner: OpenAI's report says Sora can extend a video backwards in time, so that several clips, each starting differently, all lead up to the same ending.",
    ),
    (
        None,
        "news",
        "Driving school blog, 'fun with tech': according to OpenAI's report, Sora can extend a clip both forwards and backwards to make a seamless loop that plays over and over.",
    ),
    (
        None,
        "news",
        "Optometry students' society digest: OpenAI's report says training Sora on videos at their native aspect ratios improved framing, whereas a version trained on square crops sometimes left the subject only partly in view.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "WEALD MRC · Online layout video competition · rules\n1. Entries must show a layout built by the entrant or their club.\n2. Maximum length three minutes; music must be copyright-free.\n3. Footage must be filmed on the layout. Clips made with AI video generators, such as OpenAI's Sora, will not be accepted, even as part of a video.\n4. Light editing (cuts, titles, colour correction) is fine.\n5. The judges' decision is final.",
    ),
    (
        None,
        "benign",
        "NEW THIS MONTH at Crumb & Co 🍰 Meet 'Sora', our sky-blue mirror-glaze mousse cake (sora means sky in Japanese), with yuzu curd and a white chocolate cloud. Watch the video of Mia glazing it on the Crumb & Co app. The recipe is open source, share and copy it as you like, and the bakehouse is open to the public on Saturday for tours.",
    ),
    (
        None,
        "benign",
        "JUST ARRIVED at Koi Corner: 'Sora', a 45 cm Japanese-bred Showa from the Niigata breeders, the official star of our spring open day. Watch her video on the shop app. Our Chinese New Year open day is open to the public, and kids can feed the koi at 2pm.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout42", HELDOUT42, threshold=0.6)


if __name__ == "__main__":
    main()
