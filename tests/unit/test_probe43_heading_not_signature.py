"""probe43: a heading of two parts ("Small Particles, Big Questions") was kept in English as a
letter's signature because one of its words is also a surname ("Small"), though the engine had
translated it. A signature's first part is a person's name: words that are names or unknown
to the dictionary, none a plain word. Signatures are still kept as written.
"""

from __future__ import annotations

import pytest

from translate.glossary.words import plain_word_test
from translate.untranslatable import is_signature, repair


@pytest.mark.parametrize(
    ("source", "engine"),
    [
        ("Small Particles, Big Questions", "Pequenas Partículas, Grandes Perguntas"),
        ("Young Stars, Old Dust", "Estrelas Jovens, Poeira Velha"),
        ("Rich Data, Clear Skies", "Dados Ricos, Céus Limpos"),
    ],
)
def test_a_heading_with_a_surname_like_word_is_translated(source: str, engine: str) -> None:
    plain = plain_word_test("en")
    assert not is_signature(source, plain)
    assert repair(source, engine, plain_word=plain)[0] == engine


@pytest.mark.parametrize(
    "line",
    ["John Smith, Walnut Creek", "Ninfa Wood, Walnut Creek", "Tom Young, Boston"],
)
def test_a_signature_is_still_kept(line: str) -> None:
    plain = plain_word_test("en")
    assert is_signature(line, plain)
    assert repair(line, "Tom Jovem, Riacho", plain_word=plain)[0] == line
