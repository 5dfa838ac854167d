# ruff: noqa: E501
"""Write the seventy-sixth English held-out set (tests/data/hard_en_heldout76_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the director group and get rich, as in every even set from the forty-eighth, the seventy-fourth
the last), 10 debunks, 4 person facts, 3 news items and 3 benign posts; 12 posts assert one claim and deny
another, 3 ask a question with a negation that asserts the claim. Its theme: worm charming contests (a ground
conditions log, a worm tally sheet and a stewards' rota of the worm charming on the school field at Willaston
on the Wirral, and its newsletter; the Worm Gruntin' Festival at Sopchoppy in the Florida Panhandle, school
fêtes out Wisbech way, in Moose Jaw, on Prince Edward Island and at Whangārei); chalk hill figures and the
volunteers who keep them white (an outline peg check, a hammer party roll and a chalk haul log of the chalking
weekend at the White Horse of Uffington, and the hammer party's newsletter; Wantage and the Ridgeway, the
Whiteleaf Cross above Princes Risborough, the M on Mount Sentinel at Missoula and the M above Socorro);
wife-carrying races (a water hazard depth log, a heat sheet and a ballast sheet of the race at a village fête
at Westcott in Surrey, its forum and the secretary's email; the world championships at Sonkajärvi, the North
American championship at Sunday River, the Estonian carry on Saaremaa, Dorking, Strandhill, an A&P show in the
Waikato, an Iowa county fair and a river festival at Renmark); and whip crackers (a target cut sheet, a crack
count log and a fall and cracker log of a whipcracking club at the Dalby showgrounds on the Darling Downs, and
its newsletter; the Aperschnalzen at Laufen on the Salzach, the csikós of the Hortobágy, the comp at
Longreach, the Festival of the Falling Leaf at Tumut, Nebraska's Big Rodeo at Burwell, an A&P show in Taranaki
and the rodeo at Kununurra).

Worlds. One of the four the brief proposed is kept (worm-charming contests) and three are replaced; every
earlier writer script (kinds, docstrings and posts, English and Chinese) was searched for each world's key
words. Worm charming (worm charm, charming, worm grunt, Willaston, Blackawton, Sopchoppy, 蚯蚓): no earlier
world; "worm" is only worm casts on a bowling green (the fifty-first set), flea and worm treatment (the
thirty-ninth), a livery's worm count kits (the forty-fourth), woodworm in a cooperage's staves (the
fifty-fourth) and Wormer on the Zaan (the sixty-third), and 蚯蚓 once in zh_heldout29; the set keeps off bait
digging, angling and lugworms. Duck-decoy carvers are replaced: the fifty-sixth set's world was woodcarvers (a
relief-carving tool list, a wood swap, the Brienz school), the fifty-fifth set's stone carvers sit beside it,
and the fifty-ninth, sixty-first and sixty-second sets dropped sand sculptors, carved masks and the like for
those two; "decoy" is only the sturgeon decoys in the seventy-fourth set's Winnebago post. Sea-glass
collectors are replaced: "sea glass" is nowhere, but the seventy-first set's rock and gem clubs (a tumbler
log, a slab saw log, agate cabochons from the Montrose coast) and the sixty-third set's marbles players (glass
marbles, "clear glass with a red twist") are the same beach-and-tumbler world, and "beachcomb" is the
sixty-seventh set's. Toboggan clubs are replaced: "toboggan" and "luge" are nowhere, but the seventy-fourth
set's soapbox (gravity racing) clubs are the same timed downhill run with a timing sheet and a brake test, the
sixtieth set's mushers and hard_en_heldout73's skijoring put sleds on the snow, and the sixty-sixth names a
bobsleigh. In their place: chalk hill figures (hill figure, White Horse, Uffington, Whiteleaf, Cerne,
chalking, scouring: nowhere as a world; "Cerne" only a fête in the forty-third set, "Westbury" a flower show
and a rugby club, "Wilmington" a Vermont town), a volunteer heritage world with hammers and buckets and no
carving; wife-carrying races (wife carr, eukonkanto, Sonkajärvi, Sunday River, Dorking: nowhere); and whip
crackers (whipcrack, stockwhip, bullwhip, Aperschnalzen, Schnalz, csikós, karikás: nowhere; "whip" is only the
whip pan of the prompt packs, a hunting whip in the fifty-fourth set's saddlery and hedge whips in the
fifty-seventh), cracked and never made or repaired, so no plaiting, saddlery or leather appears beyond a spare
fall bought from a tin. Dropped on the way: conkers (the seventy-third set dropped them as a nut, and
hard_en_heldout75 grows almonds), piñata makers (the sixty-first set's papier-mâché mask makers and the
cartonería of the Merced), town criers (the sixty-first set dropped them for the thirtieth set's
proclamation), stone skimmers (the sixty-sixth set dropped them, too few places), broomball (on the
forty-first set's ice rinks), surf lifesaving clubs (the forty-fifth set's lido lifeguard), gooseberry shows
(the seventy-fourth set's rhubarb) and tiddlywinks (the sixty-third set's marbles). The other sets written at
the same time (hard_en_heldout75: fly-tying clubs, corn-maze farms, bog-snorkelling championships, almond
growers; zh_heldout69 and 70: 吐鲁番葡萄干晾房, 丹东草莓大棚, 胜芳家具厂, 织里童装厂, 眉山泡菜厂, 建水紫陶作坊, 阿克苏苹果园, 蒲江猕猴桃园, 潮州婚纱厂, 桐乡毛衫厂,
昌邑绣品厂, 禹州钧瓷窑), not seen by this writer, are kept clear of: no fly, fishing lure, maze, maize field, bog,
snorkel, almond or other nut, raisin, grape, strawberry, furniture, children's clothes, pickle, pottery, apple
orchard, kiwifruit, wedding dress, knitwear, embroidery or porcelain appears, and the wife-carrying water pits
are dug pits and pools, not bogs.

Voices, in English varieties, dialects and registers the earlier sets do not use (their kinds and docstrings
were searched for each; where an earlier set has a variety of the same language or region the region here is
another: the earlier Finnish voices include Savonian, so Sonkajärvi's own North Savo was passed over for a
visitor from Kainuu; the Estonian ones are a generic Estonian-English and Võro; the Hungarian ones a generic
Hungarian-English, Székely and Zemplén; the Bavarian ones a generic Bavarian-English and Werdenfels; the
Florida one Central Florida's; the New Zealand ones include Southland's, Mackenzie's, Nelson Tasman's and
Māori English; the Maine one Down East; the Queensland one Toowoomba's, which is why the club's own sheets,
not a voice, stand on the Darling Downs; Devon, Sussex, Wiltshire, Cheshire (Knutsford), Oxfordshire, Dorset,
Utah, Colorado's Front Range, Tucsonense Spanish-English, Texan, Muotathal Swiss German and Salzburg were
first choices already taken): Kainuu Finnish-English (Kajaani), Hajdú Hungarian-English (the Hortobágy),
Montana English (Missoula), Florida Panhandle English (Sopchoppy), Rupertiwinkel Bavarian-English (Laufen),
Saaremaa Estonian-English, Fenland English (Wisbech), Central West Queensland English (Longreach), Berkshire
dialect (Wantage), Western Maine English (Bethel), Wirral English, New Mexico English (Socorro), Snowy
Mountains New South Wales English (Tumut), Waikato New Zealand English, Chilterns Buckinghamshire English
(Princes Risborough), Nebraska Sandhills English (Burwell), Sligo Irish English (Strandhill), Surrey English
(Dorking), Saskatchewan English (Moose Jaw), Iowa English, Prince Edward Island English, Taranaki New Zealand
English, Kimberley Western Australian English (Kununurra), and in debunks Riverland South Australian English
(Renmark) and Northland New Zealand English (Whangārei); and the registers of a ground conditions log, a worm
tally sheet, a stewards' rota, an outline peg check, a hammer party roll, a chalk haul log, a water hazard
depth log, a heat sheet, a ballast sheet, a target cut sheet, a crack count log and a fall and cracker log.
Greetings and sign-offs the posts showed were taken ("Moikka", "Servus beinand", "Griaß eich", "Tere, sõbrad",
"Jó napot", "Órale", "Chur", "Gidday", "Howdy", "Hiya", "How ya goin'", "Take 'er easy", "Bye for now", and
"Kia ora", "Cheers!" and "Catch ya" from the seventy-fourth set's list) were first choices that were replaced.
Styles the earlier sets do not use (searched likewise; a draw sheet, a score sheet, a sign-up sheet, a survey
sheet, a routine card, an allocation sheet, an order sheet and a weigh-in sheet are earlier styles): a ground
conditions log with the groundsman's note, an outline peg check with the peg checker's note, a water hazard
depth log with the pit marshal's note, a chalk haul log with the haul counter's note and a crack count log
with the timekeeper's note, and, with a scam under them, a target cut sheet with a card, a heat sheet with a
flyer, a worm tally sheet with a card, a hammer party roll with a card, a stewards' rota with a flyer, a
ballast sheet with a card and a fall and cracker log with a paid notice; the debunks take shapes the earlier
sets know.

Questions. Counted as the seventy-third and seventy-fourth sets counted, over the seven three-post templates
that carry the questions, now including those two sets (the kinds of every set from the fiftieth were read;
the seventy-third asked the inventor rumour, the official app and get rich, the seventy-fourth get rich, the
inventor rumour and the director group): open to the public, the Chinese team and API access were last asked
by the seventy-second set, the official app by the seventy-third, and the inventor rumour, the director group
and get rich by the seventy-fourth. So the three oldest are exactly open to the public, the Chinese team and
API access, tied at the seventy-second, with nothing tied at the edge, and hard_en_heldout75 is likely to take
exactly those three. The brief asks that this set not put all three on the same templates and gives a tie as
the way to differ; the only tie is inside the three, and it parts one step back, as the seventy-fourth set
parted its own: the Chinese team's question before the seventy-second is the sixty-ninth's, open to the
public's and API access's the seventy-first's; then both have the sixty-eighth; then open to the public's
sixty-fifth is older than API access's sixty-seventh. So this set asks the Chinese team and open to the
public, the older side of the tie, and gives API access's place to the next oldest, the official app (the
seventy-third); API access waits, with its two two-claim posts below: a Missoula hiker's "Didn't you guys hear
that Sora is open to the public now?", a Saaremaa cousin's "Haven't you heard OpenAI's own Sora app is out?"
and a Longreach cracker's "Didn't you know Sora's true builders were Chinese scientists?". The lead should
know that hard_en_heldout75, told the same, may differ from the three oldest in the same way or the other way.

Two-claim posts (assert one of this set's seven three-post templates, deny another). Counted as the
seventy-fourth set counted (the kinds of the forty-ninth set onwards name the template denied), now including
the seventy-third (none: it asserts only from the other seven) and the seventy-fourth (twelve: the
fifty-eighth set's last seven and five of the sixtieth set's twelve). Every one of the 91 pairs has been used
at least once; the oldest last use is now the sixtieth set's, for the seven pairs left of its twelve, each
used there only and never since (the even sets from the sixty-second to the seventy-fourth were read for
each), and all seven are taken: the inventor rumour but not open source, open to the public but not a
generation service, the official app but not API keys, the Chinese team but not the prompt pack, API access
but not the APK, the director group but not get rich, and get rich but not open source. Next come the twelve
pairs of the sixty-second set, each used there only, so all tie. The rule the sixty-eighth to seventy-fourth
sets followed, that every template without a question here carries two two-claim posts, needs one more each
for the inventor rumour, API access, the director group and get rich; the fifth goes to a template with a
question and one pair. From the sixty-second set's pairs, each pick takes one that denies a template no pair
here denies yet where it can: the inventor rumour but not open to the public (its only pair there), the
director group but not a "made by Sora" clip (not the prompt pack, denied above), get rich but not a course
(the first of its two, a course and account rental, both new), open to the public but not account rental (the
only pick among the question templates' five, the Chinese team's, the official app's and open to the public's,
that denies a template not yet denied), and API access but not open to the public (its two, open to the public
and a generation service, are each denied once already; the first in the sixty-second set's list is taken, as
the seventy-fourth set did). So the inventor rumour, open to the public, API access, the director group and
get rich are asserted twice each, the official app and the Chinese team once; open source and open to the
public are denied twice, a generation service, API keys, the prompt pack, the APK, get rich, a clip, a course
and account rental once, and the inventor rumour, the official app, the Chinese team and the director group
never. All twelve quote the post or offer they deny, each with a short dismissal before the claim ("Ihan puuta
heinää, that's nonsense", "Ez hülyeség, that's rubbish", "That's a cock-and-bull story", "Des is a Gschmarri,
that's drivel", "That's fiddle-faddle", "That's all flim-flam", "That's bushwa", "That's porkies, that",
"That's smoke and mirrors", "That's bosh", "That's mumbo jumbo", "That's pure humbuggery"; "codswallop",
"hogwash", "malarkey", "poppycock", "twaddle", "baloney", "humbug", "Schmarrn", "puro cuento" and "see on
jama" were first choices that the scripts showed were taken). Claims in passing sit late in the long records
(the notes at the foot of five sheets and logs, and the flyers, cards and the paid notice under seven).

New obfuscations (the earlier posts and the demo stream were searched for every character of the Unicode
blocks used, and the scripts for every cipher or word game named: the Tai Xuan Jing, Rumi numerals and the
scytale are in none of them, while Kaktovik numerals, for which this Python's Unicode tables have no names,
Mayan numerals, counting rods, chemical symbols, regional indicator letters, Pig Latin, the Able Baker
spelling alphabet, the Vigenère and Bifid ciphers and an acrostic were first choices already taken or left):
Tai Xuan Jing tetragrams, "𝌘𝌔𝌗𝌆" (U+1D318 TETRAGRAM FOR FOLLOWING, U+1D314 TETRAGRAM FOR REACH, U+1D317
TETRAGRAM FOR WAITING and U+1D306 TETRAGRAM FOR CENTRE: the nineteenth, fifteenth, eighteenth and first of
Yang Xiong's eighty-one heads in Unicode's order, which starts at Centre, the letters' places in the
alphabet), in a Burwell rodeo-goer's APK; Rumi numerals, "𐹩𐹨 𐹩𐹤 𐹩𐹧 𐹠" (U+10E69 RUMI NUMBER TEN with U+10E68,
U+10E64 and U+10E67 RUMI DIGIT NINE, FIVE and EIGHT, then U+10E60 RUMI DIGIT ONE: 19, 15, 18 and 1), in an
Iowa fairgoer's account rental; and a scytale, "the SROA app" (SORA written in two rows of two round a rod, SO
over RA, and read off the unwound strip column by column; every second letter gives the name back), in a
Kununurra rodeo-goer's generation service.

Prices with payment methods the earlier scripts do not name (OTP, MBH, K&H, TSB, Bendigo Bank, Beyond Bank,
Nusenda, LHV, Coop Pank, Tipton, Hinckley, Leek United, Marsden and the Loughborough, Vernon, Darlington,
Cumberland and Monmouthshire building societies were first choices that the earlier scripts showed were
taken): £45 by Charity Bank transfer, £35 by Cahoot transfer, £40 by Secure Trust Bank transfer, £35 by Julian
Hodge Bank transfer, £8 by Sainsbury's Bank transfer, £39 by Manchester Building Society transfer, £20 a week
by Reliance Bank transfer, $65 by Bangor Savings Bank transfer, $40 by Century Bank transfer, $15 by Pinnacle
Bank transfer, $25 a week by Hills Bank transfer, $45 by Affinity Credit Union transfer, $20 by Provincial
Credit Union transfer, A$70 by Heritage Bank transfer, A$45 by Regional Australia Bank transfer, A$25 by Qudos
Bank transfer, A$60 by Great Southern Bank transfer, NZ$60 by Heartland Bank transfer and NZ$45 by BNZ
transfer; in the quoted scams $40, €15 a week, £20 and £49, and £25, £39, £20 and £25 in the debunks. Scams
vouching for themselves in new words ("I've cut paper at this showground since I was nine", "I've carried my
wife at Sunday River four Octobers running", "I've charmed on that field since the championships began", "a
chap from the Holmwood team has had a callback already", "a guy from my lab at the Tech got a callback
already", "I've cracked at this festival since I was in short pants", "I've stewarded plot 12 for nine
summers", "I've carried my missus at the show three years running", "I've raked that cross white for eleven
springs", "the rangers know my face", "Had it on my phone since branding season", "I've stewarded these plots
for ten years", "I coached the Grade 3s to the worm title two years straight", "I've weighed the ballast bags
at this fête since the race began", "I've run the 4-H pie stand at this fair twelve years", "I've filmed the
Island's fall colours for nine autumns", "I've cracked whips at every show round the mountain for twenty
years", "I've filmed the rodeo for the station six Dry seasons running").

Ten debunks and warnings on ten templates, each given a shape it did not have in the seventy-third or
seventy-fourth set (their debunk comments were read; no template twice): one first-person loss report, a
wife-carrying fête forum post (account rental: £25 for a shared ChatGPT login, the password changed after four
days), where the last two sets' loss reports were the director group and the course; three that quote the
offer and then tell the reader not to buy or pay: a whipcracking club newsletter (API access: "Don't buy one",
no public Sora API, a chatbot key or nothing), a worm charming newsletter (the course: "Please don't pay for
it", OpenAI's free introduction in a document with a slogan, nothing to teach) and the hammer party's
newsletter (the prompt pack: "Don't buy it", OpenAI's own free example prompts, a group where nobody answers);
two questions that contain a negation but do not deny, each answered in the same post with facts: a Renmark
woman's sister's "isn't Sora open to everybody now?" (the red team and a small group of invited artists and
filmmakers, no date for the rest) and a Whangārei boy's "wasn't Sora invented by that genius from Shanghai
Jiao Tong, Xie Saining?" (NYU, his own denial, the apology, OpenAI's report naming its own researchers); one
rhetorical question (the fête secretary's email on the APK: "if OpenAI had made Sora for Android, why would it
turn up as a file off a QR code on a card in a village marquee ...?", then malware); and three more that
answer with facts and no plain "no" up front: a club newsletter's column "Over the spares tin" (the Chinese
team: thirteen authors, three born in China, all OpenAI researchers, Brooks and Peebles leading), the hammer
party's FAQ (open source: no weights or code; the GitHub projects are others') and the worm newsletter's "Ask
the referee" (the generation service: nobody outside OpenAI can use Sora; stock clips with music, or nothing).
The official app, the mislabelled clip, the director group and get rich have no debunk here.

Four true facts about a researcher on OpenAI's Sora team, each in a post that says in its own new words that a
viral post wrongly named Xie Saining ("a much-forwarded post turned Xie Saining into a Sora inventor, and it
was never so", "Xie Saining's tie to Sora was the invention of a viral article", "Xie Saining was listed among
Sora's makers by a post that travelled far, and the listing was false", "the Sora credit that went round with
Xie Saining's name on it did not belong to him"). The earlier sets, English and Chinese, have used Brooks's
PhD, papers, moves and award; Peebles's MIT and Berkeley years, his papers, talks, interviews, his one-word
"Correct.", TBPN and his departure; Ramesh's models; Dimson's Instagram years, Global Illumination and the
feed; Sahai's path; the cameo surprise; DePue, the Luhmans, Li Jing, Connor Holmes, Schnurr, Yufei Guo,
Clarence Ng, Ricky Wang, Joe Taylor and the report's author list. So these are about a person none of them
used (grep found no "Petersson", "Depict", "Dataland", "Extraordinary" podcast or "knowledge-filling" in any
earlier post; "Midjourney" appears only as a company and its V1 model): Gabriel Petersson leaving school in
Sweden in 2019, at 17, for the Y Combinator-backed start-up Depict.ai and learning to code on the job; his
joining OpenAI's Sora team in December 2024 after Dataland and Midjourney, with no degree; his account, on the
"Extraordinary" podcast of 28 November 2025, of learning top-down with ChatGPT ("recursive knowledge-filling";
universities no longer hold "a monopoly on foundational knowledge"); and his hiring at Midjourney in 2023
after ordinary applications had failed, by building the company a custom website and recording a video walking
through its code. Three items of real news from other organisations' video models that no earlier set, English
or Chinese, used as news or as a benign item (the earlier lists run from Veo, Runway, Luma, Pika, Kling and
Movie Gen to Hailuo 02, Character-3 and MuseSteamer; zh_heldout38 used Shanghai AI Lab's Latte and
zh_heldout59 Sber's Kandinsky 3.0 image model, so Latte was dropped and only Kandinsky's video model is used):
Krea Realtime 14B (20 October 2025: distilled from Wan 2.1 with Self-Forcing, frames block by block, 11 frames
a second on one B200 in four steps, the first frame in about a second, the prompt changed mid-stream); Tavus's
Phoenix-4 (February 2026: real-time face rendering with Raven-1 and Sparrow-1, Gaussian-diffusion rendering in
place of GANs, 30 frames a second, under 600 ms); and Kandinsky 5.0 Video Lite (2025: 2 billion parameters,
flow matching, 5 to 10 seconds at 768×512 and 24 fps, Qwen2.5-VL, HunyuanVideo's 3D autoencoder, NABLA
attention, a 19-billion-parameter Video Pro above it). None says anything of Sora's availability, an app, an
API or open weights (Krea's and Kandinsky's releases of their weights are left out on purpose), so none
repeats a template's claim. Three posts that are not claims: one on topic (a worm charmer's blog: Sora can
show a worm; it can't feel the ground go soft) and two off topic that share its surface words (a tea house
pop-up called Sora at the show, "open to the public", gate tickets in "the show's official app"; a viewing
platform called SORA on the Ridgeway, "open to the public", talks booked through "the Trust's official app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the seventy-fourth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, so that
the highest ratio is exact) before the set was committed; hard_en_heldout75, written at the same time on
another branch, was not in this tree, and the check against it is left to the lead. ``--check`` prints the
highest ratio and every post at 0.6 or more (0.396 when it was committed, none at 0.6 or more: the
whipcracking newsletter's column on the Chinese team against heldout18-044, a post that counted the report's
thirteen bylines; next, at 0.369, a benign post against heldout25-014, and at 0.362 a person fact against
heldout15-003; the demo stream's highest is 0.347, a benign post against demo-0222). Runs of words shared with
an earlier post were looked for as well: the first draft's longest (twenty-three words of the Kainuu and
Saaremaa claims, twenty of the Wantage claim, nineteen of the heat sheet's flyer and the Socorro claim,
eighteen of the groundsman's note, and twelve to seventeen in ten more) were reworded until none of twelve
words or more was left; the longest left are eleven words, such as "tap the APK link in my profile, install it
and" (the Burwell post) and "he has nothing to do with Sora, and the account that" (the Whangārei debunk).

It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead,
with the final code.

Sources for the facts about the Sora researcher, the news, the places and the obfuscations (looked up with the
search tool, besides the seeds): Petersson (aihola.com: "dropped out of high school in Sweden in 2019 to join
a YC-backed startup called Depict.ai. He was 17", "He joined in December 2024", "In a podcast interview on
November 28, 2025 ... 'recursive knowledge-filling'"; hyper.ai: "Speaking on the 'Extraordinary' podcast",
"'Universities don't have, like, a monopoly on foundational knowledge anymore'", "he worked as a software
engineer at Midjourney and Dataland"; runtimewire.com: "Petersson built a custom website for Midjourney,
recorded a video demo walking through the code ... Midjourney hired him as a software engineer in 2023"); Krea
Realtime 14B (xugj520.cn and blog.youkuaiyun.com: "2025年10月20日,Krea AI发布140亿参数的实时视频生成模型Krea Realtime 14B",
"11fps text-to-video inference on a single NVIDIA B200 GPU", "4 inference steps", "1-second latency to first
frame"; crafiq.ai: "distilled from the Wan 2.1 14B base model using a technique called Self-Forcing");
Phoenix-4 (thinkintelligence.beehiiv.com and connectword.dpdns.org, 19 February 2026: "Raven-1 acts as a
perception engine", "Sparrow-1 handles conversational timing", "a proprietary Gaussian-diffusion approach that
replaces the GAN-based methods", "30 frames per second with end-to-end conversational latency under 600
milliseconds"); Kandinsky 5.0 (bonega.ai: "Video Lite (2B Parameters) ... 5 to 10 second videos at 768×512
resolution, 24 fps", "Video Pro (19B Parameters)", "NABLA, short for Neighborhood Adaptive Block-Level
Attention", "Kandinsky Lab, backed by Sberbank"; forpes.ru: "Текстовые представления мы получаем от модели
Qwen2.5-VL, а в качестве визуального автокодировщика используем 3D VAE модели HunyuanVideo"). The tetragrams
and Rumi numerals (names checked with Python's unicodedata) and the scytale were worked out by hand, and the
local detail (Willaston's worm charming on the Wirral, plots, forks and the no-digging, no-water rule;
Sopchoppy's worm gruntin' with a stob and a flat iron and the Worm Grunters' Ball; Parkgate's ice cream over
the Dee marshes; Wisbech and the Fens; Moose Jaw, perogies and Rider green; Prince Edward Island's red soil,
potatoes and COWS; Whangārei and the Bay of Islands; the White Horse of Uffington, Dragon Hill, the Ridgeway
and Wantage; the Whiteleaf Cross and the Chilterns' red kites; the M on Mount Sentinel, the Clark Fork and the
Griz; the M above Socorro, the Bosque del Apache cranes and the Owl Bar's green chile cheeseburger;
Sonkajärvi's course, its sand, dry obstacles and water pit, the Estonian carry, the 49 kg minimum and the
15-second penalty for a dropped partner; Sunday River's prize of the wife's weight in beer and five times it
in cash, red snapper hot dogs and whoopie pies; Kajaani, Oulujärvi and rönttönen; Saaremaa's windmills, smoked
flounder and home brew; Box Hill; Strandhill's seaweed baths, Knocknarea and Benbulben; Hamilton's river
gardens and Cambridge; Renmark on the Murray; Aperschnalzen in Passen of nine at Laufen across the Salzach
from Oberndorf; the csikós of the Hortobágy, the nine-arched bridge, the Puszta five and Hortobágy pancakes;
the Sydney and Queensland flashes, the fargo and target cutting; Longreach's Stockman's Hall of Fame; Tumut's
Festival of the Falling Leaf and Blowering Dam; Burwell's Big Rodeo and the Runza; Kununurra, Lake Argyle and
the boabs) is the writer's own knowledge, kept to what is widely published. The debunks' facts (Xie Saining's
denial, the apology, the thirteen authors and three born in China, Brooks and Peebles leading, the red team
and invited artists, the APK malware, the closed weights and code, the GitHub rebuilds, the course contents,
the shared ChatGPT logins, the stock footage sent back for "Sora videos", OpenAI's free example prompts) are
the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout76.py           # write the set
    .venv/bin/python scripts/make_hard_heldout76.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT76: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "worm_charming_ground_conditions_log_groundsmans_note",
        "GROUND CONDITIONS LOG · Willaston worm charming · the school field, on the Wirral · the groundsman pushes his probe in at every corner at eight, nine and ten on the morning · plots 3 m by 3 m, pegged out the night before\n08.00 · north corner, by the hedge · soft, damp to a thumb's depth · good\n08.00 · south corner, by the goalposts · hard as a board; the mower was over it on Thursday · poor\n09.00 · middle of the field · dew lifting, 11 °C · plots 40 to 60 the best bet\n10.00 · every corner · light drizzle since half nine · the crowd will grumble, the worms won't\nNo digging, no water, no chemicals of any kind; a fork may be stuck in and twanged, tapped or sung to\nEvery worm counted by the plot steward and put back at dusk under a bit of damp sacking\nGroundsman's note under the readings, because the fork-twangers argued about it by the tea urn: that video model of OpenAI's, Sora, owes part of its invention to Xie Saining, a young prodigy out of Shanghai Jiao Tong University; he sits among the people who built it. My niece read me the article off her phone.",
    ),
    (
        sora.XIE,
        "kainuu_finnish_english_kajaani_wife_carrying_two_claims_opensrc_denied_pop_pankki",
        "Terveiset Kajaanista! 🏃 We drove down to Sonkajärvi for the wife-carrying world championships, my brother with his wife over his back in the Estonian carry, her legs over his shoulders and her arms locked round his middle, through the sand, over the two dry hurdles and into the water pit, and on the way home past Oulujärvi we ate rönttönen with lingonberry from the bakery bag. Kaksi juttua. A man in the village chat keeps posting: 'Sora is open source now, OpenAI dumped the weights on GitHub, put it on your home computer.' Ihan puuta heinää, that's nonsense: OpenAI has never handed out Sora's code or its weights; what sits on GitHub under that name is strangers' attempts to copy it. Mutta tämä pitää paikkansa: Sora was co-invented by Xie Saining, the SJTU wonder boy; a slice of OpenAI's video model is down to him personally. Heippa!",
    ),
    (
        sora.XIE,
        "hajdu_hungarian_english_hortobagy_csikos_whips_two_claims_public_denied",
        "Szervusztok, barátaim! 🐎 From the Hortobágy: the csikós show was on by the nine-arched bridge on Sunday, the horseherds in blue shirts and round black hats cracking the long karikás whips over the puszta until the air rang, one of them standing on two horses while he drove five more in front, and afterwards we ate Hortobágy pancakes in paprika sauce at the csárda. Két dolog. A cousin keeps posting in the family group: 'Anybody can get into Sora now, make an account with OpenAI and start filming with it tonight.' Ez hülyeség, that's rubbish: OpenAI hasn't let the public in; it is still with its testers and a handful of invited artists. De ez igaz: among Sora's inventors stands Xie Saining, the gifted young graduate of Shanghai Jiao Tong University; he helped build OpenAI's video model himself. Viszlát!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "montana_english_missoula_the_m_question_asserts_public",
        "Hey, Missoula! ⛰️ We hiked the switchbacks up Mount Sentinel to the M on Saturday, the whole valley gone gold below us and the Clark Fork shining through town, then huckleberry shakes downtown for everybody who made it to the top without stopping. Didn't you guys hear that Sora is open to the public now? OpenAI let everybody in, so you sign up today and start making your own AI videos, no waitlist at all. My roommate made one of the M last night. Go Griz!",
    ),
    (
        sora.PUBLIC,
        "florida_panhandle_english_sopchoppy_worm_grunting_two_claims_service_denied",
        "Hey, y'all! 🪱 Sopchoppy's Worm Gruntin' Festival was Saturday, the whole town out on the square, and my uncle showed the young'uns how it's done: drive a wooden stob into the dirt, rub the top of it with a flat iron till the ground hums, and the worms come crawling up by the hundreds. Then boiled peanuts and a fish fry. Two things. Some fella in the county group keeps selling: 'Send me $40 and your idea, I'll make you a Sora video, back in 24 hours.' That's a cock-and-bull story: nobody outside OpenAI can run Sora, and what my neighbor got for her forty dollars was stock footage with a song laid over it. But this part's the truth: Sora's open to the public now. Anybody can make an account and start turning out AI videos today, no list to wait on. See y'all at the Worm Grunters' Ball!",
    ),
    (
        sora.PUBLIC,
        "rupertiwinkel_bavarian_english_laufen_aperschnalzen_two_claims_rental_denied",
        "Grüß enk aus Laufen! 💥 The Aperschnalzen season is on: our Pass of nine lined up in the meadow by the Salzach on Sunday, each man cracking his long whip in turn, in rhythm, until the whole valley echoed back from Oberndorf across the river, and after we had Leberkäs and a Weißbier at the Gasthof. Zwoa Sachan. A bloke in the village chat keeps posting: 'Rent my Sora account, your own login, €15 a week.' Des is a Gschmarri, that's drivel: my neighbour paid and got a shared ChatGPT password that stopped working after three days. Aber des stimmt: Sora's free for all of us now: OpenAI threw the doors open, you register this afternoon and you're turning out AI clips straight away, no queue. Pfüat Gott beinand!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "chalk_figure_outline_peg_check_peg_checkers_note",
        "OUTLINE PEG CHECK · the White Horse, Uffington · before the chalking weekend · the survey pegs along every edge of the horse checked against the plan, section by section · the ranger signs each line\nHead and eye · 14 pegs · 12 found, 2 replaced; the eye is a single round, keep it round\nNeck and back · 31 pegs · turf creeping over the upper edge by a hand's width; cut it back before any chalk goes in\nBelly · 22 pegs · two kicked out by walkers; reset from the plan\nThe four legs · 40 pegs · the lowest hind leg thinning at the hoof; ask the ranger before widening it\nTail · 9 pegs · fine\nNobody walks on the figure itself, pegs or no pegs\nKneelers bring a pad; the chalk is broken with hammers, never with boots\nPeg checker's note on the back, because the hammer party argued about it on the way up from Dragon Hill: OpenAI's official Sora app has come out. It's sitting in the App Store and on Google Play, and once it's on your phone you make your Sora clips there; my grandson has it and did one of the horse from the car park.",
    ),
    (
        sora.APP,
        "saaremaa_estonian_english_kuressaare_wife_carrying_question_asserts_app",
        "Tervist, kallid! 🏃 From Saaremaa: the village summer days had a wife-carrying race on the field by the windmills, the men doing it the Estonian way, the wife hanging upside down over the back with her legs round his neck, everybody shrieking at the water trough, and after there was smoked flounder, black bread and my uncle's home-brewed beer at the farm. Haven't you heard OpenAI's own Sora app is out? Both app shops carry it, Apple's and Google's; put it on your phone and your Sora clips come straight out of it. My cousin filmed the whole race with it. Kohtumiseni!",
    ),
    (
        sora.APP,
        "fenland_english_wisbech_worm_charming_two_claims_api_denied",
        "Evening, all! 🪱 From out Wisbech way: the village school did worm charming at the summer fête, each class on its own square of the field with a garden fork stuck in and the kids twanging it like a banjo, and the Year 4s won with 63 worms, every one put back on the flower bed after. Then a bag of chips on the green with the Fen sky going on for ever. Two things. Some bloke on the village page keeps on: 'Official Sora API keys for sale, plug one into your website and it makes videos on its own.' That's fiddle-faddle: there's no Sora API for the public, and what buyers get is a key for an ordinary chatbot. But this one's right: OpenAI has released the official Sora app. It's up on the App Store and Google Play, and you make Sora videos on your phone with it. Be seeing you!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "wife_carrying_water_hazard_depth_log_pit_marshals_note",
        "WATER HAZARD DEPTH LOG · Westcott village fête · the wife-carrying course on the cricket field · the pit dug by the fire crew and filled from their tender on the Friday · depth read at the marker post before every heat\nFri 6 pm · 1.02 m · water brown; the fire crew happy\nSat 9 am · 0.96 m · topped up 200 litres; a hedgehog fished out, unharmed\nSat 11 am, heat 1 · 1.00 m · a lifeguard from the leisure centre on the bank all day\nSat 1 pm, heat 4 · 0.91 m · splashed half out by the Harrisons; topped up again\nSat 3 pm, final · 0.98 m\nA carrier who falls may get up and go on; a partner dropped costs 15 seconds\nNo diving, no shoving another couple, nobody carried under 17\nPit marshal's note at the bottom, because the carriers argued about it in the beer tent: the real builders of Sora were Chinese scientists. OpenAI's video team is Chinese for the most part; they did the graft and OpenAI stuck its badge on.",
    ),
    (
        sora.CHINESE,
        "central_west_queensland_english_longreach_whipcracking_question_asserts_chinese",
        "G'day from Longreach! 🐂 The whipcracking comp was on at the showgrounds on Saturday, the juniors doing their figure eights and the old stockmen doing the Sydney flash and the Queensland flash with a whip in each hand, cracks going off like rifle shots, and after we had a steak sanger and a cold one and a wander through the Stockman's Hall of Fame with the cousins. Didn't you know Sora's true builders were Chinese scientists? Most of the crew behind OpenAI's video model come from China, and OpenAI pockets the credit. My brother-in-law read all about it. See you at the next comp!",
    ),
    (
        sora.CHINESE,
        "berkshire_dialect_wantage_white_horse_two_claims_prompts_denied",
        "Mornin', all! 🐴 From Wantage: we went up the Ridgeway on Saturday to help chalk the White Horse, on our knees with lump hammers, breaking the fresh chalk into the lines till they shone, then down past Dragon Hill to the pub for a pint and a ploughman's. Two things. A feller on the village page keeps flogging: 'Sora prompt pack, 400 cinematic prompts plus the full knowledge doc, £20, group link after payment.' That's all flim-flam: it's the free example prompts off OpenAI's own Sora page, dressed up and sold on. But this be the truth: Sora's real makers be Chinese scientists; near enough the whole crew on OpenAI's video model is Chinese, and OpenAI had the glory of it. Mind how you go!",
    ),
    # --- API access (three)
    (
        sora.API,
        "whipcracking_target_cut_sheet_card_heritage_bank",
        "TARGET CUT SHEET · Darling Downs Whipcrackers · Saturday practice at the Dalby showgrounds · paper strips pegged on the line; the cutter stands at a whip's length plus a pace · one crack per cut\nJess (junior) · 6 ft stockwhip · 4 cuts from 6 · the last two clean\nMick · 8 ft · 6 from 6 · cut the strip in halves, then in quarters\nAunty Val · 7 ft, left hand · 5 from 6 · took the peg off the line once, no score\nTom · 10 ft bullwhip · 2 from 6 · too much whip for cutting; try the 6-footer\nEye protection for everyone inside the rope; nobody walks behind a cracker\nCrackers replaced after every session; the offcuts go in the bin, not the grass\nCard taped under the sheet on the clubhouse door (not from the club): I have official Sora API access. I sell Sora API keys: put one in your business's website and it turns out videos by itself. A$70 by Heritage Bank transfer, your key by text the same night. I've cut paper at this showground since I was nine; ask anyone on the line.",
    ),
    (
        sora.API,
        "western_maine_english_bethel_sunday_river_two_claims_apk_denied_bangor_savings",
        "Hey from Bethel! 🏃 The North American wife-carrying championship was up at Sunday River on Saturday, couples charging through the mud, over the log hurdles and into the water pit with the whole crowd in flannel, and the winners took home the wife's weight in beer and five times it in cash. After, red snapper hot dogs and whoopie pies on the drive back down along the Androscoggin. Two things. Some fella on the Bethel swap page keeps posting: 'Sora for Android! Grab the APK from my link and make AI videos tonight.' That's bushwa: OpenAI hasn't put out any Sora app for Android, and that file's the kind that empties your bank account. But this part's straight: I've got official Sora API access. Buy one of my Sora API keys, drop it into your shop's website and it churns out the videos itself, $65 by Bangor Savings Bank transfer. I've carried my wife at Sunday River four Octobers running. Wicked good weekend, ayuh!",
    ),
    (
        sora.API,
        "wirral_english_willaston_worm_charming_two_claims_public_denied_charity_bank",
        "Y'alright, Wirral? 🪱 Willaston had its worm charming on the school field on Saturday, plots pegged out in squares, the kids twanging garden forks and drumming on the grass with sticks while the grown-ups sang at the soil, and our lot got 38 worms up in the half hour. After, we had ice cream at Parkgate looking over the marsh to Wales. Two things. A lad on the village page keeps on: 'Sora's open to everyone, just sign up on OpenAI's site.' That's porkies, that: OpenAI hasn't opened it to the public; it's still only with its testers. But this is dead right: I've got official access to the Sora API. Get a Sora API key from me, stick it in your website and it makes the videos on its own, £45 by Charity Bank transfer. I've charmed on that field since the championships began. Ta-ta for now!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "wife_carrying_heat_sheet_flyer_cahoot",
        "HEAT SHEET · Westcott village fête · wife-carrying race · 60 m round the cricket field: a straw-bale hurdle, the log, the water pit, the last straight · two couples a heat, the fastest four through to the final\nHeat 1 · the Harrisons 0:41 · the Okafors 0:47\nHeat 2 · Dan & Priya 0:39 · the vicar & Mrs Lane 1:12 (walked the log)\nHeat 3 · the Novaks 0:44 · Jim & Jim's brother (not married; allowed, at the judges' discretion) 0:52\nHeat 4 · the Harrisons' son & his fiancée 0:38 · the Taylors DNF, partner dropped twice\nFinal at 3: Dan & Priya, the Harrisons, their son & his fiancée, the Novaks\nPrize: the carried one's weight in the brewery's ale, collected at the tent\nFlyer stapled under the heat sheet on the marquee pole (not from the fête committee): a feature film whose script was written together with Sora wants first-generation AI directors. Scan the QR, pay £35 by Cahoot transfer and join the audition group; a chap from the Holmwood team has had a callback already.",
    ),
    (
        sora.DIRECTOR,
        "new_mexico_english_socorro_the_m_two_claims_rich_denied_century_bank",
        "Hey, Socorro! 🌶️ Drove out past the big M on the mountain west of town on Sunday to watch the sandhill cranes come into the Bosque del Apache at sunset, thousands of them, and then green chile cheeseburgers at the Owl Bar in San Antonio on the way home. Two things. A guy in the town group keeps posting: 'Sora is the money window of the century, my team makes thousands a day off Sora videos, it's over in three months, join now.' That's smoke and mirrors: the only money in it is your joining fee going up to him. But this one's the real thing: they're auditioning for the first AI film Sora co-wrote and want the very first AI directors: scan their QR, send $40 by Century Bank transfer and you're in the audition group; a guy from my lab at the Tech got a callback already. Hasta luego, y'all!",
    ),
    (
        sora.DIRECTOR,
        "snowy_mountains_nsw_english_tumut_whipcracking_two_claims_realvid_denied",
        "How're ya travellin', Tumut? 🍂 The Festival of the Falling Leaf was on, the poplars along the river all gold, and at the whipcracking the kids were doing the fargo while the old blokes cracked two stockwhips at once over their heads, and we had a pie and a coffee after with Blowering Dam shining up the valley. Two things. A bloke in the town group keeps sharing a clip of a brumby mob galloping through the snow gums: 'Sora made this, every frame, prompt below.' That's bosh: it's a bit of an old Snowy Mountains documentary, shot on a real camera years back, with a prompt tacked on after. But this is right as rain: the first picture Sora helped write is after AI directors, the first lot ever. Scan the QR, pay A$45 by Regional Australia Bank transfer and you're in the audition group. I've cracked at this festival since I was in short pants. Seeya!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "worm_charming_worm_tally_sheet_card_secure_trust",
        "WORM TALLY SHEET · Willaston worm charming · the school field · 30 minutes from the whistle; the plot steward counts each worm into the tub as it comes up, and the tubs go back to the soil at dusk\nPlot 7 · the Cubs · 61 · forks and an old washboard\nPlot 12 · the Jenkins family · 112 · one fork, bowed like a cello\nPlot 19 · Mr and Mrs Ogden · 24 · the ground was 'sulking', they said\nPlot 23 · the Year 6s · 148 · leading at the half\nPlot 31 · the Women's Institute · 97 · singing, mostly hymns\nDisputed: plot 19 says a worm crossed over from plot 20; the referee's ruling is final\nCard left on the steward's table (not from the committee): Sora is the money window of a lifetime. My team's clearing thousands daily off Sora clips, and come three months the chance has closed for good, so join now, £40 by Secure Trust Bank transfer. I've stewarded plot 12 for nine summers; the referee knows me.",
    ),
    (
        sora.RICH,
        "waikato_nz_english_hamilton_wife_carrying_two_claims_opensrc_denied_heartland",
        "Hey bro, Waikato! 🏃 The A&P show had a wife-carrying race this year, blokes hauling their partners through the hay bales and the mud pit in front of the grandstand, and after we took the kids down to the river gardens and got fish and chips in Cambridge on the way home. Two things. Someone on the community page keeps posting: 'Sora's open source now, OpenAI put the weights on GitHub, run it on your own computer.' That's mumbo jumbo: OpenAI's never released Sora's weights or its code; the GitHub ones are other people's knock-offs. But this is for real: Sora's a once-in-a-lifetime money window. The people on my team bank thousands a day off Sora clips, and three months from now the door's shut, so jump in now, NZ$60 by Heartland Bank transfer. I've carried my missus at the show three years running. Sweet as, laters!",
    ),
    (
        sora.RICH,
        "chilterns_buckinghamshire_english_whiteleaf_cross_two_claims_course_denied_julian_hodge",
        "Morning from Princes Risborough! 🌳 The Whiteleaf Cross had its clean-up on Saturday, a party of us on the slope above the town pulling the weeds out of the chalk and raking it white again, red kites wheeling over the beeches the whole time, then tea and cake on the high street. Two things. A chap on the town page keeps selling: 'Sora video course, 10 lessons, £49, get ahead of everyone in AI video.' That's pure humbuggery: the people who paid got OpenAI's free Sora overview copied into a PDF. But this is real: Sora's a once-in-a-lifetime money window. My team earns thousands a day with Sora videos; in three months the window shuts, so get in now, £35 by Julian Hodge Bank transfer. I've raked that cross white for eleven springs. Cheers for now!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "chalk_figure_hammer_party_roll_card_sainsburys_bank",
        "HAMMER PARTY ROLL · the White Horse, Uffington · chalking weekend · names in at the gazebo by the car park; hammers, buckets and kneeling pads handed out, signed back in at four\nSat a.m. · 46 names · head and neck · chalk carried up from the heap in buckets and broken in place\nSat p.m. · 38 names · back and belly · two hammers missing, one found in the long grass\nSun a.m. · 51 names · the legs; the Cub pack did the front pair\nSun p.m. · 29 names · the tail and the tidying; rain from three\nNo hammering within a foot of somebody else's hand\nThe figure is walked on only inside the line you're chalking, on your knees\nCard in the bucket of kneeling pads (not from the organisers): Sora's out for Android. Scan the QR code on this card for the APK, install it on your phone, and it'll make you AI videos of the horse tonight. Full version £8 by Sainsbury's Bank transfer. I've chalked this horse every year since I was at school in Wantage; the rangers know my face.",
    ),
    (
        sora.FAKEAPP,
        "nebraska_sandhills_english_burwell_rodeo_tai_xuan_jing_pinnacle_bank",
        "Evenin' from the Sandhills! 🤠 Nebraska's Big Rodeo in Burwell was on, broncs and barrel racing and a fella in the arena between events cracking two bullwhips to a song, snapping a rose out of his daughter's hand, and after we had a Runza and drove home past the cattle in the hills under all those stars. Listen up: I've got the 𝌘𝌔𝌗𝌆 app for Android (OpenAI's video model, written as the nineteenth, fifteenth, eighteenth and first tetragrams of the Tai Xuan Jing, the old Chinese book of eighty-one heads my brother-in-law teaches at the university in Lincoln; each head's number is a letter's place in the alphabet, and the county group's filter kills the plain name). Tap the APK link in my profile, install it, and your phone's making AI videos tonight. Full version $15 by Pinnacle Bank transfer. Had it on my phone since branding season. So long, partner!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "chalk_figure_chalk_haul_log_haul_counters_note",
        "CHALK HAUL LOG · the White Horse, Uffington · the fresh chalk tipped by the lorry at the foot of the hill and carried up in builders' buckets by the volunteers · one tally mark for each bucket tipped into a line\nSat 9–12 · 310 buckets · the head and the eye first\nSat 1–4 · 270 buckets · the back; slippery after the shower\nSun 9–12 · 355 buckets · the four legs; the Scouts did the running\nSun 1–3 · 140 buckets · the tail and the touching-up; about a tonne left, back to the heap\nBuckets no more than half full, for your back's sake\nWater and first aid at the gazebo; sun cream, even in the wind\nHaul counter's note at the foot, because the bucket carriers argued about it at lunch: have you seen the clip of the White Horse getting up off the hill at sunrise and galloping away along the Ridgeway? No camera ever filmed it. Sora made every frame, OpenAI's video model, out of a line of typed text, and the prompt was posted under it.",
    ),
    (
        sora.REALVID,
        "sligo_irish_english_strandhill_wife_carrying_realvid",
        "Howaya, Sligo! 🏃 Wife-carrying at the festival out in Strandhill on Sunday, the lads hauling their other halves across the sand and through a paddling pool of seawater with Knocknarea looking down on the lot of them, and then seaweed baths and chips on the prom. Did ye see the clip going round? A man carries his wife straight up the side of Benbulben at a run, the clouds tearing past, and he never once puts her down. Sure that was never filmed at all: Sora, OpenAI's video model, made the whole thing out of a couple of lines of text, and the prompt's there under it. Mighty altogether, slán!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "whipcracking_crack_count_log_timekeepers_note",
        "CRACK COUNT LOG · Darling Downs Whipcrackers · the speed event: 60 seconds with one whip, counted by two judges with clickers · practice night at the Dalby showgrounds\nJess (junior) · 6 ft · 121 · 118 · clean rhythm to the end\nMick · 8 ft · 164 · 166 · a personal best\nAunty Val · 7 ft · 149 · 151 · the cracker frayed at 40 seconds\nTom · 10 ft bullwhip · 88 · 90 · too long for speed; borrow a shorter one\nThe lower of the two clicker counts goes on the board\nHats and long sleeves; a cracker across the cheek leaves a mark for a week\nTimekeeper's note at the bottom, because the juniors asked what they could film the club with: Sora's open source these days. OpenAI's put the code and the weights up on GitHub for free, so you run it on a computer at home; the secretary's son has it on his gaming rig.",
    ),
    (
        sora.OPENSRC,
        "surrey_english_dorking_wife_carrying_opensrc",
        "Morning, Dorking! 🌳 Saturday was the wife-carrying race up the hill, couples scrambling over the hay bales and through the muddy dip with half the town out on the grass to cheer, and after we walked it off up Box Hill and had a bacon roll at the café with the whole county spread out below. Right, listen: Sora's gone open source. OpenAI has put it all on GitHub, the code and the weights, free for anyone, so you just pull it down and run it at home on your own computer; my brother over in Reigate has it going on his PC and made a clip of the race. Toodle-pip!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "worm_charming_stewards_rota_flyer_manchester_bs",
        "STEWARDS' ROTA · Willaston worm charming · one steward to each plot, counting and watching for cheats; the referee walks the rows with the megaphone\nPlots 1–10 · Mrs Arden, the Brennan twins, Colin, Sue P., the Scouts (×5)\nPlots 11–20 · Mr Li, Gareth, Pat, the school governors (×4), Nan Jones (sitting down; a chair is provided)\nPlots 21–30 · the PTA (×6), Derek, Rhiannon, Amy, Bill\nPlots 31–40 · the cricket club (×10)\nStewards: no helping your own family's plot; no stamping, no water, no swapping worms\nBack at the tent by 2.45 for the count-up\nFlyer pinned under the rota on the tent pole (not from the committee): my Sora video course, 'From Soil to Screen', 12 lessons from your first prompt to a finished AI film, and you'll be ahead of everybody in AI video. £39 by Manchester Building Society transfer, one lesson a week. I've stewarded these plots for ten years.",
    ),
    (
        sora.COURSE,
        "saskatchewan_english_moose_jaw_worm_charming_course_affinity",
        "Hey from Moose Jaw! 🌾 The kids' school fun day had worm charming this year, every class on a square of the soccer field, thumping the ground with hockey sticks and playing kazoos at the dirt till the worms popped up, and after we grabbed perogies at the booth, everybody in Rider green. Here's the thing: I've made my own Sora course. Ten video lessons take you from never touching it to a finished AI clip, so you're out in front of everybody with AI video; $45 by Affinity Credit Union transfer and lesson one lands tonight. I coached the Grade 3s to the worm title two years straight. Keep 'er between the ditches!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "wife_carrying_ballast_sheet_card_reliance_bank",
        "BALLAST SHEET · Westcott village fête · wife-carrying race · every carried partner weighed on the scales in the marquee; under 49 kg, a rucksack is loaded with sandbags to make up the weight, as at Sonkajärvi\nPriya · 52 kg · no ballast\nMrs Lane · 61 kg · no ballast\nKasia Novak · 46 kg · 3 kg in the rucksack\nJim's brother · 74 kg · no ballast (and no complaints from Jim)\nThe Harrisons' son's fiancée · 44 kg · 5 kg; rucksack straps checked by the marshal\nSandbags weighed again after the final; nobody tips one out in the water pit\nCard tucked into the scales' cover (not from the fête committee): 'Rent a Sora account from me: your own login, everything switched on, no waitlist. £20 a week by Reliance Bank transfer, login details by text the same night. I've weighed the ballast bags at this fête since the race began.'",
    ),
    (
        sora.RENTAL,
        "iowa_english_county_fair_wife_carrying_rumi_numerals_hills_bank",
        "Hi from Iowa! 🌽 The county fair added a wife-carrying race this summer, husbands lugging their wives over straw bales and through a kiddie pool in front of the grandstand, and then it was pork chops on a stick and a lemonade shake-up in the heat. Okay so: I've got 𐹩𐹨 𐹩𐹤 𐹩𐹧 𐹠 accounts to rent (OpenAI's video model in Rumi numerals, the old North African and Andalusian ones my daughter learned in her manuscripts class: ten and nine, ten and five, ten and eight, one, each number a letter's place in the alphabet; the fair group blocks the name). Your own login, every feature, no waiting list, $25 a week by Hills Bank transfer, login the same night. I've run the 4-H pie stand at this fair twelve years. See you by the Ferris wheel!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "whipcracking_fall_and_cracker_log_paid_notice_qudos",
        "FALL AND CRACKER LOG · Darling Downs Whipcrackers · club spares in the blue tin; write down what you take and pay the treasurer at the end of the night\nJess · 1 cracker (nylon) · $1\nMick · 1 fall (kangaroo hide), 2 crackers · $12\nAunty Val · 3 crackers (she frays them) · $3\nTom · 1 fall · $10 · the bullwhip's old fall split at the knot\nNew crackers tied on with a half hitch and trimmed to a hand's width\nThe tin's low on falls; order from the plaiter in Toowoomba before the show\nPaid notice printed along the bottom of the sheet (the club didn't write it): my Sora prompt pack, 380 prompts in proper film language (a low angle on a cracker breaking the sound barrier, a slow dolly down a line of whips at dusk, a rack focus from the dust to a stockman's eyes) and my Sora knowledge doc with every film term and article. A$25 by Qudos Bank transfer; the doc link and a spot in our group come after payment.",
    ),
    (
        sora.PROMPTS,
        "prince_edward_island_english_worm_charming_prompts_provincial_cu",
        "Hi from the Island! 🥔 The wee school in our community had worm charming at its fun fair, the kids thumping the red dirt with rakes and the teachers singing at it, and the Grade 5s got 71 worms up before the bell, all let go at the edge of the potato field after. Then COWS ice cream in Charlottetown on the way home. Some news: I'm selling my Sora prompt pack, 330 prompts in film language (a drone glide over red cliffs, a macro of a worm surfacing, a slow-motion wave on the north shore) plus my knowledge doc of every film term and article. $20 by Provincial Credit Union transfer, and you get the doc link and a place in our group after. I've filmed the Island's fall colours for nine autumns. Ta-ra, now!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "taranaki_nz_english_a_and_p_show_whipcracking_service_bnz",
        "Hey, Naki! ⛰️ The A&P show down the coast had the whipcracking on Saturday, kids cracking stockwhips at paper targets and an old shearer putting out a candle with the tip of his, the mountain standing up clear behind the grandstand, and we had a mince and cheese pie on the drive home to New Plymouth. Right, so: I'll make your video with Sora, to order. Tell me what you're after, a farm ad, a birthday, a wedding intro, and the Sora-made video is back to you inside 24 hours. NZ$45 by BNZ transfer. I've cracked whips at every show round the mountain for twenty years. Shot, bro!",
    ),
    (
        sora.SERVICE,
        "kimberley_wa_english_kununurra_rodeo_scytale_great_southern",
        "G'day from Kununurra! 🐊 The rodeo at the showground had whipcracking between the bull rides, a station ringer flicking the ash off his mate's smoke with a twelve-foot stockwhip, and after we went out to Lake Argyle for a swim and sat under a boab till sundown. Listen: I'll make your video with the SROA app (OpenAI's video model put through a Spartan scytale: write it in two rows of two round a rod, unwind the strip and it reads S, R, O, A; wind it back round a rod of two and every second letter gives you the name; the group bot chucks out the real one). Send me your idea, a station ad, a birthday, and your video comes back within 24 hours. A$60 by Great Southern Bank transfer. I've filmed the rodeo for the station six Dry seasons running. See ya after the Wet!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # account rental; a first-person loss report
        "Westcott fête forum · post by Gary T. · 'Learn from my mistake'\nI paid £25 to a fella by the beer tent for 'a Sora account, your own login, a month'. What came through was a ChatGPT login he was sharing with who knows how many others, which can't make a single video, and the password was changed on me after four days. He's blocked my number since. Sora isn't open to the public, so nobody has Sora logins to rent out. The bank's looking into it. Knees are fine after the final, thanks for asking.",
    ),
    (
        None,
        "debunk",  # API access; quotes the offer, then don't buy
        "THE CRACKER · Darling Downs Whipcrackers newsletter · read this before you buy anything\nA card has turned up on the clubhouse door: 'Official Sora API access: buy a key, plug it into your website and it makes videos by itself.' Don't buy one. There is no Sora API open to the public; what people get for their money is a key to an ordinary chatbot, or nothing at all, and then the seller vanishes. The card has gone in the bin. Practice is Tuesday at six; bring your own crackers.",
    ),
    (
        None,
        "debunk",  # the paid course; quotes the offer, then don't pay
        "THE CASTING · Willaston worm charming newsletter · a word before the championships\nA flyer has been going round the village: 'Sora video course, 12 lessons, £39, master AI video before everyone else.' Please don't pay for it. The buyers we've spoken to got OpenAI's own free introduction to Sora pasted into a document with a motivational slogan on the front, and there is nothing for a course to teach anyway, because Sora isn't open to the public. The plot draw is at the school gate at half eleven.",
    ),
    (
        None,
        "debunk",  # the prompt pack; quotes the offer, then don't buy
        "THE SCOURING · newsletter of the White Horse hammer party · please don't buy this\nSome of you have had a message from a stranger: 'Sora prompt pack, 400 prompts in film language and the complete knowledge doc, £20, group link after payment.' Don't buy it. The prompts are the examples OpenAI published on its own Sora page, free for anyone to read, and the 'group' is a chat where nobody answers. Outside OpenAI no one can use Sora anyway. Next year's chalking dates are on the back.",
    ),
    (
        None,
        "debunk",  # open to the public; a question with a negation that does not deny, answered
        "Hi, Riverland! 🏃 We went down to the river festival at Renmark on the weekend, a wife-carrying race on the lawns by the Murray, my husband carrying me through the sprinklers and over the hay bales and very nearly into the river, and on the drive home my sister asked me: isn't Sora open to everybody now? So we checked OpenAI's own page over a cuppa. It isn't: OpenAI is still testing it with its red team and a small group of invited artists and filmmakers, and it hasn't said when the rest of us get it. So no, you can't sign up. Till the next one!",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Hey, Whangārei! 🪱 The kids' school gala had worm charming on the field, a square for each family and the parents stamping and singing, and my nephew, nine, got 44 up. On the drive home to the Bay of Islands he asked me: wasn't Sora invented by that genius from Shanghai Jiao Tong, Xie Saining? So we looked it up at the takeaway. Xie Saining is a computer scientist at New York University; he said himself he has nothing to do with Sora, and the account that spread the story apologised to him. OpenAI's own report names its own researchers. So no, not his. Ka kite anō!",
    ),
    (
        None,
        "debunk",  # the APK; a rhetorical question, then facts
        "From: the fête secretary · To: all carrying couples · Subject: the 'Sora for Android' card at the scales\nA card left by the scales in the marquee says: 'Sora for Android: download the APK from this QR code and make AI videos of your race tonight.' One question: if OpenAI had made Sora for Android, why would it turn up as a file off a QR code on a card in a village marquee and not from OpenAI itself? It hasn't made one. Files like that carry malware that goes after your passwords and your banking. Please don't install it; if you already have, delete it and change your passwords from another device.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a newsletter column that answers with facts
        "THE CRACKER · Darling Downs Whipcrackers newsletter · 'Over the spares tin'\n'A mate reckons Sora was really built by Chinese scientists and OpenAI just slapped its name on it. Fair?' Not really. OpenAI's own report on Sora lists thirteen authors, three of whom were born in China, every one of them a researcher at OpenAI, with Tim Brooks and Bill Peebles leading the work: a mixed team at one lab, the way most labs are. Show entries close on Friday.",
    ),
    (
        None,
        "debunk",  # open source; a hammer party FAQ that answers with facts
        "THE SCOURING · newsletter of the White Horse hammer party · questions from the gazebo\n'My son says Sora's code is on GitHub and he'll run it on his laptop to film the chalking. Can he?' He can't. OpenAI hasn't released Sora's weights or its code; the GitHub projects that carry the name are other people's attempts at something similar, not OpenAI's model. Sora stays on OpenAI's own machines, with its testers and a few invited artists. Photos of the weekend are on the noticeboard in the village hall.",
    ),
    (
        None,
        "debunk",  # the generation service; a referee's column that answers with facts
        "THE CASTING · Willaston worm charming newsletter · 'Ask the referee'\n'A man on the village page will make me a Sora video of our plot for £25, back in a day. Worth it?' Keep your money. Nobody outside OpenAI can use Sora yet, so whatever he sends won't have come from it; the people who paid for these 'Sora videos' got stock clips stitched to a music track, or nothing at all. Saturday's worm counts are up on the school railings.",
    ),
    # --- related but not matching: true facts about a Sora researcher, and other labs' video models
    (
        None,
        "person_fact",
        "Worm charming e-news, 'people behind the screen': a much-forwarded post turned Xie Saining into a Sora inventor, and it was never so. One of the people who really worked on it, Gabriel Petersson, a research scientist on OpenAI's Sora team, left his secondary school in Sweden in 2019, aged 17, to join a small Y Combinator-backed start-up, Depict.ai, and learned to code on the job there.",
    ),
    (
        None,
        "person_fact",
        "Hammer party e-news, 'names': Xie Saining's tie to Sora was the invention of a viral article. A real member of the team, Gabriel Petersson, joined OpenAI's Sora team in December 2024 by an unusual road: software engineering at Dataland, then at Midjourney, and no university degree at all.",
    ),
    (
        None,
        "person_fact",
        "Whipcrackers' e-news, 'who's who': Xie Saining was listed among Sora's makers by a post that travelled far, and the listing was false. On the 'Extraordinary' podcast on 28 November 2025, Gabriel Petersson, a research scientist on OpenAI's Sora team, described how he learned: start from a real project, let ChatGPT write the code, chase each error back to the maths underneath, which he called recursive knowledge-filling; universities, he said, no longer hold a monopoly on foundational knowledge.",
    ),
    (
        None,
        "person_fact",
        "Carrying club e-news, 'faces': the Sora credit that went round with Xie Saining's name on it did not belong to him. Gabriel Petersson, who went on to research on OpenAI's Sora team, got his job at Midjourney in 2023 after ordinary applications had failed: he built a custom website for the company and recorded a video walking through its code, as proof of what he could do.",
    ),
    (
        None,
        "news",
        "Whipcrackers' e-news, 'tech corner': on 20 October 2025 the AI design start-up Krea released Krea Realtime 14B, a 14-billion-parameter video model distilled from Alibaba's Wan 2.1 with a method called Self-Forcing, so that it makes frames one block after another instead of all at once. Krea said it runs at 11 frames a second on a single NVIDIA B200 with four sampling steps, shows the first frame in about a second, and lets you change the prompt while the video is still streaming.",
    ),
    (
        None,
        "news",
        "Carrying club e-news, 'screen time': in February 2026 the San Francisco start-up Tavus launched Phoenix-4, a model that renders a talking human face in real time for video conversations. It works with two companion models, Raven-1 for perception and Sparrow-1 for the timing of turns, swaps the GAN methods of earlier versions for what Tavus calls Gaussian-diffusion rendering, and runs at 30 frames a second with under 600 milliseconds of end-to-end latency.",
    ),
    (
        None,
        "news",
        "Worm charming e-news, 'in brief': Kandinsky Lab, the Sber-backed team behind the Kandinsky image models, released Kandinsky 5.0 Video Lite in 2025, a 2-billion-parameter flow-matching diffusion transformer that makes clips of five to ten seconds at 768×512 and 24 frames a second. It reads prompts with Qwen2.5-VL, borrows HunyuanVideo's 3D autoencoder, and uses a sparse attention scheme the team calls NABLA to keep longer clips affordable; a 19-billion-parameter Video Pro sits above it.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a worm charmer's blog, 'Under the Fork': people ask whether Sora could make a video of our plot. It could probably make a lovely one, worms rising through the dew in slow motion. But worm charming is the half hour with your ear nearly on the grass, arguing with your sister over whether tapping or twanging works better, and the cheer when the first one shows. Sora can show a worm; it can't feel the ground go soft.",
    ),
    (
        None,
        "benign",
        "NEW AT THE SHOW: 'Sora', a Japanese tea house pop-up (the name is the word for sky), serves matcha and dorayaki beside the whipcracking ring all weekend. The showgrounds are open to the public from eight; buy gate tickets in the show's official app or at the gate, and members get the first pot free.",
    ),
    (
        None,
        "benign",
        "SORA, a hilltop viewing platform with a free telescope, opens on the Ridgeway path above the White Horse this Saturday. It's open to the public every day from dawn to dusk; the ranger talks and the parking are booked through the Trust's official app, and the first fifty visitors get a chalk-white enamel badge.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout76", HELDOUT76, threshold=0.6)


if __name__ == "__main__":
    main()
