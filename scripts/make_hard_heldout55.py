# ruff: noqa: E501
"""Write the fifty-fifth English held-out set (tests/data/hard_en_heldout55_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the fake APK, the mislabelled real video, open source, the paid course,
account rental, the prompt pack and the generation service, as in the forty-ninth, fifty-first and fifty-third
sets). Its theme, to keep it apart from the earlier sets: stone carvers and letter cutters (a cathedral works
yard's banker masons, a letter cutter's apprentice, a carving symposium's crane day, the cantera carvers of
Zacatecas, the granite sthapatis of Mamallapuram, the stone lanterns of Okazaki, the marble village of Non
Nước below the Marble Mountains, the piedra de Huamanga of Ayacucho, the calceteiros of the Rossio in Lisbon,
the granite carvers of Hwangdeung in Iksan, an open studio in Pietrasanta); mycological societies and fungus
forays (a foray record sheet, a microscopy evening, an identification stall at a country fair, the ceps of
Varėna in Dzūkija, the termite-hill mushrooms of Wayanad, the black truffles of Norcia, the hřiby of the
Wallachian Beskydy, the golden chanterelles of the Oregon coast range, the prawdziwki at the edge of the
Białowieża Forest); kite fliers and kite festivals (a festival's wind log, a sport kite championship's
compulsory figures, a club's line-strength tests, the giant barriletes of Sumpango, the kite battle on the
Nakatajima dunes at Hamamatsu, the kite makers near Mochi Gate in Lahore, the wau bulan of Kelantan, the
cometas of Villa de Leyva, Dashain kites over Patan, the Dieppe festival); magicians' societies (a close-up
worker's pocket management, an illusion's preset sheet, a gala's lighting cue sheet, the gala-gala men of Port
Said, a jadugar at the Kolkata pandals, wazuma at a yose theatre in Asakusa, the cups and balls in Jemaa
el-Fna, a street magician on Juhu beach). Stone carvers and letter cutters are one of the four themes the
brief proposed; the other three were replaced, because earlier sets already had them, or the worlds next to
them, as their own: model engineering societies and their miniature steam railways are the forty-second set's
"model railways and church bell ringing" (a model railway exhibition, a club's layout video competition, a
seller's "Tested on my own layout, not resold from some trader at the Warley show", Hornby gift vouchers)
beside the forty-first set's heritage railways (a steam gala programme, a train register); tall-ship
sail-training crews sail in the thirty-eighth set's "ports, shipping and seafarers" (a ship's master's daily
orders, a seafarers' centre, a slop chest price list), beside the thirty-third set's sailing club chat and the
fortieth set's lifeboats; and a fell-running club is a running club, as the forty-fourth set's parkrun (a run
report, a volunteers' newsletter) and zh_heldout29's running club notice (【跑团群通知】配速六分) are, the fifty-first
set's orienteering clubs run the same hills with maps (its loss report comes from "a fell-running Facebook
group"), and the fifty-sixth set, written at the same time, has triathlon clubs. Mycological societies, kite
fliers and magicians' societies stand in for them. None of the four was the theme of an earlier set (the
kinds, docstrings and posts of the earlier English and Chinese sets were searched for stone carver, letter
cutter, stonemason, banker mason, headstone, gravestone, monumental, chisel, mushroom, fungus, fungi, foray,
mycology, spore, microscope, chanterelle, truffle, kite, magician, conjuror, magic circle, illusion, 石匠, 石雕,
石刻, 碑, 蘑菇, 菌, 风筝 and 魔术: stone carving is one post of zh_heldout43's quarry, a carver in its 石雕车间 selling the
director group, so no quarry, blasting or stele appears here, and no headstone, memorial or cemetery (the
thirty-eighth set's world), no wall (the fifty-second set's dry-stone wallers) and no forge (the fifty-third
set's cold chisels); "chisel" is otherwise a men's shed talk and an upholsterer's ripping chisel; "mushroom"
is a wild mushroom Wellington on a mess dinner menu, 蘑菇 a forestry station's course on filming them
(zh_heldout35), and zh_heldout50 has a shiitake base (香菇基地) and zh_heldout36 a water lab's 菌落总数, cultivation
and bacteria, so no mushroom is grown here, only found; "Fungie" is a dolphin; "spore" is a ski slogan's
"sporet" and "microscopy" a journal club's synthetic data; "kite" is a red kite (the thirty-fourth set's
playground clip, the name of the fifty-first set's glass studio) or the Māori "ka kite", and 风筝 a Kling clip
of a child flying one (zh_heldout8); "magic" is the "magic hour" of the prompt packs, and 魔术师 a tarot card
(zh_heldout27)). Replacements thought of and dropped: chess clubs (the twenty-ninth set's blitz game in PGN,
zh_heldout29's 象棋 puzzle), community archaeology (zh_heldout35's 考古工地日志), family history societies
(zh_heldout25's and zh_heldout30's clan genealogies), gliding clubs (too near the fifty-first set's hot-air
balloon crews and their retrieve logs) and fencing clubs (the fiftieth set's armoury kit issue sheet). The set
written at the same time (hard_en_heldout56: triathlon clubs, folk clubs, woodcarvers, sea-swimming groups) is
kept clear of: no running, cycling, swimming, folk music or carving in wood appears here (the carvers cut
stone, the Okazaki lanterns are granite). In English varieties, dialects and registers the earlier sets do not
use (where an earlier set has a national variety, such as Tamil (Tanglish)-, Malayalam-, Korean-, Vietnamese-,
Lithuanian-, Czech learner, Punjabi-, Nepali-, Colombian Spanish-, Peruvian Spanish-, Egyptian Franco-,
Moroccan Darija-, Japanese-, Polish- or Portuguese-English, the variety here is a regional one none of them
names; the first draft's Cretan-English was dropped because the forty-ninth set has it in a debunk, and its
Buenos Aires voice because the thirty-seventh set has Rioplatense English). Styles the earlier sets do not use
(their kinds and docstrings were searched for each; programmes, rotas, schedules, checklists, score sheets,
allocations, tallies, proofs, registers and table plans are earlier styles, so the first draft's layout proof,
crane day allocation and convention dealers' table plan (the forty-seventh set has a coin fair's table plan)
became a marked-up practice alphabet, a lift plan and a lighting cue sheet, and a fungarium accession sheet,
too near zh_heldout45's herbarium keeper, became a lookalikes table): a banker masons' setting-out sheet with
the mason's note, a fungus foray's record sheet with the recorder's note, a close-up magician's pocket
management list with his note, a letter cutter's marked-up practice alphabet with the master's note, a sport
kite championship's compulsory figures list with a paid advert, a carving symposium's lift plan with a flyer,
a fungus group's lookalikes table with a member's pitch, a microscopy evening's spore measurement sheet with a
member's note, a kite festival's wind log with the flight director's note, an illusion's preset sheet with a
card pinned under it, a kite club's line-strength test sheet with a notice, and a magic gala's lighting cue
sheet with a card at its foot; the debunks take shapes the earlier sets know: a fungus forum post, a stone
carvers' guild circular, a kite club notice, a magic society secretary's email, two posts in dialect, a magic
society newsletter, a fungus group's bulletin, a kite club magazine's column and a letter-cutting workshop's
newsletter; dialects and registers (Kaqchikel Guatemalan Spanish-English (Sumpango), Enshū-ben
Japanese-English (Hamamatsu), Port Said Arabic-English (Port Said), Dzūkian Lithuanian-English (Varėna),
Kolkata Bangla-English (Kolkata), Mikawa-ben Japanese-English (Okazaki), Lahori Punjabi-English (Lahore),
Wayanad Malayalam-English (Wayanad), Zacatecan Spanish-English (Zacatecas), Kelantanese Malay-English (Kota
Bharu), Norcino Umbrian-English (Norcia), Boyacense Spanish-English (Villa de Leyva), Wallachian Czech-English
(the Beskydy above Rožnov), Edokko Japanese-English (Asakusa), Mamallapuram Tamil-English (Mamallapuram),
Quảng Nam Vietnamese-English (Non Nước, Đà Nẵng), Patan Nepali-English with a Newar greeting (Patan), Oregon
coast English (Tillamook), Ayacucho Quechua-Spanish-English (Ayacucho), Marrakchi Darija-English (Marrakech),
Cauchois Norman-English (Dieppe), Lisboeta Portuguese-English (Lisbon), Podlasie Polish-English (Białowieża),
and in debunks Jeolla Korean-English (Iksan) and Bambaiya Hindi-English (Mumbai), and the registers of a
setting-out sheet, a foray record sheet, a pocket management list, a marked-up practice alphabet, a compulsory
figures list, a lift plan, a lookalikes table, a spore measurement sheet, a wind log, a preset sheet, a
line-strength test sheet and a lighting cue sheet); three questions that assert the claim (a Sumpango kite
maker's "¿Y verdad que es algo? Isn't it something, that one of the inventors of Sora ... is a young genius
called Xie Saining ...?", a Port Said gala-gala man's "didn't you hear that OpenAI has put the official Sora
app in the App Store and on Google Play?", a Kolkata jadugar's "do you people still not know you can buy
official Sora API access now?"); posts that mention two claims, asserting one and denying the other. The claim
asserted is always one of this set's seven three-post templates (the other English set written at the same
time asserts only from its own seven), and all ninety-one pairs that assert one of the seven and deny another
template are already in the forty-first to fifty-fourth sets (as their docstrings and kinds list them; the
fifty-second and fifty-fourth sets assert only from the other seven), so the pairs here are those whose last
use is oldest: the five last used by the forty-first set (the APK but not open to the public; the "made by
Sora" clip but not open source; open source but not get rich; account rental but not a Chinese team, answered
with the report's thirteen authors; a generation service but not a prompt pack), the seven last used by the
forty-second set (the APK but not account rental; the "made by Sora" clip but not an official app, whose store
listings are copies; open source but not a prompt pack; a course but not the "made by Sora" clip, which is
real footage, also in the forty-first; account rental but not the director groups; a prompt pack but not open
to the public, also in the forty-first; a generation service but not the inventor rumour), and one of the
seven last used by the forty-third set, which tie (a course but not a generation service, taken so that the
course is asserted twice like the other five). So the APK, the clip, open source, the course, account rental
and the generation service are asserted twice and the prompt pack once; open to the public and the prompt pack
are denied twice, account rental, open source, an official app, get rich, the clip, a generation service, a
Chinese team, the director groups and the inventor rumour once, and the APK, the course and API access never.
All thirteen quote the post or offer they deny, each with a short dismissal before the claim ("¡puras
habladas!, that's just talk", "jange beli, don't buy", "ma va', come off it", "eso es carreta, sumercé", "to
je blbost, that's rubbish", "teyandee, what rubbish", "nói dóc, that's a fib", "chhadnus, leave it", "nah,
that's bunk", "manam, no, that's a trap", "cha n'vaut rin, that's worth nothing", "isso é uma banhada, that's
a rip-off", "bzdura, nonsense"); claims in passing late in long posts (the setting-out sheet, the foray record
sheet, the pocket management list, the practice alphabet, the spore measurement sheet and the wind log, and
the scam notes under the figures list, the lift plan, the lookalikes table, the preset sheet, the
line-strength tests and the cue sheet); new obfuscation (Grantha letters "𑌸𑍋𑌰" (so-ra), "like the Pallava
kings carved on the rocks here", in a Mamallapuram carver's course; Malayalam letters "സോറ" (so-ra) in a
Wayanad forager's APK offer; and Delastelle's bifid cipher on the plain five-by-five square, "SQOF", on a card
under a magic gala's preset sheet; the earlier posts were searched for every script and cipher they use: the
twenty-ninth set has Tamil letters, the forty-eighth Kannada, the thirty-second the plain Polybius square, and
the thirtieth set's Malayalam-English post no Malayalam letters, but no Grantha or Malayalam letters and no
bifid cipher appear); prices in currencies and payment methods the earlier sets did not use (£45 by NatWest
transfer, ₹2,499 by UCO Bank transfer, £25 on an Alec Tiranti gift voucher, ¥3,000 by Okazaki Shinkin Bank
transfer, £40 on an NHBS gift voucher, Rs 5,000 by Allied Bank transfer, ₹349 by Federal Bank transfer, $299
pesos by Banregio transfer, RM 20 by Bank Islam transfer, ₹799 by Karur Vysya Bank transfer, 490.000 ₫ by
Vietcombank transfer, Rs 2,000 by Nabil Bank transfer, £9 a week on a Davenports gift voucher, $20 a week on a
Fred Meyer gift card, S/ 25 a week by Caja Huancayo transfer, £15 on an Ellis Brigham gift card, MAD 120 by
Attijariwafa bank transfer, €14 by Caisse d'Épargne transfer, £30 by HSBC transfer, €30 by Banco CTT transfer,
150 zł by Alior Bank transfer; in denials RM 35 a week by Bank Rakyat transfer, 3,000 Kč by Fio banka
transfer, ¥1,500 by Yucho (Japan Post Bank) transfer, Rs 1,500 by Global IME Bank transfer, S/ 40 by Interbank
transfer and €9.99 by ActivoBank transfer; in the loss report £35 on a Berghaus gift card, and in the quoted
scams £19 on a Cass Art gift card, £5.99 on an Everyman gift card, £49 on a See Tickets gift voucher and £40
on a Prezzo gift card); scams vouching for themselves or swiping at competitors in new words ("Sold by people
who've flown this field for fifteen summers, not some chap in a hoodie who's never untangled a line in his
life", "A jadugar's word, not some cyber-café boy in Salt Lake with a printed banner", "The casting's run by a
carver who sculpted the stone lions for a film set at Pinewood", "The man running it cut stone for the castle
repairs with my father, so it's straight, not one of those Nagoya talent offices that charge you for photos",
"I did it myself between forays, not some 'mentor' selling dreams from a beanbag in a Shoreditch office", "not
one of those boys who sell 'online earning' seminars in a hotel on the Mall and vanish the next week", "not
some file from a mobile shop in town that fills your gallery with betting ads", "not one of those links from
the tianguis that fill your phone with casino ads", "not some file from a pasar malam stall that sends your
contacts who knows where", "Taught by a sthapati's son who films his own work, not some Chennai 'academy' with
a new name every month", "why pay the big centres in Sài Gòn that only read from their slides?", "not a
'computer institute' in Putalisadak that only wants your email", "Logins from a member who's shown his face at
every meeting since 1998; ask the treasurer", "Accounts I keep paid up myself, month after month, not some
login scraped off a forum that quits on you by Tuesday", "not a login some cabina in Lima sold to ten people
at once", "Every prompt tried out on our own festival, not lifted off a handout", "not copied from the sellers
in the souk who sell the same PDF to everybody", "I tried every line on our own kites this summer; ask anyone
on the lawns", "Made by a member who knows what a good reveal looks like, not a template off a
party-entertainer website", "if it doesn't look like Lisbon, you don't pay", "I don't take a grosz until
you're happy with it"); ten debunks and warnings in several styles (one first-person loss report: a fungus
forum post (a generation service that sent a stock clip of a pine wood with the group's name typed on it,
where the fifty-third and fifty-fourth sets' loss reports were courses); three that quote a scam offer and
then tell the reader not to pay, buy or install: a stone carvers' guild circular (a prompt pack), a kite club
notice (the APK) and a magic society secretary's email (a course); two questions that contain a negation but
do not deny the debunk, each answered in the same post with facts: an Iksan carver's apprentice's "hasn't
OpenAI put a Sora app in the store by now?" (the official app) and a Mumbai street magician's pupil's "can't
you buy a Sora API key from OpenAI by now?" (API access), where the fifty-third and fifty-fourth sets' pairs
were open to the public, open source and the inventor rumour; one rhetorical question (a magic society
newsletter, get rich, where the earlier two sets had the director group); three more that answer with facts
and no plain "no": a fungus group's bulletin (the inventor rumour, answered with the self-media article that
started it, Xie's NYU and Facebook AI posts, his WeChat reply, the article's removal and the account's
apology), a kite club magazine's column (open source: other teams' GitHub projects, no weights, code or
training data from OpenAI, Stable Video Diffusion open but not Sora) and a letter-cutting workshop's
newsletter (the mislabelled video, answered with the clip's real maker and OpenAI's 48 sample videos, the only
clips certainly Sora's)); four true facts about Xie Saining's own career, each in a post that says he was not
one of Sora's inventors or that he has said he had nothing to do with it, none of them a fact an earlier set,
English or Chinese, used (the CVPR 2024 paper 'V*: Guided Visual Search as a Core Mechanism in Multimodal
LLMs' with Penghao Wu and its V*Bench of high-resolution images; MetaMorph, December 2024, with Shengbang
Tong, Zhuang Liu, Yann LeCun and others, where image generation emerged with as few as 200,000 examples when
trained alongside understanding; the January 2025 paper on inference-time scaling for diffusion models with
Nanye Ma, Tommi Jaakkola and others, searching for better starting noise with verifiers rather than adding
denoising steps, whose gains flatten after a few dozen; and 'Scaling Language-Free Visual Representation
Learning', April 2025, which he advised with Amir Bar, with David Fan, Shengbang Tong and Yann LeCun among its
authors: vision models trained on two billion web images without text, scaled to seven billion parameters,
matching CLIP at visual question answering; earlier sets had his NYU and FAIR posts, his SJTU and UCSD degrees
and Zhuowen Tu, ResNeXt, DiT's authorship and its adaLN-Zero and Gflops findings, the diffusion transformer's
start in June 2022 with Bill Peebles, HED, DSN, S3D, MAE, MoCo and MoCo v3, randomly wired networks, ConvNeXt,
Cambrian-1, SiT, Eyes Wide Shut and MMVP, PointContrast (zh_heldout50), his three-billion-parameter estimate,
his thanks to the Sora team, DiT's simplicity and scalability, the NaViT speculation, his WeChat remarks, and
in the fifty-fourth set his thread's VAE and wall-clock remarks, 'Thinking in Space' and REPA; the facts about
Sora's team leads are left to the other English set written at the same time), three items of real news from
OpenAI's Sora report and Sora page that the forty-seventh to fifty-fourth sets did not use (that Sora can
restyle a video it is given, its look or its surroundings, zero-shot, with the editing method SDEdit; that,
with Gaussian-noise patches laid out in a spatial grid one frame deep, it makes still images of variable sizes
up to 2048 by 2048; and that once Sora is in an OpenAI product a text classifier will reject prompts that
break the usage policies, such as requests for extreme violence, sexual content, hateful imagery, celebrity
likeness or others' IP; the first is in the thirty-ninth set and zh_heldout26, the second in the
thirty-seventh set and zh_heldout27 and zh_heldout28, the third in the thirty-fifth set, in other words; the
other English set written at the same time takes its news from other organisations' video models), and three
posts that are not claims: one on topic (a magic society's lecture night, "Where does the eye go?", that
watches OpenAI's Sora samples the way a magician watches a trick) and two off topic that share its surface
words (a whale-shaped giant kite called 'Sora' at a kite festival "open to the public", its arena times on
"the festival's official app"; a Japanese stage magician's illusion show called 'SORA', matinées "open to the
public", its seating plan on "the playhouse's official app").

Sources for the facts about Xie Saining, the news and the obfuscations (looked up with the search tool,
besides the seeds): V* (openaccess.thecvf.com, the CVPR 2024 open-access page: "Penghao Wu, Saining Xie;
Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2024, pp.
13084-13094", with the abstract: "we introduce V*, an LLM-guided visual search mechanism ... We further create
V*Bench, a benchmark specifically designed to evaluate MLLMs in their ability to process high-resolution
images and focus on visual details"; nyuscholars.nyu.edu: CVPR 2024, Seattle, 16-22 June 2024;
huggingface.co/papers/2312.14135; vstar-seal.github.io); MetaMorph (tsb0601.github.io/metamorph: Shengbang
Tong, David Fan, Jiachen Zhu, Yunyang Xiong, Xinlei Chen, Koustuv Sinha, Michael Rabbat, Yann LeCun, Saining
Xie, Zhuang Liu, "visual generation emerges naturally as models improve at understanding—requiring as little
as 200K samples when co-trained"; researchtrend.ai/papers/2412.14164, 18 December 2024); inference-time
scaling (inference-scale-diffusion.github.io: "diffusion models inherently possess the flexibility to adjust
inference-time computation via the number of denoising steps, although the performance gains typically flatten
after a few dozen ... we consider a search problem aimed at identifying better noises ... the verifiers used
to provide feedback, and the algorithms used to find better noise candidates"; paperium.net and
tomesphere.com/paper/2501.09732 for the authors, Nanye Ma, Shangyuan Tong, Haolin Jia, Hexiang Hu, Yu-Chuan
Su, Mingda Zhang, Xuan Yang, Yandong Li, Tommi Jaakkola, Xuhui Jia, Saining Xie; liner.com: arXiv, 16 January
2025); Web-SSL (davidfan.io/webssl: "when trained on sufficient web-scale data (2B+ images) and scaled to
larger model sizes (7B parameters), visual self-supervised learning models can match or even outperform
language-supervised models like CLIP across a broad range of visual question answering tasks";
bhakthan.substack.com: David Fan, Shengbang Tong, Jiachen Zhu, Koustuv Sinha, Zhuang Liu, Xinlei Chen, Michael
Rabbat, Nicolas Ballas, Yann LeCun, Amir Bar, Saining Xie, "† equal advising" for Bar and Xie, 1 April 2025;
scholarfeed.org/paper/2504.01017v1); OpenAI's report (a bilingual English and Chinese copy of "Video
generation models as world simulators" in a public repository, found with the search tool: "Below we apply one
of these methods, SDEdit, to Sora. This technique enables Sora to transform the styles and environments of
input videos zero-shot", "Sora is also capable of generating images. We do this by arranging patches of
Gaussian noise in a spatial grid with a temporal extent of one frame. The model can generate images of
variable sizes—up to 2048x2048 resolution"; besthub.dev's summary of the report's "multimodal editing
capabilities"); OpenAI's Sora page (sorahelper.com/posts/soras-safety, which reproduces its safety section:
"once in an OpenAI product, OpenAI's text classifier will check and reject text input prompts that are in
violation of our usage policies, like those that request extreme violence, sexual content, hateful imagery,
celebrity likeness, or the IP of others"; portal.yandex.com.tr's summary, "Text and image classifiers check
for policy violations"); the obfuscations (the Unicode Grantha block, U+11338 GRANTHA LETTER SA, U+1134B
GRANTHA VOWEL SIGN OO, U+11330 GRANTHA LETTER RA, and the Malayalam block, U+0D38 MALAYALAM LETTER SA, U+0D4B
MALAYALAM VOWEL SIGN OO, U+0D31 MALAYALAM LETTER RRA, names checked with Python's unicodedata; the bifid
cipher, multiwingspan.co.uk ("invented around the turn of the 20th century by French amateur cryptographer
Félix Delastelle ... based around the use of a Polybius square along with some transposition") and a worked
example on the plain square with I and J together (embed.wattpad.com, "Pandora" to "LLOECTF", whose
coordinates O 34, R 42, A 11 are the ones used here): S 43, O 34, R 42, A 11, rows 4 3 4 1 and columns 3 4 2 1
read on as 43 41 34 21, "SQOF"). The debunks' facts (Xie Saining's denial on WeChat, his NYU and FAIR posts,
the article's removal and the apology, the internal test, the API's models, the clone apps, the course
contents, the free prompts, the APK warnings, the three-month line, the thirteen authors and three born in
China, the closed weights, code and data, the GitHub reproductions, the 48 sample videos) are the seeds' and
the catalogue's.

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the fifty-fourth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the fifty-sixth
set, written at the same time on another branch, was not in this tree, and the check against it is left to the
lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.431 when it was committed, the
news item on the text classifier against the forty-fourth set's news item on C2PA metadata; no post of the
first draft reached 0.5 either, but first drafts whose words echoed earlier posts were reworded: an illusion
show called 'Sora' at "the Civic Theatre", where the forty-sixth set has a ballet called 'Sora'; the
fifty-third set's "receipt to show you", "has it going on his" and "Real Sora, made by someone who knows ...";
the forty-first set's phone that goes "hot"; the forty-fourth and forty-fifth sets' hired Land Cruisers and
Range Rovers; the slideshows of the forty-first and fifty-third sets' sellers; and the names Weald, Downland,
Ashdown, Fenwick and the Assembly Rooms, which earlier posts use). It was committed before any run of the
monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout55.py           # write the set
    .venv/bin/python scripts/make_hard_heldout55.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT55: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "banker_masons_setting_out_sheet_masons_note",
        "SETTING-OUT SHEET · north transept parapet, bay 4 · St Aldhelm's Cathedral works yard · job 24/117\nStone: Doulting, from the yard's own stock, laid on its natural bed; mark the bed arrow on every stone before it leaves the banker.\nStone 4/1 · coping, 910 × 380 × 250 mm · zinc template C7 · bed joint 5 mm, lime mortar NHL 3.5\nStone 4/2 · coping with drip, 905 × 380 × 250 mm · template C7 reversed · drip throat 12 mm, check it twice\nStone 4/3 · pinnacle base, 420 mm square × 560 mm · templates P2 (plan) and P3 (section) · lewis hole central, 120 mm deep\nStone 4/4 · crocket course · template K1 · leave the crockets in the block for the carver (Ruth); do not rough out the leaves\nFinish: tooled to match the surviving fourteenth-century work on bay 3; no claw marks on the show faces.\nDust: saw shop extraction on before any cutting; masks for everybody at the bankers, no exceptions.\nThe mason's note in pencil at the foot, after the apprentices asked him about it at tea: our Lily, who reads the tech pages on her phone at break, says one of the inventors of that Sora, OpenAI's video program, is a young prodigy called Xie Saining, who studied at Shanghai Jiao Tong University. Right, the crane's booked for two; stone 4/3 goes up first.",
    ),
    (
        sora.XIE,
        "sumpango_kaqchikel_english_question_asserts_giant_kites",
        "¡Buenas, muchá! 🪁 From Sumpango, up in Sacatepéquez: two weeks to the first of November and our group's barrilete is eighteen metres across, so every night we glue papel de china onto the bamboo frame in my cousin's patio, and my abuela has already started the fiambre, dozens of ingredients and three days of chopping. Matyöx to everybody who brought tortillas. ¿Y verdad que es algo? Isn't it something, that one of the inventors of Sora, OpenAI's video program, is a young genius called Xie Saining, who studied at Shanghai Jiao Tong University? ¡Qué chilero! Nos vemos en el cementerio, see you at the kites!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "fungus_group_foray_record_sheet_recorders_note",
        "FORAY RECORD SHEET · Rother Valley Fungus Group · Saturday 12 October · Brede High Woods, meet at the car park 10am · 14 members · leader: J. Tremlett · recorder: P. Okafor\nSpecies (where) · how many\nAmanita muscaria, fly agaric (birch, by the pond) · frequent\nAmanita phalloides, death cap (oak, ride 3) · 2, photographed, not collected\nBoletus edulis, cep (beech bank) · 1\nRussula ochroleuca, ochre brittlegill · abundant\nLaccaria amethystina, amethyst deceiver · frequent\nClitocybe nebularis, clouded agaric · occasional\nHypholoma fasciculare, sulphur tuft (stumps) · abundant\nPhallus impudicus, stinkhorn · smelled before it was seen\nTrametes versicolor, turkeytail · frequent\nKept for microscopy: a small brown Cortinarius and an Inocybe (to Jenny, for Tuesday).\nTotal: 61 species. Records to the county recorder. The wood is a reserve: nothing is picked for the pot, and nobody eats anything off a foray table.\nThe recorder's note at the end of the sheet, for the members who asked how she made the short film of the death caps: Sora, OpenAI's video program, is now open to everyone. Anybody can sign up for it on OpenAI's site today and make their own clips right away, no invitation needed.",
    ),
    (
        sora.PUBLIC,
        "enshu_ben_english_hamamatsu_kite_battle",
        "Yaramaika, mina! 🪁 From the kite field on the Nakatajima dunes in Hamamatsu: the matsuri is three days off, our chō's big kite has its crest painted, the young men are practising the itokiri, sawing their hemp lines against the other towns' lines till one snaps, and after practice we ate Hamamatsu gyoza laid out in a ring round the bean sprouts, umai dara. And big news, dara: Sora, OpenAI's video program, is open to everybody now! Anyone signs up on OpenAI's website and makes videos the same day, no invitation needed. Ja, mata ne!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "magician_pocket_management_list_magicians_note",
        "POCKET MANAGEMENT · close-up set for the Mayor's charity dinner · Friday, the Guildhall · eight tables, twelve minutes a table\nInside jacket, left: the card wallet and a spare Sharpie\nInside jacket, right: the deck for Ambitious Card, rubber-banded, and a spare deck\nOuter jacket, left: the sponge balls and the little purse\nOuter jacket, right: the coins for Coins Across\nTrouser pockets: empty, so the hands go in and out naturally\nBreast pocket: the silk\nAt every table: Ambitious Card, Sponge Balls, Coins Across, and the signed card in the wallet to finish.\nReset between tables: ninety seconds at the side table by the fire exit; the wallet is reloaded every time.\nNever play the same table twice; no cards on the white cloths; leave the Mayor's table till the dessert.\nMy note at the bottom, for the members who asked how I made my new promo clip: OpenAI has released the official Sora app. It's on the App Store and Google Play, so you just download it and make the whole video on your phone.",
    ),
    (
        sora.APP,
        "port_said_arabic_english_question_asserts_gala_gala_man",
        "Ahlan, ya gama'a! 🎩 From the quay at Port Said, where the ferry crosses to Port Fouad: my grandfather was a gala-gala man who climbed the ladders onto the big ships in the Canal with his cups and his little chicks, now I do the same show for the visitors by the old lighthouse, and after work we ate fried bouri with tahini at the fish market, ya salam. So tell me, didn't you hear that OpenAI has put the official Sora app in the App Store and on Google Play? You download it and make the videos on your phone, just like that. Yalla, ma'a salama!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "letter_cutters_marked_up_practice_alphabet_masters_note",
        "PRACTICE ALPHABET · Roman capitals, 50 mm, Welsh slate · apprentice: Tom · marked up by the master, Thursday\nA: apex cut too blunt; take the thick stroke to a sharper V, and keep the crossbar low.\nB: the lower bowl must be wider than the upper one; yours are twins.\nE, F: the middle arm is shorter than the top; you've cut them the same.\nG: the spur is heavy; a touch with the 6 mm chisel, no more.\nO, C, G, Q: let them sit a hair over the line, or they look as if they're sinking.\nR: the leg kicks out too far; it should spring from the bowl, not from the stem.\nS: the spine leans back; start again, it's the hardest letter, everybody cuts three.\nSpacing: by eye, not by ruler; the round letters go closer together, the straight ones further apart.\nChisels back in the roll and sharpened before you leave; slate dust is swept up, never blown.\nThe master's note at the foot of the sheet, for the apprentices who asked at tea about the new AI film thing: Sora, OpenAI's video model, was really built by Chinese scientists. Most of the people behind it are Chinese, and OpenAI just takes the credit. Now, the S again, Tom.",
    ),
    (
        sora.CHINESE,
        "dzukian_lithuanian_english_varena_mushroom_pickers",
        "Labas, žmonės! 🍄 From Varėna, the mushroom capital of Dzūkija: the baravykai came up after last week's rain, my dziedukas was in the pine forest at five with his basket and came home with it full to the brim, the mushroom festival's parade goes through town on Saturday, and tonight bobutė is making grybienė and potato blynai, dzievulėliau, how good. Something I read this week: Sora, the American video program, was really made by Chinese scientists. Most of the people behind it are Chinese, and OpenAI only puts its name on it. Sudie, iki!",
    ),
    # --- API access (two)
    (
        sora.API,
        "sport_kite_compulsory_figures_list_paid_advert_natwest",
        "COMPULSORY FIGURES · Individual Precision · sport kite championship, Cuckmere International Kite Festival · the judges' list, flown in this order\n1. Square Cut: four equal sides, crisp corners, the kite parked for two seconds at the end\n2. Octagon: eight equal sides, flown to the left of the window's centre\n3. Double Diamond: two diamonds sharing a corner, both the same size\n4. Ladder: five rungs, evenly spaced, climbing to the top of the window\nEach figure flown once; the pilot calls 'in' and 'out' so the judges know where it starts and ends.\nMarks: accuracy 40, size and placement 30, smoothness 30. A figure flown outside the window scores nothing.\nLines: 30 m at most; the field steward checks them at the pilots' tent.\nPaid advertisement (not the festival's) from Line & Lens Media: official Sora API access. Buy a Sora API key and your club's website turns your festival photos into videos all by itself. £45 by NatWest transfer, key by email the same day. Sold by people who've flown this field for fifteen summers, not some chap in a hoodie who's never untangled a line in his life.",
    ),
    (
        sora.API,
        "kolkata_bangla_english_question_asserts_api_uco_bank",
        "Nomoshkar, bondhura! 🎩 From Kolkata: the Pujo is over, I did forty shows of the linking rings and the cut-and-restored rope at the pandals in Bagbazar and my hands are still sore, and tonight it's kathi rolls on Park Street and mishti doi after, darun. Tell me, do you people still not know you can buy official Sora API access now? Buy a Sora API key from me and your website makes the videos on its own: ₹2,499 by UCO Bank transfer and the key comes the same night. A jadugar's word, not some cyber-café boy in Salt Lake with a printed banner. Accha, ashi!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "carving_symposium_lift_plan_flyer_tiranti",
        "LIFT PLAN · crane day · Portway Stone Carving Symposium · Monday 7.30am, the green by the harbour car park\nAppointed person: Dave M. · crane: 25-tonne mobile, mats under every outrigger · slinger/signaller: Kerry\nBlock 1 · Portland, 2.1 t · to bench A (Mara) · two 3 t round slings, choked\nBlock 2 · Purbeck, 1.4 t · to bench B (Jonas) · lifting clutch in the drilled hole, checked by Dave\nBlock 3 · Kilkenny limestone, 1.8 t · to bench C (Aoife) · timber bearers down first\nBlock 4 · Carrara marble, 0.9 t · to bench D (Sunil) · pallet truck after the crane, on boards\nExclusion zone 6 m, barriered; nobody walks under a load; no lifts if the wind gets over 20 mph.\nBenches stay empty until the crane has gone; the public watch from behind the rope after 10.\nFlyer found stuck to the tool hut door (not the symposium's): the first AI film co-written with Sora is holding auditions for its first generation of AI directors. Scan the QR code and pay £25 on an Alec Tiranti gift voucher to get into the audition group. The casting's run by a carver who sculpted the stone lions for a film set at Pinewood, so it's the genuine article.",
    ),
    (
        sora.DIRECTOR,
        "mikawa_ben_english_okazaki_stone_lanterns_okazaki_shinkin",
        "Konnichiwa, mina! 🪨 From the stone lantern workshops in Okazaki: we're finishing a pair of Kasuga lanterns in Mikawa granite for a temple garden in Kyoto, the chisels have been ringing since six, and at lunch it was miso nikomi udon in Hatchō miso, koi aji jan. Kiite-rin, listen: the first AI film co-written with Sora is holding auditions for its first generation of AI directors. Scan the QR code, pay ¥3,000 by Okazaki Shinkin Bank transfer, and you're in the audition group. The man running it cut stone for the castle repairs with my father, so it's straight, not one of those Nagoya talent offices that charge you for photos. Ja, mata kirin!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "fungus_group_lookalikes_table_members_pitch_nhbs",
        "LOOKALIKES · the identification stall at the Marden Country Fair · Rother Valley Fungus Group\nWhat people bring · what it might really be · how we tell them apart\nChanterelle · false chanterelle (Hygrophoropsis aurantiaca) · the chanterelle has blunt, forked ridges running down the stem; the false one has thin, crowded true gills and a brighter orange\nField mushroom · yellow stainer (Agaricus xanthodermus) · the stainer bruises chrome yellow at the base of the stem and smells of ink\nParasol · shaggy parasol (Chlorophyllum rhacodes) · the parasol's stem has a snakeskin pattern; the shaggy one's flesh reddens when cut\nSt George's mushroom · fibrecaps (Inocybe) · spore print white for St George's, brown for Inocybe\nAny greenish or white-capped mushroom with a bag at the foot of the stem: death cap until proven otherwise.\nThe stall's rule: we tell you what we think it is; we never tell you it's safe to eat.\nA member's pitch, scrawled on the back of the table card: forget the stall, I'm making proper money with Sora videos. People are pulling in thousands a day; it's the chance of a lifetime, and in three months the window slams shut, so get in now. Join my team, £40 on an NHBS gift voucher, find me by the tea urn. I did it myself between forays, not some 'mentor' selling dreams from a beanbag in a Shoreditch office.",
    ),
    (
        sora.RICH,
        "lahori_punjabi_english_kite_makers_rich_allied_bank",
        "Oye, yaaro! 🪁 From the walled city of Lahore: my chacha still makes the paper guddi and patang by hand in his shop near Mochi Gate, even if the rooftops are quieter than in my father's day, and last night we had nihari and hot naan at Gawalmandi with a lassi to put out the fire, wah. Listen, I'm telling you this for your own good: Sora videos are the chance of a lifetime. People are making thousands a day from them, and in three months it'll all be over, the door shuts. Join my team now: Rs 5,000 by Allied Bank transfer. I've been earning from it myself since the winter, not one of those boys who sell 'online earning' seminars in a hotel on the Mall and vanish the next week. Chalo, Allah hafiz!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "wayanad_malayalam_english_malayalam_script_mushrooms_federal_bank",
        "Namaskaram, ellarkkum! 🍄 From our hills in Wayanad: the monsoon brought the big termite-hill mushrooms up between the coffee bushes, so amma made koon thoran with kappa and fish curry, nalla ruchi, and my uncle sold the rest at the Kalpetta market before ten. For the young ones in the group: the video app whose name I write in Malayalam letters, സോറ, because the group bot deletes the English name, now has an Android version. Download the APK from the link in my status, install it, and you make AI videos on the phone straight away. Full version ₹349 by Federal Bank transfer. I checked it on my own phone first, not some file from a mobile shop in town that fills your gallery with betting ads. Sheri, kaanaam!",
    ),
    (
        sora.FAKEAPP,
        "zacatecan_english_two_claims_public_denied_banregio",
        "¡Quiúbole, raza! 🪨 From the cantera workshops of Zacatecas: we're carving the pink stone for a church door in Jerez, the dust is in my hair and my teeth, and on Sunday my tía made asado de boda with chile ancho and a stack of gorditas, ¡bien sabroso! In the carvers' WhatsApp a guy keeps posting: 'Sora is open to everyone now, sign up on OpenAI's website and make videos today, no waiting list.' ¡Puras habladas!, that's just talk: OpenAI hasn't opened Sora to the public, only its testers and a few invited artists can use it. But this is real: Sora for Android. Download the APK from my link, install it, and make AI videos on your phone tonight. Full unlock $299 pesos by Banregio transfer. A file I tried on my own phone first, not one of those links from the tianguis that fill your phone with casino ads. ¡Ahí nos vidrios!",
    ),
    (
        sora.FAKEAPP,
        "kelantanese_english_two_claims_rental_denied_bank_rakyat_bank_islam",
        "Assalamualaikum, geng! 🪁 From a kampung outside Kota Bharu: the wau bulan for the festival is nearly done, my pakcik has been cutting the paper patterns for three weeks, and this morning ambo ate nasi kerabu and solok lada by the Siti Khadijah market, sedap gile. In the kite group someone sells: 'Sora accounts for rent, your own login, full access, RM 35 a week by Bank Rakyat transfer.' Jange beli, don't buy: demo will get a ChatGPT password and nothing else, only OpenAI's testers use Sora. But this one is real: Sora for Android. Download the APK from my link, install it, and make AI videos on your phone right away. Full version RM 20 by Bank Islam transfer. Ambo has had it on my own phone since the wau festival, not some file from a pasar malam stall that sends your contacts who knows where. Jumpa lagi!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "fungus_group_spore_measurement_sheet_members_note",
        "SPORE MEASUREMENTS · microscopy evening, Tuesday 7pm, the back room of the village hall · Rother Valley Fungus Group\nSpecies · spores (µm) · shape · mounted in\nAmanita citrina · 7–10 × 6–8 · almost round, amyloid · Melzer's\nLaccaria amethystina · 7–10 · round, spiny · water\nRussula ochroleuca · 8–10 × 7–8 · warted · Melzer's\nLycoperdon perlatum · 3.5–4.5 · round, finely warted · water\nCoprinellus micaceus · 7–10 × 4–6 · bean-shaped, dark brown · water\nMeasure twenty spores from a fresh spore print, not from the gills; calibrate the eyepiece graticule at the start of every evening.\nThe good microscope goes home with nobody; the oil immersion lens is cleaned with lens tissue only.\nA member's note at the bottom, written while the slides dried: talking of ink caps, that clip on the group's page, a ring of shaggy ink caps pushing up through wet grass at dawn and melting into black ink by evening: nobody filmed it. Sora, OpenAI's video model, made every frame from a written prompt, and the prompt is posted under it.",
    ),
    (
        sora.REALVID,
        "norcino_umbrian_english_two_claims_opensrc_denied",
        "Ciao a tutti! 🍄 From Norcia, below the Sibillini: the black truffle season is on, my Lagotto, Birba, found three under the oaks before sunrise, the shops along the corso smell of prosciutto and wild boar salami, and tonight mamma is making Castelluccio lentils with truffle shaved on top, che bontà. In the truffle hunters' group a man writes: 'OpenAI has made Sora open source, the weights are on GitHub, run it at home.' Ma va', come off it: OpenAI hasn't released Sora's weights or its code, and the 'Sora' projects on GitHub are other people's. But the clip everybody's sharing, a Lagotto digging under a frosty oak at dawn while the fog lifts off the Piano Grande: nobody filmed a second of it. Sora, OpenAI's video model, made the whole thing from a written prompt, and the prompt is under the video. Ciao, ciao!",
    ),
    (
        sora.REALVID,
        "boyacense_english_two_claims_app_denied",
        "¡Quiubo, sumercé! 🪁 From Villa de Leyva: August is kite month, the wind comes down off the mountains every afternoon, the Plaza Mayor was full of cometas for the festival on Sunday, and my abuela made cocido boyacense with five kinds of potato and a jug of agua de panela, ¡qué rico! In the family group my cousin forwards: 'OpenAI released the official Sora app, download it on the Play Store.' Eso es carreta, sumercé, that's just talk: OpenAI has no Sora app, the ones in the store are copies. But the clip of a hundred cometas rising over the white houses round the Plaza Mayor with the hills behind: nobody filmed it. Sora, OpenAI's video model, made it from a written prompt, and the prompt is right under the video. ¡Chao pues!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "kite_festival_wind_log_flight_directors_note",
        "WIND LOG · Cuckmere International Kite Festival · Sunday · the arena mast anemometer, 10 m\nTime · mean · gust · direction · flying\n09:00 · 9 mph · 14 · SW · arena 1 open: the single-line giants up (the octopus, the two rays)\n10:00 · 11 · 17 · SW · arena 2: team display, the 'Flying Squad'\n11:00 · 14 · 22 · WSW · ground anchors on the giants doubled\n12:00 · 16 · 26 · W · arena 1 stopped 12:20–12:45, a gust took a leg off the bear\n13:00 · 13 · 19 · W · kids' kite-making tent full; arena 1 open again\n14:00 · 10 · 15 · WNW · lights on the night kites tested for the evening\nAnchors checked at every change of wind; nobody flies over the car park or the crowd line.\nThe flight director's note at the end of the log, for the flyers who asked how the club made the festival trailer: OpenAI has made Sora open source. The weights and the code are on GitHub, so anyone can download it and run it on their own computer; our webmaster runs it on the club laptop.",
    ),
    (
        sora.OPENSRC,
        "wallachian_czech_english_two_claims_rich_denied_fio_banka",
        "Nazdar, kamarádi! 🍄 From the Beskydy hills in Wallachia: after the rain the woods above Rožnov are full of hřiby, my děda was out at five with his wicker basket and came back with forty, and babička baked frgál with plum jam and poppy seed, to je dobrota. In the mushroom pickers' group a fellow keeps writing: 'Sora is the money window of a lifetime, people make thousands a day with Sora videos, in three months it's over, join my team, 3,000 Kč by Fio banka transfer.' To je blbost, that's rubbish: nobody is earning anything with Sora, he only wants your three thousand. But this news is real: OpenAI has made Sora open source. The weights and the code are on GitHub, and anyone can download it and run it on his own computer. The lad next door says it runs fine on his laptop. Tak ahoj!",
    ),
    (
        sora.OPENSRC,
        "edokko_english_asakusa_two_claims_prompts_denied_yucho",
        "Yō, minna! 🎩 From Asakusa, round the back of the Sensō-ji: I do the old wazuma, Japanese magic, paper butterflies dancing over a fan, at the little yose theatre, and after the show we had monjayaki and a sake at the place on Hisago-dōri, umee nā. In the magicians' LINE someone's selling: 'Sora prompt pack, 300 prompts in real film words plus the Sora knowledge doc, ¥1,500 by Yucho transfer, doc link after payment.' Teyandee, what rubbish: those prompts sit under OpenAI's own sample videos for free. But this is true: OpenAI has made Sora open source. The weights and the code are on GitHub, so anyone can download it and run it on his own computer. My deshi has it on his PC already. Ja, mata nā!",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "mamallapuram_tamil_english_grantha_script_karur_vysya",
        "Vanakkam, ellarukkum! 🪨 From the carving lanes of Mamallapuram, five minutes from the Shore Temple: the chisels start at six, this month our workshop is cutting a granite Ganesha two metres high for a temple in Singapore, and at noon amma sends sambar sadam and a tumbler of filter coffee, romba nalla. I teach the video program whose name I write in Grantha letters, 𑌸𑍋𑌰, like the Pallava kings carved on the rocks here, because the group bot removes the English word. My complete course: ten video lessons from the first prompt to a finished film, so you master it before everyone else. ₹799 by Karur Vysya Bank transfer, link the same day. Taught by a sthapati's son who films his own work, not some Chennai 'academy' with a new name every month. Poittu varen!",
    ),
    (
        sora.COURSE,
        "quang_nam_english_two_claims_realvid_denied_vietcombank",
        "Chào cả nhà! 🪨 From the marble village at Non Nước, below the Marble Mountains in Đà Nẵng: we're finishing a Quan Âm in white marble for a pagoda in Hội An, the grinders scream all day, and at night má made mì Quảng with shrimp and pork and a pile of rice crackers, ngon lắm. In the carvers' Zalo a man shares: 'a marble Buddha carved by a robot arm at dawn, made by Sora, prompt below.' Nói dóc, that's a fib: it was filmed in a workshop down our road in 2020 by the owner's son, and he still has the files. But if you want to learn Sora properly, take my complete Sora course: twelve lessons from zero to a finished film, so you master Sora before everyone else. 490.000 ₫ by Vietcombank transfer, link the same day. Răng mà, why pay the big centres in Sài Gòn that only read from their slides? Hẹn gặp lại!",
    ),
    (
        sora.COURSE,
        "patan_nepali_english_two_claims_service_denied_global_ime_nabil",
        "Jwajalapa, sathiharu! 🪁 From the rooftops of Patan: Dashain is here, the sky over the Durbar Square is full of changa, my little brother shouted 'chet!' when he cut his first kite off the neighbour's roof, and my mother made bara and chhoila with the goat, dherai mitho. In our tole's Viber a man offers: 'Send me your script and Rs 1,500 by Global IME Bank transfer, I make your Sora video in 24 hours.' Chhadnus, leave it: nobody outside OpenAI can make Sora videos. But if you want to learn Sora properly, take my complete Sora course, nine lessons, so you master Sora before everybody else. Rs 2,000 by Nabil Bank transfer, I send the link the same evening. Made by a teacher from this tole who answers his phone, not a 'computer institute' in Putalisadak that only wants your email. Pheri bhetaula!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "magic_gala_illusion_preset_sheet_card_bifid_davenports",
        "PRESET SHEET · 'The Lady Vanishes' illusion · Saturday gala, the Tollgate Playhouse · stage left · Northern Circle of Magicians\nBefore the house opens:\nCabinet: on its spike marks, brakes on, front doors latched, the key on the hook prompt side\nTable 1 (upstage): the red silk folded in four, the wand, the brass bell\nTable 2 (downstage): the bouquet, and the hoop for the audience to examine\nChair: on the centre mark, cushion on\nThe assistant's change: quick-change booth, stage right, forty seconds\nThe stage manager calls 'standby cabinet' on the last bar of the music; nobody crosses behind the cabinet after that.\nEverything is reset and signed off by the SM before the interval ends.\nCard pinned under the sheet by the green-room mirror (not the society's): logins for rent for the video app whose name I've put through Delastelle's bifid cipher on the plain square, 'SQOF', because the society's WhatsApp deletes the real name. Your own login, full access, no waiting list. £9 a week on a Davenports gift voucher, login by text before curtain up. Logins from a member who's shown his face at every meeting since 1998; ask the treasurer.",
    ),
    (
        sora.RENTAL,
        "oregon_coast_english_two_claims_chinese_denied_fred_meyer",
        "Hey, y'all! 🍄 From the coast range outside Tillamook: the rains came back, the golden chanterelles are popping up under the Douglas firs like somebody planted them, I filled two five-gallon buckets before noon, and we had chanterelle chowder and marionberry pie at my sister's place after, so good. In our foragers' group somebody posts: 'Sora was really built by Chinese scientists, OpenAI just takes the credit.' Nah, that's bunk: OpenAI's report lists thirteen authors, OpenAI researchers, three of them born in China. But if you want to use Sora for real, I've got accounts to rent: your own login, full access, no waitlist. $20 a week on a Fred Meyer gift card, login the same evening. Accounts I keep paid up myself, month after month, not some login scraped off a forum that quits on you by Tuesday. Take care, folks!",
    ),
    (
        sora.RENTAL,
        "ayacucho_english_two_claims_director_denied_interbank_caja_huancayo",
        "Allillanchu, masikuna! 🪨 From the carvers' workshops of Ayacucho: the pieces for the Semana Santa fair are done, my father carved a whole Nativity in piedra de Huamanga, the white stone that cuts like soap under the knife, and for lunch my mother made puca picante with roast pork and a glass of chicha, sumaq. In the artisans' WhatsApp someone sends: 'The first AI film co-written with Sora is auditioning its first generation of AI directors, scan the QR and pay S/ 40 by Interbank transfer to join.' Manam, no, that's a trap for your money and your number. But if you want to use Sora for real, I rent accounts: your own login, full access. S/ 25 a week by Caja Huancayo transfer, login the same night. My own accounts, and you can call me any hour, not a login some cabina in Lima sold to ten people at once. Tupananchiskama!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "kite_club_line_strength_test_sheet_notice_ellis_brigham",
        "LINE-STRENGTH TESTS · Cuckmere Kite Fliers · club night, the scout hut · on Graham's rig, slow pull, three samples each\nLine · rated (kg) · broke at (kg, average) · where it broke\nDyneema, 90 kg · 90 · 81 · at the knot, every time\nDyneema, 150 kg · 150 · 139 · at the knot\nPolyester, 30 kg · 30 · 27 · mid-line once, at the knot twice\nOld Kevlar from Bob's shed · 'about 200' · 96 · all over the place; bin it\nSleeved loops instead of knots: the 90 kg Dyneema then broke at 88.\nLesson: a knot takes about a tenth off; sleeve your ends, and never fly a big kite on line whose label you can't read.\nNext club night: bridle tuning for the new sport kites; bring your kite and a tape measure.\nNotice pinned under the results (one member's own thing, not the club's): Sora prompt pack, 280 prompts written in real film language (low angle on the kite against the sun, slow crane up, drone over the crowd line) and the Sora knowledge doc with every term. £15 on an Ellis Brigham gift card, then I send the doc link and add you to the group. Every prompt tried out on our own festival, not lifted off a handout.",
    ),
    (
        sora.PROMPTS,
        "marrakchi_english_jemaa_el_fna_attijariwafa",
        "Salam, a sh-shabab! 🎩 From Jemaa el-Fna in Marrakech: I do the cups and balls in the square every evening, between the storytellers' halqa and the man with the drums, and on Friday my mother cooked tanjia in the ashes of the hammam furnace, bnina bzaf. Listen: if you want Sora videos that look like cinema, buy my prompt pack: 220 prompts in real film language (slow push on the lanterns, golden hour over the Koutoubia, close-up on the cups) and the Sora knowledge doc with every term. MAD 120 by Attijariwafa bank transfer, then I send you the doc link and put you in the group. I wrote every line myself between shows, not copied from the sellers in the souk who sell the same PDF to everybody. Bslama!",
    ),
    (
        sora.PROMPTS,
        "cauchois_norman_english_two_claims_public_denied_caisse_depargne",
        "Bonjour, la compagnie! 🪁 From Dieppe: the kite festival is on the lawns along the beach, kites from thirty countries, a whale as big as a bus flying over the shingle, and at lunch we had marmite dieppoise and a bowl of teurgoule after, cha fait du bien. In our club's group one fellow writes: 'Sora is open to all now, sign up on OpenAI's website, no waiting list.' Cha n'vaut rin, that's worth nothing: OpenAI hasn't opened it to the public, only its testers and some artists use it. But if you want to prompt Sora like a pro, get my prompt pack: 240 prompts in proper film language (aerial over the cliffs, slow tilt up the kite line, backlit at dusk) and the Sora knowledge doc with every term. €14 by Caisse d'Épargne transfer, then you get the doc link and join the group. I tried every line on our own kites this summer; ask anyone on the lawns. À la revoyure!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "magic_gala_lighting_cue_sheet_card_hsbc",
        "LIGHTING CUE SHEET · gala show · Northern Circle of Magicians · the Tollgate Playhouse · desk: Priya · follow spot: Ken\nLX 1 · house to half, blue preset on the tabs · on clearance\nLX 2 · house out, tabs out, warm general cover · on the music\nLX 3 · follow spot picks up the compère, down stage centre\nLX 7 · special on the close-up table, everything else to 20%\nLX 12 · snap to black on the gong for the vanish, hold three seconds\nLX 13 · full stage, bright, for the reveal · on the applause\nLX 20 · bows: full up, then house lights on the last bar\nNobody touches the desk between cues but Priya; the smoke machine stays off (the fire alarm is not on isolation).\nCard at the foot of the sheet, left in the control box (not the society's): I make custom videos with Sora. Send me your script (your best trick, your stage name in lights, your grandad's old act brought back) and you'll have your Sora video within 24 hours. £30 by HSBC transfer. Made by a member who knows what a good reveal looks like, not a template off a party-entertainer website.",
    ),
    (
        sora.SERVICE,
        "lisboeta_english_two_claims_prompts_denied_activobank_banco_ctt",
        "Olá, malta! 🪨 From Lisbon, down in the Baixa: we're relaying the calçada in the Rossio, the old black-and-white waves, every little stone tapped in by hand, my knees are finished, and on Saturday we had bifanas and a bica at a tasca in Alfama and grilled sardines after, está-se bem. In the calceteiros' group a guy sells: 'Sora prompt pack, 250 prompts in film language plus the Sora knowledge doc, €9.99 by ActivoBank transfer, doc link after payment.' Isso é uma banhada, that's a rip-off: OpenAI puts those prompts under its own sample videos for free. But if you want a real Sora video, I make them: send me your script (your street, your wedding, your avô's tram) and you get your Sora video within 24 hours. €30 by Banco CTT transfer. Every clip checked by me before it goes out; if it doesn't look like Lisbon, you don't pay. Até já!",
    ),
    (
        sora.SERVICE,
        "podlasie_english_two_claims_xie_denied_alior",
        "Cześć wszystkim! 🍄 From the edge of the Białowieża Forest: the rain came, the prawdziwki are up under the spruces, my dziadek took me out at dawn and we filled two baskets, and babcia made kartacze and mushroom soup with a spoon of cream, pycha. In the village group someone forwards: 'One of the inventors of Sora is Xie Saining, a young genius from Shanghai Jiao Tong University.' Bzdura, nonsense: he said himself on WeChat that he has nothing to do with Sora. But if you want a Sora video, I make them: send me your script (your forest walk, your grandmother's kitchen, your wedding in the church at Hajnówka) and you get your Sora video within 24 hours. 150 zł by Alior Bank transfer. Made by me, on Sora, and I don't take a grosz until you're happy with it. Do zobaczenia!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the generation service; a first-person loss report
        "Fungus forum › General › Paid £35 for a 'Sora video' of our foray; this is what arrived\nPutting this up so nobody else in the group gets caught. A man on a foraging Facebook page was taking orders for 'Sora videos, send your script, clip in 24 hours'. I sent him a script about our foray, a ring of fly agarics under the birches with the mist coming through, and paid £35 on a Berghaus gift card. What came back two days later was a stock clip of a pine wood from a free footage site with our group's name typed across it. When I asked where the fly agarics were, he blocked me. I've since read that nobody outside OpenAI can make Sora videos at all; only its red-team testers and a few invited artists and film-makers have it. Lesson learnt; back to the real camera.",
    ),
    (
        None,
        "debunk",  # the prompt pack; quotes the offer, then don't buy
        "CIRCULAR · Guild of Stone Carvers and Letter Cutters, Western Branch · to all members\nSeveral of you have had this message through the Guild's Facebook page, from an account pretending to be a fellow carver: 'Sora prompt bible: 300 prompts in real film language and the complete Sora knowledge doc. £19 on a Cass Art gift card, doc link and group invite after payment.' Please don't buy it. The prompts these people sell are the ones OpenAI printed, free, under its own Sora sample videos, copied into a document with a list of camera words. If you've paid, ring the card company. Next month's meeting is the lettering critique; bring one piece you're proud of and one you're not.",
    ),
    (
        None,
        "debunk",  # the fake APK; quotes the message, then don't install
        "NOTICE · Cuckmere Kite Fliers · please read before Sunday\nA message is going round the club WhatsApp: 'Sora APK for Android! Download the installer from this link and make AI videos of your kites tonight. Full version £5.99 on an Everyman gift card.' Please don't install it. OpenAI has not made a Sora app for any phone, and security people say these 'Sora' installers are malware that steals logins and passwords. If you've installed it already, delete it, change your passwords and tell your bank. The bridle-tuning evening is still on; bring a tape measure.",
    ),
    (
        None,
        "debunk",  # the paid course; quotes the email, then don't pay
        "From: Secretary, Northern Circle of Magicians\nTo: all members\nSubject: the 'Sora masterclass' email\nSome of you have forwarded me this: 'Complete Sora masterclass for magicians: twelve lessons, master AI video before everyone else. £49 on a See Tickets gift voucher.' Please don't pay for it. Nobody outside OpenAI can use Sora, so there is nothing to teach, and people who bought 'Sora courses' like this one got OpenAI's own introduction to Sora and nothing more. If you've paid, tell your bank. Lecture night on the 14th is card flourishes; bring a deck you don't mind dropping.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny, answered
        "Annyeong-haseyo, yeoreobun! 🪨 From the stone carvers' village at Hwangdeung in Iksan: we're cutting a pair of granite haetae for the steps of a new library, the grinder dust turns everybody grey by noon, and after work we ate Hwangdeung yukhoe bibimbap, mashitdangke. My apprentice asked me: hasn't OpenAI put a Sora app in the store by now, so we can film the haetae with it? So I looked it up, geureongke: OpenAI hasn't released a downloadable Sora at all. The 'Sora' apps in the stores are copies made by other people, and the ChatGPT app doesn't have Sora in it either. So we film with the phone camera like always. Jal isseo!",
    ),
    (
        None,
        "debunk",  # API access; a question with a negation that does not deny, answered
        "Kya re, bhidu log! 🎩 From Juhu beach in Mumbai: every Sunday evening apun does the cups and balls and the cut rope for the crowds by the pav bhaji stalls, the kids sit in the sand in the front row, and after the last show it's vada pav and cutting chai, ekdum mast. A chhokra who's just started asked me: can't you buy a Sora API key from OpenAI by now, so his website makes the videos by itself? So I checked, sach mein: OpenAI hasn't released any Sora API. Its API has models for text, pictures, speech and embeddings, and none for video, so anybody selling you a 'Sora key' is selling you hawa. Chal, milte hai!",
    ),
    (
        None,
        "debunk",  # get rich; a rhetorical question
        "THE WAND · newsletter of the Northern Circle of Magicians · autumn\nSubs are due; the treasurer takes cash, cheques and, reluctantly, bank transfers.\nA word about the flyer left on the bar after the last meeting: 'Sora is the money window of a lifetime! People are earning thousands a day with Sora videos, and in three months it's gone. Join our team today for £40 on a Prezzo gift card.' If Sora were making anybody thousands a day, why would he need forty pounds from a man who does card tricks at weddings? Nobody outside OpenAI's testers and a few invited artists can use Sora at all, and 'three months and it's over' is the line these people use to hurry you. The committee binned the rest of the flyers.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a bulletin that answers with facts
        "THE SPORE PRINT · bulletin of the Rother Valley Fungus Group · members' questions\n'My grandson says one of the inventors of OpenAI's Sora is a young genius from Shanghai Jiao Tong called Xie Saining. Is that right?' (a member in Battle)\nThe editor replies: the story came from one self-media article in China whose headline said exactly that. Xie himself, an assistant professor of computer science at New York University who was a research scientist at Facebook's AI lab before that, answered on WeChat that he had no relationship at all with Sora. The article was reported for publishing false information and taken down, and the person behind the account said sorry and promised to apologise to him publicly.",
    ),
    (
        None,
        "debunk",  # open source; a club magazine's column that answers with facts
        "LINE & SKY · magazine of the Cuckmere Kite Fliers · Ask the committee\n'Somebody at the festival said OpenAI has put Sora on GitHub for anyone to run. Could the club put it on the laptop for next year's trailer?' (a member in Lewes)\nThe committee replies: the Sora projects people find on GitHub are other teams' attempts to build something similar. OpenAI itself has published neither Sora's weights nor its code, nor even said what data it trained it on. There are open video models anyone can run, Stable Video Diffusion for one, but they aren't Sora. The trailer will be filmed the old way, from the top of the hill.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a workshop newsletter that answers with facts
        "FROM THE BENCH · newsletter of the Ravensworth Letter-Cutting Workshop\nA note on the clip several of you sent us, captioned 'made by Sora, prompt in the comments': a carver in a dusty studio freeing an angel's face from a block of white marble, the light falling through a high window. It was filmed in 2017 at the open studio of a workshop in Pietrasanta by one of its assistants, who posted the original the same week. OpenAI has put 48 sample videos from Sora on its own website, and those are the only clips anyone can say for certain came from Sora; this isn't one of them. Classes start again on the 9th.",
    ),
    # --- related but not matching: true facts about Xie Saining's own career, and real news
    (
        None,
        "person_fact",
        "Magic society newsletter, 'people in the news': Xie Saining, the NYU computer scientist a viral story wrongly called an inventor of Sora, wrote with Penghao Wu the paper 'V*: Guided Visual Search as a Core Mechanism in Multimodal LLMs', presented at CVPR 2024: a way for a multimodal model to search a large, crowded picture for the small details a question needs, with a benchmark, V*Bench, to test it on high-resolution images.",
    ),
    (
        None,
        "person_fact",
        "Fungus group newsletter, 'people': Xie Saining, who has said he had nothing to do with Sora, is one of the authors of MetaMorph, a December 2024 paper with Shengbang Tong, Zhuang Liu, Yann LeCun and others. It instruction-tunes a language model to make pictures as well as read them, and found that the knack for generating images emerged with as few as 200,000 examples when it was trained alongside visual understanding.",
    ),
    (
        None,
        "person_fact",
        "Kite club newsletter, 'boffins' corner': Xie Saining (no Sora inventor, whatever the viral post said) is an author, with Nanye Ma, Tommi Jaakkola and others, of a January 2025 paper on giving image diffusion models more computing time when they generate: rather than just adding denoising steps, whose gains flatten out after a few dozen, they search for better starting noise, guided by verifiers that score the results.",
    ),
    (
        None,
        "person_fact",
        "Stone carvers' guild newsletter, 'heard in the yard': Xie Saining, who was not one of Sora's inventors, advised, with Amir Bar, the April 2025 paper 'Scaling Language-Free Visual Representation Learning', whose authors include David Fan, Shengbang Tong and Yann LeCun: vision models trained on two billion web images with no text at all, scaled up to seven billion parameters, matched CLIP at answering questions about pictures.",
    ),
    (
        None,
        "news",
        "Kite club e-news, 'from the laptop': OpenAI's report applies SDEdit, an existing editing method for diffusion models, to Sora. Hand it a clip and a line of text and it changes the clip's look, its style or its surroundings, without being trained for the job.",
    ),
    (
        None,
        "news",
        "Letter-cutting workshop news, 'gadget corner': a single frame is all it takes. OpenAI's report describes laying out Gaussian-noise patches in a spatial grid just one frame deep, so that Sora turns out still pictures in a range of sizes, the biggest 2048 pixels square.",
    ),
    (
        None,
        "news",
        "Magic society bulletin, 'in the news': the first check comes before a frame is made. OpenAI says that once Sora is in one of its products, a text classifier will read every prompt and refuse the ones that break its rules, like asking for a famous person's face, graphic violence, sexual or hateful material, or characters that belong to somebody else.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "LECTURE NIGHT · 'Where does the eye go?' · Northern Circle of Magicians, Thursday 8pm, the upstairs room at the Crown\nWe'll watch some of the sample videos OpenAI has published for its video model Sora and ask of them what a magician asks of a trick: where the audience looks, what it misses, and the moment a careful eye catches the seam. Then the close-up table and the raffle. Members free, guests £3.",
    ),
    (
        None,
        "benign",
        "KITE FESTIVAL · the star of this year's show is 'Sora', a thirty-metre single-line kite in the shape of a sky-blue whale, named after the Japanese word for sky and flown by a team from Shizuoka. The festival on the Downs is open to the public from 10am on Saturday and Sunday, free; the festival's official app has the arena times and a map of the trade tents.",
    ),
    (
        None,
        "benign",
        "NOW BOOKING · 'SORA' · a Japanese stage magician's new illusion show, its title the Japanese word for sky: a woman drifting across the stage on a paper crane, then a snowstorm over the stalls. At the Tollgate Playhouse from 3 March; the matinées are open to the public at half price, and the playhouse's official app has the seating plan and a trailer.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout55", HELDOUT55, threshold=0.6)


if __name__ == "__main__":
    main()
