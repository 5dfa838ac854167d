"""Claims in passing (clause scoring) and the predicate a claim about a named person needs.

Cases written for these tests, about an invented wave (a "Lumen" model, "Priya Raman"), apart from every
labelled set."""

from __future__ import annotations

from monitor.core.matching import Hit, MatchPolicy, claim_names, claim_predicate, guarded_templates
from monitor.core.models import Template
from monitor.core.segments import (
    _clause_spans,
    best_positive,
    clause_form_ok,
    clause_hits,
    clause_script_ok,
    clause_worth_scoring,
    lifting_clause,
    merge_hits,
    raises_any,
    readable_clauses,
    segment_discount,
    segments,
)
from monitor.core.text import analyze, normalize, quoted_spans


def _t(tid: str, text: str, examples: tuple[str, ...] = ()) -> Template:
    return Template(id=tid, category="rumour", severity="medium", text=text, examples=examples)


CATALOGUE = {
    t.id: t
    for t in (
        _t(
            "lumen-inventor",
            "Priya Raman, a graduate of Delft University, single-handedly invented the Lumen video model.",
            (
                "Lumen was invented by Priya Raman, the Delft prodigy.",
                "The creator of Lumen is Priya Raman, class of Delft.",
            ),
        ),
        _t(
            "lumen-open",
            "The Lumen video model is now open to everyone for free.",
            ("Lumen is free for all now.",),
        ),
        _t("lumen-app", "Download the Lumen app from this link today.", ("Lumen app download link in bio.",)),
        _t("lumen-api", "Buy an official Lumen API key from us.", ("Lumen API keys for sale, DM me.",)),
    )
}


def test_a_long_post_is_cut_into_its_clauses_short_ones_joined():
    text = normalize(
        "Weekend recap: the bakery ran out of bread, my sister visited, and Lumen went free for everyone "
        "so I made a clip of the cat."
    )
    parts = segments(text)
    # the clause with the claim is scored without the bakery and the cat
    assert any(p.endswith("lumen went free for everyone") for p in parts), parts
    # "weekend recap" (two words) is joined to the clause after it, never scored alone
    assert not any(p == "weekend recap" for p in parts)
    assert all(len(p.split()) >= 4 for p in parts)


def test_a_short_or_single_clause_post_has_no_segments():
    assert segments(normalize("Lumen is free for everyone now, go try it.")) == []
    assert (
        segments(
            normalize(
                "I honestly think the new Lumen model that everyone keeps posting about is a lot of fun to play with"
            )
        )
        == []
    )


def test_merge_keeps_the_best_cosine_per_exemplar_less_the_discount():
    whole = [Hit("lumen-open", "text", 0, "x", 0.60), Hit("lumen-app", "text", 0, "y", 0.55)]
    clause = [Hit("lumen-open", "text", 0, "x", 0.85), Hit("lumen-app", "text", 0, "y", 0.50)]
    merged = {(h.template_id, h.kind): h.score for h in merge_hits(whole, [clause], 0.05)}
    assert abs(merged[("lumen-open", "text")] - 0.80) < 1e-9  # the clause carries the claim
    assert merged[("lumen-app", "text")] == 0.55  # the whole post was closer


def test_merge_leaves_negatives_at_the_whole_post_unless_asked():
    whole = [Hit("lumen-open", "negative", 0, "n", 0.50)]
    clause = [Hit("lumen-open", "negative", 0, "n", 0.90), Hit("lumen-app", "negative", 1, "m", 0.70)]
    merged = merge_hits(whole, [clause], 0.0)
    assert [(h.template_id, h.score) for h in merged] == [("lumen-open", 0.50)]
    with_negatives = merge_hits(whole, [clause], 0.0, negatives=True)
    assert with_negatives[0].score == 0.90 and len(with_negatives) == 2


def test_the_lifting_clause_is_the_one_that_beat_the_whole_post_for_the_template():
    whole = [Hit("lumen-open", "text", 0, "x", 0.60), Hit("lumen-app", "text", 0, "y", 0.70)]
    clauses = ["the cafe is shut", "lumen opened to everyone", "lumen is open to all now"]
    parts = [
        [Hit("lumen-open", "text", 0, "x", 0.30)],
        [Hit("lumen-open", "text", 0, "x", 0.80), Hit("lumen-app", "text", 0, "y", 0.60)],
        [Hit("lumen-open", "text", 1, "z", 0.84), Hit("lumen-open", "negative", 0, "n", 0.99)],
    ]
    clause, cosine = lifting_clause(whole, clauses, parts, "lumen-open", 0.05)
    assert clause == "lumen is open to all now" and abs(cosine - 0.79) < 1e-9  # less the discount, as merged
    assert lifting_clause(whole, clauses, parts, "lumen-app", 0.05) is None  # the whole post was closer
    assert lifting_clause(whole, clauses, parts, "lumen-course", 0.05) is None
    # a negative exemplar's cosine never counts as the claim
    assert (
        lifting_clause([], ["x"], [[Hit("lumen-open", "negative", 0, "n", 0.9)]], "lumen-open", 0.0) is None
    )


def test_merge_sorts_best_first():
    merged = merge_hits([Hit("a", "text", 0, "a", 0.3)], [[Hit("b", "text", 0, "b", 0.9)]], 0.0)
    assert [h.template_id for h in merged] == ["b", "a"]


def test_a_claim_names_a_person_by_two_words_written_capitalised_in_its_texts():
    assert claim_names(CATALOGUE["lumen-inventor"], CATALOGUE) >= {"priya", "raman"}
    # one capitalised word (an acronym, a product) is no person
    assert claim_names(CATALOGUE["lumen-api"], CATALOGUE) == frozenset()
    assert claim_names(CATALOGUE["lumen-open"], CATALOGUE) == frozenset()


def test_a_true_fact_about_the_named_person_lacks_the_predicate():
    topic = frozenset({"lumen"})
    inventor = CATALOGUE["lumen-inventor"]
    fact = analyze(
        "Priya Raman wrote that if something like Lumen launches in Europe, regulators will be busy."
    )
    assert claim_predicate(fact, inventor, CATALOGUE, topic) is False


def test_the_claim_in_other_words_keeps_its_predicate_across_inflections():
    topic = frozenset({"lumen"})
    inventor = CATALOGUE["lumen-inventor"]
    for text in (
        "Priya Raman co-inventing Lumen at Delft is the story of the year",
        "Big respect: Priya Raman, the inventor of Lumen!",
        "The Delft grad who created Lumen? Priya Raman.",
    ):
        assert claim_predicate(analyze(text), inventor, CATALOGUE, topic) is True, text


def test_a_post_without_the_name_or_a_claim_without_one_is_not_judged():
    topic = frozenset({"lumen"})
    assert (
        claim_predicate(
            analyze("Lumen was invented by a lone genius"), CATALOGUE["lumen-inventor"], CATALOGUE, topic
        )
        is None
    )
    assert (
        claim_predicate(analyze("Lumen is free for everyone"), CATALOGUE["lumen-open"], CATALOGUE, topic)
        is None
    )


# A clause lifts a post only where its own reading passes (clause_form_ok, clause_hits): a supposition, a
# question or a quotation is not read alone, and a guard that stops a template on the clause alone keeps
# that template's clause cosines out. The form is the clause's sentence's: every clause of a conditional
# sentence is left to the whole post.


def test_a_clause_that_says_something_is_read_alone():
    text = normalize(
        "Weekend recap: the bakery ran out of bread, my sister visited, and Lumen went free for everyone "
        "so I made a clip of the cat."
    )
    kept = readable_clauses(text, frozenset({"lumen"}))
    assert any(c.endswith("lumen went free for everyone") for c in kept), kept


def test_a_supposed_asked_or_quoted_clause_is_not_read_alone():
    name = frozenset({"lumen"})
    for raw in (
        # a condition: the clause "if lumen went free for everyone" only supposes the claim
        "Weekend recap: the bakery ran out of bread, my sister visited, and if Lumen went free for everyone "
        "I would make a clip of the cat.",
        # a question asks it
        "Weekend recap: the bakery ran out of bread, my sister visited, so has Lumen really gone free for "
        "everyone now?",
        # a quotation relays it
        "Weekend recap: the bakery ran out of bread, my sister visited, and my uncle forwarded 'Lumen went "
        "free for everyone' again.",
    ):
        text = normalize(raw)
        assert segments(text), raw  # the post is cut into clauses ...
        kept = readable_clauses(text, name)
        assert not any("free for everyone" in c for c in kept), (raw, kept)  # ... the claim's is not read
    # a post that does not name the wave gives none
    assert (
        readable_clauses(normalize("Weekend recap: " * 3 + "the bakery ran out, my sister visited."), name)
        == []
    )


def test_clause_form_reads_the_clause_sentence_only():
    text = normalize(
        "If it rains we stay home. Lumen went free for everyone, my sister says, so we made clips."
    )
    spans = {t: (lo, hi) for t, lo, hi in _clause_spans(text)}
    lo, hi = next(v for t, v in spans.items() if "lumen went free" in t)
    assert clause_form_ok(text, lo, hi)  # the condition is the sentence before
    lo, hi = next(v for t, v in spans.items() if t.startswith("if it rains"))
    assert not clause_form_ok(text, lo, hi)


def test_a_guard_on_the_clause_own_reading_keeps_its_template_out():
    policy = MatchPolicy()
    open_ = CATALOGUE["lumen-open"]
    negative = "Lumen is not free for everyone, it is a paid plan."
    catalogue = {**CATALOGUE, "lumen-open": open_.model_copy(update={"negatives": (negative,)})}
    said = [Hit("lumen-open", "claim", 0, open_.text, 0.80)]
    # the clause's own look-alike is closer than the claim: the negative guard stops it on the clause
    denied = [*said, Hit("lumen-open", "negative", 0, negative, 0.86)]
    assert guarded_templates("lumen is not free for everyone it is paid", denied, catalogue, policy) == {
        "lumen-open"
    }
    assert guarded_templates("lumen went free for everyone", said, catalogue, policy) == frozenset()
    out = clause_hits(
        ["lumen is not free for everyone it is paid", "lumen went free for everyone"],
        [denied, said],
        catalogue,
        policy,
    )
    assert out == [[], said]


def test_only_a_post_its_whole_text_leaves_without_an_alert_and_near_a_claim_is_split():
    assert clause_worth_scoring(False, 0.5, 0.35)
    assert clause_worth_scoring(False, 0.35, 0.35)  # the floor itself is near enough
    assert not clause_worth_scoring(False, 0.34, 0.35)  # nowhere near a claim
    assert not clause_worth_scoring(True, 0.5, 0.35)  # alerts already: a clause could only swap it


def test_best_positive_reads_the_positive_exemplars_only():
    hits = [
        Hit("a", "negative", 0, "n", 0.9),
        Hit("a", "example", 0, "e", 0.6),
        Hit("b", "claim", 0, "c", 0.4),
    ]
    assert best_positive(hits) == 0.6
    assert best_positive([Hit("a", "negative", 0, "n", 0.9)]) == -1.0
    assert best_positive([]) == -1.0


def test_a_chinese_post_is_split_only_where_the_policy_names_its_script():
    name = frozenset({"lumen"})
    english = normalize(
        "Weekend recap: the bakery ran out of bread, my sister visited, and Lumen went free for everyone "
        "so I made a clip of the cat."
    )
    chinese = normalize(
        "【周末回顾】\n面包店的面包卖光了，我姐姐来看我了。\n听说Lumen已经对所有人免费开放了，我给猫做了一段视频。\n"
        "晚上我们一起去公园散步，还看了一部很长的电影。"
    )
    japanese = normalize(
        "週末のまとめ：パン屋のパンが売り切れた。Lumenがみんなに無料で公開されたので、猫の動画を作った。"
    )
    assert clause_script_ok(english) and readable_clauses(english, name)
    # the bare default (ALPHABETIC_ONLY; the worker's policy adds zh with MONITOR_SEGMENT_CHINESE, on by
    # default): a Chinese post keeps its whole-text path
    assert not clause_script_ok(chinese)
    assert readable_clauses(chinese, name) == []
    both = frozenset({"alphabetic", "zh"})
    assert clause_script_ok(chinese, both)
    # of its sentences, only the one that names the wave is scored
    assert readable_clauses(chinese, name, both) == ["听说lumen已经对所有人免费开放了,我给猫做了一段视频"]
    # Japanese and Korean are never split: no split was written or judged for them
    assert not clause_script_ok(japanese, both | {"ja"})


def test_a_chinese_post_is_cut_at_sentence_ends_and_lines_not_at_commas():
    text = normalize(
        "【业主群通知】\n本周六上午九点，物业统一清洗楼道，请大家把鞋柜收回家。\n另外，Lumen的发明者是代尔夫特毕业的普丽娅，"
        "她一个人做出来的！\n停车位续费请到物业办公室。"
    )
    parts = segments(text)
    # a line of the notice, a sentence ending in "!" and the next line are clauses; the commas inside a
    # sentence are not cuts, and the short heading (under eight characters) is joined to the line after it
    assert parts == [
        "【业主群通知】 本周六上午九点,物业统一清洗楼道,请大家把鞋柜收回家",
        "另外,lumen的发明者是代尔夫特毕业的普丽娅,她一个人做出来的",
        "停车位续费请到物业办公室",
    ]
    # a space beside a Latin word is not a line break: "原来 Lumen 是" stays one sentence
    one = normalize(
        "原来 Lumen 是普丽娅一个人发明的，她是代尔夫特的毕业生，我们学校的骄傲，大家转发一下让更多人知道。"
    )
    assert all("lumen" not in p or p.startswith("原来 lumen 是") for p in segments(one) or [one])


def test_a_supposed_or_asked_chinese_sentence_is_not_read_alone():
    name = frozenset({"lumen"})
    both = frozenset({"alphabetic", "zh"})
    text = normalize(
        "【班级群】明天春游，早上八点校门口集合，记得带水。\n如果Lumen真的对所有人免费开放了，我们就用它做班级视频。\n"
        "Lumen是不是已经对所有人免费开放了？\n回家作业：日记一篇。"
    )
    assert readable_clauses(text, name, both) == []


def test_the_clause_discount_follows_the_post_script():
    policy = MatchPolicy(segment_discount=0.05, segment_discount_zh=0.01)
    assert segment_discount(policy, normalize("Lumen went free for everyone, so I made a clip.")) == 0.05
    assert (
        segment_discount(policy, normalize("听说Lumen已经对所有人免费开放了，我给猫做了一段视频。")) == 0.01
    )


def test_clause_form_reads_the_quotes_it_is_given_as_it_finds_them():
    text = normalize(
        "Weekend recap: my uncle forwarded 'Lumen went free for everyone' again, my sister visited, and the "
        "bakery on the corner ran out of bread."
    )
    quotes, spans = quoted_spans(text), _clause_spans(text)
    assert quotes and len(spans) >= 2
    got = [clause_form_ok(text, lo, hi, quotes) for _, lo, hi in spans]
    assert got == [clause_form_ok(text, lo, hi) for _, lo, hi in spans]
    assert False in got and True in got  # the quoted clause is not read alone, the others are


def test_a_clause_raises_the_post_only_over_its_cosine_less_the_discount_and_never_by_a_negative():
    whole = [Hit("lumen-open", "text", 0, "x", 0.60)]
    assert raises_any(whole, [Hit("lumen-open", "text", 0, "x", 0.70)], 0.05)  # 0.65 > 0.60
    assert not raises_any(whole, [Hit("lumen-open", "text", 0, "x", 0.64)], 0.05)  # 0.59: the post's stays
    assert raises_any(whole, [Hit("lumen-app", "text", 0, "y", 0.30)], 0.05)  # an exemplar the post missed
    assert not raises_any(whole, [Hit("lumen-app", "negative", 0, "n", 0.99)], 0.0)
    # a clause that raises nothing merges to the post's own hits: skipping it changes no decision
    assert merge_hits(whole, [[Hit("lumen-open", "text", 0, "x", 0.64)]], 0.05) == whole


def test_a_clause_that_raises_nothing_is_not_read_by_the_guards():
    whole = [Hit("lumen-open", "text", 0, "x", 0.90)]
    weak = [Hit("lumen-open", "text", 0, "x", 0.80)]
    read = clause_hits(["lumen is open to everyone now"], [weak], CATALOGUE, MatchPolicy())
    assert read == [weak]  # without the post's hits every clause is read and kept when no guard stops it
    assert clause_hits(["lumen is open to everyone now"], [weak], CATALOGUE, MatchPolicy(), whole, 0.05) == [
        []
    ]


def test_late_clauses_that_name_the_wave_are_scored_only_when_asked():
    name = frozenset({"lumen"})
    text = normalize(
        "Parish newsletter. Monday: choir practice at seven. Tuesday: the food bank needs tins. "
        "Wednesday: knit and natter in the hall. Thursday: the boiler man comes at nine. "
        "Friday: fish and chips for the youth club. Saturday: the jumble sale, bring bags. "
        "Sunday: the vicar says Lumen is free for everyone now, so the youth club will make a film. "
        "Next week: the harvest supper."
    )
    first = readable_clauses(text, name)
    assert len(first) == 6 and not any("lumen" in c for c in first)  # the claim sits after the sixth clause
    late = readable_clauses(text, name, late=True)
    assert late[:6] == first
    # the clause that names the wave and the one after it, nothing else from the tail
    assert len(late) == 8 and "lumen is free for everyone now" in late[6]
    assert late[7] == "the youth club will make a film"
