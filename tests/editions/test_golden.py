"""Every edition format of one small fixed article, pinned by golden files.

Regenerate after an intended change with ``TRANSLATE_UPDATE_GOLDEN=1 pytest tests/editions``
and review the diff like code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from editions.edition_helpers import GOLDEN, UPDATE_GOLDEN, normalise_text

from translate.model import Edition
from translate.write import WRITERS, get_writer


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_golden(
    fmt: str, build_edition: Callable[[Path, str], Edition], article_path: Path
) -> None:
    edition = build_edition(article_path, "pt-BR")
    writer = get_writer(fmt)
    text = normalise_text(writer.render(edition))
    golden = GOLDEN / f"talks.pt-BR.{writer.EXTENSION}"
    if UPDATE_GOLDEN or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
        if not UPDATE_GOLDEN:
            pytest.fail(f"golden file {golden.name} was missing and has been written; rerun")
    assert text == golden.read_text(encoding="utf-8")


def test_golden_edition_is_localized(
    build_edition: Callable[[Path, str], Edition], article_path: Path
) -> None:
    """What the golden files must show: the fake engine copies English conventions, the
    localizer turns them Brazilian; the label is Portuguese."""
    edition = build_edition(article_path, "pt-BR")
    text = " ".join(s.target for s in edition.segments)
    for expected in (
        "26 de setembro de 2020",
        "3,5 milhões",
        "12,5%",
        "2.000",
        "1.234,5 milhões",
        "“a narrow but real chance”",
        "domingo",
        "outubro",
    ):
        assert expected in text
    for wrong in ("September 26, 2020", "3.5 million", "12.5%", "1,234.5"):
        assert wrong not in text
    data = json.loads(get_writer("json").render(edition))
    assert data["label"].startswith(
        "Tradução automática, sem revisão humana. Idioma original: inglês."
    )
    assert data["reports"]["localize"]["counts"] == {
        "date": 1,
        "month": 1,
        "number": 3,
        "percent": 1,
        "quotes": 2,
        "weekday": 1,
    }
