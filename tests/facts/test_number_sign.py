"""A number sign the engine wrote folded: NFKC turns "nº" into "no", so "Tip #1" comes out
"Dica no 1" ("no" reads "in the"). pt-BR's ``[typography] number_sign`` writes it "nº 1", only
for a number the source marks with "#" (13 real outputs of the facts sets A..J, every one of
them a "#N": ``benchmarks/results/hostile10-number_sign_audit-2026-12-04.txt``)."""

from __future__ import annotations

import pytest

from translate.check import check_pair


@pytest.mark.parametrize(("source", "target", "want"), [
    ("Tip #1 - You are a target to hackers.", "Dica no 1 - Você é um alvo para hackers.",
     "Dica nº 1 - Você é um alvo para hackers."),
    ("It is the #1 business school in the world.", "É a escola de negócios no 1 no mundo.",
     "É a escola de negócios nº 1 no mundo."),
    # no sign in the source: "no 2" is "in the 2"
    ("He came in at 2.", "Ele chegou no 2.", "Ele chegou no 2."),
    # "No. 5" is as often "at number 5": left as the engine wrote it
    ("He lives at No. 5 Main Street.", "Ele mora no 5 da Main Street.",
     "Ele mora no 5 da Main Street."),
    # an ordinal follows, or the sign is there already
    ("Floor #2 is closed.", "O andar no 2º está fechado.", "O andar no 2º está fechado."),
    ("Tip #3: trends", "Dica nº 3: tendências", "Dica nº 3: tendências"),
])
def test_a_folded_number_sign_is_written_nº(source: str, target: str, want: str) -> None:
    assert check_pair(source, target, "en", "pt-BR").text == want
