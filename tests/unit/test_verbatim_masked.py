"""The ``verbatim`` check sees every token the untranslatable stage masks (issue 15: never
publish a lost token silently). It counted a "#" tag only when a letter followed, so an issue
or pull-request number the engine rewrote or dropped ("See #1317" -> "Veja 1317 euros", the
embedded engine's own outputs, realworld.md untrans34) and a channel joined by hyphens written
apart were not flagged. Its tokens now come from ``address_spans``, the mask's own patterns; a
rank ("ranked #1") is still none of them, and a token written as it was is no flag."""

from __future__ import annotations

import pytest

from translate.check import CheckContext, check_verbatim
from translate.model import Segment, TranslatedSegment

CTX = CheckContext(source_lang="en", target_lang="pt", locale="pt-BR")


def _flags(source: str, target: str) -> list[str]:
    seg = TranslatedSegment(Segment("s0", 0, 0, source, 0, len(source), "en"), target, origin="mt")
    return [f.data["token"] for f in check_verbatim(seg, CTX)]


@pytest.mark.parametrize(("source", "target", "lost"), [
    # the engine's own damage of issue and pull-request numbers (untrans34's reading)
    ("See #1317.", "Veja 1317 euros.", ["#1317"]),
    ("Fixed a panic (#1317).", "Corrigido um pânico (-1317).", ["#1317"]),
    ("Fixed a panic (PR #78).", "Corrigido um pânico (PR 78 euros).", ["#78"]),
    ("See #23 #18.", "Ver 23 euros.", ["#23", "#18"]),
    ("Fixed a race [#72].", "Corrigida uma corrida [72].", ["#72"]),
    # a channel joined by hyphens, written apart
    ("Ask on #rust-beginners.", "Pergunte no #rust beginners.", ["#rust-beginners"]),
    ("Thanks to @compiler-errors.", "Graças a @compiler erros.", ["@compiler-errors"]),
    # a run of tags masked as one is checked tag by tag
    ("Live #WIC #ResetKey #2010", "Ao vivo #WIC #ResetKey 2010", ["#2010"]),
])
def test_lost_masked_token_is_flagged(source: str, target: str, lost: list[str]) -> None:
    assert _flags(source, target) == lost


@pytest.mark.parametrize(("source", "target"), [
    # ranks and list positions are the engine's to write the target's way
    ("She was ranked #1 in 2024.", "Ela ficou em primeiro lugar em 2024."),
    ("The #3 seed won.", "O cabeça de chave nº 3 venceu."),
    ("Tip #10: rest.", "Dica nº 10: descanse."),
    # a grouped figure and a character reference are no tags
    ("The #100,000 prize.", "O prêmio de 100.000."),
    ("A &#1317; mark.", "Uma marca &#1317;."),
    # kept as written: no flag
    ("Fixed in #1317 (PR #78), see #23 #18.", "Corrigido em #1317 (PR #78), ver #23 #18."),
    ("Ask on #rust-beginners.", "Pergunte no #rust-beginners."),
    # a capitalised tag stops at the hyphen: the English word after it is translated
    ("The #MeToo-era films.", "Os filmes da era #MeToo."),
])
def test_kept_or_no_token_is_not_flagged(source: str, target: str) -> None:
    assert _flags(source, target) == []
