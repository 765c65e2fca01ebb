"""Loading: the shipped glossary, user files and folders, overrides, errors with file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.errors import DataError, InputError
from translate.glossary import Glossary, load_glossary, target_form
from translate.glossary.load import dump_toml, parse_text
from translate.glossary.model import Entry


def test_load_builtin_has_seed_names_and_cldr_countries(builtin: Glossary) -> None:
    for entry_id in ("nikol-pashinyan", "ilham-aliyev", "nagorno-karabakh", "baku", "russia",
                     "country-fr", "country-jp", "united-nations"):
        assert entry_id in builtin
    assert len(builtin) > 600


def test_load_user_folder_adds_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.toml").write_text(
        '[[entry]]\nid = "baku"\ntype = "place"\nname = "Baku City"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text(
        '[[entry]]\nid = "new-one"\ntype = "org"\nname = "Newco"\n', encoding="utf-8")
    glossary = load_glossary([tmp_path])
    assert glossary.by_id["baku"].name == "Baku City"
    assert "new-one" in glossary
    assert [(a.id, b.source.endswith("a.toml:1")) for a, b in glossary.duplicates] == [
        ("baku", True)]


def test_load_without_builtin(tiny: Glossary) -> None:
    assert sorted(e.id for e in tiny) == ["armenia", "kyiv", "nikol-pashinyan"]


def test_load_hash_is_stable_and_content_based(tiny_path: Path, tmp_path: Path) -> None:
    first = load_glossary([tiny_path], builtin=False).hash
    reordered = tmp_path / "re.toml"
    blocks = tiny_path.read_text(encoding="utf-8").split("\n\n")
    reordered.write_text("\n\n".join(reversed(blocks)), encoding="utf-8")
    assert load_glossary([reordered], builtin=False).hash == first
    assert len(first) == 12


@pytest.mark.parametrize(("text", "line", "needle"), [
    ('[[entry]]\nid = "a"\nname = "A"\ntype = "place\n', 4, "invalid TOML"),
    ('[[entry]]\nid = "a"\nname = "A"\n\n[[entry]]\nid = "b"\nnmae = "B"\n', 7, "unknown key"),
    ('[[entry]]\nid = "a"\nname = ""\n', 1, "no 'name'"),
    ('[[entry]]\nid = "a"\nname = "A"\ntype = "planet"\n', 4, "type must be"),
    ('[[entry]]\nid = "a"\nname = "A"\n[entry.forms]\nxx-YY-ZZZZZZZZZ = "B"\n', 5,
     "not a BCP 47"),
    ('[[entry]]\nid = "a"\nname = "A"\nterritory = "QQ"\n', 4, "unknown territory"),
    ('[[entry]]\nid = "a b"\nname = "A"\n', 1, "'id'"),
    ('[[entry]]\nid = "a"\nname = "A"\naliases = "B"\ndeprecated = [1]\n', 1, "list of strings"),
    ('title = "x"\n', 1, "top-level key"),
], ids=["syntax", "unknown-key", "empty-name", "bad-type", "bad-locale", "bad-territory",
        "bad-id", "bad-list", "top-level"])
def test_load_errors_name_file_and_line(tmp_path: Path, text: str, line: int,
                                        needle: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_glossary([path], builtin=False)
    assert (info.value.path, info.value.line) == (str(path), line)
    assert needle in info.value.message
    assert info.value.exit_code == 5


@pytest.mark.parametrize("name", ["missing.toml", "missing-folder"], ids=["file", "folder"])
def test_load_missing_path(tmp_path: Path, name: str) -> None:
    # a missing path is a missing input (exit 3), as for every option that names a file
    # (fuzz46); a file that is there but wrong stays a DataError (exit 5), above
    with pytest.raises(InputError, match="not found") as info:
        load_glossary([tmp_path / name])
    assert info.value.exit_code == 3


def test_load_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[[entry]]\nid = "a"\nname = "Bogotá"\n'.encode("latin-1"))
    with pytest.raises(DataError, match="not UTF-8"):
        load_glossary([path], builtin=False)


def test_dump_toml_round_trip(builtin: Glossary) -> None:
    entries = list(builtin)
    again = parse_text(dump_toml(entries))
    assert [e.to_dict() for e in again] == [e.to_dict() for e in entries]


@pytest.mark.parametrize(("entry_id", "locale", "form"), [
    ("azerbaijan", "pt-BR", "Azerbaijão"),
    ("armenia", "pt-BR", "Armênia"),
    ("armenia", "pt-PT", "Arménia"),
    ("russia", "pt-BR", "Rússia"),
    ("turkey", "pt-BR", "Turquia"),
    ("turkey", "en", "Turkey"),  # canonical English, not CLDR's "Türkiye"
    ("moscow", "pt-BR", "Moscou"),
    ("moscow", "pt-PT", "Moscovo"),
    ("nikol-pashinyan", "ru", "Никол Пашинян"),
    ("nikol-pashinyan", "pt-BR", "Nikol Pashinyan"),
    ("chechnya", "pt-BR", "Chechênia"),  # "pt" form serves pt-BR
    ("chechnya", "pt-PT", "Chechénia"),  # the regional form wins
    ("myanmar", "pt-BR", "Mianmar"),  # CLDR's parenthetical dropped
    ("country-fr", "de", "Frankreich"),
], ids=lambda v: str(v))
def test_target_form(builtin: Glossary, entry_id: str, locale: str, form: str) -> None:
    assert target_form(builtin.by_id[entry_id], locale) == form


def test_target_form_user_entry_named_like_a_country() -> None:
    entry = Entry("my-armenia", "Armenia", "place")
    assert target_form(entry, "pt-PT") == "Arménia"


def test_control_characters_are_unicode_cc_cs_and_noncharacters() -> None:
    # the regexes stand for a category lookup per character: the same set, every code point
    import unicodedata

    from translate.glossary.load import _first_control

    for multiline in (False, True):
        allowed = "\t\n\r" if multiline else ""
        expected = {
            chr(c) for c in range(0x110000)
            if (unicodedata.category(chr(c)) in ("Cc", "Cs") or chr(c) in "\ufffe\uffff")
            and chr(c) not in allowed
        }  # fmt: skip
        found = {chr(c) for c in range(0x110000) if _first_control([chr(c)], multiline)}
        assert found == expected
    assert _first_control(["fine", "bad\x07one", "\x01"], False) == "\x07"
