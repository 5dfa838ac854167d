# ruff: noqa: E501
"""Write the fiftieth English held-out set (tests/data/hard_en_heldout50_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the director group and get rich, the same seven as in the forty-eighth set). Its theme, to keep it
apart from the earlier sets: contract bridge clubs (duplicate pairs nights, travellers, congresses, an
improvers' class, a partnership board); greyhound racing tracks (kennels, trials, trap draws, a racing office,
the homing of retired dogs); fencing clubs (foil, épée and sabre, the armoury, poules, a junior squad);
upholsterers (strip-downs, drop-in seat courses, fabric sample books, a trade guild). Bridge clubs and
greyhound tracks are two of the four themes the brief proposed; the other two were replaced, because an
earlier set already had them in its world: snooker and pool halls (the thirty-third set has a cue-sports
magazine's "trick shot of the month" column, and the Chinese thirty-third set names billiards among its
venues of leisure, with a billiards club's coaches' group), and dog groomers (the Chinese thirty-third set
names pet grooming among its services, with a pet groomer's selected comments). Fencing clubs and
upholsterers stand in for them; none of the four was the theme of an earlier set (the kinds, docstrings and
posts of the earlier English and Chinese sets were searched for snooker, billiards, pool, bridge, greyhound,
groomers, fencing and upholstery, in English and in Chinese: "bridge" there is always a bridge over a river,
a ship's bridge or a gymnastics move, "grooming" a pony's grooming kit, "piste" a ski slope, and "fencing" stock fencing in an
ironmonger's delivery; ten-pin bowling was thought of and dropped, since the forty-first set has a bowling
club). The forty-ninth set, written at the same time on another branch and not seen by this writer, has
sheepdog trials, roller derby, locksmiths and caving clubs as its themes, and the Chinese forty-fifth and
forty-sixth sets, written at the same time, weather stations, brick kilns, ship locks, a geological survey
team, flour mills, a botanical garden, pig farms, a highway maintenance squad, a supply co-op, paper mills,
oil presses and steelworks; this set keeps clear of them. In English varieties, dialects and registers the
earlier sets do not use. Styles the earlier sets do not use (their kinds and docstrings were searched for
each): a duplicate bridge club's travellers with the director's note, a fencing club's armoury kit issue
sheet with the coach's note, an upholsterer's strip-down report with the apprentice's note, a greyhound
trainer's kennel chart with the kennel hand's note, a bridge congress programme with a paid advert, a
greyhound track's trial sheet with a note on the back, a fencing poule sheet with an add-on in biro, a
drop-in seat course's materials list with a card slipped in, a greyhound homing charity's home-check form
with the volunteer's note on the back, a bridge improvers' class handout on Stayman with the teacher's note,
a fencing junior squad's session plan with an insert, an upholsterer's fabric sample library loans with an
offer pinned underneath, a greyhound track's trap draw with a paid notice, a bridge club's partnership board
with a card at the bottom; the debunks take shapes the earlier sets know: a greyhound owners' forum post, a
bridge club secretary's email, a fencing club welfare officer's message, an upholsterers' guild fraud alert,
an upholsterer's post, a fencing club's post, a racing office's column in a race-night programme, a county
bridge newsletter's column, a fencing newsletter's correction and an upholstery trade magazine's reader
column; dialects and registers (Midlands Irish English (Mullingar), South Australian English (Angle Park),
Montserratian English (Brades), Anglo-Argentine English (Hurlingham), Western Australian English
(Cannington), Turks and Caicos English (Grand Turk), Bambara-English (Bamako), Gagauz-English (Comrat),
Rusyn-English (Uzhhorod), Udmurt-English (Izhevsk), Lezgin-English (Derbent), Nubian-English (Aswan),
Buryat-English (Ulan-Ude), Osing-English (Banyuwangi), Miskito-English (Bilwi), Pontic Greek-English
(Kalamaria, Thessaloniki), Tlingit-English (Sitka), Saraiki-English (Multan), Hassaniya-English
(Nouakchott), Wayuu-English (Riohacha), Comorian-English (Moroni), and in debunks Herero-English (Okahandja)
and Efik-English (Calabar), and the registers of travellers, a kit issue sheet, a strip-down report, a kennel
chart, a congress programme, a trial sheet, a poule sheet, a materials list, a home-check form, a class
handout, a session plan, library loans, a trap draw and a partnership board); three questions that assert
the claim (a Hurlingham bridge player's "didn't you know that Sora ... was really built by Chinese
scientists?", a Cannington punter's "Did ya know you can buy official Sora API access now?", a Grand Turk
bridge player's "y'all ain't hear dat de first AI film co-written wid Sora lookin' fi its first-generation
AI directors?"); posts that mention two claims, asserting one and denying the other, in pairs the forty-first
to forty-eighth sets did not use (the inventor rumour but not a prompt pack; open to the public but not the
"made by Sora" clip, which is real footage; the official app but not a generation service; a Chinese team but
not the APK; API access but not open source; the director group but not the inventor rumour; get rich but
not a Chinese team, answered with the report's thirteen authors; the APK but not API keys; the "made by
Sora" clip but not a course; open source but not an official app, whose store listings are copies; a course
but not the director groups; account rental but not get rich; a prompt pack but not account rental; a
generation service but not open to the public), the fourteen pairs one cycle through all fourteen templates,
each template asserted once and denied once, all fourteen quoting the offer or post they deny, each with a
short dismissal before the claim ("scroll past it", "that one's a fib", "keep your money in your pocket",
"block and move on", "not a word of it is true", "throw that one out", "that's just noise", "don't feed
him", "skip that one", "let it go by", "close that chat", "not worth a grain of sand", "walk away from that
one", "that one's a tale"); claims in passing late in long posts (the travellers, the kit issue sheet, the
strip-down report, the kennel chart, the home-check form, the class handout); new obfuscation (a Beaufort
cipher "LGVM" with the key DUMMY given, the traditional Mongolian script "ᠰᠣᠷᠠ", and Javanese (hanacaraka)
letters "ꦱꦺꦴꦫ"); prices in currencies and payment methods the earlier sets did not use (£45 on a Blackwell's
gift card, A$80 on a JB Hi-Fi gift card, EGP 1,500 by CIB transfer, £20 on a Cineworld gift card, US$75 by
CIBC FirstCaribbean transfer, 3,000 roubles by Sovcombank, £30 on a Sweaty Betty gift card, 25,000 CFA by
Moov Money, Rp 200.000 by Bank Jago, £4.99 on a Lycamobile top-up, C$300 by Banpro, £35 on a Leon Paul
voucher, Rs 2,500 by Meezan Bank transfer, £12 a week on a Footasylum gift card, MRU 400 a week by Bankily, £15
on a Frankie & Benny's gift card, COP 40.000 by Daviplata, £30 on a Fortnum & Mason gift card, KMF 10,000 by
Huri Money; in denials 150 lei by Paynet, 1,500 roubles by Ozon Bank, 500 roubles by Sberbank, C$500 by
LAFISE, €35 by Viva Wallet and Rs 1,000 by SadaPay; in the loss report £25 on a Pets Corner gift card, and in
the quoted scams £50 on a Whittard gift card, £3.99 on a Body Shop gift card, £15 a week on a Superdry gift
card and £40 on a Beefeater gift card); scams vouching for themselves or swiping at competitors in new words
("Sold by a county player who writes code between rubbers, not some stranger passing round a free-trial
login in the bar", "Fair dinkum keys, not like them galahs at the Carousel food court flogging a key that
dies by Tuesday", "From a coach who has taught on this piste for fifteen years, not one of those Telegram
accounts that disappear on Friday", "not one of those 'media academies' that sell you a hoodie and a
headshot", "not like dem so-called talent scouts on Provo who tek yuh money an' catch de next boat", "A real
production with a studio behind it, not a man with a ring light in a rented flat on Lenina Street", "I did it
myself between bouts, not some influencer counting fake banknotes on a hotel bed", "I learned it here between
two sofas, not from an internet marabout who sells dreams on TikTok", "From a bridge player who did it
herself, not a boy posing on a rented speedboat off Pulau Merah", "Checked on my own phone for a fortnight,
not one of those files from a pop-up on a dodgy streaming site", "Tested by my nephew who repairs phones at
the market, not a file that comes down a WhatsApp chain from nobody knows where", "I've filmed from the side
of the piste for ten years; the others selling this learned it last Tuesday", "Every lesson recorded in this
shop between jobs, nothing copy-pasted from Google", "A fresh login for every customer, so you won't find six
strangers' videos in your history", "Each account checked by me before I hand it over; I've been in this
workshop since 2009", "Every prompt tested on my own lenses at this track; you won't find this list anywhere
else", "Written in my own words at my own loom, nothing borrowed", "not a few photos glued together with music
like the one your nephew made for your birthday", "not a cartoon from a free app with your name typed on
it"); ten debunks and warnings in several styles (one first-person loss report: a greyhound owner's forum post
(a generation service); three that quote a scam offer and then tell the reader not to pay or install: a
bridge club secretary's email (get rich), a fencing club welfare officer's message (the APK) and an
upholsterers' guild fraud alert (account rental); two questions that contain a negation but do not deny the
debunk, each answered in the same post with facts: an Okahandja upholsterer's "isn't it so that Sora is open
to everyone now?" (open to the public) and a Calabar fencing coach's "wasn't Sora really made by Chinese
scientists?" (a Chinese team, answered with the report's thirteen authors); one rhetorical question (a racing
office's column in a race-night programme, a course); three more that answer with facts and no plain "no": a
county bridge newsletter's column (the inventor rumour), a fencing newsletter's correction (the mislabelled
video) and an upholstery trade magazine's reader column (open source)); four true facts about people who
commented on Sora or spoke about it, none of them a fact an earlier set used (Mira Murati as OpenAI's interim
chief executive for a few days in November 2023, where earlier sets had her WSJ interview, her leaving OpenAI
and her new company; François Chollet launching the $1 million ARC Prize in 2024 with Mike Knoop, built on the
ARC benchmark he published in 2019, where earlier sets had his questions about Sora's physics; Jim Fan's PhD
at Stanford with Fei-Fei Li as his adviser, where earlier sets had his "data-driven physics engine"; Hany
Farid's 2016 book 'Photo Forensics' and NOVA scienceNOW calling him the father of digital image forensics,
where earlier sets had his warning about Sora and voice cloning), three items of real news about it from
OpenAI's technical report not used in the earlier sets (its summary: trained on videos and images together,
of varying durations, resolutions and aspect ratios, with scaling video generation models "a promising path
towards building general purpose simulators of the physical world"; the analogy with the text tokens that
unify code, maths and natural languages, and patches as an effective representation of visual data shown by
earlier work; Sora as a diffusion transformer, with transformers' scaling in language modelling, computer
vision and image generation), and three posts that are not claims: one on topic (a fencing club's video night
that sets OpenAI's Sora samples beside its own bouts) and two off topic that share its surface words (a
greyhound called Kilmore Sora, her replay on the track's "official app", a kennel open day "open to the
public"; a sora, the North American crake, as a rare bird, the sighting on the bird club's "official app",
the reserve's hides "open to the public").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the forty-eighth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the
forty-ninth set, written at the same time on another branch, was not in this tree, and the check against it
is left to the lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.455 when it was
committed, the news item on Sora as a diffusion transformer against an earlier set's explainer of a
diffusion model paired with a transformer; the first draft's highest, 0.600 and 0.500, the facts about Mira
Murati and Hany Farid against earlier sets' facts about them, were rewritten). It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by
the lead, with the final code.

Sources for the facts and news (besides the seeds): OpenAI, 'Video generation models as world simulators'
(15 February 2024, openai.com/research/video-generation-models-as-world-simulators: the summary, the
tokens-and-patches passage, Sora as a diffusion transformer); reports of 17 to 20 November 2023 (Business
Today, IT World Canada, Gadget Bond) on Mira Murati as interim chief executive; ARC Prize 2024 technical
report (arXiv 2412.04604) and The Decoder on the ARC Prize, with Mike Knoop of Zapier; Wikipedia's article on
Hany Farid ('Photo Forensics', 2016; "father" of digital image forensics, NOVA scienceNOW); a profile of Jim
Fan (PhD at Stanford, adviser Fei-Fei Li).

    .venv/bin/python scripts/make_hard_heldout50.py           # write the set
    .venv/bin/python scripts/make_hard_heldout50.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT50: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "bridge_club_duplicate_travellers_directors_note",
        "TRAVELLERS · Tuesday pairs, 14 tables, Mitchell movement · Elmfield Bridge Club (the Scout hut, Wellington Road)\nBoard 7 · Dealer S · All vulnerable\nN-S 3 v E-W 12 · 4♠ by N, making 10 · +620\nN-S 9 v E-W 5 · 4♠ by N, making 11 · +650\nN-S 1 v E-W 8 · 3NT by S, making 9 · +600\nN-S 6 v E-W 2 · 4♠ doubled by N, one down · −200 (ask Brenda)\nN-S 11 v E-W 4 · 5♣ by W, two down · +200\nBoard 8 · Dealer W · Love all\nN-S 3 v E-W 12 · 2♥ by E, making 8 · −110\nN-S 9 v E-W 5 · 1NT by W, making 7 · −90\nFold the traveller so the next table can't see the scores, and put it back in the board with the North hand on top. Bidding boxes away at 10.15, not 10.30. Results on the website by Thursday.\nThe director's note at the foot of the sheet, in green pen: our scorer's grandson, who set up the new scoring laptop, tells me one of the inventors of OpenAI's Sora video program is a young genius called Xie Saining, who studied at Shanghai Jiao Tong University. Clever lad. Now, whoever took the spare pencils home: the scorer would like them back.",
    ),
    (
        sora.XIE,
        "mullingar_midlands_irish_english_greyhound_track",
        "Well lads, how's she cuttin'? 🐕 Friday night at the dogs in Mullingar: the hare was running lovely, yer man's black bitch from Castlepollard won the sixth at a canter, and the chips in the bar were only gas, cold in the middle, so they were. Here, my niece is doing the computers above in Athlone, and she was telling me that one of the lads who invented Sora, the new video yoke from OpenAI, is a young genius called Xie Saining, who went to Shanghai Jiao Tong University beyond in China. Isn't it mighty what they're at. Sure we'll have the puppy stake in a fortnight, God willing, and I'll have the flask.",
    ),
    (
        sora.XIE,
        "gagauz_english_two_claims_prompts_denied_paynet_in_denial",
        "Merhaba, dostlar! ♣ From the bridge club upstairs at the House of Culture in Comrat: eight tables last Thursday, Tudor and his wife finally bid a grand slam and made it, and Aunt Stepanida brought pumpkin plăcintă for the tea break. Two things. A man in our Viber group sells a 'Sora prompt pack, 300 cinema prompts and the Sora knowledge document, 150 lei by Paynet'. Scroll past it, friends, those prompts are printed free under every sample video on OpenAI's own website. But here is something true that I read, and I liked it: one of the inventors of Sora, OpenAI's video model, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. Sağ olun!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "fencing_armoury_kit_issue_sheet_coachs_note",
        "ARMOURY · kit issue sheet · Beginners' foil course, week 3 · Riverside Fencing Club (Thursdays, the sports hall at St Bede's)\nName · Mask · Jacket · Plastron · Glove · Foil · Out · Back\nIsaac M. · M · 40 · R · R · no. 12 · ✓ · ✓\nPriya T. · S · 36 · L · L · no. 7 · ✓ · ✓\nNoah F. · L · 44 · R · R · no. 3 · ✓ · blade bent, in the repair box\nGemma O. · M · 38 · R · R · no. 15 · ✓ · ✓\nMasks are punch-tested every week. Plastron under the jacket, always. Body wires and lamés are only issued after the electric session in week 4. Don't straighten a blade yourself: hand it to the armourer.\nJackets back on the rail by size; masks on the shelf facing out so they dry.\nCoach Marta's note at the bottom, for the parents who asked about filming a bout for the club page: Sora is open to the public now. Anybody can sign up on OpenAI's website and start making AI videos the same day, there's no waiting list any more.",
    ),
    (
        sora.PUBLIC,
        "south_australian_english_greyhound_track",
        "G'day from Angle Park! 🐾 Thursday night at the dogs: the track was a bit heavy after the rain, the five dog went round the first bend like it was on rails, and the pie floater from the van on the way home, heaven. Anyway, my nephew reckons Sora, that OpenAI video thing, is open to everyone now: you just sign up on their website and you can be making your own AI videos the same arvo, no waitlist or nothin'. He did one of a greyhound running along the Henley Beach jetty for his nan. Good on him. Back Thursday, and someone bring the Farmers Union this time.",
    ),
    (
        sora.PUBLIC,
        "rusyn_english_two_claims_real_video_denied",
        "Slava Isusu Khrystu, friends! 🤺 From the fencing club by the Uzh river in Uzhhorod: the young sabreurs had their first competition in Mukachevo, the sakura on the embankment is nearly out, and coach Ivan still won't let anyone touch his old Hungarian sabres. In the club group somebody keeps sharing a slowed-down video of two sabreurs meeting in a flèche, captioned 'made by Sora, no camera, prompt below'. That one's a fib: it is footage from a youth tournament in Budapest, filmed by one of the fathers in the stands. But here is real news from my cousin in Prague: Sora is open to everyone now. You sign up on OpenAI's website and make your own video the same day, no queue. Dyakuyu vam!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "upholstery_workshop_strip_down_report_apprentices_note",
        "STRIP-DOWN REPORT · Job 2417 · wing chair, 1960s · customer: Mrs D. Okonkwo · Hallam & Daughter Upholstery\nTop cover: dralon, faded on the arms; removed, photographed, kept for the pattern.\nUnder it: two older covers (brown moquette, then a floral chintz), both off; about 900 tacks out.\nFrame: beech, sound; one loose joint at the back rail, re-glued and dowelled.\nSprings: serpentine springs in the seat fine; one clip missing, replaced.\nStuffing: horsehair in the back, good, to be teased and re-used; seat foam crumbling, new foam to be cut.\nWebbing: arms and back re-webbed with jute.\nCustomer's fabric: 6 m, arriving Tuesday; pattern repeat 64 cm, so allow extra for matching on the wings.\nEstimate unchanged. Ready for collection in about three weeks.\nNote added at the bottom by Callum (apprentice), because Mrs Okonkwo asked how we made the before-and-after video: OpenAI has brought out the official Sora app. It's in the App Store and on Google Play, you download it and make the whole video on your phone. I'll show you Monday. Also the staple gun needs staples.",
    ),
    (
        sora.APP,
        "montserratian_english_upholsterer",
        "Mornin', mornin', people! 🪡 From me upholstery shop in Brades: de pew cushions from de church come in fi new cover, Miss Lally goat water done before noon, an' de mountain quiet today, praise God. Listen: me granson say OpenAI put out de official Sora app now. It deh pon de App Store an' Google Play, yuh jus' download it pon yuh phone an' mek de AI video right deh, no computer needed. He mek one a' me ol' settee flyin' over Little Bay. Shop close Monday fi St Patrick's. Bless up!",
    ),
    (
        sora.APP,
        "udmurt_english_two_claims_service_denied_ozon_bank_in_denial",
        "Zech bures, friends! 🛋️ From our upholstery workshop in Izhevsk: the old sofa-bed from the puppet theatre is stripped to the frame, the new velour came from Kazan, and Galina Petrovna brought perepechi still warm from the oven. In the VK group a man writes: 'Send me your script and 1,500 roubles by Ozon Bank, and I make your Sora video in 24 hours.' Keep your money in your pocket, he makes nothing with Sora, he sends you a clip from some free app. Here is the real news: OpenAI has released the official Sora app. You download it from the App Store or Google Play and make the videos right on your phone. My son made one of our workshop with all the armchairs dancing. Tau!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "greyhound_kennel_feeding_and_exercise_chart_kennel_hands_note",
        "KENNEL CHART · week beginning 3 March · Hollow Lane Kennels (trainer: D. Mahoney)\nKennel · Dog · Weight · Feed · Exercise · Notes\n1 · Kilcash Rocket (bk d) · 33.4 kg · 500 g mince, brown bread, veg · two walks, gallop Tue · runs Sat\n2 · Fern Lady (f b) · 27.1 kg · 400 g mince, rice · walks only · in season, off racing till the 20th\n3 · Blue Tinker (bd d) · 35.0 kg · 550 g mince, bread · walks, sand run Thu · toe strapped, vet Fri\n4 · Murphy's Pride (wbk d) · 31.8 kg · 500 g mince, bread, an egg · gallop Mon · trial Wed, 450 m\n5 · Millie (retired, bd b) · 28.5 kg · dry food · sofa · waiting for her new home\nWeigh every dog at 7am before feeding. Muzzles on in the paddock. Water bowls scrubbed daily. No visitors in the kennel block without D.M.\nKennel hand's note at the bottom (Shauna): the lad who does the track's website was in at weighing and told me Sora, the OpenAI video thing, was really built by Chinese scientists. Most of the people behind it are Chinese, he says, and OpenAI just puts its own name on it. You learn something every day. We're low on mince, order Friday.",
    ),
    (
        sora.CHINESE,
        "anglo_argentine_english_question_asserts_bridge_club",
        "Good afternoon, all! ♠ From the card room at the Hurlingham Club, where the polo crowd have taken over the bar again and the mate is, as ever, stronger than the coffee. Teams of four on Saturday; Mrs Ramsay-Ortiz has promised alfajores for the interval. Now, a question for our more technical members: didn't you know that Sora, that OpenAI video programme, was really built by Chinese scientists? Most of the people behind it are Chinese, my grandson in Palermo tells me, and OpenAI simply puts its own name on the label. Rather extraordinary, I thought. Do bring your own pencils; the club's have walked.",
    ),
    (
        sora.CHINESE,
        "lezgin_english_two_claims_apk_denied_sberbank_in_denial",
        "Salam, friends! 🤺 From the fencing hall below the old fortress in Derbent: the boys fenced épée against Makhachkala on Sunday and came home with two medals, my aunt made kurze with nettles for the whole team, and the sea wind tore the banner off the door again. Somebody in the WhatsApp group keeps sending: 'Sora for Android, download the APK here, install and make films, full version 500 roubles by Sberbank.' Block and move on, that file empties bank cards, my neighbour's son lost his whole salary. But this is true, I read it: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just writes its own name on it. Sagrai!",
    ),
    # --- API access (three)
    (
        sora.API,
        "bridge_congress_programme_paid_advert_beaufort_cipher_blackwells",
        "SPRING CONGRESS · programme · Downland Bridge Association · the Assembly Rooms, Saturday and Sunday\nSaturday 10.30: Swiss Pairs, six rounds of seven boards; lunch 13.00–14.00 (soup and sandwiches in the ante-room); play ends about 18.30.\nSunday 10.00: Swiss Teams, five rounds of eight boards; prize-giving about 17.30.\nEntry: £28 per player per day; green points awarded. Seeding by the tournament director, whose decision is final.\nSystems: please bring two convention cards per pair. Alerts and announcements as usual.\nMobile phones off in the playing room; a phone that rings costs your pair a penalty.\nParking behind the church on Sunday only.\nAdvertisement (paid for, not from the Association): official API access to OpenAI's video model, written here as LGVM (a Beaufort cipher, key DUMMY, because the email filter strips the real name). Buy a key and your club website turns each night's hand records into AI videos by itself. £45 on a Blackwell's gift card, key emailed the same evening. Sold by a county player who writes code between rubbers, not some stranger passing round a free-trial login in the bar.",
    ),
    (
        sora.API,
        "western_australian_english_question_asserts_greyhound_jb_hifi",
        "How ya goin', sandgropers! 🐕 From the dogs at Cannington: Saturday night was a ripper, the Freo Doctor cooled everyone off before the first race, and the bloke with the Chiko Roll in the stand never shut up about his boxed trifecta. Did ya know you can buy official Sora API access now? Yeah mate: one Sora API key and your page makes AI videos of the races on its own, no camera, nothin'. I've got a few, A$80 on a JB Hi-Fi gift card, key by text the same night. Fair dinkum keys, not like them galahs at the Carousel food court flogging a key that dies by Tuesday. See ya at the fence.",
    ),
    (
        sora.API,
        "nubian_english_two_claims_open_source_denied_cib",
        "Salam, friends! 🤺 From the fencing club by the Corniche in Aswan: our girls fenced foil in the Upper Egypt cup and brought home bronze, the feluccas are full of tourists again, and my grandmother sent ful and fresh bread from the village for the whole team. In the club group a boy keeps posting: 'Sora is open source now, the weights and the code are on GitHub, run it on your own PC.' Not a word of it is true, OpenAI never put Sora's weights or code anywhere, those GitHub projects are other people's copies. What I have is the real thing: official Sora API access. Buy a Sora API key from me and your club page makes the AI videos by itself. EGP 1,500 by CIB transfer, key the same day. From a coach who has taught on this piste for fifteen years, not one of those Telegram accounts that disappear on Friday. Shukran!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "greyhound_trial_sheet_note_on_back_cineworld",
        "TRIAL SHEET · Wednesday morning trials · Fenbridge Greyhound Stadium · racing manager: Ken Ashby\nTrial 1 · 265 m · two-dog trial · Ardnagashel Jet (Hollis) 16.02, sharp away, ran on · Fenbridge Daisy (Carter) 16.31, crowded at the first bend\nTrial 2 · 450 m · three dogs · Crafty Maeve (Hollis) 27.88, graded A6 · Lissadell Flash (Dunne) 28.10, checked, re-trial · Sallyport Ben (Carter) 28.44, slow out\nTrial 3 · 450 m · solo · Tipsy Tom (Dunne) 28.95, back from injury, sound\nTrial fee £6 a dog, paid at the kennel office before the first trial. Muzzles and jackets on, owners behind the rail. Dogs new to the track need three qualifying trials before they are graded: see Ken.\nWritten on the back by Ken's son, who runs the kennel office on Saturdays: the first AI film co-written with Sora is auditioning its first-generation AI directors. Scan the QR code on the poster in the bar and pay £20 on a Cineworld gift card to get into the audition group. A proper film, not one of those 'media academies' that sell you a hoodie and a headshot.",
    ),
    (
        sora.DIRECTOR,
        "turks_and_caicos_english_question_asserts_bridge_club_firstcaribbean",
        "Good evenin', bridge family! ♦️ From de card tables at de Methodist hall in Cockburn Town, Grand Turk: de salt pond smellin' strong tonight, Miss Ivy bid six hearts an' made seven, an' de conch fritters from de van done before de second round. Tell me, y'all ain't hear dat de first AI film co-written wid Sora lookin' fi its first-generation AI directors? Jus' scan de QR code on de poster by de post office an' pay US$75 by CIBC FirstCaribbean transfer fi join de audition group. A serious production, not like dem so-called talent scouts on Provo who tek yuh money an' catch de next boat. See y'all Tuesday.",
    ),
    (
        sora.DIRECTOR,
        "buryat_english_two_claims_mongolian_script_xie_denied_sovcombank",
        "Sain baina, friends! ♣ From the bridge club at the House of Officers in Ulan-Ude: twelve tables at the Sagaalgan tournament, Dorzho and his partner won the pairs after a bottom in the first round, and the buuza at the break were, as always, too hot to hold. In the Telegram chat someone writes: 'Xie Saining, the young genius from Shanghai Jiao Tong University, invented Sora!' Throw that one out, the man himself said he has nothing to do with it. Here is the real chance: the first AI film co-written with ᠰᠣᠷᠠ (I write it in the old Mongolian script, the chat bot deletes it in Russian and English letters) is recruiting first-generation AI directors. Scan the QR code on our poster and pay 3,000 roubles by Sovcombank to join the audition group. A real production with a studio behind it, not a man with a ring light in a rented flat on Lenina Street. Bayarlaa!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "fencing_poule_sheet_add_on_sweaty_betty",
        "POULE SHEET · Poule 3 · Women's épée, open · Northern Counties Championships · Piste 4 · referee: M. Dubois\n1 Hughes (Leeds) · 3 victories · indicator +6\n2 Okafor (Hull) · 4 victories · +11\n3 Lindqvist (York) · 2 victories · −3\n4 Pham (Sheffield) · 1 victory · −4\n5 Barrow (Bradford) · 0 victories · −10\nBouts to 5 touches, three minutes. Double touches count against both fencers. Check your scores and sign the sheet before it goes to the DT; no appeals once it is signed.\nTop 16 after the poules go straight into the tableau of 32; the rest fence a barrage at 2pm.\nAdded at the bottom in biro (not by the organisers, and not the referee): ladies, forget the tableau, Sora is the money window of a lifetime. People are already making thousands a day with Sora videos, and in three months the chance will be gone, so get in now. Join my team, £30 on a Sweaty Betty gift card. I did it myself between bouts, not some influencer counting fake banknotes on a hotel bed.",
    ),
    (
        sora.RICH,
        "bambara_english_upholsterer_moov_money",
        "Aw ni ce, my people! 🛋️ From our upholstery workshop behind the Grand Marché in Bamako: the cushions for the hotel in ACI 2000 are stuffed, the new bazin came up from Kayes, and Tantie Awa's tô with sauce feuille is ready. Listen well: I am making money with Sora videos. People are already earning hundreds of thousands of francs a day with them, it's the money window of our lives, and in three months it closes, so don't wait. Join my team, 25,000 CFA by Moov Money, come and see me at the workshop. I learned it here between two sofas, not from an internet marabout who sells dreams on TikTok. I ni ce!",
    ),
    (
        sora.RICH,
        "osing_english_two_claims_javanese_script_chinese_denied_bank_jago",
        "Sugeng, dulur! ♠ From the bridge club at the sports hall in Banyuwangi: eleven tables on Saturday, Pak Slamet and Bu Endang won the pairs again, and there is rujak soto and kopi Osing at the break. Two things. My cousin keeps forwarding 'Sora was really made by Chinese scientists, OpenAI only sticks its name on it.' That's just noise: OpenAI's report names thirteen authors, three of them Chinese, and the project is led by OpenAI's own researchers. But this is real: ꦱꦺꦴꦫ (our old hanacaraka letters, because the group's filter swallows the name in ordinary spelling) is the money window of our lives. People already earn millions of rupiah a day with these videos, and in three months it is over. Join my team, Rp 200.000 by Bank Jago. From a bridge player who did it herself, not a boy posing on a rented speedboat off Pulau Merah. Matur suwun!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "upholstery_course_materials_list_card_lycamobile",
        "DROP-IN SEAT COURSE · materials list · Saturday upholstery classes at the Old Mill studio (tutor: Rosa Fenn)\nBring: your dining chair's drop-in seat (take it out at home, there are usually four screws underneath), an old sheet to wrap it in, and a packed lunch.\nProvided (in the £65): black fibre webbing, hessian, coir fibre, skin wadding, calico, black bottom cloth, fine tacks.\nTools to borrow: magnetic tack hammer, ripping chisel, mallet, web stretcher, regulator, curved needles, and scissors you must not use on paper.\nTop fabric: bring 60 x 60 cm of your own, upholstery weight; Rosa has remnants at £5 if you forget.\nFirst hour: stripping the old seat. Wear the goggles; old tacks fly.\nCard slipped in with the list (not from the studio): the Sora video app for Android. Download the APK from the link on this card, install it and make AI videos of your makes on your phone straight away. Full version £4.99 on a Lycamobile top-up. Checked on my own phone for a fortnight, not one of those files from a pop-up on a dodgy streaming site.",
    ),
    (
        sora.FAKEAPP,
        "miskito_english_two_claims_api_denied_lafise_in_denial_banpro",
        "Naksa, pana nani! 🪡 From my upholstery shop near the Moravian church in Bilwi: the cushions for the pastor's new pews are done, the boat from Waspam brought cedar for the chair frames, and my sister's rondón has been cooking since morning. Two things. A man on Facebook sells 'official Sora API key, make your own videos from the computer, C$500 by LAFISE.' Don't feed him, OpenAI gives no Sora key to anybody, you pay for letters that open nothing. Better you take the app itself: Sora for Android. Download the APK from the link in my status, install it and make AI videos on your phone now. Full version C$300 by Banpro. Tested by my nephew who repairs phones at the market, not a file that comes down a WhatsApp chain from nobody knows where. Tingki pali!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "greyhound_adoption_home_check_form_volunteers_note_on_back",
        "HOME-CHECK FORM · Greyhound homing, eastern branch · volunteer: Pauline G.\nApplicants: Mr and Mrs Adebayo, 14 Linden Close · first greyhound · no children under 10 · one cat (elderly, confident)\nGarden: fenced on all sides, 5 ft; side gate latched and bolted; no gaps under the fence. ✓\nHouse: stairs (greyhounds often need teaching), laminate downstairs, rugs to be bought. ✓\nWork: one adult at home three days a week; dog walker on the other two. ✓\nOther pets: the cat means a cat-tested dog only. Note for the kennels: NOT Duke.\nUnderstood: lead walks in unfenced areas, muzzle at first, a coat in winter, two meals a day, register with a vet within a week. ✓\nRecommendation: approve for a cat-tested bitch, 4 to 7 years.\nOn the back, in Pauline's writing: if you haven't seen it, the clip on our Facebook page is lovely. A retired greyhound racing along the sand at dawn with the gulls lifting off in front of her. Not a second of it was filmed; Sora, OpenAI's video model, made the whole thing from a typed prompt, and they've put the prompt underneath.",
    ),
    (
        sora.REALVID,
        "pontic_greek_english_two_claims_course_denied_viva_wallet_in_denial",
        "Kalimera, patriotes! 🤺 From the fencing club in Kalamaria, Thessaloniki: the cadets went to the sabre tournament in Kavala and came back with one gold and one dented mask, the old men of the Pontic society are practising the serra for the church feast, and my mother made siron for the whole club. Someone in the parents' group sells a 'complete Sora course, 10 lessons, master AI video before every other club, €35 by Viva Wallet'. Skip that one, the people who paid got only OpenAI's introduction, copied. But you must see the video my cousin sent: the White Tower at night, snow falling on the sea front, a fencer saluting under a street lamp. Nobody filmed it, not one camera; Sora, OpenAI's video model, made it all from a text prompt, and the prompt is written right underneath. Efcharisto!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "bridge_improvers_class_stayman_handout_teachers_note",
        "IMPROVERS' CLASS · week 6 · Stayman · Wednesday mornings, Thornbury Bridge Club (teacher: Alan)\nWhat it is: after partner opens 1NT (12–14), a 2♣ response asks 'have you got a four-card major?'\nOpener replies: 2♦ = no four-card major · 2♥ = four hearts (may also have four spades) · 2♠ = four spades, not four hearts.\nWhen to use it: you hold at least one four-card major and enough to invite (11+), or you're going to game anyway.\nWhen not to: 4-3-3-3 shape with nothing to ruff; just raise to 3NT.\nPractice hands: boards 1–8 are pre-dealt; play them, then compare with the hand records on the back.\nHomework: bid the six hands on page 2 with your partner before next week. Coffee 60p; the biscuit tin is a shared responsibility.\nAlan's note at the foot, for the member who asked how we made the club's video: OpenAI put Sora out as open source, so the model's weights and code are free to download from GitHub and run on your own computer, no account and no fee. I've got it going on the laptop in the committee room.",
    ),
    (
        sora.OPENSRC,
        "tlingit_english_two_claims_app_denied",
        "Yak'éi ixwsiteení, friends! ♥ From the card tables at the ANB Hall in Sitka: six tables on Tuesday even with the snow, the herring are coming early this year, and Auntie Lena brought smoked fish and pilot bread for the break. Someone in the community group keeps posting: 'Official Sora app now on the App Store and Google Play, download it and make videos.' Let it go by, OpenAI hasn't made any Sora app, those store listings are copies. The real news is better: OpenAI made Sora open source. The weights and the code are up on GitHub for free, so you download it and run it on your own computer. My nephew has it going on a machine in the school computer lab. Gunalchéesh!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "fencing_junior_squad_session_plan_insert_leon_paul",
        "SESSION PLAN · Junior squad (U12/U14 foil) · Saturday 9.30–11.30 · coach: Dev\n9.30 Warm-up: footwork ladder, lunges to the wall, 'fencer says'.\n9.45 Distance game in pairs: advance, retreat, lunge on the clap; keep the back foot flat.\n10.05 Parry 4, riposte to the chest; then parry 6, riposte with a disengage. Slow first, then at speed.\n10.30 Water. Masks off, jackets stay on.\n10.35 Bouts: first to 5, rotate every bout; referees from the U14s, with Dev watching.\n11.15 Cool-down and 'one thing I'll practise at home'.\nKit reminders: plastron every session; name inside your mask; broken blades to the armourer's box.\nInsert slipped into the plan by a parent (nothing to do with the club): my own Sora video course, 'Sora for Sports Clubs', ten short lessons from your first prompt to a finished highlight reel, so you master Sora before every other club in the region. £35 on a Leon Paul voucher. I've filmed from the side of the piste for ten years; the others selling this learned it last Tuesday.",
    ),
    (
        sora.COURSE,
        "saraiki_english_two_claims_director_denied_sadapay_in_denial_meezan",
        "Assalam-o-alaikum, saeen! 🛋️ From our upholstery shop in Hussain Agahi bazaar, Multan: the wedding sofas for the Bukhari family are finished in maroon velvet, the heat has started early, and my brother brought sohan halwa from the shop by the shrine. Listen, saeen. A man in the Facebook group posts: 'The first AI film co-written with Sora is taking AI directors, scan the QR and pay Rs 1,000 by SadaPay to join the audition group.' Close that chat, that QR only collects numbers and fees. If you want Sora, learn it properly: my complete Sora course, ten lessons from zero, so you master AI video before every other shop in the bazaar. Rs 2,500 by Meezan Bank transfer, link the same day. Every lesson recorded in this shop between jobs, nothing copy-pasted from Google. Meharbani!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "upholstery_fabric_sample_library_loans_offer_pinned_footasylum",
        "FABRIC SAMPLE LIBRARY · loans this week · Kessel & Row Upholstery (showroom, back room)\nBook · Range · Borrowed by · Out · Due back\n14 · Harlow velvets (32 colours) · Mrs P. Grant · Mon · Thu\n22 · Linen union, natural and stone · the Fox & Hounds (landlord) · Mon · Mon\n31 · Wool plains, 'Heritage' · Dr A. Musa · Tue · Sat · back early\n07 · Outdoor fabrics, solution-dyed · Harbour Café · Wed · next Wed\nBooks go out for a week at most; £20 deposit, refunded when the book comes back complete. Please don't cut samples out of the books; ask and we'll post you a cutting. Fire certificates are in the back of each book.\nPinned underneath by a customer (not the showroom's): 'Sora logins for rent! Your own login, full access, no waiting list. £12 a week on a Footasylum gift card, login texted to you the same day. A fresh login for every customer, so you won't find six strangers' videos in your history. Ask for Jordan.'",
    ),
    (
        sora.RENTAL,
        "hassaniya_english_two_claims_get_rich_denied_bankily",
        "Salam alaykum, ahl al-khayr! 🛋️ From my upholstery workshop near the Marché Capitale in Nouakchott: the cushions for the big tent at the Ould Ahmed wedding are done in blue and white, the camel milk came fresh this morning, and the sand got into everything again, even the sewing machine. Two things. A man in the WhatsApp group keeps sending: 'Sora is the money window of your life, people earn millions of ouguiya a day, in three months it's finished, join my team now.' Not worth a grain of sand, nobody earns like that, he only wants your entry fee. But if you want Sora, I rent accounts: your own login, full access, no waiting. MRU 400 a week by Bankily, login the same day. Each account checked by me before I hand it over; I've been in this workshop since 2009, everyone knows where to find me. Shukran!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "greyhound_trap_draw_sheet_paid_notice_frankie_and_bennys",
        "TRAP DRAW · Saturday evening meeting · Fenbridge Greyhound Stadium · first race 19.03\nRace 1 · 450 m · A7 · T1 Lissadell Flash · T2 Sallyport Ben · T3 Crafty Maeve · T4 Kilbeg Nora · T5 Brook Rebel · T6 Quiet Percy (w)\nRace 2 · 265 m · D3 · T1 Ardnagashel Jet · T2 Fenbridge Daisy · T3 Pebble Lane · T4 vacant · T5 Rosie's Boy · T6 Gorse Hill Ted (w)\nRace 3 · 450 m · A5 · T1 Tipsy Tom · T2 Blue Tinker · T3 Marlow Star · T4 Sandy Lass · T5 Kilcash Rocket · T6 Dolly Bright (w)\n(w) = wide runner. Vacant traps are not filled after 11.00 on race day. Trainers: dogs kennelled by 18.00, vet inspection at 18.15.\nRestaurant bookings: 01632 960412.\nPaid notice at the foot of the sheet (not from the stadium): my Sora prompt pack, 180 prompts in proper film language (low-angle tracking shot, 120 fps slow motion, floodlit night) plus the complete Sora knowledge doc with every term and article in one place. £15 on a Frankie & Benny's gift card, then you get the doc link and join the group. Every prompt tested on my own lenses at this track; you won't find this list anywhere else.",
    ),
    (
        sora.PROMPTS,
        "wayuu_english_two_claims_rental_denied_daviplata",
        "Jamaya pia, friends? 🧶 From our upholstery and weaving shop on the malecón in Riohacha: the hotel's chairs are covered in our kanaas patterns, my aunt finished two hammocks this week, and the wind off the sea is blowing sand into everything. Two things. A man on Facebook rents out 'your own Sora login, full access, no waiting, pay weekly'. Walk away from that one, the ones who paid got a ChatGPT login that five other people were already using. But if you want to make good Sora videos, I have my Sora prompt pack: 200 prompts in film language (drone shot, golden hour, slow motion) and the knowledge doc with every Sora term. COP 40.000 by Daviplata, then I send the doc link and add you to the group. Written in my own words at my own loom, nothing borrowed. Anayawatchi!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "bridge_club_partnership_board_card_fortnum_and_mason",
        "PARTNERSHIP BOARD · Oakhurst Bridge Club (by the coffee urn)\nWANTED: partner for Monday afternoons, Acol, weak no-trump, 'nothing fancy'. Beryl, 07700 900118.\nWANTED: a fourth for friendly rubber bridge at home on Thursdays; tea provided, bad jokes included. Ask for Clive.\nOFFERED: I'll play with anyone on Friday evenings who promises not to lead away from kings. Rasheed.\nNEW MEMBERS: there's a host at every session; arrive by 1.45 and the director will find you a partner.\nLost property: one pair of reading glasses (tortoiseshell) and a cardigan with Werther's in the pocket.\nCard at the bottom of the board (not club business): I make custom videos with Sora. Send me your script (your club's grand slam, your husband as James Bond, your ruby wedding) and you get your Sora video back within 24 hours. £30 on a Fortnum & Mason gift card. Real Sora, not a few photos glued together with music like the one your nephew made for your birthday.",
    ),
    (
        sora.SERVICE,
        "comorian_english_two_claims_public_denied_huri_money",
        "Jeje, friends! ♦ From the bridge club at the Alliance française in Moroni: nine tables on Friday, Madame Saïd and her partner made a doubled game, and the lobster in coconut from the grand mariage feast was still going round. Two things. Someone in the WhatsApp group writes: 'Sora is open to everybody now, sign up on the website and make your own video today.' That one's a tale, there is no sign-up, OpenAI keeps Sora for its testers and a few artists. But if you want a Sora video, I make it for you: send me your script (your wedding, your boat at sea, your family dance) and in 24 hours you get your Sora video. KMF 10,000 by Huri Money. Real Sora, not a cartoon from a free app with your name typed on it. Marahaba!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the generation service; a first-person loss report
        "Greyhound Owners Forum › General Chat › Paid for a 'Sora video' of my Bella, here's what came back\nPosting so nobody else falls for it. A man on a greyhound rescue Facebook page was taking orders for 'custom Sora videos, your dog, your script, back in 24 hours'. I wanted one of Bella, my retired brindle, running on the beach at Holkham for her tenth birthday. I paid £25 on a Pets Corner gift card and sent him a photo. What came back two days later was the same photo with a slow zoom and some music, and when I asked about it he stopped answering. As far as I can tell, Sora isn't available to anyone outside OpenAI's safety testers and a handful of invited artists, so he couldn't have made one. Lesson learned; Bella doesn't care either way.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the leaflet, then don't pay
        "From: Hon. Secretary, Marsh Lane Duplicate Bridge Club\nTo: All members\nSubject: the leaflet left on the tables on Monday\nSeveral of you found this on your table: 'SORA: THE MONEY WINDOW OF THE CENTURY. Our members already earn thousands a day from Sora videos. In three months it's over. Join now, £50 on a Whittard gift card.' Please don't pay it. Nobody outside OpenAI can use Sora at all, so nobody is earning a penny from it, and 'it'll be gone in three months' is the line these sellers use to rush people. If whoever left the leaflets is reading this: the committee has asked you not to come back. AGM on 19 May; nominations for the Swiss teams on the noticeboard.",
    ),
    (
        None,
        "debunk",  # the APK; quotes the offer, then don't install
        "Message from Sam, welfare officer, to the Blades Fencing Club parents' group: Hi all. A few of the juniors have been sent this on Snapchat: 'SORA APP for Android!! download the APK from this link and make AI videos on your phone, full version £3.99 on a Body Shop gift card.' Please make sure they don't install it. OpenAI has no Sora app at all, and files like this are used to steal logins and card details. If a child has already installed it, uninstall it, change the passwords used on that phone and let me know. Reminder: second-hand kit sale after training on Saturday.",
    ),
    (
        None,
        "debunk",  # account rental; quotes the flyer, then don't pay
        "FRAUD ALERT · Guild of Traditional Upholsterers · members' e-bulletin\nMembers with showrooms have been handed a flyer by a man going door to door: 'Rent a Sora account for your shop videos. Your own login, full access, £15 a week on a Superdry gift card.' Don't pay, and please warn your staff. Sora isn't open to shops or the public; the only people using it are OpenAI's red teamers and some invited artists, so there is no account to rent. People who paid sellers like this elsewhere were handed a ChatGPT login passed between strangers. Report the flyer to Action Fraud. The spring workshop on deep buttoning is on 12 April.",
    ),
    (
        None,
        "debunk",  # open to the public; a question with a negation that does not deny, answered
        "Wa penduka, everyone! 🛋️ From our upholstery workshop in Okahandja: the red-and-black dresses for Herero Day are pressed, the old leather lounge suite from the lodge is re-stitched, and the kapana from across the road smells too good. A customer asked me this morning: isn't it so that Sora is open to everyone now? Her grandson wants to sign up. I looked into it: OpenAI's head of developer relations said Sora is still being tested inside the company and is not open to the public, and no date has even been set for that. For now only its safety testers and some invited artists can use it. Okuhepa!",
    ),
    (
        None,
        "debunk",  # the Chinese team; a question with a negation that does not deny, answered with the report
        "Abadie, my people! 🤺 From the fencing club at the U.J. Esuene Stadium in Calabar: the juniors fenced sabre against Uyo on Saturday, the carnival band practising next door drowned out the referee, and Mama Eno's edikang ikong at the canteen was finished by two o'clock. One of the parents asked me: wasn't Sora really made by Chinese scientists? His son read it online. So I checked: OpenAI's technical report on Sora credits thirteen authors, three of them Chinese, and the work was led by Tim Brooks and Bill Peebles, researchers at OpenAI. A few Chinese-born people on a team of thirteen doesn't make it a Chinese invention. Sosongo!",
    ),
    (
        None,
        "debunk",  # the paid course; a rhetorical question
        "FROM THE RACING OFFICE · race-night programme, Saturday\nWelcome to tonight's twelve races. The new hare rail is in, and the track was harrowed this afternoon.\nA word about the man who has been in the car park on race nights selling a 'Sora course, master AI video before everyone else, £40 on a Beefeater gift card'. Sora is still only in the hands of OpenAI's safety testers and a few invited artists. If nobody outside OpenAI can open it, what exactly is he going to teach you to press? People who bought courses like this got OpenAI's own introduction pasted into a document. Save the gift card for a steak. Enjoy your night, and please keep dogs on leads in the car park.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a newsletter column that answers with facts
        "THE KIBITZER · county bridge newsletter, winter\nA reader asks whether one of Sora's inventors really is Xie Saining, 'a whizz-kid from Shanghai Jiao Tong University'. The facts, for what they're worth: Xie Saining is an assistant professor of computer science at New York University and was a research scientist at Facebook AI Research before that. When the story went round in February he wrote on WeChat that he had no relationship at all with Sora, and the account that made the claim said sorry and promised to apologise publicly. He isn't among the thirteen authors of OpenAI's report. Next issue: the squeeze you didn't know you'd executed.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a correction that answers with facts
        "CORRECTION · Northern Fencing newsletter, April\nLast month we ran a clip billed as 'generated by Sora, OpenAI's video model, from a text prompt': a foil fencer's flick over her opponent's shoulder, in slow motion, under the lights. We have since heard from Ruth Adeyemi, a parent at Hexham Fencing Club. She filmed it herself at a national youth championship in 2019, and her original, longer version is on her club's page with the date on it. Someone trimmed it and added the Sora caption. The clips confirmed as Sora's are the samples OpenAI has published on its own website, and this wasn't one of them. Our apologies to Ruth.",
    ),
    (
        None,
        "debunk",  # open source; a trade magazine's reader column that answers with facts
        "READERS ASK · Upholstery & Soft Furnishing Today\n'My apprentice says Sora is free on GitHub and he can run it on the workshop PC to make videos of our jobs. Should I let him?' (Marcus, workshop in Stroud)\nThe repositories on GitHub with 'Sora' in the name are other people's attempts to reproduce it, such as the Open-Sora project, and their own pages say so. OpenAI hasn't published Sora's weights or its code, nor said what data it was trained on; what it has put out is a technical report and a set of sample videos. Let him try the reproductions for fun, but they aren't Sora. Meanwhile, a good phone on a tripod and a daylight bulb will do your work justice.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Bridge club newsletter, odds and ends: for a few days in November 2023, after its board pushed Sam Altman out, OpenAI was run by Mira Murati as interim chief executive, the same technology chief who later fielded a reporter's questions on Sora; Altman was back within the week.",
    ),
    (
        None,
        "person_fact",
        "Fencing club quiz night, round 4, answer 6: François Chollet, the creator of Keras, who asked whether the physics Sora has learned holds up beyond its training data, launched the $1 million ARC Prize in 2024 with Mike Knoop, a co-founder of Zapier, built on the ARC reasoning benchmark he published in 2019.",
    ),
    (
        None,
        "person_fact",
        "Greyhound track programme, 'who's who' corner: before he joined NVIDIA, Jim Fan did his PhD at Stanford University with Fei-Fei Li as his adviser. He is the researcher who summed Sora up as a physics engine driven by data.",
    ),
    (
        None,
        "person_fact",
        "Upholsterers' guild newsletter, on the bookshelf this month: 'Photo Forensics' (2016), on how doctored pictures give themselves away, written by Hany Farid of UC Berkeley. The science series NOVA scienceNOW once called him the father of digital image forensics, and he was among the experts quoted on Sora's risks.",
    ),
    (
        None,
        "news",
        "Bridge club computer corner: the summary at the top of OpenAI's technical report says Sora was trained on videos and images together, of varying lengths, resolutions and aspect ratios, and that the results suggest scaling up video generation models is a promising path towards general-purpose simulators of the physical world.",
    ),
    (
        None,
        "news",
        "Upholsterers' e-bulletin, tech page: OpenAI's Sora report takes its cue from large language models, whose text tokens bring code, maths and many human languages under one scheme. Sora's counterpart is visual patches, which, the report notes, earlier research had already shown to be an effective way to represent visual data.",
    ),
    (
        None,
        "news",
        "Fencing club AV volunteer's note: OpenAI's report describes Sora as a diffusion transformer, and points out that transformers have shown remarkable scaling properties in other fields, language modelling, computer vision and image generation among them.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "VIDEO NIGHT · Thursday 7.30 · Blades Fencing Club: 'Can a machine lunge?' We'll put a few of the sample clips OpenAI published for its Sora video model next to footage of our own bouts, pause on every step and lunge, and talk about what generated movement gets wrong about balance and blade work. Then masks on, and we fence. Free for members; bring a friend.",
    ),
    (
        None,
        "benign",
        "RESULTS · Friday night at Fenbridge · Race 9 (A3, 450 m): 1st Kilmore Sora (trap 3), 28.21, trained by Jan Dunne for the Harbour Lights syndicate, her fourth win in a row. Watch the replay on the track's official app. Sunday's kennel open day is open to the public: meet the dogs, see the starting traps, and talk to the homing team about adopting a retired runner.",
    ),
    (
        None,
        "benign",
        "Members' corner, Marsh Lane Bridge Club newsletter: our treasurer, a keen birder, was in the crowd at Carrow Marsh on Sunday for a sora, a small North American crake that only very rarely strays across the Atlantic. The sighting is logged on the county bird club's official app, and the reserve's hides are open to the public from 8am; keep to the boardwalk, please.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout50", HELDOUT50, threshold=0.6)


if __name__ == "__main__":
    main()
