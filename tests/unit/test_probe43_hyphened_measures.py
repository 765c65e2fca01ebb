"""probe43: a quantity given twice as hyphened adjectives ("a 230-foot (70-meter) antenna",
"a 13-foot-wide (4-meter-wide) asteroid") is one fact, as "15 mph (30 km/h)" is: a metric
edition that keeps the metric figure with its unit has lost nothing (NASA's releases write
every length this way). A figure changed, kept without its unit or kept in the imperial unit
alone, or two hyphened measures not in brackets, are still held.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).findings
            if f.severity == "error"]  # fmt: skip


ANTENNA = "The images were captured by the powerful 230-foot (70-meter) radar antenna."
WIDE = "That 13-foot-wide (4-meter-wide) asteroid scattered small meteorites."
LONG = "The engine measures just 4.3-foot-long (1.3-meter-long) and fits on a table."


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        (ANTENNA, "As imagens foram capturadas pela poderosa antena de radar de 70 metros."),
        (WIDE, "Aquele asteroide de 4 metros de largura espalhou pequenos meteoritos."),
        (LONG, "O motor mede apenas 1,3 metro de comprimento e cabe numa mesa."),
        ("A 50-mile (80-kilometer) trip across the bay.",
         "Uma viagem de 80 quilômetros pela baía."),
    ],
)
def test_hyphened_quantity_kept_in_the_metric_unit_passes(
    source: str, target: str, locale: str
) -> None:
    assert _blocking(source, target, locale) == []


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    "target",
    [
        "As imagens foram capturadas pela poderosa antena de radar de 90 metros.",  # changed
        "As imagens foram capturadas pela poderosa antena de radar de 70 pés.",  # unit swapped
        "As imagens foram capturadas pela poderosa antena de radar 70.",  # unit lost
    ],
)
def test_hyphened_quantity_changed_is_held(target: str, locale: str) -> None:
    assert _blocking(ANTENNA, target, locale)


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_hyphened_imperial_kept_alone_is_held_in_a_metric_edition(locale: str) -> None:
    assert _blocking(ANTENNA, "As imagens foram capturadas pela poderosa antena de 230 pés.",
                     locale)


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_two_hyphened_measures_not_in_brackets_are_two_facts(locale: str) -> None:
    assert _blocking("A 230-foot dish and a 70-meter dish both listened.",
                     "Uma antena de 70 metros escutou.", locale)
