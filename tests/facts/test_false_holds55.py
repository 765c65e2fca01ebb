"""facts55: two false classes of facts51's census freed, their true neighbours still held.

- "a fortnight" written "quinze dias" (l090): ``implies`` may list the numbers languages say;
- "12:30 da manhã" written "12:30 a.m." (aep112): a 12 whose day period does not fit it is
  noon or midnight.

Sentences from development sets (AE, L) and made-up guards. (A third, a reported present
moved back a tense in English, "disse que está" written "said he was", was tried and taken out:
it cost set U two catches, "said that it is" written "disseram que foi".)
"""

from __future__ import annotations

import pytest

from translate.check import check_pair

N = 20_000


def _blocking(source: str, target: str, lang: str, locale: str) -> list[str]:
    res = check_pair(source, target, lang, locale)
    return [f.message for f in res.findings if f.severity == "error"]


FREED = [  # (source, edition, from, to): real engine outputs held before facts55
    ("The initiative is evidence that the Government has been alarmed by the criticism of the "
     "Bill it wants passed before Parliament rises in a fortnight.",
     "A iniciativa é uma prova de que o governo tem sido alarmado com as críticas ao Projeto que "
     "quer aprovar antes de o Parlamento encerrar em quinze dias.", "en", "pt-BR"),
    ("Um porta-voz diz que o terremoto, que ocorreu por volta das 12:30 da manhã, segue um "
     "terremoto maior em setembro.",
     "A spokesman says the earthquake, which occurred around 12:30 a.m., follows a larger "
     "earthquake in September.", "pt", "en"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "lang", "locale"), FREED)
def test_freed(source: str, target: str, lang: str, locale: str) -> None:
    assert _blocking(source, target, lang, locale) == []


HELD = [  # true errors beside them
    ("Parliament rises in a fortnight.", "O Parlamento encerra em dezesseis dias.", "en",
     "pt-BR"),
    ("O terremoto ocorreu às 11:30 da manhã.", "The earthquake occurred at 11:30 p.m.", "pt",
     "en"),
    ("O terremoto ocorreu às 12:30 da manhã.", "The earthquake occurred at 1:30 a.m.", "pt",
     "en"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "lang", "locale"), HELD)
def test_still_held(source: str, target: str, lang: str, locale: str) -> None:
    assert _blocking(source, target, lang, locale)
