"""Normalisation, scam signals and stance cues: plain values, no model."""

from __future__ import annotations

import pytest

from monitor.core.text import (
    analyze,
    calls_false,
    content_terms,
    dismisses,
    extract_signals,
    foreign_prices,
    masked_spellings,
    negated_terms,
    negation_scopes,
    normalize,
    person_readings,
    quoted_terms,
    sells_of_its_own,
    stance_cues,
    stance_kinds,
    stem,
    tokenize,
)


# --- normalisation ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("K3TAM1NE dealer", "ketamine dealer"),  # digits inside a word
        ("Get the 0fficial W4LLET app", "get the official wallet app"),
        ("ea$y m0ney", "easy money"),
        ("ｓｏｒａ ａｐｐ", "sora app"),  # full-width
        ("𝐒𝐨𝐫𝐚 and 🅢🅞🅡🅐 and 🇸🇴🇷🇦", "sora and sora and sora"),  # maths bold, negative circled, flags
        ("G.E.M.I.N.I is out", "gemini is out"),
        ("v-i-d-e-o", "video"),
        ("M🔥I🔥D🔥J🔥O🔥U🔥R🔥N🔥E🔥Y", "midjourney"),
        ("z\u200be\u200br\u200bo width", "zero width"),
        ("Сlаudе (Cyrillic С and а)", "claude (cyrillic c and a)"),
        ("café naïve Zoë", "cafe naive zoe"),
        ("#BreakingNews #FreeMoney today", "breaking news free money today"),
        # a lowercase tag that negates a participle or a verdict; other words that start with "not" stay
        ("#notfilmed #notreal #NotEdited", "not filmed not real not edited"),
        ("#nothing #noted #notorious #notifying", "nothing noted notorious notifying"),
        # Latin letters spaced out between Chinese characters, which are word characters themselves
        ("和S-o-r-a一起写剧本", "和sora一起写剧本"),
        ("用S O R A做的", "用sora做的"),
        # spaced-out characters where digits or a dollar sign stand for letters
        ("$ 0 R A = free money", "sora = free money"),
        ("S.0.R.A prompt bible", "sora prompt bible"),
        ("get S-0-R-A now", "get sora now"),
        # a letter-like symbol with the emoji variation selector (🅾 + U+FE0F): the selector is invisible
        ("S🅾️RA custom clips", "sora custom clips"),
        ("❤️Sora fans", "sora fans"),
        # look-alike letters of other scripts (Unicode's confusables), IPA letters, enclosing marks, brackets
        ("Տօɾɑ v2.3 for Android", "sora v2.3 for android"),  # Armenian and IPA
        ("Sora ᎪᏢᏦ download here", "sora apk download here"),  # Cherokee
        ("S⃝o⃝r⃝a⃝ prompt set", "sora prompt set"),  # combining enclosing circles
        ("WORK FROM HOME with [S][o][r][a] AI video", "work from home with sora ai video"),
        ("Søren's (A)(P)(K) mirror", "soren's apk mirror"),
    ],
)
def test_normalize_undoes_obfuscation(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_letter_spaced_words_keep_their_gaps() -> None:
    assert normalize("f r e e  c r e d i t s  now") == "free credits now"


def test_spaced_digits_and_amounts_are_not_read_as_letters() -> None:
    # a digit run, a price, a time and a code stay as written: no letter swap to undo, or too few letters
    for text in ("call 4 0 4 now", "my pin is 1 2 3 4", "price $ 5 0 0", "at 5 a m today", "room 3 b"):
        assert normalize(text) == text


def test_other_scripts_and_short_bracketed_lists_stay_as_written() -> None:
    # look-alikes are folded only inside a Latin word or a mostly Latin text; two bracketed letters are a list
    for text in ("привет мир", "καλημέρα κόσμε", "二〇二四年的视频", "options (a)(b) only", "ß straße"):
        assert normalize(text) == text


def test_chinese_words_between_slashes_are_not_letters_spaced_out() -> None:
    assert normalize("价格好/坏/差吧") == "价格好/坏/差吧"


def test_a_star_masked_word_spells_the_words_it_can_stand_for() -> None:
    assert masked_spellings(normalize("a S*ra co-written feature"), ["sora", "openai"]) == {"sora"}
    assert masked_spellings(normalize("加入S*RA导演群"), ["sora"]) == {"sora"}
    # one star is one letter, and two letters at least are shown
    assert masked_spellings("s**ra and *a", ["sora", "sa"]) == frozenset()
    assert masked_spellings("nothing masked here", ["sora"]) == frozenset()


@pytest.mark.parametrize(
    "raw",
    [
        "covid19 cases",
        "the 2nd time",
        "a 4k video",
        "gpt4 and h264",
        "@handle5 said",
        "I a m here",
        "$TSLA up",
    ],
)
def test_normalize_leaves_real_numbers_and_words(raw: str) -> None:
    # digits at the end of a word, ordinals, units, handles and one-letter words are not leetspeak
    assert normalize(raw) == raw.lower()


def test_urls_become_host_words_and_link() -> None:
    assert normalize("see https://free-credits.example/x?y=1 now") == "see free credits link now"
    assert normalize("defanged hxxps://get-app[.]example/dl") == "defanged get app link"
    assert normalize("bare domain promo-codes.shop today") == "bare domain promo codes link today"
    # shorteners and media hosts say nothing
    assert normalize("look https://t.co/AbC123 pic.twitter.com/xyz") == "look link link"


def test_tokenize_keeps_contractions_and_cjk_characters() -> None:
    assert tokenize("isn't it 好的") == ["isn't", "it", "好", "的"]


# --- scam signals ---------------------------------------------------------------------------------------
def test_prices_with_currency() -> None:
    s = extract_signals("Course only ¥1,299 or 180 USD or €5, was 2 9 9 yuan")
    assert set(s.prices) == {(1299.0, "CNY"), (180.0, "USD"), (5.0, "EUR"), (299.0, "CNY")}
    assert "price" in s.names()


def test_bare_prices_need_a_unit_or_an_only() -> None:
    assert extract_signals("accounts 35/month, dm").prices == ((35.0, ""),)
    assert extract_signals("only 19.9 today").prices == ((19.9, ""),)
    assert extract_signals("for 3 years in 2024 at 5pm").prices == ()


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("scan the QR code to join our VIP group", "qr_or_group_invite"),
        ("add me on telegram for the link", "qr_or_group_invite"),
        ("DM me to get in", "qr_or_group_invite"),
        ("transfer the deposit first", "payment_ask"),
        ("keys for sale, cheap", "payment_ask"),
        ("download the APK here", "download_link"),
        ("install the cracked version now", "download_link"),
        ("we are an official API partner", "official_claim"),
        ("authorized reseller of licence keys", "official_claim"),
        ("make $500 a day from home", "money_promise"),
        ("passive income guaranteed", "money_promise"),
        ("limited spots, act now", "urgency"),
        ("send USDT to this wallet address", "crypto"),
        ("d0wnl0ad the app", "download_link"),  # read through the obfuscation
    ],
)
def test_scam_flags(text: str, flag: str) -> None:
    assert flag in extract_signals(text).flags


def test_links_are_listed_with_their_host() -> None:
    s = extract_signals("get it at https://Free-Gift.example/claim or hxxp://x[.]example")
    assert s.links == ("free-gift.example", "x.example")
    assert s.as_dict()["signals"][0] == "link"


@pytest.mark.parametrize(
    ("text", "host", "words"),
    [
        # a defanged dot says "this is a link": any top-level label counts, and an odd one is kept as a word
        (
            "Sora APK 👉 sora-app[.]download install now",
            "sora-app.download",
            "sora apk sora app download link",
        ),
        ("get it at sora-video[.]apk-down[.]com", "sora-video.apk-down.com", "sora video apk down link"),
        ("mirror: sora-app(.)download", "sora-app.download", "sora app download link"),
        ("mirror: sora-app[dot]download", "sora-app.download", "sora app download link"),
        # the file a path serves is kept: "sora.apk", "/download"
        ("hxxp://soraai-app[.]top/sora.apk", "soraai-app.top", "soraai app apk link"),
        ("sora-ai-app.cn/download and", "sora-ai-app.cn", "sora ai app download link"),
    ],
)
def test_defanged_links_and_download_paths(text: str, host: str, words: str) -> None:
    s = extract_signals(text)
    assert s.links == (host,)
    assert {"link", "download_link"} <= set(s.names())
    assert words in normalize(text)


@pytest.mark.parametrize(
    "text", ["e.g. the app", "version 1.5 is out", "see x[.]y, ok", "Mr. Smith [dot] com"]
)
def test_text_that_is_no_link(text: str) -> None:
    assert extract_signals(text).links == ()


@pytest.mark.parametrize(
    "text",
    [
        # an ad's own countdown and a seller's promise are no loss
        "Pay $20 now, 3 spots gone already",
        "Order today and you'll never get a better price on the course",
    ],
)
def test_a_sellers_countdown_is_no_loss(text: str) -> None:
    assert "debunk" not in analyze(text).stance


def test_benign_text_has_no_signals() -> None:
    s = extract_signals("The weather in Lyon was lovely this weekend.")
    assert s.names() == [] and s.prices == ()


# --- stance ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The mayor denies ever owning the yacht", "denial"),
        ("Singer has nothing to do with the perfume brand", "denial"),
        # a bracketed denial that the sentence goes on after, or that no colon follows (b1 keeps them)
        ("Xie Saining (he has said he had nothing to do with it), is the last-named author", "denial"),
        ("That flyer has nothing to do with us: please ignore it", "denial"),
        ("The 'Sora app' (nothing to do with OpenAI) is a copy", "denial"),
        ("The newspaper apologised and took down the story", "retraction"),
        ("Fact check: the photo is doctored", "debunk"),
        ("That story about free flights is completely false", "debunk"),
        ("It's just a rumour that the bridge will close", "debunk"),
        ("Beware of messages offering free flights", "warning"),
        ("Do not click links promising refunds", "refuse"),
        # a loss told by its victim: the money gone, the seller gone, what was paid for never came
        ("I paid for the course and they blocked me, lesson learned, $120 gone", "debunk"),
        ("Sent 50 dollars for a login, the seller ghosted me", "debunk"),
        ("Paid the deposit and never received my refund", "debunk"),
        # ... the seller gone from the chat, the buyer's shame at having paid (scripts/round31_mends.py, e5)
        ("Sent him 25 quid for the prompt doc last week. He's left the group.", "debunk"),
        ("Felt like such an idiot today. It was my money.", "debunk"),
        # ... or gone once paid, after "then" (round77_mends.py, l2)
        ("I paid the $30 place fee. They posted a countdown, then went quiet and the admin left.", "debunk"),
        ("Paid £30 to join; then the admin disappeared and the group went silent", "debunk"),
        # the answer that the thing sold cannot exist (e7)
        ("OpenAI's API has no video model, so that key could never have worked", "debunk"),
        ("Please stop sharing this, don't believe it", "distrust"),
        ("These refund texts are a scam", "scam"),
        ("The 'official' wallet app is a fake", "fake"),
        ("those are fake accounts, report them", "fake"),
        ("every app with that name is a third-party clone", "fake"),
        # debunks that answer with facts (scripts/fact_debunk_check.py)
        ("Checked the store: every listing comes from a third-party developer", "fake"),
        ("the repos with that name are fan reproductions", "fake"),
        ("the apps come from publishers nobody has heard of", "fake"),
        ("it is in the hands of the lab's testers", "limited"),
        ("the red team and a small group of invited filmmakers", "limited"),
        ("the weights stay in-house", "limited"),
        ("OpenAI keeps Sora's weights and code to itself", "limited"),
        ("the company keeps the model private", "limited"),
        ("This repo is an independent reimplementation of ideas from the report", "fake"),
        ("The repo they link is Open-Sora, a separate project", "fake"),
        ("How come not one of the people selling keys can point to a line of the docs?", "distrust"),
        ("none of these sellers can show a single generated clip", "distrust"),
        ("A reverse image search finds the same clip from 2019", "debunk"),
        # where a clip captioned "made by Sora" came from (scripts/round43_mends.py, p1)
        ("The footage was filmed on 9 March 2018 by the unit's combat camera team", "debunk"),
        ("The clip shared this week with that caption is our own footage", "debunk"),
        # ... told of the clip just named, a pronoun opening its sentence (scripts/round51_mends.py, p2)
        ("That's not Sora. It was filmed at this very field in 2018 by Jenny Atkinson", "debunk"),
        ("Captioned 'made by Sora'. This was recorded on 4 May 2019 from the harbour wall", "debunk"),
        # ... and in the active voice, by whoever filmed it (scripts/round56_mends.py, p3)
        ("Thread locked. One of our members filmed it in 2019 in the workshop of a museum", "debunk"),
        ("It is real: a birdwatcher filmed it in 2021 and someone added a new caption", "debunk"),
        # the correction of whom a claim named, beside a true fact about that person (round56_mends.py, c1)
        ("the computer scientist a viral post had wrongly named as one of its inventors", "debunk"),
        ("who was not, whatever the viral post said, one of the inventors", "debunk"),
        ("the forwarded post named Xie Saining as an inventor, but the two who led it are others", "debunk"),
        # ... told as an aside (scripts/round61_mends.py, c2)
        (
            "Xie Saining (not, as a viral post claimed, one of Sora's inventors) is the last-named author",
            "debunk",
        ),
        ("Xie Saining — never, as the rumour had it, part of the team — wrote the paper", "debunk"),
        # an advice column's reply to a reader's question quoted above it (round56_mends.py, a1)
        ("'Is that true?' (a member in Yeovil) The editor replies: the report's byline lists", "debunk"),
        # the sceptic's counterfactual (round56_mends.py, s1)
        ("If somebody really had a film to make, why would they need twenty-five pounds?", "debunk"),
        ("If strangers were truly making thousands a day, why would they need your thirty pounds?", "debunk"),
        # an answer someone looked up (scripts/round47_mends.py, fb)
        ("So I looked it up for him: the report names thirteen researchers", "debunk"),
        # the plain man's dismissal of a claim he quotes (scripts/round57_mends.py, d2)
        ("See om jama, that's twaddle: the apps in the stores are made by other developers", "debunk"),
        ("Sab bakwaas hai, it's all rubbish: the report names thirteen authors", "debunk"),
        ("Heotsori-yu, that's hogwash: it's a real video", "debunk"),
        ("Nope, that ain't so: the lab's own people made it", "debunk"),
        ("C'est du flan, that's baloney: the work was led by the lab's own researchers", "debunk"),
        ("Això són romanços, that's just tales: the three months is there to hurry you", "debunk"),
        # the boast and the con (scripts/round58_mends.py, d3)
        ("Athu verum thallu, that's just big talk: OpenAI's report has thirteen names", "debunk"),
        ("Eso es puro embeleco, hermano, that's a con: nobody can rent you Sora", "debunk"),
        ("Our IT volunteer looked into it: the groups collect fees and close", "debunk"),
        # the correction answered in a word or two beside the report of it (scripts/round65_mends.py, c3)
        (
            "Dr Lin, whom a viral post listed among the engine's inventors (she says she wasn't), leads",
            "debunk",
        ),
        (
            "Dr Lin, the researcher a viral post credited with inventing the engine (she didn't), teaches",
            "debunk",
        ),
        ("Ann Park, who led it (a viral post named Dr Lin instead, wrongly), explained", "debunk"),
        ("among the three at its head (Dr Lin, despite the viral post, was never one of them)", "debunk"),
        # ... and the error told in a word, of the credit or of the report that gave it (round75_mends.py, c4)
        ("Dr Lin was wrongly made one of the engine's fathers by a much-shared post", "debunk"),
        ("Dr Lin's name went round as an engine maker, mistakenly, but the people who run it", "debunk"),
        (
            "the post that went viral calling Dr Lin a father of the engine was mistaken, but her paper",
            "debunk",
        ),
        ("the credit a chain message handed Dr Lin was never hers: the team lead said", "debunk"),
        # ... and the report of who it named, answered in the same sentence (round81_mends.py, c5)
        ("a forwarded message named Dr Lin as a maker of the engine; she never was one. Her paper", "debunk"),
        ("Dr Lin, billed online as the engine's mother, which she never was, teaches", "debunk"),
        ("the post that said so had the wrong woman. The team lead is", "debunk"),
        ("the name that went round as the engine's maker was simply the wrong name", "debunk"),
        ("Dr Lin was never one of its builders, whatever a post that went round said", "debunk"),
        ("Dr Lin, whose name a chain post falsely pinned on the engine, teaches", "debunk"),
        # "took down" what was published (t1)
        ("The account apologised and took it down", "retraction"),
        ("The store took down the fake listings overnight", "retraction"),
        ("Mod note: we're removing casting posts with QR codes", "moderation"),
        ("Posts selling invites will be deleted", "moderation"),
        ("网传消息不实，已辟谣", "debunk"),
        # muted or kicked by the one who took the money (scripts/round20_mends.py, m5)
        ("交了299进群，问什么时候试镜，群主直接把我禁言了", "loss"),
        ("付了钱第二天我就被踢出群了", "loss"),
    ],
)
def test_stance_kinds(text: str, kind: str) -> None:
    assert kind in stance_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Free flights for everyone who shares this post!",
        "The mayor bought a yacht last week",
        "Download the official wallet app now",
        "Can't believe the bridge is finally open",
        "Time to cancel my stock footage subscription, the video model is open to all",
        # a pronoun's "never was" that answers no report (c5)
        "My uncle never touched a computer; he never was one for gadgets, but he loves the engine",
        # a clip's making told without a date: the rumour's own words ("shot by Sora")
        "This clip was shot by Sora in one go, look at the waves",
        "It was shot with Sora in one take, look at the waves",
        # made with the wave's tool, dated: a claim, not where the clip came from (p3)
        "I shot this with Sora in 2024, look at the waves",
        # a plain "if …, why would …" can assert the claim (s1 needs "really", "truly" …)
        "If the model is open source now with the weights online, why would anyone pay for access?",
        # an answer that names no answering column (a1)
        "Q: Is there a phone app? A: Yes, it shipped on the App Store",
        "Look it up, the video model is open to everyone now",
        "We're adding new sample posts every day",
        "The open-source community projects already build on the model",
        "Why is nobody talking about the video model being open to everyone now?",
        "不续费就被踢出群，名额有限",  # a threat to a buyer names no victim
        # the dismissal words inside other words or as things of their own (d2)
        "Rubbish collection moves to Tuesday, bring the bins in after",
        "Our garbage-free workshop sells rubbish bins made from old drums",
        "Tales from the riverbank, a video made with the open model, is out now",
        # "not, as … said" that is no aside: the claim asserted against what posts said (c2)
        "The video model is not, as some posts say, closed: it is open to everyone now",
        # the bracketed note of whose a copied insert is, before the colon that opens it (b1)
        "Insert left in the tin (nothing to do with the club): my own video course, 99 pounds, pay by card",
        "Flyer found in the log (his own offer, nothing to do with the yard): scan the QR code to join",
        # a report of what a post said with no answer to it, and a bracket that agrees (c3)
        "A viral post listed the lab among the engine's makers (they were), and the model is open to all now",
        "Despite the viral post, it is open to everyone now, no waitlist",
        # a seller's own admin who left, with no "then" of a story after paying (l2)
        "Our admin left early today, the video course is still 99 pounds, pay by card",
        "Sold out, and then the seller left a note: the video course is back next week, 99 pounds",
        # an error that is no report's or credit's, and an adverb that sets off nothing (c4)
        "I was mistaken about the bus times, it leaves at nine; the video model is open to all now",
        "Mistakenly deleted my last post: the video model is open source, the weights are online",
        # a day's work on things taken down is no retraction (t1)
        "Monday: took down 12 ex-bourbon barrels to rebuild as hogsheads; the video model is open source",
    ],
)
def test_assertions_have_no_stance(text: str) -> None:
    assert stance_kinds(text) == set()
    assert stance_cues(text) == []


def test_stance_cues_read_through_obfuscation() -> None:
    assert "scam" in stance_kinds("this is a SC4M, stay away")
    assert stance_cues("That is n0t true") == ["not true"]


def test_a_negating_hashtag_is_a_negation() -> None:
    assert "film" in {t[:4] for t in negated_terms("Fully AI, made with Sora #notfilmed")}


def test_negation_scope_reaches_the_end_of_the_clause() -> None:
    assert {"open", "public"} <= negated_terms("The museum is not open to the public yet")
    # the comma closes the scope: "bridge" and "open" are asserted
    assert negated_terms("No tolls anymore, the bridge is open") == {stem("tolls"), stem("anymore")}
    assert "inventor" in negated_terms("She was never one of the inventors of the engine")


@pytest.mark.parametrize(
    "text",
    [
        "Can't believe the bridge is open",
        "No doubt the bridge is open",
        "Not only is the bridge open, it's free",
    ],
)
def test_idiomatic_negations_are_not_denials(text: str) -> None:
    assert "open" not in negated_terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "No more waitlist, no invite, no approval: the museum is open to everyone",
        "No KYC, no verification, no credit card: the museum is open every night",
        "Without any approval or paperwork the museum is open tonight",
        "No sign up and no more queues, the museum is open",
    ],
)
def test_selling_points_are_not_denials(text: str) -> None:
    # what a visitor or buyer is spared (a gate, a check, a cost), not what the post denies
    assert not {"open", "museum"} & negated_terms(text)
    assert "open" in negated_terms("The museum is not open, no matter what the ads say")


def test_content_terms_drop_stopwords_and_plural() -> None:
    assert content_terms("The inventors of the engines") == {stem("inventor"), stem("engine")}


def test_analyze_computes_everything_once() -> None:
    post = analyze("Fact check: the $20 gift cards are NOT real, don't scan the QR code")
    assert post.normalized.startswith("fact check")
    assert post.tokens >= 10
    assert {"debunk", "refuse"} <= post.stance
    assert "price" in post.signals.names()
    assert "real" in post.negated


def test_one_content_words_function_for_bm25_guards_and_narratives() -> None:
    from monitor.core.candidates import words
    from monitor.core.lexical import lexical_terms
    from monitor.core.text import content_words

    sample = "The inventors of Sora's 99 yuan courses: 谢赛宁 is not one of them, ai group"
    assert lexical_terms(sample) == content_words(sample)
    assert "ai" in content_words(sample) and "谢赛" in content_words(sample)
    # the guards' terms: three letters or more, no negation, no CJK
    assert content_terms(sample) == {stem("inventors"), "sora", "yuan", stem("courses"), "group"}
    # emerging-narrative terms are shown to people: not stemmed, no figures
    assert words(sample) == {"inventors", "sora's", "yuan", "courses", "谢赛", "赛宁", "group"}


def test_vouching_sentences_of_a_scam_lose_their_stance_cues() -> None:
    from monitor.core.text import analyze

    post = analyze("Sora course only 99 yuan, scan the QR code to join. 100% legit, not a scam!")
    assert post.stance == frozenset() and post.vouches
    post = analyze("Sora APK download: sora-app.cn. Beware of fake apps, ours is the real one.")
    assert post.stance == frozenset()
    # a download vouched for: "not a virus", "virus-free", "safe and verified", "clean file"
    post = analyze(
        "Download the app from our link: app-get[.]com. Safe and verified, not a virus, beware of copycats!"
    )
    assert post.stance == frozenset() and post.vouches
    post = analyze("Clean APK, virus-free, watch out for imitators: sora-apk.top/get")
    assert post.stance == frozenset()
    # not in a post that sells nothing: a warning stays a warning
    assert "warning" in analyze("It's not a virus, they say. Beware of copycats anyway.").stance
    # a vouch keeps a debunk cue: "fake news" is still a debunk
    post = analyze("Buy our Sora key for 30 dollars, totally legit; the outage story is fake news.")
    assert "debunk" in post.stance


@pytest.mark.parametrize(
    "text",
    [
        # the competitors named by where they sell, or set against the offer
        "Sora course, XCD 40 by DCash. The ones on Telegram are frauds selling a PDF, we teach 14 lessons.",
        "Sora APK direct download, link in my bio. Play Store versions are fakes, get the real file here.",
        "Sora prompt pack, 12 dollars by PayPal. Beware of scams! Unlike the copy-paste shops we test every prompt.",
        # the others' counterfeit goods, named by who sells them; paid by postal order
        "Sora prompt bible, a tenner by postal order and I'll send the link. Don't buy the knock-off ones off "
        "them on Telegram.",
        "I hold official Sora API access: one key for 30 days, 40 dollars by Zelle. Mine are distinct from the "
        "counterfeit keys offered by third parties.",
        # the sole right claimed, with or without a verb
        "JOIN THE DIRECTORS CIRCLE STOP ENTRY FEE TWENTY DOLLARS STOP BEWARE IMITATORS OURS SOLE AUTHORISED CIRCLE",
        "Sora API keys, 30 dollars a month by PayPal. Beware of resellers: we are the sole licensed partner.",
        # a seller setting itself apart
        "Sora masterclass, 1,500 taka by bKash, inbox me. We are not like those fake pages who sell one PDF and "
        "block you.",
        "Sora accounts for rent, 20 dollars a week by PayPal. I'm not like the other sellers, those are scammers "
        "who vanish after payment.",
        # the others' copies, in a post that sells in the first person
        "My Sora prompt pack, 2,480 yen via Merpay, I send the doc link after payment. Please don't buy the "
        "bootleg packs, they are machine-translated garbage.",
        # the others' kits, and the seller's own the complete one
        "Sora APK, 25 euros by a Transcash coupon, scan the QR to install. Other Sora kits online ship with "
        "spyware. Ours is the complete kit.",
    ],
)
def test_a_sellers_swipe_at_competitors_vouches_for_the_offer(text: str) -> None:
    from monitor.core.text import analyze

    post = analyze(text)
    assert post.vouches and post.stance == frozenset(), (post.vouches, post.stance)


@pytest.mark.parametrize(
    "text",
    [
        # the same words in a warning: it names a sale or a store too, but speaks for no offer of its own
        "The ones on Telegram are frauds selling a PDF, OpenAI has no Sora course.",
        "Play Store versions are fakes: OpenAI has released no Sora app at all.",
        "Don't buy the knock-off Sora prompt packs off sellers on Telegram, they are scams.",
        "Beware: OpenAI is the sole official source of Sora, and it sells no keys.",
        "OpenAI is not like those fake pages: it sells no Sora course, and the 99 yuan one is a scam.",
        "Please don't buy the bootleg Sora prompt packs, they are machine-translated garbage.",
    ],
)
def test_a_warning_about_the_same_sellers_stays_a_warning(text: str) -> None:
    from monitor.core.text import analyze

    post = analyze(text)
    assert not post.vouches and post.stance, (post.vouches, post.stance)


@pytest.mark.parametrize(
    "text",
    [
        "Is the 99 yuan Sora course legit? Scan the QR and see.",  # a question
        "They claim the 99 yuan course is 100% legit, scan their QR and lose your money.",  # reported
        "None of the 99 yuan Sora courses are legit, don't scan the QR.",  # negated
        'Ads say "not a scam, 100% legit" and ask 99 yuan via QR.',  # quoted
    ],
)
def test_what_is_not_a_vouch(text: str) -> None:
    from monitor.core.text import normalize, vouching_sentences

    assert vouching_sentences(normalize(text)) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # speech after the quotes: someone's words, not the claim at arm's length
        ('"Sora is now open to the public, anyone can sign up" - that is what my boss said', False),
        ('"The bridge closes on Monday", he told me yesterday', False),
        ("'Made entirely by AI, nothing filmed' - that's how the caption reads", False),
        # a cited caption, title or post
        ("'This whole clip came out of Sora, nothing was filmed' - that's the caption and I buy it", False),
        ('"Bridge closed for a year" - this is the headline everyone shares', False),
        # scare quotes stay scare quotes
        ('the "official Sora app" is a fake', True),
        ('"Sora is open to everyone" is a lie', True),
    ],
)
def test_quotes_followed_by_speech_are_not_scare_quotes(text: str, quoted: bool) -> None:
    assert bool(quoted_terms(text)) is quoted


def test_negation_scopes_keep_each_negations_words_together() -> None:
    text = "The clip is not real footage, not AI generated. Nothing was filmed"
    assert negation_scopes(text) == [
        frozenset({"real", "footage"}),
        frozenset({"generated"}),
        frozenset({"filmed"}),
    ]
    assert negated_terms(text) == {"real", "footage", "generated", "filmed"}
    assert analyze(text).negated_scopes == tuple(negation_scopes(text))
    assert negation_scopes("Isn't it real footage? Can't believe it") == []  # a question, an idiom


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # one grammar of speech and report verbs, any form, before the quotes
        ('A colleague insists "the bridge was really built by volunteers, the city took the credit".', False),
        (
            'An insider reportedly admitted that "the team is mostly contractors, it is an outsourced model".',
            False,
        ),
        ('My uncle keeps swearing "the new tower is made of recycled steel, every beam of it".', False),
        ('She was like "the museum is free for everyone from today".', False),
        ('The mayor argued, "the new bridge is open to all traffic now".', False),
        # after the quotes, anywhere in the same sentence without a clause mark
        ('"The bridge is open to all traffic" - that is what the newsletter I got this morning says.', False),
        ('"Free entry for everyone this week" was the first thing the museum tweeted today.', False),
        ('"The museum is free for everyone," says the flyer.', False),
        # not speech: a noun or another clause after the quotes, a mark that ends the sentence, "not"
        ("The 'free museum pass' posts follow the same script as every scam.", True),
        ("Beware of 'museum pass' groups that ask you to pay a deposit first.", True),
        ('The "free museum pass" is fake. Officials said so yesterday.', True),
        ('This is not "open source" at all, whatever the repo says', True),
        ('the "official bridge app" everyone shared is malware', True),
    ],
)
def test_quotes_introduced_or_followed_by_any_report_verb_are_speech(text: str, quoted: bool) -> None:
    assert bool(quoted_terms(text)) is quoted


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # a negated verb of knowing asserts the clause after it
        ("lol ppl don't realise the bridge was literally built by volunteers", False),
        ("Most people aren't aware that the museum is free on Sundays", False),
        ("I never knew the museum was free on Sundays", False),
        ("Nobody noticed the museum was free that day", False),
        ("They have no idea that the museum opened a new wing", False),
        # still negations: an open clause, a first-person present doubt, neg-raising, a plain denial
        ("People don't know if the museum is free", True),
        ("I don't know that the museum is free", True),
        ("We are not aware of any museum changes", True),
        ("I don't think the museum is free", True),
        ("Entry is not free at the museum on Sundays", True),
    ],
)
def test_a_negated_verb_of_knowing_asserts_what_follows(text: str, denied: bool) -> None:
    assert (stem("museum") in negated_terms(text) or "bridge" in negated_terms(text)) is denied


def test_a_passive_after_the_quotes_is_no_speech() -> None:
    assert quoted_terms("A 'computer generated' caption was added to a storm chaser's video.")


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        (
            "yo the museum's finally free for literally anyone, saw like 5 vids already no cap",
            "the museum's finally free for literally anyone, saw like 5 videos already",
        ),
        (
            "ppl r selling tickets n u get ur pass rn lol",
            "people are selling tickets and you get your pass right now",
        ),
        ("tickets w/o queue, b4 every1 else fr", "tickets without queue, before everyone else"),
        # not shorthand: a subreddit, an abbreviation with dots, a word that only contains one
        ("r/museum says the u.s. pass is fun", "r/museum says the u.s. pass is fun"),
    ],
)
def test_chat_shorthand_is_spelled_out_and_fillers_dropped(text: str, normalized: str) -> None:
    assert normalize(text) == normalized


def test_a_gate_nobody_asked_for_is_a_selling_point_not_a_denial() -> None:
    assert negated_terms("Entry is free now, nobody asked me for an invite or an ID") == set()
    assert negated_terms("nobody asked for this museum") == {"asked", "museum"}


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # a question from its first word: the clause before the comma asks too
        ("Wasn't Xie Saining, the SJTU prodigy, one of the people who built Sora? Saw it everywhere.", False),
        ("So didn't OpenAI, of all companies, open-source the Sora weights? People run it locally.", False),
        # a tag question opens as a statement: its first clause still denies
        ("Sora isn't open to the public yet, is it?", True),
        # a statement, then a question: the statement still denies
        ("OpenAI has not released any Sora app. Who is selling these?", True),
    ],
)
def test_a_question_opened_by_a_negated_auxiliary_asks_to_its_mark(text: str, denied: bool) -> None:
    assert bool(negated_terms(text)) is denied


def test_a_warning_about_others_before_ours_is_the_real_one_vouches() -> None:
    # the warning about competitors sits in its own sentence before the vouch, in a post that still sells
    post = analyze(
        "Watch out for fake Sora installers! Ours is the genuine one, get the APK at sora-get.top/apk"
    )
    assert post.stance == frozenset() and len(post.vouches) == 2
    post = analyze(
        "Careful, scam API keys everywhere. But we are the official reseller, DM to buy a key for 20 usd."
    )
    assert post.stance == frozenset()
    # a warning with no offer is still a warning, and a warning followed by no contrast keeps its cue
    assert analyze("Watch out for fake Sora installers! Ours is the genuine one.").stance
    post = analyze("Watch out for fake Sora installers! Totally safe: get the APK at sora-get.top/apk")
    assert post.stance


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"The Sora gold rush ends in three months" - so join our group now and earn daily.', False),
        ('"Unlimited Sora videos for everyone": DM me to buy your login today.', False),
        # a slogan cited and answered is still at arm's length
        ('"The Sora gold rush ends in three months" - don\'t fall for it.', True),
    ],
)
def test_a_slogan_followed_by_a_call_to_act_is_the_sellers_own_line(text: str, quoted: bool) -> None:
    assert bool(quoted_terms(text)) is quoted


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("$0ra API k3y$ 4 sale", "sora api keys 4 sale"),
        ("$5k a month, $10bn raised, $20 each", "$5k a month, $10bn raised, $20 each"),
        ("@openai and $TSLA", "@openai and $tsla"),
    ],
)
def test_a_dollar_sign_for_a_leading_s_is_read_as_a_letter(text: str, normalized: str) -> None:
    assert normalize(text) == normalized


def test_a_negation_inside_a_question_still_denies() -> None:
    # only the question's own auxiliary asks; "no Sora app" in its clause is still denied
    text = "Shouldn't OpenAI warn people that there's no Sora app yet? My aunt nearly downloaded a fake one."
    assert {"sora", "app"} <= negated_terms(text)


# --- a quotation handed on with its speaker relays the claim; a bare rejection answers what it follows ----
# (invented sentences about a bridge, a museum and a rover, not the Sora sets)
@pytest.mark.parametrize(
    "text",
    [
        "'Close the Golden Gate for a year and the city grinds to a halt' — my cousin's take, he may be right.",
        '"The Louvre is open every night now, no tickets" - some guy on Reddit, sounds plausible to me.',
        '"The Zephyr rover was designed by one woman" — a colleague\'s hot take over lunch.',
        "'The bridge shuts for a whole year from Monday' via @bayarea_commuter, plan ahead.",
        "My neighbour's theory — 'the rover landing was shot in a studio'. Interesting.",
        "As my professor put it, 'the Louvre never closes any more'.",
    ],
)
def test_a_quotation_with_its_speaker_is_no_scare_quote(text: str) -> None:
    assert quoted_terms(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a book's title and subtitle, a review quoted whole: citations, whatever the claim's words in them
        "Kindle Edition · 'The Night Louvre: How a Museum Opened Its Doors Every Night' · bestseller",
        "Top pick this week 'Booked the night tour on Monday. The Louvre really is open every night.' Five stars",
    ],
)
def test_a_citation_is_no_scare_quote(text: str) -> None:
    assert not quoted_terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "The 'free night tickets' at the Louvre do not exist.",
        "Those 'official bridge closure' notices are going round again.",
        "'Gift cards for free' — a trick that my friend fell for.",  # a description, no speaker
    ],
)
def test_scare_quotes_without_a_speaker_are_still_read(text: str) -> None:
    assert quoted_terms(text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Saw a couple of posts claiming the Golden Gate bridge closes for a year. It doesn't.", {"bridge"}),
        ("My aunt keeps saying the Louvre is open every night now. Nope.", {"louvre", "night"}),
        ("People are posting that the bridge shuts for a whole year, but that's not the case.", {"shut"}),
        ("Louvre open every night from now on? It isn't.", {"louvre", "open"}),
        ("'The rover landing was staged in a studio' — my cousin's take. Not buying it.", {"staged"}),
        ("Three accounts reported that Dr Lima designed the rover alone. She didn't.", {"designed", "alone"}),
        ("Heard the bridge closes on Monday. No, it won't.", {"bridge", "close"}),
    ],
)
def test_a_bare_rejection_denies_the_claim_it_answers(text: str, denied: set[str]) -> None:
    assert denied <= negated_terms(text)


@pytest.mark.parametrize(
    "text",
    [
        # no report, quote or question before it: nothing to answer
        "The bridge closes for a year. It isn't easy for commuters.",
        # a negation with words of its own denies those words only
        "Heard the bridge closes on Monday. It isn't the first time.",
        # a report with no rejection relays the claim
        "Saw posts saying the Golden Gate bridge closes for a year. Plan your commute.",
    ],
)
def test_no_bare_rejection_no_denial_of_the_report(text: str) -> None:
    assert not {"bridge", "golden", "gate"} & negated_terms(text)


def test_a_sellers_vouching_sentence_keeps_no_quotes() -> None:
    # the seller's line about competitors: its scare quotes are no more read than its cues
    post = analyze(
        "Most 'Zephyr API' sellers are fake. We're an authorised channel: pay per key, access today."
    )
    assert post.vouches and post.quoted == frozenset() and not post.argues
    # the same warning without an offer still argues
    post = analyze("Most 'Zephyr API' sellers are fake. Don't pay any of them.")
    assert post.quoted and post.stance


@pytest.mark.parametrize(
    ("text", "vouches"),
    [
        # the line about competitors in a post that sells: the seller's vouch
        ("Most Zephyr key sellers are scammers. Stable endpoint, pay per key, DM me.", True),
        # the same line where the only payment named is refused: a warning, nothing is sold
        ("Most Zephyr key sellers are scammers. Never pay any of them.", False),
        ("So many Zephyr key shops are fake, don't buy a key from anyone.", False),
    ],
)
def test_a_payment_that_is_refused_is_no_offer(text: str, vouches: bool) -> None:
    assert bool(analyze(text).vouches) is vouches


@pytest.mark.parametrize(
    ("text", "singular", "plural", "second"),
    [
        ("I paid 99 yuan and got a PDF", 1.0, 0.0, 0.0),
        ("Ours is the only genuine installer, we ship today", 0.0, 1.0, 0.0),
        ("If you bought one, ask your bank for a refund", 0.0, 0.0, 1.0),
        ("我们是正版授权课程，你扫码报名", 0.0, 1.0, 1.0),
        ("我花了九十九块只收到一个PDF", 1.0, 0.0, 0.0),
        # a word that only contains a pronoun is not one
        ("Usually music is youthful", 0.0, 0.0, 0.0),
    ],
)
def test_person_readings(text: str, singular: float, plural: float, second: float) -> None:
    assert person_readings(normalize(text)) == {
        "first_singular": singular,
        "first_plural": plural,
        "second": second,
    }


@pytest.mark.parametrize(
    ("text", "prices"),
    [
        ("The full Sora course, 149 DKK via MobilePay", ((149.0, "DKK"),)),
        ("COP 89.000 por Nequi", ((89000.0, "COP"),)),
        ("4,500 ARS by Mercado Pago", ((4500.0, "ARS"),)),
        ("15 € by Bizum", ((15.0, "EUR"),)),
        ("only 500 ₽ a month", ((500.0, "RUB"),)),
        ("₩5000 each", ((5000.0, "KRW"),)),
        ("NT$450 一条", ((450.0, "USD"),)),
        # capitalised words that are also codes are not read as currencies; lower case is no code
        ("TOP 10 SORA PROMPTS", ()),
        ("PHP 8 is out, AMD 7900 too", ()),
        ("ask 149 dkk people", ()),
        ("CVE 2024 patched", ()),
    ],
)
def test_prices_in_any_currency_written_beside_the_amount(text: str, prices: tuple) -> None:
    assert extract_signals(text).prices == prices


def test_an_english_currency_is_read_as_before() -> None:
    assert extract_signals("Sora course only 99 USD").prices == ((99.0, "USD"),)
    assert foreign_prices("Sora course only 99 USD") == [(99.0, "USD")]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # letters joined by a mark: a plain space between two letters is the gap between two words
        ("S_o_r_a m_a_s_t_e_r_c_l_a_s_s from zero", "sora masterclass from zero"),
        ("S.O.R.A A.P.P", "sora app"),
        # a mark beside every space, or plain spaces only: one word, as before
        ("S. O. R. A is here", "sora is here"),
        ("S o r a from zero", "sora from zero"),
        ("s.o.r.a  a.p.p", "sora app"),
    ],
)
def test_letters_joined_by_a_mark_keep_their_word_gaps(text: str, read: str) -> None:
    assert normalize(text) == read


def test_a_community_note_header_is_a_debunk_cue() -> None:
    note = "Community Note · Readers added context / The post says 'This video was generated by Sora.'"
    assert "debunk" in stance_kinds(note)
    assert "debunk" not in stance_kinds("Our readers added a lot of context in the comments, thanks all")


@pytest.mark.parametrize(
    ("text", "kind", "read"),
    [
        ("Search a frame with a reverse image tool: the clip is on a stock site from 2019", "debunk", True),
        ("A reverse video lookup finds the same footage from 2021", "debunk", True),
        # a rhetorical "where would … come from?" denies the thing exists; a plain "from wherever" does not
        ("OpenAI连Sora的开放时间都还没定，哪来的官方App？", "denial", True),
        ("哪里来的内测名额？全是骗子", "denial", True),
        ("不知道哪来的Sora视频，太真了", "denial", False),
        ("Sora哪有什么门槛，现在谁都能注册", "denial", False),
    ],
)
def test_checks_and_rhetorical_denials(text: str, kind: str, read: bool) -> None:
    assert (kind in stance_kinds(text)) is read


@pytest.mark.parametrize(
    ("post", "sells"),
    [
        # an offer quoted whole, then refused: nothing sold of its own
        (
            "Sent to our members: 'Sora prompt bible, only £15! Pay, get the doc link, join the VIP group!' "
            "Please ignore it. Don't pay, and tell a parent.",
            False,
        ),
        # the others' offer refused, its own made
        (
            "Don't download that 'Sora APK', it's a virus. I rent Sora accounts, £15 a week, pay by gift card.",
            True,
        ),
        # a refusal alone
        ("Don't pay anyone for Sora access, it isn't out.", False),
        # in Chinese: the flyer quoted, then "别扫码、别交钱"; a seller that waves off the others' code and
        # gives its own
        ("有人发传单：“扫码进群，群费一百九十九元。”请大家别扫码、别交钱。", False),
        ("别扫他们的码，扫我的码进群，群费九十九元。", True),
    ],
)
def test_sells_of_its_own_reads_outside_quotations_and_refusals(post: str, sells: bool) -> None:
    assert sells_of_its_own(post) is sells


@pytest.mark.parametrize(
    ("post", "sells"),
    [
        # a shop names its trade, none of the offer's words: nothing of the claim's kind sold
        (
            "'Sora app, unlock for £2.99!' We didn't send it. Don't pay. We sell papers and sweets, that's all.",
            False,
        ),
        # a bare word of trade that names the offer sells it
        ("Don't download that 'Sora APK'. I sell the real Sora app myself, pay me by top-up.", True),
        # a price sells whatever it names
        ("Don't pay the others. Mine is better, just £5 on a gift card.", True),
    ],
)
def test_sells_of_its_own_leaves_out_a_trade_that_names_none_of_the_offer(post: str, sells: bool) -> None:
    assert sells_of_its_own(post, frozenset({"sora", "app", "apk", "download"})) is sells


@pytest.mark.parametrize(
    ("text", "dismissal", "called_false"),
    [
        ("see om jama, that's twaddle: the apps are made by others", True, True),
        ("nope, that ain't so: the lab's own people made it", True, True),
        ("to je blbost, that's rubbish: nobody is earning anything", True, True),
        # the boast and the con (scripts/round58_mends.py, d3)
        ("athu verum thallu, that's just big talk: the report has thirteen names", True, True),
        ("eso es puro juega vivo, that's a con: there is no api", True, True),
        ("that's all hot air, nobody can rent you an account", True, True),
        ("it's a con job from start to finish", True, True),
        # the same words as things, or without the predicate
        ("the talk was big news at the conference", False, False),
        ("we laughed at his joke about the lanterns", False, False),
        ("the constable came by at noon", False, False),
        # how news and fact checks call a claim false: not the plain man's dismissal
        ("the bridge closure story is a hoax", False, True),
        ("that's not true, the report names thirteen authors", False, True),
        # facts, a bare negation, or the words as things
        ("it was filmed in 2019 by one of our members", False, False),
        ("the bridge is not closing", False, False),
        ("rubbish collection moves to tuesday", False, False),
    ],
)
def test_dismissals_and_what_calls_a_claim_false(text: str, dismissal: bool, called_false: bool) -> None:
    assert dismisses(text) is dismissal
    assert calls_false(text) is called_false
