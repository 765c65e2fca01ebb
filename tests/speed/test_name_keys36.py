"""The facts gate's same-entity name table (facts37: "Nato" and "OTAN", "Kashmir" and
"Caxemira" are one name) comes prebuilt in the shipped glossary index for the embedded
engine's languages (speed36): built from the whole glossary on first use it cost 150-250 ms
of CPU in every process that met a name the two sides spell differently. The table answers
exactly as the one it replaces (each key's union of the other language's forms)."""

from __future__ import annotations

import pytest

from translate import facts
from translate.glossary import cache, load, name_keys
from translate.glossary.model import Glossary


@pytest.fixture(autouse=True)
def fresh_process() -> None:
    cache.clear()
    load.clear_cache()
    facts._glossary_pairs.cache_clear()


def test_the_shipped_index_answers_without_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_build(*_args: object, **_kwargs: object) -> Glossary:
        raise AssertionError("built, not read from the shipped index")

    monkeypatch.setattr(cache, "load_glossary", no_build)
    monkeypatch.setattr(name_keys, "entity_keys", no_build)
    assert {"name-keys:en", "name-keys:pt"} <= set(cache.load()._cache)
    source, target = "NATO allies met in Kashmir.", "Os aliados da OTAN se reuniram na Caxemira."
    assert facts._glossary_named(source, (0, 4), target, "en", "pt-BR")
    assert facts._glossary_named(source, (19, 26), target, "en", "pt-BR")
    assert facts._glossary_named(target, (14, 18), source, "pt", "en")
    assert not facts._glossary_named(source, (0, 4), "Os aliados se reuniram.", "en", "pt-BR")
    facts._glossary_pairs.cache_clear()
    with pytest.raises(AssertionError, match="built"):  # another language: built on use
        facts._glossary_named(source, (0, 4), "Die NATO-Verbündeten", "en", "de")


@pytest.mark.parametrize(("lang", "other"), [("en", "pt"), ("pt", "en")])
def test_the_table_is_the_union_table_facts37_built(lang: str, other: str) -> None:
    shipped = cache.load()
    built = load.load_glossary()  # from the files, nothing stored
    # facts37's table: each key of a text in ``lang`` -> every form of the same entities in
    # ``other``; and the longest key's word count
    union: dict[str, set[str]] = {}
    for entry in built.entries:
        theirs = name_keys.entity_keys(entry, other)
        for key in name_keys.entity_keys(entry, lang):
            union.setdefault(key, set()).update(theirs)
    longest = max(k.count(" ") + 1 for k in union)
    mine, theirs_table = name_keys.name_keys(shipped, lang), name_keys.name_keys(shipped, other)
    assert mine == name_keys.name_keys(built, lang)  # the shipped copy is what a build makes
    assert mine[2] == longest
    assert set(mine[1]) == set(union)
    for key, entries in mine[1].items():
        assert {f for n in entries for f in theirs_table[0][n]} == union[key], key
