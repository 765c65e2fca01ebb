"""Red-team pass eight (benchmarks/fuzz_readers.py --mutations new, and probes by hand): each
class found turned into a regular, fast test.

* A zero-width joiner or non-joiner (or another invisible format character) between two digits
  ("1,5\\u200d00") was kept, and the engine wrote "1,5 00": a wrong number published with exit
  0. Such characters are removed between digits on input and reported (``input:split-number``);
  inside words they stay.
* A glossary import (TBX or CSV) with a duplicated id wrote a glossary that ``glossary lint``
  rejects and that loses an entry when loaded; a term holding a bidi override or a zero-width
  space ("\\u202e1000") would be written, invisible, into every edition naming it; a 200,000
  character term was imported. All are refused now (exit 5, one line, nothing written).
* Checked and found handled (tested here so that it stays so): a bidi override over a
  space-grouped number, digits of other scripts in a number, Markdown bombs (thousands of nested
  lists, blockquote markers, nested links, emphasis runs, reference links), HTML with thousands
  of links and deeply nested tables.
"""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest
import tomllib
from hostile.helpers import invoke, tree
from lxml import etree

FORMATS = "md,json,xliff,po,html"


def _run(tmp_path: Path, name: str, text: str, *extra: object) -> tuple[object, Path]:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    outcome = invoke("run", src, "--to", "pt-BR", "--engine", "fake", "--format", FORMATS,
                     "--from", "en", "--out", out, "--db", tmp_path / "s.db",
                     "--no-builtin-glossary", *extra)  # fmt: skip
    return outcome, out


def _parse_back(out: Path) -> None:
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert files, tree(out)
    for path in files:
        data = path.read_bytes()
        assert not path.name.startswith(".") and ".tmp" not in path.name, path
        if path.suffix == ".json":
            json.loads(data)
        elif path.suffix in (".xlf", ".xliff"):
            etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
        elif path.suffix == ".po":
            polib.pofile(data.decode("utf-8"))
        elif path.suffix == ".html":
            etree.fromstring(data, etree.HTMLParser())
        else:
            data.decode("utf-8")


def _sources(out: Path) -> str:
    edition = json.loads(next(out.rglob("*.json")).read_text(encoding="utf-8"))
    return " ".join(s["source"] for b in edition["blocks"] for s in b["segments"])


def _blocking(out: Path) -> list[str]:
    edition = json.loads(next(out.rglob("*.json")).read_text(encoding="utf-8"))
    return [f["message"] for b in edition["blocks"] for s in b["segments"]
            for f in s["findings"] if f["severity"] == "error"]  # fmt: skip


# --- invisible characters and other digits inside numbers -----------------------------------------

@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("joiner", ["\u200d", "\u200c", "\u2062", "\u034f"])
def test_a_joiner_between_digits_is_removed_and_reported(tmp_path: Path, joiner: str) -> None:
    text = f"The council approved a budget of 1,5{joiner}00 dollars on Friday, officials said.\n"
    outcome, out = _run(tmp_path, "zwj.txt", text)
    assert outcome.code == 0, outcome.stderr
    assert "1,500 dollars" in _sources(out)
    edition = json.loads(next(out.rglob("*.json")).read_text(encoding="utf-8"))
    assert "input:split-number" in {d["rule"] for d in edition["dropped"]}
    _parse_back(out)


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("number", ["\u202e1 000\u202c", "\u202e1,000\u202c", "\u20671 000\u2069",
                                    "1\u202e 000"])  # fmt: skip
def test_a_bidi_control_over_a_grouped_number_is_never_published_silently(
    tmp_path: Path, number: str
) -> None:
    text = f"The council approved a budget of {number} dollars on Friday, officials said.\n"
    outcome, out = _run(tmp_path, "bidi.txt", text, "--on-findings", "hold")
    assert outcome.code == 9, outcome.stderr
    assert not (out / "bidi.pt-BR.html").exists(), tree(out)  # held, not published
    assert any("U+20" in m for m in _blocking(out)), _blocking(out)
    _parse_back(out)


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("number", ["١٥٠٠", "1٥00", "۱۵۰۰", "１５００", "1５00"])
def test_digits_of_other_scripts_are_read_or_held(tmp_path: Path, number: str) -> None:
    """A number in Arabic-Indic, Persian or fullwidth digits, or mixing them with ASCII ones,
    runs to its end: an edition whose every file parses, never a crash."""
    text = f"The council approved a budget of {number} dollars on Friday, officials said.\n"
    outcome, out = _run(tmp_path, "digits.txt", text)
    assert outcome.code in (0, 9), outcome.stderr
    assert "Traceback" not in outcome.stderr
    _parse_back(out)


# --- bombs ----------------------------------------------------------------------------------------

MD_BOMBS = {
    "nested lists": "".join("  " * i + "- item\n" for i in range(600)),
    "blockquote markers": ">" * 5000 + " quoted 1,000 words\n",
    "nested links": "[" * 2000 + "x" + "](http://a.example/)" * 2000 + "\n",
    "emphasis runs": "*_" * 5000 + "word" + "_*" * 5000 + "\n",
    "reference links": "".join(f"[w{i}][r{i}] " for i in range(300)) + "\n\n"
    + "".join(f"[r{i}]: http://a.example/{i}\n" for i in range(300)),
    "backticks and divs": "`" * 5000 + "<div>" * 2000 + "text\n",
}  # fmt: skip


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("bomb", sorted(MD_BOMBS))
def test_markdown_bombs_end_in_an_edition_that_parses(tmp_path: Path, bomb: str) -> None:
    text = "Council budget\n\nThe council approved 1,500 dollars on Friday.\n\n" + MD_BOMBS[bomb]
    outcome, out = _run(tmp_path, "bomb.md", text, "--on-findings", "publish")
    assert outcome.code in (0, 3, 9), outcome.stderr
    assert "Traceback" not in outcome.stderr
    if outcome.code != 3:
        assert "1,500" in _sources(out)
        _parse_back(out)
    else:
        assert tree(out) == [] or not list(out.rglob("*.md"))


HTML_BOMBS = {
    "hundreds of links": "<p>" + "".join(f'<a href="/p{i}">link {i}</a> ' for i in range(400))
    + "</p>",
    "nested tables": "<table><tr><td>" * 200 + "cell 1,500" + "</td></tr></table>" * 200,
}  # fmt: skip


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("bomb", sorted(HTML_BOMBS))
def test_html_bombs_end_in_an_edition_or_one_line(tmp_path: Path, bomb: str) -> None:
    page = ("<html><head><title>Budget</title></head><body><article><h1>Council budget</h1>"
            "<p>The council approved 1,500 dollars on Friday, officials said in a statement."
            "</p>" + HTML_BOMBS[bomb] + "</article></body></html>")  # fmt: skip
    outcome, out = _run(tmp_path, "bomb.html", page, "--on-findings", "publish")
    assert outcome.code in (0, 3, 9), outcome.stderr
    assert "Traceback" not in outcome.stderr
    if outcome.code == 3:
        assert outcome.stderr.strip().count("\n") == 0 and "error[" in outcome.stderr
    else:
        _parse_back(out)


# --- hostile term bases ---------------------------------------------------------------------------

TBX = """<?xml version="1.0" encoding="utf-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="{id1}"><descrip type="subjectField">place</descrip>
<langSet xml:lang="en"><tig><term>{term}</term></tig></langSet>
<langSet xml:lang="pt-BR"><tig><term>Lisboa</term></tig></langSet></termEntry>
<termEntry id="{id2}"><descrip type="subjectField">place</descrip>
<langSet xml:lang="en"><tig><term>Porto</term></tig></langSet></termEntry>
</body></text></martif>
"""


@pytest.mark.parametrize(("name", "term", "id2", "why"), [
    ("duplicated id", "Lisbon", "lisbon", "appears twice"),
    ("bidi override", "\u202e1000", "porto", "U+202E"),
    ("zero-width space", "Lis\u200bbon", "porto", "U+200B"),
    ("huge term", "A" * 200_000, "porto", "200,000 characters"),
])  # fmt: skip
def test_hostile_term_bases_are_refused_whole(
    tmp_path: Path, name: str, term: str, id2: str, why: str
) -> None:
    src = tmp_path / "terms.tbx"
    src.write_text(TBX.format(id1="lisbon", term=term, id2=id2), encoding="utf-8")
    out = tmp_path / "g.toml"
    outcome = invoke("glossary", "import", src, "-o", out)
    assert outcome.code == 5, (name, outcome.stderr)
    assert why in outcome.stderr and outcome.stderr.strip().count("\n") == 0, outcome.stderr
    assert not out.exists() and tree(tmp_path) == ["terms.tbx"]


def test_a_csv_term_base_with_a_duplicated_id_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "terms.csv"
    src.write_text("name,id,pt-BR\nLisbon,lisbon,Lisboa\nPorto,lisbon,Porto\n", encoding="utf-8")
    outcome = invoke("glossary", "import", src, "-o", tmp_path / "g.toml")
    assert outcome.code == 5 and "appears twice" in outcome.stderr, outcome.stderr


def test_a_term_base_with_quotes_markup_and_formulas_imports_to_toml_that_parses(
    tmp_path: Path,
) -> None:
    """Text that is hostile only to a careless writer (TOML quotes and brackets, markup,
    spreadsheet formulas, RTL marks inside real names) is imported as text."""
    src = tmp_path / "terms.tbx"
    term = "a\"b\\\"c = 1 [x] &lt;script&gt; =cmd|' /C calc'!A0 {{name}} %s \u200fعمان"
    src.write_text(TBX.format(id1="lisbon", term=term, id2="porto"), encoding="utf-8")
    out = tmp_path / "g.toml"
    outcome = invoke("glossary", "import", src, "-o", out)
    assert outcome.code == 0, outcome.stderr
    names = [e["name"] for e in tomllib.loads(out.read_text(encoding="utf-8"))["entry"]]
    assert names[0] == term.replace("&lt;", "<").replace("&gt;", ">"), names
    assert invoke("glossary", "lint", out).code == 0


# --- Markdown patterns that backtracked -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "[a](" + "b" * 5000 + " c",  # an unclosed link address: exponential before
    "x " + "A" * 200_000 + "[^1]",  # a footnote reference after a huge word: quadratic before
    "[" * 200_000,  # brackets that open no link: quadratic before
    "word" + " " * 100_000 + "\nnext",  # trailing blanks before a line end: cubic before
])  # fmt: skip
def test_markdown_inline_is_linear_on_hostile_runs(text: str) -> None:
    import time

    from translate.read import markdown_inline

    start = time.process_time()
    markdown_inline(text)
    assert time.process_time() - start < 5.0  # each took minutes, or would have
