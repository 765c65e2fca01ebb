"""glossary34: a name the engine added in place of a lost multi-word source name is blocking.

probe32's wapo b11.s0 (real text and the embedded engine's real output): "he has been in the
Navy brig in South Carolina since" was written "ele está na Coreia do Sul desde então", and
the edition was published with a warning only, since South Carolina is no glossary name. The
rule (translate.glossary.injected.replaced_names): the source writes a multi-word capitalised
name the target lost entirely, the added name stands alone and is no rendering of it, and the
source does not write the added entity's own words. The other sentences are real rows of the
development sweeps (probe24, probe27) where the added name translates the source's words: they
stay warnings.
"""

from __future__ import annotations

import pytest

from translate.glossary import load_glossary
from translate.glossary.injected import injected_names, lost_names, replaced_names
from translate.model import Segment, TranslatedSegment
from translate.pipeline import _injected_name_findings

WAPO_SOURCE = (
    "Just before Marri was to be tried on fraud charges in 2003, President George W. Bush "
    "ordered him transferred to military custody, and he has been in the Navy brig in South "
    "Carolina since."
)
WAPO_TARGET = (
    "Pouco antes de Marri ser julgado por acusações de fraude em 2003, o presidente George W. "
    "Bush ordenou que ele fosse transferido para a custódia militar, e ele está na Coreia do "
    "Sul desde então."
)

# real rows of the development sweeps: the added name renders the source's own words
TRANSLATED = [
    (  # probe24 pages-np4k-cnn-article b53.s1: Lagos inside "Grandes Lagos"
        "Snow also continued to fly in the central Appalachians and around the Great Lakes as "
        "cold air moved in and produced lake-effect snows.",
        "Snow também continuou a voar nos Apalaches centrais e em torno dos Grandes Lagos como "
        "o ar frio moveu-se e produziu neves de efeito do lago.",
        "Lagos",
    ),
    (  # probe27 gv-07 b3.s0: the adjectives written as the regions
        "Even before Obama's inauguration, and well before he decided which Middle Eastern or "
        "North African country he would choose to deliver his so called foreign policy speech "
        "in, some Moroccan-Americans lobbied for President Obama to come to Rabat.",
        "Mesmo antes da posse de Obama, e bem antes de decidir qual país do Oriente Médio ou "
        "Norte da África ele escolheria entregar seu chamado discurso de política externa, "
        "alguns marroquinos pressionaram para o presidente Obama vir a Rabat.",
        "Oriente Médio",
    ),
    (  # probe27 gv-14 b7.s1: a people's word written as the region
        "A vision that will continue to remain as illusive as a desert mirage for us Middle "
        "Eastners.",
        "Uma visão que continuará a ser tão ilusória como uma miragem do deserto para nós, nos "
        "Oriente Médio.",
        "Oriente Médio",
    ),
    (  # probe27 gv-02 b1.s3: the adjective written as the country
        "The Zimbabwean President, Robert Mugabe once described gays as worse than dogs and pigs.",
        "O presidente do Zimbábue, Robert Mugabe, uma vez descreveu os gays como piores do que "
        "os cães e porcos.",
        "Zimbábue",
    ),
]


def _seg(source: str, target: str, lang: str = "en") -> TranslatedSegment:
    return TranslatedSegment(Segment("b11.s0", 0, 0, source, 0, len(source), lang), target,
                             origin="mt")  # fmt: skip


def test_south_korea_in_place_of_south_carolina_is_blocking() -> None:
    seg = _seg(WAPO_SOURCE, WAPO_TARGET)
    found = _injected_name_findings([seg], load_glossary(), "pt-BR")
    assert [(f.severity, f.data) for f in found] == [
        ("error", {"entry": "south-korea", "lost": ["South Carolina"]})
    ]
    assert "in place of South Carolina" in found[0].message


def test_the_lost_run_is_read_by_words_and_their_renderings() -> None:
    assert lost_names(WAPO_SOURCE, WAPO_TARGET) == ["South Carolina"]
    # written the target's way, word by word or by its first letters: not lost
    assert lost_names("He lives in South Carolina.", "Ele mora na Carolina do Sul.") == []
    assert lost_names(
        "Comisia Europeană a acordat autorizația pe întreg teritoriul Uniunii Europene.",
        "A Comissão Europeia concedeu a autorização em todo o território da União Europeia.",
    ) == []


@pytest.mark.parametrize(("source", "target", "name"), TRANSLATED,
                         ids=["great-lakes", "middle-eastern", "middle-eastners", "zimbabwean"])
def test_a_name_rendering_the_sources_words_stays_a_warning(
    source: str, target: str, name: str
) -> None:
    g = load_glossary()
    hits = [h for h in injected_names(source, target, g, "pt-BR", "en") if h.text == name]
    assert hits
    assert all(replaced_names(source, target, h, "en") == [] for h in hits)
    found = _injected_name_findings([_seg(source, target)], g, "pt-BR")
    # names47: the one-word name the source writes as its derivative ("Zimbabwean") is info
    assert found and {f.severity for f in found} == (
        {"info"} if name == "Zimbábue" else {"warning"})


def test_an_added_name_with_no_lost_run_stays_a_warning() -> None:
    # probe32 wapo b10.s0: "a Qatari national" written "um nacional do Catar"
    source = ("The new administration was not eager to take a stand on the legal issues "
              "surrounding Marri, 43, a Qatari national.")
    target = ("A nova administração não estava ansiosa para tomar uma posição sobre as questões "
              "legais em torno de Marri, 43 anos, um nacional do Catar.")
    found = _injected_name_findings([_seg(source, target)], load_glossary(), "pt-BR")
    # names47: "Qatari" is the source's derivative of Qatar: the engine rendered it (info)
    assert [f.severity for f in found] == ["info"]
    assert "the source writes it as 'Qatari'" in found[0].message
