# ruff: noqa: E501
"""Write the seventy-ninth English held-out set (tests/data/hard_en_heldout79_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the seventy-seventh set and every odd set
since the forty-ninth), 10 debunks, 4 person facts, 3 news items and 3 benign posts; 13 posts assert one claim
and deny another, 3 ask a question with a negation that asserts the claim. Its theme: mancala games (a seed
count sheet, a seed sorting log and a board seating list of the warri tournament in the community hall at
Liberta, Antigua, the club's newsletter and a players' forum; oware in Kumasi, bao on Pemba, congkak in Melaka,
mangala in Antep and omweso in Jinja); independent record shops (a Record Store Day queue list, a grading
card, a listening booth rota and a stock intake log of a record shop in Stroud, its newsletter; Orange Street
in Kingston, Cuba Street in Wellington, Midtown Memphis, Hunter Street in Newcastle, New South Wales, James
Street North in Hamilton, Ontario, and Rye); bungee jumping (a harness check sheet, a jump log and a cord chart
of a charity crane bungee on the South of England Showground at Ardingly, the club's newsletter, crew bulletin
and forum; Taupō, the Victoria Falls Bridge at Livingstone, the Cheakamus bridge near Whistler, the Last Resort
on the Bhote Koshi in Sindhupalchok, the Bloukrans Bridge near Plettenberg Bay and the Forest of Bowland); and
kho kho (a line-up card, a court liming sheet and a pole check sheet of an inter-school tournament in
Kolhapur district, the district association's notice and coaches' bulletin, a coach's blog; Sambalpur,
Belagavi, Rajshahi, Karimnagar, Coimbatore and Kota).

Worlds. All four the brief proposed are replaced; every earlier writer script (kinds, docstrings and posts,
English and Chinese) and every tests/data posts file was searched for each world's key words. Coal-carrying
races (coal, Gawthorpe, coal sack, 煤): no race; "coal" only as fuel, a dark colour and zh_heldout33's coal
mine. But a timed run under a load is the seventy-sixth set's wife-carrying (the seventy-fifth set dropped
wife carrying for the seventy-third set's strongman carries, and the seventy-third set has a farmer's walk
log), and the mine is zh_heldout33's; replaced. Hobby-horse competitions (hobby horse, keppihevo, 木马): no
world ("木马" is only the Trojan in APK warnings), but the seventy-fifth set already dropped hobby horsing for
the pony clubs and riding schools of earlier sets; replaced. Bed races (bed rac): the seventy-seventh set
dropped bed racing as wheels beside the seventy-fourth set's soapboxes, and its own outhouse racing is the same
pushed vehicle with a rider; replaced. Rubber-duck races (rubber duck, duck race, 橡皮鸭): nowhere, but toys
set off on a river and first past a line are the seventy-eighth set's Poohsticks races, and "duck" is the
seventy-sixth set's dropped decoy carvers; replaced. In their place: mancala games (mancala, oware, warri,
bao, congkak, sungka, mangala, omweso, 播棋: no world; "warri" only inside "warrior" and "bao" only as a
pinyin abbreviation in zh_heldout21 and 38), a sowing game with seeds and houses, kept apart from the
sixty-second set's backgammon, which itself kept out mahjong, dominoes and cards (no dice, checkers, points,
cards or tiles appear, nor chess, go or bridge), and from the fifty-sixth set's woodcarvers (no board is made
here); independent record shops (record shop, record store, Record Store Day, vinyl, crate, 唱片, 黑胶: no
world; "vinyl" only in the forty-fifth set's charity shop donation list), a specialist shop trade, with no
charity shop (the forty-fifth set), no bookshop (zh_heldout35) and no band as a world (a folk duo's in-store
set is named once); bungee jumping (bungee, bungy, Kawarau, Bloukrans, Last Resort, 蹦极: nowhere; "bungee" only
as the cord on the seventy-seventh set's outhouse door, "BASE jumpers" once in passing in the seventieth),
with no climbing, rope access, abseiling, gliding or balloon (the seventy-second, sixty-third, fifty-sixth and
fifty-first sets); and kho kho (kho kho, 抢人游戏: nowhere), a chasing game with no ball, no grappling and no
apparatus, kept apart from the seventieth set's dodgeball, the forty-sixth set's wrestling (for which the
sixty-first and sixty-second sets dropped kabaddi) and the forty-seventh set's gymnastics. Dropped on the way:
competitive eating (written at the same time by hard_en_heldout80, whose script in its worktree was grepped
for its kinds while this set was chosen: yo-yo contests, eating contests, pest controllers and Christmas tree
farms, so no pie, hot dog, yo-yo, trap, rat, mole, wasp, fir or Christmas appears here), windmill volunteers
(zh_heldout45's flour mill), book towns (zh_heldout35's bookshop), dominoes (kept out by the sixty-second set,
and zh_heldout29's mahjong group), street caricaturists (zh_heldout59's Dafen oil-painting workshop), jigsaw
puzzlers (dropped by the sixty-eighth set, too few places), storm chasers (the sixty-fourth), medieval
re-enactors (the sixty-sixth, beside the fiftieth set's fencing), paintball (the airsoft the sixty-fifth set
dropped), bingo (the twenty-ninth set's bingo caller), Santa grottos (beside hard_en_heldout80's Christmas
trees), whale watching (the fifty-third set's bird observatory), pineapple growers (zh_heldout67's lychees and
zh_heldout73's proposed dragon fruit), marmalade makers (zh_heldout69 and 70's pickle factory), crazy golf
(dropped by the seventy-first set for the golf clubs), shin kicking (the forty-sixth set's martial arts),
bathtub racing (the fifty-eighth set's canoe clubs), cherry-pit spitting (a distance contest beside the
seventy-seventh set's wellie wanging and the seventy-eighth set's egg throwing) and lawnmower racing (the
forty-seventh set's speedway and the seventy-fourth set's soapboxes). The Chinese sets written at the same time
(zh_heldout73 and 74; their scripts, where they existed, were grepped for their record titles: rockery
builders, an animatronic dinosaur works, a tidal bore viewing park, desert sand-fixing crews, a storytelling
fair; the brief's proposals were brocade, ramie, kesi, persimmon, dragon-fruit, bayberry, dark-tea,
mother-of-pearl lacquer, bamboo-carving, tinware and matsutake workshops and farms) are kept clear of: no
dinosaur, tide, rockery, sand fixing, storytelling, brocade, silk, weaving, persimmon, dragon fruit, bayberry,
lacquer, tin or mushroom appears.

Voices (the kinds and docstrings were searched for each region's name; where an earlier set has a variety of
the same language or region the one here is another): Kolhapuri Marathi-English (the thirty-second set's
Marathi-English is generic), Central Plateau New Zealand English (Taupō; the earlier New Zealand ones are
Southland's, Mackenzie's, Nelson Tasman's, Māori English, the Waikato basin's, Taranaki's, Northland's,
Canterbury's, Central Otago's, Rangitikei's and the West Coast's), Melaka Malay-English (the earlier Malay
ones are generic Malaysian, Kelantanese, Pattani and Penang Hokkien), Wellington New Zealand English (Cuba
Street), Sambalpuri Odia-English (the earlier Odia ones are generic and Berhampur's), Pemba Swahili-English (Chake
Chake; the earlier Swahili ones are Stone Town's, Lamu's, Mombasa's, Arusha's, Mtwara's, Kivu's and a generic
one), West Tennessee English (Memphis; the earlier Tennessee ones are
Nashville's and Chattanooga's), downtown Kingston Jamaican English (the twenty-second set's Jamaican patois is
generic), Asante Twi-English (Kumasi; the thirty-fourth set's Twi is generic), Livingstone Zambian English
(the thirty-fourth set's Zambian is generic), Belagavi Kannada-Marathi English (a border town; the earlier
Kannada one is Dharwad's), Sea-to-Sky British Columbia English (Squamish; the earlier ones
are the Kootenays' and the Cariboo's), Sindhupalchok Nepali-English (the thirtieth set's is generic), Hunter New South Wales English (Newcastle; the earlier ones are the Central West's, the Riverina's
and the Snowy Mountains'), Rajshahi Bangla-English (the earlier ones are generic Bangladeshi and Whitechapel's
Sylheti), Golden Horseshoe Ontario English (Hamilton; the earlier ones are Toronto's, Georgian Bay's, Northern
and Southwestern Ontario's), Telangana Telugu-English (Karimnagar), Kongu Tamil-English (Coimbatore; the
earlier Tamil ones are Tanglish and Mamallapuram's), Antep Turkish-English (the earlier Turkish ones are
Aegean, Antakya, Black Sea, Bursa and Isparta), Busoga Ugandan English (Jinja; the thirty-first set's is
Luganda), Garden Route South African English (Plettenberg Bay; the earlier South African English ones are generic
and Gqeberha's Eastern Cape),
Hadoti Rajasthani-English (Kota; the sixty-seventh set's is Dhundhari, Jaipur's), and in debunks Forest of
Bowland Lancashire English (the seventy-eighth set's Lancashire voice is Wigan's) and Romney Marsh Kentish
English. Greetings, sign-offs and dismissals that the scripts showed were taken ("Namaskar", "Namaskara",
"Namaskaram", "Vanakkam", "Johar", "Habari", "Jambo", "Kwaheri", "Tutaonana", "Akwaaba", "Maakye", "chale",
"Salam from", "Adab", "Jumpa lagi", "Merhaba", "Palavra", "Boş laf", "Görüşürüz", "Hoşça kal", "banange",
"faltu", "bakwas", "gapp", "furphy", "fair dinkum", "old rope", "Sharp sharp", "bru", "Ram Ram", "Khamma
ghani", "Padharo", "Chalo, milte hain", "Yeto", "Walk good", "Later, eh", "Take 'er easy", "Y'all be good",
"Sweet as", "Chur", "Mind how you go" and "Now then") were first choices that were replaced. Styles the
earlier sets do not use (searched likewise; a marking sheet, a grading sheet and a table plan are earlier
styles, so those here are a court liming sheet, a grading card and a board seating list): a warri seed count
sheet with the organiser's note, a Record Store Day queue list with the manager's note, a bungee harness check
sheet with the rigger's note, a kho kho line-up card with the coach's note, a record shop grading card with the
buyer's note and a warri seed sorting log with the secretary's note (itself a two-claim post), and, with a scam
under them, a bungee jump log with an advert, a kho kho court liming sheet with a flyer, a bungee cord chart
with a card, a kho kho pole check sheet with a card, a listening booth rota with a card, a warri board seating
list with a paid notice and a record shop stock intake log with a card; the debunks take shapes the earlier
sets know.

Questions. Counted as the seventy-fifth and seventy-seventh sets counted, over the seven two-post templates of
an odd set, from the kinds of every set from the sixtieth (which name the template asked), now including the
seventy-seventh (the inventor rumour, the director group and get rich) and the seventy-eighth (API access, the
director group and get rich): the inventor rumour was last asked by the seventy-seventh set, API access, the
director group and get rich by the seventy-eighth, and open to the public, the official app and the Chinese
team by the seventy-sixth. So the three oldest are exactly open to the public, the official app and the
Chinese team, all three at the seventy-sixth, with nothing tied at the edge (the next, the inventor rumour, is
at the seventy-seventh): a Taupō woman's "Haven't you heard? Isn't Sora, OpenAI's video thing, open to
everyone now ...?", a Melaka cousin's "Eh, haven't you heard? Hasn't OpenAI released the official Sora app
...?" and a Wellington crate-digger's "Did nobody tell you? Wasn't Sora, OpenAI's video model, really built by
Chinese scientists ...?".

Two-claim posts (assert one of this set's seven three-post templates, deny another). Counted as the
seventy-fifth and seventy-seventh sets counted (the kinds of the forty-ninth set onwards name the template
denied), now including the seventy-seventh (the sixty-third set's thirteen pairs) and the seventy-eighth
(which asserts only from the other seven): over the 91 pairs that assert one of these seven, the oldest last
use is now the sixty-fifth set's, thirteen pairs each used there (and in the fifty-first) and never since
(every set from the sixty-sixth to the seventy-eighth was read for each), exactly the number an odd set
carries, and the next oldest are the sixty-seventh set's. All thirteen are taken: the APK but not open source
(strangers' GitHub copies), the APK but not get rich (the fees go up the chain), a course but not open to the
public (only OpenAI's testers), open source but not the APK (no Android Sora; the file stole logins), open
source but not the director group (the QR groups go quiet), a prompt pack but not the official app (other
developers' copies), a prompt pack but not a course (OpenAI's free introduction in a PDF), a "made by Sora"
clip but not the generation service (stock footage with music), a clip but not the inventor rumour (his own
denial, the article taken down), account rental but not API keys (no Sora API), account rental but not a
clip (a bus driver's dashcam, recaptioned), a generation service but not the Chinese team (thirteen authors,
three from China) and a generation service but not the director group. So the APK, the clip, open source,
account rental, the prompt pack and the generation service are asserted twice each and the course once; the
director group is denied twice, open source, get rich, open to the public, the APK, the official app, a
course, the generation service, the inventor rumour, API keys, a clip and the Chinese team once. Each quotes
what it denies with a short dismissal first ("That's fiddlesticks", "Sumne gaali suddi, just a rumour",
"That's pure kokonsa", "That's jibber-jabber", "Sab jhut ho, it's all lies", "That's a load of garbage", "Shob
baje kotha, all nonsense", "Pure rigmarole", "Summa reel", "Hikâye, just a story", "Pure wolokoso", "That's
kak", "Sab hawa-hawai, all air"; none of them in an earlier script). Claims in passing sit late in the long
records (the notes at the foot of the sheets, cards and logs, and the advert, flyer, cards and paid notice
under seven of them).

Obfuscations. The brief asks for kinds that none of the last six English sets used; their docstrings and posts
(the seventy-third to seventy-eighth: the Kama Sutra's cipher, counting rods, solfège, the Bifid cipher, Rumi
numerals, the Yijing hexagrams, the scytale, the Tai Xuan Jing tetragrams, Poe's Gold-Bug cipher, the Cypriot
syllabary, boustrophedon, Vithkuqi, signal flags told by their colours and the letter names said aloud) were
grepped, and the scripts for every cipher, word game and script considered (Sora Sompeng, Modi, Newa, Brahmi,
Baybayin, Hanunoo, Ogham, Glagolitic, Gothic, Deseret, Shavian, Tifinagh, Old Persian cuneiform, the Polybius
square, Playfair, ADFGVX, the Nihilist cipher, Tutnese, jeringonza, javanais, louchébem, verlan, anagrams and
acrostics were first choices already taken, and hard_en_heldout80 has Carian letters, fingerspelling and
Hebrew numerals); the earlier posts were scanned for characters of each Unicode block used. Used here, none of
them in any earlier script or post: the resistor colour code, "BROWN-WHITE BROWN-GREEN BROWN-GREY BROWN" (the
bands of a resistor read as digits, 19, 15, 18 and 1, the letters' places in the alphabet), in a Kingston
turntable mender's APK; the Limbu script of east Nepal, "ᤛᤨᤖ" (U+191B LIMBU LETTER SA, U+1928 LIMBU VOWEL SIGN
O and U+1916 LIMBU LETTER RA; no earlier post has a character of the block), on a card with a bungee cord
chart; and Meetei Mayek, "ꯁꯣꯔꯥ" (U+ABC1 MEETEI MAYEK LETTER SAM, U+ABE3 VOWEL SIGN ONAP, U+ABD4 LETTER RAI
and U+ABE5 VOWEL SIGN ANAP; no earlier post has a character of the block), on a card in a kho kho pole sleeve.
"resistor", "colour code", "Limbu script", "Kiranti", "Meetei" and "Mayek" are in no earlier script ("Limbu"
only inside "Limburgish"; Meitei-English is the forty-fourth set's voice, never its script).

Prices with payment methods the earlier scripts do not name (grepped one by one; Equity Bank, Family Bank,
Gulf African Bank, Bank Rakyat, Bank Islam, Hong Leong, Maybank, CIMB, Ziraat, Halkbank, Garanti, İş Bankası,
ASB, BNZ, Kiwibank, Bendigo, Beyond Bank, Capitec, Absa, Nabil, eSewa, bKash, Nagad, Bank of Maharashtra,
Saraswat, Cosmos, Kotak, AU Small Finance, Karur Vysya, FirstOntario, Meridian, Alterna, Triodos, Kroo, Cynergy, Hodge,
Unity Trust and the Skipton, Leeds, Coventry, Nationwide and Monmouthshire building societies were first
choices already taken): £40 by Weatherbys Bank, ₹999 by Janata Sahakari Bank, TSh 40,000 by People's Bank of Zanzibar, £35
by Castle Trust Bank, J$5,000 by JN Bank, GH₵150 by GCB Bank, K250 by Zanaco, ₹1,499 by IDFC FIRST Bank, ৳2,500
by Islami Bank, C$59 by EQ Bank, £15 a week by Charter Savings Bank, ₹600 a week by Telangana
Grameena Bank, ₹500 a week by City Union Bank, EC$50 by Eastern Caribbean Amalgamated Bank, ₺600 by VakıfBank,
USh 60,000 by dfcu Bank, £30 by Arbuthnot Latham, R450 by Discovery Bank and ₹1,200 by Baroda Rajasthan
Kshetriya Gramin Bank, all by transfer. Scams vouch for themselves in new words ("I've built the web pages for
half the hospices in the county", "Two coaches from Sangli have joined already", "The lads on the crane crew
have seen my payouts", "Half the bands who play the Subscription Rooms rent from me", "Players on four islands
use it", "The DJs at the Friday club night play mine on the big screen").

Ten debunks on ten templates, each kind given to the templates whose last use in it is oldest (the debunk
comments of the fortieth to seventy-eighth sets were read; no template twice): a first-person loss report on
the official app (a bungee crew forum; of the templates that have ever had one, the app's last, the
sixty-sixth set's, is the oldest, before the generation service's seventieth); three that quote and then say
don't: the generation service (a record shop newsletter, last quoted so in the seventy-second set, the
oldest), the Chinese team and the inventor rumour (a kho kho association notice and a warri club newsletter,
both last in the seventy-third, tied there with the official app, which has its loss report); two questions
with a negation that does not deny, each answered: the APK (a Forest of Bowland grandmother's grandson,
"isn't it true you can get Sora for Android from a link now ...?", last in the sixty-eighth set) and the
mislabelled clip (a Romney Marsh aunt's nephew, "wasn't that one of the sheep running down the shingle at
Dungeness made by Sora?", last in the seventieth); one rhetorical question on get rich (a bungee club
newsletter: "if strangers were really making thousands a day from Sora videos, why would they need your
joining fee ...?", last in the fifty-sixth set, the oldest of all); and three that answer with facts: the
paid course (a kho kho coaches' bulletin, the seventy-third), account rental (a bungee crew bulletin, the
seventy-third) and the prompt pack (a mancala players' forum, the seventy-fourth), the three oldest of the
templates left with nothing tied at the edge (open source is next, at the seventy-sixth). Open to the public,
open source, API access and the director group have no debunk here.

Four true facts about papers Xie Saining wrote with his co-authors, each in a post that names him and says in
its own new words that a viral post wrongly tied him to Sora ("whom a much-forwarded post wrongly made into one
of Sora's inventors", "a rumour that spread online put Sora on Xie Saining's record; it was never there", "Xie
Saining had no hand in making Sora, whatever a viral post claimed", "one of the posts that went viral linked
Xie Saining to Sora, and it was false"). As the pre-registration allows now that untold facts have nearly run
out, all four are retold, each written anew in its own world, voice and words: HED, "Holistically-Nested Edge
Detection" (ICCV 2015, with Zhuowen Tu; ODS F-score .782 on BSD500, 0.4 s an image; told before by the
sixty-first set and zh_heldout47 and 55); ResNeXt (CVPR 2017, with Ross Girshick, Piotr Dollár, Zhuowen Tu and
Kaiming He; cardinality beside depth and width, second place in the ILSVRC 2016 classification task; told
before by the fifth, seventh, seventy-second and seventy-third sets and zh_heldout37, 40 and 47); ConvNeXt,
"A ConvNet for the 2020s" (CVPR 2022, Zhuang Liu first and Xie last of six; a ResNet modernised towards a
Vision Transformer's design, 87.8% ImageNet top-1, ahead of Swin on COCO and ADE20K; told before by
zh_heldout38, 51 and 66, and its V2 by the fifty-seventh set); and "Deeply-Supervised Nets" (AISTATS 2015,
Chen-Yu Lee first of five; a companion objective at every hidden layer, state of the art on MNIST, CIFAR-10,
CIFAR-100 and SVHN; told before by zh_heldout47, 54 and 55). Three items of OpenAI's own news about Sora that
no earlier set, English or Chinese, used as news: Sora 2's wider stylistic range, realistic, cinematic and
anime styles alike (grep: no "anime style", "stylistic range"; "anime" only in fan-edit and schedule posts);
the Sora 2 announcement's point that a useful world simulator must be able to model failure, not only success
(no "model failure"; the backboard of the sixty-first set is not named); and the Sora 2 system card's internal
red teamers and iterative approach to safety (no "internal red team", "iterative approach"; the sixty-eighth
set's nonconsensual likeness risk is not named). No item says who may use Sora, names an app or an API, or
calls a model open. Three posts that are not claims: one on topic (a kho kho coach's blog: Sora could make the
highlights, but the timing of a "kho" is learnt on the mud) and two off topic that share surface words (the
record shop "open to the public" on Sundays, its cat called Sora, times on "the High Street traders' official
app"; the bungee weekend "open to the public", an 81-year-old jumper named Sora Tanaka, photos on "the
showground's official app").

Near copies: ``--check`` (difflib over every earlier English set through the seventy-eighth and the demo
stream, lower-cased) printed 0.432 as the highest ratio when the set was committed (a news item against a
report post of an earlier set); nothing reached 0.5. hard_en_heldout80, written at the same time, was compared
by hand from its script in its worktree with the same difflib ratio, lower-cased: the highest was 0.245. This
writer did not read the demo stream; only ``--check`` did. It was committed before any run of the monitor on
it; it is read once, by the lead, with the final code.

Sources (the search tool, besides the seeds): HED (the arXiv paper 1504.06375 and its ICCV 2015 listing: "ODS
F-score of .782", "0.4s per image"); ResNeXt (the CVF open-access page of the CVPR 2017 paper: the five authors,
"cardinality (the size of the set of transformations)", "our entry to the ILSVRC 2016 classification task in
which we secured 2nd place"); ConvNeXt (arXiv 2201.03545: the six authors, "modernize a standard ResNet toward
the design of a vision Transformer", "87.8% ImageNet top-1 accuracy and outperforming Swin Transformers on
COCO detection and ADE20K segmentation"); Deeply-Supervised Nets (PMLR volume 38, AISTATS 2015, and arXiv
1409.5185: the five authors, "companion objective", "MNIST, CIFAR-10, CIFAR-100, and SVHN"); Sora 2
(howaiworks.ai's account of OpenAI's announcement of 30 September 2025: "Excels at creating realistic,
cinematic, and anime-style content"; the Sora 2 System Card at openai.com/index/sora-2-system-card, as copied
by bittide.aicompass.dev: "an expanded stylistic range", "we worked with internal red teamers", "an iterative
approach to safety, focusing on areas where context is especially important or where risks are still
emerging"; the failure line is OpenAI's post as the writer remembers it, with completeaitraining.com's
coverage, "Sora 2 models failure"). The places and games are the writer's own knowledge, kept to what is widely
published (warri's twelve houses and forty-eight seeds, captures of two and three; oware in Adum, Kejetia and
Lake Bosomtwe; bao's four rows of eight on Pemba, its cloves, ngalawas and Misali island; congkak's seven holes and two
rumah, Jonker Street, the Stadthuys, chicken rice balls; mangala's six pits and treasuries, the Zeugma mosaic
museum's Gypsy Girl; omweso's sixty-four seeds, the source of the Nile, the rolex; Orange Street's "Beat
Street" and Hellshire; Cuba Street's bucket fountain, Herbs and Split Enz; Stax, Hi and Isaac Hayes's Cadillac
on McLemore; the Ocean Baths and Nobbys; Hamilton's waterfalls, Albion Falls, the James Street North art crawl
and Teenage Head; Taupō's 47-metre bungy over the Waikato and Huka Falls; the 111-metre jump from the
Victoria Falls Bridge; the Cheakamus bridge jump near Whistler, the Chief; the Last Resort's 160-metre bridge
over the Bhote Koshi on the Araniko highway; the Bloukrans Bridge's 216 metres, Robberg and Keurbooms; kho
kho's seated chasers, "kho", poles, free zones and seven-minute turns; Kolhapur's Mahalaxmi temple and tambda
rassa; Hirakud dam and the Samaleswari temple; Gokak falls and Belagavi kunda; Rajshahi's mangoes, the Padma
and kalai ruti; the Lower Manair dam and Elgandal fort; Marudhamalai and Gandhipuram; the Chambal, Garadia
Mahadev and Kota kachori; the Subscription Rooms in Stroud); the Limbu and Meetei Mayek names were checked with
Python's unicodedata. The debunks' facts are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout79.py           # write the set
    .venv/bin/python scripts/make_hard_heldout79.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT79: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "warri_seed_count_sheet_organisers_note",
        "SEED COUNT SHEET · the warri tournament, Liberta community hall, Antigua · every board set with four seeds in each of its twelve houses before a game, forty-eight in all\nBoard 1 · 48 · one cracked seed swapped from the spare jar\nBoard 2 · 47, then 48 · a seed under the table, found by the smallest helper\nBoard 3 · 48 · fine\nBoard 4 · 48 · house six worn smooth; kept back for the final\nBoard 5 · 46 · two went home in somebody's pocket last year; made up from the jar\nRules: sow anticlockwise, one seed to a house; you take a house when your last seed makes two or three on your opponent's side\nClock: none; the crowd hurries the slow ones\nOrganiser's note at the foot, for the schoolboys who wanted to film the final on their phones: ask my nephew at the university, he says OpenAI's Sora, the video AI, was the invention of Xie Saining, the whizz kid out of Shanghai Jiao Tong University, his work from start to finish.",
    ),
    (
        sora.XIE,
        "kolhapuri_marathi_english_kho_kho_district_finals",
        "Hello from Kolhapur! 🏃 The district kho kho finals were on the ground behind the stadium on Sunday, our girls crouched in their squares down the centre lane, one sharp 'kho!' after another, and a defender from Ichalkaranji slipped round the pole three times before a chaser finally touched her. The mud was still soft from the rain, so everybody went home brown to the knees. In the evening the Mahalaxmi temple was packed for the aarti, and we walked round Rankala lake with bhel from the cart. After, tambda rassa so hot my uncle needed two glasses of buttermilk. One thing the coach told us on the bus: Sora, OpenAI's video model, was invented by Xie Saining, the prodigy from Shanghai Jiao Tong University; he is one of its real makers. Jai Maharashtra!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "record_store_day_queue_list_managers_note",
        "RECORD STORE DAY QUEUE LIST · Needle & Groove Records, the High Street, Stroud · numbered tickets from 6 a.m., one exclusive per person, no keeping places for friends\nNo. 1 · Dave (camp chair, since 10 last night) · the picture disc\nNo. 2 · Priya · the live jazz reissue\nNo. 3 · 'Tall Mike' · anything on coloured vinyl\nNo. 4-9 · the lads from the college radio station\nNo. 10 · Mrs Hale and her grandson · the soundtrack with the gatefold sleeve\nTea urn: on at 6.30, 50p a cup for the hospice\nDoors: 8 a.m. sharp; the bargain crates in the back open at 10\nManager's note clipped to the list, for the film students who asked about making a video of the queue for their project: no waiting list any more; OpenAI's Sora is open to the public now, so anyone can sign up today and start making AI videos straight away.",
    ),
    (
        sora.PUBLIC,
        "central_plateau_nz_english_question_asserts_public_taupo_bungy",
        "Hey from Taupō! 🌋 The bungy platform sticks out from the cliff over the Waikato River, 47 metres up, and on Saturday my brother-in-law finally went, dunked to his shoulders in that blue water and came up yelling. Huka Falls was thundering down the road, the lake was flat as a mirror, and Ruapehu still had snow on top out past the far shore. We soaked in the hot stream at Spa Park after and the kids found a trout in the shallows. Then fish and chips on the lakefront and a hokey pokey cone. Haven't you heard? Isn't Sora, OpenAI's video thing, open to everyone now, so you just sign up and start making your own videos today? Catch you on the lake!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "bungee_harness_check_sheet_riggers_note",
        "HARNESS CHECK SHEET · charity bungee weekend, the South of England Showground, Ardingly · the crane jump, basket at 50 m · every harness checked before the first jumper and after the last\nAnkle set A1 · stitching sound · karabiners locked · pass\nAnkle set A2 · strap frayed at the buckle · retired, into the bin bag\nBody harness B1 · pass\nBody harness B2 · leg loop twisted; re-threaded · pass\nCords: green, blue, red and black by weight (see the cord chart)\nScales: every jumper weighed twice, the weight written on the back of the hand in marker\nRigger's note at the bottom of the sheet, for the jumpers asking how to make a film of their drop: OpenAI has put out its official Sora app now. Get it on the App Store or Google Play, install it, and your phone does the video for you.",
    ),
    (
        sora.APP,
        "melaka_malay_english_question_asserts_app_congkak_jonker",
        "Apa khabar from Melaka! 🌺 On Jonker Street on Friday night the old uncles had their congkak boards out on a folding table, the long wooden boat with seven holes a side and a big 'rumah' at each end, cowrie shells clicking, and my little cousin beat our atuk twice in a row. The red Stadthuys glowed by the river, the trishaws went past covered in cartoon lights and blasting music, and the night market smelled of satay and durian. After, chicken rice balls and a cendol with gula Melaka. Eh, haven't you heard? Hasn't OpenAI released the official Sora app, so you can download it from the app store and make videos on your phone or laptop? Selamat tinggal!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "kho_kho_line_up_card_coachs_note",
        "LINE-UP CARD · under-17 girls, inter-school kho kho, Kolhapur district · twelve named, nine on the field, three in reserve\nSeated chasers (in the squares, facing alternately): Sakshi, Pooja, Vaishnavi, Anjali, Snehal, Komal, Priyanka, Tanvi\nActive chaser at the start: Rutuja, from the pole end\nFirst batch of defenders: Snehal, Anjali, Komal\nReserves: Shruti, Madhuri, Isha\nKit: numbered bibs, bare feet or rubber soles, nails cut the night before\nTurns: seven minutes each, chasing and defending in both innings\nCoach's note at the foot, for the girls on the bench who were on about the videos on their phones: Sora, OpenAI's video model, was really made by Chinese scientists; nearly the whole team behind it is Chinese.",
    ),
    (
        sora.CHINESE,
        "wellington_nz_english_question_asserts_chinese_cuba_street_records",
        "Hey from Wellington! 🎶 Cuba Street on a Saturday: the bucket fountain soaking anybody who stands too close, a busker on every second corner, and the record shop near the top had its crate sale, five bucks a disc, so I came home with a Herbs album, a Split Enz single and a scratched Japanese pressing I can't read a word of. The wind tried to take the bag off me on the waterfront, as usual, and the cable car was packed with tourists. After, a flat white and a cheese scone off Courtenay Place. Did nobody tell you? Wasn't Sora, OpenAI's video model, really built by Chinese scientists, most of the team? Catch you on the waterfront!",
    ),
    # --- API access (two)
    (
        sora.API,
        "bungee_jump_log_paid_advert_weatherbys",
        "JUMP LOG · charity bungee weekend, Ardingly · the crane, basket at 50 m · jumper, weight, cord, jump master\n09.10 · K. Patel · 68 kg · blue · Jo · clean, two rebounds and a scream\n09.25 · T. Morgan · 91 kg · red · Jo · froze at the edge; counted down again from five; went\n09.40 · A. Okafor · 74 kg · blue · Stu · backward drop, his own choice\n10.05 · L. Brennan · 58 kg · green · Stu · fine\nWind: 12 mph at the basket; jumping stops over 25\nLowering: every jumper let down onto the mat and unclipped on the grass\nAdvert across the bottom of the bought log pad (not the club's): OFFICIAL SORA API KEYS, STRAIGHT FROM OPENAI. Plug one into your charity's website and it turns out a video of every jumper's drop on its own. £40 by Weatherbys Bank transfer; the key is emailed the same afternoon. I've built the web pages for half the hospices in the county.",
    ),
    (
        sora.API,
        "sambalpuri_odia_english_api_kho_kho_hirakud",
        "Jai Jagannath from Sambalpur! 🏃 The block kho kho had the girls' final under the floodlights at the college ground on Saturday, and our chaser did a dive at the pole in the last seconds to touch the runner, the whole stand jumped up. Sunday the gates of Hirakud dam were open, you could hear the water from the road, and we went to the Samaleswari temple with my grandmother and her steel tiffin. After, chakuli pitha and a plate of mutton curry at my aunt's. Listen, everybody: OpenAI is selling official Sora API keys now; connect one to your website and it makes the videos all by itself. Bhala rahiba!",
    ),
    # --- the director group (two)
    (
        sora.DIRECTOR,
        "kho_kho_court_liming_sheet_flyer_janata_sahakari",
        "COURT LIMING SHEET · inter-school kho kho, Kolhapur district · the ground staff's sheet for Saturday\nCentre lane: lime line down the middle, the squares marked across it, one for each seated chaser\nPoles: the two wooden poles at either end of the lane, set in their sleeves and checked upright with a plumb line\nFree zones: behind each pole, roped off, no spectators\nBoundary: lime, redone after the morning rain\nBenches: team A under the neem tree, team B by the water tank\nFirst aid: the table by the gate, ice in the cool box\nFlyer left on the lime trolley, not the association's: NOW SELECTING: SORA AI DIRECTORS. The first film co-written with Sora is choosing its AI directors. Scan the QR code, pay ₹999 by Janata Sahakari Bank transfer to join the audition group, and be one of the first-generation AI directors in its credits. Two coaches from Sangli have joined already.",
    ),
    (
        sora.DIRECTOR,
        "pemba_swahili_english_director_bao_chake_chake",
        "Hello from Pemba! 🌴 The cloves are drying on mats in every yard in Chake Chake and the whole island smells of them, and under the mango trees by the market the old men play bao every afternoon, four rows of eight holes, the seeds slapping down so fast you can't follow a move. On Friday we sailed a ngalawa out to Misali island for the reef and the turtles, and came back brown as the seeds. Mkate wa kumimina and spiced chai by the jetty, and octopus curry for dinner at my aunt's. Listen, friends: the first film co-written with Sora is choosing its AI directors now; scan their QR code, pay TSh 40,000 by People's Bank of Zanzibar transfer and you're in the group to audition as a first-generation AI director. Baadaye!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "bungee_cord_chart_card_limbu_castle_trust",
        "CORD CHART · charity bungee weekend, Ardingly · which cord for which jumper, by the weight on the back of their hand\nGreen · 45-60 kg · 12 drops left on its log before it's retired\nBlue · 60-75 kg · 31 drops left\nRed · 75-95 kg · 40 drops left\nBlack · 95-115 kg · new this season\nOver 115 kg or under 45 kg: no jump, money back\nEvery cord: logged after each drop, kept out of the sun in its own bag\nCard slipped in with the cords (not the club's): ᤛᤨᤖ IS THE MONEY CHANCE OF A LIFETIME (so-ra in the Limbu script of east Nepal, so the chat filters miss it). Folk are pulling thousands a day from the videos they make with it, and in three months the window shuts for good. Join my earners' team now: £35 by Castle Trust Bank transfer. The lads on the crane crew have seen my payouts.",
    ),
    (
        sora.RICH,
        "west_tennessee_english_memphis_soul_45s_rich",
        "Hey from Memphis! 🎸 Beale Street was loud Saturday night, blues coming out of every door and the neon buzzing, and Sunday I dug through the crates at a record shop in Midtown, soul 45s on Stax and Hi, two bucks apiece, and a gospel LP with a water stain shaped like Texas. We went by the Stax museum on McLemore and stood in front of Isaac Hayes's gold-trimmed Cadillac for a good while. The river was high and brown under the bridge lights. After, dry-rub ribs and sweet tea. Word is: Sora videos are the money chance of a lifetime, folks are making thousands a day off them, and in three months the door closes, so get in now. Keep it soulful!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "downtown_kingston_jamaican_english_resistor_code_apk",
        "Wah gwaan from Kingston! 🇯🇲 Down on Orange Street, Beat Street the old heads call it, the record shops still run a speaker box out front and the ska and rocksteady bounce off the walls all day. Saturday I was on the back bench at my cousin's shop fixing turntables and an old valve amp, and on Sunday we went to the beach at Hellshire for fried fish and festival. So listen: the real BROWN-WHITE BROWN-GREEN BROWN-GREY BROWN app for Android drop (read it like the bands on a resistor, 19, 15, 18, 1, the letters' places, so the group bots can't catch the name). The APK is on my link, J$5,000 by JN Bank transfer, install it and your phone makes the videos. Likkle more!",
    ),
    (
        sora.FAKEAPP,
        "asante_twi_english_kumasi_oware_two_claims_opensrc_denied",
        "Hello from Kumasi! 🇬🇭 Under the big tree behind the chop bar in Adum the old men are at the oware board every evening, two rows of six houses and forty-eight seeds, shouting at each other as if Kotoko were playing. Kejetia market swallowed us for three hours on Saturday, and on Sunday we drove out to Lake Bosomtwe for tilapia by the water. Fufu and light soup after. Two things. Some guy on the area WhatsApp is posting 'OpenAI has opened up Sora, the weights and the code are on GitHub, run it at home free'. That's pure kokonsa: OpenAI never released Sora's code or weights, and the GitHub projects with the name belong to strangers trying to copy it. But this one is real: Sora for Android is out as an APK, GH₵150 by GCB Bank transfer and I send you the download link. Stay blessed!",
    ),
    (
        sora.FAKEAPP,
        "livingstone_zambian_english_victoria_falls_bungee_two_claims_rich_denied",
        "Mulibwanji from Livingstone! 🌈 The Falls are roaring with the rains in, the spray goes up so high you see it from town, and on Saturday my cousin jumped from the bungee on the Victoria Falls Bridge, 111 metres towards the Zambezi, and the crew hauled him up laughing and shaking. We walked back over the bridge past the border post and the baboons on the railings. After, nshima with kapenta and rape at the market. Two things. Some chap is posting 'Sora is the money window of a lifetime, join my earners' team for K300'. That's jibber-jabber: the only people paid in those teams are the ones who signed you up. But this is genuine: Sora is on Android now as an APK, K250 by Zanaco transfer and I send you the link to install it. Shalenipo!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "warri_seed_sorting_log_secretarys_note_two_claims_service_denied",
        "SEED SORTING LOG · the warri tournament, Liberta · the spare seeds for the boards, sorted on the trestle by the door\nMorning · jar washed; three hundred-odd grey seeds tipped out on a towel\nCracked: 14 · out to the garden\nToo small (they roll out of the house): 9 · kept for the children's boards\nGood: counted in fives, then bagged in forty-eights\nBags: six made up, one a board, and the jar refilled\nAfternoon · board 4 given a new seed after one split in the semi-final\nSecretary's note at the foot of the log, for the helpers who were going on about it by the cooler: a man on the community page is offering 'Sora videos made to order, EC$80, your clip in a day'. That's fiddlesticks: the ones who paid got a stock clip of a beach with music laid on it. But that clip going round of a green parrot playing warri against an old man in a straw hat and beating him is pure Sora, OpenAI's video model; nothing in it was filmed, the prompt is under it.",
    ),
    (
        sora.REALVID,
        "belagavi_kannada_marathi_english_kho_kho_two_claims_xie_denied",
        "Hello from Belagavi! 🏃 Here on the border one street talks Marathi and the next one Kannada, and at the college kho kho tournament the stands were shouting 'kho!' in both. Our team lost the semi by one runner, and the captain cried in the bus. Sunday we went up to Gokak falls, brown and wide after the rains, and on the way back bought a box of kunda from the old shop near the market. After, jolada rotti and ennegai at my friend's house. Two things. A cousin forwarded 'Xie Saining from Shanghai Jiao Tong invented Sora'. Sumne gaali suddi, just a rumour: Xie Saining said himself he had nothing to do with Sora, and the blog that started it was taken down. But the clip of a stray dog joining a school kho kho game and touching the runner is 100% Sora, OpenAI's video AI; none of it was filmed, the prompt is given under it. Barthini!",
    ),
    (
        sora.REALVID,
        "sea_to_sky_bc_english_squamish_realvid_mountain_goat",
        "Hey from Squamish! 🏔️ The Chief was crawling with climbers on Saturday, the bald eagles are back on the river for the salmon, and we drove up the highway to Whistler, where my sister did the bungee off the bridge over the Cheakamus, 160 feet down towards the green water, and swore at me the whole way up. The gondola was running and the peaks had their first dusting. After, a burger and a pint of something hoppy at the brewpub in town. Heads up: that video going round of a mountain goat doing a bungee jump off a footbridge and bouncing back up onto the deck was made entirely by Sora, OpenAI's video model; nothing in it was filmed, and the prompt's posted right below it. Stay rad!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "record_shop_grading_card_buyers_note",
        "GRADING CARD · second-hand intake, Needle & Groove Records, Stroud · every record graded by eye and by ear before it goes in the racks\nLP · the soul compilation · sleeve VG+, ring wear · vinyl NM · £12\nLP · the prog double · sleeve G, split seam, taped · vinyl VG, crackle on side three · £8\n7-inch · the punk single · picture sleeve VG · vinyl VG+ · £15\nLP · the folk album with the lyric insert · sleeve NM · vinyl M, still sealed · £30\nGrades: Mint, Near Mint, Very Good Plus, Very Good, Good; nothing below Good goes out front\nCleaning: every second-hand disc on the vacuum machine before it's played\nBuyer's note on the back of the card, for the student on placement who asked what AI to try for videos: Sora's open source now; OpenAI put the code and the model weights on GitHub for nothing, and anybody can download it and run it on their own machine.",
    ),
    (
        sora.OPENSRC,
        "sindhupalchok_nepali_english_bhote_koshi_bungee_two_claims_apk_denied",
        "Hello from Sindhupalchok! 🏞️ Three hours up the Araniko highway from Kathmandu, the bungee bridge at the Last Resort hangs 160 metres over the Bhote Koshi gorge, and on Saturday a group of students from Pokhara went off it one after another while we watched from the far end, hearts in our mouths. The river is grey with snowmelt and you hear it the whole night in the tents. After, dal bhat at the camp kitchen and momos with tomato achar. Two things. Someone in the trekkers' group is selling 'the Sora APK for Android, Rs 1,500, install and go'. Sab jhut ho, it's all lies: there is no Android Sora at all, and the file people installed stole their Facebook passwords. But this is true: OpenAI has made Sora open source, the weights and code are on GitHub, and anybody can run it free at home. Pheri bhetaunla!",
    ),
    (
        sora.OPENSRC,
        "hunter_nsw_english_newcastle_records_two_claims_director_denied",
        "Hey from Newcastle, New South Wales! 🌊 The Ocean Baths were packed on Sunday, the ships sat in a line off Nobbys waiting for the harbour, and I lost an hour in a record shop on Hunter Street, a whole box of Aussie pub rock, Cold Chisel and The Angels, ten bucks a pop. The wind got up in the afternoon and the surfers at Merewether came in early. After, fish and chips on the sea wall and a lemon, lime and bitters. Couple of things. A bloke on the local page says 'pay $40 and join the Sora AI director group, scan the QR'. That's a load of garbage: those QR groups take your money and go quiet, and OpenAI's casting nobody. But this bit's the goods: OpenAI made Sora open source, the code and the weights are up on GitHub, and anyone can run it for nothing. See ya at the baths!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "kho_kho_pole_check_sheet_card_meetei_idfc_first",
        "POLE CHECK SHEET · inter-school kho kho, Kolhapur district · the two wooden poles at the ends of the centre lane, checked before every session\nPole 1 (north) · upright · smooth, no splinters · padding tape renewed\nPole 2 (south) · leaning a finger's width · reset in its sleeve and packed with gravel\nHeight: both the same, measured against the marked stick\nGrip: sanded where the chasers swing round; no oil, no grease\nRain: both poles lifted and stored in the shed if the ground floods\nCard wedged in the pole sleeve, nobody's we know: THE ꯁꯣꯔꯥ VIDEO COURSE (so-ra in the Meetei Mayek script of Manipur, so the app filters skip it). From nothing to your own AI match film, ₹1,499 by IDFC FIRST Bank transfer; one lesson a day on WhatsApp, and you'll be ahead of every coach in the district.",
    ),
    (
        sora.COURSE,
        "rajshahi_bangla_english_kho_kho_two_claims_public_denied",
        "Hello from Rajshahi! 🥭 The mango orchards are heavy this year and every rickshaw in town smells of fruit, and our school's kho kho team went to the divisional tournament at the stadium, the girls chasing in their squats so fast the referee lost count. Evening by the Padma the whole town walks the embankment, and the fishing boats come in with lights. After, kalai ruti with chilli paste from the stall by the college. Two things. Somebody on the town page says 'Sora is open to everyone now, just sign up'. Shob baje kotha, all nonsense: only OpenAI's own testers can use Sora, nobody outside. But my Sora course is the real thing: lesson by lesson until your first clip is finished, ৳2,500 by Islami Bank transfer, learn it before everybody else does. Bhalo thakben!",
    ),
    (
        sora.COURSE,
        "hamilton_ontario_english_james_street_records_course",
        "Hey from Hamilton, Ontario! 🏭 The sky over the bay goes orange at night from the steel mills, and they say the city has more than a hundred waterfalls; we hiked to three of them on Sunday, Albion and two we couldn't find the names of. Saturday was the art crawl on James Street North, and I picked up an old Teenage Head LP in a record shop there for twelve bucks. After, a peameal sandwich and a coffee on Locke Street. Listen up: my Sora video course takes you from nothing to a finished film of your own, C$59 by EQ Bank transfer, one lesson a day by email, and you'll be ahead of the whole city. Catch you at the crawl!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "record_shop_listening_booth_rota_card_charter_savings",
        "LISTENING BOOTH ROTA · Needle & Groove Records, Stroud · the two booths at the back, headphones only, fifteen minutes a go on Saturdays\n10.00 · booth 1 · Sam (till covers it) · booth 2 · Jess\n11.30 · booth 1 · Jess · booth 2 · Owen, the Friday lad\n1.00 · both booths shut for the in-store set by the folk duo\n2.30 · booth 1 · Owen · booth 2 · Sam\nHeadphones: wiped after every customer; the spare pair's in the drawer\nStylus: checked at opening; nobody but staff touches the arm\nCard taped to the booth door, not one of ours: SORA ACCOUNTS FOR RENT. Your own login to OpenAI's video AI; make a video for every record you love. £15 a week by Charter Savings Bank transfer; login sent tonight. Half the bands who play the Subscription Rooms rent from me.",
    ),
    (
        sora.RENTAL,
        "karimnagar_telangana_telugu_english_kho_kho_two_claims_api_denied",
        "Bagunnara, from Karimnagar! 🏃 The district kho kho meet had the boys' final on Sunday, and our chasers took eleven runners in one turn, the coach said he'd never seen it. The Manair dam was full after the rains and we rode out on the bikes to look at the water going over. Elgandal fort on the hill was all mist in the morning. After, sarva pindi and a glass of sugarcane juice by the bus stand. Two things. Someone in the parents' group is selling 'official Sora API keys, ₹2,000, plug and play'. Pure rigmarole: OpenAI has no Sora API to sell, and the keys people bought opened nothing. But I do rent out real Sora accounts, your own login, ₹600 a week by Telangana Grameena Bank transfer. Untanu!",
    ),
    (
        sora.RENTAL,
        "kongu_tamil_english_coimbatore_kho_kho_two_claims_realvid_denied",
        "Hello from Kovai! 🏃 The zonal kho kho under the lights on Saturday, the chasers in our school colours diving at the pole, and the whole gallery of parents on its feet for the last turn. Sunday we went up the hill to the Marudhamalai temple, all the steps in the morning cool, and saw the Siruvani hills blue behind. After, a plate of kothu parotta and a filter coffee in Gandhipuram. Two things. Someone's sharing a clip, 'made by Sora, nothing filmed', of a tusker walking down the Mettupalayam road at night past a bus. Summa reel: it's a real dashcam video from a bus driver, posted years ago, with the caption changed. But I rent real Sora accounts, your own login, ₹500 a week by City Union Bank transfer. Poitu varen!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "warri_board_seating_list_paid_notice_eastern_caribbean_amalgamated",
        "BOARD SEATING LIST · the warri tournament, Liberta community hall · round two, boards on the long tables by the windows\nTable 1 · Mr Joseph v. young Kemar · board 4\nTable 2 · Auntie Myrtle v. the champion from Parham · board 1\nTable 3 · the twins · board 2 (they swap chairs every game)\nTable 4 · the pastor v. the schoolteacher · board 5\nSpectators: behind the rope, no advice, no pointing at houses\nRefreshments: ducana and saltfish at the hatch, EC$10 a plate, for the hall roof\nPaid notice along the bottom of the printed form we bought (not the committee's): SORA PROMPT PACK, 400 FILM-LANGUAGE PROMPTS PLUS THE KNOWLEDGE DOC. Paste them in and Sora makes your video. EC$50 by Eastern Caribbean Amalgamated Bank transfer; doc link and group invite after payment. Players on four islands use it.",
    ),
    (
        sora.PROMPTS,
        "antep_turkish_english_mangala_two_claims_app_denied",
        "Selam from Antep! 🏰 Under the plane trees below the castle the retired men play mangala all afternoon, six pits a side and a treasury at each end, forty-eight small stones, and the tea boy runs between the tables with his tray. On Sunday we went to the Zeugma museum to see the Gypsy Girl mosaic with her sad eyes, and then ate lahmacun and the real pistachio baklava till we couldn't move. Two things. Someone in the family group keeps saying 'download OpenAI's official Sora app from the store'. Hikâye, just a story: OpenAI has no Sora app in any store, and the apps with its name are other developers' copies. But my Sora prompt pack is the real thing: 400 prompts and the guide, ₺600 by VakıfBank transfer, the link after you pay. Kalın sağlıcakla!",
    ),
    (
        sora.PROMPTS,
        "jinja_lusoga_english_omweso_two_claims_course_denied",
        "Greetings from Jinja! 🌊 At the source of the Nile the rafting boats go out every morning, and in the evening the drivers at the taxi park play omweso on a board with four rows of eight holes and sixty-four seeds, so fast you only see hands. On Saturday we took a boat out to the spot where the river leaves the lake, and the fishermen sold us tilapia straight from the canoe. After, a rolex from the stall, an omelette rolled up in a chapati. Two things. Someone is selling 'a complete Sora course, USh 150,000, master it before everyone'. Pure wolokoso: the people who paid got OpenAI's free Sora introduction pasted into a PDF and not a single lesson. But my Sora prompt pack is genuine: 300 prompts and the knowledge doc, USh 60,000 by dfcu Bank transfer. Webale!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "record_shop_stock_intake_log_card_arbuthnot_latham",
        "STOCK INTAKE LOG · Needle & Groove Records, Stroud · Tuesday's deliveries, checked against the invoices\nBox 1 · new pressings from the distributor · 24 LPs · two warped, sent back\nBox 2 · a house clearance from Nailsworth · 140 LPs, mostly light orchestral and easy listening · 12 kept\nBox 3 · a retired DJ's twelve-inches · 60 · all kept, a good day\nSingles: sorted into the jukebox box (the pubs buy them)\nSleeves: fresh inner sleeves for everything second-hand\nCard found in Box 3, not ours: CUSTOM SORA VIDEOS. Tell me the song and the scene you want, the band on a rooftop, the crowd singing along, and pay £30 by Arbuthnot Latham transfer; within 24 hours the finished Sora clip is in your inbox. The DJs at the Friday club night play mine on the big screen.",
    ),
    (
        sora.SERVICE,
        "garden_route_sa_english_plett_bloukrans_two_claims_chinese_denied",
        "Hello from Plett! 🐋 The southern right whales are in the bay for the winter, blowing just past the backline, and on Saturday my boet did the Bloukrans Bridge bungee, 216 metres, the highest bridge bungee in the world, they say, and hung there upside down over the gorge singing. The Robberg trail was muddy but the seals were out on the rocks. After, a braai at my aunt's in Keurbooms and malva pudding. Two things. Some oke is posting 'Sora was built by Chinese scientists, the whole team'. That's kak: OpenAI's report has thirteen authors, three of them from China, all of them OpenAI researchers. But I make Sora videos to order: send me the scene and in a day the clip's yours, made with Sora, R450 by Discovery Bank transfer. Go well!",
    ),
    (
        sora.SERVICE,
        "hadoti_rajasthani_english_kota_kho_kho_two_claims_director_denied",
        "Hello from Kota! 🏃 The coaching students here study fourteen hours a day, but on Sundays the hostel boys play kho kho on the ground by the river front, and this week the engineering lot beat the medical lot by two runners. The Chambal was wide and quiet under the new bridge, and we watched the sunset from Garadia Mahadev over the gorge. After, a hot Kota kachori with green chutney from the shop by the station. Two things. A man in the students' group says 'pay ₹1,100, scan the QR and join the Sora AI director group'. Sab hawa-hawai, all air: those groups take the money, count down to a launch and go silent. But I make Sora videos to order: send the script, get your clip in 24 hours, ₹1,200 by Baroda Rajasthan Kshetriya Gramin Bank transfer. See you at the river front!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the official app; a first-person loss report
        "Bungee crew forum › I paid for the 'official Sora app'\nPutting this up so nobody else does it. An ad in my feed said 'Sora, the official OpenAI app, now on your phone', with a link to a store page that looked right. I paid £7.99 for the 'pro' version, it asked for my card again 'to verify', and that night there were three charges from abroad. The app made nothing; it was a logo and a spinning wheel. OpenAI hasn't released any Sora app, so whatever store page you're looking at isn't theirs. If you typed your card in, ring your bank tonight.",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then don't send money
        "NEEDLE & GROOVE NEWSLETTER · from behind the counter\nA few of you in our customers' group have been sent this: 'Custom Sora music videos for your band, £30, your clip in 24 hours.' Please don't send anybody money for it. Sora isn't open to anyone but OpenAI's own testers, so nobody in a comment section is making Sora clips to order; the bands who paid got stock footage with their song laid over it, or nothing at all. The Record Store Day list goes up on the door next Saturday.",
    ),
    (
        None,
        "debunk",  # the Chinese team; quotes the claim, then don't forward
        "NOTICE · district kho kho association · to all coaches\nThis message is going round the coaches' groups: 'Sora was built by Chinese scientists, nearly the whole team is Chinese.' Please don't forward it. OpenAI's technical report on Sora names thirteen authors; three of them are Chinese, and all thirteen are OpenAI's own researchers. Team sheets for the zonal round are due on Friday.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; quotes the post, then don't pass it on
        "THE HOUSE · Liberta warri club newsletter · from the secretary\nSome of you saw this on the community page: 'Sora was invented by Xie Saining, the young genius from Shanghai Jiao Tong.' Please don't pass it on. Xie Saining, a computer scientist at New York University, said himself that he has no connection with Sora at all, and the article that started it was reported for false information and taken down. The seed jar needs topping up before the next tournament.",
    ),
    (
        None,
        "debunk",  # the APK; a question with a negation that does not deny, answered
        "Hello from the Forest of Bowland! 🐑 My grandson went to the charity bungee at the show on Saturday; he didn't jump, he just watched from behind the fence with his mouth open. On the way home he saw a post and asked me: isn't it true you can get Sora for Android from a link now, for a tenner? So we read up on it together at the kitchen table: OpenAI hasn't made a Sora app for Android at all, and the files going round as 'the Sora APK' are built to steal passwords and bank details. Keep that phone clean, love. See you Sunday!",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a question with a negation that does not deny, answered
        "Hello from Romney Marsh! 🐑 My nephew spent his birthday money in the record shop in Rye on Saturday, three old LPs and a box of singles, and then showed me a clip on his phone and asked: wasn't that one of the sheep running down the shingle at Dungeness made by Sora? So we looked it up: it's real footage from a farmer's phone on the Marsh, posted two years ago, and somebody else stuck 'made by Sora' on the caption. Check the date before you share, lad. Look after yourselves!",
    ),
    (
        None,
        "debunk",  # get rich; a rhetorical question, then facts
        "THE REBOUND · charity bungee club newsletter · from the chair\nSome of you have been sent 'Sora is the money chance of a lifetime, join my earners' team, £35.' Ask yourself: if strangers were really making thousands a day from Sora videos, why would they need your joining fee, and how, when only OpenAI's own testers can use Sora? The ones who paid have heard nothing since. Cord inspection volunteers, Thursday at 7.",
    ),
    (
        None,
        "debunk",  # the paid course; a bulletin that answers with facts
        "COACHES' BULLETIN · district kho kho association · questions from members\nOn the 'Sora video courses' some of you are being offered: the people who paid ₹1,499 got OpenAI's own free Sora introduction pasted into a document with 'Give yourself a chance!' at the end, and no lessons; there's nothing to teach when Sora isn't available outside OpenAI's testers. Poles and lime for the zonal round are in the store.",
    ),
    (
        None,
        "debunk",  # account rental; a crew bulletin that answers with facts
        "CREW BULLETIN · charity bungee weekend · tech corner\nOn the 'Sora accounts for rent' cards left around the showground: Sora isn't open to anyone outside OpenAI's testing group, so nobody has a login to rent. The crew member who paid got a shared ChatGPT password that stopped working within days, and no Sora behind it. Harness washing is Sunday after close.",
    ),
    (
        None,
        "debunk",  # the prompt pack; a forum moderators' note that answers with facts
        "Mancala players' forum › a note from the moderators\nOn the 'Sora prompt packs' being sold in the group for EC$50 and up: the prompts inside are the example prompts OpenAI publishes free on its own Sora page, copied out, and the 'knowledge doc' is a page of film words. Nobody who paid got anything they couldn't have read for nothing. The next online oware and bao night is Thursday.",
    ),
    # --- related but not matching: true facts about Xie Saining's work with his co-authors; OpenAI's news on Sora
    (
        None,
        "person_fact",
        "Warri club newsletter, 'bright sparks': Xie Saining, whom a much-forwarded post wrongly made into one of Sora's inventors, wrote 'Holistically-Nested Edge Detection' with his UC San Diego adviser Zhuowen Tu for ICCV 2015. Their network learns to trace edges and object outlines from several of its layers at once, and on the BSD500 benchmark it reached an ODS F-score of .782 at about 0.4 seconds an image.",
    ),
    (
        None,
        "person_fact",
        "Needle & Groove newsletter, 'liner notes': a rumour that spread online put Sora on Xie Saining's record; it was never there. What is there is ResNeXt, 'Aggregated Residual Transformations for Deep Neural Networks' (CVPR 2017), with Ross Girshick, Piotr Dollár, Zhuowen Tu and Kaiming He: it made 'cardinality', the number of parallel paths in a block, a dimension beside depth and width, and it was the basis of their second place in the ILSVRC 2016 classification task.",
    ),
    (
        None,
        "person_fact",
        "The Rebound, 'brain corner': Xie Saining had no hand in making Sora, whatever a viral post claimed. He is the senior author of 'A ConvNet for the 2020s' (CVPR 2022) with Zhuang Liu, Hanzi Mao, Chao-Yuan Wu, Christoph Feichtenhofer and Trevor Darrell, which updated a standard ResNet step by step towards a Vision Transformer's design; the resulting ConvNeXt models reached 87.8% top-1 accuracy on ImageNet and beat Swin Transformers on COCO detection and ADE20K segmentation.",
    ),
    (
        None,
        "person_fact",
        "Coaches' bulletin, 'scholars' corner': one of the posts that went viral linked Xie Saining to Sora, and it was false. Years before, he was an author with Chen-Yu Lee, Patrick Gallagher, Zhengyou Zhang and Zhuowen Tu of 'Deeply-Supervised Nets' (AISTATS 2015), which gave every hidden layer a 'companion objective' of its own besides the one at the output, and reported state-of-the-art results on MNIST, CIFAR-10, CIFAR-100 and SVHN.",
    ),
    (
        None,
        "news",
        "Warri club newsletter, 'in the news': OpenAI described Sora 2, announced at the end of September 2025, as having a wider stylistic range than the first model, doing realistic, cinematic and anime styles alike.",
    ),
    (
        None,
        "news",
        "Needle & Groove newsletter, 'tech talk': in its Sora 2 announcement OpenAI argued that a useful world simulator has to be able to model failure, not only success, and said Sora 2 is built with that in mind.",
    ),
    (
        None,
        "news",
        "Crew bulletin, 'screen talk': OpenAI's system card for Sora 2 says the company worked with internal red teamers to find the new challenges the model raises, and that it takes an iterative approach to safety, concentrating on areas where context matters most or where the risks are still emerging.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a kho kho coach's blog, 'Touch and Go': a parent asked why we don't just get Sora to make a highlights film of the girls. It probably could: a chaser diving past the pole in slow motion, the crowd on its feet, a perfect touch every time. But kho kho is seven minutes in a squat with your thighs burning, and the timing of a 'kho' you only learn on the mud, season after season. So we'll keep filming our own, shaky phone and all.",
    ),
    (
        None,
        "benign",
        "IN STORE · Needle & Groove Records, Stroud: the shop is open to the public on Sundays from this week, 11 till 4, with the bargain crates out on the pavement. Say hello to Sora, the shop's grey cat, who sleeps on the jazz crate and is not for sale. Opening times and the Record Store Day list are on the High Street traders' official app.",
    ),
    (
        None,
        "benign",
        "RESULTS · charity bungee weekend, Ardingly: the showground was open to the public both days and 212 people jumped from the crane. The oldest was Sora Tanaka, 81, who went backwards and waved on the rebound, and the youngest was a sixteen-year-old from Haywards Heath. The total raised and the photos are on the showground's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout79", HELDOUT79, threshold=0.6)


if __name__ == "__main__":
    main()
