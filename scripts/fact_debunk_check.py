"""Debunks that answer with facts: stance cues that read them (monitor.core.text ``_STANCE_PATTERNS``),
judged by a split of the seen sets (docs/history/QUALITY-ENGLISH.md "Debunks that answer with facts").

    CODE=/tmp/code-before python scripts/fact_debunk_check.py dump OUT_DIR/before
    python scripts/fact_debunk_check.py dump OUT_DIR/after
    python scripts/fact_debunk_check.py judge OUT_DIR/before OUT_DIR/after

``dump`` decides every seen English set (``scripts/en_sets.py``) and every seen Chinese set with the stream
of them among 1,000 background reviews (``scripts/zh_stream.py`` slice 0:1000, ``scripts/zh_proof_check.py
dump``, multilingual-e5-small) with the code on ``PYTHONPATH`` (``CODE``: a ``git archive`` of the code
before; unset: this checkout). ``judge`` compares two dumps post by post and prints the rule's verdict.
Never reads the unseen sets (head_folds.LAST_SEEN_EN / LAST_SEEN_ZH name the last seen ones).

Why: a debunk that answers with a fact and no plain "no" reads as the claim it answers. "Checked both
stores: every listing called Sora comes from a third-party developer" alerted as "Sora has an official
app"; "Mod note: we're removing 'AI director' casting posts" as the casting scam; "a reverse image search
finds the same drone footage on a stock site in 2019" as the mislabelled video. The stance guard stops a
post whose cue its template lacks; these posts carry none it knows.

RULE (written and committed before the judging run)

The cues are hand-written, not fitted: there is nothing for a nested leave-one-set-out to choose, so they
are judged by a split.

- writing half: hard_en_heldout10 .. hard_en_heldout18 and hard_en_sellers_tune. The cues were written
  looking at these sets' false alerts under the code of 17f2076 (nine debunks: heldout10-037, 11-039,
  11-040, 13-039, 13-040, 13-045, 16-042, 18-042, 18-043, and the other false alerts of those sets).
- judged half: demo, hard_en_tune, hard_en_heldout, hard_en_heldout2 .. hard_en_heldout9 (only their
  per-set counts were seen before the run: heldout9 has two debunks alerting); Chinese: every seen Chinese
  set and the stream (no Chinese cue is written; the English cues must change nothing there).

Accept only if ALL of these hold, new cues against the code before, default settings otherwise:
  F1 (gain; in sample) over the writing half, false alerts fall by >= 3 and debunks alerting by >= 3;
  F2 (loss) 0 right alerts lost on any English set, either half;
  F3 no post newly alerts on any English set (a stopped claim falling through to another template counts);
  F4 Chinese: every decision of every seen Chinese set and of the stream unchanged, 0 of 1,000 background
     reviews alerting;
  F5 the unit tests pass (tests/unit/test_text.py's stance kinds, the evasion-by-disclaimer tests: a scam
     that warns about others and still sells alerts).
The judged half's change is reported on its own: a false alert stopped there is out-of-sample evidence;
none means the gain is in sample only. Otherwise the cues are removed and the result documented as a
negative one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from head_folds import (  # the scripts folder is on sys.path when a script runs
    LAST_SEEN_ZH,
    check_code,
    fmt,
    numbered,
)
from zh_proof_check import _counts as counts
from zh_proof_check import _load as load_rows

WRITING = frozenset([*(f"heldout{n}" for n in range(10, 19)), "sellers_tune"])
SCRIPTS = Path(__file__).resolve().parent


def dump(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": os.environ.get("CODE", "")}
    env.setdefault("MONITOR_STATE_DIR", str(out / "state"))
    check_code("the dump", env)
    py = sys.executable
    subprocess.run([py, str(SCRIPTS / "en_sets.py"), str(out / "en")], env=env, check=True)
    names = numbered(["zh", "zh_tune2"], "zh_heldout", LAST_SEEN_ZH)
    files = [
        [f"../tests/data/{n}_{suffix}" for n in names]
        for suffix in ("posts.jsonl", "qrels.tsv", "labels.jsonl")
    ]
    stream = [py, "zh_stream.py", str(out / "st"), "0:1000", *files[0], "--", *files[1], "--", *files[2]]
    subprocess.run(stream, cwd=SCRIPTS, env=env, check=True)
    zh_env = {**env, "MONITOR_MODEL": "multilingual-e5-small"}
    zh = [py, str(SCRIPTS / "zh_proof_check.py"), "dump", str(out / "zh.jsonl"), str(out / "st")]
    subprocess.run(zh, env=zh_env, check=True)


def _english(folder: Path) -> dict[tuple[str, str], dict]:
    rows = {}
    for path in sorted((folder / "en").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            rows[(path.stem, r["id"])] = r
    return rows


def changed_english(
    before: dict[tuple[str, str], dict], after: dict[tuple[str, str], dict]
) -> Iterator[tuple[tuple[str, str], dict, dict]]:
    """(key, before row, after row) of each English post whose decision or suppression differs."""
    for key, b in before.items():
        a = after[key]
        if (a["matched"], a.get("sup")) != (b["matched"], b.get("sup")):
            yield key, b, a


def changed_chinese(
    before: dict[tuple[str, str], dict], after: dict[tuple[str, str], dict]
) -> Iterator[tuple[tuple[str, str], dict, dict]]:
    """(key, before row, after row) of each Chinese post (a set's or the stream's) whose decision or stop
    differs."""
    for key, b in before.items():
        a = after[key]
        if (a["matched"], a["stopped_by"]) != (b["matched"], b["stopped_by"]):
            yield key, b, a


@dataclass
class Tally:
    """What one change did, post by post, between two dumps: the English posts (set, id) whose right
    alert was lost, that newly alert a template they are not gold for, and that gained their right alert;
    the Chinese keys lost and newly wrong; the background reviews alerting after."""

    english: dict[tuple[str, str], dict]
    chinese: dict[tuple[str, str], dict]
    lost: list[tuple[str, str]] = field(default_factory=list)
    wrong: list[tuple[str, str]] = field(default_factory=list)
    gained: list[tuple[str, str]] = field(default_factory=list)
    zh_lost: list[tuple[str, str]] = field(default_factory=list)
    zh_wrong: list[tuple[str, str]] = field(default_factory=list)
    background: int = 0


def _wrong(row: dict, template: str | None) -> bool:
    """An alert of ``template`` that the post's gold does not name."""
    return template is not None and template not in set(row["gold"])


def tally(before_dir: Path, after_dir: Path) -> Tally:
    """Compare two dumps post by post, printing every changed decision (both languages)."""
    before, after = _english(before_dir), _english(after_dir)
    assert before.keys() == after.keys(), "the two dumps read different posts"
    zb, za = _chinese(before_dir), _chinese(after_dir)
    out = Tally(after, za)
    print("changed decisions (English):")
    for key, b, a in changed_english(before, after):
        gold = set(b["gold"])
        was, now = f"{b['matched']} ({b.get('sup')})", f"{a['matched']} ({a.get('sup')})"
        print(f"  {key[0]} {key[1]} [{b['kind']}] {was} -> {now}")
        if b["matched"] in gold and a["matched"] not in gold:
            out.lost.append(key)
        if a["matched"] != b["matched"] and _wrong(b, a["matched"]):
            out.wrong.append(key)
        if a["matched"] in gold and b["matched"] not in gold:
            out.gained.append(key)
    for k, b, a in changed_chinese(zb, za):
        print(f"  zh {k} {b['matched']} ({b['stopped_by']}) -> {a['matched']} ({a['stopped_by']})")
        if b["matched"] in set(b["gold"]) and a["matched"] not in set(b["gold"]):
            out.zh_lost.append(k)
        if a["matched"] != b["matched"] and _wrong(b, a["matched"]):
            out.zh_wrong.append(k)
    out.background = sum(1 for r in za.values() if r["kind"] == "background" and r["matched"])
    return out


@dataclass
class Judged:
    """A mend's dump against the dump before it: the tally, and what changed in each language."""

    tally: Tally
    english_before: dict[tuple[str, str], dict]
    chinese_before: dict[tuple[str, str], dict]
    english_changed: int
    chinese_changes: list[tuple[tuple[str, str], dict, dict]]

    @classmethod
    def of(cls, before_dir: Path, after_dir: Path) -> Judged:
        t = tally(before_dir, after_dir)
        en, zh = _english(before_dir), _chinese(before_dir)
        return cls(
            t, en, zh, sum(1 for _ in changed_english(en, t.english)), list(changed_chinese(zh, t.chinese))
        )

    def both_languages(self) -> tuple[bool, str]:
        """R1 of the later mend rules: no right alert lost and nothing newly wrong in either language, alone
        and in the stream; no background review alerting."""
        t = self.tally
        ok = not t.lost and not t.wrong and not t.zh_lost and not t.zh_wrong and t.background == 0
        text = (
            f"English lost 0 ({len(t.lost)}), wrong new 0 ({len(t.wrong)}); "
            f"Chinese lost 0 ({len(t.zh_lost)}), wrong new 0 ({len(t.zh_wrong)}); "
            f"background 0 ({t.background})"
        )
        return ok, text

    def unread_language(self, reads: str, mend: str) -> tuple[bool, str]:
        """R2 of the later mend rules: a mend that reads one language (``en`` / ``zh``) leaves the other
        unchanged; one that reads both (``both``) is R1's."""
        if reads == "en":
            return not self.chinese_changes, f"Chinese unchanged ({len(self.chinese_changes)} changed)"
        if reads == "zh":
            return not self.english_changed, f"English unchanged ({self.english_changed} changed)"
        return True, f"{mend} reads both languages (R1)"

    def verdict(self, mend: str, reads: str, r3: bool, r3_text: str) -> bool:
        """The later mend rules' R1 (:meth:`both_languages`), R2 (:meth:`unread_language`, ``reads``: the
        language the mend reads) and the mend's own gain (R3); prints each and the verdict."""
        (r1, r1_text), (r2, r2_text) = self.both_languages(), self.unread_language(reads, mend)
        return print_checks(mend, {f"R1 {r1_text}": r1, f"R2 {r2_text}": r2, f"R3 {r3_text}": r3})

    def gained(self, mend: str, language: str, name: str, post: str) -> bool:
        """:meth:`verdict` with R3: the post named (``language``: ``english`` / ``chinese``, its set
        ``name``) alerts its gold template."""
        row = getattr(self.tally, language)[(name, post)]
        r3 = row["matched"] in set(row["gold"])
        return self.verdict(mend, "both", r3, f"{post} alerts its gold template (now: {row['matched']})")

    def stopped(self, mend: str, language: str, name: str, post: str) -> bool:
        """:meth:`verdict` with R3: the post named no longer alerts."""
        row = getattr(self.tally, language)[(name, post)]
        return self.verdict(
            mend, "both", row["matched"] is None, f"{post} no longer alerts (now: {row['matched']})"
        )

    def chinese_gained(self) -> list[tuple[str, str]]:
        return [
            k
            for k, b, a in self.chinese_changes
            if a["matched"] in set(b["gold"]) and b["matched"] not in set(b["gold"])
        ]


def print_checks(mend: str, checks: dict[str, bool]) -> bool:
    """Print each rule's PASS / FAIL and the mend's verdict."""
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'} {name}")
    print(f"{mend}: " + ("KEEP (R4: run the unit tests)" if all(checks.values()) else "REMOVE"))
    return all(checks.values())


def verdict(mend: str, t: Tally, r3: bool, r3_text: str) -> bool:
    """The mend rules' shared part (R1 English, R2 Chinese) and the mend's own gain (R3); prints each."""
    checks = {
        f"R1 English: right alerts lost 0 ({len(t.lost)}), wrong new alerts 0 ({len(t.wrong)})": not t.lost
        and not t.wrong,
        f"R2 Chinese: lost 0 ({len(t.zh_lost)}), wrong new 0 ({len(t.zh_wrong)}), "
        f"background 0 ({t.background})": not t.zh_lost and not t.zh_wrong and t.background == 0,
        f"R3 {r3_text}": r3,
    }
    return print_checks(mend, checks)


def judge_by(
    expected: dict[str, tuple[str, tuple[tuple[str, str], ...]]], *, gains: bool
) -> Callable[[str, Path, Path], None]:
    """The ``judge`` of a mend script whose R3 names posts (``expected``: mend -> (language, ((set, post),
    ...))): each must alert its gold template (``gains``) or no longer alert (else); R1 and R2 as
    :meth:`Judged.verdict` reads them."""

    def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
        if mend not in expected:
            raise SystemExit(f"mend: one of {tuple(expected)}")
        language, posts = expected[mend]
        j = Judged.of(before_dir, after_dir)
        check = j.gained if gains else j.stopped
        verdicts = [check(mend, language, name, post) for name, post in posts]
        print(f"{mend}: " + ("KEEP (R4, R5 next)" if all(verdicts) else "REMOVE"))

    return judge


def judge_no_more_wrong(expected: dict[str, tuple[str, ...]]) -> Callable[[str, Path, Path], None]:
    """The ``judge`` of a mend script whose rule counts wrong alerts (``expected``: mend -> its target posts,
    "59-025" for heldout59-025): R1 no right English alert lost, no post without gold newly alerting, no
    more wrong alerts in all than before; R2 no Chinese decision changed, no background review alerting; R3
    each target no longer alerts the template it alerted before, and alerts its gold template or nothing."""

    def judge(mend: str, before_dir: Path, after_dir: Path) -> None:
        if mend not in expected:
            raise SystemExit(f"mend: one of {tuple(expected)}")
        targets = tuple((f"heldout{p.split('-')[0]}", f"heldout{p}") for p in expected[mend])
        j = Judged.of(before_dir, after_dir)
        before, after = j.english_before, j.tally.english
        missing = [k for k in targets if k not in before]
        if missing:
            sys.exit(f"targets not in the dump: {missing}")
        wrong_before = sum(_wrong(r, r["matched"]) for r in before.values())
        wrong_after = sum(_wrong(r, r["matched"]) for r in after.values())
        no_gold_new = [
            k for k, r in after.items() if r["matched"] and not r["gold"] and not before[k]["matched"]
        ]
        r3 = {k: after[k]["matched"] for k in targets}
        denied = {k: before[k]["matched"] for k in targets}
        r1 = not j.tally.lost and not no_gold_new and wrong_after <= wrong_before
        r2 = not j.chinese_changes and j.tally.background == 0
        r3_ok = all(
            after[k]["matched"] != denied[k] and after[k]["matched"] in {None, *after[k]["gold"]}
            for k in targets
        )
        lost, zh = len(j.tally.lost), len(j.chinese_changes)
        print_checks(
            mend,
            {
                f"R1 English: right alerts lost 0 ({lost}); no-gold posts newly alerting 0 ({no_gold_new}); "
                f"wrong alerts {wrong_before} -> {wrong_after}": r1,
                f"R2 Chinese: decisions changed 0 ({zh}); background 0 ({j.tally.background})": r2,
                f"R3 targets no longer alert what they deny: {r3}": r3_ok,
            },
        )

    return judge


def mend_cli(judge_mend: Callable[[str, Path, Path], None], doc: str | None) -> None:
    """The command line of a mend script: ``dump OUT`` or ``judge MEND BEFORE AFTER``."""
    mode, *args = sys.argv[1:] or [""]
    if mode == "dump":
        dump(Path(args[0]))
    elif mode == "judge":
        judge_mend(args[0], Path(args[1]), Path(args[2]))
    else:
        raise SystemExit(doc)


def judge(before_dir: Path, after_dir: Path) -> None:
    before, after = _english(before_dir), _english(after_dir)
    assert before.keys() == after.keys(), "the two dumps read different posts"
    halves: dict[str, dict[str, Counter[str]]] = {
        h: {"before": Counter(), "after": Counter()} for h in ("writing", "judged")
    }
    lost = newly = 0
    print("| set | half | before P / R (tp/fp/fn), debunks | after |")
    print("|---|---|---|---|")
    for name in dict.fromkeys(s for s, _ in before):
        half = "writing" if name in WRITING else "judged"
        b = counts([r for (s, _), r in before.items() if s == name])
        a = counts([r for (s, _), r in after.items() if s == name])
        halves[half]["before"].update(b)
        halves[half]["after"].update(a)
        print(f"| {name} | {half} | {line(b)} | {line(a)} |")
    print("changed decisions (English):")
    for key, b, a in changed_english(before, after):
        gold = set(b["gold"])
        lost += int(b["matched"] in gold and a["matched"] not in gold)
        newly += int(a["matched"] is not None and a["matched"] != b["matched"])
        print(
            f"  {key[0]} {key[1]} [{b['kind']}] {b['matched']} ({b.get('sup')})",
            f"-> {a['matched']} ({a.get('sup')})",
        )
    for half, c in halves.items():
        print(f"{half} half: {line(c['before'])} -> {line(c['after'])}")
    w = halves["writing"]
    f1 = w["before"]["fp"] - w["after"]["fp"] >= 3 and w["before"]["debunks"] - w["after"]["debunks"] >= 3
    zb, za = _chinese(before_dir), _chinese(after_dir)
    zh_changed = [k for k, _, _ in changed_chinese(zb, za)]
    background = sum(1 for r in za.values() if r["kind"] == "background" and r["matched"])
    for k in zh_changed:
        print(
            f"  zh changed: {k} {zb[k]['matched']} ({zb[k]['stopped_by']})",
            f"-> {za[k]['matched']} ({za[k]['stopped_by']})",
        )
    checks = {
        "F1 writing half: fp and debunks each down >= 3": f1,
        "F2 right alerts lost: 0": lost == 0,
        "F3 posts newly alerting: 0": newly == 0,
        f"F4 Chinese unchanged ({len(zh_changed)} changed), background 0 ({background})": not zh_changed
        and background == 0,
    }
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'} {name}")
    print("ACCEPT (F5: run the unit tests)" if all(checks.values()) else "REJECT")


def _chinese(folder: Path) -> dict[tuple[str, str], dict]:
    return load_rows(folder / "zh.jsonl")


def line(c: Counter[str]) -> str:
    """``P / R (tp/fp/fn), debunks alerting`` of a count."""
    return f"{fmt(c)}, {c['debunks']}"


def main() -> None:
    mode, *args = sys.argv[1:]
    if mode == "dump":
        dump(Path(args[0]))
    elif mode == "judge":
        judge(Path(args[0]), Path(args[1]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
