"""The prebuilt index of the shipped glossary (translate/glossary/shipped-index.bin): current
with the data and code, the same glossary and indexes a build makes, used on a fresh home,
and never used when it does not match (then the glossary is built, as before)."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from translate.glossary import cache, codec, find_mentions, load
from translate.glossary.injected import _forms_index
from translate.glossary.match import Index, build_index, make_memos
from translate.glossary.model import Glossary

TEXT = ("Poshinian met Aliev in Tbilisi; Merkel flew to Deutschland and Moskva, not Khartum; "
        "the U.N. and Nagorno-Karabagh were on the agenda, said the OSCE.")


@pytest.fixture(autouse=True)
def fresh_process() -> None:
    cache.clear()
    load.clear_cache()


def _mentions(glossary: Glossary, text: str = TEXT) -> list[tuple[object, ...]]:
    return [(m.surface, m.entry.id, m.match, m.start, m.end, m.fix, m.part)
            for m in find_mentions(text, glossary)]


def test_the_shipped_index_is_current() -> None:
    """Fails when glossary/ data or translate/glossary/ code changed without regenerating."""
    state = cache.shipped_state()
    assert state == "fresh", (
        f"{cache.SHIPPED} is {state}: run `python scripts/glossary_index.py` and commit it")


def test_a_fresh_home_gets_the_shipped_copy_without_building(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_build(*_args: object, **_kwargs: object) -> Glossary:
        raise AssertionError("built, not read from the shipped index")

    monkeypatch.setattr(cache, "load_glossary", no_build)
    glossary = cache.load()
    assert isinstance(glossary._cache, codec.StoredCache)
    assert {"index:en", "index:pt", "injected:pt-BR", "injected:de", "hash"} <= set(
        glossary._cache)
    assert _mentions(glossary)
    cache.remember(glossary)  # nothing new was built: nothing is written
    assert not cache.db_path().exists()


def test_the_shipped_copy_is_what_a_build_makes() -> None:
    shipped = cache.load()
    built = load.load_glossary()
    assert built is not shipped
    assert shipped.entries == built.entries and shipped.duplicates == built.duplicates
    assert shipped.sources == built.sources  # absolute paths of this installation
    assert [e.source for e in shipped.entries] == [e.source for e in built.entries]
    assert shipped.hash == built.hash
    for lang in cache.SHIPPED_SOURCES:
        mine, theirs = build_index(shipped, lang), build_index(built, lang)
        assert mine.standalone and mine.organs  # stored made: a run does not make them again
        make_memos(theirs)  # the memos as the first text matched would make them
        for field in dataclasses.fields(Index):
            if field.name not in ("lock", "fuzzy_cache", "in_bucket"):  # in_bucket: a memo
                assert getattr(mine, field.name) == getattr(theirs, field.name), field.name
        variants = {id(v.entry) for vs in mine.sequences.values() for v in vs}
        assert variants <= {id(e) for e in shipped.entries}  # the glossary's own entries
    for tag in ("pt-BR", "de", "ru", "zh-Hans"):
        assert _forms_index(shipped, tag) == _forms_index(built, tag)
    assert _mentions(shipped) == _mentions(built)


def test_gazetteer_names_stay_names_not_misspellings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that reads the glossary from a store never built it, so it must learn which
    names the gazetteer added: "Deutschland" is an accepted name, not a typo for Germany."""
    monkeypatch.setattr(load, "_GAZETTEER_NAMES", set())
    glossary = cache.load()
    assert load.is_gazetteer_name("country-de", "Deutschland")
    found = {m.surface: (m.match, m.fix) for m in find_mentions(TEXT, glossary)}
    assert found["Deutschland"] == ("alias", None)
    assert found["Khartum"] == ("misspelling", "Khartoum")


def test_a_stale_index_is_not_used(monkeypatch: pytest.MonkeyPatch,
                                   caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(cache, "shipped_key", lambda: "0" * 64)
    assert cache.shipped_state() == "stale"
    caplog.set_level(logging.INFO, logger="translate.glossary.cache")
    glossary = cache.load()
    assert not isinstance(glossary._cache, codec.StoredCache)  # built
    assert "stale" in caplog.text and "scripts/glossary_index.py" in caplog.text
    assert _mentions(glossary) == _mentions(load.load_glossary())


@pytest.mark.parametrize("damage", [b"", b"garbage", b"\x00" * 64])
def test_a_damaged_index_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     caplog: pytest.LogCaptureFixture, damage: bytes) -> None:
    head = cache.SHIPPED.read_bytes().split(b"\n", 2)
    broken = tmp_path / "shipped-index.bin"
    broken.write_bytes(head[0] + b"\n" + head[1] + b"\n" + damage)
    monkeypatch.setattr(cache, "SHIPPED", broken)
    caplog.set_level(logging.INFO, logger="translate.glossary.cache")
    glossary = cache.load()
    assert not isinstance(glossary._cache, codec.StoredCache)
    assert "not used" in caplog.text
    assert _mentions(glossary)


def test_an_index_made_by_other_code_is_refused() -> None:
    data = codec.encode(load.load_glossary(), load.gazetteer_names(), None)
    assert codec.decode(data, None) is not None
    assert codec.decode({**data, "format": codec.FORMAT + 1}, None) is None
    other = {**data["fields"], "Entry": (*data["fields"]["Entry"], "new_field")}
    assert codec.decode({**data, "fields": other}, None) is None
    assert codec.decode([], None) is None


def test_a_user_glossary_is_built_not_taken_from_the_shipped_copy(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('[[entry]]\nid = "zq"\ntype = "person"\nname = "Zorblat Quenton"\n',
                    encoding="utf-8")
    glossary = cache.load([mine])
    assert not isinstance(glossary._cache, codec.StoredCache)
    assert glossary.get("zq") is not None
    assert [m.entry.id for m in find_mentions("Zorblat Quenton met Aliev.", glossary)] == \
        ["zq", "ilham-aliyev"]
    # stored in the user's cache, and read back the same with its path
    _forms_index(glossary, "pt-BR")
    cache.remember(glossary)
    cache.clear()
    load.clear_cache()
    again = cache.load([mine])
    assert isinstance(again._cache, codec.StoredCache)
    assert again.get("zq") == glossary.get("zq")
    assert again.get("zq").source == f"{mine}:1"  # type: ignore[union-attr]
    assert _mentions(again) == _mentions(glossary)


def test_the_shipped_index_is_package_data() -> None:
    """Inside the package folder (so the wheel carries it; hatch takes every file of
    ``translate/`` that git tracks) and not ignored by git."""
    root = Path(cache.__file__).resolve().parents[2]
    assert cache.SHIPPED.parent == Path(cache.__file__).resolve().parent
    ignore = (root / ".gitignore").read_text(encoding="utf-8") if (
        root / ".gitignore").is_file() else ""
    assert "shipped-index" not in ignore and "*.bin" not in ignore
