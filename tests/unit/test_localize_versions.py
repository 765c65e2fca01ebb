"""A version or section number after a name is copied as written: the localize stage had
turned the engine's correct "iOS 12.1" and "Python 3.11" into "iOS 12,1" and "Python 3,11"
(decimals in pt-BR). Found on a real JSON Feed ("OmniOutliner 5.0 for Mac") and measured on
the facts sets' real sentences (`python benchmarks/audit_versions.py`: "iOS 12.0",
"macOS 10.14")."""

from __future__ import annotations

import pytest

from translate.locales import get_profile
from translate.localize.stage import localize_segments
from translate.model import Segment, TranslatedSegment


def _localized(source: str, target: str, locale: str = "pt-BR") -> str:
    seg = TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), "en"), target)
    localize_segments([seg], get_profile(locale), "en")
    return seg.target


@pytest.mark.parametrize(("source", "target"), [
    ("OmniOutliner 5.0 for Mac is out.", "OmniOutliner 5.0 para Mac está fora."),
    ("Apple released iOS 12.1 and Python 3.11 shipped.",
     "A Apple lançou o iOS 12.1 e o Python 3.11 enviados."),
    ("Android 4.4 and Windows 3.1 are old.", "Android 4.4 e Windows 3.1 são antigos."),
    ("It runs on macOS 10.14's UIKit runtime.", "Roda no runtime UIKit do macOS 10.14."),
    ("See Chapter 3.1 of the report.", "Ver capítulo 3.1 do relatório."),
    ("It is the return of Web 2.0.", "É o retorno da Web 2.0."),
    ("It adds four USB 3.0 ports.", "Adiciona quatro portas USB 3.0."),  # a real sentence
    # a word that says the number names a thing, starting a sentence or not
    ("Version 2.5 of the app ships on Monday.", "A versão 2.5 do aplicativo sai na segunda."),
    ("Under section 4.2 of the law, fines apply.", "Sob a seção 4.2 da lei, multas se aplicam."),
    ("It was version 2.8, unveiled in March.", "Era a versão 2.8, revelada em março."),
    ("It plays more titles in native 4K.", "Ele joga mais títulos nativos 4K."),  # real
    ("He ran a 10k race.", "Ele correu uma corrida de 10k."),
    # a weekday that ends a name the engine kept (real sentences of the facts sets)
    # a word after the number that says it names a release (a real sentence of set b, found by
    # pofilter's numbers check on a corpus page's PO: "lançamento 1,8" named no release)
    ("It was included in the recent 1.8 release.", "Foi incluído no recente lançamento 1.8."),
    ("The 2.0 update adds a dark mode.", "A atualização 2.0 adiciona um modo escuro."),
    ("Black Friday 2019 is going to be huge.", "A Black Friday 2019 será enorme."),
    ("The Cyber Monday deals are here.", "As ofertas da Cyber Monday estão aqui."),
    # a weekday that opens a name the engine kept (set h, goose3's Guardian page)
    ("She was a cast member of Saturday Night Live and more.",
     "Ela era membro do elenco de Saturday Night Live e mais."),
    ("He wrote for the Sunday Times.", "Ele escreveu para o Sunday Times."),
])
def test_a_version_after_a_name_is_copied(source: str, target: str) -> None:
    assert _localized(source, target) == target
    assert _localized(source, target, "de") == target


@pytest.mark.parametrize(("source", "target", "want"), [
    ("The quake had a magnitude of 5.0.", "O terremoto teve uma magnitude de 5.0.",
     "O terremoto teve uma magnitude de 5,0."),
    ("Magnitude 6.0 quake hits the coast.", "Terremoto de magnitude 6.0 atinge a costa.",
     "Terremoto de magnitude 6,0 atinge a costa."),
    ("They built a table 2.5 metres long.", "Construíram uma mesa de 2.5 metros.",
     "Construíram uma mesa de 2,5 metros."),
    ("He had a 4.0 GPA.", "Ele tinha um 4.0 de média.", "Ele tinha um 4,0 de média."),
    ("About 2.5 tonnes fell.", "Cerca de 2.5 toneladas caíram.", "Cerca de 2,5 toneladas caíram."),
    ("Nearly 1.5 people voted.", "Quase 1.5 pessoas votaram.", "Quase 1,5 pessoas votaram."),
    ("Apple rose 2.5% and Tesla 3.5 million.", "A Apple subiu 2.5% e a Tesla 3.5 milhões.",
     "A Apple subiu 2,5% e a Tesla 3,5 milhões."),
    ("It cost USD 4.5 and CHF 2.5.", "Custou USD 4.5 e CHF 2.5.", "Custou USD 4,5 e CHF 2,5."),
    ("It cost $4K.", "Custou US$ 4K.", "Custou US$ 4\u00a0mil."),
    ("He got 1.5 updates a day.", "Ele recebeu 1.5 atualizações por dia.",
     "Ele recebeu 1,5 atualizações por dia."),  # a plural after it: a quantity
    ("He left last Friday.", "Ele saiu na última Friday.", "Ele saiu na última sexta-feira."),
])
def test_quantities_are_still_localized(source: str, target: str, want: str) -> None:
    assert _localized(source, target) == want
