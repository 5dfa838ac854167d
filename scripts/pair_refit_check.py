"""Judge refitting the Chinese pair reader's head on today's rows against the head as shipped.

The shipped head (monitor/core/pairreader_params.py) was fitted on 13 seen Chinese sets (``zh`` ...
``zh_heldout11``) with rows of older code (802 candidates near their line); today's code gives more rows on
the same sets, and ``zh_heldout12`` and ``zh_heldout13`` are seen now. The candidate ("refit") is today's
choice unchanged (features, l2, cut, vouch, swap as shipped), only the head refitted on today's rows of the
fifteen seen sets. Rows: ``PR_PROBE=1 MONITOR_PAIR_SWAP=false fit_pair_reader.py collect`` of the fifteen
sets and of a stream of them among 1,000 Chinese reviews (as for ``fit_pair_reader.py joint``).

**Acceptance rule (committed before the run that judges it).** The refit ships iff all of:

1. On the sets out of sample for the shipped head (``zh_heldout12``, ``zh_heldout13``), the head refitted
   on the other fourteen sets (leave-one-set-out: out of sample too), pooled over both, alone AND in the
   stream: right alerts >= the shipped head's, false alerts <= the shipped head's, Chinese debunks / loss
   reports alerting <= the shipped head's.
2. Over all fifteen folds (each set decided by the head refitted on the other fourteen), no Chinese
   debunk / loss report alerts, alone or in the stream, that the shipped head leaves silent.
3. The head refitted on all fifteen sets alerts on 0 of the 1,000 background reviews of the stream.

A tie on rule 1 is accepted (the refit reads today's rows; the shipped note "802 candidates" is stale). The
shipped head's figures on the thirteen sets it was fitted on are in-sample: printed, not part of the rule.
Shipping = ``fit_pair_reader.py write PREFIXES --features prod --l2 1 --cut 0.05`` (keeps vouch and swap).
English is unchanged by construction (only a Chinese post's cross-script candidate reaches the reader).

    PR_VOUCH_FIRST=1 python scripts/pair_refit_check.py /tmp/zp/zh ... /tmp/zp/zh_heldout13 \\
        --stream /tmp/zp/stream
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fit_pair_reader import DEBUNK_KINDS, _fit, _load, _run, _shipped, _train_rows

OUT_OF_SAMPLE = ("zh_heldout12", "zh_heldout13")  # sets the shipped head was not fitted on


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("prefixes", nargs="+")
    ap.add_argument("--stream")
    a = ap.parse_args()
    sets = {Path(p).name: _load(p) for p in a.prefixes}
    srows = _load(a.stream) if a.stream else []
    choice, shipped = _shipped()
    features, l2 = choice[0], choice[1]
    print(f"choice {choice}; training rows today: {sum(len(_train_rows(r)) for r in sets.values())}")
    keys = ("tp", "fp", "fn", "debunks")
    parts = ("alone", "stream") if srows else ("alone",)
    pooled = {
        (w, n, p): dict.fromkeys(keys, 0) for w in ("oos", "all") for n in ("shipped", "refit") for p in parts
    }
    newly = 0
    for held, hrows in sets.items():
        refit = _fit({n: r for n, r in sets.items() if n != held}, features, l2)
        held_ids = {x["id"] for x in hrows}
        for part in parts:
            rows = hrows if part == "alone" else [r for r in srows if r["id"] in held_ids]
            ms = {"shipped": _run(rows, shipped, choice), "refit": _run(rows, refit, choice)}
            line = []
            for n, m in ms.items():
                for w in ("oos", "all") if held in OUT_OF_SAMPLE else ("all",):
                    for f in keys:
                        pooled[w, n, part][f] += int(m[f])
                line.append(f"{n} {m['tp']}/{m['fp']}/{m['fn']} deb {m['debunks']}")
            print(f"{held:13s} {part:6s} " + " | ".join(line), flush=True)
            for r in rows:
                b, c = ms["shipped"]["alerts"][r["id"]], ms["refit"]["alerts"][r["id"]]
                if b != c:
                    gold = set(r["gold"])
                    newly += int(r["kind"] in DEBUNK_KINDS and c is not None and b is None)
                    print(
                        f"    {r['kind']:12s} shipped {b} ({'right' if b in gold else '-'}) -> refit {c} "
                        f"({'right' if c in gold else '-'}) {r['text'][:50]}"
                    )
    full = _fit(sets, features, l2)
    background = [r for r in srows if r["kind"] == "background"]
    bg = int(_run(background, full, choice)["background"]) if background else 0
    print(f"background alerting (refit on all {len(sets)} sets): {bg} of {len(background)}")
    for (w, n, p), m in pooled.items():
        print(f"pooled {w:3s} {p:6s} {n:7s}: {m['tp']}/{m['fp']}/{m['fn']} debunks {m['debunks']}")
    oos = [(pooled["oos", "refit", p], pooled["oos", "shipped", p]) for p in parts]
    checks = {
        "1 right >= shipped (out of sample)": all(r["tp"] >= s["tp"] for r, s in oos),
        "1 false <= shipped (out of sample)": all(r["fp"] <= s["fp"] for r, s in oos),
        "1 debunks <= shipped (out of sample)": all(r["debunks"] <= s["debunks"] for r, s in oos),
        "2 no debunk newly alerts in any fold": newly == 0,
        # a stream collected before the collector kept background rows reads "0 of 0": rule 3 unread
        "3 no background review alerts": bg == 0 and (bool(background) or not srows),
    }
    print("rule: " + ", ".join(f"{k} {'ok' if v else 'FAILS'}" for k, v in checks.items()))
    print("ACCEPTED" if all(checks.values()) else "REJECTED")


if __name__ == "__main__":
    main()
