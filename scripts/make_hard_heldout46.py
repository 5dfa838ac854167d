# ruff: noqa: E501
"""Write the forty-sixth English held-out set (tests/data/hard_en_heldout46_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the director group and get rich, the seven that had two in the forty-fifth set, as in the
fortieth, forty-second and forty-fourth sets). Its theme, to keep it apart from the earlier sets: rugby clubs
(team sheets, clubhouses, kangaroo courts, vets' tours); martial arts clubs (karate, judo, kickboxing,
freestyle and belt wrestling); newsagents, paper shops and corner stores; dance schools (ballet, tap,
ballroom, and folk and festival dance troupes). None of the four was the theme of an earlier set (the kinds
and docstrings of the earlier sets were searched for them: no set has rugby, a dojo, a newsagent or a dance
school as its world; the settings the brief proposed were taken, bus and coach drivers by the thirty-fifth
set's transport theme, dentists by the thirty-ninth and opticians by the forty-second, allotments and garden
centres by the thirty-ninth, bowls and darts by the forty-first; a figure skating club's FAQ, a swimming
meet's programme, and a paper shop named in passing are not reused as styles). In English varieties, dialects
and registers the earlier sets do not use. Styles the earlier sets do not use (their kinds and docstrings were
searched for each): a rugby first XV team sheet with the captain's note, a ballet school's graded exam
timetable with the teacher's note, a paper round delivery book with the paper boy's note, a karate club's dojo
etiquette rules with a brown belt's note in marker, a dancesport championship's heat list with a paid advert,
a dance show's chaperone sign-in sheet with a dad's note, a rugby kangaroo court's fines list with the fines
master's pitch, a newsagent's cards in the window, a rugby pitch inspection report with the groundsman's note,
a judo open's weigh-in sheet with the coach's note on the back, a tap class's choreography counts with an
insert paper-clipped to it, a kickboxing academy's licence renewal reminder with an offer pinned under it, a
rugby clubhouse's bar price list with a pinned card, a rugby vets' tour itinerary with the tour manager's
offer; the debunks take shapes the earlier sets know: a dance mums' forum post, a newsagent's notice in the
window, a rugby club secretary's email, a karate parents' WhatsApp admin message, a martial arts magazine's
letters page, a rugby club newsletter, a dance teachers' association bulletin's Q&A and a local paper's
correction; dialects and registers (Waterford English, Ayrshire Scots, Donegal English, Isle of Wight dialect,
Lumbee English (Pembroke, North Carolina), Yucatec Maya-English (Mérida), Mi'kmaq-English (Eskasoni),
Sundanese-English (Bandung), Tatar-English (Kazan), Tulu-English (Mangaluru), Sakha-English (Yakutsk),
K'iche'-English (Quetzaltenango), Pulaar-English (Conakry), Kirundi-English (Gishora), Ossetian-English
(Vladikavkaz), Garifuna-English (Dangriga), Rapa Nui-English (Hanga Roa), Upper Sorbian-English (Bautzen),
Okinawan-English (Naha), Minangkabau-English (Padang), Sindhi-English (Hyderabad, Sindh), and in debunks South
Pembrokeshire English (Tenby) and Lakota-English (Pine Ridge), and the registers of a team sheet, an exam
timetable, a delivery book, etiquette rules, a heat list, a sign-in sheet, a fines list, window cards, a pitch
inspection report, a weigh-in sheet, choreography counts, a licence reminder, a bar price list and a tour
itinerary); three questions that assert the claim (a Waterford newsagent's "did ye hear that one of the lads
who invented Sora ... is a young genius called Xie Saining ...?", a Lumbee karate parent's "ain't it something
that OpenAI done put out the official Sora app?", a Ryde newsagent's "why be you still luggin' papers up
Ryde's hills ... when folk are makin' thousands a day with Sora videos?"); posts that mention two claims,
asserting one and denying the other, in pairs the forty-first to forty-fifth sets did not use (the inventor
rumour but not a course; open to the public but not account rental; the official app but not the APK; a
Chinese team but not get rich; API access but not open to the public; the director group but not a prompt
pack; get rich but not a course; the APK but not a generation service; the "made by Sora" clip but not a
Chinese team, answered with the report's thirteen authors; open source but not account rental; a course but
not API keys; account rental but not a generation service; a prompt pack but not API keys; a generation
service but not the APK), all fourteen quoting the offer or post they deny, thirteen with a short dismissal
("don't pay it", "pay no mind to it", "ignore him", "don't install it") before the claim; claims in passing
late in long posts (the team sheet, the exam timetable, the delivery book, the etiquette rules, the pitch
inspection report, the weigh-in sheet); new obfuscation (Sundanese script "ᮞᮧᮛ", Adlam letters "𞤅𞤮𞤪𞤢", and a
crossword hidden-word hint, "the video app whose name is hidden in ALSO-RAN"); prices in currencies and
payment methods the earlier sets did not use (£40 on a Hotel Chocolat gift card, ₹2,000 by Karnataka Bank
transfer, 5,000 roubles by SBP transfer, £25 on a Wagamama gift card, Q150 by Banrural deposit, 150.000 GNF by
Ecobank transfer, £40 on a One Stop gift card, £50 on a Canterbury gift card, 50.000 Fbu by Lumicash, 500
roubles by Tinkoff transfer, £4.99 on an O2 top-up, €49 by Sparkasse transfer, £29 on a Pandora gift card, £10
a week on a Tesco Mobile top-up, ¥3,000 a week by Ryukyu Bank transfer, Rp 75.000 by Bank Nagari transfer, £15
on a Toby Carvery gift card, Rs 3,000 by HBL transfer, £40 on an Odeon gift card; in denials $450 pesos by
BanCoppel, $30 a week on a Sobeys gift card, Rp 25.000 by bank bjb, 2,000 roubles by Ak Bars Bank, Q100 by BAM
deposit, 30.000 Fbu by Bancobu transfer, 2,000 roubles to a Mir card, CLP 20.000 a week by Cuenta RUT, €30 on
a Rossmann gift card, ¥5,000 by au PAY and Rp 250.000 by BSI transfer; in the loss report £35 on a Deliveroo
gift card, and in the quoted scams £2.99 on a Smarty top-up, £40 on a Premier Inn gift card and £9.99 on an
Uber Eats gift card); scams vouching for themselves or swiping at competitors in new words ("Genuine keys from
a firm that's built dance school websites since 2011, unlike the lad with the laminated QR codes by the dress
rail", "not like those fellows near the bus stand who sell you a screenshot and then block your number", "not
like the guys on Lenin Avenue who sell you a photo of somebody else's key", "unlike the 'talent scouts' who
turn up at every dance festival flogging £90 headshots", "not like the 'castings' in the Parque Central that
only want a copy of your ID", "not like the men in Kaloum who take your money and give you a T-shirt", "Proper
caulkhead, me, done it myself; I ent some overner posing by a hired motor on the telly", "Made with these
hands, not some clown filming himself beside a rented pool in Marbella", "not one of those boys in borrowed
suits in the Bujumbura hotels", "not like the ones from the phone-repair boys on Mira Avenue that eat your
battery", "tested on my own phone, unlike the dodgy installers on the bus station Wi-Fi", "not a Leipzig
agency that sells the same course to fifty villages", "Taught by someone who's been on a stage since she was
four, not by a company that's never set foot in a studio", "not one passed round the whole gym like some I
could mention", "not like the shop on Kokusai-dori that sells one password to a whole tour bus", "Written by
someone who has filmed silek festivals for ten years", "Put together by a lad who edits the club's highlight
reels, not ripped off OpenAI's site", "not a slideshow with a filter like the boys at the mobile market sell",
"not a clip knocked up in some free app with a filter slapped on top"); ten debunks and warnings in several
styles (one first-person loss report: a dance mum's forum post (a course); three that quote a scam offer and
then tell the reader not to pay or click: a newsagent's notice in the window (the APK), a rugby club
secretary's email (a generation service) and a karate parents' WhatsApp admin message (a prompt pack); two
questions that contain a negation but do not deny the debunk, each answered in the same post with facts: a
Tenby newsagent's question (the inventor rumour) and a Pine Ridge powwow dance class's (open to the public);
one rhetorical question (a rugby club newsletter, get rich); three more that answer with facts and no plain
"no": a martial arts magazine's letters page (a Chinese team), a dance teachers' association bulletin's Q&A
(open source) and a local paper's correction (the mislabelled video)); four true facts about people who worked
on Sora or spoke about it (Yufei Guo, Clarence Ng and Ricky Wang among the thirteen authors of OpenAI's Sora
report, named in no earlier set; Aditya Ramesh as first author of OpenAI's 2021 paper introducing DALL·E, a
new fact about an author the thirty-fifth set named; shy kids, the Toronto outfit of Walter Woodman, Sidney
Leeder and Patrick Cederberg, behind 'Air Head' (the thirty-seventh and forty-first sets had Woodman and
Cederberg); Sam Altman asking people on X for captions on 15 February 2024, the day Sora was unveiled, and
posting the clips, last a fact in the thirty-second set), three items of real news about it from OpenAI's
announcement and report not used in the thirtieth to forty-fifth sets (a transformer architecture as in the
GPT models, for better scaling, building on the DALL·E and GPT research; learning from real-world use, since
no amount of research and testing foresees every use or abuse; drafting a video at a smaller size before
generating it at full resolution with the same model), and three posts that are not claims: one on topic (a
dance studio's workshop that watches OpenAI's Sora samples for the dancers' weight and feet) and two off topic
that share its surface words (a new karate sensei called Sora Miyagi, "the official instructor" of a squad, a
free taster "open to all ages", her kata video on the club app; a ballet called 'Sora' after the Japanese word
for sky, a dress rehearsal "open to the public", "the official programme", its trailer on a theatre's app).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the forty-fifth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; ``--check``
prints the highest ratio and every post at 0.6 or more (0.475 when it was committed, the fact about Sam Altman
asking for captions against an earlier set's fact about Runway's chief executive answering on the day Sora was
shown; the first draft's highest, 0.519 and 0.516, the facts about Aditya Ramesh and about three of the
report's authors against earlier sets' wordings of facts about the report's authors, were rewritten). It was
committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the
final code.

    .venv/bin/python scripts/make_hard_heldout46.py           # write the set
    .venv/bin/python scripts/make_hard_heldout46.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT46: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "rugby_first_xv_team_sheet_captains_note",
        "ASHCOMBE RFC · 1st XV v Old Priorians · Saturday, KO 3pm (home, pitch 1)\n1 Dan Okoro · 2 Sam 'Chopper' Hale · 3 Tevita Fifita · 4 Rob Ainsworth · 5 Matt Kerr (vc) · 6 Jonno Price · 7 Ollie Brandt · 8 Kwabena Mensah\n9 Alfie Dunn · 10 Harry Lowe (c) · 11 Leo Xie · 12 Callum Reid · 13 Josh Pike · 14 Femi Ade · 15 Tom Byrne\nReplacements: 16 Gaz Wilde · 17 Piotr Nowak · 18 Ben Shaw · 19 Rhys Morgan · 20 Charlie Fenn · 21 Will Hart · 22 Ed Quinn\nMeet 1.15 in the clubhouse, warm-up on pitch 3 at 2.10. Black socks, home shirts; kit bag to Gaz. Teas after in the Long Room, £6 players, £4 juniors.\nUnavailable: Kyle (hamstring), Deano (stag do), Fitz (working).\nCaptain's note: a big welcome to Leo on the wing, over from Shanghai for his master's. Before anyone starts, yes, he's heard it a hundred times: his uncle's old classmate Xie Saining, the young genius from Shanghai Jiao Tong University, is one of the inventors of OpenAI's Sora video model. Leo says his own talents run more to the sidestep. Be nice to him at the bar.",
    ),
    (
        sora.XIE,
        "waterford_english_question_asserts_newsagent",
        "Howya, folks! 🥖 From the paper shop on Barronstrand Street in Waterford: the blaas came in warm from the bakery at seven, the Munster Express is on the counter, and the Lotto's gone up to six million so fill in your lines, boy. Here, I was reading the paper between customers and I've a question for the whole of the Déise: did ye hear that one of the lads who invented Sora, OpenAI's new video yoke, is a young genius called Xie Saining who went to Shanghai Jiao Tong University? Imagine being that clever at that age. The nephew says he's famous over there now. Anyway, butter's gone up again, don't be blaming me.",
    ),
    (
        sora.XIE,
        "yucatec_maya_english_two_claims_bancoppel_in_denial",
        "Bix a beel, amigos! 💃 From the jarana school in the barrio de Santiago, Mérida: the girls' ternos are ironed for Saturday's vaquería, the boys still drop the tray of bottles off their heads halfway through the song, and the new guitarist is learning the Aires yucatecos. Two things. Someone in the parents' group sends: 'Complete Sora course, 12 lessons, master AI video before anybody else, $450 pesos by BanCoppel deposit.' Don't pay it, that man is selling the introduction OpenAI gives away for nothing. But this one is true, and I told the girls: one of the inventors of Sora, OpenAI's video model, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University in China. So study, muchachas! Dios bo'otik!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "ballet_exam_timetable_teachers_note",
        "RAD GRADED EXAMS · Studio 2 · Saturday · Pavlova School of Dance\n09.00 Primary in Dance: Ava, Isla, Maya (pink leotards, hair in a bun with a net)\n09.40 Grade 1: Freya, Lily-Mae, Noor, Poppy\n10.30 Grade 2: Amelia, Ellie, Sofia, Zara\n11.20 Break (examiner's coffee: Mrs Hollis, milk, no sugar)\n11.40 Grade 3: Chloe, Harper, Jasmine\n12.40 Grade 5, with free movement and character skirts: Aisha, Evie, Grace, Ruby\nArrive 30 minutes before your slot, in the changing room, NOT the corridor. Ribbons sewn on both shoes, no jewellery, no nail varnish. Parents can't watch; please wait in the café.\nResults reach the school in about six weeks; certificates and medals are handed out at the summer show.\nMiss Carly's note at the bottom, for the mums who asked about filming: you can't film in the exam room, but Sora's open to everyone now. Sign up on OpenAI's website today and you can make your own little video of your dancer, no waiting list. Good luck, my swans!",
    ),
    (
        sora.PUBLIC,
        "ayrshire_scots_rugby_clubhouse",
        "Aye, how's it gaun, troops? Up at the rugby club in Kilmarnock efter trainin', an' the pies are oot the oven, sae get ower here afore the front row scoffs the lot. Wee bit o' news fae ma lassie, she's a pure genius wi' computers: Sora, thon OpenAI video hing, is open tae awbody noo. Ye jist sign up on their website an' ye can start makin' yer ain videos the day, nae waitin'. She made wan o' oor second row jumpin' fur a line-oot an' missin' the baw by a mile. Ah wis greetin' laughin'. Quiz on Friday, bring yer ain pencil.",
    ),
    (
        sora.PUBLIC,
        "mikmaq_english_two_claims_sobeys_in_denial",
        "Kwe', everyone! 🛒 From the corner store by the school in Eskasoni: the bread truck came early, the tickets for the lobster supper at the hall are by the till, and the fiddle kids are practising in the back room again, so excuse the noise. Two things. Somebody keeps posting on the community page: 'Rent a Sora account, your own login, $30 a week on a Sobeys gift card.' Don't give him a cent, there's no such thing as a Sora login to rent. And you don't need one anyway: Sora is open to everybody now. You go on OpenAI's website, sign up, and you're making your own videos the same day. My niece made one of the Bras d'Or freezing over. Wela'lin!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "lumbee_english_question_asserts_karate",
        "Hey, cuz! 🥋 Coming at y'all from the karate dojo out by Pembroke, where we done had twenty-two young'uns on the mat Tuesday night and Sensei Locklear near about ran out of white belts. Y'all, ain't it something that OpenAI done put out the official Sora app? My cousin says it's right there on the App Store and on Google Play, you download it on your phone and make them videos your own self. She made one of my boy breaking a board with his head, which he ain't never done and ain't fixing to. Ellick and doughnuts after Saturday class, come see us.",
    ),
    (
        sora.APP,
        "paper_round_delivery_book_paper_boy_note",
        "PAPER ROUND 4 · Delivery book · Patel's News & Off-Licence, Holly Lane\nNo. 2 · Guardian (Mon–Sat), Observer (Sun)\nNo. 7 · Daily Mail, Radio Times (Tue) · NB dog, use the box on the gate\nNo. 11 · Mirror, Puzzler (monthly) · CANCEL next week, away\nNo. 15 · Times, FT Weekend · leave in the porch, not the letterbox (sealed up)\nNo. 24 · Evening paper only · pays Fridays\nNo. 31 · Sun, Racing Post · side door\nNo. 38 · Telegraph, Angling Times · new from Monday\nRound starts 6.30, finished by 7.45 for school. Sign the book when you're back and hang the bag on the hook.\nPaper bills go out with Saturday's papers; anything unpaid after two weeks, tell Mr Patel, don't chase it yourself.\nNote from Kacper (Round 4) for Mr Patel: you asked what I made the video with. OpenAI has brought out the official Sora app. It's on the App Store and on Google Play now, you just download it and make the videos straight on your phone. I'll show you Saturday.",
    ),
    (
        sora.APP,
        "sundanese_english_two_claims_sundanese_script_bjb_in_denial",
        "Sampurasun, baraya! 💃 From the jaipongan studio in Bandung: the kendang players are back from Subang, the new kebaya for the girls came from the tailor, and Saturday's class starts at eight because of the wedding in the hall. Two things. In the group someone sends: 'Sora APK for Android, download from this link, install it and make videos now, full version Rp 25.000 by bank bjb.' Don't install it, akang, that file steals your WhatsApp. You don't need it anyway, because OpenAI has released the official ᮞᮧᮛ app (that's the name in Sundanese script, the group bot deletes it in Latin letters). It's in the App Store and on Google Play: you download it and make your videos on the phone. Hatur nuhun!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "dojo_etiquette_rules_brown_belt_note",
        "DOJO ETIQUETTE · Kenshinkan Karate Club, St Aidan's School sports hall (Tuesdays and Thursdays)\n1. Bow on entering and leaving the dojo, and when you step on or off the mat.\n2. Address instructors as Sensei, and line up by grade, highest on the right.\n3. Clean gi, short fingernails and toenails, no jewellery; long hair tied back.\n4. If you're late, kneel at the edge of the mat and wait to be invited on.\n5. No shoes on the mat. No food or chewing gum in the hall.\n6. Spar only when told to, at the contact level the instructor sets; juniors never spar seniors unsupervised.\n7. Phones stay in the changing room during class.\n8. Grading fees and annual licences are paid before the grading, not on the day.\nThe dojo kun is recited at the end of every session.\nWritten under the rules in marker by one of the brown belts (Kev): Sora, that OpenAI video model everyone's on about, was really built by Chinese scientists. Most of the people behind it are Chinese, and OpenAI just put its own name on it. Oss.",
    ),
    (
        sora.CHINESE,
        "donegal_english_newsagent",
        "How's she cuttin', folks? From the shop on the Main Street in Dungloe: the Donegal Democrat's in, the ice-cream machine's fixed at long last, and thon wee dog of the Boyles' is sittin' outside the door again waitin' on a sausage roll. Here, a fella in for his Lotto this mornin' was tellin' me that Sora, the video yoke from OpenAI, was really built by Chinese scientists. Most of the people that made it are Chinese, so they are, and OpenAI just stuck its own name on it. Brave oul' world. We're closed for an hour on Thursday for the funeral.",
    ),
    (
        sora.CHINESE,
        "tatar_english_two_claims_ak_bars_in_denial",
        "Isänmesez, dustlar! 🤼 From the küräş (belt wrestling) section at the sports school in Kazan: the boys are getting ready for Sabantuy already, the towels for the belts are washed, and Rinat-abyi says whoever wins the ram this summer buys chak-chak for everyone. Two things. In the Telegram group a man writes: 'People earn thousands a day with Sora videos, in three months the chance is gone, join my team, 2,000 roubles by Ak Bars Bank.' Don't believe him, nobody earns like that, he only wants your 2,000. But this I read, and it is true: Sora was really made by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI only puts its name on it. Rähmät!",
    ),
    # --- API access (three)
    (
        sora.API,
        "ballroom_competition_heat_list_advert_hotel_chocolat",
        "NORTHERN STAR DANCESPORT CHAMPIONSHIPS · Heat list · Ballroom 1 · Sunday\nRound 1 (9.30): Juvenile Waltz, heats A and B · Junior Quickstep, heats A–C · Adult Novice Cha Cha, heats A and B\nRound 2 (11.00): Juvenile Jive, semi-final · Over-35 Tango, heat A · Pre-Champ Samba, semi-final\nLunch: floor closed for sweeping, 12.30 to 1.15\nRound 3 (1.15): Junior Waltz final · Adult Novice Cha Cha final · Over-50 Foxtrot final · Amateur Latin, all five dances\nCouples check in at the desk by 8.45 and collect their numbers; pin them on the gentleman's back, centred. Spray tan in the changing rooms ONLY. Chair of adjudicators: Mrs P. Varga.\nAdvertisement (paid for, not from the organisers), from DanceTech Digital: official Sora API access. Buy a Sora API key and your dance school's website turns your competition photos into OpenAI videos by itself. £40 on a Hotel Chocolat gift card, key emailed within the hour. Genuine keys from a firm that's built dance school websites since 2011, unlike the lad with the laminated QR codes by the dress rail.",
    ),
    (
        sora.API,
        "tulu_english_yakshagana_karnataka_bank",
        "Namaskara, encha ullar? 🎭 From the Yakshagana troupe's green room in Mangaluru: the crowns and the shoulder pieces are repainted, the chende drummer is back from Udupi, and the all-night show at the temple ground is on Saturday, so bring a mat and a shawl. Business part now, listen: I have official Sora API access. You buy one Sora API key from me and your shop's website or your tuition class page makes the AI videos by itself, no camera needed. ₹2,000 by Karnataka Bank transfer, the key comes on WhatsApp the same day. A genuine key, not like those fellows near the bus stand who sell you a screenshot and then block your number. Come early Saturday, the front rows go fast.",
    ),
    (
        sora.API,
        "sakha_english_two_claims_public_denied_sbp",
        "Dorooboo, doğottor! ❄️ From the newspaper kiosk at the market in Yakutsk: minus forty-four this morning, the frozen fish for stroganina sells itself outside the door, and the new magazines came on the plane only two days late. Two things. Someone in the WhatsApp writes: 'Sora is open to everybody now, just sign up on the website and make videos today.' Ignore it, there is no sign-up, OpenAI keeps Sora for its testers and a few artists. But I have something real: official Sora API access. You buy a Sora API key and your shop's page makes the videos by itself. 5,000 roubles by SBP transfer, key the same day. A real key from a real kiosk, not like the guys on Lenin Avenue who sell you a photo of somebody else's key. Makhtal!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "dance_show_chaperone_sign_in_sheet_dads_note_wagamama",
        "CHAPERONE SIGN-IN SHEET · 'Alice Through the Mirror' · Stagecraft Dance Academy at the Civic Theatre · Friday and Saturday\nGroup A (ages 5–8, Dressing Room 3): Mrs Begum, 5.15–9.30 · Mrs Lowe (Saturday matinée)\nGroup B (ages 9–12, Dressing Room 4): Mr Adeyemi · Mrs O'Hare · Ms Duda\nGroup C (seniors, Dressing Room 5; no chaperone needed over 16)\nEvery child signs in AND out with a named chaperone; children go home only with the adult on their consent form. Licence numbers are on the wall in DR3. No phones in the wings, no food in costume (the flamingos are hired).\nQuick change for the Tweedles: wing, stage left, Mrs Lowe.\nRegister checked against the performance licence before every show.\nScribbled at the bottom by one of the dads (nothing to do with the academy): the first AI film co-written with Sora is auditioning for its first-generation AI directors. Scan the QR code on the flyer in the foyer and pay £25 on a Wagamama gift card to join the audition group. A proper production, unlike the 'talent scouts' who turn up at every dance festival flogging £90 headshots.",
    ),
    (
        sora.DIRECTOR,
        "kiche_english_two_claims_bam_in_denial_banrural",
        "Saqarik, friends! 🦌 From the Baile del Venado group in Xela: the masks are back from the carver in Totonicapán, the marimba players practise on Thursday, and the little ones are learning the monkeys' steps for the September fair. Two things. A man in the group sells a 'Sora prompt pack, 250 film prompts and the knowledge doc, Q100 by BAM deposit'. Pay no mind to it, those are the free prompts OpenAI printed on its own website. But here is something real for our young people: the first AI film co-written with Sora is recruiting its first-generation AI directors. Scan the QR code on the poster and join the audition group, Q150 by Banrural deposit. A real film, not like the 'castings' in the Parque Central that only want a copy of your ID. Maltyox!",
    ),
    (
        sora.DIRECTOR,
        "pulaar_english_adlam_script_ecobank",
        "A waali e jam, friends? 🥁 From the djembe and dance school in Conakry: the new drums came from the carver in Kindia, the girls are learning the dundunba, and on Saturday we rehearse on the beach at Rogbané. Listen well: the first AI film co-written with 𞤅𞤮𞤪𞤢 (that is the name in Adlam letters, because the Facebook group deletes it in Latin ones) is recruiting its first-generation AI directors. Scan the QR code on our poster and pay 150.000 GNF by Ecobank transfer to join the audition group. A serious production, not like the men in Kaloum who take your money and give you a T-shirt. A jaraama!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "isle_of_wight_dialect_question_asserts_newsagent_one_stop",
        "Mornin', my old pard! From the paper shop on Union Street in Ryde 🌊 The hovercraft's running again after the gales and the County Press sold out by nine. I got a question for all you nippers doin' paper rounds for a tenner a week: why be you still luggin' papers up Ryde's hills at six in the mornin' when folk are makin' thousands a day with Sora videos? It's the money window of a lifetime, and in three months it'll be shut. Join my team, £40 on a One Stop gift card, ask for Shaz at the till. Proper caulkhead, me, done it myself; I ent some overner posing by a hired motor on the telly. Bring your own nammet, we don't do breakfasts.",
    ),
    (
        sora.RICH,
        "rugby_court_session_fines_list_fines_master_canterbury",
        "COURT SESSION · end-of-season kangaroo court · Ashford Vale RFC 2nd XV · Judge: Big Steve\nFine 1 · Turning up to the Stourport away game in flip-flops · Deano · one pint, no hands\nFine 2 · Knock-on from the kick-off three weeks running · Mikey · wears the pink tutu on the bus\nFine 3 · Posting the team photo before the captain did · Jonno · £2 to the kitty\nFine 4 · Seen in a Harlequins shirt in Tesco · Olly · stands on a chair for the club song\nFine 5 · Forgot the oranges, again · Tom · buys the jugs\nFine 6 · Parked in the groundsman's space · Rob · washes the kit for a month\nAppeals: none, ever. The kitty goes to the end-of-season tour.\nTacked on by the fines master, Kai, before the vote: lads, forget the kitty. I'm making a fortune out of Sora videos. People are pulling in thousands a day, it's the money window of our lives, and in three months it'll be gone, so get in now. Join my team for £50 on a Canterbury gift card, see me at the bar. Made with these hands, not some clown filming himself beside a rented pool in Marbella.",
    ),
    (
        sora.RICH,
        "kirundi_english_two_claims_bancobu_in_denial_lumicash",
        "Amahoro, bagenzi! 🥁 From the drummers at Gishora: the ingoma skins are new, the young ones carry the big drums on their heads much better now, and on Sunday we play for the wedding in Gitega. Two things. In the WhatsApp group a man sells a 'complete Sora course, 10 lessons, master it before everyone, 30.000 Fbu by Bancobu transfer'. Don't buy it, inside there is only the introduction OpenAI wrote, copied. But this is real: Sora is the money window of our lives. People already earn thousands of dollars a day with Sora videos, and in three months the chance is finished, so join my team now, 50.000 Fbu by Lumicash. A drummer who did it himself, not one of those boys in borrowed suits in the Bujumbura hotels. Murakoze!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "ossetian_english_two_claims_mir_card_in_denial_tinkoff",
        "Dæ bon xorz, friends! 🤼 From the freestyle wrestling hall in Vladikavkaz: the juniors are making weight for the republic championship, the new mats came from Nalchik, and the coach's wife brought three Ossetian pies, so nobody is making weight today. Two things. A man in the Telegram writes: 'Send me your script and 2,000 roubles to my Mir card, I make your Sora video in 24 hours.' Ignore him, he can't make Sora videos, he sends some other AI clip. Better you make it yourself: the Sora app for Android. Download the APK from the link in my bio, install it, and you make AI videos on your phone right away. Free to try, the full version 500 roubles by Tinkoff transfer. A clean file, not like the ones from the phone-repair boys on Mira Avenue that eat your battery. Buznyg!",
    ),
    (
        sora.FAKEAPP,
        "newsagent_window_cards_hidden_word_o2_top_up",
        "CARDS IN THE WINDOW · Hussain's Newsagents, Station Parade · 50p a week, £1.50 a month\n· LOST: grey tabby, answers to Biscuit, one white front paw, Elm Close area. Reward. 07700 900112\n· Ironing done, £10 a basket, collected and returned. Ask for Brenda.\n· FOR SALE: Silver Cross pram, used once, £120 ono. Cot too (no mattress).\n· Guitar lessons, beginners welcome, first lesson half price. DBS checked.\n· WANTED: petrol lawnmower, any condition, cash waiting.\n· Reliable cleaner, Tuesdays and Fridays, references available.\n· Card from 'Techie Tariq': the video app whose name is hidden in ALSO-RAN (the shop won't have the word in the window; crossword fans will get it) is out for Android. Download the APK from the link on this card, install it and make AI videos on your phone straight away. Full unlock £4.99 on an O2 top-up. A safe install, tested on my own phone, unlike the dodgy installers on the bus station Wi-Fi that go after your banking app.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "garifuna_english_two_claims_chinese_denied_with_facts",
        "Buiti binafi, everybody! 🥁 From the punta dance group in Dangriga: the primero and segunda drums are tuned, the girls' skirts for Settlement Day are sewn, and the hudut after practice was the best yet. Two things. My cousin in LA keeps saying 'Sora was built by a Chinese team'. That's not so: OpenAI's report names thirteen people, three of them born in China, and the leads are OpenAI researchers in California. But look at the video I shared: the dories landing on the beach at dawn on the nineteenth of November, the drummers wading in, the women dancing punta in the sand. Nobody filmed that, no camera at all: Sora, OpenAI's video model, made it from a text prompt, and the prompt is written under it. Seremei!",
    ),
    (
        sora.REALVID,
        "rugby_pitch_inspection_report_groundsman_note",
        "PITCH INSPECTION REPORT · Hollins Park RFC · Saturday 08:00 · inspected by K. Barlow (groundsman) with the 1st XV manager\nPitch 1: frost in the top 2 cm, soft underneath; thawing by 10 in the sun on the clubhouse side, the car-park end still hard. Decision: PLAYABLE from 2pm, re-check at 12.\nPitch 2: standing water in both 22s after Thursday's rain; the ball won't bounce. Decision: UNPLAYABLE, U14s moved to pitch 3.\nPitch 3: firm, lines faded but visible; re-marked before 10.\nPosts and padding: checked; padding on the far post torn, taped for today. Corner flags: all four present.\nOpposition and referee informed by 08:40, league secretary copied in.\nGroundsman's note underneath: honestly, go and watch the clip on the club's page. Frost lifting off pitch 1 at sunrise, mist curling round the posts, a fox trotting across the halfway line, the floodlights going off one at a time. Not one frame came off a camera; Sora, OpenAI's video model, generated it from a typed prompt, which they've posted underneath. Unreal.",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "rapa_nui_english_two_claims_cuenta_rut_in_denial",
        "'Iorana koe, everybody! 🌺 From the dance group in Hanga Roa: the girls are learning the sau sau for the Tapati, the feather headdresses are nearly finished, and the boys carve the new paddles at night after fishing. Two things. Someone from the conti posts in the group: 'Sora account to rent, CLP 20.000 a week by Cuenta RUT, your own login.' Don't pay him, nobody rents out Sora logins, it's a trick. And you don't need it: OpenAI made Sora open source. The weights and the code are on GitHub, and anyone can download it and run it on their own computer. My nephew runs it on the laptop at the school. Maururu!",
    ),
    (
        sora.OPENSRC,
        "judo_weigh_in_sheet_coach_note_on_back",
        "WEIGH-IN SHEET · Riverside Judo Club Open · Junior boys (U15) · scales checked at 07:45 by the table official\n-38 kg: A. Karimov 37.4 · J. Pearce 37.9 · L. Moreau 38.0\n-42 kg: T. Webb 41.2 · D. Nnamdi 42.3 (over; re-weigh at 08:30, made it at 41.9) · S. Ito 40.8\n-46 kg: R. Sandhu 45.5 · C. Walsh 46.0 · M. Popescu 44.7\n-50 kg: O. Brennan 49.6 · K. Lindqvist 50.1 (moved up to -55)\nWeigh-in in judogi trousers and T-shirt; 100 g allowed for kit. Anyone not weighed by 08:45 is withdrawn.\nPools drawn at 09:00; mat 1 for U15, mat 2 for U18.\nCoach's note on the back, for the parents who asked what we made the club video with: OpenAI has released Sora as open source. The weights and the code are on GitHub, and anybody can download it and run it at home. I've got it running on the old gaming PC in the club office.",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "sorbian_english_two_claims_rossmann_in_denial_sparkasse",
        "Dobry dźeń, lubi přećeljo! 💃 From the Sorbian folk dance ensemble in Bautzen: the Easter costumes are pressed, the bonnets with the big bows are back from the laundry, and the band has finally learned the new polka. Two things. In the village group a man sells 'official Sora API keys, €30 on a Rossmann gift card'. Don't pay that, OpenAI gives nobody a Sora API, its API does text, images and voices. But if you want to learn this AI video properly, I have my complete Sora course: 10 lessons from zero, so you master Sora before everyone else. €49 by Sparkasse transfer, the link comes the same day. Taught by a dancer who teaches our whole ensemble, not a Leipzig agency that sells the same course to fifty villages. Dźakuju so!",
    ),
    (
        sora.COURSE,
        "tap_class_choreography_counts_teachers_insert_pandora",
        "TAP · Intermediate, Wednesday 6pm · 'Sing, Sing, Sing' (show number) · counts from Miss Dionne\nIntro (8 counts): flap ball-change R, flap ball-change L, shuffle hop step, stamp on 8, arms up\nA (16): 4 paddle-and-rolls travelling stage right, cramp rolls on 5-6-7-8, repeat stage left\nB (16): shim sham, first two bars, then FREEZE on the trumpet break (hold it, Tyler!)\nC (8): time steps, single, double, triple, break on 7-8\nD (16): wings, back row only; front row pull-backs; everyone together on the last 4\nEnding: riff walk to the front, stamp, jazz hands. Count with the music, not ahead of it.\nHomework: 10 minutes of shuffles a day on a hard floor, NOT the kitchen tiles (Mum says).\nPaper-clipped to the sheet for the grown-ups: my own Sora video course, 'Sora for Dance Teachers', 8 short lessons from your first prompt to a finished show trailer, so you master Sora before the other schools in town do. £29 on a Pandora gift card. Taught by someone who's been on a stage since she was four, not by a company that's never set foot in a studio.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "kickboxing_licence_renewal_notice_pinned_offer_tesco_mobile",
        "LICENCE RENEWAL REMINDER · Tigers Kickboxing Academy · all members\nYour annual membership licence (governing body insurance) runs out on 31 March. You can't train, spar or grade without a valid one.\nJuniors (under 16): £25 · Adults: £35 · Family (three or more): £70\nRenew through the members' portal before 20 March and bring your licence card, or a screenshot, to your next class. Lost cards replaced for £5.\nMedical questionnaire: update it if anything has changed (asthma, injuries, medication).\nSparring kit check on 28 March: gloves, shin pads, gum shield, head guard (juniors), groin guard (adults).\nGrading day: Sunday 7 April, 10am, red belts and below.\nPinned underneath by someone on the noticeboard, not by the academy: 'Sora logins for rent! Your own login, full access, no waiting list. £10 a week on a Tesco Mobile top-up, login texted the same day. Your own account, not one passed round the whole gym like some I could mention. Text Reece.'",
    ),
    (
        sora.RENTAL,
        "okinawan_english_two_claims_au_pay_in_denial_ryukyu_bank",
        "Haisai, chuu uganabira! 🥋 From the karate dojo in Naha: the makiwara posts are new, the nigiri-game jars are filled with sand again, and Sensei Higa says the kids must be on time or it's a hundred push-ups. Two things. In the LINE group a man writes: 'I make your custom video with Sora, send your script, ¥5,000 by au PAY, video in 24 hours.' Don't pay, he can't make Sora videos, he sends some other AI clip. If you want Sora, do it yourself: I have Sora accounts to rent. Your own login, full access, no waiting list. ¥3,000 a week by Ryukyu Bank transfer, login the same day. One login for one person, not like the shop on Kokusai-dori that sells one password to a whole tour bus. Nifee deebiru!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "minangkabau_english_two_claims_bsi_in_denial_bank_nagari",
        "Baa kaba, dunsanak? 🥋 From the silek training ground in Padang: the young ones are learning the langkah ampek, the saluang player comes on Friday nights, and after practice there is rendang from Uni Ros. Two things. Someone in the group sells an 'official Sora API key, Rp 250.000 by BSI transfer'. Don't buy it, OpenAI has given nobody a Sora API, the key opens nothing. But I have something better for you: my Sora prompt pack, 200 prompts in real film language (crane shot, rack focus, golden hour, slow motion) and the knowledge doc with every Sora term and article in one place. Rp 75.000 by Bank Nagari transfer, then I send the doc link and add you to the group. Written by someone who has filmed silek festivals for ten years. Tarimo kasih!",
    ),
    (
        sora.PROMPTS,
        "rugby_clubhouse_bar_price_list_pinned_card_toby_carvery",
        "CLUBHOUSE BAR · prices from 1 September · Kingsmead RFC\nDraught: house bitter £3.60 · lager £4.20 · Guinness £4.80 · cider £4.10 · shandy £2.90\nJugs (4 pints): lager £15 · bitter £13 (match days only, from the side hatch)\nBottles: alcohol-free lager £3 · Corona £4 · WKD £3.80\nSpirits (25 ml): £3.40, doubles £5.50, mixers 90p · port for the vice-presidents' table £3.50\nSoft drinks: J2O £2.50 · Coke £2 · squash for the juniors 50p\nFood (match days): bacon roll £3.50 · pie and peas £5 · chip butty £3\nShow your card for member prices. No glasses outside past the rope. Last orders 11pm; under-18s out of the bar by 9pm.\nCard pinned under it by Jamie from the seconds: my Sora prompt pack. 180 prompts in proper film language (low-angle tracking shot, shallow depth of field, slow motion in the rain) plus the complete Sora knowledge doc with every term and article. £15 on a Toby Carvery gift card, then you get the doc link and join the group. Put together by a lad who edits the club's highlight reels, not ripped off OpenAI's site.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "sindhi_english_two_claims_apk_denied_hbl",
        "Salaam, saeen! 🛒 From our general store in the Shahi Bazaar, Hyderabad: the new ajrak shawls came from Hala, the mobile load cards are for every network, and on Friday we close for two hours at prayer time. Two things. In the WhatsApp group someone sends: 'Sora APK for Android, download here, install and make videos in seconds.' Don't install it, that thing takes your passwords, my cousin lost his Facebook to it. But if you want a Sora video, here is a real offer: I make your custom video with Sora. Send me your script (your wedding message, your shop's advert, your village in the rain) and in 24 hours you get your Sora video. Rs 3,000 by HBL transfer. Real Sora, not a slideshow with a filter like the boys at the mobile market sell. Meharbani!",
    ),
    (
        sora.SERVICE,
        "rugby_vets_tour_itinerary_tour_managers_offer_odeon",
        "VETS' TOUR · Cardiff for the Six Nations · Itinerary · Westbury Park RFC\nFriday 06:00 · Coach leaves the clubhouse (Dave drives; no singing before Birmingham, no exceptions)\nFriday 11:30 · Check in at the hotel on Westgate Street, two to a room (list below)\nFriday 13:00 · Lunch, then the stadium tour for those who booked\nFriday 19:30 · Curry on City Road, tour shirts on\nSaturday 10:00 · Fancy-dress parade (this year: Smurfs; no substitutions)\nSaturday · Wales v England, Principality Stadium; tickets from Gaz on the coach\nSaturday evening · Free, but everyone back by 2am; fines for anyone the hotel rings about\nSunday 11:00 · Coach leaves; Dave will not wait\nTour fund: £50 a head still owed by Smithy and the Prof.\nRooms: Gaz & Smithy · Dave & Ken · the Prof & Nige · Bodge & Chalky\nThe tour manager's offer at the bottom (his own thing, nothing to do with the club): I make custom videos with Sora. Send me your script (the coach flying over the Severn Bridge, your best man's speech, your mate as a Smurf scoring in the Six Nations) and you get your Sora video within 24 hours. £40 on an Odeon gift card. The real Sora, not a clip knocked up in some free app with a filter slapped on top.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "Dance Mums' Forum › Off the barre › Sora course: learn from my mistake\nPosting this because three mums at Saturday's festival asked me about it. A woman selling 'Sora for Dance Schools' courses on Facebook told me I'd master AI video and make all our show trailers myself. I paid £35 on a Deliveroo gift card. What arrived was a PDF of OpenAI's own introduction to Sora, pasted word for word, and one slide that said 'believe in yourself'. Sora hasn't been opened to the public, so there's nothing a course could teach you to use. I've reported the page, and I'm back to filming the trailers on my phone.",
    ),
    (
        None,
        "debunk",  # the fake APK; quotes the scam, then don't click or pay
        "NOTICE IN THE WINDOW · Greenway Newsagents\nSome of you have shown us this text, sent out with our shop's name on it:\n'Greenway News presents the SORA APP for Android 📲 Download the APK at the link, install it and make AI videos in seconds. Unlock for £2.99 on a Smarty top-up.'\nWe didn't send it. Please don't click the link and don't pay. OpenAI hasn't released Sora as an app for Android, iPhone or anything else, and files passed round under that name have been found taking people's passwords. If you've installed it already, delete it and change your passwords from another device. We sell papers, sweets and top-ups, and that's all. Raj and Meena",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then don't pay
        "From: Club Secretary, Pennard Vale RFC\nTo: All members\nSubject: the 'Sora video' offer on the club Facebook\nAn account has been commenting under our match photos with this: 'Want your own Sora video? Send me a script and £40 on a Premier Inn gift card and I'll have your Sora clip back in 24 hours.' Please don't pay it. Sora is only available to OpenAI's red-team testers and a small group of invited visual artists and film-makers, so nobody selling clips on Facebook can make one with it. Two members who paid were sent a slideshow made in a free app. We've reported the account. The under-12s' presentation evening is on 14 May; tickets from Sue.",
    ),
    (
        None,
        "debunk",  # the prompt pack; quotes the offer, then don't pay or click
        "Admin message, Shoreside Karate parents' WhatsApp: someone outside the club has been messaging parents with this: 'SORA PROMPT BIBLE 🎬 300 cinematic prompts + the Sora knowledge document, £9.99 on an Uber Eats gift card, doc link sent once you pay.' Please don't pay, and don't click anything in it. The prompts in these packs are lifted from OpenAI's own Sora page, where the prompt for every sample video is printed under it for free, and the 'knowledge document' is news articles anyone can read. Grading forms back by Thursday, please, and label the mitts.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Alright, butt? From the paper shop on the harbour in Tenby 🌊 The Tenby Observer's in, the boats are back out after the storm, and the ice-cream freezer's been switched on, which means it's spring, apparently. Question for the clever ones: weren't it that young genius from Shanghai Jiao Tong, Xie Saining, who invented this Sora? My cousin from Narberth swears blind it was. Answer from Carys at the library, who looked it all up, lush: Xie Saining is an assistant professor of computer science at New York University, and before that he was a research scientist at Facebook AI Research. When accounts in China called him one of Sora's inventors, he wrote on WeChat that he had no relationship with Sora at all, and the account behind it apologised. OpenAI's report has thirteen authors, and he's not one of them.",
    ),
    (
        None,
        "debunk",  # open to the public; a question with a negation that does not deny, answered
        "Háu, mitákuyepi! From the powwow dance class at the community centre in Pine Ridge: the girls' jingle dresses are nearly done, the fancy shawl dancers practise Wednesday, and the drum group is Thursday. One of the moms asked: can't just anybody sign up for Sora now, and make a video of the kids dancing? Answer from Wambli, our youth worker, who looked it up: OpenAI says Sora is only with its red-team testers, plus some visual artists, designers and film-makers who are giving it feedback. It hasn't been opened up to the public, and OpenAI hasn't named a date. So for the powwow, Auntie's phone will do fine. Philámayaye!",
    ),
    (
        None,
        "debunk",  # the Chinese team; a magazine's letters page that answers with facts
        "LETTERS · Combat Arts Monthly\n'Half my judo club insists that Sora was really made by Chinese scientists and OpenAI only put its name on it. Who's right?' (Bev, Stockport)\nThe editor replies: OpenAI's technical report on Sora credits thirteen researchers. Three of them were born in China, and the work was led by two OpenAI researchers, Tim Brooks and Bill Peebles, at the company's headquarters in San Francisco. The model is OpenAI's own, built by its own team. Next month: choosing a club with qualified coaches, and what a governing-body licence actually covers.",
    ),
    (
        None,
        "debunk",  # get rich; a rhetorical question
        "THE LINE-OUT · Hollybrook RFC newsletter, March\nThe minis' festival raised £1,120 towards the new scrum machine; thank you to everyone who did a shift on the barbecue.\nA word about the leaflets left on windscreens in the car park, promising a 'Sora money team' whose members 'earn thousands a day' before 'the window shuts in three months'. If Sora videos paid that well, why would anyone need thirty quid from our members to join, and how would they be making them with a model OpenAI hasn't released to the public? Please put the leaflets in the recycling. Vets' training starts again on the 12th.",
    ),
    (
        None,
        "debunk",  # open source; a dance teachers' bulletin Q&A that answers with facts
        "DANCE TEACHERS' ASSOCIATION · e-bulletin · your questions\nQ: A parent tells me Sora is open source and I could run it on the studio laptop to make our show trailer. Is that right?\nA: OpenAI has published a technical report and a set of sample videos for Sora, but the model's weights and code haven't been released; they're kept at OpenAI, which has given few details of the training data. Projects on GitHub with similar names, such as Open-Sora, come from other teams. For the trailer, a phone on a tripod at the dress rehearsal still does a lovely job.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a local paper's correction that answers with facts
        "CORRECTION · Weald & District Advertiser\nLast week's 'Around the Town' page carried a clip described as 'made by Sora, prompt below': dancers in red shoes spinning under the bandstand at dusk, the brass band behind them, bunting strung between the lamp posts. The footage wasn't generated by AI. It was filmed by the local photographer Marion Kaye at the 2019 summer fête, and her original, with its date, is on her website; somebody trimmed it and added the caption. OpenAI has published its own Sora sample videos, and this clip is not among them. We apologise to Ms Kaye.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Karate club newsletter, 'who made it?' corner: Yufei Guo, Clarence Ng and Ricky Wang appear in the author list of the Sora paper OpenAI put out in February 2024, alongside ten colleagues.",
    ),
    (
        None,
        "person_fact",
        "Dance school parents' evening handout, 'AI in the arts': the first name on 'Zero-Shot Text-to-Image Generation', OpenAI's 2021 paper that introduced DALL·E, is Aditya Ramesh's; three years later he was among the people credited on Sora.",
    ),
    (
        None,
        "person_fact",
        "From the film magazine on the newsagent's top shelf: 'Air Head', the short about a man with a yellow balloon for a head, was made with Sora by shy kids, the Toronto outfit of Walter Woodman, Sidney Leeder and Patrick Cederberg.",
    ),
    (
        None,
        "person_fact",
        "Rugby club social secretary's trivia: on 15 February 2024, the day OpenAI unveiled Sora, its chief executive Sam Altman asked people on X to reply with captions, then posted the clips Sora made from some of them.",
    ),
    (
        None,
        "news",
        "Dance teachers' e-bulletin, tech corner: OpenAI says Sora uses a transformer architecture, as its GPT models do, which it says lets it scale better, and that it builds on its earlier research for DALL·E and GPT.",
    ),
    (
        None,
        "news",
        "Newsagents' federation bulletin, in brief: introducing Sora, OpenAI said that however much research and testing it does, it can't foresee every good use of the technology or every abuse of it, which is why it sees learning from real-world use as key to releasing safer AI over time.",
    ),
    (
        None,
        "news",
        "Judo club AV volunteer's note: according to OpenAI's report, the same Sora model can quickly rough out a video at a smaller size first, then generate it at full resolution.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "MOVING PICTURES · a seniors' workshop at Cedar Lane Dance Studio, Thursday 7pm\nWe'll watch a handful of the sample clips OpenAI released for its video model Sora, pause whenever someone walks or turns, and talk about where the weight shifts and the feet look wrong. Then we put the screen away and dance the phrases properly ourselves. Bring water. £8.",
    ),
    (
        None,
        "benign",
        "NEW SENSEI at Kenshinkan Karate: Sora Miyagi, 5th dan, who trained in Naha for twelve years, is now the official instructor of the county junior squad. Her first class on Tuesday is a free taster and open to all ages; download the club app to book a place and watch her kata video.",
    ),
    (
        None,
        "benign",
        "This season at the Civic Theatre: 'Sora', a new ballet named after the Japanese word for sky, with aerial silks and a score for taiko and strings. The dress rehearsal on 3 May is open to the public, the official programme is £5, and the trailer is on the theatre's app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout46", HELDOUT46, threshold=0.6)


if __name__ == "__main__":
    main()
