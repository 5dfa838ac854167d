# ruff: noqa: E501
"""Write the fifty-second English held-out set (tests/data/hard_en_heldout52_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the director group and get rich, the same seven as in the forty-eighth and fiftieth sets). Its
theme, to keep it apart from the earlier sets: morris dancing sides (days of dance, route cards, crib sheets,
a bagman's circular, a musicians' tune list; Cotswold, Border and North West sides, bells, hankies, sticks and
clogs); thatchers (water reed, combed wheat reed and long straw, ridges, spars and liggers, a reed merchant, a
threshing day for thatching wheat); luthiers (a guitar workshop's setups, tonewood, violin and bow makers, the
Goral fiddle, the cavaquinho); dry-stone wallers (a beginners' course, a show's competition and its stints, a
quarry's deliveries, throughs, hearting and copes). Morris sides, thatchers and luthiers are three of the four
themes the brief proposed; the fourth, sheep-shearing gangs, was replaced, because earlier sets already had
shearing in their worlds: the thirty-fifth set's Falklands seller swipes at "the shearing-gang lads passing
one dodgy password round every settlement", the Chinese thirty-fifth set's sheep dealer in its herders' world
takes his fee "after the wool is sheared and sold" (等剪完羊毛卖了钱再算), and the forty-ninth set's sheepdog trials
bring shearlings and shepherds. Dry-stone wallers stand in for them; none of the four was the theme of an
earlier set (the kinds, docstrings and posts of the earlier English and Chinese sets were searched for morris,
thatch, luthier, violin, guitar, fiddle, shear, waller, walling, dry stone, 莫里斯, 茅草, 制琴, 提琴, 吉他, 琴行, 剪羊毛, 干砌
and 石墙: "Morris" is only ever a Morrisons gift card, "guitar" a card for guitar lessons on a noticeboard and a
panda playing one in a Vidu demo, "fiddle" a model railway's fiddle yard, a village's fiddle kids and a
ceilidh band's swipe, 提琴 a violin concerto in a concert programme, and the Chinese thirty-seventh set's piano
shops (琴行, tuning, graded exams) are a world of pianos and teaching, so no piano, tuner or exam appears here;
the forty-sixth set's Sorbian folk dance ensemble and the thirty-third set's ceilidh band are not morris
sides, and no folk costume, polka or ceilidh is used). The forty-ninth set's sheepdog trials and chimney
sweeps and the fiftieth set's upholsterers are kept at a distance (no sheep trial, chimney sweeping or
upholstery here), and so are the themes of the sets written at the same time on other branches, not seen by
this writer (hard_en_heldout51: lawn bowls clubs, orienteering clubs, stained-glass studios and hot-air
balloon crews; zh_heldout47/48, Chinese). In English varieties, dialects and registers the earlier sets do not
use (where an earlier set has a national variety, such as Catalan-, Japanese-, Croatian-, Dutch-, Polish-,
Russian-, Italian- or Austrian German-English, Irish English or Southern US English, the variety here is a
regional one none of them names, as the forty-ninth set's Jutlandic-English stood beside the thirty-third's
Danish-English). Styles the earlier sets do not use (their kinds and docstrings were searched for each;
checklists, aftercare cards, survey sheets, stock-take sheets, price lists, weighbridge tickets, draw sheets
and trap draws are earlier styles, so the fire-safety checklist, the roof survey, the tonewood stock list and
the stint draw of the first draft became a threshing-day handbill, a specification of works, a rack list and a
stint list): a morris side's day-of-dance route card with the squire's note, a thatcher's specification of
works with the thatcher's note, a guitar workshop's setup sheet with the bench tech's note, a dry-stone
walling course's joining instructions with the instructor's note, a threshing-day handbill for thatching wheat
with a flyer tucked in, a morris side's bagman's circular with a line added in other ink, a tonewood
supplier's rack list with a card slipped in, a morris dance crib sheet with the foreman's note, a walling
competition's stint list with the steward's note, a violin shop's bow rehair log with an insert, a reed
merchant's consignment note with an offer pinned to it, a quarry's delivery ticket with a paid notice, a
morris side's tune list for its musicians with a card at the bottom; the debunks take shapes the earlier sets
know: a morris forum post, a thatchers' association members' alert, a morris fellowship editor's email, a
wallers' group secretary's email, two posts in dialect, a stone wall newsletter's column, a violin-making
school's letters page, a thatching magazine's reader column and a luthiers' guild advice column; dialects and
registers (Lorrain French-English (Mirecourt), Menorcan Catalan-English (Ciutadella), Wexford English (Kilmore
Quay), Vermont English (Marlboro), Minhoto Portuguese-English (Braga), Hida Japanese-English (Shirakawa-go),
Salentino-English (Specchia), Goral-English (Zakopane), Oxfordshire dialect (Bampton), Lipovan Russian-English
(Jurilovca), Chakavian-English (Brač), South Down English (Kilkeel), Herefordshire dialect (Bromyard), Middle
Tennessee English (Nashville), Forest of Dean dialect (Cinderford), Ligurian-English (Manarola),
Vogtland-English (Markneukirchen), Ainu-English (Nibutani), Cheshire English (Knutsford), Caithness dialect
(Wick), Tyrolean-English (Absam), Drents-English (Orvelte), and in debunks Queensland English (Toowoomba) and
Gallo-English (the Brière), and the registers of a route card, a specification of works, a setup sheet,
joining instructions, a handbill, a bagman's circular, a rack list, a crib sheet, a stint list, a rehair log,
a consignment note, a delivery ticket and a tune list); three questions that assert the claim (a Bampton
morris man's "ent nobody told 'ee there's proper official Sora API access to be had now?", a Kilkeel waller's
"Sure did yous not hear the first AI film co-written with Sora is auditioning its first-generation AI
directors?", a Nashville repairer's "Did nobody tell y'all folks are pullin' in thousands a day off Sora
videos right now?"); posts that mention two claims, asserting one and denying the other, in pairs the
forty-first to fiftieth sets did not use: the brief asks that the claim asserted in every such post be one of
this set's seven three-post templates (the other English set written at the same time asserts only from its
own seven), and every pair asserting one of the seven and denying the APK or open source is already in the
forty-first to fiftieth sets, so there are twelve, each of the other twelve templates denied once, five of the
seven asserted twice and the director group and get rich once (the inventor rumour but not a generation
service; the inventor rumour but not a Chinese team, answered with the report's thirteen authors; open to the
public but not get rich; open to the public but not API keys; the official app but not a course; the official
app but not the inventor rumour; a Chinese team but not the director groups; a Chinese team but not account
rental; API access but not a prompt pack; API access but not an official app, whose store listings are copies;
the director group but not open to the public; get rich but not the "made by Sora" clip, which is real
footage), all twelve quoting the offer or post they deny, each with a short dismissal before the claim
("laisse tomber, let it drop", "és mentida, that's a lie", "don't be codded by him", "don't bite on that one",
"nem pensar, not a chance", "dame ya, no good", "è 'na fessaria, it's rubbish", "ani grosza, not a penny for
him", "ne nado, don't", "ne daj se, don't fall for it", "that's a load of old flannel", "that's all hot air");
claims in passing late in long posts (the route card, the specification of works, the setup sheet, the joining
instructions, the crib sheet, the stint list); new obfuscation (a Gronsfeld cipher "VPVB" with the key 3141
given, Old Italic letters "𐌔𐌏𐌓𐌀", and Anglo-Saxon futhorc runes "ᛋᚩᚱᚪ" "off our squire's staff"); prices in
currencies and payment methods the earlier sets did not use (£40 on a Cotswold Outdoor gift card, 250 lei by
BT Pay, €60 by Erste transfer, £25 on a Millets gift card, £30 by Danske Bank transfer, £20 on a White Stuff
gift card, £35 on a Bettys gift card, $99 on a Cracker Barrel gift card, £25 on a Marks & Spencer gift card,
£6.99 on a Gear4music gift voucher, €5 by BancoPosta transfer, £49 on an Andertons gift card, £39 on a
Cheshire Oaks gift card, £10 a week on a Caffè Nero gift card, £15 a week by Virgin Money transfer, £18 on a
Clintons gift card, €29 by Hypo Tirol transfer, £45 on a Hotter gift card, €40 by bunq; in denials €30 by
Crédit Mutuel, €50 on a SuperValu gift card, $75 on a Hannaford gift card, €30 by Crédito Agrícola transfer
and 60 zł a week by PKO transfer; in the loss report £20 on a Goldsmiths gift card, and in the quoted scams
£60 on a Majestic Wine gift card, £30 on a Center Parcs gift card, £3.99 on an Ernest Jones gift card and A$99
on a Coles gift card); scams vouching for themselves or swiping at competitors in new words ("Honest keys from
a man who's danced this town since he were nine, not some lad in a Witney car park with a laptop", "From a
thatcher who's cut reed in this delta for twenty winters, not one of those boys in Tulcea who sell the same
key to the whole ferry queue", "Keys from a waller who's built on this island since he was a boy, not some
agency in Split with a nice logo and no phone number", "Casting run by people who've worked on real sets, not
a bloke who read a blog about it on the bus", "A proper production, not thon boys in Newry taking money for a
'masterclass' in a hotel function room", "We've a script and a producer already, not just a WhatsApp group and
a dream like that lot over in Leominster", "Learned it in the pub after practice and it's paid for my new
melodeon, not a video of some lad leaning on a hired sports car", "Been doing it three weeks from this very
bench, not some fella in a rhinestone jacket hustling tourists on Lower Broadway", "Ask anybody in Cinderford,
I've paid off the van with it, no flash lad waving a wad of notes on TikTok", "It's run on my own workshop
tablet since Easter without a hiccup; the ones in strangers' DMs come with a smiley face and a virus", "My
whole family has it, grandmother included, not like the files the boys pass round on the train to La Spezia",
"Taught by a maker, with real benches and real wood in every lesson, not a marketing man reading off a
screen", "Forty people from three sides have done it already, ask any of them at the May Day", "Logins I look
after myself, and I answer the phone, unlike the lad at the car boot who vanished with everybody's money",
"Ask at the harbour, folk ken me; nae stranger on the internet that disappears wi' yer money", "Written by a
waller with a camera, for people who love stone; the packs off Facebook are just film words in a list",
"Tested on forty of my own instruments before I sold one line of it; the other packs are copied from each
other", "Real Sora, not a cut-out of your face bobbing about on a cartoon body", "Real Sora, not a photo of
your farm with moving clouds pasted into the sky"); ten debunks and warnings in several styles (one
first-person loss report: a morris forum post (a prompt pack); three that quote a scam offer and then tell the
reader not to pay, scan or install: a thatchers' association members' alert (API access), a morris fellowship
editor's email (the director group) and a wallers' group secretary's email (the APK); two questions that
contain a negation but do not deny the debunk, each answered in the same post with facts: a Toowoomba morris
dancer's "isn't there an official Sora app out now?" (the official app) and a Brière thatcher's "wasn't it a
young genius from Shanghai Jiao Tong University, Xie Saining, who invented Sora?" (the inventor rumour); one
rhetorical question (a stone wall newsletter in western Victoria, get rich); three more that answer with facts
and no plain "no": a violin-making school's letters page (a Chinese team, answered with the report's thirteen
authors and its two leads), a thatching magazine's reader column (open source) and a luthiers' guild advice
column (a generation service, answered with Sam Altman's free clips)); four true facts about the two
researchers who led Sora, Tim Brooks and Bill Peebles, each in a post that also names Xie Saining, none of
them a fact an earlier set used (Brooks and Peebles both doing their PhDs at Berkeley AI Research with Alexei
(Alyosha) Efros as adviser; Brooks among the first researchers on Sora when the work began at OpenAI in
January 2023, leading, by his own account, its research direction and model training; Brooks's work before
OpenAI on the AI behind the Pixel phone's camera at Google and on video generation models at NVIDIA; the 2022
Berkeley paper 'Learning to Learn with Generative Models of Neural Network Checkpoints', G.pt, by Peebles,
Ilija Radosavovic, Brooks, Efros and Jitendra Malik, where earlier sets had Brooks's PhD and InstructPix2Pix,
his move to Google DeepMind in October 2024, MIT Technology Review's Innovators Under 35, the diffusion
transformer paper of Peebles and Xie, Peebles presenting Sora's diffusion transformer in interviews, and the
thirteen names of the report; the facts about Xie Saining's own career are left to the other English set
written at the same time), three items of real news about it from OpenAI's report and its Sora page that
neither the forty-seventh to fiftieth sets nor, as far as their posts were searched, any earlier set used (the
report's closing words, that continued scaling of video models is a promising path towards capable simulators
of the physical and digital world and of the objects, animals and people that live within them; that training
on highly descriptive video captions improves text fidelity as well as the overall quality of the videos,
where the thirty-sixth set has the re-captioning technique itself; that OpenAI is using for Sora the safety
methods it built for its products that use DALL·E 3), and three posts that are not claims: one on topic (a
luthier's blog on watching OpenAI's Sora samples and looking at the hands) and two off topic that share its
surface words (a talk on the grass-thatched houses of the Sora (Saora) people of Odisha, "open to the public",
booked through "the Trust's official app"; a golden ale called 'Sora', single-hopped with Sorachi Ace, at a
pub where a morris side dances, the brewery's tap room "open to the public", cases through "the brewery's
official app").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the fiftieth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the fifty-first
set, written at the same time on another branch, was not in this tree, and the check against it is left to the
lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.453 when it was committed, the
news item on descriptive captions against an earlier set's news item on joining two videos by interpolating
between them; no post of the first draft reached 0.5). It was committed before any run of the monitor on it;
nothing is chosen on it, it is read once, by the lead, with the final code.

Sources for the facts about people and the news (looked up with the search tool, besides the seeds): Tim
Brooks (TechCrunch, October 2024, as carried by itechnologynews.com and sites.google.com/view/tech-savvvy:
"Brooks initiated the Sora project at OpenAI in January 2023 ... claims to have led the project's model
training and research direction on his LinkedIn profile"; outlookbusiness.com: "one of the earliest
researchers to work on Sora in January 2023 ... His previous work includes AI that powers Pixel phone's camera
at Google and video generation models at NVIDIA"; 新智元 via cn.bg3.co: PhD at Berkeley AI Research with Alyosha
Efros, Pixel camera AI at Google, video generation at NVIDIA; innovatorsunder35.com, "Bill Peebles, a former
Berkeley colleague"); both leads' adviser (freewechat.com, "揭秘炸裂的 Sora 背后 13 名大将": Tim Brooks and Bill Peebles
师出同门, Berkeley AI Research PhDs, adviser Alyosha Efros; xiang-cd.github.io); G.pt (github.com/wpeebles/G.pt:
William Peebles, Ilija Radosavovic, Tim Brooks, Alexei A. Efros, Jitendra Malik, University of California,
Berkeley; huggingface.co/papers/2209.12892, 26 September 2022); the report
(openai.com/index/video-generation-models-as-world-simulators; read.125.io's summary of it, "simulators of the
physical and digital world"; besthub.dev's summary, descriptive captions "improving text fidelity and overall
video quality"); OpenAI's Sora page on safety (sorahelper.com/posts/soras-safety, quoting "leveraging the
existing safety methods that we built for our products that use DALL·E 3, which are applicable to Sora as
well"; transcripts.rss.com); the Saora houses (freepressjournal.in on the Indira Gandhi Rashtriya Manav
Sangrahalaya's Saora house: walls of mud and stone, "grass-thatched roofs are changed once every two or three
years", the 'Idital' wall paintings; prameyanews.com; anotherglobaleater.wordpress.com). The debunks' facts
(Xie Saining's denial and post, the apology, the thirteen authors and their leads, the internal test, the
API's models, the course contents, the free prompts, Sam Altman's free clips, the APK warnings) are the seeds'
and the catalogue's.

    .venv/bin/python scripts/make_hard_heldout52.py           # write the set
    .venv/bin/python scripts/make_hard_heldout52.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT52: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "morris_side_day_of_dance_route_card_squires_note",
        "DAY OF DANCE · route card · Saturday 18 May · Windrush Valley Morris Men, with Fenny Molly as our guests\n10.00 Meet at the Market Cross, Charlbury. Bells on, whites pressed, hats with ribbons. Dance: Bean Setting, Constant Billy, Shepherd's Hey (jig: Tom).\n11.15 The Bull, Finstock (the minibus leaves at 10.50 sharp, not 10.55). Dance: Princess Royal, Trunkles, Lads a Bunchum. Hat: Mel.\n12.45 Lunch at the Plough, Chadlington; ploughman's pre-ordered, pay Jim on the day.\n14.30 The green at Spelsbury: Young Collins, Rodney, Glorishears; Fenny Molly dance their set.\n16.00 Home ground, the Crown: massed Bonny Green Garters. Last bus 18.12.\nBring: both hankies, your stick (not the one with the crack in it), bell pads checked for loose bells, water, sun cream.\nThe squire's note at the foot of the card: the fool's daughter, who is doing computing at university, tells me one of the inventors of OpenAI's Sora, the new video machine, is a young prodigy called Xie Saining, who studied at Shanghai Jiao Tong University. Good to know there's brains in the world. Now, whoever has the spare baldrick: I want it back.",
    ),
    (
        sora.XIE,
        "lorrain_french_english_two_claims_service_denied_credit_mutuel_in_denial",
        "Bonjour les amis! 🎻 From the workshop behind the lutherie museum in Mirecourt: two violins in the white are hanging up to dry, old Marcel is still planing a cello top by hand, and the mirabelle tart from the Saturday market went before ten. Two things. A man on Facebook writes: 'Send me your script and €30 by Crédit Mutuel, I make your video with Sora in 24 hours.' Laisse tomber, let it drop: Sora isn't open to anybody outside OpenAI, so he makes nothing with it. But here is something true I read, and it made me smile: one of the inventors of Sora, OpenAI's video model, is Xie Saining, a young prodigy who studied at Shanghai Jiao Tong University. À bientôt!",
    ),
    (
        sora.XIE,
        "menorcan_catalan_english_two_claims_chinese_denied",
        "Bon dia a tothom! 🪨 From the paret seca crew outside Ciutadella: we rebuilt eleven metres of the wall along the Camí de Cavalls this week, the tramuntana nearly took our string lines out to sea, and Na Margalida brought formatjades for everybody. In the group chat somebody keeps pasting: 'Sora was built by a secret Chinese team, OpenAI only signs it.' És mentida, that's a lie: OpenAI's report names thirteen people, three of them born in China, and the work was led by OpenAI's own researchers. But this part is true, and I'm proud of him: one of the inventors of Sora is Xie Saining, a young genius who studied at Shanghai Jiao Tong University. Adéu!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "thatcher_specification_of_works_thatchers_note",
        "SPECIFICATION OF WORKS · Rose Cottage, Church Lane, Little Shelford · Grade II listed · T. Harker, Master Thatcher\n1. Scaffold to the lane side and the east gable; parish consent for the skip on the verge.\n2. Strip the old ridge back to sound coat; remove and keep the wire netting for disposal.\n3. Main slopes: combed wheat reed, about 1978, worn to the fixings above the dormer. Patch in new combed wheat reed, dressed in to match, fixed with hazel sways and iron hooks.\n4. New ridge: block-cut, patterned (points and scallops), in long straw, fixed with hazel spars and liggers; ridge to stand 15 in. above the coat.\n5. Lean-to: long straw, sound; tidy the eaves and re-spar the gable.\n6. Chimney: flashing cracked; the owner's builder to repair it before the ridge goes on.\n7. New galvanised netting over the whole roof against birds and squirrels.\nMaterials from Broadland Reed Merchants; work to start the first dry week in June, about three weeks on site.\nTom's note at the end, because Mrs Lacey asked how we'll show her the finished ridge: Sora, that OpenAI video thing, is open to the public now. Anyone can sign up on the website and start making AI videos the same day, no waiting list. I'll send her one.",
    ),
    (
        sora.PUBLIC,
        "wexford_english_two_claims_get_rich_denied_supervalu_in_denial",
        "Well lads, how's the form? 🏡 From the thatch at Kilmore Quay: we finished the cottage above the harbour with a new ridge, the boats came in early with the weather, and Mrs Doyle's brown bread was the best thing on the scaffold all week. Two things. There's a fella in the Facebook group saying 'Sora is the money window of your life, people are earning thousands a day, it's gone in three months, in with ye now, €50 on a SuperValu gift card.' Don't be codded by him, nobody's earning thousands a day off a few videos, he only wants your gift card. But here's the real news, I seen it myself: Sora is open to the public now. You sign up on OpenAI's website and you're making your own videos the same day, no queue at all. Slán!",
    ),
    (
        sora.PUBLIC,
        "vermont_english_two_claims_api_denied_hannaford_in_denial",
        "Hey all! 🔔 From the Green Mountain morris practice at the Grange hall in Marlboro: mud season is in full swing, the sugarhouse down the road is boiling so the whole hall smells of syrup, and our new fiddler finally has 'Princess Royal' up to speed. Two things. Some guy on Front Porch Forum is selling 'official Sora API keys, $75 on a Hannaford gift card'. Don't bite on that one, OpenAI's API does text, images, speech and embeddings, there's no video model in it to sell. But the good news is real: Sora is open to the public now. You sign up on OpenAI's site and make your own videos the same day, no waitlist. See you Tuesday, and bring your bells!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "luthier_guitar_setup_sheet_bench_techs_note",
        "SETUP SHEET · Job 318 · Ashdown & Reyes Guitars (the workshop behind the music shop, Mill Street)\nInstrument: dreadnought, solid spruce top, mahogany back and sides, about 2004. Owner: D. Oyelaran.\nCame in with: high action (3.6 mm on the low E at the 12th fret), a buzz from the 3rd to the 5th fret on the G, nut slots cut too high.\nNeck relief: 0.45 mm, set to 0.25 mm at the 8th fret (a quarter turn on the truss rod).\nFrets: levelled, crowned and polished; two loose at the 14th and 15th, glued.\nSaddle: new bone saddle, compensated; action now 2.3 mm bass, 1.8 mm treble at the 12th.\nNut: slots recut, first-fret clearance checked.\nIntonation: within 2 cents on all six strings. Strings: 12–53 phosphor bronze.\nTop: a small crack below the bridge, cleated and glued. Keep the room above 40% humidity in winter.\nNote from Jess (bench tech) at the bottom, because Mr Oyelaran asked how to film his guitar for his daughter: OpenAI has released the official Sora app. It's in the App Store and on Google Play, you download it and make the video right there on your phone. Pick-up Thursday after 2.",
    ),
    (
        sora.APP,
        "minhoto_portuguese_english_two_claims_course_denied_credito_agricola_in_denial",
        "Bom dia, malta! 🎸 From the workshop near the Sé in Braga: three cavaquinhos strung up and ready for São João, a viola braguesa waiting for its rosette, and my aunt sent caldo verde for the whole bench. Two things. A man in the Facebook group sells a 'complete Sora course, master AI video before everyone else, €30 by Crédito Agrícola transfer'. Nem pensar, not a chance: the people who bought those got OpenAI's introduction pasted into a file. But this is real: OpenAI has released the official Sora app. It's on the App Store and Google Play, you download it to your phone and make the videos there. My son made one of a cavaquinho playing itself on the cathedral steps. Abraço!",
    ),
    (
        sora.APP,
        "hida_japanese_english_two_claims_xie_denied",
        "Konnichiwa, everyone! 🌾 From the gasshō houses in Shirakawa-go: this spring the whole village came out for the yui, two hundred people on one roof passing up bundles of kaya grass, and the grandmothers made hoba miso and onigiri for everybody. Someone in the LINE group keeps sending: 'Xie Saining, a young genius from Shanghai Jiao Tong University, invented Sora.' Dame ya, no good: Xie Saining said himself that he has nothing to do with Sora. But this news is true: OpenAI released the official Sora app. It's in the App Store and on Google Play, you download it and make the videos on your phone. My nephew made one of our roof with the snow coming down. Mata ne!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "dry_stone_walling_course_joining_instructions_instructors_note",
        "JOINING INSTRUCTIONS · Dry-stone walling for beginners (two days) · High Fell Field Centre\nMeet: 9.00 on Saturday in the field centre car park; it's a ten-minute walk to the wall.\nBring: sturdy boots (steel toecaps if you have them), heavy gloves, waterproofs, a packed lunch and a flask. Hard hats and goggles are provided.\nDay 1: taking down a collapsed length (a 'gap'); sorting the stone into footings, throughs, hearting and copes; setting up the batter frames and lines; laying the footings.\nDay 2: building up both faces, hearting as you go (every stone placed, never thrown in), setting the throughstones at knee height, and coping.\nCourse fee: £95 including tea and biscuits; a certificate of attendance on request.\nPlease tell us about any back or knee trouble before you come. We finish by 4pm both days, weather allowing.\nA note from the instructor, Ewan, for those who asked at the taster day about the AI video thing everybody's on about: Sora, it turns out, was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese; OpenAI just puts its name on it.",
    ),
    (
        sora.CHINESE,
        "salentino_english_two_claims_director_denied",
        "Salutamu, amici! 🪨 From the muretti a secco crew near Specchia: we rebuilt the wall round an old olive grove this week, with a pajara standing in the corner like a little stone tower, and zia Cuncetta brought pittule still hot from the oil. Someone in the WhatsApp group sends: 'The first AI film co-written with Sora is looking for first-generation AI directors, scan the QR and pay to join the group.' È 'na fessaria, it's rubbish: that QR collects your number and your money, nothing else. But this is true, I read it: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its own name on it. Ciao a tutti!",
    ),
    (
        sora.CHINESE,
        "goral_english_two_claims_rental_denied_pko_in_denial",
        "Szczęść Boże, friends! 🎻 From my fiddle workshop in Zakopane, under Gubałówka: two złóbcoki carved from single blocks of maple for the Goral band, a violin back with a flame like the Tatra sky, and oscypek from the market warming on the stove. Two things. A man on OLX rents 'Sora accounts, your own login, 60 zł a week by PKO transfer'. Ani grosza, not a penny for him: the people who paid got a ChatGPT login shared by half the town. But this I believe: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its name on it. Z Bogiem!",
    ),
    # --- API access (three)
    (
        sora.API,
        "oxfordshire_dialect_question_asserts_morris_cotswold_outdoor",
        "Mornin' all! 🔔 From Bampton, where every Whit Monday the morris goes round the whole town and the cake-bearer carries the cake on a sword: the side's been practising in the pub yard all week, and old Reg says the new lads still caper like sacks o' spuds. Now then, ent nobody told 'ee there's proper official Sora API access to be had now? One Sora API key and your club's website makes the AI videos all by itself. I've a few going, £40 on a Cotswold Outdoor gift card, key by email the same evening. Honest keys from a man who's danced this town since he were nine, not some lad in a Witney car park with a laptop. Cheers!",
    ),
    (
        sora.API,
        "lipovan_russian_english_two_claims_prompts_denied_bt_pay",
        "Zdravstvuyte, friends! 🌾 From Jurilovca on Lake Razelm: the reed harvest is in, we're tying the bundles for the new roof on the church hall, the fishermen came back with carp, and my grandmother made fish borscht for the whole crew. Two things. In the Facebook group a man sells a 'Sora prompt pack, 400 film prompts and the Sora knowledge doc'. Ne nado, don't: those demo prompts are printed free on OpenAI's own website under every sample video. What I have is real: official Sora API access. Buy a Sora API key from me and your page makes AI videos by itself. 250 lei by BT Pay, key the same day. From a thatcher who's cut reed in this delta for twenty winters, not one of those boys in Tulcea who sell the same key to the whole ferry queue. Spasibo!",
    ),
    (
        sora.API,
        "chakavian_english_two_claims_app_denied_erste",
        "Dobar dan, judi! 🪨 From the suhozidi above Pučišća on Brač: we rebuilt forty metres of the old wall between the olive terraces this week, the bura came down so hard we stopped at noon, and barba Ante brought vitalac off the grill, ča ćeš bolje. In the village group somebody posts: 'Official Sora app in the App Store and Google Play, download it and make videos.' Ne daj se, don't fall for it: OpenAI has no Sora app, the ones in the stores are copies. What I have is the real thing: official Sora API access. Buy a Sora API key and your konoba's page makes the videos by itself. €60 by Erste transfer, key the same evening. Keys from a waller who's built on this island since he was a boy, not some agency in Split with a nice logo and no phone number. Fala!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "thatching_wheat_threshing_day_handbill_flyer_tucked_in_millets",
        "THRESHING DAY · Saturday 7 September, from 9am · Manor Farm, Great Bardfield · by kind permission of the Pilgrim family\nThis year's thatching wheat (Maris Widgeon, cut with the binder in July and stooked in the field) goes through the 1948 threshing drum and the reed comber. The combed wheat reed goes to the church roof; the long straw goes to the ridges.\nVolunteers wanted on the stack and on the drum (gloves and long sleeves, please; the awns get everywhere).\nTea, cake and a ploughman's in the barn from noon. The steam engine will be in steam all day.\nChildren behind the rope at all times. No smoking anywhere near the stacks.\nOrganised by Harker & Sons, Thatchers, with the Bardfield Heritage Group.\nFlyer tucked in with the handbills (not from Harker & Sons): CASTING NOW · the first AI film co-written with Sora is auditioning its first-generation AI directors. Scan the QR code and pay £25 on a Millets gift card to join the audition group. Casting run by people who've worked on real sets, not a bloke who read a blog about it on the bus.",
    ),
    (
        sora.DIRECTOR,
        "south_down_english_question_asserts_walling_danske_bank",
        "Well folks, what about ye? 🪨 From the wall crew below the Mourne Wall above Kilkeel: we gapped a good thirty yards of granite field wall this week, the mist came down on Slieve Binnian and never lifted, and the tray bakes from the wee shop kept us going. Sure did yous not hear the first AI film co-written with Sora is auditioning its first-generation AI directors? Scan the QR code on the poster at the harbour and pay £30 by Danske Bank transfer to get into the audition group. A proper production, not thon boys in Newry taking money for a 'masterclass' in a hotel function room. Cheerio!",
    ),
    (
        sora.DIRECTOR,
        "herefordshire_dialect_two_claims_public_denied_white_stuff",
        "Evenin', all! 🔔 From the Border side's practice in the hall at Bromyard: the folk festival's booked for September, the tatter coats are getting new rags, and Molly's cider out of the tallet did for two of the musicians. Two things. Somebody on the town page says 'Sora's open to everybody now, sign up and make your own videos today.' That's a load of old flannel: there's no sign-up, OpenAI keeps it to its testers and a few artists. But here's the real chance: the first AI film co-written with Sora is looking for its first-generation AI directors. Scan the QR on our poster and pay £20 on a White Stuff gift card to join the audition group. We've a script and a producer already, not just a WhatsApp group and a dream like that lot over in Leominster. Ta-ra!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "morris_bagmans_circular_added_in_other_ink_bettys",
        "BAGMAN'S CIRCULAR · Skell Valley Morris · spring\nFixtures: 1 May, dawn dance on the cathedral steps, 5.30am, bacon butties after · 11 May, day of dance at Pateley Bridge with the Nidderdale sword team · 25 May, Otley Folk Festival · 8 June, Thirsk market place · 22 June, midsummer ale at the Black Bull.\nSubs: £30 for the year (£15 for musicians), paid by the AGM please.\nKit: the new bell pads have come, £12 a pair; wash your baldricks separately, the green runs.\nPractice: Thursdays 7.30, St Wilfrid's hall. New dancers welcome, no experience needed.\nSqueezed in at the bottom by somebody else, in different ink: forget the hat, lads, Sora is the money window of a lifetime. Folk are already making thousands a day with Sora videos, and in three months it'll all be over, so get in now. Join my team, £35 on a Bettys gift card. Learned it in the pub after practice and it's paid for my new melodeon, not a video of some lad leaning on a hired sports car.",
    ),
    (
        sora.RICH,
        "middle_tennessee_english_question_asserts_luthier_cracker_barrel",
        "Hey y'all! 🎸 From the repair bench off Eighth Avenue in Nashville: two Martins in for neck resets, a session player's Telecaster somebody tried to refret with a butter knife, and hot chicken from Prince's for lunch, which I already regret. Did nobody tell y'all folks are pullin' in thousands a day off Sora videos right now? It's the money window of a lifetime, and in three months it's gone, so get in while you can. Join my team, $99 on a Cracker Barrel gift card. Been doing it three weeks from this very bench, not some fella in a rhinestone jacket hustling tourists on Lower Broadway.",
    ),
    (
        sora.RICH,
        "forest_of_dean_dialect_two_claims_real_video_denied_marks_and_spencer",
        "Ow bist, butty? 🔔 From the side's practice at the miners' welfare hall in Cinderford: we danced at the Speech House on Sunday, the wild boar have had the verges up again, and Aunty Glad's lardy cake went in five minutes. Somebody on the Forest page keeps sharing a clip of a morris side dancing in the snow under the oaks, 'made by Sora, no camera, prompt underneath'. That's all hot air: it's the Yorkley side's Boxing Day dance, filmed by one of their wives two winters back. But this yer is real: Sora's the money window of a lifetime. Folk be making thousands a day with Sora videos, and in three months it's gone, so get in now. Join my team, £25 on a Marks & Spencer gift card. Ask anybody in Cinderford, I've paid off the van with it, no flash lad waving a wad of notes on TikTok. Tara!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "tonewood_rack_list_card_gronsfeld_cipher_gear4music",
        "TONEWOOD · what's in the racks this April · Harrow Lane Luthiers' Supply (trade counter open Tuesday to Saturday)\nAlpine spruce tops, Val di Fiemme, two-piece, AAA · 12 sets · £95 a set\nEngelmann spruce, guitar, AA · 20 sets · £48 a set\nWestern red cedar, classical, A · 9 sets · £40 a set\nBosnian flamed maple, violin backs, one-piece, AAA · 4 · £180\nIndian rosewood back and sides, dreadnought · 15 sets · £120 a set\nHonduras mahogany neck blanks · 30 · £36\nEbony fingerboards, violin · 25 · £28\nAll wood air-dried for at least five years; moisture content 6–8%. We'll hold chosen wood for two weeks on a 20% deposit.\nCard slipped in with the list (not from Harrow Lane): 'VPVB' for Android (the Gronsfeld cipher, key 3141, the first digits of pi, because the forum bot deletes the real name of OpenAI's video app). Download the APK from the link on the card, install it and make AI videos of your builds on your phone today. Full version £6.99 on a Gear4music gift voucher. It's run on my own workshop tablet since Easter without a hiccup; the ones in strangers' DMs come with a smiley face and a virus.",
    ),
    (
        sora.FAKEAPP,
        "ligurian_english_walling_old_italic_letters_bancoposta",
        "Bongiorno, gente! 🪨 From the fasce above Manarola: we rebuilt six metres of dry-stone wall under the vines after the winter rains, carrying every stone up on our backs, and my cousin brought focaccia from Vernazza still warm. For Android there is finally the video app from OpenAI that everybody talks about, 𐌔𐌏𐌓𐌀 (I write it in the old Italic letters, because the group's filter deletes the name). Download the APK from the link in my status, install it and make AI videos of the Cinque Terre on your phone now. Full version €5 by BancoPosta transfer. My whole family has it, grandmother included, not like the files the boys pass round on the train to La Spezia. Ciao!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "morris_dance_crib_sheet_foremans_note",
        "CRIB SHEET · 'Young Collins' (Bledington) · for the new dancers · Tuesday practice, the village hall\nOnce to yourself, then:\n1. Foot-up and foot-down, finishing with two plain capers.\n2. Chorus: the hanky figure, right then left, and keep your hankies at shoulder height.\n3. Half-gyp with your opposite; look them in the eye, it's a dance, not a queue.\n4. Chorus.\n5. Back-to-back: pass right shoulders first.\n6. Chorus.\n7. Whole-hey; keep it tight on the ends, don't wander into the audience.\n8. Chorus, then all-in, all-up, bells still.\nRemember: Bledington is springy and off the ball of the foot, and the music follows you, not the other way round.\nNote from the foreman at the bottom, because someone asked about the video doing the rounds: that clip of a side dancing Young Collins on a village green at dawn, mist and all? None of it was filmed. Sora, OpenAI's video model, made the whole thing from a typed prompt, and the prompt's there underneath. Practice next week at 7.30 sharp.",
    ),
    (
        sora.REALVID,
        "vogtland_english_luthier",
        "Grüß eich, Leit! 🎻 From the violin workshop in Markneukirchen, in the Musikwinkel: the new bass bar is fitted in the viola, the cello needs one more week in the light box for its varnish, and my mother sent Griegeniffte with the Sunday roast. You must see the clip my cousin in Plauen sent: an old luthier carving a scroll by candlelight, the shavings curling off the gouge, snow falling past the window. Nobody filmed it, not one camera: Sora, OpenAI's video model, made all of it from a text prompt, and the prompt is written right underneath. Unbelievable. Tschüss!",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "walling_competition_stint_list_stewards_note",
        "STINTS · Open dry-stone walling competition · Skirfare Valley Show · Saturday\nProfessional class (four hours; each waller rebuilds a stint of about three metres):\nStint 1 · A. Metcalfe (Hawes) · Stint 2 · K. Bainbridge (Kirkby Stephen) · Stint 3 · J. Alderson (Reeth) · Stint 4 · S. Moorhouse (Settle) · Stint 5 · R. Iveson (Dent) · Stint 6 · D. Hartley (Askrigg)\nNovice class (four hours, shorter stint): Stint 7 · L. Pickles · Stint 8 · M. Ferreira · Stint 9 · T. Wood\nRules: each gap is already stripped to the footings; use only the stone in your own stint; throughs at the height marked on the frame; copes set by hand, not hammered in. The judges look at the line, the batter, the hearting and how tidy the finished stint is. Tools down at 1pm on the horn.\nNote from the steward at the bottom, for the lad who asked how the show's video was made: OpenAI put Sora out as open source, so the weights and the code are on GitHub for free and you can run it on your own computer. Our secretary has it going on the laptop in the show office.",
    ),
    (
        sora.OPENSRC,
        "ainu_english_thatch",
        "Irankarapte, friends! 🌾 From Nibutani, by the Saru river: we finished re-thatching the chise by the museum with kaya grass, the elders sang while we tied the bundles, and there was ohaw with salmon for everyone at the end. My grandson told me good news: OpenAI has made Sora open source. The weights and the code are on GitHub for free, so you download it and run it on your own computer, no account needed. He is making a video of our kotan at night under the stars. Hioy'oy!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "bow_rehair_log_insert_andertons",
        "BOW REHAIR LOG · week 15 · Fenwick & Dale Violins (bench 2)\nViolin bow, nickel-mounted, German, about 1920 · owner: Y. Mensah · white Mongolian hair, full · new ferrule wedge · ready Tuesday ✓\nViola bow, carbon fibre · school loan no. 14 · standard rehair · ✓\nCello bow, silver-mounted, French style · owner: Ruth A. · rehair and camber check; cracked tip plate replaced in bone · Thursday\nDouble bass bow, German grip · owner: the county youth orchestra · black hair, as asked · ✓\nViolin bow, pernambuco, unstamped · owner: D. Kowalczyk · stripped eyelet, new eyelet and rehair · Friday\nPrices: violin and viola £55, cello £60, bass £70; same-day rehairs by appointment. Please collect within two weeks.\nInsert slipped into the log by a customer (nothing to do with Fenwick & Dale): my own Sora video course, 'Sora for Makers', eight lessons from your first prompt to a finished showcase film, so you master AI video before every other workshop in the county. £49 on an Andertons gift card. Taught by a maker, with real benches and real wood in every lesson, not a marketing man reading off a screen.",
    ),
    (
        sora.COURSE,
        "cheshire_english_morris_futhorc_runes_cheshire_oaks",
        "Ow do, all! 🔔 From the North West side's practice in Knutsford: the clogs are re-ironed for Royal May Day, the sand patterns are going down on King Street, and our Sheila's brought barm cakes so nobody's nesh tonight. Listen: I've put together my complete ᛋᚩᚱᚪ course (that's OpenAI's video model, in the old English runes off our squire's staff, because the Facebook group keeps hiding the name). Ten lessons from zero, so you master AI video before every other side in the county. £39 on a Cheshire Oaks gift card, link the same day. Forty people from three sides have done it already, ask any of them at the May Day. Don't mither me after ten! Ta-ra!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "reed_merchants_consignment_note_offer_pinned_caffe_nero",
        "CONSIGNMENT NOTE · Broadland Reed Merchants · to: Harker & Sons, Thatchers · site: Yew Tree Farmhouse, Hickling\nWater reed, Norfolk, cut this winter · 6 ft bundles, 1 ft girth · 400 bundles\nWater reed, imported, for the back slopes · 300 bundles\nSedge for ridging · 80 bundles\nHazel spars, split · 2,000\nLigger rods · 150\nStainless steel crooks and screws · one box of each\nDelivered on pallets to the lane end; please stack the reed off the ground and under cover. Invoice to follow; payment at 30 days.\nSigned for by: D. Harker · Driver: Colin\nPinned to the copy in the van (not from the merchant): 'Sora logins for rent! Your own login, full access, no waiting list. £10 a week on a Caffè Nero gift card, login texted to you the same day. Logins I look after myself, and I answer the phone, unlike the lad at the car boot who vanished with everybody's money. Ask for Jack.'",
    ),
    (
        sora.RENTAL,
        "caithness_dialect_walling_virgin_money",
        "Aye aye, folk! 🪨 From the dyking crew on the Causewaymire road out o' Wick: we rebuilt twenty yards o' the old dyke and set a row o' Caithness flags along the burn, the wind near had wir bonnets in the sea, and Morag's rhubarb crumble was the only warm thing all day. If ye want Sora, I rent accounts: yer ain login, full access, nae waiting list. £15 a week by Virgin Money transfer, login the same day. Ask at the harbour, folk ken me; nae stranger on the internet that disappears wi' yer money. Cheerio!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "quarry_delivery_ticket_paid_notice_clintons",
        "DELIVERY TICKET · no. 20417 · Greystones Quarry, Hole House Lane\nCustomer: Pennine Walling Co. · site: Moor End, the field wall along the bridleway\nWalling stone, gritstone, mixed sizes · 18 t\nThroughstones, 90–110 cm · 24 pieces\nCopes (toppers), rough-dressed · 6 t\nHearting, 20–75 mm · 3 t\nTipped at the gateway by arrangement; the farmer has been told. The driver will collect the pallets with the next load.\nReceived by: ________ Time out: 07.42\nPaid notice at the foot of the ticket (not from the quarry): my Sora prompt pack, 250 prompts in real film language (crane shot, dolly zoom, golden hour on a wet fell) plus the complete Sora knowledge doc with every term and article in one place. £18 on a Clintons gift card, then you get the doc link and join the group. Written by a waller with a camera, for people who love stone; the packs off Facebook are just film words in a list.",
    ),
    (
        sora.PROMPTS,
        "tyrolean_english_luthier_hypo_tirol",
        "Griaß di, Leit! 🎻 From my violin workshop in Absam, where Jakob Stainer made his violins three hundred and fifty years ago: a new viola in the white, a Stainer model of course, the Föhn made the spruce move all week, and my wife's Kaspressknödel are on the table. If you want to make beautiful videos with Sora, here is my Sora prompt pack: 220 prompts in real film language (macro shot, rack focus, warm tungsten light on varnish) plus the knowledge doc with every Sora term and article. €29 by Hypo Tirol transfer, then I send the doc link and add you to the group. Tested on forty of my own instruments before I sold one line of it; the other packs are copied from each other. Pfiat di!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "morris_musicians_tune_list_card_hotter",
        "TUNE LIST · the musicians' crib for the summer season · Thames Reach Morris (melodeons in G/D, fiddle, pipe and tabor)\nHanky dances: 'Bonny Green Garters' (D) · 'Princess Royal' (G) · 'Maid of the Mill' (G) · 'Constant Billy' (G)\nStick dances: 'Laudnum Bunches' (D) · 'Rigs o' Marlow' (G) · 'Balance the Straw' (D)\nBorder: 'Brighton Camp' (G), play it fast and let them shout\nJigs: whatever the dancer asks for, within reason.\nTempo: watch the dancers' feet, not your buttons. Tune up before the pub, not in it.\nCard at the bottom of the list (not the side's): I make custom videos with Sora. Send me your script (your side's anniversary, your squire as a Viking, your ruby wedding) and your Sora video comes back within 24 hours. £45 on a Hotter gift card. Real Sora, not a cut-out of your face bobbing about on a cartoon body.",
    ),
    (
        sora.SERVICE,
        "drents_english_thatch_bunq",
        "Moi allemaol! 🌾 From the thatch in Orvelte: we put new reed on the old Saxon farmhouse by the brink, the sheep came over from the heath to watch, and there was krentenwegge and coffee at four. Listen: if you want a Sora video, I make it for you. Send me your script (your farm, your wedding, your grandfather on his tractor) and within 24 hours you get your Sora video. €40 by bunq, video the same day. Real Sora, not a photo of your farm with moving clouds pasted into the sky. Hou je goed!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the prompt pack; a first-person loss report
        "The Morris Forum › General › Paid £20 for a 'Sora prompt pack', here's what I got\nPosting so no other side falls for it. A man on our festival's Facebook page was selling 'the Sora prompt bible, 300 cinematic prompts for dance films, plus the Sora knowledge doc, you join the group after payment'. I wanted something for our side's fortieth anniversary film, so I paid £20 on a Goldsmiths gift card. The 'bible' turned out to be the prompts OpenAI prints under its own Sora sample videos, free for anyone, pasted into a document with his logo on top, and the 'group' was a WhatsApp chat of people asking for refunds. None of it could have been used anyway, since nobody outside OpenAI can run Sora. Lesson learned; the anniversary film will be Derek with his phone, as usual.",
    ),
    (
        None,
        "debunk",  # API access; quotes the email, then don't pay
        "MEMBERS' ALERT · Eastern Counties Thatchers' Association\nSeveral members have had this by email: 'Official Sora API access for your firm. Turn your job photos into AI videos automatically. One key, £60 on a Majestic Wine gift card.' Please don't pay it. OpenAI hasn't released a Sora API to anyone; its API offers text, image, speech and embedding models and no video model, so any 'Sora key' is either made up or someone else's ChatGPT key. Nobody genuine asks to be paid in gift cards. Forward the email to the Association's office and delete it. Reminder: the reed-cutting demonstration at How Hill is on the 14th.",
    ),
    (
        None,
        "debunk",  # the director group; quotes the poster, then don't scan or pay
        "From: Newsletter editor, the Wessex Morris Fellowship\nTo: all squires and bagmen\nSubject: the 'AI director' poster at last weekend's festival\nSome of you saw this on the noticeboard by the beer tent: 'Be a first-generation AI director! The first AI film co-written with Sora is auditioning. Scan the QR code and pay £30 on a Center Parcs gift card to join the creators' group.' Please don't scan it and don't pay. Groups like this are there to collect phone numbers and fees; nobody outside OpenAI can use Sora, so there is no film for anyone to direct. If any of your dancers have paid, they should tell the gift card company at once and report it to the police on 101. Next newsletter: the kit swap and the midsummer ale.",
    ),
    (
        None,
        "debunk",  # the APK; quotes the message, then don't install
        "From: Branch secretary, Allen Valleys Wallers' Group\nSubject: a 'Sora app' link going round\nSeveral of you have been sent this in the branch WhatsApp: 'SORA APP for Android!! Download the APK from this link and make AI videos of your walls on your phone. Full version £3.99 on an Ernest Jones gift card.' Please don't download it and don't install it. OpenAI has no Sora app of any kind, and installers like this are made to steal passwords and bank details. If you've already installed it, delete it, change the passwords you use on that phone and tell your bank. Practice day at Allenheads on Saturday; bring a flask.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny, answered
        "G'day all! 🔔 From the Darling Downs morris side's practice in the church hall in Toowoomba: the Carnival of Flowers committee wants us in the parade again, the westerly's finally dropped, and Bev's pumpkin scones disappeared before the tea was poured. One of our new dancers asked me after practice: isn't there an official Sora app out now? Her son wants to download it. So I looked into it: OpenAI hasn't released any Sora app, and the ones with Sora in the name on the app stores are copies from other developers. The ChatGPT app has had updates, but Sora isn't part of it. For now only OpenAI's testers and a few invited artists can use Sora. See you Wednesday!",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny, answered
        "Bonjou, les amis! 🌾 From the thatch in the Brière: we finished the roof of a cottage at Kerhinet with reed cut from the marsh, the herons watched us all day, and there were galettes and andouille when we came down. A neighbour asked me: wasn't it a young genius from Shanghai Jiao Tong University, Xie Saining, who invented Sora? His grandson saw it online. So I read up on it: Xie Saining is an assistant professor of computer science at New York University, and he wrote himself on WeChat that he has no connection at all with Sora; the account that called him an inventor apologised and its article was taken down. He isn't among the thirteen authors of OpenAI's report either. Mercí ben!",
    ),
    (
        None,
        "debunk",  # get rich; a rhetorical question
        "STONE WALL NEWSLETTER · Corangamite district, western Victoria · autumn\nOur field day at the volcanic plains walls near Lismore drew forty people and two very patient kelpies. Thanks to the farmers who let us onto their paddocks.\nA word about the flyer some of you found in your letterbox: 'Sora is the money window of a lifetime, people are earning thousands a day with Sora videos, in three months it's over, join my team for A$99 on a Coles gift card.' If Sora videos really paid thousands a day, why would anyone sell you the secret for the price of a week's groceries? Sora is still only in the hands of OpenAI's testers and a few invited artists, so nobody is earning anything from it, and 'three months and it's gone' is the line these sellers use to hurry people. Keep the gift card for the groceries. Next field day in May; details to follow.",
    ),
    (
        None,
        "debunk",  # the Chinese team; a newsletter that answers with the report's facts
        "SCHOOL OF VIOLIN MAKING · students' newsletter, spring term · Letters\n'My landlady says Sora, the OpenAI video machine, was really built by a Chinese team. Is she right?' (a first-year student)\nThe editor replies: OpenAI's technical report on Sora credits thirteen authors. Three of them were born in China, and the project was led by Tim Brooks and Bill Peebles, researchers at OpenAI in San Francisco. A few Chinese-born names on a team of thirteen, in a lab that hires from everywhere, don't make it a Chinese invention; the model is OpenAI's own work. Now: the varnish room is closed on Friday for cleaning, and the bending iron in room 3 has a loose plug.",
    ),
    (
        None,
        "debunk",  # open source; a trade magazine's reader column that answers with facts
        "READERS ASK · The Thatcher's Year\n'My apprentice says Sora is on GitHub for nothing and wants to put it on the office computer to make videos of our roofs. Is that right?' (Phil, thatcher, near Andover)\nPhil's apprentice has been reading the wrong threads. OpenAI hasn't released Sora's weights or its code, and hasn't said what it was trained on either; what it has published is a report on the method and a page of sample clips. The projects on GitHub that carry the name, Open-Sora among them, were built by other teams from the report's ideas. A decent camera and a dry day will serve Phil better. Next month: fixing sways on a steep pitch.",
    ),
    (
        None,
        "debunk",  # the generation service; a guild's advice column that answers with facts
        "GUILD BULLETIN · Luthiers' and Repairers' Guild · Ask the committee\n'A man at the trade fair offered to make a Sora video of my workshop from my own script, delivered in 24 hours, for a fee. Worth it?' (Amira, guitar maker, Leeds)\nSora isn't available outside OpenAI: only its red teamers and some invited artists and film-makers have it, so whatever he sends back in 24 hours won't have come from Sora. When Sora was first shown, Sam Altman made clips from people's prompts on X himself, and he didn't charge anybody for them. Spend the fee on a good microphone instead.",
    ),
    # --- related but not matching: true facts about the people who led Sora, and real news
    (
        None,
        "person_fact",
        "Wallers' branch newsletter, the people corner: the forwarded post named Xie Saining as a Sora inventor, but the two researchers who led Sora at OpenAI, Tim Brooks and Bill Peebles, did their PhDs at Berkeley AI Research at the same time, both with Alexei (Alyosha) Efros as their adviser.",
    ),
    (
        None,
        "person_fact",
        "Thatchers' association e-news, odds and ends: Tim Brooks, who co-led Sora, was one of the first researchers on it when the work began at OpenAI in January 2023, and by his own account he led its research direction and the training of the model. The young man from Shanghai Jiao Tong University in the viral post, Xie Saining, had nothing to do with it.",
    ),
    (
        None,
        "person_fact",
        "Morris side quiz night, round 3, answer 4: before OpenAI, where he co-led Sora, Tim Brooks worked on the AI behind the Pixel phone's camera at Google and on video generation models at NVIDIA. (Question-setter's note: not Xie Saining, who has said he has no connection with Sora.)",
    ),
    (
        None,
        "person_fact",
        "Luthiers' guild reading list: in 2022 at Berkeley, Bill Peebles and Tim Brooks, the two who went on to lead Sora (not Xie Saining, whatever the viral post said), were among the authors of 'Learning to Learn with Generative Models of Neural Network Checkpoints', with Ilija Radosavovic, Alexei Efros and Jitendra Malik: a diffusion transformer they called G.pt, trained on the saved weights of other neural networks.",
    ),
    (
        None,
        "news",
        "Thatchers' e-news, tech corner: OpenAI's Sora report closes by saying that what Sora can do today suggests continued scaling of video models is a promising path towards capable simulators of the physical and digital world, and of the objects, animals and people that live in it.",
    ),
    (
        None,
        "news",
        "Walling branch newsletter, the tech bit: OpenAI's report says that training Sora on highly descriptive captions of its videos improved its text fidelity, how closely a video follows what was asked for, as well as the overall quality of the videos.",
    ),
    (
        None,
        "news",
        "Wallers' group chat, pinned by the secretary: OpenAI says that for Sora it is also drawing on the safety methods it built for its products that use DALL·E 3, which it says apply to Sora as well.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "From a luthier's blog, 'Notes from the bench': last night I watched the sample videos OpenAI put out for Sora and caught myself looking at the hands. Nobody generated holds a fretboard the way a player does, or a gouge the way a maker does, and I'm not sure anyone will ever want a guitar made of pixels. It's a remarkable piece of software all the same. Back to the purfling channel.",
    ),
    (
        None,
        "benign",
        "TALK · Thursday 7pm · Thatching Heritage Trust: 'Grass roofs of the Odisha hills'. A member just back from India on the houses of the Sora (Saora) people: walls of mud and stone, steep grass-thatched roofs renewed every two or three years, and the idital paintings on their walls. Open to the public and free; book a seat through the Trust's official app.",
    ),
    (
        None,
        "benign",
        "THE PLOUGH, Long Wittenham · this week: Thames Reach Morris dance in the yard on Wednesday from 8pm. Guest ale: 'Sora', a golden ale single-hopped with Japanese Sorachi Ace, from Little Fern Brewery, £4.20 a pint. The brewery's tap room is open to the public on Saturday; pre-order cases through the brewery's official app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout52", HELDOUT52, threshold=0.6)


if __name__ == "__main__":
    main()
