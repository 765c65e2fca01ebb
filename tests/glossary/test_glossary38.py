"""An acronym that spells one of the most frequent words of the text's own language, on a line
written all in capitals, is that word (glossary38; development set u): the Spanish "DE UN
BARRIO" holds the article "un", not the UN. Before, only English words and the listed short
words counted ("LET US KNOW ... WHO SHOULD"); now jusText's stop list of the text's language
(`frequent_words`) does too, when the entry's form in that language is another ("Naciones
Unidas"): the stop lists hold names as well (Danish "usa", Slovak "nato"). An acronym that is
no frequent word of the language, or is the entry's name there, stays a name on such a line
("LA ONU", the German "DIE UN", the Danish "USA")."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _ids(text: str, glossary: Glossary, lang: str) -> list[str]:
    return [m.entry.id for m in find_mentions(text, glossary, source_lang=lang)]


def test_a_frequent_spanish_word_in_a_line_of_capitals_is_no_acronym(glossary: Glossary) -> None:
    # real: development set u (dev-2026-12-05u-spent-heldout.toml), a Spanish photo caption
    text = "LA FOTO ES DE UN BARRIO DE LOS ARENALES Y TODO SON CASAS DE PARTICULARES"
    assert _ids(text, glossary, "es") == []


@pytest.mark.parametrize(
    ("text", "lang", "right"),
    [
        # written for this test: acronyms that are no frequent word of the text's language
        ("LA ONU Y LA UE PIDEN UN ALTO EL FUEGO EN GAZA", "es", "united-nations"),
        ("LA ONU Y LA UE PIDEN UN ALTO EL FUEGO EN GAZA", "es", "european-union"),
        ("DIE UN UND DIE EU FORDERN EINE WAFFENRUHE", "de", "united-nations"),
        ("GLI USA E LA CINA FIRMANO UN ACCORDO", "it", "united-states"),
        # the stop lists hold names too: Danish "usa", Slovak "nato" and "usa" are frequent
        # words there, and the entries have no other form in those languages
        ("USA OG KINA ENIGE OM HANDEL", "da", "united-states"),
        ("NATO A USA ROKUJÚ O UKRAJINE", "sk", "nato"),
        ("NATO A USA ROKUJÚ O UKRAJINE", "sk", "united-states"),
    ],
)
def test_an_acronym_no_frequent_word_stays_a_name_in_capitals(
        glossary: Glossary, text: str, lang: str, right: str) -> None:
    assert right in _ids(text, glossary, lang)


def test_english_is_read_by_its_dictionary_as_before(glossary: Glossary) -> None:
    # real: development set g, an English line of capitals ("US", "WHO" are words here)
    text = "LET US KNOW WHAT YOU THINK: WHO SHOULD HOST THE NEXT GAMES?"
    assert _ids(text, glossary, "en") == []
