"""A direction of change inverted where the gate did not read it (facts38; probe34 found "passaram
de 94,9 por cento para 47 por cento" published as "rose from 94.9 percent to 47 percent", exit 0):

* a change the target states with its two values ("rose from A to B", "caiu para B, ante A")
  whose values go the other way, where the source states no such change, is blocking
  (``[direction] change_from``, ``change_to``, ``change_from_after`` of ``locales/facts/``);
* "up"/"down" before a figure ("down 17%"), "growth", "raised", "alta de"/"baixa de" before a
  figure, "declínio", "subida", "elevou", "recuo" give a change its direction
  (``[direction] up``/``down``), so that one written the other way is held as "rose" written
  "caiu" was.

Both directions, en -> pt and pt -> en. The guards: a change kept, the values kept in the
same direction, a scale or a unit changing between the values, two years, ranks, a range after
a noun of change, a source that itself states the change against its values.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f"{f.check}:{f.data.get('kind', '')}: {f.message}"
            for f in check_pair(source, target, src, locale).blocking]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale", "kind"), [
    # probe34's bosque-cp0054: no direction word in the source, a rise the values deny
    ("entre 1960 e 1991, os valores da taxa de fecundidade passaram de 94,9 por cento para 47 "
     "por cento.",
     "between 1960 and 1991, fertility rates rose from 94.9 percent to 47 percent.",
     "pt", "en-US", "direction-values"),
    ("Between 1960 and 1991, fertility rates went from 94.9 percent to 47 percent.",
     "Entre 1960 e 1991, as taxas de fecundidade subiram de 94,9 por cento para 47 por cento.",
     "en", "pt-BR", "direction-values"),
    # the new value first, the old after it
    ("Unemployment went to 7% in March from 5% a year earlier.",
     "O desemprego caiu para 7% em março, ante 5% um ano antes.",
     "en", "pt-BR", None),
    ("O desemprego foi para 7%, ante 5% no ano anterior.",
     "Unemployment fell to 7% from 5% the year before.",
     "pt", "en-US", "direction-values"),
    # "down 17%" written as a rise; "alta de" for "down"; "growth" as a decline
    ("The summer was the driest in a decade, and water storage levels are down 17% compared "
     "with last year.",
     "O verão foi o mais seco em uma década, e os níveis de armazenamento de água subiram 17% "
     "em comparação com o ano passado.",
     "en", "pt-BR", "direction"),
    ("Sterling was last trading at $1.2925, down 0.21% on the day.",
     "A libra foi negociada pela última vez a US$ 1,2925, alta de 0,21% no dia.",
     "en", "pt-BR", "direction"),
    ("A libra foi negociada pela última vez a US$ 1,2925, alta de 0,21% no dia.",
     "Sterling was last traded at $1.2925, down 0.21% on the day.",
     "pt", "en-US", "direction"),
    ("A 3% employment growth is expected for janitors from 2023 to 2033.",
     "Espera-se um declínio de 3% do emprego para os zeladores de 2023 a 2033.",
     "en", "pt-BR", "direction"),
    ("As the economy has strengthened, the Fed has gradually raised rates.",
     "À medida que a economia se fortaleceu, o Fed diminuiu gradualmente as taxas.",
     "en", "pt-BR", "direction"),
    ("O índice registrou um declínio de 3% na semana.",
     "The index recorded a 3% rise in the week.",
     "pt", "en-US", "direction"),
])
def test_direction_inverted_is_blocking(source: str, target: str, src: str, locale: str,
                                        kind: str | None) -> None:  # fmt: skip
    found = [f for f in check_pair(source, target, src, locale).blocking
             if f.check == "numbers" and f.data.get("kind") in ("direction", "direction-values")]
    assert found, _blocking(source, target, src, locale)
    if kind is not None:
        assert found[0].data["kind"] == kind


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Between 1960 and 1991, fertility rates went from 94.9 percent to 47 percent.",
     "Entre 1960 e 1991, as taxas de fecundidade passaram de 94,9 por cento para 47 por cento.",
     "en", "pt-BR"),
    ("Fertility rates fell from 94.9 percent to 47 percent.",
     "As taxas de fecundidade caíram de 94,9 por cento para 47 por cento.", "en", "pt-BR"),
    ("As taxas de fecundidade caíram de 94,9 por cento para 47 por cento.",
     "Fertility rates fell from 94.9 percent to 47 percent.", "pt", "en-US"),
    # a scale between the values: 900,000 to 1.2 million is a rise
    ("The population rose from 900,000 to 1.2 million.",
     "A população subiu de 900.000 para 1,2 milhão.", "en", "pt-BR"),
    # two years are a period
    ("Sales fell from 2010 to 2015.", "As vendas caíram de 2010 para 2015.", "en", "pt-BR"),
    # a rank climbs to a smaller number
    ("The team climbed from 10th to 2nd.", "A equipe subiu de 10º para 2º.", "en", "pt-BR"),
    # a range after a noun of change
    ("Analysts expect a fall of 5 to 7%.", "Os analistas esperam uma queda de 5 a 7%.",
     "en", "pt-BR"),
    # the source itself states the change against its values: the engine kept it
    ("Prices rose from 10% to 5%, the report said.",
     "Os preços subiram de 10% para 5%, disse o relatório.", "en", "pt-BR"),
    # "down 17%" kept; "up to 5" is no change
    ("Water storage levels are down 17% compared with last year.",
     "Os níveis de armazenamento de água caíram 17% em comparação com o ano passado.",
     "en", "pt-BR"),
    ("The plan cuts up to 5 jobs.", "O plano corta até 5 empregos.", "en", "pt-BR"),
    # b119: "a alta de 8.836" is a high, no rise
    ("That exceeds the past few years, and falls just short of the 2016 high of 8,836.",
     "Isso excede os últimos anos, e fica aquém da alta de 2016 de 8.836.", "en", "pt-BR"),
    ("Sterling was last trading at $1.2925, down 0.21% on the day.",
     "A libra foi negociada pela última vez a US$ 1,2925, queda de 0,21% no dia.",
     "en", "pt-BR"),
])
def test_direction_kept_passes(source: str, target: str, src: str, locale: str) -> None:
    found = [f for f in check_pair(source, target, src, locale).blocking
             if f.check == "numbers" and f.data.get("kind") in ("direction", "direction-values")]
    assert not found, _blocking(source, target, src, locale)
