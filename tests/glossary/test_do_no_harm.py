"""Do no harm (issue 14): the glossary never makes a correct name or word wrong.

The cases are the ones issue 14 reported and the ones the real-page evaluation
(``benchmarks/bench_glossary.py --harm``) found; each engine output is what the embedded
en->pt engine wrote (or would plausibly write) for the source.
"""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _restore(glossary: Glossary, source: str, output: str, locale: str = "pt-BR") -> tuple[
        str, list[dict[str, object]]]:
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    prepared = protect_segments([seg], glossary, locale, "en")
    result = restore_segments(prepared, [output])
    return result.targets[0], result.terms[0]


@pytest.mark.parametrize(("text", "word"), [
    ("Director Bong Joon Ho won the Palme d'Or.", "Joon"),
    ("Support for the Alternative for Germany (AfD) rose.", "Germany"),
    ("NOAA released its U.S. Winter Outlook on Thursday.", "U.S"),
    ("The fire was first reported by NBC New York.", "New York"),
    ("Microsoft will invest US$1 billion in carbon removal.", "US"),
    ("This article originally appeared on VICE US.", "US"),
    ("Related Subjects German Wine Route , Sommelier", "Route"),
    ("“Eu vim hoje,” she said in Portuguese.", "Eu"),
    ("we asked us and it and who.", "us"),
])
def test_no_mention_inside_longer_names_or_of_words(builtin: Glossary, text: str,
                                                    word: str) -> None:
    start = text.index(word)
    hits = [m for m in find_mentions(text, builtin) if m.start < start + len(word)
            and start < m.end]
    assert hits == []


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan signed the deal.",
    "IMF Managing Director Kristalina Georgieva spoke.",
    "The fund expects China 4.0% growth.",
    "A US historian wrote the book.",
    "Neighbouring Chad hosts refugees.",
    "AZERBAIJAN REJECTS CALL",
    "Russia-Ukraine talks resumed in Eastern Ukraine.",
])
def test_names_next_to_capitalised_words_are_still_found(builtin: Glossary,
                                                         text: str) -> None:
    assert find_mentions(text, builtin)


@pytest.mark.parametrize(("source", "output", "keep"), [
    ("“I came today,” said the EU envoy.", "“Eu vim hoje”, disse o enviado da UE.", "Eu vim"),
    ("The US historian spoke.", "O historiador norte-americano falou.", "norte-americano"),
    ("They met in the Netherlands.", "Eles se reuniram na Holanda.", "na Holanda"),
    ("They met in Great Britain.", "Eles se reuniram na Grã-Bretanha.", "na Grã-Bretanha"),
    ("NYC cops closed the bridge.", "NYC policiais fecharam a ponte.", "NYC policiais"),
    ("WASHINGTON (CNN) — New laws start today.", "WASHINGTON (CNN) - Novas leis hoje.",
     "WASHINGTON"),
    ("Polo originated in Persia.", "O polo se originou na Pérsia.", "na Pérsia"),
])
def test_engine_forms_the_language_accepts_are_kept(builtin: Glossary, source: str,
                                                    output: str, keep: str) -> None:
    target, _ = _restore(builtin, source, output)
    assert keep in target


def test_english_name_left_by_the_engine_is_still_repaired(builtin: Glossary) -> None:
    target, terms = _restore(builtin, "Talks in Germany failed.",
                             "As negociações na Germany falharam.")
    assert target == "As negociações na Alemanha falharam."
    assert terms[0]["status"] == "repaired"


def test_replacement_that_breaks_article_agreement_is_flagged(builtin: Glossary) -> None:
    """"no Netherlands" -> "no Países Baixos" would break number agreement: flagged."""
    target, terms = _restore(builtin, "They met in the Netherlands.",
                             "Eles se reuniram na Netherlands.")
    assert target == "Eles se reuniram na Netherlands."
    assert terms[0]["actions"] == ["grammar"]


def test_acronym_becomes_the_target_acronym_not_a_phrase(builtin: Glossary) -> None:
    target, terms = _restore(builtin, "US officials said so.", "US funcionários disseram.")
    assert target == "EUA funcionários disseram."
    target, terms = _restore(builtin, "NYC cops said so.", "NYC policiais disseram.")
    assert target == "NYC policiais disseram."
    assert terms[0]["actions"] == ["acronym-kept"]


def test_only_the_span_a_source_mention_accounts_for_is_replaced(builtin: Glossary) -> None:
    """Two engine occurrences for one source mention: the second is reported, not changed;
    and a source that writes the name where it is no mention makes the repair ambiguous."""
    target, terms = _restore(builtin, "Germany won.", "Germany venceu a Germany.")
    assert target == "Alemanha venceu a Germany."
    assert [t["status"] for t in terms] == ["repaired", "duplicated"]
    target, terms = _restore(builtin, "Voters of the Alternative for Germany stayed in Germany.",
                             "Eleitores da Alternative for Germany ficaram na Germany.")
    assert target == "Eleitores da Alternative for Germany ficaram na Germany."
    assert terms[0]["actions"] == ["ambiguous"]


def test_unsure_given_name_is_not_repaired(builtin: Glossary) -> None:
    """A different given name before a known surname is flagged, not rewritten."""
    target, _ = _restore(builtin, "Leyla Aliyev spoke.", "Leyla Aliyev falou.")
    assert "Leyla" in target


@pytest.mark.parametrize(("text", "surface", "entry"), [
    ("Officials in Ankarada confirmed it.", "Ankarada", "ankara"),
    ("The talks in Londonda ended.", "Londonda", "london"),
    ("A headline read Tallinnassa.", "Tallinnassa", "tallinn"),
    ("Reporters in Yerevanum waited.", "Yerevanum", "yerevan"),
])
def test_case_endings_glued_to_a_place_name(builtin: Glossary, text: str, surface: str,
                                            entry: str) -> None:
    found = [(m.surface, m.entry.id, m.match) for m in find_mentions(text, builtin)]
    assert (surface, entry, "inflected") in found


@pytest.mark.parametrize("text", ["Indiana and Cubana met a Parisian and a Londoner.",
                                  "Romania, Nigeria and Georgian wine."])
def test_case_endings_do_not_turn_words_into_places(builtin: Glossary, text: str) -> None:
    assert all(m.match != "inflected" for m in find_mentions(text, builtin))


def test_inflected_mention_is_never_rewritten(builtin: Glossary) -> None:
    """The writer's case ending stays; nothing is masked or forced in."""
    target, _ = _restore(builtin, "The slogan read “Bakıda sülh”.",
                             "O slogan dizia “Bakıda sülh”.")
    assert target == "O slogan dizia “Bakıda sülh”."


@pytest.mark.parametrize(("text", "surface", "entry"), [
    ("Rio de Janeiro hosted it; Rio's mayor spoke.", "Rio", "rio-de-janeiro"),
    ("Ships left the Golan Heights; the Golan is calm.", "Golan", "golan-heights"),
    ("Fighting in North Ossetia-Alania; Alania's posts closed.", "Alania", "north-ossetia"),
])
def test_short_form_after_the_full_name(builtin: Glossary, text: str, surface: str,
                                        entry: str) -> None:
    at = text.rindex(surface)
    found = [(m.entry.id, m.part) for m in find_mentions(text, builtin) if m.start == at]
    assert found == [(entry, "surname")]


@pytest.mark.parametrize("text", [
    "Rio's mayor spoke.",  # no full name first
    "The African Union met; African leaders spoke.",  # an adjective, not a short form
    "York is a city in England, not New York.",
])
def test_no_short_form_without_the_full_name_or_for_adjectives(builtin: Glossary,
                                                               text: str) -> None:
    assert all(m.part != "surname" or m.entry.type == "person"
               for m in find_mentions(text, builtin))


def test_short_form_takes_the_locale_word(builtin: Glossary) -> None:
    target, _ = _restore(builtin, "Tankers crossed the Strait of Hormuz; Iran may close Hormuz.",
                         "Petroleiros cruzaram o Estreito de Ormuz; o Irã pode fechar Hormuz.")
    assert target == "Petroleiros cruzaram o Estreito de Ormuz; o Irã pode fechar Ormuz."


@pytest.mark.parametrize(("text", "lang", "surface", "entry"), [
    ("Ministers of the GCC met in Riyadh.", "en", "GCC", "gcc"),
    ("PIJ fighters fired rockets.", "en", "PIJ", "islamic-jihad"),
    ("Segundo a OMS, a epidemia cedeu.", "pt", "OMS", "who"),
    ("O FMI revisou a previsão.", "pt", "FMI", "imf"),
])
def test_initials_of_organisation_names(builtin: Glossary, text: str, lang: str,
                                        surface: str, entry: str) -> None:
    found = [(m.surface, m.entry.id) for m in find_mentions(text, builtin, source_lang=lang)]
    assert (surface, entry) in found


@pytest.mark.parametrize("text", [
    "The NPT review conference opened.",  # not Nay Pyi Taw: places make no initials
    "Prices in USD rose.",  # a currency code, not the U.S. State Department
    "SAR teams searched the coast.",
    "The gcc compiler and the Gcc flag.",  # acronyms only in capitals
])
def test_initials_stay_clear_of_codes_and_words(builtin: Glossary, text: str) -> None:
    assert find_mentions(text, builtin) == []


@pytest.mark.parametrize(("text", "surface", "entry"), [
    ("President Ильхам Алиев spoke.", "Ильхам Алиев", "ilham-aliyev"),
    ("Officials in Երևան said so.", "Երևան", "yerevan"),
    ("Kremlin critic Алексей Навальный died.", "Алексей Навальный", "alexei-navalny"),
])
def test_names_quoted_in_other_scripts_meet_through_romanization(builtin: Glossary, text: str,
                                                                 surface: str,
                                                                 entry: str) -> None:
    found = [(m.surface, m.entry.id) for m in find_mentions(text, builtin)]
    assert (surface, entry) in found


def test_lower_case_cyrillic_words_are_no_names(builtin: Glossary) -> None:
    assert find_mentions("He wrote «баку» and «путин» in lower case.", builtin) == []
