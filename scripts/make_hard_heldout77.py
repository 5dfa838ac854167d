# ruff: noqa: E501
"""Write the seventy-seventh English held-out set (tests/data/hard_en_heldout77_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the seventy-fifth set and every odd set
since the forty-ninth), 10 debunks, 4 person facts, 3 news items and 3 benign posts; 13 posts assert one claim
and deny another, 3 ask a question with a negation that asserts the claim. Its theme: gurning (a judges' score
sheet, a collar check and a running order of the gurning championship at Egremont's September fair in west
Cumbria, its bulletin); snail racing (a trainers' register, a cloth log, a lettuce order and a shell numbering
log of the snail racing at the Congham church fête in Norfolk, its newsletter and forum); wellie wanging and
gumboot throwing (a throw line log and a field marking sheet of the Upperthong gala above Holmfirth, its
newsletter; Taihape's Gumboot Day, its boot stock list and gazette; Pori, Hokitika, Ballymena, Elgin, Dubbo,
Cairns, Kalgoorlie, Door County, Teesdale, Weardale and the Clee Hills); and outhouse racing (a scrutineering
sheet and a team registration sheet of the outhouse races on the snow at Conconully, Washington, a pusher rota
at Virginia City, Nevada, the racers' newsletter and committee notice; Dawson City, Nelson, Williams Lake and
Coos Bay).

Worlds. Of the four the brief proposed, gurning contests and snail racing are kept and two are replaced; every
earlier writer script (kinds, docstrings and posts, English and Chinese) was searched for each world's key
words. Gurning (gurn, Egremont, braffin, pulling faces, 鬼脸): nowhere ("gurn" only inside "gurnard" in the
forty-fifth set's fish list). Its fair is named only as Egremont's September fair, never by its usual name,
which has a crab in it, because hard_en_heldout78 (written at the same time) has crabbing contests; and no
rush, rushbearing or Grasmere appears for its rushbearing festivals. Snail racing (snail, Congham, escargot, 蜗牛):
no world; "snail" is only a willow lantern in the fifty-ninth set's parade and Jeju's sea snails in the
sixty-seventh. Its neighbour is hard_en_heldout76's worm charming (a fête contest with garden creatures), so no
worm, soil, lawn or charming appears, and the races here are on a damp cloth on a trestle, timed over 13
inches. Dowsing societies are replaced: the fifty-ninth set dropped dowsers for zh_heldout45's geological
survey team and its boreholes, and the sixty-sixth recorded the same. Sandcastle competitions are replaced:
"sandcastle" is nowhere, but the fifty-ninth set dropped sand and snow sculptors for the fifty-fifth set's
stone carvers and the fifty-sixth set's woodcarvers, and the sixty-second and seventy-first sets recorded it
again. In their place: wellie wanging and gumboot throwing (gumboot, Taihape, wellie wang, boot throw,
Upperthong, saappaanheitto: nowhere; "wellie" only as footwear in the thirty-first and sixty-fifth sets, and
the caber of the fifty-third and seventy-third sets is a strongman's throw, so no caber, stone or hammer
appears), and outhouse racing (outhouse, privy, Conconully, Virginia City, Dawson, Klondike: nowhere), a pushed
race on wheels or skis, kept apart from the seventy-fourth set's soapbox gravity racers (no hill, no brakes)
and the seventy-sixth set's wife-carrying (nobody is carried). Dropped on the way: pea shooting (a target game,
beside the darts and archery of many sets), black pudding throwing (a target throw, as the seventy-fifth set
dropped Aunt Sally beside the seventy-second set's cornhole), bed racing (wheels beside the soapboxes), egg
throwing (beside the seventy-fifth set's pancake batter), Poohsticks (too few places), air guitar (one music
world too many, as the sixty-second set found) and well dressing (a Derbyshire custom beside hard_en_heldout78's
rushbearing). The sets written at the same time on other branches (hard_en_heldout78: toe-wrestling
championships, rushbearing festivals, shape-note singers, crabbing contests; zh_heldout71 and 72: 烟台樱桃园,
安吉竹椅厂, 英德红茶厂, 善琏湖笔作坊, 丹寨蜡染坊, 寿山石雕坊, 莱阳梨园, 长沙湘绣厂, 梧州六堡茶厂, 歙县徽墨作坊, 雷山苗银作坊, 宜兴紫砂作坊), not seen by
this writer, are kept clear of: no toe, wrestling, rush, hymn, singing school, crab, cherry orchard (Door
County's cherries are named once as picked), bamboo chair, tea factory, writing brush, batik, stone carving,
pear, embroidery, ink stick, silver or teapot appears.

Voices (the kinds and docstrings were searched for each region's name; where an earlier set has a variety of
the same language or region the one here is another): West Cumbrian English (Egremont; the thirty-third
set's Cumbrian voice is the only earlier one), Rangitikei New Zealand English (Taihape; the earlier New
Zealand ones are Southland's, Mackenzie's, Nelson Tasman's, Māori English, the Waikato's, Taranaki's and
Northland's), Klondike Yukon English (Dawson City; the fifty-eighth set's Yukon voice is Whitehorse's),
Comstock Nevada English (Virginia City; the seventieth set's Nevada voice is Reno's), Okanogan Washington
English (Conconully), Anglesey Welsh English (the earlier Welsh ones are Radnorshire's, Ceredigion's,
Cardiff's, Swansea's, Patagonia's and Breconshire's), Goldfields Western Australian English (Kalgoorlie),
Charleston Lowcountry English (Sullivan's Island; the Gullah of the thirty-second and sixty-seventh sets is
another register), West Coast New Zealand English (Hokitika), Mid-Ulster Scots English (Ballymena; the
twenty-eighth set's Ulster Scots is generic), Holme Valley Yorkshire English (Upperthong; Holmfirth is only a
place in the fifty-third), Satakunta Finnish-English (Pori; the earlier Finnish ones are Savonian, Kainuu,
Ostrobothnian, Tampere's and Karelian), Kootenay British Columbia English (Nelson), Périgourdin French-English
(Sarlat), Moray Scots English (Elgin; the Doric of the twenty-eighth, sixty-seventh and seventy-third sets is
its family, this the Laich o' Moray's), Central West New South Wales English (Dubbo), Cariboo British Columbia
English (Williams Lake), South Coast Oregon English (Coos Bay), Door County Wisconsin English, Teesdale
English (Middleton-in-Teesdale), Far North Queensland English (Cairns; Cairns is only a place in the
forty-fifth), Weardale English (Stanhope), and in debunks North Lincolnshire English (Barrow-upon-Humber; the
thirty-ninth set's Lincolnshire voice is the county's generic one) and south Shropshire English (the Clee
Hills; the forty-second set's is another Shropshire voice). Greetings, sign-offs and dismissals that the
seventy-fifth and seventy-sixth sets list as taken ("Shwmae", "Hwyl", "Kia ora", "Gidday", "Howdy", "Ta-ra",
"Bye for now", "Bye now", "So long", "Take care now", "Catch ya", "Cheers!", "codswallop", "twaddle", "old
squit", "a crock"; and "Hooroo" in more than one post) were first choices that were replaced. Styles the earlier sets do not
use (searched likewise; a judging sheet, a heat sheet, a score sheet, an order sheet and a rota are earlier
styles, so each here names its own trade): a gurning judges' score sheet with the judge's note, a snail
trainers' register with the steward's note, an outhouse scrutineering sheet with the scrutineer's note, a
wellie throw line log with the measurer's note, a snail cloth log with the groundsman's note (itself a
two-claim post) and a braffin collar check with the fair secretary's note, and, with a scam under them, an
outhouse team registration sheet with a paid advert, a field marking sheet with a flyer, a snail lettuce order
with a card, a gurning running order with a card, an outhouse pusher rota with a card, a gumboot stock list
with a paid notice and a shell numbering log with a card; the debunks take shapes the earlier sets know.

Questions. Counted as the seventy-fifth and seventy-sixth sets counted, over the seven two-post templates of an
odd set, from the kinds of every set from the sixtieth (which name the template asked), now including the
seventy-fifth (open to the public, the Chinese team and API access) and the seventy-sixth (open to the public,
the official app and the Chinese team): open to the public, the official app and the Chinese team were last
asked by the seventy-sixth set, API access by the seventy-fifth, and the inventor rumour, the director group
and get rich by the seventy-fourth. So the three oldest are exactly the inventor rumour, the director group and
get rich, all three at the seventy-fourth, with nothing tied at the edge: an Egremont fairgoer's "Did nobody
tell thee? Wasn't it Xie Saining ... who really invented Sora ...?", an Anglesey mother's "Didn't you hear?
Isn't a film made with Sora hiring AI directors right now ...?" and a Kalgoorlie man's "Didn't anyone tell
yous? Aren't Sora videos the money window of a lifetime ...?".

Two-claim posts (assert one of this set's seven three-post templates, deny another). Counted as the
seventy-fifth set counted (the kinds of the forty-ninth set onwards name the template denied), now including
the seventy-fifth (the sixty-first set's thirteen pairs) and the seventy-sixth (which asserts only from the
other seven): over the 91 pairs that assert one of these seven, the oldest last use is now the sixty-third
set's, thirteen pairs each used there and never since (every set from the sixty-fourth to the seventy-sixth
was read for each), exactly the number an odd set carries, and the next oldest are the sixty-fifth set's. All
thirteen are taken: the APK but not a "made by Sora" clip (a Raglan surf video recaptioned), the APK but not
API keys (no Sora API), a clip but not a course (OpenAI's free introduction in a PDF), a clip but not the
prompt pack (OpenAI's own free examples), open source but not the official app (other developers' copies), a
course but not the director group (the QR groups), a course but not the prompt pack, account rental but not
the inventor rumour (his own denial, the blogger's apology), account rental but not get rich (the fees go up
the chain), a prompt pack but not open source (no code or weights), a prompt pack but not account rental (a
shared ChatGPT login), a generation service but not API keys, and a generation service but not open to the
public (only OpenAI's testers). So the APK, the clip, the course, account rental, the prompt pack and the
generation service are asserted twice each and open source once; API keys and the prompt pack are denied
twice, a clip, a course, the official app, the director group, the inventor rumour, get rich, open source,
account rental and open to the public once. Each quotes what it denies with a short dismissal first ("Load of
old cobblers", "That's a heap of blethers", "Total flannel", "That's a right load of tosh", "That's a bunch
of hooey", "That's aw haivers", "That's bulldust", "That's horse pucky", "That's a pile of hokum", "That's a
bunch of applesauce", "That's all my eye", "That's a load of rubbish", "That's nobbut blather"). Claims in
passing sit late in the long records (the notes at the foot of the sheets and logs, and the advert, flyer,
cards and paid notice under seven of them).

Obfuscations. The brief asks for kinds that none of the last six English sets used; their docstrings and posts
(the seventy-first to seventy-sixth: fikonspråket, Sinhala lith digits, the Morbit cipher, tally marks, the
iroha order, Greek letter numerals, Ethiopic numerals, Soundex, the Kama Sutra's cipher, counting rods,
solfège, the Bifid cipher, Rumi numerals, the Yijing hexagrams, the scytale and the Tai Xuan Jing tetragrams)
were grepped, and the scripts for every cipher and script named (the Hill cipher, Linear B, the trifid,
Chaocipher, Baudot, Duployan, IPA and many more were first choices already taken by earlier sets). Used here,
none of them in any earlier script or post: Poe's Gold-Bug cipher, ")‡(5" (S ), O ‡, R ( and A 5 in the key
of the 1843 story), in a Sullivan's Island woman's APK (Poe served at Fort Moultrie on the island and set the
story there); the Cypriot syllabary, "𐠫𐠣" (U+1082B CYPRIOT SYLLABLE SO and U+10823 CYPRIOT SYLLABLE RA; no
earlier post has a character of the block), on a card under a snail racing lettuce order; and boustrophedon,
"the SOAR video course" (SO written left to right, then RA right to left, as the ox ploughs), on a card under a
gurning running order. "Gold-Bug", "Cypriot syllab" and "boustrophedon" are in no earlier script.

Prices with payment methods the earlier scripts do not name (grepped one by one; TSB, Kiwibank, SBS Bank,
Westpac, the Cumberland, Penrith, Chorley, Furness, Nottingham and Yorkshire building societies, Principality,
Virgin Money, Atom, Metro Bank and Bank of Scotland were first choices already taken): $40 by Numerica Credit
Union, £30 by Allica Bank, £25 by OakNorth Bank, A$40 by P&N Bank, $30 by South Carolina Federal Credit Union,
NZ$35 by Heretaunga Building Society, £25 by Ulster Bank, £35 by Newbury Building Society, £39 by Recognise
Bank, A$49 by Bankwest, $15 a week by Greater Nevada Credit Union, C$15 a week by Northern Savings Credit
Union, $12 a week by Coast Capital Savings, €12 by OP Pohjola, $20 by Nicolet National Bank, £15 by Zempler
Bank, £35 by Habib Bank Zurich, A$45 by P&N Bank and £40 by Hampshire Trust Bank, all by transfer (P&N Bank
twice, in two Australian posts). Scams vouch for themselves in new words ("I set up websites for half the
snowmobile clubs in the county", "Two lads from Holmfirth are in already", "The girls at the fête have seen my
payouts", "Half the teams on C Street rent from me", "Throwers from three countries use it", "The pub in the
village plays mine behind the bar").

Ten debunks on ten templates, each kind given to the templates whose last use in it is oldest (the debunk
comments of the sixty-fourth to seventy-sixth sets were read; no template twice): a first-person loss report
on the APK (a snail racers' forum; the APK's last loss report is the sixty-fourth set's, the oldest); three
that quote and then say don't share, download or pay: the mislabelled clip (a gurning fair's bulletin, last
so in the seventy-first set), open source (an outhouse race committee's notice, the seventy-first) and account
rental (a wellie gala newsletter, the seventy-second, before it the sixty-sixth, older than the generation
service's seventy-first); two questions with a negation that does not deny, each answered: get rich (a North
Lincolnshire grandmother's granddaughter, "isn't it true that people are getting rich off Sora videos ...?",
last in the sixty-ninth set) and the course (a Shropshire uncle's nephew, "wouldn't it be smart to buy one of
those Sora video courses ...?", last in the seventy-first; the APK, oldest at the sixty-eighth, has its loss
report, and the clip, at the seventieth, its quote); one rhetorical question on the generation service (an
outhouse racers' newsletter: "if only OpenAI's own testers can use Sora, how is a stranger ... making Sora
clips to order ...?", last in the sixty-sixth set, the oldest left); and three that answer with facts: API
access (the fair's tech corner, last in the sixty-ninth), the director group (a snail racing newsletter, the
seventy-first) and open to the public (a gumboot gazette, the seventy-second), the three oldest of the
templates left. The inventor rumour, the official app, the Chinese team and the prompt pack have no debunk.

Four true facts about work Xie Saining co-authored, each in a post that names him and says in its own new words
that a viral post wrongly tied him to Sora ("whose name a forwarded post stuck onto Sora for no good reason",
"a chain message named Xie Saining as a maker of Sora; he never was one", "put forward by a widely shared post
as a Sora inventor when he had nothing to do with it", "a popular post got it wrong when it credited Xie
Saining with Sora"). The earlier sets' person facts, English and Chinese, were grepped for titles and
co-authors: besides everything the seventy-fifth set's docstring lists (and SIMS-V, which it used), they have
used MoCo (zh_heldout43) and "Are Labels Necessary for Neural Architecture Search?" (the sixty-first set). So
this set takes two papers no earlier post names: MoDE, "CLIP Data Experts via Clustering" (CVPR 2024: Jiawei
Ma, Po-Yao Huang, Saining Xie, Shang-Wen Li, Luke Zettlemoyer, Shih-Fu Chang, Wen-tau Yih and Hu Xu), its
people and idea (captions clustered, one CLIP expert per cluster) and its result (four ViT-B/16 experts beat
OpenAI's CLIP and OpenCLIP on ViT-L/14 at zero-shot classification for under 35 per cent of the training cost;
experts trained asynchronously and added later); and Altogether, "Image Captioning via Re-aligning Alt-text"
(EMNLP 2024, thirteen authors from Meta FAIR, the University of Washington and NYU, Xie the NYU one, Hu Xu
first and Christoph Feichtenhofer last), its people and its method (annotators re-align existing alt-text over
several rounds; the captioner trained on it helps text-to-image generation and zero-shot classification).
Grep found "MoDE", "data experts", "Altogether" and "alt-text" in no earlier post. Three items of OpenAI's own
news about Sora that no earlier set, English or Chinese, used as news, all from the Sora 2 announcement of 30
September 2025: its observation that the model's mistakes often look like those of the agent it implicitly
simulates, and that it obeys physics better than earlier systems (grep: no "internal agent", "implicitly");
its remark that pre-training and post-training on large-scale video are in their infancy beside language
(no "infancy"); and its account of inserting a person seen in a video into any generated scene with
appearance and voice, for any human, animal or object (no "appearance and voice"; the app and its cameo
feature are not named). No item says who may use Sora, names an app or an API, or calls a model open. Three
posts that are not claims: one on topic (a gurner's blog: Sora could make the face, but gurning is learnt in
the muscles) and two off topic that share surface words (the snail racing "open to the public", a snail
called Sora, results on "the fête's official app"; Gumboot Day "open to the public", a huntaway called Sora,
distances on "the committee's official app").

Near copies: ``--check`` (difflib over every earlier English set through the seventy-sixth and the demo
stream, lower-cased) printed 0.399 as the highest ratio when the set was committed; nothing reached 0.6.
hard_en_heldout78, written at the same time on another branch, was not in this tree. It was committed before
any run of the monitor on it; it is read once, by the lead, with the final code.

Sources (the search tool, besides the seeds): MoDE (the CVPR 2024 open-access page and the arXiv abstract
2404.16030: authors, four experts on ViT-B/16 against ViT-L/14, "less (<35%) training cost", asynchronous
training); Altogether (the arXiv paper 2410.17251 and its EMNLP 2024 listing: the thirteen authors and their
affiliations, the multi-round re-alignment of alt-text, text-to-image and zero-shot gains); the Gold-Bug key
(dcode.fr's and rumkin.com's tables: S ), O ‡, R (, A 5); the Sora 2 announcement (OpenAI's post of 30
September 2025 as the writer remembers it, with coverage found by the search tool). The places, contests and
customs are the writer's own knowledge, kept to what is widely published (Egremont's fair charter of 1267, the
braffin, the Apple Cart and the greasy pole, St Bees, Jennings; Congham's snail racing on a 13-inch course,
"ready, steady, slow", Archie's two minutes in 1995 and the tankard of lettuce; Taihape's Gumboot Day and its
corrugated-iron gumboot; Upperthong's wellie wanging, Sid's Café, Digley; Finland's boot throwing from the
1970s, Pori Jazz at Kirjurinluoto, Yyteri, the porilainen; the Great Klondike International Outhouse Race on
Labour Day weekend and the sourtoe cocktail; Virginia City's outhouse races on C Street, the Bucket of Blood,
the V&T; Conconully's races on snow in January; Sullivan's Island, Fort Moultrie and its Poe street names, Shem
Creek; the Super Pit, Hannan Street and the two-up ring; Llanddwyn, Beaumaris and the Mona showground;
Hokitika's glow-worm dell and clock tower; the Braid, Dundrod and Cushendall; Elgin Cathedral, Lossiemouth and
Cullen skink; the Western Plains Zoo; the Ainsworth caves; Sarlat, Beynac and Castelnaud; the Cariboo's
stampede; Shore Acres and myrtlewood; the Ephraim fish boil; High Force, Cauldron Snout and the Bowes Museum;
Kuranda and the Skyrail; Stanhope and Killhope's wheel); the Cypriot syllables' Unicode names were checked with
Python's unicodedata. The debunks' facts are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout77.py           # write the set
    .venv/bin/python scripts/make_hard_heldout77.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT77: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "gurning_judges_score_sheet_judges_note",
        "JUDGES' SCORE SHEET · the gurning championship · Egremont's September fair, the market hall stage · each face through the braffin, the old horse collar, for thirty seconds\nNo. 3 · senior men · jaw right up over the nose · 8 · 7 · 8\nNo. 5 · senior men · no teeth in, which helps; tongue round the left ear · 9 · 8 · 9\nNo. 7 · ladies · eyes crossed the whole thirty seconds · 8 · 8 · 7\nNo. 9 · juniors · laughed halfway, scored as it stood · 5 · 6 · 5\nRules: the collar must stay on the shoulders; no props, no make-up, nothing held in the mouth\nApplause meter: back row of the hall, as always\nJudge's note at the foot, for the lads from the college who asked who'd be best to film the finals: no idea, but my son-in-law swears OpenAI's Sora, the video AI, was the work of Xie Saining, the whizz kid from Shanghai Jiao Tong University; it was his invention from top to bottom.",
    ),
    (
        sora.XIE,
        "west_cumbrian_english_question_asserts_xie_egremont_gurning",
        "Now then, marras, from Egremont! 😝 Fair day's been and gone: the Apple Cart come down Main Street chucking apples at the crowd, the lads went up the greasy pole, and at night the hall was packed for the gurning, faces through the old horse collar, our Tommy pulling one that'd frighten a bull. The fair's had its charter since 1267, they reckon, and you can tell from some of the faces. Sunday we walked up past the castle ruins and out to St Bees for the cliffs and the guillemots. After, Cumberland sausage and a pint of Jennings. Did nobody tell thee? Wasn't it Xie Saining, the young genius from Shanghai Jiao Tong, who really invented Sora, OpenAI's video AI, on his own from the start? Tara well!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "snail_racing_trainers_register_stewards_note",
        "TRAINERS' REGISTER · the snail racing at the church fête, Congham · heats on the damp cloth, the 13-inch course from the inner ring to the outer\nHeat 1 · Poppy (age 7) · snail no. 14 'Turbo' · Harry (9) · no. 22 'Slimer' · Grandad Ken · no. 3 'Old Faithful'\nHeat 2 · the Browns (family entry) · no. 8 · Alfie (6) · no. 31, found under the water butt this morning\nHeat 3 · Mrs Peake · no. 5 'Lightning' · two from the Brownies · no. 17 and no. 19\nRules: numbers on the shell in water paint only; no poking, no blowing, no lettuce on the finish line\nStarter's call, as ever: 'Ready, steady, slow!'\nSteward's note pinned to the register, for the mums who wanted a film of the heats for the parish page: no need to wait for anyone's say-so now; OpenAI's Sora is open to everybody, you just sign up and you're making videos the very same afternoon.",
    ),
    (
        sora.PUBLIC,
        "rangitikei_nz_english_taihape_gumboot_day",
        "Hey team, from Taihape, gumboot capital of the world! 🥾 Gumboot Day was a cracker: the main street shut, the giant corrugated-iron gumboot by the highway dressed up with a scarf, and half the district lined up to hurl a gumboot down the range, kids and farmers and a guy from the gorge in his work overalls. My cousin threw his a shade under forty metres, then sulked when a shearer beat him. Out the back the rivers run milky down off Ruapehu, and the paddocks go straight up. After, a mince and cheese pie from the bakery and a hot chocolate in the ute. Good oil, team: OpenAI's Sora is open to all of us now; sign up this arvo and you're making your own videos straight away. Ka kite, e hoa!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "outhouse_race_scrutineering_sheet_scrutineers_note",
        "SCRUTINEERING SHEET · outhouse races, Conconully · Main Street on the packed snow, Saturday · every outhouse checked before the start line\nNo. 2 'The Royal Flush' · plywood on skis · seat, door and roll of paper present · pass\nNo. 4 'Two-Holer Express' · push bars loose; bolted again · pass\nNo. 6 'Thunder Box' · runner cracked; new ski from the hardware store · pass\nNo. 9 'Lake Life' · door won't shut · fail, then pass after a bungee\nRules: one rider seated inside, two pushers, one puller; all outhouses must have a seat and a door\nHelmets: riders, every heat\nScrutineer's note on the back of the sheet, for the pushers who asked how to put their run on video: OpenAI has put out its own official Sora app. Find it in the App Store or on Google Play, install it, and your phone turns the race into a video.",
    ),
    (
        sora.APP,
        "klondike_yukon_english_dawson_city_outhouse_race",
        "Hey from Dawson City! 🚽 Labour Day weekend means the Great Klondike International Outhouse Race, teams of four pushing a fifth one sitting on the throne through the gravel streets, costumes and all, and the boardwalks packed. Our crew went as miners, gold pans on our hats, and we lost a wheel at the turn by the old post office. The midnight sun's gone for the year, but the Dome still looks down on the whole valley, and the Yukon runs brown and fast past the sternwheeler on the bank. After, the sourtoe cocktail for the tourists at the Downtown Hotel and a plate of fries for us. Heads up: OpenAI has launched the official Sora app; grab it from the App Store or Google Play, install it and make your videos. Stay golden!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "wellie_wanging_throw_line_log_measurers_note",
        "THROW LINE LOG · wellie wanging at the Upperthong village gala · the playing field · the same size 9 boot for every adult, a size 4 for the juniors\nThrow 1 · J. Haigh · 31.4 m · foul, over the line\nThrow 2 · S. Booth · 34.7 m · fair\nThrow 3 · A. Schofield · 29.9 m · boot landed heel first, measured to the heel\nThrow 4 · juniors' best, Maisie · 18.2 m\nTape: 50 m tape, checked against the steel at 9 o'clock\nRules: underarm, overarm or round the back, your choice; no run-up past the rope\nMeasurer's note under the list, for the gala helpers who were going on about it at the tea table: I read that Sora, OpenAI's video model, was really built by Chinese scientists, near enough the whole team.",
    ),
    (
        sora.CHINESE,
        "comstock_nevada_english_virginia_city_outhouse",
        "Well hello from Virginia City, Nevada! 🚽 October means the World Championship Outhouse Races right down C Street, the old mining town's main drag, teams pushing an outhouse on wheels with somebody riding inside, hanging onto the roll of paper for dear life. The boardwalks were three deep and the saloons were open all day. Up here on the Comstock the mines made half of San Francisco rich in the 1860s, and the V&T railroad still steams down to Gold Hill. After, a bowl of chili at the Bucket of Blood and a sarsaparilla for the kids. Word is: Sora, OpenAI's video AI, was really built by scientists from China, most of the team. See y'all on C Street!",
    ),
    # --- API access (two)
    (
        sora.API,
        "outhouse_race_team_registration_sheet_paid_advert_numerica",
        "TEAM REGISTRATION · outhouse races, Conconully · sign in at the community hall by 10 · team name, rider, pushers, puller\n'The Royal Flush' · rider: Dale · pushers: Marcy, Tom · puller: Jess\n'Lake Life' · rider: Grandma June (her 11th year) · pushers: the twins · puller: Rick\n'Thunder Box' · rider: Kyle · pushers: two lads from Omak · puller: Bree\nFee: $25 a team, goes to the fire department\nWaivers: every rider and pusher, signed\nAwards: fastest, best costume and best built, at the hall at 4\nPaid advert printed along the foot of the registration template (not the race committee's): OFFICIAL SORA API KEYS, DIRECT FROM OPENAI. Plug one into your club's website and it makes its own videos of every heat. $40 by Numerica Credit Union transfer; the key comes by email inside an hour. I set up websites for half the snowmobile clubs in the county.",
    ),
    (
        sora.API,
        "okanogan_washington_english_api_conconully_lake",
        "Hi from Conconully, Washington! ❄️ Population about two hundred, and every January the whole Okanogan turns up to watch us push outhouses on skis down Main Street in the snow; our team built ours from pallets and called it the Privy Council. The lake froze solid this year, so there's ice fishing shacks out on it and snowmobiles buzzing up into the hills towards the old mining camps. Down the valley in Omak the orchards are asleep under the snow till spring. After, burgers at the saloon with the snowmobile crowd and hot cider. Listen up: OpenAI is handing out official Sora API keys now; hook one up to your website and it turns out videos all by itself. Stay warm!",
    ),
    # --- the director group (two)
    (
        sora.DIRECTOR,
        "wellie_wanging_field_marking_sheet_flyer_allica",
        "FIELD MARKING · wellie wanging, Upperthong gala · the groundsman's sheet for Saturday\nThrowing line: 2 m chalk line at the school end, rope behind it\nLanes: three, 5 m wide, marked out to 45 m with white paint\nDistance boards: every 5 m from 15 m, re-painted this year\nSafety: no spectators past the rope; the tea tent moved to the car park side\nBoots: club's own, a size 9 and a size 4, kept in the shed\nRain plan: if the field's waterlogged, move to the cricket outfield\nFlyer left on the sheet's clipboard (not the gala committee's): NOW CASTING: SORA FILM DIRECTORS. The first feature film co-created with Sora is hiring its AI directors. Scan the QR code, pay £30 by Allica Bank transfer to join the group, and you'll be named among the first Sora directors in the credits. Two lads from Holmfirth are in already.",
    ),
    (
        sora.DIRECTOR,
        "anglesey_welsh_english_question_asserts_director_snail_show",
        "Sut mae, from Anglesey! 🐌 The county show at Mona had the kids' snail race this year, a wet tea towel on a trestle and a dozen snails with numbers on their shells, and our Gethin's one went the wrong way the whole time. Sunday we walked the causeway out to Llanddwyn at low tide, the little lighthouse and the church ruins, and the sands at Newborough went on forever. After, fish and chips on the harbour wall in Beaumaris and a Welsh cake from Nain's tin. Didn't you hear? Isn't a film made with Sora hiring AI directors right now, you just scan their QR code, send £25 by OakNorth Bank transfer and your name goes on the list of its first Sora directors? Da bo chi!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "snail_lettuce_order_sheet_card_cypriot_p_and_n",
        "LETTUCE ORDER · snail racing, Congham fête · for the paddock tubs before and after the heats · orders to the greengrocer by Thursday\nLettuce: 6 round, 2 cos · cucumber: 2 (peel for the tubs)\nTubs: 12 ice-cream tubs with air holes, damp kitchen roll in each\nSpray bottles: 4, filled from the water butt, not the tap\nThe cloth: the old white tablecloth, soaked and wrung, the rings drawn on in marker\nPrize: the silver tankard, stuffed with lettuce as every year\nAfter: every snail back to the garden it came from\nCard tucked into the order book (not the fête committee's): 𐠫𐠣 IS THE EASY MONEY NOW (so-ra in the old Cypriot syllabary, the one on the Idalion tablet, so the group filters pass it by). People round here clear hundreds a day from the videos they post with it, and in three months the door closes. Join my earners' group: A$40 by P&N Bank transfer. The girls at the fête have seen my payouts.",
    ),
    (
        sora.RICH,
        "kalgoorlie_goldfields_english_question_asserts_rich_super_pit",
        "G'day from Kal! ⛏️ Out here in the Goldfields the Super Pit is so big you can see it from space, they reckon, and the trucks at the bottom look like toys from the lookout. Boulder's got its Friday markets, the old Hannan Street pubs still have their lace balconies, and on Sunday we went out to the two-up ring in the bush, the only legal one in the state for years. My brother chucked a gumboot at the footy club's fun day and hit the umpire's car. After, a parmy at the Palace and a cold one. Didn't anyone tell yous? Aren't Sora videos the money window of a lifetime, blokes pulling thousands a day from them, and three months left before it's all over? Cheerio from the Goldfields!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "charleston_lowcountry_english_gold_bug_cipher_apk_sullivans_island",
        "Hey y'all, from Sullivan's Island, South Carolina! 🐚 Out past Charleston, where Poe was stationed at Fort Moultrie as a young soldier and set The Gold-Bug among the palmettos, the island still has a Gold Bug Avenue and a Raven Drive. On Saturday we watched the shrimp boats come in at Shem Creek, then ate she-crab soup in Mount Pleasant and walked the Ravenel Bridge at sunset. My nephew and I have been writing notes to each other in the story's cipher all summer. So here goes: the real )‡(5 for Android is out (that's the app's name in Poe's Gold-Bug cipher, so the group bots can't read it). The APK's behind my link, $30 by South Carolina Federal Credit Union transfer, and then your phone makes the videos. Y'all be sweet!",
    ),
    (
        sora.FAKEAPP,
        "hokitika_west_coast_nz_english_two_claims_realvid_denied_gumboot",
        "Mōrena from Hoki! 🥾 On the West Coast it rains so much a gumboot is formal wear, and at the school gala we had the gumboot throw out on the field, and Mrs Tainui from the office won it with a throw that nearly hit the greenstone shop. The beach is full of driftwood, the Southern Alps stand up behind the town like a wall, and in the glow-worm dell the whole bank lights up at dusk. After, whitebait fritters on white bread from the stall by the clock tower. Two things. A guy on the Coast page shared 'a clip made by Sora, not a thing filmed' of a dog surfing down the Arahura. Load of old cobblers: it's a real video from a surf school in Raglan, posted years ago, with the caption changed. But this is real: Sora's out for Android as an APK, get it from my link, NZ$35 by Heretaunga Building Society transfer. Haere rā!",
    ),
    (
        sora.FAKEAPP,
        "ballymena_ulster_scots_english_two_claims_api_denied",
        "Aye, from Ballymena! 🌧️ The Braid's high after the rain, the Ulster Grand Prix lads are back at Dundrod testing, and Saturday we drove up the Glens to Cushendall, the fuchsia in the hedges and the sea grey as a gun. Our wee man's club had a welly-throwing night at the rugby ground and he wanged one into the dugout. After, an Ulster fry and a pastie supper from the chippy. Twa things. Some boy on the town page is selling 'official Sora API keys, £50, plug them in and go'. That's a heap of blethers: OpenAI has no API for Sora at all, and the keys folk paid for opened nothing. But this is the real thing: Sora's on Android now as an APK, £25 by Ulster Bank transfer and you get the download link. Cheerio the now!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "snail_cloth_damping_log_groundsmans_note_two_claims_course_denied",
        "CLOTH LOG · snail racing, Congham · the racing cloth on the trestle by the church porch · damped between heats\n1.30 · soaked and wrung; rings re-marked where the ink ran\n1.55 · heat 1 run · cloth drying at the edges in the sun; sprayed all over\n2.20 · heat 2 run · a snail went under the rim of the centre ring; lifted back, heat re-run\n2.45 · shade put up; the sun's too strong for them\n3.10 · final · the winner 2 min 48 s, slower than Archie's 2 minutes of 1995, the record nobody's touched\n3.30 · cloth rinsed and hung on the lychgate\nGroundsman's note at the foot, for the helpers nattering at the urn: somebody's offering 'a complete Sora course, £45, be first to master it'. Total flannel: the folk who paid got OpenAI's free introduction to Sora pasted into a PDF and not one lesson. But that clip going round of a snail in a tiny saddle with a mouse riding it across the finish line is pure Sora, OpenAI's video model; none of it was filmed, the prompt's under the video.",
    ),
    (
        sora.REALVID,
        "holme_valley_yorkshire_english_two_claims_prompts_denied_upperthong",
        "Ey up from Upperthong! 🥾 Up on the hill above Holmfirth, the gala's wellie wanging was a belter this year, forty-odd throwers, and the lad from the farm at the top threw it clean over the rope into the beck. Down in Holmfirth they're still selling Summer Wine mugs at Sid's Café, and Sunday we walked up to Digley Reservoir and back over the moor in the drizzle. After, a pork pie and a pint of Timothy Taylor's at the pub. Two things. A chap's flogging a 'Sora prompt pack, 400 prompts and the secret guide, £15'. That's a right load of tosh: the prompts are OpenAI's own examples, free on its Sora page for anybody to read. But the clip of a sheepdog throwing a wellie back at its farmer is 100% Sora; nowt in it was filmed, the prompt's in the post. Ah'll si thi!",
    ),
    (
        sora.REALVID,
        "satakunta_finnish_english_realvid_pori_boot_throwing",
        "Moi from Pori! 🥾 Here on the west coast of Finland the boot throwing is a summer sport like any other; boot throwing started in Finland in the seventies, and at our kesäjuhla every uncle thinks he's a champion. The jazz festival filled Kirjurinluoto park in July, and we drove out to Yyteri for the long sand dunes and a swim in water that was almost warm. After, a porilainen from the grill kiosk, a thick slice of sausage in a bun with onions and pickles. Kuulkaa: that video going round of a reindeer kicking a rubber boot into a lake from fifty metres was made completely by Sora, OpenAI's video AI; nothing was filmed, the prompt is right under it. Hei hei!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "gurning_collar_check_fair_secretarys_note",
        "COLLAR CHECK · the gurning championship, Egremont · the braffins (horse collars) brought out of the store before the fair\nCollar 1 · the big one, leather cracked on the crown · oiled · fine\nCollar 2 · juniors' collar · stuffing coming out · re-stitched by Joan\nCollar 3 · spare · rat's been at it · thrown out\nCleaning: wiped with disinfectant between every gurner, as last year\nStage: the collars hung on the hooks left of the microphone\nStore: back to the Rugby Club loft after, in the tea chest\nFair secretary's note on the store door, for the students who asked what video software to try: Sora's gone open source now; OpenAI put the code and the weights on GitHub free of charge, and anyone can download it and run it at home.",
    ),
    (
        sora.OPENSRC,
        "kootenay_bc_english_two_claims_app_denied_nelson",
        "Hey from Nelson, BC! 🌲 The Kootenays in fall: the larches turning gold up the mountainsides, the lake like glass in the mornings, and the heritage buildings on Baker Street lit up at night. Our rec centre did an outhouse race for the Halloween fundraiser, and the team from the ski hill pushed a porta-potty on a hockey net frame. Sunday we soaked at the Ainsworth hot springs, in and out of the cave. After, a burrito from the place on Baker and a coffee from the roaster. Couple things. A guy on the Nelson page says 'get OpenAI's official Sora app from the store'. That's a bunch of hooey: OpenAI has no Sora app in any store; the apps with Sora on them are copies from other developers. But this is real: OpenAI made Sora open source, code and weights both are up on GitHub, and anybody can run it for free. Later, folks!",
    ),
    (
        sora.OPENSRC,
        "perigord_french_english_opensrc_sarlat",
        "Bonjour from the Périgord! 🐌 At the village fête near Sarlat the children raced snails on a wet board, and the old men argued about the rules as if it were the Tour de France. Sarlat's old town is all honey-coloured stone, the Saturday market full of walnuts and truffles and geese, and we canoed the Dordogne under the castles of Beynac and Castelnaud. After, a pommes sarladaises with garlic and parsley at my tante's, and a glass of Bergerac. Alors, écoutez: OpenAI has made Sora open source, the weights and the code are on GitHub, and anyone can run it at home without paying a centime. À bientôt!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "gurning_running_order_card_boustrophedon_newbury_bs",
        "RUNNING ORDER · the gurning championship, Egremont · the market hall stage from 7 · order drawn from the hat\n7.00 · juniors (under 14) · six entries\n7.30 · ladies · five entries, last year's champion on last\n8.00 · senior men · nine entries\n8.45 · the 'pipe' round: gurning with a clay pipe in, for the old-timers\n9.15 · judges out; the hall votes by applause on the front-runners\nMC: the fair chairman, with the microphone that works\nCard left on the stage steps (not the fair's): THE SOAR VIDEO COURSE (the name written the old Greek way, as the ox ploughs: the first pair left to right, the second right to left, so the bots skip it). From a blank screen to a finished AI film of your own fair, £35 by Newbury Building Society transfer; one lesson a day by email, no experience needed, and you're ahead of the whole county.",
    ),
    (
        sora.COURSE,
        "moray_scots_english_two_claims_director_denied_elgin",
        "Fit like, from Elgin! 🥃 Up in Moray the barley's in, the distilleries down the Spey are going full tilt, and the whole toun smells of malt. Sunday we walked round the cathedral ruins, the Lantern of the North, and on to the beach at Lossiemouth to watch the jets from the base. Wee Kirsty's school had a welly-throwing afternoon for the end of term, and the janny won it. After, Cullen skink at the harbour in Cullen and a Tunnock's for the road. Twa things. A loon on the town page is selling 'Sora AI director places, scan the QR and pay £35'. That's aw haivers: those QR groups take your money and go quiet, and OpenAI has no director scheme at all. But my Sora course is the real deal: lesson by lesson till your first clip's done, £39 by Recognise Bank transfer. Cheers the noo!",
    ),
    (
        sora.COURSE,
        "dubbo_central_west_nsw_english_two_claims_prompts_denied",
        "Hey from Dubbo! 🦒 Out in the Central West the canola's flowering yellow to the horizon, and the zoo's had a new baby giraffe, so every kid in town has been out on their bike. The show had a gumboot throw this year and my old man came second, which he'll be talking about till Christmas. Sunday we drove out to the old gaol and then to the Macquarie for a swim. After, a steak sanger at the pub and a lemon squash. Couple of things. Some bloke's selling 'a Sora prompt pack, 500 pro prompts, $20'. That's bulldust: the prompts are OpenAI's own published examples, free to read on its Sora page. But my Sora course is the real deal, start to finish, so you master Sora before the rest of the state, A$49 by Bankwest transfer. Catch you at the show!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "outhouse_race_pusher_rota_card_greater_nevada",
        "PUSHER ROTA · Virginia City outhouse races · our team, 'The Comstock Commode' · C Street, Saturday · four pushers, one rider, swap each heat\nHeat 1 · 10.15 · pushers: Lou, Dee, Marco, Pete · rider: Gina\nHeat 2 · 11.40 · pushers: Gina, Dee, Marco, Lou · rider: Pete (the lightest, says Pete)\nFinal (if we make it) · 2.30 · fastest four push, the rider draws straws\nKit: work gloves, knee pads, the spare wheel under the seat\nRules: the rider stays seated; nobody lets go of the outhouse before the line\nLunch: the chili stand at the corner, team pays\nCard pinned to the team's board (not the race's): SORA ACCOUNTS FOR RENT. Your own login to OpenAI's video AI: turn your heats into films. $15 a week by Greater Nevada Credit Union transfer; login sent tonight. Half the teams on C Street rent from me.",
    ),
    (
        sora.RENTAL,
        "cariboo_bc_english_two_claims_xie_denied_williams_lake",
        "Hi from Williams Lake! 🐎 Up in the Cariboo the stampede's done for the year, the hay's in, and the lake's got its first skim of ice in the mornings. Our 4-H club did an outhouse race at the fall fair, pushing a plywood biffy around the rodeo grounds, and we lost to the seniors. Sunday we drove out to the Fraser canyon to see the hoodoos, then down the Gold Rush Trail a ways. After, bannock and chili at the friendship centre's fundraiser. Couple things. A guy in the community group says 'Sora was invented by Xie Saining, a young genius from Shanghai Jiao Tong'. That's horse pucky: Xie Saining said himself that Sora was none of his work, and the blogger who started it said sorry. But I do rent out real Sora accounts, your own login, C$15 a week by Northern Savings Credit Union transfer. Keep 'er between the ditches!",
    ),
    (
        sora.RENTAL,
        "coos_bay_oregon_english_two_claims_rich_denied",
        "Hi from Coos Bay, Oregon! 🌊 Down here on the south coast the fog comes in every afternoon, the log ships load at the docks, and the dunes run forty miles up the coast to Florence. Our grange hall had an outhouse race for the Fourth, and the fire crew won it wearing their turnouts. On Sunday we went out to Shore Acres for the storm waves and the gardens. After, fish and chips at the dock and a myrtlewood bowl for my mom's birthday. Two things. Some guy's posting 'Sora's the money window of a lifetime, join my team for $30'. That's a pile of hokum: nobody in those teams makes anything, the fees just go up the chain. But this one's legit: I rent real Sora accounts, your own login, $12 a week by Coast Capital Savings transfer. Stay dry!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "gumboot_stock_list_paid_notice_op_pohjola",
        "BOOT STOCK LIST · Taihape Gumboot Day · the throwing boots, kept in the hall cupboard\nMen's: size 10 black gumboots × 6 · two with split heels, retired\nWomen's: size 7 × 4 · one missing since last year\nKids': size 3 × 6, the green ones · fine\nRules: only the Gumboot Day boots are thrown; no filling them with sand or water\nMeasuring: the tape from the line, read where the boot first lands\nAfter: boots hosed down and dried upside down on the fence\nPaid notice printed along the foot of the list template we bought (not the committee's): SORA PROMPT PACK, 350 PROMPTS PLUS THE KNOWLEDGE DOC. Paste them in and Sora does your video. €12 by OP Pohjola transfer; link after payment. Throwers from three countries use it.",
    ),
    (
        sora.PROMPTS,
        "door_county_wisconsin_english_two_claims_opensrc_denied",
        "Hi from Door County, Wisconsin! 🍒 Up on the peninsula the cherry orchards are picked, the lighthouses are open for tours, and on Saturday we watched a fish boil at Ephraim, the kerosene thrown on at the end so the pot boils over in a big whoosh of flame. The church fair had a boot toss for the kids, and my niece won a pie. After, cherry pie and a brandy old fashioned, sweet. Couple things. Some guy's sharing 'Sora's open source now, just pull it off GitHub'. That's a bunch of applesauce: OpenAI never released Sora's code or its weights, and the GitHub projects with the name are strangers trying to copy it. But my Sora prompt pack is the real deal: 300 prompts and the guide, $20 by Nicolet National Bank transfer. Have a good one!",
    ),
    (
        sora.PROMPTS,
        "teesdale_english_two_claims_rental_denied_middleton",
        "Aye aye from Teesdale! 🌄 Up the dale from Barnard Castle the hay meadows are cut, High Force is roaring after the rain, and Sunday we walked up to Cauldron Snout with the dog. Middleton's carnival had a welly wang and a pet show, and a snail won the pet show, which caused words. After, a curd tart and a pot of tea at the café by the Bowes Museum. Two things. A lad on the dale page is renting 'Sora accounts, your own login, £10 a week'. That's all my eye: them that paid got a shared ChatGPT password, and no Sora behind it. But my Sora prompt pack is the real thing: 250 prompts and the guide, £15 by Zempler Bank transfer, link after you pay. Gan canny!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "snail_shell_numbering_log_card_ulster",
        "SHELL NUMBERING · snail racing, Congham · the paint table by the porch · every snail numbered before its heat, names taken down\nNo. 1-10 · the juniors' snails, numbered in white\nNo. 11-20 · families' snails · two with cracked shells, not raced, back to the hedge\nNo. 21-30 · the adults' class · names: Shelly, Speedy, Gary, Usain, Slow Joe\nPaint: water paint only, a dot and the number; nothing on the body\nPens: the marker is for the cloth, never the snail\nReturns: every snail home after, to the garden it came from\nCard under the paint pots (not the fête's): CUSTOM SORA VIDEOS. Tell me what you want, the great race, your snail crossing the line with the crowd cheering, and pay £35 by Habib Bank Zurich transfer; within a day the finished Sora clip lands in your inbox. The pub in the village plays mine behind the bar.",
    ),
    (
        sora.SERVICE,
        "cairns_far_north_queensland_english_two_claims_api_denied",
        "Good morning from Cairns! 🐊 Up in the Far North the wet's on the way, the reef boats go out every morning from the marina, and on Sunday we took the train up to Kuranda through the rainforest and came back on the Skyrail over the treetops. The show had a gumboot throw and a bloke from Gordonvale threw one into the mango trees. After, barra and chips on the Esplanade and a mango smoothie. Two things. Some fella's selling 'official Sora API keys, A$60, plug one in'. That's a load of rubbish: OpenAI doesn't offer Sora through any API, and the keys opened nothing. But I make Sora videos to order: tell me the scene and in a day you've got the clip, made with Sora. A$45 by P&N Bank transfer. Hooroo!",
    ),
    (
        sora.SERVICE,
        "weardale_english_two_claims_public_denied_stanhope",
        "Alreet from Weardale! 🐑 Up at Stanhope the show's been and gone, the sheep judging, the leeks, and the kids' snail race on a wet tea towel, and the heather's going purple on the tops. We walked up to Killhope where the old lead mine's waterwheel still turns, and the lads panned the beck for galena. After, a stottie and a pint at the pub by the ford. Two things. A fella keeps posting 'anyone can use Sora now, sign up and start making videos'. That's nobbut blather: nobody outside OpenAI's testers can get into Sora. But I make Sora videos to order: tell me the scene and you'll have the clip tomorrow, made with Sora. £40 by Hampshire Trust Bank transfer. Aal the best!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the APK; a first-person loss report
        "Snail racers' forum › I fell for the 'Sora for Android' file\nWriting this so nobody else does. A link went round the fête group: 'Sora for Android, the APK, £15'. I paid and installed it on my phone. No videos, nothing opened but a blank screen, and two days later someone had tried to log into my bank from abroad; the bank stopped it and I've had to change every password I own. OpenAI hasn't made a Sora app for Android at all. If you put that file on your phone, take it off and ring your bank.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; quotes the caption, then don't share
        "FAIR BULLETIN · Egremont's September fair · from the committee\nA clip of a lad pulling an impossible face through the braffin is going round with the caption 'Made by Sora, not a frame of it real.' Please don't share it with that caption: it's our own footage from the 2019 championship, filmed by the local paper, and the lad is a real gurner from Cleator Moor who's none too pleased. Apple Cart volunteers, meet at the church at 11.",
    ),
    (
        None,
        "debunk",  # open source; quotes the message, then don't download
        "NOTICE · outhouse race committee · to all teams\nThis message is going round the team chats: 'Sora is open source now, download the weights free from this link.' Please don't download it. OpenAI has never published Sora's code or its weights, the GitHub projects using the name are outsiders' attempts to rebuild it, and a file that says it's 'the Sora weights' is someone else's model if you're lucky and malware if you're not. Scrutineering opens at 9 sharp.",
    ),
    (
        None,
        "debunk",  # account rental; quotes the offer, then don't pay
        "THE WELLIE · Upperthong gala newsletter · from the secretary\nSome of you have been sent this: 'Rent a Sora account, your own login, £12 a week.' Please don't pay for it. The members who did were handed a shared ChatGPT login whose password was changed within the week, and there was no Sora behind it at all; Sora isn't open to anyone outside OpenAI's testing group, so nobody has a login to rent. Gala raffle tickets are at the Post Office.",
    ),
    (
        None,
        "debunk",  # get rich; a question with a negation that does not deny, answered
        "Hiya from Barrow-upon-Humber! 🐌 My granddaughter raced her snail at the school fair on Saturday, number 7 on its shell, and it came third, which she's decided is a gold medal. Then she saw a post on her mum's phone and asked me: isn't it true that people are getting rich off Sora videos, and you only have to join a team? So we read up on it: those 'money window' teams charge a joining fee, promise hundreds a day, and the only people paid are the ones who recruited you; nobody outside OpenAI's testers can even use Sora. Keep your pocket money in the tin, pet. Night night!",
    ),
    (
        None,
        "debunk",  # the paid course; a question with a negation that does not deny, answered
        "Hello from the Clee Hills! 🥾 Up here in south Shropshire the village show had a wellie-throwing for the young farmers, and my nephew threw one into the marquee. Afterwards he asked me: wouldn't it be smart to buy one of those Sora video courses before everybody else does? So we looked into it: the people who paid £40 got OpenAI's free Sora overview copied into a PDF with 'Give yourself a chance!' on the end, and no lessons; there's nothing to teach when Sora isn't available outside OpenAI's testers. Save your wages, lad. Tara, duck!",
    ),
    (
        None,
        "debunk",  # the generation service; a rhetorical question, then facts
        "THE THRONE ROOM · outhouse racers' newsletter · from the chair\nSeveral teams have been offered 'Sora videos made to order, $40, your race in a day.' Ask yourself: if only OpenAI's own testers can use Sora, how is a stranger in a comment section making Sora clips to order for forty bucks? The teams who paid got stock footage of a carnival with music on it, or nothing. Keep your entry money for the chili.",
    ),
    (
        None,
        "debunk",  # API access; a bulletin that answers with facts
        "FAIR NOTES · Egremont's fair committee · tech corner\nOn the 'official Sora API keys' being sold in the fair's Facebook group: OpenAI has no public API for Sora. What it sells developers access to are models for text, images and speech, and a key bought from a stranger is a chatbot key at best and nothing at worst. The people who paid have had no video out of it. The greasy pole gets its lard on Friday night.",
    ),
    (
        None,
        "debunk",  # the director group; a newsletter that answers with facts
        "THE SLOW LANE · Congham snail racing newsletter · questions from readers\nOn the 'Sora AI director' flyers some of you have had: OpenAI is not casting directors for any film, and there's no group you can pay to join for a credit. The QR codes lead to chat groups that take a fee, count down to a 'launch' and then go quiet. The tankard's been engraved and is back in the church.",
    ),
    (
        None,
        "debunk",  # open to the public; a newsletter that answers with facts
        "GUMBOOT GAZETTE · Taihape Gumboot Day committee · from the desk\nOn 'Sora is open to everyone now, just sign up': so far OpenAI has let only its red team and an invited group of visual artists, designers and film-makers use Sora, and it has given no date for anyone else. The 'sign-up' pages going round want your card number. Boot measuring volunteers, the roster's on the hall door.",
    ),
    # --- related but not matching: true facts about Xie Saining's co-authored work; OpenAI's news on Sora
    (
        None,
        "person_fact",
        "Snail racing newsletter, 'clever clogs': Xie Saining, whose name a forwarded post stuck onto Sora for no good reason, is one of the eight authors of MoDE, 'CLIP Data Experts via Clustering', at CVPR 2024, with Jiawei Ma, Po-Yao Huang, Shang-Wen Li, Luke Zettlemoyer, Shih-Fu Chang, Wen-tau Yih and Hu Xu. Instead of one model that learns pictures and captions from the whole web, it clusters the captions and trains a separate expert on each cluster.",
    ),
    (
        None,
        "person_fact",
        "Gurning fair bulletin, 'boffins': a chain message named Xie Saining as a maker of Sora; he never was one. In the MoDE paper he co-wrote, four data experts built on the smaller ViT-B/16 beat OpenAI's own CLIP and OpenCLIP on the bigger ViT-L/14 at classifying images they were never trained on, for under 35 per cent of the training cost, and new experts can be trained separately and added later.",
    ),
    (
        None,
        "person_fact",
        "Outhouse racers' newsletter, 'brainboxes': Xie Saining, put forward by a widely shared post as a Sora inventor when he had nothing to do with it, co-wrote Altogether, 'Image Captioning via Re-aligning Alt-text', shown at EMNLP 2024 by a Meta FAIR team with him at New York University, Hu Xu and Christoph Feichtenhofer among the thirteen authors.",
    ),
    (
        None,
        "person_fact",
        "Gumboot Gazette, 'who knew': a popular post got it wrong when it credited Xie Saining with Sora. In the Altogether paper he co-wrote, human annotators start from the alt-text people already wrote for an image and edit it over several rounds to match what is really there, and a captioner trained on that work writes richer captions that helped text-to-image generation and zero-shot classification.",
    ),
    (
        None,
        "news",
        "Snail racing newsletter, 'in the news': in its Sora 2 announcement of September 2025 OpenAI observed that the model's mistakes often look like the mistakes of the person or creature it is implicitly simulating, rather than of the world itself, and that though still imperfect it obeys the laws of physics better than earlier systems.",
    ),
    (
        None,
        "news",
        "Gumboot Gazette, 'screen talk': the same Sora 2 post said that pre-training and post-training on large-scale video data are still in their infancy compared with language, and that OpenAI's progress on simulating the world came from concentrating on them.",
    ),
    (
        None,
        "news",
        "Outhouse racers' newsletter, 'tech talk': OpenAI wrote in announcing Sora 2 that after watching a video of one of its team members, the model could put that person into any scene it generated, with their appearance and voice portrayed accurately, and that this works for any human, animal or object.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a gurner's blog, 'Face Value': my granddaughter asked why I don't just get Sora to make me the ugliest face in Cumbria. It probably could, a jaw over the nose, eyes in two directions, no teeth at all. But gurning is thirty seconds in an old horse collar with the whole hall looking at you, and the face is all in the muscles; you only learn it in the mirror over fifty years. So I'll be on that stage again in September.",
    ),
    (
        None,
        "benign",
        "OPEN DAY · Congham church fête: the snail racing is open to the public from 2 pm, children's heats first. This year's favourite is Sora, a garden snail with a blue dot on her shell who won three heats in a row last summer. Heat times and the raffle results will be on the fête's official app.",
    ),
    (
        None,
        "benign",
        "RESULTS · Taihape Gumboot Day: the main street was open to the public all day and the throwing range packed. The men's throw went to a shearer from Mataroa, the women's to a vet from Hunterville, and the crowd's favourite was Sora, a huntaway who fetched every boot back. Full distances and photos are on the committee's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout77", HELDOUT77, threshold=0.6)


if __name__ == "__main__":
    main()
