"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError


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
        raise OutputError(f"cannot write to {path}: permission denied")
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
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
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


def write_atomic(path: Path | str, data: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_stream(path) as handle:
        handle.write(payload)
    return Path(path)
