"""The spelling normalizer's data mechanism beyond Portuguese: en-US/en-GB and es-ES/es-419
files, names left alone (lowercase_only), and scripts without word boundaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate import spelling


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("The colour of the centre was grey.", "en-US", "The color of the center was gray."),
        (
            "The colors of the theater were analyzed.",
            "en-GB",
            "The colours of the theatre were analysed.",
        ),
        ("Colour and Defence", "en-US", "Colour and Defence"),  # capitalized: maybe a name
        ("Travelled to the harbour; travelers", "en-US", "Travelled to the harbor; travelers"),
        ("Bebió un zumo de naranja.", "es-419", "Bebió un jugo de naranja."),
        ("Bebió un jugo de naranja.", "es-ES", "Bebió un zumo de naranja."),
    ],
)
def test_variety_rewrites(text: str, locale: str, expected: str) -> None:
    assert spelling.normalize(text, locale)[0] == expected


def test_names_keep_their_spelling() -> None:
    text = "The Labour Party met at the Barbican Centre near Pearl Harbor."
    assert spelling.normalize(text, "en-US") == (text, [])
    assert spelling.normalize(text, "en-GB") == (text, [])


def test_each_rewrite_is_reported_with_its_span() -> None:
    text, changes = spelling.normalize("a colour and a defence", "en-US")
    assert text == "a color and a defense"
    for change in changes:
        start, end = change["span"]
        assert text[start:end] == change["to"]
    assert [c["from"] for c in changes] == ["colour", "defence"]


def test_slips_are_counted_per_variety() -> None:
    assert spelling.variant_slips("the colour of the center", "en-US") == ["colour"]
    assert spelling.variant_slips("the colour of the center", "en-GB") == ["center"]
    assert spelling.variant_slips("the colour", "en") == []  # no region, no variety


def test_words_that_are_words_in_both_varieties_are_not_listed() -> None:
    # "meter" (a device), "tire" and "curb" (verbs), "program" (software) stay as written
    for text in ("the parking meter", "they tire", "curb spending", "a computer program"):
        assert spelling.normalize(text, "en-GB") == (text, [])


def test_script_without_word_boundaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locales" / "spelling"
    folder.mkdir(parents=True)
    (folder / "zh.toml").write_text(
        'locales = ["zh-Hans", "zh-Hant"]\nword_boundaries = false\n'
        'pairs = [["国家", "國家"], ["发展", "發展"]]\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(spelling, "data_dir", lambda name: tmp_path / name)
    spelling._load.cache_clear()
    spelling.table_for.cache_clear()
    try:
        text, changes = spelling.normalize("國家發展很快", "zh-Hans")
        assert text == "国家发展很快" and len(changes) == 2
    finally:
        spelling._load.cache_clear()
        spelling.table_for.cache_clear()


def test_parts_of_a_portuguese_compound_keep_their_own_spelling() -> None:
    # the engine's "lógica económica-burocrática" for "economic-bureaucratic logic" (real page)
    assert spelling.normalize("uma lógica económica-burocrática", "pt-BR")[0] == (
        "uma lógica econômica-burocrática"
    )
    # a listed compound is still taken whole
    assert spelling.normalize("as meias-finais", "pt-BR")[0] == "as semifinais"


@pytest.mark.parametrize(
    ("text", "expected", "slips"),
    [
        # the verb "irão" (they will) is no "Irão" (Iran): a form listed with a capital is a name
        ("Essas técnicas irão ajudá-lo.", "Essas técnicas irão ajudá-lo.", []),
        ("O Irão e o Vietname assinaram.", "O Irã e o Vietnã assinaram.", ["Irão", "Vietname"]),
        ("O sector cresceu.", "O setor cresceu.", ["sector"]),  # lower-case forms as before
    ],
)
def test_a_name_form_is_rewritten_only_with_its_capital(
    text: str, expected: str, slips: list[str]
) -> None:
    assert spelling.normalize(text, "pt-BR")[0] == expected
    assert spelling.variant_slips(text, "pt-BR") == slips
