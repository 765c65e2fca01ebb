"""Atomic file writes, and reads that refuse anything but a regular file.

A reader sees the old file or the new one, never half of either; a FIFO or a device given as an
input would block or never end, so it is refused before it is read.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import socket
import stat
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError
from .regexcache import compile as re_compile


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _reason(folder: Path, exc: OSError) -> str:
    """Why ``folder`` cannot be made: name the file standing where a folder should be."""
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        for parent in (folder, *folder.parents):
            if parent.exists() and not parent.is_dir():
                return f"{parent} is a file, not a folder"
    return exc.strerror or str(exc)


def ensure_folder(folder: Path | str) -> Path:
    """Create ``folder`` (and its parents) or raise an OutputError saying why not: called before
    any state changes that the files written there must go with."""
    path = Path(folder)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write to {path}: {_reason(path, exc)}") from None
    if not os.access(path, os.W_OK | os.X_OK):
        why = "permission denied"
        with contextlib.suppress(OSError, AttributeError):
            if os.statvfs(path).f_flag & os.ST_RDONLY:
                why = "read-only file system"
        raise OutputError(f"cannot write to {path}: {why}")
    return path


@contextlib.contextmanager
def atomic_stream(path: Path | str) -> Iterator[BinaryIO]:
    """A binary file that appears at ``path`` only when the block ends without error.

    A temporary file in the same folder, fsync, then a rename: for documents written piece
    by piece (a feed of 10,000 items) as much as for whole ones.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{_owner()}.", suffix=".tmp",
                                   dir=target.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {_reason(target.parent, exc)}") from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; editions are shared files
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# -- temporary files a killed writer left behind -------------------------------------------

# ".NAME.<pid>@<host>.<random>.tmp": who wrote it, so that a sweep can tell a live writer's file
# from one whose process is gone (a worker or a Ray actor killed mid-write).
_TEMPORARY = re_compile(r"^\..+\.(?P<pid>\d+)@(?P<host>[A-Za-z0-9_-]{1,40})\.[^.]+\.tmp$")


def _host() -> str:
    name = re.sub(r"[^A-Za-z0-9_-]", "-", socket.gethostname().split(".")[0])[:40]
    return name or "host"


def _owner() -> str:
    return f"{os.getpid()}@{_host()}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: someone else's live process
        return True
    return True


def sweep_temporaries(root: Path | str, *, max_age: float = 6 * 3600.0) -> list[Path]:
    """Remove the temporary files that :func:`atomic_stream` writers left under ``root`` when
    they were killed (SIGKILL, ``ray.kill``) before their rename: those of this host whose
    process is gone, and any older than ``max_age`` seconds (a writer on another host of a
    cluster). A live writer's file is never touched. Returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    here = _host()
    for folder, _dirs, files in os.walk(root):
        for name in files:
            match = _TEMPORARY.match(name)
            if match is None:
                continue
            path = Path(folder, name)
            try:
                age = now - path.lstat().st_mtime
            except OSError:
                continue  # renamed or removed meanwhile
            stale = age > max_age or (
                match["host"] == here and not _alive(int(match["pid"])))
            if stale:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def write_atomic(path: Path | str, data: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_stream(path) as handle:
        handle.write(payload)
    return Path(path)


def write_atomic_all(files: Sequence[tuple[Path, bytes | str]], *,
                     encoding: str = "utf-8") -> list[Path]:
    """Write every one of ``files`` or none of them: each goes to a temporary file in its
    folder (written and synced) and only when all are staged are they renamed into place. A
    full disk or a file-size limit while writing the third of five formats leaves the earlier
    edition's five files as they were, not two new ones beside three old ones."""
    staged: list[tuple[str, Path]] = []
    target = Path(".")
    try:
        for path, data in files:
            target = Path(path)
            payload = data.encode(encoding) if isinstance(data, str) else data
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{_owner()}.", suffix=".tmp",
                                       dir=target.parent)  # fmt: skip
            staged.append((tmp, target))
            os.fchmod(fd, 0o666 & ~_umask())
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
        for i, (tmp, target) in enumerate(staged):
            os.replace(tmp, target)
            staged[i] = ("", target)
    except OSError as exc:
        for tmp, _ in staged:
            if tmp:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        raise OutputError(f"cannot write {target}: {_reason(target.parent, exc)}") from None
    except BaseException:
        for tmp, _ in staged:
            if tmp:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        raise
    return [target for _, target in staged]


# -- reading: regular files only ------------------------------------------------------------


class NotRegularFileError(OSError):
    """A path that names a FIFO, a device, a socket or a folder: reading it could block forever
    (a FIFO with no writer, a terminal) or never end (``/dev/zero``), so it is refused."""

    def __init__(self, code: int, message: str, filename: str) -> None:
        super().__init__(code, message, filename)
        self.message = message  # "is a named pipe (FIFO), not a regular file"


def size_words(limit: int) -> str:
    """A size limit as every refusal says it: whole gibibytes or mebibytes as ``64 MiB``, else
    bytes.

    >>> size_words(2 * 1024**3), size_words(64 * 1024 * 1024), size_words(10000)
    ('2 GiB', '64 MiB', '10000 bytes')
    """
    for unit, name in ((1024**3, "GiB"), (1024**2, "MiB")):
        if limit >= unit and limit % unit == 0:
            return f"{limit // unit} {name}"
    return f"{limit} bytes"


def larger_than(limit: int, what: str | None = None) -> str:
    """The one wording of a size refusal, from the limit's own definition: ``larger than 64
    MiB`` and, when the reader says which limit it is, ``, the limit of a term base``. Every
    surface (command line, HTTP service, feeds, review files, memories, glossaries) says it so.

    >>> larger_than(64 * 1024 * 1024, "review file or TMX")
    'larger than 64 MiB, the limit of a review file or TMX'
    """
    return f"larger than {size_words(limit)}" + (f", the limit of a {what}" if what else "")


class TooLargeError(OSError):
    """An input over its size limit, found while reading it (or from its size, before): what
    was read is dropped at once, so no more than ``limit + 1`` bytes are ever held."""

    def __init__(self, limit: int, filename: str | None = None) -> None:
        super().__init__(errno.EFBIG, larger_than(limit), filename)
        self.limit = limit


_READ_PIECE = 1 << 20  # a stream of unknown length is read a mebibyte at a time


def read_limited(handle: BinaryIO, limit: int, size: int | None = None,
                 filename: str | None = None) -> bytes:
    """The bytes of ``handle`` to its end, or :class:`TooLargeError` once more than ``limit``
    have come. ``size`` (a regular file's) is read in one piece and a file already larger than
    ``limit`` is not read at all; a stream (standard input) is read a mebibyte at a time, so the
    memory held is what was sent, never the limit's worth (``read(limit + 1)`` allocates it)."""
    if size is not None and size > limit:
        raise TooLargeError(limit, filename)
    pieces: list[bytes] = []
    got = 0
    step = min(limit + 1, size + 1 if size is not None else _READ_PIECE)
    while True:
        asked = min(step, limit + 1 - got)
        piece = handle.read(asked)
        got += len(piece)
        if got > limit:  # the file grew, or a stream: refused before anything more is read
            raise TooLargeError(limit, filename)
        if piece:
            pieces.append(piece)
        if not piece or (size is not None and len(piece) < asked):  # a file's end
            break
        step = _READ_PIECE
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """What a ``st_mode`` names, in words: ``a regular file``, ``a named pipe (FIFO)``...

    >>> file_kind(stat.S_IFIFO | 0o644)
    'a named pipe (FIFO)'
    """
    if stat.S_ISREG(mode):
        return "a regular file"
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def open_regular(path: Path | str) -> BinaryIO:
    """Open ``path`` for reading without ever blocking; anything but a regular file is refused
    with :class:`NotRegularFileError` (an ``OSError``, so callers' ``cannot read`` handling
    applies). The open itself is non-blocking (a FIFO without a writer would otherwise hang
    here) and the check is made on the open descriptor, so the file cannot be swapped between
    the check and the read."""
    mode = os.stat(path).st_mode  # stat never blocks; a socket would fail the open with ENXIO
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(errno.EINVAL, f"is {file_kind(mode)}, not a regular file",
                                  str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = file_kind(mode)
            raise NotRegularFileError(errno.EINVAL, f"is {kind}, not a regular file", str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def blank_file(data: bytes) -> str | None:
    """Why the bytes of an input file hold nothing to read (``"empty file"``, or ``"empty file
    (white space only)"`` for white space or a lone UTF-8 byte-order mark), else None. One rule
    for every file a command reads (an article, a feed, a review file, a TMX, a glossary TOML,
    CSV or TBX): such a file is an :class:`~translate.errors.InputError`, exit 3 (README "Exit
    codes": input unreadable, empty), whatever the kind's own code for wrong contents (fuzz45: a
    0-byte glossary CSV was exit 5 where a 0-byte review file was exit 3)."""
    if not data:
        return "empty file"
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        return "empty file (white space only)"
    return None


def read_regular(path: Path | str, limit: int | None = None) -> bytes:
    """The bytes of the regular file ``path``; see :func:`open_regular`. Over ``limit`` bytes
    it is :class:`TooLargeError`, found from its size before any read (or while reading, if
    it grows), so neither the file nor the limit's worth of buffer is ever held."""
    with open_regular(path) as handle:
        if limit is None:
            return handle.read()
        return read_limited(handle, limit, os.fstat(handle.fileno()).st_size, str(path))
