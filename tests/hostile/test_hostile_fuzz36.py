"""What the thirty-fifth pass (fuzz35) noticed and left, fixed by fuzz36.

* A malformed JSONL record's error named "line 2, column 1" for line 1 (the decoder counted the
  record's own line ending) and "line 1" for every other line: every JSONL reader (``run
  --jsonl``, ``batch``'s work list, which the cluster runner reads too) names the file's line.
* ``batch --json`` (and every command with ``--json``) printed nothing on stdout when an error
  stopped the whole command: a pipeline reading the JSON report got no JSON.
* A feed fetched with ``Content-Type: ...; charset=...`` had that charset ignored: windows-1251
  bytes under an XML declaration of UTF-8 were mojibake, and every 8-bit feed was a guess
  whose warning said "no encoding declared". The HTTP charset now wins over the XML
  declaration for XML media types (RFC 7303); fuzz35's rule for a declaration the bytes refute
  holds for it too.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hostile.helpers import invoke

from translate import jsontext
from translate.feeds.reader import FeedReader
from translate.feeds.sources import FeedSource, open_feed

BAD = b'{"id": "a", "text": "Ol\xc3\xa1"\n\n{"id": x}\n'


def test_a_jsonl_record_error_names_the_line_and_column_of_the_file() -> None:
    with pytest.raises(jsontext.BadJSON, match=r"line 1, column 6: Expecting value"):
        jsontext.loads('{"a":\n', line=1)
    with pytest.raises(jsontext.BadJSON, match=r"line 7, column 5: Expecting"):
        jsontext.loads('{"a"}\r\n', line=7)


def test_run_jsonl_names_the_file_line(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_bytes(BAD)
    result = invoke("run", "--jsonl", tmp_path / "bad.jsonl", "--to", "pt-BR", "--from", "en",
                    "--db", tmp_path / "t.db")  # fmt: skip
    messages = [json.loads(line)["error"]["message"] for line in result.stdout.splitlines()]
    assert messages == ["not valid JSON (line 1, column 26: Expecting ',' delimiter)",
                        "not valid JSON (line 3, column 8: Expecting value)"]  # fmt: skip


def test_batch_work_list_names_the_file_line(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_bytes(BAD)
    result = invoke("batch", tmp_path / "bad.jsonl", "--to", "pt-BR", "--from", "en", "--json",
                    "--out", tmp_path / "out", "--db", tmp_path / "t.db")  # fmt: skip
    assert result.code == 3
    errors = [item["error"][13:] for item in json.loads(result.stdout)["items"]]
    assert errors == ["not valid JSON (line 1, column 26: Expecting ',' delimiter)",
                      "not valid JSON (line 3, column 8: Expecting value)"]  # fmt: skip


def test_batch_reads_a_work_list_that_starts_with_a_byte_order_mark(tmp_path: Path) -> None:
    """``run --jsonl`` drops it; ``batch`` refused line 1, "Unexpected UTF-8 BOM"."""
    (tmp_path / "bom.jsonl").write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "Ministers met in'
                                         b' Geneva on Monday."}\n')  # fmt: skip
    result = invoke("batch", tmp_path / "bom.jsonl", "--to", "pt-BR", "--from", "en", "--json",
                    "--out", tmp_path / "out", "--db", tmp_path / "t.db")  # fmt: skip
    assert result.code == 0, result.stdout + result.stderr
    assert [item["status"] for item in json.loads(result.stdout)["items"]] == ["translated"]


@pytest.mark.parametrize("args, code, needle", [
    (("batch", "{tmp}/empty.jsonl", "--to", "pt-BR", "--out", "{tmp}/out"), 3, "holds no article"),
    (("batch", "{tmp}/missing.jsonl", "--to", "pt-BR", "--out", "{tmp}/out"), 3, "no such file"),
    (("batch", "{tmp}/empty.jsonl", "--to", "pt-BR", "--out", "{tmp}/empty.jsonl"), 6,
     "not a folder"),
    (("feed", "{tmp}/empty.jsonl", "--to", "pt-BR", "--out", "{tmp}/empty.jsonl"), 6,
     "not a folder"),
    (("run", "{tmp}/missing.txt", "--to", "xx-QQ", "--out", "{tmp}/out"), 5, "unknown locale"),
    (("detect", "{tmp}/missing.txt"), 3, "no such file"),
    (("review", "apply", "{tmp}/missing.po"), 3, "no such file"),
    (("locales", "show", "xx-QQ"), 5, "unknown locale"),
])  # fmt: skip
def test_a_command_level_error_under_json_is_one_json_object(
    tmp_path: Path, args: tuple[str, ...], code: int, needle: str
) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    argv = [a.format(tmp=tmp_path) for a in args]
    result = invoke(*argv, "--json", "--db", tmp_path / "t.db") if args[0] in (
        "batch", "feed", "run", "review") else invoke(*argv, "--json")
    result.refused(code, needle)
    report = json.loads(result.stdout)
    assert report == {"error": result.stderr.strip(), "code": report["code"], "exit_code": code}
    assert report["code"] == result.stderr[6:10]


RU = "Министры встретились в Женеве"
PT = "Ministros reúnem-se em Genebra"


def _rss(title: str, encoding: str, declared: str | None = None) -> bytes:
    head = f'<?xml version="1.0" encoding="{declared}"?>\n' if declared else ""
    return (head + '<rss version="2.0"><channel><title>World</title><item><title>'
            f"{title}</title><guid>a1</guid></item></channel></rss>").encode(encoding)


@contextmanager
def _serving(body: bytes, content_type: str) -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed"
    finally:
        server.shutdown()
        server.server_close()


def _read(body: bytes, content_type: str) -> tuple[list[str | None], list[str]]:
    """The titles and warnings of a feed fetched from a loopback server, as ``feed`` reads it."""
    with _serving(body, content_type) as url:
        source = FeedSource(url, "feed")
        with open_feed(source) as doc:
            assert doc.path is not None
            reader = FeedReader(doc.path, source=url, content_type=doc.content_type)
            return [item.title for item in reader], reader.warnings


def test_the_http_charset_wins_over_the_xml_declaration() -> None:
    titles, warnings = _read(_rss(RU, "cp1251", "UTF-8"), "text/xml; charset=windows-1251")
    assert titles == [RU]
    assert warnings == ["the server's charset windows-1251 and the XML declaration's UTF-8"
                        " disagree: read as windows-1251 (RFC 7303)"]  # fmt: skip


@pytest.mark.parametrize("body, content_type, title", [
    (_rss(PT, "cp1252"), "application/rss+xml; charset=windows-1252", PT),
    (_rss(RU, "koi8-r"), 'application/atom+xml; charset="KOI8-R"', RU),
])  # fmt: skip
def test_an_8bit_feed_under_its_http_charset_is_read_without_a_guess(
    body: bytes, content_type: str, title: str
) -> None:
    assert _read(body, content_type) == ([title], [])


def test_an_http_charset_the_bytes_refute_is_said_and_the_document_read_by_its_own_rules(
) -> None:
    titles, warnings = _read(_rss(PT, "utf-8"), "application/rss+xml; charset=iso-8859-1")
    assert titles == [PT]  # fuzz35's rule: 8-bit declared over UTF-8 text is UTF-8
    assert warnings == ["the server declares charset iso-8859-1 but the bytes are UTF-8 text:"
                        " read as UTF-8 (read as iso-8859-1, every accented letter would be two"
                        " characters)"]  # fmt: skip
    titles, warnings = _read(_rss(PT, "cp1252"), "application/rss+xml; charset=utf-8")
    assert len(titles) == 1 and len(warnings) == 1
    assert warnings[0].startswith("the server declares charset utf-8 but the bytes are not utf-8"
                                  " text: read as ")  # fmt: skip
    assert "no encoding declared" not in warnings[0]


def test_the_charset_of_a_type_outside_xml_and_a_byte_order_mark_are_left_alone() -> None:
    from translate.feeds.reader import xml_charset

    assert xml_charset("text/plain; charset=utf-8") is None
    assert xml_charset("application/rss+xml; charset=UTF-8") == "UTF-8"
    latin = _rss(PT, "latin-1", "ISO-8859-1")
    assert _read(latin, "text/plain; charset=utf-8") == ([PT], [])
    bom = b"\xff\xfe" + _rss(PT, "utf-16-le")
    assert _read(bom, "text/xml; charset=utf-8") == ([PT], [])


def test_an_unknown_http_charset_is_said_and_ignored() -> None:
    assert _read(_rss(PT, "utf-8"), "application/rss+xml; charset=x-klingon") == (
        [PT], ["the server declares an unknown charset 'x-klingon': ignored"])


def test_an_options_bad_value_under_json_is_one_json_object(tmp_path: Path) -> None:
    (tmp_path / "afile").write_bytes(b"x")
    result = invoke("models", "list", "--packages-dir", tmp_path / "afile", "--json")
    assert result.code == 2 and "models list [OPTIONS]" in result.stderr
    report = json.loads(result.stdout)
    assert report["code"] == "E002" and report["exit_code"] == 2
    assert report["error"].startswith("error[E002]: Invalid value for '--packages-dir'")
