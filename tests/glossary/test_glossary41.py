"""A lone surname the glossary does not list as its person's name ("Saud" of King Salman, a
partial name) after the document named another person of that surname in full ("Ricardo
Saud"), and never the glossary's person, is that other person: no mention, so no "check the
given name" warning and no rewrite (glossary41). Found by reading glossary39's census of the
glossary's warnings on development treebanks by document: the Folha article
UD_Portuguese-Porttinari FOLHA_DOC000011 names "Joesley Batista e Ricardo Saud" and then says
"Saud" four times, each flagged as King Salman. A surname alone with no one else of that name
before it, or once the document has named the glossary's person in full, is read as before."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions, load_glossary
from translate.glossary.match import MentionContext


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _document(sentences: list[str], glossary: Glossary,
              lang: str) -> list[list[tuple[str, str, str]]]:
    context = MentionContext()
    return [[(m.surface, m.entry.id, m.match) for m in
             find_mentions(s, glossary, source_lang=lang, context=context)] for s in sentences]


# real: UD_Portuguese-Porttinari, FOLHA_DOC000011 sentences 2, 5, 6, 11 (in document order)
_FOLHA = [
    "A procuradora-geral da República, Raquel Dodge, defendeu a manutenção das prisões de "
    "Joesley Batista e Ricardo Saud, executivos da JBS.",
    "Em 14 de setembro, o ministro Edson Fachin, relator do caso JBS no Supremo, converteu a "
    "prisão de Batista e de Saud de temporária (5 dias) para preventiva, sem prazo definido.",
    "Para Dodge, a liberdade de Joesley e Saud oferece risco às investigações, pois eles são "
    "suspeitos de ocultar fatos e de sonegar provas que comprometem outras pessoas.",
    "No caso de Saud, ela ressalta que ele possui cidadania paraguaia e que não havia contado "
    "aos procuradores que tem uma conta bancária no Paraguai.",
]


def test_a_surname_the_article_gave_another_person_is_that_person(glossary: Glossary) -> None:
    found = _document(_FOLHA, glossary, "pt")
    assert all(entry != "king-salman" for sentence in found for _, entry, _ in sentence), found


def test_the_same_surname_alone_without_the_article_is_read_as_before(glossary: Glossary) -> None:
    # the census's sentence read alone: nothing says who "Saud" is; still a partial name to check
    found = _document(_FOLHA[3:], glossary, "pt")
    assert ("Saud", "king-salman", "partial") in found[0]


def test_a_lone_surname_with_no_one_else_named_is_read_as_before(glossary: Glossary) -> None:
    # real: UD_Portuguese-GSD test-s905
    found = _document(["Costa disse que são checados mais de 3.400 itens de segurança e "
                       "logística para a realização da prova."], glossary, "pt")
    assert ("Costa", "antonio-costa", "partial") in found[0]


def test_once_the_glossarys_person_is_named_in_full_the_surname_is_theirs(
        glossary: Glossary) -> None:
    found = _document(["Joseph Aoun met Michel Aoun in Beirut.", "Aoun said the talks went well."],
                      glossary, "en")
    assert ("Joseph Aoun", "joseph-aoun", "exact") in found[0]
    assert ("Aoun", "joseph-aoun", "partial") in found[1]
    # and in the other order: the glossary's person named in full after the other one
    found = _document(["Michel Aoun spoke first.", "Joseph Aoun answered him.", "Aoun said so."],
                      glossary, "en")
    assert ("Aoun", "joseph-aoun", "partial") in found[2]


def test_a_surname_the_glossary_lists_as_its_persons_name_is_read_as_before(
        glossary: Glossary) -> None:
    # "Pashinyan" is listed: another Pashinyan named in full does not take the word (the
    # listed person's surname stays a mention; "Leyla Pashinyan" itself is flagged as before)
    found = _document(["Leyla Pashinyan met reporters.", "Pashinyan said Armenia would sign."],
                      glossary, "en")
    assert any(entry == "nikol-pashinyan" for _, entry, _ in found[1]), found
