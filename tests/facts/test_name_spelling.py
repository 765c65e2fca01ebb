"""A name the target writes with one letter changed inside it is another name ("Kaine" written
"Koine", a real output of set H; "Jon Sopel" written "Jon Supel"): blocking in both directions.
A country's, a language's or a city's own spelling in the target ("Sérvia", "Croácia", "Síria",
"Istambul"), a month ("April", "Abril"), a
translated ending ("North America" -> "América do Norte") and a name written the same way pass."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _spelling(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if "one letter changed" in f.message]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale", "name"), [
    ("Kaine may have better appeal, if only because Pence is too folksy.",
     "Koine pode ter melhor apelo, se apenas porque Pence é muito popular.", "en", "pt-BR",
     "Kaine"),
    ("The BBC's North America editor Jon Sopel said the president did not sound convinced.",
     "O editor da BBC na América do Norte, Jon Supel, disse que o presidente não parecia "
     "convencido.", "en", "pt-BR", "Sopel"),
    ("O técnico Tite declarou que errou ao levar a taça.",
     "Coach Tute declared that he erred in taking the cup.", "pt", "en", "Tite"),
])
def test_a_name_respelled_is_blocking(
    source: str, target: str, src: str, locale: str, name: str
) -> None:
    messages = _spelling(source, target, src, locale)
    assert any(f"source's name {name!r}" in m for m in messages), messages


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Serbia's Novak Djokovic and Britain's Andy Murray will play on Wednesday.",
     "Novak Djokovic, da Sérvia, e Andy Murray, da Grã-Bretanha, jogarão na quarta-feira.",
     "en", "pt-BR"),
    ("Russia beat Croatia on Monday, and thousands in Syria watched.",
     "A Rússia venceu a Croácia na segunda-feira, e milhares na Síria assistiram.", "en", "pt-BR"),
    ("The BBC's North America editor Jon Sopel said the president did not sound convinced.",
     "O editor da BBC na América do Norte, Jon Sopel, disse que o presidente não parecia "
     "convencido.", "en", "pt-BR"),
    ("A Autoridade Palestina disse que vai aderir ao Tribunal Penal Internacional.",
     "The Palestinian Authority said it will join the International Criminal Court.", "pt", "en"),
    # real outputs of the development pages (audit_facts_pages.py): a city CLDR writes in
    # Portuguese, a month
    ("A: Tie between Istanbul, Turkey and Cape Town, South Africa",
     "A: Empate entre Istambul, Turquia e Cidade do Cabo, África do Sul", "en", "pt-BR"),
    ("April 2024: Belarusian pro-democracy hackers crippled the website of Belarus' main "
     "security service agency for over two months.",
     "Abril de 2024: Os hackers bielorrussos pró-democracia abalaram o site da principal "
     "agência de serviços de segurança da Bielorrússia por mais de dois meses.", "en", "pt-BR"),
    # the ending of a compound's first part ("Naltrexone-bupropion")
    ("Naltrexone-bupropion (Contrave)", "Naltrexona-bupropion (Contrave)", "en", "pt-BR"),
])
def test_own_spellings_and_kept_names_pass(source: str, target: str, src: str, locale: str) -> None:
    assert _spelling(source, target, src, locale) == []
