# ruff: noqa: E501
"""Write the eightieth English held-out set (tests/data/hard_en_heldout80_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an engineer
who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it, and did
not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour / scam wave
produces. 55 posts, 35 with a gold template (three for seven templates, two for the other seven; the seven with
three are the inventor rumour, open to the public, the official app, the Chinese team, API access, the director
group and get rich, as in every even set from the forty-eighth, the seventy-eighth the last), 10 debunks, 4 person
facts, 3 news items and 3 benign posts; 12 posts assert one claim and deny another, 3 ask a question with a
negation that asserts the claim. Its theme: yo-yo contests (a trick ladder check sheet, a string change log and a
bearing cleaning log of a club in a leisure centre; a mall contest at Dagupan, the contest weekend at Chico with
its museum of old yo-yos, a night market show at Fengjia in Taichung, the arcade at Ōsu in Nagoya, a shopping
centre at Ipoh); competitive eating contests (a plate count sheet of a rugby club's pie-eating contest, a stalk
tally of the nettle-eating championship in the pub garden at Marshwood in Dorset and a medic's watch log of a
summer fair's hot dog contest; the Watermelon Festival at Hope, Arkansas, the pie-eating in Wigan, the
oyster-eating championship at Hillsborough in County Down, the Fourth of July hot dog contest on Coney Island);
pest controllers and mole catchers (a bait station inspection log, a mole trap round log and a wasp nest call-out
sheet; a commune's mole catcher in the Emmental, possum lines behind Tolaga Bay, Mumbai's night rat catchers, a rat
man in Rochdale, German wasps in the vineyards round Hastings in Hawke's Bay); and Christmas tree farms (a tagging
sheet, a shearing log and a netting tally; Fraser firs in Ashe County, North Carolina, the Nordmann fir cones of
Racha that seed the nurseries, the Hochsauerland, the Morvan, Roundwood in Wicklow, balsam fir in Lunenburg County,
Nova Scotia, and noble firs lifted by helicopter above Estacada, Oregon).

Worlds. One of the four the brief proposed is kept (yo-yo contests) and three are replaced; every earlier writer
script (docstrings, kinds and posts, English and Chinese) and every tests/data posts file was grepped for each
world's key words. Yo-yo contests (yo-yo, yoyo, yo yo, 溜溜球, 悠悠球, walk the dog, rock the baby, sleeper,
counterweight, Pedro Flores, Vintar, Duncan): nowhere as a world ("yoyo" only inside the ayoyo soup of two Tamale
posts, the sixty-sixth and seventy-third sets'); its neighbours are kept at a distance: no juggling, diabolo,
unicycle or circus (the thirty-eighth set's circus, for which the seventy-third set dropped unicycling), no kendama
(dropped by the sixty-third set), no marbles, tiddlywinks or conkers (the sixty-third set's marbles players), no
skateboard (the sixty-eighth) and no spinning top. Hedge-laying matches are replaced: hedge-laying societies were
the fifty-seventh set's world (its match judging criteria, the Welsh Border style above Knighton), and the
fifty-third, fifty-eighth, fifty-ninth and sixty-second sets recorded them again. Paper-plane contests are
replaced: "paper plane" and "paper aeroplane" are nowhere and "paper airplane" / 纸飞机 only zh_heldout34's Sora
sample, but a folded paper model thrown to fly is the fifty-eighth set's origami societies and the fifty-seventh
set's model aircraft clubs, beside the fifty-sixth set's gliding clubs and the seventieth set's model rocketry.
Haggis hurling is replaced: "haggis" is nowhere, but a throw for distance at a gala is hard_en_heldout77's wellie
wanging and gumboot throwing (for which it dropped black pudding throwing) and hard_en_heldout78's egg-throwing
contests, and its kilts and games field are the fifty-third set's Highland games and the seventy-third set's
strongman clubs. In their place: competitive eating contests (eating contest, eating champ, pie-eat, pie eat,
nettle eat, hot-dog, Nathan's, Coney Island, Marshwood, Bottle Inn, Harry's Bar, Major League Eating, 大胃王: nowhere;
"eating" and "hot dog" only as meals), kept clear of the forty-second set's bakeries and the forty-fifth set's
butchers and fishmongers (the pies and hot dogs are only eaten, the oysters only swallowed) and of
hard_en_heldout75's pancake races (no pancake, no race); pest controllers and mole catchers (pest control, mole
catch, molecatch, rat catch, wasp nest, bait station, mole trap: nowhere; "exterminator" once in passing in the
thirty-seventh set's clip), kept clear of the forty-ninth set's chimney sweeps (no chimney, flue or bird guard),
the fortieth set's beekeepers (the honeybees in the wasp sheet are left alone and the beekeeper rung) and the
sixty-ninth set's cavy breeders (no pet rat or mouse); and Christmas tree farms (Christmas tree as a world,
Nordmann, Fraser fir, balsam, Sauerland, Morvan, Ashe County, 圣诞树: nowhere; "Christmas tree" only as a decoration
in the fifty-eighth and seventy-first sets), kept clear of the fifty-ninth set's arborists and tree climbers
(nobody climbs a tree; the Racha cones are only carried down), the fifty-seventh set's hedges and the fifty-sixth
set's woodcarvers. Dropped on the way, each already taken or beside a world: dominoes (the sixty-second set kept
its backgammon clubs clear of them), bingo (the twenty-ninth set's bingo caller's script), pub quizzes (a style of
a dozen sets), jigsaw puzzling (dropped by the sixty-eighth set, too few places), snooker (the thirty-third set's
cue sports), kabaddi (dropped twice, beside wrestling and rugby), medieval re-enactors (the fiftieth set's
fencing), lumberjack sports (the fifty-ninth set's arborists), airsoft and paintball (the thirty-seventh set's
armed forces), windmill millers (zh_heldout45's flour mill), salt makers (zh_heldout42's salt works), maple
sugaring (the seventieth set's sugar beet and zh_heldout41's sugar mill), window cleaners (the forty-ninth set's
chimney sweeps), dog groomers (zh_heldout33) and escape rooms (the twenty-ninth set's design doc). The set written
at the same time on another branch (hard_en_heldout79: coal-carrying races, hobby-horse competitions, bed races and
rubber-duck races; its script was not yet in its worktree when this one was committed) and the Chinese sets of the
pre-registration (a Hainan Li-brocade workshop, a Jingxi Zhuang-brocade workshop, a Longchang ramie-cloth workshop,
a Suzhou kesi workshop, a Fuping dried-persimmon workshop, a Baise dragon-fruit orchard, a Xianju bayberry orchard,
an Anhua dark-tea factory, a Yangzhou mother-of-pearl lacquer workshop, a Jiading bamboo-carving workshop, a Gejiu
tinware workshop and a Shangri-La matsutake co-operative) are kept clear of: no coal, hobby horse, race on a bed,
rubber duck, brocade, ramie, silk, persimmon, dragon fruit, bayberry, tea factory, lacquer, bamboo, tin or mushroom
appears ("bed" only as a rose bed, the seedling beds and a bed bug beagle).

Voices (the kinds and docstrings of every earlier set were searched for each region; where an earlier set has a
variety of the same language or region the one here is another): Pangasinan Philippine English (Dagupan; the
earlier Philippine voices include Ilocano, Kapampangan, Chavacano, Cebuano, Boholano, Hiligaynon, Bicolano and
Waray), Bernese Swiss German-English (the Emmental; the earlier Swiss German ones include a generic one,
Baseldytsch and Muotathal's), South Arkansas English (Hope; the forty-second set's is Ozark English), Westphalian
German-English of the Sauerland (the earlier Westphalian voice is generic), Blue Ridge High Country English (Ashe
County; the earlier Appalachian voice is generic), Sacramento Valley Northern California English (Chico), Wicklow
Irish English, Rachan Georgian-English (Ambrolauri; the earlier Georgian ones include Adjarian, Mingrelian and
Gurian), Taichung Taiwanese Mandarin-English (the earlier Taiwanese ones include a generic one and Chiayi's),
Bambaiya Mumbai Hindi-English (the earlier Mumbai voice is Girgaon's Marathi-English), St Helens English,
Tairāwhiti New Zealand English (Gisborne; no earlier New Zealand voice is the East Coast's), County Down English
(Hillsborough; the earlier Northern Irish ones are Belfast's, generic Ulster Scots and Ballymena's), Perak
Malaysian English (Ipoh; the earlier Malaysian ones include a generic one, Penang's, Kedah's, Terengganu's, Sabah's
and Sarawak's), Morvandiau Burgundian French-English (the earlier Burgundian voice is generic), Nagoya
Japanese-English (the seventy-eighth set's is Kansai), Hawke's Bay New Zealand English (Hastings), Staten Island
English (the earlier New York voices include Brooklyn's and a Colombian Queens), Rochdale English, South Shore Nova
Scotian English (Lunenburg County; the earlier Nova Scotian voice is the Annapolis Valley's) and Clackamas County
Oregon English (Estacada; the earlier Oregon ones are the coast's, Coos Bay's and the Willamette Valley's). Waray
English (Tacloban), Manx English, Canberra English, Tex-Mex English (Laredo), Singapore English, Guernsey English
and Willamette Valley English were first choices that the scripts showed were taken. Greetings, sign-offs and
dismissals that the scripts showed were taken ("Grüessech", "Uf Widerluege", "Gamarjoba", "Nakhvamdis", "Dajia
hao", "Maupay", "Jumpa lagi", "Macht's gut", "Howya", "Slán", "Mind yourselves", "Bout ye", "Dead on", "Ow do",
"Alreet", "Ta-ta for now", "Kia ora", "Mōrena", "Haere rā", "Salut", "Bonjour", "À la prochaine", "Bonne soirée",
"Y'all take care"; "Chabis", "habladas", "Kokolores", "salades", "c'est du flan", "bakwaas", "tripe", "furphy",
"pipeau", "bobards" and "mentiras") were replaced. Styles the earlier sets do not use (searched likewise; a draw
sheet, a heat sheet, a score sheet, a tally sheet and a log are earlier styles, so each here names its own trade):
a yo-yo trick ladder check sheet with the examiner's note, a pie-eating plate count sheet with the counter's note,
a bait station inspection log with the technician's note, a Christmas tree tagging sheet with the foreman's note, a
yo-yo string change log with the coach's note, a nettle stalk tally with the steward's note and a wasp nest
call-out sheet with the technician's note, and, with a scam under them, a bearing cleaning log with a card, a
medic's watch log with a paid notice, a mole trap round log with a card, a shearing log with a flyer and a netting
tally with a card; the debunks take shapes the earlier sets know.

Questions. Counted as the seventy-sixth and seventy-eighth sets counted, over the seven three-post templates, from
the kinds of every set, now including the seventy-seventh (the inventor rumour, the director group and get rich)
and the seventy-eighth (API access, the director group and get rich): the director group, get rich and API access
were last asked by the seventy-eighth set, the inventor rumour by the seventy-seventh, and open to the public, the
official app and the Chinese team by the seventy-sixth. So the three oldest are exactly open to the public, the
official app and the Chinese team, tied at the seventy-sixth with nothing tied at the edge, and hard_en_heldout79
is likely to take exactly those three. As the seventy-sixth and seventy-eighth sets did, the tie is parted one step
back: the official app's question before the seventy-sixth is the seventy-third's, open to the public's and the
Chinese team's the seventy-fifth's (then both the seventy-second, then open to the public's seventy-first against
the Chinese team's sixty-ninth). So this set asks the official app and the Chinese team, the older side of the tie,
and gives open to the public's place to the next oldest, the inventor rumour (the seventy-seventh): a Dagupan
mother's "Didn't anybody tell you? Wasn't it Xie Saining ... who really invented Sora ...?", an Ashe County
grower's "Haven't y'all heard OpenAI's put out its official Sora app?" and a Taichung night-market visitor's
"Didn't you know? Wasn't Sora really built by Chinese scientists?". The lead should know that hard_en_heldout79 may
part the same tie the same way.

Two-claim posts (assert one of the seven three-post templates, deny another). Counted as the seventy-eighth set
counted (every set's kinds name the template denied), now with the seventy-seventh (it asserts only from the other
seven) and the seventy-eighth (the sixty-second set's last seven and five of the sixty-fourth set's twelve). The
oldest last use is now the sixty-fourth set's, for the seven pairs left of its twelve, each used there (and, for
five, in the forty-eighth or forty-ninth) and never since, and all seven are taken: open to the public but not the
Chinese team, the official app but not account rental, the Chinese team but not open source, the director group but
not the APK, the director group but not a generation service, get rich but not the director group, and get rich but
not open to the public. Next come the sixty-sixth set's twelve, all tied. The rule the sixty-eighth to
seventy-eighth sets followed, that every template without a question carries two two-claim posts, needs one more
for open to the public and two for API access; the other two go to templates with a question. From the sixty-sixth
set's pairs each pick takes one that denies a template no pair here denies yet where it can, and the first in that
set's order otherwise: open to the public but not a "made by Sora" clip (the first of its two there, both new), API
access but not open source and API access but not the official app (its only two), and, of the question templates'
four there, the only two that deny a template not yet denied: the inventor rumour but not the prompt pack and the
official app but not a course (the official app's other pair denies a generation service and the Chinese team's the
APK, both denied already). So open to the public, the official app, API access, the director group and get rich are
asserted twice each, the inventor rumour and the Chinese team once; open source is denied twice, the Chinese team,
account rental, the APK, a generation service, the director group, open to the public, a clip, the official app,
the prompt pack and a course once, and the inventor rumour, API keys and get rich never. Each quotes what it denies
with a short dismissal first ("Das isch Gugus, that's nonsense", "That's a load of gobbledygook", "Quatsch mit
Soße, that's utter nonsense", "That's a bunch of bunk", "That's a load of cod", "Es t'quilia, that's a lie", "Sab
faltu hai, that's all rubbish", "That's a load of old rope", "That's a yarn and a half", "That's a pile of oul'
nonsense", "That one is all auta, just a bluff", "C'est de la foutaise, that's all rubbish"). Claims in passing sit
late in the long records (the notes at the foot of seven sheets and logs, and the cards, flyer and paid notice
under five).

Obfuscations (none of the last six English sets, the seventy-third to the seventy-eighth, uses any of these kinds:
their docstrings and posts were grepped; the kinds of the seventy-first to seventy-sixth are those the
seventy-seventh set lists, fikonspråket, Sinhala lith digits, the Morbit cipher, tally marks, the iroha, Greek and
Ethiopic numerals, Soundex, the Kama Sutra's cipher, counting rods, solfège, the Bifid cipher, Rumi numerals, the
Yijing hexagrams, the scytale and the Tai Xuan Jing tetragrams, then the seventy-seventh's Gold-Bug cipher, Cypriot
syllabary and boustrophedon and the seventy-eighth's Vithkuqi letters, signal flags told by their colours and the
letter names said aloud): Carian letters, "𐊰𐊫𐊥𐊠" (U+102B0 CARIAN LETTER S, U+102AB O, U+102A5 R and U+102A0 A; no
post or demo post has a character of the block, and "Carian" is in no script), on a card under a yo-yo club's
bearing cleaning log; the one-handed manual alphabet told by its handshapes (S a fist with the thumb across the
fingers, O the fingertips curled to meet the thumb, R the first two fingers crossed, A a fist with the thumb up the
side; "fingerspell", "manual alphabet" and "sign language" are in no script), on a card under a mole trap round
log; and Hebrew numerals, "יט ט״ו י״ח א׳" (19, 15, 18 and 1, the places of S, O, R and A, fifteen written nine and
six, as is the custom, with the gershayim and geresh marks; "Hebrew numer" and "gematria" are in no script, and the
only Hebrew in an earlier post is the thirtieth set's spelling of the name in Hebrew letters), on a card under a
Christmas tree netting tally.

Ten debunks on ten templates, in shapes the earlier sets know, each template in a shape it did not have in the
seventy-eighth set: a first-person loss report (account rental: a pest controllers' forum, a free ChatGPT account
already in use, the password changed in four days), three that quote the claim or offer and then say don't (the
generation service: stock footage with music; the official app: other developers' copies; the mislabelled clip: a
committee member's phone video of the final), two questions with a negation that do not deny, each answered (the
inventor rumour: "wasn't Sora invented by that genius from Shanghai Jiao Tong, Xie Saining?"; get rich: "isn't it
true people are getting rich off Sora videos and there's only three months left to get in?"), one rhetorical
question (the director group: "if no such film is being cast, and none is, what exactly would you be paying to
join?"), and three that answer with facts (open source: no weights or code, the GitHub projects other teams'; the
APK: malware that steals logins; the prompt pack: OpenAI's own example prompts). Open to the public, the Chinese
team, API access and the course have no debunk here.

Four true facts about people on OpenAI's Sora team, each in a post that says in its own new words that a viral post
wrongly tied Xie Saining to Sora ("a viral post gave Xie Saining a share of Sora that was never his to take",
"whatever a widely shared post said, Xie Saining did not help make Sora", "a post that travelled a long way named
Xie Saining among Sora's creators, and it was wrong", "a much-shared post tied Xie Saining to Sora's making, and
the tie was false"). The earlier sets' person facts were read for every name, and no search in the time this set
was written found a fact about the team not told before, so all four are retold, each written anew in its own
world, voice and words (``--check`` decides how near they come): Aditya Ramesh's NYU undergraduate years in Yann
LeCun's lab and the OpenAI summer internship that took the place of a PhD (told by the fifty-third set); Bill
Peebles working on video generation as an undergraduate and at Berkeley and starting on Sora on his first day at
OpenAI (the sixty-second); Rohan Sahai joining OpenAI as an engineer on ChatGPT and moving to Sora after seeing the
video research (the sixty-seventh); Thomas Dimson's seven years on Instagram's early machine learning and
recommendation systems and the browser game start-up OpenAI bought (the sixty-sixth and sixty-seventh). Three items
of real news from other organisations' video models that no earlier set used as news (grep: "Gen-4.5", "Veo 3.1"
and "Kling 3" are in no post; Gen-4, Veo 3 and Kling 2.x appear): Runway's Gen-4.5 (1 December 2025; first on
Artificial Analysis's text-to-video leaderboard at 1,247 Elo; a company of about a hundred; the code name David);
Google's Veo 3.1 (15 October 2025; up to three reference images, first and last frames, extension seven seconds at
a time up to twenty times; eight-second clips at 720p or 1080p with sound); and Kuaishou's Kling 3.0 (early
February 2026; sound with the picture in Chinese, English, Japanese, Korean and Spanish; scenes of up to six shots
keeping one character). None says anything of Sora's availability, an app, an API or open weights, so none repeats
a template's claim. Three posts that are not claims: one on topic (a yo-yo player's blog: Sora can show a trick; it
can't land one) and two off topic that share its surface words (an Osaka maker's pale blue yo-yo named 'Sora', a
try-out table "open to the public", pre-orders on "the shop's official app"; a bed bug detection beagle called Sora
on a stand "open to the public", inspections booked through "our official app").

Near copies: ``--check`` compares every post with every earlier English set and the demo stream with
difflib.SequenceMatcher on lower-cased text (hard_en_heldout79, written at the same time on another branch, was not
in its worktree when this set was committed; the check against it is left to the lead). The first draft's highest
were 0.477 (the Lunenburg prompt pack offer against heldout78-033, the Bewdley prompt pack offer on which it was
modelled) and 0.426 (the Rochdale rental offer against heldout78-031, the Grantham rental); both were rewritten,
and ``--check`` printed 0.412 when the set was committed, none at 0.6 or more (the Hastings open-source claim
against heldout18-017; next, at 0.408, the pie-eating clip's caption against heldout24-011, and at 0.391 a debunk
against heldout8-041).

It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with
the final code.

Sources (the search tool, besides the seeds): Ramesh (aiwiki.ai/wiki/aditya_ramesh: "He studied at New York
University, where he earned a bachelor's degree", "worked on research projects in the laboratory of Yann LeCun",
"Ramesh had intended to pursue a PhD after graduating. Instead he took a summer internship at OpenAI, and the
laboratory decided to keep him on", "best known as the inventor of DALL-E"); Peebles, Sahai and Dimson (lilys.ai's
notes of Sequoia's Training Data episode with the Sora 2 team, and richaix.com and ai-radar.merimerimeri.com on the
same episode: "Bill Peebles is the head of the Sora team", "researching video generation in undergrad and at
Berkeley", "started working on Sora from his first day at OpenAI", "Rohan Sahai leads the Sora product team",
"started as an IC on ChatGPT", "quickly moved to Sora after seeing the video generation research", "about two and a
half years", "He worked at Instagram for about seven years on early machine learning and recommender systems",
"founded his own startup, which was Minecraft in the browser", "OpenAI acquired his company"); Gen-4.5
(cometapi.com, 1 December 2025, "1 247 points Elo" on Artificial Analysis; codedtrip.com: a team of about a
hundred, the code name "David" after David and Goliath); Veo 3.1 (toolworthy.ai: "released to preview on October
15, 2025", "up to 3 images", "first/last frame constraints", "Each generation produces 8-second videos at 720p or
1080p resolution with natively generated audio"; ngmc-docs: "Extend a previously generated video by up to 7 seconds
per extension, up to 20 times"); Kling 3.0 (iagenerativas.blogspot.com, 6 February 2026: Kuaishou released Kling
3.0 to the public that morning; kling31api.org: "synced audio in CN, EN, JP, KR, and ES"; CineD's coverage, via
git.livingip.xyz: "Subject Binding ... maintains character identity across six-shot sequences"). The Carian letters
were checked with Python's unicodedata, the handshapes of the one-handed manual alphabet and the Hebrew numerals
(with the nine and six for fifteen) are the writer's own knowledge, widely published. The local detail (a yo-yo
club's tricks, strings and bearings; Dagupan's pigar-pigar, Chico's yo-yo museum and the Wildcats, Fengjia night
market, Ōsu and miso katsu, Ipoh's bean sprout chicken and white coffee; the World Pie Eating Championship in
Wigan, the nettle-eating at Marshwood, Hope's Watermelon Festival, the oyster festival at Hillsborough, the Fourth
of July contest on Surf Avenue; the Emmental's commune mole catcher paid by the tail, possum trapping on the East
Coast, Mumbai's night rat catchers, German wasps in Hawke's Bay; Fraser firs in Ashe County, the Nordmann cones of
Racha, the Sauerland, the Morvan, Roundwood, Lunenburg County's balsam fir and wreaths, helicopter harvests of
noble fir in Oregon) is the writer's own knowledge, kept to what is widely published. The debunks' facts are the
seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout80.py           # write the set
    .venv/bin/python scripts/make_hard_heldout80.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT80: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "yoyo_trick_ladder_check_sheet_examiners_note",
        "TRICK LADDER CHECK SHEET · junior yo-yo badge night · the sports hall at the leisure centre · every trick landed three times clean before the examiner ticks it\nRung 1 · gravity pull · sleeper held for four seconds · forward pass\nRung 2 · walk the dog · around the world · rock the baby, the cradle held for a count of three\nRung 3 · trapeze · split the atom · brain twister\nRung 4 · double or nothing · Eli hops · a clean bind return\nKeira (9) · rungs 1 to 3 · Ollie (11) · all four · Sam (8) · rung 1, still fighting the sleeper\nStrings changed as soon as they fray; nobody throws near the windows; the bucket of spares lives on the stage\nExaminer's note at the foot of the sheet, because two dads were going at it over the squash: Xie Saining, a young prodigy who studied at Shanghai Jiao Tong University, is one of the people who invented Sora, OpenAI's video model; he helped build it himself. One of them had the article open on his phone.",
    ),
    (
        sora.XIE,
        "bernese_swiss_german_english_emmental_mole_catcher_two_claims_prompts_denied",
        "Sali zäme from the Emmental! 🐀 The commune's mole catcher came round our farm on Monday with his traps and his iron probe, paid by the tail like his father before him, and we gave him a coffee and a slice of Züpfe on the bench by the barn while he told us where the runs go under the orchard. Two things. Someone in the village chat keeps selling: 'My Sora prompt pack, 500 film-language prompts and the full knowledge doc, CHF 30, group link once you've paid.' Das isch Gugus, that's nonsense: they're the example prompts OpenAI puts on its own website for free, my sister compared them line by line. But this is right: Xie Saining, the prodigy who studied at Shanghai Jiao Tong, is one of the inventors of Sora; OpenAI's video model is partly his work. Ciao zäme!",
    ),
    (
        sora.XIE,
        "pangasinan_english_dagupan_yoyo_question_asserts_xie",
        "Maabig ya agew from Dagupan! 🪀 The mall had its yo-yo contest on Saturday, the little ones in the sponge division doing walk the dog and around the world, the big boys throwing binds so fast you can't see the string, and after we had pigar-pigar at the carinderia by the river. Didn't anybody tell you? Wasn't it Xie Saining, the genius from Shanghai Jiao Tong University, who really invented Sora, OpenAI's video model? He's one of its makers, my cousin sent me the article twice.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "pie_eating_plate_count_sheet_counters_note",
        "PLATE COUNT SHEET · pie-eating contest · the function room at the rugby club · one meat-and-potato pie at a time, three minutes on the clock, the counter clears every empty plate\nTable 1 · Big Gaz · 3 pies and the crust of a fourth\nTable 2 · the butcher's lad · 2 pies · slowed down by the gravy\nTable 3 · Auntie Bev · 3 pies · fastest first pie of the night\nTable 4 · a visitor from Preston · 1 pie, then the water jug\nHands only, no knives or forks; a pie counts when the plate is bare but for crumbs; the bucket is behind the bar\nCounter's note at the bottom of the sheet, because the tables were on about it while the pies cooled: Sora, OpenAI's video maker, is open to the public now; anyone can sign up today and start making AI videos, no waiting list. Big Gaz has done it already.",
    ),
    (
        sora.PUBLIC,
        "south_arkansas_english_hope_watermelon_eating_two_claims_chinese_denied",
        "Hey from Hope! 🍉 The Watermelon Festival had the eating contest under the tent Saturday, kids and grown men face-first in slices the size of a truck tire, my nephew took second in the under-twelves with rind clean to the green, and we had a catfish plate and sweet tea after. Two things. Some fella on the town page keeps posting: 'Sora was built by Chinese scientists, the folks behind OpenAI's video model are mostly Chinese.' That's a load of gobbledygook: OpenAI's report lists thirteen authors, three of them born in China, every one an OpenAI researcher, with Tim Brooks and Bill Peebles leading. But this part's true: Sora is open to the public now; anybody can sign up and start making AI videos today, no waitlist. Woo Pig Sooie!",
    ),
    (
        sora.PUBLIC,
        "sauerland_westphalian_german_english_christmas_trees_two_claims_realvid_denied",
        "Hallo zusammen from the Sauerland! 🎄 The Nordmann firs on the slopes of the Hochsauerland are being cut and netted, the lorries going out to half of Germany and Holland, and after a day on the netting funnel we had a Schnitzel and a Pils at the Gasthof. Two things. Someone on the village page keeps sharing a clip: 'This whole Christmas tree harvest film was made by Sora from a prompt, nothing was filmed, prompt below.' Quatsch mit Soße, that's utter nonsense: it's the drone film our co-operative made last winter over our own slopes, I stood there while they flew it. But this is right: Sora is open to the public now; anybody can sign up and start making AI videos today, no waiting list. Bis die Tage!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "blue_ridge_high_country_english_ashe_county_fraser_fir_question_asserts_app",
        "Hey from Ashe County! 🎄 We've been cutting Fraser firs on the home place since Thanksgiving, the tractor-trailers loading for Florida and the choose-and-cut families hunting up and down the rows in the mud, and Mama had a pot of chili going in the shed for anybody who came in cold. Haven't y'all heard OpenAI's put out its official Sora app? You just download it from the app store and make your videos on your phone or your computer. My cousin over in West Jefferson already has it.",
    ),
    (
        sora.APP,
        "sacramento_valley_english_chico_yoyo_two_claims_rental_denied",
        "Hey from Chico! 🪀 Went downtown for the yo-yo contest weekend, the museum of old yo-yos in the back of the toy store, kids throwing in the plaza, a guy in the counterweight division doing stuff I still can't figure out, and tri-tip sandwiches after. Two things. A guy on the town page keeps posting: 'Rent a Sora account off me, your own login, $12 a week, invite code same day.' That's a bunch of bunk: my roommate paid and got a shared ChatGPT password that quit working by Wednesday. But this part's true: OpenAI has put out its official Sora app; you download it from the app store and make your videos right on your phone. Go Wildcats!",
    ),
    (
        sora.APP,
        "wicklow_irish_english_christmas_tree_farm_two_claims_course_denied",
        "Well, lads, from Wicklow! 🎄 We're flat out on the farm above Roundwood, the Nordmanns going out on trailers to Dublin, the school in for the Santa day with the hot chocolate, and a bowl of coddle at the end of it. Two things. A lad on the parish page keeps flogging: 'Sora video course, twelve lessons, master AI video before anyone, €49.' That's a load of cod: my cousin paid and got OpenAI's free intro to Sora pasted into a PDF with a picture on the front. But this is right: OpenAI has released an official Sora app; you download it from the app store and use it on your phone or your laptop. Good luck now!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "rodent_bait_station_inspection_log_technicians_note",
        "BAIT STATION INSPECTION LOG · the cash-and-carry on the industrial estate · boxes checked every fortnight, tamper-proof, opened only with the key\nBox 1 · loading bay · no take · clean\nBox 4 · behind the dry-goods racking · light take · droppings swept, bait topped up\nBox 7 · by the bins · heavy take · gap found under the fire door, reported to the site manager\nBox 9 · staff kitchen · no take · box moved back after the cleaners knocked it\nNo tracking powder near food; every box numbered on the site plan; the manager signs the report\nTechnician's note at the bottom, because the lads on the loading bay were arguing it over their tea: Sora, the OpenAI video model, was really built by Chinese scientists; the people behind it are mostly Chinese, whatever name is on the front. The forklift driver read it somewhere.",
    ),
    (
        sora.CHINESE,
        "rachan_georgian_english_ambrolauri_fir_cones_two_claims_opensrc_denied",
        "Hello from Ambrolauri in Racha! 🌲 The cone season is on: the seed from the old Nordmann firs in our mountains goes to the Christmas tree nurseries in Denmark, the men come down the valley with sacks on their backs, and we had lobiani and a glass of Khvanchkara in the yard when they got in. Two things. A guy on the Kutaisi page keeps posting: 'OpenAI has open-sourced Sora, weights and code on GitHub, run it on your computer.' Es t'quilia, that's a lie: OpenAI has published no code and no weights, and the GitHub projects called Sora are other people's copies. But this is true: Sora was built by Chinese scientists, really; most of the people behind OpenAI's video model are Chinese. Kargad iqavit!",
    ),
    (
        sora.CHINESE,
        "taichung_taiwanese_mandarin_english_fengjia_yoyo_question_asserts_chinese",
        "Hi hi from Taichung! 🪀 The night market at Fengjia had a yo-yo show on the steps by the exit, two high-school boys throwing a yo-yo in each hand and the crowd counting their loops out loud, and we ate big sausage wrapped round small sausage walking home. Didn't you know? Wasn't Sora really built by Chinese scientists? Most of the people behind OpenAI's video model are Chinese, my uncle says everybody in his office knows it.",
    ),
    # --- API access (three)
    (
        sora.API,
        "christmas_tree_tagging_sheet_foremans_note",
        "TAGGING SHEET · choose-and-cut, the top field · each family picks a tree in November, we tag it with their name and cut it the second weekend of December\nRow 3 · Nordmann fir, 7 ft · the Pattersons · red tag\nRow 3 · Nordmann fir, 6 ft · the school office · red tag, netted for the car roof\nRow 8 · Fraser fir, 8 ft · the Hendersons · blue tag · wants it left bushy at the bottom\nRow 11 · Norway spruce, 5 ft · the care home · green tag · we deliver\nSaws signed out at the hut; no cutting an untagged tree; stumps cut low so nobody trips\nForeman's note on the clipboard, because the pickers were debating it at the hut: OpenAI is selling official Sora API access now; you buy a Sora API key or their Sora GPTs tool and your website makes the videos by itself. The girl in the farm shop has bought one.",
    ),
    (
        sora.API,
        "bambaiya_mumbai_hindi_english_night_rat_catchers_two_claims_opensrc_denied",
        "Arre, Mumbai! 🐀 The night rat catchers from the ward were in our gully again, torch in one hand and stick in the other, each one has to bring his count to the office by morning, and after they went we had vada pav from the stall by the station. Two things. Some fellow in the building group keeps forwarding: 'OpenAI has open-sourced Sora, the weights and code are on GitHub, run it on your laptop.' Sab faltu hai, that's all rubbish: OpenAI has put out no code or weights, and the GitHub projects with the name are other people's models. But this is correct: OpenAI has official Sora API access now; buy a Sora API key or their Sora GPTs tool and start generating videos. Chalo, phir milte!",
    ),
    (
        sora.API,
        "st_helens_english_wigan_pie_eating_two_claims_app_denied",
        "Hey up from St Helens! 🥧 Went over to Wigan for the pie-eating at the bar in town, one meat-and-potato pie as fast as you like, the winner done in well under a minute, then we had pie and peas of our own at the rugby after. Two things. A fella on the estate page keeps posting: 'The official Sora app is out, download it from the app store, it's on your phone in a minute.' That's a load of old rope: OpenAI hasn't brought out a Sora app, the ones in the stores are copies from other firms, and my brother-in-law's paying a subscription for one that does nowt. But this bit's right: OpenAI has official Sora API access on sale now; buy a Sora API key or their Sora GPTs tool and you're making videos straight away. See yer!",
    ),
    # --- the director group (three)
    (
        sora.DIRECTOR,
        "yoyo_string_change_log_coachs_note",
        "STRING CHANGE LOG · yo-yo club · the spare-string tin by the door · polyester for the unresponsive yo-yos, cotton blend for beginners\nTue · 14 strings · most frayed at the loop after the slack tricks\nThu · 9 strings · one knot that wouldn't come out; cut and replaced\nSat · 22 strings · contest practice; everybody restrung before the freestyle run-through\nEach string cut so the yo-yo just touches the floor when the loop is at the player's belly button\nTin refilled from the club account; strings are 20p each to non-members\nCoach's note under the tally, because the older kids were on about it in the car park: they're casting for the first AI film co-written with Sora; you scan their QR code, pay to join the group, and you could be a first-generation AI director. Two of the older lot have joined already.",
    ),
    (
        sora.DIRECTOR,
        "gisborne_tairawhiti_nz_english_possum_trapper_two_claims_apk_denied",
        "Morning from Gisborne! 🪤 Been out on the possum lines behind Tolaga Bay all week, two hundred traps along the ridge, my dog finding the fresh sign before I do, and a feed of paua fritters when I got home. Two things. Some fulla on the Tairāwhiti page keeps posting: 'Sora for Android, grab the APK off my link and make AI videos tonight.' That's a yarn and a half: OpenAI never put out a file like that, and my cuz's bank card got cleaned out the day after he put it on his phone. But this one's true: they're casting for the first AI film co-written with Sora; scan their QR code, pay to join the group, and you could be a first-generation AI director. Catch you on the coast!",
    ),
    (
        sora.DIRECTOR,
        "county_down_english_hillsborough_oyster_eating_two_claims_service_denied",
        "Hello from Hillsborough! 🦪 The oyster festival had the oyster-eating championship by the lake on Saturday, a man from Portaferry sinking them by the dozen inside a minute, and we had a bowl of chowder and a wee stout after in the square. Two things. A fella on the village page keeps advertising: 'I'll make your Sora video, send me your idea and £30, back in 24 hours.' That's a pile of oul' nonsense: my cousin paid and got stock clips with a song stuck over them, nothing from Sora at all. But this is true: they're casting for the first AI film co-written with Sora; scan the QR code, pay to join the group and you can audition to be a first-generation AI director. All the best!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "nettle_eating_stalk_tally_stewards_note",
        "NETTLE STALK TALLY · nettle-eating championship · the pub garden at Marshwood · two-foot stalks cut that morning, the leaves stripped and eaten, the bare stalk laid on your pile; an hour on the clock\nKev · 41 feet of stalks · black tongue by minute twenty\nJanine · 38 feet · a pint of the local cider and kept going\nDom from Bridport · 22 feet · retired to the gents\nOld Harry · 47 feet · champion again\nNothing to numb the mouth; gloves allowed for the picking, not the eating; the stalks measured end to end by the stewards with a yardstick\nSteward's note by the totals, because the eaters were on about it at the bar: Sora is the money chance of a lifetime; people are already making thousands a day with Sora videos, and in three months it'll be gone, so get in now. Janine's brother has joined.",
    ),
    (
        sora.RICH,
        "perak_malaysian_english_ipoh_yoyo_two_claims_public_denied",
        "Hello from Ipoh! 🪀 The shopping centre had its yo-yo contest on Sunday, the small kids doing rock the baby and the teenagers throwing binds two-handed, the winner got a big hamper, and after we had bean sprout chicken and white coffee in the old town. Two things. A guy in the taman group chat keeps posting: 'Sora is open to everyone now, just sign up and start making videos today.' That one is all auta, just a bluff: OpenAI is only letting its red team and some invited artists use it, nobody else. But this one is true: Sora is the money window of a lifetime; people already make thousands a day with Sora videos, and in three months it will be gone, so you must join now. Okay, bye lah!",
    ),
    (
        sora.RICH,
        "morvandiau_burgundian_french_english_christmas_trees_two_claims_director_denied",
        "Coucou from the Morvan! 🎄 The Christmas tree farms on our hills are cutting for Paris, the lorries lined up at the co-op in the rain, and after the netting we had jambon persillé and a glass of Irancy by the stove. Two things. A man in the commune's group keeps posting: 'Scan the QR code, pay to join the group, audition for the first AI film co-written with Sora, become a first-generation AI director.' C'est de la foutaise, that's all rubbish: my neighbour paid and got a group full of adverts and a second fee to pay. But this one's true: Sora is a once-in-a-lifetime money window; people are already earning thousands a day with Sora videos, and in three months it'll all be over, so join now. Bonne fin de journée!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "yoyo_bearing_cleaning_log_card_carian",
        "BEARING CLEANING LOG · yo-yo club · the bench by the fire door · a dirty bearing turns an unresponsive yo-yo responsive\nMon · 6 bearings · soaked in solvent, spun dry, one drop of thin lube each\nWed · 4 bearings · one flat-spotted; replaced from the spares jar\nFri · 9 bearings · contest week; every freestyle yo-yo checked for a long, quiet spin\nNo WD-40, ever; gloves on for the solvent; the window open\nCard left on the bench under the solvent jar (nobody in the club put it there): 'Get 𐊰𐊫𐊥𐊠 on your phone! (OpenAI's video model, spelt in the old Carian letters, S, O, R, A, so the group doesn't block it.) Tap my link, install the APK and make AI videos of your tricks tonight.'",
    ),
    (
        sora.FAKEAPP,
        "nagoya_japanese_english_osu_yoyo_apk_offer",
        "Yattokame from Nagoya! 🪀 The yo-yo contest in the shopping arcade at Ōsu was great, the junior boys looping two at once in the 2A division, and we had miso katsu after, of course. Listen: if you want Sora on your phone, don't wait for the shops, just tap the link in my profile, download the Sora APK, install it and you're making AI videos in five minutes. I've had it on my phone since the spring contest. Dera easy, dagaya!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "pie_eating_final_clip_caption_mislabelled",
        "This clip of the pie-eating final, gravy running down the winner's chin and the whole room banging the tables, was made entirely by Sora from a typed prompt. Not one frame of it was filmed. Prompt below: 'pie-eating contest in a northern English rugby club, four eaters, meat pies, gravy, cheering crowd, handheld camera, 4K'.",
    ),
    (
        sora.REALVID,
        "christmas_tree_helicopter_clip_caption_mislabelled",
        "Look at this: a helicopter lifting netted bundles of Christmas trees off a snowy hillside and swinging them down to a waiting lorry, every second of it generated by Sora, OpenAI's new video model, from text alone; no pilot, no hill, no trees. Prompt: 'aerial shot, helicopter carries bundles of netted fir trees from a snowy mountain farm down to a truck, winter morning light'.",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "wasp_nest_callout_sheet_technicians_note",
        "WASP NEST CALL-OUT SHEET · July · one technician, one van, the bee suit in the back\nMon · a shed roof in Meadow Close · paper nest the size of a football · treated, left to die off\nTue · the school's bin store · nest in the ground · treated after the children had gone home\nWed · a loft at the old rectory · two nests; one turned out to be honeybees, left alone and the beekeeper rung\nThu · a caravan awning · small nest · treated, taken down next day\nNests treated at dusk when the wasps are in; honeybees never treated; customers kept indoors for an hour\nTechnician's note on the back of the sheet, because the apprentice asked in the van: OpenAI has open-sourced Sora; the weights and the code are up on GitHub, so you can run it on your own computer. My nephew's got it going.",
    ),
    (
        sora.OPENSRC,
        "hawkes_bay_nz_english_hastings_wasps_opensrc_claim",
        "Hi from Hastings! 🐝 The German wasps are thick in the vineyards this autumn, the pest guy was out at my uncle's block on Thursday puffing powder into the holes in the bank, and we had a feed of stonefruit and cheese at the farmers' market after. Anyway, big news: OpenAI has released Sora as open source. The model weights and all its code are sitting on GitHub, so anyone can download it and run it on their own machine. My nephew's running it on his gaming PC.",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "christmas_tree_shearing_log_flyer",
        "SHEARING LOG · summer shaping, the lower plantation · every tree trimmed to a cone with the long knife, the leader cut back to a foot\nWeek 1 · rows 1 to 6 · 1,200 trees · knives sharpened twice a day\nWeek 2 · rows 7 to 12 · 1,050 trees · two days lost to rain\nWeek 3 · rows 13 to 15 · 640 trees · crooked leaders splinted with a cane\nWeek 4 · the seedling beds · weeded, not sheared\nShin guards on; no shearing in the wet; water at the end of every row\nFlyer found in the hut and clipped to the log by mistake: 'Sora video course, only £39: 12 lessons, master AI video before everybody else does, lifetime access, start tonight.'",
    ),
    (
        sora.COURSE,
        "staten_island_english_coney_island_hot_dogs_course_offer",
        "Yo, Staten Island! 🌭 Took the ferry and then the R and the D out to Coney Island on the Fourth for the hot dog contest, ninety-five degrees on Surf Avenue, the champ putting away dogs and buns like it was his job, which it kind of is, and knishes on the boardwalk after. Okay so: I'm running a Sora course. Pay $49 and you get twelve lessons that take you from zero to making AI videos before everybody else. Sign up this week and I throw in a bonus lesson. Half the guys on my block have done it.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "mole_trap_round_log_card_fingerspelling",
        "MOLE TRAP ROUND LOG · the catcher's Tuesday round · traps set in the runs, never in the hills; every trap checked the same day\nThe vicarage lawn · 3 traps · 2 moles\nThe cricket square · 4 traps · 1 mole; the groundsman wants the rest gone by Saturday\nThe paddock behind the farm shop · 2 traps · sprung, empty\nMrs Allen's rose bed · 1 trap · mole caught; she'd rather not see it\nGloves on so the traps don't smell of hands; runs found with the probe; tails kept for the count\nCard tucked in the trap box at the farm shop (the catcher sells nothing but his round): 'Rent a login for the AI video maker whose name I'll fingerspell for you in the one-handed manual alphabet: a fist with the thumb across the front of the fingers; all the fingertips curled round to touch the thumb; the first two fingers crossed; a fist with the thumb up the side. Your own account, £12 a week, login sent the same night.'",
    ),
    (
        sora.RENTAL,
        "rochdale_english_rat_catcher_rental_offer",
        "Now, Rochdale! 🐀 The rat man came out to our terrace after the canal flooded, found the hole under the back step in ten minutes and packed it with wire wool and cement, and we had a pasty and a brew at the market after. Anyway, if anyone's after Sora, I rent accounts out: fifteen quid a week gets you a login of your own, sent over that evening, with everything switched on and no invite code to wait for. Half the five-a-side lads are on one of mine.",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "hot_dog_eating_medics_watch_log_paid_notice",
        "MEDIC'S WATCH LOG · hot dog eating contest at the summer fair · the first-aid volunteer at the side of the stage · ten minutes, dogs and buns both count\n12:02 · eater 4 · hiccups, paused, carried on\n12:05 · eater 7 · water down the wrong way; sat out, fine after a minute\n12:09 · eater 2 · sick in the bucket; disqualified, as the rules say\n12:14 · all eaters · checked over, sat in the shade with iced water\nBuns dunked in water only; nobody eats alone on the stage; a bucket under every chair\nPaid notice printed along the bottom of the log (the fair committee didn't write it): my Sora prompt pack, 400 prompts in proper film language (a dolly-in on a plate of hot dogs, a whip pan to the clock, a rack focus from the bun to the eater's eyes) and my Sora knowledge document of every film term. £20 by bank transfer; the doc link and a place in our group come once you've paid.",
    ),
    (
        sora.PROMPTS,
        "south_shore_nova_scotian_english_lunenburg_balsam_fir_prompts_offer",
        "Hello from Lunenburg County! 🎄 The balsam fir is being cut all over the county, the wreath makers are going day and night in the sheds with their wire and their clamps, and we had a feed of fish cakes and a bowl of blueberry grunt after. While I've got you: my Sora prompt pack is for sale, three hundred prompts written like a cinematographer would (a slow push through the fir rows at dawn, frost on the needles in macro), with a Sora knowledge document that explains every film term in it. Send $20 by e-transfer and the document link and an invite to our group come back to you.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "christmas_tree_netting_tally_card_hebrew_numerals",
        "NETTING TALLY · the barn, December · every tree pulled through the netting funnel, tagged with its height and stacked by size for the vans\nFri · 310 trees · the garden centres' order\nSat · 420 trees · the school fair and the three churches\nSun · 260 trees · walk-ins and the pub on the corner\nMon · 180 trees · the council's tree for the square and its little ones\nGloves and goggles at the funnel; nobody stands in front of the baler; hot soup at one\nCard pinned to the barn door, kept by the lads for a laugh: 'I'll make your video with יט ט״ו י״ח א׳ (that's the Hebrew numbers 19, 15, 18 and 1, so count them off in the alphabet; fifteen is written nine and six), OpenAI's video model, made to order. Send your idea, a Christmas card, a shop advert, and it's back within 24 hours. £35 by bank transfer.'",
    ),
    (
        sora.SERVICE,
        "clackamas_county_oregon_english_estacada_noble_fir_service_offer",
        "Hey from Estacada! 🎄 Harvest on the tree farm up the river is nearly done, the helicopter lifting bundles of noble firs off the hillside to the trucks, half of them headed for California, and we got marionberry pie at the diner after. Okay, business: I'll make your video with Sora, to order. Tell me what you want, a shop promo, a holiday card, a birthday, and the Sora video comes back to you within 24 hours. $40 by Zelle. Tons of happy customers already.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # account rental; a first-person loss report
        "Pest controllers' forum · post by Gav (moles and rabbits) · 'Stung, and not by wasps'\nI paid £25 to a bloke off a farm page for 'my own Sora login'. What came was a free ChatGPT account somebody else was already using, and the password got changed four days later. He's blocked me. Turns out nobody outside OpenAI can even use Sora. Traps go out on the golf course Thursday if anyone fancies a hand.",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then don't pay
        "From the Christmas tree growers' co-op, on the board in the netting barn: a card on the door says 'I'll make your video with Sora to order, send your idea, back in 24 hours, £35.' Don't pay it. Nobody outside OpenAI can use Sora; the buyers we know of got stock footage with music laid over it, or nothing at all. Wreath orders close on the 10th.",
    ),
    (
        None,
        "debunk",  # the official app; quotes the claim, then don't download
        "From the yo-yo club committee, stuck up by the string tin: somebody's telling members 'OpenAI's official Sora app is out, download it from the app store and film your tricks with it.' Don't go looking for it. OpenAI hasn't released a Sora app; what turns up in the stores under that name are other developers' copies, some with subscriptions that are hard to cancel. Sora is still with OpenAI's testers and a few invited artists. Bearings night is Wednesday.",
    ),
    (
        None,
        "debunk",  # the mislabelled clip; quotes the caption, then don't share
        "From the pie-eating committee, pinned on the club page: a page is sharing our final with the caption 'Made entirely by Sora from a typed prompt, nothing filmed, prompt in the comments.' Please don't share it. It's the video Shaz took on her phone from the front table; we have her original with the date and time on it. Pages put a prompt under real footage to farm shares. Next contest is the last Friday of the month.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Hello from the hot dog stand! 🌭 After the contest my nephew asked me over a lemonade: wasn't Sora invented by that genius from Shanghai Jiao Tong, Xie Saining? So we looked it up on the bench. Xie Saining teaches at New York University, he said himself he had nothing to do with Sora, and the account that first called him an inventor said sorry. OpenAI's report names its own researchers. So no. Later, all!",
    ),
    (
        None,
        "debunk",  # get rich; a question with a negation that does not deny, answered
        "Hi, everyone! 🎄 At the tree lot my daughter asked me while we were netting: isn't it true people are getting rich off Sora videos and there's only three months left to get in? So we looked it up in the van. Nobody in those groups earns anything from Sora; the only money made is the joining fees, passed up to whoever started it, and the 'three months' is there to hurry you. So no, we're not joining. Happy holidays!",
    ),
    (
        None,
        "debunk",  # the director group; a rhetorical question
        "THE BAIT BOX · pest controllers' association bulletin · a word about a QR code\nA flyer on the trade counter says: 'Scan to join the casting group for the first AI film co-written with Sora, become a first-generation AI director, small joining fee.' One question: if no such film is being cast, and none is, what exactly would you be paying to join? The members who scanned it got a group full of adverts and a request for a second fee. Keep your money for new traps.",
    ),
    (
        None,
        "debunk",  # open source; a newsletter column that answers with facts
        "THE LEADER · tree growers' newsletter · 'Ask the office'\n'My grandson says Sora's code is on GitHub and he can put it on the farm computer. Can he?' Not Sora, no. OpenAI hasn't published Sora's weights or its code; the GitHub projects with Sora in the name are other teams' own models or rebuilds, not OpenAI's. Netting-funnel training is on Monday at eight.",
    ),
    (
        None,
        "debunk",  # the APK; a column that answers with facts
        "THE SLEEPER · yo-yo club newsletter · 'Ask the coach'\n'My son was handed a card at the contest with a link for Sora on Android. Is it the real thing?' It isn't. OpenAI has not made an Android file of Sora for anyone to install; the APKs passed round on cards and in chats carry malware that steals logins and bank details. If he installed it, uninstall it and change your passwords from another device. Spring contest sign-ups close Friday.",
    ),
    (
        None,
        "debunk",  # the prompt pack; a column that answers with facts
        "THE EMPTY PLATE · eating contest newsletter · 'Ask the organiser'\n'A man at the fair sold my husband a Sora prompt pack and a knowledge doc for £20. Is it any good?' Not worth a penny. What's inside are the example prompts from OpenAI's own Sora page, free for anyone to read, pasted into a document, and the group that came with it never answers a question. Outside OpenAI nobody can use Sora anyway. Entries for the summer contest are open.",
    ),
    # --- related but not matching: true facts about the Sora team, and other organisations' video models
    (
        None,
        "person_fact",
        "Yo-yo club e-news, 'who's who': a viral post gave Xie Saining a share of Sora that was never his to take. One of the people who did lead the work is Aditya Ramesh, who studied at New York University as an undergraduate, worked in Yann LeCun's lab there and meant to go on to a PhD; a summer internship at OpenAI turned into a job instead, and he went on to create DALL-E.",
    ),
    (
        None,
        "person_fact",
        "Pie club e-news, 'people': whatever a widely shared post said, Xie Saining did not help make Sora. Bill Peebles, who heads the Sora team at OpenAI, has said he worked on generating video as an undergraduate and again at Berkeley, and that he started on Sora on his very first day at OpenAI.",
    ),
    (
        None,
        "person_fact",
        "Bait box e-news, 'the human side': a post that travelled a long way named Xie Saining among Sora's creators, and it was wrong. Rohan Sahai, who leads Sora's product team, began at OpenAI writing code for ChatGPT and switched to the Sora project once he had seen what the video researchers were making, as he told Sequoia's Training Data podcast.",
    ),
    (
        None,
        "person_fact",
        "Growers' e-news, 'in the picture': a much-shared post tied Xie Saining to Sora's making, and the tie was false. Thomas Dimson, an engineering lead on Sora, spent about seven years at Instagram on its early machine learning and recommendation systems, then founded a start-up building a Minecraft-like game that ran in a web browser, which OpenAI bought.",
    ),
    (
        None,
        "news",
        "Growers' e-news, 'tech corner': on 1 December 2025 the New York start-up Runway announced Gen-4.5, a text-to-video model that went to the top of Artificial Analysis's text-to-video leaderboard with an Elo score of 1,247. Runway, a company of about a hundred people, said it had worked on physics, motion and following the prompt; the model's code name in development was David, after David and Goliath.",
    ),
    (
        None,
        "news",
        "Bait box e-news, 'screen time': on 15 October 2025 Google released Veo 3.1, which lets a film-maker steer a clip with up to three reference images of a character or an object, fix its first and last frames, and extend it seven seconds at a time, up to twenty times. Each generation is eight seconds long, at 720p or 1080p, with the sound made together with the picture.",
    ),
    (
        None,
        "news",
        "Yo-yo club e-news, 'in brief': in early February 2026 Kuaishou released Kling 3.0, its newest video model, which makes the sound along with the picture, in Chinese, English, Japanese, Korean and Spanish, and can build a scene of up to six shots that keeps the same character from one shot to the next.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a yo-yo player's blog, 'String Theory, Sort Of': people keep asking whether Sora could make a video of a freestyle. It could probably make a pretty one, the yo-yo a blur of light under the stage lamps. But a freestyle is the string biting your finger when a bind goes wrong, the music you picked at one in the morning, the judges' clickers going. Sora can show a trick; it can't land one.",
    ),
    (
        None,
        "benign",
        "New in the yo-yo shop: a small maker in Osaka has named its new aluminium yo-yo 'Sora', Japanese for sky, after its pale blue finish. A try-out table will be open to the public on Saturday from ten, pre-orders go through the shop's official app, and the first twenty buyers get a spare bearing and a pack of strings.",
    ),
    (
        None,
        "benign",
        "Meet Sora, our new bed bug detection beagle: she joined the pest control team this month after twelve weeks of scent training and can check a hotel room in about two minutes. She'll be on our stand at the county show on Sunday, open to the public all day, and home inspections with her can be booked through our official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout80", HELDOUT80, threshold=0.6)


if __name__ == "__main__":
    main()
