"""``translate run --jsonl``: one article per line in, one result per line out, errors inline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from fakes import FakeEngine

from translate.cli import cli

GOOD = {"id": "a1", "title": "Talks resume in Velmora",
        "text": "The foreign ministers met in Velmora. They agreed to continue the talks."}


def run_jsonl(data: bytes, *extra: str) -> Result:
    return CliRunner().invoke(cli, ["run", "--jsonl", "-", "--to", "de", "--engine", "fake",
                                    *extra], input=data, catch_exceptions=False)


def lines(result: Result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.usefixtures("fake_engine")
def test_good_bad_and_blank_lines() -> None:
    data = "\n".join([
        json.dumps(GOOD),
        "",
        "{not json",
        json.dumps({"id": "h1", "html": "<p>The minister spoke to reporters in the capital.</p>"
                                        "<script>alert(1)</script>"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        "   ",
        json.dumps({"id": "nofield", "body": "x"}),
    ]).encode("utf-8") + b"\n"
    result = run_jsonl(data)
    assert result.exit_code == 0
    out = lines(result)
    assert [(o["line"], o.get("id"), "error" in o) for o in out] == [
        (1, "a1", False), (3, None, True), (4, "h1", False), (5, "empty", True),
        (6, None, True), (8, "nofield", True)]
    first = out[0]["editions"][0]
    assert (first["locale"], first["title"]) == ("de", "[de] Talks resume in Velmora")
    assert first["blocks"][1]["target"] == ("[de] The foreign ministers met in Velmora."
                                            " [de] They agreed to continue the talks.")
    assert "alert" not in json.dumps(out[2])
    assert out[1]["error"]["code"] == "E003" and "not valid JSON" in out[1]["error"]["message"]
    assert out[3]["error"]["message"] == "-:5: no article text"
    assert "expected a JSON object" in out[4]["error"]["message"]
    assert "no 'text' or 'html'" in out[5]["error"]["message"]


@pytest.mark.usefixtures("fake_engine")
def test_stdout_is_only_jsonl_even_with_undecodable_bytes() -> None:
    result = run_jsonl(json.dumps(GOOD).encode() + b"\n\xff\xfe garbage\n")
    assert [o["line"] for o in lines(result)] == [1, 2]
    assert lines(result)[1]["error"]["message"].startswith("not valid UTF-8")


@pytest.mark.usefixtures("fake_engine")
def test_lang_field_skips_detection_and_format_field_reads_markdown() -> None:
    obj = {"id": "m", "format": "md", "lang": "fr",
           "text": "# Titre\n\nLes ministres se sont réunis lundi à Genève."}
    out = lines(run_jsonl(json.dumps(obj).encode()))
    edition = out[0]["editions"][0]
    assert edition["source_language"] == "fr"
    assert edition["title"] == "[de] [en] Titre"  # fr -> en -> de through the pivot


def test_every_line_failing_exits_with_the_error_code(fake_engine: FakeEngine) -> None:
    result = run_jsonl(b"nope\n[]\n")
    assert result.exit_code == 3
    assert len(lines(result)) == 2


def test_jsonl_with_files_is_a_usage_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Some text here.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", str(article), "--jsonl", "-", "--to", "de"])
    assert result.exit_code == 2
    assert "without FILES" in result.stderr


def test_jsonl_from_a_file(tmp_path: Path, fake_engine: FakeEngine) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "--jsonl", str(path), "--to", "pt-BR", "--engine",
                                      "fake"], catch_exceptions=False)
    assert [o["id"] for o in lines(result)] == ["a1"]
    assert not (tmp_path / "editions").exists()
