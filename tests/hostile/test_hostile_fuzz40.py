"""The thirty-ninth pass (fuzz40): files fed back that are valid XML but wrong in meaning.

* A reviewer's target that is the source's own words (a CAT tool's "copy source to target", or
  the English pasted back into the Portuguese): ``review apply`` published it as the sentence's
  Portuguese, exit 0, and stored it in the translation memory, which then served it for every
  later identical sentence with no finding (a memory's text is not checked for it).
* The same in a TMX file: ``tm import`` stored the English under ``pt-BR``.

A reviewer's text is now checked as the engine's is for the blocking reading ("every word of the
target is the source's"): the sentence stays unconfirmed (out of the memory, the edition marked
or held), as any blocking finding the reviewer's text raises is. The TMX unit is left out and
counted. Names and short lines ("Lupita Nyong'o", "iPhone 15 Pro") are the same in every language
and are applied and stored as before.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hostile.helpers import HOSTILE, Outcome, invoke

from translate.store import Store
from translate.tm import lookup

DATA = HOSTILE / "fuzz27"  # a real edition (embedded engine) and its PO and XLIFF
B3 = "Turnout rose to 62.5 percent, up from 48% in 2016."
B3_PO = 'msgstr "O comparente subiu para 62,5 por cento, contra 48% em 2016."'
B3_XLF = "<target>O comparente subiu para 62,5 por cento, contra 48% em 2016.</target>"


def _apply(tmp_path: Path, name: str, old: str, new: str) -> Outcome:
    text = (DATA / name).read_text(encoding="utf-8")
    assert old in text
    review = tmp_path / name
    review.write_text(text.replace(old, new, 1), encoding="utf-8")
    edition = tmp_path / "edition" / "article.pt-BR.json"
    edition.parent.mkdir(exist_ok=True)
    shutil.copy(DATA / "article.pt-BR.json", edition)
    return invoke("review", "apply", review, "--edition", edition, "--out", tmp_path / "out",
                  "--db", tmp_path / "t.db")  # fmt: skip


def _memory(tmp_path: Path, source: str) -> dict[str, str]:
    store = Store(tmp_path / "t.db")
    try:
        return lookup(store, "en", "pt-BR", [source])
    finally:
        store.close()


@pytest.mark.parametrize("name, old, new", [
    ("article.pt-BR.po", B3_PO, f'msgstr "{B3}"'),
    ("article.pt-BR.xlf", B3_XLF, f"<target>{B3}</target>"),
    ("article.pt-BR.xlf", f'state="translated" subState="translate:mt">\n        <source>{B3}'
     f"</source>\n        {B3_XLF}",
     f'state="final" subState="translate:mt">\n        <source>{B3}</source>\n'
     f"        <target>{B3}</target>"),
])  # fmt: skip
def test_a_reviewed_target_that_is_the_source_is_not_confirmed(
    tmp_path: Path, name: str, old: str, new: str
) -> None:
    result = _apply(tmp_path, name, old, new)
    assert result.code == 9, result.stderr  # was 0: applied and stored as the Portuguese
    assert "Traceback" not in result.stderr
    assert "b3.s0" in result.stderr + result.stdout and "untranslated" in result.stdout
    assert _memory(tmp_path, B3) == {}  # not in the translation memory


@pytest.mark.parametrize("name, old, new, target", [
    ("article.pt-BR.po", B3_PO,
     'msgstr "O comparecimento subiu para 62,5 por cento, contra 48% em 2016."',
     "O comparecimento subiu para 62,5 por cento, contra 48% em 2016."),
    ("article.pt-BR.po", B3_PO,
     'msgstr "O comparecimento (\\"turnout rose\\") subiu para 62,5 por cento, contra 48% em'
     ' 2016."',
     'O comparecimento ("turnout rose") subiu para 62,5 por cento, contra 48% em 2016.'),
    ("article.pt-BR.xlf", B3_XLF,
     "<target>O comparecimento subiu para 62,5 por cento, contra 48% em 2016.</target>",
     "O comparecimento subiu para 62,5 por cento, contra 48% em 2016."),
])  # fmt: skip
def test_a_reviewed_translation_is_confirmed_as_before(
    tmp_path: Path, name: str, old: str, new: str, target: str
) -> None:
    """The do-no-harm side: a correction, and one that quotes the source's words."""
    result = _apply(tmp_path, name, old, new)
    assert result.code == 0, result.stderr
    assert _memory(tmp_path, B3) == {B3: target}


_TMX = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x"'
        ' creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en"'
        ' datatype="plaintext"/><body>{}</body></tmx>')  # fmt: skip


def _tu(en: str, text: str, lang: str = "pt-BR") -> str:
    return (f'<tu><tuv xml:lang="en"><seg>{en}</seg></tuv><tuv xml:lang="{lang}"><seg>{text}'
            "</seg></tuv></tu>")  # fmt: skip


def test_a_tmx_target_that_is_the_source_is_left_out_and_counted(tmp_path: Path) -> None:
    units = {
        "The minister resigned on Monday.": "The minister resigned on Monday.",  # left out
        "Breaking News From Around The World": "Breaking News From Around The World",  # left out
        "The vote was close.": "A votação foi apertada.",
        "Lupita Nyong'o": "Lupita Nyong'o",  # names: the same in every language
        "iPhone 15 Pro": "iPhone 15 Pro",
        "BBC News": "BBC News",
    }
    tmx = tmp_path / "m.tmx"
    tmx.write_text(_TMX.format("".join(_tu(s, t) for s, t in units.items())), encoding="utf-8")
    result = invoke("tm", "import", tmx, "--db", tmp_path / "t.db")
    assert result.code == 0, result.stderr
    said = result.stdout + result.stderr
    assert "4 translation units imported" in said
    assert "2 en->pt-BR (its text is the source's words, untranslated)" in said
    store = Store(tmp_path / "t.db")
    try:
        found = lookup(store, "en", "pt-BR", list(units))
    finally:
        store.close()
    assert found == {s: t for s, t in units.items() if not s.startswith(("The min", "Breaking"))}


def test_two_tmx_units_giving_one_sentence_different_texts_are_left_out(tmp_path: Path) -> None:
    """A tuid repeated (or two memories joined): the store kept the last unit's text and the
    import said "2 translation units imported" (as two ``<tuv>``s of one unit, fuzz35)."""
    tmx = tmp_path / "m.tmx"
    tmx.write_text(_TMX.format(
        _tu("The vote was close.", "A votação foi apertada.").replace("<tu>", '<tu tuid="1">')
        + _tu("The vote was close.", "A eleição foi disputada.").replace("<tu>", '<tu tuid="1">')
        + _tu("The vote was close.", "A votação foi apertada.", "pt-PT")
        + _tu("Turnout rose.", "O comparecimento subiu.")
        + _tu("Turnout rose.", "O comparecimento subiu.")), encoding="utf-8")  # the same text
    result = invoke("tm", "import", tmx, "--db", tmp_path / "t.db")
    assert result.code == 0, result.stderr
    said = result.stdout + result.stderr
    assert "2 en->pt-BR (units giving one sentence different texts)" in said
    store = Store(tmp_path / "t.db")
    try:
        assert lookup(store, "en", "pt-BR", ["The vote was close.", "Turnout rose."]) == {
            "Turnout rose.": "O comparecimento subiu."}
        assert lookup(store, "en", "pt-PT", ["The vote was close."]) == {
            "The vote was close.": "A votação foi apertada."}
    finally:
        store.close()
