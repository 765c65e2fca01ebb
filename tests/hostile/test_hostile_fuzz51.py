"""fuzz51 (seed 47's rest, seed 48 on the families drawn least): a user glossary's bidi controls.

The seeded fuzzer found nothing on 8f6b0630 (seed 47's cases 86-177; seed 48 restricted to shared
ids, hostile TOML, NUL and surrogates in imports, nested inline markup). A hand probe of the
``toml-hostile`` family did: a user glossary (``run --glossary``) whose form, name or alias held a
bidirectional override, embedding or isolate (U+202A-U+202E, U+2066-U+2069) was loaded, and the
character was written into the edition beside every mention, reordering the text after it on
display (exit 9 for every article that named it); a zero-width space, word joiner or BOM was
loaded alike. ``glossary import`` already refused all of them in a term base's term
(``io._HIDDEN``); the TOML loader now refuses a name, alias or form holding one (a check of its
own, beside the control characters'): exit 5, the file and the entry's line. A note may still
hold them, and the marks U+200E and U+200F stay allowed (right-to-left forms use them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile.helpers import invoke

from translate.errors import DataError
from translate.glossary.load import parse_text

# the bidi embeddings, overrides and isolates; the zero-width space, word joiner and BOM
HIDDEN = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
          "\u2069", "\u200b", "\u2060", "\ufeff"]


def _toml(name: str = "Porto", alias: str = "Oporto", form: str = "Porto") -> str:
    return (f'[[entry]]\nid = "porto"\ntype = "place"\nname = "{name}"\n'
            f'aliases = ["{alias}"]\nnote = "A city."\n[entry.forms]\npt = "{form}"\n')


@pytest.mark.parametrize("char", HIDDEN)
@pytest.mark.parametrize("field", ["name", "alias", "form"])
def test_a_hidden_character_in_a_name_alias_or_form_is_refused(char: str, field: str) -> None:
    with pytest.raises(DataError, match=f"holds hidden character U\\+{ord(char):04X}"):
        parse_text(_toml(**{field: f"Por{char}to"}), "user.toml")


def test_marks_and_notes_stay_allowed() -> None:
    text = _toml(form="\u200fبورتو\u200e").replace('"A city."', '"A city \u2067دير\u2069."')
    (entry,) = parse_text(text, "user.toml")
    assert entry.forms["pt"] == "\u200fبورتو\u200e"
    assert "\u2067" in entry.note


def test_twenty_thousand_aliases_then_one_override() -> None:
    # house rule: 20,000 repetitions of the trigger's neighbourhood, then the trigger
    aliases = ", ".join(f'"Porto {i}"' for i in range(20_000))
    text = _toml().replace('aliases = ["Oporto"]', f'aliases = [{aliases}, "Porto\u2066x"]')
    with pytest.raises(DataError, match="U\\+2066"):
        parse_text(text, "user.toml")
    (entry,) = parse_text(_toml().replace('aliases = ["Oporto"]', f"aliases = [{aliases}]"),
                          "user.toml")
    assert len(entry.aliases) == 20_000


def test_run_with_such_a_user_glossary_exits_5_and_writes_nothing(fake_engine: object,
                                                                   tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Porto\n\nThe mayor of Porto met 7 councillors.\n", encoding="utf-8")
    glossary = tmp_path / "user.toml"
    glossary.write_text(_toml(form="Porto\u202e"), encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("run", article, "--glossary", glossary, "--to", "pt-BR", "--engine", "fake",
                    "--no-cache", "--out", out, "--format", "md", "-q")
    assert result.code == 5, result.stderr
    assert "U+202E" in result.stderr and "user.toml:1" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() or not any(out.iterdir())
