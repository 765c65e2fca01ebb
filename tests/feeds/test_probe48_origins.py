"""probe48: ``translate batch`` and ``translate feed`` say where their sentences came from.

probe47 found that ``translate batch`` on files whose every sentence came from the translation
cache (a second batch into another folder, or a batch after ``translate run`` on the same files)
reported each article "translated", as a first batch did: an operator could not tell work done
from work reused. ``translate run`` said it (``12 sentences (12 cache)``, ``"origins"`` in its
JSON); the batch and feed summaries now say it too, per item edition (``"origins"``) and in
total (``"origins"`` and the human line's ``; N sentences: A mt, B cache``), keeping every
earlier key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result
from feeds.feedgen import item, rss

from translate.cli import cli

ARTICLES = {
    "talks.txt": "The minister spoke on Monday about the next round of the talks.\n\n"
                 "Officials said the meeting would take place in the capital.\n",
    "bridge.txt": "The council approved the new bridge on Tuesday.\n",
}


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


def _batch(src: Path, out: Path, db: Path, *extra: str) -> Result:
    return CliRunner().invoke(
        cli, ["batch", str(src), "--to", "pt-BR", "-o", str(out), "--engine", "fake",
              "--db", str(db), *extra], catch_exceptions=False)  # fmt: skip


def test_second_batch_says_its_sentences_came_from_the_cache(
    tmp_path: Path, fake_engine: object
) -> None:
    src, db = _folder(tmp_path), tmp_path / "t.db"
    first = _batch(src, tmp_path / "out1", db, "--json")
    assert first.exit_code == 0, first.stderr
    one = json.loads(first.stdout)
    total = sum(i["segments"] for i in one["items"])
    assert total >= 3
    assert one["translated"] == 2  # the earlier keys are kept
    assert one["origins"] == {"mt": total, "cache": 0, "tm": 0, "copy": 0}
    for it in one["items"]:
        assert it["origins"]["mt"] == it["segments"] and it["origins"]["cache"] == 0

    second = _batch(src, tmp_path / "out2", db, "--json")  # the same files, another folder
    assert second.exit_code == 0, second.stderr
    two = json.loads(second.stdout)
    assert two["translated"] == 2
    assert two["origins"] == {"mt": 0, "cache": total, "tm": 0, "copy": 0}
    for it in two["items"]:
        assert it["origins"]["cache"] == it["segments"] and it["origins"]["mt"] == 0

    human = _batch(src, tmp_path / "out3", db)
    assert human.exit_code == 0, human.stderr
    assert human.stdout.strip() == (f"2 translated, 0 skipped (unchanged), 0 failed;"
                                    f" {total} sentences: 0 mt, {total} cache")


def test_batch_after_run_is_told_reused(tmp_path: Path, fake_engine: object) -> None:
    src, db = _folder(tmp_path), tmp_path / "t.db"
    ran = CliRunner().invoke(
        cli, ["run", str(src / "talks.txt"), str(src / "bridge.txt"), "--to", "pt-BR",
              "-o", str(tmp_path / "ran"), "--engine", "fake", "--db", str(db)],
        catch_exceptions=False)  # fmt: skip
    assert ran.exit_code == 0, ran.stderr
    result = _batch(src, tmp_path / "out", db, "--json")
    summary = json.loads(result.stdout)
    assert summary["origins"]["mt"] == 0 and summary["origins"]["cache"] >= 3
    # a re-run that skips everything made no sentence: no clause, zero counts
    again = _batch(src, tmp_path / "out", db, "--json")
    summary = json.loads(again.stdout)
    assert summary["skipped"] == 2 and summary["translated"] == 0
    assert summary["origins"] == {"mt": 0, "cache": 0, "tm": 0, "copy": 0}
    assert all(i["status"] == "skipped" and i["origins"] is not None for i in summary["items"])
    line = _batch(src, tmp_path / "out", db).stdout.strip()
    assert line == "0 translated, 2 skipped (unchanged), 0 failed"


def test_feed_into_a_second_folder_says_cache(
    tmp_path: Path, feed_cli: Callable[..., Result]
) -> None:
    world = tmp_path / "world.xml"
    world.write_text(rss([item(n) for n in range(1, 3)]), encoding="utf-8")
    first = feed_cli(world, "--to", "pt-BR", "--out", tmp_path / "a", "--json")
    one = json.loads(first.stdout)
    assert one["origins"]["mt"] > 0  # (the generated items share some sentences: cache too)
    made = one["origins"]["mt"] + one["origins"]["cache"]
    items = [i for i in one["items"] if i["status"] == "translated"]
    assert items and all(sum(i["origins"].values()) == i["segments"] for i in items)
    second = feed_cli(world, "--to", "pt-BR", "--out", tmp_path / "b", "--json")
    two = json.loads(second.stdout)
    assert two["translated"] == one["translated"]
    assert two["origins"]["mt"] == 0
    assert two["origins"]["cache"] == made
    third = feed_cli(world, "--to", "pt-BR", "--out", tmp_path / "c")
    last = third.stdout.splitlines()[-1]
    assert last.endswith(f"; {made} sentences: 0 mt, {made} cache")


def test_sentences_clause() -> None:
    from translate.feeds.run import FeedSummary, sentences_clause

    assert sentences_clause({"mt": 0, "cache": 0, "tm": 0, "copy": 0}) == ""
    assert sentences_clause({"mt": 2, "cache": 3, "tm": 0, "copy": 1}) == (
        "; 6 sentences: 2 mt, 3 cache, 1 copy")
    assert FeedSummary().to_dict()["origins"] == {"mt": 0, "cache": 0, "tm": 0, "copy": 0}
