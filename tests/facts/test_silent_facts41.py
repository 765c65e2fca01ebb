"""facts41: probe38's silent and false facts, each a general rule.

* a number in words with its hundreds ("duzentos e cinqüenta", the pre-1990 spelling; "two
  hundred and fifty") is read whole, not as its first word ("two" = 2);
* an abbreviated month name inside a legal citation ("22 I&N Dec. 1381": volume, reporter,
  page) is no date, and the localizer leaves it as written;
* a date written in capitals ("DECEMBER 20, 2017") is read in a language that capitalizes its
  month names, and a rewritten date keeps its capitals;
* a section sign and its number ("§ 1º", "§ 4o.") must reach the target, as a rank does.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error"]  # fmt: skip


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("A multa é de duzentos e cinqüenta reais.", "The fine is two hundred and fifty reais."),
        ("A multa é de duzentos e cinquenta reais.", "The fine is two hundred fifty reais."),
        ("Foram trezentas pessoas.", "There were three hundred people."),
        ("Custou cento e dez reais.", "It cost one hundred and ten reais."),
    ],
)
def test_hundreds_in_words_are_read_whole(source: str, target: str, locale: str) -> None:
    assert _blocking(source, target, "pt", locale) == []


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_hundreds_in_words_en_to_pt(locale: str) -> None:
    assert _blocking("They paid two hundred and fifty dollars.",
                     "Eles pagaram duzentos e cinquenta dólares.", "en", locale) == []


def test_a_changed_hundred_still_blocks() -> None:
    assert _blocking("A multa é de duzentos e cinqüenta reais.",
                     "The fine is two hundred and forty reais.", "pt", "en-US")


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        # facts_real_holds' b036, b042 and sp071, held by the first cut: "hundred" alone and
        # "uma centena" carry the number the target writes
        ("For the next hundred years, they ate everything.",
         "Durante os próximos cem anos, eles comeram tudo.", "en", "pt-BR"),
        ("It is ringed by hundred-foot cliffs.", "É cercado por penhascos de cem pés.", "en",
         "pt-BR"),
        ("Uma centena de qubits pode representar muito.", "A hundred qubits can represent a lot.",
         "pt", "en-US"),
    ],
)
def test_a_word_that_carries_a_hundred(source: str, target: str, src: str, locale: str) -> None:
    assert _blocking(source, target, src, locale) == []


def test_percent_is_no_hundred() -> None:
    assert _blocking("Subiu cinco por cento.", "It rose five percent.", "pt", "en-US") == []


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_a_reporter_citation_is_no_date(locale: str) -> None:
    source = "See Matter of Alday, 22 I&N Dec. 1381 (BIA 2019)."
    target = "Veja Matter of Alday, 22 I&N Dec. 1381 (BIA 2019)."
    res = check_pair(source, target, "en", locale)
    assert res.text == target
    assert [f.message for f in res.findings if f.severity == "error"] == []


def test_a_day_and_an_abbreviated_month_are_still_a_date() -> None:
    res = check_pair("It closed on 22 Dec. 2019.", "Fechou em 22 Dec. 2019.", "en", "pt-BR")
    assert "dezembro" in res.text


@pytest.mark.parametrize(("locale", "shown"), [("en-US", "DECEMBER 20, 2017"),
                                               ("en-GB", "20 DECEMBER 2017")])
def test_a_date_in_capitals_is_read_and_kept_in_capitals(locale: str, shown: str) -> None:
    res = check_pair("20 DE DEZEMBRO DE 2017", "DECEMBER 20, 2017", "pt", locale)
    assert [f.message for f in res.findings if f.severity == "error"] == []
    assert res.text == shown


def test_a_changed_date_in_capitals_is_put_back_and_said() -> None:
    res = check_pair("20 DE DEZEMBRO DE 2017", "DECEMBER 21, 2017", "pt", "en-US")
    assert res.text == "DECEMBER 20, 2017"  # as a date in small letters is: repaired, warned
    assert any("DECEMBER 21, 2017" in f.message for f in res.findings)


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("§ 1º A qualquer tempo, o pedido poderá ser revisto.",
         "At any time, the request may be reviewed."),
        ("Conforme o § 4o., incisos 1 e II, da lei.",
         "According to paragraphs 1 and II of the law."),
    ],
)
def test_a_section_sign_dropped_blocks(source: str, target: str, locale: str) -> None:
    assert any("§" in m for m in _blocking(source, target, "pt", locale))


@pytest.mark.parametrize(
    "target",
    ["§ 1 At any time, the request may be reviewed.",
     "Paragraph 1. At any time, the request may be reviewed.",
     "§ 1º At any time, the request may be reviewed."],
)
def test_a_section_kept_passes(target: str) -> None:
    assert _blocking("§ 1º A qualquer tempo, o pedido poderá ser revisto.", target, "pt",
                     "en-US") == []
