"""facts50: a false hold of the number check, the largest false class of the census.

A pair of numbers joined by a colon in the source ("2025: 1.", "0: 59") that the target writes
with the colon's spacing changed ("2025:1.", "0:59") was held as "number not found": the
target's reader takes the respaced pair for a clock time or a ratio and leaves its numbers
unread. The same two numbers in the same order are the same fact; a pair changed or reversed
is still held.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _number_holds(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error" and "not found in the target" in f.message]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Estas são as tendências do setor de energia para 2026: 1.",
         "These are the trends of the energy sector for 2026:1.", "pt", "en"),
        ("Here are the hiring trends to watch in 2027: 1.",
         "Aqui estão as tendências de contratação para observar em 2027:1.", "en", "pt-BR"),
        ("O Flamengo manteve a vantagem de 88 a 80 com 0: 41 para o fim.",
         "Flamengo kept a lead of 88 to 80 with 0:41 to go.", "pt", "en"),
        ("Chapter 12: 7 of the report lists the sites.",
         "O capítulo 12:7 do relatório lista os locais.", "en", "pt-BR"),
    ],
)
def test_a_colon_pair_respaced_is_not_held(source: str, target: str, src: str,
                                           locale: str) -> None:  # fmt: skip
    assert _number_holds(source, target, src, locale) == []


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Estas são as tendências do setor de energia para 2026: 1.",
         "These are the trends of the energy sector for 2028:1.", "pt", "en"),
        ("O Flamengo manteve a vantagem de 88 a 80 com 0: 41 para o fim.",
         "Flamengo kept a lead of 88 to 80 with 0:14 to go.", "pt", "en"),
        ("Chapter 12: 7 of the report lists the sites.",
         "O capítulo 7:12 do relatório lista os locais.", "en", "pt-BR"),
    ],
)
def test_a_colon_pair_changed_is_still_held(source: str, target: str, src: str,
                                            locale: str) -> None:  # fmt: skip
    assert _number_holds(source, target, src, locale)


def _ordinal_holds(source: str, target: str) -> list[str]:
    return [f.message for f in check_pair(source, target, "en", "pt-BR").findings
            if f.severity == "error" and (f.data or {}).get("kind") == "ordinal"]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("He served in the army during World War II before he moved to Ohio.",
         "Ele serviu no exército durante a Terceira Guerra Mundial antes de se mudar para Ohio."),
        ("The rule dates from Part IV of the treaty.",
         "A regra data da quinta parte do tratado."),
    ],
)
def test_a_roman_numeral_changed_to_another_ordinal_is_held(source: str, target: str) -> None:
    assert _ordinal_holds(source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("He served in the army during World War II before he moved to Ohio.",
         "Ele serviu no exército durante a Segunda Guerra Mundial antes de se mudar para Ohio."),
        ("Henry VIII married his third wife in 1536.",
         "Henrique VIII casou com sua terceira esposa em 1536."),
        ("Malcolm X spoke first, and then I left.",
         "Malcolm X falou primeiro, e então eu saí."),
    ],
)
def test_a_roman_numeral_kept_passes(source: str, target: str) -> None:
    assert _ordinal_holds(source, target) == []
