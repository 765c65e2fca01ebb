"""glossary60: a CSV term base carries a person's offices in an ``offices`` column (``|``
between offices), as TOML and TBX have since glossary58; on main the column was dropped without
a word, so "a prefeita Moura" imported from a spreadsheet named nobody. Export writes the column
only when an entry has offices (a term base without them is written as before); an office on an
entry that is not a person, or one that is no office, is refused naming the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from clirun import invoke

from translate.errors import DataError
from translate.glossary import load_glossary
from translate.glossary.io import from_csv, read_terms, to_csv
from translate.glossary.load import dump_toml, parse_text
from translate.glossary.match import find_mentions

CSV = ("id,type,name,offices\n"
       "ana-moura,person,Ana Moura,prefeita|mayor|the mayor\n"
       "rui-moura,person,Rui Moura,vereador | councilman\n")


def test_the_offices_column_is_read() -> None:
    ana, rui = from_csv(CSV, "n.csv")
    assert ana.offices == ("prefeita", "mayor", "the mayor")
    assert rui.offices == ("vereador", "councilman")
    # a semicolon-separated sheet, the column anywhere
    text = "name;offices;type\nAna Moura;prefeita;person\n"
    assert from_csv(text, "n.csv")[0].offices == ("prefeita",)


def test_export_and_import_keep_the_offices() -> None:
    entries = from_csv(CSV, "n.csv")
    text = to_csv(entries)
    assert text.splitlines()[0].split(",")[8] == "offices"
    assert [e.offices for e in from_csv(text, "again.csv")] == [e.offices for e in entries]


def test_a_term_base_without_offices_is_written_as_before() -> None:
    plain = from_csv("name,type\nRui Moura,person\n", "p.csv")
    assert to_csv(plain).splitlines()[0] == \
        "id,type,name,aliases,deprecated,territory,zone,note"


def test_imported_offices_name_the_person(tmp_path: Path) -> None:
    csv_path = tmp_path / "newsroom.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    toml_path = tmp_path / "newsroom.toml"
    toml_path.write_text(dump_toml(read_terms(csv_path)), encoding="utf-8")
    assert parse_text(toml_path.read_text(encoding="utf-8"), "n.toml")[1].offices == \
        ("vereador", "councilman")
    g = load_glossary([toml_path])
    found = [(m.surface, m.entry.id) for m in
             find_mentions("O vereador Moura anunciou o plano.", g, source_lang="pt")
             if m.entry.id.endswith("-moura")]
    assert found == [("Moura", "rui-moura")]


def test_the_cli_import_writes_the_offices(tmp_path: Path) -> None:
    csv_path = tmp_path / "newsroom.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    out = tmp_path / "g.toml"
    code, _, err = invoke("glossary", "import", str(csv_path), "-o", str(out))
    assert code == 0, err
    assert 'offices = ["prefeita", "mayor", "the mayor"]' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("row", [
    "lisbon,place,Lisbon,mayor",           # an office on a place
    "ana-moura,person,Ana Moura,mayor=1",  # no office as written before a surname
])
def test_bad_offices_are_refused_with_their_line(row: str) -> None:
    with pytest.raises(DataError) as info:
        from_csv("id,type,name,offices\nrui-moura,person,Rui Moura,vereador\n" + row + "\n",
                 "bad.csv")
    assert "offices" in str(info.value) or "office" in str(info.value)
    assert "bad.csv:3" in str(info.value)


def test_many_offices_rows_read_in_linear_time() -> None:
    rows = "".join(f"p{i},person,Ana Moura{i},prefeita|mayor\n" for i in range(20_000))
    entries = from_csv("id,type,name,offices\n" + rows, "many.csv")
    assert len(entries) == 20_000 and entries[-1].offices == ("prefeita", "mayor")
