"""A modal that changes class ("must" written "pode", "can" written "deve", "deve" written
"may") makes an obligation a choice or a choice an obligation, in both directions; a modal said
by another of its class ("must" as "tem que", "cannot" as "não consegue", "must not" as "não
pode"), a negation after the modal ("may not rain", "pode não chover") and a modal merely left
out ("you can see" written "você vê") are not findings."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _modal(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.check == "modality"]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale", "said"), [
    ("Visitors must register before May 5.", "Os visitantes podem se registrar antes de 5 de maio.",
     "en", "pt-BR", "'must' (obligation)"),
    ("Starting in September you can choose a premium option.",
     "A partir de setembro você deve escolher uma opção premium.", "en", "pt-BR",
     "'can' (ability/possibility)"),
    ("The company should publish its accounts.", "A empresa poderia publicar suas contas.",
     "en", "pt-BR", "'should' (obligation)"),
    ("Os candidatos devem apresentar o documento.", "Candidates may present the document.",
     "pt", "en", "'devem' (obligation)"),
    ("O governo pode adiar a votação.", "The government must postpone the vote.", "pt", "en",
     "'pode' (ability/possibility)"),
])
def test_a_modal_of_another_class_is_a_finding(
    source: str, target: str, src: str, locale: str, said: str
) -> None:
    messages = _modal(source, target, src, locale)
    assert any(f"source says {said}" in m for m in messages), messages


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Visitors must register first.", "Os visitantes têm que se registrar primeiro.", "en",
     "pt-BR"),
    ("You need to register.", "Você precisa se registrar.", "en", "pt-BR"),
    ("You must not enter the site.", "Você não pode entrar no local.", "en", "pt-BR"),
    ("He cannot swim.", "Ele não consegue nadar.", "en", "pt-BR"),
    ("He won't be able to come in May.", "Ele não poderá vir em maio.", "en", "pt-BR"),
    ("It may not rain tomorrow.", "Pode não chover amanhã.", "en", "pt-BR"),
    ("You can see the sea from here.", "Você vê o mar daqui.", "en", "pt-BR"),
    ("Ele conseguiu terminar a prova.", "He was able to finish the race.", "pt", "en"),
    ("Os clientes podem cancelar a qualquer momento.", "Customers can cancel at any time.",
     "pt", "en"),
])
def test_a_modal_said_by_its_class_or_left_out_is_not(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _modal(source, target, src, locale) == []


@pytest.mark.parametrize(("source", "target", "src", "locale", "said"), [
    ("Tutors may help students who may not have support at home.",
     "Os tutores devem ajudar os alunos que podem não ter apoio em casa.", "en", "pt-BR",
     "the target 'devem' (obligation)"),
    ("You must sign the form, and you can pay later.",
     "Você deve assinar o formulário e deve pagar mais tarde.", "en", "pt-BR",
     "the source says 'can' (ability/possibility)"),
    ("O cliente deve pagar a taxa e pode cancelar o pedido.",
     "The customer must pay the fee and must cancel the order.", "pt", "en",
     "the source says 'pode' (ability/possibility)"),
])
def test_one_modal_changed_beside_another_of_its_class_is_a_finding(
    source: str, target: str, src: str, locale: str, said: str
) -> None:
    """Modals are paired one to one: the class of the other modal does not cover the changed one."""
    messages = _modal(source, target, src, locale)
    assert any(said in m for m in messages), messages


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("You must sign the form, and you can pay later.",
     "Você tem que assinar o formulário e pode pagar mais tarde.", "en", "pt-BR"),
    ("You can see the lake, and you must pay at the gate.",
     "Você vê o lago e tem que pagar no portão.", "en", "pt-BR"),
    ("PPR is not capable of having the long term strength for repeated uses, and can be "
     "hazardous to work with.",
     "A PPR não é capaz de ter a força a longo prazo para usos repetidos, e pode ser perigoso "
     "para trabalhar.", "en", "pt-BR"),
    # a real output of the development pages (audit_facts_pages.py): "can" is "puder", the
    # subjunctive future ("não deve" is "does not owe")
    ("Still, it may be best to file as soon as you can to receive your refund or to ensure you "
     "don't owe a balance.",
     "Ainda assim, pode ser melhor arquivado assim que você puder para receber seu reembolso ou "
     "para garantir que você não deve um saldo.", "en", "pt-BR"),
])
def test_modals_paired_by_class_pass(source: str, target: str, src: str, locale: str) -> None:
    assert _modal(source, target, src, locale) == []
