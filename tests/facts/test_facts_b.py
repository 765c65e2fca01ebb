"""The facts the number check does not read as quantities (translate/facts.py): each blocking
check catches a changed fact and leaves real correct translations alone.

The correct pairs are real: English news sentences with the embedded engine's Portuguese
output (benchmarks/data/facts_heldout.jsonl, the development set) or the engine's output
rewritten the way a Portuguese editor writes it (24-hour times, digits for number words).
"""

from __future__ import annotations

import pytest

from translate.check import PairResult, check_pair
from translate.facts import codes_in, digit_strings, number_words, scaled_in, times_in

COVID = (
    "The city's morgues can only handle so much before temporary burials for Covid-19 victims, "
    "once an absolute worst-case scenario, become necessary.",
    "Os morgues da cidade só podem lidar tanto antes de sepultamento temporário para as "
    "vítimas de Covid-19, uma vez que um cenário absoluto pior caso, se tornar necessário.",
)
PHONE = (
    "How to get help: In the US, call the National Suicide Prevention Lifeline at 1-800-273-8255.",
    "Como obter ajuda: Nos EUA, chame a Linha de Vida Nacional de Prevenção de Suicídios em "
    "1-800-273-8255.",
)
SIX_PM = (
    "The first-stage alert began at 6 p.m., when California ISO’s operating reserves stood at "
    "12 percent, said David Marcus.",
    "O alerta de primeiro estágio começou às 18h, quando as reservas operacionais da "
    "Califórnia, em 12 por cento, disse David Marcus.",
)
SIX_25 = (
    "The second stage began at 6:25 p.m., when its operating reserves stood at 9.59 percent.",
    "A segunda fase começou às 18h25, quando suas reservas operacionais ficaram em 9,59 por "
    "cento.",
)
FDIC = (
    "USD balances are FDIC insured (up to $250k). | 2FA via SMS or Google Authenticator app.",
    "Os saldos de USD são segurados pela FDIC (até $250k). | 2FA via SMS ou aplicativo Google "
    "Authenticator.",
)
RTX = (
    "Best Buy currently lists RTX 3080s from Nvidia, Gigabyte, MSI, Asus, PNY and EVGA.",
    "Best Buy atualmente lista RTX 3080s da Nvidia, Gigabyte, MSI, Asus, PNY e EVGA.",
)
BLACKOUTS = (
    "“This should not have triggered blackouts.” The California Independent System Operator, "
    "the nonprofit entity that controls the flow of electricity for 80 percent of California, "
    "said it acted after three power plants shut down and wind power production dropped.",
    "“Isso não deveria ter provocado apagões.” O California Independent System Operator, "
    "entidade sem fins lucrativos que controla o fluxo de eletricidade para 80 por cento da "
    "Califórnia, disse que agiu depois que três usinas de energia fecharam e a produção de "
    "energia eólica caiu.",
)
QUOTES = (
    '"Especially in this community." "It\'s like 60% black they\'re saying," King said.',
    '"Especialmente nesta comunidade". "É como 60% de preto que eles estão dizendo", disse King.',
)


def _blocking(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).blocking]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize("pair", [COVID, PHONE, SIX_PM, SIX_25, FDIC, RTX, BLACKOUTS, QUOTES])
def test_real_correct_translations_are_not_held(pair: tuple[str, str], locale: str) -> None:
    assert _blocking(*pair, locale=locale) == []


@pytest.mark.parametrize(
    ("pair", "old", "new", "says"),
    [
        (COVID, "Covid-19", "Covid-12", "'Covid-19' changed"),
        (RTX, "3080s", "3083s", "'3080s' changed"),
        (PHONE, "1-800-273-8255", "1-803-273-8255", "digit for digit"),
        (SIX_PM, "18h", "16h", "changed"),
        (SIX_25, "18h25", "18h30", "changed"),
        (SIX_25, "18h25", "6h25", "changed"),  # 6:25 p.m. is not 06:25
        (FDIC, "$250k", "£250k", "currency"),
        (FDIC, "$250k", "US$ 25.000", "not found"),  # no scale word to rewrite: held
    ],
)
def test_a_changed_fact_is_blocking(pair: tuple[str, str], old: str, new: str, says: str) -> None:
    source, target = pair
    assert old in target
    found = _blocking(source, target.replace(old, new, 1))
    assert any(says in m for m in found), found


def test_a_time_may_be_written_any_correct_way() -> None:
    source = "Rocket Pass 4 will begin at 10:00 a.m. PDT (5 p.m. UTC) on August 28."
    for target in (
        "Rocket Pass 4 começará às 10:00 a.m. PDT (5 p.m. UTC) em 28 de agosto.",
        "Rocket Pass 4 começará às 10h PDT (17h UTC) em 28 de agosto.",
        "Rocket Pass 4 começará às 10h00 PDT (17:00 UTC) em 28 de agosto.",
        "Rocket Pass 4 começará às 10 da manhã PDT (5 da tarde UTC) em 28 de agosto.",
    ):
        assert _blocking(source, target) == [], target
    wrong = "Rocket Pass 4 começará às 10:00 p.m. PDT (5 p.m. UTC) em 28 de agosto."
    assert any("changed" in m for m in _blocking(source, wrong))


def test_a_day_period_that_contradicts_the_hour_is_blocking() -> None:
    source = "The sky went dark around 3:15 PM yesterday."
    assert _blocking(source, "O céu escureceu por volta das 15h15 de ontem.") == []
    assert _blocking(source, "O céu escureceu por volta das 3h15 da tarde de ontem.") == []
    found = _blocking(source, "O céu escureceu por volta das 15:15 da manhã de ontem.")
    assert any("part of the day" in m for m in found), found


def test_short_scales_are_read_by_value() -> None:
    source = "Microsoft will invest $1.2bn over the next four years."
    ok = ["A Microsoft investirá US$ 1,2 bilhão nos próximos quatro anos.",
          "A Microsoft investirá US$ 1,2 bi nos próximos 4 anos.",
          "A Microsoft investirá $1.2bn nos próximos quatro anos."]  # fmt: skip
    for target in ok:
        assert _blocking(source, target) == [], target
    # the currency changed: held ("1,2 milhão" for "$1.2bn" is rewritten: the test below)
    assert _blocking(source, "A Microsoft investirá € 1,2 bilhão nos próximos quatro anos.")
    # "m" without a currency may be metres: the bare value counts, another scale does not
    assert _blocking("The wall is 5m high.", "O muro tem 5 m de altura.") == []
    assert _blocking("Outages hit 1.4m people.", "Apagões atingiram 1,4 milhão de pessoas.") == []
    assert _blocking("Outages hit 1.4m people.", "Apagões atingiram 1,4 bilhão de pessoas.")


# A glued amount ("$1.2bn", "$250k") is treated exactly as the same amount spelled out ("$1.2
# billion", "$250 thousand"): where the engine changed its scale word, the localize stage writes
# the source's value the target's way and says so in a warning; where it cannot (no scale word
# in the target, another currency), the edition is held. Each case is run in both forms.
MICROSOFT = ("Microsoft will invest {} over the next four years.",
             "A Microsoft investirá {} nos próximos quatro anos.")  # fmt: skip
FDIC_CAP = ("USD balances are FDIC insured (up to {}). | 2FA via SMS or Google Authenticator app.",
            "Os saldos de USD são segurados pela FDIC (até {}). | 2FA via SMS ou aplicativo "
            "Google Authenticator.")  # fmt: skip
TWINS = {"$1.2bn": "$1.2 billion", "$250k": "$250 thousand"}


def _both_forms(frame: tuple[str, str], glued: str, engine: str, locale: str) -> list[PairResult]:
    return [check_pair(frame[0].format(amount), frame[1].format(engine), "en", locale)
            for amount in (glued, TWINS[glued])]  # fmt: skip


@pytest.mark.parametrize(("frame", "glued", "engine", "locale", "written"), [
    (MICROSOFT, "$1.2bn", "US$ 1,2 milhão", "pt-BR", "US$ 1,2 bilhão"),
    (MICROSOFT, "$1.2bn", "US$ 1,2 milhão", "pt-PT", "US$ 1,2 mil milhões"),
    (MICROSOFT, "$1.2bn", "US$ 1,2 trilhão", "pt-BR", "US$ 1,2 bilhão"),
    (FDIC_CAP, "$250k", "US$ 25 mil", "pt-BR", "US$ 250 mil"),
    (FDIC_CAP, "$250k", "US$ 2,5 milhões", "pt-BR", "US$ 250 mil"),
])
def test_a_glued_amount_with_a_changed_scale_is_repaired_as_its_spelled_out_twin(
    frame: tuple[str, str], glued: str, engine: str, locale: str, written: str
) -> None:
    """A glued "$1.2bn" written "US$ 1,2 milhão" is published as "US$ 1,2 bilhão", the source's
    value, with a warning naming the repair: the outcome of "$1.2 billion" written the same."""
    outcomes = []
    forms = (glued, TWINS[glued])
    for amount, result in zip(forms, _both_forms(frame, glued, engine, locale), strict=True):
        assert result.blocking == [], [f.message for f in result.findings]
        assert result.text == frame[1].format(written)
        engine_number, written_number = engine.split(" ", 1)[1], written.split(" ", 1)[1]
        assert [f.message for f in result.findings] == [
            f"the engine wrote {engine_number!r} for {amount[1:]!r}; replaced with "
            f"{written_number!r}: check the sentence"]  # fmt: skip
        assert [f.data for f in result.findings] == [
            {"engine": engine_number, "localized": written_number}]  # fmt: skip
        outcomes.append((result.text, [(f.check, f.severity, f.data) for f in result.findings]))
    assert outcomes[0] == outcomes[1]


@pytest.mark.parametrize(("frame", "glued", "engine", "says"), [
    (MICROSOFT, "$1.2bn", "€ 1,2 bilhão", "the currency changed"),
    (MICROSOFT, "$1.2bn", "US$ 2,1 bilhões", "not found"),
    (FDIC_CAP, "$250k", "US$ 25.000", "not found"),
    (FDIC_CAP, "$250k", "£250 mil", "the currency changed"),
])
def test_a_glued_amount_that_cannot_be_rewritten_is_held_as_its_spelled_out_twin(
    frame: tuple[str, str], glued: str, engine: str, says: str
) -> None:
    for result in _both_forms(frame, glued, engine, "pt-BR"):
        assert result.text == frame[1].format(engine)  # nothing rewritten
        assert any(says in f.message for f in result.blocking), [
            f.message for f in result.findings]  # fmt: skip


@pytest.mark.parametrize(("frame", "glued", "engine", "locale"), [
    (MICROSOFT, "$1.2bn", "US$ 1,2 bilhão", "pt-BR"),
    (MICROSOFT, "$1.2bn", "1,2 bilhão de dólares", "pt-BR"),
    (MICROSOFT, "$1.2bn", "US$ 1,2 mil milhões", "pt-PT"),
    (FDIC_CAP, "$250k", "US$ 250 mil", "pt-BR"),
    (FDIC_CAP, "$250k", "US$ 250.000", "pt-BR"),
    (FDIC_CAP, "$250k", "250 mil dólares", "pt-PT"),
])
def test_a_right_glued_amount_is_left_alone(
    frame: tuple[str, str], glued: str, engine: str, locale: str
) -> None:
    """A repair never touches a value the engine wrote right, in either form."""
    for result in _both_forms(frame, glued, engine, locale):
        assert result.text == frame[1].format(engine)
        assert result.findings == [], [f.message for f in result.findings]


def test_a_right_glued_amount_beside_other_amounts_is_left_alone() -> None:
    for source, target in [
        ("The $5m fund will help 1.4m people.",
         "O fundo ajudará 1,4 milhão de pessoas com US$ 5 milhões."),
        ("Tesla sold 1,000 cars for $50k each.", "A Tesla vendeu mil carros por US$ 50 mil cada."),
        ("Its value fell 5% to $1.2bn.", "Seu valor caiu 5%, para 1,2 bilhão de dólares."),
        ("The deal, worth $2bn, closed in 2021.",
         "O acordo, no valor de 2 mil milhões de dólares, foi fechado em 2021."),
    ]:  # fmt: skip
        locale = "pt-PT" if "mil milhões" in target else "pt-BR"
        result = check_pair(source, target, "en", locale)
        assert result.text == target
        assert not [f for f in result.findings if f.severity != "info"], [
            f.message for f in result.findings]  # fmt: skip


def test_number_words_keep_their_value() -> None:
    source = "Coal has been in a slow-motion death spiral over the past ten years."
    assert _blocking(source, "O carvão está em espiral de morte nos últimos dez anos.") == []
    assert _blocking(source, "O carvão está em espiral de morte nos últimos 10 anos.") == []
    assert _blocking(source, "O carvão está em espiral de morte na última década.") == []
    found = _blocking(source, "O carvão está em espiral de morte nos últimos onze anos.")
    assert any("'ten' (10) changed" in m for m in found), found
    # "both" written "os dois" is not a changed number
    both = ("Both men, aged 30, were held.", "Os dois homens, de 30 anos, foram presos.")
    assert _blocking(*both) == []


def test_a_dropped_sentence_is_blocking_and_a_joined_one_is_not() -> None:
    source, target = BLACKOUTS
    lost = target.split("” ", 1)[1]
    found = _blocking(source, lost)
    assert any("seems lost" in m for m in found), found
    joined = target.replace(".” O California", "”, e o California")
    assert _blocking(source, joined) == []


def test_finders() -> None:
    assert [c.text for c in codes_in("the G7, F-35, 5G, Windows 11, 3rd, 1980s, mid-2019")] == [
        "G7", "F-35", "5G", "1980s"]  # fmt: skip
    assert [d for *_, d in digit_strings("ISBN 978-3-16-148410-0, 2019-2020, 1,234,567")] == [
        "9783161484100"
    ]
    assert [sorted(t.values) for t in times_in("at 11h25 or 23:25", ["pt"])] == [[685], [1405]]
    assert [int(s.value) for s in scaled_in("£3.5mn and $2bn", "en")] == [3500000, 2000000000]
    assert [v for *_, v in number_words("dezesseis ou dezasseis", "pt")] == [16, 16]


@pytest.mark.parametrize(
    ("source", "right", "wrong"),
    [
        ("Liverpool won 2-1 on Sunday.", "O Liverpool venceu por 2 a 1 no domingo.",
         "O Liverpool venceu por 3-1 no domingo."),
        ("Between 2011-12 and 2017-18 contracts declined.",
         "Entre 2011-2012 e 2017-18 os contratos diminuíram.",
         "Entre 2011-13 e 2017-18 os contratos diminuíram."),
        ("About 3/4 of voters agreed.", "Cerca de 3/4 dos eleitores concordaram.",
         "Cerca de 3/5 dos eleitores concordaram."),
        ("Temperatures fell to -12C overnight.", "As temperaturas caíram para -12C à noite.",
         "As temperaturas caíram para 12C à noite."),
        ("It was minus 5 degrees.", "Fazia 5 graus negativos.", "Fazia 5 graus."),
        ("He finished 3rd in the race.", "Ele terminou em 3.º lugar na corrida.",
         "Ele terminou em 4.º lugar na corrida."),
        ("He finished 3rd in the race.", "Ele terminou em terceiro lugar na corrida.",
         "Ele terminou em 4º lugar na corrida."),
    ],
)  # fmt: skip
def test_scores_spans_fractions_signs_ordinals(source: str, right: str, wrong: str) -> None:
    assert _blocking(source, right) == []
    assert _blocking(source, wrong)


def test_real_sentences_with_joined_numbers_are_not_held() -> None:
    # development-set and page sentences: ranges, centuries, decades, ratings, dates
    for source, target in [
        ("In the 1990s, Nagel served on the protection detail.",
         "Na década de 1990, Nagel serviu no detalhe de proteção."),
        ("For a half century in the late 19th and early 20th centuries, Redonda bustled.",
         "Durante meio século no final do século XIX e início do século XX, Redonda agitou-se."),
        ("Fires release an average of 500-600 metric tons of carbon dioxide a year.",
         "Os incêndios liberam uma média de 500-600 toneladas métricas de dióxido de carbono."),
        ("The ruling of 26 December 2019 was published on 2019-12-27.",
         "A decisão de 26 de dezembro de 2019 foi publicada em 27/12/2019."),
    ]:  # fmt: skip
        assert _blocking(source, target) == [], target


def test_times_written_with_words() -> None:
    source = "The vote closes at 12 p.m. and results come at 5 p.m."
    assert _blocking(source, "A votação fecha ao meio-dia e os resultados saem às 17 horas.") == []
    assert _blocking(source, "A votação termina ao meio-dia e os resultados saem às 18 horas.")


def test_a_time_written_in_words_is_read() -> None:
    source = "The polls close at 5 p.m. on Sunday."
    assert _blocking(source, "As urnas fecham às cinco da tarde de domingo.") == []
    assert _blocking(source, "As urnas fecham às seis da tarde de domingo.")
    assert _blocking(source, "As urnas fecham no domingo.")  # the time is lost
