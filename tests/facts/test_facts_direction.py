"""The direction of a change: "prices rose 5%" written "os preços caíram 5%" keeps every number
and states the opposite fact, which no number check sees (set J's direction-flipped mutations
were 0/8 caught). ``check_direction`` reads ``[direction]`` of ``locales/facts/<lang>.toml``.
On the facts sets' 2,218 real engine outputs it holds none (150 have a one-sided direction in
the source; ``python benchmarks/facts_real_holds.py``)."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    done = check_pair(source, target, src, locale)
    return [f.message for f in done.blocking if "direction" in str(f.data)]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Prices rose 5% in May.", "Os preços caíram 5% em maio.", "en", "pt-BR"),
    ("Exports fell 3% last year.", "As exportações aumentaram 3% no ano passado.", "en", "pt-BR"),
    # one of two rises written as a fall (set J, a real sentence)
    ("Youth overdose deaths have spiked, and gun violence has increased.",
     "As mortes por overdose de jovens aumentaram e a violência armada diminuiu.", "en", "pt-BR"),
    ("As vendas caíram 4% em março.", "Sales increased 4% in March.", "pt", "en"),
])
def test_a_flipped_direction_is_blocking(source: str, target: str, src: str, locale: str) -> None:
    assert _blocking(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Prices rose 5% in May.", "Os preços subiram 5% em maio.", "en", "pt-BR"),
    ("Sales fell 3% after rising 5% a year earlier.",
     "As vendas caíram 3% depois de subirem 5% um ano antes.", "en", "pt-BR"),
    ("He declined to comment.", "Ele se recusou a comentar.", "en", "pt-BR"),
    ("The Taliban rose to power in 1996.", "O Talibã chegou ao poder em 1996.", "en", "pt-BR"),
    # both directions in the source: not read
    ("Imports rose while exports fell.", "As importações caíram e as exportações subiram.",
     "en", "pt-BR"),
])
def test_a_kept_or_unreadable_direction_is_not_flagged(
    source: str, target: str, src: str, locale: str
) -> None:
    assert not _blocking(source, target, src, locale)
