"""The forty-fourth fuzz pass (fuzz44): a feed that says UTF-8 over Latin-1 bytes, a byte-order
mark in the middle of a file, a 0-byte review file or TMX, an XML file that says UTF-8 over
Latin-1 bytes.

* A feed whose XML declaration says UTF-8 while its bytes are Latin-1 or windows-1252 was
  recovered by libxml2 with every such letter as U+FFFD: "Café" published "Caf\\ufffd", exit 10.
  The declaration the bytes refute is now set aside, as an 8-bit one over UTF-8 text already
  was: the bytes that are not UTF-8 are read in the encoding guessed from them, with a warning.
  An article, a review file or a term base that does the same is still refused: the user can
  fix it; a feed is someone else's.
* A byte-order mark at the start of a line (two files joined with ``cat``) made the heading
  after it a paragraph, and every edition carried the invisible character.
* A 0-byte XLIFF, PO or TMX file was "malformed XML: no element found", exit 7; it is an empty
  input, exit 3, as an empty article or feed is.
* Expat said only "not well-formed (invalid token)" of a Latin-1 letter under
  ``encoding="UTF-8"``; the line now says the file is not UTF-8 text, and where.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hostile.helpers import HOSTILE, invoke
from hypothesis import given, settings
from hypothesis import strategies as st

from translate.read import clean_text

DATA = HOSTILE / "fuzz27"  # a real edition (embedded engine) and its PO and XLIFF
P = "The minister said on Monday that the council will meet again next week to vote on the budget."


def _rss(items: str, decl: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return (f'{decl}\n<rss version="2.0"><channel><title>News</title><link>https://example.org/'
            f"</link><description>d</description><language>en</language>{items}</channel></rss>")


def _item(n: int, title: str, text: str) -> str:
    return f"<item><title>{title}</title><guid>g{n}</guid><description>{text}</description></item>"


def _feed(tmp_path: Path, data: bytes) -> tuple[object, str]:
    feed = tmp_path / "f.rss"
    feed.write_bytes(data)
    out = tmp_path / "out"
    result = invoke("feed", feed, "--to", "pt-BR", "--engine", "fake", "-o", out, "--db",
                    tmp_path / "s.db")  # fmt: skip
    text = "".join(f.read_text(encoding="utf-8") for f in sorted(out.rglob("*.json")))
    return result, text


LATIN = "The café in São Paulo said Müller paid for the façade."


@pytest.mark.parametrize("decl", [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<?xml version="1.0" encoding="UTF8"?>',
])  # fmt: skip
def test_a_feed_that_says_utf8_over_latin1_bytes_is_read_not_mangled(
    tmp_path: Path, fake_engine: object, decl: str
) -> None:
    body = _rss(_item(1, "Café opens", f"{P} {LATIN}"), decl="").encode("latin-1")
    data = (b"\xef\xbb\xbf" + decl[1:].encode()) if decl.startswith("\ufeff") else decl.encode()
    result, text = _feed(tmp_path, data + body)
    assert result.code == 0, result.stderr  # was 10: "malformed XML recovered"
    assert "\ufffd" not in text and "Café" in text and "São Paulo" in text and "Müller" in text
    assert "declares encoding UTF-8 but its bytes are not UTF-8" in result.stderr


def test_a_latin1_item_in_a_utf8_feed_keeps_both_readings(
    tmp_path: Path, fake_engine: object
) -> None:
    utf8 = _item(1, "Reunião em São Paulo", P).encode("utf-8")
    latin = _item(2, "Café opens", f"{P} {LATIN}").encode("latin-1")
    head, tail = _rss("{}").encode("utf-8").split(b"{}")
    result, text = _feed(tmp_path, head + utf8 + latin + tail)
    assert result.code == 0, result.stderr
    assert "Reunião em São Paulo" in text and "Café" in text and "\ufffd" not in text
    assert "Ã" not in text  # the UTF-8 item not read as Latin-1


def test_a_utf8_feed_is_read_as_before(tmp_path: Path, fake_engine: object) -> None:
    result, text = _feed(tmp_path, _rss(_item(1, "Café opens", f"{P} {LATIN}")).encode())
    assert result.code == 0, result.stderr
    assert "Café" in text and "not UTF-8" not in result.stderr


# -- a byte-order mark in the middle -----------------------------------------------------------


@pytest.fixture(autouse=True)
def _fake(fake_engine: object) -> None:
    """Every run here uses the fake engine."""


def _run(tmp_path: Path, name: str, data: bytes) -> tuple[object, Path]:
    src = tmp_path / name
    src.write_bytes(data)
    out = tmp_path / "out"
    result = invoke("run", src, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", out,
                    "--format", "md,json,html,po,xliff")  # fmt: skip
    return result, out


Q = "Residents queued for hours outside the town hall to register their objections."


def test_files_joined_with_their_byte_order_marks_keep_their_headings(tmp_path: Path) -> None:
    data = (b"\xef\xbb\xbf" + f"# Council\n\n{P}\n".encode() + b"\xef\xbb\xbf"
            + f"# Second story\r\n\r\n{Q}\r\n".encode())  # fmt: skip
    result, out = _run(tmp_path, "a.md", data)
    assert result.code == 0, result.stderr
    md = next(out.rglob("*.pt-BR.md")).read_text(encoding="utf-8")
    assert any(line.startswith("#") and "Second story" in line for line in md.splitlines())
    for f in out.rglob("*"):
        if f.is_file():
            assert "\ufeff" not in f.read_text(encoding="utf-8").lstrip("\ufeff"), f.name


@pytest.mark.parametrize("text", [f"{P}\n\n\ufeff{Q}\n", f"{P} \ufeff{Q}\n", f"{P}\ufeff\n\n{Q}"])
def test_a_byte_order_mark_beside_a_break_is_removed(tmp_path: Path, text: str) -> None:
    result, out = _run(tmp_path, "a.txt", text.encode())
    assert result.code == 0, result.stderr
    edition = json.loads(next(out.rglob("*.pt-BR.json")).read_text(encoding="utf-8"))
    assert "\ufeff" not in json.dumps(edition, ensure_ascii=False).replace("\\ufeff", "")


def test_a_byte_order_mark_inside_a_word_is_still_joined_and_said(tmp_path: Path) -> None:
    result, out = _run(tmp_path, "a.md", "# Council\n\nThe min\ufeffister spoke.\n".encode())
    assert result.code == 0, result.stderr
    md = next(out.rglob("*.pt-BR.md")).read_text(encoding="utf-8")
    assert "minister" in md and "\ufeff" not in md
    edition = json.loads(next(out.rglob("*.pt-BR.json")).read_text(encoding="utf-8"))
    assert "input:split-word" in json.dumps(edition)


# -- empty review files and TMX; XML that says UTF-8 over Latin-1 -------------------------------


def _apply(tmp_path: Path, name: str, data: bytes) -> object:
    review = tmp_path / name
    review.write_bytes(data)
    edition = tmp_path / "edition" / "article.pt-BR.json"
    edition.parent.mkdir(exist_ok=True)
    shutil.copy(DATA / "article.pt-BR.json", edition)
    return invoke("review", "apply", review, "--edition", edition, "--out", tmp_path / "out",
                  "--db", tmp_path / "t.db")  # fmt: skip


@pytest.mark.parametrize("name, data", [
    ("article.pt-BR.xlf", b""),
    ("article.pt-BR.xlf", b"\xef\xbb\xbf\n  \n"),
    ("article.pt-BR.po", b""),
])  # fmt: skip
def test_an_empty_review_file_is_an_empty_input(tmp_path: Path, name: str, data: bytes) -> None:
    result = _apply(tmp_path, name, data)
    assert result.code == 3, result.stderr  # was 7, "malformed XML: no element found"
    assert "empty file" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_empty_tmx_is_an_empty_input(tmp_path: Path) -> None:
    tmx = tmp_path / "m.tmx"
    tmx.write_bytes(b"")
    result = invoke("tm", "import", tmx, "--db", tmp_path / "t.db")
    assert result.code == 3, result.stderr
    assert "empty file" in result.stderr


_TMX = ('<?xml version="1.0" encoding="{}"?>\n<tmx version="1.4"><header creationtool="x"'
        ' creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en"'
        ' datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>The café was closed on'
        ' Monday.</seg></tuv><tuv xml:lang="pt-BR"><seg>O café estava fechado na segunda-feira.'
        "</seg></tuv></tu></body></tmx>")  # fmt: skip


def test_a_tmx_that_says_utf8_over_latin1_bytes_names_the_encoding(tmp_path: Path) -> None:
    tmx = tmp_path / "m.tmx"
    tmx.write_bytes(_TMX.format("UTF-8").encode("latin-1"))
    result = invoke("tm", "import", tmx, "--db", tmp_path / "t.db")
    assert result.code == 7, result.stderr
    assert "not UTF-8 text" in result.stderr and "(byte " in result.stderr  # was "invalid token"
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_tmx_honestly_in_latin1_is_imported_as_before(tmp_path: Path) -> None:
    tmx = tmp_path / "m.tmx"
    tmx.write_bytes(_TMX.format("ISO-8859-1").encode("latin-1"))
    result = invoke("tm", "import", tmx, "--db", tmp_path / "t.db")
    assert result.code == 0, result.stderr


def test_an_xliff_and_a_tbx_that_say_utf8_over_latin1_name_the_encoding(tmp_path: Path) -> None:
    xlf = (DATA / "article.pt-BR.xlf").read_text(encoding="utf-8")
    result = _apply(tmp_path, "article.pt-BR.xlf", xlf.encode("cp1252"))
    assert result.code == 7, result.stderr
    assert "not UTF-8 text" in result.stderr
    tbx = tmp_path / "t.tbx"
    tbx.write_bytes('<?xml version="1.0" encoding="utf-8"?><martif type="TBX"><text><body>'
                    '<termEntry id="sp"><langSet xml:lang="en"><tig><term>São Paulo</term></tig>'
                    "</langSet></termEntry></body></text></martif>".encode("latin-1"))  # fmt: skip
    result = invoke("glossary", "import", tbx, "-o", tmp_path / "g.toml")
    assert result.code == 5, result.stderr
    assert "not UTF-8 text" in result.stderr


# -- a reviewer's target of invisible characters only ------------------------------------------

_TITLE_PO = 'msgstr "Votação de orçamento em Lisboa"'
_TITLE_XLF = ('<target>Votação de orçamento em <mrk id="m1" type="term" value="lisbon">Lisboa</mrk>'
              "</target>")  # fmt: skip


@pytest.mark.parametrize("name, old, new", [
    ("article.pt-BR.po", _TITLE_PO, 'msgstr "\u00a0\u200b"'),
    ("article.pt-BR.po", _TITLE_PO, 'msgstr "\u200b\u200d\ufeff"'),
    ("article.pt-BR.xlf", _TITLE_XLF, "<target>\u200b \u2060</target>"),
    ("article.pt-BR.xlf", _TITLE_XLF, "<target>\u200e\u00ad</target>"),
])  # fmt: skip
def test_a_target_of_invisible_characters_is_an_empty_target(
    tmp_path: Path, name: str, old: str, new: str
) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert old in text
    result = _apply(tmp_path, name, text.replace(old, new, 1).encode())
    assert result.code == 0, result.stderr  # was 0 with the title published blank
    assert "b0.s0: skipped: empty target" in result.stderr + result.stdout
    md = (tmp_path / "out" / "article.pt-BR.md").read_text(encoding="utf-8")
    heading = next(line for line in md.splitlines() if line.startswith("# "))
    assert "Votação de orçamento em Lisboa" in heading  # the edition's title kept


def test_a_tmx_target_of_invisible_characters_is_not_stored(tmp_path: Path) -> None:
    tmx = tmp_path / "m.tmx"
    tmx.write_text(_TMX.format("UTF-8").replace("O café estava fechado na segunda-feira.",
                                                "\u200b\u00a0\ufeff"), encoding="utf-8")
    result = invoke("tm", "import", tmx, "--db", tmp_path / "t.db")
    assert "Traceback" not in result.stderr
    from translate.store import Store
    from translate.tm import lookup

    store = Store(tmp_path / "t.db")
    try:
        assert lookup(store, "en", "pt-BR", ["The café was closed on Monday."]) == {}
    finally:
        store.close()


def test_blank_is_white_space_and_invisible_characters_only() -> None:
    from translate.check import is_blank

    assert is_blank("") and is_blank(" \u00a0\u200b\u200d\ufeff\u2060\u00ad\u200e\n")
    assert not is_blank("\u200bA") and not is_blank("·") and not is_blank("\u0301")


# -- a run of a page longer than the HTML parser reads -----------------------------------------

_HEAD = '<html><head><meta charset="utf-8"><title>Council</title></head><body>'
_INTRO = f"<p>{Q} {Q}</p>"
_END = "<p>The end of the story is here, said the mayor of the city on Friday.</p></body></html>"


def test_a_page_with_an_11_mb_script_is_refused_not_published_cut(tmp_path: Path) -> None:
    """The real parser: libxml2 stopped at the script and the last paragraph was lost, exit 0."""
    page = _HEAD + _INTRO + '<script>var a="' + "A" * 11_000_000 + '";</script>' + _END
    result, out = _run(tmp_path, "a.html", page.encode())
    result.refused(3, "a <script> of 11,000,")
    assert not out.exists()


@pytest.mark.parametrize("middle, code, said", [
    ("<script>var a='{}';</script>", 3, "a <script> of"),
    ('<img alt="x" src="data:image/png;base64,{}">', 3, "a <img> tag (an attribute value)"),
    ("<!--{}-->", 3, "a comment of"),
    ("<p>{}</p>", 12, "characters of text, more than the limit"),
])  # fmt: skip
def test_each_kind_of_unreadable_run_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, middle: str, code: int, said: str
) -> None:
    from translate import read

    monkeypatch.setattr(read, "PARSER_RUN_BYTES", 400_000)  # the rule at a tenth of the size
    page = _HEAD + _INTRO + middle.format("word " * 90_000) + _END
    result, _out = _run(tmp_path, "a.html", page.encode())
    result.refused(code, said)


def test_a_run_under_the_parser_limit_is_read_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from translate import read

    monkeypatch.setattr(read, "PARSER_RUN_BYTES", 400_000)
    page = _HEAD + _INTRO + "<script>var a='" + "A" * 300_000 + "';</script>" + _END
    result, out = _run(tmp_path, "a.html", page.encode())
    assert result.code == 0, result.stderr
    assert "mayor" in next(out.rglob("*.pt-BR.md")).read_text(encoding="utf-8")


def test_a_page_of_a_million_tags_is_refused_before_parsing(tmp_path: Path) -> None:
    """4.75 million <br>s in a 19 MB page took more than 150 s of CPU; refused at once now."""
    page = _HEAD + _INTRO + "<br>" * 1_100_000 + _END
    result, out = _run(tmp_path, "a.html", page.encode())
    result.refused(3, "tags (more than 1,000,000)")
    assert not out.exists()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="\ufeff\x01\x1f\x7f\x85 \ta:\n", max_size=12))
def test_cleaning_clean_text_changes_nothing(text: str) -> None:
    """A reviewer file's text is cleaned once when its edition is read and once when the file
    comes back: a byte-order mark beside a control character was kept the first time and
    removed the second (the control had become a space), so the round trip changed a target."""
    once = clean_text(text)
    assert clean_text(once) == once



def test_a_utf8_byte_order_mark_over_latin1_bytes_is_read_as_before(
    tmp_path: Path, fake_engine: object
) -> None:
    """A byte-order mark is the encoder's own signature, not a template's words: a UTF-8 mark
    over bytes that are not UTF-8 is a contradiction (a fatal error in XML), not guessed (the
    guess read an EUC-JP feed behind a mark as cp1252, pass7); read as before fuzz44 — the
    strict parse fails, the items are recovered and the run says so (exit 10), never exit 0."""
    body = _rss(_item(1, "Café opens", f"{P} {LATIN}"), decl="").encode("latin-1")
    result, _ = _feed(tmp_path, b"\xef\xbb\xbf<?xml version=\"1.0\"?>" + body)
    assert result.code in (3, 10), result.stderr
    assert "Traceback" not in result.stderr
    assert "declares encoding UTF-8 but its bytes" not in result.stderr


def test_a_utf8_declaration_over_bytes_no_reading_fits_is_no_blind_guess(tmp_path: Path) -> None:
    """An EUC-JP feed that declares UTF-8: charset-normalizer finds no reading of its bytes that
    are not UTF-8 alone, and the fallback was cp1252 ("¥²¡¼¥" published with a warning). The
    document is now guessed whole (EUC-JP), or, with no reading at all, read as before."""
    from translate.feeds import FeedReader

    seed = (Path(__file__).resolve().parents[1] / "data" / "realworld" / "feeds"
            / "eucjp-ja.rss").read_bytes()  # fmt: skip
    feed = tmp_path / "f.rss"
    feed.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n' + seed[seed.index(b"<rss"):])
    titles = [item.title or "" for item in FeedReader(feed)]
    assert titles and not any("\u00a5" in t or "\u00a4" in t for t in titles), titles
