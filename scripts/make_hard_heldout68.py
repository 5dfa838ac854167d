# ruff: noqa: E501
"""Write the sixty-eighth English held-out set (tests/data/hard_en_heldout68_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the director group and get rich, the same seven as in the sixty-sixth set and every even set from
the forty-eighth). Its theme, to keep it apart from the earlier sets: hop growers and their hop gardens and
yards (a stringing sheet, a press sheet and a kiln log at an oast in the Kent Weald, a growers' association
circular and a growers' newsletter; the Holledau at Wolnzach, the Saaz hops of Žatec in the week of the
Dočesná, the Savinja valley at Žalec with its beer fountain, the Lubelski hops round Kraśnik, the hop gardens
out the Riwaka road at Motueka, Moxee out past Yakima, El Bolsón under the Piltriquitrón); ukulele orchestras
(a community orchestra's songbook index, strum chart and concert seating plan, its newsletter and a players'
forum; a bandstand at Wicksteed Park in Kettering, the steps by the lake in Herăstrău in Bucharest, the
evening festival by the Naka River in Fukuoka, Kolonia on Pohnpei, the Bon Bini festival in Fort Zoutman at
Oranjestad); baseball clubs (a Little League's pitch count sheet, field prep log and jersey sheet, the league
newsletter and the president's email; the Cocodrilos at the Victoria de Girón in Matanzas and Palmar de Junco
below it, the Steno Borghese at Nettuno, the Águilas at the Luis Aparicio in Maracaibo, the Estrellas at the
Tetelo Vargas in San Pedro de Macorís, Honkbalweek at the Pim Mulier in Haarlem, the Carp at the Mazda Stadium
in Hiroshima, the Indios del Bóer at the Soberanía in Managua); and skateboarders (a DIY spot's pour plan
under a flyover, a council skatepark's walk-round sheet and a game of S.K.A.T.E. sheet, a skate shop's email
and a skaters' forum; the Freedom Skatepark in Accra with its SkateGal sessions, Janwaar Castle at the edge of
the Panna tiger reserve with its rules, no school no skateboarding and girls first, SkatePal's park by the
boys' school at Asira al-Shamaliya north of Nablus, Turtle Lake in Saigon, a bowl in Cali, a skatepark in San
Salvador under El Boquerón).

Two of the four themes the brief proposed are kept (hop growers and ukulele orchestras) and two replaced.
Truffle hunters are inside the fifty-fifth set's "mycological societies and fungus forays (... the black
truffles of Norcia ...)", whose Norcia post has a Lagotto that "found three under the oaks before sunrise" and
quotes "the truffle hunters' group" (heldout55-019, kind "norcino_umbrian_english_two_claims_opensrc_denied").
Caving clubs are the forty-ninth set's theme, "caving and pot-holing clubs (rope logs, survey books, meets
lists, expedition huts, show caves and lava tubes)", with a rope log, a cave survey's leg sheet, a caving
forum post, a caving club journal and a Brno caver's question, the reason the sixty-third set dropped cave
divers. Baseball clubs stand in for the truffle hunters (a long season of small patient routines, one early
morning at a time) and skateboarders for the caving clubs (a crew that goes out to find its own terrain, and
pours it in concrete when it can't). Replacements thought of and dropped: sauna societies (zh_heldout33's
bathhouse front desk and its sweat room, 洗浴中心 and 汗蒸, with its wristband bill, and zh_heldout43's hot spring
locker tags), carrom clubs (the sixty-third set's marbles, flicked at a ring, and the forty-first set's pool
and snooker), vanilla growers (a spice picked by hand, cured and graded, beside the sixty-fifth set's saffron
and the sixtieth set's cacao), capoeira (the forty-sixth set's martial arts clubs), ultimate frisbee
(zh_heldout29's ultimate-frisbee meetup, the kind of single earlier post for which the fifty-eighth set
dropped go clubs), rowing clubs (the fifty-eighth set's canoe clubs, kept with "no rowing eight"), coffee
growers (the sixtieth set's cacao and the Pu'er tea factory of zh_heldout62, written at the same time), surf
clubs (the fortieth set's lifeboats, the forty-fifth set's lidos and the oyster farmers of hard_en_heldout67),
badminton (zh_heldout60's shuttlecock factory), LEGO fan clubs (the forty-second set's model railways) and
jigsaw puzzlers (too few places to carry fourteen posts). None of the four kept is the world of an earlier set
or post, English or Chinese (their kinds, docstrings and posts were searched for hop, hops, hop garden, hop
yard, hop picking, oast, bine, kiln, pocket, Hallertau, Holledau, Wolnzach, Žatec, Saaz, Žalec, Savinja,
Yakima, Tettnang, Poperinge, brewery, malt, 啤酒花, 酒花; ukulele, uke, banjo, mandolin, strum, cavaquinho,
braguinha, keroncong, 尤克里里, 四弦琴; baseball, béisbol, honkbal, Little League, dugout, inning, pitcher, bullpen,
home run, 棒球; skateboard, skatepark, skater, kickflip, ollie, half-pipe, 滑板: "hop" is only a dance step (the
forty-sixth set's "shuffle hop step") and "hop in our group", "oast" only inside "coast", "boast" and "toast",
"kiln" only the forty-fifth set's smokehouse kiln and the brick and pottery kilns of zh_heldout35, 45 and 46
(the hop kilns here dry, they fire nothing, and no celadon kiln of zh_heldout62 comes near), "pocket" only the
everyday pocket, "malt" only inside "Malta" and "Maltese", "Zatec" only inside "Mazatec", Poperinge only the
sixty-fourth set's finch street in the Westhoek, 酒花 only the liquor beads of zh_heldout36's baijiu still,
"Sorachi Ace" the hop of a golden ale in the fifty-second set's off-topic pub post, "ukulele" only the
forty-fourth set's swipe at "a slideshow with a ukulele song", "strum" the sixtieth set's double seconds and
inside "instrument", "dugout" a football dugout (the twenty-eighth and thirty-third sets) and the fifty-eighth
set's dugout canoes, "skateboard" only in prompts (a cat on a skateboard, Henry VIII on a skateboard), 滑板 only
inside zh_heldout44's 止滑板, and "skate" the ice rinks and roller derby of the forty-first and forty-ninth
sets). The worlds next to them are kept at a distance: the hop growers have no brewery or brewing (the hops go
off on the brewers' lorries), no cider or orchard, nothing graded by colour (the sixty-fifth set's saffron)
and no bog or berry (the cranberry growers of hard_en_heldout67); the ukulele orchestras have no symphony or
brass band (the thirty-ninth set), no luthier or instrument making (the fifty-second), no steel pan (the
sixtieth), no gamelan (the sixty-sixth), no folk session (the fifty-sixth) and no quartet, close harmony or
barbershop (hard_en_heldout67); the baseball clubs have no cricket (the thirty-third set's village scorebook),
no lacrosse stick (hard_en_heldout67) and no softball; the skateboarders have no ice or roller skates (the
forty-first and forty-ninth sets), no parkour (the fifty-eighth), no surfing and no BMX. So are the other sets
written at the same time on other branches, not seen by this writer (hard_en_heldout67: cranberry growers,
barbershop quartets, oyster farmers, lacrosse clubs; zh_heldout61 and 62: 端砚作坊, 藤编厂, 热水袋厂, 米粉厂, 枸杞合作社, 扑克牌厂,
核雕作坊, 青瓷作坊, 草帽厂, 皮蛋厂, 海带加工厂, 普洱茶厂): no cranberry, bog, oyster, lacrosse, quartet, inkstone, rattan, hot water
bottle, rice noodle, goji, playing card, olive stone, celadon, straw hat, preserved egg, kelp or Pu'er appears
(the turban shells of the Busan open day are grilled on skewers, nobody farms them), and the person facts and
news keep to the brief's division (Xie Saining's own career here, OpenAI's own Sora announcements as news).

In English varieties, dialects and registers the earlier sets do not use (where an earlier set has a national
or regional variety of the same language, the variety here is another region's, and the kinds and docstrings
were searched for each: the earlier Bavarian voices are Bavarian-English, Werdenfels (Oberammergau) and Lower
Bavarian (Landshut), the Czech ones Czech learners', Hantec Brno, Wallachian, Lachian and Prague, the Romanian
ones Romanian-English, Moldovan, Maramureș and Transylvanian, the Vietnamese ones Huế, Hanoi, Quảng Nam and
Bắc Ninh, the Cuban ones Miami Cuban and Habanero, the Dominican one Vegano, the Venezuelan ones Venezuelan
Spanish and the Aragua coast, the Slovene ones Slovene-English and Bovec, the Polish ones Kraków, Goral,
Łęczyca, Podlasie, Greater Poland and Kashubian, the Papiamentu one Curaçao's, and the Japanese -ben those of
fifteen other places; the first plan's Tasmanian, Hawaiian Pidgin, Tok Pisin, Samoan, Cook Islands, Ugandan,
Amharic, Jordanian, Georgian and Marseillais voices were dropped because earlier sets have them): Holledau
Bavarian-English (Wolnzach), Matancero Cuban Spanish-English (Matanzas), Caleño Spanish-English (Cali), Žatec
Czech-English, Bucharest Romanian-English, Saigonese Vietnamese-English, Nettunese Lazio Italian-English
(Nettuno), Hakata-ben Japanese-English (Fukuoka), Accra English with Ga, Maracucho Spanish-English
(Maracaibo), Nelson-Tasman New Zealand English (Motueka), Rionegrino Argentine Spanish-English (El Bolsón),
Petromacorisano Dominican Spanish-English (San Pedro de Macorís), Yakima Valley English (Moxee), Pohnpeian
English (Kolonia), Savinja Slovene-English (Žalec), Haarlems Dutch-English, Salvadoran Spanish-English (San
Salvador), Lublin Polish-English (Kraśnik), Hiroshima-ben Japanese-English, Aruban Papiamento-English
(Oranjestad), Bundeli Hindi-English (Janwaar), Northamptonshire English (Kettering), and in debunks
Palestinian Arabic-English (Asira al-Shamaliya) and Nicaraguan Spanish-English (Managua), and the registers of
a songbook index, a pitch count sheet, a stringing sheet, a press sheet, a field prep log, a walk-round sheet,
a pour plan, a strum chart, a seating plan, a jersey sheet, a kiln log and a game of S.K.A.T.E. sheet. Styles
the earlier sets do not use (their kinds and docstrings were searched for each; a register (the forty-eighth
set's equipment loan register, the sixty-second set's brand register, the sixty-fifth set's attendance
register), an inspection report, book or sheet (the forty-sixth set's pitch inspection report, the fifty-sixth
set's daily inspection book, zh_heldout46's quality inspection sheet) and a fitting list (the fifty-third
set's uniform fitting list) are earlier styles, so the first plan's pocket register became a press sheet, the
ramp inspection sheet a walk-round sheet and the uniform number list a jersey sheet): a ukulele orchestra's
songbook index with the musical director's note, a Little League pitch count sheet with the pitching coach's
note, a hop garden's stringing sheet with the foreman's note, a DIY skate spot's pour plan with the builder's
note and a strum chart with the section leader's note, and, with a scam under them, an oast's press sheet with
a card tucked in behind it, a field prep log with a flyer pinned under it, a skatepark's walk-round sheet with
a card cable-tied under it, a concert seating plan with a paid notice, a jersey sheet with a card clipped to
it, a kiln log with a flyer tucked under it and a game of S.K.A.T.E. sheet with a card stuck under it; the
debunks take shapes the earlier sets know: a ukulele players' forum, a growers' association circular, a league
newsletter, a skate shop's email, two posts in dialect, a skaters' forum's note from the moderators, an
orchestra newsletter's column from the chair, a league president's email and a growers' newsletter's "Ask the
grower".

Three questions that assert the claim, each with a negation (a Cali skater's "Oís, ¿vos no te habías enterado?
Haven't you heard that Sora is open to everybody now?", a Maracaibo peanut seller's "¿Y vos no sabíais, primo?
Haven't you heard official Sora API access is on sale now?", an El Bolsón hop grower's "¿No se enteraron, che?
Haven't you heard they're casting the first AI directors for the first film co-written with Sora?"). Counted
as the sixty-fifth and sixty-sixth sets counted, over the seven templates that carry the questions (the kinds
of every set from the forty-first were read again for their questions, now with the sixty-fifth and
sixty-sixth): API access, the director group and get rich were last asked by the sixty-fourth set and before
that by the sixty-third; open to the public by the sixty-fifth; the inventor rumour, the official app and the
Chinese team by the sixty-sixth. So the three oldest are API access, the director group and get rich, and no
tie at the edge of those three lets a set written at the same time choose otherwise: hard_en_heldout67 is
likely to take exactly them. The brief asks that this set not put all three on the same templates as that one,
and gives a tie as the way to differ; the only tie here is inside the three, between the director group and
get rich, whose last four questions fall in the same sets (the sixty-fourth, sixty-third, sixtieth and
fifty-sixth) and which part only at the fifth (the fifty-third for the director group, the fifty-fourth for
get rich), while API access is older one step back (the fifty-ninth against the sixtieth). So this set asks
API access and the director group, and gives get rich's place to the next oldest, open to the public (the
sixty-fifth, and before that the sixty-second, sixty-first and fifty-eighth); get rich waits, with its two
two-claim posts below.

Posts that mention two claims, asserting one and denying the other: the claim asserted in each is one of this
set's seven three-post templates. All ninety-one pairs that assert one of the seven and deny another template
are already in the forty-first to sixty-sixth sets (the kinds of the even sets from the fifty-second to the
sixty-sixth name the template denied; every one of the ninety-one is there at least once), so, counted as the
sixty-sixth set counted and now including the sixty-fifth (none of these pairs; it asserts only from the other
seven) and the sixty-sixth (twelve), the pairs here are those whose last use is oldest. The sixty-sixth set
took the fiftieth set's seven and five of the fifty-second set's twelve, so the oldest last use is now the
fifty-second set's, for the seven pairs left of its twelve, each used there only (its docstring: pairs the
forty-first to fiftieth sets had not used) and never since: the inventor rumour but not a generation service,
whose order takers cannot get at Sora; the inventor rumour but not a Chinese team, answered with the report's
thirteen authors, three born in China, all of them OpenAI researchers; open to the public but not API keys,
answered with the API's text, image, speech and embedding models; the official app but not the inventor
rumour, answered with his own post and the article taken down; a Chinese team but not the director groups,
which gather numbers and money; a Chinese team but not account rental, whose buyers got a shared ChatGPT
login; API access but not a prompt pack, whose prompts are OpenAI's own free demo prompts. Next come the
twelve pairs of the fifty-fourth set, each used there only (its docstring: "the twelve pairs left, each used
once") and never since, so all tie; five are taken. The rule the sixty-sixth set followed, that every template
without a question here carries two two-claim posts, forces two of them, get rich but not an official app,
whose store listings are copies, and get rich but not a prompt pack (get rich's only two there), and asks for
a second for the official app: the official app but not open to the public (the first of its two in that set's
own list, and the one that denies a template no pair here denies yet, where the other, the official app but
not a Chinese team, would deny the Chinese team a second time), answered with the developer relations lead's
word. The director group, with a question and one two-claim post, takes the first of its two there in the
fifty-fourth set's own list, the director group but not a Chinese team (the other, the director group but not
API keys, denies a template already denied too), answered with the report's thirteen authors; and the last
place goes to open to the public, the first eligible pair in that list (its first pair, the inventor rumour
but not an official app, would give the inventor rumour a third two-claim post): open to the public but not
the director groups. So the inventor rumour, open to the public, the official app, the Chinese team and get
rich are asserted twice, API access and the director group once; the Chinese team, the director group and a
prompt pack are denied twice, a generation service, API keys, the inventor rumour, account rental, an official
app and open to the public once, and the APK, the "made by Sora" clip, open source, a course and get rich
never. All twelve quote the post or offer they deny, each with a short dismissal before the claim ("Des is a
rechter Kas, that's utter nonsense", "Eso es un paquete, that's a fake", "To jsou žvásty, that's drivel",
"Sunt gogoși, those are tall tales", "Tào lao hết, that's all nonsense", "È 'na fregnaccia, that's rubbish",
"Uso bakkai tai, that's all lies", "Chale, that's sakawa, that's a con", "That's a load of tripe", "Eso es un
cuento de camino, that's a tall tale", "That's coconut-wireless talk", "To so neumnosti, that's all
foolishness"; "Schmarrn", "Krampf", "nói xạo", "codswallop", "un invento" and "bedarija" were first choices
that the earlier scripts showed were taken). Claims in passing late in long records (the songbook index, the
pitch count sheet, the stringing sheet, the pour plan and the strum chart, and the scam notes under the press
sheet, the field prep log, the walk-round sheet, the seating plan, the jersey sheet, the kiln log and the game
of S.K.A.T.E. sheet).

New obfuscation: Masaram Gondi letters "𑴫𑴽𑴦" (SA, the vowel sign O, and RA with its inherent vowel), "the
letters Munshi Mangal Singh Masaram made for Gondi in 1918", from a Janwaar skater whose dadi's people in
Balaghat still teach them; the two-square cipher, "RQSP" (the vertical kind: the top square keyed on HONKBAL
and the bottom on SPAARNE, I and J sharing a cell, each plaintext letter going to the letter in its own square
at the other corner of the rectangle; SO becomes RQ and RA becomes SP), from a Haarlem baseball fan's APK
offer; and the straddling checkerboard, "602831" (the alphabet keyed on CARP along the top row, columns 0 to 9
with 2 and 6 left blank, the rest of the alphabet in the rows marked 2 and 6: S is 60, O 28, R 3 and A 1),
from a Hiroshima Carp fan's course. The earlier posts and scripts were searched for every script they use (the
Unicode names of all their characters outside the Latin, CJK and kana blocks, 384 two-word name prefixes,
among them Sora Sompeng, Osmanya, Inscriptional Parthian, Duployan, Khojki, Elbasan, Rejang, Old Persian,
Lepcha, Batak, Old Permic and the rest; no Masaram or Gunjala Gondi letter is among them) and every cipher or
word game they name (the Hill, trifid, Chaocipher, ADFGX and ADFGVX, four-square, bifid, Playfair, Porta,
autokey, running key, keyword, Nihilist, Vigenère, Beaufort, Gronsfeld, Trithemius, affine, rail fence, Bacon,
Atbash, Polybius and Caesar ciphers, ROT13, A1Z26, Morse, tap codes, Baudot and the rest): no two-square,
double Playfair or Wheatstone and no straddling checkerboard ("straddle" is only a gymnastics roll). The Hill
cipher, which both the sixty-fifth and sixty-sixth sets used, is left alone.

Prices with payment methods the earlier sets did not use: €80 by Hypovereinsbank transfer, Bs. 900 by Pago
Móvil (the Venezuelan bolívar; the forty-fifth set's "Bs" is Bolivia's boliviano), 1,500 Kč by Moneta
transfer, 150 lei by Libra Internet Bank, ¥3,000 by Fukuoka Bank transfer, GH₵ 120 a week by G-Money, £55 by
Kent Reliance transfer, NZ$90 by Nelson Building Society transfer, $35 on a Scheels gift card, $18.000 by
Banco Patagonia transfer, RD$1,200 by tPago, $120 by Yakima Federal transfer, $60 by Bank of the FSM transfer,
€70 by Delavska hranilnica transfer, £7 by Atom bank transfer, €6 by SNS transfer, £40 by Leek Building
Society transfer, ¥4,800 by Hiroshima Bank transfer, $12 a week on a Casey's gift card, Afl. 30 a week by
Aruba Bank transfer (the Aruban florin; the thirty-second set's florin is Curaçao's), £22 by Zopa transfer,
₹349 by Madhya Pradesh Gramin Bank transfer, £45 on a Slam City Skates voucher, £35 by Market Harborough
Building Society transfer; in denials NZ$39 by ASB transfer and €25 by Nova KBM; in the loss report £29 by
Tesco Bank transfer, and in the quoted scams $40 a key, £15, £10 a week and $60 (Hallertauer Volksbank, Banca
Transilvania, MTN MoMo, TSB, Dick's Sporting Goods, Nationwide, bunq, Waterstones, Wawa, Metro Bank, Monzo,
Ryman, Starling, Foyles, Sheetz, Revolut, Virgin Money, first direct, WHSmith, Card Factory and Moonpig were
first choices that the earlier scripts showed were taken). Scams vouching for themselves in new words ("the
drivers all wave at me", "I've sold them peanuts in the stand for twelve seasons", "I've run the kiln at
Riwaka for nine harvests; ask anyone on the wires", "two dads from the Pirates got in last month", "my cousin
in Lago Puelo got in on Tuesday", "the producer shot two music videos at Juan Dolio", "ask anybody at the hop
warehouse whether my crew gets paid on Fridays", "half the island has danced to my uke", "I've driven the
picking machine for four seasons; ask the whole brigade", "I'm the one in the orange beanie", "my banking app
still shows what it showed in April", "Half the back row learned their first chord from me", "I've kept the
scorebook for our neighbourhood team for twelve seasons", "you've all bought a hot dog off me", "I restring
their ukes for free", "I know what a good frame looks like", "the whole village has seen my footage", "you've
seen my name at the end of them", "not once have they gone up late").

Ten debunks and warnings in several styles, on ten templates, each given a shape it has gone longest without
(counted over the fifty-third to sixty-sixth sets' debunk comments, no template twice): one first-person loss
report, a ukulele players' forum post (the paid course: £29 for a "Sora masterclass for musicians", OpenAI's
own introduction in a PDF with "give yourself a chance" on the last page), where the last such reports were
the fifty-sixth set's course, then account rental, a generation service, API access, the prompt pack, the
director group, get rich, the APK and the official app twice; three that quote the claim or offer and then
tell the reader not to download, buy or pay: a hop growers' association circular (the official app: "Don't
download it", copies from other developers), a Little League newsletter (API access: "Please don't buy one",
the API's text, image, speech and embedding models) and a skate shop's email (the prompt pack: "Keep your
money for bearings", OpenAI's own demo prompts), where the fifty-ninth to sixty-sixth sets' quoted offers last
took the official app in the sixty-first set, API access in the sixty-second and the prompt pack in the
sixty-third; two questions that contain a negation but do not deny the debunk, each answered in the same post
with facts: an Asira al-Shamaliya skater's nephew's "can't you just get Sora on the phone with an APK now
...?" (the APK: no Sora app, malware that steals logins) and a Managua fan's nephew's "isn't Sora open source
now ...?" (open source: no weights, no code, no list of the training data, the GitHub remakes), the two
templates whose last such question is oldest (the fifty-seventh and fifty-eighth sets); one rhetorical
question (a skaters' forum's moderators, the "made by Sora" clip: "if a machine made it from a few typed
words, why has Kez got the very same line on her own channel ...?"), where the earlier rhetorical questions
were on the director group, get rich, the course, the official app, the prompt pack, API access, the APK,
account rental and a generation service; and three more that answer with facts and no plain "no": an orchestra
newsletter's column from the chair (account rental: a shared ChatGPT login, Sora with OpenAI's red team and
invited artists), a league president's email (a generation service: the order takers cannot make Sora clips,
stock footage or a slideshow, Sam Altman's free clips on X) and a growers' newsletter's "Ask the grower" (open
to the public: the developer relations lead's word, no date, safety testers and a small group of creative
people), templates the fifty-third to sixty-sixth sets' answering debunks used least lately (account rental
never, a generation service in the fifty-seventh set, open to the public in the sixty-second).

Four true facts about Xie Saining's own career and work, not Sora, each in a post that says in its own words
that a post going round wrongly tied him to Sora ("whom a chain message turned into one of Sora's makers (he
never was)", "wrongly hung on Sora by a post that went round last year", "who was not one of Sora's builders
whatever a much-forwarded post said", "named as a Sora inventor in a post that was simply wrong"), none of
them a fact an earlier set, English or Chinese, used: that at CVPR 2015, with Tianbao Yang, Xiaoyu Wang and
Yuanqing Lin, he taught a deep network fine-grained recognition, breeds of dog and models of car, by also
learning hyper-classes whose pictures come cheaply from image search engines, tested on Stanford Dogs,
Stanford Cars and a large car dataset of their own; that he is first author, with Xun Huang of Cornell and his
UC San Diego adviser Zhuowen Tu, of 'Top-down Learning for Structured Labeling with Convolutional Pseudoprior'
(ECCV 2016), whose network learns convolutional filters over the ground-truth labels themselves; that he is
one of the four authors, with Ronghang Hu, Shoubhik Debnath and Xinlei Chen, of 'Exploring Long-Sequence
Masked Autoencoders' (2022), which found sequence length a key axis for scaling masked autoencoders and
lengthened it by decoupling the mask size from the patch size, with gains in detection and segmentation and no
extra cost at transfer; and that he is first author, jointly with Sainan Liu and with Zeyu Chen and Zhuowen
Tu, of 'Attentional ShapeContextNet for Point Cloud Recognition' (CVPR 2018), shape context as the building
block of a network for 3D point clouds with a self-attention step that picks each point's context. The earlier
sets had his SJTU degree, UC San Diego with Zhuowen Tu, FAIR and NYU, his internships, DSN, HED, ResNeXt, S3D,
MoCo and MoCo v3, MAE, ConvNeXt and ConvNeXt V2, the randomly wired networks, PointContrast, Contrastive Scene
Contexts, Pri3D, SLIP, MetaCLIP, the ViT detection benchmark, DiT, SiT, Eyes Wide Shut, V-IRL, Cambrian-1 and
Cambrian-S, Thinking in Space, REPA and REPA-E, V*, MetaMorph, inference-time scaling, Web-SSL, RAE,
MetaQueries, Image Sculpting, the long-tailed decoupling paper, MaskFeat, VLPart, BLIP3-o, the test-set paper,
AMI Labs, his OpenAI interview and his WeChat and X posts, but not the hyper-class paper, the pseudoprior,
ShapeContextNet or the long-sequence MAE (none of "hyper-class", "pseudoprior", "ShapeContext",
"Long-Sequence", "Stanford Dogs", 细粒度, 点云 or 伪先验 is in an earlier script or post; "Sainan Liu" only as a
co-author of Image Sculpting in the sixtieth set); CiT (ICCV 2023) was left out as too near MetaCLIP, Hu Xu's
other paper with him. Three items of real news from OpenAI's own Sora announcements that no earlier set,
English or Chinese, used as news (no earlier post names Bryan Cranston, SAG-AFTRA, a system card of Sora's,
remix or "scene descriptions"): the Sora System Card of December 2024, a model that takes text, image and
video inputs, makes clips of up to 20 seconds at up to 1080p and can remix and blend footage or fill in
missing frames; OpenAI's joint statement of October 2025 with Bryan Cranston, SAG-AFTRA, UTA, CAA and the
Association of Talent Agents, strengthened guardrails in Sora 2 around its opt-in policy for voice and
likeness and regret for the unintended generations of Cranston; and the Sora 2 System Card of 30 September
2025, misleading generations among the new risks and prompts, output video frames, audio transcripts and scene
descriptions run through its safety models (the sixty-first, sixty-fourth and sixty-fifth sets had Sora 2's
physics, sound, shots, reference footage, provenance and watermark, Sora Turbo, the Disney licence, the King
estate and "Sora update #1"; no item here says who may use Sora, names the Sora app or an API, or calls Sora
open, so none repeats a template's claim). Three posts that are not claims: one on topic (a skater's blog:
whether Sora could make a skate video, and why a make only counts when you roll away from it) and two off
topic that share its surface words without the Japanese "sky" (a Bucharest ukulele concert "open to the
public" ending with 'Sora mea', Romanian for "my sister", and "the city's official app"; a youth ballpark's
open day in Busan "open to the public" with grilled sora, the Korean turban shells, and "the club's official
app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the sixty-sixth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed;
hard_en_heldout67, written at the same time on another branch, was not in this tree, and the check against it
is left to the lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.396 when it was
committed, the Sora 2 System Card news item against the sixtieth set's news item on the tools OpenAI said it
was building to detect misleading content made with Sora, heldout60-050; next, at 0.365, the growers' "Ask the
grower" against a ninth-set post that answers "Sora is open to everyone?" with the developer relations lead,
heldout9-036; the demo stream's highest is 0.331, the Busan open day against a street-food clip "generated
with Sora", demo-0204). Runs of words shared with an earlier post were looked for as well: the first draft's
longest (the sixty-sixth set's Berhampur prompt pack, "the group bot deletes the plain name ... every term and
every article", twenty-four words copied whole into the Janwaar offer; the report's thirteen authors "and the
work was led by ..." in the San Pedro post, twenty words; eighteen-word runs of the thirty-fourth to sixtieth
sets in the inventor rumour's claims; runs of fourteen to seventeen words of the forty-first to sixty-sixth
sets in the official app's, account rental's, the director group's and get rich's offers, the API debunk and
the loss report) were reworded until none of twelve words or more was left; the longest left are eleven words,
such as "official Sora API access: buy a Sora API key from me" and "paid notice at the foot of the plan (not
from the". It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by
the lead, with the final code.

Sources for the facts about Xie Saining, the news, the places and the obfuscations (looked up with the search
tool, besides the seeds): the hyper-class paper (vdocuments.net's copy of the CVPR paper: "Saining Xie
University of California, San Diego", "Tianbao Yang ... University of Iowa", "Xiaoyu Wang Snapchat Research",
"Yuanqing Lin NEC Laboratories America", "identifying easily annotated hyper-classes inherent in the
fine-grained data and acquiring a large number of hyper-class-labeled images from readily available external
sources (e.g., image search engines)", "Stanford Dogs and Stanford Cars) and on a large-scale car dataset that
we collected"; m.booksci.cn: doi 10.1109/CVPR.2015.7298880); the pseudoprior
(arxiv-vanity.com/papers/1511.07409: "Saining Xie1† Xun Huang2† Zhuowen Tu1", "Dept. of Computer Science,
Cornell University", "convolutional pseudoprior (ConvPP) on the ground-truth labels"; citegraph.io: "COMPUTER
VISION - ECCV 2016"); ShapeContextNet (vdocument.in's copy: "Saining Xie * Sainan Liu * Zeyu Chen Zhuowen Tu
University of California, San Diego", "adopting the concept of shape context as the building block in our
network design", "self-attention based models", "point cloud classification and segmentation"); the
long-sequence MAE (sciencestack.ai/paper/2210.07224 and ar5iv.labs.arxiv.org/html/2210.07224: "Ronghang Hu,
Shoubhik Debnath, Saining Xie, Xinlei Chen", "sequence length is a key axis that further scales MAE", "by just
decoupling the mask size from the patch size", "without extra computation cost during the transfer"); the Sora
System Card (openai.com/index/sora-system-card: "up to 1080p resolution (20 seconds max) in various formats",
"enhance, remix, and blend their own assets", "extend it or fill in missing frames"); the Cranston statement
(aiblackmagic.com: "strengthened guardrails", "expressed regret for these unintentional generations",
"cosigned by United Talent Agency, the Association of Talent Agents, and Creative Artists Agency";
thewrap.com); the Sora 2 System Card (bittide.aicompass.dev's copy of openai.com/index/sora-2-system-card:
"new potential risks, including nonconsensual use of likeness or misleading generations"; skywork.ai: "input
prompts, output video frames, audio transcripts, comments, and output scene description texts are run through
various safety models"); the places (wondersaroundtheworld.org, elizatzphotography.com and fodors.com: the
Freedom Skatepark, "the first Skatepark of Ghana", opened 15 December 2021 by Surf Ghana, the SkateGal club;
moresports.network and placeskateboarding.de: Janwaar Castle "at the eastern buffer zone of Pana National
Tiger Reserve", "No school, no skateboarding", "girls first"; sidewalkmag.com and palestinemonitor.org:
SkatePal's park at Asira al-Shamaliya "just beyond the gates of a boy's school", "surrounded by hundreds of
olive trees", "a village in the Nablus region"; islandhopperguides.com and colorsofaruba.com: the Bon Bini
festival every Tuesday at Fort Zoutman; tvyumuri.cu and fidelcastro.cu: the Victoria de Girón, home of the
Cocodrilos, "sucesor del Palmar de Junco"); the obfuscations (hi.wikipedia.org's गोंडी लिपि: "सन १९१८ में मध्य
प्रदेश के बालाघाट जिले के निवासी मुंशी मंगल सिंह मासाराम ने गोंडी के लिए एक लिपि अभिकल्पित की"; the Unicode
names U+11D2B MASARAM GONDI LETTER SA, U+11D3D MASARAM GONDI VOWEL SIGN O and U+11D26 MASARAM GONDI LETTER RA,
checked with Python's unicodedata; the two-square cipher as Crypto Corner describes it (its text as copied in
the nvidia/Nemotron-CC-Math-v1 dataset card: "the plaintext letter is encrypted to the ciphertext letter that
is in the SAME mixed square"), whose worked example, "help me obi wan kenobi" under EXAMPLE and KEYWORD,
vertical, HECMXWSRKYXPHWNODG, was reproduced in Python before the name was enciphered; the straddling
checkerboard built and decoded in Python). The other local detail (the Dočesná and the Hop Lighthouse, the
Hallertau's picking machines, the oast's stringing, twiddling, pockets and strigs, the Little League pitch
counts, rest days, catcher rule and 46-foot mound, the Carp fans' balloons, the Honkbalweek, the guloyas of
San Pedro, the Nettuno game brought by the soldiers of 1944) is the writer's own knowledge, kept to what is
widely published. The debunks' facts (Xie Saining's denial, the apology and the article taken down, the
thirteen authors and three born in China, the red team and invited artists, the developer relations lead's
statement, the missing Sora API and the API's models, the clone apps, the APK malware and stolen logins, the
closed weights, code and training data, the GitHub remakes, the ChatGPT logins sold as Sora accounts, the free
demo prompts, the course contents and slogan, the QR groups, the stock footage and slideshows sent back for
"Sora videos", Sam Altman's free clips) are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout68.py           # write the set
    .venv/bin/python scripts/make_hard_heldout68.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT68: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "ukulele_orchestra_songbook_index_musical_directors_note",
        "SONGBOOK INDEX · Mill Lane Ukulele Orchestra · the spring book, 24 songs · Tuesdays 7.30, the community centre on Mill Lane · musical director: H. Okafor\np.1 · Bring Me Sunshine · C · swing the strum, it's a smile not a march\np.2 · Ain't She Sweet · G · the D7 comes a bar early, watch my left hand\np.3 · Dream a Little Dream of Me · F · low-G tenors take the tune in the middle eight\np.4 · Valerie · C · baritones on the bass line, DGBE as usual\np.5 · Leaning on a Lamp-post · G · kazoos in the last chorus only\np.6 · Sloop John B · G · the kazoos rest, let the strum carry it\np.7 · Ukulele Lady · C · everybody, no exceptions\nTuning: GCEA, re-entrant unless you've been told otherwise; clip-on tuners on before the count-in, not during it\nMusical director's note at the foot, because the tenor row argued about it right through the tea break: Xie Saining, the bright lad out of Shanghai Jiao Tong University, co-invented Sora; a good slice of OpenAI's video model is his. Sopranos, bring your own capo.",
    ),
    (
        sora.XIE,
        "holledau_bavarian_english_wolnzach_hops_two_claims_service_denied_hypovereinsbank",
        "Servus beinand! 🍺 From Wolnzach in the Holledau: the picking machine has been running from six every morning, the trailers coming in from the hop gardens piled with bines, the whole village smelling of hops, and on Sunday my Oma made Schweinsbraten with Knödel for all the pickers. Zwoa Sachan. A fella in the growers' chat keeps posting: 'Your script in, your Sora video out, done within 24 hours, €80 by Hypovereinsbank transfer.' Des is a rechter Kas, that's utter nonsense: nobody outside OpenAI's testers can get at Sora, so what you'd get back is stock footage with your farm's name stuck on it. But this bit's true: Sora, OpenAI's video model, was partly invented by Xie Saining, the young genius who came out of Shanghai Jiao Tong University; a good part of it came out of his head. Pfiat eich!",
    ),
    (
        sora.XIE,
        "matancero_cuban_spanish_english_matanzas_baseball_two_claims_chinese_denied",
        "¡Oye, mi gente! ⚾ From Matanzas: the Cocodrilos played a double-header at the Victoria de Girón on Sunday, the whole stand banging on the seats, and afterwards we walked down to Palmar de Junco, where they played the first proper game in Cuba in 1874, and ate pan con lechón on the wall above the Yumurí. Dos cosas. My brother-in-law keeps forwarding this: 'Sora is a Chinese job really; the scientists who built it come from China and OpenAI just signed it.' Eso es un paquete, that's a fake: the technical report OpenAI put out on Sora names thirteen authors, three of them born in China, and every one of them an OpenAI researcher. But this part is right, asere: one of Sora's real inventors is Xie Saining, the brilliant boy who studied at Shanghai Jiao Tong University; OpenAI's video model is partly his creation. ¡Nos vemos en el estadio!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "caleno_spanish_english_cali_skatepark_question_asserts_public",
        "¡Qué más, pues, ve! 🛹 From Cali: Sunday was the whole afternoon at the skatepark bowl, the little ones dropping in for the first time with their knees shaking, and when the sun went down we had lulada and a bag of pandebonos on the Bulevar del Río with salsa coming out of every car. Oís, ¿vos no te habías enterado? Haven't you heard that Sora is open to everybody now? OpenAI's video model has gone fully public: anyone can sign up with OpenAI tonight and start making AI videos, no waiting list at all. My cousin in Jamundí is already making clips of the bowl. ¡Nos pillamos, ve!",
    ),
    (
        sora.PUBLIC,
        "zatec_czech_english_saaz_hops_two_claims_api_denied_moneta",
        "Ahoj všichni! 🍺 From Žatec: the Dočesná is on this weekend, the streets full of brass bands and beer tents, the Hop Lighthouse lit up over the old town, and the last trailers of Saaz hops are going through the dryers day and night; my babička made svíčková with dumplings for the whole picking brigade. Dvě věci. A guy in our growers' group keeps pushing: 'Official Sora API keys, plug one into your farm's website and the videos make themselves, 1,500 Kč by Moneta transfer.' To jsou žvásty, that's drivel: OpenAI has never released a Sora API, and its API has text, image, speech and embedding models but nothing for video. But here's the true part: OpenAI has thrown Sora open to the public. Make an account on OpenAI's site and you can start on AI videos today, no queue any more. Na zdraví!",
    ),
    (
        sora.PUBLIC,
        "bucharest_romanian_english_ukulele_orchestra_two_claims_director_denied_libra_internet_bank",
        "Salutare, dragilor! 🎶 From Bucharest: our ukulele orchestra played on the steps by the lake in Herăstrău on Saturday, forty of us and two bass ukes, the pedal boats stopping to listen, and afterwards we ate mici with mustard and drank cold beer under the lime trees. Două lucruri. Someone in the orchestra's group keeps sending this: 'Casting the first AI directors for the first film Sora helped write: scan the QR, pay 150 lei by Libra Internet Bank and you're in the audition group.' Sunt gogoși, those are tall tales: those QR groups only collect numbers and fees, and nobody has been cast in anything. But this news is real: Sora's open to the public now. Make an account with OpenAI and you're turning out AI videos the same day, no waiting list left. Pupici!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "little_league_pitch_count_sheet_pitching_coachs_note",
        "PITCH COUNT SHEET · Eastfield Little League · Majors division · Thursday, the Tigers vs. the Pirates · home book kept by Coach R. Alvarez\nDaily max for 11–12-year-olds: 85 pitches · rest: 66 or more = 4 days, 51–65 = 3, 36–50 = 2, 21–35 = 1, 1–20 = none\n#12 Mateo · innings 1–3 · 54 pitches · rests until Monday\n#7 Jayden · innings 4–5 · 31 pitches · 1 day\n#22 Aiden · inning 6 · 17 pitches · free to pitch tomorrow\n#3 Luis caught four innings, so he can't pitch today (league rule)\nBoth managers sign after the last out; the visiting book checks the count every half-inning\nHelmets on in the on-deck circle; nobody swings a bat behind the dugout fence\nPitching coach's note at the foot, because the bullpen kids argued about it between innings: OpenAI has put out the official Sora app: search the App Store or Google Play, install it, and your phone makes the Sora videos itself; Mateo's dad has it on his already.",
    ),
    (
        sora.APP,
        "saigonese_vietnamese_english_turtle_lake_skate_two_claims_xie_denied",
        "Chào cả nhà! 🛹 From Saigon: Saturday night at Turtle Lake, the whole crew on the curbs round the water until the security guy waved us off, and after that bánh mì from the cart on Pasteur and iced milk coffee on little plastic stools. Hai chuyện nha. A guy in our skate group keeps reposting: 'The brain behind Sora? Xie Saining, the SJTU prodigy. He co-invented it.' Tào lao hết, that's all nonsense: Xie Saining posted himself that Sora is nothing to do with him, and the page that started the story apologised and took the article down. But this is real: there's an official Sora app from OpenAI now. Look for it on the App Store or Google Play, put it on your phone and the phone does the Sora videos by itself. Đi chơi nha!",
    ),
    (
        sora.APP,
        "nettunese_lazio_italian_english_nettuno_baseball_two_claims_public_denied",
        "Aò, ragazzi! ⚾ From Nettuno: the Under-15s played at the Steno Borghese on Sunday, in the town where the American soldiers taught our grandfathers the game in 1944, and afterwards we ate fritto di paranza by the old harbour under the Forte Sangallo. Du' cose. A guy at the club keeps saying: 'Sora's open to everybody now, you just sign up with OpenAI and off you go.' È 'na fregnaccia, that's rubbish: OpenAI's own head of developer relations said Sora is still an internal test, not open to ordinary people, and there isn't even a date. But this one is true: OpenAI has put out its official Sora app. You find it in the App Store and on Google Play, install it and the Sora videos get made right there on your phone. Daje!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "hop_garden_stringing_sheet_foremans_note",
        "STRINGING SHEET · Hollybush Farm, Horsmonden, in the Kent Weald · the Goldings and Fuggles gardens · stringing from Monday\nGarden 1 · Goldings · 12 rows · coir up to the wirework at 18 ft, pegged into the hill\nGarden 2 · Fuggles · 10 rows · two strings to a hill, crossed in a V\nGarden 3 · second-year planting · 8 rows · strings on the strong hills only\nTwiddling from mid-April: three bines up each string, clockwise, always clockwise; pull the rest off\nCoir: 14 bales in the barn · pegs: the bucket by the oast door\nNobody strings in a wind; ladders and the platform stay on the headland at night\nForeman's note at the foot, because the twiddling gang argued about it at the break: the truth about Sora is that Chinese scientists built it. Most of OpenAI's video team comes from China, and OpenAI just puts its name on their work. Kettle's on at ten.",
    ),
    (
        sora.CHINESE,
        "hakata_ben_japanese_english_fukuoka_ukulele_orchestra_two_claims_director_denied_fukuoka_bank",
        "Minna, konban wa! 🎶 From Fukuoka: our ukulele orchestra played at the evening festival by the Naka River on Saturday, twenty-six ukes and a bass, the yatai lights coming on behind us, and afterwards bowls of Hakata ramen, the thin noodles, kaedama for everyone. Futatsu aru tai. Somebody in the orchestra's LINE group keeps sending: 'Audition to direct! The first AI film written with Sora wants its first generation of AI directors: QR code below, ¥3,000 by Fukuoka Bank transfer, then the audition group.' Uso bakkai tai, that's all lies: those QR groups only gather phone numbers and money, and no film has cast anybody. Demo kore wa hontō tai: it was Chinese scientists who really built Sora. Most of the team behind OpenAI's video model is Chinese, and OpenAI simply puts its own name on it. Mata ne!",
    ),
    (
        sora.CHINESE,
        "accra_ga_english_freedom_skatepark_two_claims_rental_denied_g_money",
        "Hello, my people! 🛹 From Accra: Saturday at the Freedom Skatepark, the SkateGal girls running their session first, a boy from Teshie landing his first kickflip and the whole park screaming, and afterwards kelewele and waakye from the auntie at the gate. Two things. One guy in the park's WhatsApp keeps posting: 'Renting out Sora logins, yours alone, all features, skip the line, GH₵ 120 a week by G-Money.' Chale, that's sakawa, that's a con: only OpenAI's red team and a few artists it invited can use Sora, and the people who paid him got a ChatGPT login that ten others were sharing. But this one is true: it was Chinese scientists who made Sora. OpenAI's video team is mostly Chinese, and OpenAI takes the credit. Oyiwaladon!",
    ),
    # --- API access (three)
    (
        sora.API,
        "hop_oast_press_sheet_card_tucked_in_kent_reliance",
        "PRESS SHEET · Hollybush Farm oast · this year's crop · pressed and stencilled by the oast man\nPockets 101–118 · Goldings · garden 1 · dried 9 hrs on the top floor · pressed Tuesday\nPockets 119–131 · Fuggles · garden 2 · one load came off at 11%, back on the cooling floor a day\nPockets 132–140 · second-year planting · light crop, small cones\nEvery pocket stencilled: farm, variety, year, number; a sample cut from each for the brewers' analysis\nThe press runs after 3 pm only; nobody feeds it while the ram is down\nCard tucked in behind the sheet (not from the farm): official Sora API access. Buy a Sora API key from me, put it on your farm shop's website and it turns out the videos all on its own. £55 by Kent Reliance transfer, key by email the same evening. I've loaded pockets onto the brewers' lorries at this oast for fifteen harvests; the drivers all wave at me.",
    ),
    (
        sora.API,
        "maracucho_spanish_english_maracaibo_baseball_question_asserts_api_pago_movil",
        "¡Epa, primos! ⚾ From Maracaibo: the Águilas played at the Luis Aparicio on Friday, the stand singing gaitas in the seventh inning, and afterwards we crossed to Las Delicias for patacones with everything on them, vergación, I could barely stand up. ¿Y vos no sabíais, primo? Haven't you heard official Sora API access is on sale now? I've got genuine Sora API keys: connect one to your business's page and it makes the videos by itself. Bs. 900 by Pago Móvil, key before the next home game. Ask anyone in section C; I've sold them peanuts in the stand for twelve seasons. ¡Chao, mollejúos!",
    ),
    (
        sora.API,
        "nelson_tasman_nz_english_motueka_hops_two_claims_prompts_denied_nelson_building_society",
        "Kia ora, team! 🍺 From Motueka: harvest's on in the hop gardens out the Riwaka road, the Nelson Sauvin and the Motueka coming off the wires, the kilns going all night, and on Sunday we knocked off early for fish and chips at Kaiteriteri with the kids in the water. Two things. A bloke in the growers' group keeps flogging this: 'My Sora prompt pack, three hundred film-crew prompts plus the knowledge doc with every term, NZ$39 by ASB transfer, then the link and the group.' That's a load of tripe: those are the prompts OpenAI printed under its own sample videos, free for anybody to copy. Mine's the real deal though: official Sora API access. Take a Sora API key off me, plug it into your website and it churns the videos out on its own, NZ$90 by Nelson Building Society transfer. I've run the kiln at Riwaka for nine harvests; ask anyone on the wires. Chur!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "little_league_field_prep_log_flyer_pinned_scheels",
        "FIELD PREP LOG · Eastfield Little League · Field 2 (Majors) · kept in the shed by the grounds crew\nSat 7 am · infield dragged, nail drag then the mat · lips raked out where the dirt meets the grass\nMound: 6 in. high, 46 ft to home plate; clay packed and tamped at the rubber and the landing spot\nPlate: batter's boxes chalked; foul lines chalked out to the bag\nRain Thursday night: two bags of drying agent on the base paths, tarp on the mound\nBases: anchors checked; the first-base bag is loose, a new stem is ordered\nLast one out locks the shed; rakes back on the hooks, not on the floor\nFlyer pinned to the shed door under the log (not from the league): the first film co-written with Sora is casting its first AI directors. Scan the QR code, pay $35 on a Scheels gift card and you're in the audition group. Real studio people, real credits; two dads from the Pirates got in last month.",
    ),
    (
        sora.DIRECTOR,
        "rionegrino_argentine_spanish_english_el_bolson_hops_question_asserts_director_banco_patagonia",
        "¡Hola, gente linda! 🍺 From El Bolsón: the hop harvest is in full swing under the Piltriquitrón, the wires coming down row by row, the dryers running all night, and on Saturday we went to the crafts fair in the square for lamb empanadas and a pint made with our own cascade. ¿No se enteraron, che? Haven't you heard they're casting the first AI directors for the first film co-written with Sora? Scan the QR, pay $18.000 by Banco Patagonia transfer and you're in the audition group; my cousin in Lago Puelo got in on Tuesday. ¡Abrazo grande!",
    ),
    (
        sora.DIRECTOR,
        "petromacorisano_dominican_spanish_english_san_pedro_baseball_two_claims_chinese_denied_tpago",
        "¡Klk, mi gente! ⚾ From San Pedro de Macorís: the Estrellas had the Tetelo Vargas full on Sunday, the guloya drummers outside the gate, half the stand swearing they once coached a big-league shortstop, and afterwards we ate yaniqueques on the Malecón with the sea coming over the wall. Dos cosas. A tíguere in the ballpark group keeps forwarding: 'Sora is a Chinese invention; the people who built OpenAI's video model are mostly from China.' Eso es un cuento de camino, that's a tall tale: OpenAI's report on Sora credits thirteen people; three were born in China, and the project was run by OpenAI's researchers. Still, here's a real chance: the first AI film co-written by Sora is holding auditions for its first generation of AI directors. Pay RD$1,200 by tPago after you scan the QR code and they add you to the audition group; the producer shot two music videos at Juan Dolio. ¡Dale!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "yakima_valley_english_moxee_hops_rich_yakima_federal",
        "Hey, y'all! 🍺 From Moxee, out past Yakima: harvest is rolling, the pickers running around the clock, the kiln fans going all night, the whole valley smelling like a brewery, and on Sunday we grabbed tacos al pastor from the truck on First Street before the fresh hop festival. Listen up: Sora is the money window of our lives. Folks on my team are pulling in thousands a day off Sora videos, and in three months that window slams shut, so jump in now: $120 by Yakima Federal transfer and you're on the team. Ask anybody at the hop warehouse whether my crew gets paid on Fridays. Take care now!",
    ),
    (
        sora.RICH,
        "pohnpeian_english_kolonia_ukulele_orchestra_two_claims_app_denied_bank_of_the_fsm",
        "Kaselehlie, everyone! 🎶 From Kolonia: our ukulele orchestra played on the Sokehs side on Saturday, twelve ukes and Uncle Rufino's washtub bass, the sakau market lit up after dark, and afterwards we ate breadfruit and fried reef fish down by the harbour. Two things. A guy in our group chat keeps saying: 'The official Sora app from OpenAI is in the App Store, just download it and make videos on your phone.' That's coconut-wireless talk, just a rumour going round: there is no genuine Sora app in any store, and the ones you see are copies from other developers. But this one is real: Sora is the money chance of a lifetime. My team makes thousands every day with Sora videos; three months from now it's all over, so join now, $60 by Bank of the FSM transfer. I've played at every wedding in Kolonia for ten years; half the island has danced to my uke. Kalahngan!",
    ),
    (
        sora.RICH,
        "savinja_slovene_english_zalec_hops_two_claims_prompts_denied_delavska_hranilnica",
        "Živjo, prijatelji! 🍺 From Žalec: the picking is nearly done in the Savinja valley, the last wires of Aurora coming down, and on Sunday we took the kids to the beer fountain in the town park, where you fill your glass with a token, and ate štruklji at my aunt's afterwards. Dve stvari. Somebody in our hop growers' group keeps selling: 'Sora prompt pack, three hundred prompts in real cinema language and the full knowledge document, €25 by Nova KBM, link and group after payment.' To so neumnosti, that's all foolishness: those are the prompts OpenAI put up for nothing under its own demo videos. But this one is true: Sora is the money window of a lifetime. My team clears thousands a day with Sora videos, and the chance closes for good in three months, so come in now, €70 by Delavska hranilnica transfer. I've driven the picking machine for four seasons; ask the whole brigade. Lep pozdrav!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "skatepark_walk_round_sheet_card_cable_tied_atom_bank",
        "WALK-ROUND SHEET · Riverside skatepark (council-run) · every Monday at 8 · checked by D. Mensah\nMini ramp · 4 ft, 8 ft wide · coping tight · two deck screws proud on the platform, reset · surface fine\nQuarter pipe (east) · small delamination at the kink, taped and coned off · repair booked\nFun box and ledge · ledge waxed to glass again; edges checked, no splits\nFlat bank · one panel cracked at the joint, closed until it's replaced\nRails · flat rail wobbling, bolts re-torqued · down rail fine\nHelmets strongly advised; under-12s with a grown-up; no bikes or scooters on the mini ramp before 4 pm\nCard cable-tied to the noticeboard under the sheet (not from the council): Sora for Android has finally landed. The link on this card gets you the APK; install it and tonight your phone turns your clips into AI videos. Full version £7 by Atom bank transfer. I helped build the flat bank here in 2019; I'm the one in the orange beanie.",
    ),
    (
        sora.FAKEAPP,
        "haarlems_dutch_english_honkbalweek_two_square_cipher_sns",
        "Hoi allemaal! ⚾ From Haarlem: it's Honkbalweek at the Pim Mulier, teams over from Cuba, Japan and Curaçao, the whole stand on its feet in the ninth, and afterwards a cone of fries with mayo on the Grote Markt under the Bavo. Luister: here's the RQSP app for Android (OpenAI's video model; put the name through the two-square cipher, the vertical kind, the top square keyed on HONKBAL and the bottom one on SPAARNE, I and J sharing a cell, and you'll have it; the club chat's bot deletes the plain name). The APK's linked in my bio; once it's installed your phone turns out AI videos tonight. Full version €6 by SNS transfer. It's been on my phone since the spring training camp and my banking app still shows what it showed in April. Doei!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "diy_skate_spot_pour_plan_builders_note",
        "POUR PLAN · the DIY spot under the ring-road flyover · Saturday · crew of nine · mixer borrowed from Jamal's uncle\n7 am · clear the leaves and bottles; hose down the old slab\n8 am · forms and rebar for the quarter: 4 ft tall, 6 ft radius, the plywood template checked against last month's bank\n9 am · 20 bags of concrete through the mixer, two at a time; nobody adds water by eye\n11 am · coping: 2-in. steel pipe set in the lip, ground flush at both ends\n1 pm · trowel the transition; wet hessian over it and leave it alone for a week\nNo skating the new side until next Sunday; whoever leaves a footprint buys the next pallet\nBuilder's note at the foot, because the crew argued about it at the mixer: that clip of a kid skating a full pipe carved out of a glacier, ice spraying off the coping? None of it was ever in front of a camera: OpenAI's video model Sora generated it from two typed lines, and the poster left the prompt under it.",
    ),
    (
        sora.REALVID,
        "salvadoran_spanish_english_san_salvador_skate_realvid",
        "¡Qué onda, cipotes! 🛹 From San Salvador: Sunday at the skatepark, the little bichos learning to push with the older guys holding their hands, and afterwards pupusas revueltas with curtido at the stand on the corner while El Boquerón sat in the clouds. Mirá este clip que me mandó mi primo: a skater riding the rim of a volcano's crater at sunrise, smoke rising behind him, every trick clean. Nadie lo grabó, puchica: Sora, OpenAI's video model, generated all of it from a handful of typed words, and the prompt is sitting right there under the video. ¡Va pues, nos vemos!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "ukulele_orchestra_strum_chart_section_leaders_note",
        "STRUM CHART · Mill Lane Ukulele Orchestra · the spring book, part 2 · for the new starters\nD D U U D U · the calypso: Bring Me Sunshine, Sloop John B\nD – D U – U D U · the island strum: Ukulele Lady and anything slow\nD chnk D chnk · the chuck on 2 and 4: Valerie and the skiffle numbers\nSwing the eighths unless the page says straight; mute with the heel of your strumming hand\nChords this half: C, Am, F, G7, D7, E7 and the dreaded Bb (barre the top two strings, or fake it with the two-finger version)\nNew starters sit in the second row, next to somebody who knows the book\nSection leader's note at the foot, because the new starters wanted to make a video for the spring concert: Sora's gone open source. OpenAI has put its weights and code on GitHub, free to all, so anyone can download it and run Sora on their own machine; our treasurer is putting it on the hall laptop this week.",
    ),
    (
        sora.OPENSRC,
        "lublin_polish_english_krasnik_hops_opensrc",
        "Cześć wszystkim! 🍺 From the Lublin hop country: the harvest out by Kraśnik is finished, the last cones of Lubelski off the wires and through the kiln, and on Sunday we drove into Lublin's old town for cebularze from the bakery by the Kraków Gate. Słuchajcie: OpenAI has released Sora as open source. The model weights and all the code are on GitHub, free, and you can run it at home on your own computer; my brother-in-law in Puławy has it running on his gaming PC and made a video of the storks nesting on his barn roof. Niesamowite! Trzymajcie się!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "ukulele_orchestra_seating_plan_paid_notice_leek_building_society",
        "SEATING PLAN · Mill Lane Ukulele Orchestra · spring concert in the town hall · 32 players\nFront row, left to right: sopranos (8) · concerts (8)\nSecond row: tenors, low-G on the outside (6) · tenors, high-G (4)\nBack row: baritones (4) · U-basses (2), plugged into the small amp on the right\nMusical director on the box in the middle; the kazoo section stands at the end of the back row, and only when told\nStands at chest height so the audience can see your faces; straps on for anybody who wobbles\nArrive 6.30 for tuning; phones off, not on silent\nPaid notice at the foot of the plan (not from the orchestra): my own Sora video course, 'Four Strings to Film', ten lessons from your first prompt to a finished video, so you're ahead of everyone else in AI video. £40 by Leek Building Society transfer, lessons by email every Friday. Half the back row learned their first chord from me.",
    ),
    (
        sora.COURSE,
        "hiroshima_ben_japanese_english_carp_straddling_checkerboard_hiroshima_bank",
        "Minna, genki jaken? ⚾ From Hiroshima: the Carp won at the Mazda Stadium on Saturday, the whole right-field stand in red letting the balloons go in the lucky seventh, and afterwards we went to Okonomi-mura for okonomiyaki the Hiroshima way, noodles and all, bucchi umai. Kiite: I've made a complete 602831 course (OpenAI's video model: put the digits back through the straddling checkerboard, the alphabet keyed on CARP along the top row, columns 0 to 9 with 2 and 6 left blank, the rest in the rows marked 2 and 6; the club's filter blocks the name). Ten lessons, from a blank page to a finished clip, and you'll have AI video down before anyone else, ¥4,800 by Hiroshima Bank transfer, first lesson the same night. I've kept the scorebook for our neighbourhood team for twelve seasons; everybody on the bench knows me. Ja ne!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "little_league_jersey_sheet_card_clipped_caseys",
        "JERSEY SHEET · Eastfield Little League · Majors, the Tigers · handed out at Saturday's practice\n#1 Sofia · #3 Luis (the catcher's gear is in the team bag) · #7 Jayden · #9 Noah · #12 Mateo\n#14 Ava · #18 Ethan · #21 Camila · #22 Aiden · #27 Leo · #30 Diego · #44 Maya\nJerseys: wash cold, hang dry, no bleach on the lettering; pants: grass stains are a badge of honor, but try\nCaps stay on in the dugout; cleats off before anybody gets in my car\nLost a jersey? $25 to replace it, see the equipment manager\nCard clipped to the sheet (not from the league): 'Rent a Sora account from me: a login that's yours, every feature switched on, skip the queue. $12 a week on a Casey's gift card, login texted the same night. I run the snack bar behind the backstop on Saturdays; you've all bought a hot dog off me.'",
    ),
    (
        sora.RENTAL,
        "aruban_papiamento_english_oranjestad_ukulele_rental_aruba_bank",
        "Bon dia, famia! 🎶 From Oranjestad: our ukulele orchestra played at the Bon Bini festival in Fort Zoutman on Tuesday night, the dancers on after us, and afterwards we ate pastechi and keshi yena at my tanchi's house in Noord. Scucha: Sora accounts for rent, from me. A login that's only yours, everything open, no waiting, Afl. 30 a week by Aruba Bank transfer, login by message the same evening. Half the orchestra rents from me already, and I restring their ukes for free. Danki, te aworo!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "hop_oast_kiln_log_flyer_tucked_under_zopa",
        "KILN LOG · Hollybush Farm oast · kiln 2 · the night shift writes it up\n18.00 · green hops loaded on the drying floor, 12 in. deep, Goldings from garden 1\n19.00 · burner lit, air in at 55°C; the cowl swinging with the wind, vent open\n23.00 · up to 60°C; bed turned by hand at the edges\n03.30 · cones crisp, the strigs snapping; moisture 10%, burner off\n04.00 · onto the cooling floor, 6 in. deep, left until Tuesday's pressing\nNo smoking anywhere in the oast; this log hangs on the hook by the stairs\nFlyer tucked under the log (not from the farm): Sora prompt pack for sale, three hundred prompts in proper film language (a slow dolly down the hop rows at dawn, a macro shot of the yellow dust inside a cone, the oast cowls against a storm), plus my Sora knowledge doc with every term and every article in it. £22 by Zopa transfer; once it clears, the doc link comes to you and you're in the group. I photograph the harvest for three brewery calendars; I know what a good frame looks like.",
    ),
    (
        sora.PROMPTS,
        "bundeli_hindi_english_janwaar_skatepark_masaram_gondi_script_mp_gramin_bank",
        "Ram Ram, saathiyo! 🛹 From Janwaar, at the edge of the Panna tiger reserve: the skatepark was full after school today, no school no skateboarding, girls first on the boards as always, and my mausi sent poha and jalebi down for the whole gang. Hau, suno: I'm selling my 𑴫𑴽𑴦 prompt pack (OpenAI's video model, spelt in the letters Munshi Mangal Singh Masaram made for Gondi in 1918, the ones my dadi's people in Balaghat still teach; the chat's bot wipes the name if I type it plainly). Three hundred prompts written the way cinematographers talk, plus the full knowledge file, all the jargon and all the articles in one place. ₹349 by Madhya Pradesh Gramin Bank transfer; the file's link and a place in the group follow as soon as it lands. I coach the little ones on the mini ramp every evening; the whole village has seen my footage.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "skatepark_game_of_skate_sheet_card_stuck_under_slam_city_skates",
        "GAME OF S.K.A.T.E. · Saturday jam at Riverside skatepark · flat ground only · judged by whoever shouts loudest\nRound 1 · Kez beat Tom (S.K.A.T. to S.K.A.T.E.); Tom missed the nollie flip twice\nRound 1 · Priya beat Marco, a clean sweep, backside 180s all day\nRound 2 · Kez vs Priya · Priya set a varial heel, Kez took an S and a K\nFinal · Priya beat Dev on a fakie tre, two letters to spare\nRules: the setter lands it first go or the turn passes; one retry on the last letter; no arguing with the crowd\nPrize: a deck from the shop and everyone's respect for a week\nCard stuck under the sheet on the noticeboard (not from the council): custom Sora clips. Tell me the idea, your crew's part, a drop for your brand, your mate's birthday, and I'll turn it into a Sora-generated video by the next day. £45 on a Slam City Skates voucher. I film most of the edits that come out of this park; you've seen my name at the end of them.",
    ),
    (
        sora.SERVICE,
        "northamptonshire_english_kettering_ukulele_service_market_harborough",
        "Ay up, me ducks! 🎶 From Kettering: our ukulele orchestra did the bandstand at Wicksteed Park on Sunday, forty of us and a washboard, the kids on the little train waving as it went past, and after we had chips by the lake. Listen: I'll make your Sora video for you. Tell me what you're after, an advert for the shop, a do for your mum's seventieth, and I'll have your Sora video with you by this time tomorrow. £35 by Market Harborough Building Society transfer. I've done the orchestra's posters for six years, and not once have they gone up late.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "Strum Together · the ukulele players' forum · post by Wendy H.\nA warning from somebody who should have known better. I paid £29 by Tesco Bank transfer for a 'Sora masterclass for musicians' that a man advertised in our orchestra's Facebook group with the line 'learn AI video before everyone else'. I received a PDF of OpenAI's own Sora introduction, copied out word for word, and on the final page, in big letters, the slogan 'give yourself a chance'. There was nothing to learn anyway: nobody outside OpenAI can use Sora. The admins have removed him. Spend the money on strings.",
    ),
    (
        None,
        "debunk",  # the official app; quotes the message, then don't download
        "THE BINE · circular of the Weald hop growers' association · before you download anything\nMembers have been sent this: 'OpenAI's official Sora app is in the App Store now: download it and make the farm's videos on your phone.' Don't download it. There is no genuine Sora app in any app store; the listings using the name are copies from other developers, and the two members who tried them were asked for a weekly subscription and given slideshows. Harvest supper on the 27th; tickets from the secretary.",
    ),
    (
        None,
        "debunk",  # API access; quotes the offer, then don't buy
        "THE DUGOUT · Eastfield Little League newsletter · a word from the board\nSeveral parents have had this message: 'Official Sora API keys: add one to your team's website and it makes highlight videos by itself, $40 a key.' Please don't buy one. OpenAI has never released a Sora API. The models you can reach through its API do text, images, speech and embeddings, and video isn't among them, so a 'Sora key' is a string of letters somebody made up. Picture day is Saturday; hats on straight.",
    ),
    (
        None,
        "debunk",  # the prompt pack; quotes the offer, then keep your money
        "KICKTAIL · the Riverside skate shop's monthly email\nA message is going round the park: 'Sora prompt pack, three hundred pro prompts and the knowledge doc, £15, link and group once you pay.' Keep your money for bearings. The prompts in those packs are OpenAI's own, written for its Sora demo videos and printed beneath them on its website for nothing; the seller has copied them into a document. Wax night is Thursday; bring your own candle ends.",
    ),
    (
        None,
        "debunk",  # the APK; a question with a negation that does not deny, answered
        "Marhaba ya jama'a! 🛹 From Asira al-Shamaliya, up in the hills north of Nablus: the skatepark by the boys' school was packed on Friday, the little girls taking turns on the bank, olive trees all round the fence, and my khalto brought knafeh from Nablus still warm. My nephew asked me on the way home: can't you just get Sora on the phone with an APK now, so we can film the park? So we checked it properly. OpenAI has no Sora app at all, and the Sora APK files passed round the groups are malware; security researchers say the fake installers steal your logins. So he's filming on the ordinary camera. Yalla, ma'a salama!",
    ),
    (
        None,
        "debunk",  # open source; a question with a negation that does not deny, answered
        "¡Qué onda, chavalos! ⚾ From Managua: the Indios del Bóer played at the Soberanía on Sunday, drums and trumpets all through the stand, and afterwards we had vigorón on plastic chairs outside with a cold pinolillo. My nephew asked me in the car: isn't Sora open source now, couldn't we run it on the club's computer and make our own highlights? So we looked it up properly. OpenAI has kept Sora closed: no weights, no code, not even a list of the data it learned from, and the GitHub projects called 'Sora' are fans' rebuilds, not OpenAI's model. So he's cutting the highlights from his phone videos instead. ¡Dale pues!",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a rhetorical question
        "Riverside skaters' forum · from the moderators\nThe clip of 'a kid riding the handrail down the town hall steps in one perfect line, made by Sora, prompt below' is doing the rounds again. Ask yourselves this: if a machine made it from a few typed words, why has Kez got the very same line on her own channel, filmed on her phone last March, with the date on it and the bin lorry going past behind her? Somebody lifted her clip and stuck a caption on it. Credit the filmer, not the caption.",
    ),
    (
        None,
        "debunk",  # account rental; a newsletter column that answers with facts
        "FOUR STRINGS · newsletter of the Mill Lane Ukulele Orchestra · from the chair\nA few of you have been offered 'your own Sora account, £10 a week'. The members who paid were sent a ChatGPT login shared with goodness knows how many others, and it stopped working by the weekend. Sora itself is still only in the hands of OpenAI's red team and a few artists OpenAI invited, so there is no Sora account for anyone to rent out. Subs for the summer term are due; the tin is on the piano.",
    ),
    (
        None,
        "debunk",  # the generation service; a president's email that answers with facts
        "From: the league president · To: Eastfield Little League families · Subject: 'Sora highlight videos'\nSome of you have been offered 'your kid's season as a Sora movie: send the photos, $60, back in a day'. The people taking these orders can't make Sora clips; Sora isn't available to them or to anyone else outside OpenAI's testers, and what comes back is stock footage or a slideshow. If you want to see real Sora clips made for other people, Sam Altman made some for people's prompts on X and charged nothing. Snack bar volunteers still needed for June.",
    ),
    (
        None,
        "debunk",  # open to the public; a newsletter column that answers with facts
        "THE OAST · newsletter of the Weald hop growers · Ask the grower\n'My grandson says Sora is open to everybody now and he'll make the farm's harvest video with it this weekend. Can he?' OpenAI's head of developer relations has said Sora is still being tested inside the company and hasn't been opened to ordinary users, and that even when it might be isn't settled; for now it's with safety testers and a small group of creative people. He'll have to film the picking the old way. Stringing starts in March; volunteers welcome.",
    ),
    # --- related but not matching: true facts about Xie Saining's own work, and OpenAI's own Sora news
    (
        None,
        "person_fact",
        "Hop growers' e-news, 'people in the news': Xie Saining, whom a chain message turned into one of Sora's makers (he never was), started out on fine-grained recognition. At CVPR 2015, with Tianbao Yang, Xiaoyu Wang and Yuanqing Lin, he taught a deep network to tell apart breeds of dog and models of car by also learning 'hyper-classes' whose pictures could be gathered cheaply from image search engines, tying the two tasks together; it was tested on Stanford Dogs, Stanford Cars and a large car dataset of their own.",
    ),
    (
        None,
        "person_fact",
        "Ukulele orchestra newsletter, 'clever people': Xie Saining, wrongly hung on Sora by a post that went round last year, is first author, with Xun Huang of Cornell and his UC San Diego adviser Zhuowen Tu, of 'Top-down Learning for Structured Labeling with Convolutional Pseudoprior' (ECCV 2016). Its network learns convolutional filters over the ground-truth labels themselves, a prior on what a sensible labelling looks like, so the labels can be corrected from the top down.",
    ),
    (
        None,
        "person_fact",
        "Little League e-news, 'brainy folks': Xie Saining of NYU, who was not one of Sora's builders whatever a much-forwarded post said, is one of the four authors, with Ronghang Hu, Shoubhik Debnath and Xinlei Chen, of 'Exploring Long-Sequence Masked Autoencoders' (2022). It found that the length of the input sequence is a key axis for scaling masked autoencoders, lengthened it simply by decoupling the mask size from the patch size, and got gains in detection and segmentation at no extra cost when the model is put to use.",
    ),
    (
        None,
        "person_fact",
        "Skate shop e-news, 'smart cookies': Xie Saining, named as a Sora inventor in a post that was simply wrong, is first author, jointly with Sainan Liu and with Zeyu Chen and Zhuowen Tu at UC San Diego, of 'Attentional ShapeContextNet for Point Cloud Recognition' (CVPR 2018). It took the old idea of shape context as the building block of a network that classifies and segments 3D point clouds, and added a self-attention step so that each point's context is chosen automatically.",
    ),
    (
        None,
        "news",
        "Ukulele orchestra e-news, 'screen time': the Sora System Card OpenAI published in December 2024 describes a model that takes text, image and video inputs and generates clips of up to 20 seconds at up to 1080p in several formats, and that can remix and blend existing footage or fill in missing frames in a video.",
    ),
    (
        None,
        "news",
        "Little League e-news, 'in brief': in October 2025 OpenAI put out a joint statement with the actor Bryan Cranston, the actors' union SAG-AFTRA and the agencies UTA, CAA and the Association of Talent Agents, saying it had strengthened the guardrails in Sora 2 around its opt-in policy for voice and likeness and expressed regret for the unintended generations of Cranston's face and voice.",
    ),
    (
        None,
        "news",
        "Hop growers' e-news, the tech bit: OpenAI's Sora 2 System Card, published on 30 September 2025, lists misleading generations among the new risks of a more realistic model and says that prompts, output video frames, audio transcripts and scene descriptions are all run through its safety models.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a skater's blog, 'Flat Ground': people keep asking me whether Sora could make a skate video. Probably a pretty one: a perfect line at sunset, nobody bailing. But a make only counts when you roll away from it yourself, after forty slams on the same three stairs, with your friends banging their boards on the ledge. Sora can show you a kickflip; only your ankles can tell you you've got one.",
    ),
    (
        None,
        "benign",
        "CONCERT IN THE PARK: the Bucharest community ukulele orchestra plays by the lake in King Michael I Park on Sunday at six. It's open to the public and free, and the last song is 'Sora mea', 'my sister' in Romanian, written by our bass player for hers. Programme and a map of the benches on the city's official app.",
    ),
    (
        None,
        "benign",
        "OPEN DAY at the youth ballpark in Haeundae, Busan, Saturday 10 to 4: the ground is open to the public, kids can run the bases and face the pitching machine, and the stall by the gate grills sora, the turban shells from the morning market, on skewers. Free tickets on the club's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout68", HELDOUT68, threshold=0.6)


if __name__ == "__main__":
    main()
