"""The thirty-eighth pass (fuzz39): the seeded fuzzer's seed 38, crafted JSON editions, and the
interruption line's honesty about failed editions.

* ``batch --workers N`` (and ``feed``): each worker process configured logging at the
  command's level whether or not ``-v`` was given, so a library's warning (trafilatura's
  ``discarding data: None`` for a page without article text) came on stderr beside the one
  ``failed:`` line; the command itself prints none (the fuzzer's ``stderr not one line``).
* A JSON edition's article id names the files made from it: ``../../x`` made ``review apply``
  write the edited edition two folders up (``/tmp/x`` anywhere), and ``review page`` fail as an
  internal error (exit 1). Now such an edition is refused, exit 7.
* An interrupted ``batch``/``feed`` with failed editions said "the same command again finishes
  them": the next run also tries the failed ones again, which the line now says.

The HTTP service's classes are in ``tests/serve/test_fuzz39.py``."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hostile.helpers import invoke
from hostile.test_hostile_fuzz28 import ARTICLE, LAUNCH, ROOT, TESTS

PAGE = TESTS / "data" / "realworld" / "heldout_p" / "pages" / "fundus-p-be-politicoeu.html.gz"


def _cli(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS),
                                                        os.environ.get("PYTHONPATH", "")]),
           "FEED_TEST_DELAY": "0", "TRANSLATE_HOME": str(tmp / "home")}  # fmt: skip
    return subprocess.run([sys.executable, "-c", LAUNCH, *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def _page_and_article(folder: Path) -> None:
    """The fuzzer's seed: a real page's first 8 kB (no article text in it), and an article."""
    folder.mkdir()
    (folder / "page.html").write_bytes(gzip.decompress(PAGE.read_bytes())[:8192])
    (folder / "talks.md").write_text(ARTICLE.format(city="Porto"), encoding="utf-8")


@pytest.mark.slow
def test_worker_processes_print_no_library_warning(tmp_path: Path) -> None:
    """0b3d419b: two ``WARNING trafilatura.core[PID]: discarding data: None`` lines."""
    _page_and_article(tmp_path / "in")
    done = _cli(tmp_path, "batch", str(tmp_path / "in"), "--to", "pt-BR", "--out",
                str(tmp_path / "out"), "--db", str(tmp_path / "t.db"), "--engine", "slow",
                "--workers", "2", "-q")
    assert done.returncode == 10, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("failed: page.html pt-BR: error[E003]: "), (
        done.stderr)
    assert (tmp_path / "out" / "talks.pt-BR.md").is_file()


@pytest.mark.slow
def test_worker_processes_log_under_verbose_as_before(tmp_path: Path) -> None:
    """Do no harm: ``-v`` still shows the workers' log records (the library's warning among
    them), with their process ids."""
    _page_and_article(tmp_path / "in")
    done = _cli(tmp_path, "-v", "batch", str(tmp_path / "in"), "--to", "pt-BR", "--out",
                str(tmp_path / "out"), "--db", str(tmp_path / "t.db"), "--engine", "slow",
                "--workers", "2", "-q")
    assert done.returncode == 10, done.stderr
    assert any(line.startswith(("INFO ", "WARNING ")) and "[" in line.split(":")[0]
               for line in done.stderr.splitlines()), done.stderr


def _edition(tmp: Path) -> tuple[Path, Path]:
    src = tmp / "talks.md"
    src.write_text(ARTICLE.format(city="Porto"), encoding="utf-8")
    out = tmp / "deep" / "er" / "ed"
    done = invoke("run", src, "--to", "pt-BR", "--engine", "fake", "--format", "json,xliff",
                  "--out", out, "--db", tmp / "t.db", "-q")
    assert done.code == 0, done.stderr
    return out / "talks.pt-BR.json", out / "talks.pt-BR.xlf"


def _set_id(edition: Path, xliff: Path, article_id: str) -> None:
    data = json.loads(edition.read_text("utf-8"))
    data["article"]["id"] = article_id
    edition.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    text = xliff.read_text("utf-8")
    escaped = article_id.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    xliff.write_text(text.replace('article">talks<', f'article">{escaped}<', 1)
                     .replace("</target>", " (revisto)</target>", 1), encoding="utf-8")


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("article_id", [
    "../../escaped", "../escaped", "ABSOLUTE", "a/b", "a\\b", ".hidden", "..",
    "a\x00b", "a\nb", "", "x" * 201,
])  # fmt: skip
def test_an_edition_whose_article_id_is_no_plain_name_is_refused(
    tmp_path: Path, fake_engine: object, article_id: str
) -> None:
    """0b3d419b: ``review apply`` wrote ``ed/../../escaped.pt-BR.json`` (exit 0), and ``review
    page`` failed as an internal error (exit 1, ``Invalid name``)."""
    edition, xliff = _edition(tmp_path)
    if article_id == "ABSOLUTE":  # an absolute path, inside this test's folder
        article_id = str(tmp_path / "escaped")
    _set_id(edition, xliff, article_id)
    before = _files(tmp_path)
    invoke("review", "apply", xliff, "--edition", edition).refused(7)  # (NUL: not XML first)
    invoke("review", "page", edition).refused(7, "not a plain file name")
    assert _files(tmp_path) == before  # nothing written, inside the folder or out of it


@pytest.mark.parametrize("article_id", ["talks", "Talks in Porto, é", "x" * 200, "a.b"])
def test_an_edition_whose_article_id_is_a_plain_name_is_applied(
    tmp_path: Path, fake_engine: object, article_id: str
) -> None:
    """Do no harm: an id with spaces, letters of any script, dots inside, up to 200 bytes."""
    edition, xliff = _edition(tmp_path)
    _set_id(edition, xliff, article_id)
    done = invoke("review", "apply", xliff, "--edition", edition)
    assert done.code == 0, done.stderr
    assert (edition.parent / f"{article_id}.pt-BR.json").is_file()
    assert invoke("review", "page", edition).code == 0
    assert (edition.parent / f"{article_id}.pt-BR.review.html").is_file()


def test_the_note_says_failed_editions_are_tried_again() -> None:
    from translate.feeds.run import _what_was_done

    assert _what_was_done({1: (1, 1, 2), 2: (0, 0, 4)}, "item", {1: "world", 2: "sport"}) == (
        "1 of 8 item editions done (written and recorded), 1 failed, 6 left (world: 1 of 4"
        " done, 1 failed, 2 left; sport: 0 of 4 done, 4 left): the same command again"
        " finishes them and tries the failed ones again")
    assert _what_was_done({1: (2, 0, 3)}, "article", {}) == (
        "2 of 5 article editions done (written and recorded), 3 left: the same command again"
        " finishes them")


def test_an_interrupted_batch_with_a_failed_edition_says_it_is_tried_again(
    tmp_path: Path, fake_engine: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line's claim checked: the same command again tries the failed article again."""
    from translate.feeds import batch

    src = tmp_path / "in"
    src.mkdir()
    (src / "a0.html").write_bytes(gzip.decompress(PAGE.read_bytes())[:8192])  # no article text
    for i, city in enumerate(["Porto", "Braga", "Faro", "Coimbra"], start=1):
        (src / f"a{i}.md").write_text(ARTICLE.format(city=city), encoding="utf-8")
    real = batch.process_article_claim

    def failing_then_interrupted(claim: Any, ctx: Any) -> None:
        real(claim, ctx)
        if claim.guid == "a0.html":  # (folders are read in directory order)
            raise KeyboardInterrupt  # what the handler of SIGINT raises at that point

    monkeypatch.setattr(batch, "process_article_claim", failing_then_interrupted)
    args: tuple[Any, ...] = ("batch", src, "--to", "pt-BR", "--from", "en", "--engine", "fake",
                             "--out", tmp_path / "out", "--db", tmp_path / "t.db",
                             "--no-builtin-glossary")
    first = invoke(*args)
    assert first.code == 130, first.stderr
    line = first.stderr.strip().splitlines()[-1]
    said = re.fullmatch(r"error: interrupted: (\d) of 5 article editions done \(written and"
                        r" recorded\), 1 failed, (\d) left: the same command again finishes"
                        r" them and tries the failed ones again", line)
    assert said is not None and int(said[1]) + 1 + int(said[2]) == 5, first.stderr
    monkeypatch.setattr(batch, "process_article_claim", real)
    again = invoke(*args)
    assert again.code == 3 or again.code == 10, again.stderr
    assert "failed: a0.html pt-BR: error[E003]" in again.stderr  # tried again, as said
    assert len(list((tmp_path / "out").glob("*.md"))) == 4


@pytest.mark.slow
def test_a_ray_address_on_loopback_is_checked_where_ray_connects(tmp_path: Path) -> None:
    """0b3d419b: ``ray=127.0.0.1:PORT`` with a port open on loopback alone passed the reach
    check, and ``ray.init`` (which connects to the node's own address instead) gave no answer
    within five minutes, printing Ray's log lines. Now exit 11 and one line at once."""
    ray = pytest.importorskip("ray")
    import socket

    node = ray.util.get_node_ip_address()
    if node in ("127.0.0.1", "::1", "localhost"):
        pytest.skip("this machine's node address is loopback: Ray connects to the address given")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "talks.md").write_text(ARTICLE.format(city="Porto"), encoding="utf-8")
    try:
        env = {**os.environ, "TRANSLATE_HOME": str(tmp_path / "home")}
        done = subprocess.run(
            [sys.executable, "-m", "translate", "batch", str(tmp_path / "in"), "--to", "pt-BR",
             "--out", str(tmp_path / "out"), "--executor", f"ray=127.0.0.1:{port}"],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=150)
    finally:
        listener.close()
    assert done.returncode == 11, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(  # refused, or the tests' network guard's
        f"error[E009]: cannot reach the Ray cluster at 127.0.0.1:{port} (Ray connects to"
        f" {node}:{port}): "), done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*"))


@pytest.mark.slow
def test_a_run_on_a_local_ray_prints_none_of_rays_lines(tmp_path: Path) -> None:
    """0b3d419b: every run that started a local Ray printed Ray's own ``Token authentication
    is enabled for this Ray cluster ...`` line on stderr (written by its C++ core to the
    descriptor). Now Ray's lines while it starts are kept off stderr unless ``-v``."""
    pytest.importorskip("ray")
    (tmp_path / "in").mkdir()
    for city in ("Porto", "Braga"):
        (tmp_path / "in" / f"{city}.md").write_text(ARTICLE.format(city=city), encoding="utf-8")
    done = _cli(tmp_path, "batch", str(tmp_path / "in"), "--to", "pt-BR", "--out",
                str(tmp_path / "out"), "--db", str(tmp_path / "t.db"), "--engine", "slow",
                "--executor", "ray", "--workers", "1", "-q")
    if done.returncode == 11:  # Ray could not start (a loaded machine): one line, ours alone
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error[E009]: "), done.stderr
        return
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert sorted(p.name for p in (tmp_path / "out").glob("*.md")) == [
        "braga.pt-BR.md", "porto.pt-BR.md"]
