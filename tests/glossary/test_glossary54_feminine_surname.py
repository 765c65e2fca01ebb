"""A form only a woman's surname takes is no form of a listed man's surname (glossary54).

"Петровой" (Petrova's genitive, dative, instrumental or locative) was read as Ivan Petrov
declined; "Зеленская", "Zelenska", "Zelenská" (Olena Zelenska, or any woman of the name) as
Volodymyr Zelensky misspelt, which the edition would have rewritten to his name. The feminine
forms are data (``feminine_surnames`` in locales/languages/case-endings.toml), read off the
listed man's surname; a listed woman's own surname ("Алиевой": Mehriban Aliyeva) and the forms
a man's surname also takes ("Лаврова", his genitive) are still read. Sentences written for the
tests; an invented glossary checks that the rule is no list of names."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.glossary.model import Entry


def _ids(text: str, glossary: Glossary, lang: str) -> set[str]:
    return {m.entry.id for m in find_mentions(text, glossary, source_lang=lang)}


def _invented() -> Glossary:
    return Glossary([
        Entry("ivan-petrov", "Ivan Petrov", "person", forms={"ru": "Иван Петров"}),
        Entry("jan-kowalski", "Jan Kowalski", "person"),
    ])


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Встреча с Зеленской прошла в Киеве."),
    ("uk", "Зустріч із Зеленською відбулася в Києві."),
    ("en", "First lady Zelenska visited a school."),
    ("cs", "Včera přijela Zelenská do Prahy."),
    ("ru", "Журналисты ждали Лавровой у входа."),
    ("ru", "Путин встретился с Путиной в Кремле."),
], ids=["ru-zelenskaya", "uk-zelenska", "en-zelenska", "cs-zelenska", "ru-lavrova", "ru-putina"])
def test_feminine_form_is_not_the_listed_man(builtin: Glossary, lang: str, text: str) -> None:
    ids = _ids(text, builtin, lang)
    assert not ids & {"volodymyr-zelensky", "sergey-lavrov"}
    if "Путиной" in text:  # "Путин" before it is still Putin
        assert [m.surface for m in find_mentions(text, builtin, source_lang=lang)
                if m.entry.id == "vladimir-putin"] == ["Путин"]


@pytest.mark.parametrize(("lang", "text", "entry"), [
    ("ru", "Встреча с Зеленским прошла в Киеве.", "volodymyr-zelensky"),
    ("en", "President Zelensky visited a school.", "volodymyr-zelensky"),
    ("ru", "Журналисты ждали Лаврова у входа.", "sergey-lavrov"),  # his genitive
    ("ru", "Путин позвонил Алиевой вчера.", "mehriban-aliyeva"),  # her own surname
], ids=["ru-zelenskim", "en-zelensky", "ru-lavrova-genitive", "ru-aliyevoy"])
def test_the_mans_and_a_listed_womans_forms_are_read(builtin: Glossary, lang: str, text: str,
                                                     entry: str) -> None:
    assert entry in _ids(text, builtin, lang)


@pytest.mark.parametrize(("lang", "text", "read"), [
    ("ru", "Вчера Путин встретился с Петровой.", False),
    ("ru", "Вчера Путин встретился с Петровым.", True),
    ("pl", "Wczoraj prezydent spotkał się z Kowalską.", False),
    ("pl", "Wczoraj prezydent spotkał się z Kowalskim.", True),
    # ordinary words sharing the stems: never a person
    ("ru", "Вчера на петровой даче было тихо.", False),
    ("pl", "Wczoraj kowalska robota była gotowa.", False),
], ids=["petrovoy", "petrovym", "kowalska", "kowalskim", "ru-lower", "pl-lower"])
def test_invented_names(lang: str, text: str, read: bool) -> None:
    ids = _ids(text, _invented(), lang)
    assert bool(ids) is read
