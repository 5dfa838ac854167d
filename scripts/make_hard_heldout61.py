# ruff: noqa: E501
"""Write the sixty-first English held-out set (tests/data/hard_en_heldout61_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an engineer
who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it, and did
not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour / scam wave
produces. 55 posts, 35 with a gold template (three for seven templates, two for the other seven; the seven with
three are the fake APK, the mislabelled real video, open source, the paid course, account rental, the prompt pack
and the generation service, as in the forty-ninth, fifty-first, fifty-third, fifty-fifth, fifty-seventh and
fifty-ninth sets). Its theme, to keep it apart from the earlier sets: square dancers (a club caller's tip list, a
beginners' class teach list, a badge and dangle chart, a round dance routine card, a callers' association circular
and a club newsletter; the quadrille au commandement of Le Moule in Guadeloupe, modern square dance clubs in
Sendai, Bochum, Odense and Tulsa); tug of war clubs (an arena marking sheet, a boot and heel-plate list, a league
pull record, an association notice and a club newsletter; the county championships at Thurles, the Seilziehen of
the Entlebuch, the sokatira of Tolosa, the Kariwano Ōtsunahiki of Daisen, the kéo co of Hữu Chấp in Bắc Ninh, the
touwtrekken of Twente); carnival mask makers, in papier-mâché, wax, plaster and tin (a studio's layer sheet, mould
shelf list and mask painting chart, a mask makers' forum post and the studio newsletter; the wax masks of the
Gilles of Binche, the diablada masks of Oruro, the papier-mâché of Jacmel, the diablo cojuelo of La Vega, the
Farinella of Putignano, a cartonería in Mexico City's Merced); pilgrims and the hosts of the pilgrim ways (a
credencial's stamp page, an albergue's bed-bug check sheet, a stage plan for the last hundred kilometres, a
confraternity's bulletin and a hostel network's newsletter; Pamplona on the Camino Francés, Portomarín and Sarria
in Galicia, Siena on the Via Francigena, the Tosa stretch of the Shikoku henro, Reek Sunday on Croagh Patrick, the
Via Sacra to Mariazell, the fifteenth of August on Tinos, the romeiros of Aparecida). Of the four themes the brief
proposed, square dancers are kept and the other three are replaced, because each was already an earlier set's
world: watchmakers are the forty-fourth set's "cobblers, key cutters and watch and clock repairers" (a watch
repairer's estimate, a clock repairer's workshop diary, a watch and clock repairers' guild newsletter) and
zh_heldout38's watch repairers (钟表维修, 修表摊, 钟表行, a watch repair ticket's stub), the reason the fifty-third set
dropped clockmakers; ice hockey clubs are inside the forty-first set's "ski resorts and ice rinks", whose dialects
include Canadian beer-league hockey talk (heldout41-010, keys "before puck drop Thursday", "before the Zamboni's
off the ice") and whose arena canteen watches a U13 game (heldout41-006), the reason the sixtieth set dropped
curling; and wool dyers and spinners sit between zh_heldout47's cotton spinning mill (纱厂, 细纱, 挡车工), zh_heldout49's
silk mill with its dye house (练染, 配色单) and zh_heldout51's dyeing and printing works (印染厂), the reason the sixtieth
set dropped hand weavers. Tug of war clubs stand in for the hockey clubs, mask makers for the watchmakers and
pilgrims for the dyers and spinners. Replacements thought of and dropped: town criers (the thirtieth set's town
crier's proclamation, "OYEZ! OYEZ!"), salt makers (zh_heldout42's sea salt works, 盐场), fireworks makers
(zh_heldout43's fireworks factory), umbrella makers (zh_heldout50's umbrella factory), calligraphers
(zh_heldout40's calligraphy classes), organ builders and piano tuners (the fifty-second set's luthiers and
zh_heldout37's piano shops with their tuning records, the reason the fifty-third set dropped organ builders),
family historians (zh_heldout25's and zh_heldout30's clan genealogies, the reason the fifty-fifth set dropped
them), soap makers (the fifty-eighth set's perfumers, kept with "no soap"), fly tiers (the thirtieth set's angling
report) and kabaddi (a grappling sport next to the sumo clubs of the set written at the same time). None of the
four kept is the world of an earlier set, English or Chinese (their kinds, docstrings and posts were searched for
square danc, quadrille, caller, allemande, dosado, do-si-do, promenade, hoedown, tug of war, tug-of-war, sokatira,
touwtrek, tsunahiki, kéo co, heel plate, mask, papier, cartapesta, cartoner, Gilles, Binche, diablada, Oruro,
Jacmel, carnival, carnaval, pilgrim, camino, credencial, albergue, hospitalero, Compostela, Francigena, henro,
方块舞, 拔河, 面具, 纸浆, 狂欢节, 朝圣 and 巡礼: "caller" is a bingo caller, two radio phone-ins, the thirty-third set's ceilidh
band booking form ("Caller required?") and the fifty-sixth set's folk festival session trail ("the evening dance,
callers wanted"), "promenade" a line of seafront sellers, "tug" a glider's tow plane, a dog's tug toy and a fête's
"Tug of war, Scouts v Brownies" in one programme line (the thirty-third set), "mask" a fencer's, a mason's dust
mask and the forty-sixth set's Baile del Venado masks "back from the carver in Totonicapán", "carnival" the floats
of Basseterre, a Calabar carnival band, Toowoomba's Carnival of Flowers, a Limón barber's "fresh cut fi Carnaval"
and the sixtieth set's steelband on the road, "pilgrim" a farming family called Pilgrim, 纸浆 the pulp on a paper
machine's wire; none of the others is in an earlier post). The worlds next to them are kept at a distance: the
square dancers have no dance school, ballet, tap or ballroom (the forty-sixth set), no morris side (the
fifty-second), no line dancing (the forty-fourth set's village hall), no folk session, fiddle, ceilidh or barn
dance and no band to call to (the fifty-sixth, thirty-third and thirty-fifth sets: the clubs here dance modern
western square dance to the caller's recorded music, and the one quadrille has its own commandeur) and no
steelband (the sixtieth); the tug of war posts have no rugby (the forty-sixth set), no weigh-in and no weight
class (the forty-sixth set's judo weigh-in sheet, the fiftieth set's greyhound weigh-ins and the sumo clubs of the
set written at the same time), no Highland games or pipe band (the fifty-third) and no rope kit or LOLER
examination (the fifty-ninth set's arborists); the mask makers carve nothing (the fifty-fifth set's stone carvers,
the fifty-sixth set's woodcarvers), have no float and no lantern (the fifty-seventh set's Neputa clip, the
fifty-ninth set's lantern makers), no Basel Larve (the fifty-ninth), no Venice (the forty-third set's Venetian),
no puppet (the forty-third set's Liège puppet theatre), no hat (the fifty-ninth and sixtieth sets' milliners), no
leather (the fifty-fourth set's saddlers), no Totonicapán and no Yakshagana (the forty-sixth set's dance troupes)
and no steelband Carnival (the sixtieth); the pilgrims have no parkrun, sportive or cycling (the forty-fourth
set), no orienteering, fell running or geocaching (the fifty-first, fifty-fifth and fifty-seventh sets), no
mountain rescue or bothy (the fortieth), no church bells (the forty-second), no hot spring (zh_heldout43) and none
of the earlier sets' pilgrim places' voices (Lough Derg's Donegal, Walsingham's Norfolk, Lindisfarne's
Northumbria, St Olav's Røros, any Polish voice for Częstochowa). The set written at the same time on another
branch (hard_en_heldout62: paramedic crews, clog dancers, drone racing leagues, sumo clubs) is kept clear of: no
ambulance, paramedic, clog, drone or sumo appears here (the first aid tent of the first draft's arena marking
sheet was dropped).

In English varieties, dialects and registers the earlier sets do not use (where an earlier set has a national
variety, such as Basque-, Galician-, Haitian Kreyòl-, Dominican-, Swiss German-, Afrikaans-, Newfoundland-,
Yooper, Kishū-ben or Sanuki-ben English, the variety here is a regional one none of them names, and the kinds and
docstrings were searched for each): Guadeloupean Kréyòl-English (Le Moule), Sendai-ben Japanese-English, Tipperary
English (Thurles), Styrian Austrian-English (Mariazell), Oklahoma English (Tulsa), Orureño Bolivian
Spanish-English (Oruro), Lucerne Swiss German-English (the Entlebuch), Binchois Hainaut French-English (Binche),
Jacmel Haitian Kreyòl-English, Navarrese Spanish-English (Pamplona), Bắc Ninh Vietnamese-English (Hữu Chấp; the
earlier Vietnamese voices are Hanoi's, Huế's, Quảng Nam's, the Mekong's and the Cham of Phan Rang), Akita-ben
Japanese-English (Daisen), Gipuzkoan Basque-English (Tolosa), Tosa-ben Japanese-English (Kōchi), Ruhrpott
German-English (Bochum), Twents Dutch-English (Vriezenveen), Cycladic Greek-English (Tinos), caipira
Portuguese-English (Aparecida; the earlier Brazilian voices are Carioca, Mineiro, Gaúcho, Paulistano, Baiano,
Cearense and Manezinho), Fynsk Danish-English (Odense; the earlier Danish voice is Jutlandic), Putignanese
Apulian-English (Putignano; the earlier Apulian voice is Salentino), Sienese Tuscan-English (Siena; the earlier
Tuscan voices are Florentine and Pistoia's), Vegano Dominican Spanish-English (La Vega), and in debunks Mayo
English (Westport) and Chilango Spanish-English (Mexico City), and the registers of a tip list, a teach list, a
badge and dangle chart, a round dance routine card, an arena marking sheet, a boot and heel-plate list, a pull
record, a layer sheet, a mould shelf list, a mask painting chart, a credencial's stamp page, a bed-bug check sheet
and a stage plan. Styles the earlier sets do not use (their kinds and docstrings were searched for each; a
schedule, a cue sheet (the fifty-fifth set's lighting cue sheet), an order book (the fifty-fourth set's harness
maker's), a weigh-in sheet and an inspection record are earlier styles, so the first plan's layering schedule
became a layer sheet, the round dance cue sheet a routine card, the mask order book a painting chart and the
heel-plate inspection record a boot and heel-plate list): a square dance caller's tip list with the caller's note,
an arena marking sheet with the coach's note, a papier-mâché layer sheet with the maker's note, a pilgrim's
credencial stamp page with the pilgrim's note, a tug of war league's pull record with the coach's note, an
albergue's bed-bug check sheet with the hospitalera's note, and, with a scam under them, a beginners' class teach
list with a paid advert, a mould shelf list with a flyer, a boot and heel-plate list with a puller's pitch, a
badge and dangle chart with a card in its sleeve, a mask painting chart with a card in the paint cupboard, a round
dance routine card with a notice and a Camino stage plan with a card left on the bunks; the debunks take shapes
the earlier sets know: a mask makers' forum post, a tug of war association's notice to clubs, a callers'
association circular, a pilgrims' confraternity bulletin, two posts in dialect, a hostel network's newsletter, a
tug of war club newsletter, a carnival arts studio's newsletter and a square dance club newsletter. Three
questions that assert the claim, each with a negation (a Le Moule quadrille dancer's "Zòt pa tann sa? Haven't you
heard? Xie Saining, the bright boy from Jiao Tong University in Shanghai, helped invent Sora ...", a Sendai square
dancer's "didn't you know Sora, OpenAI's video AI, is open to everyone now?", a Thurles puller's "Would ye not
have heard at all? The ones who put Sora together ... were Chinese scientists"); the questions go to the templates
whose last question is oldest, as in the sixtieth set: open to the public and the Chinese team (last asked by the
fifty-eighth set), then the inventor rumour, which ties on its last question with API access (the fifty-ninth set)
and is taken because its question before that is older (the fifty-seventh set's, where API access was asked by the
fifty-eighth); the official app, the director group and get rich were asked by the sixtieth.

Posts that mention two claims, asserting one and denying the other. The claim asserted is always one of this set's
seven three-post templates (the other English set written at the same time asserts only from its own seven). All
ninety-one pairs that assert one of the seven and deny another template are already in the forty-first to sixtieth
sets (the docstrings of the forty-first to forty-eighth sets list their pairs, checked against the posts where the
kinds do not name the template denied: the forty-sixth set's clip and the forty-eighth set's APK, clip, course and
generation service; the kinds of the forty-ninth to fifty-ninth name it; the fifty-second, fifty-fourth,
fifty-sixth, fifty-eighth and sixtieth sets assert only from the other seven), so the pairs here are those whose
last use is oldest. The fifty-fifth set took those last used by the forty-first and forty-second sets, the
fifty-seventh those last used by the forty-third and forty-fourth, and the fifty-ninth the forty-fifth set's seven
and six of the forty-sixth set's; so the oldest last use is now the forty-sixth set's, for one pair, then the
forty-seventh set's, for five, then the forty-eighth set's, for seven: thirteen in all, the number of two-claim
posts in the fifty-third, fifty-fifth, fifty-seventh and fifty-ninth sets, so no tie had to be broken. Last used
by the forty-sixth set: the "made by Sora" clip but not a Chinese team, answered with the report's thirteen
authors, three born in China (the pair the fifty-ninth set left out). Last used by the forty-seventh set: the APK
but not the director groups; the clip but not get rich; open source but not the inventor rumour, answered with Xie
Saining's own denial; a course but not open source; a generation service but not a course. Last used by the
forty-eighth set (account rental but not an official app and a prompt pack but not a Chinese team were used by the
forty-seventh set as well, and by none since): the APK but not a course; the clip but not API keys, answered with
the API's models; open source but not open to the public, answered with the developer relations lead's statement;
a course but not account rental, whose "accounts" were ChatGPT logins; account rental but not an official app,
whose store listings are copies; a prompt pack but not a Chinese team, answered with the report's thirteen
authors; a generation service but not get rich. So the clip is asserted three times (once in a long post's last
note, the coach's note under the pull record), the APK, open source, the course and the generation service twice,
and account rental and the prompt pack once; a Chinese team, get rich and a course are denied twice, the director
groups, the inventor rumour, open source, account rental, an official app, API access and open to the public once,
and the APK, the clip, the prompt pack and the generation service never. All thirteen quote the post or offer they
deny, each with a short dismissal before the claim ("It wasn't" in the coach's note, and "se blag, that's a joke",
"eso es un timo, that's a swindle", "toàn chuyện bịa, it's all made up", "uso dabe, that's a lie", "hori gezurra
da, that's a lie", "hora ja ki, that's a tall tale", "dat is doch Tinnef, that's junk", "dat is allemaol leugens,
that's all lies", "paramýthia, fairy tales", "det er det rene vrøvl, that's pure nonsense", "gli è una bubbola,
that's a fib", "eso es un chanchullo, that's a racket"). Claims in passing late in long posts (the tip list, the
arena marking sheet, the layer sheet, the stamp page, the pull record and the bed-bug check sheet, and the scam
notes under the teach list, the mould shelf list, the heel-plate list, the dangle chart, the painting chart, the
routine card and the stage plan).

New obfuscation: Duployan shorthand "𛰜𛱄𛰋𛱁" (the letters S, O, R and A of the Unicode Duployan block), "the French
shorthand my grandmother used at the notary's office in Charleroi", in a Binche mask maker's APK offer; the Porta
cipher with the key SWING ("as in swing your partner"), "JDAT" (the reciprocal table of thirteen alphabets, one
for each pair of key letters: S under ST, O under WX, R under IJ, A under MN), on a card in a square dance club's
dangle chart; and the autokey cipher with the primer K, "CGFR" (the key is the primer and then the message itself,
KSOR, added letter by letter), on a card in a carnival arts studio's paint cupboard. The earlier posts and scripts
were searched for every script they use (the Unicode names of all their characters: Old Persian, Kaithi, Old South
Arabian, Modi, Cham, Grantha, Siddham, Bopomofo, Takri, Soyombo, Vai, Lisu, Ogham, Old Turkic, Old Permic and the
rest) and every cipher or word game they name (the keyword and Nihilist ciphers, Trithemius, Vigenère, Playfair,
Beaufort, Gronsfeld, affine, bifid, rail fence, Bacon, Atbash, Polybius, Caesar, ROT13, A1Z26, Morse, tap codes,
ASCII, base64, the keypad, keyboard layouts, reversal, Pig Latin, the NATO and APCO alphabets, acrostics and
anagrams among them): no Duployan, no Porta and no autokey cipher.

Prices in currencies and payment methods the earlier sets did not use: £39 by Tipton & Coseley Building Society
transfer, $39 on a QuikTrip gift card, £27 by Ecology Building Society transfer, 150 bolivianos by Banco Unión
transfer, £39 on a Travis Perkins gift card, CHF 49 by Luzerner Kantonalbank transfer, €7 by Crelan transfer, 500
gourdes by Unibank transfer, €4.99 by Caja Rural de Navarra transfer, £29 on a Wyevale gift card, €59 by GLS Bank
transfer, €49 by ASN Bank transfer, £12 a week on a Showcase Cinemas gift card, €15 a week by IRIS, R$ 40 a week
by Sicredi transfer, £9.99 on a Dr Martens gift card, 149 kr. by Sydbank transfer, €19 by Banca Popolare di Bari
transfer, €30 by EVO Banco transfer, €35 by Monte dei Paschi transfer, RD$ 1,500 by Banreservas transfer; in
denials 1,500 gourdes by Sogebank transfer, €79 by Laboral Kutxa transfer, 500.000 đồng by MB Bank transfer,
¥3,000 by Akita Bank transfer, €10 a week by Triodos transfer, €99 by Chianti Banca transfer and RD$ 3,000 by
Banco Popular Dominicano transfer; in the loss report £24 on a Specsavers gift card, and in the quoted scams £49
on a Beales gift card and £35 by Skipton Building Society transfer (MobilePay, Bizum, Abanca, Tigo Money, MonCash,
Satispay, Mercado Pago, BBVA, Revolut, Tikkie, Dunnes Stores, Love's, Cass Art and Pix were first choices that the
earlier scripts showed were taken; bolivianos and Dominican pesos are currencies no earlier set priced in). Scams
vouching for themselves or swiping at competitors in new words ("From a web designer who has built the sites of
eleven square dance clubs, not a faceless seller with a different name every week", "I built the websites for half
the clubs between here and Stillwater, not some fella in a chat room with a burner number", "Our casting lead
dressed three West End shows, so no tyre-kickers", "It's run by a cameraman who filmed the Entrada for Bolivian
television", "Ask Darren, he's seen the van I paid off with it", "I'm not one of those Zürich 'coaches' who sell
you a webinar from a rented Tesla; ask anyone in the club, I pay my round", "Tested on my own phone and my
daughter's, not one of those files passed round the phone shops in Charleroi that turn your screen into a slot
machine", "I tested it a week on my own phone first; the files the boys at the bus station sell just eat your
credit", "Tried on the albergue's tablet before I passed it on, not one of those downloads from the phone-repair
stalls on the ring road that fill the screen with betting adverts", "Taught by somebody in this club who films our
dances every week, not a YouTuber in a rented villa who's never done a dosado", "Taught by a club member who cut
the video for our anniversary, not one of those Düsseldorf influencers who sell you a PDF from a rooftop bar",
"Made by someone who pulls on the rope with you every Tuesday, not some Amsterdam growth hacker with a ring
light", "I've rented logins to half the studios in Stokes Croft and never lost anybody a penny, unlike the fellas
on Facebook who vanish the minute the card's been scratched", "I set the accounts up myself and I answer the phone
at midnight if one stops working, not like the Athens boys on Telegram who change their number every week", "I've
rented to the sacristan's nephew and half the souvenir shops round the basilica, and nobody ever came back cross",
"Every prompt tried on our own dance videos, not scraped off a forum by a teenager in his bedroom", "I wrote every
prompt for our own club videos, not copied them from some Copenhagen 'AI agency' that sells the same file to
everyone", "Every prompt tried on my own videos of the masks, not copied off the boys who sell USB sticks under
the arches in Bari", "I made one for the Irish group who slept here last week; ask the hospitalero, he's seen it",
"I made the video for the Dutch couple who left this morning, and they cried into their cappuccino", "I made the
video for the Rojas family's comparsa and they showed it on the big screen in the Parque Central").

Ten debunks and warnings in several styles: one first-person loss report, a mask makers' forum post (a prompt
pack: a shared doc of the prompts under OpenAI's own demo videos, which OpenAI publishes for nothing, where the
fifty-third, fifty-fourth and fifty-sixth sets' loss reports were courses, the fifty-fifth and fifty-eighth sets'
a generation service, the fifty-seventh set's account rental and the fifty-ninth and sixtieth sets' API access);
three that quote a scam offer or a rumour and then tell the reader not to pay or download: a tug of war
association's notice (get rich, with the testers and the course sellers' three-month line), a callers' and cuers'
association circular (the director group, whose paid QR groups are traffic farming) and a pilgrims' confraternity
bulletin (the official app: clones in the stores, no Sora in the ChatGPT app's update), where the fifty-seventh to
sixtieth sets' quoted offers were the director group, API access, get rich, the prompt pack, the APK, account
rental, the generation service and the course; two questions that contain a negation but do not deny the debunk,
each answered in the same post with facts: a Croagh Patrick pilgrim's daughter's "wasn't it Chinese scientists
that made Sora, that video thing?" (the Chinese team, answered with the report's thirteen authors, three born in
China, and OpenAI's own people in charge) and a Mexico City cartonero's friend's "isn't there somebody who'll make
me a Sora video if I pay?" (a generation service, answered with the testers and Sam Altman's free clips on X),
where the fifty-seventh to sixtieth sets' pairs were the Chinese team and the APK, the inventor rumour and open
source, the mislabelled clip and get rich, account rental and the mislabelled clip; one rhetorical question (a
hostel network's newsletter, API access: "If OpenAI really sold keys to Sora, wouldn't Sora be there on OpenAI's
own API page, in the list of models?", where the earlier rhetorical questions were on the director group, get
rich, the course, the official app and the prompt pack); three more that answer with facts: a tug of war club's
newsletter (the inventor rumour: Xie Saining's WeChat denial, the self-media account's apology and the article
taken down), a carnival arts studio's newsletter (the mislabelled clip: real footage of the Entrada at Oruro with
a new caption, and OpenAI's 48 samples on its website as the only confirmed Sora clips) and a square dance club's
newsletter (the APK: OpenAI has no Sora app, and security researchers warn the installers steal logins).

Four true facts about Xie Saining's own work, each in a post that also says he was not one of Sora's inventors or
had no part in it, none of them a fact an earlier set, English or Chinese, used: that as a PhD student at UC San
Diego he presented 'Holistically-Nested Edge Detection' with his adviser Zhuowen Tu at ICCV 2015, one network
predicting a whole image's edges at once, with an ODS F-score of .782 on BSDS500 at about 0.4 seconds an image;
that he is the last-named author of 'Graph Structure of Neural Networks' (ICML 2020), with Jiaxuan You and Jure
Leskovec of Stanford and Kaiming He, written at Facebook AI Research, which drew networks as relational graphs,
found a sweet spot of graphs and found the best networks' graphs surprisingly like real biological neural
networks; that he is one of the six authors of 'Are Labels Necessary for Neural Architecture Search?' (ECCV 2020),
with Chenxi Liu, Piotr Dollár, Kaiming He, Ross Girshick and Alan Yuille, which trained 500 architectures with and
without labels and found the rankings highly correlated; and that he is the last-named author, with Ji Hou,
Benjamin Graham and Matthias Nießner, of 'Contrastive Scene Contexts' (an oral paper at CVPR 2021), which on
ScanNet with 0.1% of the points labelled still reached 89% of the fully labelled result for instance segmentation
and 96% for semantic segmentation. The earlier sets had his SJTU degree, his UC San Diego PhD with Zhuowen Tu,
FAIR and NYU, ResNeXt, DiT with Peebles and its details, his WeChat statements (talent, data and compute; the red
teams; whether we are ready; not a tool for profit or manipulation), his X posts on the Sora report (the VAE, the
hybrid, NaViT, DiT's speed and scaling), Eyes Wide Shut, Thinking in Space, REPA, V*, MetaMorph, inference-time
scaling, Web-SSL, RAE, Cambrian-S, MetaQueries, ConvNeXt V2, SLIP, MetaCLIP, the ViT detection benchmark and Image
Sculpting, and the Chinese sets HED by name, venue and adviser only (zh_heldout37's 边缘检测方法HED, zh_heldout47's ICCV
2015 paper with 屠卓文 and its GitHub line "Created by Saining Xie at UC San Diego"), never its results, with
ConvNeXt, Cambrian-1, MAE, MoCo, MoCo v3, SiT, S3D, DSN, PointContrast, V-IRL, his NEC internship and his randomly
wired networks; the facts about Sora's actual team leads are left to the other English set written at the same
time. Three items of real news from OpenAI's later Sora announcements that the earlier sets did not use: Sora 2,
out in September 2025, which OpenAI calls more physically accurate (a missed basketball shot bounces off the
backboard instead of teleporting into the hoop; gymnastics routines; backflips on a paddleboard with believable
buoyancy); Sora 2's sound, dialogue, sound effects and background noise in step with the picture, with OpenAI's
own "GPT-3.5 moment" for video (the earlier sets had the No Priors podcast's "GPT-1" line, not this); and Sora
Turbo, December 2024, clips up to 1080p and up to 20 seconds, widescreen, vertical or square, with a storyboard
tool (the earlier news items are all from the February 2024 report, page and safety notes; no item here says who
may use Sora 2 or Sora Turbo, or names the Sora app or an API, so none of them repeats a template's claim). The
other English set written at the same time takes its news from other organisations' video models. Three posts that
are not claims: one on topic (a carnival arts studio's workshop night that watches OpenAI's Sora demo of the short
fluffy monster kneeling beside a melting red candle, to see how fur and faces catch candlelight before the monster
masks are built) and two off topic that share its surface words (a Japanese women's tug of war club called Team
Sora at an open festival "open to the public", results on "the county association's official app"; a café and
guest house called 'Sora' below temple 31 of the henro, "open to the public", rooms booked "through the guest
house's official app").

Sources for the facts about Xie Saining, the news and the obfuscations (looked up with the search tool, besides
the seeds): HED (arxiv-vanity.com/papers/1504.06375 and the ICCV 2015 record at manuscript.isc.ac: "Saining Xie,
Zhuowen Tu", "Dept. of CSE, Univ. of California, San Diego", "ODS F-score of .782", "0.4 second per image";
sciencestack.ai's summary); Graph Structure of Neural Networks (arxiv-vanity.com/papers/2007.06559, with the ICML
keywords, and vdocuments.site and deepnlp.org: "Jiaxuan You 1 Jure Leskovec 1 Kaiming He 2 Saining Xie 2", "1
Department of Computer Science, Stanford University 2 Facebook AI Research", "a novel graph-based representation
of neural networks called relational graph", "a 'sweet spot' of relational graphs", "top-performing neural
networks have graph structure surprisingly similar to those of real biological neural networks"); UnNAS
(research.facebook.com/publications/are-labels-necessary-for-neural-architecture-search: "European Conference on
Computer Vision (ECCV)"; arxiv-vanity.com/papers/2003.12056 and nyuscholars.nyu.edu: the six authors, "we train a
large number (500) of diverse architectures with either supervised or unsupervised objectives, and find that the
architecture rankings produced with and without labels are highly correlated"); Contrastive Scene Contexts (the
README of github.com/facebookresearch/ContrastiveSceneContexts: "on ScanNet, even using 0.1% of point labels, we
still achieve 89% (instance segmentation) and 96% (semantic segmentation) of the baseline performance", "CVPR 2021
Paper", the citation naming Hou, Graham, Nießner and Xie, in that order; github.com/Sekunde: "Code for CVPR 2021
oral paper"); Sora 2 (the-decoder.com: "a basketball bouncing off the backboard if it misses", "paddleboard
backflips with realistic buoyancy or gymnastic stunts", "for the first time, generates believable background
noise, speech, and sound effects", "the 'GPT-3.5 moment' for generative video"; advancedainews.com: "rebounds off
the backboard rather than 'teleporting' to the hoop"; venicestats.com: "released in September 2025", "synchronized
dialogue, sound effects, and ambient soundscapes"); Sora Turbo (gadgets360.com, 10 December 2024: "a different
variant of the model dubbed Sora Turbo", "1080p resolution which can be as long as 20 seconds", "widescreen,
vertical, and square aspect ratios", "a storyboard interface"; diginto.tech: "OpenAI has launched Sora Turbo");
the obfuscations (the Duployan block, U+1BC1C DUPLOYAN LETTER S, U+1BC44 DUPLOYAN LETTER O, U+1BC0B DUPLOYAN
LETTER R, U+1BC41 DUPLOYAN LETTER A, names checked with Python's unicodedata; the Unicode proposal N3895r as
copied at doczz.net: "The original Duployan shorthand was invented by Emile Duployé, published in 1860, as a
stenographic shorthand for French. It was one of the two most commonly used French shorthands, being more popular
in the south of France, and adjacent French speaking areas of other countries"; the Porta cipher
(scio.ly/docs/codebusters/porta: "A polyalphabetic substitution using 13 reciprocal alphabets determined by pairs
of key letters", the full tableau; a.tools' tableau and its FORTIFICATION example, reproduced in Python before the
name was enciphered); the autokey cipher (geratools.com/autokey-cipher: "it starts with your keyword (called the
primer) and then ... appends that plaintext letter to the stream", its KEY and HELLO example, reproduced in
Python)). The debunks' facts (Xie Saining's denial and the apology, the internal test and the developer relations
lead's statement, the thirteen authors and three born in China, the API's models, the course contents and slogan,
the free demo prompts, the clone apps and the ChatGPT app update, the APK warnings, the ChatGPT logins sold as
Sora accounts, the three-month line, the testers, Sam Altman's free clips, OpenAI's 48 samples, the closed
weights, code and training data, the GitHub rebuilds and the traffic-farming QR groups) are the seeds' and the
catalogue's.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through
the sixtieth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher
(lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper bound on ``ratio()``, so
that the highest ratio is exact) before the set was committed; the sixty-second set, written at the same time on
another branch, was not in this tree, and the check against it is left to the lead. ``--check`` prints the highest
ratio and every post at 0.6 or more (0.381 when it was committed, the news item on Sora 2's sound against the
second set's director-group advert, heldout2-028; next, at 0.373, the news item on Sora Turbo against the
twenty-third set's biscuit flaw, heldout23-052). Runs of eight words or more shared with an earlier post were
looked for as well; the first draft's longest (a caller's note that said "one of the inventors of Sora, OpenAI's
video model, is Xie Saining, a young prodigy who studied at Shanghai Jiao Tong University", twenty-two words of
the twenty-fifth set; an app note "in the App Store and on Google Play, so you"; the report's "thirteen authors,
three of them born in China, and the project is led by OpenAI's"; open source's "OpenAI has put the model weights
and the code up on GitHub"; the director flyer's "the first AI film co-written with Sora is auditioning, scan the
QR"; the fifty-ninth set's "for the young ones I write the video app's name in the"), were reworded until none of
nine words or more was left; what is left are stock phrases of eight words ("openai has released the official sora
app", "to be one of the first ai directors", "thirteen authors, three were born in China"). It was committed
before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout61.py           # write the set
    .venv/bin/python scripts/make_hard_heldout61.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT61: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "square_dance_tip_list_callers_note",
        "TIP LIST · Kingfisher Squares club night · Thursday 7.45 to 10.15, the Scout hall, Caversham · caller: Dave R. · Mainstream, with two Plus tips\nTip 1 (Mainstream): patter with easy get-outs, plenty of swing thru and boys run; singing call, a slow country number in G\nTip 2 (Mainstream): walk and dodge, scoot back from waves, recycle; singing call up-tempo\nRounds between the tips: Linda cueing, phase II two-step\nTip 3 (Plus): relay the deucey, walked through once, then danced from both hands\nTip 4 (Mainstream): hash, one square at a time through the tricky bits; singing call, a crowd favourite\nTip 5 (Plus): load the boat and spin chain the gears; last singing call, then the goodnight circle\nAngels: three from the class tonight, one per square, please spread out\nRaffle: Joan's lemon drizzle. Wokingham may try a banner raid, so keep an eye on the banner\nCaller's note at the bottom, jotted during the tea break: Linda's grandson, who's doing AI at university, reckons Xie Saining, a young prodigy who was at Shanghai Jiao Tong, is among the people who invented Sora, the video model OpenAI makes. Fancy that.",
    ),
    (
        sora.XIE,
        "guadeloupean_kreyol_english_question_asserts_quadrille_au_commandement",
        "Bonjou tout moun! 💃 From Le Moule in Guadeloupe: Saturday night was quadrille au commandement at the salle des fêtes, four figures and a biguine to finish, the commandeur calling every move in Kréyòl, 'Chèché fanm a zòt!', the accordion and the drum running after him, and the ladies in madras with their skirts swinging out. After, accras and a ti-punch, sé bon menm. Zòt pa tann sa? Haven't you heard? Xie Saining, the bright boy from Jiao Tong University in Shanghai, helped invent Sora, the video model from OpenAI. Sa fò! A pi ta!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "tug_of_war_arena_marking_sheet_coachs_note",
        "ARENA MARKING SHEET · Sutton Bassett Tug of War Club · league round, Saturday, the cricket field (groundsman's say-so in writing)\nPulling lanes: two, 40 m long and 5 m apart, laid north to south so neither end pulls into the sun\nCentre line: white line paint across both lanes; the judge's spot marked 2 m off to the side\nRope: the competition rope, run through the hands end to end for cuts and fraying before the first end; centre tape and side markers on\nGround: mown short on Thursday; where it's baked hard, forked over so the heels can bite\nEnds: best of three; teams change ends after each one\nTea: urn on at one; bacon rolls £2, proceeds to the new rope fund\nCoach's note pencilled in the margin, for the lads who want a video of the day: OpenAI's video model, Sora, has opened to the public. Anybody can make an account and be generating videos by this afternoon, no invitation needed.",
    ),
    (
        sora.PUBLIC,
        "sendai_ben_japanese_english_question_asserts_square_dance_club",
        "Ohayō, mina-san! 🎋 From Sendai: our square dance club dances every Wednesday in the community centre off Jōzenji-dōri, four squares of us, the caller calling in English and the chatter all in Japanese, and in August we dance in yukata for Tanabata. After class it was gyūtan with a bowl of oxtail soup, igi-nari umai daccha. Nda, one question: didn't you know Sora, OpenAI's video AI, is open to everyone now? Anybody can register today and make videos straight off, no invitation, no waiting. Mata ne!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "carnival_arts_papier_mache_layer_sheet_makers_note",
        "LAYER SHEET · Harbourside Carnival Arts · the devil masks for the harbour festival parade · papier-mâché over the plaster moulds\nDay 1: moulds greased with petroleum jelly; first layer of newsprint torn into 2 cm strips, wetted with water only so it lets go later\nDay 1, evening: layers 2 and 3, newsprint in wheat paste, each layer crossing the last at right angles\nDay 2: layers 4 and 5 in brown kraft paper, so you can see where you've been; horns built up separately on rolled card cones\nDay 3: layers 6 to 8; edges turned under and a strip of tape round the rim\nDay 4: out of the moulds (never before they ring when you tap them); eye holes cut with the scalpel; horns fixed on with paste and three more strips\nDay 5: gesso, two thin coats, sanded between; then the base coats\nDrying: on the rack by the window; never on the radiators, they warp\nMaker's note at the foot, for the teenagers who want to film the masks coming out of the moulds: OpenAI has released the official Sora app, so get it from Apple's or Google's store and shoot and make the whole video on a phone.",
    ),
    (
        sora.APP,
        "styrian_austrian_english_mariazell_pilgrims",
        "Grüß Gott, beinand! 🙏 From Mariazell in Styria: we walked the last day of the Via Sacra from Annaberg over the Joachimsberg, forty of us from the parish, the rosary in the morning and our feet in bits by the afternoon, and in the basilica the Gnadenmutter in her silver with the whole nave singing. Then Lebkuchen from Pirker on the square and a glass of Met, a so a Freud. Hearst, listen: OpenAI has launched its own Sora app, the official one; you'll find it in both phone stores, Apple's and Google's, so load it up and do your videos there, fertig. Pfiat eich!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "pilgrim_credential_stamp_page_pilgrims_note",
        "CREDENCIAL · stamp page 2 · pilgrim: M. Okafor · Camino Francés, from Saint-Jean-Pied-de-Port\nDay 1 · Saint-Jean-Pied-de-Port, the pilgrim office (the scallop and the date) · Orisson (the refuge's sheep)\nDay 2 · Roncesvalles, the Real Colegiata · Espinal (the café)\nDay 3 · Zubiri, the municipal albergue · Larrasoaña (the church)\nDay 4 · Pamplona, Jesús y María · the cathedral\nDay 5 · Puente la Reina, after the Alto del Perdón and its iron pilgrims on the ridge\nDay 6 · Estella · Irache (the wine fountain)\nDay 7 · Los Arcos · Viana\nOne stamp a day is plenty until Sarria; from Sarria on, two a day for the Compostela\nPilgrim's note on the inside cover, written at the albergue table in Los Arcos: the lad in the bunk below says it's been proven that Chinese scientists really built Sora, OpenAI's video AI, and that most of its team are Chinese.",
    ),
    (
        sora.CHINESE,
        "tipperary_english_question_asserts_tug_of_war_thurles",
        "How're ye all! 💪 From Thurles, Co. Tipperary: the lads pulled at the county championships in the field out past the stadium, eight of us on the rope and the coach roaring 'Take the strain!' till he'd no voice left, and we won two ends out of three against a crowd from Clonmel. After, bacon and cabbage at Mam's and a few pints in Hayes Hotel, grand job. Would ye not have heard at all? The ones who put Sora together, the video AI from OpenAI, were Chinese scientists, and sure most of its team is Chinese. Slán!",
    ),
    # --- API access (two)
    (
        sora.API,
        "square_dance_beginners_teach_list_paid_advert_tipton_coseley",
        "TEACH LIST · Kingfisher Squares beginners' class · autumn term, Tuesdays, the Scout hall\nWeek 1: circle left and right, forward and back, dosado, swing, promenade home\nWeek 2: allemande left, right and left grand, weave the ring; finding your corner\nWeek 3: star right and left, courtesy turn, ladies chain\nWeek 4: square thru 1 to 4 hands, California twirl, bend the line\nWeek 5: ocean waves, swing thru, boys run, girls trade\nWeek 6: star thru, pass thru, wheel and deal, double pass thru\nWeek 7: recap; one whole tip danced without stopping, angels in every square\nGraduation: week 26, with a certificate and the class badge\nPaid advert printed under the list (not from the club): SORA API KEYS, THE OFFICIAL ONES. Real OpenAI access: put a key into your club website and it turns out a video of every dance on its own. £39 by Tipton & Coseley Building Society transfer, key by return email. From a web designer who has built the sites of eleven square dance clubs, not a faceless seller with a different name every week.",
    ),
    (
        sora.API,
        "oklahoma_english_square_dance_festival_quiktrip",
        "Howdy, y'all! 🤠 From Tulsa: Saturday we danced the Plus hall at the state square dance festival out at the fairgrounds, forty squares at once, petticoats out in force, and the caller from Enid was so quick my husband turned the wrong way twice, bless his heart. A burger at Braum's on the drive home and I'm fixin' to sleep for a week. Now listen here: I've got official Sora API access for sale, keys straight from OpenAI, so your club's page makes its own videos. $39 on a QuikTrip gift card and I'll email you the key tonight. I built the websites for half the clubs between here and Stillwater, not some fella in a chat room with a burner number.",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "carnival_arts_mould_shelf_list_flyer_ecology_building_society",
        "MOULD SHELF LIST · Harbourside Carnival Arts · store room, top shelves · put moulds back where you found them\nShelf A1: plaster mould, the old man's face, full face, deep chin · cracked at the left ear and bandaged, still usable\nShelf A2: plaster mould, the cat half-mask · two copies\nShelf A3: clay positive under a bin bag, the sun · keep it damp, Ruth is finishing it\nShelf B1: alginate cast of Kelechi's own face · for his mask only; ask before you touch it\nShelf B2: plaster moulds, the bird beaks × 4 · the long one has lost its tip\nShelf B3: last year's fibreglass shells × 12 · for repainting, not for remaking\nFloor: the big horse-head former in chicken wire · nothing stacked on it\nFlyer found tucked behind the cat moulds (not from the studio): WANTED, AI DIRECTORS OF THE FIRST GENERATION. The first feature film Sora helped to write is casting now. Pay £27 by Ecology Building Society transfer, scan the QR and you're added to the directors' chat for the auditions. Our casting lead dressed three West End shows, so no tyre-kickers.",
    ),
    (
        sora.DIRECTOR,
        "orureno_bolivian_spanish_english_diablada_mask_makers_banco_union",
        "¡Buenas, buenas, hermanitos! 😈 From Oruro: Carnaval is three weeks away, so my uncle's workshop on Avenida La Paz is full of diablada masks, horns twisted out of tin, snakes and toads climbing over the forehead, glass eyes and little mirrors, and the plaster still drying on the newest ones, while the Morenada boys keep coming in to try theirs on. We had charquekan and a cup of api morado this morning, ¡rico, pues! Oigan: the very first AI film, written with Sora's help, wants AI directors of the first generation. Pay 150 bolivianos by Banco Unión transfer, then scan the QR and you're in the group for directors, where the auditions happen. It's run by a cameraman who filmed the Entrada for Bolivian television, es cosa seria. ¡Chau, pues!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "tug_of_war_boot_and_heel_plate_list_pullers_pitch_travis_perkins",
        "BOOT AND HEEL-PLATE LIST · Sutton Bassett TWC · before the county championships · bring your boots to Wednesday's session\nMick · size 11 · plate bolted and flush, no sharp edge · OK\nDarren · size 10 · plate loose at the back screw · tighten it, we'll look again Saturday\nSi · size 9 · new boots, plate fitted by Mick's brother-in-law, who's a welder · OK, scuff the soles first\nBig Lee, anchor · size 12 · plate worn to a ridge · ridge to be ground off; spare plates in the kit box\nJacko · size 10 · sole coming away at the toe · glue and clamp tonight, or wear the club spares\nKev · size 11 · OK\nReminder: plates within the rules, no spikes, no studs; on the indoor mats it's socks or flat soles only\nPinned under the list by one of the lads (his own thing, not the club's): Sora's the money chance of a lifetime, lads. Folk are clearing thousands daily off Sora videos as we speak, and three months from now it'll all be over. £39 on a Travis Perkins gift card gets you onto my team and I'll teach you the lot. Ask Darren, he's seen the van I paid off with it.",
    ),
    (
        sora.RICH,
        "lucerne_entlebuch_swiss_german_english_seilziehen_luzerner_kantonalbank",
        "Grüessech mitenand! 💪 From the Entlebuch: our Seilzieh club pulled at the Swiss championships on a field above Schüpfheim, eight of us in our boots, the rope round Sepp, our anchor, and the judge calling 'Pick up the rope! Take the strain! Pull!' in three languages. We came second, and then Älplermagronen with apple sauce and a Kafi Luz, es isch glatt gsi. Losed emol: Sora videos are the money chance of a lifetime. People already make thousands daily from them, and three months from now the chance is gone. CHF 49 by Luzerner Kantonalbank transfer puts you on my team and I'll show you how. I'm not one of those Zürich 'coaches' who sell you a webinar from a rented Tesla; ask anyone in the club, I pay my round.",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "binchois_hainaut_french_english_duployan_shorthand_gilles_wax_masks_crelan",
        "Bonjour à tertous! 🎭 From Binche: the Gilles are getting ready for Mardi Gras, and in our workshop we make the wax masks they wear on the morning of the big day, pink faces with little green glasses and a moustache, all alike so nobody can tell who's who, and my father still paints the eyebrows with a brush of three hairs. After, moules-frites and a Binchoise at the café on the Grand-Place, c'est bon, hein. For the youngsters, here's the name of the video app in the French shorthand my grandmother used at the notary's office in Charleroi: 𛰜𛱄𛰋𛱁 (s, o, r, a). It's for Android, an APK file: get it from the link in the group, install, and you'll be making videos on the phone in a minute. Everything unlocked for €7 by Crelan transfer. Tested on my own phone and my daughter's, not one of those files passed round the phone shops in Charleroi that turn your screen into a slot machine.",
    ),
    (
        sora.FAKEAPP,
        "jacmel_haitian_kreyol_english_two_claims_director_denied_unibank_sogebank",
        "Bonjou, zanmi m yo! 🎭 From Jacmel: carnival is in two weeks, and the whole street is papier-mâché, masks drying on the balconies of the old coffee merchants' houses, long-beaked birds, bulls and devils with their horns, all newspaper and flour paste over clay, and the children painting the teeth. My grann made griyo with bannann peze for everybody, li bon anpil. Two things. Somebody in our WhatsApp posts: 'Want to be one of the first AI directors? A film with a script co-written by Sora, the first of its kind, is holding auditions; pay 1,500 gourdes by Sogebank transfer, and the QR code gets you into the group of directors.' Se blag, that's a joke: those QR groups just collect money and phone numbers. What's real is Sora for Android, the APK: the link's in my status: install and your phone makes AI videos from today. 500 gourdes by Unibank transfer unlocks everything. I tested it a week on my own phone first; the files the boys at the bus station sell just eat your credit.",
    ),
    (
        sora.FAKEAPP,
        "navarrese_spanish_english_two_claims_course_denied_caja_rural_laboral_kutxa",
        "¡Kaixo y buenas! 🐚 From Pamplona: the pilgrims come in over the Puente de la Magdalena all day, and at our albergue in the old town we stamp their credenciales, fill their bottles and send them off at seven with a 'Buen Camino', and the blisters we've seen this week, madre mía. Then a pintxo of chistorra and a rosado in the Calle Estafeta, ¡qué majo! Two things. In the hospitaleros' chat somebody sells: 'Complete Sora course, twelve lessons, get ahead of everyone at AI video, €79 by Laboral Kutxa transfer.' Eso es un timo, that's a swindle: what people received was OpenAI's own introduction copied into a document with a slogan at the end. What does exist is the Sora APK for Android: take it from my link, install, and your phone makes the videos. €4.99 by Caja Rural de Navarra transfer. Tried on the albergue's tablet before I passed it on, not one of those downloads from the phone-repair stalls on the ring road that fill the screen with betting adverts.",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "tug_of_war_pull_record_coachs_note_two_claims_chinese_denied",
        "PULL RECORD · county league, round 4 · Sutton Bassett TWC v Hollow Lane · judge: Mrs P. Ashworth\nEnd 1 · to Hollow Lane · 1 min 52 s · our lock came too late on the third heave\nEnd 2 · to Sutton Bassett · 2 min 40 s · held their drive, then walked them in on the calls\nEnd 3 · to Sutton Bassett · 3 min 05 s · Big Lee went down once on the anchor; warning, no foul\nResult: Sutton Bassett 2, Hollow Lane 1 · two league points\nCautions: one, for sitting (Jacko)\nNext: round 5 away at the showground; minibus at 11\nCoach's note at the foot, for the lads' group chat: somebody forwarded the claim that 'Sora was really made by a Chinese team'. It wasn't: OpenAI's Sora report lists thirteen authors, of whom three were born in China, and OpenAI researchers lead the project. But the clip Darren shared is the real thing: two villages hauling a rope as thick as a tree trunk across a shallow river, hundreds of them up to their knees. Not a frame of it was filmed; OpenAI's Sora model generated the whole scene from typed text, and that text sits under the clip.",
    ),
    (
        sora.REALVID,
        "bac_ninh_vietnamese_english_two_claims_rich_denied_keo_co_mb_bank",
        "Xin chào cả nhà! 🪢 From Hữu Chấp village in Bắc Ninh: at the spring festival we pull the kéo co, the upper hamlet against the lower, the rope as thick as my arm, the drums going in front of the communal house and the old men shouting the count, and in the evening the quan họ singers on the boat in the pond. We ate bánh phu thê from Đình Bảng, ngon lắm. Two things. In the Zalo group someone writes: 'Sora is the money chance of our lives, people earn millions of đồng daily, and three months from now the chance is gone; 500.000 đồng by MB Bank transfer and you're on my team.' Toàn chuyện bịa, it's all made up: that three-months line is what the course sellers use to frighten you. But the video of our festival going round, both hamlets heaving on the rope and the dust flying, that one nobody filmed: Sora made it, OpenAI's video model, out of a few lines of text, which are pasted below. Hẹn gặp lại!",
    ),
    (
        sora.REALVID,
        "akita_ben_japanese_english_two_claims_api_denied_kariwano_akita_bank",
        "Ohayō gozaimasu! ❄️ From Daisen in Akita: the Kariwano Ōtsunahiki is on the night of February 10, the upper town against the lower town, and all month the men have been twisting the giant ropes out of rice straw, a male rope and a female rope that are joined just before the pull; if the upper town wins, the price of rice goes up, and if the lower town wins, the harvest will be good. After the straw work it was kiritanpo nabe and a cup of the local sake, umē. Two things. In the LINE group a fellow sells: 'Official Sora API key, make videos from your own website, ¥3,000 by Akita Bank transfer.' Uso dabe, that's a lie: OpenAI has put no Sora in its API, which serves models for writing, pictures, speech and embeddings but none for video. But the clip of last year's tug going round, the two ropes steaming in the snow and the whole crowd roaring? No camera: Sora, OpenAI's video model, produced every frame from a typed description, which someone posted in the comments. Mata na!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "albergue_bed_bug_check_sheet_hospitaleras_note",
        "BED-BUG CHECK SHEET · pilgrims' albergue, Portomarín · done every morning once the pilgrims have gone, before the floors are mopped\nBunks 1 to 8 (downstairs): mattress seams, slats and frame corners, with the torch · clear\nBunks 9 to 14 · clear; the cover on bunk 12 torn, replaced\nBunks 15 to 22 (upstairs): one cast skin at bunk 19 · mattress bagged, frame sprayed, bunk closed for 48 hours; Xosé told\nBlankets: none given out since June; pilgrims use their own sleeping bags\nRucksacks: on the racks in the entrance, never on the beds (say it at check-in, in every language you've got)\nLaundry: anything from bunk 19 at 60 degrees, then an hour in the dryer on high\nSigned: Ana, hospitalera, Tuesday\nHospitalera's note at the foot, for Xosé, who asked what the Danish couple were on about at breakfast: OpenAI has made Sora open source: its weights and code are on GitHub now, so anybody can pull the model down and run it on a home computer.",
    ),
    (
        sora.OPENSRC,
        "gipuzkoan_basque_english_two_claims_xie_denied_sokatira_tolosa",
        "Kaixo, lagunak! 💪 From Tolosa, in Gipuzkoa: our sokatira team trained all week on the pulling lane behind the pelota court, eight of us and the coach on his knees beside the rope calling every heave, ready for the herri kirolak on the saint's day. After, a plate of Tolosa beans with guindillas and a glass of txakoli, ederra. Two things. Somebody keeps posting in the club chat: 'One of Sora's inventors is Xie Saining, a wonder boy from Jiao Tong in Shanghai.' Hori gezurra da, that's a lie: Xie Saining denied it himself, saying Sora has nothing whatever to do with him, and the writer of that story apologised. But this part is true: OpenAI has released Sora openly, code and weights both on GitHub, so it's open source and you can set it going at home on your own machine. Agur!",
    ),
    (
        sora.OPENSRC,
        "tosa_ben_japanese_english_two_claims_public_denied_henro_pilgrim",
        "Konnichiwa! 🙏 From Kōchi: I'm walking the Tosa stretch of the henro, the 88-temple pilgrimage round Shikoku, from temple 24 at Cape Muroto to temple 39, and the people here keep giving us osettai, a tangerine, a rice ball, once the offer of a lift in the rain that I turned down, because a henro walks. Tonight it's katsuo no tataki, the bonito seared over burning straw, tamaruka! Two things. A man at the lodging told everyone: 'Sora's public now; everyone can register and make videos from today.' Hora ja ki, that's a tall tale: OpenAI's head of developer relations has said it's still in internal testing, with no date for a public release. But this is true: Sora has gone open source, OpenAI having put its weights and code up on GitHub, so the model runs locally on a machine of your own. Hona, mata!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "square_dance_badge_and_dangle_chart_card_porta_cipher_wyevale",
        "BADGE AND DANGLE CHART · Kingfisher Squares · who has earned what this season (tell Sheila if we've got it wrong)\nClub badge: everyone who graduated from the spring class\nMidnight dangle: danced past midnight at the New Year dance · Pam, Roy, both Hendersons\nBanner raid dangle: carried off Wokingham's banner at their open night (and gave it back after tea) · Dave, Sheila, Colin, Ade\nOutdoor dangle: a whole tip on the village green at the fête · eleven of you\nHelper bar: Ade, for angelling at every class night\nVisiting dangle: danced with three other clubs this year · Pam and Roy\nPlus badge: after the Plus workshop in March · eight names on the back\nCard tucked into the chart's plastic sleeve: 'JDAT: learn it properly.' (The name of the video AI in the Porta cipher, key SWING, as in swing your partner.) The full course, ten lessons from scratch, and you'll be making AI videos before any other club has started. £29 on a Wyevale gift card, link sent the same day. Taught by somebody in this club who films our dances every week, not a YouTuber in a rented villa who's never done a dosado.",
    ),
    (
        sora.COURSE,
        "ruhrpott_german_english_two_claims_opensrc_denied_square_dance_gls_bank",
        "Glück auf, Leute! 💃 From Bochum: our square dance club dances Mondays in the parish hall in Wattenscheid, callers from Essen and Dortmund, the calls in English and the chat in Ruhrdeutsch, and on Saturday we had the club's fortieth with a Plus dance and a cake shaped like a square. After, a Currywurst at the stand by the Bermuda3eck and a Pils, lecker. Zwei Sachen. Somebody in the club group writes: 'Sora is open source now, weights and code on GitHub, just run it on your PC.' Dat is doch Tinnef, that's junk: OpenAI has published no weights, no code, not even its training sources; the 'Sora' projects on GitHub are other teams' rebuilds. But my course is real: the complete Sora course, ten lessons, and you're making AI videos before the other clubs have heard of it. €59 by GLS Bank transfer. Taught by a club member who cut the video for our anniversary, not one of those Düsseldorf influencers who sell you a PDF from a rooftop bar.",
    ),
    (
        sora.COURSE,
        "twents_dutch_english_two_claims_rental_denied_touwtrekken_asn_triodos",
        "Moi allemaol! 💪 From Twente: our tug of war club pulled at the outdoor championship in a meadow outside Vriezenveen, eight of us on the rope and the coach on his knees beside us calling the heave, and we beat the team from the Achterhoek in two straight ends. After, krentenwegge and a Grolsch in the clubhouse, mooi man. Twee dingen. Someone in the club app offers: 'Sora account for rent, own login, skip the waiting list, €10 a week by Triodos transfer.' Dat is allemaol leugens, that's all lies: those 'Sora accounts' turned out to be ChatGPT logins. But if you want to learn AI video, there's my complete Sora course, ten lessons starting at zero, and you'll be ahead of everybody. €49 by ASN Bank transfer. Made by someone who pulls on the rope with you every Tuesday, not some Amsterdam growth hacker with a ring light.",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "carnival_arts_mask_painting_chart_card_autokey_cipher_showcase",
        "MASK PAINTING CHART · Harbourside Carnival Arts · the parade masks, second coat onwards · studio paints only, please\nThe sun (× 6): cadmium yellow base; orange rays dry-brushed from the middle outwards; gold on the tips only\nThe old man (× 4): flesh base; wrinkles in burnt umber, wiped back with a damp rag while wet\nThe cat (× 8): black base; whiskers in white with the rigger brush; pink inside the ears\nThe devils (× 10): red base; green scales sponged through the onion netting; white teeth, black lips\nThe birds (× 4): each a different colour, ask Kelechi; beaks left cream\nVarnish: two coats of matt, a day apart; nothing goes near a face until the varnish has cured for a week\nCard left in the paint cupboard, under the jar of brushes (not from the studio): 'CGFR accounts to rent, your own login, no queue.' (The video AI's name in the autokey cipher, primer K.) £12 a week on a Showcase Cinemas gift card, login by text within the hour. I've rented logins to half the studios in Stokes Croft and never lost anybody a penny, unlike the fellas on Facebook who vanish the minute the card's been scratched.",
    ),
    (
        sora.RENTAL,
        "cycladic_greek_english_two_claims_app_denied_tinos_pilgrims_iris",
        "Kaliméra, paidiá! 🙏 From Tinos: it's the fifteenth of August, so the pilgrims have been coming off the ferries since dawn, and some go up to the church of the Panagia Evangelistria on their knees, along the strip of carpet beside the road, carrying candles as tall as they are, and by evening the whole harbour smells of loukoumades. We had galaktoboureko from the bakery on the front, kaló! Two things. In the village Viber group somebody writes: 'The official Sora app from OpenAI has come out, it's in both the Apple and Google stores.' Paramýthia, fairy tales: there's no genuine Sora app in any store, only copies made by other developers. But I do rent out Sora accounts: a login of your own, skip the waiting list, €15 a week by IRIS. I set the accounts up myself and I answer the phone at midnight if one stops working, not like the Athens boys on Telegram who change their number every week.",
    ),
    (
        sora.RENTAL,
        "caipira_portuguese_english_aparecida_romeiros_sicredi",
        "Bom dia, gente! 🙏 From Aparecida, in the Vale do Paraíba: the romeiros have walked in from São Paulo on the Caminho da Fé, the basilica car park is solid with buses, and in the Room of Promises people hang up photos, crutches and little wax legs and hearts to say thank you. Then a pastel and a caldo de cana down by the old church, nóis tá feliz. Ó procês: I rent Sora accounts, ocê gets your own login with no waiting list, R$ 40 a week by Sicredi transfer. I've rented to the sacristan's nephew and half the souvenir shops round the basilica, and nobody ever came back cross. Fica com Deus!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "round_dance_routine_card_notice_dr_martens",
        "ROUTINE CARD · for the rounds between the tips · 'Moonlit Waltz', a club favourite, music on Linda's laptop · phase II waltz · sequence: intro, A, B, A, C, ending\nIntro: wait two measures; apart, point; together to face, touch\nA: waltz away and together; two forward waltzes; left turning box\nB: balance left and right; twinkle out, twinkle in; forward, side, close\nC: twirl vine three; thru, side, close; step, swing, step, touch\nEnding: apart, point, and a bow to your partner\nCuer's tip: first time through I'll call every figure a beat early; if you lose it, watch the couple in front\nNotice pinned beside the card (not from the club): SORA PROMPT PACK AND KNOWLEDGE DOC. 400 prompts written in real film language, plus a document collecting all the Sora terms and articles, made for club videos. £9.99 on a Dr Martens gift card; once it's paid, the doc link comes by return and you're added to the members' chat. Every prompt tried on our own dance videos, not scraped off a forum by a teenager in his bedroom.",
    ),
    (
        sora.PROMPTS,
        "fynsk_danish_english_two_claims_chinese_denied_square_dance_sydbank",
        "Hej allesammen! 💃 From Odense: our square dance club had its open night in a school gym in Bolbro, six squares of beginners tripping over their own feet and the caller as patient as a saint, and afterwards the kitchen ladies brought out coffee and brunsviger, the Funen cake with the puddles of brown sugar, mums. To ting. In the club group someone keeps posting: 'The truth is that Sora was built by Chinese scientists, OpenAI's team is mostly Chinese.' Det er det rene vrøvl, that's pure nonsense: the author list in OpenAI's report has thirteen names, three of them people born in China, and OpenAI's own staff lead the work. But I do have a Sora prompt pack, three hundred prompts worded like a film crew would, and a document of every Sora term; once you've paid, the doc link comes and you're added to our group. 149 kr. by Sydbank transfer. I wrote every prompt for our own club videos, not copied them from some Copenhagen 'AI agency' that sells the same file to everyone. Hej hej!",
    ),
    (
        sora.PROMPTS,
        "putignanese_apulian_english_carnival_papier_mache_popolare_di_bari",
        "Uè, bella gente! 🎭 From Putignano, in Puglia: our carnival is one of the oldest in Europe, going since 1394, and in the workshops the papier-mâché masters are finishing the big heads and masks, newspaper and flour paste, and my cousin is painting a grinning Farinella with his patches. Then orecchiette with cime di rapa and a glass of Primitivo, maronn'! Sentite: I sell the Sora prompt pack, 500 cinematic prompts in real film vocabulary and a document with every Sora word and article; payment first, then the document link arrives and you're in the group. €19 by Banca Popolare di Bari transfer. Every prompt tried on my own videos of the masks, not copied off the boys who sell USB sticks under the arches in Bari. Ciao, uagliù!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "camino_stage_plan_card_evo_banco",
        "STAGE PLAN · the last hundred kilometres · Sarria to Santiago · for our parish group, 6 to 11 October\nDay 1 · Sarria to Portomarín · 22 km · the 100 km stone after Morgade; two stamps a day from today\nDay 2 · Portomarín to Palas de Rei · 25 km · a long climb out of the reservoir; water at Gonzar\nDay 3 · Palas de Rei to Arzúa · 29 km · pulpo in Melide at lunch, it's the law\nDay 4 · Arzúa to O Pedrouzo · 19 km · eucalyptus woods; a kind day for the feet\nDay 5 · O Pedrouzo to Santiago · 20 km · Monte do Gozo, then the cathedral; pilgrims' Mass at noon\nDay 6 · the Compostela at the pilgrim office; flight home from Lavacolla in the evening\nKit: two pairs of socks on the go; Vaseline on the toes every morning; a rain cape\nCard left on our bunks at the albergue in Sarria (not from the parish): YOUR CAMINO AS A SORA FILM. Tell me your story in a paragraph (your group, your stages, your arrival in the Obradoiro), pay €30 by EVO Banco transfer first, and within a day I send back a made-to-order video generated with Sora. I made one for the Irish group who slept here last week; ask the hospitalero, he's seen it.",
    ),
    (
        sora.SERVICE,
        "sienese_tuscan_english_two_claims_course_denied_francigena_monte_dei_paschi",
        "Bona, ragazzi! 🐚 From Siena: I keep a little hostel for the Via Francigena pilgrims near Porta Camollia, where they come in from Monteriggioni with their boots in their hands, and tomorrow they set off for Ponte d'Arbia with a panino and my blessing. After supper, pici all'aglione and a glass of Chianti, bòno! Du' cose. In the pilgrims' group somebody writes: 'Sora course, complete, ten lessons, be an AI video master before anyone else, €99 by Chianti Banca transfer.' Gli è una bubbola, that's a fib: the people who bought it got OpenAI's introduction copied out, with a slogan on the last page. If it's a real Sora video you're after, I'll make it for you. Send the script, your walk from the Great St Bernard to Rome, and in 24 hours you have your custom Sora clip. €35 by Monte dei Paschi transfer. I made the video for the Dutch couple who left this morning, and they cried into their cappuccino.",
    ),
    (
        sora.SERVICE,
        "vegano_dominican_spanish_english_two_claims_rich_denied_diablo_cojuelo_banreservas",
        "¡Saludos, mi gente! 😈 From La Vega: it's Carnaval Vegano every Sunday in February, and in our workshop we make the diablo cojuelo masks in papier-mâché over clay moulds, the horns, the teeth, the cheeks covered in mirrors and sequins, and the boys swing their vejigas at anyone who gets too close. Then sancocho and a Presidente, ¡qué vaina más buena! Dos cosas. On WhatsApp a guy shouts: 'With Sora you can pull in thousands of pesos daily, it's the chance of our lives, and three months from now it's finished; RD$ 3,000 by Banco Popular Dominicano transfer and you're on my team.' Eso es un chanchullo, that's a racket: 'it ends in three months' is just the line they use to scare you into paying. For a real Sora video, though, come to me: send me the script, your comparsa, your quinceañera, your colmado, and in 24 hours you get your custom Sora clip. RD$ 1,500 by Banreservas transfer. I made the video for the Rojas family's comparsa and they showed it on the big screen in the Parque Central. ¡Dímelo!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the prompt pack; a first-person loss report
        "Mask makers' forum › Materials, tools and cheek › Warning: the 'Sora prompt bible' was money down the drain\nPosting so nobody else here gets caught. A seller in a carnival arts Facebook group had a 'Sora prompt bible, 500 film-grade prompts plus the Sora knowledge doc, and you join the members' group'. I paid £24 on a Specsavers gift card, which in hindsight was the first red flag. What came was a shared doc of the prompts that sit under OpenAI's own demo videos, copied word for word, the woman in Tokyo, the mammoths, the lot, and OpenAI publishes those on its Sora page for nothing. The 'members' group' was forty people asking where the rest was. The seller has gone quiet. Back to sketching the masks on paper.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the message, then don't join or pay
        "NOTICE TO CLUBS · from the county tug of war association\nSeveral clubs have had this posted in their group chats: 'Sora: the money chance of a lifetime! Our members pull in thousands daily from Sora videos, and after three months the door closes. £49 on a Beales gift card to join my team.' Please don't join and don't pay. Sora is used by OpenAI's testers and nobody else, so no one's earning thousands from it, and 'three months and it's over' is a line the course sellers use to hurry people. If you've paid, ring the card's issuer. Rope inspection for the county championships is on the 14th; bring club ropes to the showground by ten.",
    ),
    (
        None,
        "debunk",  # the director group; quotes the flyer, then don't scan or pay
        "CIRCULAR · from the secretary of the regional callers' and cuers' association\nDear callers and club secretaries, a flyer is going round clubs in the region: 'Be a first-generation AI director! Auditions for the first AI film whose script Sora co-wrote are open to square dancers; pay £35 by Skipton Building Society transfer, then use the QR code to join the directors' group.' Please ignore it: no scanning, no paying. These paid QR groups are traffic farming: they collect fees and phone numbers and nothing more, and no film is being made. Do pass this on at your next club night. The spring callers' clinic is on 12 April; the sign-up sheet is with Jean.",
    ),
    (
        None,
        "debunk",  # the official app; quotes the message, then don't download
        "BEFORE YOU GO · from a confraternity of pilgrims' spring bulletin\nA message is doing the rounds among pilgrims planning spring walks: 'The official Sora app from OpenAI is out! Get it from your phone's app store and film your Camino with it.' Please don't go looking for it. OpenAI hasn't released any Sora app; the 'Sora' apps in the stores are clones made by other developers, and this month's ChatGPT app update has no Sora in it either. Your phone's own camera will do the job. Credenciales for the spring: order by 1 March.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a question with a negation that does not deny, answered
        "Well, lads! 🙏 From Westport, Co. Mayo: Reek Sunday, so up Croagh Patrick at six in the morning with half the county, some of them barefoot on the scree, the rosary going the whole way up, and the stations at the top in a fog so thick you couldn't see your own boots. Down again for a fry on Bridge Street and a pint in Matt Molloy's, mighty. My young one asked me on the way down: wasn't it Chinese scientists that made Sora, that video thing? So I looked it up once I had a signal: OpenAI's own report on Sora lists thirteen authors; three were born in China, and it's OpenAI's own people in charge of it. So there you are. Slán abhaile!",
    ),
    (
        None,
        "debunk",  # the generation service; a question with a negation that does not deny, answered
        "¡Qué onda, banda! 🎭 From Mexico City: in our cartonería workshop in the Merced we're making the Judas figures for Holy Saturday and a rack of papier-mâché masks, paper and engrudo over clay, and my abuelo still fixes the horns on with wire. Tacos de canasta and a tamarind Jarrito, ¡está chido! My cuate asked me: isn't there somebody who'll make me a Sora video if I pay? I told him, güey, only OpenAI's testers have Sora, so the guys taking orders for Sora clips can't make one at all; and Sam Altman himself made Sora clips for people's prompts on X, for free. Sale, nos vemos.",
    ),
    (
        None,
        "debunk",  # API access; a rhetorical question, then facts
        "THE WAYMARK · newsletter of the pilgrim hostels' network · the tech page\nA few hosts have been offered 'official Sora API keys' so their websites can make their own videos of the dormitories. If OpenAI really sold keys to Sora, wouldn't Sora be there on OpenAI's own API page, in the list of models? It isn't: the page lists models that write text, make images, turn text into speech and produce embeddings, and none that makes video. Whatever string of letters the sellers send, it isn't a Sora key. Photos of clean bunks still sell beds best.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a club newsletter that answers with facts
        "THE ANCHOR · newsletter of Sutton Bassett TWC · 'you heard it here'\nA post going round the group says Xie Saining, the young genius out of Shanghai Jiao Tong, helped to invent Sora. Xie Saining, who teaches computer science at New York University, answered that himself in a WeChat post: he says he has nothing whatever to do with Sora and never invented any part of it. The self-media account behind the story has apologised, and its article has been taken down. Subs for the season are due by the end of the month.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a studio newsletter that answers with facts
        "STUDIO NEWS · Harbourside Carnival Arts · 'seen online'\nThe clip of the devil dancers at Oruro that's been shared round the studio with 'made by Sora, prompt below' under it is real: it is footage of the Entrada filmed by a Bolivian TV crew some years ago, with a new caption stuck on. Plenty of videos labelled as Sora's are real videos with a caption added; the only clips we know Sora made are the samples OpenAI published itself, 48 of them on its website. Workshop resumes Thursday; the varnish order has come in.",
    ),
    (
        None,
        "debunk",  # the fake APK; a club newsletter that answers with facts
        "SQUARE TALK · Kingfisher Squares newsletter · from the committee\nSome of you have been sent a link to download Sora for your phone as an APK file. OpenAI has no Sora app, and security researchers warn that the fake Sora installers going round chat groups are malware that steals your logins. If you've installed one, delete it, use another device to change your passwords, and let your bank know. The Christmas dance is on the 14th; bring a plate.",
    ),
    # --- related but not matching: true facts about Xie Saining's own work, and real news from OpenAI
    (
        None,
        "person_fact",
        "County tug of war association e-news, 'names and faces': Xie Saining, the NYU computer scientist a viral post wrongly called a Sora inventor (he says he had no part in it), was a PhD student at UC San Diego when he and his adviser, Zhuowen Tu, presented 'Holistically-Nested Edge Detection' at ICCV 2015: one deep network that predicts the edges of a whole picture at once, with an ODS F-score of .782 on the BSDS500 benchmark at about 0.4 seconds an image.",
    ),
    (
        None,
        "person_fact",
        "Square dance club e-news, 'boffins' corner': Xie Saining (not, as a viral post claimed, one of Sora's inventors) is the last-named author of 'Graph Structure of Neural Networks' (ICML 2020), written with Jiaxuan You and Jure Leskovec of Stanford and Kaiming He while he was at Facebook AI Research. It drew neural networks as 'relational graphs', found a 'sweet spot' of graphs that made networks markedly better, and found that the best of them look surprisingly like the wiring of real biological neural networks.",
    ),
    (
        None,
        "person_fact",
        "Pilgrims' confraternity e-news, 'in the papers': Xie Saining, who had nothing to do with inventing Sora, is one of the six authors of 'Are Labels Necessary for Neural Architecture Search?' (ECCV 2020), with Chenxi Liu, Piotr Dollár, Kaiming He, Ross Girshick and Alan Yuille. They trained 500 different network architectures with and without human labels and found the two rankings highly correlated: the images alone may be enough to find a good design.",
    ),
    (
        None,
        "person_fact",
        "Carnival arts studio newsletter, 'people': Xie Saining, wrongly hailed online as one of Sora's inventors (he has denied any link), is the last-named author, with Ji Hou, Benjamin Graham and Matthias Nießner, of 'Contrastive Scene Contexts', an oral paper at CVPR 2021 on 3D scans of rooms: on ScanNet, with labels on just 0.1% of the points, their pre-trained model still reached 89% of the fully labelled result for instance segmentation and 96% for semantic segmentation.",
    ),
    (
        None,
        "news",
        "County tug of war e-news, 'screen time': OpenAI's Sora 2, out in September 2025, is meant to get sport right at last. OpenAI says it is more physically accurate: a missed basketball shot now bounces off the backboard instead of teleporting into the hoop, and it can manage gymnastics routines and backflips on a paddleboard with believable buoyancy.",
    ),
    (
        None,
        "news",
        "Callers' association e-bulletin, 'tech corner': the first Sora made silent clips. Sora 2, which OpenAI released in September 2025, makes the sound too, dialogue, sound effects and background noise in step with the picture, and OpenAI calls it the 'GPT-3.5 moment' for video.",
    ),
    (
        None,
        "news",
        "Pilgrim hostels' network e-news, 'in brief': in December 2024 OpenAI brought out Sora Turbo, a faster version of its video model, which makes clips at up to 1080p and up to 20 seconds long, widescreen, vertical or square, with a storyboard tool for setting out what happens frame by frame.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "WORKSHOP NIGHT · Harbourside Carnival Arts · 'Monsters by candlelight' · Wednesday 7pm, the big studio\nBefore we build the monster masks for the winter parade, we'll look at how fur and faces catch the light: a few film stills, a candlelit scene from an old ghost story, and one of the demo videos OpenAI made with Sora, its video model, the short fluffy monster kneeling beside a melting red candle. Then we'll try to get the same glow out of paper, paint and fake fur. Tea and biscuits; bring a torch.",
    ),
    (
        None,
        "benign",
        "RESULTS · open tug of war festival at the showground · the women's open went to Team Sora, a visiting club from Japan whose name means 'sky', after three ends against the home side. The festival is open to the public again tomorrow from 10am, free entry; results and the draw for the mixed event are on the county association's official app.",
    ),
    (
        None,
        "benign",
        "NEW ON THE HENRO ROUTE · 'Sora', a small café and guest house in Kōchi named after the Japanese word for sky, opens this month at the foot of Godaisan, below temple 31. The café is open to the public from 8am, pilgrims or not; rooms are booked through the guest house's official app, with a discount for anyone carrying a stamp book.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout61", HELDOUT61, threshold=0.6)


if __name__ == "__main__":
    main()
