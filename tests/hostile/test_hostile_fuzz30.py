"""Classes the twenty-ninth pass (fuzz30) found on the surfaces earlier passes fuzzed least: the
translator's way back in (PO, XLIFF and TMX files edited by hand) and the CSV term base.

* A PO file saved with UTF-8's byte-order mark (as Notepad saves) was refused with Babel's
  "Unknown or misformatted keyword on 0"; the mark is skipped (over another declared charset
  it is refused, saying so).
* A control character in a translator's target (typed raw into a PO string, an XLIFF
  ``<cp hex="7"/>``, a C1 control in a TMX segment) reached the edition's Markdown and HTML,
  the PO written back and the memory, where article text has them turned into spaces on input
  (``read.clean_text``); corrections and imported memory now pass the same rule.
* A CSV term base with a quote never closed was read as one entry whose name held every row
  after it (exit 0, ``wrote 1 entries``: the other rows lost); and a quote inside a quoted cell,
  as ``glossary export`` writes it (doubled), came back doubled when the first 4,096 characters
  held no such cell (the sniffer's guess). Refused with its line now, and read as RFC 4180 says.

The review files are a real edition (fuzz27's, ``translate run`` with the embedded engine).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import polib
from hostile.helpers import HOSTILE, Outcome, invoke

DATA = HOSTILE / "fuzz27"
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _apply(tmp_path: Path, name: str, data: bytes) -> tuple[Outcome, Path]:
    edition = tmp_path / "edition" / "article.pt-BR.json"
    edition.parent.mkdir()
    shutil.copy(DATA / "article.pt-BR.json", edition)
    review = tmp_path / name
    review.write_bytes(data)
    out = tmp_path / "out"
    result = invoke("review", "apply", review, "--edition", edition, "--out", out, "--db",
                    tmp_path / "t.db", "--format", "md,json,html,po,xliff")  # fmt: skip
    return result, out


def _po() -> str:
    return (DATA / "article.pt-BR.po").read_text(encoding="utf-8")


def _corrected_po(target: str) -> str:
    text = _po()
    assert text.count('msgstr "Votação de orçamento em Lisboa"') == 1
    return text.replace('msgstr "Votação de orçamento em Lisboa"', f'msgstr "{target}"')


def test_a_po_file_with_utf_8s_byte_order_mark_is_applied(tmp_path: Path) -> None:
    for n, text in enumerate((_corrected_po("Votação do orçamento em Lisboa"),
                              _corrected_po("Votação do orçamento em Lisboa").replace(
                                  "\n", "\r\n"))):  # fmt: skip
        where = tmp_path / str(n)
        where.mkdir()
        result, out = _apply(where, "article.pt-BR.po", b"\xef\xbb\xbf" + text.encode("utf-8"))
        assert result.code == 0, result.stderr
        md = (out / "article.pt-BR.md").read_text(encoding="utf-8")
        assert "Votação do orçamento em Lisboa" in md
        assert "\ufeff" not in md


def test_a_byte_order_mark_over_another_declared_charset_is_refused(tmp_path: Path) -> None:
    text = _corrected_po("Votação do orçamento em Lisboa").replace("charset=utf-8",
                                                                   "charset=CP1252")
    result, out = _apply(tmp_path, "article.pt-BR.po", b"\xef\xbb\xbf" + text.encode("cp1252"))
    result.refused(7, "byte-order mark but its header declares charset CP1252")
    assert not out.exists()


def _no_controls(out: Path, expected: str) -> None:
    """Every file written holds no control character but line breaks and tabs, and parses."""
    for path in sorted(out.iterdir()):
        text = path.read_text(encoding="utf-8")
        assert not _CONTROLS.search(text), (path.name, _CONTROLS.findall(text))
        assert "\\u0007" not in text and "\\u001b" not in text, path.name  # not in JSON either
    json.loads((out / "article.pt-BR.json").read_text(encoding="utf-8"))
    assert expected in (out / "article.pt-BR.md").read_text(encoding="utf-8")
    assert any(e.msgstr.startswith(expected) for e in polib.pofile(str(out / "article.pt-BR.po")))


def test_a_control_character_typed_into_a_po_correction_is_a_space(tmp_path: Path) -> None:
    # BEL, ESC (a terminal's escape), DEL and a C1 control (CSI), raw inside the quotes
    text = _corrected_po("Vota\x07ção do \x1b[31morçamento\x7f em\u009b Lisboa")
    result, out = _apply(tmp_path, "article.pt-BR.po", text.encode("utf-8"))
    assert result.code == 0, result.stderr
    _no_controls(out, "Vota ção do  [31morçamento  em  Lisboa")  # one space for one character


def test_a_control_character_in_an_xliff_correction_is_a_space(tmp_path: Path) -> None:
    xlf = (DATA / "article.pt-BR.xlf").read_text(encoding="utf-8")
    assert xlf.count("<target>Votação de orçamento em") == 1
    xlf = xlf.replace("<target>Votação de orçamento em",
                      '<target>Vota<cp hex="0007"/>ção do orçamento<cp hex="9B"/> em')
    result, out = _apply(tmp_path, "article.pt-BR.xlf", xlf.encode("utf-8"))
    assert result.code == 0, result.stderr
    _no_controls(out, "Vota ção do orçamento  em")


def test_a_nul_typed_into_a_po_correction_is_refused(tmp_path: Path) -> None:
    result, out = _apply(tmp_path, "article.pt-BR.po",
                         _corrected_po("Vota\x00ção").encode("utf-8"))  # fmt: skip
    result.refused(7, "a NUL character in its target")
    assert not out.exists()


def test_a_c1_control_in_a_tmx_segment_is_a_space_in_the_memory(tmp_path: Path) -> None:
    tmx = tmp_path / "m.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
        'creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>The budget\u0085 vote.'
        '</seg></tuv><tuv xml:lang="pt-BR"><seg>A votação\u009b[2J do orçamento.</seg></tuv>'
        "</tu></body></tmx>", encoding="utf-8")  # fmt: skip
    db = tmp_path / "t.db"
    assert invoke("tm", "import", tmx, "--db", db).code == 0
    out = tmp_path / "out.tmx"
    assert invoke("tm", "export", "-o", out, "--db", db).code == 0
    text = out.read_text(encoding="utf-8")
    assert "A votação [2J do orçamento." in text and "The budget  vote." in text
    assert not _CONTROLS.search(text.replace("\n", "").replace("\t", ""))


_HEADER = "id,type,name,aliases,deprecated,territory,zone,note,pt\n"


def test_a_csv_quote_never_closed_is_refused_not_the_rows_after_it_lost(
        tmp_path: Path) -> None:  # fmt: skip
    csv = tmp_path / "terms.csv"
    csv.write_text(_HEADER + 'acme,org,"Acme Corp,,,,,,Acme\nbeta,org,Beta Inc,,,,,,Beta\n'
                   "gamma,person,Gamma Ray,,,,,,Gama\n", encoding="utf-8")  # fmt: skip
    toml = tmp_path / "terms.toml"
    result = invoke("glossary", "import", csv, "-o", toml)
    result.refused(5, "terms.csv:2: invalid CSV: a quoted cell is never closed")
    assert not toml.exists()


def test_a_quote_in_a_quoted_cell_comes_back_as_it_was_exported(tmp_path: Path) -> None:
    """``glossary export`` doubles a quote inside a cell (RFC 4180); the first 4,096 characters
    hold none, so the sniffer guessed no doubling and the name came back 'Acme "Best"" Corp"'."""
    import tomllib

    rows = "".join(f"org-{n},org,Organisation number {n},,,,,,Organização {n}\n"
                   for n in range(120))  # fmt: skip
    csv = tmp_path / "terms.csv"
    csv.write_text(_HEADER + rows + 'acme,org,"Acme ""Best"" Corp",,,,,,"Acme ""Melhor"""\n',
                   encoding="utf-8")  # fmt: skip
    assert csv.read_text(encoding="utf-8").index('""') > 4096
    toml = tmp_path / "terms.toml"
    result = invoke("glossary", "import", csv, "-o", toml)
    assert result.code == 0, result.stderr
    entries = tomllib.loads(toml.read_text(encoding="utf-8"))["entry"]
    acme = next(e for e in entries if e["id"] == "acme")
    assert acme["name"] == 'Acme "Best" Corp'
    assert acme["forms"]["pt"] == 'Acme "Melhor"'
    assert len(entries) == 121
