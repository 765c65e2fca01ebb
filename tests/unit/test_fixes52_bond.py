"""fixes52: a bail bond written "ligação" (a connection, a phone call) is "fiança" where the
source speaks of a court's bond (``[[guarded]]`` of locales/spelling/pt.toml): probe49's
court-08 published "$25.000 ligação com a prisão domiciliar" and "Não se apresentou nenhuma
ligação" in both locales. A financial bond, a phone call and a bond market are left."""

from __future__ import annotations

import pytest

from translate.spelling import normalize

COURT_08 = ("F24-25504 : $25,000 bond with house arrest and GPS monitor, stay away order from "
            "victim, surrender passports (standard bond is $15,000)")
COURT_08_PT = ("F24-25504: $25.000 ligação com a prisão domiciliar e monitor GPS, ficar longe da "
               "ordem da vítima, entregar passaportes (o título padrão é de US$ 15.000)")


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (COURT_08, COURT_08_PT, COURT_08_PT.replace("ligação", "fiança")),
        ("Held no bond on Motion for Pretrial Detention.",
         "Não se apresentou nenhuma ligação em movimento para Pretrial Detention.",
         "Não se apresentou nenhuma fiança em movimento para Pretrial Detention."),
        ("He was held without bond.", "Ele foi mantido sem ligação.",
         "Ele foi mantido sem fiança."),
        ("Both were held on $5,000 bonds by the judge.",
         "Ambos foram mantidos em ligações de $5.000 pelo juiz.",
         "Ambos foram mantidos em fianças de $5.000 pelo juiz."),
        ("The judge set bail at $10,000.", "O juiz definiu a ligação em $10.000.",
         "O juiz definiu a fiança em $10.000."),
    ],
    ids=["court-08", "no-bond", "without-bond", "plural", "bail"],
)
def test_a_courts_bond_is_bail(locale: str, source: str, target: str, expected: str) -> None:
    out, changes = normalize(target, locale, source=source)
    assert out == expected
    assert changes and {c["to"] for c in changes} <= {"fiança", "fianças"}


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("He made a phone call on the bond market.", "Ele fez uma ligação no mercado de títulos."),
        ("There is no bond market call today.", "Não há ligação do mercado hoje."),
        ("He bought a $1,000 bond.", "Ele comprou uma ligação de US$ 1.000."),
        ("The chemical bond between the atoms.", "A ligação química entre os átomos."),
        ("The call came after the arrest.", "A ligação veio depois da prisão."),
    ],
    ids=["phone-call", "bond-market", "bought-bond", "chemical", "call-no-bond"],
)
def test_other_senses_are_left(source: str, target: str) -> None:
    for locale in ("pt-BR", "pt-PT"):
        assert normalize(target, locale, source=source) == (target, [])


def test_linear_on_twenty_thousand_bonds() -> None:
    source = "$1 bond " * 20_000 + "after the arrest."
    target = "ligação " * 20_000
    out, changes = normalize(target, "pt-BR", source=source)
    assert out == "fiança " * 20_000 and len(changes) == 20_000
