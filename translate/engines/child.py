"""The embedded engine's model, loaded and run in a child process (the ``translate run`` command).

Why: the embedded engine's native loader holds the GIL for its whole load (0.15 to 0.3 s of
CPU, benchmarks/bench_load_gil.py), so a load on a thread of the command's own process stalls
its Python stages instead of running beside them. A child process has its own interpreter: it
loads the model on the second core while the command imports, reads, detects and runs the
glossary, then translates the batches the command sends it, on a thread per core as the
in-process engine does (translate/engines/child_main.py; same native calls, same text).

Only the one-shot command uses it (:func:`enable`, called by ``translate run``): the HTTP
service, the feed runner and the Ray runner keep their long-lived in-process engine, which
loads once. ``TRANSLATE_PRELOAD=0`` turns it off (the model then loads in-process when it is
first used), as it turns off every background load.

Failure handling: a child that cannot start or load its model is dropped and the model is
loaded in-process instead (:class:`ChildUnavailable`); a child that dies or stops answering
during a translation is killed and the run fails with one :class:`~translate.errors.EngineError`
line (exit code 4). ``TRANSLATE_ENGINE_TIMEOUT`` (seconds, default 120) bounds the load and
each batch (plus 1 s per sentence). No child outlives its command: it is stopped when the
command ends (:func:`close_all`, also at interpreter exit), and it ends by itself when its
input pipe closes (the parent died).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import selectors
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import EngineError

log = logging.getLogger(__name__)

_HEADER = struct.Struct(">I")
SCRIPT = Path(__file__).with_name("child_main.py")
DEFAULT_TIMEOUT = 120.0
PER_SENTENCE = 1.0
# bytes of work sent ahead (speculate) between two answered requests: less than a pipe holds
# (64 KiB on Linux), so that sending it never waits for the child, even while it loads
AHEAD_BYTES = 60_000

_enabled = False
_children: dict[str, ChildModel] = {}
_lock = threading.Lock()
_atexit_registered = False


class ChildUnavailable(Exception):
    """The child could not start or load its model: the caller loads the model in-process."""


def enable(on: bool = True) -> None:
    """Let the embedded engine load and run its models in child processes (this process is a
    one-shot command). Off when ``TRANSLATE_PRELOAD=0``."""
    global _enabled
    from ..options import preload_models

    _enabled = on and preload_models()


def enabled() -> bool:
    return _enabled


def timeout() -> float:
    value = os.environ.get("TRANSLATE_ENGINE_TIMEOUT", "").strip()
    try:
        return float(value) if value else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT


def start(native_path: Path, model_dir: Path, threads: int) -> ChildModel | None:
    """The child serving ``model_dir``, started now if none is (None when it cannot start)."""
    global _atexit_registered
    key = str(model_dir)
    with _lock:
        child = _children.get(key)
        if child is not None:
            return child
        try:
            child = ChildModel(native_path, model_dir, threads)
        except ChildUnavailable as exc:
            log.info("embedded engine child not started: %s", exc)
            return None
        _children[key] = child
        if not _atexit_registered:
            atexit.register(close_all)
            _atexit_registered = True
        return child


def get(model_dir: Path) -> ChildModel | None:
    with _lock:
        return _children.get(str(model_dir))


def drop(model_dir: Path) -> None:
    """Stop and forget the child serving ``model_dir`` (it failed; the caller goes in-process)."""
    with _lock:
        child = _children.pop(str(model_dir), None)
    if child is not None:
        child.close()


def close_all() -> None:
    """Stop every child (the command has ended)."""
    with _lock:
        children = list(_children.values())
        _children.clear()
    for child in children:
        child.close()


class ChildModel:
    """One model in one child process; ``translate`` is serialised (one request at a time)."""

    def __init__(
        self, native_path: Path, model_dir: Path, threads: int, argv: Sequence[str] | None = None
    ) -> None:
        self.model_dir = model_dir
        command = list(argv) if argv is not None else [
            sys.executable, "-I", "-S", str(SCRIPT), str(native_path), str(model_dir), str(threads)
        ]
        try:
            self.proc = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                close_fds=True,
                start_new_session=True,  # a Ctrl-C reaches the command, which stops the child
            )
        except OSError as exc:
            raise ChildUnavailable(f"cannot start {command[0]}: {exc}") from exc
        self._lock = threading.Lock()
        self._ready = False
        self._ahead = 0  # bytes sent ahead since the child last answered
        self._buffer = b""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._out = self.proc.stdout.fileno()
        self._in = self.proc.stdin.fileno()
        os.set_blocking(self._in, False)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def speculate(self, sentences: Sequence[str]) -> None:
        """Let the child translate ``sentences`` ahead, on one thread, while this process does
        other work (a later ``translate`` of the same text is answered from it). Sends what
        fits in the pipe without waiting, never more; sends nothing once the child failed."""
        with self._lock:
            if self.proc.poll() is not None or self.proc.stdin is None or self.proc.stdin.closed:
                return
            chosen = list(dict.fromkeys(s for s in sentences if s.strip()))
            while chosen:
                body = json.dumps({"speculate": chosen}, ensure_ascii=False).encode()
                if self._ahead + _HEADER.size + len(body) <= AHEAD_BYTES:
                    break
                chosen = chosen[: len(chosen) // 2]
            if not chosen:
                return
            frame = _HEADER.pack(len(body)) + body
            try:
                sent = os.write(self._in, frame)
            except (BlockingIOError, BrokenPipeError, OSError):
                return  # the pipe is not what it should be: translate() will find out
            if sent < len(frame):  # cannot happen within AHEAD_BYTES of an empty pipe
                self._write(frame[sent:], time.monotonic() + timeout())
            self._ahead += len(frame)

    def translate(
        self, sentences: Sequence[str], hook: Callable[[str, str], None] | None = None
    ) -> list[str]:
        """The targets of ``sentences``; ChildUnavailable when the model did not load (nothing
        translated yet: the caller loads it in-process), EngineError when the child failed
        while translating. ``hook(flattened sentence, target)``, when given, is called for each
        distinct sentence as the child answers it, while it works on the rest (the in-process
        engine's ``on_ready``: the caller's stages run beside the engine, not after it); an
        exception the hook raises stops the calls and is raised once the reply is read."""
        with self._lock:
            if not self._ready:
                reply = self._read(time.monotonic() + timeout(), loading=True)
                if reply.get("ready") is not True:
                    self._kill()
                    raise ChildUnavailable(str(reply.get("error", "no ready message")))
                self._ready = True
            deadline = time.monotonic() + timeout() + PER_SENTENCE * len(sentences)
            request: dict[str, Any] = {"sentences": list(sentences)}
            if hook is not None:
                request["stream"] = True
            body = json.dumps(request, ensure_ascii=False).encode()
            self._write(_HEADER.pack(len(body)) + body, deadline)
            raised: Exception | None = None
            while True:
                reply = self._read(deadline, loading=False)
                done = reply.get("done")
                if done is None:
                    break
                if hook is not None and raised is None:
                    try:
                        hook(str(done[0]), str(done[1]))
                    except Exception as exc:  # after the reply: the pipe stays in step
                        raised = exc
            self._ahead = 0  # it has read everything sent before its answer
            if raised is not None:
                raise raised
            if "error" in reply:
                raise EngineError(f"the embedded engine failed: {reply['error']}")
            targets = reply.get("targets")
            if not isinstance(targets, list) or len(targets) != len(sentences):
                self._kill()
                raise EngineError("the embedded engine's child process sent a malformed reply")
            return [str(t) for t in targets]

    # -- pipes, with a deadline --

    def _failed(self, loading: bool, what: str) -> Exception:
        self._kill()
        code = self.proc.returncode
        how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        if loading:
            return ChildUnavailable(f"child process {what} while loading ({how})")
        return EngineError(
            f"the embedded engine's child process {what} while translating ({how})",
            hint="rerun with TRANSLATE_PRELOAD=0 to translate in this process",
        )

    def _write(self, data: bytes, deadline: float) -> None:
        view = memoryview(data)
        with selectors.DefaultSelector() as sel:
            sel.register(self._in, selectors.EVENT_WRITE)
            while view:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise self._failed(False, "stopped answering")
                if not sel.select(left):
                    continue
                try:
                    sent = os.write(self._in, view)
                except BlockingIOError:
                    continue
                except (BrokenPipeError, OSError):
                    raise self._failed(False, "died") from None
                view = view[sent:]

    def _read(self, deadline: float, loading: bool) -> dict[str, Any]:
        with selectors.DefaultSelector() as sel:
            sel.register(self._out, selectors.EVENT_READ)
            while True:
                if len(self._buffer) >= _HEADER.size:
                    (size,) = _HEADER.unpack_from(self._buffer)
                    end = _HEADER.size + size
                    if len(self._buffer) >= end:
                        body, self._buffer = self._buffer[_HEADER.size : end], self._buffer[end:]
                        try:
                            value = json.loads(body.decode("utf-8"))
                        except ValueError:
                            value = None
                        if not isinstance(value, dict):
                            raise self._failed(loading, "sent a malformed reply")
                        return value
                left = deadline - time.monotonic()
                if left <= 0:
                    raise self._failed(loading, "stopped answering")
                if not sel.select(left):
                    continue
                chunk = os.read(self._out, 1 << 16)
                if not chunk:
                    raise self._failed(loading, "died")
                self._buffer += chunk

    def _kill(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(OSError):  # it ended meanwhile
                self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self._close_pipes()

    def _close_pipes(self) -> None:
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def close(self) -> None:
        """End the child now: it holds no state worth a clean exit (a model loaded, or half
        loaded, and nothing else), and waiting for its own exit would cost the command time."""
        self._kill()
