"""Agreement rows for Ukrainian, Czech and Slovak, and Polish adjectives in -kiej/-kiego
(glossary53).

glossary52 read a listed several-word name declined word by word with the adjective and the
noun agreeing (``[agreement.*]`` of ``locales/languages/case-endings.toml``) in Russian,
Polish and German. Here the same rows as data for Ukrainian ("Російської Федерації",
"Сполучених Штатів"), Czech ("Spojených států", "Ruské federace") and Slovak ("Spojených
štátov", "Ruskej federácie"); Polish adjectives whose stem ends in k or g keep an i before
the ending ("Federacji Rosyjskiej", "Republiki Chińskiej"); and the nominatives the glossary
lacked ("Republika Chińska" for Taiwan, "Ruská federace" and "Ruská federácia" for Russia).

The sentences here are written for the tests, not taken from the development sets."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions


def _found(text: str, glossary: Glossary, lang: str) -> set[tuple[str, str]]:
    return {(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)}


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("uk", "Президент Російської Федерації прибув до Мінська.",
     ("Російської Федерації", "russia")),
    ("uk", "Переговори з Російською Федерацією тривали.", ("Російською Федерацією", "russia")),
    ("uk", "Посол Сполучених Штатів вручив ноту.", ("Сполучених Штатів", "united-states")),
    ("uk", "Він живе у Сполучених Штатах.", ("Сполучених Штатах", "united-states")),
    ("cs", "Velvyslanec Spojených států odjel.", ("Spojených států", "united-states")),
    ("cs", "Žije ve Spojených státech.", ("Spojených státech", "united-states")),
    ("cs", "Jednání se Spojenými státy pokračovalo.", ("Spojenými státy", "united-states")),
    ("cs", "Prezident Ruské federace přiletěl.", ("Ruské federace", "russia")),
    ("cs", "Jednání s Ruskou federací pokračovalo.", ("Ruskou federací", "russia")),
    ("sk", "Veľvyslanec Spojených štátov odišiel.", ("Spojených štátov", "united-states")),
    ("sk", "Žije v Spojených štátoch.", ("Spojených štátoch", "united-states")),
    ("sk", "Rokovanie so Spojenými štátmi pokračovalo.", ("Spojenými štátmi", "united-states")),
    ("sk", "Prezident Ruskej federácie priletel.", ("Ruskej federácie", "russia")),
    ("pl", "Prezydent Federacji Rosyjskiej przyjechał.", ("Federacji Rosyjskiej", "russia")),
    ("pl", "Ambasador Republiki Chińskiej wyjechał.", ("Republiki Chińskiej", "taiwan")),
], ids=["uk-gen-f", "uk-ins-f", "uk-gen-p", "uk-loc-p", "cs-gen-p", "cs-loc-p", "cs-ins-p",
        "cs-gen-f", "cs-ins-f", "sk-gen-p", "sk-loc-p", "sk-ins-p", "sk-gen-f", "pl-kiej",
        "pl-taiwan"])
def test_a_declined_name_whose_words_agree(builtin: Glossary, lang: str, text: str,
                                          found: tuple[str, str]) -> None:
    assert found in _found(text, builtin, lang)


@pytest.mark.parametrize(("lang", "text", "entry"), [
    # the common words with the stems, in lower case: "united states of Mexico"
    ("uk", "У сполучених штатах Мексики.", "united-states"),
    ("cs", "Ve spojených státech jižní Ameriky.", "united-states"),
    ("sk", "Vo všetkých spojených štátoch sveta.", "united-states"),
    # the later word in lower case, opening a sentence: any Russian federation (of hockey)
    ("sk", "Ruskej federácie hokeja sa zúčastnil.", "russia"),
    ("pl", "Republiki chińskiej nie ma.", "taiwan"),
    # the words do not agree: genitive adjective, accusative noun
    ("uk", "Він бачив Російської Федерацію.", "russia"),
    ("cs", "Viděl Spojených státy.", "united-states"),
    # no agreement row of the language (English)
    ("en", "Spojených států is Czech.", "united-states"),
], ids=["uk-lower", "cs-lower", "sk-lower", "sk-sentence-start", "pl-lower", "uk-disagree",
        "cs-disagree", "en"])
def test_no_name_without_agreement_or_capitals(builtin: Glossary, lang: str, text: str,
                                              entry: str) -> None:
    assert entry not in {e for _, e in _found(text, builtin, lang)}
