"""The pipeline API with the deterministic fake engine: routing of paragraphs by language."""

from __future__ import annotations

import pytest
from fakes import FakeEngine

from translate.options import RunOptions
from translate.pipeline import translate_article
from translate.read import parse_article

MIXED = """Talks resume between the two governments

The foreign ministers met again on Monday to discuss the border.
Both said the talks had been useful and would continue next month.

Министр иностранных дел заявил, что правительство готово помочь
сторонам достичь соглашения о мире в регионе.

Die Außenminister trafen sich am Montag erneut, um über die Grenze
zu sprechen, und wollen die Gespräche fortsetzen.

O ministro disse que as conversações foram úteis e que
o governo espera um acordo antes do fim do ano.
"""


@pytest.fixture
def mixed_edition(fake_engine: FakeEngine) -> object:
    article = parse_article(MIXED, fmt="txt", article_id="mixed")
    options = RunOptions(engine="fake", use_cache=False, use_tm=False, builtin_glossary=False)
    return translate_article(article, "pt-BR", options)[0]


def test_each_paragraph_takes_its_own_route(mixed_edition: object, fake_engine: FakeEngine) -> None:
    blocks = {b.lang.lang if b.lang else "und": b for b in mixed_edition.blocks}  # type: ignore[attr-defined]
    assert set(blocks) >= {"en", "ru", "de", "pt"}
    assert blocks["en"].target.startswith("[pt] The foreign ministers")
    assert blocks["de"].target.startswith("[pt] [en] Die Außenminister")  # pivot de->en->pt
    assert blocks["pt"].target == blocks["pt"].source  # already Portuguese: copied
    assert {s.origin for s in blocks["pt"].segments} == {"copy"}


def test_paragraph_in_an_unserved_language_is_copied_and_flagged(mixed_edition: object) -> None:
    ru = next(b for b in mixed_edition.blocks if b.lang and b.lang.lang == "ru")  # type: ignore[attr-defined]
    assert ru.target == ru.source
    findings = mixed_edition.findings  # type: ignore[attr-defined]
    flagged = [f for f in findings if f.check == "untranslated" and f.data.get("language")]
    assert [f.segment for f in flagged] == [s.id for s in ru.segments]
    assert "no engine translates ru -> pt" in flagged[0].message


SPAN_CASES = [
    ("date-before-name", "On September 26, 2020 the envoy met Pashinyan in Moscow."),
    ("number-before-name", "The sides said 1,234.5 million dollars went to Pashinyan in Moscow."),
    ("name-twice", "Pashinyan said on October 5, 2020 that Pashinyan would go to Moscow."),
]


@pytest.mark.parametrize("sentence", [c[1] for c in SPAN_CASES], ids=[c[0] for c in SPAN_CASES])
def test_term_spans_point_into_the_localized_target(
    fake_engine: FakeEngine, sentence: str
) -> None:
    """Localization rewrites dates and numbers after the glossary placed the names: the
    names' target spans (terms and the glossary report) must follow the rewritten text."""
    article = parse_article(f"Talks resume\n\n{sentence}\n", fmt="txt", article_id="spans")
    options = RunOptions(engine="fake", use_cache=False, use_tm=False)
    edition = translate_article(article, "pt-BR", options)[0]
    seg = next(s for s in edition.segments if "Pashinyan" in s.source)
    assert seg.target != f"[pt] {sentence}"  # localization did change the sentence
    placed = [(t["expected"], seg.target[slice(*t["target_span"])])
              for t in seg.terms if t["target_span"]]  # fmt: skip
    assert placed and all(want == got for want, got in placed), placed
    items = [i for i in edition.reports["glossary"]["items"] if i["segment"] == seg.id]
    assert [i["target_span"] for i in items] == [t["target_span"] for t in seg.terms]
