"""Template import formats: template JSONL and fact-check claim JSONL, with line-numbered rejections."""

from __future__ import annotations

import json
from pathlib import Path

from monitor.core.models import TemplateIn
from monitor.storage.registry import claim_to_template, export_line, parse_template_lines
from monitor.tools.evaluate import load_templates

CLAIM = {
    "id": "vclaim-sno-10-meter-anaconda",
    "text": "A viral video shows a 10-meter-long anaconda swimming across a river in Brazil.",
    "title": "Does Video Show a 10-Meter-Long Anaconda?",
    "subtitle": "The anaconda is one of the largest snakes in the world.",
    "date": "6 March 2021",
    "url": "https://www.snopes.com/fact-check/anaconda/",
}


def test_a_claim_becomes_a_template() -> None:
    t = TemplateIn.model_validate(claim_to_template(CLAIM))
    assert (t.id, t.category, t.severity, t.text) == (CLAIM["id"], "claim", "medium", CLAIM["text"])
    assert t.examples == (CLAIM["title"],)
    assert (t.source_url, t.first_seen) == (CLAIM["url"], "6 March 2021")


def test_claim_conversion_keeps_what_the_line_has() -> None:
    line = {**CLAIM, "category": "rumour", "severity": "high", "examples": []}
    t = TemplateIn.model_validate(claim_to_template(line, category="claim", severity="low"))
    assert (t.category, t.severity, t.examples) == ("rumour", "high", ())
    same_title = claim_to_template({"id": "x", "text": "Same words", "title": "Same words"})
    assert "examples" not in same_title
    prose_date = claim_to_template({**CLAIM, "date": "The circulating text and photos shown above " * 3})
    assert "first_seen" not in prose_date, "a broken optional field must not reject the claim"


def test_a_claim_with_a_one_word_text_takes_its_title() -> None:
    t = TemplateIn.model_validate(claim_to_template({**CLAIM, "text": "No"}))
    assert (t.text, t.examples) == (CLAIM["title"], ())
    t = TemplateIn.model_validate(claim_to_template({"id": "c", "title": "Only a title here"}))
    assert t.text == "Only a title here"


def test_eval_reads_claims_as_the_import_does(tmp_path: Path) -> None:
    lines = [json.dumps(CLAIM), json.dumps({"id": "short", "text": "x"}), json.dumps({**CLAIM, "id": "c2"})]
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    templates, skipped = load_templates(path)
    imported, rejected = parse_template_lines(lines, claim_to_template)
    assert skipped == len(rejected) == 1
    assert [TemplateIn.model_validate(t.model_dump()) for t in templates.values()] == imported


def test_claim_lines_with_line_numbers_for_the_rejected() -> None:
    lines = [json.dumps(CLAIM), "", "{oops", json.dumps({"id": "short", "text": "x"}), "[1]"]
    good, rejected = parse_template_lines(lines, claim_to_template)
    assert [t.id for t in good] == [CLAIM["id"]]
    assert [(r["line"], r.get("id")) for r in rejected] == [(3, None), (4, "short"), (5, None)]
    assert rejected[1]["reason"].startswith("text:")
    good, rejected = parse_template_lines([json.dumps(CLAIM)])  # as templates: no category/severity
    assert good == [] and {"category", "severity"} <= {
        p.split(":")[0] for p in rejected[0]["reason"].split("; ")
    }


def test_export_line_round_trips() -> None:
    t = TemplateIn.model_validate(claim_to_template(CLAIM))
    assert TemplateIn.model_validate_json(export_line(t)) == t
    assert "version" not in json.loads(export_line(t))
