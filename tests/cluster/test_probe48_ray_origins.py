"""probe48 on the Ray executor: each article edition's sentence origins reach the driver's
summary (an actor records them in the item's entry, as a local worker does), and a second batch
into another folder says its sentences came from the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from feeds.feedgen import PARAGRAPHS

from translate.cli import cli

pytestmark = pytest.mark.usefixtures("ray_engines")


def test_batch_on_ray_reports_origins(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"a{i}.txt").write_text(f"{PARAGRAPHS[i]} This was update {i}.\n",
                                       encoding="utf-8")
    db = tmp_path / "h" / "translate.db"

    def batch(out: str) -> dict[str, object]:
        argv = ["batch", str(src), "--to", "pt-BR", "--out", str(tmp_path / out), "--engine",
                "fake", "--db", str(db), "--executor", "ray", "--workers", "2", "--json"]
        result = CliRunner().invoke(cli, argv, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)  # type: ignore[no-any-return]

    first = batch("one")
    items = first["items"]
    assert isinstance(items, list) and len(items) == 3
    total = sum(i["segments"] for i in items)
    assert all(sum(i["origins"].values()) == i["segments"] for i in items)
    origins = first["origins"]
    assert isinstance(origins, dict) and sum(origins.values()) == total and origins["mt"] > 0
    second = batch("two")
    assert second["translated"] == 3
    assert second["origins"] == {"mt": 0, "cache": total, "tm": 0, "copy": 0}
