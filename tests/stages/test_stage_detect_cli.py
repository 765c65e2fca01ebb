"""``translate detect FILE [--json]`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate.cli import cli

ARTICLE = "\n\n".join(
    [
        "Talks resume in Geneva",
        "Armenian Prime Minister Nikol Pashinyan said on Wednesday that talks with Azerbaijan "
        "would resume next week in Geneva under international mediation.",
        "O presidente do Azerbaijão afirmou que os combates vão continuar até a retirada das "
        "tropas armênias.",
        "Leave a Reply",
    ]
)


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_detect_command_text(runner: CliRunner, article_file: Path) -> None:
    result = runner.invoke(cli, ["detect", str(article_file)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("article: en (")
    assert len(lines) == 5
    assert "pt" in lines[3].split()
    assert lines[3].rstrip().endswith("…")  # long paragraphs are shortened to about 60 chars


def test_detect_command_json(runner: CliRunner, article_file: Path) -> None:
    result = runner.invoke(cli, ["detect", "--json", str(article_file)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["article"]["lang"] == "en"
    assert set(report["article"]) >= {"lang", "confidence", "method"}
    paragraphs = report["paragraphs"]
    assert [p["index"] for p in paragraphs] == [0, 1, 2, 3]
    assert [p["lang"] for p in paragraphs][1:3] == ["en", "pt"]
    assert set(paragraphs[0]) == {"index", "kind", "lang", "confidence", "method", "text"}
    assert all(len(p["text"]) <= 60 for p in paragraphs)


@pytest.mark.parametrize(
    ("content", "code"),
    [(None, 3), (b"", 3), (b"\x00\x01\x02binary\x00", 3)],
    ids=["missing", "empty", "binary"],
)
def test_detect_command_bad_input(
    runner: CliRunner, tmp_path: Path, content: bytes | None, code: int
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(cli, ["detect", str(path)])
    assert result.exit_code == code
    assert result.stdout == ""
    assert result.stderr.startswith("error[")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("detector", ["combined", "fasttext", "langid", "langdetect"])
def test_detect_command_with_each_detector(
    runner: CliRunner, article_file: Path, detector: str
) -> None:
    result = runner.invoke(cli, ["detect", "--json", "--detector", detector, str(article_file)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["article"]["lang"] == "en"
    assert [p["lang"] for p in report["paragraphs"]][1:3] == ["en", "pt"]


def test_detect_command_unknown_detector_is_a_usage_error(
    runner: CliRunner, article_file: Path
) -> None:
    result = runner.invoke(cli, ["detect", "--detector", "nope", str(article_file)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "nope" in result.stderr
