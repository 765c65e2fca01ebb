"""Classes the twenty-sixth pass's fuzzer kinds (benchmarks/fuzz_inputs.py ``--mutations new27``:
the translator's return path as CAT tools and gettext tools write it) found.

* A PO file whose header declares an 8-bit charset (``charset=CP1252``, as Poedit and
  ``msgconv`` write it) was refused as undecodable UTF-8; it is read in its declared charset.
* A quoted PO string holding an escape Babel does not read (gettext's octal ``\\303\\247``, hex
  ``\\x41``, or ``\\q``) reached the edition and the memory as a backslash and digits, exit 0;
  it is refused (exit 7, its line).
* A ``<ph>`` in an XLIFF target that is no markup of its source (a tool's own placeholder) was
  dropped without a word, where an unknown ``<pc>`` was refused; it is refused alike.

The files are a real edition (``translate run`` of the fuzzer's Markdown seed, embedded engine).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
from hostile.helpers import HOSTILE, invoke

DATA = HOSTILE / "fuzz27"


def _apply(tmp_path: Path, name: str, data: bytes) -> tuple[object, Path]:
    edition = tmp_path / "edition" / "article.pt-BR.json"
    edition.parent.mkdir()
    shutil.copy(DATA / "article.pt-BR.json", edition)
    review = tmp_path / name
    review.write_bytes(data)
    out = tmp_path / "out"
    result = invoke("review", "apply", review, "--edition", edition, "--out", out, "--db",
                    tmp_path / "t.db", "--format", "md,po")  # fmt: skip
    return result, out


def _po() -> str:
    return (DATA / "article.pt-BR.po").read_text(encoding="utf-8")


def test_a_po_file_in_its_declared_8_bit_charset_is_applied(tmp_path: Path) -> None:
    text = _po().replace("charset=utf-8", "charset=CP1252")
    text = text.replace('msgstr "Votação de orçamento em Lisboa"',
                        'msgstr "Votação do orçamento em Lisboa"')  # fmt: skip
    result, out = _apply(tmp_path, "article.pt-BR.po", text.encode("cp1252"))
    assert result.code == 0, result.stderr  # type: ignore[attr-defined]
    md = (out / "article.pt-BR.md").read_text(encoding="utf-8")
    assert "Votação do orçamento em Lisboa" in md
    written = polib.pofile(str(out / "article.pt-BR.po"))  # UTF-8, and says so
    assert "charset=utf-8" in written.metadata["Content-Type"].lower()
    assert any(e.msgstr == "Votação do orçamento em Lisboa" for e in written)


def test_bytes_not_of_the_declared_charset_are_refused_with_their_line(tmp_path: Path) -> None:
    text = _po().replace('msgstr "Votação de orçamento em Lisboa"',
                         'msgstr "Votação do orçamento em Lisboa"')  # fmt: skip
    result, out = _apply(tmp_path, "article.pt-BR.po", text.encode("cp1252"))  # says utf-8
    result.refused(7, "not utf-8 text, as its header declares")  # type: ignore[attr-defined]
    assert not out.exists()


def test_a_po_file_in_utf_16_is_refused_as_such(tmp_path: Path) -> None:
    result, out = _apply(tmp_path, "article.pt-BR.po", _po().encode("utf-16"))
    result.refused(7, "UTF-16 or UTF-32 text")  # type: ignore[attr-defined]
    assert not out.exists()


def test_an_escape_babel_does_not_read_is_refused_not_kept_as_letters(tmp_path: Path) -> None:
    for escape in ("\\303\\247", "\\x41", "\\q"):
        text = _po().replace('msgstr "Votação de orçamento em Lisboa"',
                             f'msgstr "Vota{escape}ão de orçamento em Lisboa"')  # fmt: skip
        where = tmp_path / escape.replace("\\", "_")
        where.mkdir()
        result, out = _apply(where, "article.pt-BR.po", text.encode("utf-8"))
        result.refused(7, f"the escape {escape[:4]} is not read")  # type: ignore[attr-defined]
        assert ":38:" in result.stderr  # type: ignore[attr-defined]
        assert not out.exists()


def test_the_escapes_babel_reads_still_apply(tmp_path: Path) -> None:
    text = _po().replace('msgstr "Votação de orçamento em Lisboa"',
                         'msgstr "Votação \\"de\\" orçamento\\\\q em Lisboa"')  # fmt: skip
    result, out = _apply(tmp_path, "article.pt-BR.po", text.encode("utf-8"))
    assert result.code == 0, result.stderr  # type: ignore[attr-defined]
    assert 'Votação \\"de\\" orçamento\\\\q em Lisboa' in (
        out / "article.pt-BR.md").read_text(encoding="utf-8")


def test_a_ph_in_a_target_that_the_source_does_not_have_is_refused(tmp_path: Path) -> None:
    xlf = (DATA / "article.pt-BR.xlf").read_text(encoding="utf-8")
    assert xlf.count("<target>Votação") == 1
    xlf = xlf.replace("<target>Votação", '<target><ph id="p98"/>Votação')
    result, out = _apply(tmp_path, "article.pt-BR.xlf", xlf.encode("utf-8"))
    result.refused(7, "<ph id='p98'> in a target is not markup of its source")  # type: ignore[attr-defined]
    assert not out.exists()


def test_a_store_that_is_a_folder_is_refused_as_a_store_not_as_usage(
        tmp_path: Path, fake_engine: object) -> None:  # fmt: skip
    """The fuzzer's case 102 (seed 28, ``store``: the store a folder): click's usage error
    (exit 2, three lines) where a spoiled store is exit 6 and one line."""
    folder = tmp_path / "t.db"
    folder.mkdir()
    article = tmp_path / "a.txt"
    article.write_text("The mayor spoke on Friday.\n", encoding="utf-8")
    feed = tmp_path / "feed.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                    "<guid>1</guid><title>Mayor</title><description>The mayor spoke on Friday."
                    "</description></item></channel></rss>", encoding="utf-8")  # fmt: skip
    tmx = tmp_path / "m.tmx"
    tmx.write_bytes(b'<?xml version="1.0"?><tmx version="1.4"><header srclang="en" '
                    b'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" '
                    b'creationtool="x" creationtoolversion="1"/><body/></tmx>')  # fmt: skip
    for args in (["run", article, "--to", "pt-BR", "--from", "en", "--engine", "fake"],
                 ["feed", feed, "--to", "pt-BR", "--from", "en", "--engine", "fake"],
                 ["tm", "import", tmx]):  # fmt: skip
        out = invoke(*args, "--db", folder, *(["--out", tmp_path / "out"] if args[0] != "tm"
                                              else []))  # fmt: skip
        out.refused(6, "it is a folder, not a file")
        assert not [f for f in (tmp_path / "out").rglob("*") if f.is_file()]


def _spoil(db: Path, table: str, column: str) -> None:
    """A row's text made bytes that are not UTF-8, a line break among them (as a flipped page
    leaves it)."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        n = con.execute(f"UPDATE {table} SET {column} = CAST(X'7bc3280a41' AS TEXT)").rowcount
        con.commit()
    finally:
        con.close()
    assert n > 0


def test_a_feed_state_spoiled_under_a_row_is_exit_6_not_an_internal_error(
        tmp_path: Path, fake_engine: object) -> None:  # fmt: skip
    """The fuzzer's case 249 (seed 28, ``feed state``: the state's pages spoiled between two
    runs): reading the run's items raised SQLite's decoding error outside the store's guard,
    an internal error (exit 1)."""
    feed = tmp_path / "feed.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                    "<guid>1</guid><title>Mayor</title><description>The mayor spoke on Friday."
                    "</description></item></channel></rss>", encoding="utf-8")  # fmt: skip
    args = ("feed", feed, "--to", "pt-BR", "--from", "en", "--engine", "fake", "--out",
            tmp_path / "out", "--db", tmp_path / "t.db", "-q")  # fmt: skip
    assert invoke(*args).code == 0
    _spoil(tmp_path / "t.db", "feed_items", "entry")
    invoke(*args).refused(6, "cannot use the store")

