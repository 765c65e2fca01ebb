"""Special files (FIFO, device, socket, folder) given where a file is read: every command refuses
them at once with one line and its documented exit code, and never blocks.

A FIFO with no writer blocks ``open()`` forever; these tests run each command in a thread and,
if it is still running after a few seconds, unblock it by opening the FIFO's write end, then
fail: a regression shows up as a failure, never as a hung test run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hostile.helpers import Outcome, invoke, tree

from translate.fsutil import NotRegularFileError, file_kind, open_regular, read_regular

DEADLINE = 20.0  # seconds: generous on a loaded machine; the refusal itself takes milliseconds

KINDS = ["fifo", "chardev", "socket", "folder"]


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A short temporary folder: a Unix socket path must fit in 108 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="tr-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def special(request: pytest.FixtureRequest, short_tmp: Path) -> Iterator[Path]:
    """A special file of the kind named by the test's parameter."""
    kind = request.param
    if kind == "fifo":
        path = short_tmp / "in.fifo"
        os.mkfifo(path)
        yield path
    elif kind == "chardev":
        path = Path("/dev/zero")  # endless: read whole, it would exhaust memory or the limit
        if not path.exists():
            pytest.skip("no /dev/zero here")
        yield path
    elif kind == "socket":
        path = short_tmp / "in.sock"
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(path))
        server.listen(1)
        try:
            yield path
        finally:
            server.close()
    else:
        path = short_tmp / "folder.txt"
        path.mkdir()
        yield path


def _unblock(path: Path) -> None:
    """Release a reader blocked on the FIFO ``path`` (open the write end, close it: EOF)."""
    with contextlib.suppress(OSError):
        if stat.S_ISFIFO(os.stat(path).st_mode):
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def bounded(call: Callable[[], Outcome], path: Path) -> Outcome:
    """``call()`` in a thread; if it is still running after DEADLINE seconds the test fails."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["outcome"] = call()
        except BaseException as exc:  # re-raised in the test's thread
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(DEADLINE)
    if thread.is_alive():
        for _ in range(50):
            _unblock(path)
            thread.join(0.1)
            if not thread.is_alive():
                break
        pytest.fail(f"blocked on {path} for more than {DEADLINE:g} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    outcome = box["outcome"]
    assert isinstance(outcome, Outcome)
    return outcome


ARTICLE = "The minister met the mayor in Lisbon on Monday. They discussed the budget.\n"


def _commands(path: Path, work: Path) -> dict[str, tuple[list[object], int]]:
    """command name -> (arguments, documented exit code of the refusal)."""
    article = work / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = work / "out"
    return {
        "run": (["run", path, "--to", "pt-BR", "--engine", "fake", "--out", out], 3),
        "detect": (["detect", path], 3),
        "check": (["check", path], 3),
        "jsonl": (["run", "--jsonl", path, "--to", "pt-BR", "--engine", "fake"], 3),
        "feed": (["feed", path, "--to", "pt-BR", "--engine", "fake", "--out", out], 3),
        "glossary-option": (
            ["run", article, "--to", "pt-BR", "--engine", "fake", "--out", out,
             "--glossary", path], 3,  # a path that cannot be read: exit 3 (fuzz46)
        ),
        "glossary-import": (["glossary", "import", path, "-o", work / "g.toml"], 3),
        "review-import": (["review", "import", path, "--db", work / "s.db"], 3),
        "review-apply": (["review", "apply", path, "--db", work / "s.db"], 3),
    }


COMMANDS = [
    "run", "detect", "check", "jsonl", "feed", "glossary-option", "glossary-import",
    "review-import", "review-apply",
]  # fmt: skip


SUFFIXES = {"glossary-option": ".toml", "glossary-import": ".csv", "review-import": ".tmx",
            "review-apply": ".po"}


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("special", KINDS, indirect=True)
@pytest.mark.parametrize("command", COMMANDS)
def test_special_file_is_refused_without_blocking(
    special: Path, command: str, tmp_path: Path
) -> None:
    if command == "glossary-option" and special.is_dir():
        pytest.skip("a folder of glossaries is a valid --glossary")
    suffix = SUFFIXES.get(command)
    if suffix:  # the name a command expects, so the refusal is about the file, not its name
        named = tmp_path / f"input{suffix}"
        named.symlink_to(special)
        special = named
    args, code = _commands(special, tmp_path)[command]
    outcome = bounded(lambda: invoke(*args), special)
    if outcome.code == 2:  # click refused it first (a folder where a file is required): fine
        assert "Traceback" not in outcome.stderr and "Error:" in outcome.stderr, outcome.stderr
    else:
        outcome.refused(code)
        assert "not a regular file" in outcome.stderr, outcome.stderr
    assert tree(tmp_path / "out") == []


@pytest.mark.parametrize("special", KINDS, indirect=True)
def test_open_regular_refuses_special_files_at_once(special: Path) -> None:
    with pytest.raises(NotRegularFileError) as caught:
        bounded(lambda: Outcome(0, read_regular(special, 10).decode(), ""), special)
    assert "not a regular file" in caught.value.message
    assert file_kind(os.stat(special).st_mode) in caught.value.message


def test_fifo_swapped_in_after_the_stat_is_still_refused(
    short_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check that counts is made on the open descriptor: a regular file at stat time that
    is a FIFO by the time it is opened is refused, and the open does not block."""
    path = short_tmp / "swap"
    os.mkfifo(path)
    real_stat = os.stat
    regular = os.stat_result((stat.S_IFREG | 0o644, *real_stat(path)[1:]))

    def fake_stat(target: object, *args: object, **kwargs: object) -> os.stat_result:
        return regular if Path(str(target)) == path else real_stat(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", fake_stat)
    with pytest.raises(NotRegularFileError, match="named pipe"):
        bounded(lambda: Outcome(0, str(open_regular(path)), ""), path)


def test_stdin_is_still_read_when_asked(fake_engine: object, tmp_path: Path) -> None:
    outcome = invoke("detect", "-", input=ARTICLE)
    assert outcome.code == 0, outcome.stderr
    assert "article: en" in outcome.stdout


def test_regular_file_through_a_symlink_is_read(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(ARTICLE, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert read_regular(link) == ARTICLE.encode()
    outcome = invoke("detect", link)
    assert outcome.code == 0, outcome.stderr
