"""The template registry against the real Redis 8.2 + RediSearch and the real model."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from monitor.core.models import TemplateIn
from monitor.errors import TemplateNotFound
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry

pytestmark = pytest.mark.integration

T1 = TemplateIn(
    id="inventor",
    category="rumour",
    severity="high",
    text="Xie Saining from Shanghai Jiao Tong University is one of the inventors of Sora",
    examples=("SJTU graduate Xie Saining invented OpenAI's Sora",),
    negatives=("Xie Saining denies any connection with Sora",),
)
T2 = TemplateIn(
    id="course",
    category="scam",
    severity="critical",
    text="Paid Sora video course for 99 yuan, scan the QR code to join the group",
)


def test_import_is_idempotent_and_versioned(redis_conn: Any, settings: Any, embedder: Any) -> None:
    reg = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), embedder)
    first = reg.upsert_many([T1, T2])
    assert (first.imported, first.updated, first.unchanged) == (2, 0, 0)
    v1 = reg.version()
    again = reg.upsert_many([T1, T2])
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    assert reg.version() == v1, "a no-op import must not bump the catalogue version"
    changed = T2.model_copy(update={"examples": ("Sora tutorial, 199 RMB, pay to enter the WeChat group",)})
    res = reg.upsert_many([changed])
    assert res.updated == 1
    assert reg.get("course").version == 2
    assert reg.version() > v1
    history = reg.history("course")
    assert [h["action"] for h in history] == ["add", "update"]
    assert "examples" in history[-1]["changes"]


def test_knn_finds_nearest_exemplars_and_respects_disable(
    redis_conn: Any, settings: Any, embedder: Any
) -> None:
    reg = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), embedder)
    reg.upsert_many([T1, T2])
    index = reg.index()
    vec = embedder.encode_queries(["they say the SJTU genius Xie Saining invented Sora"])
    hits = index.search(vec, 10)[0]
    assert hits[0].template_id == "inventor"
    assert {h.kind for h in hits} == {"text", "example", "negative"}
    assert hits[0].score > 0.6
    assert all(a.score >= b.score for a, b in itertools.pairwise(hits))

    reg.set_enabled("inventor", False)
    hits = index.search(vec, 10)[0]
    assert {h.template_id for h in hits} == {"course"}
    reg.set_enabled("inventor", True)
    assert index.search(vec, 10)[0][0].template_id == "inventor"

    reg.remove("course")
    assert {h.template_id for h in index.search(vec, 10)[0]} == {"inventor"}
    with pytest.raises(TemplateNotFound):
        reg.get("course")


def test_snapshot_has_only_enabled_templates(redis_conn: Any, settings: Any, embedder: Any) -> None:
    reg = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), embedder)
    reg.upsert_many([T1, T2])
    reg.set_enabled("course", False)
    version, templates = reg.snapshot()
    assert set(templates) == {"inventor"}
    assert version == reg.version()


def test_memory_and_redis_index_agree(redis_conn: Any, settings: Any, embedder: Any) -> None:
    from monitor.storage.index import MemoryIndex

    reg = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), embedder)
    reg.upsert_many([T1, T2])
    mem = MemoryIndex()
    for t in (T1, T2):
        ex = t.exemplars()
        vecs = embedder.encode_passages([e[2] for e in ex])
        mem.add((t.id, k, i, text, vecs[n]) for n, (k, i, text) in enumerate(ex))
    queries = embedder.encode_queries(
        ["Sora course 99 yuan QR group", "Xie Saining denies Sora link", "what a lovely day"]
    )
    for a, b in zip(mem.search(queries, 5), reg.index().search(queries, 5), strict=True):
        assert [(h.template_id, h.kind, h.index) for h in a] == [(h.template_id, h.kind, h.index) for h in b]
        for x, y in zip(a, b, strict=True):
            assert x.score == pytest.approx(y.score, abs=1e-4)


def test_spellings_are_part_of_the_catalogue_versioned_and_audited(
    redis_conn: Any, settings: Any, embedder: Any
) -> None:
    from monitor.core.spellings import SpellingIn
    from monitor.errors import SpellingNotFound
    from monitor.pipeline.catalogue import Catalogue

    reg = TemplateRegistry(redis_conn, Keys(settings.redis_prefix), embedder)
    reg.upsert_many([T1])
    catalogue = Catalogue(reg)
    catalogue.refresh(force=True)
    assert not catalogue.spellings
    v0 = reg.version()

    assert reg.set_spelling(SpellingIn(alias="索拉", name="Sora"), actor="alice") == "added"
    assert reg.version() == v0 + 1
    assert reg.set_spelling(SpellingIn(alias="索拉", name="Sora")) == "unchanged", (
        "no change, no version bump"
    )
    assert reg.version() == v0 + 1
    assert catalogue.refresh() is True, "a worker reloads on the version bump"
    assert catalogue.spellings.read("索拉来了") == ("Sora来了", ["索拉"])
    assert catalogue.templates.keys() == {"inventor"}, "the templates reload with it, unchanged"

    reg.set_spelling(SpellingIn(alias="S0RA", name="Sora"))
    # the same spelling in another case replaces it
    assert reg.set_spelling(SpellingIn(alias="s0ra", name="SORA")) == "updated"
    assert reg.spellings().names == {"索拉": "Sora", "s0ra": "SORA"}
    reg.remove_spelling("索拉", actor="bob")
    with pytest.raises(SpellingNotFound):
        reg.remove_spelling("索拉")
    catalogue.refresh()
    assert catalogue.spellings.names == {"s0ra": "SORA"}

    history = reg.spelling_history()
    assert [(h["action"], h["alias"], h["actor"]) for h in history][::3] == [
        ("spelling_set", "索拉", "alice"),
        ("spelling_remove", "索拉", "bob"),
    ]
    assert reg.history("inventor")[-1]["action"] == "add", "a spelling is no template's change"
    # template changes in between never push the spelling changes out of their history
    for n in range(5):
        reg.upsert_many([T1.model_copy(update={"text": f"{T1.text} ({n})"})])
    assert [h["alias"] for h in reg.spelling_history(count=4)] == ["索拉", "S0RA", "s0ra", "索拉"]
