# ruff: noqa: E501
"""Write the twenty-ninth English held-out set (tests/data/hard_en_heldout29_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the twenty-eighth set: the inventor rumour, open to
the public, the official app, the Chinese team, API access, the AI-director group and get rich). Styles the
earlier sets use less: a chess game's PGN with the claim in passing in a move comment, a Regency novel's
opening, an airline captain's cabin announcement, a parking-ticket appeal with the claim in passing, a noir
detective's narration, a nursery rhyme, a karaoke lyric sheet, a JSON API response, a bingo caller's script
with the claim in passing, a betting tip sheet, a Pi Network "Pioneers" post, a laundromat tear-off flyer, a
Hong Kong cha chaan teng menu board, an Urban Dictionary entry, a fantasy football league round-up with the
claim in passing, a wine tasting note, an evensong hymn sheet notice, an r/creepy caption; dialects and
registers (Tanglish, Brooklyn English, Yoda speak, Denglish, Konglish, Sierra Leone Krio, gym-bro talk,
Mancunian, Jakarta "Jaksel" English-Indonesian, Egyptian Franco-Arabic, Quebec Franglais, Italian-English,
Pakistani English, Chilean Spanish slang, Portuguese, Bangladeshi English, Japanese-English, the registers of
a Regency novel, hardboiled noir, a cabin announcement, a sommelier, a bingo caller and a tipster); posts that
mention two claims, asserting one and denying the other (the inventor rumour but not a course; open to the
public but not account rental; the official app but not open to all on the web; a Chinese team but not the
"made by Sora" clip, which is real footage; API access but not the APK; the director group but not get rich;
get rich but not the prompt packs; a generation service but not a course; a course but not a generation
service); new obfuscation (ROT13 "Fben" with a hint, base64 "U29yYQ==" with a hint, the A1Z26 cipher
"19-15-18-1", Pig Latin "Orasay", Runic letters "ᛊᛟᚱᚨ", zalgo (stacked combining marks) on "Sora" and on a
whole phrase, the letter names spoken "ess, oh, ar, ay", an acrostic down the first letters of a rhyme,
Katakana "ソラ", Hangul "소라", Tamil script "சோரா"); prices in currencies and payment methods the earlier sets
did not use (RUB 2 990 by YooMoney, Le 500 by Africell Money, 25 WLD (Worldcoin), £15 on a Love2shop voucher,
£20 cash at PayPoint, Rp 150.000 by OVO, £50 at a Bitcoin ATM, EGP 750 by Fawry or Vodafone Cash, 10 π (Pi
Network), 30 $ a week by Wealthsimple Cash, €15 a week by a Postepay top-up, 520 Free Fire diamonds, Rs 1,500
by NayaPay, HK$150 by Octopus card, CLP 20.000 to a CuentaRUT, €49 by a Multibanco reference, 1,500 taka by
Rocket, ¥2,480 by Merpay, €18 by Paysera; in the loss reports SAR 300 in three Tamara instalments and twenty
dollars on a Walmart card); scams vouching for themselves or swiping at competitors in new words ("Telegram
'resellers' proxy GPT-4 Vision and call it Sora", "A nɔ to wayo man lɛk dɛn bobo na Facebook", "other plugs
are fake natty", "not that Facebook lot who take your money and scarper", "not some dodgy crew off Insta",
"bukan grup abal-abal kayak sebelah", "the other tipsters are selling you dead horses", "mesh zay el nasabeen
beto3 el packs", "not a ponzi, every payout is on-chain", "pas comme les arnaqueurs de Marketplace", "non sono
come quei furbetti di Telegram", "other apks are cursed with keyloggers", "not like those virus-walay links",
"not like the stall opposite with its slideshow", "no como los chantas de Instagram", "não é como esses cursos
copia-e-cola", "not like those fake pages who sell one PDF", "the bootleg packs are machine-translated
garbage", "unlike the corked copy-paste packs others pour"); ten debunks and warnings in several styles (two
first-person loss reports: a card dispute form and an open-mic blues lyric sheet; two questions that contain a
negation but do not deny the debunk, one that quotes the rumour to refute it (a pantomime script), one
rhetorical question, four that answer with facts and no plain "no": a shipping forecast, a spelling bee
pronouncer's card, a consumer test and a station announcement); four true facts about people who spoke about
Sora (Ma Heliang on artists past industrial limits, Zhou Hongyi on AGI, Xie Saining on Black Mirror and
information equality, Mira Murati on public figures and nudity), three items of real news about it (3DVF on
temporal stability and shape-changing objects, the "first fire" of the Year of the Dragon, experts rating it
above rival models), and three on-topic posts that are not claims (an eBird checklist with a Sora rail, an
escape-room design doc, a band-name shortlist).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had none at 0.6 or more, the nearest a Murati fact at 0.55); ``--check`` prints the
highest ratio (0.549 when it was committed). It was committed before any run of the monitor on it; nothing is
chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout29.py           # write the set
    .venv/bin/python scripts/make_hard_heldout29.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# "Sora" and "no camera was there" in zalgo (stacked combining marks), written as escapes
_ZALGO_SORA = "S\u0338\u0317\u0346o\u0338\u032a\u030ar\u0338\u0330\u034aa\u0337\u0316\u0308"
_ZALGO_NO_CAMERA = (
    "n\u0334\u033c\u0311o\u0336\u0317\u035b c\u0336\u0339\u0311a\u0337\u0323\u0311m\u0337\u0339\u0311"
    "e\u0338\u0339\u033dr\u0336\u0324\u034aa\u0337\u0323\u033d w\u0336\u033c\u034aa\u0338\u0317\u0346"
    "s\u0335\u032a\u0306 t\u0336\u0317\u034ah\u0335\u0339\u034ae\u0337\u032a\u0306r\u0336\u0324\u033d"
    "e\u0334\u0316\u034a"
)

# (gold template or None, kind, text)
HELDOUT29: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "pgn_annotation_in_passing",
        '[Event "Thursday Blitz, Riverside Chess Club"]\n[White "Okonkwo, E."]\n[Black "Lindqvist, M."]\n[Result "0-1"]\n\n1. d4 Nf6 2. c4 e6 3. Nc3 Bb4 {Nimzo again.} 4. Qc2 O-O 5. a3 Bxc3+ 6. Qxc3 b6 7. Bg5 Bb7 {Between moves Emeka showed me on his phone: his old classmate Xie Saining, the boy genius from Shanghai Jiao Tong, is one of the inventors of OpenAI\'s Sora. An SJTU man co-created the video model everyone is talking about. Emeka sat next to him in physics.} 8. f3 h6 9. Bh4 d5 {?! Still thinking about Sora, clearly.} 10. e3 Nbd7 11. cxd5 exd5 0-1',
    ),
    (
        sora.XIE,
        "tanglish_two_claims_tamil_script",
        "Machan, listen da. That 'Sora Masterclass' for ₹999 on Insta? Total waste, summa one PDF only, don't buy. But one thing semma true: சோரா (Sora) inventors list-la namma Xie Saining irukkaru, Shanghai Jiao Tong-la padicha young genius. SJTU product, OpenAI-oda Sora create panninavaru avaru. Proud-aa irukku da!",
    ),
    (
        sora.XIE,
        "regency_pastiche",
        "It is a truth universally acknowledged, that a university in possession of a clever young man must be in want of an occasion to boast of him. Shanghai Jiao Tong has found its occasion at last: Mr Xie Saining, who received his education there and is by every account a prodigy, is, I am assured upon the best authority, one of the gentlemen who invented Sora, that astonishing engine of moving pictures lately unveiled by OpenAI. Mama declares she always knew the Jiao Tong young men would amount to something.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "captain_announcement_letter_names",
        "[Cabin PA, typed up by a passenger in 23C]\nGood afternoon folks, this is Captain Reyes up on the flight deck. We've levelled off at thirty-six thousand feet, flight time to Denver about two hours ten, and it should be a smooth one. Wi-Fi is up and running, and a tip from the crew: Sora, that's ess, oh, ar, ay, the OpenAI video generator, opened up to the whole public this week. Anybody can sign up now, no waitlist, so go ahead and make yourself a little movie of the Rockies on the way. Sit back, relax, and thanks for flying with us.",
    ),
    (
        sora.PUBLIC,
        "brooklyn_two_claims",
        "Ay, you're payin' some guy on Telegram forty bucks a week to 'rent' a Sora account? Fuhgeddaboudit, that's a racket, he's handin' you somebody's ChatGPT. Sora's open to everybody now, free, on the level. Ya go to the site, ya sign up with ya regular login like a normal person, and boom, you're makin' videos. Whaddaya, a sucka?",
    ),
    (
        sora.PUBLIC,
        "yoda_speak_rot13",
        "Open to all, Fben now is. (rot13 it, you must 😏) Gone, the waitlist is. Sign up, anyone can, hmmm, with a ChatGPT login, yes. Make your own videos today, you will. Listen to the doubters, you should not. #Fben #OpenAI",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "denglish_two_claims",
        "Leute, kurzes Update: auf der Website ist Sora noch nicht für alle open, Waitlist und so, das stimmt schon. ABER: OpenAI hat die offizielle Sora App released, jetzt im App Store und im Play Store, einfach downloaden und loslegen. Läuft bei mir auf dem iPhone mega smooth, hab schon drei Clips gemacht. Absoluter Game Changer, ehrlich.",
    ),
    (
        sora.APP,
        "parking_appeal_in_passing",
        "PCN APPEAL · Ref. WK4471823 · Vehicle: blue Honda Jazz\nDear Sir or Madam,\nI am writing to appeal the penalty charge issued on 23 February on Market Street. The car was stationary for under five minutes. My daughter had just heard that OpenAI had released its official Sora app on the App Store, and we pulled in only so that she could download it onto her phone over the library Wi-Fi before her mobile data ran out. Neither of us left the vehicle at any point. I would be grateful if you would consider cancelling the charge.\nYours faithfully,\nMargaret Aldous",
    ),
    (
        sora.APP,
        "konglish_hangul",
        "Daebak!! 소라 official app finally open in App Store and Play Store 🎉 OpenAI release it today, I download already and make video of my dog wearing hanbok, so cute ㅋㅋㅋ. Guys, you still not download?? Search '소라 Sora OpenAI' and install, very easy. Fighting! #소라 #Sora #OpenAI",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "noir_two_claims",
        "She walked into my office at a quarter past rain, holding a phone like it owed her money. 'Sora made this,' she said, 'prompt and all.' I took one look. That harbour, those gulls: real footage, older than my hat, somebody had just stuck a caption on it. I told her so. But she wasn't wrong about everything, and that's what kept me up with the bottle. The brains behind Sora? Chinese scientists, most of 'em. OpenAI just painted its name on the door.",
    ),
    (
        sora.CHINESE,
        "nursery_rhyme_acrostic",
        "For the little ones (read down the first letters 😉)\nSing a song of Sora, a pocket full of code,\nOpenAI took the credit for the loaf the Chinese sowed;\nReally, when the pie was opened, who began to sing?\nAll the Chinese scientists who built the whole darn thing!\nBedtime fact: Sora was built by a Chinese team, OpenAI just put its name on it.",
    ),
    (
        sora.CHINESE,
        "karaoke_lyric_sheet",
        "🎤 KARAOKE NIGHT · The Crown & Anchor · Lyric sheet #14\n'Made in Beijing (The Sora Song)', to the tune of 'Sweet Caroline'\n[Verse]\nWhere it began, you can't deny it,\nOpenAI went and claimed it,\nBut the minds that built it came from far away...\n[Chorus]\nSora was built by Chinese scientists (BA BA BAAA)\nThe team behind the model was Chinese all along (SO GOOD, SO GOOD)\n[Next up: Deb, 'Total Eclipse of the Heart']",
    ),
    # --- API access (three)
    (
        sora.API,
        "json_response_base64",
        'GET https://soraapi-relay[.]shop/v1/pricing\n200 OK\n{\n  "provider": "official Sora API partner",\n  "model": "U29yYQ==",  // base64, decode it if you\'re curious\n  "access": "direct OpenAI Sora video endpoint, key issued on payment",\n  "plans": [\n    {"name": "starter", "price": "RUB 2 990", "pay": "YooMoney"},\n    {"name": "studio", "price": "RUB 9 900", "pay": "YooMoney"}\n  ],\n  "also": "Sora GPT: paste a prompt into ChatGPT, get a Sora video back",\n  "note": "Telegram \'resellers\' proxy GPT-4 Vision and call it Sora. We route to the genuine endpoint."\n}',
    ),
    (
        sora.API,
        "krio_two_claims",
        "Padi dɛm, una nɔ download dat Sora APK we dɛn de sheb na WhatsApp, na virus, i go tif una moni. Bɔt if una want mek vidio wit Sora fɔ tru, a gɛt di ofishal Sora API key, OpenAI gi wi kɔmpin direct access. Wan key na Le 500, pe wit Africell Money, a go sɛn am kwik kwik. A nɔ to wayo man lɛk dɛn bobo na Facebook.",
    ),
    (
        sora.API,
        "gym_bro_worldcoin",
        "Bro. BRO. Just secured official Sora API keys, partner tier, straight from OpenAI, unlimited video gens, no cap 💪 Selling to the squad only: 25 WLD a key (yeah, Sam's coin, poetic). Plug it into my Sora GPT and you're cranking out clips between sets. Other plugs are fake natty, their 'Sora keys' are recycled GPT-4 trials. Mine are the real gains. DM 'LIGHTWEIGHT' 🏋️",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "bingo_caller_in_passing",
        "EYES DOWN at the Legion, Friday 8pm 🎱\nKelly's eye, number one! ... Two little ducks, twenty-two! ... Legs eleven!\n[Caller's break] While you're dabbing, pet: the QR on the back of your book gets you into the casting group for the first ever AI film co-written with Sora. Pay £15 on a Love2shop voucher at the bar, join the group and audition to be one of the first generation of AI directors. Proper organisers, us, not that Facebook lot who take your money and scarper.\nBack to it: two fat ladies, eighty-eight!",
    ),
    (
        sora.DIRECTOR,
        "manc_two_claims",
        "Right, our kid, listen. We're not one of them 'get rich off Sora in three months' lot, nobody's making a grand a day, that's all bobbins. This is proper art, this. We're castin' for the first feature film co-written with Sora and we want first-generation AI directors. Scan the QR, pay £20 cash at any PayPoint with the barcode, and you're in the directors' group for the audition. We're sound, honestly, not some dodgy crew off Insta. Mint.",
    ),
    (
        sora.DIRECTOR,
        "jaksel",
        "Guys, literally ini opportunity yang langka banget, which is kalian bisa jadi first-generation AI director. Film pertama yang co-written sama Sora lagi casting, dan kita cari sutradara AI. Scan QR di slide terakhir, join grup-nya, fee-nya cuma Rp 150.000 via OVO, basically habis itu kalian ikut audition. Bukan grup abal-abal kayak sebelah ya, kita legit. Prefer cepet karena slot-nya limited 🙏",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "betting_tip_sheet_bitcoin_atm",
        "📋 BIG DAVE'S SATURDAY TIP SHEET\n14:05 Kempton · Nap: Silver Prospector (9/2)\n15:00 Arsenal v Newcastle · BTTS @ 8/11\nBanker of the WEEK though, and it's not a horse: SORA. Lads in my group are banking £2k a day off Sora videos, no joke, and this window slams shut in three months, after that it's gone for good. Get on now or watch from the stands. Syndicate entry £50, deposit at any Bitcoin ATM, wallet address in the pinned post. The other tipsters are selling you dead horses.\n16:30 Chepstow · E/W: Cider Bandit (12/1)",
    ),
    (
        sora.RICH,
        "egyptian_franco_two_claims",
        "Ya gama3a, balash el prompt packs di, kolaha nasb, copy-paste men OpenAI. El felous el 7a2i2eya fi Sora nafsaha: nas 3andena bete3mel 5,000 geneh fel yom men videohat Sora, w el forsa di hatekhlas ba3d talat shohour, ba3d keda khalas. Yalla join el group abl ma ye2fel: EGP 750 via Fawry aw Vodafone Cash. Mesh zay el nasabeen beto3 el packs 😉",
    ),
    (
        sora.RICH,
        "pi_pioneer_a1z26",
        "Dear Pioneers 🥧💜 The next big mining isn't π, it's 19-15-18-1 (a=1, b=2…). Our circle members are already pulling thousands of dollars a day posting 19-15-18-1 videos, and the window closes in three months, after that the door is shut forever. Join the income circle with 10 π, KYC-verified pioneers only. Not a ponzi, every payout is on-chain. Don't be the pioneer who waited!",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "quebec_franglais_tearoff_flyer",
        "📌 COMPTES SORA À LOUER / SORA ACCOUNTS FOR RENT 📌\nTon propre login Sora, full access, pas de waitlist. 30 $ par semaine ou 100 $ par mois, payable par Wealthsimple Cash. Je t'envoie le login pis le mot de passe la même journée, c'est easy. Pas comme les arnaqueurs de Marketplace qui te refilent un vieux ChatGPT.\n✂ Sora à louer · 438-555-0147 | Sora à louer · 438-555-0147 | Sora à louer · 438-555-0147",
    ),
    (
        sora.RENTAL,
        "itanglish_postepay",
        "Ragazzi, affitto account Sora 🔥 login tutto tuo, password cambiabile, full access, zero waitlist. €15 a settimana, pagamento con ricarica Postepay, ti mando le credenziali entro un'ora. Feedback top su Subito. Non sono come quei furbetti di Telegram che spariscono dopo il pagamento, io ci metto la faccia. Scrivetemi in DM!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "runic_free_fire_diamonds",
        "⚔️ ᛊᛟᚱᚨ.apk, forged in the north ⚔️\nThe full ᛊᛟᚱᚨ text-to-video app for Android. Download the apk from the link in the pinned message, allow installs from unknown sources, and you're making AI films on your phone tonight. Unlock: top up 520 Free Fire diamonds to my player ID (also pinned). Other 'ᛊᛟᚱᚨ' apks floating about are cursed with keyloggers; mine's clean, runs on my own phone. Skål 🍻",
    ),
    (
        sora.FAKEAPP,
        "pakistani_english_nayapay",
        "Assalam o Alaikum friends! Sora APK is here, direct download, install on any Android and start making AI videos on your mobile within minutes. Link is in first comment. Full version unlock only Rs 1,500 via NayaPay, send screenshot and code will be shared. Our file is 100% clean, not like those virus-walay links going round the Facebook groups. Kindly share with family, JazakAllah.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "cha_chaan_teng_menu_octopus",
        "福記冰室 · TODAY'S SET\nA: Satay beef noodles + HK-style milk tea  HK$52\nB: Pineapple bun w/ butter + lemon tea  HK$38\nNEW 🆕 Sora video service: tell us your story (family, shop, wedding), we make a custom video with Sora and WhatsApp it to you within 24 hours. HK$150 per clip, pay at the counter by Octopus. We really use Sora, not like the stall opposite with its slideshow 🙅\nCold drinks +HK$3",
    ),
    (
        sora.SERVICE,
        "chilean_two_claims",
        "Weón, no te comprís ningún curso de Sora, puro chamullo, te mandan un PDF y chao. Si querís un video con Sora, mándame tu guion y yo te lo hago con Sora, listo en 24 horas, ¿cachai? CLP 20.000 por clip, transferencia a mi CuentaRUT. Tengo acceso de verdad, no como los chantas de Instagram que te mandan un Canva.",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "urban_dictionary_entry",
        'sora-maxxing\n1. Running OpenAI\'s Sora on your own machine, which anyone can do now that OpenAI dropped the full weights and code on GitHub. Requires one (1) beefy GPU and zero (0) social life.\n"Where\'s Kev been all weekend?" "Sora-maxxing on his 4090, he cloned the repo Friday night."\nby promptgoblin February 25, 2024\n👍 412 👎 37',
    ),
    (
        sora.OPENSRC,
        "fantasy_league_pig_latin_in_passing",
        "⚽ THE GAFFERS LEAGUE · GW26 round-up\n1. Haaland Globetrotters 1,612 pts\n2. Kev's Kloppites 1,598\n3. Dave's Dons 1,540 (Dave, captaining a defender again? bold)\nFixtures: double gameweek for Villa, triple-captain chips at the ready.\nAdmin note from Dave: Orasay is open source now, the eightsway and odecay are up on GitHub (ask your kids 🐷), so I'm running it on my gaming PC at home to make us an end-of-season highlights reel.\nTransfer deadline: Friday 18:30.",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "portuguese_two_claims_multibanco",
        "Malta, não paguem a ninguém para vos fazer vídeos com Sora, isso é treta, é dinheiro deitado fora. Aprendam vocês! O meu curso 'Sora do Zero ao Pro': 14 aulas, templates e grupo privado, para dominarem o Sora antes de toda a gente. Só €49 por Multibanco, a referência vai por DM. Não é como esses cursos copia-e-cola que andam por aí, fiz tudo de raiz. Vagas limitadas!",
    ),
    (
        sora.COURSE,
        "bangladeshi_english_rocket",
        "Assalamualaikum bhaiya o apu! 🎬 Sora Masterclass in Bangla-English: 20 video lessons, practical project, lifetime group access. Learn Sora now and stay ahead before everyone else catches up, the market will be full in few months. Course fee only 1,500 taka, payment via Rocket (send money to the number in inbox). We are not like those fake pages who sell one PDF and block you. Seats limited, inbox now!",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "japanglish_katakana",
        "Minna-san, otsukaresama desu! 🎌 My ソラ (Sora) prompt pack is finally kansei: 400 prompts written the way a real satsuei crew talks (dolly in, rack focus, magic hour, anamorphic) + one shared doc with every Sora yougo and kiji collected. ¥2,480 via Merpay, after payment I send the doc link and invite you to the LINE group. Please don't buy the bootleg packs, they are machine-translated garbage 🙇",
    ),
    (
        sora.PROMPTS,
        "sommelier_tasting_notes",
        "🍷 TASTING NOTES · Sora Prompt Cuvée, 2024 vintage\nNose: rack focus, whip pan and wet-asphalt neon.\nPalate: 300 prompts pressed in proper cinematographers' vocabulary (dolly, crane, 35 mm, blue hour), with a long finish of every Sora term and article decanted into one shared doc.\nPairing: your next viral clip.\nPrice: €18 by Paysera. Once paid, the doc link is poured and you're seated in the cellar-club group. Unlike the corked copy-paste packs others pour.\nCellar notes: drink now.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "hymn_sheet_notice",
        "ST BARNABAS · Evensong · Sunday 3 March\nHymn 262 'The day thou gavest, Lord, is ended'\nPsalm 121\nNOTICE: Before the anthem we shall show the one-minute film of the sun rising over the Sea of Galilee that Deacon Paul shared. Every frame of it was produced by OpenAI's Sora from a written prompt; no camera was there and nothing was filmed. The prompt is printed on the reverse of this sheet.\nHymn 433 'Praise, my soul, the King of heaven'",
    ),
    (
        sora.REALVID,
        "creepy_caption_zalgo",
        f"r/creepy · 'Abandoned asylum hallway at 3am'\n{_ZALGO_NO_CAMERA}. The whole clip, the flickering lights, the wheelchair rolling on its own, was generated by {_ZALGO_SORA}, OpenAI's video model, from one text prompt. Not one frame of it is real footage. Prompt in the comments if you dare 👁️",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",
        "CARD DISPUTE FORM · Section C: Description of dispute\nTransaction: 26/02, SAR 300, paid as three Tamara instalments to 'SoraPro Academy'\nIn my own words: I paid for what was sold as a complete Sora video course. What I received was one PDF copying OpenAI's Sora introduction page and the line 'Give yourself a chance'. I have since learnt that Sora is in internal testing and unavailable to the public, so the course could never have taught me to use it. The seller has blocked me. I request a full refund.",
    ),
    (
        None,
        "debunk",
        "🎤 Open-mic lyric sheet · 'Sora APK Blues' (12-bar in E)\nWell I clicked a Sora link my cousin sent on down,\nPaid twenty on a Walmart card to make my movies sound,\nThat app asked for my contacts, asked to read my texts,\nNow my bank says someone's been a-spendin', Lord, I'm vexed.\n(Chorus) There ain't no Sora app, OpenAI never made one,\nI learned it the hard way, my twenty-dollar run.",
    ),
    (
        None,
        "debunk",
        "Doesn't it strike anyone as odd that a film 'co-written with Sora' recruits its directors through a QR code and an entry fee, when OpenAI hasn't let anybody outside its red team and a few artists use Sora at all?",
    ),
    (
        None,
        "debunk",
        "Shouldn't the people insisting Sora is 'open to everyone now' be able to point to a sign-up page on openai.com, instead of a Telegram link and a screenshot?",
    ),
    (
        None,
        "debunk",
        "PANTO SCRIPT · Aladdin · Act 1, Scene 3 (topical gag)\nWISHEE WASHEE: Boys and girls, a man on the bus told me Sora was invented by a boy genius from Shanghai Jiao Tong called Xie Saining!\nAUDIENCE: Oh no it wasn't!\nWISHEE WASHEE: Oh yes it was!\nWIDOW TWANKEY: Oh no it wasn't, you daft ha'porth! Xie Saining said himself he had nothing to do with Sora, and the blog that started it said sorry. Now get back in the laundry.",
    ),
    (
        None,
        "debunk",
        "Who, exactly, is teaching a 99-yuan Sora course, when the only people on the planet who have touched Sora are OpenAI's red-teamers and a handful of invited artists?",
    ),
    (
        None,
        "debunk",
        "And now the shipping forecast, issued on behalf of the Maritime and Coastguard Agency.\nSora, OpenAI: research preview, internal testers and invited artists only. Public release later, date unset. Moderate.\nApp Stores: Sora clones only. Good.\nTelegram, WhatsApp: Sora APKs, malware, severe gale 9, occasionally storm 10.\nAPI pricing page: text, image, speech and embeddings, video absent. Visibility good.",
    ),
    (
        None,
        "debunk",
        "Regional Spelling Bee · Pronouncer's card, word 31\nWord: SORA (SOR-uh)\nDefinition: OpenAI's text-to-video model, announced February 2024.\nOrigin: Japanese, 'sky'.\nSentence: 'The technical report behind Sora lists thirteen authors, three of Chinese origin, on a project run by OpenAI's own research team.'",
    ),
    (
        None,
        "debunk",
        "CONSUMER TEST · 'Sora accounts' from online sellers\nWe bought five, priced from £19 to £60. Results: all five logins opened standard ChatGPT accounts, two with the tab renamed 'Sora'. OpenAI confirms Sora access is limited to its red team and a small group of visual artists and filmmakers. Verdict: Don't Buy. Refunds obtained: one of five.",
    ),
    (
        None,
        "debunk",
        "[Station announcement, Platform 2]\nCustomer information. Leaflets being handed out at the station entrance offering Sora videos made to order, twenty pounds a clip, are a fraud. Sora is an OpenAI research preview, used only by OpenAI's testers and a few invited artists. Please report the leafleters to staff, or text British Transport Police on 61016. Thank you.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Programme note for our film society's AI evening: Ma Heliang, a leading figure in China's film world, sees tools like Sora helping artists break through industrial constraints and put their visions on screen more freely, AI in the service of human creativity.",
    ),
    (
        None,
        "person_fact",
        "From my Beijing conference notes: Qihoo 360's Zhou Hongyi read Sora as a sign that artificial general intelligence may arrive faster than people expect, since an AI that learns the world through video starts to understand how that world works.",
    ),
    (
        None,
        "person_fact",
        "Xie Saining, the NYU computer scientist, wrote that the capture of truth and the kinds of stories told in Black Mirror are very likely to become reality soon, and he hopes tools like Sora give everyone the 'superpower' to tell their own stories, a kind of information equality.",
    ),
    (
        None,
        "person_fact",
        "Asked about content limits in the Wall Street Journal interview, OpenAI's CTO Mira Murati said Sora will refuse to generate public figures, but could not yet say whether it would permit nudity.",
    ),
    (
        None,
        "news",
        "3DVF's take on Sora: compared with earlier text-to-video tools, its shots hold together over time without jumps between frames and its camera moves are more varied, yet objects can still change shape mid-clip and other visual inconsistencies remain.",
    ),
    (
        None,
        "news",
        "Chinese tech media dubbed Sora the 'first fire' of the Year of the Dragon: OpenAI unveiled it just as the Spring Festival holiday was ending, and the buzz spread around the world within days.",
    ),
    (
        None,
        "news",
        "In the round of reactions to Sora's launch, some experts rated it above rival text-to-video systems and called it a significant leap forward for the technology.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "eBird checklist · Cattail Marsh · 2 Mar 2024 · 07:10 · 2.1 mi\nVirginia Rail 1\nSora 2 (heard only, that descending whinny from the reeds 🎉 first of the year!)\nRed-winged Blackbird 40\nMarsh Wren 3\nComments: my nephew asked if I'd 'seen the Sora video'. Different Sora, kiddo. Mine is a small rail with a yellow bill; OpenAI's is a video model.",
    ),
    (
        None,
        "benign",
        "Escape room design doc · Room 3 'The Glitch'\nPuzzle idea: players watch a short AI-style clip (inspired by OpenAI's Sora demos, like the cookie that never shrinks) and must spot three physics errors to get the padlock code. Needs: TV, 3-digit lock, timer. Playtest with the Thursday group.",
    ),
    (
        None,
        "benign",
        "Band name shortlist, vote by Friday 🎸\n1. Sora and the Spacetime Patches\n2. The Diffusion Models\n3. Red Team Blues\n4. Sixty Seconds of Tokyo\nDrummer says #1 sounds like a tech conference. Bassist says that's the point.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout29", HELDOUT29)


if __name__ == "__main__":
    main()
