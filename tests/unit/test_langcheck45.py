"""langcheck45 (probe44's false blocking findings on government and culture releases).

* A word the source negates by a hyphened prefix ("Non-Profit") is one word to the
  word-negation check (``facts.check_word_negation``): kept as the source writes it, it is a
  word left in the source's language (an ``untranslated`` blocking finding), not a negation
  lost ("the target has 'Profit' with no negation"); rendered with a negation word of the
  target that the source's negation words do not account for ("Não Lucro"), it is negated even
  when another word of the target begins with its stem's letters ("Profissional").
* "to" before an inflected word ("reports to states that identify scams") is a preposition, no
  infinitive's marker: the dropped-action reading of ``facts.check_purpose_lost`` does not take
  "states" for a verb (``[purpose] inflected_ending`` of ``locales/facts/en.toml``).

The controls: a negated word written bare with no negation anywhere, or with only the negation
the source also has, and an infinitive's verb dropped, are still held.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair

LOCALES = ["pt-BR", "pt-PT"]
HEADLINE = ("Readout of Meeting with Lin-Manuel Miranda and the Professional Non-Profit Theater "
            "Coalition on the Biden-Harris Administration’s Commitment to the Arts and Humanities")
HALF_ENGLISH = ("Readout of Meeting with Lin-Manuel Miranda and the Professional Non-Profit "
                "Theater Coalition on the Biden-Harris Administration's Compromisso com as Artes "
                "e Humanidades")


def _blocking(source: str, target: str, locale: str) -> list[tuple[str, str]]:
    return [(f.check, f.message) for f in check_pair(source, target, "en", locale).blocking]


@pytest.mark.parametrize("locale", LOCALES)
def test_negated_word_kept_in_english_is_untranslated_not_negation(locale: str) -> None:
    found = _blocking(HEADLINE, HALF_ENGLISH, locale)
    assert not [m for c, m in found if c == "negation"]
    copied = [m for c, m in found if c == "untranslated"]
    assert copied and "'Non-Profit'" in copied[0]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Participants of the Professional Non-Profit Theater Coalition included:",
         "Os participantes da Coalizão Profissional de Teatro Não Lucro incluíram:"),
        ("The Non-Profit Publishers Association met on Monday.",
         "A Associação de Editores Sem Fins Lucrativos reuniu-se na segunda-feira."),
    ],
)
def test_negation_rendered_by_a_negation_word_passes(source: str, target: str,
                                                     locale: str) -> None:
    assert not [m for c, m in _blocking(source, target, locale) if c == "negation"]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the prefix dropped, no negation word anywhere
        ("Participants of the Professional Non-Profit Theater Coalition included:",
         "Os participantes da Coalizão Profissional de Teatro de Lucro incluíram:"),
        # the target's only negation word is the source's "not": the prefix is still lost
        ("The unidentified man did not speak to reporters.",
         "O homem identificado não falou com os repórteres."),
    ],
)
def test_negation_lost_is_still_held(source: str, target: str, locale: str) -> None:
    assert [m for c, m in _blocking(source, target, locale) if c == "negation"]


@pytest.mark.parametrize("locale", LOCALES)
def test_to_before_a_plural_noun_is_no_dropped_action(locale: str) -> None:
    source = ("The FTC will provide complaint reports to states that identify scams targeting "
              "student loan borrowers.")
    target = ("A FTC fornecerá relatórios de reclamações para os estados que identificam golpes "
              "contra mutuários de empréstimos estudantis.")
    assert not [m for c, m in _blocking(source, target, locale) if "action is gone" in m]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The team worked all night to collect the pages.",
         "A equipe trabalhou a noite toda para as páginas."),
        ("The agency hired staff to address the complaints.",
         "A agência contratou funcionários para as reclamações."),
    ],
)
def test_infinitive_dropped_is_still_held(source: str, target: str, locale: str) -> None:
    assert [m for c, m in _blocking(source, target, locale) if "action is gone" in m]


@pytest.mark.parametrize("locale", LOCALES)
def test_negated_title_kept_whole_is_not_held(locale: str) -> None:
    # a copied word the check read as negated before (its prefix inside the token) is not
    # relabelled: only a hold the check made is
    found = _blocking("The studio released Unbreakable on Friday.",
                      "O estúdio lançou Unbreakable na sexta-feira.", locale)
    assert not [m for c, m in found if c in ("negation", "untranslated")]
