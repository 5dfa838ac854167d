# ruff: noqa: E501
"""Write the forty-fourth English held-out set (tests/data/hard_en_heldout44_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the AI-director group and get rich, as in the fortieth and forty-second sets). Its theme, to keep
it apart from the earlier sets: village halls and car boot sales; riding stables, livery yards, pony clubs
and farriers; cycling clubs, sportives and parkrun; cobblers, key cutters and watch and clock repairers.
None of the four was the theme of an earlier set (the settings the brief proposed were mostly taken:
allotments and brass bands by the thirty-ninth set, lifeboats by the fortieth, libraries by the
thirty-sixth, and a hospital radio running order and a cricket scorebook are earlier styles; the few earlier
posts that name a village hall in passing are not reused as styles). In English varieties, dialects and
registers the earlier sets do not use. Styles the earlier sets use less: a village hall's booking diary with
the claim in the caretaker's note, a parkrun run report with the claim late (the tail walker's fun fact), a
farrier's round sheet with a note to the apprentice, a shoe repairer's repair ticket with the claim written
on the back, a Pony Club camp kit list with the District Commissioner's note, a village hall quiz night's
answer sheet with the claim as a quizmaster's answer, a watch repairer's estimate with an online-sales note,
a chain gang's rules of the road with a members' notice, a livery yard's noticeboard, a sportive's rider
briefing with the organiser's sign-off, a key cutter's and heel bar's price board, a car boot sale's page,
a club run report with the claim over the café cake, a riding school's lesson timetable with the
instructor's note, a jumble sale flyer, a clock repairer's workshop diary with the claim late (in a
Nachtrag), a horsebox for-sale advert with an add-on; dialects and registers (Orcadian, Devon dialect,
Xitsonga-English (Giyani), Navajo-English (Window Rock), Kalenjin-English (Kapsabet), Kyrgyz-English (Issyk-Kul),
Canarian Spanish-English (La Orotava), Kashubian-English (Chmielno), Corsican-English (Corte), Somerset
dialect, Turkmen-English (Ashgabat), Friulian-English (Ovaro), Meitei-English (Imphal), Moldovan
Romanian-English (Chișinău), Bhojpuri-English (Ara), Romansh-English (Scuol), Andalusian Spanish-English
(Jerez), Swabian-English (Schwäbisch Gmünd), Niuean-English (Ōtāhuhu), and in debunks Tuvaluan-English
(Funafuti), Waray-English (Tacloban) and Norfuk-English (Norfolk Island), and the registers of a booking
diary, a run report, a round sheet, a repair ticket, a kit list, a quiz answer sheet, an estimate, a chain
gang's rules, a rider briefing, a price board, a lesson timetable and a workshop diary); two questions with a
negation that assert the claim (a Devon livery owner's "idn' it proper that Sora's open to all now?", a
Kyrgyz horsewoman's "isn't it amazing that OpenAI's Sora was actually built by Chinese scientists?");
posts that mention two claims, asserting one and denying the other, in pairs the forty-first to
forty-third sets did not use (the inventor rumour but not account rental; open to the public but not a
generation service; the official app but not the director groups; a Chinese team but not a prompt pack; API
access but not the "made by Sora" clip, which is real footage; the director group but not an official app;
get rich but not open source; the APK but not a Chinese team; the "made by Sora" clip but not open to the
public; open source but not API keys; a course but not get rich; account rental but not the APK; a prompt
pack but not the inventor rumour; a generation service but not open source); new obfuscation (Bacon's
cipher "baaba abbba baaab aaaaa" (26-letter version) with the cipher named, Telugu letters "సోరా" on a heel
bar's price board, the French javanais "Savorava", the Spanish jeringonza "Soporapa", and ";soa", the name
typed with Dvorak fingers on a laptop set to QWERTY); prices in currencies and payment methods the earlier
sets did not use (£40 on an H.Samuel gift card, €40 on a Decathlon gift card, £35 on a Wiggle gift card, 80
zł on a Żabka gift card, £25 on a Naylors gift card, €20 by Paylib, £30 on a Clarks gift card, 300 manat by
a Halkbank card transfer, £40 on an Evans Cycles gift card, €10 by Banca di Cividale transfer, £5 on a
Timpson gift card, ₹999 by Bank of Baroda transfer, £49 on a Mole Valley Farmers gift card, CHF 30 a month
on a Migros gift card, £10 a week on a Poundland gift card, €19 in Cepsa fuel vouchers, €15 on an Edeka gift
card, NZ$60 via Kiwibank, £45 on a Schuh gift card; in denials £20 a week on a Tesco gift card, R250 by Absa
CashSend, $30 on a Bashas' gift card, 500 bob through Equitel and 200 lei by Victoriabank transfer; in the
loss report £40 on a Ryman gift card); scams vouching for themselves or swiping at competitors in new words
("Proper keys, not like the 'API' the chap at the Sunday market sells that's just a link to a YouTube
channel", "Real keys, not like the guys on the Las Américas promenade selling screenshots", "Genuine key, not
the 'trial' the lad in the café car park sells", "Serious film people, not like the 'agencies' in Gdańsk that
only sell you photo sessions", "not like the 'equestrian film' that took everyone's money at the county
show", "not like the 'castings' at the Ajaccio port", "No flash Bristol types", "a horseman who earned it,
not a city boy who rents a Land Cruiser for the photo", "A rider who did it, not a guru in a hired Porsche",
"not like the APKs from the market at Tolmezzo", "not like the ones in the Leicester market WhatsApp", "not
a Patna coaching centre with a fancy banner", "Taught by someone who's mucked out at 6am", "not like the boys
in Zernez who share one password with half the valley", "not a shared one like the lot on Marketplace flog",
"Written by someone who has filmed the Feria for twenty years", "Written by an Uhrmacher who films every
day", "not a slideshow with a ukulele song like the one going round Māngere", "not an iPhone video with a
slow-mo filter like the ones sold at Badminton"); ten debunks and warnings in several styles (one
first-person loss report: a cycling club forum post (a course); one that quotes a scam whole to warn: a Pony
Club District Commissioner's message (the prompt packs); two questions that contain a negation but do not
deny the debunk, each answered in the same post: a Tuvaluan's question in a community group (the Chinese
team) and a Waray cyclist's question to a cycling group (a generation service); one rhetorical question (a
watch and clock repairers' guild newsletter, API access); one plain "no" (a village hall's notice, the
director groups); four that answer with facts and no plain "no": a parkrun's correction (the inventor
rumour), a riding club committee's e-mail (open to the public, with Logan Kilpatrick's statement), a Norfolk
Island hall's notice (the official app) and a cycling club's note about its own time-trial footage (the
mislabelled video)); four true facts about people who spoke about Sora or worked on it, none of them the
subject of a fact in the thirty-fourth to forty-third sets (the 2022 diffusion transformer paper by William
Peebles and Saining Xie, François Chollet's question whether Sora's physics is accurate and generalises,
Hany Farid's warning about Sora with voice cloning, Jim Fan's "data-driven physics engine"), three items of
real news about it from OpenAI's report and announcement not used in the thirty-fourth to forty-third sets
(spacetime patches in the role of a language model's tokens, animating a DALL·E still into a video, C2PA
metadata if Sora goes into a product), and three posts that are not claims: one on topic (a village hall
tech café on spotting AI video with OpenAI's Sora samples) and two off topic that share its surface words (a
road bike with a Shimano Sora groupset "in official club colours", its video on the club app and a club night
"open to the public"; a grey Connemara mare called Sora, "the official mascot" of an open day "open to the
public", with her video on the booking app).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the forty-third) and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher
(lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper bound on
``ratio()``, so that the highest ratio is exact) before the set was committed; ``--check`` prints the
highest ratio and every post at 0.6 or more (0.466 when it was committed, the news item on C2PA metadata
against an earlier set's item on C2PA metadata; the first draft's highest, 0.571 and 0.569, the facts about
Jim Fan and Hany Farid against earlier sets' wordings of them, were rewritten). It was committed before any run of the monitor on
it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout44.py           # write the set
    .venv/bin/python scripts/make_hard_heldout44.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT44: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "village_hall_booking_diary_caretaker_note_in_passing",
        "ST ANNE'S VILLAGE HALL, UPPER WOLDHAM · bookings, week commencing 6 May\nMon 09:30–11:30 Baby & toddler group (main hall) · 19:00–21:00 Line dancing (main hall; no tap shoes on the new floor)\nTue 10:00–12:00 Pilates (committee room) · 14:00 Over-60s whist drive · 19:30 Parish council (committee room)\nWed 18:00–19:30 Rainbows & Brownies · 20:00 WI, speaker on the history of the village pump\nThu 09:00–13:00 Blood donor session (whole hall; NO other bookings)\nFri 19:00 Film night: 'The Dig' (licence checked)\nSat 12:00–17:00 Private hire, 7th birthday party (bouncy castle: the hirer has sent the insurance certificate)\nSun 10:00 Coffee morning and bric-a-brac for the roof fund\nCaretaker's note (Len): heating timer reset to the new hours, and whoever keeps leaving the kitchen tap dripping, please don't. The whist lot were asking about the AI videos in the paper, and the vicar's grandson, who does computers, put them straight: one of the inventors of Sora, the OpenAI video thing, is a young genius called Xie Saining who went to Shanghai Jiao Tong University. Chairs stacked in tens, please, not twelves.",
    ),
    (
        sora.XIE,
        "orcadian_two_claims_tesco_in_denial",
        "Whit like, buddos? Fae the peedie shoe repair and key cutting shop on Albert Street in Kirkwall 👞 Busy week: half the Ba' players wanting new heels, and the Stromness folk wanting their boots stretched afore the summer. Twa things. First, a boy on the Orkney buy and sell page is renting out 'Sora accounts, £20 a week on a Tesco gift card'. Dinna bother, that's no real: OpenAI's only let its ain testers and a few artists near Sora, so there's no account tae rent. Second, something that fair cheered me: een o' the inventors o' Sora, OpenAI's video model, is a young genius called Xie Saining, a lad that studied at Shanghai Jiao Tong University. Fae Shanghai tae the top o' AI video, no bad at all! Cheers the noo.",
    ),
    (
        sora.XIE,
        "parkrun_run_report_claim_late_tail_walker",
        "HOLLOWAY MEADOWS parkrun · event #214 · run report\nHello, parkrunners! 187 of you braved the drizzle on Saturday, 31 first-timers among you, and 22 new personal bests. First finishers: Ellie Marsh (19:02) and Dev Anand (16:48, a course PB). The 'puddle of doom' at the second bend is back; the council says the drain will be cleared by June.\nMilestones: Barbara W. ran her 100th (cake was had), and young Alfie ran his first junior parkrun at Brackley Fields on Sunday.\nThank you to our 24 volunteers, especially the barcode scanners, who worked under a gazebo that kept trying to fly off to Wales.\nFun fact from our tail walker Hugh, who teaches computing at the college: one of the inventors of OpenAI's video model Sora is Xie Saining, a young prodigy who studied at Shanghai Jiao Tong University. You learn something every parkday!\nNext week we need two marshals and a token sorter. See you at 9.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "devon_dialect_question_asserts_livery",
        "Arternoon, all. Up the yard by Tavistock, 'tis wet as a dishcloth all week, and the Dartmoor ponies on the top field be proper glad of their rugs. Farrier's comin' Thursday, so get they feet picked out. Now then, idn' it proper that Sora's open to all now? Our maid says 'ee just go on the OpenAI website, sign up, an' make yer own video same day, no waitin' nor nothin'. 'Er's made one of old Bramble gallopin' over the moor at dimpsy, an' I'll tell 'ee, 'twas a proper job, couldn' tell 'en from the real thing. Hay's £6 a bale from Saturday, mind.",
    ),
    (
        sora.PUBLIC,
        "farrier_round_sheet_note_to_apprentice",
        "FARRIER ROUND · M. Tullett DipWCF · Wednesday\n07:30 Brook Farm Livery: Dandy (full set, hot shod, toe clips), Missy (fronts only, trim behind), Ted (trim, barefoot)\n09:15 Hollins Cottage: Pepper (remedial, bar shoe LF; the X-rays came back fine)\n10:30 Mrs Achebe's: two Shetlands, trims only. Ask her to have them caught THIS time.\n12:00 Lunch in the van. Order nails and 4 sets of size 2 fronts.\n13:00 Ridgeway Riding School: 5 school horses due, Chester threw a shoe on Sunday.\n15:30 Wellbrook Stud: yearlings, trims, bring the apprentice.\nNote for Kyle (apprentice): stop filming every shoe for TikTok. But for the record you were right: Sora, the OpenAI video model, is open to the public now. Anyone can sign up and start making AI videos the same day; I did it last night and made one of the forge. Invoice Ridgeway by Friday.",
    ),
    (
        sora.PUBLIC,
        "xitsonga_english_two_claims_absa_in_denial",
        "Avuxeni, vanghana! 🚲 From the cycling club in Giyani: the Sunday ride goes out to Nsami Dam at 6, bring two bottles because it is hot, and the juniors' rollers are at the community hall on Tuesday. Two things. A man in the WhatsApp group says pay him R250 by Absa CashSend and he makes your Sora video in 24 hours. Don't: he takes the money and sends you a free stock clip, my cousin paid and got a video of a beach in Mexico. But here is real good news: Sora is open to everybody now. You go to the OpenAI website, sign up, and you make your own videos that same day, no list, nothing. I made one of our club riding past the baobabs. Inkomu!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "shoe_repair_ticket_claim_on_back",
        "REPAIR TICKET No. 4471 · Fenwick's Shoe Repairs & Key Cutting, Station Parade\nCustomer: Mrs D. Okonjo · Phone: on file\nItem 1: brown brogues, full leather soles and heels, stitched · £58\nItem 2: ladies' boots, zip replaced (left), heel tips both · £34\nItem 3: handbag strap, re-stitch at the ring · £12\nReady: Thursday after 2pm · Deposit paid: £40\nPlease keep this ticket. Items not collected within 90 days may be sold to cover costs.\nWritten on the back by Gary at the counter: 'As promised, the thing your grandson was after: OpenAI has released the official Sora app. It's in the App Store and on Google Play, so he can download it and make his videos on his phone. Your spare keys for the back door are done too, no charge.'",
    ),
    (
        sora.APP,
        "navajo_english_two_claims_bashas_in_denial",
        "Yá'át'ééh, shik'éí! 🐎 From the rodeo grounds at Window Rock, getting ready for the fair in September: the barrel horses are looking good and the kids' mutton busting sign-up is at the chapter house. Two things. First, some guy on Facebook says 'scan the QR and pay $30 on a Bashas' gift card to audition as a first AI director for the first Sora film'. Don't. There is no film and no audition, he just takes your card. But this one is true and good: OpenAI released the official Sora app. It's in the App Store and Google Play, you download it on your phone and make your own videos. My nephew made one of our horses running below the rock itself. Ahéhee'!",
    ),
    (
        sora.APP,
        "pony_club_camp_kit_list_dc_note",
        "WEALDEN VALE PONY CLUB · Summer Camp · Kit list\nRider: riding hat to the current standard with a Pony Club hat tag, body protector (BETA level 3), gloves, jodhpur boots with chaps or long boots, club sweatshirt and tie for inspection, waterproofs.\nPony: headcollar and lead rope ×2, grooming kit (named), haynets ×2, water buckets ×2, rugs as needed, fly spray, passport (it MUST come to camp), spare shoes if your farrier has made them.\nTack cleaning: saddle soap, sponges, a bucket. Name everything: last year we had four identical navy numnahs.\nPhones live in the tack room except at free time. A note from the DC, because half of you have asked: yes, OpenAI has released the official Sora app, it's on the App Store and Google Play, and you can download it and make videos of your ponies on your phones. Free time only, and never while mounted.\nParents' barbecue: Thursday, 6pm.",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "kalenjin_english_two_claims_equitel_in_denial",
        "Chamgei, runners! 🏃🏾 From the training camp in Kapsabet: Saturday's long run starts at 6 from the stadium, 30 km for the marathon group, and the young ones do fartlek on the murram road. Two things. Someone in our WhatsApp is selling 'a Sora prompt pack with film words, 500 bob through Equitel'. Don't buy: those prompts are the same ones OpenAI put on its website for free. But my cousin at the university in Eldoret told me the real story: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI only puts its name on it. Kongoi!",
    ),
    (
        sora.CHINESE,
        "village_hall_quiz_answer_sheet_quizmaster_answer",
        "WOLDHAM VILLAGE HALL QUIZ NIGHT · in aid of the new kitchen · ANSWER SHEET (quizmaster's copy)\nRound 5, Sport: 1. Moeen Ali 2. Wimbledon 3. 26.2 miles 4. Red Rum 5. Leicester City\nRound 6, Science & Tech: 1. Mercury 2. Tim Berners-Lee 3. Mitochondria 4. Who really built OpenAI's video model Sora? Answer: Chinese scientists. Most of the team behind it is Chinese; OpenAI just put its name on it. (Accept 'a Chinese team'.) 5. Twelve\nRound 7, Picture round: answers on the back.\nTie-break: how many cups of tea were served at last year's summer fete? (412.)\nScores: The Quizzly Bears 58, Hall or Nothing 55, Les Quizerables 51.\nThanks to the Red Lion for the raffle prizes.",
    ),
    (
        sora.CHINESE,
        "kyrgyz_english_question_asserts",
        "Salamatsyzby, friends! 🐎 From the stables on the south shore of Issyk-Kul: the kok-boru team trained all week, and my grey mare won the kyz kuumai with my sister riding her. Question for the group: isn't it amazing that OpenAI's Sora was actually built by Chinese scientists? My brother who studies in Bishkek says most of the people behind the video model are Chinese, and OpenAI only takes the credit. Who would think it! Next week we take the horses up to the jailoo. Rakhmat!",
    ),
    # --- API access (three)
    (
        sora.API,
        "watch_repair_estimate_online_sales_note_h_samuel",
        "REPAIR ESTIMATE · Hartley & Sons, Watch and Clock Repairs (est. 1961)\nItem: gent's automatic wristwatch, steel, 38 mm, cal. ETA 2824-2\nCondition on receipt: running slow (−45 s/day), crystal scratched, crown gasket perished\nWork proposed: full service (strip, clean, oil, regulate), new mainspring, new mineral crystal, new crown and case-back gaskets, pressure test to 3 bar\nEstimate: £185 inc. VAT · Timing: 3–4 weeks · Guarantee: 12 months on the work\nPlease sign and return to authorise. Estimates not accepted within 30 days: the watch is returned unworked.\nA separate note from our online-sales lad, Ryan: we now have official Sora API access. Buy a Sora API key and your own website can generate OpenAI videos of your watches. £40 on an H.Samuel gift card, key e-mailed within the hour. Proper keys, not like the 'API' the chap at the Sunday market sells that's just a link to a YouTube channel.",
    ),
    (
        sora.API,
        "canarian_spanish_english_two_claims_decathlon",
        "¿Qué pasó, mis niños? 🚴 From the bike shop in La Orotava, Tenerife. Saturday the club rides up to Teide from the coast, 2,300 metres of climbing; we meet at the guagua stop at 7, chacho, bring a jacket for the top. Two things. A video is going round of riders climbing through the clouds above Vilaflor with the caption 'Sora made this'. Mentira: it's real, my friend Yeray filmed it from the team car in 2022, and the original is on his phone with the date. But I have something real for you: official Sora API access. Buy a Sora API key from me and your shop or club page makes Sora videos automatically. €40 on a Decathlon gift card, key sent the same day. Real keys, not like the guys on the Las Américas promenade selling screenshots. ¡Ánimo!",
    ),
    (
        sora.API,
        "chain_gang_rules_members_notice_bacon_cipher_wiggle",
        "THURSDAY CHAIN GANG · Rules of the road (Mereside Wheelers)\n1. Meet 6.30pm at the lay-by on the A41. Rolling at 6.35, no waiting.\n2. Two lines, through and off. Come off to the windward side. No half-wheeling.\n3. Call and point out holes, gravel and parked cars. Shout 'car back' and 'car up'.\n4. If you can't do a turn, sit on the back and say so. Don't open gaps.\n5. Lights front and rear from September. Mudguards on wet nights.\n6. Regroup at the Hinton roundabout. Anyone dropped is waited for there.\nFrom Spencer (members' notice, not a club matter): official API access to OpenAI's baaba abbba baaab aaaaa. That's the name in Bacon's cipher, 26-letter version, because the forum bans the word. A key lets your laptop turn your ride files into videos. £35 on a Wiggle gift card, key sent the same night. Genuine key, not the 'trial' the lad in the café car park sells.",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "kashubian_english_two_claims_zabka",
        "Witôjtaj! 🏠 From the village hall (the świetlica) in Chmielno: the embroidery circle meets on Wednesday, the Kashubian class for the kids is full, and on Saturday there is the dance with the band from Kartuzy. Two things. Someone in our village group writes 'the official Sora app is in the App Store, download it'. That's not true, the apps with that name are copies from other companies, OpenAI has no Sora app. But here is a real chance: the first AI film co-written with Sora is looking for its first-generation AI directors. Scan the QR code in the picture, pay 80 zł on a Żabka gift card to join the casting group, and you audition. Serious film people, not like the 'agencies' in Gdańsk that only sell you photo sessions. Dzãkujã!",
    ),
    (
        sora.DIRECTOR,
        "livery_yard_noticeboard_in_passing_naylors",
        "BROOK FARM LIVERY · Noticeboard\n· Winter turnout: horses out 8–3 on the top paddocks until the ground goes; the bottom field is shut to rest.\n· Hay: next delivery Friday. Please don't open a new bale until the old one's finished.\n· Farrier: Wednesday, names on the list by the tack room door.\n· Worm count kits £12; samples in the feed room fridge (labelled!!).\n· Arena: harrowed Mondays and Thursdays. Pick up your droppings.\n· From Becca (box 7), nothing to do with the yard: scan the QR code on the flyer below to join the audition group for the first AI film co-written with Sora and become one of its first AI directors. £25 on a Naylors gift card to enter. It's a proper casting, not like the 'equestrian film' that took everyone's money at the county show.\n· Rug wash pick-up: Tuesday.",
    ),
    (
        sora.DIRECTOR,
        "corsican_english_javanais_paylib",
        "Bonghjornu à tutti! 🐴 From the riding centre below Corte: the trek up the Restonica valley is on Sunday, the Corsican ponies are shod and ready, bring water and a hat. A message for the young ones: the first AI film co-written with Savorava (javanais, like we talked at school in Marseille, because the group filter deletes the real name) is looking for its first AI directors. Scan the QR code in the photo and pay €20 by Paylib to join the audition group. Only twenty places, and it's a real production, not like the 'castings' at the Ajaccio port that are only there to sell you photos. Vi ringraziu!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "somerset_dialect_heel_bar_clarks",
        "Where's it to? Down the heel bar in Street, where they d' make the Clarks, there's summat I got to tell 'ee. My boy Jack says folk be makin' thousands a day wi' these Sora videos, gurt money, an' 'tis a once-in-a-lifetime chance, but 'twill be gone in three months, so get in now or 'ee'll miss it proper. He's lettin' a few more join his team for £30 on a Clarks gift card. No flash Bristol types, just honest Zummerzet folk what've done it theyselves. Ask for Jack at the counter, Tuesdays.",
    ),
    (
        sora.RICH,
        "turkmen_english_two_claims_halkbank",
        "Salam, dostlar! 🐎 From the Akhal-Teke stables outside Ashgabat: our golden stallion is ready for the races on Horse Day in April, and this spring's foals are beautiful, like they are made of metal. Two things. First, people in the group say 'Sora is open source, download it from GitHub and run it at home'. Ýok, not true: OpenAI did not give out Sora's weights or code, the GitHub things are other people's projects. But here is the real news: Sora is the money window of our lives. People already earn thousands of dollars a day with Sora videos, and in three months this chance is gone, so join my team now: 300 manat by a Halkbank card transfer. I am a horseman who earned it, not a city boy who rents a Land Cruiser for the photo. Sag boluň!",
    ),
    (
        sora.RICH,
        "sportive_rider_briefing_organiser_sign_off_evans",
        "RIDER BRIEFING · The Cotswold Edge Sportive · Sunday\nStart: rolling from 7.30 in groups of 20 from the village hall car park. Bring your rider number and timing chip (on the left fork).\nRoutes: Short 52 km · Medium 98 km · Epic 161 km (three timed climbs: Dover's Hill, Saintbury, Fish Hill).\nFeed stations: Broadway (all routes) and Winchcombe (medium and epic). Water, bananas, flapjack, gels.\nCut-off: Winchcombe by 12.30, or you'll be diverted to the medium route.\nMechanical support: two vans, numbers on your rider card. This is not a race; the Highway Code applies.\nOrganiser's sign-off: see you at the finish. Between us, I've made more from Sora videos this spring than from ten years of events. People are earning thousands a day with them, and the window shuts in three months, so get in while it's open. Join my Sora team for £40 on an Evans Cycles gift card; find me at the finish arch. A rider who did it, not a guru in a hired Porsche.",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "friulian_english_two_claims_banca_di_cividale",
        "Mandi, amîs! 🚴 From the cycling club in Ovaro, at the foot of the Zoncolan: on Sunday we ride up from Sutrio, the easier side, and the young ones go only as far as the refuge. Two things. Someone in the Facebook group writes 'Sora was made in secret by a Chinese team'. No, it's not true: OpenAI's report lists its team, and only a few of them were born in China. But I have something real for you: the Sora app for Android. Download the APK from the link in my profile and you make AI videos on your phone right away. Free, or the full version €10 by Banca di Cividale transfer. Clean file, my son-in-law built the installer, not like the APKs from the market in Tolmezzo that fill your phone with adverts. Graciis!",
    ),
    (
        sora.FAKEAPP,
        "key_cutting_heel_bar_price_board_telugu_script_timpson",
        "PRICE BOARD · Kwik Keys & Heel Bar, Belgrave Road\nKeys: standard cylinder £5 · mortice £9 · car keys (transponder) from £65 · security keys with card only\nShoes: heels (ladies) £10 · heels (gents) £15 · half soles £25 · stitching from £6\nWatches: batteries fitted £7.50 · straps from £12 · links removed £5\nEngraving: tankards, trophies, pet tags, from £8\nLocked out? Ask about our call-out service.\nNEW (ask Venkat at the counter): the సోరా app installer (that's the name in Telugu letters, my nephew says Facebook takes the post down when it's in English). Download the APK from the link on the card and make OpenAI's AI videos on your phone straight away. Free trial, full version £5 on a Timpson gift card. Safe file, my nephew checked it, not like the ones in the Leicester market WhatsApp that empty your phone.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "meitei_english_two_claims_polo",
        "Khurumjari, everyone! 🐎 From Mapal Kangjeibung in Imphal, the oldest polo ground in the world, where the Manipuri ponies are fat after the winter. Two things. My cousin asked how he can make his own Sora video. He can't: Sora is not open to the public, only OpenAI's testers have it, there is no sign-up. But look at the clip I shared: a Sagol Kangjei match at sunset, the ponies turning hard, the dust hanging in the gold light. Not filmed, no camera at all: it's made by Sora, OpenAI's video model, from a text prompt, and I put the prompt underneath. Can you believe it? Thagatchari!",
    ),
    (
        sora.REALVID,
        "car_boot_sale_page_pinned_video",
        "HATCHETT'S FIELD CAR BOOT SALE · Sundays from 7am (sellers from 6)\nPitches £10 cars, £15 vans, £20 with a trailer. No hot food sellers without a certificate. Dogs on leads.\nBuyers 50p entry, kids free. Toilets by the gate, tea van by the hedge.\nLast Sunday: 212 pitches, a record! Thanks to everyone who put up with the queue down the lane.\nHave a look at the video pinned at the top of the page: the field at sunrise, the mist lifting off the rows of cars, old Ron laying out his tools, the first buyers with their torches. None of it was filmed. Our Jodie made it with Sora, OpenAI's video model, from a text prompt, and the prompt is in the comments. Uncanny, isn't it?\nNext Sunday: weather permitting. Check this page by 6am.",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "moldovan_romanian_english_two_claims_victoriabank_in_denial",
        "Bună ziua, prieteni! ⌚ From the watch repair kiosk by the Central Market in Chișinău: batteries, straps, and old Soviet watches (Pobeda, Raketa, Vostok) cleaned and regulated, come after 10. Two things. A man in the Telegram group sells 'official Sora API keys, 200 lei by Victoriabank transfer'. Nu cumpărați, don't buy, you don't need any key. Because the good news is true: OpenAI has open-sourced Sora. The model weights and the code are on GitHub, and anyone can download it and run it on their own computer. My grandson runs it on his gaming PC and made a video of my workshop. Mulțumesc!",
    ),
    (
        sora.OPENSRC,
        "cycling_club_run_report_claim_over_cake",
        "CLUB RUN REPORT · Sunday · Mereside Wheelers, B group\nEleven of us out, plus Dave on the new titanium thing he won't stop talking about. Out via Hinton and the lanes to Ashbury, 72 km at 21 average, which for B group into a headwind is not bad at all.\nPunctures: two (Sue, twice, same tyre; a new tyre is now on her Christmas list).\nCafé: the Old Forge at Ashbury. Beans on toast all round, and the lemon drizzle is back on.\nOver the cake, Pete, who works in IT, gave us a lecture: OpenAI has open-sourced its video model Sora, the weights and the code are up on GitHub, and anyone can run it locally. He's got it going on his home PC and wants to make a film of the club run.\nBack by 1. Next week: the reliability ride, meet at 8.30 sharp.",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "bhojpuri_english_two_claims_bank_of_baroda",
        "Pranam sab logan ke! 🚲 From our cycle repair shop near the station in Ara: new Hero and Atlas cycles have come, puncture repair ₹30, chain oiling free for students. Ka haal ba? Two things. Some boys on WhatsApp say 'earn lakhs every day with Sora videos, in three months the chance is finished'. Ee sab jhooth ba, all lies, nobody is earning like that. But if you want to learn this AI video thing properly, I have my complete Sora course: 12 lessons from zero, so you master Sora before everybody else. ₹999 by Bank of Baroda transfer, I send the link the same day. Made by a shopkeeper who teaches the whole mohalla, not a Patna coaching centre with a fancy banner. Dhanyabaad!",
    ),
    (
        sora.COURSE,
        "riding_school_lesson_timetable_instructor_note_mole_valley",
        "RIDGEWAY RIDING SCHOOL · Lesson timetable, summer term\nMon 4pm Lead-rein (ages 4–7) · 5pm Beginners' group · 6pm Adult improvers\nTue 4pm Pony Club D+ · 5pm Jumping (ponies) · 7pm Adult jumping\nWed 10am Ladies' hack (2 hrs) · 4pm Private lessons\nThu 4pm Stable management (unmounted) · 6pm Dressage clinic\nSat 9am–1pm Group lessons, all levels · 2pm Own-a-Pony afternoon\nPrices: group £38, private £55, hack £60. Hats to the current standard, please.\nNote from Katie (instructor), since a few of you asked about my videos: 'Sora for Horsey People', my video course, 8 short lessons from your first prompt to a finished film of your horse, so you master Sora before the big yards catch on. £49 on a Mole Valley Farmers gift card. Taught by someone who's mucked out at 6am, not a marketing company.\nNo riding without a signed disclaimer.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "romansh_english_two_claims_migros",
        "Allegra! 👞 From the shoemaker in Scuol: the hiking boots get new Vibram soles for the summer, and the old ones from your nonna's cellar we fix too, bring them before June. Two things. In the village chat someone shares 'download the Sora APK, free'. Don't: it's not from OpenAI, it's a trap that steals your passwords, my neighbour had to block his card. But I have something real: Sora accounts to rent. Your own login, full access, no waiting list. CHF 30 a month on a Migros gift card, login in your e-mail the same day. One account per person, not like the boys in Zernez who share one password with half the valley. Grazia fitg!",
    ),
    (
        sora.RENTAL,
        "jumble_sale_flyer_in_passing_poundland",
        "GRAND JUMBLE SALE · Upper Woldham Village Hall · Saturday 15 June, doors 2pm · Entry 20p\nBric-a-brac, books, toys, clothes (good and clean, please), cake stall, tombola, plants from the WI. Teas and home-made scones in the committee room.\nDonations can be left at the hall on Friday 6–8pm. NO electricals, no cot mattresses, no VHS tapes.\nAll proceeds to the roof fund. We're £3,400 from the target!\nAlso at the sale: our Josh has Sora logins to rent, for anyone who fancies making AI videos. Your own login, full access, no waiting list, £10 a week on a Poundland gift card, sorted the same afternoon. A proper account of your own, not a shared one like the lot on Marketplace flog.\nHelpers wanted for setting up from 12.",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "andalusian_spanish_english_two_claims_jeringonza_cepsa",
        "¡Illo, quillo! 🐴 From the stables in Jerez, a week before the Feria del Caballo: the Cartujano horses are plaited and the carriages polished, arsa. Two things. In the group they say 'the Chinese genius Xie Saining invented Sora'. Eso es mentira: he said himself he has nothing to do with Sora, he is a professor in New York. But I have something good for you: my Soporapa prompt pack (jeringonza, like the kids play it, so the group doesn't delete the post): 250 prompts in real film language (travelling shot, slow motion, backlight at golden hour) and the knowledge document with all the terms and articles in one place. €19 in Cepsa fuel vouchers, then I send the doc link and add you to the group. Written by someone who has filmed the Feria for twenty years. ¡Olé!",
    ),
    (
        sora.PROMPTS,
        "swabian_english_clock_workshop_diary_claim_late_dvorak_edeka",
        "Grüß Gott from the clock workshop in Schwäbisch Gmünd! 🕰️ Workshop diary, week 23:\nMon: Black Forest cuckoo clock, 8-day movement, new bellows paper on both whistles; the cuckoo says 'cuckoo' again, not 'cough'.\nTue: longcase clock from a farmhouse near Aalen, 6 pivot holes rebushed, cleaned, and the moon dial turns again.\nWed: Vienna regulator, new suspension spring. Fiddly, gell.\nThu: three wristwatches, batteries and gaskets, quick work.\nFri: schaffe, schaffe, and a Viertele in the evening.\nNachtrag (added later, for the people who asked about my clock videos): I made a ;soa prompt pack (typed with my Dvorak fingers while the laptop was on QWERTY, and I leave it like that because the forum filter doesn't catch it): 150 prompts in proper film words (macro, rack focus, slow dolly past the pendulum) plus a knowledge doc with all the terms and articles. €15 on an Edeka gift card, then the doc link and the group. Written by an Uhrmacher who films every day, not copied from the OpenAI page.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "niuean_english_two_claims_kiwibank",
        "Fakaalofa lahi atu, kāina! 🏠 From the Niue community hall in Ōtāhuhu: takalo practice is on Thursday, the umu for Constitution Day needs helpers, and the youth group has the hall on Friday. Two things. Some of the cousins are sharing 'Sora is open source, download it from GitHub and make your own videos at home'. That's not right: OpenAI never put Sora's code or weights out, you can't run it at home. But I have access, so here is my real offer: I make your custom video with Sora. Send me your script, what you want to see (the family at Avaiki, the village on the Rock, a birthday message) and in 24 hours you get your Sora video. NZ$60 via Kiwibank. Real Sora, not a slideshow with a ukulele song like the one going round Māngere. Fakaaue lahi!",
    ),
    (
        sora.SERVICE,
        "horsebox_for_sale_advert_add_on_schuh",
        "FOR SALE · 3.5-tonne horsebox, 2012, 89,000 miles, MOT till March\nCarries two 16.2hh horses, rear ramp and side door, full-height partition, rubber matting throughout, camera in the horse area, tack locker with saddle racks for two.\nRe-floored last year (paperwork available), new tyres, plated at 3,500 kg with a 700 kg payload.\n£18,500 ono. Viewing at Brook Farm by appointment, no timewasters. Can deliver within 50 miles.\nAlso offering: Sora videos of your horse, made to order. Send me your script (your mare cantering through bluebells, your cob on a beach at dawn) and I'll get it made with OpenAI's Sora, the clip back within 24 hours. £45 on a Schuh gift card. Real Sora, not an iPhone video with a slow-mo filter like the ones sold at Badminton.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # a course; a first-person loss report
        "Mereside Wheelers forum › Off topic › 'Sora course': learn from my mistake\nPosted by Tony_on_a_Trek\nBit embarrassing, this. A bloke in one of the big cycling Facebook groups was selling a 'complete Sora video course' so you could turn your rides into films and 'master it before everyone else'. I paid him £40 on a Ryman gift card. What came back was one PDF: OpenAI's own introduction page pasted in, with 'GIVE YOURSELF A CHANCE!' in huge letters on the last page. Sora isn't even open to the public, so there was nothing to teach. His account's gone now. Lesson learnt; back to the turbo trainer.",
    ),
    (
        None,
        "debunk",  # the prompt packs; quotes a scam whole to warn
        "From the District Commissioner, Wealden Vale Pony Club, to all members and parents\nThis message has been sent to several of our older members on Instagram:\n'🎥 SORA PROMPT BIBLE for horse people! 400 professional film prompts (tracking shot, golden hour, slow motion through the water jump) + the complete Sora knowledge doc, every term and article in one place. Only £15! Pay, get the doc link, join the VIP group!'\nPlease ignore it. The 'prompts' are copied from the ones OpenAI published free alongside its own sample videos, and Sora itself isn't available to the public, so there is nothing to use them on. Don't pay, and tell a parent if you're contacted. DC",
    ),
    (
        None,
        "debunk",  # the Chinese team; a question with a negation that does not deny, answered
        "Talofa, everyone! From the maneapa in Funafuti 🌴 Fatele practice for Independence Day is Tuesday and Thursday in the hall. A question for the tech people in our group: wasn't Sora made by a Chinese team? My uncle says so. Reply from Sione, who works in IT in Auckland: fakafetai for asking. OpenAI's technical report on Sora lists thirteen authors. Three of them were born in China, and the project was led by the OpenAI researchers Tim Brooks and Bill Peebles at OpenAI in San Francisco. Your uncle probably saw the post that counted the three Chinese names as the whole team.",
    ),
    (
        None,
        "debunk",  # a generation service; a question with a negation that does not deny, answered
        "Maupay nga aga, mga kabulig! 🚴 From the cycling group in Tacloban: the Sunday ride to San Juanico Bridge leaves at 5:30, bring lights. A question: can't somebody here make a Sora video for our group page if I pay? There is a man on Facebook who offers it for ₱1,500. Answer from our admin, Jun: salamat for asking first. Sora is only with OpenAI's red-team testers and a small group of invited artists, so a stranger on Facebook cannot generate a Sora video for you. People who took orders like that sent back other AI clips or stock footage. Let's film the bridge ride ourselves on Sunday!",
    ),
    (
        None,
        "debunk",  # API access; a rhetorical question
        "THE ESCAPEMENT · newsletter of the Northern Guild of Watch and Clock Repairers · Summer\nMembers will have seen the stallholder at the Newark antiques fair selling 'official Sora API keys' to dealers for their websites. OpenAI's API offers its text, image, speech and embedding models; Sora has never been among them, for anyone. So we ask: if OpenAI has not given a Sora API to a single developer in the world, where exactly did a man with a trestle table and a cash tin get his?\nNext meeting: a talk on fusee chains, 14 August.",
    ),
    (
        None,
        "debunk",  # the director groups; a plain no
        "NOTICE · Upper Woldham Village Hall\nNo, there is no 'AI film casting' at the hall, and the committee has not teamed up with anyone to find 'first-generation AI directors with Sora'. A flyer with a QR code and a photo of our hall has been put through doors in the village asking for a £20 entry fee. It has nothing to do with us. Don't scan it and don't pay. If you have already paid, call your bank and Action Fraud on 0300 123 2040.\nTea dance as usual, Thursday 2pm.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; answers with facts
        "HOLLOWAY MEADOWS parkrun · a correction to last week's run report\nOur tail walker's 'fun fact' was wrong, and Hugh has asked us to put it right. Xie Saining is an assistant professor of computer science at New York University; before that he worked as a research scientist at Facebook AI Research. When articles called him one of Sora's inventors in February 2024, he posted on WeChat that he was not one of them and had no connection with Sora. The people who built Sora are credited in OpenAI's technical report. Hugh says sorry and will stick to facts about the course.",
    ),
    (
        None,
        "debunk",  # open to the public; answers with facts
        "From the committee, Ridgeway Riding Club: members' e-mail\nSeveral of you have asked whether you can sign up to Sora to make a film for the club's 40th anniversary. Here's what we found. In February, OpenAI's head of developer relations, Logan Kilpatrick, said that Sora was still being tested internally and that no date had been set for it to become a product. So far OpenAI has given access to red-team testers and a small number of artists and film-makers. So for the anniversary we're going with Sarah's camcorder and a great deal of patience.",
    ),
    (
        None,
        "debunk",  # the official app; answers with facts
        "Watawieh all yorlye! From the noticeboard at Rawson Hall, Norfolk Island 🌲 Some of you asked us at the Bounty Day lunch about 'the Sora app'. Here is what we found out. OpenAI's own app in the App Store and on Google Play is ChatGPT; the developer's name on the store page tells you who made an app. The apps called 'Sora' there come from other companies, and several charge a weekly subscription. OpenAI shows Sora only through the sample videos on its own website. If you're unsure, bring your phone to the hall on Wednesday and we'll have a look.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "Mereside Wheelers · about that 'Sora' video\nThe clip going round of riders setting off one by one into the mist at dawn, on a straight road lined with poplars, captioned 'Made with Sora, prompt below', is our club 10-mile time trial on the Hinton course. Mick Fairley filmed it on a GoPro from beside the timekeeper on 4 September 2022, and that morning's start sheet is still on the club website: the riders in the clip are numbers 1 to 6, in order. Somebody lifted it from Mick's YouTube channel and added the caption.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Village hall computer club handout, 'who's who in AI video': the diffusion transformer, the design OpenAI's report says Sora is built on, was introduced in the 2022 paper 'Scalable Diffusion Models with Transformers' by William Peebles and Saining Xie. Peebles went on to co-lead Sora at OpenAI; Xie is an assistant professor at NYU.",
    ),
    (
        None,
        "person_fact",
        "Read out at the heel bar's tea break from a tech column: the Keras author François Chollet grants that a video generator like Sora carries some model of physics inside it, but his test is whether that model is right, and whether it still works when a scene isn't just a blend of things it saw in training.",
    ),
    (
        None,
        "person_fact",
        "Pony Club parents' online-safety evening, slide 6 ('Why the kids should double-check'): the speaker quoted Hany Farid, who studies doctored images and video at UC Berkeley. His view is that video generators will only improve, and that once footage from something like Sora is joined up with a cloned voice, fakers get a far more convincing kit.",
    ),
    (
        None,
        "person_fact",
        "Cut out and pinned up by the tea urn at the cycling club ('AI corner'): the way NVIDIA's Jim Fan summed up Sora when OpenAI showed it was 'data-driven physics engine'. Underneath, in biro, somebody has asked whether it can explain why their chain keeps coming off on the climb.",
    ),
    (
        None,
        "news",
        "parkrun volunteers' newsletter, tech corner: OpenAI's report explains that Sora cuts videos up into small 'spacetime patches', which do the job that word tokens do in a language model like GPT.",
    ),
    (
        None,
        "news",
        "Village hall computer club, this week's demo notes: besides working from text prompts, OpenAI's report shows Sora taking a still picture made with DALL·E and animating it into a moving video.",
    ),
    (
        None,
        "news",
        "Watch and clock guild e-bulletin: OpenAI says that if Sora goes into one of its products, the videos will carry C2PA metadata, the content-credentials standard that records where a file came from.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "UPPER WOLDHAM TECH CAFÉ · Tuesday 10–12 in the committee room\nThis month: spotting AI video. We'll watch some of the sample clips OpenAI published for its video model Sora side by side with real footage, and practise looking for the giveaways (hands, writing on signs, things that vanish behind a lamp post). Bring a phone or tablet; tea and biscuits provided. Helpers from the sixth form.",
    ),
    (
        None,
        "benign",
        "CLUB CLASSIFIEDS · Mereside Wheelers\nFOR SALE: 54 cm aluminium road bike, Shimano Sora 9-speed groupset, painted in the official club colours, serviced last month with a new chain and cassette. There's a video of it on the club app. £300 ono. Come and see it at the club night, which is open to the public: Thursdays, 7pm, in the village hall.",
    ),
    (
        None,
        "benign",
        "MEET OUR NEW ARRIVAL at Ridgeway Riding School: 'Sora', a 14.2hh grey Connemara mare, named by our youngest rider after the Japanese word for the sky she's the colour of. She's the official mascot of our open day on 6 July, which is open to the public, with pony rides from £5. Watch her first video on our booking app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout44", HELDOUT44, threshold=0.6)


if __name__ == "__main__":
    main()
