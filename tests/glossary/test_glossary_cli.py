"""``translate check`` and ``translate glossary import|export|lint`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate.cli import cli

ARTICLE = ("Armenian Prime Minister Nicholas Pashinian met Aliev in Baku.\n\n"
           "Poshinian said the Nagorno-Karbakh talks failed.\n")


def test_check_json_offsets_into_file(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["check", str(article), "--json"])
    assert result.exit_code == 0, result.stderr
    mentions = json.loads(result.stdout)["mentions"]
    assert [(m["surface"], m["entry"], m["match"]) for m in mentions] == [
        ("Nicholas Pashinian", "nikol-pashinyan", "partial"),
        ("Aliev", "ilham-aliyev", "misspelling"),
        ("Baku", "baku", "exact"),
        ("Poshinian", "nikol-pashinyan", "misspelling"),
        ("Nagorno-Karbakh", "nagorno-karabakh", "misspelling"),
    ]
    assert all(ARTICLE[m["start"] : m["end"]] == m["surface"] for m in mentions)
    assert set(mentions[0]) == {"start", "end", "surface", "entry", "name", "type", "match",
                                "score"}


def test_check_fix_writes_canonical_copy(runner: CliRunner, article: Path,
                                         tmp_path: Path) -> None:
    out = tmp_path / "fixed.txt"
    result = runner.invoke(cli, ["check", str(article), "--fix", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8") == (
        "Armenian Prime Minister Nikol Pashinyan met Aliyev in Baku.\n\n"
        "Pashinyan said the Nagorno-Karabakh talks failed.\n")


def test_check_extra_glossary_without_builtin(runner: CliRunner, article: Path,
                                              tmp_path: Path) -> None:
    extra = tmp_path / "g.toml"
    extra.write_text('[[entry]]\nid = "baku"\ntype = "place"\nname = "Baku"\n',
                     encoding="utf-8")
    result = runner.invoke(cli, ["check", str(article), "--json", "--glossary", str(extra),
                                 "--no-builtin-glossary"])
    assert [m["entry"] for m in json.loads(result.stdout)["mentions"]] == ["baku"]


@pytest.mark.parametrize(("args", "code", "needle"), [
    (["check", "{missing}"], 3, "E003"),
    (["check", "{article}", "--glossary", "{broken}"], 5, "broken.toml:2"),
    (["glossary", "import", "{missing}", "-o", "{out}"], 3, "no such file"),
    (["glossary", "lint", "{broken}"], 5, "broken.toml:2"),
    (["glossary", "export", "--format", "csv", "--locales", "xx_YY_ZZZZZZZZ"], 5, "locale"),
], ids=["missing-article", "broken-glossary", "missing-import", "lint-errors", "bad-locale"])
def test_cli_errors(runner: CliRunner, article: Path, tmp_path: Path, args: list[str],
                    code: int, needle: str) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[[entry]]\nid = = "x"\n', encoding="utf-8")
    paths = {"missing": tmp_path / "nope.txt", "article": article, "broken": broken,
             "out": tmp_path / "out.toml"}
    result = runner.invoke(cli, [a.format(**paths) for a in args])
    assert result.exit_code == code
    assert needle in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "tbx"])
def test_glossary_export_import_round_trip(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    exported = tmp_path / f"g.{fmt}"
    result = runner.invoke(cli, ["glossary", "export", "--format", fmt, "-o", str(exported),
                                 "--locales", "pt-BR"])
    assert result.exit_code == 0, result.stderr
    toml = tmp_path / "g.toml"
    result = runner.invoke(cli, ["glossary", "import", str(exported), "-o", str(toml)])
    assert result.exit_code == 0, result.stderr
    lint = runner.invoke(cli, ["glossary", "lint", str(toml)])
    assert lint.exit_code == 0, lint.stdout
    check = runner.invoke(cli, ["check", str(_article(tmp_path)), "--json", "--glossary",
                                str(toml), "--no-builtin-glossary"])
    assert "nikol-pashinyan" in check.stdout
    assert 'pt-BR = "Armênia"' in toml.read_text(encoding="utf-8")


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


HTML_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Berlin&#039;s past | DW</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Berlin confronts Germany&#039;s
colonial past</h1>
<p>Berlin&#8217;s relationship with its   colonial history is being reconsidered, and
officials in Germany&nbsp;and the United
States said so on Monday.</p>
<p>Germany ruled parts of what is now Tanzania, Rwanda and Burundi, while the
US&nbsp;and Britain &amp; France held other colonies.</p></article></body></html>
"""


def test_check_finds_the_same_mentions_in_html_as_in_its_text(runner: CliRunner,
                                                               tmp_path: Path) -> None:
    """Issue 14: an HTML page is checked as thoroughly as its text, with offsets that point
    at the mention in the file even where entities and line breaks sit inside the block."""
    from translate.read import read_article

    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    text = tmp_path / "page.txt"
    text.write_text("\n\n".join(b.text for b in read_article(page).blocks), encoding="utf-8")
    found = []
    for path in (page, text):
        result = runner.invoke(cli, ["check", str(path), "--json"])
        assert result.exit_code == 0, result.stderr
        found.append(json.loads(result.stdout)["mentions"])
    html, plain = found
    assert [(m["entry"], m["match"]) for m in html] == [(m["entry"], m["match"]) for m in plain]
    assert {m["entry"] for m in html} >= {"berlin", "country-de", "united-states",
                                          "country-tz", "country-rw", "country-bi"}
    for m in html:  # offsets into the file as read
        written = HTML_PAGE[m["start"] : m["end"]]
        assert written.replace("&nbsp;", " ").replace("\n", " ").startswith(
            m["surface"].split("&")[0].split("\n")[0].split(" ")[0])
