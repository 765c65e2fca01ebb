"""An added negation hidden by a loose cue: a source word that only looks negative ("unique",
"seamless" ... "wireless" stays a cue, "investimento", "para") excused any "não" of the
target, and one cue excused any number of them. Now a word with a negative prefix counts only
when its stem is a word, Portuguese "para" is no "parar" (stop), and the target's added
negations are counted against the source's negations and cues."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _added(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    done = check_pair(source, target, src, locale)
    return [f.message for f in done.blocking if "source has no negation" in f.message]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("HR offers 3 unique tools.", "O RH não oferece 3 ferramentas únicas.", "en", "pt-BR"),
    ("Understanding 5 platforms can offer value.",
     "Compreender 5 plataformas não pode oferecer valor.", "en", "pt-BR"),
    ("O investimento rende 5% para os iniciantes.",
     "The investment does not yield 5% for beginners.", "pt", "en"),
    # one cue ("few"), two negations added
    ("A few of the 5 members came and voted.", "Poucos dos 5 membros não vieram e não votaram.",
     "en", "pt-BR"),
])
def test_a_negation_added_past_a_loose_cue_is_blocking(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _added(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("He failed to win 3 games.", "Ele não conseguiu vencer 3 jogos.", "en", "pt-BR"),
    ("The more one sees him, the more 5 people dislike him.",
     "Quanto mais se vê, mais 5 pessoas não gostam dele.", "en", "pt-BR"),
    ("It was unable to pay 5 bills.", "Não foi capaz de pagar 5 contas.", "en", "pt-BR"),
    ("Ele parou de pagar 5 contas.", "He did not pay 5 bills.", "pt", "en"),
    ("The 4 results have yet to arrive.", "Os 4 resultados ainda não chegaram.", "en", "pt-BR"),
    # a short stem after "un" is a cue of this check ("unused": "não utilizado")
    ("Members can use their unused credit at 13 sites.",
     "Os membros podem usar seu crédito não utilizado em 13 sites.", "en", "pt-BR"),
])
def test_a_negation_a_cue_explains_passes(source: str, target: str, src: str, locale: str) -> None:
    assert not _added(source, target, src, locale)
