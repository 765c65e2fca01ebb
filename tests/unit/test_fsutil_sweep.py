"""Temporary files of killed writers are swept; a live writer's file and other files never."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from translate.fsutil import _owner as owner
from translate.fsutil import atomic_stream, sweep_temporaries, write_atomic


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_killed_writers_temporary_file_is_swept(tmp_path: Path) -> None:
    host = owner().split("@", 1)[1]
    (tmp_path / "sub").mkdir()
    dead = tmp_path / "sub" / f".item.html.{_dead_pid()}@{host}.abc123.tmp"
    dead.write_bytes(b"half")
    assert sweep_temporaries(tmp_path) == [dead]
    assert not dead.exists()


def test_a_live_writers_file_and_other_files_stay(tmp_path: Path) -> None:
    with atomic_stream(tmp_path / "feed.xml") as handle:
        handle.write(b"<rss/>")
        live = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert len(live) == 1 and owner() in live[0].name
        assert sweep_temporaries(tmp_path) == []  # this process is alive: never touched
        assert live[0].exists()
    mine = tmp_path / ".notes.tmp"  # a user's own hidden file: not ours, not touched
    mine.write_text("x", encoding="utf-8")
    other_host = tmp_path / f".a.json.{_dead_pid()}@elsewhere-node.x1.tmp"
    other_host.write_text("x", encoding="utf-8")  # another host's writer may be alive
    write_atomic(tmp_path / "a.json", "{}")
    assert sweep_temporaries(tmp_path) == []
    assert mine.exists() and other_host.exists() and (tmp_path / "a.json").read_text() == "{}"


def test_an_old_temporary_file_of_any_host_is_swept(tmp_path: Path) -> None:
    old = tmp_path / ".a.json.4242@elsewhere-node.x1.tmp"
    old.write_text("x", encoding="utf-8")
    past = time.time() - 7 * 3600
    os.utime(old, (past, past))
    assert sweep_temporaries(tmp_path) == [old]


@pytest.mark.parametrize("name", ["a.json", "feed.xml"])
def test_the_temporary_name_carries_the_writer(tmp_path: Path, name: str) -> None:
    seen: list[str] = []
    with atomic_stream(tmp_path / name) as handle:
        handle.write(b"x")
        seen = [p.name for p in tmp_path.iterdir()]
    assert len(seen) == 1 and seen[0].startswith(f".{name}.{owner()}.")
