"""The fortieth pass (fuzz41): a reviewed target that is another sentence in the source's language.

fuzz40 refused a reviewer's (or a TMX's) ``pt-BR`` target that is the source's own words. A
target that is a *different* English sentence (the next sentence pasted into the wrong unit, an
English rewrite, a tool's English note) was still applied as the sentence's Portuguese, exit 0,
and stored in the translation memory; ``tm import`` stored it too. The language detector that
``translate detect`` uses now reads a reviewed target of four countable words or more: read, at
its confidence threshold, as the source's language, it gets the blocking ``untranslated``
treatment (not confirmed, not stored; the TMX unit left out and counted). Short targets, names and
real Portuguese are applied as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile.helpers import invoke
from hostile.test_hostile_fuzz40 import _TMX, B3, B3_PO, B3_XLF, _apply, _memory, _tu

from translate.store import Store

OTHER = "Officials said 62.5 percent voted this year, against 48% in 2016."


@pytest.mark.parametrize("name, old, new", [
    ("article.pt-BR.po", B3_PO, f'msgstr "{OTHER}"'),
    ("article.pt-BR.xlf", B3_XLF, f"<target>{OTHER}</target>"),
    ("article.pt-BR.po", B3_PO, 'msgstr "Turnout climbed to 62.5 per cent, against 48% in 2016."'),
    ("article.pt-BR.xlf", f'state="translated" subState="translate:mt">\n        <source>{B3}'
     f"</source>\n        {B3_XLF}",
     f'state="final" subState="translate:mt">\n        <source>{B3}</source>\n'
     f"        <target>{OTHER}</target>"),
])  # fmt: skip
def test_a_reviewed_target_in_the_source_language_is_not_confirmed(
    tmp_path: Path, name: str, old: str, new: str
) -> None:
    result = _apply(tmp_path, name, old, new)
    assert result.code == 9, result.stderr  # was 0: applied and stored as the Portuguese
    assert "Traceback" not in result.stderr
    assert "b3.s0" in result.stderr + result.stdout and "untranslated" in result.stdout
    assert _memory(tmp_path, B3) == {}


@pytest.mark.parametrize("target", [
    "Turnout: 62,5%, 48% em 2016",  # short: not judged
    "Segundo o TSE, o comparecimento foi de 62,5 por cento, contra 48% em 2016.",
    "O turnout subiu para 62,5 por cento, contra 48% em 2016.",
])  # fmt: skip
def test_short_and_portuguese_reviewed_targets_are_confirmed(tmp_path: Path, target: str) -> None:
    result = _apply(tmp_path, "article.pt-BR.po", B3_PO, f'msgstr "{target}"')
    assert result.code == 0, result.stderr
    assert _memory(tmp_path, B3) == {B3: target}


def test_a_tmx_target_in_the_source_language_is_left_out_and_counted(tmp_path: Path) -> None:
    units = {
        "The minister resigned on Monday.": "The cabinet will meet again next week to decide.",
        "The vote was close.": "A votação foi apertada.",
        "Breaking news": "Breaking news",
        "Chief executive of OpenAI": "CEO da OpenAI",
        "The Supreme Court ruled on Friday.": "O Supremo Tribunal Federal decidiu na sexta-feira.",
    }
    tmx = tmp_path / "m.tmx"
    tmx.write_text(_TMX.format("".join(_tu(s, t) for s, t in units.items())), encoding="utf-8")
    result = invoke("tm", "import", tmx, "--db", tmp_path / "t.db")
    assert result.code == 0, result.stderr
    said = result.stdout + result.stderr
    assert "4 translation units imported" in said
    assert "1 en->pt-BR (its text is in en, untranslated)" in said
    store = Store(tmp_path / "t.db")
    try:
        from translate.tm import lookup

        found = lookup(store, "en", "pt-BR", list(units))
    finally:
        store.close()
    assert "The minister resigned on Monday." not in found
    assert found["The vote was close."] == "A votação foi apertada."
    assert found["Chief executive of OpenAI"] == "CEO da OpenAI"
