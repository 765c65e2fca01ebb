"""glossary27 (the thirtieth pass) of issue 14: Kazakh case endings, a country's initials kept
with its conjunction ("BiH"), places in the genitive before an Armenian body's noun; developed on
the development sets x and z (docs/evaluation/names.md); held-out sets aa and ab untouched."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.glossary.match import _conjoined_initials


def _found(glossary: Glossary, text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


# -- Kazakh case endings -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "entry"), [
    # set z (development), UD_Kazakh-KTB: genitive, accusative, dative of Iran and Ukraine
    ("Иранның жаңа архитектуралық мұралары қазіргі стиль мен ұлттық үлгідегі сәулет өнерін "
     "ұштастырған.", "Иранның", "iran"),
    ("Бірақ 1918 ж. ағылшындар бүкіл Иранды басып алып, 1919 ж. оны кіріптарлық шарттарға "
     "қол қоюға мәжбүр етті.", "Иранды", "iran"),
    ("- Қазақстан халқы Украинаға тұрақтылық пен игілік тілейді.", "Украинаға", "ukraine"),
    ("Мен Малайзияның әр азаматына осы кітапты оқып шығуды ұсынғым келеді.", "Малайзияның",
     "country-my"),
    # written for this test: locative and ablative
    ("Біз Парижде болдық, содан кейін Мәскеуден ұштық.", "Парижде", "paris"),
    ("Біз Парижде болдық, содан кейін Мәскеуден ұштық.", "Мәскеуден", "moscow"),
])
def test_a_kazakh_case_ending_on_a_name(builtin: Glossary, text: str, surface: str,
                                        entry: str) -> None:
    assert (surface, entry) in _found(builtin, text, "kk")


def test_kazakh_endings_are_read_in_kazakh_only(builtin: Glossary) -> None:
    # the same word in a Russian text is no Russian case of Iran
    assert ("Иранның", "iran") not in _found(builtin, "Слово Иранның не русское.", "ru")


# -- a country's initials with its conjunction -------------------------------------------------

def test_conjoined_initials() -> None:
    assert _conjoined_initials("Bosna i Hercegovina") == "BiH"
    assert _conjoined_initials("Trinidad i Tobago") == "TiT"
    assert _conjoined_initials("Sjedinjene Američke Države") is None  # no conjunction
    assert _conjoined_initials("Bosnia and Herzegovina") is None  # "and" is no short word
    assert _conjoined_initials("Papua Nova Gvineja") is None


def test_bih_in_a_croatian_sentence(builtin: Glossary) -> None:
    # set x (development), UD_Croatian-SET
    text = ('"Sljedećih nekoliko dana, čak i sati, bit će od iznimnog značaja za budućnost '
            'BiH", ukazuje se u poruci Ureda visokog predstavnika.')
    assert ("BiH", "bosnia-and-herzegovina") in _found(builtin, text, "hr")


@pytest.mark.parametrize(("text", "lang"), [
    ("Bih ti rekao da dođeš.", "hr"),  # "would", a word: matched as written, case and all
    ("The BiH delegation arrived.", "en"),  # English derives no initials from local names
])
def test_bih_only_as_written_in_a_language_that_names_it_so(builtin: Glossary, text: str,
                                                           lang: str) -> None:
    assert not any(e == "bosnia-and-herzegovina" for _, e in _found(builtin, text, lang))


# -- Armenian: a place in the genitive before a body's noun ------------------------------------

@pytest.mark.parametrize("text", [
    # set x (development), UD_Armenian-ArmTDP
    "«Հայաստանի պետական սիմֆոնիկ նվագախումբը պեղել-գտել է Հարո Ստեփանյանի Դաշնամուրի "
    "կոնցերտի նոտաները, խմբագրել, հասցրել այսօրվա ելույթին։",
    "Մոսկվայի սատիրայի թատրոնի արտիստներ ԱՆԴՐԵՅ ՄԻՐՈՆՈՎԸ և ԱԼԵՔՍԱՆԴՐ ՇԻՐՎԻՆԴՏԸ,",
    "վաստակավոր կոլեկտիվ Թ. Ալթունյանի անվան հայկական ժողովրդական երգի-պարի պետական "
    "անսամբլը, Հայաստանի պարի պետական անսամբլը,",
])
def test_a_place_opening_an_armenian_bodys_name_is_no_mention(builtin: Glossary,
                                                              text: str) -> None:
    assert not any(e in ("armenia", "moscow") for _, e in _found(builtin, text, "hy"))


@pytest.mark.parametrize(("text", "entries"), [
    # written for this test: the place's genitive before no body's noun, before a plural noun,
    # and a second place after "and"
    ("Հայաստանի կառավարությունը որոշում կայացրեց։", {"armenia"}),
    ("Հայաստանի և Ռուսաստանի բանկերը փակ են։", {"armenia", "russia"}),
    ("Հայաստանի ու Վրաստանի ակադեմիաները համագործակցում են։", {"armenia"}),
])
def test_the_place_before_no_single_bodys_noun_is_still_a_mention(
        builtin: Glossary, text: str, entries: set[str]) -> None:
    assert entries <= {e for _, e in _found(builtin, text, "hy")}
