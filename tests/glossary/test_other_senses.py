"""Precision (issue 14): a glossary name written in another sense is no mention, and a weak
match is flagged, never rewritten.

Classes, each with sentences of its own (none is taken from the held-out name sets):
a place inside a longer proper name even where a sentence starts with it, a name whose
lower-case form is an ordinary word with nothing around it that makes it the name, an
acronym used as a unit or the name of a standard, a place name that is a person's name
after a role noun, and a one-word short form of a longer name in the repair step.
"""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _ids(glossary: Glossary, text: str, lang: str = "en") -> list[str]:
    return [m.entry.id for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize(("text", "entry"), [
    # a longer name at the start of a sentence: a name-forming word, a given name
    ("Sporting Lisbon won the derby on penalties.", "lisbon"),
    ("New Mexico lawmakers approved the water plan.", "country-mx"),
    ("Jennifer Paris owns the bakery on the corner.", "paris"),
    # a connective and a capitalised word after the name; a hyphenated saint's name
    ("Dinner was served at Roma di Notte, a trattoria near the station.", "rome"),
    ("Trains to the Paris Saint-Lazare terminus were cancelled.", "paris"),
    # an ordinary word opening a sentence, nothing to support the name
    ("Turkey sandwiches sold out before noon at the fair.", "turkey"),
    ("Fed up with the noise, neighbours called the police.", "federal-reserve"),
    # an acronym as a unit or the name of a standard
    ("The comet passed within 0.3 AU of the Sun last spring.", "african-union"),
    ("Papers submitted late must still follow APA citation rules.", "apa"),
    # a place name after a role noun is a person's name
    ("Fans cheered the striker Victoria after the final whistle.", "victoria"),
])
def test_other_sense_is_no_mention(builtin: Glossary, text: str, entry: str) -> None:
    assert entry not in _ids(builtin, text)


def test_role_noun_before_a_place_in_portuguese(builtin: Glossary) -> None:
    assert "lima" not in _ids(builtin, "O goleiro Lima defendeu dois pênaltis.", "pt")


@pytest.mark.parametrize(("text", "entry"), [
    # the same words where they are the name: a clause follows, a possessive, another name
    ("Turkey said on Monday it would extend the grain deal.", "turkey"),
    ("Turkey's central bank raised rates again.", "turkey"),
    ("Turkey and Armenia agreed to reopen the border crossing.", "turkey"),
    ("Chile, Peru and Bolivia share the Atacama.", "country-cl"),
    ("Officials in Turkey said the talks would go on.", "turkey"),
    ("The Fed raised its key rate by a quarter point.", "federal-reserve"),
    ("AU leaders met in Addis Ababa on Sunday.", "african-union"),
    ("A ceasefire in Lisbon was not on the agenda.", "lisbon"),
    ("Paris said it would send more troops.", "paris"),
])
def test_the_name_is_still_found(builtin: Glossary, text: str, entry: str) -> None:
    assert entry in _ids(builtin, text)


def test_one_word_short_form_is_flagged_not_rewritten(builtin: Glossary) -> None:
    source = "Audiences applauded Wagner at the opera house."
    output = "O público aplaudiu Wagner na casa de ópera."
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    prepared = protect_segments([seg], builtin, "pt-BR", "en")
    result = restore_segments(prepared, [output])
    assert result.targets[0] == output
    statuses = [t["status"] for t in result.terms[0]]
    assert "repaired" not in statuses


def test_quotation_opening_word_says_nothing_by_its_capital(builtin: Glossary) -> None:
    """A capitalised word opening a quotation does not make the name after it a longer
    name ("the headline "Kokous Tallinnassa"": a Finnish locative of Tallinn)."""
    text = 'The paper ran the headline "Kokous Tallinnassa" on its front page.'
    assert "tallinn" in _ids(builtin, text)


@pytest.mark.parametrize(("text", "entry"), [
    ("China exports rose 5 percent in May.", "china"),
    ("Fed officials signalled two more cuts this year.", "federal-reserve"),
    ("Pentagon officials declined to comment.", "pentagon"),
    ("Trump administration lawyers filed the appeal.", "donald-trump"),
])
def test_common_word_name_before_a_noun_of_news_prose(builtin: Glossary, text: str,
                                                      entry: str) -> None:
    """A sentence-initial name that is also a common word, before a noun news prose puts
    after a country or an institution, or a surname, stays the name."""
    assert entry in _ids(builtin, text)


# -- fourth round: senses read from data (subdivisions.toml, context.toml, pt.txt) ----------------
@pytest.mark.parametrize(("text", "entry", "lang"), [
    # a country named like another country's region, with that region's cues
    ("Savannah, Georgia, reopened its port after the hurricane.", "georgia", "en"),
    ("The Georgia state senator filed the bill on Monday.", "georgia", "en"),
    ("Heavy rain flooded two counties in southern Georgia overnight.", "georgia", "en"),
    ("Lagos and Kano residents moved to Niger State after the floods.", "country-ne", "en"),
    # an acronym after a participle of measuring and "in": a unit
    ("Orbits are expressed in AU throughout the appendix.", "african-union", "en"),
    # a Brazilian state code after a masculine determiner in Portuguese text
    ("A bancada do AP votou contra a proposta.", "associated-press", "pt"),
    # a title, then a place name, then a capitalised word: a person's given name
    ("Interior Minister Victoria Prentis visited the border post.", "victoria", "en"),
    # a one-word alias that is a word of a longer name and a proper word of English
    ("The choir sang Wagner before the interval.", "wagner-group", "en"),
    # a Portuguese common word opening a Portuguese sentence, nothing supporting the name
    ("Praia limpa é direito de todos, diz a campanha.", "praia", "pt"),
])
def test_other_sense_read_from_data(builtin: Glossary, text: str, entry: str,
                                    lang: str) -> None:
    assert entry not in _ids(builtin, text, lang)


@pytest.mark.parametrize(("text", "entry", "lang"), [
    ("Georgia and Armenia signed a transit deal in Tbilisi.", "georgia", "en"),
    ("Georgia's prime minister met EU envoys in Brussels.", "georgia", "en"),
    ("Segundo a AP, o acordo foi assinado ontem.", "associated-press", "pt"),
    ("Wagner fighters left Bakhmut, Ukrainian officials said.", "wagner-group", "en"),
    ("Peru e Bolívia assinaram o acordo.", "country-pe", "pt"),
    ("Prices are quoted in dollars by the AU secretariat.", "african-union", "en"),
])
def test_the_name_is_still_found_beside_those_senses(builtin: Glossary, text: str, entry: str,
                                                     lang: str) -> None:
    assert entry in _ids(builtin, text, lang)


@pytest.mark.parametrize(("text", "lang", "entry"), [
    # Slavic case endings, in a Slavic text or a Cyrillic word
    ("Переговоры прошли в Москве и Франции.", "ru", "moscow"),
    ("Переговоры прошли в Москве и Франции.", "ru", "country-fr"),
    ("Delegacja wróciła z Moskwy.", "pl", "moscow"),
    # the initials of another language's name of an organisation
    ("El FMI revisó sus previsiones.", "es", "imf"),
    ("Delegates of the SNG met in Minsk.", "en", "cis"),
    # a title in a German compound before the name
    ("Bundesaußenminister Sergej Lawrow reiste ab.", "de", "sergey-lavrov"),
    # a Turkish title before an inflected capital
    ("Dışişleri Bakanı Tiflis'ten döndü.", "tr", "tbilisi"),
    # a French romanisation habit respelt
    ("Les touristes sont revenus à Batoumi.", "fr", "batumi"),
])
def test_spellings_found(builtin: Glossary, text: str, lang: str, entry: str) -> None:
    assert entry in _ids(builtin, text, lang)


def test_cyrillic_acronym_is_no_misspelt_surname(builtin: Glossary) -> None:
    assert "yoon-suk-yeol" not in _ids(builtin, "The ООН statement was read out.")


def test_one_letter_endings_need_a_slavic_text(builtin: Glossary) -> None:
    # "Roma" is no case form of a glossary name in English text
    assert _ids(builtin, "He visited Cuba and Romania in May.") == ["country-cu", "country-ro"]


# -- after set d (now a development set): other people, look-alikes inside names ------------------
@pytest.mark.parametrize(("text", "entry"), [
    # another person of the same surname: a given name that is no form of the entry's
    ("Jill Biden visited a school in Delaware.", "joe-biden"),
    ("Hunter Biden appeared in court on Tuesday.", "joe-biden"),
    # a look-alike of a place after a capitalised word: a surname
    ("Former president François Hollande spoke at the rally.", "netherlands"),
    # a lone look-alike of a surname that differs in a consonant
    ("Keir's neighbour Starner said nothing.", "keir-starmer"),
    # a name after an institution's opening word is part of its name
    ("The exhibition opened at Instituto Lula in São Paulo.", "luiz-inacio-lula-da-silva"),
])
def test_other_people_and_names(builtin: Glossary, text: str, entry: str) -> None:
    assert entry not in _ids(builtin, text)


@pytest.mark.parametrize(("text", "entry"), [
    ("Joseph Biden signed the order.", "joe-biden"),
    ("Pashinian said the talks would resume.", "nikol-pashinyan"),
    ("Nicholas Pashinyan met Aliev.", "nikol-pashinyan"),
    ("President Zelenskky thanked the allies.", "volodymyr-zelensky"),
])
def test_the_person_is_still_found(builtin: Glossary, text: str, entry: str) -> None:
    assert entry in _ids(builtin, text)


def test_a_known_given_name_before_a_surname_is_another_person(builtin: Glossary) -> None:
    """A given name the dictionary knows and that is no form of the entry's ("John",
    "Hunter") makes another person of the same surname: no mention. (Until the fourth
    round this was a flagged partial mention; an unknown given name still is.)"""
    assert "nikol-pashinyan" not in _ids(builtin, "John Pashinyan said no.")


# A place followed by a region of another country is that country's namesake (issue 14:
# places with the same name in another country). Sentences written for this test.
@pytest.mark.parametrize(("text", "entry", "lang"), [
    ("Police in Moscow, Idaho, said the suspect fled.", "moscow", "en"),
    ("He was born in Paris, Texas.", "paris", "en"),
    ("In Kingston, Ontario, it snowed all night.", "kingston", "en"),
    ("The band played in Athens, Georgia, last year.", "athens", "en"),
    ("The band played in Athens, Georgia, last year.", "georgia", "en"),
    ("O prefeito de Macau, no Rio Grande do Norte, renunciou.", "macau", "pt"),
    ("Em Macau (RN), choveu muito.", "macau", "pt"),
])
def test_namesake_in_another_country_is_no_mention(builtin: Glossary, text: str, entry: str,
                                                   lang: str) -> None:
    assert entry not in _ids(builtin, text, lang)


@pytest.mark.parametrize(("text", "entries"), [
    ("She lives in Tbilisi, Georgia, with her family.", ["tbilisi", "georgia"]),
    ("He arrived in Khan Younis, Gaza, on Monday.", ["khan-younis", "gaza"]),
    ("Officials in Lagos, Nigeria, said the port was shut.", ["lagos", "country-ng"]),
    ("Strikes hit Gaza, Israel, Lebanon and Syria.", ["gaza", "country-il"]),
    ("Armenia, Georgia and Azerbaijan signed the text.", ["armenia", "georgia"]),
    ("Officials in Lagos, Portugal, said the beach was shut.", ["country-pt"]),
    ("He visited Kyiv, Poland, and Germany.", ["kyiv", "country-pl"]),
    ("Strikes on Gaza, Israel, and Lebanon went on.", ["gaza", "country-il"]),
])
def test_place_in_its_own_country_or_a_list_stays(builtin: Glossary, text: str,
                                                   entries: list[str]) -> None:
    found = _ids(builtin, text)
    assert all(e in found for e in entries), found


# An acronym the document spells out as the name of another body is that body's (issue 14:
# acronyms that name something else). Sentences written for this test.
@pytest.mark.parametrize(("text", "entry"), [
    ("Reporters Without Borders (RSF) condemned the arrest. RSF said it was outrageous.",
     "rapid-support-forces"),
    ("RSF (Reporters Without Borders) condemned the arrest.", "rapid-support-forces"),
    ("The APA, the American Psychological Association, issued new guidance.", "apa"),
    ("The International Cricket Council (ICC) fined the captain.", "icc"),
    ("The England and Wales Cricket Board (ECB) said it would not appeal.", "ecb"),
])
def test_acronym_spelt_out_as_another_body_is_no_mention(builtin: Glossary, text: str,
                                                         entry: str) -> None:
    assert entry not in _ids(builtin, text)


@pytest.mark.parametrize(("text", "entry"), [
    ("Sudan's Rapid Support Forces (RSF) attacked El Fasher. The RSF denied it.",
     "rapid-support-forces"),
    ("The International Criminal Court (ICC) issued a warrant.", "icc"),
    ("The European Central Bank (ECB) raised rates again.", "ecb"),
    ("Azerbaijan's state news agency APA reported the visit.", "apa"),
])
def test_acronym_spelt_out_as_its_own_body_stays(builtin: Glossary, text: str,
                                                 entry: str) -> None:
    assert _ids(builtin, text).count(entry) >= 1
