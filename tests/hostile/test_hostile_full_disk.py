"""A full or read-only output folder, on a real file system (a tmpfs mounted in a private mount
namespace: ``unshare -m``, skipped where the kernel or the sandbox does not allow it), and
overlapping feed runs writing one localized feed. Every writer ends in one line and exit 6,
leaves no file, temporary or partial, and nothing earlier is lost; the feed that overlapping runs
write lists every item any of them published."""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = (
    "The city council approved the new budget on Monday after a long debate.\n\n"
    "The mayor said the plan would add 40 buses to the network next year.\n"
)

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>City news</title><link>https://example.org/</link>
<description>News of the city</description>
<item><title>Council approves budget</title><link>https://example.org/a</link>
<guid>https://example.org/a</guid><description>The council approved the budget.</description></item>
<item><title>New buses for the city</title><link>https://example.org/b</link>
<guid>https://example.org/b</guid><description>The city will buy new buses.</description></item>
<item><title>Park reopens</title><link>https://example.org/c</link>
<guid>https://example.org/c</guid><description>The park reopened.</description></item>
</channel></rss>
"""


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "TRANSLATE_HOME": str(home), "HOME": str(home),
            "TRANSLATE_PRELOAD": "0"}  # fmt: skip


@functools.cache
def _can_mount() -> bool:
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt && umount /mnt"],
        capture_output=True, check=False, timeout=30,
    )  # fmt: skip
    return probe.returncode == 0


def _on_small_fs(mount: Path, setup: str, argv: list[str], home: Path) -> tuple[int, str, str]:
    """Run ``translate argv`` with ``mount`` a 64 KiB tmpfs prepared by ``setup`` (shell)."""
    cmd = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "translate", *argv])
    script = (f"mount -t tmpfs -o size=64k tmpfs {shlex.quote(str(mount))} && "
              f"mkdir -p {shlex.quote(str(mount / 'out'))} && {setup} && "
              f"{cmd}; rc=$?; ls -A {shlex.quote(str(mount / 'out'))} >&2; exit $rc")  # fmt: skip
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], env=_env(home),
                          capture_output=True, text=True, check=False, timeout=600)  # fmt: skip
    return done.returncode, done.stdout, done.stderr


FILL = "dd if=/dev/zero of={m}/filler bs=1k count=60 2>/dev/null; true"
READ_ONLY = "mount -o remount,ro {m}"


@pytest.mark.skipif(not _can_mount(), reason="needs unshare -m and a tmpfs mount")
@pytest.mark.parametrize(("setup", "why"), [(FILL, "No space left on device"),
                                             (READ_ONLY, "Read-only file system")],
                         ids=["full", "read-only"])  # fmt: skip
@pytest.mark.parametrize("what", ["run", "review-page", "glossary-export"])
def test_full_or_read_only_output(tmp_path: Path, setup: str, why: str, what: str) -> None:
    mount = tmp_path / "mnt"
    mount.mkdir()
    home = tmp_path / "home"
    article = tmp_path / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = mount / "out"
    if what == "run":
        argv = ["run", str(article), "--to", "pt-BR", "--out", str(out),
                "--format", "md,json,html,xliff,po,review"]  # fmt: skip
    elif what == "review-page":
        first = [sys.executable, "-m", "translate", "run", str(article), "--to", "pt-BR",
                 "--out", str(tmp_path / "ok"), "--format", "json"]  # fmt: skip
        done = subprocess.run(first, env=_env(home), capture_output=True, check=False,
                              timeout=600)  # fmt: skip
        assert done.returncode in (0, 9), done.stderr
        argv = ["review", "page", str(tmp_path / "ok" / "talks.pt-BR.json"),
                "-o", str(out / "r.html")]  # fmt: skip
    else:
        argv = ["glossary", "export", "--format", "tbx", "-o", str(out / "g.tbx")]
    code, _, err = _on_small_fs(mount, setup.format(m=shlex.quote(str(mount))), argv, home)
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 6, err
    assert lines[0].startswith("error[E006]: cannot write") and why in lines[0], err
    assert "Traceback" not in err
    assert lines[1:] == [], f"files left in the output folder: {lines[1:]}"


@pytest.mark.skipif(not _can_mount(), reason="needs unshare -m and a tmpfs mount")
def test_read_only_feed_folder_says_read_only(tmp_path: Path) -> None:
    """It said "permission denied" for a read-only file system."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    feed = tmp_path / "city.rss"
    feed.write_text(FEED, encoding="utf-8")
    code, _, err = _on_small_fs(mount, READ_ONLY.format(m=shlex.quote(str(mount))),
                                ["feed", str(feed), "--to", "pt-BR", "--out", str(mount / "out")],
                                tmp_path / "home")  # fmt: skip
    assert code == 6, err
    assert "read-only file system" in err.splitlines()[0].casefold(), err


@pytest.mark.parametrize("items", [1, 3])
def test_overlapping_feed_runs_publish_every_item(tmp_path: Path, items: int) -> None:
    """Three runs of one feed into one folder with one store at once: each claims some items
    (or none: another run has them), and each rewrites the localized feed at its end. The feed
    was written from the items of the writer's own scan, which a later scan had taken over: the
    run that translated an item and wrote last listed none, so the item had a page but was
    missing from the feed. Three rounds, since which run scans last is up to the scheduler."""
    import feedparser

    for round_ in range(3):
        folder = tmp_path / f"round{round_}"
        folder.mkdir()
        feed = folder / "city.rss"
        kept = FEED.split("<item>")
        feed.write_text("<item>".join(kept[: items + 1]) + ("" if items == 3 else
                        "</channel></rss>\n"), encoding="utf-8")  # fmt: skip
        out = folder / "out"
        cmd = [sys.executable, "-m", "translate", "feed", str(feed), "--to", "pt-BR", "--out",
               str(out), "--on-findings", "publish"]  # fmt: skip
        env = _env(folder / "home")
        procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for _ in range(3)]  # fmt: skip
        results = [p.communicate(timeout=600) for p in procs]
        assert [p.returncode for p in procs] == [0, 0, 0], [r[1] for r in results]
        parsed = feedparser.parse(str(out / "city" / "pt-BR" / "rss.xml"))
        assert not parsed.bozo, parsed.bozo_exception
        pages = sorted((out / "city" / "pt-BR" / "items").glob("*.html"))
        assert len(pages) == items
        assert len(parsed.entries) == items, (round_, [e.get("link") for e in parsed.entries])
        assert not [p for p in out.rglob("*") if ".tmp" in p.name]
