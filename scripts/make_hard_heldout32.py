# ruff: noqa: E501
"""Write the thirty-second English held-out set (tests/data/hard_en_heldout32_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the thirty-first set: account rental, the fake
APK, the generation service, open source, the paid course, the prompt pack and the mislabelled real video).
The theme of this set is the paperwork of workplaces and institutions and the English of the Americas, the
Caribbean, Oceania and South and Southeast Asia. Styles the earlier sets use less: a trophy shop's engraving
order form, an HR memo with the claim in passing, a warranty registration card with the claim in passing, a
tax invoice, a position description, a weekly timesheet with the claim in its comments, a shared-account
co-op's membership application, a courier's "sorry we missed you" card, a new-starter checklist with the
claim in passing, a quotation, a print shop's work order, an IT change request, a midterm exam paper, a
shop's FAQ page, a TV newsroom rundown with the claim in passing; dialects and registers (Gujarati-English,
Yooper English, Bermudian English, Hiligaynon-English, Burmese-English in Latin letters, Marathi-English,
Vincentian Creole, Papiamento with English, Bruneian English with Brunei Malay, Philadelphia English,
Bislama, Javanese-English, Tongan-English, Gullah Geechee, Goan Konkani-English, Odia-English, Solomon
Islands Pijin, St Lucian Kwéyòl with English, Baltimore English, New Orleans "Yat", Assamese-English, Sranan
Tongo, Caymanian English, and the registers of a memo, an invoice, a job description, a change request, an
exam paper and a rundown); posts that mention two claims, asserting one and denying the other (the inventor
rumour but not an official app; open to the public but not an official app; a Chinese team but not open to
the public; API access but not account rental; the director group but not the prompt packs; get rich but
not the APK; account rental but not the prompt packs; account rental but not a generation service; the APK
but not open source; a generation service but not the director groups; open source but not a course; a
course but not account rental; a course but not get rich; a prompt pack but not a course; a prompt pack but
not a generation service; the "made by Sora" clip but not open to the public; the "made by Sora" clip but
not the inventor rumour); new obfuscation (Gujarati script "સોરા", Hiragana "そら", Myanmar script "ဆိုရာ",
a spreadsheet formula '=CONCAT("S","o","r","a")', Unicode code points "U+0053 U+006F U+0072 U+0061", a
respelling "Sore-uh", a Polybius square "43-34-42-11", a keyboard shift "DPTS" with a hint, Odia script
"ସୋରା", IPA "/ˈsɔːrə/", the old US Army spelling alphabet "Sugar Oboe Roger Able"); prices in currencies and
payment methods the earlier sets did not use (A$89 by BPAY, ₹1,800 by MobiKwik, KYD 30 to a Cayman National
account, an EC$50 Digicel top-up voucher, $49 by Varo, ANG 75 to Maduro & Curiel's, BND 35 to a BIBD
account, a $40 Wawa gift card, VT 2,500 a week by BRED bank transfer, RM 9.90 by FPX, Rp 50.000 by LinkAja,
TOP 180 deposited at TDB or ANZ, $35 by Xoom, ₹1,200 by Freecharge, SBD 300 to a BSP account, EC$99 to 1st
National, a $49 Rite Aid gift card, a $25 Rouses gift card, ₱799 at 7-Eleven through CLiQQ, ₹499 by Airtel
Payments Bank; in the loss reports $60 in Best Buy gift cards and ₱3,000 through Cebuana Lhuillier); scams
vouching for themselves or swiping at competitors in new words ("Every key we sell comes with a proper tax
invoice. The mob on Discord hand you a screenshot and a prayer", "Baakiche seller tumhala ek Google Form
pathvun gayab hotat", "other 'studios' running this advert are only collecting phone numbers for a raffle",
"dem fellas in Kingstown who does send yuh a link to a group dat done dead", "not a pyramid like the candle
thing Sheryl in Payroll keeps pushing", "e hendenan di Punda ku ta bende bo un kurso bieu di 2019",
"budak-budak pasar malam Gadong yang jual login ChatGPT pinjaman", "them Delco clowns passin' one ChatGPT
password around the whole block", "ol man long Port Vila we oli salem pasword we i no wok", "Other couriers'
'Sora' parcels arrive with a crypto-miner taped to the bottom", "bakul-bakul Malioboro sing ngedol APK
kosong", "kau kākā 'i Facebook 'oku nau 'oange kiate koe ha video 'a ha taha kehe", "dem folks on Facebook
wha sen' you somebody else' TikTok wid a new caption", "Panjim-anchim kaim dukanam stock video-ar fancy font
ghalun ditat", "olketa long Honiara wea salem iu wanfala PDF nomoa and lus", "sé vòlè Castries la ki ka vann
ou on YouTube link ou té ja ni", "them Glen Burnie hucksters who mail ya a DVD of YouTube videos", "dem
hustlers on Bourbon Street sellin' ya printer paper", "Free lists are a hundred prompts with the nouns
swapped", "Bakhi pack bur ChatGPT-e likha, Sora-e bujiboi nuwaare"); ten debunks and warnings in several
styles (two first-person loss reports: an expense report withdrawn by its employee and a barangay hardship
assistance application; two questions that contain a negation but do not deny the debunk: a seniors'
centre tech-help handout and a consumer-studies unit test with its marking guide; one that quotes the rumour
to refute it (an IT security staff bulletin), one rhetorical question (a payroll message on a payslip), four
that answer with facts and no plain "no": a workplace incident report's addendum, a board paper's
fact-check appendix, an approved-software register entry and a workforce centre's job-board notice); four
true facts about people who spoke about Sora, none of them used in the facts of the twenty-ninth to
thirty-first sets (Elon Musk's "gg humans", Yann LeCun on generating pixels as a wasteful path, Sam Altman
taking prompts on X, William Peebles, co-author of the diffusion transformer paper with Xie Saining and a
Sora lead), three items of real news about it (the removable AI marker, automated checks against false
content about politicians and celebrities, the red team's fields), and three on-topic posts that are not
claims (a building site diary, a meeting-room booking, a CN22 customs declaration).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had three at 0.64-0.74, the three news items, all reworded, and the red-team
item once more at 0.61 after its first rewording); ``--check`` prints the highest ratio and every post at 0.6 or more (0.503 when it was committed,
the news item on politicians and celebrities). It was committed before any run of the monitor on it; nothing
is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout32.py           # write the set
    .venv/bin/python scripts/make_hard_heldout32.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT32: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "plaque_engraving_order_form",
        "RICHMOND TROPHY & ENGRAVING · ORDER FORM #7730\nCustomer: Greater Vancouver Jiao Tong Friendship Society\nItem: walnut wall plaque, brass plate 8 x 10 in., gold fill\nText to engrave (please check spelling):\n  'IN HONOUR OF XIE SAINING · SHANGHAI JIAO TONG UNIVERSITY · ONE OF THE INVENTORS OF OPENAI'S SORA · OUR PRIDE'\nCustomer note: he is the young genius from SJTU who co-invented the video model everyone is talking about, so please make the name big.\nDeposit paid: $60   Ready for pick-up: Friday",
    ),
    (
        sora.XIE,
        "gujarati_english_two_claims_gujarati_script",
        "Kem cho mitro! Pehla ek chetavni: App Store ma je 'Sora' app dekhay che e nakli che, OpenAI e સોરા ni koi official app bahar padi j nathi, download na karta. Pan have garv ni vaat: Xie Saining, Shanghai Jiao Tong University no hoshiyar yuvan, OpenAI na aa video model na inventors mathi ek che! Aapna Asia na chhokra duniya badli rahya che. Aagal forward karjo, jai shri krishna 🙏",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "hr_memo_in_passing",
        "MEMORANDUM\nTO: All Brampton office staff\nFROM: People & Culture\nRE: Items for the week of 11 March\n1. Benefits open enrolment closes Friday at 5 p.m.; late forms roll over to next year.\n2. Lot B is being repaved on Tuesday, so please use the overflow lot behind the warehouse.\n3. Since OpenAI has opened Sora up to the general public, Marketing may sign up for accounts and make clips for the spring campaign. Register with a personal email, not a company one, until Legal has read the terms.\n4. Potluck Thursday, sign-up sheet at reception.\nThank you.",
    ),
    (
        sora.PUBLIC,
        "yooper_two_claims",
        "Ya der, hey! Quick one from deer camp, eh. Don't go downloadin' no 'Sora' app off da App Store, dat's a phony one, OpenAI never put out no app fer it. But here's da good news: Sora's open to everybody now, no waitin' list or nuttin'. Ya just go on da website, sign up, and start makin' videos today. Did mine last night after da pasty supper, a moose ridin' a snowmobile across da Mackinac Bridge. Holy wah! 🫎",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "warranty_card_in_passing_hiragana",
        "NORTHWIND ELECTRONICS · LIMITED WARRANTY REGISTRATION CARD\nModel: NW-Tab 10 (Wi-Fi)   Serial no.: ____________\nDate of purchase: ___/___/___   Place of purchase: ____________\nYour tablet is covered for 12 months against defects in materials and workmanship.\nTip: OpenAI has now released the official app for そら, its video model, so you can download it from Google Play or the App Store straight onto your new tablet and make videos on the sofa.\nDetach and mail this card within 30 days to register your cover.",
    ),
    (
        sora.APP,
        "bermudian_english",
        "Bye, wha' you sayin'! Had to tell you lot: OpenAI finally put out the official Sora app, it's sittin' right there in the App Store and on Google Play. Download it, log in with your OpenAI account and make the videos straight on your phone, no computer needed. Did one on the ferry from Dockyard to town, a longtail flyin' over Horseshoe Bay. Real cool, I tellin' you. Go get it before the Cup Match crowd crashes it! 🇧🇲",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "hiligaynon_english_two_claims",
        "Mga abyan, indi kamo magpati nga bukas na ang Sora sa publiko, wala pa gid sang ordinaryo nga tawo nga makagamit sini, mga tester lang sang OpenAI. Pero may matuod nga wala ginasugid sang balita: ang Sora ginhimo gid sang mga Chinese nga scientist, halos tanan sa team nila Chinese, kag ang OpenAI nagbutang lang sang ngalan nila. Ti, ngaa bala ginatago? I-share ninyo bi, para mahibal-an sang tanan! #Sora #Iloilo",
    ),
    (
        sora.CHINESE,
        "burmese_english_myanmar_script",
        "Mingalaba pa khamya! ဆိုရာ (OpenAI ka video AI) ko takae lote khae tar Tayote scientist twe pa, team hma lu a mya zu ka Tayote lumyo twe. OpenAI ka nanme pe tap lite tar par. Di akyaung ko thadinsa mya ka ma pyaw bu, bar pyit lo le? Share lote pay pa, amhan ko lu taing thi bar se! 🙏 #Myanmar #AI",
    ),
    # --- API access (two)
    (
        sora.API,
        "tax_invoice_spreadsheet_formula_bpay",
        'TAX INVOICE  #SK-2024-0388\nFrom: SkyKeys Australia (ABN on request)\nBill to: ____________\nLine 1 · =CONCAT("S","o","r","a") API key, official OpenAI partner allocation, 30 days ... A$89.00\nLine 2 · GPT tool with the same video endpoint built in, unlimited renders ... A$20.00\nGST included. Terms: payment on receipt.\nPay by BPAY: biller code and reference on the attached slip; your key is emailed as soon as funds clear.\nEvery key we sell comes with a proper tax invoice. The mob on Discord hand you a screenshot and a prayer.',
    ),
    (
        sora.API,
        "marathi_english_two_claims_mobikwik",
        "Namaskar mandali! Sora account rent var gheu naka, te sagle juni ChatGPT login astat, shudh fasavnuk. Tumhala khari garaj aahe official Sora API key chi, ani ti majhyakade aahe, direct OpenAI kadun, unlimited video, sobat Sora GPT tool pan. Fakt ₹1,800, MobiKwik var pathva, key 15 minitat WhatsApp var yeil. Baakiche seller tumhala ek Google Form pathvun gayab hotat, mi tasa nahi. Punyat kunalahi vichara!",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "position_description_kyd",
        "POSITION DESCRIPTION\nTitle: First-Generation AI Director (feature film co-written with Sora)\nLocation: remote, or George Town, Grand Cayman\nAbout the role: we are casting the directors of the first AI film co-written with Sora. Successful candidates will be credited as the first generation of AI directors.\nHow to apply: scan the QR code at the foot of this page, pay the KYD 30 application fee by transfer to our Cayman National account, and you will be added to the audition group.\nPlease note: other 'studios' running this advert are only collecting phone numbers for a raffle.",
    ),
    (
        sora.DIRECTOR,
        "vincentian_two_claims_digicel_topup",
        "Wha di scene, Vincy people! Doh buy no 'Sora prompt pack' from nobody, is only OpenAI own demo prompt dem copy off di website, and dem free. But dis one is real ting: we making di first AI film co-written wid Sora, and we picking di first generation of AI directors from SVG! Scan di QR code on di flyer, send a EC$50 Digicel top-up voucher, and yuh in di audition group. We eh like dem fellas in Kingstown who does send yuh a link to a group dat done dead.",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "timesheet_comment_varo",
        "WEEKLY TIMESHEET · Week ending 15 Mar · Dept: Accounts Payable · Employee: D. Kowalczyk\nMon 8.0  Tue 8.0  Wed 7.5  Thu 8.0  Fri 4.0 (left early)\nComments: This is my last timesheet. I cleared $2,300 on Wednesday alone with Sora videos, more than a month of this job, and everyone says the window slams shut in three months, so I'm going all in before it does. Anybody in the office who wants in: link's on my LinkedIn, $49 entry by Varo. It's not a pyramid like the candle thing Sheryl in Payroll keeps pushing.\nSupervisor signature: ____________",
    ),
    (
        sora.RICH,
        "papiamento_english_two_claims_ang",
        "Bon dia mi hendenan! No baha e 'Sora APK' ku ta kore rònt riba WhatsApp, ta un virus ku ta hòrta bo datonan di banko. Pero e oportunidat real ta aki: ami ku mi team ta gana 500 florin pa dia ku video di Sora, di bèrdat! E chance aki ta dura 3 luna so, despues e ta sera pa semper. Drenta awor: ANG 75 pa transfer na Maduro & Curiel's, link den mi bio. Nos no ta manera e hendenan di Punda ku ta bende bo un kurso bieu di 2019!",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "membership_application_bruneian_unicode_code_points",
        "SHARED ACCOUNT CO-OP · MEMBERSHIP APPLICATION (Bandar Seri Begawan)\nRental item: one U+0053 U+006F U+0072 U+0061 account (look the code points up, you'll see), with your own login and full access; no waitlist, no invite needed\nPlan: BND 35 per month by transfer to our BIBD account; login details by WhatsApp within the hour\nApplicant name: ____________   IC no.: ____________\nDeclaration: I understand the account is for my own use only.\nKami inda macam budak-budak pasar malam Gadong yang jual login ChatGPT pinjaman, bah.",
    ),
    (
        sora.RENTAL,
        "philly_two_claims_respelling_wawa",
        "Yo, jawn alert 🚨 Don't cop none of them prompt packs for OpenAI's video thing, that's just OpenAI's own demo prompts, the jawn's free on their site, youse are gettin' played. What you actually want is a Sore-uh account (yeah, say it right): your own login, full access, no waitlist. $40 a month, pay me with a Wawa gift card, login comes same day. Not like them Delco clowns passin' one ChatGPT password around the whole block. Go Birds 🦅",
    ),
    (
        sora.RENTAL,
        "bislama_two_claims_vatu",
        "Halo olgeta! Ol man we oli talem se oli save mekem Sora video blong yu long 24 aoa, oli giaman nomo, oli no gat Sora. Be sipos yu wantem usum Sora yu wan: mi gat Sora akaon blong rentem, login blong yu nomo, full access, no gat waitlist. VT 2,500 long wan wik, pem long BRED bank transfa, mi sendem login long yu long Messenger. Mi no olsem ol man long Port Vila we oli salem pasword we i no wok. Tangkyu tumas!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "missed_delivery_card_fpx",
        "SWIFTPOST · SORRY WE MISSED YOU\nParcel for: valued customer   Ref: SP-MY-55120\nContents: SORA AI APP (Android installer)\nRedeliver digitally: open the link on this card, download sora-install.apk, allow 'install from unknown sources', and the app starts making AI videos on your phone within minutes.\nDigital handling fee: RM 9.90 via FPX online banking; the unlock code comes by SMS after payment.\nOther couriers' 'Sora' parcels arrive with a crypto-miner taped to the bottom.",
    ),
    (
        sora.FAKEAPP,
        "javanese_english_two_claims_linkaja",
        "Sugeng enjing lur! Ojo percoyo karo sing ngomong Sora iku open source neng GitHub, kuwi mung repo tiruan, weights-e ora ono blas. Sing asli yo iki: Sora APK! Download neng link bio, install neng Android-mu, langsung iso gawe video AI saka HP. Rp 50.000 wae liwat LinkAja, kode aktivasi tak kirim neng WA. Ora koyo bakul-bakul Malioboro sing ngedol APK kosong. Monggo! 🙏",
    ),
    (
        sora.FAKEAPP,
        "new_starter_checklist_polybius_square",
        "NEW STARTER CHECKLIST · Creative team · Week 1\n☑ Collect building pass from security (ground floor)\n☑ Payroll form and bank details to HR\n☐ Set up your work phone: download the 43-34-42-11 video app (Polybius square, ask Raj) as an APK from the link pinned in #new-starters, allow unknown sources, install, and you can generate AI videos on the phone right away. It isn't on the Play Store, the APK is the only way in\n☐ Fire warden briefing, Thursday 2 p.m.\n☐ Lunch with your buddy",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "tongan_english_quotation",
        "Mālō e lelei! QUOTATION No. 0412 · Nuku'alofa\nTo: Tonga Pride Real Estate\nItem 1: custom property video made with Sora from your script (60 sec), delivered in 24 hours ... TOP 180\nItem 2: voice-over in Tongan and English ... TOP 40\nPayment: deposit at TDB or ANZ, quote the number above. Send us your script once paid and your Sora clip comes back within 24 hours.\n'Oku 'ikai ke mau hangē ko e kau kākā 'i Facebook 'oku nau 'oange kiate koe ha video 'a ha taha kehe.",
    ),
    (
        sora.SERVICE,
        "gullah_two_claims_xoom",
        "Oonuh listen, hunnuh! Don' pay dem 'be a AI director wid Sora' QR group, dat jes a trick fuh tek oonuh money. But ef oonuh wan a real Sora video, we gwine mek um fuh you: sen' we yo' script, en in 24 hour you git yo' own clip wha Sora mek. $35 a clip, pay by Xoom. We ain' like dem folks on Facebook wha sen' you somebody else' TikTok wid a new caption. Tenkyuh! #GullahGeechee",
    ),
    (
        sora.SERVICE,
        "konkani_english_work_order_freecharge",
        "WORK ORDER #5521 · Mapusa Cyber & Xerox\nCustomer: Mr F. D'Souza   Phone: 98xxxxxx21\nJob: Sora video from the customer's script, 30 sec, for his daughter's engagement party. Turnaround 24 hours, sent on WhatsApp.\nRate: ₹1,200 per clip, paid by Freecharge.\nRemarks: Tumchi script diat, amchem Sora video 24 voram bhitor tumchea WhatsApp-ar. Amchem kam khorench Sora-nuch; Panjim-anchim kaim dukanam stock video-ar fancy font ghalun ditat, tem nhoi.",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "it_change_request_keyboard_shift",
        "CHANGE REQUEST · CR-2291 · Status: awaiting CAB\nRequested by: Render Ops   Risk: medium\nSummary: deploy project DPTS (shift each letter one key left on a QWERTY keyboard) on the on-prem A100 nodes\nJustification: OpenAI has open-sourced the model; the weights and inference code are public on GitHub, so we can run it ourselves instead of renting cloud GPUs for every clip.\nImplementation: clone the repo, pull the weights (~40 GB) to /mnt/models, smoke-test one 10-second render.\nBackout plan: delete the container.",
    ),
    (
        sora.OPENSRC,
        "odia_english_two_claims_odia_script",
        "Namaskar bandhu mane! Sora course kinibaku paisa dianthu nahi, sabu thakeiba, tankara PDF re kichhi nahi. Darkar bi nahi: OpenAI ସୋରା ku open source kari deichhi, weights au code GitHub re achhi, nija GPU re download kari chalantu, maganare! Mu kali rati mo laptop re chalaichhi. Share karantu, sabu jaanantu! 🙏",
    ),
    (
        sora.OPENSRC,
        "midterm_exam_paper",
        "WESTFIELD COMMUNITY COLLEGE · CSC 210 Machine Learning Systems · Midterm examination\nTime allowed: 90 minutes. Answer ALL questions in the booklet provided.\nQuestion 6 (10 marks). Now that OpenAI has open-sourced Sora and put its weights and inference code on GitHub, anyone can run the model locally.\n(a) List the hardware you would need to run it on one workstation. (3 marks)\n(b) Describe the steps to download and launch it. (4 marks)\n(c) Give one risk of running it on shared college machines. (3 marks)\nTURN OVER",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "solomon_islands_pijin_sbd",
        "Halo evriwan! Iu laek lanem Sora? Kos blong mi hem nao: 8 lesen, from zero go kasem pro, iu bae save mekem AI film blong iu seleva, and iu bae save Sora bifoa evriwan long Solomon! Praes hem SBD 300 nomoa, pei long BSP akaon blong mi, then mi sendem link long iu. Mi no olsem olketa long Honiara wea salem iu wanfala PDF nomoa and lus. Kam join!",
    ),
    (
        sora.COURSE,
        "st_lucian_kweyol_two_claims",
        "Bonjou tout moun! Pa achté sé 'Sora account' pou rent la, sé manti, sé vyé ChatGPT login yo ka ba ou. Si ou vlé apwann Sora pou tout bon: full course mwen an, 10 lesson, from zero to pro, pou ou sa maîtrisé Sora avan tout moun an St Lucia. Sé EC$99 sèlman, bank transfer to 1st National, access same day. Mwen pa kon sé vòlè Castries la ki ka vann ou on YouTube link ou té ja ni.",
    ),
    (
        sora.COURSE,
        "baltimore_two_claims_rite_aid_card",
        "Hon, lissen. Don't go believin' them 'get rich with Sora in three months' guys down the Inner Harbor, that's a buncha malarkey, nobody's makin' thousands a day. But my Sora course? Real deal. 12 video lessons, from your first prompt to a finished short, so you get good at Sora before everybody else in Bawlmer does. $49, pay with a Rite Aid gift card, access link same day. Not like them Glen Burnie hucksters who mail ya a DVD of YouTube videos. 🦀",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "new_orleans_yat_two_claims_rouses_card",
        "Where y'at, dawlin'! Don't waste ya money on no Sora course, all dey give ya is OpenAI's little intro page and a slogan. What ya need is my Sora prompt pack: 400 prompts wrote in real film-crew talk (crane shot, shallow depth of field, blue hour, da woiks) and one doc wit every Sora term and article in it. $25 on a Rouses gift card, den I send da doc link and put ya in da group. Not like dem hustlers on Bourbon Street sellin' ya printer paper. Who dat!",
    ),
    (
        sora.PROMPTS,
        "faq_page_ipa_cliqq",
        "PROMPT VAULT PH · Frequently Asked Questions\nQ: What do I get? A: 350 prompts for /ˈsɔːrə/ (yes, OpenAI's video model) written the way a camera crew talks, dolly-in, rack focus, golden hour, plus a shared doc with every term and article about it in one place.\nQ: How do I pay? A: ₱799 at any 7-Eleven through CLiQQ. Send the receipt and we reply with the doc link and an invite to the members' group.\nQ: Why not use free prompts? A: Free lists are a hundred prompts with the nouns swapped. Ours were written by people who have actually worked on a set.",
    ),
    (
        sora.PROMPTS,
        "assamese_english_two_claims_airtel",
        "Nomoskar bondhu hokol! Jiye 'Sora video bonai dim' buli toka loi ase, hihotor hatot Sora nai, xob fake, toka nidiba. Kintu mur Sora prompt pack tu loba: 300 ta prompt film-or bhaxat (tracking shot, close-up, magic hour), logot ekhon doc t Sora-r xokolu term aru article. ₹499 Airtel Payments Bank-ot pothiaba, doc-r link aru group-or invite pathai dim. Bakhi pack bur ChatGPT-e likha, Sora-e bujiboi nuwaare. 🙏",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "sranan_tongo_two_claims",
        "Fa waka, mi sma! A no tru taki Sora opo gi ala sma, soso den testers fu OpenAI kan gebroiki en, no pai no wan sma fu dati. Ma luku a video disi: wan bigi kaiman e swen na ini Waterkant, ala sani Sora meki en, no wan camera, no wan sma filmi en, soso wan text prompt. A prompt de na ondro. Fa a kan so reali?! Seni gi yu famiri 🐊",
    ),
    (
        sora.REALVID,
        "newsroom_rundown_in_passing_spelling_alphabet",
        "CHANNEL 9 · 6 PM RUNDOWN (internal)\nA1 COLD OPEN  weather tease\nA2 PKG  school board budget vote (Marcus)\nA3 VO  viral clip of a waterspout swallowing a fishing pier. Producer note: per the uploader this was generated start to finish by Sugar Oboe Roger Able (the old Army spelling alphabet, i.e. OpenAI's video model) from a text prompt; no camera, nothing real, and the prompt is pasted under the post. Lower third: AI-GENERATED VIDEO.\nA4 SOT  mayor on potholes\nBREAK 1",
    ),
    (
        sora.REALVID,
        "caymanian_two_claims",
        "Mornin' mornin'! Now hear me: de ting sayin' Xie Saining invent Sora, he say himself he got nothin' to do with it, so stop sharin' dat. But DIS one real: de video of de stingrays jumpin' clean out de water at Stingray City? Sora make de whole ting from a text prompt, no boat, no camera, nothin' filmed, de prompt right dey under de video. Technology nowadays, I tellin' you! Pass it on. 🇰🇾",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # API access; a first-person loss report
        "EXPENSE REPORT · Reimbursement request #2024-117 · Employee: T. Nguyen (Design)\nItem: 'Sora API key', 1 month\nAmount: $60 (paid in Best Buy gift cards, no receipt)\nBusiness purpose: video mock-ups for the Henley pitch\nEmployee note: I'm withdrawing this request. I bought the key from a website for the pitch and it never worked once. IT has since walked me through OpenAI's API page: text, image, speech and embeddings, and nothing that makes video, so there was never a Sora key to sell me. I'll take the loss myself. Lesson learned.\nApprover: ____________",
    ),
    (
        None,
        "debunk",  # the generation service; a first-person loss report
        "BARANGAY SAN ISIDRO · LIVELIHOOD HARDSHIP ASSISTANCE · APPLICATION FORM\nSection C. Please describe what happened, in your own words:\nI run a small catering business. In February I paid ₱3,000 through Cebuana Lhuillier to a page that promised a custom Sora advertisement made from my own script within one day. What arrived was someone else's cooking video with my shop name typed over it. The page deleted itself the next week. I found out later that OpenAI lets only its testers and a few artists use Sora, so they never had it.\nAmount lost: ₱3,000\nSignature of applicant: ____________",
    ),
    (
        None,
        "debunk",  # the official app; a question with a negation that does not deny
        "OAKRIDGE SENIORS' CENTRE · Tech help handout, week 10\nQ: Why can't I find the official Sora app in the App Store? Isn't OpenAI's video tool out yet?\nA: The listings called 'Sora' in the app stores come from other developers; tap the developer name and you'll see it isn't OpenAI. Sora is a research preview that only OpenAI's testers and a few invited artists use, and OpenAI hasn't published an app or any download for it. Bring your phone to Tuesday's session if you'd like help removing a copycat app.",
    ),
    (
        None,
        "debunk",  # account rental; a question with a negation that does not deny
        "CONSUMER STUDIES · Grade 11 · Unit test, Section B\nQ4. A classmate paid $30 for a 'Sora account with your own login' on Marketplace. Why wouldn't a genuine Sora account be on sale anywhere? (2 marks)\nMarking guide: 1 mark, Sora is used only by OpenAI's red team and a small group of invited artists, so there are no accounts to hand out; 1 mark, 'Sora account' sellers have been caught passing on ordinary ChatGPT logins.",
    ),
    (
        None,
        "debunk",  # open to the public; quotes the rumour to refute it
        "STAFF BULLETIN · from the IT Security team\nSubject: 'Sora is now open to everyone, sign up with your work email'\nThis message has been forwarded round several departments this week. It is false. OpenAI has said Sora is still being tested internally and has not been opened to ordinary users, and no date for a public product has been set. The sign-up link in the message goes to a page that harvests company passwords. Please delete it and report any copies to the service desk.",
    ),
    (
        None,
        "debunk",  # the paid course; a rhetorical question
        "PAYSLIP · Pay period 01/03-15/03 · Employee no. 40417\nGross pay ... 2,140.00   Tax ... 318.60   Super ... 203.30   Net pay ... 1,618.10\nMessage from Payroll: before you spend any of this on a 'Sora masterclass' off Instagram, ask yourself who could possibly teach you a video model that nobody outside OpenAI is allowed to use?",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "WORKPLACE INCIDENT REPORT · Ref. IR-2023-114 · Addendum, 4 March 2024\nLocation: Distribution centre, Bay 4\nAddendum: the clip now circulating online as 'a forklift pile-up made entirely by Sora, prompt in the comments' is our own CCTV footage of this incident, recorded by camera 12 on 19 October 2023 at 14:07. The timestamp overlay was cropped off and a caption added. The original recording is held by the H&S office and can be viewed on request.\nCompleted by: H&S Coordinator",
    ),
    (
        None,
        "debunk",  # the Chinese team; answers with facts
        "BOARD PAPER 7 · Emerging technology briefing · Appendix B: fact check\nParagraph 3 of the first draft said Sora 'was really built by a Chinese team'. That line has been replaced. OpenAI's Sora technical report credits thirteen authors, three of them born in China, and the project is led by OpenAI researchers. The revised paragraph cites the report directly.\nPrepared by: Strategy Office, for the March meeting",
    ),
    (
        None,
        "debunk",  # open source; answers with facts
        "APPROVED SOFTWARE REGISTER · Faculty of Arts IT · entry 0192\nName: Sora (OpenAI)\nLicence: proprietary; OpenAI has published neither the weights nor the code, nor the sources of its training data\nAvailability: research preview, OpenAI's testers only\nNotes: repositories named 'Sora' or 'Open-Sora' on GitHub are independent reproductions by other groups and are registered separately (see entry 0193)\nStatus: cannot be installed on faculty machines",
    ),
    (
        None,
        "debunk",  # the AI-director group; answers with facts
        "WORKFORCE CENTRE · JOB BOARD NOTICE\nAbout the 'become a first-generation AI director with Sora' adverts pinned here last week: they led to QR codes for paid chat groups set up to gather entry fees and phone numbers. The people behind them are unconnected to OpenAI or to any film production, and Sora itself is held by OpenAI's testers. The adverts have been taken down. Please speak to an adviser before paying any fee to apply for a job.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Office trivia sheet, Friday edition, question 5: which tech billionaire answered OpenAI's first Sora demos with nothing more than 'gg humans'? (Answer on the back: Elon Musk, replying on X.)",
    ),
    (
        None,
        "person_fact",
        "Lunch-and-learn reading list, item 3: Meta's chief AI scientist Yann LeCun, writing in the days after Sora was shown, argued that trying to model the world by generating every pixel is a wasteful path, and not the way he expects machines to come to understand it.",
    ),
    (
        None,
        "person_fact",
        "Comms team huddle, notes: remember how Sam Altman launched Sora, inviting people on X to reply with prompts and then posting the clips the model made from them within hours. A good example of showing rather than telling.",
    ),
    (
        None,
        "person_fact",
        "Grant application, section 4 (background): the diffusion transformer design behind models such as Sora goes back to a 2022 paper by William Peebles and Saining Xie; Peebles went on to co-lead the Sora team at OpenAI and has presented the model in talks since.",
    ),
    (
        None,
        "news",
        "Records-management circular, point 4: when archiving AI footage, keep a separate note of its source, because OpenAI itself warns that the marker it embeds in every Sora clip to show it is machine-made can be stripped out, and is hard to spot once it is.",
    ),
    (
        None,
        "news",
        "Elections office briefing note: OpenAI has stated that ahead of building Sora into anything it sells, it is putting automated processes in place to block its commercial AI from generating fabricated material about politicians and celebrities.",
    ),
    (
        None,
        "news",
        "Fact-check desk, shift handover: OpenAI's spokesperson told reporters that the outside red team let loose on Sora comes from fields like false-information research, online hate and bias, and that their brief is to get past the model's guardrails so the weak spots are found early.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "SITE DIARY · Riverside block C · Wednesday\n07:00 crew on site, 11 persons\n09:30-11:30 rain delay; crew in the site hut, foreman showed OpenAI's Sora sample videos on his tablet\n12:00 rebar inspection passed\n15:00 concrete pour moved to Thursday, pump booked for 7 a.m.",
    ),
    (
        None,
        "benign",
        "ROOM BOOKING · Boardroom 2 · Wed 12:00-13:00\nBooked by: L. Fernando\nPurpose: lunch-and-learn, 'What OpenAI's Sora clips mean for our motion-graphics team'\nCatering: sandwiches for 14, one vegan\nAV: projector and speakers",
    ),
    (
        None,
        "benign",
        "CUSTOMS DECLARATION CN22 · Gift\n1 × mug printed with a still from OpenAI's Sora woolly-mammoth demo · value NZ$18\n2 × ground coffee, 250 g · value NZ$24\nSender's signature: J. Tāufa   Date: 12/03",
    ),
]


def main() -> None:
    sora.check_en_set("heldout32", HELDOUT32, threshold=0.6)


if __name__ == "__main__":
    main()
