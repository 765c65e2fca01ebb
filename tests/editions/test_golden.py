"""Every edition format of one small fixed article, pinned by golden files.

Regenerate after an intended change with ``TRANSLATE_UPDATE_GOLDEN=1 pytest tests/editions``
and review the diff like code.

Facts the installed CLDR owns (plural rules, month and day names, date and number patterns,
language names) are not frozen: the golden files hold ``⟦cldr:…⟧`` tokens that are expanded with
the installed Babel's values at test time (see ``edition_helpers.cldr_facts``), and PO files are
compared unwrapped so that a longer CLDR string cannot move a line break.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from editions.edition_helpers import GOLDEN, UPDATE_GOLDEN, cldr_facts, expand_cldr, tokenize_cldr

from translate.model import Edition
from translate.write import WRITERS, get_writer


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_golden(
    fmt: str, build_edition: Callable[[Path, str], Edition], article_path: Path
) -> None:
    edition = build_edition(article_path, "pt-BR")
    writer = get_writer(fmt)
    text = tokenize_cldr(writer.render(edition), writer.EXTENSION)
    golden = GOLDEN / f"talks.pt-BR.{writer.EXTENSION}"
    if UPDATE_GOLDEN or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
        if not UPDATE_GOLDEN:
            pytest.fail(f"golden file {golden.name} was missing and has been written; rerun")
    assert expand_cldr(text) == expand_cldr(golden.read_text(encoding="utf-8"))


def test_golden_files_hold_no_cldr_value() -> None:
    """Every CLDR-owned string of the golden article is a token in every golden file."""
    facts = cldr_facts()
    for path in sorted(GOLDEN.iterdir()):
        text = path.read_text(encoding="utf-8")
        assert "⟦cldr:" in text, path.name
        for key, value in facts.items():
            if key.startswith(("date:", "number:", "percent:", "plural")):
                assert value not in text, (path.name, key)


def test_golden_edition_is_localized(
    build_edition: Callable[[Path, str], Edition], article_path: Path
) -> None:
    """What the golden files must show: the fake engine copies English conventions, the
    localizer turns them Brazilian; the label is Portuguese."""
    edition = build_edition(article_path, "pt-BR")
    text = " ".join(s.target for s in edition.segments)
    facts = cldr_facts("pt-BR")  # what the installed CLDR says, e.g. "26 de setembro de 2020"
    for key in ("date:2020-09-26", "number:3.5-million", "percent:12.5", "number:2000",
                "number:1234.5-million", "weekday:sunday", "month:10"):  # fmt: skip
        assert facts[key] in text, key
    assert "“a narrow but real chance”" in text  # locales/pt-BR.toml, not Babel
    for wrong in ("September 26, 2020", "3.5 million", "12.5%", "1,234.5"):
        assert wrong not in text
    data = json.loads(get_writer("json").render(edition))
    assert data["label"].startswith(
        f"Tradução automática, sem revisão humana. Idioma original: {facts['language:en']}."
    )
    assert data["reports"]["localize"]["counts"] == {
        "date": 1,
        "month": 1,
        "number": 3,
        "percent": 1,
        "quotes": 2,
        "weekday": 1,
    }
