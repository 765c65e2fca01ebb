"""probe34: ``translate batch`` wrote every edition as published, whatever its blocking findings.

probe34's sweep ran 12 real Portuguese news documents (UD_Portuguese-Bosque) through
``translate batch``: two editions carried a blocking finding (a negation lost, an item of a list
lost), yet were written unmarked in the public folder, and the summary said ``"policy": "hold"``,
``"held": 0``, ``"blocking": 0``. ``translate run`` marks the same editions "review required" and
exits 9. A batch now applies the publication policy as ``run`` does (``mark`` by default), counts
what it did, and exits 9.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from translate.cli import cli

AMOUNT = "The council approved a grant of £870,000 for the new bridge on Tuesday."
PLAIN = "The minister spoke on Monday about the next round of the talks."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bridge.txt").write_text(AMOUNT + "\n", encoding="utf-8")  # 'swap' makes it euros
    (src / "talks.txt").write_text(PLAIN + "\n", encoding="utf-8")
    return src


def batch(*args: str | Path) -> Result:
    argv = ["batch", *map(str, args), "--engine", "swap", "--json"]
    return CliRunner().invoke(cli, argv, catch_exceptions=False)


def test_batch_marks_an_edition_with_blocking_findings_as_run_does(
    tmp_path: Path, folder: Path, fake_engine: object
) -> None:
    out = tmp_path / "out"
    result = batch(folder, "--to", "pt-BR", "-o", out, "--db", tmp_path / "t.db")
    assert result.exit_code == 9, result.stderr
    summary = json.loads(result.stdout)
    assert summary["policy"] == "mark" and summary["exit_code"] == 9
    assert (summary["translated"], summary["marked"], summary["held"]) == (2, 1, 0)
    assert summary["findings"]["blocking"] >= 1
    by_id = {i["id"]: i for i in summary["items"]}
    assert by_id["bridge"]["action"] == "marked" and by_id["bridge"]["blocking"] >= 1
    assert any(f.startswith("numbers:") for f in by_id["bridge"]["findings"])
    assert by_id["talks"]["action"] == "published" and by_id["talks"]["blocking"] == 0
    flagged = json.loads((out / "bridge.pt-BR.json").read_text(encoding="utf-8"))
    assert flagged["review"]["required"] is True
    assert "review_required: true" in (out / "bridge.pt-BR.md").read_text(encoding="utf-8")
    clean = json.loads((out / "talks.pt-BR.json").read_text(encoding="utf-8"))
    assert clean["review"]["required"] is False

    # the same edition as `translate run` writes for the file (its review object)
    ran = tmp_path / "ran"
    run = CliRunner().invoke(cli, ["run", str(folder / "bridge.txt"), "--to", "pt-BR", "-o",
                                   str(ran), "--engine", "swap", "--db", str(tmp_path / "t.db")],
                             catch_exceptions=False)
    assert run.exit_code == 9
    by_run = json.loads((ran / "bridge.pt-BR.json").read_text(encoding="utf-8"))
    assert by_run["review"] == flagged["review"]
    assert by_run["findings"] == flagged["findings"]


def test_batch_hold_puts_the_edition_in_the_review_queue(
    tmp_path: Path, folder: Path, fake_engine: object
) -> None:
    out = tmp_path / "out"
    result = batch(folder, "--to", "pt-BR", "-o", out, "--db", tmp_path / "t.db",
                   "--on-findings", "hold")
    assert result.exit_code == 9, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["policy"], summary["held"], summary["marked"]) == ("hold", 1, 0)
    assert not list(out.glob("bridge.*")) and (out / "talks.pt-BR.md").exists()
    kinds = {p.name.split(".", 2)[-1] for p in (out / "held").glob("bridge.pt-BR.*")}
    assert {"json", "xlf"} <= kinds, kinds
    held = next(i for i in summary["items"] if i["id"] == "bridge")
    assert held["action"] == "held" and all("/held/" in f for f in held["files"])

    again = batch(folder, "--to", "pt-BR", "-o", out, "--db", tmp_path / "t.db",
                  "--on-findings", "hold")  # nothing changed: skipped, still counted as held
    assert again.exit_code == 9
    assert json.loads(again.stdout)["held"] == 1


def test_batch_publish_and_fail_policies(tmp_path: Path, folder: Path, fake_engine: object) -> None:
    out = tmp_path / "pub"
    result = batch(folder, "--to", "pt-BR", "-o", out, "--db", tmp_path / "p.db",
                   "--on-findings", "publish")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["findings"]["blocking"] >= 1 and summary["marked"] == 0
    assert json.loads((out / "bridge.pt-BR.json").read_text(encoding="utf-8"))["review"][
        "required"] is False

    out = tmp_path / "fail"
    result = batch(folder, "--to", "pt-BR", "-o", out, "--db", tmp_path / "f.db",
                   "--on-findings", "fail")
    assert result.exit_code == 9
    assert json.loads(result.stdout)["withheld"] == 1
    assert not list(out.glob("bridge.*")) and (out / "talks.pt-BR.json").exists()


def test_batch_without_findings_exits_0(tmp_path: Path, fake_engine: object) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "talks.txt").write_text(PLAIN + "\n", encoding="utf-8")
    result = batch(src, "--to", "pt-BR", "-o", tmp_path / "out", "--db", tmp_path / "t.db")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["marked"], summary["held"], summary["findings"]["blocking"]) == (0, 0, 0)
