"""The Ray executor on a real local Ray (no mock): same editions as one process, each item
exactly once, an actor killed mid-batch, a bad item, an interrupted run resumed."""

from __future__ import annotations

import io
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import feedparser
import pytest
from click.testing import CliRunner
from feeds.feedgen import PARAGRAPHS, item, rss

from translate.cli import cli
from translate.cluster import ray_executor
from translate.feeds.batch import BatchJob, localize_batch
from translate.feeds.run import FeedJob, Progress, localize_feeds
from translate.options import RunOptions

pytestmark = pytest.mark.usefixtures("ray_engines")

LOCALES = "pt-BR,de"
VOLATILE = {"created", "timings", "done", "updated"}  # timestamps and durations


def write_articles(folder: Path, n: int, *, bad: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n\n".join(PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(2))
        (folder / f"story-{i:03d}.txt").write_text(
            f"Ministers meet for round {i} of the border talks\n\n{body} This was update {i}.\n",
            encoding="utf-8",
        )
    if bad:
        (folder / "bad.txt").write_text("🙂 🙂 🙂\n", encoding="utf-8")  # nothing to translate
    return folder


def options(home: Path, engine: str = "fake", *, cache: bool = True) -> RunOptions:
    """``cache=False`` for comparisons: with a cache, whether a sentence shared by two articles
    is marked ``mt`` or ``cache`` depends on which article came first, in any executor."""
    return RunOptions(engine=engine, db_path=home / "translate.db", use_cache=cache)


def stable(value: Any) -> Any:
    """A JSON edition without its timestamps and timings."""
    if isinstance(value, dict):
        return {k: stable(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [stable(v) for v in value]
    return value


def editions(folder: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".json":
            out[str(path.relative_to(folder))] = stable(json.loads(path.read_text("utf-8")))
        elif path.suffix in (".md", ".html"):
            text = path.read_text("utf-8")
            out[str(path.relative_to(folder))] = [
                line for line in text.splitlines() if not line.startswith("created:")]
    return out


def rows(db: Path) -> list[tuple[str, str, str, int]]:
    with sqlite3.connect(db) as conn:
        return [(str(g), str(loc), str(st), int(att)) for g, loc, st, att in conn.execute(
            "SELECT guid, locale, status, attempts FROM feed_items WHERE guid != ''"
            " ORDER BY guid, locale")]


def test_batch_on_ray_makes_the_editions_of_one_process(tmp_path: Path) -> None:
    src = write_articles(tmp_path / "in", 6)
    local = localize_batch(src, BatchJob(LOCALES, tmp_path / "local", options=options(
        tmp_path / "h1", cache=False)))
    on_ray = localize_batch(src, BatchJob(LOCALES, tmp_path / "ray", options=options(
        tmp_path / "h2", cache=False), executor="ray", workers=2))
    assert (local.translated, local.failed) == (12, 2)
    assert (on_ray.translated, on_ray.failed, on_ray.pending) == (12, 2, 0)
    got, want = editions(tmp_path / "ray"), editions(tmp_path / "local")
    assert len(want) == 6 * 2 * 2 and got == want
    # and the same as `translate run` on each file
    runner = CliRunner()
    result = runner.invoke(cli, ["run", str(src / "story-002.txt"), "--to", LOCALES, "--out",
                                 str(tmp_path / "run"), "--engine", "fake", "--no-cache"])
    assert result.exit_code == 0, result.output
    single = editions(tmp_path / "run")
    assert single == {k: v for k, v in got.items() if k.startswith("story-002.")}
    # the bad article has its error record, per locale
    failed = [i for i in on_ray.items if i.status == "failed"]
    assert {(i.guid, i.locale) for i in failed} == {("bad.txt", "pt-BR"), ("bad.txt", "de")}
    assert all(i.error is not None and i.error.exit_code == 3 for i in failed)


def test_each_item_exactly_once_and_reruns_skip(tmp_path: Path) -> None:
    src = write_articles(tmp_path / "in", 8, bad=False)
    job = BatchJob(LOCALES, tmp_path / "out", options=options(tmp_path / "h"), executor="ray")
    first = localize_batch(src, job)
    assert (first.translated, first.failed, first.pending) == (16, 0, 0)
    state = rows(tmp_path / "h" / "translate.db")
    assert len(state) == 16 and {(s, a) for _, _, s, a in state} == {("done", 1)}
    assert len(list((tmp_path / "out").iterdir())) == 16 * 2
    again = localize_batch(src, job)
    assert (again.translated, again.skipped) == (0, 16)
    assert {a for *_, a in rows(tmp_path / "h" / "translate.db")} == {1}


def test_feed_on_ray_makes_the_editions_of_one_process(tmp_path: Path) -> None:
    feed = tmp_path / "world.xml"
    feed.write_text(rss([item(n) for n in range(6)]), encoding="utf-8")
    local = localize_feeds(str(feed), FeedJob(LOCALES, tmp_path / "local", options=options(
        tmp_path / "h1", cache=False)))
    on_ray = localize_feeds(str(feed), FeedJob(LOCALES, tmp_path / "ray", options=options(
        tmp_path / "h2", cache=False), executor="ray", workers=2))
    assert (local.translated, on_ray.translated, on_ray.failed) == (12, 12, 0)
    assert editions(tmp_path / "ray") == editions(tmp_path / "local")
    for locale in ("pt-BR", "de"):
        parsed = [feedparser.parse((tmp_path / d / "world" / locale / "rss.xml").read_bytes())
                  for d in ("local", "ray")]
        assert not parsed[1].bozo
        assert ([(e.title, e.summary) for e in parsed[1].entries]
                == [(e.title, e.summary) for e in parsed[0].entries])
        assert parsed[1].feed.title == parsed[0].feed.title
        assert len(parsed[1].entries) == 6


def _done(db: Path) -> int:
    try:
        return sum(1 for r in rows(db) if r[2] == "done")
    except sqlite3.Error:
        return 0


def _kill_one_actor_mid_run(ray: Any, db: Path, stop: threading.Event) -> list[int]:
    """Wait until some items are done, then ray.kill one actor (Ray restarts it)."""
    killed: list[int] = []
    deadline = time.monotonic() + 120
    while not stop.is_set() and time.monotonic() < deadline:
        actors = list(ray_executor.CURRENT_ACTORS)
        if actors and db.exists() and _done(db) >= 4:
            pid = ray.get(actors[0].pid.remote())
            ray.kill(actors[0], no_restart=False)
            killed.append(int(pid))
            return killed
        time.sleep(0.02)
    return killed


def test_an_actor_killed_mid_batch_loses_and_doubles_nothing(
    tmp_path: Path, ray_session: dict[str, Any], calls_dir: Path
) -> None:
    src = write_articles(tmp_path / "in", 16, bad=False)
    job = BatchJob(LOCALES, tmp_path / "out", options=options(tmp_path / "h", engine="delay"),
                   executor="ray", workers=2)
    stop = threading.Event()
    killed: list[int] = []
    killer = threading.Thread(
        target=lambda: killed.extend(_kill_one_actor_mid_run(
            ray_session["ray"], tmp_path / "h" / "translate.db", stop)))
    killer.start()
    try:
        summary = localize_batch(src, job)
    finally:
        stop.set()
        killer.join(timeout=60)
    assert killed, "no actor was killed"
    pids = {int(p.stem.split("-")[1]) for p in calls_dir.glob("calls-*.txt")}
    assert killed[0] in pids and len(pids) >= 3  # two actors, and the one Ray started again
    assert (summary.translated, summary.failed, summary.pending) == (32, 0, 0)
    assert summary.cluster is not None and summary.cluster["actors"] == 2
    state = rows(tmp_path / "h" / "translate.db")
    assert len(state) == 32 and {s for _, _, s, _ in state} == {"done"}
    assert {a for *_, a in state} == {1}  # claimed once each: Ray's retry is not a new claim
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(files) == 32 * 2 == len(set(files))
    for path in (tmp_path / "out").glob("*.json"):
        json.loads(path.read_text("utf-8"))  # whole files, written atomically


class _StopAfter(Progress):
    """Interrupts the run (as Ctrl-C would) once ``limit`` item editions are done."""

    def __init__(self, limit: int) -> None:
        super().__init__(io.StringIO(), enabled=True)
        self.limit = limit

    def update(self, done: int, sentences: int, *, force: bool = False) -> None:
        if done >= self.limit and not force:
            raise KeyboardInterrupt
        super().update(done, sentences, force=force)


def test_an_interrupted_batch_resumes_without_repeats(tmp_path: Path) -> None:
    src = write_articles(tmp_path / "in", 14, bad=False)
    job = BatchJob(LOCALES, tmp_path / "out", options=options(tmp_path / "h", engine="delay"),
                   executor="ray", workers=2)
    with pytest.raises(KeyboardInterrupt):
        localize_batch(src, job, progress=_StopAfter(6))
    db = tmp_path / "h" / "translate.db"
    first = [r for r in rows(db) if r[2] == "done"]
    assert 6 <= len(first) < 28
    assert not [r for r in rows(db) if r[2] == "running"]  # the driver gave its claims back
    resumed = localize_batch(src, job)
    assert resumed.skipped == len(first)
    assert resumed.translated == 28 - len(first)
    assert (resumed.failed, resumed.pending) == (0, 0)
    assert {s for _, _, s, _ in rows(db)} == {"done"}
    # an actor killed mid-write leaves its temporary file; the resumed run sweeps it
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")) == []
    assert len(list((tmp_path / "out").iterdir())) == 28 * 2


def test_batch_cli_on_ray_with_a_bad_jsonl_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{i}", "title": f"Round {i} of the talks",
                         "text": PARAGRAPHS[i % len(PARAGRAPHS)]}) for i in range(4)]
    lines.insert(2, "{not json")
    src = tmp_path / "articles.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = ["batch", str(src), "--to", LOCALES, "--out", str(tmp_path / "out"), "--engine",
            "fake", "--db", str(tmp_path / "h" / "translate.db"), "--executor", "ray",
            "--workers", "2", "--json"]
    result = CliRunner().invoke(cli, argv, catch_exceptions=False)
    assert result.exit_code == 10, result.output  # partly done: a bad line failed alone
    summary = json.loads(result.stdout)
    assert (summary["translated"], summary["failed"]) == (8, 2)
    bad = [i for i in summary["items"] if i["status"] == "failed"]
    assert {i["guid"] for i in bad} == {"line-3"}
    assert all("not valid JSON" in i["error"] for i in bad)
    assert sorted(p.name for p in (tmp_path / "out").glob("*.md")) == sorted(
        f"a{i}.{loc}.md" for i in range(4) for loc in ("pt-BR", "de"))
