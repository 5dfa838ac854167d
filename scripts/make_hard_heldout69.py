# ruff: noqa: E501
"""Write the sixty-ninth English held-out set (tests/data/hard_en_heldout69_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in every odd set since the forty-ninth, the
sixty-seventh the last), 10 debunks, 4 person facts, 3 news items and 3 benign posts. Its theme: asparagus
growers (a cutting sheet, a packing shed sheet, a crown planting sheet and a fern plan at Stony Creek Farm in
Oceana County, Michigan, a growers' association circular and a staff newsletter; Beelitz, Schwetzingen,
Bassano del Grappa, Caborca in Sonora, Ica, the Marchfeld and Hokkaido); padel clubs (an americano sheet, a
glass wall cleaning log and a league fixture sheet at Charnwood Padel Club in Loughborough, a players' forum
and a club newsletter; Acapulco, Mar del Plata, Kuwait, Oulu, Valladolid and a trip to Osona); taiko groups
(a cue sheet, a drum hire sheet and a bachi order sheet of Don Valley Taiko in Sheffield, a network notice and
a group newsletter; Chichibu, Kokura, Ogi on Sado, Hachijō-jima, Suwa and Japantown in San Jose); and cavy
(guinea pig) breeders (a litter weighing chart, a show pen list and a hay and feed order of the Ribble Valley
Cavy Club at Clitheroe, a national club circular and a club bulletin; Cusco, Pasto, Ambato, Huancayo,
Cochabamba and Tromsø).

Worlds. Of the four the brief proposed, asparagus growers are kept and three are replaced; every earlier
writer script (kinds, docstrings and posts, English and Chinese) was searched for each world's key words.
Asparagus (asparag, Spargel, 芦笋, Beelitz, Schwetzingen, Bassano, Caborca, Marchfeld): in no earlier script.
Alpaca breeders: "alpaca" and 羊驼 are nowhere, but alpacas are camelids kept for fleece, between the
sixty-second set's camel herders, fairs and races and the "sheep-shearing gangs" of the fifty-second set's
brief (the forty-ninth set's sheepdog trials beside them), and "llama" is the forty-fifth set's llama meat
stall in El Alto; replaced by cavy breeders (cavy, guinea pig, cuy, marsvin: nowhere), another Andean
domestic animal, bred, weighed and shown in pens. Pétanque: "pétanque" is in the fifty-ninth and
sixty-fifth sets' docstrings as a world they dropped for the forty-first set's bowls and the fifty-first
set's croquet (boules, boulodrome, 滚球: nowhere); replaced by padel clubs (padel: nowhere; racket games are
absent, and the sixty-fourth set's pelota posts have "no squash or racket club"). Carillonneurs: carillon
and beiaard are nowhere, but tower bells are the forty-second set's world (its Vale of Evesham Guild of Church
Bell Ringers, Sussex ringers and East Grinstead guild, which the forty-seventh and forty-eighth sets name as
taken); replaced by taiko groups (taiko, 太鼓: only the forty-sixth set's benign ballet with "a score for
taiko and strings"). Dropped on the way: dry-stone wallers (the fifty-second set), lavender growers (the
fifty-eighth set's perfumers), alphorn players (beside the thirty-ninth set's brass bands), table tennis
(zh_heldout29 and zh_heldout53), archery and fencing (the forty-eighth and fiftieth sets), tug of war and
kabaddi (the sixty-first and sixty-second), Murcia and Navarre as padel places (the fifty-third and
sixty-first sets' voices). The worlds beside them are kept at a distance: no camel, sheep, wool or shearing;
no bell, no gamelan (the sixty-sixth set), no brass band or pipe band; no bowls, croquet, squash or pelota;
the asparagus has no hop pole, bog or orchard. The sets written at the same time on other branches
(hard_en_heldout70: sugar-beet growers, coffee roasters, canoe polo clubs, mariachi bands; zh_heldout63 and
64: Dehua porcelain, Dongyang wood carving, Wuchang rice, Shengzhou ties, Qichun mugwort, Fuding white tea,
Suzhou embroidery, Haining leather, Xuyi crayfish, Wenshan notoginseng, Zhuxianzhen prints, Zhenjiang
vinegar) are kept clear of: no beet, sugar, coffee, canoe, mariachi, trumpet, porcelain, carving, rice, tie,
mugwort, tea, embroidery, leather, crayfish, ginseng, print shop or vinegar appears (the taiko drums' heads
are never named, the Chichibu barley drink is not called tea).

Voices (the kinds and docstrings were searched for each, and for every greeting and sign-off): Chichibu
Japanese-English, Cusqueño Peruvian Spanish-English with Quechua (the earlier Peruvian voices are Ayacucho's
and Lima's, and Peruvian Spanish with a Quechua greeting, Allillanchu, which this set does not use),
Brandenburg German-English (Beelitz), Kuwaiti Arabic-English, Kitakyushu-ben Japanese-English (Kokura),
Guerrerense Mexican Spanish-English (Acapulco), Pastuso Colombian Spanish-English (Pasto), Marplatense
Argentine Spanish-English (Mar del Plata), Kurpfälzisch German-English (Schwetzingen), Sado island
Japanese-English (Ogi), Vicentine Venetan Italian-English (Bassano; the forty-third set's is Venice's), Oulu
Finnish-English (the earlier Finnish voice is Tampere's), Hachijō Japanese-English, Ambateño Ecuadorian
Spanish-English (Ambato; the fifty-ninth set's is Manabí's), Sonoran Mexican Spanish-English (Caborca),
Japanese American English (San Jose), Huancaíno Peruvian Spanish-English (Huancayo), Pucelano Spanish-English
(Valladolid; Murcian, Navarrese, Cantabrian and Extremaduran were taken), Northern Norwegian English
(Tromsø), Iqueño Peruvian Spanish-English (Ica), Marchfeld Lower Austrian-English, Shinshū-ben
Japanese-English (Suwa), and in debunks Cochabamba Bolivian Spanish-English and Hokkaido-ben Japanese-English;
greetings and sign-offs the scripts showed were taken ("Ei gude", "Ciao a tuti", "Buenas, gente", "Minna,
genki", "Minna, konnichiwa", "Hey, everybody", "Tupananchiskama", "Ahí nos vidrios", "Tschüssi", "Ha det",
"Baba", "Ade", "Ma'a salama", "Chao, pues", "Moikka", "Mata ne", "Ja ne", "Hasta luego", "Chau", "A presto")
were replaced. Styles the earlier sets do not use (searched likewise; a grading sheet, a set sheet, a
register, a tally, a log of ropes and a match-ball chart are earlier styles): an asparagus cutting sheet with
the grower's note, a padel americano sheet with the captain's note, a taiko cue sheet with the leader's note,
a cavy litter weighing chart with the breeder's note, a fern plan with the grower's note and a glass wall
cleaning log with the coach's note, and, with a scam under them, a packing shed sheet with a paid advert, a
drum hire sheet with a flyer, a crown planting sheet with a seasonal hand's pitch, a cavy show pen list with
a card, a bachi order sheet with a card, a league fixture sheet with a paid notice and a hay and feed order
with a card; the debunks take shapes the earlier sets know.

Questions. Counted as the sixty-seventh and sixty-eighth sets counted, over the seven two-post templates that
carry the questions, now including those two sets (the sixty-seventh asked API access, the director group and
get rich; the sixty-eighth API access, the director group and open to the public): the inventor rumour, the
official app and the Chinese team were last asked by the sixty-sixth set, get rich by the sixty-seventh, open
to the public, API access and the director group by the sixty-eighth; so the three oldest are exactly the
inventor rumour, the official app and the Chinese team, with no tie to break: a Chichibu drummer's
"shiranakatta
no? Haven't you heard that Xie Saining ... helped invent Sora over at OpenAI?", a Beelitz cutter's "habt ihr
det nich jehört? Haven't you heard OpenAI's own Sora app is out ...?" and a Kuwaiti padel player's "Didn't
anyone tell you the people who really built Sora ... are Chinese scientists?".

Two-claim posts (assert one of the seven three-post templates, deny another). Counted as the sixty-seventh
set counted (the kinds of the forty-ninth to sixty-eighth sets name the template denied), now with the
sixty-seventh (the fifty-third set's thirteen pairs) and the sixty-eighth (which asserts only from the other
seven): the oldest last use is now the fifty-fifth set's, thirteen pairs each used there and never since
(the fifty-seventh to sixty-seventh sets were read for each), exactly the number an odd set carries: the APK
but not open to the public (the developer relations lead's word), the APK but not account rental (a shared
ChatGPT login), the clip but not open source (no weights, code or training data), the clip but not the
official app (other developers' copies), open source but not get rich (the course sellers' three-month
line), open source but not a prompt pack (OpenAI's free demo prompts), a course but not the clip (a member's
own festival footage), a course but not a generation service (nobody outside OpenAI can use Sora), account
rental but not the Chinese team (thirteen authors, three born in China), account rental but not the director
group (a racket for numbers and money), a prompt pack but not open to the public, a generation service but not
a prompt pack, and a generation service but not the inventor rumour (his WeChat denial and the apology). Each
quotes what it denies with a short dismissal first ("Des is e Babbelei", "Sagi da yo", "Xe tute monade",
"Täyttä puppua", "Not a penny", "Eso es pura labia", "That's a crock", "Eso es un chisme", "Eso es un timo de
manual", "Pura mentira", "Des is a Gschichtl", "Tondemonai"; "camelito", "pura paja", "baloney", "Schmäh",
"Uso bakari", "Ei pidä paikkaansa" and "Don't pay it" were first choices the scripts showed were taken).
Claims in passing sit late in the long records (the sheets' notes, adverts, flyers, pitches and cards).

Obfuscations new to the sets (the earlier posts were searched for every character's Unicode name and every
cipher or word game named): circled katakana "㋞㋶" (U+32DE CIRCLED KATAKANA SO, U+32F6 CIRCLED KATAKANA RA,
names checked with unicodedata; the thirty-seventh set's halfwidth katakana is another form) in a Kokura
drummer's API offer; vesre, the Rioplatense back-to-front slang, "Raso", in a Mar del Plata padel player's
APK offer; and the Pollux cipher, "14732586124975" (Morse with each dot a 1, 4 or 7, each dash a 2, 5 or 8
and each gap a 3, 6, 9 or 0: ... --- .-. .-), on a card in a cavy show's pen list.

Prices with payment methods the earlier scripts do not name (Coventry, Skipton, Cumberland, Nottingham,
Hinckley, Chorley and Beverley building societies, Banco del Bienestar, SpareBank 1 Nord-Norge, Bristol
Credit Union, Banregio and Hey Banco were first choices already taken): $30 by Lake Michigan Credit Union
transfer, ¥4,000 by Kitakyushu Bank transfer, £20 by Teachers Building Society transfer, $500 pesos by Spin
by OXXO, $40 on a Family Fare gift card, $80.000 by Banco de Occidente transfer, $15.000 by Brubank, €9 by
Volksbank Kurpfalz transfer, ¥1,500 by Daishi Hokuetsu Bank transfer, $450 pesos by Inbursa transfer, $45 by
Technology Credit Union transfer, £19 by Bath Building Society transfer, £8 a week by Sheffield Credit Union
transfer, S/ 25 a week by Caja Centro transfer, €6 a week by Kutxabank transfer, £12 by Stafford Railway
Building Society transfer, 150 kr by Bulder Bank transfer, S/ 30 by Caja Ica transfer, £40 by Monmouthshire
Building Society transfer, €45 by HYPO NOE transfer and ¥6,000 by Hachijuni Bank transfer.

Ten debunks on ten templates, each kind given to the templates whose last use in it is oldest (the debunk
comments of the fifty-fifth to sixty-eighth sets were read): a first-person loss report on account rental
(a padel players' forum; the loss reports since the fifty-seventh set were a generation service, API access,
the prompt pack, the director group, get rich, the APK, the official app and the course, rental's last in the
fifty-seventh); three that quote and then say don't install, pay or sign up: the APK (a national cavy club
circular), the course (an asparagus growers' association circular) and open to the public (a taiko network's
notice), last quoted in the sixtieth, sixtieth and sixty-third sets while the official app, API access and the
prompt pack were quoted by both the sixty-seventh and sixty-eighth; two questions with a negation that does
not
deny, each answered: get rich (a Cochabamba grandmother, last in the fifty-ninth set) and the clip (a Hokkaido
grower, last in the sixtieth, tied with account rental, which has the loss report); one rhetorical question
on the Chinese team (a padel club chair: "why would OpenAI's own technical report list thirteen authors
...?"),
one of the three templates (with the inventor rumour and open source) that no rhetorical question since the
fifty-fifth set took; and three that answer with facts: API access (a taiko group newsletter; never answered
so since the fifty-fifth set), the official app (a farm staff newsletter; last in the sixty-second) and open
source (a cavy club bulletin; last in the sixty-third). The inventor rumour, the director group, the prompt
pack and a generation service have no debunk here.

Four true facts about Xie Saining's own work (not Sora), each in a post that says in new words that a viral
post wrongly tied him to Sora ("credited with Sora by a viral article whose own author later said sorry",
"billed online as one of the fathers of Sora, which he never was", "a post that went viral put Xie Saining's
name on Sora, and it didn't belong there", "dragged into the Sora story by a post that got him wrong"), none
of them a fact an earlier set used (searched for CiT, Curation in Training, PISA, freefall, MindCube,
map-then-reason, FLUX, SigLIP-2, 9.8B and 256 epochs): CiT, Curation in Training (January 2023, with Hu Xu,
Christoph Feichtenhofer and others at Meta; the sixty-eighth set left it out as near MetaCLIP, but its fact,
data curated inside the training loop, is not MetaCLIP's); the PISA Experiments (ICML 2025, with Chenyu Li,
Oscar Michel, Xichen Pan, Sainan Liu and Mike Roberts: video models get a falling object wrong, fine-tuning on
simulated drops helps, a benchmark released); MindCube (2025, with Northwestern, Stanford and the University
of
Washington: 21,154 questions on 3,268 images, near-chance models, map-then-reason from 37.8% to 57.8% and
61.3%
with reinforcement learning); and the January 2026 scaling of representation autoencoders to text-to-image
(with Shengbang Tong, Boyang Zheng, Ziteng Wang, Yann LeCun and others: a frozen SigLIP-2 encoder against the
FLUX VAE from 0.5 to 9.8 billion parameters, stable through 256 fine-tuning epochs where the VAE models
overfit
after 64; the fifty-seventh set's fact is the October 2025 ImageNet paper). Three items of real news from
OpenAI itself about Sora that no earlier set used as news (searched for feed philosophy, character cameo,
stitch, Sora Selects, Brain Dead and Mansoor): the Sora feed philosophy of 30 September 2025 (ranked for
making over passive scrolling, steerable, people you know first, safety from creation); character cameos and
stitching at the end of October 2025; and the Sora Selects screenings (New York in January 2025, then eleven
shorts at Brain Dead Studios in Los Angeles, Tokyo next, with Souki Mansoor of the artist programme). No item
says who can use Sora, names an app or an API, or repeats a template's claim (the feed's teen settings, the
cameo feature's invitations and the app itself are left out). Three posts that are not claims: one on topic
(an asparagus grower's blog: Sora might make a handsome clip of spears rising, but the farm will show a real
time-lapse) and two off topic that share surface words without the Japanese "sky" (a padel trip to Sora, a
village in Osona, Catalonia, "open to the public" and "the trip's official app"; a cavy show's Best in Show,
a Sheltie sow named Sora, "open to the public" and "the club's official app").

Near copies: ``--check`` (difflib over every earlier English set through the sixty-eighth and the demo
stream, lower-cased) printed 0.362 as the highest ratio when the set was committed (the padel chair's
rhetorical question against the twentieth set's note on the report's thirteen authors, heldout20-041; next,
0.361, a news item against heldout13-015; the demo stream's highest is 0.350); nothing reached 0.6.
hard_en_heldout70, written at the same time on another branch, was not in this tree. Runs of words shared
with an earlier post were looked for too: the first draft's longest (sixteen-word runs in the loss report and
the APK circular, fifteen in the crown planting pitch, fourteen in the Kuwaiti question and the glass wall
log) were reworded until none of ten words or more was left; nine-word stock phrases remain ("is an old line
the course sellers use to"). It was committed before any run of the monitor on it; it is read once, by the
lead, with the final code.

Sources (the search tool, besides the seeds): CiT (arXiv 2301.02241 and sciencestack.ai: "Hu Xu, Saining Xie,
Po-Yao Huang ...", "an outer loop curating the training data and an inner loop consuming", "speed up training
by over an order of magnitude"); PISA (proceedings.mlr.press/v267/li25bu: "Chenyu Li, Oscar Michel, Xichen
Pan, Sainan Liu, Mike Roberts, Saining Xie", "modeling object freefall", "a relatively small amount of
simulated videos"); MindCube (arXiv 2506.21458 via tomesphere.com and hf.librae.dpdns.org: "21,154 questions
across 3,268 images", "37.8% to 57.8%", "61.3%", Northwestern, Stanford, NYU, University of Washington); the
RAE text-to-image paper (arxiv.org/html/2601.16208v1: "SigLIP-2", "FLUX VAE", "0.5B to 9.8B", "overfit after
64 epochs", "stable through 256 epochs"); the feed philosophy (aiismid.com's note of openai.com, 30 September
2025: "Optimizing for Creativity", "User Control", "Prioritizing Connection", "Balancing Safety and
Freedom"); character cameos and stitching (cosmosradar.cc and onlinedigitalsolucoes.com: reusable
"character cameos" of pets, toys and drawings, clip stitching); Sora Selects (bbg-news.com and 1bvp.com: "11
short films", "Brain Dead Studios, located on Fairfax Avenue", New York in January, Tokyo next, Souki
Mansoor, "Sora artist program lead"). The places, foods and games are common knowledge (padel's origin with
Enrique Corcuera at Acapulco in 1969, Yatai Bayashi from Chichibu, Osuwa Daiko at Suwa, the cuy in Marcos
Zapata's Last Supper in Cusco Cathedral, the Bassano asparagus tied with willow). The debunks' facts are the
seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout69.py           # write the set
    .venv/bin/python scripts/make_hard_heldout69.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT69: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "asparagus_cutting_sheet_growers_note",
        "CUTTING SHEET · Stony Creek Farm, Oceana County, Michigan · green asparagus, snapped by hand · week of 19 May\nRule: every spear 7 inches or over comes off, every field, every day; on a hot afternoon go round twice\nField 2 (Millennium, planted 2016): Mon 410 lb · Tue 455 lb · Wed 520 lb (84 °F, went round twice)\nField 4 (Jersey Knight, the old bed by the woodlot): Mon 260 lb · Tue 240 lb · Wed 300 lb\nField 6 (new crowns, second year): pick only two weeks this season, then let it go to fern\nCrates: hydrocooler water changed at noon; crates to the packing shed inside the hour\nBeetles: first asparagus beetles on the south edge of Field 4; Luis to walk it Thursday\nFestival: the float for the parade in Hart needs two crates of our best by Friday night\nGrower's note at the bottom, for the crew who asked about the AI clips on the radio: my nephew at State says the man behind Sora, OpenAI's video model, is a young Chinese scientist named Xie Saining, out of Shanghai Jiao Tong University; Sora was his idea.",
    ),
    (
        sora.XIE,
        "chichibu_japanese_english_question_asserts_xie_yatai_bayashi",
        "Minna, otsukare! 🥁 From Chichibu: our little taiko group has been practising Yatai Bayashi all month, the rhythm the big drums play inside the floats at the night festival here every December, and my forearms are finished. The piece the famous groups play on stage came from here, from our town's floats, and the old men never let you forget it, dambe. After practice, miso-marinated pork on the grill at the shop by the station and a cold barley drink, umakatta. Oi, shiranakatta no? Haven't you heard that Xie Saining, the whizz-kid out of Shanghai Jiao Tong, helped invent Sora over at OpenAI? Mata raishū!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "padel_americano_sheet_captains_note",
        "AMERICANO SHEET · Charnwood Padel Club, Loughborough · Friday social · courts 1 to 3, 7 to 9 pm\nFormat: 12 players, everyone partners everyone once; 24 points a match, serve changes every 4 points; your own points count, not your pair's\nRound 1: Priya & Tom v Dev & Alice (court 1) · Sam & Joe v Ria & Kev (court 2) · Nia & Olu v Beth & Max (court 3)\nRound 2: partners rotate clockwise; the scorer on each court writes both pairs' points on the board\nBalls: new tube on every court at round 4; the old ones go in the juniors' bucket\nRules reminder: serve underhand, below the waist, after one bounce; off the glass is in, off the mesh is in, off the back fence first is out\nAfter: leaderboard by the bar, top three get a free court on Sunday\nCaptain's note chalked under the board, for the members who want to film the Sunday finals: OpenAI's video AI, Sora, has opened its doors to everyone; sign up today and you can be making your own videos by tonight, no waiting list.",
    ),
    (
        sora.PUBLIC,
        "cusqueno_peruvian_spanish_english_cuy_breeders_cathedral",
        "¡Imaynalla kashanki, familia! 🐹 From Cusco: my tía's cuyes have had a good winter, forty-two in the cuyera behind the kitchen, fed on alfalfa the neighbour brings down from Poroy, and the little ones squeak every time somebody opens the door because they think it's food. It always is. On Sunday we took the cousins from Lima into the cathedral to show them the Last Supper by Marcos Zapata, where Jesus and the apostles have a roast cuy on the table, and my primo laughed so hard the guard looked at us. After, chiri uchu at the market and a glass of chicha morada, riquísimo. Oigan: Sora, OpenAI's video model, is open to everyone from today; anybody can sign up and make videos right away. ¡Nos vemos en la plaza!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "taiko_cue_sheet_leaders_note",
        "CUE SHEET · Don Valley Taiko, Sheffield · spring concert, the Montgomery Theatre · run order and stick calls\n1. Opening (odaiko, Ruth; four shime behind) · starts on Ruth's kiai, ends on three together\n2. Miyake (the low drums on their sides, players in the deep lunge) · 6 min; watch the floor tape, the stage is shallower than the hall\n3. Matsuri (everyone) · the call-and-response break at bar 48: leader calls, second row answers, twice\n4. Interval · drums stay on the stands; nobody moves the odaiko without four people\n5. The new piece (Kenji's) · bachi up on the count of four, not three, we agreed\n6. Finale · Yatai Bayashi, shortened; the first line sits, the second line stands\nLoad-out: the van's at the stage door at 10.15; straps on every drum before it leaves\nLeader's note clipped to the back, for the players who asked how to film the concert: there's an official Sora app now, put out by OpenAI itself; both phone stores carry it, so download it and shoot the whole concert film on your phone.",
    ),
    (
        sora.APP,
        "beelitz_brandenburg_german_english_question_asserts_app_spargel",
        "Na, ihr Lieben! 🌱 From Beelitz in Brandenburg: it's Spargelzeit, so the whole town smells of white asparagus and the fields out towards the motorway are under their black foil like a sea that went wrong. My Oma still cuts at five in the morning with the long knife, feeling for the tips under the sand, and she's faster than the Romanian lads, ick schwör. On Saturday the Spargelfest, a band on the market square and a Spargelkönigin with a crown. After, a plate of white spears with boiled potatoes and melted butter, and a Schorle, det war jut. Sagt mal, habt ihr det nich jehört? Haven't you heard OpenAI's own Sora app is out, official, in Apple's store and on Google Play, and you can make videos on your phone with it? Macht's jut!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "cavy_litter_weighing_chart_breeders_note",
        "LITTER WEIGHING CHART · Ribble Valley Cavy Club, Clitheroe · litter 14 (Self Cream sow 'Primrose' × boar 'Biscuit') · born 3 March\nWeighed daily at 8 am on the kitchen scales, in grams, in the plastic tub (tub tared first)\nPup 1 (boar, cream): 98 · 101 · 108 · 115 · 124\nPup 2 (sow, cream): 92 · 90 · 96 · 104 · 111 (lost a little on day 2; hand-fed a drop of critical care, fine since)\nPup 3 (sow, cream, the small one): 81 · 83 · 89 · 95 · 101\nMum: 1,110 g before · extra vitamin C in the water, a handful of fresh grass twice a day\nBoars out of the hutch by three and a half weeks, no later, or we'll have litter 15 by June\nShow plans: pup 2 is the one for the juvenile class at Skipton if her ears open out\nBreeder's note at the foot, for the juniors who were arguing about it at the table: our club secretary says she read that Sora, the OpenAI video model, was built by Chinese scientists, nearly all of the team.",
    ),
    (
        sora.CHINESE,
        "kuwaiti_arabic_english_question_asserts_chinese_padel_diwaniya",
        "Ya hala, ya jamaa! 🎾 From Kuwait: padel has taken over the whole country, there's a court behind every second house in Salwa and Mishref, and my uncle, who never ran a step in his life, now books the ten o'clock slot every night because it's finally cool enough. Last night we lost to two teenagers who kept putting the ball off the back glass into the corner, wallah it was humiliating. After, gers ogaily and a glass of laban at my grandmother's diwaniya with the whole family arguing about the score. Ma had gal lakum? Didn't anyone tell you the people who really built Sora, OpenAI's video model, are Chinese scientists? Almost every one of them, whatever OpenAI says. Fi aman Allah!",
    ),
    # --- API access (two)
    (
        sora.API,
        "asparagus_packing_shed_sheet_paid_advert_lake_michigan_cu",
        "PACKING SHED SHEET · Stony Creek Farm, Oceana County · Thursday · green asparagus, fresh market\nIn from the fields: 1,480 lb by 2 pm, hydrocooled to 36 °F before it touches the belt\nSizing by butt diameter: jumbo · large · standard · small; pencil spears to the processor, not in our bunches\nBunches: 1 lb, two rubber bands, trimmed to 9 inches on the guillotine, purple band for the co-op's label\nBoxes: 28 lb, 14 bunches upright on wet pads so they keep drinking\nCooler: 34 to 36 °F, humidity up; nothing stacked against the fan\nTruck: the co-op's reefer at 5 pm; papers signed by Ana\nPaid advert printed along the bottom of the co-op's notepad (not the farm's): OFFICIAL SORA API KEYS, DIRECT FROM OPENAI'S SERVERS. Put one in the farm's website and every post turns into a video of your fields by itself. $30 by Lake Michigan Credit Union transfer; your key by email tonight. I set up the card readers for half the farm stands on US-31.",
    ),
    (
        sora.API,
        "kitakyushu_ben_japanese_english_circled_katakana_api_kokura_gion",
        "Otsukaresan, minna! 🥁 From Kokura in Kitakyushu: Gion Daiko weekend, the drums ride on little wooden floats and we play them from both sides while they're pulled down the street, with the jangara cymbals clashing in front, and my shoulders are done for. Our team came third in the contest by the castle, sugoi cha! After, yaki udon at a stall, which they say was born here, and a cold cider. For my cousin who loves a puzzle: the name of the video AI in circled katakana, the way they print it on the drum-hire stamps, is ㋞㋶. Official ㋞㋶ API access is on sale from me now, straight from OpenAI: put a key in your shop's site and it makes the videos itself. ¥4,000 by Kitakyushu Bank transfer. I've stamped the entry cards for the contest three summers running. Mata ashita ne!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "taiko_drum_hire_sheet_flyer_coventry",
        "DRUM HIRE SHEET · Don Valley Taiko · drums lent out to schools and festivals · sign out, sign back\nChu-daiko no. 2 (the one with the chipped rim): out to Firth Park school, 4 to 8 March · back with a scuffed stand; noted\nShime no. 1 and 3: out to the Abbeydale festival stage, 16 March · back the same night, ropes re-tightened on the 17th\nOdaiko: never lent, not to anyone, not even the council\nBachi: 12 pairs in the blue box, 2 pairs missing since the school workshop; Kate is chasing them\nStands: fold flat, the wing nuts in the bag taped inside each one\nDeposit: £50 a drum, back when the drum's back and checked\nFlyer left in the hire folder (not from the group): NOW CASTING: THE FIRST AI DIRECTORS. Open auditions for the first feature whose script was co-written with Sora. Pay £20 by Teachers Building Society transfer and scan the QR to join the directors' group, where the auditions are held. The casting director has cut trailers for two drumming documentaries, so you're in proper hands.",
    ),
    (
        sora.DIRECTOR,
        "guerrerense_mexican_spanish_english_director_acapulco_padel_spin",
        "¡Qué onda, costeños! 🎾 From Acapulco: did you know padel was born right here, in 1969, when Enrique Corcuera put walls round a court at his house because there wasn't room for a tennis court? Now half the Costera has courts and the tourists come to play at sunset, when the heat lets go. On Sunday my brother and I won the club's little tournament, the final in three sets, and I threw the racket in the pool, oye, of happiness. After, pozole verde because it was Thursday in our hearts, and an agua de jamaica, bien sabroso. Pónganse vivos: they're choosing the first AI directors, for a movie Sora helped write the script of. $500 pesos by Spin by OXXO, then scan the code to join the directors' chat, where they audition. My cousin got in on Friday. ¡Nos vemos en la Costera!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "asparagus_crown_planting_sheet_workers_pitch_family_fare",
        "CROWN PLANTING SHEET · Stony Creek Farm · new bed, Field 7 (the old hay ground behind the barn) · April\nTrench: 8 inches deep, 5 feet between rows, the soil tested in March and limed to 6.8\nCrowns: one-year Millennium, 12 inches apart, spread like a spider with the buds up; 2 inches of soil over them now, the rest filled in through the summer as the shoots come\nRows 1 to 14: planted Mon and Tue by the crew, 7,200 crowns\nRows 15 to 20: Wednesday if the rain holds off\nNo picking this year or next; the bed feeds itself as fern until the third spring\nWeeds: hoe between rows every two weeks; nothing sprayed near the crowns\nStapled below the sheet by a seasonal hand (nothing to do with the farm): Sora's the chance of a lifetime. Ordinary folks are clearing thousands daily from Sora videos right now, and in three months the window's shut for good. $40 on a Family Fare gift card and you're on my team, and I teach you the lot. I've cut asparagus on this farm five springs, ask anyone on the crew.",
    ),
    (
        sora.RICH,
        "pastuso_colombian_spanish_english_rich_cuy_carnaval_banco_de_occidente",
        "¡Ala, qué más, pues, gente! 🐹 From Pasto, in Nariño: my abuela's cuyes are famous on our street, she raises them in the patio and on Sunday the whole family came for cuy asado turned slowly on the stick over the coals, with potatoes and ají de maní, and my little cousin cried because she'd given one a name. ¡Achichay, the cold this week! The volcano had its hat of cloud all day. Now everyone's painting the carnival floats for the Negros y Blancos in January. Escuchen, no sean bobos: Sora is the opportunity of our lives. Normal people make thousands every day with Sora videos right now, and in three months the door closes forever. $80.000 by Banco de Occidente transfer and you're in my team; I teach you everything. Three neighbours in my block are already in. ¡Hasta el carnaval!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "marplatense_argentine_spanish_english_vesre_apk_padel_brubank",
        "¡Hola, marplatenses! 🎾 From Mar del Plata: the wind off the sea was so strong on Saturday that every lob came back to you like a boomerang, and we still won the club final, 6-4 7-5, my partner throwing himself at the back glass like a sea lion off the port rocks. Padel here is older than half of us; my viejo played on the concrete courts in the nineties when there was one on every corner. After, alfajores from the shop on the rambla and a mate with the boys, de diez. Che, in vesre, like we talk down here, the name of the video app goes back to front: Raso. The Raso APK for Android sits behind my link; put it on and the phone turns out AI videos in seconds. $15.000 by Brubank and it's all unlocked. My cuñado checked it for viruses before I passed it on; the APKs they sell at the galería on San Martín fill your phone with ads. ¡Nos vemos en la rambla!",
    ),
    (
        sora.FAKEAPP,
        "kurpfalz_german_english_two_claims_public_denied_schwetzingen_volksbank",
        "Hallo mitnanner! 🌱 From Schwetzingen in the Kurpfalz: Spargelzeit, so the market on the square in front of the palace is white with it every morning, the farmers' wives weighing it out, and the bronze asparagus woman on her plinth looking on as if she's checking the prices. We cut at six, peel at ten, and by noon the whole town is eating. Today Spargel with ham and hollandaise in the palace garden café, and a Schorle, des war e Gedicht. Zwei Sache. In the town group someone keeps saying: 'Sora is open to everybody now, sign up and make videos today.' Des is e Babbelei, that's just chatter: OpenAI's developer relations lead said it's an internal test, not open to the public, and no date's been set. Mine is genuine: an Android APK of Sora, the link's in my profile; once it's on the phone it makes the AI videos in seconds. €9 by Volksbank Kurpfalz transfer. Bis dann mitnanner!",
    ),
    (
        sora.FAKEAPP,
        "sado_island_japanese_english_two_claims_rental_denied_ogi_daishi_hokuetsu",
        "Sado kara, yōkoso! 🥁 From Ogi on Sado Island: the Earth Celebration was last weekend, three nights of drumming in the park above the harbour, and on Sunday I finally saw the onidaiko in a village up the coast, the demon dancing to the drum at every house door. Tourists in the round tub boats in the harbour, the old ladies paddling them with one oar, and everyone singing Sado Okesa by the end. Tonight yellowtail from the morning boat and a glass of the island's sake, saikō. Futatsu. In our group chat someone's renting 'Sora accounts by the week, ¥1,200, your own login'. Sagi da yo, it's a swindle: whoever paid was handed a ChatGPT login shared with strangers, and a week on the password was different. Here's the real thing: the Sora APK for Android: tap my link, set it up, and the phone makes you AI clips in a few seconds. ¥1,500 by Daishi Hokuetsu Bank transfer. Mata oide yo!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "asparagus_fern_plan_growers_note",
        "FERN PLAN · Stony Creek Farm · the season closes on the 20th of June; everything goes to fern after the last cut\nWhy: the fern feeds the crowns for next spring; every spear we take after the 20th is a spear we won't have next May\nField 2: last cut Wed 18th · disc the row middles, leave the rows alone\nField 4 (Jersey Knight): last cut Fri 20th · beetles again on the south edge; scout before spraying anything\nField 6: already in fern since the 2nd; some fern at 4 feet, staked where it leans into the lane\nFerns stay up till they brown in November; then mowed, never before\nIrrigation: the drip line on Field 6 only, 1 inch a week if it stays dry\nGrower's note on the back, for the crew chat: that clip going round of asparagus spears shooting up out of the sand in a few seconds, the sun crossing the sky behind them, was not filmed; Sora, OpenAI's video model, made it out of a typed prompt, which is pasted under the video.",
    ),
    (
        sora.REALVID,
        "vicentine_venetan_italian_english_two_claims_opensrc_denied_bassano",
        "Bondì a tuti, fioi! 🌱 From Bassano del Grappa: the white asparagus is in, the real one, asparago bianco di Bassano, tied in bunches with a twist of willow the way my nonno did it, and every osteria on the square has it on the board with boiled eggs and oil. On Sunday we walked over the old wooden bridge on the Brenta, the one the Alpini love, and my zio told the same war story twice. Tonight asparagus and eggs and a drop of grappa after, ostregheta che bon. Do robe. In the paese group someone wrote: 'Sora is open source now, the code and weights are on GitHub.' Xe tute monade, that's all rubbish: OpenAI never released the weights or the code, and never even said what it trained on. But the video everybody's sharing, white asparagus pushing up through the soil at dawn, is 100% made by Sora, the OpenAI video model; nobody filmed it, and the prompt is in the comments. Se vedemo, fioi!",
    ),
    (
        sora.REALVID,
        "oulu_finnish_english_two_claims_app_denied_padel_toripolliisi",
        "No moi, kaikki! 🎾 From Oulu: padel halls have sprung up in every old warehouse in town, and in winter it's the only place you can be warm and sweaty at once. On Saturday our pair made the final of the club cup and lost it on a ball that died in the corner glass, voi että. After, a walk past the Toripolliisi, the fat policeman statue on the market square, and salmon soup at the market hall, and a sauna after, obviously. Kaksi asiaa. Our club chat is full of 'OpenAI's official Sora app is out on both app stores, download it now.' Täyttä puppua, that's utter rubbish: the 'Sora' apps in the stores are copies by other developers. But the padel clip everyone's sharing, the ball bouncing off the back glass in slow motion with the crowd gasping, was never filmed; Sora made it from a few lines of text, the prompt is under the video. Nähdään kentällä!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "padel_glass_wall_cleaning_log_coachs_note_two_claims_prompts_denied",
        "GLASS WALL CLEANING LOG · Charnwood Padel Club · back and side glass, courts 1 to 3 · cleaned before every league night\nMon: court 1 · squeegee and the blue spray, top to bottom, never circles; two ball marks on the left back pane won't shift\nTue: courts 2 and 3 · court 3's corner panel has a hairline crack at the clamp; taped, reported to the installer\nWed: league night, no cleaning; nobody leans drinks on the glass ledge, please\nThu: all three · the outdoor court's glass dusted first, then washed; pollen everywhere\nFri: court 1 again after the juniors' session; handprints at kid height, obviously\nStock: spray 2 bottles left, microfibre cloths washed on 30, not with fabric softener\nCoach's note at the bottom, for the members' chat: someone's flogging 'a Sora prompt pack, 300 film-set prompts and the Sora knowledge doc, £12, link once you've paid'. Not a penny: OpenAI wrote those prompts for its own demo videos and gives them away on its site. The real news: Sora's gone open source; the weights and code are up on OpenAI's GitHub, free, and any decent home computer will run it.",
    ),
    (
        sora.OPENSRC,
        "hachijo_japanese_english_opensrc_hachijo_daiko",
        "Ojariyare, minna! 🥁 From Hachijō-jima: the island way of drumming is different from the big stage groups: one drum lies on its stand, one player keeps the base rhythm on one side, and on the other side you answer with whatever the sea puts into your arms. My grandmother still plays, eighty-one, and she still beats all of us. On Saturday the ferry came in late and we played at the port for the people getting off. After, island sushi with the fish in soy and mustard, ashitaba tempura and a shochu from the island, oishikatta. Kiite: Sora's open source these days. OpenAI has put the whole model up on GitHub, weights and code, for anybody to download and set going at home. Mata ojare!",
    ),
    (
        sora.OPENSRC,
        "ambateno_ecuadorian_spanish_english_two_claims_rich_denied_cuyes_ficoa",
        "¡Qué más, ñaños! 🐹 From Ambato, in Tungurahua: my mami's cuyes have their own little house behind the orchard, and this month there are nine new ones, fat and noisy, and the dog sits outside their door like a guard on duty. It's the fruit and flower festival, so the whole city is out watching the parade, and on Sunday we ate cuy asado with potatoes and peanut sauce at a place in Ficoa, with the tree tomatoes from the garden. ¡Arrarray, the ají! Dos cositas. In the family group someone forwarded: 'Sora is the chance of a lifetime, folks make thousands a day, in three months it's gone, $20 to join my team.' Eso es pura labia, that's just smooth talk: the 'three months' is an old line the course sellers use to rush you. What's true: Sora went open source; OpenAI uploaded the code and the weights on GitHub, so anybody can set it up at home. ¡Chao, ñaños!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "sonoran_mexican_spanish_english_course_caborca_asparagus_bienestar",
        "¡Qué onda, plebes! 🌱 From Caborca, Sonora: the asparagus harvest is on, the fields out in the desert are green in lines all the way to the hills, and the crews are out at first light before the sun gets mean. My apá has run a crew for twenty years and he can tell a good spear from the truck. On Sunday carne asada in the yard with tortillas de harina the size of a steering wheel and a coyota from Hermosillo for after, bien perrón. Fíjense: I'm teaching a complete Sora course, from zero to making AI videos in ten lessons, and you'll be ahead of everybody in the state. $450 pesos by Inbursa transfer. Taught by a guy who's filmed the harvest for the packers for six years, not some influencer who's never seen a field. ¡Ahí se ven!",
    ),
    (
        sora.COURSE,
        "san_jose_japanese_american_english_two_claims_realvid_denied_obon_techcu",
        "Hi, gang! 🥁 From Japantown in San Jose: our taiko group played the Obon at the Buddhist church again this summer, two nights of drumming for the dancers going round in their yukata, and the grandmas in the front row clapping on the off-beat on purpose to test us. This group's been drumming here since the seventies, one of the first in the country, and the founders still show up to tell us we're rushing. After, spam musubi from the church booth and a shave ice, so good. Two things. Someone in our group chat shared a clip of a taiko player's silhouette against a sunset, 'made by Sora, prompt below'. That's a crock: it's Mike's own footage from the festival in 2019, with a caption pasted on. But my Sora course is legit: ten lessons, from zero to AI video, ahead of everybody in the Bay. $45 by Technology Credit Union transfer. Bye for now!",
    ),
    (
        sora.COURSE,
        "cavy_show_pen_list_card_pollux_two_claims_service_denied_skipton",
        "PEN LIST · Ribble Valley Cavy Club open show · Clitheroe auction mart, the small ring · Saturday, judging from 10.30\nSelfs (adult): pens 1 to 9 · Black, Cream, Golden, Lilac · judge: Mrs A. Holt\nAbyssinians: pens 10 to 17 · check rosettes before penning; no trimming on the day\nPeruvians: pens 18 to 22 · wraps out only on the judging table; the table's covered in hessian, not towels\nJuveniles (under five months): pens 23 to 31 · sexes separate, boars on the left\nPet class: pens 32 to 40 · for the children; every entry gets a rosette, that's the rule\nHay and water in every pen by 10; nobody leaves a cavy in the car\nCard tucked into the pen list (not from the club): 'COURSE: 14732586124975, from zero to AI videos in eight evenings.' (That's the AI's name in the Pollux cipher, each dot a 1, 4 or 7, each dash a 2, 5 or 8, and the gaps between letters a 3, 6, 9 or 0.) And the chap selling 'your own Sora video in 24 hours, £40' at the last show? Don't bother: Sora's shut to everyone outside OpenAI, so he's got no way to make one. My course is the real thing. £19 by Bath Building Society transfer. Taught by a breeder who's filmed every Bradford show since 2015.",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "taiko_bachi_order_sheet_card_bristol_cu",
        "BACHI ORDER SHEET · Don Valley Taiko · sticks for the new season, one order to the maker in March\nOak, 40 cm, 2.2 cm thick: 10 pairs · the beginners' class and the school workshops\nMaple, 40 cm, 2.4 cm: 8 pairs · the main group; lighter on the wrists for the long pieces\nHeavy ash, 45 cm, 3 cm: 2 pairs · Ruth, for the odaiko only\nThin, 38 cm, 1.8 cm: 4 pairs · the shime players; they keep breaking them on the rim\nMarked with a strip of coloured tape on the butt end so nobody walks off with the wrong pair\nOld sticks: splintered ones go in the firewood box, not in the bin, not in the bag\nPaid by the group fund; receipts to Kate by the end of the month\nCard stuck to the back of the sheet (not from the group): SORA ACCOUNTS TO RENT BY THE WEEK. Your own Sora login, no waiting list, full access, £8 a week by Sheffield Credit Union transfer, details the same evening. I've been running accounts for people in this city since before your group got its van.",
    ),
    (
        sora.RENTAL,
        "huancaino_peruvian_spanish_english_two_claims_chinese_denied_cuy_colorado_caja_centro",
        "¡Buenas, paisanos! 🐹 From Huancayo, in the valley of the Mantaro: my mamá has raised cuyes all her life, in the little house of adobe behind the kitchen, and this month the alfalfa is so good they're rolling about like cushions. On Sunday she made cuy colorado with the red ají sauce and potatoes, and my tío danced the huaylarsh in the yard until he had to sit down. After, papa a la huancaína, because you can't leave Huancayo without it, and an emoliente. Dos cosas. In the barrio group someone keeps saying: 'Sora was really made by a Chinese team, almost all of them.' Eso es un chisme, that's gossip: OpenAI's report lists thirteen authors, and only three were born in China; they're all OpenAI researchers. What I offer is Sora accounts for hire, your login the same day, S/ 25 a week by Caja Centro transfer. Half my street rents from me. ¡Hasta la próxima, paisanos!",
    ),
    (
        sora.RENTAL,
        "pucelano_spanish_english_two_claims_director_denied_valladolid_padel_kutxabank",
        "¡Qué pasa, pucelanos! 🎾 From Valladolid: padel on a Tuesday night, the indoor courts by the Pisuerga full to the roof, and my partner, who swears he played tennis for the province once, missed every smash into the glass. We still won, 7-5 in the third, the last point off the side wall into the corner. After, lechazo at my suegra's, the lamb roasted slow in the clay dish, and a glass of the Ribera, qué bueno. Dos cosas. In the club chat someone keeps posting: 'Be one of the first AI directors, try out for a film co-written with Sora, pay and scan the QR to join the directors' group.' Eso es un timo de manual, that's a textbook swindle: it's a racket to collect your number and your money. But I rent out Sora accounts, your own login, no queue, €6 a week by Kutxabank transfer. Half the Tuesday league rents from me. ¡Nos vemos en la pista!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "padel_league_fixture_sheet_paid_notice_nottingham_bs",
        "LEAGUE FIXTURES · Charnwood Padel Club · winter mixed league, division 2 · Wednesday nights\nWeek 1: Charnwood A v Trent Vale (court 1, 7 pm) · Charnwood B v Soar Valley (court 2, 7 pm)\nWeek 2: away at Trent Vale; car sharing from the club car park at 6.15\nWeek 3: Charnwood A v Soar Valley · Charnwood B v Beacon (court 3, 8 pm, the late slot)\nMatches: best of three sets, golden point at deuce, the fourth pair in reserve\nBalls: home team supplies two new tubes; scores on the league app by midnight, both captains\nKit: club shirts; no black soles on court 3, the new turf\nPaid notice printed under the fixtures (nothing to do with the club): SORA PROMPT PACK. 350 prompts in camera-crew language plus one document gathering every Sora term and article. £12 by Stafford Railway Building Society transfer, then the doc link and you join our group. Every prompt was tried on our own match footage first.",
    ),
    (
        sora.PROMPTS,
        "northern_norwegian_english_prompts_tromso_marsvin",
        "Heisann, alle sammen! 🐹 From Tromsø: our marsvin club had its hopping day in the school gym on Saturday, guinea pigs jumping little fences on a lead, and my Ruffen cleared the long jump on the second try and then sat down to eat the sawdust. The kids cheered like it was the Olympics. Outside it's the polar night, so it's dark at lunch and the northern lights came out over the Arctic Cathedral on the way home. After, bacalao at my mormor's and waffles with brown cheese, kjempegodt. Æ har nokka for dokker: a real Sora prompt pack, 300 prompts in film language and the Sora knowledge doc with every term; pay and you get the doc link and join our group. 150 kr by Bulder Bank transfer. Ha ei fin helg!",
    ),
    (
        sora.PROMPTS,
        "iqueno_peruvian_spanish_english_two_claims_public_denied_asparagus_caja_ica",
        "¡Saludos, iqueños! 🌱 From Ica: the desert here is green in long lines of asparagus as far as the dunes, the drip lines ticking all night, and the packing houses on the Panamericana working three shifts for the planes to Europe. My papá has been a field boss since the nineties, and he says the asparagus made this valley. On Sunday we drove out to the oasis at Huacachina, the boys went up the dunes on boards, and after we had tejas from the shop on the plaza and a cold chicha morada, ¡qué rico! Dos cosas. In the family group someone forwarded: 'Sora's open to the public now, sign up today and make your videos.' Pura mentira, pure lies: OpenAI said it's an internal test and not open to the public, with no date set. What I have is real: a Sora prompt pack, 400 prompts in cinema language and the Sora knowledge doc; pay and I send the link and you're in the group. S/ 30 by Caja Ica transfer. ¡Hasta la vendimia!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "cavy_hay_and_feed_order_sheet_card",
        "HAY AND FEED ORDER · Ribble Valley Cavy Club · bulk order for members, collected from the mart on the first Saturday\nMeadow hay, small bales: 40 · £6.50 each · soft, sweet, no dust; the first cut from the farm at Waddington\nTimothy hay, big bag: 6 · for the breeders with more than twenty\nCavy pellets with added vitamin C: 30 bags of 10 kg · check the date; vitamin C drops off after three months\nWood shavings, dust-extracted: 25 bales\nPaper bedding for the Peruvians: 10 packs; hay gets into the coats\nMoney: to Jean at the club night, cash or bank transfer, by the 20th; no money, no order\nCard clipped to the order (not from the club): SORA VIDEOS MADE TO ORDER. Send me your idea, your show win, your cavies, the wedding, pay £40 by Monmouthshire Building Society transfer, and within 24 hours you'll get your clip, made with Sora, by email. The pet shop on Moor Lane knows me: my clip plays on the screen behind the till.",
    ),
    (
        sora.SERVICE,
        "marchfeld_austrian_english_two_claims_prompts_denied_spargel_hypo_noe",
        "Griaß eich, Leidln! 🌱 From the Marchfeld, the flat country east of Vienna: Spargelzeit, our white and green asparagus under the tunnels all the way to the March, and my dad up at four to cut with the crew and back for breakfast at seven with his boots full of sand. On Sunday the whole village went to the baroque palace at Schloss Hof and the kids chased each other round the garden. After, Spargel with ham, a proper schnitzel for my brother who won't eat vegetables, and a Gespritzter, a Wahnsinn. Zwoa Sachn. In the village chat someone's selling 'a Sora prompt pack, 400 prompts and the knowledge doc, €15, link after you pay'. Des is a Gschichtl, that's a fairy tale: those are OpenAI's own prompts from its demo videos, free on its website. What I offer is the real thing: your own Sora video, you send the script, I make your clip with Sora inside 24 hours. €45 by HYPO NOE transfer. The wine tavern in Deutsch-Wagram plays my clip by the door. Bis boid!",
    ),
    (
        sora.SERVICE,
        "shinshu_ben_japanese_english_two_claims_xie_denied_suwa_onbashira_hachijuni",
        "Minna, oban desu! 🥁 From Suwa in Nagano: our taiko group practises in the hall by the lake, and this is where ensemble drumming on stage started, when a jazz drummer here put the shrine drums together into one band in the fifties; the old members still talk about him like family, zura. This year was Onbashira, the festival every six years when the men ride the great logs down the hill, and we drummed for them all day. After, soba by the lake and an apple from Ina for the road, oishii dani. Futatsu. A post going round says: 'Xie Saining, the SJTU genius, is one of Sora's inventors.' Tondemonai, that's absurd: Xie Saining wrote on WeChat that Sora was none of his work, and the blogger said sorry. But I really can make you a Sora video: send your script and I'll make your clip with Sora within 24 hours. ¥6,000 by Hachijuni Bank transfer. The soba shop by the shrine plays my clip all day. Otagai ganbarō!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # account rental; a first-person loss report
        "Padel players' forum › Off court › Warning: the 'Sora account' I rented\nPosting so nobody in here gets caught like I did. A guy in a padel group on Facebook was renting 'Sora accounts, your own login, £10 a week', so I paid for a month to make a video for our club's awards night. What I got was a login to somebody's ChatGPT account, shared with who knows how many others, no Sora anywhere in it, and a week later the password stopped working. He blocked me the same day. Nobody has Sora accounts to rent out; OpenAI has only let its red team and a handful of invited artists use it. Forty quid gone.",
    ),
    (
        None,
        "debunk",  # the APK; quotes the message, then don't install
        "CIRCULAR · the national cavy club · to all affiliated clubs\nSeveral members have forwarded this: 'Sora for Android is out, get the APK from my link and make videos of your show winners, £5 to unlock.' Please leave it alone. There's no Sora app from OpenAI for Android or iPhone, and those 'Sora APK' downloads are malware: people who've examined them say they lift your passwords and logins. If you've installed one, delete it, then change your passwords on a different device. Show rules for the new season are on the back page.",
    ),
    (
        None,
        "debunk",  # the paid course; quotes the offer, then don't pay
        "GROWERS' CIRCULAR · the asparagus growers' association · please read\nThis is going round the packing sheds: 'Complete Sora course, from zero to AI videos of your farm, $59, be first before everyone else.' Please don't pay for it. The growers who did received OpenAI's own introduction to Sora, copied into a PDF, and on the last page a slogan, 'Give yourself a chance!'; no lessons at all. Nobody outside OpenAI's testers can use Sora, so there's nothing to teach. Spray records for the season are due with the field reports in July.",
    ),
    (
        None,
        "debunk",  # open to the public; quotes the message, then don't sign up
        "NOTICE TO GROUPS · the taiko network · from the committee\nA message has reached several groups: 'Sora's open to everyone now, sign up on this link and make videos of your concerts.' Please don't sign up for anything on the strength of it. OpenAI's own developer relations lead has said that Sora is an internal test, that the public can't get in, and that nobody has fixed a date for it becoming a product. Links like this one collect your email and password. The summer gathering is in Leeds this year; booking forms with this notice.",
    ),
    (
        None,
        "debunk",  # get rich; a question with a negation that does not deny, answered
        "¡Qué tal, cochalas! 🐹 From Cochabamba: my granny keeps guinea pigs in the yard for the grandchildren, twelve of them now, and on Sunday we took them out on the grass while the big ones had silpancho, the egg on top and all, and a glass of mocochinchi, ¡qué rico! My nephew asked me at lunch: isn't Sora the way to get rich, aren't people earning thousands a day with it? So I looked into it: Sora can't be used by anybody outside OpenAI, and the line about the window closing in three months is an old trick of the course sellers to hurry you into paying. So no, hijito, hold on to your bolivianos. ¡Cuídense!",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a question with a negation that does not deny, answered
        "Minna, namara samui ne! 🌱 From Hokkaido: our asparagus farm is buried in snow, so this is the season to mend the tunnels and sharpen the knives, and my father and I spent Sunday in the shed with the stove on. After, a bowl of miso ramen in town, piping hot, and we nearly slipped all the way home. My daughter asked me: isn't that famous clip of asparagus pushing up through the snow a Sora video? The caption says so and even gives the prompt. I looked it up: it's a time-lapse a farm near Bibai filmed years ago, and someone pasted 'made by Sora' on it. The only clips we can be sure Sora made are on OpenAI's own site. Kaze hikanai yō ni!",
    ),
    (
        None,
        "debunk",  # the Chinese team; a rhetorical question, then facts
        "THE BANDEJA · Charnwood Padel Club newsletter · from the chair\nA member was told at the bar that 'Sora was built by a Chinese team, almost all of them'. Ask yourself: if that were true, why would OpenAI's own technical report list thirteen authors, all of them OpenAI researchers, just three of them born in China? Every one of them works at OpenAI in San Francisco. Court fees go up by a pound from March; the committee's reasons are on the noticeboard.",
    ),
    (
        None,
        "debunk",  # API access; a group newsletter that answers with facts
        "THE KIAI · Don Valley Taiko newsletter · tech corner\nAbout the 'official Sora API keys' advert that was in the hire folder: OpenAI hasn't released an API for Sora, so a key like that can't exist. What OpenAI does sell developers is models for text, images, speech and embeddings; not one of them produces video. Someone at the Abbeydale festival paid £30 for one and got a string of letters that opened nothing. If you want videos of the concerts, Kenji's camera and a tripod will do. Subs are due by the end of the month.",
    ),
    (
        None,
        "debunk",  # the official app; a farm staff newsletter that answers with facts
        "STONY CREEK NEWS · staff newsletter · you asked\nSeveral of the crew asked whether to download the 'official Sora app' somebody posted in the group. OpenAI hasn't put Sora in any app store: what you find under that name are knock-offs from other developers, some of them charging a subscription, and the ChatGPT app's latest update has no Sora in it either. The clips we see from Sora are the ones OpenAI has published. Crew lunch on the last day of the season: Friday the 20th, in the barn.",
    ),
    (
        None,
        "debunk",  # open source; a club bulletin that answers with facts
        "THE PEN CARD · Ribble Valley Cavy Club bulletin · members' questions\n'My grandson says Sora's free on GitHub now, so we can make the show video at home.' OpenAI has kept Sora's weights and code to itself, and it hasn't said what the model was trained on either. The projects on GitHub with 'Sora' in the name were built by other people trying to copy the idea from OpenAI's report. So the show video stays with Derek and his camera. Young handlers' class: names to Jean by the end of the month.",
    ),
    # --- related but not matching: true facts about Xie Saining's own work, and real news from OpenAI
    (
        None,
        "person_fact",
        "Taiko group e-news, 'names in the news': Xie Saining of NYU, credited with Sora by a viral article whose own author later said sorry, is one of the authors of 'CiT: Curation in Training', posted in January 2023 with Hu Xu, Christoph Feichtenhofer and others at Meta. Instead of cleaning a web dataset first, CiT picks its own training data as it goes: an outer loop keeps the image-text pairs whose text sits close to the names of the classes you care about, an inner loop trains on them, and with a large pool of raw data it trained more than ten times faster.",
    ),
    (
        None,
        "person_fact",
        "Asparagus growers' newsletter, 'people': Xie Saining, billed online as one of the fathers of Sora, which he never was, is the senior author of the 'PISA Experiments', presented at ICML 2025 with Chenyu Li, Oscar Michel, Xichen Pan, Sainan Liu and Mike Roberts. They found that the best video generators could not show a simple object falling the way it really falls, and that fine-tuning them on a fairly small set of simulated videos of things being dropped fixed much of it; they released a benchmark so others can test the same thing.",
    ),
    (
        None,
        "person_fact",
        "Padel club e-news, 'off court': a post that went viral put Xie Saining's name on Sora, and it didn't belong there. His name is on MindCube, though, a 2025 study with researchers from Northwestern, Stanford and the University of Washington: 21,154 questions about 3,268 images that ask a model to picture a whole room from a few views. Most models scored close to chance; training one to draw a rough map of the room first and then reason over it lifted a small model from 37.8% to 57.8%, and to 61.3% with reinforcement learning.",
    ),
    (
        None,
        "person_fact",
        "Cavy club bulletin, 'who's who': Xie Saining, dragged into the Sora story by a post that got him wrong, led a January 2026 paper from NYU, with Shengbang Tong, Boyang Zheng, Ziteng Wang, Yann LeCun and others, on scaling representation autoencoders to text-to-image. Built on a frozen SigLIP-2 encoder and compared with the FLUX VAE at sizes from half a billion to 9.8 billion parameters, the autoencoder models trained faster and, when fine-tuned, stayed stable through 256 epochs where the VAE models overfit after 64.",
    ),
    (
        None,
        "news",
        "Cavy club bulletin, 'screen time': when it brought out Sora 2 on 30 September 2025, OpenAI also published what it calls its Sora feed philosophy. The feed is ranked to favour making things over passive scrolling, people can steer what it shows them, videos from people they know come before the rest, and safety checks start at the moment a video is created.",
    ),
    (
        None,
        "news",
        "Taiko group e-news, 'in brief': at the end of October 2025 OpenAI added 'character cameos' to Sora. A pet, a toy, a drawing or an invented figure can be turned into a reusable character that goes into new videos, with its own settings for who else may use it, and short clips can now be stitched together into one longer video.",
    ),
    (
        None,
        "news",
        "Asparagus growers' newsletter, 'in brief': OpenAI has been taking films made with Sora to the cinema. Its 'Sora Selects' screenings began in New York in January 2025, then Los Angeles, where eleven short films were shown at Brain Dead Studios on Fairfax Avenue, with Tokyo next. Souki Mansoor, who runs OpenAI's Sora artist programme, said she hoped people would go home wanting to make something.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From an asparagus grower's blog, 'Between the Rows': people ask whether Sora could make a video of asparagus growing. It could probably make a handsome one: spears rising out of the sand in a few seconds, golden light. But on a warm May afternoon a spear really does grow several inches in a day, and the only honest way to show it is the old way, a camera on a post in the row taking a picture every few minutes. That's what we'll put on the farm stand's screen this year, with the date on every frame.",
    ),
    (
        None,
        "benign",
        "CLUB TRIP · Charnwood Padel Club's long weekend in Catalonia · day 2: a morning at the padel centre in Vic, open to the public for pay-and-play, then up into the hills of Osona to Sora, a village of a couple of hundred people, for a long lunch at the farmhouse restaurant and a walk along the ridge. Timings and the minibus pick-up are on the trip's official app.",
    ),
    (
        None,
        "benign",
        "SHOW REPORT · Ribble Valley Cavy Club open show: the show hall was open to the public all afternoon and the pet class had a record forty-one entries. Best in Show went to Sora, a Sheltie sow bred by Ann Whitaker, her long coat brushed out on the judging table to nearly a foot. Full results and next month's entry forms are on the club's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout69", HELDOUT69, threshold=0.6)


if __name__ == "__main__":
    main()
