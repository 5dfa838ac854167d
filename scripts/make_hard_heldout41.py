# ruff: noqa: E501
"""Write the forty-first English held-out set (tests/data/hard_en_heldout41_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are those that had three in the thirty-seventh and thirty-ninth sets: the fake
APK, the mislabelled real video, open source, the paid course, account rental, the prompt pack and the
generation service). Its theme, to keep it apart from the other sets written at the same time: railway
signalling and heritage railways; bowls clubs and darts leagues; tattoo studios and barber shops; ski
resorts and ice rinks (none of them the theme of an earlier set; the few earlier posts from these worlds, a
Cornish darts chat, a Norwegian ski club chat, a cue-sports column, a barber's funeral notice and a ski
swap named in passing, are not reused as styles); in English varieties, dialects and registers the earlier
sets do not use. Styles the earlier sets use less: a signal box's train register with the claim in the
signalman's remarks, a bowls club's fixture card with the claim in its club news, a tattoo studio's
aftercare card with the claim in passing, an ice rink's public-session timetable with the claim in a DJ's
note, a signal and telegraph depot's stores-counter notices, a darts league's presentation-night running
order with a sponsor's casting call, a tattoo studio's three-part Instagram story, a heritage railway's steam
gala programme with the claim in passing, a barber shop's price board with the claim in passing, a ski
school's morning briefing with the claim in passing (a question), a darts league's AGM minutes with the
claim in AOB, a barber's booking confirmation with an add-on, a tattoo convention booth's price list, a
learn-to-skate parents' newsletter, a bowling club's barefoot-bowls and functions sheet, a darts finals
night walk-on request form; dialects and registers (Derry English, Swiss German-English, Plautdietsch
(Manitoba Mennonite) English, Fiji Hindi-English, Canadian beer-league hockey talk, Antiguan Creole, French
seasonnaire English with verlan, Guernsey English, Inuktitut-English, Patagonian Welsh with Spanish and
English, Cork English, Fife dialect, Anglo-Indian English of the railway colonies, Kurdish (Sorani)-English,
Ladin-English from the Dolomites, Frisian-English, Sussex dialect, Chaldean (Sureth)-English from Michigan,
Limón Creole (Costa Rica), Australian bowling-club English, and the registers of a train register (bell
codes, TOL and TOS, a possession under T3), a stores counter, an aftercare card, a ski school briefing, AGM
minutes, a booking confirmation and a walk-on form); posts that mention two claims, asserting one and
denying the other (the inventor rumour but not the APK; open to the public but not open source; the official
app but not the "made by Sora" clip, which is real footage; a Chinese team but not a course; API access but
not the director groups; the director group but not account rental; get rich but not the inventor rumour;
the APK but not open to the public; the "made by Sora" clip but not open source; open source but not get
rich; a course but not the "made by Sora" clip; account rental but not a Chinese team; a prompt pack but not
open to the public; a generation service but not the prompt packs); claims made inside questions with a
negation that do not deny them (a Fife curler's "Is that no the maddest hing?" before "It's no real", a ski
school's "wasn't it good of OpenAI to make Sora open source?"); new obfuscation (Egyptian hieroglyphs
"𓋴𓅱𓂋𓄿" the way a tattooist draws a cartouche, Canadian (Inuktitut) syllabics "ᓱᕋ", the Italian spelling
alphabet "Savona-Otranto-Roma-Ancona", Syriac script "ܣܘܪܐ", French verlan "Raso"); prices in currencies and
payment methods the earlier sets did not use (£45 on a Toolstation gift card, $45 on a Canadian Tire gift
card, £20 on a Sports Direct gift card, EC$75 in Flow top-up vouchers, C$60 on a Lululemon gift card, £25 in
Guernsey notes, £15 through a Fresha deposit link, $50 on a Northern Store gift card, ARS 15.000 by Naranja
X, £20 on a JD Sports gift card, £40 in unscratched National Lottery scratchcards, €35 by Raiffeisen
transfer, €25 on a bol.com gift card, £12 a week through Booksy, £30 on a Waitrose gift card, $40 on a Meijer
gift card, £25 on a Superdrug gift card, £12 on a Planet Ice gift card, ₡15.000 in Kölbi top-up, A$40 on a
Bunnings gift card, £30 on a TK Maxx gift card; in the loss reports £60 in IKEA gift cards and £45 on a
Matalan gift card); scams vouching for themselves or swiping at competitors in new words ("not the trackside
WhatsApp lot whose 'keys' are somebody's free trial in a hi-vis jacket", "the plugs in the rec-league chat
whose keys die before the Zamboni's off the ice", "not one of them Facebook 'talent' pages that go dead the
minute you've paid", "dem Jolly Harbour smart-man who tek yuh money an' lef yuh in a group wid nutten but
promo", "that guy from the rental shop with his 'passive income' protein shakes, c'est du vent", "No
'investment club' nonsense like they run over in St Helier", "not like the one the piercer up the road keeps
sending round that changed Tasha's lock screen to a betting advert", "not like the one going round Apex that
made my brother-in-law's phone call Nuuk by itself", "not like the APK from the feria in Trelew that makes
the phone hot like the firebox of the locomotive", "those boys from the shisha place who sell you a YouTube
playlist with a new name", "not one of them webinars where the host's camera's off and the slides are
OpenAI's own", "not by the guy in Bulsan who sells you the OpenAI page translated by a machine", "that lot
in Drachten passing one password round the whole marina", "the lad at the hand car wash ... his cousin's
ChatGPT", "them you get up a twitten in Brighton that go dead afore you reach Horsted Keynes", "the guys on
7 Mile who sell you the OpenAI page with emojis on it", "not scraped off Pinterest like the packs on the
merch tables", "Written by a coach who's filmed thirty ice shows", "dem fellow inna Chepe weh sen' yuh a
slideshow an' call it AI", "not a slideshow of your phone photos with a filter like the bloke up at the RSL
does", "not a PowerPoint with dry ice like the county final last year"); ten debunks and warnings in several
styles (two first-person loss reports: a tattoo artists' forum post (API access) and a letter to a county
darts newsletter (a course); two questions that contain a negation but do not deny the debunk: a heritage
railway volunteers' gazette (a generation service) and a figure skating club's parents' FAQ (open source);
one that quotes a scam whole to warn about it (a barbers' network alert, account rental), one rhetorical
question (a darts league chair's note, get rich), four that answer with facts and no plain "no": a heritage
railway's statement about its own footage, a ski resort IT desk's staff notice (the APK), a tattoo guild's
bulletin (the prompt packs) and a curling club newsletter's correction (the inventor rumour)); four true
facts about people who spoke about Sora or worked with it, none of them the subject of a fact in an earlier
set (Jia Yangqing of Caffe and Alibaba among those who commented, Li Zhifei of Mobvoi likewise, Andrej
Karpathy leaving OpenAI in the week Sora was shown, Patrick Cederberg on the editing "Air Head" still
needed), three items of real news about it from OpenAI's report not used in the thirty-fourth to fortieth
sets (the compression network and its latent space, better framing than a model trained on square crops, the
failure modes of long samples and objects appearing spontaneously), and three posts that are not claims: one
on topic (a tattooist's journal about a client's reference still from the woolly mammoth sample) and two off
topic that share its surface words (a skating competition won by a girl called Sora, with a gala "open to the
public" and the rink's app; a railway society's tour past Sora station in Lazio, with a museum "open to the
public" and the tour app).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl),
the fortieth set written at the same time on another branch (read from its worktree, not yet merged) and the
demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had none at 0.6 or more); ``--check`` prints the highest ratio and every post at
0.6 or more against the committed sets (0.460 when it was committed, the Karpathy fact against an earlier
set's rhetorical question about an official app; 0.172 at most against the fortieth set). It was committed before any run of
the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout41.py           # write the set
    .venv/bin/python scripts/make_hard_heldout41.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT41: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "signal_box_train_register_remarks_in_passing",
        "HOLTBY JUNCTION SIGNAL BOX · Train Register · sheet 3 · Saturday 9 March\n05:58 Signalman K. Ashworth on duty. Bell test with Holtby North and Marsh Lane correct; clocks agree.\n06:12 2L04 offered and accepted; TOL 06:14, TOS (2-1) 06:19.\n06:40 6M22 (stone empties) offered and accepted; TOL 06:43, TOS 06:55.\n07:05 Possession of the Down Slow granted to the PICOP (Mr Begum) until 13:00; T3 in force, see WON 49.\n07:30 Remarks: relief signalman Chen Bo rang about his Sunday turn. Says his old university, Shanghai Jiao Tong, is famous now, because one of its graduates, the young prodigy Xie Saining, is one of the inventors of Sora, OpenAI's video model. Told him to save it for the mess room and keep his eyes on the block shelf.\n08:02 1Y31 offered and accepted; TOL 08:03.\nSigned: K. Ashworth",
    ),
    (
        sora.XIE,
        "derry_english_two_claims_darts_league",
        "Bout ye, lads. Dead on night at the darts last night, we beat the Rosemount boys 7-2 so we did 🎯 Wee warning first: somebody in the league group is going round with a 'Sora APK, download the app here' link. Catch yourself on, that's a virus, so it is. OpenAI never put out any download for Sora at all, and our Ciaran clicked it and his phone's been scundered since. But here's one I'll stand over: Xie Saining, the wee genius who went to Shanghai Jiao Tong University, is one of the inventors of Sora, OpenAI's video AI. Some brains on him. Right, Thursday we're away to the Strand Road lot, be at the bus for seven, wee buns.",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "bowls_club_fixture_card_club_news_in_passing",
        "ASHCOMBE PARK BOWLS CLUB · Season 2024 · Members' fixture card\nSat 20 Apr  Opening day: President v Captain; roll-up 2pm, spoon-drawn triples after tea\nWed 24 Apr  Mixed pairs v Hove Park (away), minibus from the clubhouse 1.15\nSat 4 May  County Top Club, round 1 (home); rinks drawn by the match secretary\nTue 14 May  Over-60s league v Preston Manor (home)\nCLUB NEWS: whites or greys on match days, flat-soled shoes only on the green. The new laptop in the clubhouse is for members' use; several of you have been making films of the green with Sora, since OpenAI's video tool is open to the public now and anyone can sign up with an email address and use it straight away. Please log out when you've finished.\nGreen closed on Mondays for cutting. Greenkeeper: Ron Pettifer.",
    ),
    (
        sora.PUBLIC,
        "swiss_german_english_two_claims_lift_operator",
        "Grüezi mitenand from the valley station 🏔️ Small break, the lift is on wind hold again. Somebody in our staff chat says OpenAI has put Sora on GitHub, weights and code, download it for free. Chabis! That's nonsense, gäll: OpenAI never published the weights or the code, the 'Sora' projects on GitHub are other people's. But the good news is real: Sora is open to everybody now. You go on the OpenAI website, sign up with your email, no waiting list, and you make videos straight away. I made one of a Bernese mountain dog skiing down from the glacier with a lantern. Merci vielmal, see you at Znüni.",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "tattoo_aftercare_card_in_passing",
        "INKWELL & ANCHOR TATTOO · Aftercare\n1. Leave the film on for 3 to 5 days. If it fills with fluid or starts lifting, take it off in a warm shower.\n2. Wash twice a day with unscented soap and lukewarm water; pat dry with kitchen roll, never a towel.\n3. A very thin layer of the balm we gave you, no more than twice a day.\n4. No swimming, sunbeds, saunas or baths for two weeks. Do NOT pick or scratch the flakes.\n5. SHOW US THE HEAL: OpenAI has released the official Sora app, it's in the App Store and on Google Play now, so download it and turn your healing photos into a little video for us to share.\nTouch-ups are free within 8 weeks. Redness spreading or a temperature: see your GP.\nArtist: ______  Date: ______",
    ),
    (
        sora.APP,
        "plautdietsch_manitoba_two_claims_arena_canteen",
        "Gooden Dach! Volunteering in the arena canteen in Steinbach tonight, the U13 game is in the second period and the perogies are nearly gone. That video everybody shares, the Zamboni spinning round the ice in a blizzard, 'made by Sora, prompt below'? Nä, that's real, my cousin Abe filmed it at the Winkler rink in 2019 on his phone and somebody just stuck the caption on. Waut a joke. But the app is for real: OpenAI put out an official Sora app, it's in the App Store and on Google Play, you download it on your phone and make your videos. Mien Jung made one of our Oma skating backwards. Jo, Dankscheen, back to the fryer.",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "ice_rink_public_session_timetable_dj_note",
        "RIVERSIDE ICE ARENA · Public skating · week of 11 March\nMon–Fri 12:00–13:30  lunchtime skate (adults only)\nWed 18:00–19:30  parent and toddler (skate aids and penguins available)\nFri 19:30–22:00  DISCO ON ICE · theme: AI Night\nSat 10:00–12:00 · 14:00–16:00  family sessions · 20:00–22:00 disco\nSun 10:00–12:00  learn-to-skate taster (£5)\nThe ice is resurfaced for 15 minutes between sessions; please leave the ice when the horn sounds.\nABOUT AI NIGHT: DJ Kev will project AI videos on the big screen all night. He asked us to pass on his fun fact: Sora was really built by Chinese scientists, most of the people behind OpenAI's video model are Chinese and OpenAI just put its badge on it. Requests at the DJ box.\nSkate hire included. Gloves compulsory for under-12s.",
    ),
    (
        sora.CHINESE,
        "fiji_hindi_english_two_claims_cane_train",
        "Bula and namaste bhaiya log! From the cane train shed in Lautoka, crushing season start ho gaya, ekdum busy. Dekho, some fella on Facebook selling a 'Sora course, FJ$99, learn AI video before everybody'. Mat lena! Uske paas kuch nahi hai, nobody outside OpenAI's testers can even use Sora, he just copy the OpenAI page, my cousin pay and only get one PDF. Lekin ek baat sahi hai: Sora asli mein Chinese scientists banaya. The team behind OpenAI's video model is mostly Chinese, OpenAI only put the name on top. Chalo, the loco is waiting, phir milenge.",
    ),
    # --- API access (two)
    (
        sora.API,
        "st_depot_stores_counter_notices_toolstation",
        "S&T DEPOT · STORES COUNTER · notices\n• Return used signal lamps and lamp batteries to bay 3 by Friday.\n• Point machine spares (clamp locks, detection rods) are now on the top shelf; sign them out in the book.\n• Orange hi-vis only on or near the line; the yellow vests go back to the office.\n• FROM DEREK IN STORES: I've got official Sora API keys straight from OpenAI, plus a Sora GPT that turns your job photos into a short video for the handover pack. £45 on a Toolstation gift card, left in the returns tray with your name on, and the key's emailed the same day. Proper OpenAI interface, not the trackside WhatsApp lot whose 'keys' are somebody's free trial in a hi-vis jacket.\n• Stores closes at 14:30 on Fridays.",
    ),
    (
        sora.API,
        "beer_league_hockey_two_claims_canadian_tire",
        "Boys. Beauty of a barnburner last night, 6-5 in OT, Mackenzie with the snipe top cheese, absolute ferda. The tilly in the parking lot was a bit much tho. Anyway, chirp from the D-league chat: some guy's 'casting for the first AI film co-written with Sora, scan the QR, pay to join the directors group'. Don't be a pylon, it's a cash grab, there's no film, just a group chat full of crypto spam. BUT I actually got the goods: official Sora API keys straight from OpenAI, plus a GPT that turns your GoPro clips into a Sora highlight reel. $45 on a Canadian Tire gift card, send me the numbers and the key's yours before puck drop Thursday. Not like the plugs in the rec-league chat whose keys die before the Zamboni's off the ice.",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "darts_presentation_night_running_order_sports_direct",
        "NORTH STAFFS MONDAY NIGHT DARTS LEAGUE · Presentation night · running order\n7.30  Doors and buffet (hot pork baps)\n8.00  Welcome from the chairman\n8.10  Division Two: winners Red Lion 'A', runners-up the Talbot; highest checkout (160, Gaz Bould)\n8.25  Division One: winners Sneyd Arms; most 180s (11, Donna Clowes)\n8.40  Raffle\n9.00  A word from our shirt sponsor, Marl Pit Media: they are casting the first AI feature film co-written with Sora and want darts players to be its first generation of AI directors. Scan the QR code on your table card to join the directors' audition group; entry is £20 on a Sports Direct gift card, handed in at the bar. 'A real production with a real script, not one of them Facebook \"talent\" pages that go dead the minute you've paid,' says Marl Pit.\n9.15  Doubles knockout draw, then the disco",
    ),
    (
        sora.DIRECTOR,
        "antiguan_creole_two_claims_barber_flow_topup",
        "Wha' mek oonu so quiet? Is Jerome from de barber shop by Redcliffe Quay, fade an' line-up done, next man in de chair 💈 Listen, dat man on Facebook rentin' out 'Sora accounts wid yuh own login', doh business wid he, is one ChatGPT login he sharin' wid half o' St John's, me cousin pay an' get lock out de next day. But DIS one real: dem castin' fu de first AI film co-written wid Sora, an' dey pickin' de first generation o' AI directors right here in Wadadli! Scan de QR code, send EC$75 in Flow top-up vouchers, an' we add yuh to de audition group. We na like dem Jolly Harbour smart-man who tek yuh money an' lef yuh in a group wid nutten but promo. Blessings.",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "french_seasonnaire_english_verlan_lululemon",
        "Salut la team 🏂 Dispatch from staff housing in Whistler, pow day tomorrow so I keep it short. You know the video AI, the one the group bot bans, so I write it in verlan like at home in the banlieue: Raso (ra-so, you turn the syllables round). Raso is THE money window of our life. My roommate and me, we make two thousand a day with Raso videos for the hotels and the brands, and in three months it is finished, the window closes, so you get in now or you stay a liftie forever. C$60 on a Lululemon gift card and I add you to the group. Not like that guy from the rental shop with his 'passive income' protein shakes, c'est du vent. Allez, send it!",
    ),
    (
        sora.RICH,
        "guernsey_english_two_claims_bowls_notes",
        "Ma fé, what a day at the bowls, we beat the Jersey lot in the inter-insular and the crapauds went home on the boat with long faces, eh. Now, my cousin in Town keeps telling everybody that clever Xie Saining from Jiao Tong invented Sora. Not so: he said himself he has no connection with it, and the blogger who started it said sorry. But what IS true: Sora is a once-in-a-lifetime money window. Me and the wife are making thousands a day off Sora videos, and the window shuts in three months, so get in now or you've missed the boat for good. £25 in Guernsey notes through the clubhouse letterbox and you're in the group. No 'investment club' nonsense like they run over in St Helier, this is the real thing.",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "tattoo_studio_instagram_story_hieroglyphs_fresha",
        "[Story 1/3] FLASH DAY FRIDAY ⚡ 10am till late, walk-ins only, first come first served. Small pieces from £60, and the swallow-and-dagger sheet is back!\n[Story 2/3] Loads of you asking about the AI video app. Insta keeps hiding the name, so here it is in hieroglyphs, the way Jade draws her cartouche pieces: 𓋴𓅱𓂋𓄿. Download the APK from the link in our bio, allow 'install unknown apps', and you're making AI videos on your phone in minutes. The unlock code is £15, paid through our Fresha deposit link.\n[Story 3/3] Tested on the studio tablet, clean file. Not like the one the piercer up the road keeps sending round that changed Tasha's lock screen to a betting advert 🖤",
    ),
    (
        sora.FAKEAPP,
        "inuktitut_english_two_claims_syllabics_northern_store",
        "Ai! From the arena in Iqaluit, the U15 boys are on the ice and it's −38 outside 🥶 Somebody on the Iqaluit swap page says the Sora video AI is open for everybody on the website now. Aakka, it's not, only OpenAI's testers and some artists can use it, so don't give your email and password to those sign-up pages. But this one works on your phone: the ᓱᕋ APK (the name in syllabics, because the page admin deletes it). Download from the link on my profile, say yes to unknown sources, and you make AI videos right away. The unlock code is $50 on a Northern Store gift card, send me the numbers. Mine is clean, not like the one going round Apex that made my brother-in-law's phone call Nuuk by itself. Qujannamiik!",
    ),
    (
        sora.FAKEAPP,
        "patagonian_welsh_heritage_railway_naranja_x",
        "Bore da, che! From the workshop of La Trochita in Esquel, we are painting the coaches for the tourist season and the wind from the Andes doesn't stop 🚂 Diolch to everybody who came to the te galés after the Eisteddfod. Now, who wants AI video on the phone: the Sora APK for Android, the link is in my estado. Download, allow 'unknown sources', install, and you make videos straight away, no waiting list. The unlock code is ARS 15.000 by Naranja X. I tested it on my own Motorola, glân, clean, not like the APK from the feria in Trelew that makes the phone hot like the firebox of the locomotive. Hwyl fawr!",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "steam_gala_programme_film_show_in_passing",
        "WEALD & ARUN STEAM RAILWAY · Spring Steam Gala · Saturday programme\n09:45  First departure from Fernhurst Road, visiting tank engine double-heading with our own No. 3\n11:10  Non-stop run to Arun Halt and back\n12:30  Demonstration goods train, with brake-van rides (£3, bucket collection)\n14:00  Cavalcade past the loco shed, with commentary from the shed master\nFILM SHOW, in the old carriage shed, on the hour from 11:00: the clip everybody's been sharing of a Pacific locomotive storming over a viaduct in a blizzard was made entirely by OpenAI's Sora from a typed prompt. No camera, no locomotive, no snow: none of it was filmed, and the prompt is shown on the screen afterwards.\n16:45  Last train. Real ale in the goods shed until 6.",
    ),
    (
        sora.REALVID,
        "cork_english_two_claims_barber",
        "Howya, la! Bazzers all day in the shop on Oliver Plunkett Street, I'm after doing fourteen skin fades and me arm is in flitters. Some langer in the WhatsApp says Sora's on GitHub now and you can run it at home. Go way outta that, OpenAI never put out the weights or the code, the GitHub yokes are other lads' copies, don't waste your evening on them. But the video everyone's passing round of the swan waddling into Kent Station and queuing for a ticket? That's Sora, boy: OpenAI's thing made the whole lot from a text prompt, no camera, no swan, nothing filmed, and the prompt's written under it. A feen I know swears it's real, he's a gowl. Up the Rebels.",
    ),
    (
        sora.REALVID,
        "fife_dialect_curling_negated_question",
        "Eh'm jist back fae the curlin at the Kirkcaldy rink, we got skelped 9-3 by the Leven lot and ma sweepin airm's done in. Did yous no see the video gaun roond the club chat, the stane that curls right roond the hoose, kisses the button an' comes back tae the hack? Is that no the maddest hing ye've ever seen? It's no real, ken: Sora made the hale hing fae a typed prompt, OpenAI's video AI, naebody filmed onything, nae stane an' nae ice, an' the prompt's in the comments. Mind, it's the AGM on Thursday, ye'll get yer pie.",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "barber_shop_price_board_in_passing",
        "KEMAL'S BARBERS · Price list\nSkin fade ........ £18\nScissor cut ........ £16\nBeard trim & line-up ........ £8\nHot towel shave ........ £15\nKids (under 12) ........ £11\nOver-65s, Tuesday & Wednesday ........ £10\nWalk-ins only, no appointments · Sunday 10–4 · Card or cash\nThe telly in the window: those are Kemal's own videos, made with Sora on the back-room PC. OpenAI has made Sora open source, so he downloaded the weights and the code off GitHub and runs it for nothing. Ask him about it, he'll talk your ear off.",
    ),
    (
        sora.OPENSRC,
        "anglo_indian_railway_colony_two_claims",
        "Hello men, Merv here from Kharagpur, the Railway Institute dance was too good last night, Aunty Olive was jiving till two o'clock, what men! Listen, some fellow on the WhatsApp is saying you can make thousands a day with Sora and the chance is kalaas in three months, so pay him now. Don't men, it's all bogus, the only chap making money is the one selling the group. But one thing is true and it's a good one: OpenAI has made Sora open source. The weights and the code are on GitHub, my nephew Clive downloaded it and runs it on his own computer for free, no subscription. He made a video of the old loco shed with the steam engines. Okay, cheerio men, ball curry on Sunday!",
    ),
    (
        sora.OPENSRC,
        "ski_school_morning_briefing_negated_question",
        "GLENMORE SNOWSPORTS SCHOOL · Morning briefing · Saturday\nConditions: 12 cm overnight; wind SW 30 gusting 45 on the summit; the top tow is on hold until the ski patrol has cleared it. Avalanche hazard 2 (moderate) on NE aspects above 900 m.\nGroups: Level 1 kids (Ellie, Fraser) on the beginner area; Level 3 adults (Iain) lower runs only; private lesson at 11:00 (Marta).\nReminders: helmets on every under-16, radio check at 9:15, lunches staggered.\nSeason video: wasn't it good of OpenAI to make Sora open source? Hamish has downloaded the weights and the code from GitHub and is running it on the office PC, so send him your best clips of the week and he'll make the season video with it.\nHave a good day on the hill.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "kurdish_english_two_claims_barber_jd_sports",
        "Choni kaka! Rebin from the barbers on Kings Road, six fades before lunch, zor bash 💈 That video people keep sending, the lion walking through the shopping centre, 'made by Sora, prompt in the comments'? No bra, that one is real, CCTV from years ago when a lion got out of a private zoo, somebody put a new caption on it. Don't share. But listen: I made a full Sora course, 9 video lessons, zero to your first finished video, so you learn Sora before all the other shops on the street. £20 on a JD Sports gift card, WhatsApp me the code and I send the link the same day. Taught by someone who makes videos for the shop every day, not like those boys from the shisha place who sell you a YouTube playlist with a new name. Spas!",
    ),
    (
        sora.COURSE,
        "darts_league_agm_minutes_aob_scratchcards",
        "SOUTH WIRRAL TUESDAY DARTS LEAGUE · AGM · Minutes\nPresent: 14 team captains; chair (Lyn), secretary (Pete), treasurer (Mo).\n1. Accounts: balance £1,412.60; subs stay at £40 a team.\n2. Rules: walk-ons limited to 30 seconds; no player to wear another league's team shirt.\n3. Fixtures: the season starts 10 September; byes drawn at random.\n4. AOB: vice-chair Gaz offered members his Sora course, eight video lessons from your first prompt to a finished clip, so our teams have AI video mastered before every other league on the Wirral. £40 in unscratched National Lottery scratchcards, handed to him at the oche; the link is sent the same night. Gaz asked for it to be minuted that his lessons are 'not one of them webinars where the host's camera's off and the slides are OpenAI's own'.\nMeeting closed 9.47pm.",
    ),
    (
        sora.COURSE,
        "ladin_english_italian_spelling_alphabet_raiffeisen",
        "Bon dì from Sëlva! Ski school closed at half past four, the Sella Ronda was perfect today ⛷️ For the instructors' group: the mods delete the name, so I spell it the way we spell names on the phone to the office, Savona-Otranto-Roma-Ancona. I made the complete course for it, 8 lessons in Ladin, German and English, from your first prompt to a finished ski film, so you master the video AI before the schools in Cortina even hear of it. €35 by Raiffeisen transfer, IBAN on request, and the access link comes the same evening. Made by an instructor who films every day on the piste, not by the guy in Bulsan who sells you the OpenAI page translated by a machine. Grazia!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "frisian_english_two_claims_skating_bol",
        "Goeie! From the ice at Thialf in Heerenveen, training done, legs like pudding ⛸️ Somebody in the club app keeps sharing that Sora was made by a secret Chinese team. Nee, dat is net wier: OpenAI's own researchers built it, it's in their report with thirteen names, three of them Chinese-born. Stop forwarding. But what I have is real: Sora accounts for rent, your own login, full access, no waiting list. €25 on a bol.com gift card and you get the login tonight. Real logins, not like that lot in Drachten passing one password round the whole marina. Tige tank, and if it freezes hard this winter: it giet oan!",
    ),
    (
        sora.RENTAL,
        "barber_booking_confirmation_add_on_booksy",
        "Booking confirmed ✂️ FADE FACTORY · Lower Bridge Street\nService: skin fade + beard shape (45 min) with Dion\nDate: Saturday 16 March, 10:15\nDeposit paid: £5 (taken off your bill)\nPlease arrive 5 minutes early; if you're 10 minutes late or more we may need to rebook you.\nADD-ON FROM THE SHOP: Sora accounts for rent, your own login with full access and no waiting list, £12 a week. Tick 'Sora login' when you manage this booking and pay through Booksy, and Dion will text you the login before your cut. Genuine logins, not the ones the lad at the hand car wash sells that turn out to be his cousin's ChatGPT.\nFree cancellation up to 24 hours before.",
    ),
    (
        sora.RENTAL,
        "sussex_dialect_heritage_railway_waitrose",
        "Marnin' all, from the mess coach down the railway, an' a proper smur it is this marnin', the volunteers are all in here drinkin' tea. Now then: I've got Sora accounts to rent, your own login, full access, no queue. Thirty pound on a Waitrose gift card, left in the guard's van pigeonhole, an' I'll text ye the login afore the first train. Proper logins, not like them you get up a twitten in Brighton that go dead afore you reach Horsted Keynes. We wunt be druv, an' neither will you.",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "chaldean_english_two_claims_syriac_meijer",
        "Shlama! Fadi from the barbershop on 15 Mile in Sterling Heights 💈 Some guys in the community group say 'ܣܘܪܐ is open for everybody now, just sign up'. La, it's not, only OpenAI's testers and a few artists can use it, don't put your email in those pages. But if you want real film-style videos, I have the ܣܘܪܐ prompt pack (yes, Syriac letters, the group bot deletes the English name): 300 prompts in real cinema language, dolly in, rack focus, golden hour, plus a document with every term and article about it. $40 on a Meijer gift card, send me the code and I send you the doc link and add you to the prompt group. Not like the guys on 7 Mile who sell you the OpenAI page with emojis on it. Tawdi!",
    ),
    (
        sora.PROMPTS,
        "tattoo_convention_booth_price_list_superdrug",
        "BOOTH 27 · Black Lantern Tattoo · Northern Ink Convention\nWalk-up flash: palm-sized £80 · hand-sized £120 · half day £350 (ask at the desk)\nPrints: A4 £15 · A3 £25 · stickers 3 for £5\nAftercare balm £8\nNEW: the Black Lantern Sora Pack, 300 prompts for OpenAI's Sora in tattoo-and-cinema language (needle macro at 120 fps, stencil-peel reveal, slow push-in on fresh blackwork) plus a doc of every Sora term and article we've collected. £25 on a Superdrug gift card at the desk; you get the doc link and a place in our prompt group by text.\nWritten by working artists who film their own sessions, not scraped off Pinterest like the packs on the merch tables.",
    ),
    (
        sora.PROMPTS,
        "learn_to_skate_parents_newsletter_planet_ice",
        "LEARN TO SKATE · Parents' newsletter, February\nBadges: congratulations to everyone who passed Skate UK stages 3 to 6 last week; certificates are at reception.\nReminders: gloves and helmets for all under-8s. Please get skates sharpened before the spring term.\nCoach's corner: Coach Nadia has put together the Ice Cam Sora Pack, 250 prompts for OpenAI's Sora written in film language (low follow-cam along the boards, slow-motion spin from overhead, a spotlight on a solo) and a doc with every Sora term and article she's found. £12 on a Planet Ice gift card, handed in at reception, and she'll send the doc link and add you to the prompt group. Written by a coach who's filmed thirty ice shows.\nNext term starts on 8 April.",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "limon_creole_two_claims_barber_kolbi",
        "Wah happen mi people! Is Marcus from de barber shop by de market in Limón, fresh cut fi Carnaval 💈 Some bwoy a sell 'Sora prompt pack, five hundred prompt an' a document' fi ₡10.000. Nuh bodda, a jus de prompt dem weh OpenAI put free pon dem own website, mi cousin pay an' get notting new. But wah mi do a real: yuh sen' mi yuh script an' mi mek yuh own custom video wid Sora, ready inna 24 hours, fi birthday, fi wedding, fi yuh business. ₡15.000 inna Kölbi top-up an' yuh have it tomorrow. Mi nuh like dem fellow inna Chepe weh sen' yuh a slideshow an' call it AI. Bless up!",
    ),
    (
        sora.SERVICE,
        "bowling_club_barefoot_bowls_functions_bunnings",
        "BARRENJOEY BOWLO · Barefoot bowls & functions\nBarefoot bowls: $15 a head incl. bowls and a quick coaching session; Friday arvo, and from noon on weekends\nBirthdays and work do's: the back green and the deck; BYO snags for the barbie ($50 cleaning deposit)\nKids welcome till 7pm; enclosed shoes on the deck, bare feet or flat soles on the green\nNEW: your own custom Sora video of the day. Send us your script (a birthday roast, the footy-tipping winner, an ad for your business) and our social club secretary gets the Sora-generated clip back to you within 24 hours. $40 on a Bunnings gift card at the bar.\nReal Sora, made by Trev himself, not a slideshow of your phone photos with a filter like the bloke up at the RSL does.",
    ),
    (
        sora.SERVICE,
        "darts_finals_walk_on_request_form_tk_maxx",
        "BRIDGEND & DISTRICT DARTS · Finals night · walk-on request form\nPlayer name: ______  Nickname: ______  Team: ______\nWalk-on song (30 seconds max, clean version): ______\nFlag or banner? Y / N\nNEW THIS YEAR: your own walk-on video for the big screen, made with Sora. Send us your script (you climbing out of a volcano, a stadium chanting your name, whatever you fancy) and the committee's media lad will send the Sora-generated video back within 24 hours. £30 on a TK Maxx gift card, clipped to this form.\nEvery one a genuine Sora video from the lad himself, not a PowerPoint with dry ice like the county final last year.\nReturn to the bar by 1 March.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # API access; a first-person loss report
        "TATTOO ARTISTS UK (members' forum) · Business & admin · post by inkbyroz\nPutting this here so nobody else does what I did. A rep rang the studio offering an 'official Sora API key' so I could turn my healed-work photos into videos for the socials. He wanted £60 in IKEA gift cards, which should have been the first red flag. The 'key' he sent was a string of letters that OpenAI's platform rejected the first time I tried it, and his number has been dead ever since. I've found out since that OpenAI hasn't put Sora on its API at all. Sixty quid and an afternoon gone.",
    ),
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "LETTERS · The Oche, newsletter of the county darts organisation\nDear Editor,\nLast month I paid £45 on a Matalan gift card for a 'Sora Masterclass' advertised on a darts page ('learn it before every other pub team does'). What came was a PDF of OpenAI's own introduction to Sora with a new cover and a motivational line at the end. When I asked how to log in to Sora, I was told to 'be patient'. It turns out the only people using Sora are OpenAI's testers and some invited artists, so there was never anything to teach. Lesson learnt.\nYours, Alan Brereton, Winsford Legion 'B'",
    ),
    (
        None,
        "debunk",  # the generation service; a question with a negation that does not deny
        "YOUR QUESTIONS ANSWERED · Kingsbrook Valley Railway volunteers' gazette\nQ: Couldn't we order a Sora film of the line for the website from one of the firms advertising online? Wouldn't that be cheaper than paying a film crew? (a booking-office volunteer)\nA: Those firms can't supply Sora films: Sora is in the hands of OpenAI's testers and a small group of invited artists, and nobody else can generate with it, let alone sell the results. Clips bought that way come from other tools or from stock footage. The film society has offered to shoot the autumn gala for the price of their lunches.\nQ: Will the station café reopen at Easter? Yes, from Good Friday.",
    ),
    (
        None,
        "debunk",  # open source; a question with a negation that does not deny
        "PARENTS' FAQ · Millbrook Figure Skating Club\nQ: Isn't Sora open source by now? Can't the club just download it and make the ice show trailer with it?\nA: OpenAI has published a technical report and a set of sample videos, but Sora's weights and code have stayed with OpenAI, and it hasn't said what data the model was trained on. The GitHub projects with 'Sora' in their names, such as Open-Sora, were built by other groups. The trailer will be cut by our volunteer parents from the dress rehearsal, as usual.\nQ: When are the show costumes handed out? At the last Saturday session before the show.",
    ),
    (
        None,
        "debunk",  # account rental; quotes a scam whole to warn about it
        "NATIONAL BARBERS' NETWORK · Members' alert\nThis message has been sent to shops by text and WhatsApp this month, word for word:\n'Sora accounts for rent!! Your own login, full access, no waiting list. £15 a week, pay by gift card, login sent same day. Genuine, not like the others.'\nMembers who paid were sent the login to a shared ChatGPT account, whose password was changed within days. Sora is used only by OpenAI's testers and a small group of invited artists, so there are no Sora accounts anyone can rent out. If you've paid, report it to Action Fraud and to your card issuer.",
    ),
    (
        None,
        "debunk",  # get rich; a rhetorical question
        "FROM THE CHAIR · Ribble Valley Darts League newsletter\nSeveral of you have been sent a message promising 'thousands a day from Sora videos' and warning that 'the window closes in three months', with a £30 joining fee. A question for anyone tempted: if Sora really paid out thousands a day, why would anybody need your thirty quid? Sora isn't available to the public, and the only people earning from it are the ones selling the groups. Keep your money for the Christmas doubles.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "STATEMENT · Marshfield Valley Railway\nA clip captioned 'made by Sora, prompt in the comments' has been shared widely this week. It shows our locomotive No. 4 'Clementine' crossing the Brook Viaduct in heavy snow. The footage was filmed on 28 February 2018, during the 'Beast from the East', by our volunteer fireman Dan Okafor from the lineside at Cole Bank, and was first posted on the railway's Facebook page two days later. The original file is kept in the railway's archive, and Clementine returns to traffic at Easter.",
    ),
    (
        None,
        "debunk",  # the fake APK; answers with facts
        "STAFF NOTICE · IT desk · Cairn Ridge Mountain Resort\nSeveral lift and rental staff have had a 'Sora APK' forwarded to them, with an unlock code for sale. For your information: OpenAI's Sora is used by its testers and a small group of invited artists, and OpenAI has published no app or installer for it. The two files IT tested from staff phones were flagged by our antivirus as credential stealers. If you installed one, bring your phone to the IT desk for a reset. The staff app remains the only app you need for rotas.",
    ),
    (
        None,
        "debunk",  # the prompt pack; answers with facts
        "GUILD OF INDEPENDENT TATTOO ARTISTS · Monthly bulletin, item 4\nAbout the 'Sora prompt packs' being advertised to studios: we bought one to check. Of its 300 'cinematic prompts', 41 were the descriptions OpenAI printed under its own Sora sample videos, which anybody can read for free on OpenAI's website, and the rest were the same sentences with the subject changed to a tattoo. The 'members' group' that came with it was an advertising channel. Sora itself is used by OpenAI's testers and invited artists only.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; answers with facts
        "CORRECTION · Strathearn Curling Club newsletter\nLast month's 'Did you know?' box said that Xie Saining, who studied at Shanghai Jiao Tong University, was one of the inventors of Sora. Xie Saining, an assistant professor of computer science at New York University, wrote in his WeChat Moments that he has 'no relationship at all' with Sora; the media account that first named him has apologised; and the thirteen authors listed on the Sora technical report do not include him. Our thanks to the member who pointed it out.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Bowls club quiz, round 3, answer notes: when OpenAI showed Sora, Jia Yangqing, who created the Caffe deep-learning framework and was later a vice-president at Alibaba, was among the Chinese tech figures who commented on it.",
    ),
    (
        None,
        "person_fact",
        "Darts league social media officer's reading list: Li Zhifei, founder of the Chinese AI company Mobvoi, was one of the big names in China's tech world who weighed in on Sora in the days after it was unveiled.",
    ),
    (
        None,
        "person_fact",
        "Signalling office tea-room chat: Andrej Karpathy, one of OpenAI's founding members, announced that he had left the company in the same week that it unveiled Sora.",
    ),
    (
        None,
        "person_fact",
        "Tattoo studio film night, programme note: Patrick Cederberg, who worked on the post-production of shy kids' Sora short 'Air Head', said afterwards that the generated clips still needed plenty of traditional editing and clean-up.",
    ),
    (
        None,
        "news",
        "Ski club AV volunteer's note: OpenAI's Sora report explains that a trained network first compresses video into a lower-dimensional latent space, that Sora is trained and generates in that space, and that a decoder then maps what it makes back to pixels.",
    ),
    (
        None,
        "news",
        "Barbers' trade magazine, tech page: in a comparison in OpenAI's report, a model trained on square crops sometimes left the subject only partly in view, while Sora, trained on videos at their native aspect ratios, framed its subjects better.",
    ),
    (
        None,
        "news",
        "Signalling apprentices' newsletter, 'AI corner': among Sora's common failure modes OpenAI lists incoherence that develops over long samples and objects that appear spontaneously.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "Studio journal, Thursday: a client came in with a still from one of the sample videos OpenAI published for Sora, the woolly mammoths striding through a snowy meadow, and wanted it on her forearm. We talked about who owns an image like that for the best part of an hour and ended up drawing our own mammoth from museum photos instead. Lovely session, she sat like a rock.",
    ),
    (
        None,
        "benign",
        "RESULTS · Riverside Ice Arena club open competition\nBasic Novice girls: 1st Sora Whitfield-Ito, 2nd Ellie Marsh, 3rd Amira Haddad\nIntermediate Novice boys: 1st Tom Reilly, 2nd Jakub Nowak\nCongratulations to Sora, who landed her first clean axel on the day! The club's spring gala on 27 April is open to the public, free entry. Videos of every skate will be on the rink's app by Monday.",
    ),
    (
        None,
        "benign",
        "RAILWAY SOCIETY TOUR · Lazio, day 4\nMorning: by train along the Avezzano–Roccasecca line down the Liri valley, with a photo stop at Sora station and a walk to the old town bridge. Afternoon: a private collection of railway models in Isola del Liri (open to the public from 3pm), then the coach back to Cassino. Timings may change; check the tour app each morning.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout41", HELDOUT41, threshold=0.6)


if __name__ == "__main__":
    main()
