"""The twenty-eighth pass's hostile cases (fuzz28): a run stopped by a signal.

``translate run``, ``batch`` and ``feed`` stopped by SIGTERM (what systemd, Docker, Kubernetes
and ``kill`` send) or SIGINT (Ctrl-C) in the middle, in a real subprocess: one line on stderr,
a documented exit code (130 for SIGINT, 143 for SIGTERM, as shells count a death by signal),
no temporary file, every file written parses back, the store passes SQLite's integrity check,
and the next run finishes the work. Before this pass SIGTERM killed the process where it stood
(exit -15, no message, ``finally`` blocks skipped: temporary files left for the next run's sweep,
claims left for the stale timeout), and neither code was in the README's table.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import defusedxml.ElementTree as DET
import polib
import pytest

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
# A child started from a background job inherits SIGINT ignored (POSIX shells do that, and
# Python then leaves it ignored): Ctrl-C as a terminal's foreground job has it, restored first.
LAUNCH = (
    "import signal; signal.signal(signal.SIGINT, signal.default_int_handler);"
    " import sys; from translate import engines;"
    " engines.ENGINES['slow'] = 'feeds.slow_engine:SlowEngine';"
    " from translate.cli import main; sys.argv = ['translate', *sys.argv[1:]]; main()"
)
ARTICLE = ("# Talks in {city}\n\nThe talks in {city} resumed on Monday after a pause. "
           "The ministers met for three hours. They will meet again next week.\n")  # fmt: skip
CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}


def parses(out: Path) -> list[str]:
    """What is wrong with the files under ``out``: temporary files, or files that do not parse."""
    wrong = []
    for p in sorted(out.rglob("*")):
        if not p.is_file() or p.suffix == ".db" or p.name.endswith(("-wal", "-shm", "-journal")):
            continue
        try:
            if p.name.endswith(".tmp"):
                wrong.append(f"temporary {p.name}")
            elif p.suffix == ".json":
                json.loads(p.read_text("utf-8"))
            elif p.suffix == ".po":
                polib.pofile(p.read_text("utf-8"))
            elif p.suffix in (".xlf", ".xml"):
                DET.fromstring(p.read_bytes())
            else:
                p.read_text("utf-8")
        except Exception as exc:  # any failure to read back is the finding
            wrong.append(f"{p.name}: {type(exc).__name__}: {exc}")
    return wrong


def integrity(db: Path) -> str:
    with sqlite3.connect(db, timeout=10) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def command(kind: str, tmp: Path) -> tuple[list[str], Path]:
    src = tmp / "src"
    src.mkdir()
    for i in range(8):
        (src / f"a{i}.md").write_text(ARTICLE.format(city=f"City {i}"), encoding="utf-8")
    out = tmp / "out"
    common = ["--to", "pt-BR", "--out", str(out), "--db", str(tmp / "t.db"), "--engine", "slow"]
    if kind == "run":
        return ["run", *sorted(map(str, src.glob("*.md"))), *common,
                "--format", "md,json,xliff,po"], out  # fmt: skip
    if kind == "batch":
        return ["batch", str(src), *common, "--format", "md,json,xliff,po"], out
    items = "".join(
        f"<item><title>Talks {i}</title><link>https://news.example.org/{i}</link>"
        f"<guid>https://news.example.org/{i}</guid><pubDate>Mon, 0{1 + i % 9} Jun 2026 10:00:00 "
        f"GMT</pubDate><description>{ARTICLE.format(city=f'City {i}')}</description></item>"
        for i in range(8)
    )
    feed = tmp / "world.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>'
                    f"<link>https://news.example.org/</link><description>d</description>{items}"
                    "</channel></rss>", encoding="utf-8")  # fmt: skip
    return ["feed", str(feed), *common], out


def written(out: Path) -> int:
    return sum(1 for p in out.rglob("*") if p.is_file() and not p.name.endswith(".tmp")) \
        if out.exists() else 0  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["run", "batch", "feed"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_run_stopped_by_a_signal_ends_cleanly_and_resumes(
    tmp_path: Path, isolated_home: Path, kind: str, signum: signal.Signals
) -> None:
    args, out = command(kind, tmp_path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS),
                                                        os.environ.get("PYTHONPATH", "")]),
           "FEED_TEST_DELAY": "0.4", "TRANSLATE_HOME": str(isolated_home)}  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, *args], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while written(out) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, f"finished before the signal: {proc.stderr.read()}"  # type: ignore[union-attr]
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == CODES[signum], err
    assert "Traceback" not in err
    said = [line for line in err.splitlines() if line.startswith("error")]
    head = "error: interrupted" + (" (SIGTERM)" if signum == signal.SIGTERM else "")
    # one line; since fuzz37 it may say what was done and what is left after a colon
    assert len(said) == 1 and (said[0] == head or said[0].startswith(f"{head}: ")), err
    assert parses(out) == []
    assert integrity(tmp_path / "t.db") == "ok"

    again = subprocess.run([sys.executable, "-c", LAUNCH, *args], env={**env,
                           "FEED_TEST_DELAY": "0"}, cwd=ROOT, capture_output=True, text=True,
                           timeout=300)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert parses(out) == []
    assert integrity(tmp_path / "t.db") == "ok"
    if kind == "feed":
        assert len(list((out / "world" / "pt-BR" / "items").glob("*.html"))) == 8
    else:
        assert len(list(out.rglob("*.pt-BR.json"))) == 8


def test_the_signal_codes_are_in_the_readme_table() -> None:
    table = (ROOT / "README.md").read_text("utf-8").split("### Exit codes", 1)[1]
    rows = dict(re.findall(r"^\| (\d+) \| (.+) \|$", table, flags=re.M))
    assert "SIGINT" in rows.get("130", "") and "SIGTERM" in rows.get("143", "")


def closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("address", ["127.0.0.1:{port}", "127.0.0.1:99999",
                                     "no-such-host.invalid:6379"])  # fmt: skip
def test_an_unreachable_ray_address_is_one_line_and_exit_11(tmp_path: Path,
                                                            address: str) -> None:
    """``--executor ray=HOST:PORT`` where nothing listens: Ray's own ``init`` retried for
    minutes, a log line a second (fuzz28: no answer within 180 s); now exit 11 at once."""
    pytest.importorskip("ray")
    (tmp_path / "a.txt").write_text("The minister spoke on Monday.\n", encoding="utf-8")
    address = address.format(port=closed_port())
    try:
        done = subprocess.run(
            [sys.executable, "-m", "translate", "batch", str(tmp_path / "a.txt"), "--to",
             "pt-BR", "--out", str(tmp_path / "out"), "--executor", f"ray={address}"],
            capture_output=True, text=True, timeout=90, cwd=tmp_path,
            env={**os.environ, "TRANSLATE_HOME": str(tmp_path / "home")})  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"no answer within 90 s for ray={address}")
    assert done.returncode == 11, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[E009]: cannot reach the Ray cluster at")


@pytest.mark.parametrize("command", ["page", "apply"])
def test_an_edition_holding_a_lone_surrogate_is_exit_7(tmp_path: Path, fake_engine: object,
                                                       command: str) -> None:
    """A JSON edition whose text holds ``\\ud800`` (half a character, as JSON can escape it):
    ``review page`` failed with an internal error (exit 1: the page could not be encoded)."""
    from hostile.helpers import invoke

    source = tmp_path / "talks.md"
    source.write_text(ARTICLE.format(city="Tbilisi"), encoding="utf-8")
    out = tmp_path / "out"
    made = invoke("run", source, "--to", "pt-BR", "--engine", "fake", "--format", "json,po",
                  "--out", out, "--db", tmp_path / "s.db", "--no-builtin-glossary")  # fmt: skip
    assert made.code == 0, made.stderr
    edition = out / "talks.pt-BR.json"
    text = edition.read_text("utf-8")
    edition.write_text(text.replace("Tbilisi", "Tbi\\ud800lisi"), encoding="utf-8")
    before = edition.read_bytes()
    if command == "page":
        got = invoke("review", "page", edition, "-o", tmp_path / "page.html")
        assert not (tmp_path / "page.html").exists()
    else:
        got = invoke("review", "apply", out / "talks.pt-BR.po", "--edition", edition,
                     "--out", out, "--db", tmp_path / "s.db")  # fmt: skip
    assert got.code == 7, got.stderr
    lines = got.stderr.strip().splitlines()
    assert len(lines) == 1 and "lone surrogate (\\ud800)" in lines[0], got.stderr
    assert edition.read_bytes() == before
