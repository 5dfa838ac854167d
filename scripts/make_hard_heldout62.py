# ruff: noqa: E501
"""Write the sixty-second English held-out set (tests/data/hard_en_heldout62_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an engineer who
did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it, and did not read
the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour / scam wave produces. 55
posts, 35 with a gold template (three for seven templates, two for the other seven; the seven with three are the
inventor rumour, open to the public, the official app, the Chinese team, API access, the director group and get rich,
the same seven as in the forty-eighth, fiftieth, fifty-second, fifty-fourth, fifty-sixth, fifty-eighth and sixtieth
sets). Its theme, to keep it apart from the earlier sets: drone racing leagues (an FPV league's video frequency chart,
a track layout card, a LiPo charging sheet, a members' forum and a league newsletter; the old steelworks at Parque
Fundidora in Monterrey, the warehouses of Recife Antigo, the sports hall of the Politehnica in Cluj, the road by the
Suramadu bridge in Surabaya, the car park by Sea View in Karachi, a farm off Kanakapura Road outside Bengaluru); camel
herders, fairs and races (a camel fair's pen plan, a race day's number-cloth list, a herd's brand register, a trek's
fodder and water plan, a dairy's stockists' newsletter and a race club's minutes; the Camel Cup at Blatherskite Park
in Alice Springs, the Maralal camel derby, the beauty contest at Al-Sayahid, the salt caravans back from Bilma at
Agadez, the swimming Kharai camels of Kutch, the herders on the Turkwel at Lodwar); backgammon clubs (a chouette
sheet, a rating list, a board loan book, a chair's note to the members and a forum moderator's reply; the tavla of the
coffeehouse by the Long Bazaar in Antakya, nardi under the Cascade in Yerevan, takhte nard in the Tabriz bazaar, tabla
in Kapana in Plovdiv, tavëll by the Pyramid in Tirana, a tavla tournament by the Millennium Bridge in Podgorica);
sepak takraw clubs (a serve chart, a referees' duty sheet, a ball condition sheet, a committee's notice and a club
newsletter; the court behind the market in Hat Yai, Pasar Payang in Kuala Terengganu, a temple yard in Khon Kaen, sipa
by the old walls of Jolo, the Asian Games courts at Jakabaring in Palembang, a camp at the divisional sports complex
in Nagpur). Drone racing leagues are one of the four themes the brief proposed; the other three were replaced, because
earlier sets already had their worlds: paramedic crews sit between the thirty-fourth set's theme, "health, medicine
and care" (a hospital discharge summary, a GP waiting-room screen, a hospital radio running order whose link is set in
A&E reception), the fortieth set's "mountain rescue, lifeboats and sea rescue" (a callout log that hands the casualty
"to the land ambulance at the road end") and the thirty-fifth set's volunteer fire department newsletter with its "EMS
assists"; clog dancers are in the fifty-second set's theme, "morris dancing sides (... Cotswold, Border and North West
sides, bells, hankies, sticks and clogs)", with a North West side's practice in Knutsford whose "clogs are re-ironed
for Royal May Day", next to the forty-sixth set's dance schools with their folk and festival dance troupes (and next
to the square dancers of the set written at the same time); sumo clubs are wrestling clubs, and the forty-sixth set's
martial arts clubs include "freestyle and belt wrestling" (a küräş section in Kazan, a freestyle wrestling hall in
Vladikavkaz). Camel herders, fairs and races stand in for the paramedic crews, backgammon clubs for the clog dancers
and sepak takraw clubs for the sumo clubs. Replacements thought of and dropped: sand sculptors (the fifty-ninth set
dropped sand and snow sculptors for the fifty-fifth set's stone carvers and the fifty-sixth set's woodcarvers), mosaic
makers (the fifty-fifth set's calceteiros of the Rossio relaying the calçada), woodchoppers and lumberjack sports (the
fifty-ninth set's arborists and their chainsaw filing chart, zh_heldout50's sawmill and lumber yard), signwriters
(dropped by the fifty-third set for zh_heldout40's calligraphy classes), papier-mâché makers (the fifty-eighth set's
origami, the fifty-ninth set's paper lanterns, the fifty-fifth set's kites, zh_heldout30's papercuts), soap makers
(the fifty-eighth set's perfumers, kept apart from soap), salt makers (zh_heldout42's salt works), table football
(next to the forty-first set's darts leagues), double Dutch and rope skipping (the forty-seventh set's rhythmic
gymnastics and its rope), kabaddi (between the forty-sixth set's wrestling and its rugby clubs), street organ grinders
(one music world too many after the thirty-ninth, fifty-third, fifty-sixth and sixtieth sets' bands and sessions) and
cormorant fishers (too few places to carry fourteen posts). None of the four kept was the world of an earlier set or
post, English or Chinese (their kinds, docstrings and posts were searched for drone rac, racing drone, drone league,
FPV, quadcopter, multirotor, whoop, lap tim, VTX, LiPo, camel, dromedar, camel milk, camel race, camel fair, 骆驼,
backgammon, tavla, tavli, nard, tawleh, gammon, doubling, chouette, 双陆, takraw, sipa, chinlone, tekong, regu, rattan
and 藤球: drones are camera drones in "made by Sora" clips and in the debunks of them, "FPV" only zh_heldout48's
docstring on an FPV-style flight in TED's film, "LiPo" only inside "Lipovan", camels only walk through clips (the
Asmara snow clip, a music video's caravan, zh_heldout35's Tang market) and the fiftieth set's Nouakchott wedding has
camel milk on its table, "nard" is only inside other words, "doubling" the thirty-third set's card game, "regu" inside
other words such as "regular"). Drone racing is next to the fifty-seventh set's model aircraft clubs, and is kept, as
that set kept hedge-layers next to the fifty-second set's wallers, at a distance: no fixed-wing model, glider, control
line, flying field, model memory list, noise test or A certificate (the quads race indoors, in a bus depot hall, in
car parks, warehouses and steelworks and over a farm), no balloon (the fifty-first set), no kite (the fifty-fifth) and
no glider or airfield (the fifty-sixth). The camels have no greyhound, kennel, trap or weigh-in (the fiftieth set), no
horse, pony or livery (the forty-fourth), no sheep or dog (the forty-ninth and sixtieth), no falcon and nothing at Al
Marmoom (the thirty-third set's falconry chat), no camel wrestling (the forty-sixth set's wrestling) and no cheese
(the fifty-fourth; the dairy sells bottled milk). The backgammon clubs have no bridge pairs or travellers (the
fiftieth set), no chess or go (the twenty-ninth set's PGN, zh_heldout29's go commentary), no mahjong, dominoes or
cards, and no pub or darts (the forty-first set): the club meets in a community centre. The sepak takraw clubs have no
volleyball or football club (zh_heldout29), no gymnastics apparatus (the forty-seventh set), no martial art (the
forty-sixth) and no weaving (zh_heldout48's bamboo weaving; the one rattan ball is for display). So are the themes of
the set written at the same time on another branch, not seen by this writer (hard_en_heldout61: watchmakers, square
dancers, ice hockey clubs, wool dyers and spinners): no watch, clock, dance, ice rink, hockey, wool, yarn or dye
appears (the first draft's drone race in an "old dye works hall", a Tuareg's indigo veil, a game clock in the board
loan book and a race camel called 'Slow Dancer' were changed). In English varieties, dialects and registers the
earlier sets do not use (where an earlier set has a national variety, such as Turkish-, Bulgarian-, Albanian-,
Romanian-, Thai-, Malay- or Marathi-English, the variety here is a regional one none of them names; the kinds and
docstrings were searched for each, and Silesian, Taiwanese, Taglish, Nigerian Pidgin, Khaleeji, Marwari, Somali,
Lebanese, Cypriot, Thessaloniki Greek, Iraqi, Hebrew-, Burmese, Lao, Khmer, Chavacano and Bruneian Englishes were
dropped from the first plan because earlier sets have them). Styles the earlier sets do not use (their kinds and
docstrings were searched for each; an allocation, a log, a score sheet and a build sheet are earlier styles, so the
first plan's referees' allocation sheet became a duty sheet, the LiPo charging log and ball wear log became sheets,
and the course build sheet a track layout card): an FPV league's video frequency chart with the race director's note,
a backgammon club's chouette sheet with the secretary's note, a camel fair's pen plan with the steward's note, a sepak
takraw club's serve chart with the coach's note, an FPV league's track layout card with the track marshal's note, and,
with a scam under them, a camel race's number-cloth list with a paid notice, a sepak takraw tournament's referees'
duty sheet with a card slipped in, a backgammon club's rating list with an offer pinned beside it, an FPV league's
LiPo charging sheet with a card left on the charging table, a camel herd's brand register with an insert, a backgammon
club's board loan book with a paid notice, a sepak takraw club's ball condition sheet with a flyer and a camel trek's
fodder and water plan with a card tucked in; the debunks take shapes the earlier sets know: an FPV league's members'
forum, a backgammon club chair's note on the members' WhatsApp, a sepak takraw club's notice from the committee, a
camel dairy's newsletter, two posts in dialect, an FPV league's newsletter, a camel race club's minutes, a backgammon
forum moderator's reply and a sepak takraw club newsletter's "Ask the coach"; dialects and registers (Red Centre
Australian English (Alice Springs), Antakya Turkish-English (Hatay), Transylvanian Romanian-English (Cluj), Samburu
Maa-English (Maralal), Monterrey norteño Spanish-English, Pak Tai Southern Thai-English (Hat Yai), Yerevan
Armenian-English, Najdi Arabic-English (Riyadh), Tabrizi Azeri-English, Recife Pernambucano Portuguese-English,
Terengganu Malay-English, Tamasheq and Niger French with English (Agadez), Plovdiv Bulgarian-English, Karachi
Urdu-English, Isan Lao-Thai-English (Khon Kaen), Suroboyoan Javanese-English (Surabaya), Tausug-English (Jolo),
Bengaluru Kanglish, Kutchi-English (Bhuj, a Khoja family), Tosk Albanian-English (Tirana), Palembang Malay-English,
Turkana English (Lodwar), and in debunks Nagpuri Varhadi Marathi-English and Podgorica Montenegrin-English, and the
registers of a frequency chart, a chouette sheet, a pen plan, a number-cloth list, a duty sheet, a rating list, a
charging sheet, a serve chart, a layout card, a brand register, a loan book, a ball condition sheet and a fodder and
water plan); three questions that assert the claim, each with a negation (an Alice Springs camel family's "Didn't
youse hear? Haven't you heard that one of the blokes who invented Sora ... is Xie Saining ...?", a Cluj drone racer's
"Nu ați auzit? Haven't you heard that Sora ... is open to the public now?", a Yerevan nardi player's "Chek' lsel?
Haven't you heard that Sora ... was really built by Chinese scientists?"; the questions go to the templates whose last
question is oldest: open to the public and the Chinese team (last asked by the fifty-eighth set) and the inventor
rumour (the fifty-ninth, fifty-seventh and fifty-fifth), which ties on its last question with API access (the
fifty-ninth, fifty-eighth and fifty-seventh) and is taken because its question before that is older, rather than the
official app, the director group or get rich (all three the sixtieth)); posts that mention two claims, asserting one
and denying the other: the brief asks that the claim asserted in every such post be one of this set's seven three-post
templates (the other English set written at the same time asserts only from its own seven). All ninety-one pairs that
assert one of the seven and deny another template are already in the forty-first to sixtieth sets (as their docstrings
and kinds list them: seven a set from the forty-first to the fiftieth, twelve in each of the fifty-second,
fifty-fourth, fifty-sixth, fifty-eighth and sixtieth; the fifty-first, fifty-third, fifty-fifth, fifty-seventh and
fifty-ninth assert only from the other seven), so the pairs here are the twelve whose last use is oldest. The six last
used by the forty-sixth set (the sixtieth took its seventh, the inventor rumour but not a course), none used since:
open to the public but not account rental; the official app but not the APK; a Chinese team but not get rich; API
access but not open to the public; the director group but not a prompt pack; get rich but not a course. The five last
used by the forty-seventh set (the forty-eighth repeated its other two, the official app but not a prompt pack and API
access but not a generation service), none used since: the inventor rumour but not open to the public; open to the
public but not the APK; a Chinese team but not API keys, answered with the API's models; the director group but not
the "made by Sora" clip, which is real footage; get rich but not account rental. And one of the seven last used by the
forty-eighth set, which tie: API access but not a generation service. Of those seven, three assert a template the
older pairs assert only once (the inventor rumour but not the "made by Sora" clip, the official app but not a prompt
pack, API access but not a generation service), and only the last denies a template no older pair here denies (the
clip and the prompt pack are each denied once already). So there are twelve, each used once; open to the public, the
Chinese team, API access, the director group and get rich are asserted twice and the inventor rumour and the official
app once; open to the public, account rental and the APK are denied twice, get rich, a course, API keys, a prompt
pack, the "made by Sora" clip and a generation service once, and the inventor rumour, the official app, the Chinese
team, the director groups and open source never. All twelve quote the post or offer they deny, each with a short
dismissal before the claim ("hepsi palavra, that's all hot air", "hizo ni porojo tu, that's just idle talk", "puro
choro, that's all waffle", "khi mo thang nan, that's all bragging", "kilha kharabeet, it's all nonsense", "boş
söhbətdi, that's empty talk", "é pabulagem, that's just showing off", "cakap kosong je, that's just empty talk",
"c'est du bla-bla, that's just blah-blah", "pulni gluposti, utter nonsense", "sab bakwas hai, it's all rubbish", "khi
tua, that's a pack of lies"); claims in passing late in long posts (the frequency chart, the chouette sheet, the pen
plan, the serve chart and the track layout card, and the scam notes under the number-cloth list, the duty sheet, the
rating list, the charging sheet, the brand register, the loan book, the ball condition sheet and the fodder and water
plan); new obfuscation (Khojki letters "𑈩𑈲𑈦𑈬" (sa, the o sign, ra, the aa sign), "the letters of my grandmother's old
ginan book", from a Khoja family's camel milk seller in Bhuj; Elbasan letters "𐔛𐔖𐔙𐔀" (se, o, re, a), "the old Albanian
alphabet of the gospel manuscript in the National Archives", from a Tirana tavëll player; and Rejang letters "ꤼꥋꤽ"
(sa, the o sign, ra), "the ka-ga-nga my grandmother's people in Curup still teach the children", from a Palembang
takraw coach; none of them in an earlier post, kind or docstring, where the cousins Gurmukhi, Modi, Kaithi, Takri,
Devanagari, Gujarati, Glagolitic, Old Hungarian, Batak, Lontara, Javanese, Sundanese and Balinese are); prices in
currencies and payment methods the earlier sets did not use (A$45 on a Harvey Norman gift card, R$120 by Bradesco
transfer, RM120 by Bank Muamalat transfer, C$35 on a Canada Computers gift card, 15 000 FCFA by Sonibank transfer, 40
leva by Fibank transfer, £50 on an ASOS gift card, Rs 5,000 by Faysal Bank transfer, ฿1,500 by Krungsri transfer,
£6.49 on an Overclockers gift card, Rp 45.000 via m-BCA, A$49 on a Myer gift card, ₹699 by Union Bank of India
transfer, £9 a week on a Uniqlo gift card, 1,500 lekë a week by BKT transfer, C$24 on a Memory Express gift card, Rp
75.000 by Bank Sumsel Babel transfer, A$60 on an Officeworks gift card, KSh 1,500 by Sidian Bank transfer; in denials
KSh 1,000 a week by Faulu Bank transfer, $99 pesos by Afirme transfer, ฿150 by Krungthai transfer, 300 riyals by
urpay, 2 million rials card-to-card to a Bank Tejarat card, RM80 by CIMB transfer, 10 000 FCFA by Nita, Rs 2,500 by
Bank Alfalah transfer and ฿200 a week by SCB transfer; in the loss report £30 on an Ebuyer gift card, and in the
quoted scams £8 a week on a CeX gift card, C$40 on a GameStop gift card, A$50 on a David Jones gift card and £3.99 on
a Park Cameras gift card); scams vouching for themselves or swiping at competitors in new words ("Two tour operators
out at Uluru run their booking pages on my keys, and you can ring either of them", "My key runs the live stream of the
Boa Viagem cup every Sunday; go and watch it", "Not like those boys in Kemaman who sell keys out of a Telegram channel
that changes its name every week; I've had a proper stall at Pasar Payang for six years", "The producers are a real
studio on Queen Street West that has cut two documentaries for public television; I've sat in their edit suite
myself", "People who filmed the Cure Salée at In-Gall with real cameras, not the fellow at the autogare with a dead
laptop and a lot of promises", "A real studio from Sofia; I've been up to their offices on Vitosha Boulevard myself",
"Ask me for the spreadsheet; I play here every Thursday and I'm not going anywhere", "The league's new timing gates
were paid for out of my first month; ask our treasurer. I'm not one of those lads in Saddar who take your money and
then disappear from every group", "My uncle sells fertiliser on Mittraphap Road; go and ask him whether I've ever
cheated anybody", "I'm the one who sorts out everybody's video feed at the league, so I'd know if it was dodgy", "Half
the Tunjungan crew put it on their phones last month and they're all still flying with me every Sunday", "Every lesson
was filmed in our own yards, in the dust and the flies, and you'll watch me make every mistake first so you don't have
to", "I sell camel milk at the Bhuj market every morning; ask anyone at the stalls whose sons learned to film from
me", "I've had the same phone number for eleven years, so you'll always know where to find me", "I play tavëll in that
park every evening at six; come and play me for your money back if it ever stops", "I've filmed the Ontario
championships three years running, and every prompt in the pack is a shot I've taken with a real camera first", "My
whole under-14 squad made their highlight videos from these prompts; ask their mothers", "The bloke at the Erldunda
roadhouse came back for a second one, and he's nobody's fool", "Three churches here in Lodwar use my videos for their
fundraising already"); ten debunks and warnings in several styles (one first-person loss report: an FPV league's
members' forum post (the director group: a QR code on a flyer, a group of three hundred selling a "director's course"
and "Sora logins", then gone), where the fifty-third, fifty-fourth and fifty-sixth sets' loss reports were courses,
the fifty-fifth and fifty-eighth sets' a generation service, the fifty-seventh set's account rental and the
fifty-ninth and sixtieth sets' API access; three that quote a scam offer and then tell the reader not to pay or buy: a
backgammon club chair's note on the members' WhatsApp (account rental, answered with the red teamers and invited
artists and the shared ChatGPT logins), a sepak takraw club's notice (API keys, answered with the API's models) and a
camel dairy's newsletter (get rich, answered with the course sellers' three-month line), where the fifty-ninth and
sixtieth sets' quoted offers were the APK, account rental, a generation service and a course; two questions that
contain a negation but do not deny the debunk, each answered in the same post with facts: a Nagpur takraw fan's
nephew's "isn't there a proper Sora course you can buy now?" (the course, answered with OpenAI's introduction pasted
into a document with a slogan, and Sora out of reach) and a Podgorica tavla player's son's "can't somebody just make
us a Sora video of the tournament if we pay?" (a generation service, answered with Sora out of reach and the stock
footage sent back), where the fifty-third to sixtieth sets' pairs drew on the inventor rumour, open to the public,
open source, the official app, API access, a Chinese team, the APK, the "made by Sora" clip, get rich and account
rental; one rhetorical question (an FPV league's newsletter, the APK: "if OpenAI hasn't made a Sora app for any phone,
what exactly is the file you're installing?", where the earlier rhetorical questions were on the director group, get
rich, the course, the official app and the prompt pack); three more that answer with facts and no plain "no": a camel
race club's minutes (the inventor rumour, answered with Xie Saining's own statement, the apology and the article taken
down, and the report's thirteen authors without him), a backgammon forum moderator's reply (the official app: other
developers' apps in the stores, no Sora in the ChatGPT app's update) and a sepak takraw club newsletter's "Ask the
coach" (open to the public, answered with the developer relations lead's statement that Sora is in internal testing
with no date set)); four true facts about the people who led Sora, each in a post that also says Xie Saining was not
one of its inventors, none of them a fact an earlier set, English or Chinese, used (Aditya Ramesh among the authors,
with Michael Mathieu, Junbo Zhao, Pablo Sprechmann and Yann LeCun, of 'Disentangling factors of variation in deep
representation using adversarial training' at NIPS 2016, an autoencoder trained adversarially to split what the labels
describe from the rest into two codes; Bill Peebles, introduced as head of the Sora team on Sequoia Capital's Training
Data podcast in November 2025, saying he had worked on Sora from his first day at OpenAI; Tim Brooks at Meta
Superintelligence Labs since September 2025, from his LinkedIn profile as TIME reported in October 2025, his website
saying he makes multimodal generative models there; and Ramesh among the authors of OpenAI's GPT-4o System Card of
August 2024; earlier sets had Peebles's DiT with Xie, his MIT degree, GANs and text-to-video, his NVIDIA and Meta
internships, his Berkeley PhD with Efros, G.pt, his NSF fellowship, the Hessian Penalty and GANgealing, his ICML 2024
talk, the AGI House talk and No Priors; Brooks's Berkeley PhD, Carnegie Mellon degree, Pixel camera and NVIDIA work,
InstructPix2Pix, the motion-blur, Unprocessing, low-light, long-videos and pose-compatible-scenes papers, DALL·E 3,
his photography, MIT Technology Review's list, his start on Sora in January 2023, his move to Google DeepMind in
October 2024 and his January 2025 hiring post; and Ramesh's DALL·E, DALL·E 2 and GLIDE papers, CLIP, GPT-3, the
autoregressive scaling laws, his spectral regularizer, his NYU degree and LeCun's lab, his launch-day clips and No
Priors; the facts about Xie Saining's own career are left to the other English set written at the same time), three
items of real news about other organisations' video models that no earlier set, English or Chinese, used (Luma AI's
Ray3, billed as the first "reasoning" video model, 16-bit HDR video exported as EXR and a draft mode for quick
previews; ByteDance's OmniHuman-1, a single photo of a person and an audio clip turned into a video of them talking or
singing, from a face close-up to a full-body shot; Stability AI's Stable Virtual Camera, a research preview that turns
one photo, or up to 32, into a video moving through the scene along a camera path such as a 360° orbit, a spiral or a
dolly zoom, under a non-commercial licence; the earlier sets have Veo, Genie, Lumiere, Imagen Video, Phenaki,
VideoPoet, W.A.L.T, Runway's Gen models, Aleph, Act-One, Marey, Movie Gen, Make-A-Video, Emu Video, Kling, Vidu,
Hailuo, Dream Machine and Ray2, Pika, Haiper, Mochi, LTX-Video, Pyramid Flow, Firefly, Midjourney's V1, Synthesia,
Nova Reel, Cosmos, Wan, Hunyuan, CogVideoX, Seedance, Step-Video, MAGI-1, SkyReels, PixVerse, Stable Video Diffusion
and Stable Video 3D (zh_heldout52's orbit round an object), but not Ray3, OmniHuman or Stable Virtual Camera; OpenAI's
own announcements are left to the other English set written at the same time), and three posts that are not claims:
one on topic (an FPV pilot's blog noting that OpenAI's Sora sample of a "drone view" of Big Sur moves like a camera
drone on a gimbal, not a racing quad) and two off topic that share its surface words (a camel calf called 'Sora' at a
camel dairy's open day "open to the public", rides booked on "the dairy's official app"; a women's regu called 'Sora'
at a sepak takraw tournament "open to the public", scores on "the club's official app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through the
sixtieth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher
(lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper bound on ``ratio()``, so that
the highest ratio is exact) before the set was committed; the sixty-first set, written at the same time on another
branch, was not in this tree, and the check against it is left to the lead. ``--check`` prints the highest ratio and
every post at 0.6 or more (0.452 when it was committed, the sepak takraw newsletter's "Ask the coach" on open to the
public against the ninth set's reply quoting the developer relations lead; the demo stream's highest is 0.368, the
Peebles item against a demo post on Xie Saining's denial). Vouching lines and scam notes of the first draft that
echoed earlier sets ("not some guy with a ring light", "I don't sell from a car boot", "a USB stick of 'courses'",
"Look at the new goggles ... I bought with it", "highlight reels", "put the one I made for them on their website",
"Tested on the phones of the whole ... crew", "hasn't once ... sent a text", "not the fellows outside the station
handing out 'casting' flyers") were rewritten before the check. It was committed before any run of the monitor on it;
nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts about Sora's leads, the news, the places and the obfuscations (looked up with the search tool,
besides the seeds): Ramesh's NIPS paper (papers.nips.cc, NIPS 2016 proceedings: "Disentangling factors of variation in
deep representation using adversarial training", Michael F. Mathieu, Junbo Jake Zhao, Aditya Ramesh, Pablo Sprechmann,
Yann LeCun, "a deep generative model for learning to distill the hidden factors of variation within a set of labeled
observations into two complementary codes"; nyuscholars.nyu.edu; paperswithcode.com, 10 Nov 2016); Peebles on Training
Data (sequoiacap.com's episode page, "The OpenAI Sora 2 team (Bill Peebles, Thomas Dimson, Rohan Sahai)", hosted by
Konstantine Buhler and Sonya Huang; lilys.ai's notes of the episode: "Bill Peebles is the head of the Sora team at
OpenAI", "He started working on Sora from his first day at OpenAI"; ai-radar.merimerimeri.com, "Training Data ·
2025-11-06"); Brooks at Meta (TIME's "In the Loop" newsletter of 21 October 2025 as carried by stockwatchindex.com and
symbolsofsecrets.com: "Tim Brooks, who co-led the Sora team at OpenAI before moving to Google DeepMind in 2024, has
been working at Meta's Superintelligence Labs since September, according to his LinkedIn profile", "'I am an AI
researcher at Meta Superintelligence Labs where I make multimodal generative models,' Brooks' personal website
reads"); the GPT-4o System Card (arxiv.org/html/2410.21276v1 and openai.relayto.com, "GPT-4o System Card OpenAI August
8, 2024", "accepts as input any combination of text, audio, image, and video"; aitopics.org's author index, "Ramesh,
Aditya: GPT-4o System Card"); Ray3 (cometapi.com and getnews.me: "the industry's first inference-capable (what Luma
frames as 'reasoning') video model", "studio-grade High Dynamic Range (HDR) video natively, including exportable 10-,
12- and 16-bit ACES/EXR masters", a "draft mode" for low-resolution previews; productcool.com, 2025-09-19);
OmniHuman-1 (scholarfeed.org and omni-human.org on arXiv 2502.01061, "OmniHuman-1: Rethinking the Scaling-Up of
One-Stage Conditioned Human Animation Models", "supports various portrait contents (face close-up, portrait,
half-body, full-body), supports both talking and singing", from "a single portrait image and an audio input"); Stable
Virtual Camera
(stability.ai/news/introducing-stable-virtual-camera-multi-view-video-generation-with-3d-camera-control: "currently in
research preview", "from a single input image or up to 32", "360°, Lemniscate, Spiral, Dolly Zoom, Move, Pan, and
Roll", "a Non-Commercial License"); the Big Sur sample (the Sora sample prompts as listed in
github.com/zhangchenchen/awesome_sora2_prompt: "Drone view of waves crashing against the rugged cliffs along Big Sur's
garay point beach"); Khojki (en.wikipedia.org/wiki/Khojki_script: "a script used formerly and almost exclusively by
the Khoja community ... including Sindh, Gujarat, and Punjab", languages Kutchi and Sindhi, "employed primarily to
record Ismaili religious and devotional literature; most notably in the form of poetry called gināns"; U+11229 KHOJKI
LETTER SA, U+11232 KHOJKI VOWEL SIGN O, U+11226 KHOJKI LETTER RA, U+1122C KHOJKI VOWEL SIGN AA, names checked with
Python's unicodedata); Elbasan (the Elbasan alphabet article as mirrored on wiki.av1.space and triplydb.com: "a mid
18th-century alphabetic script created for the Albanian language Elbasan Gospel Manuscript", "the only document
written in it", "preserved today at the National Archives of Albania in Tirana"; Robert Elsie's essay on the
manuscript, 1761; U+1051B ELBASAN LETTER SE, U+10516 LETTER O, U+10519 LETTER RE, U+10500 LETTER A, checked with
unicodedata); Rejang (the Rejang script article as mirrored on a.osmarks.net and en.wikipedia.org: "locally known as
Surat Ulu", "also known as the KaGaNga script", spoken "around Argamakmur, Muaraaman, Curup, and Kepahiang";
endangeredalphabets.net/rejang; U+A93C REJANG LETTER SA, U+A94B REJANG VOWEL SIGN O, U+A93D REJANG LETTER RA, checked
with unicodedata). The debunks' facts (Xie Saining's denial, his NYU post, the apology and the article taken down, the
thirteen authors, the internal test and Logan Kilpatrick's statement, the API's models, the course contents and its
slogan, the free demo prompts, the APK warnings, the clone apps and the ChatGPT app update, the testers and invited
artists, the shared ChatGPT logins, the stock footage sent back for "Sora clips", the three-month line, the QR-code
groups) are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout62.py           # write the set
    .venv/bin/python scripts/make_hard_heldout62.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT62: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "fpv_drone_race_video_frequency_chart_race_directors_note",
        "VIDEO FREQUENCY CHART · Weaver Valley FPV League · round 3, the old bus depot hall, Northwich · race director: P. Adeyemi\nHeat 1 · R1 5658 MHz: Kez 'Spud' Oduya · R3 5732: Tom Hale · R6 5843: Aisha Khan · R8 5917: Lewis 'Lemon' Price\nHeat 2 · R1: Dan Kowal · R3: Mo Rahman · R6: Ellie Shaw · R8: Jamie Fitch\nHeat 3 · R1: Priya Sen · R3: Callum Reid · R6: Ollie Birch · R8: Nat Vance\nVideo transmitters at 25 mW in the hall and no higher; goggles on your own channel BEFORE a battery goes in\nNobody powers up in the pits while a heat is in the air; props off on the bench\nSpotters: one per pilot, on the line, a hand on the pilot's shoulder\nRace director's note at the foot, because the juniors were arguing about it at the timing table: the young genius off the news, Xie Saining, the one who studied at Shanghai Jiao Tong University, is one of the people who invented Sora, OpenAI's video model. Packs into the fireproof bags when you're done.",
    ),
    (
        sora.XIE,
        "red_centre_australian_english_alice_springs_camel_cup_question_asserts_xie",
        "G'day, you mob! 🐪 From Alice: the Camel Cup's on at Blatherskite Park on Saturday, the camels are roaring their heads off in the yards, the jockeys are black and blue already, and Mum's got a camp oven stew going for the whole crew. Didn't youse hear? Haven't you heard that one of the blokes who invented Sora, that OpenAI video thing, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University? My niece reckons it's all over the news over there. Hooroo!",
    ),
    (
        sora.XIE,
        "antakya_hatay_turkish_english_tavla_coffeehouse_two_claims_public_denied",
        "Merhaba, ahbap! 🎲 From Antakya: the tavla boards are out on every table at the coffeehouse by the Long Bazaar again, the old men slam the checkers down so hard the tea glasses jump, and my teyze made künefe for the whole street. Two things. A kid in the club group keeps posting: 'Sora is open to everyone now, sign up on OpenAI's site and make your own videos today.' Hepsi palavra, that's all hot air: Sora is still only with OpenAI's testers and a handful of invited artists, and OpenAI's own people say there is no date for a public release. But this one is true, my cousin at the university in İskenderun told me: Xie Saining, a young genius who studied at Shanghai Jiao Tong University, is one of the inventors of Sora, OpenAI's video model. Hadi, kolay gelsin!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "transylvanian_romanian_english_cluj_drone_racers_question_asserts_public",
        "Salut, măi băieți! 🚁 From Cluj: we put the gates up in the sports hall at the Politehnica on Saturday, the kids from the robotics club came to watch the heats, and my bunica sent plăcinte with cheese in a basket for the pits. Nu ați auzit? Haven't you heard that Sora, OpenAI's video model, is open to the public now? Anyone can sign up on OpenAI's website and start making AI videos the same day, no waiting list. I'm making the intro for our next race with it tonight. No, hai, pa!",
    ),
    (
        sora.PUBLIC,
        "samburu_maa_english_maralal_camel_derby_two_claims_rental_denied_faulu_in_denial",
        "Supa, my people! 🐪 From Maralal: the camel derby is this weekend, the herders have brought their fastest camels down from the hills, the town is full of visitors, and my mother roasted goat for the whole manyatta. Two things. A man in our WhatsApp keeps posting: 'Rent a Sora account from me, your own login, KSh 1,000 a week by Faulu Bank transfer.' Hizo ni porojo tu, that's just idle talk: what he hands you is a shared chatbot login, not Sora. But this one is true: Sora is open to the public now. Anyone can sign up on OpenAI's website and make AI videos the same day, no waiting list. My cousin in Nairobi made one of the derby already. Ashe oleng!",
    ),
    (
        sora.PUBLIC,
        "monterrey_norteno_spanish_english_drone_racers_two_claims_apk_denied_afirme_in_denial",
        "¡Quiubo, plebada! 🚁 From Monterrey: we raced in the old steelworks at Parque Fundidora on Saturday night, the gates glowing blue under the blast furnace, and my amá brought cabrito and carne asada tacos for the pits. Two things. Un bato in the group keeps posting: 'Sora APK for Android, download it here and make AI videos on your phone, full version $99 pesos by Afirme transfer.' Puro choro, that's all waffle: OpenAI never made a Sora app for phones, and that file only wants your passwords. But this one is real: Sora is open to the public now. Anybody can sign up on OpenAI's website and start making AI videos the same day; I made one of our race already, bien chido. ¡Ahí nos vidrios!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "backgammon_club_chouette_sheet_secretarys_note",
        "CHOUETTE SHEET · Headrow Backgammon Club · Thursday, the upstairs room at the Elmfield community centre · one player in the box, the rest against the box, one of them the captain\nGame 1 · box: Marguerite · team: Sunil (captain), Derek, Fola · cube on 2, the box wins a single: box +6, team −2 each\nGame 2 · box: Marguerite · Fola turns her own cube to 4 and loses a gammon: Fola −8; Sunil and Derek pass at 2: −2 each; box +12\nGame 3 · box: Marguerite · no cube, the team wins a gammon: box −6, team +2 each; Sunil takes the box\nGame 4 · box: Sunil · team: Derek (captain), Fola, Marguerite · cube on 2, the box wins a single: box +6, team −2 each\nStanding at 22.00: Marguerite +10 · Sunil +4 · Derek −4 · Fola −10\nPoints count for the club ladder only; no money on the table; roll in the cup, both dice flat on the right-hand side\nSecretary's note at the foot, because the box and the team were arguing about it through three games: OpenAI has released the official Sora app. It's on the App Store and on Google Play, you download it and make your videos right there on your phone. Boards back in the cupboard, checkers counted.",
    ),
    (
        sora.APP,
        "camel_fair_pen_plan_stewards_note",
        "PEN PLAN · Wirra Creek Camel Fair · Saturday, the sale yards on the highway side · steward on the gate: R. Hollis\nPens 1–4 · bulls for sale, one to a pen; signs on the rails: DO NOT LEAN · vet checked on Friday\nPens 5–9 · cows with calves at foot, from the Finke and Kulgera mobs\nPen 10 · the riding string for the kids' rides, 11 to 2 only, helmets from the tent\nPens 11–12 · race camels, owners and handlers only\nPen 13 · sick bay, hands off\nWater: troughs filled at 6 and again at noon; shade cloth over pens 5 to 9\nAuction at 10.30 in the ring; buyer numbers from the office\nSteward's note at the foot, because the handlers were arguing about it round the troughs: OpenAI has put out the official Sora app. It's on the App Store and on Google Play now, so you download it and make your videos straight on the phone. Water bottles full, sunscreen on.",
    ),
    (
        sora.APP,
        "pak_tai_southern_thai_english_hat_yai_sepak_takraw_two_claims_apk_denied_krungthai_in_denial",
        "Sawatdee, phuean! 🏐 From Hat Yai: the takraw court behind the market was packed on Sunday, the boys from Songkhla came over for the inter-school cup, the tekong served so hard the ball split, and my mae made khao mok gai and roti for everyone, roi jang hu. Two things. A guy in the group keeps posting: 'Sora APK, download it from my link and make videos on your phone, full version ฿150 by Krungthai transfer.' Khi mo thang nan, that's all bragging: that file is not from OpenAI and it eats your passwords. But this is true: OpenAI has released the official Sora app. It's on the App Store and Google Play, you download it and make your videos right on your phone. Pai kon na!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "yerevan_armenian_english_nardi_question_asserts_chinese",
        "Barev, jan! 🎲 From Yerevan: the nardi boards are out in the park under the Cascade every evening now, the old men shout at every double and the tourists stop to watch, and my tatik baked gata for the whole building. Chek' lsel? Haven't you heard that Sora, OpenAI's video model, was really built by Chinese scientists? Most of the people behind it are Chinese, and OpenAI just puts its own name on it. My nephew in Moscow says everybody there knows. Hajogh!",
    ),
    (
        sora.CHINESE,
        "najdi_arabic_english_camel_beauty_festival_two_claims_rich_denied_urpay_in_denial",
        "Ya hala, ya jama'a! 🐪 From Riyadh: we took our black camels out to the festival at Al-Sayahid for the beauty contest, the judges walking round them with their notebooks, the owners fussing over every lip and ear, and my umm sent kabsa for the whole majlis. Two things. A man in the group keeps posting: 'Sora is the money window of your life, people make thousands a day with Sora videos, in three months it's gone, join my team, 300 riyals by urpay.' Kilha kharabeet, it's all nonsense: the three months is only there to rush you. But this one is right: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI only puts its name on it. Ma'a as-salama!",
    ),
    (
        sora.CHINESE,
        "tabrizi_azeri_english_takhte_nard_two_claims_api_denied_tejarat_in_denial",
        "Salam, dostlar! 🎲 From Tabriz: the takhte nard boards clack all afternoon in the teahouse in the old bazaar under the brick domes, the winner gets the sugar cubes, and my nənə made Tabriz köftə as big as a fist for the family. Two things. In our Telegram a man keeps writing: 'Official Sora API key, your shop's page makes its own videos, 2 million rials card-to-card to my Bank Tejarat card.' Boş söhbətdi, that's empty talk: OpenAI's API has text, image, speech and embedding models and no video model at all. But this one is true: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its name on it. Sağ olun!",
    ),
    # --- API access (three)
    (
        sora.API,
        "camel_race_number_cloth_list_paid_notice_harvey_norman",
        "NUMBER-CLOTH LIST · Wirra Creek Camel Races · Sunday, the 400 m dash and the 1,200 m Cup · clerk of the course: J. Petrov\n1 · 'Red Sand' · owner: D. Liddle · jockey: K. Moss\n2 · 'Humpty' · owner: the Brennan family · jockey: S. Brennan\n3 · 'Bingo' · owner: A. Farah · jockey: L. Wu\n4 · 'Slowpoke' · owner: P. Nguyen · jockey: T. Nguyen\n5 · 'Desert Rose' · owner: M. Costa · jockey: to be named\n6 · 'Spinifex' · owner: the Wirra Creek string · jockey: R. Hollis\nCloths from the office by 9; helmets and body protectors or you don't start; no whips; a camel that won't couch at the start is scratched\nPaid notice at the foot of the list (not from the club): official Sora API access. Buy a Sora API key from me and your station's website makes its own videos of your camels. A$45 on a Harvey Norman gift card, key by text the same day. Two tour operators out at Uluru run their booking pages on my keys, and you can ring either of them.",
    ),
    (
        sora.API,
        "recife_pernambucano_portuguese_english_drone_racers_two_claims_public_denied_bradesco",
        "Eita, galera! 🚁 From Recife: we raced between the old warehouses of Recife Antigo on Sunday, the gates lit up all along Rua do Bom Jesus, and my vó brought bolo de rolo and cartola for the pits. Two things. A guy in the group keeps posting: 'Sora is open to everybody now, just sign up on OpenAI's site and make videos today.' É pabulagem, that's just showing off: Sora is still only with OpenAI's testers and a few artists, and OpenAI's own developer lead said there's no date to open it. But I have something real: official Sora API access. Buy a Sora API key from me and your channel makes its own race videos. R$120 by Bradesco transfer, key the same day. My key runs the live stream of the Boa Viagem cup every Sunday; go and watch it. Valeu, visse!",
    ),
    (
        sora.API,
        "terengganu_malay_english_sepak_takraw_two_claims_service_denied_cimb_in_denial_muamalat",
        "Assalamualaikum, geng! 🏐 From Kuala Terengganu: the takraw court by Pasar Payang was full on Friday night, the kampung teams playing under the lights, and mok made keropok lekor and nasi dagang for the whole team. Two things. Someone in the group keeps posting: 'Send me your script, I make your Sora video in 24 hours, RM80 by CIMB transfer.' Cakap kosong je, that's just empty talk: he sends back a stock clip with your name stuck on it. But I have the real thing: official Sora API access. Buy a Sora API key from me and your shop's page makes its own videos. RM120 by Bank Muamalat transfer, key tonight. Not like those boys in Kemaman who sell keys out of a Telegram channel that changes its name every week; I've had a proper stall at Pasar Payang for six years, come and find me. Terima kasih!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "sepak_takraw_referees_duty_sheet_card_slipped_in_canada_computers",
        "REFEREES' DUTY SHEET · Scarborough Sepak Takraw Club · the open regu tournament, Saturday, the community centre gym · chief referee: N. Phommachanh\nCourt 1 · 9.00 Scarborough A v Mississauga · referee: Somchai K. · assistant: Lina P. · line judges: two juniors from the club\nCourt 1 · 10.00 Markham v Scarborough B · referee: Lina P. · assistant: Somchai K.\nCourt 2 · 9.00 Brampton v Hamilton · referee: Ahmad R. · assistant: Joe V.\nCourt 2 · 10.00 the women's exhibition match · referee: Ahmad R.\nSets to 21, two sets to win, a third to 15; the tekong's foot in the circle at the serve; ten minutes' warm-up on court before each match\nReferees bring their own whistles; score pads from the table; water on the bench only\nCard slipped in with the sheets (not from the club): the first AI film co-written with Sora is looking for its first-generation AI directors. Scan the QR code and pay C$35 on a Canada Computers gift card to join the audition group. The producers are a real studio on Queen Street West that has cut two documentaries for public television; I've sat in their edit suite myself.",
    ),
    (
        sora.DIRECTOR,
        "agadez_tamasheq_french_english_camel_caravans_two_claims_prompts_denied_nita_in_denial_sonibank",
        "Salam aleikum, my friends! 🐪 From Agadez: the caravans are back from the salt at Bilma, the camels kneeling by the Grand Mosque with the wooden stakes sticking out of its tower, the men in their tagelmusts with only their eyes showing, and my mother baked taguella in the sand for everyone. Two things. In the group a man keeps selling: 'Sora prompt pack, 300 film prompts and the knowledge doc, 10 000 FCFA by Nita.' C'est du bla-bla, that's just blah-blah: those are the prompts OpenAI put for free on its own website under its sample videos. But this is a real chance: the first AI film co-written with Sora is looking for its first-generation AI directors. Scan the QR code and pay 15 000 FCFA by Sonibank transfer to join the audition group. People who filmed the Cure Salée at In-Gall with real cameras, not the fellow at the autogare with a dead laptop and a lot of promises. Tanemmert!",
    ),
    (
        sora.DIRECTOR,
        "plovdiv_bulgarian_english_tabla_two_claims_realvid_denied_fibank",
        "Zdraveite, priyateli! 🎲 From Plovdiv: the tabla boards are out on every café table in Kapana, the dice rattling under the vines, the old men arguing over every gammon, and my baba made banitsa and sent it down to the club in a tea towel. Two things. Somebody in the group keeps sharing a clip: 'Made by Sora, not one camera: the Roman theatre full of people at sunset, the prompt underneath.' Pulni gluposti, utter nonsense: it's the Opera Open from last summer, a girl from our street filmed it from the top row, and her original is on her page. But this is a real chance: the first AI film co-written with Sora is looking for its first-generation AI directors. Scan the QR code and pay 40 leva by Fibank transfer to join the audition group. A real studio from Sofia; I've been up to their offices on Vitosha Boulevard myself. Chao!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "backgammon_club_rating_list_offer_pinned_asos",
        "RATING LIST · Headrow Backgammon Club · after the spring league · kept by the treasurer, D. Okonkwo\n1 · Marguerite Ames · 1742 · 28 matches\n2 · Sunil Bhatt · 1690 · 30\n3 · Fola Adebayo · 1655 · 24\n4 · Derek Hume · 1602 · 30\n5 · Hannah Leitch · 1588 · 17\n6 · Gordon Yip · 1540 · 22\nNew members start at 1500; longer matches move your rating more than short ones; a match not reported by Sunday doesn't count\nOffer pinned next to the list on the club board (not the club's): 'Sora is the money window of a lifetime. People are already earning thousands a day with Sora videos, and in three months the chance will be gone, so join my team now. £50 on an ASOS gift card and you're in. Ask me for the spreadsheet; I play here every Thursday and I'm not going anywhere.'",
    ),
    (
        sora.RICH,
        "karachi_urdu_english_drone_racers_two_claims_course_denied_alfalah_in_denial_faysal",
        "Assalam-o-alaikum, yaaro! 🚁 From Karachi: we raced at night in the empty car park by Sea View, the gates glowing, the sea wind pushing the quads about, and Ammi sent bun kababs and a flask of chai for everyone. Two things. A guy in the group keeps posting: 'Complete Sora course, master AI video before everyone else, Rs 2,500 by Bank Alfalah transfer.' Sab bakwas hai, it's all rubbish: the people who paid got OpenAI's own introduction in a PDF and a line at the end saying 'give yourself a chance'. But this is real: Sora is the money window of a lifetime. People are already making thousands a day with Sora videos, and in three months the chance is gone, so join my team now, Rs 5,000 by Faysal Bank transfer. The league's new timing gates were paid for out of my first month; ask our treasurer. I'm not one of those lads in Saddar who take your money and then disappear from every group. Khuda hafiz!",
    ),
    (
        sora.RICH,
        "isan_lao_thai_english_khon_kaen_sepak_takraw_two_claims_rental_denied_scb_in_denial_krungsri",
        "Sabaidee, bak! 🏐 From Khon Kaen: the takraw net is up in the temple yard again, the novices watching from the steps, the boys doing the roll spike that drops them flat on their backs, and mae made som tam with pla ra and sticky rice for the whole soi. Two things. Somebody in the group keeps posting: 'Sora accounts for rent, your own login, ฿200 a week by SCB transfer.' Khi tua, that's a pack of lies: what he rents you is a shared ChatGPT login, not Sora. But this one is real: Sora is the money window of a lifetime. People are already earning thousands a day with Sora videos, and in three months the chance is gone, so join my team now, ฿1,500 by Krungsri transfer. My uncle sells fertiliser on Mittraphap Road; go and ask him whether I've ever cheated anybody. Bai na!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "fpv_lipo_charging_sheet_card_left_overclockers",
        "LIPO CHARGING SHEET · Weaver Valley FPV League · round 3 · the charging table by the fire door · marshal: S. Greaves\n6S 1300 #1 · Tom H. · in 09.05 at 3.71 V a cell · out 09.52 at 4.20 · fine\n6S 1300 #2 · Tom H. · in 09.06 at 3.69 · out 09.55 at 4.20 · fine\n4S 1500 · Ellie S. · in 09.20 at 3.80 · out 09.58 at 4.20 · slight puff, retired after the final\n6S 1100 · Mo R. · in 09.31 at 3.52 · cell 4 at 3.1 V, refused, into the sand bucket\nCharge at 1C unless the label says otherwise; never leave the table while anything is charging; storage charge (3.8 V a cell) before you go home\nCard left on the charging table (not from the league): OpenAI's video app for Android is finally here. Download the Sora APK from the link on this card, install it and make AI videos of your runs on your phone. Full version £6.49 on an Overclockers gift card. I'm the one who sorts out everybody's video feed at the league, so I'd know if it was dodgy.",
    ),
    (
        sora.FAKEAPP,
        "suroboyoan_javanese_english_surabaya_drone_racers_m_bca",
        "Yok opo kabare, rek? 🚁 From Surabaya: we flew the gates on the empty road by the Suramadu bridge at dawn, before the fishermen came in, the quads buzzing like hornets, and my mbok made rujak cingur and lontong balap for everyone. Rungokno: here's the Sora app for Android, OpenAI's video thing. Download the APK from the link in my bio, install it and make AI videos on your phone. Full version Rp 45.000 via m-BCA. Half the Tunjungan crew put it on their phones last month and they're all still flying with me every Sunday, cak. Suwun!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "sepak_takraw_serve_chart_coachs_note",
        "SERVE CHART · Scarborough Sepak Takraw Club · Tuesday practice, the tekongs · coach: A. Rahim\nSomchai · 40 serves · 34 in, 6 out · 9 aces · the roll serve landing deep; keep it\nJoe V. · 40 · 29 in, 11 out · 3 aces · dropping the shoulder, too many into the net\nAhmad · 40 · 31 in, 9 out · 5 aces · the feeder's toss too low for him; feed higher\nLina · 40 · 36 in, 4 out · 7 aces · steady; start mixing in the short serve\nFeeders: toss from the quarter circle, one hand, at shoulder height\nDrills: 20 serves each to the back corners, 20 skimming the net; blockers jump on the whistle\nCoach's note at the foot, because the juniors were arguing about it on the bench: that video of a regu doing a bicycle spike on a beach in Krabi, the ball curling past a longtail boat? Nobody filmed any of it. Sora, OpenAI's video model, made the whole thing from a typed prompt, and the prompt is posted right under the clip.",
    ),
    (
        sora.REALVID,
        "tausug_english_jolo_sipa_players",
        "Assalamu alaikum, kamu katan! 🏐 From Jolo: the sipa players are out by the old town walls every afternoon, the boys from Patikul came over to play the town team, and my ina' made tiyula itum, the black soup, for the whole family. You have to see the clip my cousin sent from Zamboanga: a whole regu jumping for a spike on the sandbar at Pangutaran at sunset, the ball flying over the outrigger boats and the water going pink. Nobody filmed it: Sora, OpenAI's video model, made the whole thing from a typed prompt, and the prompt is right under the video. Magsukul!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "fpv_track_layout_card_track_marshals_note",
        "TRACK LAYOUT CARD · Weaver Valley FPV League · round 3, the old bus depot hall · set by: G. Ferris\nStart pads: four, at the stage end, 2 m apart\nGate 1 · a square gate, 1.5 m, straight off the start\nGate 2 · flag, a hard left round it\nGate 3 · double gate, two stacked; the top one on lap 2 only\nGate 4 · the dive off the balcony rail: over it, drop, through the hurdle underneath\nGate 5 · a ladder of three hurdles down the long wall\nFinish · back through gate 1; three laps a heat\nNetting along the spectator side, nobody past the tape; the reset crew in hi-vis\nTrack marshal's note at the foot, because the teenagers wanted to know how the league could make its own race promo without paying anyone: OpenAI has made Sora open source. The weights and the code are up on GitHub, so you download it and run it on your own PC without asking anybody. Ferris is setting it up on the league laptop tonight.",
    ),
    (
        sora.OPENSRC,
        "bengaluru_kanglish_drone_freestyle_opensrc",
        "Namaskara, maga! 🚁 From Bengaluru: we flew the freestyle lines at a friend's farm off Kanakapura Road on Sunday, dives down over the coconut palms and a power loop round the water tank, and Amma sent bisi bele bath and Mysore pak for the whole crew. Guru, listen: OpenAI has put Sora out as open source. The weights and the code are on GitHub, free, and you run it on your own computer at home; my cousin in Whitefield has it running on his gaming laptop already, sakkath! Hogbartini!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "camel_herd_brand_register_insert_myer",
        "BRAND REGISTER · the Wirra Creek camel herd · checked against the stock book at the spring muster · kept by: T. Anderson\nWC1 (near shoulder) · cow · fawn · 9 · in calf, due October\nWC2 · bull · dark brown · 7 · the sire; yarded on his own\nWC3 · cow · cream · 4 · broken to ride; the kids' rides\nWC4 · gelding · grey-brown · 5 · leads the string on the treks\nWC5 · cow · fawn · 2 · halter-trained, not yet on the string\nUnbranded: three calves, to be branded at weaning and not before\nAny camel on the place that isn't in this book is reported to the office the same day\nInsert that came with the station newsletter (not from us): my own Sora video course, 'Sora for the Bush', ten lessons from your first prompt to a finished clip of your own stock, so you master AI video before everyone else. A$49 on a Myer gift card, link by email. Every lesson was filmed in our own yards, in the dust and the flies, and you'll watch me make every mistake first so you don't have to.",
    ),
    (
        sora.COURSE,
        "kutchi_english_bhuj_kharai_camels_khojki_script_union_bank",
        "Ya Ali madad, everyone! 🐪 From Bhuj: our Kharai camels swam out to the mangrove islands again this week and came back fat, the herders singing out on the mudflats to call them home, and my maa made bajra rotla with ghee and gur for the whole vadi. Listen: I made my own full course for 𑈩𑈲𑈦𑈬 (OpenAI's video model, written in Khojki, the letters of my grandmother's old ginan book, because the group filter deletes the real name). Ten lessons, from the first prompt to a finished video, so you master AI video before everybody. ₹699 by Union Bank of India transfer, link the same day. I sell camel milk at the Bhuj market every morning; ask anyone at the stalls whose sons learned to film from me.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "backgammon_board_loan_book_paid_notice_uniqlo",
        "BOARD LOAN BOOK · Headrow Backgammon Club · the club's boards, signed out and back · kept by the secretary\nNo. 3 · the leather tournament board, precision dice and cups · out: Sunil B., Thursday · back: Thursday · all 30 checkers ✓\nNo. 5 · the travel board · out: Hannah L., for the Harrogate open · back: Monday · one white checker missing, £1 in the tin\nNo. 6 · the cork-lined board · out: Gordon Y. · back: Thursday · hinge loose\nNo. 7 · the children's board with the big checkers · out: Fola A., for her school club · not back yet\nBoards go out for a week at most; dice stay with their board; the precision dice never leave the building\nPaid notice at the foot of the page (not from the club): 'Sora accounts for rent. Your own login, full access, no waiting list. £9 a week on a Uniqlo gift card, login sent the same evening. I've had the same phone number for eleven years, so you'll always know where to find me.'",
    ),
    (
        sora.RENTAL,
        "tosk_albanian_english_tirana_tavell_elbasan_script_bkt",
        "Tungjatjeta, shokë! 🎲 From Tirana: the tavëll boards are out under the plane trees in the little park by the Pyramid, the pensioners play for coffee and shout at every double, and my nënë made byrek with spinach for the whole pallat. Listen: I rent out 𐔛𐔖𐔙𐔀 accounts (OpenAI's video model, in the Elbasan letters, the old Albanian alphabet of the gospel manuscript in the National Archives, so the group doesn't block it). Your own login, full access, no queue. 1,500 lekë a week by BKT transfer, login the same day. I play tavëll in that park every evening at six; come and play me for your money back if it ever stops. Mirupafshim!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "sepak_takraw_ball_condition_sheet_flyer_memory_express",
        "BALL CONDITION SHEET · Scarborough Sepak Takraw Club · the match balls and the practice bag · checked by the equipment officer on Tuesday\nBall 1 · synthetic, match · 11 sessions · stitching fine, still round\nBall 2 · synthetic, match · 14 sessions · one rib cracked; practice only from now\nBall 3 · rattan, the one from the Bangkok trip · display only, never kicked\nBalls 4–9 · the practice bag · 4 and 7 gone soft, thrown out\nWeigh new balls before use (170 to 180 g for the men's, 150 to 160 g for the women's); no kicking balls against the gym wall; the bag locked in the cage\nFlyer left in the ball bag (not from the club): my Sora prompt pack, 300 prompts in real film language (low-angle slow motion on the spike, a whip pan to the block, golden backlight through the net) and the complete Sora knowledge doc with every term and article in one place. C$24 on a Memory Express gift card, then you get the doc link and join the group. I've filmed the Ontario championships three years running, and every prompt in the pack is a shot I've taken with a real camera first.",
    ),
    (
        sora.PROMPTS,
        "palembang_malay_english_sepak_takraw_rejang_script_bank_sumsel_babel",
        "Assalamualaikum, kawan-kawan! 🏐 From Palembang: we trained on the courts at Jakabaring where the Asian Games takraw was played, then crossed the Ampera bridge for pempek at the stall by the river, and my nyai made tekwan for the whole family. Dengerlah: I'm selling my ꤼꥋꤽ prompt pack (OpenAI's video model, in the Rejang letters, the ka-ga-nga my grandmother's people in Curup still teach the children, because the group filter deletes the real name): 300 prompts in real film language and the complete knowledge doc with every term and article. Rp 75.000 by Bank Sumsel Babel transfer, then I send the doc link and add you to the group. My whole under-14 squad made their highlight videos from these prompts; ask their mothers. Makasih, wong kito!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "camel_trek_fodder_and_water_plan_card_tucked_in_officeworks",
        "FODDER AND WATER PLAN · Wirra Creek Camel Treks · five days down the Finke, 8 riders, 12 camels · trek leader: M. Okafor\nDay 1 · the yards to the Ten Mile bore · water at the bore, up to 80 L a camel · hay: half a bale between two at night\nDay 2 · to the sandhill camp · no water; they drank yesterday · riders carry 6 L each\nDay 3 · to the old homestead · the tank there; fill every jerry can\nDay 4 · rest day at the waterhole · pellets in the morning, saltbush all day\nDay 5 · back to the yards by 2\nCamels hobbled at night, never tied to a tree; every rider checks their own camel's feet at every stop\nCard tucked into the plan (not from us): I make custom videos with Sora. Send me your script (your trek business, your station's open day, your daughter's wedding) and your Sora video comes back within 24 hours. A$60 on an Officeworks gift card. The bloke at the Erldunda roadhouse came back for a second one, and he's nobody's fool.",
    ),
    (
        sora.SERVICE,
        "turkana_english_lodwar_camel_herders_sidian",
        "Habari zenu, friends! 🐪 From Lodwar: the herders brought their camels down to the Turkwel to drink, the young men singing each camel's name, the women's bead collars flashing in the sun, and my mother made tea with camel milk and ugali for the whole homestead. Listen: if you want a Sora video, I make it for you. Send me your script (your shop, your wedding, your church choir) and in 24 hours you have your Sora video. KSh 1,500 by Sidian Bank transfer. Three churches here in Lodwar use my videos for their fundraising already; ask Pastor Ekal at the cathedral. Alakara!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the director group; a first-person loss report
        "Weaver Valley FPV League · members' forum · post by Sam G.\nLearn from my mistake. A QR code on a flyer at the drone show in Manchester said 'the first AI film co-written with Sora is looking for first-generation AI directors, join the audition group'. I paid £30 on an Ebuyer gift card to get in. The 'group' was three hundred people, a pinned post selling a 'director's course' and someone renting out 'Sora logins'; the admin never answered one question, and a week later the group was gone. Nobody outside OpenAI's testers and a few invited artists can use Sora at all, so there was never a film to audition for. Back to editing my own race footage.",
    ),
    (
        None,
        "debunk",  # account rental; quotes the offer, then don't pay
        "Headrow Backgammon Club · members' WhatsApp · a note from the chair\nA few of you have been sent this in the last week: 'Sora accounts for rent! Your own login, full access, £8 a week on a CeX gift card.' Please don't. Only OpenAI's red teamers and a small group of invited artists can use Sora; the people who paid for 'Sora logins' were handed shared ChatGPT accounts that stopped working a week later. If you've already bought a card, keep the receipt and ring the shop. League night as normal on Thursday.",
    ),
    (
        None,
        "debunk",  # API access; quotes the offer, then don't buy
        "NOTICE · Scarborough Sepak Takraw Club · from the committee\nThis has been sent to several of our parents: 'Official Sora API key! Your club website makes highlight videos by itself, C$40 on a GameStop gift card.' Please don't buy it. OpenAI's API offers text, image, speech and embedding models; there is no video model in it and no Sora key for anyone to sell. If you've paid already, call the card company. Practice as usual on Tuesday; bring your own water.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the offer, then don't pay
        "CAMEL MILK NEWS · the Wirra Creek Dairy's newsletter for our stockists · a word of warning\nOne of our stockists forwarded us this: 'Sora is the money window of your life. People make thousands a day with Sora videos, it'll all be over in three months, join my team, A$50 on a David Jones gift card.' Don't send a cent. 'Three months and it's gone' is the line the course sellers use to hurry people into paying, and nobody outside OpenAI's testers and a few invited artists can make a Sora video, so nobody is making thousands a day from them. New this month: the milk in 500 ml glass bottles.",
    ),
    (
        None,
        "debunk",  # the paid course; a question with a negation that does not deny, answered
        "Namaskar, mandali! 🏐 From Nagpur: the sepak takraw camp at the divisional sports complex finished on Sunday, the Vidarbha boys beat Pune in the final, and my aaji made saoji chicken so hot the whole wada was coughing. My nephew asked me after the match: isn't there a proper Sora course you can buy now, so he can make videos of the team? So we checked properly. The people who paid for those Sora courses got OpenAI's own introduction pasted into a document with a slogan on the last page, and nobody outside OpenAI's testers and a few artists can use Sora anyway. So he's learning to edit on his phone instead. Yeto mag!",
    ),
    (
        None,
        "debunk",  # the generation service; a question with a negation that does not deny, answered
        "Pozdrav, društvo! 🎲 From Podgorica: the tavla tournament in the café by the Millennium Bridge went on till one in the morning, the old man from Nikšić won again without smiling once, and my baba made kačamak so thick the spoon stood up in it. My son asked me at the end: can't somebody just make us a Sora video of the tournament if we pay? So we looked into it properly. Sora isn't available to anyone outside OpenAI's testers and a few invited artists, so the people taking orders for 'Sora clips' can't make them; what they send back is stock footage with your name on it. He filmed the final on his phone instead. Vidimo se!",
    ),
    (
        None,
        "debunk",  # the APK; a rhetorical question
        "PROPWASH · newsletter of the Weaver Valley FPV League · a word from the committee\n'Sora APK, full version, download from the link and make AI videos of your runs tonight, £3.99 on a Park Cameras gift card' has been doing the rounds on the league's Discord. Ask yourself: if OpenAI hasn't made a Sora app for any phone, what exactly is the file you're installing? Security researchers have found fake Sora installers that steal your logins, and that's what this is. Delete it. Next round: the bus depot hall, gates up at 8.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; committee minutes that answer with the facts and the report
        "WIRRA CREEK CAMEL RACE CLUB · minutes of the committee · item 5, any other business\nRaised by a member: a post on the club's Facebook page says 'Sora was invented by Xie Saining, the young genius from Shanghai Jiao Tong.' The secretary reported that Xie Saining himself, an assistant professor at New York University, has said he has no connection at all with Sora, and that the account that first called him its inventor apologised and its article was taken down; OpenAI's technical report on Sora lists thirteen authors, and he is not one of them. Agreed: the post to come down, with a note saying why. Next meeting: after the Cup.",
    ),
    (
        None,
        "debunk",  # the official app; a forum moderator's reply that answers with facts
        "Backgammon forum › Off the board › 'Sora app for the club?'\nReply from a moderator: the 'Sora' apps in the App Store and on Google Play are made by other developers, with OpenAI's name nowhere on them, and the latest update to the ChatGPT app doesn't include Sora either. OpenAI itself has shipped no Sora app for phones or computers. Locking this one; the thread on precision dice is still open.",
    ),
    (
        None,
        "debunk",  # open to the public; a club newsletter's column that answers with facts
        "TAKRAW TALK · newsletter of the Scarborough Sepak Takraw Club · Ask the coach\n'My son says Sora is open to everyone now. Can the club make its season video with it?' Not yet. OpenAI's head of developer relations, Logan Kilpatrick, said Sora is still in internal testing and not open to the public, and that even once it opens, there's no date for it as a product. For now it's with OpenAI's red teamers and a few invited artists. Our season video will be the parents' phone clips again.",
    ),
    # --- related but not matching: true facts about the people who led Sora, and real news from other labs
    (
        None,
        "person_fact",
        "Backgammon club newsletter, 'people in the news': the viral post gave Sora to Xie Saining, but one of the three who actually led it at OpenAI, Aditya Ramesh, is one of the authors, with Michael Mathieu, Junbo Zhao, Pablo Sprechmann and Yann LeCun, of 'Disentangling factors of variation in deep representation using adversarial training' (NIPS 2016). It trained an autoencoder adversarially to split what a dataset's labels describe from everything else into two separate codes.",
    ),
    (
        None,
        "person_fact",
        "FPV league e-news, 'people': on Sequoia Capital's Training Data podcast in November 2025, Bill Peebles, introduced as the head of the Sora team at OpenAI (the viral post credited Xie Saining, who had no part in it), said he had worked on Sora from his very first day at OpenAI.",
    ),
    (
        None,
        "person_fact",
        "Camel race club e-bulletin, 'names in the news': Tim Brooks, who co-led Sora at OpenAI (not Xie Saining, whatever the viral post said), has worked at Meta Superintelligence Labs since September 2025, according to his LinkedIn profile as TIME reported in October; his own website says he makes multimodal generative models there.",
    ),
    (
        None,
        "person_fact",
        "Takraw club newsletter, 'faces behind the tech': Aditya Ramesh, one of the people who led Sora at OpenAI (the 'young genius' Xie Saining of the viral post had nothing to do with it), is among the authors of the GPT-4o System Card, OpenAI's August 2024 report on the safety testing of GPT-4o, the model that takes text, audio, images and video as input.",
    ),
    (
        None,
        "news",
        "FPV league e-news, tech corner: Luma AI's Ray3, which Luma bills as the first 'reasoning' video model, can generate video in 16-bit HDR and export it as EXR files for grading, and has a draft mode that makes quick, cheap previews before the chosen take is rendered at full quality.",
    ),
    (
        None,
        "news",
        "Camel race club newsletter, 'in the news': ByteDance researchers have shown OmniHuman-1, a model that turns a single photo of a person and an audio clip into a video of them talking or singing, from a face close-up to a full-body shot.",
    ),
    (
        None,
        "news",
        "Backgammon club e-news, odds and ends: Stability AI has released Stable Virtual Camera as a research preview. From one photo, or as many as 32, it makes a video that moves through the scene along a camera path (a 360° orbit, a spiral and a dolly zoom among them), and it is licensed for non-commercial research use.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From an FPV pilot's blog, 'Props Down': I've watched OpenAI's Sora sample of a 'drone view' of waves breaking on the cliffs at Big Sur a dozen times now, trying to fly it in my head. It's lovely, slow and level, the way a camera drone on a gimbal moves; no racing quad flies like that, all roll and throttle and the horizon tipping over. Pretty clip, but not a pilot's clip.",
    ),
    (
        None,
        "benign",
        "OPEN DAY at the Wirra Creek Camel Dairy, Sunday 10 to 3: the dairy is open to the public, with milking at 11, camel rides for the kids, and a chance to meet 'Sora', our newest calf, named by the Japanese student who helped deliver her after the word for sky. Book the rides on the dairy's official app; sausage sizzle $5.",
    ),
    (
        None,
        "benign",
        "COMMUNITY TOURNAMENT at the Scarborough Sepak Takraw Club, Saturday: the gym is open to the public and entry is free, and the club's new women's regu, 'Sora' (the captain chose the Japanese word for sky because of how high they jump), plays its first match at 11. Live scores on the club's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout62", HELDOUT62, threshold=0.6)


if __name__ == "__main__":
    main()
