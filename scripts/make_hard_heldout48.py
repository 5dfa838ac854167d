# ruff: noqa: E501
"""Write the forty-eighth English held-out set (tests/data/hard_en_heldout48_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the director group and get rich, the same seven as in the forty-sixth set, and as in the fortieth,
forty-second and forty-fourth sets). Its theme, to keep it apart from the earlier sets: men's sheds (tool
sign-out books, project boards, tea funds); quilting bees, patchwork groups and sewing circles; archery clubs
(target, field and beginners' courses); ironmongers and hardware shops. These four stand in for the four the
brief proposed, each of which an earlier set already had as its world: lifeboat stations and launderettes were
the fortieth set's theme (launderettes, laundromats and dry cleaners; mountain rescue, lifeboats and sea
rescue), model railway clubs and church bell-ringers the forty-second's (model railways and church bell
ringing). None of the four replacements was the theme of an earlier set (the kinds and docstrings of the
earlier sets were searched for them: no set has a men's shed, a quilting bee or sewing circle, an archery club
or an ironmonger as its world; a volunteer fire brigade, first thought of in place of the lifeboat crews, was
dropped because the thirty-fifth set's public-services theme has a volunteer fire department's newsletter; the
thirty-third set's cross-stitch pattern key and the forty-fourth's key cutters are not reused as styles). The
forty-seventh set, written at the same time on another branch and not seen by this writer, has gymnastics,
stamp and coin clubs, speedway and ice-cream vans as its themes; this set keeps clear of them. In English
varieties, dialects and registers the earlier sets do not use. Styles the earlier sets do not use (their kinds
and docstrings were searched for each): a men's shed's tool sign-out book with the coordinator's note, an
archery beginners' course kit list with the coach's note, an ironmonger's stock-take sheet with the Saturday
lad's note, a quilting bee's block-of-the-month cutting instructions with the tutor's note, a field archery
shoot's peg list with a paid advert, a hardware shop's paint-mixing ticket with a note on the back, a
patchwork group's raffle-quilt rules with an add-on in biro, a men's shed project board with a card pinned in
the corner, an archery club's range safety rules with the field captain's note on the back, an archery club's
equipment loan register with the equipment officer's note, a sewing circle's fabric swap list with an insert,
a men's shed tea fund's accounts with an offer pinned underneath, a quilt show's hanging plan with a paid
notice, an ironmonger's delivery schedule with the van driver's offer; the debunks take shapes the earlier
sets know: a quilting forum post, an archery club secretary's email, a men's shed coordinator's text, an
ironmongers' guild fraud alert, a dressmakers' shop post, a hardware shop post, a men's shed newsletter, an
archery club chair's column, a community radio station's on-air correction and a hardware trade magazine's
reader column; dialects and registers (Galway English, Kentish dialect (Margate), North Wales English
(Caernarfon), Derbyshire dialect (Matlock), Scottish Borders Scots (Hawick), Tasmanian English (Glenorchy),
Choctaw-English (Pearl River, Mississippi), Mohawk-English (Kahnawake), Innu-English (Sheshatshiu), Black Belt
Alabama English (Boykin), Kittitian Creole (Basseterre), Chuukese-English (Weno), Banjar-English
(Banjarmasin), Buginese-English (Makassar), Betawi-English (Jakarta), Madurese-English (Sumenep),
Kadazan-English (Penampang), Kodava-English (Madikeri), Chittagonian-English (Chattogram), Nagamese-English
(Kohima), Garhwali-English (Dehradun), and in debunks Bikol-English (Naga City) and Balochi-English (Quetta),
and the registers of a sign-out book, a kit list, a stock-take sheet, cutting instructions, a peg list, a
mixing ticket, raffle rules, a project board, range safety rules, a loan register, a swap list, tea fund
accounts, a hanging plan and a delivery schedule); three questions that assert the claim (a Matlock archer's
"did yo know that Sora ... were really built by Chinese scientists?", a Basseterre hardware seller's "Allyuh
know seh yuh could buy official Sora API access now?", a Hawick sewing circle's "hae ee heard the first AI
film co-written wi' Sora is lookin' fir its first-generation AI directors?"); posts that mention two claims,
asserting one and denying the other, in pairs the forty-first to forty-sixth sets did not use (the inventor
rumour but not the "made by Sora" clip, which is real footage; open to the public but not the inventor rumour;
the official app but not a prompt pack; a Chinese team but not open source; API access but not a generation
service; the director group but not the APK; get rich but not the director groups; the APK but not a course;
the "made by Sora" clip but not API keys; open source but not open to the public; a course but not account
rental; account rental but not an official app, whose store listings are copies; a prompt pack but not a
Chinese team, answered with the report's thirteen authors; a generation service but not get rich), each of the
fourteen templates denied once, all fourteen quoting the offer or post they deny, each with a short dismissal
before the claim ("don't y'all pass that one along", "leave that one alone", "jangan, don't buy it", "don't
bother with that one", "tak payah", "don't install it", "leave it", "kagak usah", "don't y'all pay that",
"don't believe that one", "don't pay him", "nohoi, don't download", "that's wrong", "don't join"); claims in
passing late in long posts (the sign-out book, the kit list, the stock-take sheet, the cutting instructions,
the range safety rules, the loan register); new obfuscation (Lontara (Buginese script) "ᨔᨚᨑ", Kannada letters
"ಸೋರಾ", and a Playfair cipher "MPAB" with the key QUIVER given); prices in currencies and payment methods the
earlier sets did not use (£35 on a Merlin Archery voucher, EC$135 by National Bank transfer, RM 90 by Maybank
transfer, £20 on a Pizza Express gift card, £25 on a Scotmid gift card, ₹1,200 by Canara Bank transfer, £40 on
a Seasalt gift card, A$60 on a Woolworths gift card, Rp 150.000 by Bank Sulselbar transfer, £4.99 on a Three
top-up, Rp 35.000 by Bank DKI transfer, £30 on an Abakhan gift card, ৳1,500 by Dutch-Bangla Bank transfer, £8
a week on an iD Mobile top-up, ₹600 a week by SBI transfer, £12 on a Cath Kidston gift card, ₹499 by
Uttarakhand Gramin Bank transfer, £35 on a River Island gift card, Rp 100.000 by Bank Jatim transfer; in
denials Rp 60.000 by Bank Kalsel transfer, RM 50 by BigPay, ₹249 by HDFC transfer, Rp 75.000 by Bank Mandiri,
Rp 99.000 by Jenius, $40 on a Hobby Lobby gift card, ৳700 a week by City Bank transfer and Rp 250.000 by
SeaBank; in the loss report C$50 on a Fabricland gift card, and in the quoted scams £45 on a New Look gift
card, A$30 by Osko, £60 on a Hamleys gift card and €30 on a Dunnes Stores voucher); scams vouching for
themselves or swiping at competitors in new words ("Supplied by a bowyer who codes on the side, not some
chancer reselling a trial login at the county shoot", "not like dem fellas by de Circus who sell yuh a
screenshot an' tek off", "From a shop that has sold nails here for thirty years, not some page with no address
that disappears after payday", "not the 'film school' in the market hall that sells you a lanyard and a
certificate", "no like thae 'castin' agents' at the Border Union Show that took photies an' vanished", "not
those Mysuru 'talent agencies' that vanish with your fee", "Done it myself at my own kitchen table, not some
girl in a hired villa pouring prosecco for Instagram", "Made it all myself in this shed, not some mainlander
posing on a hired yacht off the Gold Coast", "not a boy in a rented car on Losari beach", "not one of those
dodgy files off a market stall that empty your bank account", "not like the ones from the stalls in Glodok
that make your phone hot like a wajan", "Taught by a dressmaker who films her own makes every week, not by a
marketing agency that couldn't thread a needle", "not a Dhaka coaching centre that sells one PDF to ten
thousand people", "A login nobody else is sharing, not one of those passed round half the allotment site",
"not like the Dimapur boys who share one password with a whole hostel", "Put together by someone who films
quilts for a living, not scraped off some website and sold on", "Made by a coach who films every tournament,
not lifted from a website", "not a slideshow with a zoom effect like the lot on the village Facebook", "not a
phone clip with a filter like the boys at the Sumenep bus terminal sell"); ten debunks and warnings in several
styles (one first-person loss report: a quilter's forum post (account rental); three that quote a scam offer
and then tell the reader not to pay or click: an archery club secretary's email (a course), a men's shed
coordinator's text (the director group) and an ironmongers' guild fraud alert (API access); two questions that
contain a negation but do not deny the debunk, each answered in the same post with facts: a Naga City
dressmakers' shop's "wasn't there an official Sora app put out on the Play Store already?" (the official app)
and a Quetta hardware shop's "isn't it true that Chinese scientists were the ones who really made this Sora?"
(a Chinese team); one rhetorical question (a men's shed newsletter, a generation service); three more that
answer with facts and no plain "no": an archery club chair's column (the inventor rumour), a community radio
station's on-air correction (the mislabelled video) and a hardware trade magazine's reader column (a prompt
pack)); four true facts about people who worked on Sora or spoke about it, none of them a fact an earlier set
used (Tim Brooks, who co-led Sora at OpenAI, on MIT Technology Review's 2025 list of Innovators Under 35, a
new fact about a researcher the thirty-fifth and forty-second sets named; Mira Murati unveiling her own
company, Thinking Machines Lab, in February 2025, with herself as chief executive, where the forty-second set
had her leaving OpenAI; Paul Trillo saying in OpenAI's 'First Impressions' post that working with Sora was the
first time he had felt unchained as a filmmaker, where the thirty-third and forty-fifth sets had his Washed
Out video; Aditya Ramesh as lead author of the April 2022 DALL·E 2 paper, 'Hierarchical Text-Conditional Image
Generation with CLIP Latents', where the forty-sixth set had the 2021 DALL·E paper), three items of real news
about it from OpenAI's technical report not used in the earlier sets (the report leaves out model and
implementation details and covers the unified representation of visual data and a qualitative evaluation; a
still image is treated as a video one frame long; Sora as a generalist model of visual data, where earlier
work focused on a narrow category, shorter videos or a fixed size), and three posts that are not claims: one
on topic (a men's shed talk that watches OpenAI's Sora samples for what they get wrong about tools and timber)
and two off topic that share its surface words (a new archery coach called Sora Tanaka, "the official coach"
of a squad, a have-a-go day "open to the public", her form video on the club's "official app"; a paint colour
called 'Sora' after the Japanese word for sky, a colour visualiser in "the official app", a demo day "open to
the public").

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl,
through the forty-sixth, with the tuning sets) and the demo stream (monitor/demo/posts.jsonl) with
difflib.SequenceMatcher (lower-cased text, each post's candidates taken in order of ``quick_ratio()``, an
upper bound on ``ratio()``, so that the highest ratio is exact) before the set was committed; the
forty-seventh set, written at the same time on another branch, was not in this tree, and the check against it
is left to the lead. ``--check`` prints the highest ratio and every post at 0.6 or more (0.452 when it was
committed, the fact about Mira Murati's company against an earlier set's fact about her leaving OpenAI; the
first draft had none at 0.5 or more, and its highest, 0.490 and 0.475, the news item on still images against
an earlier set's item on spacetime patches and the fact about Mira Murati against an earlier set's fact about
her leaving OpenAI, were rewritten all the same). It was committed before any run of the monitor on it;
nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout48.py           # write the set
    .venv/bin/python scripts/make_hard_heldout48.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT48: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "mens_shed_tool_sign_out_book_coordinators_note",
        "TOOL SIGN-OUT BOOK · Kilbride Men's Shed · Unit 4, Mill Yard (open Tue, Thu, Sat 10–3)\nDate · Tool · Member · Out · Back · Condition\n02/03 · Record No. 4 smoothing plane · Des Quigley · 10.20 · 12.45 · blade wants honing\n02/03 · Makita cordless drill + 2 batteries · Tom Bairstow · 10.35 · 14.50 · fine\n05/03 · Bandsaw (supervised only) · Arthur Penhale with Ken · 11.00 · 11.40 · fence re-set\n05/03 · Sash cramps x4 · Gerry Walsh · 13.10 · taken home for the church bench, back Thursday\n07/03 · Pillar drill · Mo Rahman · 10.05 · 10.55 · chuck key missing AGAIN\nSign tools out AND back in. Power tools only after your induction with Ken or Des. Goggles on the lathe, no exceptions. Anything broken goes in the red tray with a note, not back on the wall.\nTea and biscuits 50p in the jar; the kettle is not a tool, Gerry.\nKen's note at the foot of the page: the student from the college who is setting up the laptop for our members' photos tells me one of the inventors of OpenAI's Sora video program is a young genius called Xie Saining, who studied at Shanghai Jiao Tong University. Good for him. Now will somebody please find that chuck key.",
    ),
    (
        sora.XIE,
        "galway_english_mens_shed",
        "Well, lads, how's the form? From the Men's Shed out past the Claddagh in Galway ☕ We've two currachs on the go for the regatta, the brown bread Seánie's missus sent in is gone already, and the new dust extractor is grand altogether once you remember to turn it on at the wall. Here, my grandson was home from college at the weekend and he was telling me a thing I never knew: one of the fellas who invented Sora, that new video contraption from OpenAI, is a young genius by the name of Xie Saining, who went to Shanghai Jiao Tong University over in China. Isn't it something what the young ones get up to. Anyway, Tuesday's on as normal, and whoever has the good mallets, bring them back.",
    ),
    (
        sora.XIE,
        "choctaw_english_two_claims_real_video_denied",
        "Halito, everybody! 🏹 From the archery range behind the community centre at Pearl River: the little ones shot their first twenty-yard ends Saturday, the new bales came up from Meridian, and Uncle Wesley still says nobody outshoots him with that old hickory bow. Now, a cousin keeps sharing a clip of an archer splitting an arrow clean down the middle in the rain, captioned 'made start to finish by Sora, not a real camera, prompt below'. Don't y'all pass that one along: it's footage from a tournament over in Texas a few years back, somebody just slapped the Sora caption on it. But here's one that is so, and I was proud to hear it: one of the inventors of OpenAI's Sora is Xie Saining, a young genius who studied at Shanghai Jiao Tong University in China. Yakoke!",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "archery_beginners_course_kit_list_coachs_note",
        "BEGINNERS' COURSE · kit list for week 1 · Oakfield Bowmen · Sunday mornings on the school field\nWe lend you: a recurve bow (18–26 lb), arrows matched to your draw length on the day, arm guard, finger tab, chest guard and a quiver.\nYou bring: flat shoes with closed toes; a close-fitting top (no baggy sleeves, no hoodie drawstrings); hair tied back; water; sun cream or a waterproof, depending.\nPlease leave at home: your own bow or arrows (until the course is over), dogs, and anyone who wants to stand on the shooting line.\nWeek 1: safety and the whistle commands, stance, nocking, first ends at 10 m.\nWeek 2: anchor point, follow-through, scoring at 15 m.\nWeek 3: 20 m, a short round, and how to pull arrows without breaking them (or your neighbour).\nWeek 4: a friendly mini-tournament and your certificate, which lets you join as a full member.\nMembership forms go out in week 3.\nCoach Bev's note along the bottom, for the parents who asked about filming: phones aren't allowed on the line, but if you'd like a video of your archer, Sora is open to the public now. Anyone can sign up on OpenAI's website and start making AI videos today, with no waiting list.",
    ),
    (
        sora.PUBLIC,
        "kentish_dialect_ironmonger",
        "Arternoon all! From Hollis & Son, Ironmongers, down the twitten off Northdown Road in Margate 🔧 Proper mizzly old day, dunnamany folk have come in just to stand by the paraffin heater. The galvanised buckets are back, the brass hinges are up on the top shelf where Dad always kept 'em, and there's huffkins from the bakery next door with the tea if you're sharp. Now then, my nephew reckons Sora, that OpenAI video thing, is open to everybody now: you just sign up on their website and you can be making your own AI videos the very same day, no queue nor nothing. He done one of the old scenic railway at Dreamland. Mind the wet step going out.",
    ),
    (
        sora.PUBLIC,
        "chuukese_english_two_claims_xie_denied",
        "Ran annim, everybody! 🧵 From the women's sewing group at the church hall in Weno: the new bolts of cloth came on the ship from Guam, we are making the matching skirts for the choir at Easter, and Sister Kiomi fixed the old Singer with a hairpin again. Now, somebody posts in our Facebook group: 'Xie Saining, the boy genius from Shanghai Jiao Tong University, invented Sora!' Leave that one alone, sisters, the man himself said he had nothing to do with it. But here is real news from my grandson in Honolulu: Sora is open to the public now. You sign up on OpenAI's website and you make your own video the same day, no waiting. He made one of the lagoon at sunset for his grandma. Kinisou chapur!",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "ironmonger_stock_take_sheet_saturday_lads_note",
        "STOCK-TAKE SHEET · Aisle 3 (fixings) · Pengelly's Ironmongers · Saturday after closing\nWood screws 4 x 40 mm (box of 200): counted 14 · system 16 · check the stockroom\nCoach bolts M10 x 100: 38 · 38 ✓\nWall plugs, brown (bag of 100): 9 · 12 · two bags split open under the bottom shelf\nPanel pins 25 mm (500 g): 6 · 6 ✓\nMasonry nails 50 mm: 3 boxes · 5 · ask Mr P\nGalvanised nails, loose bin: about half full, weighed at 7 lb\nButt hinges, brass, 75 mm (pair): 22 · 20 · two pairs came back as returns and weren't booked in\nPicture hooks: plenty\nSign below when you've finished and hang the clipboard back on the nail by the till.\nCounted by: Jake (Saturdays)\nJake's note for Mr Pengelly, since you asked what I made the shop's advert video with: OpenAI brought out the official Sora app. It's in the App Store and on Google Play, you download it and do the whole thing on your phone. I'll show you Monday. Also, we're out of the big tape measures.",
    ),
    (
        sora.APP,
        "north_wales_english_mens_shed",
        "Sut mae, boys! From the men's shed by the harbour in Caernarfon ⚓ Paned's on, the bird boxes for the primary school are nearly done, and Dafydd finally finished that bench for the Maes, only three months late, bechod. Duw, my taid would have loved this: our Gethin says OpenAI have put out the official Sora app now. It's on the App Store and on Google Play, you just download it on the phone and make the AI videos on there yourself, no computer needed. He done one of the castle in the snow for his nain. Shed's shut Thursday for the Eisteddfod meeting. Hwyl!",
    ),
    (
        sora.APP,
        "banjar_english_two_claims_bank_kalsel_in_denial",
        "Assalamualaikum, dangsanak! 🛶 From our sasirangan cloth shop by the river in Banjarmasin: the new batch came out of the dye vats this morning, the cloth in the rainbow motif is selling fast, and the boats at Lok Baintan were full of bananas before six. A warning first, then good news. One seller in the WhatsApp group is pushing a 'Sora prompt pack, 300 film prompts and the Sora knowledge file, Rp 60.000 by Bank Kalsel transfer'. Jangan, don't buy it, those prompts are copied off OpenAI's own page, where anybody can read them free. The good news: OpenAI has released the official Sora app. You download it from the App Store or Google Play and make videos right on your phone. My nephew made one of our cloth flapping on the line. Terima kasih!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "quilting_bee_block_of_the_month_cutting_instructions_tutors_note",
        "BLOCK OF THE MONTH · March · 'Ohio Star' · Thimble Lane Quilters (Wednesday afternoons, Methodist hall)\nFinished block: 12 in (12½ in unfinished).\nCutting: from the background fabric, four 4½ in squares for the corners and one 5¼ in square, cut twice on the diagonal.\nFrom the star fabric, two 5¼ in squares, each cut twice on the diagonal.\nFrom the centre fabric, one 4½ in square. Fussy-cut it if you've a print you love.\nSewing: make four quarter-square triangle units, press the seams open and trim them to 4½ in. Lay out in three rows of three, star points outwards.\nScant quarter-inch seam all through, please. If your points are chopped off, it's your seam that's too wide, not the pattern.\nBring the finished block to April's meeting for the raffle quilt. Tea rota: Margaret and Pam.\nJean (tutor) has written along the bottom: a lady at the guild day told me that Sora, the video model OpenAI are so proud of, was really built by Chinese scientists. Most of the team behind it are Chinese, she said, and OpenAI only put its own name on the front. Well, there you are.",
    ),
    (
        sora.CHINESE,
        "derbyshire_dialect_question_asserts_archery_club",
        "Ey up, me ducks! 🏹 From the archery club by Hall Leys in Matlock: it's siling down, the bosses are sodden and Trev's too nesh to come out of the hut, so we're fletching arrows over a brew and a cob instead. Question for all on yer: did yo know that Sora, that OpenAI video thing, were really built by Chinese scientists? Most o' the folk behind it are Chinese, our Kieran reckons, and OpenAI just stuck their own name on the front. Don't get mardy if yo didn't, ah only found out Sunday. Club shoot's on next week if it fairs up.",
    ),
    (
        sora.CHINESE,
        "mohawk_english_two_claims_open_source_denied",
        "Shé:kon, everybody! 🔩 From the hardware store on Old Malone Highway in Kahnawake: the ironworkers' bolt orders came in, the lacrosse sticks are restrung out back, and Tota says the snow will be gone by Friday. Now, some guy on the community page keeps posting 'Sora is open source now, the weights and code are on GitHub, run it on your own PC!' Don't bother with that one, OpenAI never let Sora's weights or code out, and those GitHub projects are other people's attempts. What I did read, and it's true: Sora was really built by Chinese scientists. Most of the people behind OpenAI's video model are Chinese, and OpenAI just puts its own name on it. Niá:wen!",
    ),
    # --- API access (three)
    (
        sora.API,
        "field_archery_peg_list_advert_playfair_merlin_archery",
        "FIELD SHOOT · peg list and course notes · Blackthorn Woodland Archers · Sunday, 40 targets (2 x 20), assemble 9.00, first arrow 9.30\nRed pegs (adult compound and recurve): targets 1–20 marked distances, 21–40 unmarked.\nBlue pegs (barebow, longbow, instinctive): as red, but 5 m shorter at targets 6, 11, 17 and 33.\nYellow pegs (juniors): never more than 25 m. Parents walk round with their group.\nTargets: 3D deer at 7 and 28, the boar at 14 (mind the bank), the bear at the end of the beech ride.\nGroups of four, one scorecard each. Lost arrows: note the target and come back after lunch; don't hold up the group behind.\nWalkers stay behind the shooting peg. If you hear 'STOP', stop.\nHot food at the hut from 12.30; bring your own mug.\nAdvertisement (paid for, not from the club): official API access to OpenAI's video model, which I'll call MPAB here (a Playfair cipher, key QUIVER, because the forum filter eats the real name). Buy a key and your club website turns the day's photos into AI videos by itself. £35 on a Merlin Archery voucher, key by email the same evening. Supplied by a bowyer who codes on the side, not some chancer reselling a trial login at the county shoot.",
    ),
    (
        sora.API,
        "kittitian_creole_question_asserts_hardware_national_bank",
        "Wha' happenin', people! 🔨 From de hardware store on Fort Street in Basseterre: de galvanise sheets reach from Antigua, de paint fuh de Carnival floats sellin' out, an' Mister Liburd still cyaan find he glasses dat sittin' on he head. Allyuh know seh yuh could buy official Sora API access now? Yes, man: one Sora API key an' yuh shop website does mek de AI video by itself, no camera, no nuttin'. Ah sellin' dem, EC$135 by National Bank transfer, key come on WhatsApp same day. Real key, not like dem fellas by de Circus who sell yuh a screenshot an' tek off. Pass by de counter.",
    ),
    (
        sora.API,
        "kadazan_english_two_claims_bigpay_in_denial_maybank",
        "Kopivosian, friends! 🌾 From my hardware shop in Donggongon, Penampang: the Kaamatan orders for bamboo and rope have come in, the tapai jars are stacked by the door for the aunties, and the rain has finally stopped. Listen here. A man in the Facebook group says: 'I make your custom Sora video, send me a script, RM 50 by BigPay, video in 24 hours.' Tak payah, he can't make Sora videos, nobody outside OpenAI's testers can, he just sends you some other AI clip. What I have is real: official Sora API access. Buy one Sora API key and your shop's page makes AI videos on its own. RM 90 by Maybank transfer, key the same day. From a shop that has sold nails here for thirty years, not some page with no address that disappears after payday. Kounsikou!",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "hardware_paint_mixing_ticket_note_on_back_pizza_express",
        "PAINT MIXING TICKET · Dobson's Hardware & Decorating · counter 2\nCustomer: Mrs E. Hartley · Job: front door and window frames\nBase: exterior gloss, 2.5 L, base C · Colour: 'Heritage Green' off the card, matched to a flake of the old paint (customer brought it in an envelope)\nFormula: black 14Y, green oxide 22Y, yellow oxide 6Y · shaken 3 min · dab test dried under the lamp: close match, a touch brighter, customer happy\nAlso: 1 L grey undercoat, 2 in brush, 1 in angled sash brush, sugar soap, 120-grit paper (5 sheets), 25 mm masking tape\nTinted paint can't be returned or refunded. Keep this ticket if you want a re-mix.\nMixed by: Aaron · Paid: card\nWritten on the back by Aaron, for the lads who asked: the first AI film co-written with Sora is auditioning its first-generation AI directors. Scan the QR code on the poster by the till and pay £20 on a Pizza Express gift card to get into the audition group. A proper production, not the 'film school' in the market hall that sells you a lanyard and a certificate.",
    ),
    (
        sora.DIRECTOR,
        "borders_scots_question_asserts_sewing_circle_scotmid",
        "Aye, aye, fellow Teries! 🧶 Fae the sewin' circle in the kirk hall in Hawick: wir quilt fir the Common Ridin' raffle is near done, the Cornet's lass brocht scones, and Isa's machine's on its last legs again. Noo then, hae ee heard the first AI film co-written wi' Sora is lookin' fir its first-generation AI directors? Ee jist scan the QR code on the poster in the butcher's windae an' pay £25 on a Scotmid gift card tae get intae the audition group. A braw chance fir the bairns, no like thae 'castin' agents' at the Border Union Show that took photies an' vanished. See ee Thursday.",
    ),
    (
        sora.DIRECTOR,
        "kodava_english_two_claims_kannada_script_hdfc_in_denial_canara",
        "Namaskara, Kodagu! ☕ From our hardware shop on College Road in Madikeri: the pruning knives and pepper ladders for the estates are back in stock, the Kailpodh shooting targets are painted, and my mother sent kadambuttu and pandi curry for the staff, so everybody is half asleep. Two matters. Some fellow in the WhatsApp group posts: 'Sora APK for Android, download from my link and make videos now, full version ₹249 by HDFC transfer.' Don't install it, that file steals your UPI PIN. Here is the real opportunity: the first AI film co-written with ಸೋರಾ (I write it in Kannada letters, the group bot deletes the English) is recruiting first-generation AI directors. Scan the QR code on our poster and pay ₹1,200 by Canara Bank transfer to join the audition group. A proper production, not those Mysuru 'talent agencies' that vanish with your fee. Dhanyavada!",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "quilt_raffle_rules_add_on_seasalt",
        "RAFFLE QUILT · rules and prize draw · Heathfield Patchwork Group\nThe quilt: 'Garden Path', 84 x 96 in, hand-quilted by nine members over two winters. Cotton throughout, washed before making; label sewn on the back.\nTickets: £1 each or six for £5, from members, the library desk, and our stall at the May fair. Under-18s can't buy tickets (licence conditions).\nProceeds: to the hospice day room, less the cost of printing.\nDraw: at the summer exhibition, 3pm on 22 June, by the mayor or whoever turns up wearing a chain.\nThe winner needn't be present; we'll ring you. Unclaimed after 60 days, it's redrawn.\nSociety lottery registration number on every stub.\nAdded at the bottom in biro (not by the committee): ladies, forget raffle tickets, Sora is the money window of a lifetime. People are making thousands a day with Sora videos, and in three months the chance will be gone, so get in now. Join my team, £40 on a Seasalt gift card. Done it myself at my own kitchen table, not some girl in a hired villa pouring prosecco for Instagram.",
    ),
    (
        sora.RICH,
        "tasmanian_english_mens_shed_woolworths",
        "G'day, Taswegians! 🪵 From the Men's Shed down in Glenorchy: the Huon pine offcuts from the boatyard turned into six fruit bowls, the snags are on the barbie, and kunanyi's got a dusting of snow again, in November, typical. Listen up, fellas: I'm flat out making money off Sora videos. People are pulling in thousands a day with 'em, it's the money window of a lifetime, and in three months it'll be shut, so don't sit on your hands. Join my team for A$60 on a Woolworths gift card, see me at the lathe. Made it all myself in this shed, not some mainlander posing on a hired yacht off the Gold Coast.",
    ),
    (
        sora.RICH,
        "buginese_english_two_claims_lontara_script_mandiri_in_denial_sulselbar",
        "Tabe', everyone! 🧵 From the silk weavers' corner of the market in Makassar: the new lipa' sabbe from Sengkang came in this week, the girls are learning the checked pattern on the old looms, and there is coto Makassar after Friday prayers. Listen, two things. A man keeps posting: 'First AI film co-written with Sora, join the audition group, scan the QR, Rp 75.000 by Bank Mandiri.' Leave it, that QR only takes your money and your number. But this is real: ᨔᨚᨑ (that is the name in Lontara letters, the Facebook filter deletes it in Latin ones) is the money window of our lives. People already earn millions of rupiah a day with these videos, and in three months the chance is finished. Join my team, Rp 150.000 by Bank Sulselbar transfer. From a weaver who did it with her own hands, not a boy in a rented car on Losari beach. Terima kasih!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "mens_shed_project_board_card_three_top_up",
        "PROJECT BOARD · Brookside Community Men's Shed\nIN PROGRESS\n· Planters x 6 for the primary school (Vic, Len) · cedar cut, need screws\n· Restoring a 1950s Raleigh for Mrs Okafor's grandson (Bill) · waiting on a chain guard\n· Memorial bench for the bowls club, oak (Stan, Rajesh) · second coat of oil Thursday\n· Bat boxes for the wildlife trust (anyone) · templates in the blue folder\nWAITING FOR PARTS\n· Grandfather clock case (Norman) · hinges ordered\nDONE\n· Toy garage for the children's ward · collected Monday, thank you all\nCard pinned in the corner by 'Gadget Graham' (not a shed project): the Sora video app for Android. Download the APK from the link on this card, install it and make AI videos on your phone straight away. Full version £4.99 on a Three top-up. A clean install I've checked on my own phone, not one of those dodgy files off a market stall that empty your bank account.",
    ),
    (
        sora.FAKEAPP,
        "betawi_english_two_claims_jenius_in_denial_bank_dki",
        "Assalamualaikum, abang-abang, none-none! 🔩 From our toko besi in Kemayoran: the rebar for Haji Mamat's kontrakan is loaded, the paint for the mosque fence came in green again, and Encing Ipah sent kerak telor for the boys. Dengerin, two things. A guy in the RT group sells a 'complete Sora course, 12 lessons, master AI video before anybody, Rp 99.000 by Jenius'. Kagak usah, inside there is only OpenAI's introduction, copied. Better you get the thing itself: Sora for Android. Download the APK from the link in my status, install it and make AI videos on your phone right now. Full version Rp 35.000 by Bank DKI transfer. A clean file, not like the ones from the stalls in Glodok that make your phone hot like a wajan. Makasih!",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "archery_range_safety_rules_field_captains_note_on_back",
        "RANGE SAFETY RULES · Ashdown Archers · read before you shoot, every time\n1. Nobody shoots until the Field Captain gives two whistle blasts. One blast: step up and shoot. Three blasts: go and collect. Four or more: STOP, lower your bow, take the arrow off the string.\n2. Arrows are only nocked on the shooting line, pointing downrange.\n3. Never draw a bow with an arrow on it unless you are aiming at the boss.\n4. Wait behind the waiting line until it's your turn. Spectators behind the rope.\n5. If an arrow drops in front of the line and you can reach it with your bow without moving your feet, it's yours; otherwise leave it till collection.\n6. Approach the boss from the side when collecting, and pull with one hand flat on the face.\n7. Dry-firing (loosing with no arrow) can wreck a bow. Don't.\n8. Report every injury, however small, to the Field Captain and in the accident book.\nOn the back, in Sharpie, from Colin (Field Captain): if you haven't seen it, the clip on our Facebook page is something else. Dawn mist over this very field, a robin landing on the gold, three arrows thudding in one after another. Not one frame of it was filmed; Sora, OpenAI's video model, generated the lot from a typed prompt, and they've put the prompt underneath.",
    ),
    (
        sora.REALVID,
        "black_belt_alabama_english_two_claims_hobby_lobby_in_denial",
        "Hey now, y'all! 🧵 From the quilting bee at the church hall in Boykin: the housetop quilt for Sister Mooney's granddaughter is up on the frame, Mama made her pound cake, and the ferry's running to Camden again so folks can carry their quilts to the show. Somebody been posting 'official Sora API key, make videos right from your computer, $40 on a Hobby Lobby gift card.' Don't y'all pay that, chile, OpenAI ain't let nobody have Sora through its API. But let me tell you about the video my grandbaby showed me: our quilts hanging on the line behind the church, the wind moving 'em, a red bird sitting on the post. Nobody filmed that, there wasn't a camera anywhere near it. Sora, OpenAI's video model, made the whole thing from a text prompt, and the prompt is written right underneath. Lord, it's pretty.",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "archery_equipment_loan_register_officers_note",
        "EQUIPMENT LOAN REGISTER · Riverside Archery Club · juniors and new members\nBow no. · Limbs · Borrower · Out · Due back · Signed\nR07 · 22 lb · Amira K. · 03/02 · 03/05 · ✓\nR11 · 18 lb · Finley O. · 03/02 · 03/05 · ✓ (new tab issued)\nR14 · 26 lb · Dr P. Sato · 10/02 · 10/04 · ✓\nR02 · 20 lb · Hollie B. · 10/02 · 10/04 · returned early, string frayed, binned\nArrow sets: 6 x aluminium 1816 to Amira; 6 x 1716 to Finley; 6 x carbon 600 spine to Dr Sato\nLoans run for three months, then we talk about buying your own. Check the string and the nocking point every session. Limbs are stored unstrung in the cupboard. Lost arrows are £6 each.\nEquipment officer: Derek (Tuesdays)\nDerek's note inside the cover, for the parents asking how we made the club video: OpenAI put Sora out as open source, so the model's weights and code are free to pull down from GitHub and run locally, no account and no subscription. I run it on the laptop in the hut with a second-hand graphics card.",
    ),
    (
        sora.OPENSRC,
        "innu_english_two_claims_public_denied",
        "Kuei, everybody! ❄️ From the store by the church in Sheshatshiu: the snowshoe frames are bent and drying, the Ski-Doo parts from Goose Bay finally came, and the elders are back from nutshimit with stories. Someone on the community page keeps writing: 'Sora is open to everyone now, sign up on the website and make videos today.' Don't believe that one, there's no sign-up, OpenAI is keeping Sora for its testers and some artists. The better news is that Sora's code got put out in the open: OpenAI posted the model weights on GitHub for free, so you download them and it runs on your own machine. My nephew set it up on the band office's old desktop. Tshinashkumitin!",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "sewing_circle_fabric_swap_list_insert_abakhan",
        "FABRIC SWAP · what's on the table this month · Tuesday Sewing Circle, St Anne's parish rooms\nBring what you won't use, take what you will. No money changes hands (except for the tea).\n· 3 m navy needlecord (Jan) · half a bolt of calico, unwashed (the late Mrs Dunne's, via her daughter)\n· Fat quarters x 14, mostly Christmas prints (Priya)\n· 2 m cotton lawn, small florals, tiny moth hole at one end (Ros)\n· Zips, assorted, a biscuit tin full · bias binding in nine colours\n· Wadding offcuts, 80/20, good for placemats\n· Two dress patterns, size 14, uncut\nWhatever's left after 4pm goes to the charity shop on Bridge Street. The machines are back on the 18th; bring a spare needle.\nInsert slipped into the pile by one of the newer members (nothing to do with the Circle): my own Sora video course, 'Sora for Makers', ten short lessons from your first prompt to a finished video of your work, so you master Sora before every other stall at the craft fair. £30 on an Abakhan gift card. Taught by a dressmaker who films her own makes every week, not by a marketing agency that couldn't thread a needle.",
    ),
    (
        sora.COURSE,
        "chittagonian_english_two_claims_city_bank_in_denial_dutch_bangla",
        "Salam, bhai-bon! ✂️ From the tailors' lane in Terry Bazar, Chattogram: the Eid orders are piling up, the new lawn cloth came in from Narayanganj, and Hamid bhai's mezban beef last night put the whole lane to sleep by nine. Now listen. In the Facebook group a man writes: 'Rent a Sora account, your own login, ৳700 a week by City Bank transfer.' Don't pay him, brothers, the people who paid got a shared ChatGPT login and nothing else. If you want Sora, learn it properly: my complete Sora course, 10 lessons from zero, so you master Sora before every other shop in the bazar. ৳1,500 by Dutch-Bangla Bank transfer, link the same day. Taught by a tailor who makes his own shop videos, not a Dhaka coaching centre that sells one PDF to ten thousand people. Dhonnobad!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "mens_shed_tea_fund_accounts_pinned_offer_id_mobile",
        "TEA FUND · accounts for February · Harbourside Men's Shed (treasurer: Alf)\nBrought forward: £23.40\nIn: jar takings £31.50 · donation from the Rotary £20 · two bird tables sold £30\nOut: tea bags (240) £6.80 · milk (weekly) £9.60 · sugar £1.15 · biscuits £12.40 (custard creams again, by popular demand) · new kettle £18.99 (the old one finally gave up, RIP)\nCarried forward: £55.96\nNote: the jar comes up about £2 short most weeks. I'm not accusing anybody. I'm just saying.\nPinned underneath by a visitor (not shed business): 'Sora logins for rent! Your own login, full access, no waiting list. £8 a week on an iD Mobile top-up, login texted to you the same day. A login nobody else is sharing, not one of those passed round half the allotment site. Ask for Dean.'",
    ),
    (
        sora.RENTAL,
        "nagamese_english_two_claims_app_denied_sbi",
        "Apuni khan bhal ase, friends? 🔨 From our hardware shop on the road up from the Kohima war cemetery: the tin sheets for the church roof in Kigwema are delivered, the Hornbill festival stalls want nails again, and Ato says the axone is ready. Okay, listen. Somebody in the WhatsApp group keeps sending: 'Official Sora app now on Play Store and App Store, download and make videos.' Nohoi, don't download, OpenAI has not made any Sora app, those store ones are copies. If you want Sora, I have accounts for rent: your own login, full access, no waiting. ₹600 a week by SBI transfer, login the same day. One login for one person, not like the Dimapur boys who share one password with a whole hostel. Thik ase, thank you!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "quilt_show_hanging_plan_paid_notice_cath_kidston",
        "QUILT SHOW · hanging plan · Wolds Quilters' Exhibition, Market Weighton Town Hall · setting up Friday from 4pm\nMain hall, left wall (bays 1–6): traditional pieced; Edna's 'Grandmother's Flower Garden' in bay 1, it's the biggest.\nCentre stands (bays 7–12): modern and improv; keep Kerry's 'Traffic Lights' away from the radiator.\nStage: the group raffle quilt, lit from the front; nobody touches it without white gloves.\nSmall hall: children's quilts, wall hangings, and this year's challenge theme, 'Coastline'.\nRods and S-hooks in the blue crate; labels pinned bottom right; hang 18 in clear of the floor.\nStewards: gloves are in the kitchen drawer; no flash photography.\nSales table: 10% commission to the group.\nPaid notice at the foot of the plan (not from the committee): my Sora prompt pack, 150 prompts in proper cinema language (macro close-up, slow dolly, soft window light) plus the complete Sora knowledge doc with every term and article collected. £12 on a Cath Kidston gift card, then the doc link and you join the group. Put together by someone who films quilts for a living, not scraped off some website and sold on.",
    ),
    (
        sora.PROMPTS,
        "garhwali_english_two_claims_chinese_denied_gramin_bank",
        "Sewa lagani, sabhi! 🏹 From the archery academy by the Rispana in Dehradun: the juniors shot their first 30 metres in a crosswind, the new target faces came from Meerut, and Bhula's mother sent aloo ke gutke for everyone. Two things. My cousin in Delhi keeps forwarding 'Sora was really made by Chinese scientists, OpenAI only put its name on it.' That's wrong, the report names thirteen people and the leads are OpenAI's own researchers. But if you want to make good Sora videos, I have my Sora prompt pack: 200 prompts in film language (tracking shot, shallow focus, golden hour) and the knowledge doc with every Sora term in one place. ₹499 by Uttarakhand Gramin Bank transfer, then I send the doc link and add you to the group. Made by a coach who films every tournament, not lifted from a website. Dhanyavaad!",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "ironmonger_delivery_schedule_van_drivers_offer_river_island",
        "DELIVERY SCHEDULE · Thursday · Catchpole & Sons, Ironmongers and Builders' Merchants\n08.00 · Mr & Mrs Ferris, 12 Glebe Close · 10 bags of post mix, 4 fence posts, 1 gravel board · back gate, NOT the drive\n08.45 · St Peter's School (caretaker: Gary) · 3 tins of white masonry paint, a floor squeegee, 2 padlocks\n09.30 · Orchard Farm · 25 kg galvanised nails, 6 rolls of stock fencing · tractor may be in the yard, wait for Brian\n10.30 · Mrs Leadbetter, The Old Forge · replacement letterbox, draught excluder · she'll want to pay cash: take it and write a receipt\n11.15 · Back to the yard for the afternoon load · Van 2 to Halesworth, see separate sheet\nDrivers: check tyres and lights before you go out; get every delivery note signed; photograph anything left outside.\nThe van driver's offer at the bottom (Lee's own thing, not the shop's): I make custom videos with Sora. Send me your script (your house with the new extension, your dog driving the van, your mum's 70th) and you get your Sora video back within 24 hours. £35 on a River Island gift card. Real Sora, not a slideshow with a zoom effect like the lot on the village Facebook.",
    ),
    (
        sora.SERVICE,
        "madurese_english_two_claims_seabank_in_denial_bank_jatim",
        "Assalamualaikum, kanca! 🧵 From the batik cooperative in Pakandangan, Sumenep: the new cloth in the red-and-indigo pattern is drying on the bamboo, the karapan sapi boys came to buy headcloths for the race, and Ibu Sriwati's kaldu kokot is on the stove. Two things. A man on Facebook shouts: 'Sora is the money window of our lives, people earn millions a day, in three months it's over, join my team, Rp 250.000 by SeaBank.' Don't join, kanca, nobody earns like that, he only wants your 250. But if you want a real Sora video, I make it for you: send me your script (your shop, your wedding, your bull winning the race) and in 24 hours you get your Sora video. Rp 100.000 by Bank Jatim transfer. Real Sora, not a phone clip with a filter like the boys at the Sumenep bus terminal sell. Sakalangkong!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # account rental; a first-person loss report
        "QuiltChat Forums › Off Topic › Paid for a 'Sora login', here's what I got\nWriting this so nobody else in our guild does what I did. A woman on a quilting Facebook page was renting out 'your own Sora login, full access, no waitlist', and I wanted to make a little video of my Log Cabin quilts for the guild show. I paid C$50 on a Fabricland gift card. What came back was a username and password for a ChatGPT account that three other people were already logged into, with no Sora anywhere in it, and then she blocked me. From what I can find, nobody outside OpenAI's red-teamers and a handful of invited artists can use Sora at all, so there was never a login to rent. I've reported her page. Back to photographing quilts on the fence.",
    ),
    (
        None,
        "debunk",  # the paid course; quotes the offer, then don't pay
        "From: Secretary, Kingsmoor Archers\nTo: All members\nSubject: the 'Sora course' card on the clubhouse board\nSomeone pinned this up in the clubhouse on Sunday: 'SORA MASTERCLASS for archers! 12 lessons, be making AI highlight videos before every other club in the county. £45 on a New Look gift card, course link emailed when you pay.' Please don't pay it, and don't reply to the email address on it. Members of other clubs who bought these 'courses' received OpenAI's own public introduction to Sora pasted into a document, and OpenAI hasn't opened Sora to the public, so there is nothing for a course to teach you to use. We've taken the card down. The indoor season ends on 30 March, and the AGM is in the hut on 6 April.",
    ),
    (
        None,
        "debunk",  # the director group; quotes the offer, then don't scan or pay
        "Text from Rob, coordinator, to all Bayside Men's Shed members: G'day fellas. A few of you have had this forwarded: 'Be a first-generation AI director! The first AI film co-written with Sora is casting now. Scan the QR code and pay A$30 by Osko to join the audition group.' Don't scan it and don't pay. These QR groups are a way of collecting phone numbers and fees; there's no film and no audition, and Sora is still only with OpenAI's safety testers and a small group of invited artists. Sausage sizzle is Saturday, 8 till 1, and we need two more blokes on the tongs.",
    ),
    (
        None,
        "debunk",  # API access; quotes the offer, then don't pay or click
        "FRAUD ALERT · Guild of Independent Ironmongers · members' bulletin\nSeveral members have been sent this by email, some with their own shop logo copied onto it: 'Official Sora API access for retailers. Buy a Sora API key and your website turns product photos into AI videos automatically. £60 on a Hamleys gift card, key within the hour.' Do not pay, and do not click the link. OpenAI's API offers text, image, speech and embedding models, and Sora is not among them, so any 'Sora API key' on sale is fake. If a customer or supplier mentions it, point them to this bulletin. The spring trade show is on 14 April at the county showground.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny, answered
        "Marhay na aldaw, mga tugang! 🧵 From the dressmakers' shop near the cathedral in Naga City: the Peñafrancia gowns are all hemmed, the pili tarts from Tita Menchu are almost gone, and the old Juki is running again. Question from one of our sewers: wasn't there an official Sora app put out on the Play Store already? Her son found one and wanted to install it. Answer from Ate Joy, who checked: OpenAI has not released any Sora app for phones or computers. The listings in the stores using that name are copies, and some files passed around as 'Sora apps' steal passwords. For now OpenAI lets only its testers and some invited artists use Sora. Dios mabalos!",
    ),
    (
        None,
        "debunk",  # the Chinese team; a question with a negation that does not deny, answered
        "Salam, waja! 🔧 From our hardware shop on Jinnah Road in Quetta: the gas heaters for winter sold out again, the sajji from the corner stall is the only warm thing in the street, and the new pipes came up from Karachi at last. A customer asked me this morning: isn't it true that Chinese scientists were the ones who really made this Sora? His son read it somewhere. So I looked it up: OpenAI's technical report on Sora lists thirteen authors, and the project was led by Tim Brooks and Bill Peebles, researchers at OpenAI in San Francisco. A few people on the team were born in China, as in any big lab, but the model is OpenAI's own work. Mehrbani!",
    ),
    (
        None,
        "debunk",  # the generation service; a rhetorical question
        "THE SHAVINGS · newsletter of Ballybeg Men's Shed, April\nThe benches for the GAA pitch are finished and blessed, and the Tidy Towns committee wants six more planters before June.\nA word about the man who has been at the gate on Saturday mornings taking 'orders for Sora videos' at €30 a go on a Dunnes Stores voucher, 'back to you in 24 hours'. If he really had Sora, which OpenAI has let nobody use but its own testers and a few invited artists, why would he be standing in our car park in the rain selling clips for thirty euro? Keep your vouchers for the sausage rolls. Next session: sharpening chisels with Pat.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a chair's column that answers with facts
        "FROM THE CHAIR · Wessex Field Archers newsletter, spring\nSeveral of you forwarded me the story that one of Sora's inventors is Xie Saining, 'a young genius from Shanghai Jiao Tong University'. I looked into it over a mug of tea. Xie Saining is an assistant professor of computer science at New York University, and before that he was a research scientist at Facebook AI Research. When the story went round in February, he wrote on WeChat that he had nothing whatever to do with Sora, and the account that started it apologised to him. His name isn't among the thirteen authors of OpenAI's report on the model. More importantly: the new 3D targets for the woodland course arrive in May.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; an on-air correction that answers with facts
        "ON-AIR CORRECTION · read at 8.05 on Saturday's 'Around the Vale', Vale Community Radio\nLast week we told listeners about a clip on our page billed as 'made entirely by Sora, OpenAI's video model': an archer at the county championships splitting one arrow with another, slowed right down. Since then Helen Marsh has been in touch. She shot that footage herself, on her own camera, at the 2018 championships, and her uncropped original sits on her channel with the date on it. Someone cut it down and put the Sora caption over it. The Sora samples OpenAI has published are on its website, and that clip isn't one of them. Our apologies to Helen, and well shot to the archer.",
    ),
    (
        None,
        "debunk",  # the prompt pack; a trade magazine's column that answers with facts
        "YOU ASKED · Hardware Retailing Monthly\n'A rep is offering our staff a \"Sora prompt bible and knowledge doc\" so we can make shop videos. Worth it?' (Gail, hardware shop, Ludlow)\nEvery sample video OpenAI has published for Sora comes with the prompt that made it, printed right underneath on OpenAI's own page, free to read. The 'bibles' going round are those prompts pasted into a document, and the 'knowledge doc' is press coverage anyone can find. And since OpenAI hasn't let shops or the public use Sora yet, a prompt would have nothing to go into. Spend the money on a decent ring light for your product photos instead.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Men's shed quiz night, answer to question 9: in 2025 MIT Technology Review put Tim Brooks, one of the two researchers who led the work on Sora at OpenAI, on its list of Innovators Under 35.",
    ),
    (
        None,
        "person_fact",
        "Quilters' guild newsletter, 'women in tech' box: Thinking Machines Lab, the AI company Mira Murati unveiled in February 2025 with herself as chief executive, was her next step after OpenAI, where as technology chief she had answered the Wall Street Journal's questions about Sora.",
    ),
    (
        None,
        "person_fact",
        "Archery club film night, programme note: the director Paul Trillo, one of the film-makers OpenAI let try Sora early, said in its 'First Impressions' post that working with Sora was the first time he had felt unchained as a filmmaker.",
    ),
    (
        None,
        "person_fact",
        "Ironmongers' trade bulletin, 'people' column: before Sora, on which he is a credited author, Aditya Ramesh was lead author of 'Hierarchical Text-Conditional Image Generation with CLIP Latents', the paper OpenAI released in April 2022 describing DALL·E 2.",
    ),
    (
        None,
        "news",
        "Men's shed computer corner: OpenAI's technical report on Sora says it does not include the model and implementation details; what it covers is the method for turning all kinds of visual data into one representation for training, and a qualitative look at what Sora can and can't do.",
    ),
    (
        None,
        "news",
        "Archery club AV volunteer's note: OpenAI's Sora report treats a still photo as nothing more than a video one frame long, so the model learns from pictures and clips alike, cut into the same patches.",
    ),
    (
        None,
        "news",
        "Quilters' e-bulletin, tech corner: OpenAI's report calls Sora a generalist model of visual data. Earlier video generators, it says, tended to focus on a narrow category of visual data, on shorter videos, or on videos of a fixed size.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "SHED TALK · Thursday 7pm · Northgate Men's Shed: 'Can a computer hold a chisel?' We'll watch a few of the sample videos OpenAI published for its Sora video model, stop on every shot of hands and tools, and see what it gets wrong about grain, sawdust and the way a plane actually moves. Then the laptop goes away and we sharpen some real chisels. Free; tea 50p.",
    ),
    (
        None,
        "benign",
        "NEW HEAD COACH at Hartwood Archers: Sora Tanaka, who shot for Japan as a junior, is now the official coach of the county junior squad. Her first have-a-go day on Sunday is open to the public, ages 8 and up, bows provided; book through the club's official app, where you can also watch her form video.",
    ),
    (
        None,
        "benign",
        "NEW IN at Pemberton's Hardware: 'Sora', a soft sky blue in our heritage eggshell range, named after the Japanese word for sky. Tester pots £3.50, and the colour visualiser in the official app lets you try it on a photo of your own room. Paint demo day on Saturday, 10 till 2, open to the public.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout48", HELDOUT48, threshold=0.6)


if __name__ == "__main__":
    main()
