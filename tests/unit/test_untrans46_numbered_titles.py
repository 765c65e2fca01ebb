"""Titles named by a numeral and the law-title warning once per article (untrans46).

- untrans45's warning on a translated title of a law or programme came once per mention (the
  American Rescue Plan 5 times in one release): now once per title per article, naming every
  segment where it was translated.
- A title with a Roman numeral ("World War I", "Title IX", "Pope John Paul II") is kept as
  written by the casing stages: a headline in title case sent as "world war I" was read with
  the pronoun ("guerra mundial que eu homenageei"), a line in capitals sent as "World war Ii"
  gave "guerra mundial de Ii"; and a numbered title whose number the edition does not write
  (as written, in digits, or as the target's ordinal word) gets a warning.
"""

from __future__ import annotations

from typing import Any

import pytest

from translate.capitals import roman
from translate.capitals import sentence_cased as caps_cased
from translate.law_titles import numbered_title_spans, translated_title_findings
from translate.titlecase import sentence_cased as title_cased


def _findings(ids: list[str], sources: list[str], targets: list[str],
              locale: str = "pt-BR") -> list[Any]:  # fmt: skip
    return translated_title_findings(ids, sources, targets, [[] for _ in ids], "en", locale)


# --- the law-title warning, once per title per article ---


def test_translated_title_warned_once_per_article_naming_every_place() -> None:
    src = "The money came through the American Rescue Plan this spring."
    tgt = "O dinheiro veio através do Plano de Resgate Americano nesta primavera."
    found = _findings(["b0.s0", "b3.s1", "b7.s0"], [src, src, src], [tgt, tgt, tgt])
    titles = [f for f in found if f.data["kind"] == "title-translated"]
    assert len(titles) == 1
    f = titles[0]
    assert f.segment == "b0.s0" and f.data["segments"] == ["b0.s0", "b3.s1", "b7.s0"]
    assert "American Rescue Plan" in f.message and "b3.s1" in f.message and "b7.s0" in f.message
    assert f.severity == "warning"


def test_two_titles_two_warnings_and_a_kept_mention_is_no_place() -> None:
    a = "The money came through the American Rescue Plan this spring."
    b = "Schools use the National Student Poets Program every year."
    kept = "O dinheiro veio do American Rescue Plan nesta primavera."
    found = _findings(
        ["s1", "s2", "s3"], [a, b, a],
        ["O dinheiro veio do Plano de Resgate Americano.", "As escolas usam o Programa Nacional.",
         kept],
    )  # fmt: skip
    got = {f.data["title"]: f.data["segments"] for f in found}
    assert got == {"American Rescue Plan": ["s1"], "National Student Poets Program": ["s2"]}
    # a warning naming one place says no count
    assert all("segments:" not in f.message for f in found)


def test_pipeline_warns_once_for_a_title_translated_in_three_paragraphs(
    fake_engine: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from translate.locales import parse_targets
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article

    def translate(sentences: list[str], source: str, target: str) -> list[str]:
        return [s.replace("American Rescue Plan", "Plano de Resgate Americano")
                for s in sentences]  # fmt: skip

    monkeypatch.setattr(fake_engine, "translate", translate)
    options = RunOptions(engine="fake", use_cache=False, use_tm=False, builtin_glossary=False,
                         source_lang="en")  # fmt: skip
    text = ("The American Rescue Plan sent money to cities in the spring.\n\n"
            "Mayors said the American Rescue Plan paid for new buses.\n\n"
            "Critics said the American Rescue Plan came too late for some.\n")  # fmt: skip
    art = parse_article(text, fmt="md", source="t", article_id="t")
    edition = translate_prepared(prepare(art, options), parse_targets("pt-BR")[0], options)
    warned = [f for f in edition.findings if f.data.get("kind") == "title-translated"]
    assert len(warned) == 1
    assert len(warned[0].data["segments"]) == 3


# --- titles named by a numeral ---


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("His grandfather fought in World War I and his father in World War II.",
         ["World War I", "World War II"]),
        ("The school was sued under Title IX for failing its athletes.", ["Title IX"]),
        ("Platforms are shielded by Section 230 of the law.", ["Section 230"]),
        ("The crew of Artemis II will fly around the Moon.", ["Artemis II"]),
        ("Voters approved Proposition 22 in 2020.", ["Proposition 22"]),
    ],
)
def test_numbered_titles_found(text: str, titles: list[str]) -> None:
    assert [text[s:e] for s, e, _, _ in numbered_title_spans(text, "en")] == titles


@pytest.mark.parametrize(
    "text",
    [
        "Things I learned at the summer camp were many.",  # the pronoun after a common word
        "The world war I read about was long.",  # not capitalized: no title
        "Seniors pay less under Medicare Part D since 2006.",  # a letter, no numeral
        "He read section 3 of the report.",
        "Title: IX ways to win.",  # punctuation between
    ],
)
def test_no_numbered_title(text: str) -> None:
    assert numbered_title_spans(text, "en") == []


def test_roman_numerals() -> None:
    assert [w for w in ("II", "III", "IX", "XIV", "LVIII", "I") if roman(w)] == [
        "II", "III", "IX", "XIV", "LVIII", "I"]  # fmt: skip
    assert not any(roman(w) for w in ("MIX", "IIII", "VX", "Ii", "iv", "CIVIL", "DC", "MM", ""))


@pytest.mark.parametrize(
    ("source", "target", "warned"),
    [
        # the number as written, in digits, or as the ordinal word: kept
        ("Veterans of World War I met on Sunday.", "Veteranos da Primeira Guerra Mundial.", False),
        ("Veterans of World War II met on Sunday.", "Veteranos da Segunda Guerra Mundial.", False),
        ("The school broke Title IX, the judge said.", "A escola violou o Título IX.", False),
        ("The school broke Title IX, the judge said.", "A escola violou o Título 9.", False),
        ("Platforms are shielded by Section 230 today.", "Protegidas pela Seção 230.", False),
        # the number lost or changed: a warning
        ("Veterans of World War I met on Sunday.", "Veteranos da guerra mundial que eu.", True),
        ("Platforms are shielded by Section 230 today.", "Protegidas pela Seção 203.", True),
        ("Veterans of World War II met on Sunday.", "Veteranos da Terceira Guerra Mundial.", True),
    ],
)
def test_numbered_title_number_checked(source: str, target: str, warned: bool) -> None:
    found = [f for f in _findings(["s"], [source], [target]) if f.data["kind"] == "title-number"]
    assert bool(found) is warned
    for f in found:
        assert f.severity == "warning" and f.check == "untranslated"
        assert source[f.source_span[0]:f.source_span[1]] == f.data["title"]


def test_numbered_title_warned_once_per_article() -> None:
    src = "Veterans of World War I met on Sunday."
    bad = "Veteranos da guerra mundial que eu homenageei."
    found = [f for f in _findings(["a", "b"], [src, src], [bad, bad])
             if f.data["kind"] == "title-number"]  # fmt: skip
    assert len(found) == 1 and found[0].data["segments"] == ["a", "b"]


# --- the casing stages keep a numbered title ---


def test_title_case_headline_keeps_a_numbered_title() -> None:
    head = "Veterans Of World War I Honored At Memorial"
    body = "The ceremony drew hundreds of people on Sunday."
    out, changed = title_cased([head, body], [head, body], [0], "en", "pt")
    assert changed == {0}
    assert out[0] == "Veterans of World War I honored at memorial"
    head = "Judge Rules Schools Broke Title IX In Athletics Case"
    out, _ = title_cased([head, body], [head, body], [0], "en", "pt")
    assert "Title IX" in out[0] and "rules" in out[0]


def test_title_case_headline_pronoun_is_no_numbered_title() -> None:
    head = "Things I Learned At The Summer Camp"
    body = "The camp ran for two weeks in July."
    out, _ = title_cased([head, body], [head, body], [0], "en", "pt")
    assert out[0] == "Things I learned at the summer camp"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("WORLD WAR II VETERANS GATHERED IN NORMANDY ON THURSDAY.", "II"),
        ("POPE JOHN PAUL II VISITS BRAZIL FOR THE FIRST TIME", "II"),
        ("KING CHARLES III WAS CROWNED AT WESTMINSTER ON SATURDAY", "III"),
        ("POPE LEO XIV SPOKE TO THE CROWD IN ROME ON SUNDAY", "XIV"),
    ],
)
def test_capitals_keep_a_roman_numeral(line: str, kept: str) -> None:
    out, changed = caps_cased([line], [line], [0], "en")
    assert changed == {0}
    assert f" {kept} " in out[0]


def test_capitals_word_made_of_numeral_letters_is_a_word() -> None:
    line = "THE MIX OF SUN AND CLOUDS WILL CONTINUE TODAY"
    out, _ = caps_cased([line], [line], [0], "en")
    assert out[0].startswith("The mix of sun and clouds")


# --- linear time: 20,000 repetitions of each trigger ---


def test_numbered_titles_linear() -> None:
    text = "World War I and " * 20000 + "the end of it."
    found = numbered_title_spans(text, "en")
    assert len(found) == 20000
    bad = "guerra mundial e " * 20000
    out = translated_title_findings(["s"], [text], [bad], [[]], "en", "pt-BR")
    assert [f.data["kind"] for f in out] == ["title-number"]


def test_title_case_numbered_linear() -> None:
    head = "World War I " * 20000 + "Veterans Honored At Memorial"
    body = "The ceremony drew hundreds of people on Sunday."
    out, _ = title_cased([head, body], [head, body], [0], "en", "pt")
    assert out[0].count("World War I") == 20000


def test_capitals_numeral_linear() -> None:
    line = "WORLD WAR II " * 20000 + "VETERANS GATHERED IN NORMANDY"
    out, _ = caps_cased([line], [line], [0], "en")
    assert out[0].count(" II ") == 20000
