"""probe36: a work noun before a number is the number of a part, not a title's cue.

Agência Câmara's story of 27 November 2019 (camara-619055, b3.s2) says "nós que defendemos o artigo
5º da Constituição": "artigo" is one of the work nouns of ``locales/languages/pt.toml`` ("o artigo
'X'", a newspaper's), so "5º da Constituição" was masked as a work's title and published in the
en-GB and en-US editions as "the article 5º da Constituição" (the bare engine: "Article 5 of the
Constitution"), with only a warning. A number (an ordinal's mark or not) and a minor word after
the noun ("5º da", "5 of", "4 de") number a part of a whole: no title.
"""

from __future__ import annotations

import pytest

from translate.untranslatable import title_spans


@pytest.mark.parametrize(("text", "lang"), [
    ("nós que defendemos o artigo 5º da Constituição, que diz que homens e mulheres", "pt"),
    ("o artigo 5.º da Constituição da República", "pt"),
    ("como diz o artigo 5 da Constituição, todos são iguais", "pt"),
    ("They cite article 5 of the Constitution, which says so.", "en"),
    ("o episódio 4 de Star Wars estreou", "pt"),
])
def test_a_numbered_part_is_no_title(text: str, lang: str) -> None:
    assert [r for _, _, r in title_spans(text, lang)] == []


@pytest.mark.parametrize(("text", "lang", "title"), [
    ("a série 13 Reasons Why estreou", "pt", "13 Reasons Why"),  # a title that starts with one
    ("the series 13 Reasons Why aired", "en", "13 Reasons Why"),
    ("o filme Deepwater Horizon estreou", "pt", "Deepwater Horizon"),
])
def test_titles_after_a_work_noun_are_still_found(text: str, lang: str, title: str) -> None:
    assert [text[s:e] for s, e, _ in title_spans(text, lang)] == [title]
