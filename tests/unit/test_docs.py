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
