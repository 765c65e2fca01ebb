"""probe47: a sentence the glossary translated again (a name lost, put back through a
placeholder) kept the other variety's words.

The locale's spelling (``translate.spelling``) is applied to the engine's first answer before
the names are verified; when a name is missing the glossary sends the sentence again with a
placeholder and takes the new answer (``restore_segments``), which no spelling had read. In the
sweep of White House economy releases (benchmarks/run_probe47_sweep.py) the pt-PT edition of
"Today in Tokyo, Japan, President Biden launched the Indo-Pacific Economic Framework ... India
... and Vietnam." came out with "Quadro Econômico" and "Vietnã" (Brazil's forms) and the pt-BR
edition with "Singapura" (Portugal's), in both skins. Now the retranslation is spelled as the
first answer was, while its names are still placeholders.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from translate import engines
from translate.options import RunOptions
from translate.pipeline import translate_article
from translate.read import parse_article


@pytest.fixture
def variety_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(engines.ENGINES, "variety", "fakes:VarietyEngine")
    engines.close_engines()
    yield
    engines.close_engines()


def _segment(sentence: str, locale: str) -> tuple[str, dict[str, object]]:
    article = parse_article(f"{sentence}\n", fmt="txt", article_id="p47")
    options = RunOptions(engine="variety", use_cache=False, use_tm=False)
    edition = translate_article(article, locale, options)[0]
    (seg,) = edition.segments
    return seg.target, edition.reports


def test_a_placeholder_retranslation_is_written_in_portugal_s_spelling(
        variety_engine: None) -> None:
    target, reports = _segment("The Economic Framework was launched with India and Vietnam.",
                               "pt-PT")
    assert "Índia" in target  # the name came back through the placeholder
    assert "Económico" in target and "Vietname" in target, target
    assert "Econômico" not in target and "Vietnã" not in target
    respelled = [c for c in reports["spelling"]["changes"] if c.get("retranslated")]
    assert {c["to"] for c in respelled} >= {"Económico", "Vietname"}


def test_a_placeholder_retranslation_is_written_in_brazil_s_spelling(
        variety_engine: None) -> None:
    target, _ = _segment("The summit was held with India and Singapore.", "pt-BR")
    assert "Índia" in target
    assert "Cingapura" in target and "Singapura" not in target, target


def test_a_first_answer_with_every_name_is_not_sent_again(variety_engine: None) -> None:
    """Control: nothing retranslated, the first answer spelled as before."""
    target, reports = _segment("The Economic Framework was launched with Vietnam.", "pt-PT")
    assert target.startswith("[pt]")
    assert not [c for c in reports["spelling"]["changes"] if c.get("retranslated")]
