"""facts42: silent wrong facts the facts docs listed as left, each a general rule.

* a number of thousands in words ("mil e duzentos", "três mil", "two thousand five hundred")
  is read whole: written "200", "1,000" or "three" it is held; written "1,200" or "mil e
  duzentos" for "1,200" it passes (main held "mil e duzentas" for "1,200" as a number lost);
* a range whose two ends the target writes side by side ("1990–95" as "1990 95", "from 1990
  to 1995" as "de 1990 1995", a score "3-1" as "3 1") has lost what joins them;
* a birth said in brackets ("(born 1879 in Ulm)", "(nascido em Ulm)") that the source does not
  state is a date or a place the engine added.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error"]  # fmt: skip


# --- thousands in words -------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize(
    "target",
    [
        "The club paid 200 euros for the player.",  # the thousand lost
        "The club paid 1,000 euros for the player.",  # the hundreds lost
        "The club paid 1,000 and 200 euros for the player.",
    ],
)
def test_thousands_in_words_changed_are_held(target: str, locale: str) -> None:
    assert _blocking("O clube pagou mil e duzentos euros pelo jogador.", target, "pt", locale)


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_thousands_in_words_dropped_to_a_word_is_held(locale: str) -> None:
    assert _blocking("Cerca de três mil pessoas protestaram.",
                     "About three people protested.", "pt", locale)


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_thousand_written_as_another_is_held(locale: str) -> None:
    assert _blocking("About two thousand people protested.",
                     "Cerca de mil pessoas protestaram.", "en", locale)


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("About 1,200 people protested.", "Cerca de mil e duzentas pessoas protestaram."),
        ("About 3,000 people protested.", "Cerca de três mil pessoas protestaram."),
        ("About 2,500 people protested.", "Cerca de duas mil e quinhentas pessoas protestaram."),
    ],
)
def test_thousands_written_in_words_pass(source: str, target: str, locale: str) -> None:
    assert _blocking(source, target, "en", locale) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("O clube pagou mil e duzentos euros pelo jogador.",
         "The club paid 1,200 euros for the player."),
        ("O clube pagou mil e duzentos euros pelo jogador.",
         "The club paid one thousand two hundred euros for the player."),
        ("Cerca de três mil pessoas protestaram.", "About 3,000 people protested."),
        ("Cerca de 1.200 pessoas protestaram.", "About one thousand two hundred people protested."),
    ],
)
def test_thousands_kept_pass(source: str, target: str) -> None:
    assert _blocking(source, target, "pt", "en-US") == []


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("The budget is 5,000 million euros.", "O orçamento é de 5 mil milhões de euros.", "en",
         "pt-PT"),
        ("They raised R$ 22 mil in a day.", "Arrecadaram R$ 22 mil num dia.", "en", "pt-BR"),
        ("A thousand people came.", "Mil pessoas vieram.", "en", "pt-BR"),
        ("Thousands of people came.", "Milhares de pessoas vieram.", "en", "pt-BR"),
        # facts_real_holds' h197, held by the first cut: a thousand in a compound adjective
        ("It is a two thousand-year story.", "É uma história de dois mil anos.", "en", "pt-BR"),
    ],
)
def test_thousand_words_guards(source: str, target: str, src: str, locale: str) -> None:
    assert _blocking(source, target, src, locale) == []


def test_a_changed_thousand_in_words_still_blocks() -> None:
    assert _blocking("They paid 1,200 dollars.", "Eles pagaram mil e trezentos dólares.", "en",
                     "pt-BR")


# --- a range run together -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Prices rose 10–15% last year.", "Os preços subiram 10 15% no ano passado.", "en",
         "pt-BR"),
        ("He was mayor in 1990–95.", "Ele foi prefeito em 1990 95.", "en", "pt-BR"),
        ("He was mayor in 1990–95.", "Ele foi presidente da câmara em 1990 1995.", "en",
         "pt-PT"),
        ("It lasted from 1990 to 1995.", "Durou de 1990 1995.", "en", "pt-BR"),
        ("O Porto venceu por 3-1.", "Porto won 3 1.", "pt", "en-US"),
        ("O período de 1990 a 1995 foi longo.", "The period 1990 1995 was long.", "pt", "en-GB"),
    ],
)
def test_a_range_run_together_is_held(source: str, target: str, src: str, locale: str) -> None:
    found = _blocking(source, target, src, locale)
    assert any("what joins its ends is lost" in f for f in found)


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Prices rose 10–15% last year.", "Os preços subiram 10–15% no ano passado.", "en",
         "pt-BR"),
        ("Prices rose 10–15% last year.", "Os preços subiram de 10 a 15% no ano passado.", "en",
         "pt-BR"),
        ("He was mayor in 1990–95.", "Ele foi prefeito em 1990-1995.", "en", "pt-BR"),
        ("O Porto venceu por 3-1.", "Porto won 3-1.", "pt", "en-US"),
        ("It happened on 2020-01-05 at 10 15 Main St.", "Aconteceu em 2020-01-05.", "en",
         "pt-BR"),
        ("Call 555-0199 now.", "Ligue para 555-0199 agora.", "en", "pt-BR"),
    ],
)
def test_a_range_kept_passes(source: str, target: str, src: str, locale: str) -> None:
    found = _blocking(source, target, src, locale)
    assert not any("what joins its ends is lost" in f for f in found)


# --- a birth the engine adds --------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Einstein visited the city.", "Einstein (nascido em Ulm) visitou a cidade.", "en",
         "pt-BR"),
        ("Einstein visited the city.", "Einstein (nascido em 1879) visitou a cidade.", "en",
         "pt-PT"),
        ("Einstein visitou a cidade.", "Einstein (born in Ulm) visited the city.", "pt", "en-US"),
        ("Einstein visitou a cidade em 1879.", "Einstein (born 1879) visited the city.", "pt",
         "en-GB"),
    ],
)
def test_an_invented_birth_is_held(source: str, target: str, src: str, locale: str) -> None:
    found = _blocking(source, target, src, locale)
    assert any("a birth the source does not state" in f for f in found)


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Einstein (born 1879 in Ulm) visited the city.",
         "Einstein (nascido em 1879 em Ulm) visitou a cidade.", "en", "pt-BR"),
        ("Einstein, a native of Ulm, visited.", "Einstein (natural de Ulm) visitou.", "en",
         "pt-BR"),
        ("Einstein (nascido em Ulm) visitou a cidade.", "Einstein (born in Ulm) visited the city.",
         "pt", "en-US"),
        ("Einstein (physicist) visited the city.", "Einstein (físico) visitou a cidade.", "en",
         "pt-BR"),
    ],
)
def test_a_stated_birth_passes(source: str, target: str, src: str, locale: str) -> None:
    found = _blocking(source, target, src, locale)
    assert not any("a birth the source does not state" in f for f in found)
