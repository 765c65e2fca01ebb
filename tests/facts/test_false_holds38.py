"""False holds of the engine's real outputs over the development facts sets A..AD (facts38), the
list check's, each mended by a general rule, the true findings of the same check kept:

* a date's commas are the date's (CLDR's month names: "On February 21, 2001, Eminem and Elton
  John" lists two names, not four things);
* a fixed pair joined by "and" is one phrase (``[lists] fixed_pairs``: "first and foremost");
* in a target, a comma between digits is a decimal comma the localizer wrote ("1,1, 1,5 e 2,0"
  for "1.1, 1.5 and 2.0" is three items).
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _lists(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if f.data.get("kind") == "list-item"]  # fmt: skip


@pytest.mark.parametrize(("source", "target"), [
    # ac176
    ("On February 21, 2001, Eminem and Elton John performed “Stan” at the Grammy Awards.",
     "Em 21 de fevereiro de 2001, Eminem e Elton John cantavam “Stan” no Grammy Awards."),
    # a month and a year
    ("He was appointed nuncio in April, 2005, and ordained a bishop later.",
     "Ele foi nomeado núncio em abril de 2005 e ordenado bispo depois."),
    # t151
    ("We urge the governments of the region to work together quickly, first and foremost, to "
     "save the lives of migrants now at sea.",
     "Instamos os governos da região a trabalharem juntos rapidamente, em primeiro lugar, para "
     "salvar a vida dos migrantes agora no mar."),
    # v170
    ("I will continue doing much the same work, with the new goal of successful 1.1, 1.5 and "
     "2.0 releases.",
     "Continuarei fazendo muito o mesmo trabalho, com o novo objetivo de lançamentos "
     "bem-sucedidos de 1.1, 1.5 e 2.0."),
])
def test_no_list_held(source: str, target: str) -> None:
    assert _lists(source, target, "en", "pt-BR") == []


@pytest.mark.parametrize(("source", "target"), [
    # an item dropped beside a date
    ("On February 21, 2001, Eminem, Elton John and Dido performed at the Grammy Awards.",
     "Em 21 de fevereiro de 2001, Eminem e Dido cantaram no Grammy Awards."),
    # an item dropped beside a fixed pair
    ("First and foremost, paper, pencils and erasers are needed.",
     "Em primeiro lugar, papel e borrachas são necessários."),
    # a version dropped
    ("The goal is successful 1.1, 1.5 and 2.0 releases.",
     "O objetivo são lançamentos bem-sucedidos de 1.1 e 2.0."),
])
def test_list_item_dropped_still_held(source: str, target: str) -> None:
    assert _lists(source, target, "en", "pt-BR")
