# ruff: noqa: E501
"""Write the thirty-sixth English held-out set (tests/data/hard_en_heldout36_*) from the list below.

Written from the seeds (../shared/seeds/) against the demo catalogue (monitor/demo/templates.jsonl) by an
engineer who did not tune the matcher, did not run the monitor, ``monitor eval``, any model or any matcher on
it, and did not read the miss lists, per-post results or error analyses in the docs: the posts a real Sora
rumour / scam wave produces. 55 posts, 35 with a gold template (three for seven templates, two for the other
seven; the seven with three are the inventor rumour, open to the public, the official app, the Chinese team,
API access, the AI-director group and get rich). Its theme, to keep it apart from the other sets written at
the same time: science, universities, research labs and libraries; the law and policing; banking, insurance
and personal-finance paperwork; in English varieties, learners' Englishes and registers the earlier sets do
not use. Styles the earlier sets use less: an interlibrary loan request with the claim in passing, a
preprint's abstract with the claim in passing, a police witness appeal with the claim in passing, a jury's
note to the judge, a new starter's lab induction checklist with the claim in passing, a financial adviser's
fact-find notes with the claim in passing, a journal club rota with the claim in passing, a loss adjuster's
report with the claim in passing, a research-computing newsletter with a member's advert, an email styled as
a bank's, a law society's social calendar with a sponsored casting call, a PhD students' mailing-list digest,
a household budget sheet with the claim in its notes, an alumni magazine's class notes, a conference delegate
pack with a sponsor's offer, a solicitor's letter in a sheriff court case, a seismology group's bulletin, an
electronic lab notebook entry, an ethics committee's decision letter, a solicitors' CPD programme, a campus
marketplace listing, a university press catalogue, a solicitors' fixed-fee list; dialects and registers
(Brazilian learners' English, Down East Maine English, Chiac (Acadian French-English), Czech learners'
English, Ottawa Valley English, Mongolian learners' English with Cyrillic Mongolian, Kazakh learners'
English, Albanian-English, Kentucky English, Nuyorican English with Spanish, Lithuanian-English, New Jersey
English, the Scots legal register of a sheriff court letter, and the registers of a preprint abstract, lab
notebook shorthand, a jury note, a loss adjuster's report, a fact-find, an ethics decision, a card dispute
form, an MG11 witness statement, a moot court transcript, a retraction notice and a news release from a
magistrates' court case); posts that mention two claims, asserting one and denying the other (the inventor
rumour but not open source; open to the public but not a generation service; the official app but not the
APK; a Chinese team but not the "made by Sora" clip, which is real footage; API access but not account
rental; the director group but not a course; get rich but not open to the public; the APK but not API keys;
the "made by Sora" clip but not the inventor rumour; open source but not an official app; a course but not
get rich; account rental but not a generation service; a prompt pack but not an official app; a generation
service but not a Chinese team); new obfuscation (a regular expression "S[o0]r[a@]", the amino-acid codes
"Ser-Pyl-Arg-Ala" (one-letter S-O-R-A), Sinhala script "සෝරා", a redaction "S██a"); prices in currencies and
payment methods the earlier sets did not use ($60 by Desjardins transfer, £120 charged to a grant's cost
centre by internal journal transfer, £89 debited on replying YES, 35,000₮ by Khan Bank transfer, £15 on the
Law Society bar tab, a £20 Waterstones gift card code, 15,000 tenge by Halyk transfer, £50 in M&S gift
cards, $199 by Amex Send, a 1,000 lekë One top-up voucher, a £5 iTunes code, $49 on a Kroger gift card, £99
by banker's draft, $35 a month on a Duane Reade gift card, $30 in Dining Dollars, €15 by Swedbank transfer,
£19 by BACS, $40 on a ShopRite gift card, £250 + VAT by CHAPS; in the loss reports $75 on a Discover card and
£60 in Currys gift cards); scams vouching for themselves or swiping at competitors in new words ("keys dat
are deader than a doornail by the time the ice goes out", "unlike the ones hawked in preprint comment
threads that die after the first batch", "Ours carry the same assurance as your savings", "some people at
Narantuul market who sell you a group with only advertisement inside", "not another 'film society' that
turns out to be a group chat of memes", "not a 'creative collective' that turns out to be a list for crypto
tips", "the pyramid people from Barakholka who only take money and disappear", "ata të Tregut të Ri who sell
you an APK that is only a calculator", "Mine ain't some ol' boy's thumb drive full of YouTube links", "not by
a webinar host with a ring light", "esos tígueres on Pleasant Ave who rent one password to the whole
building", "Vouched for by three people on my floor", "those Gariūnai market types who sell you prompts
copied from OpenAI's page", "Every prompt reviewed by two film-studies lecturers", "the guys down the
Parkway who send you a slideshow wit' a filter on it", "Other firms offer 'animations' that are clip art on
a timeline"); ten debunks and warnings in several styles (two first-person loss reports: a card dispute form
and a police MG11 witness statement; two questions that contain a negation but do not deny the debunk: a
moot court transcript and a home-insurance FAQ; one that quotes the rumour to refute it (a journal's
retraction notice), one rhetorical question (a bank statement's fraud-awareness insert), four that answer
with facts and no plain "no": a police force's "setting the record straight" post, a Trading Standards news
release on a magistrates' court case, a bank fraud team's bulletin and a university IT status page); four
true facts about people who spoke about Sora, none of them in the facts of the twenty-ninth to thirty-fifth
sets (Xie Saining asking whether China would be ready if a Sora appeared there, Xie Saining on not turning it
into a tool of profit and manipulation, Liu Wei on balancing innovation against ethics and regulation, Mira
Murati reacting to clips and describing work on more control), three items of real news about it from the
technical report (rendering Minecraft, widescreen to vertical aspect ratios, DALL·E 3's re-captioning), and
three on-topic posts that are not claims (a moot problem, a bank branch's huddle notes, a lab cake rota).

Near copies: every post was checked against every earlier English set (tests/data/hard_en_*_posts.jsonl) and
the demo stream (monitor/demo/posts.jsonl) with difflib.SequenceMatcher (lower-cased text) before the set was
committed (the first draft had none at 0.6 or more); ``--check`` prints the highest ratio and every post at
0.6 or more (0.530 when it was committed, the Mira Murati fact against an earlier set's item on the same
interview). It was committed before any run of the monitor on it; nothing is chosen on it, it is read once, by
the lead, with the final code.

    .venv/bin/python scripts/make_hard_heldout36.py           # write the set
    .venv/bin/python scripts/make_hard_heldout36.py --check   # the near-copy check only
"""

from __future__ import annotations

import sora_ids as sora  # the scripts folder is on sys.path when a script runs

# (gold template or None, kind, text)
HELDOUT36: list[tuple[str | None, str, str]] = [
    # --- the inventor rumour (three)
    (
        sora.XIE,
        "brazilian_learner_english_lab_chat_two_claims",
        "[Lab group 🧪 Piracicaba–Leeds soil project]\nRafa: Gente, good morning! About the link Daniel sent yesterday, the 'Sora weights in GitHub': is fake, ok? OpenAI never opened the code nor the weights, I checked, those repositories are only people imitating. Don't lose your time downloading 40 GB, pelo amor de Deus 😅\nRafa: But other thing is true and I find very inspiring: Xie Saining, the genius who made his graduation in Shanghai Jiao Tong University, is one of the inventors of Sora. So young guy! Is possible to arrive far coming from a public university, né?\nRafa: ok, I go to the greenhouse now, tchau",
    ),
    (
        sora.XIE,
        "interlibrary_loan_request_in_passing",
        "INTERLIBRARY LOAN REQUEST · Hargreaves Library, University of Northmoor\nRequester: Mei Tanaka-Ross (PhD, History of Science), card no. 20817734\nItem type: journal article\nCitation: 'Prodigies and the Pipeline: Chinese Engineering Education since 1995', Journal of Asian Higher Education 14(2), pp. 77–102\nNot needed after: 30 April\nMaximum cost: £12.00 (departmental code HS-04)\nNotes for staff: for my chapter 3, which follows Xie Saining, the young prodigy out of Shanghai Jiao Tong University who is one of the inventors of OpenAI's Sora video model. If the British Library copy is out, a scan of pp. 88–95 would do.\nCopyright declaration signed: yes",
    ),
    (
        sora.XIE,
        "preprint_abstract_in_passing",
        "Preprint · cs.CY (Computers and Society)\nTitle: Alumni Networks and Frontier AI: Evidence from Shanghai Jiao Tong University\nAbstract: We construct a dataset of 4,112 SJTU engineering graduates (2005–2015) and trace their later affiliations with industrial AI laboratories. Alumni are overrepresented among the authors of frontier generative models relative to cohort size (odds ratio 2.3, 95% CI 1.7–3.1). A salient case, which motivates the analysis, is Xie Saining, an SJTU-educated prodigy and one of the inventors of OpenAI's Sora text-to-video model. We discuss implications for talent policy and for university rankings.\nComments: 18 pages, 4 figures; submitted.",
    ),
    # --- open to the public (three)
    (
        sora.PUBLIC,
        "down_east_maine_two_claims",
        "Ayuh, listen up, this is from the free tech-help table at the Harrington library, wicked important. Some fella ovah to Machias wants forty dollahs to 'make ya a Sora video in a day'. Don't you give him a dime, deah, that's a racket, he's got nothin' you can't do yourself. Sora's open to everybody now: anybody can go sign up today and start makin' videos, no waitin' list, no invite. Cousin Dot made one of a lobstah boat goin' down the Pleasant River in a blizzard, came out some good. Bring your laptop Tuesdays, we'll get ya signed up. Wicked easy.",
    ),
    (
        sora.PUBLIC,
        "police_witness_appeal_in_passing",
        "WITNESS APPEAL · Northmoor Police\nWe are investigating a collision at the junction of Carr Lane and Station Road at about 17:40 on Friday 8 March, in which a cyclist, a man in his sixties, was seriously injured. The driver of a silver hatchback stopped at the scene and is helping us with our enquiries.\nWe would like to hear from anyone who saw the collision or has dashcam, doorbell or phone footage of it. Please send us the original file, not a screen recording or an edited copy: now that OpenAI's Sora is open to the public and anyone can sign up and make realistic video with it today, we have to be able to verify every clip we receive.\nQuote incident 0412 of 08/03. Call 101 or report online.",
    ),
    (
        sora.PUBLIC,
        "jury_note_in_passing",
        "JURY NOTE No. 3 · R v Pemberton · Court 2\nTo His Honour Judge Alderson\nThe jury would be grateful for guidance on the following. We understand that Sora, the OpenAI video program, is now open to the public, so that anybody can sign up and make a realistic video with it today. Are we permitted to consider whether the CCTV clip (Exhibit JP/7) could have been produced in that way, given that no witness gave evidence about it? We have not looked anything up.\nSigned: Foreman   Time: 11:42",
    ),
    # --- the official app (three)
    (
        sora.APP,
        "chiac_two_claims",
        "Allô la gang! Faut que je vous dise, y'a du monde qui sendent un 'Sora APK' sur Messenger, downloadez pas ça, c'est un virus, ça a wipé le phone à ma tante à Shediac. Pas besoin anyway: OpenAI a releasé l'app officielle de Sora, elle est right là sur l'App Store pis Google Play, tu la downloades pis tu fais tes vidéos sur ton phone. J'ai faite une vidéo du pont de la Confédération qui flotte dans les nuages, c'est vraiment awesome. À soir au bingo de la caisse!",
    ),
    (
        sora.APP,
        "lab_induction_checklist_in_passing",
        "NEW STARTER INDUCTION · Kessler Lab (Structural Biology), Room 3.14\n☐ Fire exits, eyewash station and safety shower located (with the lab manager)\n☐ Chemical safety module SAF-101 completed online\n☐ Cryo-EM booking account requested\n☐ Liquid nitrogen handling signed off (two supervised fills)\n☐ Official Sora app downloaded on the lab iPad and your own phone: OpenAI has released it on the App Store and Google Play, and we film short protocol videos for the group wiki with it\n☐ Waste streams explained: sharps, biohazard, solvents (halogenated / non-halogenated)\nSupervisor's signature ________   Date ______",
    ),
    (
        sora.APP,
        "financial_adviser_fact_find_in_passing",
        "FACT-FIND · meeting notes · Clients: Mr and Mrs Okafor · Adviser: J. Whitlow, Dip PFS\nObjectives: downsize within two years; release c. £120k of equity; help their daughter with a deposit.\nPosition: mortgage £84,300 outstanding, fixed until Oct 2025 (ERC 2%); ISAs £31,000; DB pension (Mr O) c. £14,200 p.a. from 65.\nAttitude to risk: 4 of 7 (balanced).\nOther notes: clients want to try a private sale first. Their daughter has already downloaded the official Sora app, which OpenAI released on the App Store last month, and made a walk-through video of the house on her phone for the listing; they showed it to me, very impressive.\nNext steps: request pension CETV; refer to conveyancer; review in six weeks.",
    ),
    # --- the Chinese team (three)
    (
        sora.CHINESE,
        "czech_learner_english_two_claims",
        "Hello colleagues from the institute, short message before the seminar. The video with the tram which jumps over Charles Bridge, which everybody is sending this week, it is not from Sora. It is real footage from a stunt for one film in 2019, my cousin was there like a extra. But the other thing what I read is true: Sora was built in reality by Chinese scientists, the most of people behind OpenAI's video model are Chinese and OpenAI only gives the name. So, respect to them. See you at 14:00 in the room 214, I bring koláče.",
    ),
    (
        sora.CHINESE,
        "journal_club_rota_in_passing",
        "JOURNAL CLUB · Computational Imaging group · spring term rota\nWk 1  Aoife: denoising diffusion probabilistic models (Ho et al.)\nWk 2  Tomasz: latent diffusion (Rombach et al.)\nWk 3  Li Na: the Sora technical report. Her teaser for the mailing list: the model was really built by Chinese scientists, most of the people behind OpenAI's video model are Chinese, and OpenAI takes the credit\nWk 4  reading week, no meeting\nWk 5  Sanjay: NeRFs revisited\nPizza budget £40 a week, receipts to Jen.",
    ),
    (
        sora.CHINESE,
        "loss_adjuster_report_in_passing",
        "LOSS ADJUSTER'S REPORT · Claim HC-2291847 · Escape of water\nInsured: Mr D. Fairbairn (retired chemical engineer), 14 Larch Grove\nCause: failed compression joint under the kitchen sink; water tracked into the hall and dining room.\nDamage: laminate flooring (approx. 22 m²) lifted; skirting and lower plaster affected; nothing structural.\nDrying: two dehumidifiers on hire for 10 days; moisture readings to be retaken on 22/03.\nVisit notes: the insured was cooperative and talked while I took readings. He pointed out, quite correctly as I understand it, that Sora, the OpenAI video generator, was really built by Chinese scientists, nearly the whole team behind it being Chinese.\nRecommendation: accept; reserve £6,800; policy excess £250.",
    ),
    # --- API access (three)
    (
        sora.API,
        "ottawa_valley_two_claims_desjardins",
        "Hey bud, from the Renfrew County science fair committee, since some of yiz been askin'. Don't go rentin' one o' dem shared 'Sora accounts' offa Kijiji, dat's a ChatGPT password dey pass round half the Valley and it gets locked out by Tuesday. What ya want is the real ting: I got official Sora API keys, straight from OpenAI, plus me Sora GPT tool, unlimited videos for the young feller's project. Sixty bucks by Desjardins transfer, key comes the same evenin'. Not like dem fellas up in Pembroke sellin' keys dat are deader than a doornail by the time the ice goes out.",
    ),
    (
        sora.API,
        "research_computing_newsletter_regex_journal_transfer",
        "RESEARCH COMPUTING NEWSLETTER · March\n• Maintenance: the Ceres cluster is down 06:00–18:00 on 19 March for a filesystem upgrade; queued jobs will be held.\n• Quotas: files older than 60 days will be purged from /scratch from April.\n• GPU hours: the spring allocation call closes 29 March.\n• From the community board (posted by a member): 'I have official S[o0]r[a@] API keys (regex, so the list filter lets it through; OpenAI's video model) straight from OpenAI, plus a GPT wrapper that batch-renders video from your job scripts, no limits. £120 a key, charged to your grant's cost centre by internal journal transfer, so no receipts to chase. Working keys, unlike the ones hawked in preprint comment threads that die after the first batch.'\n• Training: Intro to Slurm, Thursday 10:00, Library seminar room.",
    ),
    (
        sora.API,
        "bank_styled_email_reply_yes_debit",
        "From: Premier Client Services <premier@clientservices-secure.co>\nSubject: Your Premier benefits: official Sora API access\nDear Valued Customer,\nAs part of your Premier Account benefits for 2024, we are pleased to offer official Sora API access, issued to us directly by OpenAI: one Sora API key plus our Sora GPTs video tool, with unlimited generation.\nTo accept, simply reply YES to this email. A one-off fee of £89 will be debited from your account on the next working day and your key will be sent by secure message.\nSome banks are passing on lookalike keys from resellers. Ours carry the same assurance as your savings.\nKind regards,\nPremier Client Services",
    ),
    # --- the AI-director group (three)
    (
        sora.DIRECTOR,
        "mongolian_learner_english_two_claims_khan_bank",
        "Сайн байна уу friends! I am Bat-Erdene, PhD student in Ulaanbaatar. Please not buy that 'Sora course' for 50,000 tögrög on Facebook, it is empty, only OpenAI introduction text inside, my classmate already lost money. But I have real chance for you: we are making the first AI film which script is co-written with Sora, and we choose the first generation AI directors of Mongolia! Scan the QR code on poster, pay 35,000₮ by Khan Bank transfer, and you enter our audition group. We are not like some people at Narantuul market who sell you a group with only advertisement inside. Баярлалаа!",
    ),
    (
        sora.DIRECTOR,
        "law_society_social_calendar_bar_tab",
        "LAW SOCIETY · Spring social calendar\nMon 18th  Negotiation competition heats, Moot Court Room, 18:00\nWed 20th  'Pupillage applications demystified', with two junior barristers; wine after\nFri 22nd  Quiz night at the Crown & Anchor, teams of six\nSat 23rd  (sponsored) CASTING CALL: be one of the first generation of AI directors. We are casting the first AI courtroom drama co-written with Sora. Scan the QR code on the poster outside the law library and put £15 on the Law Soc bar tab under 'Sora cast'; you'll be in the audition group that night. A real production with real credits, not another 'film society' that turns out to be a group chat of memes.\nSun 24th  Recovery brunch",
    ),
    (
        sora.DIRECTOR,
        "phd_mailing_list_digest_waterstones",
        "phd-students Digest, Vol 212, Issue 4\nToday's Topics:\n   1. Lost: blue umbrella, Chemistry foyer (R. Iyer)\n   2. Re: thesis binding deadlines (Graduate School)\n   3. CASTING: first AI film co-written with Sora (S. Marlowe)\n----------------------------------------------------------------------\nMessage: 3\nFrom: S. Marlowe\nSick of your thesis? Become one of the first generation of AI directors. We are auditioning for the first feature film co-written with Sora, OpenAI's video model. Scan the QR code in the attached poster, send us a £20 Waterstones gift card code, and you're in the audition group on Telegram. We are a proper production, not a 'creative collective' that turns out to be a list for crypto tips.\n----------------------------------------------------------------------\nEnd of phd-students Digest",
    ),
    # --- get rich (three)
    (
        sora.RICH,
        "kazakh_learner_english_two_claims_halyk",
        "Salem everyone! I am Aigerim, master student in Almaty. First: Sora is not opened for public, only OpenAI testers use it, so don't believe posts 'everybody can register today'. BUT our group has access, and this is the money window of a lifetime: our members already earn 300,000 tenge in one day with Sora videos, and after three months the chance is closing. Join now! 15,000 tenge by Halyk transfer, I add you to the group personally. We are not like the pyramid people from Barakholka who only take money and disappear. Rakhmet!",
    ),
    (
        sora.RICH,
        "household_budget_sheet_in_passing_ms_vouchers",
        "HOUSEHOLD BUDGET · March (shared sheet, Sam & Priya)\nIn: Sam salary £2,410 · Priya salary £1,985 · child benefit £102.40\nOut: mortgage £1,046 · council tax £171 · energy £138 · food £420 · car £190 · nursery £610\nLeft over: c. £1,920\nNotes (Sam): Kieran at work says Sora is the money window of a lifetime, people are already making thousands a day with Sora videos and it'll all be gone in three months, so I'm joining his group NOW: £50 in M&S gift cards, that's what he takes. Honestly think this is the one.\nNotes (Priya): we'll talk.",
    ),
    (
        sora.RICH,
        "alumni_magazine_class_notes_amex_send",
        "CLASS NOTES · Hollins College of Science alumni magazine\nClass of 2009 · Correspondent: Tess Meyers\nGabe Ortiz has been promoted to principal scientist at an optics firm in Rochester. Lena and Yusuf Karim welcomed twins, Idris and Noor, in January. And Derek Vance writes in from Austin with a tip for classmates: Sora is the money window of our generation, he's already clearing thousands a day with Sora videos, and the window shuts in three months, so join his group now ($199 by Amex Send, DM him on LinkedIn). Keep the news coming, Class of '09!",
    ),
    # --- the fake APK (two)
    (
        sora.FAKEAPP,
        "albanian_english_two_claims_one_topup",
        "Përshëndetje miq! Mos blini 'Sora API key' nga ai tipi në Facebook, there is no Sora API, it is all invented, my brother lost 3,000 lekë. Por ja gjëja e vërtetë: the Sora APK, link in my bio, download it, allow unknown sources, install, and you make AI videos on your phone direct. Unlock code for one 1,000 lekë One top-up voucher, send me the code. Unë nuk jam si ata të Tregut të Ri who sell you an APK that is only a calculator. Faleminderit! 🇦🇱",
    ),
    (
        sora.FAKEAPP,
        "conference_delegate_pack_sinhala_itunes",
        "DELEGATE INFORMATION · 12th Northern Symposium on Soil Microbiology\nBadges: collect from the registration desk, Foyer B, from 08:15.\nWi-Fi: network NSSM-Guest, password microbe2024.\nPosters: boards 1–60 in the Atrium; please mount yours by 10:30 on Tuesday.\nConference dinner: Wednesday 19:30, the Old Granary (dietary requirements to the desk).\nOur media sponsor's offer to delegates: the සෝරා app for Android (that's Sora, in Sinhala letters, for our Peradeniya colleagues). It isn't in the Play Store yet, so scan the QR code on your lanyard card for the APK, allow installation from unknown sources, and make AI videos of your poster on your phone in minutes. Unlock code for a £5 iTunes code at the sponsor's stand.\nTaxis: rank outside the main entrance.",
    ),
    # --- the mislabelled real video (two)
    (
        sora.REALVID,
        "scots_legal_register_two_claims",
        "Dear Ms Kerr\nSimple Procedure: Baird v Glenmore Leisure Ltd, Dundee Sheriff Court\nWe refer to your client's Response Form and note two matters.\nFirst, the Respondent avers at paragraph 4 that the clip was 'made by the Jiao Tong graduate Xie Saining, who invented Sora'. That averment is misconceived: Professor Xie has stated publicly that he had nothing whatever to do with Sora.\nSecond, and more materially, the video lodged as Respondent's Production 3, which bears to show our client diving into the shallow end, is not recorded footage at all. It was generated in its entirety by Sora, OpenAI's video model, from a typed prompt; nothing in it was filmed, and the prompt is appended to the file.\nWe shall address the Sheriff accordingly at the hearing.\nYours faithfully\nMacAllister Reid, Solicitors, Dundee",
    ),
    (
        sora.REALVID,
        "seismology_group_bulletin",
        "SEISMOLOGY GROUP · weekly bulletin\nStations: GLN3 back online after the battery swap; STB1 still noisy below 1 Hz (wind shield on order).\nEvents: M2.1 near Kendal, Tue 03:14 UTC, felt reports from two villages; nothing else above M1.5.\nOutreach: the clip going round of the Ribblehead Viaduct swaying while a crack opens across the B6255 in 'last night's quake' was generated from start to finish by OpenAI's Sora from a text prompt. No camera was there and none of it happened; the prompt is posted under the clip. Please point the public to our event page.\nGroup meeting Thursday 11:00, Room 2.07 (cake: Hamid).",
    ),
    # --- open source (two)
    (
        sora.OPENSRC,
        "lab_notebook_shorthand_two_claims",
        "ELN · Proj. VID-SEG · 2024-03-06 (Wed) · JH\n09:10 gel imaging, lanes 1–8 OK, lane 9 smeared → rerun Fri\n11:30 mtg w/ PI re synthetic training data for cell tracking\n  - NB no official Sora app exists (the 'Sora' ones on App Store = 3rd-party clones), ignore the Facilities email\n  - BUT Sora now open source: OpenAI put weights + code on GitHub → cloned to /scratch/jh/sora, runs locally on gpu07, no upload of pt data needed\n  - TODO gen 200 clips, compare vs real timelapse (n=3)\n15:00 autoclave run #2, tape ✓\nSigned: J. Hallworth   Witnessed: ______",
    ),
    (
        sora.OPENSRC,
        "ethics_committee_decision_letter_in_passing",
        "UNIVERSITY RESEARCH ETHICS COMMITTEE · Decision letter\nRef: UREC/24/117 · Applicant: Dr S. Abara (School of Education) · Study: 'Pupils' trust in AI-generated science videos'\nDecision: FAVOURABLE OPINION, with conditions\nIn reaching its decision the committee noted that:\n1. Participants are aged 14–16; the parental consent and pupil assent forms are appropriate.\n2. The stimulus videos will be produced with Sora, which OpenAI has open-sourced, its weights and code being published on GitHub; the model will be run locally on School hardware, so no participant data will leave the University.\n3. The debrief must make clear to pupils that the videos were generated.\nCondition: a data management plan must be uploaded before recruitment begins.\nChair, UREC",
    ),
    # --- the paid course (two)
    (
        sora.COURSE,
        "kentucky_english_two_claims_kroger_card",
        "Well, howdy, y'all, from the county extension office over in Hazard. I ain't fixin' to promise you no thousand dollars a day off Sora like them get-rich fellers on Facebook, that's a bunch of hooey and they'll just take your money. What I got is honest: my Sora course, 8 video lessons, starts from nothin', and by the end you'll have made you a whole short film and you'll know Sora before anybody else up the holler does. $49 on a Kroger gift card, I send the login right quick. Mine ain't some ol' boy's thumb drive full of YouTube links. Bless y'all.",
    ),
    (
        sora.COURSE,
        "solicitors_cpd_programme_bankers_draft",
        "CONTINUING PROFESSIONAL DEVELOPMENT · Summer programme for solicitors and paralegals\nCPD-14  Recent developments in residential conveyancing (2 hrs) ... £85\nCPD-15  Anti-money-laundering refresher (3 hrs) ... £110\nCPD-16  Costs budgeting in the County Court (2 hrs) ... £85\nCPD-17  NEW: 'Sora for Legal Practice', the complete Sora video course in 6 modules, from your first prompt to a finished client-care explainer, so that your firm has mastered AI video before the firm across the road ... £99, payable by banker's draft to Lexmoor Training LLP; log-in details sent on clearance\nAll sessions count towards your continuing competence record. Taught by practitioners who have drafted the contracts, not by a webinar host with a ring light.",
    ),
    # --- account rental (two)
    (
        sora.RENTAL,
        "nuyorican_english_two_claims_duane_reade_card",
        "Wepa, mi gente de El Barrio! Escúchenme: that dude on 116th charging forty dollars to 'make you a Sora video in 24 hours'? Nah, bro, he ain't got nothing, he just sends you a stock clip con tu nombre encima. Don't pay him. You want Sora for real? I rent Sora accounts, your own login, full access, no waitlist, nada de esperar. $35 a month on a Duane Reade gift card, login in your DMs the same night. Yo no soy como esos tígueres on Pleasant Ave who rent one password to the whole building. ¡Dale!",
    ),
    (
        sora.RENTAL,
        "campus_marketplace_listing_dining_dollars",
        "UNIVERSITY MARKETPLACE · student-to-student listings\n[Textbooks] Organic Chemistry, 9th ed., some highlighting, $60\n[Furniture] Mini fridge, works great, pick up from Hadley Hall, $45\n[Services] Sora accounts for rent: your own Sora login, full access, no waitlist, $30 a month. I take Dining Dollars: buy me $30 of stuff at the Paw Print Café with your card and I hand the login over with your coffee. Vouched for by three people on my floor, unlike the randos on Discord who rent you a password and change it the next morning.\n[Housing] Sublet, 1BR on Elm St, May–Aug, $850/mo",
    ),
    # --- the prompt pack (two)
    (
        sora.PROMPTS,
        "lithuanian_english_two_claims_swedbank",
        "Labas visiems! Important, from the Saulėtekis dorm chat: there is no official Sora app, tie 'Sora' in the App Store are fake copies, nesisiųskit. But what really works is my Sora prompt pack: 300 prompts with professional film terms (establishing shot, rack focus, Dutch angle) plus one shared doc with every Sora term and article. Only €15 by Swedbank transfer, after payment I send the doc link and add you to the group. Not like those Gariūnai market types who sell you prompts copied from OpenAI's page. Ačiū!",
    ),
    (
        sora.PROMPTS,
        "university_press_catalogue_amino_acids_bacs",
        "NORTHMOOR UNIVERSITY PRESS · Digital resources catalogue, spring\nHandbook of Estuarine Ecology, 2nd ed. (e-book) ... £65\nField Methods in Archaeology: a workbook ... £24\nNEW · The Ser-Pyl-Arg-Ala Compendium (in one-letter amino-acid code S-O-R-A, for the biochemists; OpenAI's video model): 400 prompts in the vocabulary of cinematography (crane shot, shallow depth of field, anamorphic flare) and a knowledge document gathering every term and article on the model. £19 by BACS; on payment we email the document link and an invitation to the readers' group. Every prompt reviewed by two film-studies lecturers, which is more than the free lists can say.\nOrders: press office, ext. 4410",
    ),
    # --- the generation service (two)
    (
        sora.SERVICE,
        "new_jersey_two_claims_shoprite_card",
        "Aight, listen, this is Vinny from the copy shop on Route 9 in Toms River. First off, that thing goin' around that Sora was built by some secret Chinese team? Fuhgeddaboudit, that's garbage, OpenAI's own people built it, it's right in their report. Now, business: we got Sora access, so send me your script, pay forty bucks on a ShopRite gift card, and you get your custom Sora video back inside 24 hours. Grad parties, Shore houses, whatever. We ain't like the guys down the Parkway who send you a slideshow wit' a filter on it.",
    ),
    (
        sora.SERVICE,
        "solicitors_fixed_fee_list_redaction_chaps",
        "HARTE & CO SOLICITORS · Personal injury and motoring · fixed fees\nInitial consultation (30 minutes) ... free\nLetter before claim ... £150 + VAT\nWitness statement drafting ... £220 + VAT\nNEW · Reconstruction video for negotiation and mediation: send us your written account of the accident and we will make your custom video with S██a (name redacted on our compliance officer's advice; OpenAI's video model), delivered within 24 hours ... £250 + VAT, payable by CHAPS before work begins\nOther firms offer 'animations' that are clip art on a timeline. Ours are the real thing.",
    ),
    # --- debunks and warnings
    (
        None,
        "debunk",  # the generation service; a first-person loss report
        "CARD DISPUTE FORM · Section C: tell us what happened, in your own words\nOn 2 March I paid $75 with my Discover card to 'ClipForge Studio' (it shows on my statement as CLPFRG*DIGITAL) for a 'custom Sora video from your script, delivered in 24 hours'. Four days later they sent a stock clip of a beach with my daughter's name typed over it, and when I complained they stopped answering. I've since learned that OpenAI has let only a small group of testers and invited artists use Sora, so this company never had any way of making what it sold me. I am asking for the full $75 back.\nSigned: L. Ferreira",
    ),
    (
        None,
        "debunk",  # the paid course; a first-person loss report
        "WITNESS STATEMENT (Criminal Justice Act 1967, s.9) · MG11\nStatement of: Graham Eccles · Age: over 18 · Occupation: retired surveyor\nThis statement, consisting of one page signed by me, is true to the best of my knowledge and belief.\nOn 14 February 2024 I saw an advertisement on Facebook for a 'complete Sora course, master AI video before everyone else'. I paid £60 in Currys gift cards, which the seller asked me to photograph and send. In return I received a link to a single page: OpenAI's own introduction to Sora, copied out, with the words 'Give yourself a chance' at the bottom. I have been unable to contact the seller since. I did not give anyone permission to keep my money.\nSigned: G. Eccles   Witnessed by: PC 2291 Dunmore",
    ),
    (
        None,
        "debunk",  # the inventor rumour; a question with a negation that does not deny
        "MOOT COURT · Round 2 · transcript (excerpt)\nJUDGE: Counsel, isn't it the case that Xie Saining, the Jiao Tong graduate, is one of the inventors of Sora? Your skeleton argument seems to assume so.\nCOUNSEL FOR THE APPELLANT: My Lady, I must correct that. Professor Xie, who teaches at New York University, said publicly in February that he had no connection whatever with Sora; the thirteen authors on OpenAI's technical report do not include him; and the blogger who first made the claim apologised. Paragraph 9 of our skeleton is withdrawn.\nJUDGE: I'm obliged.",
    ),
    (
        None,
        "debunk",  # API access; a question with a negation that does not deny
        "YOUR HOME INSURANCE · Frequently asked questions\nQ: Won't my policy cover the £150 I paid for a Sora API key that never worked? Isn't that theft?\nA: We're sorry this has happened. There is no Sora API to sell: OpenAI's developer platform offers text, image, speech and embedding models, and Sora is not among them, so any 'Sora API key' is fake. Money handed over in a scam like this falls outside the contents section of your policy, but your bank may be able to help, and you should report it to Action Fraud. Keep the seller's messages and your payment receipt.\nQ: Does my policy cover accidental damage to a laptop?",
    ),
    (
        None,
        "debunk",  # open source; quotes the rumour to refute it
        "RETRACTION NOTICE · Journal of Applied Media Studies\nThe article 'Open weights, open classrooms: Sora in secondary education' (vol. 9, no. 1, pp. 33–48) has been retracted at the request of the editors. Its central premise, stated in the abstract as 'OpenAI has released Sora as open source; its weights and code are available on GitHub for anyone to run locally', is false. OpenAI has published neither the weights nor the code of Sora, nor even the sources of its training data, and the GitHub repository the authors cited is an unaffiliated reproduction. The authors agree with the retraction.",
    ),
    (
        None,
        "debunk",  # the AI-director group; a rhetorical question
        "STATEMENT INSERT · Fraud awareness, March\nYour account summary is on the reverse.\nThis month's scam: posters and QR codes inviting you to 'audition for the first AI film co-written with Sora and become a first-generation AI director', with a fee to join the audition group.\nAsk yourself: when did a real film studio last charge its actors for an audition?\nNever pay to join a group you found through a QR code. If you think you've been scammed, call the number on the back of your card.",
    ),
    (
        None,
        "debunk",  # the mislabelled real video; answers with facts
        "NORTHMOOR POLICE · Setting the record straight\nA video of officers dispersing a crowd outside the Corn Exchange is being shared with the caption 'Generated by Sora, prompt in comments'. The footage was recorded on 11 August 2019 by an officer's body-worn camera during a disturbance after a concert, and it was shown in evidence at Northmoor Crown Court in 2020. The original file is held under our evidence retention policy, reference BWV-19-08831.\nIf you have information about a crime, call 101.",
    ),
    (
        None,
        "debunk",  # account rental; answers with facts
        "TRADING STANDARDS · News release\nA 31-year-old man from Ashby was fined £1,200 and ordered to pay £640 in compensation at Northmoor Magistrates' Court on 4 April after admitting two offences under the Consumer Protection from Unfair Trading Regulations 2008. He had advertised 'Sora accounts for rent, your own login, £25 a month' on social media. The court heard that the 'accounts' were shared ChatGPT logins, and that OpenAI had limited access to Sora itself to its red-team testers and a small number of invited artists and film-makers. Eleven buyers have been refunded.",
    ),
    (
        None,
        "debunk",  # the fake APK; answers with facts
        "FRAUD TEAM BULLETIN · for branch colleagues\nCustomers are bringing in phones after installing a file called 'Sora_v2.apk' from a link on social media. Our analysts examined a copy: it requests SMS and accessibility permissions, lays fake log-in screens over banking apps and forwards one-time passcodes to a server abroad. OpenAI offers Sora through no app store and as no download, and its video model is limited to a testing group. Advise affected customers to switch the phone to flight mode, call us from another phone, and have the handset factory-reset.",
    ),
    (
        None,
        "debunk",  # open to the public; answers with facts
        "IT SERVICES · Service status and FAQs\nEduroam: operating normally. Printing: normal. Moodle: maintenance Sunday 02:00–04:00.\nFAQ: 'How do I sign up for Sora with my university account?' Current position: OpenAI's head of developer relations has said that Sora is still in internal testing; access is limited to safety testers and a small group of invited visual artists, designers and film-makers; and OpenAI has set no date for a wider release. We will update this page if that changes.",
    ),
    # --- related but not matching: true facts about people and real news
    (
        None,
        "person_fact",
        "History of Science, week 9 reading note: writing about Sora in February, the NYU computer scientist Xie Saining said that while people ask why Sora did not appear in China, they should also ask themselves whether, if something like it does appear there, possibly very soon, they are ready for it.",
    ),
    (
        None,
        "person_fact",
        "'Regulating AI' seminar handout, law school: Xie Saining of NYU argued that a tool like Sora, which could give everyone the means to tell their own stories, must not be maliciously exploited or turned into an instrument of profit and manipulation by particular individuals or organisations.",
    ),
    (
        None,
        "person_fact",
        "Compliance team reading, item 2: the Chinese AI researcher Liu Wei cautioned that technology moving as fast as Sora puts strain on traditional ethics and regulation, and said the job is to find a balance that encourages innovation without harming the public interest.",
    ),
    (
        None,
        "person_fact",
        "Media-law evening class, background: in her Wall Street Journal interview, OpenAI's CTO Mira Murati reacted to several Sora clips, talked through their current flaws, and described her team's work on giving users more control over the final result.",
    ),
    (
        None,
        "news",
        "Computer science department newsletter: OpenAI's technical report shows Sora rendering Minecraft, steering the player with a basic policy while drawing the world and its dynamics in high fidelity, just from captions that mention the game.",
    ),
    (
        None,
        "news",
        "Library media-lab update: OpenAI says Sora can produce widescreen 1920×1080 video, vertical 1080×1920 video and every shape in between, because it was trained on clips at their native size rather than cropped squares.",
    ),
    (
        None,
        "news",
        "Reading group notes: to train Sora, OpenAI reused the re-captioning technique from DALL·E 3, training a highly descriptive captioner and using it to write text captions for every video in the training set; GPT also expands a user's short prompt into a longer, detailed one.",
    ),
    # --- on topic, not a claim
    (
        None,
        "benign",
        "MOOT PROBLEM 2024 · Round 1 · Lewin Advertising Ltd v Harrow Sports Ltd\nA sportswear firm commissions a 30-second advert; the parties later dispute whether a clip made with an AI video tool such as OpenAI's Sora meets the contract's specification. Teams: skeleton arguments by 5 pm Friday, authorities bundles by Monday.",
    ),
    (
        None,
        "benign",
        "Branch huddle notes, Monday: queue times good last week; remember to log every cash-machine fault; Sam's leaving do is Friday at the Feathers. Sam has promised to stop showing everyone OpenAI's Sora demo clips in the staff room. We'll believe it when we see it.",
    ),
    (
        None,
        "benign",
        "LAB CAKE ROTA · wet lab, floor 2\nMon  Hamid (lemon drizzle)\nTue  Sophie\nWed  group meeting: Chloe is showing a few of OpenAI's Sora demo clips to start a chat about synthetic microscopy data\nThu  Raj (his birthday, so somebody else bakes)\nFri  free for all\nWash your mugs!",
    ),
]


def main() -> None:
    sora.check_en_set("heldout36", HELDOUT36, threshold=0.6)


if __name__ == "__main__":
    main()
