"""facts40: three silent wrong facts of probe37's sweep, each a general rule.

- *A clock time written without its colon* ("702 PM CDT", the style of US weather bulletins) is
  read as a time by its day period (``_TIME_RUN``): the engine's "702 CDT" (the period dropped,
  nws-pns b0.s0) is held; "19:02" for it is right (it was held as a number lost).
- *A rank's sign made a stray letter* ("Dallas County Tornado # 1" -> "... Tornado s 1",
  nws-pns b3.s0): a rank's number right after a lone letter that is no word of the target's
  language (``[ranks] letter_words``) is not the rank kept.
- *A band of tens that is a measure written as a decade* ("highs in the mid 80s" -> "meados dos
  anos 80", nws-afd b4.s0, b6.s4, b15.s5): a qualifier ("mid", "low to mid") or a possessive
  before the tens, a temperature or age word in the sentence (``[decades] band_measures``).

The guards check that what is right stays unheld: the time kept in any form, a rank kept with or
without a sign, a decade said as a decade, a band of degrees written as degrees.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _kinds(source: str, target: str, locale: str = "pt-BR", lang: str = "en") -> list[str]:
    found = check_pair(source, target, lang, locale).blocking
    return [str((f.data or {}).get("kind")) for f in found]


# --- a clock time without its colon ------------------------------------------------------------

_BULLETIN = "National Weather Service Fort Worth TX, 702 PM CDT Fri Mar 17 2023"


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_time_run_with_its_period_dropped_is_held(locale: str) -> None:
    target = "Serviço Nacional de Meteorologia Fort Worth TX, 702 CDT Sex 17 de março de 2023"
    assert "time" in _kinds(_BULLETIN, target, locale)


def test_time_run_with_minutes_changed_is_held() -> None:
    assert "time" in _kinds("The warning expires at 1015 AM.", "O aviso expira às 10:51.")


def test_time_with_colon_and_period_dropped_is_held() -> None:
    assert "time" in _kinds("The storm hit at 7:02 PM CDT.", "A tempestade atingiu às 702 CDT.")


@pytest.mark.parametrize("target", [
    "A tempestade atingiu às 19:02 CDT.",
    "A tempestade atingiu às 19h02 CDT.",
    "A tempestade atingiu às 702 PM CDT.",
    "A tempestade atingiu às 7:02 PM CDT.",
])
def test_time_run_kept_in_any_form_is_not_held(target: str) -> None:
    assert _kinds("The storm hit at 702 PM CDT.", target) == []


def test_a_plain_number_is_no_time() -> None:
    # no day period: "702" stays a number, read by the number check
    assert "time" not in _kinds("The county has 702 shelters.", "O condado tem 702 abrigos.")


# --- a rank's sign made a stray letter --------------------------------------------------------


@pytest.mark.parametrize("source", ["Dallas County Tornado # 1", "The song was #1 for weeks."])
def test_rank_sign_made_a_stray_letter_is_held(source: str) -> None:
    target = ("Tornado do Condado de Dallas s 1" if "Tornado" in source
              else "A canção foi s 1 durante semanas.")  # fmt: skip
    assert "rank-garbled" in _kinds(source, target)


def test_rank_sign_made_a_stray_letter_in_english_is_held() -> None:
    kinds = _kinds("O tornado nº 3 atingiu Dallas.", "Tornado s 3 hit Dallas.", "en-US", "pt")
    assert "rank-garbled" in kinds


@pytest.mark.parametrize("target", [
    "Tornado do Condado de Dallas nº 1",
    "Tornado do Condado de Dallas # 1",
    "Tornado do Condado de Dallas 1",
    "O Tornado 1 do Condado de Dallas",
    "Tornado do Condado de Dallas número 1",
])
def test_rank_kept_is_not_held(target: str) -> None:
    assert _kinds("Dallas County Tornado # 1", target) == []


def test_the_sources_own_letter_is_not_a_garbled_sign() -> None:
    # the source writes the letter before the number itself: "Grade A 1" kept as written
    kinds = _kinds("Lot #1 is Grade A 1 beef.", "O lote nº 1 é carne Grade A 1.")
    assert "rank-garbled" not in kinds


# --- a band of tens that is a measure, written as a decade ------------------------------------


@pytest.mark.parametrize("source,target", [
    ("Highs today will easily reach into the middle 80s areawide.",
     "As máximas de hoje chegarão facilmente a meados dos anos 80 em toda a área."),
    ("Temperatures will cool with highs falling into the low to mid 70s each day.",
     "As temperaturas esfriarão com máximas caindo para o baixo a meados dos anos 70 a cada dia."),
    ("She is in her early 80s and still runs the farm.",
     "Ela está nos anos 80 e ainda dirige a fazenda."),
    ("Readings peak in the upper 90s on Thursday.",
     "As leituras atingem a década de 90 na quinta."),
    # set R's r113: the possessive lost, "the mid-1950s" is what the reader gets
    ("Despite the paucity of roles for women in their mid-50s, the actress was calm.",
     "Apesar da escassez de papéis para as mulheres em meados dos anos 50, a atriz estava calma."),
])
def test_measure_band_written_as_decade_is_held(source: str, target: str) -> None:
    assert "band-as-decade" in _kinds(source, target)


@pytest.mark.parametrize("source,target", [
    # a decade said as a decade: no measure word
    ("The band was popular in the mid 80s.", "A banda era popular em meados dos anos 80."),
    # the band of degrees written as degrees
    ("Highs in the mid 80s.", "Máximas em torno de 85 graus."),
    ("Highs in the mid 80s.", "Máximas na casa dos 80."),
    # an age written as an age
    ("She is in her early 80s.", "Ela tem pouco mais de 80 anos."),
    # an age whose possessive the target keeps (sets AF's af031, W's w082: calques, read as ages)
    ("As a young man in my 20s, I didn't enjoy the stress.",
     "Como um jovem na minha década de 20, eu não gostei do estresse."),
    ("In 2009, Matie, then in his late 20s, trundled up.",
     "Em 2009, Matie, em seguida, em seu final dos anos 20, rasgou até."),
])
def test_decade_or_measure_kept_is_not_held(source: str, target: str) -> None:
    assert "band-as-decade" not in _kinds(source, target)


# --- a word sense made its inverse (``[senses]``: borrow / lend) ------------------------------


@pytest.mark.parametrize("source,target,lang,locale", [
    # probe37's fomc-statement-19941115 b4.s1
    ("Depository institutions pay the discount rate when they borrow from their district Federal "
     "Reserve banks.",
     "As instituições depositárias pagam a taxa de desconto quando emprestam de seus bancos "
     "distritais do Federal Reserve.", "en", "pt-BR"),
    ("Cardholders looking to borrow up to £5,000 pay 3%.",
     "Os titulares que procuram emprestar até 5.000 libras pagam 3%.", "en", "pt-PT"),
    ("Os bancos emprestam dinheiro às empresas.", "Banks borrow money from companies.", "pt",
     "en-US"),
    ("The bank will lend the city $2 million.",
     "O banco vai pedir emprestado US$ 2 milhões à cidade.", "en", "pt-BR"),
])
def test_inverse_sense_is_held(source: str, target: str, lang: str, locale: str) -> None:
    assert "sense-inverted" in _kinds(source, target, locale, lang)


@pytest.mark.parametrize("source,target,lang,locale", [
    ("They borrow from the banks.", "Eles pedem emprestado aos bancos.", "en", "pt-BR"),
    ("They borrowed $5 million.", "Eles tomaram um empréstimo de US$ 5 milhões.", "en", "pt-BR"),
    ("Borrowing costs rose.", "Os custos de empréstimo subiram.", "en", "pt-BR"),
    ("Banks lend to those who borrow.", "Os bancos emprestam a quem pede emprestado.", "en",
     "pt-BR"),
    ("Os bancos emprestam dinheiro às empresas.", "Banks lend money to companies.", "pt", "en-US"),
    ("Eles pediram emprestado ao banco.", "They borrowed from the bank.", "pt", "en-US"),
])
def test_sense_kept_is_not_held(source: str, target: str, lang: str, locale: str) -> None:
    assert "sense-inverted" not in _kinds(source, target, locale, lang)
