"""locales/languages/date-orders.toml (scripts/date_orders.py): the day-month orders each
language writes numeric dates in, as the installed Babel's CLDR data says."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from translate.langdata import load_file
from translate.localize.numeric_dates import ORDERS_FILE

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "date_orders.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("date_orders_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_file_is_what_the_installed_cldr_says() -> None:
    script = _script()
    assert script.OUT.read_text(encoding="utf-8") == script.render(), (
        "run `python scripts/date_orders.py` and commit locales/languages/date-orders.toml")


def test_the_file_reads_as_the_module_expects() -> None:
    orders = load_file(ORDERS_FILE)["orders"]
    assert orders["pt"] == ["DMY"]
    assert set(orders["en"]) >= {"DMY", "MDY"}
    assert all(set(v) <= {"DMY", "MDY", "YMD"} for v in orders.values())
