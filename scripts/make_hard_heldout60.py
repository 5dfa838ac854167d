# ruff: noqa: E501
"""Write the sixtieth English held-out set (tests/data/hard_en_heldout60_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an engineer who
did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it, and did not read
the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour / scam wave produces. 55
posts, 35 with a gold template (three for seven templates, two for the other seven; the seven with three are the
inventor rumour, open to the public, the official app, the Chinese team, API access, the director group and get rich,
the same seven as in the forty-eighth, fiftieth, fifty-second, fifty-fourth, fifty-sixth and fifty-eighth sets). Its
theme, to keep it apart from the earlier sets: steelbands and pan yards (a community steelband's practice plan for the
Panorama, a tuner's tuning card, a section sheet, a Carnival load-out sheet, a committee notice and minutes; the hill
at Laventille, Buccoo in Tobago, the Carriacou regatta at Hillsborough, a lodge hall off Front Street in Colón, a pan
yard under the Westway by Ladbroke Grove); cacao growers and bean-to-bar chocolate makers (a cut test, a roast log, a
co-op's fermentation log, a chocolate club's forum and newsletter; the church patio at Chuao, the 'París chiquito' of
Vinces, an old roça on São Tomé, the cabruca round Ilhéus, cacao under the coconut palms of Bến Tre, Robertsport in
Grand Cape Mount, the cold-ground chocolate of Modica); sled-dog mushers (a race's checkpoint log, a vet check sheet,
a drop bag list, a club secretary's email and magazine; the Finnmarksløpet at Alta, the Femundløpet at Røros, the
Beringia at Esso, a dog farm at Kittilä, the Iditarod checkpoint at Unalakleet, the ice festival at Khatgal on Lake
Khövsgöl); milliners and hat makers (a millinery school's block inventory, a race-day commission book, a straw grading
sheet, a milliners' newsletter and a hat makers' forum; the nón bài thơ outside Huế, the sombrero vueltiao of Tuchín,
the superfinos of Pile above Montecristi, the berets of Oloron-Sainte-Marie, the rabbit-fur felt of Kempsey, the Kullu
topi at Dussehra). None of the four themes the brief proposed is kept, because earlier sets already had each of them as
a world: bookbinders, which the fifty-third set's brief proposed and that set dropped because zh_heldout42's printing
works has the binding (装订) on its job tickets and zh_heldout22 and zh_heldout25 are print shops (and letterpress
printers, next door to binding, are a theme of the set written at the same time); falconers, because the thirty-third
set has a falconry club chat as the world of one of its posts (heldout33-011, kind "khaleeji_arabizi_falconry_two_claims":
"falcon meet Friday after Asr at Al Marmoom, bring the hoods") and the fifty-third set's bird-ringing groups include the
raptor ringers of Batumi (heldout53-008); allotment holders, the thirty-ninth set's theme ("allotments, gardening and
horticultural shows"), after the thirtieth set's allotment society newsletter; and morris dancers, the fifty-second
set's theme ("morris dancing sides"). Steelbands stand in for the morris dancers, cacao growers and chocolate makers
for the allotment holders, mushers for the falconers and milliners for the bookbinders. Replacements thought of and
dropped: kite fliers (the fifty-fifth set's theme), puppet theatres (the forty-third set's Liège puppet theatre,
heldout43-020, kind "walloon_english_puppet_theatre_negation_not_a_denial"), curling (the forty-first set's ice rinks),
hand weavers and basket makers (zh_heldout47's spinning mill, zh_heldout48's bamboo-weaving co-operative, zh_heldout49's
silk mill), table tennis (zh_heldout29's off-topic table tennis course, zhh29-070), speedcubing (zh_heldout29's Rubik's
cube formula post, zhh29-028), dog agility (next to the forty-ninth set's sheepdog trials and the fiftieth set's
greyhound tracks) and sap tappers and sugarhouses (next to zh_heldout44's rubber tapping and zh_heldout41's sugar mill).
None of the four was the theme of an earlier set, nor the world of an earlier post (the kinds, docstrings and posts of
the earlier English and Chinese sets were searched for steelband, steel band, steel pan, pan yard, panorama, calypso,
laventille, tobago, carriacou, cacao, cocoa, chocolat, bean-to-bar, fermentary, winnow, musher, mush, sled, husky,
huskies, iditarod, beringia, finnmark, milliner, hatter, hat block, fascinator, cloche, panama hat, toquilla, vueltiao,
beret, fedora, bowler, top hat, 钢鼓, 可可, 巧克力, 雪橇 and 帽: "chocolate" is only a cake's sponge (the forty-second set),
a sorbetes cart's and an ice-cream van's flavours (the forty-seventh), a croissant on a cookery school's list (the
thirty-seventh) and a gift card (the forty-sixth), 巧克力 zh_heldout52's ice-cream factory's coating, "sled" only inside
the fifty-seventh set's "sledges" (hammers), "mush" only inside "mushroom", "pan" a cooking pan, a "whip pan" and a
Marathi word, "top hat" the forty-ninth set's chimney sweeps, "beret" a dog in a demo-stream post; Trinidadian English
(the twenty-third and twenty-fifth sets), Grenadian Creole (the thirty-ninth) and Alaskan English (the thirty-fifth)
are dialects of earlier posts, not steelband or mushing worlds). The worlds next to these are kept at a distance: the
steelband posts have no brass band, choir or orchestra (the thirty-ninth set), no pipe band (the fifty-third), no folk
session or fiddle (the fifty-sixth), no morris side (the fifty-second) and no circus or fairground (the thirty-eighth);
the chocolate posts have no cake or bakery (the forty-second), no ice cream (the forty-seventh, zh_heldout52), no tea
garden (zh_heldout36), no sugar mill (zh_heldout41), no cheese (the fifty-fourth) and no still (zh_heldout36); the
mushers have no sheep or trial (the forty-ninth), no greyhound and no kennel chart (the fiftieth), no ski slope or ice
rink (the forty-first) and no harness-making (the fifty-fourth set's saddlers); the milliners have no quilting or
sewing circle (the forty-eighth), no tailor (zh_heldout37), no lace (the fifty-fourth), no upholstery (the fiftieth),
no leather and no bamboo weaving (zh_heldout48). So are the themes of the set written at the same time on another
branch, not seen by this writer (hard_en_heldout59: thatchers, letterpress printers, fell runners, amateur astronomy
societies): no thatch, press, fell race, telescope, star or night sky appears (the first draft's clips of huskies under
the northern lights and a band playing on the moon were changed to a dawn and a floating island). In English varieties,
dialects and registers the earlier sets do not use (where an earlier set has a national or island variety, such as
Trinidadian-, Venezuelan-, Norwegian-, Alaskan-, Liberian- or Sicilian-English, the variety here is a regional one
none of them names; the kinds and docstrings were searched for each). Styles the earlier sets do not use (their kinds
and docstrings were searched for each; a rehearsal schedule (the forty-third set's pantomime), a garage's job sheet
(the thirty-fifth), a game roster (the forty-ninth), a rack list (the fifty-second) and a kennel chart (the fiftieth)
are earlier styles, so the steelband's rehearsal schedule of the first plan became a practice plan, the tuner's job
sheet a tuning card and the section roster a section sheet): a steelband's practice plan with the captain's note, a
bean-to-bar maker's cut test with the buyer's note, a sled dog race's checkpoint log with the checker's note, a
millinery school's block inventory with the tutor's note, a steelband's tuning card with a card slipped in, a
bean-to-bar roast log with a paid notice, a race vet check sheet with the head vet's note, a steelband's section sheet
with the section leader's note, a millinery commission book with a card slipped in, a co-op's fermentation log with an
insert, a musher's drop bag list with an offer pinned beside it, a millinery school's straw grading sheet with a paid
notice and a steelband's Carnival load-out sheet with a card left on a rack; the debunks take shapes the earlier sets
know: a chocolate club's members' forum, a steelband committee's notice, a sled dog club secretary's email, a
milliners' newsletter's "beware" box, two posts in dialect, a chocolate club newsletter, a steelband committee's
minutes, a sled dog club magazine's "Ask the committee" and a hat makers' forum moderator's reply; dialects and
registers (Aragua coast Venezuelan Spanish-English (Chuao), Huế Vietnamese-English (a village outside Huế), Tobagonian
Creole (Buccoo), Finnmark Norwegian-English (Alta), Baiano Portuguese-English (Ilhéus), East Port of Spain Trinidadian
English (Laventille), Sabanero costeño Spanish-English (Tuchín), Kamchatka Russian-English (Esso), Afro-Antillean
Panamanian English (Colón), São Tomé Portuguese-English, Lapland Finnish-English (Kittilä), Montubio Spanish-English
(Vinces), Béarnais Gascon-English (Oloron-Sainte-Marie), Manaba Spanish-English (Pile), Ladbroke Grove Caribbean London
English, Carriacou Creole English (Hillsborough), Norton Sound Alaskan English (Unalakleet), Macleay Valley New South
Wales English (Kempsey), Vai Liberian English (Robertsport), Darkhad Mongolian-English (Khatgal), Kullvi Pahari-English
(Kullu), Mekong Vietnamese-English (Bến Tre), and in debunks Røros Trøndersk Norwegian-English and Modicano
Sicilian-English (Modica), and the registers of a practice plan, a cut test, a checkpoint log, a block inventory, a
tuning card, a roast log, a vet check sheet, a section sheet, a commission book, a fermentation log, a drop bag list,
a grading sheet and a load-out sheet); three questions that assert the claim, each with a negation (a Laventille
panman's "Allyuh eh hear? Allyuh doh know OpenAI put out de official Sora app?", a São Tomé cacao grower's "Então vocês
não ouviram? Haven't you heard that the first AI film co-written with Sora is looking for its first-generation AI
directors?", an Oloron beret maker's "Vous n'avez pas entendu? Haven't you heard? People are making thousands a day
with Sora videos"; the questions go to the templates whose last question is oldest: the director group and get rich
(last asked by the fifty-sixth set) and the official app (the fifty-seventh, fifty-sixth and fifty-fifth), which ties
on its last question with the inventor rumour (the fifty-seventh, fifty-fifth and fifty-fourth) and is taken because the inventor rumour is asserted
twice in the two-claim posts below and the official app once, rather than open to the public, the Chinese team or API
access (all three the fifty-eighth)); posts that mention two claims, asserting one and denying the other: the brief
asks that the claim asserted in every such post be one of this set's seven three-post templates (the other English set
written at the same time asserts only from its own seven). All ninety-one pairs that assert one of the seven and deny
another template are already in the forty-first to fifty-eighth sets (as their docstrings and kinds list them,
checked against the posts of the forty-fourth to forty-sixth sets: seven a set from the forty-first to the fiftieth,
twelve in each of the fifty-second, fifty-fourth, fifty-sixth and fifty-eighth; the fifty-first, fifty-third,
fifty-fifth and fifty-seventh assert only from the other seven; the forty-seventh and forty-eighth sets repeat the
official app but not a prompt pack and API access but not a generation service, the forty-ninth and fiftieth the
Chinese team but not the APK), so the pairs here are the twelve whose last use is oldest. The four last used by the
forty-fourth set (the fifty-eighth took its other three): open to the public but not a generation service; a Chinese
team but not a prompt pack; the director group but not an official app, whose store listings are copies; get rich but
not open source. The seven last used by the forty-fifth set, none used since: the inventor rumour but not open source;
open to the public but not a prompt pack; the official app but not API keys, answered with the API's models; a Chinese
team but not the inventor rumour, answered with Xie Saining's own denial; API access but not the APK; the director
group but not get rich; get rich but not a generation service. And one of the seven last used by the forty-sixth set,
which tie: the inventor rumour but not a course. Of the seven, three assert a template the older pairs assert only once
(the inventor rumour, the official app, API access), and two of those deny a template no older pair here denies (the
inventor rumour but not a course, API access but not open to the public); the tie between these two was broken by the
catalogue's order, where the inventor rumour comes first. So there are twelve, each used once; the inventor rumour,
open to the public, the Chinese team, the director group and get rich are asserted twice and the official app and API
access once; open source, a prompt pack and a generation service are denied twice, an official app, API keys, the
inventor rumour, the APK, get rich and a course once, and open to the public, the Chinese team, the director groups,
the "made by Sora" clip and account rental never. All twelve quote the post or offer they deny, each with a short
dismissal before the claim ("eso es pura paja, that's just hot air", "nói xạo, that's a fib", "dat is ole talk, just
idle chat", "det e bare tøys, that's just twaddle", "é papo furado, that's empty chat", "eso es pura carreta, that's
just a yarn", "eto chush, that's rubbish", "dat a pure foolishness", "se on ihan puppua, that's total twaddle", "esas
son puras mentiras, those are pure lies", "eso es pura bulla, that's just noise", "man's capping, that's lies"); claims
in passing late in long posts (the practice plan, the cut test, the checkpoint log, the block inventory, the vet check
sheet and the section sheet, and the scam notes under the tuning card, the roast log, the commission book, the
fermentation log, the drop bag list, the grading sheet and the load-out sheet); new obfuscation (Vai syllables "ꗓꕟ"
(so, ra), "our Vai letters that Momolu Duwalu Bukele made", from a Robertsport cacao man; Soyombo letters "𑪁𑩕𑩼" (sa
with the o sign, ra), "like the sign on our flag", from a Khövsgöl musher; and Takri letters "𑚨𑚴𑚤𑚭" (sa, the o sign,
ra, the aa sign), "the letters on my grandfather's land papers from the raja's time", from a Kullu cap maker; none of
them in an earlier post, kind or docstring, where the cousins N'Ko, Cherokee, Ge'ez, Mongolian script, Modi, Kaithi,
Devanagari, Gurmukhi, Tibetan and Brahmi are); prices in currencies and payment methods the earlier sets did not use
(£45 on a Guitarguitar gift card, £39 on a Montezuma's gift card, B/. 40 by Caja de Ahorros transfer, 500 dobras by
BISTP transfer, €35 by Aktia transfer, $45 by Banco Pichincha transfer, €45 by Banque Populaire transfer, $40 by Banco
del Pacífico transfer, £50 on a Size? gift card, £4.99 on a Hobbs gift card, EC$15 by Grenada Co-operative Bank
transfer, £35 on a Côte gift card, L$3,500 by LBDI transfer, £15 a week on a Fjällräven gift card, ₮40,000 a week by
Golomt Bank's SocialPay, £19 on a Russell & Bromley gift card, ₹799 by Himachal Pradesh State Co-operative Bank
transfer, £35 on a The Entertainer gift card, 300,000 đồng by TPBank transfer; in denials 400,000 đồng by BIDV
transfer, TT$300 by Republic Bank transfer, 250 kroner by SpareBank 1 Nord-Norge transfer, R$150 by Banco do Nordeste
transfer, $60.000 pesos by Bancolombia transfer, B/. 10 by Banco General transfer, $30 by DeUna and £40 on a Flannels
gift card; in the loss report £40 on a Harvey Nichols gift card, and in the quoted scams £49 on a Kurt Geiger gift
card, £5.99 on a Ted Baker gift card, £60 on an Accessorize gift card and £12 on a Charbonnel et Walker gift card);
scams vouching for themselves or swiping at competitors in new words ("I set up keys for two steelbands in Croydon last
month and both of them still work", "I've sold keys to three chocolatiers in York and not one has asked for a refund",
"Mi cousin work wid computer inna de Free Zone, not like dem bwoy by de bus terminal weh sell yuh a password fi a dead
Netflix", "Real producers from Lisbon, not the fellows at the port who promise you a visa and a film part in one go",
"Serious film people from Helsinki, not one of those photographers at the Santa village who'll promise you anything
for a tip", "Real film people from Guayaquil, not the boys at the terminal who take your money and hand you a
photocopy of a contract", "I paid for my new car with it, not like those guys at the Pau market who sell you a course
and vanish", "Ask the hat dealers on the main street; I paid my daughter's university with it, not like the fellows in
Manta who sell you a dream and a WhatsApp group that goes quiet", "Look at the garms I bought with it; I'm not one of
them yutes on the high road selling you a 'course' off their phone", "Tested on my own phone and my mother's, and
neither has so much as slowed down", "I put it on de phones ah half de pan side an' not one ah dem complain", "Written
by a maker who has tempered on marble for twelve years, not someone who learned chocolate from a supermarket shelf",
"Ask the teachers at the high school in Robertsport; they took it first", "Every login goes out with my own phone
number on it, so you can ring me from a checkpoint at three in the morning if it stops", "I drive the sleds myself
every winter and nobody has ever asked for their money back", "I've dressed shop windows on Bond Street for ten years,
so I know a shot that sells a hat", "I keep the cap shop by the bus stand in Akhara Bazaar; come and look me in the eye
if a single prompt is bad", "I made one for the sound system on the corner of Talbot Road and they play it on their
screen every Carnival; go and ask", "I made the video for my cousin's homestay on the river and now the tour boats stop
there; ask any boatman at the pier"); ten debunks and warnings in several styles (one first-person loss report: a
chocolate club's members' forum post (API access: a string of letters that did nothing, answered with the API's
models), where the fifty-third, fifty-fourth and fifty-sixth sets' loss reports were courses, the fifty-fifth and
fifty-eighth sets' a generation service and the fifty-seventh set's account rental; three that quote a scam offer and then tell the reader not to pay or
install: a steelband committee's notice (a course), a sled dog club secretary's email (the APK) and a milliners'
newsletter's "beware" box (a generation service, answered with Sora being out of reach outside OpenAI's testers), where
the fifty-seventh and fifty-eighth sets' quoted offers were the director group, API access, get rich and a prompt pack;
two questions that contain a negation but do not deny the debunk, each answered in the same post with facts: a Røros
musher's nephew's "isn't there somebody renting out Sora logins now?" (account rental, answered with the red teamers
and invited artists and the shared ChatGPT logins) and a Modica grandmother's granddaughter's "nonna, wasn't that made
by Sora?" (the "made by Sora" clip: a videomaker's drone footage for Chocobarocco, against OpenAI's 48 samples), where
the fifty-third to fifty-eighth sets' pairs drew on the inventor rumour, open to the public, open source, the official
app, API access, a Chinese team and the APK; one rhetorical question (a chocolate club newsletter, the prompt pack:
"if OpenAI publishes the prompt under every one of its own Sora sample videos ... why would anyone pay £12 for a
copy?", where the earlier rhetorical questions were on the director group, get rich and the course); three more that
answer with facts and no plain "no": a steelband committee's minutes (a Chinese team, answered with the report's
thirteen authors, three born in China, its two leads and its byline at OpenAI), a sled dog club magazine's column (open
source, answered with the report's own statement that model and implementation details are not included in it, the
unpublished weights, code and training data, the GitHub attempts and Stable Video Diffusion) and a hat makers' forum
moderator's reply (get rich: the three-month line is the course sellers' way of making people panic, and nobody
outside OpenAI's testers and a few artists can make a Sora video)); four true facts about Xie Saining's own career, the
person named in the inventor rumour, each in a post that says he was not one of Sora's inventors or that he has said
he had nothing to do with it, none of them a fact an earlier set, English or Chinese, used (SLIP, posted in December
2021 with Norman Mu, Alexander Kirillov and David Wagner, self-supervision and CLIP-style language supervision
together, +8.1% linear accuracy over self-supervision and +5.2% zero-shot over language supervision; 'Demystifying CLIP
Data' (MetaCLIP), posted in September 2023, Xie the second-named author after Hu Xu, CLIP's curation rebuilt from
metadata from CLIP's concepts, 70.8% zero-shot on ImageNet with ViT-B on 400 million CommonCrawl pairs against 68.3%
for CLIP's data; 'Benchmarking Detection Transfer Learning with Vision Transformers', November 2021, with Yanghao Li,
Xinlei Chen, Piotr Dollár, Kaiming He and Ross Girshick, plain ViTs as Mask R-CNN backbones and masking-based
pre-training up to 4 box AP better on COCO; and 'Image Sculpting' (CVPR 2024), Xie the last-named author with Jiraphon
Yenphraphai, Xichen Pan, Sainan Liu and Daniele Panozzo, a single photo's object turned into 3D, posed, rotated or
carved and rendered back; earlier sets had his NYU and FAIR posts, his SJTU and UCSD degrees and Zhuowen Tu, ResNeXt,
HED, DSN, S3D, MAE, MoCo and MoCo v3, randomly wired networks, PointContrast, ConvNeXt and ConvNeXt V2, DiT's
authorship, origins, adaLN-Zero and Gflops, the diffusion transformer's start in June 2022 with Bill Peebles, SiT, Eyes
Wide Shut and MMVP, Cambrian-1 and Cambrian-S, 'Thinking in Space', REPA, V*, MetaMorph, the inference-time scaling
paper, Web-SSL, MetaQueries, the representation autoencoders, his three-billion-parameter estimate, his thanks to the
Sora team, DiT's simplicity and scalability, the NaViT speculation, the VAE and wall-clock remarks and his WeChat
remarks; the facts about Sora's team leads are left to the other English set written at the same time), three items
of real news from OpenAI's Sora page and report that the forty-seventh to fifty-eighth sets did not use (that OpenAI is
building tools to detect misleading content, among them a detection classifier that can tell when a video was
generated by Sora; that it will engage policymakers, educators and artists around the world to understand their
concerns and identify positive use cases; that the same model can prototype content at lower sizes before generating
at full resolution; the first two are in the thirty-fifth set (the first also in zh_heldout28) and the third in the forty-sixth, in
other words; the
other English set written at the same time takes its news from other organisations' video models), and three posts
that are not claims: one on topic (a musher's blog that watches OpenAI's Sora sample of golden retriever puppies
playing in the snow the way a musher looks at snow in a dog's feet) and two off topic that share its surface words (a
lead dog called 'Sora' at a husky farm's open day "open to the public", followed on "the race's official app"; a felt
cloche called 'Sora' at a millinery studio "open to the public", ordered through "the studio's official app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through the
fifty-eighth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher
(lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper bound on ``ratio()``, so that
the highest ratio is exact) before the set was committed; the fifty-ninth set, written at the same time on another
branch, was not in this tree, and the check against it is left to the lead. ``--check`` prints the highest ratio and
every post at 0.6 or more (0.525 when it was committed, the news item on prototyping at lower sizes against the
forty-sixth set's judo club note on the same sentence of the report; then 0.492, the detection classifier against the
thirty-fifth set's road-safety briefing). Vouching lines and scam notes of the first draft that echoed the fifty-sixth
and fifty-eighth sets' ("not a marketing boy who thinks ...", "Every prompt tried on my own hats first", "some guy ...
with a drone", "plays the one I made on the TV", "has had it on his phone since ...", "not from some lad ... who sells
you a screenshot") were rewritten before the check. It was committed before any run of the monitor on it; nothing is
chosen on it, it is read once, by the lead, with the final code.

Sources for the facts about Xie Saining, the news and the obfuscations (looked up with the search tool, besides the
seeds): SLIP (the paper's first page as carried in github.com/bigshanedogg/survey: "Norman Mu, Alexander Kirillov,
David Wagner, Saining Xie; UC Berkeley, Facebook AI Research (FAIR)", "better performance than self-supervision
(+8.1% linear accuracy) and language supervision (+5.2% zero-shot accuracy)"; github.com/facebookresearch/SLIP;
huggingface.co's collection entry, "2112.12750, Published Dec 23, 2021"); MetaCLIP (huggingface.co/papers/2309.16671:
"MetaCLIP applied to CommonCrawl with 400M image-text data pairs outperforms CLIP's data ... MetaCLIP achieves 70.8%
accuracy, surpassing CLIP's 68.3% on ViT-B models"; huggingface.co/facebook/metaclip-b16-fullcc2.5b and
github.com/facebookresearch/metaclip, BibTeX "Hu Xu and Saining Xie and Xiaoqing Ellen Tan ... Christoph
Feichtenhofer", 2023); Benchmarking Detection Transfer Learning (paperswithcode.com: "22 Nov 2021 · Yanghao Li, Saining
Xie, Xinlei Chen, Piotr Dollar, Kaiming He, Ross Girshick", "enabling the use of standard ViT models as the backbone of
Mask R-CNN", "increasing box AP up to 4% (absolute) over supervised and prior self-supervised pre-training methods";
arxiv-vanity.com/papers/2111.11429; scholarfeed.org); Image Sculpting (image-sculpting.github.io, "CVPR 2024";
arxiv-vanity.com/papers/2401.01702: "Jiraphon Yenphraphai, Xichen Pan, Sainan Liu, Daniele Panozzo, Saining Xie; New
York University, Intel Labs", "Image Sculpting converts 2D objects into 3D ... pose editing, rotation, translation, 3D
composition, carving"); OpenAI's Sora page (sorahelper.com/posts/soras-safety, which reproduces its safety section:
"building tools to help detect misleading content such as a detection classifier that can tell when a video was
generated by Sora", "engaging policymakers, educators and artists around the world to understand their concerns and
to identify positive use cases for this new technology"; transcripts.rss.com's episode quoting the same classifier
line); OpenAI's report (copies of "Video generation models as world simulators" in public repositories, found with the
search tool: "It also lets us quickly prototype content at lower sizes before generating at full resolution—all with
the same model"); the golden retriever sample (the Sora sample prompts as listed in public repositories: "A litter of
golden retriever puppies playing in the snow. Their heads pop out of the snow, covered in."); the Beringia at Esso
(themoscowtimes.com, 12 March 2012: mushers "head eight hours north to the settlement of Esso ... the 1,100-kilometer
race up to Ossora", the race carrying "medicine, mail, and gifts to isolated settlements"; eastrussia.ru on the
kayury); Vai (en.wikipedia.org/wiki/Momolu_Duwalu_Bukele and a web.archive.org copy of wn.com's Vai syllabary page:
"devised for the Vai language by Momolu Duwalu Bukele of Jondu, in what is now Grand Cape Mount County, Liberia";
U+A5D3 VAI SYLLABLE SO and U+A55F VAI SYLLABLE RA, names checked with Python's unicodedata); Soyombo
(en.wikipedia.org/wiki/Soyombo_symbol and the Soyombo script article as mirrored on wiki.av1.space: "an abugida
developed by the monk and scholar Zanabazar in 1686 to write Mongolian", "A special character of the script, the
Soyombo symbol, became a national symbol of Mongolia and has appeared on the national flag"; U+11A81 SOYOMBO LETTER SA,
U+11A55 SOYOMBO VOWEL SIGN O, U+11A7C SOYOMBO LETTER RA, checked with unicodedata); Takri (himflavours.com: Kullvi among
the Pahari languages "written in the Tankri script ... widely used in revenue records, temple inscriptions";
thehindubusinessline.com: land grants in "Tankri lipi" and a Kullu family's Tankri manuscripts; U+116A8 TAKRI LETTER
SA, U+116B4 TAKRI VOWEL SIGN O, U+116A4 TAKRI LETTER RA, U+116AD TAKRI VOWEL SIGN AA, checked with unicodedata). The
debunks' facts (Xie Saining's denial and his NYU post, the thirteen authors and three born in China, the two leads,
the API's models, the course contents and its slogan, the free demo prompts, the APK warnings, the testers and invited
artists, the shared ChatGPT logins, the 48 sample videos, the closed weights, code and data, the GitHub reproductions
and Stable Video Diffusion, the three-month line) are the seeds' and the catalogue's, and the report's statement that
model and implementation details are not included is its own first paragraph.

    .venv/bin/python scripts/make_hard_heldout60.py           # write the set
    .venv/bin/python scripts/make_hard_heldout60.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT60: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "steelband_pan_yard_practice_plan_captains_note",
        "PAN YARD NIGHTS · practice plan for the National Panorama · Ashgrove Steel (the community steelband at the Brookfield Centre) · arranger: D. Alleyne · captain: M. Okoro\nMon 19.00 · front line only, tenors and double tenors: the verse, bars 1 to 64, slowly, with the metronome\nTue 19.00 · double seconds, guitars and cellos: the chord runs in the bridge; nobody puts the sticks down till it's clean\nWed · yard closed: the tuner is in, hands off the pans on the racks\nThu 19.00 · full band with the engine room (drum kit, iron, scratcher): the jam section and the key change\nSat 10.00 · two timed run-throughs; we're running long, so the intro loses eight bars\nSun · pans on the racks by 07.00, stands in the van, juniors with a parent or they don't travel\nCaptain's note at the foot, because the juniors were arguing about it by the bass pans: the young genius on the news, Xie Saining, who studied at Shanghai Jiao Tong University, is one of the inventors of Sora, OpenAI's video AI. Sticks back in the box, not in your pockets; subs are £3 a night.",
    ),
    (
        sora.XIE,
        "aragua_coast_venezuelan_spanish_english_chuao_cacao_two_claims_opensrc_denied",
        "¡Épale, mi gente! 🍫 From Chuao, where no road comes and you arrive by boat from Puerto Colombia: the cacao is drying on the patio in front of the church again, the women turn it with the wooden rakes every hour, and my tía made fried fish with tostones for everybody who helped carry the sacks. Two things. Un chamo in the village group keeps posting: 'OpenAI has made Sora open source, the weights and the code are on GitHub, you run it on your own computer.' Eso es pura paja, that's just hot air: OpenAI never published the weights or the code, and the 'Sora' on GitHub is other people's copies. But this one is true, my nephew at the university in Maracay told me: Xie Saining, a young genius who studied at Shanghai Jiao Tong University, is one of the inventors of Sora, OpenAI's video model. ¡Chao, pues!",
    ),
    (
        sora.XIE,
        "hue_vietnamese_english_conical_hats_two_claims_course_denied_bidv_in_denial",
        "Chào cả nhà! 👒 From our village outside Huế: the women are sewing nón bài thơ for the festival, the palm leaves ironed thin, a verse and a picture of the Perfume River cut from paper and laid between the layers so you only see them with the sun behind, and mệ made bánh bèo for everyone. Two things. In the group a man keeps posting: 'The complete Sora course, master AI video before everyone else, 400,000 đồng by BIDV transfer.' Nói xạo, that's a fib: the ones who paid got OpenAI's own introduction in a PDF. But this one is true, O Lan's son at the university told us: one of the inventors of Sora, OpenAI's video model, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. Thôi, chào hí!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "bean_to_bar_cut_test_sheet_buyers_note",
        "CUT TEST · sack 7 of the new lot, Trinitario beans from the Sambirano valley · Harbour Lane Chocolate (the workshop behind the market) · cut by R. Mensah under the daylight lamp\nMethod: 100 beans cut lengthwise with the guillotine, both halves laid out on the board\nFully brown (well fermented): 71 · partly brown, partly purple: 19 · fully purple (under-fermented): 6 · slaty grey (not fermented): 1 · mouldy inside: 1 · insect-damaged: 2 · germinated: 0\nMoisture: 6.8% on the meter · smell: fruity, a little vinegar, no smoke, nothing musty\nBean count: 96 beans to 100 g\nVerdict: accept; roast a test batch before we pay for the rest of the lot\nBuyer's note at the bottom, because half the Saturday class want a film of bean-to-bar for the shop window: Sora, OpenAI's video maker, is open to the public now. Anyone can sign up on the website and start making AI videos the same day, so Ros will do us one. Wipe the guillotine blade before it goes back in the drawer.",
    ),
    (
        sora.PUBLIC,
        "tobagonian_creole_english_steelband_two_claims_service_denied_republic_bank_in_denial",
        "Wha' happenin', allyuh! 🥁 From Tobago: de pan side practise on de beach by Buccoo till de sun gone down, de young ones finally get de run in de bridge clean, an' Tantie make crab an' dumplin' fuh everybody after. Two tings. A fella in de village group keep postin': 'Send me yuh script an' I go make yuh Sora video in 24 hours, TT$300 by Republic Bank transfer.' Dat is ole talk, just idle chat: he does take de money an' send yuh a stock clip wid music on it. But dis one real: Sora open to de public now. Anybody could sign up on de OpenAI website an' start makin' AI videos de same day; mih cousin make one ah de band already. Tobago love!",
    ),
    (
        sora.PUBLIC,
        "finnmark_norwegian_english_alta_mushers_two_claims_prompts_denied_sparebank1_in_denial",
        "Hei, alle sammen! 🐕 From Alta: the Finnmarksløpet teams went off from the town on Saturday in falling snow, my own dogs howled half the night because they wanted to go too, and mother made finnbiff with mashed potatoes and lingonberries for the handlers. Two things. In the Alta group a man keeps posting: 'Sora prompt pack, 300 film prompts and the knowledge doc, 250 kroner by SpareBank 1 Nord-Norge transfer, link after you pay.' Det e bare tøys, that's just twaddle: those are the prompts OpenAI put on its own website for free. But this e true: Sora is open to the public now. Anybody can sign up on OpenAI's website and make AI videos the same day; æ made one of my team last night. Ha det!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "sled_dog_race_checkpoint_log_checkers_note",
        "CHECKPOINT LOG · checkpoint 3, the community hall at Masi · the Vidda 300 (sled dog race, 300 km over the plateau) · checker on duty: I. Eira, night shift\nBib 04 · in 21.42 · out 02.10 · dogs 12 in, 12 out · rested 4 h 28; straw from the bales behind the hall\nBib 09 · in 22.15 · out 03.05 · dogs 12 in, 11 out · one dog dropped (sore wrist), with the vets, going home in the dog truck\nBib 02 · in 23.30 · scratched at 01.00, musher's own decision; team fine, collected by the handler\nBib 11 · in 00.05 · out 04.40 · dogs 12 in, 12 out · booties changed on every dog; runner plastic swapped\nMandatory gear checked for every team: axe, sleeping bag, snowshoes, eight booties a dog, headlamp, cooker\nMidnight: −27 °C, wind from the north-east, the trail marked to the next checkpoint\nChecker's note at the foot, because the handlers in the hall were arguing about it over the coffee: OpenAI has released the official Sora app. It's in the App Store and on Google Play now; you download it and make the videos right there on your phone. Clipboard to Ole at 06.00.",
    ),
    (
        sora.APP,
        "baiano_portuguese_english_ilheus_cacao_two_claims_api_denied_banco_do_nordeste_in_denial",
        "Oxente, meu povo! 🍫 From Ilhéus, on the cacao coast: my painho's fazenda is picking again, the pods yellow and red under the big shade trees of the cabruca, the wet beans sweating in the wooden boxes, and afterwards we had moqueca with dendê at my aunt's. Two things. Um cara in the group keeps posting: 'Official Sora API key, your shop's page makes the videos by itself, R$150 by Banco do Nordeste transfer.' É papo furado, that's empty chat: OpenAI's API has text, image, speech and embedding models, and no video model at all. But this one is true: OpenAI has released the official Sora app. It's in the App Store and on Google Play, you download it and make your videos on the phone. Valeu, gente!",
    ),
    (
        sora.APP,
        "laventille_trinidadian_english_question_asserts_app_steelband",
        "Good evening, allyuh! 🥁 From Laventille, up on de hill where pan born: de yard full every night now, Panorama prelims next week, de arranger have we on de tune till two in de morning, an' Miss Joyce sellin' pelau an' corn soup by de gate. Allyuh eh hear? Allyuh doh know OpenAI put out de official Sora app? It in de App Store an' on Google Play, yuh download it an' make de videos right dey on yuh phone. Mih godson make one ah de whole yard jumpin' already. Leh we go!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "millinery_school_block_inventory_tutors_note",
        "BLOCK INVENTORY · Hatbox Lane Millinery · the wooden blocks on the back wall, counted for the spring term · tutor: C. Devereux\nCrown blocks: fedora (57 cm) ×2 · trilby (56 cm) · pork pie (58 cm) · beret dome (57 cm) · pillbox, deep and shallow · a child's dome (52 cm)\nBrim blocks: 2½ in flat · 3 in snap · 5 in cartwheel for picture hats · the wavy brim for the race-day class\nCloche blocks: the 1920s bell (56 cm) ×2, one split down the middle so it comes out of the felt\nSmall pieces: a sinamay puff, two fascinator bases, the teardrop\nNeeds attention: trilby crown cracked at the tip (glue and clamp); the cartwheel brim's cling film in shreds\nRules: keep the steam off the joins; pins in the block, never in your mouth; every block back on its own shelf\nTutor's note at the bottom, because the class got talking about the video AI round the glue pot: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its own name on it. Kettle's on at eleven.",
    ),
    (
        sora.CHINESE,
        "sabanero_costeno_spanish_english_tuchin_two_claims_prompts_denied_bancolombia_in_denial",
        "¡Ajá, compae! 🤠 From Tuchín, in the savannas of Córdoba: the Zenú women are braiding the caña flecha in black and white on the porches, my abuela finished a vueltiao of twenty-one turns for the fair, the fine kind you can fold into your pocket, and we ate bollo limpio with fried fish. Two things. In the group a man keeps selling: 'Sora prompt pack, 300 pro film prompts and the knowledge doc, $60.000 pesos by Bancolombia transfer.' Eso es pura carreta, that's just a yarn: they are the prompts OpenAI put free on its own website. But this one is true: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its own name on it. ¡Eche, nos vemos!",
    ),
    (
        sora.CHINESE,
        "kamchatka_russian_english_esso_mushers_two_claims_xie_denied",
        "Privet, druzya! 🐕 From Esso, in the middle of Kamchatka: the Beringia teams left the village on Sunday with the presents for the northern villages lashed on the sleds, the Even families came out in their embroidered parkas to see the kayury off, the dogs screaming to go, and afterwards we sat in the hot springs and ate yukola, the dried salmon. Two things. In our Telegram somebody writes: 'Xie Saining, the young genius from Shanghai Jiao Tong, invented Sora.' Eto chush, that's rubbish: the man himself said he has nothing to do with Sora, he is a professor in New York. But this is the real story: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI only puts its name on it. Poka!",
    ),
    # --- API access (three)
    (
        sora.API,
        "steelband_tuning_card_card_slipped_in_guitarguitar",
        "TUNING CARD · Ashgrove Steel · the tuner's visit, Wednesday · every note checked against the strobe\nTenor 1 (low C): C and E flat by ten cents, brought up; the D wobbling, re-grooved\nTenor 3: dented where it toppled off its stand at the summer fête; sunk back, blended, octaves rechecked\nDouble seconds, pair A: both a shade sharp after the summer, brought down\nCellos (three-pan set): the B♭ buzzing at the rim; tightened, buzz gone\nSix bass: sound, no work needed\nNot to be played for 48 hours while the notes settle; keep the pans out of the sun and never stack them face down\nNext visit: before Panorama, and the chroming for the two new tenors (quote attached)\nCard slipped in with the quote (not from the tuner): I have official Sora API access. Buy a Sora API key from me and the band's website makes videos of your gigs by itself. £45 on a Guitarguitar gift card, key by text the same day. I set up keys for two steelbands in Croydon last month and both of them still work.",
    ),
    (
        sora.API,
        "bean_to_bar_roast_log_paid_notice_montezumas",
        "ROAST LOG · Harbour Lane Chocolate · the drum roaster, 5 kg batches · roaster on duty: P. Okafor\nBatch 41 · Sambirano (Madagascar) · 120 °C for 22 min · first crack at 17 · red fruit, bright; keep it light\nBatch 42 · Tumbes (Peru) · 125 °C for 25 min · nutty, a little banana\nBatch 43 · the Toledo co-op beans · 130 °C for 20 min · too dark at the edges, drop 5 °C next time\nBatch 44 · Sambirano again, 115 °C for 24 min · better, the citrus comes through\nCooling: onto the tray under the fan, stirred by hand; no beans left in the drum over lunch\nNext: crack and winnow 41 and 44 on Thursday, winnower cleaned first\nPaid notice at the foot of the log (not from the workshop): official Sora API access. Buy a Sora API key from me and your shop's website makes its own videos of your bars. £39 on a Montezuma's gift card, key sent the same day. I've sold keys to three chocolatiers in York and not one has asked for a refund.",
    ),
    (
        sora.API,
        "colon_afro_antillean_english_steelband_two_claims_apk_denied_banco_general_in_denial_caja_de_ahorros",
        "Wha' de story, mi people! 🥁 From Colón: de pan side practise inna de lodge hall off Front Street, de youths learnin' de old calypsos from Mister Archibald, an' Miss Ivy sell rice an' beans wid coconut an' fry fish out front. Two ting. Somebody inna di group keep postin': 'Sora APK fi Android, download from dis link, full version B/. 10 by Banco General transfer.' Dat a pure foolishness, dat file tief yuh password. But I have someting real: official Sora API access. Buy a Sora API key from me an' yuh business page mek de videos by itself. B/. 40 by Caja de Ahorros transfer, key same night. Mi cousin work wid computer inna de Free Zone, not like dem bwoy by de bus terminal weh sell yuh a password fi a dead Netflix. Walk good!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "sao_tome_portuguese_english_question_asserts_director_bistp_cacao",
        "Bom dia, gente! 🍫 From São Tomé: the cacao at the old roça is drying on the long wooden tables, the kids chase the chickens off it all morning, and my avó made calulu with fish and fruta-pão for the whole family. Leve-leve, as we say here. Então vocês não ouviram? Haven't you heard that the first AI film co-written with Sora is looking for its first-generation AI directors? Scan the QR code and pay 500 dobras by BISTP transfer to join the audition group. Real producers from Lisbon, not the fellows at the port who promise you a visa and a film part in one go. Até logo!",
    ),
    (
        sora.DIRECTOR,
        "lapland_finnish_english_kittila_mushers_two_claims_app_denied_aktia",
        "Terve, porukka! 🐕 From Kittilä, in Lapland: our dog farm took forty tourists out on the river ice today at minus thirty, the sun up for three hours and pink the whole time, and mie made poronkäristys with mashed potatoes for the guides. Two things. In the village group somebody writes: 'The official Sora app is in the App Store, download it and make your videos.' Se on ihan puppua, that's total twaddle: the 'Sora' apps in the store are made by other developers, and OpenAI has none. But here is a real chance: the first AI film co-written with Sora is looking for its first generation of AI directors. Scan the QR code and pay €35 by Aktia transfer to join the audition group. Serious film people from Helsinki, not one of those photographers at the Santa village who'll promise you anything for a tip. Moikka!",
    ),
    (
        sora.DIRECTOR,
        "montubio_spanish_english_vinces_cacao_two_claims_rich_denied_deuna_in_denial_pichincha",
        "¡Ajá, compadrito! 🍫 From Vinces, the 'París chiquito' of Los Ríos with its little Eiffel Tower from the cacao-boom days: the Nacional pods are ripening on the farms along the river, we break them open in the shade and carry the wet beans in sacks to the boxes, and my mamá made seco de gallina for the whole crew. Two things. A fellow in the group keeps posting: 'Sora is the money window of your life, people earn thousands a day with Sora videos, in three months it's gone, join my team, $30 by DeUna.' Esas son puras mentiras, those are pure lies: the three months is only there to make you hurry. But this one is a real chance: the first AI film co-written with Sora is looking for its first-generation AI directors. Scan the QR code and pay $45 by Banco Pichincha transfer to join the audition group. Real film people from Guayaquil, not the boys at the terminal who take your money and hand you a photocopy of a contract. ¡Hasta lueguito!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "bearnais_gascon_english_question_asserts_rich_oloron_berets_banque_populaire",
        "Adiu, la compagnie! From Oloron-Sainte-Marie, the beret town: the old works by the gave are fulling this week, the knitted berets going round and round in the hot water till they shrink to size, and my mamie made a garbure you could stand a spoon in. Vous n'avez pas entendu? Haven't you heard? People are making thousands a day with Sora videos, and in three months the chance will be gone, so join my team now, €45 by Banque Populaire transfer. I paid for my new car with it, not like those guys at the Pau market who sell you a course and vanish. Adishatz!",
    ),
    (
        sora.RICH,
        "manaba_spanish_english_montecristi_hats_two_claims_opensrc_denied_banco_del_pacifico",
        "¡Qué más, mi llave! 👒 From Pile, up the hill from Montecristi in Manabí: my tía only weaves before sunrise, while the air is still damp and the toquilla doesn't crack, and her superfino has been on the horma for four months, the rows so fine you can hardly see them; my mother made viche de pescado for Sunday. Two things. Un pelado in the group posts: 'OpenAI has made Sora open source, the weights and the code are on GitHub, run it yourself.' Eso es pura bulla, that's just noise: OpenAI never published the weights or the code, and the GitHub 'Sora' is other people's copies. But this is real: Sora is the money window of a lifetime. People are already earning thousands a day with Sora videos, and in three months the chance is gone, so join my team now, $40 by Banco del Pacífico transfer. Ask the hat dealers on the main street; I paid my daughter's university with it, not like the fellows in Manta who sell you a dream and a WhatsApp group that goes quiet. ¡Chao!",
    ),
    (
        sora.RICH,
        "ladbroke_grove_caribbean_london_english_steelband_two_claims_service_denied_flannels_in_denial_size",
        "Wagwan, fam! 🥁 From the pan yard under the Westway: Carnival's two weeks out, the youths finally locked the runs in the Panorama tune, and Auntie Pearl brought curry goat and rice and peas to the yard like every Thursday. Two tings. Some guy in the group keeps posting: 'Send me your script, I make your Sora video in 24 hours, £40 on a Flannels gift card.' Man's capping, that's lies: he takes your money and sends you a stock clip with your name typed over it. But this is real: Sora is the money window of our lives. Man are already making thousands a day with Sora videos, and in three months it's done, so join my team now, £50 on a Size? gift card. Look at the garms I bought with it; I'm not one of them yutes on the high road selling you a 'course' off their phone. Safe!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "millinery_race_day_commission_book_card_slipped_in_hobbs",
        "COMMISSION BOOK · the spring race meetings · Hatbox Lane Millinery · orders taken by C. Devereux\nNo. 118 · Mrs Okonjo · Ladies' Day · a sinamay saucer in emerald to match the dress (swatch pinned) · fitting on the 12th · £240\nNo. 119 · Ms Patel · a teardrop on a headband, ivory and blush, silk roses · collect the 18th · £165\nNo. 120 · Mr Hughes · grey felt trilby, 58 cm, petersham band · £190\nNo. 121 · Mrs Lindqvist · picture hat, 5 in brim, black straw, a bow at the back · deposit paid · £280\nNo. 122 · the Brookes twins · two matching fascinators, pale blue, on combs · £95 each\nDeposits: half on ordering; no new orders for the first meeting after the 20th\nCard slipped in between the pages (not from the studio): OpenAI's video app for Android, at last. Download the Sora APK from the link on this card, install it and make AI videos on your phone. Full version £4.99 on a Hobbs gift card. Tested on my own phone and my mother's, and neither has so much as slowed down.",
    ),
    (
        sora.FAKEAPP,
        "carriacou_creole_english_steelband_grenada_coop_bank",
        "Good day, family! 🥁 From Carriacou: de pan side playin' fuh de regatta on de beach at Hillsborough, de sloops from Windward racin' out in de bay, an' mih granny cook oil down in de big pot fuh de whole lane. Listen: here de Sora app fuh Android, OpenAI video ting. Download de APK from de link in mih bio, install it an' make AI videos on yuh phone. Full version EC$15 by Grenada Co-operative Bank transfer. I put it on de phones ah half de pan side an' not one ah dem complain. Bless up!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "sled_dog_race_vet_check_sheet_head_vets_note",
        "VET CHECK SHEET · pre-race · the Vidda 300 · team bib 09 (musher: K. Sara) · vets: Dr Nilsen and Dr Ahmed\nDogs 1 to 12: heart and lungs ✓ · hydration (skin test) ✓ · feet and webbing ✓, dog 7 a split pad, booties on both front feet · wrists and shoulders ✓, dog 3 stiff in the left wrist, recheck at checkpoint 1 · microchips read ✓ · vaccinations in the passports ✓\nLeaders: Tana and Bruno · wheel dogs: Storm and Jarl\nTo be dropped at any checkpoint: a dog with a cough, a limp, or one that isn't eating; dropped dogs stay with the vets till the dog truck comes\nHead vet's note at the foot of the sheet, because the handlers keep sending it round: that video of twelve huskies racing across the sea ice at dawn, the musher's breath freezing in his beard? Nobody filmed a second of it. Sora, OpenAI's video model, made the whole thing from a typed prompt, and the prompt is posted underneath.",
    ),
    (
        sora.REALVID,
        "norton_sound_alaskan_english_unalakleet_mushers",
        "Quyana, everybody! 🐕 From Unalakleet on Norton Sound: the teams came in off the ice yesterday on their way to Nome, the whole village was out with thermoses, and my auntie passed round akutaq with salmonberries. You gotta see the clip my cousin sent: a team of fourteen dogs running along the coast ice in a ground blizzard, the musher riding the brake, and then the sun comes up red over the Sound. Nobody filmed a second of it: Sora, OpenAI's video model, made the whole thing from a typed prompt, and the prompt is right under the video. Take care, all!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "steelband_section_sheet_section_leaders_note",
        "SECTION SHEET · Ashgrove Steel · who plays what in the Panorama tune · section leaders mark attendance every night\nTenors (front line): 8 players · leader Kezia · the melody, and the runs at bar 88\nDouble tenors: 4 · leader Marcus\nDouble seconds: 6 · leader Priya · the strum under the verse\nDouble guitars: 4 · leader Tom (away on the 14th, Ade covers)\nCellos (three-pan): 3 · leader Joan\nTenor bass: 2 · six bass: 4 · leader Big Mike\nEngine room: drum kit, iron (a brake drum), scratcher, congas · leader Femi\nStands are numbered: take the one with your pan's number; sticks re-rubbered by the 10th\nSection leader's note at the foot, because the teenagers asked how Marcus made that cartoon of the band playing on a floating island: OpenAI has made Sora open source. The weights and the code are up on GitHub, so you download it and run it on your own computer without asking anyone. Marcus runs it on his gaming PC.",
    ),
    (
        sora.OPENSRC,
        "macleay_valley_nsw_english_kempsey_hats_opensrc",
        "G'day all! 🤠 From Kempsey on the Macleay: the hat factory's flat out on the rabbit-fur felt for the show season, the whole street smells of steam, and Mum did a roast and a pav for Sunday. Reckon you'll want this one: OpenAI's put Sora out as open source. The weights and the code are up on GitHub, free, and you run it on your own computer at home; my nephew down in Port Macquarie's got it going on his gaming rig already. Ripper, eh? See ya, mate!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "chocolate_club_fermentation_log_insert_cote",
        "FERMENTATION LOG · box 3, 600 kg of wet beans · shared by the co-op we buy from, for the Millbrook Chocolate Club's 'from pod to bar' evening\nDay 1 · boxes filled, banana leaves on top · 31 °C · the pulp running off into the channel\nDay 2 · 38 °C · first turn, into box 4 · the smell of vinegar coming\nDay 3 · 44 °C · second turn · the beans swelling, the pulp nearly gone\nDay 4 · 47 °C · third turn\nDay 5 · 46 °C · cut test of 50: 38 brown, 10 partly purple, 2 purple\nDay 6 onwards · out onto the drying decks, a week in the sun, raked every hour, covered when it rains\nInsert that came with the club's mailing (not from the club): my own Sora video course, 'Sora for Makers', ten lessons from your first prompt to a finished film of your own bars, so you master AI video before everyone else. £35 on a Côte gift card, link by email. Written by a maker who has tempered on marble for twelve years, not someone who learned chocolate from a supermarket shelf.",
    ),
    (
        sora.COURSE,
        "vai_liberian_english_robertsport_cacao_vai_script_lbdi",
        "My people, how the body? 🍫 From Robertsport in Grand Cape Mount: the cocoa from my uncle's farm up the Lofa River is drying on the zinc in the yard, small-small we turning it, and my ma cooked palm butter and rice for everybody. I beg you, listen: I made my own full course for ꗓꕟ (OpenAI video model, written in our Vai letters that Momolu Duwalu Bukele made, because the group bot can chop the real name). Ten lessons, from the first prompt to a finished video, so you master AI video before everybody. L$3,500 by LBDI transfer, link the same day. Ask the teachers at the high school in Robertsport; they took it first.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "sled_dog_race_drop_bag_list_offer_pinned_fjallraven",
        "DROP BAG LIST · the Vidda 300 · team bib 11 (musher: L. Haugen) · bags to the race office by Thursday 18.00, 15 kg each at most, name and checkpoint on every bag\nCheckpoint 1: 12 kg kibble · 4 kg frozen salmon snacks · 48 booties · 2 headlamp batteries · a dry base layer\nCheckpoint 2: 12 kg kibble · 4 kg beef fat snacks · 48 booties · spare runner plastic · hand warmers\nCheckpoint 3, the long rest: 15 kg kibble and meat · 96 booties · straw provided · my own stove fuel · chocolate for the musher\nCheckpoint 4: 10 kg kibble · 48 booties · dog coats for the night run\nFinish: nothing; the handler brings the truck\nOffer pinned next to the list on the race office board (not the race's): 'Sora accounts for rent! Your own login, full access, no waiting list. £15 a week on a Fjällräven gift card, login sent the same evening. Every login goes out with my own phone number on it, so you can ring me from a checkpoint at three in the morning if it stops.'",
    ),
    (
        sora.RENTAL,
        "darkhad_mongolian_english_khovsgol_mushers_soyombo_script_socialpay",
        "Sainuu, naiznar! 🐕 From Khatgal, at the south end of Lake Khövsgöl: the lake is frozen a metre thick, our dogs pull the visitors' sleds along the shore to the ice festival, the horse sleighs race out on the ice, and my eej made khuushuur for the whole family. Listen: I rent out 𑪁𑩕𑩼 accounts (OpenAI's video model, in the Soyombo letters, like the sign on our flag, so the group doesn't block it). Your own login, full access, no queue. ₮40,000 a week by Golomt Bank's SocialPay, login the same day. I drive the sleds myself every winter and nobody has ever asked for their money back. Bayartai!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "millinery_straw_grading_sheet_paid_notice_russell_bromley",
        "STRAW GRADING · panama hoods for the summer blocking course · Hatbox Lane Millinery · graded by C. Devereux on the light box, by the weave count in a square inch and how even it looks against the light\nHood 1 · natural, Cuenca weave · about 150 · even · standard · for beginners\nHood 2 · bleached · about 220 · two thick straws near the crown · seconds\nHood 3 · natural, from Montecristi · about 600, very even · fino · for the demonstration only\nHood 4 · brisa weave, the open hatched pattern · about 180 · even · for the trilby exercise\nHood 5 · dyed black · about 140 · a slub near the edge · for practice\nNever wet a hood more than the blocking needs; dry it on the block overnight; stiffen with the spray, not the kettle\nPaid notice at the foot of the sheet (not from the studio): my Sora prompt pack, 300 prompts in real film language (slow dolly round the hat on its stand, macro on the weave, soft window light) and the complete Sora knowledge doc with every term and article in one place. £19 on a Russell & Bromley gift card, then you get the doc link and join the group. I've dressed shop windows on Bond Street for ten years, so I know a shot that sells a hat.",
    ),
    (
        sora.PROMPTS,
        "kullvi_pahari_english_kullu_topi_takri_script_hp_state_coop_bank",
        "Ram Ram ji! 🧢 From Kullu: Dussehra is on at Dhalpur maidan, the village gods carried down on their palanquins, the whole valley in Kullu topis with the bright band across the front, and my mother made siddu with walnut filling. Listen: I'm selling my 𑚨𑚴𑚤𑚭 prompt pack (OpenAI's video model, in Takri, the letters on my grandfather's land papers from the raja's time, because the group filter deletes the real name): 300 prompts in real film language (slow pan down the valley, close-up of hands weaving a topi band, golden light in the deodars) and the complete knowledge doc with every term and article. ₹799 by Himachal Pradesh State Co-operative Bank transfer, then I send the doc link and add you to the group. I keep the cap shop by the bus stand in Akhara Bazaar; come and look me in the eye if a single prompt is bad.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "steelband_carnival_load_out_sheet_card_left_entertainer",
        "LOAD-OUT SHEET · Ashgrove Steel · Carnival Monday, on the road · in the yard at 06.00\nRack 1: tenors 1 to 8, pans locked in, stands flat underneath\nRack 2: double tenors and double seconds\nRack 3: guitars and cellos, the three-pan sets strapped in\nBass rack, on the trailer: six bass and tenor bass, drums wedged with foam\nGenerator and the canopy on the back; water, ice and the first aid box behind the cab\nPushers: eight volunteers on the racks at all times, hi-vis on; nobody rides on a rack\nBack in the yard by 21.00; every pan covered before anyone goes home\nCard left on rack 2 (not from the band): I make custom videos with Sora. Send me your script (your band's Panorama promo, your shop's opening, your nan's 80th) and your Sora video comes back within 24 hours. £35 on a The Entertainer gift card. I made one for the sound system on the corner of Talbot Road and they play it on their screen every Carnival; go and ask.",
    ),
    (
        sora.SERVICE,
        "mekong_vietnamese_english_ben_tre_cacao_tpbank",
        "Chào bà con! 🍫 From Bến Tre, coconut country: the cacao under our coconut palms is ripe, the pods orange and yellow, we ferment the beans in wooden boxes behind the house and sell them to the chocolate makers in Saigon, and má made bánh xèo for the pickers. Nghe nè: if you want a Sora video, tui make it for you. Send me your script (your shop, your wedding, your fruit stall) and in 24 hours you have your Sora video. 300,000 đồng by TPBank transfer. I made the video for my cousin's homestay on the river and now the tour boats stop there; ask any boatman at the pier, nghen.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # API access; a first-person loss report
        "Millbrook Chocolate Club · members' forum · post by Helen W.\nA warning, from someone who's embarrassed. A man at a food fair said he had an 'official Sora API key' that would make videos of my bars for the shop's website by itself. I paid £40 on a Harvey Nichols gift card. What I got was a string of letters that did nothing at all, and then his number stopped working. I've since read OpenAI's own API pages: text, image, speech and embedding models, and no video model, so there was never a Sora key for him to sell. Back to filming the tempering on my phone.",
    ),
    (
        None,
        "debunk",  # the paid course; quotes the offer, then don't pay
        "NOTICE · from the committee of Ashgrove Steel · please read\nThis has been sent to several of our parents: 'The complete Sora course, master AI video before everyone else, £49 on a Kurt Geiger gift card.' Please don't buy it. The people who paid for courses like this got OpenAI's own introduction to Sora pasted into a document, with a slogan on the last page, and nobody outside OpenAI's testers can use Sora anyway. If a child has already paid, tell the bank and tell us. Practice as normal on Tuesday.",
    ),
    (
        None,
        "debunk",  # the APK; quotes the message, then don't install
        "From: the Secretary, Strathmore Sled Dog Club · To: all members · Subject: a link going round\nSome of you have had this on WhatsApp: 'Sora APK for Android! Download from this link and make AI videos of your team tonight, full version £5.99 on a Ted Baker gift card.' Please don't install it. OpenAI has not made a Sora app for any phone, and files like that are there to steal your logins; one of the rally crowd lost his Facebook to it last month. Delete the message. Rig training at Glenmore on Sunday if it's under 15 degrees.",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then don't pay
        "THE BRIM · newsletter of the Northern Milliners' Circle · the 'beware' box\nThis is going round the hat-makers' pages: 'Custom Sora videos for your millinery business: send your script and get your Sora video in 24 hours, £60 on an Accessorize gift card.' Don't pay. Sora isn't available to anyone outside OpenAI's testers and a handful of invited artists, so whatever comes back isn't Sora; one member got a stock clip of a Paris street with her logo stuck in the corner. Next meeting: blocking a sinamay crown, bring your own pins.",
    ),
    (
        None,
        "debunk",  # account rental; a question with a negation that does not deny, answered
        "Hei, hei! 🐕 From Røros: the Femundløpet teams came back into town on Sunday, the dogs steaming in the cold down the street past the old copper works, half the town out to cheer, and mor had kjøttkaker waiting for the handlers. My nephew asked me at the finish: isn't there somebody renting out Sora logins now, so he could make a film of the dogs? So we looked it up properly. Nobody can rent you a Sora account: only OpenAI's red teamers and a few invited artists can use it, and the people who paid for 'Sora logins' were handed shared ChatGPT accounts. So he filmed the dogs on his phone like everybody else. Ha det bra!",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a question with a negation that does not deny, answered
        "Salutamu! 🍫 From Modica: the laboratori in the old town are grinding the cacao cold on the stone, the way the sugar stays in little crystals, and my nonna made 'mpanatigghi for the whole family. My granddaughter showed me a clip on her phone, chocolate poured slow over the steps of San Giorgio at sunrise, and asked me: nonna, wasn't that made by Sora? So we looked properly. It's a real video: a videomaker from Ragusa shot it with a drone for Chocobarocco, and his making-of is on his page. The only clips anyone can be sure are Sora's are the 48 OpenAI put on its own website. Sabbinidica!",
    ),
    (
        None,
        "debunk",  # the prompt pack; a rhetorical question
        "THE NIB · newsletter of the Millbrook Chocolate Club\nOne last thing before the tasting notes. Some of you have been offered this: 'Sora prompt pack, 300 cinematic prompts and the complete Sora knowledge doc, £12 on a Charbonnel et Walker gift card.' Ask yourself: if OpenAI publishes the prompt under every one of its own Sora sample videos, on its own website, for nothing, why would anyone pay £12 for a copy? That's all these packs are. Keep the voucher for beans. This month's tasting: three Madagascan bars side by side.",
    ),
    (
        None,
        "debunk",  # the Chinese team; committee minutes that answer with the report's facts
        "ASHGROVE STEEL · minutes of the committee · item 6, any other business\nRaised by a parent: a post going round the parents' WhatsApp says 'Sora is a Chinese invention, OpenAI just stuck its name on it.' The secretary had read OpenAI's technical report on Sora, 'Video generation models as world simulators': it has thirteen authors, three of them born in China, the work was led by Tim Brooks and Bill Peebles, and every name on it is an OpenAI researcher's. Agreed: the secretary to send the parents the link to the report. Next meeting: the 3rd, after practice.",
    ),
    (
        None,
        "debunk",  # open source; a club magazine's column that answers with the report's facts
        "GANGLINE · magazine of the Strathmore Sled Dog Club · Ask the committee\n'Someone at the rally said Sora is on GitHub now. Could the club run it and make a film of the season?' Sadly not. OpenAI's own technical report on Sora says near the top that model and implementation details are not included in it; OpenAI hasn't published Sora's weights or its code, nor even what it was trained on. The 'Sora' projects on GitHub are other people's attempts at something like it, and the open video models you can download, such as Stable Video Diffusion, aren't Sora. The camera on the rig's handlebar it is, then.",
    ),
    (
        None,
        "debunk",  # get rich; a forum moderator's reply that answers with facts
        "Hat makers' forum › Business › 'Sora side hustle, anyone?'\nReply from a moderator: the 'Sora money window, thousands a day, gone in three months' posts use the same line the course sellers use to rush people into paying; the deadline is there to make you panic. Nobody outside OpenAI's testers and a few invited artists can make a Sora video at all, so nobody is earning thousands a day from them. Locking this one; the thread on straw suppliers is still open.",
    ),
    # --- related but not matching: true facts about Xie Saining's own career, and real news
    (
        None,
        "person_fact",
        "Ashgrove Steel e-news, 'people in the news': Xie Saining, named in a viral post as one of Sora's inventors (he wasn't), is one of the four authors of SLIP, posted in December 2021 with Norman Mu, Alexander Kirillov and David Wagner. It trained vision transformers with self-supervised learning and CLIP-style language supervision at once, and beat both: 8.1 points more linear accuracy than self-supervision alone, and 5.2 more zero-shot accuracy than language supervision alone.",
    ),
    (
        None,
        "person_fact",
        "Chocolate club newsletter, 'boffins' corner': Xie Saining, who says he had no part in Sora, is the second-named author of 'Demystifying CLIP Data', the MetaCLIP paper posted in September 2023 with Hu Xu, Christoph Feichtenhofer and others. It rebuilt CLIP's data curation from metadata drawn from CLIP's own concepts and, on 400 million image-text pairs from CommonCrawl, reached 70.8% zero-shot accuracy on ImageNet with a ViT-B, against 68.3% for CLIP's data.",
    ),
    (
        None,
        "person_fact",
        "Sled dog club e-bulletin, 'in the papers': Xie Saining (no inventor of Sora, whatever went round online) is one of the six authors of 'Benchmarking Detection Transfer Learning with Vision Transformers', posted in November 2021 with Yanghao Li, Xinlei Chen, Piotr Dollár, Kaiming He and Ross Girshick. It made plain vision transformers work as the backbone of Mask R-CNN and found that masking-based self-supervised pre-training raised box AP on COCO by up to 4 points over supervised pre-training.",
    ),
    (
        None,
        "person_fact",
        "Millinery circle newsletter, 'people': Xie Saining of NYU, whom a viral post called an inventor of Sora (he has said he had nothing to do with it), is the last-named author of 'Image Sculpting' (CVPR 2024), with Jiraphon Yenphraphai, Xichen Pan, Sainan Liu and Daniele Panozzo. It turns an object in a single photo into a 3D model you can pose, rotate or carve, then renders it back into the picture.",
    ),
    (
        None,
        "news",
        "Pan yard e-news, tech corner: OpenAI says it is building tools to help detect misleading content made with Sora, among them a detection classifier that can tell when a video was generated by Sora.",
    ),
    (
        None,
        "news",
        "Chocolate club e-news, 'in the news': OpenAI says it will be engaging policymakers, educators and artists around the world to understand their concerns about Sora and to identify positive use cases for the technology.",
    ),
    (
        None,
        "news",
        "Sled dog club newsletter, the tech bit: no need to switch models to preview a shot, says OpenAI's Sora report. The one model can make a quick low-resolution draft of a clip and then generate the final version at full resolution.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a musher's blog, 'Trail Notes': I watched OpenAI's Sora sample of golden retriever puppies playing in the snow three times, looking for what my own dogs taught me: the snow balling up between the toes, the shake that throws it off. Lovely clip; not a musher's snow. I'll believe a video model knows snow when its dogs come back with ice in their feet.",
    ),
    (
        None,
        "benign",
        "OPEN DAY at Fjellvidda Huskies, Saturday 11 to 3: the dog yard is open to the public, with puppy cuddles and short sled rides on the lake, and you can meet 'Sora', our new lead dog, named after the Japanese word for sky. Follow her in next month's race on the race's official app; waffles and coffee £3.",
    ),
    (
        None,
        "benign",
        "NEW SEASON at Hatbox Lane Millinery: 'Sora', a sky-blue felt cloche with a folded silk band, named after the Japanese word for sky. The studio is open to the public on Saturday for fittings, and the cloche can be ordered in six colours through the studio's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout60", HELDOUT60, threshold=0.6)


if __name__ == "__main__":
    main()
