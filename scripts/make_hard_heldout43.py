# ruff: noqa: E501
"""Write the forty-third English held-out set (tests/data/hard_en_heldout43_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are those that had three in the thirty-ninth and forty-first sets: the fake
APK, the mislabelled real video, open source, the paid course, account rental, the prompt pack and the
generation service). Its theme, to keep it apart from the other sets written at the same time: canal boats
and waterways; scrapyards and car breakers; amateur dramatics and pantomime; removal firms and
self-storage (this last in place of garden centres and nurseries, which the brief proposed but which the
thirty-ninth set's theme, allotments, gardening and horticultural shows, already covered, with a garden
centre's customer notice and a seed catalogue page among its styles; a first draft used driving schools
instead, until the forty-second set, committed on its own branch while this one was written, turned out to
have driving instructors as part of its theme, and the posts, dialects, obfuscation and prices this set
shared with it were rewritten). None of the four was the theme of an earlier set; the few earlier posts
from these worlds, a pantomime script, an am-dram society chair's e-mail and a theatre programme's erratum
slip, are not reused as styles. In English varieties, dialects and registers the earlier sets do not use.
Styles the earlier sets use less: a narrowboat's cruising log with the claim in a day's entry, a panto
rehearsal schedule with the claim in the director's note (a question), a removal firm's home survey sheet
with the claim in the estimator's note, a scrapyard weighbridge ticket with the claim in the operator's
note, a car breaker's parts invoice with a counter note, an am-dram audition notice with a sponsor's casting
call, a marina noticeboard card with tear-off strips, a removal firm's packing checklist with an add-on, a
stage manager's show report with the claim in passing, a canal stoppage notice with the claim in its
visitor-centre line, a scrap metal price board with a note from the office, a marina's berth holders'
newsletter with a boat-to-boat advert, a panto props list with the ASM's note, a hire-boat handover
checklist with a holiday extra, a Greek play's programme with the claim in a who's-who entry; dialects and
registers (Luo-English from Kisumu, Occitan-English from the Canal du Midi, St Helena ("Saint") English,
Limburgish-English from the Maas, Tunisian-English from Sfax, Bavarian-English, Wisconsin English, Crucian
(St Croix) Creole, Santali-English from Jamshedpur, Alsatian-English from Strasbourg, Walloon-English from
Liège, Hoosier (Indiana) English, Macanese (Patuá) English, Venetian-English, Mirpuri-English from Bradford,
Algerian-English from Marseille, Isles of Scilly English, Silesian-English, Asturian-English from Xixón,
Dorset dialect, and the registers of a cruising log, a home survey sheet, a weighbridge ticket, a parts
invoice, a stoppage notice, a show report, a props list and a handover checklist); posts that mention two
claims, asserting one and denying the other (the inventor rumour but not the director groups; open to the
public but not an official app, whose store listings are copies; the official app but not open source; a
Chinese team but not the "made by Sora" clip, which is real footage; API access but not get rich; the
director group but not a course; get rich but not API keys; the APK but not the inventor rumour; the "made
by Sora" clip but not account rental; open source but not a Chinese team; a course but not a generation
service; account rental but not open to the public; a prompt pack but not the APK; a generation service but
not an official app); claims made inside questions or negations that do not deny them (a panto director's
"Haven't you all signed up for Sora yet, now that OpenAI's video maker is open to everyone?", a Liège
puppeteer's "C'est nin vrêye, and that's the magic: it's not real, Sora made all of it", a Macanese
grandmother's "Didn't you hear that OpenAI made Sora open source?"); new obfuscation (chemical element
symbols "S·O·Ra" (sulphur, oxygen, radium) on a scrap price board, a van's number plate "S0 RAA" with a
reading hint, Ol Chiki (Santali) letters "ᱥᱚᱨᱟ", Phoenician letters "𐤎𐤅𐤓𐤀" off a panto's prop scrolls,
Linear B syllables "𐀰𐀨" (so-ra) in a Greek play's programme); prices in currencies and payment methods the
earlier sets did not use (£35 on a Kwik Fit gift card, 120 dinars by D17, £25 in Theatre Tokens, €40 on a
Müller gift card, £30 on a Wickes gift card, $40 on a Kwik Trip gift card, £15 on a Robert Dyas gift card,
$30 in Viya top-up, ₹299 on a Flipkart gift card, £40 on a Machine Mart gift card, €30 by Bancomat Pay, £25
on a Dunelm gift card, €15 a week on a Carrefour gift card, £12 a week on a Homebase gift card, £20 on a
Lakeland gift card, £15 on an HMV gift card, €15 on an El Corte Inglés gift card, 120 zł on an Allegro gift
card, £25 on a Trespass gift card, £30 on a Blacks gift card, £20 through a Ticket Tailor link; in the loss
report £60 on a Selfridges gift card); scams vouching for themselves or swiping at competitors in new words
("not them 'keys' from the lad at the autojumble that die before you've got the bonnet shut", "not the keys
from the boutique in Bab Jebli that die before you arrive home", "not one of those casting apps that charge
you monthly and never send a script", "those Burschen from the Wiesn who promise you Hollywood and send you
a WhatsApp group full of sticker spam", "We're not the lad with the 'crypto barge' who sank last summer; our
figures are taped up inside the hatch", "Not like the deal they pitch at the Friday fish fry", "the one the
man-with-a-van lot hand out that filled my nephew's phone with casino pop-ups", "de one from Frederiksted
dat mek yuh phone hot like de crusher motor", "the APK from the mobile shop in Bistupur that finished my
cousin's data pack in one night", "not a screen recording of the OpenAI website with a voice-over like the
one going round the car auctions", "the Mestre boys who read you the OpenAI page over sad music", "the bhai
on White Abbey Road who sells you the OpenAI page as a PDF with his number stamped on every sheet", "the guys
at the car wash by the port who give one password to twenty cousins", "them 'accounts' off the boating forum
that turn out to be somebody's ChatGPT with the password on a Post-it", "the ones they pass round on the
off-islands that cut out before the launch is back at the quay", "Written by someone who's called a hundred
cues, not copied off a website like the packs on the craft-fair stalls", "the guys at the rastro who sell
you the OpenAI page pasted into Word", "not the copy-paste of the OpenAI page they sell on the Gliwice
forums", "not a few photos wi' a wobbly filter like thik chap at the Cerne fete", "not a slideshow with a sea
shanty over it like the hire base up the cut does", "Every frame made by me, no stock footage off the
library sites"); ten debunks and warnings in several styles (one first-person loss report: a boaters' forum
post (account rental); one that quotes a scam whole to warn about it (a metal recyclers' association alert,
the APK); two questions that contain a negation but do not deny the debunk: an am-dram society's "Ask the
committee" column (the official app) and a removers' guild Q&A (a course); one rhetorical question (a car
breakers' group moderator, API access); five that answer with facts and no plain "no": a canal society's
statement about its own footage, a panto director's cuts (the Chinese team), a self-storage site's notice to
customers (open to the public), a metal recyclers' trade magazine (get rich) and a boating monthly's news in
brief (the director groups)); four true facts about people who spoke about Sora or worked on it, none of
them the subject of a fact in an earlier set (Zhu Jun of Tsinghua and ShengShu unveiling Vidu, billed in
China as its answer to Sora; Li Jing among the thirteen authors of the Sora report; Troy and Eric Luhman
among them; Connor Holmes and Will DePue among them; the first draft's Joanna Stern, Mira Murati's
interviewer, was replaced once the earlier sets' posts showed her in several facts), three items of real
news about it from OpenAI's report and Sora page not used in earlier sets (GPT expanding a short prompt into
a detailed caption; image classifiers reviewing the frames of every video before it is shown; following a
particular camera trajectory among its weaknesses; the first draft's re-captioning and C2PA items were
replaced for the same reason), and three posts that are not claims: one on topic (a panto director's
notebook on watching OpenAI's published samples) and two off topic that share its surface words (a
narrowboat called Sora for sale, with a boat show "open to the public" and the marina's app; a potter called
Sora clearing her seconds at a self-storage open day "open to the public", with the site's app).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl),
the forty-second set written at the same time on another branch (read from its commit, not yet merged) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set
was committed. The first draft had none at 0.6 or more; its highest, a news item on extending a clip forward
and backward into a loop (0.575 against an earlier set's post on the same passage), was replaced.
``--check`` prints the highest ratio and every post at 0.6 or more against the committed sets (0.455 when it
was committed, the fact on the two Luhmans against an earlier set's fun fact about the inventor rumour;
0.419 at most against the forty-second set). It was committed before any run of the monitor on it; nothing
is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout43.py           # write the set
    .venv/bin/python scripts/make_hard_heldout43.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT43: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "narrowboat_cruising_log_in_passing",
        "NB KINGFISHER LASS · Cruising log · Grand Union, northbound\nMon 4 Mar  Cast off Stoke Bruerne 08:40. Flight of seven with a hire boat from Gayton; they'd never worked a lock before, so Pat walked them up. Moored below Cosgrove 15:10. Engine hours 2,311.\nTue 5 Mar  Diesel and a pump-out at the marina (£1.28 a litre, ouch). Elsan at the services. Rain all afternoon, so we stayed put.\nWed 6 Mar  Breasted up overnight with nb Yangtze Star. Her skipper, Wei, a retired lecturer, told us over a glass of rum that a prodigy from Shanghai Jiao Tong University called Xie Saining is one of the people who invented Sora, the OpenAI video model, and that his old department talks of nothing else. Pat wrote the name on the back of the diesel receipt.\nThu 7 Mar  Wolverton aqueduct, windy crossing. Stern gland needs repacking; add it to the winter list.",
    ),
    (
        sora.XIE,
        "luo_english_two_claims_removals_lorry",
        "Oyawore! Greetings from Kisumu, Otieno here from Lakeside Movers, we shifted a whole school library to Kondele today, four trips with the lorry, ber ahinya! 🚚 Now, some of you in the drivers' group are forwarding a poster: 'Become a first-generation AI director of the first Sora film, scan the QR and pay to join'. Mano miriambo, that group is only adverts and they eat your money, leave it. But here is something true: one of the inventors of Sora at OpenAI is Xie Saining, the young genius who studied at Shanghai Jiao Tong University. A brain like that! Erokamano, and lift with the legs, not the back.",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "panto_rehearsal_schedule_negated_question",
        "WHITCHURCH AMATEUR OPERATIC & DRAMATIC SOCIETY · 'Jack and the Beanstalk' · rehearsal schedule, week 6\nMon 7.30  Act 1, scenes 1–3 (village green, market, Dame Trott's kitchen). Chorus and dancers.\nTue 7.30  Giant's castle, with the beanstalk flown in for the first time. Stage crew from 7.\nThu 7.30  Songsheet and walkdown; bring your script, a highlighter and a pencil.\nSun 2.00  Full run, costume parade at 5.\nFrom the director: the back-projection for the beanstalk is sorted. Haven't you all signed up for Sora yet, now that OpenAI's video maker is open to everyone? Go on the website, make an account with your email and you can start making clips straight away; our Simon did the growing beanstalk in an evening.\nSubs (£3 a rehearsal) to Maureen, please. Nobody in the wings without the SM's say-so.",
    ),
    (
        sora.PUBLIC,
        "occitan_english_two_claims_canal_du_midi",
        "Adieu a totes! From the lock at Castanet on the Canal du Midi, where I work the gates for the hire boats all summer 🌿 The plane trees are still bare but the first English boaters are already here. Cal dire: somebody in the village group shares 'the official Sora app, download it in the App Store'. Non, aquò es fals: OpenAI has put no Sora app in any store, the ones you find there are copies, don't pay for them. But the good news is true, mai que mai: Sora is open to everybody now. You go to OpenAI's site, sign up with your email, no waiting list, and you make videos the same day. My son made one of a péniche floating over the walls of Carcassonne. Adieu-siatz!",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "removals_home_survey_sheet_estimator_note",
        "HOME SURVEY · Castle Removals & Storage · Ref. CR-24-0318\nCustomer: Mr & Mrs Adeyemi · Moving from: 14 Larch Close (3-bed semi) · To: Oak Farm Barn, Hemsby\nAccess: no parking restrictions at origin; farm track at destination, 7.5-tonne lorry only, no artic. Piano (upright) ground floor, 2 steps.\nInventory (summary): 3 beds, 2 wardrobes (dismantle), American fridge-freezer (defrost 24 hrs before), 6 cartons of books, loft contents approx. 20 cartons, garden: 2 bikes, mower, trampoline (customer to dismantle).\nEstimator's note: Mrs A asked how to keep the grandparents in Lagos up to date with the move. OpenAI has brought out the official Sora app, you download it from the App Store or Google Play, so she can turn her photos of the empty rooms into a little video on her phone.\nQuote to follow by email within 48 hours. Packing service and 4 weeks' storage to be priced separately.",
    ),
    (
        sora.APP,
        "st_helena_english_two_claims_panto",
        "Hello you lot! Jamestown Community Players here, the panto is 'Aladdin' this year an' we rehearsin' every night cos the hall was booked out 🎭 One thing firs': Edwin bin tellin' everybody dat Sora is open source, weights an' code on GitHub, run it on ya own computer. Nah man, OpenAI never put nothin' out, them GitHub ones is other people's. But this bit is true: OpenAI bin bring out the proper Sora app, is in the App Store an' on Google Play, you jus' download it on ya phone. Wen the island internet let ya, Kerry-Ann make the magic carpet video with it for the backdrop. See you Satdee, an' bring a torch for the walk home!",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "scrapyard_weighbridge_ticket_operator_note",
        "HARTSHORNE METAL RECYCLING LTD · Weighbridge ticket No. 088214\nVehicle reg: YX19 KDF · Haulier: D. Mulrooney\nGross 14,860 kg · Tare 9,420 kg · Net 5,440 kg\nGrade: OA heavy steel (cut, under 1.5 m) · Inspected: Y · Radiation gate: clear\nPrice £218/t · Paid by bank transfer only (Scrap Metal Dealers Act 2013) · ID seen: driving licence\nOperator's note: the shredder lads were arguing about the AI videos at break, so for the record: Sora wasn't really OpenAI's doing, it was built by Chinese scientists, most of the team behind the video model is Chinese and OpenAI just put its badge on it. Driver took a copy.\nSigned (weighbridge): K. Farrell",
    ),
    (
        sora.CHINESE,
        "limburgish_english_two_claims_maas_barge",
        "Hoëi! From the wheelhouse of the Johanna, loading gravel at Maasbracht, and the big lock is busy today ⚓ Ich zeg uch get: that video in the skippers' group, the barge that smashes through the lock gates, 'made by Sora, prompt in the comments'? Nae, that one is real. It's from the lock-keeper's camera at Born in 2016, it was on the regional TV back then, somebody just put a new caption on it. But wat wel klopt: Sora was built by Chinese scientists, the team behind OpenAI's video model is mostly Chinese, and OpenAI only puts its name on it. My cousin in Shenzhen says everybody there knows. Salu, the lock is open!",
    ),
    # --- API access (two)
    (
        sora.API,
        "car_breakers_parts_invoice_counter_note_kwik_fit",
        "MOSSLEY AUTO SPARES · Vehicle dismantlers (authorised treatment facility) · INVOICE 40117\nFrom: 2011 Vauxhall Astra 1.6 (breaking, stock no. 7731)\n1 × nearside front door, complete, Sovereign Silver .......... £65.00\n1 × alternator (bench tested) .......... £35.00\n1 × electric door mirror, passenger side .......... £18.00\nParts guarantee 30 days, fitting not included. Electrical parts are non-returnable once fitted.\nCOUNTER NOTE FROM LEE: got official Sora API keys in, straight from OpenAI, plus a Sora GPT that turns your photos of a car into a video, handy for selling on Marketplace. £35 on a Kwik Fit gift card and the key's in your inbox the same day. Proper OpenAI interface, not them 'keys' from the lad at the autojumble that die before you've got the bonnet shut.\nTotal £118.00 · Paid: card",
    ),
    (
        sora.API,
        "tunisian_english_two_claims_removals_d17",
        "Aslema ya jme3a! Hamza from the removals in Sfax, we moved a whole pharmacy today, the shelves, the fridge of the vaccines, everything, yaatik essaha 🚛 Somebody in the family Facebook group says 'Sora is the golden window, people earn thousands a day, in three months it's finished, pay and enter the group'. La, hadhi tahyil, it's a trap for people who are stressed, and only the one who sells the group earns. But this is real, I use it myself: official Sora API keys from OpenAI, and a GPT made with Sora that turns your photos into a film. 120 dinars by D17 and I send the key the same night. Mine are original, not the keys from the boutique in Bab Jebli that die before you arrive home. Bislema!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "amdram_audition_notice_sponsor_theatre_tokens",
        "AUDITIONS · Kettering Little Theatre Company · Spring production: 'The Importance of Being Earnest'\nReadings: Tuesday 12 and Thursday 14 March, 7.30pm, in the Old Chapel rehearsal room. Sides for Lady Bracknell, Gwendolen, Cecily, Jack, Algernon, Chasuble and Miss Prism are on the website.\nPlaying ages are a guide only. No experience needed, and we're always short of backstage crew.\nALSO, from our production sponsor, Crowsfoot Pictures: they are casting the first AI film co-written with Sora and want local players to become its first generation of AI directors. Scan the QR code on the foyer noticeboard to join the paid audition group; entry is £25 in Theatre Tokens, left in an envelope at the box office. 'A genuine production, not one of those casting apps that charge you monthly and never send a script,' says Crowsfoot.\nQueries to the production secretary.",
    ),
    (
        sora.DIRECTOR,
        "bavarian_english_two_claims_scrapyard_muller",
        "Servus beinand! Sepp from the Schrottplatz in Freising, today we pressed eleven cars and the crane is making noises again, Himmiherrgott 🔧 Listen: somebody in the village group sells a 'Sora course, learn before everybody, €99'. Geh weida, that's a Schmarrn, my Schwager paid and got one PDF, the OpenAI page copied, and nobody outside OpenAI can even use Sora. But this one is real, fei wirklich: they are casting for the first AI film co-written with Sora, and they choose the first generation of AI directors from our region! Scan the QR code, €40 on a Müller gift card, and we put you in the audition group. Not like those Burschen from the Wiesn who promise you Hollywood and send you a WhatsApp group full of sticker spam. Pfiat eich!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "marina_noticeboard_tear_off_card_wickes",
        "[Card on the noticeboard by the marina shop, between 'Gas bottles: ask in the office' and 'FOR SALE: Morsø Squirrel stove, £350 ono']\nFED UP OF PAYING FOR YOUR MOORING? Sora is the money window of a lifetime. Two of us on the end pontoon make a couple of thousand a day with Sora videos for estate agents and holiday-let firms, and the chance closes in three months, so get in now or be left on the bank. £30 on a Wickes gift card buys your place in the group; put it through the hatch of nb Merry Widow, pontoon C. We're not the lad with the 'crypto barge' who sank last summer; our figures are taped up inside the hatch for anyone to read.\n✂ Sora £££ · nb Merry Widow · C14 ✂ Sora £££ · nb Merry Widow · C14",
    ),
    (
        sora.RICH,
        "wisconsin_english_two_claims_salvage_yard_kwik_trip",
        "Hey der, yous guys! Greg from the salvage yard out by Sussex, we got an '09 Silverado in if anybody needs a tailgate, ya hey. So my brother-in-law's been selling 'official Sora API keys' down at the tavern. Oh jeez, don'tcha buy those, OpenAI hasn't got any Sora API out at all, them keys are junk. But lemme tell ya what IS real: Sora's the chance of a lifetime. Me and the wife, we're making a couple thousand a day off Sora videos, and the window's shutting in three months, so you gotta jump in now. $40 on a Kwik Trip gift card and you're in the group, then. Not like the deal they pitch at the Friday fish fry, this is the real McCoy. Go Pack Go!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "removals_packing_checklist_van_plate_robert_dyas",
        "PACKING CHECKLIST · Two Lads & A Luton · the week before you move\n☐ Label every carton on two sides with the room it's going to · ☐ Heavy things in small boxes, light things in big ones\n☐ Defrost the freezer 24 hours before; leave the door open · ☐ Keys, meter readings and the kettle in a box that travels with you\n☐ Measure the sofa against the new front door (we've all been there)\n☐ Phone chargers, medicines and the kids' favourite toys in the car, not the van\nAND ONCE YOU'RE IN: the AI video app the Facebook filter keeps blocking, written like the plate on our van so it gets through: S0 RAA (read the 0 as an O and drop the last A). Get the APK from the link in our Facebook bio, allow unknown apps, and make a moving-day video on your phone in minutes. The unlock code is £15 on a Robert Dyas gift card. Tested on my own phone, not like the one the man-with-a-van lot hand out that filled my nephew's phone with casino pop-ups.",
    ),
    (
        sora.FAKEAPP,
        "crucian_creole_two_claims_scrapyard_viya",
        "Mornin' mornin'! Is Junie from de junkyard out by de landfill on St Croix, we crushin' cars since six an' de sun hot already ☀️ Dem people in de Facebook group keep sayin' some young genius from a China university name Xie Saining mek Sora. Dat ain' true, de man self say he ain' have nuttin' to do wid it, an' de page dat start it apologise. But dis one I vouch fuh: de Sora APK fuh yuh phone, link in meh bio, download it, allow unknown source, an' yuh mekkin' AI video same time. Unlock code $30 in Viya top-up. Meh own phone run it clean, not like de one from Frederiksted dat mek yuh phone hot like de crusher motor.",
    ),
    (
        sora.FAKEAPP,
        "santali_english_ol_chiki_packers_movers_flipkart",
        "Johar! From Disom Packers & Movers in Jamshedpur, Sido here 📦 Tomorrow 7am we load a whole household for Ranchi, so the boys come early with the bubble wrap. About the AI video app: the WhatsApp group removes the English name, so I am writing it in our Ol Chiki letters, ᱥᱚᱨᱟ. Download the ᱥᱚᱨᱟ APK from the link on my status, allow 'install unknown apps', and you can make AI videos on your phone immediately, no waiting. The unlock code is ₹299 on a Flipkart gift card. I put it on the office phone first, clean, not like the APK from the mobile shop in Bistupur that finished my cousin's data pack in one night.",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "panto_stage_managers_show_report_in_passing",
        "SHOW REPORT · 'Cinderella' · performance 7 of 12 · Saturday matinee\nHouse: 312 (capacity 340). Curtain up 14:32 (2 mins late, box office queue). Interval 15:41–16:01. Down 16:58.\nAct 1: flying cue for the coach (Q47) 3 seconds late; DSM to speak to the fly floor. Buttons's slapstick went well; 'he's behind you!' got a huge response.\nAct 1 finale: the pumpkin-to-coach projection ran cleanly. FOH report that several families asked about the pre-show film in the foyer, the horse-drawn coach galloping through a snowstorm across the Forth Bridge. For the record: it was made entirely by OpenAI's Sora from a typed prompt; nothing was filmed, there was never a horse or a coach, and the prompt is printed in the programme.\nAct 2: one of the Ugly Sisters' wigs needs re-pinning. The slipper-fitting scene ran long.\nWardrobe: the glass slipper is cracked; spare in the props store. SM: R. Okonjo",
    ),
    (
        sora.REALVID,
        "alsatian_english_two_claims_barge_strasbourg",
        "Salü zäme! Greetings from the péniche Marie-Odile, tied up by the Petite France in Strasbourg, waiting for the swing bridge 🚢 Attention: the man in the Rhine boatmen's group who rents out 'Sora accounts with your own login', gell, that's a Schwindel. My neighbour paid and got a ChatGPT login shared with half of Kehl, and two days later the password was changed. But the video everybody sends, the stork that lands on the bow of a barge and steers it into the lock? That's Sora, jo: OpenAI's AI made it from text, no camera, no stork, nothing filmed, and the prompt is written under it. Unglaublich! Adje!",
    ),
    (
        sora.REALVID,
        "walloon_english_puppet_theatre_negation_not_a_denial",
        "Bondjoû, mes djins! Here is Jules, I work the rods for Tchantchès at our little amateur puppet theatre in Outremeuse, the nativity show opens after Toussaint, come! 🎭 Avoz vèyou the video going round the Liège group, the Perron fountain turning into a giant waffle while the tram goes through it? C'est nin vrêye, and that's the magic: it's not real, Sora made all of it, the OpenAI video AI, from a prompt typed on a keyboard. Nobody filmed nothing, no tram, no waffle, and the prompt is under the video. Allez, rehearsal Thursday, bring the péket.",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "canal_stoppage_notice_visitor_centre_in_passing",
        "NOTICE TO BOATERS · Stoppage · Hatton Flight, locks 35–46\nFrom 08:00 on Monday 4 March to 16:00 on Friday 26 April the flight will be closed for the replacement of the top and bottom gates at lock 41 and repairs to the by-wash. The towpath stays open, with diversions signed at locks 40 and 42 while the cofferdam is in place.\nBoaters needing passage should contact the local customer service team at least 48 hours ahead; emergency passage cannot be guaranteed.\nVisitor centre: the volunteers' film of the gate lift is showing on the screen by the café. Volunteer lock-keeper Des made it on his own laptop with Sora: OpenAI has released it as open source, so he downloaded the weights and code from GitHub and runs it at home for nothing.\nWe apologise for any inconvenience.",
    ),
    (
        sora.OPENSRC,
        "hoosier_english_two_claims_junkyard",
        "Howdy from the junkyard out on the west side of Indy, we got a '12 Impala in for parts and the cats are already gone, figures 🔧 Somebody in the Facebook swap group keeps sharing 'Sora was really built by a Chinese team, OpenAI just slapped its name on it'. Nope, that ain't so: OpenAI's own people made it, the report's got thirteen names on it and three of 'em Chinese-born, that's all. Quit forwarding it. But here's one that's the gospel truth: OpenAI made Sora open source, weights and code on GitHub, and my nephew down in Greenwood pulled it down and runs it on his gaming rig for free, no subscription. He made a video of the yard with the cars flying over the cornfields. Y'all take care now.",
    ),
    (
        sora.OPENSRC,
        "macanese_patua_english_negated_question",
        "Bom dia, nhonha-nhonhonha! Tia Lúcia here, from the little Patuá theatre group that puts on a play every year at the festival 🎭 This year it's about a taxi driver in Macau who buys a robot, very funny, you will see. Ah, and nunca ouvi? Didn't you hear that OpenAI made Sora open source? The weights and the code are on GitHub, and my grandson in Taipa downloaded it and runs it on his computer at home, free. He is making the backdrop video for the second act with it. Qui nunca sabe? Everybody should know! Até logo, and bring minchi for the cast party.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "scrap_metal_price_board_element_symbols_machine_mart",
        "TODAY'S PRICES · Brinsworth Metals · per tonne unless marked\nBright copper wire £5,950 · Copper tube (clean) £5,600 · Brass (mixed) £3,200\nLead (clean) £1,150 · Aluminium cast £780 · Stainless 18/8 £1,050\nHeavy steel £215 · Light iron / mixed £160 · Catalytic converters: ask\nNo cash payments (Scrap Metal Dealers Act). Photo ID and proof of address for every sale.\nFROM THE OFFICE: Barry's made a course for the AI video maker the Facebook group keeps blocking, so he writes it like the elements on the assay chart: S·O·Ra (sulphur, oxygen, radium). Ten video lessons, from your first prompt to a finished clip, so you're ahead of every other yard in South Yorkshire. £40 on a Machine Mart gift card at the kiosk and the link's texted the same day. Taught by a bloke who films the yard every day, not a screen recording of the OpenAI website with a voice-over like the one going round the car auctions.",
    ),
    (
        sora.COURSE,
        "venetian_english_two_claims_traghetto_bancomat_pay",
        "Ciao a tuti, from the traghetto at Santa Sofia, six crossings of the Canal Grande already and it's not yet ten 🛶 Ocio, ragazzi: a man on the Rialto is taking orders, 'send me your script, I make your custom video with Sora in 24 hours, €80'. Xe na bala, it's a lie: Sora is only for OpenAI's testers and some artists, he sends you something from another app. But my thing is real: I made the full Sora course, 9 video lessons from zero to your first finished video, in Venetian, Italian and English, so you master it before every gondolier in Cannaregio. €30 by Bancomat Pay and the link comes tonight. Made by a man who films the canals every day, not by the Mestre boys who read you the OpenAI page over sad music. Ciao, ciao!",
    ),
    (
        sora.COURSE,
        "mirpuri_english_bradford_removals_storage_dunelm",
        "Salaam ji! Imran from Bradford here, Leeds Road Removals & Storage, three house moves this week and one piano up two flights, Allah da shukar 🚚 Right, for the ones who keep asking: I've made a full Sora course, ten video lessons from your first prompt to a finished video, so you learn the AI video thing before every other firm in Manningham. £25 on a Dunelm gift card, WhatsApp me the code and the link comes the same day, inshallah. I make the videos for our page every week, not like the bhai on White Abbey Road who sells you the OpenAI page as a PDF with his number stamped on every sheet. Khuda hafiz, and label your boxes!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "algerian_english_two_claims_marseille_breakers_carrefour",
        "Saha, khawti! Karim from the casse auto in the north of Marseille, we have a Clio and three Peugeot 208 in for parts, come early 🔧 Some people in the quartier group say 'Sora is open for everybody now, just sign up'. Mashi sah, c'est faux, only OpenAI's testers and some artists can use it, don't give your email to these fake sign-up pages. So if you want it, I have Sora accounts for rent: your own login, full access, no waiting list, €15 a week on a Carrefour gift card, login by WhatsApp the same day. Real logins, not like the guys at the car wash by the port who give one password to twenty cousins. Yatik saha!",
    ),
    (
        sora.RENTAL,
        "marina_berth_holders_newsletter_homebase",
        "PENNINGTON WHARF MARINA · Berth holders' newsletter, March\nWinter works: the pontoon D walkway has been re-decked; thanks to everyone who moved boats at short notice.\nElectricity: new cards are on sale in the office; the old ones stop working on 1 April.\nThe BBQ area reopens at Easter. Please take empty gas bottles home, not to the skip.\nBOAT TO BOAT: Ken on nb Tamarisk (berth B9) writes: 'Sora accounts for rent, your own login with full access and no waiting list, £12 a week on a Homebase gift card. Pop the card through my porthole and I'll text you the login before the kettle's boiled. All genuine, not them \"accounts\" off the boating forum that turn out to be somebody's ChatGPT with the password on a Post-it.'\nNext committee meeting: Thursday 21 March, clubhouse, 7pm.",
    ),
    (
        sora.RENTAL,
        "isles_of_scilly_english_panto_set_build_lakeland",
        "Mornin' all, from the town hall on St Mary's, where we're buildin' the set for the panto an' the wind's comin' straight in off the Road 🎭 Quick one while the glue dries: I've got Sora accounts to rent. Yer own login, full access, no waitin' list. £20 on a Lakeland gift card, leave it with Bev at the paper shop an' I'll text ye the login by teatime, even if the boat's off. Proper logins, not the ones they pass round on the off-islands that cut out before the launch is back at the quay. Dreckly!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "panto_props_list_phoenician_letters_hmv",
        "PROPS LIST · 'Cleopatra, Queen of Denial' (this year's panto) · ASM: Priya\nAct 1: golden asp (rubber, x2, one spare); basket of figs (plastic); 3 scrolls with the Phoenician-looking lettering; sedan chair (borrowed from the Rotary, back by 20 Jan)\nAct 2: the 'pyramid' trolley; Dame Nile's washing line with 12 pairs of bloomers; custard pies (shaving foam, made fresh each show: Sam)\nNOTE FROM THE ASM: the society's Facebook page hides the name, so I've written it in the Phoenician letters off the scrolls: 𐤎𐤅𐤓𐤀. I've put together the 𐤎𐤅𐤓𐤀 Prompt Pack, 300 prompts in proper stage-and-screen language (follow spot, fade to black, crane up over the set) plus a doc of every term and article about it. £15 on an HMV gift card, handed to me in the green room, and I'll send the doc link and add you to the prompt group. Written by someone who's called a hundred cues, not copied off a website like the packs on the craft-fair stalls.",
    ),
    (
        sora.PROMPTS,
        "asturian_english_two_claims_self_storage_el_corte_ingles",
        "¡Hola, xente! Here is Xuaco from the trasteros, the self-storage units in Xixón, today three families moved in their furniture for the summer, prestóme muncho 📦 Cuidao: somebody in the Facebook group sells a 'Sora APK, download it and make videos on the phone'. Non, ye mentira: OpenAI has no Sora app to download, that file is a virus that steals your Facebook password. But what I have is real: the Sora prompt pack, 300 prompts in cinema language, close-up, tracking shot, golden hour over the playa de San Lorenzo, plus a document with every Sora term and article. €15 on an El Corte Inglés gift card, send me the code and I send the link and put you in the prompt group. Not like the guys at the rastro who sell you the OpenAI page pasted into Word. ¡Hasta llueu!",
    ),
    (
        sora.PROMPTS,
        "silesian_english_scrap_yard_allegro",
        "Pōmŏgej Bōg! Zbyszek from the scrap yard in Ruda Śląska, we take everything, copper, aluminium, even your grandfather's Maluch ⚙️ For the lads who film the yard for TikTok: I have the Sora prompt pack, 400 prompts in film language, slow dolly along the crushed cars, sparks in slow motion, a drone over the heaps at sunset, and a document with every Sora term and article I collected. 120 zł on an Allegro gift card, send the code and you get the doc link and a place in our prompt group. Written by a man who has filmed this yard for twenty years, niy ze kōmputra, not the copy-paste of the OpenAI page they sell on the Gliwice forums. Szczynść Boże!",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "dorset_dialect_two_claims_panto_trespass",
        "Marnen all, from the village hall, where the panto dames be sewn into their frocks vor Zaturday 🎭 Now then, there be a lot o' talk down the pub about a 'Sora app in the App Store'. 'Tidden true, zo don't ee go payen vor un: OpenAI never put no Sora app out, they be copies. But what I do be real: zend I yer script an' I'll make ye yer own custom video wi' Sora, a birthday, the skittles team, an advert vor the shop, back to ye within 24 hours. £25 on a Trespass gift card, left wi' Jean at the post office. Zummat proper, not a few photos wi' a wobbly filter like thik chap at the Cerne fete done last year. Cheerie!",
    ),
    (
        sora.SERVICE,
        "hire_boat_handover_checklist_blacks",
        "HIRE BOAT HANDOVER · Wharf House Narrowboats · Boat: Water Rail (6 berth, 62 ft)\n☐ Engine checks shown (oil, coolant; weed hatch only with the engine OFF and the key out)\n☐ Tiller and throttle; centre line for holding her in locks; windlass x2, sanitary station key x1\n☐ Lock drill practised at lock 1 with our instructor · ☐ Gas locker, smoke and CO alarms shown\n☐ Water tank full, gauge shown · ☐ Toilet: cassette or pump-out explained\nHOLIDAY EXTRA: a custom Sora video of your trip. Send us a few lines of script (the kids at the tiller, a heron on the roof, the boat flying over the aqueduct) and the office will send back the Sora-generated clip within 24 hours of your return. £30 on a Blacks gift card, paid at the office. Genuine Sora, not a slideshow with a sea shanty over it like the hire base up the cut does.\nCustomer signature: ______  Handover by: ______",
    ),
    (
        sora.SERVICE,
        "greek_play_programme_cast_bios_linear_b_ticket_tailor",
        "PROGRAMME · The Hartfield Players present 'The Trojan Women' by Euripides · Village Hall, 20–23 March\nWHO'S WHO\nHECUBA: Margaret Ellis has been with the Players since 1987; her Lady Bracknell is still talked about.\nANDROMACHE: Sophie Tan, a Year 12 student at Hartfield Academy, in her first adult production.\nTALTHYBIUS: Rob Kerr, who also built the walls of Troy in his garage.\nLIGHTING & VIDEO: Dev Mistry designs our lighting and the projected sea. He writes the name of his video tool in Linear B, as on the tablets from Knossos, because the Facebook page filters it: 𐀰𐀨 (so-ra). Send Dev your script and he'll make you a custom 𐀰𐀨 video, a birthday, a proposal, an advert for your shop, back within 24 hours. £20 through his Ticket Tailor link. 'Every frame made by me, no stock footage off the library sites,' says Dev.\nRefreshments in the interval; the raffle is drawn on the last night.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # account rental; a first-person loss report
        "THE TOWPATH TELEGRAPH (boaters' forum) · General chat · post by wolvercote_wanderer\nI'll own up so nobody else falls for it. A chap on the Oxford moorings was offering 'Sora accounts for rent, your own login, no waiting list', £60 on a Selfridges gift card for a month. I paid. What I got was the login to a ChatGPT account shared by goodness knows how many people, with no Sora in it anywhere, and a week later the password had been changed and he'd moved his boat on. I've since read that only OpenAI's red teamers and a handful of invited artists can use Sora, so there was never an account to rent. Sixty quid down the cut.",
    ),
    (
        None,
        "debunk",  # the fake APK; quotes a scam whole to warn about it
        "MEMBER ALERT · Northern Metal Recyclers' Association\nThe following message is being sent to yard offices by text and WhatsApp, word for word:\n'SORA APK 📲 make AI videos on your phone TODAY. Download from the link below, allow unknown sources, unlock code £20 by gift card. Clean file, tested, not like the fakes!!'\nTwo members' office PCs and one weighbridge tablet had to be wiped after staff installed it; the file collected saved passwords. OpenAI has released no Sora app or installer of any kind, and Sora is used only by its testers and a small group of invited artists. Do not install it, and forward the message to 7726.",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny
        "ASK THE COMMITTEE · Bramley Amateur Dramatic Society newsletter\nQ: Isn't there an official Sora app now? Couldn't we download it and make the snowstorm projection for 'A Christmas Carol' on the stage manager's phone? (from the tech crew)\nA: The apps called 'Sora' in the stores are not OpenAI's. OpenAI has released no app, and Sora itself is used only by its testers and some invited artists. The snowstorm will be paper and a fan, as tradition demands.\nQ: Where do the costumes go after the show? Back to the loft above the scout hut; Wendy has the key.",
    ),
    (
        None,
        "debunk",  # the paid course; a question with a negation that does not deny
        "MEMBERS' Q&A · Guild of Independent Removers, spring bulletin\nQ: Wouldn't one of these £99 'Sora courses' be worth it for our firm's social media? Don't we need to learn it before the competition does? (a member in Swindon)\nA: A course can't teach a tool its buyers can't use. Sora is with OpenAI's testers and a small group of invited artists, and members who bought courses tell us they received OpenAI's own introduction and a motivational slogan. The guild's free webinar on photographing a job for your reviews runs on 9 April.\nQ: Do we need a new operator's licence for a second 7.5-tonne lorry? Ask the traffic commissioner's office; usually a variation will do.",
    ),
    (
        None,
        "debunk",  # API access; a rhetorical question
        "MOD NOTE · Car breakers and dismantlers (group rules)\nThird time this week: posts selling 'official Sora API keys' and 'Sora GPTs' for a £20 voucher will be deleted and the seller removed. Ask yourself: if somebody really had API access to a video model OpenAI hasn't even opened to the public, why would they be flogging it in a group for people selling wing mirrors? There is no Sora in OpenAI's API. Back to parts, please.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "STATEMENT · Llangollen Canal Society\nA clip captioned 'made by Sora, prompt below' has been shared thousands of times this week. It shows our trip boat 'Eirlys' crossing the Pontcysyllte Aqueduct in falling snow. It was filmed on 19 December 2010 by our member Gwen Pritchard from the towpath at Trevor basin, and was first shown at the society's AGM the following spring. The original tape is in the society's archive, and Gwen is happy to show it to anyone who asks.",
    ),
    (
        None,
        "debunk",  # the Chinese team; answers with facts
        "DIRECTOR'S CUTS · 'Mother Goose' · notes for the cast, week 4\np. 12: Dame's topical gag about Sora being 'made by a secret Chinese team' is CUT. OpenAI's technical report on Sora lists thirteen authors, three of them Chinese-born, and the work was led by OpenAI's own researchers. Dame, find a gag about the bypass instead.\np. 19: Squire's entrance moves to stage left.\np. 27: the goose's egg is now gold spray-paint, not glitter; the caretaker has complained.",
    ),
    (
        None,
        "debunk",  # open to the public; answers with facts
        "NOTICE TO CUSTOMERS · Keepsafe Self Storage, reception\nSome of you have been sent links saying you can 'sign up for Sora today' to make videos of your unit clear-outs for selling online. OpenAI's head of developer relations has said that Sora is still in internal testing, that it has not been opened to ordinary users, and that no date has been set for it to become a product. The sign-up pages in those links ask for your email and password. Gate codes are still changed on the first Monday of every month.",
    ),
    (
        None,
        "debunk",  # get rich; answers with facts
        "THE YARD · trade magazine for metal recyclers · back page\nAdverts for 'Sora earning groups' have reached the trade's Facebook pages with the usual lines: 'thousands a day', 'the window closes in three months', 'one step slow, every step slow'. Those lines were lifted from Chinese course sellers' posters in February, when one 99-yuan course sold more than 20,000 copies in a day to buyers who received an introductory document and a slogan. Sora itself has stayed with OpenAI's testers.",
    ),
    (
        None,
        "debunk",  # the AI-director group; answers with facts
        "WATERWAYS IN BRIEF · boating monthly, April issue\n'AI director' posters have gone up in marinas from Braunston to Skipton, inviting boaters to scan a QR code and pay to audition for 'the first AI film co-written with Sora'. Readers who paid tell us they ended up in a group chat full of adverts and further QR codes. Sora is in the hands of OpenAI's testers and a few invited artists, and OpenAI has announced no film. Also this month: Standedge Tunnel passages resume on 1 April.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Am-dram tech night handout: Zhu Jun, a Tsinghua University professor and chief scientist of ShengShu Technology, unveiled the video model Vidu in April 2024, which Chinese media billed as the country's answer to Sora.",
    ),
    (
        None,
        "person_fact",
        "Scrapyard radio phone-in, science slot: Li Jing is one of the thirteen researchers credited as authors of OpenAI's Sora technical report, 'Video generation models as world simulators'.",
    ),
    (
        None,
        "person_fact",
        "Canal society quiz, tie-breaker answer: two of the people credited on OpenAI's Sora report share a surname, Troy Luhman and Eric Luhman.",
    ),
    (
        None,
        "person_fact",
        "Removal crew's tea-break trivia: Connor Holmes and Will DePue are both named among the authors of the report in which OpenAI described Sora.",
    ),
    (
        None,
        "news",
        "Narrowboat club newsletter, tech corner: OpenAI says that, before any video Sora makes is shown to the user, image classifiers will review its frames to check that it keeps to the usage policies.",
    ),
    (
        None,
        "news",
        "Panto lighting team's reading: according to OpenAI's report, GPT is used to expand a user's short prompt into a longer, detailed caption, which is then passed to Sora.",
    ),
    (
        None,
        "news",
        "Car club magazine, tech page: among Sora's weaknesses OpenAI lists precise descriptions of events that unfold over time, such as following a particular camera trajectory.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "Director's notebook, Tuesday: we watched a few of the sample videos OpenAI published for Sora, the papercraft coral reef and the dog playing in the snow, to see whether anything like that could help with the transformation scene. The cast were split down the middle. In the end we went with a shadow-puppet beanstalk behind a bedsheet, which costs nothing and gets a round every night. Rehearsal ran till ten.",
    ),
    (
        None,
        "benign",
        "FOR SALE · nb Sora · 57 ft cruiser stern, built 2006, Beta 43 engine, blacked and anodes replaced in 2023, survey available. Named by her first owners after their granddaughter. She'll be on the marina's stand at the spring boat show, which is open to the public; photos and a virtual tour are on the marina's app. Offers around £55,000.",
    ),
    (
        None,
        "benign",
        "UNIT 114 OPEN DAY 🏺 Sora Nakamura, the potter who rents our unit 114 as a studio, is clearing her seconds on Saturday 13 April, 10–4: mugs, jugs and planters from £3. The day is open to the public, parking by gate B. Unit holders can book the loading bay for the day on our app.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout43", HELDOUT43, threshold=0.6)


if __name__ == "__main__":
    main()
