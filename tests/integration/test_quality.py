"""Matching quality with the real model, through ``run_eval`` (the worker's Processor.decide_posts):

* the demo's labelled posts (paraphrases, obfuscations, debunks, benign look-alikes) against its catalogue:
  precision, recall, and no alert on a debunk. IN-SAMPLE: the default threshold, the stance and idiom cue
  lists were chosen while looking at this set, so "0 of 47 debunks" is not a generalisation figure;
* the harder English sets written from the seeds: the tuning part and the first two held-out sets (all
  seen: rules were designed on them) and the third held-out set (unseen: nothing was chosen on it);
* 50 CheckThat! 2022 dev tweets against their gold claims among 250 fixed distractors: MAP@5;
* the Redis index and the in-memory one give the same report.

Bounds sit a little under the figures in docs/QUALITY.md and docs/history/QUALITY-ROUNDS.md, so that a real
regression fails them."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from monitor.config import Settings
from monitor.core.text import normalize, tokenize
from monitor.tools.evaluate import match_set, run_eval

from ..conftest import ROOT

pytestmark = [pytest.mark.integration]

DEMO = ROOT / "monitor" / "demo"
CHECKTHAT = ROOT.parent / "shared" / "data" / "claim-matching" / "checkthat2022-2a-en"


@pytest.fixture(scope="module")
def state_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vector cache for the module: the demo exemplars are embedded once."""
    return tmp_path_factory.mktemp("quality-state")


def _demo_report(settings: Settings, embedder: Any, index: str = "memory") -> dict[str, Any]:
    return run_eval(
        settings,
        DEMO / "templates.jsonl",
        DEMO / "posts.jsonl",
        DEMO / "qrels.tsv",
        index=index,
        embedder=embedder,
    )


def test_demo_decisions_are_precise_and_never_alert_on_a_debunk(state_dir: Path, embedder: Any) -> None:
    """In-sample (cues and threshold were chosen on the demo set): a regression check, not an estimate."""
    report = _demo_report(Settings(state_dir=state_dir), embedder)
    decisions = report["decisions"]
    assert decisions["precision"] >= 0.90, decisions
    assert decisions["recall"] >= 0.85, decisions
    assert report["map@5"] >= 0.90
    by_kind = report["by_kind"]
    assert by_kind["debunk"]["alerts"] == 0, by_kind
    assert by_kind["offtopic"]["alerts"] == 0, by_kind
    assert by_kind["obfuscated"]["correct"] >= 0.85 * by_kind["obfuscated"]["posts"], by_kind


@pytest.mark.parametrize(
    ("part", "precision", "recall", "debunks"),
    # measured (docs/history/QUALITY-ROUNDS.md): tuning 0.976 / 0.976, first to fourth held-out 1.000 / 1.000 (all seen:
    # read while tuning), fifth held-out 1.000 / 0.977 (seen since the sixth round; 0.884 when unseen), sixth
    # held-out 1.000 / 0.971; no debunk alerting on any of them. Seventh (seen since the evening round:
    # 0.941 / 0.914 when unseen) 0.971 / 0.914 with clause scoring off (the default; on: 0.943); eighth
    # (read once unseen, 2026-12-01 17:41) 0.971 / 0.944 with one debunk alerting, then tuned on (relayed
    # quotes, bare rejections, sellers' lines about competitors): 1.000 / 1.000, none. Ninth (read once
    # unseen, 2026-12-01 20:44): 0.889 / 0.914 with two debunks alerting, not tuned on yet. Tenth (read once
    # unseen, 2026-12-01 23:53): 0.900 / 0.750 with two debunks alerting, not tuned on. Eleventh (read once
    # unseen, 2026-12-02 02:45): 0.867 / 0.743 with two debunks alerting, not tuned on. Twelfth (read once
    # unseen, 2026-12-02 05:57): 0.909 / 0.857, no debunk alerting. The English seller waiver (fitted on
    # heldout..heldout12): ninth 0.892 / 0.943, tenth 0.906 / 0.806, eleventh 0.871 / 0.771, twelfth 0.941 /
    # 0.914. Thirteenth (read once unseen, 2026-12-02 08:45): 0.846 / 0.629 with three debunks alerting,
    # 0.852 / 0.657 with the waiver (not fitted on it). Fourteenth (read once unseen, 2026-12-02 12:20):
    # 1.000 / 0.743, no debunk alerting. The waiver refitted on heldout..heldout14 (cut 0.8 -> 0.9): ninth
    # 0.889 / 0.914 (a disclaimer seller the old head waived), eleventh 0.875 / 0.800, fourteenth 1.000 /
    # 0.771. Fifteenth (read once unseen, 2026-12-02 17:12): 0.933 / 0.800, no debunk alerting. Sixteenth
    # (read once unseen, 2026-12-03 04:00): 0.931 / 0.771 with one debunk alerting; then star-masked names
    # ("S*ra") read by the subject guard: 0.933 / 0.800. Seventeenth (read once unseen, 2026-12-03 07:55):
    # 0.969 / 0.886, no debunk alerting. Eighteenth (read once unseen, 2026-12-03 11:25): 0.944 / 0.971, two
    # debunks alerting; then stance cues for debunks that answer with facts (2026-12-03 17:30, written on
    # heldout10..18): 1.000 / 0.971, none, and on the sets before them heldout9 0.914 / 0.914 one, heldout10
    # 0.967 / 0.806 none, heldout11 0.933 / 0.800 none, heldout13 0.889 / 0.686 two, heldout16 0.966 / 0.800
    # none. Nineteenth (read once unseen, 2026-12-04 01:25, clause scoring on by default): 0.971 / 0.943, one
    # debunk alerting (0.970 / 0.914 with clauses off). Twentieth (read once unseen, 2026-12-04 04:00): 0.857 /
    # 0.857, two debunks alerting; then three mends judged on every seen set (scripts/round20_mends.py: an
    # emoji variation selector no longer splits a name, debunks that say who holds the model, a demand for
    # proof nobody meets): heldout19 1.000 / 0.943 and heldout20 0.909 / 0.857, no debunk alerting (in
    # sample). Twenty-first (read once unseen, 2026-12-04 05:15, after those mends, which changed none of its
    # decisions): 0.944 / 0.971, two debunks alerting. Twenty-second (read once unseen, 2026-12-04 06:45):
    # 0.943 / 0.943, two debunks alerting; then three mends judged on every seen set
    # (scripts/round22_mends.py: letters joined by a mark keep their word gaps, prices in any currency, a
    # Community Note's header): 0.971 / 0.971, one debunk alerting (in sample). Twenty-third (read once
    # unseen, 2026-12-04 07:45, after those mends): 0.970 / 0.914, one debunk alerting; then a reverse image
    # tool read as a debunk's check (scripts/round23_mends.py): 1.000 / 0.914, none (in sample). Twenty-fourth
    # (read once unseen, 2026-12-04 09:53): 0.963 / 0.743, none; then a seller's swipe at competitors read as a
    # vouch (scripts/round24_mends.py, v1b): 0.966 / 0.800 (in sample). Twenty-fifth (read once unseen,
    # 2026-12-04 10:30): 0.812 / 0.743, one debunk; then no fall-through after a claim's own words are argued
    # with (scripts/round25_mends.py, f1b): 0.897 / 0.743 (in sample). Twenty-sixth (read once unseen,
    # 2026-12-04 11:16, after every mend of that session): 0.852 / 0.657, three debunks; then three mends
    # (scripts/round26_mends.py: a post that denies another claim and asserts this one apart, citations in
    # quotes, a seller's swipe at counterfeits): 0.879 / 0.829 (in sample), and 24 and 25 gain too.
    # Twenty-seventh (read once unseen, 2026-12-04 13:05): 0.893 / 0.714, three debunks; then a loss told by
    # its victim read as a debunk (scripts/round27_mends.py, e1): 0.926 / 0.714, two (in sample).
    # Twenty-ninth (read once unseen, 2026-12-04 19:45): 0.917 / 0.629, two debunks; then two seller vouches
    # (scripts/round29_mends.py, v3 and v4): 0.923 / 0.686 (in sample). Thirtieth (read once unseen,
    # 2026-12-04 22:33): 0.950 / 0.543, none; then six mends (scripts/round30_mends.py): 0.957 / 0.629 (in
    # sample). Thirty-first (read once unseen, 2026-12-05 01:03): 0.783 / 0.514, five debunks; then four mends
    # (scripts/round31_mends.py): 0.857 / 0.514, three (in sample). Thirty-third (read once unseen before the
    # thirty-second was written, 2026-12-05 02:24): 0.955 / 0.600, none. Thirty-second (read once unseen,
    # 2026-12-05 04:52): 0.789 / 0.429, one; its two mends were removed (scripts/round32_mends.py).
    # Thirty-fourth (05:21): 0.875 / 0.600, two. Thirty-fifth (05:28): 0.762 / 0.457, three. Thirty-sixth
    # (2026-12-05 11:21): 0.818 / 0.514, one. Thirty-seventh (12:03, with the confidence line, then off by
    # its rule): 0.833 / 0.429, one, without it. Forty-second (19:06): 0.926 / 0.714, none; forty-third
    # (19:41): 0.962 / 0.714, none. Then the English confidence weights of the third candidate shipped by
    # their rule (scripts/calibration_loso.py, PROSPECTIVE CHECK, THIRD): on the seen sets the line lifts 13
    # right alerts and 3 wrong with them, two of them debunks that answer a "made by Sora" caption with the
    # footage's provenance (heldout37-042, heldout40-042), and heldout30 sits lower; a debunk cue for a
    # clip's provenance stops those two again (scripts/round43_mends.py, p1). Forty-fourth (20:13): 0.704 /
    # 0.543, four debunks that answer with facts; a refusal said to the quoted offer (scripts/round44_mends.py,
    # q1b) stops one of them. Forty-fifth (21:58): 0.875 / 0.600, two debunks; forty-sixth (22:34): 0.821 /
    # 0.657, four debunks that answer with facts. Forty-ninth and fiftieth (2026-12-06 04:32, 04:42): 0.815 /
    # 0.629 and 0.800 / 0.571, four and two debunks (two of them notices quoting a get-rich leaflet whole,
    # lifted by the seller's waiver). Fifty-third and fifty-fourth (2026-12-06 10:46): 0.679 / 0.543 and
    # 0.719 / 0.657, five and three debunks (notices and answers quoting the offer or rumour whole). Fifty-fifth
    # and fifty-sixth (11:38): 0.719 / 0.657 and 0.750 / 0.686, four debunks each; the clause floor at 0 gained
    # 5 and 4 right alerts with none wrong, so by its pre-registered rule it became the default and every floor
    # below was set to what the new default measures (2026-12-06 11:50; precision lowered on heldout34 0.87 ->
    # 0.86, a physio sheet's news item read as the mislabelled clip; heldout44 0.73 -> 0.71 and heldout52 0.86
    # -> 0.84, an inventor claim at the foot of a rota read as another template). Then four
    # debunk cues stopped 20 warnings on the seen sets (scripts/round56_mends.py, c1, p3, a1, s1) and the floors of the eleven sets they moved were set to what they measure (2026-12-06 14:15).
    # Fifty-seventh and fifty-eighth (14:10, 14:27): 0.875 / 0.800 and 0.750 / 0.600, one and two debunks.
    # Fifty-ninth and sixtieth (17:08): 0.806 / 0.714 and 0.900 / 0.771, three and two debunks. The boast and
    # the con as a dismissal (scripts/round58_mends.py, d3) moved heldout55, 59 and 60, whose floors were set to
    # what they measure (2026-12-06 20:25). Sixty-first and sixty-second (20:27, 20:36): 0.812 / 0.743 and
    # 0.906 / 0.829, one and two debunks; the correction told as an aside (scripts/round61_mends.py, c2)
    # stopped heldout61's person fact (21:18). The bracketed note of whose a copied insert is
    # (scripts/round63_mends.py, b1) moved heldout46, 47, 48, 50, 52, 54, 56 and 58, whose floors were set to
    # what they measure (2026-12-06 23:20). Sixty-third and sixty-fourth (23:27, 23:39): 0.758 / 0.714 and
    # 0.800 / 0.800, three debunks each; by its rule counted over all its reads the look-alike of a denied claim
    # set aside (n3b) was removed, giving back the in-sample alerts of heldout38 and 45 and stopping one wrong
    # alert of heldout61 and a debunk of heldout64, whose floors were set to what they measure.
    # A correction answered in a word or two and "took down" only of what was published
    # (scripts/round65_mends.py, c3 and t1) moved heldout54, 63 and 64 (2026-12-07 02:30). Sixty-fifth and
    # sixty-sixth (02:35, 02:44): 0.710 / 0.629 and 0.824 / 0.800, two and one debunks; then a claim quoted to be
    # dismissed is no seller's to waive (scripts/round66_mends.py, w1) moved heldout34, 44, 56, 61 and 65. The
    # floors of the sets they moved, and of 65 and 66, were set to what they measure. The sixty-seventh and
    # sixty-eighth (06:57, 06:03): 0.794 / 0.771 and 0.848 / 0.800, three and one debunks; then a negation that
    # answers the report before it (scripts/round67_mends.py, n1) moved heldout47, 49, 50, 51, 53, 56, 62 and
    # 65. The floors of the sets it moved, and of 67 and 68, were set to what they measure. The sixty-ninth
    # and seventieth (09:15, 08:59): 0.714 / 0.571 and 0.812 / 0.743, one and two debunks; then a verdict no cue
    # reads (scripts/round69_mends.py, v1) moved heldout65, 67 and 68, whose floors were set to what they measure.
    # The seventy-third and seventy-fourth (15:15, 15:16, read again from 15:45): 0.889 / 0.686 and 0.789 / 0.857,
    # two debunks each; then w1 and v1, removed by those reads, moved heldout34, 44, 56, 61, 63, 65, 67, 68, 69
    # and 72 (twelve two-claim posts alert a claim they deny, eleven of them right before; a debunk alerts), and the
    # floors of those sets and of 73 and 74 were set to what they measure with e1 on and w1 off. The seventy-fifth
    # and seventy-sixth (18:00, 18:14): 0.778 / 0.600 and 0.900 / 0.771, one and two debunks; then a correction
    # told in a word (scripts/round75_mends.py, c4) stopped four person facts of 73 and 74, whose floors were
    # raised to what they measure; then a seller gone once paid (scripts/round77_mends.py, l2) stopped the
    # victims' stories 73-036 and 75-036, and those two floors were raised again. The seventy-seventh and
    # seventy-eighth (21:28, 21:44): 0.833 / 0.714 and 0.882 / 0.857, one and two debunks; then the waiver kept off
    # a claim quoted to be dismissed (scripts/round79_mends.py, w3) moved heldout34, 44, 56, 61, 63, 65, 67, 68,
    # 69, 72, 74 and 75 (fifteen two-claim posts alert their gold, a debunk stops), whose floors were set to what
    # they measure; on 77 and 78 it changes nothing. The seventy-ninth and eightieth (01:05, 00:25 on 2026-12-08):
    # 0.852 / 0.657 and 0.867 / 0.743, no and three debunks; then the report of who it named, answered in the
    # same sentence (scripts/round81_mends.py, c5) stopped six person facts of 67, 68, 69, 70, 75 and 78, whose
    # floors were set to what they measure; on 79 and 80 it changes nothing.
    # Floors under what was measured, to catch a regression, not the targets
    [
        ("tune", 0.97, 0.97, 0),
        ("heldout", 1.0, 1.0, 0),
        ("heldout2", 1.0, 1.0, 0),
        ("heldout3", 1.0, 1.0, 0),
        ("heldout4", 1.0, 1.0, 0),
        ("heldout5", 1.0, 0.97, 0),
        ("heldout6", 1.0, 1.0, 0),
        ("heldout7", 0.97, 0.94, 0),
        ("heldout8", 1.0, 1.0, 0),
        ("heldout9", 0.91, 0.94, 1),
        ("heldout10", 0.97, 0.91, 0),
        ("heldout11", 0.93, 0.82, 0),
        ("heldout12", 0.94, 0.94, 0),
        ("heldout13", 0.89, 0.71, 2),
        ("heldout14", 1.0, 0.77, 0),
        ("heldout15", 0.93, 0.82, 0),
        ("heldout16", 1.0, 0.91, 0),
        ("heldout17", 1.0, 0.94, 0),
        ("heldout18", 1.0, 1.0, 0),
        ("heldout19", 1.0, 0.94, 0),
        ("heldout20", 0.94, 0.91, 0),
        ("heldout21", 0.97, 0.97, 1),
        ("heldout22", 0.97, 0.97, 1),
        ("heldout23", 1.0, 0.91, 0),
        ("heldout24", 0.96, 0.82, 0),
        ("heldout25", 0.9, 0.85, 1),
        ("heldout26", 0.87, 0.82, 3),
        ("heldout27", 1, 0.77, 0),
        ("heldout28", 0.93, 0.8, 0),
        ("heldout29", 0.93, 0.77, 2),
        ("heldout30", 0.92, 0.65, 0),
        ("heldout31", 0.87, 0.6, 3),
        ("heldout32", 0.8, 0.48, 1),
        ("heldout33", 0.96, 0.71, 0),
        ("heldout34", 0.89, 0.71, 1),
        ("heldout35", 0.87, 0.82, 2),
        ("heldout36", 0.9, 0.77, 1),
        ("heldout37", 0.92, 0.71, 1),
        ("heldout38", 0.82, 0.68, 2),
        ("heldout39", 0.78, 0.74, 3),
        ("heldout40", 0.85, 0.68, 1),
        ("heldout41", 0.93, 0.85, 1),
        ("heldout42", 0.93, 0.77, 0),
        ("heldout43", 0.96, 0.77, 0),
        ("heldout44", 0.75, 0.6, 3),
        ("heldout45", 0.88, 0.68, 2),
        ("heldout46", 0.9, 0.8, 2),
        ("heldout47", 0.93, 0.85, 0),
        ("heldout48", 0.96, 0.91, 0),
        ("heldout49", 0.96, 0.82, 1),
        ("heldout50", 0.84, 0.77, 2),
        ("heldout51", 0.84, 0.8, 3),
        ("heldout52", 0.9, 0.85, 0),
        ("heldout53", 0.86, 0.74, 1),
        ("heldout54", 0.88, 0.85, 1),
        ("heldout55", 0.85, 0.82, 3),
        ("heldout56", 0.94, 0.91, 2),
        ("heldout57", 0.96, 0.82, 1),
        ("heldout58", 0.86, 0.74, 2),
        ("heldout59", 0.89, 0.74, 3),
        ("heldout60", 0.93, 0.8, 2),
        ("heldout61", 0.9, 0.77, 1),
        ("heldout62", 0.96, 0.85, 1),
        ("heldout63", 0.83, 0.74, 3),
        ("heldout64", 0.9, 0.8, 2),
        ("heldout65", 0.83, 0.74, 2),
        ("heldout66", 0.85, 0.82, 1),
        ("heldout67", 0.87, 0.82, 3),
        ("heldout68", 0.9, 0.8, 1),
        ("heldout69", 0.88, 0.68, 1),
        ("heldout70", 0.87, 0.77, 2),
        ("heldout71", 0.82, 0.65, 3),
        ("heldout72", 0.86, 0.88, 3),
        ("heldout73", 0.95, 0.68, 1),
        ("heldout74", 0.85, 0.85, 2),
        ("heldout75", 0.96, 0.68, 0),
        ("heldout76", 0.89, 0.77, 2),
        ("heldout77", 0.83, 0.71, 1),
        ("heldout78", 0.9, 0.85, 2),
        ("heldout79", 0.85, 0.65, 0),
        ("heldout80", 0.86, 0.74, 3),
    ],
)
def test_hard_english_sets_in_sample_and_held_out(
    state_dir: Path, embedder: Any, part: str, precision: float, recall: float, debunks: int
) -> None:
    data = ROOT / "tests" / "data"
    report = run_eval(
        Settings(state_dir=state_dir),
        DEMO / "templates.jsonl",
        data / f"hard_en_{part}_posts.jsonl",
        data / f"hard_en_{part}_qrels.tsv",
        embedder=embedder,
    )
    decisions, by_kind = report["decisions"], report["by_kind"]
    assert decisions["precision"] >= precision and decisions["recall"] >= recall, decisions
    assert by_kind["debunk"]["alerts"] <= debunks, by_kind


@pytest.mark.skipif(not CHECKTHAT.exists(), reason="shared CheckThat! data not present")
def test_checkthat_slice_ranks_the_gold_claim_first(tmp_path: Path, embedder: Any) -> None:
    posts = [json.loads(line) for line in (CHECKTHAT / "posts-dev.jsonl").read_text().splitlines()][:50]
    qrels = [line.split("\t") for line in (CHECKTHAT / "qrels-dev.tsv").read_text().splitlines()]
    wanted = {p["id"] for p in posts}
    gold = {claim.strip() for post, claim in qrels if post in wanted}
    claims = [json.loads(line) for line in (CHECKTHAT / "claims.jsonl").read_text().splitlines()]
    distractors = [c for c in claims if c["id"] not in gold]
    random.Random(7).shuffle(distractors)
    subset = [c for c in claims if c["id"] in gold] + distractors[:250]
    (tmp_path / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in subset))
    (tmp_path / "posts.jsonl").write_text("".join(json.dumps(p) + "\n" for p in posts))
    (tmp_path / "qrels.tsv").write_text("".join(f"{p}\t{c}\n" for p, c in qrels if p in wanted))
    report = run_eval(
        Settings(state_dir=tmp_path),
        tmp_path / "claims.jsonl",
        tmp_path / "posts.jsonl",
        tmp_path / "qrels.tsv",
        embedder=embedder,
    )
    assert report["posts_with_gold"] == 50
    assert report["map@5"] >= 0.92, report
    assert report["recall@5"] >= 0.96, report


@pytest.mark.slow
def test_redis_index_and_memory_index_agree(settings: Settings, embedder: Any, redis_conn: Any) -> None:
    memory = _demo_report(settings, embedder, "memory")
    redis = _demo_report(settings, embedder, "redis")
    for key in ("map@5", "mrr", "recall@1", "recall@5", "decisions", "by_kind"):
        assert redis[key] == memory[key], key


def _totals_by_setting(
    state_dir: Path,
    embedder: Any,
    parts: tuple[str, ...],
    name: str,
    values: tuple[Any, ...],
    **fixed: Any,
) -> dict[Any, tuple[int, int, int]]:
    """Right alerts, wrong alerts and debunks alerting over the hard English sets ``parts`` on the real
    model, for each value of the setting ``name``; ``fixed``: other settings as they were when the figures
    were measured (the rest at the worker's defaults)."""
    data = ROOT / "tests" / "data"
    totals = {}
    for value in values:
        tp = fp = debunks = 0
        for part in parts:
            report = run_eval(
                Settings(state_dir=state_dir, **fixed, **{name: value}),
                DEMO / "templates.jsonl",
                data / f"hard_en_{part}_posts.jsonl",
                data / f"hard_en_{part}_qrels.tsv",
                embedder=embedder,
            )
            tp += report["decisions"]["tp"]
            fp += report["decisions"]["fp"]
            debunks += report["by_kind"]["debunk"]["alerts"]
        totals[value] = (tp, fp, debunks)
    return totals


def test_the_confidence_line_lifts_right_alerts_under_the_threshold_and_no_false_one(
    state_dir: Path, embedder: Any
) -> None:
    """The real model on hard_en_heldout33, 34 and 36 (seen): the line at its default, 0.6, lifts posts
    under their threshold whose calibrated confidence is at least 0.6, each one right (docs/QUALITY.md "The
    confidence line"), and with the line off they are missed again. Measured with the English weights
    shipped 2026-12-05 19:50: 60 right -> 71, false alerts and debunks unchanged (at 0.5 the same weights
    also lift one debunk here, which is why 0.5 is not the default)."""
    parts = ("heldout33", "heldout34", "heldout36")
    # measured before late clauses were on by default: some of its lifts they now find without the line
    totals = _totals_by_setting(
        state_dir, embedder, parts, "confidence_line", (0.6, 0.0), segment_late_clauses=False
    )
    assert totals[0.6][0] >= totals[0.0][0] + 8, totals  # 11 lifted when it was measured
    assert totals[0.6][1:] == totals[0.0][1:], totals  # no false alert, no debunk added


def test_late_clauses_that_name_the_wave_lift_claims_made_at_the_end_of_a_long_post(
    state_dir: Path, embedder: Any
) -> None:
    """The real model on hard_en_heldout35 … 38 (seen): with MONITOR_SEGMENT_LATE_CLAUSES an English post's
    clauses after its first six are scored where they name the wave (a planetarium's schedule, a kitchen's
    deep-clean rota, an after-action review with the claim near the end; docs/QUALITY.md "Late clauses").
    Measured: 62 right alerts -> 84, 17 wrong -> 17, debunks alerting unchanged."""
    parts = ("heldout35", "heldout36", "heldout37", "heldout38")
    # measured before the line at 0.6 was on by default
    totals = _totals_by_setting(
        state_dir, embedder, parts, "segment_late_clauses", (False, True), confidence_line=0
    )
    assert totals[True][0] >= totals[False][0] + 18, totals
    assert totals[True][1] <= totals[False][1] + 1, totals
    assert totals[True][2] <= totals[False][2], totals


def test_a_post_lifted_by_one_of_its_clauses_names_that_clause_in_its_explanation(
    state_dir: Path, embedder: Any
) -> None:
    """The real model on hard_en_heldout35 and 36 (seen): every post that alerts only with clause scoring on
    names, in its explanation, the clause that carried the claim (``clause``: a part of the post as the
    matcher read it, its words in the post's order), which the console shows as "Claim found in"; a post its whole text alerts names none."""
    data = ROOT / "tests" / "data"
    lifted = 0
    for part in ("heldout35", "heldout36"):
        runs = {
            on: match_set(
                Settings(state_dir=state_dir, segment_scoring=on),
                DEMO / "templates.jsonl",
                data / f"hard_en_{part}_posts.jsonl",
                data / f"hard_en_{part}_qrels.tsv",
                embedder=embedder,
            )
            for on in (False, True)
        }
        posts = {p.id: p for p in runs[True].posts}
        for off, on in zip(runs[False].decisions, runs[True].decisions, strict=True):
            if off.matched:
                assert "clause" not in on.explanation, on.post_id
            elif on.matched:
                clause = on.explanation["clause"]
                # a clause is the post's words in their order (short parts are joined, marks dropped)
                words = iter(tokenize(normalize(posts[on.post_id].text)))
                assert all(w in words for w in tokenize(clause["text"])), (on.post_id, clause)
                assert 0 < clause["cosine"] <= 1
                lifted += 1
    assert lifted >= 3, lifted
