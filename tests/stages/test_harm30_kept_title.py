"""A title of a work kept as the source writes it gets a warning (harm30): probe29's gsd-09
b1.s1 (UD_Portuguese-GSD test-s76) kept the Portuguese film title "A Fantástica Fábrica de
Chocolate" in the English edition with no finding (its English title is "Willy Wonka & the
Chocolate Factory"). The pipeline cannot know a work's local title, so it says so, without
holding the edition (``untranslatable.kept_title_findings``)."""

from __future__ import annotations

from translate.glossary.words import common_lookup
from translate.untranslatable import kept_title_findings, title_spans

SOURCE = ("Los Angeles -- O cineasta Mel Stuart, que dirigiu a versão original de \"A Fantástica "
          "Fábrica de Chocolate\" (1971) e dezenas de documentários morreu na quinta - feira à "
          "noite, aos 83 anos, segundo sua filha.")
TARGET = ("Los Angeles -- Filmmaker Mel Stuart, who directed the original version of “A "
          "Fantástica Fábrica de Chocolate” (1971) and dozens of documentaries died on Thursday "
          "- evening at the age of 83, according to his daughter.")
LEX = frozenset({"fantástica", "fábrica", "chocolate", "versão", "original"})


def _kept(source: str) -> list[dict[str, object]]:
    return [{"index": 0, "from": source[s:e], "to": source[s:e], "rule": r}
            for s, e, r in title_spans(source, "pt", lexicon=LEX)]  # fmt: skip


def test_portuguese_title_kept_in_english_is_a_warning() -> None:
    kept = _kept(SOURCE)
    assert [k["rule"] for k in kept] == ["title-quoted"]
    found = kept_title_findings(kept, ["b1.s1"], [TARGET], common_lookup("en"), "en-US")
    assert len(found) == 1
    f = found[0]
    assert f.severity == "warning" and f.segment == "b1.s1"
    assert "title kept as written" in f.message and "in en-US" in f.message
    assert f.target_span is not None
    assert TARGET[f.target_span[0]:f.target_span[1]] == "A Fantástica Fábrica de Chocolate"


def test_title_in_the_targets_language_or_translated_is_not_flagged() -> None:
    # an English title in a Portuguese text, kept in the English edition: its own language
    kept = [{"index": 0, "from": '"State of the Union Address"', "to": "",
             "rule": "title-quoted"}]
    target = "He sang at the “State of the Union Address” show yesterday."
    assert kept_title_findings(kept, ["b0.s0"], [target], common_lookup("en"), "en-US") == []
    # the title the target does not hold as written (translated after all): nothing to say
    assert kept_title_findings(_kept(SOURCE), ["b1.s1"],
                               ["He directed “The Fantastic Chocolate Factory” (1971)."],
                               common_lookup("en"), "en-US") == []  # fmt: skip
    # a brand kept by another rule is no work's title
    brand = [{"index": 0, "from": "Fábrica Nova", "to": "Fábrica Nova", "rule": "title-product"}]
    assert kept_title_findings(brand, ["b0.s0"], ["Fábrica Nova app"], common_lookup("en"),
                               "en-US") == []
