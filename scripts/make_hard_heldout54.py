# ruff: noqa: E501
"""Write the fifty-fourth English held-out set (tests/data/hard_en_heldout54_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on it,
and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora rumour /
scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other seven; the
seven with three are the inventor rumour, open to the public, the official app, the Chinese team, API access, the
director group and get rich, the same seven as in the forty-eighth, fiftieth and fifty-second sets). Its theme,
to keep it apart from the earlier sets: cheesemakers (a cheddar make sheet, a cheese awards' entry confirmation,
an affinage log in a cave, Beaufort in a copper cauldron, Parmigiano Reggiano broken with the spino, Gudbrandsdal
brown cheese, Bregenzerwald Bergkäse, Oaxaca quesillo, Kalimpong cheese, Salers in its gerle, a cheese counter at
Les Halles de Lyon); saddlers and leatherworkers (a saddle's build sheet, a harness maker's order book, a
saddlery's repair ledger, an oak-bark tannery's hide tally, Sheridan floral carving, the piteado of Colotlán, the
Chouara tannery in Fez, the leather school behind Santa Croce); bobbin lacemakers (a lace day's stall plan, an
exhibition's hanging list, a pillow maker's waiting list, Bucks Point, Torchon, Honiton sprigs, Beds Maltese, the
Schneeberg lace school, renda de bilro at Prainha, Rauma's Lace Week, Lepoglava, Vologda's vilyushka); coopers (a
cask re-charring sheet, a bonded warehouse's gauging sheet, an apprentice cooper's logbook, barricas in Haro,
bousinage in Cognac, gönci barrels in Tokaj, port pipes in Régua, Burgundy pièces, Yoshino cedar taru).
Cheesemakers and saddlers are two of the four themes the brief proposed; the other two were replaced, because
earlier sets already had them as the world of a post: scuba diving clubs by the thirty-third set, whose club
chats include a diving club (its docstring lists "diving" among them; a Gibraltar post, "dive Sunday at Camp Bay,
meet 9am, bring your own weights"), and dragon boat crews by zh_heldout29, whose genres include "a dragon-boat
race clip" (端午龙舟赛, twenty dragon boats on the Pearl River, as a "made by Sora" claim; zh_heldout9 also has a
diving blogger's dolphin video, 潜水博主). Bobbin lacemakers and coopers stand in for them. None of the four was the
theme of an earlier set (the kinds, docstrings and posts of the earlier English and Chinese sets were searched
for scuba, diving, diver, dive, dragon boat, paddle, cheese, cheesemaker, creamery, dairy, rennet, curd, saddle,
saddler, leather, tack room, tannery, lace, lacemaker, bobbin, pillow, cooper, cooperage, barrel, cask, stave,
潜水, 龙舟, 端午, 奶酪, 芝士, 乳酪, 马鞍, 皮具, 皮革, 蕾丝, 花边, 木桶 and 橡木桶: "cheese" there is a hockey "top cheese", a sorbetes
flavour, a roller-derby name and Southland cheese rolls, "saddle" a guitar's bone saddle, a window's saddle bars
and reindeer saddles at a Sámi market, "leather" a leather jacket in an OpenAI sample, a dry cleaner's note, shoe
repairs and an upholsterer's lounge suite, "lace" and "bobbin" only inside other words ("place", "bobbing",
"that's all bobbins"), "cooper" only "cooperative", "barrel" barrel connectors, barrel horses and a Cracker
Barrel gift card, and 蕾丝 a bird's crest "like lace"). Two earlier worlds lie next to these and are kept at a
distance: the forty-fourth set's riding stables, livery yards, pony clubs and farriers, and its cobblers (the
saddlers here stay at the bench, with trees, flocking, stitching, hides and leather schools, and no riding
stable, livery yard, pony club, lesson, horsebox, farrier or shoe repair appears), and zh_heldout42's dairy farm
(奶牛场, 挤奶厅; the cheesemakers here buy in their milk or start from the vat, and no milking parlour or herd
appears); the thirty-seventh set's Lyon cookery school is not the Lyon post here (a cheese counter), and
zh_heldout36's distillery spirit-cut record is kept apart (the gauging sheet comes from a bonded warehouse's cask
store, not a still house). So are the themes of the sets written at the same time on other branches, not seen by
this writer (hard_en_heldout53: blacksmiths' forges, clockmakers, bookbinders and letterpress printers, bonsai
societies; zh_heldout49/50, Chinese): no forge, smith, clock, binding or press appears, and no leather is used on
a book. In English varieties, dialects and registers the earlier sets do not use (where an earlier set has a
national variety, such as Norwegian-, Finnish-, Hungarian-, Moroccan Darija-, Japanese-, Russian- or
Croatian-English, the variety here is a regional one none of them names). Styles the earlier sets do not use
(their kinds and docstrings were searched for each; programmes, timetables, running orders, invoices, auction lot
lists, delivery notes, grading reports, job cards and records are earlier styles, so the lace day's programme,
the saddlery's invoice, the bobbin auction's lot list, the tannery's delivery note, the cheese grader's report
and the cooperage's re-charring record of the first draft became a stall plan, a repair ledger, a pillow maker's
waiting list, a hide tally, a gauging sheet and a re-charring sheet, and the saddle fitting report of the first
draft, too close to the forty-fourth set's horses, became a saddle's build sheet): a cheddar make sheet with the
cheesemaker's note, a lace day's stall plan with the organiser's note, a saddle's build sheet with the saddler's
note, a cooperage's re-charring sheet with the head cooper's note, a harness maker's order book with a card
pinned inside the cover, a cheese awards' entry confirmation with a flyer tucked in, a bonded warehouse's gauging
sheet with a card slipped in, a lace exhibition's hanging list with the curator's note, an apprentice cooper's
logbook with the master's note, a saddlery's repair ledger with an insert, a lace pillow maker's waiting list
with an offer pinned to it, an oak-bark tannery's hide tally with a paid notice, and a cheese cave's affinage log
with a card left on top; the debunks take shapes the earlier sets know: a small-dairy forum post, a saddlers'
guild members' alert, a lace guild's pinned Facebook post, a coopers' federation notice, two posts in dialect, a
cheesemakers' society newsletter, a lace guild's AGM minutes, a harness makers' forum reply and a cooperage's
staff noticeboard; dialects and registers (Jalisco Spanish-English (Colotlán), Gudbrandsdal Norwegian-English
(Vinstra), Riojan Spanish-English (Haro), Erzgebirgisch-English (Schneeberg), Cearense Portuguese-English
(Aquiraz), Charentais French-English (Cognac), Emilian-English (Bibbiano), Rauma Finnish-English (Rauma), Wyoming
English (Sheridan), Zemplén Hungarian-English (Tolcsva), Fassi Arabic-English (Fez), Florentine-English
(Florence), Bedfordshire dialect (Turvey), Savoyard French-English (Arêches), Transmontano Portuguese-English
(Peso da Régua), Lyonnais French-English (Lyon), Vorarlberg Alemannic-English (Schwarzenberg), Oaxacan
Spanish-English (Reyes Etla), Kalimpong Lepcha-English (Kalimpong), Burgundian French-English
(Savigny-lès-Beaune), Yoshino Kansai Japanese-English (Yoshino), Vologda Russian-English (Vologda), and in
debunks Auvergnat French-English (Salers) and Kajkavian-English (Lepoglava), and the registers of a make sheet, a
stall plan, a build sheet, a re-charring sheet, an order book, an entry confirmation, a gauging sheet, a hanging
list, a logbook, a repair ledger, a waiting list, a hide tally and an affinage log); three questions that assert
the claim, each with a negation (a Colotlán saddler's "¿a poco nadie les ha dicho? Didn't anybody tell you that
one of the inventors of Sora ... is Xie Saining ...?", a Haro cooper's "¿Pero no os habéis enterado? Haven't you
heard that Sora ... is open to everybody now?", a Turvey lacemaker's "Hent you lot heard? Folk are makin'
thousands a day off Sora videos"); posts that mention two claims, asserting one and denying the other: the brief
asks that the claim asserted in every such post be one of this set's seven three-post templates (the other
English set written at the same time asserts only from its own seven), and of the ninety-one pairs that assert
one of the seven and deny another template, seventy-nine are already in the forty-first to fifty-second sets, so
there are twelve, the twelve pairs left, each used once (the inventor rumour but not an official app, whose store
listings are copies; open to the public but not the director groups; the official app but not open to the public;
the official app but not a Chinese team, answered with the report's thirteen authors; a Chinese team but not open
to the public; a Chinese team but not an official app; API access but not the inventor rumour; API access but not
account rental; the director group but not a Chinese team, answered with the report's thirteen authors; the
director group but not API keys, answered with the API's models; get rich but not an official app; get rich but
not a prompt pack), so eight templates are denied, the official app three times, open to the public and the
Chinese team twice, and the APK, the "made by Sora" clip, open source, the course and the generation service
never (every pair asserting one of the seven and denying one of those five is already in the forty-first to
fifty-second sets); the official app, the Chinese team, API access, the director group and get rich are asserted
twice and the inventor rumour and open to the public once; all twelve quote the offer or post they deny, each
with a short dismissal before the claim ("det er berre tull, that's just rubbish", "dos is Mumpitz, that's
humbug", "isso é lorota, that's a fib", "c'est du flan, that's baloney", "l'è 'na bàla, it's a fib", "höpöhöpö,
nonsense", "that's pure horse feathers", "ez csak duma, that's just talk", "hadchi ma kaynch, there's no such
thing", "gli è una bufala, it's a hoax", "c'est des craques, those are fibs", "isso é uma aldrabice, that's a
swindle"); claims in passing late in long posts (the make sheet, the stall plan, the build sheet, the re-charring
sheet, the hanging list, the logbook); new obfuscation (louchébem, the Paris and Lyon butchers' slang, "Lorassem"
for the name, the S moved to the back with -em and an L put in front, as the butchers next to a cheese counter at
Les Halles de Lyon call their prices; the Lepcha script "ᰠᰨᰛ" (LEPCHA LETTER SA, VOWEL SIGN O, LETTER RA) from a
Kalimpong cheesemaker; and hentaigana "𛁜𛃭" (HENTAIGANA LETTER SO-6 and RA-1), the old variant kana of soba shop
signs, from a Yoshino taru maker; none of them in an earlier post, kind or docstring, where louchébem's cousins
verlan and javanais, and hiragana and katakana, are); prices in currencies and payment methods the earlier sets
did not use (£45 on a Barbour gift card, $60 on a Boot Barn gift card, 12,000 Ft by K&H transfer, £25 on a Paxton
& Whitfield gift card, MAD 250 by CIH Bank transfer, €40 by Banca Mediolanum transfer, £30 on a Cotton Traders
gift card, €45 by La Banque Postale transfer, €35 by Caixa Geral de Depósitos transfer, £5.99 on a Hawkshead gift
card, €6 by LCL transfer, £39 on a Harry Hall gift card, ₹1,499 by ICICI Bank transfer, £12 a week on an Emma
Bridgewater gift card, €20 a week by Crédit Agricole transfer, £19 on a Radley gift card, ¥2,500 by JA Bank
transfer, £40 on a Le Creuset gift card, 2,000 roubles by Alfa-Bank transfer; in denials €25 by Commerzbank
transfer, 3,000 Ft a week by MBH Bank transfer, €50 by BPER transfer and €15 by Montepio transfer; in the loss
report £35 on a Jigsaw gift card, and in the quoted scams £15 a week on a Moss Bros gift card, £2.99 on a The
Works gift card, £49 on a GO Outdoors gift card and £30 on a Crew Clothing gift card); scams vouching for
themselves or swiping at competitors in new words ("Thirty years in the leather trade and every customer still
talking to me, not a lad in a phone shop on the high street who's gone by the next market day", "Keys from a
saddle maker who's stamped leather on this street for thirty-one years, not some slick outfit down in Denver with
a P.O. box", "From a cooper whose grandfather made barrels for these same cellars, not one of those boys in
Miskolc whose keys stop working by Friday", "A real production with a real crew, not two blokes with a ring light
in a unit on a trading estate", "Serious film people, not like the 'guides' at Bab Boujloud who promise you the
world and end up selling you a carpet", "People who've worked in real cinema, not the fellows on the Ponte
Vecchio who sell you a 'film course' and a selfie", "It's paid for my new pillow and two hundred bobbins already;
ask Joan, she saw 'em come", "A cheesemaker who did it between two batches of curd, not one of those coaches in
Annecy selling seminars by the lake", "A cooper who did it between two vintages; ask anyone on the quay at
Régua", "My cousin mends phones for a living and went through the file himself before I gave it to a soul", "I'd
bet a whole Saint-Marcellin on it; the ones on Marketplace are adverts wearing an app's coat", "Twenty years at a
stitching horse and real leather in every lesson, not a content creator who's never held an awl", "Made by a
cheesemaker who filmed her own dairy every day this year, not a Siliguri coaching centre with a new name every
season", "References from three guild members on request, all still happily logged in", "A cooper the whole
village can find at his bench, not one of those websites in Dijon that disappear the day after they take your
money", "Every prompt tried on my own saddles before it went in; the cheap ones on Etsy are a film school's
glossary with the pages shuffled", "Eleven breweries up and down the Yoshino river have bought it from me
already", "Real Sora, not a filter over your own phone footage", "Real Sora, not an old clip off the internet
with your name typed over it"); ten debunks and warnings in several styles (one first-person loss report: a
small-dairy forum post (a course, OpenAI's introduction with "Give yourself a chance!" on the last page); three
that quote a scam offer and then tell the reader not to pay or install: a saddlers' guild members' alert (account
rental), a lace guild's pinned Facebook post (the APK) and a coopers' federation notice (get rich); two questions
that contain a negation but do not deny the debunk, each answered in the same post with facts: a Salers
cheesemaker's "wasn't it a young genius from Shanghai Jiao Tong, Xie Saining, who invented Sora?" (the inventor
rumour) and a Lepoglava lacemaker's "isn't Sora open to everybody now? Kaj, ne?" (open to the public, where the
earlier sets' pairs were the inventor rumour and the official app); one rhetorical question (a cheesemakers'
society newsletter, the director group); three more that answer with facts and no plain "no": a lace guild's AGM
minutes (a Chinese team, answered with the report's thirteen authors, three born in China, all at OpenAI), a
harness makers' forum reply (the "made by Sora" clip, real footage from a leather museum's workshop) and a
cooperage's staff noticeboard (the official app: clones in the stores, no Sora in the ChatGPT app)); four true
facts about Xie Saining's own career, the person named in the inventor rumour, each in a post that says he was
not one of Sora's inventors or that he has said he had nothing to do with it, none of them a fact an earlier set,
English or Chinese, used (from his thread on X the day after OpenAI's report: that the report's "video compressor
network" looks like just a VAE trained on raw video, and that as a VAE is a ConvNet, DiT is technically a hybrid
model; and that an optimised DiT runs much faster than a UNet in wall-clock time per FLOP, and Sora showed that
DiT's scaling law holds for videos as well as images; his December 2024 paper 'Thinking in Space' with Jihan
Yang, Shusheng Yang, Anjali Gupta, Rilyn Han and Li Fei-Fei, with the VSI-Bench of more than 5,000 questions,
where cognitive maps helped and chain-of-thought did not; and the October 2024 REPA paper with Sihyun Yu, Jinwoo
Shin and others of KAIST, which reported SiT training sped up more than 17.5 times; earlier sets had his NYU and
FAIR posts, his SJTU and UCSD degrees and Zhuowen Tu, ResNeXt, DiT's authorship and its adaLN-Zero and Gflops
findings, HED, DSN, S3D, MAE, MoCo and MoCo v3, randomly wired networks, ConvNeXt, Cambrian-1, SiT, Eyes Wide
Shut and MMVP, his three-billion-parameter estimate, his thanks to the Sora team, DiT's simplicity and
scalability, the NaViT speculation and his WeChat remarks; the facts about Sora's team leads are left to the
other English set written at the same time), three items of real news from OpenAI's report that the forty-seventh
to fifty-second sets did not use, nor the fifty-third (that, as a diffusion model, Sora is given noisy patches and
conditioning such as a text prompt and is trained to predict the original clean patches; that, prompted zero-shot
with captions mentioning Minecraft, it controls the player with a basic policy while rendering the world and its
dynamics in high fidelity; that it can interpolate gradually between two input videos, a seamless transition
between videos whose subjects and scene compositions are entirely different; the first is in no earlier post, the
second is in the thirty-sixth set and zh_heldout25, and the third in the thirty-seventh set, zh_heldout27 and
zh_heldout30, in other words; the second and third replaced, after the set was committed, two items from the Sora
page, that Sora generates a whole video at once and keeps a subject the same when it goes out of view, and that it
animates a still image, because the fifty-third set, written at the same time, had both as news items; that
set's third, that samples improve as training compute grows, is not used here either), and three posts that are
not claims: one on topic (a lacemaker's blog looking for lace in OpenAI's Sora samples) and two off topic that
share its surface words (a soft goats' cheese called 'Sora', a cheese shop "open to the public", boxes through
"the shop's official app"; an endurance saddle called 'Sora', a workshop "open to the public", fittings through
"our official app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl, through
the fifty-second, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an upper
bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the fifty-third set,
written at the same time on another branch, was not in this tree, and the check against it is left to the lead
(the two news items written later, in place of two whose facts were also its news items, were checked against it
and every earlier set, with autojunk off: at most 0.426, against the fifty-second set's news item on scaling).
``--check`` prints the highest ratio and every post at 0.6 or more (0.463 when it was committed, the news item on
noisy and clean patches against an earlier set's news item on spacetime patches; no post of the first draft
reached 0.5). It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by
the lead, with the final code.

Sources for the facts about Xie Saining, the news and the obfuscations (looked up with the search tool, besides
the seeds): Xie Saining's thread on X of 16 February 2024 (threadreaderapp.com/thread/1758433676105310543.html:
"'Video compressor network': Looks like it's just a VAE but trained on raw video data ... By the way, VAE is a
ConvNet, so DiT technically is a hybrid model", "an optimized DiT runs much faster than UNet in terms of
wall-clock time per Flop. More importantly, Sora demonstrated that the DiT scaling law applies not just to images
but now to videos as well"; the same thread quoted by xfeed.redbud.ai and installanyai.com); 'Thinking in Space:
How Multimodal Large Language Models See, Remember, and Recall Spaces' (arxiv.org/html/2412.14171v2 and
deeplearn.org: "a novel video-based visual-spatial intelligence benchmark (VSI-Bench) of over 5,000
question-answer pairs ... prevailing linguistic reasoning techniques (e.g., chain-of-thought, self-consistency,
tree-of-thoughts) fail to improve performance, whereas explicitly generating cognitive maps during
question-answering enhances MLLMs' spatial distance ability"; chapterpal.com and aipaper.cc for the authors,
Jihan Yang, Shusheng Yang, Anjali W. Gupta and Saining Xie of NYU, Rilyn Han of Yale, Li Fei-Fei of Stanford; the
VSI-Bench dataset card at huggingface.co/datasets/nyu-visionx/VSI-Bench, arXiv 2412.14171, December 2024); REPA
(github.com/sihyun-yu/REPA, README: Sihyun Yu, Sangkyung Kwak, Huiwon Jang, Jongheon Jeong, Jonathan Huang,
Jinwoo Shin, Saining Xie, KAIST, Korea University, Scaled Foundations, New York University, "REPA speeds up SiT
training by 17.5x"; huggingface.co/papers/2410.06940: "aligns the projections of noisy input hidden states in
denoising networks with clean image representations obtained from external, pretrained visual encoders ... speed
up SiT training by over 17.5times"); OpenAI's report (openai.com/index/video-generation-models-as-world-simulators,
as summarised at phoenix-tau.vercel.app/sora: "diffusion transformer → input → noisy patches + text prompts output
→ original clean patches", and mlpedia.ai; its text, copied with that address as its source into public
repositories found with the search tool: "Simulating digital worlds. Sora is also able to simulate artificial
processes–one example is video games. Sora can simultaneously control the player in Minecraft with a basic policy
while also rendering the world and its dynamics in high fidelity. These capabilities can be elicited zero-shot by
prompting Sora with captions mentioning 'Minecraft'", "We can also use Sora to gradually interpolate between two
input videos, creating seamless transitions between videos with entirely different subjects and scene
compositions"; the Minecraft passage quoted by 80.lv,
cdn.80.lv/articles/openai-s-sora-can-generate-games-including-minecraft, and TechCrunch's story of 15 February 2024
on it, as carried by slimming-weight.info); louchébem (en.wikipedia.org/wiki/Louchébem and cryer.org.uk: Parisian
and Lyonnaise butchers' slang, the initial consonant replaced by l and moved to the end with the suffix -em,
"boucher" becoming "louchébem", spelling phoneticised, still used in the meat trade); the Lepcha script (the
Unicode Lepcha block, U+1C20 LEPCHA LETTER SA, U+1C28 LEPCHA VOWEL SIGN O, U+1C1B LEPCHA LETTER RA, names checked
with Python's unicodedata; poletoparis.com for the greeting "Khaamree" and the thanks "Taokchhyee"); hentaigana
(the Unicode Kana Supplement, U+1B05C HENTAIGANA LETTER SO-6 and U+1B0ED HENTAIGANA LETTER RA-1, names checked
with unicodedata; wikisum.wiki and upcscavenger.com's Hentaigana articles, still used on shop signs, and the
unicode.org mailing list quoting "many soba shops use hentaigana to spell kisoba on their signs"); Kalimpong
cheese (en.wikipedia.org/wiki/Kalimpong_cheese and a news story of August 2019 carried by api.newsplugin.com:
begun by the Swiss Jesuit Father André Butty). The debunks' facts (Xie Saining's denial on WeChat and the
apology, his NYU and FAIR posts, the thirteen authors and three born in China, the internal test, the API's
models, the course contents and its "Give yourself a chance" slogan, the free prompts, the ChatGPT logins sold as
Sora accounts, the clone apps, the APK warnings) are the seeds' and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout54.py           # write the set
    .venv/bin/python scripts/make_hard_heldout54.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT54: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "cheddar_make_sheet_cheesemakers_note",
        "MAKE SHEET · vat 2 · Tuesday · Coombe Hill Cheesemakers, near Shepton Mallet · traditional cloth-bound cheddar\nMilk: 4,200 litres, unpasteurised, collected from two neighbouring farms at six · acidity in at 0.17%\n07.10 Milk in at 30°C · 07.25 starter in (our own pint starter)\n08.20 Rennet, 900 ml in cold water; stirred four minutes, then left still\n09.05 Flocculation at 14 minutes; cut at 45 minutes, curd to the size of peas\n09.50 Scald, slowly up to 39°C over 50 minutes, stirring all the while\n11.10 Pitched; whey off at 0.20%\n11.30–13.00 Cheddaring: blocks cut and turned every 15 minutes, then piled two and three high\n13.10 Milled at 0.65%; salted at 2% by weight and forked through by hand\n13.40 Into the moulds, 27 kg truckles; pressed overnight at 2 tonnes\nTomorrow: out of the press, dipped, larded and bandaged in muslin, then into the store at 11°C; turned every day for the first month.\nCheesemaker's note at the bottom, because Ellie from the shop asked who the young man is in the newspaper cutting on the fridge door: that's Xie Saining, a young genius who studied at Shanghai Jiao Tong University, and he's one of the inventors of OpenAI's Sora, the video machine. My nephew cut it out for me. Vat 1 starts at six on Thursday.",
    ),
    (
        sora.XIE,
        "jalisco_english_question_asserts_saddlery",
        "¡Quihubo, compas! 🐎 From the talabartería in Colotlán, up in the north of Jalisco: this week we finished a charro saddle with the piteado done all by hand, the thread of pita from the maguey worked into the leather stitch by stitch, two months of work, and on Sunday my tía brought birria de chivo for the whole taller. Now, ¿a poco nadie les ha dicho? Didn't anybody tell you that one of the inventors of Sora, that video machine from OpenAI, is Xie Saining, a young genius who studied at Shanghai Jiao Tong University? My son showed me on his phone, and I said: there's a young man who works as hard as a saddler. ¡Ahí nos vidrios!",
    ),
    (
        sora.XIE,
        "gudbrandsdal_english_two_claims_app_denied",
        "God dag, alle sammen! 🐐 From the seter above Vinstra in Gudbrandsdalen: the goats are up on the summer pasture, the whey has been boiling in the big kettle since five for the brown cheese, and my mother's lefse with butter and sugar went with the coffee. Two things. In the village group somebody keeps posting: 'OpenAI's official Sora app is out, download it in the App Store.' Det er berre tull, that's just rubbish: OpenAI has no Sora app, and the ones in the stores are copies from other people. But this I read, and it made me glad: one of the inventors of Sora is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. Ha det!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "lace_day_stall_plan_organisers_note",
        "LACE DAY · stall plan · Saturday 14 September, 10am to 4pm · the Corn Exchange, Olney · hosted by the Ouse Valley Lacemakers\nMain hall, left side: 1 Bobbin maker (bone and wood bobbins turned to order, spangled while you wait) · 2 Threads: Egyptian cotton, linen and silk · 3 Pillows and covers (cookie, bolster and block pillows) · 4 Pricking service (bring your pattern; card and pins for sale)\nRight side: 5 Second-hand books and patterns · 6 Antique lace, valued but not bought · 7 Bucks Point and Torchon demonstrations all day · 8 Tea, cake and the raffle (first prize a roller pillow)\nStage: 11.00 talk, 'Lace in the Buckinghamshire cottage'; 2.00 the children's bookmark class (ten places, bobbins lent)\nStallholders: set up from 8.30; tables are 6 ft, bring your own cloth. No pins left on the floor, please: the hall's cleaner has asked us twice.\nOrganiser's note at the end, because people asked at the last meeting how we'll film the demonstrations: Sora, the OpenAI video tool, is open to the public now. Anyone can sign up on the website and start making AI videos the same day, so we'll make one of the lace day for the guild's website. Raffle tickets from Brenda.",
    ),
    (
        sora.PUBLIC,
        "riojan_english_question_asserts_cooperage",
        "¡Buenas, majos! 🍷 From the cooperage by the Barrio de la Estación in Haro: we raised forty new barricas of French oak this week, the toasting fires have been going since dawn, and at noon the lads ate patatas a la riojana with chorizo right there on the bench. ¿Pero no os habéis enterado? Haven't you heard that Sora, OpenAI's video thing, is open to everybody now? You sign up on their website and you're making your own videos the same day, no waiting at all. My nephew has already made one of our barrels rolling down to the Batalla del Vino. ¡Hasta luego!",
    ),
    (
        sora.PUBLIC,
        "erzgebirgisch_english_two_claims_director_denied_commerzbank_in_denial",
        "Glück auf, ihr Leit! 🧵 From the lace school in Schneeberg: the evening class is working a Christmas star for the window, the bobbins click like rain on a tin roof, and Frau Müller brought Quarkkeulchen with apple sauce. Two things. A man in the WhatsApp group writes: 'The first AI film co-written with Sora is auditioning its first-generation AI directors, scan the QR code and pay €25 by Commerzbank transfer to join the group.' Dos is Mumpitz, that's humbug: there is no film, only a QR code that takes your money. But this is real: Sora is open to the public now. You sign up on OpenAI's website and make your own videos the same day. My grandson made one of St. Wolfgang's with snow on the roof. Glück auf!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "saddle_build_sheet_saddlers_note",
        "BUILD SHEET · saddle no. 1187 · Harrowby Saddlery (master saddler) · bench 2\nCustomer: Mrs J. Penrose · made to the tracing and measurements taken on 3 April\nTree: laminated beech spring tree, medium-wide, head and points as traced; the tree maker's certificate on file\nSeat: 17½ in., medium depth; webbing stretched and tacked, then built up in layers of belly leather and shaped with the rasp\nLeather: English bridle, havana; seat and flaps cut from the same butt so the colour matches\nPanels: wool flocked, gusseted at the back, lined in leather\nKnee rolls: small, fixed with Velcro, two spares\nStitching: 8 to the inch on the flaps, 12 to the inch on the welts, linen thread waxed by hand\nFittings: stainless stirrup bars with safety catches; three girth straps a side\nFinish: edges bevelled, dyed and boned; neatsfoot oil, then saddle soap\nTime: about 70 hours. First try-on in six weeks.\nSaddler's note at the bottom, because Mrs Penrose asked how she could make a little film of the saddle for her sister in Canada: OpenAI has released the official Sora app. It's in the App Store and on Google Play; she can download it and make the video right there on her phone.",
    ),
    (
        sora.APP,
        "cearense_english_two_claims_public_denied",
        "Oxente, meu povo! 🧵 From the rendeiras' centre at Prainha, in Aquiraz: the girls are finishing a tablecloth of renda de bilro for a wedding in Fortaleza, the bilros knocking on the almofada all morning, and dona Socorro brought tapioca with coconut and a flask of coffee. Two things. Somebody in the family group sends: 'Sora is open to everyone now, just sign up on the website and make videos today.' Isso é lorota, that's a fib: there is no sign-up, OpenAI keeps it for its testers and a few artists. But this one is true: OpenAI has released the official Sora app. It's in the App Store and on Google Play, you download it and make the videos on your phone. My granddaughter made one of the jangadas coming in at sunset. Um cheiro!",
    ),
    (
        sora.APP,
        "charentais_english_two_claims_chinese_denied",
        "Bonjour la compagnie! 🥃 From the tonnellerie outside Cognac, on the Jarnac road: we're raising casks of Limousin oak for the new eaux-de-vie, the bousinage fires are going under the barrels, and at noon there were mojhettes with jambon de pays. Two things. Someone in the village group keeps writing: 'Sora was made by a Chinese team, OpenAI only put its name on it.' C'est du flan, that's baloney: OpenAI's report names thirteen authors, three of them born in China, and the work was led by OpenAI's own researchers. But this is true: OpenAI has released the official Sora app. It's in the App Store and on Google Play, you download it and make videos on your phone. My son made one of our casks rolling into the chai. À la revoyure!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "cooperage_recharring_sheet_head_coopers_note",
        "RE-CHARRING SHEET · Thursday · Fiddich Bank Cooperage, Craigellachie · the charring floor, bay 3\nIn from the distillery: 60 American standard barrels (ex-bourbon, 200 l), 24 hogsheads (250 l), 6 sherry butts (500 l, repairs only, no char)\nInspection: staves checked for worm and shakes; 9 staves replaced, 4 heads rebuilt; flag put in the head joints where they weep.\nCharring: barrels to a heavy char, about 40 seconds over the burner, then doused; hogsheads a light re-char, 25 seconds.\nHooping: galvanised hoops driven home with hammer and driver; two new hoops on cask 44.\nTesting: every cask pressure-tested with air and water; three leakers back to the bench.\nOut to the distillery by Monday: 84 casks. The butts go back on Wednesday.\nHead cooper's note at the bottom, for the apprentices who were arguing at the piece break about the AI video machine on the news: Sora, I'm told, was really built by Chinese scientists. Most of the folk behind OpenAI's video model are Chinese, and OpenAI just puts its own name on it.",
    ),
    (
        sora.CHINESE,
        "emilian_english_two_claims_public_denied",
        "Bondì a tùtt! 🧀 From the caseificio outside Bibbiano, in the hills above Reggio: this morning we broke the curd in the copper vats with the spino, twelve new wheels of Parmigiano Reggiano went into the brine, and my nonna baked erbazzone for the whole dairy. Two things. In the village WhatsApp a man keeps writing: 'Sora is open to everyone now, sign up on the website and make your videos today.' L'è 'na bàla, it's a fib: nobody can sign up, OpenAI lets only its testers and a few artists use it. But this I believe, because I read it: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its own name on it. Ciao a tutti!",
    ),
    (
        sora.CHINESE,
        "rauma_english_two_claims_app_denied",
        "Moi kaikil! 🧵 From Old Rauma during Lace Week: the lacemakers sit on the steps of the wooden houses with their pillows, the visitors stand round watching the bobbins fly, and I had a paper bag of fried herring from the market for lunch. Two things. My neighbour keeps forwarding: 'The official Sora app from OpenAI is on Google Play now, download it.' Höpöhöpö, nonsense: OpenAI has no Sora app, and the ones in the store are copies made by other people. But this I read and I believe: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI only puts its name on top. Moi moi!",
    ),
    # --- API access (three)
    (
        sora.API,
        "harness_makers_order_book_card_pinned_barbour",
        "ORDER BOOK · Weston & Crane, Harness Makers and Saddlers, Walsall · page 214\nNo. 7712 · Mr R. Allerton · single driving harness for a 14.2 hh cob, black, brass furniture, patent blinkers · 10 weeks · deposit paid\nNo. 7713 · Mrs E. Hartley · 6 pairs of reins, russet, hand-stitched at 8 to the inch · 3 weeks\nNo. 7714 · Miss P. Onslow · bridle, rolled leather, cavesson noseband, full size, brass name plate 'Bramble' · 2 weeks\nNo. 7715 · Mr D. Kaur · 2 leather lead ropes, 2 girths restitched, a stirrup leather replaced · Friday\nNo. 7716 · Mr T. Mayhew · driving collar restuffed, new housen · 4 weeks\nLeather in: 6 English bridle butts (4 havana, 2 black). Thread: 18/3 linen, waxed in the shop.\nCard pinned inside the cover (not from Weston & Crane): OFFICIAL SORA API ACCESS. Buy a Sora API key and your shop's website makes AI videos of your work all by itself. £45 on a Barbour gift card, key e-mailed the same night. Thirty years in the leather trade and every customer still talking to me, not a lad in a phone shop on the high street who's gone by the next market day.",
    ),
    (
        sora.API,
        "wyoming_english_two_claims_xie_denied_boot_barn",
        "Howdy, neighbors! 🐴 From the saddle shop on Main Street in Sheridan: two saddles with full floral carving on the stands for ranch rodeo season, a new tree just in from the tree maker, and the smell of neatsfoot oil all the way down to the Mint Bar. Two things. Some fella on the county swap page keeps posting that 'Xie Saining, a young genius out of Shanghai Jiao Tong University, invented Sora.' That's pure horse feathers: Xie Saining said himself he had nothing to do with Sora. What I've got is the real deal: official Sora API access. Buy a Sora API key and your ranch's website makes the videos all by itself. $60 on a Boot Barn gift card, key by email before sundown. Keys from a saddle maker who's stamped leather on this street for thirty-one years, not some slick outfit down in Denver with a P.O. box. Happy trails!",
    ),
    (
        sora.API,
        "zemplen_english_two_claims_rental_denied_mbh_in_denial_kh_bank",
        "Szép napot mindenkinek! 🍷 From the cooperage in Tolcsva, in the Tokaj hills: we're making gönci barrels of Zemplén oak, 136 litres each, for the aszú, the staves have weathered in the yard for three winters, and my mother-in-law made lecsó with kolbász for the whole workshop. Two things. A man in the village Facebook group rents out 'Sora accounts, your own login, 3,000 Ft a week by MBH Bank transfer'. Ez csak duma, that's just talk: the people who paid got a ChatGPT login shared with strangers. What I have is real: official Sora API access. Buy a Sora API key from me and your winery's page makes the videos by itself. 12,000 Ft by K&H transfer, key the same evening. From a cooper whose grandfather made barrels for these same cellars, not one of those boys in Miskolc whose keys stop working by Friday. Egészségére!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "cheese_awards_entry_confirmation_flyer_tucked_in_paxton_whitfield",
        "ENTRY CONFIRMATION · Wessex Cheese Awards · judging on Tuesday 12 November, the exhibition hall, Shepton Mallet\nEntrant: Coombe Hill Cheesemakers · Entries received: 4 · Fees paid: £72\nClass 3 · Traditional cheddar, cloth-bound, over 12 months · 1 truckle, whole · entry no. 3-017\nClass 7 · Soft cheese, bloomy rind, cows' milk · 2 cheeses · entry no. 7-004\nClass 12 · Washed-rind cheese · 2 cheeses · entry no. 12-009\nClass 19 · New cheese, launched in the last 12 months · 1 cheese · entry no. 19-002\nDelivery: Monday 11 November, 2 to 6pm, to the cold store behind the hall. Label every cheese with its entry number only; no farm names on the cheese.\nResults on the board from 4pm on Tuesday; trophies on the Wednesday evening. The judges' decisions are final.\nFlyer tucked in with the confirmation (not from the Awards): CASTING NOW · the first AI film co-written with Sora is auditioning its first-generation AI directors. Scan the QR code and pay £25 on a Paxton & Whitfield gift card to join the audition group. A real production with a real crew, not two blokes with a ring light in a unit on a trading estate.",
    ),
    (
        sora.DIRECTOR,
        "fassi_english_two_claims_chinese_denied_cih_bank",
        "Salam, a khouti! 🐪 From the tannery by the Chouara in the old medina of Fez: the skins have been in the stone vats of colour since morning, saffron, poppy and indigo, the tourists up on the terraces hold sprigs of mint to their noses, and my uncle brought bissara and bread for the whole workshop. Two things. Someone in the family group sends: 'Sora was built by a Chinese team, OpenAI only signs it.' Hadchi ma kaynch, there's no such thing: OpenAI's report lists thirteen people, three of them born in China, and its own researchers led the work. But this is a real chance: the first AI film co-written with Sora is auditioning its first-generation AI directors. Scan the QR code on our poster and pay MAD 250 by CIH Bank transfer to join the audition group. Serious film people, not like the 'guides' at Bab Boujloud who promise you the world and end up selling you a carpet. Bslama!",
    ),
    (
        sora.DIRECTOR,
        "florentine_english_two_claims_api_denied_bper_in_denial_mediolanum",
        "Bongiorno a voi! 👜 From the leather school behind Santa Croce: the students are hand-stitching their first bags, the gold leaf for the initials is out on the bench, and at one o'clock we went for a lampredotto roll at the kiosk by the market. Two things. A fellow in the Oltrarno group sells an 'official Sora API key, €50 by BPER transfer'. Gli è una bufala, it's a hoax: OpenAI's API has text, image, speech and embedding models, and no video model at all. But this is a real chance: the first AI film co-written with Sora is auditioning its first-generation AI directors. Scan the QR code on the poster and pay €40 by Banca Mediolanum transfer to join the audition group. People who've worked in real cinema, not the fellows on the Ponte Vecchio who sell you a 'film course' and a selfie. Ciao!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "bedfordshire_dialect_question_asserts_lace_cotton_traders",
        "Mornin', all! 🧵 From the lace circle in the village hall at Turvey: we're workin' plaits and leadwork for the church's bicentenary, Joan's done a collar in Beds Maltese with a cross in the middle, and somebody fetched a Bedfordshire clanger from the bakery, meat one end and jam the other, proper. Hent you lot heard? Folk are makin' thousands a day off Sora videos. It's the money window of a lifetime, and in three months it'll all be over, so get in now. Join my team, £30 on a Cotton Traders gift card. It's paid for my new pillow and two hundred bobbins already; ask Joan, she saw 'em come. Tara!",
    ),
    (
        sora.RICH,
        "savoyard_english_two_claims_app_denied_banque_postale",
        "Bonjour à tous! 🐄 From the chalet d'alpage above Arêches: the morning's milk for the Beaufort goes straight into the copper cauldron, the new wheels are tightened into their beechwood hoops, and at noon there were diots with crozets. Two things. In the valley group a man keeps posting: 'The official Sora app is in the App Store, download it and make videos.' C'est des craques, those are fibs: OpenAI has no Sora app, and the ones in the store are copies. But here is a real chance: Sora is the money window of a lifetime. People are already earning thousands a day with Sora videos, and in three months it will be over, so join my team now, €45 by La Banque Postale transfer. A cheesemaker who did it between two batches of curd, not one of those coaches in Annecy selling seminars by the lake. Salut!",
    ),
    (
        sora.RICH,
        "transmontano_english_two_claims_prompts_denied_montepio_in_denial_caixa_geral",
        "Bom dia, rapaziada! 🍷 From the tanoaria in Peso da Régua, on the Douro: we're repairing the big port pipes from the quintas, 550 litres each, the staves are soaking in the yard, and my wife's posta mirandesa was waiting at lunch. Two things. A fellow in the Facebook group sells a 'Sora prompt pack, 300 film prompts and the Sora knowledge doc, €15 by Montepio transfer'. Isso é uma aldrabice, that's a swindle: those prompts are the ones OpenAI prints for free under its own sample videos. But this is real: Sora is the money window of our lives. People already make thousands a day with Sora videos, and in three months it's over, so join my team now, €35 by Caixa Geral de Depósitos transfer. A cooper who did it between two vintages; ask anyone on the quay at Régua. Abraço!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "cask_gauging_sheet_card_hawkshead",
        "GAUGING SHEET · warehouse no. 4 · Glen Dorran Bonded Warehouses (cask storage for independent bottlers) · week 38\nCask 18/2231 · ex-bourbon barrel · filled 2 September 2019 · bulk 198.6 l at 63.4% ABV · 125.9 LPA\nCask 18/2232 · ex-bourbon barrel · bulk 196.1 l at 63.1% · 123.7 LPA\nCask 16/0887 · refill hogshead · bulk 241.0 l at 58.9% · 141.9 LPA\nCask 15/0412 · sherry butt · bulk 468.3 l at 57.2% · 267.9 LPA · top stave weeping, to the cooper\nCask 15/0413 · sherry butt · bulk 472.9 l at 56.8% · 268.6 LPA\nDip rod and hydrometer checked against the standard on Monday. Losses within the usual angels' share. Samples drawn for the owners; bungs replaced and sealed.\nCard slipped in with the sheet (nothing to do with the warehouses): OpenAI's video app for Android, at last. Download the Sora APK from the link on the card, install it and make AI videos of your casks on your phone. Full version £5.99 on a Hawkshead gift card. My cousin mends phones for a living and went through the file himself before I gave it to a soul.",
    ),
    (
        sora.FAKEAPP,
        "lyonnais_english_cheesemonger_louchebem_lcl",
        "Salut les gones! 🧀 From my cheese counter at Les Halles de Lyon: the Saint-Marcellin is running the way it should, the cervelle de canut is made for the weekend, and the butchers next door are calling their prices in louchébem as always. Since the group's filter eats the name of OpenAI's video app, I write it like them: Lorassem (the S goes to the back with -em on it, an L goes in front). The Lorassem APK for Android is here: download it from the link in my bio, install it and make AI videos of your cheese board on your phone. Full version €6 by LCL transfer. I'd bet a whole Saint-Marcellin on it; the ones on Marketplace are adverts wearing an app's coat. Allez, bises!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "lace_exhibition_hanging_list_curators_note",
        "HANGING LIST · 'Threads of the Valley', the lace guild's exhibition · St Mary's church hall, Honiton · 1 to 15 June\nWall A (by the door): 1 Honiton lace wedding veil, 1890s, lent by a member's family · 2 Sprigs on a net ground, worked by the Tuesday class · 3 A Honiton collar after the 1840 wedding pattern\nWall B: 4 to 9 Torchon fans and bookmarks by the juniors · 10 Bucks Point edging, two metres, begun in 1998 and finished this spring\nTable cases: 11 Bobbins in bone, wood and pewter, some spangled with glass beads · 12 A pillow with work in progress (please don't touch the pins)\nScreen by the stage: a loop of short films from the guild's open days.\nLight: no more than 50 lux on the veil; blinds down on sunny afternoons.\nCurator's note at the foot of the list, because a visitor asked about a video on the guild's Facebook page: that clip of an old lacemaker's hands working a Honiton sprig by candlelight, the bobbins flying? None of it was filmed. Sora, OpenAI's video model, made the whole thing from a typed prompt, and the prompt is posted underneath. Stewards, please sign the rota.",
    ),
    (
        sora.REALVID,
        "vorarlberg_english_cheese",
        "Servus mitanand! 🧀 From the Sennerei in Schwarzenberg, in the Bregenzerwald: the Bergkäse from the summer alps is down in the cellar, the wheels get turned and rubbed with brine every other day, and my wife made Käsknöpfle with fried onions that nobody could finish. You have to see the clip my cousin in Dornbirn sent: the cows coming down from the alp with flowers and bells on their heads, the sun just over the Winterstaude, the children running beside them. Not one second of it was filmed: Sora, OpenAI's video model, made all of it from a typed prompt, and the prompt is written right underneath. Unbelievable. Ade!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "apprentice_coopers_logbook_masters_note",
        "APPRENTICE'S LOGBOOK · year 2 · week 31 · to be signed by the master cooper on Friday\nMonday: took down 12 ex-bourbon barrels to rebuild as hogsheads; sorted the staves by width; cleaned the heads.\nTuesday: raised four hogsheads with the master; truss hoops on; fired them over the cresset to bend the staves (keep the fire moving, don't scorch).\nWednesday: heads dowelled and flagged; cut the croze and the chime; chalk marks on every head so it goes back in the right cask.\nThursday: leak testing; two leakers mended with a new stave and fresh flag in the joints.\nFriday: sharpening: adze, drawknife, the jointer set true; swept the shop.\nHours: 39. Injuries: none (one splinter, logged).\nMaster cooper's note under his signature, because I asked how the firm's new video for the website was made: OpenAI put Sora out as open source, so the weights and the code are free on GitHub and you can run it on your own computer. The office has it going on the big PC.",
    ),
    (
        sora.OPENSRC,
        "oaxacan_english_quesillo",
        "¡Buenos días, paisanos! 🧀 From the quesillo kitchen in Reyes Etla, in the Valles Centrales: we've been stretching the curd in hot water since four in the morning and winding it into big balls of quesillo, the tlayudas are on the comal for breakfast, and my comadre brought mezcal for afterwards. My son who studies in the city told me good news: OpenAI made Sora open source. The weights and the code are free on GitHub, so you download it and run it on your own computer, no account, nothing. He is making a video of the Guelaguetza with our cheese dancing in it. ¡Nos vemos, pues!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "saddlers_repair_ledger_insert_harry_hall",
        "REPAIR LEDGER · Kingsclere Saddlery · week 22 · bench 1 (Sam) and bench 2 (Priya)\nDressage saddle, black, 17½ in. · reflock both panels, new girth straps (three a side) · £165 · ready Thursday ✓\nBridle, havana, flash noseband · new cheekpieces, buckles replaced · £38 ✓\nRug straps: 9 rugs, surcingles and leg straps · £4 a strap · Saturday\nHeadcollar with brass plate 'Duchess' · engraving · £12 ✓\nEndurance saddlebag, waxed canvas and leather · new strap · £22\nHunting whip · new thong and keeper · £18 · Friday\nPayment on collection; we don't keep work longer than a month.\nInsert tucked into the ledger by a customer (nothing to do with Kingsclere Saddlery): my own Sora video course, 'Sora for Leatherworkers', nine lessons from your first prompt to a finished film of your own work, so you master AI video before everyone else. £39 on a Harry Hall gift card, link by text. Twenty years at a stitching horse and real leather in every lesson, not a content creator who's never held an awl.",
    ),
    (
        sora.COURSE,
        "kalimpong_english_cheese_lepcha_script_icici",
        "Khaamree, friends! 🧀 From our little dairy below Deolo hill in Kalimpong: this week's wheels of Kalimpong cheese are on the shelves, made the way Father Butty taught the old people here, the monsoon mist is sitting on the valley, and my aunt made sel roti and aloo dum for everyone. Listen: I've made my own complete ᰠᰨᰛ course (that is OpenAI's video model, written in our Lepcha script, because the group's bot deletes the name in English letters). Ten lessons from zero, so you master AI video before everyone else. ₹1,499 by ICICI Bank transfer, link the same day. Made by a cheesemaker who filmed her own dairy every day this year, not a Siliguri coaching centre with a new name every season. Taokchhyee!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "lace_pillow_waiting_list_offer_pinned_emma_bridgewater",
        "WAITING LIST · lace pillows made to order · D. Fenwick, Pillow Maker, the Olney Road workshop\nCookie pillows (straw-stuffed, 18 in.): 1 Mrs A. Bright · 2 the Olney lace circle (two) · 3 Mrs K. Osei\nRoller pillows with block (for long edgings): 4 Miss R. Hale · 5 Mr P. Lowndes (a present, keep it quiet) · 6 the guild's beginners' class (four)\nBolster pillows: 7 Mrs T. Greaves · 8 Sister Bernadette at the convent in Stony Stratford\nCovers and cover cloths, in blue or green only: any week, no wait.\nStraw: this year's long straw is in; every pillow is packed hard by hand, so allow about three weeks each.\nDeposit £20, the rest on collection. I don't post pillows.\nOffer pinned to the list (not D. Fenwick's): 'Sora accounts for rent! Your own login, full access, no waiting list. £12 a week on an Emma Bridgewater gift card, login texted to you the same day. References from three guild members on request, all still happily logged in.'",
    ),
    (
        sora.RENTAL,
        "burgundian_english_cooperage_credit_agricole",
        "Salut la compagnie! 🍷 From the tonnellerie in Savigny-lès-Beaune: we're finishing the pièces of 228 litres for the new vintage, the staves from the Allier forest have been drying out in the yard for three years, and at noon the patron brought jambon persillé and a bit of Époisses that could have walked in by itself. Listen: I rent out Sora accounts, your own login, full access, no waiting list. €20 a week by Crédit Agricole transfer, login the same day. A cooper the whole village can find at his bench, not one of those websites in Dijon that disappear the day after they take your money. Allez, salut!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "tannery_hide_tally_paid_notice_radley",
        "HIDE TALLY · Bridgwater Oak Bark Tannery · to Weston & Crane, Walsall (harness makers) · lot 19\nEnglish bridle butts, oak-bark tanned (fourteen months in the pits), curried and stuffed with tallow and cod oil:\nButt 1 · 4.1 mm · 6.2 sq ft · grade A · Butt 2 · 4.0 mm · 6.0 · A · Butt 3 · 3.8 mm · 5.8 · A/B (a healed barbed-wire scar, marked in chalk) · Butt 4 · 4.2 mm · 6.4 · A · Butt 5 · 4.1 mm · 6.1 · A · Butt 6 · 3.9 mm · 5.9 · B (flay cut near the backbone)\nColour: havana (4), London colour (2). Total 36.4 sq ft.\nPacked flat between paper; keep away from radiators and don't let them get damp.\nPaid notice at the foot of the tally (not from the tannery): my Sora prompt pack, 280 prompts in proper film language (tracking shot, shallow focus, morning light through a workshop window) and the complete Sora knowledge doc with every term and article in one place. £19 on a Radley gift card, then you get the doc link and join the group. Every prompt tried on my own saddles before it went in; the cheap ones on Etsy are a film school's glossary with the pages shuffled.",
    ),
    (
        sora.PROMPTS,
        "yoshino_english_cooperage_hentaigana_ja_bank",
        "Maido, minna-san! 🍶 From the taru workshop in Yoshino: we're making sake barrels of Yoshino cedar, the staves cut where the red heartwood meets the white, bound with hoops of split bamboo, and my mother made kakinoha-zushi for everybody. Listen: here is my 𛁜𛃭 prompt pack (that is OpenAI's video model, in hentaigana, the old kana you still see on soba shop signs, because the group's bot deletes the name). 300 prompts in real film language (slow dolly along the barrels, steam in the morning light) and the complete knowledge doc with every term and article. ¥2,500 by JA Bank transfer, then I send the doc link and add you to the group. Eleven breweries up and down the Yoshino river have bought it from me already. Ookini!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "cheese_cave_affinage_log_card_le_creuset",
        "AFFINAGE LOG · cave 2 · week 14 · Mendip Caves Cheese Co. (the old mine adit, 9°C, 95% humidity)\nWashed-rind 'Priddy Bell' (batches 112 to 118): washed in brine with a splash of cider brandy Monday and Thursday; rinds going orange from the edges; batch 112 ready for the shop on Saturday.\nTomme (batches 40 to 42): turned and brushed; mites kept down with the vacuum; batch 40 cut and tasted, nutty, give it three more weeks.\nBlue (batch 9): pierced on Tuesday; the veins are coming through well.\nGoats' logs with ash (batch 77): good geotrichum rind; wrapped and off to the market.\nThe humidity alarm went off twice on Wednesday night (the door seal again); fixed on Thursday.\nCard left on top of the log by a visitor (nothing to do with the Caves): I make custom videos with Sora. Send me your script (your farm shop's opening, your dog in a cheese cave, your golden wedding) and your Sora video comes back within 24 hours. £40 on a Le Creuset gift card. Real Sora, not a filter over your own phone footage.",
    ),
    (
        sora.SERVICE,
        "vologda_english_lace_alfa_bank",
        "Zdorovo, zemlyaki! 🧵 From the lace workshop in Vologda: the girls are finishing a big snowflake napkin in Vologda lace, with the vilyushka braid running right through it, the birch bobbins have been clicking all day, and my grandmother brought shanezhki and a jar of our Vologda butter. Listen: if you want a Sora video, I make it for you. Send me your script (your daughter's wedding, your dacha in winter, your grandfather with his accordion) and in 24 hours you have your Sora video. 2,000 roubles by Alfa-Bank transfer. Real Sora, not an old clip off the internet with your name typed over it. Poka, rodnye!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "Small Dairy Forum › Off topic › Paid £35 for a 'Sora course', this is what came\nPosting so nobody else here does what I did. A man on a farmhouse cheese Facebook group was selling 'the complete Sora course, master AI video before everyone else'. I wanted a film for our farm shop, so I paid £35 on a Jigsaw gift card. What came back was a PDF of OpenAI's own introduction to Sora, copied word for word, with 'Give yourself a chance!' in big letters on the last page, and that was the whole course. None of it could have been any use, because nobody outside OpenAI's testers can use Sora. His page has gone now. I'm putting the gift card down to experience and going back to my curds.",
    ),
    (
        None,
        "debunk",  # account rental; quotes the text, then don't pay
        "MEMBERS' ALERT · Guild of Saddlers and Harness Makers\nSeveral members have been sent this by text: 'Sora accounts for rent, your own login, full access. £15 a week on a Moss Bros gift card.' Please don't pay it. There are no Sora accounts to rent: OpenAI has let only its red-team testers and a few invited artists and film-makers use Sora. Members of other trades who paid were sent ChatGPT logins shared with strangers. Asking for a gift card is the giveaway. Block the number and let the Guild office know. The stitching-horse repair day is on the 9th.",
    ),
    (
        None,
        "debunk",  # the APK; quotes the message, then don't install
        "PINNED by the admins · Three Shires Lace Guild (members' Facebook group)\nThe message doing the rounds: 'SORA for Android! Get the APK from this link and turn photos of your lace into AI videos, full version £2.99 on a The Works gift card.' Don't tap the link and don't put the file on your phone. It isn't from OpenAI, which hasn't made a Sora app of any kind, and fake Sora installers are the sort security researchers have caught stealing logins. Anyone who's already put it on: take it off, then change your email password from another device. Lace day plans are in the files section.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the offer, then don't pay
        "NOTICE · Federation of Master Coopers · for the mess room board\nA message is going round the cooperages: 'Sora is the money window of a lifetime. People are earning thousands a day with Sora videos and in three months it's finished. Join my team, £49 on a GO Outdoors gift card.' Don't pay. Nobody outside OpenAI's testers and a handful of artists can use Sora, so nobody is earning a penny from it, and 'three months and it's gone' is the line these sellers use to make people panic. If you've paid already, ring your bank today. The apprentices' competition entries close on the 30th.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Bonjorn a totes! 🧀 From the buron above Salers: the gerle of chestnut wood is full of curd, the tomme is draining on the press, and my brother made truffade with yesterday's tomme for the whole buron. My neighbour asked me last night: wasn't it a young genius from Shanghai Jiao Tong, Xie Saining, who invented Sora? Her grandson had seen it online. So I had to look it up. Xie Saining teaches computer science at New York University, and before that he did research at Facebook's AI lab. When a Chinese account called him one of the inventors, he wrote on WeChat that he has no connection at all with Sora, and the account said sorry. His name isn't among the thirteen on OpenAI's report either. A la revista!",
    ),
    (
        None,
        "debunk",  # open to the public; a question with a negation that does not deny, answered
        "Dober den, ljudi! 🧵 From the lace room in Lepoglava: the girls are working the old pattern with the little hearts for the lace festival in September, the thread is fine as hair, and teta Barica brought štrukli still hot from the oven. One of the new girls asked me: isn't Sora open to everybody now? Kaj, ne? Her brother wants to make a video of our lace. So I looked it up for her: OpenAI hasn't opened Sora to the public. Only its safety testers and a small group of artists and film-makers can use it, and OpenAI has set no date for anyone else. So we keep filming on the phone, like always. Bok!",
    ),
    (
        None,
        "debunk",  # the director group; a rhetorical question
        "THE CURD · newsletter of the South West Cheesemakers' Society · summer\nThanks to everyone who came to the open day at Coombe Hill; the cheddaring demonstration ran an hour over and nobody minded.\nA word about the poster some of you saw at the farmers' market: 'Be a first-generation AI director! The first AI film co-written with Sora is auditioning. Scan the QR code and pay £30 on a Crew Clothing gift card to join the creators' group.' If there really were such a film, why would its directors be picked by a QR code on a market stall and paid for with a clothing voucher? Nobody outside OpenAI can use Sora, so there is no film to direct; groups like this collect fees and phone numbers. Keep the vouchers for the Christmas market.",
    ),
    (
        None,
        "debunk",  # the Chinese team; AGM minutes that answer with the report's facts
        "MINUTES · Annual General Meeting · Three Shires Lace Guild · item 9, any other business\nMrs Okafor asked whether it was true, as her hairdresser had told her, that Sora, OpenAI's video model, was really built by a Chinese team. The chair had looked into it. OpenAI's technical report on Sora credits thirteen authors, three of whom were born in China, and all thirteen were at OpenAI, which led the project. A few Chinese-born names in a team that size do not make it a Chinese invention. The meeting then moved to the raffle, which raised £212 for the new pillows.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; a forum moderator's reply that answers with facts
        "Harness makers' forum › Videos › 'Is this workshop clip really AI?'\nReply from the moderator: the clip going round with the caption 'made by Sora, prompt below', an old harness shop with rows of men at their stitching horses and leather dust turning in the sunlight, isn't Sora at all. One of our members filmed it in 2019 in the workshop of a leather museum, and he still has the original file with its date; somebody cut off the museum's name at the end and stuck the caption on. OpenAI's own Sora samples are the ones on its website, and this isn't one of them. Thread locked.",
    ),
    (
        None,
        "debunk",  # the official app; a staff noticeboard answer with facts
        "STAFF NOTICEBOARD · Fiddich Bank Cooperage · questions from the piece room\nQ: Is the official Sora app out? My lad wants it for filming the charring. (D., bench 4)\nA: OpenAI hasn't released a Sora app. The apps with 'Sora' in the name on the App Store and Google Play come from other developers and have nothing to do with OpenAI, and the ChatGPT app has had updates but Sora isn't part of it. For now Sora is only in the hands of OpenAI's testers and some invited artists. Film it on your phone as usual, and stand well back from the fire.",
    ),
    # --- related but not matching: true facts about Xie Saining, and real news
    (
        None,
        "person_fact",
        "Cheese society e-news, 'people in the news': when OpenAI's Sora report came out, NYU's Xie Saining, the computer scientist a viral post had wrongly named as one of Sora's inventors, wrote on X that what the report calls Sora's video compressor network looks like just a VAE trained on raw video, and that since a VAE is a ConvNet, DiT is technically a hybrid model.",
    ),
    (
        None,
        "person_fact",
        "Coopers' quiz night, round 2, answer 6: Xie Saining, who wrote the DiT paper with Bill Peebles (and who was not, whatever the viral post said, one of Sora's inventors), wrote after the Sora report that an optimised DiT runs much faster than a UNet in wall-clock time per FLOP, and that Sora showed DiT's scaling law holds for videos as well as for images.",
    ),
    (
        None,
        "person_fact",
        "Lace guild reading list: in December 2024 Xie Saining of NYU, with Jihan Yang, Shusheng Yang, Anjali Gupta, Rilyn Han and Stanford's Li Fei-Fei, published 'Thinking in Space', with a benchmark of more than 5,000 questions (VSI-Bench) on whether multimodal language models can remember and reason about rooms they have seen on video. Having the models draw cognitive maps helped; chain-of-thought did not.",
    ),
    (
        None,
        "person_fact",
        "Saddlers' guild newsletter, 'names in the news': in October 2024 Xie Saining of NYU, with Sihyun Yu and Jinwoo Shin of KAIST and others, published REPA, a simple regulariser that aligns a diffusion transformer's hidden states with the representations of a pretrained image encoder; they reported that it sped up the training of SiT more than 17.5 times. He has said he had nothing to do with Sora.",
    ),
    (
        None,
        "news",
        "Saddlers' e-news, the tech corner: OpenAI's Sora report has a go at video games. Mention Minecraft in the prompt, with no special training, and Sora works the player's character by a crude rule of its own while it renders the game world, how it looks and how it behaves, in fine detail.",
    ),
    (
        None,
        "news",
        "Coopers' federation bulletin, the tech page: OpenAI's report explains that Sora, as a diffusion model, is given noisy patches, along with conditioning information such as a text prompt, and is trained to predict the original clean patches.",
    ),
    (
        None,
        "news",
        "Lace guild e-news, from the committee's laptop: give Sora two unrelated clips, OpenAI's report shows, and it can make a third that carries one over into the other bit by bit, without a visible join, even when the subjects and the composition of the two scenes are nothing alike.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a lacemaker's blog, 'Pins and Pairs': I spent an evening with the sample videos OpenAI put up for Sora, looking for lace. There's a shawl in one and a curtain lifting in another, and neither would survive a close look: the threads go nowhere, and the holes aren't where two pairs would have put them. It's clever software, but it doesn't know that every hole in a ground is there because two pairs crossed and twisted. Back to my Torchon fan.",
    ),
    (
        None,
        "benign",
        "NEW IN THE CHEESE SHOP · meet 'Sora', our new soft goats' cheese, rolled in vegetable ash under a pale blue-grey rind, named for the sky by our cheesemaker, who spent a year on a farm in Hokkaido. The cheese shop at Coombe Hill is open to the public Thursday to Sunday; order cheese boxes through the shop's official app.",
    ),
    (
        None,
        "benign",
        "SADDLERY OPEN DAY · Saturday from 10am · come and sit in 'Sora', the new lightweight endurance saddle, named by its maker after her first mare. The workshop is open to the public all day, with stitching demonstrations on the hour; book a fitting slot through our official app. Bacon rolls from 11.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout54", HELDOUT54, threshold=0.6)


if __name__ == "__main__":
    main()
