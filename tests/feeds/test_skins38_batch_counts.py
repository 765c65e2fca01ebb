"""skins38: ``translate batch --json`` gave its source (the folder or work list) counts of 0.

skins38's parity sweep ran 23 real English documents through ``translate batch`` (local and on
Ray): the summary said ``"marked": 7`` and ``"findings": {"blocking": 8}``, while its one entry
under ``"feeds"`` (the folder) said ``"published": 0, "marked": 0`` and ``"blocking": 0``: a
pipeline reading the source's line, as it reads a feed's, saw nothing to review. The batch
now counts each article edition into its source as ``translate feed`` counts an item into its
feed (``translate.feeds.run._count``).
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from translate.cli import cli

AMOUNT = "The council approved a grant of £870,000 for the new bridge on Tuesday."
PLAIN = "The minister spoke on Monday about the next round of the talks."


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bridge.txt").write_text(AMOUNT + "\n", encoding="utf-8")  # 'swap' makes it euros
    (src / "talks.txt").write_text(PLAIN + "\n", encoding="utf-8")
    return src


def test_batch_source_counts_its_editions_as_the_summary_does(
    tmp_path: Path, fake_engine: object
) -> None:
    src = _folder(tmp_path)
    for policy, counts in (("mark", (1, 1, 0)), ("hold", (1, 0, 1))):
        out = tmp_path / f"out-{policy}"
        result = CliRunner().invoke(
            cli, ["batch", str(src), "--to", "pt-BR", "-o", str(out), "--engine", "swap",
                  "--db", str(tmp_path / f"{policy}.db"), "--on-findings", policy, "--json"],
            catch_exceptions=False)  # fmt: skip
        assert result.exit_code == 9, result.stderr
        summary = json.loads(result.stdout)
        (source,) = summary["feeds"]
        assert source["kind"] == "batch"
        assert (source["published"], source["marked"], source["held"]) == counts
        assert (summary["marked"], summary["held"]) == counts[1:]
        assert source["findings"] == summary["findings"]
        assert source["findings"]["blocking"] >= 1
