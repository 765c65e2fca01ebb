"""glossary18's round of issue 14 (developed on the spent sets a-s; held-out set t untouched).

German (and the other -s genitive languages) glue an -s to a name ("Israels Armee", "Trumps
Aussagen", "des UN-Sicherheitsrats"), and German capitalises every noun, so a capitalised word
before a name is as often a noun ("die Straßen von Manila") as a word of a longer name. Arabic
glues clitics to the front of a name ("بلندن") and makes adjectives with "-ي" ("اللندني", the
Londoner). Sentences here are new (none is in a name set)."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary
from translate.glossary.match import find_mentions


def _found(text: str, glossary: Glossary, lang: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize(("lang", "text", "surface", "entry"), [
    # an -s genitive of a place after a noun phrase, and opening a sentence
    ("de", "Die Regierung Perus hat den Notstand ausgerufen.", "Perus", "country-pe"),
    ("de", "Im Norden Israels heulten am Abend die Sirenen.", "Israels", "country-il"),
    ("de", "Irans Außenministerium bestellte den Botschafter ein.", "Irans", "iran"),
    # a person's surname with the -s genitive, mid-sentence and opening one
    ("de", "Die Reise Selenskyjs nach Berlin war lange geplant.", "Selenskyjs",
     "volodymyr-zelensky"),
    ("de", "Macrons Rede im Parlament dauerte eine Stunde.", "Macrons", "emmanuel-macron"),
    ("nl", "Het bezoek van de minister aan Erdogans paleis duurde kort.", "Erdogans",
     "recep-tayyip-erdogan"),
    # a name of several words or an organisation's one-word name with the genitive
    ("de", "Eine Resolution des UN-Sicherheitsrats scheiterte am Veto.", "UN-Sicherheitsrats",
     "un-security-council"),
    ("de", "Die Versammlung des Europarats tagt in Straßburg.", "Europarats",
     "council-of-europe"),
    # a name after a noun phrase and a preposition, a person after a noun
    ("de", "Die Flüge von Madrid nach Lissabon fielen aus.", "Madrid", "madrid"),
    ("de", "Er sprach mit seinem ungarischen Amtskollegen Viktor Orbán.", "Viktor Orbán",
     "viktor-orban"),
    ("de", "Die Delegation aus Baku am Montag reiste ab.", "Baku", "baku"),
    # an Arabic name with a clitic glued to it, written as the place lists it
    ("ar", "وصل الوزير بلندن مساء الأحد.", "بلندن", "london"),
])
def test_declined_and_cliticised_names_are_found(builtin: Glossary, lang: str, text: str,
                                                 surface: str, entry: str) -> None:
    assert (surface, entry) in _found(text, builtin, lang)


@pytest.mark.parametrize(("lang", "text", "entry"), [
    # a German noun one letter off a place, after its article: no misspelt place
    ("de", "Am Ende der Saison stieg der Verein ab.", "ho-chi-minh-city"),
    ("de", "Viele Fachkräfte kommen aus dem Ausland.", "auckland"),
    ("de", "Die Mannschaft verlor gegen den Slowenen im Finale.", "country-si"),
    # an English name with "of" stays one name in a German text
    ("de", "Die Zeitung Times of India berichtete zuerst.", "country-in"),
    # a noun before a name is no given name of a longer person's name
    ("de", "Der Sprecher Putins wollte sich nicht äußern.", "vladimir-putin"),
    # Arabic: an adjective made with "-ي", a word sharing only romanized consonants
    ("ar", "قال المحلل اللندني إن الأسعار سترتفع.", "london"),
    ("ar", "أطلقت القوات الصواريخ على المواقع.", "zurich"),
])
def test_nouns_adjectives_and_lookalikes_are_no_such_mention(builtin: Glossary, lang: str,
                                                            text: str, entry: str) -> None:
    found = find_mentions(text, builtin, source_lang=lang)
    if entry == "vladimir-putin":  # the mention is the name alone, not "Sprecher Putins"
        assert [m.surface for m in found if m.entry.id == entry] == ["Putins"]
    else:
        assert entry not in {m.entry.id for m in found}


def test_an_arabic_word_after_a_place_says_nothing_by_capitals(builtin: Glossary) -> None:
    # Arabic has no capitals: the word after a place is no word of a longer name
    assert ("القاهرة", "cairo") in _found("وفي القاهرة قال المسؤولون إن الوضع هادئ.", builtin,
                                          "ar")
