"""A version after a program's name written in lower case is no decimal (untrans39).

The localize stage copies a decimal that follows a name ("iOS 12.1", "Python 3.11") as the
engine wrote it; a name written in lower case ("glibc 2.9", "tokio 0.1") was read as a common
word and the number localized ("glibc 2,9"), though the engine had copied it. A word in lower
case that is no word of the source language's dictionary now names the number's thing; a common
word or a short abbreviation before a real decimal leaves it localized.
"""

from __future__ import annotations

import pytest

from translate.locales import parse_targets
from translate.localize.stage import localize_text, localizer_for


@pytest.fixture(scope="module")
def loc():  # type: ignore[no-untyped-def]
    return localizer_for(parse_targets("pt-BR")[0], "en")


@pytest.mark.parametrize(
    ("source", "engine", "want"),
    [
        (
            "Linux below version 2.6.27 (and glibc 2.9), we use newer APIs.",
            "Linux abaixo da versão 2.6.27 (e glibc 2.9), usamos APIs mais novas.",
            "glibc 2.9",
        ),
        (
            "Paths referencing tokio 0.1's runtime module.",
            "Caminhos referenciando o módulo de tempo de execução do tokio 0.1.",
            "tokio 0.1",
        ),
    ],
)
def test_version_after_lower_case_name_kept(loc, source: str, engine: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert want in localize_text(source, engine, loc).text


@pytest.mark.parametrize(
    ("source", "engine", "want"),
    [
        ("Prices rose about 2.5 in the year.", "Os preços subiram cerca de 2.5 no ano.", "2,5"),
        ("It was 3.0 vs 2.5 last year.", "Foi 3.0 vs 2.5 no ano passado.", "2,5"),
        ("Over the last 1.5 months we grew.", "Nos últimos 1.5 meses nós crescemos.", "1,5"),
    ],
)
def test_real_decimal_still_localized(loc, source: str, engine: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert want in localize_text(source, engine, loc).text
