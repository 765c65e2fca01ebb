"""Three false alarms and a folded sign of the earlier passes: "9 per 1,000 people" written "9
por mil pessoas" (a round number as its bare word, ``[round_words]`` of
``locales/facts/<lang>.toml``), "Oct. 18–21" written "outubro de 18 a 21" (the month named
with the day right after it), and "№ 5" written "no 5" (NFKC folds "№" to "No")."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Births fell to 9 per 1,000 people.", "Os nascimentos caíram para 9 por mil pessoas.", "en",
     "pt-BR"),
    ("Os nascimentos caíram para 9 por 1.000 pessoas.", "Births fell to 9 per thousand people.",
     "pt", "en"),
    ("The Three-Day Event, Oct. 18–21, in Elkton.", "O Three-Day Event, outubro de 18 a 21, em "
     "Elkton.", "en", "pt-BR"),
])
def test_a_round_word_or_a_month_before_its_day_passes(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _blocking(source, target, src, locale) == []


@pytest.mark.parametrize(("source", "target"), [
    # "dois mil" and "22 mil" are other numbers
    ("Births fell to 9 per 1,000 people.", "Os nascimentos caíram para 9 por dois mil pessoas."),
    ("Births fell to 9 per 1,000 people.", "Os nascimentos caíram para 9 por 22 mil pessoas."),
    # another day, another month
    ("The Three-Day Event, Oct. 18–21, in Elkton.", "O Three-Day Event, outubro de 19 a 21, em "
     "Elkton."),
    ("The Three-Day Event, Oct. 18–21, in Elkton.", "O Three-Day Event, novembro de 18 a 21, em "
     "Elkton."),
])
def test_another_number_or_date_is_still_blocking(source: str, target: str) -> None:
    assert _blocking(source, target)


def test_a_numero_sign_folded_to_no_is_written_with_the_locales_sign() -> None:
    done = check_pair("The Chanel № 5 perfume costs $100.", "O perfume Chanel no 5 custa US$ 100.",
                      "en", "pt-BR")  # fmt: skip
    assert "nº 5" in done.text
