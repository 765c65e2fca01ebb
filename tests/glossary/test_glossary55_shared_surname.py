"""A lone surname, as written (no case ending), that two listed persons share, the text giving
no first name, initial or earlier full mention (glossary55): a warning naming the persons it
may be (glossary54's ``untold-person``), never a silent choice of one.

On baa1ead5 "Петров приехал" with an Ivan and an Oleg Petrov listed was Ivan Petrov (the first
listed), and so was "Governor Smith" with a John and a Jane Smith. A given name, an initial, an
earlier full mention or a surname the glossary lists alone for one of them still tells; a
capitalised word before it that may be an unlisted person's given name is another person.

The sentences are written for the tests, not taken from any name set; the glossaries are
invented (the shipped one lists one shared surname, Aliyev, alone for Ilham Aliyev)."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.glossary.match import MentionContext
from translate.glossary.model import Entry
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _read(text: str, glossary: Glossary, lang: str,
          context: MentionContext | None = None) -> tuple[set[tuple[str, str]], list[str]]:
    context = context or MentionContext()
    found = {(m.surface, m.entry.id)
             for m in find_mentions(text, glossary, source_lang=lang, context=context)}
    return found, [u.surface for u in context.untold]


def _warnings(texts: list[str], glossary: Glossary, lang: str) -> list[dict[str, object]]:
    segments = [Segment(f"b{i}.s0", i, 0, t, 0, len(t), lang) for i, t in enumerate(texts)]
    prepared = protect_segments(segments, glossary, "en", lang)
    result = restore_segments(prepared, list(texts))
    return [f.data for f in result.all_findings if f.data.get("match") == "untold-person"]


def _petrovs() -> Glossary:
    return Glossary([
        Entry("ivan-petrov", "Ivan Petrov", "person", forms={"ru": "Иван Петров"}),
        Entry("oleg-petrov", "Oleg Petrov", "person", forms={"ru": "Олег Петров"}),
    ])


def _kowals() -> Glossary:
    return Glossary([
        Entry("jan-kowal", "Jan Kowal", "person"),
        Entry("piotr-kowal", "Piotr Kowal", "person"),
    ])


def _smiths(listed_alone: bool = False) -> Glossary:
    return Glossary([
        Entry("john-smith", "John Smith", "person", aliases=("Smith",) if listed_alone else ()),
        Entry("jane-smith", "Jane Smith", "person"),
    ])


CASES = [
    (_petrovs, "ru", "Петров приехал в Москву.", "Петров", {"ivan-petrov", "oleg-petrov"}),
    (_petrovs, "ru", "В Москву приехал Петров.", "Петров", {"ivan-petrov", "oleg-petrov"}),
    (_kowals, "pl", "Kowal przyjechał do Warszawy.", "Kowal", {"jan-kowal", "piotr-kowal"}),
    (_smiths, "en", "Governor Smith arrived in Paris.", "Smith", {"john-smith", "jane-smith"}),
    (_smiths, "en", "On Tuesday, Mr Smith arrived.", "Smith", {"john-smith", "jane-smith"}),
]


@pytest.mark.parametrize(("make", "lang", "text", "surface", "persons"), CASES,
                         ids=["ru-start", "ru-end", "pl", "en-title", "en-address"])
def test_untold_shared_surname_is_warned(make: object, lang: str, text: str, surface: str,
                                         persons: set[str]) -> None:
    glossary = make()  # type: ignore[operator]
    found, untold = _read(text, glossary, lang)
    assert not any(e in persons for _, e in found)  # no silent choice of one
    assert untold == [surface]
    (warning,) = _warnings([text], glossary, lang)
    assert warning["surface"] == surface
    assert set(warning["entries"]) == persons  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "who"), [
    ("Олег Петров приехал в Москву.", "oleg-petrov"),
    ("Иван Петров приехал в Москву.", "ivan-petrov"),
], ids=["oleg", "ivan"])
def test_a_given_name_tells(text: str, who: str) -> None:
    found, untold = _read(text, _petrovs(), "ru")
    assert {e for _, e in found} == {who} and not untold
    assert not _warnings([text], _petrovs(), "ru")


def test_an_earlier_full_mention_tells() -> None:
    texts = ["Олег Петров приехал в Москву.", "Петров сказал, что останется."]
    context = MentionContext()
    _read(texts[0], _petrovs(), "ru", context)
    found, untold = _read(texts[1], _petrovs(), "ru", context)
    assert found == {("Петров", "oleg-petrov")} and not untold
    assert not _warnings(texts, _petrovs(), "ru")


def test_an_initial_tells() -> None:
    found, untold = _read("Вчера О. Петров приехал в Москву.", _petrovs(), "ru")
    assert ("oleg-petrov" in {e for _, e in found} or not found) and not untold
    assert not any(e == "ivan-petrov" for _, e in found)


def test_a_surname_listed_alone_tells() -> None:
    found, untold = _read("Governor Smith arrived in Paris.", _smiths(listed_alone=True), "en")
    assert found == {("Smith", "john-smith")} and not untold


def test_another_persons_given_name_is_neither_read_nor_warned() -> None:
    found, untold = _read("Вчера Сергей Петров приехал в Москву.", _petrovs(), "ru")
    assert not found and not untold


def test_one_listed_owner_is_read_as_before() -> None:
    glossary = Glossary([Entry("ivan-petrov", "Ivan Petrov", "person",
                               forms={"ru": "Иван Петров"})])
    found, untold = _read("Петров приехал в Москву.", glossary, "ru")
    assert found == {("Петров", "ivan-petrov")} and not untold


def test_shipped_aliyev_listed_alone_is_unchanged(builtin: Glossary) -> None:
    found, untold = _read("Putin met Aliyev in Baku.", builtin, "en")
    assert ("Aliyev", "ilham-aliyev") in found and not untold


def test_many_shared_surnames_linear() -> None:
    text = "Kowal przyjechał. " * 20_000
    found, untold = _read(text, _kowals(), "pl")
    assert not found and len(untold) == 20_000


@pytest.mark.parametrize(("text", "surface", "persons"), [
    ("The envoy met Salman on Monday.", "Salman", {"mohammed-bin-salman", "king-salman"}),
    ("Sargsyan resigned on Monday.", "Sargsyan", {"armen-sarkissian", "serzh-sargsyan"}),
], ids=["salman", "sargsyan"])
def test_shipped_shared_surnames_are_warned(builtin: Glossary, text: str, surface: str,
                                            persons: set[str]) -> None:
    # on baa1ead5: Mohammed bin Salman and Armen Sarkissian, the first listed owners
    found, untold = _read(text, builtin, "en")
    assert not any(e in persons for _, e in found)
    assert untold == [surface]


@pytest.mark.parametrize(("text", "who"), [
    ("Bin Salman met Biden in Jeddah.", "mohammed-bin-salman"),
    ("King Salman received the envoy.", "king-salman"),
], ids=["bin-salman", "king-salman"])
def test_shipped_listed_forms_still_read(builtin: Glossary, text: str, who: str) -> None:
    found, untold = _read(text, builtin, "en")
    assert who in {e for _, e in found} and not untold
