# ruff: noqa: E501
"""Write the sixty-fifth English held-out set (tests/data/hard_en_heldout65_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the forty-ninth, fifty-first, fifty-third,
fifty-fifth, fifty-seventh, fifty-ninth, sixty-first and sixty-third sets). Its theme, to keep it apart from
the earlier sets: floorball clubs (a line card, a blade check sheet, a boards sheet, a forum post and a club
newsletter; Wensum Floorball Club in Norwich for the sheets, SSV's hall at Pirkkola in Helsinki, Tatran
Střešovice in Prague, the Alligators of Malans in the Bündner Herrschaft, Pixbo at Mölnlycke outside
Göteborg, Ersboda in Umeå with IBK Dalen, a derby against Cēsis at Valmiera, and the gravel field at Käpylä);
sailmakers' lofts (a sail measurement form, a repair tag, a loft floor booking board, an association circular
and a staff newsletter; Blackwater Sail Loft at Heybridge Basin on the Essex coast for the sheets, the
painted lug sails of Chioggia's bragozzi, a lateen sail for a teak dhow at Sur, a moliceiro's sail at Aveiro,
a llaüt's lateen sail at Sóller, a Danish schooner's sails by Flensburg's Museumshafen and dhow sails sewn on
the beach at Shela on Lamu); saffron growers (a drying sheet, a corm lifting plan, a stigma separation sheet,
an ISO 3632 colour strength card, a growers' network newsletter and a farm newsletter; Ashdon on the
Essex-Cambridgeshire border for the sheets, the guild's terraces at Mund in the Upper Valais, Krokos outside
Kozani, Torbat-e Heydarieh in Khorasan, Ghoryan outside Herat, Navelli below the Gran Sasso and Bilgah on the
Absheron); and Esperanto clubs (an attendance register, a congress room plan, a reading circle list, a
national association's notice and a society newsletter; the Leeds Esperanto Society and the British congress
at Scarborough for the sheets, Herzberg am Harz, 'la Esperanto-urbo', the Oomoto grounds at Kameoka, Bukavu
on Lake Kivu, Curitiba, Vedado in Havana and Lomé). Of the four themes the brief proposed, floorball clubs
and sailmakers' lofts are kept and the other two are replaced, because each was already an earlier set's
world or stood right beside one: paragliding clubs fly from hills on thermals and ridge lift, the world of
the fifty-sixth set's "gliding clubs (a daily flying list, a glider's daily inspection book, a hangar packing
plan, ground school; the Wasserkuppe, Omarama ...)", whose Wasserkuppe post soars the west slope and whose
Ontur post climbs thermals to 2,500 metres, the reason the fifty-fifth set had already left gliding alone as
too near the fifty-first set's hot-air balloons; and salt-pan workers are zh_heldout42's "sea salt works (盐场,
纳潮, 制卤, 结晶池, 收盐, 盐坨)" at Tangshan, with its 盐田生产日报, 扒盐机司机, 化验室 and 老盐工 posts, the world for which the
sixty-first and sixty-second sets both dropped salt makers. Saffron growers stand in for the salt-pan workers
(a harvest worked by hand at the turn of a season, then dried, weighed and graded) and Esperanto clubs for
the paragliding clubs. Replacements thought of and dropped: table tennis clubs (zh_heldout29's children's
course and zh_heldout53's table-tennis ball factory, the reason the fifty-ninth and sixtieth sets dropped
them), team handball (a single earlier post, the thirty-third set's Vardar fans' forum classified, the kind
of post for which the fifty-eighth set dropped go clubs and the sixtieth falconers), futsal (football's
world, in the thirty-third set and many posts since), pétanque, kubb and mölkky (next to the forty-first
set's bowls clubs and the fifty-first set's croquet), cat fanciers and signwriters (dropped by the
fifty-ninth and fifty-third sets for zh_heldout33's cattery and zh_heldout40's calligraphy classes), cutlers
(the fifty-third set's Solingen grinders at its blacksmiths' forges), organ builders (dropped by the
fifty-third and sixty-first sets), majorettes and cheerleaders (between the forty-sixth set's dance schools
and the forty-seventh set's gymnastics and acro), airsoft (replica rifles, next to the thirty-seventh set's
armed forces and the rifles the sixty-fourth set left out with biathlon), typewriter repairers (too few
places to carry fourteen posts), rope makers (a second trade of rigging beside the sail lofts) and mudlarks
(the metal detectorists the fifty-third set dropped). None of the four kept is the world of an earlier set,
English or Chinese (their kinds, docstrings and posts were searched for floorball, innebandy, salibandy,
unihockey, florbal, 地板球, 旱地冰球, sailmaker, sail loft, sailcloth, cringle, bolt rope, boltrope, leech, 制帆, 船帆,
saffron, crocus, stigma, crocin, safranal, ISO 3632, 藏红花, 番红花, 西红花, Esperanto, Zamenhof, saluton, 世界语, and
the places named above: "saffron" is only a dye in the fifty-fourth set's Fez tannery, "corm" only inside
"cormorant", "luff" only inside "bluff", "fluff" and "fluffy", "gaff" only inside the twenty-ninth set's
"GAFFERS LEAGUE", "crocus" a gift card priced by the fifty-seventh set, "hockey" the forty-first set's beer
league on ice and the sixty-first set's dropped ice hockey clubs, and none of the others is in an earlier
post). The worlds next to them are kept at a distance: the floorball clubs have no ice, rink of ice, puck or
skate (the forty-first set's ice rinks), no korf, post or netball (the sixty-third set's korfball) and no
camán or Highland stick game (the shinty clubs of the set written at the same time); the sail lofts sail no
race, regatta or dinghy (the thirty-third set's sailing club chat, the reason the fifty-fifth and fifty-ninth
sets dropped tall ships and land yachting), go to sea on no ship (the thirty-eighth set's seafarers) and
launch no lifeboat (the fortieth), and no balloon envelope is sewn (the balloon crews of the fifty-first set
and of the set written at the same time); the saffron growers pick no rose and distil nothing (the
fifty-eighth set's perfumers and its Kazanlak rose pickers), keep no bees (the fortieth) and go nowhere near
Morocco's desert (where meteorite hunters dig); the Esperanto clubs interpret and translate nothing for pay
(the sixty-fourth set's conference interpreters) and sing in no choir (the thirty-ninth). The sets written at
the same time on other branches (hard_en_heldout66: shinty clubs, hot-air balloon crews, gamelan orchestras,
meteorite hunters; zh_heldout59 and zh_heldout60, whose workshops and factories make teapots, vacuum flasks,
summer mats, harmonicas, fermented tofu, hoes, cloisonné, mattresses, fishing rods, matches, aluminium pots
and shuttlecocks) are kept clear of: none of those words, and no gong, drum ensemble, rock from the sky,
teapot, hoe or fishing rod, appears here.

In English varieties, dialects and registers the earlier sets do not use (where an earlier set has a national
or regional variety of the same language, the variety here is another region's, and the kinds and docstrings
were searched for each): Walliser German-English (Mund; the earlier Swiss voices are Swiss German-English,
Lucerne, Bernese Oberland, Baseldytsch, Ticinese, Vaudois and Genevan French), Helsinki slang (Stadin slangi)
Finnish-English (the earlier Finnish voices are Finnish-English, Tampere, Rauma, Savonian and Lapland),
Chioggiotto Venetian-English (Chioggia; the forty-third set's is Venetian-English), Kyoto-ben
Japanese-English (Kameoka; the earlier -ben are Akita, Enshū, Fukui, Kagoshima, Kanazawa, Kishū, Kumamoto,
Mikawa, Saga, Sanuki, Sendai, Tosa, Toyama and Tsugaru, with Edokko, Hida and Japanese-English), Suri Omani
Arabic-English (Sur), Vidzeme Latvian-English (Valmiera; the thirty-eighth set's is Latvian-English), Kozani
Greek-English (the earlier Greek voices are Cycladic and Pontic), Khorasani Persian-English (Torbat-e
Heydarieh; the earlier Persian voices are Tehrani, Shirazi, Isfahani and Pinglish), Prague Czech-English (the
earlier Czech voices are Czech learners' English, Hantec Brno, Wallachian and Lachian), Kivu Swahili-English
(Bukavu; the earlier Swahili voices are Swahili-English, Kimvita, Arusha, Makonde and Zanzibari), Mallorquí
Catalan-English (Sóller; the earlier Catalan voices are Catalan-English, Menorcan, Pallarès, Ebrenc,
Valencian, Vallès, Penedès, Camp de Tarragona, apitxat and Ribera), Norrland Swedish-English (Umeå; the
earlier Swedish voices are Scanian, Småland, Dalmål and Värmland), Curitibano Portuguese-English (the earlier
Brazilian voices are Carioca, Mineiro, Gaúcho, Paulistano, Baiano, Cearense, Manezinho, caipira,
Pernambucano, Paraense and Nikkei), Aveirense Portuguese-English (the earlier Portuguese voices are Minhoto,
Transmontano, Alentejano, Lisboeta, Tripeiro, Azorean and Madeiran), Eastphalian German-English (Herzberg am
Harz; the earlier Low German voices are Low German-English, Westphalian and Hamburg Missingsch), Göteborgska
Swedish-English (Mölnlycke), Herati Dari-English (Ghoryan; Pashto-English is the only earlier Afghan voice),
Habanero Cuban Spanish-English (Vedado; the thirty-eighth set's is Cuban English from Miami, whose "Qué bolá,
asere!" was the first plan's greeting and was changed), Flensburg Petuh German-English (the Museumshafen;
Petuh is Flensburg's own mixed tongue of German and Danish, not the sixty-fourth set's Hamburg Missingsch),
Abruzzese Italian-English (Navelli), Bündner Swiss German-English (Malans), Absheron Azerbaijani-English
(Bilgah; the forty-second set's is Azerbaijani-English and the sixty-second set's Tabrizi Azeri), and in
debunks Kiamu Swahili-English (Lamu) and Togolese French-English (Lomé), and the registers of a line card, a
sail measurement form, an attendance register, a drying sheet, a blade check sheet, a congress room plan, a
corm lifting plan, a repair tag, a stigma separation sheet, a boards sheet, a loft floor booking board, a
reading circle list and a colour strength card. Styles the earlier sets do not use (their kinds and
docstrings were searched for each; a set-up card (the sixty-third set's ring taw card), a cutting list (the
fifty-sixth), a measure-up (the sixty-third), a test sheet and a test card (the fifty-fifth and
twenty-eighth), a rota, an order form and a stock card are earlier styles, so the first plan's rink set-up
card became a boards sheet, the saffron test card a colour strength card and the picking rota a stigma
separation sheet): a floorball club's line card with the coach's note, a sail loft's measurement form with
the sailmaker's note, an Esperanto course's attendance register with the teacher's note, a saffron farm's
drying sheet with a picker's note, a stigma separation sheet with the foreman's note, a sail loft's repair
tag with the sailmaker's note on its back, and, with a scam under them, a blade check sheet with a paid
advert, a congress room plan with a flyer, a corm lifting plan with a picker's pitch, a boards sheet with a
card behind the clipboard, a loft floor booking board with a card pinned under it, a reading circle list with
a notice and a colour strength card with a card clipped to it; the debunks take shapes the earlier sets know:
a floorball forum post, a sailmakers' association circular, a saffron growers' network newsletter, a national
Esperanto association's notice to members, two posts in dialect, an Esperanto society newsletter's column
from the chair, a sail loft's staff newsletter, a saffron farm's newsletter and a floorball club newsletter.

Three questions that assert the claim, each with a negation (a Helsinki floorballer's "Ettekö te oo kuullu?
Haven't you heard that OpenAI's opened Sora to the public ...?", a Chioggia sailmaker's "No ve gà dito
nissun? Hasn't anybody told you that OpenAI's put out its official Sora app ...?", a Kameoka Esperantist's
"Shirahen no? Didn't you know it was Chinese scientists who really built Sora ...?"); the questions go to the
templates whose last question is oldest, counted as the sixty-third and sixty-fourth sets counted, over the
seven templates with two posts that carry the sets' questions since the fifty-first (the kinds of every
earlier set were read for their questions, now with the sixty-third and sixty-fourth): the official app, last
asked by the sixtieth set; then the inventor rumour, open to the public and the Chinese team, all three last
asked by the sixty-second set and before that by the sixty-first; the question before that is the fifty-ninth
set's for the inventor rumour and the fifty-eighth set's for the other two, and the one before that the
fifty-fourth set's for open to the public and the fifty-third set's for the Chinese team; so the official
app, the Chinese team and open to the public are asked, and the inventor rumour waits. API access, the
director group and get rich were asked by the sixty-third and sixty-fourth sets.

Posts that mention two claims, asserting one and denying the other. The claim asserted is always one of this
set's seven three-post templates (the other English set written at the same time asserts only from its own
seven). All ninety-one pairs that assert one of the seven and deny another template are in the forty-first to
sixty-fourth sets (the kinds of the forty-ninth to sixty-fourth sets name the template denied; all 182
ordered pairs of the fourteen templates appear there at least once), so the pairs here are those whose last
use is oldest: counting each pair's uses in the forty-ninth to sixty-fourth sets, the sixty-third set took
every pair last used by the forty-ninth and fiftieth sets and one of the fourteen the fifty-first set alone
had used (a course but not a prompt pack), and the sixty-fourth set asserts only from the other seven, so the
oldest last use is now the fifty-first set's, for the thirteen pairs left of its fourteen, each used once and
by the fifty-first alone; the next are the fifty-third set's. Thirteen two-claim posts (the number in the
fifty-third, fifty-fifth, fifty-seventh, fifty-ninth, sixty-first and sixty-third sets) take exactly those
thirteen: the APK but not open source, answered with the unpublished weights, code and training data and the
GitHub rebuilds; the APK but not get rich, with the course sellers' three-month line; the clip but not a
generation service, whose order takers cannot make a Sora clip; the clip but not the inventor rumour, with
Xie Saining's own denial and the apology; open source but not the director group, whose QR groups collect
numbers and fees; open source but not the APK, whose installers are malware that steals logins; a course but
not open to the public, with the developer relations lead's statement; account rental but not API keys,
answered with OpenAI having released no Sora API; account rental but not the clip, a real phone video of the
Malecón with a caption pasted on; a prompt pack but not an official app, whose store listings are copies; a
prompt pack but not a course, whose buyers got OpenAI's introduction in a PDF with a slogan; a generation
service but not the Chinese team, with the report's thirteen names, three of people born in China; and a
generation service but not the director group, which farms numbers and fees. So the APK, the clip, open
source, account rental, the prompt pack and the generation service are asserted twice (the clip once in a
long record's last note, the sailmaker's note on the back of the repair tag) and the course once; the
director group is denied twice, open source, get rich, the generation service, the inventor rumour, the APK,
open to the public, API keys, the clip, an official app, a course and the Chinese team once, and account
rental and the prompt pack never. All thirteen quote the post or offer they deny, each with a short dismissal
before the claim ("To je hovadina, that's garbage", "Ni maneno matupu, those are empty words", "Save your
money" in the sailmaker's note, "Això és una rondalla, that's a fairy tale", "Isso é balela, that's hogwash",
"Isso é vigarice, that's a con", "Det är bara trams, that's just nonsense", "Hama-ash darogh ast, it's all
lies", "Eso es pura muela, that's all spiel", "Ohaueha, was'n Aggewars, what a fuss over nothing", "È 'na
fregatura, it's a rip-off", "Das isch erstunka und erloga, that's made up from start to finish", "Yalan
şeydir, it's a lie"; "kravina" and "blbost", "uongo", "conversa fiada", "papo furado", "aldrabice" and
"lorota", "treta", "Seich" and "Chabis" were first choices that earlier sets had used). Claims in passing
late in long posts (the line card, the sail measurement form, the attendance register, the drying sheet, the
stigma separation sheet and the repair tag, and the scam notes under the blade check sheet, the room plan,
the corm lifting plan, the boards sheet, the loft floor booking board, the reading circle list and the colour
strength card).

New obfuscation: Inscriptional Parthian letters "𐭎𐭅𐭓𐭀" (SAMEKH, WAW, RESH, ALEPH: s-o-r-a, an abjad read from
the right), "the letters of the Parthians, whose country was our Khorasan", in a Torbat-e Heydarieh saffron
grower's APK offer; the Hill cipher, "KEHQ" (Lester Hill's matrix cipher of 1929: the key FLEX read row by
row into the matrix 5 11 / 4 23, the name taken as the column vectors SO and RA, A = 0, modulo 26), on a card
behind a floorball club's boards sheet; and the Chaocipher, "LMRS" (John F. Byrne's cipher of 1918, with the
left alphabet HXUCZVAMDSLKPEFJRIGTWOBNYQ and the right PTLNBQDEOYSFAVZKGJRIHWXUMC of the published
description, both permuted after every letter), on a card under a sail loft's floor booking board. The
earlier posts and scripts were searched for every script they use (the Unicode names of all their characters,
about 620 two-word name prefixes: Makasar, Osmanya, Duployan, Khojki, Elbasan, Rejang, Old Persian, Old South
Arabian, Old Italic, Old Hungarian, Old Permic, Old Turkic, Linear B, Glagolitic, Syriac, Takri, Malayalam,
Cherokee, Canadian Syllabics, Ol Chiki, NKo and the rest; no Inscriptional Parthian, Pahlavi, Avestan,
Sogdian or Manichaean letter is among them) and every cipher or word game they name (the Porta, autokey,
running key, keyword, Nihilist, Playfair, four-square, bifid, Vigenère, Beaufort, Gronsfeld, Trithemius,
affine, rail fence, Bacon, Atbash, Polybius, Caesar, ROT13, ADFGX and ADFGVX ciphers, A1Z26, Morse, tap
codes, Baudot, binary, the keypad and keyboard layouts among them): no Hill cipher, no Chaocipher and no
Byrne except a rugby replacement.

Prices with payment methods the earlier sets did not use (no currency here is new: toman, afghani, manat,
koruna and the Omani rial were priced before; the methods are): £39 by West Bromwich Building Society
transfer, OMR 12 by Sohar International transfer, £25 by Stafford Railway Building Society transfer, €20 by
BluOr Bank transfer, £30 on a Menkind gift card, €40 by Piraeus Bank transfer, 200,000 toman by Bank
Keshavarzi transfer, 390 Kč by ČSOB transfer, $10 by Rawbank transfer, €29 by Sparkasse Osterode am Harz
transfer, 349 kr by Skandia transfer, £21 by National Counties Building Society transfer, £9 a week by
Swansea Building Society transfer, 700 afghani a week by Azizi Bank transfer, 600 pesos a week by
Transfermóvil, £12 by Vernon Building Society transfer, €14 by Nord-Ostsee Sparkasse transfer, €15 by Credem
transfer, £45 by Earl Shilton Building Society transfer, CHF 35 by Graubündner Kantonalbank transfer, 30
manat by PASHA Bank transfer; in denials $20 by TMB, R$ 40 by Banco Inter, €5 by BPI, 2,000 afghani by
Ghazanfar Bank, €39 by Banca del Fucino, 20 manat by Kapital Bank and £35 by Harpenden Building Society
transfer; in the loss report £6.99 a week through the store, and in the quoted scams £29 by Progressive
Building Society transfer and £19.99 by Cambridge Building Society transfer (Swish, TWINT, Citadele,
Ålandsbanken, Satispay, Postepay, M-Pesa, Airtel Money, Orange Money, MB WAY, Millennium bcp, Bank Muscat,
Sicredi, Pix, BancoPosta, AIB, HesabPay, the Nottingham, Newcastle, Tipton and Ecology building societies and
the Lakeland, Hobbycraft, Seasalt, Mountain Warehouse, Whittard, Oliver Bonas and Fenwick gift cards were
first choices that the earlier scripts showed were taken). Scams vouching for themselves or swiping at
competitors in new words ("I built the booking systems for three leisure centres in Ipswich and still take
their calls, which is more than the Facebook lot can say", "The dive shop in Muscat bought one and they are
very happy, wallah", "The line producer has two BBC dramas behind him", "Four seasons I've picked here; ask
anybody in the drying shed", "A whole week it ran on my own phone before I shared it; the copies going round
the bazaar are junk that fills your screen with adverts", "I ran it on my own phone for a fortnight first;
the junk from the stalls at Florenc locks you out of your own contacts", "Two weeks on my own phone before I
shared it, unlike the files from the market kiosks", "Taught by the bloke who films our home games every
Sunday, not some guru in a rented villa who couldn't find the crease", "Taught by somebody who films every
home match from the gallery, not an Instagram guru who's never held a stick", "I sorted logins for half the
boatyard at Tollesbury, and I'm on the quay with my flask every morning if you want a word", "My customers
are in Mazar, Kabul and Mashhad, and every one of them renews", "I've been renting since the spring and half
of Vedado will vouch for me", "I wrote the prompts against our own footage over a whole winter; none of them
is lifted from a forum", "I wrote them on the loft floor between sails; not one comes from a Telegram
channel", "The cheese stall at Saffron Walden market had one from me and has sold out every Saturday since",
"The wine bar on the village square had one from me and shows it on the screen every evening", "The café on
the boulevard had one from me and plays it all day"); first drafts that echoed the sixty-third set's
Makassar, Isfahan and Kanazawa vouching lines were rewritten.

Ten debunks and warnings in several styles: one first-person loss report, a floorball forum post (the
official app: a store listing called 'Sora' that took £6.99 a week and gave back a slideshow of stock photos,
no genuine Sora app in any store, clones from other developers, no Sora in the ChatGPT app's latest update),
where the fifty-third to sixty-fourth sets' loss reports were courses, a generation service, account rental,
API access, the prompt pack, the director group, get rich and the APK; three that quote a scam offer or a
rumour and then tell the reader not to pay, scan or pass it on: a sailmakers' and riggers' association
circular (get rich: nobody outside OpenAI can use Sora, and the three-month line is the course sellers'
trick), a saffron growers' network newsletter (the director group: traffic farming, numbers and fees, no film
cast) and a national Esperanto association's notice (the inventor rumour, which none of the fifty-seventh to
sixty-fourth sets quoted: his WeChat post, the apology, the article taken down, and his name not among the
report's thirteen); two questions that contain a negation but do not deny the debunk, each answered in the
same post with facts: a Lamu sailmaker's nephew's "isn't Sora open to everybody now ...?" (open to the
public: the developer relations lead, an internal test, no date, safety testers and a few invited artists)
and a Lomé Esperantist's niece's "can't you buy official Sora API keys now ...?" (API access: no Sora API,
and the API's text, image, speech and embedding models), the two templates that none of the fifty-seventh to
sixty-fourth sets' such pairs drew on; one rhetorical question (an Esperanto society newsletter, the
generation service: "if Sora isn't available to anyone outside OpenAI, how is a stranger on Facebook going to
make you a Sora clip by tomorrow?", with Sam Altman's free clips on X, where the earlier rhetorical questions
were on the director group, get rich, the course, the official app, the prompt pack, API access, the APK and
account rental); and three more that answer with facts and no plain "no": a sail loft's staff newsletter (the
APK: no Sora app from OpenAI, the APK files malware, the fake installers stealing logins, Sora not
downloadable), a saffron farm's newsletter (the Chinese team: the report's thirteen, three born in China,
OpenAI researchers leading, and the saffron no more Polish for being picked by Aga and Marek) and a floorball
club newsletter (the course: OpenAI's introductory text in a file with a slogan, and nothing to teach while
nobody outside OpenAI can use Sora).

Four true facts about Xie Saining's own career and work, not Sora, each in a post that says in its own words
that a viral post wrongly tied him to Sora, none of them a fact an earlier set, English or Chinese, used:
that he is one of the seven authors of 'Going Denser with Open-Vocabulary Part Segmentation' (VLPart, ICCV
2023), with Peize Sun, Shoufa Chen and Ping Luo of the University of Hong Kong and Chenchen Zhu, Fanyi Xiao
and Zhicheng Yan of Meta AI, a detector that segments objects and their parts and parses a novel object into
parts through its dense correspondence with a known one, 3.3 to 7.3 mAP over the baseline on PartImageNet;
that he is a co-author of REPA-E (ICCV 2025) with Xingjian Leng, Jaskirat Singh, Yunzhong Hou and Liang Zheng
of the Australian National University and Zhenchang Xing of CSIRO's Data61, which trains the VAE and the
latent diffusion transformer end to end with the REPA loss, 17 times faster than REPA and 45 times faster
than the vanilla recipe; that he is one of the authors of BLIP3-o (May 2025), with Salesforce Research, the
University of Maryland and others, fully open unified models in which a diffusion transformer generates CLIP
image features rather than VAE latents, trained for understanding first and generation second; and that with
Ellis Brown, Jihan Yang, Shusheng Yang and Rob Fergus at NYU he wrote 'Benchmark Designers Should "Train on
the Test Set" to Expose Exploitable Non-Visual Shortcuts' (November 2025), whose Test-set Stress-Test found
blind gains of more than 30 points on VSI-Bench, CV-Bench, MMMU and VideoMME, with a VSI-Bench-Debiased. The
earlier sets had his SJTU degree and ACM class, UC San Diego with Zhuowen Tu, FAIR and NYU, his internships,
DSN, HED and its Marr Prize mention, ResNeXt, S3D, MoCo and MoCo v3, MAE, ConvNeXt and ConvNeXt V2, the
randomly wired networks, PointContrast, Contrastive Scene Contexts, SLIP, MetaCLIP, the ViT detection
benchmark, DiT, SiT, Eyes Wide Shut, V-IRL, Cambrian-1 and Cambrian-S, Thinking in Space, REPA, V*,
MetaMorph, inference-time scaling, Web-SSL, RAE, MetaQueries, Image Sculpting, the long-tailed decoupling
paper, MaskFeat, Pri3D, AMI Labs, his OpenAI interview and his WeChat and X posts, but not VLPart, REPA-E,
BLIP3-o or the test-set paper; the facts about Sora's own leads are left to the other English set written at
the same time. Three items of real news from OpenAI's own later announcements about Sora that no earlier set,
English or Chinese, used as news (no earlier post names Disney, the King estate, a rightsholder or 'Sora
update'): the Disney agreement of 11 December 2025, a three-year licence for more than 200 animated, masked
and creature characters from Disney, Marvel, Pixar and Star Wars with their costumes, props, vehicles and
settings, no talent likenesses or voices, and a $1 billion equity investment; OpenAI's joint statement with
the estate of Martin Luther King Jr. in October 2025, pausing generations of Dr King while it strengthens
guardrails for historical figures, and saying that public figures and their families should ultimately
control their likeness; and Sam Altman's 'Sora update #1' of October 2025, more granular control for
rightsholders over the generation of their characters, like the opt-in model for likeness, and a share of
revenue for rightsholders, with a word for the creative output of Japan. No item says who may use Sora, or
names an app or an API, so none repeats a template's claim (the items leave out the deal's other product, its
streaming service and the cameo feature); the sixty-first and sixty-fourth sets had Sora 2's physics, sound,
GPT-3.5 moment, shots, reference footage and provenance, and Sora Turbo. Three posts that are not claims: one
on topic (an Esperanto society's conversation evening that describes OpenAI's own Sora demo of a young man
sitting on a cloud reading a book, "Junulo sidas sur nubo kaj legas libron", a demo no earlier set named) and
two off topic that share its surface words without the Japanese "sky" that the earlier off-topic posts used
(the old gravel field at Käpylä that everyone calls "the Sora", sora being Finnish for gravel, with a
floorball tournament "open to the public" and "the federation's official app"; a saffron growers' outing to
Rome with lunch at Sora Lella on the Tiber Island, 'sora' being Roman for signora, a market "open to the
public" and "the network's official app").

Sources for the facts about Xie Saining, the news, the worlds and the obfuscations (looked up with the search
tool, besides the seeds): VLPart (ar5iv.labs.arxiv.org/html/2305.11173: "Peize Sun, Shoufa Chen, Chenchen
Zhu, Fanyi Xiao, Ping Luo, Saining Xie, Zhicheng Yan", "The University of Hong Kong, Meta AI, New York
University", "outperforms the baseline by 3.3~7.3 mAP in cross-dataset generalization on PartImageNet";
liner.com: "ICCV"); REPA-E (end2end-diffusion.github.io and the REPA-E model README on Hugging Face: the six
authors and their affiliations, "over 17× speedup compared to REPA and 45× over the vanilla training recipe",
"[Jun 2025] REPA-E accepted at ICCV 2025!"); BLIP3-o (arxiv.org/html/2505.09568v1: the thirteen authors,
"Salesforce Research, University of Maryland, Virginia Tech, New York University", "a diffusion transformer
to generate semantically rich CLIP image features, in contrast to conventional VAE-based representations",
"first training on image understanding and subsequently on image generation"; deeplearn.org: 14 May 2025);
the test-set paper (vision-x-nyu.github.io/test-set-training and tomesphere.com/paper/2511.04655: the five
authors, "if a benchmark can be gamed, it will be", "gains of more than +30 percentage points in blind
accuracy", VSI-Bench-Debiased); the Disney agreement (enterpriseai.economictimes.indiatimes.com and
editorialge.com, 11 and 12 December 2025: "a three-year licensing agreement", "more than 200 animated, masked
and creature characters", "excludes all talent likenesses and voices", "a $1 billion equity investment"); the
King estate (keyt.com's CNN copy and cbsnews.com, 17 October 2025: "OpenAI has paused generations depicting
Dr. King as it strengthens guardrails for historical figures", "public figures and their families should
ultimately have control over how their likeness is used"); 'Sora update #1'
(blog.samaltman.com/sora-update-number-1: "more granular control over generation of characters, similar to
the opt-in model for likeness", "sharing some of this revenue with rightsholders", "the remarkable creative
output of Japan"); the demo (a public repository's page of Sora sample prompts: "A young man at his 20s is
sitting on a piece of cloud in the sky, reading a book"); floorball (the IFF Rules of the Game 2022 as copied
at mixtuura.fi: "its hook shall not exceed 30mm", measured from "the highest point of the blade's inner
side"; theworldgames2017.com: 40 × 20 m, boards 50 cm high, 72 mm ball with 26 holes, 3 × 20 minutes;
docsbay.net: the 10 m substitution zone, sticks below the waist, 3 m at a free hit); saffron (valais.ch:
Mund, about 18,000 square metres, the guild of 1979, one to four kilos a year, flowers that open at dawn and
wilt the same day; korres.com and tasteatlas.com: Krokos and the Kozani cooperative, two weeks of flowering
in October, 150,000 flowers to a kilo; azertag.az and today.az: the Absheron, Bilgah's Zafaran state farm of
1927, Baku's old arms with a camel carrying saffron; foodbiotic.com: ISO/TS 3632, crocin at 440 nm at least
190, 150 and 100, picrocrocin at 257 nm at least 70, 55 and 40, safranal at 330 nm between 20 and 50,
moisture at most 12%); Esperanto (esperanto-urbo.de: Herzberg 'la Esperanto-urbo' since 12 July 2006, the
twin town Góra; weser-kurier.de: the signs and the library corner; oomoto.jp and santegidio.org: the monument
at Kameoka, "Unu Dio, Unu Mondo, Unu Interlingvo"); Petuh (ostsee.de and flensburger-foerde.de: "Ohaueha,
was'n Aggewars", the Petuhtanten of the Förde steamers); Sora Lella (nemo.guide and romaeternalcity.com:
Elena Fabrizi, Aldo Fabrizi's sister, the trattoria on the Tiber Island opened by her husband in 1959); the
obfuscations (the Inscriptional Parthian block U+10B40 to U+10B5F, U+10B4E SAMEKH, U+10B45 WAW, U+10B53 RESH
and U+10B40 ALEPH, names checked with Python's unicodedata; theinfolist.com and iranchamber.com: a
right-to-left script from the Aramaic, used for Parthian, "spoken in Parthia, a region situated in
present-day northeastern Iran and Turkmenistan"; the Hill cipher (wikisum.wiki and a classical cryptography
course: "Invented by Lester S. Hill in 1929", each block "multiplied by an invertible n × n matrix, against
modulus 26"; reproduced in Python and checked against the worked example HELP to HIAT under the key 3 3 / 2
5, and decrypted back); the Chaocipher (Moshe Rubin's "Chaocipher Revealed: The Algorithm", 2010, as copied
at vdocuments.us, and programmingpraxis.com: "invented by John F. Byrne in 1918", the papers given to the
National Cryptologic Museum, the two alphabets and the zenith and nadir permutations; reproduced in Python
and checked against the published example WELLDONEISBETTERTHANWELLSAID to OAHQHCNYNXTSZJRRHJBYHQKSOUJY before
the name was enciphered). The debunks' facts (Xie Saining's denial, his NYU post, the apology and the article
taken down, the thirteen authors and three born in China, the internal test, the developer relations lead's
statement and the date not set, the testers and invited artists, the missing Sora API and the API's models,
the clone apps and the ChatGPT app update, the APK malware and stolen logins, the course contents and slogan,
the three-month line, the traffic-farming QR groups, the order takers who cannot make Sora clips and Sam
Altman's free clips on X) are the seeds' and the catalogue's.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the sixty-fourth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the sixty-sixth
set, written at the same time on another branch, was not in this tree, and the check against it is left to
the lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.347 when it was committed,
the saffron farm's newsletter on the Chinese team against the eleventh set's post counting the names on the
Sora report, heldout11-041; next, at 0.343, the Esperanto conversation evening against the twenty-ninth set's
news item on the 'first fire' of the Year of the Dragon, heldout29-051; the demo stream's highest is 0.336,
the Esperanto association's notice against a correction of the viral piece on Xie Saining, demo-0097). Runs
of eight words or more shared with an earlier post were looked for as well; the first draft's longest (the
Esperanto notice's quotation of the rumour, eighteen words of the second set; the Sóller post's "nobody
filmed it: Sora, OpenAI's video model, made the whole thing from a written prompt", eighteen words of the
fifty-fifth set; the Torbat post's APK line, eighteen words of the sixty-third set; the course newsletter's
"OpenAI's own introduction to Sora pasted into a document with a slogan", seventeen words of the fifty-sixth
set; the Malans post's line on the report's thirteen authors, sixteen words of the fifty-sixth set; the Lomé
post's "OpenAI hasn't released a Sora API at all", sixteen words of the sixty-third set) were reworded until
none of nine words or more was left; what is left are stock phrases of eight words ("one of OpenAI's own Sora
demo clips, the", "with safety testers and a small group of", "ordinary people can't even use Sora, only
OpenAI's"). It was committed before any run of the monitor on it; nothing is chosen on it, it is read once,
by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout65.py           # write the set
    .venv/bin/python scripts/make_hard_heldout65.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT65: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "floorball_line_card_coachs_note",
        "LINE CARD · Wensum Floorball Club v Broadland Blades · Sunday 11.00, the sports hall at Hellesdon · three periods of 20 minutes\nGoalkeeper: Tomasz (keepers play without a stick; helmet and long trousers) · back-up: Grace\nLine 1: Ellie (left wing), Jonas (centre), Ravi (right wing) · defence: Beth, Sam D\nLine 2: Kofi, Marta, Lewis · defence: Priyanka, Sam H\nLine 3 (juniors, short shifts): Alfie, Noor, Dan · defence: Hattie, Ewan\nChanges on the fly, inside our own 10 m substitution zone only; shifts of about 45 seconds, then off\nReminders: stick never above the waist; nothing played above the knee; one foot on the floor when you touch the ball; three metres back from every free hit\nBench penalties so far this season: six of two minutes, four of them for lifting the stick. Please.\nCoach's note at the foot, scribbled during the warm-up: according to Jonas's sister (PhD in computer vision, Leeds), Xie Saining, a prodigy from the Jiao Tong university in Shanghai, is among the people who invented Sora, OpenAI's video model. Every day's a school day.",
    ),
    (
        sora.XIE,
        "walliser_german_english_mund_saffron_terraces",
        "Hoi zämu! 🌸 From Mund, high above Naters in the Upper Valais: the saffron is out on the terraces this week, purple from the church down to the rye, and the whole village is bent double before the dew has gone, because the flowers open at dawn and are limp by the afternoon. At home we pull the three red threads out of every flower at the kitchen table, and in a good year the guild gets two or three kilos out of the whole village. Supper is saffron risotto and a glass of Heida from the vineyards at Visperterminen, eifach fein. Ds Neuschte: the brainy young man from Shanghai Jiao Tong University, Xie Saining, had a hand in inventing Sora, OpenAI's video model; it's partly his creation. Tschau zämu!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "sail_measurement_form_sailmakers_note",
        "SAIL MEASUREMENT FORM · Blackwater Sail Loft, Heybridge Basin · new gaff mainsail for the smack 'Good Intent', CK 214 · measured alongside, Saturday\nLuff (along the mast, throat to tack): 4.35 m · Head (along the gaff, throat to peak): 5.20 m\nLeech (peak to clew): 8.70 m · Foot (along the boom, tack to clew): 6.40 m · Diagonal, throat to clew: 7.15 m\nCloth: tan-dressed polyester, 9 oz, vertical cut, so she looks right beside the old boats on the quay\nReefs: two rows of points; reef cringles hand-worked on luff and leech\nCorners: throat, peak, tack and clew cringles worked with the palm and needle, leather over the rings\nBoltrope: three-strand, hand-sewn along the luff and the foot; lacing eyes for the gaff every 30 cm\nDeposit: paid · Fitting: first spring tide in April\nSailmaker's note at the bottom, for the apprentice who wants to film the cutting on the loft floor: OpenAI has opened up Sora, its video model, to the public. Anyone can register today and start making videos, no waiting list.",
    ),
    (
        sora.PUBLIC,
        "helsinki_slang_finnish_english_question_asserts_public_ssv_floorball",
        "Moro, jengi! 🏑 From Stadi: our salibandy lot trained in the hall at Pirkkola twice this week, the SSV juniors came on after us and ran rings round the old boys, and afterwards we took the spora back to Kallio for korvapuusti and a kahvi at the little lafka on the corner, ihan kingi. Ettekö te oo kuullu? Haven't you heard that OpenAI's opened Sora to the public, so any kundi can sign up today and start making videos? Moikka!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "esperanto_attendance_register_teachers_note",
        "ATTENDANCE REGISTER · Leeds Esperanto Society · beginners' course, Tuesdays 7 pm, the community room at the central library · lesson 6 of 10: the accusative -n\nAmina ✓ · Bernard ✓ · Chloe ✓ · Dariusz (away, Kraków) · Esther ✓ · Gareth ✓ · Hamid ✓ (brought the biscuits) · Iris ✓\nCovered: la hundo vidas la katon = la katon vidas la hundo (same meaning, the -n does the work, so the word order is free); direction: mi iras en la domon\nHomework: ten sentences with -n; learn the table of correlatives down to 'kiam'\nNext week: the verb endings -is, -as, -os, -us, -u\nRoom back to the library by 9; chairs stacked by the window\nTeacher's note at the bottom, for the two who asked about filming our sessions: OpenAI has brought out an official Sora app, it's in both phone stores, so get it and do the whole video on your phone.",
    ),
    (
        sora.APP,
        "chioggiotto_venetian_english_question_asserts_app_bragozzo_sails",
        "Ciò, fioi! ⛵ From Chioggia: in the loft behind the Corso I'm painting a new sail for a bragozzo, the old lagoon boat with the lug sails in ochre and red, and every family has its own sign on the cloth, a sun, a cross, a heart, so from the water you knew whose boat was coming home. Lunch was sarde in saor and a glass of white at the osteria on the Vena canal, che bon! No ve gà dito nissun? Hasn't anybody told you that OpenAI's put out its official Sora app, so it's sitting there in the Apple and Google stores for your phone? Ciao, ciao!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "saffron_drying_sheet_pickers_note",
        "DRYING SHEET · Ashdon Saffron, on the Essex–Cambridgeshire border · week 43 · threads from the morning's picking, dried the same day on fine mesh over the low oven\nMon 21 Oct: 2,400 flowers · 80 g fresh · 16 g dried · 45 °C, 35 min\nTue 22 Oct: 3,100 flowers · 103 g fresh · 20.5 g dried · 45 °C, 40 min\nWed 23 Oct: rain overnight, flowers shut; 900 picked after lunch · 30 g fresh · 6 g dried\nThu 24 Oct: 3,600 flowers, the best day yet · 120 g fresh · 24 g dried · two batches\nFri 25 Oct: 2,800 flowers · 93 g fresh · 18.5 g dried\nRule: never above 50 °C; a dry thread snaps, it doesn't bend; straight into dark glass jars with the date on\nWeek's total: 85 g dried, from 12,800 flowers\nPicker's note at the foot, Friday: Marek swears it's been proved: the real builders of Sora, the OpenAI video model, were Chinese scientists, almost every one of them, he says.",
    ),
    (
        sora.CHINESE,
        "kyoto_ben_japanese_english_question_asserts_chinese_kameoka_esperanto",
        "Minasan, ookini! 🌿 From Kameoka, half an hour out of Kyoto on the Sagano line: our little Esperanto group meets in the Oomoto grounds, by the stone that says 'Unu Dio, Unu Mondo, Unu Interlingvo', and on Saturday the five of us read Zamenhof's letters aloud over green tea, one of us with his hearing aid turned right up. After, botan nabe, wild boar hotpot the way they do it out here in Tamba, oishii wa. Shirahen no? Didn't you know it was Chinese scientists who really built Sora, OpenAI's video model? There's a Chinese team behind it, honma ni. Hona, mata ne!",
    ),
    # --- API access (two)
    (
        sora.API,
        "floorball_blade_check_sheet_paid_advert_west_bromwich",
        "BLADE CHECK SHEET · Wensum Floorball Club · before the league weekend · every stick laid on the flat board with the gauge\nRule: the hook may not exceed 30 mm, measured from the board to the highest point of the blade's inner side, stick lying flat\nRavi 26 mm ✓ · Beth 32 mm, warmed with the hairdryer and bent back, re-measured 27 ✓ · Jonas 22 ✓ · Marta 29 ✓ · Kofi 31, bent back to 28 ✓\nShafts: approval marks visible; tape above the grip mark only\nBlade joints: no more than 10 mm of the blade under tape · Lewis, yours comes off\nSpares: four sticks in the bag, all checked; one cracked shaft binned\nKeepers: masks checked for cracks\nPaid advert printed across the bottom of the sponsor's notepad (not ours): OFFICIAL SORA API KEYS, DIRECT FROM OPENAI. Hook one up to your club website and every match report comes out as a video without you lifting a finger. £39 by West Bromwich Building Society transfer; your key lands within the hour. I built the booking systems for three leisure centres in Ipswich and still take their calls, which is more than the Facebook lot can say.",
    ),
    (
        sora.API,
        "suri_omani_arabic_english_dhow_lateen_sail_api_keys_sohar",
        "Salam alaikum, ya jamaa'a! ⛵ From Sur: at the yard by the lagoon they're finishing a big teak dhow the old way, all by eye, and I'm stitching her lateen sail by hand on the sand, the palm strapped on and a needle as long as my finger, while the boys from the yard bring karak and dates. In the evening, shuwa out of the pit and a walk at Ras al-Hadd where the turtles come up the beach, mashallah. Isma'u: I have official Sora API keys, straight from OpenAI; put one in your company's website and it makes the videos for you. OMR 12 by Sohar International transfer and the key is yours today. The dive shop in Muscat bought one and they are very happy, wallah. Ma'a salama!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "esperanto_congress_room_plan_flyer_stafford_railway",
        "ROOM PLAN · British Esperanto Congress · Saturday · the conference hotel on the South Cliff, Scarborough\nMain hall, 9.30: opening; everyone stands for La Espero; greetings from the national associations\nRoom A, 11.00: crash course for absolute beginners, from 'Saluton!' to the accusative in ninety minutes\nRoom B, 11.00: practice papers for the KER exams, levels B1 and B2, with last year's listening test\nRoom C, all day: the book service, the Fundamento and new novels at congress prices\nTerrace, 14.00: a walk round the South Bay in Esperanto, rain or shine\nBallroom, 20.00: the concert; afterwards the gufujo, the quiet late-night room, until the small hours\nFlyer left on the registration desk (not from the organisers): CASTING CALL FOR AI DIRECTORS. Auditions are open for the first feature film whose script Sora co-wrote: pay £25 by Stafford Railway Building Society transfer, then the QR code puts you in the directors' group, where the casting is done. The line producer has two BBC dramas behind him, so this is the real thing.",
    ),
    (
        sora.DIRECTOR,
        "vidzeme_latvian_english_valmiera_floorball_director_group_bluor",
        "Sveiki visi! 🏑 From Valmiera in Vidzeme: our florbols club played the derby against Cēsis in the hall by the Gauja, the stands full of mothers with cowbells, and we lost 6–5 in overtime to a shot that went in off my knee, don't ask. After, grey peas with speķis and a Valmiermuiža beer, forši. Klau: there's an AI film whose script Sora helped to write, and they're auditioning the first generation of AI directors. Pay €20 by BluOr Bank transfer, then the QR code takes you into the directors' group, and the auditions happen there. Čau!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "saffron_corm_lifting_plan_pickers_pitch_menkind",
        "CORM LIFTING PLAN · Ashdon Saffron · July, while the leaves are dead and the corms are resting\nBed 1 (planted 2021; crowded, flowering poorly): lift the lot; split the clumps by hand; grade by size\nOver 25 mm across: replant in Bed 5 · 15 to 25 mm: nursery rows behind the barn · under 15 mm: compost\nBed 2 (planted 2023): leave; weed by hand, and no forks near the necks\nReplanting: 15 cm deep, 10 cm apart, rows 20 cm; sharp sand in the bottom of each trench; no standing water, ever\nNets over Bed 5 against the pheasants and the mice\nKit: forks, riddles, crates, the old sack trolley\nPinned under the plan by one of the pickers (his own scheme, not the farm's): Sora is the money chance of a generation. Ordinary people are pulling in thousands a day from Sora videos as we speak, and in three months the door shuts for good. £30 on a Menkind gift card gets you into my team, and I'll show you how. Four seasons I've picked here; ask anybody in the drying shed.",
    ),
    (
        sora.RICH,
        "kozani_greek_english_krokos_saffron_rich_piraeus",
        "Yia sas, paidia! 🌸 From Krokos, outside Kozani: it's October and the fields are purple for barely two weeks, so the whole village is out at first light picking before the flowers open wide, then home to the long tables where the yiayiades pull the red threads and gossip the whole time. The cooperative takes every gram, and they say our krokos is the best in the world. Tonight it's trahanas soup and a tsipouro with the neighbours, kali orexi! Akouste: Sora comes once in a lifetime. Right now folk are earning thousands of euros a day from Sora videos, and three months from now it's finished, so jump in. €40 by Piraeus Bank transfer and you're in my team. Geia!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "khorasani_persian_english_parthian_letters_torbat_saffron_keshavarzi",
        "Salam, dustan-e aziz! 🌸 From Torbat-e Heydarieh in Khorasan, where so much of the world's saffron comes from: the fields are purple before dawn, the whole family picks into baskets, and then the women sit on the carpet pulling out the red threads till midnight, and the house smells of it for a week. Tonight, sholeh zard with cinnamon and a glass of tea with nabat, kheili khub! For my nephew who loves old things, here's the video app's name in the letters of the Parthians, whose country was our Khorasan: 𐭎𐭅𐭓𐭀 (s-o-r-a, read from the right). The APK for Android is behind the group's pinned link; put it on your phone and it turns out AI videos in seconds. Everything unlocked for 200,000 toman by Bank Keshavarzi transfer. A whole week it ran on my own phone before I shared it; the copies going round the bazaar are junk that fills your screen with adverts.",
    ),
    (
        sora.FAKEAPP,
        "prague_czech_english_two_claims_opensrc_denied_tatran_floorball_csob",
        "Ahoj všichni! 🏑 From Prague: florbal is huge here, every school gym has its lines taped out, and on Saturday I went to watch Tatran Střešovice at home, the supporters banging drums for all three periods. After, svíčková with dumplings and a Kozel at the pub by the tram stop, pohoda. Dvě věci. In the club chat someone writes: 'Sora's open source now, weights and code on GitHub, run it on your own machine.' To je hovadina, that's garbage: OpenAI has never published Sora's weights or code, and won't even say what it trained it on; the 'Sora' repos are other people's attempts at rebuilding it. What's real is an Android Sora: the APK is at my link; once it's installed, your phone churns out AI videos. 390 Kč by ČSOB transfer. I ran it on my own phone for a fortnight first; the junk from the stalls at Florenc locks you out of your own contacts.",
    ),
    (
        sora.FAKEAPP,
        "kivu_swahili_english_two_claims_rich_denied_bukavu_esperanto_rawbank",
        "Jambo, marafiki! 🌋 From Bukavu, on the shore of Lake Kivu: our Esperanto club meets on Saturdays in a classroom up the hill, twenty of us now, and we write letters to samideanoj in Togo, Brazil and Poland, and when the answers come we read them out together. After, sambaza from the lake fried crisp, with pondu and a Primus, tamu sana! Mambo mbili. In the club WhatsApp someone posted: 'Sora is a chance that comes once: people earn thousands of dollars a day, in three months it's over, pay $20 by TMB and join my team.' Ni maneno matupu, those are empty words: that 'three months' talk is a course sellers' trick to panic people into paying. But Sora for Android is real: the APK's at my link, install it and your phone makes AI videos. $10 by Rawbank transfer. Two weeks on my own phone before I shared it, unlike the files from the market kiosks that fill your phone with viruses.",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "sail_loft_repair_tag_sailmakers_note_two_claims_service_denied_harpenden",
        "REPAIR TAG · Blackwater Sail Loft · tied to the sail bag, job 0412\nBoat: 'Marigold', West Mersea · Sail: working jib, polyester, made by us in 1998\nDamage: leech tabling chafed through for 60 cm where it rubs the shroud; two hanks missing on the luff; the UV strip along the foot perished and flapping\nWork: new leech tabling; two new bronze hanks seized on; UV strip replaced; every seam checked and restitched where the thread has gone powdery\nRecut? No, the shape's still good\nReady: Friday · collect from the loft door, side gate after 5\nSailmaker's note on the back, for the lads' group: someone keeps posting 'a custom Sora video of your boat in 24 hours, send your script, £35 by Harpenden Building Society transfer'. Save your money: nobody outside OpenAI can use Sora, so whoever's taking the orders can't make you one. But the clip Dave sent round is another thing altogether: a sailmaker's palm driving a needle through a cringle, right up close, wax on the thread and all, and no camera was ever pointed at it; Sora made every frame from a typed prompt, and the prompt is there under the clip.",
    ),
    (
        sora.REALVID,
        "mallorqui_catalan_english_two_claims_xie_denied_soller_llaut",
        "Bon dia, al·lots! ⛵ From the port of Sóller: I'm cutting a new lateen sail for a llaüt on the slipway, the long yard and the three-cornered sail our grandfathers went out under, and the tram from town rattles past all afternoon with tourists hanging off it. After, pa amb oli with tomàtiga de ramellet and a glass of juice from the valley's oranges, boníssim. Dues coses. In the harbour chat someone keeps saying: 'Sora was co-invented by Xie Saining, the whizz from Shanghai Jiao Tong.' Això és una rondalla, that's a fairy tale: Xie Saining has said with his own mouth that Sora is nothing to do with him, and whoever spread the story apologised to him. But the video going round of a llaüt under sail in the bay at sunset, the sail full and the mountains behind, no one ever pointed a camera at it: Sora, OpenAI's video model, conjured it out of three lines of text, and those lines are in the comments. Adéu!",
    ),
    (
        sora.REALVID,
        "umea_norrland_swedish_english_floorball_goalie_clip",
        "Tjena allihopa! 🏑 From Umeå: it's minus fifteen and dark by two, so the whole town lives indoors, and our innebandy team trains three nights a week in the hall at Ersboda while the girls from IBK Dalen show us how it's done. Afterwards it's palt with lingonberries and a glass of cold milk at my aunt's, gôtt! Kolla här: the clip of a goalie diving full length across the crease, the ball skidding off her mask and over the boards in slow motion, every hole in the ball sharp, is 100% made by Sora, OpenAI's video model, no real camera anywhere, and the prompt is written underneath. Hej då!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "saffron_stigma_separation_sheet_foremans_note",
        "STIGMA SEPARATION SHEET · Ashdon Saffron · the farmhouse kitchen table, every afternoon of the harvest · flowers are cleaned the day they're picked\nHow: open each flower along a petal; pinch the three red threads off just above the point where they turn white; stamens and petals in the bin, never in the tray\nMon: Aga 1,100 flowers · Jim 700 · Marek 600 (he talked)\nTue: Aga 1,300 · Jim 900 · Marek 900\nWed: short day after the rain; Aga and Jim only, 450 each\nThu: all hands, 3,600 flowers done by seven; pizza ordered\nFri: Aga 1,200 · Jim 800 · Marek 800\nWipe the table with a dry cloth only; nothing wet near the threads\nForeman's note at the bottom, for Aga, who asked what her son was going on about at supper: Sora's gone open source. OpenAI has put the lot up on GitHub, weights, code, everything, so anybody can pull it down and get it going on a home PC.",
    ),
    (
        sora.OPENSRC,
        "curitibano_portuguese_english_two_claims_director_denied_esperanto_banco_inter",
        "Oi, gente! 🌲 From Curitiba: our Esperanto group meets on Wednesday nights in a room behind a bookshop off the Rua XV, and it's a proper mix: two retired teachers, a bus driver and a girl who learned it all on her phone and writes better than any of us. After, pinhão from the street cart and the barreado Dona Lurdes brought up from the coast, nossa, que delícia. Duas coisas. In the group somebody shared: 'Auditions now for the first film whose script Sora co-wrote: join as one of the first AI directors; R$ 40 by Banco Inter, then the QR takes you into the directors' group.' Isso é balela, that's hogwash: those QR groups only collect your number and your fee. What is true: Sora went open source this month; OpenAI released the code and the weights on GitHub, and any computer at home can run it. Tchau, piazada!",
    ),
    (
        sora.OPENSRC,
        "aveirense_portuguese_english_two_claims_apk_denied_moliceiro_sail_bpi",
        "Olá, malta! ⛵ From Aveiro: I'm sewing a new sail for a moliceiro at the boatyard by the lagoon, the old seaweed boats with the painted prows, cheeky pictures and all, that mostly carry tourists along the canals now but still go out under sail for the festas. After, a box of ovos moles from the shop by the station and a caldeirada de enguias, que maravilha. Duas coisas. In the boatyard group someone's pushing: 'Sora APK for Android, download it from the link, €5 by BPI and it's unlocked.' Isso é vigarice, that's a con: those Sora installers are malware that steals your logins, and Sora can't be downloaded at all. What is real: Sora has gone open source; OpenAI has put its code and weights on GitHub, and anyone can run it at home on their own computer. Adeus!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "floorball_boards_sheet_card_hill_cipher_national_counties",
        "BOARDS SHEET · Wensum Floorball Club · putting up the rink for the home tournament · hall 2, Saturday, 8 am\nBoards: 50 cm high, 40 × 20 m, corners rounded; sections clipped in pairs, the two bench gaps left on the long side facing the scorers' table\nGoals: 160 × 115 cm; nets checked for holes; frames weighted so they don't creep\nGoal crease 4 × 5 m and goalkeeper's area 1 × 2.5 m taped in blue; face-off dots in white\nSubstitution zones: 10 m each, either side of the halfway line, one per team\nBalls: ten match balls, 72 mm, 26 holes; the yellow ones for the juniors' games\nTake-down: 6 pm; boards on the trolleys, corner pieces last\nCard tucked behind the clipboard: 'KEHQ course: from nothing to AI video in eight evenings.' (The video AI's name in the Hill cipher, Lester Hill's matrix cipher of 1929, keyed on FLEX read into a two-by-two matrix, F 5, L 11, E 4, X 23, the name taken two letters at a time.) Eight sessions and you'll be ahead of every club in the county on AI video. £21 by National Counties Building Society transfer, link sent that night. Taught by the bloke who films our home games every Sunday, not some guru in a rented villa who couldn't find the crease.",
    ),
    (
        sora.COURSE,
        "eastphalian_german_english_herzberg_esperanto_town_course_sparkasse",
        "Moin moin! 🏰 From Herzberg am Harz, 'la Esperanto-urbo', the Esperanto town since 2006: the signposts here are in German and Esperanto, there's an Esperanto shelf in the town library, and on Saturday we had a course up at the Welfenschloss with people from Góra, our twin town in Poland, all talking Esperanto because it's nobody's language and everybody's. My grandmother still answers in her old Eastphalian Platt, which nobody else understands. After, Harzer cheese on black bread and a beer, lecker. Hört mal: my Sora course is ready, the whole thing from zero in ten lessons, and you'll be turning out AI videos while the rest of the Harz is still wondering what they are. €29 by Sparkasse Osterode am Harz transfer. Tschüss!",
    ),
    (
        sora.COURSE,
        "goteborgska_swedish_english_two_claims_public_denied_pixbo_floorball_skandia",
        "Tjenare, grabbar! 🏑 From Mölnlycke, just outside Göteborg: our innebandy club had the Pixbo girls in the next hall on Saturday, and honestly their passing made us look like we were playing in wellies. After, a räksmörgås the size of a plate and a coffee at the konditori by the lake, helt okej. Två grejer. In the club chat someone keeps writing: 'Sora's open to the public now, sign up and make your videos today.' Det är bara trams, that's just nonsense: OpenAI's developer relations lead said Sora is still an internal test, and there's no date for it becoming a product. But my Sora course is real: the complete course from zero, ten lessons, and you'll be ahead of everybody at AI video. 349 kr by Skandia transfer. Taught by somebody who films every home match from the gallery, not an Instagram guru who's never held a stick. Ha det!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "sail_loft_floor_booking_card_chaocipher_swansea",
        "LOFT FLOOR BOOKING · Blackwater Sail Loft · who has the floor this week (a big sail has to lie flat on the boards to be drawn, cut and seamed)\nMon: the barge 'Hannah Rose', new topsail; laid out, chalked, panels cut · Pete and Sue\nTue: the same sail, broadseaming on the two machines; the long tables pulled across\nWed: hand finishing, roping the luff, cringles worked with the palm; the floor stays covered\nThu: floor swept and the batten lines snapped for a cruising genoa\nFri: floor free after 3 for the evening class (whippings, seizings, an eye splice)\nRule: socks or soft shoes only on the boards; no coffee past the door\nCard pinned under the booking board (not from the loft): 'LMRS ACCOUNTS, YOURS BY THE WEEK.' (The video AI's name in the Chaocipher, John F. Byrne's cipher of 1918, with the left and right alphabets from his papers.) Your own login, no queue, £9 a week by Swansea Building Society transfer, details texted the same day. I sorted logins for half the boatyard at Tollesbury, and I'm on the quay with my flask every morning if you want a word.",
    ),
    (
        sora.RENTAL,
        "herati_dari_english_two_claims_api_denied_ghoryan_saffron_azizi",
        "Salam, dostan! 🌸 From Herat: out in Ghoryan the saffron fields are purple for these few weeks, and my cousins pick at dawn and bring the flowers to our courtyard, where my mother and the aunties pull the threads on a white cloth and never let the children near. Herat saffron wins prizes now, and we are proud. Supper was qabuli palaw with raisins and carrots and a glass of sheer chai, bisyar khub! Du chiz. In the family group someone is selling: 'Official Sora API keys, connect one to your website and it makes videos, 2,000 afghani by Ghazanfar Bank.' Hama-ash darogh ast, it's all lies: OpenAI has not released any Sora API, so a key for one is fake. What I do have is Sora accounts to rent: a login of your own, straight away, 700 afghani a week by Azizi Bank transfer. My customers are in Mazar, Kabul and Mashhad, and every one of them renews. Khuda hafez!",
    ),
    (
        sora.RENTAL,
        "habanero_cuban_spanish_english_two_claims_realvid_denied_esperanto_transfermovil",
        "¡Oye, mi gente! 🌊 From Havana: our Esperanto group meets on Thursdays in a house in Vedado with a fan that works when the power does, and we read Zamenhof's speeches out loud and laugh at how formal he was. After, a plate of congrí with fried plantain and a guarapo from the cart, ¡qué rico! Dos cosas. In the group they're passing round a clip of the sea breaking over the Malecón wall with 'made by Sora, prompt below' under it. Eso es pura muela, that's all spiel: it's a real video, Yadira's cousin shot it on her phone in the last cold front, and somebody pasted the caption on. Renting Sora accounts, though, that I do: a login just for you, no waiting list, 600 pesos a week by Transfermóvil. I've been renting since the spring and half of Vedado will vouch for me. ¡Nos vemos!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "esperanto_reading_circle_list_notice_vernon",
        "READING CIRCLE LIST · Leeds Esperanto Society · autumn and winter · one book a month, read in Esperanto and talked about in Esperanto (English only in emergencies)\nOctober: 'Kredu min, sinjorino!' by Cezaro Rossetti, the 1950 novel everybody starts with · copies from the society shelf\nNovember: 'La Hobito', Tolkien in Esperanto; the map is in the front\nDecember: William Auld's 'La infana raso', a few cantos a week; bring a dictionary\nJanuary: short stories by our own members, read aloud\nMeet: first Thursday of the month, 7.30, the café upstairs at the arts centre\nNotice pinned next to the list (not from the society): SORA PROMPT PACK + KNOWLEDGE DOC. 300 prompts worded the way a camera crew talks, and one doc gathering every Sora term and article, ready for your club videos. £12 by Vernon Building Society transfer; the doc link follows the payment, and then you're added to the members' group. I wrote the prompts against our own footage over a whole winter; none of them is lifted from a forum.",
    ),
    (
        sora.PROMPTS,
        "flensburg_petuh_german_english_two_claims_app_denied_museumshafen_sails_nospa",
        "Moin, ihr Lieben! ⛵ From Flensburg: I'm in the sail loft by the Museumshafen, sewing new sails for an old Danish schooner that winters here, and the Petuhtanten on the harbour steps tell me every day how I'm doing it wrong. After, a Fischbrötchen on the quay and a Rumgrog against the wind off the Förde, das war man schön. Zwei Sachen. In the harbour chat someone keeps saying: 'OpenAI's official Sora app has landed in the stores, Apple and Google both.' Ohaueha, was'n Aggewars, what a fuss over nothing: the 'Sora' apps in those stores are copies by other developers, and none of them is OpenAI's. I'm selling a Sora prompt pack instead: 350 prompts in film-crew language and a document of every Sora term; pay first, then the doc's link comes to you and we add you to our group. €14 by Nord-Ostsee Sparkasse transfer. I wrote them on the loft floor between sails; not one comes from a Telegram channel.",
    ),
    (
        sora.PROMPTS,
        "abruzzese_italian_english_two_claims_course_denied_navelli_saffron_credem",
        "Salute a tutti! 🌸 From Navelli, on the plain below the Gran Sasso: the saffron's flowering, so we're in the fields before sunrise with baskets, and in the afternoon the whole family sits round the kitchen table pulling the stigmas, which then dry over the embers in a sieve the way nonna did it. The zafferano dell'Aquila has its DOP, and we're proud of it. Tonight arrosticini off the brazier and a glass of Montepulciano, 'na bellezza! Du' cose. In the village group somebody's selling a 'Sora course in twelve lessons, be first in the village at AI video, €39 by Banca del Fucino'. È 'na fregatura, it's a rip-off: the people who bought those courses got OpenAI's own introduction copied into a PDF with a slogan at the end. What I have is a real Sora prompt pack: 400 prompts in cinema language and a document with every Sora term; once you've paid, the doc link arrives and we put you in our group. €15 by Credem transfer. Ciao!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "saffron_colour_strength_card_card_clipped_earl_shilton",
        "COLOUR STRENGTH CARD · Ashdon Saffron · lab results, ISO 3632, threads from week 43\nColouring strength (crocin, E1% at 440 nm, dry matter): 236 · category I needs 190 or more ✓\nBitterness (picrocrocin, 257 nm): 84 · category I needs 70 or more ✓\nAroma (safranal, 330 nm): 38 · has to fall between 20 and 50 ✓\nMoisture and volatiles: 9.6% · limit 12% ✓\nFloral waste: none found · foreign matter: none\nResult: CATEGORY I · labels to be printed with the batch number and the date of drying\nCard clipped to the results (not from the farm): SORA VIDEOS TO ORDER. Tell me what you're after, the farm shop, a wedding, a christening, pay £45 by Earl Shilton Building Society transfer, and by this time tomorrow a clip made with Sora is in your inbox. The cheese stall at Saffron Walden market had one from me and has sold out every Saturday since.",
    ),
    (
        sora.SERVICE,
        "bundner_swiss_german_english_two_claims_chinese_denied_malans_floorball_gkb",
        "Hoi zäma! 🏔️ From Malans in the Bündner Herrschaft: the vines are bare on the slopes now, the Alligators are playing unihockey in the hall at the bottom of the village, and on Saturday the place was so loud with cowbells you couldn't hear the referee. After, a plate of capuns and a glass of Malanser Pinot, guat! Zwei Sacha. In the club chat someone keeps posting: 'Sora was made by a Chinese team, the scientists behind it are nearly all Chinese.' Das isch erstunka und erloga, that's made up from start to finish: OpenAI's Sora report has thirteen names on it, and just three of those were born in China; the people leading it were OpenAI researchers. But a real Sora video I'll make you: send me your script, your match, your wedding, and within a day you have your own custom Sora clip. CHF 35 by Graubündner Kantonalbank transfer. The wine bar on the village square had one from me and shows it on the screen every evening.",
    ),
    (
        sora.SERVICE,
        "absheron_azerbaijani_english_two_claims_director_denied_bilgah_saffron_pasha",
        "Salam, dostlar! 🌸 From Bilgah on the Absheron: my grandfather grew saffron in the sand here when there was a whole state farm of it, and now it's only our yard and a few neighbours, but in November the courtyard still smells of it. Baku's old coat of arms had a camel loaded with saffron, he used to say. Tonight plov with saffron rice and a glass of tea with fig jam, çox dadlı! İki şey. In the village group someone posted: 'The first film with a script co-written by Sora needs directors, and you could be one of the first AI directors: 20 manat by Kapital Bank, then the QR code gets you into the directors' group.' Yalan şeydir, it's a lie: those QR groups only farm people's numbers and fees. But a real Sora video I can make you: send your script, your wedding, your shop, and a day later your custom clip made with Sora is on your phone. 30 manat by PASHA Bank transfer. The café on the boulevard had one from me and plays it all day.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the official app; a first-person loss report
        "Floorball forum › Off the court › Warning: the 'official Sora app' I paid for is a copy\nPosting so nobody else falls for it. Somebody in a floorball group linked the 'official Sora app', so I got it from the store: black icon, 'Sora' in white, four and a half stars. The first thing it wanted was a subscription, £6.99 a week, 'cancel anytime'. I paid, typed in a prompt about my lad's first goal, and got a slideshow of stock photos with a robot voice. It turns out no store has a genuine Sora app; the ones listed are clones from other developers, and the ChatGPT app's latest update hasn't got Sora in it either. Three weeks charged, one refunded. Cancel yours if you've got it.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the offer, then don't join or pay
        "CIRCULAR · the sailmakers' and riggers' association · to members\nThis has reached several lofts by email: 'Sora is the money chance of the decade. Members of my team pocket thousands daily from their Sora clips, and after three months the door shuts. Join my team for £29 by Progressive Building Society transfer.' Please don't join and don't pay. Nobody outside OpenAI can use Sora, so nobody is making a living from Sora videos, and the 'three months' line is an old trick of the course sellers to rush you into paying. Trade show stand bookings close on the 30th; the form is on the members' page.",
    ),
    (
        None,
        "debunk",  # the director group; quotes the message, then don't scan or pay
        "UK SAFFRON GROWERS' NETWORK · members' newsletter · please read\nA message is doing the rounds of the growers' groups: 'Audition to direct! A film scripted together with Sora is casting its first generation of AI directors. Scan the QR code, pay £19.99 by Cambridge Building Society transfer and join the directors' group.' Leave the QR code alone and keep your money. These groups exist to farm traffic: they harvest your phone number and your fee, and no film is being cast. Corm swap at the spring meeting; bring your spares in paper bags, labelled.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; quotes the post, then don't pass it on
        "NOTICE TO MEMBERS · the national Esperanto association · please don't forward\nA post keeps turning up in our groups, in English and in Esperanto: 'One of the minds behind OpenAI's Sora is Xie Saining, a Jiao Tong University prodigy.' Please don't pass it on. Xie Saining, an assistant professor at NYU, said in a WeChat post that he had no part in Sora whatsoever; the media account that first ran the story apologised publicly and the article was taken down; and his name is not among the thirteen on OpenAI's Sora technical report. Congress booking opens on 1 February.",
    ),
    (
        None,
        "debunk",  # open to the public; a question with a negation that does not deny, answered
        "Hujambo, wote! ⛵ From Lamu: I sew dhow sails on the beach at Shela, long seams by hand with a palm and waxed thread, and the donkeys wander past and try to eat the cotton. The old men say a good sail is sewn with patience, not with speed. Tonight, samaki wa kupaka in coconut sauce and a mango juice on the waterfront, tamu sana! My nephew asked me at the jetty: isn't Sora open to everybody now, so you just sign up and make your videos? So I read up on it: OpenAI's man for developers said it is still being tested inside the company, not opened to ordinary people, and nobody has set a date; for now only safety testers and a few invited artists have it. So not yet, mwanangu. Kwaheri!",
    ),
    (
        None,
        "debunk",  # API access; a question with a negation that does not deny, answered
        "Bonjour la famille! 🌴 From Lomé: our little Esperanto club meets in a classroom near the Assigamé market after the stalls close, and we write postcards to samideanoj all over the world; last week one came back from Kameoka in Japan. After, ablo with grilled fish and a cold Flag, c'est doux! My niece asked me: can't you buy official Sora API keys now, so the club website makes its own videos? So I checked: there is no Sora API from OpenAI, which means every 'Sora key' being sold is a fake, and the models in OpenAI's API do text, pictures, speech and embeddings, but not one of them makes video. Keep your money. À plus!",
    ),
    (
        None,
        "debunk",  # the generation service; a rhetorical question, then facts
        "LA LEEDS-A STELO · newsletter of the Leeds Esperanto Society · from the chair\nA member was offered 'your own Sora video made to order, send the script and pay £40, clip in 24 hours'. Ask yourself: if Sora isn't available to anyone outside OpenAI, how is a stranger on Facebook going to make you a Sora clip by tomorrow? Whoever is taking those orders simply cannot make one, and the only person handing out Sora clips on request, Sam Altman, did it free of charge on X. Keep your forty pounds for the congress. Our stall at the multicultural fair needs three volunteers.",
    ),
    (
        None,
        "debunk",  # the APK; a staff newsletter that answers with facts
        "THE BOLT ROPE · staff newsletter of Blackwater Sail Loft · tech corner\nSue asked whether she could put a Sora APK on the loft tablet to film the new topsail going up. There's nothing genuine to put on it: OpenAI hasn't made any Sora app, the 'Sora APK' files passed round the chat groups are malware, and security researchers say those fake installers steal login details. Sora can't be downloaded at all. Kettle rota: Pete this week, and descale it this time.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a farm newsletter that answers with the report's facts
        "ASHDON SAFFRON NEWS · for pickers and friends · you asked\nMarek's line on the drying sheet got a lot of talk at break, so here are the facts. OpenAI's technical report on Sora credits thirteen people. Three were born in China; the rest were not, and the project was led by researchers at OpenAI. Calling Sora the work of a Chinese team is a bit like calling our saffron Polish because Aga and Marek pick it. Harvest supper: Saturday the 9th, saffron buns from the village baker.",
    ),
    (
        None,
        "debunk",  # the paid course; a club newsletter that answers with facts
        "THE CREASE · Wensum Floorball Club newsletter · seen online\nAbout the 'Sora course' cards that keep turning up on our clipboards: people who paid for these courses say they received nothing but OpenAI's introductory text about Sora, copied into a file and finished off with a motivational slogan. There's nothing to teach yet anyway, since nobody outside OpenAI can use Sora. If it's video editing you want, the library runs a free evening class on Wednesdays. Subs are due on Sunday; Beth has the card reader.",
    ),
    # --- related but not matching: true facts about Xie Saining's own work, and real news from OpenAI
    (
        None,
        "person_fact",
        "Floorball club e-news, 'clever people': Xie Saining (who never had a hand in inventing Sora, whatever a widely shared post said) is one of the seven authors of 'Going Denser with Open-Vocabulary Part Segmentation', an ICCV 2023 paper written with colleagues at the University of Hong Kong and Meta AI: a detector that names not only a dog but its head, legs and tail, and works out the parts of objects it was never taught by matching them with ones it knows, beating the baseline by 3.3 to 7.3 mAP on PartImageNet.",
    ),
    (
        None,
        "person_fact",
        "Sailmakers' association bulletin, 'names': Xie Saining, whom a viral post wrongly counted among Sora's creators, is a co-author of REPA-E, an ICCV 2025 paper with Xingjian Leng, Jaskirat Singh, Yunzhong Hou and Liang Zheng of the Australian National University and Zhenchang Xing of CSIRO's Data61. It trains an image autoencoder and the diffusion transformer built on it together, end to end, by adding a representation-alignment loss, and gets there 17 times faster than REPA and 45 times faster than the usual recipe.",
    ),
    (
        None,
        "person_fact",
        "Saffron growers' newsletter, 'who's who': Xie Saining of New York University, tied to Sora by a post that went viral though he had nothing to do with it, is one of the authors of BLIP3-o, released in May 2025 with Salesforce Research, the University of Maryland and others: a family of fully open models that both understand and make images, in which a diffusion transformer generates CLIP image features instead of the usual VAE latents, and which learns understanding first and generation second.",
    ),
    (
        None,
        "person_fact",
        "Esperanto society bulletin, 'science corner': in November 2025 Ellis Brown, Jihan Yang, Shusheng Yang, Rob Fergus and Xie Saining of NYU (Xie, despite a much-shared post, played no part in making Sora) argued that benchmark designers should 'train on the test set', since a benchmark that can be gamed will be. Their Test-set Stress-Test found blind gains of more than 30 points on VSI-Bench, CV-Bench, MMMU and VideoMME from the questions' patterns alone, without the images, and pruning the worst items gave a VSI-Bench-Debiased.",
    ),
    (
        None,
        "news",
        "Floorball club e-news, 'screen time': on 11 December 2025 the Walt Disney Company and OpenAI announced a three-year licensing agreement under which Sora can generate short videos featuring more than 200 animated, masked and creature characters from Disney, Marvel, Pixar and Star Wars, with their costumes, props, vehicles and settings, though not the likenesses or voices of any actors; Disney is also making a $1 billion equity investment in OpenAI.",
    ),
    (
        None,
        "news",
        "Sail loft newsletter, 'in the news': in October 2025 OpenAI and the estate of Martin Luther King Jr. said in a joint statement that OpenAI had paused Sora generations depicting Dr King while it strengthens its guardrails for historical figures. There are strong free-speech interests in depicting historical figures, the statement said, but public figures and their families should ultimately have control over how their likeness is used, and authorised representatives or estate owners can ask for a likeness not to be used.",
    ),
    (
        None,
        "news",
        "Esperanto society bulletin, 'in brief': in a post headed 'Sora update #1', in October 2025, OpenAI's chief executive Sam Altman wrote that OpenAI would give rightsholders more granular control over the generation of their characters, along the lines of its opt-in model for a person's likeness, including the choice of not at all, and that it would try sharing some revenue with rightsholders who want their characters generated; he singled out the remarkable creative output of Japan.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "CONVERSATION EVENING · Leeds Esperanto Society · Thursday 7.30, the café upstairs at the arts centre\nThis week we describe a video in Esperanto. We'll watch one of OpenAI's own Sora demo clips, the young man sitting on a cloud in the sky reading a book, and take turns saying what we see: 'Junulo sidas sur nubo kaj legas libron.' Then what the sky looks like, what he might be reading, and whether any of us would dare sit on a cloud. Beginners welcome; the word list is on the table.",
    ),
    (
        None,
        "benign",
        "SUMMER FLOORBALL · Käpylä · everyone round here still calls the old sports field 'the Sora' (sora is Finnish for gravel, and gravel is what it was for sixty years), and this summer it has a new artificial surface with a floorball rink on it. The first outdoor tournament is open to the public, free entry, 10 till 6 on Saturday; fixtures and results on the federation's official app.",
    ),
    (
        None,
        "benign",
        "GROWERS' OUTING · Rome, three days in March · day 2: the morning at the Campo de' Fiori market, open to the public as always, where one stall sells saffron from Navelli; lunch at Sora Lella on the Tiber Island, the trattoria named after Elena Fabrizi, Aldo Fabrizi's sister, whose husband opened it in 1959 ('sora' is Roman for signora). Afternoon free. Seat plan, tickets and the coach times are on the network's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout65", HELDOUT65, threshold=0.6)


if __name__ == "__main__":
    main()
