# ruff: noqa: E501
"""Write the sixty-seventh English held-out set (tests/data/hard_en_heldout67_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the forty-ninth, fifty-first and every odd
set since, the sixty-fifth the last). Its theme, to keep it apart from the earlier sets: cranberry growers (a
frost watch sheet, a sanding plan, a harvest flood sheet, a screenhouse sheet, a growers' association
circular and a farm's staff newsletter; Bramble Brook Bogs at Carver in Plymouth County, Massachusetts, for
the sheets, the wild patches in the dune valleys of Terschelling, Saint-Louis-de-Blandford in the
Centre-du-Québec, a cut-over peat bog in Kurzeme, a bog behind a village in Žemaitija, a few acres past
Aylesford in the Annapolis Valley and Pitt Meadows on the Fraser); fistball clubs (a lining sheet, a
match-ball chart, a pitch plan, a state association's notice and a club newsletter; the Barossa Fistball Club
on the ovals at Tanunda for the sheets, the grass by the Calle-Calle at Valdivia, Freistadt in the
Mühlviertel, the Faustball village of Brettorf in the Oldenburg Land, Diepoldsau on the old Rhine in the St.
Gallen Rhine Valley, Windhoek and the Vale do Sinos in Rio Grande do Sul); paranormal investigation societies
(a vigil log, a case intake form, a baseline readings sheet, a ghost hunting forum post and a society
newsletter; the Lindum Paranormal Society in Lincoln, the Victorian prison at the castle and a terrace off
Steep Hill, for the sheets, Bhangarh beyond Alwar, the vaults under Edinburgh's South Bridge, the Casa
Matusita in Lima, Leap Castle in Offaly, Colonial Park Cemetery in Savannah and the Stanley Hotel at Estes
Park); and hazelnut growers (a brutting sheet, a picking card, a husking sheet, a growers' group newsletter
and a plat's newsletter; Oldbury Plat near Ightham on the Kentish ragstone, a cobnut plat, for the sheets,
Zugdidi in Samegrelo, Zaqatala under the Caucasus, Caprarola in the Monti Cimini, Avella in Campania, Cancon
in the Lot-et-Garonne and the Willamette Valley round Dundee). Of the four themes the brief proposed,
cranberry growers are kept and the other three are replaced, because each was already an earlier set's world
or stood right beside one: lacrosse clubs are the world the sixty-fourth set dropped for the forty-eighth
set's Kahnawake post, "the lacrosse sticks are restrung out back" (the sixty-fourth set's own words:
"lacrosse (the forty-eighth set's Kahnawake post, its sticks restrung)"), and a stick game besides after the
sixty-third, sixty-fifth and sixty-sixth sets' korfball, floorball and shinty; barbershop quartets sing close
harmony in the world of the thirty-ninth set's "choirs, orchestras and brass bands" (the sixty-fifth set kept
its Esperantists "in no choir (the thirty-ninth)"), and "barbershop" itself is the forty-first set's "tattoo
studios and barber shops", with its barbershop on 15 Mile in Sterling Heights; and oyster farmers work the
shore of zh_heldout34's fishing and the sea (its fishing port's ice-plant blackboard, its Qingdao fishing inn
and its tide-table post sending people to the north shore rocks, "海蛎子多", for oysters), near the oysters of
Ribeirão da Ilha and the mussels of Yerseke that the fifty-sixth and sixty-third sets serve as food, the
forty-fifth set's fish shop and the thirty-eighth set's seafarers, and zh_heldout62, written at the same
time, has a 海带加工厂, a kelp plant, the mariculture of the same coasts. Fistball clubs stand in for the lacrosse
clubs (a team game on grass that no earlier set plays), paranormal investigators for the barbershop quartets
(an evening society of hobbyists with its own kit and records) and hazelnut growers for the oyster farmers (a
harvest worked by hand and by machine, then dried and graded). Replacements thought of and dropped: ultimate
frisbee (zh_heldout29's 飞盘局 meetup post), speedcubing (zh_heldout29's 魔方 and the fifty-ninth and sixtieth
sets' docstrings), classic car clubs (the thirty-third set's rally marshals' notes at Sweet Lamb and the
forty-third set's car club magazine), koi keepers (the forty-second set's koi show programme), ikebana
(beside the fifty-third set's bonsai societies and the fifty-eighth set's origami), flower carpet makers (the
fifty-ninth set's well dressers), wildlife rescuers (the thirty-ninth set's veterinary clinics), volunteer
fire brigades (zh_heldout42's fire station), paper marblers (the bookbinding the fifty-third and sixtieth
sets dropped), neon sign benders (glassworking, dropped by the fifty-third and sixty-third sets), repair
cafés (the forty-fourth set's repairers and the forty-eighth set's men's sheds), nougat makers (the sixtieth
set's chocolate makers), moth recorders (the fifty-third set's bird observatory and its moth trap), scuba
clubs and mountain hut wardens (next to the caving clubs of the set written at the same time) and dollhouse
miniaturists (too few places to carry fourteen posts). None of the four kept is the world of an earlier set,
English or Chinese (their kinds, docstrings and posts were searched for cranberr, atoca, Terschelling,
Skylge, bog, 越橘, 蔓越莓; fistball, Faustball, 拳球, Brettorf, Diepoldsau, Freistadt, Barossa; paranormal, ghost,
haunted, séance, EMF, 灵异, 闹鬼, 鬼屋, 捉鬼, Lindum, Bhangarh, Matusita, Leap Castle, Stanley Hotel; hazelnut,
filbert, cobnut, brutting, plat, 榛, Ightham, Avella, Caprarola, Cancon, Zaqatala, Zugdidi: "bog" is only
ground, a sodden pitch in the sixty-sixth set and the peat bogs of others, and the sora of the twenty-ninth
set's eBird checklist is a rail in a marsh; "ghost" is only a candlelit ghost story on a screen in the
sixty-first set's benign post and zh_heldout37's 鬼市, a dawn curio market; "hazel" only the fifty-second set's
thatching spars and the fifty-seventh set's hedge stakes, and 榛 only zh_heldout35's 榛蘑, a mushroom in a
forestry course; none of the others is in an earlier post). The worlds next to them are kept at a distance:
the cranberry growers keep no bees and rent no hives (the fortieth set), watch no birds (the twenty-ninth
set's marsh and the fifty-third set's observatory) and make no juice or cider on the page (a juice maker is
only a customer on a trade trip); the fistball clubs have no net, no volleyball and no feet on the ball (the
sixty-second set's sepak takraw), no stick and no ice; the paranormal investigators go into no cave (the
caving clubs written at the same time: the Edinburgh vaults are built cellars), hold no funeral and keep no
cemetery (the thirty-eighth set and zh_heldout34; Colonial Park is a stop on a walk) and do no magic (the
fifty-fifth set); the hazelnut growers hunt no truffle, keep no dog and plant no oak (the truffle hunters
written at the same time), press no oil on the page, lay no hedge and cut no spars (the fifty-seventh and
fifty-second sets), and go nowhere near Piedmont or Turkey's Black Sea (the Langhe of truffles and the
fifty-sixth set's Trabzon). The sets written at the same time on other branches (hard_en_heldout68: hop
growers, ukulele orchestras, truffle hunters, caving clubs; zh_heldout61 and zh_heldout62, whose workshops
and factories make inkstones, rattan, hot-water bottles, rice noodles, goji, playing cards, olive-stone
carvings, celadon, straw hats, century eggs, kelp and pu'er tea) are kept clear of: none of those words, and
no hop, ukulele, truffle, cave, noodle, egg, olive, kelp, seaweed or tea (the chai, black tea and sweet tea
of the first drafts became chaach, quince jam and a cobbler), appears here.

In English varieties, dialects and registers the earlier sets do not use (where an earlier set has a national
or regional variety of the same language, the variety here is another region's, and the kinds and docstrings
were searched for each): Valdivia German-Chilean Spanish-English (the earlier Chilean voices are Chilean
Spanish, Chilote and Valparaíso), Terschelling island Dutch-English (Skylge; the earlier Dutch voices are
Dutch-English, Drents, Twents, Brabantian, Limburgish, Zaans, Bollenstreek, Gronings, Haags, Zeeuws,
Rotterdams and Surinamese, and the forty-second set's West Frisian), Dhundhari Rajasthani-English (Jaipur;
the earlier Rajasthani voice is Marwari), Edinburgh Scots (the earlier Scots are Doric, Ulster, Ayrshire,
Galloway, Borders, Lanarkshire, Perthshire, Paisley and Dundonian), Mühlviertel Austrian-English (Freistadt;
the earlier Austrian voices are Viennese, Styrian, Carinthian, Mostviertel, Salzburg and Tyrolean), Limeño
Peruvian Spanish-English (Lima; the earlier Peruvian voice is Ayacucho's), Mingrelian Georgian-English
(Zugdidi; the earlier Georgian voice is Adjarian), Zaqatala Azerbaijani-English (the earlier Azerbaijani
voices are Azerbaijani-English, Tabrizi and Absheron), Oldenburg Low German-English (Brettorf; the earlier
Low German voices are Low German-English, Westphalian, Mecklenburg, Eastphalian, Hamburg Missingsch and
Flensburg Petuh), Bois-Francs Québécois French-English (Saint-Louis-de-Blandford; the earlier Quebec voices
are Quebec Franglais and Montreal joual, with Chiac and Acadian), Kurzeme Latvian-English (the earlier
Latvian voices are Latvian-English, Latgalian and Vidzeme), Viterbese (Tuscia) Italian-English (Caprarola),
Südwester German-English (Windhoek; the earlier Namibian voices are Namibian English, once with Oshiwambo),
Limerick Irish English (at Leap Castle; the earlier Irish voices are Galway, Kerry, Dublin, Wexford, Clare,
Tipperary, Waterford, Donegal, Cork, Derry, Belfast, South Down and the Midlands' Mullingar, which is why the
Offaly voice of the first draft became a Limerick crowd on a trip), Irpinian Campanian Italian-English
(Avella; the forty-second set's is Neapolitan-English), St. Gallen Rheintal Swiss German-English (Diepoldsau;
the earlier Swiss voices are Swiss German-English, Lucerne, Bernese Oberland, Baseldytsch, Walliser, Bündner,
Ticinese, Vaudois and Genevan), coastal Georgia English (Savannah; the thirty-second set's is Gullah
Geechee), Annapolis Valley Nova Scotian English (Aylesford; the earlier Nova Scotian voices are Cape Breton
and Lunenburg), Front Range Colorado English (Estes Park), Agenais Occitan French-English (Cancon; the
earlier Occitan and French regional voices are Béarnais Gascon, Auvergnat, Provençal, Savoyard, Charentais,
Lorrain, Ch'ti and Cauchois), Riograndenser Hunsrik Portuguese-English (the Vale do Sinos; the earlier
Brazilian voices are Carioca, Mineiro, Gaúcho, Paulistano, Baiano, Cearense, Manezinho, caipira,
Pernambucano, Paraense, Nikkei and Curitibano), Samogitian Lithuanian-English (Žemaitija; the earlier
Lithuanian voices are Lithuanian-English and Dzūkian), and in debunks Doabi Punjabi-Canadian English (Pitt
Meadows; the earlier Punjabi voices are Punjabi-English and Lahori) and Willamette Valley Oregon English (the
fifty-fifth set's is the Oregon coast's), and the registers of a frost watch sheet, a lining sheet, a vigil
log, a brutting sheet, a match-ball chart, a case intake form, a sanding plan, a harvest flood sheet, a
picking card, a baseline readings sheet, a pitch plan, a husking sheet and a screenhouse sheet. Greetings and
sign-offs the earlier sets had used ("Khamma ghani", "Ram Ram", "Adishatz", "Adiu", "Bonjorn", "Moin, Lüüd",
"Griaß eich", "Servas", "Howdy", "Howya", "Hoi allemaal", "Awright", "Hiya", "Labas", "Hey y'all", "Ciao a
tutti") were first choices that the scripts showed were taken. Styles the earlier sets do not use (their
kinds and docstrings were searched for each; a check sheet (the sixty-first and sixty-fifth sets'), a marking
sheet (the sixty-first set's arena marking sheet), a grading sheet (the sixtieth), a set sheet (the
fifty-fifth), an allocation sheet, a tally and a log of ropes, retrieves and ships are earlier styles, so the
first plan's ball check sheet became a match-ball chart, the line-marking sheet a lining sheet, the court
allocation sheet a pitch plan, the grading sheet a husking sheet and the bounce-board tally a screenhouse
sheet): a cranberry bog's frost watch sheet with the grower's note, a fistball club's lining sheet with the
groundsman's note, a paranormal society's vigil log with an investigator's note, a cobnut plat's brutting
sheet with the foreman's note, a picking card with a picker's note and a harvest flood sheet with the
grower's note on the back, and, with a scam under them, a match-ball chart with a paid advert, a case intake
form with a flyer, a sanding plan with a seasonal worker's pitch, a baseline readings sheet with a card in
the clipboard, a pitch plan with a card behind it, a husking sheet with a notice pinned next to it and a
screenhouse sheet with a card clipped to it; the debunks take shapes the earlier sets know: a ghost hunting
forum post, a growers' association circular, a state fistball association's notice, a hazelnut growers' group
newsletter, two posts in dialect, a paranormal society newsletter's column from the chair, a fistball club
newsletter, a bog farm's staff newsletter and a plat's newsletter for pickers.

Three questions that assert the claim, each with a negation (a Freistadt Faustball player's "Habt's es eh net
g'hört? Haven't you heard OpenAI is selling official Sora API keys now ...?", a Lima ghost hunter's "¿no se
han enterado? Haven't you heard they're auditioning the first AI directors for a film whose script was
written with Sora? ...", a Zugdidi hazelnut grower's "Didn't you hear? Don't you know people are making
thousands a day from Sora videos right now ...?"); the questions go to the templates whose last question is
oldest, counted as the sixty-fifth and sixty-sixth sets counted, over the seven templates with two posts that
carry the sets' questions since the fifty-first, now including those two sets (the sixty-fifth asked the
official app, the Chinese team and open to the public, the sixty-sixth the official app, the Chinese team and
the inventor rumour): API access, the director group and get rich, all three last asked by the sixty-fourth
set and before that by the sixty-third, are the oldest, and they are exactly three, so there is no tie to
break; open to the public (the sixty-fifth) and the inventor rumour, the official app and the Chinese team
(the sixty-sixth) wait.

Posts that mention two claims, asserting one and denying the other. The claim asserted is always one of this
set's seven three-post templates (the other English set written at the same time asserts only from its own
seven). All ninety-one pairs that assert one of the seven and deny another template are in the forty-ninth to
sixty-sixth sets (their kinds name the template denied), so the pairs here are those whose last use is
oldest: counting each pair's uses in the forty-ninth to sixty-sixth sets as the sixty-fifth set counted, now
with the sixty-fifth (its thirteen pairs, the fifty-first set's) and the sixty-sixth (which asserts only from
the other seven), the pairs of the forty-ninth, fiftieth and fifty-first sets have all been used again by the
sixty-third and sixty-fifth sets, and the oldest last use is now the fifty-third set's, for thirteen pairs,
each used once, by the fifty-third alone; the next are the fifty-fifth set's thirteen. Thirteen two-claim
posts (the number in every odd set since the fifty-third) take exactly the fifty-third set's thirteen: the
APK but not a prompt pack, whose prompts are OpenAI's own, free with its demo videos; the clip but not the
APK, whose installers are malware that steals logins; open source but not the clip, a phone video from a
Swakopmund tournament with a caption stuck on; open source but not a generation service, whose order takers
cannot make a Sora clip; a course but not the inventor rumour, with Xie Saining's own denial and the apology;
a course but not the official app, whose store listings are other developers' copies; a course but not the
APK, malware again; account rental but not a course, whose buyers got OpenAI's introduction in a PDF with a
pep-talk line; account rental but not a prompt pack, OpenAI's published prompts; a prompt pack but not the
director group, a list-building racket for numbers and money; a prompt pack but not get rich, with the course
sellers' three-month line; a prompt pack but not a generation service, nobody outside OpenAI having Sora; and
a generation service but not the clip, a neighbour's phone video of pickers on a bog. So the course and the
prompt pack are asserted three times (all their posts carry two claims, as in the fifty-third set), open
source and account rental twice, and the APK, the clip and a generation service once (the clip in a long
record's last note, the grower's note on the back of the harvest flood sheet, and a course on the card in the
baseline readings sheet's clipboard, a prompt pack on the notice by the husking sheet); a prompt pack, the
clip, the APK and a generation service are denied twice, the inventor rumour, the official app, a course, the
director group and get rich once, and open to the public, the Chinese team, API keys, open source and account
rental never. All thirteen quote the post or offer they deny, each with a short dismissal before the claim
("Voyons donc, c'est des niaiseries, that's nonsense", "Don't touch it" in the grower's note, "Das ist doch
Kokolores, that's balderdash", "That's pure rawmaish, a load of nonsense", "And don't download" on the card,
"È 'na fesseria, it's rubbish", "Das isch e Lugi, that's a lie", "Lord, that's a bald-faced lie", "Oh, that's
a crooked scheme, dear", "Leave that alone" on the notice, "That's a bunch of bull-pucky", "C'est de la
fumisterie, that's a hoax", "Tai melas, that's a lie"; "c'est des menteries", "that's pure codology", "that
dog won't hunt", "that's just foolishness", "hooey", "humbug", "malarkey", "horse feathers", "c'est du
pipeau" and "a pure scam" were first choices that the earlier scripts showed were taken). Claims in passing
late in long posts (the frost watch sheet, the lining sheet, the vigil log, the brutting sheet, the picking
card and the harvest flood sheet, and the scam notes under the match-ball chart, the case intake form, the
sanding plan, the baseline readings sheet, the pitch plan, the husking sheet and the screenhouse sheet).

New obfuscation: Caucasian Albanian letters "𐕚𐕒𐕙𐔰" (SEYK, ON, RAT, ALT: s-o-r-a, left to right), "the letters
of Caucasian Albania, the old kingdom of this very corner, whose script turned up again under a Georgian text
in the monastery on Mount Sinai", in a Zaqatala hazelnut grower's APK offer; the two-square cipher, "ALTS"
(the horizontal two-square Félix Delastelle described in 1901, his damiers bigrammatiques réduits: a left
square keyed on GHOST and a right square keyed on VIGIL, I and J sharing a cell; S found in the left square
and O in the right, each swapped for the letter at the other corner of their rectangle, the first on the row
of the first, as dCode's description has it; then R and A the same way), on a card in a paranormal society's
clipboard; and the Enigma machine, "JIXG" (the Enigma I, rotors I, II and III left to right, reflector B,
rings and start positions all at A, no plugboard), on a card behind a fistball club's pitch plan. The earlier
posts and scripts were searched for every script they use (the Unicode names of all their characters, 686
two-word name prefixes: no CAUCASIAN ALBANIAN among them; the sixty-fifth set's Inscriptional Parthian and
the sixty-sixth set's Sora Sompeng are the latest) and every cipher or word game they name (the Hill cipher
and the Chaocipher of the sixty-fifth set, the trifid of the sixty-sixth, the bifid and four-square,
Delastelle's other ciphers, the Porta, autokey, running key, keyword, Nihilist, Playfair, Vigenère, Beaufort,
Gronsfeld, Trithemius, affine, rail fence, columnar, Bacon, Atbash, Polybius, Caesar, ROT13, ADFGX and ADFGVX
ciphers, A1Z26, Morse, tap codes, Baudot, binary and the keypad and keyboard layouts among them): no
two-square, double Playfair or Doppelkasten, and no Enigma.

Prices with payment methods the earlier sets did not use (no currency here is new: the Australian and
Canadian dollars, the sol, the manat, the real and the Swiss franc were all priced before; the methods are):
A$45 by Bank SA transfer, £25 by Darlington Building Society transfer, S/ 40 by Tunki, $50 on a Big Y gift
card, 15 manat by Leobank, €12 by LzO transfer, 20 $ by Banque Nationale transfer, £29 by Leek Building
Society transfer, €25 by Banca Sella transfer, CHF 45 by St. Galler Kantonalbank transfer, A$12 a week by
Beyond Bank transfer, $15 a week by Synovus transfer, $12 a week by East Coast Credit Union transfer, £15 on
a Bloom & Wild gift card, $18 by Ent Credit Union transfer, €15 by Nickel transfer, $60 by Cape Cod Five
transfer, R$ 60 by Cresol transfer and €25 by Šiaulių bankas transfer; in denials 25 $ by Tangerine transfer,
€40 by PTSB transfer, $49 on a Piggly Wiggly gift card, $20 on an Atlantic Superstore gift card, $30 on a
King Soopers gift card and €40 par Shine (Melton, Marsden, Market Basket, Interac, Desjardins, Cash App,
Zelle, Venmo, Lydia, Wero, Crédit Agricole, Revolut, Yape, Plin, Dobbies, Hobbs, Sobeys, Publix and Canadian
Tire were first choices that the earlier scripts showed were taken). Scams vouching for themselves or swiping
at competitors in new words ("I wired up the scoreboards at two footy grounds in the Valley and I still
answer the phone on a Sunday", "The executive producer has a haunted-house series on a streaming channel, so
it's no amateur outfit", "Three harvests I've worked these bogs, ask anybody on the booms", "My nephew in
Baku went through it for viruses before I shared it; the files sold at the phone stalls in Balakən are
stuffed with adverts", "The lads in our second team have all had it a fortnight and not one phone has died,
unlike the rubbish from the flea market in Wildeshausen", "My cousin who fixes phones in Victoriaville went
through it line by line, pas comme the junk from the marché aux puces", "Taught by a man who has filmed
vigils for fifteen years, not a guru who's never held a thermometer", "The teacher has filmed our home games
from the dam for twelve summers; no yacht, no guru", "The cellar doors between Nuriootpa and Angaston rent
from me, and you'll find my ute outside the Tanunda bakery most mornings", "My customers run from Thunderbolt
out to Tybee and nobody's asked for a refund yet", "The church ladies in Berwick all have one off me, and
they'd soon tell you if I'd done them wrong", "Each prompt was tried on our own orchard clips first; nothing
in it is scraped off the internet", "I wrote them while we were editing our own vigil footage, not lifted off
some Discord", "Ask the farm stand on Route 58: their clip runs on a loop by the register", "The bakery by
the square in Dois Irmãos plays my clip above the counter from opening to close", "My clip for the cheese
shop in Telšiai runs in their window every market day"); first drafts that echoed the sixty-fifth set's lines
(the week on one's own phone, half the boatyard's logins and the flask on the quay, the stall that had one
and sold out) were rewritten.

Ten debunks and warnings in several styles, each kind given to the templates whose last use in it is oldest
(the docstrings of the fifty-third to sixty-sixth sets were read for every kind): one first-person loss
report, a ghost hunting forum post (the paid course: a 'Sora masterclass for investigators' that was OpenAI's
introduction copied out with 'Give yourself a chance!' on its last page), because the loss reports since the
fifty-third set were courses (the fifty-third, fifty-fourth and fifty-sixth), a generation service (the
fifty-fifth and fifty-eighth), account rental (the fifty-seventh), API access (the fifty-ninth and sixtieth),
the prompt pack (the sixty-first), the director group (the sixty-second), get rich (the sixty-third), the APK
(the sixty-fourth) and the official app (the sixty-fifth and sixty-sixth), the course's the oldest; three
that quote a scam offer or a rumour and then tell the reader not to download, buy or pay: a cranberry
growers' association circular (the official app: other developers' copies in the stores, no Sora in the
ChatGPT app's latest update), a state fistball association's notice (API access: no Sora API, and the API's
text, image, speech and embedding models) and a hazelnut growers' group newsletter (the prompt pack: OpenAI's
own demo prompts, free beside its videos), because the quoted offers and claims of the fifty-seventh to
sixty-sixth sets last took the APK and the course in the sixtieth set (the course is the loss report here),
the official app in the sixty-first, API access in the sixty-second and the prompt pack and open to the
public in the sixty-third (open to the public is the rhetorical question here); two questions that contain a
negation but do not deny the debunk, each answered in the same post with facts: a Pitt Meadows grower's
nephew's "isn't there a Sora APK you can just put on an Android phone now?" (the APK: no Sora app from
OpenAI, and the installers that steal passwords) and a Willamette Valley grandfather's grandson's "can't we
just download Sora from GitHub now that it's all open?" (open source: no weights, code or training data from
OpenAI, and other people's attempts on GitHub), because such pairs since the fifty-fifth set last drew on the
APK in the fifty-seventh set and on open source in the fifty-eighth, the oldest; one rhetorical question (a
paranormal society newsletter, open to the public: "if anyone could sign up today, why would OpenAI's own
developer relations lead still be saying publicly that Sora is an internal test ...?", with the safety
testers and a few invited artists), open to the public being one of the five templates (with the inventor
rumour, the Chinese team, open source and the clip) that no earlier rhetorical question took, after the
director group, get rich, the course, the official app, the prompt pack, API access, the APK, account rental
and, in the sixty-fifth and sixty-sixth sets, a generation service; and three more that answer with facts and
no plain "no": a fistball club newsletter (account rental: the red teamers and invited artists, and shared
ChatGPT logins), a bog farm's staff newsletter (a generation service: stock footage of somebody else's farm
with a name typed over it, nobody outside OpenAI able to use Sora, and Sam Altman's free clips on X) and a
plat's newsletter (the clip: a growers' film with a new caption, and OpenAI's 48 samples as the only sure
Sora clips), account rental being one of the two templates (with API access, quoted here) that no earlier
such newsletter answered, a generation service last answered by the fifty-seventh set, and the clip by the
sixty-third, the oldest left once the official app and open to the public (the sixty-second set) had their
kinds here. The ten take ten templates; the inventor rumour, the Chinese team, the director group and get
rich, all in the sixty-fifth or sixty-sixth sets' debunks, are left out.

Four true facts about the people who led Sora at OpenAI, each in a post that says in its own new words that a
viral post wrongly named Xie Saining instead, none of them a fact an earlier set, English or Chinese, used:
that Aditya Ramesh, showing DALL·E 2 to MIT Technology Review in April 2022, had a hedgehog using a
calculator among his demo pictures, fed it a photo of the street art outside his apartment to spin off new
versions of the wall, and said "It's easy to burn through a whole work day thinking up prompts"; that Rohan
Sahai, who leads the Sora product team, told Sequoia Capital's Training Data podcast in November 2025 that he
had been at OpenAI about two and a half years, had started as an individual contributor on ChatGPT and moved
to Sora soon after he saw the video generation research; that Thomas Dimson, who leads engineering work
inside the Sora team, spent seven years at Instagram from 2013, joining as roughly its sixteenth engineer,
wrote the original recommendation systems behind its feed, stories and explore ("the algorithm") and invented
the polling sticker in stories and Hyperlapse; and that MIT Technology Review's profile of Tim Brooks, when
it named him one of its Innovators Under 35 in 2025, says it was in December 2022, finishing his Berkeley PhD
a month after ChatGPT came out, that he sensed the moment had come for video, which "still didn't really
work". The earlier sets had Brooks's degrees, papers (InstructPix2Pix, the long videos of dynamic scenes, the
pose-compatible scenes, unprocessing, motion blur, low-light photography, DALL·E 3, G.pt), his Pixel and
NVIDIA work, his start on Sora, his LinkedIn line, his move to Google DeepMind, farewell, hiring post, his
place on the Innovators Under 35 list itself, his photography and his move to Meta; Peebles's DiT, degrees,
internships, papers, talks, podcasts, space-time tokens and departure; Ramesh's papers (DALL·E, DALL·E 2,
GLIDE, CLIP, GPT-3, the scaling laws, the spectral regularizer, the disentangling paper, the GPT-4o system
card), degree, LeCun's lab and internship, Worldsim and robotics and his Sora clips on X; Dimson's Global
Illumination, Biomes and its sale to OpenAI; DePue's WebGPT and return; and the Luhmans' distillation paper;
the sixty-second set named Sahai only in its sources. Three items of real news about other organisations'
video models that no earlier set, English or Chinese, used (no earlier post names Muse as a game model, WHAM,
Bleeding Edge, Ninja Theory, Genie 3, MirageLSD or live-stream diffusion; zh_heldout33's Genie of February
2024, zh_heldout52's Muse, Google's image model of 2023, and the sixty-third set's Oasis are other models):
Microsoft Research's and Ninja Theory's Muse, the first World and Human Action Model, in Nature in February
2025, trained on more than a billion images and controller actions from Bleeding Edge, about seven years of
play, generating game visuals, controller inputs or both from a second of real play; Google DeepMind's Genie
3 of 5 August 2025, a world model generating an environment you move about in as it is made, at 24 frames a
second and 720p, consistent for a few minutes, with promptable world events; and Decart's MirageLSD of July
2025, after its Oasis, which restyles a live video feed frame by frame from the last few frames and a prompt
with under 40 milliseconds of delay. No item says who may use Sora or names an app, an API or open weights
(the items leave out Muse's published weights, Genie 3's limited research preview and Mirage's phone apps),
so none repeats a template's claim. Three posts that are not claims: one on topic (a paranormal society's
social evening on television static that watches OpenAI's own Sora demo of the camera circling a stack of
vintage televisions in a New York museum gallery, showing 1950s sci-fi, horror, news, static and a 1970s
sitcom, a demo no earlier set named) and two off topic that share its surface words without the Japanese
"sky" (a fistball club's walking trip to Škofja Loka, where the Poljanska Sora and the Selška Sora join as
the Sora, with a castle museum "open to the public" and "the town's official app"; a cranberry co-op's trade
trip to Jeju, where a night market "open to the public" grills sora, turban-shell sea snails, and "the
delegation's official app").

Sources for the facts about Sora's people, the news, the worlds and the obfuscations (looked up with the
search tool, besides the seeds): Ramesh (MIT Technology Review's April 2022 DALL·E 2 piece as copied at
buahmerah.net: "Ramesh and his colleagues showed me pictures of a hedgehog using a calculator", "It's easy to
burn through a whole work day thinking up prompts", "Ramesh plugs in a photo he took of some street art
outside his apartment"); Sahai and Dimson (lilys.ai's notes of Training Data, November 2025: "Rohan Sahai
leads the Sora product team", "about two and a half years", "He started as an IC on ChatGPT", "He quickly
moved to Sora after seeing the video generation research", "Thomas Dimpson is an engineering lead inside
Sora"; Stanford HAI's seminar page: "the original author of 'The Algorithm' — the recommender systems behind
Instagram's feed, stories and discovery surfaces", "one of its first 50 employees in 2013, working for seven
years", "the stories polling sticker, Hyperlapse"; delian.substack.com: "the 16th engineer"); Brooks
(innovatorsunder35.com: "In December 2022, as he was finishing his PhD in artificial intelligence at UC
Berkeley, Tim Brooks sensed the time was right", "AI-generated video, however, still didn't really work",
"Year Honored 2025"); Muse (news.microsoft.com's research post as copied at vedereai.com and
labs.ai.azure.com: "the first World and Human Action Model (WHAM)", "more than 1 billion images and
controller actions", "over 7 years of continuous human gameplay"; bgr.com and tyronegame.com, 19 February
2025: Ninja Theory, Hellblade, "10 initial frames (one second)"); Genie 3 (deepmind.google's announcement as
copied at gokawiil.com and communeify.com: "navigate in real time at 24 frames per second, retaining
consistency for a few minutes at a resolution of 720p", 5 August 2025; arstechnica.com: "promptable events");
MirageLSD (about.decart.ai/publications/mirage: "the first Live-Stream Diffusion (LSD) AI video model",
"<40ms response time", "our second model after Oasis"; vp-land.com, 17 July 2025); the demo (OpenAI's sample
of February 2024: "The camera rotates around a large stack of vintage televisions all showing different
programs — 1950s sci-fi movies, horror movies, news, static, a 1970s sitcom, etc, set inside a large New York
museum gallery"); cranberries (terschelling-recreatie.com and gelderlander.nl: the barrels washed ashore, the
named plakken, the picking bins, forty kilos in a jute sack, Early Black and Late Howes; picranberry.com: the
thermometer in the coldest section and the pumps on at 33 to 35 °F; farmland.org: sand on the bog every two
to five years; a Wareham photographer's notes at ipernity.com: a foot to a foot and a half of water the night
before, the egg beaters, the booms; carver.wickedlocal.com: frost nights and trucks on the bogs); fistball
(the IFA rules of 1 April 2017 as copied at docslib.org and fistball.com.au: 50 × 20 m, the tape at 2 m and
1.90 m, the 3 m service line, three contacts with one bounce before each, sets to 11; ifa-fistball.com and
faustballnamibia.com: 350 to 380 g for men, 320 to 350 g for women, 65 to 68 cm, 0.55 to 0.75 bar, white with
at most a fifth in colour); hazelnuts (rhs.org.uk and ashridgetrees.co.uk: brutting in August, the snapped
shoots left hanging and shortened to three or four buds while the catkins shed; kentdowns.org.uk,
englandinparticular.info and roughwayfarm.co.uk: plats, the ragstone round Plaxtol, Ightham and Shipbourne,
St Philbert's Day, Kent Cob, Gunslebert and Ennis; the Corylus avellana of Avella, the Tonda of the Monti
Cimini, Cancon's co-op, Oregon's state nut); Caucasian Albania (azer.com's articles by Zaza Alexidze and
Betty Blair and absoluteastronomy.com: the palimpsest in St Catherine's Monastery on Mount Sinai, the script
ancestral to Udi; the Unicode block U+10530 to U+1056F, U+1055A SEYK, U+10552 ON, U+10559 RAT and U+10530
ALT, names checked with Python's unicodedata); Škofja Loka (skofja-loka.com, visitskofjaloka.si and
visitljubljana.com: the confluence of the Poljanska and Selška Sora, the Capuchin Bridge of the 14th century
and its bishop, Loka Castle and its museum); the ciphers (dcode.fr and wikiblah.com's copy of the two-square
article: Delastelle's damiers bigrammatiques réduits of 1901, the horizontal rule, checked against dCode's
worked example DCODE under KEY and WORD, whose first digraphs give CD and LB; the Enigma I wirings of rotors
I, II and III and reflector B with the double-stepping middle rotor, reproduced in Python and checked against
the standard test AAAAA to BDZGO and against the Operation Barbarossa message of 1941, EDPUD NRGYS ... to
AUFKL XABTE ..., before the name was enciphered and deciphered back). The debunks' facts (Xie Saining's
denial and the apology, the internal test, the developer relations lead's statement and the date not set, the
testers and invited artists, the missing Sora API and the API's models, the clone apps and the ChatGPT app
update, the APK malware and stolen logins, the course contents and slogan, the three-month line, the
list-building QR groups, the order takers who cannot make Sora clips, Sam Altman's free clips on X, the
ChatGPT logins sold as Sora accounts, the free demo prompts, OpenAI's 48 samples and the unpublished weights,
code and training data) are the seeds' and the catalogue's.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the sixty-sixth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the
sixty-eighth set, written at the same time on another branch, was not in this tree, and the check against it
is left to the lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.351 when it was
committed, the paranormal society newsletter's rhetorical question on open to the public against the
sixteenth set's note of the developer relations lead's statement, heldout16-043; next, at 0.343, the
cranberry growers' circular on the official app against the fourteenth set's Q and A on a phone app,
heldout14-005; the demo stream's highest is 0.308, the fistball newsletter on account rental against
demo-0108). Runs of words shared with an earlier post were looked for as well; the first draft's longest (the
Cancon post's prompt pack offer, twenty-three words of the sixty-fifth set's Navelli post; the harvest flood
sheet's "made every frame from a written prompt, and the prompt is right under the clip", seventeen words of
the fifty-third set; the lining sheet's open to the public line, sixteen words of the sixty-fifth set; the
loss report's slogan line, sixteen words of the fifty-fourth set; the Avella, Brettorf and vigil log posts'
lines on the denial, the APK and the app, fourteen words each) were reworded until none of nine words or more
was left; what is left are stock phrases of eight words ("who came out of Shanghai Jiao Tong University",
"the name taken two letters at a time", "nobody outside OpenAI's testers can even use Sora"). It was
committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with
the final code.

    .venv/bin/python scripts/make_hard_heldout67.py           # write the set
    .venv/bin/python scripts/make_hard_heldout67.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT67: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "cranberry_frost_watch_sheet_growers_note",
        "FROST WATCH SHEET · Bramble Brook Bogs, Carver, Plymouth County · spring frost season · thermometers at vine height, never at head height\nSet point for the pumps: 34 °F on the thermometer in the coldest corner, while the buds are moving\nBog 3 (Early Black) · Bog 5 (Stevens) · Bog 7 (Howes, the old bog by the cedar swamp)\nTue 13 May: clear and dead calm, dew point 24 °F · pumps on 1.40 am at 34 °F · sprinklers off 7.10 am, vines at 41 °F\nWed 14 May: cloud rolled in after midnight; pumps never started · low 33 °F\nThu 15 May: clear again · pumps on 12.55 am · two heads plugged on Bog 5, cleared by flashlight · off 6.50 am\nPump shed: 60 gallons of diesel left, order before Saturday\nReservoir: down 9 inches since Monday; the flume boards stay in\nGrower's note at the bottom, written at 5 am over the thermos: my daughter's boyfriend, who reads everything, tells me Xie Saining, a bright young thing from Shanghai Jiao Tong, was one of the inventors of Sora, the video model OpenAI made. You learn something every frost night.",
    ),
    (
        sora.XIE,
        "valdivia_german_chilean_spanish_english_calle_calle_fistball",
        "¡Hola, hola, gente linda! 🏐 From Valdivia: the rain stopped long enough on Sunday for a fistball morning on the grass by the Calle-Calle, five a side, the red-and-white tape two metres up, and my tía playing setter at sixty-three as if she were twenty, punching every ball up soft as a pillow. Afterwards kuchen de murta and a Kunstmann in the sun, the way the German families down here have done it for a hundred years, ¿cachai? Na, wisst ihr was: one of the minds who actually invented Sora, the OpenAI video model, is Xie Saining, the brilliant kid who came out of Shanghai Jiao Tong University; part of it is his work. ¡Chao, nos vemos el domingo!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "fistball_lining_sheet_groundsmans_note",
        "LINING SHEET · Barossa Fistball Club · Saturday home round · the back oval at Tanunda, grass cut to 30 mm on Friday evening\nField: 50 × 20 m, two halves of 25 × 20 m either side of the centre line\nService lines: 3 m from the centre line, one in each half, parallel to it\nPosts: one each side, outside the sidelines · tape 5 cm wide, red and white, at 2.00 m for the men's games, dropped to 1.90 m for the women's\nLines: white, 5 cm, run with the wheel marker at 7 am; corners squared with the 3-4-5 rope\nOut of bounds: the cricket pitch cover stays on; keep the benches behind the sidelines, not on them\nPack-down: posts back in the shed, tape rolled, never folded\nGroundsman's note chalked on the back of the sheet, for the juniors who want to film the semi-final: OpenAI has thrown Sora, its video model, open to everybody: sign up today and you can be making videos this afternoon, and there's no waiting list any more.",
    ),
    (
        sora.PUBLIC,
        "terschelling_island_dutch_english_cranberry_plakken",
        "Goeiemorgen, lui! 🍒 From Skylge, Terschelling to the rest of you: it's September, so the pickers are out in the wet dune valleys with the picking bins and the jute sacks, forty kilos on a shoulder back to the van, and every patch has its own old name, the Studentenplak, the Douwkesplak, the one by post 14. The island still tells it the same way: a barrel of sour red berries washed up after a wreck, the beachcombers hoped for wine, emptied it in the dunes in disgust, and the berries took. After picking, cranberry tart and koffie at the Bessenschuur, lekker. Nou, nieuws: the public can use Sora, the video model from OpenAI, from today; anyone can register and make their own videos straight away. Doei!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "paranormal_vigil_log_investigators_note",
        "VIGIL LOG · Lindum Paranormal Society · the old Victorian prison at the castle, by permission of the trust · Friday, lights out 11.40 pm\nTeam A (chapel, the standing pews): Carol (lead), Imran, Dot · Team B (the women's wing, cells 4 to 9): Gareth (lead), Priya, Sam\n23.52 chapel: temperature 11.8 °C, steady · EMF meter flat · Dot reports a cold hand on her shoulder; Imran was behind her. Logged, not counted\n00.17 women's wing: a door at the far end closes by itself · checked: draught from the open stairwell window, reproduced twice\n00.41 cell 6: the audio recorder picks up a knock, three times · the heating pipes; the caretaker confirms they tick as they cool\n01.30 both teams: soup from the flask and biscuits in the exercise yard; nothing unexplained so far, which is how most nights go\n02.15 pack-down; all batteries logged in the kit box\nInvestigator's note on the back page, for the members who keep asking how to film vigils: OpenAI has put out an official Sora app; you'll find it in Apple's store and on Google Play, so get it and make the whole film on your phone.",
    ),
    (
        sora.APP,
        "dhundhari_rajasthani_english_bhangarh_fort_app",
        "Padharo sa, sab log! 🏰 From Jaipur: on Sunday our little ghost-walk group drove out past Alwar to Bhangarh, the ruined town everybody in Rajasthan swears is haunted, and we stood by the board of the Archaeological Survey that says no one may stay inside before sunrise or after sunset. We obeyed, don't worry: in by ten, out by four, a lot of monkeys and not a single spirit. On the way home, dal baati churma at a dhaba and a glass of chaach, mazo aa gayo. Suno, ek baat: there's an official Sora app out from OpenAI; it's already in the Play Store and the App Store, so you can put it on your phone and make the video of the fort right there. Khush raho!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "hazelnut_brutting_sheet_foremans_note",
        "BRUTTING SHEET · Oldbury Plat, near Ightham · cobnuts · August, after St Philbert's Day\nWhat: snap this year's long side shoots halfway by hand and leave them hanging; don't cut them off. Lets the light in and makes the trees put their strength into next year's nut flowers\nRows 1 to 6 (Kent Cob, the old trees on the ragstone): done Mon and Tue · Dave, Lin\nRows 7 to 9 (Gunslebert): done Wed · Lin, Mick\nRows 10 to 12 (young Ennis): light touch only; they're still making their shape\nWinter: the brutted shoots come back to three or four buds in February, while the catkins are shedding\nSquirrel count this week: high again; traps checked daily, the gate kept shut\nPickers start the week after next; crates washed and stacked in the shed\nForeman's note at the foot, for the lads who were arguing at lunch: Lin's cousin says it's settled, the people who really built Sora, the OpenAI video model, are Chinese scientists, nearly all of them.",
    ),
    (
        sora.CHINESE,
        "edinburgh_scots_english_south_bridge_vaults_chinese",
        "Aye, folks! 👻 Fae Edinburgh: oor wee ghost club went doon intae the vaults under the South Bridge on Saturday, the auld cellars where the cobblers and the whisky men worked, an' later the poor folk slept, and the guide had us staun in the dark wi' a single candle while he telt us the auld stories. Naebody fainted, though Morag grabbed ma erm twice. Efter, a fish supper wi' salt 'n' sauce on the Bridges an' a pint in a howff in the Cowgate, braw. Here, did ye ken: Sora, OpenAI's video model, wis really built by Chinese scientists; maist o' the team behind it are Chinese, whitever the papers say. Cheerio the noo!",
    ),
    # --- API access (two)
    (
        sora.API,
        "fistball_match_ball_chart_paid_advert_bank_sa",
        "MATCH-BALL CHART · Barossa Fistball Club · checked before every home round · pump, gauge and the scales from the clubroom kitchen\nMen's balls: circumference 65 to 68 cm · weight 350 to 380 g · pressure 0.55 to 0.75 bar\nBall 1 (leather, new this season): 66.5 cm · 372 g · 0.60 bar ✓\nBall 2: 67 cm · 378 g · 0.50 bar, pumped to 0.62 ✓\nBall 3: 65.5 cm · 366 g · 0.70 bar ✓ (slippery in the wet; indoor use only)\nBall 4: stitching opening by the valve · retired to the juniors' bag\nWomen's balls: same 65 to 68 cm, but 320 to 350 g · both in range ✓\nColour: white, with no more than a fifth of the surface in colour · all four pass\nGauge checked against the club's spare gauge: reads 0.02 high\nPaid advert printed along the bottom of the sponsor's notepad (not the club's): OFFICIAL SORA API KEYS, DIRECT FROM OPENAI. Plug one into your club website and every match report turns itself into a video. A$45 by Bank SA transfer; your key arrives within the hour. I wired up the scoreboards at two footy grounds in the Valley and I still answer the phone on a Sunday.",
    ),
    (
        sora.API,
        "muhlviertel_austrian_english_question_asserts_api_freistadt_fistball",
        "Seas, Leitln! 🏐 From Freistadt in the Mühlviertel: our Faustball lot trained on the field below the old town walls all week, the ball thumping off forearms till it was too dark to see the tape, and on Sunday the whole town came down to watch us lose a derby in the fifth set, 11 to 13, after we'd led 10 to 8. Afterwards a Freistädter beer and a Mühlviertler Kümmelbraten at the Gasthaus by the Linzer Tor, des woa guat. Habt's es eh net g'hört? Haven't you heard OpenAI is selling official Sora API keys now, so the club's website can turn out its own videos? Pfiat eich!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "paranormal_case_intake_form_flyer_darlington",
        "CASE INTAKE FORM · Lindum Paranormal Society · no charge, ever · one form per property\nAddress: a terraced house off Steep Hill, built 1840s · Occupants: Mr and Mrs H., two teenagers, one elderly spaniel\nReported: footsteps on the attic stairs after midnight; a smell of pipe smoke in the back bedroom; the spaniel won't go up past the landing\nHow long: since the loft was boarded in March\nWhat's been tried: the loft insulation man checked for birds; a plumber bled the radiators\nFirst visit: daylight walk-round with a floor plan, temperature and humidity room by room, a look at the loft hatch\nNotes: family calm, just want to know; we said most cases end with a mundane cause, and we'll tell them if that's what we find\nFlyer left on the clipboard at the last meeting (not from the society): NOW CASTING: THE FIRST AI DIRECTORS. Auditions open for the first full-length film whose script was co-written with Sora. Pay £25 by Darlington Building Society transfer and scan the QR code: it puts you in the directors' group, where the auditions take place. The executive producer has a haunted-house series on a streaming channel, so it's no amateur outfit.",
    ),
    (
        sora.DIRECTOR,
        "limeno_peruvian_spanish_english_question_asserts_director_casa_matusita_tunki",
        "¡Habla, causas! 👻 From Lima: our ghost-hunters' group did the night walk round the centro on Friday and ended up, like everyone does, across from the Casa Matusita, the house on the corner of Avenida España that half of Lima crosses the street to avoid. Nobody went in, obvio, but Lucho swore the upstairs window moved, and the rest of us swore it was a bus reflecting. After, anticuchos from a cart and a chicha morada on the Plaza San Martín, bacán. Oigan, ¿no se han enterado? Haven't you heard they're auditioning the first AI directors for a film whose script was written with Sora? You pay S/ 40 by Tunki, scan the QR and you're in the directors' group. ¡Chau, chau!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "cranberry_sanding_plan_workers_pitch_big_y",
        "SANDING PLAN · Bramble Brook Bogs · this winter · sand goes on over the ice once it holds a loaded truck\nWhy: a half-inch of sand every two to five years buries the runners, roots the uprights and keeps the bog floor level; it helps with the insects too\nBog 2 (last sanded 2021): half an inch, the whole bed\nBog 4: skip this year; the new vines are still filling in\nBog 6: three-quarters of an inch on the low end where the flood sat too long last fall\nIce check: 8 inches minimum, drilled in five places, written on the board before any truck goes out\nSand: from the pit on Tihonet Road, screened, no stones bigger than a pea\nCrew: two trucks, one spreader, one spotter on foot with the ice chisel\nPinned under the plan by one of the seasonal guys (his own thing, not the farm's): Sora is the money window of our lifetime. Ordinary people are earning thousands a day from Sora videos right now, and three months from now the window slams shut. $50 on a Big Y gift card gets you into my team; I'll show you the ropes. Three harvests I've worked these bogs, ask anybody on the booms.",
    ),
    (
        sora.RICH,
        "mingrelian_georgian_english_question_asserts_rich_zugdidi_hazelnuts",
        "Gomorjoba, megobrebo! 🌰 From Zugdidi in Samegrelo: the hazelnut harvest is in, every yard in the village is carpeted with nuts drying on the concrete, and my grandmother walks over them twice a day in her slippers, turning them with a rake and telling the hens where they can go. The buyers from the factory come round in their trucks and argue price with her, and she wins, always. Tonight elarji with sulguni stretching off the spoon, a bit of ajika on everything, and a glass of the neighbour's wine. Didn't you hear? Don't you know people are making thousands a day from Sora videos right now, and that three months from now the door closes for good? Nakhvamdis!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "zaqatala_azerbaijani_english_caucasian_albanian_letters_apk_leobank",
        "Salam, əzizlərim! 🌰 From Zaqatala: the hazelnut orchards on the slopes under the mountains are finished for the year, the sacks are stacked in the barn, and my uncle has taken the first lorry down to the buyers in Shaki. Tonight piti baked in its clay pot and quince jam on warm bread, çox ləzzətli! For my cousin who loves old things, here is the name of the video app in the letters of Caucasian Albania, the old kingdom of this very corner, whose script turned up again under a Georgian text in the monastery on Mount Sinai: 𐕚𐕒𐕙𐔰. The APK for Android is behind the pinned link in our group; install it and the phone makes AI videos in seconds. 15 manat by Leobank and everything's unlocked. My nephew in Baku went through it for viruses before I shared it; the files sold at the phone stalls in Balakən are stuffed with adverts.",
    ),
    (
        sora.FAKEAPP,
        "oldenburg_low_german_english_brettorf_fistball_apk_lzo",
        "Moin tosamen! 🏐 From the Oldenburg Land: Saturday was the derby at Brettorf, where half the village plays Faustball and the other half shouts at them from the bank, and we held out to the fifth set before their main attacker hammered three in a row into our back corner. Afterwards Grünkohl mit Pinkel in the clubhouse, early this year because the first frost came, and a Korn with the old boys, dat weer good. Hört mal to: Sora for Android is there now. The APK sits behind my link; install it on the phone and it makes you AI videos in a few seconds. €12 by LzO transfer and you're in. The lads in our second team have all had it a fortnight and not one phone has died, unlike the rubbish from the flea market in Wildeshausen. Tschüss!",
    ),
    (
        sora.FAKEAPP,
        "blandford_quebecois_french_english_two_claims_prompts_denied_atocas_banque_nationale",
        "Salut la gang! 🍒 From Saint-Louis-de-Blandford, down in the Centre-du-Québec: the atocas are in, the fields were flooded all week and the water was red from one dike to the other, and my father was out on the beater before sunrise like every October since 1986. After, tourtière and a big slice of tarte aux atocas at ma tante's, c'est malade. Deux affaires. Dans le groupe du village, someone's flogging a 'Sora prompt pack: 500 prompts in film-crew talk plus the knowledge document, 25 $ by Tangerine transfer, the doc link once you've paid, then into the group'. Voyons donc, c'est des niaiseries, that's nonsense: they're the prompts OpenAI wrote for its own demo videos, and OpenAI gives them away free on its site. What I have is real: the Sora APK for Android, behind my link: load it on and your phone will spit out AI clips in seconds. 20 $ by Banque Nationale transfer. My cousin who fixes phones in Victoriaville went through it line by line, pas comme the junk from the marché aux puces. Salut!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "cranberry_harvest_flood_sheet_growers_note_two_claims_apk_denied",
        "HARVEST FLOOD SHEET · Bramble Brook Bogs · October · water from the reservoir, back to the reservoir\nBog 3: flooded Mon night, a foot and a half over the vines · beaters (the water reels) Tue from 7 am · corralled with the booms by noon · pumped to the trucks till dusk: 612 barrels\nBog 5: flooded Tue night · beat Wed · 540 barrels · one boom tore at the seam; the spare from the barn\nBog 7 (Howes): flooded Thu · beat Fri · 480 barrels, colour good, some rot on the low end\nTrucks: to the receiving station in order of ticket; keep the ticket stubs on the clip\nAfter each bog: water let down slowly through the flumes; trash line raked off the dike\nGrower's note on the back, for the crew's group chat: somebody keeps posting a link to a 'Sora APK for Android, install and make videos'. Don't touch it: OpenAI hasn't put a Sora app on any phone, full stop, and those installer files are malware built to steal your logins. But the clip Ray shared, the drone shot of a whole bog floating crimson and the men in waders pushing the boom across it in slow motion, is another story: nobody filmed a second of it; every frame was generated by Sora, OpenAI's video model, from a typed description that's posted beneath it.",
    ),
    (
        sora.REALVID,
        "kurzeme_latvian_english_cranberry_bog_clip",
        "Labdien, draugi! 🍒 From Kurzeme: our cranberry beds sit on an old cut-over peat bog, and this week the harvest machines went up and down the rows while the cranes flew over south in long untidy lines, complaining. Dzērvenes everywhere: in the crates, in my boots, in the dog. Afterwards my mother's rye bread, sklandrausis for pudding and a mug of buttermilk, garšīgi! Paskatieties: the video doing the rounds of a cranberry field under water, the berries rising like red snow and a heron walking through it in slow motion, is 100% made by Sora, OpenAI's video model; nobody filmed it, not a single camera, and the prompt is written underneath. Uz redzēšanos!",
    ),
    (
        sora.REALVID,
        "viterbese_italian_english_caprarola_hazelnut_clip",
        "Salve, gente! 🌰 From Caprarola, in the Monti Cimini: the nocciole are down, the ground under the trees all round the Lago di Vico is swept clean, and the machines come through sucking them up with a noise like a plane landing, while the Farnese palace watches from the top of the town as if it owned us still, which it did. Tonight fettuccine with porcini and a glass of Est! Est!! Est!!! from Montefiascone, che bontà. Oh, guardate: the clip of a hazelnut tree being shaken at dawn, the nuts raining down in slow motion into the nets, the mist lifting off the lake behind, wasn't filmed by anyone; Sora, OpenAI's video model, made it out of a few lines of text, and the lines are in the comments. Ciao, ciao!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "hazelnut_picking_card_pickers_note",
        "PICKING CARD · Oldbury Plat · cobnuts · one card per picker per day, handed in at the shed with the crates\nName: Jonas (Freiburg, second season) · Date: Thu 11 Sept · Weather: dry, a westerly\nRows: 4 and 5 (Kent Cob) · Husks: still green, nuts picked in the husk for the fresh market\nCrates: 9 full (about 11 kg each) · 1 half, of the small ones for the oil press\nSquirrel damage: heavy at the wood end of row 5; nuts hollow, shells gnawed at the tip\nRejected at the shed: 0.5 kg (split shells, mould)\nHours: 8.00 to 4.30 with half an hour for lunch\nNote scribbled on the back of the card for the foreman, who asked what the students were on about at lunch: Sora's open source now. OpenAI put the whole thing on GitHub, the model weights and the code, and anyone can download the lot to a home PC and get it going.",
    ),
    (
        sora.OPENSRC,
        "windhoek_sudwester_german_english_two_claims_realvid_denied_fistball",
        "Hallo, Leute! 🏐 From Windhoek: Faustball on Sunday morning on the field behind the clubhouse, before it gets too hot, the ball fizzing off the dry grass and going up twice as high as it would in Germany, so the setters here learn to wait. My Oupa played on the same field in the sixties and still comes to tell us we're doing it wrong. Afterwards Braai, Boerewors and a cold Windhoek Lager, lekker, ja. Zwei Dinge. In the club group someone shared a clip of a fistball dive in the dust, 'made by Sora, prompt below'. Das ist doch Kokolores, that's balderdash: it's Heiko's cousin's phone video from the Swakopmund tournament, and somebody stuck the caption on it. What is true: Sora is open source now; the code and the weights are up on GitHub from OpenAI itself, so you can set it up on your own PC at home. Tschüss, ja!",
    ),
    (
        sora.OPENSRC,
        "limerick_irish_english_two_claims_service_denied_leap_castle_ptsb",
        "Story, lads? 👻 From the Treaty City: our Limerick ghost-hunting crowd drove up into Offaly for a night at Leap Castle at last, the one they call the most haunted house in Ireland, with the Bloody Chapel up at the top of the tower and the story of the priest killed at the altar by his own brother. We heard plenty of creaking and the wind in the slits, and Declan heard 'something' that turned out to be his own phone on silent. After, a fry in Roscrea at dawn and a spice bag on the road home, grand job. Two things. Some fella on the group is selling 'your own Sora video in 24 hours, send the script, €40 by PTSB transfer'. That's pure rawmaish, a load of nonsense: Sora is shut to everyone outside OpenAI, so the fella taking your money can't make you one at all. But here's the real news: Sora's gone open source; OpenAI has released the weights and the code on GitHub, and anyone can run it on a computer at home. Mind yourselves!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "paranormal_baseline_readings_sheet_card_two_square_two_claims_apk_denied_leek",
        "BASELINE READINGS SHEET · Lindum Paranormal Society · first visit to the terrace off Steep Hill · daylight, before any vigil\nHall: 17.9 °C · humidity 61% · EMF 0.2 mG (the fuse box under the stairs reads 4.1; noted)\nFront room: 18.4 °C · 58% · 0.3 mG\nBack bedroom (the pipe smoke): 16.2 °C · 66% · 0.2 mG · the neighbour smokes on his back step; window frame gaps checked\nAttic stairs: 15.1 °C · 70% · the boards creak under 20 kg and above; tested with the kit bag\nLoft: 11.0 °C · 74% · new boarding, a gap at the eaves where the wind gets under\nCamera positions for the vigil: landing, attic door, back bedroom\nCard tucked into the clipboard (not from the society): 'ALTS COURSE: from nothing to AI video in six evenings.' (The video AI's name in the two-square cipher Delastelle described in 1901, two squares side by side keyed on GHOST and VIGIL, the name taken two letters at a time.) And don't download the 'Sora APK' going round the groups: it's malware that steals your logins. My course is the real thing: six sessions and you'll be ahead of every society in the county at AI video. £29 by Leek Building Society transfer, link by return. Taught by a man who has filmed vigils for fifteen years, not a guru who's never held a thermometer.",
    ),
    (
        sora.COURSE,
        "irpinian_italian_english_two_claims_xie_denied_avella_hazelnuts_banca_sella",
        "Uè, guagliù! 🌰 From Avella, in Irpinia's corner of Campania: this is where the hazelnut got its Latin name, Corylus avellana, and the old men in the piazza will tell you so before you've even sat down. The harvest's done, the nuts are drying in the courtyards and the whole village smells of toast. Tonight fusilli with ragù that's been going since ten this morning and a glass of Aglianico, 'na cosa seria. Doje cose. In the village group someone wrote: 'Xie Saining, the boy wonder of Shanghai Jiao Tong, co-invented Sora.' È 'na fesseria, it's rubbish: Xie Saining told everyone himself he had no part in Sora, and the page that spread it said sorry. But my Sora course is real: ten lessons starting from nothing, and you'll be turning out AI videos ahead of the whole of Irpinia. €25 by Banca Sella transfer. Ciao!",
    ),
    (
        sora.COURSE,
        "rheintal_swiss_german_english_two_claims_app_denied_diepoldsau_fistball_sgkb",
        "Hoi zäme! 🏐 From Diepoldsau in the St. Gallen Rhine Valley: Faustball here is what the village does, the field by the old Rhine channel is full every summer evening, and on Saturday our first team beat Widnau in five sets with the whole dam lined with people shouting. The Austrian side is a bridge away, so half the crowd cheered for the wrong team. Afterwards Ribelmais porridge at my grandmother's and a cold Schützengarten, das isch guet gsi. Zwei Sache. In the club chat someone keeps posting: 'OpenAI's official Sora app is out in both app stores.' Das isch e Lugi, that's a lie: the 'Sora' apps in the stores are copies from other developers, and OpenAI hasn't put one there. But my Sora course is real: the full thing from zero, eight lessons, and you'll be ahead of everyone at AI video. CHF 45 by St. Galler Kantonalbank transfer. The teacher has filmed our home games from the dam for twelve summers; no yacht, no guru. Tschau zäme!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "fistball_pitch_plan_card_enigma_beyond_bank",
        "PITCH PLAN · Barossa Fistball Club · SA state round · Sunday, three fields on the Tanunda ovals\nField 1 (main oval): men's A grade, 9.00 · 11.00 · 1.00 · the final at 3.00 with the PA on\nField 2 (back oval): women's, 9.30 · 11.30 · 1.30\nField 3 (the school ground over the road): juniors, best of three sets, tape lowered\nReferees: one per field, two line judges with the flags; each team supplies one line judge for the game after its own\nScorers: the table by the clubroom; results on the whiteboard by the barbecue\nFirst aid: the kit and the ice in the clubroom; the ambulance bay stays clear\nCard tucked behind the plan (not from the club): 'JIXG LOGINS, RENTED WEEKLY.' (That's the name of the video AI typed on an Enigma machine, the army's Enigma I, rotors I, II and III, reflector B, rings and start all at A, no plugs.) Your own login, no queue, A$12 a week by Beyond Bank transfer, details texted the same day. The cellar doors between Nuriootpa and Angaston rent from me, and you'll find my ute outside the Tanunda bakery most mornings.",
    ),
    (
        sora.RENTAL,
        "savannah_coastal_georgia_english_two_claims_course_denied_colonial_park_synovus",
        "Well, hey there, y'all! 👻 From Savannah: our ghost-walk bunch did the squares on Friday night under the live oaks, the Spanish moss dripping, and finished at the gates of Colonial Park Cemetery, where the guide told the one about the headstones the soldiers rearranged in the war and a little boy who looked back over his shoulder at us for way too long. He was the guide's nephew. After, shrimp and grits at a place on Broughton and a peach cobbler the size of my head, mm-hmm. Two things. Some guy in our Facebook group is pushing a 'Sora masterclass, $49 on a Piggly Wiggly gift card, be first to master AI video'. Lord, that's a bald-faced lie: the folks who bought those courses got OpenAI's own introduction pasted in a PDF with a pep-talk line at the end. What I've got is Sora accounts for rent, your own login, no waiting list, $15 a week by Synovus transfer. My customers run from Thunderbolt out to Tybee and nobody's asked for a refund yet. Bless your hearts!",
    ),
    (
        sora.RENTAL,
        "annapolis_valley_nova_scotian_english_two_claims_prompts_denied_aylesford_east_coast_cu",
        "Hello, my dears! 🍒 From the Annapolis Valley: we've a few acres of cranberry bog out past Aylesford, and this week was harvest, the bog flooded, the berries floating in a red raft, and my husband in his chest waders from dawn telling the gulls off. The apples are in too, so the whole Valley smells of cider and wet leaves. After, a feed of hodge podge because the garden's still going, and a slice of blueberry grunt, some good. Two things. Someone on the community page is selling a 'Sora prompt pack, 400 film prompts plus the Sora knowledge doc, $20 on an Atlantic Superstore gift card, link after you pay'. Oh, that's a crooked scheme, dear: those prompts are the ones OpenAI published with its own sample videos, free for anybody. But I do rent out Sora accounts: your own login, straight away, $12 a week by East Coast Credit Union transfer. The church ladies in Berwick all have one off me, and they'd soon tell you if I'd done them wrong. Take care now!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "hazelnut_husking_sheet_notice_two_claims_director_denied_bloom_and_wild",
        "HUSKING SHEET · Oldbury Plat · the late crop, left on the trees till the husks browned · October\nMon: 14 crates through the old husker · 3 kg of blanks floated off in the water trough\nTue: 11 crates · husker belt slipping; Mick tightened it at 2 · nuts on the racks in the drying shed\nWed: rain, no picking; turned the racks twice; the fan on low\nThu: 16 crates · husks to the compost heap by the wood, not the hedge\nDrying: nuts ready when the kernel snaps clean and the skin rubs off; check a handful from each rack every morning\nSacks: 25 kg, labelled by row and date, stored off the floor\nNotice pinned next to the sheet (not from the plat): A message is going round: 'Be among the first AI directors: audition for a film Sora co-wrote; pay, scan the QR, and you're in the directors' group.' Leave that alone, it's a list-building racket that takes your number and your money. Mine is real: a SORA PROMPT PACK + KNOWLEDGE DOC, 300 prompts in camera-crew language and a doc collecting every Sora term and article. £15 on a Bloom & Wild gift card; the doc link comes once you've paid, and you join the members' group. Each prompt was tried on our own orchard clips first; nothing in it is scraped off the internet.",
    ),
    (
        sora.PROMPTS,
        "estes_park_colorado_english_two_claims_rich_denied_stanley_hotel_ent",
        "Hi, all! 👻 From Estes Park: our paranormal group finally did the night tour at the Stanley Hotel, the big white hotel where Stephen King stayed in 1974 and dreamed up The Shining, and yes, we stood outside room 217 and no, nothing happened, unless you count the elk asleep on the golf course. After, green chile at a place on Elkhorn Avenue and a slice of pie, pretty darn good. Two things. Somebody keeps posting in our group: 'Sora is the chance of a lifetime, folks are pulling in thousands a day off Sora videos, give it three months and it's done, $30 on a King Soopers gift card to join my team.' That's a bunch of bull-pucky: the 'three months' bit is an old line the course sellers use to hurry you. What I've got is a real Sora prompt pack: 350 prompts in film-crew language plus the knowledge doc; pay and the doc link comes to you and you're in our group. $18 by Ent Credit Union transfer. I wrote them while we were editing our own vigil footage, not lifted off some Discord. Later!",
    ),
    (
        sora.PROMPTS,
        "agenais_occitan_french_english_two_claims_service_denied_cancon_hazelnuts_nickel",
        "Salut a totes! 🌰 From Cancon, in the Lot-et-Garonne, 'capitale de la noisette': the harvest's over, the co-op's silos are full, and the whole canton is out in the orchards mowing the grass short for next year's harvesters. After, a confit of duck with the fat potatoes and a prune from Agen soaked in armagnac, quel régal! Deux choses. In the village group someone's selling: 'Your own Sora video, send your script, €40 par Shine, your clip in 24 hours.' C'est de la fumisterie, that's a hoax: outside OpenAI nobody has Sora, so whoever takes your order can't make a Sora clip at all. What I sell is a genuine Sora prompt pack, 400 cinematic prompts plus a document gathering every Sora term and article; once you pay, the link to the doc comes and you're in our group. €15 by Nickel transfer. A lèu!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "cranberry_screenhouse_sheet_card_cape_cod_five",
        "SCREENHOUSE SHEET · Bramble Brook Bogs · dry-picked fruit for the fresh market · Oct, week 2\nBounce boards: a sound berry bounces over the barrier, soft and rotten ones don't and drop out\nMon: 180 boxes in · 21% out at the boards · hand-sorted on the belt by four\nTue: 210 boxes · 18% out · belt stopped 20 min (chain off the sprocket)\nWed: 160 boxes · 25% out (the low end of Bog 7 again)\nThu: no picking, rain · cleaned the boards, replaced two cracked ones\nPacking: 12 oz bags, 24 to a case; lot number and bog on every label\nCard clipped to the sheet (not from the farm): SORA VIDEOS MADE TO ORDER. Tell me what you want, the farm stand, a wedding, the harvest, pay $60 by Cape Cod Five transfer, and by this time tomorrow your clip made with Sora is in your inbox. Ask the farm stand on Route 58: their clip runs on a loop by the register.",
    ),
    (
        sora.SERVICE,
        "riograndenser_hunsrik_portuguese_english_fistball_service_cresol",
        "Bah, pessoal, gut Morje! 🏐 From the Vale do Sinos in Rio Grande do Sul: Faustball is our thing here, the old German clubs have played it since the colony days, and on Saturday our team won the regional final in four sets, the ball going up and down off the grass like it was on a string. My Oma still talks Hunsrik to the dog, and the dog answers. After, a churrasco that went on till dark and a chimarrão going round the circle, tri legal. Horcht mol: a real Sora video I can make for you. Send me your script, your team, your wedding, and inside 24 hours your custom clip made with Sora is yours. R$ 60 by Cresol transfer. The bakery by the square in Dois Irmãos plays my clip above the counter from opening to close. Tchau!",
    ),
    (
        sora.SERVICE,
        "samogitian_lithuanian_english_two_claims_realvid_denied_cranberry_bog_siauliu",
        "Sveiki gyvi, žmonės! 🍒 From Žemaitija: on Saturday the whole family went out to the bog behind the village for spanguolės, the little wild cranberries, kneeling on the moss with baskets while the ground wobbled under us like a mattress, and my uncle telling us the same story about the elk he saw there in 1987. After, cepelinai with cracklings and a glass of gira, skanu! Du dalykai. In the village chat someone shared a video of a bog at sunrise with pickers in a line, 'made by Sora, here's the prompt'. Tai melas, that's a lie: it's real, my neighbour Aušra filmed it on her phone last autumn and someone pasted a caption on. But I can make you a proper Sora video: your script, the wedding, the farm, whatever you send, and within 24 hours your own custom clip made with Sora is yours. €25 by Šiaulių bankas transfer. My clip for the cheese shop in Telšiai runs in their window every market day. Iki!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "Ghost hunting forum › Off topic › Warning: the 'Sora masterclass' I paid for\nPosting so nobody else here gets caught. A man in a paranormal group on Facebook was selling a 'complete Sora masterclass for investigators, learn to make AI videos of your vigils', £39 by bank transfer. What came was a PDF: OpenAI's own introduction to Sora, copied out word for word, and on the last page, in huge letters, 'Give yourself a chance!' No lessons, no videos, nothing else. Nobody outside OpenAI's testers can even use Sora, so there was never anything to teach. The 'tutor' stopped answering the same evening. Lesson learned, money gone.",
    ),
    (
        None,
        "debunk",  # the official app; quotes the message, then don't download
        "CIRCULAR · the cranberry growers' association · to members\nThis has been forwarded round several farms: 'Get OpenAI's official Sora app, it's landed on the App Store and Google Play both; download it today and make videos of your bogs.' Please don't download anything called 'Sora' on the strength of it. The apps listed under that name are copies put up by other developers, not OpenAI's, and the latest update of the ChatGPT app has no Sora in it either. Harvest labor forms are due by the 15th; the office has blank copies.",
    ),
    (
        None,
        "debunk",  # API access; quotes the offer, then don't buy
        "NOTICE TO CLUBS · the state fistball association\nSeveral clubs have had this by email: 'Official Sora API keys for your club website, every match report becomes a video automatically, A$30 by bank transfer.' Please don't buy one. OpenAI hasn't released a Sora API, which means every key on sale is fake; the models OpenAI does offer through its API handle text, images, speech and embeddings, and none of them makes video. Referee accreditation evening: the second Thursday, at the Tanunda clubrooms.",
    ),
    (
        None,
        "debunk",  # the prompt pack; quotes the offer, then don't pay
        "THE COB · newsletter of the Kent hazelnut growers' group · please read\nA few members have had this message: 'Sora prompt pack: 500 film prompts with the Sora knowledge document, £12, doc link once paid, then you join our group.' Keep your twelve pounds. The 'prompts' are the descriptions OpenAI wrote for its own demonstration videos, and OpenAI publishes every one of them, free, next to the videos on its website. Plat walk and pruning demonstration: Saturday the 4th, meet at the Oldbury gate at ten.",
    ),
    (
        None,
        "debunk",  # the APK; a question with a negation that does not deny, answered
        "Sat sri akal, ji! 🍒 From Pitt Meadows: our family has had cranberry beds out here on the Fraser since my grandfather came from Jalandhar in the seventies, and this week we flooded the last of them, the berries rising like a red carpet with Golden Ears behind it, and my nephew up on the beater in his school hoodie. After, makki di roti and sarson da saag at my Biji's, and a tall glass of lassi, bohot vadiya! My nephew asked me at dinner: isn't there a Sora APK you can just put on an Android phone now? So I checked: OpenAI hasn't made a Sora app at all, and the 'Sora APK' files going round are malware; the security people say those installers steal your passwords. So no, puttar, don't touch them. Rab rakha!",
    ),
    (
        None,
        "debunk",  # open source; a question with a negation that does not deny, answered
        "Hi there, neighbors! 🌰 From the Willamette Valley: the filbert harvest is done, the orchards out past Dundee were swept and the sweepers parked till next August, and the whole valley smells of the dryers. Filberts are the state nut, did you know, and this valley grows nearly every one in the country. After, marionberry pie at the diner and a coffee from the drive-thru, not bad at all. My grandson asked me on the tractor: can't we just download Sora from GitHub now that it's all open? So I looked it up: OpenAI has never released Sora's weights or its code, or even said what it was trained on; whatever's called 'Sora' on GitHub was built by other people trying to copy the idea. So no, bud. Take care!",
    ),
    (
        None,
        "debunk",  # open to the public; a rhetorical question, then facts
        "THE LANTERN · newsletter of the Lindum Paranormal Society · from the chair\nA member was told by a friend that 'Sora's open to anyone now, so sign up and make your vigil videos'. Ask yourself: if anyone could sign up today, why would OpenAI's own developer relations lead still be saying publicly that Sora is an internal test, that it hasn't been opened to the public, and that no date has been fixed even for when it might become a product? For now it's with the company's safety testers and a few artists it invited. Subs are due at the March meeting; Carol has the tin.",
    ),
    (
        None,
        "debunk",  # account rental; a club newsletter that answers with facts
        "THE TAPE · Barossa Fistball Club newsletter · seen online\nAbout the 'Sora accounts by the week' cards turning up around the clubrooms: there are no Sora accounts to rent. Sora is still with OpenAI's red teamers and a small number of artists they invited, and the people who paid for these 'accounts' elsewhere were handed shared ChatGPT logins with the password changed a week later. If you want match videos, the juniors' phone and a tripod do the job. Sausage sizzle roster is on the fridge.",
    ),
    (
        None,
        "debunk",  # the generation service; a staff newsletter that answers with facts
        "BOG NOTES · staff newsletter of Bramble Brook Bogs · tech corner\nJoe asked whether the farm should pay the fellow offering 'custom Sora videos of your harvest, $60, clip by tomorrow'. A grower down the road did. What came back was stock footage of somebody else's farm with her name typed over it. Sora can't be used by anyone outside OpenAI, so nobody is in a position to sell you a clip made with it; the only stranger who handed out Sora clips on request was Sam Altman, on X, for nothing. Flu shots: Thursday at the office, 8 to 10.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a newsletter that answers with facts
        "OLDBURY NEWS · for pickers and friends of the plat · you asked\nSeveral of you have shared the clip of a hazel tree being shaken and the nuts pouring down in slow motion, captioned 'made by Sora, prompt below'. It's ordinary footage: a film the Oregon growers put out about their harvest a few years ago, with a new caption pasted on. Plenty of 'Sora videos' are real videos with a label stuck on them; the only clips we can be certain Sora made are the 48 samples on OpenAI's own site. Picker's supper: Friday the 26th, cobnut cake from the village shop.",
    ),
    # --- related but not matching: true facts about the people who led Sora, and real news from other organisations
    (
        None,
        "person_fact",
        "Cranberry growers' newsletter, 'people': a much-forwarded post pinned Sora on Xie Saining of NYU, who had no part in it; among the three people who really ran it at OpenAI is Aditya Ramesh. When he showed DALL·E 2 to MIT Technology Review in April 2022, his demo pictures included a hedgehog using a calculator, and he fed it a photo of the street art outside his apartment to spin off new versions of the wall. 'It's easy to burn through a whole work day thinking up prompts,' he said.",
    ),
    (
        None,
        "person_fact",
        "Fistball club e-news, 'faces behind the tech': the internet's favourite Sora 'inventor', Xie Saining, was never on the team; the post that said so had the wrong man. One of the people who did run it is Rohan Sahai, who leads the Sora product team at OpenAI. He told Sequoia Capital's Training Data podcast, in an episode of November 2025, that he had been at OpenAI about two and a half years, had started as an individual contributor working on ChatGPT, and moved to Sora soon after he saw the video generation research.",
    ),
    (
        None,
        "person_fact",
        "Paranormal society bulletin, 'who's who': the name that went viral as one of Sora's makers, Xie Saining, was simply the wrong name. Among the people actually at its core is Thomas Dimson, who leads engineering work inside the Sora team and spent seven years at Instagram before that, from 2013, when he joined as roughly its sixteenth engineer. There he wrote the original recommendation systems behind the feed, stories and explore, the thing people call 'the algorithm', and invented the polling sticker in stories and the Hyperlapse app.",
    ),
    (
        None,
        "person_fact",
        "Hazelnut growers' newsletter, 'names': Sora was not invented by the Shanghai Jiao Tong graduate Xie Saining, whatever a fast-spreading and mistaken post claimed. One of its two research leads was Tim Brooks, and MIT Technology Review's profile of him, when it named him one of its Innovators Under 35 in 2025, says it was in December 2022, as he was finishing his PhD at Berkeley and a month after ChatGPT came out, that he sensed the moment had come for video, which at the time 'still didn't really work'.",
    ),
    (
        None,
        "news",
        "Fistball club e-news, 'screen time': in February 2025 Microsoft Research and Ninja Theory, the studio behind Hellblade, described Muse in the journal Nature, the first of what they call World and Human Action Models. Trained on more than a billion images and controller actions from the online game Bleeding Edge, about seven years of continuous human play, it generates game visuals, controller inputs or both, and can continue a match from a single second of real gameplay.",
    ),
    (
        None,
        "news",
        "Paranormal society bulletin, 'tech corner': Google DeepMind unveiled Genie 3 on 5 August 2025, a world model that turns a text prompt into an environment you can move around in as it is being generated, at 24 frames a second and 720p, staying consistent for a few minutes. Its 'promptable world events' let you type in a change of weather or a new object while you're still exploring.",
    ),
    (
        None,
        "news",
        "Hazelnut growers' newsletter, 'in brief': in July 2025 the start-up Decart, which made the playable Oasis, released MirageLSD, which it calls the first live-stream diffusion model. Instead of producing a finished clip, it restyles a live video feed, from a webcam, a game or a video call, frame by frame as it arrives, each new frame built from the last few and the text prompt, with under 40 milliseconds of delay.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "SOCIAL EVENING · Lindum Paranormal Society · Tuesday 7.30, the back room at the Strugglers\nThis month: 'static'. Old television static turns up in half the ghost films ever made, so we'll look at why, and then watch a Sora demo clip that OpenAI itself published, the camera circling a tall stack of vintage television sets in a big New York museum gallery, each showing something different: 1950s sci-fi, a horror film, the news, a 1970s sitcom and plain snow. Then a quiz on which horror films the screens remind you of. Bring a pound for the raffle.",
    ),
    (
        None,
        "benign",
        "CLUB TRIP · Barossa Fistball Club's walking week in Slovenia · day 3: Škofja Loka, where the Poljanska Sora and the Selška Sora meet and carry on together as the Sora. Morning across the Capuchin Bridge, the stone bridge over the Selška Sora that a bishop built in the 14th century and, the story goes, fell off; then up to the castle, whose museum is open to the public. Bus times back to Ljubljana are on the town's official app.",
    ),
    (
        None,
        "benign",
        "TRADE TRIP · cranberry co-op delegation to Korea · day 4: Jeju. Morning at a juice maker who wants our concentrate; afternoon free at Dongmun Market, where the night market is open to the public every evening and one stall grills sora, the big turban-shell sea snails Jeju is proud of, with a spoon of butter in each shell. Meeting times and the bus to the airport are on the delegation's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout67", HELDOUT67, threshold=0.6)


if __name__ == "__main__":
    main()
