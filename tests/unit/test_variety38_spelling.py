"""variety38: wrong-variety words the two varieties' hunspell dictionaries find in the engine's
Portuguese (``benchmarks/audit_variety.py --stored --hunspell``) that the pt.toml list missed.

- pt-BR: "o Comité" kept in a pt-BR edition of an FOMC statement (probe37); "a Polónia, a
  Lituânia e a Letónia" in the stored engine output of the facts sets.
- pt-PT: Brazil's "planejamento", "aluguel", "seção", "registrou", "cerimônia"... in pt-PT
  editions; "está planejando" made "está a planejar" (the progressive's infinitive now takes
  the locale's spelling too).
- left out on purpose: a pt-PT form that is another pt-BR word (metro, câmara, média), a pt-BR
  form that is another pt-PT word (quebramos).
"""

from __future__ import annotations

import pytest

from translate.spelling import normalize


@pytest.mark.parametrize(("br", "pt"), [
    ("o Comitê decidiu", "o Comité decidiu"),
    ("a Polônia e a Letônia", "a Polónia e a Letónia"),
    ("no Quênia", "no Quénia"),
    ("o planejamento e o aluguel", "o planeamento e o aluguer"),
    ("na seção de patrimônio", "na secção de património"),
    ("a empresa registrou", "a empresa registou"),
    ("a cerimônia", "a cerimónia"),
])
def test_pairs_found_by_the_dictionaries(br: str, pt: str) -> None:
    assert normalize(pt, "pt-BR")[0] == br
    assert normalize(br, "pt-PT")[0] == pt


def test_the_progressive_infinitive_takes_the_locale_spelling() -> None:
    out, changes = normalize("A empresa está planejando lançar ensaios.", "pt-PT",
                             source="The company is planning to launch trials.")
    assert out == "A empresa está a planear lançar ensaios."
    assert changes[-1]["to"] == "está a planear"


@pytest.mark.parametrize(("text", "locale"), [
    ("o metro de Lisboa", "pt-BR"),  # a metre in Brazil
    ("a Câmara dos Deputados", "pt-BR"),  # a chamber
    ("a média das notas", "pt-BR"),  # an average
    ("nós quebramos tudo hoje", "pt-PT"),  # pt-PT's present tense
])
def test_homographs_are_left(text: str, locale: str) -> None:
    assert normalize(text, locale) == (text, [])
