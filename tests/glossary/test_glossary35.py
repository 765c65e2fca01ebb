"""False name matches found on real Portuguese and English text (glossary35; probe33's sweep and
untrans33's "Noticed"): a form written without its diacritics in capitals ("IRA") or where only
the generated gazetteer lists it ("Katu"); initials inside a longer dotted abbreviation
("E.U.A."); a "misspelt" name whose words spelt right are common words and whose other word is
a proper name of the spelling dictionary ("Monte Arafat"); a place opening "X and Y Museum"."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _ids(text: str, glossary: Glossary, lang: str) -> list[str]:
    return [m.entry.id for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # UD_Portuguese-GSD (CC BY-SA 4.0): the Irish Republican Army, not Irã
        ("pt", "De lá, um helicóptero levou a rainha até Enniskillen para assistir a uma missa na "
         "catedral protestante de Saint Macartin, muito próxima ao palco dum dos atentados mais "
         "sangrentos cometidos pelo IRA, que acabou com a vida", "iran"),
        # CINTIL (the same)
        ("pt", "As regras do IRA mudaram ao longo dos anos .", "iran"),
        # CINTIL: "E.U.A." is the United States, not "E.U." and a letter
        ("pt", "O crescimento não atingiu objectivos e os rendimentos operacionais estão muito "
         "abaixo dos resultados das unidades nos E.U.A.", "european-union"),
        ("pt", "Se não for em Chicago , será em Nova Iorque ; se não for nos E.U.A. , será no "
         "estrangeiro .", "european-union"),
        # UD_Portuguese-GSD: Mount Arafat near Mecca, not a misspelt Mount Ararat
        ("pt", '"Desde minha infância sonhei em subir ao Monte Arafat", onde os fiéis se reúnem.',
         "mount-ararat"),
        # UD_Portuguese-GSD: the museum, not the place Victoria
        ("pt", "Ainda no roteiro estão incluídas visitas a Victoria and Albert Museum (V &amp; A "
         "Museum), Universidade de Ravensbourne, Fashion and Textile Museum e Design Museum.",
         "victoria"),
        # probe33's lambs-quarter b4.s0: a Malayalam plant name, not "Katũ" (Khartoum)
        ("en", "Katu ayamoddakam", "khartoum"),
    ],
)
def test_false_matches_are_gone(lang: str, text: str, wrong: str, glossary: Glossary) -> None:
    assert wrong not in _ids(text, glossary, lang)


@pytest.mark.parametrize(
    ("lang", "text", "entry"),
    [
        # the same forms written as the data has them are still the places and bodies
        ("pt", "O IRÃ AMEAÇA FECHAR O ESTREITO", "iran"),
        # UD_Portuguese-GSD
        ("pt", "As autoridades do Irã reiteram que vão manter o desenvolvimento das pesquisas na "
         "área nuclear, que têm fins pacíficos.", "iran"),
        ("en", "IRAN", "iran"),
        # a capital's accent dropped, as French writers do, is still the name
        ("fr", "Le Equateur et la Egypte ont voté.", "country-eg"),
        ("fr", "Le Equateur et la Egypte ont voté.", "country-ec"),
        ("en", "Katũ", "khartoum"),
        ("pt", "Os E.U. disseram que não.", "european-union"),
        ("en", "The U.S.A. and the E.U. disagreed.", "european-union"),
        ("en", "The U.S.A. and the E.U. disagreed.", "united-states"),
        ("pt", "Subiu o Monte Ararat.", "mount-ararat"),
        # a misspelling whose right-spelt word is distinctive stays one
        ("en", "He flew to Buenos Aries.", "buenos-aires"),
        ("en", "He flew to New Dehli.", "new-delhi"),
        # "and" between two places, and a place before "and" and a person
        ("en", "Armenia and Azerbaijan signed the deal.", "armenia"),
        ("en", "Victoria and Albert visited the town.", "victoria"),
    ],
)
def test_right_matches_stay(lang: str, text: str, entry: str, glossary: Glossary) -> None:
    assert entry in _ids(text, glossary, lang)
