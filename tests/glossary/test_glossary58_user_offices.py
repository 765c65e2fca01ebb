"""glossary58: a user glossary (TOML or TBX) may give its persons offices, so an office written
before a surname names a newsroom's own people as ``glossary/words/roles.toml`` names the
shipped ones: "a prefeita Moura" is Ana Moura where the newsroom lists her as mayor (the role
noun had made her "another person"), and "o vereador Moura" is Rui Moura, not Ana, where both
are listed. Offices are validated like the rest of the file: errors name the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from clirun import invoke

from translate.errors import DataError
from translate.glossary import load_glossary
from translate.glossary.io import from_tbx, to_tbx
from translate.glossary.load import dump_toml, parse_text
from translate.glossary.match import find_mentions

ANA = '[[entry]]\nid = "ana-moura"\ntype = "person"\nname = "Ana Moura"\n' \
      'offices = ["prefeita", "mayor", "the mayor"]\n'
RUI = '[[entry]]\nid = "rui-moura"\ntype = "person"\nname = "Rui Moura"\n' \
      'offices = ["vereador", "councilman"]\n'


def _read(tmp_path: Path, text: str, sentence: str, lang: str) -> list[tuple[str, str]]:
    path = tmp_path / "newsroom.toml"
    path.write_text(text, encoding="utf-8")
    g = load_glossary([path])
    return [(m.surface, m.entry.id) for m in find_mentions(sentence, g, source_lang=lang)
            if m.entry.id in ("ana-moura", "rui-moura")]


def test_offices_are_read_and_written_back() -> None:
    entry = parse_text(ANA, "n.toml")[0]
    assert entry.offices == ("prefeita", "mayor", "the mayor")
    assert entry.to_dict()["offices"] == ["prefeita", "mayor", "the mayor"]
    assert parse_text(dump_toml([entry]), "again.toml")[0].offices == entry.offices


def test_the_persons_own_office_before_the_surname_names_the_person(tmp_path: Path) -> None:
    # "prefeita" is a role noun that made a listed surname "another person" ("o técnico Costa")
    assert _read(tmp_path, ANA, "A prefeita Moura anunciou o plano.", "pt") == \
        [("Moura", "ana-moura")]


def test_another_role_still_names_another_person(tmp_path: Path) -> None:
    assert _read(tmp_path, ANA, "O vereador Moura anunciou o plano.", "pt") == []
    assert _read(tmp_path, ANA, "Ana Moura won. The senator Moura announced the plan.", "en") \
        == [("Ana Moura", "ana-moura")]


def test_the_office_tells_which_of_two_listed_persons(tmp_path: Path) -> None:
    both = ANA + "\n" + RUI
    assert _read(tmp_path, both, "O vereador Moura anunciou o plano.", "pt") == \
        [("Moura", "rui-moura")]
    assert _read(tmp_path, both, "Mayor Moura announced the plan.", "en") == \
        [("Moura", "ana-moura")]
    # the document names Ana in full; the office still tells the councillor
    assert _read(tmp_path, both, "Ana Moura venceu. O vereador Moura falou.", "pt") == \
        [("Ana Moura", "ana-moura"), ("Moura", "rui-moura")]
    # without an office, two listed Mouras: the text cannot tell
    assert _read(tmp_path, both, "Moura announced the plan.", "en") == []


def test_offices_round_trip_through_tbx() -> None:
    entries = parse_text(ANA + "\n" + RUI, "n.toml")
    back = from_tbx(to_tbx(entries).encode("utf-8"), "n.tbx")
    assert [e.offices for e in back] == [e.offices for e in entries]


def test_a_tbx_office_on_a_place_is_refused() -> None:
    tbx = ('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en">'
           '<text><body><termEntry id="x"><descrip type="subjectField">place</descrip>'
           '<descrip type="office">mayor</descrip><langSet xml:lang="en"><tig><term>Lisbon'
           '</term></tig></langSet></termEntry></body></text></martif>')
    with pytest.raises(DataError, match="offices"):
        from_tbx(tbx.encode("utf-8"), "t.tbx")


@pytest.mark.parametrize(("text", "line", "needle"), [
    ('[[entry]]\nid = "lisbon"\ntype = "place"\nname = "Lisbon"\noffices = ["mayor"]\n', 5,
     "type is 'place'"),
    ('[[entry]]\nid = "a"\ntype = "person"\nname = "A B"\noffices = "mayor"\n', 5, ""),
    ('[[entry]]\nid = "a"\ntype = "person"\nname = "A B"\noffices = [1]\n', 5,
     "list of strings"),
    ('[[entry]]\nid = "a"\ntype = "person"\nname = "A B"\noffices = [""]\n', 5,
     "empty string"),
    ('[[entry]]\nid = "a"\ntype = "person"\nname = "A B"\noffices = ["mayor (2024)"]\n', 5,
     "not an office"),
    ('[[entry]]\nid = "a"\ntype = "person"\nname = "A B"\n'
     'offices = ["one two three four five six seven eight nine"]\n', 5, "at most 8 words"),
    ('[[entry]]\nid = "a"\ntype = "person"\nname = "A B"\noffices = ["may\\u202eor"]\n', 5,
     "hidden character"),
], ids=["place", "string", "not-strings", "empty", "digits", "too-long", "hidden"])
def test_bad_offices_name_file_and_line(tmp_path: Path, text: str, line: int,
                                        needle: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    if needle == "":  # one office written as a string is read as a list of one
        assert load_glossary([path], builtin=False).get("a").offices == ("mayor",)
        return
    with pytest.raises(DataError) as info:
        load_glossary([path], builtin=False)
    assert (info.value.path, info.value.line) == (str(path), line)
    assert needle in info.value.message
    assert info.value.exit_code == 5


def test_a_bad_office_is_one_error_line_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[[entry]]\nid = "lisbon"\ntype = "place"\nname = "Lisbon"\n'
                    'offices = ["mayor"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The mayor spoke in Lisbon.\n", encoding="utf-8")
    invoke("check", article, "--glossary", path).refused(5, "broken.toml:5")
    code, out, _ = invoke("glossary", "lint", path)
    assert code == 5 and "broken.toml:5: error" in out and "'offices'" in out


def test_reading_offices_is_linear(tmp_path: Path) -> None:
    text = "A prefeita Moura falou. " * 20_000
    found = _read(tmp_path, ANA, text, "pt")
    assert len(found) == 20_000
