"""A declined surname several listed persons may own, where the text does not tell which
(glossary54): a warning the editor sees, never a person chosen; where a given name, an
initial or an earlier full mention tells, that person, silently.

glossary53 read "Гейдару Алиеву" as Heydar and dropped "Алиеву" with nothing to tell (Ilham
Aliyev's dative or Mehriban Aliyeva's accusative) without a word; a surname read through a case
ending with two listed owners and neither listed alone ("Петровым": Ivan or Oleg Petrov) went to
the first listed. Now: an initial before the surname tells ("И. Алиеву", "Г. Алиеву"); where
nothing tells, ``MentionContext.untold`` holds the word and ``restore_segments`` reports a
glossary warning naming the persons it may be.

The sentences are written for the tests, not taken from any name set; invented glossaries of
namesakes check that the rule is no list of the Aliyevs, and one whose surname is an ordinary
Polish word ("kowal", a smith) checks that the ordinary word is read as no one."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.glossary.match import MentionContext
from translate.glossary.model import Entry
from translate.model import Segment
from translate.protect import protect_segments, restore_segments

ALIYEVS = {"ilham-aliyev", "heydar-aliyev", "mehriban-aliyeva"}


def _read(text: str, glossary: Glossary, lang: str,
          context: MentionContext | None = None) -> tuple[set[tuple[str, str]], list[str]]:
    context = context or MentionContext()
    found = {(m.surface, m.entry.id)
             for m in find_mentions(text, glossary, source_lang=lang, context=context)}
    return found, [u.surface for u in getattr(context, "untold", [])]  # none before glossary54


def _warnings(texts: list[str], glossary: Glossary, lang: str) -> list[dict[str, object]]:
    segments = [Segment(f"b{i}.s0", i, 0, t, 0, len(t), lang) for i, t in enumerate(texts)]
    prepared = protect_segments(segments, glossary, "en", lang)
    result = restore_segments(prepared, [t for t in texts])
    return [f.data for f in result.all_findings if f.data.get("match") == "untold-person"]


def _petrovs() -> Glossary:
    return Glossary([
        Entry("ivan-petrov", "Ivan Petrov", "person", forms={"ru": "Иван Петров"}),
        Entry("oleg-petrov", "Oleg Petrov", "person", forms={"ru": "Олег Петров"}),
        Entry("maria-petrova", "Maria Petrova", "person", forms={"ru": "Мария Петрова"}),
    ])


def _kowals() -> Glossary:
    return Glossary([
        Entry("jan-kowal", "Jan Kowal", "person"),
        Entry("piotr-kowal", "Piotr Kowal", "person"),
    ])


# -- the text cannot tell: a warning, no person ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Путин позвонил Алиеву вчера вечером.",  # his dative or her accusative
    "Встреча Пашиняна и Алиева прошла в Москве.",  # his genitive or her nominative
], ids=["dative", "genitive"])
def test_aliyev_untold_is_warned(builtin: Glossary, text: str) -> None:
    found, untold = _read(text, builtin, "ru")
    assert not any(e in ALIYEVS for _, e in found)
    assert len(untold) == 1 and untold[0].startswith("Алиев")
    (warning,) = _warnings([text], builtin, "ru")
    assert {"ilham-aliyev", "mehriban-aliyeva"} <= set(warning["entries"])  # type: ignore[arg-type]


def test_both_named_in_full_is_warned(builtin: Glossary) -> None:
    texts = ["Ильхам Алиев и Мехрибан Алиева прилетели в Москву.",
             "Путин встретил Алиеву в аэропорту."]
    warnings = _warnings(texts, builtin, "ru")
    assert len(warnings) == 1 and warnings[0]["surface"] == "Алиеву"


@pytest.mark.parametrize("text", [
    "Вчера Путин встретился с Петровым.",  # Ivan's or Oleg's instrumental
    "Путин позвонил Петрову.",  # his dative or her accusative
], ids=["instrumental", "dative"])
def test_invented_namesakes_untold_are_warned(text: str) -> None:
    found, untold = _read(text, _petrovs(), "ru")
    assert not found
    assert untold and untold[0].startswith("Петров")
    (warning,) = _warnings([text], _petrovs(), "ru")
    assert {"ivan-petrov", "oleg-petrov"} <= set(warning["entries"])  # type: ignore[arg-type]


def test_polish_namesakes_untold_are_warned() -> None:
    found, untold = _read("Prezydent spotkał wczoraj Kowala w Warszawie.", _kowals(), "pl")
    assert not found and untold == ["Kowala"]


# -- the text tells: that person, and no warning --------------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    ("Путин позвонил И. Алиеву вчера.", ("Алиеву", "ilham-aliyev")),
    ("Путин позвонил Г. Алиеву вчера.", ("Алиеву", "heydar-aliyev")),
    ("Путин позвонил М. Алиеву вчера.", ("Алиеву", "mehriban-aliyeva")),
    ("Путин встретил И. Алиева в аэропорту.", ("Алиева", "ilham-aliyev")),
    # a patronymic's initial after the given name's: the first initial tells
    ("Путин встретил И. Г. Алиева в аэропорту.", ("Алиева", "ilham-aliyev")),
    ("Он позвонил Ильхаму Алиеву вчера.", ("Ильхаму Алиеву", "ilham-aliyev")),
], ids=["initial-i", "initial-g", "initial-m", "initial-genitive", "two-initials", "given"])
def test_an_initial_or_given_name_tells(builtin: Glossary, text: str,
                                        found: tuple[str, str]) -> None:
    got, untold = _read(text, builtin, "ru")
    assert found in got
    assert not any(e in ALIYEVS and e != found[1] for _, e in got)
    assert not untold
    assert not _warnings([text], builtin, "ru")


def test_an_earlier_full_mention_tells(builtin: Glossary) -> None:
    texts = ["Мехрибан Алиева прилетела в Москву.", "Путин встретил Алиеву в аэропорту."]
    context = MentionContext()
    _read(texts[0], builtin, "ru", context)
    got, untold = _read(texts[1], builtin, "ru", context)
    assert ("Алиеву", "mehriban-aliyeva") in got and not untold
    assert not _warnings(texts, builtin, "ru")


@pytest.mark.parametrize(("text", "found"), [
    ("Вчера Путин встретился с О. Петровым.", ("Петровым", "oleg-petrov")),
    ("Вчера Путин встретился с Олегом Петровым.", ("Олегом Петровым", "oleg-petrov")),
    ("Олег Петров приехал. Путин встретился с Петровым.", ("Петровым", "oleg-petrov")),
], ids=["initial", "given", "named"])
def test_invented_namesakes_told(text: str, found: tuple[str, str]) -> None:
    got, untold = _read(text, _petrovs(), "ru")
    assert found in got and not untold


def test_a_surname_listed_alone_tells() -> None:
    # the glossary lists "Petrov" alone for Ivan: his instrumental is his
    glossary = Glossary([
        Entry("ivan-petrov", "Ivan Petrov", "person", aliases=("Petrov",),
              forms={"ru": "Иван Петров"}),
        Entry("oleg-petrov", "Oleg Petrov", "person", forms={"ru": "Олег Петров"}),
    ])
    got, untold = _read("Вчера Путин встретился с Петровым.", glossary, "ru")
    assert ("Петровым", "ivan-petrov") in got and not untold


# -- nobody: another person, or an ordinary word ------------------------------------------

@pytest.mark.parametrize("text", [
    "Там его встретила Лейла Алиева.",  # a given name the glossary does not list
    "Он позвонил А. Алиеву вчера.",  # an initial of none of them
], ids=["other-given", "other-initial"])
def test_another_person_is_neither_read_nor_warned(builtin: Glossary, text: str) -> None:
    got, untold = _read(text, builtin, "ru")
    assert not any(e in ALIYEVS for _, e in got)
    assert not untold


@pytest.mark.parametrize("text", [
    "Wczoraj spotkał kowala na rynku.",  # the ordinary word, lower case
    "Kowala wezwano wczoraj do kuźni.",  # the ordinary word opening a sentence
    "Koło kowala stał wóz.",
], ids=["lower", "sentence-start", "lower-after"])
def test_ordinary_word_sharing_the_stem_is_no_one(text: str) -> None:
    got, untold = _read(text, _kowals(), "pl")
    assert not got and not untold
    assert not _warnings([text], _kowals(), "pl")


def test_english_text_warns_nothing(builtin: Glossary) -> None:
    got, untold = _read("Putin met Aliyev and his wife in Baku.", builtin, "en")
    assert ("Aliyev", "ilham-aliyev") in got and not untold
