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


# a reference to a section by name: docs/QUALITY.md "Heading", docs/history/X.md, "Heading" or, inside docs/,
# history/X.md "Heading" (a markdown link's target may sit between the file and the quote)
_SECTION_REF = re.compile(
    r"((?:docs/|history/|\.\./)(?:history/)?[A-Z][A-Za-z-]*\.md)\]?(?:\([^)\s]*\))?,?\s*\(?(?:section\s+)?\"([^\"]+)\""
)
_REF_SOURCES = ("monitor", "streams", "scripts", "tests", "deploy", "docs")


def _headings(doc: Path) -> list[str]:
    names, fenced = [], False
    for line in doc.read_text().splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (m := re.match(r"#{1,6} (.+)", line)):
            names.append(m.group(1).strip())
    return names


def _flattened(path: Path) -> str:
    # a reference may wrap: across a comment's lines, implicitly concatenated strings, or a paragraph
    text = path.read_text()
    text = re.sub(r"\n\s*#+ ?", " ", text) if path.suffix == ".py" else text
    text = re.sub(r"[\"']\s*\n\s*[\"']", "", text)
    return re.sub(r"\s+", " ", text)


def _section_refs() -> list[tuple[str, Path, str]]:
    files = [ROOT / "README.md", ROOT / "Makefile"]
    for folder in _REF_SOURCES:
        files += [
            p for p in (ROOT / folder).rglob("*") if p.suffix in (".py", ".md", ".yml", ".yaml", ".toml")
        ]
    files = [p for p in files if p != Path(__file__).resolve()]  # this file quotes the pattern itself
    refs = []
    for path in files:
        base = path.parent if path.is_relative_to(ROOT / "docs") else ROOT
        for target, heading in _SECTION_REF.findall(_flattened(path)):
            doc = (base / target) if not target.startswith("docs/") else ROOT / target
            if not doc.exists() and target.startswith("history/"):
                doc = ROOT / "docs" / target
            refs.append((str(path.relative_to(ROOT)), doc.resolve(), heading))
    return refs


def test_section_references_name_a_heading_of_their_file() -> None:
    # code and docs point at a doc section by its heading; moving or renaming the section must move them too
    refs = _section_refs()
    assert len(refs) > 30
    broken = []
    for source, doc, heading in refs:
        wanted = heading.rstrip("…").rstrip(".").strip()
        if not doc.exists() or not any(h.startswith(wanted) for h in _headings(doc)):
            broken.append(f'{source}: {doc.relative_to(ROOT) if doc.exists() else doc} "{heading}"')
    assert broken == [], "no such heading:\n" + "\n".join(sorted(set(broken)))
