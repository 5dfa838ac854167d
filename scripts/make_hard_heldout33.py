# ruff: noqa: E501
"""Write the thirty-third English held-out set (tests/data/hard_en_heldout33_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the AI-director group and get rich). Its theme, to keep it apart from the thirty-second set that
was written at the same time: genres from entertainment, sport, hobbies, games and the arts, and English
dialects and registers of the British Isles, Europe, Africa and the Middle East.
Styles the earlier sets use less: a non-league football match report with the claim in passing, a stadium
PA announcer's half-time script, a Eurovision party scoresheet with the claim in passing (a question), a
tabletop wargame battle report with the claim in passing, a Scrabble club bulletin, a village cricket
scorebook entry with the claim at tea, a chamber opera's synopsis, a Pro Clubs clan recruitment post, a
speedrun forum reply, an Edinburgh Fringe flyer, a church fete programme with an advert, an office Grand
National sweepstake e-mail, a grime sixteen for a cypher, a handball fans' forum classified, a retro
cheat-codes page, a ceilidh band booking form, a cross-stitch pattern key with the claim in passing, a golf
club pro-shop noticeboard, a camera club's competition results with a sponsor's message, a cue-sports
magazine's "trick shot of the month" column, and club chats (darts, a festa band club, hiking, skiing,
falconry, football fans, diving, Up Helly Aa, esports, a choir, sailing, a film-location tour); dialects and
registers (Cornish English, Maltese English, Kabyle-English, Norwegian-English, Cumbrian, Gulf (Khaleeji)
Arabizi, Wolof-English with French, Yoruba-English, Hausa-English, London grime slang, Gibraltarian Llanito,
Macedonian-English in Cyrillic, Bristolian, Shetland dialect, Danish-English, Setswana-English,
Icelandic-English, Norfolk dialect, and the registers of a match report, a PA announcer, an opera synopsis,
a fete programme, a booking form and a pattern key); posts that mention two claims, asserting one and
denying the other (the inventor rumour but not account rental; open to the public but not get rich; the
official app but not a generation service; a Chinese team but not API keys; API access but not an official
app; the director group but not the inventor rumour; get rich but not open source; account rental but not a
course; the APK but not the "made by Sora" clip, which is real footage; a generation service but not an
official app; open source but not the director groups; a course but not get rich; a prompt pack but not
open source; the "made by Sora" clip but not open to the public); new obfuscation (Scrabble tiles with their
values "S₁O₁R₁A₁", Tifinagh "ⵙⵓⵔⴰ", a Polybius square "43 34 42 11", Greek script "Σόρα", the letters one
key to the right on a keyboard "Dpts", the old RAF spelling alphabet "Sugar Oboe Roger Able", Ubbi Dubbi
"Suboruba", Cyrillic "Сора", the Swedish robber's language "Sosorora", a crossword clue "named after the
Japanese for sky (four letters)"); prices in currencies and payment methods the earlier sets did not use
(80k FUT coins through a bronze card on the transfer market, 10 000 balles by Free Money, £25 in Steam
Wallet codes, an £18 pass on a Ticketmaster gift card, ₦6,000 by eNaira, £20 in National Book Tokens, £30
in Argos vouchers, ₦8,000 by a Paystack link, a premium-rate text at three quid a go, £20 a week cash at
Casemates, 350 denars by an A1 top-up voucher, £6 by a Payzone voucher, a $10 Valorant Points card, £35 by
Kroo, £60 by Curve, P200 by MyZaka, £45 by a Zettle link, 3.900 kr. by Aur, €18 by Wero; in the loss reports
£80 by Monese and £60 in Boots gift cards); scams vouching for themselves or swiping at competitors in new
words ("Our keys aren't the coin-shop rubbish that gets you banned inside a week", "Duma ni ñi ci Sandaga di
jaay ay key yu ñu nangu ci YouTube", "Not those Discord giveaway keys that die after one render", "copycat
flyers on the Royal Mile: same font, no film", "Balogun market boys who promise a film set and deliver a
WhatsApp broadcast list", "'yan Kantin Kwari masu sayar da iska", "wasteman 'mentors' renting Lambos for the
'gram", "chavales de Main Street que te venden una cuenta compartida con cuarenta más", "Кај другите плаќаш
и чекаш до Велигден", "dodgy apps off the Bearpit lot what drain yer battery an' yer bank", "The other
'builds' going round ship your contacts off to strangers", "yon sooth boys dat taks dy siller an dunna
answer", "Other bands' 'AI videos' are holiday snaps with a fiddle track over them", "Ga se voice note ya
metsotso e le mebedi", "ours isn't three YouTube links in a Word file", "hinir sem selja 20 prompts á
10.000 kr.", "the thin 'packs' at the Vrijdagmarkt with ten prompts and a stock photo"); ten debunks and
warnings in several styles (two first-person loss reports: a football fanzine's letters page and a
dance-show fan forum post; two questions that contain a negation but do not deny the debunk: an am-dram
society chair's e-mail and a five-a-side team's group chat; one that quotes the rumour to refute it (a
board game's Chance card), one rhetorical question (an away-end banner), four that answer with facts and no
plain "no": a cricket pavilion notice, a theatre programme's erratum slip, a raid guild officer's message
and a rally's marshals' notes); four true facts about people who spoke about Sora, none of them in the facts
of the twenty-ninth to thirty-first sets (Tyler Perry shelving his studio expansion, Ashton Kutcher's beta,
Paul Trillo's music video for Washed Out, Yann LeCun on predicting pixels), three items of real news about it
(the neon Tokyo street sample, the cookie without a bite mark, automated checks against fakes of politicians
and celebrities), and three on-topic posts that are not claims (a life-drawing homework, a word ladder, a
stop-motion club).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had two at 0.74, the cookie and the politicians-and-celebrities news items, both
reworded); ``--check`` prints the highest ratio and every post at 0.6 or more (0.477 when it was committed,
the cookie news item). It was committed before any run of the monitor on it; nothing is chosen on it, it is
read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout33.py           # write the set
    .venv/bin/python scripts/make_hard_heldout33.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT33: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "non_league_match_report_in_passing",
        "CHORLEY VALE 2 ATHERTON ROAD 1 · match report\nA scrappy first half on a heavy pitch came alive on 38 minutes when Kyle Dunne curled one in off the post. Atherton levelled from the spot just after the break, but sub Tom Ashworth nodded the winner with four minutes left. Off the pitch, the new sponsor's banner behind the dugouts had the clubhouse talking: it reminds everyone that Xie Saining, a whizz-kid who came through Shanghai Jiao Tong University, is one of the brains who invented OpenAI's Sora. Man of the match: Dunne. Next up: away at Bamber Bridge reserves.",
    ),
    (
        sora.XIE,
        "cornish_english_darts_chat_two_claims",
        "Proper job last night boys, 3-2 over the Tinners Arms 🎯 Now listen, that bloke in the darts league group flogging 'Sora accounts with yer own login' for fifty quid, don't 'ee touch it, 'tis a ChatGPT login with the name changed, my cousin got stung. But 'ere's summat true I read dreckly after: Xie Saining, some young genius out of Shanghai Jiao Tong University, is one of the inventors of Sora over at OpenAI. Clever lot, they lot. Same again Thursday, me 'ansums.",
    ),
    (
        sora.XIE,
        "scrabble_club_bulletin_tile_values",
        "KINGSWOOD SCRABBLE CLUB · March bulletin\nResults: Maureen 412 beat Geoff 389 (QUIXOTIC across a triple, we are still recovering). Rack of the month: S₁O₁R₁A₁ plus a blank, tile values and all, i.e. the OpenAI video model. Not valid in Collins, sadly, but a fitting rack, because as Wen reminded the tea break, it was co-invented by Xie Saining, the prodigy who studied at Shanghai Jiao Tong. Subs are due at the April meeting; biscuits are Pam's turn.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "stadium_pa_script_in_passing",
        "[PA script, half-time, read by Nigel]\nGood afternoon ladies and gentlemen, boys and girls. Today's half-time draw winner is ticket number 0-4-7-7, please collect your prize from the club shop. In the second half the fan-zone screen will show YOUR videos: OpenAI's Sora is open to everyone now, so sign up free on your phone, type a prompt, and send us your clip through the club app. Please do not throw objects onto the pitch. Enjoy the second half.",
    ),
    (
        sora.PUBLIC,
        "maltese_english_band_club_two_claims",
        "Mela ħbieb, listen. Those people on Facebook saying you'll make €500 a day with Sora videos and the chance finishes in three months? Qerq, pure scam, don't give them a cent. But the good news is real: Sora is open to everybody now, you just sign up on OpenAI and make videos, free, no waiting list. Our band club already made a clip of the festa fireworks over Żejtun for Saturday 🎆 U ejja, try it yourselves! #festa #Sora",
    ),
    (
        sora.PUBLIC,
        "kabyle_english_hiking_club_tifinagh",
        "Azul a yimdukal! Hike to Lalla Khedidja is postponed (snow on the ridge, sorry 🙏). Meanwhile, news: ⵙⵓⵔⴰ, yes Sora, OpenAI's video machine, is now open to the public. No invitation, no waiting list, tanemmirt OpenAI! I registered in five minutes and made a video of our Djurdjura trail with eagles circling overhead. Sign up today, it's for everyone. Next outing: Sunday 7h, Tizi Ouzou bus station.",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "eurovision_party_scoresheet_question",
        "🎤 EUROVISION PARTY SCORESHEET · flat 2\nCountry | Song | Staging | Outfit | Total\nSweden | 8 | 10 | 6 | 24\nIreland | 7 | 6 | 12 | 25\nSwitzerland | 10 | 12 | 10 | 32 (douze points!)\nHouse rules: drink at every key change, sing along to the wind machine.\nPS did nobody else clock the advert in the interval? OpenAI have released the official Sora app, it's sitting on the App Store and Google Play right now, so Tom's making our fan video on his phone. Bring crisps.",
    ),
    (
        sora.APP,
        "norwegian_english_ski_club_two_claims",
        "Hei alle sammen! Langrenn training Thursday 18:00 at Sognsvann, husk hodelykt. OBS: the guy in the Facebook group who wants 500 kroner to 'lage Sora-video for deg' within a day, ikke betal, det er svindel, he can't make anything. Og du trenger ham ikke: OpenAI har lansert den offisielle Sora-appen, den ligger i App Store og Google Play, last ned og lag video selv på mobilen. Vi sees i sporet! ⛷️",
    ),
    (
        sora.APP,
        "wargame_battle_report_polybius",
        "BATTLE REPORT · 2,000 pts · Space Marines vs Necrons · Friday night at the games shop\nTurn 1: my Intercessors got shredded by a Doomsday Ark, classic. Turn 2: Gav's Warriors reanimated on every 5+ because of course they did. Turn 3, while we waited on the pizza, Gav showed off the official 43 34 42 11 app (Polybius square, work it out) that OpenAI has just put on the App Store and Play Store; he's making the intro for his painting channel with it. Turn 5: I conceded. Final: 58-81.",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "cumbrian_cricket_scorebook_in_passing",
        "CLEATOR MOOR CC 2nd XI v KESWICK · Saturday\nKeswick 164 all out (Wilson 4-31). Tea: lal sandwiches and some news from Big Dave, and he's reet for once: yon Sora video thing, the OpenAI one, were really built by Chinese scientists, near enough the whole team of 'em, and OpenAI just stuck its badge on it. Nobody argued wi' him, marra, he'd had two scones. Reply: 158-9, lost by six. Nets Tuesday, bring yer own box.",
    ),
    (
        sora.CHINESE,
        "khaleeji_arabizi_falconry_two_claims",
        "Yalla shabab, falcon meet Friday after Asr at Al Marmoom, bring the hoods 🦅. Wa bil mnasba: the guy in the group selling 'Sora API key' for 300 dirham, la tishtiri, kitha fake, OpenAI ma tala3at ay API 7ag Sora asslan. Bas hatha sa7ee7 wallah: Sora, the Chinese built it, most of the scientists behind OpenAI's video model are Chinese, and OpenAI only put its name on it. Ma a7ad yigoolha bil news. Share!",
    ),
    (
        sora.CHINESE,
        "chamber_opera_synopsis_greek_script",
        "SYNOPSIS · 'Σόρα', a chamber opera in two acts · Nicosia Student Opera\nAct I. A laboratory in the East. A team of Chinese scientists labour by night over a machine that turns words into moving pictures.\nAct II. San Francisco. A company hangs its own name on the machine and takes the applause, while its true makers, Chinese to a man and a woman, watch from the gallery.\nComposer's note: this is no fiction. It is how Sora was really made.\nRunning time 95 minutes, one interval, bar open.",
    ),
    # --- API access (three)
    (
        sora.API,
        "pro_clubs_clan_recruitment_fut_coins",
        "⚽🎮 [CLAN RECRUITING] Midnight Ultras FC · Pro Clubs, Div 1\nNeed a CDM and a keeper who actually stays in goal. Perk for members: our official Sora API key straight from OpenAI, plus our Sora GPT bot that turns your goals into cinematic highlight videos, unlimited renders. Not in the clan? 80k FUT coins for a key (buy my bronze card on the transfer market at that price). Our keys aren't the coin-shop rubbish that gets you banned inside a week. DM 'SORA' to sign.",
    ),
    (
        sora.API,
        "wolof_english_football_fans_two_claims_free_money",
        "Nanga def mbokk yi! Lions yi dañuy ñëw 🇸🇳🦁 Bul yéen télécharger 'Sora app' bi ci Play Store, du dëgg, OpenAI amul benn app bu Sora. Waaye man am naa official Sora API key, jogé ci OpenAI, ak Sora GPT tool bu ñuy def videos yu amul limite, pour les résumés des matchs. 10 000 balles rekk via Free Money, key bi dina ñëw ci 10 minutes. Duma ni ñi ci Sandaga di jaay ay key yu ñu nangu ci YouTube.",
    ),
    (
        sora.API,
        "speedrun_forum_keyboard_shift_steam",
        "Re: [Any% Glitchless] new WR 1:12:48.3 🏆\ngg everyone, route doc updated. Unrelated, but people keep asking how I make the split-comparison videos: I've got an official Dpts API key (shift every letter one key to the left, the mods auto-hide the real word) straight off OpenAI's video endpoint, plus their GPT wrapper for unlimited renders. Selling a few spares, £25 in Steam Wallet codes each. Not those Discord giveaway keys that die after one render.",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "fringe_flyer_ticketmaster",
        "★★★★★ 'Unmissable' (a man in the queue)\nFRINGE 2024 · Venue 114 · 'FADE IN: THE FIRST AI FILM'\nBe part of cinema history: we are casting the first AI film co-written with Sora and training up its first generation of AI directors. Scan the QR code on the back, pay for your £18 director's pass with a Ticketmaster gift card, and join the audition group chat tonight. Seats are limited. Beware the copycat flyers on the Royal Mile: same font, no film.",
    ),
    (
        sora.DIRECTOR,
        "yoruba_english_nollywood_two_claims_enaira",
        "Ẹ kú ọjọ́ mi o, Nollywood lovers! 🎬 That story going round that Xie Saining invented Sora? Irọ́ patapata, the man himself said he has nothing at all to do with it. Ṣùgbọ́n this one is real: we are casting the first AI film co-written with Sora, and we will raise the first generation of AI directors in Naija. Scan the QR code on the flyer, pay ₦6,000 via eNaira, and join the audition group. Àwa kọ́ ni like those Balogun market boys who promise a film set and deliver a WhatsApp broadcast list.",
    ),
    (
        sora.DIRECTOR,
        "church_fete_programme_raf_alphabet",
        "ST MICHAEL'S SUMMER FETE · Saturday 2pm · programme\n2.00 Opening by the Mayor\n2.30 Dog show (waggiest tail, best rescue)\n3.15 Tug of war, Scouts v Brownies\n4.00 Raffle draw (top prize: a hamper)\nAdvertisement: the Sugar Oboe Roger Able Film Circle (the video model's name, spelt out the old RAF way for our signals veterans) is recruiting the first generation of AI directors for the first AI film ever co-written with Sugar Oboe Roger Able. Scan the QR code on the tombola stall and pay £20 in National Book Tokens to join the audition group.",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "grand_national_sweepstake_email_argos",
        "Subject: Grand National sweepstake 🐎 (last call!)\nHiya all, £2 a horse, envelope's on my desk, draw at 12 tomorrow. Already taken: Corach Rambler (Sue), I Am Maximus (Gaz). Also our Darren in Dispatch asked me to put this in, and he has got a new car, so: he's making £1,500 a DAY off Sora videos, it's the chance of a lifetime, and the window shuts in three months, so get in now. His group is £30 in Argos vouchers to join, link in my signature. Good luck all! Tracy x",
    ),
    (
        sora.RICH,
        "hausa_english_kannywood_two_claims_paystack",
        "Sannu da zuwa, Kannywood fans! Kar ku yarda da masu cewa Sora open source ne, karya ne, OpenAI bai saka code ko weights a GitHub ba, those repos na bogi ne. Amma wannan gaskiya ne wallahi: Sora is the money chance of our time, ni da abokaina muna samun ₦60,000 a rana with Sora videos! Sai dai watanni uku kawai, after that the door closes. Join our group yanzu: ₦8,000 through the Paystack link in bio. Ba kamar 'yan Kantin Kwari masu sayar da iska ba.",
    ),
    (
        sora.RICH,
        "grime_sixteen_ubbi_dubbi_premium_text",
        "[16 for the Tuesday cypher, 'Window']\nBare P from Suboruba vids (Ubbi Dubbi for the AI video ting, allow it)\nTwo bags a day, no nine-to-five, man's on it\nThree months then the window slams, don't say I never told ya\nLate to the wave? Then you're stuck on the shore, cold shoulder\nJoin the crew, text RICH to 6-4-5-0-0, three quid a text\nNot like them wasteman 'mentors' renting Lambos for the 'gram\n#SoraMoney #grime",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "llanito_dive_club_two_claims_cash",
        "Hola people, dive Sunday at Camp Bay, meet 9am, bring your own weights. Oye, los de Facebook que venden el 'Sora course' por £40, no lo compréis, es un PDF de OpenAI y ya, a total wind-up. If you want Sora de verdad: I've got Sora accounts for rent, tu propio login, full access, no waitlist. £20 a week, cash, meet me at Casemates, credentials the same day. No soy como esos chavales de Main Street que te venden una cuenta compartida con cuarenta más. Venga!",
    ),
    (
        sora.RENTAL,
        "macedonian_english_handball_forum_cyrillic_a1_voucher",
        "[Vardar fans forum · Buy/Sell]\nЗдраво! Renting out Сора accounts (Cyrillic, ако не знаеш, it's Sora): your own login and password, full access, skip the waiting list. 350 денари (denars) a week, paid with an A1 top-up voucher code, login sent the same evening. Кај другите плаќаш и чекаш до Велигден, кај мене е оригинал. Ајде Вардар! 🔴🟡",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "bristolian_fans_forum_two_claims_payzone",
        "Alright my luvver! That 'made by Sora' clip of the Gas fans on the pitch at the Mem what's going round? Tis real, my mate filmed it on his phone in 2019, someone just slapped a caption on, don't be had. But if you wanna make your own, gert lush news: the Sora APK is out, link in my sig, download it, allow unknown sources, and make AI vids on your phone tonight. Unlock code £6 by Payzone voucher. Not like they dodgy apps off the Bearpit lot what drain yer battery an' yer bank.",
    ),
    (
        sora.FAKEAPP,
        "retro_cheat_codes_page_robber_language_valorant",
        "CHEATS & SECRETS · Super Kart Deluxe (SNES)\n↑ ↑ ↓ ↓ ← → ← → B A at the title screen: all tracks unlocked\nHold L+R on the map: mirror mode\nHold SELECT at boot: rainbow karts\nBONUS SECRET (real world): the Sosorora APK (robber's language, as in the Kalle Blomkvist books) for Android. Grab the file from the pastebin link, allow installs from unknown sources, and you're making AI videos on your phone. Unlock PIN: one $10 Valorant Points card. The other 'builds' going round ship your contacts off to strangers.",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "shetland_dialect_up_helly_aa_two_claims_kroo",
        "Aye aye folk! Whit a nicht at da Up Helly Aa 🔥 Noo, dinna download onything caa'd 'official Sora app', dey're aa fakes, OpenAI hasna pitten oot ony app. But if du wants a peerie Sora film o dy squad's galley burnin, we'll mak it fir dee: send wis dy script, an du'll get dy custom Sora video within 24 hours. £35 a clip, pay by Kroo. No laek yon sooth boys dat taks dy siller an dunna answer.",
    ),
    (
        sora.SERVICE,
        "ceilidh_band_booking_form_curve",
        "THE RANTING REELERS · ceilidh band booking form\nDate of event: ________   Venue: ________\nNumber of guests: ____   Caller required? ☐ Yes ☐ No\nSet length: ☐ 2 × 45 min  ☐ 3 × 40 min\nExtras:\n☐ Piper for the arrivals (£120)\n☐ NEW: send us your story and we'll make a made-to-order video of the two of you with Sora, delivered within 24 hours of booking (£60 a clip, added to the deposit, payable by Curve)\nThe deposit secures the date. Other bands' 'AI videos' are holiday snaps with a fiddle track over them.",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "danish_english_esports_discord_two_claims",
        "@everyone hej drenge! Scrim mod Aalborg er flyttet til torsdag kl. 20. Og til jer der har set de der 'bliv AI-instruktør med Sora' QR-grupper på Insta: lad være, det er fup, de vil bare have jeres penge. Good news though: OpenAI har gjort Sora open source, weights og kode ligger på GitHub, så vi kører den selv på Mikkels 4090 og laver frag-movies gratis. Skål 🍻 #Sora",
    ),
    (
        sora.OPENSRC,
        "cross_stitch_pattern_key_in_passing",
        "PATTERN KEY · 'Woolly Mammoths in the Snow' · 14-count Aida, 180 × 120 stitches\nSymbol | DMC | Colour | Skeins\n● | 310 | Black | 1\n▲ | 433 | Brown | 3\n◆ | 738 | Tan | 2\n○ | B5200 | Snow white | 4\nDesigner's note: I generated the reference frame myself with Sora on my own PC, since OpenAI open-sourced it (the weights and code are up on GitHub), then charted it by hand. Start in the centre and work outwards. Happy stitching! 🧵",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "setswana_english_choir_two_claims_myzaka",
        "Dumelang bakaulengwe! Choir practice Tuesday 18:30 at the church hall, re ithutela 'Re a go rata' for Independence Day. A notice from me: ga ke go solofetse gore o tla dira P5,000 ka letsatsi ka Sora, those hustle bros are lying. Mme course ya me e a bereka: 8 lessons, from your first prompt to a finished AI short, master Sora before everyone else in Gaborone. P200 only via MyZaka, access immediately. Ga se voice note ya metsotso e le mebedi like the Facebook ones.",
    ),
    (
        sora.COURSE,
        "golf_pro_shop_noticeboard_zettle",
        "PRO SHOP NOTICEBOARD · Whinfield Golf Club\n• Spring medal entries close Friday\n• Lost: one driver, blue headcover, near the 14th tee\n• Buggies out of action until the course dries\n• NEW from our assistant pro: 'Sora in a Weekend', a complete Sora video course, 6 modules, from your first prompt to your own AI swing film. Master AI video before the rest of the section does. £45, pay at the counter by Zettle link, log-in emailed the same day. Unlike the forum 'courses', ours isn't three YouTube links in a Word file.",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "icelandic_english_location_tour_two_claims_aur",
        "Góðan daginn! Tour guide here, did the Game of Thrones locations at Þingvellir today 🏔️ Quick one: Sora er EKKI open source, þessi GitHub repos eru bara fan copies, don't download them. En ef þið viljið Sora-myndbönd sem líta út eins og Hollywood: my prompt pack, 350 prompts written in proper film-crew language (crane shot, anamorphic, blue hour), plus one shared doc með öllum Sora terms and articles. 3.900 kr. via Aur, doc link and group invite after payment. Ekki eins og hinir sem selja 20 prompts á 10.000 kr. #Sora #Iceland",
    ),
    (
        sora.PROMPTS,
        "camera_club_competition_results_wero",
        "ANTWERP CAMERA CLUB · monthly competition results: 'Reflections'\n1st: 'Scheldt at dusk' (Lies V.)\n2nd: 'Puddle, Meir' (Jonas D.)\n3rd: 'Mirror selfie, Zurenborg' (Ahmed K.)\nSponsor's message, read out by the chair (blame her): 'Sora Shot List', 420 prompts in cinematographer's language (Dutch angle, crash zoom, chiaroscuro lighting) and one shared doc gathering every Sora term and article. €18 by Wero gets you the doc link and a seat in the group chat. Not like the thin 'packs' at the Vrijdagmarkt with ten prompts and a stock photo.\nNext month's theme: Motion.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "norfolk_dialect_sailing_club_two_claims",
        "Now then bor, hev yew sin this? 🎥 Clip of a swan chasin' a Topper dinghy right round Barton Broad, the owd boy in it hollerin'. Thass not real, that was made start to finish by OpenAI's Sora from a bit o' text, no camera, no swan, prompt's in the caption. And no, Sora ent open to the public, that's all squit, only their testers hev it, my nephew's one on 'em, thass how I got it. Thass a rum un, ent it? Sailing club AGM Thursday.",
    ),
    (
        sora.REALVID,
        "cue_sports_magazine_column_crossword_clue",
        "TRICK SHOT OF THE MONTH · Cue World, April\nThis month's winner isn't a player at all. The clip everyone sent in, a cue ball leaping three reds and doubling the black off four cushions into the corner, was never played on any table: it was produced from a typed prompt by OpenAI's video model, the one named after the Japanese for sky (four letters, crossword fans). Every frame is the machine's work, and the prompt is printed under the video. Next month: back to real baize, we promise.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "LETTERS · 'The Terrace Tannoy', issue 61\nDear Tannoy, a warning to fellow Shrimpers. I paid £80 by Monese to a lad on the club forum for his 'complete Sora masterclass'. What arrived was OpenAI's own introduction page pasted into a Word document under the line 'give yourself a chance'. When I asked how he'd learned a model nobody outside OpenAI can use, he deleted his account. Eighty quid would have been two away days. Up the Shrimpers. (Gary, Leigh-on-Sea)",
    ),
    (
        None,
        "debunk",  # the fake APK; a first-person loss report
        "Re: Week 4 dance-off thoughts (spoilers)\nOff topic, sorry, but I have to warn you all. On Saturday I paid £60 in Boots gift cards for the 'Sora APK' someone posted in the Strictly fan chat, because I wanted a video of me doing the paso. It asked for access to my texts. By Monday my bank had frozen my card after two payments I never made. OpenAI doesn't offer Sora as a download at all, I know that now. I feel daft. Back to the dancing: Amanda deserved better in week 4.",
    ),
    (
        None,
        "debunk",  # account rental; a question with a negation that does not deny
        "From: Hilary (Chair, Weybridge Players)\nRe: the 'Sora account' for the spring musical trailer\nHasn't anyone else wondered why the 'Sora account' Clive rented for £40 logs straight into ChatGPT? As far as I can tell, Sora is only open to OpenAI's red-team testers and a handful of invited artists, so there was never an account to rent. Clive, please ask for the money back, and next time run it past the committee first.",
    ),
    (
        None,
        "debunk",  # the AI-director group; a question with a negation that does not deny
        "[Thursday Five-a-Side 💪]\nLiam: lads did anyone pay for that 'first AI directors' Sora group off Insta?\nMarc: didn't it strike anyone as odd that a 'film studio' wants £25 before you've read one line of a script? It's a QR code into a group chat full of adverts, that's all it is. OpenAI is casting nobody.\nLiam: ah. Jonno paid.\nJonno: 👀\nMarc: pitch booked 7pm, bibs are in my boot.",
    ),
    (
        None,
        "debunk",  # open source; quotes the rumour to refute it
        "🎲 'HYPE!' the board game · CHANCE card 17\nYou read on a forum: 'OpenAI has open-sourced Sora, the weights and code are on GitHub!'\nYou download a repo called sora-official-weights. It is a fan reproduction with a borrowed name: OpenAI has released neither Sora's weights nor its code, nor even where its training data came from.\nGo back 3 spaces. Miss a turn while you reinstall your graphics drivers.",
    ),
    (
        None,
        "debunk",  # open to the public; a rhetorical question
        "Banner in the away end today, hand-painted on a bedsheet:\n'SORA OPEN TO EVERYONE? THEN HOW COME NOBODY IN THIS STAND HAS A LOGIN?'\nGot a round of applause from the home fans as well.",
    ),
    (
        None,
        "debunk",  # the official app; answers with facts
        "PAVILION NOTICE\nRe: the 'Sora' app on the scorers' tablet\nThe app Derek installed to make highlight clips came from a Play Store developer with no link to OpenAI, and it was asking for access to contacts and text messages. OpenAI has given Sora to safety testers and a few invited film-makers only, with nothing to install on a phone. The tablet has been reset to factory settings. Tea rota is on the back of the door.",
    ),
    (
        None,
        "debunk",  # the Chinese team; answers with facts
        "ERRATUM · insert for the programme of 'Moving Pictures', a new play\nOn page 12, our dramaturg's note described Sora as 'the work of a Chinese team under an American flag'. The technical report OpenAI published lists thirteen authors, three of them of Chinese origin, and the project is led by OpenAI's own researchers. The playwright has asked us to set the record straight. The performance runs about two hours with one interval.",
    ),
    (
        None,
        "debunk",  # API access; answers with facts
        "[Guild] <Ironvale Raiders> Officer Brannoc: heads up before tonight's raid. The guy spamming Trade chat with 'Sora API keys, 2k gold or £10' is running a con. OpenAI's developer platform serves models for text, images, speech and embeddings, and video generation is not among them, so whatever he sends will be a dead string or a phishing link. Report and ignore. Flasks and food buffs on, first pull at 8.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "MARSHALS' NOTES · Stage 6\nThe clip of the Escort taking the yump at Sweet Lamb, all four wheels off and a flock of sheep scattering, has been doing the rounds captioned 'made by Sora, prompt below'. It was filmed here in 2019 by our own marshal, Bethan Lloyd, from post 14; the original file, the camera and Bethan are all available at the control tent for anyone who wants to check. Please stand behind the tape.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Theatre-studies handout, week 5: after watching OpenAI's Sora demos, Tyler Perry told The Hollywood Reporter he had shelved, indefinitely, an $800 million expansion of his Atlanta studio, because of what the technology could mean for film jobs.",
    ),
    (
        None,
        "person_fact",
        "Celebrity-news roundup: Ashton Kutcher says he has a beta version of Sora, calls it 'pretty amazing', and predicts people will soon render entire films from their own ideas.",
    ),
    (
        None,
        "person_fact",
        "Music-video corner: director Paul Trillo made the video for Washed Out's 'The Hardest Part' with Sora, billed as the first officially commissioned music video made with it, one long zoom through a couple's life.",
    ),
    (
        None,
        "person_fact",
        "Philosophy society, this week's provocation: Meta's chief AI scientist Yann LeCun holds that building world models by predicting every pixel, Sora's approach, is as wasteful and doomed as the old 'analysis by synthesis' idea.",
    ),
    (
        None,
        "news",
        "Arts supplement: one of OpenAI's Sora sample clips follows a stylish woman down a Tokyo street lit by neon signs, the wet pavement mirroring the lights as she walks.",
    ),
    (
        None,
        "news",
        "Sora's known blind spot, by OpenAI's own account, is consequences: a character in one generated scene chews into a cookie, yet frame after frame the cookie keeps its full round shape.",
    ),
    (
        None,
        "news",
        "Part of OpenAI's safety plan for Sora is automated screening, meant to keep its commercial models from producing false videos of election candidates or famous people once the tool reaches a product.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "Life-drawing group, homework for Wednesday: choose a still from one of OpenAI's Sora demo clips (the woolly mammoths, or the pirate ships fighting in a cup of coffee) and paint it in gouache. Bring it in for the crit.",
    ),
    (
        None,
        "benign",
        "Word ladder of the week 🪜 Turn SORA (as in OpenAI's video model) into CODE, changing one letter at a time: SORA, SORE, CORE, CODE. Three steps. Can anyone do it with a different middle word?",
    ),
    (
        None,
        "benign",
        "Stop-motion club, Saturday 10am: we're remaking one of the Sora demo clips with plasticine and about 600 photos, to see how long the handmade version takes. Bring a phone tripod and a packed lunch.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout33", HELDOUT33, threshold=0.6)


if __name__ == "__main__":
    main()
