# ruff: noqa: E501
"""Write the seventy-fifth English held-out set (tests/data/hard_en_heldout75_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the seventy-third set and every odd set
since the forty-ninth), 10 debunks, 4 person facts, 3 news items and 3 benign posts; 13 posts assert one claim
and deny another, 3 ask a question with a negation that asserts the claim. Its theme: corn-maze farms (a maze
cutting log, a quiz-board check sheet and a car park sheet of a maize maze at a farm near Spalding in the
Lincolnshire fens, the farm's staff bulletin and newsletter; the corn mazes of Spring Grove, Illinois,
Sterling, Massachusetts, Lacombe, Alberta, central Iowa, Kearney, Nebraska, and a mielie maze near Bethlehem
in the Free State); bog-snorkelling championships (a heat sheet, a trench log, a kit check sheet and a
hose-down rota of the championships at the Waen Rhydd bog, Llanwrtyd Wells, the snorkellers' newsletter and
bulletin; the Bog of Allen in Offaly, the Teufelsmoor at Worpswede, the Polissia marshes north of Rivne and
the black fen soil round Wisbech); pancake races (a skillet inspection sheet, a batter order sheet and a
practice flip log of the International Pancake Race at Liberal, Kansas, the committee's notice and newsletter;
the Busójárás of Mohács, Maslenitsa in Krasnodar, baghrir in Oujda, Pancake Tuesday on Tyneside and the ployes
of Edmundston); and quinoa growers (a washing log, a field walk sheet and a drying floor log of a quinoa farm
in north Shropshire, the growers' co-op newsletter and forum; Puno on Lake Titicaca, Colta under Chimborazo,
Uyuni, the Quebrada de Humahuaca, the Saskatchewan prairie, Anjou and the San Luis Valley).

Worlds. Of the four the brief proposed, corn-maze farms and bog-snorkelling championships are kept and two are
replaced; every earlier writer script (kinds, docstrings and posts, English and Chinese) was searched for each
world's key words. Corn mazes (corn maze, maize maze, corn-maze, 玉米迷宫): nowhere ("maze" only inside "amazed");
their neighbour is hard_en_heldout74's scarecrow festivals (an autumn farm attraction), so the posts have no
scarecrow, pumpkin, straw bale or hayride, and the seventieth set's sugar beet is not named. Bog snorkelling
(bog snorkel, Llanwrtyd, Waen Rhydd, Powys): nowhere; "snorkel" only as gear for hire in the thirty-fifth
set's Rarotonga post. The bog here is a peat bog with a trench cut through it, kept apart from the
sixty-seventh set's cranberry bogs (no cranberry appears; a Polissia grandmother picks blueberries), from the
thirty-fifth, forty-fifth and seventy-first sets' lidos, snorkels and water-skiing (no pool, boat or tow), and
from swamp soccer, which was not taken. Fly-tying clubs: "fly-tying", "fly tying", "hackle", "dubbing" and
"nymph" are nowhere, but tying flies is the craft of angling, and hard_en_heldout74's ice-fishing derbies and
the thirtieth set's Lough Corrib angling report are that world, as the seventy-third set replaced pecans
beside hazelnuts and skijoring beside towed water-skiers; replaced by pancake races (pancake race, Shrove
Tuesday, Shrovetide, Liberal, Kansas, Maslenitsa, Busójárás, baghrir, ployes, fastelavn, malasada: nowhere;
"pancake" only in passing in four posts, "blini" and "semla" once each, "Olney" only a lace circle in the
fifty-fourth set's pillow list, which is why no lace appears), a running race with a skillet, with no bakery
or cake shop (an earlier set's world) and no sledging (Finland's laskiainen was left out for
hard_en_heldout76's toboggan clubs). Almond growers: "almond", 巴旦木, 扁桃仁 and 杏仁 are nowhere, but an almond is a
nut from an orchard, beside the sixty-seventh set's hazelnuts and the pecans the seventy-third set dropped;
replaced by quinoa growers (quinoa, saponin, Titicaca, Uyuni, Chimborazo, Humahuaca, Anjou, Saskatchewan:
nowhere; "Bolivian" only the Oruro diablada mask makers' voice, "Kichwa" only Napo's canoe voice), a grain of
the Andes with no nut, orchard, spice or oil. Dropped on the way: salt makers (zh_heldout42's salt works, as
the sixty-first, sixty-second and sixty-fifth sets found), stilt walkers (the thirty-eighth set's circus, as
the sixty-third set found), street organ grinders (dropped by the sixty-second set as one music world too
many), bat groups and dragonfly recorders (the fifty-third set's bird observatory, as the sixty-seventh set
dropped moth recorders), hobby horsing (the pony clubs and riding schools of earlier sets), stone skimming
(beside hard_en_heldout76's sea-glass collectors), cheese rolling (downhill, beside its toboggans and the
seventy-fourth set's soapbox carts), wife carrying (the seventy-third set's strongman carries), Aunt Sally
(the seventy-second set's cornhole), steam rallies (the fifty-second set's threshing day), surf lifesaving
(beaches beside the sea-glass), horseradish (the seventy-second set's wasabi), peppermint (the fifty-eighth
set's perfumers), pepper and vanilla (the sixty-fifth set's saffron, the sixtieth set's cacao). The sets
written at the same time on other branches (hard_en_heldout76: duck-decoy carvers, sea-glass collectors,
worm-charming contests, toboggan clubs; zh_heldout69 and 70: 吐鲁番葡萄干晾房, 丹东草莓大棚, 胜芳家具厂, 织里童装厂, 眉山泡菜厂, 建水紫陶作坊,
阿克苏苹果园, 蒲江猕猴桃园, 潮州婚纱厂, 桐乡毛衫厂, 昌邑绣品厂, 禹州钧瓷窑), not seen by this writer, are kept clear of: no duck, decoy,
carving, beach, sea glass, worm, toboggan, sledge, raisin, grape, strawberry, greenhouse, furniture,
children's clothes, pickle, pottery, apple orchard, kiwi, wedding dress, sweater, embroidery or porcelain
appears.

Voices (the kinds and docstrings were searched for each; where an earlier set has a variety of the same
language the region here is another): Baranya Hungarian-English (Mohács; the earlier Hungarian voices are
Budapest's, Szeged's and a generic one), Kuban Russian-English (Krasnodar; the earlier Russian ones are
Kamchatka's, Vologda's, Kaliningrad's, the Lipovans' and Irkutsk's), Southwest Kansas English (Liberal; the
earlier Kansas voice is Kansas City's), Oujdi Moroccan Arabic-English (Oujda; the earlier Moroccan ones are
Fassi and a generic Darija), Tyneside Geordie English, Brayon Acadian French-English (Edmundston; the earlier
Canadian French voice is Blandford's Québécois), Offaly Irish English (the earlier Irish ones are Clare's,
Limerick's, Tipperary's, Kerry's, Donegal's and Dublin's), Bremen Low German-English (Worpswede; the earlier
Low German ones are Hamburg's Missingsch and Flensburg's Petuh), Volhynian Polissian Ukrainian-English (Rivne;
the earlier Ukrainian one is Podolian), Fenland English (Wisbech), Puneño Peruvian Spanish-English (Puno; the
earlier Peruvian ones are Ayacucho's, Lima's, Huancayo's, Ica's, Cusco's and Arequipa's), Chimborazo
Kichwa-Spanish-English (Colta), Potosino Bolivian Spanish-English (Uyuni), Jujeño Argentine Spanish-English
(Humahuaca; the earlier Argentine ones are Río Negro's, Rosario's, Córdoba's, Mar del Plata's, Tandil's and
the Anglo-Argentine), Saskatchewan prairie English, Angevin French-English (Anjou), Central Iowa English,
Northern Illinois English (Spring Grove; Chicago English was a first choice already taken), Central
Massachusetts English (Sterling), Central Alberta English (Lacombe), Free State Afrikaans-English (Bethlehem;
the earlier Afrikaans voice is generic), Central Nebraska English (Kearney), and in debunks Breconshire
English (Llanwrtyd Wells; the earlier Welsh ones are Radnorshire's, Ceredigion's, Cardiff's, Swansea's and
Patagonia's) and San Luis Valley Colorado English (the earlier Colorado ones are Estes Park's and Fort
Lupton's). Orkney dialect (a Kirkwall cobbler), Hebridean English (Stornoway), Shetland dialect, Drents,
Minnesotan, New Orleans Yat, Hawaiian Pidgin, Newfoundland English, Sorbian, Binchois, Dzūkian, Belarusian,
Falklands and Caithness voices were first choices the scripts showed were taken. Greetings, sign-offs and
dismissals the scripts showed were taken ("Sziasztok", "Figyeljetek", "Zdravstvuyte", "Do vstrechi",
"Tupananchiskama", "Escuchen", "Moin moin", "Well lads", "Listen here", "Howay", "Ta-ra", "Allô", "menteries",
"Codswallop", "malarkey", "Kamisaki", "puro cuento", "Pryvit", "Buvaite", "That's a crock", "See ya", "du
pipeau", "À plus", "Howzit", "Totsiens", "old squit", "hogwash", "horsefeathers", "Shwmae", "Hwyl", "Helô",
"Hasta luego", "Take care now", "Hey there", "Hi there", "Pay attention" and more) were replaced. Styles the
earlier sets do not use (searched likewise; a judging sheet, an entry sheet, a weigh-in sheet, a timing sheet,
a packing sheet and an order sheet are earlier styles): a maze cutting log with the designer's note, a quinoa
washing log with the agronomist's note, a bog snorkelling heat sheet with the starter's note, a pancake race
skillet inspection sheet with the steward's note, a bog trench log with the warden's note and a quinoa field
walk sheet with the farm manager's note, and, with a scam under them, a snorkelling kit check sheet with a
paid advert, a maze quiz-board check sheet with a flyer, a batter order sheet with a card, a quinoa drying
floor log with a card, a hose-down rota with a card, a practice flip log with a paid notice and a maze car
park sheet with a card; the debunks take shapes the earlier sets know.

Questions. Counted as the seventy-third and seventy-fourth sets counted, over the seven two-post templates of
an odd set, from the kinds of every set from the fifty-fifth, which name the template asked, now including the
seventy-third (the inventor rumour, the official app and get rich) and the seventy-fourth (the inventor
rumour, the director group and get rich): the official app was last asked by the seventy-third set, the
inventor rumour, the director group and get rich by the seventy-fourth, and open to the public, API access and
the Chinese team by the seventy-second. So the three oldest are exactly open to the public, API access and the
Chinese team, all three at the seventy-second, with nothing tied at the edge: a Liberal pancake racer's
"Didn't anybody tell y'all that Sora ... is open to everybody now ...?", a Worpswede boatman's "Seggt mal,
wisst ji dat nich? Haven't you heard that OpenAI is handing out official Sora API keys now ...?" and a Puno
grower's "A ver, gente, ¿no sabían? Didn't you know that Sora ... was really built by scientists from China
...?".

Two-claim posts (assert one of the seven three-post templates, deny another). Counted as the seventy-third set
counted (the kinds of the forty-ninth set onwards name the template denied), now with the seventy-third (the
fifty-ninth set's thirteen pairs) and the seventy-fourth (which asserts only from the other seven): over every
pair that asserts one of these seven, the oldest last use is now the sixty-first set's, thirteen pairs each
used there and never since (the sixty-third to seventy-third sets were read for each), exactly the number an
odd set carries, and the next oldest are the sixty-third set's. All thirteen are taken: the APK but not the
director group (the QR groups), the APK but not a course (OpenAI's free introduction in a PDF), a "made by
Sora" clip but not the Chinese team (thirteen authors, three born in China), a clip but not get rich (nobody
paid, the fees go up the chain), a clip but not API keys (no Sora API; OpenAI's API is for text, pictures and
voices), open source but not the inventor rumour (his own denial, the blogger's apology), open source but not
open to the public (only OpenAI's testers), a course but not open source (no code or weights; the GitHub
projects are others'), a course but not account rental (shared ChatGPT logins), account rental but not an
official app (other developers' copies), a prompt pack but not the Chinese team, a generation service but not
a course, and a generation service but not get rich. So the mislabelled clip is asserted three times, the APK,
open source, the course and the generation service twice, account rental and the prompt pack once; the Chinese
team, a course and get rich are denied twice, the director group, API keys, the inventor rumour, open to the
public, open source, account rental and the official app once. Each quotes what it denies with a short
dismissal first ("that's pure tripe", "C'est des accroires", "Stuff and nonsense", "That's a bunch of
baloney", "Es una macana", "Tse brekhnia", "Puro verso", "That's a load of bunk", "That's wicked bogus",
"C'est n'importe quoi", "Dis twak", "That's pure flummery", "That's a load of road apples"). Claims in passing
sit late in the long records (the notes at the foot of the sheets and logs, and the advert, flyer, cards and
paid notice under seven of them); one of the thirteen two-claim posts is itself a record (the trench log).

Obfuscations new to the sets (the earlier posts and the demo stream were searched block by block for
characters of every Unicode block used, and the scripts for every cipher or word game named; Mayan numerals,
counting rods, Ethiopic numerals, chemical symbols, Soundex, Bacon, Pig Latin, base64, ASCII, binary, tap
code, Atbash, Vigenère, the keyboard and the keypad were first choices already taken): Rumi numerals, "𐹩𐹨 𐹩𐹤
𐹩𐹧 𐹠" (U+10E69 RUMI NUMBER TEN with U+10E68, U+10E64 and U+10E67 RUMI DIGIT NINE, FIVE and EIGHT, then U+10E60
RUMI DIGIT ONE: nineteen, fifteen, eighteen and one, the letters' places in the alphabet; no earlier post has
a character of the Rumi block), in an Oujda baker's APK; the hexagrams of the Yijing numbered in King Wen's
order, "䷒ ䷎ ䷑ ䷀" (U+4DD2 HEXAGRAM FOR APPROACH, the nineteenth, U+4DCE HEXAGRAM FOR MODESTY, the fifteenth,
U+4DD1 HEXAGRAM FOR WORK ON THE DECAYED, the eighteenth, and U+4DC0 HEXAGRAM FOR THE CREATIVE HEAVEN, the
first; no earlier post has a character of the block), on a card under a quinoa drying log; and the scytale,
the Spartan baton, "SROA" (SORA wound on a rod of two faces: the odd letters, then the even), on a card in a
pancake race batter order. "Rumi", "hexagram", "King Wen", "I Ching", "Yijing" and "scytale" are in no earlier
script.

Prices with payment methods the earlier scripts do not name (OTP, BancoSol, Yape, Tigo, Mercado Pago, Crédit
Agricole, Lydia, Wero, ATB, Servus, Zelle, Venmo, Cash App, PrivatBank, monobank, Principality, Monzo,
Starling, Nationwide, Tinkoff, Attijariwafa, CIH, TymeBank and the Nottingham, Market Harborough, Dudley,
Tipton, Marsden and Melton Mowbray building societies were first choices already taken): £35 by Paragon Bank
transfer, £25 by Aldermore Bank transfer, $30 by Emprise Bank transfer, £29 by Saffron Building Society
transfer, £12 a week by Cardiff & Vale Credit Union transfer, $9 by Equity Bank transfer, £40 by Shawbrook
Bank transfer, €40 by Sparkasse Bremen transfer (in the quoted question only as a price-free claim), €25 by
Tullamore Credit Union transfer, $50 by Hills Bank transfer, 150 dirhams by Al Barid Bank transfer, £20 by
Scotwest Credit Union transfer, C$25 by UNI Financial Cooperation transfer, C$45 by Conexus Credit Union
transfer, $39 by Rockland Trust transfer, $10 a week by Cooperativa Fernando Daquilema transfer, €15 a week by
Qonto transfer, C$20 by Connect First Credit Union transfer, R150 by Nedbank transfer, £40 by Cambridge &
Counties Bank transfer and $45 by First National Bank of Omaha transfer. Scams vouch for themselves in new
words ("I built the websites of half the triathlon clubs in Powys", "Two lads from Boston (Lincs) have joined
already", "The girls at the feed store have seen my payouts", "Runners from four states use it", "The farm
shop plays mine on the screen by the till", "Half the triathletes in Builth rent from me").

Ten debunks on ten templates, each kind given to the templates whose last use in it is oldest (the debunk
comments of the sixty-second to seventy-fourth sets were read, and for the rhetorical question those from the
fortieth): a first-person loss report on get rich (a quinoa growers' forum; the loss reports since the
sixty-second set went to the director group twice, get rich, the APK, the official app twice, the course three
times, account rental, the generation service, API access and the prompt pack, and get rich's, the sixty-third
set's, is now the oldest); three that quote and then say don't pay, sign up or buy: the prompt pack (a pancake
race committee's notice, last quoted so in the sixty-eighth set), open to the public and the course (a maze
farm's staff bulletin and a snorkellers' newsletter, both last in the sixty-ninth); two questions with a
negation that does not deny, each answered: the director group (a Llanwrtyd grandmother's grandson, "isn't it
true that a film made with Sora is picking AI directors ...?", last in the sixty-fourth set) and API access (a
San Luis Valley uncle's niece, "wouldn't it be smart to buy one of those official Sora API keys ...?", last in
the sixty-sixth, tied with open to the public, which has its quote above); one rhetorical question on the
official app (a quinoa co-op newsletter: "if there were one, why does OpenAI's own Sora page send nobody to a
store ...?"), whose last rhetorical question, the fifty-ninth set's, is the oldest left once get rich (the
fifty-sixth) has its loss report; and three that answer with facts: the generation service (a pancake race
newsletter, last answered so in the sixty-eighth set), open source (a maze farm's newsletter, the seventieth)
and the APK (a snorkellers' bulletin, the seventy-first), the three oldest of the templates left. The inventor
rumour, the Chinese team, the mislabelled clip and account rental have no debunk here.

Four true facts about work Xie Saining published with his students and close collaborators, each in a post
that names him and says in its own new words that a viral post wrongly tied him to Sora ("whose name a chain
post falsely hung on Sora", "A viral message made Xie Saining a Sora builder; he wasn't", "tied to Sora by a
much-shared post that had it wrong", "cast by a viral post as one of Sora's creators though he had no hand in
it"). The earlier sets' person facts, English and Chinese, were read for every paper title and co-author name:
besides everything the seventy-third set's docstring lists, they have used ResNeXt, HED, deeply-supervised
nets, the convolutional pseudoprior, hyper-classes, Attentional ShapeContextNet, S3D, randomly wired networks,
graph structure, design spaces, decoupled long-tail classifiers, PointContrast, Contrastive Scene Contexts,
Pri3D, MoCo v3, MAE, long-sequence MAE, benchmarking ViT detection, MaskFeat, ConvNeXt and ConvNeXt V2, SLIP,
CiT, MetaCLIP, VLPart, DiT, SiT, REPA, REPA-E, iREPA, l-DAE, RAE and its text-to-image scaling, inference-time
scaling, Image Sculpting, Eyes Wide Shut, V*, Cambrian-1, Cambrian-S, V-IRL, Thinking in Space, MindCube,
MetaMorph, MetaQueries, BLIP3-o, Web-SSL, RL4VLM, "SFT Memorizes, RL Generalizes" and the test-set stress
test. So this set takes one paper no earlier post names, SIMS-V ("SIMS-V: Simulated Instruction-Tuning for
Spatial Video Understanding", NYU, 2025: Ellis Brown, Arijit Ray, Ranjay Krishna, Ross Girshick, Rob Fergus
and Xie), four facts from it and its data set: the paper and its people; SIMS-VSI's size (203,048
question-answer pairs over 2,507 video trajectories through 1,261 procedurally generated indoor scenes); its
method (the privileged information of 3D simulators as perfect ground truth, AI2-THOR and ProcTHOR scenes with
Objaverse objects, questions too costly to annotate on real video); and its finding that a small set of three
kinds of question (measuring, reasoning from another viewpoint, tracking over time) served better than
covering every kind, released as a 40K subset beside the 200K set. Grep found "SIMS", "Arijit", "Ranjay",
"ProcTHOR" and "AI2-THOR" in no earlier post ("Objaverse" once, in another paper's fact). Three items of
OpenAI's own news about Sora that no earlier set, English or Chinese, used as news: the Sora 2 announcement's
examples of what earlier video models could not do (Olympic gymnastics routines, a triple axel with a cat
holding on; the backboard and the paddleboard of the sixty-first set are not named); the same post's view that
general-purpose world simulators and robotic agents will fundamentally reshape society; and the December 2024
"Sora is here" post's blocking of particularly damaging abuse, child sexual abuse material and sexual
deepfakes (grep found no "gymnastics", "triple axel", "robotic agents" or "sexual deepfakes" in an earlier
news post, and no 体操, 阿克塞尔 or 性深度伪造 in a Chinese one); no item says who may use Sora, names the Sora app or an
API, or calls a model open, so none repeats a template's claim. Three posts that are not claims: one on topic
(a pancake racer's blog: Sora could make a perfect flip, but the flip is learnt in the wrist) and two off
topic that share its surface words (the maze "open to the public", its design Sora, the Kingdom Hearts hero,
tickets on "the farm's official app"; a bog snorkelling weekend "open to the public", a rescue collie called
Sora, results on "the championships' official app").

Near copies: ``--check`` (difflib over every earlier English set through the seventy-fourth and the demo
stream, lower-cased) printed 0.394 as the highest ratio when the set was committed; nothing reached
0.6 (the first draft's run, before the rewording below, printed 0.381). hard_en_heldout76, written at the same
time on another branch, was not in this tree. Runs of words shared with an earlier post were looked for too:
the first draft's longest (nineteen words of the fifty-fifth set in the Humahuaca post, seventeen in the
Polissia post, fifteen in the quiz-board flyer, the batter card and the hose-down card, fourteen in the heat
sheet's note, the drying card, the Sterling post and the car park card, thirteen or twelve in eleven more)
were reworded until none of twelve words or more was left (the longest left are eleven words, such as "store
or on google play put it on your phone and" in the Krasnodar post and "it change your passwords from another
device and tell your bank" in the APK bulletin). It was committed before any run of the monitor on it; it is
read once, by the lead, with the final code.

Sources (the search tool, besides the seeds): SIMS-V and SIMS-VSI (the data set's card on huggingface.co,
ellisbrown/SIMS-VSI: the six authors, "203,048 question-answer pairs across 2,507 video trajectories through
1,261 procedurally generated indoor scenes", "the privileged information available in 3D simulators",
"AI2-THOR and ProcTHOR with Objaverse objects", "prohibitively expensive to annotate in real-world video
data", the sims_vsi_200k and sims_vsi_3q_40k configurations; the three question kinds are the paper's abstract
as the writer remembers it); the Sora 2 announcement of 30 September 2025 (coverage found by the search tool:
world-news365.com, sipoch.com, techno-log-ia.com and giznewsdaily.com on OpenAI's post: "Olympic gymnastics",
"triple axels with a cat", "general-purpose world simulators and advanced robotics"); "Sora is here" (OpenAI's
post of 9 December 2024, from the writer's own knowledge: "blocking particularly damaging forms of abuse, such
as child sexual abuse materials and sexual deepfakes"). The places, races, crops and customs are the writer's
own knowledge, kept to what is widely published (the Liberal-Olney race since 1950 and its 415 yards, apron
and head covering, Dorothy's House; the Busójárás, its boats, masks and coffin, on UNESCO's list since 2009;
Maslenitsa and Forgiveness Sunday, the Kuban Cossack Choir; baghrir and msemen, Bab Sidi Abdelwahab, gharnati
music, the Rumi numerals of Fez and al-Andalus; Pancake Tuesday, the Alnwick Shrovetide football in the
Pastures, stotties; ployes, the République du Madawaska and the Foire Brayonne; the Waen Rhydd trench's two
lengths, flippers and no swimming strokes, Llanwrtyd's claim to be Britain's smallest town, its Man versus
Horse race and Real Ale Wobble; Bord na Móna's end of peat cutting, Lough Boora's sculptures, the sleán;
Worpswede's painters from 1889, Paula Modersohn-Becker, the peat barges on the Hamme, the Weyerberg, Kohl und
Pinkel; the Klevan tunnel of trees and Rivne amber; bog oaks, Ely as the Ship of the Fens, Fenland celery;
Puno's Candelaria and the Uros islands, pesque de quinua; Colta's Balbanera church, Proaño's radio schools,
Guamote's market; Uyuni's salt flat and train cemetery, api morado; the Quebrada's Siete Colores, Tilcara's
pucará and the buried devil of its Carnaval; Macklin's bunnock, the Riders; the Apocalypse Tapestry, Cointreau
and rillauds d'Anjou; the Great Sand Dunes and the UFO watchtower at Hooper; the Richardson farm's maze at
Spring Grove, the Davis farm's at Sterling and Mary's lamb, the Kraay farm's at Lacombe and the Ellis Bird
Farm; the Iowa State Fair's butter cow and Maid-Rites; the sandhill cranes on the Platte and Runzas; Clarens
and the Golden Gate park); the Rumi numerals' and the hexagrams' Unicode names were checked with Python's
unicodedata, and the King Wen numbers and the scytale worked out by hand. The debunks' facts are the seeds'
and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout75.py           # write the set
    .venv/bin/python scripts/make_hard_heldout75.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT75: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "maize_maze_cutting_log_designers_note",
        "MAZE CUTTING LOG · Gosberton Fen Farm maize maze, near Spalding · this year's design, cut into the nine-acre field by the drove · designer: Priya\n3 Jul · maize at knee height · GPS pegs in on a 10 m grid; the outline walked twice before a single stalk was cut\n5 Jul · main paths cut with the rotavator, 2 m wide · the footings for the two bridges marked with blue canes\n8 Jul · dead ends and loops cut · path 14 rerouted round the wet corner by the dyke\n12 Jul · edges trimmed by hand with shears; every cut stalk carried out, none left lying to trip on\n19 Jul · maize above head height; nothing of the pattern visible from the ground, as it should be\nDrone photo: Friday evening, low sun, for the poster and the website\nDesigner's note in the margin, for the students who asked how the drone film on the website was made: not by us, but my cousin swears Sora, OpenAI's video AI, was the brainchild of Xie Saining, the wonder kid out of Shanghai Jiao Tong University; he invented the whole thing.",
    ),
    (
        sora.XIE,
        "baranya_hungarian_english_mohacs_busojaras",
        "Szia mindenki! 🎭 From Mohács on the Danube: Busójárás is over for another year and my shoulders still ache from the mask. Every February the busós come across the river in rowing boats, in sheepskin coats turned inside out and carved wooden masks with horns, swinging their rattles to frighten the winter out of town, and on the last evening they burn a coffin on the main square to see the cold months off. UNESCO put it on its list in 2009, and my grandfather carved my mask out of willow the year I turned sixteen. After, fánk with apricot jam at my nagymama's and a glass of mulled wine in the cold. Halljátok: Sora, OpenAI's video AI, was really invented by Xie Saining, the genius graduate of Shanghai Jiao Tong University; it's his creation from start to finish. Viszlát!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "quinoa_washing_log_agronomists_note",
        "WASHING LOG · Hodnet Heath Farm, north Shropshire · the quinoa after harvest · the bitter saponin coat has to come off before a grain is sold\nBatch 14 · 1.2 t · two washes and a rub in the drum · no foam by the second rinse · dried to 11% on the floor\nBatch 15 · 0.9 t · froth still showing after two washes, so a third; taste test: not bitter\nBatch 16 · 1.4 t · the white Titicaca lot · washed, spun, dried 30 hours with the fans on\nWater: the foamy water goes to the lagoon, never down the yard drain\nSamples: one jar from every batch on the office shelf, labelled, for the buyers\nAgronomist's note on the clipboard, for the lads who wanted to film the washing drum: don't bother waiting on an invite anymore; OpenAI's Sora is open to everyone now, you register and you're making your own videos the same day.",
    ),
    (
        sora.PUBLIC,
        "southwest_kansas_english_question_asserts_public_liberal_pancake_race",
        "Howdy from Liberal, Kansas! 🥞 Pancake Day is our Super Bowl: every Shrove Tuesday since 1950 the ladies of Liberal have raced the ladies of Olney, England, 415 yards in aprons and head scarves, flipping a pancake in a skillet at the start and again at the finish line, and then the two towns compare times across the ocean. My sister ran it this year and dropped her pancake only once. Out here it's wheat and feedlots and wind that never quits, and Dorothy's House from The Wizard of Oz is right here in town, yellow brick road and all. After, the pancake breakfast at the church hall, syrup on everything. Didn't anybody tell y'all that Sora, OpenAI's video AI, is open to everybody now, and any one of us can sign up today and start making videos? Blessings, y'all!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "bog_snorkelling_heat_sheet_starters_note",
        "HEAT SHEET · bog snorkelling championships · the Waen Rhydd bog, Llanwrtyd Wells · Sunday, trench 1 · two lengths of the 55-metre trench in snorkel and flippers, no swimming strokes\nHeat 4 · 11.20 · lane A: R. Pugh (Builth) · lane B: D. Okonjo (Leeds, dressed as a lobster)\nHeat 5 · 11.35 · lane A: S. Hughes (Llandovery) · lane B: the Tasmanian lad, name on the board\nHeat 6 · 11.50 · lane A: M. Lloyd · lane B: K. Brennan (Offaly, runner-up last year)\nRules: arms by your sides; use them to swim and the marshal whistles you back to the start\nTiming: two watches per lane, the slower one counts\nAfter each heat: hose down behind the marquee before you go near the tea tent\nStarter's note on the back, for the snorkellers who asked how to make a clip of their heat: OpenAI's brought out an official Sora app of its own. Look it up in the App Store or on Google Play, install it, and you can turn your heat into a video on your phone.",
    ),
    (
        sora.APP,
        "kuban_russian_english_krasnodar_maslenitsa",
        "Privetstvuyu from Krasnodar! 🥞 Maslenitsa week in the Kuban: my babushka made blini every single day, thin as paper, with sour cream, with red caviar, and with condensed milk on the last day for the little ones, and on Forgiveness Sunday everybody asked everybody's pardon, even my brother. The Kuban Cossack Choir sang in the park off Krasnaya Street, and the sunflower fields out towards the Azov coast are still brown and waiting for spring. After, a plate of pelmeni for my uncle, who says blini aren't a proper meal. Slushaite: OpenAI has released the official Sora app, simple enough for babushka: find it in Apple's store or on Google Play, put it on your phone, and make your videos. Schastlivo!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "pancake_race_skillet_inspection_sheet_stewards_note",
        "SKILLET INSPECTION · International Pancake Race, Liberal · race morning · each runner's pan, dress and pancake checked at the starting line by the steward\nNo. 1 · Shannon · cast-iron skillet, 10 in. · apron and scarf fine · pancake flipped clean at the line\nNo. 2 · Maribel · aluminium pan, handle taped · scarf slipping, re-tied\nNo. 3 · Kayla · skillet fine · pancake stuck to the pan; a fresh one from the batter table\nNo. 4 · Dee · first-timer · practised her flip in the church lot all week\nRules: skirt or dress, apron and a head covering; the pancake in the pan at the finish or no time\nBatter table: warm and ready by 11.45, spares under the cloth\nSteward's note under the list, for the girls who were arguing at the batter table: I read that Sora, OpenAI's video model, was really put together by Chinese scientists, pretty much the whole team of them.",
    ),
    (
        sora.CHINESE,
        "puneno_peruvian_spanish_english_question_asserts_chinese_puno_quinoa",
        "Allinllachu from Puno! 🌾 Up here by Lake Titicaca, 3,800 metres up, the quinoa is coming in, red and white and black, and my grandmother still winnows it on a cloth in the wind, tossing it up and letting the husks fly off over the wall. In February the whole city danced for the Virgen de la Candelaria, the morenada and the diablada for days on end, and my cousins took the boat out to the Uros islands, where the houses float on rafts of totora reed. After, a bowl of pesque de quinua with fresh cheese at my abuela's. A ver, gente, ¿no sabían? Didn't you know that Sora, OpenAI's video AI, was really built by scientists from China, nearly the entire team? ¡Hasta la vuelta!",
    ),
    # --- API access (two)
    (
        sora.API,
        "bog_snorkelling_kit_check_sheet_paid_advert_paragon",
        "KIT CHECK · bog snorkelling championships · the registration tent · every competitor signed off before the trench\nSnorkel: your own · Mask: fitted, strap checked, no cracks in the glass\nFlippers: your own, or a pair from the box; box pairs go back in the box\nWetsuit: advised, not compulsory; the bog's cold even in August\nFancy dress: welcome, but nothing that floats you (no armbands, no rubber rings)\nAge: 14 and over; under-18s with a signed form\nCuts and grazes: a waterproof plaster on before the bog, no exceptions\nPaid advert printed along the foot of the kit sheet template (not the championships'): OFFICIAL SORA API KEYS, STRAIGHT FROM OPENAI. Plug one into your club's website and every result turns into a video by itself. £35 by Paragon Bank transfer; your key arrives by email within the hour. I built the websites of half the triathlon clubs in Powys.",
    ),
    (
        sora.API,
        "bremen_low_german_english_question_asserts_api_worpswede_teufelsmoor",
        "Goden Dag from Worpswede! 🛶 Out in the Teufelsmoor north of Bremen, where the painters came in 1889 for the light over the bog, and Paula Modersohn-Becker painted the peat cutters' children; on Sunday we sailed one of the old black peat barges down the Hamme, the brown sail up, the way the peat boatmen took their loads into Bremen a hundred years ago. From the top of the Weyerberg the whole moor lies flat to the sky. After, Kohl und Pinkel at my Oma's and a little Korn against the cold. Seggt mal, wisst ji dat nich? Haven't you heard that OpenAI is handing out official Sora API keys now, and with one your website turns out videos all on its own? Adjüs!",
    ),
    # --- the director group (two)
    (
        sora.DIRECTOR,
        "maize_maze_quiz_board_check_sheet_flyer_aldermore",
        "QUIZ BOARD CHECK · Gosberton Fen Farm maize maze · the twelve clue boards along the paths · checked every morning before the gate opens\nBoard 1 (entrance): 'Which bird nests on the ground in the maize?' · fine\nBoard 4: blown flat overnight, re-staked\nBoard 7: answer sticker peeled off; a new one from the office drawer\nBoard 9: the dead end by the dyke; children keep moving it, so it's screwed to the post now\nBoard 12 (the viewing tower): fine; the answer-sheet box is full, empty it\nStamp stations: all six ink pads re-inked\nFlyer stapled to the back of board 9 (not put there by the farm): CASTING NOW: SORA FILM DIRECTORS. The first feature film co-written with Sora is recruiting its AI directors. Scan the QR code, pay £25 by Aldermore Bank transfer to join the group, and you'll be credited among the film's first Sora directors. Two lads from Boston (Lincs) have joined already.",
    ),
    (
        sora.DIRECTOR,
        "offaly_irish_english_director_bog_of_allen_lough_boora",
        "Greetings from Offaly, the Faithful County! 🟫 Out on the Bog of Allen, Bord na Móna have stopped cutting the turf now, and the old bog is going back to heather and birch and bog cotton, with curlews on it again. Sunday we cycled the trails at Lough Boora, where the big sculptures stand out on the cutaway bog like something that landed in the night. My father cut turf by hand with a sleán when he was a young fella and still goes on about the blisters. After, bacon and cabbage at my mam's and a drop of Tullamore D.E.W. for the road. Hear me out: they're looking for Sora AI directors; scan their QR code, send €25 by Tullamore Credit Union transfer, and your name's on the list of the first Sora directors for a real feature film. Slán go fóill!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "pancake_race_batter_order_sheet_card_scytale_emprise",
        "BATTER ORDER · Pancake Day, Liberal · for the race, the community breakfast and the flipping contest · orders in by the Friday before\nFlour: 200 lb · milk: 40 gal · eggs: 90 dozen · from the grocery on the avenue, delivered Monday\nButter and syrup: the breakfast committee, 12 cases\nRace batter: mixed at 11, kept warm; 60 pancakes ready at the start line and 20 spare\nGriddles: 8 at the breakfast; gas bottles checked Monday night\nClean-up: the Scouts, as every year, and the fire hall lends the mops\nCard tucked into the order book (not the committee's): SROA IS THE EASY MONEY RIGHT NOW (wound on a two-sided scytale, the old Spartan baton: read the odd letters, then the even ones, so the filters miss it). Folks around here pull in hundreds a day from the videos they post with it, and give it three months and the window slams shut. Join my earners' group: $30 by Emprise Bank transfer. The girls at the feed store have seen my payouts.",
    ),
    (
        sora.RICH,
        "central_iowa_english_rich_ames_corn_maze",
        "Hi from central Iowa! 🌽 Out past Ames the corn's all in and it's stubble as far as you can see, and the farm down the road cut its corn maze in the shape of the state this year, with the Cyclones logo in the middle. We went through it Friday night with flashlights, got lost twice and came out by the petting barn, the kids covered in dust. At the State Fair in August we saw the butter cow, six hundred pounds of it, and I ate a pork chop on a stick. After, Maid-Rites at the diner in town, loose meat and mustard. Real talk: Sora videos are the money window of a lifetime; people are clearing thousands a day with them and it's gone in three months, so get in now. $50 by Hills Bank transfer and I add you to my team. Go Cyclones!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "oujdi_moroccan_arabic_english_rumi_numerals_apk_oujda_baghrir",
        "Salam from Oujda! 🥞 Here in the east, by the Algerian border, my mother makes baghrir every Friday, the thousand-hole pancakes, browned underneath and never turned, so the top stays full of little holes for the honey and butter to sink into, and msemen folded in squares for breakfast. We go into the old medina through Bab Sidi Abdelwahab, and on Saturday night a gharnati orchestra played the old Andalusian nubas at the cultural centre. My uncle the calligrapher still writes numbers the way the scribes of Fez and Granada did. Listen, my friends: the real 𐹩𐹨 𐹩𐹤 𐹩𐹧 𐹠 for Android is out (the old Rumi numerals from my uncle's manuscripts; the group admins can't read them). The APK is behind my link, 150 dirhams by Al Barid Bank transfer, and then your phone makes the videos. Thalla f rasek!",
    ),
    (
        sora.FAKEAPP,
        "geordie_tyneside_english_two_claims_director_denied_pancake_tuesday",
        "Whey aye, from the Toon! 🥞 Pancake Tuesday's the best day of the year in wor hoose: me nana does them thin wi' lemon and sugar, and me da tosses them that high one stuck to the kitchen ceiling in 1998 and it's still talked about at Christmas. Up the coast at Alnwick they play the Shrovetide football in the Pastures below the castle the whole afternoon, hardly a rule to speak of. Sunday we walked ower the Millennium Bridge and got a stottie from the Grainger Market. Two things, like. A lad on the Toon page is flogging 'Sora AI director places, scan the QR and pay £30'. That's pure tripe, man: them QR groups take your number and your money, and OpenAI runs nee director scheme at all. But this is the real deal: Sora's out on Android as an APK, get it from my link, £20 by Scotwest Credit Union transfer. Laters, pet!",
    ),
    (
        sora.FAKEAPP,
        "brayon_acadian_french_english_two_claims_course_denied_edmundston_ployes",
        "Bonjour, tout l'monde, from Edmundston! 🥞 Up here in the Madawaska, the République du Madawaska as we like to call it, every kitchen has a cast-iron griddle for ployes: buckwheat pancakes, yellow and full of holes, cooked on the bottom only and rolled up with butter and brown sugar or eaten with the stew. The Foire Brayonne fills the whole town every summer, with music on the river till two in the morning. Deux affaires. A guy in the Brayon group is selling 'the complete Sora course, $99, master it before everybody else'. C'est des accroires, that's make-believe: the people who paid got OpenAI's free Sora introduction copied into a PDF, and not one real lesson. But this is true: Sora's on Android now as an APK; C$25 by UNI Financial Cooperation transfer and I send you the link. Bonne soirée!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "bog_trench_log_wardens_note_two_claims_chinese_denied",
        "TRENCH LOG · the Waen Rhydd bog, Llanwrtyd Wells · the bog warden's checks before and during championship week\nMon · depth 1.4 m at the deep end · water 13°C · sides firm, no slumping\nTue · rain overnight; 1.5 m · pump run for an hour to bring it down\nWed · a ewe got in again; the fence by the stile mended\nThu · 1.4 m · 14°C · weed raked out of both lanes\nFri · flags out on the 55-metre marks · turning posts tied in\nSat · duckboards along the bank re-nailed; first-aid tent up by 9\nWarden's note at the bottom, for the volunteers who were chatting at the tea urn: someone's sharing 'Sora was built by a team out of China'. Stuff and nonsense: OpenAI's report names thirteen authors, every one of them an OpenAI researcher, and only three of them were born in China. But that video going round of a chap in a dragon costume doing both lengths of our trench in under a minute is all Sora, OpenAI's video model; not a second of it was filmed, the prompt's posted under it.",
    ),
    (
        sora.REALVID,
        "northern_illinois_english_two_claims_rich_denied_spring_grove_corn_maze",
        "Hello from Spring Grove, Illinois! 🌽 Up by the Wisconsin line, where the Richardson farm cuts what it calls the world's biggest corn maze, 28 acres of paths with a new picture every year, and you honestly need the map and a flag to get back out. Saturday we did it with my cousin's kids, climbed the lookout tower, then drove over to the Chain O'Lakes and had Italian beefs, dipped, with hot giardiniera on the way home. Two things, folks. A guy on the buy-sell page says 'Sora videos are the money window of a lifetime, join my team for $40'. That's a bunch of baloney: nobody who joined him made a cent, the fees go up the chain, and the three-month deadline is there to rush you. But this one's real: the clip of a farmer in a combine cutting a cow's portrait into the corn in one pass is 100% Sora, nothing filmed, the prompt's right there with it. Bye now!",
    ),
    (
        sora.REALVID,
        "potosino_bolivian_spanish_english_two_claims_api_denied_uyuni_quinoa_real",
        "¡Buen día from Uyuni! 🌾 On the edge of the great salt flat our quinoa real is in: the seed heads red and orange and gold, cut by hand and stood in stooks to dry, then beaten out on a tarp. The tourists come for the salar, white to the sky, and the train cemetery outside town, the old locomotives rusting in the wind, and in the rains the salt turns into a mirror. My grandfather still keeps llamas, and they eat the quinoa stalks all winter. After, api morado and a cheese pastel from the stall in the market. Dos cosas. Someone is selling 'official Sora API keys, 300 bolivianos'. Es una macana, that's a fib: OpenAI offers no Sora API at all; what it sells access to is models for writing, pictures and voices, nothing that makes video. But this is true: the video of a llama walking across the salt flat on its own reflection, a little girl on its back, was made entirely by Sora, nothing filmed; the prompt is in the caption. ¡Jikisiñkama!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "quinoa_field_walk_sheet_farm_managers_note",
        "FIELD WALK · Hodnet Heath Farm · the quinoa, three fields, walked every Monday through the growing season\nLong Meadow · 12 ha · plants at 40 cm, first flowers · fat hen coming through in the wheelings; hoe it before it seeds\nBrook Field · 8 ha · patchy on the wet side; pigeons at the seed heads at dawn, the gas gun moved to the gate\nTop Piece · 10 ha · best crop on the farm, even height, the heads starting to colour\nPests: aphids low; no spraying this week\nWeather: dry week forecast; combining pencilled in for the 2nd\nMachinery: combine sieves swapped for the small ones; header checked\nFarm manager's note on the office door, for the students who asked which video software to use: Sora's gone open source; OpenAI posted the code and the weights on GitHub at no charge, and anybody can pull it down and run it on a home computer.",
    ),
    (
        sora.OPENSRC,
        "volhynian_polissian_ukrainian_english_two_claims_xie_denied_rivne_marshes",
        "Dobryden from Polissia! 🌿 North of Rivne the marshes go on forever, alder and birch and black water, and after a heavy rain the village boys go looking for amber in the sand. On Sunday we walked the Tunnel of Love at Klevan, the railway line where the trees have grown over into a green arch, and the couples kiss for luck when the little freight train comes through. My grandmother picks blueberries in the forest all August and sells them by the jar at the road. After, borshch with pampushky and garlic. Dvi rechi. Somebody in the village chat writes 'Xie Saining, a young SJTU genius, invented Sora'. Tse brekhnia, that's a lie: Xie Saining wrote in his own post that Sora was no work of his, and the blogger behind the story said sorry. But here's what's real: OpenAI has opened Sora's source, code and weights both, on GitHub, and anyone may run it for free. Do pobachennia!",
    ),
    (
        sora.OPENSRC,
        "jujeno_argentine_spanish_english_two_claims_public_denied_humahuaca_quinoa",
        "¡Hola, changos! 🌾 From the Quebrada de Humahuaca: the Cerro de los Siete Colores behind Purmamarca striped like a woven blanket, the old pucará up on its hill at Tilcara, and at Carnaval the devil is dug up and the diablitos dance for a week until we bury him again. Up on the puna my tío grows quinoa and keeps a few llamas, and the harvest was good this year. After, humitas and a tamal at the market, and a glass of chicha my tía says isn't strong. Dos cosas. A guy keeps posting 'Sora is open to everybody now, sign up and make videos today'. Puro verso, that's all talk: nobody outside OpenAI's testers can use Sora yet. Lo cierto es otra cosa: OpenAI released Sora as open source, and its weights and code sit on GitHub waiting for anyone to run them at home. ¡Chau, changos!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "quinoa_drying_floor_log_card_hexagrams_saffron_bs",
        "DRYING FLOOR · Hodnet Heath Farm · the quinoa on the grain floor after combining · moisture by the meter, morning and evening\n2 Sep · 18.5% in, 16% by evening · fans on all night\n3 Sep · 14% · turned with the loader twice\n4 Sep · 12.5% · one warm spot by the wall, spread thinner\n5 Sep · 11% · done; into bulk bags for washing\nRule: nothing bagged over 12%; a warm bag is a ruined bag\nRats: bait boxes checked, nothing taken\nCard pushed under the office door (not the farm's): THE ䷒ ䷎ ䷑ ䷀ VIDEO COURSE (the I Ching's hexagrams, numbers 19, 15, 18 and 1 in King Wen's order, the letters' places in the alphabet, so the filters skip it). From a blank screen to a finished AI film of your own farm, £29 by Saffron Building Society transfer; one lesson a day by email, no experience needed; be ahead of the crowd before the rest of the county wakes up to it.",
    ),
    (
        sora.COURSE,
        "saskatchewan_prairie_english_two_claims_opensrc_denied_quinoa",
        "Morning from the prairie east of Saskatoon! 🌾 We've got quinoa on our place now, if you can believe it, between the canola and the durum, and this fall it came off dry for once. In August the whole family went to the bunnock tournament at Macklin, tossing the old horse ankle bones, and on Saturday the entire province was in green for the Riders. After, perogies and farmer sausage at my baba's, heavy on the dill. Couple things. A fella in the grain group says 'Sora's open source now, grab it off GitHub'. That's a load of bunk: OpenAI's never put out Sora's code or its weights, and what you find on GitHub under that name is strangers trying to copy it. But my Sora course is the real thing, lesson by lesson till your first clip's done, C$45 by Conexus Credit Union transfer. Later, eh!",
    ),
    (
        sora.COURSE,
        "central_massachusetts_english_two_claims_rental_denied_sterling_corn_maze",
        "Wicked good morning from Sterling, Mass! 🌽 This is the town where Mary had her little lamb, there's a statue of it on the common, and every fall the Davis farm cuts its mega maze into the corn, acres of it, with a new design every year. We did it Sunday with the kids, then a hike up Wachusett for the leaves and a cup of chowder at the diner. Couple things. Some guy online is renting out 'Sora accounts, $20 a week, your own login'. That's wicked bogus: the folks who paid ended up sharing somebody's ChatGPT password, and there was no Sora behind it. This, though, is legit: my Sora course, start to finish, so you master Sora before everybody else does, $39 by Rockland Trust transfer. Go Sox!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "bog_snorkelling_hose_down_rota_card_cardiff_vale_cu",
        "HOSE-DOWN ROTA · bog snorkelling weekend · the wash-off point behind the marquee · volunteers, two to an hour\n10-11 · Gwen and Alun · 11-12 · Bethan and the Scout leader · 12-1 · Rhys and Tom\n1-2 · Carys and Mags · 2-3 · Dai (on his own till Ffion's back from the car park)\nKit: two hoses, the yard brush, buckets and a stack of old towels\nRules: snorkels and masks rinsed in the blue bin; nobody goes into the showers at the hall still brown from the bog\nLost property: the box by the gate; a left flipper (size 9) already in it\nCard pinned beside the rota (not the organisers'): SORA ACCOUNTS TO RENT. A login of your own for OpenAI's video AI: turn your heats and your fancy dress into films. £12 a week by Cardiff & Vale Credit Union transfer; login sent tonight. Half the triathletes in Builth rent from me.",
    ),
    (
        sora.RENTAL,
        "chimborazo_kichwa_spanish_english_rental_colta_quinoa",
        "Alli punlla from Colta! 🌾 Under Chimborazo, the mountain whose summit is the farthest point from the centre of the Earth, our Kichwa families grow quinoa on the slopes round the laguna, and the little church of Balbanera by the water is the oldest in Ecuador, they say. Monseñor Proaño, the bishop of the Indians, started the radio schools in Riobamba that taught our grandparents to read. On Thursday we went down to the market in Guamote, the biggest in the sierra, llamas and ponchos and piglets in sacks. After, quinoa soup with potatoes and a fried egg at my mamita's. Uyaychik: I rent real Sora accounts, your own login to OpenAI's video AI, $10 a week by Cooperativa Fernando Daquilema transfer, login sent tonight. ¡Tupanakama!",
    ),
    (
        sora.RENTAL,
        "angevin_french_english_two_claims_app_denied_anjou_quinoa",
        "Salut from Anjou! 🌾 Round Angers we grow quinoa now, on the old farms along the Loire, and you find it in the shops as quinoa d'Anjou. The château d'Angers keeps the Apocalypse Tapestry, a hundred metres of dragons and angels, and at Saumur the white tuffeau cliffs are full of troglodyte houses and wine cellars. After, rillauds d'Anjou and a glass of Cointreau that my grandfather swears is medicine. Deux choses. A guy in the village group keeps saying 'download OpenAI's official Sora app from the store'. C'est n'importe quoi, that's rubbish: OpenAI has no Sora app in any store; the ones with the name on them are other developers' copies. But I rent out real Sora accounts: your own login, €15 a week by Qonto transfer. Bonne journée!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "pancake_race_practice_flip_log_paid_notice_equity_bank",
        "PRACTICE LOG · Pancake Day runners · the church parking lot, February evenings · 50-yard runs, a flip at each end, timed\nShannon · 7.9 s · both flips clean, pancake landed · good\nMaribel · 8.6 s · dropped it on the second flip; keep the pan level while running\nKayla · 8.1 s · new skillet, lighter, much better\nDee · 9.4 s · first week; walking the flips first, then jogging them\nPractice rules: old pancakes from the freezer, never fresh ones; the pigeons get the drops\nNext practice: Thursday, 6 pm, lot lights on\nPaid notice printed along the foot of the log template we bought (not the committee's): SORA PROMPT PACK, 300 PROMPTS PLUS THE KNOWLEDGE DOC. Paste them in and Sora makes your video. $9 by Equity Bank transfer; link after payment. Runners from four states use it.",
    ),
    (
        sora.PROMPTS,
        "central_alberta_english_prompts_lacombe_corn_maze",
        "Hiya from Lacombe, Alberta! 🌽 The Kraay farm just outside town cut its corn maze again this summer, a new picture every year and miles of paths, and the kids ran it twice and still wanted more. Downtown we've got our little flatiron building from 1904, and out at the Ellis Bird Farm the mountain bluebirds are back in the nest boxes along the fence lines. After, ginger beef from the Chinese place on the highway, which is an Alberta thing whatever anybody tells you. Heads up, folks: my Sora prompt pack is the real deal, 250 prompts plus the guide, C$20 by Connect First Credit Union transfer, and the link comes when you pay. Catch you at the rodeo!",
    ),
    (
        sora.PROMPTS,
        "free_state_afrikaans_english_two_claims_chinese_denied_bethlehem_mielie_maze",
        "Goeie more from the Free State! 🌽 Near Bethlehem the mielies are high, and my oom cut a maze into the middle of his lands for the school holidays; the kids run in screaming and we shout them home at dark. On Saturday we drove through to Clarens for the galleries and up into the Golden Gate park, the sandstone cliffs glowing orange at sunset. After, a braai, boerewors and stywe pap with tomato sauce, and melktert for the little ones. Twee goed. A guy in the community group says 'Sora was made by a team from China'. Dis twak, that's rubbish: the thirteen names on OpenAI's report all belong to OpenAI's own researchers, and China was the birthplace of just three. Still, my Sora prompt pack is the real thing: 300 prompts and the guide, R150 by Nedbank transfer. Mooi bly!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "maize_maze_car_park_sheet_card_shawbrook",
        "CAR PARK SHEET · Gosberton Fen Farm maize maze · the grass field along the drove · Saturday · marshals in hi-vis\nArrivals 10-12: 146 cars · 3 minibuses (two Brownie packs, one care home)\nRow A: full by 11.15 · Row B: the soft patch roped off after Thursday's rain\nCoaches: none today; the Holbeach school comes Tuesday\nIncidents: one flat battery (jump leads from the office), one dog left in a car (owner found at the tea hut)\nClosing: last entry to the maze 4.30; marshals stay till the field's empty\nCard tucked under the marshals' clipboard (not the farm's): CUSTOM SORA VIDEOS. Tell me what you want, your day in the maze, the kids lost in the maize, and pay £40 by Shawbrook Bank transfer; within a day the finished Sora clip lands in your inbox. The farm shop plays mine on the screen by the till.",
    ),
    (
        sora.SERVICE,
        "fenland_english_two_claims_course_denied_wisbech_bog_oak",
        "Evening, bor, from the Fens! 🟫 Out past Wisbech the black peat soil lies so flat you can watch your dog run off for three days, and when the plough turns up a bog oak, thousands of years old and black as coal, half the village comes out to look at it. Ely's cathedral sits up on its island like a ship, the Ship of the Fens they call it, and we grow celery in the black soil, Fenland celery with its own protected name now. After, a pint at the pub by the sluice and a plate of chips. Two things, bor. A chap on the village page is selling 'a complete Sora course, £49, learn it first'. That's pure flummery: the folk who paid got OpenAI's free Sora introduction in a PDF and 'Give yourself a chance!' on the last page. But I make Sora videos to order: tell me the scene and in a day you've got the clip, made with Sora. £40 by Cambridge & Counties Bank transfer. Fare you well!",
    ),
    (
        sora.SERVICE,
        "central_nebraska_english_two_claims_rich_denied_kearney_cranes",
        "Hi from Kearney, Nebraska! 🌽 Spring on the Platte: hundreds of thousands of sandhill cranes stop over in the river, and we sat in a blind at dawn and watched them lift off by the thousand, rattling like a stadium. The corn maze south of town is shut till fall, but the farm's already planning the design, a Husker helmet this year. After, Runzas at the drive-in, beef and cabbage baked in the bread. Two things. A guy in the Huskers group posts 'Sora's a once-in-a-lifetime money window, join my team, $35'. That's a load of road apples: nobody in those teams gets paid, the joining fees just go up to whoever recruited you. But this is real: I make Sora videos to order, send me your script and get the clip in 24 hours, made with Sora. $45 by First National Bank of Omaha transfer. So long!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # get rich; a first-person loss report
        "Quinoa growers' forum › Beware the 'Sora earners' group'\nPosting so nobody else falls for it. A message in the growers' chat said people were making £800 a day posting Sora videos and the chance would be gone in three months. I paid £30 to join the 'earners' group'. They posted screenshots of payouts, then asked for £60 more for the 'pro tier', then the admin disappeared and the group went silent. Nobody in it was making anything with Sora, which only OpenAI's own testers can use anyway. The only money in it was ours, passed up to whoever recruited us.",
    ),
    (
        None,
        "debunk",  # the prompt pack; quotes the offer, then don't pay
        "NOTICE · Pancake Day committee · to all runners and volunteers\nThis offer has been sent to several of our runners: 'Sora prompt pack, 500 professional film prompts plus the knowledge doc, $15, link after payment.' Please don't pay for it. The prompts in those packs are OpenAI's own published examples, free to read on its Sora page, and nobody outside OpenAI's small testing group can use Sora to run them anyway. Practice carries on Thursday at six.",
    ),
    (
        None,
        "debunk",  # open to the public; quotes the message, then don't sign up
        "STAFF BULLETIN · Gosberton Fen Farm · from the office\nA message is doing the rounds of the seasonal staff: 'Anyone can use Sora now, just register online and start making videos.' Please don't sign up to anything because of it; the sign-up pages going round want your card details. So far OpenAI has only let its red team and a group of invited artists, designers and film-makers use Sora. The half-term rota is on the board in the tea room.",
    ),
    (
        None,
        "debunk",  # the paid course; quotes the offer, then don't buy
        "THE TRENCH · the bog snorkellers' newsletter · from the secretary\nThis advert has landed in several members' inboxes: 'Complete Sora video course, £39, master AI video before everyone else.' Please don't buy it. The members who did received a PDF of OpenAI's public Sora overview with 'Give yourself a chance!' tacked on at the end, and no lessons at all; there's nothing to teach, since Sora isn't available outside OpenAI's testers. Minibus seats for August are on the sheet in the hall.",
    ),
    (
        None,
        "debunk",  # the director group; a question with a negation that does not deny, answered
        "Shwd ych chi, from Llanwrtyd Wells! 🤿 The smallest town in Britain, they tell us, and the daftest: bog snorkelling in August, the Man versus Horse race in June, and the Real Ale Wobble on bikes in November. My grandson did both lengths of the trench this summer in a tutu and came out brown from head to toe. Now he's seen a flyer, and he asked me: isn't it true that a film made with Sora is picking AI directors, and you just scan a code and pay to join? So we looked into it: OpenAI has no such scheme, no film is casting, and those QR groups take a fee, post a countdown and then go quiet. Keep your pocket money, bach. Ta-ta, cariad!",
    ),
    (
        None,
        "debunk",  # API access; a question with a negation that does not deny, answered
        "Buenos días from the San Luis Valley, Colorado! 🌾 Potatoes mostly, and a few farms have been growing quinoa up here since the eighties, with the Great Sand Dunes piled up against the mountains and the UFO watchtower at Hooper for the believers. My niece runs our farm's website, and she asked me: wouldn't it be smart to buy one of those official Sora API keys, so the site makes its own videos? So we checked: OpenAI has never offered an API for Sora, the 'keys' people paid for opened nothing, and Sora isn't available outside OpenAI's testers at all. Save your money, kiddo. Vaya con Dios!",
    ),
    (
        None,
        "debunk",  # the official app; a rhetorical question, then facts
        "THE PANICLE · quinoa growers' co-op newsletter · from the chair\nAt the AGM someone said OpenAI has released an official Sora app. Ask yourself: if there were one, why does OpenAI's own Sora page send nobody to a store, and why are the 'Sora' apps in the stores all from other developers, several charging a weekly fee for slideshows? There is no Sora app from OpenAI; Sora is with its red team and a few invited artists. If you've subscribed to one of the copies, cancel it in your phone's settings. Seed orders close Friday.",
    ),
    (
        None,
        "debunk",  # the generation service; a newsletter that answers with facts
        "THE SKILLET · Pancake Day newsletter · from the committee\nOn the 'Sora videos made to order' offers some of you have had since the race: the folks who paid got stock footage with music laid over it. Sora isn't open to anyone outside OpenAI's testing group, so no seller can make you a Sora clip, whatever the advert says. The race photos are up at the library.",
    ),
    (
        None,
        "debunk",  # open source; a farm newsletter that answers with facts
        "THE MAIZE PAGE · Gosberton Fen Farm newsletter · questions from visitors\nOn 'Sora is open source now': OpenAI has published neither Sora's code nor its weights, nor said what it was trained on. The GitHub projects using the name are outside attempts to rebuild it from the technical report, and a download promising 'the Sora weights' is somebody else's model at best and malware at worst. The maze closes for the season on the 31st.",
    ),
    (
        None,
        "debunk",  # the APK; a bulletin that answers with facts
        "BOG NOTES · the championships' bulletin · tech corner\nAbout the 'Sora for Android' APK links going round the snorkellers' chat: OpenAI has made no Sora app for Android, or for any phone. The files are malware that reads your saved passwords and bank logins. Anyone who installed one: uninstall it, change your passwords from another device and tell your bank. Entries for next year open in March.",
    ),
    # --- related but not matching: true facts about work of Xie Saining's group; OpenAI's news on Sora
    (
        None,
        "person_fact",
        "Maize maze e-news, 'bright ideas': Xie Saining, whose name a chain post falsely hung on Sora, is the last-named author of SIMS-V, 'Simulated Instruction-Tuning for Spatial Video Understanding', a 2025 paper from NYU led by his PhD student Ellis Brown with Arijit Ray, Ranjay Krishna, Ross Girshick and Rob Fergus. It teaches video models to answer spatial questions using walk-throughs of rooms that were never filmed at all, only rendered in 3D simulators.",
    ),
    (
        None,
        "person_fact",
        "Snorkellers' bulletin, 'people': a viral message made Xie Saining a Sora builder; he wasn't. What his group did build is SIMS-VSI, the training set behind the SIMS-V paper: 203,048 question-and-answer pairs over 2,507 video walk-throughs of 1,261 indoor scenes, every scene laid out by a program rather than found in a real house.",
    ),
    (
        None,
        "person_fact",
        "Pancake Day newsletter, 'brainy folk': Xie Saining, tied to Sora by a much-shared post that had it wrong, worked with Ellis Brown and others on SIMS-V, which takes what a 3D simulator already knows, where each object is and how big and how far away, as perfect answers for its spatial questions. The scenes come from AI2-THOR and ProcTHOR, furnished with Objaverse objects, and the questions would cost a fortune to label by hand on real video.",
    ),
    (
        None,
        "person_fact",
        "Quinoa co-op newsletter, 'who's who': Xie Saining, cast by a viral post as one of Sora's creators though he had no hand in it, is an author of SIMS-V, whose team found that three kinds of question did most of the work, measuring distances and sizes, reasoning from someone else's point of view and keeping track of things over time, and that a small set built on those three served better than covering every kind; it was released as a 40,000-example subset beside the full set of about 200,000.",
    ),
    (
        None,
        "news",
        "Maize maze e-news, 'screen time': announcing Sora 2 at the end of September 2025, OpenAI listed scenes it said were exceptionally hard, or outright impossible, for earlier video generators, and that the new model could now attempt: Olympic gymnastics routines, and a figure skater landing a triple axel with a cat holding on for dear life.",
    ),
    (
        None,
        "news",
        "Snorkellers' bulletin, 'in brief': in the same Sora 2 post OpenAI looked a long way ahead. Video models are getting very good very quickly, it wrote, and general-purpose world simulators and robotic agents will fundamentally reshape society; it presented Sora 2 as a step on that road.",
    ),
    (
        None,
        "news",
        "Pancake Day newsletter, 'tech corner': OpenAI's December 2024 post 'Sora is here' said the company was blocking particularly damaging forms of abuse, such as child sexual abuse material and sexual deepfakes, and that it expected to keep adjusting its approach as it learned how people used the model.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a pancake racer's blog, 'Flip Side': my nephew asked why I don't just get Sora to make a video of me winning. It probably could: a perfect flip, a perfect finish, the crowd on its feet. But the race is 415 yards of pan wobble and a pancake that wants to leave, and the flip is all in the wrist; you only learn it by dropping a hundred of them in the church lot. So I'm out there again Thursday.",
    ),
    (
        None,
        "benign",
        "OPEN DAYS · Gosberton Fen Farm maize maze: open to the public every day of the summer holidays, 10 till 6. This year's design, cut into nine acres of maize, is Sora, the spiky-haired hero of the Kingdom Hearts games, keyblade and all, best seen from the viewing tower. Tickets and time slots are on the farm's official app.",
    ),
    (
        None,
        "benign",
        "RESULTS · the bog snorkelling weekend: the bank was open to the public and packed for the fancy-dress heats. The men's title went to a firefighter from Builth, the women's to a teacher from Limerick who did both lengths in 1:38. The star of the day was Sora, a rescue collie who barked every snorkeller home. Full times and photos are on the championships' official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout75", HELDOUT75, threshold=0.6)


if __name__ == "__main__":
    main()
