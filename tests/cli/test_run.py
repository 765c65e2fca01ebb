"""`translate run` end to end with the deterministic fake engine, and its error paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from clirun import invoke
from fakes import FakeEngine

ARTICLE = """Talks resume in Tbilisi

Armenian and Azerbaijani diplomats met in Tbilisi again. The talks lasted six hours.

Officials in Baku said the next round would follow soon. Mr. Aliyev did not attend.

Leave a Reply

Your email address will not be published. Required fields are marked *
"""


@pytest.mark.usefixtures("fake_engine")
def test_run_writes_md_and_json(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = invoke("run", str(article), "--to", "pt-BR", "--engine", "fake",
                          "--out", str(out))  # fmt: skip
    assert code == 0, stderr
    assert sorted(p.name for p in out.iterdir()) == ["talks.pt-BR.json", "talks.pt-BR.md"]
    data = json.loads((out / "talks.pt-BR.json").read_text(encoding="utf-8"))
    assert data["locale"] == "pt-BR"
    assert data["source_language"] == "en"
    assert data["signature"]["engine"] == "fake"
    assert data["machine_translated"] is True
    kinds = [b["kind"] for b in data["blocks"]]
    assert kinds == ["title", "paragraph", "paragraph"]
    first = data["blocks"][1]["segments"]
    assert [s["source"] for s in first] == [
        "Armenian and Azerbaijani diplomats met in Tbilisi again.",
        "The talks lasted six hours.",
    ]
    assert all(s["target"] == "[pt] " + s["source"] for s in first)
    assert {d["rule"].split(":")[0] for d in data["dropped"]} == {"en"}
    md = (out / "talks.pt-BR.md").read_text(encoding="utf-8")
    assert md.startswith('---\ntitle: "[pt] Talks resume in Tbilisi"\nlang: "pt-BR"')
    assert "# \\[pt\\] Talks resume in Tbilisi" in md
    assert "Leave a Reply" not in md
    assert "en: dropped" not in stdout
    assert "Leave a Reply" in stdout  # the summary lists what was dropped
    assert "wrote" in stdout


def test_run_several_locales_and_cache(
    runner: CliRunner, article: Path, tmp_path: Path, fake_engine: FakeEngine
) -> None:
    out = tmp_path / "out"
    code, _, stderr = invoke("run", str(article), "--to", "pt-BR,de", "--engine", "fake",
                          "--out", str(out))  # fmt: skip
    assert code == 0, stderr
    assert {p.name for p in out.iterdir()} >= {"talks.de.md", "talks.pt-BR.md"}
    calls = fake_engine.sentences_translated
    code, stdout, _ = invoke("run",
        str(article),
        "--to",
        "pt-BR,de",
        "--engine",
        "fake",
        "--out",
        str(out),
        "--json",
    )
    assert code == 0
    assert fake_engine.sentences_translated == calls  # second run: all from the cache
    (summary,) = json.loads(stdout)  # always a list, one entry per input
    assert [e["origins"]["cache"] for e in summary["editions"]] == [5, 5]


@pytest.mark.usefixtures("fake_engine")
def test_keep_boilerplate(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, _ = invoke("run",
        str(article),
        "--to",
        "pt-BR",
        "--engine",
        "fake",
        "--out",
        str(out),
        "--keep-boilerplate",
        "--format",
        "json",
    )
    assert code == 0
    data = json.loads((out / "talks.pt-BR.json").read_text(encoding="utf-8"))
    assert data["dropped"] == []
    assert "Leave a Reply" in json.dumps(data)


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["run", "{missing}", "--to", "pt-BR"], 3, "no such file"),
        (["run", "{empty}", "--to", "pt-BR"], 3, "no article text"),
        (["run", "{binary}", "--to", "pt-BR"], 3, "binary"),
        (["run", "{article}", "--to", "xx-YY"], 5, "unknown locale"),
        (
            ["run", "{article}", "--to", "ja", "--engine", "fake"],
            4,
            "no engine translates en -> ja",
        ),
        (["run", "{article}", "--to", "pt-BR", "--engine", "nope"], 4, "unknown engine"),
        (["run", "{article}", "--to", "pt-BR", "--format", "docx"], 2, "unknown edition format"),
        (["run", "{article}", "--to", "en", "--engine", "fake"], 4, "already in that language"),
        (
            ["run", "{article}", "--to", "pt-BR", "--engine", "fake", "--out", "{blocked}"],
            6,
            "cannot write",
        ),
    ],
    ids=[
        "missing",
        "empty",
        "binary",
        "bad-locale",
        "bad-pair",
        "bad-engine",
        "bad-format",
        "same-lang",
        "unwritable",
    ],
)
def test_errors_are_one_line_with_exit_code(
    runner: CliRunner, article: Path, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"\n\n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (tmp_path / "blocked").write_text("a file where a folder should be")
    paths = {
        "missing": tmp_path / "missing.txt",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
        "article": article,
        "blocked": tmp_path / "blocked",
    }
    real_args = [a.format(**paths) for a in args]
    got, _stdout, stderr = invoke(*real_args)
    assert got == code, stderr
    assert message in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert "Traceback" not in stderr
    assert stderr.startswith("error[E")


@pytest.mark.usefixtures("fake_engine")
def test_existing_edition_survives_a_failed_run(
    runner: CliRunner, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert (
        invoke("run", str(article), "--to", "pt-BR", "--engine", "fake", "--out", str(out))[0]
        == 0
    )
    before = (out / "talks.pt-BR.md").read_bytes()

    import translate.write.markdown as markdown

    def explode(edition: object) -> str:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(markdown, "render", explode)
    code, _, stderr = invoke("run", str(article), "--to", "pt-BR", "--engine", "fake",
                          "--out", str(out))  # fmt: skip
    assert code == 1
    assert "internal error" in stderr
    assert (out / "talks.pt-BR.md").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_python_dash_m_works() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "translate", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "run" in result.stdout


@pytest.mark.usefixtures("fake_engine")
def test_run_with_extra_glossary_only(runner: CliRunner, tmp_path: Path) -> None:
    glossary = tmp_path / "desk.toml"
    glossary.write_text(
        '[[entry]]\nid = "zorblat"\ntype = "org"\nname = "Zorblat Holdings"\n'
        'aliases = ["Zorblat"]\n[entry.forms]\npt-BR = "Grupo Zorblat"\n',
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text(
        "Zorblat Holdings said on Monday that its profits fell sharply this year.\n\n"
        "Analysts expect the company to cut jobs before the end of the season.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, _, stderr = invoke("run", str(article), "--to", "pt-BR", "--engine", "fake",
                          "--out", str(out), "--format", "json", "--glossary", str(glossary),
                          "--no-builtin-glossary")  # fmt: skip
    assert code == 0, stderr
    data = json.loads((out / "a.pt-BR.json").read_text(encoding="utf-8"))
    assert data["blocks"][0]["target"].startswith("[pt] Grupo Zorblat said")
    assert data["reports"]["glossary"]["mentions"] == 1
    assert data["signature"]["glossary"] != "none"


@pytest.mark.usefixtures("fake_engine")
def test_run_with_broken_glossary_names_file_and_line(
    runner: CliRunner, tmp_path: Path, article: Path
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[[entry]]\nid = "x"\nname = "X\n', encoding="utf-8")
    code, _, stderr = invoke("run", str(article), "--to", "pt-BR", "--engine", "fake",
                          "--glossary", str(broken))  # fmt: skip
    assert code == 5
    assert "broken.toml:3" in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_unserved_locale_fails_alone(
    runner: CliRunner, article: Path, tmp_path: Path, fake_engine: FakeEngine
) -> None:
    """A target no engine serves fails alone: the others are written, the exit code says
    "partly done" (10), and the unserved target costs no translation."""
    out = tmp_path / "out"
    code, stdout, stderr = invoke("run", str(article), "--to", "pt-BR,ja", "--engine",
                               "fake", "--out", str(out))  # fmt: skip
    assert code == 10, stderr
    assert {t for _, t, _ in fake_engine.calls} == {"pt"}
    assert sorted(p.name for p in out.iterdir()) == ["talks.pt-BR.json", "talks.pt-BR.md"]
    assert "ja: FAILED error[E004]" in stdout


def test_no_target_served_fails_before_any_translation(
    runner: CliRunner, article: Path, tmp_path: Path, fake_engine: FakeEngine
) -> None:
    out = tmp_path / "out"
    code, _, stderr = invoke("run", str(article), "--to", "ja,zh-Hans", "--engine", "fake",
                          "--out", str(out))  # fmt: skip
    assert code == 4, stderr
    assert fake_engine.calls == []
    assert not out.exists()


def test_no_cache_neither_reads_nor_writes_the_cache(
    runner: CliRunner, article: Path, tmp_path: Path, fake_engine: FakeEngine
) -> None:
    args = ["run", str(article), "--to", "pt-BR", "--engine", "fake", "--out", str(tmp_path / "o")]
    assert invoke(*args, "--no-cache")[0] == 0
    first = fake_engine.sentences_translated
    assert invoke(*args)[0] == 0  # the cache is empty: --no-cache wrote nothing
    assert fake_engine.sentences_translated == 2 * first
    assert invoke(*args, "--no-cache")[0] == 0  # and is not read either
    assert fake_engine.sentences_translated == 3 * first
