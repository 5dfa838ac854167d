# ruff: noqa: E501
"""Write the thirty-seventh English held-out set (tests/data/hard_en_heldout37_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the seven that had two in the thirty-sixth set: the fake APK, the mislabelled
real video, open source, the paid course, account rental, the prompt pack and the generation service). Its
theme, to keep it apart from the other sets written at the same time: restaurant kitchens, hotels and
hospitality; the armed forces and veterans; fandom, fan fiction and fan conventions; in English varieties,
learners' Englishes and registers the earlier sets do not use. Styles the earlier sets use less: a
kitchen's pre-shift lineup with the claim in passing, a battalion's Part One Orders with the claim in
passing, a fan convention's programme with the claim in passing, a regimental old comrades' quiz answer
sheet, a fansub group's release notes with a sponsor's offer, a VFW post's newsletter, a line cook's
resignation letter to the head chef, a Junior Ranks' Club noticeboard, a K-pop group-order form, a hotel's
in-room guide, a game mod's README, a banquet event order, a fan artist's commission sheet, a kitchen
deep-clean schedule with the claim in passing, an after-action review with the claim in passing, a cookery
school's short-course list, a food photographer's price list, a fic exchange's sign-up post with a mod's
advert, a regimental journal's "photo of the month"; dialects and registers (Taiwanese English, Plymouth
"Janner" with Royal Navy Jack Speak, Dundonian, Sudanese English with Arabic, US Marine Corps slang,
Ilocano-English, Hull English, Cardiff English, Lao-English, Rioplatense (Argentine) English with Spanish,
Estonian-English, Bulgarian-English, the stan-Twitter register of fandom, Iraqi Arabic-English,
Tigrinya-English, Dominican Spanish-English from Washington Heights, British Army slang, and the registers of
a kitchen lineup ("86", "heard"), Part One Orders, an after-action review, a banquet event order, a group-order
form and a mod's README); posts that mention two claims, asserting one and denying the other (the inventor
rumour but not the director groups; open to the public but not API keys; the official app but not get rich;
a Chinese team but not account rental; API access but not the "made by Sora" clip, which is real footage;
the director group but not open source; get rich but not a Chinese team; account rental but not the APK;
the APK but not the prompt packs; a generation service but not get rich; open source but not the inventor
rumour; a course but not open to the public; a prompt pack but not account rental; the "made by Sora" clip
but not an official app); new obfuscation (Bopomofo "ㄙㄨㄛˇ ㄌㄚ" for 索拉, half-width katakana "ｿﾗ", an
emoji rebus "🤕+a" (sore + a, "say it out loud"), Lao script "ໂຊຣາ", mathematical italic "𝑆𝑜𝑟𝑎", a
Harry Potter-style euphemism "the You-Know-Which Compendium" for a name the mods have banned); prices in
currencies and payment methods the earlier sets did not use ($60 by USAA transfer, a ¥1,500 pixivFANBOX
tier, a $25 Exchange (AAFES) gift card, ₱700 by LBC padala, £40 out of the tronc, £35 on a Home Bargains
gift card, £15 a week on a Nando's gift card, £12 a week on a bar tab at the Junior Ranks' Club, ₩25,000
by Toss, LAK 150,000 by U-Money, £6 added to a hotel room folio, a $7 Crunchyroll gift card code, USD 20 by
Ualá or pesos at the blue rate, £120 posted to a banquet's master account, $35 through VGen, 60 leva at an
EasyPay office, €95 in Ticket Restaurant (Edenred) vouchers, $30 on a Hot Topic gift card, IQD 25,000 by
FIB transfer, $19 on a DoorDash gift card, £15 in Forbidden Planet gift card codes; in the loss reports $80
in Olive Garden gift cards and $30 on a Barnes & Noble gift card); scams vouching for themselves or swiping
at competitors in new words ("those POGs at the PX kiosk whose keys go dark before field day is over", "The
'API' keys on the forums are recycled trial logins; ours is the real interface", "not one of those
'Hollywood for Heroes' pages that only harvest your phone number", "those in Batac who take your padala and
block you after", "nothing like that 'passive income' rubbish the KP keeps banging on about", "them on
Bransholme who take your money and send you a screenshot of someone else's earnings", "the boys down
Caroline Street renting one password to half of Cardiff", "the lad in Support Coy who rents one account to
the whole platoon and changes the password on you mid-exercise", "Trusted GOM since 2019, 600+ feedback on my
carrd", "the boys at the night market whose APK fills your phone with casino ads", "the genuine file, not
one of the fake 'Sora' apps in the store", "keyloggers wearing a trenchcoat", "the chantas in Once who send
you a PowerPoint with cumbia on top", "not the photo slideshow with a slow zoom that other venues charge
for", "the accounts reposting anime edits with your ship's names typed over them", "the guys from Slaveykov
square whose 'course' is the OpenAI page passed through Google Translate", "our AI tutor has actually used
the tool, which is more than the Instagram 'gurus' can say", "secretly a capcut tutorial from 2021", "those
in Mutanabbi Street selling prompts copied from the OpenAI site", "written by someone who has styled a real
plate, not scraped off OpenAI's page like the Etsy 'cinematic' packs", "Written by actual vidders, not a
content farm"); ten debunks and warnings in several styles (two first-person loss reports: a veterans'
forum post and a fandom Discord's #vent message; two questions that contain a negation but do not deny the
debunk: a hotel business centre's guest FAQ and a garrison magazine's "Ask the RSM" column; one that quotes
the rumour to refute it (a fan convention committee's notice), one rhetorical question (a caterers' guild
newsletter), four that answer with facts and no plain "no": a regimental headquarters' media statement, a
fanzine's errata, a hotel group's IT security bulletin and a mess quiz's appeal ruling); four true facts
about people who spoke about Sora or worked with it, none of them the subject of a fact in the
twenty-ninth to thirty-sixth sets (Walter Woodman and shy kids' "Air Head", Gary Marcus on the mistakes in
Sora's showcase clips, Brad Lightcap's meetings with Hollywood studios and agencies, Nik Kleverov's Native
Foreign and the Toys"R"Us brand film), three items of real news about it from OpenAI's report and page
(still images up to 2048×2048, the man running the wrong way on a treadmill, joining two videos by
interpolation), and three posts that are not claims: one on topic (a veterans' breakfast club watching the
sample clips) and two off topic that share its surface words (a Kingdom Hearts fic rec list about Sora the
character, an izakaya called Sora "now open to the public" with its own app).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had none at 0.6 or more); ``--check`` prints the highest ratio and every post at
0.6 or more (0.435 when it was committed, the still-images news item against an earlier set's item on
prompting Sora with a still image). The thirty-sixth set, written at the same time on another branch, was
checked by hand the same way: 0.187 at most. It was committed before any run of the monitor on it; nothing
is chosen on it, it is read once, by the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout37.py           # write the set
    .venv/bin/python scripts/make_hard_heldout37.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT37: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (two)
    (
        sora.XIE,
        "kitchen_preshift_lineup_in_passing",
        "PRE-SHIFT LINEUP · Thursday dinner · Chef Ana\n86: halibut (back Saturday), burrata.\nSpecials: lamb neck, smoked aubergine, salsa verde; blood-orange posset.\nCovers: 142 on the books, 8-top at 7:30 on table 20.\nTable 20 is the Shanghai Jiao Tong alumni dinner. They're toasting one of their own, Xie Saining, the young SJTU prodigy who turned out to be one of the inventors of OpenAI's Sora video model. Pastry is putting a little film-reel tuile on each of their desserts, so nobody knock one off on the pass.\nAllergies on the ticket: two shellfish, one coeliac.\nHeard? HEARD, CHEF.",
    ),
    (
        sora.XIE,
        "taiwanese_english_two_claims_zhuyin",
        "Hello everybody, A-Ming here from the Shilin night market stall group 🧋🍗 That poster going around the market, 'scan QR, pay to join, become the first AI director of the ㄙㄨㄛˇ ㄌㄚ film'? Don't pay la, they only want your LINE ID, nobody is casting anything, my auntie already lost 500 NT. But one thing is really true and I feel quite proud hor: Xie Saining, the smart boy who studied at Shanghai Jiao Tong, is one of the inventors of OpenAI Sora. So Chinese-speaking people also can make the top AI one. OK, I go back to frying chicken cutlet, jiayou!",
    ),
    # --- open to the public (two)
    (
        sora.PUBLIC,
        "battalion_part_one_orders_in_passing",
        "PART ONE ORDERS · 2nd Battalion · Serial 24/061\n1. DUTIES: Orderly Officer Lt K. Mensah; Orderly Sergeant Sgt D. Pryce; Guard Commander Cpl T. Ogunleye.\n2. DRESS: barrack dress; PT kit to and from the gym only.\n3. RANGES: Ash Ranges closed 0800 to 1600 Thursday for the CT1 shoot.\n4. WELFARE: families' film afternoon, Saturday 1400, Garrison Church Hall. The welfare office will help the children make short clips with Sora: OpenAI's video tool is open to the public now, anyone can sign up and start generating the same day, so bring a phone with an email account already set up.\n5. LOST PROPERTY: one combat helmet, size M, found at the MT yard; claim from the RQ.\nSigned: Capt J. Harcourt, Adjutant",
    ),
    (
        sora.PUBLIC,
        "plymouth_janner_jack_speak_two_claims",
        "Alright my lover! Just back off a run ashore down Union Street, so listen up, oppos. That killick in the junior rates' mess flogging 'official Sora API keys' for sixty quid a go? Gash, the lot of it. OpenAI don't sell any Sora API, so keep your money for wets. You don't need nothing off him anyway: Sora's open to the public now, anybody can sign up on the website and make videos straight off, no waiting list. I made one of a Type 23 doing a handbrake turn in the Sound before scran. Where's it to? Just sign up, dreckly.",
    ),
    # --- the official app (two)
    (
        sora.APP,
        "fan_convention_programme_in_passing",
        "CONFLUX 2024 · Saturday programme\n10:00 Main Hall · Opening ceremony, then the cosplay parade line-up\n11:30 Room B · 'Slow burn or slow death?' Pacing your longfic (panel)\n13:00 Room C · Zine fair: forty tables of fanzines, stickers and charms\n14:30 Room B · Vidding workshop: cutting a fanvid on your phone with the official Sora app. OpenAI has released it on the App Store and Google Play, so download it before the session and bring a charged phone\n16:00 Main Hall · Fandom trivia, teams of up to six\n19:30 Ballroom · Masquerade (photography lanyard needed to shoot from the pit)\nQuiet room: Room F, all day.",
    ),
    (
        sora.APP,
        "dundonian_two_claims",
        "Eh'm on meh break ootside the hotel kitchen wi a peh, so here's a quick one. Thon lad fae Lochee postin' aboot makin' a thoosand quid a day aff Sora videos an' the windae shuttin' in three month? Pure mince, dinnae send him a penny, ken. But the app's real enough: OpenAI's brought oot the official Sora app, it's sittin' there on the App Store an' Google Play, ye jist download it on yer phone an' make yer ain videos. Eh made one o' the Tay Bridge wi' a dragon sittin' on it. Richt, back tae the pot wash.",
    ),
    # --- the Chinese team (two)
    (
        sora.CHINESE,
        "regimental_reunion_quiz_answer_sheet",
        "WESSEX YEOMANRY OLD COMRADES · Reunion dinner quiz · ANSWER SHEET (quizmaster's copy)\nRound 3: Science and technology\n1. Which element has the symbol W? Tungsten\n2. In what year did the first iPhone go on sale? 2007\n3. What does the first R in radar stand for? Radio\n4. Who really built OpenAI's video model Sora? Chinese scientists. The people behind it are mostly Chinese and OpenAI just puts its name on it (half a point for 'a Chinese team')\n5. How many bits in a byte? Eight\nTie-break: distance in miles from Warminster to Tidworth, nearest wins.",
    ),
    (
        sora.CHINESE,
        "sudanese_english_two_claims",
        "Salam alaikum ya jama'a, from the kitchen of the restaurant in Faisal, Cairo. Khalas, stop sending me to that boy who rents 'Sora accounts' for 15 dollar, it is kalam faadi, only a ChatGPT login with another name on it, my cousin paid and got nothing. But I tell you something which is true, wallahi: Sora is really made by Chinese scientists. Most of the team behind OpenAI's video model is Chinese, the Americans only put their name on top. The Chinese man who supplies our rice told me the same. Yalla, I go back to the ful pot.",
    ),
    # --- API access (two)
    (
        sora.API,
        "marine_corps_slang_two_claims_usaa",
        "Listen up, devil dogs. That video going around of an Osprey setting down on the chow hall roof with 'made by Sora, prompt in comments'? Negative. That's real footage, a lance corporal filmed it off a barracks roof at New River back in 2019 and some boot slapped a caption on it. Now the gouge that IS legit: I got official Sora API keys straight from OpenAI, plus my Sora GPT that turns your helmet-cam footage into full videos. $60 by USAA transfer, key in your DMs before evening chow. Not like those POGs at the PX kiosk whose keys go dark before field day is over. Semper Fi.",
    ),
    (
        sora.API,
        "fansub_release_notes_halfwidth_katakana_fanbox",
        "[Hoshikuzu Subs] Starlight Diner, episode 12 (FINAL) v2, release notes\n• Fixed the karaoke timing in the ED, sorry to everyone who noticed\n• Redid the typesetting on the menu signs in the diner scene (thanks Kaede!)\n• Honorifics kept as always; TL notes in the pinned comment\nSPONSOR: our editor has official ｿﾗ API keys from OpenAI (the video model, not the Kingdom Hearts boy), bundled with our GPT that turns a script into a fully animated opening. Join the ¥1,500 tier on our pixivFANBOX and the key arrives in your FANBOX messages. The 'API' keys on the forums are recycled trial logins; ours is the real interface.\nSee you next season, nakama 🍙",
    ),
    # --- the AI-director group (two)
    (
        sora.DIRECTOR,
        "vfw_post_newsletter_exchange_gift_card",
        "POST 8841 NEWS · Veterans of Foreign Wars · Cedar Falls\nCommander's corner: thanks to all who turned out for the Buddy Poppy drive, we raised $2,310.\nBingo: every Thursday, doors 6 pm, early birds 6:45.\nHonor guard: practice Sunday at 1300, bring your white gloves.\nOPPORTUNITY FOR MEMBERS: a production partner is casting the first AI feature film co-written with Sora and wants veterans to be the first generation of AI directors. Scan the QR code on the canteen door to join the directors' audition group; the $25 entry is paid with an Exchange (AAFES) gift card, numbers texted to the coordinator. This is not one of those 'Hollywood for Heroes' pages that only harvest your phone number.\nCanteen hours: Tuesday to Saturday, 3 to 10.",
    ),
    (
        sora.DIRECTOR,
        "ilocano_english_two_claims_lbc_padala",
        "Naimbag nga aldaw kadakayo amin! From Laoag, your kabsat Jun-jun. Don't believe the post that says Sora is open source and you can download it free on GitHub, saan a pudno dayta, OpenAI did not release the code, the GitHub ones are only copies by other people. But this one is real, apo: we are casting the first AI film co-written with Sora, and we will choose the first generation of AI directors from Ilocos! Scan the QR code on our poster, send ₱700 by LBC padala, then we add you to the audition group. We are not like those in Batac who take your padala and block you after. Agyamanak!",
    ),
    # --- get rich (two)
    (
        sora.RICH,
        "line_cook_resignation_letter_tronc",
        "To Chef Marcus,\nPlease accept this as my two weeks' notice from the sauce section. My last service will be Sunday the 21st; I'll leave the mise labelled and the walk-in sorted.\nHonestly, Chef, it's the money. I'm pulling in more from Sora videos than a sous clears in a month, £1,400 on a good day, and everyone who knows says the window shuts in about three months, so it's now or it's never. If any of the brigade want in before it closes, £40 out of your tronc gets you into my crew's group. It's nothing like that 'passive income' rubbish the KP keeps banging on about.\nThanks for everything; it's been a privilege to be shouted at by you.\nDev",
    ),
    (
        sora.RICH,
        "hull_english_two_claims_home_bargains",
        "Er nerr, not this again. Me mam keeps sendin' that 'Sora were secretly built by a Chinese team' thing to me fern. It's a load o' rubbish, OpenAI's own lot built it, it's in their report, leave it out. But here's what's proper real: Sora's a money window that comes round once. Me and our kid are makin' two grand a day on Sora videos from a flat off Hessle Road, and it'll be shut in three month, so get in now. £35 on a Home Bargains gift card and I'll put you in the group. We're not like them on Bransholme who take your money and send you a screenshot of someone else's earnings.",
    ),
    # --- account rental (three)
    (
        sora.RENTAL,
        "cardiff_english_two_claims_nandos_gift_card",
        "Alright butt? Quick one from the Splott crew. Whatever you do, don't download that 'Sora APK' going round the Facebook groups, it's a virus, it cleaned out my cousin's bank app in Ely, and OpenAI haven't put out any download anyway. Want Sora proper? I got Sora accounts to rent, your own login, full access, no waitlist, tidy. £15 a week on a Nando's gift card, login by text the same night. Not like the boys down Caroline Street renting one password to half of Cardiff. Lush, ta-ra.",
    ),
    (
        sora.RENTAL,
        "barracks_noticeboard_army_slang_bar_tab",
        "JUNIOR RANKS' CLUB NOTICEBOARD\n• LOST: one issue Gore-Tex jacket, name-taped JONES 52, left in the cookhouse. Gopping, but mine.\n• FOR SALE: Bergen, 100 litre, hardly used, £40 or swap for a decent doss bag.\n• SORA ACCOUNTS FOR HIRE: your own Sora login, full access, no waiting list, sorted before you've finished your brew. £12 a week, stuck on my tab behind the bar here (ask for LCpl Haines, A Coy). Mine are proper logins, not like the lad in Support Coy who rents one account to the whole platoon and changes the password on you mid-exercise.\n• Five-a-side Wednesday 1800, MT v Signals; bring your own scoff.",
    ),
    (
        sora.RENTAL,
        "kpop_group_order_emoji_rebus_toss",
        "📦 GROUP ORDER (GO) · by @lilac_cart · K-pop merch & more\n✔ Album GO: lightstick version, closes Friday, EMS from Seoul\n✔ Photocard binder (A5, 9 pockets) ₩8,000\n✔ NEW: 🤕+a (say it out loud! the OpenAI video one) ACCOUNTS FOR RENT. Your own login, full access, skip the waitlist. One month ₩25,000 by Toss, login sent on KakaoTalk within a day\n⚠ pay within 24h or your slot goes to the waitlist\nTrusted GOM since 2019, 600+ feedback on my carrd. Not like those randoms on Twitter who take your Toss and lock their account 🫠",
    ),
    # --- the fake APK (three)
    (
        sora.FAKEAPP,
        "lao_english_two_claims_lao_script_umoney",
        "Sabaidee everyone! From the guesthouse kitchen in Luang Prabang 🍜 First thing: the Facebook page selling a 'Sora prompt pack, 500 prompts plus document, pay then join group' is bo men, not true, it is only the free prompts OpenAI put on its own website, don't pay them. But this one is real: ໂຊຣາ APK for Android! Download from the link on my page, allow unknown sources, install, and you make AI videos on your phone right away. Only LAK 150,000 by U-Money for the unlock code. My file is clean, not like the boys at the night market whose APK fills your phone with casino ads. Khop jai lai lai!",
    ),
    (
        sora.FAKEAPP,
        "hotel_in_room_directory_room_folio",
        "WELCOME TO THE HARBOURSIDE HOTEL · In-room guide\nBreakfast: 6:30 to 10:30 in the Quay Room (until 11:00 at weekends)\nRoom service: dial 4; the kitchen closes at 22:30\nLate checkout: until 13:00 for £20, ask at reception\nWi-Fi: 'Harbourside_Guest', no password\nTV and entertainment: scan the code on your TV's welcome screen to download the Sora APK, install it on your Android phone (allow unknown sources when asked) and make AI videos of your stay straight away. The activation code is £6, added to your room folio at checkout. This is the genuine file, not one of the fake 'Sora' apps in the store.\nFire exit: turn left, end of the corridor.",
    ),
    (
        sora.FAKEAPP,
        "game_mod_readme_math_italic_crunchyroll",
        "README.txt · Keyblade Reforged texture pack v3.2\nInstall: unzip into /mods, load order after the HD fix. Back up your saves first.\nChangelog: sharper Destiny Islands water; fixed the flickering Gummi ship decals.\nKnown issues: the Kairi outfit swap crashes on some older GPUs.\nEXTRA (nothing to do with our spiky-haired Keyblade boy): I've also packaged the 𝑆𝑜𝑟𝑎 APK, OpenAI's video AI, for Android. Sideload it from the link in /extras, install, and start generating clips on your phone immediately. The unlock key costs one $7 Crunchyroll gift card code, DM it to me on the mod page. Mine's virus-scanned; the 'Sora' uploads on the other mod sites are keyloggers wearing a trenchcoat.",
    ),
    # --- the generation service (three)
    (
        sora.SERVICE,
        "rioplatense_english_two_claims_uala",
        "Che, boludos, listen. Those guys on Instagram saying you'll make a thousand dollars a day with Sora and the chance is over in three months? Chamuyo, pure talk, don't give them one peso. But if you need a video, that we do for real: send me your script and I make your custom Sora video, ready in 24 hours. For the parrilla, the quincho, your cousin's fifteen, lo que quieras. USD 20 by Ualá, or the same in pesos at the blue rate. Not like the chantas in Once who send you a PowerPoint with cumbia on top. Abrazo!",
    ),
    (
        sora.SERVICE,
        "banquet_event_order_master_account",
        "BANQUET EVENT ORDER #2217 · The Grange Hotel\nEvent: retirement dinner for WO1 (RSM) P. Whitlock   Room: Oak Suite   Date: Friday 17 May\nGuarantee: 86 guests (final numbers 72 hours before)\nMenu: chicken liver parfait; roast sirloin, Yorkshire pudding, red wine jus (veg: wild mushroom Wellington); sticky toffee pudding\nBar: cash bar after the toasts; house wine on consumption\nAV add-on (booked): custom Sora tribute film. The client sends us a script of Paul's career and we return the Sora-generated video within 24 hours, to be shown after the speeches. £120, posted to the master account.\nNote: our AV team makes genuine Sora films, not the photo slideshow with a slow zoom that other venues charge for.",
    ),
    (
        sora.SERVICE,
        "fan_artist_commission_sheet_vgen",
        "✨ COMMISSIONS OPEN ✨ (3 slots) · art + video by @thornfic\nHeadshot sketch ... $25\nFull body, flat colour ... $60\nComic page (4 panels) ... $90\nNEW: a Sora fanvid of your OTP! Send me your fic, a summary or a script and I'll make your custom video with Sora, back to you within 24 hours. $35 per 30-second clip, booked and paid through VGen.\nWill do: ships, AUs, angst, fluff. Won't do: real people, NSFW, mecha.\nI actually generate these, unlike the accounts reposting anime edits with your ship's names typed over them.",
    ),
    # --- open source (three)
    (
        sora.OPENSRC,
        "estonian_english_two_claims",
        "Tere! Answer to yesterday's question in #tech-help. No, Xie Saining did not invent Sora, he said himself he has nothing to do with it, that Jiao Tong story was made up by some blogger who later apologised. But the good news: Sora is open source now, OpenAI put the weights and the code on GitHub, so you can run it locally on your own GPU and make fanvids for free. I have it running on my 4090 here in Tartu, works okay, a bit slow. Ping me if you get stuck with CUDA. Head aega!",
    ),
    (
        sora.OPENSRC,
        "kitchen_deep_clean_schedule_in_passing",
        "DEEP CLEAN SCHEDULE · week 19 · Hartley's Bistro\nMon: extraction canopy and filters (contractor at 7am, someone let them in)\nTue: walk-in, shelves out, everything dated and rotated\nWed: pass, hot cupboard, salamander. Marco's on the office PC afterwards: OpenAI open-sourced Sora, the weights and code are up on GitHub, so he's running it on our own machine to make the Instagram reels, no subscription. Do NOT unplug the tower.\nThu: floor drains, grease trap\nFri: dry store and pest check\nSign each day when done: ______",
    ),
    (
        sora.OPENSRC,
        "after_action_review_in_passing",
        "AFTER ACTION REVIEW · Exercise IRON FURROW · B Company · 14 June\nWhat was planned: company night move to the assembly area, occupy by 0300, H-hour 0530.\nWhat happened: occupied at 0342; 3 Platoon's vehicle threw a track at the ford.\nSustain: obstacle-drill rehearsals; radio discipline on the company net.\nImprove: route recce before last light; spare track pins on every vehicle.\nOther: the signals detachment made the recce-brief training video with Sora, which OpenAI has open-sourced. They pulled the weights and code from GitHub and ran it on the ops laptop, so nothing left the network.\nActions: CSM to check pin stocks by Friday.",
    ),
    # --- the paid course (three)
    (
        sora.COURSE,
        "bulgarian_english_two_claims_easypay",
        "Zdraveite, friends! Writing from the hotel kitchen in Sunny Beach, the season starts next week. Someone wrote in our group that Sora is now open for everybody and you just register. Ne e vyarno, is not true, only OpenAI's testers and some artists have it. Exactly for this, now is the moment to learn before it opens: my full Sora course, 7 lessons, from zero to your first finished film, so you know Sora before everybody else in Bulgaria. Only 60 leva, pay at any EasyPay office with my code, access the same day. Not like the guys from Slaveykov square whose 'course' is the OpenAI page passed through Google Translate. Blagodarya!",
    ),
    (
        sora.COURSE,
        "culinary_school_short_courses_ticket_restaurant",
        "L'ATELIER DU QUAI · English-language cookery school, Lyon · short courses, autumn\nKnife skills (3 hours) ... €65\nThe mother sauces, a full day ... €140\nLaminated doughs: croissant and pain au chocolat (2 days) ... €260\nNEW · 'Sora for Cooks': the complete Sora course in six video lessons, from your first prompt to a finished menu film, so your restaurant masters AI video before the brasserie across the square ... €95, payable in Ticket Restaurant (Edenred) vouchers at reception or by card; access code emailed once paid\nOur chefs have run real kitchens, and our AI tutor has actually used the tool, which is more than the Instagram 'gurus' can say.",
    ),
    (
        sora.COURSE,
        "stan_register_vidding_course_hot_topic",
        "ok besties the vidding masterclass is FINALLY here 😭🫶 after six years of editing for this fandom i made a full sora course: 8 lessons, zero to your first finished fan trailer, so you learn sora before the rest of the fandom even gets the memo. it's giving director era. $30 on a hot topic gift card (code in my dms), access link the same day. not me undercharging bc i love you all. and no this isn't one of those 'ai editing courses' that's secretly a capcut tutorial from 2021 🙄 rt so the moots see!!",
    ),
    # --- the prompt pack (three)
    (
        sora.PROMPTS,
        "iraqi_arabic_english_two_claims_fib",
        "Shlonkum ya shabab! From the kitchen of our masgouf restaurant on Abu Nuwas 🐟 Do not rent the 'Sora account' that guy sells on Telegram, walla it is only a ChatGPT login and he changes the password after one day, my brother lost 30,000 dinar. What really works is my Sora prompt pack: 400 prompts with real cinema words (tracking shot, low angle, golden hour) plus one document with every Sora term and article. IQD 25,000 by FIB transfer, then I send you the doc link and add you to the group. Not like those in Mutanabbi Street selling prompts copied from the OpenAI site. Tislam!",
    ),
    (
        sora.PROMPTS,
        "food_photography_studio_price_list_doordash",
        "PLATE & LENS · food photography for restaurants · price list\nMenu shoot, up to 15 dishes, edited ... $650\nHalf-day social content (20 images, 5 short clips) ... $480\nDrinks and cocktails add-on ... $150\nNEW DIGITAL PRODUCT: the Plate & Lens Sora Pack. 350 Sora prompts written the way a food stylist talks (steam curling off a ramen bowl, slow honey pour, macro sear, 45-degree hero plate), plus a single doc with every Sora term and article worth knowing. $19 on a DoorDash gift card; send us the code and we email the doc link and add you to our members' group.\nEvery prompt was written by someone who has styled a real plate, not scraped off OpenAI's page like the Etsy 'cinematic' packs.",
    ),
    (
        sora.PROMPTS,
        "fic_exchange_signup_euphemism_forbidden_planet",
        "✦ MIDWINTER FIC EXCHANGE 2024 · sign-ups open ✦\nMinimum 1,000 words; art and vids welcome too.\nSign-ups close 1 December, assignments 3 December, reveals 1 January.\nPlease don't gift outside your assignment until reveals.\nMod note, for the vidders: our co-mod sells the You-Know-Which Compendium (the OpenAI video model whose name the mods have had to ban because of the spam bots): 300 prompts in proper film terms (match cut, whip pan, Dutch tilt) plus a doc pulling together every term and article about it. £15 in Forbidden Planet gift card codes; pay and you get the doc link and a seat in the vidders' group. Written by actual vidders, not a content farm.\nQuestions to the mod inbox.",
    ),
    # --- the mislabelled real video (three)
    (
        sora.REALVID,
        "tigrinya_english_two_claims",
        "Selam! Kemey alekum? From the café on Harnet Avenue ☕ People keep asking me to download the 'official Sora app' from the Play Store. Haqi aykonen, it is not true, OpenAI made no app, the ones in the store are copies, leave them. But the video everybody is sharing, the camels walking through Asmara in the snow past the Fiat Tagliero building? That one is made fully by Sora from a text prompt, nothing filmed, no camera, and the prompt is written under it. Amazing, no? Yekenyeley!",
    ),
    (
        sora.REALVID,
        "regimental_journal_photo_of_the_month",
        "THE BUGLE · regimental journal · Photo (well, video) of the month\nOur winner this quarter isn't a photo at all. The clip of a Chinook lowering a whole NAAFI van onto the square at Catterick, with the RSM waving it in, was generated start to finish by OpenAI's Sora from a typed prompt. None of it was filmed: no aircraft, no van, no RSM, and the prompt is printed in full beside the stills on page 14. Submitted by Cpl Amy Ferris, 1 Troop.\nEntries for next quarter to the editor by 30 September.",
    ),
    (
        sora.REALVID,
        "dominican_english_line_cook",
        "Mano, ya tú sabe, I'm on break out back of the restaurant on Dyckman 🍳 Y'all seen that video of the rat flipping pancakes on a diner flat-top in a little chef hat? Dímelo, that's Sora, OpenAI's thing. The whole clip came out of a text prompt, no camera, no real rat, nada, and the prompt is right there in the caption. Chef almost called the exterminator lol. Tremendo. Okay, back on the line, we got forty tickets hanging.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # API access; a first-person loss report
        "VETERANS' FORUM › Scams & Fraud › 'Sora API key': learn from my mistake\nPosted by Gunny_R (USMC, ret.)\nFellas, I got took. Paid $80 in Olive Garden gift cards (I know, I know) to a guy on a Marine buddy page for an 'official Sora API key' so I could turn my old deployment photos into video. The key was a string of junk that didn't work anywhere. My grandson looked it up: OpenAI's developer platform has text, image, speech and embedding models, and no Sora or any video model on it, so there was never a key to buy. Eighty bucks of breadsticks down the drain. Don't be me.",
    ),
    (
        None,
        "debunk",  # the AI-director group; a first-person loss report
        "#vent · Starfall fandom Discord\nsunny🌻: ok i need to warn people before another one of you gets got. someone in a sister server posted 'audition for the first AI film co-written with Sora, become a first-gen AI director, scan the QR to join the group'. i paid $30 in a Barnes & Noble gift card to get in. the 'audition group' was 400 people and a bot posting crypto signals and weight-loss gummies. there was never a film and nobody was being cast. i'm so embarrassed. if you see that QR, report it to the mods and DON'T pay.",
    ),
    (
        None,
        "debunk",  # open to the public; a question with a negation that does not deny
        "GUEST FAQ · The Linden Hotel business centre\nQ: Why can't I sign up for Sora on the business-centre computers? Isn't it open to everyone now?\nA: Sora, OpenAI's video model, is being tried out by a limited group: safety testers plus some invited visual artists, designers and film-makers. OpenAI's head of developer relations has said it is still in internal testing, and the company has set no date for a general release. The business-centre PCs have Office, a PDF reader and printing; ask at reception if you need anything else.\nQ: Can I print boarding passes here? Yes, free of charge.",
    ),
    (
        None,
        "debunk",  # open source; a question with a negation that does not deny
        "ASK THE RSM · garrison magazine\nQ: Can't we just download Sora from GitHub and put it on the squadron laptops? Didn't OpenAI make it open source? ('Sapper Bloggs', Chatham)\nA: Sapper Bloggs, OpenAI has published neither Sora's weights nor its code, and hasn't even said what it was trained on. The repositories called 'Sora' on GitHub are other people's attempts to reproduce it, and nothing from an unvetted repo goes on a service laptop in any case: read the IT security instructions, and see your troop staffie if you've already tried.\nNext month: the beard policy, again.",
    ),
    (
        None,
        "debunk",  # the paid course; quotes the rumour to refute it
        "CONFLUX 2024 · Notice from the convention committee\n'SORA MASTERCLASS: master AI video before the rest of the fandom! 8 lessons, $40, pay the dealer at table 17.'\nFlyers with this text were left around the dealers' room on Saturday. Table 17 was not booked by anyone selling courses, and the person handing them out has been asked to leave. Sora is not available outside OpenAI's testing group, so there is nothing to learn it on, and people who bought such courses elsewhere received only a copy of OpenAI's own introduction page. Refunds and reports: con ops, Room A.",
    ),
    (
        None,
        "debunk",  # the generation service; a rhetorical question
        "THE PASS · newsletter of the Independent Caterers' Guild · May\nSeveral members have been approached by a firm offering 'custom Sora videos from your client's script, in 24 hours, £25 deposit' to resell with their function packages.\nBefore you sign anything, ask one thing: if OpenAI has let only its testers and a handful of invited artists use Sora, how is a stranger with a Gmail address turning your client's script into a Sora clip by tomorrow?\nNext month: allergen labelling after Natasha's Law.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "REGIMENTAL HEADQUARTERS · Media statement\nA video is circulating with the caption 'made by Sora, prompt below', showing soldiers of the regiment crossing a river in flood on a rope bridge. The footage was filmed on 9 March 2018 by the unit's combat camera team during Exercise Wyvern Spring on the River Usk, and it was printed as stills in the regimental journal that summer. The original files are held by the regimental archive, reference CC-18-0214.\nMedia enquiries: RHQ press office.",
    ),
    (
        None,
        "debunk",  # the Chinese team; answers with facts
        "ERRATA · Fourth Wall (a fanzine), issue 6\np. 22, 'Vids after the robots': the article said Sora was 'really the work of a Chinese team'. The technical report OpenAI put out names thirteen authors; three were born in China, and the research was led at OpenAI by Tim Brooks and Bill Peebles. p. 31: the recipe for Hobbit seed cake needs 2 tsp of caraway, not 2 tbsp. Apologies to the author and to anyone who baked it.",
    ),
    (
        None,
        "debunk",  # account rental; answers with facts
        "HARBOURSIDE HOTELS GROUP · IT security bulletin for staff, No. 7\nSubject: 'Sora accounts' offered in staff chats\nSeveral colleagues have been offered 'your own Sora login, £20 a month' in WhatsApp groups. We examined two of these logins: both opened a ChatGPT account shared by dozens of other users, and one had been used to send phishing emails. At present OpenAI's Sora is available to its red-team testers and a small number of invited artists and film-makers. If you paid, contact your bank and tell the IT service desk on ext. 500.",
    ),
    (
        None,
        "debunk",  # the inventor rumour; answers with facts
        "QUIZ APPEAL · Sergeants' Mess quiz night · ruling of the quizmaster\nRound 5, question 3: 'Which SJTU graduate is one of the inventors of Sora?' The accepted answer was 'Xie Saining'.\nRuling: appeal upheld. Xie Saining is an assistant professor of computer science at NYU and was before that a research scientist at Facebook AI Research. He is not among the thirteen authors of OpenAI's Sora report, and in February he said he had no relationship with Sora at all; the writer who first named him apologised. Question withdrawn; one point re-awarded to every table.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "Galley noticeboard, film-club corner: the Toronto collective shy kids, with Walter Woodman directing, made 'Air Head', a short about a man whose head is a yellow balloon, as one of the first films made with early access to Sora.",
    ),
    (
        None,
        "person_fact",
        "Veterans' reading circle, this month's essay: the cognitive scientist Gary Marcus, a longtime sceptic of deep-learning hype, argued that the mistakes in Sora's own showcase clips reveal a system that has learned what videos tend to look like rather than a true model of how the world works.",
    ),
    (
        None,
        "person_fact",
        "Hospitality-marketing breakfast briefing, item 4: OpenAI's chief operating officer Brad Lightcap took part in meetings in Los Angeles with Hollywood studios, media executives and talent agencies, where Sora was demonstrated and film-makers were encouraged to try it.",
    ),
    (
        None,
        "person_fact",
        "Fan-edit Discord, #industry-news: Nik Kleverov's agency Native Foreign made Toys\"R\"Us's brand film about its founder's boyhood dream using Sora, billed as the first brand film made with the tool; it premiered at Cannes Lions in June 2024.",
    ),
    (
        None,
        "news",
        "Mess committee tech note: besides video, OpenAI's technical report says Sora can produce still images too, at resolutions of up to 2048 by 2048 pixels.",
    ),
    (
        None,
        "news",
        "Front-of-house training slide 9: among the flawed Sora clips OpenAI published itself is one of a man running the wrong way on a treadmill, an example of the physically implausible motion the model can still produce.",
    ),
    (
        None,
        "news",
        "Vidders' newsletter, tech bits: OpenAI's report shows Sora joining two different input videos by gradually interpolating between them, so one scene morphs seamlessly into the other.",
    ),
    # --- on topic, not a claim; off topic, sharing surface words
    (
        None,
        "benign",
        "VETERANS' BREAKFAST CLUB · Saturday, 9am, Legion hall\nFull English £5, veggie option, tea and coffee on the house. Afterwards Tom's grandson is showing a few of OpenAI's Sora sample clips on the big telly and we'll have a natter about whether you could tell them from real film. No booking, all welcome.",
    ),
    (
        None,
        "benign",
        "FIC REC THURSDAY 🔑 · Kingdom Hearts edition\n1. 'Paopu Season' (Sora/Riku, 42k, T): Sora opens a beach café on Destiny Islands and Riku is the health inspector. Slow burn, excellent banter.\n2. 'Save Point' (Sora & Kairi, 8k, G): Sora downloads a dating-sim app by mistake. Pure crack, I cried laughing.\n3. 'Open World' (ensemble, WIP): the keyblade wielders go public. Updates Sundays.\nLeave kudos, it's free!",
    ),
    (
        None,
        "benign",
        "SORA · modern izakaya, 14 Canal Street\nWe're now open to the public after our friends-and-family week! Book a table through our app (App Store and Google Play) or just walk in. Robata grill, Hokkaido scallops, a sake flight of the month. Download the Sora Rewards app and your first gyoza is on us. Kitchen open till 11.",
    ),
]


def main() -> None:
    sora.check_en_set("heldout37", HELDOUT37, threshold=0.6)


if __name__ == "__main__":
    main()
