"""untrans48: the ``title-number`` warning reads the hundreds to 999 (CLDR's spell-out rules),
the other spellings ("undécimo", "duodécimo", "setuagésimo", "trecentésimo"), and an ordinal
word only as a whole run ("Décima Segunda" is not "Segunda")."""

from __future__ import annotations

import pytest

from translate.errors import DataError
from translate.law_titles import (
    _ordinal_variants,
    ordinal_spellings,
    ordinal_words,
    translated_title_findings,
)


def _warned(source: str, target: str, locale: str) -> bool:
    out = translated_title_findings(["s"], [source], [target], [[]], "en", locale)
    return any(f.data["kind"] == "title-number" for f in out)


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target", "warned"),
    [
        # eleven and twelve in one word
        ("Fans of World War XI met.", "Fãs da Undécima Guerra Mundial.", False),
        ("The school broke Title XII.", "A escola violou o Título Duodécimo.", False),
        ("The school broke Title XII.", "A escola violou o Título Undécimo.", True),
        ("The school broke Title CXI.", "Violou o Centésimo Undécimo Título.", False),
        # 70 and the hundreds from 200
        ("The school broke Title LXX.", "Violou o Setuagésimo Título.", False),
        ("The school broke Title LXXII.", "Violou o Setuagésimo Segundo Título.", False),
        ("The school broke Title CC.", "Violou o Ducentésimo Título.", False),
        ("The school broke Title CCCXII.", "Violou o Trecentésimo Décimo Segundo Título.", False),
        ("The school broke Title CCCXII.", "Violou o Tricentésimo Duodécimo Título.", False),
        ("The school broke Title CCCXII.", "Violou o Ducentésimo Décimo Segundo Título.", True),
        ("Under Section 230 of the law.", "Pela Ducentésima Trigésima Seção da lei.", False),
        ("Under Section 230 of the law.", "Pela Ducentésima Seção da lei.", True),
        # a units word inside a longer ordinal is not the units' number (untrans47's lead)
        ("Veterans of World War II met.", "Veteranos da Décima Segunda Guerra Mundial.", True),
        ("Veterans of World War II met.", "Veteranos da Segunda Guerra Mundial.", False),
        ("Veterans of World War II met.", "Veteranos da segunda guerra mundial.", False),
        ("The school broke Title XII.", "A escola violou o Título Duodécimo Primeiro.", True),
        # a comma or another word between ordinal words ends the run
        ("Veterans of World War II met.", "No segundo dia, segunda guerra mundial.", False),
        ("Veterans of World War II met.", "Em sexto, segunda guerra mundial.", False),
    ],
)
def test_more_ordinals(source: str, target: str, warned: bool, locale: str) -> None:
    assert _warned(source, target, locale) is warned


def test_hundreds_are_cldrs() -> None:
    # unicode-org/cldr common/rbnf/pt.xml, spellout-ordinal-masculine 100..900
    cldr = ["centésimo", "ducentésimo", "tricentésimo", "quadringentésimo", "quingentésimo",
            "sexcentésimo", "septingentésimo", "octingentésimo", "noningentésimo"]  # fmt: skip
    for k, word in enumerate(cldr, 1):
        assert ordinal_words(k * 100, "pt-BR") == (word[:-1],)
    assert ordinal_words(999, "pt") == ("noningentésim", "nonagésim", "non")
    assert ordinal_words(1000, "pt") is None


def test_spellings() -> None:
    assert ordinal_spellings(12, "pt") == (("décim", "segund"), ("duodécim",))
    assert ordinal_spellings(70, "pt") == (("septuagésim",), ("setuagésim",))
    assert ordinal_spellings(900, "pt") == (("noningentésim",), ("nongentésim",))
    assert len(ordinal_spellings(372, "pt")) == 4  # 300 twice, 70 twice
    assert ordinal_spellings(0, "pt") == ordinal_spellings(5, "xx") == ()


def test_every_ordinal_to_999_is_read() -> None:
    ends = ("o", "a", "os", "as")
    for value in range(1, 1000):
        spellings = ordinal_spellings(value, "pt-BR")
        assert spellings and spellings == ordinal_spellings(value, "pt-PT")
        source = f"Under Section {value} of the law."
        assert _warned(source, "Pela Seção da lei.", "pt-BR"), value
        for stems in spellings:
            for end in ends:
                word = " ".join(s + end for s in stems).title()
                assert not _warned(source, f"Pela {word} Seção da lei.", "pt-BR"), (value, word)


def test_bad_variant_row(monkeypatch: pytest.MonkeyPatch) -> None:
    import translate.langdata as langdata

    monkeypatch.setattr(langdata, "section", lambda lang, name: {"ordinal_variants": ["x y"]})
    _ordinal_variants.cache_clear()
    try:
        with pytest.raises(DataError):
            _ordinal_variants("zz")
    finally:
        _ordinal_variants.cache_clear()


def test_runs_linear() -> None:
    text = "World War XI and " * 20000 + "the end of it."
    good = "undécima guerra mundial e " * 20000
    assert not translated_title_findings(["s"], [text], [good], [[]], "en", "pt-BR")
    one_run = "décima-primeira " * 20000  # one run of 40,000 ordinal words: not the number
    out = translated_title_findings(["s"], [text], [one_run], [[]], "en", "pt-BR")
    assert [f.data["kind"] for f in out] == ["title-number"]
