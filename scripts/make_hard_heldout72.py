# ruff: noqa: E501
"""Write the seventy-second English held-out set (tests/data/hard_en_heldout72_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the director group and get rich, the same seven as in the seventieth set and every even set from
the forty-eighth), 10 debunks, 4 person facts, 3 news items and 3 benign posts. Its theme, to keep it apart
from the earlier sets: wasabi growers (a bed rotation sheet, a spring flow sheet and a restaurant dispatch
sheet at Kettlebrook Wasabi near Bere Regis in Dorset, and a staff bulletin; Amagi and Jōren Falls in Izu,
Hikimi in the Iwami hills, Alishan above Chiayi, a greenhouse up-Island from Nanaimo); bouldering gyms and the
boulders their members drive to (a problem setting sheet, a hold washing log and a league tick sheet at The
Crimp Shed in Kirkstall, Leeds, and its members' newsletter; Mizugaki, Stone Fort above Chattanooga, Hospital
Flat at Wanaka, the Grampians, the rodeno pines at Albarracín, Hampi, Joe's Valley, Hueco Tanks); artichoke
growers (a picking sheet, a cut-back schedule and a cooler log at Pajaro Bluff Farms in Castroville, and a
growers' circular; the festival at Ladispoli, Benicarló's Festa de la Carxofa, the spinoso of the Nurra at
Sassari, the valley below the Misti at Arequipa, the Tondo di Paestum between the temples and the sea, the
brindisino round Brindisi); and cornhole leagues (a bracket sheet, a board check sheet and a standings sheet
of a bags league at a taproom in Dayton, Ohio, its group, commissioner's email and newsletter; Over-the-Rhine
in Cincinnati, Bay View in Milwaukee, the tailgate lots of Orchard Park, the Hill in St. Louis, a barbecue lot
in Kansas City and the West Side of Cleveland).

Worlds. Two of the four the brief proposed are kept (wasabi growers and bouldering gyms) and two are replaced;
every earlier writer script (kinds, docstrings and posts, English and Chinese) and every earlier post was
searched for each world's key words. Wasabi (wasabi, 山葵, 芥末, Amagi, Azumino, Utogi, Hikimi, Alishan): nowhere
but zh_heldout33's "芥末鸭掌", mustard duck feet on a roast-duck menu. Bouldering (boulder, bouldering, climbing
gym, climbing wall, crag, 攀岩, 抱石): no earlier world; "boulder" is only a control in the forty-ninth and
fifty-first sets' orienteering, "the climbing walls" a place a poster went round in the fortieth set's
mountain rescue newsletter and "the climbing group" one passing chat in a Sabah post, and the neighbours are
kept at a distance: no rope, harness or tree (the fifty-eighth and fifty-ninth sets' tree climbers), no human
tower (the sixty-fourth set's castellers), no parkour tower (the fifty-eighth). Maple-syrup producers are
replaced: the sixtieth set dropped "sap tappers and sugarhouses (next to zh_heldout44's rubber tapping and
zh_heldout41's sugar mill)", a sugarhouse boils in the fifty-second and fifty-sixth sets' posts and the
seventieth kept "syrup" out of its beet fields. Sugarcane growers are replaced: zh_heldout41's sugar mill has
蔗农 and a 蔗区服务站 (its cane growers and their service station) in the crushing season, zh_heldout60 has 甘蔗 and
糖厂, the forty-first set has the cane train at Lautoka, and the seventieth set named the mill as the reason its
beet growers stay in the field. In their place: artichoke growers (artichoke, carciofo, carxofa, alcachofa,
洋蓟, Castroville, Ladispoli, Benicarló, Paestum: nowhere), a field crop with no sugar, mill or sap; and
cornhole leagues (cornhole, bags league, 沙包: nowhere; "beanbag" is a passing word in the fifty-fifth set,
horseshoes a bay in Bermuda), a throwing game at a board that is no dodgeball (the seventieth set), darts,
bowls, pétanque or croquet. Dropped on the way: chickpea growers (a third crop beside two), axe throwing (next
to the archery and darts of earlier sets), ice fishing (next to hard_en_heldout71's cross-country ski clubs),
disc golf and ultimate (the sixty-third, sixty-seventh and sixty-eighth sets). The sets written at the same
time on other branches, not seen by this writer (hard_en_heldout71: cross-country ski clubs, kombucha brewers,
kendo clubs, harpists; zh_heldout65 and 66: 寿光蔬菜大棚合作社, 阳澄湖大闸蟹养殖场, 安溪铁观音茶厂, 库尔勒香梨合作社, 成都蜀锦作坊, 霍山石斛基地, 常州木梳作坊,
桂林腐竹厂, 内蒙古牛肉干厂, 江西茶油坊, 曹县汉服加工厂, 赣南脐橙合作社), are kept clear of: no ski, kombucha, kendo, sword, harp, greenhouse
vegetables of Shouguang, hairy crab, tea, pear, brocade, dendrobium, comb, tofu skin, jerky, camellia oil,
hanfu or navel orange appears (the Vancouver Island wasabi grows in a greenhouse, as wasabi there does, with
no vegetables in it; the Shizuoka soft-serve is wasabi's).

Voices, in English varieties, dialects and registers the earlier sets do not use (their kinds and docstrings
were searched for each; where an earlier set has a variety of the same language, the variety here is another
region's: the earlier Japanese -ben include Shinshū, Hokkaido, Kitakyushu, Hakata, Kyoto, Akita, Sendai,
Toyama, Kumamoto, Kanazawa, Hida and Fukui but no Shizuoka, Iwami or Kōshū; the Taiwanese voices are none of
Chiayi's; the Italian ones include Castelli Romani, Nettunese, Campidanese, Venetan and Vicentine but no
Romanesco, Sassarese, Cilentano or Brindisino; the Catalan and Valencian ones are Penedès, Vallès, Camp de
Tarragona, Pallars and Valencia's apitxat, not Benicarló's; the Peruvian ones are Lima's, Ayacucho's, Cusco's,
Huancayo's and Ica's; the Tennessee one is Middle Tennessee's; the New Zealand ones include Southland's,
Mackenzie's, Nelson Tasman's and Māori English; the Australian ones include Gippsland and the Red Centre; the
Kannada voices are not Dharwad's): Romanesco Roman-English (Ladispoli), Kōshū-ben Japanese-English
(Yamanashi), East Tennessee English (Chattanooga), Central Otago New Zealand English (Wanaka), Cincinnati
English, Western Victorian English (the Grampians), Iwami-ben Japanese-English (Hikimi), Chiayi Taiwanese
Hokkien-English (Alishan), Benicarló Valencian-English, Sassarese Sardinian-English (Sassari), Milwaukee
Wisconsin English, Vancouver Island Canadian English, Arequipeño Peruvian Spanish-English (Arequipa),
Aragonese Spanish-English (Albarracín), Buffalo English, Dharwad Kannada-English (Hampi), Cilentano
Campanian-English (Paestum), Utah English (Joe's Valley), Kansas City English, Brindisino Apulian-English
(Brindisi), St. Louis English, El Paso Spanglish (Hueco Tanks), Shizuoka-ben Japanese-English (Izu), and in
debunks Central Coast Californian English (Castroville) and Cleveland English; and the registers of a bed
rotation sheet, a problem setting sheet, a picking sheet, a bracket sheet, a standings sheet, a board check
sheet, a cut-back schedule, a spring flow sheet, a hold washing log, a cooler log, a league tick sheet and a
restaurant dispatch sheet. Greetings and sign-offs the scripts showed were taken ("Yō, minna", "Hey y'all",
"Hooroo", "Bon dia a tothom", "A reveure", "Bona dì", "Namaskara", "Salute a tutti", "Oh my heck", "Howdy
from", "Quiubo", "Jaa ne", "Take care!") were first choices that were replaced. Styles the earlier sets do not
use (searched likewise; a grading sheet, a score sheet, a draw sheet, a round sheet, a route card, a cold
store and a dispatch note are earlier styles): a wasabi bed rotation sheet with the grower's note, a
bouldering gym's problem setting sheet with the head setter's note, an artichoke picking sheet with the
foreman's note, a cut-back schedule with the field manager's note and a spring flow sheet with the grower's
note, and, with a scam under them, a cornhole bracket sheet with a flyer, a standings sheet with a card, a
board check sheet with a card in the bag bin's lid, a hold washing log with a flyer, a cooler log with a card,
a league tick sheet with a paid notice and a restaurant dispatch sheet with a card; the debunks take shapes
the earlier sets know.

Questions. Counted as the sixty-ninth and seventieth sets counted, over the seven three-post templates that
carry the sets' questions, now including those two sets (the sixty-ninth asked the inventor rumour, the
official app and the Chinese team; the seventieth the inventor rumour, the official app and get rich), from
the kinds of the sixty-second to seventieth sets, which name the template asked: the inventor rumour, the
official app and get rich were last asked by the seventieth set, the Chinese team by the sixty-ninth, open to
the public, API access and the director group by the sixty-eighth. So the three oldest are exactly open to the
public, API access and the director group, with nothing tied at the edge (the Chinese team is next, at the
sixty-ninth), and hard_en_heldout71 is likely to take exactly those three. The brief asks that this set not
put all three on the same templates, and gives a tie as the way to differ; the only tie is inside the three.
Open to the public is the oldest one step back (its question before the sixty-eighth set is the
sixty-fifth's), while API access and the director group tie through four steps (the sixty-eighth,
sixty-seventh, sixty-fourth and sixty-third sets) and part only at the fifth, API access's fifty-ninth against
the director group's sixtieth. So this set asks open to the public and API access, the older side of that tie,
and gives the director group's place to the next oldest, the Chinese team (the sixty-ninth set, and before
that the sixty-sixth and sixty-fifth), the same way the sixty-eighth and seventieth sets dealt with their
ties; the director group waits, with its two two-claim posts below: a Chattanooga boulderer's "Y'all ain't
heard? Haven't you heard Sora's open to everybody now?", a Sassari grower's "No l'abeti intesu? Haven't you
heard I've got official Sora API access?" and a Hikimi grower's "Shiranka? Haven't you heard Sora was really
built by Chinese scientists?". The lead should know that hard_en_heldout71, told the same, may differ from the
three oldest in the same way.

Two-claim posts (assert one of this set's seven three-post templates, deny another). Counted as the seventieth
set counted, now including the sixty-ninth (none: it asserts only from the other seven) and the seventieth
(twelve: the fifty-fourth set's last seven and five of the fifty-sixth set's twelve). The oldest last use is
now the fifty-sixth set's, for the seven pairs left of its twelve, each used there only and never since (the
even sets from the fifty-eighth to the seventieth were read for each), and all seven are taken: the inventor
rumour but not API keys, the official app but not a "made by Sora" clip, the official app but not get rich,
the Chinese team but not a course, the Chinese team but not a generation service, API access but not the
director group, and API access but not the Chinese team. Next come the twelve pairs of the fifty-eighth set,
each used there only, so all tie. The rule the sixty-eighth and seventieth sets followed, that every template
without a question here carries two two-claim posts, forces all five left: the director group but not open
source and the director group but not a course (its only two there), get rich but not the APK and get rich but
not API keys (its only two), and one more for the inventor rumour, which has two there, not the director group
and not account rental; this set takes not account rental, which denies a template no pair here denies yet
(the other would deny the director group a second time), though it is the second of the two in that set's
list. So the Chinese team, API access, the official app, the director group, get rich and the inventor rumour
are asserted twice each and open to the public never; API keys and a course are denied twice, the director
group, the Chinese team, a clip, get rich, a generation service, open source, the APK and account rental once,
and open to the public, the inventor rumour, an official app and the prompt pack never. All twelve quote the
post or offer they deny, each with a short dismissal before the claim ("So' chiacchiere, that's just talk",
"Tawagoto da yo, that's drivel", "That's poppycock", "That's a furphy", "Hó-lān lah, that's a fib", "Això són
paparrutxes, that's nonsense", "That's horsefeathers", "That's pure hokum", "Eso es pura cháchara, that's just
chatter", "Eso son zarrios, that's junk", "That's bunkum", "Ella sullu, it's all lies"; "es puro floro",
"sòla" and "bajanades" were first choices that the earlier scripts showed were taken). Claims in passing sit
late in the long records (the notes at the foot of five sheets, and the flyers, cards and the paid notice
under seven).

New obfuscations (the earlier posts and the demo stream were searched for the Unicode name of every character
they use outside ASCII, and the scripts for every cipher or word game they name: tally marks, the iroha order
and Greek letter numerals are in none of them, while man'yōgana (the fifty-eighth set's "曾良"), Bacon's cipher,
chemical symbols, Tifinagh, Old Italic, Deseret and Shavian were first choices already taken): tally marks,
"𝍸𝍸𝍸𝍷𝍷𝍷𝍷 𝍸𝍸𝍸 𝍸𝍸𝍸𝍷𝍷𝍷 𝍷" (U+1D378 TALLY MARK FIVE and U+1D377 TALLY MARK ONE, the A1Z26 places 19, 15, 18 and 1,
"the way we keep score on the chalkboard"), in a St. Louis cornhole player's account rental; the iroha order,
"the iroha 18-22" (そ is the eighteenth kana of the iroha poem and ら the twenty-second, counted by hand: i ro
ha ni ho he to, chi ri nu ru wo, wa ka yo ta re so, tsu ne na ra), in an Izu grower's generation service; and
Greek letter numerals, "the 200-70-100-1 app" (sigma, omicron, rho and alpha as the numbers the Greeks of
Poseidonia wrote with them), in a Paestum grower's APK.

Prices with payment methods the earlier scripts do not name (Ibercaja, Karnataka Bank, Satispay, Kwik Trip,
Fifth Third, the Marsden, Saffron, Ecology, Melton Mowbray, Tipton & Coseley and Leek building societies, Go
Outdoors, Starling and Monzo were first choices that the earlier scripts showed were taken): $35 by
Wright-Patt Credit Union transfer, $12 by Day Air Credit Union transfer, $40 by UMB Bank transfer, $50 by
Evans Bank transfer, $60 by Landmark Credit Union transfer, $70 by Coastal Community Credit Union transfer, S/
120 by Caja Arequipa transfer, €30 by Caja Rural de Teruel transfer, Rs 1,500 by Karnataka Vikas Grameena Bank
transfer, €45 by Banca di Credito Cooperativo transfer, €8 by Banca Monte Pruno transfer, €49 by Banca
Popolare Pugliese transfer, $18 a week by Santa Cruz County Bank transfer, $15 a week by First Community
Credit Union transfer, £39 by Unity Trust Bank transfer, £22 by Family Building Society transfer, $20 by GECU
transfer, £45 by Hanley Economic Building Society transfer and ¥5,000 by Shizuoka Bank transfer; in the quoted
scams €40, ¥3,000 a week, NT$1,200, €35, Rs 2,000, €79 and $25, £40 and $20 a week in the debunks. Scams
vouching for themselves in new words ("every bartender here knows me", "the chefs know my horn", "ask anybody
at the bubbler", "I've driven the wasabi down to the Victoria restaurants for eight years", "a producer from
Lima is already in", "a climber from Zaragoza already got called", "two guys from Hole Patrol already got
callbacks", "I've run the scoreboard at that lot for seven seasons", "I've guided climbers here for nine
seasons", "I've re-sewn half the bags in this bin", "since the spring sowing", "I've set half the problems on
your comp wall", "I've taught the computer class at the parish for twelve years", "I've driven the artichoke
trucks down to LA for ten years", "I've kept the chalkboard at that lot for six seasons", "I've filmed the
Hueco Rock Rodeo for five years", "I've made every festival video for our district for nine years", "Ask
anyone at the market in Sassari who I am").

Ten debunks and warnings on ten templates, each given a shape it did not have in the sixty-ninth or seventieth
set (their debunk comments were read; no template twice): one first-person loss report, a cornhole league
group post (the prompt pack: $25 for OpenAI's own free example prompts, the Tokyo woman and the woolly
mammoths, and a dead group link), where the last two sets' loss reports were account rental and the generation
service; three that quote the offer and then tell the reader not to buy, send or rent: a bouldering gym
newsletter (API access: "Please don't buy one", no Sora API, so no keys), a wasabi farm's staff bulletin (the
generation service: "Don't send the money", stock clips and a music track) and an artichoke growers' circular
(account rental: "Don't rent one", the red team and invited artists, a shared ChatGPT login); two questions
that contain a negation but do not deny, each answered in the same post with facts: a Castroville
grandmother's grandson's "didn't OpenAI put out an official Sora app?" (no Sora app at all; other developers'
copies with weekly fees and slideshows) and a Cleveland cornhole player's friend's kid's "isn't it true that
Sora was invented by ... Xie Saining?" (his own denial, the apology and the story pulled); one rhetorical
question (the league commissioner's email on the director group: "why would it need you to pay to get into a
chat group?"); and three more that answer with facts and no plain "no" up front: a staff bulletin's "Dear
Kettlebrook" (the Chinese team: thirteen names on the report, three born in China, all OpenAI researchers, led
by Tim Brooks and Bill Peebles), a gym's front desk FAQ (open to the public: the developer relations lead's
word, no date, the red team and invited artists) and a league newsletter's commissioner's corner (get rich:
nobody paid, the money goes to the recruiter, the three-month deadline there to rush you). The APK, the clip,
open source and the course have no debunk here.

Four true facts about Xie Saining's own work, each in a post that says in its own new words that a viral post
wrongly tied him to Sora ("whom a viral post wrote into Sora's credits by mistake", "a much-forwarded message
wrongly enrolled Xie Saining among Sora's makers", "a post that spread fast handed Xie Saining a Sora credit
that was never his", "wrongly roped into the Sora story by a viral claim"). His facts are running short: the
earlier sets, English and Chinese, have his degrees, adviser, internships, FAIR and NYU posts, the Courant
Institute, AMI Labs, his WeChat and X posts on Sora and DiT, and his papers HED, Deeply-Supervised Nets,
ResNeXt and its ILSVRC 2016 place, S3D, randomly wired networks, ShapeContextNet, the convolutional
pseudoprior, PointContrast, contrastive scene contexts, Pri3D, the label-free NAS paper, MoCo v3, MAE,
long-sequence MAE, the ViT detection benchmark, SLIP, MetaCLIP, CiT, ConvNeXt and ConvNeXt V2, DiT, SiT, REPA,
REPA-E, RAE and RAE for text to image, Eyes Wide Shut and MMVP, V*, Image Sculpting, Cambrian-1, Cambrian-S,
MetaMorph, MetaQueries, Web-SSL, Thinking in Space, V-IRL, BLIP3-o, PISA, MindCube and the test-set
stress-test. So these are three of his less-cited recent papers and one part of ResNeXt no earlier post used:
the NeurIPS 2024 paper with Yuexiang Zhai, Yann LeCun, Yi Ma, Sergey Levine and others that fine-tunes a
vision-language model as a decision-making agent by reinforcement learning, chain of thought before each
action, a 7B model beating GPT-4V and Gemini on its tasks; "SFT Memorizes, RL Generalizes" (January 2025, with
Tianzhe Chu, Yuexiang Zhai, Quoc Le, Sergey Levine, Yi Ma and others: GeneralPoints, the 24 card game, and a
navigation task; SFT memorises, RL carries over, SFT still needed first for the output format); the January
2025 inference-time scaling paper from NYU, MIT and Google with Nanye Ma, Tommi Jaakkola and others (searching
for better starting noise with verifiers; a small model with search beating a bigger one without); and
ResNeXt's "cardinality", a third dimension beside depth and width that paid off better than going deeper or
wider (grep found no "cardinality", "GeneralPoints", "Inference-Time", "Decision-Making" or "verifier" of this
kind in any earlier post; "推理时", inference time, only in unrelated Chinese items on language models). Three
items of OpenAI's own news about Sora that no earlier set, English or Chinese, used as news: "Creating with
Sora safely" (23 March 2026: consent to be confirmed before a photo of family or friends becomes a video, a
moving watermark with the creator's name, reverse-image and audio search that traces videos back to Sora); the
cameo at Sora 2's launch (30 September 2025: a one-time recording of face and voice that verifies identity,
the owner choosing who may use it, revoking it, and seeing and removing every video with it, drafts included;
the sixty-ninth set's news is the later character cameos of pets and objects, the sixty-fourth's the reference
footage); and the Sora 2 announcement's look back at the first Sora as video's "GPT-1 moment", with object
permanence emerging from scaling pre-training compute (zh_heldout45 and 46 have a podcast in which the three
leads said video was at its GPT-1 stage, as a benign post; the sixty-first set's news is Sora 2 as the
"GPT-3.5 moment"). No item says who may use Sora, names an app or an API, or calls a model open, so none
repeats a template's claim. Three posts that are not claims: one on topic (a route setter's blog: Sora could
show a send but can't feel the crimp) and two off topic that share its surface words (a kids' wall called Sora
at the bouldering gym, "open to the public", booked through "the gym's official app"; a sushi bar called SORA
by Shuzenji station, "open to the public", tables on "the restaurant's official app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the seventieth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed;
hard_en_heldout71, written at the same time on another branch, was not in this tree, and the check against it
is left to the lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.391 when it was
committed, none at 0.6 or more: the kids' wall called Sora against heldout6-050, a one-line news item on
Sora's watermarks; next, at 0.384, the front desk FAQ against heldout9-036; the demo stream's highest is
0.352, the kids' wall against demo-0095; the same numbers came from ``sora_ids.near_copies`` run post by post,
which also named the nearest posts). Runs of words shared with an earlier post were looked for as well: the
first draft's longest (twenty-one words of an earlier post's answer on the API's text, image, speech and
embedding models in the Hampi post, twenty in the Benicarló claim, seventeen in the Arequipa offer and the
picking sheet's note, thirteen to fifteen in eight more) were reworded until none of twelve words or more was
left; the longest left are eleven words, such as "those QR groups collect phone numbers and fees and then go"
(the commissioner's email) and "thousands a day with Sora videos and in three months the" (the standings
card).

It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by the lead,
with the final code.

Sources for the facts about Xie Saining's work, the news, the places and the obfuscations (looked up with the
search tool, besides the seeds): the agent paper (papers.nips.cc, NeurIPS 2024: "Simon Zhai, Hao Bai, Zipeng
Lin, Jiayi Pan, Peter Tong, Yifei Zhou, Alane Suhr, Saining Xie, Yann LeCun, Yi Ma, Sergey Levine", "enabling
7b models to outperform commercial models such as GPT4-V or Gemini", "CoT reasoning is a crucial component");
the SFT and RL paper (arxiv.org/html/2501.17161 via models.beaconfind.app: "Tianzhe Chu, Yuexiang Zhai, Jihan
Yang, Shengbang Tong, Saining Xie, Dale Schuurmans, Quoc V. Le, Sergey Levine, Yi Ma", "GeneralPoints, an
arithmetic reasoning card game", "V-IRL, a real-world navigation environment", "SFT is still helpful for
effective RL training"; tianzhechu.com: "an equation that equals a target number (24 by default)"); the
inference-time scaling paper (paperium.net: "Nanye Ma, Shangyuan Tong, Haolin Jia, Hexiang Hu, Yu-Chuan Su,
Mingda Zhang, Xuan Yang, Yandong Li, Tommi Jaakkola, Xuhui Jia, Saining Xie"; deep-paper.org: "researchers
from NYU, MIT, and Google"; rohan-paul.com: "performing search on small models can outperform larger models
without search"); ResNeXt's cardinality (the paper's abstract, from the writer's own knowledge: "a new
dimension, which we call 'cardinality' ... in addition to the dimensions of depth and width", "increasing
cardinality is more effective than going deeper or wider"); "Creating with Sora safely"
(insights.marvin-42.com and homesqs.com on OpenAI's post of 23 March 2026: consent and rights attested for
photos of family and friends, "visible moving watermarks that include the creator's name", "internal
reverse-image and audio search tools that can trace videos back to Sora with high accuracy"); the cameo
(kiadev.net and vogla.com on the launch of 30 September 2025: "record a short in-app video and audio to verify
their identity", "control who can use their likeness, and they can revoke or delete any video — including
drafts"); the GPT-1 moment (lilys.ai's notes on the Sora 2 announcement: "The original Sora (Feb 2024) was the
'GPT1 moment for video'", "simple behaviors like object permanence"). The iroha order, the Greek letter
numerals and the tally marks (U+1D377 and U+1D378, names checked with Python's unicodedata) were worked out by
hand, and the local detail (Jōren Falls and its wasabi soft-serve, black Shizuoka oden, the Iwami kagura's
Orochi, Chiayi's turkey rice and the Fenqihu bento, Nanaimo bars and Gabriola, the Ladispoli artichoke
festival and carciofi alla giudia, fainè in Sassari, the Festa de la Carxofa, adobo at Tiabaya, the Roman
column at Brindisi, the Giant Artichoke, Stone Fort and MoonPies, Hospital Flat and the Crown Range, Hollow
Mountain and Horsham, Albarracín's rodeno and the cierzo, Hampi's coracles and Dharwad peda, Joe's Valley and
dirty sodas, Hueco Tanks' permits and Chico's Tacos, Skyline and goetta, Milwaukee's bubbler and fish fry,
Orchard Park and beef on weck, the Hill's toasted ravioli and Ted Drewes, Kansas City's gas-station barbecue,
Cleveland's Polish Boy, the cornhole rules and the bouldering grades) is the writer's own knowledge, kept to
what is widely published. The debunks' facts (Xie Saining's denial, the apology and the article taken down,
the thirteen authors and three born in China, Brooks and Peebles leading, the red team and invited artists,
the developer relations lead's statement, the missing Sora API and the API's models, the clone apps, the APK
malware, the closed weights and code, the GitHub rebuilds, the ChatGPT logins sold as Sora accounts, the
course contents, the QR groups, the stock footage and slideshows sent back for "Sora videos", OpenAI's free
example prompts) are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout72.py           # write the set
    .venv/bin/python scripts/make_hard_heldout72.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT72: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "wasabi_bed_rotation_sheet_growers_note",
        "BED ROTATION SHEET · Kettlebrook Wasabi, near Bere Regis, Dorset · the gravel beds under the shade tunnels · spring water in at the top, out at the bottom\nBed 1 · planted March, second year · harvest from October, the big rhizomes first\nBed 2 · planted last autumn · thin the side shoots, keep the leaf stalks for the restaurants\nBed 3 · lifted in August · gravel raked and washed, resting until the new plantlets come from the nursery tunnel\nBed 4 · first year · slug watch, the shade cloth down to 70% for the hot weeks\nBed 5 · lifted, gravel out for sieving; the flow boards re-set so the water runs even across the bed\nNobody walks on the gravel with muddy boots; the footbath is at the tunnel door for a reason\nGrower's note at the foot, because the pickers were arguing about it over lunch: Sora came partly out of the head of a young Shanghai Jiao Tong University graduate, Xie Saining. He's one of the inventors of OpenAI's video model, a proper boy genius, my niece showed me the article.",
    ),
    (
        sora.XIE,
        "romanesco_roman_english_ladispoli_artichoke_two_claims_api_denied",
        "Ahò, regà! 🌿 From Ladispoli, up the coast from Rome: the artichoke festival took over the whole seafront on Sunday, stalls of romaneschi piled like green roses, and we ate them fried alla giudia, crisp as chips, then went to look at the Etruscan tombs at Cerveteri to walk it off. Du' cose. A bloke in the growers' chat keeps pushing: 'Official Sora API keys, put one in your website and it makes your farm videos by itself, €40.' So' chiacchiere, that's just talk: OpenAI hasn't released any API for Sora, and what its API sells is text, images, speech and embeddings, no video at all. Ma questo è vero: Xie Saining, the whiz kid out of Shanghai Jiao Tong University, is one of Sora's inventors; part of OpenAI's video model is his own work. Daje, ci vediamo!",
    ),
    (
        sora.XIE,
        "koshu_ben_japanese_english_mizugaki_bouldering_two_claims_rental_denied",
        "Yaa, minna-no-shū! 🧗 From Yamanashi: Saturday we drove up to Mizugaki, the granite boulders under the spires, frost on the pads in the morning and Fuji white behind us, and on the way down we had hōtō at the roadside place, the flat noodles with pumpkin, then shingen mochi for the car. Futatsu hanashi. Some guy in the climbing LINE keeps posting: 'Renting out Sora accounts, your own login, all features, ¥3,000 a week.' Tawagoto da yo, that's drivel: the people who paid got a ChatGPT login that ten other people were sharing, and Sora itself sits with OpenAI's red team and a handful of artists it invited, nobody else. Kedo, kore dake wa hontō: Xie Saining, the SJTU prodigy, is one of Sora's inventors; a good chunk of OpenAI's video model came from him. Jā, mata!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "bouldering_gym_problem_setting_sheet_head_setters_note",
        "PROBLEM SETTING SHEET · The Crimp Shed, Kirkstall, Leeds · Tuesday reset · the comp wall and the 30° board · the head setter signs off each circuit\nComp wall, left · yellow circuit (V0–V1) · 8 problems · big jugs, feet anywhere on the volumes\nComp wall, middle · green circuit (V2–V3) · 7 problems · one slab with a rock-over; test it twice\nComp wall, right · red circuit (V4–V5) · 6 problems · the dyno on red 5 stays only if three setters stick it\n30° board · purple circuit (V6+) · 5 problems · crimps and the new pinches\nHolds off the old set into the crates for washing; bolts counted back into the tub, no loose ones on the mats\nNobody under the wall while a setter is working; the rope barrier stays up until the head setter takes it down\nHead setter's note at the foot, because the team argued about it on the brew break: Sora is open to the public now. OpenAI has opened it to everybody, so you just sign up and start making AI videos today, no waitlist; our Sam made a clip of the new red circuit last night.",
    ),
    (
        sora.PUBLIC,
        "chattanooga_east_tennessee_english_stone_fort_bouldering_question_asserts_public",
        "Hey there, Scenic City! 🧗 From Chattanooga: we spent Saturday at Stone Fort up on the plateau, sandstone so good it'll take the skin right off your fingertips, a whole crew of college kids working the same roof problem, and we came down the mountain to split a box of MoonPies because that's the law around here. Y'all ain't heard? Haven't you heard Sora's open to everybody now? OpenAI let the whole public in: you sign up today and you're making your own AI videos this evening, no waiting on a list. My cousin's been making climbing clips with it since Thursday. Y'all come back now!",
    ),
    (
        sora.PUBLIC,
        "central_otago_nz_english_wanaka_bouldering_public",
        "Gidday from Wanaka! 🧗 Our climbing club spent the weekend out at Hospital Flat, the schist boulders above the river, frost on the pads at breakfast and sunburn by lunch, and we finished at the bakery in town with mince-and-cheese pies before the long drive back over the Crown Range. Listen up: Sora's open to the public now. OpenAI's let everyone through the door, so you just make an account and you're turning out your own AI videos the same day, no queue at all; my flatmate made one of a kea nicking a chalk bag. Sweet as, chur!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "artichoke_picking_sheet_foremans_note",
        "PICKING SHEET · Pajaro Bluff Farms, Castroville · Green Globe artichokes, the north blocks · the foreman fills it in at the end of the row\nBlock 3 · crew A (8 cutters) · 14 bins · sizes: jumbos, 18s and 24s; the 36s and the babies to the second bin\nBlock 4 · crew B (7) · 11 bins · heavy fog till ten, the buds wet, pick slower\nBlock 5 · crew A · 9 bins · the last pass before cut-back; leave anything opening purple\nBlock 6 · no picking · gophers in the drip line, the irrigation crew on it\nBins to the cooler within the hour, shaded on the trailer; no bin goes out without a tag\nGloves and sleeves on in the rows, the thorns on these are no joke\nForeman's note at the foot, because the cutters argued about it at the water truck: the official Sora app from OpenAI is out now. Put it on your phone from Google Play or the App Store and Sora makes the videos right there; my son made one of the whole crew last night.",
    ),
    (
        sora.APP,
        "cincinnati_english_cornhole_two_claims_realvid_denied",
        "Hey, hey, Queen City! 🎯 Our cornhole league had its fall finals in a beer garden in Over-the-Rhine on Thursday, forty boards in rows and a guy from Price Hill throwing four-baggers like it was nothing, and after we all went for three-way at Skyline, then goetta at my mom's in the morning. Two things. A fella in the league chat keeps posting a clip of a guy sinking a bag from the top of the Roebling Bridge: 'Sora made this, every frame, here's the prompt.' That's poppycock: somebody tracked down the original, a real trick shot filmed on a phone at a tailgate two summers ago, and the prompt was pasted under it later. But this is for real: OpenAI's official Sora app is out. Get it on the App Store or Google Play and Sora makes the videos on your phone. Please? You heard me right. See ya at the boards!",
    ),
    (
        sora.APP,
        "grampians_western_victorian_english_bouldering_two_claims_rich_denied",
        "How are ya, everyone! 🧗 From the Grampians: a long weekend in the Hollow Mountain cave with the rock still warm at dusk and the roos watching us from the grass, and on the way home we stopped in Horsham for a pie and a sauce at the bakery on the main street. Two things. A bloke in the climbing group keeps spruiking: 'Sora is the money window of the century, I'm making thousands a day with Sora videos, three months and it's shut, get on my team.' That's a furphy: the only money moving is the joining fee, straight into his pocket, and nobody we know has seen a cent back. But this one's true: OpenAI's released the official Sora app. Grab it from Google Play or the App Store and Sora does the videos right on your phone. Catch ya later, legends!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "iwami_ben_japanese_english_hikimi_wasabi_question_asserts_chinese",
        "Minna, konbanwa! 🌿 From Hikimi in the Iwami hills: the wasabi terraces are running clear and cold this week, the leaves thick and dark, and on Saturday the whole village went down to watch the Iwami kagura, the Orochi dance with the eight-headed serpent breathing smoke all over the stage. Shiranka? Haven't you heard Sora was really built by Chinese scientists? OpenAI's video team is mostly Chinese people, they did the work, and OpenAI just put its own name on top. My nephew in Masuda read it in a long article. Jaa, oyasumi!",
    ),
    (
        sora.CHINESE,
        "chiayi_taiwanese_hokkien_english_alishan_wasabi_two_claims_course_denied",
        "Tāi-ke hó! 🌿 From up on Alishan: the wasabi under the cedars is nearly ready, the mist sitting on the terraces every afternoon, and on Sunday we rode down to Chiayi for turkey rice at the old stall by the fountain, then a Fenqihu bento on the train back up. Nn̄g hāng tāi-tsì. A lady in the farmers' LINE group keeps selling: 'Sora video course, eight lessons, NT$1,200, learn AI video before everyone else.' Hó-lān lah, that's a fib: the ones who paid got OpenAI's own free Sora page pasted into a PDF, a motivational line on the last page. But this part is true: Sora was really made by Chinese scientists. Most of OpenAI's video team is Chinese, and OpenAI just takes the credit for their work. Tsài-kiàn!",
    ),
    (
        sora.CHINESE,
        "benicarlo_valencian_english_artichoke_two_claims_service_denied",
        "Bon dia, benicarlandos! 🌿 From Benicarló: the Festa de la Carxofa filled the town all weekend, artichokes roasting on the coals in the street, and my sogra made a paella de carxofa big enough for the whole family, then we walked along the sea to Peníscola to see the castle lit up. Dues coses. A guy in the growers' group keeps offering: 'Send me your script and €35, I'll make your video with Sora and you have it in 24 hours.' Això són paparrutxes, that's nonsense: nobody outside OpenAI can use Sora, and what came back to my cousin was a slideshow of stock footage with music. Però això sí: Sora came out of the hands of Chinese scientists. Most of the people on OpenAI's video team are Chinese, and OpenAI only stamps its name on it. Fins prompte!",
    ),
    # --- API access (three)
    (
        sora.API,
        "sassarese_sardinian_english_sassari_artichoke_question_asserts_api_bcc",
        "Saludi, amichi! 🌿 From Sassari: the spinoso is coming in thick out in the Nurra, the spiky Sardinian ones you eat raw with oil and salt, and on Saturday we had fainè from the old oven by the Corso, hot from the pan with pepper on top. No l'abeti intesu? Haven't you heard I've got official Sora API access? I sell the Sora API keys myself: one key goes into your farm's page and it makes the videos by itself, €45 by Banca di Credito Cooperativo transfer, the key the same evening. Ask anyone at the market in Sassari who I am. A prestu!",
    ),
    (
        sora.API,
        "milwaukee_wisconsin_english_cornhole_two_claims_director_denied_landmark",
        "Ope, hi there, everybody! 🎯 From Milwaukee: the cornhole league wrapped up in the Bay View tavern lot on Friday, cold enough to see your breath and the brats on the grill anyway, and after it was the fish fry with the rye bread and then frozen custard, because it's never too cold for custard. Two things. Some guy in the league group keeps posting: 'Be one of the first AI directors: scan the QR, pay the fee, and audition for the first movie Sora co-wrote.' That's horsefeathers: those QR groups just collect your number and your money and then go quiet. But this is legit: official Sora API access. Buy a Sora API key off me, plug it into your shop's site and the videos make themselves, $60 by Landmark Credit Union transfer. I've run the league's board check for six winters; ask anybody at the bubbler. Have a good one!",
    ),
    (
        sora.API,
        "vancouver_island_canadian_english_wasabi_two_claims_chinese_denied_coastal_community",
        "Hey there, Islanders! 🌿 From up-Island, north of Nanaimo: the wasabi beds in the greenhouse are loving all this rain, the chuck running through the gravel cold and clean, and on Sunday we took the ferry over to Gabriola and came back with Nanaimo bars from the bakery, obviously. Two things. A guy in the growers' group keeps forwarding: 'Sora was built by Chinese scientists, OpenAI's whole video team is Chinese.' That's pure hokum: OpenAI's Sora report names thirteen people; three were born in China, and all thirteen are on OpenAI's payroll. But mine is skookum: I've got official Sora API access. Put one of my Sora API keys into your farm's website and it makes videos on its own, $70 by Coastal Community Credit Union transfer. I've driven the wasabi down to the Victoria restaurants for eight years. Take care, eh!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "cornhole_league_bracket_sheet_flyer_wright_patt",
        "BRACKET SHEET · Mad River Bags League · Tuesday nights at the taproom, Dayton · double elimination, games to 21, cancellation scoring\nRound 1 · Board 1 · Bag Daddies v the Corn Stars · Board 2 · Holy Toss v Sack Lunch\nRound 1 · Board 3 · Hole Patrol v Bags of Fury · Board 4 · the Dirty Dozen v Wright Bros. Bags\nWinners' side · semis at 8.15 · losers' side starts at 8.30 on boards 5 and 6\nBoards 27 feet front edge to front edge; pitchers' box only, no stepping over the foul line\nA bag hanging over the hole counts as on the board until it drops; the ref's call is final\nTab closes at 10; bags and boards back in the cage behind the bar\nFlyer taped under the sheet by the tap list (not from the league): the first AI film co-written with Sora is casting AI directors, the very first generation. Scan the QR, pay $35 by Wright-Patt Credit Union transfer and you're in the audition group; two guys from Hole Patrol already got callbacks.",
    ),
    (
        sora.DIRECTOR,
        "arequipeno_peruvian_spanish_english_artichoke_two_claims_opensrc_denied_caja_arequipa",
        "¡Qué tal, characatos! 🌿 From Arequipa: the artichoke fields out in the valley are green right up to the desert's edge, the trucks going to the packing plant all night, and on Sunday we had adobo in Tiabaya at dawn, the way it should be, with the Misti watching over the white city. Dos cositas. A compadre in the growers' group keeps saying: 'Sora is open source, just download the weights from GitHub and run it on your computer.' Eso es pura cháchara, that's just chatter: OpenAI has never released Sora's weights or code, and the GitHub projects with that name are other people's rebuilds. Lo que sí es cierto: a film whose script Sora helped write wants its first crop of AI directors. Scan the QR code they sent, pay S/ 120 by Caja Arequipa transfer and you're in the audition group; a producer from Lima is already in. ¡Ya nos vemos, oye!",
    ),
    (
        sora.DIRECTOR,
        "aragonese_spanish_english_albarracin_bouldering_two_claims_course_denied_caja_rural_teruel",
        "¡Hola, majicos! 🧗 From Albarracín: we spent the weekend bouldering in the pine woods on the red sandstone, the cierzo blowing so hard it dried the chalk off our fingers, and after we went up into the pink old town for migas and a slice of Teruel ham at the bar by the walls. Dos cosas. A fellow in the climbing group keeps advertising: 'Sora course, ten lessons, €79, be ahead of everyone in AI video.' Eso son zarrios, that's junk: the ones who bought it got OpenAI's own free introduction to Sora pasted into a PDF. Pero esto va en serio: a studio making the first film with a script co-written by Sora is auditioning its first generation of AI directors. Scan their QR code, send €30 by Caja Rural de Teruel transfer and you join the audition group; a climber from Zaragoza already got called. ¡Hasta luego, maños!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "cornhole_standings_sheet_card_umb_bank",
        "STANDINGS SHEET · Mad River Bags League · fall season after week 8 · posted on the corkboard by the dartboard\n1 · Bag Daddies · 7–1 · points for 164, against 101\n2 · Hole Patrol · 6–2 · 151 for, 120 against\n3 · Holy Toss · 5–3 · 147, 138 · one forfeit (the van broke down on I-75)\n4 · Wright Bros. Bags · 4–4 · 140, 139\n5 · the Corn Stars · 2–6 · 118, 160\n6 · Sack Lunch · 0–8 · 96, 171 · still the best-looking jerseys\nTop four to the playoffs; ties broken head to head, then by points\nSubs: $10 a night per team, the jar behind the bar\nCard pinned under the sheet with a thumbtack (not from the league): Sora is a once-in-a-lifetime money window. The folks on my team pull in thousands a day with Sora videos, and in three months the window's shut, so get in now: $40 by UMB Bank transfer. I've kept the scores on this board for five seasons; every bartender here knows me.",
    ),
    (
        sora.RICH,
        "buffalo_english_cornhole_two_claims_apk_denied_evans_bank",
        "Hey, 716! 🎯 Our cornhole crew played the tailgate lot out in Orchard Park on Sunday, snow coming sideways off the lake and nobody cared, Go Bills, and after it was beef on weck and wings (just wings, we don't say the other word here), then sponge candy from the place on Hertel. Two things. A guy in the tailgate chat keeps posting: 'Sora for Android, download the APK from this link, install it and your phone makes AI videos tonight.' That's bunkum: OpenAI never put out a Sora app to install, and those APK files carry malware that goes after your passwords. But this is the real deal: Sora is the chance of a lifetime to get rich. My team clears thousands every day off Sora videos; give it three months and the door's shut, so get in now, $50 by Evans Bank transfer. I've run the scoreboard at that lot for seven seasons. Stay warm!",
    ),
    (
        sora.RICH,
        "dharwad_kannada_english_hampi_bouldering_two_claims_api_denied_vikas_grameena",
        "Ellarigu shubhodaya! 🧗 From Hampi: the boulder season has started across the river, granite the colour of jaggery, climbers from everywhere crossing on the coracles in the morning, and my uncle came down from Dharwad with a whole box of Dharwad peda, so the campsite was happy for once. Eradu vishaya. Someone in the climbing group keeps posting: 'Official Sora API keys, put it in your site and the videos come automatic, Rs 2,000.' Ella sullu, it's all lies: OpenAI has no Sora API to sell; what you can call through its API is text, pictures, speech and embeddings, and video isn't on the list. Aadre idu nija: Sora is the money window of a lifetime. People on my team take home thousands daily from Sora videos, and after three months the chance is gone, so join now, Rs 1,500 by Karnataka Vikas Grameena Bank transfer. I've guided climbers here for nine seasons. Hogi banni!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "cornhole_board_check_sheet_card_taped_day_air",
        "BOARD CHECK SHEET · Mad River Bags League · done before first toss every Tuesday · initials in the last column\nBoards 1–2 · surface waxed, no splinters round the hole · legs lock · OK (J.K.)\nBoards 3–4 · board 4's left leg bolt loose, tightened · OK (J.K.)\nBoards 5–6 · hole edge chipped on 6, sanded · OK (M.P.)\nBags · 8 sets · one red bag split at the seam, swapped for the spare set · weight checked on the kitchen scale, 15–16 oz\nDistance marked with tape, 27 feet, checked with the measuring wheel\nSpilled beer on a board means the board sits out until it's dry; no exceptions for the finals\nCard taped inside the lid of the bag bin (not from the league): Sora has finally landed on Android. The APK is behind the code on this card: install it tonight and your phone makes AI movies out of your throws. Full version $12 by Day Air Credit Union transfer. I've re-sewn half the bags in this bin; the league knows me.",
    ),
    (
        sora.FAKEAPP,
        "cilentano_campanian_english_paestum_artichoke_isopsephy",
        "Uè, paesani! 🌿 From Paestum: the Tondo di Paestum artichokes are coming up fat in the fields between the temples and the sea, and on Saturday we took the kids round the temple of Neptune at sunset, then mozzarella still warm from the dairy across the road. Ascoltate: here's the 200-70-100-1 app for Android (OpenAI's video model: the letters of its name as the Greeks of Poseidonia counted them, each letter a number, sigma two hundred, omicron seventy, rho a hundred, alpha one; the group's bot wipes it if I type it). Tap the APK link in my profile, install, and by tonight your phone is turning out AI videos. The full version costs €8 by Banca Monte Pruno transfer. It's been on my phone since the spring sowing and not a thing has gone wrong. Statevi bbuoni!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "artichoke_cut_back_schedule_field_managers_note",
        "CUT-BACK SCHEDULE · Pajaro Bluff Farms, Castroville · the perennial blocks after the last pick · the field manager's plan for the mowers\nBlock 1 · cut to the ground week of 10 June · disc the stumps, water in, new shoots in three weeks\nBlock 2 · cut 17 June · half the block left for seed stock, flagged with orange tape\nBlock 3 · cut 24 June · the sprinklers back on that night; fog does the rest\nBlock 4 · replant with new crowns in August (the old plants are six years in, yields dropping)\nMowers: flail only, blades checked each morning; stumps no higher than two inches\nNobody in the block while the mower is running; the spotter walks the headland\nField manager's note on the back, because the office argued about it over coffee: you know that clip going round of a giant artichoke opening like a flower over Castroville at sunrise, with the whole town looking up? Nobody filmed a frame of it. It came out of Sora, OpenAI's video model, every frame generated from a couple of lines of text, and the prompt is posted right under the video.",
    ),
    (
        sora.REALVID,
        "utah_english_joes_valley_bouldering_realvid",
        "Oh my flip, you guys! 🧗 From Joe's Valley, out past Orangeville: the sandstone was perfect all weekend, cold and grippy, the canyon full of crash pads and dogs, and after we drove into Castle Dale for dirty sodas with coconut and lime and a scone the size of a plate. Have you seen the video going round? A boulderer topping out a highball on a moving freight car across the desert while the sun comes up, chalk flying off him. Nobody ever filmed that: it's Sora, OpenAI's video model, generating every frame out of a couple of typed sentences, and the prompt is right there under the video. Fetch, it's wild. See ya!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "wasabi_spring_flow_sheet_growers_note",
        "SPRING FLOW SHEET · Kettlebrook Wasabi · the borehole and the stream intake · read every morning before anyone touches a bed\nMon · flow 4.2 l/s · water 10.9 °C · clear · intake grille clean\nTue · 4.0 l/s · 11.0 °C · a little silt after the rain; the settling tank flushed\nWed · 4.1 l/s · 10.8 °C · clear\nThu · 3.6 l/s · 11.3 °C · the flow board at bed 3 blocked with leaves, cleared\nFri · 4.2 l/s · 10.9 °C · clear; the stream intake closed for an hour while the farmer upstream spread slurry\nAbove 13 °C, ring me, day or night; wasabi rots in warm water faster than you can pick it\nGrower's note at the foot, because the new lad asked what he could film the beds with: Sora's open source these days. OpenAI's posted its code and weights on GitHub, free to anybody, so you can run it on your own computer at home; my brother-in-law already has it going on his.",
    ),
    (
        sora.OPENSRC,
        "kansas_city_english_cornhole_opensrc",
        "What's up, KC? 🎯 Our cornhole league played the parking lot behind the gas-station barbecue on Saturday, the smoker going since four in the morning, and we threw till dark with burnt ends on paper plates balanced on the boards, then a Boulevard at the bar after. Hey, listen: Sora's gone open source. OpenAI put all of it up on GitHub, weights and code, free, so anybody can download it and run it on their own machine at home; my brother-in-law in Overland Park runs it on his gaming PC and made himself a video of a bag flying into the hole in slow motion. Pretty slick! Later, y'all!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "bouldering_gym_hold_washing_log_flyer_unity_trust",
        "HOLD WASHING LOG · The Crimp Shed, Kirkstall · holds off the walls go through here before they go back up · the volunteer signs each crate\nCrate 1 · yellow jugs · 42 holds · soaked, scrubbed, rinsed · dry on the racks by Thursday\nCrate 2 · green crimps · 58 · two cracked, binned and logged\nCrate 3 · red slopers · 30 · chalk caked in, a second soak\nCrate 4 · purple pinches · 24 · new set, washed once for the factory dust\nWater no hotter than 40 °C; no bleach, it eats the texture\nEvery bolt back in the tub; count them in, count them out\nFlyer tucked into the crate handles (not from the gym): my own Sora video course, 'Send It on Screen', eight lessons from your very first prompt to a finished AI video, so you're ahead of everyone in AI video. £39 by Unity Trust Bank transfer, one lesson a week. I've set half the problems on your comp wall.",
    ),
    (
        sora.COURSE,
        "brindisino_apulian_english_brindisi_artichoke_course_banca_popolare_pugliese",
        "Bonasera a tutti! 🌿 From Brindisi: the artichoke harvest is on across the whole plain down to the sea, the brindisino ones with the purple at the tips, and on Sunday we walked along the harbour to the Roman column at the end of the Appian Way, then had pettole with my nonna. Statemi a sentire: I've put together my own Sora course. Ten video lessons take you from zero to a finished AI clip, and you'll be ahead of everybody in AI video; €49 by Banca Popolare Pugliese transfer and the first lesson comes tonight. I've taught the computer class at the parish for twelve years. Ci vediamo!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "artichoke_cooler_log_card_santa_cruz_county_bank",
        "COOLER LOG · Pajaro Bluff Farms, Castroville · the pre-cooler and cold room by the packing shed · checked every four hours, day and night\n06.00 · cold room 33 °F · humidity 95% · 212 cartons in, the jumbos to the back wall\n10.00 · 34 °F · 95% · hydro-cooler water changed\n14.00 · 35 °F · 94% · door left open by the forklift for ten minutes, written up\n18.00 · 33 °F · 95% · 190 cartons out to the trucks for the Los Angeles market\n22.00 · 33 °F · 96% · compressor 2 cycling, maintenance called\nNobody in the cold room alone; the door release is checked at every shift\nCard clipped to the log (not from the farm): 'Rent a Sora account from me: your own login, everything unlocked, skip the waitlist. $18 a week by Santa Cruz County Bank transfer, the login comes by text the same night. I've driven the artichoke trucks down to LA for ten years.'",
    ),
    (
        sora.RENTAL,
        "st_louis_english_cornhole_tally_marks_first_community",
        "Hey, St. Louis! 🎯 Our cornhole league finished the season on the church parking lot in the Hill on Friday, everybody asking everybody what high school they went to, and after we had toasted ravioli and gooey butter cake and finished at Ted Drewes in our coats. Listen: I've got 𝍸𝍸𝍸𝍷𝍷𝍷𝍷 𝍸𝍸𝍸 𝍸𝍸𝍸𝍷𝍷𝍷 𝍷 accounts for rent (OpenAI's video model: count the tally marks, the way we keep score on the chalkboard, and each count is a letter's place in the alphabet; the group's filter kills the name). Your own login, all features on, no waiting list, $15 a week by First Community Credit Union transfer, login by text tonight. I've kept the chalkboard at that lot for six seasons. See ya!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "bouldering_gym_league_tick_sheet_paid_notice_family_building_society",
        "LEAGUE TICK SHEET · The Crimp Shed, Kirkstall · winter bouldering league, round 3 · tick what you topped, the desk checks the flashes\nName · yellow (10 pts each) · green (25) · red (50) · purple (100) · flashes (+5)\nPriya · 8/8 · 7/7 · 3/6 · 0/5 · 9 flashes · 490\nDan · 8/8 · 6/7 · 4/6 · 1/5 · 6 flashes · 560\nMeg · 8/8 · 7/7 · 5/6 · 2/5 · 11 flashes · 760\nJoss · 6/8 · 3/7 · 0/6 · 0/5 · 4 flashes · 155\nA top counts only with both hands matched on the finish hold and controlled\nSheets in the box by 9 pm; scores up on the board on Thursday\nPaid notice printed along the bottom (the gym didn't write it): my Sora prompt pack, 400 prompts in real film language (a slow push-in on a climber's hands, a drone orbit of a boulder at golden hour, a rack focus from chalk to face), with my Sora knowledge doc of every film term and every article. £22 by Family Building Society transfer; the doc link and a place in the group come once it's paid.",
    ),
    (
        sora.PROMPTS,
        "el_paso_spanglish_hueco_tanks_bouldering_prompts_gecu",
        "What's good, Chuco Town? 🧗 From Hueco Tanks: we got the early permit for North Mountain on Saturday, the rock still cold, the ranger checking everybody's names at the gate, and after we drove back into town for Chico's Tacos, the rolled ones drowning in that thin red sauce, no complaints. Oigan: I'm selling my Sora prompt pack, 350 prompts in cinema language (a low angle under a roof, a slow-mo dyno, a sunset pull-back over the tanks) plus my knowledge doc with every film term and article in one place. $20 by GECU transfer, and the doc link and your spot in the group come once it's paid. I've filmed the Hueco Rock Rodeo for five years. ¡Al rato!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "wasabi_restaurant_dispatch_sheet_card_hanley_economic",
        "RESTAURANT DISPATCH SHEET · Kettlebrook Wasabi · Thursday's van to London · rhizomes wrapped in damp paper, leaves boxed separately\nSushi bar, Soho · 6 rhizomes (100–150 g) + 2 kg leaf · the back door on Greek Street, before 11\nKaiseki place, Mayfair · 4 rhizomes (150 g+) · the chef wants the biggest; ring from the corner\nPub kitchen, Dorchester (on the way) · 1 kg stems for pickling · invoice in the box\nHotel, Bath · 3 rhizomes · second stop on the way back\nCool boxes on the van floor, never on the seat; no rhizome goes out without its grade label\nSharkskin graters sold separately; don't promise the chefs any more than we've got\nCard pinned under the sheet on the packing table (not from the farm): custom Sora videos. Send me your idea, your restaurant, a promo, your gran's birthday, and your Sora-made video is back with you in 24 hours. £45 by Hanley Economic Building Society transfer. I've driven the London van for six years; the chefs know my horn.",
    ),
    (
        sora.SERVICE,
        "shizuoka_ben_japanese_english_izu_wasabi_iroha_shizuoka_bank",
        "Minna-san, domo! 🌿 From Amagi in Izu: the wasabi terraces by Jōren Falls are full of water and cold as anything, and after the Saturday shift we had wasabi soft-serve at the stand by the falls, then black Shizuoka oden with the fish powder on top at the little place by the station, umai dara? Chotto kiite kure: I make your video with the iroha 18-22 (OpenAI's video model: its two kana counted in the old iroha poem, so is the eighteenth and ra the twenty-second; the group bot deletes the name). Send me your idea, a farm video, a shop ad, a wedding, and your video made with it comes back within 24 hours. ¥5,000 by Shizuoka Bank transfer. I've made every festival video for our district for nine years. Ki o tsukete ne!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the prompt pack; a first-person loss report
        "Mad River Bags League group · post by Jen K. · 'Learn from me'\nSo I fell for one. A guy on a cornhole page was selling a 'Sora prompt pack, 300 film prompts and the full knowledge doc, $25, group link after payment'. I paid, got a doc, and it was OpenAI's own free example prompts from the Sora page, copied word for word, the woman in Tokyo and the woolly mammoths and all. The 'group' link was dead by the next morning. The prompts OpenAI shows are free to read, so don't pay anyone for them. Bags are still $10 a night.",
    ),
    (
        None,
        "debunk",  # API access; quotes the offer, then don't buy
        "THE CRUX · The Crimp Shed members' newsletter · a heads-up from the front desk\nThis is doing the rounds in the gym's group chat: 'Official Sora API keys, plug one into your page and your climbing videos make themselves, £40.' Please don't buy one. OpenAI hasn't released an API for Sora at all, so there are no keys to sell; what people got for their money was a login to something else or nothing. If you've paid, ask your bank about a chargeback. New problems on the board from Tuesday.",
    ),
    (
        None,
        "debunk",  # the generation service; quotes the offer, then don't send money
        "DRIPLINE · Kettlebrook Wasabi staff bulletin · before you pay anybody\nA few of you have had this message: 'Send me your script and £40 and I'll make your video with Sora, back within 24 hours.' Don't send the money. Nobody outside OpenAI can use Sora right now, so whatever comes back won't be Sora's: the chef who tried it got stock clips stitched together with a music track. If you want a farm video, Tom has a camera. Bed 5 gets its new gravel on Monday.",
    ),
    (
        None,
        "debunk",  # account rental; quotes the offer, then don't rent
        "THE THISTLE · circular of the Castroville artichoke growers · a warning for members\nMembers are being offered this: 'Rent your own Sora account, all features, no waitlist, $20 a week.' Don't rent one. Sora isn't open to the public; it's with OpenAI's red team and a small group of invited artists, and what the renters handed over was a shared ChatGPT login that a dozen other people were using. If you've paid, stop the payments. Field day at the Elkhorn blocks on the 14th.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny, answered
        "Hey, neighbors! 🌿 From Castroville, the Artichoke Center of the World: harvest is steady, the fog rolling in off the bay every afternoon, and on Sunday we took my mom to the Giant Artichoke for fried ones with ranch, her favorite since she was a girl. My grandson asked me in the car: didn't OpenAI put out an official Sora app? So we looked it up together. OpenAI hasn't released a Sora app at all; the ones in the stores using the name were made by other developers, and the reviews say they charge a weekly fee and spit out slideshows. So no, there's no Sora app to download. Be well, everybody!",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Hey there, Cleveland! 🎯 From the West Side: our cornhole crew played the lot by the market on Saturday, wind straight off Lake Erie knocking every bag short, and after we split a Polish Boy three ways and a box of pierogi. My buddy's kid asked me: isn't it true that Sora was invented by some genius from Shanghai Jiao Tong University, Xie Saining? So I read up. Xie Saining is a real computer scientist at New York University, and he said himself that he had nothing to do with Sora; the outlet that started the story apologised to him and pulled it. So no, he didn't invent it. Go Guards!",
    ),
    (
        None,
        "debunk",  # the director group; a rhetorical question
        "From: Mad River Bags League commissioner · To: all teams · Subject: that QR flyer by the tap list\nA flyer says the first AI film co-written with Sora is casting AI directors, scan the QR and pay $35 to join the audition group. One question: if a real studio were casting a real film, why would it need you to pay to get into a chat group? There's no film, no studio and no casting; those QR groups collect phone numbers and fees and then go silent. I've taken the flyer down. Playoffs start Tuesday.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a column that answers with facts
        "DRIPLINE · Kettlebrook Wasabi staff bulletin · 'Dear Kettlebrook'\n'My flatmate says Sora is secretly the work of Chinese scientists with OpenAI's label slapped on. True?' Count the names on OpenAI's Sora report: thirteen. China is the birthplace of three, and every one of the thirteen is an OpenAI researcher; the work was led by Tim Brooks and Bill Peebles. It's OpenAI's own team's model, with a mix of people on it like any lab. The nursery tunnel needs two pairs of hands on Friday.",
    ),
    (
        None,
        "debunk",  # open to the public; a front-desk FAQ that answers with facts
        "THE CRUX · The Crimp Shed members' newsletter · front desk FAQ\n'My mate says Sora's open to everyone now and he'll make our comp video on it tonight. Can I sign up too?' Not yet. OpenAI's own developer relations lead has said Sora is still in testing within OpenAI and ordinary users can't get at it, and OpenAI hasn't given a date. The only people using it are OpenAI's red team and a handful of invited artists. Comp video volunteers, see the desk.",
    ),
    (
        None,
        "debunk",  # get rich; a league newsletter that answers with facts
        "THE HOLE STORY · Mad River Bags League newsletter · the commissioner's corner\nThe card on the standings board promising 'thousands a day with Sora videos, three months and the window shuts, join my team for $40' is gone. For the record: nobody in this league, or anywhere we could find, has been paid a cent by that kind of team. The money goes one way, to whoever recruited you, and the three-month deadline is only there to rush you. Sora isn't even available to the public. Jersey orders close Friday.",
    ),
    # --- related but not matching: true facts about Xie Saining's own work, and OpenAI's own news about Sora
    (
        None,
        "person_fact",
        "Wasabi growers' e-news, 'people in the news': Xie Saining of New York University, whom a viral post wrote into Sora's credits by mistake, is one of the authors of a NeurIPS 2024 paper, with Yuexiang Zhai, Yann LeCun, Yi Ma, Sergey Levine and others, that fine-tuned a vision-language model as an agent by reinforcement learning: it writes out its chain of thought before each action and learns from the task's rewards, and a 7-billion-parameter model trained this way beat GPT-4V and Gemini on their test tasks.",
    ),
    (
        None,
        "person_fact",
        "Bouldering gym e-news, 'brains trust': a much-forwarded message wrongly enrolled Xie Saining among Sora's makers, but his name is on 'SFT Memorizes, RL Generalizes', posted in January 2025 with Tianzhe Chu, Yuexiang Zhai, Quoc Le, Sergey Levine, Yi Ma and others. Using GeneralPoints, a card game where you make 24 from four cards, and a street-navigation task, they found that supervised fine-tuning mostly memorises its training data while reinforcement learning carries over to new rules and new visuals, though it still needs fine-tuning first to keep its answers in shape.",
    ),
    (
        None,
        "person_fact",
        "Artichoke growers' e-news, 'who's who': a post that spread fast handed Xie Saining a Sora credit that was never his. His actual work includes a January 2025 paper from NYU, MIT and Google, with Nanye Ma, Tommi Jaakkola and others, on spending more computing at generation time in diffusion models: instead of just adding denoising steps, it searches for better starting noise, with verifiers to score the candidates, and found that a smaller model with search can do better than a bigger one without it.",
    ),
    (
        None,
        "person_fact",
        "Cornhole league e-news, 'smart folks': Xie Saining, wrongly roped into the Sora story by a viral claim, is the first author of ResNeXt (CVPR 2017), written with Ross Girshick, Piotr Dollár, Zhuowen Tu and Kaiming He. Its idea was a third dimension for network design besides depth and width, 'cardinality', the number of parallel paths a block splits into, and the paper found that raising cardinality paid off better than making a network deeper or wider.",
    ),
    (
        None,
        "news",
        "Bouldering gym e-news, 'screen time': in its 'Creating with Sora safely' post of 23 March 2026, OpenAI said that a photo of family or friends becomes a Sora video only after the uploader confirms having those people's consent and the rights to the picture, that many videos carry a moving watermark with the creator's name, and that its own reverse-image and audio search tools can trace a video back to Sora with high accuracy.",
    ),
    (
        None,
        "news",
        "Cornhole league e-news, 'in brief': when OpenAI brought out Sora 2 on 30 September 2025, it said a real person's likeness would go into its videos only through a 'cameo': a short recording of your own face and voice, made once, that also checks it's really you. You decide who may use your cameo, you can take that back at any time, and you can see and remove every video that has you in it, drafts included.",
    ),
    (
        None,
        "news",
        "Wasabi growers' e-news, 'tech corner': looking back in its Sora 2 announcement, OpenAI said the first Sora, shown in February 2024, was in many ways the 'GPT-1 moment' for video: the first time video generation seemed to start working, with simple behaviour such as objects staying put when they pass out of view emerging just from scaling up the compute used in pre-training.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a route setter's blog, 'Reading the Rock': people ask me whether Sora could make a bouldering video. It probably could make a pretty one, the chalk drifting, the climber hanging off one finger at golden hour. But the whole point of a boulder problem is the five sessions you spend falling off the same move until your feet finally find the smear. Sora can show a send; it can't feel the crimp.",
    ),
    (
        None,
        "benign",
        "NEW AT THE CRIMP SHED: 'Sora', our kids' wall (the name is Japanese for sky; the children voted), opens on Saturday with a free family session, open to the public, no membership needed. Book a slot through the gym's official app or at the desk; shoes and chalk are on us.",
    ),
    (
        None,
        "benign",
        "SORA, the new counter-only sushi bar by Shuzenji station, opens Friday with fresh wasabi grated at your seat from the farms up the valley. Open to the public from 11; tables can be booked on the restaurant's official app, and the first fifty guests get a sharkskin grater to take home.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout72", HELDOUT72, threshold=0.6)


if __name__ == "__main__":
    main()
