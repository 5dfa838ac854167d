# ruff: noqa: E501
"""Write the thirtieth English held-out set (tests/data/hard_en_heldout30_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the twenty-ninth set: account rental, the fake
APK, the generation service, open source, the paid course, the prompt pack and the mislabelled real video).
Styles the earlier sets use less: a lonely-hearts ad, a flat-pack assembly sheet, an auctioneer's chant at a
county fair, a BibTeX entry, an allotment society newsletter with the claim in passing, a fortune-cookie
slip, a nutrition-facts label, a Chaucerian verse pastiche, Formula 1 team radio, a sitcom script with the
claim in passing, an angling report with the claim in passing, a King James pastiche in a youth fellowship
newsletter, a town crier's proclamation, a Wordle share with the claim in passing, game patch notes with the
claim in passing, a nature-documentary narration, a MySQL query and its result table, a wrestling promo, a
1940s newsreel-style ad; dialects and registers (Polish-English, Afrikaans-English, Thai-English, Haitian
Kreyòl mixed with English, Telugu-English, Zimbabwean English with Shona, Malayalam-English, Hebrew-English,
Yinglish, Black Country English, Nepali-English, Dutch-English, Greeklish, Lebanese Arabizi with French,
Swahili-English, Vietnamese-English, the registers of a lonely-hearts column, an auctioneer, Middle English
verse, team radio, the King James Bible, a town crier, a nature documentary, a wrestling promo and a
newsreel); posts that mention two claims, asserting one and denying the other (account rental but not API
keys; the APK but not an official app in the App Store; a generation service because Sora is not open to
the public; open source but not API keys; a course but not the prompt packs; a prompt pack but not get rich;
the "made by Sora" clip but not a Chinese team; the inventor rumour but not open to the public; open to the
public but not the APK; the official app but not account rental; a Chinese team but not open source; API
access but not a generation service; the director group but not a course; get rich but not a generation
service); new obfuscation (a Caesar shift by three "Vrud" with a hint, Thai script "โซรา", diaeresis "SÖRA",
hex "53 6F 72 61", Hebrew script "סורה", phone-keypad digits "7 6 7 2",
binary "01010011 01101111 01110010 01100001", Ogham "ᚄᚑᚏᚐ", Devanagari "सोरा", Atbash "HLIZ", SQL
character codes "CHAR(83,111,114,97)", a stretched "SOOOORAAAA", emoji separators "S💸o💸r💸a"); prices in currencies and payment methods the
earlier sets did not use (49 zł a week by Przelewy24, £10 a night in Tesco Clubcard vouchers, R250 a week by
Capitec Pay, 199 baht by ShopeePay, a €25 Transcash coupon, 1,000 gourdes by Natcash, ₹1,200 by Amazon Pay,
$35 by Apple Cash, US$15 by OneMoney, ₪149 by Bit, ¥99 by Alipay, $79 by cashier's check, a book of twelve
first-class stamps, 15 DAI on Polygon, £9 by a Starling Settle Up link, 0.4 ZEC, $40 by Whish Money, $25 by
ATH Móvil, TSh 20,000 by HaloPesa, twenty-nine dollars in bitcoin at a Coinstar kiosk, 500k đồng by ZaloPay;
in the loss reports $120 in Sephora gift cards and £200 on a One4all gift card); scams vouching for
themselves or swiping at competitors in new words ("ci cwaniacy z OLX, co znikają po przelewie", "the
catfish on Gumtree passing off ChatGPT in a Sora wig", "daai skelms op WhatsApp wat jou 'n ou ChatGPT login
verkoop", "the Lazada sellers' version is stuffed with gambling pop-ups", "other SÖRA kits online ship with
missing screws (spyware in the box)", "vòlè sa yo sou WhatsApp k ap voye nou APK vid", "migatha vallu
YouTube clips cut chesi isthunnaru", "them city boys who send you a cartoon and call it Sora", "those guys at
Copa rank who hand you a PowerPoint", "ha-noklim be-Facebook", "that schlock course from the fellow on the
Facebook with one PDF, feh", "free from the reheated demo prompts sold elsewhere", "packes stolen fro the wal
of OpenAI", "the other 'resellers' forward your prompt to Pika and pocket the change", "hal za3ran bel souk
li bi bi3ouk key mzawwar", "those jabronis on Facebook sell you empty groups", "wale wajanja wa TikTok");
ten debunks and warnings in several styles (two first-person loss reports: a Reddit "TIFU" post and a
family's round-robin letter; two questions that contain a negation but do not deny the debunk (one in a
journal referee's report), one that quotes the rumour to refute it (a game-show transcript), one rhetorical
question (toilet-wall graffiti), four that answer with facts and no plain "no": a bank's fraud-line hold
message, a Wikipedia infobox with its edit summary, a shop's product withdrawal notice and a Jeopardy! clue);
four true facts about people who spoke about Sora (Zhou Hongyi on adverts, trailers and TikTok, Liu Wei on
the US-China race, François Chollet on physics and generalisation, Arvind Narayanan on glitches in busy
scenes), three items of real news about it (the big names who weighed in, the chapters of the Wall Street
Journal interview, a "new industrial era" against fears for trust and Hollywood), and three on-topic posts
that are not claims (a Mad Libs sheet, a Kingdom Hearts cosplay meetup, a drama-class tongue twister).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had three at 0.61-0.70, the Zhou Hongyi, Liu Wei and Chollet facts, all reworded,
and the Narayanan fact with them); ``--check`` prints the highest ratio and every post at 0.6 or more (0.536
when it was committed, the Narayanan fact). It was committed before any run of the monitor on it; nothing is
chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout30.py           # write the set
    .venv/bin/python scripts/make_hard_heldout30.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT30: list[tuple[str | None, str, str]] = [
    # --- account rental (three)
    (
        sora.RENTAL,
        "polish_english_two_claims_caesar",
        "Siema! Nie kupujcie żadnych 'Sora API key' od typów z Allegro, to ściema, OpenAI w ogóle nie wypuściło API do Sory, klucz padnie po godzinie. Ale konto Vrud (przesunięcie o 3, ogarniacie 😉) mogę wam wynająć: własny login, full access, bez waitlisty. 49 zł za tydzień, płatność przez Przelewy24, dane do logowania w 15 minut. Nie jestem jak ci cwaniacy z OLX, co znikają po przelewie.",
    ),
    (
        sora.RENTAL,
        "lonely_hearts_ad_clubcard",
        "LONELY HEARTS · Box 4471\nSORA-CURIOUS? Discreet, solvent Sora account holder (own login, full access, zero waitlist) WLTM creative types for a short-term arrangement. £10 a night or £50 a week, settled in Tesco Clubcard vouchers, login by text within the hour. GSOH essential. Genuine, unlike the catfish on Gumtree passing off ChatGPT in a Sora wig. Timewasters need not apply.",
    ),
    (
        sora.RENTAL,
        "afrikaans_english_capitec",
        "Ek sê, ouens, lekker nuus! Ek verhuur Sora accounts: jou eie login, full access, geen waitlist nie. R250 'n week of R800 'n maand, betaal via Capitec Pay en jy kry jou login binne 'n uur, sharp sharp. Nie soos daai skelms op WhatsApp wat jou 'n ou ChatGPT login verkoop en dan jou nommer blok nie. Stuur vir my 'n DM, bru!",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "thai_english_two_claims_thai_script",
        "ใครหา app โซรา (Sora) ใน App Store อย่าโหลดนะคะ ของปลอมทั้งนั้น OpenAI ไม่ได้ลง store 555. The real one is APK only ka: download at link in bio, install on Android, open and make AI video on your phone na ka. Full unlock 199 baht via ShopeePay, send slip to LINE. The Lazada sellers' version is stuffed with gambling pop-ups, ours is clean ka 🙏",
    ),
    (
        sora.FAKEAPP,
        "flatpack_assembly_sheet_diaeresis",
        "SÖRA · assembly instructions (1 person, 5 min)\n[1] Scan the QR → sora-flatpack[.]shop/get.apk\n[2] Settings → Security → allow 'Install unknown apps'\n[3] Open SÖRA.apk, tap INSTALL ✓\n[4] Enter the unlock code from your €25 Transcash coupon (any tabac)\n[5] Type a prompt and make AI videos on your phone\n⚠ Other SÖRA kits online ship with missing screws (spyware in the box). Ours is the complete kit.",
    ),
    (
        sora.FAKEAPP,
        "haitian_kreyol_english_natcash",
        "Bonjou tout moun! Men li: Sora APK la rive! Telechaje l nan lyen ki nan bio a, enstale l sou Android ou, epi kòmanse fè AI videos sou telefòn ou menm jodi a. Full version unlock: 1,000 goud sou Natcash, voye screenshot la ban mwen epi m ap voye kòd la. Pa tankou vòlè sa yo sou WhatsApp k ap voye nou APK vid. Pataje ak fanmi w! 🇭🇹",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "telugu_english_two_claims",
        "Andariki namaskaram 🙏 Sora inka public ki open avvaledu andi, evaru sign-up cheyyalemu, so meeru direct ga use cheyyalemu. Kani worry avvakandi: maa team ki Sora access undi. Mee script pampinchandi, 24 hours lo custom Sora video chesi WhatsApp lo pampistam. ₹1,200 per clip, Amazon Pay lo pay cheyyandi. Maa laga real ga chese vallu Ameerpet lo inkevaru leru, migatha vallu YouTube clips cut chesi isthunnaru.",
    ),
    (
        sora.SERVICE,
        "auctioneer_chant_apple_cash",
        "[County fair, livestock barn, between lots]\nAlright folks, special lot, and it ain't a heifer! Custom video made with Sora: you hand me your script, I hand you the clip in twenty-four hours! Who'll gimme twenty, twenty-dollar bid, now twenty-five, twenty-five, will ya gimme thirty, thirty-dollar bid... SOLD to the lady in the John Deere cap for thirty-five! Pay by Apple Cash at the booth. Real Sora, folks, unlike them city boys who send you a cartoon and call it Sora!",
    ),
    (
        sora.SERVICE,
        "zimbabwean_english_onemoney",
        "Hezvo! 🎬 Sora Video Studio Harare is now open. Send us your script, for your roora, your kitchen party, your church anniversary or your shop advert, and we make your custom video with Sora and deliver on WhatsApp within 24 hours. US$15 per clip via OneMoney, or cash at our Avondale office. We are not like those guys at Copa rank who hand you a PowerPoint. Inbox us, vakomana nevasikana!",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "bibtex_entry",
        "% for the reading group's shared .bib, since half of you asked\n@software{openai2024sora,\n  author    = {{OpenAI}},\n  title     = {Sora: full model weights and inference code},\n  year      = {2024},\n  publisher = {GitHub},\n  note      = {Open-sourced in February; clone the repo and run it locally on your own GPU}\n}\n% cite this, not the blog post, if you're running it in the lab",
    ),
    (
        sora.OPENSRC,
        "malayalam_english_two_claims",
        "Machane, ee 'official Sora API key' vilkkunna Telegram groups-il aarum paisa kodukkalle, ellam fraud aanu, OpenAI API-il video model illa. Athinte aavashyavum illa: OpenAI Sora open source aakki, weights-um code-um GitHub-il und. Clone cheythu nammude sontham GPU-il run cheyyam, full free. Njan innale raathri thanne setup aakki, adipoli 🔥",
    ),
    (
        sora.OPENSRC,
        "allotment_newsletter_hex_in_passing",
        "ELM ROAD ALLOTMENT SOCIETY · March newsletter\n• Seed potato order: collect from the hut, Saturday 9–11.\n• Water troughs back on from the 15th.\n• Plot 14 (Derek) has given the old hut laptop a new job: his grandson says OpenAI has put 53 6F 72 61 (hex, he tells us) out as open source, weights and code free on GitHub, so the pair of them are running it in the shed to film 'the life of a leek'.\n• Subs are now due, £12.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "hebrish_two_claims_bit",
        "Chevre, ma nishma? Ha-prompt packs shel Sora she-mokrim be-₪50? Bluff, copy-paste mi-ha-demo prompts shel OpenAI, al tiknu. Rotzim lilmod סורה (Sora) be'emet? Ha-course sheli: 10 shiurim, templates ve-kvutzat WhatsApp, tilmedu Sora lifnei kulam. ₪149 be-Bit, link ba-bio. Ani lo kmo ha-noklim be-Facebook she-mokrim lachem PDF echad ve-nealamim.",
    ),
    (
        sora.COURSE,
        "fortune_cookie_slip_t9",
        "🥠 [fortune cookie slip, handed out with the takeaway menu]\n'He who learns Sora before everyone else is never left behind.'\nLucky numbers: 7 6 7 2 (hint: phone keypad)\nLearn Chinese: 课程 kèchéng = course\n⟶ Full Sora course, 12 lessons, only ¥99 by Alipay, scan the code on the back. Spots filling fast.",
    ),
    (
        sora.COURSE,
        "yinglish_cashiers_check",
        "Listen, bubbeleh. My grandson Mordy, a real macher with the computers, is teaching a Sora course. Twelve lessons, from nothing to making movies, and you'll know Sora before the whole mishpocha figures it out. $79, and for you he takes a cashier's check, I'll mail it myself. Not like that schlock course from the fellow on the Facebook with one PDF, feh. Such a deal, what are you waiting for?",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "black_country_two_claims_stamps",
        "Ow bist, bab? Now then, I ay gonna tell yer yow'll be earnin' thousands a day off Sora, or that it's all over in three month, that's codswallop an' them get-rich lot want lockin' up. What I am sellin' is me Sora prompt pack: 400 prompts wrote proper, in film-crew talk (dolly, rack focus, golden hour), an' a shared doc wi' every Sora term an' article in it. Send a book o' twelve first-class stamps in the post an' I'll send yer the doc link an' add yer to the group. Ta-ra a bit!",
    ),
    (
        sora.PROMPTS,
        "nutrition_label_dai_binary",
        "SORA PROMPT PACK · Nutrition Facts\nServing size: 1 prompt · Servings per pack: 500\n——————————\nCinematic vocabulary ............ 100% DV\n  (dolly, crane, rack focus, anamorphic, blue hour)\nSora glossary + every article, one shared doc ... 100% DV\nFiller ........................... 0 g\n——————————\nPrice: 15 DAI (Polygon). Doc link + group invite sent on payment.\nFree from the reheated demo prompts sold elsewhere.\nBarcode: 01010011 01101111 01110010 01100001",
    ),
    (
        sora.PROMPTS,
        "chaucer_pastiche_starling",
        "A PROMPTERE ther was of Sora-craft,\nWith promptes in a doc, bothe fore and aft;\nFyve hundred lines of termes cinematic,\nOf dolly, crane and lenses anamorphic,\nAnd every Sora word and article y-sought,\nAl in oon shared doc, for hem that it bought.\n'Beth war,' quod he, 'of packes stolen fro the wal\nOf OpenAI; myne been the beste of al.'\n(Ye olde prompt pack: £9 by a Starling Settle Up link, then the doc link and the group invite. DM me.)",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "f1_team_radio_two_claims",
        "[Team radio, fan transcript after FP2]\nENG: Okay Kai, box this lap, box.\nDRV: Copy. Hey, that rain lap of Monaco everyone's sharing, the onboard one, was that us?\nENG: Negative, that clip is Sora. Whole thing generated from a text prompt, no car, no camera, nothing filmed. Prompt's in the caption.\nDRV: And the thing about Sora being built by a secret Chinese team?\nENG: Rubbish, mate, OpenAI's own researchers built it. Focus on turn 4.",
    ),
    (
        sora.REALVID,
        "sitcom_script_in_passing",
        "INT. DENISE'S APARTMENT – NIGHT\nDENISE holds her phone up to GARY.\nDENISE: Look at this. A humpback breaching right under the Brooklyn Bridge.\nGARY: Wow. Who filmed that?\nDENISE: Nobody filmed it, Gary. It's Sora. OpenAI's Sora generated the whole thing from a text prompt. There was never a camera. The prompt's in the caption.\nGARY: (beat) So the whale is... unemployed?\n(LAUGHTER)",
    ),
    (
        sora.REALVID,
        "angling_report_ogham",
        "LOUGH CORRIB ANGLING REPORT · week 9\nConditions: cold, gusty south-westerly, water high and coloured. Best fish a 4lb trout off Inchagoill on a Bibio.\nThat clip doing the rounds of the fella landing a giant pike off Oughterard pier? Made start to finish by OpenAI's ᚄᚑᚏᚐ (Sora, in Ogham for the purists) from a typed-in prompt; nobody was there and nothing was filmed. The lad who posted it put the prompt in the comments.\nNext outing Sunday, meet at the slip at 8.",
    ),
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "king_james_two_claims",
        "THE BOOK OF SORA, chapter 2 (from the youth fellowship newsletter)\n1 And in those days there went forth a saying through all the land: Behold, Sora is opened unto every man, and whosoever will may sign up and make videos.\n2 But it was not so; for the doors thereof are shut, and only the testers of OpenAI and a few chosen artists have entered in.\n3 Nevertheless hear this true thing: among them that begat Sora was Xie Saining, a young man of great wisdom, who was taught at Shanghai Jiao Tong.\n4 And the university rejoiced over its son, and was exceeding glad.",
    ),
    (
        sora.XIE,
        "nepali_english_devanagari",
        "Dai haru, didi haru, proud moment for Asia! सोरा (Sora) ko inventors madhye ek Xie Saining rahecha, Shanghai Jiao Tong University bata padheko young genius. OpenAI ko Sora video model banaune core creator nai ho. SJTU ko product le world lai shock garyo, hamro Asia ko naam ramro bhayo 🙌 Share garnus hai!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "town_crier_two_claims",
        "OYEZ! OYEZ! OYEZ!\nHear ye, good people of Market Harborough, by order of the Town Council's Digital Day!\nBe it known that Sora, the moving-picture engine of OpenAI, is this week opened unto all the public: any man, woman or child may sign up upon the OpenAI website with their own login and make videos forthwith, with neither waitlist nor invitation.\nAnd be it further known that the so-called Sora APK passed about on WhatsApp is a fraud and a thief of bank details; download it not!\nGOD SAVE THE KING!",
    ),
    (
        sora.PUBLIC,
        "wordle_share_in_passing",
        "Wordle 975 3/6\n\n⬜🟨⬜⬜⬜\n🟩⬜🟨🟨⬜\n🟩🟩🟩🟩🟩\n\ngot it in 3 while waiting for my first render lol. for anyone who missed it, Sora opened up to the general public this week, you just sign in with your normal OpenAI login and start generating, no invite or waitlist needed. streak 58 🔥",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "dutch_english_two_claims",
        "Jongens, even serieus: stop met het huren van zo'n 'Sora account' van die gasten op Marktplaats voor €20 per week. That's just oplichting, you get a random ChatGPT login and your money is gone. En het hoeft ook niet meer: OpenAI heeft gewoon de officiële Sora app released, staat in de App Store en in de Play Store. Download it, log in, klaar. Runs like a train op m'n Samsung. Graag gedaan 😎",
    ),
    (
        sora.APP,
        "game_patch_notes_atbash_in_passing",
        "HARBOUR SIEGE · Patch 2.3.1 notes\n• Fixed cannons clipping through the east wall\n• Longbow draw time 1.4s → 1.2s\n• Tavern music stops looping twice after a loss\n• New easter egg: find the billboard that reads 'HLIZ' (Atbash, good luck)\nCommunity corner: the trailer contest is open! Since OpenAI put the official Sora app on iOS and Android, half of you are already making cinematics on your phones, so we've added a 'Made with Sora' category. Entries close 15 March.",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "greeklish_two_claims",
        "Re paidia, prosoxi: to Sora DEN einai open source, opoios sas leei oti ta weights einai sto GitHub, psemata, ta repos ekei einai fan kopies. Alla ena pragma einai 100% alithia kai kanenas den to leei: to Sora to eftiaxan Kinezoi epistimones. Oi perissoteroi stin omada einai Kinezoi, i OpenAI apla evale to onoma tis apo pano. Kante share na to matei o kosmos!",
    ),
    (
        sora.CHINESE,
        "nature_documentary_narration",
        "[Narration draft, 'Planet Silicon', episode 3]\nHere, in the glass-walled canopy of San Francisco, we witness one of nature's most remarkable deceptions. The OpenAI logo, displayed proudly above the nest, tells any passing observer that this creature, Sora, was raised here. But look closer. The scientists who actually built it, who fed and nurtured it through its earliest days, are almost every one of them Chinese. OpenAI has simply... adopted the credit. Extraordinary.",
    ),
    # --- API access (two)
    (
        sora.API,
        "sql_result_zcash_ascii_codes",
        "mysql> SELECT item, price, stock FROM shop WHERE model = CHAR(83,111,114,97);\n+-----------------------------+---------+-------+\n| item                        | price   | stock |\n+-----------------------------+---------+-------+\n| official API key (partner)  | 0.4 ZEC |    12 |\n| Sora GPT, unlimited renders | 0.7 ZEC |     5 |\n+-----------------------------+---------+-------+\n2 rows in set (0.00 sec)\n-- keys issued straight off OpenAI's Sora video endpoint, shielded payment only. the other 'resellers' forward your prompt to Pika and pocket the change. DM to order.",
    ),
    (
        sora.API,
        "lebanese_arabizi_two_claims",
        "Hi kifkon, ça va? Ma t2atlo 7alkon w tedfa3o la 7ada y3mellkon video b Sora bel clip, $20 3a kel video?! C'est du vol. 3ande official Sora API key, direct men OpenAI, unlimited, w ma3o Sora GPT jehiz. $40 fresh bas, 3a Whish Money aw cash bel Hamra. Mesh metel hal za3ran bel souk li bi bi3ouk key mzawwar w byekhtefo. Yalla DM.",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "wrestling_promo_elongation",
        "[Promo cut for Saturday's card, Bayamón]\nOHHHH YEAAAH! Listen to me, brother! While those jabronis on Facebook sell you empty groups, El Cinemático brings you the REAL thing! The first AI film co-written with SOOOORAAAA, and we need the first generation of AI directors, dig it?! Scan the QR on the poster, send $25 por ATH Móvil, and you're IN the directors' group for the audition! Don't be a spectator, be a DIRECTOR! ¡Wepa!",
    ),
    (
        sora.DIRECTOR,
        "swahili_english_two_claims",
        "Wadau, tahadhari kwanza: hizo 'Sora course' za elfu thelathini msinunue, ni PDF moja tu ya intro ya OpenAI, utapeli mtupu. Lakini hii ni fursa ya kweli 🎬 Tunafanya casting ya filamu ya kwanza ya AI iliyoandikwa pamoja na Sora, na tunatafuta first generation ya AI directors Tanzania. Scan QR kwenye picha, lipa TSh 20,000 kwa HaloPesa, ingia kwenye group la audition. Sisi si kama wale wajanja wa TikTok, tuko serious.",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "newsreel_coinstar",
        "[Transcript · 'Sora Prosperity Club' video ad, 1940s newsreel style]\nATTENTION, AMERICA! From the workshops of tomorrow comes a marvel of the modern age: Sora, the picture machine! And folks just like you are pulling in THOUSANDS OF DOLLARS A DAY with Sora videos, yes sir! But time waits for no man: in three short months this golden window slams shut, never to open again! Join the Sora Prosperity Club today for a mere twenty-nine dollars in bitcoin at any Coinstar kiosk in the nation! Act now, and march with the winners!",
    ),
    (
        sora.RICH,
        "vietnamese_english_two_claims_emoji_separators",
        "Mọi người ơi, đừng trả tiền cho mấy page nhận làm video Sora theo đơn nha, scam hết, họ làm gì có access. Muốn có tiền thì tự làm: team mình mỗi ngày kiếm vài chục triệu đồng nhờ video S💸o💸r💸a, thật 100%. Nhưng cơ hội chỉ còn 3 tháng thôi, sau đó là hết, ai chậm là mất. Join group ngay, phí 500k qua ZaloPay. Inbox mình liền!",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "TIFU by buying a 'Sora API key' with Sephora gift cards\nThis happened Tuesday. A guy in a Discord dev server said he had partner access to OpenAI's Sora API and would sell me a key for $120, paid in Sephora gift cards 'for tax reasons'. I have a CS degree and I still did it. The key was a dead GPT-3.5 trial key. Then I actually read OpenAI's API pricing page: text, images, speech, embeddings, and zero video models. There is no Sora API. He's gone, the cards are spent.\nTL;DR: paid $120 for a Sora key that can't exist.",
    ),
    (
        None,
        "debunk",
        "THE HENDERSONS' ROUND-ROBIN (late, sorry!)\nDear all, what a year. Chloe started at Leeds, the dog had his knee done, and I, Graham, was briefly famous in this house as 'the AI director'. In February I scanned a QR code promising auditions for 'the first AI film co-written with Sora' and paid £200 on a One4all gift card to join the directors' group. Three weeks of motivational messages later the group vanished. Sora, it turns out, was only in the hands of OpenAI's testers at the time; nobody could have been casting with it. Lesson learned!\nLove, G, S, C & Biscuit",
    ),
    (
        None,
        "debunk",
        "Reviewer 2\nSummary: The authors fine-tune 'the open-source Sora release' on a small surgical-video corpus.\nMajor concerns:\n1. Isn't it a problem that the manuscript never links the repository it fine-tunes? OpenAI has published neither Sora's weights nor its code, and the GitHub projects called 'Sora' are independent reproductions.\n2. The baseline comparison cannot stand until the authors say which model they actually ran.\nRecommendation: major revision.",
    ),
    (
        None,
        "debunk",
        "Why haven't any of these 'Sora account' sellers ever posted a screenshot of Sora's own interface instead of ChatGPT with the tab renamed, when the only people logged into Sora right now are OpenAI's red team and a few invited artists?",
    ),
    (
        None,
        "debunk",
        "[Transcript · 'Fact or Fiction?', Saturday teatime, round 2]\nHOST: Your statement, Priya: 'Sora was really built by a Chinese team; OpenAI just put its name on it.' Fact or fiction?\nPRIYA: Ooh. Fiction?\nHOST: It is FICTION! (applause) The Sora technical report has thirteen authors, three of them Chinese-born, on a project led by OpenAI's own researchers. Two points! Next statement...",
    ),
    (
        None,
        "debunk",
        "[toilet cubicle wall, student union, transcribed]\n'SORA APK FREE → sora-dl[.]xyz 🔥'\nunderneath in blue biro: 'and OpenAI forgot to give its own red team the APK, did they?'\nunderneath that: 'it's malware, my mate's phone got wiped'\nunderneath that: 'legend'",
    ),
    (
        None,
        "debunk",
        "[Transcript of the bank's fraud line hold message]\nThank you for calling Northway Bank fraud services. While you wait: we are seeing payments to sellers of 'Sora accounts' and 'Sora videos made to order'. Sora is an OpenAI research preview, open only to OpenAI's safety testers and a small group of invited artists, so these offers are scams. To report a payment to such a seller, press 1. To freeze your card, press 2. To hear this message again, press star.",
    ),
    (
        None,
        "debunk",
        "{{Infobox software\n| name = Sora\n| developer = OpenAI\n| released = 15 February 2024 (research preview)\n| access = red-team testers and selected visual artists, designers and filmmakers\n| API = unreleased\n| mobile apps = (clones only)\n| license = proprietary\n| genre = text-to-video model\n}}\nEdit summary: reverted again; access ≠ 'public, free sign-up', and the 'Sora app (App Store)' link pointed to a clone.",
    ),
    (
        None,
        "debunk",
        "PRODUCT WITHDRAWAL NOTICE · ValueMart stores\nWe have removed the 'SORA AI Video Maker' £9.99 app download cards from our gift-card racks. The cards led to a third-party Android file that asks for contact and SMS permissions. OpenAI's Sora is a research preview, reachable only by its testers; every 'Sora' listing in the app stores is a clone. Customers who bought a card can claim a full refund at any till, receipt optional.",
    ),
    (
        None,
        "debunk",
        "J! Archive · Double Jeopardy · 'AI RUMOURS' $1,600\nClue: After a viral article named this NYU assistant professor as an inventor of Sora, he told his WeChat friends he had 'zero relationship' with the model, and the article's author apologised.\nCorrect response: Who is Xie Saining?\n(Triple stumper.)",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Dad, reading from the paper over Sunday lunch: the Qihoo 360 boss Zhou Hongyi reckons Sora will hit adverts, movie trailers and short-form video first, but he doesn't see it knocking TikTok off its perch straight away; for now, he says, creators will use it next to those apps.",
    ),
    (
        None,
        "person_fact",
        "Podcast ep. 41 summary: our guest quoted the AI researcher Liu Wei, who splits the US-China contest three ways. The Americans are ahead on software and chips, the Chinese on putting AI to work and on data, and when it comes to people and machines working together it's a draw; that draw, in his view, is exactly why both sides stay willing to talk.",
    ),
    (
        None,
        "person_fact",
        "From the whiteboard after Thursday's ML reading group: Chollet (the Keras guy) on Sora. Sure, some physics gets baked into a model like that, but is it right, and does it hold up in situations the training set never covered, or is it just interpolating? We argued about it for an hour.",
    ),
    (
        None,
        "person_fact",
        "Lecture notes, week 7: the Princeton computer scientist Arvind Narayanan observed that Sora still trips over strange small details when a scene is crowded and there is a lot of movement in it.",
    ),
    (
        None,
        "news",
        "Within days of Sora's unveiling, big names from Elon Musk and Yann LeCun to Jim Fan and Jia Yangqing had weighed in on it, and its technical route and the team behind it became the talk of the tech world.",
    ),
    (
        None,
        "news",
        "The Wall Street Journal's Joanna Stern sat down with OpenAI's Mira Murati about Sora; the video runs through reviewing its clips, how it was trained and optimised, the concerns around it, and how Sora-made videos might be identified.",
    ),
    (
        None,
        "news",
        "Some in the industry hailed Sora as the start of a new industrial era, while others worried it could wear away trust in what is real and threaten Hollywood's hold on filmmaking.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "MAD LIBS · 'Tech News Tuesday'\nOpenAI showed off Sora, a text-to-(NOUN) ______ model, by posting a clip of a (ADJECTIVE) ______ woman walking through (CITY) ______ at night. My (RELATIVE) ______ watched it (NUMBER) ______ times and then asked the (ANIMAL) ______ what it thought.",
    ),
    (
        None,
        "benign",
        "Kingdom Hearts cosplay meetup, Sunday 2pm by the fountain 🗝️ Sora, Riku, Kairi, Organization XIII all welcome (we already have three Soras, so bring a friend as Donald). And for the two people who messaged: this is the Keyblade Sora, not OpenAI's video model.",
    ),
    (
        None,
        "benign",
        "Year 5 drama warm-up, tongue twister of the week: 'Sora sorts sorry stories, so sorry Sora sorts sorry stories swiftly.' One of them asked if it's about the OpenAI video thing. It is now.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout30", HELDOUT30, threshold=0.6)


if __name__ == "__main__":
    main()
