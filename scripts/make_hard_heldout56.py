# ruff: noqa: E501
"""Write the fifty-sixth English held-out set (tests/data/hard_en_heldout56_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it,
and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour /
scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other seven; the
seven with three are the inventor rumour, open to the public, the official app, the Chinese team, API access, the
director group and get rich, the same seven as in the forty-eighth, fiftieth, fifty-second and fifty-fourth
sets). Its theme, to keep it apart from the earlier sets: triathlon clubs (a transition racking list, a bike
course marshal sheet, a brick session card, a club's Facebook group and a coach's email; Challenge Roth and the
Solarer Berg, the Lendkanal at Klagenfurt, Mirror Lake at Lake Placid, Jurerê at Florianópolis, Pantai Cenang on
Langkawi, Hobie Beach at Gqeberha, Chankanaab on Cozumel); folk clubs and music sessions (a singaround's singers'
list, a festival's session trail, a guest night's door tally, a concert's sound-desk channel list; Doolin and the
Willie Clancy week, Hardanger fiddles at Voss, the spelmansstämma at Bingsjö, launeddas at Cabras, a kemençe
horon in a Trabzon türkü house); woodcarvers (a relief-carving course's tool list, a members' wood swap, a
commission's cutting list; Oberammergau, Inami's ranma, the sheesham jali of Saharanpur, Makonde blackwood at
Mtwara, the woodcarving school at Brienz, Hanunoo Mangyan bamboo carvers above Mansalay); gliding clubs (a daily
flying list, a glider's daily inspection book, a hangar packing plan, ground school; the Wasserkuppe, Omarama and
the Mackenzie wave, Leszno, Vinon-sur-Verdon, Ontur, Rieti). Triathlon clubs, folk clubs and woodcarvers are
three of the four themes the brief proposed; the fourth, sea-swimming groups, was replaced, because earlier sets
already had swimming as their world: the forty-fifth set's theme is "swimming pools, lidos and swimming clubs" (a
swim coach's training set, a swimming open meet's programme, a lido plant room's log, a swimming club's lost
property list, a lido season ticket's terms), and zh_heldout40 has swimming pools among its genres (游泳馆, 救生员,
深水证, a pool's entry rules, a swim meet's results sheet, swim coaches); a sea-swimming group would be one more
swimming club. Gliding clubs stand in for it. None of the four was the theme of an earlier set (the kinds,
docstrings and posts of the earlier English and Chinese sets were searched for triathlon, triathlete, Ironman,
duathlon, transition area, brick session, open water, wild swim, dryrobe, folk club, folk session, trad session,
singaround, floor spot, bodhrán, uilleann, woodcarv, wood carv, whittl, lovespoon, gliding, glider, sailplane,
soaring, aerotow, airfield, 铁人三项, 民谣, 木雕, 根雕, 雕刻 and 滑翔: none of them is in an earlier post, kind or
docstring, but for "a wood carver" in zh_heldout48's docstring, its furniture factory's 雕花师傅; "swim" is the forty-fifth set's and zh_heldout40's pools, "wetsuit" one line in the forty-seventh set (sea swimmers at Blackrock, another reason to leave sea swimming alone),
"ceilidh" the thirty-third set's ceilidh band booking form, "fiddle" and "melodeon" the fifty-second set's morris
musicians and luthiers, "carving" and "gouge" a luthier's scroll, a bonsai club's jin and Sheridan leather (and "gouge" once as slang), "flying club" the
fortieth set's pigeon fanciers, and "winch" the forty-ninth set's caving club's winch meet). The worlds next to these are kept at a distance: the
triathlon posts keep the swim to lakes, the sea and a canal, with no pool, lane, swim set or lido, and have no
chain gang, sportive, club run or parkrun (the forty-fourth set's cycling clubs); the folk posts have no morris
side, tune list, booking form or instrument maker (the fifty-second and thirty-third sets); the woodcarvers have
no furniture factory (zh_heldout48's 雕花师傅), no lathe or men's shed (the forty-eighth set), no stone; the gliding
posts have no balloon and no pigeon (the fifty-first and fortieth sets). So are the themes of the set written at
the same time on another branch, not seen by this writer (hard_en_heldout55: model engineering societies,
fell-running clubs, tall-ship sail-training crews, stone carvers): no model locomotive, fell race, sailing ship or stone carving appears (only a pub called the Ship and a carver's slipstone). In
English varieties, dialects and registers the earlier sets do not use (where an earlier set has a national
variety, such as Swiss German-, Swahili-, Bavarian-, Japanese-, Turkish- or Norwegian-English, or Hinglish, the variety
here is a regional one none of them names). Styles the earlier sets do not use (their kinds and docstrings were searched for
each; a catalogue, a score sheet, a rota, a kit list and a booking diary are earlier styles, so the carvers' show
catalogue of the first plan became a members' wood swap list): a gliding club's daily flying list with the duty
instructor's note, a folk club's singers' list with the organiser's note, a relief-carving course's tool list with
the tutor's note, a triathlon's transition racking list with a card pinned to it, a folk festival's session trail
with a flyer tucked in, a woodcarvers' wood swap list with a member's pitch, a glider's daily inspection book with
a card slipped in, a triathlon's bike course marshal sheet with the race director's note, a carving commission's
cutting list with the carver's note, a folk club's door tally with an insert, a gliding club's hangar packing plan
with an offer pinned next to it, a triathlon club's brick session card with a paid notice, and a folk concert's
sound-desk channel list with a card left on the desk; the debunks take shapes the earlier sets know: a tri club's
Facebook group post, a woodcarvers' association's email to members, a gliding club safety officer's notice, a folk
club newsletter's "beware" box, two posts in dialect, a coach's weekly email, a gliding club's ground school
questions, a folk forum moderator's reply and a triathlon association's FAQ; dialects and registers
(Carinthian-English (Klagenfurt), Adirondack English (Lake Placid), Manezinho Portuguese-English (Florianópolis),
East Hessian-English (the Wasserkuppe), Franconian-English (Roth), Clare English (Doolin), Mackenzie Country New
Zealand English (Omarama), Campidanese Sardinian-English (Cabras), Greater Poland Polish-English (Leszno),
Provençal French-English (Vinon-sur-Verdon), Khari Boli Hindi-English (Saharanpur), Vossamål Norwegian-English
(Voss), Dalmål Swedish-English (Bingsjö), Toyama-ben Japanese-English (Inami), Manchego Spanish-English (Ontur),
Hanunoo Mangyan-English (Mansalay), Kedah Malay-English (Langkawi), Werdenfels Bavarian-English (Oberammergau),
Black Sea Turkish-English (Trabzon), Reatino Italian-English (Rieti), Eastern Cape English (Gqeberha), Quintana
Roo Spanish-English (Cozumel), and in debunks Makonde Swahili-English (Mtwara) and Bernese Oberland Swiss
German-English (Brienz), and the registers of a flying list, a singers' list, a tool list, a racking list, a
session trail, a wood swap list, a daily inspection book, a marshal sheet, a cutting list, a door tally, a hangar
packing plan, a brick session card and a channel list); three questions that assert the claim, each with a
negation (a Roth triathlete's "Allmächd, habt's ihr des fei net gsehn? Haven't you seen that OpenAI has put out the
official Sora app?", a Voss fiddler's "Har de ikkje høyrt? Haven't you heard that the first AI film co-written with
Sora is auditioning its first-generation AI directors?", an Inami carver's "Kiitotta-ke? Haven't you heard? People
are making thousands a day off Sora videos"; the fifty-third and fifty-fourth sets both had open to the public as
a question, so the questions here fall on the official app, the director group and get rich); posts that mention
two claims, asserting one and denying the other: the brief asks that the claim asserted in every such post be one
of this set's seven three-post templates (the other English set written at the same time asserts only from its
own seven). All ninety-one pairs that assert one of the seven and deny another template are already in the
forty-first to fifty-fourth sets (as their docstrings and kinds list them: seven a set from the forty-first to the
fiftieth, twelve in the fifty-second and twelve in the fifty-fourth; the forty-ninth and fiftieth sets repeat the
Chinese team but not the APK, and the forty-seventh and forty-eighth the official app but not a prompt pack and API
access but not a generation service), so the pairs here are the ones whose last use is oldest. Seven were last used
by the forty-first set, one asserting each of the seven (the inventor rumour but not the APK; open to the public
but not open source; the official app but not the "made by Sora" clip, which is real footage; a Chinese team but
not a course; API access but not the director groups; the director group but not account rental; get rich but not
the inventor rumour), and seven next by the forty-second (the inventor rumour but not API keys; open to the public
but not a course; the official app but not get rich; a Chinese team but not a generation service; API access but
not a Chinese team; the director group but not open source; get rich but not the APK), of which five are used: the
four whose denied template no forty-first pair denies (API keys, get rich, a generation service, and the Chinese
team, answered with the report's thirteen authors) and open to the public but not a course, rather than the
director group but not open source or get rich but not the APK (all three deny a template a forty-first pair
already denies), so that the director group and get rich are asserted once each and take the questions with the
official app. So there are twelve, each used once; the inventor rumour, open to the public, the official app, the
Chinese team and API access are asserted twice and the director group and get rich once; the course is denied
twice, ten other templates once each (the APK, API keys, open source, the clip, get rich, a generation service,
the director groups, the Chinese team, account rental, the inventor rumour), and open to the public, the official
app and the prompt pack never. All twelve quote the post or offer they deny, each with a short dismissal before the
claim ("des is a Topfen, that's rubbish", "don't bite, that one's a skunk", "que tolice, what nonsense", "des is
alles Gebabbel, that's just chatter", "that's pure codology", "yeah nah, that's a load of rubbish", "est una faula,
it's a fib", "to są bzdety, that's nonsense", "es de bestiso, it's nonsense", "sab bakwaas hai, it's all rubbish",
"det är bara snack, that's just talk", "eso es una trola, that's a fib"); claims in passing late in long posts (the
flying list, the singers' list, the tool list, the marshal sheet and the cutting list, and the scam notes under the
racking list, the session trail, the wood swap list, the inspection book, the door tally, the packing plan, the
brick session card and the channel list); new obfuscation (Hanunoo letters "ᜰᜳᜭ" (su-ra, the script writing o with
the u mark), "the way we incise them into bamboo", from a Mangyan carver in Mindoro; the Turkish children's bird
language kuş dili, "Sogoraga" (a G and the vowel again after every vowel), in a Trabzon kemençe player's course;
and the Italian alfabeto farfallino, "Soforafa" (every vowel doubled with an F between), from a Rieti glider pilot
renting accounts; none of them in an earlier post, kind or docstring, where the cousins jeringonza, javanais,
rövarspråket, kontinkieli, the B-language and Baybayin are); prices in currencies and payment methods the earlier
sets did not use (£45 on a Sigma Sports gift card, €60 by Caisse d'Épargne transfer, ₹1,999 by Punjab National
Bank transfer, £25 on a Hobgoblin Music gift voucher, 400 kroner by Sparebanken Vest transfer, 300 kronor by
Länsförsäkringar Bank transfer, £39 on a Rutlands gift card, ¥5,000 by Hokuriku Bank transfer, €40 by Globalcaja
transfer, £4.99 on a Pooleys gift card, ₱250 by Landbank transfer, £29 on a Reverb gift card, ₺750 by İş Bankası
transfer, £15 a week on a Transair gift card, €15 a week by Fineco transfer, £17 on a Runners Need gift card, R199
on a Checkers gift card, £35 on a Thomann gift voucher, $600 pesos by Hey Banco transfer; in denials €4.99 on a
Hofer gift card, $40 on a Stewart's Shops gift card, €39 on a tegut gift card, NZ$99 on a Kathmandu gift card, €29
by Banco di Sardegna transfer, 80 zł by ING Bank Śląski transfer, €20 on a Leclerc gift card and 99 kronor a week
on an ICA gift card; in the loss report £30 on a Tredz gift card, and in the quoted scams £12 a week on a Jewson
gift card, £2.99 on a Wilko gift card, £35 on a See Tickets gift voucher and £49 on a Merlin Cycles gift card);
scams vouching for themselves or swiping at competitors in new words ("From a coach who's raced this course eleven
times, not a keyboard warrior in a box room selling keys he found on a forum", "From a pilot who has flown these
mountains for twenty-two summers, not one of those lads in Marseille who change their number every month", "From a
carver whose family has cut sheesham in this lane for four generations, not those fellows by the Ghanta Ghar who
sell you a charger that melts", "A proper film company with an office and a crew, not a lad in a camper van with a
drone and a dream", "Real film people from Stockholm, not those boys at the Falun market who sell you a 'movie
role' and a T-shirt", "I'd put my best lime board on it, and you all know how I feel about that board", "Money in
your hand before the next competition, on the word of a man who has flown here since this field was barley",
"Clean as a new canopy; forty pilots in three clubs have it on their phones already", "Not like the apps from the
stalls in Calapan that fill your phone with gambling ads", "Taught by a fiddler who's run sessions in this county
for thirty years, not a marketing boy who thinks a jig is a kind of saw", "Ask anyone at the Sunday session, I
teach the kids here for nothing", "Every login tested by me before it goes out, so it works first time", "Fourteen
club pilots log in with mine every weekend and not one has been thrown out", "Put together by someone who has
filmed triathlons for the local paper since 2009, so these are the shots that work on a wet Sunday", "it's not some
okes' list off Facebook, it's my own, typed up after every race this season", "Every clip made on the real thing
and sent with the prompt I used, so you can see there's no trick", "Ask the dive shops on Rafael Melgar, half of
them have ordered from me"); ten debunks and warnings in several styles (one first-person loss report: a tri club's
Facebook group post (a course, OpenAI's introduction pasted into a PDF with "Give yourself a chance!" on the last
page); three that quote a scam offer and then tell the reader not to pay or install: a woodcarvers' association's
email (account rental), a gliding club safety officer's notice (the APK) and a folk club newsletter's "beware" box
(a generation service, with Sam Altman making clips from people's prompts on X for nothing); two questions that
contain a negation but do not deny the debunk, each answered in the same post with facts: a Mtwara carver's
"wasn't it a young genius from Shanghai Jiao Tong, Xie Saining, who invented Sora?" (the inventor rumour) and a
Brienz apprentice's "isn't the Sora app in the App Store now, gäll?" (the official app, where the fifty-fourth
set's pair was the inventor rumour and open to the public); one rhetorical question (a tri coach's email, get rich,
where the fifty-third and fifty-fourth sets' rhetorical questions were on the director group); three more that answer with facts and
no plain "no": a gliding club's ground school (a Chinese team, answered with the report's thirteen authors, three
born in China, and its two leads at OpenAI), a folk forum moderator's reply (the "made by Sora" clip, a real
festival session filmed in 2016, against OpenAI's 48 samples on its website) and a triathlon association's FAQ
(open to the public, answered with the developer relations lead's statement that Sora is in internal testing with
no date set)); four true facts about the people who led Sora, each in a post that also says Xie Saining was not
one of its inventors, none of them a fact an earlier set, English or Chinese, used (Bill Peebles's undergraduate
computer science at MIT, where he worked on GANs and text-to-video, and his internship with NVIDIA's deep learning
and self-driving teams; Aditya Ramesh among the authors of CLIP, OpenAI's 2021 paper 'Learning Transferable Visual
Models From Natural Language Supervision', trained on 400 million image-and-caption pairs; Ramesh among the 31
authors of 'Language Models are Few-Shot Learners', the 2020 paper that introduced GPT-3 and its 175 billion
parameters; Tim Brooks among the Google Research authors of 'Handheld Mobile Photography in Very Low Light' (2019),
handheld phone photos without flash in light as low as 0.3 lux; earlier sets had Peebles's DiT with Xie, his
Berkeley PhD with Efros, G.pt, his Meta internship, his NSF fellowship, the Hessian Penalty and GANgealing,
Brooks's Berkeley PhD, Carnegie Mellon degree, Pixel camera and NVIDIA work in general, InstructPix2Pix, the
motion-blur, Unprocessing, long-videos and pose-compatible-scenes papers, G.pt, DALL·E 3, his photography, MIT
Technology Review's list and his move to Google DeepMind, and Ramesh's DALL·E and DALL·E 2 papers, his NYU degree,
LeCun's lab and internship, and the No Priors podcast; the facts about Xie Saining's own career are left to the
other English set written at the same time), three items of real news about other organisations' video models
that no earlier set used (Google's Veo, unveiled at I/O in May 2024, 1080p clips from text, image or video prompts
that can run beyond a minute, with Demis Hassabis on storyboarding and longer scenes; the Runway and Lionsgate
partnership of September 2024, a custom model trained on the studio's film and TV library for its own film-makers,
starting with storyboards, Runway's first with a Hollywood studio; Moonvalley's Marey, named after Étienne-Jules
Marey and built with Asteria, trained only on footage the company owns or has licensed, HD clips up to 30 seconds;
the earlier sets have Veo 2's 4K and Veo 3's sound (zh_heldout37 and zh_heldout34), Runway's Gen-1 to Gen-4 and
Act-One and its chief executive's "game on", but not Veo's launch, Lionsgate or Moonvalley; OpenAI's report is
left to the other English set written at the same time), and three posts that are not claims: one on topic (a
fiddler's blog noting that OpenAI's Sora samples are silent) and two off topic that share its surface words (a
two-seat glider named 'Sora', an air day "open to the public", trial flights through "the club's official app"; a
carved lime-wood kite called 'Sora' in a gallery "open to the public", its audio guide on "the mill's official
app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through
the fifty-fourth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper
bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the fifty-fifth set,
written at the same time on another branch, was not in this tree, and the check against it is left to the lead.
``--check`` prints the highest ratio and every post at 0.6 or more (0.397 when it was committed, the person fact on Bill Peebles against the forty-first set's newsletter item on Sora's failure modes; the
first draft's highest, 0.452, was its off-topic glider open day against the fifty-fourth set's saddlery open day,
and it was rewritten). It was committed before any run of the monitor on it; nothing is chosen on it, it is read
once, by the lead, with the final code.

Sources for the facts about Sora's leads, the news and the obfuscations (looked up with the search tool, besides
the seeds): Bill Peebles (a Taiwanese business report of February 2024 on the Sora team, gfe-desktop.cnyes.com/news/
id/5456839: "William Peebles 大學就讀 MIT，主修電腦科學，參加了 GAN 和 text2video 的研究，也曾在輝達深度學習與自動駕駛團隊實習";
besthub.dev's article on Sora: "MIT graduate who studied GANs and text-to-video, interned at Nvidia's deep-learning
and autonomous-driving teams"); CLIP (hyper.ai/en/papers/2103.00020, its author list: Radford, Kim, Hallacy, Ramesh,
Goh, Agarwal, Sastry, Askell, Mishkin, Clark, Krueger, Sutskever, and its abstract, "a dataset of 400 million
(image, text) pairs collected from the internet"; labindex.ai/outputs/openai/clip: ICML 2021); GPT-3 (the BibTeX
entry of arXiv 2005.14165 in public repositories, found with the search tool's string look-up: "Tom Henighan and
Rewon Child and Aditya Ramesh and Daniel M. Ziegler", thirty-one names from Tom B. Brown to Dario Amodei; the
abstract, as carried by ainews.cx: "GPT-3, an autoregressive language model with 175 billion parameters");
Brooks's low-light paper (scribd.com/document/468679020, its first page: Orly Liba, Kiran Murthy, Yun-Ta Tsai, Tim
Brooks, Tianfan Xue and others, Google Research, arXiv:1910.11336, 24 October 2019; the abstract at
paperswithcode.com and ar5iv.labs.arxiv.org/html/1910.11336: "photographs in light as low as 0.3 lux ... To permit
handheld photography without flash illumination"); Veo (techcrunch.com/2024/05/14/google-veo-a-serious-swing-at-
ai-generated-video-debuts-at-google-io-2024: "1080p video clips around a minute long", Hassabis: "We're exploring
features like storyboarding and generating longer scenes"; oodaloop.com, 16 May 2024: "HD videos from text, image,
or video prompts ... 1080p videos lasting over a minute"); Runway and Lionsgate (tvtechnology.com: "a new AI model,
customized to Lionsgate's proprietary portfolio of film and television content ... the first collaboration between
Runway and a Hollywood studio"; streamtvinsider.com: a library of more than 20,000 titles, John Wick and The Hunger
Games, storyboarding first; Fortune's report as carried by a cloudfront.net mirror; dataphoenix.info: announced a
day after California's governor signed AB 2602, in September 2024); Marey (Variety, as carried by topnews.com:
"dubbed 'Marey,' after early cinema pioneer Étienne-Jules Marey", Moonvalley with Asteria; TechCrunch's report as
carried by andrelug.com: trained on "owned or fully licensed" data, HD clips up to 30 seconds; ibm.com/think/news/
moonvalley-ethical-ai-movies: released in July 2025, trained on licensed content); Hanunoo (the Unicode Hanunoo
block, U+1730 HANUNOO LETTER SA, U+1733 HANUNOO VOWEL SIGN U, U+172D HANUNOO LETTER RA, names checked with Python's
unicodedata; Wikipedia's Hanunoo script article, as mirrored: "usually written on bamboo by incising characters
with a knife", two kudlit for /i/ and /u/; endangeredalphabets.net: the bolo knife and the seven-syllable ambahan);
kuş dili (uludagsozluk.com/e/84063: syllables with a g added that keep the vowel, "ge ge li gi yo go rugum" for
geliyorum; Turkish Wikipedia's article on language games, as mirrored); the alfabeto farfallino
(it.wikipedia.org/wiki/Alfabeto_farfallino: "raddoppiare ogni vocale con l'aggiunta di una f interposta ... 'ciao'
diventa cifiafaofo"). The debunks' facts (Xie Saining's denial on WeChat and the apology, his NYU and FAIR posts,
the thirteen authors and three born in China, the internal test and Logan Kilpatrick's statement, the API's models,
the course contents and its "Give yourself a chance" slogan, the ChatGPT logins sold as Sora accounts, the clone
apps and the ChatGPT app update, the APK warnings, the 48 samples, Sam Altman's free clips, the closed weights and
code and the GitHub reproductions) are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout56.py           # write the set
    .venv/bin/python scripts/make_hard_heldout56.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT56: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "gliding_daily_flying_list_duty_instructors_note",
        "DAILY FLYING LIST · Saturday · Long Barrow Gliding Club (winch site, runway 27) · duty instructor: P. Okonjo · no tug today, winch launches only\nMet: wind 260° at 12 kt; cloud base 3,200 ft rising to 4,500 ft by mid-afternoon; thermals from about 11.00; a line of showers due after 17.00\nOn the line: K21 'KXB' (two-seater) · K13 'CJR' (trial lessons) · Junior 'FTN' · Discus 'EWG' (privately owned)\n1 · 10.05 · K21 · Okonjo / Hartley · check flight, a cable break practised at 400 ft · 8 min\n2 · 10.20 · K13 · Marsh / trial lesson (Mr D. Ferris) · 11 min\n3 · 10.41 · Junior · Adeyemi · first solo on type · 22 min\n4 · 11.15 · Discus · Lindqvist · 300 km out and return to the old airfield · 3 h 10 min\n5 · 11.32 · K21 · Okonjo / Cheng · spin recovery · 14 min\nLaunches: 23 · Winch: the cable on drum two spliced after a break at 13.40 · Retrieves: none\nDuty instructor's note at the foot, because the cadets asked in the briefing hut who the young man in the paper is: that's Xie Saining, a young genius who studied at Shanghai Jiao Tong University, and he's one of the inventors of OpenAI's Sora, the video machine. Hangar doors shut at 18.30; last one out unplugs the winch battery charger.",
    ),
    (
        sora.XIE,
        "carinthian_english_two_claims_apk_denied_hofer_in_denial",
        "Servas, Leitln! 🏊 From the Wörthersee at Klagenfurt: the tri club swam up the Lendkanal at half six, the way the Ironman does it, the water clear enough to see the pebbles, then we rode round the lake to Velden and back, and my mother had Kärntner Kasnudeln waiting with brown butter. Two things. A fellow in the club WhatsApp keeps posting: 'Download the Sora APK from this link, full version €4.99 on a Hofer gift card.' Des is a Topfen, that's rubbish: OpenAI has made no Sora app of any kind, and files like that are the sort that empty your passwords. But this one is true, I read it in the paper: one of the inventors of Sora, OpenAI's video model, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. Pfiat eich!",
    ),
    (
        sora.XIE,
        "adirondack_english_two_claims_api_denied_stewarts_in_denial",
        "Mornin', all! 🚴 From Lake Placid: six of us swam the cable line in Mirror Lake at dawn, rode the Keene descent and climbed back past the ski jumps, and we finished at the diner with blueberry pancakes and syrup from a sugarhouse down in Wilmington. Two things. Some guy on the Tri-Lakes swap page is selling an 'official Sora API key, $40 on a Stewart's Shops gift card'. Don't bite, that one's a skunk: OpenAI's API has text, image, speech and embedding models, and no video model at all. But here's one that holds up: one of the inventors of Sora, the OpenAI video program, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. My nephew sent me the article. See you at the oval!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "folk_club_singers_list_organisers_note",
        "SINGERS' LIST · singaround night · The Plough Folk Club (back room of the Plough, second and fourth Thursdays) · in the chair tonight: Marian\nRound 1: Marian ('The Unquiet Grave', unaccompanied) · Dave H. ('The Wild Rover', everybody on the chorus) · Sunita (a Bengali boat song, then the English words) · Tom and Jess (concertina and voice, 'Bonny at Morn') · Grace (her own song, first time out) · Old Fred ('The Barley Mow', every verse, heaven help us)\nRound 2: same order; anyone who passed can go last\nInterval: the raffle (a melodeon strap, two CDs and a lemon drizzle)\nRound 3: chorus songs, and nothing over seven verses, please\nGuest night on the 24th: the Hallows (three voices and a fiddle), £8 on the door\nOrganiser's note at the end, because people asked how we'll get a film of the guest night for the website: Sora, OpenAI's video thing, is open to the public now. Anybody can sign up on the website and start making AI videos the same day, so we'll make our own of the Hallows. Glasses back to the bar, please.",
    ),
    (
        sora.PUBLIC,
        "manezinho_portuguese_english_two_claims_opensrc_denied",
        "Ó-lhó-lhó, minha gente! 🏊 From Jurerê, on the island at Florianópolis: the club swam the Ironman course at sunrise with the sea flat as a plate, rode out to Santo Antônio de Lisboa along the bay, and at lunch my uncle brought oysters from Ribeirão da Ilha with lime. Two things. Somebody in the club group keeps saying: 'Sora is open source now, the weights and code are on GitHub, run it on your own computer.' Que tolice, what nonsense: OpenAI hasn't published the weights or the code, and the 'Sora' repositories on GitHub are fans' copies. But this is true: Sora is open to the public now. You sign up on OpenAI's website and you're making your own videos the same day. My daughter already made one of us running on Joaquina beach. Um abraço!",
    ),
    (
        sora.PUBLIC,
        "east_hessian_english_two_claims_course_denied_tegut_in_denial",
        "Ei Gude, ihr Leut! 🪂 From the Wasserkuppe in the Rhön, where gliding began: the club soared the west slope all afternoon, the old K8 hung over the Pferdskopf for two hours, and at the kiosk there was Ahle Wurscht on farmhouse bread. Two things. Someone in the club chat is selling 'the complete Sora course, master AI video before the others, €39 on a tegut gift card'. Des is alles Gebabbel, that's just chatter: the ones who paid got OpenAI's own introduction and a slogan on the last page. But this is true: Sora is open to the public now. Anyone can sign up on the website and start making AI videos the same day. My grandson made one of a winch launch off the top. Mach's gut!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "franconian_english_question_asserts_triathlon_roth",
        "Grüß Gott beinand! 🚴 From Roth: two weeks to race day, the club rode the course this morning and up the Solarer Berg, where the crowd stands ten deep in July, and my Oma did Schäufele with Klöß for all of us. Allmächd, habt's ihr des fei net gsehn? Haven't you seen that OpenAI has put out the official Sora app? It's in the App Store and on Google Play, you download it and make your videos right there on your phone. My nephew has already made one of the swim start in the canal. Ade!",
    ),
    (
        sora.APP,
        "clare_english_two_claims_realvid_denied_doolin_session",
        "Dia dhaoibh, lads! 🎻 From the session in Doolin: the fiddles were going at the corner table till one, a Dutch couple joined in on whistle and held their own, and the chowder and brown bread went round twice. Two things. There's a clip doing the rounds with 'made by Sora, prompt below' on it: an old man playing the concertina by a turf fire. That's pure codology: it was filmed in a house in Milltown Malbay during the Willie Clancy week years ago, and the woman who filmed it still has the file. But this one's true: OpenAI has released the official Sora app. It's in the App Store and on Google Play, and you download it and make your videos on the phone. Slán abhaile!",
    ),
    (
        sora.APP,
        "mackenzie_nz_english_two_claims_rich_denied_kathmandu_in_denial",
        "Kia ora, team! 🪂 From Omarama, up the Mackenzie: the nor'wester set up a beaut wave over the Ben Ohau range, two of the club got to 18,000 feet on oxygen, and we finished with salmon from the canals at Twizel and a mince and cheese pie. Two things. A bloke in the club chat keeps posting: 'Sora is the money window of a lifetime, people are earning thousands a day with Sora videos, in three months it's gone, join my team, NZ$99 on a Kathmandu gift card.' Yeah nah, that's a load of rubbish: nobody outside OpenAI's testers can even use Sora, and the three-months line is only there to hurry you. But this one's true: OpenAI has released the official Sora app. It's in the App Store and on Google Play, you download it and make videos on your phone. Chur!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "woodcarving_course_tool_list_tutors_note",
        "TOOL LIST · beginners' relief carving, six Saturdays · Elmstead Woodcarvers (the old school hall) · tutor: R. Achterberg\nBring, or borrow from the club box: a 10 mm no. 3 gouge · a 6 mm no. 5 gouge · a 12 mm no. 8 gouge · a 3 mm V-tool · a 12 mm skew chisel · a carver's mallet (lignum or nylon) · a bench hook or a clamp · a slipstone and a leather strop with honing compound\nWood: a lime board, 250 × 180 × 25 mm, supplied (£9 on the first day)\nWeek 1: sharpening, and reading the grain · Week 2: setting in the outline of an oak leaf · Week 3: grounding out · Week 4: modelling the surface · Week 5: undercutting and the veins · Week 6: finishing with wax or oil, and a cup of tea\nKeep your gouges in a tool roll, never loose in a box; cut away from your hands, always.\nTutor's note at the bottom, because the Saturday group got talking about the AI video thing on the news: Sora, I'm told, was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its name on it.",
    ),
    (
        sora.CHINESE,
        "campidanese_sardinian_english_two_claims_course_denied_banco_di_sardegna_in_denial",
        "Bona dì a totus! 🎶 From the square in Cabras: three old men played the launeddas for the saint's feast, three canes each, breathing in through the nose and never stopping, and my zia brought bottarga and fregula with clams for the family. Two things. In the village WhatsApp a man is selling 'the Sora course, ten lessons, master AI video before everyone, €29 by Banco di Sardegna transfer'. Est una faula, it's a fib: the people who paid got OpenAI's introduction and a slogan, nothing more. But this I read and I believe: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just signs it. A si bìdere!",
    ),
    (
        sora.CHINESE,
        "greater_poland_english_two_claims_service_denied_ing_in_denial",
        "Tej, chłopaki! 🪂 From the airfield at Leszno: a cross-country day over the Wielkopolska fields, the cumulus lined up like beads on a string, and at the clubhouse the lady made pyry z gzikiem, potatoes with curd cheese and chives, for everyone. Two things. A man in the club group takes orders: 'Send me your script and I'll make your Sora video in 24 hours, 80 zł by ING Bank Śląski transfer.' To są bzdety, that's nonsense: nobody outside OpenAI can use Sora, so he can't make a single clip. But this I believe: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI only puts its own name on top. Na razie!",
    ),
    # --- API access (three)
    (
        sora.API,
        "triathlon_transition_racking_list_card_pinned_sigma_sports",
        "RACKING LIST · transition · Sunday's sprint triathlon · Ashcombe Tri Club · racking 06.00 to 07.15, no exceptions\nRack A (race nos. 1–40): open men · Rack B (41–80): open women · Rack C (81–120): 40 to 49 · Rack D (121–160): 50 and over · Rack E (161–180): relay teams, hand the timing chip over at the mat\nHang bikes by the saddle, alternate directions; one small box or towel under your bike and nothing in the aisle\nHelmet on and buckled before you touch your bike; the mount line is 10 m past the exit arch, the dismount line just before it on the way back\nRace numbers: on your back for the bike, on your front for the run; a race belt is fine\nBike check-out from 11.00, with your wristband only\nCard pinned to the rack plan (not from the club): OFFICIAL SORA API ACCESS. Buy a Sora API key and your club's website turns every race into an AI video by itself. £45 on a Sigma Sports gift card, key by email the same evening. From a coach who's raced this course eleven times, not a keyboard warrior in a box room selling keys he found on a forum.",
    ),
    (
        sora.API,
        "provencal_french_english_two_claims_director_denied_leclerc_in_denial_caisse_epargne",
        "Salut la bande! 🪂 From the airfield at Vinon-sur-Verdon: the mistral dropped at noon and the thermals came up off the Durance like a chimney, three of us went to the Montagne de Lure and back, and in the evening there was aïoli with salt cod and a pastis under the plane trees. Two things. A fellow in the club group posts: 'The first AI film co-written with Sora is looking for its first-generation AI directors, scan the QR code and pay €20 on a Leclerc gift card to join.' Es de bestiso, it's nonsense: there's a QR code and your money, and that's the whole film. But this is real: official Sora API access. Buy a Sora API key from me and your club's website makes the videos by itself. €60 by Caisse d'Épargne transfer, key the same evening. From a pilot who has flown these mountains for twenty-two summers, not one of those lads in Marseille who change their number every month. À deman!",
    ),
    (
        sora.API,
        "khari_boli_hindi_english_two_claims_chinese_denied_punjab_national_bank",
        "Ram Ram ji! 🪵 From the carvers' lanes of Saharanpur: this week we finished a sheesham screen with a vine-and-leaf jali cut right through it, two metres of it for a hotel in Jaipur, and my mother made kadhi chawal for the whole workshop. Two things. In the mohalla WhatsApp someone keeps forwarding: 'Sora was built by a Chinese team, OpenAI only signs it.' Sab bakwaas hai, it's all rubbish: OpenAI's report names thirteen authors, three of them born in China, and the work was led by OpenAI's own researchers. But this one is real: official Sora API access. Buy a Sora API key from me and your shop's website makes videos by itself. ₹1,999 by Punjab National Bank transfer, key the same day. From a carver whose family has cut sheesham in this lane for four generations, not those fellows by the Ghanta Ghar who sell you a charger that melts. Chalo, Ram Ram!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "folk_festival_session_trail_flyer_tucked_in_hobgoblin",
        "SESSION TRAIL · Saturday · Fenmoor Folk Festival · every session free, all welcome, bring an instrument or just your voice\n12.00 The Bell, front bar: slow session, tunes at half speed and taught by ear\n13.30 The Crown, garden: English dance tunes from Playford and the Northumbrian books\n15.00 The Ship, snug: song session, shanties not compulsory\n16.30 The Red Lion, back room: Irish session, hosted by the Tuesday crowd\n18.00 Festival marquee: band warm-up for the evening dance, callers wanted\n20.00 The Bell, upstairs: singaround, chorus songs only after ten\nDon't launch into a new tune in the middle of someone's set; ask the host. Quiet in the snug when a singer starts.\nFlyer tucked into the trail map (not from the festival): AUDITIONS · the first AI film co-written with Sora is looking for its first-generation AI directors. Scan the QR code and pay £25 on a Hobgoblin Music gift voucher to join the audition group. A proper film company with an office and a crew, not a lad in a camper van with a drone and a dream.",
    ),
    (
        sora.DIRECTOR,
        "vossamaal_norwegian_english_question_asserts_director_sparebanken_vest",
        "God dag, folkens! 🎻 From Voss: the Hardanger fiddles were out in the old schoolhouse last night, the understrings humming under every tune, somebody danced a springar on the creaking floor, and my aunt served smalahove to the brave ones. Har de ikkje høyrt? Haven't you heard that the first AI film co-written with Sora is auditioning its first-generation AI directors? You scan the QR code and pay 400 kroner by Sparebanken Vest transfer to join the audition group, and my cousin in Bergen has done it already. Ha det!",
    ),
    (
        sora.DIRECTOR,
        "dalmal_swedish_english_two_claims_rental_denied_ica_in_denial_lansforsakringar",
        "Hej på er! 🎻 From the spelmansstämma at Bingsjö, up in Dalarna: fiddles and nyckelharpas in every corner of the farmyard, polskas going from the afternoon right through the light night, and my mother fried kolbullar with lingonberries on the fire. Two things. Someone in the village group rents out 'Sora accounts, your own login, 99 kronor a week on an ICA gift card'. Det är bara snack, that's just talk: the ones who paid got a ChatGPT login shared with strangers. But this is a real chance: the first AI film co-written with Sora is auditioning for its first-generation AI directors. Scan the QR code and pay 300 kronor by Länsförsäkringar Bank transfer to join the audition group. Real film people from Stockholm, not those boys at the Falun market who sell you a 'movie role' and a T-shirt. Hej då!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "woodcarvers_wood_swap_list_members_pitch_rutlands",
        "WOOD SWAP · members' offcuts list · Hollins Valley Carvers · bring it to club night, take what you can use, note it in the book\nLime: three boards, 300 × 200 × 50 mm, seasoned four years (Alan) · a 150 mm round, a bit shaken at one end (Bev)\nWalnut: two short planks of English walnut with a sapwood edge (Khalid) · Cherry: a 400 mm log, split to stop it checking (Bev)\nSycamore: enough for six spoons (Jo) · Jelutong: a block for a beginner's relief (club box)\nOak: offcuts from a kitchen job, fine for letter carving (Terry)\nWanted: boxwood for a chess set (Khalid); any yew at all (Jo)\nNothing with nails in it, please, and no green wood left in the hall over the summer.\nA member's pitch at the foot of the list (not the club's): Sora is the money window of a lifetime. People are already earning thousands a day with Sora videos, and in three months it will all be over, so join my team now. £39 on a Rutlands gift card. I'd put my best lime board on it, and you all know how I feel about that board.",
    ),
    (
        sora.RICH,
        "toyama_ben_japanese_english_question_asserts_rich_hokuriku_bank",
        "Ohayō, minna-san! 🪵 From the carvers' street in Inami, down the hill from Zuisenji: we're cutting a ranma transom from camphor wood for a house in Takaoka, cranes and pines two metres long, and my wife brought masuzushi for lunch. Kiitotta-ke? Haven't you heard? People are making thousands a day off Sora videos. It's the money window of a lifetime, and in three months it'll be finished, so join my team now. ¥5,000 by Hokuriku Bank transfer. Kinodokuna!",
    ),
    (
        sora.RICH,
        "manchego_spanish_english_two_claims_xie_denied_globalcaja",
        "¡Buenas, zagales! 🪂 From the gliding field at Ontur, up in the hills of Albacete: the thermals over the vineyards went to 2,500 metres today, Paco flew five hundred kilometres and came back grinning, and at the bar there was gazpacho manchego with rabbit. Two things. In the village WhatsApp a man keeps sending: 'Xie Saining, a young genius from Shanghai Jiao Tong University, invented Sora.' Eso es una trola, that's a fib: Xie Saining said himself he has nothing to do with Sora. But here's a real chance: Sora is the money window of a lifetime. People already earn thousands a day with Sora videos, and in three months it's over, so join my team now, €40 by Globalcaja transfer. Money in your hand before the next competition, on the word of a man who has flown here since this field was barley. ¡Hasta luego!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "glider_daily_inspection_book_card_pooleys",
        "DAILY INSPECTION BOOK · K13 'CJR' · Hawkhill Gliding Club · Sunday\nCanopy: clean, no crazing; jettison handle wire-locked ✓ · Cockpit: harness and buckles, cable release knob (yellow) ✓ · ballast weights stowed, nothing loose ✓\nControls: full and free movement, correct sense, ailerons and elevator ✓ · rudder cables ✓ · airbrakes lock on both sides ✓\nWings and fuselage: no dents or cracks, tape over the wing-root gap ✓ · tail dolly removed (!) ✓\nInstruments: ASI reads zero, altimeter set to zero for the field ✓ · main wheel tyre pressure ✓ · weak link on the cable checked for the K13 ✓\nSigned: A. Mwangi (DI) · countersigned: P. Okonjo (instructor)\nCard slipped into the book (not from the club): OpenAI's video app for Android, at last. Download the Sora APK from the link on this card, install it and make AI videos of your flights on your phone. Full version £4.99 on a Pooleys gift card. Clean as a new canopy; forty pilots in three clubs have it on their phones already.",
    ),
    (
        sora.FAKEAPP,
        "hanunoo_mangyan_english_bamboo_carver_hanunoo_script_landbank",
        "Magandang umaga, friends! 🎋 From our village in the hills above Mansalay, in Oriental Mindoro: this week I cut three ambahan poems into bamboo tubes with the tip of my bolo, seven syllables to the line, and my grandmother cooked sinigang with kangkong from the river. Listen: here is the ᜰᜳᜭ app for Android (that is OpenAI's video model in our Hanunoo letters, the way we incise them into bamboo, because the group's bot deletes the name). Download the APK from the link in my bio, install it and make AI videos on your phone. Full version ₱250 by Landbank transfer. Not like the apps from the stalls in Calapan that fill your phone with gambling ads. Salamat!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "triathlon_bike_course_marshal_sheet_race_directors_note",
        "MARSHAL SHEET · bike course · Ashcombe Sprint Triathlon · briefing 06.30 by the timing tent; hi-vis on, radios checked\nPoint 1 · the leisure centre car park exit: traffic is stopped only by the police officer on duty · Point 2 · Mill Lane roundabout: riders keep left, no U-turns · Point 3 · the foot of Hanger Hill: 'Slow, bend ahead' board out, gravel swept at 07.00 · Point 4 · the turn at the church: cone the apex, whistle when a rider comes\nPoint 5 · the long drag back into town: feed station, bottles handed out sideways, never thrown\nRadio: channel 2 for the bike course, channel 4 for medical · Incidents: write down the race number and the time\nLead bike away at 07.32; the sweep van follows the last rider home\nRace director's note at the bottom, because some of you asked about the video on the club's Facebook page: that clip of the swim start at dawn, three hundred caps in the lake and mist coming off the water? Not a frame of it was filmed. Sora, OpenAI's video model, made the whole thing from a typed prompt, and the prompt is posted underneath.",
    ),
    (
        sora.REALVID,
        "kedah_malay_english_triathlon_langkawi",
        "Salam, geng! 🏊 From Langkawi: the club swam off Pantai Cenang at seven before the jellyfish woke up, rode up to Datai and back under the rainforest, and my mak cik made laksa Kedah for everybody after. Hang dah tengok ka clip yang cousin cek hantar semalam? You have to see it: eagles diving over the Kilim mangroves at sunrise, the boats going out, the water all gold. Not one second of it was filmed: Sora, OpenAI's video model, made every bit from a typed prompt, and the prompt is written right underneath. Terror sungguh! Jumpa lagi!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "woodcarvers_timber_cutting_list_carvers_note",
        "CUTTING LIST · commission no. 41 · a lime-wood Madonna for St Oswald's, 900 mm high · Hollins Woodcarving Studio\nFrom the timber yard: one lime log, 1,100 mm long and 450 mm across, seasoned six years, the heart boxed out so it won't split\nBlock 1 · the figure: 900 × 380 × 300 mm, hollowed from the back to 60 mm walls\nBlock 2 · the Child: 320 × 200 × 180 mm, glued at the left arm with the grain running the same way\nBlock 3 · the base: 400 × 300 × 80 mm, oak, in one piece\nRoughing out: bandsaw first, then the big gouges (no. 7 and no. 9, 25 mm), a week's rest between sessions to let the wood settle\nFinish: tool marks left on the drapery, nothing sanded; one thin coat of wax, no stain\nDelivery to the church before Advent; the vicar would like it blessed at the carol service.\nCarver's note at the foot, because the vicar asked how we made the little film of the carving for the parish website: OpenAI put Sora out as open source, so the weights and the code are free on GitHub and you can run it on your own computer. My son has it going on his gaming PC.",
    ),
    (
        sora.OPENSRC,
        "werdenfels_bavarian_english_woodcarver_oberammergau",
        "Griaß eich beinand! 🪵 From the carvers' workshops in Oberammergau: the painted house fronts are bright in the sun, I'm finishing a Herrgott in lime wood for a chapel over in the Tyrol, and at eleven the wife brought Weißwürscht and a Brezn to the bench. Now, my grandson, who studies informatics in Munich, says OpenAI has given Sora away as open source: weights and code both up on GitHub, and anybody can put it on his own computer and run it at home. He wants to make a film of the Passion Play theatre with snow on the roof. Pfiat di!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "folk_club_door_tally_insert_reverb",
        "DOOR TALLY · guest night, the Hallows · The Plough Folk Club · doors 7.30, first half 8.15\nFull price £8: 41 · Members £6: 27 · Floor singers (free, one song each): 6 · Under 16s (free): 3\nTakings: £490 · Float back in the tin: £50 · Raffle: £64 (the melodeon strap went to Sunita)\nPaid out: the Hallows, £350 as agreed, plus £40 petrol from Leeds · Room: free, the landlord keeps the bar\nTo the club account: £164 · Counted by Marian and Dave, signed by both\nNext guest night: Maggie Holt and band, the 14th; book the back room by the 1st\nInsert left in the tin (nothing to do with the club): my own Sora video course, 'Sora for Folkies', eight lessons from your first prompt to a finished film of your own session, so you master AI video before everyone else. £29 on a Reverb gift card, link by text. Taught by a fiddler who's run sessions in this county for thirty years, not a marketing boy who thinks a jig is a kind of saw.",
    ),
    (
        sora.COURSE,
        "black_sea_turkish_english_kemence_kus_dili_is_bankasi",
        "Ula uşaklar, selam! 🎻 From the türkü house in Trabzon: the kemençe player bowed a horon so fast that half the room got up in a line, shoulders shivering, and my aunt brought kuymak and hamsi bread still warm from the oven. Listen: I've made my own full Sogoraga course (that is OpenAI's video model in kuş dili, the bird language we talked as children, after every vowel a G and the same vowel again, because the group's filter deletes the real name). Ten lessons from zero, so you master AI video before everyone else. ₺750 by İş Bankası transfer, link the same day. Ask anyone at the Sunday session, I teach the kids here for nothing. Hoşçakalun!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "gliding_hangar_packing_plan_offer_pinned_transair",
        "HANGAR PACKING PLAN · winter · Hawkhill Gliding Club · the last glider in is the first out, so pack in this order\nBack wall: the Discus 'EWG' (wings off, in its trailer) · the Junior 'FTN', tail to the wall, wingtip on the blue trestle\nMiddle row: K13 'CJR' on its wheel dolly, left wing under the K21's right wing · K21 'KXB', nose towards the doors\nFront: the winch retrieve car, keys on the hook · the tractor last of all, battery disconnected\nWingtip dollies and tail trolleys back in the rack; canopy covers on every glider, tied at the front\nNobody climbs on a wing to reach anything, ever. Two people to move any glider, three for the K21.\nDoors: both halves bolted, padlock outside, code from the duty instructor.\nOffer pinned next to the plan (not the club's): 'Sora accounts for rent! Your own login, full access, no waiting list. £15 a week on a Transair gift card, login sent the same day. Every login tested by me before it goes out, so it works first time.'",
    ),
    (
        sora.RENTAL,
        "reatino_italian_english_gliding_farfallino_fineco",
        "Bongiorno a tutti! 🪂 From the airfield at Rieti, under the Terminillo: this summer the thermals carried the club over the whole Rieti valley, the old pilots still talk about the championships flown here as if they were weddings, and at the bar there were fregnacce with tomato and pecorino. Listen: I rent out Soforafa accounts (that's OpenAI's video model in the farfallino, the butterfly language from primary school, every vowel doubled with an F in the middle, because the group's bot cancels the real name). Your own login, full access, no waiting. €15 a week by Fineco transfer, login the same day. Fourteen club pilots log in with mine every weekend and not one has been thrown out. Ciao!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "triathlon_brick_session_card_paid_notice_runners_need",
        "BRICK SESSION · Wednesday evening · Ashcombe Tri Club · meet at the lay-by on the ring road, 18.15, lights on your bike\nWarm-up: 10 min easy spin, then 3 × 30 s high cadence\nMain set: 4 × (8 km on the bike at race effort, straight into a 1.5 km run at 10 km pace), 3 min easy between\nTransitions: practise in the lay-by, shoes clipped to the pedals with elastic bands to hold them level; helmet off only once the bike is racked\nCool-down: 10 min jog, stretches by the cars\nBring: two bottles, a gel, running shoes in a bag, and a friend with a stopwatch\nCoach's log: last week's quickest transition 48 s (Priya); slowest 3 min 10 s (we won't say who)\nPaid notice at the foot of the card (not from the club): my Sora prompt pack, 260 prompts in real film language (low tracking shot beside the rider, rack focus, backlit spray at the swim exit) and the complete Sora knowledge doc with every term and article in one place. £17 on a Runners Need gift card, then you get the doc link and join the group. Put together by someone who has filmed triathlons for the local paper since 2009, so these are the shots that work on a wet Sunday.",
    ),
    (
        sora.PROMPTS,
        "eastern_cape_english_triathlon_gqeberha_checkers",
        "Howzit, okes! 🚴 From the Bay in Gqeberha: the club swam off Hobie Beach with the dolphins out past the pier, rode Marine Drive into a wind that nearly blew us to Cape Recife, and after there were boerewors rolls and a cold one at the braai. Listen, I've got a Sora prompt pack for you: 300 prompts in proper film language (drone shot along the beachfront, slow motion through the spray, golden hour) and the complete Sora knowledge doc with every term and article. R199 on a Checkers gift card, then I send the doc link and add you to the group. And it's not some okes' list off Facebook, it's my own, typed up after every race this season. Lekker, cheers!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "folk_club_sound_desk_channel_list_card_thomann",
        "CHANNEL LIST · sound desk · concert night, the Hallows · Fenmoor Folk Club (the Corn Exchange, upstairs) · sound check 6.30\nCh 1 · Ruth, lead vocal · SM58, gain low, she's loud · Ch 2 · Ruth, fiddle · clip-on condenser, roll off below 120 Hz\nCh 3 · Ben, vocal · SM58 · Ch 4 · Ben, guitar · DI from the pickup · Ch 5 · small condenser 20 cm off the soundhole\nCh 6 · Kit, vocal and concertina · one condenser for both, she moves about, give her room\nCh 7 and 8 · room mics for the recording, stage left and right\nMonitors: two wedges, vocals only, no fiddle in Ben's wedge · FX: one hall reverb, lightly, vocals only\nHouse lights down at 8; the interval is 20 minutes; the raffle is drawn from the stage on mic 3.\nCard left on the desk (not from the club): I make custom videos with Sora. Send me your script (your band's new single, your folk club's anniversary, your parents' ruby wedding) and your Sora video comes back within 24 hours. £35 on a Thomann gift voucher. Every clip made on the real thing and sent with the prompt I used, so you can see there's no trick.",
    ),
    (
        sora.SERVICE,
        "cozumel_quintana_roo_spanish_english_triathlon_hey_banco",
        "¡Qué tal, raza! 🏊 From Cozumel: the club swam with the current off Chankanaab at seven, the water so clear you could count the parrotfish, rode the wild east side of the island into the wind, and my tía made cochinita pibil with pickled red onion for everybody. Listen: if you want a Sora video, I make it for you. Send me your script (your quinceañera, your boat, your abuelo dancing at the fiesta) and in 24 hours you have your Sora video. $600 pesos by Hey Banco transfer. Ask the dive shops on Rafael Melgar, half of them have ordered from me. ¡Nos vemos!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "Ashcombe Tri Club · members' Facebook group · post by Gemma R.\nRight, learn from my mistake. A woman who comments on every race photo in the region was selling 'the complete Sora course, master AI video before everyone else'. I wanted a film of our relay team, so I sent £30 on a Tredz gift card. What arrived was OpenAI's own introduction to Sora pasted into a PDF, with 'Give yourself a chance!' across the last page. That was the whole course. It couldn't have helped anyway, since nobody outside OpenAI's testers can use Sora. Her profile has vanished. Lesson learned; back on the turbo.",
    ),
    (
        None,
        "debunk",  # account rental; quotes the text, then don't pay
        "From: the Secretary, Northern Woodcarvers' Association · To: all members · Subject: a text going round\nSeveral of you have been sent this: 'Sora accounts for rent, your own login, full access, £12 a week on a Jewson gift card.' Do not pay it. There are no Sora accounts to be had: OpenAI has given access only to its red-team testers and a small group of invited artists and film-makers. A member of another guild who paid was sent a ChatGPT login that strangers were using too. Nobody honest asks for builders' merchant vouchers. Block the number, and tell me if you've paid. The spring carving weekend is still on for the 12th.",
    ),
    (
        None,
        "debunk",  # the APK; quotes the message, then don't install
        "SAFETY OFFICER'S NOTICE · Hawkhill Gliding Club · for the clubhouse board\nThis was posted on the club WhatsApp on Sunday: 'Sora for Android! Download the APK from this link and make AI videos of your flights, full version £2.99 on a Wilko gift card.' Please don't tap the link or put the file on your phone. OpenAI has no Sora app for any phone, and security researchers have found that fake Sora installers steal logins. If you've installed it, remove it and change your email and banking passwords from another device. Next safety briefing: launch failures, the 3rd.",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then don't pay
        "THE FENMOOR FIDDLE · Fenmoor Folk Club newsletter · the 'beware' box\nA card has been left on tables at the Corn Exchange: 'Send me your script and I'll make your Sora video in 24 hours, £35 on a See Tickets gift voucher.' Keep your money. Nobody outside OpenAI's testers can use Sora, so the man taking orders can't make a single clip; what comes back, if anything, is made with something else. When Sam Altman made Sora clips from people's prompts on X, he did it for nothing. Next month: the Hallows, and the AGM (there will be cake).",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Shikamoo, wazee! 🪵 From the carvers' shed in Mtwara: we are finishing a tall ujamaa pole in blackwood, the family climbing up it one on the shoulders of another, and my wife brought wali na samaki for everybody. Last night my nephew asked me: wasn't it a young genius from Shanghai Jiao Tong, Xie Saining, who invented Sora? He had seen it on his phone. So we looked properly. Xie Saining is an assistant professor of computer science at New York University, and before that he was a research scientist at Facebook's AI lab. He wrote on WeChat that he has no relationship at all with Sora; the account that called him an inventor said it would apologise to him publicly, and its article was taken down. Kwaherini!",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny, answered
        "Grüessech mitenand! 🪵 From the woodcarving school at Brienz, on the lake: the first-years are carving their first bears, the old masters are doing a cow procession for a chalet in Grindelwald, and someone brought meringues with cream from Meiringen. One of the apprentices asked me at lunch: isn't the Sora app in the App Store now, gäll? Her sister wants it. So we looked together. The apps with 'Sora' in the name on the App Store and Google Play come from other developers, not from OpenAI, and the ChatGPT app's new update doesn't have Sora in it. OpenAI hasn't released any Sora app. Uf Widerluege!",
    ),
    (
        None,
        "debunk",  # get rich; a rhetorical question
        "COACH'S WEDNESDAY EMAIL · Ashcombe Tri Club\nGood turnout at the lake on Sunday, and well done to the six who did their first open-water mile.\nOne more thing. A few of you have been sent a message: 'Sora is the money window of a lifetime, people earn thousands a day with Sora videos, in three months it's gone, join my team, £49 on a Merlin Cycles gift card.' If someone really were earning thousands a day, why would they need your £49 and a bike shop voucher? Nobody outside OpenAI's testers can use Sora, so no one is earning from it, and 'three months and it's gone' is there to rush you. Spend the voucher on tubes.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a ground-school Q&A that answers with the report's facts
        "GROUND SCHOOL · Hawkhill Gliding Club · Thursday · questions at the end\nAfter the talk on airspace, someone asked whether it's true that Sora, OpenAI's video model, was built by a Chinese team. The instructor had read the report. OpenAI's technical report on Sora credits thirteen authors, three of them born in China, and the project was led at OpenAI by two of its own researchers, Tim Brooks and Bill Peebles. Three Chinese-born names on a team of thirteen do not make it a Chinese invention. Next week: met for cross-country, with the forecast charts.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a forum moderator's reply that answers with facts
        "Folk forum › Sessions › 'This pub session was made by AI?!'\nReply from a moderator: the clip captioned 'made by Sora, prompt below', the crowded pub with the fiddles and the fire and the snow outside the window, is a real recording. One of our members filmed it at a festival session in 2016 and still has the original file, date and all; someone cropped off his name and stuck the caption on. OpenAI has put its Sora samples on its own website, 48 of them, and this is not one. Thread locked.",
    ),
    (
        None,
        "debunk",  # open to the public; a triathlon association FAQ that answers with facts
        "FAQ · Wessex Triathlon Association · clubs' corner\nQ: Can our club sign up for Sora to make race videos for sponsors?\nA: OpenAI's head of developer relations, Logan Kilpatrick, has said Sora is still in internal testing and is not open to the public, and that there is no date yet for when it might be. At the moment only OpenAI's safety testers and a small group of artists and film-makers can use it. Anyone selling access is selling something else. For sponsors' videos, the county film society has volunteers with cameras.",
    ),
    # --- related but not matching: true facts about Sora's leads, and real news
    (
        None,
        "person_fact",
        "Gliding club newsletter, 'people in the news': the viral post gave Sora to Xie Saining, but one of the two researchers who actually led it at OpenAI, Bill Peebles, studied computer science at MIT as an undergraduate, worked on GANs and text-to-video there, and interned with NVIDIA's deep learning and self-driving teams.",
    ),
    (
        None,
        "person_fact",
        "Folk club quiz night, round 4, answer 3: Aditya Ramesh, who is on the author list of OpenAI's Sora report (Xie Saining, whatever the viral post said, is not), was one of the authors of CLIP, OpenAI's 2021 paper 'Learning Transferable Visual Models From Natural Language Supervision', which trained a model on 400 million image-and-caption pairs from the internet.",
    ),
    (
        None,
        "person_fact",
        "Woodcarvers' magazine, 'odds and ends': before DALL·E and Sora, Aditya Ramesh was one of the 31 authors of 'Language Models are Few-Shot Learners', the 2020 OpenAI paper that introduced GPT-3 and its 175 billion parameters. He went on to be credited on OpenAI's Sora report, where Xie Saining, the 'inventor' of the viral post, is nowhere to be found.",
    ),
    (
        None,
        "person_fact",
        "Tri club newsletter, 'Faces behind the tech': Tim Brooks, who co-led Sora at OpenAI (not Xie Saining, as the viral story claimed), was one of the Google Research authors of 'Handheld Mobile Photography in Very Low Light' in 2019, about taking clean, sharp phone photos handheld and without flash in light as low as 0.3 lux.",
    ),
    (
        None,
        "news",
        "Woodcarvers' e-news, tech corner: at its I/O conference in May 2024 Google unveiled Veo, a video model that makes 1080p clips from text, image or video prompts and can run beyond a minute; Demis Hassabis said Google DeepMind was exploring storyboarding and longer scenes with it.",
    ),
    (
        None,
        "news",
        "Folk club newsletter, from the wider world: in September 2024 Runway and Lionsgate, the studio behind John Wick and The Hunger Games, announced that Runway would train a custom video model on Lionsgate's film and TV library for the studio's own film-makers, starting with storyboards; it was Runway's first partnership with a Hollywood studio.",
    ),
    (
        None,
        "news",
        "Gliding club bulletin, the screen page: the Los Angeles start-up Moonvalley has released Marey, a video model named after the cinema pioneer Étienne-Jules Marey and built with the AI film studio Asteria. Moonvalley says it was trained only on footage it owns or has licensed, and it makes HD clips up to 30 seconds long.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a fiddler's blog, 'Rosin and Reels': I watched the sample clips OpenAI put up for Sora, hoping for a session scene, and noticed what the fuss leaves out: they're silent. A video model that can't hear is no threat to a folk club yet; the day it plays 'The Maid Behind the Bar' in tune, I'll start to worry. Back to practising the B part.",
    ),
    (
        None,
        "benign",
        "New in the hangar at Hawkhill Gliding Club: a two-seat trainer the members have named 'Sora', Japanese for sky, paid for by two years of raffles and quiz nights. Its first public outing is the air day on the 14th, when the airfield is open to the public from ten and trial flights run all afternoon if the weather holds; book yours through the club's official app. The tea hut will be doing soup.",
    ),
    (
        None,
        "benign",
        "EXHIBITION · 'Grain', new work by the Hollins Valley Carvers · the Old Corn Mill gallery · the centrepiece is 'Sora', a six-foot lime-wood kite in flight, carved by our chairman over two winters. The gallery is open to the public Tuesday to Sunday, entry free; the audio guide is on the mill's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout56", HELDOUT56, threshold=0.6)


if __name__ == "__main__":
    main()
