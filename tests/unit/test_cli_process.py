"""translate.cli.setup_process: what the command sets for its own process changes no answer."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

_ZONES = (
    "import json, pytz\n"
    "print(json.dumps([sorted(pytz.all_timezones), sorted(pytz.common_timezones)]))"
)


def _zones(env: dict[str, str]) -> list[list[str]]:
    out = subprocess.run(
        [sys.executable, "-c", _ZONES], capture_output=True, text=True, check=True,
        env=env, timeout=120,
    )
    return list(json.loads(out.stdout))


def test_pytz_lists_the_same_zones_without_opening_each_file() -> None:
    pytest.importorskip("pytz")
    import os

    base = {k: v for k, v in os.environ.items() if k != "PYTZ_SKIPEXISTSCHECK"}
    checked = _zones(base)
    skipped = _zones({**base, "PYTZ_SKIPEXISTSCHECK": "1"})
    assert len(checked[0]) > 400
    assert skipped == checked


def test_setup_process_leaves_a_users_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from translate.cli import GC_THRESHOLD, setup_process

    before = gc.get_threshold()
    monkeypatch.setenv("PYTZ_SKIPEXISTSCHECK", "")
    try:
        setup_process()
        assert gc.get_threshold()[0] == GC_THRESHOLD
        import os

        assert os.environ["PYTZ_SKIPEXISTSCHECK"] == ""
        monkeypatch.delenv("PYTZ_SKIPEXISTSCHECK")
        setup_process()
        assert os.environ["PYTZ_SKIPEXISTSCHECK"] == "1"
    finally:
        gc.set_threshold(*before)
