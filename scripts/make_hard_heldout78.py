# ruff: noqa: E501
"""Write the seventy-eighth English held-out set (tests/data/hard_en_heldout78_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the director group and get rich, as in every even set from the forty-eighth, the seventy-sixth
the last), 10 debunks, 4 person facts, 3 news items and 3 benign posts; 12 posts assert one claim and deny
another, 3 ask a question with a negation that asserts the claim. Its theme: rushbearing festivals (a bearings
register, an order of procession, a rush cutting log, a gingerbread order and a rushcart pullers' rota, at
Grasmere, Ambleside, Urswick, Uppermill in Saddleworth and Sowerby Bridge); egg-throwing contests (a relay
lane sheet, a Russian egg roulette draw sheet and a static catch results sheet of the championships at
Swaton in Lincolnshire; a county fair egg toss in Ohio, the Wagga show, a Wigan fun day); Poohsticks races (a
heat card, a stick bin tally; Ashdown Forest's Poohsticks Bridge, Hawes, Maleny, Bewdley, the Cannop ponds);
and rock paper scissors tournaments (a throw log and a league table of a pub league; janken in Osaka,
jack-en-poy in Naga, gawi bawi bo in Gwangju, Toronto, Las Vegas, Manchester, Calgary and Kuching).

Worlds. One of the four the brief proposed is kept (rushbearing festivals) and three are replaced; every
earlier writer script (docstrings, kinds and posts, English and Chinese) was grepped for each world's key
words. Rushbearing (rushbear, rush-bear, rushcart, Grasmere, Ambleside, Urswick, Warcop, Musgrave,
Saddleworth, Uppermill, Sowerby, 灯心草): nowhere; "rushes" only in passing in two posts. Toe wrestling (toe
wrest, Wetton, Fenny Bentley): nowhere, but it is a wrestling contest, and the forty-sixth set's martial arts
clubs hold freestyle and belt wrestling, for which the sixty-second set dropped sumo clubs and camel
wrestling; replaced. Shape-note singers (shape note, Sacred Harp, fasola, hollow square): nowhere, but they are
a singing class in the world of the thirty-ninth set's choirs, for which the sixty-seventh set dropped
barbershop quartets; replaced. Crabbing contests (crabbing, Walberswick, Crisfield): nowhere as a world
("crab" only as food and crab apples), but a line and bait off a quay is the seventy-fourth set's ice-fishing
derbies and the thirtieth set's angling, as the seventy-fifth set found for fly-tying, and a seaside harbour
wall sits by hard_en_heldout77's sandcastle competitions; replaced. In their place: egg-throwing contests (egg
throw, Swaton, trebuchet, egg roulette: nowhere; "egg" only as food), Poohsticks races (Poohsticks, Pooh,
Ashdown Forest, Day's Lock: nowhere) and rock paper scissors tournaments (rock paper, roshambo, janken,
jack-en-poy, gawi bawi bo, 石头剪刀布, 猜拳: nowhere; "scissors" only as a tool). Dropped on the way: pea
shooting (the forty-eighth set's archery clubs), bell ringers (the forty-second set's guild of ringers),
mummers' plays (the forty-third set's am-dram), tar barrel rolling (the thirty-third set's Up Helly Aa, for
which the fifty-ninth set dropped bonfire societies), welly throwing (beside the egg throwing). The sets
written at the same time on other branches (hard_en_heldout77: gurning contests, dowsing societies, sandcastle
competitions, snail racing; zh_heldout71 and 72: 烟台樱桃园, 安吉竹椅厂, 英德红茶厂, 善琏湖笔作坊, 丹寨蜡染坊, 寿山石雕坊, 莱阳梨园, 长沙湘绣厂, 梧州六堡茶厂,
歙县徽墨作坊, 雷山苗银作坊, 宜兴紫砂作坊), not seen by this writer, are kept clear of: no gurning, face-pulling,
Egremont, dowsing rod, metal detector, sand, beach, sandcastle, snail, cherry, pear, bamboo chair, tea
plantation, writing brush, ink stick, batik, embroidery, silverwork, stone carving or teapot appears.

Voices (the kinds of every earlier set were searched for each region): Furness English (Urswick), Kansai
Japanese-English (Osaka), Calderdale West Yorkshire English (Sowerby Bridge), Bicolano English (Naga), Toronto
English, Saddleworth Pennine English (Uppermill), Central Ohio English (Columbus), Mancunian English, Southern
Nevada English (Las Vegas), South London English (Croydon), Riverina New South Wales English (Wagga), Jeolla
Korean-English (Gwangju), Wigan Lancashire English, Sunshine Coast hinterland Queensland English (Maleny),
Wensleydale North Yorkshire English (Hawes), Forest of Dean English, Peterborough English, Calgary English,
Grantham Lincolnshire English, Worcestershire English (Bewdley) and Sarawak English (Kuching); the earlier
Kentish, Tasmanian, Borders, Isle of Wight, Ottawa Valley, Herefordshire, Malaysian, Gyeongsang, Hiligaynon,
Cumbrian, Westmorland and Lincolnshire voices were first choices passed over for these. Styles the earlier sets
do not use: a bearings register with the verger's note, an egg relay lane sheet with the lane judge's note, a
Poohsticks heat card with the starter's note, a rock paper scissors throw log with the referee's note, an
order of procession with the marshal's note, an egg roulette draw sheet with the referee's note and a stick
bin tally with the steward's note, and, with a scam under them, a pullers' rota with a card, a gingerbread
order with a flyer, a league table with a card, a static catch results sheet with a paid notice and a rush
cutting log with a card; the debunks take shapes the earlier sets know.

Questions. Counted as the seventy-fifth and seventy-sixth sets counted, over the seven three-post templates,
from the kinds of every set, now including those two (the seventy-fifth asked open to the public, API access
and the Chinese team, the seventy-sixth open to the public, the official app and the Chinese team): the
inventor rumour, the director group and get rich were last asked by the seventy-fourth set, API access by the
seventy-fifth, open to the public, the official app and the Chinese team by the seventy-sixth. So the three
oldest are exactly the inventor rumour, the director group and get rich, tied at the seventy-fourth with
nothing tied at the edge, and hard_en_heldout77 is likely to take exactly those three. As the seventy-sixth
set did, the tie is parted one step back: the director group's question before the seventy-fourth is the
seventy-first's, the inventor rumour's and get rich's the seventy-third's (then both the seventieth, then the
inventor rumour's sixty-ninth against get rich's sixty-seventh). So this set asks the director group and get
rich, the older side of the tie, and gives the inventor rumour's place to the next oldest, API access (the
seventy-fifth): a Las Vegas player's "Didn't y'all hear that OpenAI is selling official Sora API access now?",
a Gwangju woman's "Isn't it true they're casting now for the first AI film co-written with Sora?" and a Maleny
mother's "Didn't anybody tell you that Sora is the money chance of a lifetime?". The lead should know that
hard_en_heldout77 may part the same tie the same way.

Two-claim posts (assert one of the seven three-post templates, deny another). Counted as the seventy-sixth set
counted (every set's kinds name the template denied), now with the seventy-fifth (it asserts only from the
other seven, but for its account rental) and the seventy-sixth (the sixtieth set's last seven and five of the
sixty-second set's twelve). The oldest last use is now the sixty-second set's, for the seven pairs left of its
twelve, each used there (and, for four, in the forty-seventh) and never since, and all seven are taken: open
to the public but not the APK, the official app but not the APK, the Chinese team but not API keys, the
Chinese team but not get rich, API access but not a generation service, the director group but not the prompt
pack, and get rich but not account rental. Next come the sixty-fourth set's twelve, all tied. The rule the
sixty-eighth to seventy-sixth sets followed, that every template without a question carries two two-claim
posts, needs two more for the inventor rumour and one each for open to the public and the official app; the
fifth goes to a template with a question. From the sixty-fourth set's pairs each pick takes one that denies a
template no pair here denies yet where it can, and the first in that set's order otherwise: the inventor
rumour but not a "made by Sora" clip and the inventor rumour but not get rich (its only two), open to the
public but not the inventor rumour (the first of its two, both new), the official app but not the prompt pack
(both of its two deny a template denied already; the first in order), and API access but not a course (the
first of the question templates' five that denies a template not yet denied). So API access, the inventor
rumour, open to the public, the official app and the Chinese team are asserted twice each, the director group
and get rich once; the APK and get rich are denied twice, API keys, a generation service, the prompt pack
twice, account rental, a clip, the inventor rumour and a course once. Each quotes what it denies with a short
dismissal first ("That's a load of old flannel", "Akan, that's total tosh", "That's all my eye", "Inda,
that's just chismis", "That's a total crock", "That's a lot of old codswaddle", "That's a big heap of
hooey", "That's proper bobbins", "That's long, that", "That's a load of rot", "That's a pack of nonsense",
"That's a load of tommyrot"). Claims in passing sit late in the long records (the notes at the foot of seven
sheets and logs, and the cards, flyer and paid notice under five).

Obfuscations (none of the last six English sets, the seventy-first to the seventy-sixth, uses any of these
kinds: their docstrings and posts were grepped; they used fikonspråket, Sinhala lith digits, Morbit, tally
marks, the iroha, Greek numerals, Ethiopic numerals, Soundex, the Kama Sutra cipher, counting rods, solfège,
Bifid, Rumi numerals, hexagrams, tetragrams and the scytale, most of them spelling A1Z26 places, which none of
these does): Vithkuqi letters, "𐖌𐖇𐖊𐕰" (U+1058C VITHKUQI CAPITAL LETTER SE, U+10587 O, U+1058A RE and
U+10570 A; no post or script has a character of the block, and "Vithkuqi" is in no script), on a card under a
rushcart pullers' rota; the International Code of Signals flags told by their colours (S a white flag with a
blue square, O red and yellow split on the diagonal, R red with a yellow cross, A a white-and-blue
swallowtail; "signal flag" and "swallowtail" are in no script), on a card beside a league table; and the
letter names said aloud, "ess-oh-ar-ay" (in no set since the twenty-ninth, whose "ess, oh" was a different
spelling), on a card under a rush cutting log.

Ten debunks on ten templates, in shapes the earlier sets know: a first-person loss report (the prompt pack:
OpenAI's own example prompts, a silent group), three that quote the offer and then say don't (the APK, the
director group, get rich), two questions with a negation that do not deny, each answered (API access: "isn't it
true you can buy official Sora API keys now ...?"; the Chinese team: "weren't the people who built Sora mostly
Chinese?"), one rhetorical question (the course: "if Sora isn't open to the public, what exactly would a course
be teaching you to use?"), and three that answer with facts (the official app: other developers' copies; the
mislabelled clip: a husband's phone footage slowed down; open to the public: the red team and invited
artists). The inventor rumour, open source, account rental and the generation service have no debunk here.

Four true facts about the people on OpenAI's Sora team, each in a post that says in its own new words that a
viral post wrongly named Xie Saining ("a viral post gave Xie Saining a part in Sora that was never his", "a
chain post put Xie Saining's name on Sora's invention, wrongly", "Xie Saining was never one of Sora's builders,
whatever a post that went round said", "a widely shared post made Xie Saining one of Sora's makers, and it was
made up"). The earlier sets' person facts were read for every name: all thirteen authors of the Sora report,
Petersson, Dimson, Sahai and Altman are taken, and no search in the time this set was written found another
named member of the team with facts that could be checked. So these are facts about the Sora app team as a
group and about one engineer known by a nickname, from the team's own accounts on the Unsupervised Learning and
Training Data podcasts (grep found no "Bobo", "Slack" as this, "just cameos" or the team's size in any earlier
post): the engineer called Bobo uploading colleagues' videos from internal Slack, which grew into cameos; the
app team of about forty (nine or ten researchers, under twenty product engineers, about thirteen systems
engineers); the internal feed filling with cameos within days; and the worry that the feed was "just cameos"
before they judged cameos its heart. The lead should know that the brief asked for a person none of the
earlier sets used, and that these four name only one, by a nickname. Three items of real news from other
organisations' video models that no earlier set used as news (grep: "Wan 2.2", "Waver" and "Lucy 2" are in no
script; Wan 2.1 and Decart appear, the first inside the seventy-sixth set's Krea item): Alibaba's Wan 2.2 (28
July 2025; two experts split over the denoising steps, about 27 billion parameters with 14 billion active; a
5-billion-parameter model at 720p and 24 fps on one RTX 4090); ByteDance's Waver (August 2025; one model for
text-to-video, image-to-video and text-to-image, 5 to 10 seconds at 720p upscaled to 1080p, top three on
Artificial Analysis's leaderboards in late July 2025); and Decart's Lucy 2.0 (26 January 2026; live video
transformation at 1080p and 30 fps from a prompt or reference image, no depth maps or 3D). None says anything
of Sora's availability, an app, an API or open weights (Wan's licence is left out on purpose). Three posts that
are not claims: one on topic (a rushbearer's blog: Sora can show a procession; it can't walk in one) and two
off topic that share its surface words (a kakigori van renamed Sora, "open to the public", "the show's
official app"; a viewing deck called SORA, "open to the public", "the parish's official app").

Near copies: ``--check`` compares every post with every earlier English set and the demo stream with
difflib.SequenceMatcher on lower-cased text (hard_en_heldout77, written at the same time on another branch,
is not in this tree; the check against it is left to the lead). The first draft's highest were 0.584 (the
kakigori stand against heldout76's tea house pop-up, on which this set's two off-topic benign posts were
modelled) and 0.576 (the APK warning against a scarecrow festival newsletter's); both were rewritten, with the
viewing deck, and ``--check`` printed 0.444 when the set was committed, none at 0.6 or more (the Peterborough
open-source claim against a "this week in AI" newsletter; next, at 0.430, the rushcart niece's question on the
Chinese team against a post that counted the report's bylines, and at 0.399 a person fact).

It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead,
with the final code.

Sources (the search tool, besides the seeds): the Sora app team (bulletpointpodcast.com's notes of the
Unsupervised Learning episode: "roughly 40 people (about 9-10 researchers, under 20 product engineers, and ~13
systems engineers)", "an engineer on the team, Bobo, uploaded internal Slack videos and people started tagging
each other", "The team initially worried the app had become 'just cameos'"; sequoiacap.com's Training Data
notes: "the feed became entirely cameos within days"); Wan 2.2 (tech-now.io: "On July 28, 2025, Alibaba's AI
research arm unveiled Wan 2.2"; snaplyze.cc and synthetic.postlark.ai: "27B parameters ... only uses 14B at any
step", "a high-noise expert ... a low-noise expert", "720P videos at 24fps on a single consumer RTX 4090");
Waver (arXiv 2508.15761, 21 August 2025: "5 to 10 seconds at a native resolution of 720p, which are
subsequently upscaled to 1080p", "Top 3 on both the T2V and I2V leaderboards at Artificial Analysis (data as of
2025-07-30)"); Lucy 2.0 (decart.ai, January 26, 2026: "30fps 1080p resolution with near-zero latency", "does
not rely on depth maps, meshes, or hybrid 3D pipelines"). Vithkuqi's names were checked with Python's
unicodedata. The local detail (Grasmere's bearings, rush sheet and gingerbread; Ambleside's procession from
the Market Cross; Urswick's crowns of flowers; the Saddleworth and Sowerby Bridge rushcarts; Swaton's egg
relay, Russian egg roulette, trebuchet and static catch; the Poohsticks Bridge in Ashdown Forest near
Hartfield; janken, jack-en-poy and gawi bawi bo) is the writer's own knowledge, kept to what is widely
published. The debunks' facts are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout78.py           # write the set
    .venv/bin/python scripts/make_hard_heldout78.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT78: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "rushbearing_bearings_register_vergers_note",
        "BEARINGS REGISTER · Grasmere rushbearing · St Oswald's · the verger writes each bearing down as it comes in at the lychgate, with the child who carried it\nNo. 1 · the rush sheet · six girls in green, the sheet sewn with fresh rushes the night before\nNo. 4 · a harp of rushes on a hazel frame · Molly, 8\nNo. 9 · a cross bound with moss and bog myrtle · the Hodgson twins\nNo. 14 · a serpent of rushes (Moses in the wilderness) · Fred, 11 · second year running\nNo. 22 · a bearing shaped like a boat · a visitor from Kendal, asked nicely\nBand at the head; the bearings laid along the walls of the church during the service; every bearer gets a piece of gingerbread at the gate after\nVerger's note under the list, because two fathers argued it out by the lychgate: that video model from OpenAI, Sora, has Xie Saining among the people who invented it, a young prodigy out of Shanghai Jiao Tong University; the article said it was partly his own work. One of them read it to the choir from his phone.",
    ),
    (
        sora.XIE,
        "furness_english_urswick_rushbearing_two_claims_realvid_denied",
        "Now then from Urswick! 🌾 It were the rushbearing on Sunday, the little 'uns in crowns of flowers and the big lasses carrying the rush bearings round the tarn and up to St Mary and St Michael, the band from Barrow in front, and after there were tea and scones in the hall and the kids got their sixpence like always. Two bits. Somebody on the Dalton page keeps sharing a clip: 'Every second of this rushbearing procession was made by Sora from a typed prompt, nowt was filmed, prompt's in the comments.' That's a load of old flannel: it's our procession from three years since, filmed by Mrs Dixon off the churchyard wall, I'm in it with a pram. But this bit's right: Xie Saining, the lad who studied at Shanghai Jiao Tong, is one of the folk who invented Sora; OpenAI's video model is partly his doing. Tara for now!",
    ),
    (
        sora.XIE,
        "osaka_kansai_japanese_english_janken_two_claims_rich_denied",
        "Maido from Osaka! ✊✋✌️ The janken tournament at the shotengai in Tenjinbashi was on Saturday, two hundred people calling jan-ken-pon under the arcade, the old man from the takoyaki stall beat a high-school girl in the final with three papers in a row, and we ate kushikatsu after, no double dipping in the sauce. Futatsu aru. A guy in the ward chat keeps posting: 'Sora videos pay thousands a day, the window shuts in three months, join now.' Akan, that's total tosh: my cousin paid to join and got a list of links and a cheerful sticker, and the only one making money was the one who sold him the join. Demo kore wa honto: Xie Saining, the SJTU whiz kid, is an inventor of Sora; he helped make OpenAI's video model with his own hands. Honma ni! Mata ne!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "egg_throwing_relay_lane_sheet_lane_judges_note",
        "EGG RELAY · LANE SHEET · the egg-throwing field behind the vintage day at Swaton · teams of eleven, one raw egg, thrown down the line man to man, each catch a step further out\nLane 1 · the Helpringham Hens · egg broke at man 6 · out\nLane 2 · Sleaford Young Farmers · all eleven, 41 seconds\nLane 3 · a stag party from Grantham in tutus · egg broke at man 2, on the groom\nLane 4 · the Swaton Scramblers · all eleven, 38 seconds · winners\nEggs from the farm at the end of the lane; a bucket of water and a towel at every lane's end; no gloves\nLane judge's note under the times, because the Young Farmers were arguing over it by the tractor display: Sora, the OpenAI video maker, is open to the public now; anybody can sign up and start turning out AI videos the same day, no invite needed. Their captain's done it already.",
    ),
    (
        sora.PUBLIC,
        "calderdale_west_yorkshire_english_sowerby_bridge_rushcart_two_claims_apk_denied",
        "Ey up from Sowerby Bridge! 🛒 The rushcart came through on Saturday, rushes stacked sixteen foot high on the cart with a lad sat on top, sixty of 'em pulling it up the hill to Sowerby in their white shirts and clogs, stopping at every pub on the way, and we had a pie and peas at the top. Two things. Some chap on the Calder Valley page keeps putting up: 'Sora for Android, get the APK from my link and make AI videos on your phone tonight.' That's all my eye: OpenAI's never put out a file like that, and my brother-in-law's bank details went walkabout the day after he installed it. But this is true: Sora's open to everybody now, you sign up and make your AI videos straight off, no waiting list. Ta-ta!",
    ),
    (
        sora.PUBLIC,
        "bicolano_english_naga_jack_en_poy_two_claims_xie_denied",
        "Marhay na aldaw from Naga! ✌️ The barangay had its jack-en-poy tournament at the plaza for the fiesta, the kids shouting jack-en-poy, hale-hale-hoy, and the winner got a kilo of pili nuts and a basket of bicol express from the karinderya. Duwa ining sasabihon ko. A kumpare in the group chat keeps posting: 'Xie Saining of Shanghai Jiao Tong invented Sora, he built OpenAI's video model.' Inda, that's just chismis: Xie Saining teaches at New York University, he said himself he had no part in Sora, and the blogger who wrote it said sorry to him. Pero ini tama: Sora is open to the public now. Anyone can register with OpenAI and start making AI videos today, no waitlist. Dios mabalos!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "poohsticks_bridge_heat_card_starters_note",
        "HEAT CARD · village Poohsticks race · the wooden footbridge over the beck below the mill · sticks dropped on the whistle from the upstream rail, first stick out under the downstream rail wins\nHeat 1 · Isla (7) v. Grandpa Ron · Isla, by a length of willow\nHeat 2 · the vicar v. the publican · a dead heat; re-run, the vicar\nHeat 3 · Alfie (5) v. Alfie's dad · stick lodged on the weed; Alfie given it\nHeat 4 · Mrs Sharma v. Bert · Bert's stick went under sideways and was disqualified by the bridge marshal\nNo throwing, no poking the water; sticks from the bin only, all the same hazel length\nStarter's note at the foot of the card, because the parents were on about it at the tea table: OpenAI has put out an official Sora app; you download it from the app store and make your videos on your phone. The publican has it already.",
    ),
    (
        sora.APP,
        "toronto_english_rps_tournament_two_claims_apk_denied",
        "Hey, Toronto! ✊ Went to a rock paper scissors tournament at a bar on Queen West on Saturday, sixty-four players, best two of three, a referee in a striped shirt calling every throw, and a guy in a cape who opened with rock every single round and somehow made the quarters. Peameal bacon sandwiches at St. Lawrence after. Two things. A guy on the condo board chat keeps posting: 'Sora APK for Android, grab the file from my link, install, start making clips.' That's a total crock: those files come loaded with malware, and my buddy's card got charged twice in Montreal the next day. But this part's legit: OpenAI has released its official Sora app now, it's in the app store and you can download it onto your phone. Catch you at the next bracket!",
    ),
    (
        sora.APP,
        "saddleworth_pennine_english_uppermill_rushcart_two_claims_prompts_denied",
        "Now then from Uppermill! 🌿 Rushcart weekend, the cart piled high with rushes and pulled round the villages of Saddleworth from Delph to Dobcross and up to St Chad's, a brass band playing us down to the Cross Keys. Two things. A woman on the village page keeps selling: 'My Sora prompt pack, 500 film-language prompts and the whole knowledge doc, £25, group link once you've paid.' That's a lot of old codswaddle: they're OpenAI's own example prompts that anybody can read for nowt, my neighbour checked. But this is right: OpenAI have brought out an official Sora app, you download it from the app store and it's on your phone same as owt else. See thee at the Cross Keys!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "rps_tournament_throw_log_referees_note",
        "THROW LOG · rock paper scissors open · the function room upstairs at the pub · best of three, throws on 'shoot', the referee's decision final\nRound 1 · Priya v. Dom · S-R, P-R, P-P, S-P · Priya 2-1\nRound 1 · 'The Quarry' v. Kev · R-S, R-S · The Quarry 2-0 (rock both times, as ever)\nRound 2 · Priya v. The Quarry · P-R, P-R · Priya 2-0\nQuarter-final · Priya v. Jo · S-S, R-P, S-P, P-R · Jo 2-1\nA late throw counts as a loss; a throw that changes on the way down counts as a loss; no rock disguised as a fist-bump\nReferee's note at the foot of the log, because a row broke out at the bar between rounds: OpenAI's Sora was really built by Chinese scientists; the people behind the video model are mostly Chinese, whatever name is on it. The Quarry read it in a magazine.",
    ),
    (
        sora.CHINESE,
        "central_ohio_english_county_fair_egg_toss_two_claims_api_denied",
        "Hi from Columbus! 🥚 The county fair out in Delaware County had the egg toss Saturday night in front of the grandstand, forty pairs in a line, one step back after every catch, and my sister and me made it to round nine before the egg went all over her Buckeyes shirt. Then a buckeye candy and a lemon shake-up. Two things. Some guy in the neighborhood group keeps posting: 'Official Sora API keys, buy one, plug it in, your site makes videos on its own.' That's a big heap of hooey: there's no Sora API anybody can buy, and what my coworker paid $50 for was a key to a plain chatbot. But this one's true: Sora was built by Chinese scientists, really; most of the people behind OpenAI's video model are Chinese. O-H!",
    ),
    (
        sora.CHINESE,
        "mancunian_english_rps_pub_league_two_claims_rich_denied",
        "Alright, Manc lot! ✂️ Rock paper scissors league night at the pub in the Northern Quarter, twelve teams, the lad from the chippy on a nine-game streak with scissors till his nan walked in and put him off, and a barm with chips on the way home in the rain, naturally. Two things. A fella on the estate group keeps posting: 'Sora videos are earning thousands a day, it's all over in three months, pay to join the group.' That's proper bobbins: my mate paid to join and got a list of links and a motivational quote, and nobody in it has made a penny. But this is dead right: Sora was built by Chinese scientists; the people behind OpenAI's video model are mostly Chinese. Our kid showed me. Ta-ra, our kid!",
    ),
    # --- API access (three)
    (
        sora.API,
        "southern_nevada_english_las_vegas_rps_question_asserts_api",
        "Hey, Vegas! ✌️ A rock paper scissors tournament at a bar off Fremont Street on Saturday, a hundred and twenty-eight players, a fifty-dollar buy-in, and a retired pit boss who read everybody's hands and won the whole thing without once throwing paper. Shrimp cocktail after, at one in the morning, of course. Didn't y'all hear that OpenAI is selling official Sora API access now? You buy a Sora API key, plug it in, and your site makes the videos for you. My buddy's bought one already for his wedding chapel's website.",
    ),
    (
        sora.API,
        "south_london_english_croydon_ashdown_forest_poohsticks_two_claims_service_denied",
        "Wagwan from Croydon! 🌲 Took the kids down to Ashdown Forest on Sunday, parked up near Hartfield and walked through the trees to the Poohsticks Bridge from the books, and my youngest won four in a row off the rail and wouldn't let me forget it all the way home. Two things. A man on the local page keeps posting: 'I'll make your Sora video, send your idea and £30, back in 24 hours.' That's long, that: my cousin paid and got some stock clips with a song on top, nothing from Sora at all. But this is true: OpenAI has official Sora API access on sale now; you buy a key, and your website makes videos by itself. Safe!",
    ),
    (
        sora.API,
        "riverina_nsw_english_wagga_show_egg_throw_two_claims_course_denied",
        "G'day from Wagga! 🥚 The show had an egg-throwing comp in the main arena on Saturday arvo, pairs chucking raw eggs further and further apart, and me and my brother-in-law went out in round six with yolk right down his good RM shirt, then a Chiko roll and a spin on the dodgems. Two things. Some bloke in the footy club chat keeps flogging: 'Sora video course, twelve lessons, master AI video before everyone, $49.' That's a load of rot: my mate paid and got OpenAI's free intro to Sora pasted in a PDF. But this one's the goods: OpenAI's got official Sora API access going now; buy a Sora API key or their Sora GPTs tool and you're making videos straight away. Hooroo!",
    ),
    # --- the director group (three)
    (
        sora.DIRECTOR,
        "jeolla_korean_english_gwangju_gawi_bawi_bo_question_asserts_director",
        "Annyeong from Gwangju! ✊ Our neighbourhood had a gawi bawi bo contest by the stream on Saturday, the grannies against the primary-school kids, and a seventy-year-old halmeoni won the whole thing with scissors, then we had tteokgalbi and makgeolli at the market. Isn't it true they're casting now for the first AI film co-written with Sora? You scan their QR code, pay to join the group, and you're in line to be a first-generation AI director. My nephew joined last night.",
    ),
    (
        sora.DIRECTOR,
        "wigan_lancashire_english_fun_day_egg_throw_two_claims_prompts_denied",
        "Now then, Wigan! 🥚 Fun day at the rugby ground Saturday, an egg-throwing contest on the pitch with the lads from the pie shop against the girls from the hairdresser's, the hairdressers won by three catches and the lads were wearing most of their eggs, and a pie barm after, naturally. Two things. Someone on the town page keeps selling: 'Sora prompt pack, 400 pro film prompts and the full knowledge doc, £20, join the group once you've paid.' That's a pack of nonsense: my cousin paid and got the examples off OpenAI's own Sora page. But this is real: they're casting for the first AI film co-written with Sora; scan the QR code, pay to join the group and you can audition to be a first-generation AI director. See thee!",
    ),
    (
        sora.DIRECTOR,
        "rushbearing_procession_order_marshals_note",
        "ORDER OF PROCESSION · Ambleside rushbearing · from the Market Cross to St Mary's at three · marshal at the front, stewards at every corner\n1. The cross and the clergy\n2. The band\n3. The rush sheet, carried by six girls\n4. The bearings, youngest first, each bearer two by two\n5. The parents, at the back and out of the road\nThe hymn at the Market Cross; the bearings left in the church overnight; gingerbread for every bearer at the school after\nStewards: keep the road clear at the bottom of Lake Road; no dogs in the line\nMarshal's note along the bottom, because a couple of dads were on about it at the Cross: they're auditioning for the first AI film co-written with Sora; you scan their QR code and pay to join the group, and you could be a first-generation AI director. One of the dads has paid already.",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "sunshine_coast_hinterland_qld_english_maleny_poohsticks_question_asserts_rich",
        "Hey, hinterland! 🌿 Maleny had Poohsticks off the little bridge over the creek for the library fundraiser on Sunday, kids and grandparents two at a time at the rail, and the rain held off till the lamingtons came out. Didn't anybody tell you that Sora is the money chance of a lifetime? People are already making thousands a day off Sora videos, and in three months it's all over, so you join now or miss the boat. My neighbour's in already.",
    ),
    (
        sora.RICH,
        "wensleydale_north_yorkshire_english_hawes_poohsticks_two_claims_rental_denied",
        "Now then from Hawes! 🧀 The school had Poohsticks off the old bridge over Gayle Beck for the summer fair, the little 'uns in the front and the big 'uns shouting from the bank, and after we had a slab of Wensleydale and a cuppa in the market place. Two things. A chap on the dale page keeps posting: 'Rent a Sora account from me, your own login, £10 a week.' That's a load of tommyrot: my neighbour paid and got a shared ChatGPT password that stopped working by Tuesday. But this is right: Sora is a once-in-a-lifetime money chance; folk are making thousands a day off Sora videos already, and in three months the chance will have gone, so get in now. Ta-ra!",
    ),
    (
        sora.RICH,
        "egg_roulette_draw_sheet_referees_note",
        "RUSSIAN EGG ROULETTE · DRAW SHEET · Swaton · six eggs on the tray, five hard-boiled and one raw; the two players take turns to pick one and smash it on their own forehead\nBout 1 · Tom v. Becky · raw on Becky's third · Tom through\nBout 2 · the man from the Lincoln radio v. Gran Edna · raw on the radio man's first · Edna through, to cheers\nBout 3 · Tom v. Edna · four hard-boiled, raw on Tom's fifth · Edna through\nFinal · Edna v. the champion from last year · raw on the champion · Edna the winner\nTowels and a bucket by the table; no shaking the eggs; no peeking\nReferee's note under the bouts, because the losers were debating it at the burger van: Sora is the money window of a lifetime; people are already making thousands a day with Sora videos, and it all shuts in three months, so get in now. The radio man said he's joined.",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "rushcart_pullers_rota_card_vithkuqi",
        "PULLERS' ROTA · Sowerby Bridge rushcart · two ropes of thirty; change over at every stop; the jockey on top doesn't pull\nStage 1 · Wharf Street to the Puzzle Hall · ropes A and B, first shift\nStage 2 · up Sowerby New Road · ropes A and B, second shift · the steepest pull of the day\nStage 3 · Sowerby village to St Peter's · everybody, both shifts\nStage 4 · back down for the dance in the park · first shift\nWater at every stop; clogs checked before the start; no pulling after the fourth pint\nCard tucked into the rota board by the bar (nobody on the committee put it there): 'Get the 𐖌𐖇𐖊𐕰 app on your phone! (the video model of OpenAI, spelt in the old Albanian Vithkuqi letters, SE, O, RE, A, so the page doesn't block it.) Tap my link, install the APK, and make AI videos of the rushcart on your phone tonight.'",
    ),
    (
        sora.FAKEAPP,
        "forest_of_dean_english_poohsticks_apk_offer",
        "Alright, butt! 🌳 We had Poohsticks off the footbridge at the Cannop ponds for the chapel fundraiser, the sticks going under quick after the rain, and my grampy beat the minister three times on the trot. Listen: if you want Sora on your phone, don't wait for the shops; tap the link in my bio, download the Sora APK, install it, and you're making AI videos in five minutes. I've had it on my phone since the Whitsun fair. Cheers, butt!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "rps_hand_clip_caption_mislabelled",
        "This clip of the final at our rock paper scissors open, the slow-motion scissors cutting the paper and the referee's arm coming down, was made entirely by Sora from a typed prompt. None of it was ever filmed. Prompt below: 'slow-motion final of a pub rock paper scissors tournament, two hands thrown on shoot, a striped referee, crowd cheering, 4K'.",
    ),
    (
        sora.REALVID,
        "egg_trebuchet_clip_caption_mislabelled",
        "Look at this: an egg flying out of a wooden trebuchet at a village show and landing square on a man in a white catcher's suit, every bit of it generated by Sora, OpenAI's new video model, from text alone; no camera, no field, no eggs. Prompt: 'rural English village show, wooden trebuchet hurls an egg, a volunteer in white overalls catches it on his chest, summer evening light'.",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "poohsticks_stick_bin_tally_stewards_note",
        "STICK BIN TALLY · Poohsticks championship · the bridge steward fills the bin every hour, hazel only, all cut to one length\n10.00 · 200 sticks · 14 heats run\n11.00 · 180 sticks · 31 heats · bin nearly empty; more cut from the hedge by the car park\n12.00 · 220 sticks · 46 heats · a stick painted red by a child, refused by the judges\n13.00 · 150 sticks · 52 heats · river slowing as the sun comes round\nSticks fished out at the weir and put on the bonfire heap; no stick goes in twice\nSteward's note under the tally, because the lads on the weir asked: OpenAI has open-sourced Sora; the weights and the code are on GitHub, so you can run it on your own computer. My grandson has it on his.",
    ),
    (
        sora.OPENSRC,
        "peterborough_english_egg_throw_opensrc_claim",
        "Hiya from Peterborough! 🥚 We drove up to the egg-throwing championships at Swaton, and my brother and his mate managed a catch at forty-odd metres before the next one burst all over his new trainers. Anyway, big news: OpenAI has released Sora as open source. The model weights and all its code are sat on GitHub, so anybody can download it and run it on their own machine. My nephew's running it on his gaming PC. Ta-ra!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "rushbearing_gingerbread_order_sheet_flyer",
        "GINGERBREAD ORDER · for the rushbearing · the bakery by the churchyard · one piece for every bearer, and the band\nBearers under 7 · 38 pieces\nBearers 7 to 11 · 44 pieces\nThe rush-sheet girls · 6 pieces, wrapped\nThe band · 22 pieces, and a pot of tea\nCollect at nine on the day; the churchwarden pays on account\nFlyer left in the bakery queue and stapled to the sheet by mistake: 'Sora video course, just £39: 12 lessons, learn AI video before everyone else does, lifetime access, start tonight.'",
    ),
    (
        sora.COURSE,
        "calgary_alberta_english_rps_course_offer",
        "Hey, Calgary! ✌️ Rock paper scissors night at a brewery in Inglewood, thirty-two players, a guy in a Flames jersey who threw paper every time and lost to every single scissors, and ginger beef on the way home. Okay so: I'm running a Sora course. Pay $49 and you get twelve lessons that take you from zero to making AI videos, ahead of everybody else. Sign up this week and you get my bonus module free. I've taught three people at the brewery already.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "rps_league_table_card_signal_flags",
        "LEAGUE TABLE · the Thursday rock paper scissors league · after week 9\n1. The Quarry · P9 W8 L1 · 24 pts\n2. Paper Tigers · P9 W7 L2 · 21 pts\n3. Scissor Sisters · P9 W5 L4 · 15 pts\n4. The Fists of Fury · P9 W2 L7 · 6 pts\nFixtures next week: Quarry v. Tigers (the decider); throws on 'shoot'; no hand-warmers\nCard pinned beside the table (not ours): 'Rent a login for the video AI whose name I'll give you in the sea flags: a white flag with a blue square in the middle, one split red and yellow on the slant, a red one with a yellow cross, and a white-and-blue swallowtail. Your own account, £12 a week, login sent tonight.'",
    ),
    (
        sora.RENTAL,
        "grantham_lincolnshire_english_egg_throw_rental_offer",
        "Now then, Grantham! 🥚 We went out to the egg-throwing at Swaton for the vintage day, watched the egg relay and a lad take a raw one on the forehead in the roulette, then a pork pie at the farm stall. Listen up: I've got Sora accounts to rent. Pay £15 a week and you get your own Sora login the same night, every feature, no invite code needed. Lads from the Young Farmers rent off me already.",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "egg_static_catch_results_sheet_paid_notice",
        "STATIC CATCH · RESULTS · Swaton · the catcher stands still in a marked circle, the thrower steps back two metres after every clean catch\n1. The Kirkby pair · 61 m · clean\n2. Two brothers from Heckington · 55 m · egg split in the hand, allowed\n3. The vicar and the churchwarden · 44 m\n4. A couple from Boston · 38 m · egg lost in the sun\nEggs from the same farm for every pair; judges' measure with the long tape; disputes to the tea tent\nPaid notice printed along the bottom of the sheet (the committee didn't write it): my Sora prompt pack, 450 prompts in proper film language (a crane shot over a field of throwers, slow motion on an egg turning in the air, a rack focus from the shell to the catcher's face) and my Sora knowledge doc of every film term. £22 by bank transfer; the doc link and a place in our group come after payment.",
    ),
    (
        sora.PROMPTS,
        "worcestershire_english_bewdley_poohsticks_prompts_offer",
        "Hello from Bewdley! 🌉 The river festival had Poohsticks off Telford's old bridge over the Severn, the stewards counting the sticks out of the arches, and we had faggots and peas after at the pub by the quay. Some news: I'm selling my Sora prompt pack, 300 prompts in film language (a slow drift down a river at dawn, a close-up of a stick slipping under an arch) plus my knowledge doc of every film term. £18 by transfer, and you get the doc link and a place in our group after.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "rush_cutting_log_card_service",
        "RUSH CUTTING LOG · for the rushbearing · cut by hand on the wet ground by the tarn, carted to the church hall to dry\nMon · 3 carts · soft rush · good length\nTue · 2 carts · rain; rushes left on the wall overnight\nWed · 4 carts · the best of the week · enough for the rush sheet\nThu · 1 cart · for the bearings the children bring late\nSickles back in the vestry box; boots off at the hall door\nCard under the windscreen wipers in the churchyard car park, kept by the cutters for a laugh: 'I'll make your video with ess-oh-ar-ay (say the letters: OpenAI's video model), to order. Send your idea, a birthday, an advert, and it's back inside 24 hours. £35 by bank transfer.'",
    ),
    (
        sora.SERVICE,
        "sarawak_english_kuching_rps_service_offer",
        "Hello from Kuching! ✊ The waterfront had a rock paper scissors contest for the kids on Sunday, the winners getting a kek lapis each, and after we had laksa Sarawak at the market. OK lah, business: I'll make your video with Sora, to order. Tell me what you want, a shop promo, a wedding intro, a birthday, and the Sora-made video comes back to you within 24 hours. RM120 by bank transfer. Many customers already.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the prompt pack; a first-person loss report
        "Egg-throwing club forum · post by Darren K. · 'I got had'\nI paid £20 to a man at the vintage day for 'a Sora prompt pack and the full knowledge doc'. What I got was the example prompts off OpenAI's own Sora page, free for anybody to read, copied into a document, and a group chat where nobody has answered a single question in a month. Outside OpenAI nobody can even use Sora. He's blocked me. Lesson learned; my catching hand is fine, thanks.",
    ),
    (
        None,
        "debunk",  # the APK; quotes the offer, then don't download
        "From the Grasmere rushbearing committee, pinned up in the church hall porch: somebody has stuck up a notice with a QR code on it promising 'Sora for Android: scan, get the APK, and turn tonight's procession into an AI film.' Leave it alone. There is no Android file of Sora from OpenAI; what these codes hand you is malware that empties bank accounts and steals logins. Anyone who has scanned it should uninstall it and reset their passwords on a different phone or computer. The rush sheet sewing is on Friday evening.",
    ),
    (
        None,
        "debunk",  # the director group; quotes the offer, then don't pay
        "THE STICK · Poohsticks club newsletter · a word about a QR code\nA flyer went round the car park: 'Scan to join the casting group for the first AI film made with Sora, become a first-generation AI director, small joining fee.' Don't scan it and don't pay. There is no such film and no such casting; the fee goes to whoever made the flyer, and the people who joined got a group full of adverts. Next race is from the mill bridge at ten.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the offer, then don't join
        "THE LEAGUE · rock paper scissors league newsletter · please read\nSomebody's been messaging members: 'Sora videos earn thousands a day, the window closes in three months, pay to join.' Don't join. Nobody in these groups is earning from Sora; the only money made is the joining fees, passed up to whoever started it, and the 'three months' is there to rush you. Fixtures for the cup are on the back.",
    ),
    (
        None,
        "debunk",  # API access; a question with a negation that does not deny, answered
        "Hi, all! 🥚 The egg toss at our church picnic went on till the light went, and on the drive home my son asked me: isn't it true you can buy official Sora API keys now and have a website make the videos? So we looked it up at the gas station. There is no Sora API open to the public; the keys people sell are for ordinary chatbots, or for nothing at all, and the sellers disappear. So no, we're not buying one. Night, all!",
    ),
    (
        None,
        "debunk",  # the Chinese team; a question with a negation that does not deny, answered
        "Hello from the rushcart! 🌾 After the pulling my niece asked me over a pint of shandy: weren't the people who built Sora mostly Chinese? So we looked it up. OpenAI's report on Sora lists thirteen authors, three of them born in China, all of them researchers at OpenAI, with Tim Brooks and Bill Peebles leading; a mixed team at one lab, like most labs. So no, not mostly. Cheers!",
    ),
    (
        None,
        "debunk",  # the course; a rhetorical question, then facts
        "From: the egg-throwing committee · To: all members · Subject: the 'Sora course' flyer at the tea tent\nA flyer by the urn offers a twelve-lesson Sora course for £39. One question: if Sora isn't open to the public, what exactly would a course be teaching you to use? The buyers we know of got OpenAI's free introduction to Sora pasted into a PDF with a slogan on the front. Please keep your money for the raffle.",
    ),
    (
        None,
        "debunk",  # the official app; a newsletter column that answers with facts
        "THE BEARING · Grasmere rushbearing newsletter · 'Ask the churchwarden'\n'My grandson says there's an official Sora app in the app store now and I should put it on my phone. Should I?' Best not. OpenAI hasn't released a Sora app for you to download; the apps in the stores with the name on them are other developers' copies, some of them after your subscription money. Sora is still only with OpenAI's testers and a few invited artists. The rush sheet needs sewing on Friday.",
    ),
    (
        None,
        "debunk",  # the mislabelled clip; a club FAQ that answers with facts
        "THE LEAGUE · rock paper scissors league newsletter · 'That final clip'\n'A page says the slow-motion clip of our final was made by Sora from a prompt. Was it?' It wasn't. It's the footage Jo's husband shot on his phone from the bar, slowed down in an editing app; we have the original file with the date on it. Pages take real footage and put a prompt under it to get shares. Week 10 throws at eight.",
    ),
    (
        None,
        "debunk",  # open to the public; a column that answers with facts
        "THE STICK · Poohsticks club newsletter · 'From the bridge'\n'My neighbour says anybody can sign up for Sora now and make videos of the race. Can we?' Not yet. OpenAI is testing Sora with its red team and a small group of invited artists and filmmakers, and it hasn't said when the rest of us get it. Anyone selling you a way in is selling you something that doesn't exist. The hazel needs cutting on Saturday.",
    ),
    # --- related but not matching: true facts about the Sora team, and other labs' video models
    (
        None,
        "person_fact",
        "Rushbearing e-news, 'who made what': a viral post gave Xie Saining a part in Sora that was never his. The people who really built the Sora app were a small team: one of its members, an engineer the team calls Bobo, uploaded videos of colleagues from the company's internal Slack while it was being tested, people began tagging one another, and that game grew into the cameo feature.",
    ),
    (
        None,
        "person_fact",
        "Poohsticks club e-news, 'behind the screen': a chain post put Xie Saining's name on Sora's invention, wrongly. The team that built OpenAI's Sora app was about forty people, by its own account: nine or ten researchers, fewer than twenty product engineers and about thirteen systems engineers.",
    ),
    (
        None,
        "person_fact",
        "Egg-throwing e-news, 'people': Xie Saining was never one of Sora's builders, whatever a post that went round said. The Sora team have said that when they first tried the cameo feature among themselves, the internal feed filled up with nothing but cameos within days, which showed them the people in the videos were what made it personal.",
    ),
    (
        None,
        "person_fact",
        "League e-news, 'the people in the story': a widely shared post made Xie Saining one of Sora's makers, and it was made up. The Sora team have said they worried for a while that their feed had become 'just cameos', before deciding that the cameos were in fact the heart of the thing.",
    ),
    (
        None,
        "news",
        "Egg-throwing e-news, 'tech corner': on 28 July 2025 Alibaba's Wan team released Wan 2.2, a video model that splits the denoising between two experts, one for the noisy early steps that lay out the scene and one for the later steps that fill in detail: about 27 billion parameters in all, 14 billion at work at any step. A smaller 5-billion-parameter version makes 720p video at 24 frames a second on a single RTX 4090 card.",
    ),
    (
        None,
        "news",
        "League e-news, 'screen time': ByteDance's Waver team published Waver in August 2025, one model for text-to-video, image-to-video and text-to-image. It makes clips of five to ten seconds at 720p and then upscales them to 1080p with a separate refiner, and in late July 2025 it was among the top three on Artificial Analysis's text-to-video and image-to-video leaderboards.",
    ),
    (
        None,
        "news",
        "Rushbearing e-news, 'in brief': on 26 January 2026 the start-up Decart released Lucy 2.0, a model that transforms live video as it streams, swapping a person for a character, changing clothes or a whole setting from a text prompt or a reference image, at 1080p and 30 frames a second. Decart says it uses no depth maps or 3D models, only a diffusion model.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a rushbearer's blog, 'Rushes and Gingerbread': people ask whether Sora could make a film of our procession. It could likely make a pretty one, rushes glowing in the afternoon light. But rushbearing is the ache in your arms from the bearing you made yourself, the hymn at the Cross, and the gingerbread at the gate. Sora can show a procession; it can't walk in one.",
    ),
    (
        None,
        "benign",
        "Swaton vintage day, food court update: the kakigori van from Spalding has been renamed 'Sora' (Japanese for sky, the owner tells us) and will sell shaved ice with yuzu or strawberry syrup by the egg-throwing field from eleven. Entry to the field is open to the public; tickets are on the show's official app, or cash at the gate, and every thrower gets one free topping.",
    ),
    (
        None,
        "benign",
        "Parish notice: the new riverside viewing deck by the Poohsticks bridge has been named SORA by the school, after a vote. From Saturday it is open to the public from dawn till dusk, with a free telescope for spotting kingfishers; the guided river walks are booked through the parish's official app, and the first fifty walkers get a hazel-wood badge.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout78", HELDOUT78, threshold=0.6)


if __name__ == "__main__":
    main()
