"""A name closing a longer name after an Italian plural "of the" (delle, degli, dei) and a
capitalised word (glossary37; development set v, and UD_Italian-PUD counted in
benchmarks/results/glossary37-connectives-measure-2026-12-06.txt): "Programma delle Nazioni
Unite" is a programme of the United Nations (UNEP), no mention of the UN by the sets' rule. The
singular "della" stays out ("lo Show della BBC" is the BBC's show, glossary36), and a plural
"of the" after a lower-case word is an ordinary genitive ("una revisione delle Nazioni Unite")."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _ids(text: str, glossary: Glossary, lang: str) -> list[str]:
    return [m.entry.id for m in find_mentions(text, glossary, source_lang=lang)]


def test_plural_of_the_closing_a_programme_name_is_no_mention(glossary: Glossary) -> None:
    # UD_Italian-PUD (CC BY-SA 3.0), development set v
    text = ("Ci stiamo muovendo nella giusta direzione: l'Accordo di Parigi rallenterà il "
            "cambiamento climatico, così come il recente Emendamento di Kigali, volto alla "
            "riduzione degli idrofluorocarburi, ha affermato Erik Solheim, direttore del "
            "Programma delle Nazioni Unite per l'Ambiente.")
    assert "united-nations" not in _ids(text, glossary, "it")


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # UD_Italian-PUD: an ordinary genitive after lower-case words
        ("Una revisione delle Nazioni Unite sui piani nazionali atti a diminuire la presenza di "
         "carbonio afferma che i livelli necessari a mantenere l'aumento della temperatura "
         "globale sotto i 2° non sono abbastanza.", "united-nations"),
        ("Trudeau estenderà l'invito al 45esimo presidente degli Stati Uniti, chiunque sia "
         "eletto.", "united-states"),
        ("Nonostante le sue azioni severe, Carlo era considerato un sovrano comprensivo per "
         "quanto riguardava i bisogni dei Paesi Bassi.", "netherlands"),
    ],
)
def test_plural_of_the_after_a_lower_case_word_stays(text: str, right: str,
                                                     glossary: Glossary) -> None:
    assert right in _ids(text, glossary, "it")

