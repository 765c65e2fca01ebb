"""Repairs of identifiers and letters the engine cannot write, seen on real pages."""

from __future__ import annotations

from translate.untranslatable import (
    mask_segments,
    repair,
    source_letters,
    tokens,
    unwritable_spans,
)


def test_handle_whose_sigil_became_a_dash_is_put_back() -> None:
    text, changes = repair("Follow him on Twitter @LucasNolan_ or email him",
                           "Siga-o no Twitter -LucasNolan_ ou envie-lhe")  # fmt: skip
    assert text == "Siga-o no Twitter @LucasNolan_ ou envie-lhe"
    assert changes == [{"from": "-LucasNolan_", "to": "@LucasNolan_", "rule": "untranslatable"}]


def test_hashtag_whose_sigil_was_dropped_is_put_back() -> None:
    text, _ = repair("The tweet reads, “#Hamilton Chicago show interrupted.”",
                     "O tweet diz: “Hamilton Chicago show interrompido”.")  # fmt: skip
    assert "“#Hamilton Chicago" in text


def test_sigil_not_guessed_when_the_source_also_has_the_bare_word() -> None:
    assert repair("Hamilton met #Hamilton fans", "Hamilton conheceu fãs de Hamilton") == (
        "Hamilton conheceu fãs de Hamilton", [])


def test_short_word_with_an_unwritable_letter() -> None:
    text, changes = repair("the giant Tāne Mahuta", "o gigante T'ne Mahuta")
    assert text == "o gigante Tāne Mahuta" and changes[0]["from"] == "T'ne"
    # same length but a letter the engine can write changed too: not this word
    assert repair("the giant Tāne Mahuta", "o tanque Tank")[0] == "o tanque Tank"


def test_a_source_word_the_engine_reads_is_translated_not_put_back() -> None:
    """Seen on a real Folha page (pt -> en): "Não" opening a sentence is a Portuguese word with
    a letter outside ASCII, not a name; putting it back over the engine's correct "No" wrote
    "I have Não political party" and made the negation check cry reversal."""
    from translate.untranslatable import engine_lexicon

    words = engine_lexicon("pt")
    assert "não" in words  # the shipped vocabulary of the embedded pt->en model
    assert repair("Não, disse o comandante.", "No, the commander said.", words=words) == (
        "No, the commander said.", [])
    text, _ = repair("Não tenho partido político.", "I have no political party.", words=words)
    assert text == "I have no political party."
    # a name with such a letter is still put back: it is no word of the source language
    text, changes = repair("Fui à Lüderitzstrasse ontem.", "I went to L'deritzstrasse yesterday.",
                           words=words)  # fmt: skip
    assert text == "I went to Lüderitzstrasse yesterday." and changes


def test_a_word_in_the_source_languages_own_letters_is_not_put_back() -> None:
    """Seen on 520 Portuguese news sentences translated to English: "Rússia", "México",
    "Amsterdã", "Observatório" (letters of Portuguese's own alphabet) were put back over the
    engine's correct "Russia", "Mexico", "Amsterdam", even over "observations"."""
    from translate.untranslatable import source_letters

    letters = source_letters("pt")
    assert set("ãçé") <= letters and "ü" not in letters
    for source, target in [
        ("A Rússia votou contra.", "Russia voted against."),
        ("O centro de Amsterdã.", "The center of Amsterdam."),
        ("Das 17 observações do Observatório Keck.", "Of the 17 observations of the Keck."),
    ]:
        assert repair(source, target, letters=letters) == (target, [])
    # a letter outside Portuguese is still a name the engine cannot write
    text, _ = repair("Fui à Lüderitzstrasse.", "I went to L'deritzstrasse.", letters=letters)
    assert text == "I went to Lüderitzstrasse."
    assert source_letters("xx") == frozenset()  # no data: ASCII only, as before


def test_name_the_engine_wrote_as_a_word_of_the_target_is_put_back() -> None:
    # "Māori" as the Portuguese plural "maoris": the engine cannot write "ā"
    text, changes = repair("the leading Māori whale expert", "o principal especialista maoris")
    assert text == "o principal especialista Māori" and changes[0]["from"] == "maoris"
    # another word of the same letters plus more is not the name
    assert repair("the Māori tribes", "as tribos maoritárias")[0] == "as tribos maoritárias"


def test_capitalized_name_whose_first_letter_is_not_ascii_is_a_token() -> None:
    assert tokens("Born in Łódź, he met Émile and the Māori.") == ["Łódź", "Émile", "Māori"]
    assert repair("in Łódź today", "em Lodz hoje")[0] == "em Łódź hoje"


def test_names_with_letters_neither_language_writes_are_masked() -> None:
    pt = source_letters("pt")
    text = "12 Parāoa whales stranded; José and Łukasz said."
    spans = unwritable_spans(text, source_letters("en"), pt)
    assert [text[s:e] for s, e, _ in spans] == ["Parāoa", "Łukasz"]  # "José": é is Portuguese
    masked = mask_segments([text], ["paragraph"], "en", target_letters=pt)
    assert masked.words == {0: ["Parāoa", "Łukasz"]} and masked.rules == {0: ["letters"] * 2}
    assert mask_segments([text], ["paragraph"], "en").words == {}  # no target: not asked


def test_a_one_letter_name_is_not_put_over_a_one_letter_word() -> None:
    # set c's c032: "ẞ" (a capital sharp s the engine cannot write) was put over the article
    # "O" that opened the sentence ("ẞ exemplo acima"); a word of the same length needs at least
    # half its letters the same to be the name with its unwritable letters lost ("T'ne", "Tāne")
    source = "The example above contains German Eszett variants 'ß' and 'ẞ' U+1E9E."
    target = "O exemplo acima contém variantes Eszett alemãs '' e '' U+1E9E."
    assert repair(source, target)[0] == target
    assert repair("The Tāne tree.", "A árvore T'ne.")[0] == "A árvore Tāne."


def test_a_word_the_source_writes_too_is_not_taken_for_a_mangled_name() -> None:
    # "Chợ Cũ, Ho Chi Minh's": the engine wrote "Ch. C." for the market and copied "Chi";
    # "Chi" is a word of the source, never the name "Chợ" mangled
    source = "Anăn Saigon is located in Chợ Cũ, Ho Chi Minh's oldest wet market."
    target = "Anăn Saigon está localizado em Ch. C., o mais antigo mercado de Ho Chi Minh."
    fixed = repair(source, target)[0]
    assert "Ho Chi Minh" in fixed and "Chợ" in fixed
