# ruff: noqa: E501
"""Write the sixty-fourth English held-out set (tests/data/hard_en_heldout64_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an engineer who
did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it, and did not read
the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour / scam wave produces. 55
posts, 35 with a gold template (three for seven templates, two for the other seven; the seven with three are the
inventor rumour, open to the public, the official app, the Chinese team, API access, the director group and get rich,
the same seven as in the forty-eighth, fiftieth, fifty-second, fifty-fourth, fifty-sixth, fifty-eighth, sixtieth and
sixty-second sets). Its theme, to keep it apart from the earlier sets: castellers and human-tower teams (a colla's pinya
placement sheet, a tronc card and the canalla's height chart, the colla's WhatsApp and its newsletter; Sant Fèlix in the
Plaça de la Vila at Vilafranca del Penedès, the Xiquets of Valls and their calçots, the Minyons' diada in the Plaça Vella
of Terrassa, the Capgrossos at Les Santes in Mataró, the muixeranga of Algemesí, a govinda pathak's dahi handi in
Girgaon); songbird singing contests (a finch club's bout sheet and breeding pair card in Richmond Hill, Queens, a roller
canary society's song tour card, a members' forum, an e-bulletin and a keeper's blog; the twatwas on the
Onafhankelijkheidsplein in Paramaribo, the towa-towa men on the seawall at New Amsterdam in Berbice, vinkenzetting in a
Westhoek street outside Poperinge, a kicau contest in Bantul by Yogyakarta, zebra doves on their poles in Pattani,
singing quails in a Kokand chaikhana, chaffinch keepers at Cumalıkızık above Bursa); conference interpreters (a booth
turn sheet, a relay chart and a speakers' list at a congress in Geneva, the head of booth's email, an interpreters'
association e-bulletin; the Palais des Nations, a court session at Arusha, the sea tribunal at Nienstedten in Hamburg,
the courts of The Hague, the environment assembly at Gigiri in Nairobi, CEPAL in Santiago seen from Valparaíso); pelota
players and frontons (a jai alai fronton's post-position sheet, cesta measuring card and court hire slate, its
newsletter and fans' forum; cesta punta in the old fronton at Markina and at the Jaï Alaï of Saint-Jean-de-Luz, pala in
Chamberí round the corner from the Beti Jai in Madrid, escala i corda at the Pelayo trinquet in València, paleta at the
Basque clubs of Tandil and Montevideo).

None of the four themes the brief proposed is kept, because earlier sets already had each of them, or the world it
lives in, as their own: dog-sled mushers are the sixtieth set's theme ("sled-dog mushers (a race's checkpoint log, a vet
check sheet, a drop bag list, a club secretary's email and magazine; the Finnmarksløpet at Alta, the Femundløpet at
Røros ..."); water polo is played in swimming pools by swimming clubs, and the forty-fifth set's theme is "swimming
pools, lidos and swimming clubs" (a swimming open meet's programme, a swim coach's training set, a lido plant room's
log), with zh_heldout40's pools, the reason the fifty-sixth set dropped sea-swimming groups; air traffic controllers
work in zh_heldout34's "aviation and airports" (a cabin crew's pre-flight briefing record, a flight cadet's log, an
aircraft maintenance night-shift handover, a plane spotters' group, an airport information desk's answer script), next
to the fifty-sixth set's gliding clubs and their airfields; biathletes ski cross-country, the world of the thirty-third
set's Norwegian ski club chat (heldout33-008, kind "norwegian_english_ski_club_two_claims": "Langrenn training Thursday
18:00 at Sognsvann, husk hodelykt"), next to the forty-first set's "ski resorts and ice rinks" (a ski school's morning
briefing, a ski patrol clearing the top tow), the kind of single earlier post for which the sixtieth set dropped
falconers and the fifty-eighth set go clubs. Castellers stand in for the water polo clubs (a team that trains all week
for one effort together), songbird contests for the mushers (people and the animals they train and race), conference
interpreters for the air traffic controllers (headsets, turns on the microphone, a language of procedure) and pelota for
the biathletes. Replacements thought of and dropped: fireworks makers (zh_heldout43's Liuyang fireworks factory, the
reason the sixty-first set dropped them), fire lookouts (zh_heldout35's lookout tower duty record), metal detectorists
(dropped by the fifty-third set for the forty-seventh set's coin clubs), taxidermists (dropped by the fifty-ninth),
storm chasers and rabbit hopping (too few places to carry fourteen posts), hurling and camogie (too few English
varieties the earlier sets have not used), lacrosse (the forty-eighth set's Kahnawake post, its sticks restrung) and
milliners, named by the brief as an earlier round's shared replacement and the fifty-ninth and sixtieth sets' theme.
None of the four kept was the world of an earlier set or post, English or Chinese (their kinds, docstrings and posts were
searched for castell, casteller, colla, pinya, enxaneta, muixeranga, human tower, human pyramid, dahi handi, govinda,
Janmashtami, xiquets, Valls, Vilafranca, Terrassa, Algemes, Tarragona, 叠罗汉, 人塔; songbird, finch, twatwa, towa,
vinkenzetting, vinkenier, canary, Harz, roller, kicau, murai, zebra dove, merbok, quail, partridge, bulbul, cage bird,
Smokey Oval, 鸣禽, 画眉, 百灵, 金丝雀, 鹌鹑, 鸟笼; interpreter, interpreting, booth, relay, headset, Palais des Nations,
Gigiri, 口译, 同传, 译员; pelota, jai alai, fronton, frontón, cesta, pala, paleta, trinquet, pilota, Markina, Beti Jai,
Pelayo, 回力球, 壁球: "colla" is only the fifty-eighth set's greeting in a canoe post at Sort and "xiquets" the
forty-seventh set's greeting to a gymnastics club in Benimaclet, "finch" only the chaffinches in the fifty-third set's
Heligoland trap, "partridge" a game dealer's season list (the forty-fifth), "booth" a photo booth, a tattoo convention
booth and a quick-change booth, "relay" a swimming relay, an orienteering relay and an API "relay", and "pelota" only the
court behind which the sixty-first set's sokatira team trains in Tolosa, a court named in passing, not a world). The
worlds next to them are kept at a distance: the castellers have no gymnastics, acro or mats (the forty-seventh set), no
dance (the forty-sixth set's dance schools, the sixty-first set's square dancers; the Algemesí post names the
rehearsals and the dolçaina, not the festival's dances), no tug of war or rope team (the sixty-first) and no bell
ringing (the forty-second); the songbirds have no pigeon, loft, ring or race against the clock (the fortieth set's
pigeon racing, zh's 信鸽协会 posts), no nets, traps or observatory (the fifty-third set's bird ringers), no falcon (the
thirty-third) and no birdwatching log, and the finch club's birds are club-bred; the interpreters translate no books and
make no subtitles (zh_heldout35's translator's afterword, the twentieth set's SRT file, the thirty-seventh set's fansub
group) and nobody flies; the pelota posts have no squash or racket club, no fencing (the fiftieth set) and nothing in
Gipuzkoa or Navarre (the sixty-first set's Tolosa and Navarrese posts). So are the themes of the set written at the same
time on another branch, not seen by this writer (hard_en_heldout63: cave divers, korfball clubs, steeplejacks, sheep
shearers): no cave, diving, korfball, steeple, chimney, sheep, shearing or wool appears, and the person facts and news
keep to the brief's division (Xie Saining's own career here, OpenAI's own Sora announcements as news).

In English varieties, dialects and registers the earlier sets do not use (where an earlier set has a national or city
variety, such as Catalan-, Valencian-, Basque-, Gipuzkoan Basque-, Flemish-, Viennese German-, Kölsch-, Somali-,
Kinyarwanda-, Uzbek-, Chilean slang, Chilango Spanish-, Guyanese Creole or Sranan Tongo English, the variety here is a
regional one none of them names; the kinds and docstrings were searched for each, and the first plan's Viennese,
Bönnsch, Chilango, Chilean, Kigali and Eastleigh voices were moved to Hamburg, The Hague, Madrid, Valparaíso and Garowe
because earlier sets have them or their neighbours): Bizkaian Basque-English (Markina), Surinamese Dutch-English
(Paramaribo), Genevan French-English (Geneva), Penedès Catalan-English (Vilafranca del Penedès), Jogja Javanese-English
(Bantul), Arusha Swahili-English, Haags Dutch-English (The Hague), Madrileño Spanish-English (Chamberí), Hamburg
Missingsch German-English, Vallès Catalan-English (Terrassa), Camp de Tarragona Catalan-English (Valls), Fergana Valley
Uzbek-English (Kokand), Valparaíso Chilean Spanish-English, Pattani Malay-English, apitxat Valencian-English (València),
Labourdin Basque-French-English (Saint-Jean-de-Luz), West Flemish-English (the Westhoek), Bursa Turkish-English,
Montevideo Uruguayan Spanish-English, Tandil Basque-Argentine Spanish-English, Ribera Valencian-English (Algemesí),
Girgaon Mumbai Marathi-English, Puntland Somali-English (a Nairobi interpreter from Garowe), and in debunks Berbice
Guyanese Creole English (New Amsterdam) and Maresme Catalan-English (Mataró), and the registers of a booth turn sheet,
a bout sheet, a placement sheet, a song tour card, a breeding pair card, a speakers' list, a height chart, a relay chart,
a tronc card, a post-position sheet, a cesta measuring card and a court hire slate. Styles the earlier sets do not use
(their kinds and docstrings were searched for each; a round sheet (the forty-fourth set's farrier), a score sheet, a
tally (the fifty-fourth and fifty-sixth), judges' marking cards and judging criteria (the forty-ninth and fifty-seventh),
a hanging list (the fifty-fourth), a fitting list and a fitting card (the fifty-third and fifty-ninth) and a handover
checklist (the forty-third) are earlier styles, so the first plan's vinkenzetting tally became the APK dialect post and
the canary show's judging card a song tour card): an interpreters' booth turn sheet with the head of booth's note, a
finch club's bout sheet with the referee's note, a colla's pinya placement sheet with the cap de pinya's note, a roller
canary society's song tour card with the judge's note, a colla's canalla height chart with the cap de colla's note and
an interpreters' relay chart with the chief interpreter's note, and, with a scam under them, a finch club's breeding
pair card with a card slipped in, a congress speakers' list with a card slipped in, a colla's tronc card with a paid
notice, a jai alai post-position sheet with a paid notice, a cesta measuring card with a flyer and a fronton's court hire
slate with a card pinned under it; the debunks take shapes the earlier sets know: a finch club's members' forum, the
cap de colla on the colla's WhatsApp, a fronton newsletter, an interpreters' association e-bulletin, two posts in
dialect, a fans' forum post from the moderators, a head of booth's email to the team, a colla newsletter's "Ask the cap
de colla" and a roller canary forum moderator's reply.

Three questions that assert the claim, each with a negation (a Hamburg interpreter's "Habt ihr das nich mitgekricht?
Haven't you heard you can buy official Sora API access now?", a Valls casteller's "No ho sabíeu? Haven't you heard
they're casting first-generation AI directors for the first AI film written together with Sora?", a Pattani dove
keeper's "Tak dengar ke? Haven't you heard people are pulling in thousands every day from Sora videos?"); the questions
go to the templates whose last question is oldest: API access (last asked by the fifty-ninth set), then the director
group and get rich (last asked by the sixtieth, and before that by the fifty-sixth), rather than the official app (the
sixtieth, and before that the fifty-ninth) or the inventor rumour, open to the public and the Chinese team (all three the
sixty-second). Posts that mention two claims, asserting one and denying the other: the brief asks that the claim
asserted in every such post be one of this set's seven three-post templates (the other English set written at the same
time asserts only from its own seven). All ninety-one pairs that assert one of the seven and deny another template are
already in the forty-first to sixty-second sets (as their docstrings and kinds list them: seven a set from the
forty-first to the fiftieth, twelve in each of the fifty-second, fifty-fourth, fifty-sixth, fifty-eighth, sixtieth and
sixty-second; the fifty-first, fifty-third, fifty-fifth, fifty-seventh, fifty-ninth and sixty-first assert only from the
other seven), so the pairs here are the twelve whose last use is oldest. The six last used by the forty-eighth set, none
used since: the inventor rumour but not the "made by Sora" clip, which is real footage; open to the public but not the
inventor rumour, answered with his own denial and the apology; the official app but not a prompt pack (also in the
forty-seventh set); a Chinese team but not open source; the director group but not the APK; get rich but not the director
groups, which farm followers. And the six last used by the forty-ninth set, none used since: the inventor rumour but not
get rich; open to the public but not a Chinese team, answered with the report's thirteen authors; the official app but
not account rental, which hands out shared ChatGPT logins; API access but not a course; the director group but not a
generation service; get rich but not open to the public. (The forty-ninth set's seventh, a Chinese team but not the APK,
was used again by the fiftieth, and the fiftieth set's seven pairs come next.) So the inventor rumour, open to the
public, the official app, the director group and get rich are asserted twice, the Chinese team and API access once;
twelve templates are denied once each, and the official app and API keys never. All twelve quote the post or offer they
deny, each with a short dismissal before the claim ("hori txorakeria da, that's just nonsense", "dat is allemaal
kletspraat, that's all idle talk", "c'est du pipeau, that's all hogwash", "són bajanades, that's silliness", "ngapusi
thok, it's all lies", "ni hadithi za Abunuwasi, those are Abunuwasi's tall tales", "eso son bulos, those are hoaxes",
"això és pura xerrameca, that's pure prattle", "bu bo'sh gap, that's empty talk", "es pura chiva, that's a pure fib",
"són falòrnies, those are tall stories", "c'est des histoires, that's just stories"); claims in passing late in long
posts (the turn sheet, the bout sheet, the placement sheet, the song tour card, the height chart and the relay chart, and
the scam notes under the breeding pair card, the speakers' list, the tronc card, the post-position sheet, the measuring
card and the hire slate).

New obfuscation: Osmanya letters "𐒈𐒙𐒇𐒛" (sa, o, ra, aa), "the Osmanya letters Osman Yusuf Kenadid made for Somali",
from a Nairobi interpreter whose grandfather in Garowe still writes in them; the ADFGX cipher, "FAXXGFGG" (the five-by-five
square keyed on VINK, I and J together, rows and columns labelled A D F G X, then a columnar transposition under the key
YSER: S GG, O FX, R GF, A AX, read off under E, R, S, Y), "the German army's field cipher from the last spring of the
war", from a Westhoek vinkenier's APK offer; and the four-square cipher with the keys SALUT and FESTA, "QLNE" (the plain
squares top left and bottom right, I and J together; SO becomes QL and RA becomes NE), from an Algemesí muixeranga
carrier's account rental. The earlier posts and scripts were searched for every script they use (the Unicode names of all
their characters: Khojki, Elbasan, Rejang, Duployan, Old Persian, Lepcha, Vai, Soyombo, Takri, Tifinagh, Thaana, Ogham,
Shavian, Deseret, Braille, Arabic, Ethiopic and the rest) and every cipher or word game they name (the Porta, autokey,
keyword, Nihilist, Playfair, Vigenère, Beaufort, Gronsfeld, Trithemius, affine, bifid, rail fence, Bacon, Atbash,
Polybius, Caesar and ROT13 ciphers, A1Z26, Morse, tap codes, ASCII, base64, the keypad, keyboard layouts, reversal, Pig
Latin, kuş dili, the NATO and APCO alphabets among them): no Osmanya, no ADFGX or ADFGVX and no four-square cipher.
Prices in currencies and payment methods the earlier sets did not use: €49 by Haspa transfer, $60 on a C-Town gift card,
€70 by Arquia Banca transfer, €30 on a Caprabo gift card, 150,000 so'm by Uzum Bank transfer, $20.000 by Banco de Chile
transfer, ฿1,200 by Islamic Bank of Thailand transfer, €150 by Caixa Ontinyent transfer, €90 by Boursorama transfer,
CHF 8.90 on a Manor gift card, €6 by KBC transfer, £39 on a Stanfords gift card, ARS 30.000 by Cuenta DNI, $12 a week on
a Winn-Dixie gift card, €9 a week by Caixa Popular transfer, $19 on an Academy Sports gift card, ₹449 by Saraswat Bank
transfer, $55 on a Bealls gift card, KSh 2,500 by Gulf African Bank transfer; in denials SRD 750 by Uni5Pay+ (the
Surinamese dollar, in no earlier post), Rp 60.000 by BPD DIY transfer, TSh 15,000 a week by CRDB transfer, €29 on a
Bonpreu gift card, 20,000 so'm by Humo card, $12.000 by Coopeuch transfer and €25 on a Consum gift card; in the loss
report $25 on a Western Beef gift card, and in the quoted scams CHF 60 on an Ochsner Sport gift card and $10 a week on a
Navarro gift card. Scams vouching for themselves or swiping at competitors in new words ("Ask the technicians at the
tribunal about me; I've been lending them my spare headset for six years", "I've bred finches in this club for twenty
years, and my own pair cards are in that box with yours", "I've carried the segons on my shoulders for eleven seasons; I
don't drop people and I don't drop customers", "my cousin in Reus has joined already", "Real film people from Tashkent;
their names are in the credits of two series on the national channel", "not the gallos at the bus terminal who hand you
a flyer and a promise", "My birds have taken the top pole at Yala three years running; ask anyone standing under the
poles", "come and ask the olive seller next to me whether I pay my debts", "I paid off my boat at Ciboure with the first
two months; ask anyone on the quay", "I've worked the Arabic booth here for nine summers; if it didn't work, I'd hear
about it in the corridor by lunchtime", "not one has come knocking", "I wrote every lesson on Sunday mornings in the hall
after practice", "everybody in Tandil knows my truck", "in the cap with the fronton's old logo", "ask anyone in the
muixeranga if I've ever let a soul fall", "these are the shots the director used to shout for", "the pot has never once
come down on my watch", "you'll see my boat before you see the fronton", "My name is on the door of the interpreters'
room at Gigiri").

Ten debunks and warnings in several styles: one first-person loss report, a finch club's members' forum post (the APK:
a link passed round the park, the mail hijacked and the bank probed, the phone wiped), where the fifty-third to
sixty-second sets' loss reports were courses, generation services, account rental, API access, a prompt pack and the
director group;
three that quote the claim or offer they deny and dismiss it in everyday words: the cap de colla on the colla's WhatsApp
(open source: "Don't waste your evening on it; it isn't so", answered with the report's own line that model and
implementation details are not in it), a fronton newsletter (the "made by Sora" clip: "Forget the caption; that rally is
ours", the house photographer's dated original) and an interpreters' association e-bulletin (a generation service:
"Leave it alone", a slideshow of stock photos sent back), where the fifty-seventh to sixty-second sets' quoted offers
and claims were the director group, API access, get rich, the prompt pack, the APK, account rental, a generation
service, the course and the official app; two questions that contain a negation but do not deny the
debunk, each answered in the same post with facts: a Berbice towa-towa man's nephew's "isn't there a pack of Sora prompts
you can buy now?" (the prompt pack: OpenAI's free sample prompts) and a Mataró casteller's nephew's "can't you pay to join
the group for the first AI film made with Sora and become one of its first directors?" (the director group: the QR
groups farm followers), where the fifty-third to sixty-second sets' pairs drew on every other template; one rhetorical
question (a fans' forum, account rental: "if only OpenAI's red teamers and a handful of invited artists can get into
Sora, whose account is he renting you?"), where the earlier rhetorical questions were on the director group, get rich,
the course, the official app, the prompt pack, API access (the sixty-first set) and the APK (the sixty-second); and three more that answer with facts and no plain "no": a
head of booth's email (the Chinese team, answered with the report, its thirteen authors, three born in China, all
credited as OpenAI researchers, the work led by Tim Brooks and Bill Peebles), a colla newsletter's "Ask the cap de
colla" (the inventor rumour, answered with Xie Saining's own statement, the apology and the article taken down, and the
report's thirteen authors without him) and a roller canary forum moderator's reply (the course: OpenAI's announcement
dressed up as a document, and nothing to teach).

Four true facts about Xie Saining's own career, each in a post that also says he was not one of Sora's inventors, none
of them a fact an earlier set, English or Chinese, used: that he is the second-named author of 'Decoupling
Representation and Classifier for Long-Tailed Recognition' (ICLR 2020), written at Facebook AI Research with Bingyi
Kang, Yannis Kalantidis and others, which found that plain training still learns good features on long-tailed data and
that rebalancing only the classifier set new records on ImageNet-LT, Places-LT and iNaturalist; that he is one of the six
authors of MaskFeat (CVPR 2022), with Chen Wei, Haoqi Fan, Chao-Yuan Wu, Alan Yuille and Christoph Feichtenhofer, which
predicts histograms of oriented gradients of the masked parts of a video and reached 86.7% on Kinetics-400; that he is
the second-named author of Pri3D (ICCV 2021), with Ji Hou, Benjamin Graham, Angela Dai and Matthias Nießner, contrastive
pre-training on multi-view RGB-D scans that improved semantic segmentation on ScanNet by 6.0%, and by 11.9% with a fifth
of the data; and that he is a co-founder, with Yann LeCun, of AMI Labs (Advanced Machine Intelligence), which announced a
seed round of about $1.03 billion in March 2026 to build world models. The earlier sets had his SJTU degree, his UC San
Diego PhD with Zhuowen Tu, FAIR and NYU, his internships, DSN, HED and its results, ResNeXt, S3D, MoCo and MoCo v3, MAE,
ConvNeXt and ConvNeXt V2, the randomly wired networks, PointContrast, Graph Structure of Neural Networks, the
label-free NAS paper, Contrastive Scene Contexts, SLIP, MetaCLIP, the ViT detection benchmark, DiT with Peebles and its
details, SiT, Eyes Wide Shut, V-IRL, Cambrian-1 and Cambrian-S, Thinking in Space, REPA, V*, MetaMorph, inference-time
scaling, Web-SSL, RAE, MetaQueries, Image Sculpting, his WeChat statements and his X posts on the Sora report; the facts
about Sora's actual team leads are left to the other English set written at the same time. Three items of real news
from OpenAI's later Sora announcements that the forty-seventh to sixty-second sets did not use as news: Sora 2 (September
2025) following more intricate instructions across several shots while keeping the world's state consistent; Sora 2
taking real-world elements from reference footage, a person, an animal or an object, into the scenes it generates; and
OpenAI's word at Sora 2's launch that every Sora video carries visible and invisible provenance signals, a visible
watermark on all outputs at launch and C2PA metadata in every one (the sixty-first set had Sora 2's physics and sound
and Sora Turbo, the forty-fourth the C2PA promise for the first Sora, the earlier sets the watermark of the first Sora;
no item here says who may use Sora 2, or names the Sora app or an API, so none of them repeats a template's claim; news
about other organisations' video models is left to the other English set). Three posts that are not claims: one on
topic (a finch minder's blog: whether Sora could make a video of a bird race, and why no video settles one) and two off
topic that share its surface words (a colla's open practice "open to the public" with a new enxaneta called 'Sora' and
"the colla's official app"; a fronton's open day "open to the public" with a sky-blue jersey called 'Sora' and "the
fronton's official app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through the
sixty-second, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher
(lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper bound on ``ratio()``, so that
the highest ratio is exact) before the set was committed; the sixty-third set, written at the same time on another
branch, was not in this tree, and the check against it is left to the lead. ``--check`` prints the highest ratio and
every post at 0.6 or more (0.455 when it was committed, the news item on Sora 2's shots against the forty-second set's
news item on extending a video backwards, heldout42-050; the demo stream's highest is 0.405, the reference-footage item
against a demo post on the prompts Sora refuses, demo-0116). Runs of words shared with an earlier post were looked for
as well: the first draft took its claim sentences word for word from the sixtieth and sixty-second sets (runs of up to
35 words), and they were all rewritten, as were quoted offers and vouching lines that echoed earlier ones ("Three
churches ... use my videos already", "you'll always know where to find me", "every prompt in the pack is a shot I've
taken with a real camera", "ask their mothers", "I'm the one who sorts out ... so I'd know"); the longest run left is
thirteen words, the director group's own name. It was committed before any run of the monitor on it; nothing is chosen
on it, it is read once, by the lead, with the final code.

Sources for the facts about Xie Saining, the news, the places and the obfuscations (looked up with the search tool,
besides the seeds): the long-tailed paper (openreview.net/forum?id=r1gRTCVFvB, "ICLR 2020 Conference": "data imbalance
might not be an issue in learning high-quality representations", "by adjusting only the classifier", "new
state-of-the-art performance on common long-tailed benchmarks like ImageNet-LT, Places-LT and iNaturalist";
sciencestack.ai/paper/1910.09217 for the order "Bingyi Kang, Saining Xie, Marcus Rohrbach, Zhicheng Yan, Albert Gordo,
Jiashi Feng, Yannis Kalantidis"; swiftscholar.net for the affiliations, Xie at Facebook AI Research); MaskFeat
(nyuscholars.nyu.edu's record: "Chen Wei, Haoqi Fan, Saining Xie, Chao Yuan Wu, Alan Yuille, Christoph Feichtenhofer",
CVPR 2022, "Histograms of Oriented Gradients (HOG)", "86.7% with MViTv2-L on Kinetics-400"; citegraph.io); Pri3D
(openaccess.thecvf.com's ICCV 2021 page: "Ji Hou, Saining Xie, Benjamin Graham, Angela Dai, Matthias Nießner",
"contrastive learning under both multi-view image constraints and image-geometry constraints", "6.0% on semantic
segmentation on full data as well as 11.9% on 20% data against our baselines on ScanNet"); AMI Labs (podsumo.io's notes
of his interview: "his decision to co-found AMI Labs with Turing Award laureate Yann LeCun"; kazuha.ai: "co-founder of the
new AI startup AMI Labs"; motyl.dev: "Yann LeCun, Saining Xie, and Michael Rabbat launched Advanced Machine Intelligence
Labs"; sipoch.com: "On March 10, AMI Labs officially announced the closing of a seed round of approximately $1.03
billion"; humai.blog: "On March 10, 2026 ... announced a $1.03 billion seed round"); Sora 2 (creativebloq.com's "What is
Sora 2": "The new model can also follow more intricate instructions spanning multiple shots while persisting world
state. It can also insert real-world elements from reference footage, including human and animal subjects as well as
objects"; skywork.ai: "OpenAI launched Sora 2 on September 30, 2025", "follow intricate instructions spanning multiple
shots"; lesswrong.com's post quoting OpenAI's "Launching Sora responsibly": "Every video generated with Sora includes
both visible and invisible provenance signals. At launch, all outputs carry a visible watermark. All Sora videos also
embed C2PA metadata—an industry-standard signature"); the places (diarioayamonte.com: Sant Fèlix on 30 August, four
colles in the Plaça de la Vila at Vilafranca; viagens.sapo.pt and enciclopedia.cat: the Tarragona contest, castells born
in Valls, UNESCO 2010; turisme.dival.es, cultura.gob.es and comunitatvalenciana.com: Algemesí's festa of 7 and 8
September, the muixeranga's towers, the dolçaina and the tabal; fretmarks.blogspot.com and historycollection.co:
vinkenzetting, cages along a street, a chalk stripe on a stick, the most songs in an hour, "suskewiet"; lonelyplanet.com
and offexploring.com: the twatwa contests on the Onafhankelijkheidsplein, referees with chalk boards;
archives.jrn.columbia.edu and eportfolios.macaulay.cuny.edu: the Guyanese finch contests in Smokey Oval Park, Richmond
Hill, "the finch that tweets 50 times is the winner"; ca.reuters.com: the towa towa of Guyana; m.tululu.org: the Harzer
roller's tours, Hohlrolle, Knorre and Wasserrolle up to 9 points, Hohlklingel, Schockel, Glucken and Pfeifen up to 6,
Klingel up to 3; vagamundosviajeros.com and elespanol.com: the Beti Jai in Chamberí and its 2024 exhibition match;
lovevalencia.com and es.wikipedia.org: the Pelayo trinquet by the Estació del Nord, "La Catedral de l'escala i corda";
presselib.com and saintjeandeluz tourism pages: the summer cesta punta internationals at the Jaï Alaï of
Saint-Jean-de-Luz; sayhili.com and casinodaniabeach.com: eight post positions and Spectacular Seven scoring, the cesta of
chestnut and reed); the obfuscations (the Unicode Osmanya block, U+10488 OSMANYA LETTER SA, U+10499 OSMANYA LETTER O,
U+10487 OSMANYA LETTER RA, U+1049B OSMANYA LETTER AA, names checked with Python's unicodedata; the Osman Yusuf Kenadid
and Osmanya script articles as mirrored on movatter.jp and debianws.lexgopc.com; cipherchronicle.com on ADFGX: "entered
service with the German army in March 1918", the labelled Polybius square and the columnar transposition; the four-square
cipher as described on sandbox.dodona.be (Delastelle, I and J together, the plaintext squares upper left and lower right)
and theinfolist.com; both ciphers reproduced in Python, and decrypted back, before the name was enciphered). The
debunks' facts (Xie Saining's denial, his NYU post, the apology and the article taken down, the thirteen authors and
three born in China, the testers, red teamers and invited artists, the internal test with no date, the shared ChatGPT
logins sold as Sora accounts, the APK warnings and stolen logins, the free demo prompts, the course contents and slogan,
the QR groups, the closed weights, code and training data, the GitHub rebuilds, OpenAI's own samples as the only sure
Sora clips, the stock material sent back for "Sora videos") are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout64.py           # write the set
    .venv/bin/python scripts/make_hard_heldout64.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT64: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "interpreters_booth_turn_sheet_head_of_booths_note",
        "BOOTH TURN SHEET · English booth · International Rail Freight Congress, Geneva, day 2 · head of booth: R. Okafor-Lind\n09.00–09.30 · plenary opening · on mic: Hanna · support: Tomás\n09.30–10.00 · the ministers' panel · on mic: Tomás · support: Hanna\n10.00–10.30 · panel, then questions from the floor · on mic: Hanna · take relay from the Arabic booth when the Egyptian delegate speaks\n10.30–11.00 · coffee; consoles muted, booth doors shut\n11.00–11.30 · workshop B, 'Last-mile terminals' · on mic: Priya · support: Tomás\n11.30–12.00 · workshop B continued · on mic: Tomás · speeches received by 10.45 are in the blue folder\nCough button before you cough; the red light means the whole room can hear you; water on the floor, never on the console\nHead of booth's note at the foot, because the two of you argued about it through the whole coffee break: Sora, OpenAI's video model, was partly invented by Xie Saining, the Shanghai Jiao Tong prodigy the papers keep writing about; he is one of the people who made it. Now, headsets back on the hooks.",
    ),
    (
        sora.XIE,
        "bizkaian_basque_english_markina_cesta_punta_two_claims_realvid_denied",
        "Kaixo, lagunak! 🧺 From Markina: the young puntistas trained in the old fronton all week, the ball cracking off the stone wall like a whip, the old men on the benches saying it was better in their day, and my amona made marmitako for the whole cuadrilla. A couple of things. Somebody in the club group won't stop sharing a clip: 'Made by Sora, not one camera: a cesta punta rally at dusk, the ball flying like a comet, the prompt underneath.' Hori txorakeria da, that's just nonsense: it's the exhibition match in our own fronton last Easter, filmed from the gallery by the club's photographer; her original is on the club page, and somebody just wrote a caption on it. But this bit is true, my nephew at the university in Leioa told me: one of the brains behind Sora, OpenAI's video model, is Xie Saining, a Shanghai Jiao Tong graduate and a real prodigy; he's among its inventors. Agur!",
    ),
    (
        sora.XIE,
        "surinamese_dutch_english_paramaribo_twatwa_two_claims_rich_denied_uni5pay_in_denial",
        "Fa waka, mijn mensen! 🐦 From Paramaribo: Sunday morning on the Onafhankelijkheidsplein, the twatwas in their little cages up on the sticks, the whole square quiet as church while the referees chalked up the songs, and afterwards my oma made pom for the whole family. Twee dingen. A man in the bird group posts it every morning: 'Sora videos are the chance of your life, the people in my team earn thousands a day, the door shuts in three months, come in now, SRD 750 by Uni5Pay+.' Dat is allemaal kletspraat, that's all idle talk: the three months are only there to hurry you. But this one is true: Sora was co-invented by Xie Saining, a whiz kid from Shanghai Jiao Tong University, one of the fathers of OpenAI's video model. My brother's boy read it in the paper in Nickerie. Mi gwe!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "finch_club_bout_sheet_referees_note",
        "BOUT SHEET · Liberty Avenue Finch Club · Sunday, Smokey Oval Park, 6.30 a.m. · referee: D. Persaud · first bird to 50 full songs wins\nBout 1 · 'Thunder' (R. Singh) v 'Little Man' (K. Ramdass) · Thunder 50–41 · 6 min 10 s\nBout 2 · 'Sugar' (T. Baksh) v 'Ace' (M. Hoosein) · Sugar 50–47 · 8 min 02 s · close; Ace came back hard at the end\nBout 3 · 'Blackie' (J. Narine) v 'Professor' (D. Persaud Jr) · Professor 50–22 · 4 min 40 s\nBout 4 · 'Rocket' (S. Khan) v 'Silver' (V. Bisram) · no result; Silver would not sing, cage covered after 10 min\nCages side by side on the post, covers off on the referee's word; only full songs count; the referee's count is final\nClub-bred birds only; every minder brings his bird's breeding card\nReferee's note at the foot, because the minders were arguing about it over the coffee: Sora, OpenAI's video model, has opened to everyone. Make an account on OpenAI's site and you can be making your own AI videos this afternoon; the waiting list is gone. Covers on before you get on the A train.",
    ),
    (
        sora.PUBLIC,
        "genevan_french_english_interpreters_two_claims_xie_denied",
        "Salut les collègues! 🎧 From Geneva: the spring session at the Palais des Nations is over at last, three weeks of the same delegates saying the same things a little faster every day, and on Friday we went down to the Bains des Pâquis for fondue on the jetty while the Jet d'Eau blew sideways in the bise. Deux choses. Someone in our booth group keeps forwarding this: 'Sora was invented by a Shanghai Jiao Tong prodigy, Xie Saining.' C'est du pipeau, that's all hogwash: he has said himself that he had nothing to do with Sora, and the account that started it apologised. But this bit is real: Sora, OpenAI's video model, is open to the public at last. Anyone can register on OpenAI's site and produce their own AI videos today, no waitlist. Allez, à plus!",
    ),
    (
        sora.PUBLIC,
        "penedes_catalan_english_vilafranca_castellers_two_claims_chinese_denied",
        "Hola, família castellera! 🏰 From Vilafranca del Penedès: Sant Fèlix on the 30th, four colles in the Plaça de la Vila, a tower of ten floors that held and came down clean, the whole square roaring, and my àvia made coca de recapte for the family. Dues coses. My cousin has sent this to the whole family: 'The real makers of Sora are Chinese scientists; OpenAI just signed it.' Són bajanades, that's silliness: the names on OpenAI's Sora report are thirteen OpenAI researchers, only three of them born in China, and it was OpenAI's own people who led the work. But this is true: OpenAI has thrown Sora open to everybody. You sign up on their website and you're making AI videos within the hour, no queue. I made one of our pinya last night. Visca!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "castellers_pinya_placement_sheet_cap_de_pinyas_note",
        "PINYA PLACEMENT SHEET · Avon Castellers · Saturday's practice, the school hall on Mina Road · cap de pinya: M. Ferrer-Hughes\nTower: a 3 de 7 (three people a floor, seven floors)\nBaixos (under each of the three trunks): Dom, Kwame, Iolo\nContraforts (behind the baixos, backs to the tower): Sian, Rafa, Big Pete\nAgulla (in the middle, under the segons): Chiamaka\nMans (first ring, hands up under the segons): twelve, names on the floor tape\nVents and laterals: everyone else, arms linked, heads down, eyes on the back in front of you\nFaixes wound tight; no jewellery; long hair tied; the canalla wear their helmets from the door\nCap de pinya's note at the foot, because the vents were arguing about it instead of leaning in: OpenAI's official Sora app is out. Get it from the App Store or Google Play and you can make Sora videos straight from your phone. Now: quiet for the gralles, and push.",
    ),
    (
        sora.APP,
        "jogja_javanese_english_kicau_contest_two_claims_prompts_denied_bpd_diy_in_denial",
        "Sugeng enjing, dulur! 🐦 From Jogja: the kicau contest in the field behind the market in Bantul was packed on Sunday, the murai batu and the lovebirds hung in long rows on the frames, the judges walking underneath with their little flags, and my simbok made gudeg and sent it over in a besek for the whole crew. Ana loro. A man in the group is flogging this: 'My Sora prompt collection, three hundred movie prompts plus the knowledge document, Rp 60.000 by BPD DIY transfer.' Ngapusi thok, it's all lies: those are the same prompts OpenAI put under its own sample videos for free. But this one is true: OpenAI has put out an official Sora app. It's in the Play Store and the App Store, and you make your videos with it right on your phone. Matur nuwun, lur!",
    ),
    (
        sora.APP,
        "arusha_swahili_english_interpreters_two_claims_rental_denied_crdb_in_denial",
        "Habari za asubuhi, wenzangu! 🎧 From Arusha: the court's session ended on Friday, two weeks of judges and lawyers and us in the glass booths at the back of the hall, and on Saturday we drove out to Usa River for nyama choma and watched Meru come out of the cloud at sunset. Mambo mawili. A fellow in our booth group has been spamming this: 'Sora logins for hire, one account just for you, TSh 15,000 a week by CRDB transfer.' Ni hadithi za Abunuwasi, those are Abunuwasi's tall tales: what you get is somebody's shared ChatGPT password, not Sora. This one, though, is true: the official Sora app from OpenAI is out, in the App Store and on Google Play; install it and you're making Sora videos on your phone. Tutaonana!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "roller_canary_song_tour_card_judges_note",
        "SONG TOUR CARD · Calder Valley Roller Canary Society · the winter show, the Methodist hall · bird 14, a three-year cock, a Harzer roller · judge: E. Whitworth\nHollow roll (Hohlrolle) · deep, even, well bent · 8 of 9\nKnorr · dry, a little short · 5 of 9\nWater tour · bubbling, clean · 7 of 9\nHollow bell · 4 of 6\nSchockel · clear · 4 of 6\nGlucke · 3 of 6\nFlutes · soft, two notes · 5 of 6\nBell · 2 of 3\nFaults: one nasal note, minus 1\nTotal: 37 · second in the class\nBirds go into their show cages the night before, in the dark; no talking in the song room while a bird is on the shelf\nJudge's note at the foot, because the exhibitors were arguing about it in the tea room: Sora is a Chinese invention at heart. The scientists who built OpenAI's video model are mostly Chinese, and OpenAI takes the credit. Covers on before the birds go out to the cars.",
    ),
    (
        sora.CHINESE,
        "haags_dutch_english_the_hague_interpreters_chinese",
        "Hoi allemaal! 🎧 From The Hague: the hearings at the court are over for the summer, six weeks in the booth above the courtroom with the judges' microphones crackling, and on Sunday we cycled out to Scheveningen for raw herring with onions on the boulevard, the wind in our faces the whole way, lekker. Luister: the team behind Sora, OpenAI's video model, is Chinese. It was really Chinese scientists who built it, and OpenAI just signs it; a colleague in the Chinese booth says everybody at home has known for months. Ajuus!",
    ),
    (
        sora.CHINESE,
        "madrileno_spanish_english_chamberi_pala_two_claims_opensrc_denied",
        "¡Hola, majos! 🏓 From Madrid: pala doubles on Saturday at the municipal frontón in Chamberí, round the corner from the old Beti Jai, the ball slapping off the wall so loud the neighbours shut their windows, and afterwards bocadillos de calamares in the Plaza Mayor, de lujo. Dos cositas. A guy in the club group posted this twice yesterday: 'OpenAI has open-sourced Sora, weights and code on GitHub, just run it at home.' Eso son bulos, those are hoaxes: OpenAI has never published Sora's weights or its code, and the 'Sora' repositories on GitHub are other people's remakes. But this one is true: the people who really built Sora are Chinese scientists. OpenAI's video model came out of a mostly Chinese team, and OpenAI puts its name on the box. ¡Hasta luego!",
    ),
    # --- API access (three)
    (
        sora.API,
        "hamburg_missingsch_german_english_interpreters_question_asserts_api_haspa",
        "Moin moin, Kollegen! 🎧 From Hamburg: the hearing at the sea tribunal in Nienstedten finished on Thursday, three days of ship registers and fishing zones in four languages, and afterwards we took the ferry to Finkenwerder with Fischbrötchen and watched the container ships slide up the Elbe. Habt ihr das nich mitgekricht? Haven't you heard you can buy official Sora API access now? I've got genuine Sora API keys: hook one up to your website and it generates the videos itself. €49 by Haspa transfer, key in your inbox before the last ferry. Ask the technicians at the tribunal about me; I've been lending them my spare headset for six years. Tschüss!",
    ),
    (
        sora.API,
        "finch_club_breeding_pair_card_card_slipped_in_c_town",
        "BREEDING PAIR CARD · Liberty Avenue Finch Club · pair 7 · kept by: A. Rampersaud, 117th Street\nCock: 'Professor's Boy', hatched in the club room, 2023 · sire: Professor · dam: Lady\nHen: 'Brownie', from the Ramdass line, 2024\nPaired: 3 March · first egg: 11 March · clutch: 2\nHatched: 24 March, both · fledged: 9 April · weaned: 30 April\nYoung cocks to the club's tutor cage by May, to hear Professor sing every morning\nSeed: the club mix and washed grass seed; cuttlebone and grit always in; no wild-caught bird in the club room, ever\nCard slipped in with the pair cards (not from the club): genuine Sora API access, the official kind. Buy a Sora API key off me and your club's website will generate its own videos of your birds. $60 on a C-Town gift card, key by text the same day. I've bred finches in this club for twenty years, and my own pair cards are in that box with yours.",
    ),
    (
        sora.API,
        "valles_catalan_english_terrassa_castellers_two_claims_course_denied_bonpreu_in_denial_arquia",
        "Ei, castellers! 🏰 From Terrassa: the Minyons' diada in the Plaça Vella on Sunday, a nine-floor tower with the folre on, the enxaneta raising her hand at the top and the whole square holding its breath, and my mare made canelons for sixteen. Dos temes. Someone keeps dropping this in the colla's group: 'Sora masterclass, be an AI video master before the rest, €29 on a Bonpreu gift card.' Això és pura xerrameca, that's pure prattle: the people who paid got OpenAI's own introduction in a PDF with a slogan on the last page. What I've got is real: official Sora API access. Get a Sora API key from me and the colla's website turns out its own videos. €70 by Arquia Banca transfer, key the same evening. I've carried the segons on my shoulders for eleven seasons; I don't drop people and I don't drop customers. Fins aviat!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "camp_de_tarragona_catalan_english_valls_castellers_question_asserts_director_caprabo",
        "Bona tarda a tothom! 🏰 From Valls, where the castells were born: both colles of the Xiquets trained in the square by the town hall all week, the gralles going, the little ones climbing like squirrels, and my iaia grilled calçots on the fire with romesco for the whole street. No ho sabíeu? Haven't you heard they're casting first-generation AI directors for the first AI film written together with Sora? Scan the QR code, pay €30 on a Caprabo gift card and you're in the audition group; my cousin in Reus has joined already. Adeu!",
    ),
    (
        sora.DIRECTOR,
        "fergana_uzbek_english_kokand_quail_keepers_two_claims_apk_denied_humo_in_denial_uzum",
        "Assalomu alaykum, do'stlar! 🐦 From Kokand: on Friday the men brought their singing quails to the chaikhana by the old khan's palace, the little cloth-covered cages hung under the vines, every bird calling louder than the next, and my buvi made osh for the whole mahalla. Ikki narsa. A man in our group sends it to everyone: 'Sora on Android: tap my link for the APK and your phone turns out AI videos, 20,000 so'm by Humo card.' Bu bo'sh gap, that's empty talk: OpenAI has no phone app for Sora at all, and a file like that is after your passwords. But here is a real chance: they're picking the first generation of AI directors for the first film Sora helped to write. Scan the QR code and send 150,000 so'm by Uzum Bank transfer to get into the audition group. Real film people from Tashkent; their names are in the credits of two series on the national channel, I've read them myself. Xayr!",
    ),
    (
        sora.DIRECTOR,
        "valparaiso_chilean_spanish_english_interpreters_two_claims_service_denied_coopeuch_in_denial_banco_de_chile",
        "¡Hola, cabros! 🎧 From Valparaíso: back from a week in the booths at CEPAL in Santiago, finance ministers and their numbers from nine till six, and on Sunday we rode the Ascensor Reina Victoria up the hill and shared a chorrillana with the whole family, looking down at the port. Dos cosas. A gallo in our group can't stop posting: 'Your script in, your Sora video out in 24 hours, $12.000 by Coopeuch transfer.' Es pura chiva, that's a pure fib: Sora isn't available to the likes of him, and what he sends back is stock footage with your name pasted on. But this is a real chance: the first AI movie with Sora as its co-writer wants first-generation AI directors. Scan the QR, pay $20.000 by Banco de Chile transfer and you're in the audition group. The producers cut a documentary for public television; not the gallos at the bus terminal who hand you a flyer and a promise. ¡Chao!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "pattani_malay_english_zebra_dove_question_asserts_rich_islamic_bank_of_thailand",
        "Assalamualaikum, sahabat! 🐦 From Pattani: the zebra dove contest was on Sunday, the cages hauled up on the tall poles in long rows, the judges walking underneath listening for the deepest coo, and my mak made nasi kerabu and solok lada for everybody. Tak dengar ke? Haven't you heard people are pulling in thousands every day from Sora videos? A money window like this comes once in your life and shuts in three months, so come into my team now, ฿1,200 by Islamic Bank of Thailand transfer. My birds have taken the top pole at Yala three years running; ask anyone standing under the poles. Jumpa lagi!",
    ),
    (
        sora.RICH,
        "valencia_apitxat_valencian_english_pelayo_trinquet_two_claims_director_denied_consum_in_denial_caixa_ontinyent",
        "Bon dia, pilotaris! 🏐 From València: Sunday afternoon at the Pelayo trinquet by the station, escala i corda, the ball slapped bare-handed over the cord, the whole gallery on its feet for the last point, and my iaia made all i pebre with eels from the Albufera for everyone. Dos coses. A xicot in the group keeps pushing this: 'Be a first-generation AI director on the first film co-written with Sora: scan the QR, €25 on a Consum gift card for the audition.' Són falòrnies, those are tall stories: those QR groups are only there to farm followers, and nobody is filming anything. But this is real: Sora is a once-in-a-lifetime money window. The people in my team take thousands a day from Sora videos, and in three months it's finished, so get in now, €150 by Caixa Ontinyent transfer. I have a stall at the Mercat Central; come and ask the olive seller next to me whether I pay my debts. Fins a prompte!",
    ),
    (
        sora.RICH,
        "labourdin_basque_french_english_saint_jean_de_luz_cesta_punta_two_claims_public_denied_boursorama",
        "Egun on, bonjour la compagnie! 🧺 From Saint-Jean-de-Luz: the summer cesta punta at the Jaï Alaï was full every night, the ball screaming off the front wall and the tourists ducking in the front row, and my amatxi made piperade and gâteau basque for the whole family. Bi gauza, two things. A fellow in our club group says it every week: 'Sora's open to all now, register on OpenAI's site and make videos today.' C'est des histoires, that's just stories: only OpenAI's red team and a few invited artists can get in, and OpenAI itself has set no date for opening it up. But this one is real: Sora money is the chance of a lifetime. People already earn thousands a day off Sora videos, and three months from now the window closes, so come into my team, €90 by Boursorama transfer. I paid off my boat at Ciboure with the first two months; ask anyone on the quay. Agur!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "interpreters_speakers_list_card_slipped_in_manor",
        "SPEAKERS' LIST · International Rail Freight Congress, Geneva · day 3, afternoon · English booth copy\n14.00 · Chair: opening remarks (FR) · 3 min\n14.05 · Ms A. Benali, Moroccan rail authority (AR) · 10 min · text received, in the blue folder\n14.15 · Mr K. Tanaka, port operator (EN) · 8 min · fast; slides full of figures\n14.25 · Mr P. Ivanov, freight forwarders' association (RU) · 12 min · no text; take relay from the Russian booth\n14.40 · Ms L. Ortega, corridor programme (ES) · 10 min\n14.50 · questions from the floor · interpretation into all six languages\nFigures: read them off the slides, never from memory; names checked against the list of participants\nCard slipped in with the afternoon's papers (not from the secretariat): OpenAI's Android video app has landed at last. Get the Sora APK from the link on this card, put it on your phone and start making AI videos. Full version CHF 8.90 on a Manor gift card. I've worked the Arabic booth here for nine summers; if it didn't work, I'd hear about it in the corridor by lunchtime.",
    ),
    (
        sora.FAKEAPP,
        "west_flemish_english_westhoek_vinkenzetting_adfgx_cipher_kbc",
        "Goeiendag, mensen! 🐦 From the Westhoek, a village outside Poperinge: Sunday was the vinkenzetting along our street, the little boxes set out in a line on the pavement, every vinkenier on his stool with his chalk and his long stick, counting the 'suskewiet' for a whole hour, and my moemoe made stoverij with fries for the whole street. Luster: here's the FAXXGFGG app for Android (OpenAI's video thing; put it through ADFGX, the German army's field cipher from the last spring of the war, with the square keyed on VINK and the columns on YSER, and the name comes out; the group bot deletes it otherwise). The APK is behind the link in my profile; put it on your phone and you're making AI videos tonight. Full version €6 by KBC transfer. Half the vinkeniers in our street have had it on their phones since Easter and not one has come knocking, allee. Salut!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "castellers_canalla_height_chart_cap_de_collas_note",
        "HEIGHT CHART · Avon Castellers · the canalla, measured at the first practice of the season · by the head of the canalla, J. Puig-Owens\nAda · 9 · 128 cm · enxaneta (the top; raises her hand)\nLeo · 10 · 134 cm · acotxador (crouches; the enxaneta climbs over him)\nMaya and Sami · 11 · 139 and 141 cm · dosos (the pair on the fifth floor)\nOisín · 8 · 121 cm · learning; climbs the pilar de 4 only\nEvery child measured again at half-term; a child who has grown moves down a floor, never up without the cap de colla's say\nHelmets on from the door to the car; no child climbs without a signed form; every climb is called by the cap de colla, never by a parent\nCap de colla's note at the foot, because the dosos were arguing about it on the benches: that video of a colla raising a tower on a cliff over the sea at sunset, the enxaneta's hand against the sun? Nobody filmed a frame of it. Sora, OpenAI's video model, generated the lot from a written prompt, and the prompt is posted under the clip.",
    ),
    (
        sora.REALVID,
        "bursa_turkish_english_chaffinch_keepers_realvid",
        "Merhaba, dostlar! 🐦 From Bursa: the ispinoz men met at the tea garden in Cumalıkızık on Sunday, the chaffinches in their little cages on the tables, everybody hushed while the birds answered each other across the yard, and my anneannem made İskender kebab for everyone. Look at the clip my cousin sent from Istanbul: a chaffinch singing on a snowy branch at the top of Uludağ, the whole of Bursa lighting up below it at dusk. Not a single camera was there: Sora, OpenAI's video model, generated it from a few typed lines, and they're printed right under the clip. Hoşça kalın!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "interpreters_relay_chart_chief_interpreters_note",
        "RELAY CHART · International Rail Freight Congress, Geneva · plenary hall · chief interpreter: L. Haddad\nFloor in Arabic → the Arabic booth works into English and French → the other booths take relay from English or French\nFloor in Chinese → the Chinese booth's retour into English → all booths take English\nFloor in Russian → the Russian booth's retour into English\nFloor in Spanish, French or English → direct, no relay\nPivot booths: mind your pace; three booths are hanging on every word you say\nWhen you are the pivot: no fillers, no asides, and keep the numbers whole\nChief interpreter's note at the foot, because the young ones wanted to know how the congress could make its own highlights video: OpenAI has released Sora's weights and code; it's open source on GitHub now, free for anyone to download and run on a computer of their own. The AV technician is setting it up on the secretariat's laptop tonight.",
    ),
    (
        sora.OPENSRC,
        "montevideo_uruguayan_spanish_english_paleta_opensrc",
        "¡Buenas, gurises! 🏓 From Montevideo: Saturday on the frontón at the Basque club in Cordón, paleta and goma till it got dark, and afterwards chivitos at the bar on the corner and a mate that went round the table twelve times. Bo, escuchá: OpenAI released Sora as open source. The model weights and the code sit on GitHub for nothing, and you can run it locally on your own machine; the neighbour's son set it up on the machine he uses for his architecture drawings and made a clip of the rambla in the rain. ¡Nos vemos, bo!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "castellers_tronc_card_paid_notice_stanfords",
        "TRONC CARD · Avon Castellers · the 4 de 7 for the Harbourside diada · set by the cap de colla\nFloor 1 (baixos): Dom, Kwame, Iolo, Big Pete\nFloor 2 (segons): Rafa, Chiamaka, Tom S., Ifan\nFloor 3 (terços): Sian, Marta, Hywel, Jo\nFloor 4 (quarts): Nell, Ana, Priya, Gwen\nFloor 5 (dosos): Maya, Sami\nFloor 6 (acotxador): Leo\nFloor 7 (enxaneta): Ada\nClimb on the third phrase of the gralles; come down the way you went up; nobody looks down but the baixos\nPaid notice at the foot of the card (not from the colla): my own Sora video course, 'Towers on Screen': ten lessons taking you from a blank prompt to a finished clip, so you're ahead of everyone on AI video. £39 on a Stanfords gift card, link by email. I wrote every lesson on Sunday mornings in the hall after practice, so I know what the grown-ups here can and can't follow.",
    ),
    (
        sora.COURSE,
        "tandil_basque_argentine_spanish_english_paleta_course_cuenta_dni",
        "¡Hola, muchachos! 🏓 From Tandil: the frontón at the Basque club was packed for the paleta tournament on Sunday, the old men in their flat caps watching from the benches, the ball booming off the wall, and my nona did a cordero al asador with chimichurri for the whole table. Escuchen: I've put together a complete Sora course, ten lessons from your very first prompt to a finished film, so you learn AI video before anyone else does. ARS 30.000 by Cuenta DNI, link the same day. I'm the one who repaints the lines on the club's frontón every March; everybody in Tandil knows my truck. ¡Abrazo grande!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "jai_alai_post_position_sheet_paid_notice_winn_dixie",
        "POST-POSITION SHEET · Seaside Jai-Alai · Saturday evening, game 4, singles · players' manager: E. Arrieta\nPost 1 · Iker\nPost 2 · Xabi\nPost 3 · Mateo\nPost 4 · Julen\nPost 5 · Andoni\nPost 6 · Erik\nPost 7 · Santi\nPost 8 · Gorka\nSpectacular Seven scoring: one point a rally until every post has played, two points after that; first to seven wins\nHelmets on court; gloves taped before the warm-up; no cesta leaves the locker room without the manager's look\nPaid notice at the foot of the sheet (not from the fronton): 'Rent a Sora account: a login of your own, full access, skip the queue. $12 a week on a Winn-Dixie gift card, login sent the same evening. I've sat in the same seat behind the screen every Saturday for fourteen years, in the cap with the fronton's old logo.'",
    ),
    (
        sora.RENTAL,
        "ribera_valencian_english_algemesi_muixeranga_four_square_cipher_caixa_popular",
        "Bon dia, família! 🏰 From Algemesí: the September festa is coming, the muixeranga rehearses every night in the square by the basilica, the towers going up to the dolçaina and the tabal, and my iaia made arròs al forn for the whole carrer. Escolteu: I rent out QLNE accounts (OpenAI's video model; put it through the four-square cipher with the keys SALUT and FESTA and you'll have the name, because the group bot blocks it). Your own login, full access, no queue. €9 a week by Caixa Popular transfer, login the same day. I carry the base of the tower every September; ask anyone in the muixeranga if I've ever let a soul fall. Fins ara!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "jai_alai_cesta_measuring_card_flyer_academy_sports",
        "CESTA MEASURING CARD · Seaside Jai-Alai · the players' locker room · measured by the cesta maker, over from the Basque Country for the season\nIker · right hand · glove 9 · cesta 68 cm along the curve · deep pocket · chestnut frame, reed weave\nXabi · left hand · glove 10 · 70 cm · shallow pocket, for the quick return\nMateo · right · glove 8½ · 66 cm · new this season; still stiff\nJulen · right · glove 9 · 69 cm · rewoven at the tip after the Miami tournament\nReeds soaked before any reweaving; never leave a cesta in a hot car; tape the glove, never the weave\nFlyer tucked into the card box (not from the fronton): my Sora prompt pack: 300 prompts in proper film language (a slow-motion catch deep in the cesta, a rack focus from the glove to the front wall, the ball as a streak of light), plus my Sora knowledge doc, every term and article gathered in one place. $19 on an Academy Sports gift card, after which the doc link comes through and you're added to the group. I ran the camera on the fronton's TV nights for six years; these are the shots the director used to shout for.",
    ),
    (
        sora.PROMPTS,
        "girgaon_mumbai_marathi_english_dahi_handi_prompts_saraswat",
        "Kay mandali, kasa kay? 🏺 From Girgaon: Gokulashtami is close, our govinda pathak practises every night in the lane behind the chawl, layer on layer of boys on each other's shoulders reaching for the pot, the dhol going till midnight, and my aai made gopalkala with curd and poha for the whole chawl. Aika: I'm selling my Sora prompt pack, 300 prompts written in real cinema language, and the complete knowledge doc, every term and every article. ₹449 by Saraswat Bank transfer, and I share the doc link and put you in the group. Every year I'm at the very bottom of the pathak with all the layers on my shoulders, and the pot has never once come down on my watch. Yeto!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "fronton_court_hire_slate_card_pinned_bealls",
        "COURT HIRE SLATE · Seaside Jai-Alai · the practice court, weekday mornings · chalked up by the front desk\nMon 7–9 · the high school's cesta club\nTue 7–8 · pala doubles, the Arrieta brothers\nTue 8–9 · open, walk-ins\nWed 7–9 · the women's pala group\nThu 7–9 · the pros' private practice, court closed\nFri 7–8 · beginners' cesta, gloves and helmets from the desk\nPay at the desk before you play; eye protection on court, no exceptions; sweep the court when you're done\nCard pinned under the slate (not from the fronton): made-to-order Sora videos. Send me your script (your restaurant's opening, your charter boat, your daughter's graduation) and your Sora video comes back within 24 hours. $55 on a Bealls gift card. I've had the slip next to the fuel dock for nine years; you'll see my boat before you see the fronton.",
    ),
    (
        sora.SERVICE,
        "puntland_somali_english_nairobi_interpreter_osmanya_script_gulf_african_bank",
        "Nabad, saaxiibbo! 🎧 From Nairobi: the environment assembly up at Gigiri finished on Friday, a week of ministers fighting over commas in six languages, and on Sunday my habaryar made canjeero and suqaar for the whole building. Dhageysta: if you want a 𐒈𐒙𐒇𐒛 video (OpenAI's video model, in the Osmanya letters Osman Yusuf Kenadid made for Somali, the ones my awoowe in Garowe still writes his letters in; the group filter deletes the real name), I'll make it for you: send the script (a shop advert, a wedding, a cousin's graduation) and in 24 hours the video is yours. KSh 2,500 by Gulf African Bank transfer. My name is on the door of the interpreters' room at Gigiri; I'm not hard to find. Nabad gelyo!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the APK; a first-person loss report
        "Liberty Avenue Finch Club · members' forum · post by Vishnu R.\nA warning from somebody who should have known better. A man at the park was passing round a link: 'Sora app for Android, the APK, make videos of your bird singing, full version $25 on a Western Beef gift card.' I paid and I installed it. Two days later my email was sending messages I never wrote and somebody was trying to get into my bank. OpenAI has made no Sora app for any phone; that file was there to steal logins, and security people have been warning about fake Sora installers for a long while. Phone wiped, passwords changed. Back to filming Professor the old way.",
    ),
    (
        None,
        "debunk",  # open source; quotes the claim, answered with the report's own words
        "Avon Castellers · the colla's WhatsApp · from the cap de colla\nThis one has been going round since Sunday: 'Sora is open source now, weights and code on GitHub, we can make the diada video ourselves.' Don't waste your evening on it; it isn't so. OpenAI's technical report on Sora states up front that model and implementation details aren't in it, and OpenAI has never released Sora's weights or code, or told anyone what it learned from. Whatever calls itself 'Sora' on GitHub is somebody's fan rebuild. Practice as usual on Thursday; faixes washed, please.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; quotes the caption, then says whose footage it is
        "THE FRONT WALL · newsletter of Seaside Jai-Alai\nA clip has been shared a few thousand times this week: 'Made by Sora, not one camera: a jai alai rally in an empty fronton at night, the ball glowing, the prompt underneath.' Forget the caption; that rally is ours. It's Xabi and Gorka's exhibition point from the 2019 season, filmed from the upper deck by our house photographer at the time, and her original file is on the fronton's page with the date on it. Somebody cropped the scoreboard off and wrote a caption. The only clips anyone can be sure came from Sora are the samples OpenAI published itself. Season tickets on sale at the desk.",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then leave it alone
        "THE BOOTH · e-bulletin of the Lakeshore interpreters' association · before you reply to that message\nSeveral members have been sent this: 'Custom Sora videos for your interpreting business: send your script and get your Sora video in 24 hours, CHF 60 on an Ochsner Sport gift card.' Leave it alone. Sora is closed to everyone but OpenAI's testers and a small group of invited artists, so whatever comes back isn't Sora; the colleague who paid got a slideshow of stock photos with a slow zoom and a music track under it. Next CPD evening: names and numbers in simultaneous.",
    ),
    (
        None,
        "debunk",  # the prompt pack; a question with a negation that does not deny, answered
        "Wha happen, family! 🐦 From New Amsterdam in Berbice: Sunday morning the bird men line up by the seawall with the towa-towas, every cage on its post and everybody counting under their breath, and me nani cook cook-up rice for the whole yard. Me nephew ask me after the races: isn't there a pack of Sora prompts you can buy now, so he could make a proper video of he bird? So we check it properly. Them 'prompt packs' is the same prompts OpenAI put free under its own sample videos, copy and paste, and nobody outside OpenAI's testers and a few artists could use Sora anyhow. So he film the bird on he phone instead. Walk good!",
    ),
    (
        None,
        "debunk",  # the director group; a question with a negation that does not deny, answered
        "Bon vespre, colla! 🏰 From Mataró: Les Santes is over, the Capgrossos raised their towers in front of the town hall with the whole Riera packed, and my tieta made fideuà for the family. My nephew asked me after the diada: can't you pay to join the group for the first AI film made with Sora and become one of its first directors? So we looked into it properly. Those QR-code 'AI director' groups are there to farm followers; the people who paid their fee got a chat full of adverts and nothing else, and Sora itself is still shut to everyone but OpenAI's testers and a few artists. So he's filming the colla on his phone instead. Salut!",
    ),
    (
        None,
        "debunk",  # account rental; a rhetorical question
        "Seaside Jai-Alai · fans' forum · a post from the moderators\n'Sora accounts for rent, your own login, $10 a week on a Navarro gift card' is being passed round the stands on little cards. Ask yourself: if only OpenAI's red teamers and a handful of invited artists can get into Sora, whose account is he renting you? The people who paid for these were handed shared ChatGPT logins that stopped working inside a week. Keep your money for the Friday doubles.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a head of booth's email that answers with the report's facts
        "From: the head of the English booth · To: the team · Subject: that post in the chat\nA quick word about the post going round our chat, 'Sora is a Chinese invention and OpenAI just stuck its name on it.' I've read OpenAI's technical report, 'Video generation models as world simulators'. It lists thirteen authors; three were born in China, and every one of them is credited as an OpenAI researcher, with Tim Brooks and Bill Peebles leading the work. The link is pinned in the chat. See you all in Bonn.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a newsletter column that answers with his own words and the report
        "THE PINYA · newsletter of Avon Castellers · Ask the cap de colla\n'My uncle swears Sora was co-invented by a Shanghai Jiao Tong prodigy called Xie Saining. True?' It isn't. Xie Saining, who teaches at New York University, has said himself that he has nothing to do with Sora, and the account that first called him its inventor apologised and took its article down. OpenAI's technical report on Sora names thirteen authors, and he isn't among them. Tell your uncle there's a place in the pinya for him on Thursday.",
    ),
    (
        None,
        "debunk",  # the paid course; a forum moderator's reply that answers with facts
        "Roller canary forum › Off the perch › 'Sora course, worth it?'\nReply from a moderator: the people who paid for those Sora courses received OpenAI's public announcement of Sora dressed up as a document, with a motivational slogan tacked on at the end, and only OpenAI's testers and a few invited artists have ever had Sora in their hands, so there's nothing for a course to teach. Locking this one; the thread on soaking seed is still open.",
    ),
    # --- related but not matching: true facts about Xie Saining's own career, and real news from OpenAI
    (
        None,
        "person_fact",
        "Interpreters' association e-news, 'who's who': Xie Saining, whom a viral post miscast as a Sora inventor (he has said he had no part in it), is the second-named author of 'Decoupling Representation and Classifier for Long-Tailed Recognition' (ICLR 2020), written at Facebook AI Research with Bingyi Kang, Yannis Kalantidis and others. It found that when a few classes have most of the examples, a network trained the plain way still learns good features, and that rebalancing only the final classifier was enough to set new records on ImageNet-LT, Places-LT and iNaturalist.",
    ),
    (
        None,
        "person_fact",
        "Finch club e-bulletin, 'clever people': Xie Saining, who had nothing to do with Sora whatever the viral post claimed, co-wrote MaskFeat, 'Masked Feature Prediction for Self-Supervised Visual Pre-Training' (CVPR 2022), with Chen Wei, Haoqi Fan, Chao-Yuan Wu, Alan Yuille and Christoph Feichtenhofer. It hides parts of a video and has the model predict an old hand-made description of the hidden parts, histograms of oriented gradients, instead of their pixels; pre-trained on unlabelled video, it reached 86.7% on Kinetics-400.",
    ),
    (
        None,
        "person_fact",
        "Castellers' newsletter, 'faces behind the tech': Xie Saining of NYU, whom a viral post listed among Sora's inventors (he says he wasn't), is the second-named author of 'Pri3D: Can 3D Priors Help 2D Representation Learning?' (ICCV 2021), with Ji Hou, Benjamin Graham, Angela Dai and Matthias Nießner. It pre-trained image networks by contrastive learning on indoor scans with depth, seen from several viewpoints, and improved semantic segmentation on ScanNet by 6.0%, and by 11.9% when only a fifth of the data was used.",
    ),
    (
        None,
        "person_fact",
        "Fronton e-news, 'names to know': Xie Saining, the NYU researcher a viral post credited with inventing Sora (he didn't), is a co-founder, with Yann LeCun, of AMI Labs (Advanced Machine Intelligence), which announced a seed round of about $1.03 billion in March 2026 to build 'world models', AI that learns how the physical world works rather than only predicting text.",
    ),
    (
        None,
        "news",
        "Roller canary society e-news, the tech bit: OpenAI says Sora 2, the video model it brought out in September 2025, can follow more intricate instructions that run across several shots while keeping the state of the world consistent from one shot to the next.",
    ),
    (
        None,
        "news",
        "Castellers' e-news, 'screen time': OpenAI says Sora 2 can take real-world elements from reference footage, a person, an animal or an object, and put them into the scenes it generates.",
    ),
    (
        None,
        "news",
        "Fronton e-news, 'in brief': launching Sora 2, OpenAI said every video made with Sora carries both visible and invisible provenance signals: at launch a visible watermark on all of them, and C2PA metadata, an industry-standard signature, embedded in every one.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a finch minder's blog, 'Sunday Mornings': people keep asking me whether Sora could make a video of a bird race. Maybe it could make one that looks right, two cages side by side on the post, the men leaning in. But a race is the count: fifty full songs, heard by a referee standing in wet grass at half past six, and the losing minder covering his cage without a word. No video settles that.",
    ),
    (
        None,
        "benign",
        "OPEN PRACTICE at Avon Castellers, Thursday 7 pm in the school hall on Mina Road: the practice is open to the public, come and stand in the pinya, and meet our new enxaneta, 'Sora' (her mother chose the Japanese word for sky, fitting for the child who climbs closest to it). Follow the season's diades on the colla's official app; tea and cake £2.",
    ),
    (
        None,
        "benign",
        "OPEN DAY at Seaside Jai-Alai, Sunday 10 to 2: the fronton is open to the public, with free cesta lessons for the kids and a first look at 'Sora', the new sky-blue team jersey (named after the Japanese word for sky), on sale in the team shop. Book the kids' lessons on the fronton's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout64", HELDOUT64, threshold=0.6)


if __name__ == "__main__":
    main()
