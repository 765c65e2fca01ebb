"""A non-English source's own words are never a misspelt name nor a name's short form.

Seen when 520 Portuguese news sentences were translated to English (benchmarks/audit_pt_en.py):
"Apenas 33% dos alunos" (only 33% of the students) became "Athens 33% of ..." (Atenas, one
letter off), and "Saúde" (health), after "Organização Mundial da Saúde" elsewhere in the
article, was taken for that organisation's short form.
"""

from __future__ import annotations

from translate.glossary import Glossary, find_mentions


def _ids(glossary: Glossary, text: str, lang: str) -> list[str]:
    return [m.entry.id for m in find_mentions(text, glossary, source_lang=lang)]


def test_a_portuguese_word_is_no_misspelt_name(builtin: Glossary) -> None:
    assert _ids(builtin, "Apenas 33% dos alunos leem bem.", "pt") == []
    assert _ids(builtin, "O ministro chegou a Atenas ontem.", "pt") == ["athens"]  # the name is


def test_a_portuguese_word_is_no_short_form(builtin: Glossary) -> None:
    text = ("A Organização Mundial da Saúde publicou o relatório. A pesquisa sobre Uso de "
            "Drogas e Saúde ouviu 5 mil pessoas.")
    mentions = find_mentions(text, builtin, source_lang="pt")
    assert [m.entry.id for m in mentions] == ["who"]  # the full name, once


def test_a_surname_the_article_gave_another_person_is_no_misspelling(builtin: Glossary) -> None:
    """Seen on real tennis news: "Karen Khachanov ... Khachanov" was "repaired" to Hasanov
    (Zakir Hasanov of the glossary, through a romanization reading)."""
    from translate.glossary.match import MentionContext

    context = MentionContext()
    first = find_mentions("Karen Khachanov beat Rafael Nadal on Tuesday.", builtin,
                          source_lang="en", context=context)  # fmt: skip
    later = find_mentions("Khachanov said he was happy.", builtin, source_lang="en",
                          context=context)  # fmt: skip
    assert first == [] and later == []
    # the glossary's own person is still found, misspelt or not
    found = find_mentions("Zakir Hasanof met the troops.", builtin, source_lang="en",
                          context=context)  # fmt: skip
    assert [m.entry.id for m in found] == ["zakir-hasanov"]


def test_a_currency_symbol_spaced_the_way_engines_write_it_is_no_country(builtin: Glossary) -> None:
    """Engine Portuguese writes "US $ 12,9 bilhões" for US$ 12.9 billion: a currency (as
    "US$" already was), not the United States; 34 blocking findings on the pt->en audit."""
    assert _ids(builtin, "O acordo vale US $ 12,9 bilhões.", "pt") == []
    assert _ids(builtin, "A US $5 billion deal.", "en") == []
    assert _ids(builtin, "The US economy grew.", "en") == ["united-states"]


def test_a_portuguese_word_written_without_a_names_diacritics_is_the_word(
        builtin: Glossary) -> None:
    """Seen on a real Portuguese page (Zyte's benchmark): the headline "Só quem se Ama..."
    ("only one who loves oneself") became "Only who if Amman...": "Ama" folds like "Amã",
    Amman in Portuguese. In Portuguese the tilde tells the two apart."""
    assert _ids(builtin, "Só quem se Ama...", "pt") == []
    assert _ids(builtin, "Ele Ama a vida.", "pt") == []
    assert _ids(builtin, "O rei voltou a Amã ontem.", "pt") == ["amman"]  # the name is
    assert _ids(builtin, "The king flew to Amman.", "en") == ["amman"]
