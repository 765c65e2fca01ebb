"""--executor without Ray installed, and bad executor names: one line and a documented code."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate.cli import cli
from translate.cluster import ExecutorSpec, parse_executor
from translate.errors import ExecutorError, UsageError


def test_parse_executor() -> None:
    assert parse_executor("local") == ExecutorSpec("local")
    assert parse_executor("ray") == ExecutorSpec("ray")
    assert parse_executor("RAY=ray://10.0.0.5:10001") == ExecutorSpec("ray", "ray://10.0.0.5:10001")
    for bad in ("dask", "ray=", "local=x", ""):
        with pytest.raises(UsageError):
            parse_executor(bad)


@pytest.mark.parametrize("command", ["batch", "feed"])
def test_without_ray_installed_one_line_and_exit_code_9(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` raises ImportError
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("The minister spoke on Monday.\n", encoding="utf-8")
    if command == "feed":
        src = tmp_path / "feed.xml"
        src.write_text("<rss version='2.0'><channel><title>t</title></channel></rss>", "utf-8")
    result = CliRunner().invoke(
        cli, [command, str(src), "--to", "pt-BR", "--out", str(tmp_path / "out"),
              "--executor", "ray"])  # fmt: skip
    assert result.exit_code == ExecutorError.exit_code == 11
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[E009]:")
    assert "pip install 'newsroom-translate[ray]'" in lines[0]
    assert not (tmp_path / "out").exists()  # refused before any work or state


def test_unknown_executor_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["batch", str(tmp_path), "--to", "pt-BR", "--out", str(tmp_path / "o"),
              "--executor", "spark"])  # fmt: skip
    assert result.exit_code == 2
    assert "unknown executor 'spark'" in result.stderr


def test_batch_with_local_worker_processes(tmp_path: Path, fake_engine: object) -> None:
    """The batch path on the local executor: two spawned processes share the claims."""
    from translate.feeds.batch import BatchJob, localize_batch
    from translate.options import RunOptions

    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        (src / f"s{i}.md").write_text(f"# Talks, round {i}\n\nThe minister spoke on Monday"
                                      f" about round {i} of the talks.\n", encoding="utf-8")
    (src / "notes.csv").write_text("not an article\n", encoding="utf-8")  # ignored
    job = BatchJob("pt-BR", tmp_path / "out", options=RunOptions(
        engine="fake", db_path=tmp_path / "h" / "t.db"), workers=2)
    summary = localize_batch(src, job)
    assert (summary.translated, summary.failed, summary.pending) == (5, 0, 0)
    assert sorted(p.name for p in (tmp_path / "out").glob("*.md")) == [
        f"s{i}.pt-BR.md" for i in range(5)]
    assert localize_batch(src, job).skipped == 5
