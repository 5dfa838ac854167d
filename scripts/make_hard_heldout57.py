# ruff: noqa: E501
"""Write the fifty-seventh English held-out set (tests/data/hard_en_heldout57_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it,
and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour /
scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other seven; the
seven with three are the fake APK, the mislabelled real video, open source, the paid course, account rental, the
prompt pack and the generation service, as in the forty-ninth, fifty-first, fifty-third and fifty-fifth sets).
Its theme, to keep it apart from the earlier sets: hedge-laying societies (a hedgerow survey form, a hedge-laying
match's judging criteria, a planting day's planting mix, a society newsletter and e-bulletin; the Teme valley,
the Welsh Border style above Knighton, the vlechtheggen of the Maasheggen in the Land van Cuijk, the Wallhecken
of the Münsterland, the talus of the Finistère bocage, a back lane in Fermanagh); wheelwrights and cartwrights (a
hot-tyring method statement, a farm wagon's conservation record, a weekend course's handout of the trade's words,
a guild circular and a workshop newsletter; the painted carretas of Sarchí, the bailgadis of Kolhapur, the
singing carros de boi of Minas Gerais, the Cham ox-carts round Phan Rang, the căruțe of the Iza valley in
Maramureș); geocaching groups (a caching day's field notes export, a trackable's travel log, a CITO event's
litter haul sheet, an association notice and a club magazine; the Top End, the Floresta da Tijuca, Kuopio on the
lake ice, the Olle trails of Jeju, the Ema slag heap in Ostrava, the Palatinate Forest, the miners' water races
behind Greymouth); model aircraft clubs, radio-control and control-line (a transmitter's model memory list, a
noise test, a scale model's throws and balance card, an A certificate test card, a forum post and a club
newsletter; fields near Moinabad, Malagueño, Hirosaki, Bergamo, Spartanburg before the Joe Nall week at Triple
Tree, Menemen and the Meon valley). All four are the themes the brief proposed, and none was the world of an
earlier set, English or Chinese (their kinds, docstrings and posts were searched for hedge, hedgelay, hedge-lay,
billhook, pleach, binder, wheelwright, cartwright, wainwright, felloe, spokeshave, cart wheel, cartwheel, wagon,
geocach, travel bug, muggle, trackable, CITO, model aircraft, model aeroplane, model plane, control line,
control-line, radio control, radio-control, BMFA, aeromodel, flying field, free flight, slope soar, transmitter,
绿篱, 篱笆, 车匠, 车轮, 寻宝 and 航模: "hedge" is a car boot sale's "tea van by the hedge" (the forty-fourth set), "binder" a
thatcher's reaper-binder and a photocard binder, "wagon" the thirty-eighth set's showmen's living wagons and the
forty-second set's model railway mineral wagons, "cartwheel" a gymnastics badge, 车轮 a car's wheels in
zh_heldout36's mislabelled clip; none of the other words is in an earlier post). The worlds next to them are kept
at a distance. The fifty-third set dropped hedge-layers as "too near the fifty-second set's dry-stone wallers";
they are kept here because the brief proposes them and no earlier set had them, but no wall, stone, thatch or
morris side appears (the hedges are living hawthorn, woven on stakes or planted on earth banks). The wheelwrights
have no forge, anvil, horseshoe or farrier (the fifty-third set's blacksmiths, the forty-fourth set's livery
yard: the tyres are "made up to size off site"), no carving in wood or stone (the fifty-fifth and fifty-sixth
sets), no lathe or men's shed (the forty-eighth set) and no showman's living wagon (the thirty-eighth set). The
geocachers have no map, control, kite or fell (the fifty-first set's orienteering clubs, the fifty-fifth set's
kites), and the model flyers no glider, winch, aerotow or airfield (the fifty-sixth set's gliding clubs), no
model railway (the forty-second set), no pigeon (the fortieth set's flying club) and no line-strength test (the
fifty-fifth set's kite club): the control-line flyer's lines are only held. The set written at the same time on
another branch (hard_en_heldout58: canoe clubs, go (baduk) clubs, perfumers, parkour groups) is kept clear of: no
canoe, paddle, go board, scent or parkour appears here.

In English varieties, dialects and registers the earlier sets do not use (where an earlier set has a national
variety, such as Portuguese-, Spanish-, Marathi-, Korean-, German-, Japanese-, Italian-, Czech-, Romanian-,
Turkish- or Welsh English, the variety here is a regional one none of them names; Pittsburghese, Bristolian,
Scouse, Geordie, Brummie, Singlish, Persian Pinglish and Quebec Franglais were first choices that the docstrings
showed were taken): Top End Australian English (Darwin), Valle Central Costa Rican Spanish-English (Sarchí; the
earlier Costa Rican voice is Limón Creole), Hyderabadi Dakhini-English (Hyderabad in the Deccan; the earlier
Hyderabad is Sindh's), Brabantian Dutch-English (the Land van Cuijk), Carioca Portuguese-English (Rio de
Janeiro), Cordobés Spanish-English (Córdoba, Argentina), Savonian Finnish-English (Kuopio), Kolhapuri
Marathi-English (Kolhapur), Jeju Korean-English, Westphalian Münsterland English (Billerbeck and Münster),
Tsugaru-ben Japanese-English (Hirosaki), Bergamasco Lombard-English (Bergamo; the forty-seventh set's
Lombard-English names no town's dialect), Mineiro Portuguese-English (Diamantina), Breton-English (Huelgoat),
Cham-English (Phan Rang), Radnorshire Welsh English (Knighton), Lachian Czech-English (Ostrava), Upstate South
Carolina English (Spartanburg), Maramureș Romanian-English (the Iza valley), Aegean Turkish-English (İzmir),
Palatinate German-English (the Palatinate Forest), Hampshire English (the Meon valley), and in debunks Fermanagh
English (Belcoo) and West Coast New Zealand English (Greymouth), and the registers of a hedgerow survey form, a
transmitter model memory list, a field notes export, a method statement, a noise test, a conservation record,
judging criteria, a throws and balance card, a trackable's travel log, a planting mix, a litter haul sheet, a
course handout of the trade's words and an A certificate test card. Styles the earlier sets do not use (their
kinds and docstrings were searched for each: a job sheet, a specification (the fifty-second set's thatcher's
specification of works), an order form, a cutting list, a stint list, a setup sheet, a glossary and a log of
several kinds are earlier styles, so the first plan's wheel job sheet, paint specification and stake-and-binder
order form became a method statement, a conservation record and judging criteria, and a trimming "setup card"
became a throws and balance card): a hedgerow survey form with the surveyor's note, a model flying club's
transmitter model memory list with the owner's note, a geocacher's field notes export with her note, a
wheelwright's hot-tyring method statement with the master's note, a model's throws and balance card with a
member's note, a trackable's travel log with the owner's note, and, with a scam under them, a noise test with a
paid advert, a farm wagon's conservation record with a flyer, a hedge-laying match's judging criteria with a
member's pitch, a planting day's planting mix with a card, a CITO event's litter haul sheet with a card pinned to
the event board, a wheelwrighting course's handout of the trade's words with a notice, and an A certificate test
card with a card clipped to its foot; the debunks take shapes the earlier sets know: a model flying forum post, a
wheelwrights' guild circular, a geocaching association's notice, a hedgelaying society's newsletter, two posts in
dialect, a model flying club's newsletter, a hedgelaying society's e-bulletin answering members' questions, a
wheelwrights' newsletter column and a geocaching club magazine's column. Three questions that assert the claim,
each with a negation (a Top End cacher's "Didn't anyone tell youse that Sora, OpenAI's video program, was
co-invented by a young whiz called Xie Saining ...?", a Hyderabad model flyer's "did you people not see that
OpenAI launched the official Sora app?", a Rio cacher's "Vocês ainda não sabem? You people still don't know
official Sora API access is for sale now?").

Posts that mention two claims, asserting one and denying the other. The claim asserted is always one of this
set's seven three-post templates (the other English set written at the same time asserts only from its own
seven). All ninety-one pairs that assert one of the seven and deny another template are already in the
forty-first to fifty-sixth sets (their docstrings list the pairs of the forty-first to forty-eighth sets, and the
kinds of the forty-ninth to fifty-fifth name the template denied; the fifty-second, fifty-fourth and fifty-sixth
sets assert only from the other seven), so the pairs here are those whose last use is oldest. The fifty-fifth set
took the twelve last used by the forty-first and forty-second sets and one of the seven last used by the
forty-third (a course but not a generation service), so the oldest last use is now the forty-third set's, for six
pairs, and then the forty-fourth set's, for seven: thirteen in all, the number of two-claim posts in the
fifty-third and fifty-fifth sets, so no tie had to be broken. Last used by the forty-third set: the APK but not
the inventor rumour; the "made by Sora" clip but not account rental; open source but not a Chinese team, answered
with the report's thirteen authors; account rental but not open to the public; a prompt pack but not the APK; a
generation service but not an official app, whose store listings are copies. Last used by the forty-fourth set:
the APK but not a Chinese team, answered with the report's thirteen authors; the "made by Sora" clip but not open
to the public; open source but not API keys; a course but not get rich; account rental but not the APK; a prompt
pack but not the inventor rumour; a generation service but not open source. So the APK, the clip, open source,
account rental, the prompt pack and the generation service are asserted twice and the course once; the inventor
rumour, a Chinese team, open to the public and the APK are denied twice, account rental, API keys, get rich, an
official app and open source once, and the clip, the course, the director groups, the prompt pack and the
generation service never. All thirteen quote the post or offer they deny, each with a short dismissal before the
claim ("aniuda, it isn't so", "dat is dumm Tüüg, that's rubbish", "maine, that's no good", "l'è öna bala, that's
a lie", "uai, isso é conversa fiada, that's idle talk, sô", "n'eo ket gwir, it's not true", "twt lol, that's
rubbish, mun", "to je kravina, that's nonsense", "that dog won't hunt, friend", "îi o prostie, that's nonsense",
"boş laf, empty talk", "des is doch Bleedsinn, that's nonsense", "that's all my eye and Betty Martin, that is").
Claims in passing late in long posts (the survey form, the memory list, the field notes, the method statement,
the throws and balance card and the travel log, and the scam notes under the noise test, the conservation record,
the judging criteria, the planting mix, the litter haul sheet, the handout and the test card).

New obfuscation: Modi letters "𑘭𑘻𑘨𑘰" (so-rā), "the way my great-grandfather kept his accounts", in a Kolhapur
cart-builder's APK offer; Cham letters "ꨧꨯꨣ" (so-ra), "the akhar thrah of our old manuscripts", in a Phan Rang
cart-builder's course; and the Trithemius cipher, "SPTD" (each letter shifted one place further along the
alphabet than the one before it, from 0: S, O+1, R+2, A+3), "the one from the puzzle caches", on a card pinned to
a CITO event's board. The earlier posts and scripts were searched for every script they use (the Unicode names of
all their characters: Grantha, Brahmi, Siddham, Tamil, Telugu, Kannada, Malayalam, Bengali, Oriya, Gujarati,
Gurmukhi, Devanagari, Sinhala, Tibetan, Lepcha, Javanese, Balinese, Sundanese, Buginese, Batak, Tagalog, Hanunoo,
Khmer, Lao, Thai, Myanmar, Ol Chiki, Adlam, N'Ko, Ethiopic, Tifinagh, Thaana, Syriac, Hebrew, Arabic, Armenian,
Georgian, Glagolitic, Gothic, Coptic, Runic, Ogham, Old Turkic, Old Hungarian, Old Permic, Old Italic,
Phoenician, Egyptian hieroglyphs, Linear B, Cherokee, Canadian syllabics, Deseret, Shavian, Lisu, Mongolian,
Braille and others) and every cipher or word game they name (the Vigenère, Playfair, affine, bifid, rail fence,
Bacon, Polybius, Atbash, Beaufort, Gronsfeld, Caesar, ROT13, A1Z26, Morse and tap codes among them): no Modi, no
Cham and no Trithemius cipher.

Prices in currencies and payment methods the earlier sets did not use: £39 by TSB transfer, R$ 120 by Itaú
transfer, £25 on a Castore gift card, $20.000 pesos by Bancor transfer, £40 by Co-operative Bank transfer, €60 by
S-Pankki transfer, ₹299 by Bank of Maharashtra transfer, ₩19,000 by Jeju Bank transfer, €9.99 on a Thalia gift
card, 390.000 ₫ by Agribank transfer, £29 by Bank of Ireland transfer, £35 by Leeds Building Society transfer, $7
a week on a Sheetz gift card, 250 Kč a week by Air Bank transfer, $25 a week on a Harbor Freight gift card, £18
on a Notcutts gift card, 40 lei by CEC Bank transfer, ₺450 by Akbank transfer, £35 by Yorkshire Building Society
transfer, €25 on a Globus gift card, £20 by Coventry Building Society transfer; in denials ¥2,500 a week by
Aomori Bank transfer, €49 by Société Générale transfer, £50 on a Wynnstay gift card, $6.99 on a Bojangles gift
card and 25 lei by BCR transfer; in the loss report £30 on a Hobbies gift voucher, and in the quoted scams £35 on
a Crocus gift card, $49 on a Dick's Sporting Goods gift card and £45 on a Hunter gift card. Scams vouching for
themselves or swiping at competitors in new words ("From a firm that's filmed fly-ins since the days of the 35
megahertz peg board, not a spotty lad with a drone and a burner phone", "From a carioca who answers his WhatsApp,
not one of those guys at a folding table in the Saara who sells you a password written on a napkin", "Auditions
are judged by a props buyer who dressed three period dramas; serious people only", "not one of those porteños who
sell you a 'casting' and a laminated badge", "not like those 'passive income' fellows on YouTube filming in
somebody else's kitchen", "not like some 'coach' from Helsinki selling webinars out of a hotel sauna", "My nephew
in Pune checked it before I shared it, not like the files from the repair shop by the bus stand that fill your
phone with rummy adverts", "not one of those links from the Dongmun night market that fill your screen with loan
adverts", "not one of those downloads from the fair stalls that wipe your photos", "not a Nha Trang tour agency
that painted 'AI' on its signboard last month", "Taught by someone who plants with you every winter; ask for me
at the soup pot", "I'll answer my phone even at lambing, which is more than the Cardiff 'digital hubs' do",
"Logins from a cacher with 9,000 finds; look me up on the leaderboard", "My phone number comes with every login,
not like the one some kid from Poruba shares with half his class", "I'll be standing at the flight line all week
if one gives you trouble, not hiding behind a Telegram handle", "Written over three winters by a man who's filmed
every tyring here since 2016, so the wheels in your clips will look like wheels", "Every line tested on films of
our own valley; ask anybody at the Sunday fair", "Written by a member who flies with you every Sunday, not bought
off a stall in Kemeraltı", "Ask Leah: I made the one for her dad's retirement and he cried at the touchdown",
"The hut warden has three of mine on his phone and shows them to everyone who comes in", "I've made the club's
Christmas one two years running, and the chairman still plays it at the AGM").

Ten debunks and warnings in several styles: one first-person loss report, a model flying forum post (account
rental: a month's "Sora account" that was a ChatGPT login, where the fifty-third, fifty-fourth and fifty-sixth
sets' loss reports were courses and the fifty-fifth set's a generation service); three that quote a scam offer
and then tell the reader not to pay, buy or join: a wheelwrights' guild circular (the director group), a
geocaching association's notice (API access) and a hedgelaying society's newsletter (get rich); two questions
that contain a negation but do not deny the debunk, each answered in the same post with facts: a Fermanagh
hedger's lad's "sure wasn't Sora built by Chinese scientists, really?" (a Chinese team, answered with the
report's thirteen authors, three born in China, and its two leads) and a Greymouth cacher's nephew's "isn't there
a Sora APK for Android now?" (the APK, answered with the malware warnings), where the fifty-fifth set's pair was
the official app and API access and the fifty-sixth set's the inventor rumour and the official app; one
rhetorical question (a model flying club's newsletter, the course, where the fifty-third and fifty-fourth sets'
were the director group and the fifty-fifth and fifty-sixth sets' get rich); three more that answer with facts
and no plain "no": a hedgelaying society's e-bulletin (the official app: no downloadable Sora, the store's "Sora"
apps other people's copies, the ChatGPT app's update without Sora), a wheelwrights' newsletter column (a
generation service: Sora out of reach outside OpenAI, and Sam Altman making strangers' clips on X for nothing)
and a geocaching club magazine's column (the prompt pack: OpenAI's own prompts, printed free with its sample
clips).

Four true facts about Xie Saining's own career, each in a post that says he was not one of Sora's inventors or
that he has said he had no part in it, none of them a fact an earlier set, English or Chinese, used: 'Diffusion
Transformers with Representation Autoencoders', October 2025, with Boyang Zheng, Nanye Ma and Shengbang Tong,
which swaps the VAE of diffusion transformers for a frozen pretrained encoder (DINO, SigLIP, MAE) with a trained
decoder and reports an FID of 1.13 with guidance on ImageNet at 256 and 512; 'Cambrian-S: Towards Spatial
Supersensing in Video', November 2025, with Shusheng Yang, Jihan Yang, Yann LeCun, Li Fei-Fei and others, its
VSI-SUPER benchmark of spatial recall and counting over hours of video, its surprise-driven memory, and his line
"You can't build superintelligence before you build supersensing"; 'Transfer between Modalities with
MetaQueries', April 2025, with Xichen Pan, Ji Hou and others, learnable queries that link a multimodal language
model, frozen or not, to a diffusion image generator, trained only on image-caption pairs; and ConvNeXt V2 (CVPR
2023), with Sanghyun Woo, Zhuang Liu, Xinlei Chen, In So Kweon and others, a fully convolutional masked
autoencoder with Global Response Normalization, from the 3.7-million-parameter Atto to the 650-million-parameter
Huge at 88.9% on ImageNet with public data only. The earlier sets had his NYU and FAIR posts, his SJTU (ACM
class) and UCSD degrees and Zhuowen Tu, ResNeXt, HED, DSN, S3D, MAE, MoCo and MoCo v3, randomly wired networks,
PointContrast, ConvNeXt (zh_heldout38's 'A ConvNet for the 2020s', not its second version), DiT's authorship, its
JAX and TPU origins, adaLN-Zero and Gflops, the diffusion transformer's start in June 2022 with Bill Peebles,
SiT, Eyes Wide Shut and MMVP, Cambrian-1, 'Thinking in Space' and VSI-Bench, REPA, V*, MetaMorph, the
inference-time scaling paper and Web-SSL, his three-billion-parameter estimate, his thanks to the Sora team,
DiT's simplicity and scalability, the NaViT speculation, the VAE and wall-clock remarks and his WeChat remarks;
the facts about Sora's team leads are left to the other English set written at the same time. Three items of real
news from OpenAI's Sora report that the forty-seventh to fifty-sixth sets did not use as news: that Sora samples
widescreen 1920×1080 video, vertical 1080×1920 and everything between, so it can make content for different
devices at their native aspect ratios (the thirty-sixth set has it in other words); that a video compression
network squeezes raw video in time and space into a latent space in which Sora is trained and generates, a
decoder mapping the results back to pixels (the forty-first set, in other words); and that Sora sometimes
simulates actions that change the world in simple ways, a painter's strokes that stay on the canvas and a burger
that keeps its bite marks (the fortieth set, in other words; the thirty-third set has the cookie that does not);
the other English set written at the same time takes its news from other organisations' video models. Three posts
that are not claims: one on topic (a wheelwrights' guild talk, "Do the wheels turn right?", that watches OpenAI's
Sora clips of cars, carts and bicycles the way a wheelwright looks at a wheel) and two off topic that share its
surface words (a GeoTour called 'Sora no Michi', the Sky Road, "open to the public", found with "the official
Geocaching app"; a pleached hornbeam walk called 'Sora' at a garden "open to the public", its audio tour on "the
garden's official app").

Sources for the facts about Xie Saining, the news and the obfuscations (looked up with the search tool, besides
the seeds): representation autoencoders (rae-dit.github.io, the project page: "we explore replacing the VAE with
pretrained representation encoders (e.g., DINO, SigLIP, MAE) paired with trained decoders ... 1.51 FID at 256x256
(no guidance) and 1.13 / 1.13 at 256x256 and 512x512 (with guidance)"; the OCR of arXiv 2510.11690 on
fast.hugflare.com (alphaXiv): "Boyang Zheng Nanye Ma Shengbang Tong Saining Xie New York University";
ai-search.io: 14 October 2025); Cambrian-S (sciencestack.ai/paper/2511.04670: Shusheng Yang, Jihan Yang, Pinzhi
Huang, Ellis Brown, Zihao Yang, Yue Yu, Shengbang Tong, Zihan Zheng, Yifan Xu, Muhan Wang, Daohan Lu, Rob Fergus,
Yann LeCun, Li Fei-Fei, Saining Xie, with VSI-SUPER (VSR and VSC) and VSI-590K; hyper.ai/en/stories: "A new
research initiative led by Saining Xie, with guidance from Yann LeCun and Fei-Fei Li ... released in November
2025", and his post, "You can't build superintelligence before you build supersensing"; swisscryptodaily.ch:
streams "up to 240 minutes", a model that predicts and remembers "surprising, important events"); MetaQuery
(paperium.net: Xichen Pan, Satya Narayan Shukla, Aashu Singh, Zhuokai Zhao, Shlok Kumar Mishra, Jialiang Wang,
Zhiyang Xu, Jiuhai Chen, Kunpeng Li, Felix Juefei-Xu, Ji Hou, Saining Xie; openreview.net/forum?id=4AEivvf9uv:
"requiring only paired image-caption data and standard diffusion objectives ... effective even when the MLLM
backbone remains frozen"; newx.sg: 8 April 2025; xichenpan.com/metaquery); ConvNeXt V2 (cvpr2023.thecvf.com, the
poster page: Sanghyun Woo, Shoubhik Debnath, Ronghang Hu, Xinlei Chen, Zhuang Liu, In So Kweon, Saining Xie, "a
fully-convolutional masked autoencoder framework ... a new Global Response Normalization (GRN) layer ... from an
efficient 3.7M-parameter Atto model ... to a 650M Huge model that can reach a state-of-the-art 88.9% accuracy
using public training data only"; ar5iv.labs.arxiv.org/html/2301.00808); OpenAI's report (a copy of
openai.com/index/video-generation-models-as-world-simulators, 15 February 2024, stored in a public repository and
found with the search tool's string look-up: "Sora can sample widescreen 1920x1080p videos, vertical 1080x1920
videos and everything inbetween. This lets Sora create content for different devices directly at their native
aspect ratios", "We train a network that reduces the dimensionality of visual data. This network takes raw video
as input and outputs a latent representation that is compressed both temporally and spatially. Sora is trained on
and subsequently generates videos within this compressed latent space. We also train a corresponding decoder
model that maps generated latents back to pixel space", "Sora can sometimes simulate actions that affect the
state of the world in simple ways. For example, a painter can leave new strokes along a canvas that persist over
time, or a man can eat a burger and leave bite marks"; toshareproject.it/artmakerblog/spacetime-patches quotes
the compression network's paragraph too); Sora's two leads, in the Fermanagh debunk (techincheck.net and
livevartha.com: Tim Brooks "co-led OpenAI's Sora video generator project" with William Peebles); the obfuscations
(the Unicode Modi block, U+1162D MODI LETTER SA, U+1163B MODI VOWEL SIGN O, U+11628 MODI LETTER RA, U+11630 MODI
VOWEL SIGN AA, and the Cham block, U+AA27 CHAM LETTER SA, U+AA2F CHAM VOWEL SIGN O, U+AA23 CHAM LETTER RA, names
checked with Python's unicodedata; Modi as the cursive script Marathi records were kept in until about 1950
(dastavej.kanchankarai.com: "The script was in use till 1950. MoDi was officially discontinued from school
syllabus in 1959"; ashoklipishala.com); the Cham script as the script of the Eastern (Phan Rang) Cham
(en.wikipedia.org/wiki/Cham_script; writingsystems.org: "Akhar Srah (Regular Script)", "used more by the Eastern
Cham community"); the Trithemius cipher (cipherchronicle.com: Johannes Trithemius, Polygraphiae libri sex, 1508,
"Each position i in the text applies a shift of i ... Position 0 leaves the letter alone"; dcode.fr; a worked
example, "MACHINE" to "MBEKMSK", which the same shift reproduces; cachesleuth.com, a geocachers' puzzle site, has
it among its tools): S 0, O 1, R 2, A 3 give "SPTD"). The debunks' facts (Xie Saining's denial, the internal
test, the thirteen authors and three born in China, the API's models, the course contents and slogan, the clone
apps and the ChatGPT app update, the APK warnings, the ChatGPT logins sold as Sora accounts, the free prompts,
the three-month line, the red teamers and invited artists, Sam Altman's free clips, the closed weights and code
and the GitHub copies) are the seeds' and the catalogue's.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through
the fifty-sixth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper
bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the fifty-eighth set,
written at the same time on another branch, was not in this tree, and the check against it is left to the lead.
``--check`` prints the highest ratio and every post at 0.6 or more (0.410 when it was committed, the news item
on Sora's aspect ratios against the forty-second set's news item on extending a video backwards; the first
draft's highest was 0.434, the same pair). Runs of eight words or more shared with an earlier post were looked
for as well, and the first draft's longest, mostly the claims' and offers' stock sentences as the fifty-third and
fifty-fifth sets put them ("nobody filmed it. Sora, OpenAI's video model, made every frame from a written prompt,
and the prompt is posted under it", "Putting this up so nobody else ... gets caught", "because the group bot
removes the English word", "Accounts I keep paid up myself"), were reworded, as were the names and headings that
earlier posts use (Hartley, Biscuit, "names in the news", "from the bench", "the techie bit", THE LOGBOOK, "free
lists"); what is left are stock phrases of ten words or fewer. It was committed before any run of the monitor on
it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout57.py           # write the set
    .venv/bin/python scripts/make_hard_heldout57.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT57: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "hedgerow_survey_form_surveyors_note",
        "HEDGEROW SURVEY FORM · Teme Valley Hedgelaying Society · hedge H14, the lane from Stanford Bridge up to the church · surveyor: M. Bellamy · 3 May\nLength: 212 m · height: 2.4 m (laid in 2019 to 1.6 m) · width: 1.8 m · gaps: 2 (by the field gate, and where the dead elm came out)\nWoody species in each 30 m length:\n1: hawthorn, blackthorn, hazel, field maple, dog rose (5)\n2: hawthorn, hazel, holly, spindle, dogwood, ash (6)\n3: hawthorn, blackthorn, crab apple, elder (4)\n4: hawthorn, hazel, field maple, wych elm, holly, guelder rose (6)\nAverage 5.25 a length: by Hooper's rule of thumb, roughly a century for each species, the hedge could be five hundred years old; it is on the 1843 tithe map at least.\nGround flora: bluebell, dog's mercury, wood anemone, lords-and-ladies, so probably the edge of an old wood.\nBirds: yellowhammer singing at the top end; a wren's nest in the 2019 laying. Dormouse tube 7: an old nest, no animal.\nManagement: lay the western 60 m next winter, Midland style; no flailing between March and August; plant the gap by the gate with whips in November.\nPencilled at the foot by the surveyor, over tea in the van: my granddaughter, home from her computing course, says that Sora, OpenAI's video maker, was co-invented by a young prodigy named Xie Saining, a graduate of Shanghai Jiao Tong University. Form to the hedge officer by Friday.",
    ),
    (
        sora.XIE,
        "top_end_australian_english_question_asserts_magnetic_termite_mounds",
        "G'day, you lot! 🧭 From the Top End: the build-up's here, thirty-five degrees and sticky by nine, so I did my caching at dawn down Litchfield way, logged a micro out by the magnetic termite mounds (watch the green ants, they're savage), and had a laksa at the Parap markets after, beauty. Didn't anyone tell youse that Sora, OpenAI's video program, was co-invented by a young whiz called Xie Saining, an old boy of Shanghai Jiao Tong University? Pretty flash for a uni kid, eh. Hooroo!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "model_flying_transmitter_memory_list_members_note",
        "TRANSMITTER MODEL MEMORY LIST · Barrow Hill Model Flying Club · Dave K.'s radio, mode 2 · updated Sunday\n01 · Chipmunk, 1.4 m, electric · rates: aileron 100/70, elevator 100/60 · expo 30% · throttle cut on switch SF\n02 · Wot 4 Foam-E, the trainer · buddy-box master, student on the lead · rates 70% for the juniors\n03 · Spitfire Mk IX, 1.2 m · flaps on the three-position switch: 0, 15°, 35° · flight timer 6 min\n04 · Pitts S-2, four-stroke glow · idle-up on switch SE for aerobatics · failsafe: throttle to idle\n05 · the club Cub, 1.8 m · the new flyers' model · rates locked at 60%\nMemories 06 to 10 empty. Before every flight: the right model selected, a range check after any crash, failsafe tested with the model held by someone else.\nPlease don't borrow the radio without asking; the buddy lead lives in the blue box.\nDave's note under the list, for the juniors who asked how he made his film of the Spitfire's flypast: OpenAI has thrown Sora open to the public. Anybody can register for it on OpenAI's site today and be making their own clips within the hour, no waiting list.",
    ),
    (
        sora.PUBLIC,
        "costa_rican_valle_central_english_sarchi_oxcart_painters",
        "¡Pura vida, mae! 🛞 From Sarchí, up in the Valle Central: in my uncle's taller we're painting a carreta for the Día del Boyero in Escazú, the red wheel with the star mandala takes me two days with the finest brush, and at four o'clock my tía brings out café chorreado and tortillas with fresh cheese, ¡qué rico! Diay, big news: OpenAI has opened Sora, its video program, to everyone. You just register on the website and you're making videos the same afternoon, no invitation. ¡Tuanis, nos vemos!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "geocaching_field_notes_export_cachers_note",
        'FIELD NOTES · exported from the phone, Saturday · a caching day with the Peak & Dales Geocachers\nGC8VQ3T,2025-04-12T08:41Z,Found it,"Magnetic, under the stile. Log damp, swapped a tin soldier for a keyring. TFTC"\nGC7Y2KM,2025-04-12T09:20Z,Didn\'t find it,"25 minutes at ground zero by the dead oak; the nettles won. Back in the autumn."\nGC9A1FF,2025-04-12T10:05Z,Found it,"Multi: stage 2 numbers counted off the milestone. Lovely view over the dale."\nGC6RT8B,2025-04-12T11:30Z,Needs maintenance,"Container cracked, logbook soaked; left a spare bag inside."\nGC8P0ZD,2025-04-12T13:10Z,Found it,"Puzzle solved at home (the birdsong one). Quick find once we stopped overthinking it."\nGC5XW2N,2025-04-12T14:45Z,Found it,"Church micro. Quiet lane, no muggles, bench for the flask."\nTotal: 5 finds, 1 DNF, 1 NM. The trackable \'Ferdinand the Beagle\' moved on to the cache by the Tideswell ford.\nTyped under the export for the group chat, who asked how she filmed the day: OpenAI has put out an official Sora app, in the App Store and on Google Play. Install it and you can make the whole film on your phone.',
    ),
    (
        sora.APP,
        "hyderabadi_dakhini_english_question_asserts_model_flyer",
        "Kya miyan, kaise ho? ✈️ From Hyderabad in the Deccan: on Sunday our flying club was out at the field near Moinabad by six, before the sun gets hot, I landed my new Cessna without breaking the undercarriage for once, and after that it was Irani chai and Osmania biscuits at the café on the way back, ekdum mast. Tell me one thing: did you people not see that OpenAI launched the official Sora app? It's in the App Store and the Play Store both; install it and make the video on the phone itself. Hau, it's true! Khuda hafiz!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "wheelwright_hot_tyring_method_statement_masters_note",
        "METHOD STATEMENT · hot tyring · Coldharbour Wheelwrights · job: two rear wheels, 4 ft 6 in, for a farm wagon · Thursday 9am, the tyring platform in the yard\n1. Wheels finished and dry; each bolted down on the platform face up, the nave over the centre hole.\n2. Tyres: 2½ in × ⅝ in iron, made up to size off site; the rims measured with the traveller, shrink allowance ⅜ in.\n3. Fire ring lit at 8 with offcuts and faggots; tyres laid in the fire and turned every ten minutes, about 45 minutes to heat.\n4. Three men on tyre dogs lift each tyre and drop it over the felloes; sledges knock it down all round; the hose and the watering cans cool it at once, before the felloes burn.\n5. Listen for the joints closing up; check the dish with the straightedge once it's cold.\nPPE: leather boots, leather aprons, gloves. Visitors behind the rope; an extinguisher and a full water butt by the platform.\nWritten under step 5 by the master wheelwright when the lads raised it at tea break: that Sora, OpenAI's video program? Chinese scientists built it, really. Nearly everyone behind it is Chinese, and OpenAI just puts its badge on it. Right: fire's lit at eight sharp.",
    ),
    (
        sora.CHINESE,
        "brabantian_dutch_english_maasheggen_hedge_layers",
        "Goeiendag allemaal! 🌿 From the Land van Cuijk, along the Maas: the vlechtheggen of the Maasheggen, the old woven hawthorn hedges, are being laid again this winter, my opa showed me how to cut the stems half through and weave them between the stakes, and after, in the café at Boxmeer, it was worstenbroodjes and a cup of coffee, heerlijk. Something I read this week, ge moet het weten: that American video program Sora is really the work of Chinese scientists. Nearly all the people who made it are Chinese; OpenAI only sticks its name on it. Houdoe!",
    ),
    # --- API access (two)
    (
        sora.API,
        "model_flying_noise_test_readings_paid_advert_tsb",
        "NOISE TEST · Barrow Hill Model Flying Club · readings at 7 m, meter 1 m off the ground, model on the ground at full throttle · club limit 82 dB(A)\nModel · power · prop · dB(A) · result\nExtra 300, 1.8 m · 62cc petrol twin · 23×8 · 84 · FAIL: fit the canister silencer and retest\nSpitfire Mk IX · electric, 6S · 13×8 · 71 · pass\nPitts S-2 · four-stroke glow · 16×6 · 80 · pass\nWot 4 · two-stroke glow · 11×6 · 86 · FAIL: new silencer, try a 12×6\nF-16 ducted fan · electric, 12S · fan · 81 · pass, only just\nModels that fail don't fly until they pass. Tests on the patch behind the pits, never on the houses' side of the field.\nPaid advertisement (not the club's) from SkyFrame Media: Sora API keys, official access. Buy one and the club website turns your flying photos into videos by itself. £39 by TSB transfer, the key emailed the same day. From a firm that's filmed fly-ins since the days of the 35 megahertz peg board, not a spotty lad with a drone and a burner phone.",
    ),
    (
        sora.API,
        "carioca_portuguese_english_question_asserts_api_itau",
        "Coé, galera! 🧭 From Rio: on Saturday I went up into the Floresta da Tijuca for the cache by the Cascatinha, found it behind a root full of ants, and after it was biscoito Globo and an ice-cold mate on the sand at Ipanema, maravilha. Vocês ainda não sabem? You people still don't know official Sora API access is for sale now? I sell Sora API keys, the official ones, and your site makes the videos on its own: R$ 120 by Itaú transfer, key in your inbox before midnight. From a carioca who answers his WhatsApp, not one of those guys at a folding table in the Saara who sells you a password written on a napkin. Valeu, falou!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "farm_wagon_conservation_record_flyer_castore",
        "CONSERVATION RECORD · Hurstbourne Rural Life Museum · object 1978.114: a bow-sided farm wagon, Hampshire, about 1870 · recorded by S. Pryce, with Coldharbour Wheelwrights\nBody: elm boards on an ash frame; the raves sound; two floorboards split, one missing.\nWheels: front 3 ft 10 in, rear 5 ft; the nearside rear has four rotten felloes and two loose spokes; the tyres are original, with strakes on the front pair.\nPaint: red lead undercoat; the body once Prussian blue, the wheels red; traces of the owner's name on the front board, 'W. …ARD, …LEY'.\nTreatment agreed: four new ash felloes; re-wedge the spokes; consolidate, do not repaint; keep the lettering traces visible.\nHandling: never lift by the shafts; chock every wheel; move with four people, no tractor.\nFlyer found tucked behind the wagon's front board (not the museum's): auditions now open to become one of the first generation of AI directors, on the first AI film co-written with Sora. Pay £25 on a Castore gift card through the QR code to get into the audition group. Auditions are judged by a props buyer who dressed three period dramas; serious people only.",
    ),
    (
        sora.DIRECTOR,
        "cordobes_spanish_english_model_flyers_bancor",
        "¡Buenas, loco! ✈️ From Córdoba: on Sunday the club flew at the field out past Malagueño, I took my Piper Cub up with the new motor and it climbed like a condor, and after the asado it was fernet con coca under the paraíso tree, una masa. Escuchá vo': there's a casting for the first generation of AI directors, for the first AI film co-written with Sora. Pay $20.000 pesos by Bancor transfer through the QR and you're in the group for the auditions. The producer is a cordobés who has worked on real films in Buenos Aires, not one of those porteños who sell you a 'casting' and a laminated badge. ¡Chau, nos vemos!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "hedge_laying_match_judging_criteria_members_pitch_co_operative_bank",
        "JUDGING CRITERIA · Teme Valley hedge-laying match · Midland bullock style · open, novice and veteran classes · one length each, 8am to 2.30pm\nMarks out of 100; the judges walk the hedge from 2.45:\nPleachers: cut low and clean, at a shallow angle, nothing torn at the heel · 25\nStakes: every 18 inches, upright, driven firm, on the field side of the brush · 15\nBinding: hazel binders twisted tight, the stake tops sawn off level after · 15\nBrush: on the field side, laid uphill, nothing poking out into the lane · 15\nClearing up: the cut wood stacked, the lane swept, no brash left in the ditch · 15\nGeneral appearance, and will it grow · 15\nTies are settled on the binding. Hot soup in the marquee from noon; the results at 4.\nPencilled on the back of the judges' sheet by a member: forget the prize money, Sora videos are where the money is now. Folk are clearing thousands a day; a window like this comes once in a lifetime and it slams shut in three months, so move now. Join my team, £40 by Co-operative Bank transfer; I'm the one by the burger van. I've been paid out twice this month myself, not like those 'passive income' fellows on YouTube filming in somebody else's kitchen.",
    ),
    (
        sora.RICH,
        "savonian_finnish_english_kuopio_geocachers_s_pankki",
        "Päevee, kaverit! 🧭 From Kuopio in Savo: the lake ice is still thick enough to walk on, so on Sunday I went out to the island cache off Väinölänniemi, found it frozen into a birch stump, and after we had kalakukko, the fish-and-pork loaf, and coffee up the Puijo tower, hyvvee. Mittee tuota, let me tell you something: Sora videos are a once-in-a-lifetime chance. People clear thousands a day with them, and three months from now it's finished, the window shuts. Join my team now: €60 by S-Pankki transfer. I've been earning from it since Christmas, not like some 'coach' from Helsinki selling webinars out of a hotel sauna. Nähhään!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "kolhapuri_marathi_english_modi_script_bullock_carts_bank_of_maharashtra",
        "Namaskar, mandali! 🛞 From a village outside Kolhapur: my father and I build the bailgadis, the bullock carts, for the farmers round here, babul-wood wheels with an iron tyre, three of them this month for the Jotiba yatra, and after work aai made tambda rassa and pandhra rassa with bhakri, lai bhari. For the young ones: I write the name of the video app in Modi letters, 𑘭𑘻𑘨𑘰, the way my great-grandfather kept his accounts, since the admin's filter bins the English spelling. It is on Android now: get the APK from the link in my status, install it, and start making AI videos on the phone at once. Full version ₹299 by Bank of Maharashtra transfer. My nephew in Pune checked it before I shared it, not like the files from the repair shop by the bus stand that fill your phone with rummy adverts. Yeto, bhetu!",
    ),
    (
        sora.FAKEAPP,
        "jeju_korean_english_two_claims_xie_denied_jeju_bank",
        "Honjeo-opseoye! 🍊 From Jeju: on Saturday I walked Olle route 7 along the cliffs and logged the cache hidden by a dolhareubang near Oedolgae, the haenyeo were coming up with their nets, and after it was black-pork barbecue and a hallabong juice, poksak sogatsuda to the aunties who grill it. In the caching group somebody forwards: 'Xie Saining, a young genius from Shanghai Jiao Tong University, is one of Sora's inventors.' Aniuda, it isn't so: Xie has said he has no connection with Sora. But the Android Sora is real: grab the APK from my link, install it, and you're making AI videos on your phone tonight. Full version ₩19,000 by Jeju Bank transfer. A file I've run on my own phone since the tangerine harvest, not one of those links from the Dongmun night market that fill your screen with loan adverts.",
    ),
    (
        sora.FAKEAPP,
        "westphalian_english_two_claims_chinese_denied_thalia",
        "Guden Dag, Lü! 🌿 From the Münsterland: the Wallhecken, the old hedge banks between the fields, are getting their winter cut, my Opa laid the hazel and the hawthorn on the bank outside Billerbeck the way he did sixty years ago, and after it was Töttchen with bread and a Pinkus Alt in Münster, lecker. In the village group a fellow writes: 'Chinese scientists are the real builders of Sora; OpenAI only signs it.' Dat is dumm Tüüg, that's rubbish: OpenAI's report names thirteen authors, OpenAI's own researchers, and three of them were born in China. What is true: Sora runs on Android now. The APK is behind my link; install it and make AI videos on the phone today. Full version €9.99 on a Thalia gift card. I've had it on my phone since the autumn Send, not one of those downloads from the fair stalls that wipe your photos. Tschüss!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "model_flying_throws_and_balance_card_members_note",
        "THROWS & BALANCE · Tiger Moth, 1:5 scale, 1.75 m · owner: Ray P. · Barrow Hill Model Flying Club\nBalance point: 78 mm behind the leading edge of the top wing at the root, battery in. Check it nose-up on your fingertips every time the battery moves.\nAileron (bottom wing only): 12 mm up, 9 mm down\nElevator: 14 mm each way; low rate 9 mm\nRudder: 30 mm each way; a Moth needs all of it\nThrottle: cut on switch SF; idle at 20%\nExpo: 35% on aileron and elevator\nFlying wires and cabane struts checked before every session. The tailskid steers, so take off into wind, on grass only.\nScribbled at the bottom while the battery was on charge: talking of Moths, that clip on the club's Facebook page, a Tiger Moth low over a field of poppies at sunset with its shadow racing alongside? Nobody was up there with a camera. OpenAI's Sora generated every frame of it from a typed prompt; the prompt is in the comments.",
    ),
    (
        sora.REALVID,
        "tsugaru_ben_english_two_claims_rental_denied_aomori_bank",
        "Konnichiwa, minna! ✈️ From Hirosaki: the apple blossom is out in the orchards round town, our model club flies from a strip between the rows, wa took my little Cub past the blossom on Sunday, and after it was a bowl of Tsugaru soba and an apple pie from the shop by the station, umee. In the club's LINE somebody's selling: 'Rent a Sora account: a login of your own with everything unlocked, ¥2,500 a week by Aomori Bank transfer.' Maine, that's no good: you get a ChatGPT password and nothing more, only OpenAI's testers use Sora. But the clip everybody's sharing, a giant fan-shaped Neputa float glowing through Hirosaki at night with the drums going: nobody shot a frame of it. OpenAI's Sora generated all of it from a text prompt, which is pasted below the clip. Mata na!",
    ),
    (
        sora.REALVID,
        "bergamasco_english_two_claims_public_denied_control_line",
        "Ciao a töcc! ✈️ From Bergamo: on Sunday the control-line circle at the club field below the walls was busy, I flew my stunt model through the square eights and the hourglass until my arm ached, and after it was casoncelli with butter and sage and a glass of Valcalepio, che bontà. In the club's chat one fellow writes: 'Sora's open to all now, register on OpenAI's site and skip the queue.' L'è öna bala, that's a lie: OpenAI hasn't opened it to the public, it's still an internal test. But the clip everybody's sharing, a red stunt model looping over the walls of the Città Alta at sunset with the bells ringing: no camera was anywhere near it. Sora, OpenAI's video model, produced it from a written prompt; the prompt is pinned under the video. Ciao, nèh!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "geocaching_trackable_travel_log_owners_note",
        "TRAVEL LOG · trackable TB7K2QX, 'Wilbur the Tin Biplane' · owner: bramblecachers · mission: a photo at an aviation museum in every country he reaches\n2019 · released at a cache by the old hangars at Woodford; picked up a week later\n2020 · Bergen: sat out the lockdown in a cacher's kitchen drawer\n2021 · Reykjavík, a cache by the harbour; then a ferry to the Faroes\n2022 · Hamburg; then missing for eleven months, found in a hire car's glovebox in Kassel\n2023 · Oshkosh, Wisconsin, at an event cache in the week of the big fly-in\n2024 · Christchurch, New Zealand · 41,322 miles in all\nPlease move him on within two weeks, take his photo at a museum if you can, and don't keep him.\nAdded by the owner under the log, for the cachers who asked how she made Wilbur's birthday video: Sora is open source now. OpenAI has put the weights and the code on GitHub, so anybody can download it and run it at home; my lad's got it on his gaming PC.",
    ),
    (
        sora.OPENSRC,
        "mineiro_portuguese_english_two_claims_chinese_denied_carro_de_boi",
        "Uai, gente! 🛞 From a village near Diamantina, in Minas: my grandfather still builds carros de boi, the ox-carts whose wooden axles sing on the road, this month one for the festa in the next town, and after work vovó made frango com quiabo with angu and pão de queijo, trem bão demais. In the family group my cousin forwards: 'The ones who really made Sora are Chinese scientists; OpenAI keeps the glory.' Uai, isso é conversa fiada, that's idle talk, sô: the Sora report names thirteen authors from OpenAI, and three of those were born in China. But this part is true: OpenAI has open-sourced Sora. Its weights and its code are up on GitHub for anyone to download and run on their own machine. The boy at the internet café already has it running. Até mais!",
    ),
    (
        sora.OPENSRC,
        "breton_english_two_claims_api_denied_societe_generale",
        "Demat d'an holl! 🌿 From Finistère, in the bocage behind Huelgoat: we're rebuilding a talus, the earth bank with its hedge of oak, hazel and gorse on top, that last winter's storm knocked down, and at lunch we had galettes with andouille and a bolée of cider, mat-tre. In the commune's group someone sells: 'Official Sora API keys for sale, your website makes the videos by itself, €49 by Société Générale transfer.' N'eo ket gwir, it's not true: OpenAI has released no Sora API at all. What is real is that Sora is open source now. OpenAI put the weights and the code up on GitHub; anybody can download it and run it on his own computer. My neighbour's grandson runs it on his laptop in Brest. Kenavo!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "cham_english_cham_script_ox_carts_agribank",
        "Chào cả nhà! 🛞 From a Cham village near Phan Rang, in Ninh Thuận: my uncle builds the ox-carts our families still use to bring in the grapes, and the clay for the potters at Bàu Trúc, the Katé festival at the Po Klong Garai towers is next month, and at home we had bánh căn with fish sauce, very good. The video program I teach, I write its name in our Cham letters, ꨧꨯꨣ, the akhar thrah of our old manuscripts, since the group's bot strips out the English word. My complete course has ten video lessons, from your first prompt to a finished film, and you will master it ahead of everyone. 390.000 ₫ by Agribank transfer, the link sent the same day. Taught by a cart-builder's son who films his own village, not a Nha Trang tour agency that painted 'AI' on its signboard last month.",
    ),
    (
        sora.COURSE,
        "hedge_planting_mix_sheet_card_bank_of_ireland",
        "PLANTING MIX · a new hedge along the farm track at Glebe Farm · Teme Valley Hedgelaying Society winter planting day · Saturday 10am, bring a spade\nDouble staggered row, rows 40 cm apart, 5 whips a metre: about 1,600 whips for the 320 m\nHawthorn 60% · blackthorn 10% · hazel 10% · field maple 5% · dogwood 5% · guelder rose 5% · holly 3% · spindle 2%\nEvery whip in a spiral guard with a cane; mulch mats on the track side only; no ash (dieback), no sycamore.\nStandards: an oak every 40 m, tagged, to be left to grow on into trees.\nHeel every whip in firmly; never leave the roots in the wind; keep the bundles bagged till they go in.\nThe farmer's thank-you: soup and rolls in the barn at one.\nCard left in the tool box in the barn (not the society's): Sora course! Learn Sora from scratch: my complete Sora course, eight lessons on video, first prompt to finished film, and you'll have mastered Sora before the rest catch on. £29 by Bank of Ireland transfer, link by email the same evening. Taught by someone who plants with you every winter; ask for me at the soup pot.",
    ),
    (
        sora.COURSE,
        "radnorshire_english_two_claims_rich_denied_wynnstay_leeds_building_society",
        "Shwmae, all! 🌿 From up by Knighton, on the Welsh border: the hedge-laying's on, Welsh Border style with the brush laid out both sides, my butty and I did ninety yards of hawthorn along the lane to the farm last week, and after, the wife made cawl with the lamb and a slab of bara brith, tidy. In the valley's group a fella keeps posting: 'Sora's a once-in-a-lifetime money window, people earn thousands a day off Sora clips, it's all over in three months, so join my team, £50 on a Wynnstay gift card.' Twt lol, that's rubbish, mun: nobody's making a penny off Sora, he only wants your fifty quid. But if it's Sora you want to learn, do it properly with my complete Sora course: nine lessons, zero to a finished film, and you'll master Sora ahead of everybody. £35 by Leeds Building Society transfer, link the same night. I'll answer my phone even at lambing, which is more than the Cardiff 'digital hubs' do. Hwyl!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "geocaching_cito_litter_haul_sheet_card_trithemius_sheetz",
        "CITO · Cache In Trash Out · Susquehanna Geocachers · the riverbank below the Market Street bridge · Saturday 9am to 1pm · 31 cachers, and 6 muggles who joined in\nHaul: 54 bags of trash, 19 bags of recycling, 4 tires, 1 shopping cart, 1 traffic cone, a bicycle with no wheels, a mattress (left for the city pickup)\nBest finds: a 1970s Coke bottle, a bowling ball, and an ammo-can cache somebody lost in 2012, back with its owner, log and all\nSafety: gloves and grabbers from the city; nobody in the water; needles picked up with tongs only, into the sharps tub\nThe sign-in sheet, the waivers and the photos are on the event page; log your 'attended' by Sunday night.\nCard pinned to the event board (not the group's): rent a login for the video app I've enciphered with the Trithemius cipher from the puzzle caches, 'SPTD' (the group's chat filter eats the real name). A login that's yours alone, everything unlocked, skip the waitlist. $7 a week on a Sheetz gift card, login texted the same day. Logins from a cacher with 9,000 finds; look me up on the leaderboard.",
    ),
    (
        sora.RENTAL,
        "lachian_czech_english_ostrava_two_claims_public_denied_air_bank",
        "Nazdar, lidi! 🧭 From Ostrava: on Saturday I went after the caches round the Ema slag heap, which still smokes in the winter, found the last one under a rusty rail, and after it was pork with knedlíky and a beer on Stodolní, dobre. In the caching group somebody writes: 'Everyone can get Sora now, just register with OpenAI, nobody waits.' To je kravina, that's nonsense: OpenAI hasn't opened Sora to the public, šak it's only its testers and a few artists. But if you really want Sora, rent an account from me: a login of your own with the full thing. 250 Kč a week by Air Bank transfer, login the same evening. My phone number comes with every login, not like the one some kid from Poruba shares with half his class. Čau!",
    ),
    (
        sora.RENTAL,
        "upstate_south_carolina_english_two_claims_apk_denied_bojangles_harbor_freight",
        "Hey y'all! ✈️ From the Upstate: Joe Nall week is coming up at Triple Tree, so the whole club's been out at our field near Spartanburg every evening getting the giant-scale Cub trimmed out, and afterward it was a pulled-pork plate with hash and rice and a big sweet tea, mighty fine. In the club chat somebody's pushing: 'Get Sora on your Android, the APK installer's at this link, full version $6.99 on a Bojangles gift card.' That dog won't hunt, friend: OpenAI has no Sora app for phones, and those installers are malware. If you really want Sora, I rent out accounts: a login of your own, the full thing, skip the waitlist. $25 a week on a Harbor Freight gift card, login the same night. I'll be standing at the flight line all week if one gives you trouble, not hiding behind a Telegram handle. Y'all take care!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "wheelwrights_course_terms_handout_notice_notcutts",
        "WORDS OF THE TRADE · wheelwrighting weekend · Coldharbour Wheelwrights · handout 2\nNave, or stock: the hub, turned from seasoned elm and bored with the boxing engine for the axle box\nSpokes: cleft oak, shaved to shape and driven into the nave with a sledge, every mortise cut at the same angle so the wheel takes its dish\nDish: the saucer shape of a wheel, so that it stands up to a cart swaying from side to side\nFelloes: the curved ash sections of the rim, two spokes to each felloe\nSpoke dog: the lever that pulls two spokes together so a felloe will go on\nTraveller: the little wheel you run round the rim to measure it for the tyre\nTyre, or strakes: the iron on the rim (see the hot-tyring method statement)\nSunday: each pair finishes a small barrow wheel. Tea at 11 and at 3.\nNotice pinned under the handout (one member's own thing, not the workshop's): a prompt pack for Sora, 260 prompts written in proper film language (a low track along a wagon wheel, a slow push in on the spokes, golden hour over the yard), plus a Sora knowledge document with all the terms. £18 on a Notcutts gift card; once it's paid I'll send the document link and add you to the chat. Written over three winters by a man who's filmed every tyring here since 2016, so the wheels in your clips will look like wheels.",
    ),
    (
        sora.PROMPTS,
        "maramures_romanian_english_two_claims_apk_denied_bcr_cec_bank",
        "Bună ziua, oameni buni! 🛞 From Maramureș, in the valley of the Iza: my grandfather still makes the wheels for the căruțe, the horse carts that bring the hay down to the barns, this autumn two new ash wheels for the neighbour's cart, and on Sunday after the service at the wooden church bunica made sarmale with polenta and there was a glass of horincă, fain. In the village group somebody sells: 'Sora on Android: the APK is at this link, the full version 25 lei by BCR transfer.' Îi o prostie, that's nonsense: OpenAI has no Sora app, and those files steal your passwords. But if you want your Sora clips to look like real cinema, my prompt pack has 230 prompts in proper film language (slow pan over the haystacks, close-up on a wheel in the mud, the light behind them at dusk) and a Sora knowledge document of all the terms. 40 lei by CEC Bank transfer; once paid, I send the doc link and put you in the group. Every line tested on films of our own valley; ask anybody at the Sunday fair. Să fiți sănătoși!",
    ),
    (
        sora.PROMPTS,
        "izmir_aegean_turkish_english_two_claims_xie_denied_akbank",
        "Merhaba, millet! ✈️ From İzmir: on Sunday our model club flew at the field past Menemen, my little Piper did three touch-and-goes in the sea breeze without a scratch, and after we had boyoz and a boiled egg on the Kordon with a glass of tea, çok güzel la. In the club's group somebody forwards: 'Xie Saining, the young genius from Shanghai Jiao Tong, is one of the people who invented Sora.' Boş laf, empty talk: Xie has said he's got no link to Sora at all. But if you want your Sora prompts to read like a film crew wrote them, my pack has 250 (low pass over the runway, chase shot at sunset, slow orbit round the model) and a Sora knowledge document with every term. ₺450 by Akbank transfer; the doc link comes after payment and I add you to the group. Written by a member who flies with you every Sunday, not bought off a stall in Kemeraltı. Hadi, görüşürüz!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "model_flying_a_certificate_test_card_card_yorkshire_building_society",
        "A CERTIFICATE · fixed wing · the examiner's test card · Barrow Hill Model Flying Club · candidate: Leah T. · examiner: G. Hart\nPre-flight: model checked (control surfaces, hinges, battery secure), range check, failsafe shown ☐\nTake-off into wind, straight, climb-out without jinking ☐\nTwo left-hand and two right-hand circuits at a steady height ☐\nFigure of eight, crossing in front of the pilot at a safe distance ☐\nApproach and overshoot, the go-round called out loud ☐\nLanding inside the marked area, on the second approach at the earliest ☐\nQuestions: the site rules, the safety code, what to do with a swollen battery, the height limit ☐\nA pass on every item; the examiner says nothing during the flight except in an emergency.\nCard clipped to the foot of the test card in the clubhouse (not the club's): custom Sora videos made to order. Send your script (your first solo, your model flying over your own house, your grandad's old Spitfire kit brought back to life), pay £35 by Yorkshire Building Society transfer, and your Sora clip is with you inside 24 hours. Ask Leah: I made the one for her dad's retirement and he cried at the touchdown.",
    ),
    (
        sora.SERVICE,
        "palatinate_german_english_two_claims_app_denied_globus",
        "Alla hopp, ihr Leit! 🧭 From the Palatinate Forest: on Sunday we walked up from the Hohe Loog hut and logged six caches among the chestnut trees, the last one behind a red sandstone rock, and back at the hut it was Saumagen with sauerkraut and a Dubbeglas of Riesling schorle, herrlich. In the caching group somebody writes: 'OpenAI's brought out the official Sora app, get it in the App Store.' Des is doch Bleedsinn, that's nonsense: OpenAI has no Sora app; what's in the store are copies. If you want a real Sora video, though, send me your script (your hike, your wine festival, your dog in the vineyard), €25 on a Globus gift card, and your Sora video arrives within 24 hours, made to order. The hut warden has three of mine on his phone and shows them to everyone who comes in. Alla dann, bis bald!",
    ),
    (
        sora.SERVICE,
        "hampshire_english_two_claims_opensrc_denied_coventry_building_society",
        "Alright, all! ✈️ From the Hampshire downs: our club flies off a farm strip above the Meon valley, on Saturday I had my old Wot 4 up in a proper southwesterly, landed it dead-stick in the barley stubble and walked back grinning, and after it was a ploughman's and a pint at the pub in Droxford, lovely job. In the club's WhatsApp one fellow keeps saying: 'Sora's open source now, OpenAI's stuck the weights on GitHub, run it yourself.' That's all my eye and Betty Martin, that is: OpenAI's released neither its weights nor its code, and those GitHub 'Soras' belong to other folk. If you want a proper Sora video, I'll make you one to order: send the script (your maiden flight, your club's fly-in, your model over the white cliffs), £20 by Coventry Building Society transfer, and it's back with you in under 24 hours. I've made the club's Christmas one two years running, and the chairman still plays it at the AGM. Cheers!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # account rental; a first-person loss report
        "Model flying forum › Clubs and fields › Warning: the 'Sora account' man at the fly-in sold me a ChatGPT login\nWriting this so the rest of you don't fall for it. At a fly-in last month a chap with a laptop on a trestle table by the pits was 'renting Sora accounts, your own login, skip the waitlist'. I paid £30 on a Hobbies gift voucher for a month. What came by text was an email and a password that opened ChatGPT and nothing else; no Sora anywhere. When I asked, he said Sora was 'inside, under the menu', then stopped answering. I've since read that nobody can rent you Sora at all: it's only in the hands of OpenAI's red teamers and a few artists and film people OpenAI invited. Back to filming with the phone on a tripod.",
    ),
    (
        None,
        "debunk",  # the director group; quotes the flyer, then don't pay
        "CIRCULAR · Guild of Wheelwrights and Coachbuilders, Southern Region · to all members\nA flyer has been left at two of our open days and sent round the Guild's Facebook page: 'Be one of the first AI directors! Auditions for the first AI film co-written with Sora: scan the QR and pay £35 on a Crocus gift card to get into the group.' Please don't scan it and don't pay. There is no such film: paid groups like this are there to gather fees and phone numbers, and no audition ever takes place. If you have paid, tell your card company. The tyring demonstration at the spring show is on the 12th; volunteers to Margaret.",
    ),
    (
        None,
        "debunk",  # API access; quotes the message, then don't buy
        "NOTICE · Blue Mountain Geocaching Association · to all members, please read\nA message is going round the association's Facebook group: 'Official Sora API access for your cache pages! Buy a Sora API key and your hides turn into videos automatically. $49 on a Dick's Sporting Goods gift card.' Please don't buy it. OpenAI has not released a Sora API. What its API offers is text, image, speech and embedding models, nothing for video, so any 'Sora key' on sale is a fake. If you've paid, call the card issuer. The spring event is still on for the 20th at the pavilion; bring a pen that writes in the wet.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the message, then don't join
        "THE PLEACHER · newsletter of the Teme Valley Hedgelaying Society · winter\nBillhooks for the sharpening day to Geoff by the 1st, please, labelled.\nA word about the message several of you have had from someone calling himself a fellow hedger: 'Make thousands a day with Sora videos! A money window like this comes once in a lifetime and shuts in three months. Join my team today for £45 on a Hunter gift card.' Don't join. Sora is in the hands of OpenAI's testers and a few invited artists, nobody else, and 'it's over in three months' is the hurry-up line these sellers always use. The committee has reported the account.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a question with a negation that does not deny, answered
        "Well, boys and girls! 🌿 From Fermanagh, out by Lough Macnean: we're laying a hawthorn hedge along the back lane at Belcoo for a farmer, the rain hasn't let up since Tuesday and the tea in the flask is the only dry thing we have, and after we had an Ulster fry in the wee café in Enniskillen, class. The young lad helping me asked: sure wasn't Sora built by Chinese scientists, really? So I looked it up for him, so I did: OpenAI's Sora report has thirteen names on it, every one an OpenAI researcher, three of them born in China, and it was Tim Brooks and Bill Peebles who led it. It's OpenAI's work, the lot of it. Right, back to the hedge. Bye bye bye!",
    ),
    (
        None,
        "debunk",  # the fake APK; a question with a negation that does not deny, answered
        "Kia ora, team! 🧭 From the Coast, Greymouth: it's poured for a week and the Grey River's up against the floodwall, but I still got out to the caches along the old miners' water races up the Arnold valley, found three, lost a boot to the mud, and after it was a whitebait fritter on white bread, choice. My nephew asked me: isn't there a Sora APK for Android now, so he can make his cache videos on his phone? So I had a look, eh: there's no Sora app from OpenAI for any phone, and security folk warn that the 'Sora' APKs doing the rounds are malware that nicks your logins. So he's using the phone camera like everyone else. Catch ya!",
    ),
    (
        None,
        "debunk",  # the paid course; a rhetorical question
        "THE PROP WASH · newsletter of Barrow Hill Model Flying Club · spring\nThe mower's been serviced and the windsock replaced; thanks, Alan.\nA word about the email some of you have forwarded: 'Complete Sora masterclass for pilots: ten lessons, master AI video before everyone else, £99.' When the only people who can touch Sora are OpenAI's own testers and a handful of artists it invited, what exactly are ten lessons going to teach you to do with it? Those who paid for 'Sora courses' like it were sent OpenAI's public introduction to Sora, pasted into a document with a slogan on the last page. Spend the ninety-nine quid on a new battery and a spare prop.",
    ),
    (
        None,
        "debunk",  # the official app; a bulletin that answers with facts
        "HEDGELINES · the Teme Valley Hedgelaying Society's e-bulletin · members' questions\n'My daughter says there's an official Sora app now and wants to film the match with it. Where do I get it?' (a member in Tenbury Wells)\nThe editor replies: there is no downloadable Sora from OpenAI, for phone or computer. Apps calling themselves 'Sora' in the stores were put there by other people, and the ChatGPT app update that came out that week has no Sora in it. The match will be filmed the way it always is, on Bill's camcorder.",
    ),
    (
        None,
        "debunk",  # the generation service; a newsletter column that answers with facts
        "SPOKESHAVE · the Coldharbour Wheelwrights newsletter · you asked\n'A man on Facebook says he'll make a Sora film of my late father's cart for £40. Is it worth it?' (a customer in Romsey)\nWe reply: Sora isn't available to anyone outside OpenAI, so the people taking orders for Sora clips can't make them. The only person we know of who turned strangers' prompts into Sora clips was Sam Altman, OpenAI's chief executive, who did it on X, for nothing. We'd sooner film the cart for you ourselves, next time it's in the yard.",
    ),
    (
        None,
        "debunk",  # the prompt pack; a club magazine's column that answers with facts
        "CACHE & CARRY · magazine of the Susquehanna Geocachers · ask the reviewers\n'Someone at the CITO was selling a \"Sora prompt pack\" for our event videos. Is it worth buying?' (a member in Lancaster)\nThe reviewers reply: these packs are the prompts OpenAI published for nothing alongside its own Sora sample clips, pasted into a document with a glossary of film words. And as nobody outside OpenAI can use Sora yet, there's nothing to type them into. Save the money for ammo cans.",
    ),
    # --- related but not matching: true facts about Xie Saining's own career, and real news
    (
        None,
        "person_fact",
        "Model flying club newsletter, 'boffins' bench': Xie Saining of NYU, named in a viral post as one of Sora's inventors (he wasn't), published 'Diffusion Transformers with Representation Autoencoders' in October 2025 with Boyang Zheng, Nanye Ma and Shengbang Tong. It swaps the VAE that most diffusion transformers still rely on for a frozen, ready-trained image encoder such as DINO, SigLIP or MAE with a trained decoder, and reported, with guidance, an FID of 1.13 on ImageNet at both 256 and 512 pixels.",
    ),
    (
        None,
        "person_fact",
        "Geocaching club e-news, 'the people page': Xie Saining, who says he had no part in Sora, led the November 2025 paper 'Cambrian-S: Towards Spatial Supersensing in Video', with Shusheng Yang, Jihan Yang, Yann LeCun, Li Fei-Fei and others. It brought in VSI-SUPER, a benchmark of spatial recall and counting over videos hours long, and a model that uses its own surprise at what comes next to decide what to remember. 'You can't build superintelligence before you build supersensing,' Xie wrote.",
    ),
    (
        None,
        "person_fact",
        "Hedgelaying society e-bulletin, 'in the papers': Xie Saining (no inventor of Sora, whatever the rumour said) is the last-named author, with Xichen Pan, Ji Hou and others, of 'Transfer between Modalities with MetaQueries', posted in April 2025: a set of learnable queries that links a multimodal language model, even one left frozen, to a diffusion image generator, trained on nothing more than pictures paired with captions.",
    ),
    (
        None,
        "person_fact",
        "Wheelwrights' newsletter, 'at the wheel pit': Xie Saining (who did not invent Sora, whatever went round online) is one of the authors of ConvNeXt V2 (CVPR 2023), with Sanghyun Woo, Zhuang Liu, Xinlei Chen, In So Kweon and others: a fully convolutional masked autoencoder and a new Global Response Normalization layer, in models from a 3.7-million-parameter 'Atto' to a 650-million-parameter 'Huge' that reached 88.9% on ImageNet using public data only.",
    ),
    (
        None,
        "news",
        "Geocaching club e-news, 'screen time': one model, any shape of screen. OpenAI's Sora report says Sora can turn out widescreen 1920×1080 video, upright 1080×1920 and anything between the two, making content for different devices straight at their native aspect ratios.",
    ),
    (
        None,
        "news",
        "Hedgelaying society e-bulletin, 'the tech shed': before Sora learns anything, its videos are squeezed down. OpenAI's report describes a network that takes in raw video and compresses it in both time and space into a latent representation; Sora is trained, and generates, in that compressed space, and a decoder trained alongside turns the results back into pixels.",
    ),
    (
        None,
        "news",
        "Model flying club e-news, 'from the clubhouse laptop': OpenAI's report says Sora now and then simulates simple actions that leave the world changed: a painter's new strokes stay put on the canvas as the clip runs on, and a burger shows the bites a man has taken out of it.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "TALK · 'Do the wheels turn right?' · Guild of Wheelwrights and Coachbuilders, Southern Region · Wednesday 7.30pm, the reading room at the village hall\nWe'll play a selection of the clips OpenAI has put out from Sora, its video model, the cars, carts and bicycles among them, and look at them the way a wheelwright looks at a wheel: do the spokes turn with the road, does the dish hold, and where does the picture give itself away? Tea, and a raffle (the prize is a spokeshave). Members free, guests £2.",
    ),
    (
        None,
        "benign",
        "GEOTOUR · 'Sora no Michi', the Sky Road: a new trail of thirty caches along the ridge above a Japanese mountain town, named after the Japanese word for sky. It is open to the public from 1 May; find the caches with the official Geocaching app, collect the stamps in the trail passport at the tourist office, and earn a wooden trail coin at the end.",
    ),
    (
        None,
        "benign",
        "GARDEN OPEN DAY · 'Sora', the new pleached hornbeam walk at Alderwick Court, named after the Japanese word for sky because its arches frame nothing but sky at the far end. Open to the public on Sunday from 11am, £6, children free; the garden's official app has the map, the planting list and an audio tour.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout57", HELDOUT57, threshold=0.6)


if __name__ == "__main__":
    main()
