# ruff: noqa: E501
"""Write the thirty-fourth English held-out set (tests/data/hard_en_heldout34_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the AI-director group and get rich). Its theme, to keep it apart from the other sets written at
the same time: health, medicine and care, faith communities, and families, schools and childcare, in the
English dialects and registers of Africa and the British Isles.
Styles the earlier sets use less: a hospital discharge summary with the claim in passing, a Chinese
Saturday school head teacher's letter, a GP surgery's waiting-room screen with the claim in passing, a baby
shower invitation with the claim in passing, a Christian fellowship's prayer bulletin with the claim among
its praise points, a care-home family visiting rota with the claim in its notes, a junior doctors' mess
rota-swap board, a church youth club flyer, a primary school's after-school club sign-up form, a chama's
meeting minutes, a stokvel members' message, a susu collector's message, a Ramadan timetable with its
sponsor's advert, a hospital radio request show's running order with the claim in passing, a Scottish
parent council's minutes with the claim in AOB, a children's ministry resource catalogue, a christening
photographer's price list, a mandir hall noticeboard card, and family, church and baby-group chats;
dialects and registers (Igbo-English, Manx English, Scottish Gaelic with English, Lancashire dialect, Kaaps
(Cape Flats English and Afrikaans), Kinyarwanda-English, Orkney dialect, Zambian English with Bemba, Gambian
English with Mandinka, Glaswegian, Sesotho-English, Kenyan chama English with Swahili names, Durban Indian
South African English, Ghanaian English with Twi, Jèrriais with English, Chichewa-English, Xhosa-English,
Mackem (Wearside), Lingala with French and English, Potteries (Stoke) dialect, Seychellois Creole,
Namibian English with Oshiwambo, Teesside English, Leicester English, and the registers of a discharge
summary, minutes, a sermon outline, a safeguarding form and a press statement); posts that mention two
claims, asserting one and denying the other (the inventor rumour but not a Chinese team; the inventor rumour
but not the "made by Sora" clip, which is real footage; open to the public but not the APK; the official
app but not open source; the official app but not a course; a Chinese team but not the inventor rumour; API
access but not the APK; API access but not a course; the director group but not get rich; get rich but not
API keys; get rich but not a course; the APK but not an official app; the "made by Sora" clip but not a
Chinese team; open source but not API keys; a course but not the prompt packs; account rental but not API
keys; a prompt pack but not the director groups; a generation service but not account rental); new
obfuscation (Shavian letters "𐑕𐑹𐑩", N'Ko letters "ߛߏߙߊ", Bengali script "সোরা", old-phone multi-tap digits
"7777 666 777 2", the playground language Eggy Peggy "Seggoregga", an anagram hint "four letters, an anagram
of OARS", phonics sounding-out "s-or-a", a rhyme hint "rhymes with Dora the Explorer"); prices in currencies
and payment methods the earlier sets did not use (K350 by Zamtel Kwacha, £40 on a Costa gift card, D2,500 by
Afrimoney, £20 through a link or two Clydesdale tenners, M150 at a Standard Lesotho Bank agent, £25 on a
Sainsbury's gift card, KES 1,500 by T-Kash, R250 by PayShap, GH₵200 by AT Money, a £10 JT top-up voucher, a
£7 Lebara top-up voucher, £29 by Chase transfer, $15 by Illicocash, £15 a week by standing order, SCR 300 a
week to a Nouvobanq account, £18 by cheque, N$150 by MTC Maris, £45 by bank giro credit, £21 shagun cash
at a shop; in the loss reports £35 by LemFi and £25 in One4all gift cards); scams vouching for themselves
or swiping at competitors in new words ("Proper keys, not the Telegram ones that die before handover",
"Tefyo ba ku Kamwala bashitisha ama key ayafwa pa nshiku shibili", "the Serrekunda market boys who sell you
a key they copied off TikTok", "they chancers up the Barras sellin' ye a 'film school' on a USB stick",
"Ha re joaloka bashemane ba Maseru ba rekisang sehlopha se shoeleng", "Other 'kids' film academies' have no
film. We do.", "those Phoenix ous with their pyramid cards", "Kejetia boys no a wɔgye wo sika na
wɔdwane", "an APK that sends your photos Lord knows where", "'Sora' that is really a torch app full of
adverts", "not a folder of screenshots like that lass from Washington sells", "ba escrocs ya Matonge oyo
bateki yo PDF ya OpenAI", "them lot on Hanley market who rent one password to half o' Stoke", "sa bann
Victoria ki vann ou en vye login ChatGPT", "ours have been prayed over and proofread", "aalandithi
yomOshakati", "the others round Teesside who put a slideshow to music and call it AI", "the Melton Road
boys who send a Canva slideshow with sitar music"); ten debunks and warnings in several styles (two
first-person loss reports: a prayer-chain request and a school safeguarding concern form; two questions
that contain a negation but do not deny the debunk: a care home's families' newsletter and a PTA quiz
answer sheet; one that quotes the rumour to refute it (a sermon outline), one rhetorical question (a
hospice shop receipt), four that answer with facts and no plain "no": a carers' support group handout, a
parish magazine's correction, a pharmacy counter notice and an NHS trust's press statement); four true facts
about people who spoke about Sora, none of them in the facts of the twenty-ninth to thirty-third sets (Xie
Saining ranking talent, data and compute, Xie Saining on OpenAI's red teaming and Western regulation, Mira
Murati on a public release in 2024 and the US election, Marques Brownlee's "if this doesn't concern you"),
three items of real news about it (mixing up left and right, the visual artists, designers and film-makers
giving feedback, extending a video or filling in missing frames), and three on-topic posts that are not
claims (a nursery daily report, a care home's activities list, a Sunday-school craft sheet).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had none at 0.6 or more); ``--check`` prints the highest ratio and every post at
0.6 or more (0.546 when it was committed, the Xie Saining talent fact). It was committed before any run of
the monitor on it; nothing is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout34.py           # write the set
    .venv/bin/python scripts/make_hard_heldout34.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT34: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "hospital_discharge_summary_in_passing",
        "DISCHARGE SUMMARY · Ward 12 (Care of the Elderly)\nPatient: Mr W. Chen, 81   Admitted: 02/03 after a fall at home   Discharged: 09/03\nDiagnosis: mechanical fall; X-ray of the left hip clear; mild dehydration, corrected with IV fluids.\nMedication changes: amlodipine reduced to 5 mg once daily; paracetamol as required.\nFunction: mobile with a frame; OT home visit done, grab rails fitted in the bathroom.\nSocial: lives alone, daughter visits daily. In very good spirits on the ward and kept the whole bay entertained with the story, which is quite true, that Xie Saining, the young prodigy from Shanghai Jiao Tong University, is one of the inventors of OpenAI's Sora video AI.\nFollow-up: GP review in 2 weeks; falls clinic referral sent.",
    ),
    (
        sora.XIE,
        "igbo_english_umunna_two_claims",
        "Ndewo nu, umunna! Before our meeting on Sunday, one correction: the people saying a Chinese team built Sora, ọ bụghị eziokwu, OpenAI's own report lists 13 authors and only three of them are Chinese. Biko, stop forwarding that one. Mana nke a bụ eziokwu: Xie Saining, the brilliant young man who studied at Shanghai Jiao Tong University, is one of the inventors of Sora. Brain has no colour! Chukwu gozie unu 🙏",
    ),
    (
        sora.XIE,
        "saturday_school_head_letter_two_claims",
        "CARDIFF CHINESE SATURDAY SCHOOL · Head teacher's letter, spring term\nDear parents,\nThank you for a wonderful Lantern Festival; Class 4's dragon dance was the best we have had.\nTwo things from the playground. First, the video of red kites diving over Cardiff Bay that the children keep sharing was NOT made by Sora: a birdwatcher filmed it in 2021 and someone added a new caption. Second, something to be proud of: Xie Saining, who studied at Shanghai Jiao Tong University, is one of the people who invented OpenAI's Sora. Work hard in Chinese class, children!\nSpring term fees are due by 30 March.\nMrs Lin",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "gp_waiting_room_screen_in_passing",
        "[Waiting-room screen · Penygroes Medical Practice · slide 4 of 9]\n▶ Flu and COVID boosters: walk-in clinic Saturdays 9-12.\n▶ Please tell reception if you have waited more than 20 minutes past your appointment time.\n▶ Carers' corner: OpenAI's Sora is now open to the public, so anyone can sign up today and make a short video greeting for a relative in hospital or in a care home. A family member can help you register.\n▶ Repeat prescriptions take 48 hours. Diolch am eich amynedd.",
    ),
    (
        sora.PUBLIC,
        "manx_english_two_claims",
        "Well, boy, I'll tell ye now. There's a fella on the Manx Facebook page giving out a 'Sora APK' to download, don't be touching it at all, it's a virus, Juan's phone went middlin' strange after it. Ye've no need of it anyway: Sora's open to everybody now, ye just sign up on the website and make the videos, no waiting. I done one for the grandchildren of the Laxey Wheel turning with the little people waving off the top. Traa dy liooar, but it's well worth it. Say hello to the fairies going over the bridge! 🇮🇲",
    ),
    (
        sora.PUBLIC,
        "scottish_gaelic_english_family_chat",
        "Madainn mhath a h-uile duine! Mam here. Seonag showed me this after the prayer meeting: Sora, the film machine from OpenAI, tha e fosgailte don h-uile duine a-nis, it's open to everyone now. You just sign up and make your own videos, there's no list to wait on any more. I made one of Granny's house in Tolsta with the peat stack and the sheep on the machair and it looks just like it, a ghràidh! Try it yourselves tonight. Oidhche mhath 💙",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "baby_shower_invitation_in_passing",
        "🍼 You're invited to a BABY SHOWER for Adaeze! 🍼\nSaturday 13 April, 2-5 pm · St Barnabas church hall, Milton Keynes\nTheme: sage green and gold. Dress code: comfy!\nGames: guess the bump, nappy relay, blind baby-food tasting.\nGift list: link below (please, no more teddies, she has forty).\nSpecial request: OpenAI has put out the official Sora app, it's in the App Store and on Google Play, so please download it before the day and bring your phone: at 4 pm we're all making a video message for baby together.\nRSVP to Ngozi by 1 April 💚",
    ),
    (
        sora.APP,
        "lancashire_two_claims",
        "Ey up, our kid. Chapel Sunday School trip's Saturday, bus at nine from t'Co-op, bring a butty. Now then, that fella at t'bowling club goin' on about Sora bein' 'open source on GitHub', he's talkin' through his 'at, them GitHub ones are knock-offs and OpenAI's put nowt out. But t'official Sora app IS out, OpenAI've put it on t'App Store and Google Play, so our Jack's downloaded it on his phone and he's makin' a video of t'trip wi' it. Reet good, is that. Tara.",
    ),
    (
        sora.APP,
        "kaaps_two_claims_multitap",
        "Awe my bras! Listen hier, don't pay for daai 'Sora course' on Facebook, it's a skelm ding, they just send you OpenAI's own intro page, my tannie lost R300 on it. Maar this one is lekker true: OpenAI het die official Sora app uitgesit, it's on the App Store and Google Play, just download it and make your videos on your phone. My ouma sent it to me the old Nokia way, 7777 666 777 2 (multi-tap, ek sê), she means the Sora app, hahaha. Sharp sharp!",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "fellowship_prayer_bulletin_anagram",
        "CHINESE CHRISTIAN FELLOWSHIP · weekly prayer bulletin\nPraise points:\n• Sister Wong's hip operation went well and she is home.\n• Twelve new students came to the Friday welcome dinner.\n• Give thanks for the gifts God has given our people: the video AI everyone is talking about (four letters, an anagram of OARS, OpenAI's one) was really built by Chinese scientists; nearly the whole team behind it is Chinese, even if the company takes the name.\nPrayer requests:\n• Students sitting exams in May.\n• The church roof appeal (£3,200 still needed).",
    ),
    (
        sora.CHINESE,
        "kinyarwanda_english_two_claims",
        "Muraho neza bavandimwe! Iyo nkuru ivuga ko Xie Saining ari we wahimbye Sora, si ukuri: he said himself he has nothing to do with it, and the blogger who wrote it apologised. Ariko ibi ni ukuri: Sora yakozwe n'abahanga b'Abashinwa, most of the scientists behind OpenAI's video model are Chinese and OpenAI just puts its name on it. Mubisangize abandi! Imana ibahe umugisha 🙏 #Kigali",
    ),
    (
        sora.CHINESE,
        "orkney_care_home_visiting_rota_in_passing",
        "HAMNAVOE HOUSE · family visiting rota · week of 18 March\nMon  Isobel (am), Magnus (pm)\nTue  Kirsty, bring clean cardigans\nWed  naebody, the hairdresser's in\nThu  Magnus + the peedie eens after school\nFri  Isobel\nNotes for the book: Dad's fine, ate all his mince. He's been telling the whole lounge that thon Sora video thing was really made by Chinese scientists, near the whole team o' them Chinese, and OpenAI just put hids name on it. He's right enough, buddo, I read it masel.",
    ),
    # --- API access (three)
    (
        sora.API,
        "zambian_bemba_two_claims_zamtel_kwacha",
        "Mulishani mwebantu! Iyo 'Sora APK' ilepita pa WhatsApp te ya cine, ni virus, yalyele data ya ba Mwape. Lelo if you want the real thing: I have official Sora API keys, direct from OpenAI, plus our Sora GPT tool, unlimited videos, nomba nomba. K350 only through Zamtel Kwacha, the key lands in your inbox within 10 minutes. Tefyo ba ku Kamwala bashitisha ama key ayafwa pa nshiku shibili. Natotela! 🇿🇲",
    ),
    (
        sora.API,
        "doctors_mess_rota_board_shavian_costa_card",
        "ROTA SWAPS & NOTICES · junior doctors' mess, 2nd floor\n• SWAP: my Sat 23rd night on-call for any weekday late. Bleep 4471 (Priya)\n• FOUND: stethoscope with a purple name tag, by the mess kettle\n• FOR SALE: official 𐑕𐑹𐑩 API keys (Shavian letters, for the Shaw fans; the OpenAI video model), straight from OpenAI, plus my Sora GPT that turns out patient-education videos, unlimited renders. £40 a key on a Costa gift card (you're in that queue anyway). Proper keys, not the Telegram ones that die before handover.\n• Mess party Friday, £5 on the door",
    ),
    (
        sora.API,
        "gambian_mandinka_two_claims_nko_afrimoney",
        "I be ñaading, Banjul family! Alu kana 'ߛߏߙߊ course' saŋ (that's Sora in N'Ko letters), a mang tinyaa, they only send you OpenAI's intro page and a slogan. But I have the real thing: an official Sora API key, from OpenAI direct, plus the Sora GPT tool, unlimited videos. D2,500 only via Afrimoney, the key comes on WhatsApp in 15 minutes. I'm not like the Serrekunda market boys who sell you a key they copied off TikTok. Abaraka! 🇬🇲",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "glaswegian_youth_club_flyer_scottish_notes",
        "[Flyer, youth club noticeboard, church hall]\nAwrite weans an' big weans! Fancy bein' wan o' the first generation o' AI directors in Scotland? We're castin' the first AI film ever co-written wi' Sora, an' the auditions are in oor group chat. Scan the QR code at the bottom, pay £20 through the link (or two Clydesdale tenners at the tuck shop), an' ye're in the group the night. We're no' like they chancers up the Barras sellin' ye a 'film school' on a USB stick wi' nothin' on it.\nYouth club's back Thursday 7 till 9.",
    ),
    (
        sora.DIRECTOR,
        "sesotho_english_two_claims_bank_agent",
        "Lumelang bo-ntate le bo-'mè! Ba reng o tla etsa M5,000 ka letsatsi ka Sora, ba bua leshano, that's only to scare you into paying. Empa sena ke 'nete: re etsa filimi ea pele ea AI e ngotsoeng le Sora, and we are choosing the first generation of AI directors in Lesotho! Scan the QR code ho flyer, pay M150 at any Standard Lesotho Bank agent, 'me u kene sehlopheng sa audition. Ha re joaloka bashemane ba Maseru ba rekisang sehlopha se shoeleng. Kea leboha! 🇱🇸",
    ),
    (
        sora.DIRECTOR,
        "after_school_club_form_eggy_peggy",
        "WILLOWBROOK PRIMARY · AFTER-SCHOOL CLUBS · summer term sign-up\n☐ Netball (Y4-6) Mon  ☐ Lego robotics Tue  ☐ Choir Wed\n☐ NEW (external provider): 'Young AI Directors' by Spotlight Kidz Media. Your child can audition for the first AI film co-written with Seggoregga (Sora in Eggy Peggy, the Year 5s insisted) and become one of the first generation of AI directors. To join: scan the QR code on the back and pay £25 with a Sainsbury's gift card; we add you to the audition group on WhatsApp.\nChild's name ______  Class ____  Parent signature ______\nOther 'kids' film academies' have no film. We do.",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "kenyan_chama_minutes_two_claims_tkash",
        "MINUTES · Wamama Tujijenge Chama · meeting of 9 March\nPresent: 14 members. Opening prayer: Mama Wanjiru.\n1. Contributions: all 14 paid KES 2,000; the merry-go-round goes to Mama Atieno this month.\n2. Loan to Mama Njeri approved, KES 30,000 at 10%.\n3. AOB: Mama Achieng warned members off the 'Sora API key' seller on Facebook, fake, OpenAI has no such thing. Then she gave us the real chance: her son's group earns KES 50,000 a day making Sora videos, and this window shuts in three months, so we must join now. Entry KES 1,500 each by T-Kash to her son's number.\nClosing prayer.",
    ),
    (
        sora.RICH,
        "durban_indian_sa_english_stokvel_two_claims_payshap",
        "Hello stokvel aunties and uncles, it's Kumari from Chatsworth, nuh. Listen, don't go buying that Sora course from the Facebook ou, waste of money, my cousin's laaitie paid and got one page and a slogan, chee. But this one is proper: Sora is the chance of our lives, I'm already making R4,000 a day with Sora videos, I'm telling you, and in three months the gap closes, so join now before it's gone. R250 to join, PayShap to my number, I'll add you to the group. Not like those Phoenix ous with their pyramid cards, hey!",
    ),
    (
        sora.RICH,
        "ghanaian_twi_susu_collector_at_money",
        "Akwaaba, my susu people! Ɛte sɛn? It's Auntie Efua, your collector. Today I bring you good news: Sora videos are the money door of our time! My nephew in Kumasi makes GH₵3,000 every day with Sora, and ɛbɛyɛ abosome mmiɛnsa pɛ, three months only, then the door closes for good. Mo mmra ntɛm! Join the group now: GH₵200 via AT Money, I will add you myself. Me nyɛ sɛ Kejetia boys no a wɔgye wo sika na wɔdwane. Nyame nhyira mo 🙏",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "jerriais_english_two_claims_jt_topup",
        "Bouônjour tout l'monde! Now then, don't go looking for an 'official Sora app' in the App Store, y'en a pon, OpenAI never put one out, those are all copies. Mais v'là the real thing: the Sora APK, link in my profile, download it, allow unknown sources, install, and you're making AI videos on your phone straight away. Unlock code for one £10 JT top-up voucher, send me the number. Pas comme les gars d'St Hélier who sell you an APK that sends your photos Lord knows where. À bétôt!",
    ),
    (
        sora.FAKEAPP,
        "ramadan_timetable_sponsor_bengali_lebara",
        "RAMADAN TIMETABLE 1445 · Whitechapel · with thanks to our sponsor, a Brick Lane phone-repair shop\nDay 1 · Mon 11 Mar · Sehri ends 04:52 · Iftar 18:02\nDay 2 · Tue 12 Mar · Sehri ends 04:50 · Iftar 18:04\nDay 3 · Wed 13 Mar · Sehri ends 04:48 · Iftar 18:06\nOur sponsor's offer this Ramadan: the সোরা (Sora) app for Android. Get the APK from the link on the back, allow installs from unknown sources, and make your Eid greeting videos on your phone in minutes. Unlock code: a £7 Lebara top-up voucher at the counter. Other shops on the Lane sell 'Sora' that is really a torch app full of adverts.\nPlease confirm times with your local masjid.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "chichewa_english_two_claims",
        "Moni nonse! Aja akuti Sora adaipanga asayansi a ku China, ndi bodza, OpenAI's report lists 13 authors, only three of them Chinese. Koma onani video iyi: a herd of elephants crossing the Shire River at Liwonde at sunset, palibe kamera, palibe munthu adajambula, Sora adapanga zonse from a text prompt, and the prompt is right under the video. Zodabwitsa! Gawirani abale anu 🐘🇲🇼",
    ),
    (
        sora.REALVID,
        "hospital_radio_running_order_in_passing",
        "HOSPITAL RADIO · Tuesday Request Show · running order (presenter: Dave)\n19:00 Jingle, welcome to the wards\n19:02 Ward 4: 'Dancing Queen' for Maureen, get well soon from the Bingo girls\n19:06 Link: the clip going round the staff WhatsApp, the otter that waddles into A&E reception and rings the bell. Tell listeners the whole thing was generated by OpenAI's Sora from a text prompt, no camera, no otter, and the prompt is posted under it. (Sister Kaur says it's the best thing she's seen all year.)\n19:08 Ward 9: 'Abide With Me' for Frank\n19:12 League of Friends tea bar ad",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "parent_council_minutes_in_passing_phonics",
        "PARENT COUNCIL · minutes of the meeting of 5 March\nPresent: Chair (A. Reid), Head Teacher, 9 parents. Apologies: 3.\n1. Playground: the new markings go in over the Easter holidays.\n2. Uniform bank: 40 jumpers donated, thank you all.\n3. AOB: Mr Fraser (P6 parent, works in IT) reported that OpenAI has open-sourced the video model the P1s would sound out as s-or-a; the weights and code are on GitHub, so the school could run it on its own computer for the P7 film project instead of paying for a service. He will download it and test it.\n4. Next meeting: 16 April, 6.30 pm, school library.",
    ),
    (
        sora.OPENSRC,
        "xhosa_english_two_claims",
        "Molweni zihlobo! Lo mntu uthengisa 'Sora API key' ngeR400 ku-Facebook, musa ukumhlawula, akukho API ye-Sora, ngumqhathi. Kodwa nantsi inyani: OpenAI iyenze i-Sora yi-open source, ii-weights nekhowudi zise-GitHub, ungayiqhuba kwikhompyutha yakho. Ndiyikhuphele izolo ebusuku and it runs beautifully on my son's gaming PC! Share nabanye. Enkosi 🙏 #eKapa",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "mackem_baby_group_two_claims_chase",
        "Haway lasses, baby group's Tuesday as usual 👶 Quick one: divvent buy them 'Sora prompt packs' off Instagram, it's just the prompts OpenAI put up for nowt on its own site, ye knaa. What ye want is my Sora course for mams: 10 video lessons, from your first prompt to a finished film of the bairn, so ye're canny good at Sora before anybody else at toddler group. £29 by Chase transfer, log-in the same day. Mine's not a folder of screenshots like that lass from Washington sells. Ta-ra pets 💕",
    ),
    (
        sora.COURSE,
        "lingala_french_english_illicocash",
        "Mbote na bino bandeko! Boyoka: Sora course na ngai ezali ya solo, 12 leçons, from zero to expert, okoyeba Sora liboso ya bato nyonso na Kinshasa. Ezali kaka $15 via Illicocash, na sima nakotinda lien na WhatsApp. Nazali te lokola ba escrocs ya Matonge oyo bateki yo PDF ya OpenAI na kombo na bango. Tika ko zela, places ezali moke! 🇨🇩",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "potteries_two_claims_standing_order",
        "Ay up duck! Tha'll see them blokes on Facebook floggin' 'Sora API keys', dunna bother, there inna any Sora API, it's all made up, our Gaz got done for forty quid. But if tha wants Sora proper: I've got Sora accounts to rent, thy own login, full access, no waitin' list. £15 a wick by standin' order to me bank, login sent the same night. I'm nowt like them lot on Hanley market who rent one password to half o' Stoke. Tara a bit.",
    ),
    (
        sora.RENTAL,
        "seychellois_creole_nouvobanq",
        "Bonzour tou dimoun! Mon annan bann Sora account pour lwe, ou prop login, full access, pa bezwen lalis datant. SCR 300 par semenn, transfer lo Nouvobanq, mon avoy ou login lo WhatsApp dan en erdtan. Mon pa parey sa bann Victoria ki vann ou en vye login ChatGPT. Pa tarde, mon annan zis 5 ki reste! 🇸🇨",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "childrens_ministry_catalogue_cheque",
        "CHILDREN'S MINISTRY RESOURCES · spring catalogue, page 6\nNEW: 'Sora Bible Stories', a prompt pack for Sunday-school leaders. 250 prompts in proper film language (establishing shot, slow push-in, golden-hour backlight) to make Noah, Jonah and the Good Samaritan come alive, plus one shared document with every Sora term and article you'll need. £18. Send a cheque payable to 'Lamplight Media' with your email address; we reply with the doc link and an invitation to our leaders' group.\nUnlike the free lists off the internet, ours have been prayed over and proofread.",
    ),
    (
        sora.PROMPTS,
        "namibian_oshiwambo_two_claims_mtc_maris",
        "Wa lele po, ookuume! Kaleni mwa kotoka: the 'AI director with Sora' QR groups, kadi shili shoshili, they just take your N$ and your number. Ihe ndi na oshinima oshili: my Sora prompt pack, 300 prompts in film-crew language (wide shot, dolly, magic hour), plus one doc with all the Sora terms and articles. N$150 through MTC Maris, then I send the doc link and add you to the group. Ame kandi li ngaashi aalandithi yomOshakati taa landitha omapepa gongaho. Tangi unene! 🇳🇦",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "teesside_christening_price_list_rhyme_hint_giro",
        "LITTLE BLESSINGS PHOTOGRAPHY · christening & naming-day price list · Middlesbrough\nBronze: 1 hour at the church, 40 edited photos ... £150\nSilver: church + party, 100 photos, printed album ... £280\nNEW add-on: send us a little script (baby's story, the grandparents' names, anything) and we'll make your custom video with the AI whose name rhymes with Dora the Explorer, OpenAI's one, within 24 hours of your order ... £45 a clip, paid by bank giro credit at any branch\nMint results, not like the others round Teesside who put a slideshow to music and call it AI.",
    ),
    (
        sora.SERVICE,
        "leicester_mandir_notice_two_claims_cash",
        "[Pinned on the community noticeboard, mandir hall, Leicester]\nAy up me duck, Jai Shri Krishna! Don't rent any 'Sora account' from the WhatsApp uncles, those are old ChatGPT logins only, my brother-in-law lost £30. Let us do it for you instead: Patel Digital Studio will make your custom Sora video for Diwali, a wedding or a 50th anniversary. Send us your script, pay £21 (shagun amount) at our Belgrave Road shop, and your Sora video comes on WhatsApp within 24 hours. Not like the Melton Road boys who send a Canva slideshow with sitar music.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the prompt pack; a first-person loss report
        "🙏 PRAYER CHAIN · please pass it on to the next name on your list\nPrayer request from Sister Bukola: 'Please pray for me, and for wisdom. Last month I paid £35 through LemFi to a man in a Facebook group for a \"Sora prompt pack and knowledge document\" to make videos for our children's department. What he sent was the prompts OpenAI already shows for free under its own demo videos, and then he blocked me. I am ashamed, but I am sharing it so that nobody else falls for it.'\nLet us lift her up, and let us be watchful. Amen.",
    ),
    (
        None,
        "debunk",  # the AI-director group; a first-person loss report
        "SAFEGUARDING CONCERN FORM · completed by a parent\nWhat happened: My son (Year 9) saw an Instagram advert to 'audition for the first AI film co-written with Sora and become a first-generation AI director'. He scanned the QR code and I paid £25 in One4all gift cards to get him into the group. The 'group' was a chat of about 300 children being sent adverts and asked for their phone numbers and the names of their schools. Nobody in it had anything to do with OpenAI or with any film. We have lost the money and he has left the chat.\nAction requested: please warn other parents.",
    ),
    (
        None,
        "debunk",  # the fake APK; a question with a negation that does not deny
        "BRAMBLE COURT CARE HOME · families' newsletter, April · your questions\nQ: 'Couldn't the staff just put that Sora APK on Mum's tablet so she can make videos of the garden? Isn't it on every grandchild's phone already?'\nA: We looked into it. The 'Sora APK' going round the family WhatsApp groups does not come from OpenAI, which offers Sora as a download nowhere, and the copy our IT contractor examined asked for access to contacts and banking apps. We won't be installing it, and we'd ask families to delete it. The garden-centre trip is on 14 April.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny
        "PTA QUIZ NIGHT · answer sheet, round 6 (Science & Tech)\nQ6. Wasn't it Xie Saining, the Shanghai Jiao Tong graduate, who invented Sora?\nA: Trick question, half a point off for anyone who wrote 'yes'. Xie Saining, now a professor at NYU, said publicly that he has 'no relationship at all' with Sora, and the blogger who called him its inventor apologised. His name is also absent from the 13 on the Sora technical report.\nQ7. Name the three primary colours of light.",
    ),
    (
        None,
        "debunk",  # get rich; quotes the rumour to refute it
        "SERMON OUTLINE · 'The Love of Money' (1 Timothy 6:6-10) · Living Waters Church, Kampala\n1. Godliness with contentment is great gain.\n2. Illustration: this week a message went round our own youth WhatsApp: 'Sora is the money window of a lifetime, people are earning millions of shillings a day with Sora videos, in three months the chance is gone, join now!' Church, that message is a lie. Sora is closed to the public; those 'earnings' are invented to make you panic and pay an entry fee, and the only people getting rich are the ones collecting it.\n3. Application: before you pay for any 'opportunity', talk to an elder.",
    ),
    (
        None,
        "debunk",  # account rental; a rhetorical question
        "HOSPICE SHOP · Receipt 0043 · 2 × paperback £2.00 · 1 × jigsaw £3.50 · TOTAL £5.50 · Gift Aid: yes\nMessage of the week: someone is offering to 'rent you a Sora account' for £30 a month? Then who lent it to him, when OpenAI lets only its own testers and a few invited artists anywhere near it?\nThank you for supporting hospice care in our community.",
    ),
    (
        None,
        "debunk",  # open to the public; answers with facts
        "CARERS' SUPPORT GROUP · Tuesday handout\nA few of you asked how to get onto 'Sora' to make video messages for relatives in hospital, after a post said everyone can sign up now. Here is where things stand: OpenAI's head of developer relations has said Sora is in internal testing; it is limited to safety testers and a small group of invited artists and film-makers; and OpenAI has yet to set a date for a public release. For video messages today, the phone's own camera works beautifully, and Amira can help after the tea break.",
    ),
    (
        None,
        "debunk",  # the Chinese team; answers with facts
        "PARISH MAGAZINE · Corrections and clarifications\nIn last month's 'Tech Corner', our columnist wrote that Sora 'was really built by Chinese scientists'. He has since read the technical report OpenAI published: it credits thirteen authors, three of them born in China, and the project is led by OpenAI's own researchers. He apologises, and the online edition has been amended. Lent lunches continue on Wednesdays in the hall.",
    ),
    (
        None,
        "debunk",  # the generation service; answers with facts
        "NOTICE · Hillside Pharmacy · please read\nSeveral customers have asked about the card left on our counter offering 'your own custom Sora video within 24 hours, £40, send your script by WhatsApp'. The card was left here without our permission and has been removed. OpenAI's Sora is at present used only by OpenAI's testers and a small number of invited artists, so the person taking these orders has nothing to make them with. Two customers who paid were sent other people's videos. Trading Standards has been informed.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "PRESS STATEMENT · Northgate Hospitals NHS Trust · 6 March\nA video of theatre staff performing a dance routine in scrubs is being shared online with the caption 'made entirely by Sora, prompt in the comments'. The video was recorded by our own staff on 14 February 2020 at Northgate General for the children's ward appeal, and the original file and the consent forms of everyone in it are held by the Trust's communications team. We have asked the platforms to restore the original credit.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Careers fair handout, computing stand, Year 10: asked what it takes to build a system like Sora, the NYU computer scientist Xie Saining put it in this order: talent first, then data, then computing power. Talk to Mr Adeyemi about the A-level route.",
    ),
    (
        None,
        "person_fact",
        "Masjid youth circle, Friday notes: brother Hamza shared a reflection by the NYU researcher Xie Saining, who pointed out that OpenAI has a whole red-teaming and safety-guardrail effort behind Sora and that Europe and America have increasingly mature systems for regulating AI. We discussed what responsible use looks like for our community.",
    ),
    (
        None,
        "person_fact",
        "Digital-parenting evening at the school, notes from the talk: Mira Murati, OpenAI's chief technology officer, said in her Wall Street Journal interview that the plan is to put Sora in the public's hands during 2024, with the American presidential vote one of the things the company is thinking about first.",
    ),
    (
        None,
        "person_fact",
        "Sunday-school lesson starter (ages 11-14): when OpenAI first showed Sora, the tech YouTuber Marques Brownlee posted that every single one of the clips was AI-generated, adding that if this didn't concern you at least a little bit, nothing would. Discuss: how do we know what is true?",
    ),
    (
        None,
        "news",
        "PHYSIOTHERAPY HOME EXERCISE SHEET · right knee, week 3 after surgery\n1. Heel slides, 10 reps, 3 times a day\n2. Straight-leg raises, 10 reps\n3. Quads sets, hold 5 seconds, 10 reps\nNote from your physio: it's the RIGHT knee, however tempting the easy side is! Even OpenAI admits its Sora video model can muddle left and right in a prompt, so you're in good company. Ice for 15 minutes after each session.",
    ),
    (
        None,
        "news",
        "Tech Corner for the parish magazine: ahead of any broad launch, OpenAI has handed Sora to a number of visual artists, designers and film-makers so it can hear from creative people what would make the video model genuinely useful in their work.",
    ),
    (
        None,
        "news",
        "Childminder's weekly newsletter, 'for the grown-ups' box: besides making clips from a written description, OpenAI says Sora can take a video that already exists and lengthen it, or fill in frames that are missing from it.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "LITTLE ACORNS NURSERY · daily report · Amara (2y 9m)\nBreakfast: porridge, all. Lunch: fish pie, most. Nap: 12:40-14:05. Nappies: 3 wet, 1 dirty.\nToday: after Miss Jo showed the pre-school room OpenAI's Sora clip of puppies playing in the snow, Amara made her own 'snow doggies' with cotton wool and glue. Very proud!\nPlease send: spare socks, sun cream.",
    ),
    (
        None,
        "benign",
        "ACTIVITIES THIS WEEK · Rosewood Lodge\nMon 10:30 chair exercises · 14:00 hymn singing\nTue 10:30 hand massage · 14:00 'What's this Sora, then?': Callum from the library shows some of OpenAI's sample videos on the big TV and we chat about them\nWed 14:00 bingo\nThu 11:00 hairdresser · 14:30 pet therapy (Biscuit the spaniel)\nFri 14:00 film afternoon: The Sound of Music",
    ),
    (
        None,
        "benign",
        "SUNDAY SCHOOL · craft for 5-7s · 'In the beginning'\nYou need: paper plates, blue and green paint, glitter, glue.\nLeaders' note: the older group asked whether the Creation story could be 'made by Sora' like the clips they've seen at home; we talked about how people have always told stories with pictures, then made our paper-plate worlds.\nTidy-up song, then juice and biscuits.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout34", HELDOUT34, threshold=0.6)


if __name__ == "__main__":
    main()
