"""probe34: other varieties' spellings left in en-GB and pt-PT editions of real news.

- en-GB: Bosque CF0319 "neutralized Dahlin and Kennet Andersson" was published as the engine wrote
  it while "defense" beside it became "defence": the en-US/en-GB list paired only some -ize verbs.
  A ``[[suffix_pairs]]`` rule of ``locales/spelling/en.toml`` now pairs every -ize verb of the
  en-US dictionary (and its -ized, -izes, -izing, -ization, -izer forms) with its -ise form.
- pt-PT: the Google Ads Developer Blog's Atom feed, "entre em contacto conosco", the Brazilian
  spelling of the pronoun ("connosco" in Portugal), beside "contato" made "contacto".
"""

from __future__ import annotations

import pytest

from translate.spelling import normalize


@pytest.mark.parametrize(("us", "gb"), [
    ("neutralized", "neutralised"),  # the sweep's word
    ("metabolizes", "metabolises"),
    ("emphasizing", "emphasising"),  # -size as a suffix
    ("industrialization", "industrialisation"),
    ("colonizers", "colonisers"),
])
def test_every_ize_verb_of_the_dictionary_is_paired(us: str, gb: str) -> None:
    assert normalize(f"They {us} it.", "en-GB")[0] == f"They {gb} it."
    assert normalize(f"They {gb} it.", "en-US")[0] == f"They {us} it."


@pytest.mark.parametrize("word", [
    "size", "sized", "capsized", "downsizing", "seized", "prize", "prizes", "maize",
    "advertise", "advise", "exercise", "surprise", "compromise", "enterprise",
])
def test_words_whose_ize_or_ise_is_no_suffix_are_left(word: str) -> None:
    for locale in ("en-GB", "en-US"):
        assert normalize(f"the {word} of it", locale) == (f"the {word} of it", [])


def test_names_keep_their_spelling() -> None:
    # lowercase_only: a capitalised form may be a name
    text = "The Organization of American States"
    assert normalize(text, "en-GB") == (text, [])


def test_the_sweep_sentence_in_en_gb() -> None:
    text = ("Brazil dominated the whole game, but lost several chances of scoring In defense "
            "Aldair and Márcio Santos advanced little and neutralized Dahlin and Kennet Andersson")
    out, changes = normalize(text, "en-GB")
    assert "In defence" in out and "neutralised Dahlin" in out
    assert [c["from"] for c in changes] == ["defense", "neutralized"]


def test_connosco_in_pt_pt_and_conosco_in_pt_br() -> None:
    text = "entre em contato conosco através da nossa página do Google+."
    assert normalize(text, "pt-PT")[0] == ("entre em contacto connosco através da nossa página"
                                           " do Google+.")
    assert normalize("entre em contacto connosco", "pt-BR")[0] == "entre em contato conosco"
