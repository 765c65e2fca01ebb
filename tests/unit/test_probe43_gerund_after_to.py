"""probe43: "to" before a gerund is a preposition ("contribute to heating the moss"); a target
that writes the action as a noun after "para" ("para o aquecimento do musgo") has kept it, and
the purpose check (``facts.check_purpose_lost``) no longer holds it as an action dropped. The
gerund written with its object alone ("para o musgo"), and an infinitive dropped ("to collect
all the pages" written "para todas as páginas"), are still held.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _held(source: str, target: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).blocking
            if (f.data or {}).get("kind") == "action-dropped"]  # fmt: skip


MOSS = ("Observations from these instruments combined with complex 3D simulations have now "
        "revealed that electrical currents may contribute to heating the moss.")


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        (MOSS, "Observações destes instrumentos combinados com simulações 3D complexas "
               "revelaram agora que as correntes elétricas podem contribuir para o aquecimento "
               "do musgo."),
        ("The agency is committed to improving the forecasts for coastal towns.",
         "A agência está comprometida com a melhoria das previsões para as cidades costeiras."),
        ("The grant goes to funding the construction of a new radar station.",
         "A bolsa vai para o financiamento da construção de uma nova estação de radar."),
    ],
)
def test_gerund_written_as_a_noun_of_action_passes(source: str, target: str,
                                                   locale: str) -> None:
    assert _held(source, target, locale) == []


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        (MOSS, "Observações destes instrumentos revelaram agora que as correntes elétricas "
               "podem contribuir para o musgo."),
        ("The crawler scours the web to collect all the pages out there.",
         "O rastreador vasculha a web para todas as páginas por aí."),
        ("They flew north to bring the samples home.", "Eles voaram para o norte."),
    ],
)
def test_action_dropped_is_still_held(source: str, target: str, locale: str) -> None:
    assert _held(source, target, locale)
