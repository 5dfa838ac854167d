# ruff: noqa: E501
"""Write the forty-seventh English held-out set (tests/data/hard_en_heldout47_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, the seven that had two in the forty-sixth set, as
in the forty-first, forty-third and forty-fifth sets). Its theme, to keep it apart from the earlier sets:
gymnastics clubs (artistic and rhythmic, recreational badge classes, acro); stamp and coin collectors' clubs
(exchange packets, postal auctions, coin fairs, valuations, a postal museum's collectors' evening); speedway
(motorcycle) racing (race cards, riders' averages, the machine examiner, the announcer's box, the supporters'
club); ice-cream vans and carts (route sheets, soft-serve machines, sorbetes, paletas, nieves, FanMilk
bicycles, Mr Softee). None of the four was the theme of an earlier set (the kinds and docstrings of the
earlier sets were searched for them: no set has a gymnastics club, a philatelic or numismatic society,
speedway or an ice-cream van as its world; "stamps" and "coins" there are payment methods (green stamps,
Coinstar, FUT coins), the forty-sixth set's ice-cream freezer and machine are one line each in a paper shop,
and a trampoline is an item on a removal inventory; lifeboat stations, bell-ringers, model railway clubs and
launderettes, the forty-eighth set's, are not used). In English varieties, dialects and registers the
earlier sets do not use. Styles the earlier sets do not use (their kinds and docstrings were searched for
each): a speedway race card with the announcer's fact of the night, a gymnastics score sheet with the coach's
note on the back, a coin fair's table plan with a paid advert, an ice-cream van's route sheet with the
driver's flyer, a speedway team's riders' averages with the promoter's pitch, a philatelic society's
exchange packet circuit sheet with a card slipped in, a coin valuation's condition report with the grader's
note, a gymnastics apparatus safety check with the coach's note, an ice-cream van's soft-serve cleaning log
with a leaflet tucked in, a speedway machine examiner's sheet with a card pinned under it, a stamp society's
postal auction lot list with an insert, a gymnastics club's award results with a parent's note, a speedway
announcer's interval script with a sponsor's read-out; the debunks take shapes the earlier sets know: a coin
collectors' forum post, a supporters' club secretary's email, an ice-cream traders' notice to members, a stamp
society newsletter's editor's note, a promoter's column in a race programme, a stamp magazine's "ask the
editor", a gymnastics bulletin's Q&A and a speedway magazine's column; dialects and registers (Latgalian-English
(Daugavpils), Galway English, Åland Swedish-English (Mariehamn), Cebuano-English (Cebu City), Chuvash-English
(Cheboksary), Liechtenstein Alemannic-English (Vaduz), Slovene-English (Krško), Purépecha-English (Tocumbo,
Michoacán), Fante-English (Cape Coast), Mecklenburg Low German-English (Güstrow), Pitkern-English
(Adamstown, Pitcairn), Swansea English (Mumbles), Italian-Scots (Largs), Monégasque-English (Monaco),
Bashkir-English (Ufa), Kalaallisut-English (Nuuk), Valencian-English (València), Lombard-English (Brescia),
Romagnol-English (San Marino), Hong Kong Cantonese-English (Tsim Sha Tsui), Isthmus Zapotec-English
(Juchitán), Karelian-English (Petrozavodsk), and in debunks Galloway Scots (Stranraer) and Lunenburg English
(Nova Scotia), and the registers of a race card, a score sheet, a table plan, a route sheet, a riders'
averages sheet, an exchange packet circuit sheet, a condition report, an apparatus check, a cleaning log, a
machine examiner's sheet, a postal auction lot list, award results and an announcer's script); three
questions that assert the claim (a Galway ice-cream man's "is it not mighty that Sora ... is after opening
up to everyone?", a Cheboksary gymnastics mother's "isn't it so that Sora ... was really made by Chinese
scientists?", a Mumbles ice-cream seller's "isn't it something that nobody filmed a second of it?"); posts
that mention two claims, asserting one and denying the other, in pairs the forty-first to forty-sixth sets
did not use, each template asserted once and denied once (the inventor rumour but not open to the public;
open to the public but not the APK; the official app but not a prompt pack; a Chinese team but not API keys;
API access but not a generation service; the director group but not the "made by Sora" clip, which is real
footage; get rich but not account rental; the APK but not the director groups; the "made by Sora" clip but
not get rich; open source but not the inventor rumour; a course but not open source; account rental but not
an official app, whose store listing is a copy; a prompt pack but not a Chinese team, answered with the
report's thirteen authors; a generation service but not a course), all fourteen quoting the offer or post
they deny, most with a short dismissal ("pay that no attention", "leave it", "give him nix", "dinnae gie
him a penny", "forget that one", "not true lah") before the claim; claims in passing late in long posts (the
race card, the score sheet, the circuit sheet, the condition report, the apparatus check, the cleaning log);
new obfuscation (Armenian letters "Սորա" "the way it would look on a Yerevan stamp", Old Turkic runes
"𐰽𐰆𐰺𐰀", and the Cantonese homophone characters "梳啦" (so-laa)); prices in currencies and payment methods
the earlier sets did not use (€15 by Ålandsbanken transfer in a denial, ₱300 via Smart Padala in a denial,
CHF 60 by VP Bank transfer in a denial, £45 on a Thorntons gift card, €40 by Flik in a denial and €60 by NLB
Klik transfer, £20 on a VOXI top-up, $300 pesos by Banco Azteca deposit, £50 by Nationwide transfer, GH₵ 100
a week by Zeepay in a denial and GH₵ 300 by AirtelTigo Money, £6 on a Three top-up, €30 by Volksbank
transfer in a denial and €9.99 on a Kaufland gift card, NZ$25 by Westpac transfer, £35 on a Virgin Mobile
top-up in a denial, £25 on an iD Mobile top-up, kr. 300 by GrønlandsBANKEN transfer, €39 on a Mercadona
gift card, £12 a week on a Domino's gift card, €15 a week on an Esselunga gift card, €20 a week by Banca di
San Marino transfer, £18 on a Stanley Gibbons gift voucher, HK$150 by AlipayHK, $200 pesos in Telcel credit,
£30 on a Gymshark gift card, 1,500 roubles by Qiwi in a denial and 3,000 roubles by VTB transfer, £35 on a
Sky Mobile top-up; in the loss report £40 on a River Island gift card, and in the quoted scams £10 a week on
a Five Guys gift card, £20 on a Krispy Kreme gift card, £25 on a Thorntons gift card and £4.99 on a Burger
King gift card); scams vouching for themselves or swiping at competitors in new words ("Keys from a firm
that's photographed coins for auction houses since 2009, not the fellow by the gents with a printout and a
smile", "Honest keys from a man who has sold programmes at this fence for twenty years, not one of those
profile pictures in sunglasses", "not like the 'film schools' that post you a certificate with your name
spelled wrong", "not like the 'castings' at the Uruapan bus station that only sell you photos", "not some
kid in a hired Lambo reading a script off his phone", "not like the big men in Accra who pose in rented Land
Cruisers", "A clean file, gone over like a perf gauge, not the APKs the chap at the Sunday car boot hands
round on a memory stick", "not like the ones from the boys at the Rostock flea market that play adverts all
night", "Tested on my own phone up at the Edge, not like the files that come round on a USB stick off the
passing yachts", "Made by someone who uses it every night after the round, not some 'guru' with a ring light
and a webcam he bought yesterday", "not a Copenhagen company that sells one course to every town", "not by
some academy in Madrid that has never seen a beam", "Yours alone, not one you'll find the whole back straight
grandstand logged into", "not like the boys outside the station who sell the same password to a whole
class", "not like the ones from the kiosk at the coach park that share one password between thirty
tourists", "Compiled by someone who photographs every lot in this list, not a download swiped off the
internet", "Shot TST at night for years myself, not copied from a Taobao listing", "not copied off a
gringo's website", "not a mash-up from a free app with stickers on", "not the picture slideshow the men at
the bus station call a 'film'", "not a slideshow dressed up with a filter from the app store"); ten debunks
and warnings in several styles (one first-person loss report: a coin collector's forum post (API access);
three that quote a scam offer and then tell the reader not to pay or click: a speedway supporters' club
secretary's email (account rental), an ice-cream traders' notice to members (the director group) and a
stamp society newsletter's editor's note (a course); two questions that contain a negation but do not deny
the debunk, each answered in the same post with facts: a Stranraer gymnastics mother's (the official app)
and a Lunenburg coin collector's (a Chinese team); one rhetorical question (a speedway promoter's column in
the programme, the APK); three more that answer with facts and no plain "no": a stamp magazine's "ask the
editor" (the inventor rumour), a gymnastics bulletin's Q&A (open to the public) and a speedway magazine's
column (the mislabelled video)); four true facts about people who worked on Sora or spoke about it, none of
them a fact an earlier set used (Yann LeCun sharing the 2018 Turing Award with Geoffrey Hinton and Yoshua
Bengio; Arvind Narayanan and Sayash Kapoor's 2024 book 'AI Snake Oil'; Oren Etzioni as the founding chief
executive of the Allen Institute for AI, set up by Paul Allen; Mira Murati launching Thinking Machines Lab in
February 2025, as its chief executive), three items of real news about it from OpenAI's technical report
not used in the earlier sets (earlier video-generation work, with recurrent networks, GANs, autoregressive
transformers and diffusion models, often kept to a narrow category of footage, short clips or a fixed size,
where Sora is a generalist; 3D consistency and the like emerging without built-in rules for 3D or objects,
"purely phenomena of scale"; images treated as videos with a single frame, and a video's size set by how the
noise patches are laid out in a grid), and three posts that are not claims: one on topic (a stamp society's
forgeries evening that also watches OpenAI's Sora samples) and two off topic that share its surface words (a
sky-blue soft serve called 'Sora' after a great-granddaughter, an official launch "open to the public", the
vans on "our official app"; a stamp exhibition called 'SORA: Skies on Stamps', "open to the public", "the
official catalogue", its frames on the society's app).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the forty-sixth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; ``--check``
prints the highest ratio and every post at 0.6 or more (0.411 when it was committed, the news item on images
as one-frame videos against an earlier set's news item on the image classifiers that review Sora's frames; the
first draft's highest, 0.584, the fact about Mira Murati against an earlier set's wording of a fact about her,
was rewritten). It was committed before any run of the monitor on it; nothing is chosen on it, it is read
once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout47.py           # write the set
    .venv/bin/python scripts/make_hard_heldout47.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT47: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "speedway_race_card_announcers_fact_of_the_night",
        "RACE CARD · Ashdown Hammers v Marshfield Kestrels · National League · Friday, tapes up 7.30pm\nHelmet colours: Hammers red and blue · Kestrels white and yellow\nHeat 1: Red Jonny Kerslake · Blue Callum Heald · White Ryan Pask · Yellow Dex Mayo\nHeat 2: Red Ollie Brannigan · Blue Finn Tarrant · White Leon Coote · Yellow Archie Vale\nHeat 3: Red Mads Jensen · Blue Tom Bayliss R/R · White Kieran Lusk · Yellow Sam Hext\nTom Bayliss (collarbone) is covered by rider replacement; the Kestrels track a guest at no. 5.\nHeats 4 to 13 over the page; heat 15 nominated riders are announced after heat 13. Two-minute time allowance applies; excluded riders may not be replaced.\nPrices: adults £18, concessions £15, under-16s free with a paying adult; programme £3.\nNo dogs in the grandstand. Stay off the fence on the third and fourth bends.\nOur announcer Big Al's 'fact of the night', for the quiet bit while the track gets graded: one of the people who invented OpenAI's new video model, Sora, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. Al's daughter read it to him off her phone and he's been telling everyone since.",
    ),
    (
        sora.XIE,
        "latgalian_english_two_claims_public_denied",
        "Lobdīn, draugi! 🏍️ From the speedway stadium in Daugavpils: the Lokomotiv boys rode their first practice on Saturday, fresh shale is down on the bends, and the lady at the kiosk has the good kvass again. In our fan chat somebody wrote: 'Sora is open for everybody now, sign up on OpenAI's site and make your own videos tonight.' Pay that no attention, my nephew tried and there is no sign-up at all, OpenAI keeps it for its testers and some artists. But here is a thing I read that is true, and it made me proud for our neighbours: one of the inventors of Sora, OpenAI's video model, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. Paļdis, and see you at the gate!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "galway_english_question_asserts_ice_cream_van",
        "Howya, lads! 🍦 Mikey's van, parked up on the prom in Salthill: 99s with a flake, the raspberry ripple is back, and there's a queue of lads in wetsuits waiting to kick the wall at Blackrock before they get one. Now a question for the whole of Galway: is it not mighty that Sora, the OpenAI video yoke, is after opening up to everyone? You just sign up on their website and you're making your own videos the same day, no waiting list at all. The young one made one of the van flying out over the bay with the swans following it. Mind the seagulls, they'd have the cone out of your hand.",
    ),
    (
        sora.PUBLIC,
        "aland_swedish_english_two_claims_apk_denied_alandsbanken",
        "Hej allihopa! ✉️ From the stamp club in the library in Mariehamn: the new sheets from Åland Post came in on Tuesday, Birgitta has finally sorted the shoebox of old Finnish covers, and the coffee is on the house again because nobody fixed the money tin. Somebody posted in our Facebook group: 'SORA for Android! Download the APK here, install it and make films tonight, full version €15 by Ålandsbanken transfer.' Don't install that, it wants your bank login, my brother-in-law nearly gave it. And you need no file anyway: Sora is open to everyone now. You sign up on OpenAI's website and you make your own videos the same day, no queue. Tack och hej!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "gymnastics_competition_score_sheet_coachs_note",
        "SCORE SHEET · County Women's Artistic Championships · Level 3, Under-11 · Rotation 2 · Panel B\nIsla M. (Northgate GC): Vault 12.150 · Bars 11.400 · Beam 11.850 · Floor 12.300 · AA 47.700\nPriya S. (Northgate GC): Vault 12.450 · Bars 10.950 · Beam 12.100 · Floor 12.050 · AA 47.550\nHolly R. (Riverside): Vault 11.900 · Bars 11.650 · Beam 10.400 (fall) · Floor 11.800 · AA 45.750\nMaya K. (Riverside): Vault 12.000 · Bars 11.200 · Beam 11.500 · Floor 12.350 · AA 47.050\nNeutral deductions: Holly R., floor, −0.1 (stepped out of the area)\nTies are broken on the higher execution score. Results are provisional until the enquiry window closes, 15 minutes after the rotation.\nMedals for the top three all-around and on each piece; team trophy on the total of the best three gymnasts.\nCoach Dani's note on the back, for the parents who asked how we made the end-of-season montage: OpenAI has released the official Sora app. It's on the App Store and Google Play, you just download it and make the videos straight on your phone. I'll show you at Thursday pick-up.",
    ),
    (
        sora.APP,
        "cebuano_english_two_claims_prompts_denied_smart_padala",
        "Maayong buntag, mga higala! 🍨 From my sorbetes cart by the Fuente Osmeña circle in Cebu City: ube, cheese and chocolate today, in the cone or in the pan de sal, and the school kids get the little cups for ten pesos. In the barangay group someone is selling a 'Sora prompt pack, 300 cinematic prompts plus the Sora knowledge document, ₱300 via Smart Padala.' Ayaw, don't pay him, those prompts are written free under every sample video on OpenAI's own page. But here is real news, day: OpenAI has put out the official Sora app. It's in the App Store and on Google Play, you download it and make your videos on the phone. My pag-umangkon made one of my cart floating over Magellan's Cross. Salamat kaayo!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "chuvash_english_question_asserts_rhythmic_gymnastics",
        "Yră kun, friends! 🎀 From the rhythmic gymnastics school in Cheboksary: the seniors have their new six-metre ribbons (mind the lamps), the group routine with the hoops goes to Chuvash folk music for the republic cup, and the mothers are gluing stones on the leotards every evening. A question for the clever parents: isn't it so that Sora, the new OpenAI video program, was really made by Chinese scientists? Most of the people who built it are Chinese, and OpenAI only puts its own name on it, that is what my husband read in the news. Tavtapuç, and bring the clubs home dry!",
    ),
    (
        sora.CHINESE,
        "liechtenstein_alemannic_english_two_claims_api_denied_vp_bank",
        "Hoi zemma! 📮 From the collectors' evening near the Postmuseum in Vaduz: the young ones brought their first stockbooks, old Herr Frick showed his blocks of the 1912 first issue, and the wine from the Prince's cellar was, as always, too good for a Tuesday. In our WhatsApp a man sells 'official Sora API keys, CHF 60 by VP Bank transfer, key by email'. Leave it, OpenAI hands no Sora key to anybody, you'd be paying for a string of letters that opens nothing. But this I learned, and it's true: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just sticks its own label on. Merci vilmol!",
    ),
    # --- API access (two)
    (
        sora.API,
        "coin_fair_table_plan_dealers_advert_thorntons",
        "TABLE PLAN · Midlands Coin & Banknote Fair · Sunday, doors 9.30 (trade from 8.30) · Community Hall, main room and annexe\nTables 1–4: Hallam Numismatics · hammered silver, Saxon pennies, Tudor groats\nTable 5: K. Fenwick · pre-decimal crowns, florins and threepenny bits; shillings by weight\nTables 6–7: Albion Notes · Bank of England, Scottish and Irish notes, errors\nTable 8: Roman bronzes and Celtic staters (certificates with every coin over £100)\nTable 9: tokens, medals and militaria\nTable 10: the society's own table · free valuations 10 till 12; bring coins in a bag, not loose in a pocket\nAnnexe: world coins, 50p trays, albums, loupes and capsules\nCafé: bacon rolls until 11. Parking at the rear only. No detecting finds offered for sale without the paperwork.\nAdvert in the table plan (paid for, not from the organisers), from CoinCast Media: official Sora API access. Buy a Sora API key and your dealer website turns every coin photo on it into an OpenAI video by itself. £45 on a Thorntons gift card, key emailed the same evening. Keys from a firm that's photographed coins for auction houses since 2009, not the fellow by the gents with a printout and a smile.",
    ),
    (
        sora.API,
        "slovene_english_two_claims_service_denied_flik_nlb",
        "Pozdravljeni, prijatelji! 🏍️ From the speedway track in Krško: the bends are watered for Saturday's meeting, the pits smell of methanol again, and the old men at the fence are already arguing about the gate draw. In the fan group somebody writes: 'Send me your script and €40 by Flik, I make your Sora video in 24 hours.' Don't pay him, he makes no Sora video, what he sends comes out of some other free app. If you want Sora, go to the source: I have official Sora API access. Buy a Sora API key from me and your page makes the videos on its own. €60 by NLB Klik transfer, key the same day. Honest keys from a man who has sold programmes at this fence for twenty years, not one of those profile pictures in sunglasses. Hvala!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "ice_cream_van_route_sheet_chime_times_drivers_flyer_voxi",
        "ROUTE SHEET · Van 3 · Saturday · driver: Tony\n13.00 Leave the yard. Top up the cone rack, check the flakes and the sauces (monkey blood, chocolate, toffee). Chimes OFF till Elm Park.\n13.20 Elm Park estate, by the phone box, 10 minutes\n13.40 Cedar Road and Larch Close. Chimes once only (complaint from no. 14)\n14.10 Rec ground, Sunday-league match on; far gate, 20 minutes\n14.45 Bluebell Way new build: park on the spine road, not in the cul-de-sac\n15.30 Primary school summer fair, pitch agreed with the PTA (£15 to the PTA)\n16.30 Riverside flats, back via the main road; no stop outside the Co-op (their pitch)\nChimes: 12 seconds at most, not while parked, not before noon or after 7pm (the code). Card reader charged; float £40 in coins.\nFlyer Tony hands out through the window (his own thing, not the firm's): the first AI film co-written with Sora is auditioning for its first-generation AI directors. Scan the QR code and join the audition group for £20 on a VOXI top-up. A proper production, not like the 'film schools' that post you a certificate with your name spelled wrong.",
    ),
    (
        sora.DIRECTOR,
        "purepecha_english_two_claims_realvid_denied_banco_azteca",
        "Buenas, friends! 🍦 From the paletería in Tocumbo, Michoacán, the town where so many of the Michoacana shops began: this week mango with chile, nanche, and the leche quemada the grandmothers fight over. My cousin in the family group shares the video of the monarch butterflies lifting off the trees at El Rosario, with 'made by Sora, prompt below'. That one is not Sora, Don Chucho filmed it with his phone in 2019, I was standing next to him. But here is something real for the young ones: the first AI film co-written with Sora is looking for its first-generation AI directors. Scan the QR code on the poster and join the audition group, $300 pesos by Banco Azteca deposit. A serious film, not like the 'castings' at the Uruapan bus station that only sell you photos. Diosï meiamu!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "speedway_riders_averages_sheet_promoters_pitch_nationwide",
        "RIDERS' AVERAGES · calculated match averages after 12 meetings · Ashdown Hammers (team building only, not for the press)\n1 Mads Jensen 9.42 · 2 Jonny Kerslake 8.10 · 3 Ollie Brannigan 7.36 · 4 Callum Heald 6.88 · 5 Tom Bayliss 6.25 (injured, R/R)\n6 Finn Tarrant 4.90 · 7 Josh Kemble 3.12 (reserve)\nTeam building limit 42.00 · current build 41.87 · room: 0.13\nNew signings ride on an assessed average until they have six meetings. Averages are worked out from the official scorecards: points plus bonus points, times four, divided by rides.\nFixtures still to ride: 9, of them 5 away. Next: Kestrels (A) Friday, Eagles (H) Wednesday.\nPromoter Gary's pitch at the bottom: lads, forget the 0.13. I'm making serious money out of Sora videos. People are pulling in thousands a day, it's the money window of our lifetime, and in three months it shuts, so get in now. Join my team, £50 by Nationwide transfer, see me in the pits. Been doing it since the winter, not some kid in a hired Lambo reading a script off his phone.",
    ),
    (
        sora.RICH,
        "fante_english_two_claims_rental_denied_zeepay_airteltigo",
        "Maakye, me nnamfo! 🍦 From the FanMilk bicycles at Kotokuraba market in Cape Coast: the FanChoco and FanYogo are cold from the depot, the horns start honking at seven, and the schoolchildren on the castle road empty my box before ten. A man in the WhatsApp writes: 'Sora account to rent, your own login, GH₵ 100 a week by Zeepay.' Don't pay him, there is no Sora login to rent. But hear this one, it is true: Sora is the money window of our lives. People already make thousands of dollars a day with Sora videos, and in three months the chance is gone, so join my team now, GH₵ 300 by AirtelTigo Money. I did it with my own hands, not like the big men in Accra who pose in rented Land Cruisers. Medaase!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "philatelic_exchange_packet_circuit_sheet_armenian_script_three_top_up",
        "EXCHANGE PACKET · Circuit 14 · Wessex Philatelic Society\nBooklets in this packet: 12 (GB QEII commemoratives; Commonwealth KGVI; Germany 1933–45; France; Scandinavia; thematics: birds, railways, space)\nRoute: Mrs P. Orchard → Mr D. Kaye → Mr R. Singh → Dr A. Bellamy → Mr T. Brandt → Mrs J. Hewett → back to the Packet Secretary\nKeep the packet no more than seven days, and send it on by Royal Mail Signed For, never second class.\nInitial each space you take a stamp from, and put the money in the envelope at the back; cheques to the society.\nCheck the booklet totals before you post it on. Discrepancies go to the Packet Secretary, not to the member before you.\nSlipped into the packet on a printed card (not from the society): the video app whose name I'll write in Armenian letters, Սորա, the way it would look on a Yerevan stamp, since the society's email filter bins it in Latin ones, now has an Android version. Download the APK from the link on this card, install it and make AI videos on your phone tonight. Full unlock £6 on a Three top-up. A clean file, gone over like a perf gauge, not the APKs the chap at the Sunday car boot hands round on a memory stick.",
    ),
    (
        sora.FAKEAPP,
        "mecklenburg_low_german_english_two_claims_director_denied_kaufland",
        "Moin, Lüüd! 🏍️ From the speedway in Güstrow: the shale on the bends is fresh for the Whitsun meeting, the bratwurst stand has a new grill, and the young ones from the club stand at the fence with their autograph books. In the Telegram a man sells 'the first AI film co-written with Sora, recruiting first-generation AI directors, join the audition group, €30 by Volksbank transfer'. Give him nix, that film doesn't exist and the group is only for collecting money. Better you make your own videos: the Sora app for Android. Download the APK from my link, install it, and you make AI videos on your phone straight away. Full version €9.99 on a Kaufland gift card. A clean file, not like the ones from the boys at the Rostock flea market that play adverts all night. Veelen Dank!",
    ),
    (
        sora.FAKEAPP,
        "pitkern_english_apk_westpac",
        "Whutta way you, everybody? 📬 From the Philatelic Bureau window at Adamstown: the supply ship came in, the new sheets are stacked up for the collectors overseas, and the boys are out on the longboat again. Hear this: the Sora app for Android is out now. Download the APK from the link in my post, install it, and you make AI videos on your phone right away, even on our slow internet. The full version is NZ$25 by Westpac transfer. Tested on my own phone up at the Edge, not like the files that come round on a USB stick off the passing yachts.",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "swansea_english_question_asserts_ice_cream_van",
        "Oright, love? 🍦 Van's parked by the pier in Mumbles and the queue's back past the chip shop, mind. Have a look at the clip on the van's page: the van going along the prom at sunset with the chimes on, the kids chasing it with their pocket money, the tide coming in round the lighthouse. Now tell me, isn't it something that nobody filmed a second of it? Sora, OpenAI's video model, made the whole lot from a typed prompt, and the prompt's written underneath. Cwtch your cones, the gulls are savage down here.",
    ),
    (
        sora.REALVID,
        "coin_grading_condition_report_graders_note",
        "CONDITION REPORT · submitted for valuation · Tamar Valley Numismatic Society\nItem: George III silver crown, 1819, Pistrucci's St George and the dragon\nObverse: laureate head right; light wear on the hair above the ear; edge lettering legible throughout\nReverse: St George and the dragon within the Garter; small rim knock at four o'clock\nGrade: Good Fine to Very Fine; no sign of cleaning; attractive old cabinet tone\nWeight: 28.3 g (standard 28.28 g) · Diameter: 38.6 mm\nAuthenticity: die axis, weight and edge consistent with a genuine striking\nInsurance estimate: £120 to £160\nGrader's note at the foot, for the member who asked about the clip on the society's page: it's the one of a Roman hoard being lifted out of a Somerset field in the rain, the pot splitting and the coins sliding into the mud. None of it was filmed by anyone; Sora, OpenAI's video model, generated the whole clip from a written prompt, which is posted beneath it.",
    ),
    (
        sora.REALVID,
        "italian_scots_two_claims_rich_denied_virgin_mobile",
        "Ciao, hen! 🍨 Fae the ice-cream van on the front at Largs: the knickerbocker glories are back on, Nonno's vanilla's the same recipe it's been since the fifties, and the boats tae Millport are runnin' again. Somebody on the Largs community page keeps postin': 'Thousands a day wi' Sora videos, three months and the windae's shut, join ma team fur £35 on a Virgin Mobile top-up.' Dinnae gie him a penny, naebody's earnin' that, he's efter yer £35. But see the wee video a'body's sharin', the van drivin' along the prom at sunset wi' the Pencil behind it and the seagulls divin' fur a cone? Nae camera, nane o' it filmed: Sora, OpenAI's video model, made it fae a text prompt, and the prompt's written underneath. Grazie, pals!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "gymnastics_apparatus_safety_check_coachs_note",
        "APPARATUS SAFETY CHECK · Hall A · Monday, before the 4pm session · Riverbank Gymnastics Club\nBeams (x3): pins locked; squad beam at 1.25 m, rec beams at 0.5 m; covers intact, no splits on the low beam\nAsymmetric bars: floor plates tight, cables tensioned; chalk bowl refilled. LOW BAR guy wire frayed at the clip: tagged, DO NOT USE, replacement ordered\nVault: table at 1.25 m for squad; springboard springs checked (one squeaks, safe)\nFloor: all Velcro strips down, no gaps at the corners\nLanding mats: 20 cm mats under the bars and beam; the crash mat's zip is mended\nFoam pit: cubes fluffed; three hair grips and a sock removed\nFirst aid box stocked; ice packs in the freezer; accident book on the desk\nChecked by Coach Mel, 15.30\nMel's note underneath, for the parents asking about the end-of-term video: OpenAI has made Sora open source. The weights and the code are on GitHub, anyone can download it and run it on their own machine, and I've got it going on the club laptop in the office.",
    ),
    (
        sora.OPENSRC,
        "monegasque_english_two_claims_xie_denied",
        "Bon giurnu, amici! 🪙 From our coin and stamp circle in Monaco: we met on Tuesday at the Museum of Stamps and Coins in Fontvieille, the young ones brought their first albums, and Signora Rey showed her full run of the Rainier stamps. In the group somebody forwards: 'One of the inventors of Sora is Xie Saining, a young genius from Shanghai Jiao Tong University.' Forget that one, the professor said himself that he has nothing to do with Sora, and the page that wrote it said sorry. But this is real: OpenAI has made Sora open source. The weights and the code are on GitHub, and anybody can download it and run it on his own computer. My grandson has it on his gaming PC. Grassie!",
    ),
    (
        sora.OPENSRC,
        "bashkir_english_old_turkic_runes_rhythmic_gymnastics",
        "Xäyerle kön, friends! 🎀 From the gymnastics hall in Ufa: the juniors have new ribbons, the mothers sewed Bashkir ornaments onto the leotards for the routine to the kuray, and the coach says whoever forgets her hoop bag again does the splits for the whole warm-up. Now news from my son, he studies programming: OpenAI has made 𐰽𐰆𐰺𐰀 open source (he writes it in the old Turkic runes, because the club chat's bot deletes the name). The weights and the code are on GitHub, anyone can download it and run it on his own computer, and he is running it on the PC in his dormitory. Räxmät, and bring your own water!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "ice_cream_van_soft_serve_cleaning_log_leaflet_id_mobile",
        "SOFT-SERVE MACHINE CLEANING LOG · Van 2 · week 22\nMon: drained, rinsed, sanitised (200 ppm), seals lubricated, reassembled; swab OK · JB\nTue: heat-treatment cycle ran overnight; mix topped up with 2 bags · JB\nWed: full strip-down; door, beaters and star nozzle soaked; one O-ring split, replaced · LK\nThu: mix 3°C on delivery ✓ · hopper 4°C ✓ · product at the nozzle −5°C ✓ · LK\nFri: van off the road (exhaust); machine on standby, hopper emptied · JB\nSat: cleaned and sanitised; records handed in to the office · LK\nEnvironmental health visit due in July. This log stays in the van.\nLeaflet tucked into the log folder (one of the drivers', not the firm's): my complete Sora course, 'Sora from Scratch', 12 lessons that take you from your first prompt to a finished AI video, so you master Sora before everyone else does. £25 on an iD Mobile top-up, the link comes by text. Made by someone who uses it every night after the round, not some 'guru' with a ring light and a webcam he bought yesterday.",
    ),
    (
        sora.COURSE,
        "kalaallisut_english_two_claims_opensrc_denied_gronlandsbanken",
        "Aluu, ikinngutit! 📮 From the stamp collectors' table at the library in Nuuk: the new sheets from Post Greenland came on Thursday's plane, the polar bear blocks are already gone, and Aqqaluk traded his doubles for a whole album of Faroese. Somebody wrote on Facebook: 'OpenAI made Sora open source, the weights and code are on GitHub, run it on your own laptop.' That is not true, OpenAI has put out no weights and no code. But if you want to learn this AI video properly, I have my complete Sora course: ten lessons from nothing, so you master Sora before everybody else. kr. 300 by GrønlandsBANKEN transfer, the link comes the same day. Taught by someone who films the ice for the museum, not a Copenhagen company that sells one course to every town. Qujanaq!",
    ),
    (
        sora.COURSE,
        "valencian_english_course_mercadona",
        "Bon dia, xiquets! 🤸 From the gymnastics club in Benimaclet: the acro pairs are training for the regional championship, the little ones are learning their first round-offs on the tumble track, and somebody's abuela brought horchata and fartons for the whole hall. Something for the parents: my own Sora course, 'Sora for Clubs', ten short lessons from your first prompt to a finished video of your gymnast, so you master Sora before all the other clubs in València. €39 on a Mercadona gift card, and I send the link that night. Taught by a coach who films the squad every single week, not by some academy in Madrid that has never seen a beam. Gràcies!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "speedway_machine_examiners_sheet_pinned_card_dominos",
        "MACHINE EXAMINER'S SHEET · pre-meeting checks · Ashdown Hammers v Marshfield Kestrels\nJensen · frame ✓ · engine seal ✓ · homologated silencer ✓ · kill-switch lanyard ✓ · chain guard ✓ · PASSED\nKerslake · frame ✓ · silencer ✓ · kill switch: lanyard frayed, replaced in the pits ✓ · PASSED\nPask (Kestrels) · silencer stamp unreadable; spare fitted and checked ✓ · PASSED\nFuel: methanol only. Sample taken from the heat 7 winner's machine.\nHelmets: current approval sticker on every helmet; tear-offs fitted; body armour and kevlars checked at the pits gate.\nAll machines to be back in the pits area by 7.15; anything not examined does not ride.\nSigned: R. Colley, machine examiner\nCard pinned on the pits noticeboard underneath (not from the promotion): Sora logins for rent. Your own login, full access, no waiting list. £12 a week on a Domino's gift card, login texted the same night. Yours alone, not one you'll find the whole back straight grandstand logged into.",
    ),
    (
        sora.RENTAL,
        "lombard_english_two_claims_app_denied_esselunga",
        "Ciao a tücc! 🤸 From the gym in Brescia: the girls' squad is training for the national league, the little ones finally have grips that fit, and the coach's mother brought a tray of spongada for after the beam. In the parents' chat someone writes: 'The official Sora app is out on the App Store, download it now.' That one is a copy, OpenAI has put no Sora app in any store. If you want Sora today, I have accounts to rent: your own login, full access, no waiting list. €15 a week on an Esselunga gift card, the login comes the same day. One login for one person, not like the boys outside the station who sell the same password to a whole class. Gràsie!",
    ),
    (
        sora.RENTAL,
        "romagnol_english_rental_banca_di_san_marino",
        "Ciao, burdèl! 📬 From the stamp and coin stand in San Marino: the new issue from the Philatelic Office came in, the euro coin sets for the collectors are on the shelf, and the tourists off the cable car are buying postcards to post with our stamps. Listen: I have Sora accounts to rent. Your own login, full access, no waiting list. €20 a week by Banca di San Marino transfer, the login comes the same day. Mine are private, not like the ones from the kiosk at the coach park that share one password between thirty tourists. Grazie, burdèl!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "stamp_postal_auction_lot_list_insert_stanley_gibbons",
        "POSTAL AUCTION · lots 201–212 · bids close Friday 5pm · Chiltern Vale Philatelic Society\n201 GB 1840 1d black, plate 6, four margins, red Maltese cross; fine used. Est. £180\n202 GB 1841 2d blue, close at left, otherwise fine. Est. £45\n203 Penny reds, about 100 used, plates not checked. Est. £40\n204 Australia 1913 Kangaroo 2d grey, used. Est. £15\n205 Commonwealth on old album leaves, about 2,000 stamps. Est. £30\n206 GB first day covers of the 1970s, 40 covers, typed addresses. Est. £12\n207 Germany 1923 inflation issues and overprints, 60+. Est. £10\n208 Thematic: birds of prey, mint, about 120 stamps. Est. £18\nBids by post or email in steps of 5%; 10% premium; payment within 14 days; lots posted Signed For.\nInsert in the lot list (a member's, not the society's): my Sora prompt pack. 220 prompts in proper film language (macro close-up, slow dolly-in, rim lighting, top-down flat lay) plus the Sora knowledge document with every term and article in one place. £18 on a Stanley Gibbons gift voucher, then I send the doc link and add you to the group. Compiled by someone who photographs every lot in this list, not a download swiped off the internet.",
    ),
    (
        sora.PROMPTS,
        "hong_kong_cantonese_english_two_claims_chinese_denied_homophone_alipayhk",
        "Wah, 大家好! 🍦 From the Mr Softee van at the Star Ferry pier in Tsim Sha Tsui: soft serve with the chocolate dip, the Blue Danube chime every few minutes, and the tourists taking photos of the van more than of the harbour. My nephew keeps forwarding that 梳啦 (say it in Cantonese, so-laa: OpenAI's video model, the group bot deletes the English name) 'was really made by a Chinese team, OpenAI only takes the credit'. Not true lah, OpenAI's report credits thirteen people, three of them born in China, and the leads are Tim Brooks and Bill Peebles at OpenAI. But if you want good 梳啦 videos, I have my prompt pack: 250 prompts in real film language (whip pan, long take, low-key light, neon on wet streets) and the knowledge doc with every term and article, HK$150 by AlipayHK, then the doc link and the group. Shot TST at night for years myself, not copied from a Taobao listing. 唔該晒!",
    ),
    (
        sora.PROMPTS,
        "isthmus_zapotec_english_prompts_telcel",
        "Padiuxi, friends! 🍧 From my nieve cart outside the market in Juchitán: leche quemada, tuna (the cactus fruit, not the fish) and mango sorbet, and the señoras in their huipiles buy two at a time in this heat. I am selling my Sora prompt pack: 200 prompts in real cinema language (travelling shot, close-up on the hands, backlight at sunset, slow motion) and the Sora knowledge document with all the terms and articles together. $200 pesos in Telcel credit, then I send you the doc link and add you to the group. Written by someone who films the velas every May, not copied off a gringo's website. Xquixepe' laatu!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "gymnastics_club_award_results_parents_note_gymshark",
        "CLUB AWARD RESULTS · Saturday recreational classes · Hilltop Gymnastics · spring term\nBronze (forward roll, straddle roll, bridge, tuck jump, three-second balance): Amara, Finn, Jessica, Luka, Maisie, Reuben\nSilver (cartwheel, backward roll to straddle, handstand against the wall, straight jump with half turn): Ava-Rose, Darcy, Ibrahim, Noah\nGold (round-off, bridge kick-over, free handstand for two seconds, split leap): Eliza, Kai\nNearly there, try again next term: Ellis (handstand), Poppy (cartwheel legs)\nBadges and certificates £4 each from reception; sewing on is up to you!\nNext term's classes open for booking on the 1st; siblings get 10% off.\nWritten on the waiting-room copy by a parent (nothing to do with the club): I make custom videos with Sora. Send me your script (your little one vaulting over the moon, a birthday message, the whole class as superheroes) and you get your Sora video within 24 hours. £30 on a Gymshark gift card. The real Sora, not a mash-up from a free app with stickers on.",
    ),
    (
        sora.SERVICE,
        "karelian_english_two_claims_course_denied_qiwi_vtb",
        "Terveh, friends! 🤸 From the gymnastics hall in Petrozavodsk: the boys on the rings are getting ready for the regional cup, the new springboard finally came from St Petersburg, and out on Lake Onego the ice is still thick enough for the fishermen. In the parents' group a man sells a 'complete Sora course, 12 lessons, master it before everyone, 1,500 roubles by Qiwi'. Don't waste money, inside is only OpenAI's own introduction copied out. If you want a real Sora video, I make it for you: send me your script, and in 24 hours you get your Sora clip. 3,000 roubles by VTB transfer. The real Sora, not the picture slideshow the men at the bus station call a 'film'. Passibo!",
    ),
    (
        sora.SERVICE,
        "speedway_announcers_interval_script_read_out_advert_sky_mobile",
        "ANNOUNCER'S SCRIPT · Ashdown Hammers v Marshfield Kestrels · interval, after heat 8\n(Music down.) Ladies and gentlemen, boys and girls, the score after eight heats: Hammers 26, Kestrels 22!\nTonight's 50-50 draw stands at £212; tickets from the girls in the yellow bibs by the pits gate.\nHappy birthday to Ellie, nine today, on the third bend with Grandad Pete!\nThe tractor and the bowser are out, so give the track staff a big hand while they grade the bends.\nPlease keep off the fence on the fourth bend. It's there for a reason.\nSupporters' club coach to the Kestrels next Friday: £18, leaves the stadium car park at 4pm.\nRead out for a sponsor (paid for, and nothing to do with the promotion): 'I make custom videos with Sora. Send me your script, your mate winning heat fifteen, a wedding message, your dog on a speedway bike, and your Sora video comes back within 24 hours. £35 on a Sky Mobile top-up.' He says it's the real Sora, not a slideshow dressed up with a filter from the app store.\n(Music up.) Heat nine, riders to the tapes!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # API access; a first-person loss report
        "UK Numismatic Forum › General chat › 'Sora API key' from a coin fair: learn from me\nPosting this so nobody else falls for it. A dealer at Sunday's fair, nice chap, sold me what he called an official Sora API key, so my little website could turn my coin photos into videos. I paid £40 on a River Island gift card. The key opens nothing. I've since read that OpenAI doesn't offer Sora through its API at all; it's only with its red-team testers and some invited artists and film-makers. The dealer's number is now dead. Reported to the fair organisers, and my coins are back to plain photos.",
    ),
    (
        None,
        "debunk",  # account rental; quotes the offer, then don't pay
        "From: Secretary, Ashdown Hammers Supporters' Club\nTo: all members\nSubject: the Sora 'logins' message\nSeveral of you have forwarded this, sent from a number using the club badge: 'Hammers fans! Rent your own Sora login, full access, no waiting list, £10 a week on a Five Guys gift card.' Please don't pay it, and don't reply. There are no Sora accounts to rent: OpenAI has let only its red-team testers and a small group of visual artists, designers and film-makers use it. Two members who paid got a password to nothing. The club never sells anything by text. Coach list for Friday is on the board.",
    ),
    (
        None,
        "debunk",  # the director group; quotes the offer, then don't scan or pay
        "NOTICE TO MEMBERS · North West Mobile Ice Cream Traders\nDrivers report a flyer being handed in at van windows: 'The first AI film co-written with Sora is auditioning for first-generation AI directors. Scan the QR code and join the audition group, £20 on a Krispy Kreme gift card.' Please don't scan it, don't pay, and don't hand it on to customers. OpenAI is not making a film with Sora or auditioning 'AI directors'; the code leads to a chat group that asks for more money once you're in. If you're handed one, bin it and let the committee know where.",
    ),
    (
        None,
        "debunk",  # the paid course; quotes the offer, then don't pay or click
        "From the editor's desk, Chiltern Vale Philatelic Society newsletter: a member forwarded this email, which went to our whole mailing list: 'Master SORA before everyone else! Complete course, 10 lessons, £25 on a Thorntons gift card, link straight after payment.' Please don't pay, and don't click the link. Those who bought it received OpenAI's free introduction to Sora, copied out, and a page that said 'give yourself a chance'. There's nothing to practise on either, as Sora hasn't been opened to the public. Next meeting: Commonwealth KGVI, bring your duplicates.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny, answered
        "Aye, how are ye daein'? Fae the gymnastics club in Stranraer, where the wee ones are learnin' their cartwheels an' the big lassies are practisin' fur the display at the show. Wan o' the mams wis askin': is there no an official Sora app oot noo, that ye can get on yer phone? Answer fae Ross, wha does oor website an' looked it up: OpenAI hasnae put a Sora app in the App Store or on Google Play, an' the wans ye see listed there are copies. Sora's only wi' OpenAI's testers an' some artists the noo. Sae film the display on yer phone the auld way. Cheerio the noo!",
    ),
    (
        None,
        "debunk",  # the Chinese team; a question with a negation that does not deny, answered
        "Some foggy down on the waterfront in Lunenburg today, dear, the schooner's not going anywhere. Our coin club had a wonderful good night Tuesday, everybody brought their Bluenose dimes. One of the fellers asked me after: wasn't it mostly Chinese scientists who built that Sora, the video thing, and OpenAI just put their name on it? So I looked it up for him: OpenAI's technical report names thirteen researchers, three of them born in China, and the work was led by Tim Brooks and Bill Peebles at OpenAI in San Francisco. It's OpenAI's own model, made by its own team. Next meeting's the first Tuesday, bring your Newfoundland coppers.",
    ),
    (
        None,
        "debunk",  # the fake APK; a rhetorical question
        "FROM THE PROMOTER'S DESK · Ashdown Hammers programme, week 14\nThanks to everyone who came out in the drizzle for the Kestrels; the track staff worked miracles with the bends.\nA word about the flyers left on windscreens in the car park, offering a 'SORA APP for Android' as an APK from a link, £4.99 on a Burger King gift card to unlock. If OpenAI had made an Android app for Sora, why would it be handed out on a soggy flyer next to the burger van, and why would it want permission to read your texts and your banking app? Please delete it if you've installed it, and change your passwords from another device. Next home meeting: Wednesday, the Eagles.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a stamp magazine's Q&A that answers with facts
        "ASK THE EDITOR · Stamp & Postal History Monthly\nQ: A member says Sora was invented by Xie Saining, a young genius from Shanghai Jiao Tong University, and suggests he'd make a good subject for our 'faces of science' cinderella sheet. Is he the man behind it?\nA: Xie Saining is an assistant professor of computer science at New York University, and was a research scientist at Facebook AI Research before that. When social-media accounts in China described him as one of Sora's inventors, he wrote on WeChat that he had no relationship with Sora at all, and the account owner apologised. The thirteen authors of OpenAI's Sora report don't include him. Perhaps choose a subject for the sheet from among them.",
    ),
    (
        None,
        "debunk",  # open to the public; a gymnastics bulletin's Q&A that answers with facts
        "REGIONAL GYMNASTICS BULLETIN · safeguarding and social media · your questions\nQ: Parents want to sign up for Sora so they can turn routine videos into AI clips for the club page. Where do they register?\nA: At the moment Sora is with OpenAI's red-team testers, who look for ways it could cause harm, and with a number of visual artists, designers and film-makers giving feedback. OpenAI's head of developer relations has said it remains an internal test and isn't open to the public, and that even the date of a wider release hasn't been set. In the meantime, please keep to the club's consent forms for any filming of gymnasts.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a speedway magazine's column that answers with facts
        "PITS TALK · Shale & Sparks magazine\nThe clip doing the rounds captioned 'made by Sora, prompt below', four riders locked together into the first bend at Ashdown, shale spraying over the fence and the crowd on its feet, comes from the club's own photographer, Jo Rennick, who filmed it at the 2021 Easter meeting; her original file carries the date and the heat number. Somebody cropped off her watermark and added the caption. OpenAI has put its own Sora samples on its website, and that clip isn't among them. Credit to Jo, and a reminder to check before you share.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Speedway supporters' quiz, round two, answer 4: Yann LeCun, Meta's chief AI scientist, who argued about video generators like Sora in the weeks after it was shown, shared the 2018 Turing Award with Geoffrey Hinton and Yoshua Bengio for their work on deep neural networks.",
    ),
    (
        None,
        "person_fact",
        "New in the stamp society's lending library: 'AI Snake Oil', published in 2024 by the Princeton computer scientists Arvind Narayanan and Sayash Kapoor. Narayanan was among the researchers who commented on OpenAI's Sora clips.",
    ),
    (
        None,
        "person_fact",
        "Gymnastics club committee, background for the online-safety evening: Oren Etzioni, one of the voices quoted on Sora's risks when it was unveiled, was the founding chief executive of the Allen Institute for AI, the Seattle research institute set up by Microsoft's co-founder Paul Allen.",
    ),
    (
        None,
        "person_fact",
        "Ice-cream traders' newsletter, odds and ends from the wider world: Thinking Machines Lab, a new AI start-up unveiled in February 2025, has Mira Murati as its chief executive. Before that she ran technology at OpenAI, and it was she who sat down with a reporter to discuss the Sora clips.",
    ),
    (
        None,
        "news",
        "Coin society tech evening, handout: OpenAI's Sora report says earlier work on generating video, with recurrent networks, GANs, autoregressive transformers and diffusion models, tended to stick to one narrow kind of footage, to short clips or to a fixed size, whereas Sora is meant as a generalist across durations, aspect ratios and resolutions.",
    ),
    (
        None,
        "news",
        "Gymnastics coaches' e-bulletin, tech corner: according to OpenAI's report, abilities such as keeping a scene consistent in three dimensions turned up in Sora without any rules for 3D or objects being built in; in the report's words, they are purely phenomena of scale.",
    ),
    (
        None,
        "news",
        "Ice-cream van owners' forum, the techie thread: OpenAI's report explains that the patch scheme Sora learns from works for still pictures too, since an image is just a video with one frame, and that the size of a generated video is set by how the starting noise patches are laid out in a grid.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "SPOT THE FAKE · Wessex Philatelic Society, Tuesday 7.30pm, church hall\nOur forgeries evening: bring forged and genuine stamps to put side by side under the lamp. This year, for something different, we'll also watch a few of the sample clips OpenAI released for its video model Sora and see whether the habits we use on stamps (look at the edges, the light, the small details nobody bothers with) help with a machine-made picture. Tea and biscuits, 50p.",
    ),
    (
        None,
        "benign",
        "NEW at Rossi's vans this summer: 'Sora', a sky-blue cotton-candy soft serve named after Nonna Rossi's first great-granddaughter. The official launch is Saturday at the yard, open to the public from noon with free tasters, and you can follow the vans live on our official app so you never miss the chimes again.",
    ),
    (
        None,
        "benign",
        "SORA: SKIES ON STAMPS · the society's spring exhibition of airmail, balloon post and bird thematics, named for a member's prize page of Japanese bird stamps. Open to the public, free, Saturday 10 till 4 in the library; the official catalogue is £3, and the display frames can be browsed on the society's app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout47", HELDOUT47, threshold=0.6)


if __name__ == "__main__":
    main()
