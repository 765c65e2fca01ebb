"""The thirty-sixth pass (fuzz37): what fuzz36 noticed and left, and the surfaces attacked least
(the translators' way back, the SQLite stores, writing, signals).

* What click refuses while splitting the command line (an unknown option, an option with no
  value) printed nothing on stdout under ``--json``: the flag's callback had not run yet.
* ``charset=utf-16`` (or ``utf-32``) over a feed with no byte-order mark was read in the
  machine's byte order (little-endian): a feed in UTF-16BE was "not an XML feed".
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hostile.helpers import HOSTILE, Outcome, invoke

from translate.errors import Terminated
from translate.feeds.reader import FeedReader

PT = "Ministros reúnem-se em Genebra"


@pytest.mark.parametrize("args", [
    ("batch", "--json", "--bogus", "x"),
    ("batch", "x", "--json", "--workers"),
    ("run", "a.txt", "--json", "--zz", "--to", "pt-BR"),
    ("review", "apply", "--nope", "f.po", "--json"),
    ("detect", "--json", "--detektor", "x", "f.txt"),
    ("-v", "locales", "show", "--json", "--x", "pt"),
])  # fmt: skip
def test_what_click_refuses_while_splitting_the_command_line_is_json_under_json(
    args: tuple[str, ...],
) -> None:
    result = invoke(*args)
    assert result.code == 2 and "Error:" in result.stderr
    report = json.loads(result.stdout)
    assert report["code"] == "E002" and report["exit_code"] == 2
    assert report["error"].startswith("error[E002]: ")


@pytest.mark.parametrize("args", [
    ("run", "--out", "--json", "--zz", "a.txt"),  # --json is --out's value
    ("run", "--zz", "--", "--json"),  # --json is a file's name
    ("glossary", "lint", "--json", "--q", "g.toml"),  # lint has no --json
])  # fmt: skip
def test_json_is_read_where_click_reads_it(args: tuple[str, ...]) -> None:
    result = invoke(*args)
    assert result.code == 2 and result.stdout == ""


def _rss(encoding: str, declared: str | None = None) -> bytes:
    head = f'<?xml version="1.0" encoding="{declared}"?>\n' if declared else ""
    return (head + '<rss version="2.0"><channel><title>World</title><item><title>'
            f"{PT}</title><guid>a1</guid></item></channel></rss>").encode(encoding)


@pytest.mark.parametrize("body, charset", [
    (_rss("utf-16-be"), "utf-16"),
    (_rss("utf-16-be", "UTF-16"), "UTF-16"),
    (_rss("utf-32-be"), "utf-32"),
    (_rss("utf-16-le"), "utf-16"),  # read as before
    (_rss("utf-32-le", "UTF-32"), "utf-32"),
    (b"\xfe\xff" + _rss("utf-16-be"), "utf-16"),  # the byte-order mark decides
])  # fmt: skip
def test_a_wide_http_charset_with_no_byte_order_mark_reads_the_order_of_the_bytes(
    tmp_path: Path, body: bytes, charset: str
) -> None:
    (tmp_path / "feed.xml").write_bytes(body)
    reader = FeedReader(tmp_path / "feed.xml", source="http://127.0.0.1/feed",
                        content_type=f"application/rss+xml; charset={charset}")  # fmt: skip
    assert [item.title for item in reader] == [PT]
    assert reader.warnings == []


def test_a_wide_charset_with_no_mark_and_no_ascii_start_is_big_endian() -> None:
    from translate.feeds.reader import _byte_order

    assert _byte_order("utf-16", "é".encode("utf-16-be")) == "utf-16-be"
    assert _byte_order("utf-16", "中".encode("utf-16-le")) == "utf-16-be"  # RFC 2781, 4.3
    assert _byte_order("utf-16", b"<\x00") == "utf-16-le"
    assert _byte_order("cp1252", b"<\x00") == "cp1252"


DATA = HOSTILE / "fuzz27"  # a real edition (embedded engine) and its PO and XLIFF


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


def test_a_po_target_with_tags_its_msgid_has_not_is_refused(tmp_path: Path) -> None:
    """A message with no inline markup is text: ``<3>O</3>`` copied from another message was
    published as "\\<3\\>O\\</3\\>" (exit 0); XLIFF refuses a ``<pc>`` its source lacks."""
    _apply(tmp_path, "article.pt-BR.po", 'msgstr "O comparente',
           'msgstr "<3>O</3> comparente').refused(7, "<3> is not markup of the source")  # fmt: skip
    assert not (tmp_path / "out").exists()


def test_a_po_target_keeping_its_msgids_own_tag_like_text_is_applied(tmp_path: Path) -> None:
    """The do-no-harm side: text that reads as a tag and is in the msgid too is the article's."""
    text = (DATA / "article.pt-BR.po").read_text(encoding="utf-8")
    text = text.replace('msgid "Turnout rose to 62.5 percent', 'msgid "<1> Turnout rose to 62.5'
                        ' percent').replace('msgstr "O comparente', 'msgstr "<1> O comparecimento')
    from translate import review

    (tmp_path / "a.po").write_text(text, encoding="utf-8")
    segment = {s.id: s for s in review.read_po_file(tmp_path / "a.po").segments}["b3.s0"]
    assert segment.target is not None and segment.target.startswith("<1> O comparecimento")


def test_an_xliff_unit_without_id_is_refused(tmp_path: Path) -> None:
    """XLIFF 2.0 requires it; the file was applied (exit 0)."""
    _apply(tmp_path, "article.pt-BR.xlf", '<unit id="b3" ', "<unit ").refused(
        7, "a <unit> without id")
    assert not (tmp_path / "out").exists()


_TMX = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x"'
        ' creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en"'
        ' datatype="plaintext"/><body>{}</body></tmx>')  # fmt: skip


def _tu(en: str, text: str, lang: str = "pt-BR") -> str:
    return (f'<tu><tuv xml:lang="en"><seg>{en}</seg></tuv><tuv xml:lang="{lang}"><seg>{text}'
            "</seg></tuv></tu>")  # fmt: skip


def test_a_tmx_target_in_a_script_its_language_is_not_written_in_is_left_out(
    tmp_path: Path,
) -> None:
    """Cyrillic under ``pt-BR`` was stored as the Portuguese of the sentence (exit 0)."""
    from translate.store import Store
    from translate.tm import lookup

    tmx = tmp_path / "m.tmx"
    tmx.write_text(_TMX.format(
        _tu("The minister resigned on Monday.", "Министр ушёл в отставку в понедельник.")
        + _tu("The vote was close.", "A votação foi apertada.")
        + _tu("Lula met Putin.", "Lula encontrou Путин.")  # a name in its own script: kept
        + _tu("iPhone sales rose.", "iPhone 売上が増加した。", "ja")), encoding="utf-8")
    result = invoke("tm", "import", tmx, "--db", tmp_path / "t.db")
    assert result.code == 0, result.stderr
    assert "3 translation units imported" in result.stdout + result.stderr
    assert "1 en->pt-BR (its text is in Cyrillic script)" in result.stdout + result.stderr
    store = Store(tmp_path / "t.db")
    try:
        assert lookup(store, "en", "pt-BR", ["The minister resigned on Monday."]) == {}
        assert lookup(store, "en", "pt-BR", ["The vote was close."]) == {
            "The vote was close.": "A votação foi apertada."}
    finally:
        store.close()


def test_a_store_that_fails_while_opened_says_why(tmp_path: Path) -> None:
    """A file-size limit (a full disk) while a store in WAL mode is opened: SQLite ends the
    read transaction itself and the COMMIT after it said "cannot commit - no transaction is
    active", over the cause."""
    import resource
    import subprocess
    import sys

    from translate.store import Store

    Store(tmp_path / "t.db").close()
    assert (tmp_path / "t.db").stat().st_size > 3_000
    for extra in ("t.db-wal", "t.db-shm"):
        (tmp_path / extra).unlink(missing_ok=True)

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (3_000, 3_000))

    code = ("from translate.store import Store\nfrom translate.errors import OutputError\n"
            "try:\n    Store('t.db')\nexcept OutputError as exc:\n    print(exc)\n")  # fmt: skip
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, preexec_fn=limited, timeout=300)  # fmt: skip
    assert proc.stderr == "", proc.stderr
    assert "cannot open the store t.db: disk I/O error" in proc.stdout, proc.stdout
    assert "no transaction" not in proc.stdout


def _articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    cities = ["Porto", "Braga", "Faro", "Coimbra", "Leiria", "Viseu"]
    paths = []
    for i in range(n):
        path = folder / f"a{i}.md"
        path.write_text(f"# Vote in {cities[i]}\n\nThe council of {cities[i]} approved the budget"
                        f" on Friday, said the mayor.\n", encoding="utf-8")  # fmt: skip
        paths.append(path)
    return paths


def _interrupting(real: Any, after: int, signal: type[KeyboardInterrupt]) -> Any:
    calls = [0]

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] > after:
            raise signal()  # what the handler of SIGINT (or SIGTERM) raises at that point
        return real(*args, **kwargs)

    return wrapper


@pytest.mark.parametrize("signal, code, line", [
    (KeyboardInterrupt, 130, "error: interrupted: "),
    (Terminated, 143, "error: interrupted (SIGTERM): "),
])  # fmt: skip
def test_an_interrupted_batch_says_what_was_done_and_what_is_left(
    tmp_path: Path, fake_engine: object, monkeypatch: pytest.MonkeyPatch,
    signal: type[KeyboardInterrupt], code: int, line: str,
) -> None:
    """"error: interrupted" alone: nothing said of the two editions written, nor of the rest."""
    from translate.feeds import batch

    _articles(tmp_path / "in", 5)
    real = batch.process_article_claim
    monkeypatch.setattr(batch, "process_article_claim", _interrupting(real, 2, signal))
    args = ("batch", tmp_path / "in", "--to", "pt-BR", "--from", "en", "--engine", "fake",
            "--out", tmp_path / "out", "--db", tmp_path / "t.db", "--no-builtin-glossary")
    result = invoke(*args)
    assert result.code == code, result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"{line}2 of 5 article editions done (written and recorded), 3 left: the same command"
        " again finishes them")
    assert len(list((tmp_path / "out").rglob("*.md"))) == 2
    monkeypatch.setattr(batch, "process_article_claim", real)
    again = invoke(*args, "--json")
    assert again.code == 0, again.stderr
    assert sorted(i["status"] for i in json.loads(again.stdout)["items"]) == [
        "skipped", "skipped", "translated", "translated", "translated"]


def test_an_interrupted_run_of_many_files_says_what_was_done_and_what_is_left(
    tmp_path: Path, fake_engine: object, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from translate import pipeline

    paths = _articles(tmp_path / "in", 4)
    monkeypatch.setattr(pipeline, "run_file",
                        _interrupting(pipeline.run_file, 2, KeyboardInterrupt))  # fmt: skip
    result = invoke("run", *paths, "--to", "pt-BR", "--from", "en", "--engine", "fake",
                    "--out", tmp_path / "out", "--db", tmp_path / "t.db", "--json")  # fmt: skip
    assert result.code == 130
    said = (f"error: interrupted: 2 of 4 inputs done (written), 2 left, from {paths[2]}: run"
            " them again")
    assert result.stderr.strip().splitlines()[-1] == said
    assert json.loads(result.stdout)["error"] == said
