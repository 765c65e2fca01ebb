"""A currency code or symbol glued to an amount with a fraction ("RM4.5 million") is a number,
not a code: the target writes it in its own decimal convention ("RM4,5 milhões") and that is
no changed fact; a changed value, separator or scale still blocks."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).findings
            if f.severity == "error"]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The delegation paid RM4.5 million.", "A delegação pagou RM4,5 milhões."),
        ("The loan was Rs12.5 crore.", "O empréstimo foi de Rs12,5 crore."),
        ("It cost CHF4.5 million.", "Custou CHF4,5 milhões."),
        ("It cost RM4.5 million.", "Custou RM 4,5 milhões."),  # spaced
        ("It cost RM4.5 million.", "Custou RM4.5 milhões."),  # copied as written
        ("It cost RM4.5.", "Custou RM4,5."),
        ("Version v2.0 is out.", "A versão v2.0 saiu."),
        # versions are no amounts (a real JSON Feed item, influxdata.com, feed-rs's tests)
        ("This blog post has been updated with the latest benchmark results for InfluxDB"
         " v1.8.0 and Elasticsearch v7.8.0.",
         "Este post foi atualizado com os últimos resultados de referência para o InfluxDB"
         " v1.8.0 e Elasticsearch v7.8.0."),
    ],
)
def test_a_glued_amount_in_the_target_convention_is_not_a_change(
    source: str, target: str
) -> None:
    assert _blocking(source, target) == []


@pytest.mark.parametrize(
    ("source", "target", "shown"),
    [
        ("It cost RM4.5 million.", "Custou RM4,6 milhões.", "RM4,6"),  # digit changed
        ("It cost RM4.5 million.", "Custou RM45 milhões.", "RM45"),  # separator dropped
        ("It cost RM4.5 million.", "Custou RM4.500 milhões.", "RM4.500"),  # 4,500 in pt
        ("It cost RM4.5 million.", "Custou RM4,5.", "RM4,5"),  # scale dropped
        ("It cost RM6.162 million.", "Custou RM6.162 milhões.", "RM6.162"),  # 6,162 in pt
    ],
)
def test_a_changed_glued_amount_still_blocks(source: str, target: str, shown: str) -> None:
    found = _blocking(source, target)
    assert found and any(f"the target has {shown!r}" in m for m in found), found


def test_a_changed_version_still_blocks() -> None:
    found = _blocking("InfluxDB v1.8.0 and Elasticsearch v7.8.0.", "InfluxDB v1.8.0 e Elasticsearch"
                      " v7.9.0.")
    # one finding for one fact: the verbatim check owns a version string (untrans38 masks it)
    assert found == ["'v7.8.0' changed: the target has 'v7.9.0'"], found


def test_a_code_with_digits_is_still_a_code() -> None:
    assert _blocking("The A320 landed.", "O A321 pousou.")
    assert _blocking("Covid-19 cases rose.", "Os casos de Covid-12 subiram.")


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("We upgraded to Python 3.11.7 last week.",
         "Atualizamos para o Python 3.11.8 na semana passada.",
         ["'3.11.7' changed: the target has '3.11.8'"]),
        # a version lost still blocks, once, and names no other version as its change
        ("InfluxDB v1.8.0 and Elasticsearch v7.8.0.", "InfluxDB v1.8.0 e Elasticsearch.",
         ["'v7.8.0' is not in the target as written"]),
    ],
)
def test_a_version_gets_one_finding(source: str, target: str, expected: list[str]) -> None:
    assert _blocking(source, target) == expected


def test_a_version_the_source_does_not_have_is_still_invented() -> None:
    assert _blocking("We upgraded Python last week.",
                     "Atualizamos o Python 3.11.8 na semana passada.")
