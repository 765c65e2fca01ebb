"""untrans47: ``titlecase._compounds`` linear within one hyphened token; the ``title-number``
warning reads Portuguese ordinals above ten."""

from __future__ import annotations

from translate.titlecase import _compounds, _spans
from translate.titlecase import sentence_cased as title_cased


def _kept(text: str) -> list[str]:
    spans = _spans(text)
    return [spans[j][2] for j in _compounds(text, spans)]


def test_compounds_mixed_case_kept() -> None:
    assert _kept("Bush Signs Net-a-Porter Bill") == ["Net", "a", "Porter"]
    assert _kept("A Well-Known Man") == []  # capitalised, no lower-case part before a capital
    assert _kept("a state-of-the-art plan") == []  # all lower case
    assert _kept("Porter-a and Man-of") == []  # lower case only after the capitals


def test_compounds_one_token_of_20000_parts_linear() -> None:
    token = "-".join(["of"] * 19999 + ["Porter"])
    assert len(_kept(f"Big {token} Sale")) == 20000
    token = "-".join(["Porter"] + ["of"] * 19999)
    assert _kept(f"Big {token} Sale") == []


def test_title_case_one_long_hyphened_token() -> None:
    head = "Shoppers Flock To " + "-".join(["of"] * 20000 + ["Porter"]) + " Sale Today"
    body = "The sale drew hundreds of people on Sunday."
    out, _ = title_cased([head, body], [head, body], [0], "en", "pt")
    assert len(out[0]) == len(head) and out[0].endswith("-Porter sale today")


# --- the title-number warning reads ordinals above ten, composed as Portuguese composes them ---

import pytest  # noqa: E402

from translate.law_titles import ordinal_words, translated_title_findings  # noqa: E402


def _warned(source: str, target: str, locale: str) -> bool:
    out = translated_title_findings(["s"], [source], [target], [[]], "en", locale)
    return any(f.data["kind"] == "title-number" for f in out)


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target", "warned"),
    [
        ("Fans of World War XI met.", "Fãs da Décima Primeira Guerra Mundial.", False),
        ("Fans of World War XI met.", "Fãs da Décima-Primeira Guerra Mundial.", False),
        ("Fans of World War XI met.", "Fãs da décima segunda guerra mundial.", True),
        ("Fans of World War XI met.", "Fãs da guerra mundial que eu.", True),
        ("Fans of World War XX met.", "Fãs da Vigésima Guerra Mundial.", False),
        ("The school broke Title XII.", "A escola violou o Título Décimo Segundo.", False),
        ("The school broke Title XII.", "A escola violou o Título Duodécimo Primeiro.", True),
        ("The school broke Title XLIV.", "Violou o Quadragésimo Quarto Título.", False),
        ("The school broke Title XLIV.", "Violou o Quadragésimo Título.", True),
        ("The school broke Title XCIX.", "Violou o Nonagésimo Nono Título.", False),
        ("The school broke Title C.", "Violou o Centésimo Título.", False),
        ("The school broke Title CXII.", "Violou o Centésimo Décimo Segundo Título.", False),
        ("The school broke Title CXII.", "Violou o Centésimo Segundo Título.", True),
        ("Fans of World War XI met.", "Fãs da Décima Primeiro Guerra Mundial.", True),
    ],
)
def test_ordinals_above_ten(source: str, target: str, warned: bool, locale: str) -> None:
    assert _warned(source, target, locale) is warned


def test_every_ordinal_to_one_hundred_ninety_nine_is_read() -> None:
    ends = ("o", "a", "os", "as")
    for value in range(1, 200):
        stems = ordinal_words(value, "pt-BR")
        assert stems is not None and stems == ordinal_words(value, "pt-PT")
        assert len(stems) <= 3
        source = f"The school broke Title {_roman(value)}."
        assert _warned(source, "Violou o Título.", "pt-BR"), value  # the title is read
        for end in ends:
            word = " ".join(s + end for s in stems).title()
            assert not _warned(source, f"Violou o {word} Título.", "pt-BR"), (value, word)


def _roman(n: int) -> str:
    out = ""
    for v, s in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                 (4, "IV"), (1, "I")):  # fmt: skip
        while n >= v:
            out, n = out + s, n - v
    return out


def test_ordinals_above_ten_linear() -> None:
    text = "World War XI and " * 20000 + "the end of it."
    good = "décima primeira guerra mundial e " * 20000
    assert not translated_title_findings(["s"], [text], [good], [[]], "en", "pt-BR")
    bad = "décima segunda guerra mundial e " * 20000
    out = translated_title_findings(["s"], [text], [bad], [[]], "en", "pt-BR")
    assert [f.data["kind"] for f in out] == ["title-number"]
