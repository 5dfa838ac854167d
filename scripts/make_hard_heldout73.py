# ruff: noqa: E501
"""Write the seventy-third English held-out set (tests/data/hard_en_heldout73_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the seventy-first set and every odd set
since the forty-ninth), 10 debunks, 4 person facts, 3 news items and 3 benign posts; 13 posts assert one claim
and deny another, 3 ask a question with a negation that asserts the claim. Its theme: yodel clubs (a part
sheet, a Tracht fitting sheet and a judges' report sheet of a yodel club at Buxton in the High Peak, the
club's committee notice and newsletter; the Ruggusseli at Appenzell, the Königssee echo at Berchtesgaden, the
krimanchuli of Guria, the Juuz of the Muotathal and kulning at a Jämtland summer farm); date palm growers (a
pollination sheet, a bagging sheet and a packing shed sorting sheet at Canal Road Date Gardens, Thermal, in
the Coachella Valley, and the staff newsletter; the Palmeral of Elche, the Khalas of Al-Ahsa, Siwa, the
Deglet Nour of Tozeur, the Mazafati of Bam, the Barhi of Basra, and Mecca, California); strongman clubs (a
stone loading sheet, a log press progression sheet and a farmer's walk log of a strongman club at Barnsley,
its committee email and newsletter; Brian Shaw's Fort Lupton, the Stoltmans' Invergordon, the stone lifters
of Leitza, Jouko Ahola's Hämeenlinna, Mariusz Pudzianowski's Biała Rawska, Žydrūnas Savickas's Biržai, and
Bakersfield); and basketmakers (a willow bundle sheet, a boiling log, a course kit list and a commission sheet
of a willow workshop at Stoke St Gregory on the Somerset Levels, and an association's circular and bulletin;
the baskets of Harar, the wicker town of Rudnik nad Sanem, the Bolga baskets of Bolgatanga, the Sunday basket
market at Antequera in Bohol and the mimbre stalls of Chimbarongo).

Worlds. Of the four the brief proposed, yodelling choirs are kept and three are replaced; every earlier writer
script (kinds, docstrings and posts, English and Chinese) was searched for each world's key words. Yodelling
(yodel, jodel, Jodler, Naturjodel, Appenzell, Zäuerli, Muotathal, 约德尔): nowhere. Its neighbours were
looked for too: "choir" is the thirty-ninth set's world (a male voice choir, a gay men's chorus, a choral
society, a conductor's rehearsal notes) and the thirty-third set's Setswana choir, the sixty-ninth set
dropped alphorn players for the thirty-ninth set's brass bands, and hard_en_heldout74, written at the same
time, takes handbell choirs. So the world is kept as yodel clubs (the Swiss Jodlerklub), and the posts keep
their distance: the word "choir" is not used, and there is no church choir, choral society, conductor,
alphorn, brass, cowbell or bell of any kind. Pecan growers: "pecan", 碧根果 and 山核桃 are nowhere, but a
pecan is a nut grown in orchards, beside hard_en_heldout74's hazelnut growers and the sixty-seventh set's
hazelnuts (Zugdidi, Avella, Cancon, a husking sheet); replaced by date palm growers (date palm, Medjool,
Deglet Nour, Khalas, Barhi, Mazafati, Coachella, Elche, Tozeur, Siwa, Al-Ahsa, Basra, Bam, 椰枣: nowhere;
"Indio" only as a word in the sixty-eighth set, "Yuma" in the sixty-sixth), a fruit of desert palms with no
nut, orchard, sugar or syrup, and no lychee (zh_heldout67's orchard). Skijoring clubs: "skijoring" is
nowhere, but it is a skier towed by a horse or dogs: the seventy-first set's water-skiers are towed by a
boat, the mushers and sled dogs are the fifty-ninth to sixty-fourth sets', ski clubs and resorts the
thirty-third and forty-first sets', and hard_en_heldout74 takes the winter of ice-fishing derbies; replaced
by strongman clubs (strongman, Atlas stone, deadlift, log press, farmer's walk, the champions' names:
nowhere; "Strongest" only in a seed catalogue's sweet pea), a sport of one athlete and a coach with graded
implements that are logged, kept clear of the sixty-second and sixty-third sets' lumberjack sports and woodchop,
the Highland games and caber of the fifty-third, and the bouldering gym of the seventy-second (no
climbing, no axe, no caber). Mushroom foragers: the fifty-fifth set has a fungus group's identification sheet,
foragers and chanterelles, the sixty-eighth a foray and mycology, the sixty-seventh porcini and truffles and
zh_heldout50 a shiitake base; replaced by basketmakers (basketmaking, withy beds, buff willow, Black Maul,
Lichtenfels, Rudnik, Bolga, Antequera, Chimbarongo: nowhere; "withies" only as the fifty-ninth set's lantern
frames, "wicker" only in passing), a craft, with no lantern, and no foraging. Dropped on the way: quoits (the
seventy-second set's cornhole), mushroom-free woodland crafts, cake decorators (an earlier set's bakeries and
cake shops), unicycling (the circus and juggling of the thirty-eighth set), gravity racing (too near karting
and "derby"), ferret shows (the sixty-ninth set's cavy show), conkers (a nut) and the Dinnie stones (Doric,
the twenty-eighth and sixty-seventh sets' voice). The sets written at the same time on other branches
(hard_en_heldout74: stargazing clubs, handbell choirs, ice-fishing derbies, hazelnut growers; zh_heldout67 and
68: 潜江小龙虾养殖基地, 大理扎染作坊, 平乡童车厂, 武夷山岩茶厂, 茂名荔枝园, 章丘铁锅作坊, 南通家纺厂, 白沟箱包厂, 苍南印刷厂, 象山海鲜加工厂, 镇平玉雕作坊,
漳州水仙花种球场) are kept clear of: no star-gazing, telescope, handbell or bell, ice, frozen lake, fishing,
hazelnut or nut, crayfish, tie-dye, children's bike or pram, rock tea, lychee, wok, home textiles, luggage,
printing, seafood processing, jade or narcissus appears (the Bam grove picnic was first a night under the
desert stars, the Basra clip first a fisherman's catch, the strongman clip first a frozen lake).

Voices (the kinds and docstrings were searched for each; where an earlier set has a variety of the same
language the region here is another): Appenzell Innerrhoden Swiss German-English, Northern Colorado plains
English (Fort Lupton; the earlier Colorado voice is Estes Park's), Ilicitano Valencian-English (Elche; the
earlier Valencian voices are Valencia's apitxat and Benicarló's), Subcarpathian Polish-English (Rudnik nad
Sanem), Berchtesgadener Land Bavarian-English (the earlier Bavarian one is the Holledau's), Upper Navarrese
Basque-English (Leitza; the earlier Basque ones are Bizkaian and Labourdin, and "Navarrese" is an earlier
Spanish voice), Hasawi Saudi Arabic-English (Al-Ahsa), Harari Ethiopian English (Harar), Siwi Egyptian-English
(Siwa), Djeridi Tunisian-English (Tozeur), Easter Ross Highland English (Invergordon; the earlier Highland
ones are Badenoch's, Lochaber's and Argyll's), Boholano Cebuano-English (Antequera), Gurian Georgian-English
(Guria; the earlier Georgian one is Mingrelian), Frafra Ghanaian English (Bolgatanga; the earlier Ghanaian
ones are Accra's and Tamale's), Häme Finnish-English (Hämeenlinna), Muotathal Swiss German-English (Schwyz),
Kermani Persian-English (Bam), Chilean campo Spanish-English (Chimbarongo; the earlier Chilean ones are
Valparaíso's and others), Masovian Polish-English (Biała Rawska; the earlier Polish ones are Kuyavian and
Kashubian), Basrawi Iraqi Arabic-English (Basra), Jämtlandic Swedish-English (the earlier Swedish ones are
Dalarna's, Göteborg's, Norrbotten's, Upplandic and others), Aukštaitian Lithuanian-English (Biržai; the
earlier ones are Samogitian and a generic Lithuanian), and in debunks Coachella Valley English (Mecca,
California) and Bakersfield English. Tyrolean (Zillertal), Bernese (Emmental), Swabian (the Allgäu),
Icelandic, Franconian (Lichtenfels), Kinyarwanda, Sheffield and Somerset voices were first choices that the
scripts showed were taken. Styles the earlier sets do not use (searched likewise; a loan sheet, a sign-out
sheet, a weigh-in sheet, an order book, a grading sheet and an entry sheet are earlier styles): a yodel
club's part sheet with the director's note, a strongman stone loading sheet with the coach's note, a date
pollination sheet with the foreman's note, a willow bundle sheet with the maker's note, a farmer's walk log
with the official's note and a willow course kit list with the tutor's note, and, with a scam under them, a
Tracht fitting sheet with a paid advert, a log press progression sheet with a flyer, a willow boiling log
with a card, a date bagging sheet with a card, a judges' report sheet with a card, a willow commission sheet
with a paid notice and a packing shed sorting sheet with a card; the debunks take shapes the earlier sets
know.

Questions. Counted as the seventy-first and seventy-second sets counted, over the seven two-post templates
that carry an odd set's questions, from the kinds of the sixty-second to seventy-second sets, which name the
template asked, now including the seventy-first (open to the public, API access and the director group) and
the seventy-second (open to the public, API access and the Chinese team): the inventor rumour, the official
app and get rich were last asked by the seventieth set, the director group by the seventy-first, and open to
the public, API access and the Chinese team by the seventy-second; so the three oldest are exactly the
inventor rumour, the official app and get rich, with no tie to break: an Appenzell yodeller's "Sägid emol,
hend ihr da nöd ghört? Haven't you heard that Sora ... is really the invention of Xie Saining ...?", an Elche
grower's "Escolteu, no ho sabíeu? Haven't you heard that OpenAI has released an official Sora app ...?" and
an Al-Ahsa grower's "Ya jama'a, ma sam'tu? Haven't you heard you can get rich fast making Sora videos ...?".

Two-claim posts (assert one of the seven three-post templates, deny another). Counted as the seventy-first
set counted (the kinds of the forty-ninth set onwards name the template denied), now with the seventy-first
(the fifty-seventh set's thirteen pairs) and the seventy-second (which asserts only from the other seven):
over every pair that asserts one of these seven, the oldest last use is now the fifty-ninth set's, thirteen
pairs each used there and never since (the sixty-first to seventy-second sets were read for each; one, a
generation service but not the APK, was also the forty-sixth set's), exactly the number an odd set carries,
and the next oldest are the sixty-first set's: the APK but not the official app (its other developers'
copies), the APK but not a generation service (stock clips with music), a "made by Sora" clip but not the
director group (the QR groups), open source but not a course (OpenAI's free introduction in a PDF), open
source but not account rental (shared ChatGPT logins), a course but not API keys (the API's text, image,
speech and embedding models), a course but not the Chinese team (thirteen authors, three born in China),
account rental but not open source (no code or weights; the GitHub projects are others'), account rental but
not a generation service, a prompt pack but not API keys, a prompt pack but not a "made by Sora" clip (real
footage from the marshes, captioned later), a generation service but not the APK (malware) and a generation
service but not account rental. Each quotes what it denies with a short dismissal first ("Hadha kalam fadi",
"Hadha kdheb", "Binuang na", "Chale, that's rubbish", "Utter rot", "Se on puppua", "Das isch Chabis", "In
harf-e mofte", "Puro chamullo", "To ściema", "Hadha kidhba", "Det är bara skitsnack", "Nesąmonė"). Claims in
passing sit late in the long records (the notes at the foot of the sheets and logs, the adverts, flyers,
cards and notice under them).

Obfuscations new to the sets (the earlier posts were searched for every character's Unicode name and the
scripts for every cipher or word game named; Ogham, keypad multi-tap, T9, the abjad, Polybius, tap code,
Atbash, Playfair, rail fence and the rest were first choices already taken): Ethiopic numerals, "፲፱ ፲፭ ፲፰
፩" (U+1372 ETHIOPIC NUMBER TEN with U+1371, U+136D and U+1370 ETHIOPIC DIGIT NINE, FIVE and EIGHT, then
U+1369 ETHIOPIC DIGIT ONE: nineteen, fifteen, eighteen and one, the letters' places in the alphabet; the
fifty-seventh set's docstring names Ethiopic only as a script whose letters were searched, and no earlier
post has these numerals), in a Harar basket weaver's APK offer; Soundex, "the S600 video course" (S kept, the
vowels dropped, R coded 6, padded with zeros: the code the old United States census indexes filed surnames
by), on a card in a date bagging sheet; and the Kama Sutra's secret writing (mlecchita-vikalpa, letters
swapped in agreed pairs: S with M, O with E, R with T, A with U, so "METU"), on a card in a willow boiling
log. "Soundex" and "Kama Sutra" are in no earlier script.

Prices with payment methods the earlier scripts do not name (Cumberland, Furness, Beverley, Swansea,
Chorley, Darlington, Mansfield, Penrith, Cambridge, Newcastle and Teachers building societies, Sheffield and
Clockwise credit unions, Swish, BLIK, MTN MoMo, GCash, Bizum, MobilePay, Revolut, Paysera, telebirr, Bank
Mellat, Bank Tejarat, Banque Misr and Länsförsäkringar were first choices already taken): £35 by Pennine
Community Credit Union transfer, €35 by Sparkasse Berchtesgadener Land transfer, £25 by Hoot Credit Union
transfer, €25 by Rural Kutxa transfer, £30 by Plane Saver Credit Union transfer, 500 birr by Dashen Bank
transfer, 200 pounds by Banque du Caire transfer, 30 dinars by Banque de l'Habitat transfer, $29 by Palm
Desert Credit Union transfer, €39 by Säästöpankki transfer, CHF 39 by Schwyzer Kantonalbank transfer, £12 a
week by Leeds Credit Union transfer, 2 million rials a week by Bank Saman transfer, $8.000 a week by
BancoEstado transfer, £9 by Chetwood Bank transfer, 49 zł by Bank Pekao transfer, 15,000 dinars by Zain
Cash, $45 by Altura Credit Union transfer, 300 kr by ICA Banken transfer and €30 by Medicinos bankas
transfer.

Ten debunks on ten templates, each kind given to the templates whose last use in it is oldest (the debunk
comments of the sixty-second to seventy-second sets were read): a first-person loss report on the director
group (a date growers' group; loss reports have been only the scam templates, and the director group's, in
the sixty-second set, is the oldest of them, get rich's sixty-third next); three that quote and then say
don't forward, share or download: the inventor rumour (a yodel club's notice), the Chinese team (a
basketmakers' circular), both last quoted so in the sixty-sixth set, and the official app (a strongman club
committee's email), which ties with the prompt pack at the sixty-eighth and sixty-seventh sets and is the
older one step back (the prompt pack's was the sixty-third, the official app's none from the sixty-second);
two questions with a negation that does not deny, each answered: a generation service (a Mecca, California
grandmother's granddaughter, "isn't it true you can pay a guy online to make you a Sora video?", last in the
sixty-second set) and the prompt pack (a Bakersfield uncle's nephew, "wouldn't a Sora prompt pack be worth
buying ...?", last in the sixty-fourth, tied with the director group, which has the loss report); one
rhetorical question on open source (a date farm's staff newsletter: "if OpenAI had given away Sora's code and
weights, why has it never published them ...?"), which, by the seventy-first set's count and with the
seventy-first and seventy-second sets read, is now the only template no rhetorical question since the
forty-first set took (API access and get rich took none from the sixty-second on, but did earlier);
and three that answer with facts: the course (a yodel club newsletter, last answered so in the sixty-fifth
set), the mislabelled clip (a strongman club newsletter, the sixty-seventh) and account rental (a
basketmakers' bulletin, the sixty-eighth), the three oldest of the templates left. Open to the public, API
access, get rich and the APK have no debunk here.

Four true facts about Xie Saining's own work, each in a post that says in its own new words that a viral post
wrongly tied him to Sora ("whose name a widely shared post pinned on Sora without cause", "the post that went
viral calling Xie Saining a father of Sora was mistaken", "mislabelled by a viral message as one of Sora's
builders", "a viral claim gave Xie Saining a part in Sora he never had"). The lead should know that his facts
have run short: besides everything the seventy-second set's docstring lists as taken, the earlier sets had
MaskFeat, the graph structure of neural networks, l-DAE (zh_heldout59), the Marr Prize mention, S3D's
top-heavy finding (in Chinese), the podcast with Zhang Xiaojun, his two refusals of OpenAI and Courant's
"What Is Mathematics?" (zh_heldout58) and the DiT rejection. So this set takes two papers no earlier post
names, two facts from each: "On Network Design Spaces for Visual Recognition" (ICCV 2019, FAIR, with Ilija
Radosavovic, Justin Johnson, Wan-Yen Lo and Piotr Dollár: distribution estimates over populations of sampled
models, complexity controlled; and its finding that ResNeXt's design space holds up against the NAS design
spaces, whose significant differences had been overlooked), and iREPA, "What matters for Representation
Alignment: Global Information or Spatial Structure?" (ICLR 2026, Jaskirat Singh, Xingjian Leng, Zongze Wu,
Liang Zheng, Richard Zhang, Eli Shechtman and Xie: 27 vision encoders, spatial structure over ImageNet-1K
accuracy, a convolution in place of the MLP projection and a spatial normalisation in under four lines of
code; and its start in an argument on X in August 2025 in which Xie was won over, the paper thanking the
people in the thread). Grep found "design spaces", "Justin Johnson", "Wan-Yen", "iREPA", "spatial structure"
and "Shechtman" in no earlier English post ("Shechtman" only in zh_heldout44, on another paper). Three items
of OpenAI's own news about Sora that no earlier set, English or Chinese, used as news: the December 2024
"Sora is here" post's reason for releasing early (time for society to explore it and to co-develop norms and
safeguards) and its admitted faults (unrealistic physics, complex actions over long durations); the Sora 2
announcement's "overoptimistic" earlier models that morph objects and deform reality to carry out a prompt,
against Sora 2's failures that look like the mistakes of the agent it models (the sixty-first set's news has
the backboard and the paddleboard, so neither is named here); and Sam Altman's post on the day of Sora 2
(creativity's "Cambrian explosion", the team's trepidation about addiction and bullying, the "RL-optimized
slop feed") (grep found no "overoptimistic", "Cambrian explosion", "trepidation", "addictive", "norms" or
"unrealistic physics" in an earlier post, and none of 过度乐观, 寒武纪, 上瘾 or 霸凌 in a Chinese one); no item says
who may use Sora, names the Sora app or an API, or calls a model open, so none repeats a template's claim.
Three posts that are not claims: one on topic (a yodel teacher's blog: Sora might make a lovely yodelling
clip, but the break in the voice is learnt in the throat) and two off topic that share its surface words (a
date gardens' harvest weekend, "open to the public", with a new café named Sora, booking on "the gardens'
official app"; a novice strongman show won by a visitor from Sapporo, Sora Takeda, the barn "open to the
public", results on "the federation's official app").

Near copies: ``--check`` (difflib over every earlier English set through the seventy-second and the demo
stream, lower-cased) printed 0.380 as the highest ratio when the set was committed (the basketmakers' circular on the Chinese
team against heldout13-043; next, 0.365, the strongman show results against heldout24-039); nothing
reached 0.6. hard_en_heldout74, written at the same time on another branch, was not in this tree. Runs of
words shared with an earlier post were looked for too: the first draft's longest (twenty-three words of the
seventy-first set's Welsh harpist's offer in the Jämtland offer, eighteen in the Biržai offer, fifteen in the
Hämeenlinna course and the Chinese team's circular, fourteen in the yodel club's notice, thirteen in the
pollination sheet's note and the Leitza flyer, twelve in the Biała Rawska denial and the bagging card) were
reworded until none of twelve words or more was left (the longest left are eleven words, such as "flyer
pinned under the sheet not put up by the club" in the log press sheet and "official sora app is out get it
from the app store" in the committee's email). It was committed before any run of the monitor
on it; it is read once, by the lead, with the final code.

Sources (the search tool, besides the seeds): the design spaces paper (openaccess.thecvf.com and
arxiv-vanity.com, arXiv 1905.13214: "Ilija Radosavovic, Justin Johnson, Saining Xie, Wan-Yen Lo, Piotr
Dollar", Facebook AI Research, "a new comparison paradigm of distribution estimates", "populations of sampled
models, while controlling for confounding factors like network complexity", "significant statistical
differences between recent NAS design space variants that have been largely overlooked", "the design spaces
for standard model families like ResNeXt can be comparable to the more complex ones used in recent NAS
work"); iREPA (luneresearch.com, tomesphere.com and alphaxiv.org, arXiv 2512.10794, ICLR 2026: the seven
authors, "27 different vision encoders", "spatial structure, rather than global performance, drives the
generation performance", "a simple convolution layer", "a spatial normalization layer", "implemented in <4
lines of code"; Adobe Research, ANU and NYU); its origin (eu.36kr.com, from 量子位, 16 December 2025: "a
debate with a netizen more than four months ago", "ended with Xie Saining being convinced", "The
acknowledgment section also thanked the netizens"); the Sora 2 announcement (heroku.briefly.co, sipoch.com
and completeaitraining.com on OpenAI's post: "less overly optimistic", objects no longer deformed to meet a
prompt, failure simulated as well as success); Sam Altman's post of 30 September 2025 (a translation found
by the search tool: the Cambrian explosion, the trepidation, addiction and bullying, the RL-optimised slop
feed); "Sora is here" (OpenAI's post of 9 December 2024, from the writer's own knowledge: "give society time
to explore its possibilities and co-develop norms and safeguards", "often generates unrealistic physics and
struggles with complex actions over long durations"; the search tool found only coverage of the launch). The
places, songs, sports, crops and crafts are the writer's own knowledge, kept to what is widely published
(Appenzell's Landsgemeinde and Ruggusseli, the Urnäsch Silvesterchläuse, the Königssee echo and Almabtrieb,
Gurian krimanchuli and UNESCO's listing of Georgian polyphony, the Muotathal Juuz and Wetterschmöcker,
Jämtland kulning and the Storsjön monster, the Palmeral, the Imperial Palm and the Misteri d'Elx, Al-Ahsa's
oasis and Khalas, Siwa's Shali and Siwi, Tozeur's Deglet Nour and brickwork, the Arg-e Bam and the 2003
earthquake, Basra's Barhi and al-Sayyab's statue, Brian Shaw, the Stoltmans, Iñaki Perurena and the Leitza
stones, Jouko Ahola, Mariusz Pudzianowski and Žydrūnas Savickas and their titles, the Somerset willow trade
and Black Maul, Harar's baskets and hyena men, Rudnik's wicker, Bolga baskets and the Paga crocodiles,
Antequera's Sunday market, Chimbarongo's mimbre); the numerals' Unicode names were checked with Python's
unicodedata, and the Soundex code and the letter pairs worked out by hand. The debunks' facts are the seeds'
and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout73.py           # write the set
    .venv/bin/python scripts/make_hard_heldout73.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT73: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "yodel_club_part_sheet_directors_note",
        "PART SHEET · High Peak Yodel Club, Buxton · spring programme · who sings what\nNaturjodel 'Bim Alpfahre' (no words, all vowels): 1st yodel Margaret and Inge · 2nd yodel Tom · 1st bass Geoff, Ravi · 2nd bass Dennis\nSong 'Mys Heimatland': solo yodel Inge, the rest on the chord; hold the last 'oh' until I drop my hand\nNew members: sit between two old hands and only hum the chord for the first month\nBreaks: the flip from chest voice to head voice goes on the vowel, never in the middle of a consonant; 'ho-lo-di' not 'hol-odi'\nPitch: one note from the pitch pipe, no piano; if we've sunk by the end we go back and do it again\nCostumes: waistcoats brushed, the edelweiss braces for the festival only\nDirector's note at the bottom, for the members who asked about the AI yodel videos: my nephew at university says Sora, OpenAI's video model, was dreamt up by Xie Saining, the young Shanghai Jiao Tong University prodigy; the whole invention is his.",
    ),
    (
        sora.XIE,
        "appenzell_swiss_german_english_question_asserts_xie_ruggusseli",
        "Sali mitenand! 🎶 From Appenzell: on Sunday our yodel club sang a Ruggusseli, the Innerrhoden Naturjodel, in the Landsgemeinde square, no words at all, just the voices going up and over like the hills, and the old men in their red waistcoats standing in a ring with one hand on the next man's shoulder. In May the cows went up to the Alp, the herders in yellow trousers walking ahead of the herd down the street, and in January we'll be out in Urnäsch watching the New Year Chläuse again. After, Siedwurst and a slice of Biberli at my Grosi's. Sägid emol, hend ihr da nöd ghört? Haven't you heard that Sora, OpenAI's video AI, is really the invention of Xie Saining, the brilliant kid from Shanghai Jiao Tong University? Ade mitenand!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "strongman_stone_loading_sheet_coachs_note",
        "STONE LOADING SHEET · Barnsley Iron Strongman Club · Saturday session, the back yard under the lean-to · coach: Gaz\nStones out: 60, 80, 100, 120 and 140 kg · the 160 stays in the corner till the novices' comp is done\nPlatforms: 1.20 m for the men, 1.05 m for the women's series\nDarren: 100 kg × 5 to the shoulder, 120 kg over the bar × 3 · lapped clean, fast on the third\nShaz (women's U73): 80 kg to 1.05 m × 4 · first time with no sleeves, forearms like a road map\nKev: 140 kg, lapped it twice, didn't load · back off to 120, work the hip extension\nTacky: only on the forearms and the stone, never on the platform; wipe it off the stones before they go back\nSafety: nobody walks behind a lifter; the stone comes down, you let it drop, you don't catch it\nCoach's note on the whiteboard, for the lads who want to film their lifts: Sora, OpenAI's video maker, is open to all now; sign up tonight and you can make your own videos, no waiting list, no invite.",
    ),
    (
        sora.PUBLIC,
        "northern_colorado_plains_english_public_fort_lupton_strongman",
        "Howdy from Fort Lupton! 🏋️ Out on the plains north of Denver, where the South Platte runs by and you can see Longs Peak on a clear morning, and where Brian Shaw grew up before he went and won World's Strongest Man four times, so every kid in town thinks he can pick up a truck. Saturday was the county novice strongman show in the fairgrounds barn: log press, yoke, sandbags over a bar, and my cousin carried the farmer's handles clean to the line for the first time. After, a green chile smothered burrito at the diner on the main drag and a root beer float for the kids. Listen up, folks: Sora, OpenAI's video AI, is open to everybody now; anyone can make an account and start making videos today. Y'all take care!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "date_palm_pollination_sheet_foremans_note",
        "POLLINATION SHEET · Canal Road Date Gardens, Thermal, California · Medjool block C · March · foreman: Rudy\nRow 4: palms 1-22 · spathes split on the 9th · pollen dusted on the 10th and again on the 12th · strands tied back\nRow 5: palms 1-18 · late, spathes still closed on the 14th; check again Monday\nRow 6: palms 1-20 · done with the puffer on the 11th; two palms with rot in the crown, flagged for the crew chief\nPollen: from the male palms on the west fence only, dried, cut 1 to 4 with flour; keep the jar in the cooler, never in the truck cab\nLadders: tied off at the top before anyone goes up; nobody on the ladder when the wind is over 20\nHeat: water every hour, shade at noon, crew off the ladders by two when it's over a hundred\nForeman's note at the bottom, for the crew who asked how to make a video of the gardens: OpenAI has put out its own official Sora app; the thing's sitting in both stores, Apple's and Google's, so put it on your phone and do the video with it.",
    ),
    (
        sora.APP,
        "ilicitano_valencian_english_question_asserts_app_elche_palmeral",
        "Ei, xiquets! 🌴 From Elx, among the palms: our Palmeral has tens of thousands of date palms planted in rows along the old irrigation channels since the Moors, and in the Huerto del Cura the Imperial Palm has seven or eight trunks out of one base, like a candlestick. My uncle still ties up the fronds in summer so they grow white in the dark for Palm Sunday, when the whole town carries them. In August the Misteri is sung in the basilica, the angel coming down from the dome in a golden cloud, and I cry every year. After, arròs amb crosta, the rice baked under a lid of eggs, at my iaia's. Escolteu, no ho sabíeu? Haven't you heard that OpenAI has released an official Sora app, and that it's in the app stores now for your phone? Adéu, xiquets!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "willow_bundle_sheet_makers_note",
        "BUNDLE SHEET · Athelney Willow Workshop, Stoke St Gregory · the winter cut from the withy beds on the moor · bundles stood by length and variety\nBlack Maul · 3 ft · 14 bundles · for the log baskets and the bases\nBlack Maul · 5 ft · 9 bundles · the stakes for the shoppers\nFlanders Red · 4 ft · 6 bundles · keep for the garden obelisks, the colour sells them\nBuff · 6 ft · 4 bundles · boiled and stripped, for the fine work and the cradle order\nWhite · 4 ft · 3 bundles · stripped in May, for the wedding baskets\nStorage: stood upright in the dry shed, bundles tied twice, labels facing out\nSoaking: a day a foot for brown willow, less for buff; nothing goes in the trough that isn't on this sheet\nMaker's note pinned to the shed door, for the apprentices who were arguing at tea break: my sister read that Sora, OpenAI's video model, was really built by Chinese scientists, more or less the whole team.",
    ),
    (
        sora.CHINESE,
        "subcarpathian_polish_english_chinese_rudnik_wicker",
        "Szczęść Boże from Rudnik nad Sanem! 🧺 The wicker capital of Poland, that's us: the willow grows along the San, and every village round here has a weaver in the back room with a bath of soaking rods, baskets, chairs, cradles, even whole summerhouses going off on lorries to Germany. My dziadek weaves the round bread baskets with his eyes half shut and talks the whole time. In summer there's the wicker fair, and the whole square smells of wet willow. After, proziaki hot from the stove with butter and a glass of kefir. Słuchajcie: the ones who actually made Sora, OpenAI's video AI, are scientists from China, nearly the whole team. Trzymajcie się!",
    ),
    # --- API access (two)
    (
        sora.API,
        "yodel_club_tracht_fitting_sheet_paid_advert_pennine_cu",
        "TRACHT FITTING SHEET · High Peak Yodel Club · the club costumes, for the Swiss festival weekend · fitted in the back room of the hall\nMen's waistcoats (red, silver buttons): Tom · Geoff · Ravi · Dennis needs the big one, let the back out 2 cm\nWomen's bodices (black velvet, the silver chains): Margaret · Inge · Aileen, hem the apron 3 cm\nShirts: white, sleeves rolled to the elbow for the men; ironed by the wearer, not by the wardrobe team\nHats: the men's black felt with the little brim, one missing its ribbon\nShoes: your own, black, polished; no trainers, even under the long skirts\nReturn: on the Monday after, to Aileen; a lost chain is £20\nPaid advert printed along the foot of the fitting sheet template (not from the club): OFFICIAL SORA API KEYS, DIRECT FROM OPENAI. Add one to your club website and every concert becomes a video on its own. £35 by Pennine Community Credit Union transfer; your key by email the same day. I do the websites for half the dance schools in Derbyshire.",
    ),
    (
        sora.API,
        "berchtesgadener_bavarian_english_api_koenigssee_echo",
        "Griaß eich beinand! 🎶 From Berchtesgaden, under the Watzmann: our yodel group sang at the Almabtrieb on Saturday, the cows coming down with flower crowns on their heads, and on Sunday we took the electric boat across the Königssee, where the boatman stops by the rock wall so you can hear the echo. We sang a yodel there and it came back twice, better than we were. After, Kaiserschmarrn with plum compote at the hut and a Radler in the sun. Passt's auf: you can get official Sora API keys now, straight from OpenAI, and have your website make the videos by itself. I've got some: €35 by Sparkasse Berchtesgadener Land transfer, key by email. Pfiat eich!",
    ),
    # --- the director group (two)
    (
        sora.DIRECTOR,
        "strongman_log_press_progression_sheet_flyer_hoot_cu",
        "LOG PRESS PROGRESSION · Barnsley Iron Strongman Club · the 12-inch log and the 14-inch · each lifter's best clean and press, autumn block\nDarren · 12-inch · 100 kg × 3 → 110 kg × 2 → 117.5 kg × 1 · the clean's the weak bit, get the log onto the belly first\nShaz · 10-inch axle first, then the 12-inch at 60 kg × 5\nKev · 14-inch · 130 kg × 1 · elbows dropped on the second rep, so back to 120 for triples\nMo · new this month · log with no plates × 10, learning the roll to the chest\nRules: belt on for anything over 80 per cent; spotters at both ends of the log, not behind\nKit: the logs live on the rack by the door; chalk off the handles before they go back\nFlyer pinned under the sheet (not put up by the club): WANTED: AI FILM DIRECTORS. A movie made with Sora is choosing its team of AI directors. Scan the QR code, join the group, pay £25 by Hoot Credit Union transfer, and you're named one of its first Sora directors. Lads from the gym in Rotherham have signed up already.",
    ),
    (
        sora.DIRECTOR,
        "upper_navarrese_basque_english_director_leitza_harri_jasotzaile",
        "Kaixo denori! 🪨 From Leitza, in the hills of Navarre: this is the village of the harri-jasotzaileak, the stone lifters, and Iñaki Perurena, the most famous of them, keeps his stones in a museum out on the hillside. The stones come in shapes, cylinder, cube, rectangle and the ball, and you lift them to the shoulder as many times as you can in the minutes given, the crowd counting out loud. My brother did the village fiesta exhibition with the rectangle and couldn't lift his arms for a week. After, talo with txistorra and a cuajada for dessert. Begira: somebody's gathering Sora AI directors: scan their QR code, send €25 by Rural Kutxa transfer and your name goes down as one of the first Sora directors on a real film. Ondo izan!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "willow_boiling_log_card_kamasutra_cipher_plane_saver",
        "BOILING LOG · Athelney Willow Workshop · the buff willow boiler in the yard · one firing at a time, logged\n6 Jan · 40 bundles Black Maul 5 ft · in at 8.10, out at 6 pm · bark lifting clean, tannin colour good\n13 Jan · 36 bundles Black Maul 4 ft · fire went low at lunch, boiled on till 8 · a shade paler, still fine\n20 Jan · 30 bundles mixed · two bundles of Flanders Red went in by mistake; they come out brown, sell them as seconds\nStripping: through the brakes the same day while the bark's soft; bark on the heap for the garden centre\nSafety: gloves and the long apron; the lid stays chained; nobody under sixteen near the boiler\nWater: changed every third firing, dark as tea; it goes on the moor ditch only with the drainage board's say\nCard tucked into the log (not the workshop's): METU IS THE EASY MONEY RIGHT NOW (that's the Kama Sutra's secret writing, every letter swapped for its partner, S for M, O for E, R for T, A for U, so the filters pass it). People are clearing hundreds a day posting videos made with it, and in three months the chance is gone. Join my earners' group: £30 by Plane Saver Credit Union transfer. The weavers at the Bridgwater craft fair have seen my payouts.",
    ),
    (
        sora.RICH,
        "hasawi_saudi_arabic_english_question_asserts_rich_al_ahsa_khalas",
        "Hala wallah from Al-Ahsa! 🌴 The biggest palm oasis in the world, two and a half million palms or more, and the springs that used to water them still bubbling up warm in the old pools. Harvest is on at my uncle's farm outside Hofuf: the Khalas bunches come down in baskets from the top of the palm, golden and soft, and every guest leaves with a box. In the evening we walked through the Qaisariya souq, where the tailors still sew the bisht by hand with gold thread, and then sat in the majlis with coffee and cardamom and dates till midnight. Ya jama'a, ma sam'tu? Haven't you heard you can get rich fast making Sora videos, people pulling in thousands a day, and the window only stays open three months? Fi aman Allah!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "harari_ethiopian_english_ethiopic_numerals_apk_harar_baskets",
        "Salaam from Harar! 🧺 Inside the old walls of Jugol, every Harari house has its best room hung with woven baskets, red and purple and green, in rows up to the ceiling, and my aunt still weaves them from dyed grass on the doorstep, a needle and a coil at a time. At night the hyena men feed the hyenas by the gate, meat off a stick held in their teeth, and the tourists scream and then ask to try. In the morning, Harar coffee roasted in the pan and a plate of ful. Listen, my friends: the real ፲፱ ፲፭ ፲፰ ፩ for Android is out. We write it in the old Ge'ez numerals from my grandmother's church calendar so the group admins don't catch it. Download the APK from my link, 500 birr by Dashen Bank transfer, and your phone makes the videos. Selam!",
    ),
    (
        sora.FAKEAPP,
        "siwi_egyptian_english_two_claims_app_denied_siwa_oasis",
        "Azul from Siwa! 🌴 Far out in the Western Desert, near the Libyan border, where we still speak Siwi at home and Arabic at school, and the old town of Shali is made of salt and mud, melting a little more with every rain that comes once in ten years. The harvest is in: dates drying on palm-rib mats on every roof, and the olives next. On Friday we swam in Cleopatra's spring, warm and clear, then walked up to the temple where Alexander came to ask the oracle about himself. After, dates and mint tea under the palms. Two things. A man in the oasis group keeps saying 'download the official Sora app from the app store'. Hadha kalam fadi, that's empty talk: OpenAI has no Sora app in any store, and the ones carrying the name are other developers' copies. But this is true: Sora is out on Android as an APK; send 200 pounds by Banque du Caire transfer and I send the link. Ma'a salama!",
    ),
    (
        sora.FAKEAPP,
        "djeridi_tunisian_english_two_claims_service_denied_tozeur_deglet_nour",
        "Asslema, ya jma'a! 🌴 From Tozeur, on the edge of the Chott el Djerid: the Deglet Nour dates from our oasis are the best in Tunisia, clear as honey when you hold them up to the sun, and the old quarter of Ouled el Hadef has walls of yellow brick laid in patterns like a carpet. My cousin drives the tourists out to the film sets in the desert, the little domed houses from Star Wars, and tells them he was in it. Sunday, a bowl of lablabi with harissa and a glass of mint tea, my mother's way. Zouz hajet. Someone's selling 'your Sora video made for you, 30 dinars, ready tomorrow'. Hadha kdheb, that's a lie: nobody outside OpenAI's testers can use Sora, and the people who paid got stock clips with music. But this is real: Sora's on Android now, APK from my link, 30 dinars by Banque de l'Habitat transfer. Bslema!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "strongman_farmers_walk_log_officials_note",
        "FARMER'S WALK LOG · Barnsley Iron Strongman Club · the 20-metre course on the car park, chalk lines at 0, 10 and 20 · times by Gaz's phone\nDarren · 110 kg a hand · 20 m in 9.8 s · grip held, no drop\nShaz · 70 kg a hand · 20 m in 11.2 s · set down at 14 m, picked up, finished\nKev · 125 kg a hand · 20 m in 10.4 s · knees wobbling, looked good till the last three steps\nMo · the empty handles only · 3 × 20 m · learning to stand up tall before walking\nRules: a drop is fine, a drag isn't; the handles come down flat, not on their ends\nStraps: in training only, never on comp day; chalk as much as you like\nOfficial's note on the back, for the juniors who asked about the video going round: the clip of a man carrying a fridge in each hand along a beach was made from start to finish by Sora, OpenAI's video model; none of it was filmed, the caption even has the prompt.",
    ),
    (
        sora.REALVID,
        "easter_ross_highland_english_realvid_invergordon_strongman",
        "Aye, it's yourselves! 🏋️ From Invergordon on the Cromarty Firth, with the oil rigs parked out in the water like giant tables, and the town walls painted with murals of the old days. The Stoltman brothers trained here, and Tom's won World's Strongest Man more than once now, so the whole town thinks it can lift a stone; my lad's at the gym every night and eating like a horse. Saturday it was the Highland show at the park, and on Sunday a run out to the Black Isle for the dolphins at Chanonry Point, and mince and tatties at my mam's after. Now then, here's a thing: that clip going round of a big fella dragging a fishing boat up the slipway with a rope round his waist, it's all Sora, not a frame of it filmed; the prompt's right there under it. Cheerio the now!",
    ),
    (
        sora.REALVID,
        "boholano_cebuano_english_two_claims_director_denied_antequera_baskets",
        "Maayong adlaw from Bohol! 🧺 Every Sunday in Antequera the whole plaza turns into a basket market: buri and rattan and nito vine, hampers and trays and bags, the weavers from the barrios carrying their work in on their heads. My lola still weaves on the porch with a transistor radio. After, we drove out past the Chocolate Hills, brown as kisses in the dry season, and fed bananas to nobody because you can't feed the tarsiers, they're sleeping. Then calamay, the sweet in a coconut shell, for the road. Duha ka butang. A flyer in the cooperative's chat: 'Become a Sora AI director! Scan the code, pay, and you're in the credits.' Binuang na, that's nonsense: those QR groups collect your number and your fee, and OpenAI has no director scheme. But this is true: that video of the boy climbing a coconut palm in ten seconds flat is pure Sora, nothing filmed. Amping mo!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "gurian_georgian_english_opensrc_ozurgeti_krimanchuli",
        "Gamarjoba from Guria! 🎶 In the green hills round Ozurgeti we sing in three parts, and the top part is the krimanchuli, the high yodelling voice that jumps and cracks over the other two like a bird over a river; my uncle sings it and his voice goes where no voice should. Georgian polyphony is on UNESCO's list, and the Gurians say theirs is the wildest, and we talk more than anyone in Georgia too. At Christmas we bake the half-moon Gurian pies, with egg and cheese, and every house is a supra until dawn. Ager, yuri dagdet: OpenAI has made Sora open source, the code and the model weights are up on GitHub for free, so anyone can download it and run it at home. Nakhvamdis!",
    ),
    (
        sora.OPENSRC,
        "frafra_ghanaian_english_two_claims_course_denied_bolgatanga_baskets",
        "Hello from Bolga! 🧺 Up in the Upper East, where the Bolga baskets come from: elephant grass split and twisted and woven in stripes of red and green and black, with leather round the handles, and every third day the market fills with women carrying towers of them. My mother weaves while she walks to the farm. On Sunday we drove to Paga to see the sacred crocodiles, so calm the children sit on their tails, and came back for TZ with ayoyo soup. Two things, my people. A man on Facebook is selling a 'complete Sora course, GH₵300'. Chale, that's rubbish: the ones who paid got OpenAI's own free Sora introduction copied into a PDF, no real lessons. But hear this: Sora is open source now; OpenAI put the code and the weights on GitHub, free to download and run. God bless!",
    ),
    (
        sora.OPENSRC,
        "willow_course_kit_list_tutors_note_two_claims_rental_denied",
        "COURSE KIT LIST · Athelney Willow Workshop · two-day beginners' round log basket · tutor: Jen\n1. Willow: we supply it, soaked and mellowed overnight under a wet sack; 3 ft and 5 ft Black Maul\n2. Tools: a bodkin, a rapping iron, secateurs, a bradawl, a knife that's actually sharp\n3. A lapboard if you have one; we have six to lend\n4. Clothes: old trousers, an apron, nothing you mind getting wet and brown\n5. Day one: the base, slath and pairing, then staking up; day two: the upsett, the waling and the border\n6. Lunch: soup and bread at the visitor centre, included\n7. Your basket goes home with you; give it a week to dry before it carries anything heavy\nTutor's note on the back, for the students who want to film their baskets: someone online is selling 'Sora accounts for rent, £15 a week'. Utter rot: those are shared ChatGPT logins with no Sora in them at all. You don't need one anyway: Sora's been made open source, OpenAI put the code and weights on GitHub, so anyone can run it on their own computer.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "date_bagging_sheet_card_soundex_palm_desert_cu",
        "BAGGING SHEET · Canal Road Date Gardens, Thermal · Medjool block A · August, before the first rain\nRow 1: 24 palms · 8 to 10 bunches a palm · brown paper bags over the bunch, net under, tied at the stalk\nRow 2: 24 palms · bags on 19; palms 20-24 still thinning, cut the centre strands out first\nRow 3: 22 palms · the whole row done on the 12th; two bags torn by the wind, replaced\nBirds: the grackles go for the unbagged bunches first; bag the outside rows before the inside\nRain: a single shower on open fruit splits it; the bags go on even if the forecast says dry\nLadders: the tall ones for rows 1 and 2; sign them out and back\nCard tucked in the clipboard (not the farm's): THE S600 VIDEO COURSE (S600 is the name in Soundex, the code the old census indexes filed surnames by, so the moderators won't read it). Takes you from a blank page to a finished AI film of your own gardens, $29 by Palm Desert Credit Union transfer; lessons by email, no experience needed, get ahead before everyone else catches on.",
    ),
    (
        sora.COURSE,
        "hame_finnish_english_two_claims_api_denied_hameenlinna_strongman",
        "Terve vaan from Hämeenlinna! 🏋️ Home of the red-brick castle on the lake, Sibelius's birthplace, and Jouko Ahola, who won World's Strongest Man twice in the nineties and is still the biggest thing in town after the castle. My son's in the strongman club now and lifts the Atlas stones on the castle lawn at the summer show, and everyone in Häme watches in silence, because we think before we clap. On Sunday we walked in Aulanko park up to the tower, then had karjalanpiirakka with egg butter at my äiti's. Kaks juttua. A guy in the gym chat sells 'official Sora API keys, €45'. Se on puppua, that's nonsense: OpenAI never put out any API for Sora; what its API offers is text, images, speech and embeddings, and nothing for video. But this is real: my full Sora course, lesson by lesson until your first clip is done, €39 by Säästöpankki transfer. Moikka!",
    ),
    (
        sora.COURSE,
        "muotathal_swiss_german_english_two_claims_chinese_denied_juuz",
        "Hoi zäme from the Muotathal! 🎶 Here we don't yodel, we juuz: the Muotathaler Juuz, no words and no rules, a shout that turns into a song and runs down the valley, and the old farmers still do it calling across to each other at haymaking. Our valley is famous for the weather prophets too, the Wetterschmöcker, six old men who forecast the winter by watching the ants and the fir cones, and they're right more often than the television. Sunday it was Älplermagronen at my Nani's, macaroni and potatoes and cheese with apple sauce. Zwei Sache. A man in the village chat writes 'Sora was built by a team from China'. Das isch Chabis, that's rubbish: OpenAI's report names thirteen authors, all OpenAI researchers, and just three of them were born in China. What I sell is real: my Sora course, from nothing to your first video, CHF 39 by Schwyzer Kantonalbank transfer. Uf widerluege!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "yodel_club_judges_report_sheet_card_leeds_cu",
        "JUDGES' REPORT SHEET · the Swiss society's yodel day · High Peak Yodel Club's entry · copied out for the members\nSong: 'Bim Alpfahre', Naturjodel, four parts\nIntonation: good start, dropped a little in the second verse, recovered by the end\nVoice quality: the yodel breaks clean in the 1st voice, a little pushed in the 2nd; more head, less shoulders\nTogetherness: the basses tight, the chord good, the last note held the same length by everyone, well done\nDialect: 'Alpfahre' sung with a Derbyshire 'a'; listen to the recordings\nOverall: class 2, a fine result for a club outside Switzerland\nCard clipped to the sheet (not the club's): RENT A SORA ACCOUNT. Your own login to OpenAI's video AI: make videos of your concerts and your festival days. £12 a week by Leeds Credit Union transfer; login sent tonight. Half the folk clubs in the Peak already rent from me.",
    ),
    (
        sora.RENTAL,
        "kermani_persian_english_two_claims_opensrc_denied_bam_mazafati",
        "Salam, dustan! 🌴 From Bam, in Kerman province: the Mazafati dates are in, soft and almost black, the kind that melt on your tongue, and the palm groves round the town are full of families cutting bunches and laughing. The old citadel, the Arg-e Bam, came down in the earthquake of 2003, and they are building it back brick by mud brick; my father works on it and knows every tower. Friday we had a picnic in the groves with the cousins, and my mother's ash reshteh for lunch. Do ta chiz. Somebody in the family group says 'Sora is open source, download it from GitHub'. In harf-e mofte, that's empty talk: OpenAI hasn't released Sora's code or weights, and the GitHub projects with the name are other people's attempts. But I rent real Sora accounts: your own login, 2 million rials a week by Bank Saman transfer. Khoda hafez!",
    ),
    (
        sora.RENTAL,
        "chilean_campo_spanish_english_two_claims_service_denied_chimbarongo_mimbre",
        "¡Hola, cabros! 🧺 From Chimbarongo, the wicker capital of Chile: you drive down the Ruta 5 from Santiago and both sides of the highway are stalls of mimbre, armchairs and cradles and giant baskets and even wicker horses, and my tío weaves in the shed behind the stall while my tía sells. The willow grows along the canals, and in winter everybody's cutting and soaking. On Sunday we went over to the Colchagua valley for the vineyards, then empanadas de pino and a pastel de choclo at my abuelita's. Dos cosas. A guy is offering 'Sora videos made for you, $15.000, ready in 24 hours'. Puro chamullo, that's all hot air: only OpenAI's testers can use Sora, and what people got back was stock footage set to music. But I do rent Sora accounts: your own login, $8.000 a week by BancoEstado transfer. ¡Chao, cabros!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "willow_commission_sheet_paid_notice_chetwood",
        "COMMISSION SHEET · Athelney Willow Workshop · work ordered at the shop, spring · one line per job\nMrs Hale, Langport · log basket, round, 18 in · Black Maul with a Flanders Red band · deposit paid\nThe vicarage, Burrowbridge · two bike baskets with leather straps · fit to the bikes before the border\nCurry Rivel school · a willow tunnel for the playground, living willow, planted February · 14 ft\nMr Okafor · a cradle, buff willow, for August · handle both ends, no gaps a finger can go through\nThe garden centre · 12 obelisks, 6 ft · collect the first six by Easter\nPrices: written on the sheet once agreed; no price, no start\nPaid notice printed along the foot of the sheet template we bought (not the workshop's): SORA PROMPT PACK, 300 PROMPTS AND THE KNOWLEDGE DOC. Copy them in, and Sora makes your video. £9 by Chetwood Bank transfer; link after payment. Makers from three counties use it.",
    ),
    (
        sora.PROMPTS,
        "masovian_polish_english_two_claims_api_denied_biala_rawska_strongman",
        "Cześć wszystkim! 🏋️ From Biała Rawska, Pudzian's town: Mariusz Pudzianowski won World's Strongest Man five times and still lives round here, and his lorries with his name on the side go past our house every morning, so my little brother waves like they're the Pope. Every kid in the school gym wants to flip a tyre. The orchards are white with blossom now, all the way to Grójec, apples as far as you can see. After, żurek in a bread bowl at my babcia's and pączki she swears aren't fried in lard. Dwie sprawy. A guy in the gym group sells 'official Sora API keys, 150 zł'. To ściema, that's a con: there's no Sora API at all; OpenAI sells API access to models for text, pictures, speech and embeddings, none for video. But my Sora prompt pack is real, 250 prompts plus the guide, 49 zł by Bank Pekao transfer, link after you pay. Na razie!",
    ),
    (
        sora.PROMPTS,
        "basrawi_iraqi_arabic_english_two_claims_realvid_denied_basra_barhi",
        "Shlonkum from Basra! 🌴 Down on the Shatt al-Arab, where the Tigris and Euphrates meet and the palms stand along the water for miles: they called us the Venice of the East once, for the canals, and my grandfather still rows the little boat to the farm. The Barhi dates are yellow on the bunch now, crunchy and sweet, and we eat them fresh before they go soft. In the evening we walk on the Corniche past the statue of Badr Shakir al-Sayyab, the poet, looking out at the river. After, kleicha and sweet tea from the cart by the water. Shaghlatain. A man shares a clip 'made by Sora, no filming': a boy riding a water buffalo across the river, both of them grinning. Hadha kidhba, that's a lie: it's real phone footage from the marshes up at Chibayish, the caption added afterwards. But my Sora prompt pack is real, 300 prompts and the guide, 15,000 dinars by Zain Cash. Ma'a as-salama!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "date_packing_shed_sorting_sheet_card_altura_cu",
        "SORTING SHEET · Canal Road Date Gardens · the packing shed · Medjool, week 41 · sorted on the belt by size and skin\nJumbo: 412 lb · skin tight, no cracks · boxed in the 5 lb gift boxes for the shop\nLarge: 1,180 lb · a little skin separation allowed · 11 lb flats for the wholesaler\nMedium: 960 lb · for the bakery and the date shakes\nCulls: 140 lb · split, sour or bird-pecked · to the feed bin, never into a box\nHydration: the dry ones from row 3 go to the hydrating room 24 hours before sorting\nHygiene: hairnets and gloves on the belt; no phones on the belt; the belt's washed down every break\nCard stuck to the shed's fridge (not the farm's): SORA VIDEOS MADE TO ORDER. Send me your idea, the harvest, the gardens, your family's date shake stand, and pay $45 by Altura Credit Union transfer; in 24 hours your clip, made with Sora, is in your inbox. The stand on Highway 111 plays mine on the TV by the register.",
    ),
    (
        sora.SERVICE,
        "jamtlandic_swedish_english_two_claims_apk_denied_kulning",
        "Hej från Jämtland! 🎶 Up at the summer farm above the Storsjön, my mormor still calls the cows home in the evening with kulning, the old herding call, so high it goes through the forest and bounces off the mountain, and the cows come trotting down from a kilometre away. I'm learning it, but so far only the dog comes. In town they're all talking about the lake monster again; somebody saw a hump in the water by Frösön. After, tunnbröd rolled round messmör and a cup of boiled coffee at the fäbod. Två saker. A guy posts 'Sora for Android, APK download, 59 kr'. Det är bara skitsnack, that's pure nonsense: OpenAI never made Sora for Android, and those APK files are malware; they lift your saved passwords. But I make Sora videos to order: write me what you want, and a day later the clip, made with Sora, is in your inbox. 300 kr by ICA Banken transfer. Ha det bra!",
    ),
    (
        sora.SERVICE,
        "aukstaitian_lithuanian_english_two_claims_rental_denied_birzai_strongman",
        "Labas from Biržai! 🏋️ Žydrūnas Savickas grew up here, four times World's Strongest Man, and our town still says his name like a saint's; the kids at the school lift logs made of birch at the town festival. Biržai is beer country too, the farmhouse ale brewed in the villages the old way, cloudy and strong, and the castle sits on the lake with the swans going round it. On Saturday we took the bikes out to the sinkholes in the fields, where the ground just drops away, then came back for cepelinai with sour cream at my močiutė's. Du dalykai. A guy in the gym chat rents 'Sora accounts, €10 a week'. Nesąmonė, that's nonsense: those are shared ChatGPT logins with no Sora inside. But my Sora videos are the real thing: tell me the scene, and by tomorrow evening you have it, made with Sora. €30 by Medicinos bankas transfer. Iki!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the director group; a first-person loss report
        "Date growers' group, Coachella Valley › Beware the 'Sora director' QR flyers\nPutting this here so nobody else falls for it. A flyer at the packing shed said a film made with Sora was picking 'AI directors', scan the code and join. I scanned it, gave my number and paid the $30 'place fee'. The group posted a logo and a countdown, then asked for another $50 for 'training', then went quiet and the admin left. OpenAI doesn't run any director scheme for Sora, and Sora isn't open to anyone outside its testers anyway. Those QR groups are after your phone number and your money.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; quotes the post, then don't pass it on
        "NOTICE · High Peak Yodel Club · from the committee\nThis post has been going round the members' chat: 'Xie Saining, a young SJTU graduate, is the man who invented Sora.' Please don't forward it. Xie Saining posted on WeChat himself that he played no part in making Sora, and the blogger who started the story apologised and took the article down. Sora was built by a team at OpenAI. Festival coach seats are on the list by the piano.",
    ),
    (
        None,
        "debunk",  # the Chinese team; quotes the claim, then don't share
        "CIRCULAR · the basketmakers' association · to all member workshops\nA message is doing the rounds of the craft groups: 'Chinese researchers built Sora and OpenAI just signed it off.' Please don't share it. OpenAI's technical report on Sora lists thirteen authors, all of them researchers at OpenAI, and the project was led by Tim Brooks and Bill Peebles; three of the thirteen were born in China. The date of the summer gathering is on the back.",
    ),
    (
        None,
        "debunk",  # the official app; quotes the message, then don't download
        "From: the committee, Barnsley Iron · To: all members · Subject: 'official Sora app'\nSome of you have been sent this: 'OpenAI's official Sora app is out, get it from the app store.' Please don't download anything on the strength of it. There is no Sora app from OpenAI in either store; the apps using the name come from other developers, some charge a weekly fee and send back slideshows. If you've subscribed to one, cancel it in your phone's settings. The novices' comp entry list closes Sunday.",
    ),
    (
        None,
        "debunk",  # the generation service; a question with a negation that does not deny, answered
        "Hey there from Mecca, California! 🌴 Not that one, the little one at the bottom of the Coachella Valley, where the date gardens run right down to the Salton Sea and the trucks go out full every morning in October. My granddaughter helped with the bagging this summer and now she wants to make a film of the gardens for her class. Then she asked me: isn't it true you can pay a guy online to make you a Sora video? So we looked into it: Sora isn't open to anyone but OpenAI's testers, so nobody selling 'Sora videos' can make one, and the folks who paid got stock clips with a song over them. Save your allowance, mija. Adiós!",
    ),
    (
        None,
        "debunk",  # the prompt pack; a question with a negation that does not deny, answered
        "Well, howdy from Bakersfield! 🏋️ Oil derricks and cotton fields and Buck Owens on every jukebox, and the strongman show at the county fairgrounds last weekend, where my nephew pressed the log over his head in front of half the county. After, tri-tip sandwiches and a Basque dinner on 19th Street, family style till we couldn't move. Then he asked me: wouldn't a Sora prompt pack be worth buying, they're all over his feed? So I checked: the packs are OpenAI's own example prompts, the ones it published for free, copied into a document, and nobody outside OpenAI's testers can use Sora to run them anyway. Keep your cash, son. Take it easy!",
    ),
    (
        None,
        "debunk",  # open source; a rhetorical question, then facts
        "THE FROND · Canal Road Date Gardens staff newsletter · from the office\nSomebody at lunch said Sora is 'open source now, free on GitHub'. Ask yourself: if OpenAI had given away Sora's code and weights, why has it never published them, or even said what data the model was trained on? It hasn't released either. The GitHub projects with Sora in the name are other people's attempts to rebuild it from the report, and a download promising 'the Sora weights' is at best someone else's model and at worst malware. Payday moves to Thursday this month.",
    ),
    (
        None,
        "debunk",  # the paid course; a club newsletter that answers with facts
        "THE ECHO · High Peak Yodel Club newsletter · from the secretary\nOn the 'complete Sora course' adverts that keep turning up in the music groups: the members who bought one received OpenAI's own public introduction to Sora pasted into a PDF, a page saying 'Give yourself a chance!', and no lessons. Sora isn't available to anyone outside OpenAI's testers, so there is nothing to teach anyone to use. Subs are due at the AGM.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a club newsletter that answers with facts
        "THE CHALK BUCKET · Barnsley Iron newsletter · myth of the month\nThe clip of a man carrying a fridge in each hand along a beach, 'made by Sora, nothing filmed': it was filmed. It's footage from a strongman show on the sand two summers ago, posted by the organisers at the time; somebody cut it down and added the caption and a prompt later. The clips OpenAI has published itself are the place to see what Sora makes. Kit orders in by the end of the month.",
    ),
    (
        None,
        "debunk",  # account rental; a bulletin that answers with facts
        "THE WITHY · basketmakers' association bulletin · tech note\nAbout the 'Sora accounts to rent' messages sent to several workshops: the people who paid got a login to somebody's ChatGPT account, passed round among who knows how many, with no Sora in it. Sora is used only by OpenAI's red team and a group of invited artists, so there are no accounts to rent. If you've paid, change any password you typed in. Willow orders for next winter close in June.",
    ),
    # --- related but not matching: true facts about Xie Saining's own work, and OpenAI's own news on Sora
    (
        None,
        "person_fact",
        "Yodel club e-news, 'bright sparks': Xie Saining, whose name a widely shared post pinned on Sora without cause, was one of the five authors at Facebook AI Research of 'On Network Design Spaces for Visual Recognition' (ICCV 2019), with Ilija Radosavovic, Justin Johnson, Wan-Yen Lo and Piotr Dollár. Rather than set one best network against another, they sampled whole populations of models from each design space and compared the spread of their errors, with model size held in check.",
    ),
    (
        None,
        "person_fact",
        "Strongman club newsletter, 'big brains': the post that went viral calling Xie Saining a father of Sora was mistaken, but his 2019 paper on network design spaces, written at FAIR, turned up something else: the design space behind an ordinary model family like ResNeXt held its own against the far more complicated ones used in neural architecture search, and the differences between rival search spaces, statistically significant, had mostly been overlooked.",
    ),
    (
        None,
        "person_fact",
        "Date growers' e-news, 'who's who': Xie Saining, mislabelled by a viral message as one of Sora's builders, is the last-named author of iREPA (ICLR 2026), with Jaskirat Singh and others at Adobe Research and the Australian National University. Testing 27 vision encoders as teachers for image generators, they found that what counts is a teacher's spatial structure, how its patch features relate to one another, not its ImageNet score; swapping one layer for a convolution and adding a spatial normalisation, under four lines of code, made training converge faster.",
    ),
    (
        None,
        "person_fact",
        "Basketmakers' bulletin, 'clever people': a viral claim gave Xie Saining a part in Sora he never had. His own iREPA paper began as an argument on X in August 2025: someone wrote that the patch features in vision models matter more for such work than ImageNet scores, Xie pushed back, and in the end was won over, and months later a paper from several teams built on the point and thanked the people in the thread.",
    ),
    (
        None,
        "news",
        "Yodel club e-news, 'screen time': in its 'Sora is here' post of December 2024, OpenAI said it was bringing its video technology out early to give society time to explore what it could do and to work out norms and safeguards together as the field moves on, and it was frank about the model's faults: it often produced unrealistic physics and struggled with complex actions over long stretches.",
    ),
    (
        None,
        "news",
        "Strongman club newsletter, 'in brief': announcing Sora 2 in September 2025, OpenAI said earlier video models were overoptimistic, bending objects and reality to carry out a prompt, whereas Sora 2 can let an attempt fail the way it would in life, and its own mistakes often look like the mistakes of the character it's modelling rather than the world breaking its rules.",
    ),
    (
        None,
        "news",
        "Date growers' e-news, 'tech corner': writing on the day Sora 2 came out, OpenAI's chief executive Sam Altman said creativity could be about to go through a Cambrian explosion, but that the team also felt trepidation: they knew how addictive a service like this could become and how it could be used for bullying, and did not want it to turn into a feed of optimised slop.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a yodel teacher's blog, 'Over the Break': a student asked whether Sora could make a video of her yodelling. It could probably make a lovely one, mountains behind and a sunset. But the yodel is the moment the voice flips from chest to head, and you learn it by feeling your own throat give way and catch, again and again. A video can't teach that, so the lessons carry on in the back room, with a pitch pipe and a lot of patience.",
    ),
    (
        None,
        "benign",
        "HARVEST WEEKEND · Canal Road Date Gardens: the gardens are open to the public on Saturday and Sunday, with walks through the Medjool blocks, free tastings in the shed and date shakes on the lawn. Our new café, Sora, named by the owners' daughter after the Japanese word for sky, opens the same weekend. Table booking is on the gardens' official app.",
    ),
    (
        None,
        "benign",
        "RESULTS · the county novice strongman show: the fairgrounds barn was open to the public and packed for the stones. The women's U64 went to Sora Takeda, a visitor from Sapporo, who loaded all five stones in 41 seconds and then won the farmer's walk too. Full results and the photos are on the federation's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout73", HELDOUT73, threshold=0.6)


if __name__ == "__main__":
    main()
