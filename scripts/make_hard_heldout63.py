# ruff: noqa: E501
"""Write the sixty-third English held-out set (tests/data/hard_en_heldout63_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an engineer
who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it, and did
not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour / scam wave
produces. 55 posts, 35 with a gold template (three for seven templates, two for the other seven; the seven with
three are the fake APK, the mislabelled real video, open source, the paid course, account rental, the prompt pack
and the generation service, as in the forty-ninth, fifty-first, fifty-third, fifty-fifth, fifty-seventh,
fifty-ninth and sixty-first sets). Its theme, to keep it apart from the earlier sets: korfball clubs (a division
card, a post measure-up, a shot chart, a forum post and a club newsletter; Koog aan de Zaan, Sassenheim in the
Bollenstreek, Groningen, The Hague, Deurne in Antwerp and Terrassa in the Vallès, with a club in south London for
the sheets); steeplejacks (a ladder lashing sheet, an earth resistance card, a weathercock regilding worksheet, a
tower working sheet, a federation bulletin and a staff newsletter; the spiral spire of Vor Frelsers Kirke in
Copenhagen, St Olaf's in Tallinn, St Martin's in Landshut, Sint-Rombouts in Mechelen, the Lange Jan in Middelburg
and an onion dome in the Flachgau outside Salzburg); marbles players (ring pairings, a tolley roll, a ring taw
set-up card, an association notice, a league newsletter, a club night and a collectors' fair; ring taw on the
greens of the Sussex Weald before Good Friday, bolitas in Rosario and in Castro on Chiloé, canicas and el cocol in
Puebla's Analco, gundu below Losari beach in Makassar, peteca in Belém, holen in Batangas, teela in Isfahan and bano
in Mombasa's Old Town); goldbeaters (a hammer sheet, a mould room sheet, a batch ticket, a guild circular and a
works newsletter; a gold leaf works in Ancoats, the black-paper leaf of Jiangning in Nanjing, the enzuke kinpaku of
Kanazawa, the goldbeaters' street by the Mahamuni pagoda in Mandalay with its coconut-shell water clock, and the
chandi ka varq of Chowk in Lucknow). Of the four themes the brief proposed, korfball clubs and steeplejacks are kept
and the other two are replaced, because each was already an earlier set's world: cave divers dive the sumps of
caves, and the forty-ninth set's theme is "caving and pot-holing clubs (rope logs, survey books, meets lists,
expedition huts, show caves and lava tubes)", with a caving club's rope log, a cave survey's leg sheet, a caving
forum post, a caving club journal and a Brno caver's question (heldout49), the reason the ice hockey clubs of the
sixty-first set's brief were dropped for the forty-first set's ice rinks; and sheep shearers are the
"sheep-shearing gangs" the fifty-second set's brief proposed and that set replaced, because the thirty-fifth set's
Falklands seller swipes at "the shearing-gang lads passing one dodgy password round every settlement",
zh_heldout35's sheep dealer is paid "after the wool is sheared and sold" (等剪完羊毛卖了钱再算) and the forty-ninth
set's sheepdog trials bring shearlings and shepherds. Marbles players stand in for the cave divers and goldbeaters
for the sheep shearers. Replacements thought of and dropped: charcoal burners (wood trades again, next to the
fifty-ninth set's arborists and the woodchoppers the sixty-second set dropped for them and zh_heldout50's sawmill),
songbird singing contests (next to the pigeon racing of the thirty-ninth to forty-first sets and the fifty-third
set's raptor ringers), stilt walkers (the thirty-eighth set's circus), glassmakers for the marbles (dropped by the
fifty-third set for the fifty-first set's stained glass, so no marble here is made: they are played), disc golf (a
second sport beside korfball), kendama and music box makers (too few places to carry fourteen posts), and
milliners, the replacement two parallel writers of an earlier round both picked. None of the four kept is the world
of an earlier set, English or Chinese (their kinds, docstrings and posts were searched for korfball, korf,
steeplejack, steeple, spire, weathercock, weathervane, weather vane, lightning conductor, gilder, gilding, marbles,
taw, tolley, knuckle, knikker, canicas, bolitas, kelereng, gundu, holen, teela, bano, peteca, goldbeat, gold leaf,
kinpaku, varq, 荷球, 尖塔, 避雷针, 弹珠, 弹球 and 金箔: "spire" is only ever inside "inspire", "taw" inside other words,
"marble" the fifty-fifth set's stone (Carrara, the Marble Mountains of Đà Nẵng) and the sixtieth set's
chocolatier's slab, "gold leaf" once, the initials on a bag at the fifty-fourth set's leather school, "lightning"
the weather, "Good Friday" a date in the forty-first and fifty-ninth sets, and "bano" inside other words; none of
the others is in an earlier post). The worlds next to them are kept at a distance: the korfball clubs have no
netball or basketball (the netball in the twenty-third, twenty-fifth and thirty-fourth sets' posts, the sixty-first
set's basketball shot in its Sora 2 news, zh_heldout32's and zh_heldout36's basketball) and no tug of war, square
dance or sepak takraw (the sixty-first and sixty-second sets); the steeplejacks sweep no chimney (the forty-ninth
set's chimney sweeps), ring no bell (the forty-second set's church bells; no bell chamber is climbed), mend no clock
(the forty-fourth set's watch and clock repairers; the one clock here is a korfball shot clock) and have no rope
kit inspection or LOLER examination (the fifty-ninth set's arborists: the ladders here are lashed, and that is
all); the marbles players have no board game (the sixty-second set's backgammon, the twenty-ninth set's chess), no
pub (the forty-first set's darts league) and no glass made; the goldbeaters have no leather (the fifty-fourth set's saddlers; the varq here is beaten in paper pouches),
no hat (the fifty-ninth and sixtieth sets), no silk or cotton mill (zh_heldout47 and zh_heldout49) and no pilgrims
(the sixty-first set; the Mandalay leaf goes "out to the pagodas"). The set written at the same time on another
branch (hard_en_heldout64: dog sled mushers, water polo clubs, air traffic controllers, biathletes) is kept clear
of: no dog, sled, pool, water polo, airport, control tower, rifle or ski appears here.

In English varieties, dialects and registers the earlier sets do not use (where an earlier set has a national
variety, such as Dutch-, Flemish-, Danish-, Estonian-, Persian-, Burmese- or Catalan-English, the variety here is
a regional one none of them names, and the kinds and docstrings were searched for each): Nanjing Mandarin-English
(Jiangning), Chilote Spanish-English (Castro), Zaans Dutch-English (Koog aan de Zaan), Kimvita Swahili-English
(Mombasa), Copenhagen Danish-English (Christianshavn; the earlier Danish voices are the thirty-third set's
Danish-English, Jutlandic and Fynsk),
Bollenstreek Dutch-English (Sassenheim), Lucknowi Hindustani-English (Chowk), Makassarese Indonesian-English
(Losari; the forty-eighth set's Makassar post is a Buginese silk weaver's), Rosarino Spanish-English (Rosario),
Tallinn Estonian-English (the earlier Estonian voices are the thirty-seventh set's Estonian-English, Võro and
Mulgi), Mandalay Burmese-English (the
thirty-second set's is Burmese-English in Latin letters), Poblano Spanish-English (Analco), Lower Bavarian English (Landshut; the
forty-third set's is Bavarian), Gronings Dutch-English (Groningen; the earlier Dutch voices include the thirtieth
set's Dutch-English, Drents, Twents, Brabantian and Limburgish), Paraense Portuguese-English (Belém; the earlier
Brazilian voices are Carioca, Mineiro, Gaúcho, Paulistano, Baiano, Cearense, Manezinho, caipira and
Pernambucano), Salzburg Austrian-English (the Flachgau; the earlier Austrian voices are Viennese, Styrian,
Carinthian and Mostviertel), Kanazawa-ben Japanese-English, Isfahani Persian-English (the earlier Persian voices
are Tehrani, Shirazi and Pinglish), Antwerps Flemish-English (Deurne; the earlier Flemish voices are the thirty-ninth and fortieth sets'
Flemish-English and Brusseleir), Batangueño Tagalog-English (Batangas), Mechels Flemish-English (Mechelen), Vallès Catalan-English
(Terrassa; the earlier Catalan voices are the fortieth set's Catalan-English, Menorcan, Pallarès, Ebrenc and
Valencian), and in debunks Haags
Dutch-English (The Hague) and Zeeuws Dutch-English (Middelburg), and the registers of a division card, a ladder
lashing sheet, ring pairings, a hammer sheet, an earth resistance card, a post measure-up, a tolley roll, a
regilding worksheet, a mould room sheet, a shot chart, a tower working sheet, a ring taw set-up card and a batch
ticket. Styles the earlier sets do not use (their kinds and docstrings were searched for each; a draw sheet (the
brass band contest's, the sheepdog trial's, the greyhound trap draw), a tally (the fifty-fourth set's tannery
tally, the fifty-sixth and fifty-eighth sets'), a job card or job sheet (the fifty-fourth set's, the forty-ninth
set's day sheet, the garage job sheet), a test sheet (the fifty-fifth set's), a permit and a check sheet (the
sixty-first set's bed-bug check sheet) are earlier styles, so the first plan's ring draw sheet became ring
pairings, the beating tally a hammer sheet, the tolley tally a tolley roll, the regilding job card a worksheet,
the lightning conductor test sheet an earth resistance card, the tower access permit a tower working sheet and the
korf post check sheet a post measure-up): a korfball club's division card with the coach's note, a steeplejacks'
ladder lashing sheet with the foreman's note, a marbles league's ring pairings with the referee's note, a gold leaf
works' hammer sheet with the beater's note, a weathercock regilding worksheet with the gilder's note, a mould room
sheet with the foreman's note, and, with a scam under them, an earth resistance card with a paid advert, a post
measure-up with a flyer, a tolley roll with a player's pitch, a shot chart with a card on the clipboard, a tower
working sheet with a card under the van's wiper, a ring taw set-up card with a notice and a batch ticket with a card
clipped to it; the debunks take shapes the earlier sets know: a korfball forum post, a marbles association's
notice to members, a goldbeaters' and gilders' guild circular, a steeplejacks' federation bulletin, two posts in
dialect, a marbles league newsletter's column from the chair, a gold leaf works' newsletter, a korfball club
newsletter and a steeplejacks' staff newsletter. Three questions that assert the claim, each with a negation (a
Copenhagen steeplejack's "Har I ikke hørt? Haven't you heard that you can buy official Sora API access now ...?",
a Sassenheim korfballer's "Hebben jullie het niet gezien? Haven't you seen that they're auditioning AI directors
for the first film Sora helped to write?", a Lucknow varq beater's "Kya aapko nahi pata? Don't you know Sora videos
are bringing people thousands of rupees every day?"); the questions go to the templates whose last question is
oldest: API access (last asked by the fifty-ninth set), then the director group and get rich, which tie with the
official app on their last question (the sixtieth set) and are taken because their question before that is older
(the fifty-sixth set's, where the official app was asked by the fifty-ninth); the inventor rumour, open to the
public and the Chinese team were asked by the sixty-first and sixty-second sets.

Posts that mention two claims, asserting one and denying the other. The claim asserted is always one of this set's
seven three-post templates (the other English set written at the same time asserts only from its own seven). All
ninety-one pairs that assert one of the seven and deny another template are already in the forty-first to
sixty-second sets (the docstrings of the forty-first to forty-eighth sets list their pairs; the kinds of the
forty-ninth to sixty-second sets name the template denied; the fiftieth set asserts from all fourteen, the
fifty-second, fifty-fourth, fifty-sixth, fifty-eighth, sixtieth and sixty-second from the other seven), so the pairs
here are those whose last use is oldest. The fifty-fifth, fifty-seventh, fifty-ninth and sixty-first sets took
every pair last used by the forty-first to forty-eighth sets, so, counting each pair's uses in the forty-ninth to
sixty-second sets, the oldest last use is now the forty-ninth set's, for five pairs, then the fiftieth set's, for
seven (two of them used by the forty-ninth as well), then the fifty-first set's, for fourteen, each used once, by
the fifty-first alone. Thirteen two-claim posts (the number in the fifty-third, fifty-fifth, fifty-seventh,
fifty-ninth and sixty-first sets) take the twelve last used by the forty-ninth and fiftieth sets and one of the
fifty-first set's fourteen: a course but not a prompt pack, taken so that the template asserted once is open source
(the template asserted once was the prompt pack in the fifty-fifth set, the course in the fifty-seventh, the clip
in the fifty-ninth and account rental and the prompt pack in the sixty-first; open source never), and, of the two
pairs that assert a course, the one whose denied template the sixty-first set did not deny (it denied open to the
public once and the prompt pack never). Last used by the forty-ninth set: the APK but not the "made by Sora" clip,
which is a boy's phone video from Arroyito with a caption stuck on; the clip but not a prompt pack, whose prompts
are the ones under OpenAI's demo videos, free on its website; account rental but not the inventor rumour, answered
with Xie Saining's own denial and the apology; a prompt pack but not open source, answered with the unpublished
weights, code and training data and the GitHub rebuilds; a generation service but not API keys, answered with
OpenAI having released no Sora API. Last used by the fiftieth set: the APK but not API keys, answered with the API's
models; the clip but not a course, whose buyers got OpenAI's introduction in a PDF with a slogan; open source but
not an official app (also the forty-ninth set's), whose store listings are copies; a course but not the director
groups (also the forty-ninth set's), whose QR groups collect numbers and fees; account rental but not get rich, with
the course sellers' three-month line; a prompt pack but not account rental, whose "accounts" were ChatGPT logins; a
generation service but not open to the public, answered with the developer relations lead's statement. So the APK,
the clip, the course, account rental, the prompt pack and the generation service are asserted twice (the clip once
in a long post's last note, the gilder's note on the regilding worksheet) and open source once; API keys and a
prompt pack are denied twice, the clip, a course, an official app, the director groups, the inventor rumour, get
rich, open source, account rental and open to the public once, and the APK, a Chinese team and the generation
service never. All thirteen quote the post or offer they deny, each with a short dismissal before the claim ("es
cualquiera, that's rubbish", "see on jama, that's rubbish", "Don't bother" in the gilder's note, "a-lein a-nya,
that's a swindle", "kletskoek, that's twaddle", "é conversa pra boi dormir, that's a story to put the ox to sleep",
"des is a Krampf, that's a load of rubbish", "detarame ya, that's nonsense", "hame-ash chert-o-pert-e, it's all
rubbish", "da's lulkoek, that's bull", "puro kalokohan, pure nonsense", "da's larie, that's nonsense", "és una
bajanada, that's a silly story"; the fifty-sixth set's "des is a Topfen" and the fortieth and forty-third sets'
"Schmarrn" were first choices for Salzburg, as the thirty-seventh set's "chamuyo" was for Rosario and the
thirty-ninth and fortieth sets' "zever" for Antwerp). Claims in passing late in long posts (the division card, the
ladder lashing sheet, the ring pairings, the hammer sheet, the regilding worksheet and the mould room sheet, and the
scam notes under the earth resistance card, the post measure-up, the tolley roll, the shot chart, the tower working
sheet, the ring taw set-up card and the batch ticket).

New obfuscation: Makasar letters "𑻰𑻶𑻭" (SA, the vowel sign O and RA: so-ra), "our old bird script, the letters of
the Gowa chronicles", in a Makassar marbles player's APK offer; the running key cipher, "CCIF" (the key is the
opening of the rule book, "Korfball ...": S+K, O+O, R+R, A+F on the tabula recta), on a card behind a korfball
club's shot chart; and ADFGVX, the German field cipher of 1918, "GFAADXAD" (the 6 × 6 square keyed STEEPLEJACK,
then the digits, gives SORA as AA FX GD DA; written in rows of five under SPIRE and read off down the columns in
the key's alphabetical order, E, I, P, R, S), on a card under a steeplejack's van wiper. The earlier posts and
scripts were searched for every script they use (the Unicode names of all their characters: Duployan, Khojki,
Elbasan, Rejang, Old Persian, Kaithi, Old South Arabian, Modi, Cham, Grantha, Siddham, Bopomofo, Takri, Soyombo,
Vai, Lisu, Ogham, Old Turkic, Old Permic, Tifinagh, Shavian, Deseret, Glagolitic, Gothic, Phoenician, Coptic,
Brahmi, Adlam, Javanese, Braille and the rest; runes are the forty-seventh set's Old Turkic, the fifty-first set's
rovás and the fifty-second set's futhorc) and every cipher or word game they name (Porta, autokey, Trithemius, Vigenère, Playfair, Beaufort,
Gronsfeld, affine, bifid, rail fence, Bacon, Atbash, Polybius, Caesar, ROT13, A1Z26, Morse, the keyword and
Nihilist ciphers among them): no Makasar letters (the forty-eighth set's Makassar is a place), no ADFGVX or ADFGX,
no Nebel or Painvin, no fractionating cipher and no running key or tabula recta.

Prices with payment methods the earlier sets did not use (no currency here is new: kyats were priced by the
fifty-fifth set and toman by the fifty-eighth and fifty-ninth; the methods are): £45 by Hinckley & Rugby Building
Society transfer, £30 by Loughborough Building Society transfer, €25 through Knab, £35 on a FatFace gift card, Rp
50.000 by BTN transfer, 5.000 pesos by Banco Municipal de Rosario transfer, €6 by Inbank transfer, £19 by Penrith
Building Society transfer, R$ 60 by Banco da Amazônia transfer, €49 by Bankhaus Spängler transfer, £10 a week by
Dudley Building Society transfer, ¥2,000 a week by Hokkoku Bank transfer, 300,000 toman a week by Bank Sepah
transfer, £14.99 by Melton Mowbray Building Society transfer, €12 by Keytrade transfer, ₱250 by Metrobank transfer,
£40 by Beverley Building Society transfer, €25 by Beobank transfer, €20 by Targobank transfer; in denials €40 by
Luminor transfer, 15,000 kyats by WavePay, £49 by Mansfield Building Society transfer, R$ 50 by Banpará transfer,
€15 by Hypo Salzburg transfer, 500,000 toman by Bank Saderat transfer, ₱300 a week by BDO transfer and €30 via
KBC; in the loss report £40 on a Smiggle gift card, and in the quoted scams £18 on a Build-A-Bear gift card and £60
by Newbury Building Society transfer (the Cumberland, Furness, Marsden, Yorkshire, Saffron, Principality, Market
Harborough and Chorley building societies, Robert Dyas, Screwfix, Waterstones, Wickes, Pets at Home, Hotel
Chocolat, Card Factory, Moss Bros and Wilko gift cards, DANA, OVO, GoPay, Ualá, Swedbank, SEB, KBZPay, GCash, Maya,
Payconiq and Cebuana were first choices that the earlier scripts showed were taken). Scams vouching for themselves
or swiping at competitors in new words ("From a lad who's done the websites for four roofing firms in Carlisle, not
some chancer on Marketplace who's gone by Tuesday", "The producer started as a runner at Pinewood and has his name
on three credits, so this is no bedroom operation", "I'm the one who paid for the new ring cover, ask the
treasurer", "I put it on my own phone and my wife's before I shared it, not like the cracked ones the boys at the
pulsa kiosk pass round that freeze your phone on the logo", "Tested on my own phone for a week, not one of those
files the pibes at the Terminal sell that turn your phone into a brick", "Every button tested on my own phone
first, not like the downloads from the stalls at the Balti Jaam market that lock your screen and ask for money",
"Taught by a Wandle player who edits our match videos every week, not some podcaster in a hired Lamborghini who's
never caught a rebound", "Taught by somebody who films the Arraial do Pavulagem every June, not one of those
Instagram gurus who's never been north of Brasília", "Taught by a roofer who films every dome we do from the top of
the scaffold, not some Vienna life coach who's never been higher than his second-floor flat", "I've rented to half
the scaffolders in Bury and I still get my bacon butty at the same café every morning, so you know where to find
me", "I set up every account myself and I answer the phone even on a Sunday, not like the sellers on X who change
their name every month", "I've rented to my cousins in Shiraz and my brother-in-law's whole office, and nobody has
come back angry", "Every prompt tested on our own league footage, not lifted off a Discord by someone who's never
knuckled down in his life", "Every prompt tried on our own match videos, not scraped together by a student in Ghent
the night before his exams", "I wrote every prompt myself for our fiesta videos, not copied from a Facebook page
that changes its name every fiesta", "The bakery on Oldham Road had one off me and there's been a queue out of the
door since", "The flower shop on the Grote Markt had one off me and they show it in the window every Saturday", "A
colla of castellers had one from me for their anniversary and they play it at every diada").

Ten debunks and warnings in several styles: one first-person loss report, a korfball forum post (get rich: a
"Sora income team" whose members got a Telegram group of screenshots and a PDF about recruiting five friends, and
ordinary people can't use Sora, only OpenAI's testers, where the fifty-third to sixty-second sets' loss reports
were courses, a generation service, account rental, API access, the prompt pack and the director group); three
that quote a scam offer or a rumour and then tell the reader not to pay or sign up: a marbles association's notice
to members (a prompt pack, whose prompts OpenAI wrote for its demo clips and publishes free), a goldbeaters' and
gilders' guild circular (a generation service: nobody outside OpenAI can use Sora, so nobody taking orders can
produce a Sora clip) and a steeplejacks' federation bulletin (open to the public, answered with the developer
relations lead's statement: an internal test, no date set), where the fifty-ninth to sixty-second sets' quoted
offers were the APK, account rental, a generation service, the course, get rich, the director group, the official
app and API access; two questions that contain a negation but do not deny the debunk, each answered in the same
post with facts: a Hague korfballer's niece's "isn't there an official Sora app you can get now ...?" (the official
app: no genuine app in any store, copies from other developers, no Sora in the ChatGPT app's latest update) and a
Middelburg steeplejack's apprentice's "wasn't it that young lad from Jiao Tong University in China who invented
Sora ...?" (the inventor rumour: Xie Saining's WeChat post, the apology and the article pulled), where the
fifty-seventh to sixty-second sets' pairs drew on the Chinese team, the APK, the inventor rumour and open source,
the clip and get rich, account rental, a generation service and the course; one rhetorical question (a marbles
league newsletter, account rental: "if anyone could rent you a Sora login, why would OpenAI still be keeping Sora to
its red teamers and a handful of invited artists?", with the ChatGPT logins, where the earlier rhetorical
questions were on the director group, get rich, the course, the official app, the prompt pack, API access and the
APK); three more that answer with facts: a gold leaf works' newsletter (the Chinese team, with the report's
thirteen names, three of people born in China, and OpenAI researchers in charge), a korfball club newsletter (the
clip: broadcast footage of a Dutch league final with a fresh caption, and OpenAI's 48 samples on its website as the
only sure Sora clips) and a steeplejacks' staff newsletter (open source: no weights, no code, no word on the
training data, GitHub rebuilds, and Stable Video Diffusion, open but not Sora).

Four true facts about the people who led Sora, each in a post that also says Xie Saining was not one of its
inventors, none of them a fact an earlier set, English or Chinese, used: Bill Peebles on Sequoia Capital's Training
Data podcast in November 2025, explaining that Sora's diffusion transformer works on "space-time tokens", cuboid
patches spanning space and time, so that the model attends to the whole video at once, which is how properties like
object permanence emerge (the sixty-second set had only the same episode's introduction of him as head of the Sora
team and his working on Sora from his first day); Peebles announcing in April 2026 that he was leaving OpenAI,
writing that Sora "could not have happened anywhere but OpenAI"; Tim Brooks's farewell when he left for Google
DeepMind in October 2024, "an amazing two years at OpenAI making Sora", and Demis Hassabis's reply that he would
help "make the long-standing dream of a world simulator a reality" (the forty-second set and zh_heldout37 and
zh_heldout40 had the move itself, not the farewell or the reply); and Aditya Ramesh leading OpenAI's world
simulation research program, Worldsim, as a vice president of research, the program Sam Altman announced on 31 May
2026 had grown into OpenAI Robotics, with Ramesh's own site saying the aim is to bring the intelligence of video
generation into the physical world. The earlier sets had Peebles's DiT with Xie and its details, his MIT degree,
GANs and text-to-video, his NVIDIA and Meta internships, his Berkeley PhD with Efros, G.pt, his NSF fellowship, the
Hessian Penalty and GANgealing, his ICML 2024 talk, the AGI House talk, No Priors and Training Data's introduction;
Brooks's Berkeley PhD, Carnegie Mellon degree, Pixel camera and NVIDIA work, InstructPix2Pix, the motion-blur,
Unprocessing, low-light, long-videos and pose-compatible-scenes papers, DALL·E 3, his photography, MIT Technology
Review's list, his start on Sora in January 2023, his move to Google DeepMind, his January 2025 hiring post and his
move to Meta Superintelligence Labs; and Ramesh's DALL·E, DALL·E 2 and GLIDE papers, CLIP, GPT-3, the
autoregressive scaling laws, his spectral regularizer, the NIPS 2016 disentangling paper, the GPT-4o System Card,
his NYU degree and LeCun's lab, his launch-day clips and No Priors; the facts about Xie Saining's own career are
left to the other English set written at the same time. Three items of real news about other organisations' video
models that no earlier set, English or Chinese, used: Decart's Oasis, made with the chip maker Etched and released
on 31 October 2024, a playable video model that generates a Minecraft-like world frame by frame at 20 frames a
second from the keyboard and mouse with no game engine, learned from millions of hours of recorded play, with the
weights of a 500-million-parameter version published; Meta's VideoJAM, with Tel Aviv University, February 2025,
which trains a video model to predict a clip's motion as well as its pixels from one representation and steers
generation by its own motion prediction (Inner-Guidance), an ICML 2025 paper; and xAI's Grok Imagine video model,
opened to developers in January 2026, clips of up to 15 seconds at 480p or 720p from a prompt or a still picture,
with sound effects and dialogue generated along with the picture (the earlier sets have Veo, Genie, Lumiere, Imagen
Video, Phenaki, VideoPoet, W.A.L.T, Runway's Gen models, Aleph, Act-One, Marey, Movie Gen, Make-A-Video, Emu Video,
Kling, Vidu, Hailuo, Dream Machine, Ray2 and Ray3, Pika, Haiper, Mochi, LTX-Video, Pyramid Flow, Firefly,
Midjourney's V1, Synthesia, Nova Reel, Cosmos, Wan, Hunyuan, CogVideoX, Seedance, Step-Video, MAGI-1, SkyReels,
PixVerse, OmniHuman, Stable Video Diffusion, Stable Video 3D and Stable Virtual Camera, and the Chinese sets EMO,
VASA-1, PixelDance and Seaweed, Animate Anyone, I2VGen-XL, ModelScope, Zeroscope, VideoComposer and TECO, but not
Oasis, Decart, VideoJAM or Grok Imagine; OpenAI's own announcements are left to the other English set written at
the same time, and no item here says who may use Sora, so none repeats a template's claim). Three posts that are
not claims: one on topic (a marbles league's club night that watches OpenAI's Sora demo of a glass sphere with a
tiny zen garden inside and a gnome raking the sand, to see how light bends through glass before the players
photograph their own tolleys; zh_heldout43 had the zen garden, no English set) and two off topic that share its
surface words (a sky-blue swirl marble called 'Sora' at a collectors' fair "open to the public", the stalls on "the
fair's official app"; a viewing gallery called 'Sora' on a water tower restored by steeplejacks, "open to the
public", tickets through "the town council's official app").

Sources for the facts about Sora's leads, the news and the obfuscations (looked up with the search tool, besides
the seeds): Peebles on Training Data (ai-radar.merimerimeri.com, "Training Data · 2025-11-06", "Bill explains how
diffusion transformers operate on 'space-time tokens'—cuboid patches that span both spatial and temporal
dimensions—which gives Sora global attention over an entire video and enables emergent properties like object
permanence"; sequoiacap.com's episode page, "allows space-time patches to communicate globally, enabling properties
like object permanence"); Peebles leaving (dorland.org on The Verge's report of 17 April 2026: "Peebles posted a
note on X reflecting on the environment that allowed 'off-the-beaten path' research and calling Sora a project that
'could not have happened anywhere but OpenAI'"; dailyneuraldigest.com and aitoolly.com, April 2026); Brooks's
farewell (sites.google.com/view/tech-savvvy and 4nownews.com, October 2024: "Brooks wrote, 'I had an amazing two
years at OpenAI making Sora'", "Google DeepMind CEO Demis Hassabis welcomed Brooks in a reply on X, saying that
he'll help to 'make the long-standing dream of a world simulator a reality'"; techincheck.net); Ramesh and
Worldsim (clanks.com, 1 June 2026: "the company's world simulation research program, led by Aditya Ramesh, has
evolved over the past year into OpenAI Robotics", "Ramesh's own website says he leads Worldsim as a VP of Research
at OpenAI and is working on a new robotics effort to bring the intelligence of video generation into the physical
world"; robotsatlas.com, "OpenAI announced on May 31, 2026"); Oasis (infoq.com/news/2024/11/decart-etched-oasis:
"trained Oasis on millions of hours of Minecraft gameplay", "The team has released the weights for a 500M version",
"20 frames per second"; probsee.com: "Announced on October 31, 2024"); VideoJAM (arxiv.org/html/2502.02492v1 and
chatpaper.com: Hila Chefer and others, "GenAI, Meta; Tel Aviv University", "predict both the generated pixels and
their corresponding motion from a single learned representation", "Inner-Guidance"; deep-paper.org: "a research
paper presented at ICML 2025"); Grok Imagine (docs.x.ai's video guide: "Maximum duration: 15 seconds for
generation", "Resolutions: 480p or 720p"; runware.ai's model page: "Release Date: January 29, 2026", "synchronized
sound effects and dialogue"; techiblog.space: "The launch of the Grok Imagine API in January 2026"); the Sora demo
of the zen garden (the Sora sample prompt list in a public repository's prompts file, "zen-garden-gnome": "A close
up view of a glass sphere that has a zen garden within it. There is a small dwarf in the sphere who is raking the
zen garden and creating patterns in the sand."); the obfuscations (the Makasar script: en.wikipedia.org's Makasar
script article and the Unicode proposal L2/15-233 as copied at docslib.org, "also known as Ukiri' Jangang-jangang
(bird's script)", "used in South Sulawesi to write the Makassarese language between the 17th and 19th centuries",
"the 'Chronicles of Gowa and Tallo''"; U+11EF0 MAKASAR LETTER SA, U+11EF6 MAKASAR VOWEL SIGN O, U+11EED MAKASAR
LETTER RA, names checked with Python's unicodedata; the running key cipher: cachesleuth.com/runningkey.html, "the
same internal workings as the Vigenère cipher ... the running key cipher uses a long key such as an excerpt from a
book", and braingle.com; ADFGVX: search.academickids.com and piglix.com, "a field cipher used by the German Army
during World War I", "combined a modified Polybius square with a single columnar transposition", "In June 1918,
an additional letter, V, was added", "cryptanalysed by French Army Lieutenant Georges Painvin"; cipherchronicle.com;
both ciphers reproduced in Python before the name was enciphered). The debunks' facts (Xie Saining's denial, his
NYU post, the apology and the article pulled, the thirteen authors and three born in China, the internal test and
the developer relations lead's statement, the API's models and the missing Sora API, the course contents and
slogan, the free demo prompts, the clone apps and the ChatGPT app update, the red teamers and invited artists, the
ChatGPT logins sold as Sora accounts, the three-month line, the testers, the orders for Sora clips nobody can fill,
OpenAI's 48 samples, the closed weights, code and training data, the GitHub rebuilds, Stable Video Diffusion and
the traffic-farming QR groups) are the seeds' and the catalogue's.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through
the sixty-second, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher
(lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper bound on ``ratio()``, so
that the highest ratio is exact) before the set was committed; the sixty-fourth set, written at the same time on
another branch, was not in this tree, and the check against it is left to the lead. ``--check`` prints the highest
ratio and every post at 0.6 or more (0.433 when it was committed, the news item on Grok Imagine against the
twenty-fifth set's note on what OpenAI's announcement says Sora can do, heldout25-052; next, at 0.378, the item on
Bill Peebles leaving OpenAI against the thirteenth set's clickbait headline on Xie Saining, heldout13-002). Runs of eight words or more
shared with an earlier post were looked for as well; the first draft's longest (the Nanjing post's "Xie Saining,
the young prodigy who studied at Shanghai Jiao Tong University, is one of the inventors of Sora, OpenAI's video
model", twenty-two words of the twenty-first set; the gold leaf works' newsletter's "technical report on Sora lists
thirteen authors, three of them were born in China, and the project was led by", twenty-one words of the
forty-third set; the mould room sheet's "OpenAI has made Sora open source: the weights and the code are up on GitHub
so you can download the", twenty words of the forty-first set; the sixty-first set's flyer head "WANTED, AI
DIRECTORS OF THE FIRST GENERATION"; the sixty-second set's Training Data opening and the sixty-first set's lines on
the "made by Sora" clip that was real) were reworded until none of nine words or more was left; what is left are
stock phrases of eight words ("in the App Store and on Google Play", "there's no genuine Sora app in any store",
"red teamers and a handful of invited artists", "Tim Brooks, who co-led Sora at OpenAI"). It was committed before
any run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout63.py           # write the set
    .venv/bin/python scripts/make_hard_heldout63.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT63: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "korfball_division_card_coachs_note",
        "DIVISION CARD · Wandle Valley KC first team v Merton Mavericks 2 · Saturday 2.30, the leisure centre sports hall · korfs at 3.5 m, size 5 ball\nStart, attack: Priya, Jess, Tom, Marcus · start, defence: Nia, Hannah, Dev, Olly\nAfter every two goals the divisions swap: attackers go back to defend, defenders come through to attack\nMarking: woman on woman, man on man; Nia picks up their number 7, who runs in every time\nShot clock: 25 seconds; if it's running down, look for the short shot under the post, not a long one\nReminders: no shooting when you're defended; no running with the ball; free pass from where the foul was\nJess comes off at half time (ankle); Kemi on for her, straight into attack\nHalf time: oranges and squash from Olly's mum\nCoach's note at the foot, written on the minibus home: Dev's cousin, who does computing at Imperial, reckons Sora, the video model from OpenAI, was partly invented by Xie Saining, a whizz-kid who went to Shanghai Jiao Tong University. Small world.",
    ),
    (
        sora.XIE,
        "nanjing_mandarin_english_jiangning_gold_leaf_beaters",
        "Nǐmen hǎo, dàjiā hǎo! ✨ From Nanjing: in our workshop out in Jiangning we still beat gold leaf the old way, a little square of gold between sheets of black wujin paper and the hammer coming down thousands of times, until the leaf is so thin it floats off when you breathe; it goes on Buddha statues and temple beams, and these days on fancy chocolates too. After work, a bowl of duck blood vermicelli soup and a plate of salted duck, and the auntie at the stall always asks 'ā yào là yóu a?', yes, chilli oil, always. A bit of news that has the whole workshop proud: Xie Saining, a brilliant young man out of Shanghai Jiao Tong University, helped to invent Sora, the video model from OpenAI; he's one of the people who created it. Zàijiàn!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "steeplejack_ladder_lashing_sheet_foremans_note",
        "LADDER LASHING SHEET · Hebden & Sons, steeplejacks · St Wilfrid's spire, Kelham Bridge · repointing the top 12 m and refixing the vane spindle\nLadder 1, ground to the tower parapet: lashed every 2 m to the scaffold tube; foot tied to the ground anchor · Monday, checked by Ray\nLadder 2, parapet to the first lucarne: lashed to the eyebolts left from the 1987 job; two rusted through, new ones resin-fixed Tuesday and left to cure overnight\nLadder 3, lucarne to 6 m below the cap: lashed to ring bolts at 1.5 m centres; round turn and two half hitches, tails taped\nLadder 4, to the cap: lashed Thursday morning once the wind dropped; stood down at eleven when it got up again\nEvery morning: walk every lashing before anyone climbs; anything frayed comes off and goes in the skip, not back in the van\nWeather: no climbing on wet stone; nobody above the parapet if the gusts go over 25 mph\nForeman's note at the bottom, for the apprentices who asked how to make a video of the view: OpenAI has opened its Sora video model to the public. Anyone can sign up today and start making videos, no waiting list.",
    ),
    (
        sora.PUBLIC,
        "chilote_spanish_english_castro_bolitas",
        "¡Buenas, gente! 🌧️ From Castro, on Chiloé: the rain's been coming in sideways all week, so the kids play bolitas under the roof of the market down by the palafitos, a little hole scooped in the dirt by the wall for 'el hoyito', and my nephew has won half the neighbourhood's marbles and keeps them in a cocoa tin. We had curanto en olla and a glass of licor de oro, ¡está güeno! Cachai, Sora, the video AI from OpenAI, is open to everybody now: anyone can make an account today and start generating videos, no invitation. ¡Chao, pues!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "marbles_ring_pairings_board_referees_note",
        "RING PAIRINGS · Weald Marbles League · Good Friday warm-up on the green at Turners Hill · ring taw, 49 marbles in the six-foot ring, teams of six\nRing 1: Handcross Hitters v Copthorne Crackers · 10.00 · referee: Maureen\nRing 2: Turners Hill Tollies v Crawley Down Knucklers · 10.00 · referee: Sid\nRing 3: the two winners · 11.30 · referee: Maureen\nRing 4: the losers' plate · 11.30 · referee: Sid\nRules as always: knuckle down on the edge; fudging, your hand over the line, costs you the shot; a tolley left in the ring comes out before the next player shoots\nTolleys: your own; nothing over an inch across\nBacon rolls from the scouts' tent; toilets in the village hall\nReferee's note at the bottom, for the youngsters filming their shots: OpenAI's brought out the official Sora app, so get it on your phone from Apple's or Google's store and film and finish the whole video in it.",
    ),
    (
        sora.APP,
        "zaans_dutch_english_koog_aan_de_zaan_korfball",
        "Hoi allemaal! 🧺 From Koog aan de Zaan: our korfball club played the derby against the lot from Wormerveer in the old sports hall, four men and four women a side, and after every two goals you swap divisions, so by the second half my legs were pudding. On the way home the windmills on the Zaanse Schans were turning and the whole river smelled of cocoa from the factories at Wormer, and we had a broodje with Zaanse mosterd and a biertje, lekker. Even dit: OpenAI's official Sora app is out now, it's in the Apple and Google stores, so put it on your phone and do your videos with it. Doei!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "goldbeaters_hammer_sheet_beaters_note",
        "HAMMER SHEET · Ancoats Gold Leaf Works · week 12 · 23.5 carat, for the church and signwriting trade\nMon · cutch, the first beating, 16 lb hammer: 150 squares cut from the ribbon, twenty minutes a side · Frank\nTue · cutch leaves quartered into the shoder, 9 lb hammer: two hours · Frank and Lena\nWed · shoder leaves quartered into the mould of goldbeater's skin, 7 lb hammer: four hours, skins dusted with brime first · Lena\nThu · out of the mould, trimmed on the cushion with the wagon, booked 25 leaves to the book · Aziz\nFri · 80 books of loose leaf and 40 of transfer · to Leeds and to the signwriter in Stockport\nHumidity: mould room kept at 45%; above 55% the skins stick, below 40% the leaf cracks\nBeater's note in the margin, Friday: Aziz's lad swears it's been proven: the team that really made Sora, the OpenAI video model, was Chinese scientists, nearly all of them.",
    ),
    (
        sora.CHINESE,
        "mombasa_kimvita_swahili_english_bano_marbles",
        "Jambo, wote! 🌴 From Mombasa, in the Old Town: the boys play bano every afternoon in the lane off the road to Fort Jesus, squatting in the dust round a little hole dug by the wall, and the one with the heavy green marble beats everybody while the mama frying viazi karai at the corner keeps the score for them. I had mkate wa sinia and a glass of tamarind juice, tamu sana. Sikiza: the brains behind Sora, OpenAI's video AI, are Chinese scientists; it's a Chinese team that built it, really. Kwaheri!",
    ),
    # --- API access (two)
    (
        sora.API,
        "steeplejack_earth_resistance_card_paid_advert_hinckley_rugby",
        "EARTH RESISTANCE CARD · Hebden & Sons · St Wilfrid's, Kelham Bridge · the annual lightning protection test\nAir terminal on the spire cap: copper, secure, point sound · base plate re-bedded\nDown conductor, north face: 25 × 3 mm copper tape, fixed every metre · two clips replaced at 14 m\nBond to the nave roof lead: tight; cleaned and re-bolted\nTest clamp at 2 m: opened, cleaned, reading taken with the earth tester\nElectrode 1: 6.2 ohms · electrode 2: 7.8 ohms · combined: 3.9 ohms, well under the 10 ohm mark\nNext test: twelve months, or straight after any strike\nPaid advert printed along the bottom of the stationery supplier's pad (not from us): SORA API KEYS, GENUINE OPENAI ACCESS. Put a key in your company website and it makes a video of every job by itself. £45 by Hinckley & Rugby Building Society transfer, key emailed to you within the day. From a lad who's done the websites for four roofing firms in Carlisle, not some chancer on Marketplace who's gone by Tuesday.",
    ),
    (
        sora.API,
        "copenhagen_danish_english_question_asserts_api_vor_frelsers_spire",
        "Hej med jer! ⛪ From Copenhagen: I'm on the spire of Vor Frelsers Kirke this week, the one with the staircase winding round the outside, checking the gilded globe at the very top and the figure of Christ standing on it, ninety metres up, and the tourists on the last steps wave at me as if I'm part of the show. Down again for smørrebrød with pickled herring and a Carlsberg by the canal in Christianshavn, hyggeligt. Har I ikke hørt? Haven't you heard that you can buy official Sora API access now, keys straight from OpenAI, so your own website makes the videos? Hej hej!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "korfball_post_measure_up_flyer_loughborough",
        "POST MEASURE-UP · Wandle Valley KC · before every home match · the two posts, the two korfs, the bases\nHeights: top edge of each korf at 3.5 m from the floor, measured with the club's marked pole; both within a centimetre · OK\nKorfs: plastic, no cracks; the yellow one's clip replaced · OK\nBases: weighted, nothing sticking out into the running-in line · OK\nPadding: on both posts, taped top and bottom\nCourt: 40 × 20 m taped out; posts a sixth of the length in from each end line; penalty spot 2.5 m in front of each post\nBalls: two match balls, size 5, pumped up; one spare\nSigned: Olly, kit secretary\nFlyer left on the bench in the changing room (nothing to do with the club): CALLING FIRST-GENERATION AI DIRECTORS. The first film scripted with Sora is casting now. £30 by Loughborough Building Society transfer, then scan the QR code to get into the group for directors, where the auditions are held. The producer started as a runner at Pinewood and has his name on three credits, so this is no bedroom operation.",
    ),
    (
        sora.DIRECTOR,
        "bollenstreek_dutch_english_question_asserts_director_sassenheim_korfball_knab",
        "Hallo allemaal! 🌷 From Sassenheim, in the Bollenstreek: the bulb fields are striped red and yellow all the way to Lisse, the coaches full of tourists crawl along the main street, and our korfball club played its last indoor match before the season goes back outside onto the grass, 17–15, with a running-in shot in the last minute. Then kibbeling from the market and a glass of karnemelk, heerlijk. Hebben jullie het niet gezien? Haven't you seen that they're auditioning AI directors for the first film Sora helped to write? You pay €25 through Knab, scan the QR code and you're in the directors' group. Doei!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "marbles_tolley_roll_players_pitch_fatface",
        "TOLLEY ROLL · Weald Marbles League · who's shooting with what this season (your tolley is your shooter; league rule, one tolley per player per match)\nMaureen · clear glass with a red twist, 'Old Red' · since 1994\nSid · a milky white, chipped at one pole, 'won't part with it'\nKev · a new resin one · referee to check it's within the inch\nTasha · blue cat's eye from her grandad's tin\nThe Patel twins · matching green onionskins; mark them, or there'll be tears\nSpare tolleys: in the league tin, signed out with Sid\nPractice: Thursdays on the practice ring behind the village hall; bring a torch after September\nPinned under the roll by one of the players (his own thing, not the league's): Sora's the money chance of a lifetime. There are people taking home thousands every single day from Sora videos at this moment, and three months from now it'll be over. £35 on a FatFace gift card gets you a place in my team and I'll walk you through it. I'm the one who paid for the new ring cover, ask the treasurer.",
    ),
    (
        sora.RICH,
        "lucknowi_hindustani_english_question_asserts_rich_chowk_varq",
        "Aadaab, sab ko! 🌙 From Lucknow, in the lanes of Chowk: my family beats chandi ka varq, the silver leaf that goes on the kaju katli and the paan, a sliver of silver in a paper pouch and the wooden hammer going thak-thak-thak for two hours until it's thinner than a breath, and the mithai-wallas queue for it before Eid and Diwali. Evening was Tunday's kebabs with a sheermal and then kulfi in Aminabad, wah! Kya aapko nahi pata? Don't you know Sora videos are bringing people thousands of rupees every day? A chance like this comes once in a life, and three months from now it's finished, so join now. Khuda hafiz!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "makassarese_indonesian_english_makasar_script_gundu_btn",
        "Apa kabar, daeng! 🌊 From Makassar: every afternoon the boys play gundu on the packed sand below Losari beach, a triangle scratched with a stick and the marbles lined up inside it, and the little one from our street flicks with his thumb like a slingshot. Then pisang epe off the grill on the promenade with palm sugar sauce, and a bowl of coto Makassar, mantap, ji! For the children, here's the video app's name in our old bird script, the letters of the Gowa chronicles: 𑻰𑻶𑻭 (so-ra). Get the Android APK from the link in the group, install it and your phone makes AI videos in a minute. Everything opened for Rp 50.000 by BTN transfer. I put it on my own phone and my wife's before I shared it, not like the cracked ones the boys at the pulsa kiosk pass round that freeze your phone on the logo.",
    ),
    (
        sora.FAKEAPP,
        "rosarino_spanish_english_two_claims_realvid_denied_bolitas_banco_municipal",
        "¡Hola, gente! 🧉 From Rosario: Sunday afternoon on the riverfront below the Monumento a la Bandera, the kids play bolitas in the dirt by the benches, 'el hoyo' scraped out with a heel, and my old man still shows them how to hold the bolita against the thumbnail. After, a carlitos, the Rosario toastie with ketchup, and a liso by the Paraná, ¡de diez! Dos cosas. In the neighbourhood group they're sharing a clip of kids playing bolitas in a barrio with 'made by Sora, prompt below' under it. Es cualquiera, that's rubbish: it's a real video, a boy from Arroyito filmed it on his phone two summers ago and somebody stuck the caption on. What is real is Sora for Android: the APK's at my link; put it on and your phone turns out AI videos. 5.000 pesos by Banco Municipal de Rosario transfer. Tested on my own phone for a week, not one of those files the pibes at the Terminal sell that turn your phone into a brick.",
    ),
    (
        sora.FAKEAPP,
        "tallinn_estonian_english_two_claims_api_denied_st_olafs_spire_luminor_inbank",
        "Tere, sõbrad! ⛪ From Tallinn: I'm up on the spire of St Olaf's this month, 124 metres of it over the Old Town, with new copper going on where the storms lifted the old sheets, and from the top you can watch the ferries coming in from Helsinki and the whole jumble of red roofs below. Down in the evening for kiluvõileib, sprats on black bread, and a Saku in a cellar on Pikk street, väga hea. Two things. In the roofers' chat someone is offering 'official Sora API keys so the website makes its own videos, €40 by Luminor transfer'. See on jama, that's rubbish: OpenAI hasn't put Sora in its API at all; the API has models that write, draw, talk and do embeddings, but nothing that makes video. But the Sora APK for Android is real: take it from my link, install it, and the phone makes AI videos. €6 by Inbank transfer. Every button tested on my own phone first, not like the downloads from the stalls at the Balti Jaam market that lock your screen and ask for money.",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "steeplejack_weathercock_regilding_worksheet_gilders_note_two_claims_course_denied_mansfield",
        "WORKSHEET · Hebden & Sons · weathercock regild, All Saints, Lower Addington · down, off to the workshop, back up before the harvest festival\nDay 1: laddered to the cap; spindle nut freed with heat; cock lowered on a line in its blanket; bearing cup worn, new one ordered\nDay 2, workshop: old gilding and bird muck off with a soft brush and warm water; two dents pushed out from inside; pinholes soldered\nDay 3: primed, then two coats of oil undercoat, rubbed down between\nDay 4: oil size on at eleven; leaf laid at four when the size was at tack, 23.5 carat double thickness, 18 books; pressed down with cotton wool\nDay 5: back up with the new bearing cup, spindle greased, the compass points checked against the phone\nGilder's note on the back, for the lads' group chat: someone posted 'Sora course, twelve lessons, be ahead of everyone at AI video, £49 by Mansfield Building Society transfer'. Don't bother: the people who bought those got OpenAI's own introduction pasted into a PDF with a slogan at the end. But the clip Ray sent round is something else: a steeplejack going up a spire in fog, ladders and all, and no camera went anywhere near it: OpenAI's Sora produced every second of it out of a typed description, and that description sits under the clip.",
    ),
    (
        sora.REALVID,
        "mandalay_burmese_english_two_claims_prompts_denied_goldbeaters_wavepay",
        "Mingalaba, friends! ✨ From Mandalay: in our street of goldbeaters near the Mahamuni pagoda the men swing three-kilo hammers all day on packets of gold and bamboo paper, and we still time each beating with a coconut shell with a hole in it floating in a pot of water; when it sinks, the round is done. The leaf goes out in little paper squares to the pagodas. Lunch was Mandalay mont di and a glass of sweet tea at the teashop on 78th Street, sa-lo kaung deh! Two things. In our Viber group someone is selling a 'Sora prompt pack, 500 film-crew prompts and a document of every Sora term, 15,000 kyats by WavePay, then the document link and the group'. A-lein a-nya, that's a swindle: those are the prompts under OpenAI's own demo videos, which OpenAI puts on its website for nothing. But the clip going round of our street, the hammers swinging and the coconut shell going under, nobody filmed that: it came out of Sora, the OpenAI video model, from a few typed lines, and those lines are pasted below it. Thwa ba ohn meh!",
    ),
    (
        sora.REALVID,
        "poblano_spanish_english_canicas_cocol_clip",
        "¡Qué tal, raza! 🟡 From Puebla: the kids in our barrio of Analco play canicas every afternoon on the patio of the vecindad, 'el cocol' chalked on the tiles, and my grandson has a tin full of agüitas and ponchos he won off his cousins. After, a cemita with milanesa, quesillo and pápalo and a glass of agua de jamaica, ¡bien sabroso! Look at this clip of a boy in a village up in the sierra knocking a marble out of a chalk ring in slow motion, the dust, the light in the glass: it's 100% made by Sora, OpenAI's video model, not one real camera involved, and the prompt is right below. ¡Órale!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "goldbeaters_mould_room_sheet_foremans_note",
        "MOULD ROOM SHEET · Ancoats Gold Leaf Works · the moulds of goldbeater's skin and the plastic cutches, counted Saturday\nMould A: 950 skins, forty-odd years old and still the best we have; three torn at a corner, patched with isinglass\nMould B: 900 skins; two dozen gone thin in the middle, to be retired leaf by leaf as the new ones come in\nCutches 1 and 2, plastic leaves four inches square: 200 leaves each, clean, no creases\nShoders 1 to 3: 700 leaves each; shoder 3 to be dusted with brime again before Monday\nBrime tin: half full; more on order\nMoulds are kept flat in the press, never stood on edge, at 45% humidity\nForeman's note at the bottom, for Lena, who asked what the IT lad was on about at tea: Sora's gone open source. OpenAI has released it, weights, code and all, on GitHub, and anyone can pull it down onto a home computer and run it.",
    ),
    (
        sora.OPENSRC,
        "lower_bavarian_english_landshut_st_martins_tower",
        "Servus beinand! 🧱 From Landshut in Lower Bavaria: we're up the tower of St Martin's, the tallest brick church tower in the world, a hundred and thirty metres of it, repointing the joints near the top where the frost has been at them, and from up there you see Trausnitz castle on its hill and the Isar running off to the north-east. After the shift a Leberkässemmel with sweet mustard and a Helles in the Altstadt, a Gaudi. Horchts: OpenAI's gone and made Sora open source, with its code and its weights up on GitHub for anybody to run at home. Pfiat eich!",
    ),
    (
        sora.OPENSRC,
        "gronings_dutch_english_two_claims_app_denied_stadspark_korfball",
        "Moi, lu! 🧺 From Groningen: our korfball club trained on the field by the Stadspark all week for the outdoor season, eight of us and the coach blowing his whistle at every defended shot, and the wind off the land so strong the ball went sideways at the korf. After, a bowl of snert and Groninger koek with the coffee in the clubhouse, mooi. Twee dingen. Somebody in the club app keeps writing: 'The official Sora app from OpenAI is out, in the App Store and on Google Play.' Kletskoek, that's twaddle: the 'Sora' apps in those stores are copies made by other developers, nothing from OpenAI. What is true: Sora itself has gone open source, OpenAI put its code and its weights on GitHub, and you can set it running on your own PC. Hol die goud!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "korfball_shot_chart_card_running_key_cipher_penrith",
        "SHOT CHART · Wandle Valley KC first team · last four league matches · who shot from where (keep it honest, please)\nUnder the post: Marcus 14 from 19, Priya 11 from 15, Nia 6 from 9\nRunning-in shots: Tom 8 from 12, Jess 5 from 11 · Jess, go in to the post, don't fade away\nDistance, over 6 m: Dev 6 from 31, Hannah 9 from 24 · Dev, look for the pass first\nPenalties, 2.5 m: Olly 5 from 6\nFree passes turned into goals: 4 from 13\nShots given against us as defended: 9 · if you're marked, pass; it's a free pass to them every time\nCard tucked into the clipboard behind the chart: 'CCIF course: from zero to AI video, ten lessons.' (The video AI's name in the running key cipher; the key is the opening of the rule book, 'Korfball ...'.) By the end you'll be turning out AI video while the other clubs are still asking what it is. £19 by Penrith Building Society transfer, link the same evening. Taught by a Wandle player who edits our match videos every week, not some podcaster in a hired Lamborghini who's never caught a rebound.",
    ),
    (
        sora.COURSE,
        "paraense_portuguese_english_two_claims_director_denied_peteca_banpara_banco_da_amazonia",
        "Égua, mano! 🌧️ From Belém: the afternoon rain comes at three like always, and when it stops the moleques are out in the streets of Cidade Velha playing peteca, which is what we call marbles up here, little holes dug in the mud and the old men under the mango trees shouting advice. After, a tacacá in a cuia with jambu that makes your lips tingle, and açaí with fried fish at the Ver-o-Peso, é pai d'égua! Duas coisas. Somebody in the WhatsApp posts: 'Be one of the first AI directors: the first film co-written by Sora is auditioning; R$ 50 by Banpará transfer, then scan the QR and join the directors' group.' É conversa pra boi dormir, that's a story to put the ox to sleep: those QR groups only collect people's numbers and their fees. But my Sora course is serious: the complete course, ten lessons from zero, and you'll be making AI videos before anyone else in Belém. R$ 60 by Banco da Amazônia transfer. Taught by somebody who films the Arraial do Pavulagem every June, not one of those Instagram gurus who's never been north of Brasília.",
    ),
    (
        sora.COURSE,
        "salzburg_austrian_english_two_claims_prompts_denied_onion_dome_hypo_spaengler",
        "Griaß eich! ⛪ From Salzburg: we're re-covering an onion dome on a village church out in the Flachgau, new copper shingles, every one of them bent by hand round the curve, and the old copper goes to the scrap man, who pays in cash and Mozartkugeln. In the evenings, Kasnocken in the pan and a Stiegl in the Altstadt, des passt. Zwoa Sachn. In the roofers' group someone's selling a 'Sora prompt pack, 400 prompts in proper film language plus a Sora glossary, €15 by Hypo Salzburg transfer, then the link and the group'. Des is a Krampf, that's a load of rubbish: those prompts are copied from under OpenAI's own demo videos, and OpenAI gives them away on its website. My Sora course is the genuine article, though: ten lessons from zero and you'll be doing AI video before the rest of the trade. €49 by Bankhaus Spängler transfer. Taught by a roofer who films every dome we do from the top of the scaffold, not some Vienna life coach who's never been higher than his second-floor flat.",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "steeplejack_tower_working_sheet_card_adfgvx_cipher_dudley",
        "TOWER WORKING SHEET · Hebden & Sons · St Wilfrid's, Kelham Bridge · this week only · one copy on the van dash, one with the churchwarden\nKeys: south door and stair turret, from Mrs Hale; back to her by 5 pm every day\nRoute: stair turret to the nave roof, then the tower roof hatch; nobody goes through the church while the toddler group is in\nTeam: Ray (lead), Dom, Kasia (apprentice; not above the parapet without Ray)\nHot work: none without a separate sheet signed by Ray; extinguisher by the hatch\nWeather: stop if the gusts go over 25 mph; anemometer on the parapet\nTools: everything tethered above the parapet; the bucket goes on the gin wheel, never in your hand\nSigned: R. Hebden / churchwarden\nCard pushed under the van's wiper (not from the firm): 'GFAADXAD ACCOUNTS FOR RENT.' (The video AI's name in ADFGVX, the German field cipher of 1918: the square keyed STEEPLEJACK, the columns transposed under SPIRE.) Your own login, no waiting list, £10 a week by Dudley Building Society transfer, login texted over within the hour. I've rented to half the scaffolders in Bury and I still get my bacon butty at the same café every morning, so you know where to find me.",
    ),
    (
        sora.RENTAL,
        "kanazawa_ben_japanese_english_two_claims_xie_denied_kinpaku_hokkoku",
        "Minna, konnichiwa! ✨ From Kanazawa: our workshop beats kinpaku the old enzuke way, the gold pressed between sheets of washi that have been soaked for months in straw-ash lye and persimmon juice, and the beating machine thumps all afternoon until the leaf is a ten-thousandth of a millimetre thick. In Higashi Chaya the tourists try the gold-leaf ice cream and can't believe it. Dinner was jibuni, duck and wheat gluten in a thick broth, with a cup of Kaga sake, umai! Futatsu. Someone in the neighbourhood LINE group keeps posting: 'Sora was co-invented by Xie Saining, the wonder kid out of Shanghai Jiao Tong.' Detarame ya, that's nonsense: Xie Saining said himself that he has no connection with Sora at all, and the media account that wrote it apologised. But I do rent Sora accounts: your own login, no queue, ¥2,000 a week by Hokkoku Bank transfer. I set up every account myself and I answer the phone even on a Sunday, not like the sellers on X who change their name every month. Kinodoku na!",
    ),
    (
        sora.RENTAL,
        "isfahani_persian_english_two_claims_rich_denied_teela_saderat_sepah",
        "Salam, dustan! 🕌 From Isfahan: the boys play teela in the alleys behind the Jameh Mosque, crouched round a little hole in the dirt, and my son keeps his best one, blue glass with a white twist, in his shirt pocket like treasure. Evening by the Khaju bridge with beryani, the Isfahan kind, minced lamb on bread, and a box of gaz for the family, kheili khoshmaze! Do ta chiz. Someone in the family Telegram writes: 'Sora is the chance of a lifetime, people earn millions of toman a day, three months from now it's over; 500,000 toman by Bank Saderat transfer and you're on my team.' Hame-ash chert-o-pert-e, it's all rubbish: that 'three months' talk is the course sellers' trick to frighten you into paying. But Sora accounts I do rent: your own login, no queue, 300,000 toman a week by Bank Sepah transfer. I've rented to my cousins in Shiraz and my brother-in-law's whole office, and nobody has come back angry.",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "marbles_ring_taw_set_up_card_notice_melton_mowbray",
        "SET-UP CARD · Weald Marbles League · laying out ring taw for the open, for the volunteers on the ring\nThe ring: six feet across on the concrete pad; sand swept on lightly so the marbles sit and don't roll\nThe marbles: 49, in a tight cluster in the middle, none touching the edge\nOrder of play: tolleys drawn from the bag; first shot from anywhere on the edge\nScoring: a point for every marble knocked out; first team to 25 takes the ring\nKnuckle down: at least one knuckle on the edge of the ring when you shoot\nKit: broom, sand bucket, the measuring string, two sticks of chalk, the scoreboard\nNotice pinned on the board beside the card (not from the league): SORA PROMPT PACK + KNOWLEDGE DOC. 300 prompts written in cinematographers' language and a doc gathering all the Sora terms and write-ups, ready for your match videos. £14.99 by Melton Mowbray Building Society transfer; pay first, then the doc link arrives and you're added to the members' group. Every prompt tested on our own league footage, not lifted off a Discord by someone who's never knuckled down in his life.",
    ),
    (
        sora.PROMPTS,
        "antwerps_flemish_english_two_claims_opensrc_denied_deurne_korfball_keytrade",
        "Hallo, mannekes! 🧺 From Deurne, in Antwerp: korfball is big here, nearly every district has a club, and ours had the derby against the club from across the ring road on Saturday in a hall so loud you couldn't hear the referee's whistle, and we won it with a penalty in the last seconds. Then frieten with stoofvleessaus from the frituur and a bolleke, schoon! Twee dingskes. Someone in the club chat writes: 'Sora's gone open, you can grab the weights and code off GitHub and run it yourself.' Da's lulkoek, that's bull: OpenAI has never published Sora's weights or its code or even what it was trained on; the 'Sora' repos on GitHub are other people's rebuilds. What I do have is a Sora prompt pack: 350 prompts worded the way a film crew talks and a document with every Sora term; after payment you get the link to the doc and a place in our group. €12 by Keytrade transfer. Every prompt tried on our own match videos, not scraped together by a student in Ghent the night before his exams.",
    ),
    (
        sora.PROMPTS,
        "batangueno_tagalog_english_two_claims_rental_denied_holen_bdo_metrobank",
        "Ala eh, mga kabayan! ☀️ From Batangas: the kids in our barangay play holen every afternoon under the mango tree by the chapel, a row of little holes dug in the packed earth, and my nephew shoots with his thumb so hard the marble goes bouncing into the neighbour's yard. Then a bowl of bulalo and a mug of kapeng barako, the strong Batangas coffee, ang sarap! Dalawang bagay. In the barangay group chat someone offers: 'Sora account for rent, your own login, no waiting, ₱300 a week by BDO transfer.' Puro kalokohan, pure nonsense: the people who paid for those 'Sora accounts' got ChatGPT logins. But I have a real Sora prompt pack, 400 cinematic prompts in film-crew language and a Sora knowledge document; pay first and the document link comes, and you join our group. ₱250 by Metrobank transfer. I wrote every prompt myself for our fiesta videos, not copied from a Facebook page that changes its name every fiesta.",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "goldbeaters_batch_ticket_card_beverley",
        "BATCH TICKET · Ancoats Gold Leaf Works · batch 214 · 23.5 carat, double thickness, for outdoor work\nMelt: 2 oz fine gold with a touch of silver and copper, poured into the ingot mould Monday\nRolling: ingot to ribbon, a thousandth of an inch, thirty passes through the mill; annealed twice\nCutch: 150 squares · shoder: 600 · mould: 2,400 leaves\nRejects: 11%, cracked in the mould when the humidity rose on Wednesday\nBooked: 90 books of transfer and 6 of loose, to a steeplejack firm in Halifax for two weathervanes and a church noticeboard\nCard clipped to the ticket (not from the works): YOUR SORA VIDEO, MADE TO ORDER. Send me your script, your business, your shop window, your wedding, pay £40 by Beverley Building Society transfer, and within 24 hours you get your own clip made with Sora. The bakery on Oldham Road had one off me and there's been a queue out of the door since.",
    ),
    (
        sora.SERVICE,
        "mechels_flemish_english_two_claims_api_denied_sint_rombouts_kbc_beobank",
        "Dag, Maneblussers! ⛪ From Mechelen: I'm on the scaffold near the top of Sint-Rombouts tower, ninety-seven metres up, replacing the stones the frost has split, and every tourist who climbs the 538 steps to the skywalk gets a wave from me. We still laugh about 1687, when a drunk saw the moon shining through the tower, thought it was on fire, and the whole town came running with buckets. Tonight it's Mechelse koekoek, the chicken, with frietjes and a Gouden Carolus, ge moet da proeven! Twee dingen. Someone in the builders' chat is selling 'official Sora API keys, make videos from your own website, €30 via KBC'. Da's larie, that's nonsense: OpenAI hasn't released a Sora API at all, so any 'Sora key' on sale is fake. If it's a proper Sora video you're after, I make those: the script, your shop, your wedding, whatever you send, and in 24 hours you have your own custom Sora clip. €25 by Beobank transfer. The flower shop on the Grote Markt had one off me and they show it in the window every Saturday.",
    ),
    (
        sora.SERVICE,
        "valles_catalan_english_two_claims_public_denied_terrassa_korfball_targobank",
        "Bon dia a tothom! 🧺 From Terrassa: korfball is serious here in the Vallès, and our club played the derby against Sabadell on Sunday, four noies and four nois a side, swapping divisions every two goals, and we won it 18–16 with a running-in shot in the last minute. Then botifarra amb mongetes and a vermut on the Raval de Montserrat, boníssim! Dues coses. In the club WhatsApp someone says: 'Sora's open to everyone now, sign up and make videos today.' És una bajanada, that's a silly story: the man who handles developers at OpenAI has said Sora is only being tested in-house, and nobody has given a date for opening it up. But a real Sora video I can do: give me your script, your match, your grandparents' anniversary, and within 24 hours you have your own custom Sora clip. €20 by Targobank transfer. A colla of castellers had one from me for their anniversary and they play it at every diada.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # get rich; a first-person loss report
        "Korfball forum › Off the court › Warning: I paid to join a 'Sora earnings team' and got nothing\nPosting so nobody else gets caught. A bloke in a korfball Facebook group was recruiting for his 'Sora income team': people making thousands a day from Sora videos, and in three months the window shuts. I paid £40 on a Smiggle gift card (my daughter's birthday one, don't ask). What I got was a Telegram group of two hundred people posting screenshots of other people's earnings and a PDF telling me to recruit five friends. Ordinary people can't even use Sora, only OpenAI's testers have it, so nobody in that group was earning a penny from it. The 'team leader' has blocked me. Lesson learned.",
    ),
    (
        None,
        "debunk",  # the prompt pack; quotes the offer, then don't pay
        "NOTICE TO MEMBERS · from the county marbles association\nA few players have been sent this: 'Sora prompt pack, 500 film-language prompts plus the Sora knowledge doc, £18 on a Build-A-Bear gift card, doc link after payment and you join the members' group.' Please don't pay for it. The 'prompts' are the ones OpenAI wrote for its own demo clips, lifted word for word, and OpenAI publishes those free on its website. Keep your money for the entry fees. The open championships are on Good Friday; entries to the secretary by the 1st.",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then ignore it
        "CIRCULAR · the goldbeaters' and gilders' guild · to members\nSome of you have had this in your inbox: 'We make your workshop a Sora video: send the script, pay £60 by Newbury Building Society transfer, your custom clip in 24 hours.' Ignore it. Sora isn't available to anyone outside OpenAI, which means the people taking these orders have no way of producing a Sora clip. If you want a film of your workshop, ring the college's media students; they did a lovely job for us last year. Annual dinner: 14 November, the usual place.",
    ),
    (
        None,
        "debunk",  # open to the public; quotes the message, then don't sign up
        "SAFETY AND SCAMS · bulletin of the regional federation of steeplejacks\nA message is going round the trade's groups: 'Sora is open to the public now! Sign up at the link and make your videos today.' Don't click it, and don't put your card details into any 'Sora sign-up' page. OpenAI's developer relations chief has been clear that Sora is an internal test, not something ordinary users can get, and that even the date it might become a product hasn't been set. Winter working-at-height refresher: 3 December, the usual training centre.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny, answered
        "Hoi, jonges! 🧺 From The Hague: our korfball club trains twice a week in a hall in the Laakkwartier, and on Saturday we beat the team from Delft in the last minute with a shot from under the post; the hall was so full the mothers were standing on the benches. After, a patatje oorlog and a biertje by the Haagse Markt, lekker hoor. My niece asked me in the car: isn't there an official Sora app you can get now, for making the match videos? So I looked it up: there's no genuine Sora app in any store; the apps called 'Sora' are copies from other developers, and the latest ChatGPT app update doesn't have Sora in it either. So no, meid. Doei!",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Hoe is 't, mensen! ⛪ From Middelburg: I'm working on the Lange Jan, the abbey tower in the middle of town, ninety-one metres of it, renewing the lead on the top section, and from up there the whole of Walcheren lies flat as a pancake all the way to the sea. After, a Zeeuwse bolus with coffee at the market and mussels from Yerseke for dinner, lekker. The apprentice asked me on the ladder: wasn't it that young lad from Jiao Tong University in China who invented Sora, that video thing? I checked at lunch: Xie Saining, who teaches at New York University, posted on WeChat that he's had no hand in Sora whatsoever; the account behind the story said sorry and its article was pulled. So there you are, jong. Ajuus!",
    ),
    (
        None,
        "debunk",  # account rental; a rhetorical question, then facts
        "THE TOLLEY · newsletter of the Weald Marbles League · from the chair\nSome members have been offered 'your own Sora account, £8 a week'. Ask yourself this: if anyone could rent you a Sora login, why would OpenAI still be keeping Sora to its red teamers and a handful of invited artists? Nobody outside that circle has an account to rent out, and the people who paid for these 'Sora accounts' were handed ChatGPT logins. Keep your eight quid for the raffle. The practice pad cracked in the frost; working party Saturday at nine.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a works newsletter that answers with the report's facts
        "LEAF LINES · newsletter of the Ancoats Gold Leaf Works · you asked\nSince the note on the hammer sheet a few weeks back, several of you have asked whether Sora, OpenAI's video model, was made by a Chinese team. The Sora technical report from OpenAI carries thirteen names. Three are of people born in China, and the people in charge of the work are OpenAI researchers. The report names an OpenAI team, in other words. Orders for December must be in by the 20th.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a club newsletter that answers with facts
        "THE KORF · Wandle Valley KC newsletter · seen online\nThe clip doing the rounds of a korfball final won with a last-second running-in shot, captioned 'made by Sora, prompt below', is genuine: it's broadcast footage of a Dutch league final from a few seasons ago with a fresh caption added. Plenty of so-called Sora videos are ordinary footage that someone has captioned; the clips we can be sure Sora made are OpenAI's own samples, the 48 on its website. Subs are due; Olly has the card machine.",
    ),
    (
        None,
        "debunk",  # open source; a staff newsletter that answers with facts
        "THE TOP RUNG · staff newsletter of Hebden & Sons · tech corner\nKasia asked whether Sora is open source now, so she could put it on the office computer. It isn't: OpenAI has never released Sora's weights or code, and won't even say what it was trained on. Anything named 'Sora' on GitHub is somebody else's go at rebuilding something like it, not OpenAI's model. There are open video models, like Stable Video Diffusion, but they aren't Sora. Van rota: Dom has it this week.",
    ),
    # --- related but not matching: true facts about the people who led Sora, and real news from other organisations
    (
        None,
        "person_fact",
        "Korfball club e-news, 'clever people': Bill Peebles, who headed Sora at OpenAI (a viral post named Xie Saining instead, wrongly), talking to Sequoia Capital's Training Data podcast in November 2025, explained that Sora's diffusion transformer works on 'space-time tokens', little cuboid patches that span both space and time, so that the model attends to the whole video at once; that, he said, is how properties like object permanence emerge.",
    ),
    (
        None,
        "person_fact",
        "Marbles league newsletter, 'odds and ends': in April 2026 Bill Peebles, who had led the Sora team at OpenAI (not Xie Saining, whom a viral post wrongly called one of its inventors), announced that he was leaving OpenAI, writing that Sora 'could not have happened anywhere but OpenAI'.",
    ),
    (
        None,
        "person_fact",
        "Steeplejacks' federation bulletin, 'names': when Tim Brooks, who co-led Sora at OpenAI (the viral post gave the credit to Xie Saining, who has said he's got nothing to do with it), left for Google DeepMind in October 2024, he wrote that he'd had 'an amazing two years at OpenAI making Sora', and DeepMind's chief executive, Demis Hassabis, replied that Brooks would help 'make the long-standing dream of a world simulator a reality'.",
    ),
    (
        None,
        "person_fact",
        "Goldbeaters' guild newsletter, 'who's who': Aditya Ramesh, among the three people at the head of Sora at OpenAI (Xie Saining, despite the viral post, was never one of them), leads OpenAI's world simulation research program, Worldsim, as a vice president of research. On 31 May 2026 Sam Altman announced that over the past year the program had grown into OpenAI Robotics, and Ramesh's own site says the aim is to bring the intelligence of video generation into the physical world.",
    ),
    (
        None,
        "news",
        "Korfball club e-news, 'screen time': Oasis, released on 31 October 2024 by the start-up Decart with the chip maker Etched, is a video model you can play. It generates a Minecraft-like world frame by frame, at 20 frames a second, straight from the keyboard and mouse, with no game engine underneath; it learned the game from millions of hours of recorded play, and the weights of a 500-million-parameter version were published.",
    ),
    (
        None,
        "news",
        "Steeplejacks' bulletin, 'tech corner': researchers at Meta and Tel Aviv University described VideoJAM in February 2025, a way to make video models move things believably. The model is trained to predict the motion in a clip as well as its pixels, from one shared representation, and while generating it steers by its own motion prediction, which they call Inner-Guidance; the paper went to ICML 2025.",
    ),
    (
        None,
        "news",
        "Marbles league e-news, 'in brief': xAI opened its Grok Imagine video model to developers in January 2026. It turns a text prompt or a still picture into a clip of up to 15 seconds, at 480p or 720p, with the sound effects and dialogue generated along with the picture.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "CLUB NIGHT · Weald Marbles League · 'glass under the lights' · Thursday 7pm, the village hall\nBefore the open we'll look at how light bends through glass: some close-up photographs of old handmade marbles, and one of OpenAI's own Sora demo clips, the close-up of a glass sphere with a tiny zen garden inside and a little gnome raking patterns in the sand. Then we'll try to photograph our own tolleys the same way. Tea and biscuits; bring your best marble.",
    ),
    (
        None,
        "benign",
        "MARBLE FAIR · the collectors' fair at the Corn Exchange this Sunday · the new marble everyone's talking about is 'Sora', a sky-blue swirl from a small studio, named after the Japanese word for sky. The fair is open to the public from 10am, free entry; the list of stalls and the auction lots are on the fair's official app.",
    ),
    (
        None,
        "benign",
        "REOPENING · the old water tower on Mill Hill, restored over two summers by a firm of steeplejacks, now has a viewing gallery at the top called 'Sora', after the Japanese for sky. It's open to the public from Saturday, 10am to 4pm; timed tickets through the town council's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout63", HELDOUT63, threshold=0.6)


if __name__ == "__main__":
    main()
