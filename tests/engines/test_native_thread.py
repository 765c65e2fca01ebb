"""The embedded engine's native library crashed the process (SIGSEGV) once the thread that
first loaded it had ended and another thread allocated in it. The library is now loaded on a
thread that lives as long as the process, so background preloading is safe: a few rounds of
the stress run (tests/engines/preload_stress.py; a long run's output is kept in
benchmarks/results/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

STRESS = Path(__file__).with_name("preload_stress.py")


def test_preload_close_and_translate_from_any_thread_never_crash() -> None:
    proc = subprocess.run(
        [sys.executable, str(STRESS), "--rounds", "3", "--cycles", "6"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    assert "3/3 rounds clean" in proc.stdout


def test_the_library_is_loaded_by_a_thread_that_outlives_the_caller() -> None:
    """Asked for first off the main thread, the module comes from the long-lived host thread."""
    code = (
        "import threading\n"
        "from translate.engines import embedded\n"
        "box = []\n"
        "t = threading.Thread(target=lambda: box.append(embedded.native())); t.start(); t.join()\n"
        "hosts = [x for x in threading.enumerate() if x.name == 'fast-translate-host']\n"
        "assert box[0].__name__ == 'fast_translate._native', box\n"
        "assert len(hosts) == 1 and hosts[0].is_alive() and hosts[0].daemon\n"
        "assert embedded.native() is box[0]\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)  # fmt: skip
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


def test_on_the_main_thread_no_host_thread_is_started() -> None:
    code = (
        "import threading\n"
        "from translate.engines import embedded\n"
        "assert embedded.native().__name__ == 'fast_translate._native'\n"
        "print(sorted(t.name for t in threading.enumerate()))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "['MainThread']"


def test_the_native_module_alone_is_loaded_and_shared_with_the_package() -> None:
    """The engine loads the extension module without the package's own Python translator
    (SentencePiece, post-processing: imports it never uses); a later import of the package
    gets the very same module (a native module must not be initialised twice)."""
    code = (
        "import sys\n"
        "from translate.engines.embedded import EmbeddedEngine\n"
        "out = EmbeddedEngine(threads=1).translate(['Prices rose on Monday.'], 'en', 'pt')\n"
        "assert out and out[0].strip(), out\n"
        "unused = [m for m in ('fast_translate', 'fast_translate.runtime', 'sentencepiece')\n"
        "          if m in sys.modules]\n"
        "assert unused == [], unused\n"
        "native = sys.modules['fast_translate._native']\n"
        "from fast_translate import _native\n"
        "assert _native is native\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)  # fmt: skip
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]
