"""glossary15's second round of issue 14: held-out set q's one harmed repair, read after the set
was spent (a company name ending in "US" that the engine copied whole into a Portuguese list was
rewritten to end in "EUA"). Sentences here are new, written for the rule's class (a name copied
with two capitalised words of a longer name beside it), not copied from set q."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _restored(glossary: Glossary, source: str, output: str) -> str:
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    return restore_segments(protect_segments([seg], glossary, "pt-BR", "en"), [output]).targets[0]


@pytest.mark.parametrize(("source", "output"), [
    # a supplier list the engine left as it stands (a Title Case line: the matcher finds "US")
    ("* Lowe's (Granite Stone Works US)", "* Lowe's (Granite Stone Works US)"),
    ("Sponsors: Northfield Brewing Co (Maple Ridge Farms US)",
     "Patrocinadores: Northfield Brewing Co (Maple Ridge Farms US)"),
])
def test_a_name_copied_inside_a_longer_capitalised_name_is_not_rewritten(
        builtin: Glossary, source: str, output: str) -> None:
    assert _restored(builtin, source, output) == output


@pytest.mark.parametrize(("source", "output", "repaired"), [
    # the name copied alone, or beside one capitalised word only, is still repaired
    ("The plan was praised in the US by officials.",
     "O plano foi elogiado nos US por autoridades.",
     "O plano foi elogiado nos EUA por autoridades."),
    ("Exports to Japan and the US rose again.",
     "As exportações para o Japão e os US subiram de novo.",
     "As exportações para o Japão e os EUA subiram de novo."),
])
def test_a_name_copied_without_such_words_is_still_repaired(
        builtin: Glossary, source: str, output: str, repaired: str) -> None:
    assert _restored(builtin, source, output) == repaired
