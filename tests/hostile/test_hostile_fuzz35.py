"""Classes the thirty-fifth pass (fuzz35) found: the seeded fuzzer (seed 36) and the surfaces
attacked least so far (the service's, in tests/serve/test_fuzz35.py; the cluster runner's work
list; feeds by URL; term bases and memories from CAT tools).

* SIGTERM in the last seconds of a run, after its files were written and its exit code
  decided, killed the process with status -15 and no word (CPython puts the default action
  back while it finalizes; the teardown took 2-4 s under load): the fuzzer's ``batch`` case.
  The command ignores SIGTERM and SIGINT once it is done.
* A TBX ``langSet`` tagged ``eng`` (ISO 639-2, as CAT tools write) was refused, "no en term";
  ``por-BR`` was stored as a form nothing looks up.
* A TMX unit giving one locale two different targets stored the last one, without a word.
* ``translate batch`` of an empty JSONL file or a folder with no article: exit 0, "0
  translated", where ``feed`` of an empty feed list and ``run`` of an empty file exit 3.
* A feed whose XML declaration names ISO-8859-1 over UTF-8 bytes was read as declared ("reúnem"
  -> "reÃºnem"), and its item refused as boilerplate: the wrong error, and nothing published.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from hostile.helpers import invoke

from translate.feeds.reader import FeedReader
from translate.store import Store
from translate.tm import entries

ROOT = Path(__file__).resolve().parents[2]


def test_sigterm_after_the_command_is_done_leaves_its_exit_code(tmp_path: Path) -> None:
    """The signal is sent from an exit handler: the command's work is over, the interpreter
    about to tear down. It used to raise into the handler (a traceback on stderr) and, a moment
    later in the teardown, to kill the process with -15."""
    script = textwrap.dedent("""
        import atexit, os, signal, sys
        atexit.register(lambda: os.kill(os.getpid(), signal.SIGTERM))
        sys.argv = ["translate", "locales", "list"]
        from translate.cli import main
        main()
    """)
    env = {**os.environ, "TRANSLATE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    p = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                       cwd=tmp_path, timeout=600)  # fmt: skip
    assert p.returncode == 0, p.stderr
    assert b"Traceback" not in p.stderr and b"Terminated" not in p.stderr


def test_tbx_iso_639_2_tags_are_read_as_bcp47(tmp_path: Path) -> None:
    tbx = tmp_path / "terms.tbx"
    tbx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="eng"><text><body>'
        '<termEntry id="ecb"><descrip type="subjectField">org</descrip>'
        '<langSet xml:lang="eng"><tig><term>European Central Bank</term></tig></langSet>'
        '<langSet xml:lang="por-BR"><tig><term>Banco Central Europeu</term></tig></langSet>'
        '<langSet xml:lang="deu"><tig><term>Europäische Zentralbank</term></tig></langSet>'
        "</termEntry></body></text></martif>\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "terms.toml"
    result = invoke("glossary", "import", tbx, "-o", out)
    assert result.code == 0, result.stderr
    import tomllib

    entry = tomllib.loads(out.read_text(encoding="utf-8"))["entry"][0]
    assert entry["name"] == "European Central Bank"
    assert entry["forms"] == {"pt-BR": "Banco Central Europeu", "de": "Europäische Zentralbank"}


def test_a_tmx_unit_with_two_targets_for_one_locale_stores_neither(tmp_path: Path) -> None:
    tmx = tmp_path / "m.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"'
        ' creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"'
        ' datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="en"><seg>The talks resumed.</seg></tuv>'
        '<tuv xml:lang="pt-BR"><seg>As negociações foram retomadas.</seg></tuv>'
        '<tuv xml:lang="pt-BR"><seg>As negociações não foram retomadas.</seg></tuv>'
        '<tuv xml:lang="de"><seg>Die Gespräche wurden fortgesetzt.</seg></tuv></tu>'
        '<tu><tuv xml:lang="en"><seg>Prices rose.</seg></tuv>'
        '<tuv xml:lang="pt-BR"><seg>Os preços subiram.</seg></tuv>'
        '<tuv xml:lang="pt-BR"><seg>Os preços subiram.</seg></tuv></tu>'
        "</body></tmx>\n", encoding="utf-8")  # fmt: skip
    db = tmp_path / "t.db"
    result = invoke("tm", "import", tmx, "--db", db)
    assert result.code == 0, result.stderr
    assert "2 translation units imported" in result.stdout
    assert "left out: 1 en->pt-BR (two <tuv>s with different texts)" in result.stdout
    store = Store(db)
    try:
        stored = sorted((e.target_locale, e.source, e.target) for e in entries(store))
    finally:
        store.close()
    assert stored == [("de", "The talks resumed.", "Die Gespräche wurden fortgesetzt."),
                      ("pt-BR", "Prices rose.", "Os preços subiram.")]  # fmt: skip


def test_an_empty_work_list_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n\n")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "notes.pdf").write_bytes(b"%PDF-1.4")
    for name, needle in [("empty.jsonl", "the JSONL file holds no article"),
                         ("blank.jsonl", "the JSONL file holds no article"),
                         ("inbox", "the folder holds no article file")]:  # fmt: skip
        result = invoke("batch", tmp_path / name, "--to", "pt-BR", "--out", tmp_path / "out",
                        "--db", tmp_path / "t.db", "--from", "en")  # fmt: skip
        assert result.code == 3, (name, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error[E003]: ") and needle in lines[0]


def test_a_feed_declaring_latin1_over_utf8_bytes_is_read_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_bytes(('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel>'
                      "<title>Notícias</title><item><title>Ministros reúnem-se em Genebra</title>"
                      "<description>O preço do trigo subiu até março.</description></item>"
                      "</channel></rss>").encode())  # fmt: skip
    reader = FeedReader(path)
    items = list(reader)
    assert [i.title for i in items] == ["Ministros reúnem-se em Genebra"]
    assert reader.info is not None and reader.info.title == "Notícias"
    assert reader.warnings == ["the feed declares encoding ISO-8859-1 but its bytes are UTF-8"
                               " text: read as UTF-8 (read as ISO-8859-1, every accented letter"
                               " would be two characters)"]  # fmt: skip


def test_a_feed_honestly_in_latin1_is_read_as_declared(tmp_path: Path) -> None:
    """The other side: Latin-1 bytes under a Latin-1 declaration are not valid UTF-8."""
    path = tmp_path / "f.rss"
    path.write_bytes(('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel>'
                      "<title>t</title><item><title>Ministros reúnem-se em Genebra</title></item>"
                      "</channel></rss>").encode("latin-1"))  # fmt: skip
    reader = FeedReader(path)
    assert [i.title for i in reader] == ["Ministros reúnem-se em Genebra"]
    assert reader.warnings == []
