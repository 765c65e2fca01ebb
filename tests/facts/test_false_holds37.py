"""False holds of the engine's real outputs over the development facts sets A..AD (facts37; the
classes of ``benchmarks/results/facts36-real_holds_classed-a-ac-2026-12-06.txt``), each mended by
a general rule from data the project ships, the true findings of the same checks kept:

* a name the target writes in a form the glossary gives for the same entity ("Nato" written
  "OTAN", "Kashmir" "Caxemira", "Bank of England" "Banco da Inglaterra") is the same name, in the
  name checks (a name lost, a speaker lost or added, an opening phrase lost, a respelt name);
* the Portuguese conditional of hearsay ("teria caído") keeps a hedging adverb ("reportedly"),
  beyond the source's own conditionals (``[hedge] hearsay``, ``conditional``).
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _kinds(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f"{f.check}:{f.data.get('kind', '')}: {f.message}"
            for f in check_pair(source, target, src, locale).blocking]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # aa074: the speaker and the opening phrase "According to Nato"
    ("According to Nato, every country in the alliance achieved at least 2% in 2025.",
     "De acordo com a OTAN, todos os países da aliança alcançaram pelo menos 2% em 2025.",
     "en", "pt-BR"),
    # aa057: a name of two words, one of them written in its Portuguese form
    ("Six people were killed in the Indian strikes and shelling in Pakistan-administered "
     "Kashmir, according to security officials.",
     "Seis pessoas foram mortas nos ataques indianos e bombardeios na Caxemira administrada "
     "pelo Paquistão, de acordo com autoridades de segurança.",
     "en", "pt-BR"),
    # adp079: the target's speaker, "The UN" for "A ONU"
    ("A ONU diz que a próxima década é crucial para que o mundo evite as consequências mais "
     "catastróficas do aquecimento global.",
     "The UN says the next decade is crucial for the world to avoid the most catastrophic "
     "consequences of global warming.",
     "pt", "en"),
    # ad104: "the Bank of England warned" written "o Banco da Inglaterra alertou"
    ("Last week, the governor of the Bank of England warned major corporations that they had "
     "two years to agree rules for reporting climate risks.",
     "Na semana passada, o governador do Banco da Inglaterra alertou as grandes corporações de "
     "que tinham dois anos para concordar com as regras para relatar riscos climáticos.",
     "en", "pt-BR"),
])
def test_a_glossary_form_of_the_same_entity_is_the_same_name(source: str, target: str,
                                                             src: str, locale: str) -> None:
    assert [k for k in _kinds(source, target, src, locale) if k.startswith("names:")] == []


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # another entity's form is another name
    ("According to Nato, every country in the alliance achieved at least 2% in 2025.",
     "De acordo com a ONU, todos os países da aliança alcançaram pelo menos 2% em 2025.",
     "en", "pt-BR"),
    ("A ONU diz que a próxima década é crucial para o mundo.",
     "NATO says the next decade is crucial for the world.", "pt", "en"),
    # the name lost, no form of it in the target
    ("Six people were killed in the Indian strikes and shelling in Pakistan-administered "
     "Kashmir, according to security officials.",
     "Seis pessoas foram mortas nos ataques indianos e bombardeios na região, de acordo com "
     "autoridades de segurança.",
     "en", "pt-BR"),
])
def test_a_name_lost_or_changed_is_still_held(source: str, target: str, src: str,
                                              locale: str) -> None:  # fmt: skip
    assert any(k.startswith("names:") for k in _kinds(source, target, src, locale))


@pytest.mark.parametrize(("source", "target"), [
    # aa043, x065: "reportedly" as the conditional of hearsay
    ("Another aircraft has reportedly crashed in an open field in a village close to the Line "
     "of Control.",
     "Outra aeronave teria caído em um campo aberto em uma aldeia perto da Linha de Controle."),
    ("Last spring, Facebook reportedly turned down a $750 million buyout offer.",
     "Na primavera passada, o Facebook teria recusado uma oferta de compra de US$ 750 milhões."),
])
def test_the_conditional_of_hearsay_keeps_a_hedge(source: str, target: str) -> None:
    assert [k for k in _kinds(source, target, "en", "pt-BR") if k.startswith("modality:")] == []


@pytest.mark.parametrize(("source", "target"), [
    # the "teria" renders the source's "would": "probably" is lost
    ("The plane would probably have crashed in an open field.",
     "O avião teria caído em um campo aberto."),
    ("Another aircraft has reportedly crashed in an open field.",
     "Outra aeronave caiu em um campo aberto."),
    # two adverbs, one conditional of hearsay
    ("The plane reportedly crashed and the pilot allegedly survived.",
     "O avião teria caído e o piloto sobreviveu."),
])
def test_a_hedge_lost_is_still_held(source: str, target: str) -> None:
    assert any(k.startswith("modality:") for k in _kinds(source, target, "en", "pt-BR"))
