"""Thirty-first pass (glossary28): a place misspelt as the surname of a person the document
names in full is that person, in `translate run` and in `translate check`; the IMF and the
Council of Europe by the initials of their names in a text's own language."""

from __future__ import annotations

import pytest

from translate import api
from translate.glossary import Glossary
from translate.glossary.match import find_mentions
from translate.model import Segment
from translate.protect import protect_segments, restore_segments

# gensim's Lee corpus (lee_background.cor, ABC news of December 2001), document 6: probe30's
# lee-06, where each lone "Gambill" was warned 'Gambia ("Gambill") left as the engine wrote it'.
LEE06 = (
    "The United States team of Monica Seles and Jan-Michael Gambill scored a decisive victory "
    "over unseeded France in their first Hopman Cup match at Burswood Dome in Perth.",
    "Then the 24-year-old Gambill (ranked 21st) wore down a determined Arnaud Clement, 24, "
    "(18th) to win 6-4, 6-4 in 91 minutes.",
    "Gambill said the win was a great way to start the tennis year.",
)
LEE06_PT = (
    "A equipe dos Estados Unidos de Monica Seles e Jan-Michael Gambill conquistou uma vitória "
    "decisiva sobre a França, não cabeça de chave, em sua primeira partida da Hopman Cup no "
    "Burswood Dome, em Perth.",
    "Então, Gambill, de 24 anos (21º no ranking), venceu um determinado Arnaud Clement, 24 "
    "(18º), por 6-4, 6-4 em 91 minutos.",
    "Gambill disse que a vitória foi uma ótima maneira de começar o ano do tênis.",
)


def _segments(*texts: str) -> list[Segment]:
    return [Segment(f"b{i}.s0", i, 0, t, 0, len(t), "en") for i, t in enumerate(texts)]


def test_a_surname_the_document_gives_in_full_is_no_misspelt_place(builtin: Glossary) -> None:
    prepared = protect_segments(_segments(*LEE06), builtin, "pt-BR")
    assert [[e.mention.entry.id for e in item.expectations] for item in prepared.items] == [
        ["united-states", "country-fr"], [], []]
    result = restore_segments(prepared, list(LEE06_PT))
    assert result.targets == list(LEE06_PT)
    assert result.findings == [[], [], []]


def test_the_lone_word_without_the_full_name_is_still_the_place_misspelt(
        builtin: Glossary) -> None:
    prepared = protect_segments(_segments(LEE06[2]), builtin, "pt-BR")
    (exp,) = prepared.items[0].expectations
    assert (exp.mention.entry.id, exp.mention.match) == ("gambia", "misspelling")


def test_translate_check_reads_the_surname_as_the_document_does() -> None:
    text = "\n\n".join(LEE06) + "\n"
    article = api.parse_article(text, fmt="txt", source="lee-06.txt", article_id="lee-06")
    found = api.check_names(article, api.load_glossary(), "en")
    assert "Gambill" not in [m.surface for m in found.mentions]
    alone = api.parse_article(LEE06[2] + "\n", fmt="txt", source="x.txt", article_id="x")
    assert [m.surface for m in api.check_names(alone, api.load_glossary(), "en").mentions] == [
        "Gambill"]


# The IMF and the Council of Europe by the initials of their names in the text's language,
# typed in glossary/words/cldr_orgs.toml [names] (sets x and z, development sets: UD_Lithuanian-
# ALKSNIS and UD_Serbian-SET's real sentences).
@pytest.mark.parametrize(("text", "lang", "surface", "entry"), [
    ("Kalbėdamas apie Latvijos atvejį Estijos finansų ministras sakė negalįs šiuo metu "
     "atsakyti į klausimą, ar Latvija padarė klaidą pasiskolindama iš TVF.", "lt", "TVF", "imf"),
    ("Tri filma iz jugoistočne Evrope uvrštena su na listu 12 filmova koji će dobiti "
     "finansijsku podršku iz fonda za kinematografiju Saveta Evrope (SE) Eurimidžis.", "sr",
     "SE", "council-of-europe"),
    ("Tri filma iz jugoistočne Evrope uvrštena su na listu 12 filmova koji će dobiti "
     "finansijsku podršku iz fonda za kinematografiju Saveta Evrope (SE) Eurimidžis.", "sr",
     "Saveta Evrope", "council-of-europe"),
])
def test_a_body_by_the_initials_of_its_name_in_the_texts_language(
        builtin: Glossary, text: str, lang: str, surface: str, entry: str) -> None:
    found = {(m.surface, m.entry.id) for m in find_mentions(text, builtin, source_lang=lang)}
    assert (surface, entry) in found


@pytest.mark.parametrize(("text", "lang"), [
    ("The TVF channel reported from the SE region.", "en"),  # never in English
    ("VLADA SE SASTALA U PONEDJELJAK", "hr"),  # a line of capitals: "se" is a word
    ("Pasiskolinti iš TVF planuoja ir Latvija.", "sr"),  # another language's acronym
])
def test_the_initials_stay_in_their_own_language(builtin: Glossary, text: str,
                                                  lang: str) -> None:
    assert not [m for m in find_mentions(text, builtin, source_lang=lang)
                if m.entry.id in ("imf", "council-of-europe")]
