"""fuzz52: one list of invisible characters, read by ``glossary import``, the TOML glossary
loader and the facts gate.

Before, ``glossary.io._HIDDEN`` and ``glossary.load._HIDDEN`` were two hand lists (the same
twelve characters, written apart), and ``facts._HIDDEN`` a third that missed the deprecated
format characters U+206A-U+206F, the tag characters U+E0001 and U+E0020-U+E007F and the other
format characters of no direction (U+1BCA0-U+1BCA3, U+1D173-U+1D17A); the glossary lists also
missed the invisible operators U+2061-U+2064 and the grapheme joiner, which the facts gate
flagged. Now ``translate.invisible.INVISIBLE`` is the one definition, computed from Unicode's
data (category Cf with bidi class BN or an explicit embedding/override/isolate class, the three
directional marks and the grapheme joiner, not the soft hyphen), and the three read it: the
glossary refuses ``IN_GLOSSARY`` (it without the characters that spell real names: ZWNJ, ZWJ,
the marks, the Mongolian vowel separator), the facts gate flags all of it inside a word.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hostile.helpers import invoke

from translate.errors import DataError
from translate.facts import hidden_characters
from translate.glossary.io import check_imported, from_csv
from translate.glossary.load import parse_text
from translate.invisible import (
    IN_GLOSSARY,
    INVISIBLE,
    SPELLS_NAMES,
    UNICODE_VERSION,
    from_unicode_data,
    unicode_differences,
)

# every format character, the soft hyphen and the grapheme joiner: what a list might hold
CANDIDATES = sorted({c for c in map(chr, range(0x110000)) if unicodedata.category(c) == "Cf"}
                    | {"\u034f", "\u00ad"})  # fmt: skip


def _toml(form: str) -> str:
    return (f'[[entry]]\nid = "porto"\ntype = "place"\nname = "Porto"\n'
            f'aliases = ["Oporto"]\nnote = "A city."\n[entry.forms]\npt = "{form}"\n')


def _csv(form: str) -> str:
    return ("id,type,name,aliases,deprecated,territory,zone,note,pt\n"
            f"porto,place,Porto,Oporto,,,,A city.,{form}\n")


def _loader_refuses(c: str) -> bool:
    try:
        parse_text(_toml(f"Por{c}to"), "user.toml")
    except DataError:
        return True
    return False


def _import_refuses(c: str) -> bool:
    try:
        check_imported(from_csv(_csv(f"Por{c}to"), "terms.csv"), "terms.csv")
    except DataError:
        return True
    return False


def test_the_literal_is_unicode_data() -> None:
    # the literal is frozen at UNICODE_VERSION (fuzz53): equal to the running Python's data when
    # that is the same version, else differing only by characters assigned in between
    if unicodedata.unidata_version == UNICODE_VERSION:
        assert from_unicode_data() == INVISIBLE
    assert unicode_differences() == []
    assert "-" not in INVISIBLE and "\u00ad" not in INVISIBLE
    assert len(set(INVISIBLE)) == len(INVISIBLE)
    for c in "\u206a\u206b\u206c\u206d\u206e\u206f\U000e0001\U000e0020\U000e0041\U000e007f":
        assert c in INVISIBLE
    assert set(IN_GLOSSARY) == set(INVISIBLE) - set(SPELLS_NAMES)


def test_import_and_loader_refuse_the_same_set() -> None:
    refused_import = {c for c in CANDIDATES if _import_refuses(c)}
    refused_loader = {c for c in CANDIDATES if _loader_refuses(c)}
    assert refused_import == refused_loader == set(IN_GLOSSARY)


def test_the_facts_gate_flags_the_whole_set_inside_a_word() -> None:
    flagged = {c for c in CANDIDATES if hidden_characters(f"Sil{c}va", "en")}
    assert flagged == set(INVISIBLE)
    assert set(IN_GLOSSARY) <= flagged


@pytest.mark.parametrize("char", ["\u206a", "\u206f", "\U000e0001", "\U000e0041", "\U000e007f"])
def test_the_characters_the_facts_gate_missed(char: str) -> None:
    (word,) = hidden_characters(f"Sil{char}va", "en")
    assert word[2] == "word" and f"U+{ord(char):04X}" in word[3]
    (number,) = hidden_characters(f"pay 15{char}000 now", "en")
    assert number[2] == "number" and "15000" in number[3]


def test_a_flag_emoji_is_no_finding() -> None:
    # England's flag: a black flag, the tag characters "gbeng" and the cancel tag
    assert hidden_characters("Go \U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067"
                             "\U000e007f England", "en") == []  # fmt: skip


def test_twenty_thousand_repetitions_of_a_tag_inside_a_word() -> None:
    found = hidden_characters("Sil\U000e0041va 1\u206a000 " * 20_000, "en")
    assert len(found) == 40_000


def test_twenty_thousand_aliases_then_one_tag_character() -> None:
    aliases = ", ".join(f'"Porto {i}"' for i in range(20_000))
    text = _toml("Porto").replace('aliases = ["Oporto"]', f'aliases = [{aliases}, "P\U000e0041"]')
    with pytest.raises(DataError, match="U\\+E0041"):
        parse_text(text, "user.toml")


def test_glossary_import_exits_5_on_a_deprecated_format_character(tmp_path: Path) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_text(_csv("Por\u206eto"), encoding="utf-8")
    out = tmp_path / "g.toml"
    result = invoke("glossary", "import", terms, "-o", out)
    assert result.code == 5, result.stderr
    assert "U+206E" in result.stderr and "terms.csv:2" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_run_with_a_tag_character_in_a_user_glossary_exits_5(fake_engine: object,
                                                            tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Porto\n\nThe mayor of Porto met 7 councillors.\n", encoding="utf-8")
    glossary = tmp_path / "user.toml"
    glossary.write_text(_toml("Porto\U000e0020"), encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("run", article, "--glossary", glossary, "--to", "pt-BR", "--engine", "fake",
                    "--no-cache", "--out", out, "--format", "md", "-q")
    assert result.code == 5, result.stderr
    assert "U+E0020" in result.stderr and "user.toml:1" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() or not any(out.iterdir())
