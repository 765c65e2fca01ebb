"""The length check holds a translation to the usual length of its language pair
(``[length]`` of the target's facts data: Portuguese runs 1.13 letters per English letter): a
Portuguese target of a long English sentence under 65% of that usual length (73% of the
source's letters) lost a clause; under 60 letters of source, and for pairs with no such data,
the threshold stays 60%."""

from __future__ import annotations

from translate.check import check_pair

LONG = ("The minister said on Tuesday that the new bridge over the river would open in May, "
        "after two years of delays caused by floods and a shortage of steel.")


def _length(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.severity for f in check_pair(source, target, src, locale).findings
            if f.check == "length"]  # fmt: skip


def test_a_long_sentence_cut_to_two_thirds_is_blocking() -> None:
    # "caused by floods and a shortage of steel" lost: 67% of the source's letters
    cut = ("O ministro disse na terça-feira que a nova ponte sobre o rio abriria em maio, após "
           "dois anos de atraso.")
    assert len([c for c in cut if c.isalpha()]) / len([c for c in LONG if c.isalpha()]) > 0.6
    assert _length(LONG, cut) == ["error"]


def test_the_whole_sentence_passes() -> None:
    whole = ("O ministro disse na terça-feira que a nova ponte sobre o rio abriria em maio, "
             "depois de dois anos de atrasos causados por enchentes e falta de aço.")
    assert _length(LONG, whole) == []


def test_a_short_sentence_keeps_the_plain_threshold() -> None:
    # 68% of a 36-letter source: a warning, as before
    assert _length("There are more photos today, than ever before!",
                   "Há mais fotos hoje, do que nunca!") == ["warning"]


def test_a_pair_without_data_keeps_the_plain_threshold() -> None:
    cut = "The minister said on Tuesday that the new bridge over the river would open in May."
    source = ("O ministro disse na terça-feira que a nova ponte sobre o rio abriria em maio, "
              "depois de dois anos de atrasos causados por enchentes.")  # 62%: a warning
    assert _length(source, cut, "pt", "en") == ["warning"]
