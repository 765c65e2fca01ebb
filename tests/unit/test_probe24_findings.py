"""False findings found by running the real-world corpus's English and Portuguese pages
through ``translate run`` (twenty-fourth pass, docs/evaluation/probes.md): each case pairs the
right output, which must raise no such finding, with a wrong one, which must still be caught."""

from __future__ import annotations

from translate.check import check_pair


def _verbatim(source: str, target: str) -> list[str]:
    result = check_pair(source, target, "en", "pt-BR", localize=False)
    return [f.message for f in result.findings if f.check == "verbatim"]


def test_an_address_does_not_take_the_dash_glued_to_it() -> None:
    # a tweet embed: "…pic.twitter.com/U7PMa4oNGN— Dave Schukin (@schukin) July 2, 2019"
    source = "Pretty cool. pic.twitter.com/U7PMa4oNGN\u2014 Dave Schukin (@schukin) July 2, 2019"
    spaced = "Muito legal. pic.twitter.com/U7PMa4oNGN - Dave Schukin (@schukin) 2 de julho de 2019"
    assert _verbatim(source, spaced) == []
    changed = spaced.replace("U7PMa4oNGN", "U7PMa4oNGM")
    assert _verbatim(source, changed) == [
        "'pic.twitter.com/U7PMa4oNGN' is not in the target as written"
    ]


def test_an_address_does_not_take_the_quotes_around_it() -> None:
    assert _verbatim("See \u201cexample.com\u201d now.", "Veja \u00abexample.com\u00bb agora.") == []
    assert _verbatim("See \u201cexample.com\u201d now.", "Veja \u00abexemplo.com\u00bb agora.") == [
        "'example.com' is not in the target as written"
    ]
    assert _verbatim("Read it at www.bbc.com/news\u2019s page.",
                     "Leia na página de www.bbc.com/news.") == []
