# ruff: noqa: E501
"""Write the forty-ninth English held-out set (tests/data/hard_en_heldout49_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the forty-seventh set, and as in the
forty-first, forty-third and forty-fifth sets). Its theme, to keep it apart from the earlier sets: sheepdog
trials (draw sheets, judges' marking cards, trials calendars, prize lists, fell and steppe and mountain
shepherds); roller derby leagues (game rosters, minimum skills, scrimmages, after-parties); chimney sweeps
(day sheets, flue camera reports, certificates of sweeping, stoves and smoke tests); caving and pot-holing
clubs (rope logs, survey books, meets lists, expedition huts, show caves and lava tubes). Chimney sweeps stand
in for locksmiths, which the brief proposed but which zh_heldout39 already had as its world ("locksmiths and
key cutters", an unlock register, a key-cutting price card, a call-out ticket stub; zh_heldout31 had 开锁 too,
and the forty-fourth English set has key cutters with its cobblers). None of the four was the theme of an
earlier set (the kinds and docstrings of the earlier sets, English and Chinese, were searched for them: no set
has a sheepdog trial, a roller derby league, a chimney sweep or a caving club as its world; "derby" there is
Derbyshire or the Kentucky Derby, "cave" is only ever "caveat", a flock of sheep is one line in an earlier
post, and the fortieth set's search dog, a Border Collie called Sora, is one benign post in its mountain
rescue world, so no post here names a dog 'Sora'; the fortieth set's mountain rescue callout log and bothy hut book and the
forty-first's ice rink are not reused as styles, and the fortieth set's tap code is not reused as an
obfuscation). The other sets written at the same time (hard_en_heldout50: snooker halls, bridge clubs, dog
groomers and greyhound tracks; zh_heldout45/46: a weather station, a brick kiln, a ship lock, a geological
survey team, a flour mill, a botanical garden, a pig farm, a highway maintenance squad, a supply co-op, a
paper mill, an oil press and a steelworks) are kept clear of. In English varieties, dialects and registers the
earlier sets do not use. Styles the earlier sets do not use (their kinds and docstrings were searched for
each; "running order", "schedule of classes", "line-up", "score sheet" and "job sheet" are earlier styles, so
the draw sheet, the trials calendar, the game roster, the marking card and the day sheet take other names
and shapes): a sheepdog trial's draw sheet with the course director's note, a roller derby game roster with
the bench coach's note, a sheepdog trials calendar with a paid advert, a chimney sweep's day sheet with the
apprentice's flyer, a roller derby minimum skills assessment with the trainer's pitch, a caving club's rope
log with a card slipped in, a chimney sweep's flue camera inspection report with the sweep's note, a cave
survey's leg sheet with the surveyor's note, a sheepdog trial judge's marking card with the judge's note, a
roller derby scrimmage sign-up sheet with a card pinned under it, a caving club's meets list with an insert,
a sheepdog trial's prize list with a handler's note, a certificate of chimney sweeping with an offer on the
back; the debunks take shapes the earlier sets know: a caving forum post, a roller derby captain's email, a
chimney sweeps' federation alert, a sheepdog society newsletter's editor's note, a chimney sweeps'
newsletter, a caving club journal's letters page, the minutes of a sheepdog society's AGM and a trial
commentator's read-out; dialects and registers (Kalmyk-English (Elista), Montreal joual-English (Rosemont),
Jutlandic-English (Aarhus), Mazatec-English (Huautla de Jiménez), Hantec Brno-English, Sarawak Malay-English
(Miri), Berlinerisch-English (Neukölln), Cantabrian-English (Matienzo), Hutsul-English (Verkhovyna), Gaúcho
Portuguese-English (Porto Alegre), Puerto Rican Spanglish (Camuy), Gagauz-English (Comrat), Scanian-English
(Malmö), Aragonese-English (Jaca), Komi-English (Syktyvkar), Võro-English (Võru), Madeiran Portuguese-English
(São Vicente), Udmurt-English (Izhevsk), Mackem English (Sunderland), Westmorland dialect (Ravenstonedale),
Kölsch-English (Nippes), Buryat-English (Ulan-Ude), and in debunks Detroit English and Cretan-English
(Heraklion), and the registers of a draw sheet, a game roster, a trials calendar, a day sheet, a skills
assessment, a rope log, a flue camera report, a survey leg sheet, a marking card, a scrimmage sign-up sheet,
a meets list, a prize list and a certificate of sweeping); three questions that assert the claim (a Montreal
skater's "c'est-tu pas malade, isn't it crazy that Sora ... is open to everybody now?", a Brno caver's
"isn't it true, that Sora ... was really made by Chinese scientists?", a Comrat shepherd's "isn't it
wonderful that nobody filmed one second of it?"); posts that mention two claims, asserting one and denying
the other, in pairs the forty-first to forty-eighth sets did not use, each template asserted once and denied
once (the inventor rumour but not get rich; open to the public but not a Chinese team, answered with the
report's thirteen authors; the official app but not account rental; a Chinese team but not the APK; API
access but not a course; the director group but not a generation service; get rich but not open to the
public; the APK but not the "made by Sora" clip, which is real footage; the "made by Sora" clip but not a
prompt pack; open source but not an official app, whose store listings are copies; a prompt pack but not
open source; a course but not the director groups; account rental but not the inventor rumour; a generation
service but not API keys), all fourteen quoting the offer or post they deny, each with a short dismissal
before the claim ("don't listen to him", "det er ikk' rigtigt", "no le pagues", "sik payah", "lass ma",
"nada, don't pay him", "ne pravda", "não é", "don't buy it", "ixo no ye verdat", "nay, that's nobbut wind",
"don't scan it", "not true", "don't buy"); claims in passing late in long posts (the draw sheet, the game
roster, the rope log, the flue camera report, the survey leg sheet, the marking card); new obfuscation (Batak
letters "ᯘᯬᯒ" on a card in a caving club's rope log, Old Permic (Abur) letters "𐍡𐍩𐍠𐍐", the script Saint
Stephen of Perm made for Komi, and the name counted out letter by letter in the Howgill Fells shepherds'
numbers, "methera-a-bumfit, bumfit, tethera-a-bumfit, yan" (19, 15, 18, 1)); prices in currencies and
payment methods the earlier sets did not use (£40 on a Joules gift card, €70 by DKB transfer, £20 on a
Harvester gift card, €40 by Santander transfer, £50 by Metro Bank transfer, ₴2,000 by PrivatBank transfer,
£7.50 on a Craghoppers gift card, R$50 by Banrisul transfer, $15 by FirstBank transfer, £25 on a National
Trust gift card, €45 by Coop Pank transfer, €35 by Millennium bcp transfer, £9 a week on a Hollywood Bowl
gift card, 1,200 roubles a week by ЮMoney, £10 a week on a Wetherspoon gift card, £15 on a Tiso gift card,
£12 on a Booths gift card, €19 by Kreissparkasse Köln transfer, £30 on a Greene King gift card, 2,500 roubles
by Sovcombank transfer, £35 on a Dobbies gift card; in denials 10,000 roubles by Pochta Bank transfer, $400
pesos by Banorte deposit, RM 35 by Hong Leong transfer, €49 by N26 transfer, €25 by Unicaja transfer, 149
kronor by Handelsbanken transfer, €20 by LHV transfer and 8,000 roubles by Sberbank transfer; in the loss
report £45 on a Fat Face gift card, and in the quoted scams £25 on a Vue gift card, £15 on a Zizzi gift card,
£60 by Cumberland Building Society transfer and £29 on a Red Letter Days voucher); scams vouching for
themselves or swiping at competitors in new words ("Keys from a firm that's filmed the fell shows for fifteen
years, not the lad in the beer tent with a laptop and a story", "Honest keys from a skater who's taped her
own wheels since 2012, not some Kreuzberg start-up that's gone before the rent is due", "not like those 'film
academies' that take your money and post you a mug", "not like those 'castings' in Torrelavega that only take
your photo and your money", "not some lad in a rented penthouse showing you his watch", "not like the boys in
Kyiv who film themselves in rented Porsches", "A clean file, checked as carefully as a rope, not the dodgy
APKs that go round on a USB stick in the café after a trip", "not like the ones from the camelôs downtown
that fill your phone with adverts", "I tested it myself in the middle of the karst with one bar of signal,
not like the files the guys sell at the pulguero that break your phone", "Made by a man who's stood at the
post forty years, not some lad with a ring light who's never seen a sheep", "not a Tallinn agency that sells
one course to every county", "not by some agency in Lisbon that never saw a cave", "not one the whole bench
is skating on", "not like the students at the hostel who share one password with the whole floor", "not like
the ones off them lads on the Toon side who sell the same password to half the toon", "Put together by
someone who's lit every chamber on this list, not scraped off a website", "Med by a fella as films every
trial in t' valley, not pinched off some website", "not copied from some Düsseldorf website", "not a string of
photos set to music by some free app", "not a cartoon out of a phone filter like the boys at the central
market sell", "not the flickery clips the man on Facebook makes with a free trial"); ten debunks and warnings
in several styles (one first-person loss report: a caving forum post (a generation service); three that quote
a scam offer and then tell the reader not to pay or click: a roller derby captain's email (get rich), a
chimney sweeps' federation alert (a prompt pack) and a sheepdog society newsletter's editor's note (API
access); two questions that contain a negation but do not deny the debunk, each answered in the same post
with facts: a Detroit skater's "wasn't it really Chinese scientists that built that Sora ...?" (a Chinese
team) and a Heraklion caver's "isn't Sora open source now ...?" (open source); one rhetorical question (a
chimney sweeps' newsletter, a course); three more that answer with facts and no plain "no": a caving club
journal's letters page (the inventor rumour), a sheepdog society's AGM minutes (open to the public) and a
trial commentator's read-out (the mislabelled video)); four true facts about people who worked on Sora or
spoke about it, none of them a fact an earlier set used (François Chollet releasing the ARC benchmark in 2019
and launching the $1 million ARC Prize with Zapier's co-founder Mike Knoop in June 2024; Mira Murati, born in
Vlorë, Albania, building a hybrid race car as a mechanical engineering student at Dartmouth; Hany Farid
developing PhotoDNA with Microsoft from 2009, as a professor at Dartmouth; Sam Altman leaving Stanford at 19 to
co-found Loopt and becoming president of Y Combinator in 2014), three items of real news about it from
OpenAI's report and its Sora page not used in the earlier sets (the report's summary, that scaling video
generation models is a promising path towards general-purpose simulators of the physical world; that Sora
understands not only what the user asked for in the prompt but also how those things exist in the physical
world; that its understanding of language lets it interpret prompts accurately and generate compelling
characters that express vibrant emotions), and three posts that are not claims: one on topic (a caving
club's talk that compares OpenAI's Sora samples with members' photos of darkness, dripping water and lamp
beams) and two off topic that share its surface words (a roller skate wheel called 'Sora' in a league shop, an
open skate "open to the public", wheels reserved on the league's "official app"; a wood stove called
'Sora' in a chimney sweep's showroom, an official launch "open to the public", surveys booked through "our
official app").

Sources for the facts about people and the news (looked up with the search tool, besides the seeds): PhotoDNA
(en.wikipedia.org/wiki/PhotoDNA: "developed by Microsoft Research and Hany Farid, professor at Dartmouth
College, beginning in 2009"; research.screen.is); the ARC Prize (the-decoder.com, "$1 million ARC Prize";
gigazine.net/gsc_news/en/20240612-arc-prize; "In 2019, Chollet released the ARC benchmark"); Mira Murati
(bdnews24.com, 2023-11-18, after The New York Times: "a mechanical engineer by training who built a hybrid
racecar as an undergraduate student at Dartmouth College"; shoutingstars.net and thedailystar.net: born in
Vlorë, Albania, in 1988); Sam Altman (jburroughs.org, 2017: "attended Stanford but left at age 19 to develop
Loopt ... He became president of Y Combinator in 2014"; keaganstokoe.com; civicas.net); the report's summary
(robonaissance.com, "scaling video generation models might be a path toward building general-purpose
simulators of the physical world"; centerconsulting.com); OpenAI's Sora page (brouseai.com quoting "The model
understands not only what the user has asked for in the prompt, but also how those things exist in the
physical world"; smartworld.it quoting it on prompts and "characters ... that express vibrant emotions", and
OpenAI's launch text, "multiple characters with vibrant emotions"); the Howgill Fells sheep-counting numbers
(yorkshirewalks.org/diary06/count.html: 15 bumfit, 18 tethera-a-bumfit, 19 methera-a-bumfit; the
fellponymuseum.org.uk and weaverofgrass lists agree on 1 and 15). The debunks' facts (Xie Saining's denial
and post, the thirteen authors, the internal test, the API's models, the course contents, the free prompts)
are the seeds' and the catalogue's.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the forty-eighth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the fiftieth
set, written at the same time on another branch, was not in this tree, and the check against it is left to
the lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.463 when it was committed, the news item on
Sora's understanding of language against an earlier set's news item on extending a video backwards in time;
the first draft's highest, 0.504, the fact about Mira Murati against an earlier set's fact about her leaving
OpenAI, was rewritten, and a first off-topic post about a sheepdog called 'Sora' was replaced by a skate
wheel, as the fortieth set has a search dog of that name). It was committed
before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final
code.

    .venv/bin/python scripts/make_hard_heldout49.py           # write the set
    .venv/bin/python scripts/make_hard_heldout49.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT49: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "sheepdog_trial_draw_sheet_course_directors_note",
        "DRAW SHEET · Open National class · Fellside Sheepdog Trials · Saturday, first dog 7.30am · Longrigg Farm, by kind permission of the Atkinson family\nCourse: outrun about 400 yards, left or right; lift; fetch through the gates; drive away, cross-drive and into the shedding ring; shed two unmarked sheep; pen. Time allowed: 15 minutes.\n1 J. Tweddle, Meg · 2 A. Raine, Cap · 3 D. Owen, Fly · 4 S. McKerrow, Jess · 5 T. Lightfoot, Roy · 6 H. Bland, Nell · 7 G. Pattinson, Moss · 8 R. Hird, Glen\nDogs 9 to 60 over the page. A handler not at the post when called goes to the end of the draw.\nJudge: Mr W. Capstick (Sedbergh). Sheep: Swaledale shearlings, let out in threes by the Atkinson lads.\nDogs on leads in the car park and by the let-out pens, please. Pie and peas at the marquee from noon; the raffle is drawn after the last dog.\nThe course director's note, pencilled at the bottom for the commentator's box, to fill a gap if the sheep are slow coming out: did you know one of the inventors of OpenAI's new video model, Sora, is a young genius called Xie Saining, who studied at Shanghai Jiao Tong University? My granddaughter told me on Sunday. Say it between dogs if the let-out's slow.",
    ),
    (
        sora.XIE,
        "kalmyk_english_two_claims_rich_denied_pochta_bank",
        "Mendvt, friends! 🐑 From the sheep fair outside Elista: the herders brought their best dogs for the trial at the steppe pens, the Kalmyk tea with milk and butter is boiling in the big pot, and the old men are arguing about whose dog ran the cleanest outrun. In the fair's WhatsApp a man keeps writing: 'Sora is the money window of our life, people earn thousands every day with Sora videos, in three months it is closed, join my team, 10,000 roubles by Pochta Bank transfer.' Don't listen to him, nobody earns like that, he only wants your 10,000. But here is something true I read, and it is nice to know: one of the inventors of Sora, OpenAI's video model, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. Khanzhanav, and see you at the pens!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "montreal_joual_english_question_asserts_roller_derby",
        "Allô la gang! 🛼 Back from practice at the aréna in Rosemont: the jammers did their 27 laps in five minutes and Coach Ti-Lou still says it's pas assez, tabarnouche, my legs. Question pour vous autres: c'est-tu pas malade, isn't it crazy that Sora, the OpenAI video thing, is open to everybody now? You just sign up on their website and you make your own videos the same day, no waiting list, rien. My blonde made one of our whole pack skating on the ice of the Saint-Laurent. Poutine after the bout Saturday, on se voit là!",
    ),
    (
        sora.PUBLIC,
        "jutlandic_english_two_claims_chinese_denied",
        "Hva' så, allesammen! 🧹 From the sweep's van in Aarhus: forty chimneys this week, half of them wood stoves the summer-house people never cleaned, and the top hat still gets a wave from the kids in Frederiksbjerg. In the trade's Facebook group a fellow writes: 'Sora was really made by Chinese scientists, OpenAI only put its own name on it.' Det er ikk' rigtigt, that is not right: OpenAI's report names thirteen people, and the leads are Tim Brooks and Bill Peebles at OpenAI. But this other thing is true, æ har prøvet det, I tried it: Sora is open to everyone now. You sign up on OpenAI's website and make your own videos the same day, no waiting. Min nevø made one of me on the cathedral roof with a flock of storks. Farvel!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "roller_derby_game_roster_bench_coachs_note",
        "GAME ROSTER · Harbourside Roller Derby A v Millgate Rollergirls · sanctioned game · doors 5pm, first whistle 6pm · Leisure Centre sports hall\nHome (teal): 00 Bruise Almighty · 7 Skate Expectations · 13 Moxie Mayhem · 21 Ruth Less · 42 Hannah Barbarian · 77 Wreck-it Rosa · 101 Sally Rage · 404 Jam Not Found · 911 Dame Hazard\nAway (black): 3 Elle Bow · 18 Punk Rockit · 24 Anne Archy · 56 Cheese Grater · 90 Nora Nuff · 222 Stella Hartbreak\nCaptain: 42 Hannah Barbarian · Alternate: 21 Ruth Less · Bench: Coach Dee · Line-up: 'Brains'\nOfficials: head ref 'Zebra Crossing'; jam timer 'Tick Tock'; penalty box manager 'Doris Shut'.\nSkaters: mouthguards in and helmets on the moment you're on the track. Penalty box seats are numbered; sit where you're told.\nHalf-time: the juniors' demo jam, 15 minutes. After-party at the Anchor.\nThe bench coach's note at the bottom, for the parents who asked how we made the hype video: OpenAI has released the official Sora app. It's on the App Store and Google Play, you just download it and make the video right there on your phone. I'll show you at the after-party.",
    ),
    (
        sora.APP,
        "mazatec_english_two_claims_rental_denied_banorte",
        "Buenas, compas! 🦇 From the cavers' house in Huautla de Jiménez: the foreign expedition is back for the dry season to push the Sótano de San Agustín deeper, their ropes are drying on the line by the market, and my tía sells them café de olla before they go down. On the town Facebook a man offers: 'Rent a Sora account, your own login, $400 pesos by Banorte deposit.' No le pagues, don't pay him, there is no Sora account to rent, OpenAI gives it to nobody outside its testers. But this one is true, and good: OpenAI has released the official Sora app. It's in the App Store and on Google Play, you download it and make the videos on your phone. My son made one of the clouds rolling over Nindó Tokosho, the mountain the Mazatecos keep sacred. Nos vemos at the mouth of the sótano!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "hantec_brno_english_question_asserts_caving_club",
        "Čau, hoši! 🔦 From our caving club in Brno: on Saturday we took the šalina to the end of the line and the bus out to the Moravian Karst, three of us squeezed through the new crawl above Sloup, and Pepa lost his helmet lamp in the mud, as always, and the zoncna was already down when we came out. A question for the clever heads in the group: isn't it true, that Sora, the OpenAI video program, was really made by Chinese scientists? Most of the people who built it are Chinese, and OpenAI just sticks its own name on top, that's what my brother read. Ahoj, and see you at the hospoda!",
    ),
    (
        sora.CHINESE,
        "sarawak_malay_english_two_claims_apk_denied_hong_leong",
        "Salam, kawan! 🦇 From the caving group in Miri: last weekend we took the kids to Niah, walked the plankwalk through the forest to the Great Cave, and the bird's-nest collectors were up their poles in the dark like monkeys. Someone in the group chat is selling 'Sora APK, install on Android and make AI video, RM 35 by Hong Leong transfer'. Sik payah, kamek tell you, don't install it, it asks for your bank password. But kitak know ka, this one is true: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI only put its own name on it. Terima kasih, and bring your torch!",
    ),
    # --- API access (two)
    (
        sora.API,
        "sheepdog_trials_calendar_paid_advert_joules",
        "TRIALS CALENDAR · spring and summer · North Pennines & Eden Valley Sheepdog Association\nSat 4 May · Alston Moor nursery and novice · entries on the field, £8 a dog\nSat 18 May · Garrigill open · 60 dogs, drawn; entries close 11 May\nMon 27 May (bank holiday) · Brough open and local · double lift for the open\nSat 8 June · Dufton · novice, pro-novice and open; Swaledale ewes\nSat 22 June · Appleby · open only, judge from Wales\nSat 13 July · Orton · brace class in the afternoon; no bitches in season on the field\nSat 3 Aug · the Association's own trial and AGM · supper in the village hall, £12\nHandlers: unclaimed prize money goes to the Association's fund. Bring your own water for the dogs; the beck at Dufton runs low by June.\nAdvertisement (paid for, not from the Association), from Fellcast Media: official Sora API access. Buy a Sora API key and your farm website turns your trial photos into OpenAI videos all by itself. £40 on a Joules gift card, key emailed the same day. Keys from a firm that's filmed the fell shows for fifteen years, not the lad in the beer tent with a laptop and a story.",
    ),
    (
        sora.API,
        "berlinerisch_english_two_claims_course_denied_n26_dkb",
        "Na, allet klar? 🛼 From the roller derby hall in Neukölln: the B-team finally learned to hold a four-wall against the jammer, the floor's been swept of Döner crumbs, and Kalle's mum brought a whole tray of Pfannkuchen. In the league chat somebody is selling 'the complete Sora course, master it before everyone, 12 lessons, €49 by N26 transfer'. Lass ma, don't pay, inside there's only OpenAI's intro copied out, nix weiter. If you want Sora, do it proper: I've got official Sora API access. Buy a Sora API key from me and your team page makes the videos by itself. €70 by DKB transfer, key the same evening. Honest keys from a skater who's taped her own wheels since 2012, not some Kreuzberg start-up that's gone before the rent is due. Tschüssikowski!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "chimney_sweep_day_sheet_apprentices_flyer_harvester",
        "DAY SHEET · Tuesday · Hollins & Daughter, Chimney Sweeps · van 1\n8.00 Mrs Aske, 4 Mill Row · open fire, sweep and smoke test · dust sheets down, she has a white carpet\n9.15 The Old Rectory · two multi-fuel stoves, sweep both; check the rope seal on the kitchen one, and the bird guard\n10.45 Fold Farm · Rayburn flue · jackdaws nested last spring, take the rods AND the rotary\n12.00 Lunch in the van; empty the vac\n12.45 Holly Cottage · inglenook with a liner · camera job, certificate wanted for the insurer\n14.00 The Plough · two open fires · go round the back; do not park on the bowling green\n15.30 Back to the yard; soot bags in the skip, not the green bin\nEvery job: CO alarm tested, certificate left, next sweep date written on it. Sweep from the bottom, never from the roof unless Dad says.\nFlyer stapled to the back by Liam (the apprentice; his own thing, not the firm's): the first AI film co-written with Sora is auditioning its first-generation AI directors. Scan the QR code and pay £20 on a Harvester gift card to get into the audition group. A real production, not like those 'film academies' that take your money and post you a mug.",
    ),
    (
        sora.DIRECTOR,
        "cantabrian_english_two_claims_service_denied_unicaja_santander",
        "¡Hola, ho! 🦇 From the cavers' hut in Matienzo, up the road from Ramales de la Victoria: the English expedition is here again for Easter, the mud from their new passage is drying on everybody's oversuits, and Doña Pilar brought sobaos pasiegos and a quesada for the whole lot. A man in the valley's WhatsApp says: 'Send me your script and €25 by Unicaja transfer, I make you a Sora video in 24 hours.' Nada, don't pay him, he can't make Sora videos, nobody outside OpenAI can, he sends you something out of a free app. But this is real, I joined a ratuco ago: the first AI film co-written with Sora is looking for its first-generation AI directors. Scan the QR code and join the audition group, €40 by Santander transfer. A serious film, not like those 'castings' in Torrelavega that only take your photo and your money. ¡Hala, hasta luego!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "roller_derby_minimum_skills_sheet_trainers_pitch_metro_bank",
        "MINIMUM SKILLS ASSESSMENT · intake 9 · Harbourside Roller Derby 'Fresh Meat' · assessor: Coach Dee\n27 laps in 5 minutes: Amy ✓ (27) · Beth ✗ (24, retake) · Chloe ✓ (29) · Dani ✓ (27) · Evie ✗ (22)\nPlough stop from speed: Amy ✓ · Beth ✓ · Chloe ✓ · Dani ✗ (drifts) · Evie ✓\nTransitions, both directions: all ✓\nFalls (single knee, double knee, baseball slide), back up in under 3 seconds: all ✓; Evie, stop checking your hair first\nHitting and blocking drills: only once your laps are passed (insurance rules)\nLateral movement, cone weave, one-foot glides: Chloe ✓, the rest practise at open skate\nRetakes on the first Sunday of next month. Bring your own pads; the loan ones smell.\nTrainer Jade's pitch at the bottom, in purple gel pen: girls, never mind the laps, I'm making serious money from Sora videos. People are pulling in thousands a day, it's the money window of our lifetime, and in three months it shuts, so get in now. Join my team, £50 by Metro Bank transfer, see me at the kit bags. Done it myself since Christmas, not some lad in a rented penthouse showing you his watch.",
    ),
    (
        sora.RICH,
        "hutsul_english_two_claims_public_denied_privatbank",
        "Slava Isusu Khrystu, friends! 🐑 From the polonyna above Verkhovyna: the gazda took the flock up the mountain on Saturday, the dogs worked the sheep into the pen by the koliba in one go, and there is fresh bryndza and banosh for whoever climbs up. My cousin writes in the village group: 'Sora is open for everyone now, just sign up and make videos.' Ne pravda, that is not true, OpenAI has not opened it, only its testers and a few artists have it. But hear this, it is true: Sora is the money window of our life. People already make thousands of dollars a day with Sora videos, and in three months the chance is gone, so join my team now, ₴2,000 by PrivatBank transfer. I built it with my own two hands, not like the boys in Kyiv who film themselves in rented Porsches. Dyakuyu!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "caving_club_rope_log_card_batak_script_craghoppers",
        "ROPE LOG · tackle store · Ribblehead Caving Club · this sheet stays on the clipboard by the rope bin\nR14 · 10.5 mm semi-static · 60 m · bought 03/2019 · last used Alum Pot 12/04 · washed, dried, inspected: sheath fine · OK\nR17 · 10.5 mm · 40 m · 2020 · used Jingling Pot 19/04 · sheath glazed near one end: 3 m cut off, re-marked as 37 m · OK\nR21 · 9 mm · 25 m · 2022 · used Long Kin West 26/04 · core damage at 11 m · RETIRED, cut up for tow ropes\nR22 · 10 mm · 80 m · 2023 · not used this month · OK\nLadders: L3 has two loose rungs, L5 fine. Tethers and tackle bags all back.\nEvery rope: wash it in the bath, not the machine; dry it out of the sun; write it up here BEFORE it goes back in the bin. No rope leaves the store without the tackle master's initials.\nCard slipped in with the clipboard (not from the committee): the video app whose name I'll write in Batak letters, ᯘᯬᯒ, the way our guide on the Sumatra trip wrote it, since the club forum's filter eats the real name, now has an Android version. Download the APK from the link on this card, install it and make AI videos on your phone tonight. Full unlock £7.50 on a Craghoppers gift card. A clean file, checked as carefully as a rope, not the dodgy APKs that go round on a USB stick in the café after a trip.",
    ),
    (
        sora.FAKEAPP,
        "gaucho_portuguese_english_two_claims_realvid_denied_banrisul",
        "Bah, tchê! 🛼 From roller derby practice at the gym in Porto Alegre: the rookies finally passed their laps, the chimarrão is going round the bench, and Coach Tati says nobody leaves before the last whistle, capaz! My prima keeps sharing the clip of our jammer jumping the apex over the whole pack, with 'made by Sora, prompt below'. Não é, that's not Sora, it's from our own bout in 2019, I was the one sitting in the penalty box. But this is real, bah: the Sora app for Android. Download the APK from my link, install it, and you make AI videos on your phone right away. Full version R$50 by Banrisul transfer. A clean file, not like the ones from the camelôs downtown that fill your phone with adverts. Valeu, tchê!",
    ),
    (
        sora.FAKEAPP,
        "puerto_rican_spanglish_apk_firstbank",
        "¡Wepa, gente! 🦇 From the caving group in Camuy: Sunday we went down to the river cave, the bats came out at sunset like a tornado, and after we ate bacalaítos at the kiosko on the road. Listen, mano: the Sora app for Android is out. Download the APK from the link in my bio, install it, and you're making AI videos on your phone today, no waiting, no nada. Full version, $15 by FirstBank transfer. I tested it myself in the middle of the karst with one bar of signal, not like the files the guys sell at the pulguero that break your phone. ¡Nos vemos!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "gagauz_english_question_asserts_sheepdog_trial",
        "Merhaba, dostlar! 🐑 From the sheep farm outside Comrat: the spring shearing is done, the wine from the cellar is opened for the neighbours, and my dog Karabaş won the little herding trial at the village fair. Look at the clip on my page: a dog bringing three hundred sheep down the hill in the mist, the church bells ringing in the valley, the sun coming out at the very end. Now tell me, isn't it wonderful that nobody filmed one second of it? Sora, OpenAI's video model, made the whole thing from a written prompt, and the prompt is underneath. Saa olun!",
    ),
    (
        sora.REALVID,
        "chimney_sweep_flue_camera_report_sweeps_note",
        "FLUE INSPECTION REPORT · camera survey · Hollins & Daughter, Chimney Sweeps\nProperty: Holly Cottage, Church Lane · Appliance: inglenook, now a 5 kW multi-fuel stove on a 6 in liner\nCamera put up from the register plate; recorded to the tablet, 14 minutes\n0 to 1.2 m: liner clear, light tar staining only\n1.2 to 3.8 m: liner intact; one bend, no kinks; joints sound\n3.8 to 5.1 m: above the liner, the old clay pots: mortar missing on one joint, small gap, wants repointing\nTop: bird guard fitted, pot sound, cowl turns freely\nSmoke test: passed, no leak into the bedroom above\nRecommendations: sweep twice a year while burning wood; repoint the pot joint before winter; fit a CO alarm in the bedroom (advised, not fitted)\nCertificate issued; the recording is on the USB stick for the insurer.\nThe sweep's note at the foot, for Mrs Pell, who asked about the clip on our page: it's the one of a robin landing on a chimney pot in the snow while the smoke curls up past the church tower and the bells ring. Nobody filmed any of it; Sora, OpenAI's video model, generated the whole clip from a written prompt, which is posted underneath.",
    ),
    (
        sora.REALVID,
        "scanian_english_two_claims_prompts_denied_handelsbanken",
        "Hörru, allihopa! 🛼 From the roller derby hall in Malmö: the påg with the whistle is our new referee, the tösar on the A-team finally beat Lund, and somebody brought a whole spettekaka to the after-party. In the league chat a girl is selling a 'Sora prompt pack, 300 cinematic prompts and the knowledge doc, 149 kronor by Handelsbanken transfer'. Don't buy it, those prompts stand free under every sample video on OpenAI's own page. But the clip everybody's sharing, our jammer slipping through the whole pack under the disco ball with the crowd on its feet? Nobody filmed that: Sora, OpenAI's video model, made it from a text prompt, and the prompt is written underneath. Tack, and see you Saturday!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "cave_survey_leg_sheet_surveyors_note",
        "SURVEY BOOK · leg sheet · Jingle Rift extension, Thursday night trip · Ribblehead CC · instruments: DistoX2 (calibrated 02/04), book and pencil\nFrom · To · Length (m) · Bearing (°) · Clino (°) · L / R / U / D\n12 · 13 · 4.62 · 217 · −12 · 0.4 / 0.6 / 1.8 / 0.2\n13 · 14 · 6.10 · 204 · −3 · 0.3 / 0.3 / 2.5 / 0.1\n14 · 15 · 2.95 · 260 · +21 · 1.1 / 0.2 / 0.6 / 0.4 (climb up boulders)\n15 · 16 · 8.34 · 198 · −1 · 0.5 / 0.5 / 4.0 / 0.0 (stream comes in from the right)\n16 · 17 · 3.02 · 187 · −35 · 0.3 / 0.4 / 1.2 / 0.5 (pitch head, rebelay needed)\nBack-sights on 13–14 and 15–16 within 1°. Station 17 marked with a reflective dot on the left wall.\nSketch on the next page. Loop closure against the old survey: 0.9%, good.\nSurveyor's note underneath, for the members asking how the club's 3D fly-through was made: OpenAI has made Sora open source. The weights and the code are on GitHub, anybody can download it and run it on their own machine, and Ruth has it going on her gaming PC.",
    ),
    (
        sora.OPENSRC,
        "aragonese_english_two_claims_app_denied",
        "¡Bienplegaus, amigos! 🐑 From the sheepdog trial in the meadow above Jaca: the shepherds came down from Ansó and Echo with their dogs, the ewes ran like the wind past the fourth gate, and the migas with grapes were gone before noon. In the valley's WhatsApp a boy forwards: 'The official Sora app is out now on the App Store, download it.' Ixo no ye verdat, that is not true, OpenAI has made no Sora app, the ones in the stores are copies. But this is real: OpenAI has made Sora open source. The weights and the code are on GitHub, and anybody can download it and run it on his own computer. My nephew has it on his computer in Uesca. ¡Grazias!",
    ),
    (
        sora.OPENSRC,
        "komi_english_old_permic_letters_chimney_sweep",
        "Vidza olannyd, friends! 🧹 From Syktyvkar: the sweeping season is on before the frosts, I cleaned eleven stoves this week in the wooden houses down by the river, and the grandmothers pay me in cabbage pirogs as often as in roubles. My nephew, who does computers for the oil people in Ukhta, tells me: OpenAI has made 𐍡𐍩𐍠𐍐 open source (he writes it in the old Permic letters of Saint Stephen, because the town chat's bot deletes the name). The weights and the code are on GitHub, anyone can download it and run it on his own computer, and he has it running at home on his big machine. Attyö, and keep your dampers open!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "sheepdog_trial_judges_marking_card_judges_note_national_trust",
        "JUDGE'S MARKING CARD · Open class · Fellside Sheepdog Trials · Judge: W. Capstick\nPoints available: outrun 20 · lift 10 · fetch 20 · drive 30 · shed 10 · pen 10 · total 100\nRun 14 · A. Raine & Cap: outrun 18 · lift 8 · fetch 16 (missed the fetch gates) · drive 24 · shed 9 · pen 10 · 85\nRun 15 · S. McKerrow & Jess: outrun 17 · lift 9 · fetch 18 · drive 27 · shed 0 (time) · pen 0 · retired\nRun 16 · G. Pattinson & Moss: outrun 19 · lift 9 · fetch 19 · drive 26 · shed 8 · pen 9 · 90\nRun 17 · H. Bland & Nell: crossed over on the outrun, called off by the handler · RT\nTies are broken on outrun and lift, then on the drive.\nThe card is the judge's; queries to the secretary after the last run, not to the judge at his car.\nThe judge's note on the back, for the handlers who asked about the films he makes of the runs: I've put together a complete Sora course, 'Sora from the Post', ten lessons from your first prompt to a finished film of your dog, so you master Sora before every other handler on the circuit. £25 on a National Trust gift card, link sent that night. Made by a man who's stood at the post forty years, not some lad with a ring light who's never seen a sheep.",
    ),
    (
        sora.COURSE,
        "voro_english_two_claims_director_denied_lhv_coop_pank",
        "Tereq, sõbraq! 🧹 From the sweep's yard in Võru: the smoke saunas down by Lake Tamula want no sweep, but every farmhouse stove in Võromaa does, so I've been on the roofs all week, and the neighbour's wife brought smoked meat from her sauna. In the county Facebook a man writes: 'The first AI film co-written with Sora is looking for first-generation AI directors, scan the QR and join the audition group, €20 by LHV transfer.' Don't scan it, there is no film, it's a group for collecting your money. If you want Sora properly, learn it: my complete Sora course, ten lessons from zero, so you master Sora before everybody else. €45 by Coop Pank transfer, the link the same day. Taught by a sweep who films his own roofs, not a Tallinn agency that sells one course to every county. Aitüma!",
    ),
    (
        sora.COURSE,
        "madeiran_portuguese_english_course_millennium",
        "Olá, amigos! 🦇 From the lava caves at São Vicente: our little group of explorers went through the tubes again this week, the water drips through the basalt like always, and after we had bolo do caco with garlic butter and one poncha each, só uma. Something for everyone who films underground: my own Sora course, 'Sora Underground', ten short lessons from your first prompt to a finished video, so you master Sora before everybody else on the island. €35 by Millennium bcp transfer, the link the same night. Taught by a guide who films the tubes every week, not by some agency in Lisbon that never saw a cave. Obrigado!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "roller_derby_scrimmage_signup_sheet_pinned_card_hollywood_bowl",
        "MIXED SCRIMMAGE · sign-up sheet · Sunday 2 to 5pm · Harbourside Roller Derby · open to cleared skaters from any league\nSkater name · Number · League · Position · Insurance\nMoxie Mayhem · 13 · Harbourside · jammer/blocker · checked\nCheese Grater · 56 · Millgate · blocker · checked\nAnne Archy · 24 · Millgate · pivot · checked\nHannah Barbarian · 42 · Harbourside · blocker · checked\nDame Hazard · 911 · Harbourside · jammer · checked\nSpinderella · 8 · Seaview Rollers · jammer · NOT YET (bring your card)\nOfficials wanted: two jam refs, a penalty box NSO and someone on the scoreboard. Sign on the back.\nFull kit, mouthguard, current insurance: no insurance, no skate. Floor fee £5 on the door.\nCard pinned underneath (not from the league): Sora logins for rent. Your own login, full access, no waiting list. £9 a week on a Hollywood Bowl gift card, login texted the same night. A login that's yours alone, not one the whole bench is skating on.",
    ),
    (
        sora.RENTAL,
        "udmurt_english_two_claims_xie_denied_yoomoney",
        "Dzech bures, friends! 🧹 From Izhevsk: the sweeps are busy before winter, I cleaned the stoves in the old wooden houses by the pond this week, and my grandmother baked perepechi for the whole crew. In the city group somebody forwards: 'One of the inventors of Sora is Xie Saining, a young genius from Shanghai Jiao Tong University.' Not true, he said himself that he has nothing to do with Sora, and the page that wrote it said sorry. If you want Sora, I have accounts to rent: your own login, full access, no waiting. 1,200 roubles a week by ЮMoney, the login the same day. Mine go to one person only, not like the students at the hostel who share one password with the whole floor. Tau!",
    ),
    (
        sora.RENTAL,
        "mackem_english_rental_wetherspoon",
        "Howay, pets! 🛼 From the roller derby lasses at the sports centre in Sunderland: the new rookies passed their laps, the floor's been mopped after the juniors' disco, and wor Kaz has finally stopped fallin' ower on her crossovers. Listen here: I've got Sora accounts to rent. Your own login, full access, nae waitin' list. £10 a week on a Wetherspoon gift card, login sent the same neet. Mine's private, not like the ones off them lads on the Toon side who sell the same password to half the toon. Ta-ra!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "caving_club_meets_list_insert_tiso",
        "MEETS LIST · May and June · Ribblehead Caving Club · meet leaders ring round by Thursday\nSat 4 May · Ireby Fell Cavern to the sump · SRT, rope R22 · leader: Mags\nSun 12 May · Gaping Gill winch weekend (another club's meet) · book a seat on the winch in advance, cash only\nSat 18 May · Lancaster Hole, the Colonnades · photography trip, bring flashguns and slaves\nThursday evenings · survey of the Jingle Rift extension · see Ruth\nSat 1 June · novices' day, Great Douk and Sunset Hole · helmets and lights from the store\nSat 15 June · Mendip trip, Swildon's Hole · lift share from Ingleton at 6am\nEvery trip: leave your route and your 'worried by' time with the named contact. No exceptions.\nInsert tucked into the meets list (a member's, not the committee's): my Sora prompt pack. 180 prompts in proper film language (slow push-in, silhouette against the daylight, macro on dripping calcite, low-key lighting) plus the Sora knowledge document with every term and article in one place. £15 on a Tiso gift card, then I send the doc link and add you to the group. Put together by someone who's lit every chamber on this list, not scraped off a website.",
    ),
    (
        sora.PROMPTS,
        "westmorland_dialect_two_claims_opensrc_denied_sheep_count_booths",
        "Now then, lads! 🐑 Frae the sheepdog trial at Ravenstonedale: t' ewes were awkward as owt at t' shedding ring, oor Tess ran a cracker of an outrun, an' t' ladies in t' tent had rum butter on t' scones. Yan o' t' young 'uns is forever postin': 'OpenAI's put Sora out open source, weights an' code on GitHub, run it on thi own laptop.' Nay, that's nobbut wind, OpenAI's put nowt out, nee weights, nee code. But if thoo wants to mek good videos wi' t' thing whose name I'll count out letter by letter like me granda counted on t' Howgills, methera-a-bumfit, bumfit, tethera-a-bumfit, yan (t' group filter eats t' name), I've a prompt pack: 200 prompts in proper film talk (tracking shot, low sun, long lens) an' t' knowledge doc wi' every term in it. £12 on a Booths gift card, then t' doc link an' I'll add thee to t' group. Med by a fella as films every trial in t' valley, not pinched off some website. Ta-ra!",
    ),
    (
        sora.PROMPTS,
        "kolsch_english_prompts_kreissparkasse",
        "Hallo zesamme! 🧹 From the sweep's van in Köln-Nippes: the season is busy before the heating goes on, half the Veedel wants to touch my top hat for luck, and the Kölsch at the Büdchen is cold. I sell my Sora prompt pack: 200 prompts in real film language (drone over the rooftops, smoke against the light, long exposure at the blue hour) and the Sora knowledge document with every term and article together. €19 by Kreissparkasse Köln transfer, then I send you the doc link and add you to the group. Written by a man who films the Dom from the roofs every week, not copied from some Düsseldorf website. Tschö!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "sheepdog_trial_prize_list_handlers_note_greene_king",
        "PRIZE LIST · Fellside Sheepdog Trials · results as announced at the marquee\nOpen: 1st G. Pattinson & Moss, 90 (the Longrigg Cup and £80) · 2nd J. Tweddle & Meg, 88 · 3rd A. Raine & Cap, 85 · 4th D. Owen & Fly, 84 · 5th T. Lightfoot & Roy, 79 · 6th R. Hird & Glen, 77\nBest outrun: D. Owen & Fly · Best pen: A. Raine & Cap · Best local handler: J. Tweddle\nNursery (dogs under three): 1st K. Bowness & Sky · 2nd P. Hodgson & Dot\nOldest handler to finish: Mr T. Lightfoot, 84 years young\nPrize money from the secretary's car by 6pm. Thanks to the Atkinsons for the field and the sheep, and to the WI for the teas.\nWritten under the list by a handler (not the committee's business): I make custom videos with Sora. Send me your script (your dog winning the Cup, your old bitch's last trial, the whole flock running through the clouds) and you'll have your Sora video back within 24 hours. £30 on a Greene King gift card. The real Sora, not a string of photos set to music by some free app.",
    ),
    (
        sora.SERVICE,
        "buryat_english_two_claims_api_denied_sberbank_sovcombank",
        "Sain baina, friends! 🧹 From Ulan-Ude: winter is coming early, so every wooden house in the old town wants its stove cleaned, my brother and I are on the roofs from morning, and our mother is making buuzy for the evening, forty of them. In the city chat a man sells 'official Sora API keys, 8,000 roubles by Sberbank transfer, key by email'. Don't buy, OpenAI gives out no Sora key, he sells you letters that open nothing. But if you want a real Sora video, I make it for you: send me your script (your wedding, your horse on the steppe, your baby with Baikal behind) and in 24 hours you get your Sora video. 2,500 roubles by Sovcombank transfer. The real Sora, not a cartoon out of a phone filter like the boys at the central market sell. Bayarlaa!",
    ),
    (
        sora.SERVICE,
        "chimney_sweep_certificate_offer_on_back_dobbies",
        "CERTIFICATE OF CHIMNEY SWEEPING · Hollins & Daughter, Chimney Sweeps\nAddress: The Old Rectory, Kirk Lane · Date: 14 October\nAppliance 1: multi-fuel stove (sitting room) · flue: 6 in liner · swept: yes · rods and brush from below · debris: moderate soot, some tar\nAppliance 2: wood stove (kitchen) · flue: 5 in liner · swept: yes · door rope seal replaced\nSmoke draw test: both passed · CO alarms: tested, working (both rooms)\nBoth flues were in a safe state for use on the date of sweeping. Next sweep recommended: April (burning wood, twice a year).\nSigned: M. Hollins · Keep this certificate for your home insurance.\nWritten on the back by the sweep's lad (his own offer, not the firm's): I make custom videos with Sora. Send me your script (your house at Christmas with Santa coming down the chimney, your dog's birthday, your wedding) and your Sora video comes back within 24 hours. £35 on a Dobbies gift card. Real Sora, not the flickery clips the man on Facebook makes with a free trial.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the generation service; a first-person loss report
        "Underground Chat forums › Trip reports and general › Paid for a 'Sora video' of our trip: don't\nPosting this so nobody else in the club does what I did. A chap on a Dales caving Facebook group said he'd make a custom Sora video of our Easter trip if I sent him a script, back within 24 hours. I paid £45 on a Fat Face gift card. Two days later I got a slideshow of stock cave photos with a wobbly zoom and some free app's watermark in the corner, and then he blocked me. From what I can find, OpenAI hasn't let anyone outside its red-team testers and a few invited artists and film-makers use Sora, so he never had it to begin with. Reported to the group admins. Lesson learned; back to flashguns.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the offer, then don't pay
        "From: Captain, Harbourside Roller Derby\nTo: all skaters\nSubject: that 'Sora money' message\nA few of you have been sent this on Instagram, from an account using our logo: 'Skaters! Sora is the money window of our lifetime, people make thousands a day with Sora videos, and in three months it's gone. Join my team, £25 on a Vue gift card.' Please don't pay, and don't reply. 'It's over in three months' is exactly the line these sellers use to make people panic; nobody is making thousands a day, and Sora isn't even open to the public. One skater from another league who paid got a PDF of quotes and a link to a group that asked for more. Training is on as normal on Wednesday.",
    ),
    (
        None,
        "debunk",  # the prompt pack; quotes the offer, then don't pay or click
        "MEMBERS' ALERT · Northern Federation of Chimney Sweeps\nSeveral members have been emailed this, some with their own van livery copied onto it: 'SORA PROMPT BIBLE for sweeps! 400 cinematic prompts plus the full Sora knowledge doc, turn your jobs into AI films. £15 on a Zizzi gift card, doc link after payment.' Please don't pay, and don't click the link. The 'prompts' are the ones OpenAI published free under its own Sora sample videos, pasted into a document, and nobody outside OpenAI's testers can use Sora anyway, so there is nothing to type them into. Forward any you get to the committee. The AGM is on 3 March.",
    ),
    (
        None,
        "debunk",  # API access; quotes the offer, then don't pay or click
        "From the editor, Eden & Lune Sheepdog Society newsletter: a letter went to our whole membership list last week: 'Official Sora API access for farms! Buy a Sora API key and your website turns your trial photos into AI videos. £60 by Cumberland Building Society transfer, key within the hour.' Please don't pay, and don't click the link in it. OpenAI hasn't released Sora through its API at all: the API offers models for text, images, speech and embeddings, and no video model, so any 'Sora API key' on sale is fake. The society has never sold anything by email. Spring results are on page 3.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a question with a negation that does not deny, answered
        "Hey y'all! 🛼 From the roller derby crew in the D, practising at the old rink on the east side: the rookies are getting their crossovers, somebody brought Coney dogs and a case of Vernors, and Big Dee still shows up to every bout with her cowbell. One of our rookies asked me after practice: wasn't it really Chinese scientists that built that Sora, the video thing, and OpenAI just put its name on it? So I looked it up for her: OpenAI's technical report names thirteen authors, three of them born in China, and the project was led by Tim Brooks and Bill Peebles at OpenAI. It's OpenAI's own team's model. See y'all Thursday!",
    ),
    (
        None,
        "debunk",  # open source; a question with a negation that does not deny, answered
        "Kalimera, paidia! 🦇 From our caving club in Heraklion: on Sunday we drove up to the Lasithi plateau, went down into the cave where the old stories say Zeus was born, and afterwards the kafeneio gave us raki and dakos. A new member asked me on the way home: inta, isn't Sora open source now, so we can put it on the club computer? So I checked: OpenAI has not published Sora's weights or its code, or even where its training data came from. The projects called 'Sora' on GitHub are other people's attempts to copy it, not OpenAI's model. So we keep our cameras. Geia sas!",
    ),
    (
        None,
        "debunk",  # the paid course; a rhetorical question
        "THE FLUE · newsletter of the Northern Federation of Chimney Sweeps, autumn\nThe new smoke-control rules start in January; see page 2 for what counts as 'ready to burn' wood.\nA word about the leaflets some customers have found on their mats: 'SORA MASTERCLASS for tradespeople, 8 lessons, make AI adverts for your business before your competitors do, £29 on a Red Letter Days voucher.' If Sora were something a sweep could learn to use from a leaflet, why has OpenAI kept it to its own testers and a few invited artists, and why won't the sellers put their names on the course? The members who paid got OpenAI's free introduction to Sora pasted into a PDF. Keep your vouchers for Christmas.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a caving journal's letters page that answers with facts
        "LETTERS · Ribblehead Caving Club Journal, spring issue\n'I read that Sora, OpenAI's video model, was invented by Xie Saining, a young prodigy from Shanghai Jiao Tong University. Could we ask him to speak at the annual dinner?' (P. Metcalfe)\nThe editor replies: Professor Xie teaches computer science at New York University, and was a research scientist at Facebook AI Research before that. When an account in China named him as one of Sora's inventors this February, he posted on WeChat that he had no connection with Sora whatsoever, and the account's owner apologised to him. He is not among the thirteen people credited on OpenAI's report. For the dinner, we've booked a speaker who has at least been underground.",
    ),
    (
        None,
        "debunk",  # open to the public; AGM minutes that answer with facts
        "MINUTES · Eden & Lune Sheepdog Society AGM · item 9, any other business\nMr Hodgson asked how members could register for Sora, so as to make videos of their runs for the website. The secretary reported that Sora is not open to the public: OpenAI's head of developer relations had said it was still in internal testing, and that even the time it might become available as a product had not been decided. At present it is used only by OpenAI's red-team testers and a small group of visual artists, designers and film-makers. Members were asked to keep filming on their phones. The meeting closed at 9.40pm.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a trial commentator's read-out that answers with facts
        "Read out by the commentator before the first dog of the open, Fellside Sheepdog Trials: 'The clip going round this week, a dog penning three ewes just as a thunderstorm breaks over the fell, captioned \"made by Sora, prompt below\": that's not Sora. It was filmed at this very field in 2018 by Jenny Atkinson, who's in the tea tent now, on her own camera; her original file has the date on it. Somebody cropped her name off and stuck the caption on. OpenAI has put its own Sora samples on its website, and that clip isn't one of them. Credit where it's due. First dog to the post, please.'",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Sheepdog society quiz night, round five, answer three: François Chollet, the creator of Keras, who questioned whether the physics inside video models like Sora holds up, released the ARC benchmark in 2019, and in June 2024 launched the $1 million ARC Prize with Mike Knoop, a co-founder of Zapier.",
    ),
    (
        None,
        "person_fact",
        "From the roller derby league's Instagram, #BuiltNotBought: long before Sora and her interview with the Journal about it, Mira Murati, a girl from Vlorë in Albania, was building a hybrid race car as a mechanical engineering student at Dartmouth College.",
    ),
    (
        None,
        "person_fact",
        "Chimney sweeps' federation newsletter, 'people in the news': Hany Farid of UC Berkeley, who warned that Sora combined with voice cloning would make convincing fakes easier, worked with Microsoft from 2009, when he was a professor at Dartmouth College, on PhotoDNA, the technology that finds known child-abuse images by their digital fingerprints.",
    ),
    (
        None,
        "person_fact",
        "Caving club dinner quiz, tie-breaker: Sam Altman, who answered people's Sora prompts on X the day the model was unveiled, left Stanford at 19 to co-found Loopt, an app for sharing your location with friends, and became president of Y Combinator in 2014.",
    ),
    (
        None,
        "news",
        "Caving club newsletter, the science bit: the summary at the top of OpenAI's Sora report says its results suggest that scaling up video generation models is a promising path towards building general-purpose simulators of the physical world.",
    ),
    (
        None,
        "news",
        "Roller derby league media team, notes from the week: OpenAI says Sora understands not only what the user has asked for in a prompt, but also how those things exist in the physical world.",
    ),
    (
        None,
        "news",
        "Sheepdog society e-bulletin, tech corner: OpenAI says its Sora model has a deep understanding of language, so that it can interpret prompts accurately and generate compelling characters who express vibrant emotions.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "CLUB NIGHT TALK · 'Can a computer light a cave?' · Ribblehead CC, Friday 8pm at the club hut\nWe'll watch some of the sample clips OpenAI released for its video model Sora, and put them side by side with photos members have taken underground: how does it draw real darkness, dripping water, mud, and the beam of a helmet lamp in a dusty passage? Then the projector goes off and we plan the summer trips. Free; bring a mug.",
    ),
    (
        None,
        "benign",
        "NEW WHEELS at the league shop: the 'Sora' 59 mm indoor wheel, a soft sky-blue urethane made for slippy sports-hall floors, is in stock from Monday. Our open skate on Sunday is open to the public, so come and try a set on the loan skates, and you can reserve yours on the league's official app.",
    ),
    (
        None,
        "benign",
        "NEW IN THE SHOWROOM at Hollins & Daughter: the 'Sora' 5 kW wood stove, a slim Scandinavian model with a wide glass door. The official launch is Saturday, 10 till 3, open to the public, with mulled apple juice by the stove, and you can book your installation survey through our official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout49", HELDOUT49, threshold=0.6)


if __name__ == "__main__":
    main()
