# ruff: noqa: E501
"""Write the sixty-sixth English held-out set (tests/data/hard_en_heldout66_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an engineer who
did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it, and did not read
the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour / scam wave produces. 55
posts, 35 with a gold template (three for seven templates, two for the other seven; the seven with three are the
inventor rumour, open to the public, the official app, the Chinese team, API access, the director group and get rich,
the same seven as in the forty-eighth, fiftieth and every even set from the fifty-second to the sixty-fourth). Its
theme, to keep it apart from the earlier sets: shinty clubs (a second team's team lines, a caman order sheet and an
away-day hamper list, the club secretary on WhatsApp and a supporters' newsletter; the Dell at Kingussie and the Eilan
at Newtonmore three and a half miles up the Spey, An Aird at Fort William with Kilmallie at Caol along the road, Pàirc
nan Laoch at Portree under the Storr, Mossfield Park at Oban by the Mull ferry, the Kyles of Bute at Tighnabruaich,
Balmacara and Eilean Donan in Lochalsh, a caman maker at Spean Bridge); gamelan orchestras (a community gamelan's
balungan sheet, rehearsal plan and instrument list, its newsletter and a players' mailing list; the students of the
arts institute in Solo at the Mangkunegaran, calung and gamelan at a wedding in Sokaraja outside Purwokerto, the old
gamelan sekaten at the Kasepuhan palace in Cirebon, a karawitan group on the church steps in Semarang's Kota Lama, the
kendhang for the wayang topeng of Kedungmonggo outside Malang, the gamelan of the Javanese association in Nouméa);
pinball leagues (a league's group card, a museum machine's service tag and a bar's high-score board, a members' forum
and a league newsletter; the pinball museum on Webster Street in Alameda, the pinball museum on Radnóti Miklós utca in
Budapest, a café league by the Graslei in Ghent, an arcade under the railway arches in Rotterdam, a bar in the
Chartrons in Bordeaux, pinball bars in Fitzroy and Collingwood in Melbourne); and public speaking clubs of the
Toastmasters kind (a meeting agenda, a timer's report and a grammarian's report, an area e-bulletin and a club
president's email; clubs in Indore by Rajwada, in Tamale behind the Central Mosque, in Muscat on the Mutrah Corniche,
in Juba near Konyo Konyo, in Gulu by the main market, in Mwanza looking at Bismarck Rock and in Berhampur in the silk
weavers' hall).

Two of the four themes the brief proposed are kept (shinty clubs and gamelan orchestras) and two replaced. Hot-air
balloon crews are the fifty-first set's theme ("hot-air balloon crews (a passenger manifest, a retrieve log ...)",
with its balloon fiestas at Göreme, Chiang Rai, Albuquerque, Château-d'Œx, Saga, Luxor, Chambley and León, and 热气球 in
its search list), and they would also sit next to the fifty-sixth set's gliding clubs and the paragliding clubs of the
set written at the same time. Meteorite hunters have no post of their own in an earlier set (meteorite, meteor,
fireball, strewn field, tektite and 陨石 were searched; "meteor" is only zh_heldout47's name of a public repository,
"meteorshowers"), but their world is taken three times over: they walk strewn fields with metal detectors and magnets,
the metal detectorists the fifty-third set dropped for the forty-seventh set's coin clubs (and the sixty-fourth
again), and their finds are rocks from space, between the thirty-eighth set's amateur astronomy (the reason the
fifty-ninth set dropped astronomy societies) and zh_heldout45's geological survey team (the reason the fifty-third set
dropped fossil hunters and the fifty-ninth dowsers). Pinball leagues stand in for the balloon crews and public
speaking clubs for the meteorite hunters. Replacements thought of and dropped: typewriter repairers (next to the
fifty-ninth set's letterpress printers and the forty-fourth set's clock repairers), geocachers (the fifty-seventh,
fifty-eighth and sixty-first sets' geocaches and zh_heldout51 and 52), funicular operators (the forty-fifth and
forty-seventh sets' cable cars and the trams of a dozen sets), bobsleigh clubs (the forty-first set's ski resorts and
ice rinks), fountain pen hospitals (letterpress again, and the calligraphy of zh_heldout40 and the fifty-third,
sixty-first and sixty-second sets), medieval re-enactors (the fiftieth set's fencing), mudlarks (metal detecting
again) and stone skimmers (too few places to carry fourteen posts). None of the four kept is the world of an earlier
set or post, English or Chinese (their kinds, docstrings and posts were searched for shinty, camanachd, caman,
Kingussie, Newtonmore, Lochaber, Badenoch, Skye, Cowal, Oban, Lochalsh, hurling, camogie, field hockey, bandy, 曲棍球;
gamelan, gamel, pelog, slendro, gendhing, kecak, angklung, metallophone, kulintang, karawitan, Surakarta, Banyumas,
Cirebon, Malang, Semarang, 甘美兰, 加麦兰, 佳美兰; pinball, flipper, IFPA, 弹珠台; Toastmaster, ah-counter, grammarian, table
topics, public speaking, speech contest, 头马, 演讲会, 即兴演讲: "hockey" is only the forty-first set's beer-league ice hockey
and the ice hockey clubs the sixty-first set's brief proposed, "hurling" only the fiftieth set's Hurlingham Club and
the sixty-fourth set's list of dropped themes, "gong" a lighting cue in the fifty-fifth set's magic show, the
forty-eighth set's Donggongon and zh_heldout29 and 30's 锣鼓 at a dragon boat race and an opera stage, "tilt" a camera
move in prompt packs, "icebreaker" the fortieth set's ship, 弹球 the sixty-third set's marbles, and 演讲 in zh_heldout35 a
director lecturing on a course; none of the rest is in an earlier post). The worlds next to them are kept at a
distance: the shinty clubs have no ice, no hurling or camogie, no floorball (the set written at the same time), no
pipe band or Highland games (the fifty-third and sixty-first sets) and no curling (the forty-first); the gamelan has
no steel pan (the sixtieth set's steelbands), no orchestra or brass band (the thirty-ninth), no marimba (the
forty-sixth) and no dance school (the mask dance of Kedungmonggo is only what the Malang drummer plays for), and no
songbirds (the sixty-fourth set's kicau contest in Bantul); the pinball leagues have no darts, pool, snooker or
bowling (the forty-first and fiftieth sets), no video arcade games and no slot machines; the public speaking clubs
have no debating motion (the twenty-seventh set's debating society), no interpreters or congress (the sixty-fourth
set) and no radio. So are the themes of the sets written at the same time on other branches, not seen by this writer
(hard_en_heldout65: floorball clubs, paragliding clubs, sailmakers' lofts, salt-pan workers; zh_heldout59 and 60:
紫砂壶作坊, 保温瓶厂, 凉席厂, 口琴厂, 腐乳厂, 锄头厂, 景泰蓝作坊, 床垫厂, 钓鱼竿厂, 火柴厂, 铝锅厂, 毽子厂): no floorball, glider, wing, sail, salt, teapot,
flask, mat, harmonica, bean curd, hoe, cloisonné, mattress, fishing rod, match or shuttlecock appears, and the person
facts and news keep to the brief's division (Sora's own leads here, other organisations' video models as news).

In English varieties, dialects and registers the earlier sets do not use (where an earlier set has a national or
regional variety, such as Highland (Inverness), Hebridean (Lewis), Javanese-, Jogja Javanese-, Suroboyoan Javanese-,
Sundanese-, Balinese-, Hungarian- and Székely Hungarian-, Flemish-, Antwerps and West Flemish-, Odia-, Hejazi and
Najdi Arabic-, Swahili-, Kimvita and Arusha Swahili-English, the variety here is a regional one none of them names;
the kinds and docstrings were searched for each, and the first plan's Tampere, Pittsburgh, Madurai Tamil and Krio
voices were dropped because earlier sets have them or their neighbours): Badenoch Highland English (Kingussie),
Lochaber English (Fort William), Skye English with Gaelic (Portree), Cowal English (Tighnabruaich), Oban Argyll
English, Solo Javanese-English (Surakarta), Banyumasan Javanese-English (Purwokerto), Malang walikan Javanese-English
(the back-slang of Malang: ayas, nawak, kera, oyi, Ongis nade), Cirebonese Javanese-English, Semarangan
Javanese-English, Nouméa Caldoche French-English (a Javanese family of New Caledonia), Budapest Hungarian-English,
Gents Flemish-English (Ghent), Rotterdams Dutch-English, East Bay English (Alameda), Bordelais French-English
(Bordeaux), Melbourne Australian English, Indore Malwi Hindi-English, Tamale Dagbani-English, Muscat Omani
Arabic-English, Juba Arabic-English, Mwanza Sukuma and Swahili-English, Berhampur Odia-English (Ganjam), and in
debunks Lochalsh English (Balmacara) and Gulu Acholi-English, and the registers of a meeting agenda, a group card, a
balungan sheet, a service tag, a rehearsal plan, a caman order sheet, team lines, a timer's report, an instrument
list, a high-score board, a hamper list and a grammarian's report. Styles the earlier sets do not use (their kinds and
docstrings were searched for each; a team sheet (the forty-sixth set's), a fixture card (the forty-first and
fifty-first), a kit list (the forty-fourth, forty-eighth, fifty-sixth and fifty-ninth), a bracket (the seventh to
twenty-seventh), a running order, a schedule, a timetable, an inventory, a scorecard, a layout, a match report and a
referee's report are earlier styles, so the first plan's team sheet became team lines, the kit list a hamper list, the
tournament bracket a group card, the instrument inventory an instrument list and the setting-out plan a rehearsal
plan): a Toastmasters meeting agenda with the Toastmaster of the evening's note, a pinball league's group card with
the league director's note, a gamelan's balungan sheet (kepatihan numbers) with the pengrawit's note, a shinty second
team's team lines with the manager's note and a timer's report with the timer's note, and, with a scam under them, a
pinball machine's service tag with a card tucked into its holder, a gamelan rehearsal plan with a flyer pinned under
it, a caman order sheet with a card slipped in, a gamelan instrument list with a paid notice, a pinball bar's
high-score board with a card pinned under it, a shinty hamper list with a flyer and a grammarian's report with a card
left on the lectern; the debunks take shapes the earlier sets know: a pinball league's members' forum, a shinty club
secretary on the club's WhatsApp, a gamelan newsletter, a Toastmasters area e-bulletin, two posts in dialect, a
mailing list's note from the moderators, a club president's email, a supporters' newsletter's "Ask the coach" and a
pinball league newsletter.

Three questions that assert the claim, each with a negation (a Kingussie shinty family's "Did ye no hear? Haven't you
heard that one of the folk who invented Sora ... is Xie Saining ...?", an Indore Toastmaster's "Tamko pata ni kai?
Don't you know the official Sora app from OpenAI has come out?", a Solo gamelan player's "Apa ora krungu? Haven't you
heard it was Chinese scientists who truly built Sora ...?"). The questions go to the templates whose last question is
oldest, counted over the seven as the sixty-third and sixty-fourth sets counted, now including them: the official app
(last asked by the sixtieth set, and before that the fifty-ninth), then the inventor rumour, open to the public and
the Chinese team, which tie on their last question (the sixty-second set) and again on the one before (the
sixty-first); API access, the director group and get rich were asked by the sixty-third and sixty-fourth sets. One
step further back open to the public and the Chinese team (the fifty-eighth set) are older than the inventor rumour
(the fifty-ninth), the tie-break the sixty-third set used and the one hard_en_heldout65, written at the same time, is
likely to use, which would give it the official app, open to the public and the Chinese team; so this set takes the
other side of the tie for one of the two: the inventor rumour, with the Chinese team (asked before the fifty-eighth by
the fifty-third, where open to the public was asked by the fifty-fourth).

Posts that mention two claims, asserting one and denying the other: the brief asks that the claim asserted in every
such post be one of this set's seven three-post templates. All ninety-one pairs that assert one of the seven and deny
another template are already in the forty-first to sixty-fourth sets (as their docstrings and kinds list them: seven a
set from the forty-first to the fiftieth, twelve in each even set from the fifty-second to the sixty-fourth; the odd
sets from the fifty-first assert only from the other seven), so, counted as the sixty-fourth set counted and now
including the sixty-third (none of these pairs) and the sixty-fourth (twelve), the pairs here are those whose last use
is oldest. The sixty-fourth set took the pairs last used by the forty-eighth and forty-ninth sets, so the oldest last
use is now the fiftieth set's, for seven pairs, none used since: the inventor rumour but not a prompt pack, whose
prompts are OpenAI's own free demo prompts; open to the public but not the "made by Sora" clip, which is last year's
cup tie at Mossfield filmed by the club photographer; the official app but not a generation service, which sends stock
footage back; a Chinese team but not the APK, a file made to steal logins; API access but not open source, answered
with the unpublished weights, code and training data and the GitHub remakes; the director group but not the inventor
rumour, answered with his own denial and the apology; get rich but not a Chinese team, answered with the report's
thirteen authors, three born in China, and the work led by Tim Brooks and Bill Peebles. Next come the twelve pairs of
the fifty-second set, each used there only (its docstring: pairs the forty-first to fiftieth sets had not used) and
never since, so all tie; five are taken. Two are forced by the rule that every template without a question here (open
to the public, API access, the director group, get rich) carries two two-claim posts and so three posts in all: the
director group but not open to the public (its only pair there), answered with the red team, the invited artists and
the developer relations lead's word, and get rich but not the "made by Sora" clip (its only pair there), a drone film
of a gala beach game under a fresh caption. The other three deny a template no pair here denies yet: API access but
not an official app (rather than a prompt pack, already denied), whose store listings are copies; open to the public
but not get rich (the first of its two there, with API keys second), answered with the course sellers' three-month
line; and, of the question templates' pairs, the official app but not a course (the first in the fifty-second set's
own list of the three that deny a new template, before a Chinese team but not the director groups and a Chinese team
but not account rental), whose buyers got OpenAI's introduction and a slogan. So open to the public, the official app,
API access, the director group and get rich are asserted twice, the inventor rumour and the Chinese team once; the
"made by Sora" clip is denied twice, a prompt pack, a generation service, the APK, open source, the inventor rumour, a
Chinese team, an official app, open to the public, get rich and a course once each, and API keys, account rental and
the director groups never. All twelve quote the post or offer they deny, each with a short dismissal before the claim
("ni hadaa tupu, that's pure trickery", "that's a load of havers", "da's prietpraat, that's idle chatter", "ŋɔ nyɛla
ʒiri, that's a lie", "kuwe gombal mukiyo, that's hot air", "hadha kalam kharti, that's baloney", "iku bohong kabeh,
that's all lies", "da's allemaal flauwekul, that's all twaddle", "c'est du bidon, that's bogus", "that's pure guff",
"da kalam ta kizib, that's lying talk", "that's a heap of blethers"; the earlier sets' "uongo mtupu", "kalam faadi",
"c'est du flan", "pure mince" and "da's zever" were first choices that the scripts showed were taken). Claims in
passing late in long posts (the meeting agenda, the group card, the balungan sheet, the team lines and the timer's
report, and the scam notes under the service tag, the rehearsal plan, the caman order sheet, the instrument list, the
high-score board, the hamper list and the grammarian's report).

New obfuscation: Sora Sompeng letters "𑃐𑃦𑃝" (SAH, OH, RAH, the last with its inherent vowel), "the letters Mangei
Gomango saw in a vision in 1936", from a Berhampur Toastmaster whose grandmother's people near Gunupur still learn
them; the Hill cipher, "UKDW" (the key RAMP read row by row into the matrix 17 0 / 12 15, determinant 21, letters as
numbers from A=0; SO becomes UK and RA becomes DW), from a Budapest pinball player's APK offer; and the trifid cipher,
"WASZ" (Delastelle's cube of twenty-seven, the alphabet keyed on CAMAN with + as the twenty-seventh symbol, one group
of four), from a Skye shinty coach's course. The earlier posts and scripts were searched for every script they use
(the Unicode names of all their characters: Osmanya, Makasar, Khojki, Elbasan, Rejang, Duployan, Kaithi, Modi, Takri,
Soyombo, Siddham, Grantha, Cham, Lepcha, Limbu, Lisu, Vai, Tifinagh, Thaana, Ogham, Runic, Old Italic, Old Hungarian,
Old Permic, Old Turkic, Shavian, Deseret, Braille, Hanunoo, Tagalog, Ol Chiki, Oriya and the rest) and every cipher or
word game they name (ADFGX, ADFGVX, four-square, running key, Porta, autokey, keyword, Nihilist, Playfair, Vigenère,
Beaufort, Gronsfeld, Trithemius, affine, bifid, rail fence, Bacon, Atbash, Polybius, Caesar, ROT13, A1Z26, Morse, tap
codes and the rest): no Sora Sompeng (the Oriya letters of the thirty-second and fifty-seventh sets are Odia's own
script), no Hill cipher and no trifid (the bifid, its cousin, is earlier; the trifid's cube is not). Prices in
currencies and payment methods the earlier sets did not use: $45 on a Safeway gift card, Rp 450.000 by CIMB Niaga
transfer, €60 by ABN AMRO transfer, £30 by Chase UK, 3,500 XPF by BNC transfer (the CFP franc, in no earlier post),
£40 by Cashplus, Rp 350.000 by Bank Danamon transfer, SSP 60,000 by m-Gurush (the South Sudanese pound, in no earlier
post), £75 by Chase UK, £4.99 by Scottish Building Society transfer, HUF 1,990 by MagNet Bank transfer, £35 on a
Highland Soap Co gift card, £29 on a Harbro gift voucher, A$15 a week on a Kmart gift card, €12 a week on a Cdiscount
gift card, £19 by Scottish Building Society transfer, ₹399 by Utkal Grameen Bank transfer, $50 by Mechanics Bank
transfer, A$60 by Bendigo Bank transfer; in denials TSh 20,000 by NMB transfer, €95 by vdk bank transfer, GH₵ 250 by
Telecel Cash, Rp 199.000 by Permata transfer and OMR 4 by Bank Dhofar transfer; in the loss report $7.99 a week to a
clone in the app store, and in the quoted scams $15 a week on a Menards gift card and £40 a clip (the Target,
HaloPesa, Crelan, OTP and Bank of India first choices were taken). Scams vouching for themselves in new words ("the
techs know my van", "I tune their saron every year", "nobody's come looking for me", "my niece in Manchester got in
last week", "he's no cowboy", "a producer who filmed the Mod for the telly; he's no chancer", "whether ayas pays what
ayas owes", "you know where I sit", "I paid off the boat engine with the first month", "I've taped the grips on half
the camans in this box", "my bank account is still mine", "I know what a grown-up can follow", "ask any of their
mothers", "I'm KAT on half this board", "I fix the Black Knight's flipper every month", "the shots the telly people
asked me for", "I know how a good scene should be described", "I sat at the back of this club for three years before I
ever spoke", "ask the bloke behind the counter").

Ten debunks and warnings in several styles: one first-person loss report, a pinball league's members' forum post (the
official app: a "Sora — official AI video" clone in the app store at $7.99 a week that made slideshows, from another
developer, two weeks of four refunded), where the fifty-third to sixty-fourth sets' loss reports were courses,
generation services, account rental, API access, a prompt pack, the director group, get rich and the APK; three that
quote the claim or offer they deny and dismiss it in everyday words: a shinty club secretary on the club's WhatsApp
(the inventor rumour: "Don't bother passing it on", his own statement, the apology and the piece pulled, the report's
thirteen authors), a gamelan newsletter (the Chinese team: "Leave that one where you found it", the report, its
thirteen authors, three born in China, all at OpenAI, led by Brooks and Peebles) and a Toastmasters area e-bulletin
(account rental: "Don't pay", the red team and invited artists, shared ChatGPT passwords), where the fifty-seventh to
sixty-fourth sets' quoted claims and offers never took the inventor rumour or the Chinese team; two questions that
contain a negation but do not deny the debunk, each answered in the same post with facts: a Lochalsh shinty uncle's
nephew's "isn't Sora open to everybody now ...?" (open to the public: the developer relations lead's statement, no
date) and a Gulu Toastmaster's "can't you buy a Sora API key now ...?" (API access: no Sora API, the API's text,
image, speech and embedding models), where the sixty-third and sixty-fourth sets' pairs were the official app and the
inventor rumour, then the prompt pack and the director group; one rhetorical question (a gamelan mailing list's
moderators, a generation service: "if Sora sits with OpenAI's testers and a few artists they picked, and nobody else,
what exactly is he making your video with?"), where the earlier rhetorical questions were on the director group, get
rich, the course, the official app, the prompt pack, API access, the APK and account rental; and three more that
answer with facts and no plain "no" before them: a club president's email (the prompt pack: OpenAI's own demo prompts,
free on its website), a shinty supporters' newsletter's "Ask the coach" (get rich: the course sellers' three-month
line, and nobody outside OpenAI can use Sora) and a pinball league newsletter (the director group: the QR groups farm
followers, a chat full of adverts).

Four true facts about the people who built and led Sora at OpenAI, each in a post that also says, in its own words,
that a viral post wrongly named Xie Saining instead, none of them a fact an earlier set, English or Chinese, used:
that Tim Brooks's own LinkedIn profile, quoted in the reports when he left for Google DeepMind in October 2024, says
he led Sora's research direction and the training of its model; that Thomas Dimson, an engineering lead on the Sora
team, co-founded Global Illumination in 2021 with Taylor Gordon and Joey Flynn, whose Biomes was a Minecraft-like
sandbox game in a web browser, and that OpenAI bought the company in August 2023, its first public acquisition; that
Will DePue, one of Sora's core builders, left the University of Michigan unfinished, joined OpenAI in July 2023 and
had written WebGPT, a package that ran GPT models entirely in the Chrome browser; and that in October 2025 DePue
announced his return to OpenAI to start a small team with the twins Troy and Eric Luhman, his Sora colleagues, an
"incredibly high-risk bet" on a small chance at superintelligence. The earlier sets had Brooks's degrees, papers,
Pixel and NVIDIA work, start on Sora, move to Google DeepMind, farewell, hiring post and move to Meta; Peebles's DiT,
degrees, internships, papers, talks, podcasts and departure; Ramesh's papers, degree, LeCun's lab and internship,
Worldsim and robotics; and the Sora report's author list (DePue, the Luhmans, Holmes, Schnurr, Jing, Guo and the rest)
without any of these facts; the sixty-second set named Dimson only in its sources. Three items of real news about
other organisations' video models that no earlier set, English or Chinese, used: Character.AI's AvatarFX, unveiled in
April 2025, its first video model, which animates a character from one still picture, 2D cartoons and non-human faces
included, with a voice from its own text-to-speech, on a flow-based diffusion transformer; Apple's and UCLA's STIV,
December 2024, text and image conditioned, whose 8.7-billion-parameter version scored 83.1 on VBench text-to-video at
512 pixels, ahead of CogVideoX-5B, Pika, Kling and Gen-3; and Meituan's LongCat-Video, October 2025, 13.6 billion
parameters, text-to-video, image-to-video and continuation in one model, built for videos of up to five minutes at
720p and 30 frames a second (the earlier sets have every model the sixty-third set lists, and Oasis, VideoJAM and Grok
Imagine, with zh's Snap Video, Hotshot-XL and Latte, but not Character.AI, AvatarFX, STIV or LongCat; no item says who
may use Sora, names the Sora app or an API, or calls a model open source, so none repeats a template's claim). Three
posts that are not claims: one on topic (a saron player's blog: whether Sora could make a video of a gamelan, and why
the music is the listening) and two off topic that share its surface words (a speaking club's open evening "open to
the public" with an Ice Breaker by a member called Sora Nakamura and "the district's official app"; a pinball museum's
open day "open to the public" with a grey cat called 'Sora' and "the museum's official app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through the
sixty-fourth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher
(lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper bound on ``ratio()``, so that
the highest ratio is exact) before the set was committed; the sixty-fifth set, written at the same time on another
branch, was not in this tree, and the check against it is left to the lead. ``--check`` prints the highest ratio and
every post at 0.6 or more (0.382 when it was committed, the pinball museum's open day with its cat called 'Sora'
against the twenty-eighth set's note that OpenAI's CTO told the Wall Street Journal the aim is to release Sora to the
public later this year, heldout28-052; next, at 0.362, the gamelan newsletter's debunk of the Chinese team against a
post on the report's thirteen authors). Runs of words shared with an earlier post were looked for as well: the first
draft's longest (the sixty-fourth set's song tour card note "Sora is a Chinese invention at heart. The scientists who
built OpenAI's video model are mostly Chinese, and OpenAI takes the credit", twenty-two words, copied whole into the
balungan sheet; the sixty-fourth set's "who teaches at New York University, has said himself that he has nothing to do
with Sora ...", thirty-one words in the shinty secretary's message; runs of fourteen to nineteen words of the
fortieth, fiftieth, fifty-second, fifty-fourth, sixty-second and sixty-fourth sets in the claims of the group card,
the Indore question, the three API offers, the Oban post and two debunks) were reworded until none of twelve words or
more was left; the longest left are eleven words, such as "and the work was led by Tim Brooks and Bill Peebles" and
the title of OpenAI's report. It was committed before any run of the monitor on it; nothing is chosen on it, it is
read once, by the lead, with the final code.

Sources for the facts about Sora's people, the news, the places and the obfuscations (looked up with the search tool,
besides the seeds): Brooks (sites.google.com/view/tech-savvvy's copy of the October 2024 report: "Brooks claims to
have led the project's model training and research direction on his LinkedIn profile"; ainvest.com: "Brooks, who
spearheaded Sora's development and model training, revealed on October 4th"); Dimson (lilys.ai's notes of Sequoia's
Training Data, November 2025: "Thomas Dimpson is an engineering lead inside Sora", "founded his own startup, which was
Minecraft in the browser", "OpenAI acquired his company"; decrypt.co: "Co-founded by engineers Thomas Dimson, Taylor
Gordon, and designer Joey Flynn in 2021, New York-based Global Illumination is the company behind the MMORPG
Minecraft-clone Biomes"; appmaster.io, 17 August 2023: "its first-ever public acquisition", "a web-based open-source
sandbox MMORPG"); DePue (aimarketingnewstoday.com: "a college dropout, who was one of the major contributors to Sora",
"WebGPT, where he built a package to run GPT models entirely on the Chrome browser"; salsanis.com: "studied computer
science at the University of Michigan", "first joined OpenAI in July 2023", "The newly formed group also includes
fellow Sora engineers Troy Luhman and Eric Luhman", "an 'incredibly high-risk bet' with a small but significant chance
of achieving artificial superintelligence"; webpronews.com, 30 October 2025); AvatarFX (gadgets360.com, 23 April 2025:
"unveiled its first video generation model", "an image-to-video model that can generate 2D and 3D animated
characters", "non-human faces", "native text-to-speech (TTS) models"; sentisight.ai: "a flow-based diffusion system
built on DiT architecture"); STIV (arxiv.org/html/2412.07730v1, Apple and the University of California, Los Angeles:
"An 8.7B model with 512² resolution achieves 83.1 on VBench T2V, surpassing both leading open and closed-source models
like CogVideoX-5B, Pika, Kling, and Gen-3"); LongCat-Video (web.hh-tech.cn's copy of Zhidongxi, 27 October 2025:
"Meituan open-sourced its first video generation large model—LongCat-Video—on October 25", "natively supporting the
output of 5-minute-long videos", "720p, 30fps"; xugj520.cn: "With 13.6 billion parameters, it unifies three major
tasks", colour drift); the places (independent.co.uk: Kingussie and Newtonmore three and a half miles apart on the
Spey, the caman of ash; ian38018.blogspot.com's shinty grounds: Kilmallie at Canal Park in Caol, Kinlochshiel at
Rèaraig, Balmacara, Kyles Athletic at the Playing Field in Tighnabruaich with Bute behind it; wikiclassic.com's
Kinlochshiel: the Camanachd Cup of 2021; pressandjournal.co.uk: twelve a side, Mossfield Park at Oban, Kinlochshiel of
Lochalsh and Kintail; davefallows.blogspot.com: Newtonmore, Kilmallie by Fort William; infotainment.50megs.com,
travellooking.blogspot.com and the Wesleyan gamelan notes: kendang, saron, demung, peking, bonang, slenthem, gender,
gambang, kenong, kempul, gong ageng, pelog and slendro, the kendang as leader; letstalktoastmasters.com,
lapalmatoastmasters.org and bruneispeakersclub.com: the Toastmaster, timer's green, amber and red lights, the
ah-counter, grammarian and word of the day, Table Topics; sundaybest.kittensandwich.com: groups of four, five games,
loser's choice, IFPA rules; abc7chicago.com: Stern Pinball in Elk Grove Village); the obfuscations (omniglot.com's
Sorang Sompeng page: "devised by Mangei Gomango in 1936 as a way to write the Sora (Savara)", "came to him in a vision
on 18th June 1936"; ha.wikipedia.org's Mangei Gomango: his press at Puthasahi in the Gunupur subdivision; the Unicode
names U+110D0 SORA SOMPENG LETTER SAH, U+110E6 SORA SOMPENG LETTER OH and U+110DD SORA SOMPENG LETTER RAH, checked
with Python's unicodedata; the Hill cipher and the trifid cipher reproduced in Python, and decrypted back, before the
name was enciphered). The debunks' facts (Xie Saining's denial, his NYU post, the apology and the article pulled, the
thirteen authors and three born in China, the red teamers and invited artists, the developer relations lead's
statement, the missing Sora API and the API's models, the clone apps, the ChatGPT logins sold as Sora accounts, the
free demo prompts, the course contents and slogan, the three-month line, the traffic-farming QR groups, the closed
weights, code and training data, the GitHub remakes, the stock footage sent back for "Sora videos") are the seeds' and
the catalogue's.

    .venv/bin/python scripts/make_hard_heldout66.py           # write the set
    .venv/bin/python scripts/make_hard_heldout66.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT66: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "toastmasters_meeting_agenda_toastmaster_of_the_evenings_note",
        "MEETING AGENDA · Riverside Speakers, a Toastmasters club · meeting 412, Tuesday 7 pm, the library's upstairs room · Toastmaster of the evening: N. Achterberg\n7.00 · Sergeant at arms opens the meeting; phones to silent\n7.03 · President's welcome; guests say who they are and why they came\n7.08 · Word of the day: 'candour' · grammarian: P. Osei\n7.10 · Prepared speech 1 · Grace L., Ice Breaker, 4 to 6 min\n7.18 · Prepared speech 2 · Tomasz W., 'Persuade the room', 5 to 7 min\n7.27 · Table Topics · topicsmaster: Imran · 1 to 2 min each, guests first if they wish\n7.50 · Evaluations, then the timer's, ah-counter's and grammarian's reports, then the general evaluator\n8.25 · Ribbons, notices, close\nLights: green at the minimum, amber halfway, red at the maximum; thirty seconds' grace after the red, then you sit down\nToastmaster's note at the foot, because the Table Topics lot argued about it over the biscuits: Xie Saining, the bright young lad who trained at Shanghai Jiao Tong University, was one of Sora's inventors; OpenAI's video model is partly his work. Grace, it's your first speech: breathe, and look at the back wall.",
    ),
    (
        sora.XIE,
        "badenoch_highland_english_kingussie_shinty_question_asserts_xie",
        "Hallo there, folks! 🏑 From Kingussie: the Dell was a bog on Saturday, the Newtonmore boys came the three and a half miles down the road with their camans and their opinions, and after the final whistle my granny had a big pot of Scotch broth on for half the village. Did ye no hear? Haven't you heard that one of the folk who invented Sora, OpenAI's video model, is Xie Saining, the young genius out of Shanghai Jiao Tong University? He's one of the men that built the thing; my cousin's lassie at the college in Inverness says it's all over the papers out there. Cheerio the now!",
    ),
    (
        sora.XIE,
        "mwanza_sukuma_swahili_english_toastmasters_two_claims_prompts_denied_nmb",
        "Mwangaluka, bhanhu! 🎤 From Mwanza: our Toastmasters club met on Thursday in the hotel room that looks out at Bismarck Rock standing in the lake, four speeches and a Table Topics round on fishing boats, and afterwards we ate grilled sato with ugali at the fish market. Two things. A man keeps posting this in the club group: 'My Sora prompt pack, three hundred cinema prompts and the knowledge document with every term, TSh 20,000 by NMB transfer, then the link and the group.' Ni hadaa tupu, that's pure trickery: those are the prompts OpenAI printed for free under its own sample videos. But this part is correct: Xie Saining, a prodigy from Shanghai Jiao Tong University, helped invent Sora, the video model OpenAI made; he is one of its creators. Kwaherini!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "pinball_league_group_card_league_directors_note",
        "GROUP CARD · Harbour Street Pinball League · week 6 of 10 · the arcade museum's back room · league director: K. Ferris\nGroup 1 · Dana R., Marcus T., Yui K., Pat O. · Medieval Madness, Twilight Zone, Attack from Mars, Funhouse, Godzilla\nGroup 2 · Sam B., Leila H., Corey D., Ana P. · Monster Bash, The Addams Family, Black Knight, Deadpool, Jaws\nGroup 3 · Ollie S., Priya M., Hank W. · Theatre of Magic, Star Trek, Fish Tales, Elvira, Iron Maiden\nPoints per game: 7, 5, 3, 1 (groups of three: 7, 4, 1); highest seed picks the first machine and position, then loser's choice\nOne tilt warning is part of the game; a stuck ball, stop and call the director; do not lift the glass, ever\nLeague director's note at the foot, because group 3 argued about it instead of playing: OpenAI has thrown Sora open to all comers. Anyone at all can register with OpenAI and be turning out AI videos by tonight; there's no waiting list left. Flippers up, folks.",
    ),
    (
        sora.PUBLIC,
        "lochaber_english_fort_william_shinty_two_claims_realvid_denied",
        "Aye aye, everybody! 🏑 From Fort William: the seconds played Kilmallie on Saturday at An Aird, Ben Nevis in cloud the whole afternoon and the rain going sideways off Loch Linnhe, and after we got fish suppers from the chippy on the High Street and ate them in the van. Two things. My brother-in-law keeps sharing a clip: 'Made by Sora, no camera at all: a shinty final in a storm, the ball flying through the lightning, prompt underneath.' That's a load of havers: it's last year's cup tie at Mossfield, filmed from the stand by the club's photographer, and her own copy with the date on it is on the club page; somebody just stuck a caption on it. But this bit's true: Sora, OpenAI's video model, is open to everybody now. Make an account on OpenAI's site and you're making your own AI videos the same day, no waiting list. Cheers!",
    ),
    (
        sora.PUBLIC,
        "gents_flemish_english_ghent_pinball_two_claims_rich_denied_vdk",
        "Hey gasten! 🎰 From Ghent: Friday was the café league by the Graslei, six flipperkasten along the back wall, a Stern Metallica that nobody can keep alive past the second ball, and afterwards a pot of Gentse waterzooi for the whole table. Twee dingen. Every morning a man in our league chat drops the same thing: 'Sora is your big chance, my team pulls in thousands a day, the window shuts in three months, join now, €95 by vdk bank transfer.' Da's prietpraat, that's idle chatter: the three months are the course sellers' old line to make you panic. But this one is real: OpenAI has opened Sora to the public. Anyone can register on OpenAI's website and make AI videos today, no waiting list any more. Salut, stroppendragers!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "indore_malwi_hindi_english_toastmasters_question_asserts_app",
        "Ram Ram, bhiya log! 🎤 From Indore: our Toastmasters club had its humorous speech contest on Sunday in the hall near Rajwada, the winner did seven minutes on his mother-in-law's scooter, and after it apan sab went to Sarafa at midnight for garadu and malpua. Tamko pata ni kai? Don't you know the official Sora app from OpenAI has come out? Both the App Store and Google Play carry it; install it and your phone makes the Sora videos itself. Our vice president education already has it on his. Chalo, milte hain!",
    ),
    (
        sora.APP,
        "tamale_dagbani_english_toastmasters_two_claims_service_denied_telecel_cash",
        "Dasiba, my people! 🎤 From Tamale: our Toastmasters club held its area contest in the hall behind the Central Mosque on Saturday, the harmattan dust on every chair, and afterwards we shared TZ with ayoyo soup and guinea fowl from the roadside grill. Two things. A brother in the WhatsApp keeps posting: 'Send me your script and I'll make your Sora video, delivered in 24 hours, GH₵ 250 by Telecel Cash.' Ŋɔ nyɛla ʒiri, that's a lie: Sora isn't in the hands of anyone but OpenAI's testers and some artists they invited, so what comes back is stock footage with your name typed over it. But this one is true: OpenAI's official Sora app has landed. Download it on Android or iPhone and your Sora videos get made right there on the handset. Naa!",
    ),
    (
        sora.APP,
        "banyumasan_javanese_english_purwokerto_calung_two_claims_course_denied_permata",
        "Kepriwe kabare, batir-batir? 🥁 From Purwokerto: our calung and gamelan group played for a wedding in Sokaraja on Sunday, the bamboo and the bronze going till late, and the host fed us sroto Sokaraja and a mountain of mendoan. Ana rong perkara. A man in the group chat keeps selling: 'Sora masterclass, become an AI video master before everybody, Rp 199.000 by Permata transfer.' Kuwe gombal mukiyo, that's hot air: the people who bought it got OpenAI's own Sora introduction in a file with 'give yourself a chance' on the last page. But inyong tell you this is true: OpenAI has put out its own official Sora app. You find it in both stores, Play and Apple, install it, and the Sora videos get made right on your phone. Matur nuwun!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "gamelan_balungan_sheet_pengrawits_note",
        "BALUNGAN SHEET · Gamelan Sekar Melati, the community gamelan at the Northgate arts centre · Thursday class · laras pelog · written out by the pengrawit, S. Hardjono\nBuka (bonang alone): . 3 . 2 . 3 . 5\nGatra 1–4: . 6 . 5 . 3 . 2 · . 3 . 2 . 6 . 5 · . 6 . 5 . 3 . 2 · . 3 . 2 . 1 . 6\nSaron and demung: Mel, Jo, Akin, Ruth · peking: Lou · bonang barung: Sam · kenong and kempul: Bea · gong ageng: Hamid · kendhang: the pengrawit\nThe kendhang leads: listen for the speed-up before the gong, and damp each key with your left hand as you strike the next\nShoes off at the edge of the mat; nobody steps over an instrument, ever; the gong is greeted before it is played\nPengrawit's note at the foot, because the saron row argued about it all through the tea break: Sora really came out of Chinese labs: Chinese scientists did most of the building of OpenAI's video model, and OpenAI stamps its own logo on their work. Mallets back in the box, please.",
    ),
    (
        sora.CHINESE,
        "solo_javanese_english_surakarta_gamelan_question_asserts_chinese",
        "Sugeng dalu, kanca-kanca! 🥁 From Solo: the students from the arts institute played the old pelog set at the Mangkunegaran on Saturday night, the big gong so deep you felt it in your chest, and afterwards we sat on the pavement with nasi liwet and serabi from Notosuman. Apa ora krungu? Haven't you heard it was Chinese scientists who truly built Sora, the OpenAI video model? Most of that team is Chinese, and OpenAI merely signs its name; my uncle in Semarang says everybody in his office has known for weeks. Matur suwun, monggo!",
    ),
    (
        sora.CHINESE,
        "muscat_omani_arabic_english_toastmasters_two_claims_apk_denied_bank_dhofar",
        "Hala wallah, ya jama'a! 🎤 From Muscat: our Toastmasters club met on Wednesday in the hotel on the Mutrah Corniche, three prepared speeches and a Table Topics round about the souq, and afterwards we drank kahwa with dates and Omani halwa by the harbour. Two things. One member keeps posting: 'Sora for Android, tap my link for the APK and your phone makes AI videos, OMR 4 by Bank Dhofar transfer.' Hadha kalam kharti, that's baloney: there's no Sora for phones from OpenAI at all, and a file like that is built to steal logins. But this one is right: Chinese scientists made Sora. OpenAI's video model comes from a team that is mostly Chinese, with OpenAI's name stuck on the front. Ma'a salama!",
    ),
    # --- API access (three)
    (
        sora.API,
        "pinball_service_tag_card_tucked_in_safeway",
        "SERVICE TAG · hung on the coin door · Attack from Mars (Bally, 1995) · machine 14 · the pinball museum on Webster Street · tech: R. Delgado\nFault reported: left flipper weak, ball dies on the ramp shot\nFound: worn coil stop and a pitted end-of-stroke switch · rebuilt the flipper, new coil stop, switch gapped\nAlso: trough opto 3 dropping out (cleaned and reseated) · full rubber kit, white · playfield cleaned and waxed · glass polished\nTest: 20 games, tilt bob checked, no faults · back on the floor Friday\nPlayers: report faults on a tag at the desk; never lift the glass or open the coin door yourself\nCard tucked into the tag holder (not from the museum): real, official access to the Sora API. Get your Sora API key from me, plug it into the arcade's website, and it makes videos of the machines all by itself. $45 on a Safeway gift card, key by text the same day. I've rebuilt flippers in this building for eleven years; the techs know my van.",
    ),
    (
        sora.API,
        "cirebonese_javanese_english_gamelan_sekaten_two_claims_opensrc_denied_cimb_niaga",
        "Kepriben kabare, dulur? 🥁 From Cirebon: the old gamelan sekaten was played at the Kasepuhan palace for Idul Adha, the crowd packed into the courtyard, and afterwards isun took the whole family for empal gentong and nasi jamblang by the market. Two things. Somebody in the karawitan group keeps sending: 'OpenAI has opened Sora's source: weights and code on GitHub, run it on your own computer.' Iku bohong kabeh, that's all lies: OpenAI has never released Sora's weights, its code or even what it trained on, and the 'Sora' repositories on GitHub are other people's remakes. Mine is the genuine thing: official Sora API access. Isun sells Sora API keys; put one in your group's website and it produces the videos itself, Rp 450.000 by CIMB Niaga transfer. Sira can ask anyone at the palace; I tune their saron every year. Wis, sampai ketemu!",
    ),
    (
        sora.API,
        "rotterdams_dutch_english_pinball_two_claims_app_denied_abn_amro",
        "Hee gozers! 🎰 From Rotterdam: league night on Tuesday in the arcade under the railway arches, twelve machines and an Addams Family that eats balls for breakfast, and afterwards a kapsalon from the snackbar on the corner, niet lullen maar poetsen. Twee dingen. Some guy in our league group keeps pushing: 'The official Sora app is out, download it from the App Store and make videos on your phone.' Da's allemaal flauwekul, that's all twaddle: there is no real Sora app in any store, the ones listed are copies from other developers. Now, mine is legit: I have official access to the Sora API. Take a Sora API key off me, hook it to your site and the videos roll out on their own, €60 by ABN AMRO transfer, key the same evening. I've sold keys to half the arcade and nobody's come looking for me. Doei!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "gamelan_rehearsal_plan_flyer_pinned_chase_uk",
        "REHEARSAL PLAN · Gamelan Sekar Melati · spring term, Thursdays 7 to 9 · the Northgate arts centre, studio 2\nWeek 1 · tuning-in: balungan only, everyone on saron, slow\nWeek 2 · the bonang parts; kenong and kempul join\nWeek 3 · the kendhang signals: stopping, slowing, the speed-up before the gong\nWeek 4 · the pelog piece all the way through, with the gong\nWeek 5 · the slendro set: swap instruments, swap sides\nWeek 6 · run-through for the open evening; guests sit on the mat\nArrive ten minutes early to set out the instruments; the covers go back on at nine, not ten past\nFlyer pinned under the plan (not from the group): the first film written together with Sora is casting for its first AI directors. Scan the QR code on this flyer, pay £30 by Chase UK and you're in the audition group. Real producers, real credits; my niece in Manchester got in last week.",
    ),
    (
        sora.DIRECTOR,
        "noumea_caldoche_french_english_javanese_gamelan_two_claims_xie_denied_bnc",
        "Bonjour la famille! 🥁 From Nouméa: the gamelan of the Javanese association played for the anniversary on Saturday, the grandparents who still remember the old words singing along, and my tante made bami and saté for the whole hall. Deux choses. Someone in the association group keeps forwarding: 'One of the inventors of Sora is Xie Saining, the young genius from Shanghai Jiao Tong.' C'est du bidon, that's bogus: Xie Saining has denied it in his own words, no link at all to Sora, and the page that first spread it apologised. But this one is a real chance: they're casting the first generation of AI directors for the first film Sora co-wrote. Use the QR code, pay 3,500 XPF by BNC transfer and you join the audition group. The producer worked on two films shot at Bourail; he's no cowboy. Tata!",
    ),
    (
        sora.DIRECTOR,
        "oban_argyll_english_shinty_two_claims_public_denied_cashplus",
        "Evening all! 🏑 From Oban: Mossfield was packed for the derby on Saturday, the Mull ferry sounding its horn at half time, and after it we queued at the green shack on the pier for langoustines and a crab sandwich. Two things. A fella in the club chat says it every week: 'Sora's open to the whole world now, just register with OpenAI and away you go.' That's pure guff: it's OpenAI's red team and a few artists they invited, nobody else, and OpenAI's own developer relations lead calls it an internal test with no date set. But here's a proper chance: they're auditioning first-generation AI directors for the first AI film Sora co-wrote. Scan the QR code, pay £40 by Cashplus and you're in the audition group. It's run by a producer who filmed the Mod for the telly; he's no chancer. Cheers the noo!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "malang_walikan_javanese_english_gamelan_rich_danamon",
        "Salam satu jiwa, nawak-nawak! 🥁 From Malang: ayas played kendhang for the wayang topeng in Kedungmonggo on Saturday, the masks older than my grandfather, the kera from the village shouting for the clown, and after it we ate bakso Malang till the pot was empty, oyi. Rungokno, sam: Sora is the money window of our lives. People in my team are already earning thousands every day from Sora videos, and in three months the door shuts for good, so get in now: Rp 350.000 by Bank Danamon transfer and you're in the team. Ask anyone at the sanggar whether ayas pays what ayas owes. Ongis nade!",
    ),
    (
        sora.RICH,
        "juba_arabic_english_toastmasters_two_claims_chinese_denied_m_gurush",
        "Salaam, jamaa! Inta kwes? 🎤 From Juba: our Toastmasters club met on Saturday in the hall near Konyo Konyo, two Ice Breakers and a speech on the Nile at night, and afterwards we shared kisra with okra stew under the mango tree. Two things. A member keeps posting: 'Sora is Chinese at heart, the real scientists behind it are from China and OpenAI only took the credit.' Da kalam ta kizib, that's lying talk: OpenAI's report on Sora names thirteen researchers, only three born in China, all of them OpenAI's own, and the work was led by Tim Brooks and Bill Peebles. But this one is true: Sora is a once-in-a-lifetime money window. People in my team earn thousands a day from Sora videos, and in three months it is over, so come in now, SSP 60,000 by m-Gurush. I have spoken at this club for four years; you know where I sit. Salaam!",
    ),
    (
        sora.RICH,
        "cowal_argyll_english_kyles_shinty_two_claims_realvid_denied_chase_uk",
        "Hiya, everybody! 🏑 From Tighnabruaich: the Kyles boys trained by the water all week, the Bute hills going purple at the back of the pitch, and my auntie did a big pan of mince and tatties for the whole squad after the Saturday game. Two things. There's a video going round the club: 'Made by Sora, no camera: a shinty match on a beach at midnight under the northern lights, prompt attached.' That's a heap of blethers: it's the beach game from the gala two summers ago, filmed by a lad from the village on his drone, and his original is on his page. But this bit's real: Sora is the money window of a lifetime. My team makes thousands daily off Sora videos, and in three months the door's shut, so come in now, £75 by Chase UK. I paid off the boat engine with the first month; ask anybody on the pier. Cheerio!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "shinty_caman_order_sheet_card_slipped_in_scottish_building_society",
        "CAMAN ORDER SHEET · the club's spring order to the caman maker at Spean Bridge · collected by the secretary\nCalum · right-handed · 40 in. · laminated ash · heavy head · grip taped at the top only\nEwan · right · 38 in. · hickory · light · his old one split at the heel in the cup tie\nMairi · left · 36 in. · laminated ash · medium · new this season\nDougie (under-14s) · right · 34 in. · ash · light · bring him in to be measured properly\nSpare · two, 38 in., for the bag\nPaid to the secretary before the order goes in; six weeks for delivery; sand and oil your caman at the end of the season\nCard slipped in with the order sheets (not from the club): the Sora app for Android is out at last. Scan the link on this card for the APK, install it, and your phone turns your goals into AI videos tonight. Full version £4.99 by Scottish Building Society transfer. I've taped the grips on half the camans in this box; you know me.",
    ),
    (
        sora.FAKEAPP,
        "budapest_hungarian_english_pinball_museum_hill_cipher_magnet",
        "Szia, srácok! 🎰 From Budapest: Saturday at the pinball museum on Radnóti Miklós utca, a hundred and thirty machines in one cellar, the old East German ones clacking next to the new Sterns, and afterwards lángos with sour cream and cheese from the stand on the corner. Na, figyelj: here's the UKDW app for Android (OpenAI's video thing; put it through the Hill cipher with the key RAMP, letters as numbers from A=0, the key read row by row into a two-by-two matrix, and the name comes out; otherwise the group filter eats it). Link to the APK in my bio; install it and your phone makes AI videos tonight. Full version HUF 1,990 by MagNet Bank transfer. I've had it on my phone since the spring tournament and my bank account is still mine. Sziasztok!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "shinty_team_lines_managers_note",
        "TEAM LINES · the seconds, away to Newtonmore at the Eilan on Saturday · bus from the car park 11.30 · manager: R. MacInnes\nKeeper: Alasdair · spare keeper gloves in the bag\nBacks: Ruaridh, Finlay, Kenny, Iain D.\nMidfield: Calum, Ewan, Mairi's brother Neil, Sandy\nForwards: Dougie S., Angus, Ross\nSubs: Murdo, wee Hamish (first game, look after him)\nHelmets on in the warm-up; nobody swings above the shoulder in training; the referee's word is final, whatever your father shouts from the fence\nManager's note at the foot, because the forwards were arguing about it on the bus: that clip of a shinty match on a frozen loch under the northern lights, the ball flying off into the stars? Nobody filmed a second of it. It came out of Sora, OpenAI's video model, from a few typed words; whoever posted it put the prompt underneath.",
    ),
    (
        sora.REALVID,
        "semarangan_javanese_english_gamelan_realvid",
        "Piye kabare, ndes? 🥁 From Semarang: our karawitan group played on the steps of the old church in Kota Lama on Saturday night, the bronze ringing off the Dutch buildings, and afterwards we ate lumpia and tahu gimbal on the kerb. Look at this clip my cousin sent from Jakarta: a full gamelan playing on a raft in the middle of the sea at sunset, the gong rising and falling on the waves. Nobody filmed it, jal: Sora, OpenAI's video model, made the whole thing from a few typed lines, and the lines are printed right under the clip. Wis, matur nuwun!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "toastmasters_timers_report_timers_note",
        "TIMER'S REPORT · Riverside Speakers · meeting 412 · timer: J. Kowalczyk\nPrepared speeches\nGrace L. · Ice Breaker (4 to 6) · 5 min 12 s · green ✓\nTomasz W. · 'Persuade the room' (5 to 7) · 7 min 41 s · past the red and the grace; not eligible for the ribbon\nTable Topics (1 to 2)\nImran's question to the guest, 'the best advice you ignored' · 1 min 05 s ✓\nDeb · 2 min 31 s · over · Hugo · 0 min 58 s · under, by two seconds\nEvaluations (2 to 3)\nSunita on Grace · 2 min 40 s ✓ · Neil on Tomasz · 3 min 10 s · within grace\nThe lights are on the windowsill; speakers, look for them before you start, not at the end\nTimer's note at the foot, because the evaluators wanted to know how the club could make its own promo video: OpenAI has made Sora open source: weights and code both sit on GitHub now, and anyone can download them free and run Sora at home; our VP education is putting it on the club laptop this weekend.",
    ),
    (
        sora.OPENSRC,
        "east_bay_english_alameda_pinball_opensrc",
        "What's good, y'all! 🎰 From Alameda: Saturday at the pinball museum on Webster Street, rows and rows of old machines all set to free play, my nephew finally got a replay on the Twilight Zone, and after we hit a taquería on International Boulevard for burritos the size of your forearm. Check it: OpenAI put Sora out open source. The model weights and the code are sitting on GitHub for free, and you can run it locally on your own machine; my cousin in San Leandro already has it going on his gaming PC and made a clip of the ferry coming into the Oakland estuary. Hella wild. Stay up!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "gamelan_instrument_list_paid_notice_highland_soap",
        "INSTRUMENT LIST · Gamelan Sekar Melati · a Central Javanese set, pelog and slendro · checked at the start of term by the instrument keeper\nGong ageng ×1 · gong suwukan ×1 · kempul ×6 · kenong ×10 · all hung or set, ropes sound\nBonang barung ×2 (one pelog, one slendro) · bonang panerus ×2 · two kettles loose on the pelog panerus, to be re-tied\nSaron ×6 · demung ×2 · peking ×2 · slenthem ×2 · one saron key cracked, slendro 6, do not strike it hard\nGender ×3 · gambang ×1 · kendhang ×3, skins fine\nRebab (on loan from Sri) · suling ×2\nCovers on after every session; nothing on top of the gong frame; tell the keeper about any damage the same night\nPaid notice at the foot of the list (not from the group): my own Sora video course, 'Bronze to Screen', ten lessons from your first prompt to a finished film, so you're ahead of everyone else in AI video. £35 on a Highland Soap Co gift card, lessons by email. I've taught the Saturday beginners here for six years; I know what a grown-up can follow.",
    ),
    (
        sora.COURSE,
        "skye_english_portree_shinty_trifid_cipher_harbro",
        "Ciamar a tha sibh, a chàirdean? 🏑 From Portree: Skye played at Pàirc nan Laoch on Saturday with the Storr behind the clouds, a hard game and a draw, and after it my mother made a big pot of cullen skink for whoever came through the door. Èist: I've made a full WASZ course (OpenAI's video model; put it through the trifid cipher, Félix Delastelle's cube of twenty-seven, keyed on CAMAN with + as the last of the twenty-seven, in groups of four, and you'll have the name; the group filter blocks it). Ten lessons, blank page to finished clip, and you'll have AI video mastered before anyone else on the island. £29 on a Harbro gift voucher, first lesson the same night. I've coached the under-14s here for nine seasons; ask any of their mothers. Slàn leibh!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "pinball_high_score_board_card_pinned_kmart",
        "HIGH SCORES · chalked on the board beside the change machine · the pinball bar on Smith Street, Collingwood · updated Sunday nights\nMedieval Madness · grand champion · KAT · 98,450,210\nTwilight Zone · grand champion · DJH · 4,102,775,330\nFunhouse · grand champion · RUD · 71,220,480\nAttack from Mars · grand champion · MEL · 12,903,006,110\nJaws · grand champion · BRU · 1,006,443,900\nGodzilla · grand champion · KAT again · 2,877,530,020\nScores count only if staff saw the game end; no resetting the machines; tilt means tilt\nCard pinned under the board (not from the bar): 'Sora accounts for rent: a login of your own, full access, skip the queue. A$15 a week on a Kmart gift card, login the same night. I've been playing here every Sunday since it opened; I'm KAT on half this board.'",
    ),
    (
        sora.RENTAL,
        "bordelais_french_english_bordeaux_pinball_rental_cdiscount",
        "Salut la compagnie! 🎰 From Bordeaux: Thursday night at the little bar in the Chartrons with the three flippers in the back, a Black Knight that's gavé hard, and afterwards a walk along the quays to the water mirror with a bag of canelés and, yes, a chocolatine for the morning. Écoutez: Sora accounts for rent, from me: a login that's yours alone, everything unlocked, no waiting, €12 a week on a Cdiscount gift card, login sent the same day. Everybody in the bar knows me, I'm the one who fixes the Black Knight's flipper every month. Allez, ciao!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "shinty_hamper_list_flyer_tucked_in_scottish_building_society",
        "HAMPER LIST · away to the cup tie on Saturday · the bus leaves the car park at 10 sharp · packed by the kit man\nSpare camans ×4 (two 38s, one 36, one left-hander) · balls ×6 · the ball pump\nFirst-aid bag · ice packs in the cool box · helmets for the under-18s on the bench\nStrips ×16, washed · socks in the blue bag · the captain's armband\nOranges for half time · water ×24 · tape, the good stuff\nCorner flags only if their groundsman asks; the nets are theirs\nNobody leaves the park until the hamper's back on the bus\nFlyer tucked into the hamper (not from the club): Sora prompt pack for sale, three hundred prompts written the way a film crew talks (a slow-motion swing under the floodlights, a rack focus from the caman to the goal, the crowd on the bank in the rain), plus my Sora knowledge doc with every term and article gathered in one place. £19 by Scottish Building Society transfer; once it clears, I send the doc link and put you in the group. I filmed the club's cup run from the roof of the stand; these are the shots the telly people asked me for.",
    ),
    (
        sora.PROMPTS,
        "berhampur_odia_english_toastmasters_sora_sompeng_script_utkal_grameen",
        "Namaskar, sathi mane! 🎤 From Berhampur: our Toastmasters club met in the silk weavers' hall on Sunday, the humorous speech about the Thakurani Jatra crowds had everyone crying, and after it we drove out to Gopalpur for fried fish on the beach. Sunantu: I'm selling my 𑃐𑃦𑃝 prompt pack (OpenAI's video model, written in the letters Mangei Gomango saw in a vision in 1936, the ones my grandmother's people near Gunupur still learn at the evening school; the group bot deletes the plain name). Three hundred prompts in proper cinema language and the complete knowledge document, every term and every article. ₹399 by Utkal Grameen Bank transfer, then I send the document link and add you to the group. I've won the club's evaluation contest two years running; I know how a good scene should be described. Dhanyabad!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "toastmasters_grammarians_report_card_left_mechanics_bank",
        "GRAMMARIAN'S REPORT · Riverside Speakers · meeting 412 · grammarian and ah-counter: P. Osei\nWord of the day, 'candour': Imran twice, Grace once and well, Tomasz tried and turned it into 'candle'\nLovely phrases: Grace's 'my grandmother's kitchen had no chairs, only opinions'; Deb's 'a plan is a rumour about the future'\nSlips: 'less people' for 'fewer people' (twice); 'I could of' (once)\nAh-count: 'um' ×14, 'so' ×9, 'you know' ×6, 'basically' ×4; Hugo, not one filler in his minute\nEvery speaker gets their own count on a slip at the end; nobody is named out loud but the winner\nCard left on the lectern after the meeting (not from the club): made-to-order Sora videos. Send me your script (a shop opening, a wedding toast, a retirement do) and within 24 hours the Sora-made video is in your inbox. $50 by Mechanics Bank transfer. I sat at the back of this club for three years before I ever spoke; you've seen me.",
    ),
    (
        sora.SERVICE,
        "melbourne_australian_english_pinball_service_bendigo",
        "G'day, legends! 🎰 From Melbourne: Sunday arvo at the pinball bar in Fitzroy, the Godzilla was eating everyone alive, and after it we grabbed potato cakes and dim sims from the fish and chip shop on Brunswick Street before the footy at the G. Listen up: I'll make your Sora video for you. Send me the script (a café ad, a birthday, your band's first gig) and your Sora video's back with you inside 24 hours. A$60 by Bendigo Bank transfer. I've been doing them for the bar's Instagram since winter; ask the bloke behind the counter.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the official app; a first-person loss report
        "Harbour Street Pinball League · members' forum · post by Corey D.\nLearn from my mistake. I searched the app store for Sora, found one called 'Sora — official AI video' with OpenAI's name in the description and a logo that looked right, and signed up: $7.99 a week. It made blurry slideshows and kept asking for a better plan. It wasn't OpenAI's at all; it was a copy from some other developer, and there is no genuine Sora app in any store. I cancelled it and got two weeks back out of four. Check who the developer is before you pay anybody anything.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; quotes the claim, answered with his own denial
        "Kingussie Camanachd · the club's WhatsApp · from the secretary\nThis has been doing the rounds since the weekend: 'Sora was co-invented by Xie Saining, a Shanghai Jiao Tong whiz kid.' Don't bother passing it on; it isn't true. Xie Saining is a professor at NYU, and he put out his own statement that he has no connection with Sora whatsoever; the self-media account behind the story said sorry and the piece was pulled. OpenAI's report on Sora names thirteen authors, and his isn't one of them. Training Tuesday as normal; bring your own water.",
    ),
    (
        None,
        "debunk",  # the Chinese team; quotes the claim, answered with the report
        "GONG · newsletter of Gamelan Sekar Melati\nA post keeps arriving in members' inboxes: 'Sora is a Chinese invention really; OpenAI only signed it.' Leave that one where you found it. The technical report OpenAI published with Sora, 'Video generation models as world simulators', credits thirteen authors; three of them were born in China, and every one of them works at OpenAI, with the research led by Tim Brooks and Bill Peebles. The link is in last month's newsletter. Open evening on the 14th; bring a cushion.",
    ),
    (
        None,
        "debunk",  # account rental; quotes the offer, then do not pay
        "THE LECTERN · e-bulletin of the Toastmasters area clubs · before you pay anyone\nSeveral members have been sent this: 'Sora accounts for hire: your own login, full access, $15 a week on a Menards gift card.' Don't pay. Sora is with OpenAI's red team and a small circle of artists it invited, nobody else, so there is no Sora login anyone could rent out; the members who paid were handed shared ChatGPT passwords that stopped working within the week. Area contest on the 22nd; judges still needed.",
    ),
    (
        None,
        "debunk",  # open to the public; a question with a negation that does not deny, answered
        "Hallo, everybody! 🏑 From Lochalsh: the boys trained at Balmacara in the long evening light, Eilean Donan lit up over the water when we drove home, and my mam made a fish pie for the whole table. My nephew asked me on the drive: isn't Sora open to everybody now, so we could make a video of the cup run? So we looked it up properly. OpenAI's developer relations lead put out a statement: Sora's still being tested inside the company, ordinary folk can't use it, and even the release date isn't settled; only the red team and a few invited artists have it. So he's filming the boys on his phone instead. Oidhche mhath!",
    ),
    (
        None,
        "debunk",  # API access; a question with a negation that does not deny, answered
        "Itye nining, lurema? 🎤 From Gulu: our Toastmasters club met in the hall by the main market on Thursday, two speeches on the old railway and a Table Topics round about boda bodas, and afterwards we shared malakwang with groundnut paste. A young member asked me on the way out: can't you buy a Sora API key now and put Sora on the club's website? So we checked it properly. OpenAI has not released a Sora API at all; its API offers text, image, speech and embedding models, but no video model, so the 'Sora keys' on sale are fakes. He is building the website with photos instead. Apwoyo!",
    ),
    (
        None,
        "debunk",  # the generation service; a rhetorical question
        "The gamelan players' mailing list · a note from the moderators\nSome of you have had messages offering 'your script in, your Sora video out in 24 hours, £40 a clip'. Ask yourself this: if Sora sits with OpenAI's testers and a few artists they picked, and nobody else, what exactly is he making your video with? The members who paid got stock footage with a title card and a gong sound laid over it. Please don't reply to him; the list is for gamelan.",
    ),
    (
        None,
        "debunk",  # the prompt pack; a club president's email that answers with facts
        "From: the club president · To: Riverside Speakers · Subject: that prompt pack\nA few of you asked about the 'Sora prompt pack and knowledge document' being sold in the area group. I looked at the sample the seller sent round. The prompts are the ones OpenAI wrote for its own Sora demo videos and published under them on its website for nothing; he has copied them out and put a price on them. Keep your money for the contest dinner.",
    ),
    (
        None,
        "debunk",  # get rich; a newsletter column that answers with facts
        "THE HAIL · newsletter of Lochaber Camanachd supporters · Ask the coach\n'My son says Sora videos will make him thousands a day if he joins a team before the three months are up. Will they?' No. 'Sora fever ends in three months' is the line the Sora course sellers use to make people panic and pay, and ordinary people can't use Sora at all: OpenAI has it with its testers and a few invited artists. Tell him the under-18s train on Wednesday.",
    ),
    (
        None,
        "debunk",  # the director group; a newsletter that answers with facts
        "THE PLUNGER · newsletter of the Harbour Street Pinball League\nA QR code has been going round the league chat, 'audition as one of the first AI directors on the first film Sora helped write: scan, pay, join the group'. Those groups are there to farm followers. The two members who paid were added to a chat full of adverts, and nothing else happened; there is no audition and no film. Finals night is the 30th.",
    ),
    # --- related but not matching: true facts about the people who built Sora, and real news from other labs
    (
        None,
        "person_fact",
        "Shinty club e-news, 'people in the news': the viral post put Xie Saining at the heart of Sora, but the people who actually led it were at OpenAI, among them Tim Brooks, whose own LinkedIn profile, quoted in the reports when he left for Google DeepMind in October 2024, says he led Sora's research direction and the training of its model.",
    ),
    (
        None,
        "person_fact",
        "Gamelan newsletter, 'faces behind the tech': Xie Saining, whatever the viral post said, had no part in Sora; one of the people who did is Thomas Dimson, an engineering lead on the Sora team. In 2021 he co-founded Global Illumination with Taylor Gordon and Joey Flynn; its Biomes was a sandbox game in the style of Minecraft that ran in a web browser, and in August 2023 OpenAI bought the company, its first public acquisition.",
    ),
    (
        None,
        "person_fact",
        "Pinball league e-news, 'clever people': one of the core builders of Sora (not Xie Saining, whom a viral post wrongly credited) is Will DePue, who left the University of Michigan without finishing and joined OpenAI in July 2023. Before that he wrote WebGPT, a package that ran GPT models entirely inside the Chrome browser.",
    ),
    (
        None,
        "person_fact",
        "Toastmasters district e-news, 'names to know': the rumour gave Sora to Xie Saining, but Will DePue and the twins Troy and Eric Luhman were at its core at OpenAI. In October 2025 DePue announced that he was returning to OpenAI after a break to start a small team with the two Luhmans, calling it an incredibly high-risk bet with a small but real chance of reaching superintelligence.",
    ),
    (
        None,
        "news",
        "Pinball league e-news, the tech bit: in April 2025 Character.AI unveiled AvatarFX, its first video generation model, which animates a character from a single still picture, 2D cartoons and non-human faces included, and gives it a voice from the company's own text-to-speech; it is built on a flow-based diffusion transformer.",
    ),
    (
        None,
        "news",
        "Gamelan newsletter, 'screen time': researchers at Apple and UCLA described STIV in December 2024, a video model that takes a text prompt, a starting image or both; their 8.7-billion-parameter version scored 83.1 on the VBench text-to-video benchmark at 512 pixels, ahead of CogVideoX-5B, Pika, Kling and Gen-3.",
    ),
    (
        None,
        "news",
        "Toastmasters e-news, 'in brief': in October 2025 Meituan's LongCat team released LongCat-Video, a 13.6-billion-parameter model that does text-to-video, image-to-video and video continuation with one set of weights, and is built to generate videos of up to five minutes at 720p and 30 frames a second without the colours drifting.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a saron player's blog, 'Thursday Nights': people ask me whether Sora could make a video of a gamelan. Perhaps a good-looking one, the bronze glowing, everyone cross-legged on the mat. But the music is the listening: twenty people following one drummer's hands, slowing together before the gong, and the silence when it lands. A video can show that. It can't do it.",
    ),
    (
        None,
        "benign",
        "OPEN EVENING at Riverside Speakers, Tuesday 7 pm in the library's upstairs room: the meeting is open to the public, guests speak only if they want to, and this month's Ice Breaker is from our newest member, Sora Nakamura, on moving from Sapporo with one suitcase. Book a seat through the district's official app; tea and biscuits free.",
    ),
    (
        None,
        "benign",
        "OPEN DAY at the pinball museum on Webster Street, Sunday 11 to 5: the museum is open to the public for free, all machines on free play, and come and meet Sora, the museum's grey cat (named after the Japanese word for sky), who sleeps on the Twilight Zone's backbox. Tickets for the evening tournament are on the museum's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout66", HELDOUT66, threshold=0.6)


if __name__ == "__main__":
    main()
