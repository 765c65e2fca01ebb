"""A lone surname the glossary does not list as a person's name alone (glossary49).

glossary48's census of warnings on the development treebanks left its largest false class,
person names read as a listed person: a partial name ("Lee", "Aoun", "Saud": a surname the
glossary does not list alone) warned "check the given name" where the text means someone else.
Two general readings:
- after an academic title ("Dr. Lee", "dr Lee", "Prof. Costa") the surname is the writer's
  own person addressed by title, no mention ("Mr Kadyrov", a form of address the press gives
  leaders too, is read as before) (the listed person would be
  named by office, "President Lee", or in full); a surname the glossary lists alone ("Putin",
  "Sheinbaum") is read as before;
- a document that names another person of that surname in full ("Ricardo Saud") and never the
  entry: the lone surname is that person wherever the full name stands, before it too (a lede
  or a headline shortens the name the body gives later).

The sentences here are written for the tests, not the census's."""

from __future__ import annotations

import pytest

from translate import api
from translate.glossary import Glossary, find_mentions
from translate.model import Segment
from translate.protect import protect_segments


def _found(text: str, glossary: Glossary, lang: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


def _segments(texts: list[str], lang: str) -> list[Segment]:
    return [Segment(f"s{i}", i, 0, t, 0, len(t), lang) for i, t in enumerate(texts)]


def _expected(texts: list[str], glossary: Glossary, lang: str) -> list[list[str]]:
    prepared = protect_segments(_segments(texts, lang), glossary, "pt-BR", lang)
    return [[e.mention.entry.id for e in item.expectations] for item in prepared.items]


@pytest.mark.parametrize(("lang", "text", "surname"), [
    ("en", "The markets are easy to reach if you know how to search, says Dr Lee.", "Lee"),
    ("en", "Many of the stalls were empty, Dr. Lee added.", "Lee"),
    ("pt", "Muitos mercados são acessíveis, acrescenta o Dr. Lee.", "Lee"),
    ("pl", "Wiele targowisk jest dostępnych – dodaje dr Lee.", "Lee"),
    ("en", "Prof. Costa said the school would reopen on Monday.", "Costa"),
    ("pt", "O Dr. Costa disse que a escola reabre na segunda-feira.", "Costa"),
], ids=["en-dr", "en-dr-dot", "pt-dr", "pl-dr", "en-prof", "pt-dr-costa"])
def test_a_partial_surname_after_an_academic_title_is_another_person(
        builtin: Glossary, lang: str, text: str, surname: str) -> None:
    assert surname not in [s for s, _ in _found(text, builtin, lang)]


@pytest.mark.parametrize(("lang", "text", "found"), [
    # the office of the listed person: still the partial name to check
    ("en", "President Lee said the talks would resume.", ("Lee", "lee-jae-myung")),
    # a surname the glossary lists alone is read as before, title or not
    ("en", "Mr. Putin said the talks would resume.", ("Putin", "vladimir-putin")),
    ("en", "Dr. Sheinbaum said the talks would resume.", ("Sheinbaum", "claudia-sheinbaum")),
    # no title before it
    ("pt", "Costa disse que a escola reabre na segunda-feira.", ("Costa", "antonio-costa")),
    # a form of address the press gives leaders too: still the partial name to check
    ("en", "Mr Kadyrov refused to comment on Monday.", ("Kadyrov", "ramzan-kadyrov")),
], ids=["office", "listed-alone", "listed-alone-dr", "no-title", "mr"])
def test_controls_keep_the_mention(builtin: Glossary, lang: str, text: str,
                                   found: tuple[str, str]) -> None:
    assert found in _found(text, builtin, lang)


def test_a_title_before_the_surname_of_the_entry_named_in_full_keeps_it(
        builtin: Glossary) -> None:
    texts = ["President Lee Jae-myung met the envoy on Monday.",
             "Dr. Lee said the talks would resume."]
    assert _expected(texts, builtin, "en") == [["lee-jae-myung"], ["lee-jae-myung"]]


def test_a_partial_surname_before_another_persons_full_name_is_that_person(
        builtin: Glossary) -> None:
    texts = ["Na sua versão, ele tentava acalmar Saud e convencê-lo a delatar.",
             "O executivo Ricardo Saud disse que não vai desistir."]
    assert _expected(texts, builtin, "pt") == [[], []]


def test_the_entry_named_in_full_keeps_the_partial_surname(builtin: Glossary) -> None:
    texts = ["Saud se reuniu com o enviado americano.",
             "O rei Salman bin Abdulaziz Al Saud recebeu o enviado no palácio."]
    assert _expected(texts, builtin, "pt") == [["king-salman"], ["king-salman"]]


def test_a_partial_surname_alone_is_still_the_partial_name(builtin: Glossary) -> None:
    texts = ["Na sua versão, ele tentava acalmar Saud e convencê-lo a delatar.",
             "O acordo foi assinado no palácio."]
    assert _expected(texts, builtin, "pt") == [["king-salman"], []]


def test_translate_check_reads_the_document_as_a_whole_as_before() -> None:
    # a control: `translate check` matches the article's pieces in one pass, so it already
    # read the lone surname before the full name as the other person; protect now agrees
    text = ("Ele tentava acalmar Saud e convencê-lo a delatar.\n\n"
            "O executivo Ricardo Saud disse que não vai desistir.\n")
    article = api.parse_article(text, fmt="txt", source="saud.txt", article_id="saud")
    found = api.check_names(article, api.load_glossary(), "pt")
    assert "Saud" not in [m.surface for m in found.mentions]
    alone = api.parse_article("Ele tentava acalmar Saud e convencê-lo a delatar.\n", fmt="txt",
                              source="x.txt", article_id="x")
    assert [m.surface for m in api.check_names(alone, api.load_glossary(), "pt").mentions] == [
        "Saud"]
