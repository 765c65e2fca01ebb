"""struct47: a link whose translated phrase goes on past an article or preposition carries its
whole phrase ("<Ordem Executiva sobre a Promoção> da Concorrência" was probe44's cut link);
the link's words translated alone by the same engine say how far the phrase goes, never a
guess: a neighbour they do not name stays out, and no link grows onto another."""

from __future__ import annotations

from collections.abc import Callable

from translate import inline
from translate.model import (
    Article,
    Block,
    Edition,
    EditionBlock,
    InlineSpan,
    Segment,
    Signature,
    TranslatedSegment,
)
from translate.write import markdown as md_writer


def _edition(source: str, spans: list[InlineSpan], target: str) -> Edition:
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    article = Article("a", [Block("paragraph", source, inline=spans)], "a.md", "md")
    block = EditionBlock("paragraph", 0, source, [TranslatedSegment(seg, target)],
                         source_inline=spans)
    signature = Signature("fake", "m", "1", None, "none", "47", "0")
    return Edition(article, "pt-BR", "en", "pt", "ltr", [block], signature, "2020-01-01T00:00:00Z")


def _engine(table: dict[str, str], asked: list[str]) -> Callable[[list[str]], list[str]]:
    def run(batch: list[str]) -> list[str]:
        asked.extend(batch)
        return [table.get(p, "") for p in batch]

    return run


def _link(source: str, words: str, href: str = "https://x.gov/eo") -> InlineSpan:
    start = source.index(words)
    return InlineSpan(start, start + len(words), "link", {"href": href})


def _linked(edition: Edition) -> list[str]:
    block = edition.blocks[0]
    return [block.target[x.start : x.end] for x in block.inline if x.kind == "link"]


SOURCE = "Following his Executive Order on Promoting Competition, President Biden called on them."
TARGET = (
    "Após sua Ordem Executiva sobre a Promoção da Concorrência, o Presidente Biden os chamou."
)
MARKED = (
    "Após sua [Ordem Executiva sobre a Promoção] da Concorrência, o Presidente Biden os chamou."
)


def test_probe44_link_carries_its_whole_phrase() -> None:
    edition = _edition(SOURCE, [_link(SOURCE, "Executive Order on Promoting Competition")], TARGET)
    table = {
        "Following his [Executive Order on Promoting Competition], President Biden called on"
        " them.": MARKED,
        "Executive Order on Promoting Competition":
            "Ordem Executiva sobre a Promoção da Concorrência",
    }  # fmt: skip
    assert inline.restore(edition, _engine(table, [])) == []
    assert edition.blocks[0].target == TARGET  # the sentence is the engine's, word for word
    assert _linked(edition) == ["Ordem Executiva sobre a Promoção da Concorrência"]
    assert md_writer.inline_text(edition.blocks[0]).startswith(
        "Após sua [Ordem Executiva sobre a Promoção da Concorrência](https://x.gov/eo), o"
    )


def test_a_short_placement_crosses_its_preposition_too() -> None:
    """A link placed on fewer words than it has was already grown over the words its phrase
    names, but stopped at the first short word: "Escritório de Estatísticas" before "do
    Trabalho"."""
    source = "The Bureau of Labor Statistics said on Friday that wages rose."
    target = (
        "O Escritório de Estatísticas do Trabalho disse na sexta-feira que os salários subiram."
    )
    edition = _edition(source, [_link(source, "Bureau of Labor Statistics")], target)
    table = {
        "The [Bureau of Labor Statistics] said on Friday that wages rose.":
            "O [Escritório de Estatísticas] do Trabalho disse na sexta-feira que os salários"
            " subiram.",
        "Bureau of Labor Statistics": "Escritório de Estatísticas do Trabalho",
    }  # fmt: skip
    assert inline.restore(edition, _engine(table, [])) == []
    assert _linked(edition) == ["Escritório de Estatísticas do Trabalho"]


def test_a_neighbour_the_phrase_does_not_name_stays_out() -> None:
    source = "The new airline rules took effect on Monday."
    target = "As novas regras das companhias aéreas da agência entraram em vigor na segunda-feira."
    edition = _edition(source, [_link(source, "new airline rules")], target)
    table = {
        "The [new airline rules] took effect on Monday.":
            "As [novas regras das companhias aéreas] da agência entraram em vigor na"
            " segunda-feira.",
        "new airline rules": "novas regras das companhias aéreas",
    }  # fmt: skip
    inline.restore(edition, _engine(table, []))
    assert _linked(edition) == ["novas regras das companhias aéreas"]


def test_function_words_alone_are_never_taken_on() -> None:
    edition = _edition(SOURCE, [_link(SOURCE, "Executive Order on Promoting Competition")], TARGET)
    table = {
        "Following his [Executive Order on Promoting Competition], President Biden called on"
        " them.": MARKED,
        "Executive Order on Promoting Competition": "Ordem Executiva sobre a Promoção da",
    }  # fmt: skip
    inline.restore(edition, _engine(table, []))
    assert _linked(edition) == ["Ordem Executiva sobre a Promoção"]


def test_a_link_never_grows_onto_another_link() -> None:
    spans = [
        _link(SOURCE, "Executive Order on Promoting"),
        _link(SOURCE, "Competition", "https://x.gov/competition"),
    ]
    edition = _edition(SOURCE, spans, TARGET)
    table = {
        "Following his [Executive Order on Promoting] Competition, President Biden called on"
        " them.": MARKED,
        "Executive Order on Promoting": "Ordem Executiva sobre a Promoção da Concorrência",
        "Competition": "Concorrência",
    }  # fmt: skip
    inline.restore(edition, _engine(table, []))
    assert _linked(edition) == ["Ordem Executiva sobre a Promoção", "Concorrência"]


def test_the_end_stays_where_the_source_phrase_goes_on_with_a_preposition() -> None:
    """"<Executive Order> in 2021": the source link stops at a preposition as the target's
    does; its end is not grown past "em" even when the words alone carry more."""
    source = "President Biden signed an Executive Order in 2021 that encouraged them."
    target = "O Presidente Biden assinou uma Ordem Executiva em 2021 que os incentivou."
    edition = _edition(source, [_link(source, "Executive Order")], target)
    marked = "O Presidente Biden assinou uma [Ordem Executiva] em 2021 que os incentivou."
    table = {
        "President Biden signed an [Executive Order] in 2021 that encouraged them.": marked,
        "Executive Order": "Ordem Executiva em 2021",
    }
    assert inline.restore(edition, _engine(table, [])) == []
    assert _linked(edition) == ["Ordem Executiva"]


def test_no_engine_ask_for_a_link_with_no_function_word_at_its_edges() -> None:
    source = "Biden signed Executive Order 14036 in July."
    target = "Biden assinou Ordem Executiva 14036 em julho."
    edition = _edition(source, [_link(source, "Executive Order 14036")], target)
    marked = "Biden assinou [Ordem Executiva 14036] em julho."
    asked: list[str] = []
    table = {"Biden signed [Executive Order 14036] in July.": marked}
    assert inline.restore(edition, _engine(table, asked)) == []
    assert _linked(edition) == ["Ordem Executiva 14036"]
    assert "Executive Order 14036" not in asked  # (no engine time for it)


def test_the_start_crosses_a_preposition_to_a_word_of_the_phrase() -> None:
    """"Read our <Wix review>" placed on "Wix" of "revisão do Wix": the words alone ("Revisão do
    Wix") name the word before the preposition."""
    source = "Read our Wix review for more information."
    target = "Leia nossa revisão do Wix para mais informações."
    edition = _edition(source, [_link(source, "Wix review", "https://x.org/wix")], target)
    table = {
        "Read our [Wix review] for more information.":
            "Leia a nossa [Wix] revisão para mais informações.",
        "Wix review": "Revisão do Wix",
    }  # fmt: skip
    inline.restore(edition, _engine(table, []))
    assert _linked(edition) == ["revisão do Wix"]
