"""The embedded engine's model in a child process (translate.engines.child): the protocol, the
same text as in-process, and every failure path, with real child processes and the real engine.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from translate.engines import child
from translate.engines.embedded import EmbeddedEngine
from translate.errors import EngineError

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "caucasus-talks.txt"
SENTENCES = [
    "The talks in Geneva ended on Monday without an agreement.",
    "Prices for bread and fuel had climbed sharply since the spring.",
    "   ",
    "A government spokesman said the   ministry would  publish the figures.",
]


@pytest.fixture
def engine() -> Iterator[EmbeddedEngine]:
    eng = EmbeddedEngine(threads=2)
    child.enable(True)
    yield eng
    child.close_all()
    child.enable(False)
    eng.close()


def _folder(eng: EmbeddedEngine) -> Path:
    return eng._models[("en", "pt")][0]


def _in_process(sentences: list[str]) -> list[str]:
    """The same sentences translated by a model loaded in this process."""
    was = child.enabled()
    child.enable(False)
    eng = EmbeddedEngine(threads=2)
    try:
        out = eng.translate(sentences, "en", "pt")
        assert ("en", "pt") in eng._loaded
        return out
    finally:
        eng.close()
        child.enable(was)


def _gone(pid: int, within: float = 10.0) -> bool:
    """Whether ``pid`` has ended (reaped, or a zombie waiting for whoever adopted it)."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


def test_frames_round_trip(tmp_path: Path) -> None:
    from translate.engines import child_main

    read, write = os.pipe()
    reader = child_main.Reader(read)
    assert not reader.pending()
    os.write(write, b"\x00\x00\x00\x02{}\x00\x00\x00\x0a{\"a\": [1]}")
    assert reader.pending()
    assert reader.frame() == {} and reader.frame() == {"a": [1]}
    os.write(write, b"\x00\x00\x00\x09{}")  # cut short: the sender died mid-frame
    os.close(write)
    assert reader.frame() is None and reader.pending()  # at the end: nothing to wait for
    os.close(read)

    path = tmp_path / "frames"
    with path.open("wb") as out:
        child_main.write_frame(out, {"sentences": ["á", "b"]})
        child_main.write_frame(out, {"ready": True})
        out.write(b"\x00\x00\x00\x09{}")  # cut short: the sender died mid-frame
    with path.open("rb") as inp:
        assert child_main.read_frame(inp) == {"sentences": ["á", "b"]}
        assert child_main.read_frame(inp) == {"ready": True}
        assert child_main.read_frame(inp) is None
        assert child_main.read_frame(inp) is None


def test_child_translates_exactly_as_in_process(engine: EmbeddedEngine) -> None:
    engine.preload("en", "pt")
    running = child.get(_folder(engine))
    assert running is not None and running.proc.poll() is None
    through_child = engine.translate(SENTENCES, "en", "pt")
    assert ("en", "pt") not in engine._loaded  # nothing loaded in this process
    assert through_child[2] == ""
    assert _in_process(SENTENCES) == through_child
    assert engine.translate(SENTENCES[:1], "en", "pt") == through_child[:1]  # the same child
    pid = running.pid
    child.close_all()
    assert _gone(pid)


def test_sentences_translated_ahead_give_the_same_text(engine: EmbeddedEngine) -> None:
    engine.preload("en", "pt")
    many = [f"The council met {n} times in {1990 + n} to discuss the budget." for n in range(12)]
    engine.speculate(many + SENTENCES, "en", "pt")  # returns at once, the child works ahead
    changed = [*many[:6], "An extra sentence nobody translated ahead.", *SENTENCES]
    through_child = engine.translate(changed, "en", "pt")
    assert ("en", "pt") not in engine._loaded
    assert _in_process(changed) == through_child


def test_each_answer_is_reported_as_the_child_sends_it(engine: EmbeddedEngine) -> None:
    """With a hook (the pipeline's on_ready), the child sends every distinct sentence's answer
    as it is ready, those translated ahead too, and the reply is the one without a hook."""
    engine.preload("en", "pt")
    running = child.get(_folder(engine))
    assert running is not None
    many = [f"The council met {n} times in {1990 + n} to discuss the budget." for n in range(8)]
    running.speculate(many[:3])
    asked = [*many, *SENTENCES, many[0]]
    heard: list[tuple[str, str]] = []
    targets = running.translate(asked, hook=lambda flat, out: heard.append((flat, out)))
    flats = [" ".join(s.split()) for s in asked]
    assert sorted(f for f, _ in heard) == sorted({f for f in flats if f})  # each once
    assert dict(heard) == {f: t for f, t in zip(flats, targets, strict=True) if f}
    assert running.translate(asked) == targets  # no hook: the same reply
    assert _in_process(asked) == targets


def test_a_failing_hook_is_raised_after_the_reply(engine: EmbeddedEngine) -> None:
    """A hook that raises stops the reports; the child's whole reply is still read, so the
    next request gets its own answer."""
    engine.preload("en", "pt")
    running = child.get(_folder(engine))
    assert running is not None
    calls: list[str] = []

    def hook(flat: str, out: str) -> None:
        calls.append(flat)
        raise ValueError("hook failed")

    with pytest.raises(ValueError, match="hook failed"):
        running.translate(SENTENCES, hook=hook)
    assert len(calls) == 1
    assert running.translate(SENTENCES[:2]) == _in_process(SENTENCES[:2])


def test_sending_ahead_never_waits_for_the_child(engine: EmbeddedEngine) -> None:
    """While the child still loads (it reads nothing), work sent ahead is capped at what the
    pipe holds: the call returns at once, and the child still answers correctly after."""
    engine.preload("en", "pt")
    big = [f"Sentence {n} on the long negotiations in the region, once more." * 4
           for n in range(3000)]
    start = time.monotonic()
    for _ in range(5):
        engine.speculate(big, "en", "pt")
    assert time.monotonic() - start < 2
    running = child.get(_folder(engine))
    assert running is not None and 0 < running._ahead <= child.AHEAD_BYTES
    assert engine.translate(big[:2], "en", "pt") == _in_process(big[:2])
    assert running._ahead == 0


def test_a_child_that_cannot_load_falls_back_to_the_process(engine: EmbeddedEngine) -> None:
    """A model the child cannot load: it says why and exits; the engine loads in-process."""
    broken = child.ChildModel(
        Path("unused"), _folder(engine), 1,
        argv=[sys.executable, "-I", str(child.SCRIPT), "/nonexistent/_native.so",
              str(_folder(engine)), "1"],
    )  # fmt: skip
    with pytest.raises(child.ChildUnavailable, match=r"nonexistent|No such file|cannot"):
        broken.translate(["Hello."])
    assert broken.proc.returncode is not None
    # the same through the engine: the failed child is dropped, the model loads here
    child._children[str(_folder(engine))] = child.ChildModel(
        Path("unused"), _folder(engine), 1, argv=[sys.executable, "-c", "import sys; sys.exit(3)"]
    )
    out = engine.translate(["Good morning."], "en", "pt")
    assert out and out[0]
    assert ("en", "pt") in engine._loaded
    assert child.get(_folder(engine)) is None


def test_a_child_that_dies_while_translating_is_one_engine_error(engine: EmbeddedEngine) -> None:
    engine.preload("en", "pt")
    running = child.get(_folder(engine))
    assert running is not None
    assert engine.translate(SENTENCES[:1], "en", "pt")[0]
    os.kill(running.pid, signal.SIGKILL)
    with pytest.raises(EngineError) as caught:
        engine.translate(SENTENCES[:2], "en", "pt")
    assert caught.value.exit_code == 4
    line = caught.value.format_line()
    assert "\n" not in line and "died" in line and "signal 9" in line
    assert running.proc.returncode == -signal.SIGKILL  # reaped, no zombie left


def test_a_child_that_hangs_is_killed_after_the_timeout(
    engine: EmbeddedEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine.preload("en", "pt")
    running = child.get(_folder(engine))
    assert running is not None
    assert engine.translate(SENTENCES[:1], "en", "pt")[0]  # loaded and answering
    monkeypatch.setenv("TRANSLATE_ENGINE_TIMEOUT", "0.2")
    monkeypatch.setattr(child, "PER_SENTENCE", 0.1)
    os.kill(running.pid, signal.SIGSTOP)
    start = time.monotonic()
    with pytest.raises(EngineError, match="stopped answering"):
        engine.translate(SENTENCES[:2], "en", "pt")
    assert time.monotonic() - start < 5
    assert running.proc.returncode == -signal.SIGKILL


def test_a_child_that_never_gets_ready_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSLATE_ENGINE_TIMEOUT", "0.3")
    sleeper = [sys.executable, "-c", "import time; time.sleep(60)"]
    stuck = child.ChildModel(Path("unused"), Path("unused"), 1, argv=sleeper)
    with pytest.raises(child.ChildUnavailable, match="stopped answering"):
        stuck.translate(["Hello."])
    assert stuck.proc.returncode == -signal.SIGKILL


def test_the_child_ends_when_its_parent_dies() -> None:
    """The parent is killed while the child loads: the child finds its input closed and ends."""
    code = (
        "import sys\n"
        "from translate.engines import child\n"
        "from translate.engines.embedded import EmbeddedEngine\n"
        "child.enable(True)\n"
        "e = EmbeddedEngine(threads=1)\n"
        "e.preload('en', 'pt')\n"
        "print(child.get(e._models[('en', 'pt')][0]).pid, flush=True)\n"
        "import os, signal; os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert _gone(int(proc.stdout.split()[0]), within=30)


def test_the_child_ends_when_its_parent_dies_in_the_middle_of_a_batch() -> None:
    """The parent is killed while the child translates a long batch (a run past a timeout, the
    OOM killer): the child ends then, not after translating the rest for no one (the
    twenty-fifth pass's fuzzer found such children running for minutes)."""
    code = (
        "import sys, threading, time\n"
        "from translate.engines import child\n"
        "from translate.engines.embedded import EmbeddedEngine\n"
        "child.enable(True)\n"
        "e = EmbeddedEngine(threads=2)\n"
        "e.preload('en', 'pt')\n"
        "pid = child.get(e._models[('en', 'pt')][0]).pid\n"
        "batch = [f'The council met on day {i} and voted on item {i * 7}.' for i in range(40000)]\n"
        "threading.Thread(target=e.translate, args=(batch, 'en', 'pt'), daemon=True).start()\n"
        "def cpu():\n"
        "    fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()\n"
        "    return int(fields[11]) + int(fields[12])\n"
        "end = time.monotonic() + 90\n"
        "while cpu() < 100 and time.monotonic() < end:\n"  # a second of the child's CPU
        "    time.sleep(0.1)\n"
        "print(pid, flush=True)\n"
        "import os, signal; os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=180)  # fmt: skip
    assert proc.returncode == -signal.SIGKILL
    # 40,000 sentences are minutes of the model's time; the child ends long before
    assert _gone(int(proc.stdout.split()[0]), within=30)


def test_no_child_outside_a_one_shot_command() -> None:
    """Libraries, the HTTP service and the Ray runner keep the in-process engine."""
    child.enable(False)
    eng = EmbeddedEngine(threads=1)
    assert eng.preload_overlaps is False
    eng.close()


def _run(home: Path, out: Path, *extra: str, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys, translate.cli as c\n"
        "from translate.engines import child\n"
        "started = []\n"
        "init = child.ChildModel.__init__\n"
        "def spy(self, *a, **k):\n"
        "    init(self, *a, **k); started.append(self.pid)\n"
        "child.ChildModel.__init__ = spy\n"
        "c.setup_process()\n"
        "try:\n"
        "    c.cli(sys.argv[1:], prog_name='translate')\n"
        "finally:\n"
        "    print('CHILDREN', *started, file=sys.stderr)\n"
    )
    full = {**os.environ, "TRANSLATE_HOME": str(home), **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", code, *extra], capture_output=True, text=True, timeout=300,
        env=full,
    )  # fmt: skip


def _children(proc: subprocess.CompletedProcess[str]) -> list[int]:
    line = next(x for x in proc.stderr.splitlines() if x.startswith("CHILDREN"))
    return [int(p) for p in line.split()[1:]]


def _editions(folder: Path) -> dict[str, str]:
    found = {}
    for path in sorted(folder.iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            data = json.loads(text)
            data.get("stats", {}).pop("timings", None)
            text = json.dumps(data, sort_keys=True)
        found[path.name] = "\n".join(
            x for x in text.splitlines() if "created" not in x and "2026-" not in x
        )
    return found


def test_the_command_uses_a_child_and_writes_the_same_editions(tmp_path: Path) -> None:
    args = ["run", str(SEED), "--to", "pt-BR", "--format", "md,json,xliff,po", "--quiet"]
    with_child = _run(tmp_path / "h1", tmp_path, *args, "--out", str(tmp_path / "a"))
    assert with_child.returncode in (0, 9), with_child.stderr
    pids = _children(with_child)
    assert len(pids) == 1 and _gone(pids[0])
    without = _run(tmp_path / "h2", tmp_path, *args, "--out", str(tmp_path / "b"),
                   env={"TRANSLATE_PRELOAD": "0"})  # fmt: skip
    assert without.returncode == with_child.returncode, without.stderr
    assert _children(without) == []
    assert _editions(tmp_path / "a") == _editions(tmp_path / "b")
    # a second run of the same article: the MT cache serves it, no child is started
    again = _run(tmp_path / "h1", tmp_path, *args, "--out", str(tmp_path / "c"))
    assert again.returncode == with_child.returncode and _children(again) == []


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["run", "--help"],
        ["run", "missing.txt", "--to", "pt-BR"],
        ["run", str(SEED), "--to", "xx-NOPE"],
        ["run", str(SEED), "--to", "pt-BR", "--format", "docx"],
    ],
)
def test_no_child_when_no_engine_is_needed(tmp_path: Path, args: list[str]) -> None:
    proc = _run(tmp_path / "h", tmp_path, *args, "--out", str(tmp_path / "o"))
    assert _children(proc) == []
    if "--help" not in args:
        assert proc.returncode not in (0, 1), proc.stderr
        assert "Traceback" not in proc.stderr


def test_an_input_error_after_the_start_stops_the_child(tmp_path: Path) -> None:
    # the child starts before the inputs' names are compared (its load runs beside the
    # reader's import): two inputs whose editions would share a name are still one usage
    # error line (exit code 2), and the child started for them does not outlive the command
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copyfile(SEED, tmp_path / folder / "same.txt")
    proc = _run(tmp_path / "h", tmp_path, "run", str(tmp_path / "a" / "same.txt"),
                str(tmp_path / "b" / "same.txt"), "--to", "pt-BR", "--out",
                str(tmp_path / "o"))  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    errors = [x for x in proc.stderr.splitlines() if not x.startswith("CHILDREN")]
    assert len(errors) == 1 and errors[0].startswith("error[E002]: "), proc.stderr
    pids = _children(proc)
    assert len(pids) == 1 and _gone(pids[0])
    assert not (tmp_path / "o").exists()


def test_an_output_file_in_the_way_starts_no_child(tmp_path: Path) -> None:
    (tmp_path / "o").write_text("", encoding="utf-8")
    proc = _run(tmp_path / "h", tmp_path, "run", str(SEED), "--to", "pt-BR", "--out",
                str(tmp_path / "o"))  # fmt: skip
    assert proc.returncode == 6, proc.stderr
    assert _children(proc) == []
