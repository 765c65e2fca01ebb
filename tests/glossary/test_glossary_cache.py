"""The glossary and its indexes kept on disk between runs (translate.glossary.cache): the next
process gets the same glossary with its indexes already built, a changed file is read again,
and a damaged or unwritable store only costs the time it was meant to save."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from translate.glossary import cache, find_mentions, load_glossary
from translate.glossary.injected import _forms_index
from translate.glossary.load import clear_cache

TEXT = "Poshinian met Aliev in Tbilisi; the U.N. and Nagorno-Karabagh were on the agenda."


@pytest.fixture(autouse=True)
def fresh_process() -> None:
    """Each test starts as a new process would: nothing remembered in memory."""
    cache.clear()
    clear_cache()


def _mentions(glossary: object) -> list[tuple[str, str, str, int, int]]:
    return [
        (m.surface, m.entry.id, m.match, m.start, m.end)
        for m in find_mentions(TEXT, glossary)  # type: ignore[arg-type]
    ]


def _user_glossary(tmp_path: Path, name: str = "Zorblat Quenton") -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(
        f'[[entry]]\nid = "zq"\ntype = "person"\nname = "{name}"\n', encoding="utf-8"
    )
    return path


def test_the_next_process_gets_the_built_indexes_and_the_same_answers() -> None:
    first = cache.load()
    expected = _mentions(first)
    _forms_index(first, "nl")  # a locale the shipped index has no forms for
    cache.remember(first)
    assert cache.db_path().is_file()

    cache.clear()
    clear_cache()
    again = cache.load()
    assert again is not first
    assert {"index:en", "injected:nl"} <= set(again._cache)  # built by the first process
    assert _mentions(again) == expected == _mentions(load_glossary())
    assert again.hash == first.hash and len(again) == len(first)
    assert _forms_index(again, "nl") == _forms_index(first, "nl")


def test_nothing_is_written_when_no_index_was_added() -> None:
    glossary = cache.load()
    cache.remember(glossary)
    assert not cache.db_path().exists()


def test_a_changed_glossary_file_is_read_again(tmp_path: Path) -> None:
    path = _user_glossary(tmp_path)
    glossary = cache.load([path])
    _mentions(glossary)
    cache.remember(glossary)
    assert glossary.get("zq").name == "Zorblat Quenton"  # type: ignore[union-attr]

    cache.clear()
    clear_cache()
    path.write_text(path.read_text(encoding="utf-8").replace("Quenton", "Quentin"), "utf-8")
    assert cache.load([path]).get("zq").name == "Zorblat Quentin"  # type: ignore[union-attr]
    # and within one process too (a serving process sees an edited file)
    path.write_text(path.read_text(encoding="utf-8").replace("Quentin", "Quintus"), "utf-8")
    assert cache.load([path]).get("zq").name == "Zorblat Quintus"  # type: ignore[union-attr]


def test_a_damaged_store_is_ignored(caplog: pytest.LogCaptureFixture) -> None:
    glossary = cache.load()
    _mentions(glossary)
    _forms_index(glossary, "nl")
    cache.remember(glossary)
    with sqlite3.connect(cache.db_path()) as conn:
        conn.execute("UPDATE glossary SET data = ?", (b"not marshal data",))
    conn.close()
    cache.clear()
    clear_cache()
    caplog.set_level("INFO", logger="translate.glossary.cache")
    again = cache.load()
    assert "injected:nl" not in again._cache  # the user's copy not used
    assert _mentions(again) == _mentions(glossary)
    assert "not used" in caplog.text


def test_an_unwritable_home_costs_only_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setattr(cache, "db_path", lambda: blocked / "glossary-cache.db")
    glossary = cache.load()
    expected = _mentions(glossary)
    cache.remember(glossary)  # logged, not raised
    assert expected


def test_only_the_newest_few_glossaries_are_kept(tmp_path: Path) -> None:
    for n in range(cache.KEEP + 2):
        cache.clear()
        clear_cache()
        glossary = cache.load([_user_glossary(tmp_path, f"Zorblat Quenton{'x' * n}")],
                              builtin=False)  # fmt: skip
        _mentions(glossary)
        cache.remember(glossary)
    with sqlite3.connect(cache.db_path()) as conn:
        (count,) = conn.execute("SELECT count(*) FROM glossary").fetchone()
    conn.close()
    assert count == cache.KEEP


def test_a_home_with_uri_characters_in_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "news?room #1 %20"
    monkeypatch.setenv("TRANSLATE_HOME", str(home))
    glossary = cache.load()
    _mentions(glossary)
    _forms_index(glossary, "nl")
    cache.remember(glossary)
    cache.clear()
    clear_cache()
    assert "injected:nl" in cache.load()._cache
