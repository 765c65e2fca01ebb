"""Installed in every child Python a test starts (this folder leads PYTHONPATH in tests): the
same network guard as the test process, so a subprocess cannot reach the network either."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

if os.environ.get("TRANSLATE_TEST_NETGUARD") == "1":
    _path = Path(__file__).resolve().parents[1] / "netguard.py"
    _spec = importlib.util.spec_from_file_location("_translate_test_netguard", _path)
    if _spec is None or _spec.loader is None:  # pragma: no cover - the file ships with the tests
        raise ImportError(f"network guard missing: {_path}")
    _module = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_module)
    _module.install()
