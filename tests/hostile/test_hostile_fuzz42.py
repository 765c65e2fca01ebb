"""The forty-second fuzz pass (fuzz42): a sentence imported as a glossary term, and a Markdown
code fence never closed.

* ``glossary import`` of a CSV or TBX term base whose form is a whole sentence ("O ministro
  renunciou na segunda-feira.") wrote it into the glossary, exit 0, and every edition naming
  the entry would write the sentence where the name stands (fuzz40 found it in a glossary TOML;
  fuzz41 left it). The import now refuses the term base with one line naming the line, exit 5,
  as it refuses a hidden control character or an id given twice; titles ("Who Wants to Be a
  Millionaire?") and company names ending in an abbreviation are imported as before.
* A Markdown fence never closed runs to the end of the document (CommonMark 4.5): every
  paragraph after it was copied as code, untranslated, exit 0 with no word of it. The reader
  now notes it and the edition carries an ``input`` warning naming the fence's line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import tomllib
from hostile.helpers import invoke

_SENTENCE = "O ministro renunciou na segunda-feira após a votação."


@pytest.mark.parametrize("suffix, body", [
    (".csv", f"id,name,pt-BR\nminister,Minister of Finance,Ministro da Fazenda\n"
             f"vote,The vote,{_SENTENCE}\n"),
    (".csv", "id,name,pt-BR\nresign,The minister resigned on Monday after the vote.,Renúncia\n"),
    (".tbx", '<?xml version="1.0" encoding="utf-8"?><martif type="TBX"><text><body>'
             '<termEntry id="vote"><langSet xml:lang="en"><tig><term>The vote</term></tig>'
             f'</langSet><langSet xml:lang="pt-BR"><tig><term>{_SENTENCE}</term></tig>'
             "</langSet></termEntry></body></text></martif>"),
])  # fmt: skip
def test_a_term_that_is_a_whole_sentence_is_refused(tmp_path: Path, suffix: str,
                                                    body: str) -> None:
    source = tmp_path / f"terms{suffix}"
    source.write_text(body, encoding="utf-8")
    out = tmp_path / "g.toml"
    result = invoke("glossary", "import", source, "-o", out)
    result.refused(5, "is a sentence")  # was: exit 0, the sentence written as the term
    assert not out.exists()


@pytest.mark.parametrize("term", [
    "Who Wants to Be a Millionaire?",  # a title keeps its capitals
    "Samsung Electronics Holdings Co.",  # a company's abbreviation
    "Banco Bilbao Vizcaya Argentaria S.A.",
    "Yahoo!",
    "Ministério da Ciência, Tecnologia e Inovação",
    "Supremo Tribunal Federal",
])  # fmt: skip
def test_names_and_titles_are_imported_as_before(tmp_path: Path, term: str) -> None:
    source = tmp_path / "terms.csv"
    source.write_text(f'id,name,pt-BR\nx,"{term}","{term}"\n', encoding="utf-8")
    out = tmp_path / "g.toml"
    result = invoke("glossary", "import", source, "-o", out)
    assert result.code == 0, result.stderr
    data = tomllib.loads(out.read_text(encoding="utf-8"))  # an independent parser
    assert data["entry"][0]["name"] == term


_PARA = "The minister said on Monday that the council will meet again next week to vote."


def _findings(folder: Path) -> list[dict[str, object]]:
    edition = json.loads(next(folder.glob("*.json")).read_text(encoding="utf-8"))
    return list(edition["findings"])


@pytest.mark.parametrize("fence", ["```python", "~~~", "````"])
def test_a_fence_never_closed_is_a_warning_on_the_edition(
    tmp_path: Path, fake_engine: object, fence: str
) -> None:
    source = tmp_path / "a.md"
    source.write_text(f"# Council\n\n{_PARA}\n\n{fence}\nprint('x')\n```\n\n{_PARA}\n\n{_PARA}\n",
                      encoding="utf-8")  # "```" does not close "~~~" nor "````"
    if fence == "```python":  # its fence closes at the "```": make it unclosed another way
        source.write_text(f"# Council\n\n{_PARA}\n\n{fence}\nprint('x')\n\n{_PARA}\n",
                          encoding="utf-8")  # fmt: skip
    out = tmp_path / "out"
    result = invoke("run", source, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", out)
    assert result.code == 0, result.stderr
    assert "md:unclosed-fence" in result.stdout
    warned = [f for f in _findings(out) if f["check"] == "input"]
    assert len(warned) == 1 and warned[0]["severity"] == "warning"
    assert "opened at line 5 is never closed" in str(warned[0]["message"])


def test_a_closed_fence_and_a_fence_at_the_end_are_not_warned(
    tmp_path: Path, fake_engine: object
) -> None:
    for name, text in (("closed.md", f"# Council\n\n{_PARA}\n\n```\ncode\n```\n\n{_PARA}\n"),
                       ("end.md", f"# Council\n\n{_PARA}\n\n```\n")):  # fmt: skip
        source = tmp_path / name
        source.write_text(text, encoding="utf-8")
        out = tmp_path / f"out-{name}"
        result = invoke("run", source, "--to", "pt-BR", "--engine", "fake", "--from", "en",
                        "-o", out)  # fmt: skip
        assert result.code == 0, result.stderr
        assert not [f for f in _findings(out) if f["check"] == "input"]


# -- a reviewed target in a third language -----------------------------------------------------

from hostile.test_hostile_fuzz40 import _TMX, B3, B3_PO, B3_XLF, _apply, _memory, _tu  # noqa: E402

_ES = "La participación subió al 62,5 por ciento, frente al 48% en 2016."
_FR = "La participation a atteint 62,5 pour cent, contre 48 % en 2016."
_DE = "Die Wahlbeteiligung stieg auf 62,5 Prozent, nach 48 % im Jahr 2016."


@pytest.mark.parametrize("name, old, new", [
    ("article.pt-BR.po", B3_PO, f'msgstr "{_ES}"'),
    ("article.pt-BR.xlf", B3_XLF, f"<target>{_FR}</target>"),
    ("article.pt-BR.po", B3_PO, f'msgstr "{_DE}"'),
])  # fmt: skip
def test_a_reviewed_target_in_a_third_language_is_not_confirmed(
    tmp_path: Path, name: str, old: str, new: str
) -> None:
    result = _apply(tmp_path, name, old, new)
    assert result.code == 9, result.stderr  # was 0: applied and stored as the Portuguese
    assert "Traceback" not in result.stderr
    assert "b3.s0" in result.stderr + result.stdout and "untranslated" in result.stdout
    assert _memory(tmp_path, B3) == {}


@pytest.mark.parametrize("target", [
    "O comparecimento subiu para 62,5 por cento, contra 48% em 2016.",
    "Participação: 62,5%, 48% em 2016",  # short: not judged
    "O turnout subiu para 62,5 por cento, contra 48% em 2016.",
])  # fmt: skip
def test_portuguese_reviewed_targets_are_still_confirmed(tmp_path: Path, target: str) -> None:
    result = _apply(tmp_path, "article.pt-BR.po", B3_PO, f'msgstr "{target}"')
    assert result.code == 0, result.stderr
    assert _memory(tmp_path, B3) == {B3: target}


def test_a_tmx_target_in_a_third_language_is_left_out_and_counted(tmp_path: Path) -> None:
    units = {
        "The minister resigned on Monday.": "El ministro dimitió el lunes por la tarde.",
        "The vote was close.": "A votação foi apertada.",
    }
    tmx = tmp_path / "m.tmx"
    tmx.write_text(_TMX.format("".join(_tu(s, t) for s, t in units.items())), encoding="utf-8")
    result = invoke("tm", "import", tmx, "--db", tmp_path / "t.db")
    assert result.code == 0, result.stderr
    said = result.stdout + result.stderr
    assert "1 translation units imported" in said or "1 translation unit imported" in said
    assert "1 en->pt-BR (its text is in es, not pt-BR)" in said


# -- a date past a C long (the seeded fuzzer, seed 40) -----------------------------------------


@pytest.mark.parametrize("date", [
    "Mon, 10 Dec 2012 99999999999999999999999:01:30 -0000",  # the fuzzer's: an hour of 23 digits
    "Mon, 10 Dec 2012 10:01:30 +99999999999999999999",  # a zone offset past a C long
    "Seg, 10 Dez 2012 99999999999999999999999:01:30 -0300",  # in the feed's language
])  # fmt: skip
def test_a_feed_date_past_a_c_long_is_unreadable_not_an_internal_error(
    tmp_path: Path, fake_engine: object, date: str
) -> None:
    feed = tmp_path / "f.rss"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>'
        f"<link>https://news.example.org/</link><language>pt-br</language>"
        f"<lastBuildDate>{date}</lastBuildDate><item><title>Council approves budget</title>"
        f"<guid>g1</guid><pubDate>{date}</pubDate><description>The city council approved a new "
        "budget on Monday, with more money for the schools.</description></item>"
        "</channel></rss>", encoding="utf-8")  # fmt: skip
    out = tmp_path / "out"
    result = invoke("feed", feed, "--to", "pt-BR", "--engine", "fake", "-o", out, "--db",
                    tmp_path / "s.db", "--json")  # fmt: skip
    assert "internal error" not in result.stderr  # was: E001 OverflowError, exit 1
    assert result.code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["translated"] == 1
    item = json.loads(next(out.rglob("items/*.pt-BR.json")).read_text(encoding="utf-8"))
    assert item["article"]["meta"].get("published") in (None, "")  # unreadable: left out


def test_a_code_of_letters_and_digits_is_no_sentence_of_a_language() -> None:
    """Hypothesis's TMX round trip (integration, thirty-ninth pass): ":AA0aA:¹A0aA" under pt-BR
    counted four "words" between its digits and was refused as English; a token with a digit is
    a code, not words. A real English sentence is still read as English."""
    from translate.check import in_other_language, in_source_language

    assert in_source_language(":AA0aA:¹A0aA", "en", "pt") is None
    assert in_other_language(":AA0aA:¹A0aA", "en", "pt") is None
    assert in_source_language("The talks lasted six hours today in Baku.", "en", "pt") == "en"
