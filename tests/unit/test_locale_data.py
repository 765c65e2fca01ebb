"""Localization data in the locale profiles, ``translate locales``, and the numbers checker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate.check import CHECKERS, CheckContext, check_numbers, run_checks
from translate.cli import cli
from translate.errors import DataError
from translate.locales import _load_profile, load_profiles
from translate.model import Segment, TranslatedSegment


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[quotes]\nbegin = "“"\n', "unknown key(s) in [quotes]: begin"),
        ('[quotes]\nstart = "<<<"\n', "[quotes] start must be one quotation mark"),
        ('[label]\nmachine = "Done {nope}."\n', "[label] machine: bad placeholder"),
        ("quotes = 3\n", "[quotes] must be a table"),
    ],
    ids=["unknown-key", "long-mark", "bad-placeholder", "not-a-table"],
)
def test_bad_localization_tables_are_data_errors(tmp_path: Path, extra: str, message: str) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(f'tag = "pt-BR"\nlanguage = "pt"\n{extra}', encoding="utf-8")
    with pytest.raises(DataError) as info:
        _load_profile(path)
    assert message in info.value.message
    assert info.value.exit_code == 5


@pytest.mark.parametrize("tag", sorted(load_profiles()))
def test_every_profile_has_quotes_and_a_full_label(tag: str) -> None:
    profile = load_profiles()[tag]
    assert set(profile.label_templates) == {"machine", "partial", "reviewed", "copy", "details"}
    assert "{source}" in profile.label_templates["details"]
    assert "{engine}" in profile.label_templates["details"]
    quotes = profile.quotes
    assert len({quotes.start, quotes.end}) == 2 or quotes.start == quotes.end == '"'


def test_locales_list_json() -> None:
    result = CliRunner().invoke(cli, ["locales", "list", "--json"])
    assert result.exit_code == 0, result.stderr
    rows = {r["tag"]: r for r in json.loads(result.stdout)}
    assert rows["pt-BR"]["date"] == "26 de setembro de 2020"
    assert rows["pt-BR"]["samples"] == {
        "1,234.5": "1.234,5",
        "3.5 million": "3,5 milhões",
        "12.5%": "12,5%",
    }
    assert rows["fr"]["number"] == "1\u202f234,5"
    assert (rows["ar"]["direction"], rows["de"]["quotes"]) == ("rtl", "„…“ ‚…‘")


@pytest.mark.parametrize(("tag", "hint"), [("pt-XX", "pt-BR"), ("klingon", None)])
def test_locales_show_unknown(tag: str, hint: str | None) -> None:
    result = CliRunner().invoke(cli, ["locales", "show", tag])
    assert result.exit_code == 5
    assert result.stderr.startswith("error[E015]: unknown locale")
    if hint:
        assert hint in result.stderr


def test_numbers_checker_is_registered_and_attaches_findings() -> None:
    assert check_numbers in CHECKERS
    seg = TranslatedSegment(
        Segment("b0.s0", 0, 0, "It cost 1,234.5 dollars in 2020.", 0, 32, "en"),
        "Custou 1.235 dólares em 2020.",
    )
    found = run_checks([seg], CheckContext("en", "pt", "pt-BR"), [check_numbers])
    assert [(f.check, f.segment, f.source_span) for f in found] == [("numbers", "b0.s0", (8, 15))]
    assert seg.findings == found
