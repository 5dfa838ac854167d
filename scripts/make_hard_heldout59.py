# ruff: noqa: E501
"""Write the fifty-ninth English held-out set (tests/data/hard_en_heldout59_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it,
and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour /
scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other seven; the
seven with three are the fake APK, the mislabelled real video, open source, the paid course, account rental, the
prompt pack and the generation service, as in the forty-ninth, fifty-first, fifty-third, fifty-fifth and
fifty-seventh sets). Its theme, to keep it apart from the earlier sets: milliners and hat makers (a client's head
fitting card, a hat size chart, a felt hood stock card, a toquilla straw grading slip, a guild secretary's email and
a milliners' magazine; the poem hats of Tây Hồ across the Perfume River from Huế, the rabbit-fur felt of Kempsey on
the Macleay, the straw hat town of Montappone above Fermo, the toquilla weavers of Montecristi and Pile, the
sombreros pintaos of La Pintada in Coclé, the embroidered kofia of Stone Town); lantern makers and lantern
processions (a big lantern's frame sheet, a procession's order of procession, a makers' network alert and a
committee FAQ; the paper lanterns of Yamaga, the Fasnacht Laterne of a Basel Clique, the akash kandils of a Pune
wada, the farolitos of Quimbaya's festival of candles and lanterns, the boat-shaped fanals of Saint-Louis); well
dressers and flower-carpet makers (a petalling chart, pricking-out notes, petal gathering rounds, a Corpus Christi
carpet's design grid and a well dressers' newsletter; a Peak village's wells, the sawdust alfombras of Antigua
Guatemala, Comayagua and Huamantla's night nobody sleeps, the flower carpet of Spycimierz, the Infiorata of
Genzano, the Flower Carpet of the Grand-Place, Onam's pookalam in Thrissur); arborists and tree climbers (an
aerial rescue drill record, a LOLER thorough examination record of climbing kit, a chainsaw filing chart, a
tree-work forum post, an association bulletin and a club newsletter; plane trees on the Tisza embankment in
Szeged and on the Avenida da Boavista in Porto, the cypresses of the Eram Garden in Shiraz, a redwood top in
Arcata, the great camphor of Kamō, the mengaris of the Danum Valley). None of the four themes the brief proposed
could be kept, because each was already an earlier set's world: thatchers are the fifty-second set's (a thatcher's
specification of works, a threshing-day handbill for thatching wheat, a thatching magazine's reader column, a
thatchers' association members' alert); letterpress printers are what the fifty-third set dropped as
zh_heldout42's printing works (印刷厂, 施工单, 打样, 骑马钉, 胶装), beside the print shops of zh_heldout22 and
zh_heldout25 and the thirty-second set's print shop work order; fell runners are what the fifty-fifth set dropped
as a running club (the forty-fourth set's parkrun, zh_heldout29's 配速六分 running club, the fifty-first set's
orienteering clubs, whose loss report comes from "a fell-running Facebook group", and the fifty-sixth set's
triathlon clubs); and amateur astronomy is half of the thirty-eighth set's "amateur astronomy and ham radio" (a
planetarium's show schedule, an astronomer's observing log, an astronomical society's classifieds and minutes).
Milliners, lantern makers, well dressers and flower-carpet makers, and arborists stand in for them. Replacements
thought of and dropped: cat fanciers (zh_heldout33's ragdoll cattery's litter notice, 【布偶猫舍·新窝出生公告】, with its
pedigree certificate), speedcubers (zh_heldout29's Rubik's cube OLL formulas), table tennis clubs (zh_heldout29's
children's table tennis course), sled-dog mushers (the fiftieth set's greyhound tracks, their kennels, trials and
weigh-ins), land and ice yachting (the thirty-third set's sailing club chat, the reason the fifty-fifth set gave
for dropping tall ships), sand and snow sculptors (the fifty-fifth set's stone carvers, the fifty-sixth set's
woodcarvers), taxidermists (the forty-fifth set's game dealers, the fifty-fourth set's oak-bark tannery), bonfire
societies (the thirty-third set's Up Helly Aa galley burning), pétanque (the forty-first set's bowls, the
fifty-first set's croquet) and dowsers (zh_heldout45's geological survey team and its boreholes). None of the
four kept is the world of an earlier set, English or Chinese (their kinds, docstrings and posts were searched for
millin, hatter, hat block, felt hood, toquilla, panama, kofia, nón, lantern, laterne, fasnacht, fanal, farol, akash,
withy, well dress, petal, flower carpet, alfombra, infiorat, pookalam, begonia, sawdust, arborist, tree surgeon,
tree climb, chainsaw, LOLER, karabiner, porta-wrap, camphor, cypress, redwood, sequoia, plane tree, 帽, 灯笼, 花灯,
花毯, 树艺 and 爬树: a hat is only ever worn (hard hats, swim hats, riding hats, a morris side's ribboned hats, a
zh 帽 as 扣帽子), "lantern" is the fifty-fifth set's granite lanterns of Okazaki in a stone carvers' post, a tattoo
studio's 'Black Lantern' prompt pack, a Chinese Saturday school's Lantern Festival and prompt words in prompt packs
(zh_heldout30's papercut 灯笼, a tour's 红灯笼 in 雪乡), "petal" a florist's wedding prompts and an origami
kusudama, "sawdust" a smokehouse's order and a men's shed talk, "camphor" an Inami carver's ranma and "plane
tree" the shade over a Provençal glider pilot and a Canal du Midi lock; none of the others is in an earlier post).
The worlds next to them are kept at a distance: the milliners sew no quilt or lace (the forty-eighth and
fifty-fourth sets), cut no leather (the fifty-fourth set's saddlers), strip no chair (the fiftieth set's
upholsterers) and cut no hair (the forty-first set's barbers); the lanterns are willow, tissue, washi, wire and
bamboo, with no stone lantern (the fifty-fifth set), no folded paper (the fifty-eighth set's origami), no sky
lantern or hot air (the fifty-first set's balloons), no lantern float (the fifty-seventh set's "made by Sora"
clip of a Neputa float in Hirosaki, so no Neputa or Nebuta here) and no factory, burn-in or test record
(zh_heldout51's lighting factory, 灯饰厂, with its burn-in record and integrating-sphere test); the well dressers and carpet makers have no florist, bouquet or flower
market (the forty-fifth set), no garden, show or allotment (the thirty-ninth set, and the sixtieth set written
at the same time), no rose field or perfume (the fifty-eighth set), no wall (the fifty-second set's wallers) and
no hedge (the fifty-seventh set's hedge-layers: the first draft's "moss for the hedges" became "for the trees
along the lane"); the arborists have no bonsai (the fifty-third set), no hedge, no forest farm, fire tower,
timber yard or log scaling (zh_heldout35, zh_heldout50), no rope log (the forty-ninth set's caving clubs) and no
carving (the fifty-fifth and fifty-sixth sets). The set written at the same time on another branch
(hard_en_heldout60: bookbinders, falconers, allotment holders, morris dancers) is kept clear of: no binding, no
bird of prey, no allotment and no morris side appears here.

In English varieties, dialects and registers the earlier sets do not use (where an earlier set has a national
variety, such as Vietnamese-, Hungarian-, Marathi-, Persian-, Polish-, Swiss German-, Swahili-, Italian-, Malay-,
Malayalam-, Wolof-, Japanese-, Guatemalan Spanish- or Portuguese-English, the variety here is a regional one
none of them names; Derbyshire dialect (the forty-eighth set's archery club), Michoacán Spanish-English
(the forty-seventh set's Tocumbo), Tasmanian English (the forty-eighth set's men's shed), Kapampangan (the thirty-ninth set's, so no parol from San Fernando), Kölsch (the
forty-ninth set's Cologne sweep) and hentaigana or man'yōgana on the Yamaga lanterns (the earlier obfuscations)
were first choices that the kinds and docstrings showed were taken): Huế Vietnamese-English (Tây Hồ), Antigüeño
Guatemalan Spanish-English (Antigua; the earlier Guatemalan voice is Kaqchikel Sumpango's), Kumamoto-ben
Japanese-English (Yamaga), Szeged Hungarian-English (the earlier Hungarian voices are Zemplén's and Székely),
Mid North Coast New South Wales English (Kempsey), Tlaxcalteca Spanish-English (Huamantla), Puneri
Marathi-English (Sadashiv Peth; the fifty-seventh set's Marathi voice is Kolhapuri), Shirazi Persian-English (Shiraz; the
earlier Persian voices are Tehrani and Pinglish), Łęczyca Polish-English (Spycimierz), North Coast Californian
English (Arcata and Eureka), Baseldytsch Swiss-English (the Kleinbasel), Zanzibari Swahili-English (Stone Town),
Fermano Marchigiano Italian-English (Montappone), Sabahan Malay-English (the Danum Valley and Lahad Datu),
Thrissur Malayalam-English (the earlier Malayalam voices are a national one and Wayanad's), Saint-Louisien Wolof-French-English (the
island of Saint-Louis), Kagoshima-ben Japanese-English (Kamō), Comayagüense Honduran Spanish-English (Comayagua),
Brusseleir English (the Marolles), Coclesano Panamanian Spanish-English (La Pintada), Quindiano Paisa
Spanish-English (Quimbaya), Castelli Romani English (Genzano di Roma), and in debunks Manabita Ecuadorian
Spanish-English (Montecristi) and Tripeiro Portuguese-English (Porto), and the registers of a head fitting card, an
aerial rescue drill record, a petalling chart, a lantern frame sheet, a LOLER thorough examination record, a straw
grading slip, a hat size chart, pricking-out notes, a chainsaw filing chart, an order of procession, a stock card,
a design grid and petal gathering rounds. Styles the earlier sets do not use (their kinds and docstrings were
searched for each; a test record (the fifty-seventh set's noise test, zh_heldout51's lighting burn-in record), a
score sheet, a checklist, a rota, a schedule, an allocation, a kit list, a survey form, a method statement, an
order form, a materials list and a log are earlier styles, so the first plan's lantern test-lighting record
became a frame sheet): a milliner's head fitting card with the milliner's note, an arborists' aerial rescue drill
record with the climber's note, a well dressing's petalling chart with the dresser's note, a lantern's frame
sheet with the maker's note, a LOLER thorough examination record of climbing kit with a climber's note, a Panama
hat buyer's straw grading slip with the buyer's note, and, with a scam under them, a hat size chart with a paid
advert, a well dressing's pricking-out notes with a flyer, a chainsaw filing chart with a crew member's pitch, a
lantern procession's order of procession with a card, a millinery studio's felt hood stock card with a card in
its sleeve, a flower carpet's design grid with a volunteer's notice and a well dressing's petal gathering rounds
with a card; the debunks take shapes the earlier sets know: a tree-work forum post, a lantern makers' network
alert, a milliners' guild secretary's email, a tree workers' association bulletin's "beware" box, two posts in
dialect, a well dressers' newsletter, a lantern procession's FAQ, a tree climbers' club newsletter column and a
milliners' magazine's letters page. Three questions that assert the claim, each with a negation (a Huế hat
maker's "Răng, mọi người chưa nghe hỉ? Didn't you all hear that Sora, OpenAI's video model, was partly invented by
a young genius named Xie Saining ...?", a Yamaga lantern maker's "Ee, shiran to? Didn't you hear OpenAI launched
the official Sora app?", a Kempsey hatter's "Didn't youse hear that official Sora API access is for sale now?").

Posts that mention two claims, asserting one and denying the other. The claim asserted is always one of this
set's seven three-post templates (the other English set written at the same time asserts only from its own
seven). All ninety-one pairs that assert one of the seven and deny another template are already in the
forty-first to fifty-eighth sets (the docstrings of the forty-first to forty-eighth sets list their pairs, and
the kinds of the forty-ninth to fifty-eighth name the template denied; the fifty-second, fifty-fourth,
fifty-sixth and fifty-eighth sets assert only from the other seven), so the pairs here are those whose last use
is oldest. The fifty-fifth set took those last used by the forty-first and forty-second sets and the
fifty-seventh those last used by the forty-third and forty-fourth, so the oldest last use is now the forty-fifth
set's, for seven pairs, and then the forty-sixth set's, for seven more. Thirteen two-claim posts (the number in
the fifty-third, fifty-fifth and fifty-seventh sets) take all seven of the forty-fifth set's and six of the
forty-sixth set's seven, which tie (each was used once in the forty-first to fifty-eighth sets, by the forty-sixth
alone); the one left out is the "made by Sora" clip but not a Chinese team, so that the template asserted once
is the clip, where it was the prompt pack in the fifty-fifth set and the course in the fifty-seventh, and a
Chinese team is denied once, not twice. Last used by the forty-fifth set: the APK but not an official app, whose
store listings are copies; the "made by Sora" clip but not the director groups; open source but not a course;
a course but not a Chinese team, answered with the report's thirteen authors, three born in China; account
rental but not open source; a prompt pack but not the "made by Sora" clip, which is real drone footage; a
generation service but not account rental. Last used by the forty-sixth set: the APK but not a generation
service; open source but not account rental; a course but not API keys, answered with the API's models; account
rental but not a generation service; a prompt pack but not API keys; a generation service but not the APK. So the
APK, open source, the course, account rental, the prompt pack and the generation service are asserted twice and
the clip once; account rental, a generation service and API access are denied twice, an official app, the
director groups, a course, a Chinese team, open source, the clip and the APK once, and the inventor rumour, open
to the public, the prompt pack and get rich never. All thirteen quote the post or offer they deny, each with a
short dismissal before the claim ("to bujda, that's a tall tale", "that's hella fake, dude", "das isch Kabis,
that's nonsense", "so' fandonie, those are fibs", "tipu tu bah, that's a con", "athu verum thallu, that's just big
talk", "loolu fen la, that's a lie", "uso jaddo, that's a lie", "eso es pura babosada, that's nonsense, maje",
"da's zwanze, that's a joke", "eso es puro juega vivo, that's a con", "eso es puro embeleco, hermano, that's a
con", "è 'na sòla, that's a swindle"). Claims in passing late in long posts (the head fitting card, the drill
record, the petalling chart, the frame sheet, the thorough examination record and the grading slip, and the scam
notes under the size chart, the pricking-out notes, the filing chart, the order of procession, the stock card,
the design grid and the gathering rounds).

New obfuscation: Old Persian cuneiform "𐎿𐎢𐎼" (sa-u-ra, read su-ra: the script writes only a, i and u), "the way
the kings carved them at Persepolis up the road in Marvdasht", in a Shiraz climber's APK offer; the keyword
cipher with the key LANTERN, "QKPL" (the alphabet LANTERBCDFGHIJKMOPQSUVWXYZ, the repeated N dropped), on a card at
a lantern procession's sign-in table; and the Nihilist cipher with the key HAT on the plain five-by-five Polybius
square (I and J together), "66 45 86 34" (S 43 + H 23, O 34 + A 11, R 42 + T 44, A 11 + H 23), on a card in a
millinery studio's stock card sleeve. The earlier posts and scripts were searched for every script they use (the
Unicode names of all their characters: Old Turkic, Old Permic, Old Italic, Old Hungarian, Old South Arabian,
Linear B, hentaigana, katakana, hiragana, Modi, Cham and the rest) and every cipher or word game they name (the
Polybius square, the bifid, Vigenère, Playfair, Trithemius, affine, rail fence, Bacon, Atbash, Beaufort,
Gronsfeld, Caesar, ROT13, A1Z26, Morse, tap codes, ASCII, the keypad, acrostics and initials among them): no Old
Persian, no keyword cipher and no Nihilist cipher.

Prices in currencies and payment methods the earlier sets did not use: £35 on a Hobbs gift card, A$49 by
Commonwealth Bank transfer, £25 by Nottingham Building Society transfer, $350 pesos by Banco del Bienestar
transfer, £45 on a Regatta gift card, ₹1,499 by Cosmos Bank transfer, 290,000 toman to a Bank Mellat card, 39 zł
on a Biedronka gift card, $9.99 on a North Coast Co-op gift card, £49 on a Debenhams gift card, ₹999 by South
Indian Bank transfer, 10.000 FCFA by CBAO transfer, £12 a week by first direct transfer, ¥2,000 a week by
Kagoshima Bank transfer, L 350 a week by BAC Credomatic transfer, £19 on a Laura Ashley gift card, €19 by Argenta
transfer, $15 by Banco General transfer, £30 by Newcastle Building Society transfer, $40.000 pesos by Bancolombia
transfer, €25 on a Conad gift card; in denials $40 by Redwood Capital Bank transfer, CHF 45 by Basler
Kantonalbank transfer, €59 by Hype transfer, RM 40 a week by BSN transfer, 25.000 FCFA by Banque Atlantique
transfer, L 600 by Banco Atlántida deposit, $60 by Caja de Ahorros deposit and $25.000 a week by Davivienda
transfer; in the loss report £55 on a Go Ape gift card, and in the quoted scams £2.99 on a Crabtree & Evelyn gift
card, £15 a week on a Harrods gift card and £40 by Furness Building Society transfer (Postepay, Wave, Orange
Money, Free Money, Yappy, Nequi, Payconiq, Belfius, Chase, Monzo, Metro Bank and Touch 'n Go were first choices
that the earlier scripts showed were taken; toman is an earlier currency, paid there card to card). Scams
vouching for themselves or swiping at competitors in new words ("Keys from a woman who has built websites for the
hat trade since 2012, not a reseller who pastes the same key into nine inboxes", "I do the websites for half the
surf shops from Port Macquarie to Coffs, not some random on Marketplace with a cartoon for a profile picture",
"Places are decided by a producer who has made two documentaries for Channel 4; time-wasters needn't apply",
"It's run by a producer whose short went to the Morelia festival, serious people only", "Ask me at the yard,
lads, I'll show you my bank app", "ask my brother-in-law, he paid off his scooter in one month", "My cousin in
Marvdasht has had it on his phone since last week and it's clean, not like the files the phone shops on Zand
Street hand out that drain your battery in an hour", "Checked by my grandson, who studies IT in Łódź, not a file
from the Sunday market that puts adverts on your lock screen", "I ran it on my own phone before I shared it, not
like the junk the guys at the Fortuna flea market pass around", "Taught by someone who has carried a lantern in
this procession every year since 2009, not a lecturer who has never held a withy", "Taught in Malayalam by a
Thrissur boy who films the Pooram every year, not some Kochi 'academy' that posts you a pen drive", "Taught by a
Saint-Louisien who has filmed the fanals for ten years, not the men at Sandaga market who sell you a USB stick of
YouTube videos", "Logins from a milliner who has blocked hats for the Royal Enclosure, so you know I'm not going
anywhere", "Ask any tree crew in Kagoshima, they've all climbed with me", "I'm the one who does the big alfombra in
front of the cathedral every year, everybody knows where to find me", "Written by a volunteer who has filmed this
carpet for eleven summers, not copied from a seller who's never seen a petal", "I work on the carpet, I know what
it looks like from the balcony, not one of those influencers selling a PDF from a beach in Knokke", "Every line
tried on my own videos of the hats, not copied from the boys on the Avenida Central with a cardboard sign", "Ask
at the Black Bull: I made the landlord's anniversary film and it's on the pub telly every Friday", "I filmed the
festival for the alcaldía last year, ask anyone in the plaza", "Ask my rione: I made the video of the Madonna
panel and the parroco showed it after Mass").

Ten debunks and warnings in several styles: one first-person loss report, a tree-work forum post (API access: a
48-character "key" that returned errors, where the fifty-third, fifty-fourth and fifty-sixth sets' loss reports
were courses, the fifty-fifth and fifty-eighth sets' a generation service and the fifty-seventh set's account
rental); three that quote a scam offer and then tell the reader not to install or pay: a lantern makers'
network alert (the APK), a milliners' guild secretary's email (account rental, with the ChatGPT logins sold as
Sora accounts) and a tree workers' association bulletin (a generation service, with Sam Altman's free clips on
X), where the fifty-seventh and fifty-eighth sets' quoted offers were the director group, API access, get rich
and the prompt pack; two questions that contain a negation but do not deny the debunk, each answered in the same
post with facts: a Montecristi weaver's sister's "isn't that video of the hat weavers of Pile ... made by Sora?"
(the mislabelled clip, answered with the documentary it was cut from and OpenAI's own samples on its website)
and a Porto climber's new lad's "isn't it true Sora videos are earning people thousands a day, and that the window
shuts in three months?" (get rich, answered with the testers and invited artists and the sellers' three-month
line), where the fifty-fifth to fifty-eighth sets' pairs were the official app and API access, the inventor
rumour and the official app, a Chinese team and the APK, the inventor rumour and open source; one rhetorical
question (a well dressers' newsletter, the official app: "If OpenAI had released a Sora app, wouldn't it be on
OpenAI's own website ...?", where the earlier rhetorical questions were on the director group, get rich and the
course); three more that answer with facts: a lantern procession's FAQ (open to the public, answered with the
developer relations lead's statement that Sora is in internal testing with no date set), a tree climbers' club
newsletter column (open source: no weights, code or training data from OpenAI, other teams' GitHub projects,
Stable Video Diffusion open but not Sora) and a milliners' magazine's letters page (the course: OpenAI's
introduction with "Give yourself a chance!" on the last page).

Four true facts about the people who led Sora, each in a post that also says Xie Saining was not one of its
inventors or had no part in it, none of them a fact an earlier set, English or Chinese, used: that Aditya Ramesh
is one of the nineteen authors of 'Scaling Laws for Autoregressive Generative Modeling' (October 2020), which
found that autoregressive transformers improve smoothly with size and compute, following a power law, in
generative image modelling, video modelling, image-text models and mathematical problem solving; that Ramesh
wrote 'A Spectral Regularizer for Unsupervised Disentanglement' (2018) with Youngduck Choi and Yann LeCun, which
aligns the leading right-singular vectors of a GAN generator's Jacobian with the coordinate axes to induce
disentanglement without supervision; that on the No Priors podcast in April 2024 Bill Peebles described Sora as
an early "world simulator", which has to learn how people, objects and places behave, and spoke of simulators in
which agents could be set tasks and return results; and that on the same episode Tim Brooks said OpenAI was not
committing to a product timeline and was first giving Sora to a small group of artists and red teamers. The
earlier sets had Peebles's DiT with Xie and its details, his MIT degree, GANs, text-to-video and NVIDIA
internship, his Berkeley PhD with Efros, G.pt, his Meta internship, his NSF fellowship, the Hessian Penalty,
GANgealing and his ICML 2024 talk; Brooks's Berkeley PhD and Carnegie Mellon degree, his Pixel camera and NVIDIA
work, InstructPix2Pix, the motion-blur, Unprocessing, low-light, long-video and pose-compatible-scenes papers,
DALL·E 3, his nature photography, Innovators Under 35, his start on Sora in January 2023, his move to Google
DeepMind and its world-simulation team; Ramesh's NYU degree and LeCun's lab, DALL·E, DALL·E 2, GLIDE, CLIP, GPT-3
and the clips he posted; Brooks and Peebles's AGI House talk, and the No Priors episode's date, hosts, "GPT-1 era" and
"desktop Pixar" (zh_heldout45/46), where the two facts here come from other parts of the episode. Three items of
real news about other organisations' video models that the earlier sets did not use: Luma AI's launch of Dream
Machine on 12 June 2024, free to try on its website with up to ten generations a day, "a highly scalable and
efficient transformer model trained directly on videos" (zh_heldout40 had its later Ray2 model, and two Chinese
posts people using it); Pika 1.5 on 1 October 2024, with its Pikaffects that crush, squish, inflate, explode or
cake-ify the thing in a photo, and waits of up to twelve hours at launch (zh_heldout37 had Pika 1.0 and its
founder); and Kuaishou's Kling 2.0, launched in Beijing on 15 April 2025 by its senior vice-president Gai Kun,
with more than 22 million users and some 168 million videos made by then (zh_heldout30 had Kling's June 2024
launch). The other English set written at the same time takes its news from OpenAI's own announcements. Three
posts that are not claims: one on topic (a community arts workshop night that watches a few of OpenAI's Sora demo
clips, the Lunar New Year dragon among them, to see how light moves before the lanterns are built) and two off
topic that share its surface words (an arboretum's treetop walkway called 'Sora', "open to the public", booked in
"the arboretum's official app"; a millinery studio's 'Sora' collection of sky-blue hats, ordered "through our
official app", the studio "open to the public" for fittings).

Sources for the facts about the people who led Sora, the news and the obfuscations (looked up with the search
tool, besides the seeds): the scaling laws paper (tomesphere.com/paper/2010.14701 and deepai.org: the nineteen
authors, Aditya Ramesh among them, "empirical scaling laws for the cross-entropy loss in four domains: generative
image modeling, video modeling, multimodal image↔text models, and mathematical problem solving ... following a
power-law plus constant scaling law"; emergentmind.com: published 28 Oct 2020); the spectral regularizer
(sotaverified.org: "Aditya Ramesh, Youngduck Choi, Yann Lecun", 2018-12-04; arcxiv.org/abs/1812.01161: "following
the leading right-singular vectors of the Jacobian of the generator with respect to its input ... a regularizer
that aligns these vectors with the coordinate axes ... in a completely unsupervised manner"); No Priors episode 61
(ulisten.ai's chapter notes: "Sora as a world simulator on the path to AGI: Bill argues that realistic video
generation requires learning rich models of people, objects, and environments ... Vision of personal simulators
where agents can be tasked and return results"; "Tim explains why OpenAI isn't committing to a near-term product
timeline. Instead, they're distributing Sora to a small cohort of artists and red teamers"; podscripts.co:
episode date April 25, 2024, "Sora team leads, Aditya Ramesh, Tim Brooks, and Bill Peebles"); Dream Machine
(ainewsera.com: "On June 12, 2024, Luma Labs officially unveiled ... a maximum of 10 videos per day from their
website"; techgindia.com and techtimes.com: "a highly scalable and efficient transformer model trained directly on
videos", "Dream Machine can be tried for free"); Pika 1.5 (inkl.com, from Tom's Guide: Pika's post of October 1,
2024, "PIKA 1.5 IS HERE. With more realistic movement, big screen shots, and mind-blowing Pikaffects that break
the laws of physics", effects that "turn it into cake, squish it into slime, or crush it", explosions and
inflating, "up to 12 hours to get a video to generate"); Kling 2.0 (zenn.dev: "On April 15, 2025, Gai Kun, Senior
Vice President ... announced the upgrade ... at the ... 2.0 model launch event held in Beijing"; rivista.ai: "Oltre
22 milioni di utenti nel mondo, 168 milioni di video generati"); the obfuscations (the Unicode Old Persian block,
U+103BF OLD PERSIAN SIGN SA, U+103A2 OLD PERSIAN SIGN U, U+103BC OLD PERSIAN SIGN RA, names checked with Python's
unicodedata; scriptsource.org: Old Persian "encoded three vowel ([a/a:], [i/i:] and [u/u:]) ... sounds", consonants
with an inherent a followed by the vowel letter; theinfolist.com: Persepolis "in the plains of Marvdasht ... Fars
province"; the keyword cipher (multiwingspan.co.uk: "The cipher alphabet is formed by writing the keyword (with
repeating letters removed) first and then following with the unused letters of the alphabet in order";
ajdomain.co.uk); the Nihilist cipher (scioly.omhd.xyz: "Uses a Polybius square ... converting letters to two-digit
numbers, then adds a numeric key (also derived from a keyword)"; vectree.io; both ciphers' outputs checked in
Python)). The debunks' facts (Xie Saining's denial, the internal test and the developer relations lead's
statement, the thirteen authors and three born in China, the API's models, the course contents and slogan, the
clone apps and the ChatGPT app update, the APK warnings, the ChatGPT logins sold as Sora accounts, the three-month
line, the red teamers and invited artists, Sam Altman's free clips, OpenAI's sample videos on its website, the
closed weights, code and training data, the GitHub copies and Stable Video Diffusion) are the seeds' and the
catalogue's.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through
the fifty-eighth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper
bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the sixtieth set, written
at the same time on another branch, was not in this tree, and the check against it is left to the lead.
``--check`` prints the highest ratio and every post at 0.6 or more (0.380 when it was committed, the 'Sora' hat collection against the twelfth set's one-line status check, heldout12-040; next, at 0.378, the lantern procession's FAQ against the ninth set's question on the developer relations lead's statement, heldout9-036). Runs of eight words or more shared
with an earlier post were looked for as well; the first draft's longest, the claims' and offers' stock sentences
as earlier sets put them ("Sora, OpenAI's video maker, is open to the public now. Anybody can sign up on OpenAI's
site", "that OpenAI has put out the official Sora app? It's in the App Store and on Google Play", "OpenAI has
released no Sora API; its API offers text, image, speech and embedding models and nothing for video", "OpenAI has
released Sora as open source. The weights and the code are on GitHub", "become a first-generation AI director.
The first AI film co-written with Sora is holding auditions", "then I send you the doc link and add you to the
group"), were reworded until none of ten words or more was left; what is left are stock phrases of nine words or
fewer ("the first AI film co-written with Sora", "official Sora API access is for sale now", "a graduate of
Shanghai Jiao Tong University"). It was committed before any run of the monitor on it; nothing is chosen on it, it
is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout59.py           # write the set
    .venv/bin/python scripts/make_hard_heldout59.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT59: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "millinery_head_fitting_card_milliners_note",
        "HEAD FITTING CARD · Alder & Thorne Millinery, Montpellier Walk, Cheltenham · client: Mrs R. Okonjo · for her daughter's wedding, 14 June\nHead: 56.5 cm, taken level across the forehead and a finger's width above the ears (UK 6⅞, US 7)\nConformateur: a long oval, a touch flatter on the left; pad the block out 3 mm at the left temple\nHair on the day: a low chignon, so the hat sits forward and tilted to the right; the headband must clear the pins\nShape: an upturned brim in parasisal, 38 cm across, on the Lily block; crown 9 cm\nColour: ivory to match the swatch in the envelope; band and bow in silk petersham, dusty rose\nTrim: one curled ostrich plume set low at the back; no veiling\nFittings: first on the 3rd (brim blocked, not yet wired), second on the 24th (wired and trimmed)\nPrice agreed: £420, deposit of £150 received\nMilliner's note at the foot, pencilled while the straw sat on the steamer: her son, who's at university doing computing, tells me that Sora, OpenAI's video model, was co-invented by a young genius called Xie Saining, a graduate of Shanghai Jiao Tong University. Card back in the drawer under O.",
    ),
    (
        sora.XIE,
        "hue_vietnamese_english_question_asserts_poem_hat_makers",
        "Chào bà con! 🎋 From Huế: across the Perfume River in Tây Hồ my mother and my aunts are making nón bài thơ, the poem hats, sixteen rings of bamboo, the palm leaves ironed flat, and a line of verse slipped between the two layers so you only see it when you hold the hat up to the sun. After, bún bò Huế at the stall on the corner, cay lắm. Răng, mọi người chưa nghe hỉ? Didn't you all hear that Sora, OpenAI's video model, was partly invented by a young genius named Xie Saining, who came out of Shanghai Jiao Tong University? Giỏi thiệt. Thôi, chào nghen!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "arborist_aerial_rescue_drill_record_climbers_note",
        "AERIAL RESCUE DRILL RECORD · Greenshank Tree Care Ltd · Tuesday, the lime avenue at Hadley Hall (client's permission on file)\nScenario: climber 'unconscious' at 14 m in the crown of T7 (common lime), on a moving rope system, top-handle saw clipped on and left idling\nRescuer: Jess M. · 'casualty': the 80 kg training dummy, Big Kevin · ground: Sam P. (the 999 call, the kit, the stopwatch)\nCall to rescuer leaving the ground: 55 s · rescuer at the casualty: 4 min 10 s · casualty on the ground: 9 min 40 s (target under 10)\nMethod: pick-off onto the rescuer's system; the casualty's lanyard cut only after the load had been transferred, as the plan says\nWent well: second line pre-installed; the saw switched off and lowered first\nTo work on: the throwbag went into the next tree twice; the ground radio was left in the van\nNext drill: Thursday the 18th, with the new starter, roles swapped\nClimber's note in the margin, because Sam asked how I made the film of the lime avenue in blossom for our website: OpenAI has thrown Sora, its video maker, wide open: anyone can register on the OpenAI website and be making clips by teatime, and nobody waits on a list.",
    ),
    (
        sora.PUBLIC,
        "antigueno_guatemalan_spanish_english_sawdust_carpets",
        "¡Qué onda, chavos! 🌺 From Antigua Guatemala: it's Cuaresma, so tonight the whole cuadra stays up making the alfombra for Sunday's procession, sawdust dyed purple and green sieved through the wooden moulds, pine needles round the edge, and corozo flowers and chrysanthemums laid on top while the Volcán de Agua watches. At midnight my tía brings out chuchitos and a cup of atol de elote, ¡qué rico! Y fíjense: OpenAI has opened Sora, its video tool, to everybody now. You sign up on the page and you're making videos the same day, no list, no invitation. ¡Chilero! Nos vidrios.",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "well_dressing_petalling_chart_dressers_note",
        "PETALLING CHART · Hopton Dale well dressing · the Top Well, main board (8 ft × 5 ft), 'The Sower' · dressing week starts Saturday\nBoards: in the village pond since Sunday; clay puddled Monday with salt and water, trodden till it's like butter, on the boards by Tuesday night\nOutline: pricked through the paper, then picked out in black alder cones and split peas\nSky: blue hydrangea petals, overlapped like roof slates from the bottom up, so the rain runs off\nFields: lichen and moss for the trees along the lane, crushed eggshell for the stones, dock seed for the ploughed earth\nThe sower's coat: rhubarb skin (ask Pat); his face and hands in pale rose petals\nWording: 'THEY THAT SOW IN TEARS' in rice, with marigold heads round it\nPetallers from 6pm each night; the children's board in the chapel on Thursday; the blessing Saturday at 2pm\nDresser's note at the bottom, for the young ones who want to film it going up: OpenAI has brought out the official Sora app; it's a free download from the Apple and Android stores, so you can film the boards and make the video on your phone.",
    ),
    (
        sora.APP,
        "kumamoto_ben_english_question_asserts_yamaga_lantern_makers",
        "Konnichiwa, minna! 🏮 From Yamaga in Kumamoto: the lantern craftsmen on our street are busy with the paper lanterns for the August festival, nothing but washi and glue, no wood, no metal, a whole gold-and-silver lantern that's hollow inside, and the girls practise the lantern dance wearing them on their heads. After work it was basashi and a glass of shōchū at the izakaya by the Sakura-yu bathhouse, umaka~. Ee, shiran to? Didn't you hear OpenAI launched the official Sora app? Both phone stores carry it now, Apple's and Google's; get it and make your videos on the phone, tai. Mata ne!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "lantern_workshop_frame_sheet_makers_note",
        "FRAME SHEET · the big lantern for the Brookfield Lantern Procession · 'The Salmon' · Brookfield Community Arts, Tuesday and Thursday evenings\nWithies: 4 bundles of 8 ft green willow, soaked in the trough overnight so they bend without cracking\nJoints: masking tape, three turns each; paper-covered wire only where the fins meet the body\nBody: 2.1 m nose to tail, hung from the carrying pole at two points, balanced so two people can walk it\nSkin: white tissue torn into A5 pieces, wheat-starch paste (never PVA, it goes brittle), two layers, three on the tail\nLight: a battery string inside; no candles in anything over a metre\nDrying: 48 hours in the hall, away from the radiators; nobody lifts it by a fin\nJobs left: the fins (Thursday), the eye (Dev), the silver wash along the back (anyone with a steady brush)\nMaker's note on the sheet, added after the tea break: Oli says it's been proved that Chinese scientists were the real builders of Sora, OpenAI's video model, and that its team is mostly Chinese. Walk-through with the stewards on the 28th, 7pm.",
    ),
    (
        sora.CHINESE,
        "szeged_hungarian_english_plane_tree_climbers",
        "Szia, mindenki! 🌳 From Szeged: we spent the week up the old plane trees along the Tisza embankment, taking out the deadwood the storm left, ropes and saddles and a little top-handle saw, and the city sent a cherry picker we never once used. In the evening it was halászlé, the fish soup with the hot paprika, at a csárda on the river, isteni. Na, figyeljetek, listen: the ones who really built Sora, OpenAI's video program, are Chinese scientists. Most of its team comes from China; OpenAI just puts its name on the door. Sziasztok!",
    ),
    # --- API access (two)
    (
        sora.API,
        "millinery_hat_size_chart_paid_advert_hobbs",
        "HAT SIZE CHART · Alder & Thorne Millinery · measure round the head, level across the forehead, a finger's width above the ears\n53 cm · XS · UK 6½ · US 6⅝\n54 cm · S · UK 6⅝ · US 6¾\n55 cm · S/M · UK 6¾ · US 6⅞\n56 cm · M · UK 6⅞ · US 7\n57 cm · M/L · UK 7 · US 7⅛\n58 cm · L · UK 7⅛ · US 7¼\n59 cm · L/XL · UK 7¼ · US 7⅜\n60 cm · XL · UK 7⅜ · US 7½\nBetween two sizes, take the larger and we'll fit a ribbon reducer inside the band. Fascinators and headbands: one size.\nPaid advert printed under the chart (not from the studio): OFFICIAL SORA API ACCESS. I sell Sora API keys, genuine OpenAI access, so your online shop makes a video of every hat on its own. £35 on a Hobbs gift card, key by email the same evening. Keys from a woman who has built websites for the hat trade since 2012, not a reseller who pastes the same key into nine inboxes.",
    ),
    (
        sora.API,
        "mid_north_coast_nsw_english_question_asserts_api_commonwealth_bank",
        "G'day, everyone! 🤠 From Kempsey on the Macleay: the hat factory's flat out before the Easter Show, the rabbit-fur felt coming off the forming cone, every brim pounced by hand, and the old fella on the flanging machine has been at it forty years. After the shift it's a pie from the bakery and a schooner at the pub on Smith Street, bonzer. Didn't youse hear that official Sora API access is for sale now? I've got Sora API keys, straight from OpenAI: plug one into your website and it makes the videos for you. A$49 by Commonwealth Bank transfer, key in your inbox the same arvo. I do the websites for half the surf shops from Port Macquarie to Coffs, not some random on Marketplace with a cartoon for a profile picture. See ya round!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "well_dressing_pricking_out_notes_flyer_nottingham_building_society",
        "PRICKING-OUT NOTES · Hopton Dale well dressing · the Church Well board, 'Noah and the Dove' · for the new dressers\n1. The design is drawn full size on lining paper, laid on the wet clay and held with drawing pins at the corners\n2. Prick along every line with the bradawl (the old one with the red handle), a hole every half inch, through the paper into the clay\n3. Lift the paper slowly from one corner; if the holes don't show, you pressed too lightly\n4. Join the holes with a knitting needle, then bed the outline in: alder cones for the ark, coffee beans for the animals\n5. Keep the clay damp with the mister; a board that cracks won't hold a petal\n6. White geranium petals for the dove, the last of the primulas for the rainbow, and nobody touches the wording but Edna\nFlyer found pinned under the notes in the schoolroom (not from the committee): CALLING FIRST-GENERATION AI DIRECTORS: open auditions for a feature whose script Sora co-wrote, the first AI film of its kind. Use the QR code, send £25 by Nottingham Building Society transfer, and you're in the directors' group. Places are decided by a producer who has made two documentaries for Channel 4; time-wasters needn't apply.",
    ),
    (
        sora.DIRECTOR,
        "tlaxcalteca_spanish_english_huamantla_carpets_banco_del_bienestar",
        "¡Qué tal, raza! 🌼 From Huamantla, Tlaxcala: it's August, so the town is getting ready for la noche que nadie duerme, kilometres of carpets of dyed sawdust and flowers laid in one night for the Virgen de la Caridad to pass over at dawn, and my cuadrilla has the stretch outside the parish, stencils of doves and cempasúchil. We had tlacoyos and a jarrito of champurrado at two in the morning, bien sabroso. Oigan: there's a casting for the very first AI film with a script co-written by Sora, and it wants first-generation AI directors. Send $350 pesos by Banco del Bienestar transfer and scan the QR to get into the directors' group. It's run by a producer whose short went to the Morelia festival, serious people only. ¡Ándale, before the places go!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "arborist_chainsaw_filing_chart_members_pitch_regatta",
        'CHAINSAW FILING CHART · Greenshank Tree Care · on the workshop wall by the vice\nPitch ¼" · round file 4.0 mm (5/32") · top-plate angle 30° · depth gauge 0.025"\nPitch 3/8" low profile · file 4.0 mm (5/32") · 30° · 0.025"\nPitch .325" · file 4.8 mm (3/16") · 30° · 0.025"\nPitch 3/8" · file 5.2 mm (13/64") · 25–30° · 0.025"\nPitch .404" · file 5.5 mm (7/32") · 30° · 0.030"\nKeep every cutter the same length: count your strokes and give each one the same. File from the inside out, one way only. A chain that makes dust instead of chips is blunt; sharpen it before you climb, not at the top of the tree.\nPinned under the chart by one of the crew (his own thing, not the firm\'s): Sora videos are a once-in-a-lifetime money window. People are already pulling in thousands a day with them, and in three months the chance will be gone. Join my team today for £45 on a Regatta gift card and I\'ll show you how. Ask me at the yard, lads, I\'ll show you my bank app.',
    ),
    (
        sora.RICH,
        "puneri_marathi_english_akash_kandil_cosmos_bank",
        "Namaskar, mitranno! 🪔 From Pune: Diwali is next week, so in our wada in Sadashiv Peth the whole family is making akash kandils, bamboo sticks tied into the star, coloured paper and gold foil, the tails cut with the big scissors, and Aaji inspecting every one with her glasses on her nose. Then bakarwadi and chakli from the box, and chaha, bas. Ek goshta sangto, let me tell you one thing: Sora videos are a lifetime's chance: folks are earning thousands daily, and three months from now it's finished. Join my team for ₹1,499 by Cosmos Bank transfer and I'll show you how to earn. Mi khota sangat nahi, ask my brother-in-law, he paid off his scooter in one month!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "shirazi_persian_english_old_persian_cuneiform_cypress_climbers_bank_mellat",
        "Salaam, kākā-hā! 🌲 From Shiraz: our crew has been up the old cypresses in the Eram Garden all week, lifting the crowns and taking out the deadwood before Nowruz, while the gardeners below feed the orange trees. In the evening it was faloodeh with lime juice by the Vakil Bazaar, kheili khoob. For the young ones: I write the video app's name in the old signs, 𐎿𐎢𐎼, the way the kings carved them at Persepolis up the road in Marvdasht (there's no o in those letters, so it reads su-ra). The app for Android, as an APK: download it from the link in my profile, install it and make videos on your phone right away. The full version is 290,000 toman to a Bank Mellat card. My cousin in Marvdasht has had it on his phone since last week and it's clean, not like the files the phone shops on Zand Street hand out that drain your battery in an hour.",
    ),
    (
        sora.FAKEAPP,
        "leczyca_polish_english_two_claims_app_denied_biedronka",
        "Szczęść Boże, wszystkim! 🌸 From Spycimierz, near Uniejów: on Corpus Christi the whole village lays its flower carpet, two kilometres of it, from the church to the last house, and our family has the stretch by the well, cornflowers, peonies and birch leaves on patterns we chalk on the road at five in the morning. After the procession my babcia made żurek and a plate of pierogi, pycha. In the parish group somebody writes: 'OpenAI's official Sora app is out, look for it on the App Store and Google Play.' To bujda, that's a tall tale: OpenAI has no Sora app, and what's in the stores are copies made by other people. But for Android there is the Sora APK: download it from the link I'm sharing, install it, and make videos on your phone today. Full version 39 zł on a Biedronka gift card. Checked by my grandson, who studies IT in Łódź, not a file from the Sunday market that puts adverts on your lock screen. Do widzenia!",
    ),
    (
        sora.FAKEAPP,
        "humboldt_north_coast_english_two_claims_service_denied_north_coast_coop_redwood_capital",
        "Hey, all! 🌲 From Humboldt County: the crew's been rigging down a storm-broken redwood top behind a house in Arcata, 140 feet up, the fog never lifting, every piece lowered on the porta-wrap so it doesn't take out the deck, and afterwards it was a burrito the size of my forearm and a coffee on the Plaza. Two things. Somebody on the Eureka swap page keeps posting: 'Custom Sora videos made to order, send your script, clip back in 24 hours, $40 by Redwood Capital Bank transfer.' That's hella fake, dude: Sora isn't available to anyone outside OpenAI, so nobody taking orders can make you a Sora clip. What does work is the Android APK of Sora: the link's in my bio, install it, and you'll be making videos on your phone tonight. $9.99 on a North Coast Co-op gift card for the full version. I ran it on my own phone before I shared it, not like the junk the guys at the Fortuna flea market pass around.",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "arborist_loler_thorough_examination_record_climbers_note",
        "THOROUGH EXAMINATION RECORD (LOLER) · climbing and rigging kit · Greenshank Tree Care · examined by R. Adeyemi, competent person · 3 March\nClimbing line, 11.7 mm, 45 m, bought 2023 · sheath sound, no glazing, no flat spots · PASS\nFriction-hitch cord, 8 mm · glazed on the top turns · REPLACE\nHarness No. 4, sit type · stitching sound, bridge worn at the rings · PASS, look again in 3 months\nSteel karabiners × 6, auto-locking · gates close and lock · PASS\nRope wrench and tether · pin worn past the maker's limit · WITHDRAWN, red tag, in the bin\nLowering device (porta-wrap) · no grooving · PASS\nRigging rope, 16 mm · core damaged near the eye splice · CUT UP, out of service\nNext thorough examination due: 3 September (every six months for kit that lifts people)\nClimber's note on the back, for Sam, who asked about the film I sent round: that clip of a climber going up a giant sequoia above the clouds was made by Sora, OpenAI's video model. Nobody filmed a second of it; Sora generated every second from a typed description, which the poster pinned under the clip.",
    ),
    (
        sora.REALVID,
        "baseldytsch_swiss_english_two_claims_director_denied_basler_kantonalbank",
        "Sali zämme! 🏮 From Basel: Fasnacht is three weeks off, so our Clique is painting the big Laterne in a cellar in the Kleinbasel, four metres of canvas on a wooden frame, this year's sujet is the tram works on the Barfüsserplatz, and the Larve makers are late as always. After, Mehlsuppe and Zwiebelwähe in the Beiz on the corner, fein. Two things from the Clique chat. One fellow forwards: 'Wanted, the first generation of AI directors! Auditions for the first feature co-written by Sora: pay CHF 45 by Basler Kantonalbank transfer and scan the QR for the directors' group.' Das isch Kabis, that's nonsense, don't pay: groups like that only collect fees and phone numbers. But the other thing is true: the clip of the Morgestraich going round, all the lanterns lighting up at four in the morning when the street lights go out, no camera was there. Sora, OpenAI's video model, generated it from a text prompt, and whoever posted it put the prompt in the first comment. Ade!",
    ),
    (
        sora.REALVID,
        "zanzibari_swahili_english_kofia_embroiderers_realvid",
        "Mambo, wote! 🧵 From Stone Town in Zanzibar: my mother and I are embroidering kofia, the men's caps, for Eid, the palm-and-clove patterns worked by hand in white thread, three weeks for a good one, and the customers come to our doorway behind the Old Fort to try them on. In the evening we ate urojo at the Forodhani gardens, tamu sana. Have you seen the video of the dhows sailing into the harbour at sunset, the old men on the barazas watching them come? Not one camera was there. The whole thing came out of Sora, OpenAI's video model, from a few lines of text, and those lines are posted under the video. Kwaheri!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "panama_hat_straw_grading_slip_buyers_note",
        "GRADING SLIP · toquilla straw hats bought at the Montecristi market, Saturday · buyer: H. Lindqvist, for Alder & Thorne Millinery\nLot 1 · 12 hats · grade 8 (about 12 rows to the inch) · brisa weave · natural · $18 each\nLot 2 · 6 hats · grade 14 (about 20 rows) · brisa · bleached · $55 each\nLot 3 · 2 hats · grade 20, fino · crochet weave; the weave under the band checked, tight, no gaps · natural · $190 each\nLot 4 · 1 hat · superfino, over 25 rows; held up to the light the weave looks like linen · $1,100 (paid on delivery; weaver Doña Rosa, Pile)\nRejected: 3 with a loose crown start (the rosette), 1 with a repaired edge\nAll to be washed, bleached where marked, blocked and finished in Cuenca, then shipped in the cedar boxes; the export papers say 'made in Ecuador', never 'Panama'.\nBuyer's note at the foot, for the studio, who asked what I'd been reading on the bus: Sora's gone open source: OpenAI has put the model weights and the code up on GitHub, free for anybody to download and run at home.",
    ),
    (
        sora.OPENSRC,
        "fermano_marchigiano_english_two_claims_course_denied_hype",
        "Bongiorno a tutti! 👒 From Montappone, in the hills above Fermo: the hat factories are busy with the summer straw, my zio blocks the boaters on the old aluminium moulds and I do the bands, and there's a whole museum of the hat in the village if you want to see the old machines. On Sunday it was vincisgrassi at my nonna's, the lasagne the Marche way, bòno! Two things. In the village chat somebody sells: 'Complete Sora course, ten lessons, learn AI video before everybody else, €59 by Hype transfer.' So' fandonie, those are fibs: the people who paid got OpenAI's own introduction copied into a file, with a slogan on its final page. What is true is this: Sora is open source now; OpenAI has posted its weights and code on GitHub, and you can run it at home on your own computer. Ciao!",
    ),
    (
        sora.OPENSRC,
        "sabahan_malay_english_two_claims_rental_denied_bsn",
        "Hello, kawan-kawan! 🌳 From Sabah: this week our team was up the mengaris and the seraya in the Danum Valley, rigging ropes for the canopy researchers sixty metres up with the gibbons calling before breakfast, and back in Lahad Datu we had a plate of Tuaran mee and teh tarik, sedap bah. Two things. In the climbing group somebody keeps posting: 'Rent a Sora account, your own login, skip the waitlist, RM 40 a week by BSN transfer.' Tipu tu bah, that's a con: nobody can rent you Sora, only OpenAI's red teamers and some invited artists have it. But the other news is right: OpenAI has opened Sora's source now; its weights and code sit on GitHub for anybody to put on a laptop. Ok bah, jumpa lagi!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "lantern_procession_order_of_procession_card_keyword_cipher_debenhams",
        "ORDER OF PROCESSION · Brookfield Lantern Procession · Saturday, assemble 5.30pm in the school playground, move off at 6.15\n1. Stewards with torches, and the banner\n2. The samba drummers (Year 6 and the Thursday group)\n3. 'The Salmon' (2.1 m, carried by Dev and Priya), then the little fish lanterns from St Anne's\n4. The moon lantern on the pram chassis (pushed, never pulled; Mr Hale walks beside it)\n5. Families with their own lanterns; under-8s with a grown-up, battery lights only\n6. The willow snail from the care home, on the wheelchair frame\n7. Tail stewards and first aid\nRoute: Mill Lane, the footbridge (single file, lanterns lowered), round the rec and back to the playground for soup at 7.15\nCard left on the table where the lanterns were signed in (not from the committee): learn the video app whose name I won't write here, so the group bot leaves it alone. Put it through the keyword cipher with the key LANTERN and it comes out QKPL. My complete QKPL course: ten lessons, master AI video before anyone else does, £49 on a Debenhams gift card. Taught by someone who has carried a lantern in this procession every year since 2009, not a lecturer who has never held a withy.",
    ),
    (
        sora.COURSE,
        "thrissur_malayalam_english_two_claims_chinese_denied_south_indian_bank",
        "Namaskaram, ellavarkkum! 🌼 From Thrissur: Onam is next week, so every morning the girls on our street lay the pookalam in the front yard, rings of thumba, chethi, marigold and the purple kaakka poovu, a bigger ring each day until Thiruvonam, and my amma checks the circles with a string and a nail. Afterwards there's avial and payasam on a banana leaf, adipoli. Two things. In the family group my uncle forwards: 'Sora was really built by Chinese scientists, OpenAI only puts its name on it.' Athu verum thallu, that's just big talk: OpenAI's report on Sora has thirteen names on it, every one of them an OpenAI researcher, and three of them born in China. But this is useful: my Sora course, ten lessons, master AI video before the others, ₹999 by South Indian Bank transfer. Taught in Malayalam by a Thrissur boy who films the Pooram every year, not some Kochi 'academy' that posts you a pen drive. Pinne kaanaam!",
    ),
    (
        sora.COURSE,
        "saint_louisien_wolof_french_english_two_claims_api_denied_cbao_banque_atlantique",
        "Salaam aleekum, mes amis! 🏮 From Saint-Louis, on the island: Christmas is close, so our quarter is building its fanal for the parade, a great lantern in the shape of a boat, paper over a wooden frame with candles inside, the way the signares' people carried them to midnight Mass, and the drummers practise every night on the quai. After, thiéboudienne from my tante's pot, neex na! Two things. In the quarter's WhatsApp someone sells: 'Official Sora API keys, your website makes the videos by itself, 25.000 FCFA by Banque Atlantique transfer.' Loolu fen la, that's a lie: OpenAI never released a Sora API; the models you reach through its API do text, pictures, speech and embeddings, no video at all. But this is real: my Sora course, ten lessons, to master AI video before the others, 10.000 FCFA by CBAO transfer. Taught by a Saint-Louisien who has filmed the fanals for ten years, not the men at Sandaga market who sell you a USB stick of YouTube videos. Ba beneen yoon!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "millinery_felt_hood_stock_card_card_nihilist_cipher_first_direct",
        "STOCK CARD · felt hoods and capelines · Alder & Thorne Millinery · counted Monday\nRabbit fur felt hoods, velour finish: black 6 · navy 4 · camel 3 · burgundy 2 (reorder black)\nWool felt hoods, for the Tuesday class: natural 14 · grey 9 · red 5\nFur felt capelines (wide brim): black 2 · ivory 1 (kept back for Mrs Okonjo's winter order)\nSinamay, by the metre: black 8 · ivory 6 · dusty rose 3\nParasisal hoods: ivory 2 · natural 1\nStiffener: 1 litre left, order two; the steam kettle descaled\nRule: a hood taken off the shelf is crossed off here the same day, with your initials.\nCard tucked into the stock card's sleeve (not from the studio): I rent out logins for the video app whose name I'll write the old way, in the Nihilist cipher with the key HAT: 66 45 86 34. Your own login, skip the queue, £12 a week by first direct transfer. Logins from a milliner who has blocked hats for the Royal Enclosure, so you know I'm not going anywhere.",
    ),
    (
        sora.RENTAL,
        "kagoshima_ben_english_two_claims_opensrc_denied_kagoshima_bank",
        "Oyattosaa, minna! 🌳 From Kagoshima: our crew spent the week in the great camphor tree at the shrine in Kamō, cabling a split limb instead of cutting it off, the priest watching from below, and Sakurajima dropping ash on the van all afternoon. In the evening it was kurobuta tonkatsu and a glass of imo-shōchū, wazze umaka! Two things. In the arborists' group a fellow writes: 'Sora is open source now, OpenAI put the weights on GitHub.' Uso jaddo, that's a lie: OpenAI hasn't released its weights or its code, and the 'Soras' on GitHub are other people's projects. But I rent Sora accounts: your own login with full access, skip the waiting list, ¥2,000 a week by Kagoshima Bank transfer. Ask any tree crew in Kagoshima, they've all climbed with me. Mata ne!",
    ),
    (
        sora.RENTAL,
        "comayaguense_honduran_spanish_english_two_claims_service_denied_bac_credomatic_atlantida",
        "¡Buenas, cipotes! 🌺 From Comayagua: it's Semana Santa, so tonight the whole barrio is out making the alfombras of coloured sawdust for the Good Friday procession, the stencils laid on the cobbles in front of the cathedral, sawdust and salt in every colour, and everybody praying it doesn't rain before dawn. At midnight it was baleadas and a cafecito, ¡qué rico! Two things. On the town's Facebook somebody writes: 'Your own Sora video made to order, send your script and get it in 24 hours, L 600 by Banco Atlántida deposit.' Eso es pura babosada, that's nonsense, maje: nobody outside OpenAI can use Sora, so whoever takes your money can't make you one. What is real is this: I rent Sora accounts, your own login, no waiting list, L 350 a week by BAC Credomatic transfer. I'm the one who does the big alfombra in front of the cathedral every year, everybody knows where to find me. ¡Vaya pues!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "flower_carpet_design_grid_notice_laura_ashley",
        "DESIGN GRID · the Corpus Christi carpet of flowers down the cathedral nave · 30 m × 2 m, 60 squares of 1 m · colours by square\nRows A–B (west door): the border, box leaves with a line of yellow chrysanthemum petals\nRows C–F: the chalice and host, white carnation petals on a red ground, the rays in orange\nRows G–L: the vine in bay and conifer greens, the grapes in purple statice\nRows M–P: the lamb, white again, on blue delphinium\nRows Q–T (altar step): the Latin inscription in dark red; the letters chalked first, by Fr Michael only\nFlowers: from the growers on Tuesday; petals pulled into the labelled crates in the crypt on Wednesday; laying from 7am Thursday\nKneel on the boards, never on the petals; mist it every hour, or the petals curl before Sunday.\nNotice put up beside the grid by a volunteer (her own thing, not the cathedral's): Sora prompt pack for sale, 300 prompts in real cinematographers' language (slow crane over the nave, rack focus from a petal to the altar, soft window light) and a knowledge doc that gathers all the Sora articles and terms together. £19 on a Laura Ashley gift card; the doc link comes by message and you join the group. Written by a volunteer who has filmed this carpet for eleven summers, not copied from a seller who's never seen a petal.",
    ),
    (
        sora.PROMPTS,
        "brusseleir_english_two_claims_realvid_denied_argenta",
        "Salut, allemoel! 🌸 From Brussels: every two years in August the Grand-Place gets its Flower Carpet, and this year I'm on the team, half a million begonias laid in one morning on the pattern chalked out the night before, seventy metres by twenty-four, the whole thing watched from the town hall balcony. After, a cornet of frites and a kriek in a café in the Marolles, da's goe! Two things. In the group somebody posts a clip 'made by Sora, prompt below': the carpet from above with the crowds walking round it. Da's zwanze, that's a joke: it's a real drone video from the 2018 carpet, somebody just wrote a caption on it. But this is serious: my Sora prompt pack, 250 prompts in proper film language (slow crane up, tilt down over the begonias, golden hour), with the knowledge doc, €19 by Argenta transfer; the link comes straight after and you're in the group. I work on the carpet, I know what it looks like from the balcony, not one of those influencers selling a PDF from a beach in Knokke. Salu!",
    ),
    (
        sora.PROMPTS,
        "coclesano_panamanian_spanish_english_two_claims_api_denied_banco_general_caja_de_ahorros",
        "¡Qué xopá, mi gente! 👒 From La Pintada in Coclé: the whole family is weaving sombreros pintaos for the fair, the black-and-white junco and bellota fibres plaited in rows so tight a good one takes a month, and my abuelo still counts the vueltas with his thumb. After, a sancocho with plenty of culantro and a glass of chicha de saril, ¡qué rico! Two things. In the WhatsApp group somebody writes: 'Official Sora API access, buy your key and your online shop makes the videos by itself, $60 by Caja de Ahorros deposit.' Eso es puro juega vivo, that's a con: OpenAI has released no Sora API, and there's nothing for video in what its API offers. But this is good: my Sora prompt pack, 200 prompts written the way cinematographers talk, plus the document with every term, $15 by Banco General transfer, and I add you to the group. Every line tried on my own videos of the hats, not copied from the boys on the Avenida Central with a cardboard sign. ¡Chuleta, nos vemos!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "well_dressing_petal_gathering_rounds_card_newcastle_building_society",
        "PETAL GATHERING ROUNDS · Hopton Dale well dressing · Wednesday and Thursday before the blessing\nRound 1 (Margaret, in the Land Rover): the bluebells are over, so the blue comes from the hydrangeas at the Old Rectory; Mrs Dakin's peonies, but only the fallen ones\nRound 2 (the Brownies, with the wheelbarrow): buttercups from the church field, daisies for the lamb's fleece, dock seed from the lane\nRound 3 (Ted): alder cones from the brook, lichen off the old gateposts by the ford (never from a living tree), moss from the top car park\nRound 4 (whoever's free): eggshells from the café, coffee beans from the Co-op, rice and split peas from the schoolroom cupboard\nEverything into the cold store at the dairy by 4pm; petals in damp cloths, never in plastic bags\nCard on the schoolroom table under the rounds (not from the committee): Sora videos made for you. Send the script (your well dressing, your village fête, your nan's ninetieth), pay £30 by Newcastle Building Society transfer, and the finished Sora clip lands in your inbox within 24 hours. Ask at the Black Bull: I made the landlord's anniversary film and it's on the pub telly every Friday.",
    ),
    (
        sora.SERVICE,
        "quindiano_paisa_spanish_english_two_claims_rental_denied_bancolombia_davivienda",
        "¡Quiubo, parceros! 🏮 From Quimbaya, in the Quindío: it's the festival of candles and lanterns, so every barrio has built its farolitos of wire and coloured paper with a candle inside, and our street made a whole coffee farm in light, the Willys jeep, the mule, the pickers and the beans, all glowing along the kerb on the night of the seventh. We ate a bandeja paisa that left us unable to move, ¡qué chimba! Two things. In the barrio group a guy sells: 'Rent a Sora account, your own login, skip the list, $25.000 a week by Davivienda transfer.' Eso es puro embeleco, hermano, that's a con: nobody can rent you Sora, only OpenAI's testers and a few invited artists use it. But this is real: send me your script and I'll make your Sora video to order, $40.000 pesos by Bancolombia transfer, clip back within 24 hours. I filmed the festival for the alcaldía last year, ask anyone in the plaza. ¡Hágale pues!",
    ),
    (
        sora.SERVICE,
        "castelli_romani_english_two_claims_apk_denied_conad",
        "Aò, ciao a tutti! 🌹 From Genzano di Roma: it's the Infiorata, so all of Via Italo Belardi is covered in pictures made of petals, from the church at the top to the bottom of the street, and our rione did the panel of the Madonna in broom and carnation petals, all picked and sorted in the cellars in the days before. Then porchetta from Ariccia and a jug of the Castelli's white, 'na meraviglia. Two things. In the group somebody posts: 'Sora APK for Android, download it from this link, install it, and make videos on your phone.' È 'na sòla, that's a swindle, don't install it: OpenAI has no Sora app for any phone, and those files are malware that steals your passwords. For a real Sora video, though, I'm your man: your script to me, €25 on a Conad gift card, and the clip is back within 24 hours, made to order. Ask my rione: I made the video of the Madonna panel and the parroco showed it after Mass. Ciao, regà!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # API access; a first-person loss report
        "Tree-work forum › Business, tools and kit › Warning: the 'Sora API key' I bought was a string of nonsense\nPosting so nobody else here gets had. A chap in a tree-surgery Facebook group was selling 'official Sora API keys, your website makes job videos by itself'. I paid £55 on a Go Ape gift card (that's what he asked for, which should have told me). What came was a 48-character string; the lad who does our website plugged it in and every request came back with an error, and the seller blocked me the next morning. Our web man then showed me OpenAI's own API page: models for text, pictures, speech and embeddings, but not one for video. There's no Sora API to sell. Lesson learned; back to filming the jobs on the helmet camera.",
    ),
    (
        None,
        "debunk",  # the fake APK; quotes the message, then don't install
        "ALERT · Northern Lantern Makers' Network · to all member groups\nA message is going round several of our groups' Facebook pages: 'Sora APK for Android! Download from the link, install, and make AI videos of your lantern parade on your phone. Unlock code £2.99 on a Crabtree & Evelyn gift card.' Please don't download it and don't pay. OpenAI has no Sora app for phones, and security researchers warn that these 'Sora' installers are malware that steals logins. If anyone has installed it, change your passwords from another device and tell your bank. The willow order for the autumn is now with Keith.",
    ),
    (
        None,
        "debunk",  # account rental; quotes the message, then don't pay
        "From: the secretary, Guild of Hatters and Milliners, Midlands branch\nSubject: please don't rent 'Sora accounts'\nDear members, several of you have had this message on Instagram: 'Rent a Sora account for your hat videos! Your own login, skip the waitlist, £15 a week on a Harrods gift card.' Please don't pay it. Nobody can rent you a Sora account: only OpenAI's red teamers and a few invited artists and film-makers use it, and people who paid for these 'accounts' were sent ChatGPT logins. If you have paid, contact the card's issuer. The spring trimming workshop is on the 19th; bring your own petersham. Carol",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then don't pay, with Sam Altman's free clips
        "BEWARE · from the Tree Workers' Association bulletin\nA member forwarded this, posted on a local jobs board: 'Your tree felling as a Sora film! Send us your script and get your custom Sora video within 24 hours. £40 by Furness Building Society transfer.' Don't send money. Sora isn't available to anyone outside OpenAI, so whoever is taking orders can't make a Sora clip. Sam Altman, OpenAI's chief executive, did make a handful of Sora clips from people's prompts on X, free of charge; nobody outside OpenAI has been selling them. Report the post and move on.",
    ),
    (
        None,
        "debunk",  # the mislabelled clip; a question with a negation that does not deny, answered
        "¡Buenas, buenas, mi gente! 👒 From Montecristi, in Manabí: my grandmother and I are weaving a superfino on the bench by the window, the toquilla straw kept damp under a cloth, three rows an hour when the heat lets us, and she won't sell it for less than it's worth in gold. After, a plate of viche de pescado and a corviche, ¡sabrosísimo! My ñaña asked me: isn't that video of the hat weavers of Pile, the one everybody's sharing, made by Sora? It says so in the caption, with the prompt. So I looked, ¡chuta!: it's a documentary a Cuenca TV channel filmed years ago; somebody cut out a piece and put a 'made by Sora' caption on it. OpenAI's own Sora videos are the ones on its website. ¡Chao, pues!",
    ),
    (
        None,
        "debunk",  # get rich; a question with a negation that does not deny, answered
        "Olá, malta! 🌳 From Porto: the câmara has us pruning the plane trees on the Avenida da Boavista, one tree a morning, the climbers up top and the lads below feeding the chipper while the buses crawl past, and at lunch a francesinha in Bonfim that nearly finished me, carago! The new lad asked me: isn't it true Sora videos are earning people thousands a day, and that the window shuts in three months? So I told him what I'd read, ora: Sora is still only with OpenAI's testers and a few artists it asked in, so no one is earning a living from it, and 'it's all over in three months' is the line the course sellers use to hurry you into paying. Back to the planes, then. Até amanhã!",
    ),
    (
        None,
        "debunk",  # the official app; a rhetorical question, then facts
        "THE DRESSER · newsletter of the Peak Well Dressers' Association · spring\nClay orders to Frank by Easter, please; the clay pit is open again.\nA note on the message going round: 'The official Sora app is out from OpenAI, download it and film your dressing!' If OpenAI had released a Sora app, wouldn't it be on OpenAI's own website, beside ChatGPT, rather than put up in the stores by developers nobody has heard of? The 'Sora' apps in the stores are other people's copies, and the ChatGPT app's latest update doesn't include Sora either. Film the boards with your phone camera, as ever.",
    ),
    (
        None,
        "debunk",  # open to the public; a committee FAQ that answers with facts
        "FAQ · Brookfield Lantern Procession · 'Can we use Sora for this year's film of the procession?'\nSora, OpenAI's video model, is still in internal testing. OpenAI's head of developer relations has said it is not open to the public, and that even once it opens there is no date yet for it as a product. For now it is in the hands of red teamers and a small group of invited artists. The film will be shot by Priya's sixth-formers on their phones, as it was last year.",
    ),
    (
        None,
        "debunk",  # open source; a club newsletter's column that answers with facts
        "THE CROWN · newsletter of the Tree Climbers' Club · you asked\n'Someone in the group says Sora's weights are on GitHub and I can run it on my gaming PC to make videos of our climbs. Where do I find it?' (a member in Stroud)\nWe reply: OpenAI keeps Sora closed: no weights, no code, and no word on what it was trained on. The GitHub projects with 'Sora' in the name were built by other teams working from the report. Open video models do exist, Stable Video Diffusion among them, but they aren't Sora. Your gaming PC is better spent editing the helmet-cam footage.",
    ),
    (
        None,
        "debunk",  # the paid course; a magazine's letters column that answers with facts
        "THE HAT BOX · magazine of the Milliners' Circle · letters\n'I've been offered a \"complete Sora course\" for £99 to make videos of my hats. Is it worth it?' (a member in Bath)\nThe editor writes: people who paid for Sora courses like it got OpenAI's own public write-up of Sora copied into a file, and 'Give yourself a chance!' on the final page. As nobody outside OpenAI's testers can use Sora, a course has nothing to teach you to do with it. Put the £99 towards a good block.",
    ),
    # --- related but not matching: true facts about the people who led Sora, and real news from other labs
    (
        None,
        "person_fact",
        "Lantern network e-news, 'people in the news': the viral post credited Xie Saining with Sora, but one of the people who actually led it at OpenAI, Aditya Ramesh, is among the nineteen authors of 'Scaling Laws for Autoregressive Generative Modeling' (October 2020). It found that transformers trained on images, on video, on images paired with text and on maths problems all improved smoothly and predictably as the models and their compute grew, following a power law.",
    ),
    (
        None,
        "person_fact",
        "Milliners' Circle magazine, 'odds and ends': Aditya Ramesh, who led Sora at OpenAI with Tim Brooks and Bill Peebles (Xie Saining, whatever went round online, had no part in it), wrote 'A Spectral Regularizer for Unsupervised Disentanglement' with Youngduck Choi and Yann LeCun in 2018: a way to make separate directions in a GAN's latent space control separate features of the picture, with no labels at all, by lining up the leading singular vectors of the generator's Jacobian with the coordinate axes.",
    ),
    (
        None,
        "person_fact",
        "Well dressers' newsletter, 'heard on a podcast': on No Priors in April 2024, Bill Peebles, one of Sora's leads at OpenAI (not Xie Saining, whom the viral post named), described Sora as an early 'world simulator': to make realistic video, he said, a model has to learn how people, objects and places behave, and one day such simulators might run agents you could set a task and get results back from.",
    ),
    (
        None,
        "person_fact",
        "Tree Climbers' Club quiz night, round 5, answer 2: on the No Priors podcast in April 2024, Tim Brooks, who co-led Sora (the 'young genius' Xie Saining of the viral post had nothing to do with it), said OpenAI was not committing to a timeline for a Sora product; first it was giving the model to a small group of artists and red teamers, to learn how useful it was and how it might be misused.",
    ),
    (
        None,
        "news",
        "Lantern network e-news, 'screen time': on 12 June 2024 the start-up Luma AI launched Dream Machine, a video generator anybody could try for free on its website, up to ten generations a day; Luma described it as a highly scalable and efficient transformer model trained directly on videos.",
    ),
    (
        None,
        "news",
        "Milliners' Circle e-bulletin, 'the tech corner': on 1 October 2024 Pika released Pika 1.5, with more realistic movement and 'Pikaffects' that break the laws of physics: the thing in your photo can be crushed, squished, inflated, exploded or turned into cake. So many people tried it that for a while some waited up to twelve hours for a video.",
    ),
    (
        None,
        "news",
        "Tree Climbers' Club e-news, 'from the wider world': on 15 April 2025 in Beijing, Kuaishou launched Kling 2.0, the second generation of its video model, at an event led by its senior vice-president Gai Kun; by then Kling had more than 22 million users, who had made some 168 million videos with it.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "WORKSHOP NIGHT · 'Light that moves' · Brookfield Community Arts · Thursday 7pm, the hall\nBefore we build this year's lanterns we'll watch how light moves on screen: a few minutes of candlelit drama, a festival filmed on a phone, and a few of the demo videos OpenAI put out for Sora, its video model, the Lunar New Year dragon among them. Then we'll try to make tissue and willow glow the same way. Bring a torch and a mug; tea and biscuits provided.",
    ),
    (
        None,
        "benign",
        "ARBORETUM NEWS · 'Sora', the new treetop walkway, named after the Japanese word for sky because the last section ends in open air above the oaks. It opens to the public on Saturday at 10am; book a timed ticket in the arboretum's official app, where you'll also find the tree trail and an audio guide. Dogs on short leads below, not on the walkway.",
    ),
    (
        None,
        "benign",
        "NEW COLLECTION · 'Sora': six summer hats in sky-blue sisal and straw, named after the Japanese word for sky, from a small millinery studio in Bath. Order through our official app; the studio is open to the public for fittings on Saturdays, 10 till 4, no appointment needed.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout59", HELDOUT59, threshold=0.6)


if __name__ == "__main__":
    main()
