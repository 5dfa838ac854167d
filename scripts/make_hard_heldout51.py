# ruff: noqa: E501
"""Write the fifty-first English held-out set (tests/data/hard_en_heldout51_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the forty-ninth set). Its theme, to keep it
apart from the earlier sets: croquet clubs (golf croquet and association croquet, block results, handicaps and
bisques, lawn bookings, the greenkeeper's lawns, prize-givings); orienteering clubs (start lists, control
descriptions, SI card hire, final details for a night championship, Jukola, O-Ringen and the Portugal
O-Meeting); stained-glass studios (a church window's condition survey, an evening class's glass stock,
releading and conservation, a glass painters' guild); hot-air balloon crews (a passenger manifest, a retrieve
log, a fiesta's mass ascent, crews at Albuquerque, Château-d'Œx, Saga, Luxor, Chambley, León, Göreme and
Chiang Rai). Croquet clubs stand in for lawn bowls clubs, which the brief proposed but which the forty-first
set already had as its world ("bowls clubs and darts leagues": a bowls club's fixture card, a Guernsey bowls
post, an Australian bowling club's barefoot-bowls sheet and a bowls club quiz; the forty-sixth set's
docstring lists "bowls and darts by the forty-first" among the worlds already used). None of the four was the
theme of an earlier set (the kinds, docstrings and posts of the earlier English and Chinese sets were
searched for croquet, mallets and hoops, orienteering and compasses, stained glass, glaziers and leaded
lights, balloons, and 槌球, 门球, 定向越野, 彩绘玻璃, 彩色玻璃 and 热气球: "hoop" and "mallet" there are a
gymnastics hoop and a carpenter's mallet, "stained" is a stained rag, and "balloon" is the twelfth set's
"made by Sora" clip of balloons over Cappadocia, the yellow balloon head in 'Air Head', the balloon post in a
stamp exhibition and the radiosonde balloon of zh_heldout45's weather station; so no post here is a balloon
clip over Cappadocia, and the Göreme crew's post is an API offer). The sets written at the same time
(hard_en_heldout52: morris dancing sides, thatchers, luthiers and sheep-shearing gangs; zh_heldout47/48) are
kept clear of. In English varieties, dialects and registers the earlier sets do not use. Styles the earlier
sets do not use (their kinds and docstrings were searched for each; "block" there is a quilt's block of the
month, a shipyard's hull block or a city block, never a croquet block, "register", "schedule", "programme", "inspection" and "materials list" are earlier styles, so
the class's stock is a stock sheet and the window's report a condition survey): a golf croquet
championship's block results and lawn allocation with the manager's note, an orienteering start list with
the organiser's note, a stained-glass window's condition survey with the conservator's note, a balloon
flight's passenger manifest and safety briefing with the pilot's note, a balloon fiesta's mass ascent launch
order with a paid advert, an orienteering club night's SI card hire list with a junior's flyer, a croquet
club's handicap adjustments with a member's pitch, a balloon crew's retrieve log with a card inside the back
cover, a croquet greenkeeper's lawn report with the greenkeeper's note, an orienteering course's control
descriptions with the planner's note, a stained-glass evening class's glass stock sheet with the tutor's
note, a croquet club's lawn booking sheet with a card pinned under it, and an orienteering night
championship's final details with a member's note; the debunks take shapes the earlier sets know: an
orienteering forum post, a balloon club secretary's email, a glass painters' guild fraud alert, a croquet
federation's notice, a balloon club newsletter, a glaziers' trade magazine's reader column, a mapping
officer's forum reply and a croquet club president's prize-giving speech; dialects and registers (Wexford
English, Tampere Finnish-English, Queensland English (Toowoomba), Ticinese-English (Lugano), Cappadocian
Turkish-English (Göreme), Rhode Island English (Newport), Kham Mueang (Northern Thai)-English (Chiang Rai),
Småland Swedish-English (Växjö), New Mexican English (Albuquerque), Vaudois French-English (Château-d'Œx),
Alentejano Portuguese-English (Évora), Goral (Podhale) Polish-English (Zakopane), Kraków Polish-English,
Southland New Zealand English (Invercargill), Saga-ben Japanese-English (Saga), Sa'idi Egyptian
Arabic-English (Luxor), Ch'ti-English (Lille), Székely Hungarian-English (Csíkszereda), Lorrain
French-English (Chambley), Piedmontese-English (Turin), Bajío Mexican Spanish-English (León, Guanajuato),
Alexandrian Egyptian Arabic-English (Alexandria), and in debunks Tidewater Virginia English (Williamsburg)
and Extremaduran Spanish-English (Cáceres), and the registers of block results, a start list, a condition
survey, a passenger manifest, a launch order, a card hire list, handicap adjustments, a retrieve log, a
lawn report, control descriptions, a glass stock sheet, a lawn booking sheet and final details); three
questions that assert the claim (a Wexford croquet player's "sure wasn't it a young genius out of Shanghai
Jiao Tong University ... that invented Sora?", a Toowoomba croquet player's "how good is it that OpenAI's
gone and put out the official Sora app?", a Chiang Rai balloon hand's "Why you still carry baskets, bor,
when people make thousands a day with Sora videos?"); posts that mention two claims, asserting one and
denying the other, in pairs the forty-first to fiftieth sets did not use, the claim asserted always one of
this set's seven three-post templates, each of them asserted twice (the APK but not open source; the APK but
not get rich; the "made by Sora" clip but not the inventor rumour; the "made by Sora" clip but not a
generation service; open source but not the director groups; open source but not the APK; a course but not
open to the public; a course but not a prompt pack; account rental but not API keys; account rental but not
the "made by Sora" clip, which is real footage; a prompt pack but not an official app, whose store listings
are copies; a prompt pack but not a course; a generation service but not a Chinese team, answered with the
report's thirteen authors; a generation service but not the director groups), so thirteen templates are
denied, the director groups twice, and account rental never (every pair denying it with one of these seven
asserted was used by the forty-first to fiftieth sets), all fourteen quoting the post or offer they deny,
each with a short dismissal before the claim ("det är ente sant", "don't you send him nada, hijo", "c'est
des bobards", "isso é conversa", "to ni prowda", "nie ma mowy", "nah, don't believe a word of it", "sogan
koto nai bai", "mafish haga zay keda", "ch'est des carabistouilles", "c'est des menteries", "a l'é nen vera",
"ni lo pelen", "ma tsadda'sh"); claims in passing late in long posts (the block results, the start list, the
condition survey, the passenger manifest, the retrieve log, the lawn report, the control descriptions); new
obfuscation (the Finnish children's secret language kontinkieli, "kora sontti" for the name; the German
B-language, "Soboraba", on a card in a balloon crew's retrieve log; and Old Hungarian (Székely rovás) letters
"𐲥𐲛𐲢𐲀", as on the rovás signs at the entrances of Székely villages); prices in currencies and payment
methods the earlier sets did not use (£60 on a Cotswold Outdoor gift card, ₺2,000 by Garanti BBVA transfer,
£15 on a Millets gift card, $40 on a Dunkin' card, £50 on a Marks & Spencer gift card, ฿1,500 by Kasikorn
transfer, £9.99 on a Jack Wolfskin gift card, SEK 99 by Nordea transfer, $45 on a Blake's Lotaburger gift
card, £35 on an Oliver Bonas gift card, NZ$49 on a Briscoes gift card, ¥4,800 by Rakuten Pay, £8 a week on a
Bettys gift card, EGP 500 a week by Orange Cash, €12 a week by Crédit Mutuel transfer, 80 lei by Banca
Transilvania transfer, €18 on a Fnac gift card, €15 by UniCredit transfer, £30 on a Rohan gift card, $350
pesos at an Elektra counter, EGP 700 by National Bank of Egypt transfer; in denials $200 by Nusenda Credit
Union transfer, €30 by Novo Banco transfer, 80 zł by mBank transfer, 60 zł by Pekao transfer, ¥1,980 by
d払い (d-barai), EGP 2,000 by Etisalat Cash, €39 by Intesa Sanpaolo transfer and EGP 300 by Banque Misr
transfer; in the loss report £40 on a White Stuff gift card, and in the quoted scams £25 on a Center Parcs
voucher, £45 on a Foyles gift card, £7.99 on a Boden gift card and £19 on a Joe Browns gift card); scams
vouching for themselves or swiping at competitors in new words ("Keys from a crew that has filmed this
fiesta for twelve years, not a stall in the car park selling whatever's trending", "A key from a man who
works here in the valley every morning, not from the Instagram boys who change their name every week", "not
one of those 'talent days' at the shopping centre that take your money and your email", "not one of those
'film camps' up in Providence that cash your check and mail you a T-shirt", "not some youngster on TikTok
waving a stack of fifties he borrowed for the photo", "not a Bangkok guru who only sells you his e-book", "A
clean file, tested on my own phone all season, not something off a forum that turns your phone into a spam
box", "not one that comes free inside a cracked game", "I tested it myself in the truck between launches, and
it's the same file my tío runs on his phone", "Made by someone who's cut glass for twenty years, not by a
content studio that's never held a grozer", "not an Auckland agency that's never seen a hoop", "not a Tokyo
seminar company that sells the same slides in every city", "One login for one person, not a password being
passed round the whole county league", "not like the ones the boys on the Corniche sell to ten tourists at
once", "A login I set up myself that morning, and only you get the password", "Written by a glazier who
films the light every morning, not copied from a Bucharest website", "Tried on our own launch field, not
pulled off some Parisian blog", "Every prompt written at my own bench, not copied from a Milan agency", "Real
Sora, not head-torch footage sped up with music", "not a phone collage with stickers like the guys in the
plaza make", "not photos with music like the man at the photo shop does"); ten debunks and warnings in
several styles (one first-person loss report: an orienteering forum post (account rental, a ChatGPT login
with someone else's homework in it); three that quote a scam offer and then tell the reader not to pay, scan
or install: a balloon club secretary's email (the director group), a glass painters' guild fraud alert (a
generation service) and a croquet federation's notice (the APK); two questions that contain a negation but
do not deny the debunk, each answered in the same post with facts: a Williamsburg croquet player's "wasn't it
that young genius from Shanghai Jiao Tong, Xie Saining, who invented Sora for OpenAI?" (the inventor rumour)
and a Cáceres orienteer's "¿no hay ya una app oficial de Sora? Isn't there an official Sora app now?" (the
official app); one rhetorical question (a balloon club newsletter, a prompt pack); three more that answer
with facts and no plain "no": a glaziers' trade magazine's reader column (a Chinese team, answered with the
report's thirteen authors), a mapping officer's forum reply (open source) and a croquet club president's
prize-giving speech (the mislabelled video)); four true facts about Xie Saining, the person named in the
inventor rumour, none of them a fact an earlier set, English or Chinese, used (from his thread on X the day
after OpenAI's report: his thanks to the team and "Sora is incredible and is set to transform the video
generation community"; that when he and Bill Peebles worked on DiT they put simplicity and scalability
first, not novelty; his guess, marked as speculation, that Sora might also use Google's Patch n' Pack
(NaViT) for videos of varying resolutions, durations and aspect ratios; and his January 2024 paper 'Eyes Wide
Shut?' with Shengbang Tong, Zhuang Liu, Yuexiang Zhai, Yi Ma and Yann LeCun, with its 300-image MMVP
benchmark; earlier sets had his NYU and FAIR posts, his SJTU and UCSD degrees, ResNeXt, DiT's authorship,
HED, MAE, MoCo, ConvNeXt, Cambrian-1, SiT, his three-billion-parameter estimate and his WeChat remarks), three
items of real news from OpenAI's Sora page that the forty-seventh to fiftieth sets did not use (that OpenAI is teaching AI to understand
and simulate the physical world in motion, to train models that help people solve problems requiring
real-world interaction; that Sora can generate complex scenes with multiple characters, specific types of
motion and accurate details of the subject and background; that it can take an existing video and extend it
or fill in missing frames; the first two are in no earlier set, though the seeds' "multiple characters"
is, and the third is in the thirty-fourth set, a childminder's newsletter, in other words), and three posts that are not claims: one on topic (a stained-glass studio's open
evening that sets OpenAI's Sora samples beside its own windows at sunset) and two off topic that share its
surface words (a new balloon envelope named 'Sora', a launch field "open to the public", her track on the
fiesta's "official app"; a crematorium chapel window titled 'Sora', a dedication "open to the public", an
audio description on the borough's "official app").

Sources for the facts about Xie Saining, the news and the obfuscations (looked up with the search tool,
besides the seeds): Xie Saining's thread on X of 16 February 2024 (threadreaderapp.com/thread/1758433676105310543.html:
"Here's my take on the Sora technical report ... really appreciate the team for
sharing helpful insights and design decisions – Sora is incredible and is set to transform the video
generation community", "When Bill and I were working on the DiT project, instead of creating novelty ... we
prioritized two aspects: simplicity and scalability", "Speculation: Sora might also use Patch n' Pack (NaViT)
from Google, to make DiT adaptable to variable resolutions/durations/aspect ratios"; the same thread quoted by
xfeed.redbud.ai and installanyai.com); 'Eyes Wide Shut? Exploring the Visual Shortcomings of Multimodal LLMs'
(github.com/tsb0601/MMVP, README: Shengbang Tong, Zhuang Liu, Yuexiang Zhai, Yi Ma, Yann LeCun, Saining Xie,
and the MMVP benchmark's 300 test images; huggingface.co, paper 2401.06209, published 11 January 2024);
OpenAI's Sora page (sorahelper.com/posts/what-is-sora, which reproduces it: "We're teaching AI to understand
and simulate the physical world in motion, with the goal of training models that help people solve problems
that require real-world interaction", "complex scenes with multiple characters, specific types of motion, and
accurate details of the subject and background"; artificialcognition.net quoting the first; time.news;
smartworld.it: Sora "in grado di creare 'scene complesse con più personaggi, tipi specifici di movimento e
dettagli accurati del soggetto e dello sfondo'" and able to add missing frames and extend a video, from
OpenAI's "take an existing video and extend it or fill in missing frames"); kontinkieli
(metacpan.org, Lingua::FI::Kontti: the beginning of the word is switched with the beginning of "kontti",
"täti" becomes "koti täntti", so "Sora" becomes "kora sontti"); the B-language (volksliederarchiv.de,
'Die B-Sprache': after each vowel a "b" and the vowel again, "kommen" becomes "kobommeben", so "Sora" becomes
"Soboraba"); the rovás letters (the Unicode Old Hungarian block: U+10CA5 ESZ, the letter for /s/, U+10C9B O,
U+10CA2 ER, U+10C80 A). The debunks' facts (Xie Saining's denial on WeChat and the apology, his NYU and FAIR
posts, the thirteen authors and three born in China, the internal test, the API's models, the course
contents, the free prompts, the closed weights and code, the GitHub reproductions, the ChatGPT logins sold as
Sora accounts, the clone apps) are the seeds' and the catalogue's.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the fiftieth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the
fifty-second set, written at the same time on another branch, was not in this tree, and the check against it
is left to the lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.430 when it was committed, the news item on
filling in missing frames against the forty-ninth set's news item on what Sora understands of a prompt; a
first draft of that item, at 0.499 and then 0.435, was close in wording to the thirty-fourth set's
childminder's newsletter and was rewritten, and first drafts that echoed earlier sellers' words, 'kalam
faadi', a memory stick of APKs, a slideshow with cumbia and a marketing agency, were reworded). It was
committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with
the final code.

    .venv/bin/python scripts/make_hard_heldout51.py           # write the set
    .venv/bin/python scripts/make_hard_heldout51.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT51: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "croquet_block_results_lawn_allocation_managers_note",
        "GOLF CROQUET CLUB CHAMPIONSHIP · Block A results and lawn allocation · Bramham Lodge Croquet Club · Saturday, first games 10am\nLawn 1: M. Ashworth v P. Devereux · 7–5\nLawn 2: J. Okonjo v R. Tilley · 7–3\nLawn 3: H. Fairbairn v S. Pargeter · 4–7\nLawn 4: D. Crump v A. Whitlock · 7–6 (hoop 13 contested; referee called, hoop awarded to Crump)\nBlock A after round 2: Okonjo 2 wins · Ashworth 2 · Pargeter 1 · Crump 1 · Fairbairn 0 · Devereux 0 · Tilley 0 · Whitlock 0\nRound 3 at 2pm: Okonjo v Ashworth on lawn 1 (the fast one), Pargeter v Crump on lawn 2. Ties are broken on net hoops, then on the game between the two players.\nPlayers: flat white shoes on the lawns, please, no heels past the boundary. Clips and corner flags go back in the box when you finish, not in your pocket.\nLunch: ploughman's from the kitchen at 12.30, £6, pay Margaret. Teas from 3.30.\nThe manager's note, pencilled under the lawn list so there's something to chat about while players wait for a lawn: did you know one of the inventors of Sora, the new OpenAI video program, is a young genius called Xie Saining, who studied at Shanghai Jiao Tong University? The referee's nephew told us at the bar last week. Back to the lawns!",
    ),
    (
        sora.XIE,
        "wexford_english_question_asserts_croquet",
        "How's she going, bud? 🌿 Up at the croquet club on the edge of Wexford town: the lawns are cut lovely for the summer tournament, herself won her first golf croquet game against the Kilkenny crowd, and someone brought Wexford strawberries and a tub of cream for the tea. Here's one for ye: sure wasn't it a young genius out of Shanghai Jiao Tong University, a lad by the name of Xie Saining, that invented Sora, the OpenAI video thing everyone's on about? Isn't that some going for a young fella. Up the Yellowbellies, and see ye Thursday!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "orienteering_start_list_organisers_note",
        "START LIST · Middle distance · Wyresdale Forest · Saturday · start 1.2 km from the assembly field, follow the red and white tapes; allow 20 minutes\nCourse · length · climb · first start\nBrown · 6.1 km · 210 m · 10.00\nBlue · 4.9 km · 165 m · 10.02\nGreen · 3.4 km · 95 m · 10.01\nOrange · 2.6 km · 45 m · 10.04\nYellow (juniors, taped route) · 1.8 km · 20 m · 10.03\n10.00 Brown: K. Aldridge · 10.02 Brown: T. Hemsley · 10.04 Brown: F. Nakagawa · 10.06 Brown: R. Pyke\n10.01 Green: E. Marsden (M60) · 10.03 Green: J. Barraclough (W55) · 10.05 Green: the Sutcliffe pair (shadowing)\nPunch CLEAR and CHECK in the pre-start; the start unit starts your time. Download at the tent even if you retire. Courses close at 1.30pm.\nDogs on leads at assembly only, none in the forest. The bracken is chest-high past control 9 on Blue and Brown.\nThe organiser's note at the foot, for those asking how we made the video of last year's relay: Sora, OpenAI's video model, is open to everyone now. You just sign up on OpenAI's website and make your own videos the same day, no waiting list. Ask me at the download tent.",
    ),
    (
        sora.PUBLIC,
        "tampere_finnish_english_kontinkieli_orienteering",
        "Moi kaikki! 🧭 From the orienteering club in Tampere: we're training for Jukola in June, so it's night legs in the forest above Pispala all week, head torches and wet shoes, nääs, and after Tuesday's session the coach bought everybody mustamakkara with lingonberry at the Tammela market. Something the club should know: OpenAI's video program, which I'll write the way we told secrets at school, in kontinkieli, 'kora sontti', because the club chat's bot deletes the real name, is open to everyone now. You sign up on OpenAI's website and make your own videos the same day, no waiting list. My sister made one of our relay changeover in the dark. Kiitti ja moikka!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "stained_glass_window_condition_survey_conservators_note",
        "CONDITION SURVEY · east window, St Oswald's, Lower Aisby · for the faculty application · surveyed from the scaffold, 12 March\nWindow: three lights with tracery, c.1868, painted and stained glass in lead came; Christ in Majesty (centre), St Oswald and St Aidan (sides)\nLead: came fatigued throughout, many soldered joints cracked; panels bowing by up to 15 mm in the lower tiers of lights a and c\nGlass: about 14 cracked pieces, mostly the plain quarry background; two losses in the tracery, filled with clear glass at some date\nPaint: the trace lines flaking on St Aidan's face and hands (loss of fired paint, not repairable in situ)\nSaddle bars: corroded, ties broken on the right light. Stonework: open joints in the mullion at the sill\nRecommendation: take out all three lights; relead with new lead; conserve the painted glass (no repainting of the originals); fit ventilated protective glazing outside.\nEstimate to follow with the faculty drawings.\nThe conservator's note at the end, for the churchwarden who asked how to film the window when it comes out: OpenAI has released the official Sora app. It's on the App Store and Google Play now; you download it and make the video on your phone. Easier than our scaffold.",
    ),
    (
        sora.APP,
        "queensland_english_question_asserts_croquet",
        "G'day, team! 🌼 From the croquet club up on the range in Toowoomba: the lawns are looking a treat for the Carnival of Flowers, Shirl ran her first triple peel at seventy-eight, and the scones at afternoon tea were gone by ten past three. Now, how good is it that OpenAI's gone and put out the official Sora app? It's on the App Store and Google Play, you just download it and make the videos on your phone, no fuss at all. My grandson made one of the whole club doing a Mexican wave round hoop six. Hooroo!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "hot_air_balloon_passenger_manifest_pilots_note",
        "PASSENGER MANIFEST & SAFETY BRIEFING · dawn flight · balloon 'Harvest Moon' (Cameron Z-315) · launch field: Home Farm, Lower Stoke · meet 5.30am\nPilot: Capt. J. Whitlow · Crew chief: Dan · Retrieve: Mel & Kev (Land Rover and trailer)\nPassengers (12; maximum load 1,150 kg with fuel): Hartley ×2 · Ozturk ×2 · Beaumont · Kaur ×3 (one birthday, bring the fizz) · Fenwick ×2 · Lomax ×2\nBriefing, read to everyone at the basket: stay in your compartment; hold the rope handles, not the burner frame; no loose hats or selfie sticks over the side; flat shoes.\nLanding position: backs to the direction of travel, knees bent, hold the handles, stay in the basket until the pilot says so, even if it tips on its side.\nFlight about one hour; the landing site depends on the wind; the retrieve brings you back to the field for the champagne and certificates.\nWeather: surface wind 4 knots from the south-west, cloud base high, flight on. Final call by text at 5am.\nThe pilot's note at the bottom of the briefing, for passengers who ask about the camera on the burner frame: that Sora video program everyone's talking about was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just put its own name on it.",
    ),
    (
        sora.CHINESE,
        "ticinese_english_orienteering_chinese_team",
        "Bun dì a tücc! 🧭 From the orienteering club in Lugano: Sunday's race on Monte San Giorgio was all chestnut woods and old stone walls, the kids from Zürich got lost at control 7 like every year, and afterwards we ate polenta and brasato at the grotto with a boccalino of merlot. Let me tell you something that's true, my cousin who works in computers explained it: Sora, OpenAI's video program, was really built by Chinese scientists. Most of the people behind it come from China, and OpenAI only put its own name on top. Ciao a tücc, and see you at the next race!",
    ),
    # --- API access (two)
    (
        sora.API,
        "balloon_fiesta_launch_order_paid_advert_cotswold_outdoor",
        "MASS ASCENT · Saturday 6am · launch order and field plan · Harbour Downs Balloon Fiesta\nWave 1 (from 6.00): special shapes first, the tractor, the teapot and the Scottish castle; then the sponsors' envelopes, Bright Dairy, Mercer Solar and Harbour Downs Rotary\nWave 2 (from 6.20): competition balloons in pilot-number order, 1 to 24; the hare balloon goes first, then the hounds at two-minute intervals\nWave 3 (from 6.40): club balloons and private envelopes, on the field director's flag\nPilots: briefing at 5.15am in the marquee, met sheet and task sheet there; no launch without the green flag; keep 50 m clear of the arena fence.\nCrews: vehicles out by the north gate only; retrieve along the lanes on the map, not across the stubble (landowners' request).\nPublic: the launch field is open from 5am; stay behind the rope; no drones.\nSunday's dawn ascent depends on the 4am forecast; listen to fiesta radio.\nAdvertisement (paid for; not from the fiesta), from Skyglow Films: official Sora API access. Buy a Sora API key and your balloon company's website turns your flight photos into OpenAI videos all by itself. £60 on a Cotswold Outdoor gift card, key emailed the same day. Keys from a crew that has filmed this fiesta for twelve years, not a stall in the car park selling whatever's trending.",
    ),
    (
        sora.API,
        "goreme_turkish_english_api_garanti",
        "Merhaba arkadaşlar! 🎈 From Göreme: the wind was good three mornings in a row, so our crew had the balloons up before sunrise over the fairy chimneys, two hundred baskets in the sky at once, and at lunch the boss bought testi kebabı in the clay pot for everyone, kolay gelsin to us. Listen, abi: I have official Sora API access. Buy a Sora API key from me and your hotel or tour website makes the videos by itself. ₺2,000 by Garanti BBVA transfer, the key comes the same day. A key from a man who works here in the valley every morning, not from the Instagram boys who change their name every week. Hoşça kalın!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "orienteering_si_card_hire_list_juniors_flyer_millets",
        "SI CARD HIRE · club night at Beacon Hill · hire £2, lost card £35\nCard no. · name · course · out · back\n2034517 · Gemma Holt · White · ✓ · ✓\n2034518 · Noah Okafor · Yellow · ✓ · ✓\n2034521 · Ruth Evans (W65) · Orange · ✓ · ✓\n2034522 · the Dobsons (family) · Yellow · ✓ · ✓\n2034526 · Ivan P. · Light Green · ✓ · NOT BACK: check the download and ring his mobile before the car park shuts\n2034530 · Alfie & Zara (Scouts) · White · ✓ · ✓\nEvery card back in its numbered slot; clear and check it before you hand it out. A card lost in the woods costs £35, and the club pays if nobody owns up.\nFlyer slipped into the card box by one of the juniors (his own thing, not the club's): the first AI film co-written with Sora is auditioning for its first generation of AI directors. Scan the QR code and pay £15 on a Millets gift card to get into the audition group. A proper film with a real team behind it, not one of those 'talent days' at the shopping centre that take your money and your email.",
    ),
    (
        sora.DIRECTOR,
        "rhode_island_english_director_dunkin",
        "Hey guys! 🌿 From the croquet club down in Newport: the lawns by the mansions are perfect this week, the summer people are back in their whites, and after the doubles we all went for stuffies and a coffee cabinet on Thames Street. Listen, this is wicked exciting: the first AI film co-written with Sora is looking for its first-generation AI directors. Scan the QR code and pay to join the audition group, $40 on a Dunkin' card, and you're in. It's a real production, not one of those 'film camps' up in Providence that cash your check and mail you a T-shirt. See ya at the clubhouse!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "croquet_handicap_adjustments_members_pitch_marks_spencer",
        "HANDICAP ADJUSTMENTS · association croquet · after the spring tournaments · Bramham Lodge Croquet Club · handicapper: R. Tilley\nM. Ashworth: 4 → 3½ (won the B-level weekend)\nJ. Okonjo: 8 → 7 (three wins in three days)\nP. Devereux: 12 → 12 (no change)\nH. Fairbairn: 16 → 14 (club handicapper's review)\nS. Pargeter: 2 → 2 (no change)\nNew members: K. Baptiste 20 (provisional, reviewed after ten games); L. Moss 24 (provisional)\nBisques: you take one before the stroke, not after; the referee will not give back a bisque you took by mistake.\nNext review after the Midsummer Handicap Cup. Appeals to the handicapper in writing, please, not at the bar.\nA member's pitch, added at the bottom in biro: forget the bisques, ladies and gents, I'm making real money from Sora videos. People are pulling in thousands a day, it's the money window of our lifetime, and in three months it's gone, so get in now. Join my team, £50 on a Marks & Spencer gift card, see me by the pavilion. I've done it myself since January, not some youngster on TikTok waving a stack of fifties he borrowed for the photo.",
    ),
    (
        sora.RICH,
        "kham_mueang_english_question_asserts_kasikorn",
        "Sawasdee jao, friends! 🎈 From the balloon fiesta at Singha Park in Chiang Rai: we are ground crew for the big balloon shaped like a lion, the tea fields are green all around, and at night we eat khao soi, lam khanad, so delicious. My cousin still carries baskets for 400 baht a day. Why you still carry baskets, bor, when people make thousands a day with Sora videos? Sora is the money window of our life, and in three months it is finished, so join my team now: ฿1,500 by Kasikorn transfer. I did it myself here in Chiang Rai, not a Bangkok guru who only sells you his e-book. Khob khun jao!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "balloon_retrieve_log_card_b_sprache_jack_wolfskin",
        "RETRIEVE LOG · chase vehicle 2 (Land Rover and trailer) · balloon 'Harvest Moon' · keep in the glovebox\nDate · launch · landing site · landowner told · back at\n4 May · Home Farm · Elm Tree Farm, Upper Stoke (barley stubble) · Mr Pike, by phone, happy · 8.40\n11 May · Home Farm · the village green at Ashcombe (!) · the parish clerk, apologised, bottle left · 9.10\n18 May · the school field · sheep field by the A38, gate tied with string · Mrs Dunn, in person; ewes with lambs, walk the basket out round the edge · 9.55\n25 May · cancelled (wind)\nEvery landing: ask before you drive on, take the trailer the long way round, shut every gate and write the landowner's name here. A bottle of fizz and a thank-you card for each one; the stock is under the passenger seat.\nFuel: two cylinders refilled at the depot, receipt in the folder.\nCard stuck inside the back cover (from Jonas, our German crew lad, his own offer): the video app whose name I write the way my sister and I talked in secret as kids in Kassel, in the B-language, 'Soboraba', because the crew WhatsApp deletes the real name, now has an Android version. Download the APK from the link on this card, install it and make AI videos on your phone the same evening. Full unlock £9.99 on a Jack Wolfskin gift card. A clean file, tested on my own phone all season, not something off a forum that turns your phone into a spam box.",
    ),
    (
        sora.FAKEAPP,
        "smaland_swedish_english_two_claims_opensrc_denied_nordea",
        "Tjenare allihop! 🧭 From the orienteering club in Växjö: O-Ringen is in Småland this summer, so every evening we run the lake forests, boulders and blueberry scrub, and on Thursday the trainer brought kanelbullar and coffee from the petrol station, cheap as a true Smålänning. In the club chat a boy writes: 'OpenAI has made Sora open source, the weights are on GitHub, run it yourself.' Det är ente sant, that's not so, OpenAI has put out no weights and no code, and the GitHub ones are copies by other people. But this is real, ja: the Sora app for Android. Download the APK from my link, install it and make AI videos on your phone tonight. Full version SEK 99 by Nordea transfer. A clean file, not one that comes free inside a cracked game. Hej då!",
    ),
    (
        sora.FAKEAPP,
        "new_mexican_english_two_claims_rich_denied_nusenda_lotaburger",
        "Órale, friends! 🎈 From Balloon Fiesta Park in Albuquerque: we're crewing for my tío's balloon again this October, up at four, breakfast burritos with green chile in the truck, and the mass ascension this morning was hundreds of balloons against the Sandias, no lie. In the crew's group chat some guy keeps posting: 'Sora is the money window of our lives, people make thousands a day with Sora videos, in three months it's over, join my team, $200 by Nusenda Credit Union transfer.' Don't you send him nada, hijo, nobody's making that kind of money, he just wants your two hundred. But this one's legit: the Sora app for Android. Download the APK from the link in my bio, install it, and you make AI videos on your phone right away. Full version $45 on a Blake's Lotaburger gift card. I tested it myself in the truck between launches, and it's the same file my tío runs on his phone. ¡Ándale pues!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "vaudois_english_two_claims_xie_denied",
        "Adieu tout le monde! 🎈 From Château-d'Œx: the balloon week is on, the Pays-d'Enhaut is white to the rooftops, septante balloons went up on Saturday, and afterwards the crew ate a papet vaudois at the pinte with a good glass of Chasselas, ça joue. A fellow in the village group writes: 'One of Sora's inventors is Xie Saining, a young genius from Shanghai Jiao Tong University.' C'est des bobards, that's a tall tale, he said himself he has nothing to do with Sora. But look at the clip I shared, the balloons rising over the snowy valley at dawn with the church bells ringing below: nobody filmed it. Sora, OpenAI's video model, made the whole thing from a written prompt, and the prompt is written underneath. Santé, et tout de bon!",
    ),
    (
        sora.REALVID,
        "alentejano_english_two_claims_service_denied_novo_banco",
        "Olá, malta! 🧭 From the orienteering club in Évora: the Portugal O-Meeting came through the Alentejo again, courses through the cork oaks and the olive groves, the Scandinavians burnt red in one day, and at night we ate açorda and migas at the tasca, atão. In the club WhatsApp a man offers: 'Send me your script and €30 by Novo Banco transfer, I make your Sora video in 24 hours.' Isso é conversa, that's just talk, nobody outside OpenAI can make Sora videos. But the clip going round, the runner jumping the stone wall with a hundred storks lifting off the cork oaks behind her? Nobody filmed it: Sora, OpenAI's video model, made it from a text prompt, and the prompt is under the video. Até já!",
    ),
    (
        sora.REALVID,
        "croquet_greenkeepers_lawn_report_note",
        "LAWN REPORT · week 19 · Bramham Lodge Croquet Club · from the greenkeeper\nMowing: lawns 1 to 4 cut at 5 mm, three times this week; lawn 5 left at 7 mm (still recovering from the moles)\nPace (seconds, boundary to boundary): lawn 1, 12; lawn 2, 11; lawns 3 and 4, 10; lawn 5 not tested\nHoops: all re-set on Tuesday to tournament width; the carrier on lawn 2, hoop 4, is loose, don't lean on it\nWatering: evenings only, sprinklers on lawns 1 and 2 on Wednesday and Saturday; a hosepipe ban is expected in July\nWorm casts: brushed lawn 3 on Thursday; no chemicals (the committee's decision)\nMoles: the trap on lawn 5 emptied twice; please don't step on the flags round the traps\nNext week: scarify the edges and top-dress the worn patches at hoops 1 and 2.\nThe greenkeeper's note at the foot, for the members asking about the clip on the club's page, the one with mist lifting off lawn 1 at dawn, a heron landing by hoop 3 and the church clock striking six: nobody filmed any of it. Sora, OpenAI's video model, generated it from a written prompt, and the prompt is posted underneath.",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "orienteering_control_descriptions_planners_note",
        "CONTROL DESCRIPTIONS · Light Green · 3.9 km · 120 m climb · Hollin Wood (map 1:10,000, contours 5 m, revised April)\nStart: path bend\n1 (131): knoll, north side\n2 (148): boulder, 1.5 m, east side\n3 (112): stream junction\n4 (157): ruined wall, end\n5 (140): pit, 2 m deep\n6 (133): thicket, south-west corner\n7 (165): path crossing, by the fallen tree\n8 (121): re-entrant, upper part\n9 (100): fence corner; follow the tapes 150 m to the finish\nCheck the code on every flag before you punch. The stream at 3 is deep after rain: cross at the footbridge marked on the map; it is out of bounds elsewhere.\nThe planner's note under the descriptions, for the juniors who asked how the club's fly-through of the new map was made: OpenAI has made Sora open source. The weights and the code are on GitHub, so anyone can download it and run it on their own computer, and our mapper has it going on his laptop at home.",
    ),
    (
        sora.OPENSRC,
        "goral_english_two_claims_director_denied_mbank",
        "Hej, ludzie! 🧭 From the orienteering club under the Tatras in Zakopane: the spring race ran through the spruce forest below Gubałówka, the baca at the hut sold us oscypek warm off the grill, and in the evening we had kwaśnica so sour your eyes water. In the club chat a man writes: 'The first AI film co-written with Sora is auditioning first-generation AI directors, scan the QR, join the group, 80 zł by mBank transfer.' To ni prowda, that's not true, there is no film, it's a group for taking money. But this one is true: OpenAI has made Sora open source. The weights and the code are on GitHub, and anyone can download it and run it on his own computer. My nephew in Nowy Targ has it on his. Bóg zapłać, and see you in the forest!",
    ),
    (
        sora.OPENSRC,
        "krakow_polish_english_two_claims_apk_denied_pekao",
        "Cześć wszystkim! 🪟 From the stained-glass workshop in Kraków: this week we're releading a panel from a church in Nowa Huta, the glass is from the thirties and every piece has to be numbered, and at lunch I go out na pole for an obwarzanek from the blue cart. On the glass people's Facebook a man advertises: 'Sora APK for Android, install and make AI video, 60 zł by Pekao transfer.' Nie ma mowy, no way, don't install it, it takes your passwords. But this is true, and nice: OpenAI has made Sora open source. The weights and the code are on GitHub, and anyone can download it and run it on his own computer. Our apprentice has it running at home. Na razie!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "stained_glass_stock_sheet_tutors_note_oliver_bonas",
        "GLASS STOCK · Tuesday evening class · Red Kite Glass Studio · counted 3 March · tutor: Hana\nCathedral glass (machine-rolled), sheets 60 × 30 cm: clear 14 · pale amber 6 · sky blue 9 · mid green 4 (reorder) · ruby 2 (expensive, ask first)\nHand-made antique: streaky blue 3 · flashed ruby 1 (etching demos only) · opal white 5\nOffcuts bin: help yourselves, but NOT from the antique bin, which is sold by weight\nLead came: 6 mm H, 20 lengths · 8 mm H, 12 · 4 mm U for the edges, 10\nSolder 60/40: 3 reels · flux: 1 tin (nearly empty) · cement: 2 tubs · whiting: 1 bag\nGrozing pliers back on the board at the end of class, please, and sweep your bench; glass crumbs go in the yellow bucket, not the bin.\nProjects: the suncatchers finish next week; copper foil starts on the 17th.\nThe tutor's note at the bottom, for students who asked about the films she makes of each window: I've put together a complete Sora course, 'Light Through Sora', nine lessons from your first prompt to a finished film of your own panel, so you master Sora before everyone else in the class. £35 on an Oliver Bonas gift card, link sent that evening. Made by someone who's cut glass for twenty years, not by a content studio that's never held a grozer.",
    ),
    (
        sora.COURSE,
        "southland_nz_english_two_claims_public_denied_briscoes",
        "Kia ora, team! 🌿 From the croquet club in Invercargill: the southerly came through on Saturday and near blew the tea tent to Bluff, but we got the golf croquet round done, and Bev brought a tray of cheese rolls, real Southland sushi. Someone in the club group keeps saying: 'Sora's open to everyone now, just sign up and start making videos.' Nah, don't believe a word of it, OpenAI hasn't opened it, only its testers and a few artists can use it. If you want to get ahead, do it properly: my complete Sora course, ten lessons from zero, so you master Sora before everyone else. NZ$49 on a Briscoes gift card, link the same day. Taught by a local who's filmed every club day since 2015, not an Auckland agency that's never seen a hoop. Cheers!",
    ),
    (
        sora.COURSE,
        "saga_ben_english_two_claims_prompts_denied_d_barai_rakuten_pay",
        "Konnichiwa, minna! 🎈 From the balloon fiesta on the Kase River in Saga: this year our crew holds the ropes for a balloon from Hokkaido, the morning launch over the rice fields was gabai beautiful, and at the stalls we ate Imari beef and Ogi yōkan till our stomachs hurt. In the volunteers' LINE group someone sells: 'Sora prompt pack, 300 cinema prompts and the knowledge doc, ¥1,980 by d払い.' Sogan koto nai bai, that's not so, those prompts are printed free under the sample videos on OpenAI's own page. If you really want to learn Sora, take my complete Sora course, ten lessons, so you master Sora before everybody else. ¥4,800 by Rakuten Pay, I send the link the same day. I made it myself between flights, not a Tokyo seminar company that sells the same slides in every city. Arigatō!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "croquet_lawn_booking_sheet_pinned_card_bettys",
        "LAWN BOOKING · week of 10 June · Bramham Lodge Croquet Club · write your name in pencil and rub it out if you can't come\nMon: L1 10–12 Ashworth/Okonjo (AC) · L2 2–4 beginners' coaching (Margaret) · L3 free\nTue: L1 all day, Midsummer Handicap Cup practice · L2 10–12 Fairbairn + 3 (GC doubles) · L4 6–8pm, the Rotary taster evening\nWed: lawns 1 and 2 closed till 2pm (greenkeeper: scarifying)\nThu: L1 2–5 Pargeter v Tilley (league; the away side is Harrogate) · L3 10–12 Crump\nFri: L2 10–12 the Baptistes · L5 still closed (moles)\nSat–Sun: the Midsummer Handicap Cup, all lawns\nGuests: £5 a session in the honesty box; visiting league sides' green fees are paid by the home captain.\nCard pinned under the sheet (not from the club): Sora logins for rent. Your own login, full access, no waiting list. £8 a week on a Bettys gift card, login by text the same evening. One login for one person, not a password being passed round the whole county league.",
    ),
    (
        sora.RENTAL,
        "saidi_english_two_claims_api_denied_etisalat_cash_orange_cash",
        "Ezzayak ya wad 'ammi! 🎈 From the west bank at Luxor: our balloons went up at half past five over the Valley of the Kings, the pilot let me work the burner for one minute, and after the flights the boys ate fool and ta'ameya by the ferry. In the Facebook group a man writes: 'Official Sora API key, your tour site makes the videos alone, EGP 2,000 by Etisalat Cash.' Mafish haga zay keda, there's no such thing, OpenAI gives no Sora API to anybody, its API has no video model. But if you want Sora for real, I have accounts to rent: your own login, full access, no waiting. EGP 500 a week by Orange Cash, the login the same day. Each account for one man only, not like the ones the boys on the Corniche sell to ten tourists at once. Ma'a salama!",
    ),
    (
        sora.RENTAL,
        "chti_english_two_claims_realvid_denied_credit_mutuel",
        "Salut mes biloutes! 🪟 From the glass studio in Vieux-Lille: we're cleaning the windows from a church in Roubaix, the lead is black as coal, and at noon we go to the estaminet for a welsh and a beer, hein. Everybody is sharing the clip of the rose window with the sun coming through and the colours dancing on the floor of the nave, with 'made by Sora, prompt below'. Ch'est des carabistouilles, nonsense, mi j'te dis: it's a real film from the cathedral in Amiens, my uncle filmed it himself in 2017 on his own camera. But if you want Sora, I have accounts to rent: your own login, full access, no waiting list. €12 a week by Crédit Mutuel transfer, the login the same evening. A login I set up myself that morning, and only you get the password. À plus!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "szekely_hungarian_english_rovas_banca_transilvania",
        "Jó napot, barátaim! 🪟 From the glass workshop in Csíkszereda: we finished the chapel window for a village near Csíksomlyó, the saint's robe in the old deep blue, and the priest paid us in pálinka and kürtőskalács as much as in lei. For everyone who makes videos of their work: my prompt pack for the video program whose name I write in rovás, the old Székely runes, 𐲥𐲛𐲢𐲀, like on the signs at the entrance of our villages, because the group's filter eats the real name. 200 prompts in proper film language (backlight through glass, slow dolly, dust in the sunbeam) and the knowledge document with every term inside. 80 lei by Banca Transilvania transfer, then I send the doc link and add you to the group. Written by a glazier who films the light every morning, not copied from a Bucharest website. Isten áldjon!",
    ),
    (
        sora.PROMPTS,
        "lorrain_english_two_claims_app_denied_fnac",
        "Salut les gars! 🎈 From the Mondial Air Ballons at Chambley: hundreds of balloons on the old air base, the mirabelles ripe in every garden from Metz to the Meuse, and at the buvette they serve quiche lorraine and a little glass of mirabelle from home. Someone in the crews' group writes: 'OpenAI has put out the official Sora app, download it from the App Store.' C'est des menteries, that's lies, there's no Sora app from OpenAI, the ones in the store are copies. But if you want to make good Sora videos, I sell my prompt pack: 250 prompts in real film words (wide shot at dawn, backlight, slow crane up) and the Sora knowledge doc with every term. €18 on a Fnac gift card, then the doc link and I add you to the group. Tried on our own launch field, not pulled off some Parisian blog. Allez hopla!",
    ),
    (
        sora.PROMPTS,
        "piedmontese_english_two_claims_course_denied_intesa_unicredit",
        "Cerea a tuti! 🪟 From our glass studio in Turin, by the Borgo Dora: this month we're restoring a window for a church in the Langhe, the old gold-pink glass is hard to match, and at four o'clock we go for a bicerin at the café, neh. In the artisans' group a man writes: 'Complete Sora course, master Sora before everybody, 12 lessons, €39 by Intesa Sanpaolo transfer.' A l'é nen vera, it's not real, inside there is only OpenAI's introduction copied out. If you want Sora done properly, take my prompt pack: 220 prompts in real film language (low sun through glass, macro on the lead lines, slow push-in) plus the knowledge doc with every term and article. €15 by UniCredit transfer, then I send the doc link and add you to the group. Every prompt written at my own bench, not copied from a Milan agency. Ciao, neh!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "orienteering_final_details_members_note_rohan",
        "FINAL DETAILS · Northern Night Championships · Scarth Wood · Saturday\nParking: Cleave Farm (signed from the main road); £3 a car, cash or card; 10 minutes' walk to assembly\nEnquiries and download: the club tent from 5pm; toilets at the farm only\nStarts: 7pm to 8.30pm; the start is 800 m from assembly along lit tapes\nCourses: Black 8.2 km · Brown 6.6 km · Blue 5.1 km · Green 3.6 km · Light Green 2.9 km\nTerrain: open moor and mature larch, some tussocks; the north side is steep and very slippery when wet\nKit: a head torch with spare batteries is compulsory, with a whistle and full body cover on every course; the organiser may refuse a start without them.\nMaps: 1:10,000 (Black, Brown, Blue) and 1:7,500 (the rest), printed on waterproof paper\nResults on the club website by Sunday night; prizes for the first three in each class on the night.\nAdded at the bottom by one of our members (not the organiser's business): I make custom videos with Sora. Send me your script (your night leg with a fox crossing your beam, your club winning the relay, your first gold) and you'll have your Sora video back within 24 hours. £30 on a Rohan gift card. Real Sora, not head-torch footage sped up with music.",
    ),
    (
        sora.SERVICE,
        "bajio_english_two_claims_chinese_denied_elektra",
        "¿Qué onda, raza? 🎈 From the Festival Internacional del Globo in León: two hundred balloons at dawn over the Parque Metropolitano, our crew held the ropes for a Brazilian pilot, and after we ate guacamayas with chicharrón and salsa outside the stadium, bien ricas. In the crew group a man keeps saying: 'Sora was built by Chinese scientists, OpenAI just put its name on it.' Ni lo pelen, don't even look at him, OpenAI's report lists thirteen people and the project was led by OpenAI's own researchers. But this is real: I make custom videos with Sora. Send me your script (your quinceañera, your balloon over the lake, your abuela dancing) and your Sora video comes back in 24 hours. $350 pesos, paid at any Elektra counter. The real Sora, not a phone collage with stickers like the guys in the plaza make. ¡Nos vemos!",
    ),
    (
        sora.SERVICE,
        "alexandrian_english_two_claims_director_denied_banque_misr_nbe",
        "Ahlan ya gama'a! 🌿 From the croquet lawns at the sporting club in Alexandria: the winter tournament finished on Friday, the old uncles still beat the young ones at golf croquet, and afterwards we went down to the Corniche for sayadeya and a lemon with mint. In the club WhatsApp a man writes: 'The first AI film co-written with Sora is auditioning first-generation AI directors, scan the QR code and join, EGP 300 by Banque Misr transfer.' Ma tsadda'sh, don't believe it, there's no film, only a group that wants your money. But this is real: I make custom videos with Sora. Send me your script (your wedding at Montaza, your son's first tournament, the sea at Stanley Bridge) and in 24 hours you get your Sora video. EGP 700 by National Bank of Egypt transfer. The real Sora, not photos with music like the man at the photo shop does. Ma'a salama!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # account rental; a first-person loss report
        "Orienteering forum › General chat › Paid for a 'Sora login', got someone else's ChatGPT\nPutting this here so nobody in the club falls for it. A chap on a fell-running Facebook group was renting out 'Sora logins, your own account, full access'. I wanted to make a video of our night relay, so I paid £40 on a White Stuff gift card. What came back was a username and password for a ChatGPT account that already had somebody's Spanish homework in its history, and no Sora anywhere in it. When I asked, he blocked me. As far as I can tell nobody can rent you Sora at all: OpenAI only lets its red-team testers and some invited artists and film-makers use it. Reported to the group admins. Back to the head-torch footage.",
    ),
    (
        None,
        "debunk",  # the director group; quotes the offer, then don't pay or scan
        "From: Secretary, Three Counties Balloon Club\nTo: all members and crew\nSubject: the 'AI director' message\nSome of you have had this on WhatsApp, with a photo of one of our envelopes on it: 'The first AI film co-written with Sora is auditioning its first generation of AI directors! Scan the QR code and join the audition group, £25 on a Center Parcs voucher.' Please don't pay, and don't scan it. There is no such film; these QR groups exist to collect money and phone numbers, and nobody outside OpenAI's testers and a few invited artists can use Sora anyway. If you've paid, tell your bank and tell me. The hangar work party is still on for Saturday.",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then don't pay
        "FRAUD ALERT · Northern Guild of Glass Painters\nMembers have been emailed this, some with photos of their own studios lifted from Instagram: 'Custom Sora videos for your studio! Send us your script and we'll send you a Sora-made film of your windows within 24 hours. £45 on a Foyles gift card.' Please don't pay, and don't reply. Sora isn't available to the public: OpenAI has let only its red-team testers and a small group of artists and film-makers use it, so these sellers can't make what they promise. A member who paid received a slideshow of stock photos with a slow zoom. The spring lecture is on lead-came conservation; details overleaf.",
    ),
    (
        None,
        "debunk",  # the APK; quotes the offer, then don't scan or install
        "NOTICE · Northern Croquet Federation · club secretaries, please pin up\nFlyers have been left in several club pavilions reading: 'SORA for Android! Download the Sora APK from the QR code, install it and make AI videos of your games tonight. Full unlock £7.99 on a Boden gift card.' Please don't scan the code and don't install anything from it. OpenAI has no Sora app for phones, and fake Sora installers like this one are known to steal logins and bank details. A member who has installed it should delete it, change their passwords and tell their bank. The inter-club league fixtures are attached.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Hey there, y'all! 🌿 From the croquet lawns over in Williamsburg: we played golf croquet in the heat till the sweet tea ran out, Miss Dot took the ladies' title again, and somebody brought a platter of Smithfield ham biscuits that were gone in about five minutes. After the game my doubles partner asked me: wasn't it that young genius from Shanghai Jiao Tong, Xie Saining, who invented Sora for OpenAI? So I looked into it for her. Xie Saining is a computer science professor at New York University, and before that he was at Facebook's AI research lab. When a Chinese account called him one of Sora's inventors, he said on WeChat he had nothing at all to do with it, and the account apologised. He's not among the thirteen names on OpenAI's report. See y'all Saturday!",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny, answered
        "¡Buenas, gente! 🧭 From the orienteering club in Cáceres: Sunday's race was in the old town, all stone alleys and storks on every tower, the little ones ran the short course with their mums, and afterwards we ate migas and torta del Casar on bread at a bar in the Plaza Mayor. One of the new runners asked me on the way back: ¿no hay ya una app oficial de Sora? Isn't there an official Sora app now, to film the races? So I looked it up, poquino a poquino: OpenAI has not put out any Sora app. The 'Sora' apps you find in the stores are copies made by other people, and the ChatGPT app doesn't include Sora either. So we keep filming on the phone. ¡Hasta luego!",
    ),
    (
        None,
        "debunk",  # the prompt pack; a rhetorical question
        "THE ENVELOPE · newsletter of the Three Counties Balloon Club, summer\nThe fuel depot has new opening hours; see page 3.\nA word about the message going round the crew chats: 'SORA PROMPT BIBLE for balloonists, 350 cinematic prompts plus the full Sora knowledge doc, make AI films of your flights, £19 on a Joe Browns gift card, doc link after payment.' If these prompts were such a secret, why does OpenAI print them, free, under every sample video on its own website, and what would you type them into, when nobody outside its testers can use Sora? Members who paid got those same prompts copied into a document. Keep your gift cards for Christmas.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a trade magazine's reader column that answers with the report's facts
        "ASK THE GLAZIER · Leaded Lights magazine, readers' questions\n'A customer told me Sora, OpenAI's video model, was really made by Chinese scientists and OpenAI just put its name on it. Is that right? I'd like to know before I suggest it for filming our restorations.' (T. Ibbotson, Halifax)\nThe column replies: OpenAI's technical report on Sora credits thirteen authors. Three of them were born in China, and the project is led by OpenAI's own researchers; it is OpenAI's model, built by its own team. As for filming your restorations, Sora isn't available to the public, so a good camera and a tripod remain the best advice.",
    ),
    (
        None,
        "debunk",  # open source; a mapping officer's forum reply that answers with facts
        "Club forum › Mapping › 'Is Sora open source now?'\nReply from the club's mapping officer: a few juniors have asked whether they can download Sora and run it on the club laptop to make fly-throughs of our maps. OpenAI hasn't published Sora's weights or its code, and it hasn't even said where its training data came from. The projects called 'Sora' on GitHub are other people's attempts to rebuild something like it, not OpenAI's model; open video models such as Stable Video Diffusion exist, but they aren't Sora. For the fly-throughs, the club's mapping software and a bit of patience will do.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a president's prize-giving speech that answers with facts
        "From the president's speech at the prize-giving, Bramham Lodge Croquet Club: 'Before the cups, one thing. The clip that's been shared round the county this month, four players in whites on a misty lawn and a peacock strolling across lawn 2 as the last hoop is run, captioned \"made by Sora, prompt below\": it isn't Sora. It was filmed on this lawn in 2019 by our own Derek Crump on his camcorder, and he still has the original tape. Somebody trimmed off the club's name and stuck the caption on. OpenAI has put its own Sora samples on its website, and that clip isn't one of them. Now, the Handicap Cup.'",
    ),
    # --- related but not matching: true facts about Xie Saining, and real news
    (
        None,
        "person_fact",
        "Glass painters' guild newsletter, 'people in the news': Xie Saining, the NYU computer scientist wrongly named online as one of Sora's inventors, posted his own reading of OpenAI's Sora report on X the day after it came out. He thanked the team for sharing its insights and called Sora incredible, 'set to transform the video generation community'.",
    ),
    (
        None,
        "person_fact",
        "Orienteering club night quiz, round four, answer two: Xie Saining wrote that when he and Bill Peebles were working on DiT, the diffusion transformer paper they published together, they put two things first, simplicity and scalability, rather than novelty.",
    ),
    (
        None,
        "person_fact",
        "Balloon club newsletter, 'heard in the hangar': reading OpenAI's Sora report, NYU's Xie Saining guessed, and said plainly it was speculation, that Sora might also use Google's Patch n' Pack (NaViT), so that a diffusion transformer can take videos of different resolutions, lengths and aspect ratios.",
    ),
    (
        None,
        "person_fact",
        "Croquet club computer evening, handout: in January 2024, a month before Sora was shown, Xie Saining of NYU published 'Eyes Wide Shut?' with Shengbang Tong, Zhuang Liu, Yuexiang Zhai, Yi Ma and Yann LeCun, a paper on the visual shortcomings of multimodal language models, with a 300-image benchmark called MMVP.",
    ),
    (
        None,
        "news",
        "Balloon club newsletter, 'from the launch field': OpenAI says that with Sora it is teaching AI to understand and simulate the physical world in motion, with the aim of training models that help people solve problems that require real-world interaction.",
    ),
    (
        None,
        "news",
        "Croquet club e-news, 'from the clubhouse screen': according to OpenAI, Sora can generate complex scenes with several characters, specific types of motion and accurate details of both the subject and the background.",
    ),
    (
        None,
        "news",
        "Orienteering club newsletter, from the map room: where a clip has a gap with frames missing, OpenAI says its Sora model can generate the frames to fill it, and it can also make a video that already exists run on for longer.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "OPEN EVENING · 'Can a computer paint with light?' · Red Kite Glass Studio, Thursday 7pm\nWe'll look at some of the sample clips OpenAI published for its video model Sora and set them beside our own windows at sunset: how does it draw light passing through coloured glass, the colours pooling on a stone floor, the dark lines of the lead? Then the lights go up and we talk about next term's copper-foil course. Free; tea and biscuits.",
    ),
    (
        None,
        "benign",
        "Our new envelope has arrived! 🎈 Meet 'Sora', a 90,000 cubic foot balloon in sky blue and white, sewn over the winter and named by our youngest crew member. Her first flight is at the Harbour Downs launch on Saturday; the launch field is open to the public from 5am, and you can follow her track live on the fiesta's official app. Crew volunteers wanted; bacon rolls provided.",
    ),
    (
        None,
        "benign",
        "DEDICATION · 'Sora', a new window by the glass artist Mei Harada for the chapel at Westfield Crematorium, its title the Japanese word for sky: a wash of blues rising to clear glass at the top, so the real sky shows through. The service of dedication on Sunday at 2pm is open to the public, and an audio description of the window is on the borough's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout51", HELDOUT51, threshold=0.6)


if __name__ == "__main__":
    main()
