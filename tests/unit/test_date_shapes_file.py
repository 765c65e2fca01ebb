"""translate/localize/date-shapes.json (scripts/date_shapes.py): the CLDR date patterns the
date finder reads without loading five more CLDR locales; current with the installed Babel,
and ignored (CLDR read as before, same answers) when it was written for another."""

from __future__ import annotations

import json
from pathlib import Path

import babel
import pytest

from translate.locales import get_locale, load_profiles
from translate.localize import dates


def test_the_file_holds_what_the_installed_babel_says() -> None:
    data = json.loads(dates.SHIPPED_SHAPES.read_text(encoding="utf-8"))
    hint = "run `python scripts/date_shapes.py` and commit translate/localize/date-shapes.json"
    assert data["babel"] == babel.__version__, hint
    assert data["skeletons"] == list(dates._SKELETONS), hint
    wanted = {*dates.SHAPE_LOCALES, *load_profiles()}
    assert wanted <= set(data["patterns"]), hint
    for locale_id, patterns in data["patterns"].items():
        locale = get_locale(locale_id)
        assert locale is not None
        assert patterns == dates._date_patterns(locale), (locale_id, hint)
    assert dates._shipped_shapes() == data["patterns"]


@pytest.mark.parametrize("change", ["babel", "skeletons", "garbage", "missing"])
def test_a_file_for_another_babel_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    data = json.loads(dates.SHIPPED_SHAPES.read_text(encoding="utf-8"))
    path = tmp_path / "date-shapes.json"
    if change == "babel":
        data["babel"] = "0.0"
    elif change == "skeletons":
        data["skeletons"] = ["yMd"]
    if change == "garbage":
        path.write_text("{not json", encoding="utf-8")
    elif change != "missing":
        data["patterns"]["en"] = ["MMMM y"]  # would change answers, were it used
        path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(dates, "SHIPPED_SHAPES", path)
    dates._shipped_shapes.cache_clear()
    try:
        assert dates._shipped_shapes() == {}
        en = get_locale("en")
        assert en is not None
        assert dates.shape_patterns("en") == dates._date_patterns(en)
        assert dates.shape_patterns("xx-nowhere") == []
    finally:
        dates._shipped_shapes.cache_clear()
