"""An office written right before a surname several listed persons share tells which of them it
names (glossary55): data, ``glossary/words/roles.toml`` (entry id -> offices, folded phrases),
read by ``_office_tells``; an office two of them hold, or none, tells nothing.

On baa1ead5 "первого вице-президента Алиеву" (Mehriban Aliyeva, first vice-president, in the
accusative) and "президенту Алиеву" (Ilham Aliyev, president, in the dative) were warned about
as untold (glossary54): "Алиеву" is his dative or her accusative. The sentences are written for
the tests, not taken from any name set."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.glossary.match import MentionContext
from translate.glossary.words import person_offices
from translate.model import Segment
from translate.protect import protect_segments, restore_segments

ALIYEVS = {"ilham-aliyev", "heydar-aliyev", "mehriban-aliyeva"}


def _read(text: str, glossary: Glossary, lang: str) -> tuple[set[tuple[str, str]], list[str]]:
    context = MentionContext()
    found = {(m.surface, m.entry.id)
             for m in find_mentions(text, glossary, source_lang=lang, context=context)}
    return found, [u.surface for u in context.untold]


def _untold_warnings(text: str, glossary: Glossary, lang: str) -> list[dict[str, object]]:
    seg = Segment("b0.s0", 0, 0, text, 0, len(text), lang)
    result = restore_segments(protect_segments([seg], glossary, "en", lang), [text])
    return [f.data for f in result.all_findings if f.data.get("match") == "untold-person"]


@pytest.mark.parametrize(("lang", "text", "surface", "who"), [
    ("ru", "Путин встретил первого вице-президента Алиеву в Баку.", "Алиеву",
     "mehriban-aliyeva"),
    ("ru", "Путин позвонил президенту Алиеву вчера вечером.", "Алиеву", "ilham-aliyev"),
    ("ru", "Встреча Пашиняна и президента Алиева прошла в Москве.", "Алиева", "ilham-aliyev"),
    ("ru", "Первый вице-президент Алиева прилетела в Москву.", "Алиева", "mehriban-aliyeva"),
    ("uk", "Перший віце-президент Алієва прибула до Києва.", "Алієва", "mehriban-aliyeva"),
], ids=["vice-accusative", "president-dative", "president-genitive", "vice-nominative", "uk"])
def test_an_office_tells_which_person(builtin: Glossary, lang: str, text: str, surface: str,
                                      who: str) -> None:
    found, untold = _read(text, builtin, lang)
    assert (surface, who) in found
    assert not any(e in ALIYEVS and e != who for _, e in found)
    assert not untold
    assert not _untold_warnings(text, builtin, lang)


@pytest.mark.parametrize("text", [
    "Путин позвонил Алиеву вчера вечером.",  # no office: still warned (glossary54)
    "Путин позвонил коллеге Алиеву вчера вечером.",  # a word no listed Aliyev's office
], ids=["no-office", "other-noun"])
def test_no_office_still_warned(builtin: Glossary, text: str) -> None:
    found, untold = _read(text, builtin, "ru")
    assert not any(e in ALIYEVS for _, e in found)
    assert untold == ["Алиеву"]


def test_the_longest_office_wins(builtin: Glossary) -> None:
    # "вице-президента" holds "президента" (Ilham's office) after its hyphen: not read so
    found, _ = _read("Путин встретил вице-президента Алиеву в Баку.", builtin, "ru")
    assert ("Алиеву", "mehriban-aliyeva") in found


def test_offices_are_data() -> None:
    offices = person_offices()
    assert "президенту" in offices["ilham-aliyev"]
    assert "первого вице-президента" in offices["mehriban-aliyeva"]
    assert not offices["ilham-aliyev"] & offices["mehriban-aliyeva"]  # no office tells both


def test_english_unchanged(builtin: Glossary) -> None:
    found, untold = _read("President Aliyev arrived in Moscow.", builtin, "en")
    assert ("Aliyev", "ilham-aliyev") in found and not untold


def test_many_offices_linear(builtin: Glossary) -> None:
    text = "Путин позвонил президенту Алиеву. " * 20_000
    found, untold = _read(text, builtin, "ru")
    assert ("Алиеву", "ilham-aliyev") in found and not untold


def test_an_office_tells_salman(builtin: Glossary) -> None:
    found, untold = _read("The Saudi crown prince Salman met Biden.", builtin, "en")
    assert "mohammed-bin-salman" in {e for _, e in found} and not untold
    assert "king-salman" not in {e for _, e in found}


@pytest.mark.parametrize("text", ["König Salman empfing den Gesandten.",
                                  "Король Салман принял посланника."], ids=["de", "ru"])
def test_the_kings_office_is_no_crown_prince(builtin: Glossary, text: str) -> None:
    # on baa1ead5 both were Mohammed bin Salman, "König"/"Король" taken for his given name;
    # the king's listed surname is none ("Salman bin Abdulaziz Al Saud"): no mention, no warning
    found, untold = _read(text, builtin, "de" if text.startswith("König") else "ru")
    assert "mohammed-bin-salman" not in {e for _, e in found} and not untold
