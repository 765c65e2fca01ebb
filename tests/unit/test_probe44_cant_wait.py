"""probe44: "can't wait to" says eagerness, and its usual Portuguese renderings carry no
negation word ("I can’t wait to hear your work." is "Mal posso esperar para ouvir o seu
trabalho.", "Estamos ansiosos para ..."). The negation check (``facts.check_negation``) and the
modality check (``facts.check_modality``) no longer hold such a rendering as a reversed sense
or a prohibition made a possibility (``[negation] eager`` of ``locales/facts/en.toml``,
``eager_renders`` of ``pt.toml``, read as ``failure`` / ``failure_renders`` are). A literal
"can't wait" written without its negation ("Posso esperar", "podem esperar meses"), and a
"can't" of any other verb written "mal pode", are still held.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _held(source: str, target: str, locale: str, check: str) -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).blocking
            if f.check == check]  # fmt: skip


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize("check", ["negation", "modality"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("I can’t wait to hear your work.", "Mal posso esperar para ouvir o seu trabalho."),
        ("We can't wait to welcome the students back in September.",
         "Mal podemos esperar para receber os alunos de volta em setembro."),
        ("The families said they couldn't wait to see the new library.",
         "As famílias disseram que estavam ansiosas para ver a nova biblioteca."),
    ],
)
def test_eager_idiom_rendered_without_negation_passes(source: str, target: str, locale: str,
                                                      check: str) -> None:
    assert _held(source, target, locale, check) == []


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("I can’t wait to hear your work.", "Posso esperar para ouvir o seu trabalho."),
        ("Patients can't wait for months to see a doctor.",
         "Os pacientes podem esperar meses para ver um médico."),
        ("Visitors can't enter the museum after 5 p.m.",
         "Os visitantes mal podem entrar no museu depois das 17h."),
    ],
)
def test_negation_dropped_is_still_held(source: str, target: str, locale: str) -> None:
    assert _held(source, target, locale, "negation")
