"""fuzz48: a ``--glossary`` id defined twice.

In one file it is a mistake (the later entry silently replaced the earlier): refused, exit 5,
naming the file and the second definition's line and pointing at the first. Across user files
a later file replaces an id on purpose (README "Extra glossaries and overrides"): the command
says what replaced what on stderr, one ``warning:`` line each, and runs as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile.helpers import invoke

from translate.errors import DataError
from translate.glossary import load as glossary_load
from translate.glossary import load_glossary

ENTRY = '[[entry]]\nid = "{id}"\ntype = "place"\nname = "{name}"\n\n'


def _file(path: Path, *pairs: tuple[str, str]) -> Path:
    path.write_text("".join(ENTRY.format(id=i, name=n) for i, n in pairs), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _fresh() -> None:
    glossary_load.clear_cache()


def test_an_id_twice_in_one_file_is_refused_at_its_line(tmp_path: Path) -> None:
    g = _file(tmp_path / "g.toml", ("lisbon-x", "Lisbon X"), ("porto-x", "Porto X"),
              ("lisbon-x", "Lisbon Y"))
    with pytest.raises(DataError) as got:
        load_glossary([g], builtin=False)
    text = str(got.value)
    assert text.startswith(f"{g}:11: entry id 'lisbon-x' is defined twice in this file")
    assert "first at line 1" in text
    assert got.value.exit_code == 5


def test_an_id_twice_in_one_file_exits_5_with_one_line(tmp_path: Path) -> None:
    g = _file(tmp_path / "g.toml", ("lisbon-x", "Lisbon X"), ("lisbon-x", "Lisbon Y"))
    art = tmp_path / "a.txt"
    art.write_text("The council of Lisbon X met on Monday.\n", encoding="utf-8")
    for args in (["run", art, "--to", "pt-BR", "--from", "en", "--out", tmp_path / "out",
                  "--no-cache", "--glossary", g],
                 ["check", art, "--glossary", g]):
        invoke(*args).refused(5, f"{g}:6: entry id 'lisbon-x' is defined twice in this file "
                                 "(first at line 1)")
    assert not (tmp_path / "out").exists()


def test_a_later_user_file_replacing_an_id_is_said(tmp_path: Path) -> None:
    a = _file(tmp_path / "a.toml", ("lisbon-x", "Lisbon X"), ("porto-x", "Porto X"))
    b = _file(tmp_path / "b.toml", ("braga-x", "Braga X"), ("lisbon-x", "Lisbon Y"))
    said = glossary_load.user_overrides([a, b])
    assert said == [f"{b}:6: entry 'lisbon-x' replaces the one at {a}:1 (a later --glossary "
                    "file overrides an earlier one)"]
    glossary = load_glossary([a, b], builtin=False)  # the override rule stands
    assert glossary.by_id["lisbon-x"].name == "Lisbon Y"


def test_the_cli_warns_of_an_override_and_runs(tmp_path: Path) -> None:
    a = _file(tmp_path / "a.toml", ("lisbon-x", "Lisbon X"))
    b = _file(tmp_path / "b.toml", ("lisbon-x", "Lisbon Y"))
    art = tmp_path / "a.txt"
    art.write_text("The council of Lisbon Y met on Monday.\n", encoding="utf-8")
    result = invoke("check", art, "--glossary", a, "--glossary", b, "--no-builtin-glossary",
                    "--from", "en")
    assert result.code == 0, result
    assert "Lisbon Y" in result.stdout
    assert result.stderr.splitlines()[:1] == [
        f"warning: {b}:1: entry 'lisbon-x' replaces the one at {a}:1 (a later --glossary file "
        "overrides an earlier one)"]


def test_overriding_a_shipped_entry_or_naming_one_file_twice_is_quiet(tmp_path: Path) -> None:
    a = _file(tmp_path / "a.toml", ("baku", "Baku City"))
    assert glossary_load.user_overrides([a]) == []
    assert glossary_load.user_overrides([a, a]) == []
    assert load_glossary([a]).by_id["baku"].name == "Baku City"


def test_a_folder_of_files_is_several_files(tmp_path: Path) -> None:
    folder = tmp_path / "terms"
    folder.mkdir()
    _file(folder / "1.toml", ("lisbon-x", "Lisbon X"))
    _file(folder / "2.toml", ("lisbon-x", "Lisbon Y"))
    said = glossary_load.user_overrides([folder])
    assert len(said) == 1 and said[0].startswith(f"{folder / '2.toml'}:1: entry 'lisbon-x'")


def test_twenty_thousand_entries_of_one_id_stop_at_the_second(tmp_path: Path) -> None:
    g = tmp_path / "g.toml"
    g.write_text(ENTRY.format(id="same", name="Lisbon X") * 20_000, encoding="utf-8")
    with pytest.raises(DataError, match=r"g\.toml:6: entry id 'same' is defined twice"):
        glossary_load.user_overrides([g])


def test_twenty_thousand_overrides_are_linear(tmp_path: Path) -> None:
    files = [_file(tmp_path / f"{k}.toml", *[(f"e{i}", f"Name {i}") for i in range(10_000)])
             for k in range(2)]
    said = glossary_load.user_overrides(files)
    assert len(said) == 10_000 and said[-1].startswith(f"{files[1]}:")
