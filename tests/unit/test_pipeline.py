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
    flagged = [f for f in mixed_edition.findings if f.check == "untranslated"]  # type: ignore[attr-defined]
    assert [f.segment for f in flagged] == [s.id for s in ru.segments]
    assert "no engine translates ru -> pt" in flagged[0].message
