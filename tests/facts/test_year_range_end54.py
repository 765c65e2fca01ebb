"""facts54: a range of years whose end the engine changed ("1974–76" written "1974–1977").

The number check reads a range's numbers one by one and takes a short end ("76") as kept when
its full year (1976) is anywhere in the target (``short_year_end_in``); the joined-number
check leaves ranges with an en dash to it. So a changed end passed whenever the other numbers
covered it: "1974–76 and 1975–77" written "1974–77 e 1975–76", or "entre 1974 e 1976 e em
1977" written "between 1974 and 1977 and in 1976". ``check_year_range_end`` reads the ranges
of years of both sides (dash, slash, ``[ranges] joins`` and ``between`` words) and holds a
range from the same first year to another last year as ``changed``; the right expansion
("1974-76" written "1974-1976" or "de 1974 a 1976") passes.
"""

from __future__ import annotations

import pytest

from translate.check import CheckContext, check_pair
from translate.facts import check_year_range_end, year_ranges
from translate.locales import get_profile
from translate.model import Segment, TranslatedSegment


def _findings(source: str, target: str, src: str, locale: str) -> list[tuple[str, str, str]]:
    return [(f.severity, str(f.data.get("kind")), f.message)
            for f in check_pair(source, target, src, locale).findings]  # fmt: skip


def _year_range_holds(source: str, target: str, src: str, locale: str) -> list[str]:
    return [m for sev, kind, m in _findings(source, target, src, locale)
            if sev == "error" and kind == "year-range"]  # fmt: skip


CHANGED = [
    ("He chaired it (1974-76).", "Ele presidiu-o (1974-1977).", "en", "pt-BR"),
    ("He chaired it (1974–76).", "Ele presidiu-o (1974–77).", "en", "pt-BR"),
    ("He chaired it (1974–76).", "Ele presidiu-o (1974 a 1977).", "en", "pt-PT"),
    ("He chaired it in 1974/75.", "Ele presidiu-o em 1974/76.", "en", "pt-BR"),
    ("Ele presidiu-o de 1974 a 76.", "He chaired it from 1974 to 1977.", "pt", "en"),
    ("Ele presidiu-o de 1974 a 76.", "He chaired it from 1974 to 77.", "pt", "en"),
    ("Ele presidiu-o (1974–76).", "He chaired it (1974–1977).", "pt", "en"),
]

# every number of the source is somewhere in the target: held by nothing on c16ce86f
SILENT = [
    ("He served 1974–76 and 1975–77.", "Ele serviu 1974–77 e 1975–76.", "en", "pt-BR"),
    ("Ele serviu entre 1974 e 1976 e em 1977.", "He served between 1974 and 1977 and in 1976.",
     "pt", "en"),
]

# both ends in full: the repair puts the source's end back (and says so); nothing wrong published
REPAIRED = [
    ("He chaired it from 1974 to 1976.", "Ele presidiu-o de 1974 a 1977.", "en", "pt-BR"),
    ("Ele presidiu-o entre 1974 e 1976.", "He chaired it between 1974 and 1977.", "pt", "en"),
]

RIGHT = [
    ("He chaired it (1974–76).", "Ele presidiu-o (1974-1976).", "en", "pt-BR"),
    ("He chaired it (1974-76).", "Ele presidiu-o (1974-1976).", "en", "pt-BR"),
    ("He chaired it (1974–76).", "Ele presidiu-o (1974–76).", "en", "pt-BR"),
    ("He chaired it in 1974/75.", "Ele presidiu-o em 1974/1975.", "en", "pt-BR"),
    ("They won the league in the 1992–93 season.", "Venceram a liga na temporada 1992-1993.",
     "en", "pt-PT"),
    ("He chaired it from 1974 to 1976.", "Ele presidiu-o de 1974 a 1976.", "en", "pt-BR"),
    ("Ele presidiu-o de 1974 a 1976.", "He chaired it from 1974 to 1976.", "pt", "en"),
    ("Ele presidiu-o entre 1974 e 1976.", "He chaired it between 1974 and 1976.", "pt", "en"),
    ("He served 1974–76 and 1974–80.", "Ele serviu 1974-1976 e 1974-1980.", "en", "pt-BR"),
]


@pytest.mark.parametrize(("source", "target", "src", "locale"), CHANGED + SILENT)
def test_a_changed_end_is_a_changed_finding(source: str, target: str, src: str,
                                            locale: str) -> None:
    held = _year_range_holds(source, target, src, locale)
    assert len(held) == 1 and "changed" in held[0]


@pytest.mark.parametrize(("source", "target", "src", "locale"), SILENT)
def test_a_changed_end_is_no_longer_published(source: str, target: str, src: str,
                                              locale: str) -> None:
    assert any(sev == "error" for sev, _, _ in _findings(source, target, src, locale))


@pytest.mark.parametrize(("source", "target", "src", "locale"), REPAIRED)
def test_a_full_end_is_put_back(source: str, target: str, src: str, locale: str) -> None:
    res = check_pair(source, target, src, locale)
    assert "1976" in res.text and "1977" not in res.text
    assert any(f.severity == "warning" and "1976" in f.message for f in res.findings)


@pytest.mark.parametrize(("source", "target", "src", "locale"), RIGHT)
def test_the_right_expansion_passes(source: str, target: str, src: str, locale: str) -> None:
    found = _findings(source, target, src, locale)
    assert [f for f in found if f[0] == "error"] == []
    assert check_year_range_end(_seg(source, target, src), _ctx(src, locale)) == []


def test_year_ranges_read_each_form() -> None:
    got = year_ranges("em 1974–76, de 1980 a 82, entre 1990 e 1995, 2019/20 e 1999-03", "pt")
    assert [r[2:] for r in got] == [(1974, 1976), (1980, 1982), (1990, 1995), (2019, 2020),
                                    (1999, 2003)]
    en = year_ranges("from 1974 to 76, between 1990 and 1995, 1974 - 1976", "en")
    assert [r[2:] for r in en] == [(1974, 1976), (1990, 1995), (1974, 1976)]
    # counts, not years: no range of years
    assert year_ranges("10-15 people, 1500-2000 km, 1.974-76, 3/4 and 2020/2/3", "en") == []


def _seg(source: str, target: str, src: str) -> TranslatedSegment:
    return TranslatedSegment(Segment("s0", 0, 0, source, 0, len(source), src), target)


def _ctx(src: str, locale: str) -> CheckContext:
    profile = get_profile(locale)
    return CheckContext(src, profile.language, locale=profile.tag)


def test_linear_on_20000_ranges() -> None:
    n = 20_000
    swapped = _seg("He served 1974–76 and 1975–77. " * n, "Ele serviu 1974–77 e 1975–76. " * n,
                   "en")
    found = check_year_range_end(swapped, _ctx("en", "pt-BR"))
    assert len(found) == 1 and found[0].data["kind"] == "year-range"
    right = _seg("De 1974 a 76, entre 1980 e 1982, 1990/91. " * n,
                 "From 1974 to 1976, between 1980 and 1982, 1990/1991. " * n, "pt")
    assert check_year_range_end(right, _ctx("pt", "en")) == []
    assert len(year_ranges("1974–76 " * n, "en")) == n
