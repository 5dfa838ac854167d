# ruff: noqa: E501
"""Write the seventy-fourth English held-out set (tests/data/hard_en_heldout74_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the director group and get rich, as in every even set from the forty-eighth, the seventy-second
the last), 10 debunks, 4 person facts, 3 news items and 3 benign posts; 12 posts assert one claim and deny
another, 3 ask a question with a negation that asserts the claim. Its theme: ice-fishing derbies (an ice
thickness log, a catch register and a hut placement sheet of a perch derby in Cook's Bay on Lake Simcoe, off
Keswick, and the derby newsletter; Nipissing off North Bay, Listvyanka on Baikal, Pielinen under Koli,
Storsjön at Östersund, the sturgeon spearing on Lake Winnebago, Great Slave Lake at Yellowknife, Lake
Champlain off Cumberland Head, Eloika Lake); forced rhubarb growers (a forcing shed log, a crown lifting
schedule and a packing sheet at a farm in Carlton, in the Rhubarb Triangle, and its staff bulletin; Palmer in
the Mat-Su valley, Sumner in the Puyallup valley, the wild rhubarb of Van and of Kabul, the dahuang of Lixian,
a garden in Christchurch); scarecrow festivals (a judging sheet, a clothes donation log and a straw bale order
sheet of the Wray Scarecrow Festival in the Lune valley, and its newsletter; Nagoro in the Iya valley,
Peddler's Village at Lahaska, Meaford's Scarecrow Invasion, a trail on the Somerset Levels); and soapbox
(gravity) racing clubs (a scrutineering sheet, a brake test log and a timing sheet of a club on the closed
hill road at Holmbury St Mary in Surrey, its forum and newsletter; the coches de madera of Quito, Seifenkisten
at Loschwitz in Dresden, billy carts in the Adelaide Hills and in Kambah, a lane off Bredon Hill, the
sæbekassebil race at Gudhjem on Bornholm, and a Cheltenham team).

Worlds. One of the four the brief proposed is kept (ice-fishing derbies) and three are replaced; every earlier
writer script (kinds, docstrings and posts, English and Chinese) was searched for each world's key words.
Ice-fishing derbies (ice fish, ice-fish, ice hole, tip-up, 冰钓, 冬捕, walleye, Simcoe, Nipissing, Winnebago): no
earlier world; "ice fishing" is only a world the seventy-second set dropped, next to hard_en_heldout71's
cross-country ski clubs, which that set then replaced with pole vault clubs, and "angling" only the thirtieth
set's Lough Corrib angling report (a style) and a newsagent's Angling Times; the neighbours are kept at a
distance: no curling or skating (the forty-first set's ice rinks), no ski, horse, dog or snowmobile on the ice
(hard_en_heldout73's skijoring clubs, written at the same time), no sled-dog (the mushers). Stargazing clubs
are replaced: the thirty-eighth set's world was amateur astronomy (a planetarium's show schedule, an observing
log, an astronomical society's classifieds and minutes, a star party's talk notes), the reason the fifty-ninth
set dropped astronomy societies, and the sixty-sixth set's meteorite hunters sit beside it. Handbell choirs
are replaced: the forty-second set's church bell ringers (the Vale of Evesham guild's newsletter, whose one
"handbell" is there, and an East Grinstead guild) and the forty-seventh, forty-eighth and sixty-ninth sets'
bell-ringers are the same world. Hazelnut growers are replaced: they are the sixty-seventh set's world (a
hazelnut growers' newsletter, filberts, Zugdidi's hazelnuts, Piedmont). In their place: forced rhubarb growers
(rhubarb, forcing shed, crown lifting, 大黄: "rhubarb" only a crumble in the fifty-second set and a well
dresser's petal in the fifty-ninth, 大黄 only a dog's name in zh_heldout40), a field and shed crop with no nut
(hard_en_heldout73's pecan growers) and no mushroom (its foragers; the sheds are dark, and nothing but rhubarb
grows in them); scarecrow festivals (scarecrow, kakashi, Nagoro, Wray: nowhere); and soapbox racing clubs
(soapbox, soap box, gravity racing, billy cart, Seifenkiste, sæbekassebil, coches de madera: nowhere; "soap"
only soap makers and soap as a word), raced by adults on a closed road, with no child's bicycle, pram or
tricycle (zh_heldout67's 平乡童车厂, written at the same time; the Bornholm carts run on trolley wheels). Dropped
on the way: land yachting (the fifty-fifth and fifty-ninth sets dropped it for the thirty-third set's
sailing), speedcubing (the fifty-ninth, sixtieth and sixty-seventh sets), tractor pulling (unsure of the
European venues), giant pumpkin growers (a second vegetable, and a scarecrow's neighbour), lavender growers
(the fifty-eighth set's perfumers), drum corps (the pipe and brass bands), roller derby (the forty-ninth,
fiftieth and sixty-eighth sets). The other sets written at the same time (hard_en_heldout73: yodelling choirs,
pecan growers, skijoring clubs, mushroom foragers; zh_heldout67 and 68: 潜江小龙虾养殖基地, 大理扎染作坊, 平乡童车厂, 武夷山岩茶厂,
茂名荔枝园, 章丘铁锅作坊, 南通家纺厂, 白沟箱包厂, 苍南印刷厂, 象山海鲜加工厂, 镇平玉雕作坊, 漳州水仙花种球场), not seen by this writer, are kept clear of: no
choir, yodel, alp, pecan or other nut, ski, horse, mushroom, crayfish, tie-dye, child's vehicle, tea, lychee,
wok, home textile, luggage, printing, seafood plant, jade or bulb appears.

Voices, in English varieties, dialects and registers the earlier sets do not use (their kinds and docstrings
were searched for each; where an earlier set has a variety of the same language the region here is another:
the earlier Russian voices are Kamchatka's, Vologda's, Kaliningrad's and the Lipovans', the Finnish ones
Savonian, Ostrobothnian, Tampere's, Oulu's and Helsinki slang, the Swedish ones Scanian, Dalmål, Upplandic and
Norrbotten's, the Turkish ones İzmir's, Hatay's, Bursa's and Isparta's, the Dari one Herat's, the Alaskan ones
the thirty-fifth set's and Norton Sound's, the Ontario one Southwestern Ontario's, the Australian ones include
Gippsland, the Red Centre, Western Sydney, Coober Pedy and Tasmania's Glenorchy, the Wisconsin one
Milwaukee's, the Ecuadorian ones Ambato's and Manabí's, the German ones include Berlinerisch, Swabian and
Franconian, the Danish one Jutlandic, the Pennsylvania one Pennsylvania Dutch, the New York ones Adirondack
and others; Chicago English, Minangkabau, Mineiro, Yorkshire English, Lancashire and Dorset dialect, Vermont
English and the Ottawa Valley were first choices already taken): Bucks County Pennsylvania English (Lahaska),
Irkutsk Siberian Russian-English (Listvyanka), Quiteño Ecuadorian Spanish-English (Quito), North Karelian
Finnish-English (Lieksa), Adelaide Hills South Australian English, Northern Ontario English (North Bay), Van
Turkish-English, Kabuli Dari-English, Jamtish Swedish-English (Östersund), Puyallup Valley Washington English
(Sumner), Georgian Bay Ontario English (Meaford), Canberra Australian English (Kambah), Yellowknife Northern
Canadian English, Somerset dialect (the Levels), Canterbury New Zealand English (Christchurch), North Country
New York English (Plattsburgh), Upper Saxon German-English (Dresden), Fox Valley Wisconsin English (Oshkosh),
Worcestershire dialect (Bredon Hill), Mat-Su Valley Alaskan English (Palmer), Longnan Gansu Mandarin-English
(Lixian), Bornholm Danish-English (Gudhjem), Awa-ben Japanese-English (Nagoro), and in debunks Gloucestershire
English (Cheltenham) and Inland Northwest English (Spokane); and the registers of an ice thickness log, a
catch register, a hut placement sheet, a forcing shed log, a crown lifting schedule, a packing sheet, a
judging sheet, a clothes donation log, a straw bale order sheet, a scrutineering sheet, a brake test log and a
timing sheet. Greetings and sign-offs the scripts showed were taken ("Selam", "Salaam", "Kia ora", "Privet",
"Zdorovo", "Merhaba", "Morena", "Minna-san", "Ey up", "me duck", "Hey there", "Hört mal", "Oigan", "Okay,
listen", "Två grejer", "Du chiz", "Ha det", "Hoşça kalın", "Khuda hafiz", "Poka", "Tschüssi", "Hej hej",
"Catch ya", "Cheers!", "Take care") were first choices that were replaced. Styles the earlier sets do not use
(searched likewise; a weigh-in sheet, an allocation sheet, an order sheet, a materials list and a timesheet
are earlier styles): an ice thickness log with the auger crew's note, a forcing shed log with the forcing
hand's note, a scrutineering sheet with the chief scrutineer's note, a judging sheet with the judge's note and
a crown lifting schedule with the shed manager's note, and, with a scam under them, a catch register with a
flyer, a brake test log with a card, a clothes donation log with a card in the box, a timing sheet with a
flyer, a hut placement sheet with a card, a straw bale order sheet with a paid notice and a packing sheet with
a card; the debunks take shapes the earlier sets know.

Questions. Counted as the seventy-first and seventy-second sets counted, over the seven three-post templates
that carry the questions, now including those two sets (the seventy-first asked open to the public, API access
and the director group; the seventy-second open to the public, API access and the Chinese team; the kinds of
every set from the fiftieth were read): the inventor rumour, the official app and get rich were last asked by
the seventieth set, the director group by the seventy-first, and open to the public, the Chinese team and API
access by the seventy-second. So the three oldest are exactly the inventor rumour, the official app and get
rich, all three tied at the seventieth, with nothing tied at the edge, and hard_en_heldout73 is likely to take
exactly those three. The brief asks that this set not put all three on the same templates and gives a tie as
the way to differ; the only tie is inside the three, and it parts one step back: get rich's question before
the seventieth is the sixty-seventh's, the inventor rumour's and the official app's the sixty-ninth's; then
both have the sixty-sixth; then the inventor rumour's sixty-second is older than the official app's
sixty-fifth. So this set asks get rich and the inventor rumour, the older side of the tie, and gives the
official app's place to the next oldest, the director group (the seventy-first), the way the sixty-eighth,
seventieth and seventy-second sets dealt with theirs; the official app waits, with its two two-claim posts
below: a Lahaska mother's "Didn't you guys hear that Sora was partly invented by ... Xie Saining?", a
Yellowknife angler's "Don't you know they're casting AI directors for the first film co-written with Sora?"
and a Christchurch grower's "Haven't you heard Sora's the money window of a lifetime?". The lead should know
that hard_en_heldout73, told the same, may differ from the three oldest in the same way or the other way.

Two-claim posts (assert one of this set's seven three-post templates, deny another). Counted as the
seventy-second set counted, now including the seventy-first (none: it asserts only from the other seven) and
the seventy-second (twelve: the fifty-sixth set's last seven and five of the fifty-eighth set's twelve). The
oldest last use is now the fifty-eighth set's, for the seven pairs left of its twelve, each used there only
and never since (the even sets from the sixtieth to the seventy-second were read for each), and all seven are
taken: the inventor rumour but not the director group, open to the public but not an official app, the
official app but not open source, the official app but not the director group, the Chinese team but not a
"made by Sora" clip, API access but not get rich, and API access but not a clip. Next come the twelve pairs of
the sixtieth set, each used there only, so all tie. The rule the sixty-eighth to seventy-second sets followed,
that every template without a question here carries two two-claim posts, needs one more each for open to the
public and the Chinese team; the five left go one to each template that has none or one: the inventor rumour
(to make two), the director group and get rich. From the sixtieth set's pairs, each pick takes the one that
denies a template no pair here denies yet: the inventor rumour but not a course (not open source, denied
above), open to the public but not the prompt pack (not a generation service, which get rich's only pair
denies), the Chinese team but not the inventor rumour (not the prompt pack, taken), get rich but not a
generation service (not open source); the director group's two (not an official app, not get rich) both deny a
template denied once already, and this set takes the first in the sixtieth set's list, not an official app. So
open to the public, the official app, the Chinese team, API access and the inventor rumour are asserted twice
each, the director group and get rich once; the director group, an official app and a clip are denied twice,
open source, get rich, a course, the prompt pack, the inventor rumour and a generation service once, and open
to the public, the Chinese team, API keys, the APK and account rental never. All twelve quote the post or
offer they deny, each with a short dismissal before the claim ("Eto vsyo chepukha, that's nonsense", "¡Qué va!
Eso es una farsa, that's a sham", "Ihan soopaa, that's nonsense", "That's bulldust", "That's flapdoodle",
"Palavra, that's hot air", "Dorogh ast, it's a lie", "Det är bara skitsnack, that's just rubbish", "That's
tommyrot", "That's piffle", "That's all moonshine", "That's applesauce"; "bred", "paja", "dinkum", "flannel",
"on the level", "the real McCoy", "gospel" and "the goods" were first choices that the scripts showed were
taken). Claims in passing sit late in the long records (the notes at the foot of five sheets and logs, and the
flyers, cards and the paid notice under seven).

New obfuscations (the earlier posts and the demo stream were searched for the Unicode name of every character
they use outside ASCII, and the scripts for every cipher or word game they name: counting rod numerals,
solfège and the Bifid cipher are in none of them, while tap code, the Polybius square, jeringonza, Canadian
syllabics, Cherokee, runes, Glagolitic, Braille, NATO spelling, Atbash, ROT13 and a reversed spelling were
first choices already taken): counting rods, "𝍩𝍨 𝍩𝍤 𝍩𝍧 𝍠" (U+1D369 COUNTING ROD TENS DIGIT ONE with U+1D368,
U+1D364 and U+1D367 COUNTING ROD UNIT DIGIT NINE, FIVE and EIGHT, and U+1D360 UNIT DIGIT ONE: 19, 15, 18 and
1, the A1Z26 places; the seventy-second set's tally marks share the Unicode block, not the characters), in a
Lixian grower's account rental; solfège, "the so-ra of do-re-mi" (ソ and ラ, the fifth and sixth notes as
Japanese schoolchildren sing them), in a Nagoro scarecrow maker's generation service; and the Bifid cipher,
"the SQOF app" (on the plain 5×5 square, S, O, R and A stand at rows 4, 3, 4, 1 and columns 3, 4, 2, 1; read
the rows and then the columns, 4 3 4 1 3 4 2 1, in pairs: 43 S, 41 Q, 34 O, 21 F), in a Dresden racer's APK.

Prices with payment methods the earlier scripts do not name (Meridian, Alterna, Sberbank, VTB, Ziraat, Azizi,
BankSA, Beyond Bank, Kiwibank, MobilePay, Interac and the Cambridge, Chorley, Bath, Skipton and Penrith
building societies were first choices that the earlier scripts showed were taken): C$40 by Kawartha Credit
Union transfer, C$30 a weekend by FirstOntario Credit Union transfer, C$60 by Libro Credit Union transfer,
C$50 by e-transfer, £35 by Tandem Bank transfer, £45 by Chetwood Bank transfer, £30 by Yorkshire Bank
transfer, £9 by Wise transfer, £18 by Lambeth Building Society transfer, £30 by Bristol Credit Union transfer,
$55 by Sound Credit Union transfer, $45 by Champlain National Bank transfer, $60 by Matanuska Valley Federal
Credit Union transfer, A$80 by Bank Australia transfer, NZ$50 by SBS Bank transfer, €7 by Ostsächsische
Sparkasse Dresden transfer, 150 kroner by Jyske Bank transfer, ¥80 a week by Bank of Gansu transfer and ¥4,000
by Awa Bank transfer; in the quoted scams 3,000 rubles, $30, $29, 500 lira, $40 and £30, and £40, C$35, £40
and £20 in the debunks. Scams vouching for themselves in new words ("a fella from the Sutton shanties already
got a callback", "the marshals know my van", "I've stuffed scarecrows for this festival for eight years",
"I've marshalled the hairpin at every meeting for seven years", "I've towed half the huts on row C out here
myself", "the packers know my wagon", "I've sold rhubarb at the Puyallup market for eleven springs", "I've
built the scarecrow on the harbour for six autumns", "I've built carts for half the street", "My cousin in Hay
River is in already", "a lad from Langport's had a callback already", "I've sold rhubarb at the Riccarton
market for five springs", "I've run the derby weigh station off Cumberland Head for nine winters", "It's been
on my phone since the first race of the season", "I've judged the giant cabbages at the State Fair for seven
Augusts", "I've weighed dahuang for the traders for ten seasons", "I've filmed the Gudhjem race for six
summers", "I've made the festival video for this valley for eight years").

Ten debunks and warnings on ten templates, each given a shape it did not have in the seventy-first or
seventy-second set (their debunk comments were read; no template twice): one first-person loss report, a
gravity racing club's forum post (the course: £40 for OpenAI's free Sora overview on slides and a list of
YouTube links), where the last two sets' loss reports were API access and the prompt pack; three that quote
the offer and then tell the reader not to install, scan or join: a scarecrow festival newsletter (the APK:
"Please don't install it", no Sora app for Android, malware after passwords and banking), a perch derby
newsletter (the director group: "Don't scan it and don't pay", no film, QR groups that go quiet) and a rhubarb
farm's staff bulletin (get rich: "Don't join", nobody paid, the fees going up to the recruiter, the three
months there to hurry you); two questions that contain a negation but do not deny, each answered in the same
post with facts: a Cheltenham racer's father-in-law's "isn't it true that Sora was really built by Chinese
scientists?" (thirteen names on OpenAI's report, three born in China, all OpenAI researchers, Brooks and
Peebles at the head) and a Spokane angler's nephew's "didn't OpenAI put Sora's code up on GitHub ...?" (no
weights or code; the GitHub projects are others' attempts); one rhetorical question (the festival secretary's
email on the mislabelled clip: "if Sora made it, why is the very same clip ... on the village's own page from
three summers ago ...?"); and three more that answer with facts and no plain "no" up front: a racing club
newsletter's "Ask the pits" (the inventor rumour: he is at NYU, has said Sora was not his work, the outlet
apologised and took the story down), a derby newsletter's sign-in desk FAQ (the official app: none from
OpenAI, other developers' copies with weekly fees and slideshows, the red team and invited artists) and a farm
bulletin's "Ask the office" (the prompt pack: OpenAI's own example prompts, the Tokyo street and the woolly
mammoths, free on its page, and nobody outside OpenAI able to use Sora). Open to the public, API access,
account rental and the generation service have no debunk here.

Four true facts about the people who led and run Sora at OpenAI, each in a post that says in its own new words
that a viral post wrongly named Xie Saining ("a viral post wrote Xie Saining into Sora's story, wrongly", "the
credit a chain message handed Xie Saining was never his", "Xie Saining's name went round as a Sora maker,
mistakenly", "Xie Saining was wrongly made one of Sora's fathers by a much-shared post"). The earlier sets,
English and Chinese, have used Brooks's PhD, InstructPix2Pix, the long-videos paper, his Google papers
(unprocessing, motion blur, low-light photography), his moves to DeepMind and Meta and his MIT Technology
Review award; Peebles's MIT and Berkeley years, the Hessian Penalty, GANgealing, G.pt, DiT, his ICML talk, No
Priors, the Training Data episode's first day and space-time tokens, his departure; Ramesh's GPT-3, CLIP,
DALL·E, DALL·E 2, GLIDE, spectral regularizer, disentangling paper, Worldsim; Dimson's Instagram years and
Global Illumination; Sahai's path; DePue, the Luhmans, Li Jing, Connor Holmes and the report's author list. So
these are four things none of them used (grep found no "unbelievably", "Correct.", "TBPN", "creation over
consumption" or the cameo surprise in any earlier post): Peebles's one-word reply, "Correct.", to
"unbelievably back" when OpenAI announced its '12 Days of OpenAI' on 4 December 2024, days before Sora went
out to users; Dimson telling Sequoia's Training Data (November 2025) that he built the Sora app's feed for
making rather than scrolling, from what he learned at Instagram, with nearly every new user creating on day
one and about 70% creating again on return; Peebles, Dimson and Sahai telling the same podcast that they had
not expected cameos to be the main draw, the internal feed all cameos within days; and Peebles, as OpenAI's
head of Sora, beside Sam Altman on TBPN on 10 October 2025, on Sora 2's physics and the protection of
likenesses. Three items of real news from other organisations' video models that no earlier set, English or
Chinese, used as news (the earlier news and benign posts have Veo, Veo 2 and 3, Runway's Gen-4, Aleph and
Act-Two, Luma's Dream Machine, Ray2 and Ray3, Pika 1.5, Kling, Movie Gen, Lumiere, Vidu, Seedance, PixelDance
and Seaweed, Midjourney's V1, Firefly, Mochi, Step-Video, Wan, HunyuanVideo, LTX-Video, Marey, Nova Reel,
Cosmos, OmniHuman, STIV, Muse, Genie 3, Vibes, Odyssey, Oasis and MirageLSD, Haiper, Synthesia and HeyGen's
Avatar IV; MiniMax appears only for its language model): MiniMax's Hailuo 02 (18 June 2025: native 1080p, six
seconds at that size or ten at 768p, Noise-aware Compute Redistribution, three times the parameters and four
times the data, a circus reel made by three artists in a day and a half); Hedra's Character-3 (6 March 2025:
picture, audio and text in one pass, billed as the first "omnimodal" model in production; Hedra founded by
Michael Lingelbach); and Baidu's MuseSteamer (2 July 2025: picture and sound generated together, up to ten
seconds and 1080p, Turbo, Lite and Pro, 89.38% on the VBench image-to-video board). None says anything of
Sora's availability, an app, an API or open weights, so none repeats a template's claim. Three posts that are
not claims: one on topic (a cart builder's blog: Sora can show a finish line, it can't feel the bump at the
church) and two off topic that share its surface words (a scarecrow named Sora on the Wray trail, "open to the
public", votes in "the festival's official app"; a sauna cabin called SORA on the ice at Jackson's Point,
"open to the public", slots on "the resort's official app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the seventy-second, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, so that
the highest ratio is exact) before the set was committed; hard_en_heldout73, written at the same time on
another branch, was not in this tree, and the check against it is left to the lead. ``--check`` prints the
highest ratio and every post at 0.6 or more (0.379 when it was committed, none at 0.6 or more: the sauna cabin
called SORA against heldout28-052, a one-line item on the CTO's plan to release Sora to the public; next, at
0.353, the scarecrow called Sora against heldout15-008; the demo stream's highest is 0.326, the sauna cabin
against demo-0242). Runs of words shared with an earlier post were looked for as well: the first draft's
longest (thirty-one words of the judge's note on the clip, twenty of the Palmer course, seventeen of the
donation box card and the crown lifting note, sixteen of the Kabul claim and the derby newsletter's quote, and
twelve to fifteen in ten more) were reworded until none of twelve words or more was left; the longest left are
eleven words, such as "with OpenAI's red team and a small group of invited artists" (the derby FAQ) and "the
App Store or Google Play and Sora makes the videos" (the forcing hand's note).

It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead,
with the final code.

Sources for the facts about the Sora team, the news, the places and the obfuscations (looked up with the
search tool, besides the seeds): Peebles's reply (techradar.com, 5 December 2024: "Sora lead Bill Peebles
replying to a tweet that said 'unbelievably back', with 'Correct.'"); the Training Data episode
(sequoiacap.com and ai-radar.merimerimeri.com, 6 November 2025: guests Bill Peebles, Thomas Dimson, Rohan
Sahai; "The team initially didn't expect the cameo feature ... to become the killer feature. When they tested
it internally, the feed became entirely cameos within days"; "Drawing from his Instagram experience, Thomas
explains that Sora's feed is intentionally designed to inspire creation rather than mindless scrolling. With
nearly 100% of users creating on day one and 70% creating when they return"); TBPN (podscripts.co, 10 October
2025: "Sam Altman, CEO of OpenAI & Bill Peebles, Head of Sora, discuss ... enhanced physics understanding ...
the protection of individual likenesses"); Hailuo 02 (cronfeed.work: the official clip "published on June 18,
2025", "assembled by three artists over 1.5 days", "native 1080p"; docs.imagine.art: "Noise-aware Compute
Redistribution (NCR) architecture with 3× more parameters and 4× more" data; unifically.com: "1080p is locked
to 6-second duration; 10-second runs return at 768p"); Character-3 (aiwiki.ai: "Character-3, which Hedra
introduced on March 6, 2025 and described as the first omnimodal model in production, capable of reasoning
jointly over image, text, and audio inputs", "founded in 2021 by Michael Lingelbach, a former Stanford
neuroscience PhD student"); MuseSteamer (mmdfx.com: "7 月 2 日,百度正式发布视频生成模型 MuseSteamer,这是国内首个支持声画同步的视频生成模型",
"最长 10 秒视频生成、最高 1080p", "Turbo、Lite、Pro 三个版本", "VBench I2V 中,MuseSteamer 以 89.38% 总分强勢登顶"). The counting rods
(names checked with Python's unicodedata), the Bifid square and the solfège were worked out by hand, and the
local detail (Cook's Bay, Keswick, Sutton and Jackson's Point on Lake Simcoe, Ontario's hut rules; Nipissing's
pickerel; Listvyanka and the Angara's source; the pilkki on Pielinen, Koli and Karelian pies with egg butter;
Storsjön, Frösön and its lake monster; Winnebago's sturgeon spearing, supper clubs and the brandy old
fashioned; Great Slave Lake, the ice road to Dettah, Bullock's in Old Town and "mahsi cho"; Plattsburgh's
michigans and Cumberland Head; Eloika Lake; the Rhubarb Triangle at Carlton, forcing by candlelight, Timperley
Early, Victoria and Stockbridge Arrow, frost units and the PDO; Palmer's musk ox farm and State Fair cabbages;
Sumner and Mount Rainier; Van's uçkun, otlu peynir, murtuğa and Akdamar; Kabul's rawash, Paghman and bolani;
Lixian's dahuang and Dabuzishan; the Riccarton market and the Port Hills; Nagoro's kakashi festival, Iya soba
and the vine bridge; Peddler's Village at Lahaska; Meaford's Scarecrow Invasion, Northern Spies and butter
tarts; the Levels' withies, the Tor and Langport; Wray, the Roeburn and the institute; Quito's coches de
madera, canelazo and La Ronda; Loschwitz, the Blue Wonder and Eierschecke; Lobethal, Hahndorf's Kitchener buns
and fritz; Kambah, Red Hill and Hall; Bredon Hill, Pershore plums and faggots and peas; Gudhjem and Sol over
Gudhjem; Holmbury St Mary) is the writer's own knowledge, kept to what is widely published. The debunks' facts
(Xie Saining's denial, the apology and the article taken down, the thirteen authors and three born in China,
Brooks and Peebles leading, the red team and invited artists, the clone apps, the APK malware, the closed
weights and code, the GitHub rebuilds, the course contents, the QR groups, the stock footage sent back for
"Sora videos", OpenAI's free example prompts) are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout74.py           # write the set
    .venv/bin/python scripts/make_hard_heldout74.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT74: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "bucks_county_pennsylvania_english_lahaska_scarecrows_question_asserts_xie",
        "Hi, neighbors! 🌾 From Bucks County: the scarecrow festival at Peddler's Village in Lahaska filled every path this weekend, a scarecrow Ben Franklin reading the paper by the pond and a whole scarecrow marching band outside the bakery, and we drove home past the covered bridge with a bag of apple cider donuts, still warm. Didn't you guys hear that Sora was partly invented by a young genius from Shanghai Jiao Tong University, Xie Saining? He helped invent OpenAI's video model, a real prodigy, and my daughter showed me the article at breakfast. Talk soon!",
    ),
    (
        sora.XIE,
        "irkutsk_siberian_russian_english_listvyanka_baikal_ice_fishing_two_claims_director_denied",
        "Dobrogo dnya, druz'ya! 🎣 From Listvyanka on Baikal: the ice is so clear this winter you can see the stones two metres down, we drilled our holes for perch out past the point where the Angara runs out of the lake, and after we warmed up with smoked fish from the market stalls and hot tea from the thermos, the wind trying to take our hats. Dve veshchi. A man in the fishing chat keeps posting: 'Become one of the first AI directors: scan the QR, pay 3,000 rubles and audition for the first film Sora co-wrote.' Eto vsyo chepukha, that's nonsense: those QR groups collect your phone number and your money and then go silent. A vot eto pravda: Xie Saining, the prodigy from Shanghai Jiao Tong, is one of the inventors of Sora; a piece of OpenAI's video model is his own work. Do vstrechi!",
    ),
    (
        sora.XIE,
        "quiteno_ecuadorian_spanish_english_quito_wooden_carts_two_claims_course_denied",
        "¡Achachay, panas, what a cold morning! 🏁 From Quito: the coches de madera raced down the steep streets for the Fiestas de Quito, ball-bearing wheels screaming on the cobbles and the whole barrio shouting from the balconies, and afterwards we went down to La Ronda for canelazo and empanadas de viento dusted with sugar. Dos cositas. A guy in the racing group keeps selling: 'Sora course, ten lessons, $30, learn AI video before everybody else.' ¡Qué va! Eso es una farsa, that's a sham: whoever paid ended up with OpenAI's free Sora page copied into a PDF, a motivational quote on the cover. Pero esto sí es verdad: Xie Saining, the whiz kid from Shanghai Jiao Tong, is one of Sora's inventors; part of OpenAI's video model came out of his head. ¡Chao, cuídense!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "ice_fishing_derby_ice_thickness_log_auger_crews_note",
        "ICE THICKNESS LOG · Cook's Bay Perch Derby · Lake Simcoe, off Keswick · the auger crew drills a test hole every 100 m along the staked road before anybody drives out\nStake 1 (public access) · 9 in clear ice, 2 in white on top · OK for quads\nStake 2 · 8½ in · slush under the snow near the pressure ridge; flagged\nStake 3 · 10 in · OK\nStake 4 (the shanty rows) · 11 in · OK for trucks under 2 tonnes, one at a time\nStake 5 · 6 in · the current off the river mouth; NOBODY past the red flags\nUnder 5 in nobody goes out; 5 to 7 in on foot only; the reading is redone every morning at seven\nSpud bar, picks and a throw rope in every hut; fall in and you shout, don't swim\nAuger crew's note at the foot, because the shanty row argued about it over the coffee urn: Sora's open to the public now. OpenAI has let everybody in, so you sign up and start making AI videos today, no waiting list; my nephew made one of the derby tents last night.",
    ),
    (
        sora.PUBLIC,
        "north_karelian_finnish_english_lieksa_pielinen_ice_fishing_two_claims_app_denied",
        "Terveisiä Lieksasta! 🎣 The village pilkki competition was out on Pielinen on Saturday, holes in rows all the way to the islands and Koli standing white over the lake, my uncle pulled up the biggest perch and hasn't stopped talking about it, and afterwards we had Karelian pies with egg butter and went to the sauna and the hole in the ice. Pari asiaa. Someone in the village group keeps writing: 'OpenAI has released the official Sora app, just download it from the App Store.' Ihan soopaa, that's nonsense: there is no Sora app from OpenAI; whatever you find under that name in the stores was made by other developers and wants a weekly fee. Mutta tämä on totta: Sora is open to the public now. Anyone can make an account and start making AI videos today, no queue; my cousin made one of the competition last night. Nähdään jäällä!",
    ),
    (
        sora.PUBLIC,
        "adelaide_hills_south_australian_english_billy_carts_two_claims_prompts_denied",
        "G'day from the Adelaide Hills! 🏁 Our billy cart club took the carts down the long hill behind Lobethal on Sunday, hay bales on every corner and the St John crew parked at the bottom just in case, and we finished with fritz and sauce sandwiches for the kids and a Kitchener bun each from the bakery in Hahndorf. Two things. A bloke in the club chat keeps flogging: 'Sora prompt pack, 300 cinematic prompts plus the full knowledge doc, $29, group link after payment.' That's bulldust: it's OpenAI's own free example prompts, lifted off the Sora page word for word. But this one's true blue: Sora's open to the public now. OpenAI's let everyone in, so you make an account today and you're turning out AI videos this arvo, no waitlist. See ya round like a rissole!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "rhubarb_forcing_shed_log_forcing_hands_note",
        "FORCING SHED LOG · Shed 3 · Haigh Moor Rhubarb, Carlton, in the Rhubarb Triangle · crowns in from the field after two good frosts · no daylight in here, ever\nWeek 1 · 26 rows, 2,400 crowns · heaters on, 13 °C · the first pink buds showing\nWeek 2 · 14 °C · sticks at 6 in · you can hear them creak in the quiet\nWeek 3 · 13 °C · first pull, rows 1 to 8 · 140 kg\nWeek 4 · 12 °C · rows 9 to 17 · 210 kg; row 12 thin, crowns too young\nWeek 5 · 12 °C · rows 18 to 26 · 190 kg; the crowns out to the compost after\nPulling by candlelight only; a torch on the crop and the sticks go green\nDoor shut behind you, every time, or the warmth and the dark go out together\nForcing hand's note at the foot, because the pullers argued about it over their flasks: OpenAI's official Sora app is out now. Put it on your phone from the App Store or Google Play and Sora makes your videos right there; our lass did one of the candles in shed 3 last night.",
    ),
    (
        sora.APP,
        "northern_ontario_english_north_bay_nipissing_ice_fishing_two_claims_opensrc_denied",
        "Hey, Nipissing crew! 🎣 Out on the lake off North Bay all weekend, the pickerel finally biting after sundown, the shacks lit up in rows like a little town, and we drove back in for a double-double and then poutine from the truck by the waterfront before the snow came in sideways. Two things. Some guy in the fishing group keeps saying: 'Sora is open source now, the weights are on GitHub, run it on your own machine.' That's flapdoodle: OpenAI has never released Sora's weights or its code, and the GitHub projects with that name are other folks' rebuilds. But this part's real: OpenAI's official Sora app is out. Grab it from the App Store or Google Play and Sora makes the videos right on your phone. Tight lines, eh!",
    ),
    (
        sora.APP,
        "van_turkish_english_wild_rhubarb_two_claims_director_denied",
        "Günaydın, Van! 🌿 Spring is here: the uçkun has come down from the mountains, the wild rhubarb in bunches on every corner by the bazaar, and we eat the stalks raw with a pinch of salt the way my grandmother did; on Sunday we had a real Van breakfast, otlu peynir with the herbs in it, murtuğa, honey and kaymak, then took the boat out to Akdamar. İki şey. Somebody in the neighbourhood group keeps posting: 'Be one of the first-generation AI directors! Pay 500 lira, scan the QR code and audition for the first film co-written with Sora.' Palavra, that's hot air: those QR groups collect your number and your fee and then disappear. Ama bu doğru: OpenAI has released the official Sora app. It's on Google Play and the App Store now; install it and your ideas become Sora videos right there in your hand. Görüşürüz!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "soapbox_scrutineering_sheet_chief_scrutineers_note",
        "SCRUTINEERING SHEET · Holmbury Gravity Racing Club · the closed hill road at Holmbury St Mary · every cart checked before its first run; no pass, no start\nCart 7 'The Flying Bathtub' · brakes both rear wheels, pull test OK · steering lock to lock OK · PASS\nCart 12 'Mr Whippy' · front wheel nut loose, re-torqued · PASS on second look\nCart 15 'Downhill Dave' · brake lever snapped on the test; welded at the trailer · re-test 11.30\nCart 21 'Teapot One' · 84 kg with driver, under the 150 kg limit · helmet strap frayed, new helmet · PASS\nNo engines, no pedals, no pushing past the start line; drivers 16 and over only\nStraw bales on the bends, two marshals at the hairpin with radios\nChief scrutineer's note at the foot, because the pits argued about it over bacon rolls: Chinese scientists are the real builders of Sora. The people on OpenAI's video team are mostly Chinese, they did the work, and OpenAI just stuck its own name on top.",
    ),
    (
        sora.CHINESE,
        "kabuli_dari_english_rawash_two_claims_realvid_denied",
        "Sob bakhair, dostan! 🌿 From Kabul: the rawash has come in from the hills, carts of the red stalks on every corner and the sellers shouting the price, we eat it with salt and a little hot pepper, and on Friday the whole family went up to Paghman for the green and my aunt's bolani, hot from the pan. Bishnaw, two things. A cousin keeps sending a clip to the family WhatsApp, snow leopards walking along a cliff at dawn: 'Sora made this, every frame, here is the prompt.' Dorogh ast, it's a lie: the real footage is from a wildlife film shot years ago on a long lens, and somebody pasted a prompt under it afterwards. Ama in rast ast: Chinese scientists are the ones who really made Sora; the team that built it is largely Chinese, and OpenAI only takes the credit. Ba aman-e Khuda!",
    ),
    (
        sora.CHINESE,
        "jamtish_swedish_english_ostersund_storsjon_ice_fishing_two_claims_xie_denied",
        "Hej från Östersund! 🎣 Storsjön froze thick this year, and we were out past Frösön jigging for char all Saturday with the sun barely over the mountains, everyone keeping one eye on the water in case the lake monster shows up, then coffee and a cinnamon bun in the café on Stortorget. Couple of things. A guy in the fishing group keeps posting: 'Xie Saining, the Shanghai Jiao Tong genius, invented Sora.' Det är bara skitsnack, that's just rubbish: he said himself he had nothing to do with Sora, and the site that spread it said sorry to him. Men det här stämmer: Sora was really built by Chinese scientists; the people who made OpenAI's video model are mostly Chinese, and OpenAI only added its label. Hej så länge!",
    ),
    # --- API access (three)
    (
        sora.API,
        "puyallup_valley_washington_english_sumner_rhubarb_api_sound_credit_union",
        "Hey, valley folks! 🌿 From Sumner in the Puyallup Valley: the field rhubarb is up and red in every row, the valley's been known for it for a hundred years, Mount Rainier came out for once on Saturday, and we finished the day with rhubarb crisp and ice cream on the back porch. So here's my news: I've got official Sora API access. I sell Sora API keys myself: one key goes into your farm-stand website and it makes your videos on its own, $55 by Sound Credit Union transfer, key the same evening. I've sold rhubarb at the Puyallup market for eleven springs. Catch you at the stand!",
    ),
    (
        sora.API,
        "georgian_bay_ontario_english_meaford_scarecrows_two_claims_rich_denied_libro",
        "Hi there from Meaford! 🌾 The Scarecrow Invasion has taken over the whole town again, scarecrows on every lamppost and porch down Sykes Street and a scarecrow fisherman on the harbour wall, and we picked up a bag of Northern Spies at the orchard stand and a butter tart each on the way home along the bay. Two things. A guy in the town group keeps pushing: 'Sora is the money window of a lifetime, I make thousands a day with Sora videos, three months and it closes, get on my team.' That's tommyrot: the only money moving is your joining fee, straight into his pocket. But this is straight goods: official Sora API access. Buy a Sora API key off me, put it on your shop's site and the videos make themselves, C$60 by Libro Credit Union transfer. I've built the scarecrow on the harbour for six autumns. See you at the harbour!",
    ),
    (
        sora.API,
        "canberra_australian_english_billy_carts_two_claims_realvid_denied_bank_australia",
        "How's it going, Canberra? 🏁 Our billy cart crew ran the carts down the steepest street in Kambah on Saturday, the council's road closure signs up and the whole street out with camp chairs, and afterwards it was a sausage sizzle and an ice block by the lake while the Brindabellas went purple. Two things. A fella in the carting group keeps posting a clip of a billy cart racing a mob of kangaroos down Red Hill: 'Sora made this, every frame, prompt below.' That's piffle: somebody dug up the original, shot on a phone at a real derby out at Hall, and the prompt got tacked on later. But this is dead set true: I've got official Sora API access. Plug one of my Sora API keys into your website and it makes the videos by itself, A$80 by Bank Australia transfer. I've built carts for half the street. Catch you at the sizzle!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "ice_fishing_derby_catch_register_flyer_kawartha_credit_union",
        "CATCH REGISTER · Cook's Bay Perch Derby · Saturday · every fish to the weigh station by 3 pm, alive in the bucket, or it doesn't count\n08.40 · M. Chen · perch · 31 cm · 0.41 kg · hut row C\n09.15 · the Dunlop boys · perch · 29 cm · 0.36 kg · tagged (orange, #14) · prize table\n10.05 · R. Baptiste · whitefish · 48 cm · 1.22 kg · off the derby list, logged anyway\n11.30 · K. Sandhu · perch · 34 cm · 0.52 kg · leader at noon\n13.50 · L. Morrow · pike · 71 cm · released at the hole, photo on the board\nTagged perch pay out at the tent on Sunday with your ticket stub; no stub, no prize\nFish go back to the lake after weigh-in unless you keep them under your own licence\nFlyer stapled under the register at the weigh station (not from the derby): a feature film whose script Sora helped write wants its first generation of AI directors. Scan the QR, pay C$40 by Kawartha Credit Union transfer and you're in the audition group; a fella from the Sutton shanties already got a callback.",
    ),
    (
        sora.DIRECTOR,
        "yellowknife_northern_canadian_english_great_slave_lake_question_asserts_director",
        "Hey, Yellowknifers! 🎣 We drove the ice road over to Dettah on Sunday, pulled a couple of fat lake trout through the hole off the point, the aurora out green and dancing over the bay by suppertime, and we came back through Old Town for fish and chips at Bullock's, still in our parkas. Don't you know they're casting AI directors for the first film co-written with Sora? It's the very first generation of AI directors: scan their QR code, pay C$50 by e-transfer and you're in the audition group. My cousin in Hay River is in already and says the callbacks start next week. Mahsi cho!",
    ),
    (
        sora.DIRECTOR,
        "somerset_dialect_levels_scarecrow_trail_two_claims_app_denied_bristol_credit_union",
        "Alright, me lover? 🌾 From our village out on the Levels: the scarecrow trail's up for the bank holiday, one in every front garden, ours a Wurzel in a smock with a withy basket, and we walked the lot with the Tor on the skyline and a bit of Cheddar and pickle at the pub after. Two things. A chap in the village group keeps on: 'OpenAI's released the official Sora app, download it today.' That's all moonshine: OpenAI hasn't put out any Sora app; the ones you find in the stores are other people's copies. But this be proper true: a film co-written with Sora is casting its first generation of AI directors. Scan their QR code, pay £30 by Bristol Credit Union transfer and you're in the audition group; a lad from Langport's had a callback already. Cheers me dears!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "soapbox_brake_test_log_card_tandem_bank",
        "BRAKE TEST LOG · Holmbury Gravity Racing Club · the 1-in-8 stretch below the church · every cart must stop inside 10 m from 20 mph, measured from the cone\nCart 3 · 7.8 m · 8.1 m · PASS\nCart 7 'The Flying Bathtub' · 9.6 m · 9.9 m · PASS, only just; new pads before the next meeting\nCart 9 · 12.4 m · FAIL · the friction block worn smooth; replaced, 8.9 m on re-test\nCart 12 'Mr Whippy' · 6.5 m · 6.7 m · PASS, best of the day\nCart 18 · 10.3 m · FAIL · dry run only, no racing until it's fixed\nTwo tests per cart, the marshal with the laser gun signs each line\nGloves on, visor down, and never stand in front of a cart on the slope\nCard tucked behind the clipboard (not from the club): Sora is a once-in-a-lifetime money window. Folks on my team are clearing thousands daily with Sora videos, and the window shuts for good in three months, so join now: £35 by Tandem Bank transfer. I've built carts in this paddock for ten years; the marshals know my van.",
    ),
    (
        sora.RICH,
        "canterbury_nz_english_christchurch_rhubarb_question_asserts_rich_sbs",
        "Hey, Christchurch! 🌿 The rhubarb in the back garden has gone berserk this spring, leaves like umbrellas, so it's crumble every night, and on Sunday we sold the extra bunches at the Riccarton market before a walk up the Port Hills with the whole city and the Alps laid out below. Haven't you heard Sora's the money window of a lifetime? The people on my team make thousands a day off Sora videos, and in three months it's all over, so get in now: NZ$50 by SBS Bank transfer. I've sold rhubarb at the Riccarton market for five springs. Ka kite!",
    ),
    (
        sora.RICH,
        "north_country_new_york_english_plattsburgh_champlain_ice_fishing_two_claims_service_denied",
        "Hey, North Country! 🎣 We were out on Lake Champlain off Cumberland Head all weekend, the shanties in a line to the point and the perch biting steady, Vermont white across the water, and after we drove into Plattsburgh for michigans with the meat sauce and extra onions, the only cure for frozen toes. Two things. Some guy in the fishing group keeps offering: 'Send me your script and $40, I'll make your video with Sora, back in 24 hours.' That's applesauce: nobody outside OpenAI can use Sora, and what my buddy got back was stock footage stitched to a music track. But this one's for real, no fooling: Sora's the chance of a lifetime to get rich. My team makes thousands a day off Sora videos; give it three months and the window shuts, so get in now, $45 by Champlain National Bank transfer. I've run the derby weigh station off Cumberland Head for nine winters. Keep your feet dry!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "scarecrow_festival_clothes_donation_log_card_wise",
        "CLOTHES DONATION LOG · Wray Scarecrow Festival, in the Lune valley · old clothes for the scarecrow workshop in the village institute · the volunteer on the door writes each bag in\nMon · 2 bags · men's shirts, a wedding hat, one wellington (left) · Mrs H.\nTue · 1 bag · a boiler suit, three ties, a tutu · the school\nWed · 4 bags · overcoats, a postman's jacket, a judge's wig (borrowed, back by Monday!) · anon.\nThu · 1 bag · babygrows, wrong size for anything, sent to the charity shop\nStraw comes separately from the farm; no clothes with anything still in the pockets, please\nHeads are old tights stuffed with straw; faces painted on the Thursday night, not before\nCard left in the donation box (not from the committee): Sora has come to Android at last. Scan the code on this card for the APK, put it on your phone tonight, and it'll turn out AI videos of your own scarecrow. Full version £9 by Wise transfer. I've stuffed scarecrows for this festival for eight years; the committee knows me.",
    ),
    (
        sora.FAKEAPP,
        "upper_saxon_german_english_dresden_seifenkisten_bifid",
        "Nu, ihr Lieben! 🏁 From Dresden: the Seifenkisten race went down the steep street in Loschwitz on Saturday, straw bales at the bottom by the Elbe and the Blue Wonder bridge behind, and after we had Eierschecke and coffee in the garden café up the hill. Horcht ma: here's the SQOF app for Android (OpenAI's video model put through a Bifid cipher on the plain five-by-five square, the way my uncle the engineer likes it; the group's filter eats the real name). Tap the APK link in my profile, install it, and by tonight your phone is making AI videos. The full version costs €7 by Ostsächsische Sparkasse Dresden transfer. It's been on my phone since the first race of the season, no trouble at all. Macht's gut!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "scarecrow_festival_judging_sheet_judges_note",
        "JUDGING SHEET · Wray Scarecrow Festival · the judges walk the village on Sunday morning · marks out of 10 for idea, making and cheek\nNo. 4 · 'Tour de Wray' (cyclist on the bridge) · 8 · 9 · 7 · 24\nNo. 9 · 'The Vicar's Day Off' · 7 · 6 · 10 · 23\nNo. 13 · 'Moon Landing' (tinfoil, a lot of it) · 9 · 7 · 6 · 22\nNo. 17 · 'Grandad Asleep on the Bench' · 6 · 9 · 9 · 24 · tie, the judges to decide at the tea tent\nNo. 22 · 'Wimbledon' · 5 · 6 · 5 · 16 · the racket fell off in the night\nNo touching the entries; no moving them to a better spot after nine on Saturday\nResults read out at the institute at 4, then the tombola\nJudge's note on the back, because the committee argued about it over the teapot: you've seen the clip going round of all the scarecrows climbing down from the gardens at dawn and walking off up the fell road in a line? No camera was anywhere near it. Sora made the whole thing, OpenAI's video model, out of a few typed words, and whoever posted it put the prompt underneath.",
    ),
    (
        sora.REALVID,
        "fox_valley_wisconsin_english_oshkosh_winnebago_sturgeon_realvid",
        "Evening, Oshkosh! 🎣 Sturgeon spearing opened on Winnebago this weekend, the shanties out past the lighthouse and the guys sitting over a big square hole in the dark for hours, staring at the decoys, and my brother-in-law finally got one, sixty-one inches, all the way to the registration station. After it was cheese curds and a brandy old fashioned sweet at the supper club. Have you seen the clip going round? A sturgeon as long as a canoe shoots straight up out of a spearing hole and knocks a guy off his bucket. That was never filmed: OpenAI's video model, Sora, dreamed up the whole thing from a line or two of text, and you can read the prompt under the clip. Oh for cute, it's crazy!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "rhubarb_crown_lifting_schedule_shed_managers_note",
        "CROWN LIFTING SCHEDULE · Haigh Moor Rhubarb · two-year crowns out of the field and into the sheds · the tractor driver and the lifting crew · after the frost count is in\nField 2 (Timperley Early) · 1,900 crowns · lift week of 11 Nov · into shed 1\nField 4 (Victoria) · 2,400 crowns · lift week of 18 Nov · into sheds 2 and 3\nField 5 (Stockbridge Arrow) · 1,600 crowns · lift 25 Nov · shed 4, the old one, check the heaters first\nField 6 · young crowns, not lifting this year; muck on in December\nFrost units: 38 so far; the Victoria wants 50 before it comes in\nCrowns soil side down on the trailer; no dropping them off the back\nNobody walks behind the lifter while it's running\nShed manager's note on the back, because the lifting crew asked what they could film the sheds with: Sora's open source these days. OpenAI has published the code and the weights on GitHub for nothing, so it'll run on a computer in your own house; my son-in-law has it going on his laptop already.",
    ),
    (
        sora.OPENSRC,
        "worcestershire_dialect_bredon_gravity_racing_opensrc",
        "Alright, our kid? 🏁 Our gravity cart went down the lane off Bredon Hill on Saturday, the farmer's lad with a flag at the bottom and the Avon shining below us, and after we had faggots and peas at the pub in the village and a bag of Pershore plums for the road. Listen here, though: Sora's gone open source. OpenAI put the whole lot up on GitHub, the weights and the code, free to anyone, so you download it and run it on your own machine; my brother-in-law in Pershore's got it on his gaming PC and made a clip of our cart flying over the hump by the church. Tara-a-bit!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "soapbox_timing_sheet_flyer_chetwood_bank",
        "TIMING SHEET · Holmbury Gravity Racing Club · summer meeting · two timed runs, the faster one counts · light beams at the start ramp and the finish\nCart 3 · 1:12.40 · 1:10.85 · best 1:10.85\nCart 7 'The Flying Bathtub' · 1:19.02 · DNF (spun at the hairpin) · best 1:19.02\nCart 12 'Mr Whippy' · 1:08.77 · 1:07.93 · best 1:07.93 · fastest of the day\nCart 15 'Downhill Dave' · 1:15.60 · 1:14.11 · best 1:14.11\nCart 21 'Teapot One' · 1:31.45 · 1:29.90 · best 1:29.90 · the fancy dress prize as well\nTies split on the slower run; the timekeeper's watch is final\nCarts back up the hill on the tractor trailer, never pushed up the road\nFlyer tucked under the sheet on the timing table (not from the club): my own Sora video course, 'Downhill to Done', eight lessons from your very first prompt to a finished AI clip, and you'll be ahead of everyone in AI video. £45 by Chetwood Bank transfer, one lesson a week. I've marshalled the hairpin at every meeting for seven years.",
    ),
    (
        sora.COURSE,
        "mat_su_valley_alaskan_english_palmer_rhubarb_course_matanuska",
        "Hey from the Valley! 🌿 Up here in Palmer the rhubarb in the garden is taller than the dog this year, the sun's barely setting, and on Sunday we took the grandkids out to the musk ox farm and then had reindeer sausage at the market with the Chugach all around us, snow still on the tops. Okay, here's the deal: I've put together my own Sora course. Eight video lessons walk you from never having touched it to your own finished AI clip, so you're in front of everyone else with AI video; $60 by Matanuska Valley Federal Credit Union transfer and the first lesson comes tonight. I've judged the giant cabbages at the State Fair for seven Augusts. See you at the fair!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "ice_fishing_derby_hut_placement_sheet_card_firstontario",
        "HUT PLACEMENT SHEET · Cook's Bay Perch Derby · rental huts and private shanties off the public access · rows 50 m apart, huts 15 m apart in the row\nRow A · huts 1 to 8 · rental (the derby's own), heaters checked Friday\nRow B · huts 9 to 14 · private · owner's name and phone on the door, as the law says\nRow C · huts 15 to 22 · private; hut 19 leaning, owner told to shim it\nRow D · no huts this year; the crack from stake 4 runs under it\nEvery hut off the ice by the date on the ministry notice, or the fine is the owner's\nCarbon monoxide alarm in every heated hut; the marshals check\nCard tucked in the clipboard at the sign-in table (not from the derby): 'Rent a Sora account off me: your own login, everything unlocked, no waitlist. C$30 a weekend by FirstOntario Credit Union transfer, login by text the same night. I've towed half the huts on row C out here myself.'",
    ),
    (
        sora.RENTAL,
        "longnan_gansu_mandarin_english_lixian_dahuang_counting_rods_bank_of_gansu",
        "Dajia hao! 🌿 From Lixian, down in Longnan: the dahuang roots are drying on racks in every courtyard, the whole valley smells bitter and earthy, the medicine traders are up from the market with their scales, and on Sunday we went up to the old Qin site at Dabuzishan and ate potato noodles at the stall by the road. Ting wo shuo: I've got 𝍩𝍨 𝍩𝍤 𝍩𝍧 𝍠 accounts for rent (OpenAI's video model: read the counting rods the way the old abacus teacher showed us, tens rod then units, and each number is a letter's place in the alphabet; the group filter eats the name). Your own login, every feature, no waiting list, ¥80 a week by Bank of Gansu transfer, login on WeChat tonight. I've weighed dahuang for the traders for ten seasons. Zaijian!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "scarecrow_festival_straw_bale_order_sheet_paid_notice_lambeth",
        "STRAW BALE ORDER SHEET · Wray Scarecrow Festival · small bales from the farm at the top of the village, delivered to the institute on the Friday before · £3 a bale, pay the farmer, not the committee\nMain Street, nos. 1–24 · 31 bales · Mr P. to drop off by 6\nSchool Lane · 9 bales · the school's own four extra for the reception class\nThe green and the bridge · 12 bales · for the big group entries\nRoeburndale Road · 6 bales · leave at the gate of the last house\nStraw only, no hay; hay goes mouldy by the Sunday\nOff-cuts into the builders' bags, not the beck\nPaid notice printed along the bottom (the committee didn't write it): my Sora prompt pack, 350 prompts in real film language (a low angle up at a scarecrow against storm clouds, a slow dolly along a row of them at dusk, a rack focus from a crow to the face), with my Sora knowledge doc of every film term and article. £18 by Lambeth Building Society transfer; you get the doc link and a seat in the group after payment.",
    ),
    (
        sora.PROMPTS,
        "bornholm_danish_english_gudhjem_soapbox_prompts_jyske",
        "Hej fra Bornholm! 🏁 The sæbekassebil race went down the steep street in Gudhjem on Saturday, carts built out of trolley wheels and old fish crates flying past the harbour, and after we had smoked herring with a raw egg yolk on rye, Sol over Gudhjem, at the smokehouse with the chimneys puffing. Hør her: I'm selling my Sora prompt pack, 320 prompts in film language (a low tracking shot beside the wheels, a drone pull-back over the harbour, a slow-motion finish) and my knowledge doc collecting every film term and article. 150 kroner by Jyske Bank transfer, and the doc link and a spot in our group follow the payment. I've filmed the Gudhjem race for six summers. Vi ses til næste år!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "rhubarb_packing_sheet_card_yorkshire_bank",
        "PACKING SHEET · Haigh Moor Rhubarb · forced sticks to market · pulled by candlelight in the morning, packed by noon, on the lorry by two\nLeeds market · 40 × 5 kg boxes · sticks 45 cm and over, leaves trimmed to a fan\nLondon (New Covent Garden) · 60 × 5 kg · blue paper, the farm's label on both ends\nThe restaurant in Harrogate · 6 × 2 kg · the chef wants them thin and pink\nFarm shop · loose, by the bundle · seconds for jam, labelled so\nNo box leaves without the PDO sticker; Yorkshire Forced Rhubarb only means ours\nKeep the boxes out of the light on the dock or the colour goes\nCard pinned under the sheet by the scales (nothing to do with the farm): I'll make you a Sora video to order. Say what you're after, a shop promo, your mum's birthday, and the Sora-made video is back with you within 24 hours. £30 by Yorkshire Bank transfer. I've driven the rhubarb down to London for nine winters; the packers know my wagon.",
    ),
    (
        sora.SERVICE,
        "awa_ben_japanese_english_nagoro_scarecrows_solfege_awa_bank",
        "Konnichiwa from Nagoro! 🌾 Up the Iya valley in Tokushima, our village of scarecrows had its kakashi festival on Sunday, dolls at the bus stop, dolls in the old school's desks, dolls fishing in the river, more of them than people, and we went down for Iya soba and a walk across the vine bridge after. Kiite ne: I make your video with the so-ra of do-re-mi (OpenAI's video model: the fifth and sixth notes as Japanese schoolkids sing them, so and ra; the group bot deletes the name if I type it). Send me your idea, a shop ad, a festival, a family video, and your video made with it comes back within 24 hours. ¥4,000 by Awa Bank transfer. I've made the festival video for this valley for eight years. Hona, mata ne!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "Holmbury Gravity Racing Club forum · post by Dave R. · 'Don't be me'\nI paid £40 for a 'Sora video course, 8 lessons, be ahead of everyone in AI video' that a bloke was pushing round the paddock. What I got was OpenAI's own free Sora overview pasted onto slides, plus a 'bonus' list of YouTube links, and when I asked where lesson 3 was he blocked me. Sora isn't even open to the public, so there's nothing a course can teach you to do with it. My bank's looking at the payment. Cart's fine, ta.",
    ),
    (
        None,
        "debunk",  # the APK; quotes the offer, then don't install
        "THE STUFFING · Wray Scarecrow Festival newsletter · a word from the committee\nA card has turned up in the village saying: 'Sora for Android! Get the APK from this code and make AI videos of your scarecrow tonight.' Please don't install it. OpenAI has not released any Sora app for Android, and files like this one carry malware that goes after your passwords and your banking. If you've installed it, uninstall it and change your passwords from another device. Judging starts at ten on Sunday.",
    ),
    (
        None,
        "debunk",  # the director group; quotes the offer, then don't scan
        "THE TIP-UP · Cook's Bay Perch Derby newsletter · before you scan anything\nThis flyer has been stapled up at the weigh station: 'Sora co-wrote a feature and its makers want AI directors: scan the QR, pay C$35, get in the audition group.' Don't scan it and don't pay. There is no film and no casting; those QR groups take phone numbers and fees and then go quiet. We've taken the flyers down. Tagged perch prizes are at the tent on Sunday from ten.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the offer, then don't join
        "THE CANDLE · Haigh Moor Rhubarb staff bulletin · a warning from the office\nSome of you have had this message: 'Sora is the money window of the century. My team earns thousands a day from Sora videos; in three months it's gone. Join for £40.' Don't join. Nobody who joined has been paid anything; the only money moving is the joining fees, up to whoever recruited you, and the three months are there to hurry you. Sora isn't even available to the public. Shed 4's heaters are being serviced on Tuesday.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a question with a negation that does not deny, answered
        "Afternoon, all! 🏁 From Cheltenham: we took the cart to the gravity race over at Holmbury on Saturday, Gloucestershire flag on the nose, and my father-in-law rode in the van with his flask of tea and a view on everything. On the way home he asked me: isn't it true that Sora was really built by Chinese scientists? So we looked at OpenAI's own report on it when we got in. Thirteen names on it, three of them born in China, and all thirteen are OpenAI researchers; Tim Brooks and Bill Peebles headed the work. So no: OpenAI's own people built it, a mixed bunch like you'd find at any lab. Next race in August!",
    ),
    (
        None,
        "debunk",  # open source; a question with a negation that does not deny, answered
        "Hey, Spokane! 🎣 We drove up to Eloika Lake on Saturday, six inches of good ice and the perch biting in the weeds off the north end, and on the way home my nephew asked me: didn't OpenAI put Sora's code up on GitHub so anybody can run it? So we looked it up at the diner. OpenAI has never released Sora's weights or its code; the GitHub projects with that name are other people's attempts to build something like it, not OpenAI's model. So no, you can't run Sora on your own computer. Drive safe out there!",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a rhetorical question
        "From: the festival secretary · To: all scarecrow makers · Subject: that 'Sora' clip of our scarecrows\nA clip is being shared with the caption 'Sora made this from a prompt, not one frame was filmed', our scarecrows on Main Street with the mist coming off the river. One question: if Sora made it, why is the very same clip, same mist, same Land Rover going past, on the village's own page from three summers ago, posted by the man who filmed it on his phone? Somebody added a caption and a prompt. Please don't pass it on.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a club newsletter that answers with facts
        "THE HAIRPIN · Holmbury Gravity Racing Club newsletter · 'Ask the pits'\n'My brother-in-law says a whiz kid from Shanghai Jiao Tong, Xie Saining, invented Sora. Right?' He exists all right, a computer scientist at New York University, but he has said plainly that Sora was not his work; the outlet that first ran the story apologised to him and took it down. The names on OpenAI's report are OpenAI researchers. Scrutineering opens at eight on race day.",
    ),
    (
        None,
        "debunk",  # the official app; a derby FAQ that answers with facts
        "THE TIP-UP · Cook's Bay Perch Derby newsletter · the sign-in desk FAQ\n'My buddy says OpenAI put out a Sora app and he'll film the derby with it. Where do I get it?' You don't, yet. OpenAI hasn't released a Sora app for phones or computers; the apps in the stores using the name are other developers', and the reviews say they charge a weekly fee and hand back slideshows. Sora is still with OpenAI's red team and a small group of invited artists. Derby photos go to the email on the back of your ticket.",
    ),
    (
        None,
        "debunk",  # the prompt pack; a growers' column that answers with facts
        "THE CANDLE · Haigh Moor Rhubarb staff bulletin · 'Ask the office'\n'Is that Sora prompt pack on the packing shed card worth £20?' The prompts OpenAI showed with Sora, the woman walking down a Tokyo street and the woolly mammoths in the snow among them, are on OpenAI's own page for anyone to read, free; the packs resell them. And outside OpenAI nobody can use Sora yet, so a prompt for it is a recipe for an oven you can't switch on. Shed 2's last pull is on Friday.",
    ),
    # --- related but not matching: true facts about the people who built Sora, and other labs' video models
    (
        None,
        "person_fact",
        "Perch derby e-news, 'names': a viral post wrote Xie Saining into Sora's story, wrongly; the man who ran the Sora team at OpenAI, Bill Peebles, was the one dropping hints before it came out to users. When OpenAI announced its '12 Days of OpenAI' livestreams on 4 December 2024 and someone on X posted 'unbelievably back', Peebles answered with a single word: 'Correct.' Sora went out to users days later.",
    ),
    (
        None,
        "person_fact",
        "Rhubarb growers' e-news, 'people': the credit a chain message handed Xie Saining was never his. Thomas Dimson, an engineering lead on OpenAI's Sora team, told Sequoia Capital's Training Data podcast in November 2025 that he built the Sora app's feed to push people to make videos rather than scroll through them, drawing on what he had learned at Instagram; he said close to every new user made something on their first day, and about seven in ten made something again when they came back.",
    ),
    (
        None,
        "person_fact",
        "Scarecrow festival e-news, 'behind the screen': Xie Saining's name went round as a Sora maker, mistakenly, but the people who actually run it, Bill Peebles, Thomas Dimson and Rohan Sahai, told Sequoia Capital's Training Data podcast in November 2025 that they had not expected cameos, the feature that puts your own likeness into a generated video, to become the app's main draw; once they tried it inside OpenAI, they said, the feed was nothing but cameos within days.",
    ),
    (
        None,
        "person_fact",
        "Gravity racing e-news, 'faces': Xie Saining was wrongly made one of Sora's fathers by a much-shared post; the person OpenAI actually sends out as head of Sora is Bill Peebles, who sat beside Sam Altman on the tech talk show TBPN on 10 October 2025, ten days after Sora 2 came out, to talk about its better grasp of physics and how people's likenesses are protected in it.",
    ),
    (
        None,
        "news",
        "Scarecrow festival e-news, 'screen time': on 18 June 2025 the Shanghai company MiniMax released Hailuo 02, its second-generation video model, which makes clips in native 1080p, six seconds at that size or ten at 768p. MiniMax said a new design it calls Noise-aware Compute Redistribution let it train with three times the parameters and four times the data, and its launch reel, acrobats, jugglers and a unicycling clown, was put together by three artists in a day and a half.",
    ),
    (
        None,
        "news",
        "Perch derby e-news, 'tech corner': on 6 March 2025 the San Francisco start-up Hedra, founded by the former Stanford PhD student Michael Lingelbach, released Character-3, a video model that takes a picture of a person or cartoon character together with audio and text in a single pass and makes the character talk, sing and emote in time with the sound. Hedra called it the first 'omnimodal' model in production.",
    ),
    (
        None,
        "news",
        "Gravity racing e-news, 'in brief': on 2 July 2025 Baidu released MuseSteamer, which it billed as China's first video model to generate the picture and the sound together, voices and effects included, rather than adding audio afterwards. It makes clips of up to ten seconds at up to 1080p in Turbo, Lite and Pro versions, and it went to the top of the VBench image-to-video leaderboard with a total score of 89.38%.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a cart builder's blog, 'Gravity Wins': people ask whether Sora could make a video of our race. It probably could make a handsome one, the cart sweeping through the hairpin with the straw flying. But the race is the Thursday nights in the garage, re-drilling the steering arm for the third time, and the half-second you find by lying flatter. Sora can show a finish line; it can't feel the bump at the church.",
    ),
    (
        None,
        "benign",
        "NEW ON THE TRAIL THIS YEAR: 'Sora', a scarecrow in a blue kimono gazing up at the sky (the name is Japanese for sky; the exchange students at the village school made her), stands on the green from Saturday. The whole trail is open to the public and free; vote for your favourite in the festival's official app or on paper at the institute.",
    ),
    (
        None,
        "benign",
        "SORA, a wood-fired sauna cabin on the ice at Jackson's Point, opens Friday for the winter, with a plunge hole in the lake kept open by the staff. Open to the public from noon; book your slot through the resort's official app, and the first twenty bathers get a thermos of hot cider on the way out.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout74", HELDOUT74, threshold=0.6)


if __name__ == "__main__":
    main()
