"""Localization of dates, numbers, percentages and quotation marks, by value, per CLDR."""

from __future__ import annotations

import re

import pytest
from babel import Locale

from translate.check import missing_numbers
from translate.locales import Quotes, get_profile
from translate.localize.dates import find_dates
from translate.localize.numbers import find_numbers
from translate.localize.quotes import localize_quotes, space_punctuation
from translate.localize.stage import localize_text, localizer_for

NNBSP = "\u202f"
NBSP = "\u00a0"


def localize(tag: str, source: str, target: str, source_lang: str = "en") -> str:
    return localize_text(source, target, localizer_for(get_profile(tag), source_lang)).text


@pytest.mark.parametrize(
    ("tag", "source", "target", "expected"),
    [
        ("pt-BR", "It cost 1,234.5 dollars.", "Custou 1,234.5 dólares.", "Custou 1.234,5 dólares."),
        (
            "fr",
            "It cost 1,234.5 dollars.",
            "Il a coûté 1,234.5 dollars.",
            f"Il a coûté 1{NNBSP}234,5 dollars.",
        ),
        (
            "de",
            "It cost 1,234.5 dollars.",
            "Es kostete 1,234.5 Dollar.",
            "Es kostete 1.234,5 Dollar.",
        ),
        ("pt-BR", "Up 12.5%.", "Alta de 12.5%.", "Alta de 12,5%."),
        ("fr", "Up 12.5%.", "Hausse de 12.5%.", f"Hausse de 12,5{NBSP}%."),
        (
            "pt-BR",
            "Aid of 3.5 million dollars.",
            "Ajuda de 3.5 milhões de dólares.",
            "Ajuda de 3,5 milhões de dólares.",
        ),
        (
            "pt-BR",
            "Aid of 3.5 million dollars.",
            "Ajuda de 3.5 million dólares.",
            "Ajuda de 3,5 milhões dólares.",
        ),
        (
            "pt-BR",
            "Revenue of 1,234.5 million dollars.",
            "Receita de 1,234,5 milhões de dólares.",
            "Receita de 1.234,5 milhões de dólares.",
        ),
        (
            "pt-BR",
            "Revenue of 1,234.5 million dollars.",
            "Receita de 1.2234,5 milhões de dólares.",
            "Receita de 1.234,5 milhões de dólares.",
        ),
        (
            "pt-BR",
            "It has 1.2 billion people.",
            "Tem 1,2 mil milhões de pessoas.",
            "Tem 1,2 bilhão de pessoas.",
        ),
        ("pt-BR", "About 90,000 people.", "Cerca de 90,000 pessoas.", "Cerca de 90.000 pessoas."),
        ("pt-BR", "About 2,000 troops.", "Cerca de 2 mil soldados.", "Cerca de 2 mil soldados."),
        (
            "es",
            "About 2,000 troops and 90,000 people.",
            "Unos 2,000 soldados y 90,000 personas.",
            "Unos 2000 soldados y 90.000 personas.",
        ),
        ("ar", "Up 12.5% to 1,234.5.", "ارتفع 12.5% إلى 1,234.5.", "ارتفع 12.5% إلى 1,234.5."),
    ],
    ids=[
        "pt-group-decimal",
        "fr-nnbsp",
        "de",
        "pt-percent",
        "fr-percent-space",
        "pt-compact",
        "pt-compact-untranslated-word",
        "engine-comma-decimal",
        "engine-garbled-digits",
        "pt-br-billion",
        "pt-thousands",
        "pt-keeps-mil",
        "es-min-grouping",
        "ar-latn-unchanged",
    ],
)
def test_numbers_rendered_the_target_way(tag: str, source: str, target: str, expected: str) -> None:
    assert localize(tag, source, target) == expected


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("In 2020, 100 people died.", "Em 2020, 100 pessoas morreram."),
        ("The 5th round took 12 hours.", "A 5ª rodada levou 12 horas."),  # "5a": ordinals test
        ("At 10:30 on 2021-03-04.", "Às 10:30 em 2021-03-04."),
        ("Version 2.4.1 is out.", "A versão 2.4.1 saiu."),
        ("Call +1 555 123 4567.", "Ligue +1 555 123 4567."),
        ("The F-16 and COVID-19.", "O F-16 e a COVID-19."),
        ("See http://example.com/2020/1,5/a.", "Veja http://example.com/2020/1,5/a."),
        ("Airbus A320 and Boeing 737.", "Airbus A320 e Boeing 737."),
        ("Scores 2-1 and 3/4.", "Placar 2-1 e 3/4."),
    ],
    ids=[
        "year-no-grouping",
        "ordinal",
        "time-iso-date",
        "version",
        "phone",
        "names",
        "url",
        "model-numbers",
        "range-fraction",
    ],
)
def test_numbers_left_alone(source: str, target: str) -> None:
    assert localize("pt-BR", source, target) == target


@pytest.mark.parametrize(
    ("tag", "source", "target", "expected"),
    [
        (
            "pt-BR",
            "They met on September 26, 2020.",
            "Eles se reuniram em setembro 26, 2020.",
            "Eles se reuniram em 26 de setembro de 2020.",
        ),
        (
            "pt-BR",
            "They met on September 26, 2020.",
            "Eles se reuniram em September 26, 2020.",
            "Eles se reuniram em 26 de setembro de 2020.",
        ),
        (
            "pt-BR",
            "They met on 26 September 2020.",
            "Eles se reuniram em 26 de setembro de 2020.",
            "Eles se reuniram em 26 de setembro de 2020.",
        ),
        (
            "pt-BR",
            "Signed Sept. 26 in Baku.",
            "Assinado em Sept. 26 em Baku.",
            "Assinado em 26 de setembro em Baku.",
        ),
        (
            "de",
            "They met on September 26, 2020.",
            "Sie trafen sich am September 26, 2020.",
            "Sie trafen sich am 26. September 2020.",
        ),
        (
            "fr",
            "They met on September 26, 2020.",
            "Ils se sont vus le 26 septembre 2020.",
            "Ils se sont vus le 26 septembre 2020.",
        ),
        (
            "ru",
            "They met on September 26, 2020.",
            "Они встретились September 26, 2020.",
            f"Они встретились 26 сентября 2020{NNBSP}г.",
        ),
        (
            "pt-BR",
            "The fighting began on Sunday.",
            "A luta começou no domingo.",
            "A luta começou no domingo.",
        ),
        (
            "pt-BR",
            "The fighting began on Sunday.",
            "A luta começou em Sunday.",
            "A luta começou em domingo.",
        ),
        (
            "pt-BR",
            "Prices rose in October.",
            "Os preços subiram em October.",
            "Os preços subiram em outubro.",
        ),
        (
            "pt-BR",
            "September 2020 was hard.",
            "September 2020 foi difícil.",
            "Setembro de 2020 foi difícil.",
        ),
    ],
    ids=[
        "en-order-pt-names",
        "untranslated",
        "day-first",
        "dotted-abbreviation",
        "de",
        "fr-already-right",
        "ru-genitive",
        "weekday-translated",
        "weekday-untranslated",
        "month-alone",
        "month-year-sentence-start",
    ],
)
def test_dates_rendered_the_target_way(tag: str, source: str, target: str, expected: str) -> None:
    assert localize(tag, source, target) == expected


def test_changed_date_is_replaced_and_reported() -> None:
    loc = localizer_for(get_profile("pt-BR"), "en")
    done = localize_text("On September 26, 2020.", "Em 27 de setembro de 2020.", loc, "b0.s0")
    assert done.text == "Em 26 de setembro de 2020."
    assert [(f.check, f.severity) for f in done.findings] == [("dates", "warning")]


def test_changed_number_is_replaced_reported_and_recorded() -> None:
    loc = localizer_for(get_profile("pt-BR"), "en")
    done = localize_text(
        "Revenue of 1,234.5 million dollars.",
        "Receita de 1.2234,5 milhões de dólares.",
        loc,
        "b1.s0",
    )
    assert [f.check for f in done.findings] == ["numbers"]
    assert done.findings[0].data == {"engine": "1.2234,5 milhões", "localized": "1.234,5 milhões"}
    assert [c.to_dict() for c in done.changes] == [
        {
            "kind": "number",
            "before": "1.2234,5 milhões",
            "after": "1.234,5 milhões",
            "source": "1,234.5 million",
            "corrected": True,
        }
    ]


@pytest.mark.parametrize(
    ("tag", "target", "expected"),
    [
        ("pt-BR", "Ele disse \"não\" e 'sim'.", "Ele disse “não” e ‘sim’."),
        ("de", "Er sagte \"nein\" und 'ja'.", "Er sagte „nein“ und ‚ja‘."),
        ("fr", 'Il a dit "non".', f"Il a dit «{NNBSP}non{NNBSP}»."),
        ("fr", "Il a dit « non ».", f"Il a dit «{NNBSP}non{NNBSP}»."),
        ("ja", '彼は"いいえ"と言った。', "彼は「いいえ」と言った。"),
        ("pt-PT", 'Ele disse "não".', "Ele disse «não»."),
        (
            "pt-BR",
            "D'Ávila e o carro dos Smiths' ficaram.",
            "D'Ávila e o carro dos Smiths' ficaram.",
        ),
        ("pt-BR", '"Temos apenas uma condição."', "“Temos apenas uma condição.”"),
        ("pt-BR", 'situação. "', "situação. ”"),
    ],
    ids=[
        "pt-br",
        "de",
        "fr-padding",
        "fr-respaced",
        "ja",
        "pt-pt",
        "apostrophes",
        "whole",
        "closing-only",
    ],
)
def test_quotation_marks(tag: str, target: str, expected: str) -> None:
    assert localize(tag, "x", target) == expected


def test_quotes_open_by_flanking_across_segments() -> None:
    assert (
        localize_quotes('"Opening only, closed later', Quotes("«", "»", "“", "”"))
        == "«Opening only, closed later"
    )


def test_french_punctuation_spacing() -> None:
    rules = get_profile("fr").punctuation_spacing
    assert (
        space_punctuation("Vraiment ? Oui: à 10:30 ! Voir http://a.fr/x?y", rules)
        == f"Vraiment{NNBSP}? Oui{NBSP}: à 10:30{NNBSP}! Voir http://a.fr/x?y"
    )


def test_lost_closing_quote_is_flagged() -> None:
    loc = localizer_for(get_profile("pt-BR"), "en")
    done = localize_text("He said: “We call on all sides.”", 'Ele disse: "Apelamos a todos.', loc)
    assert [f.check for f in done.findings] == ["quotes"]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("3.5 million dollars and 12.5% in 2020.", "3,5 milhões de dólares e 12,5% em 2020.", []),
        ("3.5 million dollars.", "3.500.000 de dólares.", []),
        ("About 90,000 people.", "Cerca de 90 mil pessoas.", []),
        ("Rose 12.5 percent.", "Subiu 12,5 por cento.", []),
        ("The toll crossed 100.", "O número passou de cem.", [("numbers", "error")]),
        ("It took 6 weeks.", "Levou seis semanas.", [("numbers", "info")]),
        ("It cost 1,234.5 dollars.", "Custou 1.235,5 dólares.", [("numbers", "error")]),
        ("On September 26, 2020.", "Em 2020.", [("dates", "error")]),
        ("It began on Sunday.", "Começou no domingo.", []),
        ("It began on Thursday.", "Começou na quinta.", []),
        ("It began on Sunday.", "Começou ontem.", [("dates", "error")]),
    ],
    ids=[
        "all-there",
        "expanded",
        "pt-mil",
        "percent-word",
        "missing",
        "written-out-small",
        "changed",
        "date-missing",
        "weekday",
        "weekday-short-form",
        "weekday-missing",
    ],
)
def test_numbers_check(source: str, target: str, expected: list[tuple[str, str]]) -> None:
    found = missing_numbers(source, target, "en", "pt-BR", segment="b0.s0")
    assert [(f.check, f.severity) for f in found] == expected


def test_numbers_check_understands_portuguese_sources() -> None:
    found = missing_numbers(
        "Custou 1.234,5 reais em 26 de setembro de 2020.",
        "It cost 1,234.5 reais on September 26, 2020.",
        "pt",
        "en",
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Rose 12.5% to 3.5 million.", ["12.5", "3500000.0"]),
        ("In 2020 and 1,000 and 1,234.5.", ["2020", "1000", "1234.5"]),
        ("Just 5th, v2, 10:30.", []),
    ],
    ids=["percent-compact", "plain", "not-quantities"],
)
def test_find_numbers_source(text: str, values: list[str]) -> None:
    found = find_numbers(text, Locale("en"), scale_locales=("en",))
    assert [str(next(iter(m.values))) for m in found] == values


def test_find_dates_parts() -> None:
    found = find_dates("Sunday, September 27, 2020 and 3 March 2021", ["en", "fr"], ["en"])
    assert [(d.parts, d.weekday) for d in found] == [((2020, 9, 27), 6), ((2021, 3, 3), None)]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "He said: “We call on all sides.”",
            "Ele disse: “Apelamos a todos.",
            "Ele disse: “Apelamos a todos.”",
        ),
        ("He said “no”.", "Ele disse “não.", "Ele disse “não”."),
        ("Il a dit : « non ».", "Er sagte: „nein.", "Er sagte: „nein“."),
        ("He said “no”.", "Ele disse “não”.", None),  # nothing lost
        ("“Why?” she asked.", "“Por quê? ela perguntou.", None),  # the quote is not at the end
        ("He said “no” and “yes”.", "Ele disse “não e “sim”.", None),  # two lost inside: unsure
        ("No quotes here.", "Sem aspas aqui.", None),
    ],
    ids=["inside", "outside", "low-9", "intact", "mid-sentence", "ambiguous", "none"],
)
def test_restore_closing_quote(source: str, target: str, expected: str | None) -> None:
    from translate.localize.quotes import restore_closing_quote

    assert restore_closing_quote(source, target) == expected


def test_repeated_sentences_are_localized_once_each_with_its_own_findings() -> None:
    """A sentence that repeats is localized once; every copy still gets the change and its own
    findings (same message and spans, its own segment id), as if localized alone."""
    from translate.locales import get_profile
    from translate.localize.stage import localize_segments
    from translate.model import Segment, TranslatedSegment

    source = "Prices rose 12.5% on March 3, 2021, and 2,000 people left."
    target = "Os preços subiram 12.5% em 4 de março de 2021, e 2,000 pessoas saíram."
    other = "Nothing changed on Tuesday."

    def segments() -> list[TranslatedSegment]:
        texts = [(source, target), (other, "Nada mudou na terça-feira."), (source, target)]
        return [
            TranslatedSegment(Segment(f"s{i}", 0, i, s, 0, len(s), "en"), t, origin="mt")
            for i, (s, t) in enumerate(texts)
        ]

    together = segments()
    report, findings = localize_segments(together, get_profile("pt-BR"), "en")
    alone = [segments()[i] for i in range(3)]
    for seg in alone:
        localize_segments([seg], get_profile("pt-BR"), "en")
    assert together[0].target == together[2].target == alone[0].target != target
    assert report["changes"]["s0"] == report["changes"]["s2"]
    for mine, single in zip(together, alone, strict=True):
        assert mine.findings == single.findings
        assert all(f.segment == mine.id for f in mine.findings)
    assert together[0].findings and together[0].findings is not together[2].findings
    assert [f.segment for f in findings].count("s2") == len(together[2].findings)


DATE_TEXTS = [
    "On September 26, 2020 and Sept. 27 the talks resumed.",
    "Tuesday, March 3, 2026: the ministers met; on Wed. 4 Mar they left.",
    "The 5th of May and May 5th, 2021, or MAY 5, 2021, but not may 5.",
    "Terça-feira, 5 de março de 2024, e sáb., 3 de fev. de 2021.",
    "am 3. März 2020, le 3 mars 2020, el 3 de marzo de 2020, 3 марта 2020 г.",
    "Section 5, 2020 is no date; neither is Marching 12 nor Mayor 3.",
]


@pytest.mark.parametrize(
    ("shapes", "names", "suffix"),
    [
        (("en", "pt", "fr", "de", "es", "it", "ru"), ("en",), "st|nd|rd|th"),
        (("pt-BR", "pt", "en", "fr", "de", "es", "it", "ru"), ("pt-BR", "en"), "º|°|st|nd|rd|th"),
        (("ru", "en", "pt", "fr", "de", "es", "it"), ("ru", "en"), ""),
    ],
)
def test_date_probes_find_what_the_full_shapes_find(
    shapes: tuple[str, ...], names: tuple[str, ...], suffix: str
) -> None:
    # each shape's regex is compiled only where its cheap probe matches: the probe must match
    # wherever the shape does (same start), so that no date is lost
    from translate.localize.dates import _date_regexes, _date_shapes

    shaped = _date_shapes(shapes, names, suffix)
    assert len(shaped) == len(_date_regexes(shapes, names, suffix)) > 0
    matched = 0
    for text in DATE_TEXTS:
        for shape in shaped:
            exact = {m.span() for m in re.finditer(shape.regex, text, shape.flags)}
            probed = {m.start() for m in shape.probe.finditer(text)}
            probed |= {p for p in range(len(text)) if shape.probe.match(text, p)}
            assert {start for start, _ in exact} <= probed, (shape.regex, text)
            matched += len(exact)
    assert matched > 0
    found = [d.parts for d in find_dates(DATE_TEXTS[0], shapes, names, suffix)]
    assert found[:2] == [(2020, 9, 26), (None, 9, 27)]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Ele mora no Rio de Janeiro.", "He lives in Rio de Janeiro."),
        ("O tenor Plácido Domingo cantou.", "The tenor Plácido Domingo sang."),
        ("A marcha saiu da Praça Sete de Setembro.", "The march left Praça Sete de Setembro."),
    ],
)
def test_a_month_or_weekday_inside_a_name_is_not_localized(source: str, target: str) -> None:
    """Portuguese writes month and weekday names in lower case (CLDR): a capitalized one inside
    a sentence is a word of a name. Seen on a real Folha page: "Rio de Janeiro" became "Rio de
    January" after the engine had it right."""
    assert localize("en", source, target, source_lang="pt") == target


def test_a_lower_case_month_is_still_localized_from_portuguese() -> None:
    assert localize("en", "Foi em janeiro.", "It was in janeiro.", source_lang="pt") == (
        "It was in January.")


def test_a_month_the_engine_capitalized_is_still_localized_into_portuguese() -> None:
    """The name rule reads the writer's capitals (source side) only: an engine that writes the
    pre-1990 "Janeiro" for "January" is still brought to the locale's "janeiro"."""
    assert localize("pt-BR", "It happened in January.", "Aconteceu em Janeiro.") == (
        "Aconteceu em janeiro.")


def test_an_ambiguous_source_figure_is_not_rewritten_on_a_guess() -> None:
    """Seen on Portuguese sentences translated to English: "$59,011" in the Portuguese (an
    English figure quoted as written) became "$59.011" in the English edition: a factor of
    1,000 on a guess. The engine's figure stays, with a warning."""
    loc = localizer_for(get_profile("en"), "pt")
    done = localize_text("cobra $59,011 por ano", "charges $59,011 per year", loc, "b0.s0")
    assert done.text == "charges $59,011 per year"
    assert [f.severity for f in done.findings] == ["warning"]
    # unambiguous, or the engine's figure wrong by its own reading: still localized
    assert localize("en", "custou 1.500 reais", "cost 1.500 reais", "pt") == "cost 1,500 reais"
    assert localize("en", "vendeu 449.000 carros", "sold 49,000 cars", "pt") == (
        "sold 449,000 cars")


def test_a_portuguese_source_scale_is_read_whole() -> None:
    """Seen on a Portuguese sentence: "855 mil milhões de euros" (pt-PT 855 billion) was read
    as "855 mil" and the engine's correct "855 billion" rewritten to "855K"."""
    target = "reached 855 billion euros"
    assert localize("en", "atingiu 855 mil milhões de euros", target, "pt") == target
