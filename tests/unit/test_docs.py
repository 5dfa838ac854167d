import re
from pathlib import Path

from monitor.cli.service import metrics_markdown
from monitor.config import reference_markdown

ROOT = Path(__file__).resolve().parents[2]


def test_config_reference_is_up_to_date() -> None:
    doc = (ROOT / "docs" / "CONFIG.md").read_text()
    assert doc == reference_markdown(), "regenerate: .venv/bin/monitor config --markdown > docs/CONFIG.md"


def test_metrics_reference_is_up_to_date() -> None:
    doc = (ROOT / "docs" / "METRICS.md").read_text()
    assert doc == metrics_markdown(), "regenerate: .venv/bin/monitor config --metrics > docs/METRICS.md"
    assert "`monitor_batch_stage_seconds` | histogram | `stage`" in doc
    assert "`monitor_console_verdicts_total` | counter | `verdict`" in doc


def test_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    head = readme[: readme.index("## How it works")]
    assert "make demo" in head
    assert "make test" in head


def test_scripts_index_names_every_script_and_only_those() -> None:
    # scripts/ holds the measurements the docs cite; a newcomer finds them through scripts/README.md
    index = (ROOT / "scripts" / "README.md").read_text()
    listed = set(re.findall(r"^\| `([\w.]+\.py)` \|", index, flags=re.M))
    present = {p.name for p in (ROOT / "scripts").glob("*.py")}
    assert present - listed == set(), f"add to scripts/README.md: {sorted(present - listed)}"
    assert listed - present == set(), f"gone from scripts/: {sorted(listed - present)}"


def test_code_map_names_every_module() -> None:
    # README's code map is how a newcomer finds a module: each one under monitor/ and streams/ is named there
    # (a fitted-parameters module rides with the module it serves)
    readme = (ROOT / "README.md").read_text()
    code_map = readme[readme.index("### Code map") : readme.index("## Operating it")]
    modules = {
        p.stem
        for folder in ("monitor", "streams")
        for p in (ROOT / folder).rglob("*.py")
        if p.stem not in ("__init__", "__main__") and not p.stem.endswith("_params") and "web" not in p.parts
    }
    top = {"config", "errors"}  # named as `monitor/config.py`, `errors.py`
    missing = sorted(m for m in modules - top if f"`{m}`" not in code_map)
    assert missing == [], f"name these in README's code map: {missing}"
