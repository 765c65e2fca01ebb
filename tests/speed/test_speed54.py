"""bench_pipeline.py --process (speed54): the headline keeps the library's collector settings;
``--process command`` also runs the pipeline under the translate command's (its first threshold
and ``gc.freeze()`` after the one-time loads) and prints that ratio beside the library's."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from bench_pipeline import _print_command, command_settings, library_settings  # noqa: E402

from translate.cli import GC_THRESHOLD  # noqa: E402


def test_command_settings_are_the_commands_and_the_librarys_come_back() -> None:
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    try:
        command_settings()
        assert gc.get_threshold() == (GC_THRESHOLD, *before[1:])
        assert gc.get_freeze_count() > 0  # the loads' objects are out of the generations
    finally:
        library_settings(before)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_command_ratio_is_printed_beside_the_librarys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # wall, CPU, main thread CPU, GC s per round; the floor's wall and CPU
    command = [(2.0, 4.0, 0.30, 0.001), (2.1, 4.1, 0.31, 0.001)]
    library = [(2.2, 4.2, 0.33, 0.100), (2.05, 4.1, 0.32, 0.008)]
    floors = [(1.8, 3.6), (1.9, 3.7)]
    _print_command(command, library, floors)
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("pipeline speed / bare engine"))
    # best runs: command 1.8 / 2.0, library (the headline's) 1.8 / 2.05
    assert re.findall(r"\d+\.\d+", line) == ["0.900", "0.878"]
    assert f"first threshold {GC_THRESHOLD}" in out
    assert out.count("\n| 1 |") == 1 and out.count("\n| 2 |") == 1


def test_the_option_defaults_to_the_library_and_refuses_other_names() -> None:
    shown = subprocess.run(
        [sys.executable, str(BENCH / "bench_pipeline.py"), "--help"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "--process {library,command}" in shown
    bad = subprocess.run(
        [sys.executable, str(BENCH / "bench_pipeline.py"), "--process", "serve"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert bad.returncode == 2
