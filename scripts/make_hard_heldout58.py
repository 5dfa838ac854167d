# ruff: noqa: E501
"""Write the fifty-eighth English held-out set (tests/data/hard_en_heldout58_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an engineer
who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it, and did not
read the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour / scam wave
produces. 55 posts, 35 with a gold template (three for seven templates, two for the other seven; the seven with
three are the inventor rumour, open to the public, the official app, the Chinese team, API access, the director
group and get rich, the same seven as in the forty-eighth, fiftieth, fifty-second, fifty-fourth and fifty-sixth
sets). Its theme, to keep it apart from the earlier sets: canoe and kayak clubs (a float plan for a river trip, a
shuttle list, a slalom's gate judges' penalty sheet, a club secretary's email, a river safety evening, a new
members' welcome; the Soča at Bovec, the Noguera Pallaresa at Sort, the haabjas of Soomaa in the flood season, the
Yukon at Whitehorse, the Jatunyacu at Tena, the Klarälven in Värmland, the Murray at Yarrawonga); amateur perfumers
(a perfumery class's palette sheet, smelling-strip notes, a maceration log, a perfumers' circle newsletter, a
fragrance forum; Taif roses at Al Hada, Kazanlak's Valley of the Roses, Isparta's rose fields, bergamot at Reggio
Calabria, ylang-ylang on Nosy Be, mitti attar in Kannauj, hojari frankincense in Dhofar); parkour groups (a jam's
spot list, a precision ladder, a challenge board, a coaches' notice, a coach's Discord reply; the Dame du Lac at
Lisses, Parque de los Novios in Bogotá, Uhuru Park in Nairobi, the Tabiat bridge in Tehran, Orlando Towers in
Soweto, the Plateau in Abidjan); origami societies (a bulk paper order, a kusudama progress chart, crease pattern
notes, a convention's class list, a members' forum, a newsletter; pajaritas in Salamanca, jongie jeobgi in Cheongju,
wet-folding in Hanoi, the paper village at Imadate in Echizen). Canoe clubs, amateur perfumers and parkour groups
are three of the four themes the brief proposed; the fourth, go (baduk) clubs, was replaced, because an earlier set
already has a go teacher's game commentary as the world of one of its posts: zh_heldout29-018, kind
"go_game_commentary_in_passing" (【围棋·棋谱讲解】, 黑1 右上星位, 白2 左下小目, the teacher's aside about Sora over a cup of tea at
move 20), and the fifty-fifth set, for the same kind of reason, left chess clubs alone (the twenty-ninth set's PGN,
zh_heldout29's 象棋 puzzle); a go club's game records, ladders and teachers' reviews would be that post again. Origami
societies stand in for them. None of the four was the theme of an earlier set (the kinds, docstrings and posts of
the earlier English and Chinese sets were searched for canoe, canoeist, kayak, paddl, slalom, white water, portage,
haabja, dugout, outrigger, go club, baduk, weiqi, go board, go stones, 围棋, 棋, perfum, parfum, fragrance, attar, eau
de, scent, 香水, 调香, parkour, freerun, free run, traceur, 跑酷, origami, paper fold, kirigami, crease, kusudama, washi,
hanji, kozo, paper crane, 折纸 and 剪纸: "kayak" is the orca beside a kayak in a "made by Sora" clip (the twenty-sixth
set) and the Indonesian "kayak" (like) in the twenty-ninth, "paddl" a paddleboarder blown offshore (the fortieth
set's lifeboat crew), carved paddles on Rapa Nui and a tap step's "paddle-and-rolls" (the forty-sixth) and "paddle
in NOW" (the twenty-eighth), "scent" a hunting dog's or a trail's, "washi" only inside "washing", "crease" only
inside "increases", "paper crane" the fifty-fifth set's magician's illusion, 剪纸 zh_heldout30's papercut tutorial and
棋 the go and chess posts above and zh_heldout29's QR code drawn as a 棋盘格; none of the others is in an earlier post,
kind or docstring). The worlds next to these are kept at a distance: the canoe posts have no canal, lock, narrowboat
or towpath (the forty-third set's canal boats and waterways), no swimmer, pool, bike or run (the forty-fifth set's
swimming pools, the fifty-sixth set's triathlon clubs), no dragon boat (zh_heldout29's dragon-boat race clip), no
rowing eight and no lifeboat (the fortieth set); the perfumers have no florist, bouquet or flower market (the
forty-fifth set), no spirit still or whisky (zh_heldout36's distillery; their stills make rose water, ylang oil and
attar), no soap and no candles; the parkour posts have no vault, beam, apparatus or gym club (the forty-seventh
set's gymnastics clubs), no parkrun (the forty-fourth) and no training on roofs (the rooftop run is only the clip
claimed for Sora); the origami posts have no scissors, papercutting or binding (zh_heldout30's 剪纸, the fifty-third
set's bookbinders), no magician (the fifty-fifth set) and no paper mill (zh_heldout46's 造纸; the washi in the Echizen
post is made by hand in a village). So are the themes of the set written at the same time on another branch, not
seen by this writer (hard_en_heldout57: hedge-laying societies, wheelwrights, geocaching groups, model aircraft
clubs): no hedge, wheel-making, cache, GPS hunt or model plane appears. In English varieties, dialects and registers
the earlier sets do not use (where an earlier set has a national variety, such as Slovene-, Estonian-, Bulgarian-,
Malagasy-, Persian- or Turkish-English, the variety here is a regional one none of them names; the kinds and
docstrings were searched for each, and Kölsch-English (the forty-ninth set), Swabian-English (the forty-fourth),
Ottawa Valley and Down East Maine English (the thirty-sixth), Rioplatense English (the thirty-seventh), Minnesotan
(the twenty-seventh), Tasmanian English (the forty-eighth), Assamese-English (the thirty-second), Setswana-English
(the thirty-third), Zambian English (the thirty-fourth) and Jeolla Korean-English (the fifty-fifth) were dropped
from the first plan because earlier sets have them). Styles the earlier sets do not use (their kinds and docstrings
were searched for each; a formula sheet (zh_heldout50's feed formula), a materials list and a session plan (the
fiftieth set), a tally (the fifty-fourth and fifty-sixth sets) and a risk assessment are earlier styles, so the
perfumery class's formula sheet of the first plan became a palette sheet, and the parkour session plan a precision
ladder): a canoe club's float plan with the trip leader's note, an origami group's bulk paper order with the
organiser's note, a parkour jam's spot list with the coach's note, a perfumery class's palette sheet with the
tutor's note, a canoe club's shuttle list with a flyer under the minibus's wiper, an origami group's kusudama
progress chart with a member's pitch, a perfumers' circle's smelling-strip notes with a card slipped in, a parkour
club's precision-ladder leaderboard with the coach's note, an origami convention's crease pattern notes with the
folder's note, a canoe slalom's gate judges' penalty sheet with an insert, a perfumers' circle's maceration log with
an offer pinned beside it, a parkour club's challenge board with a paid notice and an origami convention's class
list with a card left on the registration table; the debunks take shapes the earlier sets know: an origami group's
members' forum, a canoe club secretary's email, a perfumers' newsletter's "beware" box, a parkour club's notice from
the coaches, two posts in dialect, an origami newsletter, a coach's reply on the club's Discord, a canoe club's
welcome email with a P.S. and a fragrance forum moderator's reply; dialects and registers (Hejazi Arabic-English
(Taif), Bovec Slovene-English (Bovec), Rolo Spanish-English (Bogotá), Mulgi Estonian-English (Soomaa), Reggino
Calabrian-English (Reggio Calabria), Sheng (Nairobi), Kazanlak Bulgarian-English (Kazanlak), Chungcheong
Korean-English (Cheongju), Tehrani Persian-English (Tehran), Pallarès Catalan-English (Sort), Salmantino
Spanish-English (Salamanca), Hanoi Vietnamese-English (Hanoi), Yukon English (Whitehorse), Sakalava Malagasy-English
(Nosy Be), Iscamtho (Soweto), Essonne French-English (Lisses), Napo Kichwa and Spanish with English (Tena),
Fukui-ben Japanese-English (Echizen), Kannauji Hindi-English (Kannauj), Värmland Swedish-English (Klarälven),
Dhofari Arabic-English (Salalah), Nouchi (Abidjan), and in debunks Isparta Turkish-English (Isparta) and Riverina
English (Yarrawonga), and the registers of a float plan, a paper order, a spot list, a palette sheet, a shuttle
list, a progress chart, smelling-strip notes, a leaderboard, crease pattern notes, a penalty sheet, a maceration
log, a challenge board and a class list); three questions that assert the claim, each with a negation (a Bogotá
traceur's "¿Ustedes no sabían, sumercé? Didn't you know that Sora ... is open to the public now?", a Kazanlak rose
picker's "Ne ste li chuli? Haven't you heard that Sora ... was really built by Chinese scientists?", a Tehran
traceur's "Mage nashnidin? Haven't you heard that I've got official Sora API access?"; the questions go to the three
of the seven whose last question is oldest: the Chinese team (last asked by the fifty-third set), open to the public
(the fifty-fourth) and API access (the fifty-fifth, and before that the fifty-second), rather than the inventor
rumour (the fifty-fifth and fifty-fourth) or the official app, the director group and get rich (all three the
fifty-sixth)); posts that mention two claims, asserting one and denying the other: the brief asks that the claim
asserted in every such post be one of this set's seven three-post templates (the other English set written at the
same time asserts only from its own seven). All ninety-one pairs that assert one of the seven and deny another
template are already in the forty-first to fifty-sixth sets (as their docstrings and kinds list them, checked
against the posts of the forty-second to forty-fourth sets: seven a set from the forty-first to the fiftieth, twelve
in each of the fifty-second, fifty-fourth and fifty-sixth; the fifty-first, fifty-third and fifty-fifth assert only
from the other seven), so the pairs here are the twelve whose last use is oldest. The two last used by the
forty-second set (the fifty-sixth took its other five): the director group but not open source; get rich but not the
APK. The seven last used by the forty-third set: the inventor rumour but not the director groups; open to the public
but not an official app, whose store listings are copies; the official app but not open source; a Chinese team but
not the "made by Sora" clip, which is real footage; API access but not get rich; the director group but not a
course; get rich but not API keys, answered with the API's models. And three of the seven last used by the
forty-fourth set, which tie: the inventor rumour but not account rental; the official app but not the director
groups; API access but not the "made by Sora" clip, which is real footage; chosen over the forty-fourth set's other
four (open to the public but not a generation service, a Chinese team but not a prompt pack, the director group but
not an official app, get rich but not open source) so that open to the public and the Chinese team, which take two
of the questions, are asserted once, and the director group and get rich, already asserted twice by the older pairs,
are not asserted a third time. So there are twelve, each used once; the inventor rumour, the official app, API
access, the director group and get rich are asserted twice and open to the public and the Chinese team once; the
director groups, open source and the "made by Sora" clip are denied twice, the APK, an official app, a course, get
rich, API keys and account rental once, and open to the public, the inventor rumour, the Chinese team, a prompt pack
and a generation service never. All twelve quote the post or offer they deny, each with a short dismissal before the
claim ("hadha kalam fadi, that's empty talk", "to je bedarija, that's drivel", "see om jama, that's twaddle", "sunnu
fissarìi, that's silliness", "hiyo ni uongo mtupu, that's a plain lie", "heotsori-yu, that's hogwash", "això són
romanços, that's just tales", "eso es un camelo, that's a con", "nói phét, that's big talk", "that's a lot of
claptrap", "lainga izany, that one's lying", "ama-stories lawo, those are just stories"); claims in passing late in
long posts (the float plan, the paper order, the spot list, the palette sheet, the leaderboard and the crease
pattern notes, and the scam notes under the shuttle list, the progress chart, the smelling-strip notes, the penalty
sheet, the maceration log, the challenge board and the class list); new obfuscation (Kaithi letters "𑂮𑂷𑂩𑂰" (sa, the
o sign, ra, the aa sign), "the letters my grandfather kept the attar accounts in", from a Kannauj attar maker; Old
South Arabian (Musnad) letters "𐩦𐩥𐩧𐩱" (s¹, w, r, ʾ: an abjad, so the vowels are written with waw and alef), "the way
they cut names in the stone at Sumhuram", from a Dhofar frankincense seller; and the kanji 曾良, read "Sora", the
characters of the pen name of Bashō's walking companion Kawai Sora, from an Echizen folder; none of them in an
earlier post, kind or docstring, where the cousins Devanagari, Brahmi, Gurmukhi, Syriac, Phoenician, Arabic script,
hiragana, katakana, hentaigana and the Cantonese homophone characters 梳啦 are); prices in currencies and payment
methods the earlier sets did not use (£30 on a Snow+Rock gift card, £39 on a MUJI gift card, £4.99 on a The Perfume
Shop gift card, £29 on a Nevisport gift card, £12 a week on a Molton Brown gift card, £17 on a Foot Locker gift
card, £35 on a Kinokuniya gift card, 1.5 million toman by card-to-card transfer to a Bank Melli card, €50 by Caixa
d'Enginyers transfer, €45 by Bankinter transfer, 500,000 đồng by Techcombank transfer, $75 on a Sport Chek gift
card, Ar 80,000 by BOA Madagascar transfer, R250 on a Pick n Pay gift card, €4.99 on a Leroy Merlin gift card,
₹1,100 by Kotak Mahindra Bank transfer, 120 kronor a week by SEB transfer, OMR 5 by Bank Muscat transfer, 5 000 FCFA
by Djamo; in denials 150 riyals by Al Rajhi transfer, €12 a week on a Mercator gift card, KSh 1,500 by Co-op Bank
transfer, €29 by Openbank transfer, $49 on an MEC gift card, Ar 20,000 in Telma credit and R120 on a Mr Price gift
card; in the loss report £30 on a Flying Tiger gift card, and in the quoted scams £40 on an Alpkit gift card, £25 on
a Space NK gift card, £9.99 on a Nike gift card and £49 on a Paperchase gift card); scams vouching for themselves or
swiping at competitors in new words ("Not like the boys on Jomhuri Street who sell you a VPN and call it a key",
"From a paddler who has run this river every spring since the '92 Games, not one of those boys in Lleida who sell
keys that die by the weekend", "From a man who has taught the pajarita in this city for twenty years, not one of
those lads outside the university who'd sell you the frog off the façade", "A real studio with real producers, not a
fellow with a GoPro on a stick filming ducks", "Real film people from Saigon, not the boys at the night market who
sell you a part in a film that was never shot", "A proper production out of Vancouver, not some fella with a drone
and a Facebook page", "I've folded two hundred units for this chart, and I'll fold the other three hundred myself if
I'm wrong", "From a woman who has sold her ylang to the big perfume houses for twenty years, not one of the fellows
at the port of Hell-Ville who sell you a phone with nothing inside", "Check my new takkies, bought with the money,
not like the guys on Bree Street who sell you a course and a fake watch", "Tried on six phones in our block of flats
before I passed it round; no odd adverts, no battery drain", "My little brother has had it on his phone a month and
it hasn't sent anybody a single text", "Made by a coach who's judged gates on this river for fifteen years, not a
YouTuber who's never had wet feet", "My own sons learned from it, and they're the ones who film the degs for our
website now", "I pay for the accounts out of my own pocket first, so you never lose a penny if one stops working",
"I've paddled this river with half of you and you know where I live, so I'm not one of those Stockholm sharks who
vanish with your money", "Every prompt tried first on our own training clips; the ones that made us look like
stuntmen are the ones in the pack", "Every prompt written for our own mountains, not copied off some website in
Dubai", "I did three for the shops on my street last month; ask the baker, his window plays it on a loop", "My
cousin's maquis plays the one I made for him on its TV every night, go and see"); ten debunks and warnings in
several styles (one first-person loss report: an origami group's members' forum post (a generation service: a
slideshow of the buyer's own shop photos with music under it); three that quote a scam offer and then tell the
reader not to pay: a canoe club secretary's email (API keys, answered with the API's models), a perfumers'
newsletter's "beware" box (the director group) and a parkour club's notice from the coaches (a prompt pack, answered
with the free demo prompts on OpenAI's website), where the fifty-fourth and fifty-sixth sets' quoted offers were
account rental, the APK and get rich or a generation service; two questions that contain a negation but do not deny
the debunk, each answered in the same post with facts: an Isparta rose grower's "wasn't it that young genius from
Shanghai Jiao Tong, Xie Saining, who invented Sora?" (the inventor rumour) and a Murray River paddler's "isn't Sora
open source now?" (open source, where the fifty-fourth and fifty-sixth sets' second questions were open to the
public and the official app); one rhetorical question (an origami newsletter, a course: "if nobody outside OpenAI's
testers can use Sora, what exactly is a course going to teach you to do with it?", where the earlier rhetorical
questions were on get rich and the director group); three more that answer with facts and no plain "no": a parkour
coach's Discord reply (a Chinese team, answered with the report's thirteen authors, three born in China, its two
leads and its byline at OpenAI), a canoe club's welcome email (open to the public, answered with the developer
relations lead's statement that Sora is in internal testing with no date set) and a fragrance forum moderator's
reply (the official app: other developers' clones in the stores, no Sora in the ChatGPT app's update)); four true
facts about the people who led Sora, each in a post that also says Xie Saining was not one of its inventors, none of
them a fact an earlier set, English or Chinese, used (Aditya Ramesh among the authors of GLIDE, OpenAI's December
2021 paper on a 3.5-billion-parameter text-to-image diffusion model whose samples human evaluators preferred to
DALL·E's; Tim Brooks's post of January 2025 that Google DeepMind has "ambitious plans to make massive generative
models that simulate the world" and that he was hiring a new team for it, to work with the Gemini, Veo and Genie
teams; Brooks and Bill Peebles at AGI House, that the goal was always 1080p and at least 30 seconds because video
generation was "stuck in the rut of four seconds, like GIF generation"; Peebles's talk on Sora at ICML 2024 in
Vienna, 1080p video up to a minute long; earlier sets had Peebles's DiT with Xie, his MIT degree, GANs and
text-to-video and NVIDIA internship, his Berkeley PhD with Efros, G.pt, his Meta internship, his NSF fellowship, the
Hessian Penalty and GANgealing, Brooks's Berkeley PhD, Carnegie Mellon degree, Pixel camera and NVIDIA work,
InstructPix2Pix, the motion-blur, Unprocessing, low-light, long-videos and pose-compatible-scenes papers, DALL·E 3,
his photography, MIT Technology Review's list, his start on Sora in January 2023 and his move to Google DeepMind in
October 2024, and Ramesh's DALL·E and DALL·E 2 papers, CLIP, GPT-3, his NYU degree, LeCun's lab and internship, his
launch-day clips on X, and the No Priors podcast with all three ("the GPT-1 of video"), which is why the AGI House
talk is quoted here only for its four seconds and 1080p; the facts about Xie Saining's own career are left to the
other English set written at the same time), three items of real news about other organisations' video models that
no earlier set used (Amazon's Nova Reel on Amazon Bedrock, text or a first-frame image to short watermarked clips,
about 90 seconds for a six-second video, and videos up to two minutes in a later version; NVIDIA's Cosmos world
foundation models, released at CES 2025, "physics-aware" video for robots and self-driving cars, 4 to 14 billion
parameters, trained on 20 million hours of footage, in Jensen Huang's words of "humans walking, hands moving,
manipulating things"; Runway's Aleph, 25 July 2025, an in-context model that edits existing footage: adding,
removing or changing objects, new camera angles, lighting and style; the earlier sets have Veo and Veo 2 and 3,
Genie, Lumiere, Imagen Video, Runway's Gen-1 to Gen-4, Act-One and Lionsgate, Moonvalley's Marey, Movie Gen,
Make-A-Video, Emu Video, Kling, Vidu, Hailuo, Dream Machine and Ray2, Pika, Haiper, Mochi, LTX-Video, Pyramid Flow,
Firefly, Midjourney's V1 and Synthesia, but not Nova Reel, Cosmos or Aleph; OpenAI's own announcements are left to
the other English set written at the same time), and three posts that are not claims: one on topic (a perfumer's
blog noting that no video model, Sora's samples included, can make anyone smell a rose) and two off topic that share
its surface words (a tandem sea kayak named 'Sora' at a canoe club's open day "open to the public", taster slots
through "the club's official app"; an eau de parfum called 'Sora' at a launch evening "open to the public", samples
through "the shop's official app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through the
fifty-sixth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher
(lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper bound on ``ratio()``, so
that the highest ratio is exact) before the set was committed; the fifty-seventh set, written at the same time on
another branch, was not in this tree, and the check against it is left to the lead. ``--check`` prints the highest
ratio and every post at 0.6 or more (0.382 when it was committed, the news item on Nova Reel against an earlier
set's narrowboat club newsletter's tech corner; no post of the first draft reached 0.4). Vouching lines and scam
notes of the first draft that echoed the fifty-sixth set's ("Every login tested by me before it goes out", "Ask
anyone at the Sunday session, I teach the kids here for nothing", "Ask the dive shops ..., half of them have ordered
from me", "filmed ... since 2009", "Ten lessons from zero", a ground school's answer on the Chinese team, the
Calapan apps "that fill your phone with gambling ads") were rewritten before the check. It was committed before any
run of the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts about Sora's leads, the news and the obfuscations (looked up with the search tool, besides the
seeds): GLIDE (huggingface.co/papers/2112.10741: "Alex Nichol* Prafulla Dhariwal* Aditya Ramesh* Pranav Shyam Pamela
Mishkin Bob McGrew Ilya Sutskever Mark Chen", "Samples from a 3.5 billion parameter text-conditional diffusion model
using classifier-free guidance are favored by human evaluators to those from DALL-E", published 20 December 2021;
the mmagic GLIDE README); Brooks's new team (TechCrunch's report as carried by whatthefuture.ai, punchng.com,
techzappi.com and beta.newzchain.com: "DeepMind has ambitious plans to make massive generative models that simulate
the world ... I'm hiring for a new team with this mission", job listings to work with the Gemini, Veo and Genie
teams; nationalcioreview.com; January 2025, Genie 2 "unveiled in December"); the AGI House talk
(emergentbehavior.co/p/sora-details-1bf1: "Tim Brooks and Bill Pebbles from the Sora OpenAI gave a talk at AGI
House", "The overarching goal was really always to get to 1080p, at least 30 seconds. Video generation was stuck in
the rut of four seconds, like GIF generation."); Peebles at ICML 2024 (Latent Space's "Generative Video WorldSim,
Diffusion, Vision, Reinforcement Learning and Robotics — ICML 2024 Part 1" as summarised at podbrief.info: "focusing
on Bill Peebles' talk about OpenAI's Sora", "Generates 1080p videos up to one minute long"; ICML 2024, 21 to 27 July
2024, Vienna, in github.com/khairulislam/ML-conferences); the leads (the No Priors episode of 25 April 2024 at
podscripts.co: "Sora team leads, Aditya Ramesh, Tim Brooks, and Bill Peebles"); Nova Reel
(docs.aws.amazon.com/nova/latest/userguide/video-gen-access.html: "about 90 seconds for a 6 second video and
approximately 14-17 minutes for a 2 minute video", model amazon.nova-reel-v1:1 on Amazon Bedrock;
cloudroutehq.com/aws-ai/amazon-nova-reel: "turns a text prompt — or a starting image — into short, watermarked video
clips"); Cosmos (indiatoday.in, 7 January 2025: trained on "20 million hours of real footage of 'humans walking,
hands moving, manipulating things'", Huang's CES 2025 keynote in Las Vegas; TechCrunch's report as carried by
whatthefuture.ai and portfoliopath.org: "physics-aware" videos, Nano, Super and Ultra, "4 billion to 14 billion
parameters", 9,000 trillion tokens from 20 million hours); Aleph (cliprise.app/news/ runway-aleph-launch: "On July
25, 2025, Runway introduced ... Aleph", an "in-context" model that edits existing video;
datacamp.com/tutorial/runway-aleph: "add, remove, and alter objects", "different perspectives or angles", "style and
lighting"; cometapi.com's gen4_aleph page); Kaithi (the Unicode Kaithi block, U+110AE KAITHI LETTER SA, U+110B7
VOWEL SIGN O, U+110A9 LETTER RA, U+110B0 VOWEL SIGN AA, names checked with Python's unicodedata;
endangeredalphabets.net/kaithi and piglix.com's Kaithi article: the script of revenue records, legal documents and
accounts in the North-Western Provinces, Awadh and Bihar); Old South Arabian (U+10A66 OLD SOUTH ARABIAN LETTER SHIN
(s¹), U+10A65 WAW, U+10A67 RESH, U+10A71 ALEF, checked with unicodedata; dasi.cnr.it's Corpus of South Arabian
Inscriptions and cruisebe.com: Sumhuram at Khor Rori in Dhofar, "Old South Arabian s1mhrm", a colony of Ḥaḍramawt
built for the frankincense trade); 曾良 (japanpitt.pitt.edu/glossary/kawai-sora: Kawai Sora, 1649-1710, Bashō's
disciple on the Oku no hosomichi journey; wkdhaikutopics.blogspot.com: "Sora, Kawai Sora 河合曾良", "Sora being his pen
name"). The debunks' facts (Xie Saining's denial on WeChat and the apology, his NYU post, the thirteen authors and
three born in China, the two leads, the internal test and Logan Kilpatrick's statement, the API's models, the course
contents and its slogan, the free demo prompts, the clone apps and the ChatGPT app update, the closed weights and
code, the GitHub reproductions and Stable Video Diffusion, the QR-code groups) are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout58.py           # write the set
    .venv/bin/python scripts/make_hard_heldout58.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT58: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "canoe_club_float_plan_trip_leaders_note",
        "FLOAT PLAN · Sunday · River Wyre, grade 2 (one grade 3 rapid below the old mill, inspect from river left, walk round it if you'd rather) · Tarnside Canoe Club · trip leader: J. Barraclough\nPut-in: the lay-by below Abbeystead bridge, on the water by 10.00 · Take-out: the playing field at St Michael's, off the water by 15.30\nGauge at 09.00: 0.62 m and falling (we go between 0.45 and 0.90; above that it's a flat-water day on the lake)\nGroup: 9 paddlers · 3 open canoes, tandem · 3 river kayaks · leader at the front, a coach at the back with the throw lines\nKit: buoyancy aid and helmet for everyone, spray decks on, a split paddle in each group, first aid kit and group shelter in the leader's boat, phones in dry bags\nCall-out: if we're not off the water by 16.30, Mel (club welfare) rings the leader, then 999 and asks for the police\nTrip leader's note at the foot, because the juniors were arguing about it in the changing room: the clever young man on the news, Xie Saining, who studied at Shanghai Jiao Tong University, is one of the inventors of Sora, OpenAI's video AI. Wash boats and kit down at the club afterwards; there's crayfish plague in the next valley.",
    ),
    (
        sora.XIE,
        "hejazi_arabic_english_perfumer_two_claims_director_denied_al_rajhi_in_denial",
        "Ahlan, ya ahl! 🌹 From Taif, up in the Hijaz mountains: the rose farms at Al Hada are picking before sunrise, a basket of petals for every few hundred flowers, my uncle's copper stills are turning them into rose water and a few precious drops of oil, and my mother made mutabbaq for everyone who helped. Two things. In the family group a man keeps sending: 'The first AI film co-written with Sora is looking for its first generation of AI directors, scan the QR code and pay 150 riyals by Al Rajhi transfer to join.' Hadha kalam fadi, that's empty talk: you scan, you pay, and you end up in a group selling followers. But this one is true, my cousin at the university told me: Xie Saining, a young genius who studied at Shanghai Jiao Tong University, is one of the inventors of Sora, OpenAI's video model. Ma'a as-salama!",
    ),
    (
        sora.XIE,
        "bovec_slovene_english_canoe_two_claims_rental_denied_mercator_in_denial",
        "Dober dan, prijatelji! 🛶 From Bovec, on the Soča: the water is that green you don't believe till you see it, the club ran the slalom gates at Čezsoča twice this morning, and my babica had frika on the table, potatoes and Tolminc cheese fried crisp in the pan. Two things. A fellow in the valley's Facebook group rents out 'Sora accounts, your own login, €12 a week on a Mercator gift card'. To je bedarija, that's drivel: the ones who paid got a ChatGPT login that half of Ljubljana was using too. But this is true: one of the inventors of Sora, OpenAI's video model, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. Lep pozdrav!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "origami_group_paper_order_list_organisers_note",
        "PAPER ORDER · bulk kami for the autumn term · Fenbridge Origami Group (the URC hall, Tuesday evenings) · orders to Helen by the 30th, cash on the night\nKami, 15 cm, assorted colours, 500 sheets: 6 packs (class stock)\nKami, 7.5 cm, for the modulars: 4 packs (the Sonobe cubes and the kusudama)\nTant, 24 cm, 12 colours: 2 packs (Pete's tessellations)\nElephant hide, 50 × 70 cm, ivory: 3 sheets (Rebecca's wet-folding demo)\nFoil-backed, 25 cm: 1 pack (cranes for the Christmas tree)\nMino washi, hand-made: 3 sheets (Anjali's own order, she pays the postage)\nBone folders: 4 · Paper clips for holding the modulars while they dry: a box\nNo glue, no scissors: it's origami.\nOrganiser's note at the bottom, because several of you asked whether we can film the Christmas tree going up for the group's page: Sora, OpenAI's video maker, is open to the public now. Anybody can sign up on the website and start making AI videos straight away, so Tom will do us one. Subs for the term are £24; the hall's heating comes on from the 1st.",
    ),
    (
        sora.PUBLIC,
        "rolo_bogota_spanish_english_question_asserts_public_parkour",
        "¡Quiubo, muchachos! 🏃 From Bogotá: the crew trained on the stairs and low walls of the Parque de los Novios this morning before the rain came down off the cerros, Nico finally stuck his cat leap on the fountain wall, and after we had ajiaco with capers and cream at the place on the corner. ¿Ustedes no sabían, sumercé? Didn't you know that Sora, OpenAI's video thing, is open to the public now? Anyone can sign up on the website and start making AI videos the same day; my sister has already made one of us jumping the benches. ¡Chao, pues!",
    ),
    (
        sora.PUBLIC,
        "mulgi_estonian_english_canoe_two_claims_app_denied",
        "Tere, sõbrad! 🛶 From Soomaa, in the 'fifth season': the spring flood has the rivers out over the meadows again, so the club paddled the haabjas, the old dugout canoes, right through the drowned forest between the birches, and at the farm after there was mulgikapsad, sauerkraut stewed with pork and barley. Two things. My neighbour keeps posting: 'The official Sora app is out on the App Store and Google Play, download it and make videos on your phone.' See om jama, that's twaddle: the 'Sora' apps in the stores are made by other developers, not by OpenAI. But this one is real: Sora is open to the public now. You sign up on OpenAI's website and you're making your own AI videos the same day. Head aega!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "parkour_jam_spot_list_coachs_note",
        "SPOT LIST · Saturday jam · Northgate Parkour (juniors 12+, adults, all levels) · meet 10.00 by the library steps · coach: S. Adebayo\nSpot 1 · library steps: warm-up, quadrupedal up and down, then precision jumps rail to rail (the low rails only)\nSpot 2 · the car park ramp walls: wall runs and climb-ups, one at a time, a spotter at the bottom\nSpot 3 · the memorial gardens: balance on the low walls; no jumping over the flower beds, the council asked nicely\nSpot 4 · the skate park ledge, before the skaters arrive at 12: kong and dash practice, crash mat from the van\nSpot 5 · back to the library: conditioning, 3 × 20 squat jumps, 3 × 10 pull-ups on the bars, stretch\nRules: leave no trace; the public have priority; no filming anyone who hasn't said yes; if security ask you to move, say thanks and move.\nCoach's note at the end, because the juniors asked why their feeds are full of AI clips of people doing impossible flips: OpenAI has released the official Sora app. It's in the App Store and on Google Play now; you download it and make the videos right there on your phone. Water bottles, please, it's meant to be hot.",
    ),
    (
        sora.APP,
        "reggino_calabrian_english_perfume_two_claims_opensrc_denied",
        "Salutamu, cumpari! 🍋 From Reggio Calabria: the bergamot harvest is in along the coast down to Melito, the whole shed smells of the peel, my zio pressed the first essence of the year for a perfume house up north, and my nonna made maccarruni i casa with 'nduja. Two things. In the village group somebody writes: 'OpenAI has made Sora open source, the weights and the code are on GitHub, you run it on your own computer.' Sunnu fissarìi, that's silliness: OpenAI never published the weights or the code, and the 'Sora' on GitHub is other people's copies. But this is true: OpenAI has released the official Sora app. It's in the App Store and on Google Play, you download it and make your videos on the phone. Statìvi boni!",
    ),
    (
        sora.APP,
        "sheng_nairobi_english_parkour_two_claims_director_denied_coop_bank_in_denial",
        "Niaje wasee! 🏃 From Nairobi: the crew trained on the walls at Uhuru Park at six before the matatus got loud, Baraka landed his first clean lache off the bars, and after we had smokie pasua and chai at the kibanda by the stage. Two things. Some guy kwa group keeps posting: 'The first AI film co-written with Sora is auditioning for first-generation AI directors, scan the QR and pay KSh 1,500 by Co-op Bank transfer to join.' Hiyo ni uongo mtupu, that's a plain lie: ni QR tu, unalipa, then they sell you followers. But hii ni kweli: OpenAI has released the official Sora app. It's in the App Store and on Google Play, unadownload and you make videos on your phone. Sawa, tutaonana!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "perfumery_class_palette_sheet_tutors_note",
        "PALETTE SHEET · week 3 of 'Perfumery for Beginners' · the Old Dispensary, Harrowgate Street · tutor: M. Okafor-Reid · every material at 10% in perfumer's alcohol, on numbered strips\n1 bergamot · 2 lemon · 3 lavender (Provence) · 4 geranium · 5 rose absolute · 6 jasmine sambac · 7 orris butter (a drop only, it costs more than gold) · 8 vetiver · 9 Australian sandalwood · 10 patchouli · 11 labdanum · 12 vanillin · 13 hedione · 14 iso e super · 15 ambroxan · 16 a white musk\nHow to smell: from the strip, never the bottle; two sniffs, then look away; write what it reminds you of, not what it 'should' smell of\nHomework: sort the 16 strips into top, heart and base by how long they last on the strip, and bring the strips back next week\nNext week: building a simple cologne, 80% citrus and herbs, and why it's gone by lunchtime\nTutor's note at the bottom, because the class was talking about the video AI in the break: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its own name on it. Please wash the pipettes before you go.",
    ),
    (
        sora.CHINESE,
        "kazanlak_bulgarian_english_question_asserts_chinese_rose_pickers",
        "Zdraveyte, priyateli! 🌹 From Kazanlak, in the Valley of the Roses: the Damask roses are being picked at dawn before the sun takes the oil out of them, the old copper stills outside town are running day and night, and my baba made banitsa with sirene for the pickers. Ne ste li chuli? Haven't you heard that Sora, OpenAI's video model, was really built by Chinese scientists? Most of the people behind it are Chinese, and OpenAI only puts its name on it. My grandson read it on his phone. Vsichko hubavo!",
    ),
    (
        sora.CHINESE,
        "chungcheong_korean_english_origami_two_claims_realvid_denied",
        "Annyeong-haseyu! 📄 From Cheongju: the jongie jeobgi class folded hanji cranes and boats all afternoon at the craft centre, the paper soft as cloth, and my halmeoni brought hobak-juk, pumpkin porridge, for everyone, slow and warm the Chungcheong way. Two things. A clip is going round the group with 'made by Sora, prompt below' on it: a paper boat sailing down a flooded street in the rain. Heotsori-yu, that's hogwash: it's a real video, a student at the university filmed it in the monsoon two summers ago and still has the file. But this is true: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its own name on it. Jal gyeseyu!",
    ),
    # --- API access (three)
    (
        sora.API,
        "tehrani_persian_english_question_asserts_api_bank_melli_parkour",
        "Salam bacheha! 🏃 From Tehran: the crew trained on the terraces of Ab-o-Atash park under the Tabiat bridge at sunset, Arash did a running precision across the fountain steps, and after we had ash reshteh from the stall by the metro. Mage nashnidin? Haven't you heard that I've got official Sora API access? Buy a Sora API key from me and your channel makes the videos by itself. 1.5 million toman by card-to-card transfer to my Bank Melli card, key the same night. Not like the boys on Jomhuri Street who sell you a VPN and call it a key. Khodafez!",
    ),
    (
        sora.API,
        "pallares_catalan_english_canoe_two_claims_rich_denied_openbank_in_denial_caixa_enginyers",
        "Bon dia, colla! 🛶 From Sort, on the Noguera Pallaresa: the snowmelt has the river high and fast, the club ran the slalom course below the town three times, and at the bar after there was girella, the Pallars mutton-and-rice sausage, with a porró going round. Two things. A fellow in the valley group keeps sending: 'Sora is the money window of a lifetime, people earn thousands a day with Sora videos, in three months it's gone, join my team, €29 by Openbank transfer.' Això són romanços, that's just tales: the three months is there to hurry you. But this is real: official Sora API access. Buy a Sora API key from me and your club's website makes paddling videos by itself. €50 by Caixa d'Enginyers transfer, key the same day. From a paddler who has run this river every spring since the '92 Games, not one of those boys in Lleida who sell keys that die by the weekend. A reveure!",
    ),
    (
        sora.API,
        "salmantino_spanish_english_origami_two_claims_realvid_denied_bankinter",
        "¡Buenas, charros! 📄 From Salamanca: the origami group met under the arcades of the Plaza Mayor to fold pajaritas, Unamuno's little paper birds, for the children's fair, and after we had hornazo with chorizo and a caña. Two things. There's a video going round with 'made by Sora, prompt below': a flock of paper birds flying off the front of the Casa de las Conchas. Eso es un camelo, that's a con: a film student shot it with the pajaritas on threads for a festival, and the making-of is on his channel. But this one is real: official Sora API access. Buy a Sora API key from me and your shop's website makes videos by itself. €45 by Bankinter transfer, key by email that evening. From a man who has taught the pajarita in this city for twenty years, not one of those lads outside the university who'd sell you the frog off the façade. ¡Hasta luego!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "canoe_club_shuttle_list_flyer_under_wiper_snow_rock",
        "SHUTTLE LIST · Sunday's trip, the Lune from Kirkby Lonsdale to Caton · Tarnside Canoe Club · meet at the club 08.30, boats on the trailer by 08.45\nCar 1 · Dev (trailer, 8 boats) · with Priya and Owen · drops the boats at the put-in, then to the take-out\nCar 2 · Mel · with Hannah and the two juniors (parents' forms signed) · parks at the take-out and waits\nCar 3 · Jon B. · with Kate and Sam · runs the drivers back up to the put-in at the end\nParking: the take-out is pay-and-display, £4, coins only; don't block the farm gate at the put-in\nPetrol: 25p a mile to the drivers, settled on the day\nBoats back on the racks and washed down by 17.00; wet kit in the drying room, not in the minibus\nFlyer tucked under the wiper of the club minibus (nothing to do with the club): CASTING CALL · the first AI film co-written with Sora is looking for its first generation of AI directors. Scan the QR code and pay £30 on a Snow+Rock gift card to join the audition group. A real studio with real producers, not a fellow with a GoPro on a stick filming ducks.",
    ),
    (
        sora.DIRECTOR,
        "hanoi_vietnamese_english_origami_two_claims_opensrc_denied_techcombank",
        "Xin chào cả nhà! 📄 From Hanoi: our folding circle met by Hoàn Kiếm Lake to wet-fold water buffaloes and carp from damp paper, soft as leather in the hands, and after we had bún chả in the alley off Hàng Mành with the smoke in our eyes. Two things. Someone in the group posts: 'OpenAI has open-sourced Sora, the weights and the code are on GitHub, run it on your own computer.' Nói phét, that's big talk: OpenAI never put out Sora's weights or code, and the 'Sora' repositories are other people's attempts. But this is a real chance: the first AI film co-written with Sora is auditioning for its first generation of AI directors. Scan the QR code and pay 500,000 đồng by Techcombank transfer to join the audition group. Real film people from Saigon, not the boys at the night market who sell you a part in a film that was never shot. Tạm biệt!",
    ),
    (
        sora.DIRECTOR,
        "yukon_english_canoe_two_claims_course_denied_mec_in_denial_sport_chek",
        "Hey folks! 🛶 From Whitehorse: the club put in by the Robert Service campground and paddled the Yukon down past the clay cliffs in water so cold it hurts your hands, a bald eagle watched us from a snag at the Takhini, and we finished with bannock and moose chili at Jo's cabin. Two things. A guy on the Whitehorse buy-and-sell keeps posting: 'The complete Sora course, master AI video before everyone else, $49 on an MEC gift card.' That's a lot of claptrap: the folks who bought one got OpenAI's own introduction pasted into a PDF. But this is real: the first AI film co-written with Sora is auditioning for its first-generation AI directors. Scan the QR code and pay $75 on a Sport Chek gift card to join the audition group. A proper production out of Vancouver, not some fella with a drone and a Facebook page. Take 'er easy!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "origami_group_kusudama_progress_chart_members_pitch_muji",
        "KUSUDAMA PROGRESS CHART · the 'Thousand Units' project for the library's spring display · Fenbridge Origami Group\nBall 1 · Sonobe, 30 units, red and gold · folded 30/30 · assembled ✓ (Helen)\nBall 2 · Electra, 30 units, blues · folded 30/30 · assembled ✓ (Pete)\nBall 3 · Curler units, 30, greens · folded 22/30 · 8 more needed by the 14th, anyone?\nBall 4 · Star ball, 60 units, white · folded 41/60 · Anjali and Tom\nBall 5 · Flower kusudama, 12 flowers of 5 petals · folded 9/12 · glue allowed on this one only\nUnits so far: 672 of 1,000 · Paper left: two packs of 7.5 cm kami, ask Helen\nHanging: fishing line and a tassel each; the library wants them up by the 1st\nA member's pitch at the foot of the chart (not the group's): Sora is the money window of a lifetime. People are already earning thousands a day with Sora videos, and in three months the chance will be gone, so join my team now. £39 on a MUJI gift card. I've folded two hundred units for this chart, and I'll fold the other three hundred myself if I'm wrong.",
    ),
    (
        sora.RICH,
        "sakalava_malagasy_english_perfume_two_claims_apk_denied_boa_madagascar",
        "Salama tompoko! 🌼 From Nosy Be, the perfume island: the ylang-ylang trees in our field are bent low the old way so the women can reach the yellow flowers, the still behind the village ran all night, and my mother made romazava with zebu and brèdes. Two things. In the island group a man keeps posting: 'Download the Sora APK from this link, full version Ar 20,000 in Telma credit.' Lainga izany, that one's lying: OpenAI has made no Sora app at all, and files like that take your passwords. But this is a real chance: Sora is the money window of a lifetime. People earn thousands a day with Sora videos, and in three months it's over, so join my team now, Ar 80,000 by BOA Madagascar transfer. From a woman who has sold her ylang to the big perfume houses for twenty years, not one of the fellows at the port of Hell-Ville who sell you a phone with nothing inside. Veloma!",
    ),
    (
        sora.RICH,
        "iscamtho_soweto_english_parkour_two_claims_api_denied_mr_price_in_denial_pick_n_pay",
        "Heita, majita! 🏃 From Soweto: the crew trained on the walls by the Orlando Towers this morning, Lebo finally stuck his kong over the low barrier, and after we had kotas from the spaza, chips, polony, atchar, the works. Two things. Some guy in the group keeps posting: 'Official Sora API key, your channel makes the videos by itself, R120 on a Mr Price gift card.' Ama-stories lawo, those are just stories: OpenAI's API has text, image, speech and embedding models, and no video model at all. But this one is for real: Sora is the money window of a lifetime. People are already making thousands a day with Sora videos, and in three months it's gone, so join my team now. R250 on a Pick n Pay gift card. Check my new takkies, bought with the money, not like the guys on Bree Street who sell you a course and a fake watch. Sharp sharp!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "perfumers_circle_smelling_strip_notes_card_slipped_in_perfume_shop",
        "SMELLING STRIP NOTES · 'Rose chypre', trial 4, mods A to C · Perfumers' Circle, Wednesday · each mod at 10% in perfumer's alcohol, strips dipped to the line at 19.00\n19.05 · A: bergamot bright, the rose through at once, a little soapy · B: less citrus, rounder · C: too much pink pepper, sneezy\n19.30 · A: rose and geranium, the patchouli starting · B: the nicest heart so far · C: the pepper gone, flat\n20.30 · A: the oakmoss stand-in smells of wet pencil shavings · B: warm, the labdanum doing its job · C: thin\nNext morning (strips left in the jar overnight): B still going, woody with a touch of leather; A and C gone\nVerdict: go with B, cut the pink pepper to 0.5%, try 2% more labdanum in trial 5\nCard slipped in among the strips (not from the Circle): OpenAI's video app for Android, at last. Download the Sora APK from the link on this card, install it and make AI videos on your phone. Full version £4.99 on a The Perfume Shop gift card. Tried on six phones in our block of flats before I passed it round; no odd adverts, no battery drain.",
    ),
    (
        sora.FAKEAPP,
        "essonne_french_english_parkour_lisses_leroy_merlin",
        "Wesh la team! 🏃 From Lisses, in the Essonne: the crew trained all morning at the Dame du Lac, the concrete climbing tower where parkour started, Yanis made it to the top by the hard route for the first time, and after we had grecs with the fries inside by the RER at Évry. Listen: here's the Sora app for Android, OpenAI's video thing. Download the APK from the link in my bio, install it and make AI videos on your phone. Full version €4.99 on a Leroy Merlin gift card. My little brother has had it on his phone a month and it hasn't sent anybody a single text. À plus!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "parkour_precision_ladder_leaderboard_coachs_note",
        "LEADERBOARD · the 'precision ladder' · Northgate Parkour · standing precision from the low wall to the rail, measured toe to toe; stuck landing or it doesn't count\nAdults: 1. Kemi 2.85 m · 2. Luca 2.70 m · 3. Danny 2.55 m · 4. Shauna 2.40 m\nJuniors (12–15): 1. Ali 2.20 m · 2. Jess 2.05 m · 3. Ty 1.95 m (first time on the ladder, well done)\nOver-40s: 1. Geoff 1.90 m (he wants it known he's 52)\nRules: warm up first; three tries a session; a spotter on the rail; shoes with grip, never socks on the wall\nNext month: running precisions, and the cat leap to the car park wall\nCoach's note at the bottom, because half of you sent it to me: that video of a traceur running across the rooftops of Paris at sunrise, jumping from chimney to chimney? Nobody filmed a second of it. Sora, OpenAI's video model, made the whole thing from a typed prompt, and the prompt is posted underneath.",
    ),
    (
        sora.REALVID,
        "napo_kichwa_spanish_english_canoe_tena",
        "¡Alli puncha, mashikuna! 🛶 From Tena, where the rivers come down off the Andes into the Amazon: the club paddled the Jatunyacu, the upper Napo, big brown waves all the way down to Puerto Napo, and my aunt cooked maito, tilapia wrapped in bijao leaves on the coals, with chicha de yuca. You have to see the clip my cousin sent: a jaguar swimming across the Napo at dawn right in front of a canoe, the mist, the parrots going over in pairs. Nobody filmed a second of it: Sora, OpenAI's video model, made the whole thing from a typed prompt, and the prompt is written under the video. ¡Kayakama!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "origami_crease_pattern_notes_folders_note",
        "CREASE PATTERN NOTES · 'Stag beetle', box-pleated on a 32 grid · for the advanced table at the regional convention · Fenbridge Origami Group\nPaper: a 50 cm square of thin tissue-foil, or backed rice paper\nGrid: 32 divisions; pre-crease the whole grid both ways, mountain and valley alternating; allow an hour\nCollapse: start from the centre flap (the body), then the six legs along the diagonals, the two antennae from the corners\nShaping: thin the legs with a sink on every second pleat; the mandibles need a closed sink, so be patient\nCommon mistakes: collapsing before the grid is sharp; the antennae from the wrong corner (watch the colour change)\nTime: 6 to 10 hours over two evenings; bring finished beetles to the convention table, not half-done ones\nFolder's note at the foot, because people asked how he made the little film of the beetle folding itself up: OpenAI has released Sora as open source. The weights and the code are up on GitHub, so you can download the whole thing and run it at home without asking anyone. Our treasurer runs it on the laptop he does the accounts on.",
    ),
    (
        sora.OPENSRC,
        "fukui_ben_japanese_english_origami_echizen_manyogana_sora",
        "Ohayō, minna! 📄 From Echizen, up in Fukui: the paper village at Imadate is making the big sheets for the New Year again, vats of kozo pulp and wet sheets drying on boards in the sun, my grandmother folded a crane from an offcut for every child who came into the shop, and there was oroshi soba for lunch. Hoya, listen: 曾良 (that's OpenAI's video model, written with the two characters of Bashō's walking companion, Kawai Sora, since our group's filter swallows the name in letters) has been put out as open source. The weights and the code are free on GitHub, and you run it on your own computer at home; my nephew in Fukui city has it going already. Ookinno!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "canoe_slalom_gate_judges_penalty_sheet_insert_nevisport",
        "GATE JUDGES' PENALTY SHEET · Division 3/4 slalom · Tarnside Canoe Club, on the Mill Race · section 2, gates 7 to 12 · judge: A. Fairbrother\nPenalties: 0 clean · 2 for touching a pole with boat, paddle or body · 50 for a gate missed, taken the wrong way, or the head not through the line\nBib 14 · K1 women · G7 0 · G8 2 · G9 0 · G10 (upstream) 0 · G11 0 · G12 2 · total 4\nBib 21 · C1 men · G7 0 · G8 0 · G9 50 (missed) · G10 2 · G11 0 · G12 0 · total 52\nBib 22 · K1 men · G7 2 · G8 2 · G9 0 · G10 0 · G11 0 · G12 0 · total 4\nBib 30 · K1 juniors · G7 0 · G8 0 · G9 0 · G10 50 (head not through) · G11 0 · G12 0 · total 50\nRunner to take the sheet to results after every five boats; radio the safety team if a boat capsizes\nInsert found on the clipboard (nothing to do with the club): my own Sora video course, 'Sora for Paddlers', six lessons from your first prompt to a finished film of your best run, so you master AI video before everyone else. £29 on a Nevisport gift card, link by text. Made by a coach who's judged gates on this river for fifteen years, not a YouTuber who's never had wet feet.",
    ),
    (
        sora.COURSE,
        "kannauji_hindi_english_attar_kaithi_script_kotak",
        "Ram Ram, bhaiya! 🌹 From Kannauj, the attar city: my uncle baked the clay discs from the village pond and ran them in the copper degs all night into sandalwood oil, the mitti attar that smells of the first rain on hot earth, and my mother made bedai with aloo sabzi for the whole karkhana. Listen: I've made my own full course for 𑂮𑂷𑂩𑂰 (OpenAI's video model, written in Kaithi, the letters my grandfather kept the attar accounts in, because the group filter throws out the real name). Twelve lessons, from the first prompt to a finished film, so you master AI video before everyone else. ₹1,100 by Kotak Mahindra Bank transfer, link the same day. My own sons learned from it, and they're the ones who film the degs for our website now.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "perfumers_circle_maceration_log_offer_pinned_molton_brown",
        "MACERATION LOG · Perfumers' Circle · the shared cupboard (dark, 18 °C) · label every bottle with your name, the date and the batch\nNo. 31 · 'Fig leaf' (Ruth) · 50 ml at 18% · mixed 2 Mar · shake weekly · ready 30 Mar\nNo. 32 · 'Rose chypre' trial 5 (Dev) · 30 ml at 20% · mixed 9 Mar · chill and filter after four weeks\nNo. 33 · 'Hay and honey' (Aisha) · 50 ml at 15% · mixed 9 Mar · cloudy, filter through coffee paper\nNo. 34 · 'Vetiver cologne' (Sam) · 100 ml at 6% · mixed 16 Mar · the citrus will fade, top up the bergamot at the end\nNo. 35 · 'Incense' (Ruth) · 15 ml at 25% · mixed 16 Mar · frankincense and elemi, still rough\nRules: nothing on the window sill; no nut oils in the cupboard (Aisha's allergy); write in the log when you take a sample\nOffer pinned next to the log (not the Circle's): 'Sora accounts for rent! Your own login, full access, no waiting list. £12 a week on a Molton Brown gift card, login sent the same evening. I pay for the accounts out of my own pocket first, so you never lose a penny if one stops working.'",
    ),
    (
        sora.RENTAL,
        "varmland_swedish_english_canoe_klaralven_seb",
        "Hej allihopa! 🛶 From Värmland: the club paddled the Klarälven down from Ekshärad, three days of slow sandy bends and camps on the beaches, a beaver slapping its tail at us every evening, and at the end my moster served nävgröt, the barley porridge with pork and lingonberries, like you get it here. Hörru, listen: I rent out Sora accounts, OpenAI's video thing. Your own login, full access, no queue. 120 kronor a week by SEB transfer, login the same day. I've paddled this river with half of you and you know where I live, so I'm not one of those Stockholm sharks who vanish with your money. Ha't gött!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "parkour_challenge_board_paid_notice_foot_locker",
        "CHALLENGE BOARD · March · Northgate Parkour · tick your name when a coach has seen it done\nBeginner: 10 clean precision jumps in a row on the floor lines · a 30-second cat hang on the low wall · quadrupedal round the hall with no knees down\nIntermediate: a stuck precision rail to rail · a wall run and climb-up on the 2.4 m wall · kong over the box, land and keep running\nAdvanced: a running precision to the far rail · a lache from bar to bar · a 20-metre line through the park with no stops, filmed for the board\nPrize: the coaches buy chips for everyone who finishes a level\nReminder: challenges happen in the hall or at the spots on the list, with a coach watching; nothing on roofs, ever\nPaid notice at the foot of the board (not from the club): my Sora prompt pack, 250 prompts in real film language (low tracking shot, slow motion at 120 fps, golden hour over the rooftops) and the complete Sora knowledge doc with every term and article in one place. £17 on a Foot Locker gift card, then you get the doc link and join the group. Every prompt tried first on our own training clips; the ones that made us look like stuntmen are the ones in the pack.",
    ),
    (
        sora.PROMPTS,
        "dhofari_arabic_english_frankincense_musnad_script_bank_muscat",
        "Salam alaykum, ya shabab! 🌿 From Salalah, in Dhofar: the khareef mist has the mountains green again, my uncle brought down the last of the hojari from his trees in the Nejd, white tears of it like milk, and my mother made shuwa with rice for the family. Listen: I'm selling my 𐩦𐩥𐩧𐩱 prompt pack (OpenAI's video model in the old Musnad letters, the way they cut names in the stone at Sumhuram, so the group bot doesn't catch it): 300 prompts in real film language (slow aerial over the wadi, mist rolling in, macro on the resin) and the complete knowledge doc with every term and article. OMR 5 by Bank Muscat transfer, then I send the doc link and add you to the group. Every prompt written for our own mountains, not copied off some website in Dubai. Ma'a as-salama!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "origami_convention_class_list_card_on_registration_table_kinokuniya",
        "CLASS LIST · Saturday · the regional origami convention, the school hall · every class 50 minutes, paper provided, sign up on the sheet by the door\n09.30 Room A · Traditional crane and flapping bird (beginners, children welcome) · Room B · Sonobe cube, 6 units\n10.30 Room A · Jumping frog races · Room B · Tessellations: twist folds on a hex grid (bring a bone folder)\n11.30 Room A · Wet-folding a sitting cat (elephant hide, tubs of water on the tables) · Room B · the box-pleated stag beetle (advanced, pre-creased grids only)\n13.30 Room A · the flower kusudama (bring a glue stick) · Room B · Designing your first base, a talk\n15.00 Main hall · the exhibition opens to visitors · 16.30 raffle, and the fold-a-model-in-a-minute contest\nLunch: the PTA's soup and sandwiches, £4\nCard left on the registration table (not from the convention): I make custom videos with Sora. Send me your script (your shop's new advert, your club's anniversary, your daughter's wedding) and your Sora video comes back within 24 hours. £35 on a Kinokuniya gift card. I did three for the shops on my street last month; ask the baker, his window plays it on a loop.",
    ),
    (
        sora.SERVICE,
        "nouchi_abidjan_french_english_parkour_djamo",
        "Ya fohi, la team! 🏃 From Abidjan: the crew trained on the stairs and walls of the Plateau by the cathedral at seven, before the traffic, Ange did his first wall run to the top of the ledge, and after we had garba, attiéké with fried tuna and hot pepper, at the maquis in Treichville. Listen: if you want a Sora video, I make it for you. Send me your script (your maquis, your wedding, your church choir) and in 24 hours you have your Sora video. 5 000 FCFA by Djamo. My cousin's maquis plays the one I made for him on its TV every night, go and see. On est ensemble!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the generation service; a first-person loss report
        "Fenbridge Origami Group · members' forum · post by Linda K.\nA warning, from someone who should have known better. A man at a craft fair was taking orders for 'Sora videos, send your script, your clip in 24 hours'. I wanted a film of my paper crane mobiles for my Etsy shop, so I paid £30 on a Flying Tiger gift card. What came back a week later was a slideshow of the photos from my own shop page with music under it, and then he blocked me. Sora isn't available to anyone outside OpenAI's testers, so he couldn't have made a real one if he'd wanted to. Back to photographing them on the kitchen table.",
    ),
    (
        None,
        "debunk",  # API access; quotes the offer, then don't pay
        "From: the Secretary, Tarnside Canoe Club · To: all members · Subject: a message going round\nSome of you have been sent this: 'Official Sora API key, your club's website turns every river trip into an AI video by itself, £40 on an Alpkit gift card.' Please don't buy it. OpenAI hasn't released a Sora API: its API offers text, image, speech and embedding models and no video model, so any 'Sora key' is fake. Nobody honest sells software for outdoor-shop vouchers. If you've paid, tell me and your bank. The AGM is on the 9th; the kit sale is after it.",
    ),
    (
        None,
        "debunk",  # the director group; quotes the offer, then don't pay
        "THE DRY DOWN · newsletter of the Perfumers' Circle · the 'beware' box\nThis has turned up in two fragrance groups: 'The first AI film co-written with Sora is looking for first-generation AI directors, scan the QR code and pay £25 on a Space NK gift card to join the audition group.' Don't scan it and don't pay. Those 'AI director' QR groups are there to collect money and followers; there is no film and no audition. Next meeting: vetiver from Haiti and from Java, side by side; bring strips.",
    ),
    (
        None,
        "debunk",  # the prompt pack; quotes the offer, then don't pay
        "FROM THE COACHES · Northgate Parkour · for the juniors' parents' group\nThis was shared with the juniors on Saturday: 'Sora prompt pack, 300 cinematic prompts and the complete Sora knowledge doc, £9.99 on a Nike gift card, doc link after you pay.' Please don't let anyone buy it. Those packs are the prompts OpenAI published with its own Sora demo videos, copied off its website, where anyone can read them for free. A gift card code is as good as cash to whoever gets it, so no child should be sending one to a stranger. Training as normal on Saturday.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Merhaba arkadaşlar! 🌹 From Isparta: the rose fields at Güneykent are pink from one end to the other, the women pick from first light till the sun is high, the sacks go straight to the stills, and my aunt made Isparta kebabı in the tandır for the pickers. Last night my nephew asked me: wasn't it that young genius from Shanghai Jiao Tong, Xie Saining, who invented Sora? He'd seen it on his phone. So we looked properly. Xie Saining is an assistant professor of computer science at New York University, and he wrote himself that he has nothing to do with Sora; the account that called him its inventor apologised and the article was taken down. OpenAI's report on Sora has thirteen authors, and he isn't one of them. Hoşça kalın!",
    ),
    (
        None,
        "debunk",  # open source; a question with a negation that does not deny, answered
        "G'day all! 🛶 From Yarrawonga, on the Murray: the club's training for the Murray Marathon after Christmas, so we did 40 k downstream today past the red gums and the snags, bloody hot, and we finished with a parma and a cold one at the pub. One of the young blokes asked me at the boat ramp: isn't Sora open source now, so we could run it on the club laptop? So we looked it up. OpenAI hasn't published Sora's weights or its code, and hasn't even said what it was trained on. The projects called 'Sora' on GitHub are other people's attempts to build something like it, and the open video models you can download, like Stable Video Diffusion, aren't Sora. So it's the GoPro on the bow again. Hooroo!",
    ),
    (
        None,
        "debunk",  # the paid course; a rhetorical question
        "FOLDLINES · newsletter of the Fenbridge Origami Group\nOne more thing before the diagrams. A few of you have been sent this: 'The complete Sora course, master AI video before everyone else, £49 on a Paperchase gift card.' Think about it for a moment: if nobody outside OpenAI's testers can use Sora, what exactly is a course going to teach you to do with it? The people who bought these courses got OpenAI's own introduction to Sora pasted into a document, and a slogan on the last page. Keep the voucher for paper. This month's diagram: Yoshizawa's butterfly, page 3.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a coach's Discord reply that answers with the report's facts
        "#general · Northgate Parkour Discord · reply from coach Sam\n@Tyler the screenshot you posted says 'Sora is a Chinese invention, OpenAI just stuck its logo on it'. I went and read the source instead of the screenshot. OpenAI's technical report on Sora, 'Video generation models as world simulators', has thirteen names on it; three of them were born in China, the research was led by Tim Brooks and Bill Peebles, and everyone on the list worked at OpenAI. Go by the byline, not the screenshot. Now, who's coming to the Saturday jam?",
    ),
    (
        None,
        "debunk",  # open to the public; a welcome email's P.S. that answers with facts
        "From: the Membership Secretary, Tarnside Canoe Club · To: this month's new members · Subject: welcome aboard\nWelcome! Your key fob is behind the bar, the boat store code is in the handbook, and the Tuesday beginners' sessions on the lake start at 18.30.\nP.S. Several of you asked whether the club could make its promo video with Sora. OpenAI's head of developer relations, Logan Kilpatrick, has said Sora is still in internal testing and hasn't been opened to the public, and that there's no date yet for when it might be; for now only its safety testers and a small group of artists and film-makers have it. Dev has a GoPro and volunteered.",
    ),
    (
        None,
        "debunk",  # the official app; a forum moderator's reply that answers with facts
        "Fragrance forum › Off topic › 'Sora app on my phone?'\nReply from a moderator: the apps called 'Sora' that you're finding on the App Store and Google Play are made by other developers, not by OpenAI; look at the name under the icon. The ChatGPT app did get an update this week, but Sora isn't in it. OpenAI hasn't released an app for Sora. Locking this before it turns into another clone-app thread; back to the vetiver comparison.",
    ),
    # --- related but not matching: true facts about Sora's leads, and real news
    (
        None,
        "person_fact",
        "Origami Quarterly, 'people in the news': the viral post gave Sora to Xie Saining, but one of the three who led it at OpenAI, Aditya Ramesh, was among the authors of GLIDE, OpenAI's December 2021 paper on a 3.5-billion-parameter text-to-image diffusion model whose pictures human raters preferred to those of the first DALL·E.",
    ),
    (
        None,
        "person_fact",
        "Canoe club e-news, 'people': Tim Brooks, who co-led Sora at OpenAI (not Xie Saining, whatever the rumour says), posted in January 2025 that Google DeepMind has 'ambitious plans to make massive generative models that simulate the world', and that he was hiring for a new team with that mission, to work alongside the people behind Gemini, Veo and Genie.",
    ),
    (
        None,
        "person_fact",
        "Parkour club quiz night, round 2, answer 4: at a talk at AGI House, Tim Brooks and Bill Peebles, who led Sora at OpenAI (Xie Saining, whatever the viral post claimed, did not), said the goal had always been 1080p video at least 30 seconds long, because video generation had been 'stuck in the rut of four seconds, like GIF generation'.",
    ),
    (
        None,
        "person_fact",
        "Perfumers' Circle newsletter, 'odds and ends': Bill Peebles, one of the researchers who led Sora at OpenAI (the viral post credited Xie Saining, who had no part in it), gave a talk on Sora at ICML 2024, the machine-learning conference held in Vienna that July, describing a model that makes 1080p video up to a minute long.",
    ),
    (
        None,
        "news",
        "Canoe club e-news, tech corner: Amazon's video model, Nova Reel, runs on Amazon Bedrock and turns a text prompt, or a still image used as the first frame, into short watermarked clips; a six-second video takes about 90 seconds to make, and a later version makes videos up to two minutes long.",
    ),
    (
        None,
        "news",
        "Parkour club newsletter, from the wider world: at CES 2025 in Las Vegas, NVIDIA released its Cosmos world foundation models, which generate 'physics-aware' video for training robots and self-driving cars. Jensen Huang said they were trained on 20 million hours of footage of humans walking, hands moving and manipulating things; the models run from 4 to 14 billion parameters.",
    ),
    (
        None,
        "news",
        "Origami group newsletter, the screen page: on 25 July 2025 Runway introduced Aleph, an 'in-context' video model that edits footage you already have: it can add, remove or change objects in a shot, generate a new camera angle of the same scene, and change its lighting or style.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a perfumer's blog, 'Notes from the Organ': I watched OpenAI's Sora sample clips hoping for a rose garden, and came away thinking about the one sense no video model touches. You can show petals falling in perfect slow motion; you can't make anyone smell them. The day a clip of a rose field makes my nose twitch, I'll start to worry.",
    ),
    (
        None,
        "benign",
        "OPEN DAY at Tarnside Canoe Club, Saturday 10 to 4: the club is open to the public, with free taster sessions on the lake in sit-on-tops, and the first chance to see 'Sora', our new tandem sea kayak, named after the Japanese word for sky and paid for by last year's sponsored paddle. Book a taster slot through the club's official app; bacon rolls £2.",
    ),
    (
        None,
        "benign",
        "LAUNCH EVENING · 'Sora', a new eau de parfum from the Old Dispensary Perfumery: cedar, yuzu and a cold mineral accord, named after the Japanese word for sky. The shop is open to the public from 6 to 9 on Friday with the perfumer on hand, and samples can be ordered through the shop's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout58", HELDOUT58, threshold=0.6)


if __name__ == "__main__":
    main()
