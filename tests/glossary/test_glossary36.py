"""A place closing a longer name after a bare Italian or Dutch "of" (glossary36; development
sets u and v, and UD_Italian-PUD / UD_Dutch-Alpino counted in
benchmarks/results/glossary36-connectives-measure-2026-12-06.txt): "l'Accordo di Parigi" is the
Paris Agreement, "Partij van Nederland" a party, "Grote Prijs van Frankrijk" a race; a
capitalised word, "di"/"van", then the place. Not after an English word ("la South Bank Tower di
Londra": the text's own "of" says where the building stands), not after an Italian "of the"
("della BBC"), and not in texts of other languages."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _ids(text: str, glossary: Glossary, lang: str) -> list[str]:
    return [m.entry.id for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # UD_Italian-PUD (CC BY-SA 3.0), development set v: a treaty and an amendment
        ("it", "Ci stiamo muovendo nella giusta direzione: l'Accordo di Parigi rallenterà il "
         "cambiamento climatico, così come il recente Emendamento di Kigali, volto alla riduzione "
         "degli idrofluorocarburi.", "paris"),
        ("it", "Ci stiamo muovendo nella giusta direzione: l'Accordo di Parigi rallenterà il "
         "cambiamento climatico, così come il recente Emendamento di Kigali, volto alla riduzione "
         "degli idrofluorocarburi.", "kigali"),
        # UD_Italian-PUD: a court's name, a canal's name
        ("it", "All'Alta Corte di Hong Kong, due anni dopo, Jutting è apparso prevalentemente "
         "calmo.", "hong-kong"),
        ("it", "Nell'aprile 2012, il Primo Ministro turco Erdogan annunciò i piani del suo governo "
         "di liberare il Bosforo tramite la costruzione parallela del Canale di Istanbul.",
         "istanbul"),
        # UD_Dutch-Alpino (CC BY-SA 4.0), development set u: a party; a race
        ("nl", "In zijn woonplaats Utrecht is zaterdag op 82-jarige leeftijd Barend Schreuders "
         "overleden, voormalig gemeenteraadslid en statenlid in de provincie Utrecht voor de "
         "Communistische Partij van Nederland (CPN).", "netherlands"),
        ("nl", "De Duitser zegevierde in de Grote Prijs van Frankrijk.", "country-fr"),
    ],
)
def test_place_closing_a_longer_name_is_no_mention(lang: str, text: str, wrong: str,
                                                   glossary: Glossary) -> None:
    assert wrong not in _ids(text, glossary, lang)


@pytest.mark.parametrize(
    ("lang", "text", "right"),
    [
        # UD_Italian-PUD: an English name, then the text's own "of London"
        ("it", "L'iconica South Bank Tower di Londra, ha ingaggiato l'interior designer Rachel "
         "Winham per progettare l'appartamento campione.", "london"),
        ("it", "Joliot-Curie le permise di venire a studiare l'isolamento del polonio al Curie "
         "Institute di Parigi.", "paris"),
        # UD_Italian-PUD (set v): "of the BBC", an articled preposition
        ("it", "Ha detto all'Andrew Marr Show della BBC: \"Le elezioni generali sono francamente "
         "l'ultima cosa che il Governo vuole\".", "bbc"),
        # a lower-case noun before "di" / "van": the sentence's own genitive
        ("it", "Il sindaco di Parigi ha parlato ieri.", "paris"),
        ("nl", "De regering van Nederland heeft gisteren gesproken.", "netherlands"),
        # another language's "di"/"van" is no connective of a name (an English "van" after a
        # brand)
        ("en", "The Ford van Paris dealers sold last year was recalled.", "paris"),
    ],
)
def test_place_after_ordinary_of_stays_a_mention(lang: str, text: str, right: str,
                                                 glossary: Glossary) -> None:
    assert right in _ids(text, glossary, lang)
