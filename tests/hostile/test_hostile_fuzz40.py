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

import json
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


# A signal while the command is still importing its modules: a stand-in for click on the path
# sends it to the process at the moment the CLI imports click (no timing involved).
_SIGNALLING_CLICK = """import os, signal, time
os.kill(os.getpid(), signal.{sig})
time.sleep(30)
"""


@pytest.mark.parametrize("sig, code, line", [
    ("SIGINT", 130, "error: interrupted"),
    ("SIGTERM", 143, "error: interrupted (SIGTERM)"),
])  # fmt: skip
@pytest.mark.parametrize("how", ["-m", "script"])
def test_a_signal_while_the_command_starts_is_its_one_line_and_code(
    tmp_path: Path, sig: str, code: int, line: str, how: str
) -> None:
    """Before: SIGINT was a ``KeyboardInterrupt`` traceback from inside an import (status -2),
    SIGTERM a silent death (status -15)."""
    import os
    import subprocess
    import sys

    import translate

    fake = tmp_path / "fake"
    (fake / "click").mkdir(parents=True)
    (fake / "click" / "__init__.py").write_text(_SIGNALLING_CLICK.format(sig=sig))
    package = Path(translate.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake), str(package)]),
           "TRANSLATE_HOME": str(tmp_path / "home")}  # fmt: skip
    args = ["run", "a.md", "--to", "pt-BR", "--json"]
    if how == "-m":
        cmd = [sys.executable, "-m", "translate", *args]
    else:  # the installed `translate` script's shape
        script = tmp_path / "bin" / "translate"
        script.parent.mkdir()
        script.write_text("import sys\nfrom translate.cli import main\nsys.exit(main())\n")
        cmd = [sys.executable, str(script), *args]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)  # fmt: skip
    assert done.returncode == code, done.stderr
    assert done.stderr == line + "\n"
    assert json.loads(done.stdout) == {"error": line, "code": None, "exit_code": code}
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").rglob("*.db"))


def test_importing_the_api_sets_no_signal_handler() -> None:
    """The do-no-harm side: a program that imports translate keeps its own handling."""
    import subprocess
    import sys

    # the handlers before the import are compared with those after it, not with Python's
    # defaults: a process started in the background by a shell inherits SIGINT ignored
    code = ("import signal; "
            "before = (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)); "
            "import translate, translate.api; "
            "print(signal.getsignal(signal.SIGINT) == before[0], "
            "signal.getsignal(signal.SIGTERM) == before[1])")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.stdout.split() == ["True", "True"], done.stderr
