"""probe39: a Portuguese noun in "-rrão" is no future tense.

Allen R. Morris's page, pt-BR and pt-PT: "she gave Allen his first big push" written "deu a
Allen seu primeiro grande empurrão" was held as "the source says 'was' and the target
'empurrão' ...: a past made a future". A future is the infinitive with its ending ("fará",
"dirão", "comporá"): a vowel stands before the "r".
"""

from __future__ import annotations

import pytest

from translate.check import check_pair

SOURCE = ("He was born eight minutes before his sister Myra, who often says she gave Allen his "
          'first big push in the world, because she "was tired of being womb mates".')
TARGET = ("Ele nasceu oito minutos antes de sua irmã Myra, que muitas vezes diz que ela deu a "
          "Allen seu primeiro grande {} no mundo, porque ela “estava cansada de ser companheiras”.")


def _tense(target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(SOURCE, target, "en", locale).findings
            if "future" in f.message]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_a_noun_in_rrao_is_no_future(locale: str) -> None:
    assert _tense(TARGET.format("empurrão"), locale) == []


@pytest.mark.parametrize("verb", ["dará", "darão", "empurrará"])
def test_a_future_is_still_read(verb: str) -> None:
    assert _tense(TARGET.replace("deu a Allen", f"{verb} a Allen").format("empurrão"))
