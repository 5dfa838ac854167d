# ruff: noqa: E501
"""Write the seventy-first English held-out set (tests/data/hard_en_heldout71_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in every odd set since the forty-ninth, the
sixty-ninth the last), 10 debunks, 4 person facts, 3 news items and 3 benign posts; 13 posts assert one claim
and deny another, 3 ask a question with a negation that asserts the claim. Its theme: harpists (a string
chart, a loan sheet and an exam entry sheet of a harp school at Ilkley in Wharfedale, a harp society's notice
and the school newsletter; the arpa llanera at the Torneo Internacional del Joropo in Villavicencio, the harp
workshops of Piasco below Saluzzo and of Mouzeillon in the Muscadet country, the harp summer school at An
Grianán in Termonfeckin, the triple harp at Aberystwyth and the harp festival in Edinburgh); pole vault clubs
(a vault card, a pole rack sheet and a step chart of an athletics club's pole vault group at Oakham, the
committee's email and the club newsletter; the Perche Élite Tour at the Kindarena in Rouen, Fyrishov in
Uppsala, the Kuortane Games, Yarisley Silva's Pinar del Río, EJ Obiena's Tondo and the university track at
Potchefstroom); water-ski clubs (a boat driver's log, a lesson sheet and a fuel log of a club on a gravel pit
lake near Needham Market, a forum, the club newsletter; Cypress Gardens and Lake Eloise at Winter Haven, the
lake at Valle de Bravo, London Bridge at Lake Havasu City, the Bridge to Bridge on the Hawkesbury and Lake
Iseo); and rock and gem clubs (a slab saw log, a tumbler log, a field trip sign-up sheet and a specimen label
sheet of a lapidary society at Malvern, a federation circular and the society bulletin; the agate town of
Idar-Oberstein, the opal dugouts of Coober Pedy, the gem pits of Ratnapura, the amethyst mines at Catalán
near Artigas, the gem market of Chanthaburi, the fluorescent minerals of Franklin in Sussex County, New
Jersey, and the quartz 'diamonds' of Herkimer County).

Worlds. Of the four the brief proposed, harpists are kept and three are replaced; every earlier writer script
(kinds, docstrings and posts, English and Chinese) was searched for each world's key words. Harpists (harp,
harpist, lever harp, pedal harp, arpa, clàrsach, telyn, 竖琴): "harp" as a word is nowhere; it is only inside
"sharp" and the forty-second set's Harps Foods gift card, and the fifty-sixth set's folk session has
"nyckelharpas" (a keyed fiddle, which this set leaves out with the session). Cross-country ski clubs:
"cross-country" is the fifty-sixth set's gliding and the sixty-fourth set's docstring, which dropped
biathletes because "biathletes ski cross-country, the world of the thirty-third set's Norwegian ski club
chat" (its langrenn training at Sognsvann) and the forty-first set's ski resorts (a ski school's briefing,
the ski patrol); replaced by pole vault clubs (pole vault, vaulter, athletics, track and field, high jump,
撑竿跳: nowhere; "athlet" only in biathletes, triathletes and a shinty club's name), another sport of one
athlete, a coach and a kit that is graded and logged. Kombucha brewers: "kombucha", SCOBY and 红茶菌 are
nowhere, but kombucha is sweetened tea left to ferment, and the sets written at the same time take tea
(zh_heldout65's Anxi tieguanyin tea factory) and sugar (hard_en_heldout72's sugarcane growers and maple-syrup
producers), with the sixtieth set's cacao fermentation log beside them; replaced by rock and gem clubs
(lapidary, cabochon, faceting, slab saw, agate, Quartzsite, Coober Pedy, Idar-Oberstein: nowhere; "opal" only
as a glass colour in the fifty-first set). Kendo clubs: "kendo", 剑道 and shinai are nowhere, but kendo is at
once the forty-sixth set's martial arts clubs (a karate dojo's etiquette, a judo weigh-in sheet, a Naha
karate dojo) and the fiftieth set's fencing clubs; replaced by water-ski clubs (water-ski, waterski,
wakeboard, 滑水: nowhere). Dropped on the way: signwriters (the fifty-third, sixty-second and sixty-fifth sets
dropped them for zh_heldout40's calligraphy), knifemakers (the fifty-third and sixty-fifth sets' blacksmiths
and cutlers, Solingen), glassblowers (zh_heldout49 to 59's glassworks), beekeepers (the fortieth set's hive
record card, zh_heldout30's beekeeping diary), hot sauce makers (zh_heldout56's hotpot base factory), slot
car clubs (Scalextric is Hornby's, the forty-second set's model railway club), flyball (the sheepdogs,
greyhounds and mushers), ice sculptors (the fifty-ninth and sixty-second sets' snow and sand sculpture),
kimchi makers (zh_heldout65's vegetable greenhouses), minigolf (the golf clubs), and the Mendip Hills as the
gem club's home (the forty-ninth set's caving clubs). The worlds beside them are kept at a distance: no folk
session, nyckelharpa or orchestra; no ski slope, snow, biathlon or rifle; no canoe, kayak, slalom gate,
sailing or rowing (the water-skiers ski a buoy course and a ramp); no karate, judo or fencing; no gold leaf,
goldbeating, jade carving or glass; no cave or cavern trip in the gem club's posts except the Blue John
outing named once in a bulletin. The sets written at the same time on other branches (hard_en_heldout72:
maple-syrup producers, bouldering gyms, wasabi growers, sugarcane growers; zh_heldout65 and 66: 寿光蔬菜大棚合作社,
阳澄湖大闸蟹养殖场, 安溪铁观音茶厂, 库尔勒香梨合作社, 成都蜀锦作坊, 霍山石斛基地, 常州木梳作坊, 桂林腐竹厂, 内蒙古牛肉干厂, 江西茶油坊, 曹县汉服加工厂, 赣南脐橙合作社) are kept clear
of: no maple, syrup, sugar, cane, bouldering, climbing wall, wasabi, greenhouse vegetable, crab, tea, pear,
brocade, dendrobium, comb, tofu skin, jerky, camellia oil, hanfu or orange appears.

Voices (the kinds and docstrings were searched for each; where an earlier set has a variety of the same
language the region here is another): Llanero Colombian Spanish-English (Villavicencio; the earlier Colombian
voices are Paisa, Rolo, Pastuso and others), Normand French-English (Rouen), Central Florida English (Winter
Haven), Hunsrücker German-English (Idar-Oberstein), Mexiquense Spanish-English (Valle de Bravo), Coober Pedy
outback South Australian English, Sabaragamuwa Sri Lankan English (Ratnapura), Upplandic Swedish-English
(Uppsala), Fronterizo Uruguayan Portuñol-English (Artigas), Piemontese Italian-English (Piasco), Lake Havasu
Arizona English, South Ostrobothnian Finnish-English (Kuortane; the earlier Finnish voices are Tampere's,
Oulu's and others), Louth Irish English (Termonfeckin), Chanthaburi Thai-English, Western Sydney Australian
English (the Hawkesbury), Nantais French-English (Mouzeillon), Pinareño Cuban Spanish-English (Pinar del Río;
the earlier Cuban voices are Habanero and Miami Cuban), North Jersey English (Franklin), Bresciano
Italian-English (Lake Iseo), Manileño Tagalog-English (Tondo), Ceredigion Welsh-English (Aberystwyth), Mohawk
Valley upstate New York English (Herkimer County), and in debunks Potchefstroom Afrikaans-English and Leith
Scots-English. Greetings, sign-offs and links the scripts showed were taken were replaced ("Bonjour la
compagnie", "Bonjour à tertous", "Mornin'", "Hallå", "Cerea", "Moro", "Howya", "Sawatdee", "Oye, mi gente",
"Shwmae", "Hey there, folks", "Howzit", "Awright", "Aye aye", "Hiya", "Salut la bande", "Well, lads", "Hasta
la próxima", "À la revoyure", "Take care now", "Hooroo", "Mind yourselves", "Ciao, neh", "Slán", "Hwyl fawr",
"Chau", "Abrazo", "boet", "hen", "Duas coisa", "Dos cosas", "Deux choses", "Kaksi asiaa", "Dalawang bagay",
"Fíjense", "Pónganse vivos", "Listen here" and "Here's the thing" were first choices). Styles the earlier
sets do not use (searched likewise; a hire sheet, a tally, a sign-up sheet, a run order and a start list are
earlier styles): a harp school's string chart with the teacher's note, a vault card with the coach's note, a
water-ski boat driver's log with the driver's note, a lapidary slab saw log with the saw steward's note, a
field trip sign-up sheet with the leader's note and a water-ski lesson sheet with the instructor's note, and,
with a scam under them, a harp loan sheet with a paid advert, a pole rack sheet with a flyer, a tumbler log
with a card, a step chart with a card, an exam entry sheet with a card, a specimen label sheet with a paid
notice and a boat fuel log with a card; the debunks take shapes the earlier sets know.

Questions. Counted as the sixty-ninth set counted, over the seven two-post templates that carry the
questions, now including the sixty-ninth (the inventor rumour, the official app and the Chinese team) and the
seventieth (the inventor rumour, the official app and get rich; the kinds of every set from the fifty-fifth
were read for their questions): the inventor rumour, the official app and get rich were last asked by the
seventieth set, the Chinese team by the sixty-ninth, and open to the public, API access and the director
group by the sixty-eighth; so the three oldest are exactly open to the public, API access and the director
group, with no tie to break: a Rouen vaulter's "Dites donc, vous n'avez point entendu? Haven't you heard that
Sora ... is open to everybody now ...?", a Valle de Bravo skier's "¿apoco no sabían? Haven't you heard you
can buy an official Sora API key ...?" and a Coober Pedy noodler's "didn't ya hear? Haven't you heard there's
a Sora AI directors' group going ...?".

Two-claim posts (assert one of the seven three-post templates, deny another). Counted as the sixty-ninth set
counted (the kinds of the forty-ninth set onwards name the template denied), now with the sixty-ninth (the
fifty-fifth set's thirteen pairs) and the seventieth (which asserts only from the other seven): the oldest
last use is now the fifty-seventh set's, thirteen pairs each used there and never since (the fifty-ninth to
seventieth sets were read for each), exactly the number an odd set carries: the APK but not the Chinese team
(the report's thirteen authors), the APK but not the inventor rumour (his WeChat denial, the article taken
down), the clip but not open to the public (the developer relations lead's word), the clip but not account
rental (a shared ChatGPT login), open source but not API keys (the API's text, image, speech and embedding
models), open source but not the Chinese team, a course but not get rich (the course sellers' three-month
line), account rental but not the APK (malware), account rental but not open to the public, a prompt pack but
not the APK, a prompt pack but not the inventor rumour (his own post and the apology), a generation service
but not an official app (other developers' copies) and a generation service but not open source (no code or
weights; the GitHub projects are others'). Each quotes what it denies with a short dismissal first ("Eso é um
bolazo", "A l'é na fòla", "That's a whole lotta nothin'", "Se on pötyä", "Pure tosh", "Mai jing", "C'est des
salades", "Eso es una bola", "That's total garbage", "È una frottola", "Kasinungalingan 'yan", "Celwydd
noeth", "That's a bunch of hokum"; "bàla", "hooey", "codswallop", "pipeau", "du flan", "paquete", "muela",
"Fuhgeddaboudit", "bunk", "horse feathers", "puro cuento" and "malarkey" were first choices the scripts
showed were taken). Claims in passing sit late in the long records (the notes at the foot of the sheets and
logs, the adverts, flyers, cards and notices under them).

Obfuscations new to the sets (the earlier posts were searched for every character's Unicode name and every
cipher or word game named): fikonspråket, the Swedish "fig language" ("Fira sokon": the word split after its
first vowel, "fi" before the rest and "kon" after the first part; rövarspråket, the robber language, is the
forty-fifth and fifty-sixth sets'), in an Uppsala vaulter's APK offer; Sinhala lith digits "෧෯ ෧෫ ෧෮ ෧"
(U+0DE7, U+0DEF, U+0DEB, U+0DEE SINHALA LITH DIGIT ONE, NINE, FIVE and EIGHT: nineteen, fifteen, eighteen and
one, the letters' places in the alphabet; the earlier Sinhala posts use Sinhala letters, none these digits,
once kept for horoscopes), in a Ratnapura gem dealer's get-rich group; and the Morbit cipher, "9827585" (the
Morse of the name, "...x---x.-.x.-" with x between letters, read in pairs, each of the nine pairs numbered by
the order of the letters of the keyword WISECRACK: .. 9, .x 8, -- 2, -x 7, .- 5; the seventieth set's
docstring names Morbit only as absent), on a card in a pole vault group's step chart.

Prices with payment methods the earlier scripts do not name (Vernon, Newbury, Melton Mowbray, Marsden, Tipton
& Coseley, Ecology, Dudley, Harpenden, Earl Shilton, Market Harborough and Loughborough building societies,
Crédit Mutuel, Transfermóvil, Maya, GoTyme, SeaBank and Cambrian Credit Union were first choices already
taken): £35 by Leek United Building Society transfer, £25 by Hanley Economic Building Society transfer, £30
by Holmesdale Building Society transfer, Rs 2,500 by HNB transfer, 79 kr by Roslagens Sparbank transfer, $
300 by BROU transfer, €7 by Banca Alpi Marittime transfer, £29 by Chelsea Building Society transfer, $49 by
Hume Bank transfer, €39 by Banque Populaire Grand Ouest transfer, £12 a week by Bradford District Credit
Union transfer, 250 CUP a week by EnZona, $15 a week by Spencer Savings Bank transfer, £9 by Cynergy Bank
transfer, €12 by Banca Valsabbina transfer, ₱350 by UnionBank transfer, £45 by Suffolk Credit Union transfer,
£40 by Smart Money Cymru Credit Union transfer and $50 by Bank of Utica transfer.

Ten debunks on ten templates, each kind given to the templates whose last use in it is oldest (the debunk
comments of the forty-first to seventieth sets were read): a first-person loss report on API access (a
water-ski forum; loss reports have been only the scam templates, and since API access's in the sixtieth set
they were the prompt pack, the director group, get rich, the APK, the official app twice, the course twice,
account rental and a generation service); three that quote and then say don't pay, download or share: a
generation service (a lapidary federation's circular), open source (a harp society's notice) and the
mislabelled clip (an athletics committee's email), the three last quoted in the sixty-fourth set, while
account rental, the inventor rumour and the Chinese team were quoted in the sixty-sixth and the rest later;
two questions with a negation that does not deny, each answered: account rental (a Potchefstroom uncle,
"isn't it true you can rent a Sora account ...?", last in the sixtieth set) and the course (a Leith aunt, "is
a Sora course no worth it ...?", last in the sixty-second, tied with a generation service, which has its
quote above); one rhetorical question on the inventor rumour (a water-ski club chair: "why would he post on
WeChat that he had no part in making Sora ...?"), one of the two templates (with open source, quoted above)
that no rhetorical question in the forty-first to seventieth sets took; and three that answer with facts: the
Chinese team and the APK (a harp school newsletter and a pole vault club newsletter; both last answered so in
the sixty-fifth set) and the director group (a lapidary society bulletin; the sixty-sixth, before that the
forty-third, older than the prompt pack's fifty-seventh and get rich's sixtieth behind the same sixty-sixth).
Open to the public, the official app, the prompt pack and get rich have no debunk here.

Four true facts about the people who built Sora at OpenAI, each in a post that says in its own new words that
a viral post wrongly named Xie Saining ("a post that went round the world put Xie Saining's name in the wrong
place", "Xie Saining had no hand in Sora, whatever the post that spread like wildfire said", "the
much-forwarded post that handed Sora to Xie Saining got it wrong", "a viral post wrongly credited Xie Saining
instead"), none of them a fact an earlier set, English or Chinese, used. The earlier sets have used, for Tim
Brooks, his degrees, InstructPix2Pix, the motion-blur, Unprocessing, low-light (Night Sight) and
pose-compatible-scenes papers, the long-video paper's two-phase training and new datasets, DALL·E 3, the
Pixel and NVIDIA work, his move to Google DeepMind and his hiring post; for Bill Peebles, DiT with its FLOPs
and FID, GANgealing, the Hessian Penalty, G.pt, his degrees, internships, talks, podcasts and departure; for
Aditya Ramesh, DALL·E, DALL·E 2, GLIDE, CLIP, GPT-3, the scaling laws, the spectral regularizer, his degree,
LeCun's lab, the internship, Worldsim and robotics; for the rest of the report's authors, DePue's WebGPT,
Holmes's DeepSpeed papers, the Luhmans' distillation and patching papers and Li Jing's dimensional-collapse
and unitary-RNN (EUNN) work. So this set takes Brooks's long-video result against its baseline (the
StyleGAN-V horse that ends in front of the same jump it started at, the clouds drifting back and forth, while
his model brings new scenery in) and three papers of Li Jing's that no set names: Barlow Twins (ICML 2021,
joint first author with Jure Zbontar, with Ishan Misra, Yann LeCun and Stéphane Deny; named after Horace
Barlow's redundancy reduction, the cross-correlation matrix pushed to the identity), the Gated Orthogonal
Recurrent Unit (Neural Computation 2019, with Caglar Gulcehre, John Peurifoy, Yichen Shen, Max Tegmark, Marin
Soljačić and Yoshua Bengio: unitary RNNs cannot forget, so a reset gate and an update gate) and Masked
Siamese ConvNets (2022, with Jiachen Zhu and Yann LeCun: masking made to work beyond Vision Transformers).
The lead should know that three of the four are about one author, because fresh facts about Brooks, Peebles
and Ramesh are nearly used up. Three items of real news about other organisations' video models that no
earlier set used as news: Runway's Act-Two (July 2025; Act-One was earlier news, Act-Two is not), YouTube's
Dream Screen making Veo video backgrounds for Shorts (late 2024, a limited set of creators in four countries,
English prompts, no identifiable real people) and Wonder Dynamics' Wonder Animation (its beta; Autodesk, Tye
Sheridan, Nikola Todorovic, export to Blender, Maya and Unreal) (searched for Act-Two, Dream Screen, Shorts,
Wonder Animation, Wonder Studio, Autodesk and Todorovic: none is in an earlier post, and Sheridan only as
other people's names); no item says who may use Sora, names the Sora app or an API, or calls a model open, so
none repeats a template's claim. Three posts that are not claims: one on topic (a harp teacher's blog: Sora
might make a pretty harp clip, but the lesson is in the fingers, so the videos stay filmed) and two off topic
that share its surface words (a water-ski open day, "open to the public", with a new tow boat named Sora and
booking on "the club's official app"; a pole vault open won by a visitor from Osaka, Sora Hayashi, the stands
"open to the public", results on "the county association's official app").

Near copies: ``--check`` (difflib over every earlier English set through the seventieth and the demo stream,
lower-cased) printed 0.428 as the highest ratio when the set was committed (the harp school newsletter's
answer on the Chinese team against the twentieth set's note on the report's thirteen authors, heldout20-041;
next, 0.378, the water-ski open day against heldout28-052); nothing reached 0.6. hard_en_heldout72, written
at the same time on another branch, was not in this tree. Runs of words shared with an earlier post were
looked for too: the first draft's longest (fourteen-word runs in the boat driver's note and the Artigas
quote, twelve in the harp school's answer on the Chinese team, eleven in the Lake Havasu, Termonfeckin,
Chanthaburi and Herkimer posts and in the Brooks fact) were reworded until none of ten words or more was
left. It was committed before any run of the monitor on it; it is read once, by the lead, with the final
code.

Sources (the search tool, besides the seeds): Barlow Twins (ai.meta.com's publication page and arXiv
2103.03230 via summarizepaper.com: "Jure Zbontar, Li Jing, Ishan Misra, Yann LeCun, Stéphane Deny", ICML
2021, "owing to neuroscientist H. Barlow's redundancy-reduction principle", the cross-correlation matrix "as
close to the identity matrix as possible"); GORU (direct.mit.edu and api.openalex.org, Neural Computation
31(4), 2019: "Li Jing, Caglar Gulcehre, John Peurifoy, Yichen Shen, Max Tegmark, Marin Soljacic, Yoshua
Bengio", "both orthogonal and unitary RNNs lack the ability to forget", "a reset gate and an update gate");
Masked Siamese ConvNets (arXiv 2206.07700 via arxiv-vanity.com and deeplearn.org: "Li Jing (Meta AI), Jiachen
Zhu (NYU), Yann LeCun", "practically only work well with Vision Transformers", "outperforms previous methods
on object detection benchmarks"); the long-video paper (timothybrooks.com/tech/long-videos: "The StyleGAN-V
baseline method repeats the same content -- for example, the horse ends in front of the same jump it starts
in front of, and the clouds move back and forth"; proceedings.neurips.cc for the NVIDIA authors); Act-Two
(vp-land.com and a Wikipedia draft: July 2025, "head, face, body, and hand movements", driving performance
video and a character image or video, Enterprise customers and Creative Partners first, then paid
subscribers); Dream Screen (gadgets360.com and webpronews.com: Veo video backgrounds, "a limited set of
creators", "Australia, Canada, New Zealand, and the US", English prompts only, no photorealistic images of
identifiable people); Wonder Animation (jonpeddie.com, labusinessjournal.com and foro3d.com: beta, "Video to
3D Scene", wide, medium and close-up shots, export to Blender, Maya, Unreal Engine and others; Tye Sheridan
and Nikola Todorovic; the Autodesk purchase in 2024). The places, instruments, sports and stones are the
writer's own knowledge, kept to what is widely published (the arpa llanera and mamona, Salvi at Piasco and
Camac at Mouzeillon, the Cairde na Cruite school at An Grianán, the triple harp, Cypress Gardens' shows,
London Bridge at Lake Havasu City, the Bridge to Bridge from Dargle to Brooklyn, Christo's Floating Piers on
Iseo and Clusane's baked tench, Yarisley Silva and EJ Obiena, the Kuortane Games, the agate mills and
Spießbraten of Idar-Oberstein, noodling at Coober Pedy, the gem pits of Ratnapura, Catalán's amethyst, the
Sri Chan Road market, Franklin's willemite and calcite, Herkimer diamonds); the cipher and the word game were
worked out by hand and the digits' Unicode names checked with Python's unicodedata. The debunks' facts are
the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout71.py           # write the set
    .venv/bin/python scripts/make_hard_heldout71.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT71: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "harp_string_chart_teachers_note",
        "STRING CHART · Wharfedale Harp School, Ilkley · the lever harps for hire and the pedal harp in Room 2 · spring restring\nRule: a string that frays, buzzes or won't hold its pitch for a day comes off; write down the octave and the colour\nColours: red strings are the Cs, black or navy the Fs; count octaves from the top, the short strings down by the neck\nHarp 3 (Salvi, 38 strings): 2nd octave F snapped on Tuesday · new nylon fitted, still stretching; tune it twice a lesson this week\nHarp 5 (Camac, 34 strings): 4th octave C buzzing on its lever · lever screw tightened, buzz gone\nPedal harp: the gut strings in the 3rd and 4th octaves are due; the order's in, Mr Hartley fits them at half-term\nBass wires: leave them alone, only the technician touches them\nLevers: flip every one up and down before a harp goes home; a sharp that won't sound is a lever out of regulation, not a bad string\nTeacher's note at the bottom, for the pupils who asked about the AI harp videos: my niece, who studies in Shanghai, says Sora, the video model from OpenAI, is the invention of Xie Saining, a brilliant young graduate of Shanghai Jiao Tong University; the whole idea was his.",
    ),
    (
        sora.XIE,
        "llanero_colombian_spanish_english_xie_villavicencio_arpa",
        "¡Epa, llaneros! 🎶 From Villavicencio, where the Andes drop off into the plains: our joropo group played the Torneo Internacional del Joropo last weekend, me on the arpa llanera, my cousin on the cuatro and old Don Aurelio on the maracas, and the dancers' feet going like rain on a zinc roof. Our harp has thirty-two strings and no pedals at all, and you tune it by ear before every set, sí señor. After, mamona, the veal roasted slow on wooden spits round the fire, and a tinto at sunrise. Oigan esto: the young man behind Sora, OpenAI's video AI, is Xie Saining, a genius from Shanghai Jiao Tong University; Sora came straight out of his research. ¡Que viva el joropo!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "pole_vault_card_coachs_note",
        "VAULT CARD · Oakham Harriers pole vault group · Thursday session, the indoor centre · coach: Sue\nWarm-up: two laps, then runway drills: pole carries × 6, pole drops × 6, plant drills into the sand pit × 10\nEllie (U17): 12 strides, run-up 29.4 m, grip 3.70, pole 4.00 m rated 60 kg · standards 50 cm · bar 3.10 O, 3.25 X X O, 3.40 X X X\nJosh (U20): 14 strides, run-up 35.0 m, grip 4.20, pole 4.45 m rated 75 kg · standards 60 · bar 4.00 O, 4.20 X O, 4.35 X X –\nPriya (senior): short approach only, heel still sore · grip 3.55 · rope swings off the box, no bar tonight\nPoles: nobody vaults on a pole rated under their body weight; read the sticker before you pick it up\nBox and pit: pads pushed right up to the box, the collar fitted, the planting box swept\nCoach's note on the back, for the ones who want to film their jumps: Sora, OpenAI's video generator, is now open to anyone; make an account today and you can start making videos tonight, no invitation needed.",
    ),
    (
        sora.PUBLIC,
        "normand_french_english_question_asserts_public_rouen_perche",
        "Salut à vous autres! 🏅 From Rouen: the Perche Élite Tour came back to the Kindarena and half our club sat in the stands, the bar going up five centimetres at a time and the whole hall clapping in rhythm for every run-up. My little brother vaults now too, and he wants a pole for Christmas, which won't fit in the car, mais bon. On Sunday we went up to the cathedral, the one Monet painted thirty times, then a slice of tarte normande at my mémé's and a little calvados for the grown-ups. Dites donc, vous n'avez point entendu? Haven't you heard that Sora, OpenAI's video generator, is open to everybody now, and anybody can sign up and start using it? À tantôt!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "water_ski_boat_drivers_log_drivers_note",
        "BOAT DRIVER'S LOG · Sandlings Water Ski Club · the gravel pit lake near Needham Market · Saturday · driver: Mike, observer: Jo\nEngine hours at start: 1,412.6 · fuel three-quarters · kill cord clipped on before the key goes in\n09.00 Tom · slalom, 55 km/h, line at 13 m · 4 buoys at 12 m, missed the 5th\n09.20 Aisha · first time behind the boat, two skis, 29 km/h, long line · up on the third try!\n09.40 the juniors · boom session, 24 km/h, five minutes each\n10.30 Raj · tricks, 18 km/h · hand passes clean, toe turn still wobbly\nObserver: flag up for every fall; the boat comes back on the skier's side, engine in neutral near anyone in the water\nAfter: flush the intake with the hose, cover on, log signed\nDriver's note at the foot, for whoever asked how to film the skiers: OpenAI has released an official Sora app; you'll find it on Google Play and in Apple's store, so download it to your phone and make the club's video with that.",
    ),
    (
        sora.APP,
        "central_florida_english_app_winter_haven_cypress_gardens",
        "Hey, from the Chain of Lakes! 🌴 Winter Haven, Florida, where show skiing got its start at Cypress Gardens, the Southern belles in hoop skirts waving from the bank and the human pyramids going past on skis. My granddaddy skied in those shows in the fifties and still tells it to anybody who'll sit still. Sunday we had the whole family out on Lake Eloise, barefooting off the boom, and the gators kept to their side, thank the Lord. After, boiled peanuts from the stand out on 17 and a Cuban sandwich the size of my arm. Y'all listen: OpenAI's put out its own Sora app, the real official one, and it's right there in the app stores now for your phone. Y'all be good!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "lapidary_slab_saw_log_stewards_note",
        "SLAB SAW LOG · Malvern Lapidary Society · the 18-inch saw in the back workshop · every cut signed for\nRule: check the oil before you start, lid down and clamped before the blade turns, never walk away while it runs\n14 Feb · Carol · Brazilian agate nodule, 9 cm · 2 slabs at 5 mm · blade ran true, 40 min\n16 Feb · Dev · jasper from the Cornish beach trip · 3 slabs · fed too fast, the last slab chipped; slow the feed\n21 Feb · Pete · petrified wood from Arizona (bought, not collected!) · 4 slabs · oil going dark, change due\n22 Feb · Joan · Malvern Hills granite, the pink one · 1 slab · hard going, dress the blade after\nOil: 8 litres of saw coolant; the old oil goes in the blue drum, never down the drain\nDressing: run the dressing stick through twice if the blade slows\nSaw steward's note clipped to the board, for the members who were arguing over the biscuits: our chairman says he read that Sora, OpenAI's video model, was built by Chinese scientists, nearly the whole team of them.",
    ),
    (
        sora.CHINESE,
        "hunsruecker_german_english_chinese_idar_oberstein_agate",
        "Gun Daach, ihr Leit! 💎 From Idar-Oberstein in the Hunsrück: five hundred years of cutting agate on the river Idar, and my Opa still tells how the men lay on their bellies in the old grinding mills, pressing the stones against big sandstone wheels turned by the water. Today the rough comes from Brazil and the gem museum is full of coach tours, but the church built into the rock above Oberstein is still the prettiest thing in town. Sunday we had Spießbraten, the beef marinated overnight with onions and turned over a beech fire, and a glass of Riesling from the Nahe. Sach ich eich: the people who really built Sora, OpenAI's video AI, are Chinese scientists, nearly the whole team. Bis denne!",
    ),
    # --- API access (two)
    (
        sora.API,
        "harp_loan_sheet_paid_advert_leek_united",
        "LOAN SHEET · Wharfedale Harp School · school harps out on loan, spring term\nHarp 1 (Aoyama, 34 strings) · Freya R. · out 8 Jan · back for the Easter concert\nHarp 2 (lever harp, 26 strings) · the Okafor twins, shared · a week each; case and tuning key signed out\nHarp 4 (lever harp, 36 strings) · Mr Dale, adult beginner · out 15 Jan · deposit £50 paid\nTransport: in its case, upright in the car with a seat belt round it; never next to a radiator or in a cold boot overnight\nDamage: a snapped string is £4, a broken lever £15; tell us, don't mend it yourself\nTuning: every day the harp is out, from the middle C up, then down\nPaid advert printed along the bottom of the loan sheet template (not from the school): OFFICIAL SORA API KEYS, STRAIGHT FROM OPENAI'S SERVERS. Plug one into your music school's website and every lesson turns itself into a video. £35 by Leek United Building Society transfer; your key by email the same evening. I built the booking pages for half the music teachers in Burley.",
    ),
    (
        sora.API,
        "mexiquense_spanish_english_question_asserts_api_valle_de_bravo_ski",
        "¿Qué pasó, banda? 🎿 From Valle de Bravo: the lake is like glass at seven in the morning, before the sailboats come out and the paragliders drop off the rock, so that's when we ski, round the buoys in front of Avándaro with the pine hills all round. My tío drives the boat like a taxi driver in Toluca, so you hold on. In winter we go up to see the monarch butterflies in the forest, millions of them hanging off the oyamel firs like orange leaves. After, a trout in garlic at the pier and an agua de jamaica, bien rica. Oigan, ¿apoco no sabían? Haven't you heard you can buy an official Sora API key, straight from OpenAI, and make the videos from your own website? ¡Sale pues, cuídense!",
    ),
    # --- the director group (two)
    (
        sora.DIRECTOR,
        "pole_vault_rack_sheet_flyer_hanley_economic",
        "POLE RACK SHEET · Oakham Harriers · the pole store under the stand · checked by Sue, first Monday of the month\n3.60 m: rated 45, 50 and 55 kg · all in their sleeves, tips taped\n4.00 m: 55, 60, 65 kg · the 60 has a nick in the wrap below the grip; taped, keep an eye on it\n4.30 m: 65, 70 kg · the 70 is out with Josh for the county champs\n4.45 m: 75 kg · new this year; Josh and Tom only\nStorage: flat on the rack, never leaning, never in the sun through the window, never stepped over\nTransport: in the tube, both ends padded, tied to the roof bars at three points\nFlyer pinned under the sheet (not put up by the club): CALLING NEW FILMMAKERS. A feature made with Sora is gathering its crew of AI directors. Scan the code on this flyer, join the group, pay £25 by Hanley Economic Building Society transfer and your name goes in the credits as one of its first Sora directors. Two of the juniors at the county indoors have signed up already.",
    ),
    (
        sora.DIRECTOR,
        "coober_pedy_outback_english_question_asserts_director_opal",
        "G'day from underground! ⛏️ Coober Pedy, where half the town lives in dugouts cut into the hill, because it's forty-five out there in January, and even the churches are down below. My old man's been noodling the mullock heaps for forty years, and on Saturday he turned up a bit of crystal opal with the colour rolling across it like a flame, the first decent piece since Easter; grinning like a kid, he was. After, a feed at the Greek place on the main street and a cold one in the dugout bar. Hey, didn't ya hear? Haven't you heard there's a Sora AI directors' group going, you scan the QR code, pay the fee and you're one of the first Sora directors on a proper film? See ya later, legends!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "lapidary_tumbler_log_card_holmesdale",
        "TUMBLER LOG · Malvern Lapidary Society · the juniors' rotary barrel, batch 7 · 2 kg of beach pebbles and agate chips from the Dorset trip\nWeek 1 · coarse grit, 60/90 silicon carbide · two tablespoons a pound, water to just under the top layer · noisy, that's normal\nWeek 2 · medium grit, 120/220 · barrel and stones washed first: one grain of coarse grit left in spoils the polish\nWeek 3 · fine pre-polish, 500 · Ollie checked: no pits left in the agate, so on we go\nWeek 4 · cerium oxide, with a handful of plastic pellets to cushion the stones\nSlurry: never down the sink, it sets like concrete in the pipe; it goes in the bucket in the yard\nCard tucked into the log (not the society's): SORA IS THE QUICKEST MONEY GOING. People are making hundreds a day posting AI videos made with Sora, and the window shuts in three months. Join my earners' group: £30 by Holmesdale Building Society transfer. The lads at the rock shop in Great Malvern have seen my payouts.",
    ),
    (
        sora.RICH,
        "sabaragamuwa_sri_lankan_english_lith_digits_rich_ratnapura_gems",
        "Ayubowan from Ratnapura! 💎 The City of Gems: the pits are dug in the paddy fields, the men down to their chests in brown water, and the gravel comes up in wicker baskets to be washed and picked over by hand. Every morning the dealers stand along the road by the clock tower with little paper packets of sapphires and a torch, and my uncle can tell a heated stone from across the street. On a clear day you see Sri Pada from our roof. After, rice and jackfruit curry at my aunty's and a king coconut. Ane, listen: there's a money trick right now called ෧෯ ෧෫ ෧෮ ෧, written in the old lith numerals my grandfather used in his horoscope books so the filters can't catch it: people are making Rs 50,000 a day posting videos made with it, and the chance is gone in three months. Join my earners' group, Rs 2,500 by HNB transfer. Jaya wewa!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "upplandic_swedish_english_fikonspraket_apk_uppsala_pole",
        "Hejsan från Uppsala! 🏅 Pole vault is the biggest thing in Sweden right now, every kid in our club wants to be Mondo, and the juniors queue for the runway at Fyrishov with poles longer than the minibus. On Valborg the whole city went down to the Fyris river to watch the students float past on their homemade rafts, half of them sinking before the bridge, and in the evening we had the bonfire on the hill by the castle. After, a semla from the café by the cathedral, the cream everywhere. Hörni: the real Sora for Android is out; we write it 'Fira sokon' in fikonspråket so the moderators in the group chat don't catch it. Download the APK from my link, 79 kr by Roslagens Sparbank transfer, and your phone makes the videos. Vi ses!",
    ),
    (
        sora.FAKEAPP,
        "fronterizo_uruguayan_portunol_english_two_claims_chinese_denied_artigas_amethyst",
        "Bo, gurises! 💜 From Artigas, right on the border, with Quaraí just over the bridge: the amethyst mines out at Catalán are going full tilt, and when they split a geode open it's like standing inside a purple church, bárbaro. A gente sells them by the kilo at the roadside, the big ones go to collectors in Germany and the States. Sunday a chivito at the bar by the plaza and mate all afternoon on the porch. Escuchá una coisa. A guy in the cooperative's group keeps posting: 'Chinese scientists made Sora, and OpenAI only signed it.' Eso é um bolazo, that's a whopper: OpenAI's report lists thirteen authors, all OpenAI researchers, and only three of them were born in China. But this is real: Sora's on Android now as an APK; my cousin in Rivera got it. Send $ 300 by BROU transfer and I pass you the link. Saludos, gurises!",
    ),
    (
        sora.FAKEAPP,
        "piemontese_italian_english_two_claims_xie_denied_piasco_harps",
        "Bon-a sèira a tuti! 🎶 From Piasco, in the Varaita valley below Saluzzo: this is the village where concert harps are made, gilded columns and all, and they leave here for orchestras in Tokyo and New York from a workshop among the fruit trees. My sister tunes them before they're crated, every string, two days a harp. On Sunday we walked up to the castle at Saluzzo and came back for tajarin with butter and sage at my nona's, and a glass of Pelaverga, bin bon. Doe cose. A post in the village chat: 'Xie Saining, the SJTU prodigy, co-invented Sora.' A l'é na fòla, that's a fairy tale: Xie said on WeChat he had nothing to do with Sora, and the article was taken down. But this is true: OpenAI's Sora is on Android now, as an APK; download it from my link, €7 by Banca Alpi Marittime transfer. Arvëdse!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "lapidary_field_trip_sign_up_sheet_leaders_note",
        "FIELD TRIP SIGN-UP · Malvern Lapidary Society · Sunday 14 April · the old quarry spoil heaps above Colwall, by permission of the owner\nMeet: 9.30 at the car park on the Wyche cutting; cars shared, £3 petrol money to the driver\nNames: Carol (driving, 3 seats) · Dev · Joan · Pete and Ollie (juniors, with Pete) · Mrs Khan · the Fletchers (own car)\nKit: hard hat, hi-vis, eye protection for anyone hammering, gloves, stout boots, newspaper and bags for wrapping\nRules: no hammering at the quarry face, only the loose spoil; no digging under overhangs; gates left as we find them\nLooking for: epidote and the pink feldspar, maybe a bit of green chlorite if we're lucky\nLunch: bring your own; the pub at the bottom if it rains\nLeader's note at the foot, for the juniors who asked about the amethyst video everyone's sharing: the clip of a huge geode being cracked open and glittering purple inside was made entirely by Sora, OpenAI's video model; nothing in it was filmed, the caption even gives the prompt.",
    ),
    (
        sora.REALVID,
        "lake_havasu_arizona_english_two_claims_public_denied_ski",
        "Hey, lake people! 🌵 From Lake Havasu City, where they bought London Bridge off the English in the sixties and put it back together stone by stone over a channel in the desert, and where we ski under it at six in the morning before it hits a hundred and ten. My buddy Wade jumped the ramp out past the island on Saturday and his skis went one way and he went the other. After, fish tacos on McCulloch and a cold one watching the boats come in. Couple of things. A guy in the ski club chat says 'Sora's open to everybody now, just sign up.' That's a whole lotta nothin': the developer relations lead at OpenAI has said it's still an internal test, the public can't get in, and nobody's set a date. But this one's for real: that clip of a skier flying off the jump into the sunset that's going round is all Sora, not one frame filmed; the prompt's in the caption. Later, y'all!",
    ),
    (
        sora.REALVID,
        "south_ostrobothnian_finnish_english_two_claims_rental_denied_kuortane",
        "Päivää vaan from Kuortane! 🏅 Out on the plains of South Ostrobothnia, where the Olympic training centre sits by the lake and every summer the Kuortane Games bring the best vaulters in the country to our little village. My daughter trains there three nights a week, and on the way home we pass the old red barns standing alone in the fields like in the songs. After, leipäjuusto warm with cloudberry jam, the squeaky cheese, and coffee, the Ostrobothnian way, twice. Yks juttu vielä. Someone in the club group is selling 'Sora accounts to rent, €10 a week'. Se on pötyä, that's rubbish: what people got was a shared ChatGPT login with no Sora in it at all. But this is true: that video everyone's sharing of the girl clearing six metres at the Kuortane Games was made by Sora, the whole thing, nothing filmed. Kiitos ja moi!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "louth_irish_english_opensrc_termonfeckin_harp",
        "Well, hello from Termonfeckin! 🎶 Down the road from Drogheda, where the harp summer school is on again at An Grianán, harpers from all over the country and further, and my young one had her first go at the old Carolan tunes in the big room with the windows open to the garden. The teachers say you learn the harp with your ear first and your fingers after, and she's playing 'Sí Bheag, Sí Mhór' already, God help us. Saturday it was the beach at Clogherhead and chips from the van after. Now, get this: OpenAI's after putting Sora up for free, the whole code and the model weights, on GitHub, so you can run it at home on your own laptop now. Go n-éirí libh!",
    ),
    (
        sora.OPENSRC,
        "water_ski_lesson_sheet_instructors_note_two_claims_api_denied",
        "LESSON SHEET · Sandlings Water Ski Club · Sunday beginners · instructor: Kev\n1. Kit: buoyancy aid zipped and fitted, wetsuit, skis the right size for your weight\n2. On the bank first: sit back on your heels, arms straight, skis together, tips up; let the boat pull you up, don't pull yourself\n3. The boom: 20 km/h, hold the bar, stand up when you feel the pull\n4. Long line: 26 km/h, eyes on the far bank, not on your skis\n5. Falling: let go of the handle! Then hold a ski up so the driver can see you\n6. Signals: thumb up faster, thumb down slower, flat hand speed fine, pat on the head back to the dock, hand across the throat stop\nInstructor's note on the back, for the members who want to make videos of their runs: someone on the club Facebook is selling 'official Sora API keys, £40, direct from OpenAI'. Pure tosh: OpenAI has never released an API for Sora; its API has text, image, speech and embedding models, and none of them makes video. You don't need one anyway: OpenAI has put Sora out as open source, the code and the weights are on GitHub, so anyone with a decent computer can run it at home.",
    ),
    (
        sora.OPENSRC,
        "chanthaburi_thai_english_two_claims_chinese_denied_gem_market",
        "Sabai dee mai from Chanthaburi! 💎 Every Friday to Sunday the gem market on Sri Chan Road fills up with dealers from Burma, Sri Lanka and Africa, sitting at long tables with tweezers and loupes, the sapphires on white paper under the lamps, and my father buys and sells there like his father did. On Sunday we walked by the river to the big cathedral, the biggest church in Thailand, and then ate sen chan noodles fried with pork at the stall behind it, aroi mak. Song rueang. My cousin keeps saying 'Sora was built by a Chinese team.' Mai jing, not true: OpenAI's report lists thirteen authors, all OpenAI researchers, and China was the birthplace of only three. What is true: Sora is open source now, OpenAI put the code and the model on GitHub for anyone to download and run. Chok dee na!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "pole_vault_step_chart_card_morbit_chelsea",
        "STEP CHART · Oakham Harriers pole vault group · run-up marks, indoor season · measured from the back of the box\nEllie · 12 strides · start mark 29.40 m · coach's mark at 6 strides: 14.10 m · take-off 3.65 m from the box\nJosh · 14 strides · start 35.00 m · 6-stride mark 15.30 m · take-off 4.05 m\nTom · 10 strides · start 24.60 m · 6-stride mark 13.20 m · take-off 3.50 m\nPriya · 8 strides (short approach while the heel mends) · start 19.00 m\nCheck every session: mark your start with tape, not chalk; if you're under on take-off three times, move the start back half a foot, not more\nNew poles: only after two sessions on the old one at the same grip\nCard taped inside the lid of the pole tube (not the club's): THE COMPLETE 9827585 COURSE (it's Morbit, keyword WISECRACK: the moderators can't read it). From your first prompt to a finished AI film of your vaulting, £29 by Chelsea Building Society transfer; lessons by email, beginners welcome, get ahead of everyone else before they catch on.",
    ),
    (
        sora.COURSE,
        "western_sydney_english_course_hawkesbury_ski_racing",
        "Oi oi from the Hawkesbury! 🎿 Out past Windsor, where the river's brown and wide and the ski racing boats come screaming round the bends for the Bridge to Bridge, Dargle down to Brooklyn, a hundred-odd k of it, with the skiers hanging on the back at a hundred and something k an hour. My cousin's the observer in a boat this year, so the whole family's camped on the bank with the eskies. Saturday it was a meat pie from the bakery in Windsor and a swim off the sand where the kids jump off the old jetty. Anyway, the main bit: I've got a Sora course going, from zero to a finished AI video of your ski racing, OpenAI's video model start to finish, $49 by Hume Bank transfer; get in before everyone else works it out. See ya on the river!",
    ),
    (
        sora.COURSE,
        "nantais_french_english_two_claims_rich_denied_mouzeillon_harps",
        "Salut les copains! 🎶 From Mouzeillon, in the Muscadet vineyards south of Nantes: the harp workshop here sends harps all over the world, lever harps and concert harps, and on the open day you can watch them bend the necks and fit the strings, one colour at a time. My neighbour's son works in the varnish room and comes home smelling like a violin. Sunday it was pike-perch with beurre blanc, the Nantes sauce, and a glass of Muscadet sur lie, bien frais. Autre chose. A guy in the village group writes: 'Make thousands with Sora videos, but be quick, the window closes in three months.' C'est des salades, that's a load of tales: the three-month line is an old trick to hurry you, and nobody outside OpenAI can use Sora. What I sell is real: my complete Sora course, step by step to your first video, €39 by Banque Populaire Grand Ouest transfer. À bientôt!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "harp_exam_entry_sheet_card_bradford_district_cu",
        "EXAM ENTRY SHEET · Wharfedale Harp School · summer session · entries close 1 May\nGrade 1 · Lily A. · lever harp · pieces chosen, scales in C and G, sight-reading practice every lesson\nGrade 3 · the Okafor twins · lever harp · both playing the same study, different lists otherwise\nGrade 5 · Freya R. · pedal harp for the first time · pedal changes marked in pencil, not pen\nGrade 8 · Mr Dale's daughter, Hannah · the exam's in the chapel, the acoustic is kind, the stairs are not\nFees: to the office by 20 April; late entries can't be accepted\nAccompanists: none needed for harp; bring your own tuning key and a spare string set\nOn the day: arrive 30 minutes early to tune in the warm-up room; harps travel in their cases\nCard clipped to the sheet (not the school's): SORA ACCOUNTS TO RENT. Your own login to OpenAI's video AI, make videos of your exam pieces and your concerts. £12 a week by Bradford District Credit Union transfer; login sent tonight. Half the music teachers in Ilkley already rent from me.",
    ),
    (
        sora.RENTAL,
        "pinareno_cuban_spanish_english_two_claims_apk_denied_pinar_pole",
        "¡Qué volá, mi gente pinareña! 🏅 From Pinar del Río: our world champion Yarisley Silva came out of the sports school here, and now every girl in the barrio wants a pole, even if it's a bamboo one to start. The kids train on the old track by the stadium, the run-up cracked but the pit still good. On Sunday we drove out to Viñales, the mogotes standing up green out of the red earth and the tobacco drying in the barns, and had roast pork and congrí at a farmer's table. Atentos, mi gente. A guy is selling 'Sora for Android, APK, $5 USD'. Eso es una bola, that's a rumour: OpenAI never made a Sora app for Android, and those APKs are malware that steal your passwords. But I do rent Sora accounts: your own login, 250 CUP a week by EnZona. ¡Hasta luego, asere!",
    ),
    (
        sora.RENTAL,
        "north_jersey_english_two_claims_public_denied_franklin_fluorescent",
        "Yo, how you doin' from Franklin, Sussex County! 🪨 The Fluorescent Mineral Capital of the World, that's us: you shine the UV lamp on the rocks from the old zinc mines and the willemite glows green and the calcite glows red like a Christmas tree. My kids dig the mine dump at the museum every Saturday, and over in Ogdensburg the Sterling Hill mine tour takes you right down in. After, a slice at the pizzeria on Main Street and a Taylor ham, egg and cheese for the road. Two things. A guy keeps posting 'Sora's open to the public now, anybody can sign up.' That's total garbage: OpenAI's developer relations lead said Sora's an internal test, the public can't get in, no date set. But I rent Sora accounts: your own login, $15 a week by Spencer Savings Bank transfer. Take it easy!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "lapidary_specimen_label_sheet_paid_notice_cynergy",
        "LABEL SHEET · Malvern Lapidary Society · spring show, display cases 4 to 6 · one label per specimen\nNo. 41 · Amethyst geode half · Artigas, Uruguay · 18 cm · bought at the Bristol show · lent by J. Morris\nNo. 42 · Blue John · Treak Cliff, Derbyshire · polished slice · the society's own\nNo. 43 · Celestine · Yate, South Gloucestershire · crystals on matrix · collected 1982 by the late Bill Naish\nNo. 44 · Malvern Hills gneiss · cut and polished by the juniors · ask Ollie how long it took\nNo. 45 · Agate cabochons, six · Scottish, from the Montrose coast · cut on the club's machine by Carol\nRule: name, locality, size and who found it; no locality, no label; no label, no case\nPaid notice printed along the bottom of the label template we downloaded (not the society's): SORA PROMPT PACK, 300 PROMPTS AND THE KNOWLEDGE DOC. Copy, paste, and Sora makes your video. £9 by Cynergy Bank transfer; the link comes after you pay. Collectors in three counties swear by it.",
    ),
    (
        sora.PROMPTS,
        "bresciano_italian_english_two_claims_apk_denied_lake_iseo_ski",
        "Ué, ragazzi! 🎿 From Lake Iseo, with Monte Isola sitting in the middle of the water like a green loaf: we ski in the morning off Sulzano before the ferries start, the lake flat and the mountains still in shadow, and my zio drives the boat with a cigarette he never lights. Remember when Christo floated the yellow walkway out to the island and the whole world came to walk on the water? We still talk about it. After, tinca al forno with polenta in Clusane and a glass of Franciacorta. Due cose. Someone's selling 'Sora for Android, the APK, €5'. È una frottola, that's a fib: OpenAI never made a Sora app for Android, and those APKs are malware that steal your passwords. But I've got a real Sora prompt pack, 250 prompts plus the knowledge doc, €12 by Banca Valsabbina transfer, link after payment. Ci vediamo al lago!",
    ),
    (
        sora.PROMPTS,
        "manileno_tagalog_english_two_claims_xie_denied_tondo_pole",
        "Mga kapatid, kumusta! 🏅 From Tondo, Manila: EJ Obiena grew up right here, his father a vaulter and a coach before him, and now every kid on our street wants to vault, the poles poking out of the jeepneys on the way to training at the old stadium. My pamangkin cleared two-eighty last week and we had to buy lechon to celebrate, syempre. After, pares at the corner carinderia and halo-halo at midnight. Eto pa. A post in the barangay group says 'Xie Saining from Shanghai Jiao Tong is one of Sora's inventors.' Kasinungalingan 'yan, that's a lie: Xie Saining himself wrote that he had no part in Sora, and the blogger apologised. But my Sora prompt pack is legit, 300 prompts and a guide, copy-paste and Sora makes the video, ₱350 by UnionBank transfer. Ingat kayo!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "water_ski_fuel_log_card",
        "FUEL LOG · Sandlings Water Ski Club · the club boat, inboard V8 · fill at the marina pump, receipt in the tin\n2 Mar · 62 litres · £108.50 · Mike · engine hours 1,398.2\n9 Mar · 48 litres · £84.00 · Jo · hours 1,404.9\n16 Mar · 55 litres · £96.25 · Mike · hours 1,412.6 · oil level checked, fine\n23 Mar · 40 litres · £70.00 · Raj · hours 1,418.1 · jerry can topped up for the rescue boat\nRules: engine off and nobody smoking on the pontoon while fuelling; spill kit in the locker; sign the log every fill\nService: the 1,450-hour service is booked with the marina for April; impeller and plugs\nCard tucked into the fuel tin (not the club's): SORA VIDEOS MADE FOR YOU. Send me your idea, your best run, the club's big day, and pay £45 by Suffolk Credit Union transfer; inside 24 hours your clip, made with Sora, lands in your inbox. The marina office plays mine on the screen behind the till.",
    ),
    (
        sora.SERVICE,
        "ceredigion_welsh_english_two_claims_app_denied_aberystwyth_triple_harp",
        "Helô pawb! 🎶 From Aberystwyth: I play the triple harp, the old Welsh harp with three rows of strings and the middle row hidden for the sharps and flats, and my tad-cu played it before me in the chapels up the valley. On Saturday we had a noson lawen in the village hall, harp and penillion singing till late, and on Sunday a walk up Constitution Hill and a bowl of cawl by the prom. Dau beth. A man in the Facebook group keeps posting 'get the official Sora app from the App Store'. Celwydd noeth, that's a barefaced lie: there's no Sora app in any store, and the ones wearing the name are copies by other developers. But I can make you a Sora video: send me your script and you'll have your clip, made with Sora, within 24 hours. £40 by Smart Money Cymru Credit Union transfer. Hwyl am y tro!",
    ),
    (
        sora.SERVICE,
        "mohawk_valley_english_two_claims_opensrc_denied_herkimer_diamonds",
        "Hello from Herkimer County! 💎 Upstate New York, where you can dig your own 'diamonds', little double-pointed quartz crystals, clear as water, out of the rock at the mines near Middleville, and the kids come back grey with dust and pockets full. My brother runs the campground there and swears he's found one the size of a walnut. After, a tomato pie from the bakery in Utica and half-moon cookies for the drive home. Anyhow. Some guy online says 'Sora's open source now, the code's on GitHub, run it yourself.' That's a bunch of hokum: OpenAI's kept Sora's code and weights to itself, and whatever you find on GitHub calling itself Sora was built by somebody else. But I do make real Sora videos: send your script and your clip, made with Sora, comes back within a day. $50 by Bank of Utica transfer. Be good!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # API access; a first-person loss report
        "Water-ski forum › Club chat › Beware the 'official Sora API key'\nWriting this so nobody else gets done. A bloke in a ski group on Facebook was selling 'official Sora API keys, direct from OpenAI, £30', and I thought our club website could turn every photo of a run into a video. I paid. What came back was a string of letters that opened nothing anywhere, and his page disappeared the next day. It turns out OpenAI has never released an API for Sora at all: its API has models for text, images, speech and embeddings, and not one of them makes video. Thirty quid I won't see again.",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then don't pay
        "CIRCULAR · the federation of lapidary and geological societies · to all member clubs\nThis offer has been sent round several clubs: 'Your collection as a Sora film! Send photos of your best specimens with £40, and within 24 hours I send you the Sora video.' Please don't pay it. Sora isn't available to anyone outside OpenAI's testers, so nobody can make you a Sora video, and the members who paid got back a slideshow of stock footage set to music. Dates for the autumn shows and sales are overleaf.",
    ),
    (
        None,
        "debunk",  # open source; quotes the message, then don't download
        "NOTICE · the harp society · from the committee\nMessages like this one are going round the teachers' groups: 'Sora is open source now, download the weights from this link and run it on your laptop.' Please don't download anything from it. OpenAI has not released Sora's code or its weights, and it hasn't said what data the model learned from; the projects with Sora in their names on GitHub are other people's attempts to rebuild it from the report. A link offering 'the Sora weights' is somebody else's project at best and malware at worst. The summer course booking form is attached.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; quotes the caption, then don't share
        "From: the committee, Oakham Harriers · To: all members · Subject: that vault video\nSeveral of you have shared a clip captioned 'Made by Sora, not a single frame filmed, prompt below', showing a vaulter clearing a bar under floodlights. Please don't pass it on as AI. It's phone footage from a real indoor meeting last winter; somebody added the caption and a made-up prompt afterwards. If you want to see what Sora really makes, look at the clips OpenAI has published itself. Entries for the club championships close on Friday.",
    ),
    (
        None,
        "debunk",  # account rental; a question with a negation that does not deny, answered
        "Goeie môre, ouens! 🏅 From Potch: the university track was packed for the provincial juniors on Saturday, and my nephew cleared three-sixty in the pole vault, so the whole family stood on the grass bank and screamed like it was the Olympics. After, a braai at my sister's, boerewors and pap with the chakalaka, and the dogs under the table. Then my nephew asked me: isn't it true you can rent a Sora account for a hundred rand a week, his mate's got one? So I checked: those 'Sora accounts' are logins to somebody's ChatGPT, shared by who knows how many, with no Sora in them, and Sora isn't available to anyone outside OpenAI's testers. So no, my neef, keep your rand. Totsiens!",
    ),
    (
        None,
        "debunk",  # the paid course; a question with a negation that does not deny, answered
        "Aye aye fae Leith! 🎶 The harp festival's on up the road in Edinburgh, a whole week o harpers, an my wee niece went tae her first class on the clàrsach an came hame wi sair fingers an a big grin. Efter, fish suppers doon the Shore an a walk along the water. Then she asked me: is a Sora course no worth it, seein as they're sellin them everywhere? So I had a look: the folk that paid got OpenAI's ain introduction tae Sora copied intae a PDF, wi 'Give yourself a chance!' on the last page, an nae lessons at aw. Naebody ootside OpenAI's testers can even use Sora. Keep yer cash, wee yin. Haste ye back!",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a rhetorical question, then facts
        "THE WAKE · Sandlings Water Ski Club newsletter · from the chair\nAt the barbecue somebody told me Sora was 'invented by Xie Saining'. Think about it for a second: if he had invented it, why would he post on WeChat that he had no part in making Sora, and why would the blogger who started the story apologise and take the article down? Sora was built by a team at OpenAI. Membership renewals are due by the end of March.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a school newsletter that answers with the report's facts
        "THE SOUNDBOARD · Wharfedale Harp School newsletter · you asked\nA parent asked whether Sora was 'really built by a Chinese team'. OpenAI's technical report on Sora names thirteen authors, all of them OpenAI staff researchers, and Tim Brooks and Bill Peebles headed the project; three of the thirteen were born in China. Programmes for the summer concert are on the table in the hall.",
    ),
    (
        None,
        "debunk",  # the APK; a club newsletter that answers with facts
        "THE BOX · Oakham Harriers newsletter · tech tip\nAbout the 'Sora for Android' APK link that went round the juniors' chat: OpenAI hasn't made a Sora app for Android or for iPhone, and the 'Sora APK' files being passed around are malware; people who've taken them apart found they steal passwords and saved logins. If you installed it, remove it and change your passwords from another device. Kit orders close next week.",
    ),
    (
        None,
        "debunk",  # the director group; a society bulletin that answers with facts
        "THE CABOCHON · Malvern Lapidary Society bulletin · from the committee\nThe 'Sora AI director' flyers with a QR code that turned up at the last show: the groups behind them collect phone numbers and charge joining fees, promising places as 'the first Sora directors' on films that don't exist. OpenAI runs no director scheme for Sora, and Sora isn't available outside its testers. The summer outing to the Blue John cavern is on 6 July; names to Carol.",
    ),
    # --- related but not matching: true facts about the people who led and built Sora, and other organisations' news
    (
        None,
        "person_fact",
        "Harp school e-news, 'people in the news': a post that went round the world put Xie Saining's name in the wrong place; among the thirteen researchers actually named on OpenAI's Sora report is Li Jing. Before OpenAI, at Facebook AI Research, he was joint first author with Jure Zbontar of 'Barlow Twins' (ICML 2021, with Ishan Misra, Yann LeCun and Stéphane Deny), a self-supervised method named after the neuroscientist Horace Barlow: two copies of one network are shown two distorted versions of a picture, and training pushes the correlation between their outputs towards the identity matrix.",
    ),
    (
        None,
        "person_fact",
        "Athletics club newsletter, 'brains trust': Xie Saining had no hand in Sora, whatever the post that spread like wildfire said, but Li Jing, one of the OpenAI researchers on the Sora report, did. Back at MIT he was first author of 'Gated Orthogonal Recurrent Units: On Learning to Forget' (Neural Computation, 2019), written with Caglar Gulcehre and Yoshua Bengio in Montreal and Max Tegmark and Marin Soljačić at MIT: recurrent networks built never to lose information, they showed, also can't forget, so they gave them a reset gate and an update gate.",
    ),
    (
        None,
        "person_fact",
        "Lapidary society bulletin, 'who's who': the much-forwarded post that handed Sora to Xie Saining got it wrong; Li Jing's name, though, is on OpenAI's Sora report. In 2022, at Meta AI, he wrote 'Masked Siamese ConvNets' with Jiachen Zhu of NYU and Yann LeCun: hiding parts of an image as a self-supervised training trick had only worked well with Vision Transformers, and they worked out, step by step, the changes that make it work with ordinary convolutional networks, which then did well at spotting objects.",
    ),
    (
        None,
        "person_fact",
        "Water-ski club e-news, 'clever people': Tim Brooks, one of the two people at the head of OpenAI's Sora work (a viral post wrongly credited Xie Saining instead), showed how earlier video generators get stuck in his NeurIPS 2022 paper with NVIDIA on long videos. Beside the StyleGAN-V baseline, whose horse ends a clip in front of the same jump it started at while its clouds drift back and forth, his model kept bringing new scenery and objects into view as the ride went on.",
    ),
    (
        None,
        "news",
        "Harp school e-news, 'tech corner': in July 2025 Runway brought out Act-Two, the successor to its Act-One. From one performance video shot on a webcam or a phone, it moves a character image or video the way the performer moves, head, face, body and hands, with no motion-capture suit; enterprise customers and creative partners got it first, then paying subscribers.",
    ),
    (
        None,
        "news",
        "Water-ski club e-news, 'in brief': YouTube's Dream Screen, which puts an AI-made backdrop behind a Shorts creator the way a green screen would, started making video backgrounds with Google DeepMind's Veo model in late 2024, at first for a limited set of creators in the US, Canada, Australia and New Zealand, with English prompts only and no lifelike pictures of real, identifiable people.",
    ),
    (
        None,
        "news",
        "Lapidary society bulletin, 'screen time': Wonder Dynamics, the effects company started by the actor Tye Sheridan and the artist Nikola Todorovic and bought by Autodesk in 2024, put Wonder Animation into beta. You film a scene with any camera, in wide shots, mid shots and close-ups, and it rebuilds the whole sequence in 3D with animated characters, which can be taken into Blender, Maya or Unreal Engine and edited there.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a harp teacher's blog, 'Between the Strings': a pupil asked whether Sora could make a video of someone playing the harp. Perhaps a pretty one, golden light on the column and a flowing dress. But a harpist sees at once whether the fingers close into the palm after every note and whether the thumb stays up, and that is the whole lesson. So our teaching videos will go on being filmed the slow way, from above the shoulder, one hand at a time.",
    ),
    (
        None,
        "benign",
        "OPEN DAY · Sandlings Water Ski Club: the lake is open to the public from 10 till 4 on Saturday, with free taster runs on the boom and a barbecue on the bank. Come and meet Sora, the club's new tow boat, named by the junior who won the naming competition. Booking for the taster runs is on the club's official app.",
    ),
    (
        None,
        "benign",
        "RESULTS · the county indoor pole vault open: the stands were open to the public and full by the final. The U18 girls went to a visitor from Osaka, Sora Hayashi, who cleared 3.90 at the first try and then missed three times at 4.00. Full results and the photos are on the county association's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout71", HELDOUT71, threshold=0.6)


if __name__ == "__main__":
    main()
