"""facts51: false holds of the facts gate read in the census of the real holds (sets A..AL).

Each case is a correct edition the gate held (or a correct engine output a stage broke), built
on the shape of a real hold: a number glued to its unit ("45ft", "512GB", "3GW"), a day said as
an idiom ("até hoje à noite", where the idiom "até hoje" hid
"hoje à noite"), a currency's name that is also a word ("treinos de peso", "Conteúdo
Real"), "$12,000" written "12 mil" beside another 12, a number a copied month abbreviation cut
short ("carried out 5,421": "out" is Portuguese October), a weekday the localizer dropped while
rewriting the date beside it, and a site's name the localizer translated ("Monday.com"). The
guards beside each keep the true holds: a unit changed, a number changed, a day lost, a
currency invented, a number repeated.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _holds(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error"]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        # a number glued to its unit
        ("O laptop tem SSD de 512 GB por US$ 799,99.", "The laptop has a 512GB SSD for $799.99.",
         "pt", "en"),
        ("A casa tem 45 pés de altura.", "The house is 45ft tall.", "pt", "en"),
        ("The plant makes 3 GW of power.", "A usina gera 3GW de energia.", "en", "pt-BR"),
        # an idiom hiding a day word
        ("The storm will arrive late tonight.", "A tempestade chegará até hoje à noite.",
         "en", "pt-BR"),
        # a currency's name that is a word, no amount
        ("Keep weight workouts to 50-60 minutes of hard work.",
         "Mantenha os treinos de peso a 50-60 minutos de trabalho árduo.", "en", "pt-BR"),
        ("Not an Actual Content TextNode 1 - the IDE is slow.",
         "Não um TextNode de Conteúdo Real 1 - o IDE é lento.", "en", "pt-BR"),
        # "$12,000" written "12 mil" beside "12 months"
        ("The price may rise to $12,000 in 12 months.",
         "O preço pode subir para US$ 12 mil em 12 meses.", "en", "pt-BR"),
        # "out" (Portuguese October) read in an English target
        ("Ele realizou 5.421 missões de transporte.", "He carried out 5,421 transport missions.",
         "pt", "en"),
        # the localizer kept the weekday of the target's date
        ("Abbas spoke in Ramallah, Saturday Dec. 25, 2004.",
         "Abbas falou em Ramallah, sábado, 25 de dezembro de 2004.", "en", "pt-BR"),
        # the localizer left a site's name alone
        ("Teams use Jira, Trello, Monday.com and Asana.",
         "As equipes usam Jira, Trello, Monday.com e Asana.", "en", "pt-BR"),
    ],
)
def test_a_correct_edition_is_not_held(source: str, target: str, src: str, locale: str) -> None:
    assert _holds(source, target, src, locale) == []


@pytest.mark.parametrize(
    ("source", "target", "src", "locale", "said"),
    [
        ("A casa tem 45 pés de altura.", "The house is 45m tall.", "pt", "en", "45"),
        ("A casa tem 45 pés de altura.", "The house is 46ft tall.", "pt", "en", "45"),
        ("O laptop tem SSD de 512 GB.", "The laptop has a 256GB SSD.", "pt", "en", "512"),
        ("He finished 15 km behind.", "Ele terminou 15th atrás.", "en", "pt-BR", "15"),
        ("The car weighs 1,200 kg.", "O carro pesa 1.200lb.", "en", "pt-BR", "1,200"),
        ("The storm will arrive tonight.", "A tempestade chegará amanhã.", "en", "pt-BR",
         "tonight"),
        ("A chuva volta esta noite.", "Rain returns tomorrow.", "pt", "en", "esta noite"),
        ("It costs 5.", "Custa 5 pesos.", "en", "pt-BR", "pesos"),
        ("It costs 5 million.", "Custa 5 milhões de reais.", "en", "pt-BR", "reais"),
        ("The price may rise to $12,000 in 12 months.",
         "O preço pode subir para US$ 12 mil em 12 12 meses.", "en", "pt-BR", "12"),
        ("Ele realizou 5.421 missões de transporte.", "He carried out 5,431 transport missions.",
         "pt", "en", "5.421"),
        ("Abbas spoke on Saturday Dec. 25, 2004.", "Abbas falou no sábado, 26 de dezembro de 2004.",
         "en", "pt-BR", "Dec. 25, 2004"),
    ],
)
def test_a_wrong_fact_is_still_held(source: str, target: str, src: str, locale: str,
                                    said: str) -> None:  # fmt: skip
    held = _holds(source, target, src, locale)
    assert held, (source, target)
    assert any(said in m for m in held), held


def test_a_long_text_of_glued_numbers_is_read_in_linear_time() -> None:
    from translate.check import _glued_by_value, _glued_unit_kept, _localizer
    from translate.facts import glued_units
    from translate.localize.stage import source_numbers

    loc = _localizer("pt", "en")
    target = "With 512GB and 45ft. " * 20_000
    assert [(d, w) for d, w, _ in glued_units(target, ["en", "pt"])] == [("512", "GB"),
                                                                         ("45", "ft")]
    glued = _glued_by_value(target, loc)
    source = "Com 512 GB e 45 pés."
    nums = source_numbers(source, loc, [])
    assert len(nums) == 2
    assert all(_glued_unit_kept(source, n, glued) for n in nums)
    changed = _glued_by_value("With 256GB and 45m. " * 20_000, loc)
    assert not any(_glued_unit_kept(source, n, changed) for n in nums)


def test_a_long_text_of_idioms_and_day_words_is_read_in_linear_time() -> None:
    from translate.facts import _day_word_data, _days

    data = _day_word_data("pt")
    assert data is not None
    text = "até hoje à noite e até hoje, " * 20_000
    days = _days(text, data, target=True)
    assert len(days["tonight"]) == 20_000


def test_a_long_text_of_currency_words_is_read_in_linear_time() -> None:
    from translate.facts import _currency_by_number
    from translate.localize.quantities import measures_in

    text = "treinos de peso a 50 min. " * 20_000
    found = [m for m in measures_in(text, ("pt", "en")) if m.kind == "currency"]
    assert len(found) == 20_000
    assert not any(_currency_by_number(text, m) for m in found)


def test_a_long_text_of_scaled_numbers_is_counted_in_linear_time() -> None:
    from translate.facts import _digit_keys, _scaled_under_source_keys

    source = _digit_keys("$12,000 in 12 months; " * 20_000, [])
    text = "US$ 12 mil em 12 meses; " * 20_000
    target = _digit_keys(text, [])
    _scaled_under_source_keys(text, "pt", source, target)
    assert len(target["12"]) == 20_000
    assert len(target["12000"]) == 20_000
