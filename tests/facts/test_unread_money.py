"""An amount whose currency sign the source language does not read: a Portuguese sentence
with a bare "$" ("$399": Portuguese writes "US$"), so no check compared its currency, and
"€399" or a bare "399" in the English passed. Read with English's data, the target's number
of the same digits must carry a currency that agrees (``facts._unread_money``)."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _currency(source: str, target: str, src: str = "pt", locale: str = "en") -> list[str]:
    done = check_pair(source, target, src, locale)
    return [f.message for f in done.blocking if "the currency" in f.message]


@pytest.mark.parametrize("target", [
    "The retail price in this setting is €3,299.",
    "The retail price in this setting is 3,299.",
    "The retail price in this setting is £3,299.",
])
def test_a_bare_dollar_changed_or_lost_is_blocking(target: str) -> None:
    assert _currency("O preço de varejo nesta configuração é de $3,299.", target)


@pytest.mark.parametrize("target", [
    "The retail price in this setting is $3,299.",
    "The retail price in this setting is US$ 3,299.",
    "The retail price in this setting is 3,299 dollars.",
])
def test_a_bare_dollar_kept_passes(target: str) -> None:
    assert not _currency("O preço de varejo nesta configuração é de $3,299.", target)


def test_a_sign_the_source_language_reads_is_left_to_the_number_check() -> None:
    # "US$" is Portuguese: the number check compares it (one finding, not two)
    found = _currency("O preço é de US$ 3.299.", "The price is €3,299.")
    assert len(found) == 1
