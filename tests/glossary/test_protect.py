"""Protection and restoration of names around MT, with scripted engines."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translate.glossary import Glossary, find_mentions
from translate.glossary.match import _is_acronym
from translate.model import Segment
from translate.protect import (
    PLACEHOLDER,
    _confident,
    is_expected,
    protect_segments,
    restore_segments,
)


def _segments(*texts: str) -> list[Segment]:
    return [Segment(f"b{i}.s0", i, 0, t, 0, len(t), "en") for i, t in enumerate(texts)]


def test_protect_sends_canonical_names(builtin: Glossary) -> None:
    prepared = protect_segments(_segments("Nicholas Pashinian met Aliev in Qarabakh."), builtin,
                                "pt-BR")
    assert prepared.texts == ["Nikol Pashinyan met Aliyev in Karabakh."]
    (item,) = prepared.items
    assert [item.mt_source[a:b] for a, b in item.mt_spans] == ["Nikol Pashinyan", "Aliyev",
                                                                "Karabakh"]


@pytest.mark.parametrize(("output", "target", "statuses"), [
    ("A Armênia e o Azerbaijão.", "A Armênia e o Azerbaijão.", ["kept", "kept"]),
    ("A Arménia e o Azerbaijan.", "A Armênia e o Azerbaijão.", ["repaired", "repaired"]),
    ("A Armenia e o Azerbaijão.", "A Armênia e o Azerbaijão.", ["repaired", "kept"]),
], ids=["kept", "wrong-locale-and-english", "english-left"])
def test_restore_repairs_target_forms(builtin: Glossary, output: str, target: str,
                                      statuses: list[str]) -> None:
    prepared = protect_segments(_segments("Armenia and Azerbaijan."), builtin, "pt-BR")
    result = restore_segments(prepared, [output])
    assert result.targets == [target]
    assert [t["status"] for t in result.terms[0]] == statuses
    assert result.report["wrong"] == 0


def test_restore_placeholder_fallback_when_name_vanishes(builtin: Glossary) -> None:
    prepared = protect_segments(_segments("Talks with Pashinyan in Baku failed."), builtin,
                                "pt-BR")
    calls: list[list[str]] = []

    def retranslate(texts: list[str]) -> list[str]:
        calls.append(texts)
        return ["Conversas com XNAME0X em Baku falharam."]

    result = restore_segments(prepared, ["Conversas com o primeiro-ministro em Baku falharam."],
                              retranslate=retranslate)
    assert calls == [["Talks with XNAME0X in Baku failed."]]
    assert result.targets == ["Conversas com Pashinyan em Baku falharam."]
    assert (result.report["repaired"], result.report["wrong"]) == (1, 0)
    assert result.report["items"][0]["actions"] == ["placeholder"]


@pytest.mark.parametrize("fallback_output", [
    "Conversas em Baku falharam.",  # placeholder dropped
    "Conversas com XNAME0X e XNAME0X em Baku.",  # placeholder duplicated
    "Conversas com XNAME7X em Baku.",  # placeholder mangled
], ids=["dropped", "duplicated", "mangled"])
def test_restore_flags_name_lost_twice(builtin: Glossary, fallback_output: str) -> None:
    prepared = protect_segments(_segments("Talks with Pashinyan in Baku failed."), builtin,
                                "pt-BR")
    first = "Conversas em Baku falharam."
    result = restore_segments(prepared, [first], retranslate=lambda texts: [fallback_output])
    assert result.targets == [first]
    (finding,) = [f for f in result.findings[0] if f.severity == "error"]
    assert (finding.check, finding.segment, finding.source_span) == ("glossary", "b0.s0",
                                                                     (11, 20))
    assert result.report["wrong"] == 1


def test_restore_without_retranslate_reports_missing(builtin: Glossary) -> None:
    prepared = protect_segments(_segments("Baku replied."), builtin, "pt-BR")
    result = restore_segments(prepared, ["A capital respondeu."])
    assert result.report["items"][0]["status"] == "wrong"


def test_restore_flags_duplicated_name(builtin: Glossary) -> None:
    prepared = protect_segments(_segments("Baku replied."), builtin, "pt-BR")
    result = restore_segments(prepared, ["Baku, Baku respondeu."])
    assert result.report["duplicated"] == 1
    assert [f.severity for f in result.findings[0]] == ["warning"]


def test_restore_keeps_accepted_alias(builtin: Glossary) -> None:
    prepared = protect_segments(_segments("Shusha, which Armenians call Shushi, fell."),
                                builtin, "pt-BR")
    output = "Shusha, que os armênios chamam Shushi, caiu."
    assert restore_segments(prepared, [output]).targets == [output]


def test_restore_skips_copied_segments(builtin: Glossary) -> None:
    prepared = protect_segments(_segments("Armenia."), builtin, "pt-BR")
    result = restore_segments(prepared, ["Armenia."], skip={0})
    assert (result.targets, result.report["mentions"]) == (["Armenia."], 0)


def test_restore_report_counts_source_fixes(builtin: Glossary) -> None:
    prepared = protect_segments(_segments("Poshinian spoke in Kiev."), builtin, "pt-BR")
    result = restore_segments(prepared, ["Pashinyan falou em Kiev."])
    report = result.report
    assert (report["mentions"], report["kept"], report["repaired"], report["source_fixed"]) == (
        2, 0, 2, 2)
    assert report["summary"] == "names: 2 found, 0 kept, 2 repaired, 0 still wrong"
    assert sorted(f.severity for f in result.findings[0]) == ["info", "warning"]


def test_restore_requires_one_output_per_segment(builtin: Glossary) -> None:
    prepared = protect_segments(_segments("Baku."), builtin, "pt-BR")
    with pytest.raises(ValueError, match="one output"):
        restore_segments(prepared, [])


@pytest.mark.parametrize(("surface", "expected", "ok"), [
    ("Армении", "Армения", True),
    ("Пашиняна", "Пашинян", True),
    ("Armenia", "Armênia", False),
    ("Armeniens", "Armenien", True),  # German genitive
    ("Armenians", "Armenia", False),
    ("Nagorno Karabakh", "Nagorno-Karabakh", False),
], ids=["ru-case", "ru-genitive", "diacritics", "de-genitive", "demonym", "hyphen"])
def test_is_expected(surface: str, expected: str, ok: bool) -> None:
    assert is_expected(surface, expected) is ok


NAMES = ["Baku", "Armenia", "Poshinian", "Azerbaijan’s", "Nagorno-Karbakh", "Kiev", "Moscow",
         "Ilham Aliyev", "U.S."]
FILLER = ["said", "that", "the", "talks", "in", "and", "42", "“quote”", "on", "Monday", "é",
          "XNAME", "X1X"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(NAMES + FILLER), min_size=1, max_size=20),
       st.sampled_from(["en", "pt-BR", "ru"]))
def test_restore_identity_engine_loses_no_text(builtin: Glossary, words: list[str],
                                               locale: str) -> None:
    """An engine that returns its input: every name ends in its target form (or is flagged:
    a name copied with two source words around it, one lower-case, is inside a phrase the
    engine left untranslated, ``copied-phrase``), every other word survives in order, and
    nothing is flagged as missing."""
    text = " ".join(words) + "."
    prepared = protect_segments(_segments(text), builtin, locale)
    result = restore_segments(prepared, prepared.texts)
    (target,) = result.targets
    (item,) = prepared.items
    assert result.report["wrong"] == 0
    # Outside the names, the target is the engine's output unchanged.
    cursor = 0
    for (start, end), exp in zip(item.mt_spans, item.expectations, strict=True):
        gap = item.mt_source[cursor:start]
        assert gap in target
        cursor = end
        flagged = any(i["surface"] == exp.mention.surface and
                      set(i["actions"]) & {"ambiguous", "acronym-kept", "grammar",
                                           "copied-phrase", "unsure-source",
                                           "source-spelling"}
                      for i in result.report["items"])
        assert exp.expected in target or any(a in target for a in exp.accepted) or flagged
    assert item.mt_source[cursor:] in target


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(NAMES + FILLER), min_size=1, max_size=15))
def test_placeholder_fallback_round_trip(builtin: Glossary, words: list[str]) -> None:
    """A first output without any name, then an engine that keeps placeholders: the
    retranslated sentence has every masked name back in its target form."""
    text = " ".join(words) + "."
    prepared = protect_segments(_segments(text), builtin, "pt-BR")
    (item,) = prepared.items
    masked_inputs: list[str] = []

    def retranslate(texts: list[str]) -> list[str]:
        masked_inputs.extend(texts)
        return texts

    result = restore_segments(prepared, ["nada."], retranslate=retranslate)
    # An acronym that vanished is flagged, never forced back in through a placeholder
    # (it was most likely used as a modifier: "US historian" -> "historiador americano").
    # A name the source does not surely give (glossary46's unproven misspelling, glossary47's
    # deprecated form with no evidence: "Kiev." alone) is flagged, never masked either.
    masked_names = [e for e in item.expectations if not _is_acronym(e.mention.surface)
                    and _confident(e.mention)]
    if not masked_names or re.search(r"XNAME\d+X", text):
        assert result.targets == ["nada."] or not item.expectations
        return
    (masked,) = masked_inputs
    assert masked.count(PLACEHOLDER.format(n=0)) == 1
    assert result.report["wrong"] <= len(item.expectations) - len(masked_names)
    for exp in masked_names:
        assert exp.expected in result.targets[0]


@pytest.mark.parametrize("source", [
    "Seoul blamed South Korea's rivals, and warnings came from North Korea.",
    "Warnings came from North Korea, and Seoul blamed South Korea's rivals.",
], ids=["south-first", "north-first"])
def test_a_short_form_does_not_take_another_entrys_name(builtin: Glossary, source: str) -> None:
    """Regression (eval_facts_pages, np4k-yna-co-kr): "Coreia", a form of South Korea, must
    not be taken from "Coreia do Norte" before North Korea is looked for, whichever entry
    comes first: both names are placed, nothing is reported missing or duplicated."""
    prepared = protect_segments(_segments(source), builtin, "pt-BR")
    output = ("Seul culpou os rivais da Coreia do Sul, e os avisos vieram da Coreia do Norte."
              if source.startswith("Seoul") else
              "Os avisos vieram da Coreia do Norte, e Seul culpou os rivais da Coreia do Sul.")
    result = restore_segments(prepared, [output])
    assert result.targets == [output]
    statuses = {i["entry"]: i["status"] for i in result.report["items"]}
    assert statuses["north-korea"] == "kept" and statuses["south-korea"] == "kept"
    assert [f.message for f in result.findings[0]] == []


@pytest.mark.parametrize("locale", ["ru", "pt-BR"])
def test_a_listed_form_is_placed_before_a_close_word(builtin: Glossary, locale: str) -> None:
    """Regression (hypothesis example): in "XNAME Poshinian Pashinyan." only "Pashinyan" is
    a mention; the engine returns the sentence as it is. The name is placed where the
    target writes the listed form, not on the look-alike "Poshinian" (which was then left
    as an unexplained "engine form" while the real name counted as a repeat)."""
    prepared = protect_segments(_segments("XNAME Poshinian Pashinyan."), builtin, locale)
    (item,) = prepared.items
    assert [e.mention.surface for e in item.expectations] == ["Pashinyan"]
    result = restore_segments(prepared, prepared.texts)
    (target,) = result.targets
    expected = item.expectations[0].expected
    assert target == f"XNAME Poshinian {expected}."
    placed = [i for i in result.report["items"] if i["status"] in ("kept", "repaired")]
    assert len(placed) == 1 and placed[0]["actions"] in ([], ["target-replaced"])


def test_a_currency_in_a_headline_is_no_country(builtin: Glossary) -> None:
    """Real page (np4k-video-article-02): "US$25" in an all-capitals line is a currency;
    the engine's "US$25" must not become "EUA$25"."""
    source = "ADD TO CART: US$25 League of Legends Gift Card for NA server"
    output = "ADD TO CART: US$25 League of Legends Gift Card para servidor NA"
    result = restore_segments(protect_segments(_segments(source), builtin, "pt-BR"), [output])
    assert result.targets == [output]


def test_a_local_name_inside_a_title_stays_and_is_flagged(builtin: Glossary) -> None:
    """Real page (traf-dw.com.colonial): "Deutschland" (a gazetteer name of Germany) in the
    German name of an organisation is not rewritten, neither for its own mention nor for
    the "Germany" of the same sentence; the reviewer is told."""
    source = ("The Initiative Schwarze Menschen in Deutschland (Initiative of Black People "
              "in Germany) sees the issue as relevant.")
    output = ("A Iniciativa Schwarze Menschen em Deutschland (Iniciativa de Pessoas Negras "
              "na Alemanha) considera a questão relevante.")
    result = restore_segments(protect_segments(_segments(source), builtin, "pt-BR"), [output])
    assert result.targets == [output]
    assert any("Deutschland" in f.message for f in result.findings[0])


def test_a_copied_word_belongs_only_to_a_mention_the_engine_saw_as_written(
        builtin: Glossary) -> None:
    """"XNAME Poshinian" is a longer name (left alone); the two mentions after it reach the
    engine canonicalised, so the engine's copy of "Poshinian" is not theirs to repair
    (found by the identity-engine property test above)."""
    text = "XNAME Poshinian Poshinian Poshinian said."
    prepared = protect_segments(_segments(text), builtin, "en")
    result = restore_segments(prepared, prepared.texts)
    assert result.targets == ["XNAME Poshinian Pashinyan Pashinyan said."]


# harm28 (probe27's sweep of Global Voices stories): placeholders that damaged the sentence.
@pytest.mark.parametrize(("source", "first", "fallback_output"), [
    # the article the engine wrote before the placeholder is masculine; Coreia do Norte is not
    ("They sailed off to north Korea to talk.", "Eles navegaram para a Coréia para conversar.",
     "Eles navegaram para o XNAME0X para conversar."),
    # the engine repeated the code it copied ("QF72 da QF72 da Singapura"); the first output
    # lacks the name ("Cingapura", probe27's real output, is pt-BR's own form since glossary24)
    ("Qantas flight QF72 from Singapore to Perth landed.",
     "O voo QF72 da cidade-estado para Perth pousou.",
     "O voo QF72 da QF72 da XNAME0X para Perth pousou."),
], ids=["article-gender", "repeated-code"])
def test_placeholder_that_damages_the_sentence_is_left_to_the_engine(
        builtin: Glossary, source: str, first: str, fallback_output: str) -> None:
    prepared = protect_segments(_segments(source), builtin, "pt-BR")
    result = restore_segments(prepared, [first], retranslate=lambda texts: [fallback_output])
    assert result.targets == [first]
    assert "placeholder-lost" in result.report["items"][0]["actions"]


def test_placeholder_keeps_an_agreeing_article(builtin: Glossary) -> None:
    prepared = protect_segments(_segments("They sailed off to north Korea to talk."), builtin,
                                "pt-BR")
    result = restore_segments(prepared, ["Eles navegaram para a Coréia para conversar."],
                              retranslate=lambda texts: ["Eles navegaram para a XNAME0X."])
    assert result.targets == ["Eles navegaram para a Coreia do Norte."]


def test_a_two_letter_word_before_a_surname_is_never_rewritten_into_the_full_name(
        builtin: Glossary) -> None:
    """A blogger, "Al Yousif": "Al" (an article) read as a form of Ali, and Yousif as a
    misspelling of Youssouf; the source sent to the engine keeps the writer's words."""
    prepared = protect_segments(_segments("On the speech itself, Al Yousif adds:"), builtin,
                                "pt-BR")
    assert prepared.texts == ["On the speech itself, Al Yousif adds:"]
    assert all(e.mention.entry.name != "Mahmoud Ali Youssouf" or e.part == "surname"
               for e in prepared.items[0].expectations)


def test_a_place_misspelling_that_the_article_names_as_a_person_is_left_as_written(
        builtin: Glossary) -> None:
    """probe28, Guardian "2004 Larry Nassar investigation dropped...", b3.s0 and b3.s2:
    "Nassar" alone, one letter from Nassau, was sent to the engine as "Nassau" and published
    ("por Nassau"); the item's title names "Larry Nassar" (harm29). Since glossary28 the lone
    word is that person, no mention: not flagged either (it was, as "source-spelling")."""
    texts = ("2004 Larry Nassar investigation dropped after doctor showed police PowerPoint",
             "She was treated for scoliosis by Nassar, who massaged her.",
             "However, Nassar said the treatment was part of a technique.")
    prepared = protect_segments(_segments(*texts), builtin, "pt-BR")
    assert prepared.texts == list(texts)
    outputs = ["Investigação de 2004 sobre Larry Nassar abandonada",
               "Ela foi tratada por escoliose por Nassar, que a massageou.",
               "No entanto, Nassar disse que o tratamento fazia parte de uma técnica."]
    result = restore_segments(prepared, outputs)
    assert result.targets == outputs
    assert result.report["items"] == []
    assert result.findings == [[], [], []]
    # without the person's full name, the lone word is still read as the place misspelt,
    # but with no context of a place (glossary46) it is no longer rewritten "Nassau"
    alone = protect_segments(_segments(texts[2]), builtin, "pt-BR")
    assert [m.surface for m in find_mentions(texts[2], builtin)] == ["Nassar"]
    assert alone.texts == [texts[2]]


def test_one_finding_for_a_misspelling_left_as_the_engine_wrote_it(builtin: Glossary) -> None:
    """probe28, Guardian "2004 Larry Nassar investigation dropped...": each lone "Nassar" had
    two warnings, its source spelling and the kept engine word; one finding a mention. (Without
    the item's title, which names "Larry Nassar": with it, the word is that person since
    glossary28, no mention.)"""
    texts = ("She was treated for scoliosis by Nassar, who massaged her.",
             "However, Nassar said the treatment was part of a technique.")
    outputs = ["Ela foi tratada por escoliose por Nassar, que a massageou.",
               "No entanto, Nassar disse que o tratamento fazia parte de uma técnica."]
    result = restore_segments(protect_segments(_segments(*texts), builtin, "pt-BR"), outputs)
    assert [len(fs) for fs in result.findings] == [1, 1]
    for fs in result.findings:
        assert "left as the engine wrote it" in fs[0].message
        assert fs[0].target_span is not None


def _pt_segments(*texts: str) -> list[Segment]:
    return [Segment(f"b{i}.s0", i, 0, t, 0, len(t), "pt") for i, t in enumerate(texts)]


def test_a_lone_surname_after_the_full_name_is_no_partial_warning(builtin: Glossary) -> None:
    """probe28, UOL "Rival de Putin é condenado...": "Navalny foi preso" after "Alexei Navalny"
    in the sentence before was warned "(partial); check the given name": the article gives it."""
    texts = ("O líder de oposição russo Alexei Navalny foi condenado a mais 20 dias de prisão.",
             "Navalny foi preso nesta manhã pouco tempo depois de ser libertado da cadeia.")
    outputs = ["Russian opposition leader Alexei Navalny was sentenced to another 20 days.",
               "Navalny was arrested this morning shortly after being released from jail."]
    prepared = protect_segments(_pt_segments(*texts), builtin, "en-US", source_lang="pt")
    assert [e.mention.match for e in prepared.items[1].expectations] == ["partial"]
    result = restore_segments(prepared, outputs)
    assert not any("partial" in f.message for fs in result.findings for f in fs)
    # the surname alone, in an article that never gives the given name, is still warned
    alone = restore_segments(protect_segments(_pt_segments(texts[1]), builtin, "en-US",
                                              source_lang="pt"), outputs[1:])
    assert [f.message for fs in alone.findings for f in fs] == [
        "source writes Alexei Navalny as \u201cNavalny\u201d (partial); check the given name"]
