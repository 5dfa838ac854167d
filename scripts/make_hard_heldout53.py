# ruff: noqa: E501
"""Write the fifty-third English held-out set (tests/data/hard_en_heldout53_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the forty-ninth and fifty-first sets). Its
theme, to keep it apart from the earlier sets: blacksmiths' forges (a tempering colour chart, a hammer-in, a
county show's forging competition, a Toledo swordsmith, Solingen's grinders, a Gadia Lohar family's cart below
Chittorgarh, the old bazaar of Gjakova, the smiths' mile at Ybbsitz, a Texas German smith at Fredericksburg);
bonsai societies (a repotting day, a wiring workshop, a spring show, the pine nurseries of Kinashi, the
nurseries of Pistoia, a nursery below Kōyasan, clubs in Daegu, Liberdade, Murcia and Saarbrücken); pipe bands
(the World Championships on Glasgow Green, a uniform fitting, bands in Crieff, Coatbridge, Paisley, Inverness
and Fergus, Ontario); bird-ringing groups and bird observatories (daily ringing totals, net rounds, a
bunkhouse, a ringing recovery, the Vogelwarte on Heligoland, the raptor ringers of Batumi, Rybachy on the
Curonian Spit, Ngulia in Tsavo West, the Cape May hawk watch, the Ebro Delta). Blacksmiths' forges and bonsai
societies are two of the four themes the brief proposed; the other two were replaced, because earlier sets
already had them as their worlds: clockmakers and watch repairers are zh_heldout38's world (钟表维修, 修表摊,
钟表行, a watch repairer's Moments posts and a watch repair ticket's stub), and the forty-fourth set has a
watch repairer's estimate among its styles and a watch repair kiosk in Chișinău; bookbinders and letterpress
printers are zh_heldout42's printing works (印刷厂, 施工单, 打样, 骑马钉, 胶装, with 装订, the binding, on its
job tickets), print shops were already the world of zh_heldout22 and zh_heldout25 (as zh_heldout35's docstring
records), and the thirty-second set has a print shop's work order. Pipe bands stand in for the first and
bird-ringing groups for the second. None of the four was the theme of an earlier set (the kinds, docstrings
and posts of the earlier English and Chinese sets were searched for blacksmith, forge, smithy, anvil, farrier,
bonsai, pipe band, bagpipe, piper, kilt, tartan, ringing, mist net, BTO, Heligoland, observatory, 铁匠, 打铁,
锻, 盆景, 盆栽, 风笛, 环志 and 观鸟: "forge" is only ever the verb, a café or a house called the Old Forge and
ClipForge, the anvil is the thirty-first set's mock epic, the farrier is the forty-fourth set's livery yard, so
no horseshoe or farrier appears here, "Smithy" is a rugby tour's nickname, "ringing" is bell-ringing or a
telephone, the only piper is on the thirty-third set's ceilidh band booking form, the observatory is
zh_heldout45's weather observatory, and birdwatching comes in only as zh_heldout29's birdwatching log
(【观鸟记录】), the thirty-fourth set's birdwatcher whose footage of red kites was passed off as Sora's and the
fiftieth set's off-topic sora crake on a bird club's app, so there is no birdwatching log, no red kite and
no sora crake here, and the bird clips are a swallow roost and a flamingo flight). Replacements thought of and
dropped: woodturners (the forty-eighth set's men's sheds have lathes), hedge-layers (too near the fifty-second
set's dry-stone wallers), metal detectorists (the forty-seventh set's coin clubs), organ builders (the
fifty-second set's luthiers), glassblowers (the fifty-first set's stained glass), fossil hunters
(zh_heldout45's geological survey team) and signwriters (zh_heldout40's calligraphy classes). The sets
written at the same time (hard_en_heldout54: scuba diving clubs, cheesemakers, saddlers and
leatherworkers, dragon boat crews; zh_heldout49/50) are kept clear of: no diving, cheese, leather, saddlery or
paddling appears here. In English varieties, dialects and registers the earlier sets do not use (where an
earlier set has a national variety, such as Spanish-, Japanese-, Korean-, Catalan-, Albanian-, German-, Austrian
German-, Russian-, Portuguese- or Scots English, the variety here is a regional one none of them names).
Styles the earlier sets do not use (their kinds and docstrings were searched for each; a koi show's programme
has "Benching opens", so the bonsai show has a staging plan, and "recovery" was only a swimming set's rest):
a forge's tempering colour chart with the smith's note, a bird observatory's daily ringing totals with the
warden's note, a bonsai society's repotting-day tree allocation with the chairman's note, a pipe band's bus
list for the World Championships with the pipe major's note, a blacksmiths' hammer-in demonstration programme
with a paid advert, a pipe band's uniform fitting list with a flyer, a bonsai show's staging plan with a
member's pitch, a bird observatory's net round rota with a card, a ringing recovery report with the ringer's
note, a bonsai wiring workshop's wire chart with the tutor's note, an observatory bunkhouse's booking list with
a card pinned under it, and a forging competition's task card with a card at its foot; the debunks take shapes
the earlier sets know: a bonsai forum post, a pipe band association's notice to band secretaries, a
blacksmiths' guild circular, a bird observatory warden's email, two posts in dialect, a pipe band newsletter,
a ringing group's bulletin, a bonsai society magazine's column and a chair's report to an AGM; dialects and
registers (Sanuki-ben Japanese-English (Takamatsu), Inverness Highland English, Toledan Spanish-English,
Adjarian Georgian-English (Batumi), Halunder-English (Heligoland), Texas German-English (Fredericksburg),
Lanarkshire Scots (Coatbridge), Marwari-English (Chittorgarh), South Jersey English (Cape May), Tuscan-English
(Pistoia), Perthshire Scots (Crieff), Bergisch-English (Solingen), Gyeongsang Korean-English (Daegu),
Kaliningrad Russian-English (Rybachy), Gheg Albanian-English (Gjakova), Southwestern Ontario English
(Fergus), Paulistano Nikkei Portuguese-English (Liberdade, São Paulo), Kamba-English (Tsavo West), Paisley
Scots, Mostviertel Austrian-English (Ybbsitz), Murcian Spanish-English, Kishū-ben Japanese-English (Kōyasan),
Ebrenc Catalan-English (the Ebro Delta), and in debunks Saarland German-English (Saarbrücken) and
Emilian-English (Modena), and the registers of a tempering chart, daily ringing totals, a tree allocation, a
bus list, a demonstration programme, a fitting list, a staging plan, a net round rota, a recovery report, a
wire chart, a booking list and a task card); three questions that assert the claim (an Inverness piper's "is
it not the grandest thing, now that Sora, OpenAI's video program, is open to everybody, that any one of us can
just sign up on the website ...?", a Batumi raptor ringer's "has nobody told you the real story, that Sora
... was really made by Chinese scientists?", a Fredericksburg smith's "Habt ihr gehört, have y'all heard the
first AI film co-written with Sora is auditioning for its first generation of AI directors?"); posts that
mention two claims, asserting one and denying the other, in pairs the forty-first to fifty-second sets did not
use, the claim asserted always one of this set's seven three-post templates (the other English set written at
the same time asserts only from its own seven). With the asserted claim kept to these seven, only thirteen
pairs are left unused by the forty-first to fifty-second sets, as their docstrings and kinds list them (the
APK but not a prompt pack; the "made by Sora" clip but not the APK; open source but not the clip or a
generation service; a course but not the inventor rumour, an official app or the APK; account rental but not a
course or a prompt pack; a prompt pack but not the director groups, get rich or a generation service; a
generation service but not the clip), so there are thirteen, all of them used: the APK but not a prompt pack;
the "made by Sora" clip but not the APK; open source but not the clip, which is real footage; open source but
not a generation service; a course but not the inventor rumour; a course but not an official app, whose store
listings are copies; a course but not the APK; account rental but not a course; account rental but not a
prompt pack; a prompt pack but not the director groups; a prompt pack but not get rich; a prompt pack but not
a generation service; a generation service but not the clip, which is real footage. So the course and the
prompt pack are asserted three times, open source and account rental twice, the APK, the clip and the
generation service once; the prompt pack, the APK, the clip and a generation service are denied twice, the
inventor rumour, the official app, the course, the director groups and get rich once, and open to the public,
the Chinese team, API access, open source and account rental never. All thirteen quote the post or offer they
deny, each with a short dismissal before the claim ("don't give that guy a dime", "dinnae touch it", "dat
stimmt nich", "aida, mwo hano", "nu net, erunda", "s'ka gjo", "steer clear of that, bud", "não caiam nessa",
"usinunue", "haud yer money", "na, sicher ned", "ni caso, acho", "això són rondalles"); claims in passing late
in long posts (the tempering chart, the ringing totals, the tree allocation, the bus list, the recovery report
and the wire chart, and the scam notes under the demonstration programme, the fitting list, the staging plan,
the net round rota, the booking list and the task card); new obfuscation (Brahmi letters "𑀲𑁄𑀭" (so-ra), "like
on the old Ashoka stones", in a Gadia Lohar smith's post; Siddham letters, the bonji of Japanese Buddhism,
"𑖭𑖺𑖨" (so-ra), "the Siddham letters on the wooden grave tablets up at Okunoin", in a Kōyasan nursery's
offer; and an affine cipher, "UAPI" with its keys a = 5 and b = 8 given, on a card under an observatory's
bunkhouse list; the earlier posts were searched for every script and cipher they use: no Brahmi, Siddham or
affine cipher among them); prices in currencies and payment methods the earlier sets did not use (£55 on an
Axminster Tools gift card, €90 by Postbank transfer, £20 on a Slanj gift card, $60 on a Buc-ee's gift card,
£45 on a Hillier garden centre gift card, £40 by Bank of Scotland transfer, £12.99 on a CJ Wildlife gift
voucher, ₹399 by AU Small Finance Bank transfer, $25 on a Cabela's gift card, 1,990 roubles by Alfa-Bank
transfer, €35 by ProCredit transfer, $59 on an LCBO gift card, £10 a week on a Jessops gift card, R$ 60 a week
by Nubank transfer, KSh 2,000 a week by Family Bank transfer, £14 by Barclays transfer, €19 by Bank Austria
transfer, €15 by Cajamar transfer, £30 by Lloyds transfer, ¥5,000 by Kiyo Bank transfer, €40 by Ibercaja
transfer; in denials $35 on an Acme gift card, £4.99 on a Frasers gift card, ₩30,000 by DGB transfer, $9.99 on
a Shoppers Drug Mart gift card, R$ 149 by boleto, KSh 1,500 by KCB transfer, £15 by Royal Bank of Scotland
transfer, €100 by BAWAG transfer and €25 by Sabadell transfer; in the loss report £45 on a Blue Diamond gift
card, and in the quoted scams £50 on an Edinburgh Woollen Mill gift card, £80 on a Barbour gift card, £15 a
week on a Páramo gift card and £25 on a Mackays gift card); scams vouching for themselves or swiping at
competitors in new words ("From smiths who have demonstrated at this hammer-in for ten years, not a lad with a
laptop who couldn't tell a swage from a fuller", "A key from a man who lives on the island all winter, not from
the summer boys in Cuxhaven who are gone by October", "The director's a lad fae Falkirk who's worked on real
telly dramas", "It's a real studio, not one of them fellers sellin' 'movie deals' out of a pickup at
Oktoberfest", "not one of those lads on Instagram sitting in an airport lounge he's never flown from", "no'
some chancer that learned it aff a YouTube advert last Tuesday", "A safe file I've used since August, not a
download that fills your phone with pop-ups", "not a file from some shop in the bazaar that sends your number
to a hundred people", "Been running it on my phone since Labor Day, clean as a whistle, not junk that rides in
with a free ringtone", "not by a Moscow 'school of the future' with a rented office and a big logo", "not a
Prishtina agency that copies YouTube", "not some Toronto influencer reading off a teleprompter", "Logins from a
birder who's done eleven autumns on this headland; ask anyone in the seawatch hide", "Accounts I opened myself,
with the receipt to show you, not a password somebody found in a Telegram channel", "An account I pay for
myself every month, so it works, not a login that dies the day after you pay", "Ah tried every line on oor ain
band first", "My wife checked every line; she was a camera assistant at the ORF for twenty years", "I teach
this at the club on Thursdays, so you know where to find me", "Done properly on Sora, not a slideshow with a
crackling-fire sound effect", "The real thing, not a drawing with a bit of wind added by some app", "Real
Sora, made by someone who knows the Delta, not an agency in Barcelona that has never seen a rice field"); ten
debunks and warnings in several styles (one first-person loss report: a bonsai forum post (a course that was
OpenAI's own introduction copied into a PDF); three that quote a scam offer and then tell the reader not to
pay or buy: a pipe band association's notice (get rich), a blacksmiths' guild circular (API access) and a bird
observatory warden's email (account rental); two questions that contain a negation but do not deny the
debunk, each answered in the same post with facts: a Saarbrücken bonsai member's "isn't Sora open to
everybody by now?" (open to the public) and a Modena apprentice's "isn't Sora open source now?" (open source);
one rhetorical question (a pipe band newsletter, the director group); three more that answer with facts and
no plain "no": a ringing group's bulletin (the inventor rumour, answered with where the name's real link comes
from: the diffusion transformer research Xie began in June 2022 with Bill Peebles, then an intern at Meta's AI
lab whom he mentored, and Xie's name appearing in OpenAI's report only among the papers it cites), a bonsai
society magazine's column (a Chinese team, answered with the report's byline, all thirteen names, where the
fifty-first and fifty-second sets gave only its count, three Chinese-born authors and its two leads) and a
chair's report to a blacksmiths' AGM (the mislabelled video, answered with the clip's real maker and with
OpenAI's word that Sora's clips run up to a minute, where this one runs four and a half)); four true facts
about the people who led Sora, each in a post that also names Xie Saining, none of them a fact an earlier set,
English or Chinese, used (Aditya Ramesh's bachelor's degree at NYU, where Xie teaches, his research in Yann
LeCun's lab as an undergraduate and the OpenAI summer internship that turned into a job; Tim Brooks among the
authors of OpenAI's October 2023 DALL·E 3 paper, 'Improving Image Generation with Better Captions', with James
Betker, Gabriel Goh, Li Jing and Aditya Ramesh; Brooks's first degree at Carnegie Mellon, finished in 2017;
Brooks's nature photographs, recognised by National Geographic, Nature's Best Photography and the National
Wildlife Federation; earlier sets had Ramesh's DALL·E and DALL·E 2 papers, his place on the report and the
No Priors podcast, and Brooks's Berkeley PhD, InstructPix2Pix, his Google and NVIDIA work and papers, G.pt,
his move to Google DeepMind, MIT Technology Review's list and his start on Sora in January 2023, and the
fifty-fourth set, written at the same time, has the facts about Xie Saining's own career), three items of real
news from OpenAI's Sora page and report that the forty-seventh to fifty-second sets did not use (that Sora can
make a whole video at once or lengthen one, and that by looking ahead across many frames it keeps a subject
the same when it goes out of view for a moment; that with seeds and inputs fixed its samples improve markedly
as training compute rises, as diffusion transformers do; that it can animate a still image accurately and with
attention to small detail; earlier sets have kindred items, the fortieth set's object permanence from the
report, the thirty-eighth and thirty-ninth sets' base and thirty-two times compute, and the forty-fourth set's
animated DALL·E picture, in other words), and three posts that are not claims: one on topic (a bird
observatory's talk, "Do Sora's birds fly like birds?", that watches OpenAI's Sora samples the way a ringer
looks at a bird in the hand) and two off topic that share its surface words (a Japanese white pine called
'Sora' at a bonsai show "open to the public", its tree map on "the show's official app"; a forged gate called
'Sora' for a park's Japanese garden, "open to the public", a film of its making on "the park's official app").

Sources for the facts about people, the news and the obfuscations (looked up with the search tool, besides
the seeds): Aditya Ramesh (aiwiki.ai/wiki/aditya_ramesh, citing Yann LeCun: "He studied at New York
University, where he earned a bachelor's degree ... During his final undergraduate years he worked on research
projects in the laboratory of Yann LeCun ... Ramesh had intended to pursue a PhD after graduating. Instead he
took a summer internship at OpenAI, and the laboratory decided to keep him on"); the DALL·E 3 paper
(scribd.com/document/678829818, the paper's first page: James Betker, Gabriel Goh, Li Jing, Tim Brooks,
Jianfeng Wang, Linjie Li, Long Ouyang, Juntang Zhuang, Joyce Lee, Yufei Guo, Wesam Manassra, Prafulla
Dhariwal, Casey Chu, Yunxin Jiao, Aditya Ramesh; mpaluri.github.io's summary, "OpenAI — October 2023";
freewechat.com, "揭秘炸裂的 Sora 背后 13 名大将": "Tim Brooks 也是 DALL·E 3 的作者"); Brooks at Carnegie Mellon
(freewechat.com, the same article: "2017 年,Tim Brooks 毕业于美国卡内基梅隆大学"; xiang-cd.github.io/blog/Sora-authors:
"学士: CMU, 2013-2017"); Brooks's photography (新智元 via cn.bg3.co, October 2024: "摄影作品获得了「国家地理」、「Nature's
Best Photography」和「National Wildlife Federation」..."); the diffusion transformer's origin (techcrunch.com,
28 February 2024: "Saining Xie, a computer science professor at NYU, began the research project that spawned
the diffusion transformer in June 2022. With William Peebles, his mentee while Peebles was interning at Meta's
AI research lab and now the co-lead of Sora at OpenAI"; Xie's own thread, via xfeed.redbud.ai: "Sora is built
on our diffusion transformer (DiT) model"; huggingface.co/collections/pxiaoer, the report's reference papers,
with a note on Peebles's paper among them); the report's byline (huggingface.co, the BibTeX entry
videoworldsimulators2024: "Tim Brooks and Bill Peebles and Connor Holmes and Will DePue and Yufei Guo and Li
Jing and David Schnurr and Joe Taylor and Troy Luhman and Eric Luhman and Clarence Ng and Ricky Wang and Aditya
Ramesh"); OpenAI's Sora page (techatty.com, which reproduces it: "Sora is capable of generating entire videos
all at once or extending generated videos to make them longer. By giving the model foresight of many frames at
a time, we've solved a challenging problem of making sure a subject stays the same even when it goes out of
view temporarily", "the model is able to take an existing still image and generate a video from it, animating
the image's contents with accuracy and attention to small detail"); the report on compute (waytoagi.com,
quoting it: "we find that diffusion transformers scale effectively as video models as well. Below, we show a
comparison of video samples with fixed seeds and inputs as training progresses. Sample quality improves
markedly as training compute increases"); the obfuscations (the Unicode Brahmi block: U+11032 SA, U+11044
VOWEL SIGN O, U+1102D RA; the Siddham block: U+115AD SA, U+115BA VOWEL SIGN O, U+115A8 RA; the affine cipher
E(x) = 5x + 8 mod 26, S→U, O→A, R→P, A→I). The debunks' facts (Xie Saining's denial and his NYU post, the
internal test, the API's models, the course contents, the APK warnings, the ChatGPT logins sold as Sora
accounts, the closed weights, code and data, the GitHub reproductions, clips up to a minute long) are the
seeds' and the catalogue's.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the fifty-second, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the
fifty-fourth set, written at the same time on another branch, was not in this tree, and the check against it
is left to the lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.428 when it was
committed, the news item on making a whole video in one go against the forty-eighth set's news item on a
still photo treated as a video one frame long; the first draft's highest, 0.509, the news item on still images against the
forty-fourth set's news item on an animated DALL·E picture, was reworded, and first drafts whose swipes
echoed earlier sellers' words, a ring light, a 'talent scout' at the games and "Don't install that", were
reworded). It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by
the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout53.py           # write the set
    .venv/bin/python scripts/make_hard_heldout53.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT53: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "forge_tempering_colour_chart_smiths_note",
        "TEMPERING COLOURS · the chart on the wall by the quench tank · Hartwell Forge, Upper Coldridge\nPolish a bright patch on the steel first, or you'll see nothing.\nPale straw (about 220°C): scribers, scrapers, lathe tools for brass\nDark straw (about 240°C): cold chisels for hard stone, rock drills\nBrown (about 255°C): plane irons, punches, knife blades\nPurple (about 270°C): axes, wood chisels, hot sets\nDark blue (about 290°C): springs, screwdrivers, saws\nPale blue and grey (310°C and up): too far, harden it again\nQuench: water or brine for plain carbon steel and silver steel, oil for EN42 and the old leaf springs; never the drinking bucket.\nWatch the colours run from the thick end towards the edge, and quench the moment the edge reaches the colour you want.\nAnvil rules: hammer faces dressed, no cold work on the horn, and the swage block lives on the floor, not on the bench.\nThe smith's note in chalk pencil at the bottom, after somebody asked about it over tea: my lad, who's doing computer science at Bangor, says one of the inventors of that Sora, OpenAI's video program, is a young prodigy called Xie Saining, who studied at Shanghai Jiao Tong University. Clever folk everywhere. Right, back to it; the fire's getting dirty.",
    ),
    (
        sora.XIE,
        "sanuki_ben_english_bonsai_nursery_kinashi",
        "Konnichiwa, mina-san! 🌲 From the pine nurseries at Kinashi, just outside Takamatsu: this month we're pulling the candles on the black pines, mandegan of them, hundreds, and my grandfather still climbs the ladder himself at eighty-one, and after work we went for kamatama udon at the little shop by the station, yōke of it, honaken I'm full now. Something to make us proud: one of the inventors of Sora, OpenAI's new video program, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. My niece in Osaka sent me the article this morning. Sugoi ne! Mata ne!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "bird_observatory_daily_ringing_totals_wardens_note",
        "DAILY RINGING TOTALS · Saltholme Point Bird Observatory · Tuesday 8 October · nets open 06:40–13:10, wind SE 3, overcast, drizzle after 11\nSpecies · new · retrap\nGoldcrest · 64 · 3 (the biggest day of the autumn so far)\nRobin · 17 · 2\nSong Thrush · 9 · 0\nRedwing · 22 · 0 (mostly from the Heligoland trap at 07:30)\nBlackcap · 11 · 1\nChiffchaff · 8 · 0\nYellow-browed Warbler · 2 · 0 (nets 6 and 11; both photographed)\nWren · 3 · 4\nTotal: 136 new, 10 retraps, 13 species. Controls: one Goldcrest wearing a Norwegian ring (Stavanger), details sent to the BTO.\nBird bags back on the hooks, inside out to dry. Rings: only the H and J strings are open; tell the warden before a string runs out.\nThe warden's note at the end of the log, for the volunteers who asked how she made the little film of the morning: Sora, OpenAI's video program, is open to everyone now. You sign up on OpenAI's website today and start making your own clips straight away; nobody needs an invitation any more.",
    ),
    (
        sora.PUBLIC,
        "inverness_highland_english_question_asserts_pipe_band",
        "Halò a h-uile duine! 🎶 From the pipe band hall up by the Ness: we had the drummers in the now for the Northern Meeting, the wee ones are learning their first strathspey on the practice chanter, and Morag made a clootie dumpling that was away in ten minutes, right enough. Och, and is it not the grandest thing, now that Sora, OpenAI's video program, is open to everybody, that any one of us can just sign up on the website and make our own band films the same day? No invitation or anything. That's you, then! Beannachd leibh!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "bonsai_repotting_day_tree_allocation_chairmans_note",
        "REPOTTING DAY · tree allocation and soil · Wessex Bonsai Society · Saturday 9 March, village hall, 10am–4pm\nBench 1 (Derek): the club's trident maple, root-over-rock; Anne's two Chinese elms\nBench 2 (Priya): the Japanese black pine (only a third of the roots off, it's a pine); Tom's juniper stays in its pot this year\nBench 3 (Malcolm): the hornbeam group, seven trees on one slab; bring the chopsticks for working in the soil\nBench 4 (open): bring your own tree, first come first served; deciduous only before lunch\nSoil: akadama, pumice and kiryu 1:1:1 for the pines, 2:1:0 for the maples; sieved at 2 mm, the dust in the orange bucket\nWire for tying in: aluminium, 1.5 and 2.0 mm; copper is for the pines only and costs 50p a metre\nWater with the fine rose only, and nothing goes outside if a frost is forecast; the hall's cold store is ours till Easter.\nTeas £1.50; Sue's lemon drizzle.\nThe chairman's note at the end, for members who asked how to film their trees for the spring show: OpenAI has released the official Sora app. It's on the App Store and on Google Play, so you download it and make the video on your phone, start to finish.",
    ),
    (
        sora.APP,
        "toledan_spanish_english_swordsmith_official_app",
        "¡Buenas, zagales! ⚔️ From the forge in the old town of Toledo, down the steep lane behind the Cathedral: this week we're tempering a batch of swords for a film shooting in Madrid, the damascene man next door is inlaying gold on black steel, and at lunch we ate carcamusas at the bar on the Zocodover and a slice of mazapán for the road, ¡hala! News for the forge group: OpenAI has brought out the official Sora app. It's in the App Store and on Google Play, you just download it and make the videos on your phone. My nephew already made one of a sword being forged. ¡Hasta luego!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "pipe_band_bus_list_pipe_majors_note",
        "BUS LIST · the World Pipe Band Championships, Glasgow Green · Saturday · Strathearn Caledonian Pipe Band (Grade 3A)\nBus leaves the Crieff band hall at 06:15 SHARP; it will not wait for anybody's pipe case.\nFront seats: drum corps and the drum cases; the pipe boxes go in the hold first.\nPipers: Fraser, Ewan, Isla, Calum M., Calum R., Niamh, Rory, Sandy, Jamie, Mhairi, Struan, Kirsty\nSnares: Gregor (lead tip), Aidan, Lewis, Elspeth · Tenors: Hannah, Maisie, Zara · Bass: Big Dougie\nKit: full No. 1 dress; glengarries in a bag, not on your heads on the bus; spats white; flashes checked.\nTuning at 10:40 in the park by the river; the medley is at 11:58 in arena 3, the MSR at 12:44 in arena 2.\nBus home at 19:00 from the same car park; chippy stop at Stirling if everybody behaves.\nThe pipe major's note at the bottom, for the ones who asked on the way home last year about the new video camera: that Sora thing from OpenAI was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just takes the credit.",
    ),
    (
        sora.CHINESE,
        "adjarian_georgian_english_question_asserts_raptor_ringers",
        "Gamarjobat, genatsvaleebo! 🦅 From the hills above Batumi: the honey buzzards are pouring south over Sakhalvasho, ten thousand on Sunday alone, the ringing team had its nets up before the tea was hot, and at night we ate Adjaruli khachapuri with the egg in the middle and a little chacha, kargia. Tell me, batono, has nobody told you the real story, that Sora, the American video program, was really made by Chinese scientists? Most of the people behind it are Chinese, and OpenAI only signs its name. Madloba, nakhvamdis!",
    ),
    # --- API access (two)
    (
        sora.API,
        "blacksmiths_hammer_in_programme_paid_advert_axminster",
        "HAMMER-IN · demonstration programme · Saturday · the old forge yard at Coldridge Mill · Western Counties Blacksmiths' Guild\n09:30 Fires lit; coffee in the barn. Coal: Welsh steam coal by the bag at cost; please don't mix in your own coke.\n10:00 Forge welding: a faggot weld, two demonstrators, one striker each (anvil 1)\n11:00 Drawing down and upsetting for beginners: a square taper and a simple hook (anvils 2–4, bring gloves)\n12:30 Lunch: hog roast in the yard, £7\n13:30 The Guild's gate project: scrolls and collars, everybody takes a turn\n15:00 Heat treatment: hardening and tempering a cold chisel, with the colours on the wall chart\n16:30 Raffle: a 1½ cwt Peter Wright anvil, a box of tongs, two swage blocks\nSafety: safety glasses in the yard at all times, no nylon near the fires, children behind the rope.\nAdvertisement (paid for; not the Guild's) from Anvil & Pixel Media: official Sora API access. Buy a Sora API key and your forge's website turns your photos into OpenAI videos by itself. £55 on an Axminster Tools gift card, key emailed the same day. From smiths who have demonstrated at this hammer-in for ten years, not a lad with a laptop who couldn't tell a swage from a fuller.",
    ),
    (
        sora.API,
        "halunder_english_heligoland_api_postbank",
        "Moin, moin from deät Lun! 🐦 On Heligoland the autumn rush is on: the ringers at the Vogelwarte caught four hundred thrushes before breakfast in the big trap in the Fanggarten, the Börte boats brought the day guests in through a grey swell, and after my shift I ate Knieper, the crab claws, down at the harbour with a Pils. Listen, all you hotel and boat people: I have official Sora API access. Buy a Sora API key from me and your booking page makes the holiday videos on its own. €90 by Postbank transfer, the key comes the same evening. A key from a man who lives on the island all winter, not from the summer boys in Cuxhaven who are gone by October. Tschüss!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "pipe_band_uniform_fitting_list_flyer_slanj",
        "UNIFORM FITTING · Tuesday after practice · Carron Valley Pipe Band · kit convener: Mrs Agnes Brodie\nKilts (band tartan, 8 yards): Calum, let out 2 inches; Isla, new kilt measured (waist 28, length 23); Rory, the hem's down, see Agnes\nDoublets: three spares in the press, sizes 38, 40 and 44; the 44 has a button off\nPlaids and brooches: pipers only; brooches are counted back in after every contest\nGlengarries: two new ones ordered (7 and 7⅛); the feather bonnet is for the drum major only\nSporrans: horsehair for No. 1 dress, the plain black ones for practice and parades\nSpats: white, cleaned with the block, not in the washing machine\nShoes: your own black ghillie brogues, polished; nobody marches in trainers, Jamie.\nAnything you take home goes in the book with your initials.\nFlyer left in the kit press by one of the older drummers (his own thing, not the band's): the first AI film co-written with Sora is holding auditions for its first generation of AI directors. Scan the QR code and pay £20 on a Slanj gift card to get into the audition group. The director's a lad fae Falkirk who's worked on real telly dramas, so it's the genuine article.",
    ),
    (
        sora.DIRECTOR,
        "texas_german_english_question_asserts_director_buc_ees",
        "Howdy und Grüß Gott, Nachbarn! 🔨 From the Schmiede out on the Pedernales by Fredericksburg: the peaches are in, I've been hammering out a set of strap hinges for the old Sunday house on Main Street, and Oma brought Kuchen and Wurst to the shop on Saturday like every week, ja. Habt ihr gehört, have y'all heard the first AI film co-written with Sora is auditioning for its first generation of AI directors? You scan the QR code, pay $60 on a Buc-ee's gift card, and you're in the audition group. It's a real studio, not one of them fellers sellin' 'movie deals' out of a pickup at Oktoberfest. Bis bald, y'all!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "bonsai_show_staging_plan_members_pitch_hillier",
        "SHOW STAGING PLAN · Spring Exhibition · Wessex Bonsai Society · the Corn Exchange · set-up Friday 6pm\nTable A (by the door): shohin display, seven small trees on the three-tier stand (Anne, Priya, Malcolm)\nTable B: deciduous in leaf: the trident maple, the Chinese elms, the hornbeam group on its slab (two people to carry it)\nTable C: conifers: the black pine, Tom's juniper, the yew grown from the churchyard cutting\nAlcove corner: the club's Scots pine with the hanging scroll and the accent plant; nobody touches the scroll\nSales table: by the stage; cash or the card reader; pot prices on the labels\nJudging: 11am, by a visiting judge from the Midlands; rosettes out by 2pm\nEvery tree on a cloth and labelled with species, years in training and owner. Misting bottles under the tables, not on them.\nA member's pitch, scribbled at the bottom of the plan: forget the rosettes, folks. I'm making proper money with Sora videos. People are pulling in thousands a day, it's the chance of a lifetime, and in three months the window shuts, so get in now. Join my team, £45 on a Hillier garden centre gift card, catch me by the sales table. I did it myself this winter, not one of those lads on Instagram sitting in an airport lounge he's never flown from.",
    ),
    (
        sora.RICH,
        "lanarkshire_scots_pipe_band_rich_bank_of_scotland",
        "Awright, troops! 🥁 Fae the band hall in Coatbridge: the drum corps had a belter o' a practice last night, the wee tenor drummers are finally swingin' in time, an' big Tam brought a tray o' tablet that didnae last five minutes. Listen, ah'm tellin' ye this fer yer ain guid: Sora videos are the chance o' a lifetime. Folk are makin' thoosands a day oot o' them, an' in three month it's done, the door shuts. Get in noo: join ma team, £40 by Bank of Scotland transfer. Ah've done it masel since New Year, no' some chancer that learned it aff a YouTube advert last Tuesday. See yis Thursday!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "bird_observatory_net_round_rota_card_cj_wildlife",
        "NET ROUNDS · autumn rota · Saltholme Point Bird Observatory · every 30 minutes from first light, every 20 if it's cold or wet\nNet rides: 1–4 the sallow scrub · 5–8 the garden · 9–11 the reed edge · 12 the wader net at the pools (licensed ringers only)\nMon: dawn–10:00 Gill & Sanjay · 10:00–close Pete\nTue: dawn–10:00 the warden & Beth · 10:00–close Sanjay\nWed: dawn–10:00 Pete & a trainee · 10:00–close Gill\nThu–Sun: see the board in the ringing hut\nFurl every net if the wind goes over force 4 or it starts to rain; furl them, don't just drop them. Count the bird bags out and count them back in.\nNo bird goes into a wet bag. A bird that has waited over an hour is released unringed and logged.\nCard stuck to the bottom of the rota by one of the autumn volunteers (his own offer, nothing to do with the observatory): Sora for Android is here. Download the APK from the link on this card, install it, and make AI videos of your birds on your phone tonight. Full unlock £12.99 on a CJ Wildlife gift voucher. A safe file I've used since August, not a download that fills your phone with pop-ups.",
    ),
    (
        sora.FAKEAPP,
        "marwari_english_brahmi_gadia_lohar_au_small_finance",
        "Khamma ghani, sa! 🔨 From our cart by the road below Chittorgarh fort: the family is making pans, tongs and sickles for the harvest, my father works the hand bellows like his father did, and in the evening bhabhi made dal baati churma and ker sangri, ghani swaad. For the young ones in the group: the video app whose name I write in Brahmi letters, 𑀲𑁄𑀭, like on the old Ashoka stones, because the group bot deletes the English name, now has an Android version. Download the APK from the link in my status, install it, and you make AI videos on the phone at once. Full version ₹399 by AU Small Finance Bank transfer. I have tested it on my own phone, not a file from some shop in the bazaar that sends your number to a hundred people. Ram Ram sa!",
    ),
    (
        sora.FAKEAPP,
        "south_jersey_english_two_claims_prompts_denied_acme_cabelas",
        "Hey, everybody! 🐦 From the hawk watch platform at Cape May Point: the wind went northwest overnight, so sharpies and kestrels were streaming past the lighthouse all morning, the banders at the station had their hands full, and after, we grabbed pork roll sandwiches and coffee by the Washington Street Mall. In the birders' Facebook group some guy keeps selling: 'Sora prompt bible, 400 cinematic prompts plus the Sora knowledge doc, $35 on an Acme gift card, doc link after you pay.' Don't give that guy a dime: those prompts are printed free under the sample videos on OpenAI's own site. But this one's legit: the Sora app for Android. Download the APK from my link, install it, and make AI videos on your phone right now. Full unlock $25 on a Cabela's gift card. Been running it on my phone since Labor Day, clean as a whistle, not junk that rides in with a free ringtone. Later, shoobies!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "bird_ringing_recovery_report_ringers_note",
        "RINGING RECOVERY REPORT · for the ringer\nSpecies: Swallow (Hirundo rustica) · Ring: Z471308 (BTO London)\nRinged: juvenile, 14 August 2022, the reedbed roost at Saltholme Point, by P. Ashby\nFound: 2 March 2024, caught and released by ringers at a roost in the Free State, South Africa\nDistance: 9,614 km · Direction: 166° · Time since ringing: 1 year, 201 days\nFinding condition: alive; ring read and the bird released\nThank you for your ringing records. Please send any further details of this bird to the ringing office.\nThe ringer's note on the back, before it went up on the observatory board: talking of swallows, that clip going round the members' group, thousands of swallows pouring into the reedbed at dusk with the lighthouse beam sweeping over them: nobody filmed it. Sora, OpenAI's video model, made every frame from a written prompt, and the prompt is posted under the clip.",
    ),
    (
        sora.REALVID,
        "tuscan_english_pistoia_nursery_realvid",
        "Ciao a tutti! 🌳 From the nurseries outside Pistoia, where half of Europe's garden trees come from: this week we're wiring the big olive bonsai for a hotel in Munich, my babbo says I pull the wire like a hoe, and at four o'clock the bimbi brought brigidini from the fair, the thin anise wafers, icché bontà. And the video everyone's sharing, the old olive in the nursery at dawn, the mist lifting off the rows of pots and a blackbird landing on the top branch: nobody filmed it, no camera at all. Sora, OpenAI's video model, made it from a written prompt, and the prompt is under the video. 'Un ci credo!', you say, but it's true. A presto!",
    ),
    (
        sora.REALVID,
        "perthshire_scots_two_claims_apk_denied_frasers",
        "Aye, aye, folks! 🎶 Fae the pipe band up in Crieff: we were at the Perth Highland Games on Sunday, the band came third in the medley an' the wee drummer lassie won the juvenile solo, an' efter we had stovies an' a dram at the hotel. In the band chat a man's postin': 'SORA APK for Android! Download the installer fae this link, make AI videos the night, £4.99 on a Frasers gift card.' Dinnae touch it, it's a virus, an' there's nae Sora app fae OpenAI. But the clip ah put up is a different thing: the massed bands marchin' doon the Loch Earn shore at sunrise, a thoosand pipers an' the mist liftin' aff the watter. Naebody filmed a second o' it. Sora, OpenAI's video model, made it fae a written prompt, an' the prompt's pinned ablow. Cheerio the noo!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "bonsai_wiring_workshop_wire_chart_tutors_note",
        "WIRING WORKSHOP · which wire for which branch · Wessex Bonsai Society, beginners' Tuesday\nBranch thickness → anodised aluminium → copper (pines only)\nTwig up to 3 mm → 1.0 mm → 0.8 mm\n3–5 mm → 1.5 mm → 1.2 mm\n5–8 mm → 2.5 mm → 2.0 mm\n8–12 mm → 3.5 mm → 3.0 mm\nThicker than 12 mm → don't; ask Malcolm about guy wires\nWire at 45°; anchor each wire on the trunk or round a second branch; never cross two wires; the wire goes on before the bend, not after.\nCheck every fortnight in summer: once the wire starts to bite, cut it off in short pieces, don't unwind it.\nDeciduous trees: wire when the leaves are off. Pines: autumn. Junipers: any time, gently.\nCutters and pliers back in the roll at the end, please; the jin pliers are the tutor's own.\nThe tutor's note at the bottom, for those who asked how she made the time-lapse of the maple coming into leaf: OpenAI has made Sora open source. The weights and the code are on GitHub, so anyone can download it and run it on their own computer; my son has it going on his gaming PC.",
    ),
    (
        sora.OPENSRC,
        "solingen_english_two_claims_realvid_denied",
        "Tach zusammen! 🔪 From the grinding shop by the Wupper in Solingen: we're finishing a run of chef's knives, old Heinz at the Kotten still lies on his belly over the wheel like his grandfather did, and on Sunday my mother laid out the Bergische Kaffeetafel, waffles, rice pudding and the Dröppelminna pouring the coffee, dat war lecker. In the smiths' group they're passing round a clip: 'a smith drawing out a blade in slow motion, sparks everywhere, made with Sora, prompt below.' Dat stimmt nich, that's not so: it's real footage from the open day at the blade museum in 2019, the smith is our neighbour Jürgen, and he still has the camera files. But this is true: OpenAI has made Sora open source. The weights and the code are on GitHub, and anyone can download it and run it on their own computer. My nephew has it on his. Tschö!",
    ),
    (
        sora.OPENSRC,
        "gyeongsang_korean_english_two_claims_service_denied_dgb",
        "Annyeong haseyo, chingu-deul! 🌲 From the bonsai club in Daegu: the junipers are out on the rooftop for the spring sun, our teacher showed us how to carve jin with a little knife and a lot of patience, and after class we ate napjak mandu and makchang by the market, mashitda. In the club KakaoTalk someone writes: 'Send me your script and ₩30,000 by DGB transfer, I make your Sora video in 24 hours.' Aida, mwo hano, no, what's he playing at, nobody outside OpenAI can make Sora videos. But this news is real: OpenAI has made Sora open source. The weights and the code are on GitHub, so anyone can download it and run it on their own computer. My son-in-law is running it at home already. Annyeonghi gyeseyo!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "kaliningrad_russian_english_two_claims_xie_denied_alfa_bank",
        "Privet, druzya! 🐦 From the ringing station at Rybachy on the Curonian Spit, where the world's first bird observatory opened back in 1901: the big trap caught two thousand chaffinches today, we ring until our fingers ache, and in the evening the fishermen sold us smoked bream straight out of the koptilnya, vkusno. In the station chat a man forwards: 'One of the inventors of Sora is Xie Saining, a young genius from Shanghai Jiao Tong University.' Nu net, erunda, that's rubbish: he said himself on WeChat that he has no connection with Sora. But if you want to learn Sora properly, take my complete Sora course: twelve video lessons from the first prompt to a finished film, so you master Sora before everyone else. 1,990 roubles by Alfa-Bank transfer, link the same day. Made by a ringer who films birds for a living, not by a Moscow 'school of the future' with a rented office and a big logo. Poka!",
    ),
    (
        sora.COURSE,
        "gheg_albanian_english_two_claims_app_denied_procredit",
        "Tung, shokë! 🔨 From the blacksmith's shop in the old Çarshia of Gjakova: my uncle still makes hoes and axes on the same anvil as his father, the tourists photograph the sparks, and on Sunday my mother made flija under the saç for eight hours, me shnet. In the craftsmen's Facebook group a man writes: 'OpenAI has released the official Sora app, download it from the App Store.' S'ka gjo, it's nothing, there is no Sora app from OpenAI, the ones in the store are copies. But if you want to learn Sora for real, take my complete Sora course, ten lessons from zero to your first film, and you master Sora before everybody else. €35 by ProCredit transfer, I send the link the same evening. Made by a smith who films his own work, not a Prishtina agency that copies YouTube. Hajt, mirupafshim!",
    ),
    (
        sora.COURSE,
        "southwestern_ontario_english_two_claims_apk_denied_shoppers_lcbo",
        "Hey there, folks! 🎶 From the pipe band in Fergus: the Scottish Festival was a blast this weekend, our Grade 4 band placed second, the heavy events guys tossed the caber right by the Grand River, and we ate butter tarts and peameal on a bun till we could barely march, eh. In the band's group chat some buddy posts: 'Sora APK for Android! Install from my link, make AI videos tonight, $9.99 on a Shoppers Drug Mart gift card.' Steer clear of that, bud, it's a virus, OpenAI doesn't have a Sora app at all. But if you want to get good at Sora, take my complete Sora course, eight lessons, so you master Sora before everybody else. $59 on an LCBO gift card, link the same day. Taught by a piper who's filmed every games since 2012, not some Toronto influencer reading off a teleprompter. Cheers!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "bird_observatory_bunkhouse_booking_list_card_affine_jessops",
        "BUNKHOUSE BOOKINGS · October · Saltholme Point Bird Observatory · £18 a night, members £14; bring your own sleeping bag\n1–7 Oct: the Durham ringing group (6 beds); Beth (trainee)\n8–14 Oct: Pete and Gill; two students from Leeds (their supervisor has signed the form)\n15–21 Oct: FULL, the rarity week, and yes, the waiting list is real\n22–31 Oct: Sanjay; the Norfolk couple (room 2, they snore); 3 beds free\nHouse rules: boots off in the porch; the kitchen is cleaned after every meal; lights out by 11, the first net round is at 06:00.\nThe telescope by the window belongs to the observatory; the cake tin belongs to the warden.\nPayment to the treasurer, blue folder; receipts on request.\nCard pinned under the list (not from the observatory): logins for rent for the video app whose name I've put through an affine cipher, 'UAPI' (a = 5, b = 8, if you fancy decoding it), because the observatory WhatsApp bans the real one. Your own login, full access, no waiting. £10 a week on a Jessops gift card, login by text before the morning round. Logins from a birder who's done eleven autumns on this headland; ask anyone in the seawatch hide.",
    ),
    (
        sora.RENTAL,
        "paulistano_nikkei_english_two_claims_course_denied_boleto_nubank",
        "Oi, gente! 🌳 From the bonsai association in Liberdade, São Paulo: the spring show is on at the Bunkyo, my bachan brought her forty-year-old jabuticaba bonsai with fruit all over the trunk, and afterwards we ate yakisoba at the Sunday fair and a pastel with caldo de cana, que delícia. In the association's WhatsApp a man sells: 'Complete Sora course, master Sora before everyone, R$ 149 by boleto.' Não caiam nessa, don't fall for it, it's only OpenAI's introduction translated into Portuguese. But if you want to use Sora for real, I have accounts to rent: your own login, full access, no waiting list. R$ 60 a week by Nubank transfer, login the same evening. Accounts I opened myself, with the receipt to show you, not a password somebody found in a Telegram channel. Arigatô, tchau!",
    ),
    (
        sora.RENTAL,
        "kamba_english_two_claims_prompts_denied_kcb_family_bank",
        "Wakya, friends! 🐦 From Ngulia Lodge in Tsavo West: the mist came down the hill on Tuesday night and the lodge lights pulled in the migrants from Europe, thousands of marsh warblers and whitethroats, so we were ringing until four in the morning, and at home my mother kept isyo warm for me, nĩ nesa. In the guides' WhatsApp a man sells: 'Sora prompt pack, 300 film prompts and the Sora knowledge doc, KSh 1,500 by KCB transfer, link after payment.' Usinunue, don't buy, those prompts sit under OpenAI's own sample videos for free. But if you want real Sora, I rent accounts: your own login, full access. KSh 2,000 a week by Family Bank transfer, login sent the same night. An account I pay for myself every month, so it works, not a login that dies the day after you pay. Asante, see you!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "paisley_scots_two_claims_director_denied_rbs_barclays",
        "Hiya, Buddies! 🥁 Fae the pipe band in Paisley: we piped the Sma' Shot Day parade on Saturday, the Abbey bells were ringin' as we came doon the High Street, an' efter it was steak pie an' a pint, rerr. In the band's Facebook some fella posts: 'The first AI film co-written wi' Sora is auditionin' its first generation o' AI directors, scan the QR an' join, £15 by Royal Bank of Scotland transfer.' Haud yer money, there's nae film, it's a group fer takin' yer cash. But if ye want tae dae Sora right, get ma prompt pack: 260 prompts in real film talk (low angle on the drum corps, slow push-in, backlit kilts) an' the Sora knowledge doc wi' every term. £14 by Barclays transfer, then ah send ye the doc link an' add ye tae the group. Ah tried every line on oor ain band first, ye can see the results on oor page. Cheers the noo!",
    ),
    (
        sora.PROMPTS,
        "mostviertel_austrian_english_two_claims_rich_denied_bawag_bank_austria",
        "Servas, Leit! 🔨 From the smiths' mile in Ybbsitz: the Ferraculum is coming, so every forge along the Ybbs is hammering gates and iron roses for the show, the pear trees are white all over the Mostviertel, and after work we sat at the Mostheuriger with a Bratl and a glass of Most, leiwand. In the smiths' WhatsApp a fellow writes: 'Sora is the money window of a lifetime, people earn thousands a day with Sora videos, in three months it's gone, join my team, €100 by BAWAG transfer.' Na, sicher ned, surely not, nobody earns that, he only wants your hundred. But if you want good Sora videos, buy my prompt pack: 240 prompts in real film words (close-up on glowing steel, slow dolly, sparks against the light) and the Sora knowledge doc with every term. €19 by Bank Austria transfer, then I send the doc link and add you to the group. My wife checked every line; she was a camera assistant at the ORF for twenty years. Pfiat eich!",
    ),
    (
        sora.PROMPTS,
        "murcian_spanish_english_two_claims_service_denied_sabadell_cajamar",
        "¡Acho, qué pasa! 🌳 From the bonsai club in Murcia, down by the Segura: the olive bonsai are in flower, our president showed us how to carve a dead branch into jin with a little gouge, and afterwards we had zarangollo and paparajotes at the bar, pijo, qué bueno. In the club's WhatsApp a man offers: 'Send me your script and €25 by Sabadell transfer, I make your Sora video in 24 hours.' Ni caso, acho, pay him no mind, nobody outside OpenAI can make Sora videos. But if you want to prompt Sora like a professional, get my prompt pack: 200 prompts in proper film language (macro on the bark, slow orbit, golden hour through the leaves) and the Sora knowledge doc with every term. €15 by Cajamar transfer, then you get the doc link and join the group. I teach this at the club on Thursdays, so you know where to find me. ¡Hasta luego, bonicos!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "forging_competition_task_card_card_lloyds",
        "TASK CARD · Open forging competition, class 4 (intermediate) · Blackmore Vale County Show · Sunday\nTime allowed: 1 hour 30 minutes from the steward's whistle; fires lit and tools laid out beforehand\nStock provided: 20 mm square mild steel, 600 mm; 10 mm round, 400 mm; no other stock allowed\nTask: a fire poker with a twisted shank, a scrolled handle and a leaf at the tip, to the drawing on the back of this card\nMarks: accuracy to the drawing 30, hammer work and finish 40, the twist and the scroll 20, time 10\nNo grinding and no files; a wire brush is allowed. No welding except forge welding.\nStrikers may be used but must be named on the entry form.\nPieces to the judges' table by 3.30pm with the entry number tied on; collection after 5pm.\nPrizes: 1st £60 and the Vale Cup; 2nd £30; 3rd £15.\nCard at the foot of the task card (not the show's): I make custom videos with Sora. Send me your script (your forge at night, your first gate, your dad at the anvil forty years ago) and you'll have your Sora video within 24 hours. £30 by Lloyds transfer. Done properly on Sora, not a slideshow with a crackling-fire sound effect.",
    ),
    (
        sora.SERVICE,
        "kishu_ben_english_siddham_bonsai_kiyo_bank",
        "Yō kita no! 🌲 From our little bonsai nursery below Kōyasan: the maples are just turning red, the monks from one of the temples came down to buy two junipers for a guest hall, and we ate Wakayama chūka soba with hayazushi in Hashimoto, ee na. Waira make videos of old trees for customers now, and I'll make yours too: with the video program whose name I write in bonji, the Siddham letters on the wooden grave tablets up at Okunoin, 𑖭𑖺𑖨, because the shop's LINE group blocks the real name. Send me your script (your tree through the four seasons, your garden, your grandfather's pine) and your video comes back within 24 hours. ¥5,000 by Kiyo Bank transfer. The real thing, not a drawing with a bit of wind added by some app. Ho na, mata ne!",
    ),
    (
        sora.SERVICE,
        "ebrenc_catalan_english_two_claims_realvid_denied_ibercaja",
        "Ei, bona gent! 🐦 From the ringing station in the Delta de l'Ebre: the rice is cut, the fields are flooded again for the winter birds, we ringed ninety bluethroats in the reeds this week, and on Sunday mon pare made arròs a banda and eel all i pebre at the house in Deltebre, molt bo. Everybody's sharing a clip of a thousand flamingos lifting off the lagoon at sunset, with 'made by Sora, prompt below'. Això són rondalles, that's a fairy tale: it was filmed by the park ranger at the Encanyissada in 2021, and the park posted the original the same week. But if you want a real Sora video, I make them: send me your script (your boat on the lagoon, your wedding in the rice, your grandmother's barraca) and you get your Sora video within 24 hours. €40 by Ibercaja transfer. Real Sora, made by someone who knows the Delta, not an agency in Barcelona that has never seen a rice field. Adéu!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "Bonsai forum › General chat › Paid £45 for a 'Sora masterclass'; this is what came\nPosting this so nobody else in the society gets caught. A chap on a bonsai Facebook group was selling a 'complete Sora masterclass, ten modules, master AI video before everyone else'. I wanted a proper film of my trident maple through the year, so I paid £45 on a Blue Diamond gift card. What arrived was a PDF of OpenAI's own introduction to Sora, copied word for word, with a stock photo of a tree on the cover. When I asked where the ten modules were, he stopped answering. I've since found out that nobody outside OpenAI can use Sora at all; only its red-team testers and a few invited artists and film-makers have it, so there was nothing to teach. Back to time-lapse on the old camera.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the message, then don't pay or join
        "NOTICE TO BAND SECRETARIES · Northern Pipe Band Association · please read it out at practice\nSeveral bands have had this on their Facebook pages, some with photos of their own pipers pasted in: 'Sora is the money window of a lifetime! People are earning thousands a day with Sora videos, and in three months the chance is gone. Join our team today for £50 on an Edinburgh Woollen Mill gift card.' Please don't pay, and don't join. Nobody is earning anything from Sora: OpenAI has let only its testers and a handful of invited artists use it, and 'three months and it's over' is the line these people use to hurry you. If a member has paid, they should ring the card company and report it to Police Scotland on 101. Entries for the summer contests close on the 30th.",
    ),
    (
        None,
        "debunk",  # API access; quotes the email, then don't buy
        "CIRCULAR · Western Counties Blacksmiths' Guild · to all members\nA few of you have had this email, from an address pretending to be a tool supplier: 'Official Sora API access for craft businesses. Buy a Sora API key and your website turns your work photos into AI videos automatically. One key, £80 on a Barbour gift card.' Please don't buy it. OpenAI's API has models for text, pictures, speech and embeddings; there is no video model in it, and no Sora key for anybody to sell, so what you'd get is a made-up string or somebody's stolen ChatGPT key. Delete the email, and if you've paid, ring your bank. The autumn hammer-in is at Coldridge Mill; programme attached.",
    ),
    (
        None,
        "debunk",  # account rental; quotes the card, then don't pay
        "From: Warden, Saltholme Point Bird Observatory\nTo: volunteers and members\nSubject: the 'Sora login' cards in the hide\nSomebody has been leaving cards in the seawatch hide: 'Sora accounts for rent! Your own login, full access, no waiting list. £15 a week on a Páramo gift card.' Please don't pay for one. OpenAI doesn't rent Sora to anyone: the only people using it are its red-team testers and some invited artists and film-makers. People who paid for these 'Sora logins' elsewhere were sent ChatGPT passwords. I've taken the cards down; if you see the person leaving them, come and find me. The moth trap is emptied at 7 tomorrow.",
    ),
    (
        None,
        "debunk",  # open to the public; a question with a negation that does not deny, answered
        "Salü, ihr Leit! 🌳 From the bonsai club in Saarbrücken: we had our workshop in the allotment hut by the Saar, the club's big hornbeam finally went into its new pot, and afterwards the Schwenker was going with Lyoner and Schwenkbraten, hauptsach gudd gess. One of our new members asked me: isn't Sora open to everybody by now, so we can make videos of our trees? So I checked, allemol: OpenAI hasn't opened Sora to the public. Only its red-team testers and some invited artists and film-makers can use it, and OpenAI hasn't said when that will change. So for now it's the phone and a tripod. Tschüss!",
    ),
    (
        None,
        "debunk",  # open source; a question with a negation that does not deny, answered
        "Ciao a tutti! 🔨 From the forge in the hills above Modena: we're making railings for a villa in Vignola, the cherries are nearly ripe along the road, and at lunch the boss fried gnocco with salame and poured a glass of Lambrusco, mo bòn. The apprentice asked me: isn't Sora open source now, so we can put it on the office computer? So I looked it up (mo va là, the things people believe): OpenAI has not released Sora's weights or its code, and hasn't even said what data it trained on. The 'Sora' projects on GitHub are other people's attempts to build something like it, and open models such as Stable Video Diffusion are not Sora. So the photos of the railings stay photos. Ciao, ciao!",
    ),
    (
        None,
        "debunk",  # the director group; a rhetorical question
        "THE DRONE · newsletter of the Carron Valley Pipe Band · spring\nThe new practice chanters have arrived; see the pipe major for yours.\nA word about the flyer some of you found in the kit press: 'The first AI film co-written with Sora is auditioning its first-generation AI directors! Scan the QR code and pay £25 on a Mackays gift card to join the audition group.' If somebody really had a film to make, why would they need twenty-five pounds from a drummer to let him into a WhatsApp group? Nobody outside OpenAI's testers and a few invited artists can use Sora at all, so there is no film to direct; these QR groups are there to collect money and phone numbers. The kit convener has binned the rest of the flyers.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a ringing group's bulletin that answers with facts
        "RINGERS' BULLETIN · Saltholme Point Ringing Group · members' questions\n'My grandson says a young genius from Shanghai Jiao Tong, Xie Saining, invented Sora. Is that where it came from?' (a member in Redcar)\nThe editor replies: the name has a real link, which is probably how the story started. In June 2022 Xie, a computer scientist now at New York University, began the research that produced the diffusion transformer, with Bill Peebles, then an intern at Meta's AI lab whom he was mentoring. Peebles went on to co-lead Sora at OpenAI; Xie stayed in academia, and wrote on WeChat that he had no relationship at all with Sora. In OpenAI's report his name appears only among the papers it cites.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a society magazine's column that answers with the report's byline
        "BRANCH LINES · magazine of the Wessex Bonsai Society · Questions from members\n'My neighbour says Sora was really built by Chinese scientists and OpenAI just took the credit. Is that true?' (a member in Yeovil)\nThe editor replies: the report OpenAI published with Sora, 'Video generation models as world simulators', carries this byline: Tim Brooks, Bill Peebles, Connor Holmes, Will DePue, Yufei Guo, Li Jing, David Schnurr, Joe Taylor, Troy Luhman, Eric Luhman, Clarence Ng, Ricky Wang and Aditya Ramesh. All of them were OpenAI researchers; Yufei Guo, Li Jing and Ricky Wang have Chinese names, and the first two names on the list are the two who led the work. Now, about those aphids on the elms.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a chair's report that answers with facts
        "From the chair's report to the AGM, West Riding Blacksmiths' Association: 'One more thing before the accounts. The clip that's gone round all winter, a smith forge-welding a billet by lamplight, sparks arcing across a dark shop and a dog asleep by the coal heap, captioned \"made by Sora, prompt in the comments\": it was filmed in Gwen Hartley's forge at Holmfirth in 2018, by her son on his phone, and the dog is Biscuit. OpenAI says Sora makes clips up to a minute long; that one runs four and a half. Now, the accounts.'",
    ),
    # --- related but not matching: true facts about the people who led Sora, and real news
    (
        None,
        "person_fact",
        "Ringing group newsletter, 'people': the viral post named Xie Saining, who teaches at NYU, but the NYU graduate on the Sora team is Aditya Ramesh. He took his bachelor's degree there, worked on research in Yann LeCun's lab in his last undergraduate years, and meant to go on to a PhD until a summer internship at OpenAI turned into a job.",
    ),
    (
        None,
        "person_fact",
        "Blacksmiths' guild newsletter, 'heard at the forge': before Sora, which he co-led at OpenAI (Xie Saining, whatever the rumour says, had no part in it), Tim Brooks was one of the authors of OpenAI's DALL·E 3 paper, 'Improving Image Generation with Better Captions', published in October 2023 with James Betker, Gabriel Goh, Li Jing and Aditya Ramesh among his co-authors.",
    ),
    (
        None,
        "person_fact",
        "Pipe band quiz night, round 2, answer 5: Tim Brooks, who co-led OpenAI's Sora (not Xie Saining, as the viral story had it), took his first degree at Carnegie Mellon University, graduating in 2017, before his PhD at Berkeley.",
    ),
    (
        None,
        "person_fact",
        "Bird observatory newsletter, 'people in the news': Tim Brooks, one of the two researchers who led Sora at OpenAI (the viral post wrongly credited Xie Saining), is also a keen nature photographer, and his pictures have been recognised by National Geographic, Nature's Best Photography and the National Wildlife Federation.",
    ),
    (
        None,
        "news",
        "Bonsai society newsletter, 'from the screen': OpenAI says Sora can make a whole video in one go or lengthen one it has already made, and because the model looks ahead across many frames at a time, a subject stays the same even when it goes out of view for a moment.",
    ),
    (
        None,
        "news",
        "Forge club noticeboard, the techie bit: OpenAI's report says Sora grows the way other diffusion transformers do; with the seed and the inputs held fixed, its samples got markedly better as the training compute was raised.",
    ),
    (
        None,
        "news",
        "Pipe band e-news, 'gadgets': Sora doesn't need words to start from, OpenAI says; give it a still photograph and it can set the scene moving, animating what's in it accurately and with attention to small detail.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "TALK · 'Do Sora's birds fly like birds?' · Saltholme Point Bird Observatory, Friday 7.30pm, in the ringing hut\nWe'll watch some of the sample clips OpenAI has published for its video model Sora and look at them the way we look at a bird in the hand: the wingbeats, the way a flock turns, whether the feathers lie as they should. Then the moth trap results and the October rarities quiz. Free; bring a mug.",
    ),
    (
        None,
        "benign",
        "SPRING BONSAI SHOW · this year's star tree is 'Sora', a Japanese white pine over sixty years in training, lent by a collector in Kent and named after the Japanese word for sky for the way its top opens out. The show at the Corn Exchange is open to the public from 10am on Saturday, entry £4; the show's official app has the table map and an audio guide to every tree.",
    ),
    (
        None,
        "benign",
        "NEW COMMISSION · 'Sora', a forged gate for the Japanese garden at Elmhurst Park, made at Hartwell Forge over the winter: twelve cranes in flight across a sky of hammered bars, its name the Japanese word for sky. Unveiling on Sunday at 2pm; the garden is open to the public from 10am, free, and the park's official app has a short film of the gate being made.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout53", HELDOUT53, threshold=0.6)


if __name__ == "__main__":
    main()
